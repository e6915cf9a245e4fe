"""Writes to reports: reporting an incident, recording a death, triage, duty of candour.

Atomic, keyword-only, `by` says who acted, and the audit log is written. An anonymous report
is audited without the reporter's name or address, or the audit trail would undo the anonymity.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from learnloop.core.audit import Auditor
from learnloop.core.models import AuditLog
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


def patient_details_for(*, report: Report, by: Auditor, via: str = "") -> PatientDetails | None:
    """Read a report's patient details, and audit that they were seen (`via`: how, e.g. which API key)."""
    details = PatientDetails.objects.filter(report=report).first()
    if details is not None:
        by.audit_view(details, organisation=report.organisation,
                      summary=f"Viewed patient details on {report.reference}" + (f" via {via}" if via else ""))
    return details


def report_for_follow_up(*, reference: str, code: str, by: Auditor) -> Report | None:
    """The report a reporter follows with its reference and secret code, or None when either is
    wrong (the caller must not say which). The view is audited without the reporter's identity:
    an anonymous reporter following their report must stay anonymous."""
    report = Report.objects.filter(reference=reference.strip().upper()).first()
    # Compare a digest even when there is no such report, so timing does not tell them apart.
    matches = (report or Report(follow_up_digest="0" * 64)).follow_up_code_matches(code)
    if report is None or not matches:
        return None
    _anonymous(by).audit_view(
        report, organisation=report.organisation, summary=f"Report {report.reference} followed up with its code"
    )
    return report


@dataclass(frozen=True)
class ImportBatchOutcome:
    created: int
    unchanged: int
    conflicts: int
    conflict_rows: list  # (row number, line, source reference) of rows not stored


def _import_differs(existing: Report, row) -> bool:
    """Whether a row says something other than the report it imported before."""
    for name, value in row.report.items():
        if getattr(existing, name) != value:
            return True
    if row.patient:
        patient = getattr(existing, "patient", None)
        if patient is None:
            return True
        return any(getattr(patient, name) != value for name, value in row.patient.items())
    return False


@transaction.atomic
def reports_import_batch(*, organisation, source_system: str, rows: list, file_name: str = "",
                         by: Auditor) -> ImportBatchOutcome:
    """Store one batch of checked import rows (`importing.ImportRow`) in one transaction, with
    one audit entry for the batch. A row whose (source system, reference) is already here is
    not written again: unchanged when it says the same, a conflict when it does not (reported,
    never overwritten: the other system's later edit must not silently replace local triage)."""
    references = [row.source_reference for row in rows]
    existing = {
        report.source_reference: report
        # The exclude lets the database use the partial unique index on source references.
        for report in Report.objects.filter(
            organisation=organisation, source_system=source_system, source_reference__in=references
        ).exclude(source_reference="").select_related("patient").order_by()
    }
    new_rows, unchanged, conflict_rows = [], 0, []
    seen_in_batch = {}
    for row in rows:
        earlier = existing.get(row.source_reference)
        if earlier is None and row.source_reference in seen_in_batch:
            # The same reference twice in one file: the first one wins, as it would across batches.
            first = seen_in_batch[row.source_reference]
            same = first.report == row.report and first.patient == row.patient
            unchanged += same
            if not same:
                conflict_rows.append((row.number, row.line, row.source_reference))
        elif earlier is None:
            seen_in_batch[row.source_reference] = row
            new_rows.append(row)
        elif _import_differs(earlier, row):
            conflict_rows.append((row.number, row.line, row.source_reference))
        else:
            unchanged += 1

    now = timezone.now()
    reports = [
        Report(
            organisation=organisation, reference=Report.new_reference(),
            # No reporter to give a follow-up code to: a random digest that no code matches.
            follow_up_digest=secrets.token_hex(32), kind=Report.Kind.INCIDENT,
            source_system=source_system, source_reference=row.source_reference,
            **{"reported_at": now, **row.report},  # when the other system does not say, now
        )
        for row in new_rows
    ]
    for _attempt in range(5):
        try:
            with transaction.atomic():
                Report.objects.bulk_create(reports)
            break
        except IntegrityError:
            # A clash of random report references (or another import of the same rows at the
            # same moment, which the next attempt's existing-check would not see): new references.
            for report in reports:
                report.reference = Report.new_reference()
                report.pk = None
    else:
        raise RuntimeError("Could not store the batch: its references clash; is another import of it running?")
    PatientDetails.objects.bulk_create(
        [PatientDetails(report=report, **row.patient) for report, row in zip(reports, new_rows, strict=True)
         if row.patient]
    )
    outcome = ImportBatchOutcome(len(reports), unchanged, len(conflict_rows), conflict_rows)
    if rows:
        by.record(
            AuditLog.Action.CREATE, None, organisation=organisation,
            summary=f"Imported reports from {source_system} ({file_name or 'no file name'}), rows "
                    f"{rows[0].number} to {rows[-1].number}: {outcome.created} created, "
                    f"{outcome.unchanged} unchanged, {outcome.conflicts} conflicts",
            changes={"source_system": source_system, "file": file_name, "first_row": rows[0].number,
                     "last_row": rows[-1].number, "created": outcome.created, "unchanged": outcome.unchanged,
                     "conflicts": outcome.conflicts,
                     "first_reference": reports[0].reference if reports else "",
                     "last_reference": reports[-1].reference if reports else ""},
        )
    return outcome
