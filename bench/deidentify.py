"""How fast and how good de-identification is, on synthetic narratives and on public coroners' reports.

    .venv/bin/python bench/deidentify.py [--count 2000] [--seed 1] [--workers N] [--both]
                                         [--pfd PATH | --no-pfd]

Says which engine it measured: the compiled one (build/engine, from `make install` or
scripts/build_engine.py) when fresh, else the pure Python one and why. With --both and the compiled
engine, the pure one's narratives per second too, measured next in a subprocess with
LEARNLOOP_ENGINE=python on the same narratives.

Generates N synthetic UK incident and death narratives of about 300 words with gold spans
(learnloop/sharing/evaluation.py; needs Faker), then prints:
- narratives per second on one core: one process, time.perf_counter around the engine calls only,
  after a warm-up, the best of three passes; without the record and with it (`known`: names,
  NHS number, date of birth, hospital number, address);
- words per narrative; peak memory: Python's peak during a pass with the record (tracemalloc, a
  pass of its own because tracing slows it) and the process's ru_maxrss;
- the scorer's tables, with and without the record, on the development templates
  (evaluation.py and evaluation_dev2.py, which the engine's authors read while tuning it; and
  evaluation_blind.py to evaluation_blind17.py, blind when they were written, whose misses were
  studied on 26 and 27 November 2026; evaluation_blind18.py, not blind: its writer saw commit
  subjects; evaluation_blind19.py to evaluation_blind49.py, blind when written and since
  studied) and on the blind templates (evaluation_blind50.py, written without reading the engine
  and frozen before any score was seen): a blind pack's first figures are the ones to quote;
- with --workers N, narratives per second over N processes (multiprocessing, wall clock);
- on the public Prevention of Future Deaths reports (--pfd, by default
  ../shared/data/pfd/pfd_reports_dev.csv when it exists): how many mentions of the deceased's name
  (any case: full name, first name, surname) remain after de-identification, with the record
  (known names = the deceased's name) and without, and the share of words redacted. The reports'
  text is read at run time and never written anywhere.
"""

import argparse
import csv
import json
import multiprocessing
import os
import re
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import learnloop.sharing  # noqa: E402
from bench.machine import describe  # noqa: E402
from learnloop.sharing import (  # noqa: E402
    evaluation,
    evaluation_blind,
    evaluation_blind2,
    evaluation_blind3,
    evaluation_blind4,
    evaluation_blind5,
    evaluation_blind6,
    evaluation_blind7,
    evaluation_blind8,
    evaluation_blind9,
    evaluation_blind10,
    evaluation_blind11,
    evaluation_blind12,
    evaluation_blind13,
    evaluation_blind14,
    evaluation_blind15,
    evaluation_blind16,
    evaluation_blind17,
    evaluation_blind18,
    evaluation_blind19,
    evaluation_blind20,
    evaluation_blind21,
    evaluation_blind22,
    evaluation_blind23,
    evaluation_blind24,
    evaluation_blind25,
    evaluation_blind26,
    evaluation_blind27,
    evaluation_blind28,
    evaluation_blind29,
    evaluation_blind30,
    evaluation_blind31,
    evaluation_blind32,
    evaluation_blind33,
    evaluation_blind34,
    evaluation_blind35,
    evaluation_blind36,
    evaluation_blind37,
    evaluation_blind38,
    evaluation_blind39,
    evaluation_blind40,
    evaluation_blind41,
    evaluation_blind42,
    evaluation_blind43,
    evaluation_blind44,
    evaluation_blind45,
    evaluation_blind46,
    evaluation_blind47,
    evaluation_blind48,
    evaluation_blind49,
    evaluation_blind50,
    evaluation_dev2,
)
from learnloop.sharing.deidentify import deidentify  # noqa: E402

DEFAULT_PFD = ROOT.parent / "shared" / "data" / "pfd" / "pfd_reports_dev.csv"
WARM_UP = 50
PASSES = 3
_SLUG_SUFFIX = re.compile(r"(?:-prevention-of-future-deaths?-reports?)(?:-[\d-]+)?$|(?:-\d+)+$")
_WORD = re.compile(r"\S+")


def _rate(count: int, seconds: float) -> str:
    return f"{count / seconds:,.0f}" if seconds else "-"


