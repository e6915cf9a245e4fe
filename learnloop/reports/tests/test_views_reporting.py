"""Reporting an incident, following it with its code, and 'My reports'."""

from datetime import timedelta

import pytest
from django.utils import timezone

from learnloop.core.models import AuditLog
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import DepartmentFactory
from learnloop.reports.models import PatientDetails, Report
from learnloop.reports.tests.builders import make_report

pytestmark = pytest.mark.django_db

YESTERDAY = timezone.localdate() - timedelta(days=1)


def incident_post(**overrides) -> dict:
    data = {
        "event_type": "incident",
        "occurred_on_day": str(YESTERDAY.day),
        "occurred_on_month": str(YESTERDAY.month),
        "occurred_on_year": str(YESTERDAY.year),
        "occurred_time": "14:30",
        "department": "",
        "location_code": "4",
        "specialty_code": "",
        "service_type_code": "1",
        "what_happened": "A synthetic test: the infusion pump alarm was silenced.",
        "immediate_action": "Pump replaced.",
        "physical_harm": "low",
        "psychological_harm": "none",
        "never_event_code": "",
        "people_involved": "Staff nurse",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def nurse(make_member):
    return make_member(Role.FRONTLINE_STAFF, full_name="Nia Nurse")


@pytest.fixture
def nurse_client(client, nurse):
    client.force_login(nurse)
    return client


# Reporting an incident


def test_the_report_page_offers_the_trusts_departments_only(nurse_client, trust, other_trust):
    DepartmentFactory(organisation=trust, name="Ward 7")
    DepartmentFactory(organisation=other_trust, name="Ward Elsewhere")

    response = nurse_client.get("/reports/new/")

    body = response.content.decode()
    assert response.status_code == 200
    assert "Ward 7" in body
    assert "Ward Elsewhere" not in body


def test_a_report_is_stored_and_the_code_shown_once(nurse_client, trust, nurse):
    ward = DepartmentFactory(organisation=trust, name="Ward 7")

    response = nurse_client.post(
        "/reports/new/",
        incident_post(
            department=str(ward.pk),
            nhs_number="943 476 5919",
            patient_name="Test Patient",
        ),
    )

    report = Report.objects.get()
    body = response.content.decode()
    assert response.status_code == 200
    assert report.reference in body
    assert "Keep the reference and the code" in body
    assert report.organisation == trust
    assert report.reporter == nurse
    assert report.department == ward
    assert report.occurred_at.date() == YESTERDAY
    assert report.patient.nhs_number == "9434765919"
    code = body.split('id="follow-up-code">')[1].split("<")[0]
    assert report.follow_up_code_matches(code)
    assert code not in nurse_client.get("/reports/mine/").content.decode()


def test_a_report_without_patient_details_stores_none(nurse_client):
    nurse_client.post("/reports/new/", incident_post())

    assert Report.objects.count() == 1
    assert not PatientDetails.objects.exists()


def test_an_anonymous_report_keeps_no_trace_of_the_reporter(nurse_client, nurse):
    nurse_client.post("/reports/new/", incident_post(anonymous="on"), REMOTE_ADDR="10.1.2.3")

    report = Report.objects.get()
    entry = AuditLog.objects.get(object_type="reports.Report", object_id=str(report.pk))
    assert report.reporter is None
    assert report.reported_anonymously
    assert entry.actor is None
    assert entry.actor_label == "system"
    assert entry.ip_address is None
    assert entry.user_agent == ""


def test_a_named_report_is_audited_with_its_reporter(nurse_client, nurse):
    nurse_client.post("/reports/new/", incident_post())

    entry = AuditLog.objects.get(object_type="reports.Report")
    assert entry.actor == nurse


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"event_type": ""}, "event_type", "Select what you are reporting"),
        (
            {"occurred_on_day": "", "occurred_on_month": "", "occurred_on_year": ""},
            "occurred_on",
            "Enter the date it happened",
        ),
        ({"occurred_on_day": ""}, "occurred_on", "Date it happened must include a day"),
        (
            {"occurred_on_day": "31", "occurred_on_month": "2"},
            "occurred_on",
            "Date it happened must be a real date",
        ),
        (
            {"occurred_on_year": str(YESTERDAY.year + 1)},
            "occurred_on",
            "Date it happened must be today or in the past",
        ),
        ({"occurred_time": ""}, "occurred_time", "Enter the time it happened"),
        (
            {"occurred_time": "25:99"},
            "occurred_time",
            "Enter the time it happened as hours and minutes, like 14:30",
        ),
        ({"department": "999999"}, "department", "Select a department or ward from the list"),
        ({"location_code": "nowhere"}, "location_code", "Choose where it happened from the list"),
        ({"specialty_code": "x"}, "specialty_code", "Choose a specialty from the list"),
        ({"service_type_code": "x"}, "service_type_code", "Choose a service type from the list"),
        ({"what_happened": "  "}, "what_happened", "Describe what happened"),
        ({"physical_harm": ""}, "physical_harm", "Select the level of physical harm"),
        (
            {"psychological_harm": ""},
            "psychological_harm",
            "Select the level of psychological harm",
        ),
        (
            {"never_event_code": "99"},
            "never_event_code",
            "Choose a type of Never Event from the list",
        ),
        (
            {"nhs_number": "9434765918"},
            "nhs_number",
            "Enter a valid NHS number: the check digit does not match",
        ),
        ({"nhs_number": "12345"}, "nhs_number", "NHS number must be 10 digits"),
        (
            {
                "date_of_birth_day": "1",
                "date_of_birth_month": "1",
                "date_of_birth_year": str(YESTERDAY.year + 1),
            },
            "date_of_birth",
            "Date of birth must be today or in the past",
        ),
    ],
)
def test_bad_input_names_the_field_and_stores_nothing(nurse_client, overrides, field, message):
    response = nurse_client.post("/reports/new/", incident_post(**overrides))

    body = response.content.decode()
    assert response.status_code == 200
    assert message in body
    # The error summary links to the field.
    assert f'href="#id_{field}' in body
    assert not Report.objects.exists()
    assert not PatientDetails.objects.exists()
    assert not AuditLog.objects.filter(object_type="reports.Report").exists()


