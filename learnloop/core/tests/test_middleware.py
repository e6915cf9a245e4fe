"""The current organisation: which one a person acts for, and switching between theirs."""

import pytest
from django.urls import reverse

from learnloop.core.middleware import SESSION_KEY
from learnloop.core.models import AuditLog
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def person_in_two(make_member):
    """A person who works at Alpha (investigator) and Beta (patient safety lead)."""
    alpha = OrganisationFactory(name="Alpha NHS Trust")
    beta = OrganisationFactory(name="Beta NHS Trust")
    person = make_member(Role.INVESTIGATOR, organisation=alpha)
    MembershipFactory(user=person, organisation=beta, roles=[Role.PATIENT_SAFETY_LEAD])
    return person, alpha, beta


def acting_for(client, organisation_id=None):
    if organisation_id is not None:
        session = client.session
        session[SESSION_KEY] = organisation_id
        session.save()
    return client.get(reverse("core:about")).wsgi_request


def test_the_organisation_chosen_in_the_session_is_used(client, person_in_two):
    person, alpha, beta = person_in_two
    client.force_login(person)

    request = acting_for(client, beta.pk)

    assert request.organisation == beta
    assert request.membership.organisation == beta
    assert request.membership.role_set == {Role.PATIENT_SAFETY_LEAD}
    assert [m.organisation for m in request.memberships] == [alpha, beta]


def test_without_a_choice_the_first_organisation_by_name_is_used(client, person_in_two):
    person, alpha, _ = person_in_two
    client.force_login(person)

    request = acting_for(client)

    assert request.organisation == alpha


def test_an_organisation_the_person_is_not_in_is_ignored(client, person_in_two, other_trust):
    person, alpha, _ = person_in_two
    client.force_login(person)

    request = acting_for(client, other_trust.pk)

    assert request.organisation == alpha
    assert other_trust not in [m.organisation for m in request.memberships]


def test_a_membership_that_ended_no_longer_counts(client, person_in_two):
    person, alpha, beta = person_in_two
    person.memberships.filter(organisation=beta).update(is_active=False)
    client.force_login(person)

    request = acting_for(client, beta.pk)

    assert request.organisation == alpha
    assert [m.organisation for m in request.memberships] == [alpha]


def test_an_organisation_that_closed_no_longer_counts(client, person_in_two):
    person, alpha, beta = person_in_two
    alpha.is_active = False
    alpha.save()
    client.force_login(person)

    request = acting_for(client, alpha.pk)

    assert request.organisation == beta


def test_a_signed_out_visitor_acts_for_no_organisation(client):
    request = acting_for(client)

    assert request.organisation is None
    assert request.membership is None
    assert request.memberships == []


def test_a_person_with_no_membership_acts_for_no_organisation(client, django_user_model):
    client.force_login(
        django_user_model.objects.create_user("alone@example.com", "a-long-password-1")
    )

    request = client.get("/")

    assert request.wsgi_request.organisation is None
    assert request.status_code == 403


def test_permissions_follow_the_organisation_acted_for(client, person_in_two):
    person, alpha, beta = person_in_two
    client.force_login(person)

    in_alpha = acting_for(client, alpha.pk)
    alpha_user = in_alpha.user
    in_beta = acting_for(client, beta.pk)

    assert alpha_user.has_perm("investigations.investigate", alpha)
    assert not alpha_user.has_perm("reports.triage", alpha)
    assert in_beta.user.has_perm("reports.triage", beta)


# Switching ---------------------------------------------------------------------------------


def test_switching_organisation_changes_it_and_is_audited(client, person_in_two):
    person, alpha, beta = person_in_two
    client.force_login(person)

    response = client.post(
        reverse("organisations:switch_organisation"),
        {"organisation": beta.pk, "next": reverse("core:about")},
        REMOTE_ADDR="10.3.3.3",
    )

    assert response.status_code == 302
    assert response.url == reverse("core:about")
    assert client.session[SESSION_KEY] == beta.pk
    assert acting_for(client).organisation == beta
    entry = AuditLog.objects.order_by("id").last()
    assert entry.actor == person
    assert entry.organisation == beta
    assert entry.summary == f"Now acting for {beta}"
    assert entry.ip_address == "10.3.3.3"


def test_switching_to_an_organisation_the_person_is_not_in_is_refused(
    client, person_in_two, other_trust
):
    person, alpha, _ = person_in_two
    client.force_login(person)
    before = AuditLog.objects.count()

    response = client.post(
        reverse("organisations:switch_organisation"), {"organisation": other_trust.pk}
    )

    assert response.status_code == 400
    assert SESSION_KEY not in client.session
    assert acting_for(client).organisation == alpha
    assert AuditLog.objects.count() == before


def test_switching_without_choosing_is_refused(client, person_in_two):
    client.force_login(person_in_two[0])

    response = client.post(reverse("organisations:switch_organisation"), {"organisation": "Beta"})

    assert response.status_code == 400


def test_switching_never_redirects_to_another_site(client, person_in_two):
    person, _, beta = person_in_two
    client.force_login(person)

    response = client.post(
        reverse("organisations:switch_organisation"),
        {"organisation": beta.pk, "next": "https://evil.example/"},
    )

    assert response.status_code == 302
    assert response.url == "/"


def test_switching_needs_a_signed_in_person_and_a_post(client, trust):
    assert client.get(reverse("organisations:switch_organisation")).status_code == 405

    response = client.post(reverse("organisations:switch_organisation"), {"organisation": trust.pk})

    assert response.status_code == 302
    assert response.url == reverse("organisations:sign_in")
