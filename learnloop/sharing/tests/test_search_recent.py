"""PostgreSQL's walk of the newest matches, a few epochs at a time, in the GIN index of words,
epochs and codes (migration 0008, ADR 0018): the same records in the same order as reading every
match newest first; the ranks it keeps give the same page as ranking afterwards; the index serves
the epochs and the codes; the planner's settings are put back; going back restores the earlier
indexes. Skipped on SQLite, and on a PostgreSQL without btree_gin (PostgreSQL ships it)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from django.db import connection
from django.utils import timezone

from learnloop.organisations.models import Organisation
from learnloop.sharing import search
from learnloop.sharing.models import Learning, SharingLevel
from learnloop.sharing.search import Filters, months_of, next_epochs
from learnloop.sharing.tests.learning_builders import draft, organisation_map, published

WORDS = ["insulin", "handover"]
# Ids spread over thirty epochs of 4,096, oldest first, with gaps, so that the walk reads several
# of them before it has what it wants.
IDS = [5_000 + step * 2_100 for step in range(60)]


@pytest.fixture
def recent(db):
    if connection.vendor != "postgresql":
        pytest.skip("the index of words and epochs is PostgreSQL's")
    search._recent_index_seen.clear()
    if not search.has_recent_index():
        pytest.skip("this PostgreSQL has no btree_gin extension (migration 0008 made nothing)")
    yield
    search._recent_index_seen.clear()


@pytest.fixture
def records(recent):
    """Sixty records across the levels, publishers and harms, some without the words."""
    orgs = organisation_map()
    template = published(orgs.kent_a, SharingLevel.NATIONAL)
    publishers = [orgs.kent_a, orgs.kent_b, orgs.sussex_a, orgs.sussex_b, orgs.cqc]
    levels = list(SharingLevel)
    for number, pk in enumerate(IDS):
        copy = Learning.objects.get(pk=template.pk)
        copy.pk = copy.id = pk
        copy.organisation = publishers[number % len(publishers)]
        copy.sharing_level = levels[number % len(levels)]
        copy.harm = ["low", "moderate", "severe"][number % 3]
        copy.published_at = timezone.now()
        if number % 7 == 3:
            copy.title = copy.what_happened = copy.what_we_found = "A fall on the stairs"
            copy.indexed_changes = copy.indexed_themes = "falls"
            copy.indexed_theme_slugs = "\nfalls\n"  # as the services keep it (ADR 0021)
        if number % 5 == 1:
            copy.title = "Insulin handover insulin handover"
        copy.save(force_insert=True)
    return orgs


def plain_way(organisation, limit, filters=None):
    """Every visible match, newest first: what the walk must give."""
    visible = (filters or Filters()).apply(Learning.objects.visible_to(organisation))
    matching = search.PostgreSQLSearch().matching(visible, WORDS).order_by("-id")
    return list(matching.values_list("id", flat=True)[:limit])


def walk(organisation, limit, filters=None, engine=None):
    visible = (filters or Filters()).apply(Learning.objects.visible_to(organisation))
    engine = engine or search.PostgreSQLSearch(reader=organisation)
    return engine.candidates(visible, WORDS, filters, limit=limit, public_only=organisation is None)


@pytest.mark.parametrize("viewpoint", [None, "kent_a", "kent_b", "sussex_b", "cqc"])
@pytest.mark.parametrize("limit", [1, 3, 10, 1000])
@pytest.mark.parametrize("first", [1, 16])
@pytest.mark.parametrize("readers", [0, 4, 64])
def test_the_walk_gives_every_newest_match_in_order(
    records, monkeypatch, viewpoint, limit, first, readers
):
    monkeypatch.setattr(search, "FIRST_EPOCHS", first)
    # Whether the index is asked for the reader's keys: never, with up to four of them (anyone,
    # the CQC, Kent A, Sussex B), always (Kent B's network too).
    monkeypatch.setattr(search, "MAX_READERS", readers)
    organisation = getattr(records, viewpoint) if viewpoint else None

    expected = plain_way(organisation, limit)

    assert expected, "the comparison is of something"
    assert walk(organisation, limit) == expected


def test_the_walk_reads_older_epochs_until_it_has_enough(records, monkeypatch):
    monkeypatch.setattr(search, "FIRST_EPOCHS", 1)
    tries = []
    real = search.PostgreSQLSearch._newest

    def counted(self, window, terms, *, limit, **chunks):
        rows = real(self, window, terms, limit=limit, **chunks)
        tries.append(len(rows))
        return rows

    monkeypatch.setattr(search.PostgreSQLSearch, "_newest", counted)

    found = walk(records.kent_b, 12)

    assert len(tries) >= 2 and sum(tries) == len(found) == 12
    assert found == plain_way(records.kent_b, 12)


def test_both_tries_of_a_walk_are_one_statement_compiled_once(records, monkeypatch):
    monkeypatch.setattr(search, "FIRST_EPOCHS", 1)
    # The second try in chunks, eight epochs of them, whatever the first found.
    monkeypatch.setattr(
        search, "next_epochs", lambda read, found, *, wanted, left, windowed=False: min(8, left)
    )
    tries, compiled = [], []
    real_newest, real_compiled = search.PostgreSQLSearch._newest, search.PostgreSQLSearch._compiled

    def counted(self, window, terms, *, limit, **chunks):
        tries.append(chunks.get("chunks") is not None)
        return real_newest(self, window, terms, limit=limit, **chunks)

    def compiling(self, window, limit, *, chunked):
        before = len(self._statements)
        statement = real_compiled(self, window, limit, chunked=chunked)
        compiled.append(len(self._statements) - before)
        return statement

    monkeypatch.setattr(search.PostgreSQLSearch, "_newest", counted)
    monkeypatch.setattr(search.PostgreSQLSearch, "_compiled", compiling)

    found = walk(records.kent_b, 12)

    assert tries == [True, True], "two tries, both in chunks"
    assert compiled == [1, 0], "the second try reuses the first's statement"
    assert found == plain_way(records.kent_b, 12)


def test_filters_and_the_walk_agree(records, monkeypatch):
    monkeypatch.setattr(search, "FIRST_EPOCHS", 2)
    for filters in [
        Filters(harm="low"),
        Filters(harm="severe", source_kind=Learning.SourceKind.AFTER_ACTION_REVIEW),
        Filters(theme="Medication"),
        Filters(published_from=timezone.localdate()),
        Filters(setting="4"),
    ]:
        assert walk(records.kent_b, 1000, filters) == plain_way(records.kent_b, 1000, filters)
    assert walk(records.kent_b, 1000, Filters(harm="fatal")) == []


@pytest.mark.parametrize(
    ("start", "end"), [(10, None), (200, 60), (400, 399), (0, None), (None, 100), (1000, 900)]
)
def test_a_date_window_and_the_walk_agree(records, monkeypatch, start, end):
    # Published over two years, a record every twelve days or so, newest id newest date.
    for number, pk in enumerate(reversed(IDS)):
        Learning.objects.filter(pk=pk).update(
            published_at=timezone.now() - timedelta(days=number * 12, hours=number)
        )
    monkeypatch.setattr(search, "FIRST_EPOCHS", 1)
    today = timezone.localdate()
    filters = Filters(
        published_from=today - timedelta(days=start) if start is not None else None,
        published_to=today - timedelta(days=end) if end is not None else None,
    )

    expected = plain_way(records.kent_b, 1000, filters)

    assert walk(records.kent_b, 1000, filters) == expected
    assert len(expected) < len(plain_way(records.kent_b, 1000)) or start == 1000


@pytest.mark.parametrize("near", [1, 3, 40])
@pytest.mark.parametrize(("start", "end"), [(10, None), (200, 60), (0, None)])
def test_a_date_window_in_chunks_and_the_walk_agree(records, monkeypatch, near, start, end):
    # The second try always in chunks, its older epochs in one chunk (a date window narrows it),
    # the LIMIT stopping before it, in it or never.
    for number, pk in enumerate(reversed(IDS)):
        Learning.objects.filter(pk=pk).update(
            published_at=timezone.now() - timedelta(days=number * 12, hours=number)
        )
    monkeypatch.setattr(search, "FIRST_EPOCHS", 1)
    monkeypatch.setattr(
        search, "next_epochs", lambda read, found, *, wanted, left, windowed=False: min(near, left)
    )
    tried = []
    real = search.try_chunks

    def chunked(epochs, size, **window):
        tried.append(window)
        return real(epochs, size, **window)

    monkeypatch.setattr(search, "try_chunks", chunked)
    today = timezone.localdate()
    filters = Filters(
        published_from=today - timedelta(days=start),
        published_to=today - timedelta(days=end) if end is not None else None,
    )

    for limit in (1, 5, 1000):
        expected = plain_way(records.kent_b, limit, filters)
        assert walk(records.kent_b, limit, filters) == expected
    assert {"windowed": True} in tried


def test_a_date_windows_months_hold_every_moment_it_lets_in():
    assert months_of(None) is None
    assert months_of(Filters(published_to=date(2026, 3, 1))) is None
    # 1 July 2026 begins at 23:00 UTC on 30 June (British Summer Time): June counts.
    summer = months_of(Filters(published_from=date(2026, 7, 1), published_to=date(2026, 7, 31)))
    assert summer == [2026 * 12 + 5, 2026 * 12 + 6]
    winter = months_of(Filters(published_from=date(2026, 1, 1), published_to=date(2026, 2, 1)))
    assert winter == [2026 * 12, 2026 * 12 + 1]
    # A subscription's window: after the last digest, up to the run.
    digest = Filters(
        published_after=datetime(2026, 4, 30, 22, 0, tzinfo=UTC),
        published_until=datetime(2026, 5, 7, 6, 0, tzinfo=UTC),
    )
    assert months_of(digest) == [2026 * 12 + 3, 2026 * 12 + 4]
    # Without an end, up to well past the present.
    now = timezone.now()
    open_ended = months_of(Filters(published_from=date(2026, 1, 1)))
    assert open_ended[0] == 2026 * 12 and open_ended[-1] > now.year * 12 + now.month


def test_an_engine_not_told_who_reads_does_not_narrow(records):
    # Without `reader` (and not public only), every visible match, not only the public ones.
    visible = Learning.objects.visible_to(records.kent_a)
    found = search.PostgreSQLSearch().candidates(visible, WORDS, None, limit=1000)

    assert found == plain_way(records.kent_a, 1000)


def test_someone_not_signed_in_gets_public_records_only(records, monkeypatch):
    monkeypatch.setattr(search, "FIRST_EPOCHS", 1)

    found = walk(None, 1000)

    assert found == plain_way(None, 1000)
    levels = set(Learning.objects.filter(pk__in=found).values_list("sharing_level", flat=True))
    assert levels == {SharingLevel.PUBLIC}


def test_the_ranks_kept_on_the_walk_give_the_page_ranking_afterwards_gives(records):
    engine = search.PostgreSQLSearch(reader=records.kent_b)
    ids = walk(records.kent_b, 1000, engine=engine)
    assert len(set(engine.ranks.values())) > 1, "the ranks differ, so the order is tested"

    kept = engine.page(ids, WORDS, limit=7, offset=2)
    afterwards = search.PostgreSQLSearch().page(ids, WORDS, limit=7, offset=2)

    assert [pk for pk, _, _ in kept] == [pk for pk, _, _ in afterwards]
    assert [rank for _, rank, _ in kept] == pytest.approx([rank for _, rank, _ in afterwards])
    assert [snippet for _, _, snippet in kept] == [snippet for _, _, snippet in afterwards]
    assert any(search.MARK_START in snippet for _, _, snippet in kept)


def test_search_pages_through_the_walks_candidates(records):
    first = search.search(organisation=records.kent_b, query="insulin handover", page_size=5)
    second = search.search(
        organisation=records.kent_b, query="insulin handover", page_size=5, page=2
    )

    assert first.total == len(plain_way(records.kent_b, 1000))
    ranks = [hit.rank for hit in first.hits + second.hits]
    assert ranks == sorted(ranks, reverse=True)
    assert not {hit.learning.pk for hit in first.hits} & {hit.learning.pk for hit in second.hits}


def test_the_index_serves_the_epochs_and_the_codes(records):
    # Without the visibility rule, and by the source, which has no B-tree index of its own: at
    # sixty records the planner may rightly prefer one of those. At a million it takes this
    # index with the rule too (bench/learning_search.py).
    kind = Learning.SourceKind.AFTER_ACTION_REVIEW
    visible = Filters(source_kind=kind).apply(Learning.objects.all())
    window = (
        search.PostgreSQLSearch()
        .matching(visible, WORDS)
        .filter(
            search.RawSQL(search.IN_EPOCHS, ([3, 2],), output_field=search.BooleanField())  # noqa: S611
        )
        .filter(
            search.RawSQL(search.IN_MONTHS, ([24315],), output_field=search.BooleanField())  # noqa: S611
        )
        .filter(
            search.RawSQL(search.READERS, (["public"],), output_field=search.BooleanField())  # noqa: S611
        )
    )
    sql, params = search._inner_sql(window)
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('enable_seqscan', 'off', true)")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(line for (line,) in cursor.fetchall())
        cursor.execute("SELECT set_config('enable_seqscan', 'on', true)")
    condition = next(line for line in plan.splitlines() if "Index Cond" in line)
    assert search.RECENT_INDEX in plan
    assert "/ 4096" in condition and "source_kind" in condition and "search_vector" in condition
    assert "date_part" in condition and "readers" in condition


def readers_keys() -> dict[int, set[str]]:
    """Each record's keys in the index's readers column (migration 0009)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, readers FROM sharing_learning")
        return {pk: set(keys) for pk, keys in cursor.fetchall()}


