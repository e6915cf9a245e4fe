"""Writes for the person in the de-identification loop: start a review, confirm it, and the
organisation terms its reviewers' decisions teach.

Atomic, keyword-only, `by` says who acted, and the audit log is written. A bad request raises a
ValidationError before anything is written. Audit entries never carry a term's or a text's
words: the trail is append-only, and what a reviewer redacts is usually someone's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.utils import timezone

from learnloop.core.audit import Auditor
from learnloop.reports import services as report_services
from learnloop.sharing.deidentify import LABELS, Span, Terms, deidentify
from learnloop.sharing.models import OrganisationTerm, RedactionReview

MAX_TEXT_LENGTH = 50_000
TERM_MAX_LENGTH = OrganisationTerm._meta.get_field("term").max_length
# Shorter terms would match inside too much ordinary writing to be worth remembering.
TERM_MIN_LENGTH = 2

# Where a proposed span came from: the record (certain), an organisation term, or a guess.
FROM_RECORD, FROM_TERM, GUESSED = "record", "term", "guess"

_WORD = re.compile(r"[\w'’.-]+|[^\w\s]+")
# Capitalised words in a free-text field that are not part of anyone's name.
_NOT_NAME_WORDS = frozenset(
    """
    the a an and his her their our patient patients family relative relatives next kin daughter
    son wife husband partner mother father brother carer friend ward team staff unit bay
    """.split()
)


def normalised_term(text: str) -> str:
    return " ".join(text.split())


def normalised_text(text: str) -> str:
    """Line endings as a browser's page holds them (CR LF becomes LF in the DOM), so offsets
    chosen on the page are offsets into the stored text."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def organisation_terms(organisation) -> Terms:
    """The organisation's terms, as the engine takes them."""
    terms = list(organisation.deidentification_terms.values_list("term", "action", "label"))
    return Terms.of(
        redact=[(term, label) for term, action, label in terms if action == "redact"],
        keep=[term for term, action, _ in terms if action == "keep"],
    )


# Known identifiers -----------------------------------------------------------------------------


def _names_in(free_text: str) -> list[str]:
    """Names written in a free-text field ("Dr Amir Khan, consultant; HCA Tom Smith"): runs of
    two to four capitalised words that are not role acronyms (HCA, FY1) or words such as "The
    Patient's Daughter", so that an ordinary word never becomes a name to find everywhere."""
    names, run = [], []
    for word in [*_WORD.findall(free_text or ""), ""]:
        plain = re.sub(r"['’]s?$", "", word).lower()
        is_name_word = (
            word[:1].isupper() and word[:1].isalpha()
            and not (word.isupper() and len(word) > 1)
            and plain not in _NOT_NAME_WORDS
        )  # fmt: skip
        if is_name_word:
            run.append(word)
            continue
        if 2 <= len(run) <= 4:
            names.append(" ".join(run))
        run = []
    return names


def known_identifiers(*, report, by: Auditor) -> dict:
    """What the record knows about the people in a report, for the engine (never stored).

    The patient's details are read through `patient_details_for`, which audits the read. Staff
    and relatives are the names the models hold on the case: the people involved as the report
    names them, the reporter (unless anonymous), whoever triaged it, whoever told the family
    under the duty of candour and whom they told, and relatives invited to follow it."""
    known: dict = {"names": []}
    names = known["names"]
    details = report_services.patient_details_for(report=report, by=by, via="de-identification")
    if details is not None:
        if details.name:
            names.append(details.name)
        if details.nhs_number:
            known["nhs_number"] = details.nhs_number
        if details.date_of_birth:
            known["date_of_birth"] = details.date_of_birth.isoformat()
        if details.hospital_number:
            known["hospital_number"] = details.hospital_number
        # PatientDetails holds no address yet; when it does, the engine gets it.
        if address := getattr(details, "address", ""):
            known["address"] = address
    if report.reporter_id and not report.reported_anonymously:
        names.append(report.reporter.full_name)
    names += _names_in(report.people_involved)
    names += [
        d.decided_by.full_name
        for d in report.triage_decisions.select_related("decided_by")
        if d.decided_by
    ]
    candour = getattr(report, "candour", None)
    if candour is not None:
        names += _names_in(candour.told_by) + _names_in(candour.told_whom)
    organisation = report.organisation
    names += organisation.invitations.filter(
        kind="family", case_reference=report.reference
    ).values_list("full_name", flat=True)
    names += organisation.memberships.filter(
        case_access__case_reference=report.reference
    ).values_list("user__full_name", flat=True)
    known["names"] = sorted({normalised_term(name) for name in names if name and name.strip()})
    return known


