"""Checks on the sixth blind evaluation pack: the gold is exact and the look-alikes stay out of it.

No engine is imported or run here: the pack is a yardstick, and its figures are printed by the
bench, not asserted. The checks the packs share are in blind_pack_checks.py; this file gives
what is the sixth pack's own.
"""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learnloop.config.test_settings")

import re  # noqa: E402

from learnloop.sharing import evaluation_blind6 as pack  # noqa: E402
from learnloop.sharing.tests.blind_pack_checks import BlindPackChecks  # noqa: E402


class TestSixthBlindPack(BlindPackChecks):
    PACK = pack
    ID_PREFIX = "blind6"
    PATTERNS = {
        **BlindPackChecks.PATTERNS,
        "POSTCODE": r"[A-Z]{1,2}\d{1,2} {0,2}\d[A-Z]{2}",
        "PHONE": r"[+(\d][\d ()+-]{8,}\d( (ext\.?|x)? ?\d{4}| x\d{4})?",
        "HOSPITAL_NUMBER": r"[A-Z]\d{7}|[A-Z]{2}\d{6}|[12]\d{7}|[A-Z]{2}-\d{6}|\d{7}[A-Z]|RT[A-Z]\d{5}",
    }
    MIN_DATE_FORMS = 40
    DATE_SHAPES = (
        r"^the [a-z]+(-[a-z]+)?$",
        r"^(Mon|Tues|Wed|Thurs|Fri|Sat|Sun) \d{1,2}/\d{1,2}$",
        r"^\d{1,2}\.\d{1,2}\.\d{2}$",
        r"^\d{2}-[A-Z]{3}-\d{4}$",
        r"^[A-Z][a-z]+ \d{1,2}$",
        r"^\d{1,2}(st|nd|rd|th) of [A-Z][a-z]+$",
        r"^the \d{1,2}(st|nd|rd|th)$",
    )
    ADDRESS_START = r"(Flat \d+, )?\d+ "
    AGE_MENTION = re.compile(
        r"\bage[d]? (\d{1,3})\b|\b(\d{1,3})(?=-year-old| year old|yo\b| y/o| years old| yrs\b|yrs\b|y\b)"
    )
    MEAN_WORDS = (270, 325)
    MIN_ALTERNATIVES = 350
    MIN_EARLIER_STYLES = 80
    SURNAME_FIRST = r"[A-Z][A-Z'ÍÉ -]+, [A-Z][a-z]+"
    PARTICLES = r"\b(van|de|du|di|dos|al|St|Mac|Mc|O')"
    WORD_NAMES = {"Rose", "Hope", "Grace", "Mark", "Will", "Bill", "Summer", "Joy", "Ivy"}
    MIN_LOOKALIKES = 3000
    LOOKALIKES_MAY_OPEN_A_SENTENCE = False  # the sixth pack's look-alikes are matched as written


def test_the_sixth_blind_pack_is_still_the_one_handed_over():
    # Fingerprint written when the pack was handed over (27 November 2026, 03:58 UTC), before the
    # engine was ever scored on it (evaluation_blind6.md). If this fails, the pack has changed
    # since: update the fingerprint only when the change is made before the pack is frozen.
    import hashlib
    import json

    data = [example.to_json() for example in pack.generate(1000, seed=1)]
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()

    assert digest == "e6ff121ec57e82a8ca6000a01f428a104f22e738cb219a18adbccdcccee26e66"
