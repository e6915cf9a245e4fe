"""The `learnloop` command: Django's management commands under the project's own name.

Commands may be written with hyphens, as people type them: `learnloop import-reports FILE`
runs the `import_reports` command.
"""

import os
import secrets
import sys

# Commands that read files and write files, and touch neither the database nor anything signed:
# a data engineer piping narratives through them should not need the server's SECRET_KEY.
OFFLINE_COMMANDS = frozenset({"deidentify", "deidentify_sample", "deidentify_score"})


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learnloop.config.settings")
    from django.core.management import execute_from_command_line

    args = list(sys.argv[1:] if argv is None else argv)
    if args and not args[0].startswith("-"):
        args[0] = args[0].replace("-", "_")
    if args and args[0] in OFFLINE_COMMANDS:
        os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    execute_from_command_line(["learnloop", *args])


if __name__ == "__main__":
    main()
