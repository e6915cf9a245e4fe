"""Real, public coroners' reports (Prevention of Future Deaths) as labelled data: the deceased is named
in the report, so with the record (the deceased's name) no full-name mention may remain.

The file is not part of the project; the test skips, saying so, where it is absent. Failures name
the report ids only, never their text.
"""

import csv
import importlib.util
from pathlib import Path

import pytest

from learnloop.sharing.deidentify import deidentify

REPO = Path(__file__).resolve().parents[3]
PFD = REPO.parent / "shared" / "data" / "pfd" / "pfd_reports_dev.csv"
BENCH = REPO / "bench" / "deidentify.py"


def load_bench():
    spec = importlib.util.spec_from_file_location("bench_deidentify", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def reports():
    if not PFD.is_file():
        pytest.skip(f"the public PFD reports are not here ({PFD}): nothing to check")
    with PFD.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_the_deceased_is_named_from_the_name_field_or_the_url():
    bench = load_bench()

    assert bench.deceased_names({"deceased_name": "Edwina Testcase Quarrell", "url": ""}) == [
        "Edwina Testcase Quarrell"
    ]
    assert bench.deceased_names(
        {
            "deceased_name": "",
            "url": "https://x/reports/oswin-testfield-prevention-of-future-deaths-report/",
        }
    ) == ["Oswin Testfield"]
    assert bench.deceased_names(
        {
            "deceased_name": "",
            "url": "https://x/reports/amy-lee-and-tom-hart-prevention-of-future-deaths-report-2",
        }
    ) == ["Amy Lee", "Tom Hart"]
    assert (
        bench.deceased_names({"deceased_name": "", "url": "https://x/reports/quarrell-2099-0042"})
        == []
    )


def test_with_the_record_no_full_name_of_the_deceased_remains(reports):
    bench = load_bench()
    checked = mentions = 0
    left = []
    for row in reports:
        names = bench.deceased_names(row)
        text = bench.pfd_text(row)
        if not names or not text.strip():
            continue
        patterns = [bench.name_patterns(name)["full name"] for name in names]
        before = sum(len(p.findall(text)) for p in patterns)
        if not before:
            continue
        checked += 1
        mentions += before
        redacted = deidentify(text, {"names": names}).text
        if any(p.search(redacted) for p in patterns):
            left.append(row["id"])

    assert checked > 500 and mentions > 1000
    assert not left, f"{len(left)} reports still name the deceased in full: {left[:20]}"
