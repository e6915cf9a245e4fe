"""The report page, patient details and their audit, recording a death, and the duty of candour."""

from datetime import timedelta

import pytest
from django.utils import timezone

from learnloop.core.models import AuditLog
from learnloop.organisations.roles import Role
from learnloop.reports.models import CandourRecord, DeathRecord, PatientDetails, Report
from learnloop.reports.tests.builders import make_death, make_report

pytestmark = pytest.mark.django_db

PATIENT = {"name": "Test Patient", "nhs_number": "9434765919", "hospital_number": "H123"}
CAN_SEE_PATIENTS = [
    Role.PATIENT_SAFETY_LEAD,
    Role.INVESTIGATOR,
    Role.MORTALITY_REVIEWER,
    Role.MEDICAL_EXAMINER,
]
CANNOT_VIEW_REPORTS = [
    Role.FRONTLINE_STAFF,
    Role.FAMILY_MEMBER,
    Role.COMMISSIONER,
    Role.REGULATOR,
    Role.ADMINISTRATOR,
]
YESTERDAY = timezone.localdate() - timedelta(days=1)


def date_parts(name, day) -> dict:
    return {
        f"{name}_day": str(day.day),
        f"{name}_month": str(day.month),
        f"{name}_year": str(day.year),
    }


def patient_views():
    return AuditLog.objects.filter(
        action=AuditLog.Action.VIEW, object_type="reports.PatientDetails"
    )


# The report page and patient details


@pytest.mark.parametrize("role", CAN_SEE_PATIENTS)
def test_roles_with_patient_access_see_the_details_and_each_view_is_audited(
    client, make_member, trust, role
):
    report = make_report(trust, patient=PATIENT)
    person = make_member(role)
    client.force_login(person)

    first = client.get(f"/reports/{report.reference}/")
    client.get(f"/reports/{report.reference}/")

    body = first.content.decode()
    assert first.status_code == 200
    assert "Test Patient" in body
    assert "943 476 5919" in body
    assert patient_views().filter(actor=person).count() == 2


def test_patient_details_hidden_from_a_role_without_patient_access(
    client, make_member, trust, monkeypatch
):
    # Every role that views reports may today see patient details; a role given VIEW_REPORTS
    # alone must still not see them.
    from learnloop.organisations import rules
    from learnloop.organisations.roles import Permission

    report = make_report(trust, patient=PATIENT)
    client.force_login(make_member(Role.INVESTIGATOR))
    real = rules.has_permission
    monkeypatch.setattr(
        "learnloop.reports.views.has_permission",
        lambda user, permission, organisation: (
            permission != Permission.VIEW_PATIENT_DETAILS and real(user, permission, organisation)
        ),
    )

    body = client.get(f"/reports/{report.reference}/").content.decode()

    assert "Patient details are held for this report but are not shown to your role." in body
    assert "Test Patient" not in body
    assert "9434765919" not in body and "943 476 5919" not in body
    assert not patient_views().exists()


def test_a_report_without_patient_details_says_so_and_audits_nothing(client, make_member, trust):
    report = make_report(trust)
    client.force_login(make_member(Role.PATIENT_SAFETY_LEAD))

    body = client.get(f"/reports/{report.reference}/").content.decode()

    assert "No patient details were given." in body
    assert not patient_views().exists()


@pytest.mark.parametrize("role", CANNOT_VIEW_REPORTS)
def test_roles_without_view_reports_are_refused_and_nothing_is_audited(
    client, make_member, trust, role
):
    report = make_report(trust, patient=PATIENT)
    client.force_login(make_member(role))

    response = client.get(f"/reports/{report.reference}/")

    assert response.status_code == 403
    assert not patient_views().exists()


def test_another_trusts_reference_gives_404(client, make_member, trust, other_trust):
    report = make_report(trust, patient=PATIENT)
    client.force_login(make_member(Role.PATIENT_SAFETY_LEAD, organisation=other_trust))

    assert client.get(f"/reports/{report.reference}/").status_code == 404
    assert client.get(f"/reports/{report.reference}/candour/").status_code == 404
    assert not patient_views().exists()


