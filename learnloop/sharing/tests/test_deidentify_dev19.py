"""Hand-written cases for the forms added after the seventeenth blind pack's misses were read (27
November 2026). People: initials in a table's column headed by a job's shorthand or a general
word for the staff member ("RN", "HCSW", "worker", "operator"), as in a "nurse" column;
initials found as a person anywhere (a staff column, a signer) are that person wherever else
they stand alone ("TQ aware", "| HN / TQ |"), unless shorthand or before a job ("OH nurse");
initials after a deed a log's writer signs ("silenced by", "typed by", "written by", "checked
by", "witnessed by", "printed by", "GCS checks by", a table's row "| Checked by | CP |"),
before a dash, a cell's end or "shows" as well as a stop, where shorthand for a condition or a
dose is a person's initials too ("corrected by CD - see") but a team, a test or a job written
alone stays ("checked by ECG", "witnessed by RN"); two staff members' initials alone in a
table's cell split by a slash ("| HN / TQ |"; "| PO / IV |" stays); a name typed in lower case
before a bracket holding any job ("gail davies (porter)", "(ward manager)", "(bank)"), with
accents and particles ("eilís nic amhlaoibh"), after a quote or a table's bar; a name typed in
lower case between commas after a job or a relative anywhere in a sentence ("our receptionist,
nia di stefano, matched"; "the nurse, however, said" stays); a lower-case name after "by" or
"including" whose first word is a listed first name in no dictionary ("including bronagh
quill"; "by hand", "by grace" stay). "MRN" and "NIC" (nurse in charge) alone are shorthand,
so no one ("Patient MRN 4242" was read as a person). Hospital numbers: after their label or in
their column, two digits, a slash and five to seven more ("hosp no 83/105526"). Every text here
is invented for this file; each rule has cases that must stay.

Before the change, 23 of this file's 49 cases failed on the engine (counted by running this file
against a copy of the engine taken before the edit). The 22 cases that must stay passed before
too; four cases of new rules passed before by other rules ("silenced by WK", "GCS checks by
TQ:", "the log written by RB shows", "| checked by MW |") and are kept as cases the new rules
must not break; the two cases of "MRN" and "NIC" alone are among the 23 that failed."""

import pytest

from learnloop.sharing.tests.spans import labels, people

# --- staff columns headed by a job's shorthand or "worker" -----------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Date,Time,Patient,RN,Notes\n3 May 25,10.20,"OKORO, Dawn",TQ,seen\n', "TQ"),
        ("| Bed | Client | Worker | Outcome |\n| 2 | Elm | JWB | done |\n", "JWB"),
        ("day,slot,hcsw,status\nMon,lunch,PLK,done\n", "PLK"),
    ],
)
def test_initials_in_staff_columns(text, expected):
    assert expected in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "| Bed | RN | Plan |\n| 2 | NA | home |\n",
        "| Bay | Worker | Plan |\n| 2 | GP | review |\n",
    ],
)
def test_other_staff_cells_stay(text):
    assert people(text) == []


# --- initials written again ---------------------------------------------------------------------


def test_initials_written_again_after_a_staff_column():
    text = "| Bed | Nurse | Plan |\n| 4 | TQ | wash |\n\n0915 TQ aware\n1020 entry by TQ\n"
    assert people(text).count("TQ") == 3


def test_initials_before_a_job_stay():
    text = "| Bed | Nurse | Plan |\n| 4 | OH | wash |\n\n0915 OH nurse reviewed the wound\n"
    assert people(text) == ["OH"]


def test_shorthand_is_not_carried():
    text = "| Bed | Nurse | Plan |\n| 4 | TQ | wash |\n\nknown AF, on apixaban\n"
    assert people(text) == ["TQ"]


# --- initials after a deed signed by someone ----------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("0410 alarm silenced by WK - patient settled", "WK"),
        ("0930 entry corrected by CD - see 4 May", "CD"),
        ("| Checked by | CP | 3/4/2025 |\n", "CP"),
        ("2150 GCS checks by TQ: 14/15", "TQ"),
        ("The outreach log written by RB shows the call at 0300.", "RB"),
        ("clinic letter typed by DS\n", "DS"),
        ("| Drugs | warfarin 3mg | checked by MW |\n", "MW"),
    ],
)
def test_initials_after_signed_deeds(text, expected):
    assert expected in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "rhythm checked by ECG.",
        "printer checked by IT.",
        "dose witnessed by RN.",
        "balance taken per CD register.",
    ],
)
def test_teams_tests_and_jobs_after_deeds_stay(text):
    assert people(text) == []


# --- two staff members' initials in one cell ----------------------------------------------------


def test_initials_paired_in_a_cell():
    assert people("| Turns | bed 6 done | HN / TQ |\n") == ["HN", "TQ"]


@pytest.mark.parametrize(
    "text", ["| Route | PO / IV |\n", "| Rhythm | AF / SR |\n", "| Outcome | N/A |\n"]
)
def test_shorthand_pairs_stay(text):
    assert people(text) == []


# --- names typed in lower case ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Notes (0925): gail davies (porter) delayed", "gail davies"),
        ("| Note | róisín stokes (bank) covering breaks | 1650 |", "róisín stokes"),
        ("On 3.2.25 martyn mills (ward manager) recorded it", "martyn mills"),
        ('1750,"",,,,"ravinder oyelaran (bank) covering breaks"', "ravinder oyelaran"),
        ("our receptionist, nia di stefano, matched it to you", "nia di stefano"),
        ("It was never shared with the trip leader, june byrne.", "june byrne"),
        ("Our surveyor, roger hope, visited on Monday", "roger hope"),
        ("Her partner, özel aslan, asked for it in writing.", "özel aslan"),
        ("We checked other patients on the list, including bronagh quill.", "bronagh quill"),
        ("She was seen again on Friday by róisín fairbrother.", "róisín fairbrother"),
    ],
)
def test_lower_case_names(text, expected):
    assert expected in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "The patient had oral morphine (analgesic) and slept.",
        "cleaning the floor (porter) done",
        "the nurse, however, said it was fine",
        "the manager, as before, agreed the plan.",
        "the registrar, on call, was asked",
        "the letter, with copies, was sent",
        "the labels were written by hand.",
        "seen by grace of the duty rota",
        "all staff were told, including ward staff.",
    ],
)
def test_lower_case_words_that_stay(text):
    assert people(text) == []


# --- shorthand alone after a person's label -------------------------------------------------------


@pytest.mark.parametrize("text", ["Patient MRN 4242 checked", "stock checked by NIC - fine"])
def test_record_number_and_nurse_in_charge_are_no_one(text):
    assert people(text) == []


# --- hospital numbers with the year of registration first ----------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("her NHS number and hospital number 41/620917. Her cousin", "41/620917"),
        ("med reg here, who is bed 4, hosp no 83/105526?", "83/105526"),
        ('Date,Time,Patient,MRN,Cat\n3 May 25,10.20,"OKORO, Dawn",29/774310,3\n', "29/774310"),
    ],
)
def test_hospital_numbers_with_a_slash(text, expected):
    assert (expected, "HOSPITAL_NUMBER") in labels(text)


@pytest.mark.parametrize(
    "text", ["hospital number 12/2024 was missing", "given 10/500000 units in total"]
)
def test_slashed_numbers_without_a_label_stay(text):
    assert not [kind for _, kind in labels(text) if kind == "HOSPITAL_NUMBER"]
