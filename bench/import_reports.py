"""How fast reports are bulk imported, and that memory stays flat however long the file.

    .venv/bin/python bench/import_reports.py [--rows 100000] [--engine sqlite|postgresql|both] [--tracemalloc]

Generates N synthetic reports (never real ones: harm, event types, LFPSE codes, dates, 50 to 150
word texts from templates, some valid NHS numbers) into a temporary CSV in another system's column
names, then, for each engine in its own process (so each peak memory is its own), imports it into
a scratch database it creates and removes, all-or-nothing as the command does by default, and
imports it again to show the second import changes nothing. Prints rows per second for both and
the peak memory: ru_maxrss, and with --tracemalloc Python's own peak (slower to measure).
"""

import argparse
import csv
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
PG_BENCH_DB = "learnloop_bench_import"

# The other system's columns, and the mapping to ours that the import is given.
MAPPING = {
    "IncidentRef": "source_reference",
    "EventType": "event_type",
    "DateOfIncident": "occurred_at",
    "DateReported": "reported_at",
    "Description": "what_happened",
    "ActionTaken": "immediate_action",
    "HarmLevel": "physical_harm",
    "PsychHarm": "psychological_harm",
    "Location": "location_code",
    "Specialty": "specialty_code",
    "ServiceType": "service_type_code",
    "NeverEvent": "never_event_code",
    "NHSNumber": "nhs_number",
    "DOB": "date_of_birth",
}

OPENINGS = [
    "During the {shift} shift on {ward} a {person} was found {finding}.",
    "A {person} on {ward} reported that {finding_clause}.",
    "While preparing the {shift} medicines round on {ward}, staff noticed {finding_clause}.",
    "At handover on {ward} the nurse in charge was told that {finding_clause}.",
]
FINDINGS = [
    "on the floor beside the bed",
    "without their call bell within reach",
    "with a cannula that had tissued",
    "confused and trying to leave the ward",
    "with a pressure ulcer on the sacrum not noted on admission",
]
FINDING_CLAUSES = [
    "a dose of enoxaparin had been given twice",
    "the wrong patient's notes were on the trolley",
    "an insulin dose had been delayed by three hours",
    "a bed rail had been left down overnight",
    "the oxygen cylinder on the resuscitation trolley was empty",
    "a referral had not been sent",
]
MIDDLES = [
    "The patient was assessed by the {role}, who reviewed the observations and found them within normal limits.",
    "Observations were repeated every fifteen minutes for the first hour and the early warning score stayed low.",
    "The family were informed by telephone and were told what had happened and what would happen next.",
    "The ward was busy, with two registered nurses absent through sickness and one agency nurse new to the area.",
    "The electronic record showed the task as completed, although the paper chart had not been signed.",
    "Equipment was checked and the faulty item was removed from use and labelled for the medical devices team.",
    "The {role} reviewed the medication chart and asked pharmacy to check the prescription against the protocol.",
    "A similar event happened on the same ward last month and was discussed at the safety huddle.",
]
ENDINGS = [
    "The incident has been discussed with the ward manager and will be raised at the next safety huddle.",
    "Staff involved have been offered support and a debrief was held at the end of the shift.",
    "The patient was reassured and has not come to further harm at the time of reporting.",
    "A reminder about the checking procedure has been sent to all staff on the ward.",
]
WORDS = {
    "shift": ["day", "night", "late", "early"],
    "ward": [
        "Ward 4",
        "the acute medical unit",
        "Ward 12",
        "the surgical assessment unit",
        "the day case unit",
    ],
    "person": ["patient", "relative", "visitor"],
    "role": ["ward doctor", "nurse in charge", "critical care outreach team", "pharmacist"],
}


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        finding=rng.choice(FINDINGS),
        finding_clause=rng.choice(FINDING_CLAUSES),
        **{name: rng.choice(options) for name, options in WORDS.items()},
    )


def synthetic_text(rng: random.Random) -> str:
    """50 to 150 words: an opening, some of what followed, an ending."""
    target = rng.randint(50, 150)
    sentences = [_fill(rng.choice(OPENINGS), rng)]
    ending = _fill(rng.choice(ENDINGS), rng)
    words = len(sentences[0].split()) + len(ending.split())
    while True:
        sentence = _fill(rng.choice(MIDDLES), rng)
        if words + len(sentence.split()) > target and words >= 50:
            break
        sentences.append(sentence)
        words += len(sentence.split())
    return " ".join([*sentences, ending])


def synthetic_nhs_number(rng: random.Random) -> str:
    from learnloop.reports.nhs_number import check_digit

    while True:
        first_nine = f"{rng.randint(400_000_000, 999_999_999)}"
        digit = check_digit(first_nine)
        if digit is not None:
            return first_nine + str(digit)


