"""JSON Lines handling for `learnloop deidentify`: every kind of bad line, ids, order, terms, progress.

The command itself is run as a subprocess in test_command.py; the many small cases are here.
"""

import json
import multiprocessing

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from learnloop.sharing import jsonl
from learnloop.sharing.deidentify import Terms

# Hand-written narratives (synthetic), one per label the engine finds today, with what must go.
LABEL_CASES = [
    ("NHS_NUMBER", "NHS number 943 476 5919 checked on admission.", None, "943 476 5919"),
    ("POSTCODE", "The ambulance went to LS1 4AB first.", None, "LS1 4AB"),
    ("PHONE", "Daughter rang the ward on 07700 900123 at night.", None, "07700 900123"),
    (
        "EMAIL",
        "Concern emailed from j.bloggs@example.nhs.uk today.",
        None,
        "j.bloggs@example.nhs.uk",
    ),
    (
        "URL",
        "Photos at https://example.org/case/12 were reviewed.",
        None,
        "https://example.org/case/12",
    ),
    ("DATE", "Fell on 03/03/24 while walking to the toilet.", None, "03/03/24"),
    ("AGE", "A 93-year-old man fell in the bay.", None, "93"),
    ("HOSPITAL_NUMBER", "MRN K1234567 was on the wristband.", None, "K1234567"),
    (
        "PERSON",
        "Mr Okafor was seen by the team and Okafor agreed to stay.",
        {"names": ["Chidi Okafor"]},
        "Mr Okafor",
    ),
    (
        "ADDRESS",
        "Found at home, 14 Elm Grove, after a fall.",
        {"address": "14 Elm Grove, Leeds, LS6 2QZ"},
        "14 Elm Grove",
    ),
    # Found without a record.
    ("PERSON", "Reviewed by Dr Adeyemi at the start of the shift.", None, "Dr Adeyemi"),
    ("ADDRESS", "Ambulance called to 27 Larchwood Road after the fall.", None, "27 Larchwood Road"),
    ("ID", "Logged as Datix W123456 the same evening.", None, "W123456"),
    ("LOCATION", "Transferred from Bluebell Ward overnight.", None, "Bluebell Ward"),
    (
        "ORGANISATION",
        "Admitted from Riverside Surgery with chest pain.",
        None,
        "Riverside Surgery",
    ),
]

# Clinical words that look like names, with a record naming people who share them: all kept.
CLINICAL = (
    "Known Parkinson's disease; Glasgow Coma Scale 14; on Warfarin; Addison's, "
    "and a Waterlow score of 18."
)
CLINICAL_KNOWN = {"names": ["Ann Parkinson", "Tom Glasgow", "Sue Addison", "Kim Waterlow"]}


def run(*lines, terms=None):
    """Each input line's output object."""
    return [json.loads(outcome.line) for outcome in jsonl.deidentify_lines(lines, terms=terms)]


def one(line):
    [output] = run(line)
    return output


def line_of(**fields):
    return json.dumps(fields)


def assert_valid_spans(text, spans):
    previous_end = 0
    for span in spans:
        assert set(span) == {"start", "end", "label"}
        assert previous_end <= span["start"] < span["end"] <= len(text)
        previous_end = span["end"]


# ---------------------------------------------------------------------------------------------
# Good lines
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("label", "text", "known", "identifier"), LABEL_CASES)
def test_each_label_is_found_with_offsets_into_the_input(label, text, known, identifier):
    output = one(line_of(text=text, known=known))

    assert identifier not in output["text"]
    assert f"[{label}]" in output["text"]
    found = [(text[s["start"] : s["end"]], s["label"]) for s in output["spans"]]
    assert (identifier, label) in found
    assert_valid_spans(text, output["spans"])
    assert set(output) == {"text", "spans"}


def test_clinical_words_are_kept_even_when_a_known_name_shares_them():
    output = one(line_of(text=CLINICAL, known=CLINICAL_KNOWN))

    assert output == {"text": CLINICAL, "spans": []}


