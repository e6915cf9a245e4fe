"""The reports part of the API: report an incident, list and read reports, triage them, and
export one as a FHIR AdverseEvent. Every endpoint needs the organisation's API key and sees only
that organisation's reports: another organisation's reference is 404, as if it did not exist.

Reports are checked by the same rules as the web form and the bulk import
(`importing.check_row`). Patient details are identifiable: never in the list, and in a single
report only when asked for with `?include=patient`, which writes a view to the audit log naming
the API key.
"""

import dataclasses
import json
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Literal

from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema, Status
from ninja.pagination import PageNumberPagination, paginate

from learnloop.core.audit import Auditor
from learnloop.organisations.api import ErrorOut
from learnloop.organisations.api_auth import api_key_auth
from learnloop.reports import fhir, importing, lfpse, services
from learnloop.reports.models import Report, TriageDecision

router = Router(tags=["Reports"], auth=api_key_auth)

Kind = StrEnum("Kind", {kind.name: kind.value for kind in Report.Kind})
EventType = StrEnum("EventType", {kind.name: kind.value for kind in Report.EventType})
PhysicalHarm = StrEnum("PhysicalHarm", {kind.name: kind.value for kind in Report.PhysicalHarm})
PsychologicalHarm = StrEnum(
    "PsychologicalHarm", {kind.name: kind.value for kind in Report.PsychologicalHarm}
)
ReportStatus = StrEnum("ReportStatus", {kind.name: kind.value for kind in Report.Status})
TriageResponse = StrEnum(
    "TriageResponse", {kind.name: kind.value for kind in TriageDecision.Response}
)
Referral = StrEnum("Referral", {kind.name: kind.value for kind in TriageDecision.Referral})

PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
PATIENT_FIELD_NAMES = {
    "patient_name": "name",
    "nhs_number": "nhs_number",
    "date_of_birth": "date_of_birth",
    "hospital_number": "hospital_number",
}


# Schemas


def _coded(system: str, code: str) -> dict | None:
    return {"code": code, "display": lfpse.display(system, code)} if code else None


class FieldError(Schema):
    loc: list[str | int] = Field(
        description="Where the problem is, e.g. ['body', 'payload', 'patient', 'nhs_number']."
    )
    msg: str = Field(description="What is wrong, in words to show a person.")
    type: str = Field(description="The kind of problem.")


class ValidationErrorOut(Schema):
    detail: list[FieldError] = Field(description="Every problem found, one per field.")


class PatientIn(Schema):
    name: str = Field("", max_length=200, description="The patient's name.")
    nhs_number: str = Field(
        "", description="Ten digits, spaces allowed; the check digit is checked."
    )
    date_of_birth: date | None = Field(None, description="Not in the future.")
    hospital_number: str = Field(
        "", max_length=30, description="The trust's own number for the patient."
    )


class ReportIn(Schema):
    event_type: EventType = Field(description="The LFPSE event type.")
    occurred_at: datetime = Field(
        description="When it happened; not in the future. Without an offset, UK time."
    )
    department_id: int | None = Field(
        None, description="One of the organisation's departments (GET /api/departments)."
    )
    location_code: str = Field("", description="LFPSE Incident Location code, e.g. '4' (Hospital).")
    specialty_code: str = Field("", description="LFPSE Specialty code.")
    service_type_code: str = Field("", description="LFPSE Service Type code.")
    what_happened: str = Field(description="What happened, in the reporter's words.")
    immediate_action: str = Field("", description="What was done at once.")
    people_involved: str = Field("", description="Who was involved (roles rather than names).")
    physical_harm: PhysicalHarm = Field(description="Level of physical harm.")
    psychological_harm: PsychologicalHarm = Field(
        PsychologicalHarm.NONE, description="Level of psychological harm."
    )
    never_event_code: str = Field(
        "", description="LFPSE Never Event Type code, if it is a Never Event."
    )
    patient: PatientIn | None = Field(
        None, description="Who the patient is, if known. Identifiable."
    )


