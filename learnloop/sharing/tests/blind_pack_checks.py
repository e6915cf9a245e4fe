"""The checks the blind evaluation packs from the sixth on share: the gold is exact and the
look-alikes stay out of it.

Each pack's test file (test_evaluation_blind6.py onwards) holds a class built on
`BlindPackChecks` (or on `LaterBlindPackChecks`, which adds the checks written from the seventh
pack on, on `NewerBlindPackChecks`, which adds those written from the ninth pack on, or on
`TemplatedBlindPackChecks`, the checks of the packs' templates from the eleventh on, or on
`DatedPackChecks`, which adds the date, age, line and email checks of the fifteenth on, with
`TownPackChecks` and `LocalityPackChecks` for the packs with towns and localities of their own) that
names the pack and gives what differs between packs as class attributes; checks only one pack
has, and the pack's fingerprint, stay in that pack's own file. No class here starts with
"Test", so pytest collects them only through a pack's class.

No engine is imported or run here: a pack is a yardstick, and its figures are printed by the
bench, not asserted. The 500 examples are generated once per pack per process.
"""

from __future__ import annotations

import ast
import random
import re
import statistics
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

COUNT = 500
HONORIFICS = ("mr", "mrs", "ms", "miss", "dr", "master")
TIME = re.compile(r"\d{1,2}[:.]\d{2}(am|pm)?|\d{4}hrs|\d{1,2}(am|pm)")


@cache
def _with_negatives(pack: ModuleType) -> tuple:
    return tuple(pack.generate_with_negatives(COUNT, seed=1))


@cache
def _examples(pack: ModuleType) -> tuple:
    return tuple(pack.generate(COUNT, seed=1))


@cache
def _look_alike_kinds(pack: ModuleType) -> dict[str, str]:
    return {term: kind for kind, terms in pack.LOOKALIKES.items() for term in terms}


@cache
def _nicknames(pack: ModuleType) -> frozenset[str]:
    return frozenset(nick for nicks in pack.NICKNAMES.values() for nick in nicks)


def valid_nhs_number(value: str) -> bool:
    digits = re.sub(r"[\s-]", "", value)
    if not re.fullmatch(r"\d{10}", digits):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value.replace("ı", "i").casefold())
    return plain.encode("ascii", "ignore").decode()


def values_in(example, label: str) -> list[str]:
    return [example.text[s.start : s.end] for s in example.gold if s.label == label]


