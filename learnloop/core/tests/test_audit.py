"""The audit trail: a hash chain that shows tampering, who wrote each entry, and its page."""

import os
import sqlite3
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import RequestFactory
from django.urls import reverse

from learnloop.core.audit import Auditor, verify_chain
from learnloop.core.models import AppendOnlyError, AuditLog
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import OrganisationFactory, UserFactory

LEARNLOOP = Path(sys.executable).parent / "learnloop"


def write_entries(count: int, *, organisation=None, actor=None) -> list[AuditLog]:
    auditor = Auditor(
        actor=actor, organisation=organisation, ip_address="10.1.2.3", user_agent="pytest"
    )
    return [
        auditor.record(
            AuditLog.Action.UPDATE, summary=f"Entry {n}", changes={"n": n, "from": [1, 2]}
        )
        for n in range(count)
    ]


def verify() -> str:
    """`learnloop audit verify` in this process: its output, or its error."""
    try:
        call_command("audit", "verify", stdout=(out := _Capture()))
    except CommandError as error:
        return f"ERROR {error}"
    return out.text


class _Capture:
    def __init__(self):
        self.text = ""

    def write(self, text):
        self.text += text

    def flush(self):
        pass


def raw_update(entry_id: int, column: str, value) -> None:
    """What an attacker with database access does: change a row, bypassing the model."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE core_auditlog SET {connection.ops.quote_name(column)} = %s WHERE id = %s",  # noqa: S608
            [value, entry_id],
        )


def raw_delete(entry_id: int) -> None:
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM core_auditlog WHERE id = %s", [entry_id])


# The chain --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_entries_chain_from_the_genesis_hash(trust):
    entries = write_entries(4, organisation=trust)

    assert entries[0].previous_hash == AuditLog.GENESIS_HASH
    for before, after in zip(entries, entries[1:], strict=False):
        assert after.previous_hash == before.entry_hash
    stored = list(AuditLog.objects.order_by("id"))
    assert [e.entry_hash for e in stored] == [e.entry_hash for e in entries]
    assert all(e.compute_hash() == e.entry_hash for e in stored)
    assert len({e.entry_hash for e in stored}) == 4


@pytest.mark.django_db
def test_verify_counts_every_entry_of_an_intact_chain(trust, make_member):
    write_entries(3, organisation=trust, actor=make_member(Role.ADMINISTRATOR))
    total = AuditLog.objects.count()

    assert verify() == f"Audit trail intact: {total} entries verified.\n"


@pytest.mark.django_db
def test_verify_walks_the_chain_in_chunks(trust):
    write_entries(5, organisation=trust)

    steps = list(verify_chain(chunk_size=2))

    assert steps == [2, 4, 5]


@pytest.mark.django_db
def test_verify_of_an_empty_trail_says_so():
    assert verify() == "Audit trail intact: 0 entries verified.\n"


def _other_user_id():
    return UserFactory().pk


def _other_organisation_id():
    return OrganisationFactory().pk


# Each column an attacker might change, and a plausible new value for it.
TAMPERING = {
    "at": lambda entry: entry.at - timedelta(days=3),
    "actor_id": lambda entry: _other_user_id(),
    "actor_label": lambda entry: "someone.else@trust.example",
    "organisation_id": lambda entry: _other_organisation_id(),
    "action": lambda entry: AuditLog.Action.VIEW.value,
    "object_type": lambda entry: "organisations.Invitation",
    "object_id": lambda entry: "999",
    "summary": lambda entry: "Nothing happened",
    "changes": lambda entry: '{"n": 0, "from": [1, 3]}',
    "ip_address": lambda entry: "192.0.2.77",
    "user_agent": lambda entry: "curl/8.0",
    "previous_hash": lambda entry: "f" * 64,
    "entry_hash": lambda entry: "e" * 64,
}


@pytest.mark.django_db
@pytest.mark.parametrize("position", [0, 2, 4], ids=["first", "middle", "last"])
@pytest.mark.parametrize("column", TAMPERING)
def test_altering_any_field_of_any_entry_names_that_entry(trust, make_member, column, position):
    entries = write_entries(5, organisation=trust, actor=make_member(Role.ADMINISTRATOR))
    target = entries[position]
    raw_update(target.pk, column, TAMPERING[column](target))

    output = verify()

    assert output.startswith(f"ERROR Audit trail broken at entry {target.pk} ")
    assert f"{position} entries before it verified" in output


@pytest.mark.django_db
def test_altering_an_entry_and_rehashing_it_breaks_the_chain_at_the_next(trust):
    entries = write_entries(4, organisation=trust)
    target = entries[1]
    target.summary = "Nothing happened"
    raw_update(target.pk, "summary", target.summary)
    raw_update(target.pk, "entry_hash", target.compute_hash())

    output = verify()

    assert output.startswith(f"ERROR Audit trail broken at entry {entries[2].pk} ")
    assert "previous hash does not match" in output


@pytest.mark.django_db
def test_deleting_an_entry_in_the_middle_breaks_the_chain_at_the_next(trust):
    entries = write_entries(5, organisation=trust)
    raw_delete(entries[2].pk)

    output = verify()

    assert output.startswith(f"ERROR Audit trail broken at entry {entries[3].pk} ")
    assert "an entry was removed or altered" in output
    assert "2 entries before it verified" in output


@pytest.mark.django_db
def test_an_entry_cannot_be_changed_or_deleted_through_the_model(trust):
    entry = write_entries(1, organisation=trust)[0]

    entry.summary = "Something else"
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    assert AuditLog.objects.get(pk=entry.pk).summary == "Entry 0"


@pytest.mark.django_db
def test_an_entry_reads_as_who_did_what(trust, make_member):
    admin = make_member(Role.ADMINISTRATOR, email="admin@east.example")
    entry = Auditor(actor=admin, organisation=trust).audit_view(trust)

    assert f"#{entry.pk} " in str(entry)
    assert "admin@east.example view organisations.Organisation" in str(entry)
    assert entry.summary == f"Viewed {trust}"


@pytest.mark.django_db
def test_the_audit_helpers_record_their_action(trust):
    auditor = Auditor.system(organisation=trust)

    actions = [
        auditor.audit_create(trust).action,
        auditor.audit_update(trust).action,
        auditor.audit_delete(trust).action,
        auditor.audit_view(trust, summary="Looked").action,
    ]

    assert actions == ["create", "update", "delete", "view"]
    assert AuditLog.objects.filter(actor_label="system", organisation=trust).count() == 4
    assert AuditLog.objects.order_by("id").last().summary == "Looked"


# Concurrent writers -------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_keep_the_chain_intact():
    if connection.vendor != "postgresql":
        pytest.skip(
            "The test database on SQLite is in memory; two threads cannot write it at once."
        )
    errors = []

    def writer(name: str) -> None:
        try:
            auditor = Auditor(user_agent=name)
            for n in range(50):
                auditor.record(AuditLog.Action.UPDATE, summary=f"{name} {n}")
        except Exception as error:  # noqa: BLE001 (reported by the assertion below)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=writer, args=(f"writer-{i}",)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    assert AuditLog.objects.count() == 100
    assert list(verify_chain()) == [100]
    assert AuditLog.objects.values("previous_hash").distinct().count() == 100


# Who, from where ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_auditor_from_request_records_who_and_from_where(trust, make_member):
    person = make_member(Role.FRONTLINE_STAFF)
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.9", HTTP_USER_AGENT="Mozilla/5.0 " + "x" * 400
    )
    request.user = person
    request.organisation = trust

    auditor = Auditor.from_request(request)
    entry = auditor.record(AuditLog.Action.VIEW, trust)

    assert auditor.actor == person
    assert auditor.organisation == trust
    assert auditor.ip_address == "10.0.0.9"
    assert auditor.user_agent.startswith("Mozilla/5.0 ") and len(auditor.user_agent) == 300
    assert (entry.actor, entry.actor_label, entry.organisation) == (person, person.email, trust)
    assert entry.ip_address == "10.0.0.9"


def test_auditor_from_request_takes_the_client_from_x_forwarded_for_behind_a_proxy(settings):
    settings.USE_X_FORWARDED_FOR = True
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7, 10.0.0.1"
    )
    request.user = AnonymousUser()

    auditor = Auditor.from_request(request)

    assert auditor.ip_address == "203.0.113.7"
    assert auditor.actor is None
    assert auditor.organisation is None
    assert auditor.user_agent == ""


def test_auditor_from_request_without_an_address():
    request = RequestFactory().get("/", REMOTE_ADDR="")

    assert Auditor.from_request(request).ip_address is None


def test_x_forwarded_for_is_ignored_unless_a_proxy_is_declared(settings):
    settings.USE_X_FORWARDED_FOR = False
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7")

    assert Auditor.from_request(request).ip_address == "10.0.0.1"


def test_a_forwarded_for_header_that_is_not_an_address_is_ignored(settings):
    settings.USE_X_FORWARDED_FOR = True
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="<script>, 1.2.3.4"
    )

    assert Auditor.from_request(request).ip_address == "10.0.0.1"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("2001:DB8::1", "2001:db8::1"),
        ("2001:db8:0:0:0:0:0:1", "2001:db8::1"),
        ("::ffff:10.0.0.1", "::ffff:10.0.0.1"),
        (" 192.0.2.1 ", "192.0.2.1"),
        ("not an address", None),
    ],
)
def test_addresses_are_stored_as_the_database_returns_them_so_the_chain_holds(given, stored):
    entry = Auditor(ip_address=given).record(AuditLog.Action.VIEW, summary="Read")

    assert AuditLog.objects.get(pk=entry.pk).ip_address == stored
    assert list(verify_chain()) == [1]


@pytest.mark.django_db
def test_an_anonymous_entry_is_labelled_system():
    entry = Auditor().record(AuditLog.Action.SIGN_IN_FAILED, summary="Failed sign-in")

    assert entry.actor is None
    assert entry.actor_label == "system"
    assert list(verify_chain()) == [1]


# The audit trail page -------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_administrator_sees_their_organisations_entries_only(
    client, trust, other_trust, make_member
):
    admin = make_member(Role.ADMINISTRATOR)
    Auditor(actor=admin, organisation=trust, ip_address="10.4.4.4").audit_view(
        trust, summary="Ours was read"
    )
    Auditor.system(organisation=other_trust).audit_view(other_trust, summary="Theirs was read")
    client.force_login(admin)

    response = client.get(reverse("core:audit_log"))

    body = response.content.decode()
    assert response.status_code == 200
    assert "Ours was read" in body
    assert "10.4.4.4" in body
    assert admin.email in body
    assert "Theirs was read" not in body


@pytest.mark.django_db
def test_the_audit_trail_is_paged(client, trust, make_member):
    admin = make_member(Role.ADMINISTRATOR)
    auditor = Auditor.system(organisation=trust)
    for n in range(55):
        auditor.record(AuditLog.Action.VIEW, summary=f"Reading number {n:02d}")
    client.force_login(admin)

    first = client.get(reverse("core:audit_log")).content.decode()
    second = client.get(reverse("core:audit_log"), {"page": 2}).content.decode()

    assert "Reading number 54" in first and "Reading number 00" not in first
    assert "Reading number 00" in second and "Reading number 54" not in second
    assert "?page=2" in first


@pytest.mark.django_db
def test_an_empty_audit_trail_says_nothing_has_been_recorded(client, make_member, other_trust):
    client.force_login(make_member(Role.ADMINISTRATOR, organisation=other_trust))

    response = client.get(reverse("core:audit_log"))

    assert response.status_code == 200
    assert "Nothing has been recorded yet." in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "role", [Role.FRONTLINE_STAFF, Role.PATIENT_SAFETY_LEAD, Role.FAMILY_MEMBER]
)
def test_people_who_are_not_administrators_are_refused_the_audit_trail(client, make_member, role):
    client.force_login(make_member(role))

    response = client.get(reverse("core:audit_log"))

    assert response.status_code == 403


@pytest.mark.django_db
def test_signed_out_people_are_sent_to_sign_in_for_the_audit_trail(client):
    response = client.get(reverse("core:audit_log"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("organisations:sign_in"))


# The real command line, against a database file --------------------------------------------


def _learnloop(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 (our own console script)
        [str(LEARNLOOP), *args], capture_output=True, text=True, env=env, timeout=300
    )


def test_learnloop_audit_verify_on_a_database_file(tmp_path):
    database = tmp_path / "learnloop.sqlite3"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DEBUG": "1",
        "LEARNLOOP_VAR_DIR": str(tmp_path),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("SECRET_KEY", None)
    assert _learnloop("migrate", "--verbosity", "0", env=env).returncode == 0
    loaded = _learnloop("load_organisations", "--icb", "QKS", env=env)
    assert loaded.returncode == 0, loaded.stderr
    with sqlite3.connect(database) as db:
        ids = [row[0] for row in db.execute("SELECT id FROM core_auditlog ORDER BY id")]
    assert len(ids) > 5

    intact = _learnloop("audit", "verify", env=env)

    assert intact.returncode == 0, intact.stderr
    assert intact.stdout.strip() == f"Audit trail intact: {len(ids)} entries verified."

    target = ids[len(ids) // 2]
    with sqlite3.connect(database) as db:
        db.execute("UPDATE core_auditlog SET summary = 'Nothing to see' WHERE id = ?", [target])

    broken = _learnloop("audit", "verify", env=env)

    assert broken.returncode != 0
    assert f"Audit trail broken at entry {target} " in broken.stderr
    assert broken.stdout == ""
