"""The held-out evaluation pack: sound gold spans, its own vocabulary, the forms it promises.

The engine's figures on the pack are printed by whoever scores it, never asserted here."""

import re
from collections import Counter
from itertools import pairwise

import pytest

from learnloop.reports import nhs_number
from learnloop.sharing import evaluation, evaluation_dev2
from learnloop.sharing.evaluation_dev2 import LABELS, Found, generate, score


@pytest.fixture(scope="module")
def examples():
    return list(generate(300, seed=21))


def _gold_texts(examples, label):
    return [e.text[s.start : s.end] for e in examples for s in e.gold if s.label == label]


# -- shape ------------------------------------------------------------------------------------


def test_the_same_seed_gives_the_same_documents_and_another_seed_others():
    first = [e.to_json() for e in generate(20, seed=8)]
    again = [e.to_json() for e in generate(20, seed=8)]
    other = [e.to_json() for e in generate(20, seed=9)]

    assert first == again
    assert [e["text"] for e in first] != [e["text"] for e in other]
    assert len({e["text"] for e in first}) == 20


def test_every_gold_span_selects_its_text_with_no_space_at_either_end(examples):
    for example in examples:
        for span, written in zip(example.gold, example.to_json()["gold"], strict=True):
            chosen = example.text[span.start : span.end]
            assert chosen and chosen == chosen.strip(), (example.id, span)
            assert written["text"] == chosen
            assert span.label in LABELS
            if span.label == "PERSON":
                assert span.names in {"listed", "unlisted"} and isinstance(span.in_record, bool)
            else:
                assert span.names is None and span.in_record is None


def test_gold_spans_are_sorted_and_do_not_overlap(examples):
    for example in examples:
        for before, after in pairwise(example.gold):
            assert before.end <= after.start, (example.id, before, after)


def test_documents_are_150_to_450_words_and_about_300_on_average(examples):
    words = [len(example.text.split()) for example in examples]

    assert all(evaluation.MIN_WORDS <= count <= evaluation.MAX_WORDS for count in words)
    assert 250 <= sum(words) / len(words) <= 350


def test_every_label_and_every_kind_of_document_appears(examples):
    labels = Counter(span.label for example in examples for span in example.gold)
    kinds = Counter(example.kind for example in examples)

    assert set(labels) == set(LABELS)
    assert {f"heldout/{style}" for style in evaluation_dev2.STYLES} == set(kinds)


def test_nhs_numbers_in_the_text_and_the_record_pass_the_modulus_11_check(examples):
    written = _gold_texts(examples, "NHS_NUMBER")

    assert len(written) > 50
    assert all(nhs_number.is_valid(number) for number in written)
    assert any(" " in number for number in written) and any(" " not in n for n in written)
    assert all(nhs_number.is_valid(example.known["nhs_number"]) for example in examples)


def test_the_record_matches_what_the_text_says(examples):
    for example in examples:
        known = example.known
        assert set(known) == {"names", "nhs_number", "date_of_birth", "hospital_number", "address"}
        for span in example.gold:
            written = example.text[span.start : span.end]
            if span.label == "NHS_NUMBER":
                assert re.sub(r"\D", "", written) == re.sub(r"\D", "", known["nhs_number"])
            if span.label == "HOSPITAL_NUMBER":
                assert written == known["hospital_number"]
            if span.label == "ADDRESS":
                assert written.replace(",", "").split() == (
                    known["address"].rsplit(",", 1)[0].replace(",", "").split()
                )


def test_ages_are_gold_only_over_89_and_younger_ones_are_written_too(examples):
    ages = [int(text) for text in _gold_texts(examples, "AGE")]
    assert len(ages) > 30 and all(age > 89 for age in ages)

    younger = 0
    for example in examples:
        gold_starts = {span.start for span in example.gold}
        for match in re.finditer(r"\baged (\d+)\b", example.text):
            if int(match.group(1)) <= 89:
                younger += 1
                assert match.start(1) not in gold_starts, example.id
    assert younger > 20


# -- the forms the pack is for ----------------------------------------------------------------


