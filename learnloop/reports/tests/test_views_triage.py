"""The triage queue, the triage decision and the PSII rule."""

from datetime import timedelta

import pytest
from django.utils import timezone

from learnloop.core.audit import Auditor
from learnloop.core.models import AuditLog
from learnloop.organisations.roles import Role
from learnloop.reports.models import Report, TriageDecision
from learnloop.reports.tests.builders import make_death, make_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def lead(make_member):
    return make_member(Role.PATIENT_SAFETY_LEAD, full_name="Lee Lead")


@pytest.fixture
def lead_client(client, lead):
    client.force_login(lead)
    return client


def days_ago(days):
    return timezone.now() - timedelta(days=days)


# The queue


def test_the_queue_puts_fatal_before_low_and_older_before_newer(lead_client, trust):
    low_old = make_report(trust, physical_harm="low", reported_at=days_ago(20))
    fatal_new = make_report(trust, physical_harm="fatal", reported_at=days_ago(1))
    moderate_new = make_report(trust, physical_harm="moderate", reported_at=days_ago(1))
    moderate_old = make_report(trust, physical_harm="moderate", reported_at=days_ago(5))

    body = lead_client.get("/reports/triage/").content.decode()

    order = [body.index(r.reference) for r in (fatal_new, moderate_old, moderate_new, low_old)]
    assert order == sorted(order)


def test_the_queue_shows_only_what_awaits_triage_in_this_trust(
    lead_client, lead, trust, other_trust
):
    waiting = make_report(trust)
    triaged = make_report(trust)
    TriageDecision.objects.create(report=triaged, response="none", reason="Known")
    Report.objects.filter(pk=triaged.pk).update(status="triaged")
    elsewhere = make_report(other_trust)

    body = lead_client.get("/reports/triage/").content.decode()

    assert waiting.reference in body
    assert triaged.reference not in body
    assert elsewhere.reference not in body


def test_the_queue_flags_never_events_psii_and_candour_without_patient_details(lead_client, trust):
    make_report(
        trust,
        physical_harm="moderate",
        never_event_code="1",
        patient={"name": "Test Patient"},
        reported_at=days_ago(30),
    )
    make_death(trust, problems_in_care_likely=True)

    body = lead_client.get("/reports/triage/").content.decode()

    assert "Never Event" in body
    assert "Problems in care likely: PSII" in body
    assert "Candour overdue since" in body
    assert "nhsuk-tag--red" in body
    assert "Test Patient" not in body


def test_the_queue_is_paged(lead_client, trust):
    for _ in range(27):
        make_report(trust)

    first = lead_client.get("/reports/triage/").content.decode()
    second = lead_client.get("/reports/triage/?page=2").content.decode()

    assert "27 reports awaiting triage" in first
    assert "Page 1 of 2" in first
    assert "Page 2 of 2" in second


def test_the_home_page_tells_a_lead_what_is_waiting(lead_client, trust):
    make_report(trust, physical_harm="severe", reported_at=days_ago(30))
    make_report(trust)

    body = lead_client.get("/").content.decode()

    assert '<a href="/reports/triage/">2 reports awaiting triage</a>' in body
    assert "1 duty of candour overdue" in body


# The decision


def decide(client, report, **data):
    return client.post(f"/reports/{report.reference}/triage/", data)


