"""The adopt page, the record page's adopt panel, /actions/ and an action's page, as people
of each role and organisation see them."""

import datetime
import re

import pytest
from django.test import Client
from django.utils import timezone

from learnloop.actions import services
from learnloop.actions.models import SafetyAction
from learnloop.core.audit import Auditor
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import member
from learnloop.sharing.models import Learning, SharingLevel
from learnloop.sharing.tests.learning_builders import published

ADOPTERS = {Role.PATIENT_SAFETY_LEAD, Role.INVESTIGATOR}
VIEWERS = {Role.PATIENT_SAFETY_LEAD, Role.INVESTIGATOR, Role.MORTALITY_REVIEWER}


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def adopt_form(**overrides) -> dict:
    due = timezone.localdate() + datetime.timedelta(days=60)
    data = {
        "title": "Remove concentrated potassium from our ward stock",
        "description": "Pharmacy to check every ward.",
        "strength": "stronger",
        "owner": "",
        "due_date_day": str(due.day),
        "due_date_month": str(due.month),
        "due_date_year": str(due.year),
        "measure": "None found at the next two stock audits.",
    }
    data.update(overrides)
    return data


def adopted(learning, organisation, **fields) -> SafetyAction:
    lead = member(organisation, Role.PATIENT_SAFETY_LEAD)
    values = {"title": "An adopted action", "strength": "weaker", "owner": lead, **fields}
    return services.learning_adopt(
        learning=learning,
        organisation=organisation,
        by=Auditor(actor=lead, organisation=organisation),
        **values,
    )


# Adopting --------------------------------------------------------------------------------


def test_the_adopt_page_starts_from_the_strongest_change_and_offers_the_adopters_staff(
    orgs, learning
):
    lead = member(orgs.kent_b, Role.PATIENT_SAFETY_LEAD, full_name="Kent B Lead")
    member(orgs.kent_b, Role.FRONTLINE_STAFF, full_name="Kent B Nurse", job_title="Ward sister")
    member(orgs.kent_b, Role.FAMILY_MEMBER, full_name="Kent B Relative")
    member(orgs.kent_a, Role.INVESTIGATOR, full_name="Kent A Investigator")

    response = signed_in(lead).get(f"/learning/{learning.pk}/adopt/")

    body = response.content.decode()
    assert response.status_code == 200
    assert 'value="Removed concentrated potassium from ward stock"' in body
    assert re.search(r'value="stronger"\s+checked', body)
    assert "Kent B Nurse, Ward sister" in body and "Kent B Lead" in body
    assert "Kent B Relative" not in body and "Kent A Investigator" not in body
    assert 'name="due_date_day"' in body
    assert "Reminded staff at the safety huddle" in body  # every change is listed
    assert Learning.objects.get(pk=learning.pk).view_count == 0  # the form is not a view


def test_adopting_creates_the_action_and_shows_it_with_a_success_banner(orgs, learning):
    lead = member(orgs.kent_b, Role.INVESTIGATOR)
    owner = member(orgs.kent_b, Role.FRONTLINE_STAFF, full_name="Kent B Nurse")
    client = signed_in(lead)

    response = client.post(
        f"/learning/{learning.pk}/adopt/", adopt_form(owner=str(owner.pk)), follow=True
    )

    action = orgs.kent_b.safety_actions.get()
    assert response.redirect_chain == [(f"/actions/{action.pk}/", 302)]
    body = response.content.decode()
    assert "Learning adopted" in body and "nhsuk-notification-banner--success" in body
    assert "Remove concentrated potassium from our ward stock" in body
    assert "Kent B Nurse" in body and "None found at the next two stock audits." in body
    assert f'href="/learning/{learning.pk}/"' in body and learning.title in body
    assert action.owner == owner and action.adopted_from == learning
    assert Learning.objects.get(pk=learning.pk).adoption_count == 1


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"title": ""}, "Enter what you will change"),
        ({"strength": ""}, "Choose how strong the action is"),
        ({"owner": "999999"}, "Choose the owner from the list"),
        ({"due_date_month": "13"}, "Due date must be a real date"),
        ({"due_date_day": "1", "due_date_month": "1", "due_date_year": "2020"},
         "The due date must be today or in the future"),
    ],
)  # fmt: skip
def test_a_bad_adoption_is_shown_back_with_the_field_named_and_nothing_is_written(
    orgs, learning, overrides, message
):
    client = signed_in(member(orgs.kent_b, Role.PATIENT_SAFETY_LEAD))

    response = client.post(f"/learning/{learning.pk}/adopt/", adopt_form(**overrides))

    body = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in body and message in body
    assert not SafetyAction.objects.exists()
    assert Learning.objects.get(pk=learning.pk).adoption_count == 0