class BlindPackChecks:
    """Checks every blind pack from the sixth on passes; a pack's class sets what differs."""

    # Given by every pack (no default, so a pack that forgets one fails loudly).
    PACK: ModuleType  # the pack module under test
    ID_PREFIX: str  # "blind8" for ids "blind8-000001"
    DATE_SHAPES: tuple[str, ...]  # each is found, as a line, among the gold dates
    MIN_DATE_FORMS: int  # dates are written in more than this many shapes
    ADDRESS_START: str  # what a gold address opens with
    MEAN_WORDS: tuple[int, int]  # the mean word count lies between these
    MIN_ALTERNATIVES: int  # pack.alternatives() is at least this
    MIN_EARLIER_STYLES: int  # the other packs' notes list at least this many styles
    PARTICLES: str  # a person's name with one of these (re.search) appears
    WORD_NAMES: tuple[str, ...] | set[str]  # names that are also words: one appears as a name
    MIN_LOOKALIKES: int  # more look-alikes than this are written in

    # The shape of each label's values (re.fullmatch): a pack's class takes these and replaces
    # the labels its notes give another shape; HOSPITAL_NUMBER differs in every pack.
    PATTERNS = {
        "NHS_NUMBER": r"\d{3}[ -]?\d{3}[ -]?\d{4}",
        "POSTCODE": r"[A-Za-z]{1,2}\d{1,2} {0,2}\d[A-Za-z]{2}",
        "EMAIL": r"[\w.+-]+@[\w-]+(\.[\w-]+)+",
        "URL": r"(https?://)?(www\.)?[\w-]+(\.[\w-]+)+(/\S*)?",
        "PHONE": r"[+(\d][\d ()+-]{8,}\d( ext \d{4}| x\d{4})?",
        "AGE": r"(9\d|10\d)|(ninety(-\w+)?|one hundred( and \w+)?)",
        "ID": r"[\w/ .-]*\d[\w/ .-]*",
    }
    # Shared by most packs; a pack's class replaces what its notes have otherwise.
    SLOT_MARKERS: tuple[str, ...] = ("{", "}")  # none is left in a text
    DATE_NEEDS = r"\d|first|second|third|th\b|st\b"  # every gold date has this (re.search)
    AGE_MENTION = re.compile(
        r"\bage[d]? (\d{1,3})\b|\b(\d{1,3})(?=yo\b| y/o| years old| yrs\b|y\b)"
    )
    SURNAME_FIRST = r"[A-Z][A-Z'ÓÚÁÍÉÖ -]+, [A-Z][a-z]+"  # "SURNAME, First"
    LOOKALIKES_MAY_OPEN_A_SENTENCE = True  # a look-alike found with a capital first is listed

    def pytest_generate_tests(self, metafunc):
        # The labels with a shape are the pack's own, so they are read from its class.
        if metafunc.definition.originalname == "test_each_label_has_the_shape_the_notes_give":
            metafunc.parametrize("label", sorted(metafunc.cls.PATTERNS))

    def examples(self) -> tuple:
        return _examples(self.PACK)

    def with_negatives(self) -> tuple:
        return _with_negatives(self.PACK)

    def nicknames(self) -> frozenset[str]:
        return _nicknames(self.PACK)

    def values(self, label: str) -> list[str]:
        return [value for example in self.examples() for value in values_in(example, label)]

    # -- determinism ---------------------------------------------------------------------------

    def test_the_same_seed_gives_the_same_texts_and_another_seed_does_not(self):
        first = [e.to_json() for e in self.PACK.generate(40, seed=7)]
        again = [e.to_json() for e in self.PACK.generate(40, seed=7)]
        other = [e.to_json() for e in self.PACK.generate(40, seed=8)]
        assert first == again
        assert first != other

    def test_example_draws_from_the_rng_it_is_given(self):
        pack, prefix = self.PACK, self.ID_PREFIX
        assert pack.example(random.Random(3), 12) == pack.example(random.Random(3), 12)
        assert pack.example(random.Random(3), 12).id == f"{prefix}-000012"
        assert [e.id for e in pack.generate(3)] == [
            f"{prefix}-000001",
            f"{prefix}-000002",
            f"{prefix}-000003",
        ]

    def test_generate_with_negatives_yields_the_same_examples(self):
        assert [e for e, _ in self.with_negatives()] == list(self.examples())

    # -- shape of the gold ---------------------------------------------------------------------

    def test_every_slot_is_filled(self):
        for example in self.examples():
            for marker in self.SLOT_MARKERS:
                assert marker not in example.text, (example.id, marker)

    def test_gold_spans_are_exact_sorted_and_do_not_overlap(self):
        for example in self.examples():
            assert example.gold, example.id
            previous_end = 0
            for span in example.gold:
                assert span.label in self.PACK.LABELS
                assert 0 <= previous_end <= span.start < span.end <= len(example.text), example.id
                value = example.text[span.start : span.end]
                assert value == value.strip(), (example.id, value)
                assert not value.endswith((",", ";", ":", "(", ")")), value
                assert not value.endswith(".") or re.fullmatch(r"([^\W\d_]\.)+", value), value
                if span.label == "PERSON":
                    assert span.names in ("listed", "unlisted")
                    assert isinstance(span.in_record, bool)
                else:
                    assert span.names is None and span.in_record is None
                previous_end = span.end

    def test_two_person_spans_are_never_only_a_space_apart(self):
        for example in self.examples():
            for left, right in zip(example.gold, example.gold[1:], strict=False):
                if left.label == right.label == "PERSON":
                    assert example.text[left.end : right.start].strip(" "), example.id

    def test_each_label_has_the_shape_the_notes_give(self, label):  # label: pytest_generate_tests
        found = self.values(label)
        assert found, label
        for value in found:
            assert re.fullmatch(self.PATTERNS[label], value), (label, value)

    def test_phone_numbers_have_a_full_set_of_digits(self):
        for value in self.values("PHONE"):
            number = re.split(r" (?:ext\.?|x)", value)[0].replace("(0)", "")
            digits = re.sub(r"\D", "", number)
            assert len(digits) in (11, 12), value  # 12 with the 44 of +44

    def test_dates_are_never_times_months_or_years_alone(self):
        forms = Counter()
        for value in self.values("DATE"):
            assert not TIME.fullmatch(value), value
            assert value not in self.PACK.MONTHS and not re.fullmatch(r"\d{4}", value), value
            assert re.search(self.DATE_NEEDS, value), value
            forms[re.sub(r"\d", "9", value)[:6]] += 1
        assert len(forms) > self.MIN_DATE_FORMS  # dates are written in many shapes
        joined = "\n".join(self.values("DATE"))
        for shape in self.DATE_SHAPES:
            assert re.search(shape, joined, re.M), shape

    def test_addresses_start_with_a_number_and_end_in_a_town(self):
        towns = {town.casefold() for town, _, _ in self.PACK.TOWNS}
        found = self.values("ADDRESS")
        for value in found:
            assert re.match(self.ADDRESS_START, value, re.I), value
            assert re.split(r"[\s,]+", value.casefold())[-1] in towns or any(
                value.casefold().endswith(town) for town in towns
            ), value
        assert any("\n" in value for value in found)
        assert any(value.isupper() for value in found)
        assert any("," not in value for value in found)

    def test_ages_of_89_and_under_are_never_gold_and_over_89_are(self):
        gold_ages = 0
        young = 0
        for example in self.examples():
            ages = {(s.start, s.end) for s in example.gold if s.label == "AGE"}
            for match in self.AGE_MENTION.finditer(example.text):
                group = 1 if match.group(1) else 2
                where = match.span(group)
                if int(match.group(group)) > 89:
                    assert where in ages, (example.id, match.group(0))
                    gold_ages += 1
                else:
                    assert where not in ages, (example.id, match.group(0))
                    young += 1
        assert gold_ages > 50 and young > 50
        assert any(not v.isdigit() for v in self.values("AGE"))  # words too

    def test_nhs_numbers_are_valid_in_the_text_and_the_record(self):
        layouts = Counter()
        for example in self.examples():
            for value in values_in(example, "NHS_NUMBER"):
                assert valid_nhs_number(value), value
                layouts[re.sub(r"\d", "9", value)] += 1
                if example.known:
                    assert re.sub(r"\D", "", value) == re.sub(
                        r"\D", "", example.known["nhs_number"]
                    )
            if example.known:
                assert valid_nhs_number(example.known["nhs_number"])
        assert len(layouts) == 3  # plain, spaced 3-3-4 and dashed 3-3-4

    def test_word_counts_are_in_range_and_about_300_on_average(self):
        counts = [len(e.text.split()) for e in self.examples()]
        assert min(counts) >= self.PACK.LOW_WORDS and max(counts) <= self.PACK.HIGH_WORDS
        low, high = self.MEAN_WORDS
        assert low <= statistics.mean(counts) <= high

    def test_every_label_and_every_style_appears(self):
        labels = Counter(s.label for e in self.examples() for s in e.gold)
        for label in self.PACK.LABELS:
            assert labels[label] >= 20, (label, labels[label])
        styles = Counter(e.kind for e in self.examples())
        assert len(self.PACK.STYLES) == 25
        for style in self.PACK.STYLES:
            assert styles[style.name] >= 8, style.name
        assert self.PACK.alternatives() >= self.MIN_ALTERNATIVES

    def test_the_styles_are_not_those_of_the_earlier_blind_packs(self):
        own = Path(self.PACK.__file__).resolve().with_suffix(".md")
        earlier = set()
        for notes in sorted(own.parent.glob("evaluation_blind*.md")):
            if notes.name == own.name:
                continue
            earlier |= set(re.findall(r"^\| `(\w+)`", notes.read_text(), re.M))
        if not earlier:  # pragma: no cover - run from outside the repo
            pytest.skip("the earlier packs' notes are not beside the pack")
        assert len(earlier) >= self.MIN_EARLIER_STYLES
        assert not earlier & {style.name for style in self.PACK.STYLES}

    def test_names_come_in_the_forms_people_write_them(self):
        people = self.values("PERSON")
        assert any(re.fullmatch(self.SURNAME_FIRST, v) for v in people)  # SURNAME, First
        assert any(re.fullmatch(r"([A-Z]\.){2,4}|[A-Z]{2,4}", v) for v in people)  # initials
        assert any(v.islower() for v in people)  # lower case
        assert any(v.isupper() and " " in v for v in people)  # FIRST LAST
        assert any(re.match(r"(Mr|Mrs|Ms|Miss|Dr|Master)\.? ", v) for v in people)
        assert any(re.search(self.PARTICLES, v) for v in people)
        assert any("-" in v for v in people)
        assert any(v in self.WORD_NAMES for v in people)
        assert any(v in self.nicknames() for v in people)

    def test_outsiders_are_common(self):
        spans = [s for e in self.examples() for s in e.gold if s.label == "PERSON"]
        outside = sum(not s.in_record for s in spans)
        assert outside / len(spans) > 0.4
        assert {s.names for s in spans} == {"listed", "unlisted"}

    def test_about_one_in_eight_examples_has_no_record(self):
        without = [e for e in self.examples() if not e.known]
        assert 0.08 <= len(without) / COUNT <= 0.16
        for example in without:
            assert all(s.in_record is False for s in example.gold if s.label == "PERSON")

    def people_against_the_record(self) -> Iterator[tuple]:
        """(example, span, value, words, parts) for each person in a text with a record, but for
        nicknames, short forms and initials, which the record cannot confirm: `words` are the
        folded words of the value, honorifics left out, and `parts` those of the record's names."""
        nicknames = self.nicknames()
        for example in self.examples():
            if not example.known:
                continue
            parts = {
                fold(part)
                for name in example.known["names"]
                for part in re.split(r"[\s.-]+", name)
                if part
            }
            for span in example.gold:
                if span.label != "PERSON":
                    continue
                value = example.text[span.start : span.end]
                words = [fold(w) for w in re.split(r"[\s,.-]+", value) if w]
                words = [w for w in words if w not in HONORIFICS]
                short = fold(value)
                if value in nicknames or any(part.startswith(short) for part in parts):
                    continue  # the record holds the full name, not the nickname or short form
                if value.isupper() and re.fullmatch(r"([^\W\d_]\.?){2,4}", value):
                    continue  # initials
                yield example, span, value, words, parts

    def test_people_in_the_record_are_marked_so(self):
        for example, span, value, words, parts in self.people_against_the_record():
            if span.in_record:
                assert any(w in parts for w in words), (example.id, value)

    def test_the_patient_and_the_record_agree(self):
        for example in self.examples():
            if not example.known:
                continue
            known = example.known
            assert set(known) == {
                "names",
                "nhs_number",
                "date_of_birth",
                "hospital_number",
                "address",
            }
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", known["date_of_birth"])
            numbers = values_in(example, "HOSPITAL_NUMBER")
            assert all(n == known["hospital_number"] for n in numbers)
            for value in values_in(example, "ADDRESS"):
                lines = re.split(r",\s*|\n|\s+", value.casefold())
                assert lines[-1] in known["address"].casefold()

    # -- look-alikes ---------------------------------------------------------------------------

    def look_alike_kind(self, value: str) -> str | None:
        """The kind of look-alike the pack lists `value` under, or None (a young age)."""
        every = _look_alike_kinds(self.PACK)
        lowered = value[:1].lower() + value[1:]  # a sentence may open with the term
        if self.LOOKALIKES_MAY_OPEN_A_SENTENCE:
            return every.get(value) or every.get(lowered)
        return every.get(value)

    def test_look_alikes_are_written_in_and_never_overlap_gold(self):
        kinds = Counter()
        total = 0
        for example, negatives in self.with_negatives():
            for start, end in negatives:
                total += 1
                value = example.text[start:end]
                kinds[self.look_alike_kind(value) or "age"] += 1
                for span in example.gold:
                    assert end <= span.start or start >= span.end, (example.id, value)
        assert total > self.MIN_LOOKALIKES
        for kind in self.PACK.LOOKALIKES:
            assert kinds[kind] >= 10, kind
        assert kinds["age"] >= 50

    @pytest.mark.parametrize("label", ["PERSON", "ORGANISATION", "LOCATION", "DATE", "ID"])
    def test_clinical_words_never_fall_inside_gold(self, label):
        # "Wed 10/7" is a date: the weekday makes it one, so durations are not looked for in dates.
        skip = {"national", "duration"} if label == "DATE" else {"national"}
        terms = [t for kind, ts in self.PACK.LOOKALIKES.items() if kind not in skip for t in ts]
        for value in self.values(label):
            for term in terms:
                assert not re.search(rf"(?<![\w/]){re.escape(term)}(?![\w/])", value), (
                    value,
                    term,
                )

    def test_national_bodies_are_never_gold(self):
        for label in ("ORGANISATION", "LOCATION", "PERSON"):
            for value in self.values(label):
                assert value not in self.PACK.NATIONAL, value
                assert f"the {value}" not in self.PACK.NATIONAL, value

    def test_the_pack_does_not_import_the_engine(self):
        source = Path(self.PACK.__file__).read_text()
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert node.module in ("__future__", "learnloop.sharing.evaluation") or (
                    node.module.split(".")[0] in sys.stdlib_module_names
                ), node.module
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    assert alias.name.split(".")[0] in sys.stdlib_module_names, alias.name
        for word in ("deidentify", "names.py", "wordlists", "locations"):
            assert f"import {word}" not in source and f"sharing.{word}" not in source