def one_core(examples: list[evaluation.Example]) -> tuple[list, list, tuple[float, float]]:
    """Engine calls only, timed; returns the spans found without and with the record, and the
    narratives per second of each. The best of `PASSES` passes of each is printed: on a shared
    machine a pass slowed by another job says nothing about the engine (the spans are the same
    every pass)."""
    texts = [example.text for example in examples]
    pairs = [(example.text, example.known) for example in examples]
    for text, known in pairs[:WARM_UP]:
        deidentify(text)
        deidentify(text, known)
    bare_seconds = record_seconds = float("inf")
    for _ in range(PASSES):
        started = time.perf_counter()
        bare = [deidentify(text) for text in texts]
        bare_seconds = min(bare_seconds, time.perf_counter() - started)
        started = time.perf_counter()
        with_record = [deidentify(text, known) for text, known in pairs]
        record_seconds = min(record_seconds, time.perf_counter() - started)
    count = len(examples)
    print(
        f"narratives/s, one core, without the record   {_rate(count, bare_seconds)}   "
        f"({bare_seconds:.2f} s for {count:,}, best of {PASSES} passes)"
    )
    print(
        f"narratives/s, one core, with the record      {_rate(count, record_seconds)}   "
        f"({record_seconds:.2f} s for {count:,}, best of {PASSES} passes)"
    )
    rates = (count / bare_seconds, count / record_seconds)
    return [r.spans for r in bare], [r.spans for r in with_record], rates


def engine_line() -> str:
    if learnloop.sharing.ENGINE == "compiled":
        return f"engine       compiled (mypyc, {learnloop.sharing.ENGINE_BUILD})"
    return f"engine       python (not compiled: {learnloop.sharing.ENGINE_REASON})"


def pure_one_core(args: argparse.Namespace, rates: tuple[float, float]) -> None:
    """The pure Python engine's one-core figures, measured next in a subprocess."""
    print(
        "\nthe pure Python engine on the same narratives (a subprocess, LEARNLOOP_ENGINE=python):"
    )
    result = subprocess.run(  # noqa: S603 (this interpreter running this script)
        [
            sys.executable,
            __file__,
            "--count",
            str(args.count),
            "--seed",
            str(args.seed),
            "--one-core",
        ],
        env={**os.environ, "LEARNLOOP_ENGINE": "python"},
        capture_output=True,
        text=True,
        check=True,
    )
    *lines, last = result.stdout.splitlines()
    print("\n".join(f"  {line}" for line in lines))
    pure = json.loads(last)
    print(
        f"compiled / pure                            {rates[0] / pure[0]:.2f}x without the record, "
        f"{rates[1] / pure[1]:.2f}x with it\n"
    )


def peak_memory(examples: list[evaluation.Example]) -> None:
    tracemalloc.start()
    tracemalloc.reset_peak()
    for example in examples:
        deidentify(example.text, example.known)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(
        f"peak Python memory, engine calls           {peak / 2**20:,.1f} MiB   "
        "(tracemalloc, a pass with the record)"
    )
    print(
        f"peak memory of the process (ru_maxrss)     "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB   "
        "(generator, Faker and the narratives included)"
    )


def _work(chunk: list[tuple[str, dict | None]]) -> int:
    for text, known in chunk:
        deidentify(text, known)
    return len(chunk)


def many_cores(examples: list[evaluation.Example], workers: int) -> None:
    for with_record in (False, True):
        pairs = [(e.text, e.known if with_record else None) for e in examples]
        chunks = [pairs[i : i + 50] for i in range(0, len(pairs), 50)]
        with multiprocessing.Pool(workers) as pool:
            pool.map(_work, chunks[:workers])  # warm-up: imports and compiled patterns
            started = time.perf_counter()
            done = sum(pool.imap_unordered(_work, chunks))
            seconds = time.perf_counter() - started
        which = "with the record   " if with_record else "without the record"
        print(
            f"narratives/s, {workers} workers, {which}  {_rate(done, seconds)}   "
            "(wall clock, including moving texts between processes)"
        )


# -- Prevention of Future Deaths reports ------------------------------------------------------


def deceased_names(row: dict) -> list[str]:
    """The deceased's names: from deceased_name, else from the report's URL slug."""
    given = (row.get("deceased_name") or "").strip()
    if given:
        parts = re.split(r"\s*(?:,|&|\band\b)\s*", given)
        return [part for part in parts if len(part.split()) >= 2]
    slug = (row.get("url") or "").rstrip("/").rsplit("/", 1)[-1]
    slug = _SLUG_SUFFIX.sub("", slug)
    names = []
    for part in slug.split("-and-"):
        tokens = [token for token in part.split("-") if token.isalpha()]
        # Several people without "and" between them cannot be told apart: leave those out.
        if 2 <= len(tokens) <= 3:
            names.append(" ".join(token.capitalize() for token in tokens))
    return names


def name_patterns(name: str) -> dict[str, re.Pattern]:
    tokens = name.split()
    first, last = re.escape(tokens[0]), re.escape(tokens[-1])
    return {
        "full name": re.compile(rf"\b{first}(?:\s+\S+)?\s+{last}\b", re.IGNORECASE),
        "first name": re.compile(rf"\b{first}\b", re.IGNORECASE),
        "surname": re.compile(rf"\b{last}\b", re.IGNORECASE),
    }


