"""The evaluation set generator and the scorer (the engine's figures are printed by the bench, never
asserted here: they change as the engine does)."""

import json
import os
import re
import subprocess
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

from learnloop.reports import nhs_number
from learnloop.sharing import evaluation
from learnloop.sharing.evaluation import Example, Found, GoldSpan, score

REPO = Path(__file__).resolve().parents[3]
LEARNLOOP = REPO / ".venv" / "bin" / "learnloop"
BENCH = REPO / "bench" / "deidentify.py"


@pytest.fixture(scope="module")
def examples():
    return list(evaluation.generate(300, seed=11))


# -- the generator ----------------------------------------------------------------------------


def test_the_same_seed_gives_the_same_narratives_and_another_seed_others():
    first = [e.to_json() for e in evaluation.generate(25, seed=4)]
    again = [e.to_json() for e in evaluation.generate(25, seed=4)]
    other = [e.to_json() for e in evaluation.generate(25, seed=5)]

    assert first == again
    assert [e["text"] for e in first] != [e["text"] for e in other]
    assert len({e["text"] for e in first}) == 25


def test_every_gold_span_selects_its_text_with_no_space_at_either_end(examples):
    for example in examples:
        for span, written in zip(example.gold, example.to_json()["gold"], strict=True):
            chosen = example.text[span.start : span.end]
            assert chosen and chosen == chosen.strip(), (example.id, span)
            assert written["text"] == chosen
            assert span.label in evaluation.LABELS


def test_gold_spans_are_sorted_and_do_not_overlap(examples):
    for example in examples:
        for before, after in pairwise(example.gold):
            assert before.end <= after.start, (example.id, before, after)


def test_nhs_numbers_in_the_text_and_the_record_pass_the_modulus_11_check(examples):
    written = [
        example.text[span.start : span.end]
        for example in examples
        for span in example.gold
        if span.label == "NHS_NUMBER"
    ]
    assert len(written) > 50
    assert all(nhs_number.is_valid(number) for number in written)
    assert any(" " in number for number in written) and any(" " not in n for n in written)
    assert all(nhs_number.is_valid(example.known["nhs_number"]) for example in examples)


def test_narratives_are_150_to_450_words_and_about_300_on_average(examples):
    words = [len(example.text.split()) for example in examples]

    assert all(evaluation.MIN_WORDS <= count <= evaluation.MAX_WORDS for count in words)
    assert 260 <= sum(words) / len(words) <= 340


def test_every_label_and_every_kind_of_narrative_appears(examples):
    labels = Counter(span.label for example in examples for span in example.gold)
    kinds = {example.kind.split("/")[1] for example in examples}

    assert set(labels) == set(evaluation.LABELS)
    assert kinds == {
        "falls", "deterioration", "medication", "sepsis", "pressure_ulcer", "maternity",
        "mental_health", "discharge",
    }  # fmt: skip


def test_about_a_fifth_of_person_mentions_are_unlisted_names(examples):
    persons = [span for example in examples for span in example.gold if span.label == "PERSON"]
    groups = Counter(span.names for span in persons)

    assert set(groups) == {"listed", "unlisted"}
    assert 0.1 <= groups["unlisted"] / len(persons) <= 0.3
    assert {span.in_record for span in persons} == {True, False}


def test_held_out_names_share_no_name_with_the_listed_locales():
    listed = evaluation.listed_names()
    pools = evaluation.name_pools()

    for locale in evaluation.HELD_OUT_LOCALES:
        pool = pools[locale]
        names = {*pool.male, *pool.female, *pool.last_male, *pool.last_female}
        assert len(names) > 20, locale
        for name in names:
            parts = [name, *re.split(r"[\s-]+", name)]
            assert not any(part.casefold() in listed for part in parts if part), (locale, name)
    assert "smith" in listed and "margaret" in listed