class LaterBlindPackChecks(BlindPackChecks):
    """The checks the packs from the seventh on add to the sixth's."""

    INITIAL_AND_SURNAME: str  # "J. Hall" (re.fullmatch): one appears as a name
    LETTER_SENTENCES: str  # the name of the pack's top-up sentences for letters
    LOG_REGISTERS: tuple[str, ...] = ("lines", "table", "csv")  # registers topped up as logs
    LETTER_OPENINGS: tuple[str, ...] = ("Dear ", "Our reference")  # a letter has one of these

    def test_names_come_in_the_forms_people_write_them(self):
        super().test_names_come_in_the_forms_people_write_them()
        people = self.values("PERSON")
        assert any(re.fullmatch(self.INITIAL_AND_SURNAME, v) for v in people)

    def test_a_person_keeps_one_honorific_within_a_text(self):
        for example in self.examples():
            titles: dict[str, set[str]] = {}
            for value in values_in(example, "PERSON"):
                match = re.match(r"(Mr|Mrs|Ms|Miss|Master|Dr)\.? (.+)", value)
                if match:
                    surname = match.group(2).split()[-1]
                    titles.setdefault(surname, set()).add(value.split()[0])
            for surname, found in titles.items():
                assert len(found) == 1, (example.id, surname, found)

    def test_registers_keep_their_own_top_up_sentences(self):
        pack = self.PACK
        letters = [s for s in pack.STYLES if s.register == "letter"]
        logs = [s for s in pack.STYLES if s.register in self.LOG_REGISTERS]
        assert letters and logs
        assert pack._shared(letters[0]) is getattr(pack, self.LETTER_SENTENCES)
        assert pack._shared(logs[0]) is pack.SHARED_LINES
        names = {s.name for s in letters}
        for example in self.examples():
            if example.kind in names:
                assert any(opening in example.text for opening in self.LETTER_OPENINGS), example.id


