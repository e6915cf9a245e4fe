"""Bulk import: reading CSV and JSON Lines, the column mapping, each bad row's reason, both modes,
idempotency, streaming, the audit entry per batch, and the command's output and exit status."""

import csv
import io
import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from learnloop.core.models import AuditLog
from learnloop.organisations.tests.factories import DepartmentFactory
from learnloop.reports import importing
from learnloop.reports.models import PatientDetails, Report

GOOD_NHS_NUMBER = "943 476 5919"


def row(reference="DX-1", **overrides):
    values = {
        "source_reference": reference,
        "event_type": "incident",
        "occurred_at": "2025-03-01T10:30",
        "what_happened": "A patient fell on the way back from the bathroom.",
        "physical_harm": "low",
    }
    values.update(overrides)
    return values


def write_csv(path, rows):
    columns = list(dict.fromkeys(key for values in rows for key in values))
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(values) + "\n" for values in rows), encoding="utf-8")
    return path


def run_import(path, organisation, mode="all-or-nothing", mapping=None, batch_size=1000):
    problems = []
    result = importing.import_reports(
        read=importing.reader_for(path),
        organisation=organisation,
        source_system="Datix",
        mapping=mapping or importing.ColumnMapping.build(),
        mode=mode,
        file_name=path.name,
        batch_size=batch_size,
        on_problem=problems.append,
    )
    return result, [str(problem) for problem in problems]


# Reading and mapping


@pytest.mark.django_db
def test_a_csv_file_imports_as_awaiting_triage_incidents(tmp_path, trust):
    path = write_csv(
        tmp_path / "export.csv",
        [row("DX-1", reported_at="2025-03-02T09:00"), row("DX-2", physical_harm="moderate")],
    )

    result, problems = run_import(path, trust)

    assert problems == []
    assert (result.created, result.unchanged, result.bad) == (2, 0, 0)
    imported = trust.reports.order_by("source_reference")
    assert [r.source_reference for r in imported] == ["DX-1", "DX-2"]
    assert {r.status for r in imported} == {Report.Status.AWAITING_TRIAGE}
    assert imported[1].physical_harm == "moderate"
    assert imported[0].source_system == "Datix"
    assert (
        timezone.localtime(imported[0].reported_at).strftime("%Y-%m-%d %H:%M") == "2025-03-02 09:00"
    )
    assert imported[1].reported_at > timezone.now() - timedelta(
        minutes=5
    )  # not given: when imported


@pytest.mark.django_db
def test_a_json_lines_file_imports_and_blank_lines_are_ignored(tmp_path, trust):
    path = tmp_path / "export.jsonl"
    path.write_text(
        json.dumps(row("J-1")) + "\n\n" + json.dumps(row("J-2", physical_harm=None, **{})) + "\n"
    )

    result, problems = run_import(path, trust, mode="skip-bad-rows")

    assert result.created == 1
    assert problems == ["row 2 (line 3): physical_harm: Select the level of physical harm"]


@pytest.mark.django_db
def test_their_columns_are_mapped_from_a_file_and_from_options(tmp_path, trust):
    their_row = {
        "Ref": "W-9",
        "Type": "Good care",
        "When": "27/02/2025 14:00",
        "Description": "Kind words.",
        "Harm": "No physical harm",
        "Psych": "2",
        "NHS No": GOOD_NHS_NUMBER,
        "Patient": "Ann Example",
    }
    path = write_csv(tmp_path / "theirs.csv", [their_row])
    mapping = importing.ColumnMapping.build(
        mapping_file={
            "Ref": "source_reference",
            "Type": "event_type",
            "When": "occurred_at",
            "Harm": "physical_harm",
            "NHS No": "nhs_number",
            "Patient": "patient_name",
        },
        pairs=["Description=what_happened", "Psych=psychological_harm"],
    )

    result, problems = run_import(path, trust, mapping=mapping)

    assert problems == [] and result.created == 1
    report = trust.reports.get()
    assert (report.event_type, report.physical_harm, report.psychological_harm) == (
        "good_care",
        "none",
        "moderate",
    )
    assert timezone.localtime(report.occurred_at).strftime("%d/%m/%Y %H:%M") == "27/02/2025 14:00"
    assert (report.patient.nhs_number, report.patient.name) == ("9434765919", "Ann Example")


