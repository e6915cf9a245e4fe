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


def migrate(targets) -> None:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


def latest() -> list[tuple[str, str]]:
    """Where the tests after these must find the database: every migration applied."""
    graph = MigrationExecutor(connection).loader.graph
    return [node for node in graph.leaf_nodes() if node[0] == "sharing"]


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
        migrate(latest())
    assert facets_indexed()
    found = search.search(organisation=orgs.kent_b, query="insulin", filters=Filters(harm="low"))
    assert [hit.learning for hit in found.hits] == [learning]
    assert search.search(organisation=orgs.kent_b, filters=Filters(harm="severe")).total == 0


@pytest.mark.django_db(transaction=True)
def test_the_months_go_into_the_index_and_out_again_and_records_are_found_both_ways():
    from datetime import UTC, date, datetime

    from learnloop.sharing.models import Learning

    orgs = organisation_map()
    learning = published(orgs.kent_a, SharingLevel.NATIONAL, title="Insulin at night", harm="low")
    Learning.objects.filter(pk=learning.pk).update(
        published_at=datetime(2026, 3, 4, 10, tzinfo=UTC)
    )
    march = Filters(harm="low", published_from=date(2026, 3, 1), published_to=date(2026, 3, 31))

    def found():
        results = search.search(organisation=orgs.kent_b, query="insulin", filters=march)
        return [hit.learning.pk for hit in results.hits]

    def month_indexed() -> bool:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM sqlite_master WHERE name = 'sharing_learning_fts_source'"
            )
            return cursor.fetchone()[0] == 1

    assert found() == [learning.pk]
    if connection.vendor != "sqlite":
        return  # PostgreSQL: 0007 changes nothing there.
    assert month_indexed()
    try:
        migrate([("sharing", "0006_learning_rum")])
        assert not month_indexed()
        # 0005's index is back, with the facets' words, and a window is the filters' alone.
        assert search.period_terms(march)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT rowid FROM sharing_learning_fts WHERE sharing_learning_fts MATCH ?",
                ['indexed_facets : "qhlow"'],
            )
            assert cursor.fetchall() == [(learning.pk,)]
    finally:
        migrate(latest())
    assert month_indexed()
    assert found() == [learning.pk]
