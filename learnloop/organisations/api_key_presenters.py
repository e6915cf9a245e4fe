"""API keys formatted for the organisation's API keys pages."""

from __future__ import annotations

from datetime import datetime

from learnloop.config.jinja2 import uk_datetime
from learnloop.organisations.models import ApiKey


def when(moment: datetime | None, *, never: str = "Never") -> str:
    # The same UK form as dates elsewhere in learnloop's pages.
    return uk_datetime(moment) if moment else never


def person(user) -> str:
    if user is None:
        return "Unknown"
    return user.full_name or user.email


class ApiKeyPresenter:
    def __init__(self, api_key: ApiKey):
        self.api_key = api_key

    @property
    def pk(self) -> int:
        return self.api_key.pk

    @property
    def name(self) -> str:
        return self.api_key.name

    @property
    def prefix(self) -> str:
        # An ellipsis shows it is only the start of the key.
        return f"{self.api_key.key_prefix}…"

    @property
    def created_by(self) -> str:
        return person(self.api_key.created_by)

    @property
    def created(self) -> str:
        return when(self.api_key.created_at)

    @property
    def last_used(self) -> str:
        return when(self.api_key.last_used_at)

    @property
    def is_active(self) -> bool:
        return self.api_key.is_active

    @property
    def status(self) -> str:
        return "Active" if self.is_active else "Revoked"

    @property
    def status_colour(self) -> str:
        return "green" if self.is_active else "grey"

    @property
    def revoked(self) -> str:
        if self.is_active:
            return ""
        return f"{when(self.api_key.revoked_at)} by {person(self.api_key.revoked_by)}"


class ApiKeyListPresenter:
    """The organisation's keys: active ones first, then revoked ones, each newest first."""

    def __init__(self, api_keys):
        presented = [ApiKeyPresenter(api_key) for api_key in api_keys]
        self.active = [key for key in presented if key.is_active]
        self.revoked = [key for key in presented if not key.is_active]
