# A date window narrows a search by the index too (issue 5's speed aim; ADR 0014, amended).
# SQLite: each record's month of publication (UTC, as stored) joins the filters' words in the
# full-text index as a word of its own (`qm202611`), so a search from a date asks the index for
# the months it spans and the walk never reads an older match. The index reads its rows through
# a view that adds the month to the facets: the table keeps its columns, and the month is made
# in one place (`PERIOD`) for the view, the triggers and a rebuild. An update of the moment of
# publication re-indexes the row. PostgreSQL: nothing (its B-tree index on the moment serves a
# window there).

from django.db import migrations

TEXT = ("title", "what_happened", "what_we_found", "indexed_changes", "indexed_themes")
INDEXED = (*TEXT, "indexed_facets")
_COLUMNS = ", ".join(INDEXED)
SOURCE = "sharing_learning_fts_source"
# 'YYYY-MM-DD HH:MM:SS…' as Django stores a moment on SQLite: the year and month; none for a
# draft.
PERIOD = (
    "' qm' || coalesce(substr({row}.published_at, 1, 4) || substr({row}.published_at, 6, 2), '')"
)
_WATCHED = ", ".join(
    (
        *TEXT,
        "harm",
        "setting_code",
        "service_type_code",
        "specialty_code",
        "source_kind",
        "sharing_level",
        "published_at",
    )
)


def _values(row):
    text = ", ".join(f"{row}.{column}" for column in TEXT)
    return f"{text}, {row}.indexed_facets || {PERIOD.format(row=row)}"


SQLITE_FORWARD = [
    "DROP TRIGGER IF EXISTS sharing_learning_fts_update",
    "DROP TRIGGER IF EXISTS sharing_learning_fts_delete",
    "DROP TRIGGER IF EXISTS sharing_learning_fts_insert",
    "DROP TABLE IF EXISTS sharing_learning_fts",
    f"DROP VIEW IF EXISTS {SOURCE}",
    f"CREATE VIEW {SOURCE} AS SELECT l.id, {_values('l')} AS indexed_facets "
    "FROM sharing_learning AS l",
    "CREATE VIRTUAL TABLE sharing_learning_fts USING fts5("
    f"{_COLUMNS}, content='{SOURCE}', content_rowid='id', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER sharing_learning_fts_insert AFTER INSERT ON sharing_learning BEGIN "
    f"INSERT INTO sharing_learning_fts(rowid, {_COLUMNS}) VALUES (new.id, {_values('new')}); END",
    "CREATE TRIGGER sharing_learning_fts_delete AFTER DELETE ON sharing_learning BEGIN "
    f"INSERT INTO sharing_learning_fts(sharing_learning_fts, rowid, {_COLUMNS}) "
    f"VALUES ('delete', old.id, {_values('old')}); END",
    f"CREATE TRIGGER sharing_learning_fts_update AFTER UPDATE OF {_WATCHED} ON sharing_learning "
    f"BEGIN INSERT INTO sharing_learning_fts(sharing_learning_fts, rowid, {_COLUMNS}) "
    f"VALUES ('delete', old.id, {_values('old')}); "
    f"INSERT INTO sharing_learning_fts(rowid, {_COLUMNS}) VALUES (new.id, {_values('new')}); END",
    "INSERT INTO sharing_learning_fts(sharing_learning_fts) VALUES('rebuild')",
]


def _previous():
    from importlib import import_module

    return import_module("learnloop.sharing.migrations.0005_learning_facets").SQLITE_FORWARD


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in SQLITE_FORWARD:
            schema_editor.execute(statement)


def backward(apps, schema_editor):
    """The index as 0005 made it: the table itself as content, no months."""
    if schema_editor.connection.vendor == "sqlite":
        for statement in _previous():
            schema_editor.execute(statement)
        schema_editor.execute(f"DROP VIEW IF EXISTS {SOURCE}")


class Migration(migrations.Migration):
    dependencies = [
        ("sharing", "0006_learning_rum"),
    ]

    operations = [migrations.RunPython(forward, backward)]
