"""Writes to organisations, memberships, invitations and API keys.

Each function is atomic, takes keyword-only arguments, says who acted (`by`, an Auditor)
and writes the audit log.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from learnloop.core.audit import Auditor
from learnloop.organisations.models import (
    ApiKey,
    CaseAccess,
    Department,
    Invitation,
    Membership,
    MembershipRole,
    Organisation,
    User,
)
from learnloop.organisations.roles import STAFF_ROLES, Role


@transaction.atomic
def organisation_create(*, name: str, kind: str, ods_code: str | None = None, system=None,
                        region: str = "", postcode: str = "", by: Auditor) -> Organisation:
    organisation = Organisation.objects.create(
        name=name, kind=kind, ods_code=ods_code or None, system=system, region=region, postcode=postcode
    )
    by.audit_create(organisation, organisation=organisation)
    return organisation


@transaction.atomic
def department_create(*, organisation: Organisation, name: str, kind: str = Department.Kind.DEPARTMENT,
                      parent: Department | None = None, site: str = "", by: Auditor) -> Department:
    department = Department.objects.create(organisation=organisation, name=name, kind=kind, parent=parent, site=site)
    by.audit_create(department, organisation=organisation)
    return department


@transaction.atomic
def membership_grant(*, user: User, organisation: Organisation, roles: list[Role] | list[str],
                     department: Department | None = None, by: Auditor) -> Membership:
    """Give a person roles in an organisation, creating the membership if needed."""
    roles = sorted({Role(r) for r in roles})
    if not roles:
        raise ValidationError("Choose at least one role.")
    membership, created = Membership.objects.get_or_create(
        user=user, organisation=organisation, defaults={"department": department}
    )
    if not membership.is_active:
        membership.is_active = True
        membership.save(update_fields=["is_active", "updated_at"])
        # Someone who comes back starts with what they are given now, not what they had.
        membership.roles.all().delete()
        membership.case_access.all().delete()
    before = sorted(membership.role_set)
    for role in roles:
        MembershipRole.objects.get_or_create(membership=membership, role=role)
    after = sorted(set(before) | set(roles))
    if created:
        by.audit_create(membership, organisation=organisation, changes={"roles": [str(r) for r in after]})
    elif after != before:
        by.audit_update(membership, organisation=organisation,
                        changes={"roles": {"from": [str(r) for r in before], "to": [str(r) for r in after]}})
    return membership


@transaction.atomic
def membership_set_roles(*, membership: Membership, roles: list[Role] | list[str], by: Auditor) -> Membership:
    roles = sorted({Role(r) for r in roles})
    if not roles:
        raise ValidationError("Choose at least one role. To remove the person, remove their membership.")
    before = sorted(membership.role_set)
    membership.roles.exclude(role__in=roles).delete()
    for role in roles:
        MembershipRole.objects.get_or_create(membership=membership, role=role)
    if before != roles:
        by.audit_update(membership, organisation=membership.organisation,
                        changes={"roles": {"from": [str(r) for r in before], "to": [str(r) for r in roles]}})
    return membership


@transaction.atomic
def membership_update(*, membership: Membership, roles: list[Role] | list[str],
                      department: Department | None, by: Auditor) -> Membership:
    """Change a member's roles and department, in one audited step."""
    roles = sorted({Role(r) for r in roles})
    if not roles:
        raise ValidationError("Choose at least one role. To remove the person, remove their membership.")
    if department is not None and department.organisation_id != membership.organisation_id:
        raise ValidationError("Choose a department of this organisation.")
    before = sorted(membership.role_set)
    if _is_self(by, membership) and Role.ADMINISTRATOR in before and Role.ADMINISTRATOR not in roles:
        # Otherwise an organisation could be left with nobody to manage it.
        raise ValidationError("You cannot remove your own administrator role. Ask another administrator.")
    changes = {}
    if before != roles:
        membership.roles.exclude(role__in=roles).delete()
        for role in roles:
            MembershipRole.objects.get_or_create(membership=membership, role=role)
        changes["roles"] = {"from": [str(r) for r in before], "to": [str(r) for r in roles]}
    if membership.department_id != (department.pk if department else None):
        changes["department"] = {"from": str(membership.department or ""), "to": str(department or "")}
        membership.department = department
        membership.save(update_fields=["department", "updated_at"])
    if changes:
        by.audit_update(membership, organisation=membership.organisation, changes=changes)
    return membership


