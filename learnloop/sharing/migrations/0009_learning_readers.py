# On PostgreSQL (where 0008 made its index), who may read each record as a few keys, so that a
# member of an organisation asks the index for a handful of them (ADR 0019). A record not
# published (a draft, a withdrawn record) has none; a published one `public` or `national` at
# those levels; at organisation level its publisher (`org:<id>`); at system level its publisher
# and the groups the rule reads it through: the publisher as a system and as a network
# (`system:<id>`, `network:<id>`), the ICB system it belongs to and each network it is in. A
# reader asks for the levels, its own organisation, its system and its networks
# (`organisation_groups`, as `peer_organisations` finds them), so the keys overlap exactly when
# the rule lets it read.
#
# A system-level record's keys come from its publisher's memberships, in other tables: no
# generated column can hold them. The database keeps them in step itself, whatever writes: a
# trigger sets them on every insert and on a change of publisher, level or status, and the
# publisher's system-level records are re-keyed when its ICB system or its networks change.
# The publisher's row is locked meanwhile (FOR SHARE on a record's write, FOR UPDATE on a change
# of membership), so a record written while its publisher's memberships change is keyed after
# the change, never from what it replaced. The index is 0008's with the keys instead of the
# level and publisher, and with eras beside the epochs; it replaces 0008's. SQLite: nothing.

from importlib import import_module

from django.db import migrations

READERS_INDEX = "sharing_learning_search_readers"
MEMBERSHIPS = "organisations_organisation_networks"
# The keys of a record in `status` at `level` published by `publisher`: the levels are
# SharingLevel's (10 organisation, 20 system, 30 national, 40 public); any other, or any status
# but published, is read by no one.
READERS_FUNCTION = """
CREATE OR REPLACE FUNCTION sharing_learning_readers(publisher bigint, level integer, status text)
RETURNS text[] LANGUAGE sql STABLE AS $$
SELECT CASE
    WHEN status IS DISTINCT FROM 'published' THEN ARRAY[]::text[]
    WHEN level = 40 THEN ARRAY['public']
    WHEN level >= 30 THEN ARRAY['national']
    WHEN level = 20 THEN
        ARRAY['org:' || publisher, 'system:' || publisher, 'network:' || publisher]
        || ARRAY(SELECT 'system:' || system_id FROM organisations_organisation
                 WHERE id = publisher AND system_id IS NOT NULL)
        || ARRAY(SELECT 'network:' || to_organisation_id FROM organisations_organisation_networks
                 WHERE from_organisation_id = publisher ORDER BY to_organisation_id)
    WHEN level = 10 THEN ARRAY['org:' || publisher]
    ELSE ARRAY[]::text[]
END
$$
"""
SET_READERS_FUNCTION = """
CREATE OR REPLACE FUNCTION sharing_learning_set_readers() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.sharing_level = 20 AND NEW.status = 'published' THEN
        -- Waits for a change of the publisher's memberships, so the keys are read after it.
        PERFORM 1 FROM organisations_organisation WHERE id = NEW.organisation_id FOR SHARE;
    END IF;
    NEW.readers := sharing_learning_readers(NEW.organisation_id, NEW.sharing_level, NEW.status);
    RETURN NEW;
END
$$
"""
REKEY_FUNCTION = """
CREATE OR REPLACE FUNCTION sharing_learning_rekey(publisher bigint) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    -- Waits for records being written by the publisher, so their keys are re-read here.
    PERFORM 1 FROM organisations_organisation WHERE id = publisher FOR UPDATE;
    UPDATE sharing_learning
    SET readers = sharing_learning_readers(organisation_id, sharing_level, status)
    WHERE organisation_id = publisher AND sharing_level = 20;
END
$$
"""
REKEY_SYSTEM_FUNCTION = """
CREATE OR REPLACE FUNCTION sharing_learning_rekey_system() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM sharing_learning_rekey(NEW.id);
    RETURN NULL;
END
$$
"""
REKEY_NETWORKS_FUNCTION = """
CREATE OR REPLACE FUNCTION sharing_learning_rekey_networks() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_LEVEL = 'STATEMENT' THEN
        -- TRUNCATE: every publisher's system-level records.
        UPDATE sharing_learning
        SET readers = sharing_learning_readers(organisation_id, sharing_level, status)
        WHERE sharing_level = 20;
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM sharing_learning_rekey(OLD.from_organisation_id);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM sharing_learning_rekey(NEW.from_organisation_id);
    END IF;
    RETURN NULL;
END
$$
"""
TRIGGERS = [
    "CREATE TRIGGER sharing_learning_readers BEFORE INSERT OR UPDATE OF organisation_id, "
    "sharing_level, status ON sharing_learning FOR EACH ROW "
    "EXECUTE FUNCTION sharing_learning_set_readers()",
    "CREATE TRIGGER sharing_learning_rekey_system AFTER UPDATE OF system_id "
    "ON organisations_organisation FOR EACH ROW "
    "WHEN (OLD.system_id IS DISTINCT FROM NEW.system_id) "
    "EXECUTE FUNCTION sharing_learning_rekey_system()",
    f"CREATE TRIGGER sharing_learning_rekey_networks AFTER INSERT OR UPDATE OR DELETE "
    f"ON {MEMBERSHIPS} FOR EACH ROW EXECUTE FUNCTION sharing_learning_rekey_networks()",
    f"CREATE TRIGGER sharing_learning_rekey_all AFTER TRUNCATE ON {MEMBERSHIPS} "
    "FOR EACH STATEMENT EXECUTE FUNCTION sharing_learning_rekey_networks()",
]
DROP_TRIGGERS = [
    "DROP TRIGGER IF EXISTS sharing_learning_readers ON sharing_learning",
    "DROP TRIGGER IF EXISTS sharing_learning_rekey_system ON organisations_organisation",
    f"DROP TRIGGER IF EXISTS sharing_learning_rekey_networks ON {MEMBERSHIPS}",
    f"DROP TRIGGER IF EXISTS sharing_learning_rekey_all ON {MEMBERSHIPS}",
]
FUNCTIONS = [
    READERS_FUNCTION,
    SET_READERS_FUNCTION,
    REKEY_FUNCTION,
    REKEY_SYSTEM_FUNCTION,
    REKEY_NETWORKS_FUNCTION,
]
DROP_FUNCTIONS = [
    "DROP FUNCTION IF EXISTS sharing_learning_rekey_networks()",
    "DROP FUNCTION IF EXISTS sharing_learning_rekey_system()",
    "DROP FUNCTION IF EXISTS sharing_learning_rekey(bigint)",
    "DROP FUNCTION IF EXISTS sharing_learning_set_readers()",
    "DROP FUNCTION IF EXISTS sharing_learning_readers(bigint, integer, text)",
]
ADD_COLUMN = "ALTER TABLE sharing_learning ADD COLUMN readers text[] NOT NULL DEFAULT '{}'"
FILL_COLUMN = (
    "UPDATE sharing_learning "
    "SET readers = sharing_learning_readers(organisation_id, sharing_level, status)"
)


