"""The patient safety lead triages the nurse's report to a PSII; the reporter sees it triaged."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from learnloop.core.audit import Auditor
from learnloop.organisations.demo import organisation_for
from learnloop.organisations.demo_people import EAST_KENT, MEDWAY
from learnloop.organisations.models import User
from learnloop.reports import services
from learnloop.reports.models import Report, TriageDecision
from learnloop.sharing.models import SharingLevel
from learnloop.sharing.tests.learning_builders import published

from .conftest import (
    expect_accessible,
    given_i_am_signed_in_as,
    then_i_see_an_error_for,
    when_i_sign_out,
)
from .test_reporting import then_i_see_the_status, when_i_follow_the_report

pytestmark = pytest.mark.browser

SAFETY_LEAD = "safety.lead@east-kent.example"
PSII = "Patient safety incident investigation (PSII)"
REASON = "Synthetic test: a second delayed anticoagulant dose on this ward this month."
SIMILAR = "Enoxaparin missed overnight after a ward move"


@pytest.fixture
def nurses_report(demo_people):
    """The nurse's report, made as the reporting page makes it, and its follow-up code."""
    east_kent = organisation_for(EAST_KENT)
    nurse = User.objects.get(email="nurse@east-kent.example")
    new = services.report_incident(
        organisation=east_kent,
        fields={
            "event_type": Report.EventType.INCIDENT,
            "occurred_at": timezone.now() - timedelta(hours=5),
            "department": east_kent.departments.get(name="Acute medical unit"),
            "what_happened": "Synthetic test: a dose of enoxaparin was missed overnight.",
            "physical_harm": Report.PhysicalHarm.MODERATE,
        },
        patient={"name": "Ada Testwell", "nhs_number": "9990000018"},
        by=Auditor(actor=nurse, organisation=east_kent),
    )
    return new.report, new.follow_up_code


@pytest.fixture
def medways_learning(demo_people):
    """What Medway learned from a dose like the nurse's, shared nationally."""
    return published(
        organisation_for(MEDWAY),
        SharingLevel.NATIONAL,
        title=SIMILAR,
        what_happened="An evening enoxaparin dose was missed overnight after a ward move.",
        what_we_found="The receiving ward could not see doses due during the move.",
        changes=[("Due anticoagulants now block a transfer until confirmed", "stronger")],
    )


def when_i_open_the_triage_queue(page: Page) -> None:
    page.get_by_role("navigation", name="Menu").get_by_role("link", name="Triage").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Reports awaiting triage")
    expect_accessible(page)


def when_i_open_the_report(page: Page, reference: str) -> None:
    page.get_by_role("link", name=reference).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(reference)
    expect(page.locator("main")).to_contain_text("a dose of enoxaparin was missed overnight")
    expect_accessible(page)


def when_i_choose_a_psii_without_a_reason(page: Page, reference: str) -> None:
    page.get_by_role("link", name="Triage this report").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(f"Triage {reference}")
    expect_accessible(page)
    page.get_by_label(PSII, exact=True).check()
    page.get_by_role("button", name="Save the decision").click()


def when_i_give_the_reason_and_save(page: Page) -> None:
    page.get_by_label("Reason for this decision", exact=True).fill(REASON)
    page.get_by_role("button", name="Save the decision").click()


def then_i_see_that_this_has_happened_before(page: Page, title: str) -> None:
    panel = page.locator("#similar-learning")
    expect(panel.get_by_role("heading", level=2)).to_have_text("This has happened before")
    expect(panel.get_by_role("link", name=title)).to_be_visible()
    expect(panel).to_contain_text("Medway NHS Foundation Trust")
    expect(panel).to_contain_text("Stronger action")


def then_the_report_has_left_the_queue(page: Page, reference: str) -> None:
    expect(page.get_by_role("heading", level=1)).to_contain_text("Reports awaiting triage")
    expect(page.get_by_role("alert")).to_contain_text(f"{reference} has been triaged")
    expect(page.get_by_role("link", name=reference)).to_have_count(0)
    expect_accessible(page)


def test_the_safety_lead_triages_the_nurses_report_to_a_psii(
    page, live_server, nurses_report, medways_learning
):
    report, code = nurses_report
    given_i_am_signed_in_as(page, live_server, SAFETY_LEAD)

    when_i_open_the_triage_queue(page)
    when_i_open_the_report(page, report.reference)
    when_i_choose_a_psii_without_a_reason(page, report.reference)
    then_i_see_an_error_for(page, "Reason for this decision", "Give the reason for this decision")
    expect(page.get_by_label(PSII, exact=True)).to_be_checked()
    then_i_see_that_this_has_happened_before(page, SIMILAR)
    when_i_give_the_reason_and_save(page)

    then_the_report_has_left_the_queue(page, report.reference)
    decision = TriageDecision.objects.get(report=report)
    assert decision.response == TriageDecision.Response.PSII
    assert decision.reason == REASON
    assert decision.decided_by.email == SAFETY_LEAD
    report.refresh_from_db()
    assert report.status == Report.Status.TRIAGED

    when_i_sign_out(page)
    when_i_follow_the_report(page, live_server, report.reference, code)

    then_i_see_the_status(page, report.reference, "Triaged")
    # The reporter learns what will be done, not the lead's reasons (they may name people).
    expect(page.locator("main")).not_to_contain_text(REASON)
