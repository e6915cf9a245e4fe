"""Checks on the forty-sixth blind evaluation pack: the gold is exact and the look-alikes stay
out of it.

No engine is imported or run here: the pack is a yardstick, and its figures are printed by the
bench, not asserted. The checks the packs share are in blind_pack_checks.py; this file gives
what is the forty-sixth pack's own, and the checks only the forty-sixth pack has.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from datetime import date, datetime

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learnloop.config.test_settings")

from learnloop.sharing import evaluation_blind46 as pack  # noqa: E402
from learnloop.sharing.tests.blind_pack_checks import (  # noqa: E402
    DatedPackChecks,
    DistrictPackChecks,
    fold,
    values_in,
)

STYLE = {style.name: style for style in pack.STYLES}
TITLE = r"(?:Mr|Mrs|Ms|Miss|Master|Dr)\.?"


def stamp_day(text: str, stamp: str) -> date:
    """The day a log stamp stands for, in the style's own stamp shape."""
    return datetime.strptime(text.title(), stamp).date()


class TestFortySixthBlindPack(DistrictPackChecks):
    PACK = pack
    ID_PREFIX = "blind46"
    PATTERNS = {
        **DatedPackChecks.PATTERNS,
        "HOSPITAL_NUMBER": r"[A-Z]{3}\d{5}|\d{2}[A-Z]\d{5}|[A-Z]\d{6}[A-Z]",
    }
    DATE_SHAPES = (
        *DatedPackChecks.DATE_SHAPES,
        r"^\d{8}$",  # 20250904 (deck log CSV, compact year first)
        r"^\d{6}$",  # 250904 (blast register CSV, two-digit year first)
        r"^\d{4}-[A-Z][a-z]{2}-\d{2}$",  # 2025-Sep-04 (medic log, year first, month a word)
        r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{2}\.\d{2}\.\d{4}$",  # Thu 04.09.2025 (call-out book)
        r"^[A-Z][a-z]{2} \d{2} \d{4}$",  # Sep 04 2025 (job log, month first)
        r"^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}$",  # Thursday 4 September 2025
        r"^\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ \d{4}$",  # 4th September 2025
    )
    PARTICLES = pack.PARTICLES  # Tuareg "Ag", "Walet"
    WORD_NAMES = pack.ALL_WORD_NAMES
    MIN_LOOKALIKES = 4000
    MEAN_WORDS = (270, 330)
    NAME_FORMS = frozenset(pack.NAME_FORMS)
    PEOPLE = frozenset(
        """p r s1 s2 d d2 o1 o2 o3 o4 o5 o1f o1m o2f o2m o3f o3m o4f o4m o5f o5m""".split()
    )
    CASE_SLOTS = frozenset(
        """date day prev later next ldate dob age nhs hosp addr addrb addr2 ward ward2 home street
        hospital hospital2 trust gp council prov ref ref2 phone mob email email2 url rel time
        time2 town""".split()
    )
    TITLES = r"Mr|Mrs|Ms|Miss|Master|Dr"
    CHILD_STYLES = 3
    STYLE_SIZES = (2, 5, 5, 1)
    # Two-digit years first: "%d-%m-%Y" must not read "04-03-25", nor "%Y%m%d" "250904".
    DATE_FORMATS = (
        "%d/%m/%y", "%d/%m/%Y", "%Y-%m-%d", "%d-%m-%y", "%d-%m-%Y", "%d.%m.%y", "%d.%m.%Y",
        "%d%b%y", "%d%b%Y", "%d %b %y", "%d %b %Y", "%d-%b-%y", "%d-%b-%Y", "%d %B %Y",
        "%B %d, %Y", "%a %d/%m/%Y", "%A %d %B %Y", "%y%m%d", "%Y%m%d", "%Y-%b-%d",
        "%a %d.%m.%Y", "%b %d %Y",
    )  # fmt: skip
    MIN_EVENT_YEAR = 2025
    AGE_YEARS = (2025, 2027)
    PARSE_BIRTH_DATE = True
    CSV_LINE = r"\d{8},|\d{6},"
    BRACKET_LINES = "thread"
    LETTER_SENTENCES = "SHARED_LETTER"
    MIN_PERSON_INITIALS = 100
    MIN_SEX_HINTS = 15
    # How a stamped CSV or table row opens (re.match), for the signer checks.
    ROW = r"\d{8},|\d{6},|\| [A-Z0-9]"

    # -- checks only the forty-sixth pack has ----------------------------------------------------

    def test_particles_stay_inside_the_name(self):
        found = 0
        particles = {fold(p) for p in pack.PARTICLE_WORDS}
        for example in self.examples():
            for span in example.gold:
                if span.label != "PERSON":
                    continue
                value = example.text[span.start : span.end]
                assert fold(value) not in particles, (example.id, value)
                before = example.text[max(0, span.start - 8) : span.start]
                assert not re.search(r"(?:^|\W)(?:ag|walet)[ _.-]$", before, re.I), (
                    example.id,
                    value,
                )
                found += bool(re.search(pack.PARTICLES, value))
        assert found > 30

    def test_tuareg_particles_follow_the_sex_and_the_case_of_the_name(self):
        sons = daughters = capitals = 0
        for seed in range(3000):
            sex = "FM"[seed % 2]
            first, last, _ = pack._own(pack.random.Random(seed), sex)
            if last.startswith("Ag "):
                assert sex == "M", (first, last)
                sons += 1
            if last.startswith("Walet "):
                assert sex == "F", (first, last)
                daughters += 1
        assert sons > 100 and daughters > 100
        for value in self.values("PERSON"):
            if re.search(r"\b(?:ag|walet) ", value):
                assert value.islower(), value  # lower case only in a name written all lower
            if re.search(r"\b(?:AG|WALET)[ /,]", value):
                assert not re.search(r"\b(?:Ag|Walet) ", value), value
                capitals += 1
        assert capitals > 10

    def test_the_pack_s_towns_are_not_the_shared_ones(self):
        from learnloop.sharing import evaluation

        shared = {town for town, _, _ in evaluation.TOWNS} | set(evaluation.LOCALITIES)
        mine = set(pack.TOWN_INFO) | {loc for locs in pack.LOCALITIES.values() for loc in locs}
        assert not shared & mine

    def test_no_look_alike_is_listed_under_two_kinds(self):
        seen = Counter(term for terms in pack.LOOKALIKES.values() for term in terms)
        assert [term for term, n in seen.items() if n > 1] == []

    def test_a_style_hints_each_outsider_s_sex_one_way(self):
        for style in pack.STYLES:
            hints: dict[str, set[str]] = {}
            for sentence in (*style.headers, *style.core, *style.extras, *style.endings):
                for who, sex in re.findall(r"\{(o\d)([fm])\.", sentence):
                    hints.setdefault(who, set()).add(sex)
            assert all(len(sexes) == 1 for sexes in hints.values()), style.name

    def test_hospital_numbers_keep_one_shape_per_town(self):
        shapes: dict[str, set[str]] = {}
        for example in self.examples():
            if example.known:
                town = example.known["address"].split(", ")[-2]
                shape = re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", example.known["hospital_number"]))
                shapes.setdefault(town, set()).add(shape)
        assert all(len(found) == 1 for found in shapes.values())

    def test_own_names_of_every_group_are_written(self):
        people = " ".join(self.values("PERSON"))
        for group, names in pack.OWN_GROUPS.items():
            assert any(name in people for name in (*names["F"], *names["M"], *names["L"])), group

    def test_gold_ages_are_only_over_89(self):
        for example in self.examples():
            for value in values_in(example, "AGE"):
                assert not value.isdigit() or int(value) > 89, (example.id, value)

    def test_log_stamps_never_run_backwards_and_cross_midnight_at_most_once(self):
        checked = crossed = 0
        for example in self.examples():
            style = STYLE[example.kind]
            if style.register != "lines":
                continue
            stamps = []
            for span in example.gold:
                line_start = example.text.rfind("\n", 0, span.start) + 1
                lead = example.text[line_start : span.start]
                if span.label != "DATE" or lead not in ("", "[", "| "):
                    continue
                stamps.append(stamp_day(example.text[span.start : span.end], style.stamp))
            assert len(stamps) >= 5, example.id
            assert stamps == sorted(stamps), example.id
            assert len(set(stamps)) <= 2, (example.id, sorted(set(stamps)))
            crossed += len(set(stamps)) == 2
            checked += 1
        assert checked == 120 and crossed >= 1

    def test_no_name_part_is_a_place_or_a_look_alike_word(self):
        for example in self.examples():
            for span in example.gold:
                if span.label == "PERSON":
                    value = example.text[span.start : span.end]
                    words = {fold(w) for w in re.findall(r"[^\W\d_]+", value) if len(w) > 2}
                    assert not words & pack.FORBIDDEN, (example.id, value)

    def test_word_names_are_never_forbidden_words(self):
        assert not {fold(w) for w in pack.WORD_NAMES} & pack.FORBIDDEN

    def test_role_words_stay_outside_the_names_they_stand_before(self):
        roles = pack.LOOKALIKES["word"]
        before_names = 0
        for example in self.examples():
            for span in example.gold:
                if span.label == "PERSON":
                    value = example.text[span.start : span.end]
                    assert not any(role in value for role in roles), (example.id, value)
                    lead = example.text[max(0, span.start - 40) : span.start]
                    before_names += any(lead.endswith(f"{role} ") for role in roles)
        assert before_names > 20

    def test_every_csv_row_has_one_quoted_note(self):
        rows = 0
        for example in self.examples():
            if not example.kind.endswith("_csv"):
                continue
            for line in example.text.split("\n"):
                if re.match(self.CSV_LINE, line):
                    assert line.count('"') == 2, (example.id, line)
                    rows += 1
        assert rows > 400

    def test_csv_date_stamps_are_gold_and_name_a_real_day(self):
        stamps = Counter()
        shapes = {
            "crew_transfer_vessel_deck_log_compact_year_first_csv": r"\d{8}",
            "quarry_blast_register_short_year_first_csv": r"\d{6}",
        }
        for example in self.examples():
            shape = shapes.get(example.kind)
            if not shape:
                continue
            for match in re.finditer(rf"^({shape}),\d{{2}}:?\d{{2}},", example.text, re.M):
                span = next(s for s in example.gold if s.start == match.start(1))
                assert (span.label, span.end) == ("DATE", match.end(1)), example.id
                day = stamp_day(match.group(1), STYLE[example.kind].stamp)  # a real day
                assert day.year >= 2025, example.id
                stamps[example.kind] += 1
        assert len(stamps) == 2 and min(stamps.values()) > 100

    def test_table_stamps_are_gold_and_valid(self):
        stamps = Counter()
        shapes = {
            "platform_medic_log_named_month_year_first_table": r"\d{4}-[A-Z][a-z]{2}-\d{2}",
            "mines_rescue_callout_book_weekday_dotted_table": r"[A-Z][a-z]{2} \d{2}\.\d{2}\.\d{4}",
        }
        for example in self.examples():
            shape = shapes.get(example.kind)
            if not shape:
                continue
            for match in re.finditer(rf"^\| ({shape}) \|", example.text, re.M):
                span = next(s for s in example.gold if s.start == match.start(1))
                assert (span.label, span.end) == ("DATE", match.end(1)), example.id
                day = stamp_day(match.group(1), STYLE[example.kind].stamp)
                if example.kind.startswith("mines_rescue"):  # the weekday agrees with the day
                    assert match.group(1)[:3] == f"{day:%a}", example.id
                stamps[example.kind] += 1
        assert len(stamps) == 2 and min(stamps.values()) > 100

    def test_chat_lines_carry_an_iso_stamp_and_a_gold_display_name(self):
        lines = 0
        pattern = r"^\[(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}Z\] ([^:\n]+): "
        for example in self.examples():
            if example.kind != "wind_farm_control_room_chat_iso_stamp_thread":
                continue
            gold = {s.start: s for s in example.gold}
            for match in re.finditer(pattern, example.text, re.M):
                stamp, user = gold.get(match.start(1)), gold.get(match.start(2))
                assert stamp and stamp.label == "DATE" and stamp.end == match.end(1), example.id
                assert user and user.label == "PERSON" and user.end == match.end(2), example.id
                stamp_day(match.group(1), "%Y-%m-%d")
                assert " " in match.group(2), match.group(2)  # first name and surname
                lines += 1
            assert not [
                ln for ln in example.text.split("\n") if ln.startswith("[") and "Z] " not in ln
            ]
        assert lines > 150

    def test_job_log_lines_end_with_a_gold_engineer_after_eng(self):
        lines = 0
        pattern = r"^([A-Z][a-z]{2} \d{2} \d{4}) \d{2}:\d{2} .* \(eng\. ([^)\n]+)\)$"
        for example in self.examples():
            if example.kind != "gas_engineer_job_log_month_first_girl_carbon_monoxide":
                continue
            gold = {s.start: s for s in example.gold}
            for match in re.finditer(pattern, example.text, re.M):
                stamp, user = gold.get(match.start(1)), gold.get(match.start(2))
                assert stamp and stamp.label == "DATE" and stamp.end == match.end(1), example.id
                assert user and user.label == "PERSON" and user.end == match.end(2), example.id
                stamp_day(match.group(1), "%b %d %Y")
                lines += 1
        assert lines > 150

    def test_signers_of_each_log_are_gold_in_its_own_forms(self):
        forms = Counter()
        for example in self.examples():
            text = example.text
            for span in example.gold:
                if span.label != "PERSON":
                    continue
                value = text[span.start : span.end]
                line_end = text.find("\n", span.end) % (len(text) + 1)
                rest = text[span.end : line_end]
                line = text[text.rfind("\n", 0, span.start) + 1 : span.start]
                if rest not in ("", " |") or not re.match(self.ROW, line):
                    continue  # the signers close a stamped CSV row or table row
                if example.kind == "crew_transfer_vessel_deck_log_compact_year_first_csv":
                    assert re.fullmatch(r"[a-z_-]+_[a-z]", value), value  # "fano_x"
                    forms["ulast"] += 1
                if example.kind == "quarry_blast_register_short_year_first_csv":
                    assert re.fullmatch(r"[A-Z][a-z]+\.\S+", value), value  # "Xuan.Fano"
                    forms["capdot"] += 1
                if example.kind == "platform_medic_log_named_month_year_first_table":
                    assert re.fullmatch(r"[A-Z] [^a-z]+", value), value  # "X FANO"
                    forms["ucinit"] += 1
                if example.kind == "mines_rescue_callout_book_weekday_dotted_table":
                    assert re.fullmatch(r"[^a-z,]+,[A-Z]", value), value  # "FANO,X"
                    forms["lcomma"] += 1
        assert min(forms.values()) > 100 and len(forms) == 4


def test_the_forty_sixth_blind_pack_is_still_the_one_handed_over():
    # Fingerprint written when the pack was handed over (29 November 2026, 01:14 UTC), before the
    # engine was ever scored on it (evaluation_blind46.md). If this fails, the pack has changed
    # since: update the fingerprint only when the change is made before the pack is frozen.
    import hashlib
    import json

    data = [example.to_json() for example in pack.generate(1000, seed=1)]
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()

    assert digest == "a2b1a0906890a93b9db195d65b4be40b4b3f0876b38f2fa811c3cbafca82638e"
