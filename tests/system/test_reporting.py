"""A nurse reports an incident from a phone; anyone with the reference and code follows it."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from learnloop.core.audit import Auditor
from learnloop.organisations.demo import organisation_for
from learnloop.organisations.demo_people import EAST_KENT
from learnloop.organisations.models import User
from learnloop.reports import services
from learnloop.reports.models import Report

from .conftest import (
    expect_accessible,
    given_i_am_on,
    given_i_am_signed_in_as,
    then_i_see_an_error_for,
    then_i_see_the_heading,
    when_i_sign_out,
)

pytestmark = pytest.mark.browser

NURSE = "nurse@east-kent.example"
PHONE = {"width": 390, "height": 844}
WHAT_HAPPENED = (
    "Synthetic test: the 08:00 dose of enoxaparin was given two hours late because the drug "
    "round was interrupted by an emergency in bay 3."
)
REFERENCE = re.compile(r"LL-[A-Z0-9]{4}-[A-Z0-9]{4}")
CODE = re.compile(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}")


def when_i_go_to_report_an_incident(page: Page) -> None:
    page.get_by_role("navigation", name="Menu").get_by_role(
        "link", name="Report an incident"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Report an incident")
    expect_accessible(page)


def when_i_describe_the_incident_but_not_what_happened(page: Page) -> None:
    yesterday = timezone.localdate() - timedelta(days=1)
    page.get_by_label("Incident", exact=True).check()
    when_it_happened = page.get_by_role("group", name="Date it happened")
    when_it_happened.get_by_label("Day").fill(str(yesterday.day))
    when_it_happened.get_by_label("Month").fill(str(yesterday.month))
    when_it_happened.get_by_label("Year").fill(str(yesterday.year))
    page.get_by_label("Time it happened", exact=True).fill("10:15")
    page.get_by_label("Department or ward", exact=True).select_option(label="Acute medical unit")
    page.get_by_label("Where it happened", exact=True).select_option(label="Hospital")
    page.get_by_label("Specialty", exact=True).select_option(label="Acute internal medicine")
    page.get_by_label("Low physical harm", exact=True).check()
    page.get_by_role("button", name="Send report").click()


def when_i_add_what_happened_and_send_it(page: Page) -> None:
    page.get_by_label("What happened", exact=True).fill(WHAT_HAPPENED)
    page.get_by_label("What was done at once (optional)", exact=True).fill(
        "Dose given at once; doctor and pharmacy told."
    )
    page.get_by_role("button", name="Send report").click()


def then_i_see_my_reference_and_code(page: Page) -> tuple[str, str]:
    expect(page.get_by_role("heading", level=1)).to_contain_text("Report sent")
    expect_accessible(page)
    reference = page.locator("#report-reference").inner_text().strip()
    code = page.locator("#follow-up-code").inner_text().strip()
    assert REFERENCE.fullmatch(reference), reference
    assert CODE.fullmatch(code), code
    return reference, code


def when_i_follow_the_report(page: Page, live_server, reference: str, code: str) -> None:
    given_i_am_on(page, live_server, "/reports/follow/")
    then_i_see_the_heading(page, "Follow a report")
    page.get_by_label("Report reference", exact=True).fill(reference)
    page.get_by_label("Follow-up code", exact=True).fill(code)
    page.get_by_role("button", name="Show the report's progress").click()


def then_i_see_the_status(page: Page, reference: str, status: str) -> None:
    expect(page.get_by_role("heading", level=1)).to_contain_text(reference)
    expect(page.locator("main .nhsuk-tag").first).to_have_text(status)
    expect_accessible(page)


def test_a_nurse_reports_an_incident_on_a_phone_and_follows_it_signed_out(
    page, live_server, demo_people
):
    page.set_viewport_size(PHONE)
    given_i_am_signed_in_as(page, live_server, NURSE)

    when_i_go_to_report_an_incident(page)
    when_i_describe_the_incident_but_not_what_happened(page)
    then_i_see_an_error_for(page, "What happened", "Describe what happened")
    when_i_add_what_happened_and_send_it(page)
    reference, code = then_i_see_my_reference_and_code(page)

    report = Report.objects.get(reference=reference)
    assert report.organisation == organisation_for(EAST_KENT)
    assert report.reporter.email == NURSE
    assert report.department.name == "Acute medical unit"
    assert report.physical_harm == Report.PhysicalHarm.LOW
    assert report.what_happened == WHAT_HAPPENED
    assert report.status == Report.Status.AWAITING_TRIAGE

    when_i_sign_out(page)
    when_i_follow_the_report(page, live_server, reference, code)

    then_i_see_the_status(page, reference, "Awaiting triage")
    # The follow-up page shows progress only: nothing the reporter wrote.
    expect(page.locator("main")).not_to_contain_text("enoxaparin")


def test_a_follow_up_code_that_does_not_match_is_refused(page, live_server, demo_people):
    east_kent = organisation_for(EAST_KENT)
    nurse = User.objects.get(email=NURSE)
    new = services.report_incident(
        organisation=east_kent,
        fields={
            "event_type": Report.EventType.INCIDENT,
            "occurred_at": timezone.now() - timedelta(hours=3),
            "what_happened": "Synthetic test: a patient slipped in the shower room.",
            "physical_harm": Report.PhysicalHarm.NONE,
        },
        anonymous=True,
        by=Auditor(actor=nurse, organisation=east_kent),
    )
    reference = new.report.reference
    wrong_code = "AAAA-BBBB-CCCC" if new.follow_up_code != "AAAA-BBBB-CCCC" else "CCCC-BBBB-AAAA"

    when_i_follow_the_report(page, live_server, reference, wrong_code)

    then_i_see_an_error_for(
        page,
        "Follow-up code",
        "The reference and code do not match a report. Check both and try again",
    )
    expect(page.locator("main")).not_to_contain_text("Awaiting triage")

    page.get_by_label("Follow-up code", exact=True).fill(new.follow_up_code.lower())
    page.get_by_role("button", name="Show the report's progress").click()

    then_i_see_the_status(page, reference, "Awaiting triage")
