# On PostgreSQL, one GIN index for search that holds, besides the tsvector's words, each record's
# epoch (its id divided by 4,096, as an array so that one index key can ask for several), its
# sharing level and publisher (an array too), the filters' codes (btree_gin, which PostgreSQL ships and trusts a database
# owner to create) and its month of publication (an array too), so that a search reads the
# newest epochs first and one index scan ANDs the words with them and with the filters (ADR
# 0018). It replaces the plain GIN index over the
# words (0002), which it serves too (`similar`), and the RUM index (0006), no longer used: the
# planner preferred either to it. Without btree_gin nothing changes. SQLite: nothing.

from importlib import import_module

from django.db import DatabaseError, migrations, transaction

RECENT_INDEX = "sharing_learning_search_recent"
# The month of publication in UTC, counted from year 0 (year * 12 + month - 1); none for a draft.
MONTH = (
    "(date_part('year', published_at AT TIME ZONE 'UTC') * 12 "
    "+ date_part('month', published_at AT TIME ZONE 'UTC') - 1)::integer"
)
CREATE_INDEX = (
    f"CREATE INDEX IF NOT EXISTS {RECENT_INDEX} ON sharing_learning USING gin "
    "(search_vector, (ARRAY[id / 4096]), (ARRAY[sharing_level::bigint, -organisation_id]), "
    "harm, setting_code, "
    f"service_type_code, specialty_code, source_kind, (ARRAY[{MONTH}]))"
)
REPLACED = ("sharing_learning_search_vector", "sharing_learning_search_rum")


def _earlier(name):
    return import_module(f"learnloop.sharing.migrations.{name}")


def forward(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'btree_gin'")
        if cursor.fetchone() is None:
            return
        try:
            # A savepoint: a refused CREATE EXTENSION must not end the migration's transaction.
            with transaction.atomic(using=connection.alias):
                cursor.execute("CREATE EXTENSION IF NOT EXISTS btree_gin")
        except DatabaseError:  # refused: keep 0002's and 0006's indexes
            return
        cursor.execute(CREATE_INDEX)
        for index in REPLACED:
            cursor.execute(f"DROP INDEX IF EXISTS {index}")


def backward(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    gin = next(s for s in _earlier("0002_learning").POSTGRESQL_FORWARD if "USING GIN" in s)
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_indexes WHERE indexname = %s", [REPLACED[0]])
        if cursor.fetchone() is None:
            cursor.execute(gin)
        cursor.execute(f"DROP INDEX IF EXISTS {RECENT_INDEX}")
    _earlier("0006_learning_rum").forward(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("sharing", "0007_learning_period"),
    ]

    operations = [migrations.RunPython(forward, backward)]