def test_adopting_again_goes_to_the_action_already_set(orgs, learning):
    action = adopted(learning, orgs.kent_b)
    client = signed_in(member(orgs.kent_b, Role.PATIENT_SAFETY_LEAD))

    for method in (client.get, client.post):
        response = method(f"/learning/{learning.pk}/adopt/", follow=True)
        assert response.redirect_chain == [(f"/actions/{action.pk}/", 302)]
        assert "adopted this learning already" in response.content.decode()
    assert orgs.kent_b.safety_actions.count() == 1
    assert Learning.objects.get(pk=learning.pk).adoption_count == 1


def test_the_adopt_page_is_404_for_the_publisher_and_outside_the_records_level(orgs, learning):
    for organisation in (orgs.kent_a, orgs.sussex_a, orgs.cqc):
        client = signed_in(member(organisation, Role.PATIENT_SAFETY_LEAD))
        assert client.get(f"/learning/{learning.pk}/adopt/").status_code == 404
        assert client.post(f"/learning/{learning.pk}/adopt/", adopt_form()).status_code == 404
    assert not SafetyAction.objects.exists()


@pytest.mark.parametrize("role", list(Role))
def test_who_may_adopt(orgs, learning, role):
    client = signed_in(member(orgs.kent_b, role))

    get = client.get(f"/learning/{learning.pk}/adopt/")
    post = client.post(f"/learning/{learning.pk}/adopt/", adopt_form())

    if role in ADOPTERS:
        assert get.status_code == 200 and post.status_code == 302
        assert orgs.kent_b.safety_actions.count() == 1
    else:
        assert get.status_code == 403 and post.status_code == 403
        assert not SafetyAction.objects.exists()


def test_signed_out_people_are_sent_to_sign_in(learning):
    for path in (f"/learning/{learning.pk}/adopt/", "/actions/"):
        response = Client().get(path)
        assert response.status_code == 302 and response["Location"].startswith("/sign-in/")


# The adopt panel on the record's page -----------------------------------------------------


def test_the_record_page_offers_adoption_to_people_who_may_adopt_outside_the_publisher(
    orgs, learning
):
    page = f"/learning/{learning.pk}/"
    adopt_link = f'href="/learning/{learning.pk}/adopt/"'

    lead = signed_in(member(orgs.kent_b, Role.PATIENT_SAFETY_LEAD)).get(page).content.decode()
    nurse = signed_in(member(orgs.kent_b, Role.FRONTLINE_STAFF)).get(page).content.decode()
    publisher = signed_in(member(orgs.kent_a, Role.PATIENT_SAFETY_LEAD)).get(page).content
    assert "Adopt this learning" in lead and adopt_link in lead
    assert "Adopt this learning" not in nurse
    assert "Adopt this learning" not in publisher.decode()


def test_the_record_page_says_when_the_organisation_adopted_it(orgs, learning):
    action = adopted(learning, orgs.kent_b)
    action_day = timezone.localtime(action.created_at)

    body = (
        signed_in(member(orgs.kent_b, Role.INVESTIGATOR))
        .get(f"/learning/{learning.pk}/")
        .content.decode()
    )

    assert "Your organisation adopted this on" in body
    assert f'<a href="/actions/{action.pk}/">{action_day.day} {action_day:%B %Y}</a>' in body
    assert f'href="/learning/{learning.pk}/adopt/"' not in body
    # Another organisation in the system still may.
    other = signed_in(member(orgs.kent_icb, Role.PATIENT_SAFETY_LEAD))
    assert (
        "Your organisation adopted" not in other.get(f"/learning/{learning.pk}/").content.decode()
    )


def test_the_public_page_offers_no_adoption(orgs):
    public = published(orgs.kent_a, SharingLevel.PUBLIC, title="Public potassium learning")
    client = signed_in(member(orgs.kent_b, Role.PATIENT_SAFETY_LEAD))

    body = client.get(f"/learning/public/{public.pk}/").content.decode()

    assert "Public potassium learning" in body and "Adopt this learning" not in body


# The organisation's actions ----------------------------------------------------------------


