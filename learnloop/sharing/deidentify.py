"""The de-identification engine: finds identifiers in a narrative and replaces each with its label.

Plain Python (no Django), deterministic, regular expressions and shipped word lists only, no
downloaded model. ``deidentify(text, known=...)`` returns the redacted text and the spans found,
each with offsets into the input, sorted and never overlapping.

Three kinds of detector run over the text:
- pattern detectors for UK identifiers anyone could recognise (NHS numbers that pass the
  modulus 11 check, postcodes, phone numbers, e-mail addresses, URLs, dates, ages over 89,
  hospital numbers, other reference numbers), here;
- guesses from one pass over the capitalised words: people's names from the shipped name lists,
  titles and context (``names.py``), organisations, places and addresses (``locations.py``);
- record-aware detectors built from what the record already knows (``known``): the patient's and
  other people's names with their variants (``names.py``), NHS number, date of birth, hospital
  number, address, and the organisation's terms to redact; these are certain and win overlaps.

When two candidates overlap, the longer wins, then the label with the higher priority, then the
earlier one; so the result never depends on the order the detectors ran in.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache
from typing import Any

from learnloop.reports.nhs_number import check_digit
from learnloop.sharing.locations import STREET_ENDINGS, place_spans
from learnloop.sharing.names import (
    DEED_AFTER_INITIALS,
    HONORIFICS,
    INITIALS_TO_DO,
    RELATIONSHIPS,
    ROLE_WORDS,
    SHORTHAND,
    TITLES,
    capitalised_runs,
    finditer_from,
    guessed_name_spans,
    known_initials_spans,
    known_name_spans,
    name_in_cell,
    names_written_again,
    note_name_spans,
    people_beside_people,
    surname_first_in_staff_cell,
)
from learnloop.sharing.spans import Result, Span, Terms  # never compiled, so they pickle
from learnloop.sharing.wordlists import (
    _word_openings,
    cues_that_may_open_words,
    english_words,
    eponym_phrases,
    first_names,
    normalise,
    places,
    surnames,
)

__all__ = [
    "DIRECT_IDENTIFIERS", "LABELS", "LABEL_PRIORITY", "TITLES", "Result", "Span", "Terms",
    "deidentify", "eponym_phrases", "find_spans", "redact", "resolve",
]  # fmt: skip

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
    "LOCATION",
    "ORGANISATION",
    "ID",
)
LABELS = frozenset(LABEL_PRIORITY)
# The direct identifiers: what the recall aim of 0.99 is measured over.
DIRECT_IDENTIFIERS = (
    "PERSON", "NHS_NUMBER", "HOSPITAL_NUMBER", "DATE", "ADDRESS", "POSTCODE", "PHONE", "EMAIL",
)  # fmt: skip
# Inside the engine a span is a plain (start, end, label) tuple: hashed and sorted in C.
_Found = tuple[int, int, str]
_RANK = {label: rank for rank, label in enumerate(LABEL_PRIORITY)}


# ---------------------------------------------------------------------------------------------
# Pattern detectors
# ---------------------------------------------------------------------------------------------

_NOT_WORD_AFTER = r"(?![\w])"
# Speed: every pattern starts with a character class and puts its "no word before" look-behind
# after that first character (``X(?<![\w].)``), so the regex engine can skip straight to the
# characters a match could start with instead of trying every position of the text.

_NHS_NUMBER = re.compile(r"(\d)(?<![\w+].)(\d\d)([ -]?)(\d{3})\3(\d{4})(?![\w])")

# UK postcodes, written in capitals (lower case ones are found only when known from the record:
# "t2 5mg" is far more often a vertebra and a dose than an address). Two spaces between the
# halves too, as forms and typists pad them ("LS9  7TF").
_POSTCODE = re.compile(
    r"(?:G(?<![\w].)IR {0,2}0AA|[A-PR-UWYZ](?<![\w].)[A-HK-Y]?\d[A-Z\d]? {0,2}\d[ABD-HJLNP-UW-Z]{2})"
    r"(?![\w])"
)

# UK numbers: +44 or 0, then 9 or 10 more digits in groups separated by spaces or hyphens
# (two spaces too, as forms pad them: "07700  900123"). After the tenth blind pack, never a line
# break between the groups: a number closing a log line was read on into the date opening the
# next ("rang 01603 769391" then "18/08 ..."), which made too many digits, and was lost. After the
# twenty-second blind pack, a hyphen may follow the country code too ("+44-1379-473164").
# After the twenty-seventh blind pack: the area code may be bracketed after the country code, its
# leading nought dropped, as letterheads write it ("+44 (1784) 521633").
# After the thirty-first blind pack: the country code may itself be bracketed, as forms and
# signatures write it ("(+44) 7700 900833"), the national number following without its nought.
_PHONE = re.compile(
    r"(?:\+(?<![\w+].)44[ \t-]?(?:\(0\)[ \t]?|\((?=[1-9]\d{1,4}\)))?|\((?<![\w+].)0|0(?<![\w+].)"
    r"|\((?<![\w+].)\+44\)[ \t]?(?:\(0\)[ \t]?)?)"
    r"\d{2,5}\)?(?:(?:  |[ \t-])?\d{2,4}){1,3}(?![\w])"
)

_NOT_DIGIT = re.compile(r"\D")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?<![.-])")
_EMAIL_LOCAL = frozenset("._+-")
_URL = re.compile(r"(?<![\w@])(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?)]}'\""
# A link written without "www." or a scheme, known by its path: "facebook.com/groups/...".
_BARE_URL = re.compile(r"(?:[a-z0-9-]+\.)+(?:com|org|net|uk)/[^\s<>\"']+", re.IGNORECASE)
_BARE_URL_ENDS = re.compile(r"\.(?:com|uk|org|net)/")
# After the twenty-fourth blind pack: a Welsh or Scottish health board's own domain written
# bare, as letterheads and footers do ("ctmuhb.nhs.wales", "nhsfife.nhs.scot"); the national
# "nhs.wales" with no name before it stays.
_BOARD_DOMAIN = re.compile(r"(?<![\w@.-])[a-z][a-z0-9-]*\.nhs\.(?:wales|scot)(?![\w@-]|\.\w)")
# After the thirty-fourth blind pack: so is an English trust's or a firm's own domain under a UK
# zone, written bare with no path ("ampthill-communityhealth.nhs.uk", "oakfieldcare.co.uk"), as a
# letter says where a care plan or a leaflet came from; the zone with no name before it
# ("nhs.uk", "gov.uk") and an e-mail address's domain stay.
_UK_ZONES = (".nhs.uk", ".gov.uk", ".org.uk", ".co.uk")
_DOMAIN_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-.")


# One capitalised word, perhaps joined to another by a hyphen ("Okafor", "Smith-Jones"): the
# one-word name several rules below read.
_ONE_CAPITALISED_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?"


def _bare_urls(text: str, lowered: str) -> Iterable[_Found]:
    match: re.Match[str] | None  # a loop's match, then a pattern's match or None
    # Speed: found from where ".com/" (...) is written, reading back to where the domain starts,
    # not by trying the pattern at every letter.
    if len(lowered) != len(text):
        return
    if ".nhs.wales" in lowered or ".nhs.scot" in lowered:
        for match in _BOARD_DOMAIN.finditer(lowered):
            yield (match.start(), match.end(), "URL")
    if ".uk" in lowered:
        yield from _bare_uk_domains(lowered)
    for ending in _BARE_URL_ENDS.finditer(lowered):
        position = ending.start()
        start = max(lowered.rfind(" ", 0, position), lowered.rfind("\n", 0, position)) + 1
        while start < position and lowered[start] in "(['\"<":
            start += 1
        domain = lowered[start:position]
        if (
            domain
            and "/" not in domain  # "https://", a path: the link is found whole above
            and "@" not in domain
            and not domain.startswith("www.")
            and (match := _BARE_URL.match(text, start))
            and match.end() > position
        ):
            end = match.end()
            while end > start and text[end - 1] in _URL_TRAILING:
                end -= 1
            yield (start, end, "URL")


def _bare_uk_domains(lowered: str) -> Iterable[_Found]:
    # Speed: found from where ".uk" is written, reading back over the domain's characters.
    size = len(lowered)
    position = lowered.find(".uk")
    while position != -1:
        end = position + 3
        if (end == size or not (lowered[end].isalnum() or lowered[end] in "@-/")) and not (
            end + 1 < size and lowered[end] == "." and lowered[end + 1].isalnum()
        ):
            start = position
            while start and lowered[start - 1] in _DOMAIN_CHARACTERS:
                start -= 1
            while start < position and lowered[start] in ".-":
                start += 1
            domain = lowered[start:end]
            zone = next((zone for zone in _UK_ZONES if domain.endswith(zone)), "")
            if (
                zone
                and len(domain) > len(zone)
                and domain[0].isalpha()
                and not domain.startswith("www.")
                and not (start and lowered[start - 1] in "@/:")
                and ".." not in domain
            ):
                yield (start, end, "URL")
        position = lowered.find(".uk", end)


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
# Months in roman numerals, as some UK staff write a date by hand (4/iii/25, 12.XI.24).
_ROMAN_MONTHS = {
    numeral: number
    for number, numeral in enumerate(
        ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"), start=1
    )
}
_ROMAN_MONTH = (
    "(?:"
    + "|".join(
        form
        for numeral in sorted(_ROMAN_MONTHS, key=len, reverse=True)
        for form in (numeral, numeral.upper())
    )
    + ")"
)
_ORDINAL = r"(?:st|nd|rd|th)"
_DAY = rf"(?:0?[1-9]|[12]\d|3[01]){_ORDINAL}?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"

# Dates starting with a digit are found by _DIGIT_DATE below, one pattern for all of them:
# 03/03/24, 3/3/2024, 03.03.2024, 3-3-24 (day first, as the UK writes it; US order also fits);
# 2024-03-03; 3rd March 2024, 3 Mar, 3rd of March, 3 March, 2024, 1-Dec-20 ("the " before is
# taken in too); 29/10 and 06/07 (a day and month without a year) only after a word that
# introduces a date ("on", "by", "until", "admitted"), because 10/10 is a score and 3/7 a
# duration; and "the 3rd" (see below).
_BEFORE_DAY_MONTH = re.compile(
    r"(?<![\w])(?:on|by|until|till|from|since|before|after|date|dated|of|and|to|received|"
    r"admitted|readmitted|discharged|reported|seen|between|died|born|completed|closed|opened|"
    r"sent|held|started|stopped|d\.o\.b\.?|dob)[:,]?\s+$",
    re.IGNORECASE,
)
# March 3rd, March 3rd 2024, March 3, 2024, March 2024, Dec-24 (a month and a year, as forms put it)
_MONTH_DAY = re.compile(
    rf"{_MONTH}(?:\s+(?:(?:the\s+)?{_DAY}(?:,?\s+{_YEAR})?|{_YEAR})|-(?:{_YEAR}|\d\d)(?![-/]\d))"
    rf"{_NOT_WORD_AFTER}"
)

# "the 3rd" is a date only when it is clearly one: after a word that introduces a date and not
# followed by a noun ("on the 3rd floor", "the 2nd dose" stay): "due the 20th", "Date: the 9th",
# "letter sent the 6th", and at the start of a line or a field ("\nthe 14th\n", "| the 13th 2340").
_BEFORE_THE_NTH = re.compile(
    r"(?:(?<![\w])(?:(?:on|by|from|until|till|since|before|after|of|and|due|admitted|readmitted|"
    r"discharged|sent|reported|seen|booked\s+for|r/v|review|for|completed|started|stopped|held|"
    r"signed|arranged|requested|performed|scanned|visit|appointment|clinic|follow-up|"
    r"reviewed|closed|exported|changed|between|checked|signed\s+off)\s+"
    r"|(?:date|dated|time|incident|meeting|sent)[:,]?\s+|when:\s+)"
    r"|(?:^|[\n|(\[])[ \t]*)(the\s+)$",
    re.IGNORECASE,
)
# "the 19th" closing a clause or a line is a date, whatever is before it ("blood cultures the
# 19th – no growth", "discussed with his brother the 11th."), but not in a list of ordinals ("the
# 3rd, 4th and 5th toes", "the 2nd-4th ribs").
_NTH_CLOSED = re.compile(r"[ \t]*(?:$|\n|[.;)](?!\d)|:\s|\s[–—-]\s|,\s+(?!\d|and\b|or\b))")

# Ages over 89 only: "aged 93", "93-year-old", "93 years old", "93 years of age", "93yo".
# "aged 93", "age 93", "Age: 93", "age at death 93", "aged ninety-three".
_AGED = re.compile(
    r"age(?:d|\s+at\s+death)?:?\s+(9\d|1[0-2]\d|ninety(?:-[a-z]+)?|(?:a|one)\s+hundred)(?![\w-])",
    re.IGNORECASE,
)
_AGE = re.compile(
    r"(9\d|1[0-2]\d)(?:(?:\s*|-)(?:years?|yrs?|y)(?:\s*|-)old\b|\s+(?:years|yrs)\s+of\s+age\b"
    r"|\s?(?:yo|y/o|yrs?)(?![\w])|y(?![\w/]))",
    re.IGNORECASE,
)

_AGE_SEX = re.compile(r"\((9\d|1[0-2]\d) ?[MF]\)")
# An age in words ("ninety-four year old", "one hundred years old"), and an age told of the
# patient, the deceased or someone just named ("The deceased was 94 and lived alone", "Adam,
# who is 102, waited"): only ages over 89, and only where a word such as "and", a comma or a
# full stop closes it, so "the patient was 94%" and "sats were 94" stay.
_AGE_NUMBER_WORDS = (
    r"(?:ninety(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one)\s+hundred"
    r"(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)"
)
_AGE_IN_WORDS = re.compile(
    rf"(?<![\w-])({_AGE_NUMBER_WORDS})(?:[\s-]+years?[\s-]+old\b|\s+years\s+of\s+age\b)",
    re.IGNORECASE,
)
_AGE_OF_SUBJECT = re.compile(
    rf"(?:deceased|patient|who)\s+(?:is|was)\s+(?:now\s+|aged\s+)?(9\d|1[0-2]\d|{_AGE_NUMBER_WORDS})"
    r"(?=\s+and\b|\s*[.,;](?!\d)|\s+(?:at|when|on|in|years)\b)",
    re.IGNORECASE,
)
# After the twenty-eighth blind pack: a relative's or a neighbour's letter tells the age of the
# man or the woman it is about with a pronoun ("He is 93 but very independent", "she is 101 and
# lives alone"); only in the present tense, over 89 and before "but" or "and lives", so a
# reading ("he was 94 on air", "she is 92%") stays.
_AGE_OF_PRONOUN = re.compile(
    r"(?<![\w-])(?:he|she)\s+is\s+(9\d|1[0-2]\d)(?=\s+but\b|,?\s+and\s+lives\b)", re.IGNORECASE
)

# After words that say what the number is. Matched only where one of the words is found with
# str.find, so the pattern is not tried at every position of the text.
_HOSPITAL_NUMBER_CONTEXT = re.compile(
    r"(?:hosp(?:ital)?\.?\s+(?:number|no\.?|num)|unit\s+(?:number|no\.?)|MRN|PAS\s+(?:number|no\.?)|"
    r"patient\s+(?:number|no\.?|ID)|case\s+note\s+(?:number|no\.?)|CRN|case\s+record\s+(?:number|no\.?)|"
    r"hosp(?:ital)?\.?\s+ID|hosp\.?(?=:?\s+[A-Z]{0,4}\d)|"
    # after the ninth blind pack: "Hosp ref H26/12345", and the radiology system's "RIS no:"
    r"hosp(?:ital)?\.?\s+ref(?:erence)?\.?|RIS\s+(?:number|no\.?)|"
    # after the twenty-fourth blind pack: the number a mental health trust's record system
    # (RiO) gives a service user ("RiO 6329859", "RiO no: 424748F")
    r"RiO(?:\s+(?:number|no\.?|ID))?|"
    # after the seventh blind pack: a number read off the wristband ("wristband reading ...")
    r"wristband\s+(?:reading|reads|read|showing|shows|showed|number|no\.?)|"
    # after the forty-fourth blind pack: the hospital as the one that gave the number ("the
    # hospital gave us the number ...", "the hospital gave us, with your leave, the number ...")
    r"hosp(?:ital)?\s+(?:gave|gives|has\s+given|had\s+given|sent|quoted)\s+(?:us|me|you|them)"
    r"(?:,[^,\n]{1,30},)?\s+(?:the|a|its|their)\s+(?:number|no\.?))"
    # the hospital named between: "Hospital number at QEH: ..."; or the retrieval team's
    # "at base" (after the seventh blind pack); after the tenth, the hospital named between and
    # then "is" ("hospital number at St Mary's Hospital is 61821061")
    r"(?:\s+(?:at|for|in)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}"
    r"(?=\s*[:#]|\s+(?:is|was)\s)|\s+at\s+(?:the\s+)?base"
    # after the fortieth blind pack: who gave the number, then "is" ("the hospital number you
    # gave us is ...", "the hospital number she quoted was ...")
    r"|\s+(?:that\s+)?(?:you|he|she|they|we)\s+(?:gave|quoted|wrote)(?:\s+(?:us|me|down))?"
    r"(?=\s+(?:is|was)\s)"
    # after the forty-fourth blind pack: where it was written, then "is" ("the hospital number on
    # your letter is ...", "the hospital number on her wristband was ...")
    r"|\s+(?:on|in|from)\s+(?:the|your|his|her|their|our|this|that)\s+[a-z]+(?:\s+[a-z]+)?"
    r"(?=\s+(?:is|was)\s))?"
    # an aside in brackets ("hospital number (for the record): ..."); "as" ("show your hospital
    # number as ...")
    r"(?:\s+\([a-z][a-z ]{0,24}\))?"
    # the number: digits with single spaces or hyphens between them (never a run of spaces, so
    # "Hosp No: M7614483   100 y/o" stops before the age), or letters, perhaps two digits, a
    # slash or hyphen and more digits ("H26/12345", after the ninth blind pack)
    # (after the thirty-second blind pack: two check letters may close it, "546698YA", as
    # some systems print a site code after the digits; the label already says what it is)
    r"\s*[:#(,]?\s*(?:is\s+|was\s+|as\s+)?([A-Z]{0,4}\d(?:\d|[ -](?=\d)){4,11}\d[A-Z]{0,2}"
    # after the sixteenth blind pack: digits with a letter among them ("MRN 46M966896"), as
    # some systems print a site or year code inside the number
    r"|\d{1,3}[A-Z]\d{5,8}"
    # after the thirty-fourth blind pack: a letter, two digits, a letter and five digits
    # ("D37Y07358"), as another system prints a site and a year code inside the number
    r"|[A-Z]{1,3}\d{1,3}[A-Z]\d{4,8}"
    # after the thirty-sixth blind pack: four digits, a letter and four more ("4669R1957"), as a
    # system prints the year of registration, a site letter and a serial
    r"|\d{4}[A-Z]\d{4}"
    # after the seventeenth blind pack: two digits, a slash and five to seven more ("68/939126"),
    # as some patient administration systems write the year of registration first
    r"|\d\d/\d{5,7}"
    # after the forty-fourth blind pack: after so explicit a cue, any run of capitals and digits
    # that holds four digits or more ("47QR2210", "MKT40517"), as systems print their own shapes
    r"|(?-i:(?=(?:[A-Z]*\d){4})[A-Z\d]{6,12})"
    r"|[A-Z]{1,4}(?:\d\d)?[/-]?\d{4,10}[A-Z]?)(?![\w])",
    re.IGNORECASE,
)
_HOSPITAL_NUMBER_WORDS: tuple[str, ...] = (
    "hosp",
    "unit",
    "mrn",
    "pas",
    "patient",
    "case note",
    "crn",
    "case record",
    "wristband",
    "ris n",  # speed: not "ris", which starts "risk"
    "rio ",  # speed: not "rio", which starts "riot"
)
# A bare hospital number: one to three capital letters then six to eight digits (K123456,
# RVV1234567, RM2 12345678, and with a slash or a hyphen after the letters: D/456143, RX/1234567,
# SGH-1830772; a check letter may close it: D291247D), the
# shapes most trusts' patient administration systems use. After words that name
# another kind of reference ("Datix", "incident reference") the same shape is an ID instead.
# Seven to nine digits and a capital letter (11430794E, 9036326B): a hospital number the way
# other systems write it ("U" is left out: 1000000U is a dose).
_HOSPITAL_NUMBER_DIGITS_FIRST = re.compile(r"\d(?<![\w.,/-]\d)\d{6,8}[A-TV-Z](?![\w])")
# Speed: NHS numbers and the digits-first hospital numbers are found in one scan of the digits.
# The two can never match at the same place nor overlap (an NHS number is three digits then a
# separator, or ten digits then no word character; this shape is seven to nine digits then a
# letter), so the one scan finds exactly what the two patterns above find apart.
_NHS_OR_DIGITS_FIRST = re.compile(
    r"(\d)(?<![\w].)(?:(?<![+].)(\d\d)([ -]?)(\d{3})\3(\d{4})(?![\w])"
    r"|(?<![.,/-].)\d{6,8}[A-TV-Z](?![\w]))"
)
# After the ninth blind pack: also a letter, two digits, a slash and five or six more
# ("K24/30417"), as some systems number a patient by the year of registration.
# After the thirteenth blind pack: three capitals and two groups of three digits ("KXT 615 209"),
# as some systems print the number in groups; not a longer run of groups ("NHS 401 023 2171").
# After the fourteenth blind pack: two capitals, a space and six digits ("RM 084966"), and a
# capital then two groups of three digits joined by hyphens ("G-018-427"), as other patient
# administration systems print their numbers; a longer run of groups stays (a phone's).
# After the fifteenth blind pack: a capital, two digits, four and a check digit joined by
# hyphens ("B87-5288-8"), as another system prints them; not with a further group.
_HOSPITAL_NUMBER_BARE = re.compile(
    r"[A-Z](?<![\w].)(?:[A-Z]{0,2}(?:\d{6,8}|\d \d{6,8}|[/-]\d{6,8})|\d\d/\d{5,6}"
    r"|[A-Z]{2} \d{3} \d{3}(?![\w]|[ -]\d)|[A-Z] \d{6}(?![\w]|[ -]\d)"
    r"|-\d{3}-\d{3}(?![\w]|[ -]\d)|\d\d-\d{4}-\d(?![\w]|[ -/]\d))[A-Z]?(?![\w])"
)
# ... never after a label of capitals that says the number is something else
_NOT_HOSPITAL_NUMBER_CAPITALS = frozenset(("NHS", "TEL", "MOB", "FAX", "DOB", "PIN", "EXT"))
# ... nor two capitals that are a label ("ID 123456", "NI 123456", "PO 123456")
_NOT_HOSPITAL_NUMBER_PAIRS = frozenset(("ID", "NO", "NI", "PO", "TN", "PH"))

# Other reference numbers (ID): incident, Datix, StEIS, complaint, claim, case and log numbers.
_ID_CONTEXT = re.compile(
    r"(?:(?:serious\s+)?incident|datix|steis|lfpse|complaint|claim|pals|case|log|inquest|"
    r"referral|police|crime|ticket|ref(?:erence)?\.?|si|ir1|"
    # after the twenty-fourth blind pack: an ambulance dispatch record, whose number some
    # services print as a desk's letters, a space and the digits ("CAD record CGD 8718-25")
    r"cad(?:\s+(?:record|log)(?=\s+(?-i:[A-Z]{2,4})\s\d{3,}[-/]\d\d))?|"
    # professional registers (GMC, NMC PIN, GDC, GOC, GPhC, HCPC), laboratory and imaging
    # numbers, staff badges, mortuary registers
    r"gmc|nmc(?:\s+pin)?|gdc|goc|gphc|hcpc|lab(?:oratory)?|accession|specimen|badge|mortuary|"
    # after the sixth blind pack: the organ donor register
    r"odr|donor\s+record|"
    # after the ninth blind pack: the e-Referral Service's booking number, a store's job, an
    # order or a delivery, and a bare "ID" ("UBRN 123456789012", "RE: 2WW 123456789012",
    # "Previous job CES-12345", "Order CPO-251540 placed", "interpreter (Ali, ID ASY/26/755)")
    r"ubrn|2ww|job|order|delivery|(?-i:ID)|"
    # after the twenty-third blind pack: a general practice's significant event analysis, whose
    # number follows its shorthand ("SEA SEA-25-06", "Subject: SEA SEA25-057"); in capitals only,
    # as "sea" is a word and a place's ("Milford on Sea")
    r"(?-i:SEA)|"
    # after the twenty-sixth blind pack: a letter quoting back a reference in capitals and
    # digits ("quoting W23575"; "quoting 999" and "quoting the policy" stay)
    r"quot(?:e|ing)(?=\s+(?-i:[A-Z]{1,4})[-/]?\d))"
    # after the twenty-sixth blind pack: a review headed by its incident's reference, in capitals
    # and digits ("Incident review W81590"; "case review 2023" is a year)
    r"(?:\s+(?:reference|ref\.?|numbers?|nos?\.?|id|code|form"
    r"|review(?=\s+(?-i:[A-Z]{1,4})[-/]?\d)))?"
    # "Datix reference added: W123456" (after the sixth blind pack)
    r"(?:\s+(?:added|raised|opened|created|assigned))?\s*(?:[:#(]|no\.?)?\s*"
    r"(?:is\s+|was\s+|(?:logged|recorded)\s+as\s+)?"
    # a reference of letters and digits, perhaps joined by "/", "-" or "." ("M24.9669808",
    # "05J8977E", "M24CT391/496"); four digits or more (checked by _reference_like)
    # (after the ninth blind pack: two groups of letters, "CMHT/L/6219", "ICB/CHC/2660", and an
    # ampersand among them, "B&B/9399")
    # (after the twelfth blind pack: a letter or two may follow the hyphen, "GH-V12345")
    r"((?-i:[A-Z]{2,4})\s\d{3,}[-/]\d\d(?:\d\d)?(?=[\s,.;:)]|$)|"
    r"(?:[A-Z][A-Z&]{0,5}[-/]?)?(?:[A-Z]{1,6}[-/]|(?<=[-/])[A-Z]{1,2})?\d[\d/-]{2,}[A-Z\d]*(?:[./-][A-Z\d]+)*|(?=(?:[A-Z./-]*\d){4})"
    r"[A-Z]{0,6}\d[A-Z\d]*(?:[./-][A-Z\d]+)*)(?![\w/])",
    re.IGNORECASE,
)
_ID_WORDS: tuple[str, ...] = (
    "incident", "datix", "steis", "lfpse", "complaint", "claim", "pals", "case", "log",
    "inquest", "referral", "police", "crime", "cad", "ticket", "ref", "si ", "ir1",
    "gmc", "nmc", "gdc", "goc", "gphc", "hcpc", "lab", "accession", "specimen", "badge",
    "mortuary", "odr", "donor", "ubrn", "2ww", "job ", "order ", "delivery ", "id ", "id:",
    "sea", "quot",
)  # fmt: skip
# A reference written in its own shape, with no context: INC-2024-00123, SI 2024/1234.
# A record system's own number: a capitalised name, then ID, no. or number ("Mosaic ID 259385",
# "LCS no. 30264551", "Rio number 1234567"); five digits or more, so "Bed no. 12" stays.
_SYSTEM_ID = re.compile(
    r"[A-Z](?<![\w].)[A-Za-z]{1,12}\d?\s+(?:ID|[Nn]o\.?|[Nn]umber)\s*[:#]?\s*"
    r"(\d[\d-]{3,12}\d)(?![\w/])"
)
_SYSTEM_ID_WORDS = (" ID", " no", " No", " number", " Number")
_POLICE_LOG = re.compile(r"[Ll](?<![\w].)og\s+(?:number\s+|no\.?\s+)?(\d{1,6})\s+of\s+\d")
# After the seventh blind pack: the bare shape with an incident system's own prefix is that
# system's reference, not a hospital number: INC1234567, JOB-123456, and W123456 (a Datix web
# form's number, six digits; W and seven digits stays a hospital number).
# After the twenty-third blind pack: so too an ambulance service's computer-aided dispatch number
# ("CAD-299851"), never a patient's.
_INCIDENT_SHAPE = re.compile(r"(?:INC|JOB|CAD)[/-]?\d{6,8}|W\d{6}")
_ID_BARE = re.compile(r"[A-Z](?<![\w].)[A-Z]{1,5}[-/ ]?(?:19|20)\d\d[-/]\d{3,6}(?![\w])")
# After the eighth blind pack: a reference after what was logged or sent under it ("reported
# it as W374629", "logged the delay as ME/26/9773", "Custody record YOT/1223/47", "online
# submission PALS-1214", "eConsult RTX-77155", "transport H26-828464"). The reference must have
# a letter, or digits on both sides of a hyphen, so "reported as 1400" and "12/2024" stay.
# After the twenty-third blind pack: so too what was logged, filed or recorded under a reference,
# or logged with the reference straight after ("logged under TSG/25/03", "filed under AMB
# 08493253", "logged M25/1203 for the coroner"), where a service's capitals may stand apart from
# its digits; "logged under the falls policy" and "logged at 14:00" stay.
_ID_AFTER_DEED = re.compile(
    r"(?:(?:reported|logged)(?:[ \t]+(?:it|this|that|the[ \t]+[a-z]+))?"
    r"[ \t]+(?:as|under)|(?:filed|recorded)[ \t]+under|logged(?=[ \t]+(?-i:[A-Z]{1,4}\d))"
    r"|custody[ \t]+record|submission|e-?consult|transport)[ \t]*[:#]?[ \t]*"
    r"((?:[A-Z]{1,6}\d{0,2}[-/.]?(?:(?<=[-/.])[A-Z]{1,2})?\d[\dA-Z]*(?:[-/.][\dA-Z]+)*|\d{2,4}-\d{5,8}"
    r"|(?-i:[A-Z]{2,5}) \d{5,10}))(?![\w/])",
    re.IGNORECASE,
)
_ID_AFTER_DEED_WORDS: tuple[str, ...] = (
    "reported", "logged", "custody", "submission", "econsult", "e-consult", "transport", "filed",
    "recorded",
)  # fmt: skip
# After the twenty-third blind pack: a reference quoted back in a letter after a comma ("please
# quote my reference, ZA01861, and"), capitals then four digits or more.
_REFERENCE_AFTER_COMMA = re.compile(
    r"(?<![\w])(?:my|our|your|the)[ \t]+ref(?:erence)?,[ \t]+([A-Z]{1,4}\d{4,10})(?![\w/])",
    re.IGNORECASE,
)
# After the twenty-third blind pack: numbers in the shapes blood services and incident forms give
# them, with no word naming them: a donation number as ISBT 128 prints it, a letter and four
# digits (the collecting centre), two (the year) and six ("G0125 26 776128"), on every bag of
# blood and in every transfusion log; and an incident form's name with its number after a hyphen
# ("IR1-061088").
_UNIT_OR_FORM_NUMBER = re.compile(
    r"[A-Z](?<![\w].)(?:\d{4} \d\d \d{6}|[A-Z]{1,2}\d-\d{5,7})(?![\w/]|[ -]\d)"
)
# After the eighth blind pack: two digits, a hyphen and six more ("57-021171"), a hospital
# number as some patient administration systems write it. Found by reading round each hyphen.
_HOSPITAL_NUMBER_HYPHENED = re.compile(r"\d\d-\d{6}(?![\w/-])")
# After the twentieth blind pack: a code of digits, a letter or two and more digits ("83L20329")
# standing as an item of its own just after a name, between commas or in brackets ("Mr Terry
# Gibbs, 83L20329, twenty-three", "Katie Robinson (42B46600) in pain"): in a patient's line of
# identifiers it is the hospital number. The word before must be a listed name: after a word in
# lower case or a drug's name ("batch 12A3456", "Tazocin (12A34567)") it is not.
# After the forty-fourth blind pack: also closing a clause or a line ("child Ann Roe,
# 58RK3307\n", "the injury to Jo Hale, 21PW5530; seen by ..."), as a heading names the patient.
_HOSPITAL_NUMBER_MIXED = re.compile(r"\d{1,3}[A-Z]{1,2}\d{4,7}(?=[,);\n]|$)")
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][A-Za-z'’-]+$")
# After the forty-fifth blind pack: so too a letter, a digit, a letter and digits ("E8A82744"),
# the shape custody, prison and court systems give their numbers, after a heading's name ("for the
# detainee Ann Roe, E8A82744\n", "prisoner ROE, Ann, E8A82744"); the word before a listed name or,
# capitalised, in no dictionary and no place ("Ward 4, B2C12345" stays).
_NUMBER_LETTER_FIRST = re.compile(r"[A-Z]\d[A-Z]\d{4,7}(?=[,);\n]|$)")
# After the forty-ninth blind pack: so too a letter and two or three digits, a hyphen and four to
# seven digits ("K27-40913"), as some record systems write theirs, after a heading's name ("for
# staff member Ann Roe, K27-40913;"), read as the shape above; and a mixed number of digits first
# ("83L20329") after a comma and a name no dictionary holds, as that rule reads a name ("rider
# Tamsin Quarrie, 83L20329\n"), in brackets still only after a listed name (a drug's stays).
_NUMBER_LETTER_HYPHEN = re.compile(r"[A-Z]\d{2,3}-\d{4,7}(?=[,);\n]|$)")
# After the tenth blind pack: an unlabelled number of six to ten digits standing as an item of
# its own (in brackets, between commas or in a table's field) just before the NHS number, or just
# after it perhaps under a short label of capitals (a trust's code, "RXN: 12345678"): in a block
# of a patient's identifiers it is the hospital number ("Mr Lee (45 y/o, 26165575, NHS ...)",
# "| 57991069 | NHS ... |"). A 10-digit number starting 0 is a phone's; a date of birth, a
# telephone or a fax is never labelled so.
# After the twelfth blind pack: before it, the number may end in a slash and one or two capitals
# ("| 204816/KM | NHS ..."), or be written in groups of two, two and three ("| 20-48-163 | NHS").
_BESIDE_NHS_BEFORE = re.compile(
    r"(?:^|[(,|;])[ \t]*(?P<number>\d{6,10}(?:/[A-Z]{1,2})?|\d\d-\d\d-\d{3})[ \t]*[,|;][ \t]*$"
)
# After the twelfth blind pack: the same number as the field just after a date of birth in a row
# of fields ("| DOB 12/04/51 | 204816/KM | ward 3"): a phone is never written there unlabelled.
_AFTER_DOB_FIELD = re.compile(
    r"DOB[ \t]*:?[ \t]*[^|;\n]{4,24}?[ \t]*[|;][ \t]*"
    r"(?P<number>\d{6,10}(?:/[A-Z]{1,2})?|\d\d-\d\d-\d{3})[ \t]*(?=[|;]|$)",
    re.MULTILINE,
)
_BESIDE_NHS_AFTER = re.compile(
    r"NHS(?:[ \t]+(?:number|no\.?))?[ \t]*[:#]?[ \t]*\d{3}([ -]?)\d{3}\1\d{4}"
    r"(?:[ \t]*[,|;][ \t]*|[ \t]{2,})"
    r"(?:(?-i:(?!DOB|TEL|MOB|FAX)[A-Z]{2,4})[ \t]*:[ \t]*)?(?P<number>\d{6,10})(?![\w/.-])",
    re.IGNORECASE,
)
# After the tenth blind pack: a reference written in a service's own shape, with no word naming it:
# two to five capitals, a hyphen or a slash and four to six digits ("HBO-3009", "DP/52656"), or
# with a group of two digits or of letters between ("SLR/17/508", "IPC/LB/540", "DPA-48-9007":
# then three digits are enough). Short codes stay ("COVID-19", "PHQ-9", "ICD-10"), as do months
# ("DEC-2024" is a date). Found from each hyphen or slash with capitals before it and a digit
# after, read back to where the reference starts. After the eleventh blind pack: four to six
# digits may end with two more after a slash or a hyphen ("FFW/2838/47", "UD-4530-11").
# After the thirteenth blind pack: two capitals joined by "&" ("R&D-6120"), and up to six
# capitals then short groups after slashes, one of two digits and one of two capitals (perhaps
# two digits after them): "TX/QR/27", "GD/14/NW", "HUDDLE/52/KM", "CPK/31/RW42", as blood banks,
# guardians and bed bureaux number their cases ("IV/PO" and "A/E" have no digits, so stay).
# After the twentieth blind pack: four to six digits may end with one to three capitals after a
# slash or a hyphen ("JB/6636/D", "MGS/8654/YF", "TV/6195/NX"), as reviews and job sheets do.
_REFERENCE_BARE = re.compile(
    r"([A-Z]{2,5}|[A-Z]&[A-Z])(?:[-/](?:\d\d|[A-Z]{1,4})[-/]\d{3,6}"
    r"|[-/]\d{4,6}(?:[-/](?:\d\d|[A-Z]{1,3}))?)"
    r"(?![\w/]|[.-]\d)"
)
_REFERENCE_SHORT_GROUPS = re.compile(
    r"([A-Z]{2,6})/(?:\d\d/[A-Z]{2}(?:\d\d)?|[A-Z]{2}/\d\d)(?![\w/])"
)
_MONTH_CAPITALS = frozenset(
    ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC")
)
_REFERENCE_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/&")
# After the eighth blind pack: a postcode in lower case where nothing else can be read: on a line
# of its own (an address block typed in lower case) or after "Postcode:"
_POSTCODE_LOWER = re.compile(
    r"[a-pr-uwyz][a-hk-y]?\d[a-z\d]? {0,2}\d[abd-hjlnp-uw-z]{2}(?=[ \t]*(?:\n|$))"
)
_POSTCODE_LABEL_LOWER = re.compile(
    r"postcode[ \t]*:?[ \t]*([a-pr-uwyz][a-hk-y]?\d[a-z\d]? {0,2}\d[abd-hjlnp-uw-z]{2})(?![\w])",
    re.IGNORECASE,
)


_HOSPITAL_NUMBER_CONTEXT_ANYWHERE = re.compile(
    r"\b" + _HOSPITAL_NUMBER_CONTEXT.pattern, re.IGNORECASE
)
_ID_CONTEXT_ANYWHERE = re.compile(r"\b" + _ID_CONTEXT.pattern, re.IGNORECASE)


_SHORT_DATE = re.compile(r"\d{1,2}/\d{1,2}")


# After the thirty-eighth blind pack: a statutory instrument is named with its year after
# "Order" ("the Air Navigation Order 2016", "the Regulatory Reform (Fire Safety) Order 2005"), a
# title capitalised as a law's is, and the year is no order's number; "order 2016" in lower case,
# or an order's number of other than a year's four digits, is still one.
_YEAR_OF_AN_ORDER = re.compile(r"[\w)][ \t]Order[ \t]+(?:19|20)\d\d$")


def _reference_like(value: str) -> bool:
    """Four digits or more, and not a day and month ("Incident 30/03" is a date)."""
    return (sum(c.isdigit() for c in value) >= 4 and not _SHORT_DATE.fullmatch(value)) or (
        _SHORT_LETTERED_REFERENCE.fullmatch(value) is not None
        and value[:-4].lower() not in SHORTHAND
    )


# After the thirty-first blind pack: a small firm's or a depot's own form numbers its references
# by a few capitals and three digits ("reference TK/965", "log RAD/829"); after a reference's word
# that shape is one, though three digits alone ("ref 123") may be a count, and clinical shorthand
# before them ("log BP-120") is a reading.
_SHORT_LETTERED_REFERENCE = re.compile(r"[A-Z]{2,4}[/-]\d{3}")


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


def _matches_after_words(
    text: str, lowered: str, words: Iterable[str], pattern: re.Pattern[str]
) -> Iterable[re.Match[str]]:
    """``pattern`` matched only where one of ``words`` starts a word of ``text``."""
    starts = set()
    for word in cues_that_may_open_words(lowered, words):
        position = lowered.find(word)
        while position != -1:
            if not (position and _is_word_character(lowered[position - 1])):
                starts.add(position)
            position = lowered.find(word, position + 1)
    for start in sorted(starts):
        if match := pattern.match(text, start):
            yield match


def _valid_nhs_number(digits: str) -> bool:
    return check_digit(digits[:9]) == int(digits[9])


def _valid_day_month(day: int, month: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


# Where a postcode, a bare hospital number or a bare reference can start: a capital opening a
# word, up to five more capitals, perhaps a separator, then a digit. Speed: the text is scanned
# once for these few places and the three patterns are tried only there (``_finditer_at``).
_CAPITALS_THEN_DIGIT = re.compile(r"[A-Z](?<![\w].)[A-Z]{0,5}[-/ ]?\d")


def _finditer_at(text: str, starts: list[int], pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, when ``starts`` holds every place it could start."""
    position = 0
    for start in starts:
        if start >= position and (match := pattern.match(text, start)):
            yield match
            position = match.end()


