"""Bulk import of reports exported by another system: reading CSV or JSON Lines a row at a time,
mapping the other system's columns to ours, and checking each row by the same rules as the web
form. The writes are `services.reports_import_batch`; this module never holds the whole file.

Rules a row must meet (the web form's): `what_happened` given; `occurred_at` (and `reported_at`,
`date_of_birth` when given) a date not in the future; harm and event type one of ours; LFPSE-coded
fields in the shipped LFPSE code lists; an NHS number with a good check digit.

Harm and event type may be given as our values (`moderate`, `good_care`), our labels
(`Moderate physical harm`, `Good care`), or, for harm, LFPSE's codes (`3`) or displays. LFPSE-coded
fields take the LFPSE code (`4`) or its display (`Hospital`). Only incidents are imported: a death
needs what the mortality team records, so it is recorded with the death form.

See docs/adr/0010-bulk-import.md for why the import is idempotent, two-pass and audited per batch.
"""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

from django.utils import timezone

from learnloop.reports import lfpse, nhs_number
from learnloop.reports.models import Report

SOURCE_REFERENCE = "source_reference"
PATIENT_TARGETS = {
    "patient_name": "name",
    "nhs_number": "nhs_number",
    "date_of_birth": "date_of_birth",
    "hospital_number": "hospital_number",
}
REPORT_TARGETS = {
    "kind",
    "event_type",
    "occurred_at",
    "department",
    "location_code",
    "specialty_code",
    "service_type_code",
    "what_happened",
    "immediate_action",
    "people_involved",
    "physical_harm",
    "psychological_harm",
    "never_event_code",
    "reported_at",
}
TARGETS = REPORT_TARGETS | set(PATIENT_TARGETS) | {SOURCE_REFERENCE}
REQUIRED = ("source_reference", "event_type", "occurred_at", "what_happened", "physical_harm")

CODED = {
    "location_code": lfpse.INCIDENT_LOCATION,
    "specialty_code": lfpse.SPECIALTY,
    "service_type_code": lfpse.SERVICE_TYPE,
    "never_event_code": lfpse.NEVER_EVENT_TYPE,
}
MAX_LENGTHS = {"source_reference": 100, "patient_name": 200, "hospital_number": 30}

# LFPSE harm codes, by our value: level-of-physical-harm-5 counts down from 5 (none) to 1 (fatal).
PHYSICAL_HARM_LFPSE = {"none": "5", "low": "4", "moderate": "3", "severe": "2", "fatal": "1"}
PSYCHOLOGICAL_HARM_LFPSE = {"none": "4", "low": "3", "moderate": "2", "severe": "1"}

MODES = ("all-or-nothing", "skip-bad-rows")
BATCH_SIZE = 1000


class MappingError(ValueError):
    """The column mapping itself is wrong: nothing can be imported with it."""


class ImportAborted(RuntimeError):
    """A row became bad between the checking pass and the writing pass (the file changed)."""


def _key(value: str) -> str:
    return " ".join(value.replace("_", " ").replace("-", " ").lower().split())


def _choices(
    values: Iterable[tuple[str, str]], lfpse_system: str | None, lfpse_codes: dict[str, str]
) -> dict:
    """Every spelling we accept for a choice, normalised, to our value."""
    accepted = {}
    for value, label in values:
        accepted[_key(value)] = value
        accepted[_key(label)] = value
    if lfpse_system:
        code_to_ours = {code: ours for ours, code in lfpse_codes.items()}
        for code, display in lfpse.codes(lfpse_system):
            accepted[_key(code)] = code_to_ours[code]
            accepted[_key(display)] = code_to_ours[code]
    return accepted


_PHYSICAL = _choices(Report.PhysicalHarm.choices, lfpse.PHYSICAL_HARM, PHYSICAL_HARM_LFPSE)
_PSYCHOLOGICAL = _choices(
    Report.PsychologicalHarm.choices, lfpse.PSYCHOLOGICAL_HARM, PSYCHOLOGICAL_HARM_LFPSE
)
# lfpse.is_valid reads its list afresh each call; a 100,000-row import asks the same few hundred.
_is_valid_code = cache(lfpse.is_valid)
_EVENT_TYPES = _choices(Report.EventType.choices, None, {})
_CODED = {
    name: {**{_key(d): c for c, d in lfpse.codes(s)}, **{_key(c): c for c, _ in lfpse.codes(s)}}
    for name, s in CODED.items()
}


