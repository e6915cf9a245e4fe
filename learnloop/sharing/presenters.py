"""How a redaction review reads on the page: the text cut into plain pieces and highlighted
redactions, each redaction's words, label and where it came from, and the preview of what will
be shared. Pending decisions (not yet confirmed) are applied here, so the page shows them
without JavaScript."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from learnloop.sharing.deidentify import LABEL_PRIORITY, Span, redact
from learnloop.sharing.services import FROM_RECORD, FROM_TERM, GUESSED

LABEL_NAMES = {
    "PERSON": "Person",
    "NHS_NUMBER": "NHS number",
    "HOSPITAL_NUMBER": "Hospital number",
    "DATE": "Date",
    "AGE": "Age over 89",
    "ADDRESS": "Address",
    "POSTCODE": "Postcode",
    "PHONE": "Phone number",
    "EMAIL": "Email address",
    "URL": "Web address",
    "ID": "Reference number",
    "LOCATION": "Place",
    "ORGANISATION": "Organisation",
}
SOURCE_TEXT = {
    FROM_RECORD: "known from the record",
    FROM_TERM: "on your organisation's always-redact list",
    GUESSED: "found by learnloop",
    "added": "added by you",
}


def label_name(label: str) -> str:
    # Labels the engine gains later still read sensibly before they are named here.
    return LABEL_NAMES.get(label, label.replace("_", " ").capitalize())


def label_choices() -> list[tuple[str, str]]:
    return [(label, label_name(label)) for label in LABEL_PRIORITY]


def person(user) -> str:
    return (user.full_name or user.email) if user else "Unknown"


def when(moment) -> str:
    if not moment:
        return ""
    at = timezone.localtime(moment)
    return f"{at.day} {at:%B %Y} at {at:%H:%M}"


@dataclass
class Decisions:
    """A reviewer's decisions so far: proposed spans they keep as text (by start and end), and
    spans they add."""

    removed: set[tuple[int, int]] = field(default_factory=set)
    added: list[Span] = field(default_factory=list)

    def adding(self, span: Span) -> Decisions:
        # The latest choice wins over an earlier addition it overlaps.
        others = [a for a in self.added if a.end <= span.start or a.start >= span.end]
        return Decisions(set(self.removed), sorted([*others, span]))


@dataclass(frozen=True)
class Redaction:
    number: int
    start: int
    end: int
    label: str
    words: str
    source: str
    kept: bool = False  # the reviewer said: not identifying, keep the words

    @property
    def key(self) -> str:
        return f"{self.start}-{self.end}"

    @property
    def label_name(self) -> str:
        return label_name(self.label)

    @property
    def source_text(self) -> str:
        return SOURCE_TEXT.get(self.source, self.source)

    @property
    def added(self) -> bool:
        return self.source == "added"

    @property
    def added_value(self) -> str:
        return f"{self.start}-{self.end}-{self.label}"

    @property
    def keep_label_html(self) -> str:
        # The same visible words on every checkbox, told apart for screen readers and voice.
        return format_html(
            'Not identifying: keep this<span class="nhsuk-u-visually-hidden"> (redaction {})</span>',
            self.number,
        )

    @property
    def hint(self) -> str:
        return f"“{self.words}”, {self.label_name.lower()}, {self.source_text}"


@dataclass(frozen=True)
class Piece:
    """A run of the text: plain, or one redaction's words."""

    start: int
    text: str
    redaction: Redaction | None = None


def pieces_of(text: str, redactions: list[Redaction]) -> list[Piece]:
    pieces, position = [], 0
    for redaction in redactions:
        if redaction.start > position:
            pieces.append(Piece(position, text[position : redaction.start]))
        pieces.append(Piece(redaction.start, redaction.words, redaction))
        position = redaction.end
    if position < len(text):
        pieces.append(Piece(position, text[position:]))
    return pieces