def _digits_only_ascii(text: str) -> bool:
    """Whether the only decimal digits ``text`` can hold are 0 to 9: true when every character is
    in Latin-1, as the first decimal digit beyond ASCII is U+0660. Speed: there the patterns that
    start with a digit can start with [0-9], which the regex engine tests far faster than \\d."""
    if text.isascii():
        return True
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


# Speed: scanning for a pattern that starts with a character class tests the class at every
# position of the text (about 0.1 million instructions a narrative for each such scan, under
# callgrind). For a text in Latin-1 the places where a pattern that starts with a digit (or with
# capitals then a digit) can start are read instead from the text's characters mapped to their
# classes, one byte each so that offsets are the text's: "0" a digit 0 to 9, "A" a capital A to
# Z, "a" any other word character, the hyphen, slash and space themselves, "." the rest. There a
# pattern starts with one byte, which the regex engine finds far faster; the two patterns below
# mean on the classes what _CAPITALS_THEN_DIGIT and "a digit with no word character before it"
# (where NHS numbers, digits-first hospital numbers and _DIGIT_DATE start) mean on the text.
_CHARACTER_CLASSES = bytes(
    ord("0") if "0" <= c <= "9"
    else ord("A") if "A" <= c <= "Z"
    else ord("a") if c.isalnum() or c == "_"
    else ord(c) if c in "-/ "
    else ord("u") if c == "?"
    else ord(".")
    for c in map(chr, range(256))
)  # fmt: skip
_CLASSES_CAPITALS_THEN_DIGIT = re.compile(rb"A(?<![0Aa].)A{0,5}[-/ ]?0")
_CLASSES_DIGIT_OPENING_WORD = re.compile(rb"0(?<![0Aa].)")
# A text beyond Latin-1 is mapped from its Latin-1 encoding with every other character written
# "?", so "u" (a question mark, or any character beyond Latin-1) may be a digit or not, a word
# character or not: read so, the patterns find every place a match can start, and a few more
# where the text's own patterns then find nothing.
_CLASSES_CAPITALS_THEN_PERHAPS_DIGIT = re.compile(rb"A(?<![0Aa].)A{0,5}[-/ ]?[0u]")
_CLASSES_OTHER_OPENING_WORD = re.compile(rb"u(?<![0Aa].)")


def _class_starts(text: str, latin_1: bool) -> tuple[list[int], list[int], list[int]]:
    """Where _CAPITALS_THEN_DIGIT matches, where a digit with no word character before it is, and
    those of them that three digits open (where an NHS number or a digits-first hospital number
    can start): exactly in a text in Latin-1 (``latin_1``), with a few more places beyond it."""
    if latin_1:
        classes = text.encode("latin-1").translate(_CHARACTER_CLASSES)
        capital_starts = [m.start() for m in _CLASSES_CAPITALS_THEN_DIGIT.finditer(classes)]
        digit_starts = [m.start() for m in _CLASSES_DIGIT_OPENING_WORD.finditer(classes)]
        return (
            capital_starts,
            digit_starts,
            [start for start in digit_starts if classes.startswith(b"000", start)],
        )
    classes = text.encode("latin-1", "replace").translate(_CHARACTER_CLASSES)
    capital_starts = [m.start() for m in _CLASSES_CAPITALS_THEN_PERHAPS_DIGIT.finditer(classes)]
    digit_starts = [m.start() for m in _CLASSES_DIGIT_OPENING_WORD.finditer(classes)]
    # A digit beyond Latin-1 ("٣"): \d reads it as one.
    if others := [
        m.start()
        for m in _CLASSES_OTHER_OPENING_WORD.finditer(classes)
        if text[m.start()].isdecimal()
    ]:
        digit_starts = sorted(digit_starts + others)
    return capital_starts, digit_starts, digit_starts


def _name_before_number(word: str) -> bool:
    """Whether the word before a letter-first number reads as a name (see above)."""
    keys = [normalise(part) for part in word.split("-")]
    return all(
        key in surnames()
        or key in first_names()
        or (len(key) >= 3 and key not in english_words() and key not in places())
        for key in keys
    ) and not any(key in ROLE_WORDS or key in SHORTHAND for key in keys)


def _pattern_spans(text: str, lowered: str | None = None) -> Iterable[_Found]:
    match: re.Match[str] | None  # a loop's match, then a pattern's match or None
    # ``lowered`` may be normalised (curly apostrophes straightened): only words without one
    # are looked for in it.
    if lowered is None:
        lowered = text.lower()
    latin_1 = _digits_only_ascii(text)
    capital_starts, digit_starts, nhs_starts = _class_starts(text, latin_1)
    nhs_or_digits_first = _NHS_OR_DIGITS_FIRST_0_TO_9 if latin_1 else _NHS_OR_DIGITS_FIRST
    for match in _finditer_at(text, nhs_starts, nhs_or_digits_first):
        if match[2] is None:
            yield (match.start(), match.end(), "HOSPITAL_NUMBER")
        elif _valid_nhs_number(match[1] + match[2] + match[4] + match[5]):
            yield (match.start(), match.end(), "NHS_NUMBER")
    for match in _finditer_at(text, capital_starts, _POSTCODE):
        yield (match.start(), match.end(), "POSTCODE")
    # Speed: a number starts at "+", "(" or a "0" with no word character before it (the
    # pattern's look-behind), so the "0"s inside times, dates and other numbers are not tried:
    # they are read from ``digit_starts``, not found with str.find.
    phone_starts = [*_all_positions(text, "+"), *_all_positions(text, "(")]
    phone_starts += [start for start in digit_starts if text[start] == "0"]
    phone_starts.sort()
    for match in _finditer_at(text, phone_starts, _PHONE):
        digits = _NOT_DIGIT.sub("", match[0])
        national = digits[2:] if match[0].startswith(("+", "(+")) else digits
        national = national.removeprefix("0")
        if len(national) in (9, 10):
            # "(07700 900123)": the bracket opens an aside, not an area code, when none closes
            start = match.start() + (match[0][0] == "(" and ")" not in match[0])
            yield (start, match.end(), "PHONE")
    for at in _all_positions(text, "@"):
        # Read back from the "@" to where the address starts, so that another address just
        # before it ("From: a@b.nhs.uk\nTo: c@d.com") is not the one matched.
        start = at
        while start > max(0, at - 64) and (
            text[start - 1] in _EMAIL_LOCAL or text[start - 1].isalnum()
        ):
            start -= 1
        if (match := _EMAIL.match(text, start, at + 256)) and at < match.end():
            yield (match.start(), match.end(), "EMAIL")
    if "www." in lowered or "://" in text:
        # Speed: a link starts with "http" or "www." in any case; tried only where one is written
        # (the pattern opens with a look-behind, so the regex engine would try every position).
        if len(lowered) == len(text):
            link_starts = sorted(
                [*_all_positions(lowered, "http"), *_all_positions(lowered, "www.")]
            )
            links = _finditer_at(text, link_starts, _URL)
        else:
            links = _URL.finditer(text)
        for match in links:
            end = match.end()
            while end > match.start() and text[end - 1] in _URL_TRAILING:
                end -= 1
            yield (match.start(), end, "URL")
    yield from _bare_urls(text, lowered)
    yield from _date_spans(text, lowered, digit_starts)
    for match in _matches_after_words(text, lowered, ("age",), _AGED):
        yield (match.start(1), match.end(1), "AGE")
    for match in _AGE_SEX.finditer(text):  # "(93F)", "(101M)": age and sex, as forms write
        yield (match.start(1), match.end(1), "AGE")
    # Speed: tried only at a "1" or a "9" with no word character before it, as only there is
    # an age kept; a match tried inside a number ("1190 yrs") is dropped below and, holding no
    # digit after its own, covers no place where a kept one could start.
    age_starts = [start for start in digit_starts if text[start] in "19"]
    for match in _finditer_at(text, age_starts, _AGE):
        start = match.start(1)
        if not (start and _is_word_character(text[start - 1])):
            yield (start, match.end(1), "AGE")
    if "ninety" in lowered or "hundred" in lowered:
        for match in _AGE_IN_WORDS.finditer(text):
            yield (match.start(1), match.end(1), "AGE")
    for match in _matches_after_words(
        text, lowered, ("deceased", "patient", "who "), _AGE_OF_SUBJECT
    ):
        yield (match.start(1), match.end(1), "AGE")
    for match in _matches_after_words(text, lowered, ("he is ", "she is "), _AGE_OF_PRONOUN):
        yield (match.start(1), match.end(1), "AGE")
    if len(lowered) == len(text):
        for match in _matches_after_words(
            text, lowered, _HOSPITAL_NUMBER_WORDS, _HOSPITAL_NUMBER_CONTEXT
        ):
            yield (match.start(1), match.end(1), "HOSPITAL_NUMBER")
        references = {
            (match.start(1), match.end(1))
            for match in _matches_after_words(text, lowered, _ID_WORDS, _ID_CONTEXT)
            if _reference_like(match[1])
        }
    else:  # lower-casing changed the length: offsets differ, so search the text itself
        for match in _HOSPITAL_NUMBER_CONTEXT_ANYWHERE.finditer(text):
            yield (match.start(1), match.end(1), "HOSPITAL_NUMBER")
        references = {
            (match.start(1), match.end(1))
            for match in _ID_CONTEXT_ANYWHERE.finditer(text)
            if _reference_like(match[1])
        }
    if len(lowered) == len(text):
        for match in _matches_after_words(text, lowered, _ID_AFTER_DEED_WORDS, _ID_AFTER_DEED):
            if _reference_like(match[1]):
                references.add((match.start(1), match.end(1)))
        if "ref," in lowered or "reference," in lowered:
            for match in _REFERENCE_AFTER_COMMA.finditer(text):
                references.add((match.start(1), match.end(1)))
    for start, end in references:
        if end - start == 4 and _YEAR_OF_AN_ORDER.search(text, max(0, start - 12), end):
            continue
        yield (start, end, "ID")
    for position in _all_positions(text, "-"):
        if (
            position >= 2
            and text[position - 2 : position].isdigit()
            and not (
                position > 2
                and (_is_word_character(text[position - 3]) or text[position - 3] in "-/.")
            )
            and (match := _HOSPITAL_NUMBER_HYPHENED.match(text, position - 2))
            and (match.start(), match.end()) not in references
        ):
            yield (match.start(), match.end(), "HOSPITAL_NUMBER")
    for start in digit_starts:
        if (
            start >= 4
            and text[start - 2 : start] in (", ", " (")
            and (match := _HOSPITAL_NUMBER_MIXED.match(text, start))
            and (text[start - 1] == "(") == (text[match.end() : match.end() + 1] == ")")
            and (word := _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 40), start - 2))
            and (
                any(
                    (key := normalise(part)) in surnames() or key in first_names()
                    for part in word[0].split("-")
                )
                or (text[start - 2] == "," and _name_before_number(word[0]))
            )
        ):
            yield (match.start(), match.end(), "HOSPITAL_NUMBER")
    for start in capital_starts:
        if (
            start >= 4
            and text[start - 2 : start] == ", "
            and (
                match := _NUMBER_LETTER_FIRST.match(text, start)
                or _NUMBER_LETTER_HYPHEN.match(text, start)
            )
            and (word := _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 40), start - 2))
            and _name_before_number(word[0])
        ):
            yield (match.start(), match.end(), "HOSPITAL_NUMBER")
    yield from _bare_references(text)
    for position in _all_positions(text, "NHS"):
        before = _BESIDE_NHS_BEFORE.search(text, max(0, position - 19), position)
        after = _BESIDE_NHS_AFTER.match(text, position)
        for match in (before, after):
            if match and not (len(match["number"]) == 10 and match["number"][0] == "0"):
                yield (match.start("number"), match.end("number"), "HOSPITAL_NUMBER")
    for position in _all_positions(text, "DOB"):
        match = _AFTER_DOB_FIELD.match(text, position)
        if match and not (len(match["number"]) == 10 and match["number"][0] == "0"):
            yield (match.start("number"), match.end("number"), "HOSPITAL_NUMBER")
    if "postcode" in lowered:
        for match in _POSTCODE_LABEL_LOWER.finditer(text):
            yield (match.start(1), match.end(1), "POSTCODE")
    for position in _all_positions(text, "\n"):
        if "a" <= text[position + 1 : position + 2] <= "z" and (
            match := _POSTCODE_LOWER.match(text, position + 1)
        ):
            yield (match.start(), match.end(), "POSTCODE")
    if "log" in lowered:  # a police log as forces write it: "log 319 of 19/06"
        for match in finditer_from(text, ("log", "Log"), _POLICE_LOG):
            yield (match.start(1), match.end(1), "ID")
    # Speed: the pattern is tried only just before an "ID", "no" or "number" with a digit after.
    system_ids = set()
    for keyword in _SYSTEM_ID_WORDS:
        position = text.find(keyword)
        while position != -1:
            if match := _SYSTEM_ID.search(text, max(0, position - 16), position + 32):
                system_ids.add((match.start(1), match.end(1)))
            position = text.find(keyword, position + 3)
    for start, end in system_ids:
        yield (start, end, "ID")
    for match in _finditer_at(text, capital_starts, _ID_BARE):
        yield (match.start(), match.end(), "ID")
    for match in _finditer_at(text, capital_starts, _UNIT_OR_FORM_NUMBER):
        yield (match.start(), match.end(), "ID")
    for match in _finditer_at(text, capital_starts, _HOSPITAL_NUMBER_BARE):
        if (
            (match.start(), match.end()) not in references
            and not (match[0][3:4] == " " and match[0][:3] in _NOT_HOSPITAL_NUMBER_CAPITALS)
            and not (match[0][2:3] == " " and match[0][:2] in _NOT_HOSPITAL_NUMBER_PAIRS)
        ):
            label = "ID" if _INCIDENT_SHAPE.fullmatch(match[0]) else "HOSPITAL_NUMBER"
            yield (match.start(), match.end(), label)


def _bare_references(text: str) -> Iterable[_Found]:
    starts = set()
    for separator in "-/":
        for position in _all_positions(text, separator):
            if (
                position >= 2
                and "A" <= text[position - 1] <= "Z"
                and "0" <= text[position + 1 : position + 2] <= "9"
            ):
                start = position - 1
                while start and (text[start - 1] in _REFERENCE_CHARACTERS):
                    start -= 1
                if not (start and (_is_word_character(text[start - 1]) or text[start - 1] in ".")):
                    starts.add(start)
    for start in starts:
        if (match := _REFERENCE_BARE.match(text, start)) and match[1] not in _MONTH_CAPITALS:
            yield (match.start(), match.end(), "ID")
        elif (match := _REFERENCE_SHORT_GROUPS.match(text, start)) and not any(
            len(group) <= 3 and group.isalpha() and group.lower() in SHORTHAND
            for group in match[0].split("/")
        ):  # "BP/HR/12" is observations, not a case
            yield (match.start(), match.end(), "ID")


def _all_positions(text: str, character: str) -> Iterable[int]:
    position = text.find(character)
    while position != -1:
        yield position
        position = text.find(character, position + 1)


# What may follow "the 3rd" (or "the third") for it to be a day of the month: a line break, a
# time, punctuation, a small word ("at", "and", "too") or a capitalised word that names no
# floor, ward or dose; never a lower-case noun ("the 3rd floor", "the second time").
_NTH_FOLLOW = (
    r"(?i:[ \t]*\n|\s+\d\d?[:.]?\d\d(?![\d.])"
    # after the twenty-ninth blind pack: a table's cell closing after it ("overdue since the 25th
    # |") and a clause going on with its subject ("On the 22nd the manager rang")
    r"|[ \t]*\|(?:[ \t\n]|$)|[ \t]+the[ \t]"
    r"|\s+[–—-]\s|\s+\((?!\d?\d(?:st|nd|rd|th))|[ \t]{2,}|\s*(?:$|[.,;:!?)\]]|\s(?:at|and|or|about|"
    r"when|in|on|by|i|she|he|they|we|but|under|while|for|to|via|with|without|after|before|from|until|"
    r"following|too|"
    r"during|as|because|was|were|had|another|around|approx|of\s+(?:the|this|that)\s+month|"
    r"am|pm|that|found|then|full\s+stop|"
    # after the thirty-second blind pack: a clause going on with a possessive or a finding ("on
    # the 24th her temperature was 35", "On the 1st our usher", "a scan on the 29th showed"),
    # never a noun of its own
    r"her|his|their|our|my|showed|shows)\b"
    r"|(?-i:\s(?!Floor|Ward|Bay|Dose|Cycle|Line|Stage|Trimester|Week|Day|Year)[A-Z][a-z]+\b"
    r"(?!\s+[Ff]loor))))"
)
_NTH_FOLLOWS = re.compile(_NTH_FOLLOW)
# After the sixth blind pack: a day of the month in words ("on the fourth", "since the
# twenty-first", "Date: the seventh"), read in the lower-cased text from the literal "the ",
# then held to the rules of "the 4th" (a word that introduces a date before it, or closing a
# clause, and what may follow). "the first/second/third" need a date word before them that
# cannot start a list ("on", "since", "Date:"; not "and", "of", "for": "for the first time").
_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth"
).split()
_WORDED_NTH = re.compile(
    r"the\s+((?:twenty|thirty)[- ](?=first\b)|twenty[- ])?("
    + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
    + r")(?![\w-])"
)
# "on the first, second and third attempts": a list of ordinals, no date.
_ORDINAL_LIST_AFTER = re.compile(
    r",?\s+(?:and\s+|or\s+|to\s+)?(?:twenty[- ]|thirty[- ])?(?:" + "|".join(_ORDINAL_WORDS) + r")\b"
)
_INSIDE_WORDS = (" in ", " into ", " during ", "\nin ")
_LIST_OPENERS = ("and", "of", "for", "after", "before", "from", "review", "visit", "appointment")

