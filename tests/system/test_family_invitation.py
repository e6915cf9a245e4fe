"""A relative is invited to follow one case, joins through the link, and the link works once."""

import re

import pytest
from playwright.sync_api import Page, expect

from learnloop.organisations.demo import organisation_for
from learnloop.organisations.demo_people import EAST_KENT
from learnloop.organisations.models import Invitation

from .conftest import (
    expect_accessible,
    given_i_am_signed_in_as,
    then_i_am_on_my_home_page,
    then_i_see_an_error_for,
    then_i_see_the_heading,
    then_i_see_the_organisation_in_the_header,
    when_i_choose_from_the_menu,
    when_i_sign_out,
)

pytestmark = pytest.mark.browser

RELATIVE_EMAIL = "alex.morgan@example.com"
RELATIVE_NAME = "Alex Morgan"
RELATIVE_PASSWORD = "kettle-orchard-lantern-93"
CASE_REFERENCE = "R-2026-0042"


def when_i_go_to_invite_a_family_member(page: Page) -> None:
    when_i_choose_from_the_menu(page, "People")
    expect(page.get_by_role("heading", level=1)).to_contain_text("People")
    expect_accessible(page)
    page.get_by_role("link", name="Invite a family member to follow a case").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(
        "Invite a family member to follow a case"
    )
    expect_accessible(page)


def when_i_send_the_invitation_without_a_case_reference(page: Page) -> None:
    page.get_by_label("Email address", exact=True).fill(RELATIVE_EMAIL)
    page.get_by_label("Full name", exact=True).fill(RELATIVE_NAME)
    page.get_by_role("button", name="Send invitation").click()


def when_i_add_the_case_reference_and_send_it(page: Page) -> None:
    page.get_by_label("Case reference", exact=True).fill(CASE_REFERENCE)
    page.get_by_role("button", name="Send invitation").click()


def then_i_see_the_invitation_link(page: Page) -> str:
    expect(page.get_by_role("heading", level=1)).to_contain_text("Invitation sent")
    expect(page.get_by_text(f"We have emailed an invitation to {RELATIVE_EMAIL}.")).to_be_visible()
    expect_accessible(page)
    link = page.locator("#invitation-link").inner_text().strip()
    assert re.fullmatch(r"http://[^/]+/invitations/[A-Za-z0-9_-]{20,}/", link), link
    return link


def when_i_open_the_invitation_link(page: Page, link: str):
    return page.goto(link)


def when_i_create_my_account(page: Page) -> None:
    expect(page.get_by_role("heading", level=1)).to_contain_text("Accept your invitation")
    expect(page.get_by_label("Full name", exact=True)).to_have_value(RELATIVE_NAME)
    expect_accessible(page)
    page.get_by_label("Create a password", exact=True).fill(RELATIVE_PASSWORD)
    page.get_by_label("Confirm password", exact=True).fill(RELATIVE_PASSWORD)
    page.get_by_role("button", name="Create account and accept").click()


def then_i_see_one_case_waiting(page: Page) -> None:
    then_i_see_the_heading(page, "Family member", level=2)
    expect(page.locator("main")).to_contain_text(
        re.compile(r"\b1 cases? you are invited to follow")
    )


@pytest.mark.parametrize("inviter", ["safety.lead@east-kent.example", "admin@east-kent.example"])
def test_a_relative_joins_through_a_single_use_invitation_link(page, live_server, demo, inviter):
    east_kent = organisation_for(EAST_KENT).name
    given_i_am_signed_in_as(page, live_server, inviter)

    when_i_go_to_invite_a_family_member(page)
    when_i_send_the_invitation_without_a_case_reference(page)
    then_i_see_an_error_for(page, "Case reference", "Enter the case reference")
    when_i_add_the_case_reference_and_send_it(page)
    link = then_i_see_the_invitation_link(page)
    when_i_sign_out(page)

    response = when_i_open_the_invitation_link(page, link)
    assert response is not None and response.status == 200
    when_i_create_my_account(page)

    then_i_am_on_my_home_page(page, live_server)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hello Alex")
    then_i_see_the_organisation_in_the_header(page, east_kent)
    then_i_see_one_case_waiting(page)
    invitation = Invitation.objects.get(email=RELATIVE_EMAIL)
    assert invitation.accepted_by.email == RELATIVE_EMAIL
    assert invitation.case_reference == CASE_REFERENCE
    when_i_sign_out(page)

    response = when_i_open_the_invitation_link(page, link)

    assert response is not None and response.status == 410
    then_i_see_the_heading(page, "This invitation has already been used")
    expect_accessible(page)
