"""Searching the learning exchange: one interface, each database engine's own full-text index.

`search(organisation=..., query=..., filters=..., page=...)` finds what a member of
`organisation` may read (`None`: what anyone may read), ranked, with a highlighted snippet for
each hit. The visibility rule (`Learning.objects.visible_to`) and the filters are one ORM
queryset whose SQL is placed *inside* the full-text query, so ranking, counting and paging only
ever see records the person may read.

- SQLite: an FTS5 table with external content (`sharing_learning_fts`, kept in step by triggers;
  made in migration 0002, with the filters' words as a sixth column since 0005 and each
  record's month of publication since 0007), candidates ranked by where the words are
  (`SQLITE_RANK`), snippets by snippet().
- PostgreSQL: a stored generated `tsvector` column (migration 0002, 'english' configuration),
  ranked by ts_rank() (ADR 0020), snippets by ts_headline(). Since 0008 one GIN index holds its words
  with each record's slice of ids, who may read it (since 0009 as a few keys kept by triggers,
  ADR 0019) and the filters' codes (btree_gin), and the newest matches are read window by
  window, each ranked where its row is read (ADR 0018);
  without btree_gin, 0002's GIN index and the filters' B-tree indexes (0005) serve instead.

What people type is never passed to either engine's query syntax: it is cut into words
(`terms_of`), so quotes, stars, AND/OR/NOT, brackets and stray punctuation cannot raise. Every
word must be found (AND), as in a web search engine. Snippets carry `MARK_START`/`MARK_END`
(private-use characters) around matched words: escape the snippet, then turn the marks into
<mark> (`presenters.highlighted`).

Bounds, so that a broad query over a million records stays fast (issue 5; measured with
bench/learning_search.py). Counting stops at `COUNT_CAP` matches: `Results.total` is exact below
it, and beyond it is `COUNT_CAP` with `Results.more` set ("more than 1,000 found"); paging goes up
to the cap. Ranking is over the `RANK_CANDIDATES` most recent visible matches only (by id, which
is the order of creation): a search shows *the best matches among the 2,000 most recent*, so an
older record that matches better may not be on the first page when more than 2,000 records
match. With fewer matches than that, ranking is over every match, exactly as without the bound.
Both bounds are applied inside the SQL after the visibility rule, so they never let in a record
the person may not read.

`similar(organisation=..., text=...)` finds the records most like a text (a new report): its
telling words (`telling_terms`), any of them found, inside the same visibility rule, ranked
among the `SIMILAR_CANDIDATES` most recent matches (bm25 on SQLite, ts_rank_cd on PostgreSQL).
"""

from __future__ import annotations

import json
import math
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from django.db import connection, transaction
from django.db.models import BooleanField, TextField
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.text import slugify

from learnloop.sharing.models import Learning, SharingLevel, organisation_groups

MARK_START, MARK_END = "\ue000", "\ue001"
PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_TERMS = 16
MAX_TERM_LENGTH = 50
SNIPPET_WORDS = 24
# Counting stops here: beyond it the count is shown as "more than" (Results.more).
COUNT_CAP = 1_000
# Only the most recent visible matches are ranked (bm25 / ts_rank for each is the cost).
# Kept at least COUNT_CAP, so that every page up to the cap has records.
RANK_CANDIDATES = 2_000
PLAIN_SNIPPET_CHARACTERS = 240

# Words too common to search for; PostgreSQL's 'english' configuration drops them too, so both
# engines agree on what a query means.
STOP_WORDS = frozenset(
    """a an and are as at be but by for from has have he her his i if in into is it its me my no
    nor not of on or our she so than that the their them then there these they this to too was
    we were what when where which who will with you your""".split()
)
_WORD = re.compile(r"[^\W_]+")


def terms_of(query: str) -> list[str]:
    """The words of a query, lower case, without stop words or repeats: safe to give any engine."""
    terms: list[str] = []
    for word in _WORD.findall((query or "").lower()):
        word = word[:MAX_TERM_LENGTH]
        if word not in STOP_WORDS and word not in terms:
            terms.append(word)
    return terms[:MAX_TERMS]


def _day_starts(day: date) -> datetime:
    """The moment `day` begins where learnloop is (TIME_ZONE): its local midnight."""
    return timezone.make_aware(datetime.combine(day, time.min))


@dataclass(frozen=True)
class Filters:
    theme: str = ""
    setting: str = ""  # LFPSE incident location code
    service_type: str = ""
    specialty: str = ""
    harm: str = ""
    published_from: date | None = None
    published_to: date | None = None
    publisher_kind: str = ""  # Organisation.Kind
    source_kind: str = ""  # Learning.SourceKind
    # A subscription's window: published after the last digest, up to the run's moment.
    published_after: datetime | None = None
    published_until: datetime | None = None

    def apply(self, learning):
        if self.theme and (slug := slugify(self.theme)):
            # The record's own column of its themes' slugs (ADR 0021), not a join per match.
            learning = learning.filter(indexed_theme_slugs__contains=f"\n{slug}\n")
        exact = {
            "setting_code": self.setting,
            "service_type_code": self.service_type,
            "specialty_code": self.specialty,
            "harm": self.harm,
            "organisation__kind": self.publisher_kind,
            "source_kind": self.source_kind,
        }
        learning = learning.filter(**{name: value for name, value in exact.items() if value})
        # A day is the moments from its local midnight to the next: a plain comparison of the
        # stored moment, which an index can serve. `published_at__date` asked each row's local
        # date of a Python function on SQLite, a call per match (bench/learning_search.py).
        if self.published_from:
            learning = learning.filter(published_at__gte=_day_starts(self.published_from))
        if self.published_to:
            if self.published_to < date.max:
                ends = _day_starts(self.published_to + timedelta(days=1))
                learning = learning.filter(published_at__lt=ends)
        if self.published_after:
            learning = learning.filter(published_at__gt=self.published_after)
        if self.published_until:
            learning = learning.filter(published_at__lte=self.published_until)
        return learning


@dataclass(frozen=True)
class Hit:
    learning: Learning
    snippet: str  # with MARK_START/MARK_END around matched words; not yet escaped
    rank: float | None = None


