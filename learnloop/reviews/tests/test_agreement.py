"""agreement.py: plain Python, no database."""

import pytest

from learnloop.reviews.agreement import (
    REASON_AVOIDABILITY_SPREAD,
    REASON_OVERALL_SPREAD,
    REASON_SIDES,
    Judgement,
    assess,
    more_likely_than_not,
)


def judgement(overall=3, avoidability=5, reviewer="A", **phases):
    return Judgement(reviewer=reviewer, overall=overall, avoidability=avoidability, phases=phases)


@pytest.mark.parametrize(
    ("score", "likely"), [(1, True), (2, True), (3, True), (4, False), (5, False), (6, False)]
)
def test_scores_1_to_3_are_more_likely_than_not_due_to_problems_in_care(score, likely):
    assert more_likely_than_not(score) is likely


@pytest.mark.parametrize("score", [0, 7, -1, None, "3"])
def test_avoidability_outside_1_to_6_is_refused(score):
    with pytest.raises(ValueError, match="Avoidability"):
        more_likely_than_not(score)


@pytest.mark.parametrize(("field", "value"), [("overall", 0), ("overall", 6), ("avoidability", 7)])
def test_a_judgement_with_scores_out_of_range_is_refused(field, value):
    with pytest.raises(ValueError):
        judgement(**{field: value})


def test_a_phase_score_out_of_range_is_refused_but_none_means_not_applicable():
    judgement(procedure=None)

    with pytest.raises(ValueError, match="procedure"):
        judgement(procedure=6)


def test_no_reviews_means_nothing_to_compare_and_no_agreed_judgement():
    result = assess([])

    assert result.review_count == 0
    assert not result.comparable
    assert not result.needs_second_stage
    assert result.agreed_avoidability is None
    assert result.overall.spread is None


def test_one_review_is_never_flagged_and_is_its_own_agreed_judgement():
    result = assess([judgement(overall=2, avoidability=3)])

    assert not result.comparable
    assert not result.needs_second_stage
    assert (result.agreed_overall, result.agreed_avoidability) == (2, 3)


def test_identical_judgements_agree():
    result = assess(
        [judgement(overall=4, avoidability=6), judgement(overall=4, avoidability=6, reviewer="B")]
    )

    assert result.reasons == ()
    assert result.same_side_of_line
    assert result.avoidability.spread == 0
    assert not result.needs_second_stage


def test_scores_one_apart_on_the_same_side_agree_and_the_lower_score_is_agreed():
    result = assess(
        [judgement(overall=3, avoidability=5), judgement(overall=2, avoidability=4, reviewer="B")]
    )

    assert not result.needs_second_stage
    assert result.agreed_overall == 2
    assert result.agreed_avoidability == 4


def test_reviewers_either_side_of_the_line_disagree_even_one_apart():
    result = assess([judgement(avoidability=3), judgement(avoidability=4, reviewer="B")])

    assert not result.same_side_of_line
    assert result.reasons == (REASON_SIDES,)
    assert result.needs_second_stage
    assert result.agreed_avoidability is None


def test_avoidability_more_than_one_apart_on_the_same_side_disagrees():
    result = assess([judgement(avoidability=4), judgement(avoidability=6, reviewer="B")])

    assert result.same_side_of_line
    assert result.reasons == (REASON_AVOIDABILITY_SPREAD,)
    assert result.needs_second_stage


def test_overall_scores_more_than_one_apart_disagree():
    result = assess([judgement(overall=2), judgement(overall=4, reviewer="B")])

    assert result.reasons == (REASON_OVERALL_SPREAD,)
    assert result.overall.spread == 2


def test_every_reason_is_given_when_everything_disagrees():
    result = assess(
        [judgement(overall=1, avoidability=1), judgement(overall=5, avoidability=6, reviewer="B")]
    )

    assert result.reasons == (REASON_SIDES, REASON_AVOIDABILITY_SPREAD, REASON_OVERALL_SPREAD)


def test_phase_spreads_ignore_not_applicable_and_do_not_flag_the_case():
    result = assess(
        [
            judgement(admission=1, procedure=None),
            judgement(admission=5, procedure=None, reviewer="B"),
        ]
    )

    assert result.phases["admission"].spread == 4
    assert result.phases["procedure"].scores == ()
    assert result.phases["procedure"].spread is None
    assert not result.needs_second_stage


def test_three_reviewers_take_the_lower_median_and_one_outlier_flags():
    agreeing = assess(
        [judgement(avoidability=5), judgement(avoidability=6), judgement(avoidability=5)]
    )
    outlier = assess(
        [judgement(avoidability=5), judgement(avoidability=5), judgement(avoidability=2)]
    )

    assert agreeing.agreed_avoidability == 5
    assert outlier.needs_second_stage
    assert REASON_SIDES in outlier.reasons