class ReviewPresenter:
    def __init__(self, review, decisions: Decisions | None = None):
        self.review = review
        self.decisions = decisions or Decisions()

    @property
    def pk(self) -> int:
        return self.review.pk

    @property
    def purpose(self) -> str:
        return self.review.purpose

    @property
    def url(self) -> str:
        return reverse("sharing:review", kwargs={"pk": self.review.pk})

    @property
    def report_reference(self) -> str:
        return self.review.report.reference if self.review.report_id else ""

    @property
    def status(self) -> str:
        return self.review.get_status_display()

    @property
    def status_colour(self) -> str:
        return "green" if self.review.is_confirmed else "yellow"

    @property
    def started(self) -> str:
        return f"{when(self.review.created_at)} by {person(self.review.started_by)}"

    # The review screen -----------------------------------------------------------------------

    def redactions(self) -> list[Redaction]:
        """Every redaction in the order of the text: proposed ones (unless an addition replaced
        them), marked kept when the reviewer said so, and the reviewer's additions."""
        text = self.review.original_text
        added = self.decisions.added
        spans = [
            (span, source)
            for span, source in (
                (Span(s["start"], s["end"], s["label"]), s.get("source", GUESSED))
                for s in self.review.proposed_spans
            )
            if not any(a.start < span.end and span.start < a.end for a in added)
        ] + [(span, "added") for span in added]
        spans.sort(key=lambda pair: pair[0])
        return [
            Redaction(
                number=number,
                start=span.start,
                end=span.end,
                label=span.label,
                words=text[span.start : span.end],
                source=source,
                kept=(span.start, span.end) in self.decisions.removed,
            )
            for number, (span, source) in enumerate(spans, start=1)
        ]

    def pieces(self) -> list[Piece]:
        return pieces_of(self.review.original_text, self.redactions())

    def preview(self) -> str:
        spans = [Span(r.start, r.end, r.label) for r in self.redactions() if not r.kept]
        return redact(self.review.original_text, spans)

    def counts(self) -> str:
        redactions = self.redactions()
        proposed = sum(not r.added for r in redactions)
        return (
            f"learnloop proposes {proposed} redaction{'s' if proposed != 1 else ''}."
            if proposed
            else "learnloop found nothing to redact."
        )

    # A confirmed review ------------------------------------------------------------------------

    def redacted_text(self) -> str:
        return self.review.redacted_text

    def summary_rows(self) -> list[dict]:
        review = self.review
        rows = [{"key": {"text": "What it is for"}, "value": {"text": review.purpose}}]
        if review.report_id:
            href = reverse("reports:detail", kwargs={"reference": review.report.reference})
            rows.append(
                {
                    "key": {"text": "From report"},
                    "value": {
                        "html": format_html('<a href="{}">{}</a>', href, review.report.reference)
                    },
                }
            )
        rows.append({"key": {"text": "Started"}, "value": {"text": self.started}})
        if review.is_confirmed:
            proposed, confirmed = len(review.proposed_spans), len(review.confirmed_spans or [])
            rows += [
                {
                    "key": {"text": "Confirmed"},
                    "value": {"text": f"{when(review.confirmed_at)} by {person(review.reviewer)}"},
                },
                {
                    "key": {"text": "Redactions"},
                    "value": {"text": f"{confirmed} confirmed ({proposed} proposed by learnloop)"},
                },
            ]
        return rows


@dataclass
class TermPresenter:
    term: object

    @property
    def pk(self) -> int:
        return self.term.pk

    @property
    def words(self) -> str:
        return self.term.term

    @property
    def label_name(self) -> str:
        return label_name(self.term.label) if self.term.label else ""

    @property
    def added(self) -> str:
        return f"{when(self.term.created_at)} by {person(self.term.added_by)}"

    @property
    def delete_html(self) -> str:
        return format_html('Delete<span class="nhsuk-u-visually-hidden"> “{}”</span>', self.words)

    @property
    def review_url(self) -> str:
        return (
            reverse("sharing:review", kwargs={"pk": self.term.review_id})
            if self.term.review_id
            else ""
        )
