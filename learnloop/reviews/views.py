"""Mortality review pages: criteria, screening, first-stage SJR, the case and its agreement,
the second stage and the agreed final judgement.

Deaths are looked up through `request.organisation`, so another trust's reference gives 404.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_http_methods, require_POST

from learnloop.core.audit import Auditor
from learnloop.core.views import page
from learnloop.organisations.access import permission_required
from learnloop.organisations.roles import Permission
from learnloop.organisations.rules import has_permission
from learnloop.reviews import querysets, services
from learnloop.reviews.forms import (
    CriteriaActiveForm,
    CriterionAddForm,
    ScreeningForm,
    SecondStageForm,
    StructuredJudgementReviewForm,
    apply_service_errors,
)
from learnloop.reviews.presenters import AgreementPresenter, CasePresenter, ReviewPresenter, person


def any_permission_required(*permissions: Permission):
    """Like `permission_required`, for a page that any one of several permissions opens."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if request.organisation is None or not any(
                has_permission(request.user, p, request.organisation) for p in permissions
            ):
                raise PermissionDenied(
                    f"You need one of {', '.join(permissions)} in this organisation."
                )
            return view(request, *args, **kwargs)

        wrapped.required_permissions = permissions
        return wrapped

    return decorator


def _death(request, reference):
    return get_object_or_404(
        request.organisation.reports.deaths().select_related("death"), reference=reference
    )


def _can(request, permission) -> bool:
    return has_permission(request.user, permission, request.organisation)


@any_permission_required(Permission.REVIEW_DEATHS, Permission.VIEW_REPORTS)
def index(request):
    organisation = request.organisation
    for_review = list(querysets.deaths_for_review(organisation))
    return page(
        request,
        "reviews/index.html",
        {
            "awaiting_screening": querysets.deaths_awaiting_screening(organisation).count(),
            "for_review": [
                {
                    "report": report,
                    "submitted": sum(r.is_submitted for r in report.reviews),
                    "drafts": sum(not r.is_submitted for r in report.reviews),
                    "mine": next(
                        (r for r in report.reviews if r.reviewer_id == request.user.pk), None
                    ),
                }
                for report in for_review
            ],
            "second_stage": querysets.cases_needing_second_stage(organisation),
            "finalised": organisation.mortality_judgements.select_related("report").order_by(
                "-decided_at"
            )[:20],
            "can_screen": _can(request, Permission.SCREEN_DEATHS),
            "can_manage_criteria": _can(request, Permission.MANAGE_SCREENING_CRITERIA),
        },
    )


@permission_required(Permission.MANAGE_SCREENING_CRITERIA)
@require_http_methods(["GET", "POST"])
def criteria(request):
    organisation = request.organisation
    by = Auditor.from_request(request)
    services.criteria_ensure(organisation=organisation, by=by)
    all_criteria = list(organisation.screening_criteria.all())
    action = request.POST.get("action")
    active_form = CriteriaActiveForm(
        request.POST if action == "active" else None, criteria=all_criteria
    )
    add_form = CriterionAddForm(request.POST if action == "add" else None, prefix="new")
    if action == "active" and active_form.is_valid():
        services.criteria_set_active(
            organisation=organisation, active_ids=active_form.cleaned_data["active"], by=by
        )
        messages.success(request, "Screening criteria saved")
        return redirect("reviews:criteria")
    if action == "add" and add_form.is_valid():
        try:
            criterion = services.criterion_add(
                organisation=organisation,
                name=add_form.cleaned_data["name"],
                description=add_form.cleaned_data["description"],
                by=by,
            )
        except ValidationError as error:
            apply_service_errors(add_form, error)
        else:
            messages.success(request, f"Added the criterion '{criterion.name}'")
            return redirect("reviews:criteria")
    form = add_form if add_form.errors else active_form
    return page(
        request,
        "reviews/criteria.html",
        {
            "form": form,
            "active_form": active_form,
            "add_form": add_form,
            "criteria": all_criteria,
        },
    )


@permission_required(Permission.SCREEN_DEATHS)
def screening_list(request):
    deaths = querysets.deaths_awaiting_screening(request.organisation)
    return page(request, "reviews/screening_list.html", {"deaths": deaths})


@permission_required(Permission.SCREEN_DEATHS)
@require_http_methods(["GET", "POST"])
def screen(request, reference):
    report = _death(request, reference)
    by = Auditor.from_request(request)
    services.criteria_ensure(organisation=request.organisation, by=by)
    active = list(request.organisation.screening_criteria.filter(is_active=True))
    implied = services.criteria_implied_by(report)
    initial = {"criteria": [str(c.pk) for c in active if c.code in implied]}
    form = ScreeningForm(request.POST or None, criteria=active, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.death_screen(
                report=report,
                criteria=form.chosen_criteria(),
                sjr_needed=form.cleaned_data["sjr_needed"] == "yes",
                reason=form.cleaned_data["reason"],
                by=by,
            )
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, f"Screening of {report.reference} saved")
            return redirect("reviews:screening_list")
    history = CasePresenter(
        report,
        list(
            report.death_screenings.prefetch_related("criteria_met").select_related("screened_by")
        ),
        [],
        None,
    )
    return page(
        request,
        "reviews/screen.html",
        {
            "report": report,
            "death": report.death,
            "form": form,
            "case": history,
            "implied": bool(implied),
        },
    )


