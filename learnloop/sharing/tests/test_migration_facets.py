"""Migration 0005 narrows filtered searches by an index (SQLite: the filters' words in the
full-text index; PostgreSQL: B-tree indexes on the filters), and undoes it, on whichever engine
the tests run; records already there are found both ways."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from learnloop.sharing import search
from learnloop.sharing.models import SharingLevel
from learnloop.sharing.search import Filters
from learnloop.sharing.tests.learning_builders import organisation_map, published

BEFORE = [("sharing", "0004_sharing_policy_and_subscriptions")]
AFTER = [("sharing", "0005_learning_facets")]


def migrate(targets) -> None:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


def indexed_columns() -> set[str]:
    """SQLite: the full-text index's columns; PostgreSQL: the table's index names."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM pragma_table_info('sharing_learning_fts')")
            return {name for (name,) in cursor.fetchall()}
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'sharing_learning'")
        return {name for (name,) in cursor.fetchall()}


def facets_indexed() -> bool:
    expected = "indexed_facets" if connection.vendor == "sqlite" else "sharing_learning_harm"
    return expected in indexed_columns()


@pytest.mark.django_db(transaction=True)
def test_the_facets_go_into_the_index_and_out_again_and_records_are_found_both_ways():
    orgs = organisation_map()
    learning = published(orgs.kent_a, SharingLevel.NATIONAL, title="Insulin at night", harm="low")
    assert facets_indexed()
    try:
        migrate(BEFORE)
        assert not facets_indexed()
        with connection.cursor() as cursor:  # the old index still finds the record by its words
            if connection.vendor == "sqlite":
                cursor.execute(
                    "SELECT rowid FROM sharing_learning_fts WHERE sharing_learning_fts MATCH ?",
                    ["insulin"],
                )
            else:
                cursor.execute(
                    "SELECT id FROM sharing_learning "
                    "WHERE search_vector @@ plainto_tsquery('english', 'insulin')"
                )
            assert cursor.fetchall() == [(learning.pk,)]
    finally:
        migrate(AFTER)
    assert facets_indexed()
    found = search.search(organisation=orgs.kent_b, query="insulin", filters=Filters(harm="low"))
    assert [hit.learning for hit in found.hits] == [learning]
    assert search.search(organisation=orgs.kent_b, filters=Filters(harm="severe")).total == 0
