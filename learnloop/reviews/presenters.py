"""How mortality review reads on the page: dates, day counts, scores side by side, agreement."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone

from learnloop.reviews.agreement import Agreement
from learnloop.reviews.models import NOT_APPLICABLE, PHASES, Avoidability, CareScore


def score_text(score: int | None) -> str:
    if score is None:
        return "Not scored"
    if score == NOT_APPLICABLE:
        return "Not applicable"
    return CareScore(score).label


def avoidability_text(score: int | None) -> str:
    return Avoidability(score).label if score else "Not judged"


def person(user) -> str:
    return (user.full_name or user.email) if user else "Unknown"


def days_between(start, end) -> int | None:
    """Whole days from a date of death to when something happened."""
    if start is None or end is None:
        return None
    end_date = timezone.localtime(end).date() if hasattr(end, "tzinfo") else end
    return (end_date - start).days


def days_text(days: int | None) -> str:
    if days is None:
        return "Not yet"
    return f"{days} day" if days == 1 else f"{days} days"


@dataclass
class ScreeningPresenter:
    screening: object

    @property
    def when(self):
        return self.screening.screened_at

    @property
    def by(self) -> str:
        return person(self.screening.screened_by)

    @property
    def decision(self) -> str:
        return (
            "Structured Judgement Review needed"
            if self.screening.sjr_needed
            else "No Structured Judgement Review"
        )

    @property
    def criteria(self) -> str:
        names = [c.name for c in self.screening.criteria_met.all()]
        return ", ".join(names) if names else "None met"

    @property
    def reason(self) -> str:
        return self.screening.reason


@dataclass
class ReviewPresenter:
    review: object

    @property
    def reviewer(self) -> str:
        return person(self.review.reviewer)

    @property
    def status(self) -> str:
        return self.review.get_status_display()

    @property
    def status_colour(self) -> str:
        return "green" if self.review.is_submitted else "grey"

    @property
    def phases(self) -> list[dict]:
        return [
            {
                "label": label,
                "score": score_text(self.review.score(p)),
                "judgement": self.review.judgement(p),
            }
            for p, label, _ in PHASES
        ]

    @property
    def avoidability(self) -> str:
        return avoidability_text(self.review.avoidability)

    @property
    def problems(self) -> list[dict]:
        return [
            {"type": p.get_problem_type_display(), "note": p.note}
            for p in self.review.problems.all()
        ]


@dataclass
class AgreementPresenter:
    agreement: Agreement
    reviews: list

    @property
    def reviewers(self) -> list[str]:
        return [person(r.reviewer) for r in self.reviews]

    @property
    def rows(self) -> list[dict]:
        rows = []
        for phase, label, _ in PHASES:
            spread = (
                self.agreement.overall if phase == "overall" else self.agreement.phases.get(phase)
            )
            rows.append(
                {
                    "label": label,
                    "scores": [score_text(r.score(phase)) for r in self.reviews],
                    "spread": _spread_text(spread.spread if spread else None),
                }
            )
        rows.append(
            {
                "label": "Avoidability of death",
                "scores": [avoidability_text(r.avoidability) for r in self.reviews],
                "spread": _spread_text(self.agreement.avoidability.spread),
            }
        )
        return rows

    @property
    def side_of_line(self) -> str:
        if self.agreement.same_side_of_line:
            likely = self.agreement.judgements and self.agreement.judgements[0].avoidability <= 3
            return (
                "All reviewers judge the death more likely than not due to problems in care (1 to 3)"
                if likely
                else "All reviewers judge the death less likely than not to be due to problems in care (4 to 6)"
            )
        return "Reviewers fall on different sides of the line between 3 and 4"

    @property
    def needs_second_stage(self) -> bool:
        return self.agreement.needs_second_stage

    @property
    def reasons(self) -> tuple[str, ...]:
        return self.agreement.reasons

    @property
    def agreed(self) -> str:
        if self.agreement.agreed_avoidability is None:
            return ""
        return (
            f"Overall care {score_text(self.agreement.agreed_overall)}; "
            f"avoidability {avoidability_text(self.agreement.agreed_avoidability)}"
        )


def _spread_text(spread: int | None) -> str:
    return "–" if spread is None else str(spread)


@dataclass
class CasePresenter:
    report: object
    screenings: list
    reviews: list
    judgement: object | None

    @property
    def reference(self) -> str:
        return self.report.reference

    @property
    def death(self):
        return getattr(self.report, "death", None)

    @property
    def date_of_death(self):
        return self.death.date_of_death if self.death else None

    @property
    def first_screened_at(self):
        return min((s.screened_at for s in self.screenings), default=None)

    @property
    def days_to_screening(self) -> str:
        return days_text(days_between(self.date_of_death, self.first_screened_at))

    @property
    def days_to_final(self) -> str:
        return days_text(
            days_between(self.date_of_death, self.judgement.decided_at if self.judgement else None)
        )

    @property
    def screening_history(self) -> list[ScreeningPresenter]:
        return [ScreeningPresenter(s) for s in self.screenings]

    @property
    def review_list(self) -> list[ReviewPresenter]:
        return [ReviewPresenter(r) for r in self.reviews]

    @property
    def final(self) -> dict | None:
        j = self.judgement
        if j is None:
            return None
        return {
            "basis": j.get_basis_display(),
            "overall": score_text(j.overall_score),
            "avoidability": avoidability_text(j.avoidability),
            "problems_likely": j.problems_in_care_likely,
            "rationale": j.rationale,
            "by": person(j.decided_by),
            "at": j.decided_at,
            "returned_to_triage_at": j.returned_to_triage_at,
            "second_stage_by": person(j.second_stage_review.reviewer)
            if j.second_stage_review
            else None,
        }

    @property
    def url(self) -> str:
        return reverse("reviews:case", args=[self.reference])
