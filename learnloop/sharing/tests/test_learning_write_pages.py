"""Writing, publishing and managing learning through the pages, over HTTP: from a triaged report
to a published record another organisation can read; who may do each step; bad input."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from learnloop.core.audit import Auditor
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import member
from learnloop.reports import services as report_services
from learnloop.sharing.models import Learning, RedactionReview, SharingLevel
from learnloop.sharing.tests.learning_builders import approved, draft, organisation_map, reviewed

PATIENT = "Wilfred Quennell"


@pytest.fixture
def orgs(db):
    return organisation_map()


def signed_in(organisation, *roles) -> tuple[Client, object]:
    person = member(organisation, *roles)
    client = Client()
    client.force_login(person)
    return client, person


def triaged_report(organisation, lead):
    by = Auditor(actor=lead, organisation=organisation)
    report = report_services.report_incident(
        organisation=organisation,
        fields={
            "event_type": "incident",
            "occurred_at": timezone.now() - timedelta(days=3),
            "what_happened": f"{PATIENT} was given a double dose of insulin after a ward move.",
            "physical_harm": "moderate",
        },
        patient={"name": PATIENT, "nhs_number": "9434765919"},
        by=by,
    ).report
    report_services.triage_decide(
        report=report, response="aar", reason="Learning for the wards.", by=by
    )
    return report


FORM = {
    "title": "Insulin doubled after a ward move",
    "what_happened": f"{PATIENT} was given a double dose of insulin after a ward move.",
    "what_we_found": "Two charts were in use at once.",
    "change_1": "One chart, held electronically",
    "strength_1": "stronger",
    "themes": "Medication, Handover",
    "sharing_level": "20",
    "family_informed": "on",
}


def test_a_lead_writes_reviews_approves_and_publishes_from_a_triaged_report(orgs):
    client, lead = signed_in(orgs.kent_a, Role.PATIENT_SAFETY_LEAD)
    report = triaged_report(orgs.kent_a, lead)

    page = client.get(f"/learning/new/?report={report.reference}")
    assert page.status_code == 200
    assert PATIENT in page.content.decode()  # prefilled from the report, not yet shared

    saved = client.post(f"/learning/new/?report={report.reference}", FORM)
    learning = orgs.kent_a.learning.get()
    assert saved.status_code == 302 and saved["Location"] == f"/learning/{learning.pk}/manage/"
    assert learning.report == report and learning.source_kind == "report"

    manage = client.get(f"/learning/{learning.pk}/manage/").content.decode()
    assert "Propose redactions" in manage and "Not yet" in manage
    assert f'href="/reports/{report.reference}/"' in manage  # back to its source

    assert client.post(f"/learning/{learning.pk}/reviews/").status_code == 302
    reviews = list(learning.redaction_reviews.all())
    assert len(reviews) == 4  # title, what happened, what we found, one change
    happened = next(r for r in reviews if PATIENT in r.original_text)
    # The record's patient is proposed from what the report knows.
    assert any(happened.original_text[s.start : s.end] == PATIENT for s in happened.proposed)
    for review in reviews:
        response = client.post(
            f"/sharing/reviews/{review.pk}/",
            {"action": "confirm", "next": f"/learning/{learning.pk}/manage/"},
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        assert response["Location"] == f"/learning/{learning.pk}/manage/"
    assert (
        "Use the reviewed words" in client.get(f"/learning/{learning.pk}/manage/").content.decode()
    )

    client.post(f"/learning/{learning.pk}/apply/")
    learning.refresh_from_db()
    assert PATIENT not in learning.what_happened and "[PERSON]" in learning.what_happened

    client.post(f"/learning/{learning.pk}/approve/")
    manage = client.get(f"/learning/{learning.pk}/manage/?level=20").content.decode()
    assert "Not yet" not in manage and manage.count("Passed") >= 6

    published = client.post(f"/learning/{learning.pk}/publish/", {"sharing_level": "20"})
    learning.refresh_from_db()
    assert published.status_code == 302 and learning.is_published
    assert learning.sharing_level == SharingLevel.SYSTEM

    reader, _ = signed_in(orgs.kent_b)
    assert reader.get(f"/learning/{learning.pk}/").status_code == 200
    outsider, _ = signed_in(orgs.sussex_a)
    assert outsider.get(f"/learning/{learning.pk}/").status_code == 404


def test_publishing_while_a_rule_fails_is_refused_with_its_reason(orgs):
    client, lead = signed_in(orgs.kent_a, Role.PATIENT_SAFETY_LEAD)
    learning = reviewed(draft(orgs.kent_a, inquest_pending=True))

    response = client.post(
        f"/learning/{learning.pk}/publish/", {"sharing_level": "20"}, follow=True
    )

    learning.refresh_from_db()
    assert not learning.is_published
    text = response.content.decode()
    assert "There is a legal hold: an inquest is pending." in text
    assert response.redirect_chain[-1][0] == f"/learning/{learning.pk}/manage/?level=20"


def test_an_investigator_writes_and_reviews_but_a_lead_publishes(orgs):
    client, _ = signed_in(orgs.kent_a, Role.INVESTIGATOR)
    assert client.post("/learning/new/?source=swarm", FORM).status_code == 302
    learning = orgs.kent_a.learning.get()
    assert learning.source_kind == Learning.SourceKind.SWARM

    assert client.post(f"/learning/{learning.pk}/approve/").status_code == 403
    assert (
        client.post(f"/learning/{learning.pk}/publish/", {"sharing_level": "10"}).status_code == 403
    )
    page = client.get(f"/learning/{learning.pk}/manage/").content.decode()
    assert "A patient safety lead publishes it" in page


def test_bad_input_names_the_field_and_stores_nothing(orgs):
    client, _ = signed_in(orgs.kent_a, Role.PATIENT_SAFETY_LEAD)
    bad = {**FORM, "title": "", "strength_1": "", "change_2": "", "strength_2": "weaker"}

    response = client.post("/learning/new/?source=aar", bad)

    text = response.content.decode()
    assert response.status_code == 200
    assert "Enter a title" in text
    assert "Choose how strong change 1 is" in text
    assert "Say what change 2 was" in text
    assert not Learning.objects.exists()


def test_a_report_awaiting_triage_and_another_trusts_report_are_refused(orgs):
    client, lead = signed_in(orgs.kent_a, Role.PATIENT_SAFETY_LEAD)
    waiting = report_services.report_incident(
        organisation=orgs.kent_a,
        fields={
            "event_type": "incident",
            "occurred_at": timezone.now() - timedelta(days=1),
            "what_happened": "A fall on the stairs.",
            "physical_harm": "low",
        },
        by=Auditor(actor=lead, organisation=orgs.kent_a),
    ).report
    theirs = triaged_report(orgs.kent_b, member(orgs.kent_b, Role.PATIENT_SAFETY_LEAD))

    refused = client.get(f"/learning/new/?report={waiting.reference}", follow=True)
    assert "Triage the report before writing learning from it." in refused.content.decode()
    assert client.get(f"/learning/new/?report={theirs.reference}").status_code == 404
    assert client.get("/learning/new/?review=notanumber").status_code == 404


def test_editing_a_draft_keeps_its_source_and_changes_its_words(orgs):
    client, _ = signed_in(orgs.kent_a, Role.PATIENT_SAFETY_LEAD)
    learning = draft(orgs.kent_a)

    form = client.get(f"/learning/{learning.pk}/edit/").content.decode()
    assert "Insulin doses missed at handover" in form

    client.post(
        f"/learning/{learning.pk}/edit/", {**FORM, "change_2": "A poster", "strength_2": "weaker"}
    )

    learning.refresh_from_db()
    assert learning.title == FORM["title"]
    assert [c.strength for c in learning.changes.all()] == ["stronger", "weaker"]
    assert learning.source_kind == Learning.SourceKind.AFTER_ACTION_REVIEW
    assert sorted(t.name for t in learning.themes.all()) == ["Handover", "Medication"]


def test_a_published_record_cannot_be_edited_but_can_be_narrowed_and_withdrawn(orgs):
    client, lead = signed_in(orgs.kent_a, Role.PATIENT_SAFETY_LEAD)
    learning = approved(reviewed(draft(orgs.kent_a)), lead)
    client.post(f"/learning/{learning.pk}/publish/", {"sharing_level": "30"})
    learning.refresh_from_db()
    assert learning.sharing_level == SharingLevel.NATIONAL
    other, _ = signed_in(orgs.sussex_b)
    assert other.get(f"/learning/{learning.pk}/").status_code == 200

    edit = client.get(f"/learning/{learning.pk}/edit/", follow=True)
    assert "Only a draft can be changed." in edit.content.decode()

    client.post(f"/learning/{learning.pk}/level/", {"sharing_level": "20"})
    assert other.get(f"/learning/{learning.pk}/").status_code == 404

    assert client.post(f"/learning/{learning.pk}/withdraw/", {"reason": ""}).status_code == 200
    client.post(f"/learning/{learning.pk}/withdraw/", {"reason": "A detail could identify her."})
    learning.refresh_from_db()
    assert learning.status == Learning.Status.WITHDRAWN
    neighbour, _ = signed_in(orgs.kent_b)
    assert neighbour.get(f"/learning/{learning.pk}/").status_code == 404
    assert "Withdrawn" in client.get("/learning/ours/").content.decode()


def test_our_learning_lists_only_our_records_with_their_reach(orgs):
    client, lead = signed_in(orgs.kent_a, Role.PATIENT_SAFETY_LEAD)
    ours = approved(reviewed(draft(orgs.kent_a, title="Ours to share")), lead)
    draft(orgs.kent_b, title="Someone else's draft")
    Learning.objects.filter(pk=ours.pk).update(view_count=7, adoption_count=2)

    page = client.get("/learning/ours/").content.decode()

    assert "Ours to share" in page and "Someone else" not in page
    assert client.get(f"/learning/{ours.pk + 1}/manage/").status_code == 404


def test_the_publisher_sees_views_and_adoptions_on_the_record_page(orgs):
    lead = member(orgs.kent_a, Role.PATIENT_SAFETY_LEAD)
    learning = approved(reviewed(draft(orgs.kent_a)), lead)
    from learnloop.sharing import learning_services

    learning_services.learning_publish(
        learning=learning,
        sharing_level=SharingLevel.SYSTEM,
        by=Auditor(actor=lead, organisation=orgs.kent_a),
    )
    reader, _ = signed_in(orgs.kent_b)
    reader.get(f"/learning/{learning.pk}/")
    reader.get(f"/learning/{learning.pk}/")
    client = Client()
    client.force_login(lead)

    own = client.get(f"/learning/{learning.pk}/").content.decode()
    theirs = reader.get(f"/learning/{learning.pk}/").content.decode()

    assert "Opened by other organisations 2 times" in own
    assert f"/learning/{learning.pk}/manage/" in own
    assert "Published by your organisation" not in theirs


def test_the_allowed_page_answers_every_member_level_by_level(orgs):
    family, _ = signed_in(orgs.kent_a, Role.FAMILY_MEMBER)

    page = family.get("/learning/allowed/").content.decode()

    assert page.count("Every redaction reviewed by a person") >= 5  # each level, and the table
    assert "No legal hold" in page and "Anyone, without signing in" in page
    assert "/learning/policy/" not in page  # only a lead may change the rules
    lead, _ = signed_in(orgs.kent_a, Role.PATIENT_SAFETY_LEAD)
    assert "/learning/policy/lead_approval/" in lead.get("/learning/allowed/").content.decode()


def test_a_lead_tightens_a_rule_and_a_looser_one_is_refused(orgs):
    client, _ = signed_in(orgs.kent_a, Role.PATIENT_SAFETY_LEAD)

    refused = client.post(
        "/learning/policy/rare_combinations/", {"applies_from": "40", "threshold": "9"}
    )
    assert refused.status_code == 200
    assert "Select a valid choice" in refused.content.decode()

    client.post("/learning/policy/rare_combinations/", {"applies_from": "10", "threshold": "2"})
    page = client.get("/learning/allowed/").content.decode()
    assert "Threshold: 2" in page and "Tightened" in page
    assert client.get("/learning/policy/no-such-rule/").status_code == 404
    investigator, _ = signed_in(orgs.kent_a, Role.INVESTIGATOR)
    assert investigator.get("/learning/policy/lead_approval/").status_code == 403


def test_pages_of_a_record_are_404_to_another_organisation(orgs):
    learning = draft(orgs.kent_a)
    client, _ = signed_in(orgs.kent_b, Role.PATIENT_SAFETY_LEAD)

    for path in ("manage/", "edit/", "withdraw/"):
        assert client.get(f"/learning/{learning.pk}/{path}").status_code == 404
    for path in ("reviews/", "apply/", "approve/", "second-look/", "publish/", "level/"):
        assert (
            client.post(f"/learning/{learning.pk}/{path}", {"sharing_level": "40"}).status_code
            == 404
        )
    assert not RedactionReview.objects.exists()
    learning.refresh_from_db()
    assert learning.status == Learning.Status.DRAFT


def test_a_submitted_mortality_review_fills_in_what_we_found(orgs):
    from learnloop.reviews import services as review_services
    from learnloop.reviews.tests.conftest import review_data

    client, lead = signed_in(orgs.kent_a, Role.PATIENT_SAFETY_LEAD)
    reviewer = member(orgs.kent_a, Role.MORTALITY_REVIEWER)
    death = report_services.record_death(
        organisation=orgs.kent_a,
        fields={
            "occurred_at": timezone.now() - timedelta(days=5),
            "what_happened": "Died at home.",
        },
        death={"date_of_death": timezone.localdate() - timedelta(days=5), "place_of_death": "Home"},
        by=Auditor(actor=lead, organisation=orgs.kent_a),
    ).report
    review = review_services.sjr_submit(
        report=death, reviewer=reviewer, data=review_data(overall=2, avoidability=4),
        by=Auditor(actor=reviewer, organisation=orgs.kent_a),
    )  # fmt: skip

    # The reviewer sees the reviews once they submitted their own (reviewers work independently).
    reviewer_client = Client()
    reviewer_client.force_login(reviewer)
    case = reviewer_client.get(f"/reviews/{death.reference}/").content.decode()
    assert f"/learning/new/?review={review.pk}" in case
    page = reviewer_client.get(f"/learning/new/?review={review.pk}")

    assert page.status_code == 200 and review.overall_judgement in page.content.decode()
    assert "Mortality review of " + death.reference in page.content.decode()


def test_the_report_page_offers_learning_only_once_triaged_and_to_writers(orgs):
    client, lead = signed_in(orgs.kent_a, Role.PATIENT_SAFETY_LEAD)
    report = triaged_report(orgs.kent_a, lead)
    nurse, _ = signed_in(orgs.kent_a, Role.MEDICAL_EXAMINER)

    assert (
        f"/learning/new/?report={report.reference}"
        in client.get(f"/reports/{report.reference}/").content.decode()
    )
    assert (
        "Write learning to share" not in nurse.get(f"/reports/{report.reference}/").content.decode()
    )


def test_the_duty_of_candour_and_a_coroner_referral_fill_in_the_case_flags(orgs):
    client, lead = signed_in(orgs.kent_a, Role.PATIENT_SAFETY_LEAD)
    by = Auditor(actor=lead, organisation=orgs.kent_a)
    report = triaged_report(orgs.kent_a, lead)
    report_services.candour_record(
        report=report, told_at=timezone.now(), told_by="The ward sister", told_whom="Her son", by=by
    )
    death = report_services.record_death(
        organisation=orgs.kent_a,
        fields={"occurred_at": timezone.now() - timedelta(days=5), "what_happened": "Died."},
        death={
            "date_of_death": timezone.localdate() - timedelta(days=5),
            "place_of_death": "Ward 3",
            "coroner_referred_on": timezone.localdate() - timedelta(days=4),
        },
        by=by,
    ).report
    report_services.triage_decide(report=death, response="aar", reason="Review.", by=by)

    told = client.get(f"/learning/new/?report={report.reference}").content.decode()
    referred = client.get(f"/learning/new/?report={death.reference}").content.decode()

    assert is_ticked(told, "family_informed") and not is_ticked(told, "inquest_pending")
    assert is_ticked(referred, "inquest_pending") and not is_ticked(referred, "family_informed")


def is_ticked(html: str, name: str) -> bool:
    (box,) = re.findall(rf'<input[^>]*name="{name}"[^>]*>', html)
    return "checked" in box
