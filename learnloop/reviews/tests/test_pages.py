"""Mortality review pages: who may use them, screening, SJR, independence, agreement, second stage."""

import pytest
from django.utils import timezone

from learnloop.core.models import AuditLog
from learnloop.organisations.roles import Role
from learnloop.reports import services as report_services
from learnloop.reports.models import Report
from learnloop.reviews import services
from learnloop.reviews.models import DeathScreening, MortalityJudgement
from learnloop.reviews.tests.conftest import by, review_data, submit

pytestmark = pytest.mark.django_db

ALL_ROLES = list(Role)
VIEWERS = {
    Role.PATIENT_SAFETY_LEAD,
    Role.INVESTIGATOR,
    Role.MORTALITY_REVIEWER,
    Role.MEDICAL_EXAMINER,
}
SCREENERS = {Role.MORTALITY_REVIEWER, Role.MEDICAL_EXAMINER, Role.PATIENT_SAFETY_LEAD}
REVIEWERS = {Role.MORTALITY_REVIEWER, Role.PATIENT_SAFETY_LEAD}
CRITERIA_MANAGERS = {Role.PATIENT_SAFETY_LEAD, Role.ADMINISTRATOR}


@pytest.fixture
def disputed(death, reviewer_a, reviewer_b):
    """A death whose two first-stage reviewers fall either side of the line."""
    submit(death, reviewer_a, overall=2, avoidability=2)
    submit(death, reviewer_b, overall=4, avoidability=5)
    return death


def form_post(overall=3, avoidability=5, action="submit", **overrides):
    data = review_data(overall=overall, avoidability=avoidability)
    post = {
        key: "" if value is None else str(value) for key, value in data.items() if key != "problems"
    }
    post["action"] = action
    post.update(overrides)
    return post


def pages(report, fresh):
    ref = report.reference
    return [
        ("/reviews/", VIEWERS),
        ("/reviews/criteria/", CRITERIA_MANAGERS),
        ("/reviews/screening/", SCREENERS),
        (f"/reviews/screening/{ref}/", SCREENERS),
        (f"/reviews/{ref}/", VIEWERS),
        # A disputed case takes no new first-stage reviewers, so the SJR form is shown on a fresh one.
        (f"/reviews/{fresh.reference}/sjr/", REVIEWERS),
        (f"/reviews/{ref}/second-stage/", REVIEWERS),
    ]


@pytest.mark.parametrize("role", ALL_ROLES)
def test_each_page_opens_only_for_the_roles_that_may_use_it(
    client, make_member, disputed, make_death, role
):
    client.force_login(make_member(role))

    for url, allowed in pages(disputed, make_death()):
        response = client.get(url)
        assert response.status_code == (200 if role in allowed else 403), url


@pytest.mark.parametrize("role", ALL_ROLES)
def test_finalising_is_for_people_who_review_deaths(client, make_member, death, role):
    client.force_login(make_member(role))

    response = client.post(f"/reviews/{death.reference}/finalise/")

    assert response.status_code == (302 if role in REVIEWERS else 403)
    assert not MortalityJudgement.objects.exists()


def test_anonymous_people_are_sent_to_sign_in(client, disputed):
    for url, _ in pages(disputed, disputed):
        response = client.get(url)
        assert response.status_code == 302 and "/sign-in/" in response.url, url


def test_another_trusts_reference_gives_404(client, make_member, other_trust, make_death):
    theirs = make_death(organisation=other_trust)
    client.force_login(make_member(Role.MORTALITY_REVIEWER, Role.PATIENT_SAFETY_LEAD))

    for url in [
        f"/reviews/screening/{theirs.reference}/",
        f"/reviews/{theirs.reference}/",
        f"/reviews/{theirs.reference}/sjr/",
        f"/reviews/{theirs.reference}/second-stage/",
    ]:
        assert client.get(url).status_code == 404, url
    assert client.post(f"/reviews/{theirs.reference}/finalise/").status_code == 404


def test_an_incidents_reference_gives_404(client, make_member, trust):
    incident = report_services.report_incident(
        organisation=trust,
        fields={"occurred_at": timezone.now(), "what_happened": "Fall", "physical_harm": "low"},
        by=by(None, trust),
    ).report
    client.force_login(make_member(Role.MORTALITY_REVIEWER))

    assert client.get(f"/reviews/{incident.reference}/").status_code == 404


# Criteria


def test_criteria_are_seeded_on_first_visit_and_can_be_switched_off(client, make_member, trust):
    client.force_login(make_member(Role.PATIENT_SAFETY_LEAD))

    response = client.get("/reviews/criteria/")
    keep = trust.screening_criteria.get(code="pfd_report")
    saved = client.post("/reviews/criteria/", {"action": "active", "active": [str(keep.pk)]})

    assert b"Learning disability or autism" in response.content
    assert saved.status_code == 302
    assert list(trust.screening_criteria.filter(is_active=True)) == [keep]