class NewReportOut(Schema):
    reference: str = Field(description="The report's reference, e.g. LL-ABCD-EFGH.")
    follow_up_code: str = Field(
        description="The reporter's secret code to follow the report. Returned only now: it is not stored."
    )
    status: ReportStatus = Field(description="Where the report is: a new one awaits triage.")


class ReportSummaryOut(Schema):
    reference: str = Field(description="The report's reference.")
    kind: Kind = Field(description="An incident or a death.")
    event_type: EventType = Field(description="The LFPSE event type.")
    status: ReportStatus = Field(description="Awaiting triage, triaged or closed.")
    occurred_at: datetime = Field(description="When it happened.")
    reported_at: datetime = Field(description="When it was reported.")
    physical_harm: PhysicalHarm = Field(description="Level of physical harm.")
    psychological_harm: PsychologicalHarm = Field(description="Level of psychological harm.")
    department: str | None = Field(description="The department's name, if one was given.")
    is_notifiable: bool = Field(description="Duty of candour applies: moderate harm or worse.")
    is_never_event: bool = Field(description="Whether it is a Never Event.")

    @staticmethod
    def resolve_department(report: Report) -> str | None:
        return report.department.name if report.department_id else None


class CodedOut(Schema):
    code: str = Field(description="The LFPSE code.")
    display: str = Field(description="Its display text in the LFPSE list.")


class PatientOut(Schema):
    name: str = Field(description="The patient's name; empty when not recorded.")
    nhs_number: str = Field(description="The NHS number, ten digits; empty when not recorded.")
    date_of_birth: date | None = Field(description="Date of birth.")
    hospital_number: str = Field(description="The trust's own number for the patient.")


class ReportOut(ReportSummaryOut):
    location: CodedOut | None = Field(description="LFPSE Incident Location.")
    specialty: CodedOut | None = Field(description="LFPSE Specialty.")
    service_type: CodedOut | None = Field(description="LFPSE Service Type.")
    never_event: CodedOut | None = Field(
        description="LFPSE Never Event Type, if it is a Never Event."
    )
    what_happened: str = Field(description="What happened.")
    immediate_action: str = Field(description="What was done at once.")
    people_involved: str = Field(description="Who was involved.")
    must_lead_to_psii: bool = Field(
        description="Triage must choose a PSII (a Never Event, or a death judged "
        "more likely than not due to problems in care)."
    )
    source_system: str = Field(description="For an imported report, the system it came from.")
    source_reference: str = Field(description="For an imported report, that system's reference.")
    patient: PatientOut | None = Field(
        None,
        description="Only with ?include=patient, and null when none were recorded. Each read is audited.",
    )

    @staticmethod
    def resolve_location(report: Report) -> dict | None:
        return _coded(lfpse.INCIDENT_LOCATION, report.location_code)

    @staticmethod
    def resolve_specialty(report: Report) -> dict | None:
        return _coded(lfpse.SPECIALTY, report.specialty_code)

    @staticmethod
    def resolve_service_type(report: Report) -> dict | None:
        return _coded(lfpse.SERVICE_TYPE, report.service_type_code)

    @staticmethod
    def resolve_never_event(report: Report) -> dict | None:
        return _coded(lfpse.NEVER_EVENT_TYPE, report.never_event_code)

    @staticmethod
    def resolve_patient(report: Report) -> None:
        return None  # set by the view, only when asked for


class TriageIn(Schema):
    response: TriageResponse = Field(description="The PSIRF response.")
    reason: str = Field(description="Why this response.")
    referred_to: Referral | None = Field(
        None, description="Where it is referred; needed when the response is 'refer'."
    )
    referral_detail: str = Field(
        "", max_length=200, description="More about the referral, e.g. which provider."
    )


