"""`learnloop deidentify-sample`: synthetic narratives with gold spans, to measure de-identification.

    learnloop deidentify-sample --count 2000 --seed 1 --output gold.jsonl
    learnloop deidentify gold.jsonl --output found.jsonl          # with the record (`known`)
    learnloop deidentify-score gold.jsonl found.jsonl

    learnloop deidentify-sample --count 2000 --seed 1 --without-record --output bare.jsonl
    learnloop deidentify bare.jsonl --output found-bare.jsonl     # the same texts, no record
    learnloop deidentify-score bare.jsonl found-bare.jsonl --without-record

Each line: `id`, `kind`, `text`, `known` (left out with --without-record) and `gold`, a list of
{start, end, label, text} with `names` ("listed" or "unlisted") and `in_record` for PERSON. The
lines are valid input for `learnloop deidentify`, which ignores the other fields. The same count
and seed always give the same narratives. See learnloop/sharing/evaluation.py.

`--pack development-2` writes the second development templates (evaluation_dev2.py);
`--pack development-3` to `development-19` the first seventeen blind packs (evaluation_blind.py to
evaluation_blind17.py), development packs since their misses were studied (26 and 27 November
2026); `--pack development-20` the eighteenth pack (evaluation_blind18.py), not blind (its writer
saw commit subjects) and not yet studied; `--pack development-21` to `development-51` the
nineteenth to forty-ninth blind packs (evaluation_blind19.py to evaluation_blind49.py),
studied; `--pack blind` the fiftieth blind pack (evaluation_blind50.py), written without
reading the engine and frozen before it was scored (29 November 2026, 04:02 UTC): quote its
first score.

The command touches no database and runs no system checks.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from learnloop.sharing import (
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

PACKS = {
    "development": evaluation,
    "development-2": evaluation_dev2,
    "development-3": evaluation_blind,
    "development-4": evaluation_blind2,
    "development-5": evaluation_blind3,
    "development-6": evaluation_blind4,
    "development-7": evaluation_blind5,
    "development-8": evaluation_blind6,
    "development-9": evaluation_blind7,
    "development-10": evaluation_blind8,
    "development-11": evaluation_blind9,
    "development-12": evaluation_blind10,
    "development-13": evaluation_blind11,
    "development-14": evaluation_blind12,
    "development-15": evaluation_blind13,
    "development-16": evaluation_blind14,
    "development-17": evaluation_blind15,
    "development-18": evaluation_blind16,
    "development-19": evaluation_blind17,
    "development-20": evaluation_blind18,
    "development-21": evaluation_blind19,
    "development-22": evaluation_blind20,
    "development-23": evaluation_blind21,
    "development-24": evaluation_blind22,
    "development-25": evaluation_blind23,
    "development-26": evaluation_blind24,
    "development-27": evaluation_blind25,
    "development-28": evaluation_blind26,
    "development-29": evaluation_blind27,
    "development-30": evaluation_blind28,
    "development-31": evaluation_blind29,
    "development-32": evaluation_blind30,
    "development-33": evaluation_blind31,
    "development-34": evaluation_blind32,
    "development-35": evaluation_blind33,
    "development-36": evaluation_blind34,
    "development-37": evaluation_blind35,
    "development-38": evaluation_blind36,
    "development-39": evaluation_blind37,
    "development-40": evaluation_blind38,
    "development-41": evaluation_blind39,
    "development-42": evaluation_blind40,
    "development-43": evaluation_blind41,
    "development-44": evaluation_blind42,
    "development-45": evaluation_blind43,
    "development-46": evaluation_blind44,
    "development-47": evaluation_blind45,
    "development-48": evaluation_blind46,
    "development-49": evaluation_blind47,
    "development-50": evaluation_blind48,
    "development-51": evaluation_blind49,
    "blind": evaluation_blind50,
}

PROGRESS_EVERY = 500


class Command(BaseCommand):
    help = "Write synthetic incident and death narratives with gold identifier spans (JSON Lines)."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=100, help="Narratives (default 100)")
        parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1)")
        parser.add_argument("--output", "-o", metavar="FILE", help="Default: standard output")
        parser.add_argument(
            "--pack",
            choices=sorted(PACKS),
            default="development",
            help="Templates: development or development-2 (read while tuning the engine), or blind (never read)",
        )
        parser.add_argument(
            "--without-record",
            action="store_true",
            help="Leave out `known`, so `learnloop deidentify` runs without the record",
        )

    def handle(self, *args, **options):
        count = options["count"]
        if count < 0:
            raise CommandError("--count must be 0 or more", returncode=2)
        try:
            examples = PACKS[options["pack"]].generate(count, options["seed"])
            if options["output"] and options["output"] != "-":
                path = Path(options["output"])
                if not path.parent.is_dir():
                    raise CommandError(f"Cannot write {path}: no such directory", returncode=2)
                with path.open("w", encoding="utf-8") as stream:
                    self._write(examples, stream.write, count, options["without_record"])
            else:
                self._write(
                    examples,
                    lambda line: self.stdout.write(line, ending=""),
                    count,
                    options["without_record"],
                )
        except ImportError as error:
            raise CommandError(str(error), returncode=2) from error

    def _write(self, examples, write, count, without_record):
        for number, example in enumerate(examples, start=1):
            line = example.to_json(with_record=not without_record)
            write(json.dumps(line, ensure_ascii=False) + "\n")
            if number % PROGRESS_EVERY == 0 or number == count:
                self.stderr.write(f"{number:,} of {count:,} narratives", ending="\n")
