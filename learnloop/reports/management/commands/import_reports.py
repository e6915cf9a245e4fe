"""`learnloop import-reports FILE`: bulk import of reports from another system's CSV or JSON Lines.

    learnloop import-reports export.csv --organisation RXX --source-system Datix \\
        --mapping map.json --map "Incident date=occurred_at" [--mode skip-bad-rows]

Every bad row is printed with its row number, its line in the file and the reason per field.
Exit status: 0 when the import finished (in skip-bad-rows mode, bad rows are reported and
skipped); 1 when all-or-nothing refused the file because a row was bad; 2 for a wrong mapping,
file or organisation. See learnloop/reports/importing.py for the rules and values accepted.
"""

import json
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from learnloop.organisations.models import Organisation
from learnloop.reports import importing

# Progress lines when stderr is not a terminal (a log file, CI): one every this many rows.
PROGRESS_EVERY_ROWS = 10_000


class Command(BaseCommand):
    help = "Import incident reports from a CSV or JSON Lines file exported by another system."

    def add_arguments(self, parser):
        parser.add_argument("file", help="The CSV (with a header row) or JSON Lines file")
        parser.add_argument(
            "--organisation",
            required=True,
            help="ODS code of the organisation whose reports these are",
        )
        parser.add_argument(
            "--source-system", required=True, help="The system the file came from, e.g. Datix"
        )
        parser.add_argument("--mapping", help='A JSON file: {"their column": "our field", ...}')
        parser.add_argument(
            "--map",
            action="append",
            default=[],
            metavar="THEIRS=OURS",
            help="Map one column (repeatable; overrides --mapping)",
        )
        parser.add_argument(
            "--mode",
            choices=importing.MODES,
            default="all-or-nothing",
            help="all-or-nothing (default): store nothing if any row is bad; "
            "skip-bad-rows: store the good rows",
        )
        parser.add_argument(
            "--format", choices=["csv", "jsonl"], help="Default: from the file name"
        )
        parser.add_argument(
            "--batch-size", type=int, default=importing.BATCH_SIZE, help="Rows per transaction"
        )

    def handle(self, *args, **options):
        path = Path(options["file"])
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be 1 or more", returncode=2)
        if not path.is_file():
            raise CommandError(f"No such file: {path}", returncode=2)
        organisation = Organisation.objects.filter(ods_code__iexact=options["organisation"]).first()
        if organisation is None:
            raise CommandError(
                f"No organisation with ODS code {options['organisation']}", returncode=2
            )
        try:
            mapping = importing.ColumnMapping.build(
                mapping_file=self._mapping_file(options["mapping"]), pairs=options["map"]
            )
            read = importing.reader_for(path, options["format"])
            if (options["format"] or importing.detect_format(path)) == "csv":
                missing = mapping.missing_required(importing.csv_header(path))
                if missing:
                    raise importing.MappingError(
                        f"No column maps to {', '.join(missing)}: add them to the mapping (--map THEIRS=OURS)"
                    )
        except importing.MappingError as error:
            raise CommandError(str(error), returncode=2) from error

        progress = self._progress_writer()
        try:
            result = importing.import_reports(
                read=read,
                organisation=organisation,
                source_system=options["source_system"],
                mapping=mapping,
                mode=options["mode"],
                file_name=path.name,
                batch_size=options["batch_size"],
                on_problem=lambda problem: self.stdout.write(str(problem)),
                on_progress=progress,
            )
        except importing.ImportAborted as error:
            raise CommandError(
                f"{error}. Whole batches before it are stored; import the file again.", returncode=1
            ) from error
        finally:
            progress(None)
        self.stdout.write(
            f"{result.rows:,} rows: {result.created:,} created, {result.unchanged:,} unchanged, "
            f"{result.conflicts:,} conflicts, {result.bad:,} bad"
        )
        if not result.stored:
            raise CommandError(
                f"Nothing was imported: {result.bad:,} bad rows. Correct them, or use --mode skip-bad-rows.",
                returncode=1,
            )

    @staticmethod
    def _mapping_file(name):
        if not name:
            return None
        try:
            return json.loads(Path(name).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as error:
            raise importing.MappingError(f"Cannot read the mapping file {name}: {error}") from error

    def _progress_writer(self):
        """A bar redrawn in place on a terminal; a line now and then otherwise."""
        terminal = self.stderr.isatty()
        state = {"last_line": 0.0, "shown": False, "total": 0}

        def show(progress):
            if progress is None:
                if terminal and state["shown"]:
                    self.stderr.write("")
                return
            text = (
                f"{progress.phase}: {progress.rows:,} rows, {progress.rows_per_second:,.0f} rows/s"
            )
            if progress.phase == "checking":
                state["total"] = progress.rows  # the checking pass counts the rows for the bar
            if terminal:
                total = state["total"] if progress.phase == "importing" else 0
                done = 30 * progress.rows // total if total else (progress.rows // 1000) % 31
                bar = "#" * done + "." * (30 - done)
                self.stderr.write(f"\r  [{bar}] {text:<60}", ending="")
                self.stderr.flush()
                state["shown"] = True
            elif (
                progress.finished
                or progress.rows % PROGRESS_EVERY_ROWS == 0
                or time.monotonic() - state["last_line"] > 5
            ):
                self.stderr.write(text)
                state["last_line"] = time.monotonic()

        return show
