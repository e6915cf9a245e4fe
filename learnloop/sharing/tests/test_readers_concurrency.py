"""Migration 0009's promise, from two real PostgreSQL connections that both commit: a
system-level record written while its publisher's memberships change (it joins or leaves a
network, moves ICB system or leaves one) is keyed after the change, never from what it replaced,
whichever came first. The one that comes second must wait on a lock for the first (seen in
pg_stat_activity and pg_locks, not guessed from a sleep); afterwards the record's keys hold the
publisher's new groups and not its old ones, and still let in exactly whom `visible_to` does.
Skipped on SQLite, and on a PostgreSQL where 0009 made nothing (no btree_gin)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import psycopg
import pytest
from django.db import connection, transaction

from learnloop.organisations.models import Organisation
from learnloop.sharing.models import SharingLevel
from learnloop.sharing.tests.learning_builders import draft, organisation_map, published
from learnloop.sharing.tests.test_search_recent import assert_the_keys_let_in_whom_the_rule_does

# Generous for a busy two-core machine, and short enough that a lost lock fails, not hangs.
SEEN_WAITING_SECONDS = 15
LOCK_TIMEOUT = "20s"
STATEMENT_TIMEOUT = "30s"
JOIN_SECONDS = 40

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def keyed():
    if connection.vendor != "postgresql":
        pytest.skip("the readers keys and their triggers are PostgreSQL's (migration 0009)")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM information_schema.columns "
            "WHERE table_name = 'sharing_learning' AND column_name = 'readers'"
        )
        if cursor.fetchone() is None:
            pytest.skip("this PostgreSQL has no btree_gin extension (migration 0009 made nothing)")


def other_connection(**options) -> psycopg.Connection:
    """A connection of its own to the test database, with timeouts so that it never hangs."""
    settings = connection.settings_dict
    given = {
        "dbname": settings["NAME"],
        "user": settings["USER"],
        "password": settings["PASSWORD"],
        "host": settings["HOST"],
        "port": settings["PORT"],
    }
    return psycopg.connect(
        **{key: value for key, value in given.items() if value},
        connect_timeout=5,
        options=f"-c lock_timeout={LOCK_TIMEOUT} -c statement_timeout={STATEMENT_TIMEOUT}",
        **options,
    )


# What each connection writes, as SQL, on whichever connection's cursor it is given: the
# membership changes and the record writes the triggers must keep in step.


@dataclass(frozen=True)
class Change:
    publisher: str  # the organisation_map's name for it
    sql: str
    params: Callable  # orgs -> the statement's parameters
    gains: Callable  # orgs -> the key it gains, or None
    loses: Callable  # orgs -> the key it loses, or None


CHANGES = {
    "joins a network": Change(
        "kent_a",
        "INSERT INTO organisations_organisation_networks (from_organisation_id, "
        "to_organisation_id) VALUES (%s, %s)",
        lambda orgs: [orgs.kent_a.pk, orgs.network.pk],
        lambda orgs: f"network:{orgs.network.pk}",
        lambda orgs: None,
    ),
    "leaves a network": Change(
        "kent_b",
        "DELETE FROM organisations_organisation_networks "
        "WHERE from_organisation_id = %s AND to_organisation_id = %s",
        lambda orgs: [orgs.kent_b.pk, orgs.network.pk],
        lambda orgs: None,
        lambda orgs: f"network:{orgs.network.pk}",
    ),
    "moves ICB system": Change(
        "kent_a",
        "UPDATE organisations_organisation SET system_id = %s WHERE id = %s",
        lambda orgs: [orgs.sussex_icb.pk, orgs.kent_a.pk],
        lambda orgs: f"system:{orgs.sussex_icb.pk}",
        lambda orgs: f"system:{orgs.kent_icb.pk}",
    ),
    "leaves its ICB system": Change(
        "sussex_b",
        "UPDATE organisations_organisation SET system_id = NULL WHERE id = %s",
        lambda orgs: [orgs.sussex_b.pk],
        lambda orgs: None,
        lambda orgs: f"system:{orgs.sussex_icb.pk}",
    ),
}


def insert_copy(cursor, template_pk: int) -> int:
    """A new row copied from a published system-level record (every column it may be given)."""
    cursor.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'sharing_learning' "
        "AND is_generated = 'NEVER' AND column_name NOT IN ('id', 'readers') ORDER BY column_name"
    )
    # The table's own column names, quoted: nothing from outside goes into the statement.
    columns = ", ".join(connection.ops.quote_name(name) for (name,) in cursor.fetchall())
    cursor.execute(
        f"INSERT INTO sharing_learning ({columns}) SELECT {columns} FROM sharing_learning "  # noqa: S608
        "WHERE id = %s RETURNING id",
        [template_pk],
    )
    return cursor.fetchone()[0]


def publish_at_system_level(cursor, draft_pk: int) -> int:
    """A draft written for its organisation published at system level, as a bulk update would."""
    cursor.execute(
        "UPDATE sharing_learning SET status = 'published', sharing_level = %s, "
        "published_at = now() WHERE id = %s AND status = 'draft'",
        [int(SharingLevel.SYSTEM), draft_pk],
    )
    assert cursor.rowcount == 1
    return draft_pk


WRITES = {
    "inserts": (lambda publisher: published(publisher, SharingLevel.SYSTEM).pk, insert_copy),
    "publishes": (lambda publisher: draft(publisher).pk, publish_at_system_level),
}


def backend_pid(cursor) -> int:
    cursor.execute("SELECT pg_backend_pid()")
    return cursor.fetchone()[0]


def wait_until_blocked(monitor, waiter_pid: int, holder_pid: int, thread) -> None:
    """Until the waiter's backend is seen waiting on a lock the holder's backend holds; fails
    if the waiter got through instead, or is not seen waiting in time."""
    deadline = time.monotonic() + SEEN_WAITING_SECONDS
    seen = None
    while time.monotonic() < deadline:
        assert thread.is_alive(), "the second write did not wait: it finished before the first"
        # Autocommit: each query a transaction of its own, so pg_stat_activity is read afresh.
        seen = monitor.execute(
            "SELECT wait_event_type, wait_event, pg_blocking_pids(pid) "
            "FROM pg_stat_activity WHERE pid = %s",
            [waiter_pid],
        ).fetchone()
        if seen and seen[0] == "Lock" and holder_pid in seen[2]:
            waiting_for = monitor.execute(
                "SELECT locktype, mode FROM pg_locks WHERE pid = %s AND NOT granted", [waiter_pid]
            ).fetchall()
            assert waiting_for, "pg_stat_activity says Lock, pg_locks says nothing ungranted"
            return
        time.sleep(0.02)
    raise AssertionError(f"the second write was not seen waiting on the first: {seen}")


def race(first, second):
    """`first(cursor)` on the test's connection, uncommitted; then `second(cursor)` on another
    connection, in a thread, which must wait on a lock for the first; then the first commits,
    and the second gets through and commits. Returns what each returned."""
    returned = {}

    with other_connection(autocommit=True) as monitor, other_connection() as other:
        waiter_pid = other.info.backend_pid

        def run_second():
            try:
                with other.cursor() as cursor:
                    returned["second"] = second(cursor)
                other.commit()
            except Exception as error:  # noqa: BLE001 (raised again in the test's thread)
                returned["error"] = error
                other.rollback()

        thread = threading.Thread(target=run_second, daemon=True)
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")
                returned["first"] = first(cursor)
                holder_pid = backend_pid(cursor)
                thread.start()
                wait_until_blocked(monitor, waiter_pid, holder_pid, thread)
            # The first has committed (or, when an assertion failed, rolled back): either way
            # the second is let through.
            thread.join(JOIN_SECONDS)
            assert not thread.is_alive(), "the second write never got through"
        finally:
            if thread.is_alive():
                monitor.execute("SELECT pg_cancel_backend(%s)", [waiter_pid])
                thread.join(JOIN_SECONDS)
    if "error" in returned:
        raise returned["error"]
    return returned["first"], returned["second"]


def record_keys(pk: int) -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT readers FROM sharing_learning WHERE id = %s", [pk])
        return set(cursor.fetchone()[0])


def keys_after(publisher: Organisation) -> set[str]:
    """A system-level record's keys for the publisher's memberships as they now are."""
    publisher = Organisation.objects.get(pk=publisher.pk)
    keys = {f"org:{publisher.pk}", f"system:{publisher.pk}", f"network:{publisher.pk}"}
    if publisher.system_id is not None:
        keys.add(f"system:{publisher.system_id}")
    return keys | {f"network:{pk}" for pk in publisher.networks.values_list("pk", flat=True)}


@pytest.mark.parametrize("change_name", list(CHANGES))
@pytest.mark.parametrize("write_name", list(WRITES))
@pytest.mark.parametrize("order", ["membership first", "record first"])
def test_a_record_written_during_a_membership_change_is_keyed_after_it(
    change_name, write_name, order
):
    orgs = organisation_map()
    change = CHANGES[change_name]
    publisher = getattr(orgs, change.publisher)
    prepare, write = WRITES[write_name]
    target = prepare(publisher)
    gains, loses = change.gains(orgs), change.loses(orgs)
    before = keys_after(publisher)
    assert (gains is None or gains not in before) and (loses is None or loses in before)

    def change_memberships(cursor):
        cursor.execute(change.sql, change.params(orgs))
        assert cursor.rowcount == 1

    def write_record(cursor):
        return write(cursor, target)

    if order == "membership first":
        _, record = race(change_memberships, write_record)
    else:
        record, _ = race(write_record, change_memberships)

    keys = record_keys(record)
    assert keys == keys_after(publisher) != before
    assert gains is None or gains in keys
    assert loses is None or loses not in keys
    assert_the_keys_let_in_whom_the_rule_does(orgs)
