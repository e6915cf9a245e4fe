"""The optional compiled engine (scripts/build_engine.py): loaded only when fresh, same output.

The rest of the suite runs the pure Python engine (test_settings.py sets LEARNLOOP_ENGINE=python,
so coverage measures the .py files); these tests start subprocesses without that setting. With no
fresh build in build/engine they skip, saying why, except under CI=true, where they fail.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from learnloop.sharing import ENGINE_BUILD as BUILD  # build/engine, or LEARNLOOP_ENGINE_BUILD
from learnloop.sharing.tests.test_jsonl import many_lines

REPO = Path(__file__).resolve().parents[3]
# A few hundred narratives of every pack, with the record and without: about 30 s on one core.
PARITY_COUNT = 200
PARITY_SEED = 1


def engine_env(**extra: str) -> dict[str, str]:
    """This environment without LEARNLOOP_ENGINE, importing this checkout's code."""
    env = {k: v for k, v in os.environ.items() if k != "LEARNLOOP_ENGINE"}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), *filter(None, [env.get("PYTHONPATH")])])
    return {**env, **extra}


def loader(**extra: str) -> dict:
    """Which engine a fresh interpreter loads, and why not the compiled one."""
    code = (
        "import json, learnloop.sharing as s, learnloop.sharing.deidentify as d; "
        "print(json.dumps({'engine': s.ENGINE, 'reason': s.ENGINE_REASON, 'module': d.__file__}))"
    )
    result = subprocess.run(  # noqa: S603 (this interpreter)
        [sys.executable, "-c", code], capture_output=True, text=True, env=engine_env(**extra),
        cwd=REPO, timeout=60, check=True,
    )  # fmt: skip
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def compiled():
    """The loader's answer in a plain environment; skips (fails under CI) without a fresh build."""
    found = loader()
    if found["engine"] != "compiled":
        message = f"no fresh compiled engine: {found['reason']}"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{message} (CI=true: the build must succeed)")
        pytest.skip(message)
    return found


def test_the_suite_itself_runs_the_pure_engine():
    import learnloop.sharing
    from learnloop.sharing import deidentify

    if os.environ.get("LEARNLOOP_ENGINE", "python") == "python":
        assert learnloop.sharing.ENGINE == "python"
        assert deidentify.__file__.endswith("deidentify.py")


def test_the_loader_uses_a_fresh_build_only(compiled, tmp_path):
    assert compiled["reason"] == ""
    assert compiled["module"].startswith(str(BUILD))
    assert compiled["module"].endswith(".so") or compiled["module"].endswith(".pyd")

    asked = loader(LEARNLOOP_ENGINE="python")
    assert asked["engine"] == "python"
    assert "LEARNLOOP_ENGINE=python" in asked["reason"]
    assert asked["module"] == str(REPO / "learnloop" / "sharing" / "deidentify.py")

    # A copy of the build whose manifest no longer matches a source: as after editing the .py.
    stale = tmp_path / "engine"
    shutil.copytree(BUILD, stale, symlinks=True)
    manifest = json.loads((stale / "manifest.json").read_text())
    manifest["sources"]["learnloop/sharing/names.py"] = "0" * 64
    (stale / "manifest.json").write_text(json.dumps(manifest))
    found = loader(LEARNLOOP_ENGINE_BUILD=str(stale))
    assert found["engine"] == "python"
    assert found["reason"].startswith("stale build: learnloop/sharing/names.py changed")
    assert found["module"].endswith("deidentify.py")

    # Built for another interpreter, or nothing built there at all.
    manifest = json.loads((BUILD / "manifest.json").read_text())
    (stale / "manifest.json").write_text(json.dumps({**manifest, "python": [2, 7]}))
    assert loader(LEARNLOOP_ENGINE_BUILD=str(stale))["reason"].startswith(
        "no build for this Python"
    )
    found = loader(LEARNLOOP_ENGINE_BUILD=str(tmp_path / "nothing"))
    assert (found["engine"], found["reason"][:8]) == ("python", "no build")


