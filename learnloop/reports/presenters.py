"""How reports, deaths, triage decisions and the duty of candour clock read on the page.

Nothing here loads patient details: `PatientPresenter` formats details that the view has read
through `services.patient_details_for`, which audits the read.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone

from learnloop.reports import candour, lfpse, nhs_number
from learnloop.reports.models import DeathRecord, PatientDetails, Report, TriageDecision


def uk_date(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value).date()
    return f"{value.day} {value:%B %Y}"


def uk_date_time(value) -> str:
    if value is None:
        return ""
    local = timezone.localtime(value)
    return f"{uk_date(local)} at {local:%H:%M}"


def working_days(count: int) -> str:
    return f"{count} working day{'' if count == 1 else 's'}"


def _row(key: str, value: str) -> dict:
    return {"key": {"text": key}, "value": {"text": value or "Not given"}}


@dataclass(frozen=True)
class CandourClock:
    """The duty of candour clock: 10 working days from when the incident was reported."""

    applies: bool
    due: datetime.date | None = None
    told_at: datetime.datetime | None = None
    letter_sent_on: datetime.date | None = None
    today: datetime.date | None = None

    @classmethod
    def for_report(cls, report: Report, *, today: datetime.date | None = None) -> CandourClock:
        applies = report.is_notifiable and (
            report.kind == Report.Kind.INCIDENT or report.problems_in_care_likely
        )
        if not applies:
            return cls(applies=False)
        record = report.candour if hasattr(report, "candour") else None
        return cls(
            applies=True,
            due=candour.candour_due(timezone.localtime(report.reported_at).date()),
            told_at=record.told_at if record else None,
            letter_sent_on=record.letter_sent_on if record else None,
            today=today or timezone.localdate(),
        )

    @property
    def done(self) -> bool:
        return bool(self.told_at and self.letter_sent_on)

    @property
    def days_left(self) -> int | None:
        """Working days from today to the due date; negative once it has passed."""
        return candour.working_days_between(self.today, self.due) if self.applies else None

    @property
    def overdue(self) -> bool:
        return self.applies and not self.done and self.today > self.due

    @property
    def status(self) -> str:
        if not self.applies:
            return "Not notifiable"
        if self.done:
            return "Done"
        return "Overdue" if self.overdue else "Due"

    @property
    def text(self) -> str:
        if not self.applies:
            return "Duty of candour does not apply: the harm is less than moderate."
        if self.done:
            return f"Told {uk_date_time(self.told_at)}; letter sent {uk_date(self.letter_sent_on)}."
        if self.overdue:
            late = -self.days_left
            return f"Overdue: due {uk_date(self.due)}, {working_days(late)} ago."
        return f"Due {uk_date(self.due)}: {working_days(self.days_left)} left."

    @property
    def tag_colour(self) -> str:
        return {"Done": "green", "Overdue": "red", "Due": "yellow"}.get(self.status, "grey")


class _ReportStatus:
    """The report's status in words and as a tag colour; for presenters holding `self.report`."""

    report: Report

    @property
    def status(self) -> str:
        return self.report.get_status_display()

    @property
    def status_colour(self) -> str:
        return {"awaiting_triage": "blue", "triaged": "green", "closed": "grey"}[self.report.status]