# Starting a review -----------------------------------------------------------------------------


def _sources(text: str, spans: list[Span], known: dict | None, terms: Terms) -> list[str]:
    """For each span: from the record, from an organisation term, or guessed.

    Keep terms drop guesses and never what the record or a redact term names, so the spans
    still found when every proposed span's words are a keep term are the certain ones."""
    words = [text[s.start : s.end] for s in spans]
    certain_terms = Terms.of(redact=terms.redact, keep=[*terms.keep, *words])
    certain = deidentify(text, known, terms=certain_terms).spans
    redact_terms = {term.lower() for term, _ in terms.redact}
    sources = []
    for span, word in zip(spans, words, strict=True):
        if not any(c.start < span.end and span.start < c.end for c in certain):
            sources.append(GUESSED)
        elif normalised_term(word).lower() in redact_terms:
            sources.append(FROM_TERM)
        else:
            sources.append(FROM_RECORD)
    return sources


@transaction.atomic
def review_start(
    *, organisation, text: str, purpose: str, report=None, by: Auditor
) -> RedactionReview:
    """Run the engine over `text` (with what `report` knows, and the organisation's terms) and
    keep its proposal for a person to review."""
    text = normalised_text(text)
    purpose = " ".join(purpose.split())
    errors = {}
    if not text.strip():
        errors["text"] = "Enter the text to de-identify"
    elif len(text) > MAX_TEXT_LENGTH:
        errors["text"] = f"The text must be {MAX_TEXT_LENGTH:,} characters or fewer"
    if not purpose:
        errors["purpose"] = "Say what the text is for"
    elif len(purpose) > RedactionReview._meta.get_field("purpose").max_length:
        errors["purpose"] = "Say what the text is for in 200 characters or fewer"
    if report is not None and report.organisation_id != organisation.pk:
        errors["report"] = "The report belongs to another organisation"
    if errors:
        raise ValidationError(errors)

    known = known_identifiers(report=report, by=by) if report is not None else None
    terms = organisation_terms(organisation)
    spans = deidentify(text, known, terms=terms).spans
    sources = _sources(text, spans, known, terms)
    review = RedactionReview.objects.create(
        organisation=organisation,
        purpose=purpose,
        report=report,
        original_text=text,
        proposed_spans=[
            {"start": s.start, "end": s.end, "label": s.label, "source": source}
            for s, source in zip(spans, sources, strict=True)
        ],
        started_by=by.actor,
    )
    by.audit_create(
        review,
        organisation=organisation,
        summary=f"Started redaction review {review.pk}"
        + (f" of report {report.reference}" if report is not None else ""),
        changes={"proposed": len(spans), "labels": _label_counts(spans)},
    )
    return review


def review_start_from_report(*, report, by: Auditor) -> RedactionReview:
    """A review of what a report says happened, with the record's known identifiers."""
    return review_start(
        organisation=report.organisation,
        text=report.what_happened,
        purpose=f"Report {report.reference}: what happened",
        report=report,
        by=by,
    )


