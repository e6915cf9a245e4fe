"""The patient safety lead prepares a report for sharing: the engine's redactions are shown, the
lead keeps one, redacts a word it missed by selecting it with the mouse, confirms, and the
organisation's terms list both. Then the same review without JavaScript."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from learnloop.core.audit import Auditor
from learnloop.organisations.demo import organisation_for
from learnloop.organisations.demo_people import DEMO_PASSWORD, EAST_KENT
from learnloop.organisations.models import User
from learnloop.reports import services
from learnloop.reports.models import Report
from learnloop.sharing import services as sharing_services

from .conftest import (
    STEP_TIMEOUT_MS,
    expect_accessible,
    given_i_am_signed_in_as,
    then_i_see_an_error_for,
    when_i_sign_in_with,
)

pytestmark = pytest.mark.browser

SAFETY_LEAD = "safety.lead@east-kent.example"
# Synthetic: no real person, number or place.
WHAT_HAPPENED = (
    "Synthetic test: Mrs Testwell fell on 3rd March 2024 near pump AB1234567. "
    "Her son rang the Quillmoor unit."
)


@pytest.fixture
def report(demo_people):
    east_kent = organisation_for(EAST_KENT)
    nurse = User.objects.get(email="nurse@east-kent.example")
    return services.report_incident(
        organisation=east_kent,
        fields={
            "event_type": Report.EventType.INCIDENT,
            "occurred_at": timezone.now() - timedelta(hours=5),
            "what_happened": WHAT_HAPPENED,
            "physical_harm": Report.PhysicalHarm.LOW,
        },
        patient={"name": "Ada Testwell", "nhs_number": "9990000018"},
        by=Auditor(actor=nurse, organisation=east_kent),
    ).report


# Steps -----------------------------------------------------------------------------------------


def when_i_prepare_the_report_for_sharing(page: Page, live_server, reference: str) -> None:
    page.goto(f"{live_server.url}/reports/{reference}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text(reference)
    expect_accessible(page)
    page.get_by_role("button", name="Prepare for sharing").click()


def then_i_see_the_redactions_highlighted(page: Page) -> None:
    expect(page.get_by_role("heading", level=1)).to_contain_text("Check the redactions")
    text = page.locator("[data-review-text]")
    for words, label in [("Mrs Testwell", "Person"), ("3rd March 2024", "Date")]:
        mark = text.locator("mark", has_text=words)
        expect(mark).to_have_count(1)
        expect(mark.locator(".ll-redaction__label")).to_contain_text(label)
    expect(text.locator("mark", has_text="AB1234567")).to_have_count(1)
    expect(page.locator("[data-preview]")).to_contain_text("[PERSON] fell on [DATE] near pump")
    expect_accessible(page)


def redaction_number(page: Page, words: str) -> str:
    return page.locator("[data-review-text] mark", has_text=words).get_attribute("data-number")


def when_i_keep(page: Page, words: str) -> None:
    number = redaction_number(page, words)
    page.get_by_label(f"Not identifying: keep this (redaction {number})", exact=True).check()


def when_i_select_with_the_mouse(page: Page, words: str) -> None:
    text = page.locator("[data-review-text]")
    text.scroll_into_view_if_needed()
    box = text.evaluate(
        """(element, words) => {
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
                const node = walker.currentNode, at = node.data.indexOf(words);
                if (at < 0) continue;
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + words.length);
                const r = range.getBoundingClientRect();
                return {x: r.x, y: r.y, width: r.width, height: r.height};
            }
            return null;
        }""",
        words,
    )
    assert box, f"{words!r} is not in the text"
    middle = box["y"] + box["height"] / 2
    # From just inside the first letter to just inside the last: the page widens it to the word.
    page.mouse.move(box["x"] + 2, middle)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 2, middle, steps=8)
    page.mouse.up()


def when_i_redact_the_selection_as(page: Page, label: str) -> None:
    panel = page.locator("[data-selection-panel]")
    expect(panel).to_be_visible()
    page.get_by_label("What kind of identifier is the selected text?").select_option(label=label)
    page.get_by_role("button", name="Redact the selected text").click()


def then_the_text_is_shared_as(page: Page, shared: str) -> None:
    expect(page.get_by_role("heading", level=1)).to_contain_text("The de-identified text")
    expect(page.locator("[data-redacted-text]")).to_have_text(shared)
    expect(page.get_by_role("alert").first).to_contain_text("Redactions confirmed")
    expect_accessible(page)


def then_the_terms_page_lists(page: Page, *, redact: str, keep: str) -> None:
    page.get_by_role("link", name="Your organisation's terms").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Your organisation's terms")
    redacted = page.get_by_role("table", name="Words always redacted")
    expect(redacted.get_by_role("row", name=redact)).to_contain_text("Place")
    expect(page.get_by_role("table", name="Words always kept")).to_contain_text(keep)
    expect_accessible(page)


# The journey -----------------------------------------------------------------------------------


def test_a_lead_reviews_redactions_and_the_organisation_learns(page: Page, live_server, report):
    given_i_am_signed_in_as(page, live_server, SAFETY_LEAD)

    when_i_prepare_the_report_for_sharing(page, live_server, report.reference)
    then_i_see_the_redactions_highlighted(page)

    when_i_keep(page, "AB1234567")
    # The preview follows at once, before anything is sent.
    expect(page.locator("[data-preview]")).to_contain_text("near pump AB1234567.")
    expect(page.locator("[data-review-text] mark", has_text="AB1234567")).to_contain_text("kept")

    when_i_select_with_the_mouse(page, "Quillmoor")
    when_i_redact_the_selection_as(page, "Place")

    quillmoor = page.locator("[data-review-text] mark", has_text="Quillmoor")
    expect(quillmoor).to_contain_text("Place")
    expect(quillmoor.locator("[data-start]")).to_have_text("Quillmoor")
    expect(page.locator("[data-preview]")).to_contain_text("the [LOCATION] unit")
    # The earlier decision survived the round trip.
    number = redaction_number(page, "AB1234567")
    expect(
        page.get_by_label(f"Not identifying: keep this (redaction {number})", exact=True)
    ).to_be_checked()
    expect_accessible(page)

    page.get_by_role("button", name="Confirm the redactions").click()

    then_the_text_is_shared_as(
        page,
        "Synthetic test: [PERSON] fell on [DATE] near pump AB1234567. "
        "Her son rang the [LOCATION] unit.",
    )
    then_the_terms_page_lists(page, redact="Quillmoor", keep="AB1234567")


def test_an_investigator_deidentifies_the_learning_from_an_after_action_review(
    page: Page, live_server, demo_people
):
    given_i_am_signed_in_as(page, live_server, "investigator@east-kent.example")
    page.get_by_role("navigation", name="Menu").get_by_role("link", name="Learning").click()
    page.get_by_role("link", name="De-identify a text").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("De-identify a text")
    expect_accessible(page)

    page.get_by_role("button", name="Check the text").click()
    then_i_see_an_error_for(page, "What is the text for?", "Say what the text is for")

    page.get_by_label("What is the text for?", exact=True).fill("After action review: a fall")
    page.get_by_label("Text to de-identify", exact=True).fill(
        "Synthetic test: on 4th May 2025 the bed rails were left down.\n"
        "Learning: check the rails at every handover."
    )
    page.get_by_role("button", name="Check the text").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Check the redactions")
    expect(page.locator("[data-review-text] mark", has_text="4th May 2025")).to_contain_text("Date")
    expect_accessible(page)

    page.get_by_role("button", name="Confirm the redactions").click()

    expect(page.locator("[data-redacted-text]")).to_have_text(
        "Synthetic test: on [DATE] the bed rails were left down.\n"
        "Learning: check the rails at every handover."
    )
    expect_accessible(page)


# Without JavaScript ----------------------------------------------------------------------------


@pytest.fixture
def page_without_javascript(browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(STEP_TIMEOUT_MS)
    yield page
    context.close()


def test_without_javascript_the_review_works_by_posting_back(
    page_without_javascript: Page, live_server, report
):
    page = page_without_javascript
    lead = User.objects.get(email=SAFETY_LEAD)
    review = sharing_services.review_start_from_report(
        report=report, by=Auditor(actor=lead, organisation=report.organisation)
    )
    page.goto(f"{live_server.url}/sign-in/")
    when_i_sign_in_with(page, SAFETY_LEAD, DEMO_PASSWORD)
    expect(page.get_by_text("You are signed in as")).to_be_visible()
    page.goto(f"{live_server.url}/sharing/reviews/{review.pk}/")
    # Only what works without JavaScript is shown.
    expect(page.get_by_role("button", name="Redact the selected text")).to_be_hidden()

    when_i_keep(page, "AB1234567")
    page.get_by_role("button", name="Update the preview").click()
    expect(page.locator("[data-preview]")).to_contain_text("near pump AB1234567.")

    page.get_by_label("Words to redact", exact=True).fill("quillmoor")
    page.get_by_label("What kind of identifier are they?").select_option(label="Place")
    page.get_by_role("button", name="Add the redaction").click()
    expect(page.locator("[data-preview]")).to_contain_text("the [LOCATION] unit")

    page.get_by_role("button", name="Confirm the redactions").click()

    expect(page.locator("[data-redacted-text]")).to_have_text(
        "Synthetic test: [PERSON] fell on [DATE] near pump AB1234567. "
        "Her son rang the [LOCATION] unit."
    )