class ReportPresenter(_ReportStatus):
    """A report without its patient details: for the report page, the queue and lists."""

    def __init__(self, report: Report, *, today: datetime.date | None = None):
        self.report = report
        self.today = today or timezone.localdate()

    @property
    def reference(self) -> str:
        return self.report.reference

    @property
    def url(self) -> str:
        return reverse("reports:detail", args=[self.report.reference])

    @property
    def triage_url(self) -> str:
        return reverse("reports:triage_decide", args=[self.report.reference])

    @property
    def candour_url(self) -> str:
        return reverse("reports:candour", args=[self.report.reference])

    @property
    def kind(self) -> str:
        return self.report.get_kind_display()

    @property
    def is_death(self) -> bool:
        return self.report.kind == Report.Kind.DEATH

    @property
    def event_type(self) -> str:
        return self.report.get_event_type_display()

    @property
    def what(self) -> str:
        """Short, for a table cell: a death, or the event type of an incident."""
        return self.kind if self.is_death else self.event_type

    @property
    def physical_harm(self) -> str:
        return self.report.get_physical_harm_display()

    @property
    def psychological_harm(self) -> str:
        return self.report.get_psychological_harm_display()

    @property
    def harm(self) -> str:
        """Short, for a table cell: 'Moderate', with psychological harm when there was some."""
        text = self.report.get_physical_harm_display().replace(" physical harm", "")
        if self.report.psychological_harm != Report.PsychologicalHarm.NONE:
            text += f" (psychological: {self.report.psychological_harm})"
        return text

    @property
    def department(self) -> str:
        return self.report.department.name if self.report.department else "Not given"

    @property
    def occurred(self) -> str:
        return (
            uk_date(self.report.occurred_at)
            if self.is_death
            else uk_date_time(self.report.occurred_at)
        )

    @property
    def reported(self) -> str:
        return uk_date(self.report.reported_at)

    @property
    def age(self) -> str:
        reported_on = timezone.localtime(self.report.reported_at).date()
        return working_days(max(candour.working_days_between(reported_on, self.today), 0))

    @property
    def never_event(self) -> str:
        return lfpse.display(lfpse.NEVER_EVENT_TYPE, self.report.never_event_code)

    @property
    def must_lead_to_psii_because(self) -> str:
        if self.report.is_never_event:
            return f"It is a Never Event ({self.never_event.lower()})."
        if self.report.problems_in_care_likely:
            return "The mortality review judged the death more likely than not due to problems in care."
        return ""

    @property
    def candour(self) -> CandourClock:
        return CandourClock.for_report(self.report, today=self.today)

    @property
    def flags(self) -> list[tuple[str, str]]:
        """(text, tag colour) for what a safety lead must not miss."""
        flags = []
        if self.report.is_never_event:
            flags.append(("Never Event", "red"))
        if self.report.problems_in_care_likely:
            flags.append(("Problems in care likely: PSII", "red"))
        clock = self.candour
        if clock.applies and not clock.done:
            if clock.overdue:
                flags.append((f"Candour overdue since {uk_date(clock.due)}", "red"))
            else:
                flags.append((f"Candour due {uk_date(clock.due)}", "yellow"))
        return flags

    @property
    def reporter(self) -> str:
        if self.report.reported_anonymously:
            return "Reported without a name"
        user = self.report.reporter
        return (user.full_name or user.email) if user else "Not known"

    def summary_rows(self) -> list[dict]:
        report = self.report
        rows = [
            _row("Reference", report.reference),
            _row("Kind", self.kind),
            _row("Status", self.status),
            _row("What it is", self.event_type),
            _row("Date of death" if self.is_death else "When it happened", self.occurred),
            _row("Reported", f"{self.reported} ({self.age} ago)"),
            _row("Reported by", self.reporter),
            _row("Department or ward", self.department),
            _row("Where it happened", lfpse.display(lfpse.INCIDENT_LOCATION, report.location_code)),
            _row("Specialty", lfpse.display(lfpse.SPECIALTY, report.specialty_code)),
            _row("Service type", lfpse.display(lfpse.SERVICE_TYPE, report.service_type_code)),
            _row("What happened", report.what_happened),
            _row("What was done at once", report.immediate_action),
            _row("Physical harm", self.physical_harm),
            _row("Psychological harm", self.psychological_harm),
            _row("Never Event", self.never_event or "No"),
            _row("People involved", report.people_involved),
        ]
        if report.source_system:
            rows.append(
                _row(
                    "Imported from", f"{report.source_system}, reference {report.source_reference}"
                )
            )
        return rows


