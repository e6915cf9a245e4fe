"""Settings for the test suite: production settings with a throwaway key."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-production-use-0123456789")
# The pure Python de-identification engine, even when a compiled build is fresh: coverage measures
# the .py files. test_compiled_engine.py runs the compiled one in subprocesses, and
# LEARNLOOP_ENGINE=compiled runs the whole suite on it.
os.environ.setdefault("LEARNLOOP_ENGINE", "python")

from learnloop.config.settings import *  # noqa: E402,F403

# The browser tests sign in over plain http on 127.0.0.1.
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_SSL_REDIRECT = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WHITENOISE_AUTOREFRESH = True
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
PASSWORD_HASHERS = ["learnloop.config.test_hashers.FastArgon2PasswordHasher", *PASSWORD_HASHERS]  # noqa: F405
