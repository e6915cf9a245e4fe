"""Searching the learning exchange: one interface, each database engine's own full-text index.

`search(organisation=..., query=..., filters=..., page=...)` finds what a member of
`organisation` may read (`None`: what anyone may read), ranked, with a highlighted snippet for
each hit. The visibility rule (`Learning.objects.visible_to`) and the filters are one ORM
queryset whose SQL is placed *inside* the full-text query, so ranking, counting and paging only
ever see records the person may read.

- SQLite: an FTS5 table with external content (`sharing_learning_fts`, kept in step by triggers
  made in migration 0002), ranked by bm25(), snippets by snippet().
- PostgreSQL: a stored generated `tsvector` column with a GIN index (migration 0002, 'english'
  configuration), ranked by ts_rank_cd(), snippets by ts_headline().

What people type is never passed to either engine's query syntax: it is cut into words
(`terms_of`), so quotes, stars, AND/OR/NOT, brackets and stray punctuation cannot raise. Every
word must be found (AND), as in a web search engine. Snippets carry `MARK_START`/`MARK_END`
(private-use characters) around matched words: escape the snippet, then turn the marks into
<mark> (`presenters.highlighted`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from django.db import connection
from django.utils.text import slugify

from learnloop.sharing.models import Learning

MARK_START, MARK_END = "\ue000", "\ue001"
PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_TERMS = 16
MAX_TERM_LENGTH = 50
SNIPPET_WORDS = 24
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

    def apply(self, learning):
        if self.theme and (slug := slugify(self.theme)):
            learning = learning.filter(themes__slug=slug)
        exact = {
            "setting_code": self.setting,
            "service_type_code": self.service_type,
            "specialty_code": self.specialty,
            "harm": self.harm,
            "organisation__kind": self.publisher_kind,
            "source_kind": self.source_kind,
        }
        learning = learning.filter(**{name: value for name, value in exact.items() if value})
        if self.published_from:
            learning = learning.filter(published_at__date__gte=self.published_from)
        if self.published_to:
            learning = learning.filter(published_at__date__lte=self.published_to)
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


# `{visible}` is the SQL of the visible, filtered records' ids, compiled by the ORM (its values
# stay parameters): the visibility rule runs inside the full-text query, before ranking and paging.
SQLITE_COUNT = (
    "SELECT count(*) FROM sharing_learning_fts WHERE sharing_learning_fts MATCH %s "
    "AND rowid IN ({visible})"
)
SQLITE_PAGE = (
    "SELECT rowid, bm25(sharing_learning_fts, {weights}) AS rank, "
    "snippet(sharing_learning_fts, -1, %s, %s, '…', %s) "
    "FROM sharing_learning_fts WHERE sharing_learning_fts MATCH %s "
    "AND rowid IN ({visible}) ORDER BY rank, rowid DESC LIMIT %s OFFSET %s"
)
POSTGRESQL_COUNT = (
    "SELECT count(*) FROM sharing_learning "
    "WHERE search_vector @@ plainto_tsquery('english', %s) AND id IN ({visible})"
)
# Headlines are costly: made only for the page's rows, after ranking and paging.
POSTGRESQL_PAGE = (
    "WITH q AS (SELECT plainto_tsquery('english', %s) AS query), "
    "hits AS (SELECT l.id, ts_rank_cd(l.search_vector, q.query) AS rank "
    "FROM sharing_learning l, q WHERE l.search_vector @@ q.query "
    "AND l.id IN ({visible}) ORDER BY rank DESC, l.id DESC LIMIT %s OFFSET %s) "
    "SELECT hits.id, hits.rank, ts_headline('english', "
    "concat_ws(' … ', l.what_happened, l.what_we_found, l.indexed_changes), q.query, %s) "
    "FROM hits JOIN sharing_learning l ON l.id = hits.id, q "
    "ORDER BY hits.rank DESC, hits.id DESC"
)


def _fetch(template: str, learning, before: list, after: list, **parts) -> list[tuple]:
    visible, params = _inner_sql(learning)
    sql = template.format(visible=visible, **parts)
    with connection.cursor() as cursor:
        cursor.execute(sql, [*before, *params, *after])
        return cursor.fetchall()


class SQLiteSearch:
    """FTS5 with external content; bm25 weights favour the title and themes."""

    WEIGHTS = "10.0, 2.0, 5.0, 5.0, 10.0"  # title, what happened, found, changes, themes

    def match(self, terms: list[str]) -> str:
        # Each word quoted: FTS5 reads it as a plain string, whatever it holds.
        return " ".join(f'"{term}"' for term in terms)

    def count(self, learning, terms: list[str]) -> int:
        return _fetch(SQLITE_COUNT, learning, [self.match(terms)], [])[0][0]

    def page(self, learning, terms: list[str], *, limit: int, offset: int) -> list[tuple]:
        rows = _fetch(
            SQLITE_PAGE,
            learning,
            [MARK_START, MARK_END, SNIPPET_WORDS, self.match(terms)],
            [limit, offset],
            weights=self.WEIGHTS,
        )
        # bm25 is lower for better matches; turned round so higher is better everywhere.
        return [(pk, -rank, snippet) for pk, rank, snippet in rows]


class PostgreSQLSearch:
    """The generated tsvector column with a GIN index; ts_rank_cd over its weighted words."""

    HEADLINE_OPTIONS = (
        f'StartSel="{MARK_START}", StopSel="{MARK_END}", MaxWords={SNIPPET_WORDS + 11}, '
        'MinWords=15, MaxFragments=2, FragmentDelimiter=" … "'
    )

    def count(self, learning, terms: list[str]) -> int:
        return _fetch(POSTGRESQL_COUNT, learning, [" ".join(terms)], [])[0][0]

    def page(self, learning, terms: list[str], *, limit: int, offset: int) -> list[tuple]:
        return _fetch(
            POSTGRESQL_PAGE,
            learning,
            [" ".join(terms)],
            [limit, offset, self.HEADLINE_OPTIONS],
        )


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
    visible = (filters or Filters()).apply(Learning.objects.visible_to(organisation))
    related = visible.select_related("organisation").prefetch_related("themes")
    engine = backend() if terms else None
    total = engine.count(visible, terms) if engine else visible.count()
    # A page past the last is the last page (and a huge number never reaches the database).
    page = max(1, min(int(page), -(-total // page_size)))
    offset = (page - 1) * page_size
    if engine is None:
        records = list(related.order_by("-published_at", "-id")[offset : offset + page_size])
        hits = [Hit(learning, plain_snippet(learning)) for learning in records]
        return Results(hits, total, page, page_size, terms)
    rows = engine.page(visible, terms, limit=page_size, offset=offset)
    by_id = related.in_bulk([pk for pk, _, _ in rows])
    # Read through `visible` again, so a record withdrawn meanwhile is never returned.
    hits = [Hit(by_id[pk], snippet, rank) for pk, rank, snippet in rows if pk in by_id]
    return Results(hits, total, page, page_size, terms)


def readable_learning(organisation):
    """The records a member of `organisation` may open (None: anyone), for a record's page."""
    return (
        Learning.objects.visible_to(organisation)
        .select_related("organisation")
        .prefetch_related("themes", "changes")
    )