def test_several_identifiers_in_one_text_come_sorted_and_separate():
    text = (
        "Mrs Parkinson (NHS 943 476 5919) seen 3rd March 2024 on 07700 900123; Parkinson's disease."
    )
    output = one(line_of(text=text, known={"names": ["Margaret Parkinson"]}))

    assert (
        output["text"] == "[PERSON] (NHS [NHS_NUMBER]) seen [DATE] on [PHONE]; Parkinson's disease."
    )
    assert [text[s["start"] : s["end"]] for s in output["spans"]] == [
        "Mrs Parkinson",
        "943 476 5919",
        "3rd March 2024",
        "07700 900123",
    ]
    assert_valid_spans(text, output["spans"])


def test_offsets_count_characters_not_bytes():
    text = "Zoë’s note: 😀 call 07700 900123."
    output = one(line_of(text=text))

    [span] = output["spans"]
    assert text[span["start"] : span["end"]] == "07700 900123"
    assert output["text"] == "Zoë’s note: 😀 call [PHONE]."


def test_every_known_field_is_used():
    text = (
        "Siobhan Nowak, born 02/05/1931, NHS 9434765919, hospital number RX778123, "
        "of 7 Mill Lane, Otley LS21 3AA"
    )
    known = {
        "names": ["Siobhan Nowak"],
        "nhs_number": "943 476 5919",
        "date_of_birth": "1931-05-02",
        "hospital_number": "RX778123",
        "address": ["7 Mill Lane", "Otley", "LS21 3AA"],
    }
    output = one(line_of(text=text, known=known))

    # The address's street and town are one span: it runs on through the town to the postcode.
    assert output["text"] == (
        "[PERSON], born [DATE], NHS [NHS_NUMBER], hospital number [HOSPITAL_NUMBER], "
        "of [ADDRESS] [POSTCODE]"
    )


def test_numbers_may_be_json_numbers_and_null_fields_are_absent():
    output = one(
        line_of(
            text="NHS 9434765919, unit number 5512345.",
            known={"nhs_number": 9434765919, "hospital_number": 5512345, "names": None},
        )
    )

    assert output["text"] == "NHS [NHS_NUMBER], unit number [HOSPITAL_NUMBER]."
    assert one(line_of(text="no one", known=None)) == {"text": "no one", "spans": []}
    assert one(line_of(text="", known={})) == {"text": "", "spans": []}


def test_the_id_is_passed_through_and_nothing_else():
    output = one(line_of(id={"trust": "RVV", "n": 7}, text="Seen.", category="falls", known={}))

    assert output == {"id": {"trust": "RVV", "n": 7}, "text": "Seen.", "spans": []}
    assert list(output) == ["id", "text", "spans"]
    assert one(line_of(id=None, text="x"))["id"] is None


def test_a_byte_order_mark_is_allowed_at_the_start_of_the_file_only():
    first, second = run(b'\xef\xbb\xbf{"text": "a"}\n', b'\xef\xbb\xbf{"text": "b"}\n')

    assert first == {"text": "a", "spans": []}
    assert second["error"].startswith("line 2: not valid JSON")


def test_windows_line_endings_are_read():
    assert run(b'{"text": "a"}\r\n', b'{"text": "b"}') == [
        {"text": "a", "spans": []},
        {"text": "b", "spans": []},
    ]


def test_a_lone_surrogate_in_the_input_still_gives_a_valid_utf8_line():
    [outcome] = jsonl.deidentify_lines([b'{"text": "a \\ud800 b"}'])

    outcome.line.decode("utf-8")  # does not raise
    assert json.loads(outcome.line) == {"text": "a \ud800 b", "spans": []}


# ---------------------------------------------------------------------------------------------
# Bad lines: an error line naming the line and the field; the rest go on
# ---------------------------------------------------------------------------------------------

