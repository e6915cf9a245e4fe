"""Fixtures for mortality review tests: deaths recorded through the reports service, reviewers,
and complete review data."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from learnloop.core.audit import Auditor
from learnloop.organisations.roles import Role
from learnloop.reports import services as report_services
from learnloop.reviews import services


@pytest.fixture
def make_death(trust):
    def make(organisation=None, days_ago=10, **death):
        organisation = organisation or trust
        recorded = report_services.record_death(
            organisation=organisation,
            fields={
                "occurred_at": timezone.now() - timedelta(days=days_ago),
                "what_happened": "Synthetic test death on a medical ward.",
            },
            death={
                "date_of_death": date.today() - timedelta(days=days_ago),
                "place_of_death": "Ward 3",
                "cause_of_death": "1a Pneumonia",
                **death,
            },
            by=Auditor.system(organisation),
        )
        return recorded.report

    return make


@pytest.fixture
def death(make_death):
    return make_death()


@pytest.fixture
def reviewer_a(make_member):
    return make_member(Role.MORTALITY_REVIEWER, full_name="Ada Reviewer", email="ada@trust.example")


@pytest.fixture
def reviewer_b(make_member):
    return make_member(Role.MORTALITY_REVIEWER, full_name="Ben Reviewer", email="ben@trust.example")


@pytest.fixture
def second_reviewer(make_member):
    return make_member(Role.MORTALITY_REVIEWER, full_name="Cal Second", email="cal@trust.example")


def review_data(overall=3, avoidability=5, **overrides):
    """A complete first-stage review: every phase scored or not applicable, with judgements."""
    data = {
        "admission_score": 3,
        "admission_judgement": "Assessed promptly; early warning score acted on.",
        "ongoing_care_score": overall,
        "ongoing_care_judgement": "Reviewed daily by the consultant.",
        "procedure_score": 0,
        "procedure_judgement": "",
        "perioperative_score": 0,
        "perioperative_judgement": "",
        "end_of_life_score": 4,
        "end_of_life_judgement": "Family involved in the plan.",
        "overall_score": overall,
        "overall_judgement": "Care was adequate overall.",
        "avoidability": avoidability,
        "problems": {},
    }
    data.update(overrides)
    return data


def submit(report, reviewer, **kwargs):
    return services.sjr_submit(
        report=report,
        reviewer=reviewer,
        data=review_data(**kwargs),
        by=Auditor(actor=reviewer, organisation=report.organisation),
    )


def by(user, organisation):
    return Auditor(actor=user, organisation=organisation)
