"""JSON Lines in, de-identified JSON Lines out: what `learnloop deidentify` does, without Django.

Plain Python, so the command, a worker or a notebook can use it. Each input line is one object:

    {"id": "R-1", "text": "...", "known": {"names": ["..."], "nhs_number": "...",
     "date_of_birth": "YYYY-MM-DD", "hospital_number": "...", "address": "..."}}

and each output line, in the same order, is either

    {"id": "R-1", "text": "<redacted>", "spans": [{"start": 0, "end": 13, "label": "PERSON"}]}
    {"id": "R-1", "error": "line 7: known.date_of_birth must be a date written YYYY-MM-DD"}

Output line N always answers input line N, so the files can be joined by position as well as by
`id`: a blank line is an error line, not skipped. Error messages name the line and the field but
never repeat a value from the input, because the input is identifiable. Offsets count Unicode code
points (Python string indices), not bytes or UTF-16 units.
"""

from __future__ import annotations

import json
import re
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

from learnloop.sharing.deidentify import LABELS, Terms, deidentify

KNOWN_FIELDS = ("names", "nhs_number", "date_of_birth", "hospital_number", "address")
# Lines handed to a worker at a time: enough to make the cost of passing them between processes
# small next to the work (about a millisecond a narrative), few enough to keep every worker busy.
CHUNK_SIZE = 64
# Chunks in flight per worker: bounds memory when the input is far larger than what is written.
CHUNKS_AHEAD_PER_WORKER = 4

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_NO_ID = object()


class LineError(ValueError):
    """What is wrong with one input line; carries its `id` when the line had one."""

    def __init__(self, message: str, id: Any = _NO_ID):  # noqa: A002 (the field is called id)
        super().__init__(message)
        self.id = id


@dataclass(frozen=True, slots=True)
class Request:
    text: str
    known: dict[str, Any] | None = None
    id: Any = _NO_ID


class Outcome(NamedTuple):
    """One output line, encoded and ending in a newline, and its error message if it is one."""

    line: bytes
    error: str | None