class NewerBlindPackChecks(LaterBlindPackChecks):
    """The checks the packs from the ninth on add to the seventh's, and what those packs share.

    A pack's class still names the pack, its hospital numbers (PATTERNS), its particles, its
    word-names and how many look-alikes it writes in; it may add to DATE_SHAPES."""

    SLOT_MARKERS = ("{", "}", "<<", ">>")
    PATTERNS = {
        **LaterBlindPackChecks.PATTERNS,
        "AGE": r"(9\d|10\d)|(ninety(-\w+)?|one hundred( and [\w-]+)?)",
        "ID": r"[\w/ .&-]*\d[\w/ .&-]*",
    }
    DATE_NEEDS = r"\d"
    MIN_DATE_FORMS = 30
    DATE_SHAPES = (
        r"^\d{2}[A-Z]{3}\d{4}$",
        r"^\d{1,2} [A-Z]{3} \d{4}$",
        r"^\d{1,2}\.\d{1,2}\.\d{2}$",
        r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2}(st|nd|rd|th) [A-Z][a-z]{2}$",
        r"^[A-Z][a-z]+day the \d{1,2}(st|nd|rd|th)$",
        r"^\d{2}-\d{2}-\d{4}$",
        r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2}/\d{1,2}$",
        r"^\d{1,2}-[A-Z][a-z]{2}-\d{4}$",
        r"^the \d{1,2}(st|nd|rd|th) of [A-Z][a-z]+$",
        r"^[A-Z][a-z]+ \d{1,2}, \d{4}$",
        r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{2}/\d{2}/\d{4}$",
        r"^\d{4}-\d{2}-\d{2}$",
    )
    ADDRESS_START = r"(Flat \d+,? )?\d+ "
    MEAN_WORDS = (270, 330)
    MIN_ALTERNATIVES = 340
    MIN_EARLIER_STYLES = 150
    INITIAL_AND_SURNAME = r"[A-Z]\.? [A-Z][\w' -]+"  # J. Hall
    LETTER_SENTENCES = "SHARED"
    LOG_REGISTERS = ("lines",)
    LETTER_OPENINGS = ("Dear ",)

    # -- the shared checks, with what the packs from the ninth on add to them -------------------

    def test_phone_numbers_have_a_full_set_of_digits(self):
        super().test_phone_numbers_have_a_full_set_of_digits()
        phones = self.values("PHONE")
        shapes = Counter()
        for value in phones:
            number = re.split(r" (?:ext\.?|x)", value)[0].replace("(0)", "")
            shapes[re.sub(r"\d", "9", number)] += 1
        assert len(shapes) > 12
        assert any(" ext " in v for v in phones) and any(" x" in v for v in phones)

    def test_addresses_start_with_a_number_and_end_in_a_town(self):
        super().test_addresses_start_with_a_number_and_end_in_a_town()
        towns = {town.casefold() for town, _, _ in self.PACK.TOWNS}
        found = self.values("ADDRESS")
        for value in found:
            assert any(value.casefold().endswith(town) for town in towns), value
        assert any(value.lower().startswith("flat") for value in found)

    def test_every_label_and_every_style_appears(self):
        super().test_every_label_and_every_style_appears()
        styles = self.PACK.STYLES
        assert len({style.name for style in styles}) == 25
        for style in styles:
            assert style.register in ("prose", "lines", "letter")
        assert {style.register for style in styles} == {"prose", "lines", "letter"}

    def test_names_come_in_the_forms_people_write_them(self):
        super().test_names_come_in_the_forms_people_write_them()
        people = self.values("PERSON")
        assert any(re.match(r"(Mr|Mrs|Ms|Miss|Dr|Master)\. ", v) for v in people)

    def test_people_in_the_record_are_marked_so(self):
        super().test_people_in_the_record_are_marked_so()
        for example, span, value, words, parts in self.people_against_the_record():
            if not span.in_record:  # an outsider shares no part of a name with the record
                assert not all(w in parts for w in words if len(w) > 1), (example.id, value)

    def test_the_patient_and_the_record_agree(self):
        super().test_the_patient_and_the_record_agree()
        for example in self.examples():
            if not example.known:
                continue
            postcode = fold(example.known["address"].split(", ")[-1]).replace(" ", "")
            for value in values_in(example, "POSTCODE"):
                assert fold(value).replace(" ", "") == postcode

    def test_look_alikes_are_written_in_and_never_overlap_gold(self):
        super().test_look_alikes_are_written_in_and_never_overlap_gold()
        for example, negatives in self.with_negatives():
            for start, end in negatives:
                value = example.text[start:end]
                if self.look_alike_kind(value) is None:  # counted as an age
                    assert value.isdigit() or re.fullmatch(r"[a-z -]+", value), value
                    assert not value.isdigit() or int(value) <= 89, value

    def test_registers_keep_their_own_top_up_sentences(self):
        super().test_registers_keep_their_own_top_up_sentences()
        prose = [s for s in self.PACK.STYLES if s.register == "prose"]
        assert prose
        assert self.PACK._shared(prose[0]) is self.PACK.SHARED

    # -- checks the packs from the ninth on add ------------------------------------------------

    def test_styles_are_dealt_as_a_deck(self):
        kinds = [e.kind for e in self.examples()]
        for block in range(0, COUNT, 25):
            assert len(set(kinds[block : block + 25])) == 25
        assert set(Counter(kinds).values()) == {20}

    def test_a_postcode_follows_the_patient_s_address(self):
        for example in self.examples():
            gold = example.gold
            for index, span in enumerate(gold):
                if span.label == "POSTCODE":
                    before = gold[index - 1]
                    assert before.label == "ADDRESS", example.id
                    assert example.text[before.end : span.start] in (", ", " ", "\n"), example.id

    def test_young_ages_are_tracked_as_look_alikes(self):
        tracked = 0
        for example, negatives in self.with_negatives():
            for match in self.AGE_MENTION.finditer(example.text):
                group = 1 if match.group(1) else 2
                if int(match.group(group)) <= 89:
                    assert match.span(group) in negatives, (example.id, match.group(0))
                    tracked += 1
        assert tracked > 50

    def test_the_notes_list_the_styles(self):
        notes = Path(self.PACK.__file__).with_suffix(".md")
        if not notes.exists():  # pragma: no cover - the notes travel with the pack
            pytest.skip("the notes are not beside the pack")
        listed = set(re.findall(r"^\| `(\w+)`", notes.read_text(), re.M))
        assert listed == {style.name for style in self.PACK.STYLES}

    def test_no_two_people_in_a_text_share_a_name_part(self):
        for example in self.examples():
            if not example.known:
                continue
            people = [re.split(r"[\s-]+", fold(name)) for name in example.known["names"]]
            people = [[w for w in name if w.rstrip(".") not in HONORIFICS] for name in people]
            for index, name in enumerate(people):
                for other in people[index + 1 :]:
                    assert not set(name) & set(other), (example.id, name, other)

    def test_templates_use_only_look_alikes_the_pack_tracks(self):
        pack = self.PACK
        every = {term for terms in pack.LOOKALIKES.values() for term in terms}
        for style in pack.STYLES:
            for sentence in (*style.headers, *style.core, *style.extras, *style.endings):
                for term in re.findall(r"<<(.+?)>>", sentence):
                    assert term in every, (style.name, term)
        for sentence in (*pack.SHARED, *pack.SHARED_LINES):
            for term in re.findall(r"<<(.+?)>>", sentence):
                assert term in every, term


