# The theme filter reads each record's own column of its themes' slugs (ADR 0021) instead of
# probing the themes table once for every match. The column is added by plain SQL, which both
# engines run as it is: Django's SQLite schema editor would rebuild the table for a column that is
# not null, and the rebuilt table would lose the full-text triggers of 0002 and 0007. The
# database's default ('') also covers rows inserted by SQL (bench/learning_search.py).
# Existing records are filled from their themes: a record without themes keeps ''.

from django.db import migrations, models

ADD_COLUMN = "ALTER TABLE sharing_learning ADD COLUMN indexed_theme_slugs text NOT NULL DEFAULT ''"
DROP_COLUMN = "ALTER TABLE sharing_learning DROP COLUMN indexed_theme_slugs"
# One line break before and after each slug (`models.slugs_line`); the order does not matter.
FILL = {
    "postgresql": (
        "UPDATE sharing_learning AS l SET indexed_theme_slugs = E'\\n' || t.slugs || E'\\n' "
        "FROM (SELECT learning_id, string_agg(slug, E'\\n' ORDER BY slug) AS slugs "
        "FROM sharing_learningtheme GROUP BY learning_id) AS t WHERE t.learning_id = l.id"
    ),
    "sqlite": (
        "UPDATE sharing_learning SET indexed_theme_slugs = char(10) || "
        "(SELECT group_concat(slug, char(10)) FROM sharing_learningtheme "
        "WHERE learning_id = sharing_learning.id) || char(10) "
        "WHERE EXISTS (SELECT 1 FROM sharing_learningtheme WHERE learning_id = sharing_learning.id)"
    ),
}


def fill(apps, schema_editor):
    schema_editor.execute(FILL[schema_editor.connection.vendor])


class Migration(migrations.Migration):
    dependencies = [("sharing", "0009_learning_readers")]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunSQL(ADD_COLUMN, DROP_COLUMN)],
            state_operations=[
                migrations.AddField(
                    model_name="learning",
                    name="indexed_theme_slugs",
                    field=models.TextField(blank=True, default="", editable=False),
                )
            ],
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
