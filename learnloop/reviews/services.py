"""Writes for mortality review: screening criteria, screening, first-stage Structured Judgement
Reviews, the second stage and the final judgement.

Atomic, keyword-only, `by` says who acted, and the audit log is written. A bad value raises a
ValidationError keyed by field, before anything is written, so nothing half-written is kept.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from learnloop.core.audit import Auditor
from learnloop.reports import services as report_services
from learnloop.reports.models import Report
from learnloop.reviews import agreement
from learnloop.reviews.models import (
    NOT_APPLICABLE,
    PHASES,
    DeathScreening,
    MortalityJudgement,
    ProblemInCare,
    ProblemType,
    ScreeningCriterion,
    SecondStageReview,
    StructuredJudgementReview,
)
from learnloop.reviews.querysets import agreement_for

CRITERIA_FILE = Path(__file__).parent / "data" / "screening_criteria.csv"
PROBLEM_NOTE_LENGTH = 500


@cache
def shipped_criteria() -> tuple[dict, ...]:
    with CRITERIA_FILE.open(newline="", encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle))


# Screening criteria


@transaction.atomic
def criteria_seed(*, organisation, by: Auditor) -> list[ScreeningCriterion]:
    """Give an organisation the shipped criteria it does not have yet (by code)."""
    have = set(organisation.screening_criteria.values_list("code", flat=True))
    created = [
        ScreeningCriterion.objects.create(
            organisation=organisation,
            code=row["code"],
            name=row["name"],
            description=row["description"],
        )
        for row in shipped_criteria()
        if row["code"] not in have
    ]
    if created:
        by.record(
            "create",
            None,
            organisation=organisation,
            summary=f"Seeded {len(created)} screening criteria",
            changes={"codes": [c.code for c in created]},
        )
    return created


def criteria_ensure(*, organisation, by: Auditor) -> None:
    """Seed on first use: an organisation with no criteria gets the shipped ones."""
    if not organisation.screening_criteria.exists():
        criteria_seed(organisation=organisation, by=by)


@transaction.atomic
def criteria_set_active(*, organisation, active_ids, by: Auditor) -> None:
    active_ids = {int(pk) for pk in active_ids}
    changes = {}
    for criterion in organisation.screening_criteria.select_for_update():
        wanted = criterion.pk in active_ids
        if criterion.is_active != wanted:
            criterion.is_active = wanted
            criterion.save(update_fields=["is_active", "updated_at"])
            changes[criterion.code] = wanted
    if changes:
        by.record(
            "update",
            None,
            organisation=organisation,
            summary="Changed which screening criteria are used",
            changes=changes,
        )


@transaction.atomic
def criterion_add(
    *, organisation, name: str, description: str = "", by: Auditor
) -> ScreeningCriterion:
    name = name.strip()
    if not name:
        raise ValidationError({"name": "Enter the criterion's name"})
    if organisation.screening_criteria.filter(name__iexact=name).exists():
        raise ValidationError({"name": "There is already a criterion with this name"})
    base = slugify(name)[:50] or "criterion"
    code, n = base, 1
    while organisation.screening_criteria.filter(code=code).exists():
        n += 1
        code = f"{base}-{n}"
    criterion = ScreeningCriterion.objects.create(
        organisation=organisation, code=code, name=name, description=description.strip()
    )
    by.audit_create(
        criterion, organisation=organisation, summary=f"Added screening criterion {name}"
    )
    return criterion


def criteria_implied_by(report: Report) -> set[str]:
    """Codes of the shipped criteria that the death record already shows are met."""
    death = getattr(report, "death", None)
    if death is None:
        return set()
    implied = set()
    if death.learning_disability or death.autism or death.leder_referred_on:
        implied.add("learning_disability_autism")
    if death.family_concerns.strip():
        implied.add("family_concern")
    if death.medical_examiner_concerns.strip():
        implied.add("medical_examiner_concern")
    if death.pfd_received_on:
        implied.add("pfd_report")
    return implied


# Screening


@transaction.atomic
def death_screen(
    *, report: Report, criteria, sjr_needed: bool, reason: str, by: Auditor
) -> DeathScreening:
    """Screen a death. Re-screening adds a new screening; earlier ones are kept as history."""
    if report.kind != Report.Kind.DEATH:
        raise ValidationError("Only deaths are screened for mortality review.")
    criteria = list(criteria)
    if any(c.organisation_id != report.organisation_id for c in criteria):
        raise ValidationError({"criteria": "Choose criteria of this organisation"})
    if sjr_needed not in (True, False):
        raise ValidationError({"sjr_needed": "Say whether a Structured Judgement Review is needed"})
    if not (reason or "").strip():
        raise ValidationError({"reason": "Give the reason for your decision"})
    screening = DeathScreening.objects.create(
        organisation=report.organisation,
        report=report,
        sjr_needed=sjr_needed,
        reason=reason.strip(),
        screened_by=by.actor,
        screened_at=timezone.now(),
    )
    screening.criteria_met.set(criteria)
    by.audit_create(
        screening,
        organisation=report.organisation,
        summary=f"Screened death {report.reference}: SJR {'needed' if sjr_needed else 'not needed'}",
        changes={"criteria": sorted(c.code for c in criteria), "sjr_needed": sjr_needed},
    )
    return screening


# First-stage Structured Judgement Review


def first_stage_blocker(*, report: Report, reviewer) -> str | None:
    """Why this person may not write or change a first-stage review of this death, or None."""
    if report.kind != Report.Kind.DEATH:
        return "Only deaths have a Structured Judgement Review."
    if MortalityJudgement.objects.filter(report=report).exists():
        return "This death has its final judgement; no more reviews can be written."
    own = report.structured_judgement_reviews.filter(reviewer=reviewer).first()
    if own and own.is_submitted:
        return "You have already submitted your review of this death."
    if own is None and agreement_for(report).needs_second_stage:
        # The case has moved to the second stage; a new reviewer now would not be independent.
        return "The reviewers disagree and this death is waiting for a second-stage review."
    return None


def _validate(data: dict, *, submitting: bool) -> dict:
    errors = {}
    for phase, label, may_be_not_applicable in PHASES:
        score = data.get(f"{phase}_score")
        allowed = range(0 if may_be_not_applicable else 1, 6)
        if score is not None and score not in allowed:
            errors[f"{phase}_score"] = (
                f"Choose a score for {label.lower()} from 1 very poor to 5 excellent"
                + (", or not applicable" if may_be_not_applicable else "")
            )
        elif submitting and score is None:
            errors[f"{phase}_score"] = (
                f"Score {label.lower()}, or choose not applicable if it did not happen"
                if may_be_not_applicable
                else f"Score the {label.lower()}"
            )
        elif (
            submitting
            and score not in (None, NOT_APPLICABLE)
            and not (data.get(f"{phase}_judgement") or "").strip()
        ):
            errors[f"{phase}_judgement"] = f"Write your judgement of {label.lower()}"
    avoidability = data.get("avoidability")
    if avoidability is not None and avoidability not in agreement.AVOIDABILITY_RANGE:
        errors["avoidability"] = (
            "Choose avoidability from 1 definitely avoidable to 6 definitely not avoidable"
        )
    elif submitting and avoidability is None:
        errors["avoidability"] = "Choose how avoidable the death was, from 1 to 6"
    for problem_type, note in (data.get("problems") or {}).items():
        if problem_type not in ProblemType.values:
            errors["problems"] = f"'{problem_type}' is not a type of problem in care"
        elif len((note or "").strip()) > PROBLEM_NOTE_LENGTH:
            errors[f"problem_{problem_type}"] = (
                f"Keep the note to {PROBLEM_NOTE_LENGTH} characters or fewer"
            )
        elif submitting and not (note or "").strip():
            errors[f"problem_{problem_type}"] = (
                f"Say briefly what the problem with {ProblemType(problem_type).label.lower()} was"
            )
    return errors


def _write(
    *, report: Report, reviewer, data: dict, submitting: bool, by: Auditor, source_system: str = ""
) -> StructuredJudgementReview:
    blocker = first_stage_blocker(report=report, reviewer=reviewer)
    if blocker:
        raise ValidationError(blocker)
    errors = _validate(data, submitting=submitting)
    if errors:
        raise ValidationError(errors)
    review, created = StructuredJudgementReview.objects.select_for_update().get_or_create(
        report=report,
        reviewer=reviewer,
        defaults={
            "organisation": report.organisation,
            "started_at": timezone.now(),
            "source_system": source_system,
        },
    )
    for phase, _label, _ in PHASES:
        setattr(review, f"{phase}_score", data.get(f"{phase}_score"))
        setattr(review, f"{phase}_judgement", (data.get(f"{phase}_judgement") or "").strip())
    review.avoidability = data.get("avoidability")
    if submitting:
        review.status = StructuredJudgementReview.Status.SUBMITTED
        review.submitted_at = timezone.now()
    review.save()
    review.problems.all().delete()
    ProblemInCare.objects.bulk_create(
        ProblemInCare(review=review, problem_type=t, note=(n or "").strip())
        for t, n in (data.get("problems") or {}).items()
    )
    who = reviewer.full_name or reviewer.email
    if submitting:
        by.audit_update(
            review,
            organisation=report.organisation,
            summary=f"Submitted {who}'s Structured Judgement Review of {report.reference}",
            changes={
                "overall_score": review.overall_score,
                "avoidability": review.avoidability,
                "source_system": source_system,
            },
        )
    else:
        (by.audit_create if created else by.audit_update)(
            review,
            organisation=report.organisation,
            summary=f"Saved a draft of {who}'s Structured Judgement Review of {report.reference}",
        )
    return review


@transaction.atomic
def sjr_save_draft(
    *, report: Report, reviewer, data: dict, by: Auditor
) -> StructuredJudgementReview:
    """Save a reviewer's review as a draft: only the values given must be valid."""
    return _write(report=report, reviewer=reviewer, data=data, submitting=False, by=by)