def test_person_mentions_come_in_many_forms(examples):
    texts = [
        example.text[span.start : span.end]
        for example in examples
        for span in example.gold
        if span.label == "PERSON"
    ]
    assert any(re.fullmatch(r"(Mr|Mrs|Ms|Dr) \S+", text) for text in texts)  # title + surname
    assert any(re.fullmatch(r"[A-Z][a-z]+", text) for text in texts)  # one name alone
    assert any(re.search(r"\b[A-Z]{3,}\b", text) for text in texts)  # ALL-CAPS surname
    assert any(re.fullmatch(r"[A-Z]\.? \S+", text) for text in texts)  # initial + surname
    possessives = [
        example.text[span.end : span.end + 2]
        for example in examples
        for span in example.gold
        if span.label == "PERSON"
    ]
    assert any(after in {"'s", "’s"} for after in possessives)


def test_only_ages_over_89_are_gold_and_younger_ones_are_written_too(examples):
    ages = [
        int(example.text[span.start : span.end])
        for example in examples
        for span in example.gold
        if span.label == "AGE"
    ]
    assert ages and all(age > 89 for age in ages)
    younger = 0
    for example in examples:
        covered = {i for span in example.gold for i in range(span.start, span.end)}
        for match in re.finditer(r"\baged (\d+)\b", example.text):
            if int(match.group(1)) < 90:
                assert match.start(1) not in covered
                younger += 1
    assert younger > 10


def test_dates_are_written_in_many_forms(examples):
    dates = [
        example.text[span.start : span.end]
        for example in examples
        for span in example.gold
        if span.label == "DATE"
    ]
    patterns = [
        r"\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ \d{4}",  # 3rd March 2024
        r"\d{2}/\d{2}/\d{2}",  # 03/03/24
        r"the \d{1,2}(st|nd|rd|th)",  # the 3rd
        r"[A-Z][a-z]+ \d{4}",  # March 2024
        r"\d{4}-\d{2}-\d{2}",  # ISO
    ]
    for pattern in patterns:
        assert any(re.fullmatch(pattern, text) for text in dates), pattern


# Ward numbers, times, "3/7" (three days), vertebrae (not a postcode's first half, as in L12 3AB).
CLINICAL_NUMBERS = re.compile(
    r"\b(?:Ward \d+|\d{2}:\d{2})\b|(?<![\w/])\d/(?:7|52|12)(?![\w/])"
    r"|\b[TLC]\d{1,2}(?:/\d)?\b(?! ?\d[A-Z]{2})"
)


def test_clinical_words_that_look_like_names_or_dates_are_written_and_never_gold(examples):
    keep = [
        "Parkinson's disease", "Waterlow", "Glasgow Coma Scale", "Addison's disease", "NEWS2",
        "Warfarin", "the 2nd dose", "Bishop score", "Bristol Stool Chart",
    ]  # fmt: skip
    seen = Counter()
    for example in examples:
        for phrase in keep:
            for match in re.finditer(re.escape(phrase), example.text):
                seen[phrase] += 1
                assert not any(
                    span.start < match.end() and match.start() < span.end for span in example.gold
                ), (example.id, phrase)
        for match in CLINICAL_NUMBERS.finditer(example.text):
            assert not any(
                span.start < match.end() and match.start() < span.end for span in example.gold
            ), (example.id, match.group())
    assert len(seen) >= 5


