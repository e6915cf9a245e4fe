"""Reports for tests, made through the service functions as the pages make them."""

from datetime import datetime, timedelta

from django.utils import timezone

from learnloop.core.audit import Auditor
from learnloop.reports import services


def incident_fields(**overrides) -> dict:
    fields = {
        "event_type": "incident",
        "occurred_at": timezone.now() - timedelta(hours=2),
        "what_happened": "A synthetic test event: a dose was given late.",
        "physical_harm": "low",
        "psychological_harm": "none",
    }
    return {**fields, **overrides}


def make_report(
    organisation, *, by=None, patient=None, anonymous=False, reported_at=None, **fields
):
    """An incident reported in `organisation`; `reported_at` back-dates it."""
    if reported_at is not None:
        fields["reported_at"] = reported_at
    new = services.report_incident(
        organisation=organisation,
        fields=incident_fields(**fields),
        patient=patient,
        anonymous=anonymous,
        by=by or Auditor.system(organisation),
    )
    return new.report


def make_death(organisation, *, by=None, patient=None, problems_in_care_likely=False, **death):
    new = services.record_death(
        organisation=organisation,
        fields={
            "occurred_at": timezone.make_aware(datetime(2026, 3, 1)),
            "what_happened": "Death at Ward 1.",
        },
        death={"date_of_death": datetime(2026, 3, 1).date(), "place_of_death": "Ward 1", **death},
        patient=patient,
        by=by or Auditor.system(organisation),
    )
    report = new.report
    if problems_in_care_likely:
        report = services.report_return_to_triage(
            report=report,
            reason="Final review: avoidability 3",
            problems_in_care_likely=True,
            by=by or Auditor.system(organisation),
        )
    return report
