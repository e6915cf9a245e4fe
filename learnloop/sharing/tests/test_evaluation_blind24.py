"""Checks on the twenty-fourth blind evaluation pack: the gold is exact and the look-alikes stay out of it.

No engine is imported or run here: the pack is a yardstick, and its figures are printed by the
bench, not asserted. The checks the packs share are in blind_pack_checks.py; this file gives
what is the twenty-fourth pack's own, and the checks only the twenty-fourth pack has.
"""

from __future__ import annotations

import os
import re

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learnloop.config.test_settings")

from learnloop.sharing import evaluation_blind24 as pack  # noqa: E402
from learnloop.sharing.tests.blind_pack_checks import (  # noqa: E402
    DatedPackChecks,
    DistrictPackChecks,
)


class TestTwentyFourthBlindPack(DistrictPackChecks):
    PACK = pack
    ID_PREFIX = "blind24"
    PATTERNS = {
        **DatedPackChecks.PATTERNS,
        "HOSPITAL_NUMBER": r"[A-Z]\d{7}|\d{7}|[A-Z]{3}\d{6}|\d{6}[A-Z]",
    }
    DATE_SHAPES = (
        *DatedPackChecks.DATE_SHAPES,
        r"^\d{1,2}/\d{1,2}$",  # 4/3
        r"^\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ \d{4}$",  # 4th March 2025
        r"^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}$",  # Tuesday 4 March 2025
        r"^\d{2}/\d{2}/\d{2}$",  # 04/03/25
        r"^\d{1,2} [A-Z][a-z]{2}$",  # 4 Mar
        r"^\d{1,2}/\d{1,2}/\d{4}$",  # 4/3/2025
    )
    PARTICLES = r"(\bbin |\bdi )"
    WORD_NAMES = pack.ALL_WORD_NAMES
    MIN_LOOKALIKES = 3000
    MEAN_WORDS = (270, 330)
    NAME_FORMS = frozenset(
        "full first last title tfull init initl caps upper lower nick email pmail poss fsur firstl".split()
    )
    PEOPLE = frozenset("p r s1 s2 d o1 o2 o3 o4 o5 o1f o1m o2f o2m o3f o3m o4f o4m o5f o5m".split())
    CASE_SLOTS = frozenset(
        """date day ldate dob age nhs hosp addr addrb addr2 ward ward2 home street hospital
        hospital2 trust gp council prov ref ref2 phone mob email email2 url rel time""".split()
    )
    TITLES = r"Mr|Mrs|Ms|Miss|Master|Dr"
    CHILD_STYLES = 2
    DATE_FORMATS = (
        "%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d%b%Y", "%d %b %Y", "%d-%b-%Y",
        "%d %B %Y", "%a %d/%m/%Y", "%B %d, %Y", "%A %d %B %Y",
    )  # fmt: skip
    MIN_EVENT_YEAR = 2025
    AGE_YEARS = (2025, 2026)
    PARSE_BIRTH_DATE = True
    CSV_LINE = r"(\d{4}-\d{2}-\d{2}|\d{2}/\d{2}/\d{4}),"
    BRACKET_LINES = "whatsapp"
    MIN_PERSON_INITIALS = 100
    MIN_SEX_HINTS = 15

    # -- checks only the twenty-fourth pack has ------------------------------------------------

    def test_whatsapp_times_never_run_backwards_within_a_day(self):
        stamp = re.compile(r"^\[(\S+), (\d{2}):(\d{2}):(\d{2})\]", re.M)
        checked = 0
        for example in self.examples():
            if example.kind != "ward_whatsapp_group_export_log":
                continue
            seen = [(day, int(h) * 60 + int(m)) for day, h, m, _ in stamp.findall(example.text)]
            for (day, minute), (later_day, later) in zip(seen, seen[1:], strict=False):
                if day == later_day:
                    assert later >= minute, example.id
                    checked += 1
        assert checked > 20

    def test_busy_staff_name_forms_appear(self):
        people = self.values("PERSON")
        assert sum(bool(re.fullmatch(r"\S+ [A-Z]", v)) for v in people) > 200  # "Rivka K"
        assert sum(bool(re.fullmatch(r"[A-Z][a-z]+ [A-Z'-]{2,}", v)) for v in people) > 30

    def test_mobiles_are_in_the_drama_range(self):
        mobiles = [v for v in self.values("PHONE") if "7700" in v[:6] or v.startswith("(07700")]
        assert len(mobiles) > 100
        for value in mobiles:
            assert "900" in re.sub(r"\D", "", value)[-6:-3], value


def test_the_twenty_fourth_blind_pack_is_still_the_one_handed_over():
    # Fingerprint written when the pack was handed over (27 November 2026, 23:26 UTC), before the
    # engine was ever scored on it (evaluation_blind24.md). If this fails, the pack has changed
    # since: update the fingerprint only when the change is made before the pack is frozen.
    import hashlib
    import json

    data = [example.to_json() for example in pack.generate(1000, seed=1)]
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()

    assert digest == "4d246207fb30528517b33f5d933b471b713d497022495cc9e11ee9d8aceda618"