# The dates that start with a digit, in one pattern so the text is read once for all of them;
# each branch keeps the rules of its pattern above (tried in this order at a given digit).
# Speed: the look-ahead after the first digit holds what every branch needs next (three more
# digits, then a hyphen or a slash or two more digits; or a digit perhaps, then a separator, an
# ordinal's or a month's first letter, or a blank before "of", a capital or a month in lower
# case), so a number such as "15 patients" or a year "2025" fails there instead of in each
# branch in turn. It adds no condition a match lacks.
# After the thirty-seventh blind pack: the date of an ISO 8601 timestamp, a "T" and the time
# written straight after it, as system exports and CSV files write them ("2025-03-01T08:02",
# "2026-02-16T16:48:05Z"); the date is the identifier, the time is left as it is.
_DIGIT_DATE = re.compile(
    r"(\d)(?<![\w].)"
    r"(?=\d{3}(?:[-/]|\d\d)|\d?(?:[/.\-JFMASONDsnrtSNRT]|\s+(?:of\s|[JFMASOND])"
    r"| (?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)))(?:"
    r"(?P<iso>(?<![/-].)\d{3}(?P<iso_separator>[-/])(?P<iso_month>\d{2})(?P=iso_separator)"
    r"(?P<iso_day>\d{2})(?!(?!T\d\d:?\d\d)[\w/]|[-/]\d))"
    r"|(?P<numeric>(?<![/.-].)(?P<numeric_day>\d?)(?P<separator>[/.-])(?P<numeric_month>\d{1,2})"
    r"(?P=separator)(?:\d{4}|\d{2})(?![\w/]|[.-]\d))"
    r"|(?P<range>(?<![/.:-].)(?P<range_day>\d?)/(?P<range_month>\d\d?)-(?P<range_end_day>\d\d?)/"
    r"(?P<range_end_month>\d\d?)/(?:\d{4}|\d{2})(?![\w/]|[.-]\d))"
    r"|(?P<month_year>(?<![/.:-].)(?P<month_year_month>\d?)/(?:19|20)\d\d(?![\w/]|[.-]\d))"
    r"|(?P<short>(?<![/.:-].)(?P<short_day>\d?)/(?P<short_month>\d\d?)(?![\w/]|[.:]\d))"
    r"|(?P<dotted>(?<![/.:,-].)(?P<dotted_day>\d?)\.(?P<dotted_month>\d\d?)(?![\w/]|[.:,]\d))"
    rf"|(?P<lettered>(?<![/.:-].)(?P<lettered_day>\d?)(?P<lettered_separator>[/.])"
    rf"(?P<lettered_month>{_MONTH}|{_ROMAN_MONTH})(?P=lettered_separator)(?:\d{{4}}|\d{{2}})"
    r"(?![\w/]|[.-]\d))"
    r"|(?P<six>(?<![/.:,-].)\d{5}(?![\w/]|[.:,/-]\d))"
    r"|(?P<eight>(?<![/.:,-].)\d{7}(?![\w/]|[.:,/-]\d))"
    r"|(?P<lower>(?<![/.:-].)(?P<lower_day>\d?) (?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
    r" (?:\d{4}|\d\d)(?![\w]|[.:,/-]\d))"
    r"|(?P<compact>(?P<compact_day>\d?)(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
    r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"(?:\d{4}|\d{2})(?![\w]))"
    rf"|(?P<worded>(?P<worded_day>\d?){_ORDINAL}?(?:\s+(?:of\s+)?|-){_MONTH}"
    rf"(?:,?\s+{_YEAR}|-(?:{_YEAR}|\d\d)(?!\d))?{_NOT_WORD_AFTER})"
    r"|(?P<nth>(?P<nth_day>\d?)(?i:st|nd|rd|th)(?![\w])(?=" + _NTH_FOLLOW + "))"
    r")"
)


