"""`learnloop import-pfd`: coroners' Prevention of Future Deaths reports as public learning,
from a small synthetic file the test writes, and from the development file when it is there."""

import csv
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from learnloop.core.models import AuditLog
from learnloop.organisations.models import Organisation
from learnloop.organisations.tests.factories import OrganisationFactory
from learnloop.sharing import pfd, search
from learnloop.sharing.models import Learning, SharingLevel

DEV_FILE = (
    Path(__file__).resolve().parents[3].parent / "shared" / "data" / "pfd" / "pfd_reports_dev.csv"
)
COLUMNS = [
    "id", "url", "date", "coroner", "area", "receiver", "category", "deceased_name",
    "investigation", "circumstances", "concerns",
]  # fmt: skip
# Invented words; nobody in them is real.
ROWS = [
    {
        "id": "T-1",
        "url": "https://example.org/pfd/one",
        "date": "2025-03-04",
        "coroner": "A. Coroner",
        "area": "Northshire",
        "receiver": "Riverside Hospitals NHS Foundation Trust; Minister for Lighthouses",
        "category": "Hospital Death (Clinical Procedures and medical management) | Falls",
        "deceased_name": "Invented Person",
        "investigation": "An inquest was opened.",
        "circumstances": "A patient waited on a trolley overnight without observations.",
        "concerns": "Observations were not repeated while patients waited in the corridor.",
    },
    {
        "id": "T-2",
        "url": "https://example.org/pfd/two",
        "date": "2025-05-06",
        "coroner": "B. Coroner",
        "area": "Southshire",
        "receiver": "Department of Maps",
        "category": "",
        "deceased_name": "Another Invented",
        "investigation": "",
        "circumstances": "",
        "concerns": "The ferry timetable was not shared with the ambulance service.",
    },
    {  # bad: no url and a date that is not a date
        "id": "T-3",
        "url": "",
        "date": "yesterday",
        "area": "Northshire",
        "concerns": "Something",
    },
    {  # bad: neither concerns nor circumstances
        "id": "T-4",
        "url": "https://example.org/pfd/four",
        "date": "2025-07-08",
        "area": "Northshire",
    },
    {
        "id": "T-5",
        "url": "https://example.org/pfd/five",
        "date": "2025-09-10",
        "area": "Northshire",
        "receiver": "riverside hospitals foundation trust (nhs)",
        "category": "Falls",
        "circumstances": "A fall on the stairs of a riverside ward at night.",
        "concerns": "Handrails were missing on one side of the stairs.",
    },
]


def write_csv(path: Path, rows) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({column: row.get(column, "") for column in COLUMNS})
    return path


def run(path) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_pfd", str(path), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def riverside(db):
    return OrganisationFactory(name="Riverside Hospitals NHS Foundation Trust")


@pytest.fixture
def fixture_file(tmp_path):
    return write_csv(tmp_path / "pfd.csv", ROWS)


def test_good_rows_become_public_published_learning(riverside, fixture_file):
    out, err = run(fixture_file)

    assert "5 rows: 3 created, 0 unchanged (already imported), 2 bad" in out
    assert "importing: 5 rows read" in err
    records = Learning.objects.filter(source_kind=Learning.SourceKind.PFD).order_by("source_url")
    assert [r.source_url for r in records] == [
        "https://example.org/pfd/five",
        "https://example.org/pfd/one",
        "https://example.org/pfd/two",
    ]
    one = records.get(source_url="https://example.org/pfd/one")
    assert one.status == Learning.Status.PUBLISHED
    assert one.sharing_level == SharingLevel.PUBLIC
    assert one.title == "Prevention of Future Deaths report: Northshire, 4 March 2025"
    assert "Invented" not in one.title
    assert one.what_happened == ROWS[0]["circumstances"]
    assert one.what_we_found == ROWS[0]["concerns"]
    assert [t.name for t in one.themes.order_by("name")] == [
        "Falls",
        "Hospital Death (Clinical Procedures and medical management)",
    ]
    # The theme filter's column holds the same themes (ADR 0021).
    assert one.indexed_theme_slugs == (
        "\nhospital-death-clinical-procedures-and-medical-management\nfalls\n"
    )
    assert one.organisation.name == "Coroner for Northshire"
    assert one.organisation.kind == Organisation.Kind.PUBLIC_BODY
    # One publisher per coroner area, reused.
    five = records.get(source_url="https://example.org/pfd/five")
    assert five.organisation_id == one.organisation_id
    audit = AuditLog.objects.get(object_id=str(one.pk))
    assert (
        audit.summary == f"Imported Prevention of Future Deaths report as public learning {one.pk}"
    )
    assert "Northshire" not in audit.summary and "trolley" not in str(audit.changes)


