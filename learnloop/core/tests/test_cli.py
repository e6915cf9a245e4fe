"""The `learnloop` command: Django's management commands under the project's own name."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from learnloop import cli

REPO = Path(__file__).resolve().parents[3]
CONSOLE_SCRIPT = REPO / ".venv" / "bin" / "learnloop"


def test_the_console_script_is_installed_in_the_virtualenv():
    assert CONSOLE_SCRIPT.is_file()
    assert os.access(CONSOLE_SCRIPT, os.X_OK)
    assert "learnloop.cli" in CONSOLE_SCRIPT.read_text()


def test_learnloop_help_lists_the_project_and_django_commands(tmp_path):
    env = {**os.environ, "DEBUG": "1", "LEARNLOOP_VAR_DIR": str(tmp_path)}
    env.pop("DJANGO_SETTINGS_MODULE", None)

    result = subprocess.run(  # noqa: S603 (our own console script)
        [str(CONSOLE_SCRIPT), "help"], capture_output=True, text=True, env=env, timeout=120
    )

    assert result.returncode == 0, result.stderr
    assert "Type 'learnloop help <subcommand>' for help on a specific subcommand." in result.stdout
    commands = {line.strip() for line in result.stdout.splitlines() if line.startswith("    ")}
    assert {
        "audit",
        "load_demo",
        "load_organisations",
        "migrate",
        "runserver",
        "collectstatic",
    } <= commands


def test_main_runs_a_command_in_this_process(capsys):
    cli.main(["help", "audit"])

    out = capsys.readouterr().out
    assert out.startswith("usage: learnloop audit")
    assert "{verify}" in out


def test_main_reads_the_process_arguments(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["learnloop", "help", "load_demo"])

    cli.main()

    assert "usage: learnloop load_demo" in capsys.readouterr().out


def test_an_unknown_command_exits_non_zero(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["no_such_command"])

    assert exit_info.value.code == 1
    assert "Unknown command: 'no_such_command'" in capsys.readouterr().err


def test_a_command_may_be_typed_with_hyphens(capsys):
    # `load-organisations` is `load_organisations`; its --help exits 0 after printing usage.
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["load-organisations", "--help"])
    assert exit_info.value.code == 0
    assert "usage: learnloop load_organisations" in capsys.readouterr().out


def test_the_offline_commands_need_no_secret_key_but_others_do(tmp_path):
    env = {**os.environ, "LEARNLOOP_VAR_DIR": str(tmp_path)}
    for name in ("DJANGO_SETTINGS_MODULE", "SECRET_KEY", "DEBUG"):
        env.pop(name, None)
    line = '{"text": "Seen by Dr Okafor on 3rd March 2024."}\n'

    offline = subprocess.run(  # noqa: S603 (our own console script)
        [str(CONSOLE_SCRIPT), "deidentify", "--quiet"],
        input=line, capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    served = subprocess.run(  # noqa: S603
        [str(CONSOLE_SCRIPT), "check"], capture_output=True, text=True, env=env, timeout=120
    )

    assert offline.returncode == 0, offline.stderr
    assert "[DATE]" in offline.stdout
    assert served.returncode != 0
    assert "SECRET_KEY must be set" in served.stderr
