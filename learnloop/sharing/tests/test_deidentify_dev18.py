"""Hand-written cases for the forms added after the sixteenth blind pack's misses were read (27
November 2026). People: initials in a table's column headed by a staff member's job ("| Nurse
|", "carer", "midwife", "named nurse"), as in a "by" column; a name written surname first in
a column headed "patient", "name", "resident" or "client" ('"HOLT, Juniper"'), when the
header's cells are short; a CSV row with more cells than its header (an unquoted date with a
comma) read from either end; the writer of a text message after a bracketed date and time
written any way ("[Sunday the 3rd 0915] Oksana: ok"), unless a role's shorthand in capitals, a
title, a relative or a dictionary word ("HV:", "Mum:", "Reception:"); a message's writer
introduced by job ("its Marisol the health visitor") and its reader greeted by name ("hi oona
its ..."); one to three words in any case after phrases only a person follows ("A statement
was also taken from", "a named contact,", "the health visitor", "social worker", "AMHP",
"manager on call", "clinical navigator", "handover from", "signed by", "that of", "another
patient," / "resident," / "prisoner,", "Contact:", "| user"), or dotted initials there
("clinical navigator D.K.W."), and before phrases ("from the next bay", "from next door",
"asked at the desk", "back from break"), when they read as a name: a listed first name, an
initial before a surname, a word name before a surname in capitals ("Meadow Okonjo"), or words
in no dictionary (one lower-case word after a job only if in no dictionary: "the AMHP forum"
stays); a known first name typed in lower case with its possessive's s and no apostrophe
("saoirses weight"). Dates: the year first with slashes ("2023/11/04"; a year of 19xx or 20xx).
Addresses: a "Yard" after a house number ("4 Ropers Yard"; "Scotland Yard" stays). Hospital
numbers: after their label, digits with a capital among them ("MRN 52T804417"; the same shape
after "Lot" stays). Every text here is invented for this file; each rule has a case that must
stay.

Before the change, 28 of this file's 63 cases failed on the engine (counted by running this file
against a copy of the engine taken before the edit). The 30 cases that must stay passed before
too; five cases of new rules passed before by other rules (a surname-first name in a CSV row,
"named contact, PADRAIG NWOSU", "AMHP Ingrid Solberg", "clinical navigator B Quist", "Ottilie
Brandt from the next bay") and are kept as cases the new rules must not break."""

import pytest

from learnloop.sharing.tests.spans import labels, people

# --- tables: a staff member's column, a patient column, a CSV row with an unquoted comma --------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("| Room | Resident | Task | Carer |\n| 4 | Elm | wash | TQ |\n", "TQ"),
        ("bay,obs,midwife\n2,stable,RWN\n", "RWN"),
        ("| Bed | Patient | Plan |\n| 7 | HOLT, Juniper | home |\n", "HOLT, Juniper"),
        ('seen,name,plan\n3,"DE LA TORRE, Sage",review\n', "DE LA TORRE, Sage"),
        ('day,time,client,nurse\nMarch 3, 2025,10.20,"OKORO, Dawn",KP\n', "OKORO, Dawn"),
        ('day,time,client,nurse\nMarch 3, 2025,10.20,"OKORO, Dawn",KP\n', "KP"),
    ],
)
def test_people_in_table_columns(text, expected):
    assert expected in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "| Bed | Patient | Plan |\n| 7 | empty | clean |\n",
        "| Bed | Patient | Plan |\n| 7 | Side room, Elm | clean |\n",
        "| Bay | Nurse | Plan |\n| 2 | NA | home |\n",
        "| Bay | Staff | Plan |\n| 2 | ED | home |\n",
    ],
)
def test_other_table_cells_stay(text):
    assert people(text) == []


# --- text-message threads ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[Sunday the 3rd 0915] Oksana: ok see you then\n", "Oksana"),
        ("[4 June 1410hrs] Bartek: she slept\n[4 June 1412hrs] HV: good\n", "Bartek"),
        ("[2025-06-04 14:10] Imelda Rusk: thanks\n", "Imelda Rusk"),
        ("[Mon 1102] HV: hi, its Marisol the health visitor, can i visit\n", "Marisol"),
        ("[Tue 0930] Mum: hiya it's teodor your school nurse here\n", "teodor"),
    ],
)
def test_message_writers_and_introductions(text, expected):
    assert expected in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "[Sunday the 3rd 0915] HV: ok see you then\n",
        "[4 June 1410hrs] Mum: she slept\n",
        "[4 June 1410hrs] Dad: she slept\n",
        "[4 June 1410hrs] Reception: booked\n",
        "[Mon 1102] HV: its fine the health visitor will ring\n",
    ],
)
def test_message_roles_stay(text):
    assert people(text) == []


