"""GET /healthz: 200 when the database answers, 503 when it does not."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from io import StringIO

import pytest
from django.contrib.staticfiles.management.commands.runserver import Command as StaticRunserver
from django.db import OperationalError, connection

from learnloop.core.management.commands.runserver import Command as Runserver


@pytest.mark.django_db
def test_healthz_says_the_database_is_reachable(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    body = response.json()
    assert body["database"] == "reachable"
    assert body["engine"] == connection.vendor
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_needs_no_sign_in_and_answers_only_get(client):
    assert client.post("/healthz").status_code == 405


@pytest.mark.django_db
def test_healthz_answers_503_when_the_query_fails(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", refuse)

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "database": "unreachable",
        "detail": "OperationalError",
    }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (our own test server)
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_a_real_server_with_no_database_answers_503(tmp_path):
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "learnloop.config.settings",
        # A closed port: nothing listens there, so every connection is refused.
        "DATABASE_URL": "postgres://postgres@127.0.0.1:1/nothing",
        "DEBUG": "1",
        "LEARNLOOP_VAR_DIR": str(tmp_path),
    }
    env.pop("SECRET_KEY", None)
    server = subprocess.Popen(  # noqa: S603 (fixed arguments)
        [sys.executable, "-m", "learnloop.cli", "runserver", f"127.0.0.1:{port}", "--noreload"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            assert server.poll() is None, server.stderr.read().decode()
            try:
                status, body = get(f"http://127.0.0.1:{port}/healthz")
                break
            except (ConnectionError, urllib.error.URLError):
                assert time.monotonic() < deadline, "the server did not start within 30 seconds"
                time.sleep(0.2)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        server.stderr.close()

    assert status == 503
    assert body["database"] == "unreachable"


def test_runserver_warns_and_carries_on_when_the_database_is_unreachable(monkeypatch):
    def unreachable(self):
        raise OperationalError("connection refused")

    monkeypatch.setattr(StaticRunserver, "check_migrations", unreachable)
    stderr = StringIO()
    command = Runserver(stderr=stderr)

    command.check_migrations()

    assert "The database cannot be reached (OperationalError)" in stderr.getvalue()