def test_a_time_later_today_is_refused(nurse_client):
    today = timezone.localdate()
    later = (timezone.localtime() + timedelta(hours=1)).strftime("%H:%M")
    if later < timezone.localtime().strftime("%H:%M"):
        pytest.skip("An hour from now is tomorrow")

    response = nurse_client.post(
        "/reports/new/",
        incident_post(
            occurred_on_day=str(today.day),
            occurred_on_month=str(today.month),
            occurred_on_year=str(today.year),
            occurred_time=later,
        ),
    )

    assert "Time it happened must be now or in the past" in response.content.decode()
    assert not Report.objects.exists()


# Following a report


def follow(client, reference, code):
    return client.post("/reports/follow/", {"reference": reference, "code": code})


def reported_with_code(client):
    response = client.post(
        "/reports/new/",
        incident_post(anonymous="on", nhs_number="9434765919", patient_name="Test Patient"),
    )
    body = response.content.decode()
    return Report.objects.get(), body.split('id="follow-up-code">')[1].split("<")[0]


def test_an_anonymous_reporter_follows_their_report_signed_out(nurse_client, client):
    report, code = reported_with_code(nurse_client)
    nurse_client.logout()

    response = follow(client, report.reference.lower(), code.lower())

    body = response.content.decode()
    assert response.status_code == 200
    assert "Awaiting triage" in body
    assert report.reference in body
    # Nothing identifiable: no patient, no text of the report.
    assert "Test Patient" not in body
    assert "943 476 5919" not in body and "9434765919" not in body
    assert "infusion pump" not in body