class TriageOut(Schema):
    response: TriageResponse = Field(description="The PSIRF response.")
    response_label: str = Field(description="The response, in words.")
    reason: str = Field(description="Why.")
    referred_to: str = Field(
        description="Where it was referred; empty unless the response is 'refer'."
    )
    referral_detail: str = Field(description="More about the referral.")
    decided_at: datetime = Field(description="When it was decided.")
    decided_by: str | None = Field(description="Who decided; null when decided through the API.")

    @staticmethod
    def resolve_response_label(decision: TriageDecision) -> str:
        return decision.get_response_display()

    @staticmethod
    def resolve_decided_by(decision: TriageDecision) -> str | None:
        return decision.decided_by.full_name if decision.decided_by_id else None


class ReportPagination(PageNumberPagination):
    class Input(Schema):
        page: int = Field(1, ge=1, description="Which page, counting from 1.")
        page_size: int | None = Field(
            None,
            ge=1,
            description=f"Reports per page: {PAGE_SIZE} unless asked, at most {MAX_PAGE_SIZE}.",
        )

    class Output(Schema):
        items: list[Any] = Field(description="This page of reports, newest first.")
        count: int = Field(description="How many reports match, across every page.")


class ReportFilter(Schema):
    status: ReportStatus | None = Field(None, description="Only reports with this status.")
    kind: Kind | None = Field(None, description="Only incidents, or only deaths.")


class Include(Schema):
    include: Literal["patient"] | None = Field(
        None, description="'patient' to include patient details (audited)."
    )


# Helpers


def _auditor(request) -> Auditor:
    # The key acts, not whoever may be signed in to the browser that sent the request.
    return dataclasses.replace(Auditor.from_request(request), actor=None)


def _key_label(request) -> str:
    return f"API key '{request.auth.name}' ({request.auth.key_prefix}...)"


def _unprocessable(problems: list[tuple[list, str]]):
    return Status(
        422, {"detail": [{"loc": loc, "msg": msg, "type": "value_error"} for loc, msg in problems]}
    )


def _report(request, reference: str) -> Report:
    return get_object_or_404(
        request.organisation.reports.select_related("department"), reference=reference
    )


def _patient_for(request, report: Report):
    return services.patient_details_for(
        report=report, by=_auditor(request), via=_key_label(request)
    )


# Endpoints


@router.post(
    "/reports",
    response={201: NewReportOut, 401: ErrorOut, 422: ValidationErrorOut},
    summary="Report an incident",
)
def report_create(request, payload: ReportIn):
    """Report an incident (or an outcome, a risk, good care) for the key's organisation. It is
    checked as the web form checks it; each problem comes back as a 422 naming its field. The
    follow-up code is in this response only."""
    values = {
        name: str(getattr(payload, name) or "")
        for name in (
            "event_type",
            "what_happened",
            "immediate_action",
            "people_involved",
            "physical_harm",
            "psychological_harm",
            "location_code",
            "specialty_code",
            "service_type_code",
            "never_event_code",
        )
    }
    values["occurred_at"] = payload.occurred_at.isoformat()
    if payload.patient:
        values.update(
            patient_name=payload.patient.name,
            nhs_number=payload.patient.nhs_number,
            hospital_number=payload.patient.hospital_number,
            date_of_birth=payload.patient.date_of_birth.isoformat()
            if payload.patient.date_of_birth
            else "",
        )
    checked, problems = importing.check_row(
        values, importing.ColumnMapping(), departments={}, require_reference=False
    )
    located = [
        (
            ["body", "payload", "patient", PATIENT_FIELD_NAMES[name]]
            if name in PATIENT_FIELD_NAMES
            else ["body", "payload", name],
            message,
        )
        for name, message in problems
    ]
    department = None
    if payload.department_id is not None:
        department = request.organisation.departments.filter(pk=payload.department_id).first()
        if department is None:
            located.append(
                (["body", "payload", "department_id"], "No such department in this organisation")
            )
    if located:
        return _unprocessable(located)
    fields = {**checked.report, "department": department}
    new = services.report_incident(
        organisation=request.organisation,
        fields=fields,
        patient=checked.patient or None,
        by=_auditor(request),
    )
    return Status(
        201,
        {
            "reference": new.report.reference,
            "follow_up_code": new.follow_up_code,
            "status": new.report.status,
        },
    )