def _count(patterns: list[dict[str, re.Pattern]], text: str) -> dict[str, int]:
    counts = dict.fromkeys(("full name", "first name", "surname"), 0)
    for by_kind in patterns:
        for kind, pattern in by_kind.items():
            counts[kind] += len(pattern.findall(text))
    return counts


def _redacted_words(text: str, spans) -> int:
    starts = [span.start for span in spans]
    ends = [span.end for span in spans]
    count = 0
    index = 0
    for match in _WORD.finditer(text):
        while index < len(ends) and ends[index] <= match.start():
            index += 1
        if index < len(starts) and starts[index] < match.end():
            count += 1
    return count


def pfd_text(row: dict) -> str:
    return "\n\n".join(row.get(f) or "" for f in ("investigation", "circumstances", "concerns"))


def pfd(path: Path) -> None:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    reports = [(pfd_text(row), deceased_names(row)) for row in rows]
    reports = [(text, names) for text, names in reports if names and text.strip()]
    print(f"\nPrevention of Future Deaths reports: {path}")
    print(f"reports with a named deceased              {len(reports):,} of {len(rows):,}")
    words = sum(len(text.split()) for text, _ in reports)
    print(
        f"words                                      {words:,}   "
        f"({words / max(len(reports), 1):,.0f} a report)"
    )
    before = dict.fromkeys(("full name", "first name", "surname"), 0)
    for text, names in reports:
        for kind, number in _count([name_patterns(n) for n in names], text).items():
            before[kind] += number
    print(
        "mentions of the deceased before           "
        + ", ".join(f"{kind} {number:,}" for kind, number in before.items())
    )
    for with_record in (False, True):
        remaining = dict.fromkeys(before, 0)
        redacted = 0
        seconds = 0.0
        for text, names in reports:
            known = {"names": names} if with_record else None
            started = time.perf_counter()
            result = deidentify(text, known)
            seconds += time.perf_counter() - started
            redacted += _redacted_words(text, result.spans)
            counts = _count([name_patterns(n) for n in names], result.text)
            for kind, number in counts.items():
                remaining[kind] += number
        which = "with the record   " if with_record else "without the record"
        print(
            f"remaining, {which}         "
            + ", ".join(f"{kind} {remaining[kind]:,} of {before[kind]:,}" for kind in before)
        )
        print(
            f"words redacted, {which}    {redacted / max(words, 1):.1%}   "
            f"({_rate(len(reports), seconds)} reports/s)"
        )
    print(
        "(mentions are counted in any case, so a surname that is also a word, such as Hill, "
        "counts where it is a word too)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=2000, help="Narratives (default 2,000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=0, help="Also measure N processes")
    parser.add_argument(
        "--pfd",
        type=Path,
        default=DEFAULT_PFD,
        help="The Prevention of Future Deaths reports CSV (default: %(default)s)",
    )
    parser.add_argument("--no-pfd", action="store_true", help="Skip the PFD reports")
    parser.add_argument(
        "--both",
        action="store_true",
        help="With the compiled engine, measure the pure Python one's narratives/s too",
    )
    # What --both runs in its subprocess: the one-core figures only, then their rates as JSON.
    parser.add_argument("--one-core", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.one_core:
        print(engine_line())
        examples = list(evaluation.generate(args.count, args.seed))
        print(json.dumps(one_core(examples)[2]))
        return
    print("command      " + " ".join([Path(sys.executable).name, *sys.argv]))
    print(describe())
    print(engine_line())
    started = time.perf_counter()
    examples = list(evaluation.generate(args.count, args.seed))
    print(
        f"generated {len(examples):,} narratives in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    words = [len(example.text.split()) for example in examples]
    print(
        f"narratives   {len(examples):,}, words each: mean {statistics.mean(words):.0f}, "
        f"min {min(words)}, max {max(words)}\n"
    )
    bare, with_record, rates = one_core(examples)
    if args.both and learnloop.sharing.ENGINE == "compiled":
        pure_one_core(args, rates)
    elif args.both:
        print("--both: no compiled engine to compare with (see the engine line above)")
    peak_memory(examples)
    if args.workers:
        many_cores(examples, args.workers)
    print()
    print(evaluation.score(examples, bare).table("Development templates, without the record"))
    print()
    print(evaluation.score(examples, with_record).table("Development templates, with the record"))
    second = list(evaluation_dev2.generate(args.count, args.seed))
    bare = [deidentify(example.text).spans for example in second]
    with_record = [deidentify(example.text, example.known).spans for example in second]
    print()
    print(evaluation.score(second, bare).table("Development templates 2, without the record"))
    print()
    print(evaluation.score(second, with_record).table("Development templates 2, with the record"))
    for pack, name in (
        (evaluation_blind, "Development templates 3 (the first blind pack)"),
        (evaluation_blind2, "Development templates 4 (the second blind pack)"),
        (evaluation_blind3, "Development templates 5 (the third blind pack)"),
        (evaluation_blind4, "Development templates 6 (the fourth blind pack)"),
        (evaluation_blind5, "Development templates 7 (the fifth blind pack)"),
        (evaluation_blind6, "Development templates 8 (the sixth blind pack)"),
        (evaluation_blind7, "Development templates 9 (the seventh blind pack)"),
        (evaluation_blind8, "Development templates 10 (the eighth blind pack)"),
        (evaluation_blind9, "Development templates 11 (the ninth blind pack)"),
        (evaluation_blind10, "Development templates 12 (the tenth blind pack)"),
        (evaluation_blind11, "Development templates 13 (the eleventh blind pack)"),
        (evaluation_blind12, "Development templates 14 (the twelfth blind pack)"),
        (evaluation_blind13, "Development templates 15 (the thirteenth blind pack)"),
        (evaluation_blind14, "Development templates 16 (the fourteenth blind pack)"),
        (evaluation_blind15, "Development templates 17 (the fifteenth blind pack)"),
        (evaluation_blind16, "Development templates 18 (the sixteenth blind pack)"),
        (evaluation_blind17, "Development templates 19 (the seventeenth blind pack)"),
        (evaluation_blind18, "Development templates 20 (the eighteenth pack, not blind)"),
        (evaluation_blind19, "Development templates 21 (the nineteenth blind pack)"),
        (evaluation_blind20, "Development templates 22 (the twentieth blind pack)"),
        (evaluation_blind21, "Development templates 23 (the twenty-first blind pack)"),
        (evaluation_blind22, "Development templates 24 (the twenty-second blind pack)"),
        (evaluation_blind23, "Development templates 25 (the twenty-third blind pack)"),
        (evaluation_blind24, "Development templates 26 (the twenty-fourth blind pack)"),
        (evaluation_blind25, "Development templates 27 (the twenty-fifth blind pack)"),
        (evaluation_blind26, "Development templates 28 (the twenty-sixth blind pack)"),
        (evaluation_blind27, "Development templates 29 (the twenty-seventh blind pack)"),
        (evaluation_blind28, "Development templates 30 (the twenty-eighth blind pack)"),
        (evaluation_blind29, "Development templates 31 (the twenty-ninth blind pack)"),
        (evaluation_blind30, "Development templates 32 (the thirtieth blind pack)"),
        (evaluation_blind31, "Development templates 33 (the thirty-first blind pack)"),
        (evaluation_blind32, "Development templates 34 (the thirty-second blind pack)"),
        (evaluation_blind33, "Development templates 35 (the thirty-third blind pack)"),
        (evaluation_blind34, "Development templates 36 (the thirty-fourth blind pack)"),
        (evaluation_blind35, "Development templates 37 (the thirty-fifth blind pack)"),
        (evaluation_blind36, "Development templates 38 (the thirty-sixth blind pack)"),
        (evaluation_blind37, "Development templates 39 (the thirty-seventh blind pack)"),
        (evaluation_blind38, "Development templates 40 (the thirty-eighth blind pack)"),
        (evaluation_blind39, "Development templates 41 (the thirty-ninth blind pack)"),
        (evaluation_blind40, "Development templates 42 (the fortieth blind pack)"),
        (evaluation_blind41, "Development templates 43 (the forty-first blind pack)"),
        (evaluation_blind42, "Development templates 44 (the forty-second blind pack)"),
        (evaluation_blind43, "Development templates 45 (the forty-third blind pack)"),
        (evaluation_blind44, "Development templates 46 (the forty-fourth blind pack)"),
        (evaluation_blind45, "Development templates 47 (the forty-fifth blind pack)"),
        (evaluation_blind46, "Development templates 48 (the forty-sixth blind pack)"),
        (evaluation_blind47, "Development templates 49 (the forty-seventh blind pack)"),
        (evaluation_blind48, "Development templates 50 (the forty-eighth blind pack)"),
        (evaluation_blind49, "Development templates 51 (the forty-ninth blind pack)"),
        (evaluation_blind50, "Blind templates"),
    ):
        examples = list(pack.generate(args.count, args.seed))
        bare = [deidentify(example.text).spans for example in examples]
        with_record = [deidentify(example.text, example.known).spans for example in examples]
        print()
        print(evaluation.score(examples, bare).table(f"{name}, without the record"))
        print()
        print(evaluation.score(examples, with_record).table(f"{name}, with the record"))
    if args.no_pfd:
        return
    if not args.pfd.is_file():
        print(f"\nPrevention of Future Deaths reports: skipped, no file at {args.pfd}")
        return
    pfd(args.pfd)


if __name__ == "__main__":
    main()