class TemplatedBlindPackChecks(NewerBlindPackChecks):
    """The checks the packs from the eleventh on each wrote for themselves, the same in all but
    their slots: a pack's class names the forms people are written in (`NAME_FORMS`), who is
    written (`PEOPLE`), the case's other slots (`CASE_SLOTS`) and the titles a doctor's name may
    carry (`TITLES`); `CHILD_STYLES` is how many styles are about a child (None: at least one).
    The defaults are the thirteenth pack's; the others add or take away slots."""

    NAME_FORMS = frozenset(
        "full first last title tfull dr tdr short init caps upper lower nick email".split()
    )
    PEOPLE = frozenset("p r s1 s2 d o1 o2 o3 o4 o5".split())
    CASE_SLOTS = frozenset(
        """date dob age nhs hosp addr addrb addr2 ward home street hospital hospital2 trust gp
        council prov ref ref2 phone mob email email2 url rel time""".split()
    )
    TITLES = r"Mr|Mrs|Ms|Miss|Dr"
    CHILD_STYLES: int | None = None
    # Each style's sentences: (headers, core, extras, endings); None: not checked.
    STYLE_SIZES: tuple[int, int, int, int] | None = (2, 5, 5, 2)

    def sentences_of(self, style) -> tuple[str, ...]:
        return (*style.headers, *style.core, *style.extras, *style.endings)

    def test_templates_use_only_slots_the_pack_fills(self):
        pack = self.PACK
        sentences = [*pack.SHARED, *pack.SHARED_LINES]
        for style in pack.STYLES:
            sentences += self.sentences_of(style)
            if self.STYLE_SIZES is not None:
                sizes = tuple(map(len, (style.headers, style.core, style.extras, style.endings)))
                assert sizes == self.STYLE_SIZES, style.name
        for sentence in sentences:
            for who, form in re.findall(r"\{(\w+)\.(\w+)\}", sentence):
                assert who in self.PEOPLE and form in self.NAME_FORMS, (sentence, who, form)
            for slot in re.findall(r"\{(\w+)\}", sentence):
                assert slot in self.CASE_SLOTS, (sentence, slot)

    def test_styles_that_name_a_company_have_one(self):
        for style in self.PACK.STYLES:
            uses = any("{prov}" in sentence for sentence in self.sentences_of(style))
            assert not uses or style.provider, style.name

    def test_hospital_numbers_come_in_every_local_format(self):
        shapes = {
            re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", v)) for v in self.values("HOSPITAL_NUMBER")
        }
        assert shapes == set(self.PACK.HOSP_FORMS)

    def test_old_styles_write_more_gold_ages(self):
        old = {s.name for s in self.PACK.STYLES if s.old}
        counts = Counter()
        for example in self.examples():
            counts[example.kind in old] += len(values_in(example, "AGE"))
        styles = Counter(s.old for s in self.PACK.STYLES)
        assert counts[True] / styles[True] > counts[False] / styles[False]

    def test_child_styles_never_write_a_gold_age(self):
        child = {s.name for s in self.PACK.STYLES if s.child}
        assert child if self.CHILD_STYLES is None else len(child) == self.CHILD_STYLES
        for example in self.examples():
            if example.kind in child:
                assert not values_in(example, "AGE"), example.id

    def test_wrong_addresses_are_gold_without_a_postcode(self):
        wrong = 0
        for example in self.examples():
            gold = example.gold
            for index, span in enumerate(gold):
                if span.label != "ADDRESS":
                    continue
                following = gold[index + 1] if index + 1 < len(gold) else None
                if following is None or following.label != "POSTCODE":
                    wrong += 1
        assert wrong > 10

    def test_nicknames_stand_for_people_and_are_gold(self):
        nicknames = self.nicknames()
        found = [v for v in self.values("PERSON") if v in nicknames]
        assert len(found) > 10

    def test_a_person_written_as_dr_is_dr_throughout(self):
        titled = re.compile(rf"({self.TITLES})\.? (.+)")
        for example in self.examples():
            titles: dict[str, set[str]] = {}
            for value in values_in(example, "PERSON"):
                if match := titled.match(value):
                    titles.setdefault(match.group(2).split()[-1], set()).add(match.group(1))
            assert all(len(found) == 1 for found in titles.values()), (example.id, titles)

    def test_the_letter_registers_open_with_a_greeting_after_their_header(self):
        letters = {s.name for s in self.PACK.STYLES if s.register == "letter"}
        for example in self.examples():
            if example.kind in letters:
                assert re.search(r"^Dear \S", example.text, re.M), example.id