def test_staff_and_family_are_written_in_the_ways_notes_write_them(examples):
    people = _gold_texts(examples, "PERSON")
    contexts = [
        example.text[max(0, span.start - 12) : span.end + 8]
        for example in examples
        for span in example.gold
        if span.label == "PERSON"
    ]

    assert any(re.fullmatch(r"Dr\. [A-Z]\. \S+", name) for name in people)  # Dr. A. Khan
    assert any(re.search(r"\(ST\d\)", context) for context in contexts)  # ... (ST4)
    assert any(re.search(r"the FY1 \(\w+\)", context) for context in contexts)
    assert any(re.search(r"\bSN \w", context) for context in contexts)
    assert any(name.islower() for name in people)  # pt's daughter sarah rang
    assert any(re.fullmatch(r"[A-Z'-]{2,}, \w+", name) for name in people)  # BRADSHAW, Edith
    assert any("'" in name for name in people)  # O'Neill
    assert any(re.search(r"\w-\w", name) for name in people)  # Smith-Jones
    assert any(name.startswith(("Mr ", "Miss ")) for name in people)  # surgeons and patients
    groups = Counter(
        (span.names, span.in_record) for e in examples for span in e.gold if span.label == "PERSON"
    )
    assert all(
        groups[(names, kept)] > 50 for names in ("listed", "unlisted") for kept in (True, False)
    )


def test_dates_come_in_the_short_forms_and_months_alone_are_not_gold(examples):
    dates = _gold_texts(examples, "DATE")

    assert any(
        re.fullmatch(r"(Mon|Tues|Weds|Thurs|Fri|Sat|Sun) \d+(st|nd|rd|th)", d) for d in dates
    )
    assert any(re.fullmatch(r"\d{2}/\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"\d{1,2}/\d{1,2}/\d{2}", d) for d in dates)
    assert any(re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{2}", d) for d in dates)  # DOB 3.4.31
    assert any(re.fullmatch(r"the \d+(st|nd|rd|th)", d) for d in dates)
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{4}", d) for d in dates)  # March 2024
    for example in examples:
        for match in re.finditer(r"\bmid-[A-Z][a-z]+\b(?! \d{4})", example.text):
            assert not any(s.start < match.end() and match.start() < s.end for s in example.gold)


def test_emails_include_staff_addresses_on_nhs_net(examples):
    emails = _gold_texts(examples, "EMAIL")
    assert any(re.fullmatch(r"[a-z]+\.[a-z]+\d?@nhs\.net", email) for email in emails)
    assert any(not email.endswith("nhs.net") for email in emails)


def test_clinical_words_bleeps_and_places_are_never_inside_a_gold_span(examples):
    terms = [name for name, _ in evaluation_dev2.DRUGS]
    terms += [re.sub(r"^an? ", "", term) for term in evaluation_dev2.EPONYMS if " " in term]
    terms += [place for place in evaluation_dev2.PLACES if place not in {"ED", "Bay C"}]
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(term)}(?!\w)" for term in terms))
    seen = Counter()
    for example in examples:
        for span in example.gold:
            assert not pattern.search(example.text[span.start : span.end]), (example.id, span)
        seen.update(match.group() for match in pattern.finditer(example.text))
        for match in re.finditer(r"\b(bleep #?\d+|ext\.? \d+|bay \d+ bed \d+)", example.text):
            assert not any(s.start < match.end() and match.start() < s.end for s in example.gold)
    assert len(seen) > 60  # the pack does write them


# -- held out ----------------------------------------------------------------------------------


def test_places_and_providers_are_not_the_ones_the_first_generator_uses():
    def words(values):
        return {
            w for v in values for w in re.findall(r"[A-Za-z']+", v if isinstance(v, str) else v[0])
        }

    generic = {"St", "on", "upon", "The", "of", "and", "in"}
    first = (
        words(evaluation.STREET_NAMES) | words(evaluation.WARD_NAMES) | words(evaluation.HOME_NAMES)
        | words(evaluation.LOCALITIES) | words(evaluation.TOWNS) | words(evaluation.GP_WORDS)
        | words(evaluation.PROVIDER_WORDS) | words(evaluation.SAINTS)
    )  # fmt: skip
    held_out = evaluation_dev2
    ours = (
        words(held_out.TOWNS) | words(held_out.LOCALITIES) | words(held_out.STREET_WORDS)
        | words(held_out.WARD_WORDS) | words(held_out.CARE_HOME_WORDS) | words(held_out.GP_WORDS)
        | words(held_out.AGENCY_WORDS) | words(held_out.SAINTS) | words(held_out.THE_HOMES)
    )  # fmt: skip
    assert (ours & first) - generic == set()


def test_the_pack_scores_with_the_shared_scorer(examples):
    perfect = [[Found(s.start, s.end, s.label) for s in e.gold] for e in examples[:40]]
    nothing = [[] for _ in examples[:40]]

    best = score(examples[:40], perfect)
    worst = score(examples[:40], nothing)

    assert best.overall.recall() == 1.0 and best.overall.precision() == 1.0
    assert best.direct.recall() == 1.0
    assert worst.overall.recall() == 0.0 and worst.overall.gold == best.overall.gold
