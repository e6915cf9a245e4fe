"""`learnloop deidentify [FILE]`: de-identify narratives in JSON Lines, in order, in parallel.

    learnloop deidentify narratives.jsonl --output redacted.jsonl --workers 4 --terms terms.json
    cat narratives.jsonl | learnloop deidentify > redacted.jsonl

Reads FILE, or standard input when FILE is `-` or missing; writes one line per input line, in the
same order, to standard output or --output. Progress and the summary go to standard error, so
standard output is only JSON Lines. The line format and the error messages are described in
learnloop/sharing/jsonl.py and learnloop/sharing/README.md.

Exit status: 0 when every line was read and answered, even when some lines were answered with an
error (each says why, and the rest go on); with --strict, 1 when any line had an error (the output
is still complete); 2 for a wrong option, an unreadable input or a bad terms file.

The command touches no database, so it runs where there is none, and runs no system checks.
"""

import os
import sys
from contextlib import contextmanager, nullcontext
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from learnloop.sharing import jsonl


def _unstyled(text):
    return text


class Command(BaseCommand):
    help = "De-identify narratives: JSON Lines with a text field in, redacted text and spans out."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "file", nargs="?", default="-", help="JSON Lines to read; - or nothing: standard input"
        )
        parser.add_argument(
            "--output", "-o", metavar="FILE", help="Write here instead of standard output"
        )
        parser.add_argument(
            "--terms",
            metavar="FILE",
            help='The organisation\'s terms, JSON: {"redact": {"term": "LABEL"}, "keep": ["term"]}',
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=1,
            metavar="N",
            help="Processes to run in parallel (default 1); the output is the same",
        )
        parser.add_argument(
            "--strict", action="store_true", help="Exit with status 1 if any line had an error"
        )
        parser.add_argument(
            "--quiet", action="store_true", help="No progress or summary on standard error"
        )

    def handle(self, *args, **options):
        if options["workers"] < 1:
            raise CommandError("--workers must be 1 or more", returncode=2)
        terms = None
        if options["terms"]:
            try:
                terms = jsonl.load_terms(options["terms"])
            except jsonl.TermsFileError as error:
                raise CommandError(str(error), returncode=2) from error

        progress = jsonl.Progress(
            (lambda text: None) if options["quiet"] else self._to_stderr,
            redraw=self.stderr.isatty(),
        )
        try:
            with self._input(options["file"]) as source, self._output(options["output"]) as write:
                for outcome in jsonl.deidentify_lines(
                    source, terms=terms, workers=options["workers"]
                ):
                    write(outcome.line)
                    progress.count(outcome)
        except BrokenPipeError:
            # Whoever read standard output has gone (`| head`): stop quietly, as Unix tools do.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except OSError as error:
            raise CommandError(
                f"Stopped after {progress.lines:,} lines: {error}", returncode=2
            ) from error
        progress.finish()
        if options["strict"] and progress.errors:
            raise CommandError(
                f"{progress.errors:,} of {progress.lines:,} lines had an error (--strict)",
                returncode=1,
            )

    def _to_stderr(self, text):
        self.stderr.write(text, style_func=_unstyled, ending="")
        self.stderr.flush()

    @staticmethod
    def _input(name):
        if name == "-":
            return nullcontext(sys.stdin.buffer)
        try:
            return Path(name).open("rb")
        except OSError as error:
            raise CommandError(f"Cannot read {name}: {error.strerror}", returncode=2) from error

    @contextmanager
    def _output(self, name):
        """A function writing encoded lines to the output, which is complete when it closes."""
        if not name or name == "-":
            binary = getattr(self.stdout, "buffer", None)
            if binary is None:  # a text stream, as call_command(stdout=StringIO()) gives
                yield lambda line: self.stdout.write(line.decode("utf-8"), ending="")
                return
            yield binary.write
            binary.flush()
            return
        path = Path(name)
        if not path.parent.is_dir():
            raise CommandError(f"Cannot write {name}: no such directory", returncode=2)
        if path.exists() and not path.is_file():  # /dev/stdout, a named pipe
            with path.open("wb") as stream:
                yield stream.write
            return
        # Written beside it and renamed at the end: a failed run leaves no half-written file, and
        # --output may name the input file itself.
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        try:
            with partial.open("wb") as stream:
                yield stream.write
            partial.replace(path)
        finally:
            partial.unlink(missing_ok=True)