class DatedPackChecks(TemplatedBlindPackChecks):
    """The checks the packs from the fifteenth on each wrote for themselves, the same in all but a
    few figures a pack's class gives: the strptime formats its event dates are read in
    (`DATE_FORMATS`), the first year an event date may have (`MIN_EVENT_YEAR`, None: any), the
    years a gold age may be counted to (`AGE_YEARS`), whether the birth year is read by parsing the
    whole date of birth (`PARSE_BIRTH_DATE`), and how a line is told to be a CSV row
    (`CSV_LINE`), whether the line runs on past the span (`WHOLE_LINE`) and what the lines opening
    with "[" are called (`BRACKET_LINES`).

    A pack that checks one of these under another name sets the name here to None (pytest then
    collects nothing under it) and gives the check its own name in its file."""

    DATE_FORMATS: tuple[str, ...]  # datetime.strptime formats an event date is read in
    MIN_EVENT_YEAR: int | None = None  # an event date before this year is not checked
    AGE_YEARS: tuple[int, int]  # a gold age is the years from birth to a year in this range
    PARSE_BIRTH_DATE = False  # True: date.fromisoformat (the date must exist); False: its digits
    CSV_LINE: str  # a line this matches (re.match) is a CSV row
    WHOLE_LINE = False  # True: the line runs to its end; False: to where the span starts
    BRACKET_LINES = "sms"  # what the lines opening with "[" are (text messages, a thread)

    def test_times_are_never_gold(self):
        for example in self.examples():
            for span in example.gold:
                assert not TIME.fullmatch(example.text[span.start : span.end]), example.id

    def test_event_dates_never_run_backwards_within_a_text(self):
        # Dates with a year (not the date of birth) are checked: events are written in order and
        # a letter's own date comes after every event it describes.
        checked = 0
        letters = {s.name for s in self.PACK.STYLES if s.register == "letter"}
        for example in self.examples():
            if not example.known:
                continue
            dob = example.known["date_of_birth"]
            seen = []
            for value in values_in(example, "DATE"):
                for shape in self.DATE_FORMATS:
                    try:
                        day = datetime.strptime(value, shape).date()
                    except ValueError:
                        continue
                    if day.isoformat() != dob and (
                        self.MIN_EVENT_YEAR is None or day.year >= self.MIN_EVENT_YEAR
                    ):
                        seen.append(day)
                    break
            if example.kind in letters and seen and seen[0] == max(seen):
                seen = seen[1:]  # the letter's own date heads it
            if len(seen) > 1:
                assert seen == sorted(seen), (example.id, seen)
                checked += 1
        assert checked > 20

    def test_the_patient_s_gold_age_is_one_number_that_fits_the_date_of_birth(self):
        words = self.PACK._words
        first, last = self.AGE_YEARS
        written = 0
        for example in self.examples():
            ages = {words(int(a)) if a.isdigit() else a for a in values_in(example, "AGE")}
            assert len(ages) <= 1, (example.id, ages)
            if ages and example.known:
                dob = example.known["date_of_birth"]
                born = date.fromisoformat(dob).year if self.PARSE_BIRTH_DATE else int(dob[:4])
                number = next(n for n in range(90, 110) if words(n) in ages)
                assert first - born - 1 <= number <= last - born, (example.id, number, born)
                written += 1
        assert written > 50

    def test_csv_table_and_text_message_lines_carry_identifiers(self):
        kinds = Counter()
        for example in self.examples():
            text = example.text
            for span in example.gold:
                line_start = text.rfind("\n", 0, span.start) + 1
                line_end = text.find("\n", span.end) % (len(text) + 1)
                line = text[line_start : line_end if self.WHOLE_LINE else span.start]
                if line.startswith("| "):
                    kinds["table"] += 1
                elif re.match(self.CSV_LINE, line):
                    kinds["csv"] += 1
                elif line.startswith("["):
                    kinds[self.BRACKET_LINES] += 1
        assert kinds["table"] > 50 and kinds["csv"] > 50 and kinds[self.BRACKET_LINES] > 50

    def test_names_in_email_addresses_are_one_email_span(self):
        staff = [v for v in self.values("EMAIL") if v.endswith("@nhs.net") and "." in v[:-8]]
        assert len(staff) > 30
        for example in self.examples():
            for span in example.gold:
                if span.label == "EMAIL":
                    inside = [s for s in example.gold if s.start < span.end and s.end > span.start]
                    assert inside == [span], example.id