class DeathPresenter:
    def __init__(self, death: DeathRecord, *, today: datetime.date | None = None):
        self.death = death
        self.today = today or timezone.localdate()

    @property
    def pfd_response_due(self) -> str:
        due = self.death.pfd_response_due
        if due is None:
            return ""
        if self.death.pfd_responded_on:
            return f"{uk_date(due)} (responded {uk_date(self.death.pfd_responded_on)})"
        days = (due - self.today).days
        when = f"{days} days left" if days >= 0 else f"overdue by {-days} days"
        return f"{uk_date(due)} ({when})"

    @property
    def pfd_overdue(self) -> bool:
        due = self.death.pfd_response_due
        return bool(due and not self.death.pfd_responded_on and self.today > due)

    def summary_rows(self) -> list[dict]:
        death = self.death
        conditions = [
            label
            for flag, label in (
                (death.learning_disability, "Learning disability"),
                (death.autism, "Autism"),
            )
            if flag
        ]
        rows = [
            _row("Date of death", uk_date(death.date_of_death)),
            _row("Place of death", death.place_of_death),
            _row("Cause of death as certified", death.cause_of_death),
            _row("Medical examiner's scrutiny", death.medical_examiner_scrutiny),
            _row("Date of scrutiny", uk_date(death.scrutinised_on)),
            _row(
                "Concerns raised by the medical examiner",
                death.medical_examiner_concerns or "None recorded",
            ),
            _row("Concerns raised by the family", death.family_concerns or "None recorded"),
            _row("Learning disability or autism", ", ".join(conditions) or "No"),
            _row("Referred to LeDeR", uk_date(death.leder_referred_on) or "No"),
            _row("Referred to the coroner", uk_date(death.coroner_referred_on) or "No"),
            _row(
                "Prevention of Future Deaths report received",
                uk_date(death.pfd_received_on) or "No",
            ),
        ]
        if death.pfd_received_on:
            rows.append(
                _row(
                    "Response to the Prevention of Future Deaths report due", self.pfd_response_due
                )
            )
        return rows


class TriageDecisionPresenter:
    def __init__(self, decision: TriageDecision):
        self.decision = decision

    @property
    def response(self) -> str:
        decision = self.decision
        text = decision.get_response_display()
        if decision.referred_to:
            text += f": {decision.get_referred_to_display()}"
            if decision.referral_detail:
                text += f" ({decision.referral_detail})"
        return text

    @property
    def reason(self) -> str:
        return self.decision.reason

    @property
    def decided(self) -> str:
        user = self.decision.decided_by
        who = (user.full_name or user.email) if user else "someone no longer known"
        return f"{uk_date_time(self.decision.decided_at)} by {who}"


class PatientPresenter:
    def __init__(self, details: PatientDetails):
        self.details = details

    def summary_rows(self) -> list[dict]:
        details = self.details
        return [
            _row("Name", details.name),
            _row(
                "NHS number", nhs_number.formatted(details.nhs_number) if details.nhs_number else ""
            ),
            _row("Date of birth", uk_date(details.date_of_birth)),
            _row("Hospital number", details.hospital_number),
        ]


# What a reporter following their report is told, in words, about the response chosen.
RESPONSE_IN_WORDS = {
    TriageDecision.Response.NO_FURTHER_RESPONSE: "No further response is needed. Thank you for reporting it.",
    TriageDecision.Response.SWARM: "The team will hold a short huddle (a SWARM) to learn from it.",
    TriageDecision.Response.AFTER_ACTION_REVIEW: "It will have an after action review.",
    TriageDecision.Response.MDT_REVIEW: "A multidisciplinary team will review it.",
    TriageDecision.Response.PSII: "It will have a patient safety incident investigation (PSII).",
    TriageDecision.Response.THEMATIC_REVIEW: "It will be looked at together with similar reports, in a thematic review.",
    TriageDecision.Response.REFER_ELSEWHERE: "It has been referred to another organisation to respond.",
}


class FollowUpPresenter(_ReportStatus):
    """What a reporter with the reference and code may see: the progress, nothing identifiable
    (no patient, no reporter, no reasons, which may name people)."""

    def __init__(self, report: Report, latest: TriageDecision | None):
        self.report = report
        self.latest = latest

    @property
    def reference(self) -> str:
        return self.report.reference

    @property
    def explanation(self) -> str:
        status = self.report.status
        if status == Report.Status.AWAITING_TRIAGE:
            return "A patient safety lead will look at your report and decide how to learn from it."
        if status == Report.Status.CLOSED:
            return "Work on this report has finished."
        if self.latest is None:
            return "A patient safety lead has looked at your report."
        return RESPONSE_IN_WORDS[self.latest.response]

    def summary_rows(self) -> list[dict]:
        rows = [
            _row("Reference", self.report.reference),
            _row("What it is", self.report.get_event_type_display()),
            _row("Reported", uk_date(self.report.reported_at)),
            _row("Status", self.status),
        ]
        if self.latest is not None:
            rows.append(_row("Decided", uk_date(self.latest.decided_at)))
        return rows
