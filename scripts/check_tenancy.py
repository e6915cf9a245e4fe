#!/usr/bin/env python
"""Fail when a view reaches organisation-scoped data without going through the organisation.

Identifiable data is reached through the current organisation only
(`request.organisation.invitations...`), never through `Model.objects` in a view
(docs/adr/0003-tenancy-through-the-organisation.md). This script enforces that for the
code that answers requests: every `views.py`, `*_views.py`, `api.py` and module inside a
`views/` package under the folder it is given (default: `learnloop/`).

An organisation-scoped model is any concrete model that subclasses
`learnloop.core.models.ScopedModel` or has a relation field named `organisation`
(Membership, Invitation, ApiKey, Department, AuditLog, Report, ...), or that links (many-to-one
or one-to-one, at any distance) to one (PatientDetails, TriageDecision, MembershipRole, ...). A view may not use, on one:

- `<Model>.objects`, `<Model>._default_manager` or `<Model>._base_manager`, whether the model
  is imported under its own name, under an alias (`import ... as M`, `M = Model`) or reached
  through its module (`models.Membership.objects`);
- `get_object_or_404(<Model>, ...)` or `get_list_or_404(<Model>, ...)`, which are the same
  thing in disguise.

Usage: python scripts/check_tenancy.py [FOLDER ...]
Exit status 0 and a one-line summary when clean; 1 and one line per use (file:line and
model) otherwise.
"""

from __future__ import annotations

import ast
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MANAGER_ATTRIBUTES = {"objects", "_default_manager", "_base_manager"}
SHORTCUTS = {"get_object_or_404", "get_list_or_404"}


@dataclass(frozen=True)
class Violation:
    path: Path
    line: int
    model: str
    how: str

    def __str__(self) -> str:
        return (
            f"{self.path}:{self.line}: {self.how} on organisation-scoped model {self.model}; "
            "reach it through the organisation (request.organisation.<related name>)"
        )


def scoped_models() -> set[str]:
    """Class names of every concrete organisation-scoped model in the project."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learnloop.config.test_settings")
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from django.apps import apps

    from learnloop.core.models import ScopedModel

    models = [m for m in apps.get_models() if m.__module__.startswith("learnloop.")]
    scoped = set()
    for model in models:  # concrete models and proxies; never abstract ones
        fields = {field.name: field for field in model._meta.concrete_fields}
        organisation = fields.get("organisation")
        if issubclass(model, ScopedModel) or (organisation is not None and organisation.is_relation):
            scoped.add(model)
    # A model that belongs to a scoped one (a report's patient details, a membership's roles)
    # is scoped through it: follow many-to-one and one-to-one links until nothing changes.
    changed = True
    while changed:
        changed = False
        for model in models:
            if model in scoped:
                continue
            for field in model._meta.concrete_fields:
                if field.is_relation and field.related_model in scoped:
                    scoped.add(model)
                    changed = True
                    break
    names = {model.__name__ for model in scoped}
    return names


def view_modules(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*.py")):
        if any(part in {"tests", "migrations", "__pycache__"} for part in path.parts):
            continue
        if (
            path.name in {"views.py", "api.py"}
            or path.name.endswith("_views.py")
            or "views" in path.parent.parts
        ):
            yield path


class _ModuleChecker(ast.NodeVisitor):
    def __init__(self, path: Path, scoped: set[str]):
        self.path = path
        self.scoped = scoped
        # Local names that stand for a scoped model: the model's own name (also when it comes
        # in through `import *`), import aliases, and plain assignments of one to another name.
        self.aliases: dict[str, str] = {name: name for name in scoped}
        self.violations: list[Violation] = []

    def model_named_by(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Name):
            return self.aliases.get(node.id)
        if isinstance(node, ast.Attribute) and node.attr in self.scoped:
            return node.attr  # models.Membership, learnloop.organisations.models.Membership
        return None

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        for alias in node.names:
            if alias.name in self.scoped:
                self.aliases[alias.asname or alias.name] = alias.name
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        model = self.model_named_by(node.value)
        for target in node.targets:
            if isinstance(target, ast.Name) and model:
                self.aliases[target.id] = model
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr in MANAGER_ATTRIBUTES:
            model = self.model_named_by(node.value)
            if model:
                self.violations.append(Violation(self.path, node.lineno, model, f".{node.attr}"))
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        function = node.func
        name = function.id if isinstance(function, ast.Name) else getattr(function, "attr", None)
        if name in SHORTCUTS and node.args:
            model = self.model_named_by(node.args[0])
            if model:
                self.violations.append(Violation(self.path, node.lineno, model, f"{name}()"))
        self.generic_visit(node)


def check_file(path: Path, scoped: set[str]) -> list[Violation]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    checker = _ModuleChecker(path, scoped)
    # Imports and aliases first, wherever they are, so order in the file does not matter.
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            checker.visit_ImportFrom(node)
    checker.visit(tree)
    return sorted(set(checker.violations), key=lambda v: (v.line, v.model))


def check(folders: Iterable[Path], scoped: set[str]) -> tuple[int, list[Violation]]:
    checked = 0
    violations: list[Violation] = []
    for folder in folders:
        for path in view_modules(folder):
            checked += 1
            violations.extend(check_file(path, scoped))
    return checked, violations


def _shown(path: Path) -> Path:
    try:
        return path.resolve().relative_to(Path.cwd())
    except ValueError:
        return path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folders = [Path(arg) for arg in args] or [REPO / "learnloop"]
    for folder in folders:
        if not folder.is_dir():
            print(f"check_tenancy: {folder} is not a folder", file=sys.stderr)
            return 2
    scoped = scoped_models()
    checked, violations = check(folders, scoped)
    for violation in violations:
        print(Violation(_shown(violation.path), violation.line, violation.model, violation.how))
    if violations:
        print(f"Tenancy check failed: {len(violations)} direct use(s) of scoped models in views.")
        return 1
    print(
        f"Tenancy check passed: {checked} view modules read none of the "
        f"{len(scoped)} organisation-scoped models directly."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
