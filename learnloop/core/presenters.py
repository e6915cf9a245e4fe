"""What the home page and the audit trail show, formatted for display."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.urls import reverse
from django.utils import timezone

from learnloop.core.models import AuditLog
from learnloop.organisations.roles import Role


@dataclass
class WaitingItem:
    singular: str
    plural: str
    count: int
    href: str | None = None

    @property
    def text(self) -> str:
        return f"{self.count} {self.singular if self.count == 1 else self.plural}"


@dataclass
class RolePanel:
    role: Role
    heading: str
    description: str
    waiting: list[WaitingItem] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)


class HomePresenter:
    """One panel per role the person holds here, saying what is waiting for them."""

    def __init__(self, request, panels: list[RolePanel]):
        self.request = request
        self.panels = panels

    @property
    def organisation(self):
        return self.request.organisation

    @property
    def greeting(self) -> str:
        name = (self.request.user.full_name or "").split(" ")[0]
        return f"Hello {name}" if name else "Hello"

    @property
    def role_labels(self) -> str:
        return ", ".join(panel.role.label for panel in self.panels)

    @classmethod
    def for_request(cls, request) -> HomePresenter:
        from learnloop.core.home_panels import panels_for

        return cls(request, panels_for(request))


class AuditEntryPresenter:
    def __init__(self, entry: AuditLog):
        self.entry = entry

    @property
    def when(self) -> str:
        at = timezone.localtime(self.entry.at)
        return f"{at.day} {at:%B %Y, %H:%M:%S}"

    @property
    def who(self) -> str:
        return self.entry.actor_label or "system"

    @property
    def what(self) -> str:
        return self.entry.get_action_display()

    @property
    def summary(self) -> str:
        return self.entry.summary

    @property
    def where_from(self) -> str:
        return self.entry.ip_address or "–"


class AuditLogPresenter:
    PAGE_SIZE = 50

    def __init__(self, page_obj):
        self.page = page_obj
        self.entries = [AuditEntryPresenter(e) for e in page_obj.object_list]

    @classmethod
    def for_organisation(cls, organisation, page=1) -> AuditLogPresenter:
        entries = AuditLog.objects.filter(organisation=organisation).order_by("-id")
        return cls(Paginator(entries, cls.PAGE_SIZE).get_page(page))

    def page_url(self, number: int) -> str:
        return f"{reverse('core:audit_log')}?page={number}"