def test_the_actions_page_lists_open_actions_first_with_strength_owner_due_and_source(
    orgs, learning
):
    lead = member(orgs.kent_b, Role.PATIENT_SAFETY_LEAD, full_name="Kent B Lead")
    by = Auditor(actor=lead, organisation=orgs.kent_b)
    soon = timezone.localdate() + datetime.timedelta(days=7)
    done = services.action_create(
        organisation=orgs.kent_b, title="Done action", strength="weaker", by=by
    )
    services.action_complete(action=done, by=by)
    services.action_create(
        organisation=orgs.kent_b, title="Later action", strength="intermediate", by=by
    )
    adopted(learning, orgs.kent_b, title="Adopted action", strength="stronger", due_date=soon)
    services.action_create(
        organisation=orgs.kent_a, title="Kent A's own action", strength="weaker", by=by
    )

    body = signed_in(lead).get("/actions/").content.decode()

    assert body.index("Adopted action") < body.index("Later action") < body.index("Done action")
    assert "Kent A&#39;s own action" not in body and "Kent A's own action" not in body
    assert "3 safety actions" in body
    assert "Stronger action" in body and "Intermediate action" in body
    assert "Weaker action" in body
    assert f"{soon.day} {soon:%B %Y}" in body and "No due date" in body
    assert "Nobody yet" in body
    assert "Adopted from learning:" in body
    assert f'<a href="/learning/{learning.pk}/">{learning.title}</a>' in body
    assert "Completed" in body and "Open" in body


def test_an_empty_actions_page_points_to_the_learning_exchange(orgs):
    body = signed_in(member(orgs.kent_b, Role.INVESTIGATOR)).get("/actions/").content.decode()

    assert "no safety actions yet" in body and 'href="/learning/"' in body


@pytest.mark.parametrize("role", list(Role))
def test_who_may_see_the_actions(orgs, learning, role):
    action = adopted(learning, orgs.kent_b)
    client = signed_in(member(orgs.kent_b, role))

    statuses = {
        client.get("/actions/").status_code,
        client.get(f"/actions/{action.pk}/").status_code,
    }

    assert statuses == ({200} if role in VIEWERS else {403})


def test_another_organisations_action_is_404(orgs, learning):
    action = adopted(learning, orgs.kent_b)
    client = signed_in(member(orgs.kent_icb, Role.PATIENT_SAFETY_LEAD))

    assert client.get(f"/actions/{action.pk}/").status_code == 404
    assert client.post(f"/actions/{action.pk}/complete/").status_code == 404
    assert SafetyAction.objects.get(pk=action.pk).is_open


# Completing --------------------------------------------------------------------------------


def test_a_lead_marks_an_action_completed(orgs, learning):
    action = adopted(learning, orgs.kent_b)
    client = signed_in(member(orgs.kent_b, Role.INVESTIGATOR))
    assert "Mark as completed" in client.get(f"/actions/{action.pk}/").content.decode()

    response = client.post(f"/actions/{action.pk}/complete/", follow=True)

    body = response.content.decode()
    assert response.redirect_chain == [(f"/actions/{action.pk}/", 302)]
    assert "Action marked as completed" in body and "Mark as completed" not in body
    action.refresh_from_db()
    assert action.status == SafetyAction.Status.COMPLETED
    again = client.post(f"/actions/{action.pk}/complete/", follow=True).content.decode()
    assert "completed already" in again


def test_the_owner_completes_their_action_and_other_viewers_may_not(orgs, learning):
    owner = member(orgs.kent_b, Role.MORTALITY_REVIEWER)
    reviewer = member(orgs.kent_b, Role.MORTALITY_REVIEWER)
    action = adopted(learning, orgs.kent_b, owner=owner)

    page = signed_in(reviewer).get(f"/actions/{action.pk}/").content.decode()
    assert "Mark as completed" not in page
    assert signed_in(reviewer).post(f"/actions/{action.pk}/complete/").status_code == 403
    assert SafetyAction.objects.get(pk=action.pk).is_open

    assert signed_in(owner).post(f"/actions/{action.pk}/complete/").status_code == 302
    assert not SafetyAction.objects.get(pk=action.pk).is_open


def test_completing_is_a_post(orgs, learning):
    action = adopted(learning, orgs.kent_b)
    client = signed_in(member(orgs.kent_b, Role.PATIENT_SAFETY_LEAD))

    assert client.get(f"/actions/{action.pk}/complete/").status_code == 405
    assert SafetyAction.objects.get(pk=action.pk).is_open
