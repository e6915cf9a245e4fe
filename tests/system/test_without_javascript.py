"""Pages work without JavaScript: with scripts turned off in the browser, an investigator
signs in and switches organisation, and an administrator invites a member of staff.

axe runs as a script in the page, so it cannot run here; the same pages are checked with it
in the other journeys.
"""

import pytest
from playwright.sync_api import expect

from learnloop.organisations.demo import organisation_for
from learnloop.organisations.demo_people import DEMO_PASSWORD

from .conftest import (
    then_i_see_the_organisation_in_the_header,
    when_i_go_to,
    when_i_sign_in_with,
    when_i_switch_organisation_to,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser, demo):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def given_i_am_signed_in_without_javascript(page, live_server, email):
    when_i_go_to(page, live_server, "/sign-in/")
    when_i_sign_in_with(page, email, DEMO_PASSWORD)
    expect(page.get_by_text("You are signed in as")).to_be_visible()
    # NHS.UK frontend's inline script marks the body when scripts run; it must not have.
    expect(page.locator("body.js-enabled")).to_have_count(0)


def test_without_javascript_the_investigator_switches_organisation(page, live_server):
    given_i_am_signed_in_without_javascript(page, live_server, "investigator@east-kent.example")

    medway = organisation_for("RPA").name
    when_i_switch_organisation_to(page, medway)

    then_i_see_the_organisation_in_the_header(page, medway)


def test_without_javascript_an_administrator_invites_a_member_of_staff(page, live_server):
    given_i_am_signed_in_without_javascript(page, live_server, "admin@east-kent.example")
    when_i_go_to(page, live_server, "/organisation/people/invite/")

    page.get_by_role("button", name="Send invitation").click()
    summary = page.locator(".nhsuk-error-summary")
    expect(summary).to_contain_text("Enter their email address")

    page.get_by_label("Email address", exact=True).fill("new.nurse@east-kent.example")
    page.get_by_label("Full name", exact=True).fill("Nia Jones")
    page.get_by_label("Frontline staff", exact=True).check()
    page.get_by_role("button", name="Send invitation").click()

    expect(page.get_by_text("Invitation sent")).to_be_visible()
    expect(page.get_by_text("/invitations/")).to_be_visible()
