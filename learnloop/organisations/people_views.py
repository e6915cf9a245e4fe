"""The people of the current organisation: members, invitations and departments.

Everything is looked up through `request.organisation`, so another organisation's ids give 404.
"""

import logging
import smtplib

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from learnloop.core.audit import Auditor
from learnloop.core.views import page
from learnloop.organisations import emails, services
from learnloop.organisations.access import permission_required
from learnloop.organisations.forms import (
    DepartmentForm,
    InviteFamilyForm,
    InviteStaffForm,
    MemberForm,
)
from learnloop.organisations.presenters import DepartmentGroup, InvitationPresenter, MemberPresenter
from learnloop.organisations.roles import Permission
from learnloop.organisations.rules import has_permission

logger = logging.getLogger(__name__)


@permission_required(Permission.VIEW_MEMBERS)
def members(request):
    organisation = request.organisation
    memberships = (
        organisation.memberships.active()
        .with_roles()
        .select_related("department")
        .prefetch_related("case_access")
        .order_by("user__full_name", "user__email")
    )
    people = [MemberPresenter(m, acting_user=request.user) for m in memberships]
    invitations = organisation.invitations.filter(accepted_at__isnull=True, revoked_at__isnull=True)
    return page(
        request,
        "organisations/members.html",
        {
            "staff": [p for p in people if not p.is_family],
            "family": [p for p in people if p.is_family],
            "invitations": [InvitationPresenter(i) for i in invitations],
            "can_manage": has_permission(request.user, Permission.MANAGE_MEMBERS, organisation),
            "can_invite_family": has_permission(
                request.user, Permission.INVITE_FAMILY, organisation
            ),
        },
    )


@permission_required(Permission.MANAGE_MEMBERS)
@require_http_methods(["GET", "POST"])
def invite_staff(request):
    form = InviteStaffForm(request.POST or None, organisation=request.organisation)
    if request.method == "POST" and form.is_valid():
        invitation, token = services.invitation_create_staff(
            organisation=request.organisation,
            email=form.cleaned_data["email"],
            full_name=form.cleaned_data["full_name"],
            roles=form.cleaned_data["roles"],
            by=Auditor.from_request(request),
        )
        return _invitation_sent(request, invitation, token)
    return page(request, "organisations/invite_staff.html", {"form": form})


@permission_required(Permission.INVITE_FAMILY)
@require_http_methods(["GET", "POST"])
def invite_family(request):
    form = InviteFamilyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        invitation, token = services.invitation_create_family(
            organisation=request.organisation,
            email=form.cleaned_data["email"],
            full_name=form.cleaned_data["full_name"],
            case_reference=form.cleaned_data["case_reference"],
            by=Auditor.from_request(request),
        )
        return _invitation_sent(request, invitation, token)
    return page(request, "organisations/invite_family.html", {"form": form})


def _invitation_sent(request, invitation, token):
    """Email the link, and show it this once so it can also be passed on by hand."""
    link = request.build_absolute_uri(reverse("organisations:accept_invitation", args=[token]))
    try:
        emails.send_invitation(invitation=invitation, link=link)
        sent = True
    except (smtplib.SMTPException, OSError):
        # The invitation stands; the page says the email failed and shows the link.
        logger.exception("Could not send invitation %s", invitation.pk)
        sent = False
    return page(
        request,
        "organisations/invitation_sent.html",
        {
            "invitation": InvitationPresenter(invitation),
            "link": link,
            "sent": sent,
            "can_see_members": has_permission(
                request.user, Permission.VIEW_MEMBERS, request.organisation
            ),
        },
    )


@permission_required(Permission.MANAGE_MEMBERS)
@require_http_methods(["GET", "POST"])
def member_edit(request, pk):
    membership = get_object_or_404(request.organisation.memberships.active().with_roles(), pk=pk)
    member = MemberPresenter(membership, acting_user=request.user)
    if member.is_family:
        # A family member's access is to cases, given by invitation: nothing to edit here.
        return page(request, "organisations/member_family.html", {"member": member})
    form = MemberForm(request.POST or None, membership=membership, acting_user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.membership_update(
                membership=membership,
                roles=form.cleaned_data["roles"],
                department=form.cleaned_data["department"],
                by=Auditor.from_request(request),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, f"{member.name}'s roles and department have been saved.")
            return redirect("organisations:members")
    return page(request, "organisations/member_edit.html", {"member": member, "form": form})


@permission_required(Permission.MANAGE_MEMBERS)
@require_http_methods(["GET", "POST"])
def member_remove(request, pk):
    membership = get_object_or_404(request.organisation.memberships.active().with_roles(), pk=pk)
    member = MemberPresenter(membership, acting_user=request.user)
    if member.is_you:
        return page(
            request,
            "organisations/member_remove.html",
            {"member": member},
            status=400 if request.method == "POST" else 200,
        )
    if request.method == "POST":
        services.membership_remove(membership=membership, by=Auditor.from_request(request))
        messages.success(
            request, f"{member.name} has been removed from {request.organisation.name}."
        )
        return redirect("organisations:members")
    return page(request, "organisations/member_remove.html", {"member": member})


@permission_required(Permission.MANAGE_MEMBERS)
@require_POST
def invitation_revoke(request, pk):
    invitation = get_object_or_404(request.organisation.invitations, pk=pk)
    services.invitation_revoke(invitation=invitation, by=Auditor.from_request(request))
    messages.success(
        request,
        f"The invitation to {invitation.email} has been withdrawn. Its link no longer works.",
    )
    return redirect("organisations:members")


@permission_required(Permission.VIEW_MEMBERS)
@require_http_methods(["GET", "POST"])
def departments(request):
    organisation = request.organisation
    can_manage = has_permission(request.user, Permission.MANAGE_MEMBERS, organisation)
    form = DepartmentForm(request.POST or None, organisation=organisation) if can_manage else None
    if request.method == "POST":
        if form is None:
            raise PermissionDenied("Only an administrator can add departments.")
        if form.is_valid():
            department = services.department_create(
                organisation=organisation,
                name=form.cleaned_data["name"],
                kind=form.cleaned_data["kind"],
                site=form.cleaned_data["site"],
                by=Auditor.from_request(request),
            )
            messages.success(request, f"{department.name} has been added.")
            return redirect("organisations:departments")
    return page(
        request,
        "organisations/departments.html",
        {
            "groups": DepartmentGroup.for_organisation(organisation),
            "form": form,
        },
    )