BAD_LINES = [
    (b"", "line 2: blank line; expected a JSON object with a text field"),
    (b"   \t", "line 2: blank line; expected a JSON object with a text field"),
    (b'{"text": "unfinished', "line 2: not valid JSON (Unterminated string"),
    (b"{'text': 'single quotes'}", "line 2: not valid JSON (Expecting property name"),
    (b'{"text": "a"} {"text": "b"}', "line 2: not valid JSON (Extra data at column 15)"),
    (b"\xff\xfe{}", "line 2: not valid UTF-8 (byte 0xff at byte 1)"),
    (b'{"text": "caf\xe9"}', "line 2: not valid UTF-8 (byte 0xe9 at byte 14)"),
    (b'["text"]', "line 2: expected a JSON object, got a list"),
    (b'"text"', "line 2: expected a JSON object, got a string"),
    (b"null", "line 2: expected a JSON object, got null"),
    (b"[" * 100_000, "line 2: not valid JSON"),
    (b"{}", "line 2: no text field"),
    (b'{"known": {"names": ["A B"]}}', "line 2: no text field"),
    (b'{"text": null}', "line 2: text must be a string, not null"),
    (b'{"text": 12}', "line 2: text must be a string, not a number"),
    (b'{"text": ["a"]}', "line 2: text must be a string, not a list"),
    (b'{"text": "a", "known": "Jo Bloggs"}', "line 2: known must be an object, not a string"),
    (b'{"text": "a", "known": []}', "line 2: known must be an object, not a list"),
    (
        b'{"text": "a", "known": {"name": ["Jo"]}}',
        "line 2: known has an unknown field 'name'; expected any of names, nhs_number, "
        "date_of_birth, hospital_number, address",
    ),
    (
        b'{"text": "a", "known": {"names": "Jo Bloggs"}}',
        "line 2: known.names must be a list of strings, not a string",
    ),
    (
        b'{"text": "a", "known": {"names": ["Jo", 7]}}',
        "line 2: known.names[1] must be a string, not a number",
    ),
    (
        b'{"text": "a", "known": {"names": ["Jo", {"first": "Jo"}]}}',
        "line 2: known.names[1] must be a string, not an object",
    ),
    (
        b'{"text": "a", "known": {"date_of_birth": "02/05/1931"}}',
        "line 2: known.date_of_birth must be a date written YYYY-MM-DD",
    ),
    (
        b'{"text": "a", "known": {"date_of_birth": "1931-02-30"}}',
        "line 2: known.date_of_birth must be a date written YYYY-MM-DD",
    ),
    (
        b'{"text": "a", "known": {"date_of_birth": 19310502}}',
        "line 2: known.date_of_birth must be a date written YYYY-MM-DD",
    ),
    (
        b'{"text": "a", "known": {"nhs_number": "943 476 591"}}',
        "line 2: known.nhs_number must be 10 digits (spaces or hyphens allowed)",
    ),
    (
        b'{"text": "a", "known": {"nhs_number": true}}',
        "line 2: known.nhs_number must be a string, not a boolean",
    ),
    (
        b'{"text": "a", "known": {"hospital_number": 12.5}}',
        "line 2: known.hospital_number must be a string, not a number",
    ),
    (
        b'{"text": "a", "known": {"hospital_number": "  "}}',
        "line 2: known.hospital_number is empty",
    ),
    (
        b'{"text": "a", "known": {"address": {"line1": "1 High St"}}}',
        "line 2: known.address must be a string or a list of strings, not an object",
    ),
]


@pytest.mark.parametrize(("bad", "message"), BAD_LINES)
def test_a_bad_line_gets_an_error_line_and_the_rest_go_on(bad, message):
    before, error, after = run(b'{"text": "Seen."}', bad, b'{"text": "Seen again."}')

    assert before == {"text": "Seen.", "spans": []}
    assert error["error"].startswith(message)
    assert set(error) == {"error"}
    assert after == {"text": "Seen again.", "spans": []}


def test_an_error_never_repeats_a_value_from_the_input():
    bad = [
        line_of(text="x", known={"date_of_birth": "02/05/1931"}),
        line_of(text="x", known={"nhs_number": "9434765"}),
        line_of(text="x", known={"names": "Siobhan Nowak"}),
        '{"text": "Siobhan Nowak 9434765919',
    ]
    for output in run(*bad):
        for value in ("02/05/1931", "9434765", "Siobhan", "Nowak"):
            assert value not in output["error"]


