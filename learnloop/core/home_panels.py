"""What each role's home page says is waiting.

Each stage of the loop registers, for the roles it serves, functions that count what is
waiting for the person in the current organisation. A role with nothing registered, or
nothing waiting, says so.
"""

from collections.abc import Callable

from django.urls import reverse
from django.utils import timezone

from learnloop.core.presenters import RolePanel, WaitingItem
from learnloop.organisations.roles import Role

WaitingCounter = Callable[[object], WaitingItem | None]

DESCRIPTIONS: dict[Role, tuple[str, str]] = {
    Role.FRONTLINE_STAFF: ("Frontline staff", "Report incidents and deaths, and read the learning shared with you."),
    Role.PATIENT_SAFETY_LEAD: ("Patient safety lead", "Triage new reports, decide the PSIRF response and oversee learning."),
    Role.INVESTIGATOR: ("Investigator", "Lead and contribute to learning responses assigned to you."),
    Role.MORTALITY_REVIEWER: ("Mortality reviewer", "Screen deaths and complete Structured Judgement Reviews."),
    Role.MEDICAL_EXAMINER: ("Medical examiner", "Record your scrutiny of deaths and refer cases for review."),
    Role.FAMILY_MEMBER: ("Family member", "Follow the review of the care of the person you have been invited about."),
    Role.COMMISSIONER: ("Commissioner", "See themes and learning across your system, not league tables."),
    Role.REGULATOR: ("Regulator", "Read shared themes and narrative across organisations."),
    Role.ADMINISTRATOR: ("Organisation administrator", "Invite people, manage their roles and the organisation's API keys."),
}

_REGISTRY: dict[Role, list[WaitingCounter]] = {role: [] for role in Role}


def register(*roles: Role):
    def decorator(counter: WaitingCounter) -> WaitingCounter:
        for role in roles:
            _REGISTRY[role].append(counter)
        return counter

    return decorator


@register(Role.ADMINISTRATOR)
def pending_staff_invitations(request):
    count = (
        request.organisation.invitations.filter(
            accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now()
        ).count()
    )
    return WaitingItem("invitation not yet accepted", "invitations not yet accepted", count, reverse("organisations:members"))


@register(Role.ADMINISTRATOR)
def members_without_department(request):
    count = request.organisation.memberships.active().filter(department__isnull=True).exclude(
        roles__role=Role.FAMILY_MEMBER
    ).distinct().count()
    return WaitingItem("member of staff with no department recorded", "members of staff with no department recorded", count, reverse("organisations:members"))


@register(Role.FAMILY_MEMBER)
def invited_cases(request):
    count = request.membership.case_access.count()
    return WaitingItem("case you are invited to follow", "cases you are invited to follow", count, None)


def panels_for(request) -> list[RolePanel]:
    panels = []
    for role in sorted(request.membership.role_set, key=list(Role).index):
        heading, description = DESCRIPTIONS[role]
        waiting = [item for counter in _REGISTRY[role] if (item := counter(request)) is not None]
        panels.append(RolePanel(role=role, heading=heading, description=description, waiting=waiting))
    return panels
