"""Writing and publishing learning: from a triaged report, a mortality review, a SWARM huddle or
an after action review; through the redaction review of every free-text field; past the sharing
policy, rule by rule; then changing its level or withdrawing it. And the policy pages: "What are
we allowed to share?" for everyone, tightening the rules for the patient safety lead.

Thin: every write is a service (learning_services, policy); what a page shows is a presenter."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from learnloop.core.audit import Auditor
from learnloop.core.views import page
from learnloop.organisations.access import permission_required
from learnloop.organisations.roles import Permission
from learnloop.sharing import learning_services, policy
from learnloop.sharing.learning_write_forms import (
    ChangeLevelForm,
    LearningForm,
    PublishForm,
    RuleForm,
    WithdrawForm,
)
from learnloop.sharing.learning_write_presenters import (
    AllowedPresenter,
    ManagePresenter,
    OurLearningPresenter,
    SourcePresenter,
)
from learnloop.sharing.models import Learning, SharingLevel


def _ours(request, pk) -> Learning:
    return get_object_or_404(
        request.organisation.learning.select_related("report", "structured_judgement_review"),
        pk=pk,
    )


def _add_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for name, problems in error.message_dict.items():
            form.add_error(name if name in form.fields else None, problems)
    else:
        form.add_error(None, error.messages)


def _source(request) -> SourcePresenter:
    """Where the learning comes from, read from ?report= or ?review= (404 if not ours)."""
    if reference := request.GET.get("report"):
        report = get_object_or_404(request.organisation.reports, reference=reference)
        return SourcePresenter.for_report(report)
    if pk := request.GET.get("review"):
        if not pk.isdigit():
            raise Http404
        review = get_object_or_404(
            request.organisation.structured_judgement_reviews.select_related("report"), pk=pk
        )
        return SourcePresenter.for_review(review)
    return SourcePresenter.for_kind(request.GET.get("source", ""))


@permission_required(Permission.WRITE_LEARNING)
@require_GET
def ours(request):
    records = request.organisation.learning.prefetch_related("themes").order_by("-updated_at")
    return page(request, "sharing/learning/ours.html", {"ours": OurLearningPresenter(records)})


@permission_required(Permission.WRITE_LEARNING)
@require_http_methods(["GET", "POST"])
def new(request):
    source = _source(request)
    if problem := source.problem:
        messages.error(request, problem)
        return redirect(source.back_url)
    form = LearningForm(request.POST or None, initial=source.initial())
    if request.method == "POST" and form.is_valid():
        try:
            learning = learning_services.learning_create_draft(
                organisation=request.organisation,
                fields={**form.service_fields(), "source_kind": source.kind},
                changes=form.cleaned_data["change_pairs"],
                themes=form.cleaned_data["theme_names"],
                report=source.report,
                structured_judgement_review=source.review,
                by=Auditor.from_request(request),
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, "Draft saved. Next, check its redactions.")
            return redirect("learning:manage", pk=learning.pk)
    return page(request, "sharing/learning/write.html", {"form": form, "source": source})


@permission_required(Permission.WRITE_LEARNING)
@require_http_methods(["GET", "POST"])
def edit(request, pk):
    learning = _ours(request, pk)
    if learning.status != Learning.Status.DRAFT:
        messages.error(request, "Only a draft can be changed.")
        return redirect("learning:manage", pk=learning.pk)
    form = LearningForm(request.POST or None, initial=LearningForm.initial_from(learning))
    if request.method == "POST" and form.is_valid():
        try:
            learning_services.learning_update_draft(
                learning=learning,
                fields=form.service_fields(),
                changes=form.cleaned_data["change_pairs"],
                themes=form.cleaned_data["theme_names"],
                by=Auditor.from_request(request),
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, "Draft changed.")
            return redirect("learning:manage", pk=learning.pk)
    source = SourcePresenter.for_learning(learning)
    return page(
        request,
        "sharing/learning/write.html",
        {"form": form, "source": source, "learning": learning},
    )


def _requested_level(request, learning) -> int:
    level = request.GET.get("level", "")
    return (
        int(level)
        if level.isdigit() and int(level) in SharingLevel.values
        else learning.sharing_level
    )


@permission_required(Permission.WRITE_LEARNING)
@require_GET
def manage(request, pk):
    learning = _ours(request, pk)
    level = _requested_level(request, learning)
    presenter = ManagePresenter(learning, level, request=request)
    return page(
        request,
        "sharing/learning/manage.html",
        {
            "manage": presenter,
            "publish_form": PublishForm(initial={"sharing_level": level}),
            "level_form": ChangeLevelForm(initial={"sharing_level": learning.sharing_level}),
        },
    )


def _act(request, pk, action, success: str):
    learning = _ours(request, pk)
    try:
        action(learning=learning, by=Auditor.from_request(request))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, success)
    return redirect("learning:manage", pk=learning.pk)


@permission_required(Permission.WRITE_LEARNING)
@require_POST
def start_reviews(request, pk):
    learning = _ours(request, pk)
    try:
        started = learning_services.learning_start_redaction_reviews(
            learning=learning, by=Auditor.from_request(request)
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        count = len(started)
        messages.success(
            request,
            f"learnloop proposed redactions for {count} field{'s' if count != 1 else ''}. "
            "Check each one below.",
        )
    return redirect("learning:manage", pk=learning.pk)


@permission_required(Permission.WRITE_LEARNING)
@require_POST
def apply_redactions(request, pk):
    return _act(
        request, pk, learning_services.learning_apply_redactions,
        "The reviewed words are now the record's words.",
    )  # fmt: skip


@permission_required(Permission.PUBLISH_LEARNING)
@require_POST
def approve(request, pk):
    return _act(request, pk, learning_services.learning_approve, "Approved for sharing.")


@permission_required(Permission.WRITE_LEARNING)
@require_POST
def second_look(request, pk):
    return _act(
        request, pk, learning_services.learning_second_look,
        "Recorded: you looked again at the details flagged together.",
    )  # fmt: skip


@permission_required(Permission.PUBLISH_LEARNING)
@require_POST
def publish(request, pk):
    learning = _ours(request, pk)
    form = PublishForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose a sharing level")
        return redirect("learning:manage", pk=learning.pk)
    level = form.cleaned_data["sharing_level"]
    try:
        learning_services.learning_publish(
            learning=learning, sharing_level=level, by=Auditor.from_request(request)
        )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect(reverse("learning:manage", kwargs={"pk": learning.pk}) + f"?level={level}")
    messages.success(request, f"Published: {SharingLevel(level).label.lower()} can now read it.")
    return redirect("learning:manage", pk=learning.pk)


@permission_required(Permission.PUBLISH_LEARNING)
@require_POST
def change_level(request, pk):
    learning = _ours(request, pk)
    form = ChangeLevelForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose a sharing level")
        return redirect("learning:manage", pk=learning.pk)
    try:
        learning_services.learning_change_level(
            learning=learning,
            sharing_level=form.cleaned_data["sharing_level"],
            by=Auditor.from_request(request),
        )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, "Sharing level changed.")
    return redirect("learning:manage", pk=learning.pk)


@permission_required(Permission.PUBLISH_LEARNING)
@require_http_methods(["GET", "POST"])
def withdraw(request, pk):
    learning = _ours(request, pk)
    form = WithdrawForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            learning_services.learning_withdraw(
                learning=learning,
                reason=form.cleaned_data["reason"],
                by=Auditor.from_request(request),
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, "Withdrawn: no other organisation can read it now.")
            return redirect("learning:manage", pk=learning.pk)
    return page(request, "sharing/learning/withdraw.html", {"form": form, "learning": learning})


# The policy ------------------------------------------------------------------------------------


@permission_required(Permission.VIEW_ORGANISATION_HOME)
@require_GET
def allowed(request):
    return page(
        request,
        "sharing/learning/allowed.html",
        {"allowed": AllowedPresenter(request.organisation, request.user)},
    )


@permission_required(Permission.MANAGE_SHARING_POLICY)
@require_http_methods(["GET", "POST"])
def rule(request, key):
    definition = policy.RULES_BY_KEY.get(key)
    if definition is None:
        raise Http404
    current = next(e for e in policy.effective_rules(request.organisation) if e.rule.key == key)
    form = RuleForm(
        request.POST or None,
        rule=definition,
        initial={"applies_from": current.applies_from, "threshold": current.threshold},
    )
    if request.method == "POST" and form.is_valid():
        try:
            policy.rule_tighten(
                organisation=request.organisation,
                rule=key,
                applies_from=form.cleaned_data["applies_from"],
                threshold=form.cleaned_data.get("threshold"),
                by=Auditor.from_request(request),
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, f"“{definition.name}” updated for your organisation.")
            return redirect("learning:allowed")
    return page(
        request,
        "sharing/learning/rule.html",
        {"form": form, "rule": definition, "current": current},
    )