@transaction.atomic
def sjr_submit(
    *, report: Report, reviewer, data: dict, by: Auditor, source_system: str = ""
) -> StructuredJudgementReview:
    """Submit a reviewer's review: every phase scored (or not applicable), a written judgement
    for each scored phase, a note for each problem in care, and avoidability 1 to 6."""
    return _write(
        report=report,
        reviewer=reviewer,
        data=data,
        submitting=True,
        by=by,
        source_system=source_system,
    )


# Second stage and the final judgement


def second_stage_blocker(*, report: Report, reviewer) -> str | None:
    if MortalityJudgement.objects.filter(report=report).exists():
        return "This death already has its final judgement."
    if not agreement_for(report).needs_second_stage:
        return "The first-stage reviewers do not disagree, so no second-stage review is needed."
    if report.structured_judgement_reviews.filter(reviewer=reviewer).exists():
        return "You wrote a first-stage review of this death; someone who did not must do the second stage."
    return None


def _finalise(
    *,
    report: Report,
    basis: str,
    overall_score: int,
    avoidability: int,
    rationale: str,
    second_stage: SecondStageReview | None,
    by: Auditor,
) -> MortalityJudgement:
    judgement = MortalityJudgement.objects.create(
        organisation=report.organisation,
        report=report,
        basis=basis,
        overall_score=overall_score,
        avoidability=avoidability,
        rationale=rationale,
        second_stage_review=second_stage,
        decided_by=by.actor,
        decided_at=timezone.now(),
    )
    by.audit_create(
        judgement,
        organisation=report.organisation,
        summary=f"Final mortality judgement on {report.reference}: avoidability {avoidability}",
        changes={"basis": basis, "overall_score": overall_score, "avoidability": avoidability},
    )
    if agreement.more_likely_than_not(avoidability):
        report_services.report_return_to_triage(
            report=report,
            by=by,
            problems_in_care_likely=True,
            reason=f"the final mortality review judged the death more likely than not due to problems in care "
            f"(avoidability {avoidability})",
        )
        judgement.returned_to_triage_at = timezone.now()
        judgement.save(update_fields=["returned_to_triage_at", "updated_at"])
    return judgement


