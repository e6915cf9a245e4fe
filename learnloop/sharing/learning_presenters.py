"""How learning reads on the page and in the API: highlighted snippets (escaped, with only the
search's marks turned into <mark>), the publisher as the reader may see it, the codes in words."""

from __future__ import annotations

from functools import cached_property
from urllib.parse import urlencode, urlsplit

from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from learnloop.organisations.models import Organisation
from learnloop.reports import lfpse
from learnloop.sharing import search
from learnloop.sharing.models import Learning, LearningChange, SharingLevel
from learnloop.sharing.search import MARK_END, MARK_START, Hit, Results

STRENGTH_COLOURS = {
    LearningChange.Strength.STRONGER: "green",
    LearningChange.Strength.INTERMEDIATE: "blue",
    LearningChange.Strength.WEAKER: "grey",
}


def highlighted(snippet: str) -> SafeString:
    """The snippet escaped, then the search's marks (which no stored text holds) made <mark>."""
    return mark_safe(  # noqa: S308 - escaped first; only our own marks become tags
        escape(snippet).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    )


def plain(snippet: str) -> str:
    return snippet.replace(MARK_START, "").replace(MARK_END, "")


def day(moment) -> str:
    if not moment:
        return ""
    at = timezone.localtime(moment)
    return f"{at.day} {at:%B %Y}"


class LearningPresenter:
    """One record as `organisation` (None: anyone) reads it."""

    def __init__(
        self, learning: Learning, organisation=None, *, public: bool = False, snippet: str = ""
    ):
        self.learning = learning
        self.organisation = organisation
        self.public = public
        self.snippet = snippet

    @property
    def pk(self) -> int:
        return self.learning.pk

    @property
    def title(self) -> str:
        return self.learning.title

    @property
    def url(self) -> str:
        name = "learning:public_detail" if self.public else "learning:detail"
        return reverse(name, kwargs={"pk": self.learning.pk})

    @property
    def snippet_html(self) -> SafeString:
        return highlighted(self.snippet)

    @property
    def is_anonymised(self) -> bool:
        learning = self.learning
        own = self.organisation is not None and self.organisation.pk == learning.organisation_id
        return (
            learning.anonymised_publisher
            and learning.sharing_level >= SharingLevel.NATIONAL
            and not own
        )

    @property
    def publisher(self) -> str:
        publisher = self.learning.organisation
        if not self.is_anonymised:
            return publisher.name
        kind = Organisation.Kind(publisher.kind).label
        kind = "An NHS trust" if publisher.kind == Organisation.Kind.TRUST else f"A {kind.lower()}"
        return f"{kind} in {publisher.region}" if publisher.region else f"{kind} in England"

    @property
    def contact(self) -> str:
        # A named contact would undo the anonymity the publisher asked for.
        return "" if self.is_anonymised else self.learning.contact

    @property
    def published(self) -> str:
        return day(self.learning.published_at)

    @property
    def level(self) -> str:
        return SharingLevel(self.learning.sharing_level).label

    @property
    def themes(self) -> list[str]:
        return [theme.name for theme in self.learning.themes.all()]

    @property
    def harm(self) -> str:
        return self.learning.get_harm_display() if self.learning.harm else ""

    @property
    def source(self) -> str:
        return self.learning.get_source_kind_display()

    @cached_property
    def origin(self) -> OriginPresenter:
        return OriginPresenter(self.learning, self.organisation)

    def changes(self) -> list[dict]:
        return [
            {
                "text": change.text,
                "strength": change.get_strength_display(),
                "colour": STRENGTH_COLOURS[change.strength],
            }
            for change in self.learning.changes.all()
        ]

    def coded(self) -> dict[str, str]:
        learning = self.learning
        return {
            "setting": lfpse.display(lfpse.INCIDENT_LOCATION, learning.setting_code),
            "service_type": lfpse.display(lfpse.SERVICE_TYPE, learning.service_type_code),
            "specialty": lfpse.display(lfpse.SPECIALTY, learning.specialty_code),
        }

    def summary_rows(self) -> list[dict]:
        coded = self.coded()
        rows = [
            ("Published by", self.publisher),
            ("Published", self.published),
            ("Shared with", self.level),
            ("Learned from", self.source),
            ("Setting", coded["setting"]),
            ("Service type", coded["service_type"]),
            ("Specialty", coded["specialty"]),
            ("Harm", self.harm),
            ("Themes", ", ".join(self.themes)),
            ("How to get in touch", self.contact),
        ]
        return [{"key": {"text": key}, "value": {"text": value}} for key, value in rows if value]

    def as_json(self) -> dict:
        coded = self.coded()
        learning = self.learning
        return {
            "id": learning.pk,
            "title": learning.title,
            "snippet": plain(self.snippet),
            "snippet_html": str(self.snippet_html),
            "publisher": self.publisher,
            "published_at": learning.published_at,
            "sharing_level": SharingLevel(learning.sharing_level).name.lower(),
            "source_kind": learning.source_kind,
            "themes": self.themes,
            "setting": {"code": learning.setting_code, "display": coded["setting"]}
            if learning.setting_code
            else None,
            "service_type": {"code": learning.service_type_code, "display": coded["service_type"]}
            if learning.service_type_code
            else None,
            "specialty": {"code": learning.specialty_code, "display": coded["specialty"]}
            if learning.specialty_code
            else None,
            "harm": learning.harm or None,
            "what_happened": learning.what_happened,
            "what_we_found": learning.what_we_found,
            "changes": [
                {"text": change.text, "strength": change.strength}
                for change in learning.changes.all()
            ],
            "contact": self.contact,
            "source_url": learning.source_url,
        }


