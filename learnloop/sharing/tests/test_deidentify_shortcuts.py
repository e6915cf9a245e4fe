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
