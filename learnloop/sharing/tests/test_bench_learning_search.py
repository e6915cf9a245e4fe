"""The search benchmark runs end to end on a few hundred records (figures are printed, never
asserted)."""

import itertools
import random
import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[3] / "bench" / "learning_search.py"


def load_bench():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_learning_search", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_synthetic_records_are_varied_and_queries_are_3_to_8_words():
    bench = load_bench()
    rng = random.Random(2)
    codes = bench.lfpse_codes()

    records = [bench.synthetic_record(rng, codes) for _ in range(500)]
    queries = [bench.synthetic_query(rng, record) for record in records]

    assert len({record["title"] for record in records}) > 50
    assert {record["sharing_level"] for record in records} == {10, 20, 30, 40}
    assert {record["status"] for record in records} == {"published", "draft", "withdrawn"}
    assert all(3 <= len(query.split()) <= 8 for query in queries)


def test_the_benchmark_fills_and_searches_a_tiny_sqlite_database():
    result = subprocess.run(
        [sys.executable, str(BENCH), "--count", "300", "--queries", "5", "--engine", "sqlite"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert re.search(r"^records +300 ", result.stdout, re.MULTILINE)
    # The machine's pace, so that runs on different days can be compared (bench/machine.py).
    assert re.search(r"^machine .*, load \d+\.\d, pace \d+\.\d\d s ", result.stdout, re.MULTILINE)
    assert "index build" in result.stdout and "(FTS5 rebuild)" in result.stdout
    rows = re.findall(r"^(?:anyone|regulator|trust).*$", result.stdout, re.MULTILINE)
    assert len(rows) == 7
    # The largest number of results of each row: the searches are not all empty.
    assert all(int(row.split()[-2].replace(",", "")) > 0 for row in rows)


def test_creation_dates_follow_the_ids_unless_drawn_at_random():
    bench = load_bench()
    rng = random.Random(3)
    count = 10_000

    in_order = [bench.created_minutes_ago(rng, n, count, "in-order") for n in range(1, count + 1)]
    drawn = [bench.created_minutes_ago(rng, n, count, "random") for n in range(1, count + 1)]

    bounds = (bench.NEWEST_MINUTES, bench.SPAN_MINUTES)
    assert all(bounds[0] <= minutes <= bounds[1] for minutes in in_order + drawn)
    # In order: a later record is never more than the jitter either way from its place.
    assert all(a - b >= -2 * bench.JITTER_MINUTES for a, b in itertools.pairwise(in_order))
    assert in_order[0] > in_order[-1] + bench.SPAN_MINUTES // 2
    # The newest third by id holds (nearly) every record of the last year; at random, a third.
    year = 365 * 24 * 60
    newest_third = in_order[2 * count // 3 :]
    assert sum(m <= year for m in newest_third) > 0.95 * len(newest_third)
    assert 0.25 < sum(m <= year for m in drawn[2 * count // 3 :]) / len(newest_third) < 0.42