def test_a_lead_triages_a_report(lead_client, lead, trust):
    report = make_report(trust)

    response = decide(lead_client, report, response="aar", reason="Learning for the ward")

    report.refresh_from_db()
    decision = report.triage_decisions.get()
    assert response.status_code == 302
    assert report.status == "triaged"
    assert decision.response == "aar"
    assert decision.decided_by == lead
    assert AuditLog.objects.filter(object_type="reports.TriageDecision", actor=lead).exists()


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"reason": "Why"}, "response", "Select the response"),
        ({"response": "aar"}, "reason", "Give the reason for this decision"),
        (
            {"response": "refer", "reason": "Why"},
            "referred_to",
            "Select where the report is referred",
        ),
        (
            {"response": "refer", "referred_to": "moon", "reason": "Why"},
            "referred_to",
            "Select where the report is referred",
        ),
    ],
)
def test_bad_triage_input_names_the_field_and_changes_nothing(
    lead_client, trust, data, field, message
):
    report = make_report(trust)

    response = decide(lead_client, report, **data)

    body = response.content.decode()
    report.refresh_from_db()
    assert response.status_code == 200
    assert message in body
    assert f'href="#id_{field}' in body
    assert report.status == "awaiting_triage"
    assert not report.triage_decisions.exists()


def test_a_referral_is_recorded_without_javascript(lead_client, trust):
    report = make_report(trust)

    decide(
        lead_client,
        report,
        response="refer",
        referred_to="hssib",
        referral_detail="Maternity",
        reason="Scope",
    )

    decision = report.triage_decisions.get()
    assert (decision.referred_to, decision.referral_detail) == ("hssib", "Maternity")


def test_a_never_event_must_lead_to_a_psii(lead_client, trust):
    report = make_report(trust, never_event_code="1", physical_harm="moderate")

    page = lead_client.get(f"/reports/{report.reference}/triage/").content.decode()
    refused = decide(lead_client, report, response="aar", reason="Quicker")

    assert "This must lead to a PSII" in page
    assert "It is a Never Event (wrong site surgery)." in page
    assert (
        "This must lead to a patient safety incident investigation (PSII): it is a Never Event."
        in (refused.content.decode())
    )
    assert not report.triage_decisions.exists()
    decide(lead_client, report, response="psii", reason="Never Event")
    assert report.triage_decisions.get().response == "psii"


def test_a_death_with_problems_in_care_likely_must_lead_to_a_psii(lead_client, trust):
    report = make_death(trust, problems_in_care_likely=True)

    page = lead_client.get(f"/reports/{report.reference}/triage/").content.decode()
    refused = decide(lead_client, report, response="none", reason="Expected death")

    assert "more likely than not due to problems in care" in page
    assert "the mortality review judged the death more likely than not due to problems in care" in (
        refused.content.decode()
    )
    assert not report.triage_decisions.exists()


def test_an_ordinary_report_shows_no_psii_warning(lead_client, trust):
    report = make_report(trust)

    page = lead_client.get(f"/reports/{report.reference}/triage/").content.decode()

    assert "This must lead to a PSII" not in page


# Who may triage


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.PATIENT_SAFETY_LEAD])
def test_only_a_safety_lead_may_triage(client, make_member, trust, role):
    report = make_report(trust)
    client.force_login(make_member(role))

    assert client.get("/reports/triage/").status_code == 403
    assert client.get(f"/reports/{report.reference}/triage/").status_code == 403
    assert decide(client, report, response="none", reason="x").status_code == 403
    assert not report.triage_decisions.exists()


def test_another_trusts_lead_gets_404(client, make_member, trust, other_trust):
    report = make_report(trust)
    client.force_login(make_member(Role.PATIENT_SAFETY_LEAD, organisation=other_trust))

    assert client.get(f"/reports/{report.reference}/triage/").status_code == 404
    assert decide(client, report, response="none", reason="x").status_code == 404
    assert not report.triage_decisions.exists()


def test_the_queue_sends_signed_out_people_to_sign_in(client):
    assert client.get("/reports/triage/").url.startswith("/sign-in/")


def test_a_lead_of_the_same_trust_decides_with_an_auditor_naming_them(lead, trust):
    # The service is the only writer; the view passes it the person acting.
    from learnloop.reports import services

    report = make_report(trust)
    decision = services.triage_decide(
        report=report, response="swarm", reason="Huddle", by=Auditor(actor=lead, organisation=trust)
    )

    assert decision.decided_by == lead
