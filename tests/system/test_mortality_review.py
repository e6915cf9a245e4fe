"""Two reviewers judge a death on their own and disagree; a second-stage reviewer settles an
avoidability of 3, which puts the death back in the triage queue, where a PSII must follow."""

from datetime import date, timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from learnloop.core.audit import Auditor
from learnloop.organisations import services as organisation_services
from learnloop.organisations.demo import organisation_for
from learnloop.organisations.demo_people import EAST_KENT
from learnloop.organisations.models import User
from learnloop.organisations.roles import Role
from learnloop.reports import services as report_services
from learnloop.reports.models import Report
from learnloop.reviews import services as review_services
from learnloop.reviews.models import MortalityJudgement, StructuredJudgementReview

from .conftest import expect_accessible, given_i_am_signed_in_as, when_i_sign_out

pytestmark = pytest.mark.browser

MORTALITY_REVIEWER = "mortality.reviewer@east-kent.example"
SAFETY_LEAD = "safety.lead@east-kent.example"
SECOND_STAGE_REVIEWER = "second.stage@east-kent.example"
SECOND_STAGE_PASSWORD = "harbour-quince-meadow-71"  # noqa: S105 (a test account's password)

# Phase of care -> (score label, or None for not applicable)
PHASES = [
    "admission and initial management",
    "ongoing care",
    "care during a procedure",
    "perioperative care",
    "end-of-life care",
    "overall assessment of care",
]
NOT_APPLICABLE = "Not applicable: this phase of care did not happen"
CARE_SCORES = {2: "2 Poor care", 3: "3 Adequate care", 4: "4 Good care"}
AVOIDABILITY = {
    2: "2 Strong evidence of avoidability",
    3: "3 Probably avoidable (more than 50:50)",
    5: "5 Slight evidence of avoidability",
}


@pytest.fixture
def screened_death(demo_people):
    """A death the medical examiner recorded and screened in for a Structured Judgement Review."""
    east_kent = organisation_for(EAST_KENT)
    examiner = Auditor(
        actor=User.objects.get(email="medical.examiner@east-kent.example"), organisation=east_kent
    )
    died_on = date.today() - timedelta(days=12)
    report = report_services.record_death(
        organisation=east_kent,
        fields={
            "occurred_at": timezone.now() - timedelta(days=12),
            "what_happened": "Synthetic test death on the acute medical unit.",
            "department": east_kent.departments.get(name="Acute medical unit"),
        },
        death={
            "date_of_death": died_on,
            "place_of_death": "Acute medical unit",
            "cause_of_death": "1a Sepsis; 1b Community-acquired pneumonia",
            "family_concerns": "The family say antibiotics were given late.",
        },
        patient={"name": "Bertie Samplefield", "nhs_number": "9990000018"},
        by=examiner,
    ).report
    review_services.criteria_ensure(organisation=east_kent, by=examiner)
    review_services.death_screen(
        report=report,
        criteria=east_kent.screening_criteria.filter(code="family_concern"),
        sjr_needed=True,
        reason="The family raised a concern about care.",
        by=examiner,
    )
    return report


@pytest.fixture
def second_stage_reviewer(demo_people):
    """A third reviewer, who wrote no first-stage review, for the second stage."""
    east_kent = organisation_for(EAST_KENT)
    user = User.objects.create_user(
        SECOND_STAGE_REVIEWER,
        SECOND_STAGE_PASSWORD,
        full_name="Dr Nia Second",
        job_title="Consultant",
    )
    organisation_services.membership_grant(
        user=user,
        organisation=east_kent,
        roles=[Role.MORTALITY_REVIEWER],
        by=Auditor.system(east_kent),
    )
    return user


def when_i_open_the_case(page: Page, reference: str) -> None:
    page.get_by_role("navigation", name="Menu").get_by_role("link", name="Mortality review").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect_accessible(page)
    page.get_by_role("link", name=reference).first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(reference)
    expect_accessible(page)