class SearchPresenter:
    """A page of results with its count and paging links that keep the words and filters."""

    def __init__(self, results: Results, organisation, params: dict, *, public: bool = False):
        self.results = results
        self.hits = [
            LearningPresenter(hit.learning, organisation, public=public, snippet=hit.snippet)
            for hit in results.hits
        ]
        self.params = {k: v for k, v in params.items() if v and k != "page"}

    @property
    def count(self) -> str:
        total = self.results.total
        found = f"{total:,} learning record{'' if total == 1 else 's'} found"
        # Counting stops at a cap (search.COUNT_CAP): beyond it, say so rather than guess.
        return f"More than {found}" if self.results.more else found

    def _page_url(self, number: int) -> str:
        return "?" + urlencode({**self.params, "page": number})

    @property
    def pagination(self) -> dict:
        results = self.results
        return {
            "previousUrl": self._page_url(results.page - 1) if results.has_previous else None,
            "previousPage": f"Page {results.page - 1}" if results.has_previous else None,
            "nextUrl": self._page_url(results.page + 1) if results.has_next else None,
            "nextPage": f"Page {results.page + 1}" if results.has_next else None,
        }

    @property
    def page_text(self) -> str:
        return f"Page {self.results.page} of {self.results.num_pages}"


# Where a record came from --------------------------------------------------------------------

JUDICIARY_HOST = "judiciary.uk"


class OriginPresenter:
    """Who an imported record (a coroner's report) was sent to, and a link to the original."""

    def __init__(self, learning: Learning, organisation=None):
        self.learning = learning
        self.organisation = organisation

    @cached_property
    def addressees(self) -> list[dict]:
        """Each addressee as written; a linked one with its name as learnloop knows it."""
        reader = self.organisation.pk if self.organisation is not None else None
        return [
            {
                "name": addressee.name,
                "known_as": addressee.organisation.name if addressee.organisation else "",
                "is_reader": reader is not None and addressee.organisation_id == reader,
            }
            for addressee in self.learning.addressees.select_related("organisation")
        ]

    @property
    def is_coroners_report(self) -> bool:
        return self.learning.source_kind == Learning.SourceKind.PFD

    @property
    def source_url(self) -> str:
        # Imported addresses are not checked on the way in: only a web address becomes a link.
        url = self.learning.source_url
        return url if urlsplit(url).scheme in ("http", "https") else ""

    @property
    def is_judiciary(self) -> bool:
        host = (urlsplit(self.source_url).hostname or "").lower()
        return host == JUDICIARY_HOST or host.endswith("." + JUDICIARY_HOST)

    @property
    def source_link_text(self) -> str:
        if self.is_judiciary:
            return "Read the coroner's report on the Courts and Tribunals Judiciary website"
        return "Read the original report"


# This has happened before ------------------------------------------------------------------------

# Strongest first, as the action hierarchy grades them.
STRENGTH_ORDER = [
    LearningChange.Strength.STRONGER,
    LearningChange.Strength.INTERMEDIATE,
    LearningChange.Strength.WEAKER,
]


class SimilarRecordPresenter(LearningPresenter):
    def strongest_change(self) -> dict | None:
        """The change highest on the action hierarchy (the first written, between equals)."""
        changes = sorted(
            self.learning.changes.all(),
            key=lambda change: (STRENGTH_ORDER.index(change.strength), change.position, change.pk),
        )
        if not changes:
            return None
        change = changes[0]
        return {
            "text": change.text,
            "strength": change.get_strength_display(),
            "colour": STRENGTH_COLOURS[change.strength],
        }


class SimilarLearningPresenter:
    """'This has happened before': the records from elsewhere most like a report, as the
    reader's organisation may see them (an anonymised publisher stays anonymised)."""

    def __init__(self, hits: list[Hit], organisation):
        self.records = [
            SimilarRecordPresenter(hit.learning, organisation, snippet=hit.snippet) for hit in hits
        ]


def report_text(report) -> str:
    """What a report says it is about: its description, a death's certified cause and its
    coded categories in words. Identifiable; used only as a query, on the server."""
    death = getattr(report, "death", None)
    parts = [
        report.what_happened,
        death.cause_of_death if death is not None else "",
        lfpse.display(lfpse.INCIDENT_LOCATION, report.location_code),
        lfpse.display(lfpse.SPECIALTY, report.specialty_code),
        lfpse.display(lfpse.SERVICE_TYPE, report.service_type_code),
        lfpse.display(lfpse.NEVER_EVENT_TYPE, report.never_event_code),
    ]
    return "\n".join(part for part in parts if part)


def similar_to_report(report, organisation) -> SimilarLearningPresenter:
    """The learning from other organisations most like `report`, for its triage page."""
    hits = search.similar(organisation=organisation, text=report_text(report))
    return SimilarLearningPresenter(hits, organisation)
