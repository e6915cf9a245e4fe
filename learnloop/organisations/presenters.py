"""How people, invitations and departments read on the page."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from learnloop.organisations.models import Department, Invitation, Membership
from learnloop.organisations.roles import Role


def _uk_date(value) -> str:
    value = timezone.localtime(value)
    return f"{value.day} {value:%B %Y}"


def roles_text(roles) -> str:
    """Role labels in the order roles are listed everywhere else."""
    ordered = sorted({Role(r) for r in roles}, key=list(Role).index)
    return ", ".join(role.label for role in ordered)


class MemberPresenter:
    def __init__(self, membership: Membership, *, acting_user=None):
        self.membership = membership
        self.acting_user = acting_user

    @property
    def pk(self) -> int:
        return self.membership.pk

    @property
    def name(self) -> str:
        return self.membership.user.full_name or self.membership.user.email

    @property
    def email(self) -> str:
        return self.membership.user.email

    @property
    def roles(self) -> str:
        return roles_text(self.membership.role_set)

    @property
    def is_family(self) -> bool:
        return Role.FAMILY_MEMBER in self.membership.role_set

    @property
    def is_you(self) -> bool:
        return self.acting_user is not None and self.acting_user.pk == self.membership.user_id

    @property
    def department(self) -> str:
        if self.is_family:
            cases = self.cases
            return f"Follows {cases}" if cases else "–"
        department = self.membership.department
        return department.name if department else "None recorded"

    @property
    def cases(self) -> str:
        return ", ".join(
            sorted(access.case_reference for access in self.membership.case_access.all())
        )

    @property
    def edit_url(self) -> str:
        return reverse("organisations:member_edit", args=[self.membership.pk])

    @property
    def remove_url(self) -> str:
        return reverse("organisations:member_remove", args=[self.membership.pk])


class InvitationPresenter:
    STATUS_LABELS = {
        "pending": ("Waiting", "blue"),
        "expired": ("Expired", "grey"),
        "accepted": ("Accepted", "green"),
        "revoked": ("Revoked", "red"),
    }

    def __init__(self, invitation: Invitation):
        self.invitation = invitation

    @property
    def pk(self) -> int:
        return self.invitation.pk

    @property
    def email(self) -> str:
        return self.invitation.email

    @property
    def name(self) -> str:
        return self.invitation.full_name or self.invitation.email

    @property
    def kind(self) -> str:
        return self.invitation.get_kind_display()

    @property
    def invited_as(self) -> str:
        if self.invitation.kind == Invitation.Kind.FAMILY:
            return f"Family member following {self.invitation.case_reference}"
        return roles_text(self.invitation.roles)

    @property
    def status(self) -> str:
        return self.invitation.status

    @property
    def status_label(self) -> str:
        return self.STATUS_LABELS[self.status][0]

    @property
    def status_colour(self) -> str:
        return self.STATUS_LABELS[self.status][1]

    @property
    def when(self) -> str:
        """What the date next to the status means."""
        invitation = self.invitation
        if invitation.accepted_at:
            return f"Accepted {_uk_date(invitation.accepted_at)}"
        if invitation.revoked_at:
            return f"Revoked {_uk_date(invitation.revoked_at)}"
        if self.status == "expired":
            return f"Expired {_uk_date(invitation.expires_at)}"
        return f"Expires {_uk_date(invitation.expires_at)}"

    @property
    def can_revoke(self) -> bool:
        return self.status == "pending"

    @property
    def revoke_url(self) -> str:
        return reverse("organisations:invitation_revoke", args=[self.invitation.pk])

    @property
    def unusable_heading(self) -> str:
        """The heading of the page shown when someone opens a link that no longer works."""
        return {
            "accepted": "This invitation has already been used",
            "revoked": "This invitation has been withdrawn",
            "expired": "This invitation has expired",
        }.get(self.status, "This invitation can be used")

    @property
    def unusable_reason(self) -> str:
        organisation = self.invitation.organisation.name
        return {
            "accepted": "Each invitation link works once, and this one has been used. If it was you, sign in with your email address and password.",
            "revoked": f"{organisation} withdrew this invitation, so the link no longer works.",
            "expired": f"The link expired on {_uk_date(self.invitation.expires_at)}.",
        }.get(self.status, "")


class DepartmentGroup:
    """The organisation's departments of one kind, for a list under a heading."""

    def __init__(self, kind: str, label: str, departments: list[Department]):
        self.kind = kind
        self.label = label
        self.departments = departments

    @classmethod
    def for_organisation(cls, organisation) -> list[DepartmentGroup]:
        by_kind: dict[str, list[Department]] = {}
        for department in organisation.departments.order_by("name"):
            by_kind.setdefault(department.kind, []).append(department)
        plurals = {
            Department.Kind.DEPARTMENT: "Departments",
            Department.Kind.WARD: "Wards",
            Department.Kind.SPECIALTY: "Specialties",
            Department.Kind.SERVICE: "Services",
        }
        return [
            cls(kind, plurals[kind], by_kind[kind])
            for kind in Department.Kind.values
            if kind in by_kind
        ]
