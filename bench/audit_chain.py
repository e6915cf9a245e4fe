"""How fast the audit trail is written and verified.

    .venv/bin/python bench/audit_chain.py [--entries 20000] [--engine sqlite|postgresql]

Writes N entries one transaction each (as requests do), then walks the chain as
`learnloop audit verify` does, on a scratch database it creates and removes. Prints entries
per second for both, and the process's peak memory.
"""

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
PG_BENCH_DB = "learnloop_bench_audit"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--engine", choices=["sqlite", "postgresql"], default="sqlite")
    args = parser.parse_args()

    scratch = tempfile.TemporaryDirectory()
    if args.engine == "sqlite":
        os.environ["DATABASE_URL"] = f"sqlite:///{scratch.name}/bench.sqlite3"
    else:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {PG_BENCH_DB}")
            admin.execute(f"CREATE DATABASE {PG_BENCH_DB}")
        os.environ["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{PG_BENCH_DB}"
    os.environ["LEARNLOOP_VAR_DIR"] = scratch.name
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learnloop.config.test_settings")

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from learnloop.core.audit import Auditor, ChainBreak, verify_chain
    from learnloop.organisations.models import Organisation

    try:
        call_command("migrate", verbosity=0)
        organisation = Organisation.objects.create(name="Bench NHS Trust", kind=Organisation.Kind.TRUST)
        auditor = Auditor(organisation=organisation, ip_address="10.1.2.3", user_agent="bench")

        started = time.perf_counter()
        for index in range(1, args.entries + 1):
            auditor.record("view", organisation, summary=f"Viewed case {index}", changes={"n": index})
            if index % 5000 == 0 or index == args.entries:
                print(f"\r  writing: {index:,} of {args.entries:,}", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)
        write_seconds = time.perf_counter() - started

        started = time.perf_counter()
        verified = 0
        for step in verify_chain():
            if isinstance(step, ChainBreak):
                raise SystemExit(f"chain broken at {step.entry_id}: {step.reason}")
            verified = step
            print(f"\r  verifying: {verified:,}", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)
        verify_seconds = time.perf_counter() - started
        peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

        print(f"engine                 {connection.vendor}")
        print(f"entries                {args.entries:,}")
        print(f"write, entries/s       {args.entries / write_seconds:,.0f}   ({write_seconds:.1f} s, one transaction each)")
        print(f"verify, entries/s      {verified / verify_seconds:,.0f}   ({verify_seconds:.1f} s)")
        print(f"peak memory            {peak_mib:,.0f} MiB")
    finally:
        connection.close()
        if args.engine == "postgresql":
            import psycopg

            with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {PG_BENCH_DB}")
        scratch.cleanup()


if __name__ == "__main__":
    main()
