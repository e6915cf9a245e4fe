"""`learnloop import-pfd FILE.csv`: coroners' Prevention of Future Deaths reports as public,
national learning.

    learnloop import-pfd ../shared/data/pfd/pfd_reports_dev.csv [--batch-size 200]

Each good row becomes a published `Learning` at public level: circumstances as what happened,
concerns as what was found, the categories as themes, source kind PFD and the report's URL as
`source_url`. The title names the coroner area and the date, never the deceased.

Publisher: a `Learning` must have a publishing organisation, so each coroner area gets one
organisation of kind "public body" named "Coroner for <area>", made the first time the area is
seen and reused after (readers see the area as the publisher; coroners do not sign in).

Addressees: each name in `receiver` (split on ';') is kept as written and linked to a known
organisation when the names match after normalising case, '&'/'and', punctuation and the words
NHS, Foundation and Trust (exactly, or closely by difflib).

Idempotent by URL: a report already imported is counted as unchanged. Bad rows (no url, a date
that is not YYYY-MM-DD, neither concerns nor circumstances) are printed with their row number
(1 is the first row after the header) and skipped; the rest are imported. Progress on stderr.
Exit status: 0 when the import finished; 2 for a missing file.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from learnloop.core.audit import Auditor
from learnloop.sharing import pfd


class Command(BaseCommand):
    help = "Import coroners' Prevention of Future Deaths reports as public learning."

    def add_arguments(self, parser):
        parser.add_argument("file", help="The CSV file, with a header row")
        parser.add_argument(
            "--batch-size", type=int, default=pfd.BATCH_SIZE, help="Rows per transaction"
        )

    def handle(self, *args, **options):
        path = Path(options["file"])
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be 1 or more", returncode=2)
        if not path.is_file():
            raise CommandError(f"No such file: {path}", returncode=2)
        with path.open(encoding="utf-8", newline="") as lines:
            result = pfd.import_reports(
                lines=lines,
                by=Auditor.system(),
                batch_size=options["batch_size"],
                on_problem=lambda bad: self.stdout.write(str(bad)),
                on_progress=lambda rows: self.stderr.write(f"importing: {rows:,} rows read"),
            )
        self.stdout.write(
            f"{result.rows:,} rows: {result.created:,} created, {result.unchanged:,} unchanged "
            f"(already imported), {len(result.bad):,} bad; "
            f"{result.linked_addressees:,} addressees linked to organisations"
        )
        if result.rows and not result.created and not result.bad:
            self.stdout.write("Nothing changed: every report was imported already.")