def test_an_error_line_carries_the_id_when_it_could_be_read():
    outputs = run(
        line_of(id="R-1", known={"names": ["Jo"]}),
        line_of(id="R-2", text="x", known={"date_of_birth": "yesterday"}),
        '{"id": "R-3", "text": ',
    )

    assert outputs == [
        {"id": "R-1", "error": "line 1: no text field"},
        {"id": "R-2", "error": "line 2: known.date_of_birth must be a date written YYYY-MM-DD"},
        {"error": "line 3: not valid JSON (Expecting value at column 23)"},
    ]


def test_the_engine_failing_on_one_line_is_that_lines_error(monkeypatch):
    def failing(text, known=None, *, terms=None):
        if "boom" in text:
            raise RuntimeError(f"cannot handle {text}")
        return real(text, known, terms=terms)

    real = jsonl.deidentify
    monkeypatch.setattr(jsonl, "deidentify", failing)

    outputs = run(line_of(text="Jo boom"), line_of(text="fine"))

    assert outputs == [
        {"error": "line 1: could not de-identify (RuntimeError)"},
        {"text": "fine", "spans": []},
    ]


def test_outcomes_say_which_lines_are_errors():
    outcomes = list(jsonl.deidentify_lines([b'{"text": "a"}', b"oops", b""]))

    assert [outcome.error for outcome in outcomes] == [
        None,
        "line 2: not valid JSON (Expecting value at column 1)",
        "line 3: blank line; expected a JSON object with a text field",
    ]
    assert all(outcome.line.endswith(b"\n") for outcome in outcomes)
    assert all(outcome.line.count(b"\n") == 1 for outcome in outcomes)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.binary(max_size=40).map(lambda b: b.replace(b"\n", b"")),
            st.text(max_size=80).map(lambda t: json.dumps({"text": t})),
            st.dictionaries(
                st.sampled_from(["id", "text", "known"]),
                st.one_of(st.none(), st.integers(), st.text(max_size=20), st.lists(st.text())),
            ).map(json.dumps),
        ),
        max_size=12,
    )
)
def test_any_input_gives_one_valid_output_line_per_input_line(lines):
    outcomes = list(jsonl.deidentify_lines(lines))

    assert len(outcomes) == len(lines)
    for outcome in outcomes:
        output = json.loads(outcome.line.decode("utf-8"))
        assert isinstance(output, dict)
        assert ("error" in output) == (outcome.error is not None)
        if "error" not in output:
            assert set(output) - {"id"} == {"text", "spans"}


# ---------------------------------------------------------------------------------------------
# Workers
# ---------------------------------------------------------------------------------------------


def many_lines(count):
    lines = []
    for n in range(count):
        if n % 37 == 5:
            lines.append(b"not json")
        else:
            text = f"Note {n}: Mr Nowak rang 07700 900{n % 1000:03d} on {n % 28 + 1}/3/24."
            lines.append(line_of(id=n, text=text, known={"names": ["Aled Nowak"]}).encode())
    return lines


def test_workers_give_the_same_output_in_the_same_order():
    lines = many_lines(300)
    terms = Terms.of(redact={"Ward 7": "LOCATION"}, keep=[])

    one_worker = list(jsonl.deidentify_lines(lines, terms=terms))
    two_workers = list(jsonl.deidentify_lines(iter(lines), terms=terms, workers=2, chunk_size=7))

    assert two_workers == one_worker
    assert [json.loads(o.line).get("id") for o in two_workers if o.error is None] == [
        n for n in range(300) if n % 37 != 5
    ]


def test_workers_started_afresh_need_nothing_from_the_parent():
    # "spawn" imports this module anew in each worker, with no Django: as on macOS, or Python 3.14.
    lines = many_lines(40)
    terms = Terms.of(redact={"Nowak": "PERSON"})

    spawned = jsonl.deidentify_lines(
        lines, terms=terms, workers=2, chunk_size=5, mp_context=multiprocessing.get_context("spawn")
    )

    assert list(spawned) == list(jsonl.deidentify_lines(lines, terms=terms))


