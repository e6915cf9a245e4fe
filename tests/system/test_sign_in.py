"""Signing in as each demo person, and the pages around signing in."""

import pytest
from playwright.sync_api import expect

from learnloop.core.home_panels import DESCRIPTIONS
from learnloop.organisations.demo import organisation_for
from learnloop.organisations.demo_people import DEMO_PASSWORD, DEMO_PEOPLE, DemoPerson

from .conftest import (
    expect_accessible,
    given_i_am_on,
    given_i_am_signed_in_as,
    then_i_am_on_my_home_page,
    then_i_see_an_error_for,
    then_i_see_the_heading,
    then_i_see_the_organisation_in_the_header,
    then_i_see_the_sign_in_page,
    when_i_go_to,
    when_i_sign_in_with,
    when_i_sign_out,
    when_i_switch_organisation_to,
)

pytestmark = pytest.mark.browser


def first_organisation_name(person: DemoPerson) -> str:
    # Someone with several memberships starts in the first organisation by name.
    return min(organisation_for(key).name for key, _ in person.memberships)


def role_headings(person: DemoPerson, organisation_name: str) -> list[str]:
    for key, roles in person.memberships:
        if organisation_for(key).name == organisation_name:
            return [DESCRIPTIONS[role][0] for role in roles]
    raise AssertionError(f"{person.email} has no membership of {organisation_name}")


@pytest.mark.parametrize("person", DEMO_PEOPLE, ids=lambda person: person.email)
def test_each_demo_person_signs_in_to_their_home_page(page, live_server, demo, person):
    organisation_name = first_organisation_name(person)

    given_i_am_on(page, live_server, "/sign-in/")
    when_i_sign_in_with(page, person.email, DEMO_PASSWORD)

    then_i_am_on_my_home_page(page, live_server)
    expect(page.get_by_role("heading", level=1)).to_contain_text(
        f"Hello {person.full_name.split(' ')[0]}"
    )
    for heading in role_headings(person, organisation_name):
        then_i_see_the_heading(page, heading, level=2)
    then_i_see_the_organisation_in_the_header(page, organisation_name)

    when_i_sign_out(page)
    then_i_see_the_sign_in_page(page)
    expect(page.get_by_role("button", name="Sign out")).to_have_count(0)


def test_a_wrong_password_is_shown_in_the_error_summary_linked_to_the_field(
    page, live_server, demo
):
    given_i_am_on(page, live_server, "/sign-in/")

    when_i_sign_in_with(page, "nurse@east-kent.example", "not-the-password")

    expect(page).to_have_title("Error: Sign in – learnloop")
    then_i_see_an_error_for(page, "Password", "Enter a correct email address and password")
    expect(page.get_by_role("button", name="Sign out")).to_have_count(0)


def test_the_page_not_found_page_is_nhs_styled_and_accessible(page, live_server, demo):
    given_i_am_signed_in_as(page, live_server, "nurse@east-kent.example")

    response = page.goto(live_server.url + "/no-such-page/")

    assert response is not None and response.status == 404
    then_i_see_the_heading(page, "Page not found")
    expect(page.locator("header.nhsuk-header")).to_be_visible()
    expect(page.get_by_role("contentinfo")).to_be_visible()
    expect(page.get_by_role("link", name="Go to your home page")).to_be_visible()
    expect_accessible(page)


def test_the_permission_denied_page_is_nhs_styled_and_accessible(page, live_server, demo):
    given_i_am_signed_in_as(page, live_server, "nurse@east-kent.example")

    response = page.goto(live_server.url + "/organisation/people/")

    assert response is not None and response.status == 403
    then_i_see_the_heading(page, "You do not have permission to see this page")
    then_i_see_the_organisation_in_the_header(page, organisation_for("RVV").name)
    expect(page.get_by_role("contentinfo")).to_be_visible()
    expect_accessible(page)


def test_a_person_with_two_memberships_switches_organisation_in_the_header(page, live_server, demo):
    east_kent, medway = organisation_for("RVV").name, organisation_for("RPA").name
    given_i_am_signed_in_as(page, live_server, "investigator@east-kent.example")
    then_i_see_the_organisation_in_the_header(page, east_kent)

    when_i_switch_organisation_to(page, medway)

    then_i_am_on_my_home_page(page, live_server)
    then_i_see_the_organisation_in_the_header(page, medway)
    expect(page.get_by_text(f"You are now working in {medway}.")).to_be_visible()
    then_i_see_the_heading(page, "Investigator", level=2)

    when_i_go_to(page, live_server, "/")
    then_i_see_the_organisation_in_the_header(page, medway)
    expect_accessible(page)


def test_the_nurse_signs_in_and_out_on_a_phone(page, live_server, demo):
    page.set_viewport_size({"width": 390, "height": 844})

    given_i_am_signed_in_as(page, live_server, "nurse@east-kent.example")
    then_i_see_the_heading(page, "Frontline staff", level=2)
    then_i_see_the_organisation_in_the_header(page, organisation_for("RVV").name)

    when_i_sign_out(page)
    then_i_see_the_sign_in_page(page)
