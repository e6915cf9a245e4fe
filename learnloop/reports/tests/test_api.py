"""The reports API: reporting, listing, reading (patient details only on request, audited),
triage and its history, the FHIR export; 401 without a key, 404 for another trust's report,
422 naming the field."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from learnloop.core.audit import Auditor
from learnloop.core.models import AuditLog
from learnloop.organisations import services as organisation_services
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import DepartmentFactory
from learnloop.reports import services
from learnloop.reports.models import Report

GOOD_NHS_NUMBER = "9434765919"


@pytest.fixture
def make_key(make_member):
    def make(organisation, name="Incident reporting system"):
        admin = make_member(Role.ADMINISTRATOR, organisation=organisation)
        return organisation_services.api_key_create(
            organisation=organisation, name=name, by=Auditor(actor=admin, organisation=organisation)
        )

    return make


@pytest.fixture
def key(trust, make_key):
    api_key, secret = make_key(trust)
    return {"Authorization": f"Bearer {secret}"}


def an_incident(organisation, patient=None, **fields):
    values = {
        "event_type": "incident",
        "occurred_at": timezone.now() - timedelta(days=1),
        "what_happened": "A patient fell on the ward.",
        "physical_harm": "low",
        **fields,
    }
    return services.report_incident(
        organisation=organisation, fields=values, patient=patient, by=Auditor.system(organisation)
    ).report


def a_body(**overrides):
    body = {
        "event_type": "incident",
        "occurred_at": "2025-03-01T10:30:00",
        "what_happened": "A fall in the bay.",
        "physical_harm": "moderate",
        "location_code": "4",
    }
    body.update(overrides)
    return body


# Authentication and tenancy


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/api/reports"),
        ("post", "/api/reports"),
        ("get", "/api/reports/{ref}"),
        ("get", "/api/reports/{ref}/triage"),
        ("post", "/api/reports/{ref}/triage"),
        ("get", "/api/reports/{ref}/fhir"),
    ],
)
def test_no_key_gets_401(client, trust, method, path):
    report = an_incident(trust)

    response = getattr(client, method)(
        path.format(ref=report.reference), content_type="application/json"
    )

    assert response.status_code == 401


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/api/reports/{ref}"),
        ("get", "/api/reports/{ref}/triage"),
        ("post", "/api/reports/{ref}/triage"),
        ("get", "/api/reports/{ref}/fhir"),
    ],
)
def test_another_trusts_report_is_404(client, trust, other_trust, make_key, method, path):
    theirs = an_incident(other_trust)
    _, our_secret = make_key(trust)

    response = getattr(client, method)(
        path.format(ref=theirs.reference),
        {"response": "psii", "reason": "x"},
        content_type="application/json",
        headers={"Authorization": f"Bearer {our_secret}"},
    )

    assert response.status_code == 404
    assert not theirs.triage_decisions.exists()


@pytest.mark.django_db
def test_the_list_shows_only_the_keys_organisation(client, trust, other_trust, key):
    ours = an_incident(trust)
    an_incident(other_trust)

    response = client.get("/api/reports", headers=key)

    assert response.status_code == 200
    assert [item["reference"] for item in response.json()["items"]] == [ours.reference]


# Reporting


@pytest.mark.django_db
def test_post_reports_creates_an_incident_and_returns_its_reference_and_code(client, trust, key):
    department = DepartmentFactory(organisation=trust)

    response = client.post(
        "/api/reports",
        a_body(
            department_id=department.pk,
            patient={"nhs_number": "943 476 5919", "name": "Ann Example"},
        ),
        content_type="application/json",
        headers=key,
    )

    assert response.status_code == 201
    body = response.json()
    report = trust.reports.get(reference=body["reference"])
    assert report.follow_up_code_matches(body["follow_up_code"])
    assert body["status"] == "awaiting_triage"
    assert (report.physical_harm, report.location_code, report.department) == (
        "moderate",
        "4",
        department,
    )
    assert report.patient.nhs_number == GOOD_NHS_NUMBER
    assert report.reporter is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("overrides", "loc", "message"),
    [
        (
            {"patient": {"nhs_number": "943 476 5918"}},
            ["body", "payload", "patient", "nhs_number"],
            "Enter a valid NHS number: the check digit does not match",
        ),
        ({"what_happened": "   "}, ["body", "payload", "what_happened"], "Describe what happened"),
        (
            {"occurred_at": "2999-01-01T00:00:00"},
            ["body", "payload", "occurred_at"],
            "The date must be today or in the past",
        ),
        (
            {"location_code": "99"},
            ["body", "payload", "location_code"],
            "'99' is not in the LFPSE Incident Location list",
        ),
        (
            {"department_id": 999_999},
            ["body", "payload", "department_id"],
            "No such department in this organisation",
        ),
    ],
)
def test_bad_input_gets_422_naming_the_field_and_stores_nothing(
    client, trust, key, overrides, loc, message
):
    response = client.post(
        "/api/reports", a_body(**overrides), content_type="application/json", headers=key
    )

    assert response.status_code == 422
    assert {"loc": loc, "msg": message, "type": "value_error"} in response.json()["detail"]
    assert trust.reports.count() == 0


@pytest.mark.django_db
def test_a_harm_we_do_not_have_gets_422_from_the_schema(client, trust, key):
    response = client.post(
        "/api/reports",
        a_body(physical_harm="catastrophic"),
        content_type="application/json",
        headers=key,
    )

    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "payload", "physical_harm"]


@pytest.mark.django_db
def test_another_trusts_department_is_refused(client, trust, other_trust, key):
    theirs = DepartmentFactory(organisation=other_trust)

    response = client.post(
        "/api/reports",
        a_body(department_id=theirs.pk),
        content_type="application/json",
        headers=key,
    )

    assert response.status_code == 422


# Reading


@pytest.mark.django_db
def test_the_list_filters_by_status_and_kind_and_has_no_patient_details(client, trust, key):
    waiting = an_incident(trust, patient={"nhs_number": GOOD_NHS_NUMBER})
    triaged = an_incident(trust)
    services.triage_decide(
        report=triaged,
        response="none",
        reason="Learning shared at huddle",
        by=Auditor.system(trust),
    )

    awaiting = client.get("/api/reports?status=awaiting_triage", headers=key).json()
    deaths = client.get("/api/reports?kind=death", headers=key).json()

    assert [item["reference"] for item in awaiting["items"]] == [waiting.reference]
    assert awaiting["count"] == 1
    assert deaths["items"] == []
    assert "patient" not in awaiting["items"][0]
    assert "what_happened" not in awaiting["items"][0]


@pytest.mark.django_db
def test_a_report_without_include_has_no_patient_and_audits_nothing(client, trust, key):
    report = an_incident(trust, patient={"nhs_number": GOOD_NHS_NUMBER}, location_code="4")

    response = client.get(f"/api/reports/{report.reference}", headers=key)

    body = response.json()
    assert response.status_code == 200
    assert body["patient"] is None
    assert body["location"] == {"code": "4", "display": "Hospital"}
    assert body["what_happened"] == "A patient fell on the ward."
    assert not AuditLog.objects.filter(action=AuditLog.Action.VIEW).exists()


@pytest.mark.django_db
def test_include_patient_returns_them_and_audits_the_view_naming_the_key(client, trust, key):
    report = an_incident(
        trust, patient={"nhs_number": GOOD_NHS_NUMBER, "date_of_birth": date(1950, 1, 31)}
    )

    response = client.get(f"/api/reports/{report.reference}?include=patient", headers=key)

    assert response.json()["patient"]["nhs_number"] == GOOD_NHS_NUMBER
    entry = AuditLog.objects.get(action=AuditLog.Action.VIEW)
    assert "Incident reporting system" in entry.summary
    assert entry.summary.startswith(f"Viewed patient details on {report.reference} via API key")
    assert entry.organisation == trust and entry.actor is None


@pytest.mark.django_db
def test_an_unknown_include_gets_422(client, trust, key):
    report = an_incident(trust)

    response = client.get(f"/api/reports/{report.reference}?include=everything", headers=key)

    assert response.status_code == 422


# Triage


@pytest.mark.django_db
def test_a_triage_decision_is_recorded_and_listed(client, trust, key):
    report = an_incident(trust)

    created = client.post(
        f"/api/reports/{report.reference}/triage",
        {"response": "refer", "reason": "Safeguarding concern", "referred_to": "safeguarding"},
        content_type="application/json",
        headers=key,
    )
    history = client.get(f"/api/reports/{report.reference}/triage", headers=key)

    assert created.status_code == 201
    assert created.json()["response_label"] == "Refer elsewhere"
    report.refresh_from_db()
    assert report.status == Report.Status.TRIAGED
    assert [decision["referred_to"] for decision in history.json()] == ["safeguarding"]


@pytest.mark.django_db
def test_a_never_event_triaged_other_than_psii_gets_422(client, trust, key):
    report = an_incident(trust, never_event_code="1")

    response = client.post(
        f"/api/reports/{report.reference}/triage",
        {"response": "aar", "reason": "Quick review"},
        content_type="application/json",
        headers=key,
    )

    assert response.status_code == 422
    problem = response.json()["detail"][0]
    assert problem["loc"] == ["body", "payload", "response"]
    assert "Never Event" in problem["msg"]
    assert not report.triage_decisions.exists()


@pytest.mark.django_db
def test_a_referral_without_where_gets_422(client, trust, key):
    report = an_incident(trust)

    response = client.post(
        f"/api/reports/{report.reference}/triage",
        {"response": "refer", "reason": "Elsewhere"},
        content_type="application/json",
        headers=key,
    )

    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "payload", "referred_to"]


# FHIR and the document


@pytest.mark.django_db
def test_the_fhir_export_is_served_as_fhir_json(client, trust, key):
    report = an_incident(trust, patient={"nhs_number": GOOD_NHS_NUMBER})

    without = client.get(f"/api/reports/{report.reference}/fhir", headers=key)
    with_patient = client.get(f"/api/reports/{report.reference}/fhir?include=patient", headers=key)

    assert without["Content-Type"] == "application/fhir+json"
    assert without.json()["resourceType"] == "AdverseEvent"
    assert "contained" not in without.json()
    assert with_patient.json()["contained"][0]["identifier"][0]["value"] == GOOD_NHS_NUMBER
    assert AuditLog.objects.filter(action=AuditLog.Action.VIEW).count() == 1


@pytest.mark.django_db
def test_the_openapi_document_describes_the_reports_endpoints(client):
    document = client.get("/api/openapi.json").json()

    paths = document["paths"]
    assert {
        "/api/reports",
        "/api/reports/{reference}",
        "/api/reports/{reference}/triage",
        "/api/reports/{reference}/fhir",
    } <= set(paths)
    for path, operations in paths.items():
        if path.startswith("/api/reports"):
            for operation in operations.values():
                assert operation["summary"] and operation["description"], path
    assert (
        "application/fhir+json"
        in paths["/api/reports/{reference}/fhir"]["get"]["responses"]["200"]["content"]
    )
