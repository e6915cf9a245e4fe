"""Mortality review services: criteria, screening, first-stage reviews, second stage, final judgement."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import timezone

from learnloop.core.models import AuditLog
from learnloop.reports import services as report_services
from learnloop.reports.models import Report, TriageDecision
from learnloop.reviews import querysets, services
from learnloop.reviews.models import MortalityJudgement, StructuredJudgementReview
from learnloop.reviews.tests.conftest import by, review_data, submit

pytestmark = pytest.mark.django_db


# Screening criteria


def test_seeding_gives_an_organisation_every_shipped_criterion_once(trust, reviewer_a):
    created = services.criteria_seed(organisation=trust, by=by(reviewer_a, trust))
    again = services.criteria_seed(organisation=trust, by=by(reviewer_a, trust))

    codes = set(trust.screening_criteria.values_list("code", flat=True))
    assert len(created) == len(services.shipped_criteria()) >= 10
    assert again == []
    assert {"learning_disability_autism", "family_concern", "pfd_report", "under_18"} <= codes


def test_criteria_are_seeded_on_first_use_only(trust, other_trust, reviewer_a):
    services.criteria_ensure(organisation=trust, by=by(reviewer_a, trust))
    trust.screening_criteria.filter(code="sample").delete()

    services.criteria_ensure(organisation=trust, by=by(reviewer_a, trust))

    assert not trust.screening_criteria.filter(code="sample").exists()
    assert not other_trust.screening_criteria.exists()


def test_adding_a_criterion_needs_a_new_name(trust, reviewer_a):
    services.criteria_seed(organisation=trust, by=by(reviewer_a, trust))

    added = services.criterion_add(
        organisation=trust, name="Death after a fall", by=by(reviewer_a, trust)
    )
    with pytest.raises(ValidationError) as blank:
        services.criterion_add(organisation=trust, name="  ", by=by(reviewer_a, trust))
    with pytest.raises(ValidationError) as duplicate:
        services.criterion_add(
            organisation=trust, name="death after a FALL", by=by(reviewer_a, trust)
        )

    assert added.code == "death-after-a-fall" and added.is_active
    assert "name" in blank.value.message_dict
    assert "already" in duplicate.value.message_dict["name"][0]


def test_switching_criteria_off_and_on(trust, reviewer_a):
    services.criteria_seed(organisation=trust, by=by(reviewer_a, trust))
    keep = trust.screening_criteria.get(code="family_concern")

    services.criteria_set_active(organisation=trust, active_ids=[keep.pk], by=by(reviewer_a, trust))

    assert list(trust.screening_criteria.filter(is_active=True)) == [keep]


def test_the_death_record_implies_criteria(make_death):
    report = make_death(
        learning_disability=True,
        family_concerns="Not told of deterioration",
        medical_examiner_concerns="Delay in antibiotics",
        pfd_received_on=None,
    )

    assert services.criteria_implied_by(report) == {
        "learning_disability_autism",
        "family_concern",
        "medical_examiner_concern",
    }


# Screening


def test_screening_keeps_its_history_and_the_latest_is_current(trust, death, reviewer_a):
    services.criteria_seed(organisation=trust, by=by(reviewer_a, trust))
    family = trust.screening_criteria.get(code="family_concern")

    services.death_screen(
        report=death,
        criteria=[],
        sjr_needed=False,
        reason="Expected death",
        by=by(reviewer_a, trust),
    )
    services.death_screen(
        report=death,
        criteria=[family],
        sjr_needed=True,
        reason="Family raised a concern",
        by=by(reviewer_a, trust),
    )

    screenings = list(death.death_screenings.all())
    assert len(screenings) == 2
    assert screenings[0].sjr_needed and list(screenings[0].criteria_met.all()) == [family]
    assert not querysets.deaths_awaiting_screening(trust).exists()
    assert list(querysets.deaths_for_review(trust)) == [death]
    assert AuditLog.objects.filter(object_type="reviews.DeathScreening").count() == 2


@pytest.mark.parametrize("reason", ["", "   "])
def test_screening_needs_a_reason(death, trust, reviewer_a, reason):
    with pytest.raises(ValidationError) as error:
        services.death_screen(
            report=death, criteria=[], sjr_needed=True, reason=reason, by=by(reviewer_a, trust)
        )

    assert "reason" in error.value.message_dict
    assert not death.death_screenings.exists()


def test_another_organisations_criteria_are_refused(death, trust, other_trust, reviewer_a):
    services.criteria_seed(organisation=other_trust, by=by(reviewer_a, other_trust))

    with pytest.raises(ValidationError):
        services.death_screen(
            report=death,
            criteria=[other_trust.screening_criteria.first()],
            sjr_needed=True,
            reason="x",
            by=by(reviewer_a, trust),
        )


def test_an_incident_is_not_screened(trust, reviewer_a):
    incident = report_services.report_incident(
        organisation=trust,
        fields={"occurred_at": timezone.now(), "what_happened": "Fall", "physical_harm": "low"},
        by=by(reviewer_a, trust),
    ).report

    with pytest.raises(ValidationError):
        services.death_screen(
            report=incident, criteria=[], sjr_needed=True, reason="x", by=by(reviewer_a, trust)
        )


# First-stage reviews


def test_a_draft_may_be_partial_and_is_private(death, trust, reviewer_a):
    review = services.sjr_save_draft(
        report=death, reviewer=reviewer_a, data={"admission_score": 2}, by=by(reviewer_a, trust)
    )

    assert review.status == StructuredJudgementReview.Status.DRAFT
    assert review.admission_score == 2 and review.avoidability is None
    assert review.started_at is not None and review.submitted_at is None


def test_submitting_records_the_date_and_the_problems(death, trust, reviewer_a):
    review = submit(death, reviewer_a, problems={"medication": "Antibiotics given 6 hours late"})

    assert review.is_submitted and review.submitted_at is not None
    assert [(p.problem_type, p.note) for p in review.problems.all()] == [
        ("medication", "Antibiotics given 6 hours late")
    ]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"admission_judgement": ""}, "admission_judgement"),
        ({"overall_judgement": "  "}, "overall_judgement"),
        ({"ongoing_care_score": None}, "ongoing_care_score"),
        ({"overall_score": 0}, "overall_score"),
        ({"overall_score": None}, "overall_score"),
        ({"admission_score": 6}, "admission_score"),
        ({"avoidability": 7}, "avoidability"),
        ({"avoidability": 0}, "avoidability"),
        ({"avoidability": None}, "avoidability"),
        ({"problems": {"monitoring": ""}}, "problem_monitoring"),
        ({"problems": {"monitoring": "x" * 501}}, "problem_monitoring"),
        ({"problems": {"astrology": "x"}}, "problems"),
    ],
)
def test_bad_input_is_refused_per_field_and_nothing_is_written(
    death, trust, reviewer_a, overrides, field
):
    with pytest.raises(ValidationError) as error:
        submit(death, reviewer_a, **overrides)

    assert field in error.value.message_dict
    assert not death.structured_judgement_reviews.exists()


def test_a_failed_submission_leaves_the_draft_as_it_was(death, trust, reviewer_a):
    services.sjr_save_draft(
        report=death,
        reviewer=reviewer_a,
        data={"admission_score": 2, "admission_judgement": "Slow"},
        by=by(reviewer_a, trust),
    )

    with pytest.raises(ValidationError):
        submit(death, reviewer_a, avoidability=9)

    review = death.structured_judgement_reviews.get()
    assert review.status == "draft" and review.admission_score == 2 and review.avoidability is None


def test_a_reviewer_cannot_submit_twice(death, trust, reviewer_a):
    submit(death, reviewer_a)

    with pytest.raises(ValidationError, match="already submitted"):
        submit(death, reviewer_a, avoidability=1)

    assert death.structured_judgement_reviews.get().avoidability == 5


def test_the_database_allows_one_review_per_reviewer_per_case(death, trust, reviewer_a):
    submit(death, reviewer_a)

    with pytest.raises(IntegrityError):
        StructuredJudgementReview.objects.create(
            organisation=trust, report=death, reviewer=reviewer_a
        )


def test_reviewer_b_cannot_see_a_judgements_until_b_submits(death, trust, reviewer_a, reviewer_b):
    submit(death, reviewer_a)
    services.sjr_save_draft(report=death, reviewer=reviewer_b, data={}, by=by(reviewer_b, trust))

    before = querysets.judgements_visible_to(report=death, user=reviewer_b, organisation=trust)
    submit(death, reviewer_b)
    after = querysets.judgements_visible_to(report=death, user=reviewer_b, organisation=trust)

    assert (before, after) == (False, True)


def test_a_reviewer_who_has_not_started_cannot_see_judgements_but_an_investigator_can(
    death, trust, reviewer_a, reviewer_b, make_member
):
    from learnloop.organisations.roles import Role

    investigator = make_member(Role.INVESTIGATOR)
    submit(death, reviewer_a)

    assert not querysets.judgements_visible_to(report=death, user=reviewer_b, organisation=trust)
    assert querysets.judgements_visible_to(report=death, user=investigator, organisation=trust)


# Agreement, second stage and final judgement


def test_disagreement_flags_the_case_and_closes_it_to_new_first_stage_reviewers(
    death, trust, reviewer_a, reviewer_b, second_reviewer
):
    submit(death, reviewer_a, avoidability=2)
    submit(death, reviewer_b, avoidability=5)

    assert list(querysets.cases_needing_second_stage(trust)) == [death]
    assert "second-stage" in services.first_stage_blocker(report=death, reviewer=second_reviewer)
    with pytest.raises(ValidationError):
        submit(death, second_reviewer)


def test_the_second_stage_settling_avoidability_3_sends_the_death_back_to_triage_for_a_psii(
    death, trust, reviewer_a, reviewer_b, second_reviewer
):
    report_services.triage_decide(
        report=death, response="mdt", reason="Mortality review first", by=by(reviewer_a, trust)
    )
    submit(death, reviewer_a, overall=2, avoidability=2)
    submit(death, reviewer_b, overall=4, avoidability=5)

    judgement = services.second_stage_record(
        report=death,
        reviewer=second_reviewer,
        overall_score=2,
        avoidability=3,
        rationale="Delayed antibiotics more likely than not contributed.",
        by=by(second_reviewer, trust),
    )

    death.refresh_from_db()
    assert judgement.basis == MortalityJudgement.Basis.SECOND_STAGE
    assert judgement.returned_to_triage_at is not None
    assert death.status == Report.Status.AWAITING_TRIAGE
    assert death.problems_in_care_likely
    assert death in trust.reports.triage_queue()
    with pytest.raises(ValidationError):
        report_services.triage_decide(
            report=death, response="aar", reason="x", by=by(reviewer_a, trust)
        )
    decision = report_services.triage_decide(
        report=death, response=TriageDecision.Response.PSII, reason="PSII", by=by(reviewer_a, trust)
    )
    assert decision.response == "psii"
    assert querysets.cases_needing_second_stage(trust) == []


def test_a_first_stage_reviewer_may_not_do_the_second_stage(death, trust, reviewer_a, reviewer_b):
    submit(death, reviewer_a, avoidability=2)
    submit(death, reviewer_b, avoidability=5)

    with pytest.raises(ValidationError, match="first-stage review"):
        services.second_stage_record(
            report=death,
            reviewer=reviewer_a,
            overall_score=3,
            avoidability=3,
            rationale="x",
            by=by(reviewer_a, trust),
        )

    assert not MortalityJudgement.objects.exists()


def test_no_second_stage_without_disagreement(
    death, trust, reviewer_a, reviewer_b, second_reviewer
):
    submit(death, reviewer_a, avoidability=5)
    submit(death, reviewer_b, avoidability=5)

    with pytest.raises(ValidationError, match="do not disagree"):
        services.second_stage_record(
            report=death,
            reviewer=second_reviewer,
            overall_score=3,
            avoidability=5,
            rationale="x",
            by=by(second_reviewer, trust),
        )


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"overall_score": 0}, "overall_score"),
        ({"avoidability": 7}, "avoidability"),
        ({"avoidability": None}, "avoidability"),
        ({"rationale": " "}, "rationale"),
    ],
)
def test_a_second_stage_needs_valid_scores_and_a_rationale(
    death, trust, reviewer_a, reviewer_b, second_reviewer, values, field
):
    submit(death, reviewer_a, avoidability=2)
    submit(death, reviewer_b, avoidability=5)
    arguments = {"overall_score": 3, "avoidability": 3, "rationale": "Settled", **values}

    with pytest.raises(ValidationError) as error:
        services.second_stage_record(
            report=death, reviewer=second_reviewer, by=by(second_reviewer, trust), **arguments
        )

    assert field in error.value.message_dict
    death.refresh_from_db()
    assert not death.problems_in_care_likely
    assert not hasattr(death, "second_stage_review")


def test_agreed_reviews_are_finalised_by_one_of_the_reviewers(
    death, trust, reviewer_a, reviewer_b, second_reviewer
):
    submit(death, reviewer_a, overall=3, avoidability=5)
    submit(death, reviewer_b, overall=4, avoidability=6)

    with pytest.raises(ValidationError, match="first-stage reviewers"):
        services.judgement_agree(report=death, by=by(second_reviewer, trust))
    judgement = services.judgement_agree(report=death, by=by(reviewer_b, trust))

    death.refresh_from_db()
    assert (judgement.basis, judgement.overall_score, judgement.avoidability) == ("agreed", 3, 5)
    assert judgement.returned_to_triage_at is None and not death.problems_in_care_likely
    with pytest.raises(ValidationError, match="final judgement"):
        services.judgement_agree(report=death, by=by(reviewer_a, trust))
    assert "final judgement" in services.first_stage_blocker(report=death, reviewer=second_reviewer)


def test_agreement_on_avoidable_sends_the_death_back_to_triage(
    death, trust, reviewer_a, reviewer_b
):
    submit(death, reviewer_a, overall=2, avoidability=3)
    submit(death, reviewer_b, overall=2, avoidability=2)

    judgement = services.judgement_agree(report=death, by=by(reviewer_a, trust))

    death.refresh_from_db()
    assert judgement.avoidability == 2
    assert death.problems_in_care_likely and death.status == "awaiting_triage"


def test_a_draft_still_open_blocks_finalising(death, trust, reviewer_a, reviewer_b):
    submit(death, reviewer_a)
    services.sjr_save_draft(report=death, reviewer=reviewer_b, data={}, by=by(reviewer_b, trust))

    with pytest.raises(ValidationError, match="draft"):
        services.judgement_agree(report=death, by=by(reviewer_a, trust))


def test_review_data_helper_is_complete():
    assert set(review_data()) >= {"overall_score", "avoidability", "problems"}
