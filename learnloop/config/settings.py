"""learnloop settings: one module, driven by environment variables only.

DEBUG            on for local development (the demo); off in production (default).
SECRET_KEY       required when DEBUG is off; generated and kept in var/ when DEBUG is on.
DATABASE_URL     default: SQLite at var/learnloop.sqlite3 in WAL mode.
ALLOWED_HOSTS    comma-separated; default localhost names.
EMAIL_URL        e.g. smtp://user:pass@host:587/?tls=True; default console (DEBUG) or localhost SMTP.
CELERY_BROKER_URL e.g. redis://127.0.0.1:6379/0; when absent, background tasks run in-process.
Also (README.md has the table): CONN_MAX_AGE, CSRF_TRUSTED_ORIGINS, DEFAULT_FROM_EMAIL, SITE_URL,
CELERY_RESULT_BACKEND, SESSION_COOKIE_AGE, AXES_FAILURE_LIMIT, SECURE_COOKIES,
SECURE_SSL_REDIRECT, SECURE_HSTS_SECONDS, SECURE_HSTS_PRELOAD, LOG_LEVEL, LEARNLOOP_VAR_DIR.
"""

import os
import secrets
from pathlib import Path

import dj_database_url
import dj_email_url
import nhsuk_frontend_jinja
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("LEARNLOOP_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")


def _secret_key() -> str:
    key = os.environ.get("SECRET_KEY")
    if key:
        return key
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    # The demo keeps a generated key on disk so sessions survive a restart.
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
# Set when a proxy in front of learnloop overwrites X-Forwarded-For with the client's address.
USE_X_FORWARDED_FOR = env_bool("USE_X_FORWARDED_FOR")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "rules.apps.AutodiscoverRulesConfig",
    "axes",
    "csp",
    "ninja",
    "learnloop.core",
    "learnloop.organisations",
    "learnloop.reports",
    "learnloop.reviews",
    "learnloop.sharing",
    "learnloop.actions",
    # After learnloop.core, whose `runserver` (which starts without a database) must win.
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "learnloop.core.middleware.CurrentOrganisationMiddleware",
    # Axes last, as its documentation asks, so it sees the outcome of sign-in attempts.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "learnloop.config.urls"
WSGI_APPLICATION = "learnloop.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [Path(nhsuk_frontend_jinja.__file__).parent / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "environment": "learnloop.config.jinja2.environment",
            "autoescape": True,
            "context_processors": ["learnloop.core.context_processors.layout"],
        },
    },
    {
        # Django's own templates (the password-reset email subject, ninja's docs page).
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    },
]

VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'learnloop.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Fail fast (and /healthz says 503) when the server drops connections instead of refusing.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets readers carry on while one writer writes; IMMEDIATE avoids
        # "database is locked" when two transactions upgrade to write at once.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
        "transaction_mode": "IMMEDIATE",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "organisations.User"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "organisations:sign_in"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "organisations:sign_in"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 2

# Sessions end after 30 minutes without activity, and at the latest when the browser closes.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", 30 * 60))
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# Sign-in lock-out: five failures on one account lock it for 15 minutes.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", 5))
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "learnloop.organisations.views.locked_out"
# The sign-in form calls its email field "username"; count failures per lower-cased email.
AXES_USERNAME_CALLABLE = "learnloop.organisations.account_views.sign_in_username"
AXES_VERBOSE = False

# Invitations
STAFF_INVITATION_DAYS = 14
FAMILY_INVITATION_DAYS = 7

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "learnloop" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
# Production serves what `learnloop collectstatic` gathered; development reads the sources.
WHITENOISE_AUTOREFRESH = DEBUG

EMAIL_CONFIG = dj_email_url.parse(
    os.environ.get("EMAIL_URL", "console://" if DEBUG else "smtp://127.0.0.1:25")
)
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "learnloop <no-reply@learnloop.nhs.invalid>")
# Where learnloop is served, for links in emails sent without a request (learning digests).
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND", "")
# No broker: run tasks in-process, so the default installation needs nothing else.
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True

# Security headers, always on; the cookie and HTTPS ones once DEBUG is off.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF, "https://assets.nhs.uk"],
        "connect-src": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    # Plain http is redirected to https (the proxy says which it was, below), except the health
    # check, which load balancers call over plain http. SECURE_SSL_REDIRECT=0 turns it off.
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31536000))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    # Preloading commits the whole domain to https in browsers for months; its owner decides.
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Form fields render through the Jinja2 templates that call the NHS.UK macros (core/forms.py).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# Axes warns when lock-out is not by IP address. We lock by account on purpose: NHS staff
# share a few NAT addresses per trust, so an IP lock would lock out a whole hospital
# (docs/adr/0006-sign-in-lock-out.md).
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
