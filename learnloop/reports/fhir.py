"""A report as a FHIR R4 AdverseEvent, in the shape the national LFPSE service takes.

It follows the public LFPSE profile as far as the shipped code lists show it: every LFPSE-coded
value is a Coding whose system is `LFPSE_CODE_SYSTEM_BASE + lfpse.system_id(list)` (for example
.../CodeSystem/level-of-physical-harm-5), carried in an extension named after the same list.
What the code lists do not show (the extension URLs, the event type, our own identifier) uses
the URLs below; when a trust is onboarded to LFPSE these constants are what to check against
its published StructureDefinitions (docs/adr/0010-bulk-import.md, "FHIR export").

The patient appears only when asked for (`include_patient`): as a contained Patient with the
NHS number identifier. Otherwise the subject is a reference by display only, with no identity.
"""

from __future__ import annotations

from learnloop.reports import lfpse, nhs_number
from learnloop.reports.importing import PHYSICAL_HARM_LFPSE, PSYCHOLOGICAL_HARM_LFPSE
from learnloop.reports.models import PatientDetails, Report

LFPSE_CODE_SYSTEM_BASE = "https://psims-uat.azure-api.net/taxonomy/fhir/CodeSystem/"
LFPSE_EXTENSION_BASE = "https://psims-uat.azure-api.net/taxonomy/fhir/StructureDefinition/"
LEARNLOOP_FHIR_BASE = "https://learnloop.example.nhs.uk/fhir/"
EVENT_TYPE_SYSTEM = LEARNLOOP_FHIR_BASE + "CodeSystem/event-type"
REPORT_REFERENCE_SYSTEM = LEARNLOOP_FHIR_BASE + "Id/report-reference"
NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number"
OUTCOME_SYSTEM = "http://terminology.hl7.org/CodeSystem/adverse-event-outcome"
CONTENT_TYPE = "application/fhir+json"

# Report field -> the LFPSE list its code comes from.
CODED_FIELDS = {
    "location_code": lfpse.INCIDENT_LOCATION,
    "specialty_code": lfpse.SPECIALTY,
    "service_type_code": lfpse.SERVICE_TYPE,
    "never_event_code": lfpse.NEVER_EVENT_TYPE,
}


def lfpse_coding(system: str, code: str) -> dict:
    return {
        "system": LFPSE_CODE_SYSTEM_BASE + lfpse.system_id(system),
        "code": code,
        "display": lfpse.display(system, code),
    }


def lfpse_extension(system: str, code: str) -> dict:
    return {
        "url": LFPSE_EXTENSION_BASE + lfpse.system_id(system),
        "valueCodeableConcept": {"coding": [lfpse_coding(system, code)]},
    }


def _patient(details: PatientDetails, report: Report) -> dict:
    patient: dict = {"resourceType": "Patient", "id": "patient"}
    if details.nhs_number:
        patient["identifier"] = [
            {"system": NHS_NUMBER_SYSTEM, "value": nhs_number.normalise(details.nhs_number)}
        ]
    if details.name:
        patient["name"] = [{"text": details.name}]
    if details.date_of_birth:
        patient["birthDate"] = details.date_of_birth.isoformat()
    death = getattr(report, "death", None) if report.kind == Report.Kind.DEATH else None
    if death is not None:
        patient["deceasedDateTime"] = death.date_of_death.isoformat()
    return patient


def adverse_event(report: Report, *, patient: PatientDetails | None = None) -> dict:
    """The AdverseEvent for `report`. Pass `patient` (read through services.patient_details_for,
    which audits the read) to include who the patient is; leave it out to send no identity."""
    extensions = [
        lfpse_extension(lfpse.PHYSICAL_HARM, PHYSICAL_HARM_LFPSE[report.physical_harm]),
        lfpse_extension(
            lfpse.PSYCHOLOGICAL_HARM, PSYCHOLOGICAL_HARM_LFPSE[report.psychological_harm]
        ),
    ]
    for field, system in CODED_FIELDS.items():
        code = getattr(report, field)
        if code and field != "never_event_code":
            extensions.append(lfpse_extension(system, code))

    event: dict = {"text": report.what_happened}
    if report.never_event_code:
        event["coding"] = [lfpse_coding(lfpse.NEVER_EVENT_TYPE, report.never_event_code)]

    resource: dict = {
        "resourceType": "AdverseEvent",
        "id": report.reference,
        "extension": extensions,
        "identifier": {"system": REPORT_REFERENCE_SYSTEM, "value": report.reference},
        # LFPSE records risks as things that could happen: FHIR's potential adverse event.
        "actuality": "potential" if report.event_type == Report.EventType.RISK else "actual",
        "category": [
            {
                "coding": [
                    {
                        "system": EVENT_TYPE_SYSTEM,
                        "code": report.event_type,
                        "display": report.get_event_type_display(),
                    }
                ]
            }
        ],
        "event": event,
        "date": report.occurred_at.isoformat(),
        "recordedDate": report.reported_at.isoformat(),
    }
    if report.kind == Report.Kind.DEATH or report.physical_harm == Report.PhysicalHarm.FATAL:
        resource["outcome"] = {
            "coding": [{"system": OUTCOME_SYSTEM, "code": "fatal", "display": "Fatal"}]
        }
    if patient is not None:
        resource["contained"] = [_patient(patient, report)]
        resource["subject"] = {"reference": "#patient"}
    else:
        # R4 requires a subject; without consent to send identity it names no one.
        resource["subject"] = {"display": "Patient not identified in this export"}
    return resource
