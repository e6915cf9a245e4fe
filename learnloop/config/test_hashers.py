"""Argon2 with the cheapest parameters, for the test suite only.

Tests still go through Argon2 (the production hasher), but a hash costs a millisecond
instead of a fifth of a second, which otherwise dominates the suite's time.
"""

from django.contrib.auth.hashers import Argon2PasswordHasher


class FastArgon2PasswordHasher(Argon2PasswordHasher):
    time_cost = 1
    memory_cost = 8
    parallelism = 1
