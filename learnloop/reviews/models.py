"""Mortality screening and Structured Judgement Review (Royal College of Physicians).

A death (a `Report` of kind death) is screened against the organisation's criteria; the
screening decides whether it gets a Structured Judgement Review (SJR). One or more reviewers
each write a first-stage review on their own; when they disagree a second-stage reviewer
settles the judgement. The `MortalityJudgement` is the final word: avoidability 1 to 3 sends
the death back to triage, where only a PSII may follow.

Every screening and review is kept with its dates, so the time from death to review is known.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from learnloop.core.models import BaseModel, ScopedModel


class CareScore(models.IntegerChoices):
    # RCP SJR phase-of-care scores.
    EXCELLENT = 5, "5 Excellent care"
    GOOD = 4, "4 Good care"
    ADEQUATE = 3, "3 Adequate care"
    POOR = 2, "2 Poor care"
    VERY_POOR = 1, "1 Very poor care"


# Stored for a phase of care that did not happen (no procedure, no end-of-life care).
NOT_APPLICABLE = 0


class Avoidability(models.IntegerChoices):
    # Hogan et al. 2015 (BMJ Quality & Safety). 1 to 3: more likely than not due to problems in care.
    DEFINITELY = 1, "1 Definitely avoidable"
    STRONG_EVIDENCE = 2, "2 Strong evidence of avoidability"
    PROBABLY = 3, "3 Probably avoidable (more than 50:50)"
    POSSIBLY = 4, "4 Possibly avoidable but not very likely (less than 50:50)"
    SLIGHT_EVIDENCE = 5, "5 Slight evidence of avoidability"
    NOT_AVOIDABLE = 6, "6 Definitely not avoidable"


# (field prefix, label, may be not applicable)
PHASES = [
    ("admission", "Admission and initial management", True),
    ("ongoing_care", "Ongoing care", True),
    ("procedure", "Care during a procedure", True),
    ("perioperative", "Perioperative care", True),
    ("end_of_life", "End-of-life care", True),
    ("overall", "Overall assessment of care", False),
]
PHASE_LABELS = {name: label for name, label, _ in PHASES}


class ProblemType(models.TextChoices):
    ASSESSMENT = "assessment", "Assessment, investigation or diagnosis"
    MEDICATION = "medication", "Medication or fluid management"
    TREATMENT_PLAN = "treatment_plan", "Treatment and management plan"
    INFECTION = "infection", "Infection control"
    PROCEDURE = "procedure", "Operation or invasive procedure"
    MONITORING = "monitoring", "Clinical monitoring"
    RESUSCITATION = "resuscitation", "Resuscitation"
    OTHER = "other", "Other"


class ScreeningCriterion(ScopedModel):
    """One organisation's criterion for reviewing a death; seeded from data/screening_criteria.csv."""

    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="screening_criteria"
    )
    code = models.SlugField(max_length=60)
    name = models.CharField(max_length=120)
    description = models.TextField(blank=True)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "code"], name="unique_criterion_code")
        ]

    def __str__(self) -> str:
        return self.name


class DeathScreening(ScopedModel):
    """A screening decision. Re-screening adds another; the latest is the current one."""

    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="death_screenings"
    )
    report = models.ForeignKey(
        "reports.Report", on_delete=models.CASCADE, related_name="death_screenings"
    )
    criteria_met = models.ManyToManyField(ScreeningCriterion, blank=True, related_name="+")
    sjr_needed = models.BooleanField("Structured Judgement Review needed")
    reason = models.TextField()
    screened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    screened_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-screened_at", "-id"]

    def __str__(self) -> str:
        return f"Screening of {self.report}"


def _score_field(label):
    return models.PositiveSmallIntegerField(label, null=True, blank=True)


class StructuredJudgementReview(ScopedModel):
    """A first-stage reviewer's own review of one death. Null scores: not yet answered;
    NOT_APPLICABLE (0): the phase did not happen."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Submitted"

    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="structured_judgement_reviews",
    )
    report = models.ForeignKey(
        "reports.Report", on_delete=models.CASCADE, related_name="structured_judgement_reviews"
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    admission_score = _score_field("Admission and initial management")
    admission_judgement = models.TextField(blank=True)
    ongoing_care_score = _score_field("Ongoing care")
    ongoing_care_judgement = models.TextField(blank=True)
    procedure_score = _score_field("Care during a procedure")
    procedure_judgement = models.TextField(blank=True)
    perioperative_score = _score_field("Perioperative care")
    perioperative_judgement = models.TextField(blank=True)
    end_of_life_score = _score_field("End-of-life care")
    end_of_life_judgement = models.TextField(blank=True)
    overall_score = _score_field("Overall assessment of care")
    overall_judgement = models.TextField(blank=True)
    avoidability = models.PositiveSmallIntegerField(
        choices=Avoidability.choices, null=True, blank=True
    )
    started_at = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(null=True, blank=True)
    # Where a review written in another system came from (the API).
    source_system = models.CharField(max_length=50, blank=True)

    class Meta:
        ordering = ["started_at", "id"]
        # A reviewer has at most one first-stage review of a case.
        constraints = [
            models.UniqueConstraint(fields=["report", "reviewer"], name="one_review_per_reviewer")
        ]

    def __str__(self) -> str:
        return f"SJR of {self.report} by {self.reviewer}"

    @property
    def is_submitted(self) -> bool:
        return self.status == self.Status.SUBMITTED

    def score(self, phase: str) -> int | None:
        return getattr(self, f"{phase}_score")

    def judgement(self, phase: str) -> str:
        return getattr(self, f"{phase}_judgement")


class ProblemInCare(BaseModel):
    review = models.ForeignKey(
        StructuredJudgementReview, on_delete=models.CASCADE, related_name="problems"
    )
    problem_type = models.CharField(max_length=20, choices=ProblemType.choices)
    note = models.CharField(max_length=500)

    class Meta:
        ordering = ["problem_type"]
        constraints = [
            models.UniqueConstraint(
                fields=["review", "problem_type"], name="one_problem_of_each_type"
            )
        ]

    def __str__(self) -> str:
        return self.get_problem_type_display()


class SecondStageReview(ScopedModel):
    """Settles a case whose first-stage reviewers disagreed; written by someone who was not one of them."""

    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="second_stage_reviews"
    )
    report = models.OneToOneField(
        "reports.Report", on_delete=models.CASCADE, related_name="second_stage_review"
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    overall_score = models.PositiveSmallIntegerField(choices=CareScore.choices)
    avoidability = models.PositiveSmallIntegerField(choices=Avoidability.choices)
    rationale = models.TextField()
    submitted_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Second-stage review of {self.report}"


class MortalityJudgement(ScopedModel):
    """The final judgement on a death: agreed by the first-stage reviewers or settled by the second stage."""

    class Basis(models.TextChoices):
        AGREED = "agreed", "Agreed by the first-stage reviewers"
        SECOND_STAGE = "second_stage", "Settled by a second-stage review"

    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="mortality_judgements"
    )
    report = models.OneToOneField(
        "reports.Report", on_delete=models.CASCADE, related_name="mortality_judgement"
    )
    basis = models.CharField(max_length=20, choices=Basis.choices)
    overall_score = models.PositiveSmallIntegerField(choices=CareScore.choices)
    avoidability = models.PositiveSmallIntegerField(choices=Avoidability.choices)
    rationale = models.TextField(blank=True)
    second_stage_review = models.OneToOneField(
        SecondStageReview, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(default=timezone.now)
    returned_to_triage_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Final judgement on {self.report}"

    @property
    def problems_in_care_likely(self) -> bool:
        return self.avoidability <= 3