def _recent():
    return import_module("learnloop.sharing.migrations.0008_learning_search_recent")


# 0008's index with the keys in place of `ARRAY[sharing_level, -organisation_id]`, and each
# record's era (sixteen epochs, 65,536 ids; negated, less one) beside its epoch, so that a walk's
# try over many epochs asks for a few eras and the epochs at its ends (`search.epoch_keys`).
CREATE_INDEX = (
    f"CREATE INDEX IF NOT EXISTS {READERS_INDEX} ON sharing_learning USING gin "
    "(search_vector, (ARRAY[id / 4096, -(id / 65536) - 1]), readers, harm, setting_code, "
    f"service_type_code, specialty_code, source_kind, (ARRAY[{_recent().MONTH}]))"
)


def _has_index(cursor, name) -> bool:
    cursor.execute("SELECT 1 FROM pg_indexes WHERE indexname = %s", [name])
    return cursor.fetchone() is not None


def forward(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        if not _has_index(cursor, _recent().RECENT_INDEX):
            return  # no btree_gin: 0008 made nothing, and search does not narrow by readers
        # Without 0008's index first, so that filling the keys does not update it row by row.
        cursor.execute(f"DROP INDEX {_recent().RECENT_INDEX}")
        cursor.execute(ADD_COLUMN)
        for statement in FUNCTIONS:
            cursor.execute(statement)
        cursor.execute(FILL_COLUMN)
        for statement in TRIGGERS:
            cursor.execute(statement)
        cursor.execute(CREATE_INDEX)


def backward(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        if not _has_index(cursor, READERS_INDEX):
            return
        cursor.execute(f"DROP INDEX {READERS_INDEX}")
        for statement in DROP_TRIGGERS + DROP_FUNCTIONS:
            cursor.execute(statement)
        cursor.execute("ALTER TABLE sharing_learning DROP COLUMN readers")
        cursor.execute(_recent().CREATE_INDEX)


class Migration(migrations.Migration):
    dependencies = [
        ("sharing", "0008_learning_search_recent"),
        ("organisations", "0002_invitation_from_the_command_line"),
    ]

    operations = [migrations.RunPython(forward, backward)]
