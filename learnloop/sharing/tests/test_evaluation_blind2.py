"""Checks on the second blind evaluation pack: the gold is exact and the look-alikes stay out of it.

No engine is imported or run here: the pack is a yardstick, and its figures are printed by the
bench (bench/deidentify.py), not asserted.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from learnloop.sharing import evaluation_blind2 as pack

COUNT = 500
NICKNAMES = {n for table in pack.NICKNAMES.values() for names in table.values() for n in names}


@cache
def examples() -> tuple[pack.Example, ...]:
    return tuple(pack.generate(COUNT, seed=1))


@cache
def with_negatives() -> tuple[tuple[pack.Example, tuple[tuple[int, int], ...]], ...]:
    return tuple(pack.generate_with_negatives(COUNT, seed=1))


def valid_nhs_number(value: str) -> bool:
    digits = re.sub(r"[\s-]", "", value)
    if not re.fullmatch(r"\d{10}", digits):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


# -- determinism -------------------------------------------------------------------------------


def test_the_same_seed_gives_the_same_texts_and_another_seed_does_not():
    first = [e.to_json() for e in pack.generate(40, seed=7)]
    again = [e.to_json() for e in pack.generate(40, seed=7)]
    other = [e.to_json() for e in pack.generate(40, seed=8)]
    assert first == again
    assert first != other


def test_example_draws_from_the_rng_it_is_given():
    import random

    one = pack.example(random.Random(3), 12)
    two = pack.example(random.Random(3), 12)
    assert one == two
    assert one.id == "blind2-000012"


def test_generate_with_negatives_yields_the_same_examples():
    assert [e for e, _ in with_negatives()] == list(examples())


# -- shape of the gold -------------------------------------------------------------------------


def test_gold_spans_are_exact_sorted_and_do_not_overlap():
    for example in examples():
        previous_end = 0
        assert example.gold, example.id
        for span in example.gold:
            assert span.label in pack.LABELS
            assert 0 <= previous_end <= span.start < span.end <= len(example.text), example.id
            value = example.text[span.start : span.end]
            assert value == value.strip(), (example.id, value)
            assert not value.endswith((",", ";", ":")), value
            assert not value.endswith(".") or re.fullmatch(r"([^\W\d_]\.)+", value), value
            if span.label == "PERSON":
                assert span.names in ("listed", "unlisted")
                assert isinstance(span.in_record, bool)
            else:
                assert span.names is None and span.in_record is None
            previous_end = span.end


def test_each_label_covers_what_the_notes_say():
    patterns = {
        "NHS_NUMBER": r"\d{3}[ -]?\d{3}[ -]?\d{4}",
        "POSTCODE": r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}",
        "EMAIL": r"[\w.+-]+@[\w-]+(\.[\w-]+)+",
        "URL": r"(https?://)?(www\.)?[\w-]+(\.[\w-]+)+(/\S*)?",
        "PHONE": r"[+()\d][\d ()+-]{8,}\d",
        "AGE": r"(9\d|1[01]\d)|([Nn]inety(-\w+)?|[Oo]ne hundred( and \w+)?)",
        "HOSPITAL_NUMBER": r"[A-Z]{0,3}/?\d{6,8}[A-Z]?",
        "ID": r"[\w/ -]*\d[\w/ -]*",
    }
    for example in examples():
        for span in example.gold:
            value = example.text[span.start : span.end]
            if span.label in patterns:
                assert re.fullmatch(patterns[span.label], value), (span.label, value)
            if span.label == "DATE":
                assert re.search(r"\d", value), value
            if span.label == "ADDRESS":
                town = value.replace("\n", ", ").split(", ")[-1].split(" ")[-1]
                assert town in " ".join(pack.TOWNS), value
            if span.label == "PERSON":
                assert not re.match(r"(Staff Nurse|Sister|FY[12]|HCA|PC|Baby|Reg) ", value)
                assert not value.endswith("'s")


def test_ages_of_89_and_under_are_never_gold():
    for example in examples():
        for span in example.gold:
            if span.label == "AGE":
                value = example.text[span.start : span.end]
                if value.isdigit():
                    assert int(value) > 89


def test_nhs_numbers_are_valid_in_the_text_and_the_record():
    seen = 0
    for example in examples():
        for span in example.gold:
            if span.label == "NHS_NUMBER":
                assert valid_nhs_number(example.text[span.start : span.end])
                seen += 1
        if example.known:
            assert valid_nhs_number(example.known["nhs_number"])
    assert seen > 50


# -- length, coverage, records -----------------------------------------------------------------


def test_word_counts_are_in_range_and_about_300_on_average():
    counts = [len(example.text.split()) for example in examples()]
    assert min(counts) >= pack.MIN_WORDS
    assert max(counts) <= pack.MAX_WORDS
    assert 270 <= statistics.mean(counts) <= 330


def test_every_label_and_every_style_appears_across_500_examples():
    labels = Counter(span.label for example in examples() for span in example.gold)
    assert set(labels) == set(pack.LABELS), set(pack.LABELS) - set(labels)
    assert min(labels.values()) >= 20, labels
    kinds = Counter(example.kind for example in examples())
    assert set(kinds) == {style.name for style in pack.STYLES}


def test_names_come_in_the_forms_staff_write_them():
    persons = [
        example.text[span.start : span.end]
        for example in examples()
        for span in example.gold
        if span.label == "PERSON"
    ]
    text = "\n".join(persons)
    assert re.search(r"^(Mr|Mrs|Ms|Miss|Dr)\.? ", text, re.M)  # with titles
    assert re.search(r"^[A-Z]\.[A-Z]\.$", text, re.M)  # "J.S."
    assert re.search(r"^[A-Z]{2,3}$", text, re.M)  # "Pt JS"
    assert re.search(r"^[A-Z'-]{3,}, ", text, re.M)  # "OKAFOR, Chidi"
    assert re.search(r"^dr [a-z]", text, re.M)  # lower case notes
    assert re.search(r"^O'[A-Z]", text, re.M) or re.search(r" O'[A-Z]", text)
    assert re.search(r"\w-\w", text)  # hyphenated
    for word in ("Hope", "Rose", "Grace", "Will", "Mark", "Young", "Hill", "Brown", "Moss"):
        assert re.search(rf"\b{word}\b", text), word
    used = {word for word in re.findall(r"[A-Z][a-z]+", text) if word in NICKNAMES}
    assert len(used) >= 12, used
    assert any("known as" in example.text for example in examples())
    assert Counter(s.names for e in examples() for s in e.gold if s.label == "PERSON")["unlisted"]


def test_most_but_not_all_examples_hold_a_record():
    with_record = [example for example in examples() if example.known]
    assert 0.75 * COUNT <= len(with_record) < COUNT
    for example in with_record:
        assert set(example.known) == {
            "names", "nhs_number", "date_of_birth", "hospital_number", "address",
        }  # fmt: skip
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", example.known["date_of_birth"])
    for example in examples():
        if not example.known:
            assert not any(span.in_record for span in example.gold)


def test_people_in_the_record_are_marked_so():
    marked = Counter()
    for example in examples():
        if not example.known:
            continue
        full_names = " | ".join(example.known["names"])
        for span in example.gold:
            if span.label == "PERSON":
                marked[span.in_record] += 1
                if span.in_record:
                    value = example.text[span.start : span.end]
                    # initials aside, some word of the mention is in a recorded name
                    words = [
                        w for w in re.split(r"[\s,.]+", value) if len(w) > 2 and w not in NICKNAMES
                    ]
                    if words and value.upper() != value:
                        assert any(
                            w.casefold() in full_names.casefold()
                            for w in words
                            if w.casefold() not in ("mrs", "miss", "prof")
                        ), (value, full_names)
    assert marked[True] and marked[False]


# -- hard negatives ----------------------------------------------------------------------------


def test_look_alikes_are_written_in_and_never_overlap_gold():
    kinds = Counter()
    for example, negatives in with_negatives():
        gold = [(span.start, span.end) for span in example.gold]
        for start, end in negatives:
            assert not any(s < end and start < e for s, e in gold), (
                example.id,
                example.text[start:end],
            )
            value = example.text[start:end]
            if re.fullmatch(r"\d{2,3}/\d{2,3}", value):
                kinds["blood pressure"] += 1
            elif re.fullmatch(r"\d/(7|52|12)", value):
                kinds["duration"] += 1
            elif re.search(r"E\d ?V\d ?M\d|\d+/15", value):
                kinds["GCS"] += 1
            elif re.search(r"'s?\b|s' ", value):
                kinds["eponym"] += 1
            elif re.fullmatch(r"(Ward|ward) \d+\w?", value):
                kinds["ward number"] += 1
            elif re.fullmatch(r"(bed|Bed|bay) \d+", value):
                kinds["bed"] += 1
            elif value.startswith("Band "):
                kinds["band"] += 1
            elif re.fullmatch(r"(19|20)\d\d", value):
                kinds["year"] += 1
            elif re.fullmatch(r"\d\d?", value):
                kinds["age under 90 or score"] += 1
    for kind in (
        "blood pressure", "duration", "GCS", "eponym", "ward number", "bed", "band", "year",
        "age under 90 or score",
    ):  # fmt: skip
        assert kinds[kind] >= 10, (kind, kinds)


CLINICAL_WORDS = re.compile(
    r"Parkinson's|Crohn's|Cushing's|Hartmann's|Alzheimer's|Glasgow Coma|Waterlow|Braden|"
    r"NEWS2|Apgar|GCS|E\dV\dM\d|\bBand \d|\bWard \d|\bbed \d|co-codamol|Madopar|Sinemet"
)


@pytest.mark.parametrize("label", ["PERSON", "DATE", "LOCATION", "ORGANISATION", "ID", "AGE"])
def test_clinical_words_never_fall_inside_gold(label):
    for example in examples():
        for span in example.gold:
            if span.label == label:
                value = example.text[span.start : span.end]
                assert not CLINICAL_WORDS.search(value), (label, value)
                if label == "DATE":
                    assert not re.fullmatch(r"\d{3}/\d+|\d+/(52|15)", value), value


def test_clinical_words_are_in_the_texts():
    text = "\n".join(example.text for example in examples())
    for word in ("Parkinson's", "Hartmann's", "Glasgow Coma Scale", "Waterlow", "NEWS2", "Apgar",
                 "co-codamol 30/500", "Band 6", "GCS", "T2"):  # fmt: skip
        assert word in text, word


def test_the_pack_does_not_import_the_engine():
    source = Path(pack.__file__).read_text()
    imports = [line for line in source.splitlines() if re.match(r"\s*(from|import) ", line)]
    assert not [
        line for line in imports if re.search(r"deidentify|names|locations|wordlists", line)
    ]


def test_the_second_blind_pack_is_still_the_frozen_one():
    # The fingerprint written down when the pack was frozen (26 November 2026), before the engine
    # was ever scored on it (evaluation_blind2.md). If this fails, the pack changed and its
    # figures are no longer blind.
    import hashlib
    import json

    examples = [example.to_json() for example in pack.generate(1000, seed=1)]
    digest = hashlib.sha256(json.dumps(examples, sort_keys=True).encode()).hexdigest()

    assert digest == "205fc84c087ba0bc39d93f063ff70b7ea2c02aa2ab97af2bffda5b1b1377f93a"