def _kind(value: Any) -> str:
    """A JSON type name for an error message (never the value itself)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


def parse_line(raw: bytes | str, *, first: bool = False) -> Request:
    """The request on one line, or LineError saying what is wrong with it.

    ``first`` allows a UTF-8 byte order mark, which some Windows tools write at the start of a file.
    """
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise LineError(
                f"not valid UTF-8 (byte 0x{raw[error.start]:02x} at byte {error.start + 1})"
            ) from None
    if first:
        raw = raw.removeprefix("\ufeff")
    if not raw.strip():
        raise LineError("blank line; expected a JSON object with a text field")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise LineError(f"not valid JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise LineError("not valid JSON (nested too deeply)") from None
    if not isinstance(data, dict):
        raise LineError(f"expected a JSON object, got {_kind(data)}")
    id_ = data.get("id", _NO_ID)
    if "text" not in data:
        raise LineError("no text field", id_)
    text = data["text"]
    if not isinstance(text, str):
        raise LineError(f"text must be a string, not {_kind(text)}", id_)
    try:
        known = parse_known(data.get("known"))
    except LineError as error:
        raise LineError(str(error), id_) from None
    return Request(text=text, known=known, id=id_)


def parse_known(known: Any) -> dict[str, Any] | None:
    """The record's identifiers, checked; a field that is null is taken as absent.

    An unknown field is an error rather than ignored: a misspelt ``name`` would otherwise leave the
    patient's name in the text.
    """
    if known is None:
        return None
    if not isinstance(known, dict):
        raise LineError(f"known must be an object, not {_kind(known)}")
    unknown = sorted(key for key in known if key not in KNOWN_FIELDS)
    if unknown:
        shown = ", ".join(repr(key[:40]) for key in unknown[:3])
        raise LineError(
            f"known has an unknown field {shown}; expected any of {', '.join(KNOWN_FIELDS)}"
        )
    checked: dict[str, Any] = {}
    names = known.get("names")
    if names is not None:
        if not isinstance(names, list):
            raise LineError(f"known.names must be a list of strings, not {_kind(names)}")
        for index, name in enumerate(names):
            if not isinstance(name, str):
                raise LineError(f"known.names[{index}] must be a string, not {_kind(name)}")
        checked["names"] = [name for name in names if name.strip()]
    nhs_number = known.get("nhs_number")
    if nhs_number is not None:
        value = _string_or_whole_number("known.nhs_number", nhs_number)
        if not re.fullmatch(r"[0-9]{10}", re.sub(r"[\s-]", "", value)):
            raise LineError("known.nhs_number must be 10 digits (spaces or hyphens allowed)")
        checked["nhs_number"] = value
    hospital_number = known.get("hospital_number")
    if hospital_number is not None:
        value = _string_or_whole_number("known.hospital_number", hospital_number)
        if not value.strip():
            raise LineError("known.hospital_number is empty")
        checked["hospital_number"] = value
    born = known.get("date_of_birth")
    if born is not None:
        if not isinstance(born, str) or not _DATE.fullmatch(born) or not _is_date(born):
            raise LineError("known.date_of_birth must be a date written YYYY-MM-DD")
        checked["date_of_birth"] = born
    address = known.get("address")
    if address is not None:
        # A list of address lines is accepted too: many exports keep them apart.
        if isinstance(address, list) and all(isinstance(line, str) for line in address):
            address = "\n".join(address)
        if not isinstance(address, str):
            raise LineError(
                f"known.address must be a string or a list of strings, not {_kind(address)}"
            )
        checked["address"] = address
    return checked or None


def _string_or_whole_number(field: str, value: Any) -> str:
    # Exports often hold NHS and hospital numbers as JSON numbers.
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return str(value)
    if isinstance(value, str):
        return value
    raise LineError(f"{field} must be a string, not {_kind(value)}")


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def answer(raw: bytes | str, number: int, terms: Terms | None = None) -> dict[str, Any]:
    """The output object for input line ``number`` (counted from 1). Never raises for bad input."""
    try:
        request = parse_line(raw, first=number == 1)
    except LineError as error:
        return _with_id(error.id, {"error": f"line {number}: {error}"})
    try:
        result = deidentify(request.text, request.known, terms=terms)
    except Exception as error:  # noqa: BLE001 (one line's failure must not stop the rest)
        # The exception's message could quote the text, so only its type is reported.
        return _with_id(
            request.id, {"error": f"line {number}: could not de-identify ({type(error).__name__})"}
        )
    spans = [{"start": s.start, "end": s.end, "label": s.label} for s in result.spans]
    return _with_id(request.id, {"text": result.text, "spans": spans})


def _with_id(id_: Any, fields: dict[str, Any]) -> dict[str, Any]:
    return fields if id_ is _NO_ID else {"id": id_, **fields}


def encode(output: dict[str, Any]) -> bytes:
    """One JSON Lines line in UTF-8."""
    try:
        return (json.dumps(output, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate ("\ud800" in the input) cannot be UTF-8; escaped, it survives the trip.
        return (json.dumps(output) + "\n").encode("ascii")


def process_line(number: int, raw: bytes | str, terms: Terms | None = None) -> Outcome:
    output = answer(raw, number, terms)
    return Outcome(encode(output), output.get("error"))


def deidentify_lines(
    lines: Iterable[bytes | str],
    *,
    terms: Terms | None = None,
    workers: int = 1,
    chunk_size: int = CHUNK_SIZE,
    mp_context: Any = None,
) -> Iterator[Outcome]:
    """One outcome per input line, in input order, whatever the number of workers.

    With more than one worker, chunks of lines go to a process pool and a bounded number are in
    flight, so a large file (or an endless standard input) is never held in memory. A process pool
    executor rather than ``multiprocessing.Pool``: if a worker is killed (out of memory), the run
    fails with BrokenProcessPool instead of waiting for ever.
    """
    if workers < 1:
        raise ValueError("workers must be 1 or more")
    numbered = enumerate(lines, start=1)
    if workers == 1:
        for number, raw in numbered:
            yield process_line(number, raw, terms)
        return
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=mp_context, initializer=_start_worker, initargs=(terms,)
    ) as pool:
        pending: deque = deque()
        try:
            while chunk := list(islice(numbered, chunk_size)):
                pending.append(pool.submit(_work, chunk))
                while pending and (
                    len(pending) >= workers * CHUNKS_AHEAD_PER_WORKER or pending[0].done()
                ):
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


_worker_terms: Terms | None = None


def _start_worker(terms: Terms | None) -> None:
    global _worker_terms  # noqa: PLW0603 (set once per worker process, read by every chunk)
    _worker_terms = terms


def _work(chunk: list[tuple[int, bytes | str]]) -> list[Outcome]:
    return [process_line(number, raw, _worker_terms) for number, raw in chunk]


# ---------------------------------------------------------------------------------------------
# The organisation's terms
# ---------------------------------------------------------------------------------------------


class TermsFileError(ValueError):
    pass


def load_terms(path: str | Path) -> Terms:
    """Terms from a JSON file ``{"redact": {"term": "LABEL"}, "keep": ["term"]}`` (both optional)."""
    try:
        content = Path(path).read_bytes()
    except OSError as error:
        raise TermsFileError(f"cannot read the terms file {path}: {error.strerror}") from None
    try:
        data = json.loads(content.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise TermsFileError(f"the terms file {path} is not valid UTF-8") from None
    except json.JSONDecodeError as error:
        raise TermsFileError(
            f"the terms file {path} is not valid JSON: {error.msg} "
            f"at line {error.lineno} column {error.colno}"
        ) from None
    try:
        return terms_from_json(data)
    except TermsFileError as error:
        raise TermsFileError(f"the terms file {path}: {error}") from None


def terms_from_json(data: Any) -> Terms:
    if not isinstance(data, dict):
        raise TermsFileError(
            f'expected an object {{"redact": ..., "keep": ...}}, got {_kind(data)}'
        )
    unknown = sorted(set(data) - {"redact", "keep"})
    if unknown:
        raise TermsFileError(f"unknown field {unknown[0]!r}; expected redact and keep")
    redact = data.get("redact") or {}
    keep = data.get("keep") or []
    if not isinstance(redact, dict):
        raise TermsFileError(f'"redact" must be an object {{"term": "LABEL"}}, not {_kind(redact)}')
    for term, label in redact.items():
        if not isinstance(label, str):
            raise TermsFileError(f'"redact" term {term!r} must have a label string')
        if label not in LABELS:
            raise TermsFileError(
                f'"redact" term {term!r} has unknown label {label!r}; '
                f"expected one of {', '.join(sorted(LABELS))}"
            )
    if not isinstance(keep, list) or not all(isinstance(term, str) for term in keep):
        raise TermsFileError('"keep" must be a list of strings')
    return Terms.of(redact=redact, keep=keep)


# ---------------------------------------------------------------------------------------------
# Progress
# ---------------------------------------------------------------------------------------------


class Progress:
    """Lines done, lines a second and errors so far, now and then; and a summary at the end.

    On a terminal the line is redrawn in place; otherwise (a log file) one line every
    ``every_seconds``.
    """

    def __init__(
        self,
        write: Callable[[str], None],
        *,
        every_seconds: float = 5.0,
        redraw: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.write = write
        self.every_seconds = every_seconds
        self.redraw = redraw
        self.clock = clock
        self.lines = 0
        self.errors = 0
        self.started = clock()
        self._last = self.started
        self._drawn = False

    def count(self, outcome: Outcome) -> None:
        self.lines += 1
        if outcome.error is not None:
            self.errors += 1
        # Checking the clock every line is cheap next to de-identifying it.
        now = self.clock()
        if now - self._last >= (0.5 if self.redraw else self.every_seconds):
            self._last = now
            self._show(now)

    def _show(self, now: float) -> None:
        text = f"{self.summary(now)} so far"
        if self.redraw:
            self.write(f"\r{text:<70}")
            self._drawn = True
        else:
            self.write(text + "\n")

    def summary(self, now: float | None = None) -> str:
        elapsed = (self.clock() if now is None else now) - self.started
        rate = f", {self.lines / elapsed:,.0f} lines/s" if elapsed > 0 else ""
        lines = f"{self.lines:,} line{'' if self.lines == 1 else 's'}"
        errors = f"{self.errors:,} error{'' if self.errors == 1 else 's'}"
        return f"{lines}, {errors}{rate}"

    def finish(self) -> None:
        if self._drawn:
            self.write("\r" + " " * 70 + "\r")
        self.write(self.summary() + "\n")