class TownPackChecks(DatedPackChecks):
    """Two more checks the seventeenth, nineteenth and twentieth packs each wrote for themselves:
    initials standing for a person are never a clinical abbreviation the pack lists
    (`CLINICAL_INITIALS`), at least `MIN_PERSON_INITIALS` of them; and a wrong or old address
    (an ADDRESS with no POSTCODE after it) ends in the patient's town, at least
    `MIN_WRONG_ADDRESSES` of them."""

    MIN_PERSON_INITIALS = 100
    MIN_WRONG_ADDRESSES = 30

    def test_initials_never_read_as_a_clinical_abbreviation(self):
        found = 0
        for value in self.values("PERSON"):
            plain = value.replace(".", "")
            if re.fullmatch(r"[A-Z]{2,4}", plain):
                found += 1
                assert plain not in self.PACK.CLINICAL_INITIALS, value
        assert found > self.MIN_PERSON_INITIALS

    def test_wrong_addresses_stay_in_the_patient_s_town(self):
        wrong = 0
        for example in self.examples():
            if not example.known:
                continue
            town = example.known["address"].split(", ")[-2]
            gold = example.gold
            for index, span in enumerate(gold):
                following = gold[index + 1] if index + 1 < len(gold) else None
                if span.label == "ADDRESS" and (following is None or following.label != "POSTCODE"):
                    assert example.text[span.start : span.end].endswith(town), example.id
                    wrong += 1
        assert wrong > self.MIN_WRONG_ADDRESSES