@dataclass(frozen=True)
class SourceRow:
    number: int  # the data row, counting from 1
    line: int  # where the row starts in the file
    values: dict[str, str] | None  # None when the line could not be read as a row
    problem: str = ""

    @property
    def where(self) -> str:
        return f"row {self.number} (line {self.line})"


@dataclass(frozen=True)
class ImportRow:
    """A row that passed every check: our fields, ready to store."""

    number: int
    line: int
    source_reference: str
    report: dict
    patient: dict


@dataclass(frozen=True)
class RowProblem:
    number: int
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        prefix = f"row {self.number} (line {self.line})"
        return (
            f"{prefix}: {self.field}: {self.message}" if self.field else f"{prefix}: {self.message}"
        )


# Reading


def detect_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        return "jsonl"
    if suffix in {".csv", ".txt"}:
        return "csv"
    raise MappingError(
        f"Cannot tell the format of {path.name}: name it .csv or .jsonl, or give --format"
    )


def read_csv(path: Path) -> Iterator[SourceRow]:
    """One row at a time. `line` is where the record starts, which differs from the row number
    by the header line and by any quoted field that runs over several lines."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        previous_end = 1  # the header
        for number, values in enumerate(reader, start=1):
            start, previous_end = previous_end + 1, reader.line_num
            if None in values:
                yield SourceRow(
                    number, start, None, "the row has more values than the header has columns"
                )
                continue
            yield SourceRow(number, start, {k: v or "" for k, v in values.items()})


def read_jsonl(path: Path) -> Iterator[SourceRow]:
    with path.open(encoding="utf-8-sig") as handle:
        number = 0
        for line, text in enumerate(handle, start=1):
            if not text.strip():
                continue
            number += 1
            try:
                values = json.loads(text)
            except json.JSONDecodeError as error:
                yield SourceRow(number, line, None, f"the line is not valid JSON ({error.msg})")
                continue
            if not isinstance(values, dict):
                yield SourceRow(number, line, None, "the line is not a JSON object")
                continue
            yield SourceRow(
                number, line, {str(k): "" if v is None else str(v) for k, v in values.items()}
            )


def reader_for(path: Path, file_format: str | None = None) -> Callable[[], Iterator[SourceRow]]:
    """A function that opens the file afresh each time: the all-or-nothing import reads it twice."""
    chosen = file_format or detect_format(path)
    read = read_csv if chosen == "csv" else read_jsonl
    return lambda: read(path)


def csv_header(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return next(csv.reader(handle), [])


# Mapping


@dataclass(frozen=True)
class ColumnMapping:
    """Their column -> our field. A column already named as one of our fields maps to it."""

    columns: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, *, mapping_file: dict | None = None, pairs: Iterable[str] = ()) -> ColumnMapping:
        columns: dict[str, str] = {}
        if mapping_file is not None:
            if not isinstance(mapping_file, dict) or not all(
                isinstance(v, str) for v in mapping_file.values()
            ):
                raise MappingError(
                    'The mapping file must be a JSON object: {"their column": "our field"}'
                )
            columns.update(mapping_file)
        for pair in pairs:
            theirs, sep, ours = pair.partition("=")
            if not sep or not theirs.strip() or not ours.strip():
                raise MappingError(f"--map {pair!r}: write it as their_column=our_field")
            columns[theirs.strip()] = ours.strip()
        unknown = sorted({ours for ours in columns.values() if ours not in TARGETS})
        if unknown:
            raise MappingError(
                f"Unknown field(s) in the mapping: {', '.join(unknown)}. Our fields are: {', '.join(sorted(TARGETS))}"
            )
        targets = list(columns.values())
        twice = sorted({t for t in targets if targets.count(t) > 1})
        if twice:
            raise MappingError(f"More than one column maps to: {', '.join(twice)}")
        return cls(columns)

    def ours(self, values: dict[str, str]) -> dict[str, tuple[str, str]]:
        """Our field -> (their column, value)."""
        mapped: dict[str, tuple[str, str]] = {}
        for theirs, value in values.items():
            ours = self.columns.get(
                theirs,
                theirs if theirs in TARGETS and theirs not in self.columns.values() else None,
            )
            if ours:
                mapped[ours] = (theirs, value.strip())
        return mapped

    def missing_required(self, header: Iterable[str]) -> list[str]:
        """Required fields no column of a CSV header maps to."""
        present = set(self.ours({column: "" for column in header}))
        return [name for name in REQUIRED if name not in present]


# Checking


def parse_datetime(value: str) -> datetime | None:
    """ISO 8601 (date, or date and time), or a UK date dd/mm/yyyy [hh:mm]."""
    text = value.strip()
    parsed = None
    if "/" in text:
        for pattern in ("%d/%m/%Y %H:%M", "%d/%m/%Y"):
            try:
                parsed = datetime.strptime(text, pattern)
                break
            except ValueError:
                continue
    else:
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            pass
    if parsed is None:
        return None
    aware = timezone.make_aware(parsed) if timezone.is_naive(parsed) else parsed
    # In UTC: an hour that happens twice when the clocks go back never compares equal to the
    # stored value across time zones (PEP 495), which would make a re-import look changed.
    return aware.astimezone(UTC)


def parse_date(value: str) -> date | None:
    """ISO 8601 (1950-03-27) or a UK date (27/03/1950); a date, so no time zone."""
    text = value.strip()
    try:
        return datetime.strptime(text, "%d/%m/%Y").date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def check_row(
    values: dict[str, str],
    mapping: ColumnMapping,
    *,
    departments: dict[str, int],
    now: datetime | None = None,
    require_reference: bool = True,
) -> tuple[ImportRow | None, list[tuple[str, str]]]:
    """(the row ready to store, []) or (None, [(field, message), ...]) for every problem.
    The API checks its reports with this too (`require_reference=False`), so both keep one set of rules."""
    now = now or timezone.now()
    given = mapping.ours(values)
    problems: list[tuple[str, str]] = []
    report: dict = {}
    patient: dict = {}

    def value(name: str) -> str:
        return given.get(name, ("", ""))[1]

    def problem(name: str, message: str) -> None:
        problems.append((name, message))

    for name in REQUIRED:
        if not value(name) and (require_reference or name != SOURCE_REFERENCE):
            problem(
                name,
                {
                    "source_reference": "Give the source system's reference for the report",
                    "event_type": "Select the type of event",
                    "occurred_at": "Enter when it happened",
                    "what_happened": "Describe what happened",
                    "physical_harm": "Select the level of physical harm",
                }[name],
            )
    for name, limit in MAX_LENGTHS.items():
        if len(value(name)) > limit:
            problem(name, f"Must be {limit} characters or fewer")

    if value("kind") and _key(value("kind")) != "incident":
        problem("kind", "Only incidents can be imported; record deaths with the death form")
    if value("event_type"):
        found = _EVENT_TYPES.get(_key(value("event_type")))
        if found:
            report["event_type"] = found
        else:
            problem("event_type", "Select the type of event: incident, outcome, risk or good care")
    if value("physical_harm"):
        found = _PHYSICAL.get(_key(value("physical_harm")))
        if found:
            report["physical_harm"] = found
        else:
            problem(
                "physical_harm",
                "Select the level of physical harm: none, low, moderate, severe or fatal",
            )
    if value("psychological_harm"):
        found = _PSYCHOLOGICAL.get(_key(value("psychological_harm")))
        if found:
            report["psychological_harm"] = found
        else:
            problem(
                "psychological_harm",
                "Select the level of psychological harm: none, low, moderate or severe",
            )

    for name in ("occurred_at", "reported_at"):
        if value(name):
            when = parse_datetime(value(name))
            if when is None:
                problem(
                    name, "Enter a real date, like 2025-03-27 or 27/03/2025, with the time if known"
                )
            elif when > now:
                problem(name, "The date must be today or in the past")
            else:
                report[name] = when
    if (
        report.get("reported_at")
        and report.get("occurred_at")
        and report["reported_at"] < report["occurred_at"]
    ):
        problem("reported_at", "The report cannot be made before the event happened")

    for name in ("what_happened", "immediate_action", "people_involved"):
        if value(name):
            report[name] = value(name)
    for name in CODED:
        if value(name):
            code = _CODED[name].get(_key(value(name)))
            if code and _is_valid_code(CODED[name], code):
                report[name] = code
            else:
                problem(name, f"'{value(name)}' is not in the LFPSE {CODED[name]} list")
    if value("department"):
        department_id = departments.get(_key(value("department")))
        if department_id is None:
            problem(
                "department", f"No department called '{value('department')}' in this organisation"
            )
        else:
            report["department_id"] = department_id

    if value("nhs_number"):
        message = nhs_number.problem_with(value("nhs_number"))
        if message:
            problem("nhs_number", message)
        else:
            patient["nhs_number"] = nhs_number.normalise(value("nhs_number"))
    if value("date_of_birth"):
        born = parse_date(value("date_of_birth"))
        if born is None:
            problem("date_of_birth", "Enter a real date of birth, like 1950-03-27 or 27/03/1950")
        elif born > timezone.localtime(now).date():
            problem("date_of_birth", "Date of birth must be today or in the past")
        else:
            patient["date_of_birth"] = born
    for ours in ("patient_name", "hospital_number"):
        if value(ours):
            patient[PATIENT_TARGETS[ours]] = value(ours)

    if problems:
        return None, problems
    return ImportRow(0, 0, value(SOURCE_REFERENCE), report, patient), []


# Importing


@dataclass
class ImportResult:
    rows: int = 0
    created: int = 0
    unchanged: int = 0
    conflicts: int = 0
    bad: int = 0
    stored: bool = False  # False when all-or-nothing refused the file

    def add(self, other) -> None:
        self.created += other.created
        self.unchanged += other.unchanged
        self.conflicts += other.conflicts


@dataclass
class Progress:
    phase: str  # "checking" or "importing"
    rows: int
    started: float
    finished: bool = False  # the phase's last report

    @property
    def rows_per_second(self) -> float:
        elapsed = time.perf_counter() - self.started
        return self.rows / elapsed if elapsed > 0 else 0.0


def _checked(
    source: Iterable[SourceRow],
    mapping,
    departments,
    on_problem,
    on_progress,
    phase: str,
    result: ImportResult | None,
) -> Iterator[ImportRow]:
    started = time.perf_counter()
    count = 0
    for row in source:
        count += 1
        if row.values is None:
            checked, problems = None, [("", row.problem)]
        else:
            checked, problems = check_row(row.values, mapping, departments=departments)
        if problems:
            if result is not None:
                result.bad += 1
            for name, message in problems:
                on_problem(RowProblem(row.number, row.line, name, message))
        else:
            yield ImportRow(
                row.number, row.line, checked.source_reference, checked.report, checked.patient
            )
        if count % BATCH_SIZE == 0:
            on_progress(Progress(phase, count, started))
    on_progress(Progress(phase, count, started, finished=True))
    if result is not None:
        result.rows = count


def _batches(rows: Iterable[ImportRow], size: int) -> Iterator[list[ImportRow]]:
    batch: list[ImportRow] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def import_reports(
    *,
    read: Callable[[], Iterable[SourceRow]],
    organisation,
    source_system: str,
    mapping: ColumnMapping,
    mode: str = "all-or-nothing",
    file_name: str = "",
    batch_size: int = BATCH_SIZE,
    on_problem: Callable[[RowProblem], None] = lambda problem: None,
    on_progress: Callable[[Progress], None] = lambda progress: None,
) -> ImportResult:
    """Import every row `read()` yields, in batches. `read` is called once, or twice for
    all-or-nothing: a first pass checks every row and stores nothing if any is bad."""
    from learnloop.core.audit import Auditor
    from learnloop.reports import services

    if mode not in MODES:
        raise MappingError(f"Unknown mode {mode!r}: choose {' or '.join(MODES)}")
    if not source_system.strip():
        raise MappingError("Name the source system: its references are unique only within it")
    departments = {
        _key(name): pk for pk, name in organisation.departments.values_list("pk", "name")
    }
    result = ImportResult()

    if mode == "all-or-nothing":
        for _row in _checked(
            read(), mapping, departments, on_problem, on_progress, "checking", result
        ):
            pass
        if result.bad:
            return result

    def refuse_late(problem: RowProblem) -> None:
        raise ImportAborted(f"{problem} (the file changed while it was imported)")

    late = refuse_late if mode == "all-or-nothing" else on_problem
    counting = result if mode == "skip-bad-rows" else None
    by = Auditor.system(organisation)
    for batch in _batches(
        _checked(read(), mapping, departments, late, on_progress, "importing", counting), batch_size
    ):
        outcome = services.reports_import_batch(
            organisation=organisation,
            source_system=source_system.strip(),
            rows=batch,
            file_name=file_name,
            by=by,
        )
        result.add(outcome)
        for number, line, reference in outcome.conflict_rows:
            on_problem(
                RowProblem(
                    number,
                    line,
                    SOURCE_REFERENCE,
                    f"{reference} was imported before with different content; it was not changed",
                )
            )
    result.stored = True
    return result
