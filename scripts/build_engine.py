"""Compile the de-identification engine with mypyc into build/engine/, outside the import path.

    .venv/bin/python scripts/build_engine.py

Compiles learnloop/sharing/{wordlists,names,locations,deidentify}.py (one shared library, about
1-2 minutes) and writes build/engine/manifest.json with the sha256 of every source the build
read and this interpreter's version and extension suffix. ``learnloop.sharing`` loads the compiled
modules only while that manifest matches the sources and the interpreter (see its __init__.py);
otherwise, or with LEARNLOOP_ENGINE=python, the pure Python engine runs, with the same output.

The build is optional: when mypyc or a C compiler is missing, or the build fails, this says so
and exits 0 (the pure engine runs), except under CI=true, where it exits 1.
"""

from __future__ import annotations

import hashlib
import json
import os
import shlex
import shutil
import sys
import sysconfig
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
ENGINE = BUILD / "engine"
# What mypyc compiles, in import order.
COMPILED = (
    "learnloop/sharing/wordlists.py",
    "learnloop/sharing/names.py",
    "learnloop/sharing/locations.py",
    "learnloop/sharing/deidentify.py",
)
# Not compiled, but the compiled code was type-checked against them: a change makes it stale too.
READ = ("learnloop/sharing/spans.py", "learnloop/reports/nhs_number.py")
# The shared library's name: learnloop_engine__mypyc<EXT_SUFFIX>, beside the package directory.
GROUP = "learnloop_engine"


class BuildError(Exception):
    pass


def source_hashes() -> dict[str, str]:
    return {
        name: hashlib.sha256((ROOT / name).read_bytes()).hexdigest() for name in COMPILED + READ
    }


def interpreter() -> dict[str, object]:
    """What the loader checks the running interpreter against."""
    return {
        "implementation": sys.implementation.name,
        "python": list(sys.version_info[:2]),
        "ext_suffix": sysconfig.get_config_var("EXT_SUFFIX"),
    }


def step(message: str) -> None:
    print(f"build_engine: {message}", flush=True)


class Ticker:
    """Prints the time taken every 15 seconds, so a long step visibly progresses."""

    def __init__(self, what: str) -> None:
        self.what, self.start, self.done = what, time.monotonic(), threading.Event()
        self.thread = threading.Thread(target=self.tick, daemon=True)

    def tick(self) -> None:
        while not self.done.wait(15):
            step(f"  ... still {self.what} ({time.monotonic() - self.start:.0f} s)")

    def __enter__(self) -> Ticker:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        self.thread.join()


def check_tools() -> None:
    try:
        import mypyc  # noqa: F401
    except ImportError as error:
        raise BuildError(
            "mypyc is not installed (it comes with mypy: `make install`, or "
            "`.venv/bin/pip install -e '.[engine]'`)"
        ) from error
    compiler = shlex.split(sysconfig.get_config_var("CC") or "cc")[0]
    if not shutil.which(compiler):
        raise BuildError(f"no C compiler ({compiler!r} is not on PATH; e.g. apt-get install gcc)")
    if (
        not sysconfig.get_paths().get("include")
        or not Path(sysconfig.get_paths()["include"], "Python.h").exists()
    ):
        raise BuildError(
            "Python's C headers (Python.h) are missing (e.g. apt-get install python3-dev)"
        )


def compile_engine(staging: Path, scratch: Path) -> None:
    from mypyc.build import mypycify
    from setuptools import Distribution

    step("type-checking and generating C with mypyc (about 10 s) ...")
    started = time.monotonic()
    with Ticker("generating C"):
        try:
            extensions = mypycify(
                # silent: type-check what the engine imports (Django, Celery) without reporting it.
                ["--follow-imports=silent", f"--cache-dir={BUILD / 'mypy-cache'}", *COMPILED],
                opt_level="3",
                group_name=GROUP,
                target_dir=str(scratch / "c"),
            )
        except SystemExit as error:  # mypyc exits on type errors, having printed them
            raise BuildError(
                "mypyc found type errors (above); the engine must stay mypy-clean"
            ) from error
    step(f"C generated in {time.monotonic() - started:.0f} s; compiling it (about 1 minute) ...")
    started = time.monotonic()
    # A bare Distribution: setup() would read the project's pyproject.toml as well.
    distribution = Distribution({"name": "learnloop-engine", "ext_modules": extensions})
    distribution.script_name = "build_engine.py"
    distribution.script_args = [
        "--quiet", "build_ext", "--build-lib", str(staging), "--build-temp", str(scratch / "temp"),
    ]  # fmt: skip
    with Ticker("compiling C"):
        distribution.parse_command_line()
        distribution.run_commands()
    step(f"compiled in {time.monotonic() - started:.0f} s")


def build() -> None:
    check_tools()
    hashes = source_hashes()
    BUILD.mkdir(exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="engine-new-", dir=BUILD))
    scratch = Path(tempfile.mkdtemp(prefix="engine-c-", dir=BUILD))
    os.chdir(ROOT)  # mypyc names the modules by their paths from here
    try:
        compile_engine(staging, scratch)
        if source_hashes() != hashes:
            raise BuildError("the sources changed during the build; run it again")
        suffix = sysconfig.get_config_var("EXT_SUFFIX")
        package = staging / "learnloop" / "sharing"
        missing = [
            path.name
            for path in [staging / f"{GROUP}__mypyc{suffix}"]
            + [package / (Path(name).stem + suffix) for name in COMPILED]
            if not path.exists()
        ]
        if missing:
            raise BuildError(f"the build did not produce {', '.join(missing)}")
        # wordlists.py reads its lists from the data directory beside its own file.
        (package / "data").symlink_to(Path("../../../../learnloop/sharing/data"))
        from mypy.version import __version__ as mypy_version

        manifest = {
            "sources": hashes,
            "modules": [name[: -len(".py")].replace("/", ".") for name in COMPILED],
            "shared_library": f"{GROUP}__mypyc{suffix}",
            **interpreter(),
            "python_version": sys.version.split()[0],
            "mypy": mypy_version,
            "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
        # Swap the new build in whole: the manifest never sits beside libraries it does not describe.
        if ENGINE.exists():
            shutil.rmtree(ENGINE)
        staging.rename(ENGINE)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(scratch, ignore_errors=True)


def main() -> int:
    started = time.monotonic()
    step(f"compiling the de-identification engine into {ENGINE.relative_to(ROOT)}/")
    try:
        build()
    except Exception as error:  # any failure leaves the pure engine running
        step(f"FAILED: {error}")
        if os.environ.get("CI") == "true":
            return 1
        step("build/engine is unchanged: the pure Python engine runs (same output, slower)")
        return 0
    step(f"done in {time.monotonic() - started:.0f} s; learnloop.sharing.ENGINE is now 'compiled'")
    return 0


if __name__ == "__main__":
    sys.exit(main())