def _locked(report: Report) -> Report:
    # Two people finalising at once: the second waits, then finds the judgement made.
    return Report.objects.select_for_update().get(pk=report.pk)


@transaction.atomic
def second_stage_record(
    *, report: Report, reviewer, overall_score, avoidability, rationale: str, by: Auditor
) -> MortalityJudgement:
    """Settle a disagreement: the second-stage review becomes the final judgement."""
    report = _locked(report)
    blocker = second_stage_blocker(report=report, reviewer=reviewer)
    if blocker:
        raise ValidationError(blocker)
    errors = {}
    if overall_score not in agreement.CARE_SCORE_RANGE:
        errors["overall_score"] = "Choose the overall care score from 1 very poor to 5 excellent"
    if avoidability not in agreement.AVOIDABILITY_RANGE:
        errors["avoidability"] = (
            "Choose avoidability from 1 definitely avoidable to 6 definitely not avoidable"
        )
    if not (rationale or "").strip():
        errors["rationale"] = "Explain how you settled the reviewers' disagreement"
    if errors:
        raise ValidationError(errors)
    second = SecondStageReview.objects.create(
        organisation=report.organisation,
        report=report,
        reviewer=reviewer,
        overall_score=overall_score,
        avoidability=avoidability,
        rationale=rationale.strip(),
        submitted_at=timezone.now(),
    )
    by.audit_create(
        second,
        organisation=report.organisation,
        summary=f"Second-stage review of {report.reference}",
    )
    return _finalise(
        report=report,
        basis=MortalityJudgement.Basis.SECOND_STAGE,
        overall_score=overall_score,
        avoidability=avoidability,
        rationale=second.rationale,
        second_stage=second,
        by=by,
    )