def _is_self(by: Auditor, membership: Membership) -> bool:
    return by.actor is not None and by.actor.pk == membership.user_id


@transaction.atomic
def membership_remove(*, membership: Membership, by: Auditor) -> Membership:
    if _is_self(by, membership):
        raise ValidationError("You cannot remove yourself from the organisation.")
    membership.is_active = False
    membership.save(update_fields=["is_active", "updated_at"])
    by.audit_update(membership, organisation=membership.organisation, summary=f"Removed {membership}",
                    changes={"is_active": {"from": True, "to": False}})
    return membership


def _new_invitation(*, organisation, kind, email, full_name, roles, case_reference, days, invited_by):
    token, digest = Invitation.new_token()
    invitation = Invitation.objects.create(
        organisation=organisation, kind=kind, email=email.strip().lower(), full_name=full_name,
        roles=[str(r) for r in roles], case_reference=case_reference, token_digest=digest,
        invited_by=invited_by, expires_at=timezone.now() + timedelta(days=days),
    )
    return invitation, token


@transaction.atomic
def invitation_create_staff(*, organisation: Organisation, email: str, full_name: str,
                            roles: list[Role] | list[str], by: Auditor) -> tuple[Invitation, str]:
    """Invite a member of staff. Returns the invitation and its token (for the link; not stored)."""
    roles = sorted({Role(r) for r in roles})
    if not roles:
        raise ValidationError("Choose at least one role.")
    if any(r not in STAFF_ROLES for r in roles):
        raise ValidationError("A family member is invited to a case, not as staff.")
    invitation, token = _new_invitation(
        organisation=organisation, kind=Invitation.Kind.STAFF, email=email, full_name=full_name,
        roles=roles, case_reference="", days=settings.STAFF_INVITATION_DAYS, invited_by=by.actor,
    )
    by.audit_create(invitation, organisation=organisation, changes={"email": invitation.email, "roles": invitation.roles})
    return invitation, token


@transaction.atomic
def invitation_create_family(*, organisation: Organisation, email: str, full_name: str,
                             case_reference: str, by: Auditor) -> tuple[Invitation, str]:
    """Invite a relative to follow one case. The link works once and expires."""
    if not case_reference.strip():
        raise ValidationError("Say which case the family member is invited to.")
    invitation, token = _new_invitation(
        organisation=organisation, kind=Invitation.Kind.FAMILY, email=email, full_name=full_name,
        roles=[Role.FAMILY_MEMBER], case_reference=case_reference.strip(),
        days=settings.FAMILY_INVITATION_DAYS, invited_by=by.actor,
    )
    by.audit_create(invitation, organisation=organisation,
                    changes={"email": invitation.email, "case_reference": invitation.case_reference})
    return invitation, token


def invitation_by_token(token: str) -> Invitation | None:
    return (
        Invitation.objects.select_related("organisation")
        .filter(token_digest=Invitation.digest(token or ""))
        .first()
    )


def account_exists(email: str) -> bool:
    return User.objects.filter(email__iexact=(email or "").strip()).exists()


class InvitationUnusable(Exception):
    pass


class InvitationConflict(Exception):
    """The account cannot take this invitation: in one organisation a person is either staff
    or a family member following cases, never both."""


def _mixes_family_and_staff(membership: Membership | None, invited_roles) -> bool:
    if membership is None or not membership.is_active:
        return False
    held = membership.role_set
    invited_family = Role.FAMILY_MEMBER in {Role(r) for r in invited_roles}
    return (held - {Role.FAMILY_MEMBER}) != set() if invited_family else Role.FAMILY_MEMBER in held


