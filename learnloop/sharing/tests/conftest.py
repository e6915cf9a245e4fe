"""Hypothesis explores new examples on a developer's machine; in CI it runs a fixed set, so a
submission's result does not depend on luck (a failure found locally is kept in .hypothesis/)."""

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, database=None, max_examples=300)
if os.environ.get("CI"):
    settings.load_profile("ci")