def assert_the_keys_let_in_whom_the_rule_does(orgs):
    """For every viewpoint, the records whose keys overlap the ones it asks for are exactly the
    ones `visible_to` lets it read: none left out, none let in (a record not published has no
    keys at all)."""
    keys = readers_keys()
    published_ids = set(Learning.objects.published().values_list("pk", flat=True))
    assert all(keys[pk] for pk in published_ids)
    assert not any(keys[pk] for pk in set(keys) - published_ids)
    for name, organisation in [*orgs.all().items(), ("anyone", None)]:
        if organisation is not None:
            organisation = Organisation.objects.get(pk=organisation.pk)  # its memberships now
        asked = set(search.readers_of(organisation))
        let_in = {pk for pk in published_ids if asked & keys[pk]}
        visible = set(Learning.objects.visible_to(organisation).values_list("pk", flat=True))
        assert let_in == visible, name


def test_the_readers_asked_for_let_in_exactly_whom_the_rule_lets_read(records):
    assert search.readers_of(None) == ["public"]
    # Written as drafts and then published: the keys follow the level and the status.
    published(records.kent_icb, SharingLevel.SYSTEM)
    published(records.network, SharingLevel.SYSTEM)
    unpublished = draft(records.kent_b, sharing_level=SharingLevel.NATIONAL)
    assert not readers_keys()[unpublished.pk]

    assert_the_keys_let_in_whom_the_rule_does(records)
    # A handful of keys, whatever the size of the system: Kent B's levels, itself, its system,
    # its network.
    assert search.readers_of(records.kent_b) == [
        "national",
        "public",
        f"org:{records.kent_b.pk}",
        f"system:{records.kent_icb.pk}",
        f"network:{records.network.pk}",
    ]