def test_the_compiled_engine_finds_the_same_spans_on_every_pack(compiled):
    command = [
        sys.executable,
        "-m",
        "learnloop.sharing.tests.engine_parity",
        str(PARITY_COUNT),
        str(PARITY_SEED),
    ]
    runs = {
        engine: subprocess.Popen(  # noqa: S603 (this interpreter)
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env=engine_env(**({"LEARNLOOP_ENGINE": "python"} if engine == "python" else {})),
        )  # fmt: skip
        for engine in ("compiled", "python")
    }
    outputs = {}
    for engine, run in runs.items():
        stdout, stderr = run.communicate(timeout=300)
        assert run.returncode == 0, stderr
        outputs[engine] = json.loads(stdout)
    assert outputs["compiled"]["engine"] == "compiled"
    assert outputs["compiled"]["module"].startswith(str(BUILD))
    assert outputs["python"]["engine"] == "python"

    compiled_spans, pure_spans = outputs["compiled"]["spans"], outputs["python"]["spans"]
    assert compiled_spans.keys() == pure_spans.keys()
    for pack, narratives in pure_spans.items():
        assert len(narratives) == PARITY_COUNT
        for number, (pure, built) in enumerate(zip(narratives, compiled_spans[pack], strict=True)):
            assert built == pure, f"{pack} narrative {number}: [with the record, without] differ"


def test_two_workers_with_the_compiled_engine_and_terms(compiled, tmp_path):
    """Spawned workers are sent the Terms: they must pickle when the engine is compiled."""
    lines = b"\n".join(many_lines(200)) + b"\n"
    (tmp_path / "in.jsonl").write_bytes(lines)
    (tmp_path / "terms.json").write_text(
        json.dumps({"redact": {"Rowan Ward": "LOCATION"}, "keep": ["0113 243 3144"]})
    )
    absent_database = tmp_path / "no-database.sqlite3"

    def deidentify(**extra: str) -> subprocess.CompletedProcess:
        env = engine_env(DATABASE_URL=f"sqlite:///{absent_database}", **extra)
        env.pop("DJANGO_SETTINGS_MODULE", None)  # the console script's own settings
        return subprocess.run(  # noqa: S603 (this interpreter running the console script's code)
            [sys.executable, "-m", "learnloop.cli", "deidentify", "in.jsonl", "--workers", "2",
             "--terms", "terms.json"],
            capture_output=True, env=env, cwd=tmp_path, timeout=180,
        )  # fmt: skip

    built = deidentify()
    pure = deidentify(LEARNLOOP_ENGINE="python")
    assert built.returncode == 0, built.stderr.decode()
    assert pure.returncode == 0, pure.stderr.decode()
    assert not absent_database.exists()
    assert built.stdout == pure.stdout
    assert len(built.stdout.splitlines()) == 200
    assert "200 lines" in built.stderr.decode()


def test_the_loader_explains_each_build_it_will_not_use(tmp_path, monkeypatch):
    """The loader's checks on made-up builds, in this process (no build or compiler needed)."""
    import hashlib
    import sysconfig

    from learnloop.sharing import _why_not_compiled

    monkeypatch.delenv("LEARNLOOP_ENGINE", raising=False)
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    source = "learnloop/sharing/names.py"
    manifest = {
        "sources": {source: hashlib.sha256((REPO / source).read_bytes()).hexdigest()},
        "modules": ["learnloop.sharing.names"],
        "shared_library": f"learnloop_engine__mypyc{suffix}",
        "implementation": sys.implementation.name,
        "python": list(sys.version_info[:2]),
        "ext_suffix": suffix,
        "python_version": "3.x",
    }
    build = tmp_path / "engine"
    (build / "learnloop" / "sharing").mkdir(parents=True)

    def why(**changes) -> str:
        (build / "manifest.json").write_text(json.dumps({**manifest, **changes}))
        return _why_not_compiled(build)

    assert _why_not_compiled(tmp_path / "nothing").startswith("no build in ")
    (build / "manifest.json").write_text("{not json")
    assert _why_not_compiled(build).startswith("unreadable build manifest")
    assert why(sources={source: "0" * 64}).startswith(f"stale build: {source} changed")
    assert why(ext_suffix=".other.so") == "no build for this Python (built for Python 3.x)"
    assert why() == f"incomplete build: no learnloop_engine__mypyc{suffix}, names{suffix}"
    (build / f"learnloop_engine__mypyc{suffix}").touch()
    (build / "learnloop" / "sharing" / f"names{suffix}").touch()
    assert why() == ""
    monkeypatch.setenv("LEARNLOOP_ENGINE", "Python")
    assert why() == "asked for python (LEARNLOOP_ENGINE=python)"
