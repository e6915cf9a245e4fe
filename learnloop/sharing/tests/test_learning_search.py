"""Search over the learning exchange, on whichever engine the tests run (SQLite FTS5 or
PostgreSQL full-text search): ranking, snippets, filters, paging, bad query syntax, and never
a record the person may not see."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.db import connection
from django.utils import timezone

from learnloop.core.audit import Auditor
from learnloop.sharing import learning_services, search
from learnloop.sharing.models import Learning, SharingLevel
from learnloop.sharing.search import MARK_END, MARK_START, Filters, terms_of
from learnloop.sharing.tests.learning_builders import draft, organisation_map, published

NATIONAL, SYSTEM, ORGANISATION = (
    SharingLevel.NATIONAL,
    SharingLevel.SYSTEM,
    SharingLevel.ORGANISATION,
)


@pytest.fixture
def orgs(db):
    return organisation_map()


def titles(results) -> list[str]:
    return [hit.learning.title for hit in results.hits]


def test_the_engine_in_use_has_its_own_backend(db):
    expected = {"sqlite": search.SQLiteSearch, "postgresql": search.PostgreSQLSearch}
    assert isinstance(search.backend(), expected[connection.vendor])


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("Insulin AND handover", ["insulin", "handover"]),
        ('"falls" OR "bed rails"', ["falls", "bed", "rails"]),
        (
            "sepsis* NEAR(fever) -delay col:value ^start",
            ["sepsis", "near", "fever", "delay", "col", "value", "start"],
        ),
        ("the and of", []),
        ("Über-café naïve", ["über", "café", "naïve"]),
        ("insulin insulin INSULIN", ["insulin"]),
        ("under_score", ["under", "score"]),
    ],
)
def test_queries_are_cut_into_plain_words(query, terms):
    assert terms_of(query) == terms


def test_a_word_in_the_title_ranks_above_the_same_word_in_passing(orgs):
    published(
        orgs.kent_a,
        NATIONAL,
        title="Handover of a deteriorating patient",
        what_happened="Observations were late; sepsis was recognised after six hours.",
    )
    published(
        orgs.kent_a,
        NATIONAL,
        title="Sepsis recognised late on a surgical ward",
        what_happened="The early warning score was not escalated.",
    )
    published(
        orgs.kent_a,
        NATIONAL,
        title="A fall from a chair",
        what_happened="Nothing to do with the query.",
    )

    results = search.search(organisation=orgs.kent_b, query="sepsis")

    assert results.total == 2
    assert titles(results) == [
        "Sepsis recognised late on a surgical ward",
        "Handover of a deteriorating patient",
    ]
    assert results.hits[0].rank > results.hits[1].rank


def test_words_are_matched_by_their_stem_and_every_word_must_be_found(orgs):
    published(
        orgs.kent_a,
        NATIONAL,
        title="Bed rails",
        what_happened="She fell from bed twice.",
        what_we_found="Falls happened when bed rails were left down.",
    )
    published(
        orgs.kent_a,
        NATIONAL,
        title="Other",
        what_happened="A fall in the bathroom.",
        what_we_found="The floor was wet.",
    )

    assert search.search(organisation=orgs.kent_a, query="fall").total == 2
    assert titles(search.search(organisation=orgs.kent_a, query="falling rails")) == ["Bed rails"]


def test_snippets_mark_the_matched_words(orgs):
    published(
        orgs.kent_a,
        NATIONAL,
        title="Oxygen",
        what_happened="The cylinder was empty when the patient was moved to the scanner.",
        what_we_found="Nobody checked the cylinder gauge before transfers.",
    )

    hit = search.search(organisation=orgs.kent_b, query="cylinder").hits[0]

    assert f"{MARK_START}cylinder{MARK_END}" in hit.snippet
    assert hit.snippet.replace(MARK_START, "").replace(MARK_END, "").strip()


def test_the_changes_and_themes_are_searched(orgs):
    published(
        orgs.kent_a,
        NATIONAL,
        title="One",
        themes=["Deteriorating patient"],
        changes=[("Fitted a forcing function on the infusion pump", "stronger")],
    )

    assert search.search(organisation=orgs.kent_a, query="forcing pump").total == 1
    assert search.search(organisation=orgs.kent_a, query="deteriorating").total == 1


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "*",
        "AND",
        "OR OR",
        "NOT",
        "NEAR(",
        "(",
        ")",
        'insulin"handover',
        "title:insulin",
        "^insulin",
        "-insulin",
        "insulin*",
        "'; DROP TABLE sharing_learning; --",
        "\x00",
        "insulin \ue000 \ue001",
        "💉 insulin",
        "a" * 5000,
        "%",
        "_",
        "\\",
        "{insulin}",
        "insulin:*",
        "!insulin & | <->",
        "insulin AND OR NOT handover",
    ],
)
def test_bad_query_syntax_never_raises(orgs, query):
    published(orgs.kent_a, NATIONAL)

    results = search.search(organisation=orgs.kent_b, query=query)

    assert results.total == len(results.hits)
    assert results.total in (0, 1)


def test_search_sees_only_what_the_organisation_may_see_even_across_pages(orgs):
    for number in range(12):  # matching, but not for Sussex
        published(orgs.kent_a, SYSTEM, title=f"Kent-only insulin learning {number}")
        published(orgs.kent_b, ORGANISATION, title=f"Kent B own insulin learning {number}")
    draft(orgs.sussex_b, title="A Sussex insulin draft")
    withdrawn = published(orgs.sussex_b, NATIONAL, title="A withdrawn insulin record")
    learning_services.learning_withdraw(
        learning=withdrawn, reason="Wrong.", by=Auditor.system(orgs.sussex_b)
    )
    visible = {
        published(orgs.sussex_b, SYSTEM, title="Sussex insulin learning").pk,
        published(orgs.cqc, NATIONAL, title="National insulin learning").pk,
        published(orgs.kent_a, SharingLevel.PUBLIC, title="Public insulin learning").pk,
    }

    pages = [
        search.search(organisation=orgs.sussex_a, query="insulin", page=n, page_size=2)
        for n in (1, 2, 3)
    ]

    assert [p.total for p in pages] == [3, 3, 3]
    assert pages[0].num_pages == 2 and pages[0].has_next and not pages[1].has_next
    assert {hit.learning.pk for p in pages for hit in p.hits} == visible
    # A page past the last is the last page.
    assert pages[2].page == 2 and pages[2].hits == pages[1].hits
    assert search.search(organisation=orgs.sussex_a, query="insulin", page=10**30).page == 1
    # Without words too.
    assert {h.learning.pk for h in search.search(organisation=orgs.sussex_a).hits} == visible
    # Anonymous: the public record only.
    assert titles(search.search(organisation=None, query="insulin")) == ["Public insulin learning"]


def test_filters(orgs):
    a = published(
        orgs.kent_a,
        NATIONAL,
        title="Insulin A",
        themes=["Medication"],
        setting_code="4",
        specialty_code=_specialty(),
        service_type_code=_service_type(),
        harm="severe",
        source_kind=Learning.SourceKind.REPORT,
    )
    b = published(
        orgs.cqc,
        NATIONAL,
        title="Insulin B",
        themes=["Handover"],
        harm="none",
        source_kind=Learning.SourceKind.SWARM,
        setting_code="3",
    )
    Learning.objects.filter(pk=b.pk).update(published_at=timezone.now() - timedelta(days=40))

    def found(query="insulin", **filters):
        return {
            h.learning.pk
            for h in search.search(
                organisation=orgs.kent_b, query=query, filters=Filters(**filters)
            ).hits
        }

    assert found() == {a.pk, b.pk}
    assert found(theme="medication") == found(theme="Medication") == {a.pk}
    assert found(theme="handover", query="") == {b.pk}
    assert found(setting="4") == {a.pk}
    assert found(specialty=_specialty()) == {a.pk}
    assert found(service_type=_service_type()) == {a.pk}
    assert found(harm="none") == {b.pk}
    assert found(publisher_kind="regulator") == {b.pk}
    assert found(publisher_kind="trust") == {a.pk}
    assert found(source_kind="swarm") == {b.pk}
    today = timezone.localdate()
    assert found(published_from=today - timedelta(days=7)) == {a.pk}
    assert found(published_to=today - timedelta(days=30)) == {b.pk}
    assert found(theme="no-such-theme") == set()


def test_a_days_filters_are_the_local_day_in_london(orgs):
    # 23:30 UTC on 30 June is 00:30 on 1 July in London (BST): the record belongs to 1 July.
    from datetime import UTC, date, datetime

    learning = published(orgs.kent_a, NATIONAL, title="Insulin given twice")
    late = datetime(2026, 6, 30, 23, 30, tzinfo=UTC)
    Learning.objects.filter(pk=learning.pk).update(published_at=late)

    def found(**filters):
        results = search.search(
            organisation=orgs.kent_b, query="insulin", filters=Filters(**filters)
        )
        return [hit.learning.pk for hit in results.hits]

    assert found(published_from=date(2026, 7, 1)) == [learning.pk]
    assert found(published_from=date(2026, 7, 2)) == []
    assert found(published_to=date(2026, 7, 1)) == [learning.pk]
    assert found(published_to=date(2026, 6, 30)) == []
    assert found(published_from=date(2026, 7, 1), published_to=date(2026, 7, 1)) == [learning.pk]
    # The last day there is: no upper bound, and nothing overflows.
    assert found(published_to=date.max) == [learning.pk]


def test_the_filters_words_follow_a_changed_record_and_never_match_a_typed_word(orgs):
    learning = published(orgs.kent_a, NATIONAL, title="Insulin at night", harm="low")
    # The index narrows a filtered search by the filters' words (migration 0005): an update
    # that changes the harm re-indexes them, as it does the text.
    Learning.objects.filter(pk=learning.pk).update(harm="severe", setting_code="12")

    def found(**filters):
        results = search.search(
            organisation=orgs.kent_b, query="insulin", filters=Filters(**filters)
        )
        return [hit.learning.pk for hit in results.hits]

    assert found(harm="severe") == [learning.pk]
    assert found(harm="low") == []
    assert found(setting="12") == [learning.pk]
    assert found(harm="severe", setting="4") == []
    # The facets' words are only ever asked for by a filter, never by what someone types.
    assert search.search(organisation=orgs.kent_b, query="qhsevere").total == 0
    assert search.search(organisation=orgs.kent_b, query="insulin qs12").total == 0


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(), []),
        (Filters(harm="severe", setting="12"), ["qhsevere", "qs12"]),
        (Filters(service_type="1", specialty="109"), ["qv1", "qp109"]),
        (Filters(source_kind="mortality_review"), ["qkmortalityreview"]),
        # Not a plain code: the index would have cut it up, so the filter alone decides.
        (Filters(harm="sev ere", setting="1.2", specialty="ü1"), []),
        (Filters(theme="Falls", publisher_kind="trust"), []),
    ],
)
def test_facet_terms(filters, expected):
    assert search.facet_terms(filters) == expected
    # Someone not signed in reads public records only: the index is asked for those.
    assert search.facet_terms(filters, public_only=True) == ["ql40", *expected]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(), []),
        (None, []),
        # No start: nothing to narrow (every month up to now would be all of them).
        (Filters(published_to=date(2026, 3, 1)), []),
        # London's midnight on 1 July is 23:00 UTC on 30 June: June's word too.
        (
            Filters(published_from=date(2026, 7, 1), published_to=date(2026, 8, 15)),
            ["qm202606", "qm202607", "qm202608"],
        ),
        # Winter: London is UTC, and the window's last day ends at midnight on 1 February.
        (
            Filters(published_from=date(2025, 12, 1), published_to=date(2026, 1, 31)),
            ["qm202512", "qm202601", "qm202602"],
        ),
        # Open at the top: up to two days from now (27 November 2026 here).
        (Filters(published_from=date(2026, 10, 5)), ["qm202610", "qm202611"]),
        (
            Filters(published_after=datetime(2026, 11, 20, 9, tzinfo=UTC)),
            ["qm202611"],
        ),
        (
            Filters(
                published_after=datetime(2026, 9, 30, 22, tzinfo=UTC),
                published_until=datetime(2026, 10, 31, 9, tzinfo=UTC),
            ),
            ["qm202609", "qm202610"],
        ),
        # The later start and the earlier end of the two kinds of window.
        (
            Filters(
                published_from=date(2026, 1, 10),
                published_after=datetime(2026, 4, 2, tzinfo=UTC),
                published_to=date(2026, 6, 1),
                published_until=datetime(2026, 5, 3, tzinfo=UTC),
            ),
            ["qm202604", "qm202605"],
        ),
        # An empty window and one of more than three years: left to the filters themselves.
        (Filters(published_from=date(2026, 5, 1), published_to=date(2026, 3, 1)), []),
        (Filters(published_from=date(2020, 1, 1), published_to=date(2026, 1, 1)), []),
        (Filters(published_from=date(2023, 1, 15)), []),
        # The last day there is ends nowhere: open at the top.
        (
            Filters(published_from=date(2026, 10, 5), published_to=date.max),
            ["qm202610", "qm202611"],
        ),
    ],
)
def test_period_terms_are_the_utc_months_a_window_spans(filters, expected):
    now = datetime(2026, 11, 27, 12, tzinfo=UTC)
    assert search.period_terms(filters, now=now) == expected


def test_the_index_holds_each_records_month_and_follows_a_change(orgs):
    # A date window narrows the walk by the month words the index holds (migration 0007): a
    # record published again in another month is found by the new window only.
    learning = published(orgs.kent_a, NATIONAL, title="Insulin given twice")
    Learning.objects.filter(pk=learning.pk).update(
        published_at=datetime(2026, 2, 10, 9, tzinfo=UTC)
    )

    def found(**filters):
        results = search.search(
            organisation=orgs.kent_b, query="insulin", filters=Filters(**filters)
        )
        return [hit.learning.pk for hit in results.hits]

    february = {"published_from": date(2026, 2, 1), "published_to": date(2026, 2, 28)}
    may = {"published_from": date(2026, 5, 1), "published_to": date(2026, 5, 31)}
    assert found(**february) == [learning.pk]
    assert found(**may) == []
    Learning.objects.filter(pk=learning.pk).update(
        published_at=datetime(2026, 5, 20, 9, tzinfo=UTC)
    )
    assert found(**february) == []
    assert found(**may) == [learning.pk]
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT rowid FROM sharing_learning_fts WHERE sharing_learning_fts MATCH ?",
                ['indexed_facets : "qm202605"'],
            )
            assert cursor.fetchall() == [(learning.pk,)]
            cursor.execute(
                "SELECT rowid FROM sharing_learning_fts WHERE sharing_learning_fts MATCH ?",
                ['indexed_facets : "qm202602"'],
            )
            assert cursor.fetchall() == []
    # The months' words are only ever asked for by a window, never by what someone types.
    assert search.search(organisation=orgs.kent_b, query="insulin qm202605").total == 0


def test_a_draft_has_no_month_until_it_is_published(orgs):
    record = draft(orgs.kent_a, title="Insulin at night")
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT indexed_facets FROM sharing_learning_fts_source WHERE id = %s",
                [record.pk],
            )
            (facets,) = cursor.fetchone()
        assert facets.endswith(" qm")
    this_month = timezone.now().date().replace(day=1)
    Learning.objects.filter(pk=record.pk).update(
        status=Learning.Status.PUBLISHED,
        sharing_level=NATIONAL,
        published_at=timezone.now(),
    )
    results = search.search(
        organisation=orgs.kent_b, query="insulin", filters=Filters(published_from=this_month)
    )
    assert [hit.learning.pk for hit in results.hits] == [record.pk]


def test_a_record_made_public_is_found_by_anyone_at_once(orgs):
    learning = published(orgs.kent_a, NATIONAL, title="Insulin at night")
    assert search.search(organisation=None, query="insulin").total == 0

    learning_services.learning_change_level(
        learning=learning, sharing_level=SharingLevel.PUBLIC, by=Auditor.system(orgs.kent_a)
    )

    assert titles(search.search(organisation=None, query="insulin")) == ["Insulin at night"]
    learning_services.learning_change_level(
        learning=learning, sharing_level=NATIONAL, by=Auditor.system(orgs.kent_a)
    )
    assert search.search(organisation=None, query="insulin").total == 0
    assert search.search(organisation=orgs.sussex_a, query="insulin").total == 1


def test_an_odd_filter_value_is_still_applied_exactly(orgs):
    published(orgs.kent_a, NATIONAL, title="Insulin at night", setting_code="4")

    results = search.search(
        organisation=orgs.kent_b, query="insulin", filters=Filters(setting="4 OR 5")
    )

    assert results.total == 0


def test_where_the_words_are_decides_the_order(orgs):
    # Every record holds both words, side by side (PostgreSQL's ranking weighs nearness too).
    nothing = {"what_happened": "Nothing to add.", "what_we_found": "Nothing more."}
    in_passing = published(
        orgs.kent_a, NATIONAL, title="Handover", **{**nothing, "what_happened": "Delayed sepsis."}
    )
    found = published(
        orgs.kent_a, NATIONAL, title="Handover", **{**nothing, "what_we_found": "Delayed sepsis."}
    )
    themed = published(
        orgs.kent_a, NATIONAL, title="Handover", themes=["Delayed sepsis"], **nothing
    )
    titled = [
        published(
            orgs.kent_a,
            NATIONAL,
            title="Delayed sepsis screening",
            **{**nothing, "what_we_found": "Delayed sepsis screens."},
        )
        for _ in range(2)
    ]

    results = search.search(organisation=orgs.kent_b, query="sepsis delays")

    # Title and themes first, then what was found, then what happened; the same words in the
    # same places: the newest first.
    assert [hit.learning for hit in results.hits] == [
        titled[1],
        titled[0],
        themed,
        found,
        in_passing,
    ]
    ranks = [hit.rank for hit in results.hits]
    assert ranks[0] == ranks[1] > ranks[2] > ranks[3] > ranks[4]


def test_the_words_in_more_places_rank_higher_even_when_every_record_holds_them_close(orgs):
    # Both hold the words side by side in the title and in what was found; the older one in its
    # theme and what happened too. At ts_rank's own weights both reached 1.0 on PostgreSQL and
    # tied, and the newer came first (ADR 0020): ranking must still tell them apart.
    words = "Sepsis screening missed"
    fuller = published(
        orgs.kent_a,
        NATIONAL,
        title=words,
        themes=[words],
        what_happened=f"{words} at night; {words.lower()} again at handover.",
        what_we_found=f"{words} on the ward.",
    )
    fewer = published(
        orgs.kent_a,
        NATIONAL,
        title=words,
        what_happened="Nothing to add.",
        what_we_found=f"{words} on the ward.",
    )

    results = search.search(organisation=orgs.kent_b, query=words)

    assert [hit.learning for hit in results.hits] == [fuller, fewer]
    assert results.hits[0].rank > results.hits[1].rank


@pytest.mark.parametrize(
    ("term", "needle"),
    [("falls", "fall"), ("delayed", "delay"), ("deterioration", "deterior"), ("ward", "ward"),
     ("sepsis", "sepsi"), ("ice", "ice"), ("delay", "dela")],
)  # fmt: skip
def test_rank_needles_cut_common_endings(term, needle):
    assert search.rank_needle(term) == needle


def test_a_changed_record_is_found_by_its_new_words_only(orgs):
    learning = published(orgs.kent_a, NATIONAL, title="Pressure ulcers")
    Learning.objects.filter(pk=learning.pk).update(title="Heel protection")

    assert search.search(organisation=orgs.kent_a, query="ulcers").total == 0
    assert search.search(organisation=orgs.kent_a, query="heel").total == 1


def test_counting_views_does_not_disturb_the_index(orgs):
    learning = published(orgs.kent_a, NATIONAL, title="Pressure ulcers")

    learning_services.learning_viewed(learning=learning, organisation=orgs.kent_b)
    learning_services.learning_viewed(learning=learning, organisation=orgs.kent_a)  # its own

    learning.refresh_from_db()
    assert learning.view_count == 1
    assert search.search(organisation=orgs.kent_a, query="ulcers").total == 1


def _specialty():
    from learnloop.reports import lfpse

    return lfpse.codes(lfpse.SPECIALTY)[0][0]


def _service_type():
    from learnloop.reports import lfpse

    return lfpse.codes(lfpse.SERVICE_TYPE)[0][0]


# Bounds (issue 5): counting stops at a cap; only the newest matches are ranked. Tiny bounds
# here, so that a few records show what a million would.


def test_counting_stops_at_the_cap_and_says_there_are_more(orgs, monkeypatch):
    monkeypatch.setattr(search, "COUNT_CAP", 3)
    for number in range(4):
        published(orgs.kent_a, NATIONAL, title=f"Insulin learning {number}")
    # Matching, but not readable by Sussex: never counted, however many.
    for number in range(5):
        published(orgs.kent_a, SYSTEM, title=f"Kent-only insulin learning {number}")

    capped = search.search(organisation=orgs.sussex_a, query="insulin", page_size=2)
    assert (capped.total, capped.more, capped.total_is_lower_bound) == (3, True, True)
    # Paging goes up to the cap.
    assert capped.num_pages == 2
    last = search.search(organisation=orgs.sussex_a, query="insulin", page=9, page_size=2)
    assert last.page == 2 and len(last.hits) == 2
    shown = {hit.learning.title for page in (capped, last) for hit in page.hits}
    assert len(shown) == 4 and all(title.startswith("Insulin learning") for title in shown)
    # Without words too.
    newest = search.search(organisation=orgs.sussex_a)
    assert (newest.total, newest.more) == (3, True)

    monkeypatch.setattr(search, "COUNT_CAP", 4)
    exact = search.search(organisation=orgs.sussex_a, query="insulin")
    assert (exact.total, exact.more) == (4, False)
    assert (search.search(organisation=orgs.kent_b, query="insulin").more) is True
    assert search.search(organisation=orgs.sussex_a, query="kent").total == 0


def test_only_the_newest_matches_are_ranked(orgs, monkeypatch):
    best = published(orgs.kent_a, NATIONAL, title="Sepsis recognised late", what_happened="Late.")
    newer = [
        published(
            orgs.kent_a,
            NATIONAL,
            title=f"Handover {number}",
            what_happened="The early warning score rose; sepsis was found after six hours.",
        )
        for number in range(2)
    ]
    # The newest matches of all, which Sussex may not read: they take no candidate's place.
    for number in range(3):
        published(orgs.kent_a, SYSTEM, title=f"Kent-only sepsis {number}")

    unbounded = search.search(organisation=orgs.sussex_a, query="sepsis")
    assert [hit.learning for hit in unbounded.hits] == [best, newer[1], newer[0]]

    monkeypatch.setattr(search, "RANK_CANDIDATES", 3)  # as many as match: ranking unchanged
    same = search.search(organisation=orgs.sussex_a, query="sepsis")
    assert [(h.learning, h.rank, h.snippet) for h in same.hits] == [
        (h.learning, h.rank, h.snippet) for h in unbounded.hits
    ]

    monkeypatch.setattr(search, "RANK_CANDIDATES", 2)  # the better, older match is beyond it
    bounded = search.search(organisation=orgs.sussex_a, query="sepsis")
    assert [hit.learning for hit in bounded.hits] == [newer[1], newer[0]]
    assert bounded.total == 3  # counting is not bounded by the candidates
    # Kent B may read the Kent-only records: they are its newest candidates.
    kent = search.search(organisation=orgs.kent_b, query="sepsis")
    assert {hit.learning.title for hit in kent.hits} == {"Kent-only sepsis 1", "Kent-only sepsis 2"}
    assert search.search(organisation=None, query="sepsis").hits == []