def test_an_unknown_reference_gives_404(client, make_member):
    client.force_login(make_member(Role.PATIENT_SAFETY_LEAD))

    assert client.get("/reports/LL-AAAA-AAAA/").status_code == 404


def test_the_report_page_shows_the_candour_clock(client, make_member, trust):
    report = make_report(
        trust, physical_harm="severe", reported_at=timezone.now() - timedelta(days=30)
    )
    client.force_login(make_member(Role.PATIENT_SAFETY_LEAD))

    body = client.get(f"/reports/{report.reference}/").content.decode()

    assert "Overdue: due" in body
    assert f"/reports/{report.reference}/candour/" in body


# Recording a death


def death_post(**overrides) -> dict:
    data = {
        **date_parts("date_of_death", YESTERDAY),
        "place_of_death": "Ward 9",
        "cause_of_death": "1a Pneumonia",
        "medical_examiner_scrutiny": "Reviewed notes",
        **date_parts("scrutinised_on", YESTERDAY),
        "family_concerns": "Delay in review",
        "learning_disability": "on",
        **date_parts("leder_referred_on", YESTERDAY),
        **date_parts("pfd_received_on", YESTERDAY),
        "patient_name": "Test Patient",
        "nhs_number": "9434765919",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize(
    "role", [Role.PATIENT_SAFETY_LEAD, Role.MORTALITY_REVIEWER, Role.MEDICAL_EXAMINER]
)
def test_a_death_is_recorded_and_joins_the_queue(client, make_member, trust, role):
    client.force_login(make_member(role))

    response = client.post("/reports/deaths/new/", death_post())

    report = Report.objects.get()
    death = report.death
    assert response.status_code == 302
    assert response.url == f"/reports/{report.reference}/"
    assert (report.kind, report.status, report.organisation) == ("death", "awaiting_triage", trust)
    assert (death.place_of_death, death.learning_disability, death.leder_referred_on) == (
        "Ward 9",
        True,
        YESTERDAY,
    )
    assert report.patient.nhs_number == "9434765919"
    page = client.get(response.url).content.decode()
    due = YESTERDAY + timedelta(days=56)
    assert "Response to the Prevention of Future Deaths report due" in page
    assert f"{due.day} {due:%B %Y}" in page


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        (
            {"date_of_death_day": "", "date_of_death_month": "", "date_of_death_year": ""},
            "date_of_death",
            "Enter the date of death",
        ),
        (
            date_parts("date_of_death", YESTERDAY + timedelta(days=2)),
            "date_of_death",
            "Date of death must be today or in the past",
        ),
        ({"place_of_death": ""}, "place_of_death", "Enter place of death"),
        (
            date_parts("scrutinised_on", YESTERDAY - timedelta(days=3)),
            "scrutinised_on",
            "Date of scrutiny must be on or after the date of death",
        ),
        (
            {"learning_disability": ""},
            "leder_referred_on",
            "Date referred to LeDeR is only for a person with a learning disability or autism: tick one",
        ),
        (
            {
                "coroner_referred_on_month": "13",
                "coroner_referred_on_day": "1",
                "coroner_referred_on_year": "2026",
            },
            "coroner_referred_on",
            "Date referred to the coroner must be a real date",
        ),
        (
            {"nhs_number": "1000000010"},
            "nhs_number",
            "Enter a valid NHS number: the check digit does not match",
        ),
    ],
)
def test_bad_death_input_names_the_field_and_stores_nothing(
    client, make_member, overrides, field, message
):
    client.force_login(make_member(Role.MEDICAL_EXAMINER))

    response = client.post("/reports/deaths/new/", death_post(**overrides))

    body = response.content.decode()
    assert response.status_code == 200
    assert message in body
    assert f'href="#id_{field}' in body
    assert not Report.objects.exists()
    assert not DeathRecord.objects.exists()
    assert not PatientDetails.objects.exists()


