"""The mortality review part of the API: read a death's screening, reviews and final judgement,
and submit a first-stage Structured Judgement Review written in another system.

A key reads and writes only its own organisation's deaths: another trust's reference gives 404.
Bad input gets 422 with each problem's field path, in the same shape ninja uses for schema
errors: `{"detail": [{"loc": ["body", "payload", ...], "msg": ..., "type": ...}]}`.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema, Status

from learnloop.core.audit import Auditor
from learnloop.organisations.api import ErrorOut
from learnloop.organisations.api_auth import api_key_auth
from learnloop.organisations.roles import Permission
from learnloop.organisations.rules import has_permission
from learnloop.reports.api import ValidationErrorOut
from learnloop.reviews import querysets, services
from learnloop.reviews.models import NOT_APPLICABLE, PHASES, ProblemType, StructuredJudgementReview

router = Router(tags=["Mortality review"])

ProblemTypeName = StrEnum("ProblemTypeName", {t.name: t.value for t in ProblemType})


class PhaseIn(Schema):
    score: int | None = Field(
        None, description="1 very poor to 5 excellent; null when this phase of care did not happen."
    )
    judgement: str = Field(
        "", description="The reviewer's written judgement; required for a scored phase."
    )


class OverallIn(Schema):
    score: int = Field(description="Overall care, 1 very poor to 5 excellent.")
    judgement: str = Field(description="The reviewer's written judgement of the care overall.")


class ProblemIn(Schema):
    type: ProblemTypeName
    note: str = Field(description="What the problem was, briefly (500 characters at most).")


class ReviewIn(Schema):
    reviewer_email: str = Field(description="A member of the organisation who may review deaths.")
    admission: PhaseIn = Field(
        default_factory=PhaseIn, description="Admission and initial management."
    )
    ongoing_care: PhaseIn = Field(default_factory=PhaseIn)
    procedure: PhaseIn = Field(default_factory=PhaseIn, description="Care during a procedure.")
    perioperative: PhaseIn = Field(default_factory=PhaseIn)
    end_of_life: PhaseIn = Field(default_factory=PhaseIn)
    overall: OverallIn
    problems: list[ProblemIn] = Field(
        default_factory=list, description="Problems in care, one of each type."
    )
    avoidability: int = Field(
        description="Hogan's scale: 1 definitely avoidable ... 6 definitely not avoidable. "
        "1 to 3: more likely than not due to problems in care."
    )
    source_system: str = Field(
        "", max_length=50, description="The system the review was written in."
    )


class PhaseOut(Schema):
    phase: str = Field(
        description="The phase's key: admission, ongoing_care, procedure, perioperative, "
        "end_of_life or overall."
    )
    label: str = Field(description="The phase of care, in words.")
    score: int | None = Field(description="1 very poor to 5 excellent; null when not applicable.")
    judgement: str = Field(description="The reviewer's written judgement of this phase.")


class ProblemOut(Schema):
    type: str = Field(description="The type of problem in care.")
    note: str = Field(description="What the problem was, briefly.")


class ReviewOut(Schema):
    reviewer: str = Field(description="The first-stage reviewer's name.")
    started_at: datetime = Field(description="When the review was started.")
    submitted_at: datetime = Field(description="When the review was submitted.")
    phases: list[PhaseOut] = Field(description="Each phase of care with its score and judgement.")
    problems: list[ProblemOut] = Field(description="Problems in care the reviewer found, by type.")
    overall_score: int = Field(description="Overall care, 1 very poor to 5 excellent.")
    avoidability: int = Field(
        description="Hogan's scale, 1 definitely avoidable to 6 definitely not avoidable."
    )


class ScreeningOut(Schema):
    screened_at: datetime = Field(description="When the death was screened.")
    screened_by: str = Field(description="Who screened it.")
    criteria_met: list[str] = Field(description="Codes of the criteria the death met.")
    sjr_needed: bool = Field(
        description="Whether the screening asked for a Structured Judgement Review."
    )
    reason: str = Field(description="The reason for the screening decision.")


class AgreementOut(Schema):
    review_count: int = Field(description="How many first-stage reviews are submitted.")
    same_side_of_line: bool = Field(
        description="Whether every reviewer is on the same side of the 1-3 / 4-6 avoidability line."
    )
    overall_spread: int | None = Field(
        description="Highest minus lowest overall care score; null with no reviews."
    )
    avoidability_spread: int | None = Field(
        description="Highest minus lowest avoidability; null with no reviews."
    )
    needs_second_stage: bool = Field(
        description="Whether the reviewers disagree, so a second-stage review is needed."
    )
    reasons: list[str] = Field(description="Why they disagree, in words.")


class JudgementOut(Schema):
    basis: str = Field(
        description="'agreed' by the first-stage reviewers or settled by the 'second_stage'."
    )
    overall_score: int = Field(description="Overall care, 1 very poor to 5 excellent.")
    avoidability: int = Field(
        description="Hogan's scale, 1 definitely avoidable to 6 definitely not avoidable."
    )
    problems_in_care_likely: bool = Field(
        description="Avoidability 1 to 3: more likely than not due to problems in care; the death returns to triage."
    )
    rationale: str = Field(description="Why this is the final judgement.")
    decided_at: datetime = Field(description="When the final judgement was recorded.")
    returned_to_triage_at: datetime | None = Field(
        description="When the death went back to triage, if it did."
    )


class CaseOut(Schema):
    reference: str = Field(description="The death's report reference.")
    date_of_death: str | None = Field(description="The date of death, YYYY-MM-DD.")
    screenings: list[ScreeningOut] = Field(description="Every screening, latest first.")
    reviews: list[ReviewOut] = Field(
        description="Submitted first-stage reviews; drafts are private."
    )
    agreement: AgreementOut = Field(description="How the submitted reviews agree.")
    final_judgement: JudgementOut | None = Field(
        description="The final judgement; null until there is one."
    )


def _name(user) -> str:
    return (user.full_name or user.email) if user else ""


def _review_out(review: StructuredJudgementReview) -> dict:
    return {
        "reviewer": _name(review.reviewer),
        "started_at": review.started_at,
        "submitted_at": review.submitted_at,
        "phases": [
            {
                "phase": p,
                "label": label,
                "score": None if review.score(p) == NOT_APPLICABLE else review.score(p),
                "judgement": review.judgement(p),
            }
            for p, label, _ in PHASES
        ],
        "problems": [{"type": p.problem_type, "note": p.note} for p in review.problems.all()],
        "overall_score": review.overall_score,
        "avoidability": review.avoidability,
    }


def _case(request, reference):
    return get_object_or_404(
        request.organisation.reports.deaths().select_related("death"), reference=reference
    )


@router.get(
    "/reviews/{reference}",
    auth=api_key_auth,
    response={200: CaseOut, 401: ErrorOut, 404: ErrorOut},
    summary="A death's screening, submitted reviews and final judgement",
)
def review_case(request, reference: str):
    report = _case(request, reference)
    reviews = list(querysets.submitted_reviews(report))
    assessed = querysets.agreement_for(report, reviews)
    judgement = request.organisation.mortality_judgements.filter(report=report).first()
    Auditor.from_request(request).audit_view(
        report,
        organisation=request.organisation,
        summary=f"Read the mortality review of {report.reference} by API",
    )
    return {
        "reference": report.reference,
        "date_of_death": report.death.date_of_death.isoformat()
        if hasattr(report, "death")
        else None,
        "screenings": [
            {
                "screened_at": s.screened_at,
                "screened_by": _name(s.screened_by),
                "sjr_needed": s.sjr_needed,
                "reason": s.reason,
                "criteria_met": sorted(c.code for c in s.criteria_met.all()),
            }
            for s in report.death_screenings.select_related("screened_by").prefetch_related(
                "criteria_met"
            )
        ],
        "reviews": [_review_out(r) for r in reviews],
        "agreement": {
            "review_count": assessed.review_count,
            "same_side_of_line": assessed.same_side_of_line,
            "overall_spread": assessed.overall.spread,
            "avoidability_spread": assessed.avoidability.spread,
            "needs_second_stage": assessed.needs_second_stage,
            "reasons": list(assessed.reasons),
        },
        "final_judgement": judgement
        and {
            "basis": judgement.basis,
            "overall_score": judgement.overall_score,
            "avoidability": judgement.avoidability,
            "problems_in_care_likely": judgement.problems_in_care_likely,
            "rationale": judgement.rationale,
            "decided_at": judgement.decided_at,
            "returned_to_triage_at": judgement.returned_to_triage_at,
        },
    }


def _field_error(path: list, message: str, kind: str = "value_error") -> dict:
    return {"loc": ["body", "payload", *path], "msg": message, "type": kind}


def _path_of(service_field: str) -> list:
    """A service's error key as a path in the request body."""
    if service_field.endswith(("_score", "_judgement")):
        phase, _, part = service_field.rpartition("_")
        return [phase, "score" if part == "score" else "judgement"]
    if service_field.startswith("problem_"):
        return ["problems", service_field.removeprefix("problem_"), "note"]
    return [service_field]