def test_a_mapping_to_a_field_we_do_not_have_is_refused():
    with pytest.raises(importing.MappingError, match="Unknown field.*colour"):
        importing.ColumnMapping.build(pairs=["Colour=colour"])


def test_two_columns_mapped_to_one_field_are_refused():
    with pytest.raises(importing.MappingError, match="More than one column maps to: what_happened"):
        importing.ColumnMapping.build(pairs=["A=what_happened", "B=what_happened"])


def test_a_csv_whose_header_lacks_a_required_field_is_named():
    mapping = importing.ColumnMapping.build(pairs=["Ref=source_reference"])

    assert mapping.missing_required(["Ref", "what_happened"]) == [
        "event_type",
        "occurred_at",
        "physical_harm",
    ]


@pytest.mark.django_db
def test_lfpse_codes_and_displays_are_accepted_and_departments_found_by_name(tmp_path, trust):
    DepartmentFactory(organisation=trust, name="Ward 10")
    path = write_csv(
        tmp_path / "coded.csv",
        [
            row(
                "C-1",
                physical_harm="3",
                location_code="Hospital",
                service_type_code="19",
                specialty_code="",
                never_event_code="Wrong site surgery",
                department="ward 10",
            )
        ],
    )

    result, problems = run_import(path, trust)

    assert problems == []
    report = trust.reports.get()
    assert (report.physical_harm, report.location_code, report.service_type_code) == (
        "moderate",
        "4",
        "19",
    )
    assert report.never_event_code == "1"
    assert report.department.name == "Ward 10"


# Bad rows


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        (
            {"nhs_number": "943 476 5918"},
            "nhs_number: Enter a valid NHS number: the check digit does not match",
        ),
        ({"nhs_number": "12345"}, "nhs_number: NHS number must be 10 digits"),
        ({"what_happened": "  "}, "what_happened: Describe what happened"),
        (
            {"source_reference": ""},
            "source_reference: Give the source system's reference for the report",
        ),
        (
            {"physical_harm": "catastrophic"},
            "physical_harm: Select the level of physical harm: none, low, moderate, severe or fatal",
        ),
        (
            {"psychological_harm": "fatal"},
            "psychological_harm: Select the level of psychological harm",
        ),
        ({"event_type": "accident"}, "event_type: Select the type of event"),
        ({"occurred_at": "31/02/2025"}, "occurred_at: Enter a real date"),
        (
            {"occurred_at": (timezone.now() + timedelta(days=2)).date().isoformat()},
            "occurred_at: The date must be today or in the past",
        ),
        (
            {"date_of_birth": "2999-01-01"},
            "date_of_birth: Date of birth must be today or in the past",
        ),
        ({"location_code": "99"}, "location_code: '99' is not in the LFPSE Incident Location list"),
        (
            {"specialty_code": "not-a-specialty"},
            "specialty_code: 'not-a-specialty' is not in the LFPSE",
        ),
        ({"department": "Nowhere ward"}, "department: No department called 'Nowhere ward'"),
        ({"kind": "death"}, "kind: Only incidents can be imported"),
    ],
)
def test_each_bad_row_is_reported_with_its_row_and_line_number_and_reason(
    tmp_path, trust, overrides, expected
):
    path = write_csv(tmp_path / "bad.csv", [row("OK-1"), row("OK-2"), row("BAD-3", **overrides)])

    result, problems = run_import(path, trust)

    assert result.bad == 1
    assert len(problems) == 1
    assert problems[0].startswith(f"row 3 (line 4): {expected}")


@pytest.mark.django_db
def test_every_problem_in_a_row_is_reported(tmp_path, trust):
    path = write_csv(tmp_path / "bad.csv", [row("B-1", what_happened="", nhs_number="1111111112")])

    result, problems = run_import(path, trust)

    assert problems == [
        "row 1 (line 2): what_happened: Describe what happened",
        "row 1 (line 2): nhs_number: Enter a valid NHS number: the check digit does not match",
    ]


