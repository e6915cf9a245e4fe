"""Hand-written cases for the forms added after the eighth blind pack's misses were read (27
November 2026): a person's initials opening a line of a log and followed by what they did
("TK checked the fridge.", "R.W. restocked the trolley."), after "by" at the end of a line, alone
in brackets after "patient", or in a list of people each with a role in brackets; four or five
dotted initials ("A.B.V.D.M."); a person after a job whose holder is named straight after it
("Care navigator Honey", "Reception (Sunny)", "Porter", "Chaplain", "Courier", "biomedical
scientist", "from clinician") or after "Comment from" and "Follow-up with" (there only words
that read as a name); a name typed in lower case into a form's "Name:" field; a person opening a
clause before "a friend", "a neighbour", "the receptionist" or "from the ... team"; references
after what was reported, logged or sent under them ("reported it as", "logged the delay as",
"custody record", "submission", "eConsult", "transport"); hospital numbers written as two
digits, a hyphen and six more; and postcodes in lower case on a line of their own or after
"Postcode:". More NHS shorthand (MAU, CPR, RCA, PPE...) is never a person's initials. Every text
here is invented for this file; each rule has a case that must stay.

Before the change, 37 of this file's 73 cases failed on the engine (counted by running this file
against a copy of the engine taken before the edit); every look-alike case passed before too."""

import pytest

from learnloop.sharing.tests.spans import found_labels, labels

# --- PERSON: initials opening a log's line, then what the person did ---------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Night log, bay 4\nTK checked the fridge temperatures.\n", "TK"),
        ("Night log, bay 4\nPM did the 4am observations.\n", "PM"),
        ("Corridor care record\nJW gave the 0600 analgesia late.\n", "JW"),
        ("Stock check\nR.W. restocked the resus trolley.\n", "R.W."),
        ("Stock check\nS.T.K. signed the controlled drugs book.\n", "S.T.K."),
    ],
)
def test_initials_opening_a_log_line_before_a_deed(text, expected):
    assert (expected, "PERSON") in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Imaging\nCT showed no acute bleed.\nECG repeated at 0300.\n",
        "Flow\nMAU accepted the referral.\nCPR started at 0412.\n",
        "Governance\nSEA raised with the practice.\nRCA completed in May.\n",
        "Custody\nDP asked for a solicitor.\nPPE removed after the search.\n",
        "Ward round: the FY2 noted that TK checked nothing.",  # not opening a line
    ],
)
def test_shorthand_opening_a_log_line_stays(text):
    assert "PERSON" not in found_labels(text)


# --- PERSON: initials after "by" at the end of a line ------------------------------------------


def test_initials_after_by_closing_a_line():
    text = "Form checked by KP\nDr Osei countersigned the chart."
    assert ("KP", "PERSON") in labels(text)


def test_a_body_after_by_on_the_same_line_stays():
    text = "The death was referred by HM Coroner to the trust.\nInspected by CQC\nReport due."
    assert [word for word, label in labels(text) if label == "PERSON"] == []


def test_five_dotted_initials_after_by():
    assert ("A.B.V.D.M.", "PERSON") in labels("Entry closed by A.B.V.D.M.")


# --- PERSON: a patient named by initials in brackets --------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The sample belonged to another patient (TW) in the same bay.", "TW"),
        ("The scan was booked for the wrong patient (R.J.) on the list.", "R.J."),
    ],
)
def test_initials_in_brackets_after_patient(text, expected):
    assert (expected, "PERSON") in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "A second patient (AF) was on the same monitor.",
        "An elderly patient (HIV positive) was admitted.",
        "The patient (CKD stage 4) needed dose adjustment.",
    ],
)
def test_shorthand_in_brackets_after_patient_stays(text):
    assert "PERSON" not in found_labels(text)


# --- PERSON: initials in a list of people with roles in brackets --------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Present: Ellen Roe (pharmacy), JT (dietetics), Omar Said (podiatry).", "JT"),
        ("Attendees: Mark Hale (chair), K.L. (physiotherapy).", "K.L."),
    ],
)
def test_initials_in_a_list_of_roles(text, expected):
    assert (expected, "PERSON") in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Imaging: MRI (head), CT (chest) both reported.",
        "Escalated to ICU (outreach), HDU (overnight) and the site team.",
        "Kit used: gloves (nitrile), PPE (full) throughout.",
    ],
)
def test_shorthand_in_a_list_of_brackets_stays(text):
    assert "PERSON" not in found_labels(text)


