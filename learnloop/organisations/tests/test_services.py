"""Service functions for people and accounts: what they change, what they refuse, what they log."""

import pytest
from django.core.exceptions import ValidationError

from learnloop.core.audit import Auditor
from learnloop.core.models import AuditLog
from learnloop.organisations import services
from learnloop.organisations.models import CaseAccess, Membership
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import DepartmentFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(make_member):
    return make_member(Role.ADMINISTRATOR)


@pytest.fixture
def by(admin, trust):
    return Auditor(actor=admin, organisation=trust, ip_address="10.0.0.1")


def membership_of(user, organisation):
    return Membership.objects.get(user=user, organisation=organisation)


class TestMembershipUpdate:
    def test_changes_roles_and_department_in_one_audit_entry(self, trust, make_member, by, admin):
        membership = membership_of(make_member(Role.FRONTLINE_STAFF), trust)
        ward = DepartmentFactory(organisation=trust, name="Elm Ward")
        before = AuditLog.objects.count()

        services.membership_update(
            membership=membership, roles=["investigator"], department=ward, by=by
        )

        membership.refresh_from_db()
        assert membership.role_set == {Role.INVESTIGATOR}
        assert membership.department == ward
        assert AuditLog.objects.count() == before + 1
        entry = AuditLog.objects.latest("id")
        assert (entry.actor, entry.organisation, entry.ip_address) == (admin, trust, "10.0.0.1")
        assert entry.changes == {
            "roles": {"from": ["frontline_staff"], "to": ["investigator"]},
            "department": {"from": "", "to": "Elm Ward"},
        }

    def test_nothing_changed_nothing_logged(self, trust, make_member, by):
        membership = membership_of(make_member(Role.FRONTLINE_STAFF), trust)
        before = AuditLog.objects.count()

        services.membership_update(
            membership=membership, roles=[Role.FRONTLINE_STAFF], department=None, by=by
        )

        assert AuditLog.objects.count() == before

    def test_needs_a_role(self, trust, make_member, by):
        membership = membership_of(make_member(Role.FRONTLINE_STAFF), trust)

        with pytest.raises(ValidationError, match="at least one role"):
            services.membership_update(membership=membership, roles=[], department=None, by=by)

    def test_refuses_another_organisations_department(self, trust, other_trust, make_member, by):
        membership = membership_of(make_member(Role.FRONTLINE_STAFF), trust)

        with pytest.raises(ValidationError, match="department of this organisation"):
            services.membership_update(
                membership=membership,
                roles=[Role.FRONTLINE_STAFF],
                department=DepartmentFactory(organisation=other_trust),
                by=by,
            )

    def test_an_admin_cannot_drop_their_own_administrator_role(self, trust, admin, by):
        membership = membership_of(admin, trust)

        with pytest.raises(ValidationError, match="your own administrator role"):
            services.membership_update(
                membership=membership, roles=[Role.INVESTIGATOR], department=None, by=by
            )
        assert membership_of(admin, trust).role_set == {Role.ADMINISTRATOR}

    def test_another_admin_may_drop_it(self, trust, admin, make_member, by):
        other_admin = membership_of(make_member(Role.ADMINISTRATOR), trust)

        services.membership_update(
            membership=other_admin, roles=[Role.INVESTIGATOR], department=None, by=by
        )

        assert other_admin.role_set == {Role.INVESTIGATOR}


class TestMembershipRemove:
    def test_cannot_remove_yourself(self, trust, admin, by):
        with pytest.raises(ValidationError, match="cannot remove yourself"):
            services.membership_remove(membership=membership_of(admin, trust), by=by)
        assert membership_of(admin, trust).is_active

    def test_removes_and_logs(self, trust, make_member, by, admin):
        membership = membership_of(make_member(Role.FRONTLINE_STAFF), trust)

        services.membership_remove(membership=membership, by=by)

        assert not membership_of(membership.user, trust).is_active
        entry = AuditLog.objects.latest("id")
        assert (entry.actor, entry.organisation) == (admin, trust)


