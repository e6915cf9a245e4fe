"""Checks on the seventeenth blind evaluation pack: the gold is exact and the look-alikes stay out of it.

No engine is imported or run here: the pack is a yardstick, and its figures are printed by the
bench, not asserted. The checks the packs share are in blind_pack_checks.py; this file gives
what is the seventeenth pack's own, and the checks only the seventeenth pack has.
"""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learnloop.config.test_settings")


from learnloop.sharing import evaluation_blind17 as pack  # noqa: E402
from learnloop.sharing.tests.blind_pack_checks import (  # noqa: E402
    DatedPackChecks,
    TownPackChecks,
    values_in,
)


class TestSeventeenthBlindPack(TownPackChecks):
    PACK = pack
    ID_PREFIX = "blind17"
    PATTERNS = {
        **DatedPackChecks.PATTERNS,
        "HOSPITAL_NUMBER": r"[A-Z]\d{7}|[A-Z]{2}\d \d{6}|\d{2}/\d{6}|[A-Z]{3}-\d{4}-[A-Z]",
    }
    DATE_SHAPES = (
        *DatedPackChecks.DATE_SHAPES,
        r"^\d{2} [A-Z][a-z]{2} \d{2}$",  # 04 Mar 25
        r"^\d{2}/[A-Z][a-z]{2}/\d{4}$",  # 04/Mar/2025
        r"^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}$",  # Tuesday 4 March 2025
        r"^20\d{6}$",  # 20250304
        r"^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+$",  # Tuesday 4 March
    )
    PARTICLES = r"(\bvan |\bde |\bdi |\bbin |\bEl-|Ní |\bMac an |\bNic )"
    WORD_NAMES = pack.ALL_WORD_NAMES
    MIN_LOOKALIKES = 2500
    MEAN_WORDS = (260, 330)
    NAME_FORMS = frozenset(
        "full first last title tfull init initd caps upper lower lfirst nick jh email poss brk".split()
    )
    CASE_SLOTS = frozenset(
        """date ldate dob age nhs hosp addr addrb addr2 ward ward2 home street hospital
        hospital2 trust gp council prov ref ref2 phone mob email email2 url rel time""".split()
    )
    TITLES = r"Mr|Mrs|Ms|Miss|Master|Dr"
    CHILD_STYLES = 2
    DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%Y%m%d", "%d/%b/%Y")
    AGE_YEARS = (2023, 2026)
    PARSE_BIRTH_DATE = True
    CSV_LINE = r"[^,\"]+,[^,\"]+,\""
    BRACKET_LINES = "thread"

    # -- checks only the seventeenth pack has --------------------------------------------------

    # This pack's lines opening with "[" are a thread, and the check is named so.
    test_csv_table_and_thread_lines_carry_identifiers = (
        DatedPackChecks.test_csv_table_and_text_message_lines_carry_identifiers
    )
    test_csv_table_and_text_message_lines_carry_identifiers = None

    def test_no_gold_age_in_the_maternity_style(self):
        for example in self.examples():
            if example.kind == "epidural_line_near_miss_review":
                assert not values_in(example, "AGE"), example.id

    def test_letters_carry_an_address_block_over_lines(self):
        letters = {s.name for s in pack.STYLES if s.register == "letter"}
        blocks = 0
        for example in self.examples():
            for span in example.gold:
                if span.label == "ADDRESS" and "\n" in example.text[span.start : span.end]:
                    assert example.kind in letters, example.id
                    blocks += 1
        assert blocks > 50

    def test_mixed_registers_use_their_own_top_up_line_shapes(self):
        csv = [s for s in pack.STYLES if s.name.endswith("_csv")]
        tables = [s for s in pack.STYLES if s.name.endswith("_table")]
        assert len(csv) == 2 and len(tables) == 2
        assert all(s.topup.count(",") >= 4 for s in csv)
        assert all(s.topup.startswith("| ") for s in tables)


def test_the_seventeenth_blind_pack_is_still_the_one_handed_over():
    # Fingerprint written when the pack was handed over (27 November 2026, 15:59 UTC), before the
    # engine was ever scored on it (evaluation_blind17.md). If this fails, the pack has changed
    # since: update the fingerprint only when the change is made before the pack is frozen.
    import hashlib
    import json

    data = [example.to_json() for example in pack.generate(1000, seed=1)]
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()

    assert digest == "7f71594c2bc0cbb3f7df384e874acc3a1ecf80320bb2c080e145fe85c0c57cb6"
