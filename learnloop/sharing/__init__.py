"""Sharing learning beyond an organisation, once what is shared has been de-identified.

``learnloop.sharing.deidentify`` is the de-identification engine: plain Python with no Django, so
it runs in a command, a worker or a benchmark. The rest of the package is the Django app around it
(organisation terms, the review screen, the ``learnloop deidentify`` command).

The engine may also run compiled: ``scripts/build_engine.py`` (run by ``make install``) compiles
its four modules with mypyc into build/engine/. They are loaded instead of the .py files only while
build/engine/manifest.json matches the sha256 of the sources and this interpreter, and
LEARNLOOP_ENGINE is not ``python``; so an edited .py runs as Python until it is rebuilt.
``ENGINE`` says which engine runs, and ``ENGINE_REASON`` why not the compiled one.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import sysconfig
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent.parent
# LEARNLOOP_ENGINE_BUILD points elsewhere (the tests use a copy).
ENGINE_BUILD = Path(os.environ.get("LEARNLOOP_ENGINE_BUILD") or _ROOT / "build" / "engine")


def _why_not_compiled(build: Path) -> str:
    """Why the compiled engine in ``build`` cannot run here; "" when it can."""
    if os.environ.get("LEARNLOOP_ENGINE", "").strip().lower() == "python":
        return "asked for python (LEARNLOOP_ENGINE=python)"
    try:
        manifest = json.loads((build / "manifest.json").read_text())
        sources: dict[str, str] = manifest["sources"]
        suffix = sysconfig.get_config_var("EXT_SUFFIX")
        if (
            manifest["implementation"] != sys.implementation.name
            or manifest["python"] != list(sys.version_info[:2])
            or manifest["ext_suffix"] != suffix
        ):
            return f"no build for this Python (built for Python {manifest['python_version']})"
        # Hashing the sources (about half a megabyte) takes about a millisecond.
        for name, digest in sources.items():
            if hashlib.sha256((_ROOT / name).read_bytes()).hexdigest() != digest:
                return f"stale build: {name} changed since (run scripts/build_engine.py)"
        libraries = [build / manifest["shared_library"]] + [
            build.joinpath(*module.split(".")).with_name(module.rsplit(".", 1)[1] + suffix)
            for module in manifest["modules"]
        ]
    except FileNotFoundError:
        return f"no build in {build} (make install, or scripts/build_engine.py)"
    except (OSError, ValueError, KeyError, TypeError) as error:
        return f"unreadable build manifest in {build}: {error!r}"
    missing = [path.name for path in libraries if not path.exists()]
    if missing:
        return f"incomplete build: no {', '.join(missing)}"
    return ""


ENGINE_REASON = _why_not_compiled(ENGINE_BUILD)
ENGINE = "python" if ENGINE_REASON else "compiled"
if ENGINE == "compiled":
    # The compiled modules are found first; the rest of the package, and the engine's data, as
    # before. The shared library they all live in is a top-level module in the build directory.
    __path__.insert(0, str(ENGINE_BUILD / "learnloop" / "sharing"))
    sys.path.append(str(ENGINE_BUILD))
