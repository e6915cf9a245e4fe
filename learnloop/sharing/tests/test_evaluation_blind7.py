"""Checks on the seventh blind evaluation pack: the gold is exact and the look-alikes stay out of it.

No engine is imported or run here: the pack is a yardstick, and its figures are printed by the
bench, not asserted. The checks the packs share are in blind_pack_checks.py; this file gives
what is the seventh pack's own.
"""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learnloop.config.test_settings")

from learnloop.sharing import evaluation_blind7 as pack  # noqa: E402
from learnloop.sharing.tests.blind_pack_checks import LaterBlindPackChecks  # noqa: E402


class TestSeventhBlindPack(LaterBlindPackChecks):
    PACK = pack
    ID_PREFIX = "blind7"
    PATTERNS = {
        **LaterBlindPackChecks.PATTERNS,
        "HOSPITAL_NUMBER": r"[A-Z]\d{7}|[A-Z]{2}\d{6}|\d{7}[A-Z]|H/\d{6}|\d{2}-\d{6}|R[A-Z]{2}\d{5}",
    }
    MIN_DATE_FORMS = 30
    DATE_SHAPES = (
        r"^\d{2}[A-Z]{3}\d{4}$",
        r"^\d{1,2}[A-Z][a-z]{2}\d{2}$",
        r" '\d{2}$",
        r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2}(st|nd|rd|th) [A-Z][a-z]{2}$",
        r"^[A-Z][a-z]+day the \d{1,2}(st|nd|rd|th)$",
        r"^\d{2}-\d{2}-\d{4}$",
        r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2}/\d{1,2}$",
        r"^[Tt]he \d{1,2}(st|nd|rd|th) of [A-Z][a-z]+$",
        r"^[A-Z][a-z]+ \d{1,2}, \d{4}$",
    )
    ADDRESS_START = r"(Flat \d+, )?\d+ "
    MEAN_WORDS = (270, 330)
    MIN_ALTERNATIVES = 350
    MIN_EARLIER_STYLES = 120
    PARTICLES = r"\b(van der|de|da|le|ter|von|bin|Mac|Mc|O'|D'|Ó)"
    INITIAL_AND_SURNAME = r"[A-Z]\.? [A-Z][\w' -]+|[A-Z][a-z]+ [A-Z]\. [A-Z][\w' -]+"
    WORD_NAMES = {"Amber", "Dawn", "Crystal", "Frank", "Grant", "Drew", "Rusty", "Chase", "Sunny"}
    MIN_LOOKALIKES = 4000
    LETTER_SENTENCES = "SHARED_LETTER"


def test_the_seventh_blind_pack_is_still_the_one_handed_over():
    # Fingerprint written when the pack was handed over (27 November 2026, 04:44 UTC), before the
    # engine was ever scored on it (evaluation_blind7.md). If this fails, the pack has changed
    # since: update the fingerprint only when the change is made before the pack is frozen.
    import hashlib
    import json

    data = [example.to_json() for example in pack.generate(1000, seed=1)]
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()

    assert digest == "28f7e9adc62e5b623812ae959a768df1196224bdfa941b9cdaeebe858dde784b"
