"""The mortality review API: reading a case and submitting a first-stage review from another system."""

import pytest

from learnloop.core.audit import Auditor
from learnloop.organisations import services as organisation_services
from learnloop.organisations.roles import Role
from learnloop.reviews import services
from learnloop.reviews.tests.conftest import by, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def key(trust, make_member):
    admin = make_member(Role.ADMINISTRATOR)
    _, secret = organisation_services.api_key_create(
        organisation=trust, name="Mortality system", by=Auditor(actor=admin, organisation=trust)
    )
    return {"Authorization": f"Bearer {secret}"}


def payload(**overrides):
    body = {
        "reviewer_email": "ada@trust.example",
        "admission": {"score": 3, "judgement": "Seen within the hour."},
        "ongoing_care": {"score": 2, "judgement": "Missed deterioration overnight."},
        "procedure": {"score": None},
        "end_of_life": {"score": 4, "judgement": "Good symptom control."},
        "overall": {"score": 2, "judgement": "Poor recognition of sepsis."},
        "problems": [{"type": "monitoring", "note": "Observations not repeated"}],
        "avoidability": 4,
        "source_system": "Datix",
    }
    body.update(overrides)
    return body


def post(client, death, key, body):
    return client.post(
        f"/api/reviews/{death.reference}/sjr", body, content_type="application/json", headers=key
    )


def test_a_review_is_submitted_for_a_member_who_reviews_deaths(client, death, key, reviewer_a):
    response = post(client, death, key, payload())

    review = death.structured_judgement_reviews.get()
    assert response.status_code == 201
    assert response.json()["avoidability"] == 4
    assert review.reviewer == reviewer_a and review.is_submitted and review.source_system == "Datix"
    assert review.procedure_score == 0 and review.perioperative_score == 0
    assert review.problems.get().problem_type == "monitoring"


@pytest.mark.parametrize(
    ("overrides", "loc"),
    [
        ({"avoidability": 7}, ["body", "payload", "avoidability"]),
        ({"avoidability": 0}, ["body", "payload", "avoidability"]),
        (
            {"admission": {"score": 3, "judgement": ""}},
            ["body", "payload", "admission", "judgement"],
        ),
        ({"admission": {"score": 9, "judgement": "x"}}, ["body", "payload", "admission", "score"]),
        ({"overall": {"score": 0, "judgement": "x"}}, ["body", "payload", "overall", "score"]),
        (
            {"problems": [{"type": "medication", "note": ""}]},
            ["body", "payload", "problems", "medication", "note"],
        ),
        (
            {"problems": [{"type": "astrology", "note": "x"}]},
            ["body", "payload", "problems", 0, "type"],
        ),
        ({"reviewer_email": "nobody@trust.example"}, ["body", "payload", "reviewer_email"]),
    ],
)
def test_bad_input_is_422_with_the_field_path(client, death, key, reviewer_a, overrides, loc):
    response = post(client, death, key, payload(**overrides))

    assert response.status_code == 422
    assert loc in [error["loc"] for error in response.json()["detail"]]
    assert not death.structured_judgement_reviews.exists()


def test_a_missing_avoidability_is_422(client, death, key, reviewer_a):
    body = payload()
    del body["avoidability"]

    response = post(client, death, key, body)

    assert response.status_code == 422
    assert ["body", "payload", "avoidability"] in [e["loc"] for e in response.json()["detail"]]


def test_the_reviewer_must_be_allowed_to_review_deaths(client, death, key, make_member):
    make_member(Role.FRONTLINE_STAFF, email="fran@trust.example")

    response = post(client, death, key, payload(reviewer_email="fran@trust.example"))

    assert response.status_code == 422


def test_a_member_of_another_trust_is_not_a_reviewer_here(
    client, death, key, make_member, other_trust
):
    make_member(Role.MORTALITY_REVIEWER, organisation=other_trust, email="olu@other.example")

    response = post(client, death, key, payload(reviewer_email="olu@other.example"))

    assert response.status_code == 422


def test_submitting_twice_is_409(client, death, key, reviewer_a):
    post(client, death, key, payload())

    response = post(client, death, key, payload(avoidability=1))

    assert response.status_code == 409
    assert death.structured_judgement_reviews.get().avoidability == 4


def test_another_trusts_reference_is_404(client, key, make_death, other_trust, reviewer_a):
    theirs = make_death(organisation=other_trust)

    assert post(client, theirs, key, payload()).status_code == 404
    assert client.get(f"/api/reviews/{theirs.reference}", headers=key).status_code == 404


def test_no_key_is_401(client, death):
    assert client.get(f"/api/reviews/{death.reference}").status_code == 401
    assert (
        client.post(
            f"/api/reviews/{death.reference}/sjr", payload(), content_type="application/json"
        ).status_code
        == 401
    )


def test_reading_a_case_gives_screening_submitted_reviews_agreement_and_final(
    client, death, key, trust, reviewer_a, reviewer_b, second_reviewer
):
    services.death_screen(
        report=death, criteria=[], sjr_needed=True, reason="Unexpected", by=by(reviewer_a, trust)
    )
    services.sjr_save_draft(
        report=death, reviewer=second_reviewer, data={}, by=by(second_reviewer, trust)
    )
    submit(death, reviewer_a, avoidability=2)
    submit(death, reviewer_b, avoidability=5)

    before = client.get(f"/api/reviews/{death.reference}", headers=key).json()

    assert before["screenings"][0]["sjr_needed"] is True
    assert len(before["reviews"]) == 2  # the draft stays private
    assert before["agreement"]["needs_second_stage"] is True
    assert before["final_judgement"] is None
    assert before["reviews"][0]["phases"][2]["score"] is None  # not applicable


def test_reading_a_finalised_case(client, death, key, trust, reviewer_a):
    submit(death, reviewer_a, avoidability=3)
    services.judgement_agree(report=death, by=by(reviewer_a, trust))

    body = client.get(f"/api/reviews/{death.reference}", headers=key).json()

    assert body["final_judgement"]["avoidability"] == 3
    assert body["final_judgement"]["problems_in_care_likely"] is True
    assert body["final_judgement"]["returned_to_triage_at"] is not None


def test_the_endpoints_are_in_the_openapi_document(client):
    paths = client.get("/api/openapi.json").json()["paths"]

    assert "/api/reviews/{reference}" in paths and "/api/reviews/{reference}/sjr" in paths
