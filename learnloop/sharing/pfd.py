"""Prevention of Future Deaths reports as national learning (issue 5).

A coroner's report is already public (the judiciary publishes it), so an imported report
becomes a published `Learning` at public level at once, without the redaction reviews that
guard an organisation's own words. Its title is built from the coroner area and the date only,
never from the deceased's name. Columns: id, url, date (ISO), coroner, area, receiver
(';'-separated), category (' | '-separated), deceased_name, investigation, circumstances,
concerns. A record is known by its URL, so importing a file again changes nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from learnloop.core.audit import Auditor
from learnloop.organisations.models import Organisation
from learnloop.sharing.learning_services import clean_text, themes_from_names
from learnloop.sharing.models import (
    Learning,
    LearningAddressee,
    LearningTheme,
    SharingLevel,
    slugs_line,
)

BATCH_SIZE = 200
# How alike two normalised names must be (difflib ratio) to link an addressee.
MATCH_CUTOFF = 0.9
PUBLISHER_PREFIX = "Coroner for "


@dataclass(frozen=True)
class PfdRow:
    row_number: int  # 1 is the first row after the header
    url: str
    date: dt.date
    area: str
    receivers: list[str]
    categories: list[str]
    circumstances: str
    concerns: str

    @property
    def title(self) -> str:
        return f"Prevention of Future Deaths report: {self.area}, {self.date.day} {self.date:%B %Y}"


@dataclass(frozen=True)
class BadRow:
    row_number: int
    reasons: list[str]

    def __str__(self) -> str:
        return f"Row {self.row_number}: {'; '.join(self.reasons)}"


@dataclass
class Result:
    rows: int = 0
    created: int = 0
    unchanged: int = 0
    bad: list[BadRow] = field(default_factory=list)
    linked_addressees: int = 0


def read_rows(lines: Iterable[str]) -> Iterator[PfdRow | BadRow]:
    """Each row, checked: a `PfdRow`, or a `BadRow` with every reason."""
    for number, raw in enumerate(csv.DictReader(lines), start=1):
        reasons = []
        url = (raw.get("url") or "").strip()
        if not url:
            reasons.append("no url")
        elif len(url) > Learning._meta.get_field("source_url").max_length:
            reasons.append("url longer than 500 characters")
        date = None
        try:
            date = dt.date.fromisoformat((raw.get("date") or "").strip())
        except ValueError:
            reasons.append(f"date {raw.get('date')!r} is not YYYY-MM-DD")
        else:
            # Publication is stamped from it; a report cannot come from the future.
            if date > timezone.localdate():
                reasons.append(f"date {date.isoformat()} is after today")
        circumstances = clean_text(raw.get("circumstances"))
        concerns = clean_text(raw.get("concerns"))
        if not circumstances and not concerns:
            reasons.append("no concerns and no circumstances")
        if reasons:
            yield BadRow(number, reasons)
            continue
        yield PfdRow(
            row_number=number,
            url=url,
            date=date,
            area=" ".join((raw.get("area") or "").split()) or "Unknown coroner area",
            receivers=_split(raw.get("receiver"), ";"),
            categories=_split(raw.get("category"), "|"),
            circumstances=circumstances or "Not given in the report.",
            concerns=concerns or "Not given in the report.",
        )


def _split(text: str | None, separator: str) -> list[str]:
    return [part for part in (" ".join(p.split()) for p in (text or "").split(separator)) if part]


# Matching addressees to organisations -------------------------------------------------------

_WORDS_DROPPED = {"nhs", "foundation", "trust", "ft", "the", "of"}


def normalised_name(name: str) -> str:
    """Lower case, '&' as 'and', punctuation, list numbers and the words NHS, Foundation,
    Trust, FT, the, of dropped, so 'The Example NHS Foundation Trust' and 'example trust'
    compare equal."""
    text = name.lower().replace("&", " and ")
    words = re.sub(r"[^\w\s]", " ", text).split()
    # List numbering ("1.") is not part of a name.
    return " ".join(w for w in words if w not in _WORDS_DROPPED and not w.isdigit())


class OrganisationMatcher:
    """Finds the known organisation an addressee names, exactly after normalising or closely."""

    def __init__(self, organisations: Iterable[Organisation]):
        self.by_name: dict[str, Organisation] = {}
        for organisation in organisations:
            key = normalised_name(organisation.name)
            if key:
                self.by_name.setdefault(key, organisation)

    def match(self, name: str) -> Organisation | None:
        key = normalised_name(name)
        if not key:
            return None
        if key in self.by_name:
            return self.by_name[key]
        # Close matches only among names with the same first word (usually the place), so a
        # typo matches but "Essex ..." never becomes "Sussex ...".
        first = key.split()[0]
        candidates = [known for known in self.by_name if known.split()[0] == first]
        close = difflib.get_close_matches(key, candidates, n=1, cutoff=MATCH_CUTOFF)
        return self.by_name[close[0]] if close else None


# Storing ------------------------------------------------------------------------------------


def publisher_for(area: str) -> Organisation:
    """One public body per coroner area, made the first time the area is seen."""
    name = f"{PUBLISHER_PREFIX}{area}"[:200]
    organisation = Organisation.objects.filter(
        name=name, kind=Organisation.Kind.PUBLIC_BODY
    ).first()
    return organisation or Organisation.objects.create(
        name=name, kind=Organisation.Kind.PUBLIC_BODY
    )


def import_row(*, row: PfdRow, matcher: OrganisationMatcher, by: Auditor) -> Learning | None:
    """Store one report as published public learning; None when its URL is known already."""
    if Learning.objects.filter(source_url=row.url).exists():
        return None
    publisher = publisher_for(row.area)
    themes = themes_from_names(row.categories)
    learning = Learning.objects.create(
        organisation=publisher,
        title=row.title[:200],
        what_happened=row.circumstances,
        what_we_found=row.concerns,
        sharing_level=SharingLevel.PUBLIC,
        status=Learning.Status.PUBLISHED,
        published_at=timezone.make_aware(dt.datetime.combine(row.date, dt.time(12))),
        source_kind=Learning.SourceKind.PFD,
        source_url=row.url,
        indexed_themes="\n".join(name for name, _ in themes),
        indexed_theme_slugs=slugs_line(slug for _, slug in themes),
    )
    LearningTheme.objects.bulk_create(
        LearningTheme(learning=learning, name=name, slug=slug) for name, slug in themes
    )
    addressees = [
        LearningAddressee(
            learning=learning, name=name[:300], organisation=matcher.match(name), position=n
        )
        for n, name in enumerate(row.receivers)
    ]
    LearningAddressee.objects.bulk_create(addressees)
    by.audit_create(
        learning,
        organisation=publisher,
        summary=f"Imported Prevention of Future Deaths report as public learning {learning.pk}",
        changes={
            "source_kind": learning.source_kind,
            "themes": len(themes),
            "addressees": len(addressees),
            "linked_addressees": sum(1 for a in addressees if a.organisation_id),
        },
    )
    return learning


def import_reports(
    *,
    lines: Iterable[str],
    by: Auditor,
    batch_size: int = BATCH_SIZE,
    on_problem: Callable[[BadRow], None] = lambda bad: None,
    on_progress: Callable[[int], None] = lambda rows: None,
) -> Result:
    """Import every good row, in transactions of `batch_size` rows; bad rows are reported and
    skipped. A batch that fails is rolled back whole; importing again carries on (by URL)."""
    result = Result()
    # The coroners' own publishers are not addressees.
    matcher = OrganisationMatcher(
        Organisation.objects.exclude(
            name__startswith=PUBLISHER_PREFIX, kind=Organisation.Kind.PUBLIC_BODY
        )
    )
    batch: list[PfdRow] = []

    def store():
        with transaction.atomic():
            for row in batch:
                learning = import_row(row=row, matcher=matcher, by=by)
                if learning is None:
                    result.unchanged += 1
                else:
                    result.created += 1
                    result.linked_addressees += learning.addressees.exclude(
                        organisation=None
                    ).count()
        batch.clear()
        on_progress(result.rows)

    for item in read_rows(lines):
        result.rows += 1
        if isinstance(item, BadRow):
            result.bad.append(item)
            on_problem(item)
            continue
        batch.append(item)
        if len(batch) >= batch_size:
            store()
    if batch:
        store()
    return result
