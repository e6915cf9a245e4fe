"""Checks on the fourteenth blind evaluation pack: the gold is exact and the look-alikes stay out of it.

No engine is imported or run here: the pack is a yardstick, and its figures are printed by the
bench, not asserted. The checks the packs share are in blind_pack_checks.py; this file gives
what is the fourteenth pack's own, and the checks only the fourteenth pack has.
"""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learnloop.config.test_settings")

import re  # noqa: E402

from learnloop.sharing import evaluation_blind14 as pack  # noqa: E402
from learnloop.sharing.tests.blind_pack_checks import (  # noqa: E402
    TIME,
    TemplatedBlindPackChecks,
)


class TestFourteenthBlindPack(TemplatedBlindPackChecks):
    PACK = pack
    ID_PREFIX = "blind14"
    PATTERNS = {
        **TemplatedBlindPackChecks.PATTERNS,
        "HOSPITAL_NUMBER": r"[A-Z]\d{7}|[A-Z]{2} \d{6}|[A-Z]{3}-\d{6}|[A-Z]-\d{3}-\d{3}",
    }
    DATE_SHAPES = (
        *TemplatedBlindPackChecks.DATE_SHAPES,
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
    NAME_FORMS = TemplatedBlindPackChecks.NAME_FORMS - {"short"} | {"initd", "jh"}
    TITLES = r"Mr|Mrs|Ms|Miss|Master|Dr"
    CHILD_STYLES = 3

    # -- checks only the fourteenth pack has ---------------------------------------------------

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
                    inside = [s for s in example.gold if s.start < span.end and s.end > span.start]
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
