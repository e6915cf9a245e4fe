"""Checks on the eighteenth blind evaluation pack: the gold is exact and the look-alikes stay out of it.

No engine is imported or run here: the pack is a yardstick, and its figures are printed by the
bench, not asserted. The checks the packs share are in blind_pack_checks.py; this file gives
what is the eighteenth pack's own, and the checks only the eighteenth pack has.
"""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learnloop.config.test_settings")

import re  # noqa: E402

from learnloop.sharing import evaluation_blind18 as pack  # noqa: E402
from learnloop.sharing.tests.blind_pack_checks import (  # noqa: E402
    DatedPackChecks,
    values_in,
)


class TestEighteenthBlindPack(DatedPackChecks):
    PACK = pack
    ID_PREFIX = "blind18"
    PATTERNS = {
        **DatedPackChecks.PATTERNS,
        "HOSPITAL_NUMBER": r"[A-Z]{2}\d{6}|\d{7}[A-Z]|[A-Z]\d{3}/\d{5}|[A-Z]{3} \d{3} \d{3}",
    }
    DATE_SHAPES = (
        *DatedPackChecks.DATE_SHAPES,
        r"^\d{4}/\d{2}/\d{2}$",  # 2025/03/04
        r"^\d{1,2}(st|nd|rd|th) [A-Z][a-z]{2} \d{2}$",  # 4th Mar 25
        r"^\d{1,2}\.\d{1,2}\.\d{2}$",  # 4.3.25
        r"^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+$",  # Tuesday 4 March
        r"^\d{1,2}/\d{1,2}$",  # 4/3
    )
    PARTICLES = r"(\bMac Dh|Ní |\bde |\bbint )"
    WORD_NAMES = pack.ALL_WORD_NAMES
    MIN_LOOKALIKES = 3500
    MEAN_WORDS = (260, 330)
    NAME_FORMS = frozenset(
        "full first last title tfull init initd caps upper lower lfirst nick jh email xemail poss brk".split()
    )
    PEOPLE = frozenset(pack.PEOPLE)
    CASE_SLOTS = frozenset(
        """date ldate dob age nhs hosp addr addrb addr2 ward ward2 home street hospital
        hospital2 trust gp council prov ref ref2 phone mob email email2 email3 url rel time row
        he him his He His""".split()
    )
    TITLES = r"Mr|Mrs|Ms|Miss|Master|Dr"
    CHILD_STYLES = 2
    DATE_FORMATS = (
        "%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d.%m.%y", "%d-%b-%Y",
        "%d%b%Y", "%d %b %Y", "%d %B %Y", "%Y/%m/%d",
    )  # fmt: skip
    AGE_YEARS = (2024, 2026)
    PARSE_BIRTH_DATE = True
    CSV_LINE = r"\d{1,3},[^,\"]*,"
    BRACKET_LINES = "thread"

    # -- checks only the eighteenth pack has ---------------------------------------------------

    test_csv_table_and_thread_lines_carry_identifiers = (
        DatedPackChecks.test_csv_table_and_text_message_lines_carry_identifiers
    )
    test_csv_table_and_text_message_lines_carry_identifiers = None

    def test_styles_with_a_fixed_age_range_never_write_a_gold_age(self):
        fixed = {s.name for s in pack.STYLES if s.ages and s.ages[1] <= 89}
        assert len(fixed) >= 3
        for example in self.examples():
            if example.kind in fixed:
                assert not values_in(example, "AGE"), example.id

    def test_initials_never_read_as_a_clinical_abbreviation(self):
        found = 0
        for value in self.values("PERSON"):
            plain = value.replace(".", "")
            if re.fullmatch(r"[A-Z]{2,4}", plain):
                found += 1
                assert plain not in pack.CLINICAL_INITIALS, value
        assert found > 100

    def test_wrong_addresses_stay_in_the_patient_s_town(self):
        wrong = 0
        for example in self.examples():
            if not example.known:
                continue
            town = example.known["address"].split(", ")[-2]
            gold = example.gold
            for index, span in enumerate(gold):
                following = gold[index + 1] if index + 1 < len(gold) else None
                if span.label == "ADDRESS" and (following is None or following.label != "POSTCODE"):
                    assert example.text[span.start : span.end].casefold().endswith(town.casefold())
                    wrong += 1
        assert wrong > 30

    def test_localities_belong_to_the_town(self):
        for example in self.examples():
            if example.known:
                parts = example.known["address"].split(", ")
                assert parts[-3] in pack.LOCALITIES[parts[-2]], example.id

    def test_only_letters_carry_an_address_over_lines(self):
        letters = {s.name for s in pack.STYLES if s.register == "letter"}
        blocks = 0
        for example in self.examples():
            for span in example.gold:
                if span.label == "ADDRESS" and "\n" in example.text[span.start : span.end]:
                    assert example.kind in letters, example.id
                    blocks += 1
        assert blocks > 50

    def test_a_name_split_over_lines_is_one_person_span(self):
        split = [v for v in self.values("PERSON") if "\n" in v]
        assert len(split) > 10
        assert all(re.fullmatch(r"[^\n]+\n[^\n]+", v) for v in split)

    def test_outsiders_named_as_women_or_men_keep_that_sex(self):
        # "grandmother, {f1.full}" and "he had seen" are written only with f / m outsiders.
        for style in pack.STYLES:
            for sentence in (*style.headers, *style.core, *style.extras, *style.endings):
                for who in re.findall(r"\{(o\d)\.\w+\}[^.{]*\b(he|she|his|her)\b", sentence):
                    raise AssertionError((style.name, sentence, who))

    def test_csv_styles_keep_one_date_shape_without_a_comma(self):
        csv = {s.name for s in pack.STYLES if s.topup.count(",") >= 4}
        assert len(csv) == 2
        for example in self.examples():
            if example.kind in csv:
                dates = values_in(example, "DATE")
                assert all("," not in d for d in dates), example.id


def test_the_eighteenth_pack_is_still_the_one_handed_over():
    # Fingerprint written when the pack was handed over (27 November 2026, 16:45 UTC), before the
    # engine was ever scored on it (evaluation_blind18.md). If this fails, the pack has changed
    # since: update the fingerprint only when the change is made before the pack is frozen.
    import hashlib
    import json

    data = [example.to_json() for example in pack.generate(1000, seed=1)]
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()

    assert digest == "3e00560916dfeba2fc5692e30f3f3828af24306c6dd51659bbb8832d2ea3b1eb"
