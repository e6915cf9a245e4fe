"""Writing and verifying the audit trail.

Every service function that changes something calls an `Auditor`; every view that shows
identifiable data calls `auditor.audit_view(obj)`. Entries are chained by hash (see
`AuditLog`); writers take a lock so that two never chain onto the same previous entry.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from django.utils.ipv6 import clean_ipv6_address

from learnloop.core.models import AuditLog

# Any fixed 64-bit number will do: it names the PostgreSQL advisory lock for the chain.
_CHAIN_LOCK_KEY = 7_241_001


def _lock_chain() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_CHAIN_LOCK_KEY])
    # SQLite: the IMMEDIATE transaction already holds the only write lock.


def _normalised_ip(value: str | None) -> str | None:
    """The address as the database gives it back (IPv6 compressed, lower case), so the hash
    computed now matches the one `verify` computes later; None when it is not an address."""
    try:
        ipaddress.ip_address((value or "").strip())
    except ValueError:
        return None
    value = value.strip()
    return clean_ipv6_address(value) if ":" in value else value


def _client_ip(request) -> str | None:
    # Behind a proxy REMOTE_ADDR is the proxy, so the proxy's X-Forwarded-For is read, but only
    # when the deployment says a proxy sets it: otherwise any client could choose its address.
    # A header that is not an address falls back to REMOTE_ADDR.
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "") if settings.USE_X_FORWARDED_FOR else ""
    if forwarded:
        address = _normalised_ip(forwarded.split(",")[0])
        if address:
            return address
    return _normalised_ip(request.META.get("REMOTE_ADDR"))


def _label(obj) -> tuple[str, str]:
    if obj is None:
        return "", ""
    return obj._meta.label, str(obj.pk)


@dataclass(frozen=True)
class Auditor:
    actor: object | None = None
    organisation: object | None = None
    ip_address: str | None = None
    user_agent: str = ""

    @classmethod
    def from_request(cls, request) -> Auditor:
        user = getattr(request, "user", None)
        return cls(
            actor=user if user is not None and user.is_authenticated else None,
            organisation=getattr(request, "organisation", None),
            ip_address=_client_ip(request),
            user_agent=request.META.get("HTTP_USER_AGENT", "")[:300],
        )

    @classmethod
    def system(cls, organisation=None) -> Auditor:
        """For commands and background tasks, where no person is acting."""
        return cls(organisation=organisation)

    def record(
        self,
        action: str,
        obj=None,
        *,
        summary: str = "",
        changes: dict | None = None,
        organisation=None,
    ) -> AuditLog:
        object_type, object_id = _label(obj)
        actor_label = getattr(self.actor, "email", "") if self.actor else "system"
        with transaction.atomic():
            _lock_chain()
            last = AuditLog.objects.order_by("-id").values_list("entry_hash", flat=True).first()
            entry = AuditLog(
                at=timezone.now(),
                actor=self.actor,
                actor_label=actor_label,
                organisation=organisation or self.organisation,
                action=action,
                object_type=object_type,
                object_id=object_id,
                summary=summary[:500],
                changes=changes or {},
                ip_address=_normalised_ip(self.ip_address),
                user_agent=self.user_agent,
                previous_hash=last or AuditLog.GENESIS_HASH,
            )
            entry.entry_hash = entry.compute_hash()
            entry.save()
        return entry

    def audit_create(self, obj, **kwargs) -> AuditLog:
        return self.record(AuditLog.Action.CREATE, obj, summary=kwargs.pop("summary", f"Created {obj}"), **kwargs)

    def audit_update(self, obj, **kwargs) -> AuditLog:
        return self.record(AuditLog.Action.UPDATE, obj, summary=kwargs.pop("summary", f"Changed {obj}"), **kwargs)

    def audit_delete(self, obj, **kwargs) -> AuditLog:
        return self.record(AuditLog.Action.DELETE, obj, summary=kwargs.pop("summary", f"Deleted {obj}"), **kwargs)

    def audit_view(self, obj, **kwargs) -> AuditLog:
        return self.record(AuditLog.Action.VIEW, obj, summary=kwargs.pop("summary", f"Viewed {obj}"), **kwargs)


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int
    reason: str


def verify_chain(*, chunk_size: int = 2000) -> Iterator[int | ChainBreak]:
    """Walk the chain in order. Yields the count verified so far after each chunk, and a
    `ChainBreak` for the first entry that does not match (then stops)."""
    previous = AuditLog.GENESIS_HASH
    verified = 0
    last_id = 0
    while True:
        chunk = list(AuditLog.objects.filter(id__gt=last_id).order_by("id")[:chunk_size])
        if not chunk:
            return
        for entry in chunk:
            if entry.previous_hash != previous:
                yield ChainBreak(entry.id, "its previous hash does not match the entry before it (an entry was removed or altered)")
                return
            if entry.compute_hash() != entry.entry_hash:
                yield ChainBreak(entry.id, "its content does not match its hash (the entry was altered)")
                return
            previous = entry.entry_hash
            verified += 1
            last_id = entry.id
        yield verified
