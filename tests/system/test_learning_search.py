"""A nurse at another trust in the same ICB finds what East Kent learned; what East Kent kept
to itself stays hidden; anyone reads the public learning without signing in."""

import pytest
from playwright.sync_api import Page, expect

from learnloop.sharing.demo_learning import generate_demo_learning

from .conftest import (
    expect_accessible,
    given_i_am_on,
    given_i_am_signed_in_as,
    when_i_sign_out,
)

pytestmark = pytest.mark.browser

MEDWAY_NURSE = "nurse@medway.example"


@pytest.fixture
def demo_learning(demo_people):
    generate_demo_learning()


def when_i_open_learning(page: Page) -> None:
    page.get_by_role("navigation", name="Menu").get_by_role("link", name="Learning").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(
        "Learning from other organisations"
    )
    expect_accessible(page)


def when_i_search_for(page: Page, words: str) -> None:
    page.get_by_label("Search learning").fill(words)
    # axe must read the results page, not the page the search leaves (the same URL, at times).
    with page.expect_navigation():
        page.get_by_role("button", name="Search").click()
    expect_accessible(page)


def then_i_see_the_count(page: Page, text: str) -> None:
    expect(page.get_by_role("heading", level=2, name=text)).to_be_visible()


def then_the_results_are(page: Page, titles: list[str]) -> None:
    expect(page.locator(".learning-results h3")).to_have_text(titles)


def test_a_nurse_finds_learning_from_another_trust_in_her_system(
    page: Page, live_server, demo_learning
):
    given_i_am_signed_in_as(page, live_server, MEDWAY_NURSE)
    when_i_open_learning(page)

    when_i_search_for(page, "insulin ward move")
    then_i_see_the_count(page, "1 learning record found")
    then_the_results_are(page, ["Insulin missed after a ward move"])
    # The words found are highlighted (which of them each engine's snippet shows may differ).
    expect(page.locator(".learning-results mark").filter(has_text="insulin").first).to_be_visible()

    page.get_by_role("link", name="Insulin missed after a ward move").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Insulin missed after a ward move")
    expect(page.locator("main")).to_contain_text("Stronger action")
    expect(page.locator("main")).to_contain_text(
        "East Kent Hospitals University NHS Foundation Trust"
    )
    expect_accessible(page)

    page.get_by_role("link", name="Search learning").click()
    # East Kent kept its learning about falls at night to itself.
    when_i_search_for(page, "falls at night")
    then_i_see_the_count(page, "0 learning records found")

    # Filters. The sepsis record is Medway's own, so its staff see the name it hides from others.
    page.get_by_label("Search learning").fill("")
    page.get_by_text("Filters", exact=True).click()
    page.get_by_label("Harm").select_option(label="Severe physical harm")
    with page.expect_navigation():
        page.get_by_role("button", name="Search").click()
    expect_accessible(page)
    then_the_results_are(page, ["Sepsis recognised late in the emergency department"])
    expect(page.locator(".learning-results")).to_contain_text("Medway NHS Foundation Trust")
    when_i_sign_out(page)


def test_the_regulator_sees_national_learning_from_an_anonymised_trust(
    page: Page, live_server, demo_learning
):
    given_i_am_signed_in_as(page, live_server, "inspector@cqc.example")
    when_i_open_learning(page)
    when_i_search_for(page, "sepsis")

    then_the_results_are(page, ["Sepsis recognised late in the emergency department"])
    expect(page.locator(".learning-results")).to_contain_text("An NHS trust in")
    expect(page.locator(".learning-results")).not_to_contain_text("Medway")
    # System-level learning from Kent stays in Kent and Medway.
    when_i_search_for(page, "insulin")
    then_i_see_the_count(page, "0 learning records found")


def test_anyone_reads_public_learning_without_signing_in(page: Page, live_server, demo_learning):
    given_i_am_on(page, live_server, "/learning/public/")
    then_i_see_the_count(page, "2 learning records found")

    when_i_search_for(page, '"oxygen" AND cylinder*')
    then_the_results_are(page, ["Oxygen cylinder ran out during a transfer to the scanner"])
    page.get_by_role(
        "link", name="Oxygen cylinder ran out during a transfer to the scanner"
    ).click()
    expect(page.locator("main")).to_contain_text("What we changed")
    expect_accessible(page)


def test_a_nurse_saves_a_search_as_a_weekly_email_and_deletes_it(
    page: Page, live_server, demo_learning
):
    given_i_am_signed_in_as(page, live_server, MEDWAY_NURSE)
    when_i_open_learning(page)
    when_i_search_for(page, "insulin")

    page.get_by_role("link", name="Get new results by email").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Get new results by email")
    expect_accessible(page)
    page.get_by_label("Name").fill("Insulin safety")
    page.get_by_role("radio", name="Weekly").check()
    page.get_by_role("button", name="Subscribe").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Your learning subscriptions")
    expect_accessible(page)
    subscriptions = page.get_by_role("table", name="Your subscriptions")
    expect(subscriptions.get_by_role("row", name="Insulin safety")).to_contain_text("Weekly")

    subscriptions.get_by_role("link", name="Delete Insulin safety").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Delete")
    expect_accessible(page)
    page.get_by_role("button", name="Delete subscription").click()
    expect(
        page.get_by_text("You have no subscriptions in Medway NHS Foundation Trust.")
    ).to_be_visible()