def _from_0_to_9(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern``, which starts with a digit (\\d), starting with one of 0 to 9 instead: the same
    pattern for a text whose only digits are those (``_digits_only_ascii``)."""
    assert pattern.pattern.startswith("(\\d)")
    return re.compile("([0-9])" + pattern.pattern.removeprefix("(\\d)"), pattern.flags)


_DIGIT_DATE_0_TO_9 = _from_0_to_9(_DIGIT_DATE)
_NHS_OR_DIGITS_FIRST_0_TO_9 = _from_0_to_9(_NHS_OR_DIGITS_FIRST)


# A day and month without a year: 10/10 is a score, 3/7 a duration, 4/5 a power grade, so one
# is a date only with something that says so. Two digits each (29/10) need a word that
# introduces a date before it ("on", "by", "admitted"); a shorter form (3/7, 14/2) a stronger
# word (not "of", "to", "after": "improved from 3/5 to 4/5", "after 2/7"). Either is a date
# when zero-padded (09/07: nobody pads a score), when a time follows it ("3/4 23:25",
# "16/10 0855hrs", "7/5 at 2.15am"), after a weekday ("Tues 14/2"), after "by" and a name
# ("seen by Dr Okafor 24/12"), or closing a signed line ("Signed Dr Okafor, 8/3.").
_BEFORE_SHORT_DAY_MONTH = re.compile(
    r"(?<![\w])(?:on|by|until|till|since|date|dated|received|admitted|readmitted|discharged|"
    r"reported|seen|died|born|completed|closed|opened|sent|held|started|stopped|due|shift|"
    r"death|incident|meeting|signed|booked(?:\s+for)?|d\.o\.b\.?|dob|"
    # after the thirty-second blind pack: a part of a day ("spent the evening of 8/7 at a party",
    # "on the night of 3/2"), which no score or duration has
    r"(?:morning|afternoon|evening|night)\s+of)[:,]?\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DURATION_AFTER = re.compile(
    r"\s+(?:ago|earlier|previously|prior|before|later|old|hx|history|of\s+(?!the\b)\w+\s+\w)\b"
    r"|-(?:old|hx)\b"
)
_TIME_AFTER = re.compile(
    r",?\s+(?:at\s+|approx\.?\s+|approximately\s+|@\s*)?"
    r"(?:[01]?\d[:.][0-5]\d|2[0-3][:.][0-5]\d|(?:[01]\d|2[0-3])[0-5]\d(?:\s*h|\b)|"
    r"1?\d(?:[:.][0-5]\d)?\s*[ap]\.?m\b)"
)
_WEEKDAY = (
    r"(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun|MON|TUE|TUES|WED|WEDS|THU|THUR|THURS|"
    r"FRI|SAT|SUN)(?:day|sday|nesday|rsday|urday|DAY|SDAY|NESDAY|RSDAY|URDAY)?\.?"
)
# After the thirteenth blind pack: also the two-letter weekdays of rotas and lists ("We 12/11",
# "Fr 11/10"), with a capital and no stop; "We" opening a sentence is the pronoun.
_WEEKDAY_BEFORE = re.compile(rf"(?<![\w])(?:{_WEEKDAY}|Mo|Tu|Th|Fr|Sa|Su|(?<=[\w,] )We)\s+$")
_BY_NAME_BEFORE = re.compile(r"(?<![\w])by\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:\([\w ]{1,30}\)\s+)?$")
_SIGN_OFF_BEFORE = re.compile(r"[^\W\d_)][)]?,\s+$")
_SIGN_OFF_AFTER = re.compile(r"\.?\s*(?:$|\n)|\.\s+[A-Z]")
# "Sun 13th", "Tues 17th", "Thursday the 5th", "Mon 14/2": a weekday and a day of the month.
_WEEKDAY_DATE = re.compile(
    r"[MTWFS](?<![\w].)(?:on|ue|ues|ed|eds|hu|hur|hurs|ri|at|un|ON|UE|UES|ED|EDS|HU|HUR|HURS|RI|AT|UN)"
    r"(?:day|sday|nesday|rsday|urday|DAY|SDAY|NESDAY|RSDAY|URDAY)?\.?\s+(?:the\s+)?"
    r"(?:(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)|(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2]))"
    r"(?![\w/])"
)


def _weekday_or_month_date() -> re.Pattern[str]:
    """_WEEKDAY_DATE and _MONTH_DAY in one pattern, read in one scan of the text.

    Speed: scanning for a pattern that starts with a character class tests the class at every
    position of the text; one scan for both halves that. The scan finds what the two find apart:
    no match of one can start where the other matches (their first three letters differ:
    "Mat"/"Mar", "Fed"/"Feb", "Sed"/"Sep") nor inside a match of the other (a weekday date's
    capitals are its weekday's and start no month word; a month date has no capital after its
    month word's letters, and those follow a letter, which a weekday date may not). The pattern
    is one branch a first letter, each opening with that letter (the weekday half first, then
    the month words filed under it in their order in _MONTH), so the engine can skip to those
    letters and rules out all but one branch on its first character without entering the others
    (a look-behind a half, as before, cost more). A weekday date is a group "weekday_" and its
    letter; a month date has no group."""
    forms = _MONTH.removeprefix("(?:").removesuffix(r")\.?").split("|")
    assert _MONTH == "(?:" + "|".join(forms) + r")\.?"
    assert _WEEKDAY_DATE.pattern.startswith("[MTWFS]") and _MONTH_DAY.pattern.startswith(_MONTH)
    initials = dict.fromkeys(form[0] for form in forms)
    weekday = _WEEKDAY_DATE.pattern.removeprefix("[MTWFS]")
    month_day = _MONTH_DAY.pattern.removeprefix(_MONTH)
    branches = []
    for letter in sorted({*initials, *"MTWFS"}):
        halves = []
        if letter in "MTWFS":
            halves.append(f"(?P<weekday_{letter}>{weekday})")
        if letter in initials:
            months = "|".join(form[1:] for form in forms if form[0] == letter)
            halves.append(rf"(?:{months})\.?{month_day}")
        branches.append(f"{letter}(?:{'|'.join(halves)})")
    return re.compile("|".join(branches))


_WEEKDAY_OR_MONTH_DATE = _weekday_or_month_date()


# A day and month in a range or a pair with a date written with its month's name ("between
# August 8th and 10/8", "from 1/8 to August 12th", "on May 29th and 1/6", "from 6/4 till"):
# a score or a power grade is never paired with a month ("from 3/5 to 4/5" stays).
_PAIRED_DATE_BEFORE = re.compile(
    rf"(?:{_MONTH}\s+\d{{1,2}}{_ORDINAL}?|\d{{1,2}}{_ORDINAL}?\s+(?:of\s+)?{_MONTH})"
    r",?\s+(?:and|to|till|until|-|–)\s+$"
)
_PAIRED_DATE_AFTER = re.compile(
    rf"\s+(?:and|to|till|until|-|–)\s+(?:the\s+)?"
    rf"(?:{_MONTH}\s+\d|\d{{1,2}}{_ORDINAL}?\s+(?:of\s+)?{_MONTH}\b)"
)
_ORDINALS_THEN_NOUN = re.compile(r"\s*(?:,|and|or|to|-|–)\s*\d{1,2}(?:st|nd|rd|th)\s+(?!of\b)[a-z]")
_TILL_AFTER = re.compile(r"\s+(?:till|until)\s")


_REPEAT_BEFORE = re.compile(
    r"(?<![\w])(?:repeat|rpt|recall|r/v|review|f/u|follow[- ]?up)"
    r"(?:\s+(?:booked|due|planned|arranged|requested))?(?:\s+(?:in|for))?\s+$"
    # after the twenty-third blind pack: a course made longer ("extended by 5/7", "continued for
    # a further 2/7"), as only a duration is added to one
    r"|(?<![\w])(?:extended|extend|continued|continue|prolonged)\s+(?:by|for)(?:\s+a\s+further)?\s+$"
    r"|(?<![\w])for\s+a\s+further\s+$",
    re.IGNORECASE,
)


def _is_day_and_month(text: str, start: int, end: int, two_digits: bool) -> bool:
    """Whether a day and month without a year (29/10, 3/7) at text[start:end] is a date."""
    written = text[start:end]
    if _DURATION_AFTER.match(text, end):  # "called 111 on 2/7 earlier": two days before
        return False
    slash = written.index("/")
    # "repeat booked 3/12", "r/v in 6/7": a wait of three months or six days, in the shorthand
    # of days (/7) and months (/12), after a word that books something again or lengthens it.
    if (
        slash == 1
        and written[2:] in ("7", "12")
        and _REPEAT_BEFORE.search(text, max(0, start - 30), start)
        and not _TIME_AFTER.match(text, end)
    ):
        return False
    if written[0] == "0" or written[slash + 1] == "0":
        return True
    # A day from the 13th over a month (29/7, 16/8, 14/12) is no score, grade or duration: a
    # score is never more than its whole (4/5, 10/10, 14/15), and a duration in days or months
    # is written 3/7, 6/12 ("a 14/12 old" is caught as a duration above).
    if int(written[:slash]) >= 13:
        return True
    # Cheapest first; the look-backs only where their first letters are there.
    # After the fourteenth blind pack: a time opening the next line is the next entry's in a log
    # ("re co-amoxiclav 5/7\n14:16 escalated"), unless the day and month open their own line.
    if (time := _TIME_AFTER.match(text, end)) and (
        "\n" not in time[0] or not start or text[start - 1] == "\n"
    ):
        return True
    # On a line of its own, as a letter is dated ("...HP20 3XB\n\n17/4\n\nDear Mr Farnon").
    if (not start or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n"):
        return True
    window = max(0, start - 40)
    before = text[window:start]
    if before[-2:] == ", " and _SIGN_OFF_AFTER.match(text, end):
        if _SIGN_OFF_BEFORE.search(text, start - 4, start):
            return True
    return bool(
        _BEFORE_SHORT_DAY_MONTH.search(text, max(0, start - 16), start)
        or (two_digits and _BEFORE_DAY_MONTH.search(text, max(0, start - 16), start))
        or _WEEKDAY_BEFORE.search(text, max(0, start - 12), start)
        or ("by " in before and _BY_NAME_BEFORE.search(text, window, start))
        or _PAIRED_DATE_AFTER.match(text, end)
        or (before[-5:].lower() == "from " and _TILL_AFTER.match(text, end))
        or _PAIRED_DATE_BEFORE.search(text, max(0, start - 30), start)
    )


# Six digits (040325) are a day, month and year only with something that says so, since a
# hospital number, a count or a code can be six digits too: a word that introduces a date before
# them ("on", "seen", "DOB", "Date:", "from", "between"), a weekday, a time after them at the start
# of a line ("\n010824 03:20"), or closing a signed line ("Reviewed by Dr Okafor, 090223.").
_BEFORE_SIX_DIGIT_DATE = re.compile(
    r"(?<![\w])(?:from|between|of\s+birth|week\s+of|w/c|attended|next\s+(?:session|visit|review|"
    r"appointment))[:,]?\s+$",
    re.IGNORECASE,
)


def _is_six_digit_date(text: str, start: int, end: int) -> bool:
    window = max(0, start - 16)
    if (not start or text[start - 1] == "\n") and _TIME_AFTER.match(text, end):
        return True
    if text[max(0, start - 2) : start] == ", " and _SIGN_OFF_AFTER.match(text, end):
        if _SIGN_OFF_BEFORE.search(text, max(0, start - 4), start):
            return True
    return bool(
        _BEFORE_SHORT_DAY_MONTH.search(text, window, start)
        or _BEFORE_SIX_DIGIT_DATE.search(text, window, start)
        or _WEEKDAY_BEFORE.search(text, max(0, start - 12), start)
        or (
            "by " in text[max(0, start - 40) : start]
            and _BY_NAME_BEFORE.search(text, max(0, start - 40), start)
        )
        or _PAIRED_DATE_BEFORE.search(text, max(0, start - 30), start)
    )


# A day and month written with a full stop (14.1, 6.10) reads as a decimal (Hb 14.1, K+ 5.1,
# 2.5 mg) unless a word that introduces a date is just before it ("on 14.1", "since 8.9",
# "Date: 23.11", "Tues 4.3"); "by", "from" and "to" are not enough ("fell by 2.5", "from 3.5
# to 4.2"), and a unit after it makes it a measure ("on 2.5 L", "on 1.5 mg").
_BEFORE_DOTTED_DAY_MONTH = re.compile(
    r"(?<![\w])(?:on|until|till|since|date|dated|received|admitted|readmitted|discharged|"
    r"reported|died|completed|closed|opened|sent|held|due|death|incident|meeting|signed|"
    r"booked(?:\s+for)?|d\.o\.b\.?|dob)[:,]?\s+$",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(
    r"\s*(?:%|x\b|[mµnk]?[gLl]\b|mcg|ml|mls|mmol|micrograms?|units?|litres?|mm|cm|kpa|kg|"
    r"°|degrees|/|hrs?\b|hours?\b|mins?\b|minutes?\b|seconds\b)",
    re.IGNORECASE,
)


_DATE_AFTER_TIME = re.compile(
    rf"[ \t]+(?:\d{{1,2}}{_ORDINAL}?[ \t]+{_MONTH}|\d{{1,2}}/\d{{1,2}}/\d|{_WEEKDAY}[ \t]+\d)"
)


def _is_dotted_day_and_month(text: str, start: int, end: int) -> bool:
    if _UNIT_AFTER.match(text, end) or _DURATION_AFTER.match(text, end):
        return False
    # After the fourteenth blind pack: a date just after makes this a time ("Closed 14.09 18 FEB
    # 2025", "13.06 Fri 18/08/2023"), and a word on the line before does not introduce it ("QC
    # solutions were in date\n09.11 repeat": a log's time).
    if _DATE_AFTER_TIME.match(text, end):
        return False
    before = _BEFORE_DOTTED_DAY_MONTH.search(text, max(0, start - 16), start)
    if before and "\n" in before[0]:
        before = None
    if before and before[0][:2].lower() in ("si", "un", "ti"):
        # "since 20.10" is as often ten past eight: a day up to the 23rd with a two-digit
        # month reads as a time after since, until and till.
        written = text[start:end]
        day, minutes = written.split(".")
        if len(minutes) == 2 and int(day) <= 23:
            return False
    return bool(before or _WEEKDAY_BEFORE.search(text, max(0, start - 12), start))


def _worded_day_spans(text: str, lowered: str) -> Iterable[_Found]:
    for match in _WORDED_NTH.finditer(lowered):
        start, day_start, end = match.start(), match.start(1 if match[1] else 2), match.end()
        if start and lowered[start - 1].isalnum():
            continue
        tens, day = match[1], match[2]
        if not _NTH_FOLLOWS.match(text, end) or _ORDINAL_LIST_AFTER.match(lowered, end):
            continue
        # A word before it, not only the start of a line ("The third and fourth toes").
        before = _BEFORE_THE_NTH.search(text, max(0, start - 24), day_start)
        word = (
            before[0][:-4].lower().strip(" \t\n|([") if before and before.start(1) == start else ""
        )
        # After the thirty-third blind pack: "in the fifth" or "into the eleventh" with no date
        # word before it is a round, a lap or an innings ("caught with a right hand in the
        # fifth."), as a day of the month is "on the fifth", never "in" it.
        if not word and lowered.endswith(_INSIDE_WORDS, max(0, start - 7), start):
            continue
        if day in ("first", "second", "third") and not tens:
            if word and not word.startswith(_LIST_OPENERS):
                yield (start, end, "DATE")
        elif word or _TIME_AFTER.match(text, end) or _NTH_CLOSED.match(text, end):
            yield (start, end, "DATE")


def _date_spans(
    text: str, lowered: str | None = None, digit_starts: list[int] | None = None
) -> Iterable[_Found]:
    # Offsets in ``lowered`` are the text's only when lower-casing kept the length.
    # ``digit_starts``: every digit with no word character before it (and in a text beyond
    # Latin-1 a few more places), where _DIGIT_DATE can start.
    if lowered is not None and len(lowered) == len(text) and "the " in lowered:
        yield from _worded_day_spans(text, lowered)
    digit_date = _DIGIT_DATE_0_TO_9 if _digits_only_ascii(text) else _DIGIT_DATE
    if digit_starts is not None:
        digit_dates = _finditer_at(text, digit_starts, digit_date)
    else:
        digit_dates = digit_date.finditer(text)
    for match in digit_dates:
        first, start = match[1], match.start()
        if match["iso"]:
            # after the sixteenth blind pack: the year first with slashes too ("2024/08/18"),
            # a year of this century or the last
            if _valid_day_month(int(match["iso_day"]), int(match["iso_month"])) and (
                match["iso_separator"] == "-" or text.startswith(("19", "20"), start)
            ):
                yield (start, match.end(), "DATE")
        elif match["numeric"]:
            day, month = int(first + match["numeric_day"]), int(match["numeric_month"])
            if _valid_day_month(day, month) or _valid_day_month(month, day):
                yield (start, match.end(), "DATE")
        elif match["range"]:  # 24/6-26/6/24: a stay, written as two days and one year
            day, month = int(first + match["range_day"]), int(match["range_month"])
            end_day, end_month = int(match["range_end_day"]), int(match["range_end_month"])
            if _valid_day_month(day, month) and _valid_day_month(end_day, end_month):
                yield (start, match.end(), "DATE")
        elif match["month_year"]:  # 05/2023: a month and a year
            if 1 <= int(first + match["month_year_month"]) <= 12:
                yield (start, match.end(), "DATE")
        elif match["short"]:
            day, month = int(first + match["short_day"]), int(match["short_month"])
            if _valid_day_month(day, month) and _is_day_and_month(
                text, start, match.end(), len(match["short_month"]) == 2 and day >= 10
            ):
                yield (start, match.end(), "DATE")
        elif match["dotted"]:  # 14.1, 6.10: a day and month with a full stop, see below
            day, month = int(first + match["dotted_day"]), int(match["dotted_month"])
            if _valid_day_month(day, month) and _is_dotted_day_and_month(text, start, match.end()):
                yield (start, match.end(), "DATE")
        elif match["lettered"]:  # 4/iii/25, 04/Mar/2025, 4.vi.25: the month in letters
            month_word = match["lettered_month"].rstrip(".")
            month = _ROMAN_MONTHS.get(month_word.lower()) or _month_number(month_word.lower())
            if _valid_day_month(int(first + match["lettered_day"]), month):
                yield (start, match.end(), "DATE")
        elif match["six"]:  # 040325: a date only where something says so, see _is_six_digit_date
            written = first + match["six"]
            if _valid_day_month(int(written[:2]), int(written[2:4])) and _is_six_digit_date(
                text, start, match.end()
            ):
                yield (start, match.end(), "DATE")
        elif match["eight"]:
            # After the fourteenth blind pack: 20241025, a date as systems and file names write
            # it (year, month, day, no separators); only with a year from 1900 to 2049 and a
            # real month and day, so a count, a code or a phone's digits stay.
            written = first + match["eight"]
            if 1900 <= int(written[:4]) <= 2049 and _valid_day_month(
                int(written[6:]), int(written[4:6])
            ):
                yield (start, match.end(), "DATE")
        elif match["lower"]:
            # After the fourteenth blind pack: "28 mar 24", a month typed in lower case; only
            # with a year after it, since "mar" and "dec" alone are words or abbreviations
            # ("may" is left out: "2 may 10" is not read as a date).
            if 1 <= int(first + match["lower_day"]) <= 31:
                yield (start, match.end(), "DATE")
        elif match["compact"]:  # 24DEC23 or 24Dec23, as some forms and systems write a date
            if 1 <= int(first + match["compact_day"]) <= 31:
                yield (start, match.end(), "DATE")
        elif match["worded"]:
            if 1 <= int(first + match["worded_day"]) <= 31:
                if text[max(0, start - 4) : start].lower() == "the ":
                    start -= 4
                yield (start, match.end(), "DATE")
        elif 1 <= int(first + match["nth_day"]) <= 31:
            before = _BEFORE_THE_NTH.search(text, max(0, start - 24), start)
            if before and not (
                before[0][:7].lower() == "between" and _ORDINALS_THEN_NOUN.match(text, match.end())
            ):  # "between the 2nd and 3rd ribs" is a place on the body
                yield (before.start(1), match.end(), "DATE")
            elif text[max(0, start - 4) : start].lower() == "the " and (
                _TIME_AFTER.match(text, match.end()) or _NTH_CLOSED.match(text, match.end())
            ):  # with a time after it ("ED, the 23rd at 02.30") or closing a clause or a line
                yield (start - 4, match.end(), "DATE")
    for match in _WEEKDAY_OR_MONTH_DATE.finditer(text):
        start = match.start()
        if match.lastgroup or not (  # a weekday date, or a month's
            start and (text[start - 1].isalnum() or text[start - 1] == "_")
        ):
            yield (start, match.end(), "DATE")


# ---------------------------------------------------------------------------------------------
# Record-aware detectors
# ---------------------------------------------------------------------------------------------


# Nothing here compiles a pattern for one record: every record is different, and compiling costs
# more than reading the text. Known values are looked for with str.find in the lower-cased text
# and checked by hand, or read by patterns compiled once and compared with the record.

# "/" too: the record's "H26/12345" is written with its slash (after the ninth blind pack)
_SEPARATORS = frozenset(" \t\n\r-/")


def _word_starts(lowered: str, word: str) -> Iterable[int]:
    """Where ``word`` occurs in ``lowered`` with no word character before it."""
    position = lowered.find(word)
    while position != -1:
        if not (position and _is_word_character(lowered[position - 1])):
            yield position
        position = lowered.find(word, position + 1)


def _characters_finds(text: str, lowered: str, value: str) -> Iterable[tuple[int, int]]:
    """A known number (NHS or hospital number): its letters and digits in order, each pair
    separated by at most one space or hyphen, in any case."""
    characters = [c for c in value.lower() if c.isalnum()]
    if len(characters) < 4:
        return
    size = len(lowered)
    # Speed: look for the first two characters together (or one separator apart), not for every
    # word that starts with the first.
    first, second = characters[0], characters[1]
    # Speed: a find opens a word with its first character, then the second or a separator, so
    # the text's word openings rule a pair out when the first three characters are ASCII
    # letters or digits: the word is the two characters alone or opens with the three.
    openings = (
        _word_openings(lowered)
        if (head := "".join(characters[:3])).isascii() and len(lowered) == len(text)
        else None
    )
    starts = []
    for pair in (first + second, first + " " + second, first + "-" + second):
        if openings is not None and (
            (head[:2].encode() not in openings and head.encode() not in openings)
            if len(pair) == 2
            else first.encode() not in openings
        ):
            continue
        position = lowered.find(pair)
        while position != -1:
            if not (position and _is_word_character(lowered[position - 1])):
                starts.append(position)
            position = lowered.find(pair, position + 1)
    if len(starts) > 1:
        starts = sorted(set(starts))
    for start in starts:
        position = start + 1
        for character in characters[1:]:
            if (
                position < size
                and lowered[position] in _SEPARATORS
                and (lowered[position] != character)
            ):
                position += 1
            if position < size and lowered[position] == character:
                position += 1
            else:
                break
        else:
            if position == size or not _is_word_character(lowered[position]):
                yield start, position


def _phrase_finds(lowered: str, words: tuple[str, ...]) -> Iterable[tuple[int, int]]:
    """``words`` in order, separated by any run of whitespace, as whole words."""
    size = len(lowered)
    for start in _word_starts(lowered, words[0]):
        position = start + len(words[0])
        for word in words[1:]:
            gap = position
            while gap < size and lowered[gap] in " \t\n\r":
                gap += 1
            if gap == position or not lowered.startswith(word, gap):
                break
            position = gap + len(word)
        else:
            if position == size or not _is_word_character(lowered[position]):
                yield start, position


_MONTH_WORDS = "|".join(sorted({*_MONTHS, *_MONTH_ABBREVIATIONS}, key=len, reverse=True))
# Every way a date of birth is written, read with its parts so they can be compared with the
# record: 07/03/1931, 7.3.31, 07 03 1931, 1931-03-07, 07031931, 7th March 1931, the 7th of
# march, March 7th, 1931 (months in any case here: the record says which date to look for).
_DATE_OF_BIRTH_FORMS = re.compile(
    r"(?:(?P<day>\d{1,2})\s*(?P<separator>[/.\- ])\s*(?P<month>\d{1,2})\s*(?P=separator)\s*"
    r"(?P<year>\d{4}|\d{2})"
    r"|(?P<iso_year>\d{4})(?P<iso_separator>[-/])(?P<iso_month>\d{2})(?P=iso_separator)"
    r"(?P<iso_day>\d{2})"
    r"|(?P<compact_day>\d{2})(?P<compact_month>\d{2})(?P<compact_year>\d{4}|\d{2})"
    rf"|(?:the\s+)?(?P<worded_day>\d{{1,2}}){_ORDINAL}?\s+(?:of\s+)?(?P<worded_month>{_MONTH_WORDS})\.?"
    r"(?:,?\s+(?P<worded_year>\d{4}|\d{2}))?"
    rf"|(?P<month_first>{_MONTH_WORDS})\.?\s+(?:the\s+)?(?P<month_first_day>\d{{1,2}}){_ORDINAL}?"
    r"(?:,?\s+(?P<month_first_year>\d{4}|\d{2}))?"
    r")(?![\w]|[/.-]\d)",
    re.IGNORECASE,
)


def _month_number(word: str) -> int:
    word = word.lower()
    return _MONTHS.get(word) or _MONTH_ABBREVIATIONS.get(word, 0)


def _is_date_of_birth(match: re.Match[str], born: date) -> bool:
    groups = match.groupdict()
    for day, month, year in (
        ("day", "month", "year"),
        ("iso_day", "iso_month", "iso_year"),
        ("compact_day", "compact_month", "compact_year"),
        ("worded_day", "worded_month", "worded_year"),
        ("month_first_day", "month_first", "month_first_year"),
    ):
        if groups[day] is None:
            continue
        month_value = groups[month]
        month_number = int(month_value) if month_value.isdigit() else _month_number(month_value)
        written_year = groups[year]
        year_matches = written_year is None or int(written_year) in (
            born.year,
            born.year % 100,
        )
        if day == "day" or day == "compact_day":
            year_matches = written_year is not None and year_matches
        return int(groups[day]) == born.day and month_number == born.month and year_matches
    return False


def _date_of_birth_spans(text: str, lowered: str, value: str) -> Iterable[_Found]:
    try:
        born = date.fromisoformat(value)
    except ValueError:
        return
    month = list(_MONTHS)[born.month - 1]
    # (From the 10th, the day and the zero-padded day are one word to look for, not two.)
    starts = dict.fromkeys((str(born.day), f"{born.day:02d}", str(born.year), month[:3]))
    for match in _matches_after_words(text, lowered, starts, _DATE_OF_BIRTH_FORMS):
        start = match.start()
        if start and (_is_word_character(text[start - 1]) or text[start - 1] in "/.-"):
            continue
        if _is_date_of_birth(match, born):
            yield (start, match.end(), "DATE")


_ADDRESS_LINE_BREAK = re.compile(r"[,\n]")
_HOUSE_NUMBER_FIRST = re.compile(r"^\d+[A-Za-z]?\s+")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=4096)
def _address_parts(address: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(kind, lower-case words) for the postcode and each line of a known address; the kind is
    POSTCODE, ADDRESS, or LOCALITY for a line after the first with no number and no street (a
    village or a town: part of the address beside it, but identifying no one on its own)."""
    parts: list[tuple[str, tuple[str, ...]]] = []
    postcodes = {m[0] for m in _POSTCODE.finditer(address.upper())}
    for postcode in postcodes:
        compact = postcode.replace(" ", "").lower()
        parts.append(("POSTCODE", (compact[:-3], compact[-3:])))
    lines = [line.strip() for line in _ADDRESS_LINE_BREAK.split(address)]
    for number, line in enumerate(lines):
        if len(line) < 3 or line.upper() in postcodes:
            continue
        variants = {line}
        without_number = _HOUSE_NUMBER_FIRST.sub("", line)
        if len(without_number) >= 3:
            variants.add(without_number)
        locality = (
            number > 0
            and not _DIGIT.search(line)
            and STREET_ENDINGS.isdisjoint(normalise(line).split())
        )
        for variant in sorted(variants):
            parts.append(("LOCALITY" if locality else "ADDRESS", tuple(normalise(variant).split())))
    return tuple(parts)


def _address_spans(text: str, lowered: str, address: str) -> Iterable[_Found]:
    found: list[_Found] = []
    localities: list[_Found] = []
    # Speed: each part is found where its first word opens a word, so a first word whose first
    # three characters are ASCII letters or digits opening no word of the text rules it out.
    openings = _word_openings(lowered) if len(lowered) == len(text) else None
    for kind, words in _address_parts(address):
        if (
            openings is not None
            and len(words[0]) >= 3
            and (head := words[0][:3]).isascii()
            and head.isalnum()
            and head.encode() not in openings
        ):
            continue
        if kind == "POSTCODE":  # the inward code after the outward, with or without a space
            outward, inward = words
            for start in _word_starts(lowered, outward):
                position = start + len(outward)
                while position < len(lowered) and lowered[position] in " \t":
                    position += 1
                end = position + len(inward)
                if lowered.startswith(inward, position) and (
                    end == len(lowered) or not _is_word_character(lowered[end])
                ):
                    found.append((start, end, "POSTCODE"))
            continue
        for start, end in _phrase_finds(lowered, words):
            (localities if kind == "LOCALITY" else found).append((start, end, "ADDRESS"))
    # A town is redacted only beside the rest of the address ("12 Acacia Avenue, Leeds").
    while localities:
        edges = {end for _, end, _ in found} | {start for start, _, _ in found}
        # A join is one to three characters, so only edges that near can be beside a town.
        beside = [
            span
            for span in localities
            if any(
                (span[0] - size) in edges and text[span[0] - size : span[0]] in _ADDRESS_JOINS
                for size in _JOIN_SIZES
            )
            or any(
                (span[1] + size) in edges and text[span[1] : span[1] + size] in _ADDRESS_JOINS
                for size in _JOIN_SIZES
            )
        ]
        if not beside:
            break
        found.extend(beside)
        localities = [span for span in localities if span not in beside]
    return found


_ADDRESS_JOINS = frozenset({", ", ",", " ", ",\n", "\n", ",  "})
_JOIN_SIZES = sorted({len(join) for join in _ADDRESS_JOINS})


def _same_length_lowered(text: str, lowered: str) -> str:
    """``lowered`` (the text normalised), or when lower-casing changed its length (a dotted
    capital I becomes two characters) the text lowered character by character, so offsets in
    it are offsets in the text."""
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text).replace("’", "'")


def _known_spans(
    text: str, known: Mapping[str, object], normalised: str | None = None
) -> Iterable[_Found]:
    if normalised is None:
        normalised = normalise(text)
    # (Any: the record's value is read as it comes, a string or any iterable of names.)
    given: Any = known.get("names") or []
    if isinstance(given, str):
        given = [given]
    names = [str(name) for name in given]
    for start, end in known_name_spans(text, names, normalised):
        yield (start, end, "PERSON")
    for start, end in known_initials_spans(text, names, normalised):
        yield (start, end, "PERSON")
    lowered = _same_length_lowered(text, normalised)
    for field, label in (("nhs_number", "NHS_NUMBER"), ("hospital_number", "HOSPITAL_NUMBER")):
        if known.get(field):
            for start, end in _characters_finds(text, lowered, str(known[field])):
                yield (start, end, label)
    if known.get("date_of_birth"):
        yield from _date_of_birth_spans(text, lowered, str(known["date_of_birth"]))
    if known.get("address"):
        yield from _address_spans(text, lowered, str(known["address"]))


# ---------------------------------------------------------------------------------------------
# Putting it together
# ---------------------------------------------------------------------------------------------


def resolve(candidates: Iterable[Span], certain: Iterable[Span] = ()) -> list[Span]:
    """Non-overlapping spans, sorted: spans known from the record first, then the longer span,
    then the higher priority label."""
    as_tuples = [(c.start, c.end, c.label) for c in candidates]
    chosen = _resolve(as_tuples, [(c.start, c.end, c.label) for c in certain])
    return [Span(*found) for found in chosen]


def _resolve(candidates: Iterable[_Found], certain: Iterable[_Found] = ()) -> list[_Found]:
    certain = set(certain)
    chosen: list[_Found] = []
    starts: list[int] = []  # the chosen spans' starts and ends, kept in order of position
    ends: list[int] = []
    # Sorted on plain tuples (no key function to call); two spans never tie, as a tie would
    # need the same start, length and label.
    unranked = len(_RANK)
    # (A list, not a generator, for sorted to read: no generator to resume for every span.)
    ordered = sorted(
        [
            (s not in certain, s[0] - s[1], _RANK.get(s[2], unranked), s[0], s[2])
            for s in {c for c in [*candidates, *certain] if c[1] > c[0]}
        ]
    )
    for _, length, _, start, label in ordered:
        end = start - length
        span = (start, end, label)
        index = bisect_right(starts, start)
        if index and ends[index - 1] > start:
            continue
        if index < len(starts) and starts[index] < end:
            continue
        chosen.append(span)
        starts.insert(index, start)
        ends.insert(index, end)
    chosen.sort()
    return chosen


def _merge_adjacent_people(text: str, spans: list[_Found]) -> list[_Found]:
    # "Margaret" and "Smith" found apart but written "Margaret Smith" read better as one [PERSON].
    merged: list[_Found] = []
    for span in spans:
        between = text[merged[-1][1] : span[0]] if merged else ""
        if merged and merged[-1][2] == span[2] == "PERSON" and between in ("", " "):
            merged[-1] = (merged[-1][0], span[1], "PERSON")
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
# guess that wholly contains one keeps its extent (an email with the patient's name in it). When
# the record's span is a number or a date and the guess is a number too, the record says what it
# is: a "phone number" that is the NHS number, a "patient number" that is the date of birth.
_RECORD_LABELS = frozenset({"NHS_NUMBER", "HOSPITAL_NUMBER", "DATE"})
_NUMBER_GUESSES = frozenset({"NHS_NUMBER", "HOSPITAL_NUMBER", "PHONE", "ID", "DATE", "AGE"})


def _record_led(candidates: list[_Found], from_record: list[_Found]) -> list[_Found]:
    if not from_record:
        return []
    from_record = sorted(from_record)
    record_starts = [k[0] for k in from_record]
    widened = []
    for start, end, label in candidates:
        index = bisect_left(record_starts, start)
        while index < len(from_record) and record_starts[index] < end:
            k = from_record[index]
            # A place guessed round a known person ("Thornbury ward" when Thornbury is the
            # patient) is the person: the record is certain, the place a guess.
            if (
                k[1] <= end
                and (start, end) != (k[0], k[1])
                and not (k[2] == "PERSON" and label == "LOCATION")
            ):
                record_says = k[2] in _RECORD_LABELS and (
                    k[2] != "DATE" or label in _NUMBER_GUESSES
                )
                widened.append((start, end, k[2] if record_says else label))
            index += 1
    return [*from_record, *widened]


# An organisation's terms can run to hundreds: one alternation of them all would be tried at
# every position of every text. Instead each term is filed under its first word, the text's
# words are read once, and only the terms filed under a word are compared there.
_TERM_WORD = re.compile(r"[^\W_]+")


def _term_key(word: str) -> str:
    match = _TERM_WORD.search(word)
    return match.group() if match else ""


def _term_words(term: str) -> tuple[str, ...]:
    """A term's lower-case words, without punctuation round it ("(Rye Ward)" -> rye, ward)."""
    words = normalise(term).split()
    if not words or not (key := _term_key(words[0])):
        return ()
    words[0] = words[0][words[0].find(key) :]
    words[-1] = words[-1].rstrip(_TERM_TRAILING) or words[-1]
    return tuple(words)


_TERM_TRAILING = ".,;:!?)]}\"'"


@lru_cache(maxsize=256)
def _term_index(
    terms: Terms,
) -> tuple[dict[str, list[tuple[tuple[str, ...], str]]], dict[str, list[tuple[str, ...]]]]:
    """Terms to redact (with their labels) and to keep, filed under their first word."""
    redact: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for term, label in terms.redact:
        if words := _term_words(term):
            redact.setdefault(_term_key(words[0]), []).append((words, label))
    keep: dict[str, list[tuple[str, ...]]] = {}
    for term in terms.keep:
        if words := _term_words(term):
            keep.setdefault(_term_key(words[0]), []).append(words)
    # The longest term wins at a position.
    for filed_terms in redact.values():
        filed_terms.sort(key=lambda entry: -len(" ".join(entry[0])))
    for filed_words in keep.values():
        filed_words.sort(key=lambda words: -len(" ".join(words)))
    return redact, keep


def _phrase_at(lowered: str, position: int, words: tuple[str, ...]) -> int | None:
    """Where ``words`` end if they are written at ``position`` as whole words, else None."""
    size = len(lowered)
    for number, word in enumerate(words):
        if number:
            gap = position
            while gap < size and lowered[gap] in " \t\n\r":
                gap += 1
            if gap == position:
                return None
            position = gap
        if not lowered.startswith(word, position):
            return None
        position += len(word)
    if (
        position < size
        and _is_word_character(lowered[position])
        and _is_word_character(lowered[position - 1])
    ):
        return None
    return position


def _term_spans(
    text: str, terms: Terms, normalised: str | None = None
) -> tuple[list[_Found], list[tuple[int, int]]]:
    """Spans of the organisation's terms to redact, and the extents of its terms to keep."""
    redact, keep = _term_index(terms)
    lowered = _same_length_lowered(text, normalise(text) if normalised is None else normalised)
    found: list[_Found] = []
    kept: list[tuple[int, int]] = []
    redact_until = keep_until = 0
    for word in _TERM_WORD.finditer(lowered):
        start = word.start()
        if start and _is_word_character(lowered[start - 1]):
            continue
        key = word.group()
        if start >= redact_until:
            for words, label in redact.get(key, ()):
                if (end := _phrase_at(lowered, start, words)) is not None:
                    found.append((start, end, label))
                    redact_until = end
                    break
        if start >= keep_until:
            for words in keep.get(key, ()):
                if (end := _phrase_at(lowered, start, words)) is not None:
                    kept.append((start, end))
                    keep_until = end
                    break
    return found, kept


# A guessed name with a dose after it is a drug the lists lack ("Epilim Chrono 500mg BD").
# (Not after a title or a role: "Nurse Okafor 500mg" is a nurse giving a dose.)
_DOSE_AFTER = re.compile(r" \d+(?:\.\d+)?(?:mg|mcg|g|ml)\b")


def _titled(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] opens with a title or follows a role word."""
    if text[start:end].split()[0].rstrip(".").lower() in _PEOPLE_WORDS | _TITLE_WORDS:
        return True
    before = _ROLE_BEFORE.search(text, max(0, start - 24), start)
    # (a match is always true, so "is not None" is bool(before), in a form mypy narrows)
    return before is not None and before[1].lower() in _PEOPLE_WORDS


_TITLE_WORDS = frozenset(title.lower() for title in TITLES if " " not in title)


# After the thirtieth blind pack: a word joined of English words by hyphens ("Follow-up agreed
# for Friday", "Check-in done", "Hand-over given") opening a log's entry, a CSV's quoted cell or a
# chat's message is a thing, though a person's verb follows it; a part that is a listed given
# name or surname keeps it a name ("Lily-May", "Hall-Jones").
def _compound_of_words(text: str, start: int, end: int) -> bool:
    if text.find("-", start, end) == -1:
        return False
    written = text[start:end]
    if " " in written:
        return False
    parts = normalise(written).split("-")
    english, firsts, lasts = english_words(), first_names(), surnames()
    return all(
        part and part in english and part not in firsts and part not in lasts for part in parts
    )


# After the thirtieth blind pack: a name straight after "St" or "Saint" is a saint's, in what is
# named after the saint ("a St Aidan Ambulance crew", "St Brigid's Day"), unless a title makes
# "St" part of a surname ("Mr St Clair").
_SAINT_BEFORE = re.compile(r"(?<![\w.])(?:St\.?|Saint)[ \t]+$")
_TITLE_BEFORE_SAINT = re.compile(r"(?<![\w])([^\W\d_]+)\.?[ \t]+$")


def _named_for_a_saint(text: str, start: int, end: int) -> bool:
    # the saint's name then the capitalised word of what is named after the saint; a possessive
    # ("St Aidan's School"), a comma ("St Clements, Norwich") or a given name before "St"
    # ("Iris St John") is read as before
    # Speed: a literal test first, as most names have no "St" before them.
    if not text.endswith(_SAINT_ENDS, max(0, start - 7), start):
        return False
    if " " in text[start:end] or not _SAINT_THING_AFTER.match(text, end):
        return False
    if not (saint := _SAINT_BEFORE.search(text, max(0, start - 7), start)):
        return False
    before = _TITLE_BEFORE_SAINT.search(text, max(0, saint.start() - 16), saint.start())
    if before is None:
        return True
    key = normalise(before[1])
    if key in _TITLE_WORDS:
        return False
    # a given name before "St" ("Iris St John"): a capitalised word listed so or in no dictionary
    return not (
        len(key) > 1
        and before[1][0].isupper()
        and (key in first_names() or key not in english_words())
    )


_SAINT_THING_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_SAINT_ENDS = ("St ", "St. ", "Saint ", "St\t", "St.\t", "Saint\t")


# After the thirty-second blind pack: "HM" then a capitalised word opens a Crown body's name ("HM
# Coastguard told", "HM Prison Leeds"), not a person's; and an office a given name shares is the
# office before "of" ("the Dean of students told", "Master of the rolls"); "Dean Hughes" stays.
_OFFICES_BEFORE_OF = frozenset(("Dean", "Provost", "Bishop", "Chancellor", "Warden", "Master"))


# After the forty-fourth blind pack: a given name then "of" and a capitalised word closing a line
# of an address after a comma is a place so named ("Ferry office, Kyle of Lochalsh\n"), not a
# person; "from Kyle of Housing," or "Dr Kyle of Lochalsh" stays.
_PLACE_OF_A_PLACE = re.compile(r" of [A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)?[ \t]*(?:\n|$)")


def _a_place_of_a_place(text: str, found: _Found) -> bool:
    start, end, label = found
    return (
        label == "PERSON"
        and text.startswith(" of ", end)
        and text.startswith(", ", start - 2)
        and " " not in text[start:end]
        and _PLACE_OF_A_PLACE.match(text, end) is not None
        and not _titled(text, start, end)
    )


def _an_office_not_a_person(text: str, start: int, end: int) -> bool:
    if text.startswith("HM ", start):
        return end - start > 3 and text[start + 3].isupper()
    return text.startswith(" of ", end) and text[start:end] in _OFFICES_BEFORE_OF


_PROVIDER_WORDS = (" Carers", " Support")
# After the thirty-fourth blind pack: a town that names a hospital or a council found in the same
# text ("Nelson General Hospital", "Princes Risborough and District Hospital") is that town when
# it stands alone after "in", "from" or "near", or after a comma as an address's or a heading's
# last part ("a class in Nelson", "Kettle Lane, Nelson"): a town in no list that is also a name
# was read as a person there. A title before it, or a name beside it, keeps the person
# ("Dr Nelson", "Nelson Mandela").
_TOWN_BEFORE = (" in ", " from ", " near ", ", ")


def _without_towns_of_organisations(text: str, chosen: list[_Found]) -> list[_Found]:
    towns = [
        " " + text[start:end].rsplit(None, 1)[0] + " "
        for start, end, label in chosen
        if label == "ORGANISATION" and " " in text[start:end]
    ]
    if not towns:
        return chosen
    kept = []
    for span in chosen:
        start, end, label = span
        if (
            label == "PERSON"
            and text.endswith(_TOWN_BEFORE, max(0, start - 6), start)
            and any(" " + text[start:end] + " " in town for town in towns)
        ):
            continue
        kept.append(span)
    return kept


def find_spans(
    text: str, known: Mapping[str, object] | None = None, *, terms: Terms | None = None
) -> list[Span]:
    # The text lower-cased once, for every detector that looks for words in it.
    normalised = normalise(text)
    candidates = list(_pattern_spans(text, normalised))
    runs = capitalised_runs(text)
    # Speed: a saint is looked for only where "St" or "Saint" is written (see _named_for_a_saint).
    saints = "St " in text or "St. " in text or "Saint " in text
    candidates += [
        (start, end, "PERSON")
        for start, end in guessed_name_spans(text, runs, normalised)
        if not (_DOSE_AFTER.match(text, end) and not _titled(text, start, end))
        and not (text.find("-", start, end) != -1 and _compound_of_words(text, start, end))
        and not (saints and _named_for_a_saint(text, start, end))
        and not _an_office_not_a_person(text, start, end)
    ]
    candidates += [(start, end, "PERSON") for start, end in note_name_spans(text, runs, normalised)]
    places_found = place_spans(text, runs, normalised)
    candidates += places_found
    # After the thirty-fourth blind pack: a provider named for its carers or its support
    # ("told by Doorstep Carers") is the organisation found, not a person's name ending so.
    providers = {
        (start, end)
        for start, end, label in places_found
        if label == "ORGANISATION" and text.endswith(_PROVIDER_WORDS, start, end)
    }
    if providers:
        candidates = [c for c in candidates if c[2] != "PERSON" or (c[0], c[1]) not in providers]
    towns = _towns_before_postcodes(text, candidates)
    from_record = list(_known_spans(text, known, normalised)) if known else []
    if terms:
        to_redact, kept = _term_spans(text, terms, normalised)
        from_record += to_redact
        if kept:
            candidates = [
                c for c in candidates if not any(s <= c[0] and c[1] <= e for s, e in kept)
            ]
    candidates += _initials_after_roles(text)
    candidates += _initials_in_person_columns(text, normalised)
    candidates += _signed_log_cells(text)
    candidates += _compact_dates_opening_rows(text)
    candidates += _date_time_groups(text)
    candidates += _ordinal_and_dotted_dates(text, normalised)
    if row_dates := _row_opening_dates(text):
        candidates += row_dates
        # After the forty-second blind pack: a phone's reading may swallow a row's date run
        # together and its hour ("[04092025 16:53]" as "04092025 16"), and the longer span would
        # win; a row's date read by the log's shape is surer than a phone so read, which goes.
        # Speed: only in a text with such dates, one look at each phone candidate.
        candidates = _without_phones_over_row_dates(candidates, row_dates)
    candidates += _log_signers(text)
    candidates += _signatures_closing_lines(text)
    candidates += _slashed_initials_under_two_deeds(text, normalised)
    candidates += _bare_bar_logs(text)
    candidates += _named_from_teams_and_captains(text)
    candidates += _speakers_after_stamps(text)
    candidates += _users_after_stamps(text, normalised)
    candidates += _double_colon_senders(text)
    candidates += _stand_ins_and_signers(text)
    candidates += _named_at_work(text)
    if "know" in normalised or "all)" in normalised or "one)" in normalised:
        candidates += _names_known_to(text, normalised)
    if " / " in text:
        candidates += _initials_paired_in_cells(text)
    chosen = _resolve(candidates, certain=_record_led(candidates, from_record))
    chosen = _without_towns_of_organisations(text, chosen)
    if nicknames := _nickname_spans(text, chosen):
        chosen = _resolve(nicknames, certain=chosen)
    # People beside people: "Rose and Ioana", lists ("Present: Xiaoling, Barnaby"), a name in
    # brackets after a person ("Baby Siddiqui (Leonardo)") or before one ("my Becky (Rebecca
    # Ollerenshaw)").
    if joined := people_beside_people(
        text, [(start, end) for start, end, label in chosen if label == "PERSON"]
    ):
        chosen = _resolve([(start, end, "PERSON") for start, end in joined], certain=chosen)
    # A name found once, written again elsewhere ("Delroy ... Delroy tells me").
    if again := names_written_again(text, chosen, normalised):
        chosen = sorted([*chosen, *[(start, end, "PERSON") for start, end in again]])
    if spelled_out := _initials_spelled_out(text, chosen):
        chosen = _resolve(spelled_out, certain=chosen)
    if " through to " in text and (through := _initials_put_through_to(text)):
        chosen = _resolve(through, certain=chosen)
    if surnames_again := _english_surnames_again(text, chosen):
        chosen = sorted([*chosen, *surnames_again])
    if initials_again := _initials_written_again(text, chosen):
        chosen = _resolve(initials_again, certain=chosen)
    chosen = _merge_adjacent_people(text, chosen)
    if towns:
        town_words = {word for town in towns for word in town.split()}
        chosen = [c for c in chosen if not _a_town_not_a_person(text, c, towns, town_words)]
    if ", " in text and " of " in text:
        chosen = [c for c in chosen if not _a_place_of_a_place(text, c)]
    if any(label == "PERSON" for _, _, label in chosen):
        chosen = _with_ages_after_people(text, chosen)
    return [Span(*found) for found in chosen]


# After the thirty-fifth blind pack: the words an address writes just before its postcode are a
# town ("Uppingham LE15 4SZ", "Much Wenlock\nTF13 6AA", "HOLBEACH, PE12 3NF"), so elsewhere in the
# text they are that town, not a person the lists lack ("the walking group from Uppingham, and",
# "near Much Wenlock", "Lechlade Young Farmers"): a person's span that is the town, a part of it,
# or the town and English words is dropped; with a title ("Mr Holbeach") it stays.
# Speed: read only before a postcode found, a word at a time back from it; a person's span is
# normalised and looked up only when its first word is a word of a town.
_TOWN_WORD = re.compile(r"[A-Z][\w'’-]*[A-Za-z]")


def _towns_before_postcodes(text: str, candidates: list[_Found]) -> dict[str, list[int]]:
    # each town, with where the address writes it (that span, in the address, is left as found)
    towns: dict[str, list[int]] = {}
    for start, _, label in candidates:
        if label == "POSTCODE":
            line_start = text.rfind("\n", 0, max(0, start - 1)) + 1
            window_start = max(line_start, start - 60)
            before = text[window_start:start].rstrip(" \t\n").rstrip(",").rstrip(" \t")
            words = before.rsplit(None, 3)[-3:]
            # the capitalised words, up to three, that end the line ("Much Wenlock")
            while words and not all(_TOWN_WORD.fullmatch(word) for word in words):
                words = words[1:]
            town = " ".join(words)
            if words and before.endswith(town):
                place = window_start + len(before) - len(town)
                towns.setdefault(normalise(town), []).append(place)
    return towns


def _a_town_not_a_person(
    text: str, found: _Found, towns: dict[str, list[int]], town_words: set[str]
) -> bool:
    start, end, label = found
    if label != "PERSON" or text[start:end].split(None, 1)[0].lower() not in town_words:
        return False
    if any(start in where for where in towns.values()):
        return False
    written = normalise(text[start:end])
    words = written.split()
    english = english_words()
    town = written in towns
    # a part of a town only where the whole town is written round it ("Much [Wenlock]")
    for name in towns:
        if not town and f" {written} " in f" {name} ":
            town = name in normalise(text[max(0, start - len(name)) : end + len(name)])
    town = town or any(
        " ".join(words[:count]) in towns and all(word in english for word in words[count:])
        for count in range(1, len(words))
    )
    return town and not _titled(text, start, end)


# Initials written with full stops after a title or a role, which name one person: "Sr T.J.",
# "RN C.A.", "Consultant J.S.", "Officers N.H.", "Patient S.G.".
# Speed: the scan looks for the full stop between two initials (a literal) and reads round it.
_DOTTED_INITIAL_PAIR = re.compile(r"\.(?<=[A-Z]\.)[A-Z]\.")
_ROLE_BEFORE = re.compile(r"(?<![\w])([A-Za-z]+\d?)(\.?),?\s+$")
_PEOPLE_WORDS = (
    ROLE_WORDS
    | HONORIFICS
    | {
        "patient",
        "pt",
        "officers",
        "consultant",
        "gp",
        "sr",
        "by",
        "signed",
        "initials",
    }
)


_KNOWN_AS_BEFORE = re.compile(
    r"(?<![\w])(?:(?:recorded|referred\s+to|identified)(?:\s+only)?|known\s+only)\s+as\s+$",
    re.IGNORECASE,
)


def _initials_after_roles(text: str) -> list[_Found]:
    found = []
    size = len(text)
    for match in _DOTTED_INITIAL_PAIR.finditer(text):
        start, end = match.start() - 1, match.end()
        if start and (_is_word_character(text[start - 1]) or text[start - 1] == "."):
            continue
        # "S.G.H.": a third initial; up to five, as double-barrelled and Dutch surnames give
        # ("A.M.V.D.M.", after the eighth blind pack)
        for _ in range(3):
            third = text[end : end + 2]
            if len(third) != 2 or not ("A" <= third[0] <= "Z" and third[1] == "."):
                break
            end += 2
        if end < size and _is_word_character(text[end]):
            continue
        before = _ROLE_BEFORE.search(text, max(0, start - 24), start)
        if before and (word := before[1].lower()) in _PEOPLE_WORDS:
            # A title is redacted with the initials ("Dr A.B."), a job word is not.
            found.append((before.start(1) if word in HONORIFICS else start, end, "PERSON"))
        elif (
            # After the eighth blind pack: opening a log's line, then what the person did
            # ("N.D. handled reception."); in brackets after "patient" ("the wrong patient
            # (K.S.)"); in a list of people with roles in brackets ("..., M.L. (orthotics)")
            ((not start or text[start - 1] == "\n") and DEED_AFTER_INITIALS.match(text, end))
            or (
                text[start - 1] == "(" and text[max(0, start - 9) : start - 1].lower() == "patient "
            )
            or (
                text[start - 3 : start] == "), "
                and text[end : end + 2] == " ("
                and text[end + 2 : end + 3].islower()
            )
            # after the twelfth blind pack: initials someone asked to be known by ("asked to
            # be recorded only as R.F.")
            or _KNOWN_AS_BEFORE.search(text, max(0, start - 30), start)
            # and with an action after a semicolon ("process changed; J.S. to discuss")
            or (text[start - 2 : start] == "; " and INITIALS_TO_DO.match(text, end))
        ):
            found.append((start, end, "PERSON"))
    return found


# After the fifteenth blind pack: initials in a table's column whose header names the person
# who did something ("| moved by |", "prescriber", "signed", "initials", "checked by") are
# that person ("| B87-5288-8 | DK |", `8hrly,GB,none`). Only a cell of two or three capitals
# alone is taken, and only in rows with the header's number of cells; shorthand a column
# might hold instead ("N/A", "NK", "GP", "ED") stays. So too a number in a column headed
# "hosp no", "hospital number", "MRN" or "number", when it is written as hospital numbers are
# (capitals then five to eight digits, "SXJ05066"; digits and a check letter, "3724957B").
# Speed: the header words are found with `str.find`; rows are read only after such a header.
_PERSON_COLUMN_WORDS = ("by", "prescriber", "initials", "signed", "signature", "checker")
# After the sixteenth blind pack: a column headed by the staff member's job ("| Nurse |",
# "carer", "midwife", "named nurse") holds initials as a "by" column does, and a column headed
# "patient", "name", "resident" or "client" holds a name written surname first, as rotas,
# bed states and visit lists write it ('"BAINS, Wren"', "| VAN DER MERWE, Brook |"): the
# surname in capitals, a comma, then capitalised given names.
_STAFF_COLUMN_WORDS: tuple[str, ...] = ("nurse", "carer", "midwife", "clinician", "hca", "staff")
# After the seventeenth blind pack: a job's shorthand or a general word for the staff member
# heads such a column too ("RN", "HCSW", "worker", "key worker", "operator").
_STAFF_COLUMN_WORDS += ("rn", "rgn", "rmn", "hcsw", "csw", "worker", "keyworker", "operator")
# After the twenty-seventh blind pack: a column headed by who of a crew or a team made the entry
# ("crew member", "staff member", "team member"); the header's cell is two words at most.
_STAFF_COLUMN_WORDS += ("member",)
# After the twenty-eighth blind pack: a diary's or a log's column headed "who" holds who made each
# entry, and a delivery or transport sheet's column headed by the driver (a kind of job word)
# holds the driver, as initials or a name ("| Who | Entry |", "date,time,driver,note").
_STAFF_COLUMN_WORDS += ("who", "driver")
# After the twenty-ninth blind pack: a dispensary's register names who handed each bag over in a
# column headed "dispenser", and a boat's or a rescue team's log who made each entry in one headed
# "crew" ("date,time,dispenser,entry", "| Time | Crew | Entry |"), as initials or a name.
_STAFF_COLUMN_WORDS += ("dispenser", "crew")
# After the forty-fifth blind pack: an escort van's journey log heads who made each entry "escort"
# ("| date | time | journey event | escort |"), as a transport sheet heads the driver.
_STAFF_COLUMN_WORDS += ("escort",)
_NAME_COLUMN_WORDS: tuple[str, ...] = ("patient", "name", "resident", "client")
# After the twenty-third blind pack: so too a column headed "user", as audit and export logs name
# who did each thing, and "deceased", as mortuary registers name whom each row is about; and in
# any of these columns a cell may hold the name written out, in any case ("| Jorinde |",
# "ANISOARA IQBAL (45136329)", ",loveness dos reis,", "| P. dos Reis |"), when its words read as
# a name (`name_in_cell`): "SYSTEM", "Lab", "agency", "coordinator" or a team stays.
_NAME_COLUMN_WORDS += ("user", "deceased")
_CELL_NAME_WORDS = re.compile(
    r"[ \t]*\"?([^\W\d_][\w'’.-]*(?:[ \t][^\W\d_][\w'’.-]*){0,4})\"?(?:[ \t]+\([^()\n]*\))?[ \t]*"
)
_CELL_SURNAME_FIRST = re.compile(
    r"[ \t]*\"?((?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*[ \t]){0,3}[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+,[ \t]+"
    r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:[- ][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?)\"?[ \t]*"
)
# After the thirtieth blind pack: a staff member's cell holds initials, or a name written surname
# first as rotas write it ("| HOLLOWAY, Bryony |"), read as a name column reads it; one pattern, so
# each row's cell is tried once.
# (No quotes: a CSV row with an unquoted comma is read from either end, and a quoted name in the
# column before, "OKORO, Dawn", is not the staff member's.)
_STAFF_CELL = re.compile(
    r"[ \t]*([A-ZÀ-ÖØ-Þ]{2,4}|(?:[A-ZÀ-ÖØ-Þ]\.){2,3}"
    r"|(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*[ \t]){0,3}[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+,[ \t]+"
    r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:[- ][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?)[ \t]*"
)
# After the forty-fifth blind pack: or surname first with a capitalised surname and a comma, or in
# capitals without one ("| Turnkey, Fulufhelo |", "| SHERIFF MEMCHA |"; see
# `surname_first_in_staff_cell`).
_CELL_SURNAME_GIVEN = re.compile(
    r"[ \t]*([A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+,?[ \t]+[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+)[ \t]*"
)
# After the fortieth blind pack: a register's column headed by a job ("| signalman |") may name
# who made each entry by surname, a comma and the initial, as a signing sheet writes it
# ("| Okafor, D |", "| Brennan-Hale, K. |"); the surname must be a listed one or no English word,
# and no job, place or shorthand ("| Bay, A |", "| Staff, B |" stay).
# After the forty-second blind pack: a surname in Turkish, Polish or Czech letters ("İhsanoğlu, F",
# "Świć, K"), the Latin Extended-A block too; its capitals are checked by `str.isupper` below.
# After the forty-sixth blind pack: or with the surname in capitals, as a call-out book's team
# leader signs ("| IYORCHIA,T |", "| IMCHEN-JAMIR, A |"); the same checks of the surname hold.
_CELL_SURNAME_INITIAL = re.compile(
    r"[ \t]*([A-ZÀ-ÖØ-ÞĀ-ſ](?:[a-zß-öø-ÿĀ-ſ'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+)?"
    r"|[A-ZÀ-ÖØ-ÞĀ-ſ'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ][A-ZÀ-ÖØ-ÞĀ-ſ'’]+)?),[ \t]?"
    r"[A-ZÀ-ÖØ-ÞĀ-ſ]\.?)[ \t]*"
)


def _surname_and_initial(cell: str) -> bool:
    surname, initial = cell.split(",")
    if not (
        initial.strip(" \t.").isupper()
        and (
            all(part[:1].isupper() and part[1:].islower() for part in surname.split("-"))
            or (len(surname) >= 3 and surname.isupper())
        )
    ):
        return False
    for piece in normalise(cell.split(",")[0]).split("-"):
        if piece in ROLE_WORDS or piece in places() or piece in SHORTHAND:
            return False
        if piece in english_words() and piece not in surnames():
            return False
    return True


_NUMBER_COLUMN_WORDS = ("hosp", "hospital", "mrn", "number")
# After the twenty-fourth blind pack: a column headed "date" holds dates, and a row's day and
# month written alone there ("| 5/2 | 0700 |", "| 12/11 |") is one, though such a figure in
# prose may be a dose, a score or a length of time ("5/7") and stays.
_DATE_COLUMN_WORDS = ("date",)
_COLUMN_WORDS: tuple[str, ...] = (
    *_PERSON_COLUMN_WORDS,
    *_NUMBER_COLUMN_WORDS,
    *_STAFF_COLUMN_WORDS,
    *_NAME_COLUMN_WORDS,
    *_DATE_COLUMN_WORDS,
)
# After the thirty-fifth blind pack: an export may put every cell of a CSV in double quotes, its
# header's too ('"date","time","entry","by"' then '"2026-04-07","06:53","...","DM"'); a quoted
# header's cell is read as its words, and a row's quoted cell as what is inside the quotes, so the
# "by" column's initials and names are read as in an unquoted CSV. (Only in a row with the
# header's number of cells: one read from either end keeps its quotes, as said above.)
_QUOTE_BLANKS = ' \t"'
_NUMBER_HEADERS = frozenset(
    ("hosp no", "hosp no.", "hosp number", "hospital no", "hospital no.", "hospital number",
     "mrn", "number")
)  # fmt: skip
_HEADER_WORD_END = re.compile(r"(?:[ \t]+(?:no\.?|number))?[ \t]*\"?[ \t]*(?:[|,\n]|$)")
_CELL_NUMBER = re.compile(r"[ \t]*([A-Z]{1,3}[/-]?\d{5,8}[A-Z]?|\d{6,8}[A-Z]|\d\d/\d{5,7})[ \t]*")
# After the twenty-fourth blind pack: under a header naming a hospital number ("Hosp no",
# "MRN"), digits alone are one too ("| 8534946 |"); under "number" alone they may be a count.
_CELL_BARE_NUMBER = re.compile(r"[ \t]*(\d{6,8})[ \t]*")
# (with a slash only: "10.05" in such a column may be a time)
_CELL_DAY_MONTH = re.compile(r"[ \t]*((?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2]))[ \t]*")
# After the twenty-seventh blind pack: with full stops too, as a typist signs an entry ("K.D.").
_CELL_INITIALS = re.compile(r"[ \t]*([A-ZÀ-ÖØ-Þ]{2,4}|(?:[A-ZÀ-ÖØ-Þ]\.){2,3})[ \t]*")
# After the twenty-sixth blind pack: a device's or a system's event export names the user who did
# each thing by two or three initials ("2025-01-29,14:55,AP,PROGRAM,..."), or with full stops
# ("H.A."); a clinical shorthand, a system's own user or three letters that spell a word stay
# ("ICU", "IT", "LAB"), though two may ("AS", "AM" are initials there).
_USER_CELL_INITIALS = re.compile(r"[ \t]*([A-ZÀ-ÖØ-Þ]{2,3}|(?:[A-ZÀ-ÖØ-Þ]\.){2,3})[ \t]*")
_SYSTEM_USERS = frozenset(
    ("it", "sys", "adm", "api", "epr", "pas", "lis", "ris", "bot", "eps", "pms")
)
# After the forty-second blind pack: a building management system's own user ("BMS:").
_SYSTEM_USERS |= frozenset(("bms",))
_NOT_INITIALS = frozenset({"NA", "NK", "GP", "ED", "OK", "NO", "YES", "TBC", "NIL", "UNK", "ICU"})


# After the seventeenth blind pack: a table's cell holding two staff members' initials and
# nothing else, split by a slash ("| bed 4 turned | HN / TQ |", as two signers write a check),
# names both; shorthand stays ("| PO / IV |", "| N/A |").
_INITIALS_PAIR_CELL = re.compile(
    r"\|[ \t]*([A-ZÀ-ÖØ-Þ]{2,3}) / ([A-ZÀ-ÖØ-Þ]{2,3})[ \t]*(?:\||\n|$)"
)


def _initials_paired_in_cells(text: str) -> list[_Found]:
    found: list[_Found] = []
    position = text.find(" / ")
    while position != -1:
        bar = text.rfind("|", max(0, position - 6), position)
        if bar != -1 and (match := _INITIALS_PAIR_CELL.match(text, bar)):
            pair = (match[1], match[2])
            if not any(x in _NOT_INITIALS or x.lower() in SHORTHAND for x in pair):
                found += [
                    (match.start(1), match.end(1), "PERSON"),
                    (match.start(2), match.end(2), "PERSON"),
                ]
        position = text.find(" / ", position + 3)
    return found


def _cells(line: str, separator: str) -> list[tuple[int, int]]:
    # The cells of one row as offsets into the line; a comma inside quotes separates nothing.
    # Speed: the line is split at its quotes and separators in C, not read a character at a
    # time; the pieces between quotes alternate outside and inside them.
    cells, start, offset = [], 0, 0
    for number, piece in enumerate(line.split('"')):
        if not number % 2:  # outside quotes: each separator parts two cells
            position = offset
            for cell in piece.split(separator)[:-1]:
                position += len(cell)
                cells.append((start, position))
                position += 1
                start = position
        offset += len(piece) + 1
    cells.append((start, len(line)))
    return cells


_SHORT_HEADER_WORDS = frozenset((*_STAFF_COLUMN_WORDS, *_NAME_COLUMN_WORDS, *_DATE_COLUMN_WORDS))

# After the thirtieth blind pack: rather than one more header word at a time, a column headed by
# any word for a person who does something holds who did it, as a "nurse" column does: a job or
# a role (`ROLE_WORDS`: "| Volunteer |", "steward"), a person's part in an event ("warden",
# "marshal", "witness") or what was done and "by", joined by an underscore or a hyphen as
# exports write it ("date,time,checked_by,entry", "entered-by"). A job's shorthand of two or
# three letters may head a column of something else ("OT" for a service ticked "Y"), and a word
# for a shift, a desk or a charge is no person, so these stay out.
_NOT_PERSON_HEADERS = frozenset(("shift", "desk", "charge", "baby", "tech", "drivers"))
# After the forty-first blind pack: the boat and harbour jobs added then (`ROLE_WORDS`) are often
# a crew log's entry in the "crew member" column ("04/03,22:02,Coxswain,Boat away"), which would
# make that row read as a header; they head no column here.
_NOT_PERSON_HEADERS |= frozenset(
    ("harbourmaster", "coxswain", "skipper", "deckhand", "stevedore", "watchkeeper", "deputy")
)  # fmt: skip
_ROLE_HEADER_WORDS = tuple(
    sorted(
        {word for word in ROLE_WORDS if len(word) >= 4 and word.isalpha()}
        - _NOT_PERSON_HEADERS
        - frozenset(_COLUMN_WORDS)
    )
) + ("warden", "steward", "marshal", "ranger", "responder", "witness", "attendant", "helper")
# After the thirty-second blind pack: a beach's, a pool's or a club's log names who made each entry
# in a column headed by their job ("| Time | Entry | Lifeguard |", "date,time,instructor"), as
# initials or a name.
_ROLE_HEADER_WORDS += ("lifeguard", "instructor", "coach", "medic")
# After the thirty-fourth blind pack: a workplace's first aid book names who gave the aid in a
# column headed "first aider" ("date,time,entry,first aider"), often by surname alone.
_ROLE_HEADER_WORDS += ("aider",)
# After the forty-first blind pack: a boat's watch log names who kept the watch in a column headed
# "watch" ("| date | time | entry | watch |"), by surname and initial or the surname alone.
_ROLE_HEADER_WORDS += ("watch",)
_JOINED_BY_HEADER = re.compile(r"[a-z]+[_-]by")
# After the thirty-eighth blind pack: a contact centre's or a case system's export names who took
# each call in a column headed "agent", "adviser" or "assignee" ("created,agent,note"), often by
# the system login, surname and given name in lower case joined by a full stop or an underscore
# ("okafor.dawn", "dawn_okafor", "abu-bakr.nasra"). Such a cell is a person when each of its two
# parts (each piece of a hyphened part) is a listed given name or surname or no English word, so
# a queue or a channel stays ("web.form", "auto.reply", "repairs.team"), as do shorthand and a
# system's own user ("IVR", "system").
_LOGIN_HEADER_WORDS = frozenset(("agent", "adviser", "advisor", "assignee"))
_CELL_LOGIN = re.compile(r"[ \t]*([a-z][a-z'’-]*[._][a-z][a-z'’-]*)\d{0,3}[ \t]*")
_LOGIN_PARTS = re.compile(r"[._]")


def _login_is_a_name(login: str) -> bool:
    """Whether a lower-case login ("okafor.dawn") reads as a person's two names (see above)."""
    parts = _LOGIN_PARTS.split(login)
    if len(parts) != 2 or min(len(part) for part in parts) < 2:
        return False
    words, given, family = english_words(), first_names(), surnames()
    return all(
        piece and (piece in given or piece in family or piece not in words)
        for part in parts
        for piece in part.split("-")
    )


# After the thirty-ninth blind pack: a courier's or a tracking system's export names who did each
# thing, in a column headed by a job ("timestamp,note,rider", "date,time,event,operator"), by one
# name and the other's initial: the given name in lower case as typed at a login ("hamidou k",
# "megan j") or the surname in capitals as a scanner's badge prints it ("DIALLO O", "WHEELER T").
# The word must be a listed given name or surname or no English word, and no job, place or
# shorthand; a word for a place, a team or a vehicle with a letter stays ("WARD B", "team a",
# "bike 3", "NIGHT B").
_CELL_NAME_AND_INITIAL = re.compile(
    r"[ \t]*([a-zß-öø-ÿ][a-zß-öø-ÿ'’-]+[ \t][a-z]|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+[ \t][A-ZÀ-ÖØ-Þ])"
    r"\.?[ \t]*"
)
_NOT_NAME_BEFORE_LETTER = frozenset(
    """
    ward bay day bed room team unit desk shift night site zone area side block floor wing lift
    gate door van bike car line pod hub base level stage group plan grade band
    """.split()
)


# After the forty-second blind pack: a rider or courier app's export names who handled each
# event in a column headed by a deed and "by" ("handled_by") by the app's handle, the given name
# and the surname in lower case joined by a hyphen ("dawn-okafor"). The given name must be a
# listed one, or no English word of four letters or more and no prefix, so a word joined to
# another stays ("walk-in", "follow-up", "self-serve", "auto-assign", "pre-alert"); the surname
# may be an English word ("dawn-baker"), though no job, place, shorthand or word for a post.
_CELL_HANDLE = re.compile(r"[ \t]*([a-zß-öø-ÿ][a-zß-öø-ÿ'’]+-[a-zß-öø-ÿ][a-zß-öø-ÿ'’]+)[ \t]*")
_NOT_GIVEN_PREFIXES = frozenset(
    ("tele", "intra", "extra", "ultra", "micro", "macro", "mini", "mega", "pre", "post", "non")
)


def _hyphened_handle_is_a_name(handle: str) -> bool:
    given, family = handle.split("-")
    if len(family) < 3 or any(
        family in words for words in (ROLE_WORDS, SHORTHAND, _NOT_NAME_BEFORE_LETTER)
    ):
        return False
    if family in places() or given in places():
        return False
    if given in first_names():
        return True
    return len(given) >= 4 and given not in _NOT_GIVEN_PREFIXES and given not in english_words()


def _name_and_initial(cell: str) -> bool:
    """Whether a cell's "hamidou k" or "DIALLO O" reads as a name and an initial (see above)."""
    word = normalise(cell.split()[0])
    if (
        len(word) < 3
        or word in _NOT_NAME_BEFORE_LETTER
        or word in ROLE_WORDS
        or word in SHORTHAND
        or word in places()
    ):
        return False
    if cell[0].islower():
        return word in first_names() or word not in english_words()
    return word in surnames() or word in first_names() or word not in english_words()


def _name_written_in_cell(row: str, start: int, stop: int) -> re.Match[str] | None:
    """A person's name in a short cell of a person's column, in the first of its ways that fits:
    words that read as a name, a hyphened handle, or a name and an initial."""
    if (match := _CELL_NAME_WORDS.fullmatch(row, start, stop)) and name_in_cell(match[1].split()):
        return match
    if (match := _CELL_HANDLE.fullmatch(row, start, stop)) and _hyphened_handle_is_a_name(match[1]):
        return match
    if (match := _CELL_NAME_AND_INITIAL.fullmatch(row, start, stop)) and _name_and_initial(
        match[1]
    ):
        return match
    return None


def _role_header_lines(lowered: str) -> set[int]:
    """Where each table's or CSV's first line starts when a cell of it is a person's word (see
    above) or a deed joined to "by"; the rows under a header, and prose, are not read so."""
    # Speed: a header is a short line, the first of a block of lines that each hold two bars, or
    # two commas with no blank after them (",time,", as prose puts a blank after its commas);
    # only such a line's cells are looked up, one set lookup each.
    lines: set[int] = set()
    if "|" not in lowered and lowered.count(",") - lowered.count(", ") < 2:
        return lines
    offset, previous = 0, ""
    for line in lowered.split("\n"):
        separator = ""
        if len(line) <= 160:
            if line.count("|") >= 2:
                separator = "|"
            elif line.count(",") - line.count(", ") >= 2:
                separator = ","
        if separator and separator != previous:
            for cell in line.split(separator):
                words = cell.strip(_QUOTE_BLANKS).split()
                if 1 <= len(words) <= 2 and (
                    _is_person_header(words[-1]) or words[-1] in _LOGIN_HEADER_WORDS
                ):
                    lines.add(offset)
                    break
        previous = separator
        offset += len(line) + 1
    return lines


_ROLE_HEADER_SET = frozenset(_ROLE_HEADER_WORDS)


def _is_person_header(word: str) -> bool:
    """Whether a header's last word names a person who did something (see above)."""
    return word in _ROLE_HEADER_SET or (
        "by" in word and _JOINED_BY_HEADER.fullmatch(word) is not None
    )


def _may_be_short(lowered: str, line_start: int) -> bool:
    """Whether the line's cells may all be of three words or fewer (as `short` below needs):
    never when the line has more words than three for each cell it can have."""
    line_end = lowered.find("\n", line_start)
    line = lowered[line_start : line_end if line_end != -1 else len(lowered)]
    separator = "|" if line.count("|") >= 2 else ","
    if separator == "|" and line_end != -1 and _RULED_BELOW.match(lowered, line_end + 1):
        return _short_header(line, _cells(line, "|"), True)
    return len(line.split()) <= 3 * (line.count(separator) + 1)


# A markdown table's rule under its header ("| --- | --- |").
_RULED_BELOW = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}")