# --- ID: a reference after what was reported, logged or sent under it ---------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ward manager reported it as DTX-20931 the same day.", "DTX-20931"),
        ("The crew logged the delay as REF/24/5512 before leaving.", "REF/24/5512"),
        ("Held overnight; custody record CR/8812/25 reviewed.", "CR/8812/25"),
        ("A second online submission NX-447120 was made by the daughter.", "NX-447120"),
        ("eConsult EC-55102 to the practice was not answered.", "EC-55102"),
        ("Clinic missed - transport PTS-771203 did not arrive.", "PTS-771203"),
        ("The call was logged as 112-553410 by the control room.", "112-553410"),
    ],
)
def test_a_reference_after_a_deed(text, expected):
    assert (expected, "ID") in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The fall was reported as 1400 on the chart and logged as urgent.",
        "Transport at 1430 was late again.",
        "The swab was reported as COVID-19 positive.",
        "eConsult 12/2024 audit showed slow replies.",
    ],
)
def test_numbers_after_a_deed_that_are_not_references_stay(text):
    assert "ID" not in found_labels(text)


# --- HOSPITAL_NUMBER: two digits, a hyphen and six more ------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("3/4: HALE, Joan 47-118230 - swab not sent.", "47-118230"),
        ("Pt Ann Rowe, 12.3.41, 06-550912\n", "06-550912"),
        ("Arrest debrief: Tom Pike (81-004417).", "81-004417"),
    ],
)
def test_a_hyphened_hospital_number(text, expected):
    assert (expected, "HOSPITAL_NUMBER") in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sort code 12-34-56 given to the family for the fund.",
        "Platelets 150-400, INR range 2-3 on 2025-08-17.",
        "Batch AB12-345678 of the vaccine was used.",
        "Lot 4-123456 and code 123-4567890 were logged.",
    ],
)
def test_other_hyphened_numbers_stay(text):
    assert "HOSPITAL_NUMBER" not in found_labels(text)


# --- POSTCODE: lower case on a line of its own or after "Postcode:" -----------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("12 Mill Lane\nHilltown\nab12 3dx\n", "ab12 3dx"),
        ("Name: jo bloggs  Postcode: ls9 7tf  DOB: 1.2.50", "ls9 7tf"),
        ("Flat 2, 9 Quay Street\nm1 4bt", "m1 4bt"),
    ],
)
def test_a_lower_case_postcode_where_nothing_else_fits(text, expected):
    assert (expected, "POSTCODE") in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fracture at t2 5mg morphine given, then reviewed.",
        "Spine: the l4 5mm disc bulge was noted on the scan.\n",
    ],
)
def test_lower_case_look_alikes_inside_a_line_stay(text):
    assert "POSTCODE" not in found_labels(text)


# --- PERSON: job cues and "comment from", "follow-up with" ---------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Care navigator Honey passed the message on.", "Honey"),
        ("Reception (Sunny) asked her to ring back.", "Sunny"),
        ("Night log\nPorter Rusty took the bed to X-ray.\n", "Rusty"),
        ("Chaplain Patience Lamb sat with the family.", "Patience Lamb"),
        ("The courier Joy Fisher left it at the door.", "Joy Fisher"),
        ("Callback from clinician Hope Green was not made.", "Hope Green"),
        ("Comment from Deepak Hill: agreed.", "Deepak Hill"),
        ("Follow-up with Aisling Stone booked.", "Aisling Stone"),
    ],
)
def test_a_person_after_a_job_or_a_cue(text, expected):
    assert (expected, "PERSON") in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Follow-up with Dermatology booked for March.",
        "Follow-up with Tissue Viability agreed.",
        "Comment from the family: they were upset.",
        "Care navigator service closed at 5pm.",
        "Courier service collected the bloods.",
    ],
)
def test_services_after_those_cues_stay(text):
    assert "PERSON" not in found_labels(text)


# --- PERSON: a name typed in lower case into a form's "Name:" field -----------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Name: kwabena asante  DOB: 2 Mar 61", "kwabena asante"),
        ("name: joanne smith, dob 1.1.50", "joanne smith"),
    ],
)
def test_a_lower_case_name_in_a_name_field(text, expected):
    assert (expected, "PERSON") in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Name: not given  DOB: unknown",
        "Name: withheld by caller\nReason: chest pain",
    ],
)
def test_words_in_a_name_field_that_are_not_a_name_stay(text):
    assert "PERSON" not in found_labels(text)


# --- PERSON: before "a friend", "a neighbour", "the receptionist", "from the ... team" ------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The flat was empty. Cherry, a friend, had the key.", "Cherry"),
        ("Robin Marsh, a neighbour, called 999.", "Robin Marsh"),
        ("Olu Adebayo, the receptionist, took the call.", "Olu Adebayo"),
        ("After the meeting, Bogdan Hale from the quality team checked the plan.", "Bogdan Hale"),
        ("Priyanka Bell from theatres confirmed the count.", "Priyanka Bell"),
    ],
)
def test_a_person_before_an_apposition_or_a_team(text, expected):
    assert (expected, "PERSON") in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her mother, a friend, and the GP attended.",
        "The GP, a neighbour, was not involved.",
        "Dermatology from the outpatient team replied.",
        "Pharmacy from the ward team sent the drugs.",
        "On Monday, a neighbour, who is not named, rang.",
    ],
)
def test_services_and_words_before_an_apposition_stay(text):
    assert "PERSON" not in found_labels(text)