@pytest.mark.django_db
def test_the_line_number_counts_quoted_text_running_over_several_lines(tmp_path, trust):
    path = write_csv(
        tmp_path / "multi.csv",
        [
            row("M-1", what_happened="First line\nsecond line\nthird"),
            row("M-2", physical_harm="awful"),
        ],
    )

    _, problems = run_import(path, trust)

    assert problems[0].startswith("row 2 (line 5): physical_harm")


@pytest.mark.django_db
def test_a_line_that_is_not_json_is_a_bad_row(tmp_path, trust):
    path = tmp_path / "broken.jsonl"
    path.write_text(json.dumps(row("J-1")) + "\n{not json\n[1, 2]\n")

    result, problems = run_import(path, trust, mode="skip-bad-rows")

    assert result.created == 1 and result.bad == 2
    assert problems[0].startswith("row 2 (line 2): the line is not valid JSON")
    assert problems[1] == "row 3 (line 3): the line is not a JSON object"


# Modes


@pytest.mark.django_db
def test_all_or_nothing_stores_nothing_when_a_row_is_bad_but_reports_every_bad_row(tmp_path, trust):
    rows = [row(f"A-{n}") for n in range(1, 6)]
    rows[1]["nhs_number"] = "943 476 5918"
    rows[4]["physical_harm"] = ""
    path = write_csv(tmp_path / "mixed.csv", rows)

    result, problems = run_import(path, trust, batch_size=2)

    assert not result.stored
    assert trust.reports.count() == 0
    assert [p.split(":")[0] for p in problems] == ["row 2 (line 3)", "row 5 (line 6)"]
    assert not AuditLog.objects.filter(summary__startswith="Imported reports").exists()


@pytest.mark.django_db
def test_skip_bad_rows_stores_the_good_rows(tmp_path, trust):
    rows = [row(f"S-{n}") for n in range(1, 6)]
    rows[2]["what_happened"] = ""
    path = write_csv(tmp_path / "mixed.csv", rows)

    result, problems = run_import(path, trust, mode="skip-bad-rows", batch_size=2)

    assert result.stored
    assert (result.rows, result.created, result.bad) == (5, 4, 1)
    assert sorted(trust.reports.values_list("source_reference", flat=True)) == [
        "S-1",
        "S-2",
        "S-4",
        "S-5",
    ]
    assert problems == ["row 3 (line 4): what_happened: Describe what happened"]


# Idempotency


@pytest.mark.django_db
def test_importing_the_same_file_twice_changes_nothing(tmp_path, trust):
    rows = [
        row(f"I-{n}", nhs_number=GOOD_NHS_NUMBER, date_of_birth="1950-01-31") for n in range(1, 8)
    ]
    path = write_csv(tmp_path / "same.csv", rows)
    run_import(path, trust, batch_size=3)
    before = list(trust.reports.order_by("pk").values_list("pk", "reference", "updated_at"))

    second, problems = run_import(path, trust, batch_size=3)

    assert (second.created, second.unchanged, second.conflicts) == (0, 7, 0)
    assert problems == []
    assert list(trust.reports.order_by("pk").values_list("pk", "reference", "updated_at")) == before
    assert PatientDetails.objects.filter(report__organisation=trust).count() == 7


@pytest.mark.django_db
def test_an_hour_that_happens_twice_when_the_clocks_go_back_reimports_unchanged(tmp_path, trust):
    # 01:13 on 26 October 2025 happened twice in the UK; the first is taken, and must compare equal.
    path = write_csv(
        tmp_path / "autumn.csv",
        [row("DST-1", occurred_at="2025-10-26T01:13", date_of_birth="1950-06-15")],
    )
    run_import(path, trust)

    second, problems = run_import(path, trust)

    assert (second.unchanged, problems) == (1, [])
    report = trust.reports.get()
    assert report.occurred_at.isoformat() == "2025-10-26T00:13:00+00:00"
    assert (
        str(report.patient.date_of_birth) == "1950-06-15"
    )  # a date, not shifted by British Summer Time


