"""PostgreSQL's RUM index (migration 0006, ADR 0017): the newest visible matches come out of it in
the same order, and with the same records, as the GIN index's way; the planner uses it; the
planner's setting is left as it was. Skipped on SQLite, and on a PostgreSQL without the
extension (scripts/services.sh installs it where it can)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.utils import timezone

from learnloop.sharing import search
from learnloop.sharing.models import Learning, SharingLevel
from learnloop.sharing.search import Filters
from learnloop.sharing.tests.learning_builders import organisation_map, published

WORDS = ["insulin", "handover"]


@pytest.fixture
def rum(db):
    if connection.vendor != "postgresql":
        pytest.skip("the RUM index is PostgreSQL's")
    search._rum_index_seen.clear()
    if not search.has_rum_index():
        pytest.skip("this PostgreSQL has no RUM extension (Debian: postgresql-NN-rum)")
    yield
    search._rum_index_seen.clear()


@pytest.fixture
def records(rum):
    """Forty records across the levels and publishers, some without the words."""
    orgs = organisation_map()
    template = published(orgs.kent_a, SharingLevel.NATIONAL)
    publishers = [orgs.kent_a, orgs.kent_b, orgs.sussex_a, orgs.sussex_b, orgs.cqc]
    levels = list(SharingLevel)
    for number in range(40):
        copy = Learning.objects.get(pk=template.pk)
        copy.pk = copy.id = None
        copy.organisation = publishers[number % len(publishers)]
        copy.sharing_level = levels[number % len(levels)]
        copy.published_at = timezone.now()
        if number % 7 == 3:
            copy.title = copy.what_happened = copy.what_we_found = "A fall on the stairs"
            copy.indexed_changes = copy.indexed_themes = "falls"
        copy.save()
    return orgs


def gin_way(organisation, limit, filters=None):
    visible = (filters or Filters()).apply(Learning.objects.visible_to(organisation))
    matching = search.PostgreSQLSearch().matching(visible, WORDS).order_by("-id")
    return list(matching.values_list("id", flat=True)[:limit])


def rum_way(organisation, limit, filters=None):
    visible = (filters or Filters()).apply(Learning.objects.visible_to(organisation))
    return search._rum_newest(search.PostgreSQLSearch().matching(visible, WORDS), limit=limit)


@pytest.mark.parametrize("viewpoint", [None, "kent_a", "kent_b", "sussex_b", "cqc"])
@pytest.mark.parametrize("limit", [3, 1000])
def test_the_rum_walk_gives_the_gin_ways_records_in_the_same_order(records, viewpoint, limit):
    organisation = getattr(records, viewpoint) if viewpoint else None

    expected = gin_way(organisation, limit)

    assert expected, "the comparison is of something"
    assert rum_way(organisation, limit) == expected


def test_filters_and_the_rum_walk_agree(records):
    filters = Filters(theme="Medication", harm="low", published_from=timezone.localdate())

    assert rum_way(records.kent_b, 1000, filters) == gin_way(records.kent_b, 1000, filters)
    assert rum_way(records.kent_b, 1000, Filters(harm="severe")) == []


def test_the_rum_index_serves_the_walks_order_and_the_setting_is_put_back(records):
    # The order asked for is one the index gives itself (an Order By in the index scan, no
    # sort). At a million records the planner takes it with the visibility rule too
    # (bench/learning_search.py); at forty it reads the table by status, as it should.
    matching = search.PostgreSQLSearch().matching(Learning.objects.all(), WORDS)
    sql, params = search._inner_sql(matching)
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('enable_seqscan', 'off', true)")
        cursor.execute(
            "EXPLAIN " + search.RUM_NEWEST.format(visible=sql), [*params, search.LARGEST_ID, 5]
        )
        plan = "\n".join(line for (line,) in cursor.fetchall())
        cursor.execute("SELECT set_config('enable_seqscan', 'on', true)")
    assert search.RUM_INDEX in plan and "Order By" in plan and "Sort" not in plan

    visible = Learning.objects.visible_to(records.kent_b)
    matching = search.PostgreSQLSearch().matching(visible, WORDS)
    search._rum_newest(matching, limit=5)

    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('enable_bitmapscan')")
        assert cursor.fetchone() == ("on",)


def test_search_walks_the_rum_index_unless_a_filter_is_left_to_the_bitmap(records, monkeypatch):
    walks = []
    real = search._rum_newest
    monkeypatch.setattr(search, "_rum_newest", lambda *a, **k: walks.append(1) or real(*a, **k))

    plain = search.search(organisation=records.kent_b, query="insulin handover")
    assert len(walks) == 1 and plain.total > 0

    narrowed = search.search(
        organisation=records.kent_b, query="insulin handover", filters=Filters(setting="4")
    )
    assert len(walks) == 1 and narrowed.total == 0

    dated = search.search(
        organisation=records.kent_b,
        query="insulin handover",
        filters=Filters(published_from=timezone.localdate()),
    )
    assert len(walks) == 1 and dated.total == plain.total

    search.search(
        organisation=records.kent_b, query="insulin handover", filters=Filters(harm="low")
    )
    assert len(walks) == 2


def test_going_back_drops_the_index_and_forward_makes_it_again(rum):
    from importlib import import_module

    from django.db.migrations.state import ProjectState

    migration = import_module("learnloop.sharing.migrations.0006_learning_rum")
    with connection.schema_editor() as editor:
        migration.backward(ProjectState().apps, editor)
    search._rum_index_seen.clear()
    assert not search.has_rum_index()

    with connection.schema_editor() as editor:
        migration.forward(ProjectState().apps, editor)
    search._rum_index_seen.clear()
    assert search.has_rum_index()
