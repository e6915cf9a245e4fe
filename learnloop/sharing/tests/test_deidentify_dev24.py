"""Hand-written cases for the forms added after the twenty-second blind pack's misses were read (27
November 2026). Initials opening a log's entry after its bracketed time or a table's cell, and
initials as the one who checked, recorded, confirmed, gave or found something or went on a break
("[07:40] QF checked obs", "| 14:20 | W.D. checked the drug chart |", "not answered, JW on
break"), where what is measured or tested stays ("CBG checked", "CO checked", "CT found").
Names in any case that open a clause or a table's cell before "rang", "from site team", "from
the falls team", "chasing" or "asking for family" ("| 10:05 | tamsin okeke rang the surgery |"),
where a relation, a team or a thing stays ("Daughter rang", "pharmacy chasing", "call bell
rang"). A name opening a sentence, set off by commas with the person's job ("Radomir, the nurse
in charge, had"), where a thing or a team stays ("Sepsis, the commonest cause,"). A lone
eponymous possessive before "but" is the condition ("mentioned Alzheimer's but no plan");
"Medway", an electronic patient record, is never a person; a telephone number may have a hyphen
after +44. Every text here is invented for this file; each rule has cases that must stay.

Before the change, 18 of this file's 41 cases failed on the engine (counted by running this file
against a copy of the engine taken before the edit): 18 of the 19 cases of new rules and none of
the 22 that must stay. One case of a new rule passed before by other rules ("Oluwaseun Adeyemi,
the escort nurse, found", both words in the shipped name lists) and is kept as a case the new rule
must not break."""

import pytest

from learnloop.sharing.deidentify import deidentify
from learnloop.sharing.tests.spans import people


def labelled(text, label):
    return [text[s.start : s.end] for s in deidentify(text).spans if s.label == label]


# --- initials opening a log's entry or a table's cell, as the one who did something -------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[07:40] QF checked obs, NEWS2 3, informed nurse in charge\n", "QF"),
        ("| 3 Apr | 14:20 | W.D. checked the drug chart |\n", "W.D."),
        ('4/4/25,0615hrs,"K.R. recorded sats of 91%, Dr Lowe informed"\n', "K.R."),
        ("[22:05] M.T. confirms consent form signed\n", "M.T."),
        ("| 5 May | 11:15 | RG gave paracetamol from stock |\n", "RG"),
        ("call bell not answered, JW on break\n", "JW"),
        ("[Mon 09:10] Esi: yes, D.P. found him by the bed\n", "D.P."),
    ],
)
def test_initials_opening_entries_and_cells(text, expected):
    assert expected in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "| 3 Apr | 14:20 | CBG checked, 7.1 |\n",
        "[06:00] BM recorded 4.2, snack given\n",
        "[06:00] ECG recorded, sinus rhythm\n",
        "| 3 Apr | CT found no bleed |\n",
        "[11:00] BP checked, 118/76\n",
        "| 3 Apr | GP gave advice by phone |\n",
        "[07:00] INR checked, 2.4\n",
        "[07:00] HCA gave tea and toast\n",
        "[10:15] CO checked, 3 ppm\n",
    ],
)
def test_measured_and_shorthand_opening_entries_stay(text):
    assert people(text) == []


# --- names in any case before "rang", "from site team", "chasing", "asking for family" ----------


@pytest.mark.parametrize(
    "text, expected",
    [
        ('2.3.25,0900hrs,"OLWEN PRITCHARD from site team to review"\n', "OLWEN PRITCHARD"),
        ("| 2 Mar | 10:05 | tamsin okeke rang the surgery |\n", "tamsin okeke"),
        ("[02:15] BRANIMIR from the falls team to see her\n", "BRANIMIR"),
        ("TTA not ready, Oramorph missing, Wojciech chasing |\n", "Wojciech"),
        ("[21:40] patient settled, Ottoline asking for family\n", "Ottoline"),
    ],
)
def test_names_before_cues(text, expected):
    assert expected in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "| 2 Mar | 10:05 | Daughter rang for an update |\n",
        "| 2 Mar | 10:05 | Pharmacy rang re TTA |\n",
        "| 2 Mar | 10:05 | call bell rang twice |\n",
        "TTA not ready, pharmacy chasing |\n",
        "[08:00] Site team rang back\n",
        '3.3.25,1000hrs,"Physio from falls team to review"\n',
        "[21:40] patient settled, son asking for family\n",
    ],
)
def test_relations_teams_and_things_near_cues_stay(text):
    assert people(text) == []


# --- a name opening a sentence, set off by commas with the person's job --------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The review looked at the sedation. Radomir, the nurse in charge, had one HCA.\n", "Radomir"),
        ("The lift stopped. Oluwaseun Adeyemi, the escort nurse, found the cylinder empty.\n",
         "Oluwaseun Adeyemi"),
    ],
)  # fmt: skip
def test_names_set_off_by_their_job(text, expected):
    assert expected in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "It was missed. Sepsis, the commonest cause, was not considered.\n",
        "It stopped. Pharmacy, the nurse in charge, and the doctor met.\n",
        "Later, the nurse in charge, rang the site team.\n",
    ],
)
def test_things_set_off_by_commas_stay(text):
    assert people(text) == []


# --- eponyms, a record system and a telephone number ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The home's care plan mentioned Alzheimer's but no escalation plan.\n",
        "The referral mentioned Crohn's but not the recent flare.\n",
        "The ward's admission form on Medway has no box for doses given at home.\n",
    ],
)
def test_conditions_and_record_systems_are_not_people(text):
    assert people(text) == []


def test_surname_possessive_before_a_noun_stays_a_person():
    assert "Mr Parkinson" in people("Mr Parkinson's son rang the ward.\n")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Telephone +44-1632-960183\n", "+44-1632-960183"),
        ("Contact +44-1632-960417 ext 2210\n", "+44-1632-960417"),
    ],
)
def test_phone_with_hyphen_after_country_code(text, expected):
    assert any(expected in found for found in labelled(text, "PHONE"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Telephone +44 1632 960183\n", "+44 1632 960183"),
        ("Mobile 07700 900461\n", "07700 900461"),
    ],
)
def test_phones_written_before_stay_found(text, expected):
    assert any(expected in found for found in labelled(text, "PHONE"))
