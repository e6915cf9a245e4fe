"""How reports read: the candour clock, flags, and what a follower may see."""

from datetime import date, datetime

import pytest
from django.utils import timezone

from learnloop.reports.models import CandourRecord, Report, TriageDecision
from learnloop.reports.presenters import (
    CandourClock,
    FollowUpPresenter,
    ReportPresenter,
    working_days,
)


def report(**fields) -> Report:
    defaults = {
        "reference": "LL-TEST-0001",
        "kind": "incident",
        "physical_harm": "moderate",
        "psychological_harm": "none",
        "what_happened": "Synthetic",
        "status": "awaiting_triage",
        "reported_at": timezone.make_aware(datetime(2026, 11, 27, 10, 0)),
    }
    return Report(**{**defaults, **fields})


def test_the_clock_runs_ten_working_days_from_the_report():
    clock = CandourClock.for_report(report(), today=date(2026, 12, 9))

    assert clock.due == date(2026, 12, 11)
    assert clock.days_left == 2
    assert not clock.overdue
    assert clock.text == "Due 11 December 2026: 2 working days left."


def test_the_clock_is_overdue_after_the_due_date():
    clock = CandourClock.for_report(report(), today=date(2026, 12, 14))

    assert clock.overdue
    assert clock.text == "Overdue: due 11 December 2026, 1 working day ago."
    assert clock.tag_colour == "red"


def test_the_clock_stops_when_told_and_written_to():
    subject = report()
    subject.candour = CandourRecord(
        told_at=timezone.make_aware(datetime(2026, 11, 30, 9, 0)), letter_sent_on=date(2026, 12, 1)
    )

    clock = CandourClock.for_report(subject, today=date(2027, 1, 30))

    assert clock.done and not clock.overdue
    assert clock.text == "Told 30 November 2026 at 09:00; letter sent 1 December 2026."


def test_low_harm_is_not_notifiable():
    assert CandourClock.for_report(report(physical_harm="low")).status == "Not notifiable"
    assert CandourClock.for_report(
        report(physical_harm="low", psychological_harm="moderate")
    ).applies


def test_flags_for_a_never_event():
    presenter = ReportPresenter(report(never_event_code="1"), today=date(2026, 11, 30))

    assert ("Never Event", "red") in presenter.flags
    assert presenter.must_lead_to_psii_because == "It is a Never Event (wrong site surgery)."


def test_age_in_working_days():
    assert ReportPresenter(report(), today=date(2026, 12, 1)).age == "2 working days"
    assert working_days(1) == "1 working day"


def test_the_harm_in_a_table_cell():
    assert ReportPresenter(report(physical_harm="severe", psychological_harm="low")).harm == (
        "Severe (psychological: low)"
    )


def test_an_anonymous_reporter_is_not_named():
    assert ReportPresenter(report(reported_anonymously=True)).reporter == "Reported without a name"


@pytest.mark.parametrize(
    ("status", "response", "expected"),
    [
        ("awaiting_triage", None, "A patient safety lead will look at your report"),
        ("triaged", "psii", "It will have a patient safety incident investigation (PSII)."),
        ("closed", None, "Work on this report has finished."),
    ],
)
def test_what_a_follower_is_told(status, response, expected):
    subject = report(status=status, what_happened="Secret text")
    latest = (
        TriageDecision(response=response, reason="Named person", decided_at=timezone.now())
        if response
        else None
    )

    presenter = FollowUpPresenter(subject, latest)

    assert presenter.explanation.startswith(expected)
    shown = str(presenter.summary_rows())
    assert "Secret text" not in shown and "Named person" not in shown


def test_a_date_reads_the_uk_way():
    from learnloop.reports.presenters import uk_date

    assert uk_date(date(2026, 3, 7)) == "7 March 2026"
    assert uk_date(timezone.make_aware(datetime(2026, 3, 7, 23, 30))) == "7 March 2026"
