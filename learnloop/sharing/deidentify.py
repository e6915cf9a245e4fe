"""The de-identification engine: finds identifiers in a narrative and replaces each with its label.

Plain Python (no Django), deterministic, regular expressions and shipped word lists only, no
downloaded model. ``deidentify(text, known=...)`` returns the redacted text and the spans found,
each with offsets into the input, sorted and never overlapping.

Two kinds of detector run over the text:
- pattern detectors for UK identifiers anyone could recognise (NHS numbers that pass the
  modulus 11 check, postcodes, phone numbers, e-mail addresses, URLs, dates, ages over 89,
  hospital numbers);
- record-aware detectors built from what the record already knows (``known``): the patient's and
  other people's names with their variants, NHS number, date of birth, hospital number, address.

When two candidates overlap, the longer wins, then the label with the higher priority, then the
earlier one; so the result never depends on the order the detectors ran in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from learnloop.reports.nhs_number import check_digit

# Labels in the order they win a tie between overlapping spans of the same length.
LABEL_PRIORITY = (
    "NHS_NUMBER",
    "HOSPITAL_NUMBER",
    "EMAIL",
    "URL",
    "PHONE",
    "POSTCODE",
    "ADDRESS",
    "DATE",
    "AGE",
    "PERSON",
)
_RANK = {label: rank for rank, label in enumerate(LABEL_PRIORITY)}

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True, order=True, slots=True)
class Span:
    """An identifier found in the input: ``text[start:end]``, to be replaced by ``[label]``."""

    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Result:
    text: str
    spans: list[Span]


# ---------------------------------------------------------------------------------------------
# Pattern detectors
# ---------------------------------------------------------------------------------------------

_NOT_WORD_BEFORE = r"(?<![\w])"
_NOT_WORD_AFTER = r"(?![\w])"

_NHS_NUMBER = re.compile(r"(?<![\w+])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\w])")

# UK postcodes, written in capitals (lower case ones are found only when known from the record:
# "t2 5mg" is far more often a vertebra and a dose than an address).
_POSTCODE = re.compile(
    r"(?<![\w])(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})(?![\w])"
)

# UK numbers: +44 or 0, then 9 or 10 more digits in groups separated by spaces or hyphens.
_PHONE = re.compile(
    r"(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d{2,5}\)?(?:[\s-]?\d{2,4}){1,3}(?![\w])"
)

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?<![.-])")
_URL = re.compile(r"(?<![\w@])(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?)]}'\""

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
_MONTH_ABBREVIATIONS = {"sept": 9} | {name[:3]: number for name, number in _MONTHS.items()}


def _month_alternatives() -> str:
    # Month words must be capitalised ("May", "MAR"): "may" and "mar" are ordinary words.
    words = sorted({*_MONTHS, *_MONTH_ABBREVIATIONS}, key=len, reverse=True)
    forms = [form for word in words for form in (word.capitalize(), word.upper())]
    return "(?:" + "|".join(forms) + r")\.?"


_MONTH = _month_alternatives()
_ORDINAL = r"(?:st|nd|rd|th)"
_DAY = rf"(?:0?[1-9]|[12]\d|3[01]){_ORDINAL}?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"

_DATE_PATTERNS = [
    # 03/03/24, 3/3/2024, 03.03.2024, 3-3-24 (day first, as the UK writes it; US order also fits)
    re.compile(r"(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/]|[.-]\d)"),
    # 2024-03-03
    re.compile(r"(?<![\w/-])(\d{4})-(\d{2})-(\d{2})(?![\w/]|-\d)"),
    # 3rd March 2024, 3 Mar, 3rd of March, 3 March, 2024
    re.compile(
        rf"{_NOT_WORD_BEFORE}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?{_NOT_WORD_AFTER}"
    ),
    # March 3rd, March 3rd 2024, March 3, 2024
    re.compile(
        rf"{_NOT_WORD_BEFORE}{_MONTH}\s+(?:the\s+)?{_DAY}(?:,?\s+{_YEAR})?{_NOT_WORD_AFTER}"
    ),
    # March 2024
    re.compile(rf"{_NOT_WORD_BEFORE}{_MONTH}\s+{_YEAR}{_NOT_WORD_AFTER}"),
]

# "the 3rd" is a date only when it is clearly one: after a word that introduces a date and not
# followed by a noun ("on the 3rd floor", "the 2nd dose" stay).
_THE_NTH = re.compile(
    r"\b(?:on|by|from|until|till|since|before|after|of|and)\s+"
    rf"(the\s+(?:0?[1-9]|[12]\d|3[01]){_ORDINAL})(?![\w])"
    r"(?=\s*(?:$|[.,;:!?)]|\s(?:at|and|or|when|in|she|he|they|we|but|of\s+(?:the|this|that)\s+month)\b))",
    re.IGNORECASE,
)

_AGE_PATTERNS = [
    re.compile(r"\b(?:aged|age)\s+(\d{2,3})(?![\w])", re.IGNORECASE),
    re.compile(r"(?<![\w])(\d{2,3})(?:\s*|-)(?:years?|yrs?|y)(?:\s*|-)old\b", re.IGNORECASE),
    re.compile(r"(?<![\w])(\d{2,3})\s+(?:years|yrs)\s+of\s+age\b", re.IGNORECASE),
    re.compile(r"(?<![\w])(\d{2,3})\s?(?:yo|y/o|yrs?)(?![\w])", re.IGNORECASE),
]
_OLDEST_AGE_KEPT = 89

_HOSPITAL_NUMBER_CONTEXT = re.compile(
    r"\b(?:hospital\s+(?:number|no\.?|num)|unit\s+(?:number|no\.?)|MRN|PAS\s+(?:number|no\.?)|"
    r"patient\s+(?:number|no\.?|ID)|case\s+note\s+(?:number|no\.?))"
    r"\s*[:#]?\s*(?:is\s+|was\s+)?([A-Z]{0,4}\d[\d ]{4,11}\d[A-Z]?|[A-Z]{1,4}\d{4,10}[A-Z]?)(?![\w])",
    re.IGNORECASE,
)
# A bare hospital number: one to three capital letters then six to eight digits (K123456,
# RVV1234567), the shape most trusts' patient administration systems use.
_HOSPITAL_NUMBER_BARE = re.compile(r"(?<![\w])[A-Z]{1,3}\d{6,8}(?![\w])")


def _valid_nhs_number(digits: str) -> bool:
    return check_digit(digits[:9]) == int(digits[9])


def _valid_day_month(day: int, month: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def _pattern_spans(text: str) -> Iterable[Span]:
    for match in _NHS_NUMBER.finditer(text):
        if _valid_nhs_number(match[1] + match[3] + match[4]):
            yield Span(match.start(), match.end(), "NHS_NUMBER")
    for match in _POSTCODE.finditer(text):
        yield Span(match.start(), match.end(), "POSTCODE")
    for match in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", match[0])
        national = digits[2:] if match[0].startswith("+") else digits
        national = national.removeprefix("0")
        if len(national) in (9, 10):
            yield Span(match.start(), match.end(), "PHONE")
    for match in _EMAIL.finditer(text):
        yield Span(match.start(), match.end(), "EMAIL")
    for match in _URL.finditer(text):
        end = match.end()
        while end > match.start() and text[end - 1] in _URL_TRAILING:
            end -= 1
        yield Span(match.start(), end, "URL")
    yield from _date_spans(text)
    for pattern in _AGE_PATTERNS:
        for match in pattern.finditer(text):
            if int(match[1]) > _OLDEST_AGE_KEPT:
                yield Span(match.start(1), match.end(1), "AGE")
    for match in _HOSPITAL_NUMBER_CONTEXT.finditer(text):
        yield Span(match.start(1), match.end(1), "HOSPITAL_NUMBER")
    for match in _HOSPITAL_NUMBER_BARE.finditer(text):
        yield Span(match.start(), match.end(), "HOSPITAL_NUMBER")


def _date_spans(text: str) -> Iterable[Span]:
    numeric, iso, *worded = _DATE_PATTERNS
    for match in numeric.finditer(text):
        first, second = int(match[1]), int(match[3])
        if _valid_day_month(first, second) or _valid_day_month(second, first):
            yield Span(match.start(), match.end(), "DATE")
    for match in iso.finditer(text):
        if _valid_day_month(int(match[3]), int(match[2])):
            yield Span(match.start(), match.end(), "DATE")
    for pattern in worded:
        for match in pattern.finditer(text):
            yield Span(match.start(), match.end(), "DATE")
    for match in _THE_NTH.finditer(text):
        yield Span(match.start(1), match.end(1), "DATE")


# ---------------------------------------------------------------------------------------------
# Record-aware detectors
# ---------------------------------------------------------------------------------------------

TITLES = (
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Master", "Dr", "Doctor", "Prof", "Professor", "Sir",
    "Dame", "Lady", "Lord", "Rev", "Reverend", "Father", "Nurse", "Staff Nurse", "Charge Nurse",
    "Sister", "Matron", "Midwife", "Consultant", "Mister",
)  # fmt: skip
_TITLE = (
    "(?:"
    + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(TITLES, key=len, reverse=True))
    + r")\.?"
)

# Words that follow an eponym and show it is the condition, not the person.
_CLINICAL_FOLLOWER = re.compile(
    r"(?:'s|’s|s'|’)?\s+(?:disease|syndrome|scale|score|sign|palsy|test|criteria|classification|"
    r"procedure|operation|manoeuvre|tumour|lymphoma|reflex|phenomenon|index|ulcer|fracture|"
    r"contracture|encephalopathy|dementia|catheter|solution|sarcoma|crisis)\b",
    re.IGNORECASE,
)

_LONE_POSSESSIVE = re.compile(r"\w+['’]s?", re.IGNORECASE)
_AFTER_LONE_EPONYM = re.compile(
    r"\s*(?:$|[.,;:!?)]|(?:and|or|with|was|is|diagnosed)\b)", re.IGNORECASE
)

# First names that are also ordinary words: found alone only when written with a capital.
COMMON_WORD_NAMES = frozenset(
    """
    will may rose faith hope grace mark bill sue pat art dawn joy june april summer sunny
    ray gene hunter ivy holly iris jack frank grant rich sandy victor
    """.split()
)


@cache
def eponym_phrases() -> tuple[str, ...]:
    """The shipped eponymous conditions, scores and drugs, longest first."""
    lines = (DATA_DIR / "eponyms.txt").read_text(encoding="utf-8").splitlines()
    phrases = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    return tuple(sorted(phrases, key=len, reverse=True))


@cache
def _eponym_pattern() -> re.Pattern[str]:
    alternatives = (
        re.escape(phrase).replace(r"\ ", r"\s+").replace("'", "['’]") for phrase in eponym_phrases()
    )
    return re.compile(
        rf"{_NOT_WORD_BEFORE}(?:{'|'.join(alternatives)}){_NOT_WORD_AFTER}", re.IGNORECASE
    )


def _flexible(literal: str) -> str:
    """A regex for ``literal`` where any run of spaces may be any whitespace, apostrophes any kind."""
    parts = re.split(r"\s+", literal.strip())
    return r"\s+".join(re.escape(part).replace("'", "['’]") for part in parts)


@lru_cache(maxsize=4096)
def _name_parts(name: str) -> tuple[str, ...]:
    """'Mrs Margaret Ann Smith-Jones' -> ['Margaret', 'Ann', 'Smith-Jones', 'Smith', 'Jones']."""
    words = [word.strip(".,") for word in name.split()]
    titles = {title.lower() for title in TITLES}
    words = [word for word in words if word and word.lower() not in titles]
    parts = []
    for word in words:
        if len(word) >= 2:
            parts.append(word)
        pieces = [piece for piece in re.split(r"-", word) if len(piece) >= 2]
        if len(pieces) > 1:
            parts.extend(pieces)
    return tuple(parts)


@lru_cache(maxsize=4096)
def _name_patterns(name: str) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """For one known name: patterns never taken for clinical words, and patterns for each part."""
    parts = _name_parts(name)
    if not parts:
        return (), ()
    surnames = set(parts[1:]) or set(parts)
    surname_alternatives = "|".join(_flexible(s) for s in sorted(surnames, key=len, reverse=True))
    titles = {title.lower() for title in TITLES}
    whole = _flexible(" ".join(w for w in name.split() if w.lower().rstrip(".") not in titles))
    # Whole name, title + name, initials + surname, "Surname, First", "First Surname".
    strong = [
        rf"(?:{_TITLE}\s+)?{whole}",
        rf"{_TITLE}\s+(?:(?-i:[A-Z])\.?\s*)*(?:{surname_alternatives})",
        rf"(?-i:(?:[A-Z]\.?\s*){{1,3}})(?:{surname_alternatives})",
        rf"(?:{surname_alternatives}),\s+{_flexible(parts[0])}",
        rf"{_flexible(parts[0])}\s+(?:{surname_alternatives})",
    ]
    strong_patterns = tuple(
        re.compile(rf"{_NOT_WORD_BEFORE}(?:{regex}){_NOT_WORD_AFTER}", re.IGNORECASE)
        for regex in strong
    )
    part_patterns = tuple(
        re.compile(
            rf"{_NOT_WORD_BEFORE}{_flexible(part)}{_NOT_WORD_AFTER}",
            0 if part.lower() in COMMON_WORD_NAMES else re.IGNORECASE,
        )
        for part in dict.fromkeys(parts)
    )
    return strong_patterns, part_patterns


def _clinical_phrases(text: str) -> list[tuple[int, int]]:
    return [
        (m.start(), m.end())
        for m in _eponym_pattern().finditer(text)
        # A lone possessive ("Addison's") is the condition only when nothing but punctuation or a
        # conjunction follows: "Parkinson's son" is a person.
        if not _LONE_POSSESSIVE.fullmatch(m[0]) or _AFTER_LONE_EPONYM.match(text, m.end())
    ]


def _name_spans(text: str, names: Iterable[str]) -> Iterable[Span]:
    clinical: list[tuple[int, int]] | None = None  # found only when a lone name part turns up

    lowered = text.lower().replace("’", "'")
    for name in names:
        # Most names are absent from most texts: a substring test is far cheaper than the patterns.
        if not any(part.lower().replace("’", "'") in lowered for part in _name_parts(name)):
            continue
        strong_patterns, part_patterns = _name_patterns(name.strip())
        for pattern in strong_patterns:
            for match in pattern.finditer(text):
                yield Span(match.start(), match.end(), "PERSON")
        for pattern in part_patterns:
            for match in pattern.finditer(text):
                if _CLINICAL_FOLLOWER.match(text, match.end()):
                    continue
                if clinical is None:
                    clinical = _clinical_phrases(text)
                if any(start <= match.start() and match.end() <= end for start, end in clinical):
                    continue
                yield Span(match.start(), match.end(), "PERSON")


@lru_cache(maxsize=1024)
def _digits_pattern(value: str) -> re.Pattern[str] | None:
    characters = [c for c in str(value) if c.isalnum()]
    if len(characters) < 4:
        return None
    body = r"[\s-]?".join(re.escape(c) for c in characters)
    return re.compile(rf"(?<![\w]){body}(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _date_of_birth_pattern(value: str) -> re.Pattern[str] | None:
    try:
        born = date.fromisoformat(str(value))
    except ValueError:
        return None
    day, month, year = born.day, born.month, born.year
    day_number = rf"0?{day}" if day < 10 else str(day)
    month_number = rf"0?{month}" if month < 10 else str(month)
    years = rf"(?:{year}|{year % 100:02d})"
    month_name = list(_MONTHS)[month - 1]
    month_words = rf"(?:{month_name}|{month_name[:3]}{'|sept' if month == 9 else ''})\.?"
    day_words = rf"{day_number}{_ORDINAL}?"
    forms = [
        rf"{day_number}\s*([/.\- ])\s*{month_number}\s*\1\s*{years}",
        rf"{year}-{month:02d}-{day:02d}",
        rf"{day:02d}{month:02d}(?:{year}|{year % 100:02d})",
        rf"(?:the\s+)?{day_words}\s+(?:of\s+)?{month_words}(?:,?\s+{years})?",
        rf"{month_words}\s+(?:the\s+)?{day_words}(?:,?\s+{years})?",
    ]
    return re.compile(rf"(?<![\w/.-])(?:{'|'.join(forms)})(?![\w]|[/.-]\d)", re.IGNORECASE)


def _address_spans(text: str, address: str) -> Iterable[Span]:
    postcodes = {m[0] for m in _POSTCODE.finditer(address.upper())}
    for postcode in postcodes:
        compact = postcode.replace(" ", "")
        pattern = re.compile(
            rf"(?<![\w]){re.escape(compact[:-3])}\s*{re.escape(compact[-3:])}(?![\w])",
            re.IGNORECASE,
        )
        for match in pattern.finditer(text):
            yield Span(match.start(), match.end(), "POSTCODE")
    lines = [line.strip() for line in re.split(r"[,\n]", address)]
    for line in lines:
        if len(line) < 3 or line.upper() in postcodes:
            continue
        variants = {line}
        without_number = re.sub(r"^\d+[A-Za-z]?\s+", "", line)
        if len(without_number) >= 3:
            variants.add(without_number)
        for variant in variants:
            pattern = re.compile(
                rf"{_NOT_WORD_BEFORE}{_flexible(variant)}{_NOT_WORD_AFTER}", re.IGNORECASE
            )
            for match in pattern.finditer(text):
                yield Span(match.start(), match.end(), "ADDRESS")


def _known_spans(text: str, known: Mapping[str, object]) -> Iterable[Span]:
    names = known.get("names") or []
    if isinstance(names, str):
        names = [names]
    yield from _name_spans(text, [str(name) for name in names])
    for field, label in (("nhs_number", "NHS_NUMBER"), ("hospital_number", "HOSPITAL_NUMBER")):
        if known.get(field) and (pattern := _digits_pattern(str(known[field]))):
            for match in pattern.finditer(text):
                yield Span(match.start(), match.end(), label)
    if known.get("date_of_birth") and (
        pattern := _date_of_birth_pattern(str(known["date_of_birth"]))
    ):
        for match in pattern.finditer(text):
            yield Span(match.start(), match.end(), "DATE")
    if known.get("address"):
        yield from _address_spans(text, str(known["address"]))


# ---------------------------------------------------------------------------------------------
# Putting it together
# ---------------------------------------------------------------------------------------------


def resolve(candidates: Iterable[Span], certain: Iterable[Span] = ()) -> list[Span]:
    """Non-overlapping spans, sorted: spans known from the record first, then the longer span,
    then the higher priority label."""
    certain = set(certain)
    chosen: list[Span] = []
    taken: list[tuple[int, int]] = []
    ordered = sorted(
        {c for c in [*candidates, *certain] if c.end > c.start},
        key=lambda s: (
            s not in certain, s.start - s.end, _RANK.get(s.label, len(_RANK)), s.start, s.label
        ),
    )
    for span in ordered:
        if all(span.end <= start or span.start >= end for start, end in taken):
            chosen.append(span)
            taken.append((span.start, span.end))
    return sorted(chosen)


def _merge_adjacent_people(text: str, spans: list[Span]) -> list[Span]:
    # "Margaret" and "Smith" found apart but written "Margaret Smith" read better as one [PERSON].
    merged: list[Span] = []
    for span in spans:
        between = text[merged[-1].end : span.start] if merged else ""
        if merged and merged[-1].label == span.label == "PERSON" and between in ("", " "):
            merged[-1] = Span(merged[-1].start, span.end, "PERSON")
        else:
            merged.append(span)
    return merged


def redact(text: str, spans: Iterable[Span]) -> str:
    pieces, position = [], 0
    for span in spans:
        pieces.append(text[position : span.start])
        pieces.append(f"[{span.label}]")
        position = span.end
    pieces.append(text[position:])
    return "".join(pieces)


# The record is certain, so its spans win over pattern guesses they only overlap. A pattern
# guess that wholly contains one keeps its extent (an email with the patient's name in it), and
# takes the record's label when that is a number (a "phone number" that is the NHS number).
_RECORD_LABELS = frozenset({"NHS_NUMBER", "HOSPITAL_NUMBER"})


def _record_led(candidates: list[Span], from_record: list[Span]) -> list[Span]:
    widened = [
        Span(c.start, c.end, k.label if k.label in _RECORD_LABELS else c.label)
        for c in candidates
        for k in from_record
        if c.start <= k.start and k.end <= c.end and (c.start, c.end) != (k.start, k.end)
    ]
    return [*from_record, *widened]


def find_spans(text: str, known: Mapping[str, object] | None = None) -> list[Span]:
    candidates = list(_pattern_spans(text))
    from_record = list(_known_spans(text, known)) if known else []
    chosen = resolve(candidates, certain=_record_led(candidates, from_record))
    return _merge_adjacent_people(text, chosen)


def deidentify(text: str, known: Mapping[str, object] | None = None) -> Result:
    """The text with every identifier replaced by ``[LABEL]``, and the spans found in the input."""
    spans = find_spans(text, known)
    return Result(text=redact(text, spans), spans=spans)
