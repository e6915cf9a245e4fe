"""What the benchmarks print about the machine they ran on, so that figures from different days
can be compared: the same 2-CPU kind of machine has been seen to run the same benchmark three
times slower on one day than on another (27 November 2026: the SQLite load of
bench/learning_search.py took 285 s where it had taken 89 s the day before).

`pace` is the best of three timings of a fixed piece of pure Python (two million additions in a
loop): lower is faster. Divide a figure by the pace of its run to compare it with another run's.
"""

import os
import platform
import time
from datetime import UTC, datetime

PACE_LOOP = 2_000_000


def pace_seconds() -> float:
    """The best of three timings of the fixed loop, in seconds."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        total = 0
        for number in range(PACE_LOOP):
            total += number
        best = min(best, time.perf_counter() - started)
    return best


def describe() -> str:
    """The `machine` line every benchmark prints first, after its command."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"machine      {os.cpu_count()} CPUs, {platform.machine()}, {platform.system()}, "
        f"Python {platform.python_version()}, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
        f"load {load:.1f}, pace {pace_seconds():.2f} s "
        f"(a fixed loop of {PACE_LOOP:,} additions; lower is faster)"
    )