def _short_header(header: str, cells: list[tuple[int, int]], ruled: bool) -> bool:
    """Whether a header's cells are short ("| Bed | Patient | Nurse |"), as a table's are and a
    sentence's commas are not."""
    # After the twenty-seventh blind pack: a pipe table ruled under its header may head its last
    # column with the record's title or a note ("| Date | Time | Worker | Visits to the
    # family of baby R |"); the cells before it are still the header's. (A row of a table of
    # labels and values, with no rule under it, is no header so read.)
    written = [cell for cell in cells if header[cell[0] : cell[1]].strip()]
    if ruled and len(written) >= 3:
        written = written[:-1]
    return all(len(header[start:stop].split()) <= 3 for start, stop in written)


# After the thirty-fourth blind pack: a day log kept as a pipe table under a title row rather than a
# header ("| Studio log | Tadcaster | ref ... |") still signs each entry in its last cell, as a
# paper log's right-hand column does ("| 14/01/2026 | 10:05 | ... | MH |", "| M. Holland |",
# "| Janina |"). The last cell is read so only in a block of three rows or more that each open
# with a date and have four cells or more, and only while every row's last cell is short; a
# cell is a signature when it is two or three initials (no shorthand or word: "| NEWS |", "| GCS
# |" stay) or a name as a person's column reads one, one word only when it is no English word
# ("| Done |", "| Clear |", "| Ward 3 |" stay).
# Speed: only a text with a line opening with a bar is read, and only its lines of five bars are
# matched against the date.
# After the thirty-sixth blind pack: such a log opens its rows with the time before the date too
# ("| 22:58 | 28-Jul-2025 | ... | Désir-Dorvilien |"), or writes the date with the month in
# letters and the time in the same cell ("| 19 Jul 25 2042 | ... | H.H. |"), or the year first
# ("2025/03/30"); and a CSV export of a control room's or a hostel's log, with no header line,
# signs each row in its last, unquoted cell after the quoted entry
# ('2025/03/30,22:32:00,"Male down on the steps",JJ', 'Sun 25.05.2025,0106,"...",Ntshona U').
# A CSV row is read so only when its cells are parted by commas with no blank after them, as an
# export writes them and prose does not ("21/10/2025, 23:39 - Sam: ..." stays a chat's line), and
# only in a block of three such rows or more, each of four cells or more, whose last cells are all
# short and none quoted (a CSV whose last column is the entry is no signed log).
_LOG_DAY = r"(?:[A-Z][a-z]{2},?[ \t]+)?"
_LOG_DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}[/.-]\d\d[/.-]\d\d"
    r"|\d{1,2}[ -](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}[ -]\d{2,4})"
)
_LOG_TIME = r"\d\d:?\d\d(?::\d\d)?"
_LOG_ROW_DATE = re.compile(
    rf"\|[ \t]*({_LOG_TIME}[ \t]*\|[ \t]*)?{_LOG_DAY}{_LOG_DATE}([ \t]+{_LOG_TIME})?[ \t]*\|"
)
_CSV_ROW_DATE = re.compile(rf"({_LOG_TIME},)?{_LOG_DAY}{_LOG_DATE}([ T]{_LOG_TIME})?,(?![ \t])")


# After the thirty-eighth blind pack: a system's export may write each row's date as eight digits,
# year, month and day with nothing between them, then the time in the next cell
# ("20251117,1754,\"...\"", "20260301,09:05:00,..."), as a database's date field is dumped. At the
# start of a line, followed by a comma and a time of four digits or with a colon, and a real day
# of a year from 1900 to 2099, it is a date; eight digits elsewhere (a reference, a phone number's
# part, "20251117" alone in prose) stay as they are read otherwise.
# Speed: read only in a text with a line that opens with "19" or "20".
_COMPACT_ROW_DATE = re.compile(
    r"^((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]),(?:[01]\d|2[0-3]):?[0-5]\d"
    # After the fortieth blind pack: the time may be six digits, seconds and all, as a database
    # dumps it ("20251115,075224,..."), under a header such as "yyyymmdd,hhmmss"
    r"(?::?[0-5]\d)?(?=,)",
    re.MULTILINE,
)


# After the forty-seventh blind pack: the armed forces write a moment as a date-time group, the
# day, the hour and the minute in six digits, a time zone's letter, the month's short name and
# the year ("141409ZFEB26", "030815Z MAR 2026", "221730A Jun 25"), in signals, logs and letters
# alike. With the zone's letter and the month, and a real day of that month, it is a date; six
# digits and a letter without a month ("141409Z" alone, a grid or a serial) stay.
# Speed: read only in a text that holds a month's short name in capitals or with a capital.
_DTG_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DATE_TIME_GROUP = re.compile(
    r"(?<![\w/-])(0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[ \t]?[A-IK-Z][ \t]?"
    r"(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
    r"|Nov|Dec)[ \t]?(?:\d\d|(?:19|20)\d\d)(?![\w/-])"
)


def _date_time_groups(text: str) -> list[_Found]:
    if not any(month in text or month.capitalize() in text for month in _DTG_MONTHS):
        return []
    found: list[_Found] = []
    for match in _DATE_TIME_GROUP.finditer(text):
        month = _DTG_MONTHS.index(match[2].upper()) + 1
        if int(match[1]) <= _DAYS_IN_MONTH[month - 1]:
            found.append((match.start(), match.end(), "DATE"))
    return found


def _compact_dates_opening_rows(text: str) -> list[_Found]:
    if "\n20" not in text and "\n19" not in text and not text.startswith(("19", "20")):
        return []
    found: list[_Found] = []
    for match in _COMPACT_ROW_DATE.finditer(text):
        try:
            date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:  # no such day ("20250230")
            continue
        found.append((match.start(1), match.end(3), "DATE"))
    return found


# After the forty-first blind pack: a permit or a plant system's CSV export may write each row's
# date as the year and the day of the year ("2026-268,06:42,...", an ordinal date, under a header
# such as "yyyy-ddd,hh:mm"). At a line's start, before a comma and a time, and a day from 1 to
# the year's last, it is a date; such a figure elsewhere, a day past the year's end, or one
# before a number that is no time stay.
# Speed: read only in a text with a line that opens with "19" or "20".
_ORDINAL_ROW_DATE = re.compile(
    r"^((?:19|20)\d\d)-(\d{3}),(?:[01]\d|2[0-3]):?[0-5]\d(?::?[0-5]\d)?(?=,)", re.MULTILINE
)
# After the forty-first blind pack: a log kept as a table may write each row's date as the year,
# the month and the day parted by full stops ("| 2026.01.04 | 06:04 |", "2026.01.04,06:04,"),
# as some systems print dates; in a cell of its own or opening a CSV row, and a real day, it is
# a date (a version "| 2026.1.4 |" or "2026.13.01" stays).
_DOTTED_ISO_CELL_DATE = re.compile(
    r"(?:^|(?<=\|))[ \t]*((?:19|20)\d\d\.(0[1-9]|1[0-2])\.(0[1-9]|[12]\d|3[01]))"
    r"(?=[ \t]*\||,)",
    re.MULTILINE,
)
# After the forty-first blind pack: a coastguard's or a military log may open each line with the
# day, the month and the year in six digits, then the time in Zulu ("130926 1602Z ..."), under a
# header such as "DDMMYY HHMMZ". Before such a time (with the "Z", or under that header), and a
# real day, the six digits are a date; six digits before a plain number stay.
_SIX_DIGIT_ZULU_DATE = re.compile(
    r"^(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])(\d\d)[ \t]+(?:[01]\d|2[0-3])[0-5]\d(Z)?(?=[ \t])",
    re.MULTILINE,
)