@router.get(
    "/reports",
    response={200: list[ReportSummaryOut], 401: ErrorOut},
    summary="The organisation's reports",
)
@paginate(ReportPagination, page_size=PAGE_SIZE, max_page_size=MAX_PAGE_SIZE)
def report_list(request, filters: Query[ReportFilter]):
    """Incidents and deaths, newest first, without patient details or free text."""
    reports = request.organisation.reports.select_related("department").order_by(
        "-reported_at", "-pk"
    )
    if filters.status:
        reports = reports.filter(status=filters.status)
    if filters.kind:
        reports = reports.filter(kind=filters.kind)
    return reports


@router.get(
    "/reports/{reference}",
    response={200: ReportOut, 401: ErrorOut, 404: ErrorOut},
    summary="One report",
)
def report_detail(request, reference: str, options: Query[Include]):
    """A report with what happened. Patient details only with `?include=patient`: that read is
    written to the audit log, naming the API key."""
    report = _report(request, reference)
    out = ReportOut.from_orm(report)
    if options.include == "patient":
        details = _patient_for(request, report)
        out.patient = PatientOut.from_orm(details) if details is not None else None
    return out


@router.post(
    "/reports/{reference}/triage",
    response={201: TriageOut, 401: ErrorOut, 404: ErrorOut, 422: ValidationErrorOut},
    summary="Decide the PSIRF response",
)
def triage_create(request, reference: str, payload: TriageIn):
    """Record the triage decision. A Never Event, or a death judged more likely than not due to
    problems in care, must lead to a PSII: any other response is refused with 422."""
    report = _report(request, reference)
    try:
        decision = services.triage_decide(
            report=report,
            response=payload.response.value,
            reason=payload.reason,
            referred_to=payload.referred_to.value if payload.referred_to else "",
            referral_detail=payload.referral_detail,
            by=_auditor(request),
        )
    except ValidationError as error:
        messages = (
            error.message_dict if hasattr(error, "error_dict") else {"__all__": error.messages}
        )
        return _unprocessable(
            [
                (["body", "payload"] + ([] if name == "__all__" else [name]), message)
                for name, field_messages in messages.items()
                for message in field_messages
            ]
        )
    return Status(201, decision)


@router.get(
    "/reports/{reference}/triage",
    response={200: list[TriageOut], 401: ErrorOut, 404: ErrorOut},
    summary="The report's triage decisions",
)
def triage_history(request, reference: str):
    """Every triage decision on the report, latest first; the first is the current one."""
    return _report(request, reference).triage_decisions.select_related("decided_by")


@router.get(
    "/reports/{reference}/fhir",
    response={200: dict, 401: ErrorOut, 404: ErrorOut},
    summary="The report as a FHIR R4 AdverseEvent",
    openapi_extra={
        # An int key, as ninja's own: "200" would make a second, duplicate key in the JSON.
        "responses": {
            200: {
                "description": "A FHIR R4 AdverseEvent in the shape the LFPSE service takes.",
                "content": {fhir.CONTENT_TYPE: {"schema": {"type": "object"}}},
            }
        }
    },
)
def report_fhir(request, reference: str, options: Query[Include]):
    """The report as a FHIR R4 AdverseEvent (`application/fhir+json`), coded with the LFPSE code
    lists. With `?include=patient`, a contained Patient with the NHS number (the read is audited)."""
    report = _report(request, reference)
    details = _patient_for(request, report) if options.include == "patient" else None
    resource = fhir.adverse_event(report, patient=details)
    return HttpResponse(json.dumps(resource), content_type=fhir.CONTENT_TYPE)
