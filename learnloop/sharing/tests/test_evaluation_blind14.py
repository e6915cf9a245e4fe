"""Checks on the fourteenth blind evaluation pack: the gold is exact and the look-alikes stay out of it.

No engine is imported or run here: the pack is a yardstick, and its figures are printed by the
bench, not asserted. The checks the packs share are in blind_pack_checks.py; this file gives
what is the fourteenth pack's own, and the checks only the fourteenth pack has.
"""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learnloop.config.test_settings")

import re  # noqa: E402
from collections import Counter  # noqa: E402

from learnloop.sharing import evaluation_blind14 as pack  # noqa: E402
from learnloop.sharing.tests.blind_pack_checks import (  # noqa: E402
    TIME,
    NewerBlindPackChecks,
    values_in,
)


class TestFourteenthBlindPack(NewerBlindPackChecks):
    PACK = pack
    ID_PREFIX = "blind14"
    PATTERNS = {
        **NewerBlindPackChecks.PATTERNS,
        "HOSPITAL_NUMBER": r"[A-Z]\d{7}|[A-Z]{2} \d{6}|[A-Z]{3}-\d{6}|[A-Z]-\d{3}-\d{3}",
    }
    DATE_SHAPES = (
        *NewerBlindPackChecks.DATE_SHAPES,
        r"^\d{8}$",  # 20250304, as lab systems print it
        r"^\d{1,2}(st|nd|rd|th) of [A-Z][a-z]+ \d{4}$",
        r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{2}$",
        r"^\d{1,2} [a-z]{3} \d{2}$",
        r"^\d{1,2}/[ivx]+/\d{2}$",
        r"^(Tues|Thur) \d{1,2}(st|nd|rd|th)$",
    )
    ADDRESS_START = r"(Flat \d+,? )?\d+[ab]? "
    PARTICLES = r"\b(Ní|Mac an|O'|Mc|Mac|ap|van der|de|da|Di|le|al|ibn)\b"
    WORD_NAMES = pack.WORD_NAMES
    MIN_LOOKALIKES = 5500

    # -- checks only the fourteenth pack has ---------------------------------------------------

    def test_templates_use_only_slots_the_pack_fills(self):
        forms = {"full", "first", "last", "title", "tfull", "dr", "tdr", "init", "initd", "caps"}
        forms |= {"upper", "lower", "nick", "jh", "email"}
        people = {"p", "r", "s1", "s2", "d", "o1", "o2", "o3", "o4", "o5"}
        case_slots = {"date", "dob", "age", "nhs", "hosp", "addr", "addrb", "addr2", "ward"}
        case_slots |= {"home", "street", "hospital", "hospital2", "trust", "gp", "council"}
        case_slots |= {"prov", "ref", "ref2", "phone", "mob", "email", "email2", "url", "rel"}
        case_slots |= {"time"}
        sentences = [*pack.SHARED, *pack.SHARED_LINES]
        for style in pack.STYLES:
            sentences += [*style.headers, *style.core, *style.extras, *style.endings]
            assert len(style.core) == 5 and len(style.extras) == 5, style.name
            assert len(style.headers) == 2 and len(style.endings) == 2, style.name
        for sentence in sentences:
            for who, form in re.findall(r"\{(\w+)\.(\w+)\}", sentence):
                assert who in people and form in forms, (sentence, who, form)
            for slot in re.findall(r"\{(\w+)\}", sentence):
                assert slot in case_slots, (sentence, slot)

    def test_styles_that_name_a_company_have_one(self):
        for style in pack.STYLES:
            uses = any(
                "{prov}" in s for s in (*style.headers, *style.core, *style.extras, *style.endings)
            )
            assert not uses or style.provider, style.name

    def test_hospital_numbers_come_in_every_local_format(self):
        shapes = {
            re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", v)) for v in self.values("HOSPITAL_NUMBER")
        }
        assert shapes == set(pack.HOSP_FORMS)

    def test_old_styles_write_more_gold_ages(self):
        old = {s.name for s in pack.STYLES if s.old}
        counts = Counter()
        for example in self.examples():
            counts[example.kind in old] += len(values_in(example, "AGE"))
        styles = Counter(s.old for s in pack.STYLES)
        assert counts[True] / styles[True] > counts[False] / styles[False]

    def test_child_styles_never_write_a_gold_age(self):
        child = {s.name for s in pack.STYLES if s.child}
        assert len(child) == 3
        for example in self.examples():
            if example.kind in child:
                assert not values_in(example, "AGE"), example.id

    def test_wrong_addresses_are_gold_without_a_postcode(self):
        wrong = 0
        for example in self.examples():
            gold = example.gold
            for index, span in enumerate(gold):
                if span.label != "ADDRESS":
                    continue
                following = gold[index + 1] if index + 1 < len(gold) else None
                if following is None or following.label != "POSTCODE":
                    wrong += 1
        assert wrong > 10

    def test_nicknames_stand_for_people_and_are_gold(self):
        nicknames = self.nicknames()
        found = [v for v in self.values("PERSON") if v in nicknames]
        assert len(found) > 10

    def test_a_person_written_as_dr_is_dr_throughout(self):
        for example in self.examples():
            titles: dict[str, set[str]] = {}
            for value in values_in(example, "PERSON"):
                match = re.match(r"(Mr|Mrs|Ms|Miss|Master|Dr)\.? (.+)", value)
                if match:
                    titles.setdefault(match.group(2).split()[-1], set()).add(match.group(1))
            assert all(len(found) == 1 for found in titles.values()), (example.id, titles)

    def test_the_letter_registers_open_with_a_greeting_after_their_header(self):
        letters = {s.name for s in pack.STYLES if s.register == "letter"}
        for example in self.examples():
            if example.kind in letters:
                assert re.search(r"^Dear \S", example.text, re.M), example.id

    def test_times_are_never_gold_and_run_forward_in_a_text(self):
        clock = re.compile(r"(?<![\d/.])(\d{2})[:.]?(\d{2})(hrs)?(?![\d/.])")
        forward = 0
        for example in self.examples():
            for span in example.gold:
                assert not TIME.fullmatch(example.text[span.start : span.end]), example.id
            if example.kind not in {s.name for s in pack.STYLES if s.register == "lines"}:
                continue
            gold = [(s.start, s.end) for s in example.gold]
            minutes = [
                int(m.group(1)) * 60 + int(m.group(2))
                for m in clock.finditer(example.text)
                if not any(a <= m.start() < b for a, b in gold)
                and int(m.group(1)) < 24
                and int(m.group(2)) < 60
                and (m.group(3) or ":" in m.group(0) or "." in m.group(0))
            ]
            if minutes == sorted(minutes) and len(minutes) > 3:
                forward += 1
        assert forward > 100  # logs read in time order (a few numbers like "2.1" may intrude)

    def test_emails_with_a_name_are_one_email_span(self):
        staff = [v for v in self.values("EMAIL") if v.endswith("@nhs.net") and "." in v[:-8]]
        assert len(staff) > 50
        for example in self.examples():
            for span in example.gold:
                if span.label == "EMAIL":
                    inside = [
                        s for s in example.gold if s.start < span.end and s.end > span.start
                    ]
                    assert inside == [span], example.id


def test_the_fourteenth_blind_pack_is_still_the_one_handed_over():
    # Fingerprint written when the pack was handed over (27 November 2026, 12:54 UTC), before the
    # engine was ever scored on it (evaluation_blind14.md). If this fails, the pack has changed
    # since: update the fingerprint only when the change is made before the pack is frozen.
    import hashlib
    import json

    data = [example.to_json() for example in pack.generate(1000, seed=1)]
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()

    assert digest == "4b7a579cced7b12b4401a607aece828f136190e06fbe48c0ebec94dc16b9143c"
