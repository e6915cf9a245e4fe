"""The triage page's "This has happened before": learning from other organisations most like
the report, as the triager's organisation may see it."""

import re

import pytest
from django.test import Client

from learnloop.core.audit import Auditor
from learnloop.organisations.roles import Permission, Role
from learnloop.organisations.tests.factories import member
from learnloop.reports.tests.builders import make_report
from learnloop.sharing import learning_services
from learnloop.sharing.models import SharingLevel
from learnloop.sharing.tests.learning_builders import organisation_map, published

REPORT = (
    "A synthetic test event: the evening enoxaparin dose was missed after a transfer from the "
    "emergency department; the anticoagulant chart was left behind."
)
CHANGES = [
    ("Reminded staff by memo", "weaker"),
    ("The transfer checklist now asks for the anticoagulant chart", "intermediate"),
    (
        "The electronic chart cannot close a transfer until anticoagulants are reconciled",
        "stronger",
    ),
]


@pytest.fixture
def orgs(db):
    return organisation_map()


def lead_client(organisation) -> Client:
    client = Client()
    client.force_login(member(organisation, Role.PATIENT_SAFETY_LEAD))
    return client


def anticoagulant_record(organisation, level=SharingLevel.NATIONAL, **overrides):
    fields = {
        "title": "Anticoagulant doses missed after transfer",
        "what_happened": "Enoxaparin was not given after a move from the emergency department.",
        "what_we_found": "The anticoagulant chart did not travel with the patient.",
        "changes": CHANGES,
    }
    return published(organisation, level, **{**fields, **overrides})


def triage_page(client, report) -> str:
    response = client.get(f"/reports/{report.reference}/triage/")
    assert response.status_code == 200
    return response.content.decode()


def panel(body: str) -> str:
    """The page from the panel on (it is the last thing on the page)."""
    return body[body.index('id="similar-learning"') :]


def test_the_panel_shows_similar_learning_from_elsewhere_with_its_strongest_change(orgs):
    record = anticoagulant_record(orgs.sussex_a, title="Sussex anticoagulant learning")
    own = anticoagulant_record(orgs.kent_a, title="Our own anticoagulant learning")
    report = make_report(orgs.kent_a, what_happened=REPORT)

    body = triage_page(lead_client(orgs.kent_a), report)

    shown = panel(body)
    assert "This has happened before" in shown
    assert f'<a href="/learning/{record.pk}/">Sussex anticoagulant learning</a>' in shown
    assert "Sussex A Test Trust" in shown
    assert "<mark>" in shown
    # One change: the strongest (the snippet may quote the others).
    assert re.search(
        r"Stronger action\s*</strong>\s*The electronic chart cannot close a transfer", shown
    )
    assert "Intermediate action" not in shown and "Weaker action" not in shown
    assert own.title not in shown


def test_an_anonymised_publisher_stays_anonymised(orgs):
    anticoagulant_record(orgs.kent_a, anonymised_publisher=True)
    report = make_report(orgs.sussex_a, what_happened=REPORT)

    shown = panel(triage_page(lead_client(orgs.sussex_a), report))

    assert "An NHS trust in South East" in shown
    assert "Kent A Test Trust" not in shown


def test_never_what_the_organisation_may_not_see(orgs):
    anticoagulant_record(orgs.sussex_b, SharingLevel.SYSTEM, title="Sussex system-level record")
    withdrawn = anticoagulant_record(orgs.cqc, title="A withdrawn record")
    learning_services.learning_withdraw(
        learning=withdrawn, reason="Wrong.", by=Auditor.system(orgs.cqc)
    )
    anticoagulant_record(orgs.kent_b, SharingLevel.SYSTEM, title="Kent system-level record")
    report = make_report(orgs.kent_a, what_happened=REPORT)

    shown = panel(triage_page(lead_client(orgs.kent_a), report))

    assert "Kent system-level record" in shown
    assert "Sussex system-level record" not in shown
    assert "A withdrawn record" not in shown


def test_at_most_five_records(orgs):
    for number in range(7):
        anticoagulant_record(orgs.cqc, title=f"Anticoagulant record {number}")
    report = make_report(orgs.kent_a, what_happened=REPORT)

    shown = panel(triage_page(lead_client(orgs.kent_a), report))

    assert len(re.findall(r"Anticoagulant record \d", shown)) == 5


def test_when_nothing_is_similar_the_page_says_so(orgs):
    published(orgs.cqc, SharingLevel.NATIONAL, title="A fall from a chair")
    report = make_report(orgs.kent_a, what_happened="Synthetic: a wheelchair brake failed.")

    body = triage_page(lead_client(orgs.kent_a), report)

    assert "This has happened before" in body
    assert "No learning from other organisations is like this report yet." in body


def test_the_panel_needs_permission_to_view_learning(orgs, monkeypatch):
    anticoagulant_record(orgs.cqc)
    report = make_report(orgs.kent_a, what_happened=REPORT)
    from learnloop.reports import views

    real = views.has_permission
    monkeypatch.setattr(
        views,
        "has_permission",
        lambda user, permission, organisation: (
            permission != Permission.VIEW_LEARNING and real(user, permission, organisation)
        ),
    )

    body = triage_page(lead_client(orgs.kent_a), report)

    assert "This has happened before" not in body
    assert "Anticoagulant doses missed after transfer" not in body


def test_the_panel_is_shown_again_beside_a_form_with_errors(orgs):
    anticoagulant_record(orgs.cqc)
    report = make_report(orgs.kent_a, what_happened=REPORT)

    response = lead_client(orgs.kent_a).post(
        f"/reports/{report.reference}/triage/", {"response": "aar"}
    )

    body = response.content.decode()
    assert response.status_code == 200
    assert "Give the reason for this decision" in body
    assert "Anticoagulant doses missed after transfer" in panel(body)