@pytest.mark.django_db
def test_a_changed_row_is_a_conflict_and_is_not_overwritten(tmp_path, trust):
    run_import(write_csv(tmp_path / "first.csv", [row("C-1", physical_harm="low")]), trust)

    result, problems = run_import(
        write_csv(tmp_path / "second.csv", [row("C-1", physical_harm="severe")]), trust
    )

    assert (result.created, result.conflicts) == (0, 1)
    assert problems == [
        "row 1 (line 2): source_reference: C-1 was imported before with different content; "
        "it was not changed"
    ]
    assert trust.reports.get().physical_harm == "low"


@pytest.mark.django_db
def test_the_same_reference_in_another_organisation_or_source_system_is_a_different_report(
    tmp_path, trust, other_trust
):
    path = write_csv(tmp_path / "one.csv", [row("X-1")])
    run_import(path, trust)

    result, _ = run_import(path, other_trust)

    assert result.created == 1
    assert Report.objects.filter(source_reference="X-1").count() == 2


@pytest.mark.django_db
def test_a_reference_repeated_in_one_file_is_stored_once(tmp_path, trust):
    path = write_csv(
        tmp_path / "twice.csv", [row("R-1"), row("R-1"), row("R-1", physical_harm="fatal")]
    )

    result, problems = run_import(path, trust)

    assert (result.created, result.unchanged, result.conflicts) == (1, 1, 1)
    assert problems[0].startswith("row 3 (line 4): source_reference: R-1 was imported before")


# Streaming, audit


@pytest.mark.django_db
def test_the_importer_writes_each_batch_before_reading_further(trust):
    pulled = []

    def rows():
        for number in range(1, 8):
            pulled.append(number)
            if number == 6:
                raise RuntimeError("the source stopped")
            yield importing.SourceRow(number, number + 1, row(f"L-{number}"))

    with pytest.raises(RuntimeError):
        importing.import_reports(
            read=rows,
            organisation=trust,
            source_system="Datix",
            mapping=importing.ColumnMapping.build(),
            mode="skip-bad-rows",
            batch_size=2,
        )

    # Two batches of two were stored while the source had given only five rows: nothing waits for the end.
    assert trust.reports.count() == 4
    assert pulled == [1, 2, 3, 4, 5, 6]


@pytest.mark.django_db
def test_one_audit_entry_per_batch_with_its_counts(tmp_path, trust):
    path = write_csv(tmp_path / "audited.csv", [row(f"U-{n}") for n in range(1, 6)])

    run_import(path, trust, batch_size=2)

    entries = AuditLog.objects.filter(summary__startswith="Imported reports").order_by("id")
    assert entries.count() == 3
    assert [entry.changes["created"] for entry in entries] == [2, 2, 1]
    assert entries[0].actor is None and entries[0].actor_label == "system"
    assert entries[0].organisation == trust
    assert entries[0].changes["file"] == "audited.csv"


# The command


@pytest.mark.django_db
def test_the_command_prints_bad_rows_and_a_summary(tmp_path, trust):
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Ref": "source_reference"}))
    rows = [dict(row(), Ref="D-1"), dict(row(), Ref="D-2", nhs_number="943 476 5918")]
    for values in rows:
        del values["source_reference"]
    path = write_csv(tmp_path / "export.csv", rows)
    out = io.StringIO()

    call_command(
        "import_reports",
        str(path),
        organisation=trust.ods_code,
        source_system="Datix",
        mapping=str(mapping),
        mode="skip-bad-rows",
        stdout=out,
        stderr=io.StringIO(),
    )

    assert out.getvalue().splitlines() == [
        "row 2 (line 3): nhs_number: Enter a valid NHS number: the check digit does not match",
        "2 rows: 1 created, 0 unchanged, 0 conflicts, 1 bad",
    ]