@router.post(
    "/reviews/{reference}/sjr",
    auth=api_key_auth,
    response={201: ReviewOut, 401: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ValidationErrorOut},
    summary="Submit a first-stage Structured Judgement Review written in another system",
)
def submit_review(request, reference: str, payload: ReviewIn):
    """Submits the review at once (no draft). The reviewer must be a member of the key's
    organisation who may review deaths, and may submit one first-stage review per death."""
    report = _case(request, reference)
    errors = []
    membership = (
        request.organisation.memberships.active()
        .select_related("user")
        .filter(user__email__iexact=payload.reviewer_email.strip())
        .first()
    )
    reviewer = membership.user if membership else None
    if reviewer is None or not has_permission(
        reviewer, Permission.REVIEW_DEATHS, request.organisation
    ):
        errors.append(
            _field_error(
                ["reviewer_email"],
                "No member of this organisation who may review deaths has this email address",
            )
        )
    types = [p.type.value for p in payload.problems]
    for index, problem_type in enumerate(types):
        if problem_type in types[:index]:
            errors.append(
                _field_error(["problems", index, "type"], "Give each type of problem once")
            )
    if errors:
        return Status(422, {"detail": errors})
    if report.structured_judgement_reviews.filter(reviewer=reviewer, status="submitted").exists():
        return Status(
            409, {"detail": "This reviewer has already submitted a review of this death."}
        )
    data = {
        "avoidability": payload.avoidability,
        "problems": {p.type.value: p.note for p in payload.problems},
    }
    for phase, _label, _ in PHASES:
        given = getattr(payload, phase)
        data[f"{phase}_score"] = NOT_APPLICABLE if given.score is None else given.score
        data[f"{phase}_judgement"] = given.judgement
    try:
        review = services.sjr_submit(
            report=report,
            reviewer=reviewer,
            data=data,
            by=Auditor.from_request(request),
            source_system=payload.source_system,
        )
    except ValidationError as error:
        if not hasattr(error, "error_dict"):
            return Status(409, {"detail": " ".join(error.messages)})
        return Status(
            422,
            {
                "detail": [
                    _field_error(_path_of(field), message)
                    for field, messages in error.message_dict.items()
                    for message in messages
                ]
            },
        )
    return Status(201, _review_out(review))
