"""Reads for mortality review, always starting from an organisation (`request.organisation`)."""

from django.db.models import OuterRef, Prefetch

from learnloop.reviews import agreement
from learnloop.reviews.models import (
    NOT_APPLICABLE,
    PHASES,
    DeathScreening,
    StructuredJudgementReview,
)


def deaths_awaiting_screening(organisation):
    """Deaths with no screening yet, oldest first."""
    return (
        organisation.reports.deaths()
        .filter(death_screenings__isnull=True)
        .select_related("death")
        .order_by("reported_at")
    )


def deaths_for_review(organisation):
    """Deaths whose current screening says an SJR is needed, not yet finally judged."""
    latest = DeathScreening.objects.filter(report=OuterRef("pk")).order_by("-screened_at", "-id")
    return (
        organisation.reports.deaths()
        .annotate(sjr_needed=latest.values("sjr_needed")[:1])
        .filter(sjr_needed=True, mortality_judgement__isnull=True)
        .select_related("death")
        .prefetch_related(Prefetch("structured_judgement_reviews", to_attr="reviews"))
        .order_by("reported_at")
    )


def first_stage_reviews(report):
    return report.structured_judgement_reviews.select_related("reviewer").prefetch_related(
        "problems"
    )


def submitted_reviews(report):
    return first_stage_reviews(report).filter(status=StructuredJudgementReview.Status.SUBMITTED)


def judgement_of(review: StructuredJudgementReview) -> agreement.Judgement:
    phases = {
        name: (None if review.score(name) in (None, NOT_APPLICABLE) else review.score(name))
        for name, _label, _ in PHASES
        if name != "overall"
    }
    return agreement.Judgement(
        reviewer=review.reviewer.full_name or review.reviewer.email,
        overall=review.overall_score,
        avoidability=review.avoidability,
        phases=phases,
    )


def agreement_for(report, reviews=None) -> agreement.Agreement:
    """How the submitted first-stage reviews of a death agree."""
    if reviews is None:
        reviews = submitted_reviews(report)
    return agreement.assess([judgement_of(r) for r in reviews if r.is_submitted])


def cases_needing_second_stage(organisation) -> list:
    """Deaths whose submitted first-stage reviews disagree and that have no final judgement."""
    candidates = (
        organisation.reports.deaths()
        .filter(mortality_judgement__isnull=True, structured_judgement_reviews__status="submitted")
        .distinct()
        .prefetch_related(
            Prefetch(
                "structured_judgement_reviews",
                queryset=StructuredJudgementReview.objects.filter(
                    status="submitted"
                ).select_related("reviewer"),
                to_attr="submitted",
            )
        )
        .order_by("reported_at")
    )
    return [
        report
        for report in candidates
        if agreement_for(report, report.submitted).needs_second_stage
    ]


def judgements_visible_to(*, report, user, organisation) -> bool:
    """Reviewers work independently: a person sees the other reviewers' scores only once
    they can no longer write a first-stage review of their own that those scores would sway."""
    from learnloop.organisations.roles import Permission
    from learnloop.organisations.rules import has_permission

    if hasattr(report, "mortality_judgement"):
        return True
    own = report.structured_judgement_reviews.filter(reviewer=user).first()
    if own is not None:
        return own.is_submitted
    if not has_permission(user, Permission.REVIEW_DEATHS, organisation):
        return True
    # A case waiting for the second stage takes no new first-stage reviewers.
    return agreement_for(report).needs_second_stage
