"""The FHIR R4 AdverseEvent export, validated with the fhir.resources library (its R4B
AdverseEvent is R4's): incidents, deaths and risks, with and without the patient."""

from datetime import date, timedelta

import pytest
from django.utils import timezone
from fhir.resources.R4B.adverseevent import AdverseEvent

from learnloop.core.audit import Auditor
from learnloop.reports import fhir, services
from learnloop.reports.models import PatientDetails

NHS_NUMBER = "9434765919"
PATIENT = {
    "name": "Ann Example",
    "nhs_number": NHS_NUMBER,
    "date_of_birth": date(1950, 1, 31),
    "hospital_number": "H123",
}


def incident(trust, **fields):
    values = {
        "event_type": "incident",
        "occurred_at": timezone.now() - timedelta(days=2),
        "what_happened": "A patient was given the wrong dose.",
        "physical_harm": "moderate",
        "psychological_harm": "low",
        "location_code": "4",
        "specialty_code": "",
        "service_type_code": "1",
        **fields,
    }
    return services.report_incident(
        organisation=trust, fields=values, patient=PATIENT, by=Auditor.system(trust)
    ).report


def death(trust):
    return services.record_death(
        organisation=trust,
        fields={
            "occurred_at": timezone.now() - timedelta(days=3),
            "what_happened": "Died on the ward after a fall.",
        },
        death={"date_of_death": date.today() - timedelta(days=3), "place_of_death": "Ward 4"},
        patient=PATIENT,
        by=Auditor.system(trust),
    ).report


def patient_of(report):
    return PatientDetails.objects.get(report=report)


def codings(resource, system_id):
    url = fhir.LFPSE_EXTENSION_BASE + system_id
    return [
        ext["valueCodeableConcept"]["coding"][0]
        for ext in resource["extension"]
        if ext["url"] == url
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("with_patient", [False, True])
@pytest.mark.parametrize("kind", ["incident", "death", "risk", "never event", "good care"])
def test_every_kind_of_report_is_a_valid_adverse_event(trust, kind, with_patient):
    report = {
        "incident": lambda: incident(trust),
        "death": lambda: death(trust),
        "risk": lambda: incident(
            trust, event_type="risk", physical_harm="none", psychological_harm="none"
        ),
        "never event": lambda: incident(trust, never_event_code="1", physical_harm="severe"),
        "good care": lambda: incident(trust, event_type="good_care", physical_harm="none"),
    }[kind]()

    resource = fhir.adverse_event(report, patient=patient_of(report) if with_patient else None)

    validated = AdverseEvent.model_validate(resource)
    assert validated.id == report.reference
    assert ("contained" in resource) is with_patient


@pytest.mark.django_db
def test_an_incident_is_actual_and_coded_with_the_lfpse_lists(trust):
    report = incident(trust)

    resource = fhir.adverse_event(report)

    assert resource["actuality"] == "actual"
    assert resource["event"]["text"] == "A patient was given the wrong dose."
    assert codings(resource, "level-of-physical-harm-5") == [
        {
            "system": fhir.LFPSE_CODE_SYSTEM_BASE + "level-of-physical-harm-5",
            "code": "3",
            "display": "Moderate physical harm",
        }
    ]
    assert codings(resource, "level-of-psychological-harm-5")[0]["code"] == "3"
    assert codings(resource, "incident-location-5")[0]["display"] == "Hospital"
    assert codings(resource, "service-type-5")[0]["code"] == "1"
    assert codings(resource, "specialty-5") == []  # not given, not sent
    assert resource["category"][0]["coding"][0]["code"] == "incident"
    assert resource["date"] == report.occurred_at.isoformat()
    assert "outcome" not in resource


@pytest.mark.django_db
def test_a_risk_is_potential(trust):
    resource = fhir.adverse_event(incident(trust, event_type="risk", physical_harm="none"))

    assert resource["actuality"] == "potential"


@pytest.mark.django_db
def test_a_death_has_a_fatal_outcome_and_the_patient_is_deceased(trust):
    report = death(trust)

    resource = fhir.adverse_event(report, patient=patient_of(report))

    assert resource["outcome"]["coding"][0]["code"] == "fatal"
    assert codings(resource, "level-of-physical-harm-5")[0]["code"] == "1"
    assert resource["contained"][0]["deceasedDateTime"] == report.death.date_of_death.isoformat()


@pytest.mark.django_db
def test_a_never_event_is_coded_in_the_event(trust):
    resource = fhir.adverse_event(incident(trust, never_event_code="1"))

    assert resource["event"]["coding"][0]["display"] == "Wrong site surgery"


@pytest.mark.django_db
def test_the_patient_is_only_a_contained_patient_with_the_nhs_number(trust):
    report = incident(trust)

    without = fhir.adverse_event(report)
    with_patient = fhir.adverse_event(report, patient=patient_of(report))

    assert NHS_NUMBER not in str(without) and "Ann Example" not in str(without)
    assert "reference" not in without["subject"]
    patient = with_patient["contained"][0]
    assert patient["identifier"] == [
        {"system": "https://fhir.nhs.uk/Id/nhs-number", "value": NHS_NUMBER}
    ]
    assert patient["birthDate"] == "1950-01-31"
    assert with_patient["subject"] == {"reference": "#patient"}