@transaction.atomic
def invitation_accept(*, invitation: Invitation, user: User | None = None, full_name: str = "",
                      password: str = "", by: Auditor) -> User:
    """Use an invitation: make (or reuse) the account, grant the roles or case access."""
    # Lock the row so two clicks of the same link cannot both use it.
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not invitation.is_usable:
        raise InvitationUnusable(f"This invitation is {invitation.status} and can no longer be used.")
    if user is None:
        user = User.objects.filter(email__iexact=invitation.email).first()
    if user is not None and _mixes_family_and_staff(
        user.memberships.filter(organisation=invitation.organisation).first(), invitation.roles
    ):
        raise InvitationConflict("This account already has a different kind of access to this organisation.")
    if user is None:
        user = User.objects.create_user(invitation.email, password, full_name=full_name or invitation.full_name)
        Auditor(actor=user, ip_address=by.ip_address, user_agent=by.user_agent).audit_create(
            user, organisation=invitation.organisation, summary=f"Account created from {invitation}")
    actor = Auditor(actor=user, organisation=invitation.organisation, ip_address=by.ip_address,
                    user_agent=by.user_agent)
    membership = membership_grant(user=user, organisation=invitation.organisation, roles=invitation.roles, by=actor)
    if invitation.kind == Invitation.Kind.FAMILY:
        CaseAccess.objects.get_or_create(
            membership=membership, case_reference=invitation.case_reference, defaults={"invitation": invitation}
        )
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by", "updated_at"])
    actor.audit_update(invitation, summary=f"Accepted {invitation}", changes={"status": "accepted"})
    return user


@transaction.atomic
def invitation_revoke(*, invitation: Invitation, by: Auditor) -> Invitation:
    if invitation.accepted_at is None and invitation.revoked_at is None:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at", "updated_at"])
        by.audit_update(invitation, organisation=invitation.organisation, summary=f"Revoked {invitation}")
    return invitation


@transaction.atomic
def account_set_password(*, user: User, password: str, by: Auditor) -> User:
    """Set a new password (after a reset). The password is never logged."""
    user.set_password(password)
    user.save(update_fields=["password"])
    Auditor(actor=user, ip_address=by.ip_address, user_agent=by.user_agent).audit_update(
        user, summary=f"{user.email} set a new password", changes={"password": "changed"})
    return user


@transaction.atomic
def api_key_create(*, organisation: Organisation, name: str, by: Auditor) -> tuple[ApiKey, str]:
    """Create an API key. Returns the key and its secret, which is shown once and not kept."""
    if not name.strip():
        raise ValidationError("Give the key a name that says which system uses it.")
    secret, prefix, digest = ApiKey.new_secret()
    api_key = ApiKey.objects.create(
        organisation=organisation, name=name.strip(), key_prefix=prefix, key_digest=digest, created_by=by.actor
    )
    by.audit_create(api_key, organisation=organisation)
    return api_key, secret


@transaction.atomic
def api_key_revoke(*, api_key: ApiKey, by: Auditor) -> ApiKey:
    if api_key.revoked_at is None:
        api_key.revoked_at = timezone.now()
        api_key.revoked_by = by.actor
        api_key.save(update_fields=["revoked_at", "revoked_by", "updated_at"])
        by.audit_update(api_key, organisation=api_key.organisation, summary=f"Revoked API key {api_key}")
    return api_key


def api_key_authenticate(secret: str) -> ApiKey | None:
    """The active key with this secret, or None. Records when it was last used."""
    if not secret or not secret.startswith(ApiKey.PREFIX):
        return None
    api_key = (
        ApiKey.objects.select_related("organisation")
        .filter(key_digest=ApiKey.digest(secret), revoked_at__isnull=True, organisation__is_active=True)
        .first()
    )
    if api_key is not None:
        ApiKey.objects.filter(pk=api_key.pk).update(last_used_at=timezone.now())
    return api_key
