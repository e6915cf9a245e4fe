"""Reads of reports."""

from django.db import models
from django.db.models import Case, IntegerField, Value, When

HARM_ORDER = Case(
    When(physical_harm="fatal", then=Value(0)),
    When(physical_harm="severe", then=Value(1)),
    When(physical_harm="moderate", then=Value(2)),
    When(physical_harm="low", then=Value(3)),
    default=Value(4),
    output_field=IntegerField(),
)


class ReportQuerySet(models.QuerySet):
    def awaiting_triage(self):
        return self.filter(status="awaiting_triage")

    def triage_queue(self):
        """Oldest and most harmful first: harm, then age."""
        return self.awaiting_triage().annotate(harm_rank=HARM_ORDER).order_by("harm_rank", "reported_at")

    def deaths(self):
        return self.filter(kind="death")

    def incidents(self):
        return self.filter(kind="incident")