def _ordinal_and_dotted_dates(text: str, normalised: str) -> list[_Found]:
    found: list[_Found] = []
    if "\n20" in text or "\n19" in text or text.startswith(("19", "20")):
        if "-" in text:
            for match in _ORDINAL_ROW_DATE.finditer(text):
                year, day = int(match[1]), int(match[2])
                last = 366 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 365
                if 1 <= day <= last:
                    found.append((match.start(1), match.end(2), "DATE"))
    if "." in text and ("|" in text or "\n20" in text or "\n19" in text):
        for match in _DOTTED_ISO_CELL_DATE.finditer(text):
            try:
                date(int(match[1][:4]), int(match[2]), int(match[3]))
            except ValueError:
                continue
            found.append((match.start(1), match.end(1), "DATE"))
    header = "ddmmyy" in normalised
    if header or "Z " in text:
        for match in _SIX_DIGIT_ZULU_DATE.finditer(text):
            if not (match[4] or header):
                continue
            try:
                date(2000 + int(match[3]), int(match[2]), int(match[1]))
            except ValueError:
                continue
            found.append((match.start(1), match.end(3), "DATE"))
    return found


# After the forty-first blind pack, a rule for the shape of a log rather than for one format: the
# five studies before it each added a way some system writes the date opening a log's rows
# ("20251117,1754,", "2026-268,06:42,", "| 2026.01.04 |", "130926 1602Z", "2025-03-01T08:02"),
# and each new pack brought another. A log's rows are written by one system, so the first token
# of every row has one shape; where three rows or more open with a token of the same shape (after
# a bar or a bracket too), with four digits or more, and every one of them reads as a real day
# under one way of writing dates, the same way for all, from 1990 to 2040 and within about a year
# of each other, they are the log's dates. Tokens of other shapes, a column of amounts or codes
# that do not all read as days, and a lone token stay.
# Speed: read only in a text of four lines or more, and a line only where it opens with a digit, a
# blank, a bar or a bracket.
# After the forty-eighth blind pack: a log may part the day's numbers with any separator, an
# underscore or a blank too ("19_12_2026,", "| 14 08 2026 |"), or open with the month's word
# ("Aug-15-2026,", "Sep 04 2026"); the token is read with its separators made hyphens, and a
# month's word first is a way of its own, as is the month's number first.
_ROW_OPENING_TOKEN = re.compile(
    r"^[ \t]*(?:\|[ \t]*|\[)?(\d[0-9A-Za-z./_-]{4,10}|\d{1,4} \d\d? \d{2,4}"
    r"|[A-Za-z]{3,4}\.?[-./_ ]?\d\d?(?:,? |[-./_])\d\d(?:\d\d)?)(?=[ \t,|\];]|T\d|$)",
    re.MULTILINE,
)
_TOKEN_SEPARATORS = re.compile(r",? |_")
# The ways of writing a day that a token may take, each read by _day_written_so (its number).
_DAY_SHAPES = (
    re.compile(r"(\d{4})(\d\d)(\d\d)"),  # 0: year, month, day (20250904)
    re.compile(r"(\d\d)(\d\d)(\d{4})"),  # 1: day, month, year (04092025)
    re.compile(r"(\d\d)(\d\d)(\d\d)"),  # 2: day, month, two-digit year (040925)
    re.compile(r"(\d\d)(\d\d)(\d\d)"),  # 3: two-digit year, month, day (250904)
    re.compile(r"(\d{4})[-./]?(\d{3})"),  # 4: year and day of the year (2025-247)
    re.compile(r"(\d\d)(\d{3})"),  # 5: two-digit year and day of the year (25247)
    re.compile(r"(\d{4})([-./])(\d\d?)\2(\d\d?)"),  # 6: year first, parted (2025.09.04)
    re.compile(r"(\d\d?)([-./])(\d\d?)\2(\d\d(?:\d\d)?)"),  # 7: day first, parted (4.9.25)
    re.compile(r"(\d\d?)[-./]?([A-Za-z]{3})[-./]?(\d\d(?:\d\d)?)"),  # 8: 04SEP25, 4-Sep-2025
    re.compile(r"(\d{4})[-./]?([A-Za-z]{3})[-./]?(\d\d)"),  # 9: 2025SEP04
    # After the forty-second blind pack: an ISO week date, the year, "W" and the week, then the
    # day of the week from Monday as 1 ("2025-W36-4", "2025W364"), as planning and rider exports
    # write it; a week alone ("2025-W36") is read as its Monday.
    re.compile(r"(\d{4})-?W(\d\d)(?:-?([1-7]))?"),  # 10: 2025-W36-4
    re.compile(r"([A-Za-z]{3,4})\.?[-./]?(\d\d?)[-./](\d\d(?:\d\d)?)"),  # 11: Aug-15-2026
    re.compile(r"(\d\d?)([-./])(\d\d?)\2(\d\d(?:\d\d)?)"),  # 12: month first, 08/15/2026
)


def _year(written: str) -> int:
    return int(written) + 2000 if len(written) == 2 else int(written)


def _day_written_so(token: str, way: int) -> date | None:
    match = _DAY_SHAPES[way].fullmatch(token)
    if match is None:
        return None
    try:
        if way == 0:
            return date(int(match[1]), int(match[2]), int(match[3]))
        if way == 1:
            return date(int(match[3]), int(match[2]), int(match[1]))
        if way == 2:
            return date(_year(match[3]), int(match[2]), int(match[1]))
        if way == 3:
            return date(_year(match[1]), int(match[2]), int(match[3]))
        if way in (4, 5):
            year, number = _year(match[1]), int(match[2])
            if number < 1:
                return None
            day = date.fromordinal(date(year, 1, 1).toordinal() + number - 1)
            return day if day.year == year else None
        if way == 6:
            return date(int(match[1]), int(match[3]), int(match[4]))
        if way == 7:
            return date(_year(match[4]), int(match[3]), int(match[1]))
        if way == 8:
            month = _MONTH_ABBREVIATIONS.get(match[2].lower(), 0)
            return date(_year(match[3]), month, int(match[1]))
        if way == 9:
            month = _MONTH_ABBREVIATIONS.get(match[2].lower(), 0)
            return date(int(match[1]), month, int(match[3]))
        if way == 11:
            month = _MONTH_ABBREVIATIONS.get(match[1].lower(), 0)
            return date(_year(match[3]), month, int(match[2]))
        if way == 12:
            return date(_year(match[4]), int(match[1]), int(match[3]))
        return date.fromisocalendar(int(match[1]), int(match[2]), int(match[3] or 1))
    except ValueError:  # no such day ("20250230", month 0)
        return None


def _token_shape(token: str) -> str:
    return "".join("9" if c.isdigit() else "A" if c.isalpha() else c for c in token)


def _numbered(rows: list[tuple[int, int, str]]) -> bool:
    # Rows numbered one by one ("10001", "10002", "10003") read as days of a year in a row, but
    # a log of days of the year repeats a day over its rows.
    if not all(token.isdigit() for _, _, token in rows):
        return False
    numbers = [int(token) for _, _, token in rows]
    return all(later == earlier + 1 for earlier, later in zip(numbers, numbers[1:], strict=False))


def _without_phones_over_row_dates(
    candidates: list[_Found], row_dates: list[_Found]
) -> list[_Found]:
    starts = {start: end for start, end, _ in row_dates}
    kept: list[_Found] = []
    for candidate in candidates:
        start, end, label = candidate
        if label == "PHONE":
            # a date the phone covers opens it (a phone never opens with a bracket's blank)
            date_end = starts.get(start)
            if date_end is None and start + 1 in starts:
                date_end = starts[start + 1]
            if date_end is not None and date_end <= end:
                continue
        kept.append(candidate)
    return kept


def _month_word_opens(text: str, line_start: int) -> bool:
    # a line opening with a month's abbreviation then a separator or a digit ("Aug-15", "Sep 4")
    word = text[line_start : line_start + 3]
    after = text[line_start + 3 : line_start + 4]
    return (
        word.lower() in _MONTH_ABBREVIATIONS
        and word.isalpha()
        and (after.isdigit() or after in ("-", ".", "/", "_", " ", "t"))
    )


def _row_opening_dates(text: str) -> list[_Found]:
    if text.count("\n") < 3:
        return []
    rows: dict[str, list[tuple[int, int, str]]] = {}
    line_start = 0
    while line_start != -1:
        opening = text[line_start : line_start + 1]
        if opening and (
            opening.isdigit() or opening in " \t|[" or _month_word_opens(text, line_start)
        ):
            match = _ROW_OPENING_TOKEN.match(text, line_start)
            if match and sum(1 for c in match[1] if c.isdigit()) >= 4:
                token = match[1]
                rows.setdefault(_token_shape(token), []).append(
                    (match.start(1), match.end(1), token)
                )
        line_start = text.find("\n", line_start)
        if line_start != -1:
            line_start += 1
    found: list[_Found] = []
    for same in rows.values():
        if len(same) < 3:
            continue
        for way in range(len(_DAY_SHAPES)):
            days: list[date] = []
            for _, _, token in same:
                day = _day_written_so(_TOKEN_SEPARATORS.sub("-", token), way)
                if day is None or not 1990 <= day.year <= 2040:
                    break
                days.append(day)
            else:
                if (max(days) - min(days)).days <= 400 and not (way in (4, 5) and _numbered(same)):
                    found += [(start, end, "DATE") for start, end, _ in same]
                    break
    return found


# A second rule for the shape of a log (ADR 0023): who writes each row. A log's rows open with a
# stamp (a date or a time), and a system that writes who made each entry writes it in one place
# on every row: in the last cell, after the quoted entry of a CSV row or after the last bar of a
# table's row ('...,"Pump restarted",KIPRONO B', "| ... | Okello, O |"), or after the stamp and
# before a colon ("20260717 071118 VANNIEKE: ...", "[...] t.hughes: ..."). In three rows or more
# so written, a cell or a speaker that reads as a person's name or initials is one: letters (with
# a comma, full stops, hyphens and apostrophes) in up to four words and 32 characters, or two or
# three capitals (two such parted by a slash), none of its words an English word the name lists
# lack, a job, a place, a shorthand or a word for a system, not all of them English words, and
# not one lower-case word ("system", "control", "Obs", "HV", "Kit check", "Datix updated", "Clear",
# "harbourops" stay). Tried, with the engines the thirty-seventh to the forty-first blind
# packs were first scored on, it reads 764 of the 2,725 people they missed (150 narratives
# each, with and without the record), and on the 43 packs nothing that is not gold.
# Speed: read only in a text of four lines or more, and a line only where it opens with a digit, a
# blank, a bar or a bracket.
# After the forty-seventh blind pack: the stamp may be the day and the month in words with a
# blank between them ("| 08 Sep '26 | 11:01 |", "| 3 March | 07:40 |"), as a hand-kept table
# writes it; the month word must follow the day's digits.
# After the forty-eighth blind pack: the stamp may open with the month's word ("Aug-15-2026,")
# or part its numbers with an underscore ("19_12_2026,"); a bracketed stamp may hold words
# ("[14 Feb 2027 at 16:08] ..."), as a messenger's export writes it; and a handle may hold an
# underscore ("kira_b: ...").
_LOG_STAMP = re.compile(
    r"[ \t]*(?:\|[ \t]*|\[)?(?:\d(?:[0-9A-Za-z./:_-]{2,}|\d?[ \t][A-Z][a-z]{2})"
    r"|[A-Za-z]{3,4}\.?[-./_ ]?\d)"
)
_LOG_SPEAKER = re.compile(
    r"[ \t]*(?:\[[^\]\n]{0,40}?\d[^\]\n]{0,40}\]"
    r"|\[?\d[0-9A-Za-z./:-]*(?:[ T]\d[0-9:.]*)*(?:[ \t]*(?:Z|GMT[+-]\d+|UTC))?\]?)[ \t]+"
    r"([A-Za-z][A-Za-z'’._-]*(?:[ \t][A-Za-z][A-Za-z'’.-]*){0,2}):[ \t]"
)
_SIGNER = re.compile(
    r"[^\W\d_][\w'’.-]*(?:,?[ \t]+[^\W\d_][\w'’.-]*){0,3}"
    r"|[A-Z]{1,3}(?:/[A-Z]{1,3})?|(?:[A-Z]\.){1,3}(?:/(?:[A-Z]\.){1,3})?"
)
_SIGNER_WORDS = re.compile(r"[^ \t,/-]+")  # a handle's parts too ("auto-assign": "auto")
_HANDLE_PARTS = re.compile(r"[._]")
_NO_SIGNER = frozenset(
    ("system", "auto", "none", "nil", "n/a", "na", "control", "unknown", "yes", "no", "all", "ok",
     "done", "tbc", "admin", "bms", "app", "server", "user", "event", "alarm", "note", "entry",
     "signed", "by", "hv", "obs", "lookback", "nk", "nr")
)  # fmt: skip


_SIGNING_DASH = re.compile(r" [-–—] ")


def _last_cell(line: str) -> tuple[int, int] | None:
    """Where the last cell of a table's row, or of a CSV row after its quoted entry, is."""
    if line.count("|") >= 2 and len(line.strip(" \t|").split("|")) >= 3:
        end = len(line.rstrip(" \t|"))
        start = line.rfind("|", 0, end) + 1
    elif '",' in line and line.count(",") >= 2:
        start = line.rfind('",') + 2
        if "," in line[start:] or '"' in line[start:]:
            return None
        end = len(line.rstrip())
    elif line.rstrip().endswith(")") and " (" in line:
        # after the forty-ninth blind pack: a diary kept by hand signs each row in brackets at
        # its end ("... lessons stopped (NH)", "(A. Sen)"); only the last bracket, with none
        # inside, and initials or a name of two parts: one word there is as often a drug or a
        # side ("(Oramorph)"), and a job's shorthand first ("(eng. ODUYA T)") is read elsewhere
        start = line.rfind(" (") + 2
        end = len(line.rstrip()) - 1
        cell = line[start:end]
        if (
            "(" in cell
            or ")" in cell
            or not cell[:1].isupper()
            or not (" " in cell or "." in cell or _INITIALS_CELL.fullmatch(cell))
        ):
            return None
    elif " -- " in line:
        # after the forty-fourth blind pack: a plain log signs each row after a double hyphen
        # ("2026 Feb 02 06:40 Shunter hurt at road 4 -- Okafor.D", "... -- D Okafor")
        start = line.rfind(" -- ") + 4
        end = len(line.rstrip())
    elif (dash := _SIGNING_DASH.findall(line)) and len(dash) >= 2:
        # after the forty-eighth blind pack: or after a single dash (a hyphen, an en or an em
        # dash) when the stamp is parted from the entry by one too ("20/11/26 7:29 PM - Fit
        # in the chair - K.O."); a row with one dash is only stamp and entry
        start = line.rfind(dash[-1]) + len(dash[-1])
        end = len(line.rstrip())
    else:
        return None
    while start < end and line[start] in " \t":
        start += 1
    return (start, end) if start < end else None


# After the forty-third blind pack: a one-word lower-case login closing a log's rows is a
# person's when it is an initial and a surname ("...",dmorrow) or a first name and an initial
# ("...",ruthk), as staff logins are made: the surname a listed one, or one in no dictionary
# that the text writes capitalised as a word elsewhere ("Okonjo to correct"); the first name a
# listed one that is no English word. A post's or a system's login ("harbourops", "nightdesk",
# "sysadmin", "playout") stays, as does a word ("bread", "amber").
def _a_persons_login(cell: str, text: str) -> bool:
    if len(cell) < 5 or len(cell) > 16 or cell in english_words() or cell in _NO_SIGNER:
        return False
    rest = cell[1:]
    if rest not in english_words() or rest in surnames():
        if (
            rest not in ROLE_WORDS
            and rest not in SHORTHAND
            and rest not in places()
            and rest not in _NO_SIGNER
            and (
                rest in surnames()
                or (rest not in english_words() and _written_capitalised(rest, text))
            )
        ):
            return True
    given = cell[:-1]
    return given in first_names() and given not in english_words() and given not in places()


