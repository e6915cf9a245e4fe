# On PostgreSQL with the RUM extension (Debian: postgresql-NN-rum), an index that gives the
# matches of a search in id order, newest first, so that finding the newest 2,000 visible
# matches reads their rows only, not the row of every match (ADR 0017). Without the extension
# (or without the right to create it) nothing is made, and search keeps the GIN index's way.
# SQLite: nothing.

from django.db import DatabaseError, migrations, transaction

RUM_INDEX = "sharing_learning_search_rum"
CREATE_INDEX = (
    f"CREATE INDEX IF NOT EXISTS {RUM_INDEX} ON sharing_learning "
    "USING rum (search_vector rum_tsvector_addon_ops, id) "
    "WITH (attach = 'id', to = 'search_vector')"
)


def forward(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'rum'")
        if cursor.fetchone() is None:
            return
        try:
            # A savepoint: a refused CREATE EXTENSION (not a superuser) must not end the
            # migration's transaction.
            with transaction.atomic(using=connection.alias):
                cursor.execute("CREATE EXTENSION IF NOT EXISTS rum")
        except DatabaseError:  # refused: carry on without it
            return
        cursor.execute(CREATE_INDEX)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {RUM_INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("sharing", "0005_learning_facets"),
    ]

    operations = [migrations.RunPython(forward, backward)]
