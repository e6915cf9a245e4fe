"""`learnloop deidentify-score GOLD FOUND`: recall and precision of `learnloop deidentify` output.

    learnloop deidentify-sample --count 2000 --output gold.jsonl
    learnloop deidentify gold.jsonl --output found.jsonl
    learnloop deidentify-score gold.jsonl found.jsonl

GOLD is what `learnloop deidentify-sample` wrote; FOUND is what `learnloop deidentify` answered,
matched to the gold by `id` when every output line has one, otherwise line by line. A found span
is correct when it overlaps any gold span, and a gold span is found when any found span overlaps
it; the strict columns also need the label to match. An output line with an error counts as
finding nothing. --without-record only says, in the heading, that FOUND was made without `known`.

Exit status: 0 when the table was printed; 2 when a file cannot be read or the files do not match.
The command touches no database and runs no system checks.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from learnloop.sharing import evaluation


def _read_jsonl(name: str, what: str) -> list[dict]:
    path = Path(name)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise CommandError(f"Cannot read {name}: {error.strerror}", returncode=2) from error
    except UnicodeDecodeError:
        raise CommandError(f"{name} is not valid UTF-8", returncode=2) from None
    rows = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise CommandError(
                f"{what} {name}, line {number}: not valid JSON ({error.msg})", returncode=2
            ) from None
        if not isinstance(row, dict):
            raise CommandError(f"{what} {name}, line {number}: not a JSON object", returncode=2)
        rows.append(row)
    return rows


class Command(BaseCommand):
    help = "Score de-identification output against gold spans: recall and precision per label."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("gold", help="Gold JSON Lines from learnloop deidentify-sample")
        parser.add_argument("found", help="Output JSON Lines from learnloop deidentify")
        parser.add_argument(
            "--without-record",
            action="store_true",
            help="Say in the heading that FOUND was made without the record",
        )

    def handle(self, *args, **options):
        gold_rows = _read_jsonl(options["gold"], "gold")
        try:
            examples = [evaluation.Example.from_json(row) for row in gold_rows]
        except (KeyError, TypeError, ValueError) as error:
            raise CommandError(
                f"gold {options['gold']}: not what deidentify-sample writes ({error})",
                returncode=2,
            ) from None
        outputs = _read_jsonl(options["found"], "found")
        try:
            found = evaluation.match_outputs(examples, outputs)
        except (KeyError, TypeError, ValueError) as error:
            raise CommandError(f"found {options['found']}: {error}", returncode=2) from None
        title = "without the record" if options["without_record"] else "with the record"
        scores = evaluation.score(examples, found)
        self.stdout.write(scores.table(f"De-identification scores ({title})"))
