"""The benchmarks keep running (their figures are read by people, never asserted)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_audit_chain_benchmark_runs_and_prints_its_figures():
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "audit_chain.py"), "--entries", "50"],
        capture_output=True, text=True, timeout=120, check=True,
    )
    assert "entries                50" in result.stdout
    assert "write, entries/s" in result.stdout and "verify, entries/s" in result.stdout
