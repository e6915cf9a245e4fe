"""Hand-written cases for the forms added after the twentieth blind pack's misses were read (27
November 2026). People: initials after "to add from" at a log line's end ("nothing further to add
from RT"), where a department's shorthand stays ("nothing to add from ED"); initials as the one
who spoke, agreed, told or put something right after a comma or a clause's "and" or "but" ("and
TK had ticked the box", "but KG said", "one swab short, AW told the surgeon"), where shorthand for
a team, a test or a job stays ("and GP said", "but CT had showed", "and BP said to be low", "and
HV said"); a name in any case after a reply awaited, a debrief, a copy or a talk with someone
("awaiting reply from BUJAR NAGY", "a debrief with terry lewis", "also spoke to joanna
stevenson", "copied in brooke mason", "Witness: david smith,") and after more jobs ("call handler
hiwet haile", "the chaplain bianka frukacz", "our technician anthony clarke", "the consultant
midwife rachel williams", "the haematology registrar jean hall"), where a team, a thing or a
job stays ("awaiting reply from pharmacy", "the registrar on call"); a log's entry that opens
with whom it told or asked ("job note: RUFINA OKONJO informed, no action needed", "teodor
blumenfeld asked to review"), where a team or a relation stays ("Family informed, "). The
messaging service "AccuRx" is never a person. Hospital numbers: a code of digits, a letter or
two and more digits just after a listed name, between commas or in brackets ("Mr Terry Gibbs,
83L20329,"); a drug's batch stays. References: four to six digits ending with capitals after a
slash or a hyphen ("JB/6636/D", "MGS/8266/HV"); readings and doses stay. Every text here is
invented for this file; each rule has cases that must stay.

Before the change, 28 of this file's 62 cases failed on the engine (counted by running this file
against a copy of the engine taken before the edit): 26 of the 27 cases of new rules and two of
the 35 that must stay ("AccuRx" and "Accurx" were read as names). One case of a new rule passed
before by another rule ('"label typed by HW",') and is kept as a case the new rules must not
break."""

import pytest

from learnloop.sharing.deidentify import deidentify
from learnloop.sharing.tests.spans import people

# --- initials after "to add from" ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("09:12 key log: nothing further to add from RT\n09:30 key log: keys returned\n", "RT"),
        ("| 3 May | 1838hrs | nothing further to add from LW |\n", "LW"),
        ('4-Jun-2025,1804hrs,"nothing further to add from QM"\n', "QM"),
        ('4-Jun-2025,1810hrs,"label typed by HW",next\n', "HW"),
        ("Note: nothing more to add from D.V.\nNext: bed 4\n", "D.V."),
    ],
)
def test_initials_after_to_add_from(text, expected):
    assert expected in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Update: nothing further to add from ED\n",
        "Nothing to add from GP, letter filed.\n",
        "Nothing further to add from ICU.\n",
        "Bloods sent; results to add from IT system later.\n",
    ],
)
def test_shorthand_after_to_add_from_stays(text):
    assert people(text) == []


# --- initials as the one who spoke, agreed or corrected -----------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The hub's log shows the call, and TK had ticked the box to say so.", "TK"),
        ("The second check was signed, but KG said it was of the bag only.", "KG"),
        ("Closing count one swab short, AW told the surgeon at once.", "AW"),
        ("The label was printed late, and NM agreed this had not happened before.", "NM"),
        ("The weight was in the wrong box, and J.F. corrected the chart.", "J.F."),
    ],
)
def test_initials_as_subjects(text, expected):
    assert expected in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "The letter was sent, and GP said to continue the dose.",
        "Scan requested, but CT had showed no bleed.",
        "Obs done, and BP said to be low by the monitor.",
        "Discussed at handover, and the ICU agreed to review.",
        "Visit booked, and HV said she would call.",
        "Case reviewed, and MDT agreed the plan.",
        "Reviewed, and OT said the chair was safe.",
    ],
)
def test_shorthand_as_subjects_stays(text):
    assert people(text) == []