class LocalityPackChecks(TownPackChecks):
    """The checks the nineteenth, twentieth and twenty-first packs each wrote for themselves:
    the record's locality is one of its town's (`LOCALITIES`); a landline is the patient's
    town's (its dialling code in `TOWNS`); only letters write an address as a block over lines,
    at least `MIN_ADDRESS_BLOCKS` of them; an outsider written as a woman or a man
    (`{o1f.full}`) is drawn so, at least `MIN_SEX_HINTS` such slots in the templates; look-alikes
    are in `LOOKALIKE_SENTENCE_RATIO` times as many core and extra sentences as not, and
    `LOOKALIKES_PER_TEXT` a text on average; and a log pasted as CSV or a table tops up in its
    own line shape."""

    MIN_ADDRESS_BLOCKS = 20
    MIN_SEX_HINTS = 15
    SEX_HINT_STYLE: str | None = None  # a style whose templates a case may be drawn for (first)
    SEX_HINT_PLAN = ("{o1f.full}", "{o2m.full}", "{o3f.first}")
    LOOKALIKE_SENTENCE_RATIO = 2
    LOOKALIKES_PER_TEXT = (6, 12)

    def test_localities_belong_to_their_town(self):
        for example in self.examples():
            if example.known:
                parts = example.known["address"].split(", ")
                assert parts[-3] in self.PACK.LOCALITIES[parts[-2]], example.id

    def test_phone_landlines_use_the_patient_s_town_code(self):
        codes = {town: code for town, _, code in self.PACK.TOWNS}
        checked = 0
        for example in self.examples():
            if not example.known:
                continue
            code = codes[example.known["address"].split(", ")[-2]]
            for value in values_in(example, "PHONE"):
                digits = re.sub(r"\D", "", value.split(" ext")[0].split(" x")[0].replace("(0)", ""))
                if digits.startswith("44"):
                    digits = "0" + digits[2:]
                if not digits.startswith("07"):
                    assert digits.startswith(code), (example.id, value)
                    checked += 1
        assert checked > 100

    def test_letters_carry_an_address_block_over_lines(self):
        letters = {s.name for s in self.PACK.STYLES if s.register == "letter"}
        blocks = 0
        for example in self.examples():
            for span in example.gold:
                if span.label == "ADDRESS" and "\n" in example.text[span.start : span.end]:
                    assert example.kind in letters, example.id
                    blocks += 1
        assert blocks > self.MIN_ADDRESS_BLOCKS

    def test_outsiders_named_as_a_woman_or_a_man_have_that_sex(self):
        hinted = 0
        for style in self.PACK.STYLES:
            for sentence in (*style.headers, *style.core, *style.extras, *style.endings):
                hinted += len(re.findall(r"\{o\d[fm]\.", sentence))
        assert hinted >= self.MIN_SEX_HINTS
        rng = self.PACK.random.Random(5)
        style = next(s for s in self.PACK.STYLES if self.SEX_HINT_STYLE in (None, s.name))
        hints = [re.match(r"\{(o\d)([fm])\.", slot).groups() for slot in self.SEX_HINT_PLAN]
        for _ in range(30):
            case = self.PACK._Case(rng, style, list(self.SEX_HINT_PLAN))
            for person, sex in hints:
                assert case.people[person].sex == sex.upper(), (person, sex)

    def test_look_alikes_are_in_most_sentences(self):
        kinds = Counter()
        for style in self.PACK.STYLES:
            for sentence in (*style.core, *style.extras):
                kinds["<<" in sentence] += 1
        assert kinds[True] > self.LOOKALIKE_SENTENCE_RATIO * kinds[False]
        if self.LOOKALIKES_PER_TEXT:
            low, high = self.LOOKALIKES_PER_TEXT
            per_text = [len(negatives) for _, negatives in self.with_negatives()]
            assert low <= sum(per_text) / len(per_text) <= high

    def test_mixed_registers_use_their_own_top_up_line_shapes(self):
        csv = [s for s in self.PACK.STYLES if s.name.endswith("_csv")]
        tables = [s for s in self.PACK.STYLES if s.name.endswith("_table")]
        assert len(csv) == 2 and len(tables) == 2
        assert all(s.topup.count(",") >= 2 for s in csv)
        assert all(s.topup.startswith("| ") for s in tables)
        assert all("{text}" in s.topup for s in self.PACK.STYLES if s.register == "lines")


class DistrictPackChecks(LocalityPackChecks):
    """The checks the twenty-third and twenty-fourth packs each wrote for themselves: each town
    of `TOWN_INFO` has a postcode district and a dialling code, and the record's postcode is in
    its town's district; most people are not in the record; the pack's own names of many
    heritages (`OWN_FIRST`, `OWN_LAST`) and its word names are written; every kind of look-alike
    (`LOOKALIKES`) is written often; letters sign off with a name; a hospital number is always
    the record's. The earlier packs' notes list at least 500 styles."""

    MIN_EARLIER_STYLES = 500

    def test_towns_and_localities_are_the_pack_s_own(self):
        assert len(self.PACK.TOWNS) >= 30
        assert all(len(locs) == 2 for locs in self.PACK.LOCALITIES.values())
        for town, (district, code, *_rest) in self.PACK.TOWN_INFO.items():
            assert re.fullmatch(r"[A-Z]{1,2}\d{1,2}", district), town
            assert re.fullmatch(r"01\d{3}", code), town

    def test_postcodes_sit_in_the_town_s_own_district(self):
        for example in self.examples():
            if example.known:
                town, code = example.known["address"].split(", ")[-2:]
                assert code.split()[0] == self.PACK.TOWN_INFO[town][0], example.id

    def test_most_people_are_not_in_the_record(self):
        spans = [s for e in self.examples() for s in e.gold if s.label == "PERSON"]
        outside = sum(not s.in_record for s in spans)
        assert outside / len(spans) > 0.6

    def test_names_of_many_heritages_and_word_names_appear(self):
        people = Counter(self.values("PERSON"))
        first = self.PACK.OWN_FIRST
        own = {*self.PACK.OWN_LAST, *first["F"], *first["M"]}
        assert sum(n for v, n in people.items() if any(part in v for part in own)) > 1000
        assert sum(n for v, n in people.items() if v in self.PACK.ALL_WORD_NAMES) > 20

    def test_every_look_alike_kind_is_written_often(self):
        kinds = Counter()
        for example, negatives in self.with_negatives():
            for start, end in negatives:
                kinds[self.look_alike_kind(example.text[start:end]) or "age"] += 1
        assert set(kinds) == {*self.PACK.LOOKALIKES, "age"}
        assert min(kinds.values()) >= 30

    def test_letters_sign_off_with_a_name(self):
        letters = {s.name for s in self.PACK.STYLES if s.register == "letter"}
        for example in self.examples():
            if example.kind in letters:
                assert any(
                    s.label == "PERSON" and s.start >= len(example.text) - 400 for s in example.gold
                ), example.id

    def test_hospital_numbers_agree_with_the_record_in_every_text(self):
        for example in self.examples():
            for value in values_in(example, "HOSPITAL_NUMBER"):
                if example.known:
                    assert value == example.known["hospital_number"]