def finalise_blocker(*, report: Report, user) -> str | None:
    if MortalityJudgement.objects.filter(report=report).exists():
        return "This death already has its final judgement."
    reviews = list(report.structured_judgement_reviews.all())
    if not any(r.is_submitted for r in reviews):
        return "No first-stage review has been submitted yet."
    if any(not r.is_submitted for r in reviews):
        return "A first-stage review is still in draft: wait for it to be submitted."
    if not any(r.reviewer_id == getattr(user, "pk", None) for r in reviews):
        return (
            "Only one of the first-stage reviewers of this death can record the agreed judgement."
        )
    if agreement_for(report).needs_second_stage:
        return "The reviewers disagree: a second-stage review must settle the judgement."
    return None


@transaction.atomic
def judgement_agree(*, report: Report, by: Auditor) -> MortalityJudgement:
    """Record the reviewers' agreed judgement as final (see agreement.py for 'agreed')."""
    report = _locked(report)
    blocker = finalise_blocker(report=report, user=by.actor)
    if blocker:
        raise ValidationError(blocker)
    assessed = agreement_for(report)
    return _finalise(
        report=report,
        basis=MortalityJudgement.Basis.AGREED,
        overall_score=assessed.agreed_overall,
        avoidability=assessed.agreed_avoidability,
        second_stage=None,
        by=by,
        rationale=f"Agreed by {assessed.review_count} first-stage "
        f"{'reviewer' if assessed.review_count == 1 else 'reviewers'}.",
    )