def test_adding_a_criterion_without_a_name_says_so(client, make_member, trust):
    client.force_login(make_member(Role.ADMINISTRATOR))

    refused = client.post(
        "/reviews/criteria/", {"action": "add", "new-name": "", "new-description": ""}
    )
    added = client.post("/reviews/criteria/", {"action": "add", "new-name": "Death after a fall"})

    assert refused.status_code == 200
    assert (
        b"Enter the criterion&#39;s name" in refused.content
        and b'href="#id_new-name"' in refused.content
    )
    assert added.status_code == 302
    assert trust.screening_criteria.filter(name="Death after a fall").exists()


# Screening


def test_the_screening_list_shows_deaths_not_yet_screened(client, make_member, make_death):
    waiting, screened = make_death(), make_death()
    DeathScreening.objects.create(
        organisation=screened.organisation, report=screened, sjr_needed=False, reason="x"
    )
    client.force_login(make_member(Role.MEDICAL_EXAMINER))

    content = client.get("/reviews/screening/").content.decode()

    assert waiting.reference in content and screened.reference not in content


def test_the_screening_form_pre_ticks_what_the_death_record_implies(
    client, make_member, make_death, trust
):
    report = make_death(autism=True, family_concerns="Not kept informed")
    client.force_login(make_member(Role.MORTALITY_REVIEWER))

    content = client.get(f"/reviews/screening/{report.reference}/").content.decode()

    implied = {
        trust.screening_criteria.get(code=c).pk
        for c in ("learning_disability_autism", "family_concern")
    }
    for criterion in trust.screening_criteria.all():
        checked = f'value="{criterion.pk}" checked' in content
        assert checked == (criterion.pk in implied), criterion.code


def test_screening_without_a_reason_or_decision_is_refused(client, make_member, death):
    client.force_login(make_member(Role.MORTALITY_REVIEWER))

    response = client.post(f"/reviews/screening/{death.reference}/", {"reason": ""})

    content = response.content.decode()
    assert response.status_code == 200
    assert "Give the reason for your decision" in content and 'href="#id_reason"' in content
    assert "Say whether this death needs a Structured Judgement Review" in content
    assert not death.death_screenings.exists()


def test_a_screening_is_saved_with_who_and_when(client, make_member, death, trust):
    screener = make_member(Role.MEDICAL_EXAMINER)
    client.force_login(screener)
    client.get(f"/reviews/screening/{death.reference}/")
    unexpected = trust.screening_criteria.get(code="unexpected_death")

    response = client.post(
        f"/reviews/screening/{death.reference}/",
        {"criteria": [str(unexpected.pk)], "sjr_needed": "yes", "reason": "Unexpected"},
    )

    screening = death.death_screenings.get()
    assert response.status_code == 302
    assert screening.sjr_needed and screening.screened_by == screener and screening.screened_at
    assert list(screening.criteria_met.all()) == [unexpected]


# Structured Judgement Review


def test_a_reviewer_saves_a_draft_then_submits(client, death, reviewer_a):
    client.force_login(reviewer_a)

    draft = client.post(
        f"/reviews/{death.reference}/sjr/", {"action": "draft", "admission_score": "2"}
    )
    page = client.get(f"/reviews/{death.reference}/sjr/")
    submitted = client.post(
        f"/reviews/{death.reference}/sjr/",
        form_post(problems=["monitoring"], problem_monitoring="Observations missed overnight"),
    )

    review = death.structured_judgement_reviews.get()
    assert draft.status_code == 302 and b"Draft saved" in page.content
    assert submitted.status_code == 302 and submitted.url == f"/reviews/{death.reference}/"
    assert review.is_submitted and review.problems.get().note == "Observations missed overnight"


@pytest.mark.parametrize(
    ("overrides", "message", "anchor"),
    [
        (
            {"admission_judgement": ""},
            "Write your judgement of admission and initial management",
            "id_admission_judgement",
        ),
        (
            {"avoidability": "7"},
            "Choose avoidability from 1 definitely avoidable",
            "id_avoidability",
        ),
        ({"avoidability": ""}, "Choose how avoidable the death was", "id_avoidability"),
        (
            {"overall_score": "0"},
            "Choose a score for overall assessment of care",
            "id_overall_score",
        ),
        (
            {"problems": ["infection"], "problem_infection": ""},
            "Say briefly what the problem with infection control was",
            "id_problem_infection",
        ),
    ],
)
def test_a_bad_submission_names_the_field_and_stores_nothing(
    client, death, reviewer_a, overrides, message, anchor
):
    client.force_login(reviewer_a)

    response = client.post(f"/reviews/{death.reference}/sjr/", form_post(**overrides))

    content = response.content.decode()
    assert response.status_code == 200
    assert message in content and f'href="#{anchor}"' in content
    assert not death.structured_judgement_reviews.exists()


