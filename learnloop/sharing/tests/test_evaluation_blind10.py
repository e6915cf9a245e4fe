"""Checks on the tenth blind evaluation pack: the gold is exact and the look-alikes stay out of it.

No engine is imported or run here: the pack is a yardstick, and its figures are printed by the
bench, not asserted. The checks the packs share are in blind_pack_checks.py; this file gives
what is the tenth pack's own, and the checks only the tenth pack has.
"""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learnloop.config.test_settings")

import re  # noqa: E402
from collections import Counter  # noqa: E402

from learnloop.sharing import evaluation_blind10 as pack  # noqa: E402
from learnloop.sharing.tests.blind_pack_checks import NewerBlindPackChecks, values_in  # noqa: E402


class TestTenthBlindPack(NewerBlindPackChecks):
    PACK = pack
    ID_PREFIX = "blind10"
    PATTERNS = {
        **NewerBlindPackChecks.PATTERNS,
        "HOSPITAL_NUMBER": r"[A-Z]\d{6}|[A-Z]{3}\d{7}|\d{8}|[A-Z]{2}-\d{6}",
    }
    DATE_SHAPES = (
        *NewerBlindPackChecks.DATE_SHAPES,
        r"^\d{2} [A-Z][a-z]{2}$",
        r"^\d{1,2}/\d{1,2}/\d{2}$",
    )
    PARTICLES = r"\b(van der|de|da|di|von|ap|bin|al|Mac|Mc|O'|D'|Ó|Ní)"
    WORD_NAMES = pack.WORD_NAMES
    MIN_LOOKALIKES = 1800

    # -- checks only the tenth pack has --------------------------------------------------------

    def test_templates_use_only_slots_the_pack_fills(self):
        forms = {"full", "first", "last", "title", "tfull", "dr", "short", "init", "caps"}
        forms |= {"upper", "lower", "nick"}
        people = {"p", "r", "s1", "s2", "d", "o1", "o2", "o3", "o4", "o5"}
        for style in pack.STYLES:
            for sentence in (*style.headers, *style.core, *style.extras, *style.endings):
                for who, form in re.findall(r"\{(\w+)\.(\w+)\}", sentence):
                    assert who in people and form in forms, (style.name, who, form)

    def test_every_kind_of_name_form_is_used(self):
        people = self.values("PERSON")
        assert any(v.startswith("Master ") for v in people)  # the child style
        assert any("Dr " in v for v in people)
        assert any(" " in v and not v.startswith(("Mr", "Ms", "Dr", "Miss")) for v in people)

    def test_the_child_style_never_writes_an_age_over_89(self):
        children = {s.name for s in pack.STYLES if s.child}
        assert children
        for example in self.examples():
            if example.kind in children:
                assert not values_in(example, "AGE"), example.id

    def test_old_styles_write_more_gold_ages(self):
        old = {s.name for s in pack.STYLES if s.old}
        counts = Counter()
        for example in self.examples():
            counts[example.kind in old] += bool(values_in(example, "AGE"))
        styles = Counter(s.old for s in pack.STYLES)
        assert counts[True] / (20 * styles[True]) > counts[False] / (20 * styles[False])

    def test_wrong_addresses_are_gold_and_in_the_patient_s_town(self):
        wrong = 0
        for example in self.examples():
            gold = example.gold
            for index, span in enumerate(gold):
                if span.label != "ADDRESS":
                    continue
                following = gold[index + 1] if index + 1 < len(gold) else None
                if following is None or following.label != "POSTCODE":
                    wrong += 1
        assert wrong > 50


def test_the_tenth_blind_pack_is_still_the_one_handed_over():
    # Fingerprint written when the pack was handed over (27 November 2026, 07:20 UTC), before the
    # engine was ever scored on it (evaluation_blind10.md). If this fails, the pack has changed
    # since: update the fingerprint only when the change is made before the pack is frozen.
    import hashlib
    import json

    data = [example.to_json() for example in pack.generate(1000, seed=1)]
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()

    assert digest == "1bdc4ebae9d05d4fc451f0640b9e04e3a1e33e48a5c85874585ad6bbc8ae1932"