@any_permission_required(Permission.REVIEW_DEATHS, Permission.VIEW_REPORTS)
def case(request, reference):
    report = _death(request, reference)
    reviews = list(querysets.first_stage_reviews(report))
    screenings = list(
        report.death_screenings.prefetch_related("criteria_met").select_related("screened_by")
    )
    judgement = (
        request.organisation.mortality_judgements.select_related(
            "decided_by", "second_stage_review__reviewer"
        )
        .filter(report=report)
        .first()
    )
    submitted = [r for r in reviews if r.is_submitted]
    visible = querysets.judgements_visible_to(
        report=report, user=request.user, organisation=request.organisation
    )
    assessed = querysets.agreement_for(report, submitted)
    mine = next((r for r in reviews if r.reviewer_id == request.user.pk), None)
    can_review = _can(request, Permission.REVIEW_DEATHS)
    return page(
        request,
        "reviews/case.html",
        {
            "report": report,
            "case": CasePresenter(report, screenings, reviews, judgement),
            "visible": visible,
            "submitted": [ReviewPresenter(r) for r in submitted] if visible else [],
            "agreement": AgreementPresenter(assessed, submitted)
            if visible and len(submitted) >= 2
            else None,
            "needs_second_stage": assessed.needs_second_stage and judgement is None,
            "mine": mine,
            "can_start_review": can_review
            and not services.first_stage_blocker(report=report, reviewer=request.user),
            "can_finalise": can_review
            and not services.finalise_blocker(report=report, user=request.user),
            "can_second_stage": _can(request, Permission.SECOND_STAGE_REVIEW)
            and not services.second_stage_blocker(report=report, reviewer=request.user),
            "agreed": AgreementPresenter(assessed, submitted).agreed if visible else "",
        },
    )


@permission_required(Permission.REVIEW_DEATHS)
@require_http_methods(["GET", "POST"])
def sjr(request, reference):
    report = _death(request, reference)
    blocker = services.first_stage_blocker(report=report, reviewer=request.user)
    if blocker:
        return page(
            request, "reviews/sjr_closed.html", {"report": report, "reason": blocker}, status=409
        )
    review = report.structured_judgement_reviews.filter(reviewer=request.user).first()
    form = StructuredJudgementReviewForm(
        request.POST or None, initial=StructuredJudgementReviewForm.initial_from(review)
    )
    if request.method == "POST" and form.is_valid():
        submitting = request.POST.get("action") == "submit"
        write = services.sjr_submit if submitting else services.sjr_save_draft
        try:
            write(
                report=report,
                reviewer=request.user,
                data=form.data_for_service(),
                by=Auditor.from_request(request),
            )
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            if submitting:
                messages.success(
                    request,
                    "Your review is submitted. You can now see the other reviewers' judgements.",
                )
                return redirect("reviews:case", reference=report.reference)
            messages.success(request, "Your draft is saved. Nobody else can see it.")
            return redirect("reviews:sjr", reference=report.reference)
    return page(
        request,
        "reviews/sjr.html",
        {"report": report, "death": report.death, "form": form, "review": review},
    )


@permission_required(Permission.SECOND_STAGE_REVIEW)
@require_http_methods(["GET", "POST"])
def second_stage(request, reference):
    report = _death(request, reference)
    blocker = services.second_stage_blocker(report=report, reviewer=request.user)
    if blocker:
        return page(
            request, "reviews/sjr_closed.html", {"report": report, "reason": blocker}, status=409
        )
    submitted = list(querysets.submitted_reviews(report))
    form = SecondStageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            judgement = services.second_stage_record(
                report=report,
                reviewer=request.user,
                overall_score=int(form.cleaned_data["overall_score"]),
                avoidability=int(form.cleaned_data["avoidability"]),
                rationale=form.cleaned_data["rationale"],
                by=Auditor.from_request(request),
            )
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, _final_message(judgement))
            return redirect("reviews:case", reference=report.reference)
    assessed = querysets.agreement_for(report, submitted)
    return page(
        request,
        "reviews/second_stage.html",
        {
            "report": report,
            "form": form,
            "reviews": [ReviewPresenter(r) for r in submitted],
            "agreement": AgreementPresenter(assessed, submitted),
        },
    )


@permission_required(Permission.REVIEW_DEATHS)
@require_POST
def finalise(request, reference):
    report = _death(request, reference)
    try:
        judgement = services.judgement_agree(report=report, by=Auditor.from_request(request))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _final_message(judgement))
    return redirect("reviews:case", reference=report.reference)


def _final_message(judgement) -> str:
    message = f"The final judgement on {judgement.report.reference} is recorded"
    if judgement.returned_to_triage_at:
        message += ": the death is back in the triage queue, where a PSII must follow"
    return message + f" (by {person(judgement.decided_by)})."