class TestMembershipGrantAfterRemoval:
    def test_roles_and_cases_start_afresh(self, trust, make_member, by):
        membership = membership_of(make_member(Role.ADMINISTRATOR, Role.INVESTIGATOR), trust)
        CaseAccess.objects.create(membership=membership, case_reference="R-OLD")
        services.membership_remove(membership=membership, by=by)

        services.membership_grant(
            user=membership.user, organisation=trust, roles=[Role.FRONTLINE_STAFF], by=by
        )

        membership.refresh_from_db()
        assert membership.is_active
        assert membership.role_set == {Role.FRONTLINE_STAFF}
        assert not membership.case_access.exists()

    def test_an_active_member_keeps_their_roles_and_gains_new(self, trust, make_member, by):
        membership = membership_of(make_member(Role.INVESTIGATOR), trust)

        services.membership_grant(
            user=membership.user, organisation=trust, roles=[Role.FRONTLINE_STAFF], by=by
        )

        assert membership.role_set == {Role.INVESTIGATOR, Role.FRONTLINE_STAFF}


class TestInvitationAccept:
    def test_staff_member_cannot_take_a_family_invitation_here(self, trust, make_member, by):
        nurse = make_member(Role.FRONTLINE_STAFF)
        invitation, _ = services.invitation_create_family(
            organisation=trust, email=nurse.email, full_name="", case_reference="R-1", by=by
        )

        with pytest.raises(services.InvitationConflict):
            services.invitation_accept(invitation=invitation, user=nurse, by=Auditor(actor=nurse))

    def test_family_member_cannot_take_a_staff_invitation_here(self, trust, make_member, by):
        relative = make_member(Role.FAMILY_MEMBER)
        invitation, _ = services.invitation_create_staff(
            organisation=trust,
            email=relative.email,
            full_name="",
            roles=[Role.FRONTLINE_STAFF],
            by=by,
        )

        with pytest.raises(services.InvitationConflict):
            services.invitation_accept(invitation=invitation, by=Auditor())

    def test_staff_elsewhere_may_follow_a_case_here(self, trust, other_trust, make_member, by):
        doctor = make_member(Role.INVESTIGATOR, organisation=other_trust)
        invitation, _ = services.invitation_create_family(
            organisation=trust, email=doctor.email, full_name="", case_reference="R-5", by=by
        )

        services.invitation_accept(invitation=invitation, user=doctor, by=Auditor(actor=doctor))

        assert membership_of(doctor, trust).role_set == {Role.FAMILY_MEMBER}
        assert membership_of(doctor, other_trust).role_set == {Role.INVESTIGATOR}

    def test_used_once(self, trust, by):
        invitation, _ = services.invitation_create_staff(
            organisation=trust,
            email="once@trust.example",
            full_name="O",
            roles=[Role.INVESTIGATOR],
            by=by,
        )
        services.invitation_accept(
            invitation=invitation, password="a-good-long-password-1", by=Auditor()
        )

        with pytest.raises(services.InvitationUnusable, match="accepted"):
            services.invitation_accept(invitation=invitation, by=Auditor())


def test_account_exists_ignores_case_and_spaces(make_member):
    make_member(Role.FRONTLINE_STAFF, email="kim@trust.example")

    assert services.account_exists(" Kim@Trust.example ")
    assert not services.account_exists("nobody@trust.example")
    assert not services.account_exists("")


def test_account_set_password_is_audited_without_the_password():
    user = UserFactory()

    services.account_set_password(
        user=user, password="brand-new-password-77", by=Auditor(ip_address="10.1.1.1")
    )

    user.refresh_from_db()
    assert user.check_password("brand-new-password-77")
    entry = AuditLog.objects.latest("id")
    assert (entry.actor, entry.ip_address) == (user, "10.1.1.1")
    assert "brand-new" not in str(entry.changes) + entry.summary
