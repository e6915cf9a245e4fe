"""Safety actions: what an organisation will change, graded on the action hierarchy
(DESIGN.md: stronger, intermediate, weaker), with an owner, a due date and a measure of whether
it worked. An action may come from another organisation's learning (`adopted_from`): adopting
is how learning crosses a boundary and becomes change.
"""

from django.conf import settings
from django.db import models

from learnloop.core.models import ScopedModel
from learnloop.sharing.models import LearningChange


class SafetyActionQuerySet(models.QuerySet):
    def in_list_order(self):
        """Open actions first, soonest due first (no due date last); then the rest, latest
        finished first."""
        open_first = models.Case(models.When(status=SafetyAction.Status.OPEN, then=0), default=1)
        return self.annotate(open_first=open_first).order_by(
            "open_first",
            models.F("due_date").asc(nulls_last=True),
            models.F("completed_at").desc(nulls_last=True),
            "-created_at",
            "-id",
        )


class SafetyAction(ScopedModel):
    # The same grades as a published record's changes, so an adopted change keeps its grade.
    Strength = LearningChange.Strength

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        COMPLETED = "completed", "Completed"
        CANCELLED = "cancelled", "Cancelled"

    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="safety_actions"
    )
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    strength = models.CharField(max_length=12, choices=Strength.choices)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_safety_actions",
    )
    due_date = models.DateField(null=True, blank=True)
    measure = models.TextField("how we will know it worked", blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    completed_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Another organisation's learning this action adopts; kept if the record is deleted later
    # (the action stays the adopter's own).
    adopted_from = models.ForeignKey(
        "sharing.Learning",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="adoptions",
    )
    # The organisation's own report the action answers, when it has one.
    report = models.ForeignKey(
        "reports.Report",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="safety_actions",
    )

    objects = SafetyActionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["organisation", "status", "due_date"])]
        constraints = [
            # One adoption per organisation per record: the adoption count stays a count of
            # organisations.
            models.UniqueConstraint(
                fields=["organisation", "adopted_from"],
                condition=models.Q(adopted_from__isnull=False),
                name="one_adoption_per_organisation",
            ),
            models.CheckConstraint(
                condition=(models.Q(status="completed") & models.Q(completed_at__isnull=False))
                | (~models.Q(status="completed") & models.Q(completed_at__isnull=True)),
                name="safety_action_completed_at_when_completed",
            ),
        ]

    def __str__(self) -> str:
        # No title: it may name a ward or a person, and this string reaches logs.
        return f"Safety action {self.pk}"

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN
