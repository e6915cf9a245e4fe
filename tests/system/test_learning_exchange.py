"""The learning exchange end to end: East Kent's patient safety lead writes learning from a
triaged report, reviews every field's redactions, sees every policy rule pass and publishes it
to the ICB system; Medway (same ICB) finds it by search and adopts it; a trust in another ICB
never sees it; East Kent withdraws it and it is gone for Medway too."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from learnloop.core.audit import Auditor
from learnloop.organisations.demo import organisation_for
from learnloop.organisations.demo_people import DEMO_PASSWORD, EAST_KENT
from learnloop.organisations.models import Organisation, User
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import OrganisationFactory, member
from learnloop.reports import services
from learnloop.reports.models import Report
from learnloop.sharing.models import Learning

from .conftest import expect_accessible, given_i_am_signed_in_as, when_i_sign_out

pytestmark = pytest.mark.browser

EAST_KENT_LEAD = "safety.lead@east-kent.example"
MEDWAY_LEAD = "safety.lead@medway.example"
ELSEWHERE = "nurse@elsewhere-icb.example"
TITLE = "Heparin infusion rate doubled at a pump swap"
# Synthetic: no real person or number.
PATIENT = "Ottoline Quarrendon"
WHAT_HAPPENED = f"{PATIENT} had her heparin infusion run at twice the rate after a pump swap."


@pytest.fixture
def world(demo_people):
    east_kent = organisation_for(EAST_KENT)
    lead = User.objects.get(email=EAST_KENT_LEAD)
    by = Auditor(actor=lead, organisation=east_kent)
    report = services.report_incident(
        organisation=east_kent,
        fields={
            "event_type": Report.EventType.INCIDENT,
            "occurred_at": timezone.now() - timedelta(days=2),
            "what_happened": WHAT_HAPPENED,
            "physical_harm": Report.PhysicalHarm.MODERATE,
        },
        patient={"name": PATIENT, "nhs_number": "9434765919"},
        by=by,
    ).report
    services.triage_decide(
        report=report, response="aar", reason="An after action review with the ward.", by=by
    )
    # A trust in another ICB, with a member of staff who may read learning.
    other_icb = OrganisationFactory(name="Elsewhere Test ICB", kind=Organisation.Kind.ICB)
    elsewhere = OrganisationFactory(name="Elsewhere Test Trust", system=other_icb)
    person = member(elsewhere, Role.FRONTLINE_STAFF, email=ELSEWHERE)
    person.set_password(DEMO_PASSWORD)
    person.save()
    return report


# Steps -----------------------------------------------------------------------------------------


def when_i_write_learning_from_the_report(page: Page, live_server, reference: str) -> None:
    page.goto(f"{live_server.url}/reports/{reference}/")
    page.get_by_role("link", name="Write learning to share").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Write learning to share")
    expect(page.get_by_label("What happened, in brief")).to_have_value(WHAT_HAPPENED)
    expect_accessible(page)
    page.get_by_label("Title").fill(TITLE)
    page.get_by_label("What we found").fill(
        "Two makes of syringe pump on one ward, with different rate screens."
    )
    page.get_by_label("Change 1", exact=True).fill("One make of syringe pump across the trust")
    page.get_by_label("Strength of change 1").select_option(label="Stronger")
    page.get_by_label("Themes").fill("Medication, Medical devices")
    page.get_by_label("The family (or the patient) has been told about this learning").check()
    page.get_by_role("button", name="Save the draft").click()


def when_i_review_every_fields_redactions(page: Page) -> None:
    page.get_by_role("button", name="Propose redactions").click()
    fields = page.get_by_role("table", name="Redaction review of each field")
    expect(fields).to_contain_text("To review")
    names = [name.strip() for name in fields.locator("tbody a").all_inner_texts()]
    assert names == ["Title", "What happened", "What we found", "What we changed (1)"]
    for name in names:
        fields.get_by_role("link", name=name, exact=True).click()
        expect(page.get_by_role("heading", level=1)).to_contain_text("Check the redactions")
        if name == "What happened":
            # The patient's name, known from the report, is proposed for redaction.
            expect(page.locator("main")).to_contain_text("Ottoline")
            expect_accessible(page)
        page.get_by_role("button", name="Confirm the redactions").click()
        expect(page.get_by_role("heading", level=1)).to_contain_text(TITLE)
    page.get_by_role("button", name="Use the reviewed words").click()
    expect(fields).not_to_contain_text("To review")


def then_every_rule_passes(page: Page) -> None:
    rules = page.locator("#policy > li")
    expect(rules).to_have_count(6)
    for index in range(6):
        expect(rules.nth(index)).to_contain_text("Passed")


def when_i_search_learning_for(page: Page, words: str) -> None:
    page.get_by_role("navigation", name="Menu").get_by_role("link", name="Learning").click()
    page.get_by_label("Search learning").fill(words)
    # axe must read the results page, not the page the search leaves (the same URL, at times).
    with page.expect_navigation():
        page.get_by_role("button", name="Search").click()
    expect_accessible(page)


# The journey -------------------------------------------------------------------------------------


def test_learning_is_published_found_adopted_hidden_and_withdrawn(page: Page, live_server, world):
    given_i_am_signed_in_as(page, live_server, EAST_KENT_LEAD)
    when_i_write_learning_from_the_report(page, live_server, world.reference)
    expect(page.get_by_role("heading", level=1)).to_contain_text(TITLE)
    expect_accessible(page)

    when_i_review_every_fields_redactions(page)
    learning = Learning.objects.get(title=TITLE)
    assert PATIENT not in learning.what_happened and "[PERSON]" in learning.what_happened

    # Before approval, the policy says what is missing; after it, every rule passes.
    expect(page.locator("[data-rule=lead_approval]")).to_contain_text("Not yet")
    page.get_by_role("button", name="Approve for sharing").click()
    then_every_rule_passes(page)
    expect_accessible(page)
    page.get_by_role("radio", name="Our system (ICB area and networks)").check()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_role("alert").first).to_contain_text("Published")
    expect_accessible(page)
    when_i_sign_out(page)

    # Medway, in the same ICB, finds it by search and opens it.
    given_i_am_signed_in_as(page, live_server, MEDWAY_LEAD)
    when_i_search_learning_for(page, "heparin pump swap")
    expect(page.get_by_role("heading", level=2, name="1 learning record found")).to_be_visible()
    page.get_by_role("link", name=TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(TITLE)
    expect(page.locator("main")).not_to_contain_text(PATIENT)
    expect_accessible(page)
    when_i_adopt_it(page)
    when_i_sign_out(page)

    # A trust in another ICB: not in its search, and not there at its address.
    given_i_am_signed_in_as(page, live_server, ELSEWHERE)
    when_i_search_learning_for(page, "heparin pump swap")
    expect(page.get_by_role("heading", level=2, name="0 learning records found")).to_be_visible()
    response = page.goto(f"{live_server.url}/learning/{learning.pk}/")
    assert response.status == 404
    page.goto(live_server.url + "/")
    when_i_sign_out(page)

    # East Kent sees it was adopted, and withdraws it.
    given_i_am_signed_in_as(page, live_server, EAST_KENT_LEAD)
    page.goto(f"{live_server.url}/learning/ours/")
    expect_accessible(page)
    records = page.get_by_role("table", name="Our learning records")
    expect(records.get_by_role("row", name=TITLE)).to_contain_text("Published")
    records.get_by_role("link", name=TITLE).click()
    expect(page.get_by_role("table", name="Views and adoptions")).to_contain_text("1")
    page.get_by_role("link", name="Withdraw it").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Withdraw this learning")
    expect_accessible(page)
    page.get_by_label("Why are you withdrawing it?").fill("A detail could identify the ward.")
    page.get_by_role("button", name="Withdraw it").click()
    expect(page.get_by_role("alert").first).to_contain_text("Withdrawn")
    when_i_sign_out(page)

    given_i_am_signed_in_as(page, live_server, MEDWAY_LEAD)
    when_i_search_learning_for(page, "heparin pump swap")
    expect(page.get_by_role("heading", level=2, name="0 learning records found")).to_be_visible()
    assert page.goto(f"{live_server.url}/learning/{learning.pk}/").status == 404


def when_i_adopt_it(page: Page) -> None:
    page.locator("#adopt").get_by_role("button", name="Adopt this learning").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Adopt this learning")
    expect_accessible(page)
    # The form starts from East Kent's strongest change; Medway says what it will do.
    change = page.get_by_label("What will you change?")
    expect(change).to_have_value("One make of syringe pump across the trust")
    change.fill("One make of syringe pump in Medway's wards")
    page.get_by_role("button", name="Adopt this learning").click()
    expect(page.get_by_role("alert").first).to_contain_text("Learning adopted")
    expect(page.locator("main")).to_contain_text(TITLE)  # linked to its source
    expect_accessible(page)
