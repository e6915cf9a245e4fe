"""The import benchmark runs end to end with a handful of rows (figures are printed, never asserted)."""

import csv
import random
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[3] / "bench" / "import_reports.py"


def load_bench():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_import_reports", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_rows_are_varied_and_texts_are_50_to_150_words(tmp_path):
    bench = load_bench()
    path = tmp_path / "reports.csv"

    bench.generate(path, 300)

    with path.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 300
    assert all(50 <= len(row["Description"].split()) <= 150 for row in rows)
    assert len({row["HarmLevel"] for row in rows}) >= 5
    assert {row["EventType"] for row in rows} == {"incident", "outcome", "risk", "Good care"}
    assert any(row["NHSNumber"] for row in rows) and not all(row["NHSNumber"] for row in rows)


def test_synthetic_nhs_numbers_pass_the_check_digit():
    from learnloop.reports import nhs_number

    bench = load_bench()
    rng = random.Random(1)

    assert all(nhs_number.is_valid(bench.synthetic_nhs_number(rng)) for _ in range(200))


def test_the_benchmark_imports_a_tiny_file_twice_on_sqlite():
    result = subprocess.run(
        [sys.executable, str(BENCH), "--rows", "25", "--engine", "sqlite"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert "first import, rows/s" in result.stdout
    assert "0 created, 25 unchanged" in result.stdout
    assert "peak memory (ru_maxrss)" in result.stdout
