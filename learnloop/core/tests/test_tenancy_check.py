"""scripts/check_tenancy.py: views must reach organisation-scoped models through the organisation."""

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
CHECKER = REPO / "scripts" / "check_tenancy.py"

GOOD_VIEW = """
from django.shortcuts import get_object_or_404
from learnloop.organisations.models import Invitation, Organisation


def invitations(request):
    # Through the organisation: fine. Organisation itself is not scoped.
    rows = request.organisation.invitations.all()
    organisations = Organisation.objects.active()
    invitation = get_object_or_404(request.organisation.invitations, pk=1)
    return rows, organisations, invitation, Invitation.Kind.STAFF
"""


def run_checker(*folders: Path) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 (our own script)
        [sys.executable, str(CHECKER), *map(str, folders)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


def write(folder: Path, relative: str, text: str) -> Path:
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_a_clean_view_passes(tmp_path):
    write(tmp_path, "app/views.py", GOOD_VIEW)

    result = run_checker(tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "Tenancy check passed: 1 view modules" in result.stdout


@pytest.mark.parametrize(
    ("relative", "source", "line", "model"),
    [
        (
            "app/views.py",
            "from learnloop.organisations.models import Membership\n\n"
            "def members(request):\n    return Membership.objects.all()\n",
            4,
            "Membership",
        ),
        (
            "app/people_views.py",
            "from learnloop.organisations.models import ApiKey as Key\n\n"
            "def keys(request):\n    return Key.objects.filter(pk=1)\n",
            4,
            "ApiKey",
        ),
        (
            "app/api.py",
            "from learnloop.organisations import models\n\n"
            "def departments(request):\n    return models.Department._default_manager.all()\n",
            4,
            "Department",
        ),
        (
            "app/views/invitations.py",
            "from learnloop.organisations.models import Invitation\n"
            "Model = Invitation\n\n"
            "def invitations(request):\n    return Model.objects.all()\n",
            5,
            "Invitation",
        ),
        (
            "app/views.py",
            "from django.shortcuts import get_object_or_404\n"
            "from learnloop.core.models import AuditLog\n\n"
            "def entry(request, pk):\n    return get_object_or_404(AuditLog, pk=pk)\n",
            5,
            "AuditLog",
        ),
        (
            "app/views.py",
            "from learnloop.reports.models import PatientDetails\n\n"
            "def patient(request, pk):\n    return PatientDetails.objects.get(pk=pk)\n",
            4,
            "PatientDetails",
        ),
    ],
    ids=["objects", "import-alias", "through-module", "assigned-alias", "get_object_or_404",
         "scoped-through-its-report"],
)
def test_a_view_reading_a_scoped_model_directly_fails(tmp_path, relative, source, line, model):
    path = write(tmp_path, relative, source)
    write(tmp_path, "app/other_views.py", GOOD_VIEW)

    result = run_checker(tmp_path)

    assert result.returncode == 1
    assert f"{path}:{line}:" in result.stdout
    assert f"organisation-scoped model {model}" in result.stdout
    assert "Tenancy check failed: 1 direct use(s)" in result.stdout


def test_modules_that_are_not_views_are_not_checked(tmp_path):
    bad = "from learnloop.organisations.models import Membership\nMembership.objects.all()\n"
    write(tmp_path, "app/services.py", bad)
    write(tmp_path, "app/tests/test_views.py", bad)
    write(tmp_path, "app/presenters.py", bad)

    result = run_checker(tmp_path)

    assert result.returncode == 0, result.stdout
    assert "0 view modules" in result.stdout


def test_a_missing_folder_is_an_error(tmp_path):
    result = run_checker(tmp_path / "nowhere")

    assert result.returncode == 2
    assert "is not a folder" in result.stderr


def test_the_project_itself_passes():
    result = run_checker()

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Tenancy check passed:")
    assert len(result.stdout.strip().splitlines()) == 1