def test_the_keys_follow_the_publishers_memberships_and_levels(records, monkeypatch):
    monkeypatch.setattr(search, "FIRST_EPOCHS", 1)
    orgs = records
    published(orgs.kent_icb, SharingLevel.SYSTEM)
    network_record = published(orgs.network, SharingLevel.SYSTEM)
    sussex_b_system = set(
        Learning.objects.filter(
            organisation=orgs.sussex_b, sharing_level=SharingLevel.SYSTEM
        ).values_list("pk", flat=True)
    )
    assert sussex_b_system, "Sussex B has system-level records"

    def seen_by(organisation):
        organisation = Organisation.objects.get(pk=organisation.pk)
        return set(Learning.objects.visible_to(organisation).values_list("pk", flat=True))

    assert not sussex_b_system & seen_by(orgs.kent_b)

    # Sussex B joins the network: Kent B now reads its system-level records, through the keys.
    orgs.sussex_b.networks.add(orgs.network)
    assert sussex_b_system <= seen_by(orgs.kent_b)
    assert_the_keys_let_in_whom_the_rule_does(orgs)
    kent_b = Organisation.objects.get(pk=orgs.kent_b.pk)
    assert set(walk(kent_b, 1000)) & sussex_b_system
    assert walk(kent_b, 1000) == plain_way(kent_b, 1000)

    # Kent B leaves the network; Kent A moves to the Sussex system; Sussex A leaves its system
    # by a bulk update; Sussex B's networks are cleared; the network's record is withdrawn and
    # the CQC's records are moved to system level by a bulk update.
    orgs.kent_b.networks.remove(orgs.network)
    assert_the_keys_let_in_whom_the_rule_does(orgs)
    orgs.kent_a.system = orgs.sussex_icb
    orgs.kent_a.save()
    assert_the_keys_let_in_whom_the_rule_does(orgs)
    Organisation.objects.filter(pk=orgs.sussex_a.pk).update(system=None)
    assert_the_keys_let_in_whom_the_rule_does(orgs)
    orgs.sussex_b.networks.clear()
    assert_the_keys_let_in_whom_the_rule_does(orgs)
    Learning.objects.filter(pk=network_record.pk).update(status=Learning.Status.WITHDRAWN)
    assert not readers_keys()[network_record.pk]
    Learning.objects.filter(organisation=orgs.cqc).update(sharing_level=SharingLevel.SYSTEM)
    assert_the_keys_let_in_whom_the_rule_does(orgs)
    for organisation in Organisation.objects.filter(pk__in=[o.pk for o in orgs.all().values()]):
        assert walk(organisation, 1000) == plain_way(organisation, 1000), organisation.name