def test_workers_must_be_one_or_more():
    with pytest.raises(ValueError, match="workers must be 1 or more"):
        list(jsonl.deidentify_lines([], workers=0))


def test_no_lines_give_no_outcomes():
    assert list(jsonl.deidentify_lines([], workers=2)) == []


# ---------------------------------------------------------------------------------------------
# Terms
# ---------------------------------------------------------------------------------------------


def test_terms_are_read_from_a_json_file(tmp_path):
    path = tmp_path / "terms.json"
    path.write_text(
        json.dumps({"redact": {"Rowan Ward": "LOCATION", "Bloggs": "PERSON"}, "keep": ["Jones"]})
    )

    terms = jsonl.load_terms(path)

    assert terms == Terms.of(redact={"Rowan Ward": "LOCATION", "Bloggs": "PERSON"}, keep=["Jones"])
    text = "Seen on Rowan Ward; bloggs wrote it up."
    [output] = run(line_of(text=text), terms=terms)
    assert output["text"] == "Seen on [LOCATION]; [PERSON] wrote it up."


def test_an_empty_object_is_no_terms(tmp_path):
    path = tmp_path / "terms.json"
    path.write_text("{}")

    assert jsonl.load_terms(path) == Terms.of()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is not valid JSON: Expecting value at line 1 column 1"),
        (b'{"redact": {"a": "PERSON"},}', "is not valid JSON: Expecting property name"),
        (b"\xff", "is not valid UTF-8"),
        (b'["Bloggs"]', 'expected an object {"redact": ..., "keep": ...}, got a list'),
        (b'{"redacted": {}}', "unknown field 'redacted'; expected redact and keep"),
        (b'{"redact": ["Bloggs"]}', '"redact" must be an object {"term": "LABEL"}, not a list'),
        (b'{"redact": {"Bloggs": "NAME"}}', "\"redact\" term 'Bloggs' has unknown label 'NAME'"),
        (b'{"redact": {"Bloggs": 1}}', "\"redact\" term 'Bloggs' must have a label string"),
        (b'{"keep": "Jones"}', '"keep" must be a list of strings'),
        (b'{"keep": ["Jones", 3]}', '"keep" must be a list of strings'),
    ],
)
def test_a_bad_terms_file_says_what_is_wrong(tmp_path, content, message):
    path = tmp_path / "terms.json"
    path.write_bytes(content)

    with pytest.raises(jsonl.TermsFileError) as error:
        jsonl.load_terms(path)

    assert str(path) in str(error.value)
    assert message in str(error.value)


def test_a_missing_terms_file_says_so(tmp_path):
    with pytest.raises(jsonl.TermsFileError, match="cannot read the terms file .*No such file"):
        jsonl.load_terms(tmp_path / "absent.json")


# ---------------------------------------------------------------------------------------------
# Progress
# ---------------------------------------------------------------------------------------------


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


GOOD = jsonl.Outcome(b"{}\n", None)
BAD = jsonl.Outcome(b"{}\n", "line 2: oops")


def test_progress_is_written_every_few_seconds_and_summed_up_at_the_end():
    clock, written = Clock(), []
    progress = jsonl.Progress(written.append, every_seconds=5, clock=clock)

    for outcome in (GOOD, BAD, GOOD):
        clock.now += 1
        progress.count(outcome)
    assert written == []
    clock.now += 2
    progress.count(GOOD)
    progress.finish()

    assert written == ["4 lines, 1 error, 1 lines/s so far\n", "4 lines, 1 error, 1 lines/s\n"]
    assert (progress.lines, progress.errors) == (4, 1)


def test_progress_on_a_terminal_is_redrawn_and_cleared():
    clock, written = Clock(), []
    progress = jsonl.Progress(written.append, redraw=True, clock=clock)

    clock.now += 1
    progress.count(GOOD)
    progress.finish()

    assert written[0].startswith("\r1 line, 0 errors, 1 lines/s so far")
    assert written[1].strip() == ""
    assert written[2] == "1 line, 0 errors, 1 lines/s\n"