def _label_counts(spans: Iterable[Span]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for span in spans:
        counts[span.label] = counts.get(span.label, 0) + 1
    return dict(sorted(counts.items()))


# Confirming a review ---------------------------------------------------------------------------


@dataclass
class Confirmation:
    review: RedactionReview
    learned: list[OrganisationTerm] = field(default_factory=list)
    # Plain-English notes for the reviewer: what was not remembered, and why.
    notes: list[str] = field(default_factory=list)


def _as_pair(value) -> tuple[int, int]:
    start, end = (value.start, value.end) if isinstance(value, Span) else value
    return int(start), int(end)


def _check_decisions(review, removed, added) -> tuple[set[tuple[int, int]], list[Span]]:
    text = review.original_text
    proposed = {(s.start, s.end) for s in review.proposed}
    problems = []
    removed_pairs = set()
    for value in removed:
        try:
            pair = _as_pair(value)
        except (TypeError, ValueError):
            problems.append(f"{value!r} is not a redaction's start and end")
            continue
        if pair not in proposed:
            problems.append(f"There is no proposed redaction from {pair[0]} to {pair[1]} to remove")
        removed_pairs.add(pair)
    added_spans = []
    for number, value in enumerate(added, start=1):
        try:
            start, end, label = value
            start, end = int(start), int(end)
        except (TypeError, ValueError):
            problems.append(f"Added redaction {number} is not a start, an end and a label")
            continue
        where = f"Added redaction {number} ({start} to {end})"
        if not isinstance(label, str) or label not in LABELS:
            problems.append(
                f"{where} has an unknown label {label!r}: use one of {', '.join(sorted(LABELS))}"
            )
        elif not 0 <= start < end <= len(text):
            problems.append(
                f"{where} must start before it ends and lie within the text (0 to {len(text)})"
            )
        elif not text[start:end].strip():
            problems.append(f"{where} covers only spaces")
        else:
            added_spans.append(Span(start, end, label))
    ordered = sorted(added_spans)
    for before, after in zip(ordered, ordered[1:], strict=False):
        if after.start < before.end:
            problems.append(
                f"The added redactions {before.start} to {before.end} and "
                f"{after.start} to {after.end} overlap"
            )
    if problems:
        raise ValidationError(problems)
    return removed_pairs, ordered


@transaction.atomic
def review_confirm(
    *, review: RedactionReview, removed: Iterable = (), added: Iterable = (), by: Auditor
) -> Confirmation:
    """Confirm a review with the reviewer's decisions: `removed`, proposed spans that do not
    identify anyone, as (start, end) or Span; `added`, spans the engine missed, as (start, end,
    label). An added span replaces any proposed span it overlaps.

    Each removed span's words become a `keep` term and each added span's words a `redact` term,
    unless that would un-redact what the record or an always-redact term names (the notes say
    so). Nothing is written when a decision is invalid. `review` is updated in place."""
    given = review
    review = RedactionReview.objects.select_for_update().get(pk=review.pk)
    if review.is_confirmed:
        raise ValidationError(
            "This review has been confirmed already; start a new one to change it"
        )
    removed, added = _check_decisions(review, list(removed), list(added))

    kept = [
        span
        for span in review.proposed
        if (span.start, span.end) not in removed
        and not any(a.start < span.end and span.start < a.end for a in added)
    ]
    confirmed = sorted([*kept, *added])
    review.confirmed_spans = [{"start": s.start, "end": s.end, "label": s.label} for s in confirmed]
    review.status = RedactionReview.Status.CONFIRMED
    review.reviewer = by.actor
    review.confirmed_at = timezone.now()
    review.save()
    by.audit_update(
        review,
        organisation=review.organisation,
        summary=f"Confirmed redaction review {review.pk}: {len(confirmed)} redactions, "
        f"{len(removed)} removed, {len(added)} added",
        changes={"removed": len(removed), "added": len(added), "labels": _label_counts(confirmed)},
    )

    outcome = Confirmation(review)
    text = review.original_text
    sources = {(s["start"], s["end"]): s.get("source", GUESSED) for s in review.proposed_spans}
    for start, end in sorted(removed):
        words = normalised_term(text[start:end])
        if sources[(start, end)] == FROM_RECORD:
            outcome.notes.append(
                f"“{words}” is known from the record, so it is shown in this text only and "
                "not remembered as a term to keep."
            )
            continue
        _learn(outcome, words=words, action=OrganisationTerm.Action.KEEP, label="", by=by)
    for span in added:
        words = normalised_term(text[span.start : span.end])
        _learn(outcome, words=words, action=OrganisationTerm.Action.REDACT, label=span.label, by=by)
    given.refresh_from_db()
    outcome.review = given
    return outcome


def _learn(outcome: Confirmation, *, words: str, action: str, label: str, by: Auditor) -> None:
    review = outcome.review
    organisation = review.organisation
    if not TERM_MIN_LENGTH <= len(words) <= TERM_MAX_LENGTH:
        outcome.notes.append(
            f"“{words[:60]}” is too {'short' if len(words) < TERM_MIN_LENGTH else 'long'} "
            "to remember as a term; it applies to this text only."
        )
        return
    existing = (
        organisation.deidentification_terms.annotate(lowered=Lower("term"))
        .filter(lowered=words.lower())
        .select_for_update()
        .first()
    )
    if existing is None:
        try:
            with transaction.atomic():
                term = OrganisationTerm.objects.create(
                    organisation=organisation, term=words, action=action, label=label,
                    added_by=by.actor, review=review,
                )  # fmt: skip
        except IntegrityError:
            # Another reviewer taught the same words a moment ago: theirs stands.
            outcome.notes.append(f"“{words}” was added to your organisation's terms meanwhile.")
            return
        by.audit_create(
            term,
            organisation=organisation,
            summary=f"Learned an {term.get_action_display().lower()} term"
            + (f" ({label})" if label else "")
            + f" from redaction review {review.pk}",
            changes={"action": action, "label": label, "review": review.pk},
        )
        outcome.learned.append(term)
        return
    if existing.action == action:
        return  # remembered already
    if action == OrganisationTerm.Action.KEEP:
        # Learning never makes the engine redact less than something certain says: a person
        # who may manage the terms takes a term off the always-redact list.
        outcome.notes.append(
            f"“{words}” is on your organisation's always-redact list, so it is shown in this "
            "text only. A patient safety lead can take it off the list."
        )
        return
    existing.action, existing.label = action, label
    existing.added_by, existing.review = by.actor, review
    existing.save()
    by.audit_update(
        existing,
        organisation=organisation,
        summary=f"Moved a term from always keep to always redact ({label}) "
        f"in redaction review {review.pk}",
        changes={"action": {"from": "keep", "to": "redact"}, "label": label, "review": review.pk},
    )
    outcome.learned.append(existing)
    outcome.notes.append(f"“{words}” was on the always-keep list; it is now always redacted.")


def review_second_pass(
    *, review: RedactionReview, by: Auditor, known: dict | None = None
) -> list[Span]:
    """What the engine still finds in a confirmed review's redacted text, with the record's
    identifiers and the organisation's terms as they are now (offsets into the redacted text).
    Empty when the second pass finds nothing new, as the sharing policy asks (issue 5)."""
    if known is None and review.report_id is not None:
        known = known_identifiers(report=review.report, by=by)
    text = review.redacted_text
    spans = deidentify(text, known, terms=organisation_terms(review.organisation)).spans
    # A placeholder is not an identifier, even when a known name is spelt like one (a member
    # of staff called Person, a surname Date): "[PERSON]" must not count as something new.
    placeholders = [m.span() for m in _PLACEHOLDER.finditer(text)]
    return [
        span
        for span in spans
        if not any(start <= span.start and span.end <= end for start, end in placeholders)
    ]


_PLACEHOLDER = re.compile(r"\[(?:" + "|".join(sorted(LABELS)) + r")\]")


# Managing terms ----------------------------------------------------------------------------------


@transaction.atomic
def term_delete(*, term: OrganisationTerm, by: Auditor) -> None:
    """Forget a term: the engine goes back to its own judgement about those words."""
    by.audit_delete(
        term,
        organisation=term.organisation,
        summary=f"Deleted an {term.get_action_display().lower()} term",
        changes={"action": term.action, "label": term.label},
    )
    term.delete()
