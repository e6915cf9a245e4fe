"""The engine's speed shortcuts give what the plain way gives (invented text only)."""

import pytest

from learnloop.sharing import deidentify as engine
from learnloop.sharing.names import _name_keys, name_parts
from learnloop.sharing.wordlists import normalise


@pytest.mark.parametrize(
    "name",
    [
        "Mrs Margaret Ann Smith-Jones",
        "Dr. O’Brien",
        "Staff Nurse Jo-Anne Lee",
        "Mary MARY",
        "J. Smith",
        "Ann-Marie-Louise Ó Dálaigh",
        "Mr, Dr",
        "x-y",
        "",
    ],
)
def test_name_keys_are_the_name_parts_with_their_keys(name):
    parts = name_parts(name.strip())
    expected = tuple(
        (part, normalise(part), number == 0 and len(parts) > 1)
        for number, part in enumerate(dict.fromkeys(parts))
    )
    assert _name_keys(name) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Seen at LS1 4AB, then SW1A 1AA; GIR 0AA is not a ward.",
        "PAS K123456 and RM2 12345678 and RVV1234567; INC-2024-00123, SI 2024/1234.",
        "XK123456 and K1234567890 are not numbers; AB 1, NEWS2 3, GCS 15.",
        "K123456K123456 LS1 4ABLS1 4AB INC-2024-00123-9",
    ],
)
def test_capital_starts_find_what_a_full_scan_finds(text):
    starts = [match.start() for match in engine._CAPITALS_THEN_DIGIT.finditer(text)]
    for pattern in (engine._POSTCODE, engine._ID_BARE, engine._HOSPITAL_NUMBER_BARE):
        shortcut = [m.span() for m in engine._finditer_at(text, starts, pattern)]
        assert shortcut == [m.span() for m in pattern.finditer(text)]


def test_a_town_is_redacted_beside_the_address_across_a_comma_and_two_spaces():
    text = "Lives at 12 Acacia Avenue,  Thornbury with her son."
    known = {"address": "12 Acacia Avenue, Thornbury, BS35 2AA"}

    result = engine.deidentify(text, known)

    assert "Thornbury" not in result.text
    assert "Acacia" not in result.text


@pytest.mark.parametrize(
    "text",
    [
        "NHS 943 476 5919, PAS K123456, seen 3/4/2024 at LS1 4AB; D291247D and 11430794E.",
        "Café on 12/03/2024: é12/03/24, ²3/4, x12/03/24, 1-Dec-20 and 24DEC23? 5? RM2 12345678",
        "Seen 12/03/2024 – RM2 12345678 (it’s DR’s 9/10), ł5/6/2024, PAS K123456, NHS 943 476 5919",
        "🙂 Dated ١٢/٣/٢٠٢٤ and 3rd March; INC-2024-00123 and SI 2024/1234, SW1A 1AA at 09:30",
        "AB–1 AB’1 AB?1 A-١٢٣٤٥٦٧ 943-476-5919 +44 7700 900123 943 476 5919",
        "",
    ],
)
def test_class_starts_find_what_full_scans_find(text):
    latin_1 = engine._digits_only_ascii(text)
    capital_starts, digit_starts, nhs_starts = engine._class_starts(text, latin_1)
    scanned = [m.start() for m in engine._CAPITALS_THEN_DIGIT.finditer(text)]
    assert set(scanned) <= set(capital_starts)
    for pattern in (engine._POSTCODE, engine._ID_BARE, engine._HOSPITAL_NUMBER_BARE):
        shortcut = [m.span() for m in engine._finditer_at(text, capital_starts, pattern)]
        assert shortcut == [m.span() for m in pattern.finditer(text)]
    if latin_1:
        nhs, dates = engine._NHS_OR_DIGITS_FIRST_0_TO_9, engine._DIGIT_DATE_0_TO_9
    else:
        nhs, dates = engine._NHS_OR_DIGITS_FIRST, engine._DIGIT_DATE
    for starts, pattern in ((nhs_starts, nhs), (digit_starts, dates)):
        shortcut = [m.span() for m in engine._finditer_at(text, starts, pattern)]
        assert shortcut == [m.span() for m in pattern.finditer(text)]