def generate(path: Path, rows: int, seed: int = 3) -> None:
    from learnloop.reports import lfpse

    rng = random.Random(seed)
    locations = [code for code, _ in lfpse.codes(lfpse.INCIDENT_LOCATION)]
    specialties = [code for code, _ in lfpse.codes(lfpse.SPECIALTY)]
    services = [code for code, _ in lfpse.codes(lfpse.SERVICE_TYPE)]
    never_events = [code for code, _ in lfpse.codes(lfpse.NEVER_EVENT_TYPE)]
    # Harm is given as the other system spells it: our values, LFPSE codes or LFPSE displays.
    harms = [
        ["none", "5", "No physical harm"],
        ["low", "4", "Low physical harm"],
        ["moderate", "3", "Moderate physical harm"],
        ["severe", "2"],
        ["fatal", "1"],
    ]
    psychological = ["none", "low", "moderate", "severe"]
    now = datetime.now()
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(MAPPING))
        writer.writeheader()
        for number in range(1, rows + 1):
            occurred = now - timedelta(minutes=rng.randint(60, 2 * 365 * 24 * 60))
            reported = occurred + timedelta(minutes=rng.randint(5, 3 * 24 * 60))
            event_type = rng.choices(
                ["incident", "outcome", "risk", "Good care"], weights=[80, 8, 7, 5]
            )[0]
            harm = (
                "none"
                if event_type in {"risk", "Good care"}
                else rng.choices(harms, weights=[55, 28, 11, 4, 2])[0]
            )
            with_patient = event_type != "risk" and rng.random() < 0.4
            writer.writerow(
                {
                    "IncidentRef": f"DX-{number:07d}",
                    "EventType": event_type,
                    "DateOfIncident": occurred.strftime("%Y-%m-%dT%H:%M"),
                    "DateReported": min(reported, now - timedelta(minutes=1)).strftime(
                        "%d/%m/%Y %H:%M"
                    ),
                    "Description": synthetic_text(rng),
                    "ActionTaken": _fill(rng.choice(ENDINGS), rng) if rng.random() < 0.7 else "",
                    "HarmLevel": rng.choice(harm) if isinstance(harm, list) else harm,
                    "PsychHarm": rng.choices(psychological, weights=[75, 18, 5, 2])[0],
                    "Location": rng.choice(locations),
                    "Specialty": rng.choice(specialties) if rng.random() < 0.8 else "",
                    "ServiceType": rng.choice(services),
                    "NeverEvent": rng.choice(never_events) if rng.random() < 0.002 else "",
                    "NHSNumber": synthetic_nhs_number(rng) if with_patient else "",
                    "DOB": f"{rng.randint(1930, 2020)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                    if with_patient
                    else "",
                }
            )


def run_engine(engine: str, path: Path, trace: bool) -> None:
    """In its own process: import the file twice into a scratch database of `engine`."""
    scratch = tempfile.TemporaryDirectory()
    if engine == "sqlite":
        os.environ["DATABASE_URL"] = f"sqlite:///{scratch.name}/bench.sqlite3"
    else:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {PG_BENCH_DB}")
            admin.execute(f"CREATE DATABASE {PG_BENCH_DB}")
        os.environ["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{PG_BENCH_DB}"
    os.environ["LEARNLOOP_VAR_DIR"] = scratch.name
    # A scratch database with a throwaway key: the test settings, whatever the shell says.
    os.environ["DJANGO_SETTINGS_MODULE"] = "learnloop.config.test_settings"

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from learnloop.organisations.models import Organisation
    from learnloop.reports import importing

    try:
        call_command("migrate", verbosity=0)
        organisation = Organisation.objects.create(
            name="Bench NHS Trust", ods_code="RBENCH", kind=Organisation.Kind.TRUST
        )
        mapping = importing.ColumnMapping.build(mapping_file=MAPPING)
        problems = []

        def progress(step):
            if step.finished or step.rows % 10_000 == 0:
                print(
                    f"\r  {engine} {step.phase}: {step.rows:,} rows, {step.rows_per_second:,.0f} rows/s",
                    end="\n" if step.finished else "",
                    file=sys.stderr,
                    flush=True,
                )

        def one_import():
            started = time.perf_counter()
            result = importing.import_reports(
                read=importing.reader_for(path),
                organisation=organisation,
                source_system="Bench",
                mapping=mapping,
                file_name=path.name,
                on_problem=problems.append,
                on_progress=progress,
            )
            return result, time.perf_counter() - started

        if trace:
            import tracemalloc

            tracemalloc.start()
        first, first_seconds = one_import()
        second, second_seconds = one_import()
        traced_peak = tracemalloc.get_traced_memory()[1] / 2**20 if trace else None
        peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if problems:
            raise SystemExit(f"unexpected problems, first: {problems[0]}")

        print(f"engine                     {connection.vendor}")
        print(
            f"rows                       {first.rows:,}   (file {path.stat().st_size / 2**20:,.1f} MiB)"
        )
        print(
            f"first import, rows/s       {first.rows / first_seconds:,.0f}   ({first_seconds:.1f} s: "
            f"{first.created:,} created; checking pass and writing pass)"
        )
        print(
            f"second import, rows/s      {second.rows / second_seconds:,.0f}   ({second_seconds:.1f} s: "
            f"{second.created:,} created, {second.unchanged:,} unchanged)"
        )
        print(f"peak memory (ru_maxrss)    {peak_mib:,.0f} MiB")
        if traced_peak is not None:
            print(
                f"peak Python memory         {traced_peak:,.1f} MiB   (tracemalloc; it slows the import)"
            )
        if second.created or second.unchanged != first.rows:
            raise SystemExit("the second import changed something")
    finally:
        connection.close()
        if engine == "postgresql":
            import psycopg

            with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {PG_BENCH_DB}")
        scratch.cleanup()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--engine", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument(
        "--tracemalloc", action="store_true", help="Also measure Python's peak (slower)"
    )
    parser.add_argument(
        "--file", type=Path, help=argparse.SUPPRESS
    )  # set for the per-engine process
    args = parser.parse_args()

    if args.file:
        run_engine(args.engine, args.file, args.tracemalloc)
        return
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "reports.csv"
        started = time.perf_counter()
        generate(path, args.rows)
        print(
            f"generated {args.rows:,} rows in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
        engines = ["sqlite", "postgresql"] if args.engine == "both" else [args.engine]
        for index, engine in enumerate(engines):
            if index:
                print()
            command = [sys.executable, __file__, "--engine", engine, "--file", str(path)]
            subprocess.run(command + (["--tracemalloc"] if args.tracemalloc else []), check=True)  # noqa: S603 (this script)


if __name__ == "__main__":
    main()
