"""De-identification pages: start a review (from a report or a pasted text), the review screen,
and the organisation's terms.

Reviews, reports and terms are looked up through `request.organisation`, so another trust's
give 404. The review screen is reused for every free-text field that leaves the organisation:
a caller starts a review with `services.review_start` and sends the reviewer to it with
`?next=` for where to go once it is confirmed.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from learnloop.core.audit import Auditor
from learnloop.core.views import page
from learnloop.organisations.access import permission_required
from learnloop.organisations.roles import Permission
from learnloop.organisations.rules import has_permission
from learnloop.sharing import services
from learnloop.sharing.forms import ReviewDecisionsForm, StartReviewForm
from learnloop.sharing.presenters import ReviewPresenter, TermPresenter

RECENT_REVIEWS = 20


def _review(request, pk):
    return get_object_or_404(
        request.organisation.redaction_reviews.select_related("report", "started_by", "reviewer"),
        pk=pk,
    )


def _safe_next(request, target: str) -> str:
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return ""


@permission_required(Permission.DEIDENTIFY_TEXT)
@require_http_methods(["GET", "POST"])
def start(request):
    """De-identify a pasted text, e.g. the learning from an after action review."""
    form = StartReviewForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            review = services.review_start(
                organisation=request.organisation,
                text=form.cleaned_data["text"],
                purpose=form.cleaned_data["purpose"],
                by=Auditor.from_request(request),
            )
        except ValidationError as error:
            for name, problems in error.message_dict.items():
                form.add_error(name if name in form.fields else None, problems)
        else:
            return redirect("sharing:review", pk=review.pk)
    recent = request.organisation.redaction_reviews.select_related("report", "started_by")
    return page(
        request,
        "sharing/start.html",
        {"form": form, "reviews": [ReviewPresenter(r) for r in recent[:RECENT_REVIEWS]]},
    )


@permission_required(Permission.DEIDENTIFY_TEXT)
@require_POST
def prepare_report(request, reference):
    """'Prepare for sharing' on a report: review what it says happened."""
    report = get_object_or_404(request.organisation.reports, reference=reference)
    try:
        review = services.review_start_from_report(report=report, by=Auditor.from_request(request))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("reports:detail", reference=report.reference)
    return redirect("sharing:review", pk=review.pk)


@permission_required(Permission.DEIDENTIFY_TEXT)
@require_http_methods(["GET", "POST"])
def review(request, pk):
    review = _review(request, pk)
    if review.is_confirmed:
        return page(
            request,
            "sharing/review_confirmed.html",
            {
                "review": ReviewPresenter(review),
                "terms": [TermPresenter(t) for t in review.terms.all()],
            },
        )
    posted = request.method == "POST"
    form = ReviewDecisionsForm(
        request.POST if posted else None,
        review=review,
        initial={"next": _safe_next(request, request.GET.get("next", ""))},
    )
    decisions = None
    if posted and form.is_valid():
        decisions = form.decisions()
        action = request.POST.get("action")
        if action == "add":
            decisions = form.add_words(decisions)
        elif action == "add_selection":
            decisions = form.add_selection(decisions)
        elif action == "confirm":
            try:
                outcome = services.review_confirm(
                    review=review,
                    removed=decisions.removed,
                    added=[(s.start, s.end, s.label) for s in decisions.added],
                    by=Auditor.from_request(request),
                )
            except ValidationError as error:
                form.add_error(None, error.messages)
            else:
                learned = len(outcome.learned)
                messages.success(
                    request,
                    "Redactions confirmed."
                    + (
                        f" Your organisation learned {learned} term{'s' if learned != 1 else ''}."
                        if learned
                        else ""
                    ),
                )
                for note in outcome.notes:
                    messages.info(request, note)
                target = _safe_next(request, form.cleaned_data["next"])
                return redirect(target) if target else redirect("sharing:review", pk=review.pk)
        if not form.errors:
            # Start the next step afresh, keeping the kind of identifier last chosen.
            form = ReviewDecisionsForm(
                review=review,
                initial={
                    "next": form.cleaned_data["next"],
                    "words_label": form.cleaned_data["words_label"],
                    "selection_label": form.cleaned_data["selection_label"],
                },
            )
    return page(
        request,
        "sharing/review.html",
        {"review": ReviewPresenter(review, decisions), "form": form},
    )


@permission_required(Permission.DEIDENTIFY_TEXT)
def terms(request):
    all_terms = request.organisation.deidentification_terms.select_related("added_by")
    return page(
        request,
        "sharing/terms.html",
        {
            "redact": [TermPresenter(t) for t in all_terms if t.action == "redact"],
            "keep": [TermPresenter(t) for t in all_terms if t.action == "keep"],
            "can_manage_terms": has_permission(
                request.user, Permission.MANAGE_DEIDENTIFICATION_TERMS, request.organisation
            ),
        },
    )


@permission_required(Permission.MANAGE_DEIDENTIFICATION_TERMS)
@require_POST
def term_delete(request, pk):
    term = get_object_or_404(request.organisation.deidentification_terms, pk=pk)
    words = term.term
    services.term_delete(term=term, by=Auditor.from_request(request))
    messages.success(request, f"“{words}” is no longer on your organisation's list.")
    return redirect("sharing:terms")