def import_command(path, organisation):
    """Runs the command as `learnloop import-reports` does (hyphens become underscores), capturing output."""
    out, err = io.StringIO(), io.StringIO()
    name = "import-reports".replace("-", "_")
    call_command(
        name,
        str(path),
        organisation=organisation.ods_code,
        source_system="Datix",
        stdout=out,
        stderr=err,
    )
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_the_command_exits_non_zero_when_all_or_nothing_refuses(tmp_path, trust):
    path = write_csv(tmp_path / "export.csv", [row("E-1"), row("E-2", what_happened="")])
    out = io.StringIO()

    with pytest.raises(CommandError, match="Nothing was imported: 1 bad rows") as refused:
        call_command(
            "import_reports",
            str(path),
            organisation=trust.ods_code,
            source_system="Datix",
            stdout=out,
            stderr=io.StringIO(),
        )

    # manage.py / learnloop exit with the CommandError's returncode.
    assert refused.value.returncode == 1
    assert "row 2 (line 3): what_happened: Describe what happened" in out.getvalue()
    assert trust.reports.count() == 0


@pytest.mark.django_db
def test_the_command_succeeds_twice_and_says_the_second_time_changed_nothing(tmp_path, trust):
    path = write_csv(tmp_path / "export.csv", [row("T-1"), row("T-2")])

    first, _ = import_command(path, trust)
    second, _ = import_command(path, trust)

    assert first == "2 rows: 2 created, 0 unchanged, 0 conflicts, 0 bad\n"
    assert second == "2 rows: 0 created, 2 unchanged, 0 conflicts, 0 bad\n"


@pytest.mark.django_db
def test_the_command_names_a_missing_required_column(tmp_path, trust):
    path = write_csv(tmp_path / "export.csv", [{"Ref": "Z-1"}])

    with pytest.raises(CommandError, match="No column maps to source_reference, event_type"):
        call_command(
            "import_reports", str(path), organisation=trust.ods_code, source_system="Datix"
        )


@pytest.mark.django_db
def test_the_command_refuses_an_unknown_organisation(tmp_path, db):
    path = write_csv(tmp_path / "export.csv", [row()])

    with pytest.raises(CommandError, match="No organisation with ODS code ZZZ"):
        call_command("import_reports", str(path), organisation="ZZZ", source_system="Datix")


@pytest.mark.django_db
def test_progress_lines_go_to_stderr_when_it_is_not_a_terminal(tmp_path, trust):
    path = write_csv(tmp_path / "export.csv", [row(f"P-{n}") for n in range(1, 4)])

    _, err = import_command(path, trust)

    assert "checking: 3 rows" in err and "importing: 3 rows" in err and "rows/s" in err


class Terminal(io.StringIO):
    def isatty(self):
        return True


@pytest.mark.django_db
def test_on_a_terminal_a_bar_is_redrawn_in_place(tmp_path, trust):
    path = write_csv(tmp_path / "export.csv", [row(f"B-{n}") for n in range(1, 4)])
    err = Terminal()

    call_command(
        "import_reports",
        str(path),
        organisation=trust.ods_code,
        source_system="Datix",
        stdout=io.StringIO(),
        stderr=err,
    )

    shown = err.getvalue()
    assert "\r  [" in shown and "importing: 3 rows" in shown
    assert "[" + "#" * 30 + "]" in shown  # the checking pass counted the rows, so the bar fills
    assert shown.endswith("\n")


@pytest.mark.django_db
def test_a_row_gone_bad_between_checking_and_writing_stops_the_import(trust):
    calls = []

    def rows():
        calls.append(1)
        harm = "low" if len(calls) == 1 else "dreadful"  # the file changed after it was checked
        yield importing.SourceRow(1, 2, row("G-1"))
        yield importing.SourceRow(2, 3, row("G-2", physical_harm=harm))

    with pytest.raises(importing.ImportAborted, match="row 2 \\(line 3\\): physical_harm"):
        importing.import_reports(
            read=rows,
            organisation=trust,
            source_system="Datix",
            mapping=importing.ColumnMapping.build(),
        )

    assert trust.reports.count() == 0  # the batch holding the bad row is not stored
