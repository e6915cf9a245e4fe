"""The header navigation, fitted to what the person may do in the current organisation."""

from dataclasses import dataclass

from django.urls import reverse

from learnloop.organisations.roles import Permission
from learnloop.organisations.rules import has_permission


@dataclass(frozen=True)
class NavItem:
    text: str
    url_name: str
    permission: Permission


# Later stages of the loop add their items here, each behind its permission.
NAVIGATION = [
    NavItem("Home", "home", Permission.VIEW_ORGANISATION_HOME),
    NavItem("Report an incident", "reports:new", Permission.REPORT_INCIDENT),
    NavItem("Triage", "reports:triage_queue", Permission.TRIAGE_REPORTS),
    NavItem("Record a death", "reports:death_new", Permission.RECORD_DEATHS),
    # Every role that may review deaths (REVIEW_DEATHS) also holds VIEW_REPORTS.
    NavItem("Mortality review", "reviews:index", Permission.VIEW_REPORTS),
    # The learning exchange holds writing, de-identifying, subscriptions and the policy too
    # (links on its pages), so the header keeps one item for all of it.
    NavItem("Learning", "learning:index", Permission.VIEW_LEARNING),
    NavItem("Safety actions", "actions:index", Permission.VIEW_ACTIONS),
    # The organisation's settings last: on a narrow header the last items go under "More",
    # and case work is what people use every day. Departments are reached from People.
    NavItem("People", "organisations:members", Permission.VIEW_MEMBERS),
    NavItem("Invite family", "organisations:invite_family", Permission.INVITE_FAMILY),
    NavItem("API keys", "organisations:api_keys", Permission.MANAGE_API_KEYS),
    NavItem("Audit trail", "core:audit_log", Permission.VIEW_AUDIT_LOG),
]


def navigation_for(request) -> list[dict]:
    if not request.user.is_authenticated or request.organisation is None:
        return []
    path = request.path
    items = []
    for item in NAVIGATION:
        if has_permission(request.user, item.permission, request.organisation):
            href = reverse(item.url_name)
            current = path == href or (href != "/" and path.startswith(href))
            items.append({"text": item.text, "href": href, "current": current})
    return items