def test_submitting_twice_is_refused(client, death, reviewer_a):
    submit(death, reviewer_a)
    client.force_login(reviewer_a)

    response = client.post(f"/reviews/{death.reference}/sjr/", form_post(avoidability=1))

    assert response.status_code == 409 and b"already submitted" in response.content
    assert death.structured_judgement_reviews.get().avoidability == 5


def test_reviewer_b_cannot_see_a_scores_until_b_has_submitted(
    client, death, reviewer_a, reviewer_b
):
    submit(death, reviewer_a, overall_judgement="A thinks the sepsis bundle was late.")
    client.force_login(reviewer_b)

    before = client.get(f"/reviews/{death.reference}/").content.decode()
    form = client.get(f"/reviews/{death.reference}/sjr/").content.decode()
    client.post(f"/reviews/{death.reference}/sjr/", form_post())
    after = client.get(f"/reviews/{death.reference}/").content.decode()

    assert "sepsis bundle" not in before and "sepsis bundle" not in form
    assert "you will see the other reviewers" in before
    assert "sepsis bundle" in after and "Scores side by side" in after


def test_the_case_shows_disagreement_and_the_second_stage_reviewer_settles_it(
    client, disputed, second_reviewer, reviewer_a
):
    client.force_login(reviewer_a)
    case = client.get(f"/reviews/{disputed.reference}/").content.decode()
    assert "a second-stage review is needed" in case
    assert "different sides of the avoidability line" in case
    assert client.get(f"/reviews/{disputed.reference}/second-stage/").status_code == 409

    client.force_login(second_reviewer)
    form = client.get(f"/reviews/{disputed.reference}/second-stage/")
    refused = client.post(
        f"/reviews/{disputed.reference}/second-stage/", {"overall_score": "2", "avoidability": "3"}
    )
    done = client.post(
        f"/reviews/{disputed.reference}/second-stage/",
        {"overall_score": "2", "avoidability": "3", "rationale": "Delay contributed."},
    )

    disputed.refresh_from_db()
    final = client.get(f"/reviews/{disputed.reference}/").content.decode()
    assert form.status_code == 200 and b"Care was adequate overall." in form.content
    assert b"&lt;strong&gt;" not in form.content
    assert refused.status_code == 200 and b"Explain how you settled" in refused.content
    assert done.status_code == 302
    assert disputed.status == Report.Status.AWAITING_TRIAGE and disputed.problems_in_care_likely
    assert "More likely than not due to problems in care" in final
    assert "3 Probably avoidable" in final


def test_agreeing_reviewers_finalise_from_the_case_page(client, death, reviewer_a, reviewer_b):
    submit(death, reviewer_a, avoidability=5)
    submit(death, reviewer_b, avoidability=6)
    client.force_login(reviewer_a)

    case = client.get(f"/reviews/{death.reference}/").content.decode()
    response = client.post(f"/reviews/{death.reference}/finalise/")

    judgement = MortalityJudgement.objects.get()
    assert "Record the agreed judgement as final" in case
    assert response.status_code == 302
    assert (
        judgement.basis == "agreed"
        and judgement.avoidability == 5
        and judgement.decided_by == reviewer_a
    )
    assert AuditLog.objects.filter(object_type="reviews.MortalityJudgement").exists()


def test_the_case_page_shows_days_from_death_to_screening_and_final_judgement(
    client, make_death, reviewer_a, trust
):
    report = make_death(days_ago=12)
    services.death_screen(
        report=report, criteria=[], sjr_needed=True, reason="Unexpected", by=by(reviewer_a, trust)
    )
    submit(report, reviewer_a)
    services.judgement_agree(report=report, by=by(reviewer_a, trust))
    client.force_login(reviewer_a)

    content = client.get(f"/reviews/{report.reference}/").content.decode()

    assert content.count("12 days") == 2


def test_the_index_lists_cases_for_review_and_needing_the_second_stage(
    client, disputed, make_death, reviewer_a, trust
):
    other = make_death()
    services.death_screen(
        report=other, criteria=[], sjr_needed=True, reason="Sample", by=by(reviewer_a, trust)
    )
    client.force_login(reviewer_a)

    content = client.get("/reviews/").content.decode()

    assert other.reference in content and disputed.reference in content


def test_home_panels_count_what_waits_for_a_mortality_reviewer(
    client, make_death, reviewer_a, disputed
):
    make_death()
    client.force_login(reviewer_a)

    content = client.get("/").content.decode()

    assert "2 deaths awaiting screening" in content
    assert "1 case needing a second-stage review" in content
    assert "Mortality review" in content