# After the forty-ninth blind pack: a CSV export whose header names its last column as the
# user's login ("date,time,note,login", "...,username") signs every row with a staff member's
# login, most of them an initial and a surname no list holds ("...",kbraddock). Under such a
# header, a one-word lower-case login is a person's unless it is an English word, a job, a
# place, a shorthand, a system's user or two English words run together ("nightdesk",
# "harbourops" stay), as a post's login is made.
_LOGIN_HEADER = re.compile(
    r"^[A-Za-z_ ]+(?:,[A-Za-z_ ]+){1,},[ \t]*(?:login|log_?in|user(?:_?name|_?id)?|staff_login"
    r"|signed_by|entered_by|logged_by|author)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_LOGIN = re.compile(r"[a-z][a-z'’]{3,19}")
_INITIALS_CELL = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2,3}")


def _two_words_run_together(cell: str) -> bool:
    english = english_words()
    return any(
        cell[:cut] in english and (cell[cut:] in english or cell[cut:] in SHORTHAND)
        for cut in range(3, len(cell) - 2)
    )


def _a_login_under_header(cell: str) -> bool:
    return (
        _LOGIN.fullmatch(cell) is not None
        and cell not in english_words()
        and cell not in _NO_SIGNER
        and cell not in _SYSTEM_USERS
        and cell not in ROLE_WORDS
        and cell not in SHORTHAND
        and cell not in places()
        and cell[1:] not in ROLE_WORDS
        and not _two_words_run_together(cell)
    )


def _a_signer(cell: str, text: str) -> bool:
    if len(cell) > 32 or not _SIGNER.fullmatch(cell) or any(c.isdigit() for c in cell):
        return False
    if cell.islower() and not any(c in cell for c in ".-_"):
        # a one-word login is a post's or a system's as often ("harbourops"), unless it reads
        # as a person's (see _a_persons_login)
        return _a_persons_login(cell, text)
    english = english_words()
    words = [normalise(written.strip(".")) for written in _SIGNER_WORDS.findall(cell)]
    if cell.islower():
        # after the forty-eighth blind pack: a lower-case handle is read by its parts ("night_shift",
        # "ops.room" are a team's, all words), as initials in capitals are not ("M.B.H.")
        words = [part for word in words for part in _HANDLE_PARTS.split(word) if part]
    content = [word for word in words if len(word) > 1]
    if not content:
        return False  # a single letter ("N", "A") is a result or a shorthand
    for word in content:
        if (
            word in _NO_SIGNER
            or word in _DAY_NAMES  # after the forty-ninth blind pack: "(Tuesday)" closing a row
            or word in ROLE_WORDS
            or word in SHORTHAND
            or word in places()
            or (word in english and word not in surnames() and word not in first_names())
        ):
            return False
    # an English word alone is a result or a state ("Clear", "Mild"), whatever surname it is too
    return not all(word in english for word in content)


# After the forty-seventh blind pack: a column that signs with the initial, a hyphen and the
# surname in capitals ("| J-OKONJO |") signs so in every row, so where two rows or more are
# read as people so, a surname that is an English word is one too ("| M-WALKER |", "| S-BANNER
# |"); a job, a shorthand, a place or a system's word there ("| X-RAY |" stays only as shorthand)
# stays.
_INITIAL_HYPHEN_SURNAME = re.compile(r"[A-Z]-[A-Z][A-Z'’]+")


def _initial_hyphen_word_signs(cell: str) -> bool:
    if not _INITIAL_HYPHEN_SURNAME.fullmatch(cell):
        return False
    word = normalise(cell[2:])
    return not (
        word in ROLE_WORDS
        or word in SHORTHAND
        or word in places()
        or word in _NO_SIGNER
        or word in _SYSTEM_USERS
        or normalise(cell) in SHORTHAND
        or normalise(cell) in _LETTER_AND_A_WORD
    )


# Things named by a letter, a hyphen and a word, which a log's last cell may hold as a result or
# a request ("| X-RAY |", "| C-SPINE |"), never a signer.
_LETTER_AND_A_WORD = frozenset(
    ("x-ray", "x-rays", "c-spine", "t-bar", "u-bend", "s-bend", "a-line", "e-mail", "t-shirt",
     "u-turn", "g-tube", "j-tube", "v-neck", "t-piece", "y-site")
)  # fmt: skip


def _log_signers(text: str) -> list[_Found]:
    if text.count("\n") < 3:
        return []
    cells: list[tuple[int, int]] = []
    speakers: list[tuple[int, int]] = []
    line_start = 0
    while line_start != -1:
        line_end = text.find("\n", line_start)
        stop = len(text) if line_end == -1 else line_end
        opening = text[line_start : line_start + 1]
        if (
            opening
            and (opening.isdigit() or opening in " \t|[" or _month_word_opens(text, line_start))
            and _LOG_STAMP.match(text, line_start, stop)
        ):
            line = text[line_start:stop]
            if cell := _last_cell(line):
                cells.append((line_start + cell[0], line_start + cell[1]))
            elif speaker := _LOG_SPEAKER.match(line):
                speakers.append((line_start + speaker.start(1), line_start + speaker.end(1)))
        line_start = -1 if line_end == -1 else line_end + 1
    found: list[_Found] = []
    # speed: the header is looked for only in a CSV with a column named for a user
    login_header = (
        bool(cells)
        and ("login" in text or "user" in text or "_by" in text)
        and (_LOGIN_HEADER.search(text) is not None)
    )
    for rows in (cells, speakers):
        if len(rows) < 3:
            continue
        # Each row's cell read once as a signer, for the counts below and the row itself.
        signers = [_a_signer(text[start:end], text) for start, end in rows]
        hyphened = sum(
            1
            for (start, end), signer in zip(rows, signers, strict=True)
            if signer and _INITIAL_HYPHEN_SURNAME.fullmatch(text, start, end)
        )
        # after the forty-ninth blind pack: in a last cell's column that signs two rows or more
        # with people's names or initials, two or three capitals are initials too, whatever
        # shorthand they spell ("(AP)", "(MM)", "(HI)"), as one column holds one kind of thing;
        # a speaker's post beside named speakers ("HV:"), "NA" and "OBS" stay
        signing = sum(
            1
            for (start, end), signer in zip(rows, signers, strict=True)
            if signer and _INITIALS_CELL.fullmatch(text, start, end) is None
        ) + len(
            {
                text[start:end]
                for (start, end), signer in zip(rows, signers, strict=True)
                if signer and _INITIALS_CELL.fullmatch(text, start, end)
            }
        )
        for (start, end), signer in zip(rows, signers, strict=True):
            if normalise(text[start:end]) in _LETTER_AND_A_WORD:
                continue
            if (
                not signer
                and not (
                    signing >= 2
                    and rows is cells
                    and _INITIALS_CELL.fullmatch(text, start, end)
                    and (initials := text[start:end].replace(".", "")) not in _NOT_INITIALS
                    and initials.lower() not in _NO_SIGNER
                )
                and not (hyphened >= 2 and _initial_hyphen_word_signs(text[start:end]))
                and not (login_header and rows is cells and _a_login_under_header(text[start:end]))
            ):
                continue
            slash = text.find("/", start, end)
            if slash == -1:
                found.append((start, end, "PERSON"))
            else:  # two people's initials ("AB/CD"), each a span, as the deeds' rule finds them
                found += [(start, slash, "PERSON"), (slash + 1, end, "PERSON")]
    return found


# After the forty-first blind pack: an operations log may sign each entry at the line's end with
# the officer in brackets, the surname in capitals and the initial, either way round, as a
# watch's shorthand writes it ("... stood down (OKAFOR D)", "(D.OKAFOR)"). The surname must be a
# listed one or no English word, or, in a text signed so at three line ends or more, any word
# but a job, a place, a shorthand or a word for a post ("(ROOM B)", "(CONTROL)", "(GCS E)" stay).
# Speed: read only in a text with a bracket closing a line.
_SIGNATURE_AT_LINE_END = re.compile(
    r"\(((?:[A-ZÀ-ÖØ-Þ]\.[ \t]?)?([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]+(?:-[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]+)?)"
    r"(?:[ \t][A-ZÀ-ÖØ-Þ])?)\)[ \t]*$",
    re.MULTILINE,
)


def _signatures_closing_lines(text: str) -> list[_Found]:
    if ")\n" not in text and not text.rstrip().endswith(")"):
        return []
    signed: list[tuple[int, int, bool]] = []
    for match in _SIGNATURE_AT_LINE_END.finditer(text):
        whole = match[1]
        # one initial, before with a full stop or after with a blank, and never both
        if (whole[1:2] == ".") == (whole[-2:-1] in (" ", "\t")):
            continue
        listed = True
        for piece in normalise(match[2]).split("-"):
            if (
                len(piece) < 3
                or piece in ROLE_WORDS
                or piece in places()
                or piece in SHORTHAND
                or piece in _SENDER_HEADERS
            ):
                break
            if piece in english_words() and piece not in surnames():
                listed = False
        else:
            signed.append((match.start(1), match.end(1), listed))
    many = len(signed) >= 3
    return [(start, end, "PERSON") for start, end, listed in signed if listed or many]


# After the forty-first blind pack: a drugs register's export may head its last column by two
# deeds parted by a slash ("issued/witnessed", "given/checked", "by/witness") and write in it the
# two people's initials so parted ("...,AB/CD", "A.B./C.D."); both are people. Shorthand
# without full stops stays ("N/A", "IV/PO"), as does such a cell under any other header.
_TWO_DEEDS_HEADER = re.compile(r"[a-z]+(?:ed|by|er|ess|en)?/[a-z]+(?:ed|by|er|ess|en)?")
_INITIALS_SLASHED = re.compile(
    r"[ \t]*([A-ZÀ-ÖØ-Þ]{2,3}|(?:[A-ZÀ-ÖØ-Þ]\.){2,3})[ \t]?/[ \t]?"
    r"([A-ZÀ-ÖØ-Þ]{2,3}|(?:[A-ZÀ-ÖØ-Þ]\.){2,3})[ \t]*"
)
_DEED_WORDS = frozenset(
    ("by", "given", "issued", "witnessed", "witness", "checked", "checker", "signed", "counted",
     "administered", "supplied", "received", "returned", "destroyed", "second", "prepared")
)  # fmt: skip


def _slashed_initials_under_two_deeds(text: str, lowered: str) -> list[_Found]:
    if "/" not in text or not ("ed/" in lowered or "en/" in lowered or "by/" in lowered):
        return []
    found: list[_Found] = []
    offset = 0
    cells_in_header = 0
    for line in text.split("\n"):
        separator = "|" if line.count("|") >= 2 else ","
        cells = line.rstrip(" \t|").split(separator)
        last = cells[-1].strip(_QUOTE_BLANKS) if cells else ""
        if (
            len(cells) >= 3
            and _TWO_DEEDS_HEADER.fullmatch(last.lower())
            and all(part in _DEED_WORDS for part in last.lower().split("/"))
        ):
            cells_in_header = len(cells)
        elif cells_in_header and len(cells) >= 2 and (match := _INITIALS_SLASHED.fullmatch(last)):
            pair = (match[1], match[2])
            # (initials with full stops are no shorthand there: "L.P./R.D." are two people)
            if not any(
                (key := x.replace(".", "")) in _NOT_INITIALS
                or (key == x and key.lower() in SHORTHAND)
                for x in pair
            ):
                start = offset + len(line.rstrip(" \t|")) - len(cells[-1])
                found += [
                    (start + match.start(1), start + match.end(1), "PERSON"),
                    (start + match.start(2), start + match.end(2), "PERSON"),
                ]
        elif not line.strip():
            cells_in_header = 0
        offset += len(line) + 1
    return found


# After the thirty-eighth blind pack: a radio or an operations log names who spoke after each
# entry's stamp in brackets by given name and the surname's initial, then a colon ("[19AUG25
# 2359Z] Abebe W: ...", "[14:02] Dawn O: ..."). The given name must be a listed one or no English
# word and no listed place, so a channel, a call sign or a post stays ("Tower C:", "Ramp A:",
# "Gate B:", "London A:").
# Speed: read only in a text with a line that opens with a bracket.
_SPEAKER_AFTER_STAMP = re.compile(
    r"^\[[^\]\n]{0,30}\d[^\]\n]{0,30}\][ \t]+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)[ \t][A-ZÀ-ÖØ-Þ](?=:)",
    re.MULTILINE,
)


# After the forty-second blind pack: a building management or alarm system's export heads its
# lines with the fields it writes, "USER:" among them ("YYYYMMDD HHMMSS USER: EVENT"), and names
# the user of each line after the stamp and before a colon by the login, the surname and the
# initial run together in capitals and cut to eight letters ("20260717 071118 OKAFORD: FIRE
# ALARM"). Under such a header that word is a person when it is no English word (or a listed
# surname) and no job, place, shorthand or system's own user ("SYSTEM:", "AUTO:", "BMS:" stay);
# two or three capitals are initials unless shorthand or a word. Without the header nothing is
# read, as a line's "ALARM:" or "NOTE:" may follow its stamp.
# Speed: read only in a text with "user:", "operator:" or "login:" (any case, "user id:" too) in
# it, found with `str.find`.
_USER_FIELD_HEADER = re.compile(
    r"^[^\n\d:]{0,60}?(?<![\w])(?:user|operator|login)(?:[ _]?(?:id|name))?:",
    re.MULTILINE | re.IGNORECASE,
)
_USER_AFTER_STAMP = re.compile(
    r"^[ \t]*\[?\d[\d/.:-]{3,}(?:[ T\t]+\d[\d:.]{1,8}Z?)?\]?[ \t]+"
    r"([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{1,11})(?=:)",
    re.MULTILINE,
)


_USER_FIELD_END = re.compile(r"(?:[ _]?(?:id|name))?:")


def _a_user_field(lowered: str) -> bool:
    for word in ("user", "operator", "login"):
        position = lowered.find(word)
        while position != -1:
            if _USER_FIELD_END.match(lowered, position + len(word)):
                return True
            position = lowered.find(word, position + len(word))
    return False


def _users_after_stamps(text: str, lowered: str) -> list[_Found]:
    if not _a_user_field(lowered):
        return []
    header = _USER_FIELD_HEADER.search(text)
    if header is None:
        return []
    found: list[_Found] = []
    for match in _USER_AFTER_STAMP.finditer(text, header.end()):
        key = normalise(match[1])
        if key in SHORTHAND or key in _SYSTEM_USERS or key in ROLE_WORDS or key in places():
            continue
        if len(key) <= 3:
            if match[1] in _NOT_INITIALS or (len(key) == 3 and key in english_words()):
                continue
        elif key in english_words() and key not in surnames():
            continue
        found.append((match.start(1), match.end(1), "PERSON"))
    return found


# After the fortieth blind pack: a chat's export names who wrote each message after its stamp by
# the account's handle, given name and surname in lower case joined by underscores
# ("[2026/01/12 13:48] dawn_okafor_mensah: ..."). Each part must be a listed given name or
# surname or no English word, and none a job, so a team's or a system's account stays
# ("[09:14] night_shift:", "[10:02] auto_reply:", "[11:00] ward_clerk:").
# After the forty-seventh blind pack: or joined by full stops ("[Mon 02 Mar 2026 09:10]
# dawn.okafor: ..."), as a messaging group's export writes its members; the same checks keep
# a team's account ("night.desk:", "ops.room:") out.
_HANDLE_AFTER_STAMP = re.compile(
    r"^\[[^\]\n]{0,30}\d[^\]\n]{0,30}\][ \t]+([a-z][a-z'’-]+(?:[_.][a-z][a-z'’-]+){1,2})(?=:)",
    re.MULTILINE,
)


def _handle_is_a_name(handle: str) -> bool:
    parts = handle.replace(".", "_").split("_")
    for part in parts:
        for piece in part.split("-"):
            if not piece or piece in ROLE_WORDS or piece in places():
                return False
            if piece in english_words() and not (piece in first_names() or piece in surnames()):
                return False
    return any(part in first_names() or part not in english_words() for part in parts[:1])


# After the forty-seventh blind pack: a login of a given name, a full stop and a surname
# ("ada.banner:", "ada.kent:") is a person's when the given name is no English word, place, job
# or shorthand, whatever the surname is (a word or a county: "Banner", "Kent"), unless the
# surname is a job, a shorthand or a system's word ("ada.admin:"); a post's account opens with
# a word ("night.desk:", "ops.room:").
def _dotted_login_is_a_name(login: str) -> bool:
    given, _, rest = login.partition(".")
    if "." in rest or len(given) < 3 or given in english_words() or given in places():
        return False
    if given in ROLE_WORDS or given in SHORTHAND or given in _SYSTEM_USERS:
        return False
    return all(
        piece
        and piece not in ROLE_WORDS
        and piece not in SHORTHAND
        and piece not in _SYSTEM_USERS
        and piece not in _NO_SIGNER
        for piece in rest.split("-")
    )


# After the fortieth blind pack: a radio or a control log kept as plain text may part its cells
# with double colons ("date time :: message :: from"), and name who sent each entry in the last
# cell, in capitals or as an initial and the surname ("... :: DAWN OKAFOR", ":: D.OKAFOR",
# ":: R.DE LUCA"). Under a header whose last cell is a word for who did it ("from", "by",
# "sender", a job), such a cell is a person when no word of it is a job, a place or a word for a
# post that a name list lacks ("CONTROL", "SURFACE TEAM", "BASE" stay).
# Speed: read only in a text with " :: ".
_SENDER_HEADERS = frozenset(("from", "by", "sender", "sent by", "caller", "who", "name", "signed"))
_SENDER_PARTICLES = frozenset("de da di del della van von der le la du dos das".split())
_SENDER_CELL = re.compile(
    r"(?:[A-ZÀ-ÖØ-Þ]\.[ \t]?)?[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’-]+"
    r"(?:[ \t][A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’-]+){0,2}"
)


def _sender_is_a_name(cell: str) -> bool:
    words = [w for w in re.split(r"[ \t.]+", normalise(cell)) if w]
    if cell[1:2] != "." and len(words) < 2:
        return False
    named = False
    for word in words[1:] if cell[1:2] == "." else words:
        if word in _SENDER_PARTICLES:
            continue
        for piece in word.split("-"):
            if piece in ROLE_WORDS or piece in places() or piece in _SENDER_HEADERS:
                return False
            if piece in first_names() or piece in surnames() or piece not in english_words():
                named = True
            else:
                return False
    return named


# After the forty-seventh blind pack: without such a header, a log whose rows open with a stamp
# (a date or a weekday and a date, "Sunday 19/07/26 1000 :: ... :: WW") names its signer in
# the last cell too, when three rows or more are so written, and the signer may be written short:
# initials ("WW", "O.P."), an initial and the surname ("O. Pearson") or a given name and an
# initial ("Oliver P"). Shorthand, a job, a post or a word ("CONTROL", "Bay C", "N/A") stays.
_STAMPED_DOUBLE_COLON_ROW = re.compile(r"(?:[A-Z][a-z]{2,8},?[ \t]+)?\d[\d/.:-]*[ \t]")
_GIVEN_AND_INITIAL = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+[ \t][A-ZÀ-ÖØ-Þ]")


def _short_signer_is_a_name(cell: str) -> bool:
    if _INITIALS_ONLY_CELL.fullmatch(cell):
        return _signer_initials(cell) and cell.replace(".", "").lower() not in _NO_SIGNER
    if _GIVEN_AND_INITIAL.fullmatch(cell):
        given = normalise(cell.split()[0])
        return (
            given not in ROLE_WORDS
            and given not in places()
            and given not in SHORTHAND
            and (given in first_names() or given not in english_words())
        )
    return False


_INITIALS_ONLY_CELL = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")


def _stamped_double_colon_signers(text: str) -> list[_Found]:
    rows: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if line[:1].isalnum() and _STAMPED_DOUBLE_COLON_ROW.match(line):
            cells = line.split(" :: ")
            if len(cells) >= 3:
                cell = cells[-1].strip()
                rows.append((offset + len(line) - len(cells[-1].lstrip()), cell))
        offset += len(line) + 1
    if len(rows) < 3:
        return []
    found: list[_Found] = []
    for start, cell in rows:
        if (_SENDER_CELL.fullmatch(cell) and _sender_is_a_name(cell)) or _short_signer_is_a_name(
            cell
        ):
            found.append((start, start + len(cell), "PERSON"))
    return found


def _double_colon_senders(text: str) -> list[_Found]:
    if " :: " not in text:
        return []
    found: list[_Found] = []
    columns = 0
    offset = 0
    headed = False
    for line in text.split("\n"):
        cells = line.split(" :: ")
        if len(cells) >= 3:
            last = cells[-1].strip().lower()
            if last in _SENDER_HEADERS or _is_person_header(last):
                columns = len(cells)
                headed = True
            elif columns and len(cells) == columns:
                cell = cells[-1].strip()
                start = offset + len(line) - len(cells[-1].lstrip())
                if _SENDER_CELL.fullmatch(cell) and _sender_is_a_name(cell):
                    found.append((start, start + len(cell), "PERSON"))
        else:
            columns = 0 if not line.strip() else columns
        offset += len(line) + 1
    return found if headed else _stamped_double_colon_signers(text)


def _speakers_after_stamps(text: str) -> list[_Found]:
    if "\n[" not in text and not text.startswith("["):
        return []
    found: list[_Found] = []
    for match in _SPEAKER_AFTER_STAMP.finditer(text):
        key = normalise(match[1])
        if key in ROLE_WORDS or key in places():
            continue
        if key in first_names() or key not in english_words():
            found.append((match.start(1), match.end(), "PERSON"))
    if "_" in text or "." in text:
        for match in _HANDLE_AFTER_STAMP.finditer(text):
            if _handle_is_a_name(match[1]) or _dotted_login_is_a_name(match[1]):
                found.append((match.start(1), match.end(1), "PERSON"))
    logins = list(_LOGIN_AFTER_STAMP.finditer(text))
    people = {
        match[1]
        for match in logins
        if _login_after_stamp_is_a_name(match[1]) or _surname_first_login(match[1], text)
    }
    if people:  # a chat whose logins are people's: the others are read as theirs
        people |= {match[1] for match in logins if _like_the_other_logins(match[1])}
    for match in logins:
        if match[1] in people:
            found.append((match.start(1), match.end(1), "PERSON"))
    return found


# After the forty-fourth blind pack: where a login of a chat is read as a person's,
# the others are made the same way, a surname that no list holds and an initial ("wharfmanj:",
# "quaymanb:"), unless the login is a word, a job, a place or a shorthand, or ends in a word
# of four letters or more ("bridgewatch:", "controls:"), or is a word and a word or shorthand
# ("harbourops:", "nightdesk:"), as a post's or a system's account is named.
def _like_the_other_logins(login: str) -> bool:
    if len(login) < 5 or login in english_words() or login in ROLE_WORDS or login in places():
        return False
    if login in SHORTHAND or login in _SYSTEM_USERS:
        return False
    for word in (login, login[:-1]):
        if any(word[-size:] in english_words() for size in range(4, len(word))):
            return False
    for size in range(3, len(login) - 1):
        if login[:size] in english_words() and (
            (rest := login[size:]) in english_words() or rest in SHORTHAND or rest in ROLE_WORDS
        ):
            return False
    return True


# After the forty-first blind pack: a radio or an operations system's export names who made each
# entry after its stamp by the account's login, the initial and the surname run together in
# lower case ("[2025-03-02T14:07:55Z] dokafor: ..."). The login must be no English word, job,
# place, shorthand or system's user, open with no English word of four letters or more
# ("harbourops:", "bridgewatch:") and, after its initial, be a listed surname or no English word
# and end in none ("sysadmin:"), so a post's or a system's account stays ("control:", "system:",
# "acontrol:").
_LOGIN_AFTER_STAMP = re.compile(
    r"^\[[^\]\n]{0,30}\d[^\]\n]{0,30}\][ \t]+([a-z][a-z]{3,16})(?=:[ \t])", re.MULTILINE
)


def _login_after_stamp_is_a_name(login: str) -> bool:
    rest = login[1:]
    if login in english_words() or login in ROLE_WORDS or login in places():
        return False
    if login in SHORTHAND or login in _SYSTEM_USERS or rest in places():
        return False
    if rest in ROLE_WORDS and rest not in surnames():  # ("lporter:" is a Porter's login)
        return False
    if any(login[:size] in english_words() for size in range(4, len(login))):
        return False
    if rest in surnames():
        return True
    if rest in english_words():  # ("acontrol:", "xadmin:")
        return False
    return not any(rest[-size:] in english_words() for size in range(4, len(rest)))


# After the forty-fourth blind pack: a chat's export may make its logins the other way round, the
# surname then the initial ("[Tue 04 Mar 25 07:02] okaford: ..."). The login must be no English
# word, job, place or system's user, and without its last letter a listed surname that is no job,
# or a word in no dictionary that the text writes capitalised elsewhere (a word-surname:
# "wharfmane:" where "Mr Wharfman" is named), so a post's account ("bridgewatch:", "controls:")
# stays.
def _surname_first_login(login: str, text: str) -> bool:
    surname = login[:-1]
    if len(surname) < 4 or login in english_words() or login in ROLE_WORDS:
        return False
    if login in places() or login in SHORTHAND or login in _SYSTEM_USERS:
        return False
    if surname in ROLE_WORDS or surname in places() or surname in SHORTHAND:
        return False
    if surname in surnames():
        return True
    return surname not in english_words() and _written_capitalised(surname, text)


def _written_capitalised(word: str, text: str) -> bool:
    """Whether ``word`` (lower case) is written elsewhere in ``text`` as a capitalised word of
    its own, as a surname a login is made from is written in the entries."""
    return re.search(r"(?<![\w'’-])" + re.escape(word.capitalize()) + r"\b", text) is not None


# After the thirty-ninth blind pack: a unit's log kept as plain text with its cells parted by bars
# but no bar at either edge ("2026.02.04 06:59 | Worksheet printed ... | L.J./A.D.", under
# "date time | deviation | made/checked") signs each entry in its last cell, often by two people,
# the one who made a product and the one who checked it, their initials split by a slash
# ("| LJ/AD", "| L.J./A.D."), as a pharmacy's or a laboratory's second check is written. In a block
# of three such rows or more, each opening with a date and a time, the last cell's initials are
# people (no shorthand or word: "| N/A", "| PO/IV", "| OK" stay), and a date written year first
# with full stops there ("2026.02.04") is a date when the day is real.
# Speed: read only in a text with " | " and a line that opens with a date.
_BARE_BAR_ROW = re.compile(rf"^{_LOG_DAY}({_LOG_DATE})[ T]{_LOG_TIME}Z?[ \t]*\|", re.MULTILINE)
_DOTTED_YEAR_FIRST = re.compile(r"((?:19|20)\d\d)\.(0[1-9]|1[0-2])\.(0[1-9]|[12]\d|3[01])")
# (either may be written as an initial and the surname, "I. Taimanglo", "K. Öztürk-Ng")
_ONE_SIGNER = (
    r"(?:[A-ZÀ-ÖØ-Þ]{2,3}|(?:[A-ZÀ-ÖØ-Þ]\.){2,3}"
    r"|[A-ZÀ-ÖØ-Þ]\.[ \t]?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]*[A-ZÀ-ÖØ-Þa-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][\w'’]+)?)"
)
_SIGNERS_CELL = re.compile(rf"[ \t]*({_ONE_SIGNER})(?:[ \t]?/[ \t]?({_ONE_SIGNER}))?[ \t]*")


def _signer_initials(initials: str) -> bool:
    if any(c.islower() for c in initials):
        return True  # an initial and a surname ("I. Taimanglo")
    key = initials.replace(".", "")
    return (
        key not in _NOT_INITIALS
        and key.lower() not in SHORTHAND
        and (len(key) == 2 or key.lower() not in english_words())
    )


def _bare_bar_logs(text: str) -> list[_Found]:
    if " | " not in text or not (first := _BARE_BAR_ROW.search(text)):
        return []
    found: list[_Found] = []
    block: list[tuple[int, str, re.Match[str]]] = []
    offset = first.start()
    for line in [*text[offset:].split("\n"), ""]:
        match = _BARE_BAR_ROW.match(line) if line.count("|") >= 2 else None
        if match:
            block.append((offset, line, match))
        else:
            if len(block) >= 3:
                found += _bare_bar_signatures(block)
            block = []
        offset += len(line) + 1
    return found


def _bare_bar_signatures(block: list[tuple[int, str, re.Match[str]]]) -> list[_Found]:
    found: list[_Found] = []
    cells = []
    for row_start, row, match in block:
        start = row.rfind("|") + 1
        if len(row[start:].split()) > 3:
            return []
        cells.append((row_start, row, match, start))
    for row_start, row, match, start in cells:
        if dotted := _DOTTED_YEAR_FIRST.fullmatch(match[1]):
            try:
                date(int(dotted[1]), int(dotted[2]), int(dotted[3]))
                found.append((row_start + match.start(1), row_start + match.end(1), "DATE"))
            except ValueError:  # no such day ("2026.02.30")
                pass
        signers = _SIGNERS_CELL.fullmatch(row, start)
        if signers and all(_signer_initials(x) for x in signers.groups() if x):
            for group in (1, 2):
                if signers[group]:
                    found.append(
                        (row_start + signers.start(group), row_start + signers.end(group), "PERSON")
                    )
    return found


# After the thirty-ninth blind pack: a letter or a review names someone of another team by one
# word and where they are from, then what they did ("Ouchene from the clinic rang her", "Goldstein
# from their team is looking at it", "Haddadi from the shop can come"); the word is a person when
# it is in no dictionary and no place's name, it opens a clause, and a team, a clinic, a shop or
# a firm, not a pharmacy or a pack, is what it came from, so "Calls from the ward", "Help from
# the team came", "taking Buscopan from the chemist" and "Sertraline from the next pack was
# started" stay. And a club's captain is named after the job as a porter is ("The Club
# Captain Hocine said", "the Team Captain Ben Walsh"), though "Captain" alone may open a ward's or
# a ship's name ("Captain Cook Ward") and stays out of the jobs.
# Speed: read only in a text with " from the ", " from their " or "Captain ".
_WORD_FROM_A_TEAM = re.compile(
    rf"(?<![\w'’-])({_ONE_CAPITALISED_WORD})[ \t]+from[ \t]+"
    r"(?:the|their|our)[ \t]+(?:[a-z]+[ \t]+)?(?:clinic|team|shop|practice|surgery|office|depot"
    r"|estates|club|company|firm|supplier|contractor|charity|agency)[ \t]+"
    r"(?:rang|phoned|called|said|wrote|emailed|came|can|will|would|told|asked|visited|agreed"
    r"|explained|confirmed|is[ \t]+(?:looking|helping|checking|coming))(?![\w'’-])"
)
_CLUB_CAPTAIN = re.compile(
    r"(?:Club|Team)[ \t]+Captain[ \t]+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)(?:[ \t]+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+))?"
)


def _named_from_teams_and_captains(text: str) -> list[_Found]:
    found: list[_Found] = []
    if " from the " in text or " from their " in text or " from our " in text:
        english, towns = english_words(), places()
        for match in _WORD_FROM_A_TEAM.finditer(text):
            # (opening a clause, so a thing taken or given stays: "taking Buscopan from the
            # chemist", "after Oramorph from the crew")
            before = text[max(0, match.start() - 5) : match.start()].rstrip(" \t")
            if before and before[-1] not in ".;:,\n" and not before.endswith(" and"):
                continue
            key = normalise(match[1])
            if all(
                part not in english and part not in towns and part not in ROLE_WORDS
                for part in key.split("-")
            ):
                found.append((match.start(1), match.end(1), "PERSON"))
    if "Captain " in text:
        english, firsts, towns = english_words(), first_names(), places()
        for match in _CLUB_CAPTAIN.finditer(text):
            key = normalise(match[1])
            if key in towns or key in ROLE_WORDS or (key in english and key not in firsts):
                continue
            end = match.end(1)
            if match[2] and ((last := normalise(match[2])) in surnames() or last not in english):
                end = match.end(2)
            found.append((match.start(1), end, "PERSON"))
    return found


def _signed_log_cells(text: str) -> list[_Found]:
    bars = "\n|" in text
    # Speed: a CSV's rows are read only in a text with nine commas or more with no blank after.
    commas = text.count(",") - text.count(", ") >= 9
    if not bars and not commas:
        return []
    found: list[_Found] = []
    block: list[tuple[int, str, bool]] = []  # (where, row, a time written with the date)
    separator = ""
    offset = 0
    for line in [*text.split("\n"), ""]:
        row_separator, timed = "", False
        if bars and line.count("|") >= 4 and (match := _LOG_ROW_DATE.match(line)):
            row_separator, timed = "|", bool(match[2])
        elif (
            commas
            and line[:1].isalnum()
            and line.count(",") - line.count(", ") >= 3
            and (match := _CSV_ROW_DATE.match(line))
        ):
            row_separator, timed = ",", bool(match[2])
        if row_separator and row_separator == separator:
            block.append((offset, line, timed))
        else:
            if len(block) >= 3:
                found += _signatures(block, separator)
            block = [(offset, line, timed)] if row_separator else []
            separator = row_separator
        offset += len(line) + 1
    return found


def _signatures(block: list[tuple[int, str, bool]], separator: str = "|") -> list[_Found]:
    # (three cells are enough when the first holds the time with the date: "| 19 Jul 25 2042 |
    # entry | H.H. |")
    last_cells = []
    for row_start, row, timed in block:
        cells = _cells(row, separator)
        written = [cell for cell in cells if row[cell[0] : cell[1]].strip()]
        if len(written) < (3 if timed else 4):
            return []
        start, stop = written[-1]
        if len(row[start:stop].split()) > 3:
            return []
        if separator == "," and ('"' in row[start:stop] or row[start] in " \t"):
            return []
        last_cells.append((row_start, row, start, stop))
    found: list[_Found] = []
    for row_start, row, start, stop in last_cells:
        match = _USER_CELL_INITIALS.fullmatch(row, start, stop)
        if match:
            key = match[1].replace(".", "")
            if (
                key not in _NOT_INITIALS
                and key.lower() not in SHORTHAND
                and (len(key) == 2 or key.lower() not in english_words())
            ):
                found.append((row_start + match.start(1), row_start + match.end(1), "PERSON"))
            continue
        match = _CELL_NAME_WORDS.fullmatch(row, start, stop)
        if (
            match
            and match[1][0].isupper()
            and (" " in match[1] or match[1].lower() not in english_words())
            and name_in_cell(match[1].split())
        ):
            found.append((row_start + match.start(1), row_start + match.end(1), "PERSON"))
    return found


def _initials_in_person_columns(text: str, lowered: str) -> list[_Found]:
    # After the twenty-ninth blind pack: a name with a dotted capital I anywhere in the text
    # ("İpek Aydın" in one row) lengthens the lowered text; the columns are read in a copy
    # lowered character by character instead, so every other row's cells are still read.
    lowered = _same_length_lowered(text, lowered)
    if len(lowered) != len(text):
        return []
    headers: set[int] = set()
    # A header's word opens a word.
    for word in cues_that_may_open_words(lowered, _COLUMN_WORDS):
        position = lowered.find(word)
        while position != -1:
            end = position + len(word)
            # Speed: the cheap test first (the word must open a word), then the pattern.
            if (not position or not _is_word_character(lowered[position - 1])) and (
                _HEADER_WORD_END.match(lowered, end)
            ):
                line_start = lowered.rfind("\n", 0, position) + 1
                # Speed: a job or a name heads a column only in a header of short cells, so a
                # sentence that merely mentions one ("the deceased, who") is not read as one.
                if word not in _SHORT_HEADER_WORDS or _may_be_short(lowered, line_start):
                    headers.add(line_start)
            position = lowered.find(word, end)
    headers |= _role_header_lines(lowered)
    found: list[_Found] = []
    for line_start in sorted(headers):
        line_end = text.find("\n", line_start)
        header = lowered[line_start : line_end if line_end != -1 else len(text)]
        separator = "|" if header.count("|") >= 2 else ","
        cells = _cells(header, separator)
        if len(cells) < 3:
            continue
        columns = []
        # a header's cells are short ("| Bed | Patient | Nurse |"); a sentence with commas that
        # mentions a patient or a nurse is no header for the job and name columns
        short = _short_header(
            header,
            cells,
            separator == "|" and line_end != -1 and bool(_RULED_BELOW.match(text, line_end + 1)),
        )
        for index, (start, stop) in enumerate(cells):
            words = header[start:stop].strip(_QUOTE_BLANKS).split()
            # the header's cell is the word alone or with one word before it ("moved by")
            if 1 <= len(words) <= 2 and words[-1] in _PERSON_COLUMN_WORDS:
                columns.append((index, _CELL_INITIALS, "PERSON"))
                # After the thirty-first blind pack: a "by" column under a header of short
                # cells holds names written surname first as rotas write them ("| HOLLOWS,
                # Isikeli |"), as a staff column does.
                if short:
                    columns.append((index, _CELL_SURNAME_FIRST, "PERSON"))
                    # After the forty-second blind pack: and the surname, a comma and the
                    # initial, as a rota's "booked by" column writes who booked each shift
                    # ("| Okafor, D |"), read as under a job's header (`_surname_and_initial`:
                    # "| Bay, A |", "| Staff, B |" stay).
                    columns.append((index, _CELL_SURNAME_INITIAL, "PERSON"))
            elif short and 1 <= len(words) <= 2 and words[-1] in _STAFF_COLUMN_WORDS:
                columns.append((index, _STAFF_CELL, "PERSON"))
                columns.append((index, _CELL_SURNAME_GIVEN, "PERSON"))
            elif short and 1 <= len(words) <= 2 and words[-1] in _NAME_COLUMN_WORDS:
                columns.append((index, _CELL_SURNAME_FIRST, "PERSON"))
                if words[-1] == "user":
                    columns.append((index, _USER_CELL_INITIALS, "PERSON"))
            elif " ".join(words) in _NUMBER_HEADERS:
                columns.append((index, _CELL_NUMBER, "HOSPITAL_NUMBER"))
                if words != ["number"]:
                    columns.append((index, _CELL_BARE_NUMBER, "HOSPITAL_NUMBER"))
            elif short and 1 <= len(words) <= 2 and words[-1] in _DATE_COLUMN_WORDS:
                columns.append((index, _CELL_DAY_MONTH, "DATE"))
            elif short and 1 <= len(words) <= 2 and words[-1] in _LOGIN_HEADER_WORDS:
                columns.append((index, _CELL_LOGIN, "LOGIN"))
            elif short and 1 <= len(words) <= 2 and _is_person_header(words[-1]):
                columns.append((index, _STAFF_CELL, "PERSON"))
                columns.append((index, _CELL_SURNAME_INITIAL, "PERSON"))
                columns.append((index, _CELL_SURNAME_GIVEN, "PERSON"))
        if not columns:
            continue
        pending: set[tuple[int, int]] = set()
        mark = len(found)
        position = line_end
        while position != -1:
            row_start = position + 1
            position = text.find("\n", row_start)
            row = text[row_start : position if position != -1 else len(text)]
            if separator not in row:
                continue
            row_cells = _cells(row, separator)
            extra = len(row_cells) - len(cells)
            # After the sixteenth blind pack: a row with more cells than its header, as when an
            # unquoted cell holds a comma ("February 12, 2024,14.39,..."), is read from either
            # end; a cell counts when it fits its column's pattern from one end or the other.
            if extra < 0 or (extra and separator != ","):
                continue
            for index, pattern, label in columns:
                for place in (index, index + extra) if extra else (index,):
                    start, stop = row_cells[place]
                    if not extra and stop - start > 2 and row[start] == row[stop - 1] == '"':
                        start, stop = start + 1, stop - 1
                    match = pattern.fullmatch(row, start, stop)
                    if label == "LOGIN":
                        if match and _login_is_a_name(match[1]):
                            found.append(
                                (row_start + match.start(1), row_start + match.end(1), "PERSON")
                            )
                            break
                        match = _CELL_NAME_WORDS.fullmatch(row, start, stop)
                        # (a name written out there: two words or more, as a name reads)
                        if match and len(match[1].split()) >= 2 and name_in_cell(match[1].split()):
                            found.append(
                                (row_start + match.start(1), row_start + match.end(1), "PERSON")
                            )
                            break
                        continue
                    if pattern is _CELL_SURNAME_GIVEN:
                        if match and surname_first_in_staff_cell(match[1]):
                            found.append(
                                (row_start + match.start(1), row_start + match.end(1), label)
                            )
                            break
                        continue
                    if pattern is _CELL_SURNAME_INITIAL:
                        if match and _surname_and_initial(match[1]):
                            found.append(
                                (row_start + match.start(1), row_start + match.end(1), label)
                            )
                            break
                        continue
                    if (
                        match
                        and pattern is _USER_CELL_INITIALS
                        and (
                            (key := match[1].replace(".", "").lower()) in SHORTHAND
                            or key in _SYSTEM_USERS
                            or (len(key) == 3 and key in english_words())
                        )
                    ):
                        match = None
                    if match and match[1].replace(".", "") not in _NOT_INITIALS:
                        found.append((row_start + match.start(1), row_start + match.end(1), label))
                        break
                    if (
                        short
                        and label == "PERSON"
                        and (match := _name_written_in_cell(row, start, stop))
                    ):
                        found.append((row_start + match.start(1), row_start + match.end(1), label))
                        break
                    if (
                        short
                        and label == "PERSON"
                        and (match := _CELL_LONE.fullmatch(row, start, stop))
                    ):
                        pending.add((row_start + match.start(1), row_start + match.end(1)))
        if pending and len(found) > mark:
            found += _names_like_the_columns(text, found[mark:], pending)
    return found


# After the thirty-ninth blind pack: a person's column read so far tells how it names people, and
# a cell written the same way is one of them though its word is an English one: a surname alone
# that the column also writes after an initial ("| Packer |" under "| E. Packer |"), or a word in
# capitals and an initial in a column with two such names found already ("DART T" under "DIALLO
# O", "WHEELER T"). A word for a place, a team, a job or a shorthand still stays ("| Bay |",
# "NIGHT B").
_CELL_LONE = re.compile(
    r"[ \t]*([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+[ \t][A-ZÀ-ÖØ-Þ])\.?[ \t]*"
)


def _names_like_the_columns(
    text: str, table: list[_Found], pending: set[tuple[int, int]]
) -> list[_Found]:
    people = [(start, end) for start, end, label in table if label == "PERSON"]
    last_words = {normalise(text[start:end].split()[-1]) for start, end in people}
    capitals = sum(
        1
        for start, end in people
        if text[start].isupper() and _CELL_NAME_AND_INITIAL.fullmatch(text, start, end)
    )
    found: list[_Found] = []
    for start, end in sorted(pending):
        cell = text[start:end]
        word = normalise(cell.split()[0])
        if (
            word in _NOT_NAME_BEFORE_LETTER
            or word in ROLE_WORDS
            or word in SHORTHAND
            or word in places()
        ):
            continue
        if (" " in cell and capitals >= 2) or (" " not in cell and word in last_words):
            found.append((start, end, "PERSON"))
    return found


# After the fifteenth blind pack: a key that spells out initials ("Note: DK = Denis King, site
# team; AM = Alex Marley") makes those initials the person, in the key and wherever else they
# are written (a table's "moved by" column, "checked by DK"). The initials count when the name
# after them was found, or when the words after them have those initials, in order or surname
# first, and read as a name: a listed first name or surname, or an initial and a capitalised
# word ("NAB = nathaniel abu bakr", "OM = MORGAN, Olivia", "SB = S Bernier"); so a glossary's
# "BP = blood pressure" or "GCS = Glasgow Coma Scale" stays.
# Speed: read only where an equals sign is, with the capitals just before it.
_INITIALS_KEY_BEFORE = re.compile(r"(?<![\w/])([A-ZÀ-ÖØ-Þ]{2,4})[ \t]?=[ \t]?$")
_KEY_NAME_WORDS = re.compile(
    r"[ \t]*([^\W\d_][\w'’]*\.?(?:-[^\W\d_][\w'’]*)*)"
    r"(,?[ \t]+[^\W\d_][\w'’]*\.?(?:-[^\W\d_][\w'’]*)*){1,3}"
)
_KEY_WORD = re.compile(r"[^\W\d_][\w'’]*\.?(?:-[^\W\d_][\w'’]*)*")


def _spelled_out_name(text: str, position: int, initials: str) -> tuple[int, int] | None:
    # The words after "XX =" whose first letters are the initials, as (start, end) in the text.
    words: list[tuple[int, int, bool]] = []  # (start, end, a comma before it)
    for match in _KEY_WORD.finditer(text, position, min(len(text), position + 60)):
        gap = text[words[-1][1] if words else position : match.start()]
        if gap.strip(" \t,=") or (words and "," in gap and len(words) > 1):
            break
        words.append((match.start(), match.end(), "," in gap))
        if len(words) > len(initials):
            break
    letters = [
        (start, end, [part[0].upper() for part in text[start:end].split("-")])
        for start, end, _ in words
    ]
    for count in range(2, min(len(words), len(initials)) + 1):
        chosen_words = letters[:count]
        flat = "".join(letter for _, _, parts in chosen_words for letter in parts)
        # "MORGAN, Olivia": surname first, so the initials read from the second word
        reversed_flat = "".join(
            letter for _, _, parts in [*chosen_words[1:], chosen_words[0]] for letter in parts
        )
        if initials not in (flat, reversed_flat if words[1][2] else flat):
            continue
        spelled = [normalise(text[start:end].rstrip(".")) for start, end, _ in chosen_words]
        if any(word in first_names() or word in surnames() for word in spelled) or (
            len(spelled[0]) == 1 and text[chosen_words[1][0]].isupper()
        ):
            return chosen_words[0][0], chosen_words[-1][1]
    return None


def _initials_spelled_out(text: str, chosen: list[_Found]) -> list[_Found]:
    people_starts = {start for start, _, label in chosen if label == "PERSON"}
    keys: set[str] = set()
    found: list[_Found] = []
    position = text.find("=")
    while position != -1:
        match = _INITIALS_KEY_BEFORE.search(text, max(0, position - 6), position + 1)
        if match and match[1] not in _NOT_INITIALS and match[1] not in SHORTHAND:
            after = position + 1
            while after < len(text) and text[after] in " \t":
                after += 1
            if after in people_starts:
                keys.add(match[1])
            elif name := _spelled_out_name(text, after, match[1]):
                keys.add(match[1])
                found.append((*name, "PERSON"))
        position = text.find("=", position + 1)
    for initials in keys:
        position = text.find(initials)
        while position != -1:
            end = position + len(initials)
            if not (position and _is_word_character(text[position - 1])) and not (
                end < len(text) and _is_word_character(text[end])
            ):
                found.append((position, end, "PERSON"))
            position = text.find(initials, end)
    return found


# After the seventeenth blind pack: initials found as a person (in a staff column, after a
# title, from the record) are that person wherever else they stand alone ("| 4 | Elm | TQ |"
# then "TQ aware", "entry corrected by TQ", "| BW / TQ |"); shorthand stays ("AF", "GP").
# Speed: only when some person's span is two to four capitals; one `str.find` scan for each.
_INITIALS_ALONE = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,4}")
# After the thirty-fifth blind pack: so too initials written with full stops, as a log's "by"
# column signs them ("S.H.N." there, then "C.B. covering milking" in an entry).
_DOTTED_INITIALS_ALONE = re.compile(r"(?:[A-ZÀ-ÖØ-Þ]\.){2,3}")
_WORD_AFTER = re.compile(r" ([a-z]+)\b")


