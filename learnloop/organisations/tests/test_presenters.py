"""Presenters on their own: what people, invitations and departments read like."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from learnloop.organisations.models import CaseAccess, Department, Invitation
from learnloop.organisations.presenters import (
    DepartmentGroup,
    InvitationPresenter,
    MemberPresenter,
    roles_text,
)
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import (
    DepartmentFactory,
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")


def test_roles_text_follows_the_usual_order_and_labels():
    assert roles_text(["administrator", Role.FRONTLINE_STAFF, "investigator"]) == (
        "Frontline staff, Investigator, Organisation administrator"
    )
    assert roles_text([]) == ""


class TestMemberPresenter:
    def test_staff_member(self):
        ward = DepartmentFactory(name="Cedar Ward")
        user = UserFactory(full_name="Nia Nurse", email="nia@trust.example")
        membership = MembershipFactory(
            user=user,
            organisation=ward.organisation,
            department=ward,
            roles=[Role.INVESTIGATOR, Role.FRONTLINE_STAFF],
        )

        member = MemberPresenter(membership, acting_user=user)

        assert member.pk == membership.pk
        assert member.name == "Nia Nurse"
        assert member.email == "nia@trust.example"
        assert member.roles == "Frontline staff, Investigator"
        assert member.department == "Cedar Ward"
        assert member.is_you
        assert not member.is_family
        assert member.edit_url == f"/organisation/people/{membership.pk}/"
        assert member.remove_url == f"/organisation/people/{membership.pk}/remove/"

    def test_no_department_and_no_name(self):
        membership = MembershipFactory(user=UserFactory(full_name="", email="x@trust.example"))

        member = MemberPresenter(membership, acting_user=UserFactory())

        assert member.name == "x@trust.example"
        assert member.department == "None recorded"
        assert not member.is_you
        assert not MemberPresenter(membership).is_you

    def test_family_member_shows_the_cases_they_follow(self):
        membership = MembershipFactory(roles=[Role.FAMILY_MEMBER])
        CaseAccess.objects.create(membership=membership, case_reference="R-9")
        CaseAccess.objects.create(membership=membership, case_reference="R-10")

        member = MemberPresenter(membership)

        assert member.is_family
        assert member.cases == "R-10, R-9"
        assert member.department == "Follows R-10, R-9"

    def test_family_member_with_no_cases(self):
        member = MemberPresenter(MembershipFactory(roles=[Role.FAMILY_MEMBER]))

        assert member.department == "–"


def make_invitation(**fields):
    organisation = fields.pop("organisation", None) or OrganisationFactory(
        name="East Test NHS Trust"
    )
    defaults = {
        "organisation": organisation,
        "kind": Invitation.Kind.STAFF,
        "email": "pat@trust.example",
        "full_name": "Pat Pending",
        "roles": ["investigator", "frontline_staff"],
        "token_digest": Invitation.new_token()[1],
        "invited_by": UserFactory(),
        "expires_at": timezone.now() + timedelta(days=3),
    }
    return Invitation.objects.create(**{**defaults, **fields})


class TestInvitationPresenter:
    def test_pending_staff_invitation(self):
        expires = datetime(2030, 12, 10, 12, 0, tzinfo=LONDON)
        invitation = InvitationPresenter(make_invitation(expires_at=expires))

        assert invitation.name == "Pat Pending"
        assert invitation.email == "pat@trust.example"
        assert invitation.kind == "Staff"
        assert invitation.invited_as == "Frontline staff, Investigator"
        assert (invitation.status, invitation.status_label, invitation.status_colour) == (
            "pending",
            "Waiting",
            "blue",
        )
        assert invitation.when == "Expires 10 December 2030"
        assert invitation.can_revoke
        assert invitation.revoke_url == f"/organisation/invitations/{invitation.pk}/revoke/"
        assert invitation.unusable_heading == "This invitation can be used"
        assert invitation.unusable_reason == ""

    def test_family_invitation_without_a_name(self):
        invitation = InvitationPresenter(
            make_invitation(
                kind=Invitation.Kind.FAMILY,
                full_name="",
                roles=["family_member"],
                case_reference="R-42",
            )
        )

        assert invitation.name == "pat@trust.example"
        assert invitation.kind == "Family member"
        assert invitation.invited_as == "Family member following R-42"

    def test_expired(self):
        invitation = InvitationPresenter(
            make_invitation(expires_at=datetime(2026, 3, 1, 9, 0, tzinfo=LONDON))
        )

        assert (invitation.status_label, invitation.status_colour) == ("Expired", "grey")
        assert invitation.when == "Expired 1 March 2026"
        assert not invitation.can_revoke
        assert invitation.unusable_heading == "This invitation has expired"
        assert invitation.unusable_reason == "The link expired on 1 March 2026."

    def test_accepted(self):
        invitation = InvitationPresenter(
            make_invitation(accepted_at=datetime(2026, 4, 2, 9, 0, tzinfo=LONDON))
        )

        assert (invitation.status_label, invitation.status_colour) == ("Accepted", "green")
        assert invitation.when == "Accepted 2 April 2026"
        assert invitation.unusable_heading == "This invitation has already been used"
        assert "works once" in invitation.unusable_reason

    def test_revoked(self):
        invitation = InvitationPresenter(
            make_invitation(revoked_at=datetime(2026, 5, 3, 23, 30, tzinfo=LONDON))
        )

        assert (invitation.status_label, invitation.status_colour) == ("Revoked", "red")
        assert invitation.when == "Revoked 3 May 2026"
        assert invitation.unusable_heading == "This invitation has been withdrawn"
        assert (
            invitation.unusable_reason
            == "East Test NHS Trust withdrew this invitation, so the link no longer works."
        )

    def test_dates_are_uk_local(self):
        # 23:30 UTC on 31 May is 00:30 on 1 June in London (summer time).
        late = datetime(2026, 5, 31, 23, 30, tzinfo=ZoneInfo("UTC"))
        invitation = InvitationPresenter(make_invitation(revoked_at=late))

        assert invitation.when == "Revoked 1 June 2026"


def test_department_groups_by_kind_in_a_fixed_order():
    organisation = OrganisationFactory()
    for name, kind in [
        ("Oak Ward", "ward"),
        ("Cardiology", "specialty"),
        ("Ash Ward", "ward"),
        ("Pharmacy", "department"),
    ]:
        Department.objects.create(organisation=organisation, name=name, kind=kind)
    DepartmentFactory(name="Elsewhere Ward")

    groups = DepartmentGroup.for_organisation(organisation)

    assert [g.label for g in groups] == ["Departments", "Wards", "Specialties"]
    assert [d.name for d in groups[1].departments] == ["Ash Ward", "Oak Ward"]
    assert groups[0].kind == "department"


def test_no_departments_no_groups():
    assert DepartmentGroup.for_organisation(OrganisationFactory()) == []
