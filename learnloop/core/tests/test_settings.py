"""Configuration from the environment, and the production-safe defaults when DEBUG is off.

Each case imports `learnloop.config.settings` in a fresh Python process with the environment
it needs, as a deployment would.
"""

import json
import os
import re
import secrets
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

LEARNLOOP = Path(sys.executable).parent / "learnloop"
REPO = Path(__file__).resolve().parents[3]
LONG_KEY = secrets.token_urlsafe(60)

SHOW_SETTINGS = """
import json
from learnloop.config import settings as s
names = {names!r}
print(json.dumps({{name: getattr(s, name, None) for name in names}}, default=str))
"""


def clean_environment(tmp_path: Path, **variables: str) -> dict:
    """The test runner's environment without learnloop's own variables, plus `variables`."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "DEBUG",
            "SECRET_KEY",
            "DATABASE_URL",
            "DJANGO_SETTINGS_MODULE",
            "ALLOWED_HOSTS",
            "EMAIL_URL",
            "CELERY_BROKER_URL",
            "SECURE_SSL_REDIRECT",
            "SECURE_COOKIES",
            # Set by the browser tests' conftest for their own process; never in deployment.
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    env["LEARNLOOP_VAR_DIR"] = str(tmp_path / "var")
    env.update(variables)
    return env


def python(code: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 (this interpreter, our own code)
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )


def settings_in(env: dict, *names: str) -> dict:
    result = python(SHOW_SETTINGS.format(names=names), env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_without_debug_a_secret_key_is_required(tmp_path):
    result = python("import learnloop.config.settings", clean_environment(tmp_path))

    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY must be set when DEBUG is off." in result.stderr


def test_without_debug_cookies_and_headers_are_production_safe(tmp_path):
    env = clean_environment(tmp_path, SECRET_KEY=LONG_KEY)

    values = settings_in(
        env,
        "DEBUG",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_SSL_REDIRECT",
        "SECURE_REDIRECT_EXEMPT",
        "X_FRAME_OPTIONS",
        "SECURE_REFERRER_POLICY",
        "SECURE_CONTENT_TYPE_NOSNIFF",
        "SESSION_COOKIE_HTTPONLY",
        "EMAIL_BACKEND",
        "ALLOWED_HOSTS",
        "CELERY_TASK_ALWAYS_EAGER",
        "PASSWORD_HASHERS",
        "AUTH_PASSWORD_VALIDATORS",
    )

    assert values["DEBUG"] is False
    assert values["PASSWORD_HASHERS"][0] == "django.contrib.auth.hashers.Argon2PasswordHasher"
    assert len(values["AUTH_PASSWORD_VALIDATORS"]) == 4
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["SECURE_HSTS_SECONDS"] > 0
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_REDIRECT_EXEMPT"] == ["^healthz$"]
    assert values["X_FRAME_OPTIONS"] == "DENY"
    assert values["SECURE_REFERRER_POLICY"] == "same-origin"
    assert values["SECURE_CONTENT_TYPE_NOSNIFF"] is True
    assert values["SESSION_COOKIE_HTTPONLY"] is True
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert values["ALLOWED_HOSTS"] == ["127.0.0.1", "localhost", "[::1]"]
    assert values["CELERY_TASK_ALWAYS_EAGER"] is True


def test_the_environment_sets_hosts_email_broker_and_redirects(tmp_path):
    env = clean_environment(
        tmp_path,
        SECRET_KEY=LONG_KEY,
        ALLOWED_HOSTS="learnloop.example.nhs.uk, api.learnloop.example.nhs.uk",
        EMAIL_URL="smtp://mailer:secret@smtp.example.nhs.uk:587/?tls=True",
        CELERY_BROKER_URL="redis://redis.internal:6379/0",
        SECURE_SSL_REDIRECT="0",
    )

    values = settings_in(
        env,
        "ALLOWED_HOSTS",
        "EMAIL_HOST",
        "EMAIL_PORT",
        "EMAIL_HOST_USER",
        "EMAIL_USE_TLS",
        "CELERY_BROKER_URL",
        "CELERY_TASK_ALWAYS_EAGER",
        "SECURE_SSL_REDIRECT",
    )

    assert values["ALLOWED_HOSTS"] == ["learnloop.example.nhs.uk", "api.learnloop.example.nhs.uk"]
    assert (values["EMAIL_HOST"], values["EMAIL_PORT"]) == ("smtp.example.nhs.uk", 587)
    assert values["EMAIL_HOST_USER"] == "mailer"
    assert values["EMAIL_USE_TLS"] is True
    assert values["CELERY_BROKER_URL"] == "redis://redis.internal:6379/0"
    assert values["CELERY_TASK_ALWAYS_EAGER"] is False
    assert values["SECURE_SSL_REDIRECT"] is False


def test_database_url_selects_postgresql(tmp_path):
    env = clean_environment(
        tmp_path,
        SECRET_KEY=LONG_KEY,
        DATABASE_URL="postgres://learnloop:pw@db.internal:6543/learnloop_prod",
        CONN_MAX_AGE="60",
    )

    database = settings_in(env, "DATABASES")["DATABASES"]["default"]

    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["HOST"], database["PORT"]) == ("db.internal", 6543)
    assert (database["NAME"], database["USER"], database["PASSWORD"]) == (
        "learnloop_prod",
        "learnloop",
        "pw",
    )
    assert database["CONN_MAX_AGE"] == 60
    assert "init_command" not in database.get("OPTIONS", {})


def test_the_default_database_is_sqlite_in_the_var_folder_in_wal_mode(tmp_path):
    env = clean_environment(tmp_path, DEBUG="1")
    code = (
        "import django; django.setup()\n"
        "from django.db import connection\n"
        "connection.ensure_connection(); print(connection.settings_dict['NAME'])\n"
    )
    env["DJANGO_SETTINGS_MODULE"] = "learnloop.config.settings"

    result = python(code, env)

    assert result.returncode == 0, result.stderr
    database = tmp_path / "var" / "learnloop.sqlite3"
    assert result.stdout.strip() == str(database)
    with sqlite3.connect(database) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_with_debug_a_secret_key_is_generated_once_and_kept_private(tmp_path):
    env = clean_environment(tmp_path, DEBUG="1")

    first = settings_in(env, "SECRET_KEY", "DEBUG", "SESSION_COOKIE_SECURE", "EMAIL_BACKEND")
    second = settings_in(env, "SECRET_KEY")

    key_file = tmp_path / "var" / "secret_key"
    assert first["DEBUG"] is True
    assert len(first["SECRET_KEY"]) >= 50
    assert first["SECRET_KEY"] == second["SECRET_KEY"] == key_file.read_text().strip()
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert not first["SESSION_COOKIE_SECURE"]
    assert first["EMAIL_BACKEND"] == "django.core.mail.backends.console.EmailBackend"


def test_the_deploy_check_finds_no_errors(tmp_path):
    env = clean_environment(tmp_path, SECRET_KEY=LONG_KEY)

    result = subprocess.run(  # noqa: S603 (our own console script)
        [str(LEARNLOOP), "check", "--deploy"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )

    # The one warning left is HSTS preload, which the domain's owner must choose (README).
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "ERRORS" not in output
    assert set(re.findall(r"\((\w+\.[WE]\d+)\)", output)) == {"security.W021"}, output


def test_the_deploy_check_is_clean_once_hsts_preload_is_chosen(tmp_path):
    env = clean_environment(tmp_path, SECRET_KEY=LONG_KEY, SECURE_HSTS_PRELOAD="1")

    result = subprocess.run(  # noqa: S603 (our own console script)
        [str(LEARNLOOP), "check", "--deploy", "--fail-level", "WARNING"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


# Headers on a real page --------------------------------------------------------------------


@pytest.mark.django_db
def test_pages_carry_the_security_headers(client):
    response = client.get(reverse("organisations:sign_in"))

    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "object-src 'none'" in policy
    nonce = re.search(r"script-src 'self' 'nonce-([^']+)'", policy).group(1)
    assert f'nonce="{nonce}"' in response.content.decode()
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.django_db
def test_each_response_gets_a_new_nonce(client):
    first = client.get(reverse("organisations:sign_in"))["Content-Security-Policy"]
    second = client.get(reverse("organisations:sign_in"))["Content-Security-Policy"]

    assert first != second


@pytest.mark.django_db
def test_https_headers_are_sent_over_https(client, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_SSL_REDIRECT = True

    plain = client.get(reverse("organisations:sign_in"))
    secure = client.get(reverse("organisations:sign_in"), secure=True)
    health = client.get(reverse("healthz"))

    assert plain.status_code == 301
    assert plain["Location"].startswith("https://")
    assert secure.status_code == 200
    assert secure["Strict-Transport-Security"].startswith("max-age=31536000")
    assert health.status_code == 200


def test_the_readme_documents_every_environment_variable():
    source = (REPO / "learnloop" / "config" / "settings.py").read_text()
    readme = (REPO / "README.md").read_text()

    names = set(re.findall(r'(?:environ\.get|env_bool|env_list)\("([A-Z_]+)"', source))

    assert {
        "DEBUG",
        "SECRET_KEY",
        "DATABASE_URL",
        "ALLOWED_HOSTS",
        "EMAIL_URL",
        "CELERY_BROKER_URL",
    } <= names
    assert sorted(name for name in names if f"| `{name}` |" not in readme) == []
