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

    # Added for the reporting and triage pages.

    def reported_by(self, user):
        """What a person reported under their own name (anonymous reports are nobody's)."""
        return self.filter(reporter=user, reported_anonymously=False)

    def for_lists(self):
        """What a list of reports needs, and never the patient details."""
        return self.select_related("department", "candour")

    def candour_outstanding(self):
        """Reports whose duty of candour applies and is not yet complete (told and written to)."""
        return self.filter(CANDOUR_APPLIES).exclude(CANDOUR_DONE)


# Duty of candour: moderate harm or worse, physical or psychological (as Report.is_notifiable).
NOTIFIABLE = models.Q(physical_harm__in=["moderate", "severe", "fatal"]) | models.Q(
    psychological_harm__in=["moderate", "severe"]
)
# A recorded death is not of itself a patient safety incident: its candour clock starts when
# the mortality review judges it more likely than not due to problems in care.
CANDOUR_APPLIES = NOTIFIABLE & (models.Q(kind="incident") | models.Q(problems_in_care_likely=True))
CANDOUR_DONE = models.Q(candour__told_at__isnull=False, candour__letter_sent_on__isnull=False)