@pytest.mark.parametrize("seed", range(20))
def test_the_epochs_keys_ask_for_exactly_the_records_of_the_epochs(seed):
    rng = random.Random(seed)
    newest = rng.randrange(0, 400)
    epochs = list(range(newest, max(-1, newest - rng.randrange(1, 200)), -1))
    if seed % 4 == 0:  # not a run: some epochs left out
        epochs = [epoch for epoch in epochs if rng.random() < 0.8] or [newest]

    keys = set(search.epoch_keys(epochs))

    def asked(pk):  # the index's array for the record with this id, as 0009 makes it
        return bool({pk // 4096, -(pk // 65536) - 1} & keys)

    wanted = set(epochs)
    ids = [rng.randrange(0, (newest + 20) * 4096) for _ in range(3000)]
    ids += [epoch * 4096 + edge for epoch in epochs for edge in (0, 4095)]
    assert all(asked(pk) == (pk // 4096 in wanted) for pk in ids)
    if len(epochs) >= 2 * search.ERA_EPOCHS and seed % 4:
        assert len(keys) < len(epochs), "whole eras are asked for as one value"


@pytest.mark.parametrize("viewpoint", [None, "kent_b", "cqc"])
@pytest.mark.parametrize("limit", [1, 5, 17, 1000])
@pytest.mark.parametrize("near", [1, 3, 40])
@pytest.mark.parametrize(("smallest", "per_try"), [(1, 1000), (1, 2), (2, 12), (16, 1)])
def test_the_walk_in_chunks_gives_every_newest_match_in_order(
    records, monkeypatch, viewpoint, limit, near, smallest, per_try
):
    # The second try always in chunks (never every older record at once): each epoch alone, a
    # few epochs together, whole eras; the LIMIT stopping in any of them.
    monkeypatch.setattr(search, "FIRST_EPOCHS", 1)
    monkeypatch.setattr(search, "CHUNK_EPOCHS", smallest)
    monkeypatch.setattr(search, "TRY_CHUNKS", per_try)
    monkeypatch.setattr(
        search, "next_epochs", lambda read, found, *, wanted, left, windowed=False: min(near, left)
    )
    organisation = getattr(records, viewpoint) if viewpoint else None

    expected = plain_way(organisation, limit)

    assert expected, "the comparison is of something"
    assert walk(organisation, limit) == expected


@pytest.mark.parametrize("windowed", [False, True])
@pytest.mark.parametrize("seed", range(20))
def test_a_tries_chunks_hold_exactly_its_epochs_newest_first(seed, windowed):
    rng = random.Random(seed)
    newest = rng.randrange(0, 400)
    epochs = list(range(newest, -1, -1))
    near = rng.randrange(1, len(epochs) + 1)

    chunks = search.try_chunks(epochs, near, windowed=windowed)

    def epochs_of(keys):
        held = set()
        for key in keys:
            era = -key - 1
            held |= set(range(era * 16, era * 16 + 16)) if key < 0 else {key}
        return held

    held = [epochs_of(keys) for keys in chunks]
    assert all(held), "no empty chunk"
    assert [epoch for chunk in held for epoch in sorted(chunk, reverse=True)] == epochs
    size = max(search.CHUNK_EPOCHS, -(-near // search.TRY_CHUNKS))
    if windowed:
        # With a date window, every epoch past those where the walk expects to stop is in one
        # last chunk.
        inside = sum(len(chunk) for chunk in held[:-1])
        assert inside >= min(near, len(epochs)) or len(held) == 1
        assert len(held) == 1 or inside <= near + size
        return
    if size < search.ERA_EPOCHS:
        # Where the walk expects to stop, chunks of `size` epochs; past them, no more chunks than
        # the eras and the epochs between them need.
        small = -(-near // size)
        assert all(len(chunk) == size for chunk in held[: small - 1])
        assert len(held) - small <= len(epochs) // search.ERA_EPOCHS + 2


def test_the_next_epochs_are_enough_for_the_rest_or_everything_older():
    # 300 matches in the newest 4 epochs, 1,700 wanted: 34 more epochs (a half more for luck).
    assert next_epochs(4, 300, wanted=1700, left=240) == 34
    # Few matches: the older records hold fewer than are wanted; all of them at once.
    assert next_epochs(4, 0, wanted=2000, left=240) == 0
    assert next_epochs(4, 10, wanted=1990, left=240) == 0
    assert next_epochs(4, 300, wanted=1700, left=20) == 0
    # A sparse guess is bounded.
    assert next_epochs(4, 50, wanted=1950, left=240) == search.MAX_EPOCHS
    # With a date window, all at once up to a few times what is wanted by the guess (most of the
    # older epochs lie before the window); beyond that, chunks as without one.
    assert next_epochs(4, 40, wanted=1960, left=240) == search.MAX_EPOCHS
    assert next_epochs(4, 40, wanted=1960, left=240, windowed=True) == 0
    assert next_epochs(4, 300, wanted=1700, left=240, windowed=True) == 34


def test_the_planners_settings_are_put_back(records):
    def settings():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT current_setting('jit'), current_setting('max_parallel_workers_per_gather')"
            )
            return cursor.fetchone()

    before = settings()
    assert before != ("off", "0"), "the walk changes them, so putting them back is tested"

    search.search(organisation=records.kent_b, query="insulin handover")

    assert settings() == before


def test_going_back_restores_the_earlier_indexes_and_forward_replaces_them(records):
    from importlib import import_module

    from django.db.migrations.state import ProjectState

    recent = import_module("learnloop.sharing.migrations.0008_learning_search_recent")
    keyed = import_module("learnloop.sharing.migrations.0009_learning_readers")

    def indexes():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'sharing_learning' "
                "AND indexname LIKE 'sharing_learning_search%%'"
            )
            return {name for (name,) in cursor.fetchall()}

    def has_readers_column():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT 1 FROM information_schema.columns "
                "WHERE table_name = 'sharing_learning' AND column_name = 'readers'"
            )
            return cursor.fetchone() is not None

    # The records' foreign keys are checked now, as at the end of a migration's transaction:
    # PostgreSQL alters no table with checks pending.
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    with connection.schema_editor() as editor:
        keyed.backward(ProjectState().apps, editor)
    assert indexes() == {recent.RECENT_INDEX}
    assert not has_readers_column()
    with connection.schema_editor() as editor:
        recent.backward(ProjectState().apps, editor)
    assert search.RECENT_INDEX not in indexes()
    assert "sharing_learning_search_vector" in indexes()
    search._recent_index_seen.clear()
    assert not search.has_recent_index()

    with connection.schema_editor() as editor:
        recent.forward(ProjectState().apps, editor)
        keyed.forward(ProjectState().apps, editor)
    assert indexes() == {search.RECENT_INDEX}
    search._recent_index_seen.clear()
    assert search.has_recent_index()
    # The existing records' keys are filled, and a new record is keyed by the trigger.
    published(records.network, SharingLevel.SYSTEM)
    assert_the_keys_let_in_whom_the_rule_does(records)
