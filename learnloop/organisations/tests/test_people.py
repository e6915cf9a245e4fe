"""The people pages: members, invitations, roles, removal and departments."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from learnloop.core.audit import Auditor
from learnloop.core.models import AuditLog
from learnloop.organisations import services
from learnloop.organisations.models import CaseAccess, Department, Invitation
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import DepartmentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(make_member):
    return make_member(Role.ADMINISTRATOR, full_name="Alex Admin", email="alex.admin@trust.example")


@pytest.fixture
def admin_client(client, admin):
    client.force_login(admin)
    return client


@pytest.fixture
def nurse(make_member):
    return make_member(Role.FRONTLINE_STAFF, full_name="Nia Nurse", email="nia.nurse@trust.example")


def membership_of(user, organisation):
    return user.memberships.get(organisation=organisation)


def last_audit(**filters):
    return AuditLog.objects.filter(**filters).order_by("-id").first()


# Who may use the pages


def people_urls(trust, nurse):
    pk = membership_of(nurse, trust).pk
    return [
        "/organisation/people/",
        "/organisation/people/invite/",
        f"/organisation/people/{pk}/",
        f"/organisation/people/{pk}/remove/",
        "/organisation/departments/",
    ]


def test_frontline_staff_are_refused(client, trust, nurse, make_member):
    client.force_login(make_member(Role.FRONTLINE_STAFF))

    statuses = {url: client.get(url).status_code for url in people_urls(trust, nurse)}

    assert set(statuses.values()) == {403}
    response = client.get("/organisation/people/")
    assert "You do not have permission to see this page" in response.content.decode()


def test_anonymous_people_are_sent_to_sign_in(client, trust, nurse):
    for url in people_urls(trust, nurse):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith("/sign-in/?next=")


def test_a_safety_lead_sees_people_but_cannot_manage_them(client, trust, nurse, make_member):
    client.force_login(make_member(Role.PATIENT_SAFETY_LEAD))

    listing = client.get("/organisation/people/")

    assert listing.status_code == 200
    assert "Nia Nurse" in listing.content.decode()
    assert "Invite a member of staff" not in listing.content.decode()
    assert client.get("/organisation/people/invite/").status_code == 403
    assert client.get(f"/organisation/people/{membership_of(nurse, trust).pk}/").status_code == 403


def test_another_organisations_administrator_gets_404_for_our_ids(
    client, trust, other_trust, nurse, admin, make_member
):
    client.force_login(make_member(Role.ADMINISTRATOR, organisation=other_trust))
    pk = membership_of(nurse, trust).pk
    invitation, _ = services.invitation_create_staff(
        organisation=trust,
        email="x@trust.example",
        full_name="X",
        roles=[Role.INVESTIGATOR],
        by=Auditor(actor=admin, organisation=trust),
    )

    assert client.get(f"/organisation/people/{pk}/").status_code == 404
    assert (
        client.post(f"/organisation/people/{pk}/", {"roles": [Role.ADMINISTRATOR]}).status_code
        == 404
    )
    assert client.get(f"/organisation/people/{pk}/remove/").status_code == 404
    assert client.post(f"/organisation/people/{pk}/remove/").status_code == 404
    assert client.post(f"/organisation/invitations/{invitation.pk}/revoke/").status_code == 404
    assert membership_of(nurse, trust).is_active
    assert membership_of(nurse, trust).role_set == {Role.FRONTLINE_STAFF}
    assert Invitation.objects.get(pk=invitation.pk).status == "pending"


def test_another_organisations_people_are_not_listed(admin_client, other_trust, make_member):
    make_member(Role.FRONTLINE_STAFF, organisation=other_trust, full_name="Olly Outsider")

    assert "Olly Outsider" not in admin_client.get("/organisation/people/").content.decode()


# The list


def test_admin_sees_members_roles_departments_and_invitations(
    admin_client, trust, admin, nurse, make_member
):
    ward = DepartmentFactory(organisation=trust, name="Cedar Ward")
    membership = membership_of(nurse, trust)
    membership.department = ward
    membership.save()
    family = make_member(Role.FAMILY_MEMBER, full_name="Fran Family")
    CaseAccess.objects.create(membership=membership_of(family, trust), case_reference="R-77")
    by = Auditor(actor=admin, organisation=trust)
    services.invitation_create_staff(
        organisation=trust,
        email="pending@trust.example",
        full_name="Pat Pending",
        roles=[Role.INVESTIGATOR, Role.MORTALITY_REVIEWER],
        by=by,
    )
    expired, _ = services.invitation_create_staff(
        organisation=trust,
        email="late@trust.example",
        full_name="Lee Late",
        roles=[Role.FRONTLINE_STAFF],
        by=by,
    )
    Invitation.objects.filter(pk=expired.pk).update(expires_at=timezone.now() - timedelta(days=1))

    body = admin_client.get("/organisation/people/").content.decode()

    assert "Nia Nurse" in body and "Frontline staff" in body and "Cedar Ward" in body
    assert "Alex Admin (you)" in body
    assert "Fran Family" in body and "R-77" in body
    assert (
        "Pat Pending" in body and "Investigator, Mortality reviewer" in body and "Waiting" in body
    )
    assert "Lee Late" in body and "Expired" in body
    assert body.count("Withdraw") == 1  # only the pending one can be withdrawn


def test_navigation_offers_people_and_people_offers_departments_to_an_admin(admin_client):
    body = admin_client.get("/").content.decode()
    people = admin_client.get("/organisation/people/").content.decode()

    # The header keeps one item for the organisation's people; departments are a page of it.
    assert 'href="/organisation/people/"' in body
    assert 'href="/organisation/departments/"' not in body
    assert 'href="/organisation/departments/"' in people


def test_navigation_offers_family_invitations_to_an_investigator(client, make_member):
    client.force_login(make_member(Role.INVESTIGATOR))

    body = client.get("/").content.decode()

    assert 'href="/organisation/family-invitations/new/"' in body
    assert 'href="/organisation/people/"' not in body


# Inviting


def test_admin_invites_staff_and_it_is_audited(admin_client, trust, admin, mailoutbox):
    response = admin_client.post(
        "/organisation/people/invite/",
        {
            "email": "New.Doctor@trust.example",
            "full_name": "Dana Doctor",
            "roles": [Role.INVESTIGATOR, Role.MORTALITY_REVIEWER],
        },
    )

    assert response.status_code == 200
    invitation = trust.invitations.get()
    assert invitation.email == "new.doctor@trust.example"
    assert sorted(invitation.roles) == [Role.INVESTIGATOR, Role.MORTALITY_REVIEWER]
    assert len(mailoutbox) == 1
    entry = last_audit(object_type="organisations.Invitation")
    assert (entry.actor, entry.organisation, entry.action) == (admin, trust, AuditLog.Action.CREATE)


def test_invite_form_names_each_missing_field(admin_client):
    response = admin_client.post("/organisation/people/invite/", {"email": "", "full_name": ""})

    body = response.content.decode()
    assert "Enter their email address" in body
    assert "Enter their full name" in body
    assert "Select at least one role" in body
    assert 'href="#id_roles"' in body


def test_revoking_an_invitation(admin_client, trust, admin):
    invitation, _ = services.invitation_create_staff(
        organisation=trust,
        email="x@trust.example",
        full_name="X",
        roles=[Role.INVESTIGATOR],
        by=Auditor(actor=admin, organisation=trust),
    )

    assert admin_client.get(f"/organisation/invitations/{invitation.pk}/revoke/").status_code == 405
    response = admin_client.post(f"/organisation/invitations/{invitation.pk}/revoke/", follow=True)

    assert "has been withdrawn" in response.content.decode()
    assert Invitation.objects.get(pk=invitation.pk).status == "revoked"
    entry = last_audit(object_type="organisations.Invitation", action=AuditLog.Action.UPDATE)
    assert (entry.actor, entry.organisation) == (admin, trust)


# Editing


def test_admin_changes_roles_and_department(admin_client, trust, admin, nurse):
    ward = DepartmentFactory(organisation=trust, name="Birch Ward")
    membership = membership_of(nurse, trust)
    page = admin_client.get(f"/organisation/people/{membership.pk}/")
    assert (
        "Change Nia Nurse&#39;s roles" in page.content.decode()
        or "Change Nia Nurse's roles" in page.content.decode()
    )

    response = admin_client.post(
        f"/organisation/people/{membership.pk}/",
        {
            "roles": [Role.FRONTLINE_STAFF, Role.INVESTIGATOR],
            "department": ward.pk,
        },
    )

    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.role_set == {Role.FRONTLINE_STAFF, Role.INVESTIGATOR}
    assert membership.department == ward
    entry = last_audit(object_type="organisations.Membership", object_id=str(membership.pk))
    assert (entry.actor, entry.organisation) == (admin, trust)
    assert entry.changes["department"]["to"] == "Birch Ward"


def test_another_organisations_department_cannot_be_chosen(admin_client, trust, other_trust, nurse):
    elsewhere = DepartmentFactory(organisation=other_trust)
    membership = membership_of(nurse, trust)

    response = admin_client.post(
        f"/organisation/people/{membership.pk}/",
        {
            "roles": [Role.FRONTLINE_STAFF],
            "department": elsewhere.pk,
        },
    )

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    membership.refresh_from_db()
    assert membership.department is None


def test_an_admin_cannot_remove_their_own_administrator_role(admin_client, trust, admin):
    membership = membership_of(admin, trust)
    audit_count = AuditLog.objects.count()

    response = admin_client.post(
        f"/organisation/people/{membership.pk}/", {"roles": [Role.INVESTIGATOR]}
    )

    body = response.content.decode()
    assert response.status_code == 200
    assert "You cannot remove your own administrator role" in body
    assert 'href="#id_roles"' in body
    assert membership_of(admin, trust).role_set == {Role.ADMINISTRATOR}
    assert AuditLog.objects.count() == audit_count


def test_a_refusal_from_the_service_shows_on_the_form(admin_client, trust, nurse, monkeypatch):
    def refuse(**kwargs):
        raise ValidationError("That change cannot be made now.")

    monkeypatch.setattr(services, "membership_update", refuse)

    response = admin_client.post(
        f"/organisation/people/{membership_of(nurse, trust).pk}/", {"roles": [Role.INVESTIGATOR]}
    )

    assert response.status_code == 200
    assert "That change cannot be made now." in response.content.decode()


def test_an_admin_may_add_roles_to_themselves(admin_client, trust, admin):
    membership = membership_of(admin, trust)

    admin_client.post(
        f"/organisation/people/{membership.pk}/", {"roles": [Role.ADMINISTRATOR, Role.INVESTIGATOR]}
    )

    assert membership_of(admin, trust).role_set == {Role.ADMINISTRATOR, Role.INVESTIGATOR}


def test_a_family_members_page_has_no_roles_to_change(admin_client, trust, make_member):
    family = make_member(Role.FAMILY_MEMBER, full_name="Fran Family")

    response = admin_client.get(f"/organisation/people/{membership_of(family, trust).pk}/")

    assert "no roles to change" in response.content.decode()


# Removing


def test_admin_removes_a_member_after_confirming(admin_client, trust, admin, nurse):
    membership = membership_of(nurse, trust)

    confirm = admin_client.get(f"/organisation/people/{membership.pk}/remove/")
    assert "Remove Nia Nurse from" in confirm.content.decode()
    response = admin_client.post(f"/organisation/people/{membership.pk}/remove/")

    assert response.status_code == 302
    membership.refresh_from_db()
    assert not membership.is_active
    entry = last_audit(object_type="organisations.Membership", object_id=str(membership.pk))
    assert (entry.actor, entry.organisation) == (admin, trust)
    assert nurse.email not in admin_client.get("/organisation/people/").content.decode()
    assert admin_client.get(f"/organisation/people/{membership.pk}/").status_code == 404


def test_an_admin_cannot_remove_themselves(admin_client, trust, admin):
    membership = membership_of(admin, trust)

    page = admin_client.get(f"/organisation/people/{membership.pk}/remove/")
    response = admin_client.post(f"/organisation/people/{membership.pk}/remove/")

    assert "You cannot remove yourself" in page.content.decode()
    assert response.status_code == 400
    assert membership_of(admin, trust).is_active


def test_a_removed_member_can_no_longer_act_for_the_organisation(
    client, admin_client, trust, nurse
):
    admin_client.post(f"/organisation/people/{membership_of(nurse, trust).pk}/remove/")
    client.force_login(nurse)

    response = client.get("/")

    assert response.status_code == 403


# Departments


def test_departments_listed_by_kind_and_added(admin_client, trust, admin):
    DepartmentFactory(organisation=trust, name="Oak Ward", kind=Department.Kind.WARD)

    listing = admin_client.get("/organisation/departments/").content.decode()
    response = admin_client.post(
        "/organisation/departments/",
        {
            "name": " Emergency Department ",
            "kind": Department.Kind.DEPARTMENT,
            "site": "Main site",
        },
    )

    assert "Wards" in listing and "Oak Ward" in listing
    assert response.status_code == 302
    department = trust.departments.get(kind=Department.Kind.DEPARTMENT)
    assert (department.name, department.site) == ("Emergency Department", "Main site")
    entry = last_audit(object_type="organisations.Department")
    assert (entry.actor, entry.organisation) == (admin, trust)
    assert "Main site" in admin_client.get("/organisation/departments/").content.decode()


def test_a_department_name_is_not_repeated(admin_client, trust):
    DepartmentFactory(organisation=trust, name="Oak Ward", kind=Department.Kind.WARD)

    response = admin_client.post(
        "/organisation/departments/", {"name": "oak ward", "kind": Department.Kind.WARD}
    )

    assert response.status_code == 200
    assert "already has a ward called oak ward" in response.content.decode()
    assert trust.departments.count() == 1


def test_a_department_needs_a_name_and_kind(admin_client, trust):
    response = admin_client.post("/organisation/departments/", {"name": ""})

    body = response.content.decode()
    assert "Enter a name" in body and "Select what it is" in body
    assert not trust.departments.exists()


def test_a_safety_lead_sees_departments_but_cannot_add(client, trust, make_member):
    client.force_login(make_member(Role.PATIENT_SAFETY_LEAD))

    page = client.get("/organisation/departments/")
    response = client.post(
        "/organisation/departments/", {"name": "Sneaky", "kind": Department.Kind.WARD}
    )

    assert page.status_code == 200
    assert "Add one" not in page.content.decode()
    assert response.status_code == 403
    assert not trust.departments.exists()