@dataclass(frozen=True)
class Results:
    hits: list[Hit]
    total: int
    page: int
    page_size: int
    terms: list[str] = field(default_factory=list)
    # True when counting stopped at the cap: at least `total` records match, maybe many more.
    more: bool = False

    @property
    def total_is_lower_bound(self) -> bool:
        return self.more

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.total // self.page_size))

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages


def _inner_sql(learning) -> tuple[str, tuple]:
    """The SQL (and parameters) that selects the ids of the visible, filtered records."""
    query = learning.order_by().values("id").query
    return query.get_compiler(connection=connection).as_sql()


# The filters' values as the words the index holds for them (migration 0005's `indexed_facets`):
# a filtered search asks the index for them with its words, so that the index, not a look-up
# of each row, leaves out what the filters do. Only a narrowing: the visibility rule and the
# filters themselves (`Filters.apply`) still decide every row. A value that is not a plain code
# (letters and digits) is left to them alone, as the index would have cut it into pieces.
FACET_PREFIXES = {
    "harm": "qh",
    "setting": "qs",
    "service_type": "qv",
    "specialty": "qp",
    "source_kind": "qk",
}


def facet_terms(filters: Filters | None, *, public_only: bool = False) -> list[str]:
    """The index's words for `filters`; with `public_only` (someone not signed in), the public
    level's too (`ql40`): public records are few, and the index finds them faster than a look-up
    of each match would."""
    terms = [f"ql{SharingLevel.PUBLIC}"] if public_only else []
    if filters is None:
        return terms
    for name, prefix in FACET_PREFIXES.items():
        value = str(getattr(filters, name) or "").lower().replace("_", "")
        if value and value.isascii() and value.isalnum():
            terms.append(prefix + value)
    return terms


# A date window as the index's words for the months it spans (migration 0007: each record's UTC
# month of publication, `qm202611`), so the walk never reads a match from outside them. Only a
# narrowing: `Filters.apply` still decides each row. A window open at the top ends a couple of
# days from now: publication is stamped by the server's clock (a coroner's report at noon on its
# date, never a future one). A window of many months is left to the walk as it was.
MAX_PERIOD_MONTHS = 36
OPEN_WINDOW_MARGIN = timedelta(days=2)


def date_window(filters: Filters | None) -> tuple[datetime | None, datetime | None]:
    """The first and the last moment `filters` let in, in UTC; None where the window is open.
    Both engines' index narrowings by month start from it (`period_terms`, `months_of`)."""
    if filters is None:
        return None, None
    starts = [filters.published_after]
    if filters.published_from:
        starts.append(_day_starts(filters.published_from))
    ends = [filters.published_until]
    if filters.published_to and filters.published_to < date.max:
        ends.append(_day_starts(filters.published_to + timedelta(days=1)))
    starts = [moment for moment in starts if moment is not None]
    ends = [moment for moment in ends if moment is not None]
    return (
        max(starts).astimezone(UTC) if starts else None,
        min(ends).astimezone(UTC) if ends else None,
    )


