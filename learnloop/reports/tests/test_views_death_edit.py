"""Changing a death record after it was first recorded: scrutiny, referrals and PFD come later."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from learnloop.core.models import AuditLog
from learnloop.organisations.roles import Role
from learnloop.reports.models import DeathRecord
from learnloop.reports.tests.builders import make_death, make_report

pytestmark = pytest.mark.django_db

DIED = date(2026, 3, 1)


@pytest.fixture
def examiner_client(client, make_member):
    client.force_login(make_member(Role.MEDICAL_EXAMINER, full_name="Mo Examiner"))
    return client


@pytest.fixture
def death(trust):
    return make_death(
        trust,
        place_of_death="Ward 1",
        cause_of_death="1a Pneumonia",
        family_concerns="Slow to answer the call bell",
    )


def url(report):
    return f"/reports/{report.reference}/death/"


def date_parts(name, value):
    if value is None:
        return {f"{name}_day": "", f"{name}_month": "", f"{name}_year": ""}
    return {f"{name}_day": value.day, f"{name}_month": value.month, f"{name}_year": value.year}


def posted(**changes):
    """The form as the page sends it back for `death`, with `changes` applied."""
    values = {
        "date_of_death": DIED,
        "place_of_death": "Ward 1",
        "cause_of_death": "1a Pneumonia",
        "medical_examiner_scrutiny": "",
        "scrutinised_on": None,
        "medical_examiner_concerns": "",
        "family_concerns": "Slow to answer the call bell",
        "leder_referred_on": None,
        "coroner_referred_on": None,
        "pfd_received_on": None,
        "pfd_responded_on": None,
        **changes,
    }
    data = {}
    for name, value in values.items():
        if name.endswith("_on") or name == "date_of_death":
            data.update(date_parts(name, value))
        else:
            data[name] = value
    return data


def test_the_form_is_prefilled_from_the_death_record(examiner_client, death):
    response = examiner_client.get(url(death))

    assert response.status_code == 200
    body = response.content.decode()
    assert 'value="Ward 1"' in body
    assert "1a Pneumonia" in body
    assert "Slow to answer the call bell" in body
    assert 'value="2026"' in body
    assert 'name="nhs_number"' not in body
    assert 'name="patient_name"' not in body


def test_a_change_is_saved_audited_and_shown_with_the_pfd_deadline(examiner_client, death):
    pfd = DIED + timedelta(days=20)

    response = examiner_client.post(
        url(death),
        posted(
            medical_examiner_scrutiny="Care was reviewed.",
            scrutinised_on=DIED + timedelta(days=2),
            coroner_referred_on=DIED + timedelta(days=3),
            pfd_received_on=pfd,
        ),
        follow=True,
    )

    record = DeathRecord.objects.get(report=death)
    assert record.medical_examiner_scrutiny == "Care was reviewed."
    assert record.scrutinised_on == DIED + timedelta(days=2)
    assert record.coroner_referred_on == DIED + timedelta(days=3)
    assert record.pfd_received_on == pfd
    assert response.redirect_chain[-1][0] == f"/reports/{death.reference}/"
    body = response.content.decode()
    assert "The death record for" in body and "has been updated" in body
    assert "Response to the Prevention of Future Deaths report due" in body
    # The 56-day deadline is shown in the UK date style, like 16 May 2026.
    due = pfd + timedelta(days=56)
    assert f"{due.day} {due:%B %Y}" in body
    entry = AuditLog.objects.filter(summary=f"Updated death record {death.reference}").get()
    assert set(entry.changes) == {
        "medical_examiner_scrutiny",
        "scrutinised_on",
        "coroner_referred_on",
        "pfd_received_on",
    }
    assert entry.changes["coroner_referred_on"]["to"] == str(DIED + timedelta(days=3))


@pytest.mark.parametrize(
    "changes, field, message",
    [
        (
            {"date_of_death": timezone.localdate() + timedelta(days=1)},
            "date_of_death",
            "Date of death must be today or in the past",
        ),
        (
            {"scrutinised_on": DIED - timedelta(days=1)},
            "scrutinised_on",
            "Date of scrutiny must be on or after the date of death",
        ),
        (
            {"pfd_received_on": DIED - timedelta(days=1)},
            "pfd_received_on",
            "must be on or after the date of death",
        ),
        ({"place_of_death": ""}, "place_of_death", "Enter place of death"),
        (
            {"pfd_responded_on": DIED + timedelta(days=30)},
            "pfd_responded_on",
            "Enter the date the Prevention of Future Deaths report was received first",
        ),
        (
            {"pfd_received_on": DIED + timedelta(days=20), "pfd_responded_on": DIED + timedelta(days=10)},
            "pfd_responded_on",
            "The response must be on or after the date the report was received",
        ),
        (
            {"leder_referred_on": DIED + timedelta(days=1)},
            "leder_referred_on",
            "only for a person with a learning disability or autism",
        ),
    ],
)
def test_bad_input_names_the_field_and_changes_nothing(
    examiner_client, death, changes, field, message
):
    before = AuditLog.objects.count()

    response = examiner_client.post(url(death), posted(**changes))

    assert response.status_code == 200
    body = response.content.decode()
    assert message in body
    # The error summary links to the field (the day box of a date).
    assert f'href="#id_{field}' in body
    record = DeathRecord.objects.get(report=death)
    assert record.date_of_death == DIED
    assert record.place_of_death == "Ward 1"
    assert record.scrutinised_on is None
    assert record.pfd_received_on is None
    assert AuditLog.objects.count() == before


def test_the_response_to_a_pfd_report_is_recorded_and_shown(examiner_client, death):
    received, responded = DIED + timedelta(days=20), DIED + timedelta(days=60)

    response = examiner_client.post(
        url(death), posted(pfd_received_on=received, pfd_responded_on=responded), follow=True
    )

    assert DeathRecord.objects.get(report=death).pfd_responded_on == responded
    assert f"(responded {responded.day} {responded:%B %Y})" in response.content.decode()


def test_an_incident_reference_gives_404(examiner_client, trust):
    incident = make_report(trust)

    assert examiner_client.get(url(incident)).status_code == 404
    assert examiner_client.post(url(incident), posted()).status_code == 404


def test_another_trusts_death_gives_404(examiner_client, other_trust):
    elsewhere = make_death(other_trust)

    assert examiner_client.get(url(elsewhere)).status_code == 404
    assert examiner_client.post(url(elsewhere), posted(place_of_death="Ward 9")).status_code == 404
    assert DeathRecord.objects.get(report=elsewhere).place_of_death == "Ward 1"


def test_frontline_staff_get_403(client, make_member, death):
    client.force_login(make_member(Role.FRONTLINE_STAFF))

    assert client.get(url(death)).status_code == 403
    assert client.post(url(death), posted(place_of_death="Ward 9")).status_code == 403
    assert DeathRecord.objects.get(report=death).place_of_death == "Ward 1"


def test_signed_out_people_are_sent_to_sign_in(client, death):
    response = client.get(url(death))

    assert response.status_code == 302
    assert response.url.startswith("/sign-in/")


def test_the_report_page_links_to_the_change_page_only_for_those_who_record_deaths(
    client, make_member, death
):
    client.force_login(make_member(Role.MORTALITY_REVIEWER))
    assert url(death) in client.get(f"/reports/{death.reference}/").content.decode()

    client.force_login(make_member(Role.INVESTIGATOR))
    response = client.get(f"/reports/{death.reference}/")
    assert response.status_code == 200
    assert url(death) not in response.content.decode()


def test_both_death_pages_share_the_fields_of_the_death_record(examiner_client, death):
    recording = examiner_client.get("/reports/deaths/new/").content.decode()
    changing = examiner_client.get(url(death)).content.decode()

    # The report's own fields only when recording; the PFD response only when changing.
    assert 'name="department"' in recording and 'name="specialty_code"' in recording
    assert 'name="department"' not in changing and 'name="specialty_code"' not in changing
    assert "pfd_responded_on_day" in changing and "pfd_responded_on_day" not in recording
    for field in ("place_of_death", "medical_examiner_scrutiny", "family_concerns", "autism"):
        assert f'name="{field}"' in recording and f'name="{field}"' in changing
