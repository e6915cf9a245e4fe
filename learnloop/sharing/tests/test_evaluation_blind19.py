"""Checks on the nineteenth blind evaluation pack: the gold is exact and the look-alikes stay out of it.

No engine is imported or run here: the pack is a yardstick, and its figures are printed by the
bench, not asserted. The checks the packs share are in blind_pack_checks.py; this file gives
what is the nineteenth pack's own, and the checks only the nineteenth pack has.
"""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learnloop.config.test_settings")


from learnloop.sharing import evaluation_blind19 as pack  # noqa: E402
from learnloop.sharing.tests.blind_pack_checks import (  # noqa: E402
    DatedPackChecks,
    LocalityPackChecks,
    values_in,
)


class TestNineteenthBlindPack(LocalityPackChecks):
    PACK = pack
    ID_PREFIX = "blind19"
    PATTERNS = {
        **DatedPackChecks.PATTERNS,
        "HOSPITAL_NUMBER": r"[A-Z]{2}-\d{6}|\d{7}[A-Z]|[A-Z]{3}/\d{5}|[A-Z]\d{2} \d{4} \d",
    }
    DATE_SHAPES = (
        *DatedPackChecks.DATE_SHAPES,
        r"^\d{1,2}\.\d{1,2}\.\d{2}$",  # 4.3.25
        r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4}$",  # Tue 4 Mar 2025
        r"^\d{2} [A-Z][a-z]{2} \d{2}$",  # 04 Mar 25
        r"^[A-Z][a-z]+day \d{1,2}(st|nd|rd|th) [A-Z][a-z]+$",  # Tuesday 4th March
    )
    PARTICLES = r"(\bda |\bdos |\bDela |\bAl-|\bLe )"
    WORD_NAMES = pack.ALL_WORD_NAMES
    MIN_LOOKALIKES = 2500
    MEAN_WORDS = (270, 330)
    NAME_FORMS = frozenset(
        "full first last title tfull init initd caps upper lower lfirst nick jh email poss brk".split()
    )
    PEOPLE = frozenset("p r s1 s2 d o1 o2 o3 o4 o5 o1f o1m o2f o2m o3f o3m o4f o4m o5f o5m".split())
    CASE_SLOTS = frozenset(
        """date ldate dob age nhs hosp addr addrb addr2 ward ward2 home street hospital
        hospital2 trust gp council prov ref ref2 phone mob email email2 url rel time""".split()
    )
    TITLES = r"Mr|Mrs|Ms|Miss|Master|Dr"
    CHILD_STYLES = 2
    DATE_FORMATS = (
        "%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d%b%Y", "%d %b %Y", "%d-%b-%Y",
        "%d %B %Y", "%a %d/%m/%Y", "%B %d, %Y", "%a %d %b %Y",
    )  # fmt: skip
    AGE_YEARS = (2024, 2026)
    PARSE_BIRTH_DATE = True
    CSV_LINE = r"[^,\"]+,[^,\"]+,\""
    BRACKET_LINES = "thread"
    MIN_ADDRESS_BLOCKS = 50
    MIN_SEX_HINTS = 8
    SEX_HINT_STYLE = "ct_pregnancy_check_near_miss_review"
    SEX_HINT_PLAN = ("{o1f.full}", "{o2m.full}")
    LOOKALIKES_PER_TEXT = None

    # -- checks only the nineteenth pack has ---------------------------------------------------

    # This pack's lines opening with "[" are a thread, and the check is named so.
    test_csv_table_and_thread_lines_carry_identifiers = (
        DatedPackChecks.test_csv_table_and_text_message_lines_carry_identifiers
    )
    test_csv_table_and_text_message_lines_carry_identifiers = None

    def test_styles_with_an_age_range_never_write_a_gold_age(self):
        ranged = {s.name for s in pack.STYLES if s.ages}
        assert len(ranged) == 3
        for example in self.examples():
            if example.kind in ranged:
                assert not values_in(example, "AGE"), example.id


def test_the_nineteenth_blind_pack_is_still_the_one_handed_over():
    # Fingerprint written when the pack was handed over (27 November 2026, 16:57 UTC), before the
    # engine was ever scored on it (evaluation_blind19.md). If this fails, the pack has changed
    # since: update the fingerprint only when the change is made before the pack is frozen.
    import hashlib
    import json

    data = [example.to_json() for example in pack.generate(1000, seed=1)]
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()

    assert digest == "9fccbc9287ca3f7067ebda574c40e68813b6b926e6cfb30eebcd7f956990d304"
