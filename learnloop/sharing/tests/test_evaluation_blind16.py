"""Checks on the sixteenth blind evaluation pack: the gold is exact and the look-alikes stay out of it.

No engine is imported or run here: the pack is a yardstick, and its figures are printed by the
bench, not asserted. The checks the packs share are in blind_pack_checks.py; this file gives
what is the sixteenth pack's own, and the checks only the sixteenth pack has.
"""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learnloop.config.test_settings")

from learnloop.sharing import evaluation_blind16 as pack  # noqa: E402
from learnloop.sharing.tests.blind_pack_checks import (  # noqa: E402
    DatedPackChecks,
    values_in,
)


class TestSixteenthBlindPack(DatedPackChecks):
    PACK = pack
    ID_PREFIX = "blind16"
    PATTERNS = {
        **DatedPackChecks.PATTERNS,
        "HOSPITAL_NUMBER": r"[A-Z]\d{6}|[A-Z]{3}-\d{5}|\d{2}[A-Z]\d{6}|[A-Z]{2}\d{2}/\d{4}",
    }
    DATE_SHAPES = (
        *DatedPackChecks.DATE_SHAPES,
        r"^\d{4}/\d{2}/\d{2}$",  # 2025/03/04
        r"^\d{1,2}(st|nd|rd|th) of [A-Z][a-z]+ \d{4}$",  # 4th of March 2025
        r"^[A-Z][a-z]{2} \d{1,2}, \d{4}$",  # Mar 4, 2025
        r"^\d{1,2} [A-Z][a-z]+ \d{2}$",  # 4 March 25
        r"^[A-Z][a-z]+day, \d{1,2}(st|nd|rd|th) [A-Z][a-z]+ \d{4}$",
        r"^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+$",  # Tuesday 4 March
    )
    PARTICLES = r"(\bap |\bab |\bda |\bde la |\bVan der |\bal-|Ó |\bMac )"
    WORD_NAMES = pack.ALL_WORD_NAMES
    MIN_LOOKALIKES = 5000
    MEAN_WORDS = (270, 330)
    NAME_FORMS = frozenset(
        "full first last title tfull init initd caps upper lower lfirst nick jh email poss brk".split()
    )
    CASE_SLOTS = frozenset(
        """date ldate dob age nhs hosp addr addrb addr2 ward ward2 home street hospital
        hospital2 trust gp council prov ref ref2 phone mob email email2 url rel time""".split()
    )
    TITLES = r"Mr|Mrs|Ms|Miss|Master|Dr"
    CHILD_STYLES = 4
    DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d")
    AGE_YEARS = (2024, 2027)
    CSV_LINE = r"[^,]+,[^,]+,\""

    # -- checks only the sixteenth pack has ----------------------------------------------------

    def test_no_gold_age_in_the_maternity_styles(self):
        for example in self.examples():
            if example.kind in (
                "labour_ward_board_round_log",
                "perinatal_mental_health_referral_note",
            ):
                assert not values_in(example, "AGE"), example.id

    def test_text_message_possessives_keep_the_s_outside(self):
        found = 0
        for example in self.examples():
            if example.kind != "health_visitor_text_thread":
                continue
            for span in example.gold:
                value = example.text[span.start : span.end]
                if span.label == "PERSON" and value.islower() and example.text[span.end] == "s":
                    found += 1
        assert found > 10

    def test_wrong_patient_records_name_a_second_person_outside_the_record(self):
        kinds = {"epr_wrong_patient_merge_report", "virology_result_misfile_log"}
        for example in self.examples():
            if example.kind in kinds and example.known:
                people = [s for s in example.gold if s.label == "PERSON"]
                assert any(s.in_record for s in people) and any(not s.in_record for s in people)

    def test_some_names_are_split_across_a_line_break(self):
        split = [v for v in self.values("PERSON") if "\n" in v]
        assert len(split) > 10
        assert all(len(v.split("\n")) == 2 and all(v.split("\n")) for v in split)


def test_the_sixteenth_blind_pack_is_still_the_one_handed_over():
    # Fingerprint written when the pack was handed over (27 November 2026, 14:08 UTC), before the
    # engine was ever scored on it (evaluation_blind16.md). If this fails, the pack has changed
    # since: update the fingerprint only when the change is made before the pack is frozen.
    import hashlib
    import json

    data = [example.to_json() for example in pack.generate(1000, seed=1)]
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()

    assert digest == "408ad1ffc2ca82f8b4da28175911fa59494467569feda7c8ee614369d5d69016"