# --- names in any case after more cues ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("14:02 job note: awaiting reply from ODALYS BRANKOVIC\n", "ODALYS BRANKOVIC"),
        (
            "Staff were offered a debrief with wilma castellanos from the wellbeing team.",
            "wilma castellanos",
        ),
        (
            "The review team also spoke to ferdie nakamura, who covered the shift.",
            "ferdie nakamura",
        ),
        ("I have copied in petra lindholm, our advocate, who may contact you.", "petra lindholm"),
        ("Witness: gregor abernethy, patient in the next bed, heard a bang.", "gregor abernethy"),
        (
            "1146hrs call handler yolanda fitzwarren rang the patient, no answer",
            "yolanda fitzwarren",
        ),
        ("The family asked if the chaplain ilse vantongeren could be there.", "ilse vantongeren"),
        ("A call was made to the haematology registrar desmond oyelaran.", "desmond oyelaran"),
    ],
)
def test_names_in_any_case_after_more_cues(text, expected):
    assert expected in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Job note: awaiting reply from pharmacy\n",
        "Staff were offered a debrief with the team leader.",
        "The nurse also spoke to the ward sister.",
        "I have copied in the GP and the practice manager.",
        "Witness: none, the patient was alone.",
        "She was moved to the midwife led unit.",
        "The registrar on call was bleeped twice.",
        "The engineer said the part was on order.",
    ],
)
def test_other_words_after_more_cues_stay(text):
    assert people(text) == []


# --- a messaging service that is never a person -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Results over INR 5 are now sent by AccuRx message as well as by phone.",
        "Reminders were sent by Accurx to families each term.",
    ],
)
def test_messaging_service_stays(text):
    assert people(text) == []


# --- a log's entry that opens with whom it told or asked ----------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2025-02-13 17.01 job note: RUFINA OKONJO informed, no action needed\n", "RUFINA OKONJO"),
        (
            '30 Jan 2024,12:19,"teodor blumenfeld asked to review in the morning"\n',
            "teodor blumenfeld",
        ),
        ("Further detail: marisol ekwueme asked to review in the morning\n", "marisol ekwueme"),
    ],
)
def test_names_opening_a_log_entry(text, expected):
    assert expected in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Family informed, no action needed.",
        "Matron asked to review.",
        "NOK informed and happy with the plan.",
        "Site manager informed, bed found.",
        "13:00 Orthopaedics asked to review.",
        "Infection control informed, side room given.",
    ],
)
def test_teams_and_relations_opening_a_log_entry_stay(text):
    assert people(text) == []


# --- a code just after a name is the hospital number --------------------------------------------


def numbers(text, label="HOSPITAL_NUMBER"):
    return [text[s.start : s.end] for s in deidentify(text).spans if s.label == label]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Review: Mr Terry Gibbs, 83L20329, aged 23, on Ward 4.", "83L20329"),
        ("10:35 Katie Robinson (42B46600) in pain, Oramorph due", "42B46600"),
        ("Person affected: KASHYAP, Triya, 94H14511, DOB on file", "94H14511"),
    ],
)
def test_codes_after_a_name(text, expected):
    assert expected in numbers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tazocin batch 12A34567, expiry next year.",
        "Given Tazocin (12A34567) at 10.",
        "Ward 7, 12B34567, bay 2.",
        "Mr Terry Gibbs, 83L20329 was",
    ],
)
def test_codes_not_after_a_name_stay(text):
    assert numbers(text) == []


# --- references that end in capitals ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Job sheet JB/6636/D: chair collected.", "JB/6636/D"),
        ("Maternity safety review MGS/8266/HV: infusion rate.", "MGS/8266/HV"),
        ("Pressure damage review TV-6195-NX was opened.", "TV-6195-NX"),
    ],
)
def test_references_ending_in_capitals(text, expected):
    assert expected in numbers(text, "ID")


@pytest.mark.parametrize(
    "text",
    ["BP 120/80, HR 80 at rest.", "IV/PO switch done.", "Co-codamol 30/500 given.", "DEC/2024/A"],
)
def test_readings_and_doses_are_not_references(text):
    assert numbers(text, "ID") == []