def period_terms(filters: Filters | None, *, now: datetime | None = None) -> list[str]:
    """The index's month words for `filters`' date window, or none when there is nothing to gain."""
    first, last = date_window(filters)
    if first is None:
        return []
    if last is None:
        last = ((now or timezone.now()) + OPEN_WINDOW_MARGIN).astimezone(UTC)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months < 1 or months > MAX_PERIOD_MONTHS:
        return []
    year, month = first.year, first.month
    words = []
    for _ in range(months):
        words.append(f"qm{year:04d}{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return words


def theme_words(filters: Filters | None) -> list[str]:
    """The words of the theme filtered on, which its record's themes column holds."""
    if filters is None or not filters.theme:
        return []
    return _WORD.findall(slugify(filters.theme).replace("-", " "))


# Where a typed word is looked for: never in the facets.
SQLITE_TEXT_COLUMNS = "{title what_happened what_we_found indexed_changes indexed_themes}"
# `{visible}` is the SQL of the visible, filtered records' ids, compiled by the ORM (its values
# stay parameters): the visibility rule runs inside the full-text query. SQLite: `{visible}` is
# tied to each match (`_each_match`) and read with EXISTS, a primary-key look-up per match.
# `rowid IN ({visible})` ran the MATCH once for each visible id (FTS5 takes rowid = ? as a
# constraint): 0.9 s for 20,000 records (bench/learning_search.py).
# The newest visible matches, newest first: FTS5 gives rowids in descending order itself, so
# the LIMIT stops the walk. One walk gives both the count (up to the cap) and the candidates.
SQLITE_CANDIDATES = (
    "SELECT rowid FROM sharing_learning_fts WHERE sharing_learning_fts MATCH %s "
    "AND EXISTS ({visible}) ORDER BY rowid DESC LIMIT %s"
)
# Ranking the candidates: each word (as `rank_needle` cuts it) in the title or the themes counts
# 10, in what was found 5; then the newest. Not bm25: FTS5 counts every record holding each
# word to weigh it, 17 ms a query (95th percentile 34 ms) at a million records whatever the
# LIMIT (bench/learning_search.py, 26 November 2026); this costs 5 to 10 ms for 2,000 candidates.
# Every candidate holds every word, so what tells them apart is where the words are.
# SQLite's lower() folds ASCII only: a word starting with a capital such as 'Ü' counts as not
# there (the order alone, never whether a record is found).
SQLITE_RANK = (
    "WITH candidate AS MATERIALIZED (SELECT l.id, lower(l.title) AS title, "
    "lower(l.indexed_themes) AS themes, lower(l.what_we_found) AS found "
    "FROM json_each(%s) AS c JOIN sharing_learning AS l ON l.id = c.value) "
    "SELECT id, {score} AS score FROM candidate ORDER BY score DESC, id DESC LIMIT %s OFFSET %s"
)
SQLITE_RANK_WORD = (
    "10 * (instr(title, %s) > 0) + 10 * (instr(themes, %s) > 0) + 5 * (instr(found, %s) > 0)"
)
# Snippets only for the page's rows (a MATCH by rowid for each of them).
SQLITE_SNIPPETS = (
    "SELECT rowid, snippet(sharing_learning_fts, -1, %s, %s, '…', %s) FROM sharing_learning_fts "
    "WHERE sharing_learning_fts MATCH %s AND rowid IN (SELECT value FROM json_each(%s))"
)
# Any of the words, among the newest `SIMILAR_CANDIDATES` visible matches (the walk stops there,
# as search's does), ranked by bm25, which weighs the rarer words up; snippets for the few kept.
SQLITE_SIMILAR = (
    "SELECT hits.id, hits.rank, snippet(page_fts.sharing_learning_fts, -1, %s, %s, '…', %s) "
    "FROM (SELECT id, rank FROM (SELECT rowid AS id, bm25(sharing_learning_fts, {weights}) "
    "AS rank FROM sharing_learning_fts WHERE sharing_learning_fts MATCH %s "
    "AND EXISTS ({visible}) ORDER BY rowid DESC LIMIT %s) AS candidates "
    "ORDER BY rank, id DESC LIMIT %s) AS hits "
    "CROSS JOIN sharing_learning_fts AS page_fts ON page_fts.rowid = hits.id "
    "WHERE page_fts.sharing_learning_fts MATCH %s ORDER BY hits.rank, hits.id DESC"
)
# PostgreSQL: the words' condition goes into the visible records' own query
# (`PostgreSQLSearch.matching`), so each match is read once; `id IN ({visible})` joined the
# table to itself, a second look-up per match (bench/learning_search.py). The candidates (the
# newest visible matches) are read as ids; then only they are ranked, each tsvector read by
# primary key (carrying the tsvectors through the sort spilled it to disk: EXPLAIN ANALYZE, a
# million records). Headlines are costly: made only for the page's rows.
# Search ranks with ts_rank (ADR 0020): like ts_rank_cd it weighs where the words are (title and
# themes A, what was found and the changes B, what happened C) and how near each other, for a
# fifth of the cost (1 to 2 µs a record against 5 to 10). Its weights are PostgreSQL's defaults
# (0.1, 0.2, 0.4, 1.0) divided by ten: at the defaults, a record holding the words near each
# other often reaches 1.0, and every candidate of a common query tied there (2,000 of 2,000 on
# the benchmark's records); a tenth keeps them apart, in the same proportions. (Doubled braces
# where the template goes through str.format.)
POSTGRESQL_PAGE = (
    "WITH hits AS (SELECT l.id, ts_rank('{0.01,0.02,0.04,0.1}'::real[], l.search_vector, "
    "plainto_tsquery('english', %s)) "
    "AS rank FROM sharing_learning l WHERE l.id = ANY(%s) "
    "ORDER BY rank DESC, l.id DESC LIMIT %s OFFSET %s) "
    "SELECT hits.id, hits.rank, ts_headline('english', "
    "concat_ws(' … ', l.what_happened, l.what_we_found, l.indexed_changes), "
    "plainto_tsquery('english', %s), %s) "
    "FROM hits JOIN sharing_learning l ON l.id = hits.id "
    "ORDER BY hits.rank DESC, hits.id DESC"
)
# As POSTGRESQL_PAGE, for any of the words; normalisation 1 (divide by 1 + log of the length)
# stops a long record (a coroner's report) outranking a short one for its length alone.
POSTGRESQL_SIMILAR = (
    "WITH q AS (SELECT to_tsquery('english', %s) AS query), "
    "hits AS (SELECT l.id, ts_rank_cd(l.search_vector, q.query, 1) AS rank "
    "FROM sharing_learning l, q WHERE l.id = ANY(%s) ORDER BY rank DESC, l.id DESC LIMIT %s) "
    "SELECT hits.id, hits.rank, ts_headline('english', "
    "concat_ws(' … ', l.what_happened, l.what_we_found, l.indexed_changes), q.query, %s) "
    "FROM hits JOIN sharing_learning l ON l.id = hits.id, q "
    "ORDER BY hits.rank DESC, hits.id DESC"
)
POSTGRESQL_ANY = '"sharing_learning"."search_vector" @@ to_tsquery(\'english\', %s)'

# Endings cut off a word for ranking, so that 'falls' finds 'fall' and 'delayed' finds 'delay'
# in a title (FTS5's own stemmer decides what matches; this only decides the order).
_ENDINGS = ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly", "y", "e")


def rank_needle(term: str) -> str:
    for ending in _ENDINGS:
        if term.endswith(ending) and len(term) - len(ending) >= 3:
            return term[: -len(ending)]
    return term


def _each_match(learning):
    """`learning` narrowed to the FTS5 row being matched, for `EXISTS ({visible})`."""
    return learning.filter(pk=RawSQL("sharing_learning_fts.rowid", ()))


def _fetch(template: str, learning, before: list, after: list, **parts) -> list[tuple]:
    visible, params = _inner_sql(learning)
    sql = template.format(visible=visible, **parts)
    with connection.cursor() as cursor:
        cursor.execute(sql, [*before, *params, *after])
        return cursor.fetchall()


def _quoted(words: list[str], joiner: str = " ") -> str:
    # Each word quoted: FTS5 reads it as a plain string, whatever it holds.
    return joiner.join(f'"{word}"' for word in words)


class SQLiteSearch:
    """FTS5 with external content."""

    # bm25 weights for similar(): title, what happened, found, changes, themes, facets (never).
    WEIGHTS = "10.0, 2.0, 5.0, 5.0, 10.0, 0.0"

    def match(
        self, terms: list[str], filters: Filters | None = None, *, public_only: bool = False
    ) -> str:
        expression = f"{SQLITE_TEXT_COLUMNS} : ({_quoted(terms)})"
        if facets := facet_terms(filters, public_only=public_only):
            expression += f" AND indexed_facets : ({_quoted(facets)})"
        if words := theme_words(filters):
            expression += f" AND indexed_themes : ({_quoted(words)})"
        if months := period_terms(filters):
            expression += f" AND indexed_facets : ({_quoted(months, ' OR ')})"
        return expression

    def candidates(
        self, learning, terms: list[str], filters: Filters | None, *, limit: int, public_only=False
    ):
        """The ids of the newest visible matches, newest first, at most `limit` of them."""
        expression = self.match(terms, filters, public_only=public_only)
        rows = _fetch(SQLITE_CANDIDATES, _each_match(learning), [expression], [limit])
        return [pk for (pk,) in rows]

    def page(self, ids: list[int], terms: list[str], *, limit: int, offset: int) -> list[tuple]:
        if not ids:
            return []
        needles = [rank_needle(term) for term in terms]
        score = " + ".join([SQLITE_RANK_WORD] * len(needles))
        # Each needle is read three times: the title, the themes, what was found.
        words = [needle for needle in needles for _ in range(3)]
        ranked = _plain_fetch(
            SQLITE_RANK.format(score=score), [json.dumps(ids), *words], [limit, offset]
        )
        snippets = dict(
            _plain_fetch(
                SQLITE_SNIPPETS,
                [MARK_START, MARK_END, SNIPPET_WORDS, self.match(terms)],
                [json.dumps([pk for pk, _ in ranked])],
            )
        )
        return [(pk, float(score), snippets.get(pk, "")) for pk, score in ranked]

    def similar(self, learning, terms: list[str], *, limit: int, candidates: int) -> list[tuple]:
        # Any of the words (OR), each quoted, only in the text.
        any_term = f"{SQLITE_TEXT_COLUMNS} : ({_quoted(terms, ' OR ')})"
        rows = _fetch(
            SQLITE_SIMILAR,
            _each_match(learning),
            [MARK_START, MARK_END, SNIPPET_WORDS, any_term],
            [candidates, limit, any_term],
            weights=self.WEIGHTS,
        )
        return [(pk, -rank, snippet) for pk, rank, snippet in rows]


def _plain_fetch(sql: str, before: list, after: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, [*before, *after])
        return cursor.fetchall()


# PostgreSQL: the newest matches first, a few epochs at a time (migration 0008, ADR 0018). One
# GIN index holds the tsvector's words and, through btree_gin, each record's epoch (its id
# divided by `EPOCH_IDS`, the order of creation in blocks of 4,096, as a one-element array), its
# readers (since 0009 the `readers` keys, `READERS`), the filters' codes and its month of
# publication, so that one index scan ANDs them all. Asked for the matches in a few epochs
# (`ARRAY[epoch] && '{…}'`), it decodes the words' posting lists there only: four common words
# over a million records cost 22 ms or more in the index before the first match could be kept,
# over the newest 32 epochs 3 ms (EXPLAIN ANALYZE, 27 November 2026). The walk asks for the
# newest `FIRST_EPOCHS`, then, in one more try, for every older epoch chunk by chunk, newest
# first (`try_chunks`): small chunks over as many epochs as the density seen says it needs,
# then whole eras, so that it stops in the chunk where it has the candidates (ADR 0019's
# amendment). Tried first and
# dropped: a range of ids (`epoch >= n`: GIN gathers every id of a range into a bitmap before it
# ANDs anything, 70 ms for half the table) and `epoch = ANY(…)` (one index scan per epoch, which
# the planner left out of the scan, reading every match's row, when it judged the words rare).
# Where the older records hold fewer matches than are wanted, one query over all of them serves
# better. The visibility rule and the filters are the ORM's SQL, as before: the index only
# narrows, and the rule still decides every row.
# 0008's index with the readers keys (0009), which replaced it.
RECENT_INDEX = "sharing_learning_search_readers"
EPOCH_IDS = 4096
FIRST_EPOCHS = 4
# At most this many epochs (half a million ids) in the second try's small chunks: a guess from
# few matches can be far out; past them the try goes on era by era.
MAX_EPOCHS = 128
# The same expression as the index's (an int8 array), the epochs typed as it is, or the planner
# cannot use it. Since 0009 the array holds each record's era too (`ERA_EPOCHS` epochs, negated,
# less one): each value asked for is a posting list the index scan steps through for every
# match, so a try asks for whole eras as one value each (`epoch_keys`).
IN_EPOCHS = (
    'ARRAY["sharing_learning"."id" / 4096, -("sharing_learning"."id" / 65536) - 1] && %s::bigint[]'
)
ERA_EPOCHS = 16
OLDER_THAN = '"sharing_learning"."id" < %s'
# A date window as the months of publication (UTC) it spans, as the index holds them: only a
# narrowing, the window itself is the filters' SQL.
IN_MONTHS = (
    "ARRAY[(date_part('year', \"sharing_learning\".\"published_at\" AT TIME ZONE 'UTC') * 12 "
    "+ date_part('month', \"sharing_learning\".\"published_at\" AT TIME ZONE 'UTC') - 1)"
    "::integer] && %s::integer[]"
)
# Without an end, the window's months run this far past the present: a record published later
# than that (a wrong clock) would be missed by a search from a date.
OPEN_MONTHS = 120
# Who may read a record, as the index holds it (migration 0009, ADR 0019): keys for the levels
# (`public`, `national`), its publisher (`org:<id>`) and, at system level, the groups the rule
# reads it through (`system:<id>`, `network:<id>`), kept by the database's triggers as
# memberships change. A reader asks for a handful (`readers_of`): the levels, its own
# organisation, its system, its networks. The rule (`visible_to`) still decides every row; this
# only spares reading the rows of records the reader may not see (half of a trust's matches).
READERS = '"sharing_learning"."readers" && %s::text[]'
# Each key asked for is a posting list the index scan steps through for every match: asking for
# each of some thirty publishers cost more than the rows it spared (11 against 3 ms in the
# index, ADR 0018). A reader has one key for each network it is in, so still only up to this many.
MAX_READERS = 12
# The newest `LIMIT` of a try's matches (the inner query, compiled by the ORM), each ranked from
# the row already read; only those rows are ranked.
POSTGRESQL_NEWEST = (
    "SELECT newest.id, ts_rank('{{0.01,0.02,0.04,0.1}}'::real[], newest.vector, "
    "plainto_tsquery('english', %s)) "
    "FROM ({newest}) AS newest ORDER BY newest.id DESC"
)
# A try of epochs as its chunks (`try_chunks`), newest first, each an index scan of its own
# (`IN_CHUNK`, the inner query once per chunk): the LIMIT stops the try in the chunk that
# completes it, so the rows of the older chunks are never read. A try as one
# statement read every match of its epochs before keeping the newest: about twice the rows it
# kept, each a page read for the rule (EXPLAIN ANALYZE, ADR 0019). The LIMIT keeps rows in the
# chunks' order (the unnest's ordinality, which the planner knows it gives in order, so no sort)
# and, within a chunk, as the inner query's own ORDER BY gives them: newest first, since a
# lateral subquery is a nested loop's inner side, whose rows come out in their order. Ordered by
# the number, then the id, an incremental sort read the next chunk's first row to know a chunk had
# ended: one chunk more, an index scan and its rows, a search (ADR 0019, amended). The tests of
# the walk compare it with every match read newest first, limits ending inside chunks among them.
# Only the rows kept are ranked. Smaller chunks spare more rows (the last chunk's are all read)
# but each is an index scan of the words' posting lists (about 1 ms for seven words): at least
# `CHUNK_EPOCHS` epochs, `TRY_CHUNKS` of them where the walk expects to stop.
POSTGRESQL_NEWEST_CHUNKS = (
    "SELECT kept.id, ts_rank('{{0.01,0.02,0.04,0.1}}'::real[], kept.vector, "
    "plainto_tsquery('english', %s)) FROM ("
    "SELECT newest.id, newest.vector FROM unnest(%s::text[]) WITH ORDINALITY AS chunk(keys, number) "
    "CROSS JOIN LATERAL ({newest}) AS newest ORDER BY chunk.number LIMIT %s"
    ") AS kept ORDER BY kept.id DESC"
)
CHUNK_EPOCHS = 2
# Six, since the LIMIT no longer reads a chunk past the last it needs: twelve smaller ones cost
# two or three index scans more a search for fewer rows spared than that (EXPLAIN ANALYZE, the
# benchmark's first 40 queries as a trust: 6.3 against 9.3 scans without filters, the walk about
# a millisecond quicker; four or three chunks no quicker again; ADR 0019, amended).
TRY_CHUNKS = 6
IN_CHUNK = IN_EPOCHS.replace("%s::bigint[]", '"chunk"."keys"::bigint[]')
POSTGRESQL_HEADLINES = (
    "SELECT l.id, ts_headline('english', "
    "concat_ws(' … ', l.what_happened, l.what_we_found, l.indexed_changes), "
    "plainto_tsquery('english', %s), %s) FROM sharing_learning l WHERE l.id = ANY(%s)"
)


def has_recent_index() -> bool:
    """Whether migration 0008 made the index of words, epochs and codes here (it needs
    btree_gin, which PostgreSQL ships and lets a database owner create)."""
    key = (connection.alias, connection.settings_dict.get("NAME"))
    if key not in _recent_index_seen:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_indexes WHERE indexname = %s", [RECENT_INDEX])
            _recent_index_seen[key] = cursor.fetchone() is not None
    return _recent_index_seen[key]


_recent_index_seen: dict[tuple, bool] = {}


# For the walk's statements only: no parallel workers (starting one cost more than the few
# milliseconds a try takes: a Gather Merge took a try from about 20 to 61 ms, EXPLAIN ANALYZE
# under load) and no JIT compilation (tens of milliseconds, for a plan whose estimated cost
# passes jit_above_cost). Set local to a savepoint (or transaction) of the walk's own, which is
# rolled back after it: PostgreSQL puts a local setting back then, so the request's other
# statements (and a test's surrounding transaction) keep the server's own, and the walk writes
# nothing to lose. The same statement reads the newest id, where the walk starts: one round trip
# where reading the settings, setting them, setting them back and the id took four.
WALK_START = (
    "SELECT set_config('max_parallel_workers_per_gather', '0', true), "
    "set_config('jit', 'off', true), (SELECT max(id) FROM sharing_learning)"
)


@contextmanager
def _walk_settings():
    """The walk's settings for the statements run inside; gives the largest id (None: none)."""
    with transaction.atomic(), connection.cursor() as cursor:
        try:
            cursor.execute(WALK_START)
            yield cursor.fetchone()[-1]
        finally:
            transaction.set_rollback(True)


def epoch_keys(epochs: list[int]) -> list[int]:
    """The index's values for `epochs` (newest first): each era they hold whole as one value
    (-era - 1), the rest as themselves. Exactly the same records: only fewer values to step
    through (a try of 124 epochs asked for 23 values, its index scan 16 instead of 28 ms,
    EXPLAIN ANALYZE on a million records)."""
    wanted = set(epochs)
    keys: list[int] = []
    for era in sorted({epoch // ERA_EPOCHS for epoch in wanted}, reverse=True):
        members = range((era + 1) * ERA_EPOCHS - 1, era * ERA_EPOCHS - 1, -1)
        if all(epoch in wanted for epoch in members):
            keys.append(-era - 1)
        else:
            keys += [epoch for epoch in members if epoch in wanted]
    return keys


def try_chunks(epochs: list[int], near: int, *, windowed: bool = False) -> list[list[int]]:
    """The chunks of a try over `epochs` (newest first), newest first, each as the index's
    values for it (`epoch_keys`): the `near` newest, where the walk expects to stop, in
    `TRY_CHUNKS` chunks of at least `CHUNK_EPOCHS` (era by era when those would be as large),
    the rest era by era (`era_chunks`); or, `windowed` (a date window narrows the search), the
    rest as one chunk. Exactly the same records, in order."""
    size = max(CHUNK_EPOCHS, -(-near // TRY_CHUNKS))
    if size >= ERA_EPOCHS:
        if not windowed:
            return era_chunks(epochs)
        chunks, rest = era_chunks(epochs[:near]), epochs[near:]
    else:
        chunks = [epoch_keys(epochs[start : start + size]) for start in range(0, near, size)]
        rest = epochs[len(chunks) * size :]
    if not rest:
        return chunks
    # With a date window the older records mostly lie before it (records are created in id
    # order, and published soon after), so the older eras hold few matches or none, and each
    # era's index scan cost about a millisecond to find nothing: one scan for all of them. Only
    # a window that old records were published into late makes that chunk large, and the walk
    # reads it only when the newer chunks fell short.
    return chunks + ([epoch_keys(rest)] if windowed else era_chunks(rest))


def era_chunks(epochs: list[int]) -> list[list[int]]:
    """`epochs` (newest first) as the index's values (`epoch_keys`) in chunks, newest first:
    each whole era alone, the epochs between eras together. Exactly the same records, in order."""
    chunks: list[list[int]] = []
    for key in epoch_keys(epochs):
        if key >= 0 and chunks and chunks[-1][-1] >= 0:
            chunks[-1].append(key)
        else:
            chunks.append([key])
    return chunks


def readers_of(organisation, groups=None) -> list[str]:
    """The keys the index's readers column must overlap for the records a member of
    `organisation` (None: anyone) may read: the public level's; or the levels every organisation
    reads, its own records', and its system's and networks' (`organisation_groups`, which
    `peer_organisations` and so `visible_to` decide with; `groups` when read already)."""
    if organisation is None:
        return ["public"]
    system_id, network_ids = organisation_groups(organisation) if groups is None else groups
    keys = ["national", "public", f"org:{organisation.pk}"]
    if system_id is not None:
        keys.append(f"system:{system_id}")
    return keys + [f"network:{pk}" for pk in sorted(set(network_ids))]


def months_of(filters: Filters | None) -> list[int] | None:
    """The months of publication (UTC, year * 12 + month - 1) a date window spans, first to
    last, or None without a start. Every moment the filters let in falls in one of them."""
    start, end = date_window(filters)
    if start is None:
        return None

    def month(moment):
        moment = moment.astimezone(UTC)
        return moment.year * 12 + moment.month - 1

    last = month(end) if end else month(timezone.now()) + OPEN_MONTHS
    return list(range(month(start), last + 1))


def next_epochs(read: float, found: int, *, wanted: int, left: int, windowed: bool = False) -> int:
    """How many older epochs the walk reads next, after `read` epochs' worth of ids gave `found`
    matches, with `wanted` more wanted and `left` epochs not yet read; 0: every older record at
    once. Reading a match's row for the visibility rule is what costs (a few microseconds
    each), so all at once only when, at the density seen, the older records hold no more than
    is wanted (they will all be read anyway); otherwise enough epochs for the rest, half as many
    again for luck, at most `MAX_EPOCHS`: those the walk reads in small chunks (`try_chunks`).
    `windowed` (a date window narrows the search): all at once up to `WINDOW_ALL_AT_ONCE` times
    what is wanted, as the guess counts every older epoch and many lie before the window."""
    factor = WINDOW_ALL_AT_ONCE if windowed else 1
    if found * left <= factor * wanted * read:
        return 0
    return min(MAX_EPOCHS, left, math.ceil(read * wanted * 3 / (found * 2)))


# With a date window, every older record at once is one index scan of the window's months
# (`IN_MONTHS`), where a try in chunks asks for older epochs chunk by chunk and for all the rest
# in its last chunk. On the benchmark's "theme + harm + last year" row as a trust, median / p95
# 34.9 / 47.7 ms before, 26.7 / 40.2 at three times (26.9 / 44.8 at twice, 27.4 / 43.0 at four
# times; interleaved, 200 queries, best of two rounds; ADR 0024). Not more: for a window as wide
# as the table the guess is no overstatement, and all at once would read every match in it.
WINDOW_ALL_AT_ONCE = 3


class PostgreSQLSearch:
    """The generated tsvector column with a GIN index; ts_rank over its weighted words: where
    they are (title and themes, what was found, what happened) and how near each other, as
    ts_rank_cd weighed them at a fifth of the cost (ADR 0020); `similar` keeps ts_rank_cd."""

    HEADLINE_OPTIONS = (
        f'StartSel="{MARK_START}", StopSel="{MARK_END}", MaxWords={SNIPPET_WORDS + 11}, '
        'MinWords=15, MaxFragments=2, FragmentDelimiter=" … "'
    )

    MATCHES = '"sharing_learning"."search_vector" @@ plainto_tsquery(\'english\', %s)'
    # The query as a value the planner cannot look into: estimating several common words
    # together as rare (each word's share multiplied), it would otherwise leave the epochs out
    # of the index scan and read the row of every match (EXPLAIN, a million records).
    OPAQUE_MATCHES = (
        '"sharing_learning"."search_vector" @@ (SELECT plainto_tsquery(\'english\', %s))'
    )
    VECTOR = '"sharing_learning"."search_vector"'

    def __init__(self, reader=None):
        self.ranks: dict[int, float] = {}
        # The organisation searching, for narrowing the index scan to what it may read
        # (`readers_of`); set by `search`. None: not said (no narrowing, unless `public_only`).
        self.reader = reader
        # Its `organisation_groups`, when `search` has read them for the rule already.
        self.reader_groups = None
        # Statements compiled for this search (`_compiled`).
        self._statements: dict[tuple, tuple] = {}

    def matching(self, learning, terms: list[str], extra_words: list[str] = (), *, opaque=False):
        # Fixed SQL; the words are a parameter. The filters are in `learning` already: their
        # codes are columns of the GIN index (0008), which ANDs them with the words.
        words = " ".join([*terms, *extra_words])
        sql = self.OPAQUE_MATCHES if opaque else self.MATCHES
        match = RawSQL(sql, (words,), output_field=BooleanField())  # noqa: S611
        return learning.filter(match)

    def candidates(
        self, learning, terms: list[str], filters: Filters | None, *, limit: int, public_only=False
    ):
        """The ids of the newest visible matches, newest first, at most `limit` of them; with
        the recent index, each one's rank is kept for `page` (`self.ranks`)."""
        if not has_recent_index():
            newest = self.matching(learning, terms).order_by("-id")
            return list(newest.values_list("id", flat=True)[:limit])
        # Narrowings the index can use; the rule and the filters still decide every row. The
        # theme's words are in its record's tsvector (`indexed_themes`), as SQLite's index has
        # them in its themes column (`theme_words`).
        matching = self.matching(learning, terms, theme_words(filters), opaque=True)
        # The reader's keys, when `search` said who reads (`self.reader`).
        readers = readers_of(None) if public_only else None
        if not public_only and self.reader is not None:
            readers = readers_of(self.reader, self.reader_groups)
        narrowed = matching
        if readers is not None and len(readers) <= MAX_READERS:
            narrowed = matching.filter(RawSQL(READERS, (readers,), output_field=BooleanField()))  # noqa: S611
        # Every older record at once (the walk's last try, when few matches are left) is read
        # through the keys only for someone not signed in: the public level's key is a seventh
        # of the records and leaves out most matches. A member's keys are two fifths and more
        # of the records, which the index steps through over the whole table, for fewer rows
        # spared than that costs (ADR 0019).
        if public_only:
            matching = narrowed
        if (months := months_of(filters)) is not None:
            in_months = RawSQL(IN_MONTHS, (months,), output_field=BooleanField())  # noqa: S611
            matching, narrowed = matching.filter(in_months), narrowed.filter(in_months)
        with _walk_settings() as largest:
            if largest is None:
                return []
            rows = self._walk(
                narrowed, matching, terms, largest=largest, limit=limit, windowed=bool(months)
            )
        self.ranks = dict(rows)
        return [pk for pk, _ in rows]

    def _walk(
        self,
        narrowed,
        matching,
        terms: list[str],
        *,
        largest: int,
        limit: int,
        windowed: bool = False,
    ) -> list[tuple]:
        """The newest `limit` matches: `narrowed` (through the reader's keys) in the newest
        epochs, then in every older epoch, chunk by chunk, in one try; or, where few matches
        are left, `matching` (the same matches) for every older record at once. `windowed`: a
        date window narrows the search (`try_chunks`)."""
        first = largest // EPOCH_IDS
        epochs = list(range(first, max(-1, first - FIRST_EPOCHS), -1))
        chunk = [epoch_keys(epochs)]
        rows = self._newest(narrowed, terms, limit=limit, chunks=chunk, per_chunk=limit)
        newest = first - len(epochs)  # the newest epoch not yet read
        if newest < 0 or len(rows) >= limit:
            return rows
        # The epochs read as the ids they hold: the newest is only partly filled, and counted
        # whole it made the density seen too low (every older record at once while they held
        # more than was wanted: 17 of 500 searches, 4 after, bench/learning_search.py's rows).
        read = (largest + 1) / EPOCH_IDS - (newest + 1)
        size = next_epochs(
            read, len(rows), wanted=limit - len(rows), left=newest + 1, windowed=windowed
        )
        if size:
            chunks = try_chunks(list(range(newest, -1, -1)), size, windowed=windowed)
            wanted = limit - len(rows)
            return rows + self._newest(
                narrowed, terms, limit=wanted, chunks=chunks, per_chunk=limit
            )
        # Every older record at once: the epochs read are left out by id.
        older = RawSQL(OLDER_THAN, ((newest + 1) * EPOCH_IDS,), output_field=BooleanField())  # noqa: S611
        return rows + self._newest(matching.filter(older), terms, limit=limit - len(rows))

    def _newest(
        self,
        window,
        terms: list[str],
        *,
        limit: int,
        chunks: list[list[int]] | None = None,
        per_chunk: int | None = None,
    ) -> list[tuple[int, float]]:
        """The newest `limit` records of `window` with their ranks, newest first; with `chunks`
        (lists of `epoch_keys`), of those epochs, read chunk by chunk, each giving at most
        `per_chunk` (at least `limit`)."""
        words = " ".join(terms)
        if chunks is None:
            sql, params = self._compiled(window, limit, chunked=False)
            return _plain_fetch(POSTGRESQL_NEWEST.format(newest=sql), [words], list(params))
        # The walk asks both its tries for the same `per_chunk` (the outer LIMIT keeps each
        # try's own), so that they are one statement, compiled once (about a millisecond).
        sql, params = self._compiled(window, max(limit, per_chunk or 0), chunked=True)
        values = ["{" + ",".join(map(str, chunk)) + "}" for chunk in chunks]
        template = POSTGRESQL_NEWEST_CHUNKS.format(newest=sql)
        return _plain_fetch(template, [words, values, *params], [limit])

    def _compiled(self, window, limit: int, *, chunked: bool) -> tuple[str, tuple]:
        """The SQL and parameters of `window`'s newest `limit` rows with their vectors (with
        `chunked`, in the chunk `IN_CHUNK` names), compiled once for this search."""
        # The window itself is kept in the key's entry, so that its id is never reused.
        key = (id(window), limit, chunked)
        if key not in self._statements:
            vector = RawSQL(self.VECTOR, (), output_field=TextField())  # noqa: S611
            rows = window
            if chunked:
                rows = rows.filter(RawSQL(IN_CHUNK, (), output_field=BooleanField()))  # noqa: S611
            newest = rows.annotate(vector=vector).order_by("-id").values("id", "vector")[:limit]
            compiled = newest.query.get_compiler(connection=connection).as_sql()
            self._statements[key] = (window, compiled)
        return self._statements[key][1]

    def page(self, ids: list[int], terms: list[str], *, limit: int, offset: int) -> list[tuple]:
        if not ids:
            return []
        words = " ".join(terms)
        if not all(pk in self.ranks for pk in ids):
            return _plain_fetch(
                POSTGRESQL_PAGE, [words, ids, limit, offset], [words, self.HEADLINE_OPTIONS]
            )
        # Ranked already, where each candidate's row was read: best first, then the newest.
        ranked = sorted(ids, key=lambda pk: (-self.ranks[pk], -pk))[offset : offset + limit]
        headlines = dict(
            _plain_fetch(POSTGRESQL_HEADLINES, [words, self.HEADLINE_OPTIONS], [ranked])
        )
        return [(pk, self.ranks[pk], headlines.get(pk, "")) for pk in ranked]

    def similar(self, learning, terms: list[str], *, limit: int, candidates: int) -> list[tuple]:
        # Any of the words (|), among the newest `candidates` visible matches. `terms_of` leaves
        # only letters and digits in a term, which to_tsquery reads as a plain word, never as
        # its operators.
        words = " | ".join(terms)
        match = RawSQL(POSTGRESQL_ANY, (words,), output_field=BooleanField())  # noqa: S611
        newest = learning.filter(match).order_by("-id").values_list("id", flat=True)
        ids = list(newest[:candidates])
        if not ids:
            return []
        return _plain_fetch(POSTGRESQL_SIMILAR, [words, ids, limit], [self.HEADLINE_OPTIONS])


BACKENDS = {"sqlite": SQLiteSearch, "postgresql": PostgreSQLSearch}


def backend():
    try:
        return BACKENDS[connection.vendor]()
    except KeyError:
        raise NotImplementedError(
            f"No learning search for the {connection.vendor} engine"
        ) from None


def plain_snippet(learning: Learning) -> str:
    text = " ".join(learning.what_we_found.split())
    if len(text) <= PLAIN_SNIPPET_CHARACTERS:
        return text
    return text[:PLAIN_SNIPPET_CHARACTERS].rsplit(" ", 1)[0] + " …"


def search(
    *,
    organisation,
    query: str = "",
    filters: Filters | None = None,
    page: int = 1,
    page_size: int = PAGE_SIZE,
) -> Results:
    """One page of the records a member of `organisation` may read (None: anyone), matching
    `query` and `filters`: best matches first, or newest first when there are no words."""
    page_size = max(1, min(int(page_size), MAX_PAGE_SIZE))
    terms = terms_of(query)
    # The organisation's system and networks, read once for the rule and the index's keys.
    groups = organisation_groups(organisation) if organisation is not None else None
    visible = (filters or Filters()).apply(Learning.objects.visible_to(organisation, groups=groups))
    related = visible.select_related("organisation").prefetch_related("themes")
    engine = backend() if terms else None
    if isinstance(engine, PostgreSQLSearch):
        engine.reader, engine.reader_groups = organisation, groups
    if engine is None:
        # One past the cap, to know whether there are more.
        counted = visible.order_by().values("id")[: COUNT_CAP + 1].count()
    else:
        # One walk of the newest visible matches gives the count (one past the cap) and the
        # candidates for ranking.
        ids = engine.candidates(
            visible,
            terms,
            filters,
            limit=max(RANK_CANDIDATES, COUNT_CAP + 1),
            public_only=organisation is None,
        )
        counted = len(ids)
    total, more = min(counted, COUNT_CAP), counted > COUNT_CAP
    # A page past the last is the last page (and a huge number never reaches the database).
    page = max(1, min(int(page), -(-total // page_size)))
    offset = (page - 1) * page_size
    if engine is None:
        records = list(related.order_by("-published_at", "-id")[offset : offset + page_size])
        hits = [Hit(learning, plain_snippet(learning)) for learning in records]
        return Results(hits, total, page, page_size, terms, more)
    rows = engine.page(ids[:RANK_CANDIDATES], terms, limit=page_size, offset=offset)
    by_id = related.in_bulk([pk for pk, _, _ in rows])
    # Read through `visible` again, so a record withdrawn meanwhile is never returned.
    hits = [Hit(by_id[pk], snippet, rank) for pk, rank, snippet in rows if pk in by_id]
    return Results(hits, total, page, page_size, terms, more)


# Similar learning ------------------------------------------------------------------------------
# On a new report, the learning from elsewhere most like it (issue 5): the report's telling
# words, any of them found, ranked by the engine. The report's text is identifiable; it is only
# ever a query here, never stored, logged or shown.

SIMILAR_LIMIT = 5
MAX_SIMILAR_TERMS = 12
# A report's words are common ones too, so almost every record holds one of them: only the
# newest visible matches are ranked, as in search (bench/similar_learning.py). "This has
# happened before" shows the most like it among the 20,000 most recent records sharing a word.
SIMILAR_CANDIDATES = 20_000
# Two letters, so that CT, IV, ED and GP count; the common two-letter words are listed below.
MIN_SIMILAR_TERM_LENGTH = 2
# Beyond this, a text says nothing new about what it is like; reading it would only cost time.
MAX_SIMILAR_TEXT = 20_000
# Words in almost every report or record, which would make everything look alike. ts_rank_cd,
# unlike bm25, does not weigh common words down itself, so they are left out here.
COMMON_WORDS = frozenset(
    """about above after again against all also am any because been before being below between
    both can could did do does doing done down during each even every few further had having
    here him how however just more most much must now off once only other out over own same
    should some such still through under until up upon very while who whom why would yet
    able already always another around away back came come found gave get given go going
    got happened made make many may might near next noted one onto per put said saw see seen
    set since take taken told took two way well went whilst within without
    ok us mr mrs ms dr miss
    patient patients person people staff member members nurse nurses doctor doctors team
    ward wards hospital trust care time times day days night week weeks hour hours minute
    minutes morning afternoon evening today yesterday later late early report reported
    incident event unfortunately subsequently approximately""".split()
)


def telling_terms(text: str, *, limit: int = MAX_SIMILAR_TERMS) -> list[str]:
    """The words that say most about `text`, for finding what is like it.

    Left out: stop words, the very common words above, single letters and words holding a
    digit (times, doses, bed numbers, dates say nothing about what kind of thing
    happened). A plural counts with its singular. Then the words used most often come first,
    then the longest (a long word is usually a specific one: 'anticoagulant' says more than
    'dose'), then the earliest. Chosen from the text alone, without asking the index, so the
    same text always gives the same words; bm25 then favours the rarer ones in SQLite."""
    counts: dict[str, int] = {}
    for word in _WORD.findall(str(text or "")[:MAX_SIMILAR_TEXT].lower()):
        word = word[:MAX_TERM_LENGTH]
        if (
            len(word) < MIN_SIMILAR_TERM_LENGTH
            or word in STOP_WORDS
            or word in COMMON_WORDS
            or any(character.isnumeric() for character in word)
        ):
            continue
        counts[word] = counts.get(word, 0) + 1
    for word in list(counts):
        if word.endswith("s") and word[:-1] in counts:
            counts[word[:-1]] += counts.pop(word)
    order = {word: position for position, word in enumerate(counts)}  # first seen first
    ranked = sorted(counts, key=lambda word: (-counts[word], -len(word), order[word]))
    # Through `terms_of` too, so these words are exactly as safe as a typed query's.
    return terms_of(" ".join(ranked[: max(0, limit)]))


def similar(
    *, organisation, text: str, limit: int = SIMILAR_LIMIT, exclude_own: bool = True
) -> list[Hit]:
    """Up to `limit` records most like `text` that a member of `organisation` may read (None:
    anyone), best first, with snippets as `search` gives them. With `exclude_own`, the
    organisation's own records are left out: the point is learning from elsewhere. Any text
    gives a list (empty when it has no telling words); it never raises on what the text holds."""
    limit = max(0, min(int(limit), MAX_PAGE_SIZE))
    terms = telling_terms(text)
    if not terms or not limit:
        return []
    visible = Learning.objects.visible_to(organisation)
    if exclude_own and organisation is not None:
        visible = visible.exclude(organisation=organisation)
    rows = backend().similar(visible, terms, limit=limit, candidates=SIMILAR_CANDIDATES)
    related = visible.select_related("organisation").prefetch_related("themes", "changes")
    by_id = related.in_bulk([pk for pk, _, _ in rows])
    # Read through `visible` again, so a record withdrawn meanwhile is never returned.
    return [Hit(by_id[pk], snippet, rank) for pk, rank, snippet in rows if pk in by_id]


def readable_learning(organisation):
    """The records a member of `organisation` may open (None: anyone), for a record's page."""
    return (
        Learning.objects.visible_to(organisation)
        .select_related("organisation")
        .prefetch_related("themes", "changes")
    )