def when_i_write_and_submit_my_review(page: Page, *, overall: int, avoidability: int) -> None:
    page.get_by_role("button", name="Start your review").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Your Structured Judgement Review")
    expect_accessible(page)
    for phase in PHASES:
        scores = page.get_by_role("group", name=f"Score for {phase}")
        if phase in ("care during a procedure", "perioperative care"):
            scores.get_by_label(NOT_APPLICABLE, exact=True).check()
            continue
        scores.get_by_label(CARE_SCORES[overall], exact=True).check()
        page.get_by_label(f"Your judgement of {phase}", exact=True).fill(
            f"Synthetic test judgement of {phase}."
        )
    if avoidability <= 3:
        page.get_by_label("Clinical monitoring", exact=True).check()
        page.get_by_label("What was the problem with clinical monitoring?", exact=True).fill(
            "NEWS2 of 7 not escalated for two hours."
        )
    page.get_by_label(AVOIDABILITY[avoidability], exact=True).check()
    page.get_by_role("button", name="Submit review").click()
    expect(page.get_by_role("alert")).to_contain_text("Your review is submitted")
    expect_accessible(page)


def then_the_case_needs_a_second_stage(page: Page) -> None:
    expect(page.locator("main")).to_contain_text(
        "The reviewers disagree: a second-stage review is needed"
    )


def when_i_settle_the_judgement(page: Page, *, overall: int, avoidability: int) -> None:
    page.get_by_role("button", name="Do the second-stage review").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Second-stage review")
    expect_accessible(page)
    page.get_by_role("group", name="Settled overall care score").get_by_label(
        CARE_SCORES[overall], exact=True
    ).check()
    page.get_by_role("group", name="Settled avoidability of death").get_by_label(
        AVOIDABILITY[avoidability], exact=True
    ).check()
    page.get_by_label("Your rationale", exact=True).fill(
        "Synthetic test: the delay in escalation probably changed the outcome."
    )
    page.get_by_role("button", name="Record the final judgement").click()


def then_the_death_is_back_in_triage(page: Page, reference: str) -> None:
    expect(page.get_by_role("alert")).to_contain_text("back in the triage queue")
    expect_accessible(page)


def then_the_queue_says_it_must_lead_to_a_psii(page: Page, reference: str) -> None:
    page.get_by_role("navigation", name="Menu").get_by_role("link", name="Triage").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Reports awaiting triage")
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=reference))
    expect(row).to_contain_text("Problems in care likely: PSII")
    expect_accessible(page)


def test_reviewers_disagree_and_a_second_stage_sends_the_death_back_to_triage(
    page, live_server, screened_death, second_stage_reviewer
):
    reference = screened_death.reference

    given_i_am_signed_in_as(page, live_server, MORTALITY_REVIEWER)
    when_i_open_the_case(page, reference)
    when_i_write_and_submit_my_review(page, overall=2, avoidability=2)
    when_i_sign_out(page)

    given_i_am_signed_in_as(page, live_server, SAFETY_LEAD)
    when_i_open_the_case(page, reference)
    when_i_write_and_submit_my_review(page, overall=4, avoidability=5)
    then_the_case_needs_a_second_stage(page)
    when_i_sign_out(page)

    reviews = StructuredJudgementReview.objects.filter(report=screened_death, status="submitted")
    assert sorted(reviews.values_list("avoidability", flat=True)) == [2, 5]
    first = reviews.get(reviewer__email=MORTALITY_REVIEWER)
    assert list(first.problems.values_list("problem_type", flat=True)) == ["monitoring"]

    given_i_am_signed_in_as(page, live_server, SECOND_STAGE_REVIEWER, SECOND_STAGE_PASSWORD)
    when_i_open_the_case(page, reference)
    then_the_case_needs_a_second_stage(page)
    when_i_settle_the_judgement(page, overall=3, avoidability=3)
    then_the_death_is_back_in_triage(page, reference)
    when_i_sign_out(page)

    judgement = MortalityJudgement.objects.get(report=screened_death)
    assert judgement.avoidability == 3
    assert judgement.basis == MortalityJudgement.Basis.SECOND_STAGE
    assert judgement.second_stage_review.reviewer == second_stage_reviewer
    screened_death.refresh_from_db()
    assert screened_death.status == Report.Status.AWAITING_TRIAGE
    assert screened_death.problems_in_care_likely

    given_i_am_signed_in_as(page, live_server, SAFETY_LEAD)
    then_the_queue_says_it_must_lead_to_a_psii(page, reference)
