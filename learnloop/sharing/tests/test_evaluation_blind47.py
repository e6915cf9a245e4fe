"""Checks on the forty-seventh blind evaluation pack: the gold is exact and the look-alikes stay
out of it.

No engine is imported or run here: the pack is a yardstick, and its figures are printed by the
bench, not asserted. The checks the packs share are in blind_pack_checks.py; this file gives
what is the forty-seventh pack's own, and the checks only the forty-seventh pack has.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from datetime import date, datetime

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learnloop.config.test_settings")

from learnloop.sharing import evaluation_blind47 as pack  # noqa: E402
from learnloop.sharing.tests.blind_pack_checks import (  # noqa: E402
    DatedPackChecks,
    DistrictPackChecks,
    fold,
    values_in,
)

STYLE = {style.name: style for style in pack.STYLES}
FIRE_CSV = "raf_fire_section_occurrence_log_dotted_capital_month_csv"
DTG_CSV = "training_area_ops_room_signals_log_date_time_group_csv"
GUARD_TABLE = "barracks_guardroom_occurrence_book_slashed_month_word_table"
CADET_TABLE = "cadet_camp_welfare_log_apostrophe_short_year_table"
CHAT = "veterans_peer_support_chat_weekday_month_word_thread"
DIVE_LOG = "naval_diving_team_dive_log_full_weekday_short_year"


def stamp_day(text: str, stamp: str) -> date:
    """The day a log stamp stands for, in the style's own stamp shape."""
    return datetime.strptime(text.title(), stamp).date()


