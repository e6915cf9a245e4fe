"""How fast "This has happened before" (`search.similar`) is on a large exchange, on SQLite and
PostgreSQL.

    .venv/bin/python bench/similar_learning.py [--count 100000] [--engine sqlite|postgresql]
        [--reports 120] [--seed 7]

The scratch database is filled and indexed exactly as bench/learning_search.py does it (its
synthetic records, organisations, bulk load and index build are reused; PostgreSQL's scratch
database here is `learnloop_bench_similar`, dropped at the end). The report texts are synthetic
too: a record's "what happened" with its slots filled afresh, as a new report would read, plus
its setting's words. Timed: `similar()` as the triage page calls it (telling words, the ranked
OR query of up to 12 words inside the visibility rule, 5 records with snippets, their themes
and changes read), wall clock per call after a few untimed warm-up calls; also the median and
largest number of records the OR query matched, since that is what the engine must rank.
"""

import argparse
import importlib.util
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.machine import describe  # noqa: E402

_spec = importlib.util.spec_from_file_location("learning_search", ROOT / "bench/learning_search.py")
learning_search = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(learning_search)

PG_ADMIN_URL = learning_search.PG_ADMIN_URL
PG_BENCH_DB = "learnloop_bench_similar"
WARM_UP = 5
# Counted as `similar` finds them (SQLite: '+rowid', see search.SQLITE_SIMILAR).
SQLITE_MATCHED = (
    "SELECT count(*) FROM sharing_learning_fts WHERE sharing_learning_fts MATCH %s "
    "AND +rowid IN ({visible})"
)
POSTGRESQL_MATCHED = (
    "SELECT count(*) FROM sharing_learning "
    "WHERE search_vector @@ to_tsquery('english', %s) AND id IN ({visible})"
)


def report_text(rng: random.Random, record: dict) -> str:
    from learnloop.reports import lfpse

    happened = learning_search.TOPICS[record["topic"]][1]
    return "\n".join(
        [
            learning_search._fill(rng.choice(happened), rng),
            lfpse.display(lfpse.INCIDENT_LOCATION, record["setting_code"]),
        ]
    )


def matched(terms: list[str], visible) -> int:
    """How many visible records the OR query matches: what the engine has to rank."""
    from django.db import connection

    from learnloop.sharing import search

    if connection.vendor == "sqlite":
        template = SQLITE_MATCHED
        query = " OR ".join(f'"{term}"' for term in terms)
    else:
        template = POSTGRESQL_MATCHED
        query = " | ".join(terms)
    return search._fetch(template, visible, [query], [])[0][0]


def run(args) -> None:
    scratch = tempfile.TemporaryDirectory()
    database = f"{scratch.name}/bench.sqlite3"
    if args.engine == "sqlite":
        os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    else:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {PG_BENCH_DB}")
            admin.execute(f"CREATE DATABASE {PG_BENCH_DB}")
        os.environ["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{PG_BENCH_DB}"
    os.environ["LEARNLOOP_VAR_DIR"] = scratch.name
    os.environ["DJANGO_SETTINGS_MODULE"] = "learnloop.config.test_settings"

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    try:
        call_command("migrate", verbosity=0)
        codes = learning_search.lfpse_codes()
        publishers, viewpoints = learning_search.make_organisations()
        learning_search.without_index(connection)
        load_seconds, sample = learning_search.load(
            args.count, args.seed, publishers, codes, connection
        )
        learning_search.build_index(connection)

        from learnloop.sharing import search
        from learnloop.sharing.models import Learning

        rng = random.Random(args.seed + 1)
        texts = [report_text(rng, rng.choice(sample)) for _ in range(args.reports)]
        print(f"engine       {connection.vendor}")
        print(f"records      {Learning.objects.count():,}   (load {load_seconds:.1f} s)")
        print(f"reports      {len(texts)} synthetic report texts, e.g. {texts[0]!r}")
        print()
        print(f"{'viewpoint':<36}{'median ms':>10}{'p95 ms':>9}{'max ms':>9}"
              f"{'matched (median)':>18}{'(max)':>9}{'terms':>7}")  # fmt: skip
        for name, organisation in viewpoints:
            for text in texts[:WARM_UP]:
                search.similar(organisation=organisation, text=text)
            times, counts, sizes = [], [], []
            visible = Learning.objects.visible_to(organisation)
            if organisation is not None:
                visible = visible.exclude(organisation=organisation)
            for text in texts:
                started = time.perf_counter()
                hits = search.similar(organisation=organisation, text=text)
                for hit in hits:  # as the panel reads them
                    list(hit.learning.changes.all())
                times.append((time.perf_counter() - started) * 1000)
                terms = search.telling_terms(text)
                sizes.append(len(terms))
                counts.append(matched(terms, visible))
            p95 = statistics.quantiles(times, n=100, method="inclusive")[94]
            print(
                f"{name:<36}{statistics.median(times):>10.1f}{p95:>9.1f}{max(times):>9.1f}"
                f"{statistics.median(counts):>18,.0f}{max(counts):>9,}"
                f"{statistics.median(sizes):>7.0f}"
            )
    finally:
        connection.close()
        if args.engine == "postgresql":
            import psycopg

            with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {PG_BENCH_DB}")
        scratch.cleanup()


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=100_000, help="Records (default 100,000)")
    parser.add_argument("--engine", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--reports", type=int, default=120, help="Report texts per viewpoint")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    print("command      " + " ".join([Path(sys.executable).name, *sys.argv]))
    print(describe())
    run(args)


if __name__ == "__main__":
    main()