def test_addressees_are_linked_when_their_name_matches_and_kept_as_text_otherwise(
    riverside, fixture_file
):
    run(fixture_file)

    one = Learning.objects.get(source_url="https://example.org/pfd/one")
    assert [(a.name, a.organisation) for a in one.addressees.all()] == [
        ("Riverside Hospitals NHS Foundation Trust", riverside),
        ("Minister for Lighthouses", None),
    ]
    five = Learning.objects.get(source_url="https://example.org/pfd/five")
    assert [a.organisation for a in five.addressees.all()] == [riverside]


def test_a_missing_column_value_keeps_the_other_field(riverside, fixture_file):
    run(fixture_file)

    two = Learning.objects.get(source_url="https://example.org/pfd/two")
    assert two.what_we_found == ROWS[1]["concerns"]
    assert two.what_happened == "Not given in the report."
    assert not two.themes.exists()
    assert two.indexed_theme_slugs == ""


def test_bad_rows_are_reported_with_their_row_numbers(riverside, fixture_file):
    out, _ = run(fixture_file)

    assert "Row 3: no url; date 'yesterday' is not YYYY-MM-DD" in out
    assert "Row 4: no concerns and no circumstances" in out
    assert "Row 1:" not in out


def test_a_report_dated_after_today_is_a_bad_row(riverside, tmp_path):
    # Publication is stamped from the report's date: a date from the future would be a record
    # published later than anything the server has stamped.
    from django.utils import timezone

    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    rows = [{**ROWS[0], "date": tomorrow}, ROWS[4]]
    out, _ = run(write_csv(tmp_path / "future.csv", rows))

    assert f"Row 1: date {tomorrow} is after today" in out
    assert not Learning.objects.filter(source_url=ROWS[0]["url"]).exists()
    assert Learning.objects.filter(source_url=ROWS[4]["url"]).exists()


def test_a_second_run_changes_nothing_and_says_so(riverside, fixture_file):
    run(fixture_file)
    before = (Learning.objects.count(), Organisation.objects.count(), AuditLog.objects.count())

    out, _ = run(fixture_file)

    assert "0 created, 3 unchanged (already imported), 2 bad" in out
    after = (Learning.objects.count(), Organisation.objects.count(), AuditLog.objects.count())
    assert after == before


def test_imported_records_are_found_by_anonymous_public_search(riverside, fixture_file):
    run(fixture_file)

    results = search.search(organisation=None, query="ferry timetable")
    assert [hit.learning.source_url for hit in results.hits] == ["https://example.org/pfd/two"]
    falls = search.search(organisation=None, query="falls")
    assert {hit.learning.source_url for hit in falls.hits} >= {
        "https://example.org/pfd/one",
        "https://example.org/pfd/five",
    }


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("The Riverside Hospitals NHS Foundation Trust", True),
        ("Riverside Hospitals NHS FT.", True),  # FT: foundation trust
        ("Riverside Hospitals and Partners NHS Trust", False),  # another body
        ("Riverside Hospital NHS Foundation Trust", True),  # close enough
        ("Lakeside Hospitals NHS Foundation Trust", False),
        ("Diverside Hospitals NHS Foundation Trust", False),  # another place, one letter off
        ("1. Riverside Hospitals NHS Foundation Trust", True),  # list numbering
    ],
)
def test_matching_normalises_names(riverside, name, expected):
    matcher = pfd.OrganisationMatcher([riverside])
    assert (matcher.match(name) == riverside) is expected


@pytest.mark.skipif(not DEV_FILE.is_file(), reason=f"The development file is absent: {DEV_FILE}")
def test_the_development_file_imports_every_good_row(db):
    with DEV_FILE.open(encoding="utf-8", newline="") as lines:
        good = sum(1 for item in pfd.read_rows(lines) if isinstance(item, pfd.PfdRow))
    urls = set()
    with DEV_FILE.open(encoding="utf-8", newline="") as lines:
        urls = {item.url for item in pfd.read_rows(lines) if isinstance(item, pfd.PfdRow)}

    out, _ = run(DEV_FILE)

    # A URL seen twice in the file is imported once.
    assert Learning.objects.filter(source_kind=Learning.SourceKind.PFD).count() == len(urls)
    assert f"{len(urls):,} created" in out
    assert good >= len(urls)
