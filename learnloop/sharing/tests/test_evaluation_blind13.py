"""Checks on the thirteenth blind evaluation pack: the gold is exact and the look-alikes stay out of it.

No engine is imported or run here: the pack is a yardstick, and its figures are printed by the
bench, not asserted. The checks the packs share are in blind_pack_checks.py; this file gives
what is the thirteenth pack's own (its templates' checks are `TemplatedBlindPackChecks`).
"""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learnloop.config.test_settings")


from learnloop.sharing import evaluation_blind13 as pack  # noqa: E402
from learnloop.sharing.tests.blind_pack_checks import TemplatedBlindPackChecks  # noqa: E402


class TestThirteenthBlindPack(TemplatedBlindPackChecks):
    PACK = pack
    ID_PREFIX = "blind13"
    PATTERNS = {
        **TemplatedBlindPackChecks.PATTERNS,
        "HOSPITAL_NUMBER": r"[A-Z]{2}\d{6}[A-Z]|[A-Z]\d{2}/\d{5}|\d{7}[A-Z]|[A-Z]{3} \d{3} \d{3}",
    }
    DATE_SHAPES = (
        *TemplatedBlindPackChecks.DATE_SHAPES,
        r"^\d{1,2}\.[ivx]+\.\d{4}$",
        r"^\d{1,2}(st|nd|rd|th) [A-Z][a-z]{2} '\d{2}$",
        r"^(Mo|Tu|We|Th|Fr|Sa|Su) \d{2}/\d{2}$",
        r"^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}$",
        r"^[A-Z][a-z]{2} \d{1,2}(st|nd|rd|th)$",
    )
    PARTICLES = r"\b(van den|de|dos|du|al|el|bin|ab|Ó|Mac Giolla|O'|Mac|Mc|De)\b"
    WORD_NAMES = pack.WORD_NAMES
    MIN_LOOKALIKES = 6000


def test_the_thirteenth_blind_pack_is_still_the_one_handed_over():
    # Fingerprint written when the pack was handed over (27 November 2026, 11:37 UTC), before the
    # engine was ever scored on it (evaluation_blind13.md). If this fails, the pack has changed
    # since: update the fingerprint only when the change is made before the pack is frozen.
    import hashlib
    import json

    data = [example.to_json() for example in pack.generate(1000, seed=1)]
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()

    assert digest == "e90c3d27e615a2d1b2317b5fafa0e123820f8ad571c3c75d9c38035404d02234"