class TestFortySeventhBlindPack(DistrictPackChecks):
    PACK = pack
    ID_PREFIX = "blind47"
    PATTERNS = {
        **DatedPackChecks.PATTERNS,
        "HOSPITAL_NUMBER": r"[A-Z]{2}\d{6}|\d[A-Z]{2}\d{5}|[A-Z]\d{7}",
    }
    DATE_SHAPES = (
        *DatedPackChecks.DATE_SHAPES,
        r"^\d{2}\.[A-Z]{3}\.\d{4}$",  # 04.SEP.2025 (fire section CSV, month in capitals)
        r"^\d{6}Z[A-Z]{3}\d{2}$",  # 041432ZSEP25 (signals log CSV, a date-time group)
        r"^\d{2}/[A-Z][a-z]{2}/\d{4}$",  # 04/Sep/2025 (guardroom book, month a word)
        r"^\d{2} [A-Z][a-z]{2} '\d{2}$",  # 04 Sep '25 (cadet welfare log, apostrophe year)
        r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{2} [A-Z][a-z]{2} \d{4}$",  # Thu 04 Sep 2025 (chat)
        r"^[A-Z][a-z]+day \d{2}/\d{2}/\d{2}$",  # Thursday 04/09/25 (dive log)
        r"^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}$",  # Thursday 4 September 2025
        r"^\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ \d{4}$",  # 4th September 2025
    )
    PARTICLES = pack.PARTICLES  # Iban "anak"
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
    # Two-digit years first: "%d/%m/%Y" must not read "04/09/25" as the year 25.
    DATE_FORMATS = (
        "%d/%m/%y", "%d/%m/%Y", "%Y-%m-%d", "%d-%m-%y", "%d-%m-%Y", "%d.%m.%y", "%d.%m.%Y",
        "%d%b%y", "%d%b%Y", "%d %b %y", "%d %b %Y", "%d-%b-%y", "%d-%b-%Y", "%d %B %Y",
        "%B %d, %Y", "%a %d/%m/%Y", "%A %d %B %Y", "%d/%b/%Y", "%d.%b.%Y", "%d %b '%y",
        "%a %d %b %Y", "%A %d/%m/%y", "%d%H%MZ%b%y",
    )  # fmt: skip
    MIN_EVENT_YEAR = 2025
    AGE_YEARS = (2025, 2027)
    PARSE_BIRTH_DATE = True
    CSV_LINE = r"\d{2}\.[A-Z]{3}\.\d{4},|\d{6}Z[A-Z]{3}\d{2},"
    BRACKET_LINES = "thread"
    LETTER_SENTENCES = "SHARED_LETTER"
    MIN_PERSON_INITIALS = 100
    MIN_SEX_HINTS = 15
    # How a stamped CSV or table row opens (re.match), for the signer checks.
    ROW = r"\d{2}\.[A-Z]{3}\.\d{4},|\d{6}Z[A-Z]{3}\d{2},|\| \d"

    # -- checks only the forty-seventh pack has --------------------------------------------------

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
                assert not re.search(r"(?:^|\W)anak[ _.-]$", before, re.I), (example.id, value)
                found += bool(re.search(pack.PARTICLES, value))
        assert found > 30

    def test_iban_particle_is_lower_case_but_in_names_written_in_capitals(self):
        sons = daughters = lower = capitals = 0
        for seed in range(3000):
            sex = "FM"[seed % 2]
            first, last, _ = pack._own(pack.random.Random(seed), sex)
            if last.startswith("anak "):
                sons += sex == "M"
                daughters += sex == "F"
        assert sons > 100 and daughters > 100  # "anak" is for a son and a daughter alike
        for value in self.values("PERSON"):
            assert not re.search(r"\bAnak\b", value), value
            if re.search(r"\bANAK\b", value):
                assert not re.search(r"[a-z]{2,} ANAK|ANAK [A-Z][a-z]", value) or (
                    re.fullmatch(r"[A-Z -]+ [A-Z][a-z]+|[A-Z][a-z]+ [A-Z -]+", value)
                ), value
                capitals += 1
            elif re.search(r"\banak\b", value):
                lower += 1
        assert lower > 30 and capitals > 10

    def test_an_iban_with_a_title_is_called_by_the_given_name(self):
        titled = 0
        for example in self.examples():
            for value in values_in(example, "PERSON"):
                if re.match(r"(Mr|Mrs|Ms|Miss|Master|Dr)\.? ", value):
                    assert "anak" not in value.split()[1:2], (example.id, value)
                    titled += 1
        assert titled > 200

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
        shapes = {FIRE_CSV: r"(\d{2}\.[A-Z]{3}\.\d{4}),\d{4},", DTG_CSV: r"(\d{6}Z[A-Z]{3}\d{2}),"}
        for example in self.examples():
            shape = shapes.get(example.kind)
            if not shape:
                continue
            for match in re.finditer(rf"^{shape}", example.text, re.M):
                span = next(s for s in example.gold if s.start == match.start(1))
                assert (span.label, span.end) == ("DATE", match.end(1)), example.id
                day = stamp_day(match.group(1), STYLE[example.kind].stamp)  # a real day
                assert day.year >= 2025, example.id
                stamps[example.kind] += 1
        assert len(stamps) == 2 and min(stamps.values()) > 100

    def test_date_time_groups_carry_the_clock_and_are_one_date_span(self):
        groups = 0
        for example in self.examples():
            if example.kind != DTG_CSV:
                continue
            for match in re.finditer(
                r"^(\d{2})(\d{2})(\d{2})Z([A-Z]{3})(\d{2}),", example.text, re.M
            ):
                assert int(match.group(2)) < 24 and int(match.group(3)) < 60, example.id
                inside = [s for s in example.gold if match.start() <= s.start < match.end()]
                assert len(inside) == 1 and inside[0].label == "DATE", example.id
                groups += 1
        assert groups > 100

    def test_table_stamps_are_gold_and_valid(self):
        stamps = Counter()
        shapes = {
            GUARD_TABLE: r"\d{2}/[A-Z][a-z]{2}/\d{4}",
            CADET_TABLE: r"\d{2} [A-Z][a-z]{2} '\d{2}",
        }
        for example in self.examples():
            shape = shapes.get(example.kind)
            if not shape:
                continue
            for match in re.finditer(rf"^\| ({shape}) \|", example.text, re.M):
                span = next(s for s in example.gold if s.start == match.start(1))
                assert (span.label, span.end) == ("DATE", match.end(1)), example.id
                stamp_day(match.group(1), STYLE[example.kind].stamp)
                stamps[example.kind] += 1
        assert len(stamps) == 2 and min(stamps.values()) > 100

    def test_chat_lines_carry_a_gold_stamp_and_a_gold_user_name(self):
        lines = 0
        pattern = r"^\[([A-Z][a-z]{2} \d{2} [A-Z][a-z]{2} \d{4}) \d{2}:\d{2}\] ([^:\n]+): "
        for example in self.examples():
            if example.kind != CHAT:
                continue
            gold = {s.start: s for s in example.gold}
            for match in re.finditer(pattern, example.text, re.M):
                stamp, user = gold.get(match.start(1)), gold.get(match.start(2))
                assert stamp and stamp.label == "DATE" and stamp.end == match.end(1), example.id
                assert user and user.label == "PERSON" and user.end == match.end(2), example.id
                day = stamp_day(match.group(1), "%a %d %b %Y")
                assert match.group(1)[:3] == f"{day:%a}", example.id  # the weekday agrees
                assert re.fullmatch(r"[a-z-]+\.[a-z-]+(\.[a-z-]+)?", match.group(2)), match.group(2)
                lines += 1
            assert not [
                ln for ln in example.text.split("\n") if ln.startswith("[") and "] " not in ln
            ]
        assert lines > 150

    def test_dive_log_lines_end_with_a_gold_supervisor_after_a_double_colon(self):
        lines = 0
        pattern = r"^([A-Z][a-z]+day \d{2}/\d{2}/\d{2}) \d{4} :: .* :: ([^\n]+)$"
        for example in self.examples():
            if example.kind != DIVE_LOG:
                continue
            gold = {s.start: s for s in example.gold}
            for match in re.finditer(pattern, example.text, re.M):
                stamp, user = gold.get(match.start(1)), gold.get(match.start(2))
                assert stamp and stamp.label == "DATE" and stamp.end == match.end(1), example.id
                assert user and user.label == "PERSON" and user.end == match.end(2), example.id
                day = stamp_day(match.group(1), "%A %d/%m/%y")
                assert match.group(1).split()[0] == f"{day:%A}", example.id  # weekday agrees
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
                if example.kind == FIRE_CSV:
                    assert re.fullmatch(r"[A-Z]+ [A-Z]", value), value  # "XUAN F"
                    forms["fupinit"] += 1
                if example.kind == DTG_CSV:
                    assert value[:2].isupper() and " " not in value, value  # "XFano"
                    forms["joined"] += 1
                if example.kind == GUARD_TABLE:
                    assert re.fullmatch(r"[^a-z]+ [A-Z][a-z]+", value), value  # "FANO Xuan"
                    forms["ucsur"] += 1
                if example.kind == CADET_TABLE:
                    assert re.fullmatch(r"[A-Z]-[^a-z]+", value), value  # "X-FANO"
                    forms["hyup"] += 1
        assert min(forms.values()) > 100 and len(forms) == 4


def test_the_forty_seventh_blind_pack_is_still_the_one_handed_over():
    # Fingerprint written when the pack was handed over (29 November 2026, 02:56 UTC), before the
    # engine was ever scored on it (evaluation_blind47.md). If this fails, the pack has changed
    # since: update the fingerprint only when the change is made before the pack is frozen.
    import hashlib
    import json

    data = [example.to_json() for example in pack.generate(1000, seed=1)]
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()

    assert digest == "ea58b0f75ea1aae7218dca732895fe9bf7101b1a2cab4a1f925a08e196183805"