def test_the_record_holds_what_a_case_file_would(examples):
    for example in examples:
        known = example.known
        assert set(known) == {"names", "nhs_number", "date_of_birth", "hospital_number", "address"}
        assert known["names"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", known["date_of_birth"])
        postcode = known["address"].rsplit(", ", 1)[1]
        assert re.fullmatch(r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}", postcode)


def test_json_lines_round_trip(examples):
    line = json.loads(json.dumps(examples[0].to_json()))

    assert Example.from_json(line) == examples[0]
    assert "known" not in examples[0].to_json(with_record=False)


# -- the scorer --------------------------------------------------------------------------------

TEXT = "Mrs Jones (NHS 943 476 5919) fell on Ash Ward on 3rd March 2024."
GOLD = Example(
    id="t-1",
    text=TEXT,
    known={},
    gold=(
        GoldSpan(0, 9, "PERSON", "listed", True),
        GoldSpan(15, 27, "NHS_NUMBER"),
        GoldSpan(37, 45, "LOCATION"),
        GoldSpan(49, 63, "DATE"),
    ),
)


def test_the_hand_made_gold_selects_what_it_says():
    assert [TEXT[s.start : s.end] for s in GOLD.gold] == [
        "Mrs Jones", "943 476 5919", "Ash Ward", "3rd March 2024",
    ]  # fmt: skip


def test_perfect_output_scores_one_everywhere():
    scores = score([GOLD], [[Found(s.start, s.end, s.label) for s in GOLD.gold]])

    assert scores.examples == 1 and scores.overall.gold == 4 and scores.overall.found == 4
    assert scores.overall.recall() == scores.overall.precision() == 1.0
    assert scores.overall.recall(strict=True) == scores.overall.precision(strict=True) == 1.0
    assert scores.direct.gold == 3  # LOCATION is not a direct identifier
    assert scores.person_groups["listed names"].recall() == 1.0


def test_a_missed_span_lowers_recall_of_its_label_only():
    found = [Found(0, 9, "PERSON"), Found(15, 27, "NHS_NUMBER"), Found(49, 63, "DATE")]

    scores = score([GOLD], [found])

    assert scores.overall.recall() == 0.75 and scores.overall.precision() == 1.0
    assert scores.labels["LOCATION"].recall() == 0.0 and scores.labels["LOCATION"].found == 0
    assert scores.labels["LOCATION"].precision() is None
    assert scores.direct.recall() == 1.0


def test_a_spurious_span_lowers_precision():
    found = [Found(s.start, s.end, s.label) for s in GOLD.gold] + [Found(10, 13, "PERSON")]

    scores = score([GOLD], [found])

    assert scores.overall.recall() == 1.0
    assert scores.overall.precision() == 4 / 5
    assert scores.labels["PERSON"].precision() == 1 / 2
    assert scores.direct.precision() == 3 / 4


def test_a_partial_overlap_counts_both_ways():
    # "Jones" of "Mrs Jones", and "March 2024" of the date.
    scores = score([GOLD], [[Found(4, 9, "PERSON"), Found(53, 63, "DATE")]])

    assert scores.labels["PERSON"].recall() == 1.0
    assert scores.labels["DATE"].recall() == 1.0
    assert scores.overall.recall() == 0.5 and scores.overall.precision() == 1.0


def test_a_wrong_label_counts_in_the_relaxed_columns_but_not_the_strict_ones():
    scores = score([GOLD], [[Found(37, 45, "PERSON")]])

    location, person = scores.labels["LOCATION"], scores.labels["PERSON"]
    assert location.recall() == 1.0 and location.recall(strict=True) == 0.0
    assert person.precision() == 1.0 and person.precision(strict=True) == 0.0
    assert person.recall(strict=True) == 0.0


def test_an_error_line_finds_nothing_and_is_counted():
    scores = score([GOLD, GOLD], [None, [Found(0, 9, "PERSON")]])

    assert scores.errors == 1 and scores.examples == 2
    assert scores.overall.recall() == 1 / 8
    assert "lines with an error 1" in scores.table()


def test_found_spans_may_be_engine_spans_dicts_or_tuples():
    from learnloop.sharing.deidentify import Span

    found = [
        Span(0, 9, "PERSON"),
        {"start": 15, "end": 27, "label": "NHS_NUMBER"},
        (49, 63, "DATE"),
    ]

    assert score([GOLD], [found]).overall.recall() == 0.75


def test_the_table_prints_counts_and_every_row():
    table = score([GOLD], [[Found(0, 9, "PERSON"), Found(10, 13, "ID")]]).table("title")

    assert table.splitlines()[0] == "title"
    assert "examples 1   gold spans 4   found spans 2" in table
    person = next(line for line in table.splitlines() if line.startswith("PERSON "))
    assert person.split()[1:] == ["1", "1", "1.000", "1.000", "1.000", "1.000"]
    overall = next(line for line in table.splitlines() if line.startswith("all labels"))
    assert overall.split()[2:] == ["4", "2", "0.250", "0.500", "0.250", "0.500"]
    assert "PERSON, listed names" in table and "direct identifiers" in table


def test_outputs_are_matched_by_id_or_else_by_order():
    other = Example(id="t-2", text="x", known={}, gold=())
    by_id = [{"id": "t-2", "text": "x", "spans": []}, {"id": "t-1", "error": "line 1: no text"}]
    by_order = [{"text": "", "spans": [{"start": 0, "end": 9, "label": "PERSON"}]}, {"spans": []}]

    assert evaluation.match_outputs([GOLD, other], by_id) == [None, []]
    assert evaluation.match_outputs([GOLD, other], by_order) == [[Found(0, 9, "PERSON")], []]
    with pytest.raises(ValueError, match="2 gold examples but 1 output lines"):
        evaluation.match_outputs([GOLD, other], by_order[:1])


# -- the commands, as people run them ---------------------------------------------------------


def _learnloop(*args, tmp_path):
    env = {**os.environ, "DEBUG": "1", "LEARNLOOP_VAR_DIR": str(tmp_path)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(  # our own console script
        [str(LEARNLOOP), *args], capture_output=True, text=True, env=env, timeout=300
    )


def test_sample_then_score_a_hand_made_output(tmp_path):
    gold_path = tmp_path / "gold.jsonl"
    sampled = _learnloop(
        "deidentify-sample", "--count", "5", "--seed", "3", "--output", str(gold_path),
        tmp_path=tmp_path,
    )  # fmt: skip
    assert sampled.returncode == 0, sampled.stderr
    assert "5 of 5 narratives" in sampled.stderr
    lines = [json.loads(line) for line in gold_path.read_text().splitlines()]
    assert lines == [e.to_json() for e in evaluation.generate(5, seed=3)]
    assert all({"id", "text", "known", "gold"} <= set(line) for line in lines)

    # Everything found, except the first gold span of the first narrative; in reverse order, by id.
    total = sum(len(line["gold"]) for line in lines)
    outputs = [
        {"id": line["id"], "text": "", "spans": [
            {k: s[k] for k in ("start", "end", "label")} for s in line["gold"][(i == 0):]
        ]}
        for i, line in enumerate(lines)
    ][::-1]  # fmt: skip
    found_path = tmp_path / "found.jsonl"
    found_path.write_text("".join(json.dumps(o) + "\n" for o in outputs))

    scored = _learnloop("deidentify-score", str(gold_path), str(found_path), tmp_path=tmp_path)

    assert scored.returncode == 0, scored.stderr
    out = scored.stdout
    assert "De-identification scores (with the record)" in out
    assert f"examples 5   gold spans {total:,}   found spans {total - 1:,}" in out
    overall = next(line for line in out.splitlines() if line.startswith("all labels"))
    assert overall.split()[4:6] == [f"{(total - 1) / total:.3f}", "1.000"]


def test_sample_without_the_record_and_to_standard_output(tmp_path):
    result = _learnloop(
        "deidentify-sample", "--count", "2", "--seed", "3", "--without-record", tmp_path=tmp_path
    )

    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 2 and all("known" not in line for line in lines)
    assert lines[0]["text"] == next(evaluation.generate(1, seed=3)).text


def test_the_blind_pack_is_the_newest_and_each_studied_pack_keeps_its_number():
    # Which generator each --pack names: the blind one is the pack never studied, and a studied
    # pack keeps the number the README's table gives it.
    from learnloop.sharing import (
        evaluation_blind,
        evaluation_blind17,
        evaluation_blind18,
        evaluation_blind19,
        evaluation_blind20,
        evaluation_blind21,
        evaluation_blind22,
        evaluation_blind23,
        evaluation_blind24,
        evaluation_blind25,
        evaluation_blind26,
        evaluation_blind27,
        evaluation_blind28,
        evaluation_blind29,
        evaluation_blind30,
        evaluation_blind31,
        evaluation_blind32,
        evaluation_blind33,
        evaluation_blind34,
        evaluation_blind35,
        evaluation_blind36,
        evaluation_blind37,
        evaluation_blind38,
        evaluation_blind39,
        evaluation_blind40,
        evaluation_blind41,
        evaluation_blind42,
        evaluation_blind43,
        evaluation_blind44,
        evaluation_blind45,
        evaluation_blind46,
        evaluation_blind47,
        evaluation_blind48,
        evaluation_blind49,
        evaluation_blind50,
    )
    from learnloop.sharing.management.commands.deidentify_sample import PACKS

    assert PACKS["blind"] is evaluation_blind50
    assert PACKS["development-51"] is evaluation_blind49
    assert PACKS["development-50"] is evaluation_blind48
    assert PACKS["development-49"] is evaluation_blind47
    assert PACKS["development-48"] is evaluation_blind46
    assert PACKS["development-47"] is evaluation_blind45
    assert PACKS["development-46"] is evaluation_blind44
    assert PACKS["development-45"] is evaluation_blind43
    assert PACKS["development-44"] is evaluation_blind42
    assert PACKS["development-43"] is evaluation_blind41
    assert PACKS["development-42"] is evaluation_blind40
    assert PACKS["development-41"] is evaluation_blind39
    assert PACKS["development-40"] is evaluation_blind38
    assert PACKS["development-39"] is evaluation_blind37
    assert PACKS["development-38"] is evaluation_blind36
    assert PACKS["development-37"] is evaluation_blind35
    assert PACKS["development-36"] is evaluation_blind34
    assert PACKS["development-35"] is evaluation_blind33
    assert PACKS["development-34"] is evaluation_blind32
    assert PACKS["development-33"] is evaluation_blind31
    assert PACKS["development-32"] is evaluation_blind30
    assert PACKS["development-31"] is evaluation_blind29
    assert PACKS["development-30"] is evaluation_blind28
    assert PACKS["development-29"] is evaluation_blind27
    assert PACKS["development-28"] is evaluation_blind26
    assert PACKS["development-27"] is evaluation_blind25
    assert PACKS["development-26"] is evaluation_blind24
    assert PACKS["development-25"] is evaluation_blind23
    assert PACKS["development-24"] is evaluation_blind22
    assert PACKS["development-23"] is evaluation_blind21
    assert PACKS["development-22"] is evaluation_blind20
    assert PACKS["development-21"] is evaluation_blind19
    assert PACKS["development-3"] is evaluation_blind
    assert PACKS["development-19"] is evaluation_blind17
    assert PACKS["development-20"] is evaluation_blind18
    assert len(set(PACKS.values())) == len(PACKS) == 52


def test_score_refuses_files_that_do_not_match(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD.to_json()) + "\n")
    found = tmp_path / "found.jsonl"
    found.write_text('{"spans": []}\n{"spans": []}\n')

    result = _learnloop(
        "deidentify-score", str(gold), str(found), "--without-record", tmp_path=tmp_path
    )

    assert result.returncode == 2
    assert "1 gold examples but 2 output lines" in result.stderr
    missing = _learnloop("deidentify-score", str(gold), str(tmp_path / "nope"), tmp_path=tmp_path)
    assert missing.returncode == 2 and "Cannot read" in missing.stderr


def test_the_benchmark_runs_on_a_few_narratives():
    result = subprocess.run(
        [sys.executable, str(BENCH), "--count", "20", "--no-pfd", "--workers", "2"],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("command      ")
    for expected in (
        "narratives/s, one core, without the record",
        "narratives/s, one core, with the record",
        "narratives/s, 2 workers, with the record",
        "peak Python memory",
        "ru_maxrss",
        "Development templates, without the record",
        "Development templates, with the record",
        "Development templates 2, with the record",
        "Blind templates, with the record",
        "examples 20",
    ):
        assert expected in out