@pytest.mark.parametrize(
    "role",
    [
        Role.FRONTLINE_STAFF,
        Role.INVESTIGATOR,
        Role.FAMILY_MEMBER,
        Role.COMMISSIONER,
        Role.REGULATOR,
        Role.ADMINISTRATOR,
    ],
)
def test_others_may_not_record_a_death(client, make_member, role):
    client.force_login(make_member(role))

    assert client.get("/reports/deaths/new/").status_code == 403
    assert client.post("/reports/deaths/new/", death_post()).status_code == 403
    assert not Report.objects.exists()


# Duty of candour


def candour_url(report):
    return f"/reports/{report.reference}/candour/"


def test_a_lead_records_the_duty_of_candour(client, make_member, trust):
    report = make_report(trust, physical_harm="moderate")
    client.force_login(make_member(Role.PATIENT_SAFETY_LEAD))

    response = client.post(
        candour_url(report),
        {
            **date_parts("told_on", YESTERDAY),
            "told_time": "10:15",
            "told_by": "Dr A Test, consultant",
            "told_whom": "The patient",
            **date_parts("letter_sent_on", YESTERDAY),
            "notes": "",
        },
    )

    record = CandourRecord.objects.get(report=report)
    assert response.status_code == 302
    assert timezone.localtime(record.told_at).strftime("%H:%M") == "10:15"
    assert record.letter_sent_on == YESTERDAY
    body = client.get(f"/reports/{report.reference}/").content.decode()
    assert "letter sent" in body


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({**date_parts("told_on", YESTERDAY)}, "told_by", "Say who told them"),
        (
            {**date_parts("letter_sent_on", YESTERDAY)},
            "told_on",
            "Enter the date the patient or family was told: they are told before the letter",
        ),
        (
            {"told_time": "10:00", "told_by": "Dr A"},
            "told_on",
            "Enter the date the patient or family was told",
        ),
        (
            {
                **date_parts("told_on", YESTERDAY),
                "told_by": "Dr A",
                **date_parts("letter_sent_on", YESTERDAY - timedelta(days=1)),
            },
            "letter_sent_on",
            "Date the letter was sent must be on or after the date they were told",
        ),
    ],
)
def test_bad_candour_input_names_the_field_and_stores_nothing(
    client, make_member, trust, data, field, message
):
    report = make_report(trust, physical_harm="severe")
    client.force_login(make_member(Role.PATIENT_SAFETY_LEAD))

    response = client.post(candour_url(report), data)

    body = response.content.decode()
    assert message in body
    assert f'href="#id_{field}' in body
    assert not CandourRecord.objects.exists()


def test_candour_is_only_for_notifiable_reports(client, make_member, trust):
    report = make_report(trust, physical_harm="low")
    client.force_login(make_member(Role.PATIENT_SAFETY_LEAD))

    page = client.get(candour_url(report))
    client.post(candour_url(report), {**date_parts("told_on", YESTERDAY), "told_by": "Dr A"})

    assert "Duty of candour does not apply" in page.content.decode()
    assert not CandourRecord.objects.exists()


def test_a_recorded_death_has_no_candour_clock_until_problems_in_care_are_likely(trust):
    from learnloop.reports.presenters import ReportPresenter

    assert not ReportPresenter(make_death(trust)).candour.applies
    assert ReportPresenter(make_death(trust, problems_in_care_likely=True)).candour.applies


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.PATIENT_SAFETY_LEAD])
def test_only_a_lead_may_record_candour(client, make_member, trust, role):
    report = make_report(trust, physical_harm="severe")
    client.force_login(make_member(role))

    assert client.get(candour_url(report)).status_code == 403
    assert client.post(candour_url(report), {"told_by": "x"}).status_code == 403
    assert not CandourRecord.objects.exists()
