"""`learnloop deidentify`, run as people run it: the real console script in a subprocess.

Few runs, each checking much, because each starts Django (about a second); the small cases of the
line format are in test_jsonl.py. No database is needed: the runs point DATABASE_URL at an SQLite
file that does not exist, and check it still does not exist afterwards.
"""

import json
import os
import subprocess
from pathlib import Path

import pytest

from learnloop.sharing.tests.test_jsonl import CLINICAL, CLINICAL_KNOWN, LABEL_CASES, many_lines

REPO = Path(__file__).resolve().parents[3]
CONSOLE_SCRIPT = REPO / ".venv" / "bin" / "learnloop"


@pytest.fixture
def deidentify(tmp_path):
    """deidentify(*arguments, stdin=b"...") -> the finished process, its output as bytes."""
    absent_database = tmp_path / "no-database.sqlite3"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "learnloop.config.test_settings",
        "DATABASE_URL": f"sqlite:///{absent_database}",
    }

    def run(*arguments, stdin=b""):
        result = subprocess.run(  # noqa: S603 (our own console script)
            [str(CONSOLE_SCRIPT), "deidentify", *arguments],
            input=stdin,
            capture_output=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
        )
        assert not absent_database.exists(), "the command opened a database"
        return result

    return run


def jsonl_bytes(*objects):
    return b"".join(json.dumps(obj).encode() + b"\n" for obj in objects)


def read_jsonl(data: bytes):
    """Each line of standard output as an object: fails if any line is not a JSON object."""
    assert data.endswith(b"\n")
    objects = [json.loads(line) for line in data.decode("utf-8").split("\n")[:-1]]
    assert all(isinstance(obj, dict) for obj in objects)
    return objects


def test_every_label_and_the_clinical_words_from_standard_input(deidentify):
    lines = [
        {"id": f"case-{label}", "text": text, "known": known}
        for label, text, known, _ in LABEL_CASES
    ]
    lines.append({"id": "clinical", "text": CLINICAL, "known": CLINICAL_KNOWN})

    result = deidentify(stdin=jsonl_bytes(*lines))

    assert result.returncode == 0, result.stderr
    outputs = read_jsonl(result.stdout)
    assert [output["id"] for output in outputs] == [line["id"] for line in lines]
    for (label, text, _, identifier), output in zip(LABEL_CASES, outputs, strict=False):
        assert identifier not in output["text"], label
        spans = output["spans"]
        assert (identifier, label) in [(text[s["start"] : s["end"]], s["label"]) for s in spans]
        assert spans == sorted(spans, key=lambda s: s["start"])
        assert all(a["end"] <= b["start"] for a, b in zip(spans, spans[1:], strict=False))
    assert outputs[-1] == {"id": "clinical", "text": CLINICAL, "spans": []}
    assert result.stderr.decode().splitlines()[-1].startswith(f"{len(lines)} lines, 0 errors")


BAD_FILE = b"\n".join(
    [
        b'{"id": 1, "text": "Seen by Dr Nowak.", "known": {"names": ["Aled Nowak"]}}',
        b"",
        b"{not json",
        b'["a list"]',
        b'{"id": 5, "known": {}}',
        b'{"id": 6, "text": 42}',
        b'{"id": 7, "text": "a", "known": {"date_of_birth": "31/12/1930"}}',
        b'{"id": 8, "text": "caf\xe9"}',
        b'{"id": 9, "text": "Rang 07700 900123."}',
    ]
)


def test_bad_lines_from_a_file_get_errors_and_the_rest_go_on(deidentify, tmp_path):
    (tmp_path / "in.jsonl").write_bytes(BAD_FILE)

    result = deidentify("in.jsonl")
    strict = deidentify("in.jsonl", "--strict", "--quiet")

    assert result.returncode == 0, result.stderr
    assert read_jsonl(result.stdout) == [
        {
            "id": 1,
            "text": "Seen by [PERSON].",
            "spans": [{"start": 8, "end": 16, "label": "PERSON"}],
        },
        {"error": "line 2: blank line; expected a JSON object with a text field"},
        {
            "error": "line 3: not valid JSON (Expecting property name enclosed in double quotes at column 2)"
        },
        {"error": "line 4: expected a JSON object, got a list"},
        {"id": 5, "error": "line 5: no text field"},
        {"id": 6, "error": "line 6: text must be a string, not a number"},
        {"id": 7, "error": "line 7: known.date_of_birth must be a date written YYYY-MM-DD"},
        {"error": "line 8: not valid UTF-8 (byte 0xe9 at byte 23)"},
        {"id": 9, "text": "Rang [PHONE].", "spans": [{"start": 5, "end": 17, "label": "PHONE"}]},
    ]
    assert result.stderr.decode().splitlines()[-1].startswith("9 lines, 7 errors")
    # --strict: the same complete output, then exit status 1 saying why.
    assert strict.returncode == 1
    assert strict.stdout == result.stdout
    assert strict.stderr.decode().strip() == "CommandError: 7 of 9 lines had an error (--strict)"


def test_two_workers_on_standard_input_write_what_one_writes_to_a_file(deidentify, tmp_path):
    lines = b"\n".join(many_lines(400)) + b"\n"
    (tmp_path / "in.jsonl").write_bytes(lines)

    parallel = deidentify("--workers", "2", stdin=lines)
    single = deidentify("in.jsonl", "--output", "out.jsonl", "--quiet")

    assert parallel.returncode == 0, parallel.stderr
    assert single.returncode == 0, single.stderr
    assert single.stdout == b""
    assert single.stderr == b""
    assert parallel.stdout == (tmp_path / "out.jsonl").read_bytes()
    outputs = read_jsonl(parallel.stdout)
    assert len(outputs) == 400
    assert [o["id"] for o in outputs if "id" in o] == [n for n in range(400) if n % 37 != 5]
    assert "400 lines, 11 errors" in parallel.stderr.decode()


def test_organisation_terms_from_a_file(deidentify, tmp_path):
    (tmp_path / "terms.json").write_text(
        json.dumps({"redact": {"Rowan Ward": "LOCATION"}, "keep": ["0113 243 3144"]})
    )
    text = "Moved to rowan ward; switchboard 0113 243 3144, daughter on 0113 243 9999."

    result = deidentify("--terms", "terms.json", "-", stdin=jsonl_bytes({"text": text}))

    assert result.returncode == 0, result.stderr
    [output] = read_jsonl(result.stdout)
    # The ward is always redacted; the trust's switchboard is kept, the daughter's number is not.
    assert output["text"] == (
        "Moved to [LOCATION]; switchboard 0113 243 3144, daughter on [PHONE]."
    )


def test_a_bad_terms_file_stops_the_command_before_it_reads_anything(deidentify, tmp_path):
    (tmp_path / "terms.json").write_text(json.dumps({"redact": {"Rowan Ward": "WARD"}}))

    result = deidentify("--terms", "terms.json", stdin=jsonl_bytes({"text": "a"}))

    assert result.returncode == 2
    assert result.stdout == b""
    assert result.stderr.decode().startswith(
        "CommandError: the terms file terms.json: \"redact\" term 'Rowan Ward' has unknown label 'WARD'"
    )


def test_a_missing_input_file_is_a_clear_error(deidentify):
    result = deidentify("absent.jsonl")

    assert result.returncode == 2
    assert result.stdout == b""
    assert result.stderr.decode().strip() == (
        "CommandError: Cannot read absent.jsonl: No such file or directory"
    )