def test_following_is_audited_without_anyone_named(nurse_client, client):
    report, code = reported_with_code(nurse_client)
    nurse_client.logout()

    follow(client, report.reference, code)

    entry = AuditLog.objects.filter(action=AuditLog.Action.VIEW).get()
    assert entry.object_id == str(report.pk)
    assert entry.actor is None
    assert entry.ip_address is None
    assert entry.organisation == report.organisation


def test_a_triaged_report_says_the_response_in_words(nurse_client, client, make_member):
    from learnloop.core.audit import Auditor
    from learnloop.reports import services

    report, code = reported_with_code(nurse_client)
    lead = make_member(Role.PATIENT_SAFETY_LEAD)
    services.triage_decide(
        report=report,
        response="aar",
        reason="Named staff to meet.",
        by=Auditor(actor=lead, organisation=report.organisation),
    )

    body = follow(client, report.reference, code).content.decode()

    assert "Triaged" in body
    assert "It will have an after action review." in body
    assert "Named staff" not in body


@pytest.mark.parametrize("wrong", ["code", "reference"])
def test_a_wrong_code_or_reference_gets_one_message(nurse_client, client, wrong):
    report, code = reported_with_code(nurse_client)
    reference = "LL-AAAA-AAAA" if wrong == "reference" else report.reference
    code = "AAAA-AAAA-AAAA" if wrong == "code" else code

    response = follow(client, reference, code)

    body = response.content.decode()
    assert response.status_code == 200
    assert "The reference and code do not match a report. Check both and try again" in body
    assert "Awaiting triage" not in body
    assert not AuditLog.objects.filter(action=AuditLog.Action.VIEW).exists()


def test_the_follow_page_asks_for_both(client):
    response = client.post("/reports/follow/", {})

    body = response.content.decode()
    assert "Enter the report reference" in body
    assert "Enter the follow-up code" in body


# My reports


def test_my_reports_lists_named_reports_only(nurse_client, nurse, trust, make_member):
    from learnloop.core.audit import Auditor

    by = Auditor(actor=nurse, organisation=trust)
    mine = make_report(trust, by=by, patient={"name": "Test Patient"})
    anonymous = make_report(trust, by=by, anonymous=True)
    someone_elses = make_report(trust, by=Auditor(actor=make_member(), organisation=trust))

    body = nurse_client.get("/reports/mine/").content.decode()

    assert mine.reference in body
    assert anonymous.reference not in body
    assert someone_elses.reference not in body
    assert "Test Patient" not in body


def test_home_counts_the_reports_a_nurse_made(nurse_client, nurse, trust):
    from learnloop.core.audit import Auditor

    make_report(trust, by=Auditor(actor=nurse, organisation=trust))

    body = nurse_client.get("/").content.decode()

    assert '<a href="/reports/mine/">1 report you made</a>' in body


# Who may report


@pytest.mark.parametrize(
    "role",
    [
        Role.FRONTLINE_STAFF,
        Role.PATIENT_SAFETY_LEAD,
        Role.INVESTIGATOR,
        Role.MORTALITY_REVIEWER,
        Role.MEDICAL_EXAMINER,
        Role.ADMINISTRATOR,
    ],
)
def test_staff_may_report(client, make_member, role):
    client.force_login(make_member(role))

    assert client.get("/reports/new/").status_code == 200
    assert client.get("/reports/mine/").status_code == 200


@pytest.mark.parametrize("role", [Role.FAMILY_MEMBER, Role.COMMISSIONER, Role.REGULATOR])
def test_others_may_not_report(client, make_member, role):
    client.force_login(make_member(role))

    assert client.get("/reports/new/").status_code == 403
    assert client.post("/reports/new/", incident_post()).status_code == 403
    assert client.get("/reports/mine/").status_code == 403
    assert not Report.objects.exists()


def test_signed_out_people_are_sent_to_sign_in_to_report(client):
    response = client.get("/reports/new/")

    assert response.status_code == 302
    assert response.url.startswith("/sign-in/")


def test_anyone_may_open_the_follow_page(client):
    assert client.get("/reports/follow/").status_code == 200