def _initials_written_again(text: str, chosen: list[_Found]) -> list[_Found]:
    keys = {
        written
        for start, end, label in chosen
        if label == "PERSON"
        and end - start <= 6
        and (
            _INITIALS_ALONE.fullmatch(written := text[start:end])
            or _DOTTED_INITIALS_ALONE.fullmatch(written)
        )
        and written.replace(".", "") not in _NOT_INITIALS
        and written.replace(".", "").lower() not in SHORTHAND
    }
    found: list[_Found] = []
    size = len(text)
    for initials in keys:
        position = text.find(initials)
        while position != -1:
            end = position + len(initials)
            # a whole word, not part of a reference ("TQ-12", "AB/12") or of dotted capitals
            if not (
                position and (_is_word_character(text[position - 1]) or text[position - 1] in ".-")
            ) and not (end < size and (_is_word_character(text[end]) or text[end] in "-/")):
                # capitals before a job name a service ("OH nurse", "ED doctor"), not a person
                job = _WORD_AFTER.match(text, end)
                if not (job and job[1] in ROLE_WORDS):
                    found.append((position, end, "PERSON"))
            position = text.find(initials, end)
    return found


# After the thirty-sixth blind pack: a log names whom an update was rung or put through to by
# initials ("Update rung through to ZG", "put through to S.M."); clinical shorthand and a service
# stay ("rang through to ED", "put through to ICU").
_THROUGH_TO_INITIALS = re.compile(
    r"(?<![\w])(?i:rung|rang|phoned|put|passed)[ \t]+through[ \t]+to[ \t]+"
    r"((?:[A-ZÀ-ÖØ-Þ]\.){2,3}|[A-ZÀ-ÖØ-Þ]{2,3}(?![\w.]|\.\w))(?![\w])"
)


def _initials_put_through_to(text: str) -> list[_Found]:
    found: list[_Found] = []
    position = text.find(" through to ")
    while position != -1:
        match = _THROUGH_TO_INITIALS.search(text, max(0, position - 7), position + 20)
        if match and match.start() <= position:
            key = match[1].replace(".", "")
            if key not in _NOT_INITIALS and key.lower() not in SHORTHAND:
                found.append((match.start(1), match.end(1), "PERSON"))
        position = text.find(" through to ", position + 12)
    return found


# After the thirty-sixth blind pack: a rota or a log names who stood in for someone by first name
# ("on break, cover from Sree", "cover from Çilga"; "covered by" and "relieved by" are read as
# any "by" is): one capitalised word there is a person when it is a listed first name or a word
# in no dictionary and no gazetteer ("cover from Security", "cover from Agency", "cover from Ward
# 4" stay).
_COVER_FROM = re.compile(
    r"(?<![\w])[Cc]over[ \t]+from[ \t]+"
    rf"({_ONE_CAPITALISED_WORD})(?![\w'’-]|[ \t]+[A-Z\d])"
)
# ... and a plan or an entry signed by dotted initials ("the plan written as M.P.L.", "signed as
# K.H."); undotted capitals there may be shorthand ("written as PRN") and stay.
# Speed: read only after each " as ", the word before it checked when dotted capitals follow.
_DOTTED_AFTER_AS = re.compile(r"[ \t]+((?:[A-ZÀ-ÖØ-Þ]\.){2,3})")
_SIGNED_AS = re.compile(r"(?<![\w])(?:written|signed|initialled|initialed)[ \t]*$")


def _stand_ins_and_signers(text: str) -> list[_Found]:
    found: list[_Found] = []
    if "over from " in text:
        for match in _COVER_FROM.finditer(text):
            key = normalise(match[1])
            if key in first_names() or (key not in english_words() and key not in places()):
                found.append((match.start(1), match.end(1), "PERSON"))
    position = text.find(" as ")
    while position != -1:
        dotted = _DOTTED_AFTER_AS.match(text, position + 3)
        if dotted and _SIGNED_AS.search(text, max(0, position - 12), position):
            found.append((dotted.start(1), dotted.end(1), "PERSON"))
        position = text.find(" as ", position + 3)
    return found


# After the forty-fourth blind pack: one capitalised word that a clause makes someone who acts
# at work is a person though no list holds it: with its job after it between commas ("and
# Okafor, the haulier, has asked"), at work in an office ("Okafor in our office has corrected
# it", "which Okafor in its office has corrected"; not just after an article, "the spare Jext
# in our office had expired"), or told to put a record right after a semicolon ("...; Okafor to
# correct"). The word must be a listed surname or first name or in no
# dictionary, and no job, place or shorthand ("Transport, the regulator,", "Records in our office",
# "; Admin to correct" stay).
# Speed: the job is matched from each comma (a literal the regex engine finds fast), and the word
# before it read back from there.
_JOB_BETWEEN_COMMAS = re.compile(r",[ \t]+(?:the|our|their|its|his|her)[ \t]+([a-z]+),")
_ONE_WORD_BEFORE = re.compile(
    rf"(?<![\w'’-])({_ONE_CAPITALISED_WORD})$"
)
# Speed: each place is found by its word ("office", "team", "unit", "department": str.find),
# then read on for what follows it and back for the one word and "in our" before it: a pattern
# that opened with the capitalised word was tried at every capital of every text that writes
# " team " (9% of the engine's instructions on the development narratives, callgrind, after the
# forty-ninth blind pack).
_AT_WORK_PLACES = ("office", "team", "unit", "department")
_IN_AN_OFFICE_BEFORE = re.compile(
    rf"(?<![\w'’-])({_ONE_CAPITALISED_WORD})[ \t]+in[ \t]+(?:our|its|their)[ \t]+$"
)
_IN_AN_OFFICE_AFTER = re.compile(
    r"[ \t]+(?:has|had|have|is|was|will"
    # After the forty-ninth blind pack: or may do something, or is of a team ("Okafor in our
    # office can help", "and Okafor of our team took the samples"; "Records of our team" stays)
    r"|can|could|may|might|would|should)\b"
)
_OF_A_TEAM_BEFORE = re.compile(
    rf"(?<![\w'’-])({_ONE_CAPITALISED_WORD})[ \t]+(?:of|from|on|in)[ \t]+(?:our|its|their)[ \t]+$"
)
_OF_A_TEAM_AFTER = re.compile(r"[ \t]+[a-z]")


def _named_in_their_office(text: str) -> list[re.Match[str]]:
    """The one word named at work before "in our office has ..." or "of our team did ...", in
    the text's order."""
    named: list[re.Match[str]] = []
    for place in _AT_WORK_PLACES:
        before, after = (
            (_IN_AN_OFFICE_BEFORE, _IN_AN_OFFICE_AFTER)
            if place == "office"
            else (_OF_A_TEAM_BEFORE, _OF_A_TEAM_AFTER)
        )
        at = text.find(place)
        while at != -1:
            end = at + len(place)
            if after.match(text, end) and (word := before.search(text, max(0, at - 160), at)):
                named.append(word)
            at = text.find(place, end)
    return sorted(named, key=lambda word: word.start())


# ... and, in a letter or an e-mail, the one it is about: named alone opening its subject before
# a reference ("Subject: Okafor, our ref CS-25-31") or after the writer's sorrow ("I am so sorry
# about Dele, and ..."; "sorry about Ward 4" and "sorry about Monday" stay).
_SUBJECT_BEFORE_A_REFERENCE = re.compile(
    rf"^Subject:[ \t]+(?:Re:[ \t]+)?({_ONE_CAPITALISED_WORD}),"
    r"[ \t]+(?:our|your)[ \t]+ref",
    re.MULTILINE,
)
_SORRY_ABOUT = re.compile(
    r"\bsorry[ \t]+(?:to[ \t]+hear[ \t]+)?about[ \t]+"
    rf"({_ONE_CAPITALISED_WORD})(?=[,.;])"
)
_TOLD_TO_CORRECT = re.compile(
    rf";[ \t]+({_ONE_CAPITALISED_WORD})[ \t]+(?:to[ \t]+"
    r"(?:correct|amend|update"
    # After the forty-ninth blind pack: or to change it, or having put it right ("; Okafor to
    # change it", "; Okafor has corrected it", "; Okafor there has since amended it")
    r"|change|fix)|(?:there[ \t]+)?has[ \t]+(?:since[ \t]+)?(?:corrected|amended|updated|changed"
    r"|fixed))\b"
)


_DAY_NAMES = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today")
)
_ARTICLES = frozenset(("the", "a", "an", "our", "their", "its", "this", "my", "your", "his", "her"))


def _a_word_that_names(word: str) -> bool:
    key = normalise(word)
    if key in ROLE_WORDS or key in places() or key in SHORTHAND:
        return False
    return key in surnames() or key in first_names() or key not in english_words()


def _named_at_work(text: str) -> list[_Found]:
    found: list[_Found] = []
    for match in _JOB_BETWEEN_COMMAS.finditer(text):
        if match[1] not in ROLE_WORDS:
            continue
        named = _ONE_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if named and _a_word_that_names(named[1]):
            found.append((named.start(1), named.end(1), "PERSON"))
    if " office " in text or " team " in text or " unit " in text or " department " in text:
        for word in _named_in_their_office(text):
            before = text[max(0, word.start() - 24) : word.start()].split()[-2:]
            # (after the forty-ninth blind pack: only words of the same clause; "ring the desk;
            # Okafor in our office can help" keeps its person)
            if before and before[-1].endswith((";", ",", ".", ":")):
                before = []
            elif len(before) == 2 and before[0].endswith((";", ",", ".", ":")):
                before = before[1:]
            if any(written.lower() in _ARTICLES for written in before):
                continue
            if _a_word_that_names(word[1]):
                found.append((word.start(1), word.end(1), "PERSON"))
    if "Subject:" in text:
        for match in _SUBJECT_BEFORE_A_REFERENCE.finditer(text):
            if _a_word_that_names(match[1]):
                found.append((match.start(1), match.end(1), "PERSON"))
    if "sorry " in text:
        for match in _SORRY_ABOUT.finditer(text):
            key = match[1].lower()
            if _a_word_that_names(key) and not _month_number(key) and key not in _DAY_NAMES:
                found.append((match.start(1), match.end(1), "PERSON"))
    for match in _TOLD_TO_CORRECT.finditer(text):  # (from each semicolon, a literal)
        if _a_word_that_names(match[1]):
            found.append((match.start(1), match.end(1), "PERSON"))
    return found


# After the thirty-sixth blind pack: a surname that is also an English word ("Wise", "Love",
# "Hale", "Blunt") is not carried to its other places as other names are (a word may be only a
# word); but when the text names the person in full ("Street Pastor Zintle Wise", "Signed
# Frantz Love, Taxi Marshal"; a listed surname, or one after a listed first name or a word in
# no dictionary), the surname written again alone in a capital, where a name stands, is that
# person: a log's cell of its own ("| Love |", ',Wise' closing a CSV row), a speaker before a
# colon ("] Hale: ..."), after a job ("Taxi Marshal Love asks") or mid-sentence ("kept by Wise",
# "The rota showed Blunt was"). Not at a sentence's start, nor beside another capitalised word
# ("Rose Ward", "the White Hart", "Castle Hill Hospital" stay).
_LOG_JOBS = frozenset(("marshal", "doorman", "steward", "warden"))


def _english_surnames_again(text: str, chosen: list[_Found]) -> list[_Found]:
    # Speed: a span's last word is sliced out and looked up first; the rest only for the few
    # that are English words.
    english = english_words()
    words = set()
    for start, end, label in chosen:
        if label != "PERSON" or (space := text.rfind(" ", start, end)) == -1:
            continue
        last = text[space + 1 : end]
        if len(last) < 3 or not last.istitle() or (key := last.lower()) not in english:
            continue
        pieces = text[start:end].split()
        if (
            2 <= len(pieces) <= 3
            and pieces[0][0].isupper()
            and not pieces[0].isupper()
            and (
                key in surnames()
                or (first := normalise(pieces[0])) in first_names()
                or first not in english
            )
        ):
            words.add(last)
    if not words:
        return []
    # (the new spans overlap none found, as `names_written_again`'s do: a place inside or across
    # a span is looked up among the spans' starts with bisect and left out)
    starts = [span[0] for span in chosen]
    found: list[_Found] = []
    size = len(text)
    for word in words:
        position = text.find(word)
        while position != -1:
            end = position + len(word)
            before = text[position - 1] if position else "\n"
            after = text[end] if end < size else "\n"
            if (
                not _is_word_character(before)
                and before not in "-'’"
                and not (_is_word_character(after) or after in "-'’")
                and not (
                    (index := bisect_right(starts, position) - 1) >= 0
                    and chosen[index][1] > position
                )
                and not (index + 1 < len(chosen) and chosen[index + 1][0] < end)
                and _stands_as_a_name(text, position, end)
            ):
                found.append((position, end, "PERSON"))
            position = text.find(word, end)
    return found


def _stands_as_a_name(text: str, start: int, end: int) -> bool:
    # the word after: none capitalised ("Rose Ward"), unless a colon or a cell's bar parts them
    after = text[end : end + 2]
    if after[:1] == " " and after[1:2].isupper():
        return False
    # the word before (Speed: within 40 characters of it)
    line_start = max(text.rfind("\n", max(0, start - 40), start) + 1, start - 40)
    head = text[line_start:start].rstrip(" \t")
    if not head:
        return False  # a line's first word
    if head[-1] in '|],"-':
        return True  # a cell of its own, or a speaker after a time stamp
    if head[-1] in ".!?:;(":
        return False  # a sentence's first word
    previous = head.rsplit(None, 1)[-1]
    if previous[:1].isupper():
        key = normalise(previous.rstrip(".,"))
        return key in ROLE_WORDS or key in _LOG_JOBS or key in HONORIFICS
    return True


# A nickname in quotes beside a person's name ("Hazel 'Sunny' Woods", "known as 'Tiny'") is the
# person too, wherever it is written again ("Sunny's partner told the panel").
# Speed: one pattern per opening quote, each starting with it (a literal, found fast).
_QUOTED_WORDS = tuple(
    (quote, re.compile(re.escape(quote) + r"([A-Z][a-z]{2,})['’\"”]")) for quote in "'‘\"“"
)
_KNOWN_AS = re.compile(r"(?:known|called|nicknamed)\s+as\s+$|\b(?:known|called|nicknamed)\s+$")


def _nickname_spans(text: str, chosen: list[_Found]) -> list[_Found]:
    quoted = [
        match
        for quote, pattern in _QUOTED_WORDS
        if quote in text
        for match in pattern.finditer(text)
    ]
    if not quoted:
        return []
    people_ends = {end for _, end, label in chosen if label == "PERSON"}
    people_starts = {start for start, _, label in chosen if label == "PERSON"}
    nicknames = set()
    for match in quoted:
        start, end = match.start(), match.end()
        if (
            (start - 1 in people_ends and text[start - 1] == " ")
            or (end + 1 in people_starts and text[end : end + 1] == " ")
            or _KNOWN_AS.search(text, max(0, start - 20), start)
        ):
            nicknames.add(match[1])
    found: list[_Found] = []
    for nickname in nicknames:
        position = text.find(nickname)
        while position != -1:
            end = position + len(nickname)
            if not (position and _is_word_character(text[position - 1])) and not (
                end < len(text) and _is_word_character(text[end])
            ):
                found.append((position, end, "PERSON"))
            position = text.find(nickname, end)
    return found


# After the twenty-ninth blind pack: the name a person goes by, after "known to everyone as",
# "known to the family as" or "who the staff know as" ("his brother, who is known to everyone as
# Pip, told the panel"; "who the dispenser knows as Ruthi"), is that person even when it is a word
# too. A relation, a title or a role so written ("known to all as Nan", "as Dr Abebe", "as the
# lighthouse") stays, as a title's name is found by its own rule.
# Speed: read only where "as " follows a form of "know" (literals found with `str.find`).
# After the thirty-third blind pack: also "known in the yard as Goca", "known around the club as
# Bams" (a place the name is used in, not the people who use it), and a name in brackets after a
# person "to us all" or "to everyone" ("Aleksandar Dimitrovski (Aco to us all), who stayed").
_KNOWN_TO_AS = re.compile(
    r"(?i:\bknown[ \t]+to[ \t]+(?:[a-z]+[ \t]+){0,2}[a-z]+|\bknows?"
    r"|\bknown[ \t]+(?:in|around|about|on|at)[ \t]+the[ \t]+(?:yard|club|gym|ward|unit|team|squad"
    r"|village|street|estate|shop|office|pub|stables?|school|home|house|family|ground|depot)"
    r"|\bknew)[ \t]+as[ \t]+"
    rf"({_ONE_CAPITALISED_WORD})(?![\w'’]|[ \t]+[A-Z\d])"
)


def _names_known_to(text: str, lowered: str) -> list[_Found]:
    found: list[_Found] = []
    lowered = _same_length_lowered(text, lowered)
    position = lowered.find("know")
    while position != -1:
        stop = lowered.find(" as ", position, position + 40)
        if stop != -1 and (match := _KNOWN_TO_AS.match(text, position)):
            key = match[1].lower()
            if not (key in RELATIONSHIPS or key in ROLE_WORDS or key in _TITLE_WORDS):
                found.append((match.start(1), match.end(1), "PERSON"))
        position = lowered.find("know", position + 4)
    for cue in _TO_ALL_CUES:
        position = lowered.find(cue)
        while position != -1:
            match = _TO_ALL.search(text, max(0, position - 30), position + len(cue))
            # only straight after a name: "The lounge (Lounge to all)" stays
            before = text[: match.start()].rstrip(" \t").rsplit(None, 1)[-1:] if match else []
            if match and before and before[0][:1].isupper():
                key = match[1].lower()
                if not (key in RELATIONSHIPS or key in ROLE_WORDS or key in _TITLE_WORDS):
                    found.append((match.start(1), match.end(1), "PERSON"))
            position = lowered.find(cue, position + len(cue))
    return found


_TO_ALL_CUES = (" to us all)", " to everyone)", " to everybody)", " to all)")  # lowered
_TO_ALL = re.compile(
    rf"\(({_ONE_CAPITALISED_WORD})[ \t]+to[ \t]+"
    r"(?:us[ \t]+all|everyone|everybody|all)\)"
)


# An age over 89 written straight after a person's name, as notes and forms put it: "Edith
# Marsh (93)", "MARSH, Edith (91F)", "Mrs Marsh (102yo)", "Mrs Marsh is 94 and lives alone",
# "Mr Marsh was 97." Only after a name: "sats were 94" and "(95)" alone are not ages.
_AGE_WORDS = _AGE_NUMBER_WORDS
_AGE_AFTER_PERSON = re.compile(
    r"(?:['’]s)?(?:\s*\((9\d|1[0-2]\d)\s?(?:[MFmf]|yo|y/o|yrs?|years)?\)"
    rf"|\s+(?:is|was)\s+(?:now\s+|aged\s+)?(9\d|1[0-2]\d|{_AGE_WORDS})"
    r"(?=\s+and\b|\s*[.,;]|\s+(?:at|when|on|in|years|with|but|today)\b)"
    # "Susan Wood 96F", "Pt LAU, Mei, 95M", "Mrs Parker, 101, was listed", "Holly Law, ninety-three,"
    rf"|,?[ \t]+(9\d|1[0-2]\d)[ \t]?[MF](?![\w])|,[ \t]*(9\d|1[0-2]\d|{_AGE_WORDS})"
    # after the sixth blind pack: closing a sentence ("my mum, Joan Harris, 96.")
    r"(?=[ \t]*[,;)]|\.(?!\d)|[ \t]+(?:was|is|has|had|who|with|and|died|lives)\b)"
    # and the next field of a table row ("bed 4 | Leonard | 93 | Dr Shah |")
    r"|[ \t]*\|[ \t]*(9\d|1[0-2]\d)(?:y|yo|yrs)?(?=[ \t]*\|))"
)


# A number of six to ten digits in brackets straight after a person ("Susan Rose (48860631)",
# "BIRD, Grace (64924589), scanned") is their hospital number. After the ninth blind pack: also
# a letter, two digits, a slash and five to seven more ("Ann Roe (K24/30417)"), and such a number
# in the next field of a table row ("| ROE, Ann | 0417723 | DOB ...").
_PERSON_NUMBER = r"[A-Z]{0,3}(?:-?\d{6,10}|\d\d/\d{5,7})[A-Z]?"
# After the fortieth blind pack: also three capitals and five digits, or two digits, a capital
# and five digits ("Dawn Okafor, KRE80422", "OKAFOR, Dawn, 54T45810"), as other systems print
# it, when a comma parts it from the person and a line's or a clause's end closes it.
# After the forty-first blind pack: and a capital, five digits and a capital ("Dawn Okafor,
# K40617T"), so closed.
_PERSON_NUMBER_SHORT = (
    r"(?-i:[A-Z]{3}\d{5}|\d\d[A-Z]\d{5}|[A-Z]\d{5}[A-Z])(?=[,;]|[ \t]*\n|[ \t]*$)"
)
_NUMBER_AFTER_PERSON = re.compile(
    rf"(?:['’]s)?(?:[ \t]*\(({_PERSON_NUMBER})\)|,[ \t]+({_PERSON_NUMBER}(?=[,;)]|\s)"
    rf"|{_PERSON_NUMBER_SHORT})"
    rf"|[ \t]*\|[ \t]*({_PERSON_NUMBER})(?=[ \t]*\|))"
)


# Speed: what may open a match of _NUMBER_AFTER_PERSON or _AGE_AFTER_PERSON after the name and
# its "'s", past a blank: a bracket, a comma, a bar, "is"/"was" or an age's first digit. A name
# followed by anything else ("Smith said") is passed over without trying either pattern.
_AFTER_PERSON_OPENERS = frozenset("(,|iw19")


_DOTTED_OR_CAPITALS = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,4}|(?:[A-ZÀ-ÖØ-Þ]\.){2,3}")


def _with_ages_after_people(text: str, chosen: list[_Found]) -> list[_Found]:
    ages = []
    for index, (_, end, label) in enumerate(chosen):
        if label != "PERSON":
            continue
        after = end + 2 if text.startswith(("'s", "’s"), end) else end
        opener = text[after : after + 1]
        if opener == " ":
            opener = text[after + 1 : after + 2]
        if opener not in _AFTER_PERSON_OPENERS and not opener.isspace():
            continue
        if (match := _NUMBER_AFTER_PERSON.match(text, end)) and (
            index + 1 == len(chosen)
            or chosen[index + 1][0] >= match.end(group := 1 if match[1] else 2 if match[2] else 3)
        ):
            group = 1 if match[1] else 2 if match[2] else 3
            ages.append((match.start(group), match.end(group), "HOSPITAL_NUMBER"))
            continue
        # After the thirtieth blind pack: a staff member's initials in a CSV's column, then a
        # figure in the next column ("GH,95,"), are followed by a count or a score, not an age.
        if (
            text[end : end + 1] == ","
            and text[end + 1 : end + 2].isdigit()
            and end - chosen[index][0] <= 6
            and _DOTTED_OR_CAPITALS.fullmatch(text, chosen[index][0], end)
        ):
            continue
        if match := _AGE_AFTER_PERSON.match(text, end):
            group = next(number for number in range(1, 6) if match[number])
            start, stop = match.start(group), match.end(group)
            if index + 1 == len(chosen) or chosen[index + 1][0] >= stop:
                ages.append((start, stop, "AGE"))
    return sorted([*chosen, *ages]) if ages else chosen


def deidentify(
    text: str, known: Mapping[str, object] | None = None, *, terms: Terms | None = None
) -> Result:
    """The text with every identifier replaced by ``[LABEL]``, and the spans found in the input.

    ``known`` holds what the record knows (``names``, ``nhs_number``, ``date_of_birth``,
    ``hospital_number``, ``address``); ``terms`` the organisation's terms to redact or keep.
    """
    spans = find_spans(text, known, terms=terms)
    return Result(text=redact(text, spans), spans=spans)
