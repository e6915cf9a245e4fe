"""Writes to reports: reporting an incident, recording a death, triage, duty of candour.

Atomic, keyword-only, `by` says who acted, and the audit log is written. An anonymous report
is audited without the reporter's name or address, or the audit trail would undo the anonymity.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from learnloop.core.audit import Auditor
from learnloop.reports.models import (
    CandourRecord,
    DeathRecord,
    PatientDetails,
    Report,
    TriageDecision,
)

REPORT_FIELDS = {
    "kind", "event_type", "occurred_at", "department", "location_code", "specialty_code",
    "service_type_code", "what_happened", "immediate_action", "people_involved", "physical_harm",
    "psychological_harm", "never_event_code", "reported_at", "source_system", "source_reference",
}
PATIENT_FIELDS = {"name", "nhs_number", "date_of_birth", "hospital_number"}
DEATH_FIELDS = {
    "date_of_death", "place_of_death", "cause_of_death", "medical_examiner_scrutiny", "scrutinised_on",
    "medical_examiner_concerns", "family_concerns", "learning_disability", "autism", "leder_referred_on",
    "coroner_referred_on", "pfd_received_on", "pfd_responded_on",
}


@dataclass(frozen=True)
class NewReport:
    report: Report
    follow_up_code: str  # shown to the reporter once; only its digest is stored


def _anonymous(by: Auditor) -> Auditor:
    return Auditor(organisation=by.organisation)


def _new_report(*, organisation, fields: dict, reporter, anonymous: bool) -> tuple[Report, str]:
    unknown = set(fields) - REPORT_FIELDS
    if unknown:
        raise TypeError(f"Unknown report fields: {sorted(unknown)}")
    code, digest = Report.new_follow_up_code()
    for _attempt in range(5):
        try:
            with transaction.atomic():
                report = Report.objects.create(
                    organisation=organisation, reference=Report.new_reference(), follow_up_digest=digest,
                    reporter=None if anonymous else reporter, reported_anonymously=anonymous, **fields,
                )
            return report, code
        except IntegrityError as error:
            # A clash of random references is rare; a clash of source references is the caller's.
            if "source" in str(error).lower():
                raise
    raise RuntimeError("Could not find a free report reference.")


def _patient(report: Report, patient: dict | None) -> None:
    if patient and any(patient.get(key) for key in PATIENT_FIELDS):
        unknown = set(patient) - PATIENT_FIELDS
        if unknown:
            raise TypeError(f"Unknown patient fields: {sorted(unknown)}")
        PatientDetails.objects.create(report=report, **{k: v for k, v in patient.items() if v not in (None,)})


@transaction.atomic
def report_incident(*, organisation, fields: dict, patient: dict | None = None, anonymous: bool = False,
                    by: Auditor) -> NewReport:
    """Record an incident (or an outcome, a risk, good care) as reported."""
    report, code = _new_report(organisation=organisation, fields={**fields, "kind": Report.Kind.INCIDENT},
                               reporter=by.actor, anonymous=anonymous)
    _patient(report, patient)
    (_anonymous(by) if anonymous else by).audit_create(
        report, organisation=organisation, summary=f"Reported {report.get_event_type_display().lower()} {report.reference}",
        changes={"physical_harm": report.physical_harm, "anonymous": anonymous},
    )
    return NewReport(report, code)


@transaction.atomic
def record_death(*, organisation, fields: dict, death: dict, patient: dict | None = None, by: Auditor) -> NewReport:
    """Record a death: a Report of kind death with its DeathRecord, triaged in the same queue."""
    unknown = set(death) - DEATH_FIELDS
    if unknown:
        raise TypeError(f"Unknown death fields: {sorted(unknown)}")
    fields = {"event_type": Report.EventType.OUTCOME, "physical_harm": Report.PhysicalHarm.FATAL, **fields,
              "kind": Report.Kind.DEATH}
    report, code = _new_report(organisation=organisation, fields=fields, reporter=by.actor, anonymous=False)
    DeathRecord.objects.create(report=report, recorded_by=by.actor, **death)
    _patient(report, patient)
    by.audit_create(report, organisation=organisation, summary=f"Recorded death {report.reference}")
    return NewReport(report, code)


@transaction.atomic
def death_update(*, report: Report, death: dict, by: Auditor) -> DeathRecord:
    record = report.death
    changes = {}
    for key, value in death.items():
        if key not in DEATH_FIELDS:
            raise TypeError(f"Unknown death field: {key}")
        if getattr(record, key) != value:
            changes[key] = {"from": str(getattr(record, key)), "to": str(value)}
            setattr(record, key, value)
    if changes:
        record.save()
        by.audit_update(report, organisation=report.organisation, summary=f"Updated death record {report.reference}",
                        changes=changes)
    return record


@transaction.atomic
def triage_decide(*, report: Report, response: str, reason: str, referred_to: str = "",
                  referral_detail: str = "", by: Auditor) -> TriageDecision:
    """Decide the PSIRF response. A Never Event, or a death judged more likely than not due to
    problems in care, must lead to a PSII."""
    if report.must_lead_to_psii and response != TriageDecision.Response.PSII:
        raise ValidationError(
            {"response": "This must lead to a patient safety incident investigation (PSII): "
                         + ("it is a Never Event." if report.is_never_event
                            else "the mortality review judged the death more likely than not due to problems in care.")}
        )
    if not reason.strip():
        raise ValidationError({"reason": "Give the reason for this decision"})
    if response == TriageDecision.Response.REFER_ELSEWHERE and not referred_to:
        raise ValidationError({"referred_to": "Say where the report is referred"})
    decision = TriageDecision.objects.create(
        report=report, response=response, reason=reason.strip(),
        referred_to=referred_to if response == TriageDecision.Response.REFER_ELSEWHERE else "",
        referral_detail=referral_detail.strip(), decided_by=by.actor, decided_at=timezone.now(),
    )
    previous = report.status
    report.status = Report.Status.TRIAGED
    report.save(update_fields=["status", "updated_at"])
    by.audit_create(decision, organisation=report.organisation,
                    summary=f"Triaged {report.reference}: {decision.get_response_display()}",
                    changes={"status": {"from": previous, "to": report.status}, "response": response})
    return decision


@transaction.atomic
def report_return_to_triage(*, report: Report, reason: str, problems_in_care_likely: bool = False,
                            by: Auditor) -> Report:
    """Send a report back to the triage queue, e.g. when the final mortality review judges the
    death more likely than not due to problems in care (then only a PSII may follow)."""
    report.status = Report.Status.AWAITING_TRIAGE
    report.problems_in_care_likely = report.problems_in_care_likely or problems_in_care_likely
    report.save(update_fields=["status", "problems_in_care_likely", "updated_at"])
    by.audit_update(report, organisation=report.organisation, summary=f"Returned {report.reference} to triage: {reason}",
                    changes={"status": report.status, "problems_in_care_likely": report.problems_in_care_likely})
    return report


@transaction.atomic
def candour_record(*, report: Report, told_at=None, told_by: str = "", told_whom: str = "",
                   letter_sent_on=None, notes: str = "", by: Auditor) -> CandourRecord:
    if not report.is_notifiable:
        raise ValidationError("Duty of candour applies to moderate harm or worse; this report is not notifiable.")
    if letter_sent_on and not told_at:
        raise ValidationError({"told_at": "Record when the patient or family was told before the letter"})
    if told_at and not told_by.strip():
        raise ValidationError({"told_by": "Say who told them"})
    record, created = CandourRecord.objects.get_or_create(report=report)
    before = {"told_at": str(record.told_at), "letter_sent_on": str(record.letter_sent_on)}
    record.told_at, record.told_by, record.told_whom = told_at, told_by.strip(), told_whom.strip()
    record.letter_sent_on, record.notes = letter_sent_on, notes
    record.save()
    by.audit_update(report, organisation=report.organisation, summary=f"Duty of candour recorded on {report.reference}",
                    changes={"from": before, "to": {"told_at": str(told_at), "letter_sent_on": str(letter_sent_on)}})
    return record


def patient_details_for(*, report: Report, by: Auditor) -> PatientDetails | None:
    """Read a report's patient details, and audit that they were seen."""
    details = PatientDetails.objects.filter(report=report).first()
    if details is not None:
        by.audit_view(details, organisation=report.organisation, summary=f"Viewed patient details on {report.reference}")
    return details