# --- phrases only a person follows or comes before, in any case --------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A statement was also taken from wilhelmina osei, who was there.", "wilhelmina osei"),
        ("The family were given a named contact, PADRAIG NWOSU.", "PADRAIG NWOSU"),
        ("The health visitor tomasina reilly said the book was wrong.", "tomasina reilly"),
        ("1302 AMHP Ingrid Solberg aware by phone.", "Ingrid Solberg"),
        ("1410 Manager on call Meadow Okonjo informed.", "Meadow Okonjo"),
        ("Upgraded by clinical navigator B Quist; crew sent.", "B Quist"),
        ("The visits were signed by ZOFIA KRAWIEC, who was elsewhere.", "ZOFIA KRAWIEC"),
        ("a vial from the box of another patient, that of Heath Abiodun.", "Heath Abiodun"),
        ("12-May 1130 | user radomir sykes | viewed results", "radomir sykes"),
        ("Ottilie Brandt from the next bay later said she heard it.", "Ottilie Brandt"),
        ("[Mon 1200] Mum: no rash. yusra from next door says fine\n", "yusra"),
        ("1510 DEMELZA TREVOR asked at the desk for an update.", "DEMELZA TREVOR"),
    ],
)
def test_people_around_person_phrases(text, expected):
    assert expected in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "A statement was also taken from the nurse in charge.",
        "The family were given a named contact, the ward manager.",
        "The health visitor said the book was wrong.",
        "The chart was that of another baby on the unit.",
        "The form was signed by two nurses before the dose.",
        "A man from the next bay later said he heard it.",
        "The neighbour from next door rang.",
        "1510 Pharmacy asked at the desk for an update.",
        "The second check was signed by a healthcare assistant who had not seen it.",
        "Lessons will be taken to the AMHP forum.",
    ],
)
def test_phrases_without_a_person_stay(text):
    assert people(text) == []


# --- the year first with slashes, a yard after a house number ------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The form sat in the tray until 2023/11/04, a week later.", ("2023/11/04", "DATE")),
        ("Moved to 4 Ropers Yard, Otley on Monday.", ("4 Ropers Yard", "ADDRESS")),
        ("Patient: OKE, Lin | MRN 52T804417\n", ("52T804417", "HOSPITAL_NUMBER")),
        ("Hospital number: 7C2210945.", ("7C2210945", "HOSPITAL_NUMBER")),
    ],
)
def test_dates_and_yards(text, expected):
    assert expected in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Statutory instrument SI 2019/1234 applies.",
        "Batch 1234/08/18 was quarantined.",
        "The police at Scotland Yard were told.",
        "Bins are kept in the Hospital Yard by the mortuary.",
        "Lot 52T804417 of the dressing was used.",
    ],
)
def test_other_slashes_and_yards_stay(text):
    assert not [
        kind
        for _, kind in labels(text)
        if kind in ("DATE", "ADDRESS", "LOCATION", "HOSPITAL_NUMBER")
    ]


# --- initials after a job, greetings, possessives typed without an apostrophe -----------------


@pytest.mark.parametrize(
    "text, known, expected",
    [
        ("1204 Triaged by clinical navigator D.K.W.; crew sent.", None, "D.K.W."),
        ("[Fri 0901] HV: hi oona its the health visitor again\n", None, "oona"),
        ("Nessa social worker kalinda moss was told by phone.", None, "kalinda moss"),
        ("She was given tablets meant for another resident, BRAM KOSTER.", None, "BRAM KOSTER"),
        ("Contact: Ember Lowe 07700 900123", None, "Ember Lowe"),
        ("hi, saoirses weight looks wrong", {"names": ["Saoirse Dunne"]}, "saoirse"),
    ],
)
def test_people_after_jobs_greetings_and_possessives(text, known, expected):
    assert expected in [w for w, kind in labels(text, known) if kind == "PERSON"]


@pytest.mark.parametrize(
    "text, known",
    [
        ("[Fri 0901] HV: hi there its me again\n", None),
        ("Contact: the ward on 0161 496 0000", None),
        ("The social worker was told by phone.", None),
        ("The roses were left at the desk.", {"names": ["Rose Dunne"]}),
        ("Both wards were closed.", {"names": ["Sam Ward"]}),
        ("No more at this site.", {"names": ["Thi Lan"]}),
    ],
)
def test_greetings_and_plurals_stay(text, known):
    assert [w for w, kind in labels(text, known) if kind == "PERSON"] == []
