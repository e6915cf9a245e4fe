"""Hand-written cases for the forms added after the tenth blind pack's misses were read (27
November 2026). Phones: a number closing a line is no longer read on into the date that opens the
next. Hospital numbers: after "hospital number at <hospital> is"; an unlabelled number standing
as an item of its own just before the NHS number, or just after it perhaps under a short label of
capitals (a trust's code). References: a service's own shape with no word naming it, two to five
capitals, a hyphen or a slash and four to six digits, or with a group of two digits or of
letters between (then three digits). Addresses: a street with a possessive after a house number
("14 Tanner's Row"). People: initials signing a log line after "Logged", "Entered", "Recorded",
"Closed", "Signed", "Dictated", "Supervisor"... (perhaps after a date or a lower-case job, before
a date, a slash or a comma); the author of a dated log entry before a colon and a lower-case
word; two sets of initials joined by "and" after "by"; initials after "by" before a comma and a
date; a signature after a blank line (initials before "/ team", or closing the text's last line
after one to three words); a name after "contact" and "please tell" that reads as a name (never
a word in capitals); a name spelt by an e-mail address and written with its words next to each
other ("honey.stone@..." and "Honey Stone"; not a team's or a place's mailbox); a record's formal
first name found in its usual short forms ("Margaret" in the record, "Madge" in the note).
Precision: a surname's particle ("de", "van") is not looked for
alone; clinical jobs that no shipped dictionary holds ("Prosthetist's note") are never a name.
Every text here is invented for this file; each rule has a case that must stay.

Before the change, 52 of this file's 101 cases failed on the engine (counted by running this file
against a copy of the engine taken before the edit): every case of a new rule, and four of the
cases that must stay (a number broken over two lines was read as a phone; a known surname's
particle was found alone in "de-labelled", "van", "Di-hydrocodeine"); the other cases that must
stay passed before too."""

import pytest

from learnloop.sharing.deidentify import deidentify
from learnloop.sharing.tests.spans import found_labels, labels


def redacted(text, known=None):
    return deidentify(text, known).text


# --- PHONE ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Son rang 01632 960412\n14/02/2025 visit booked", "01632 960412"),
        ("Warden on +44 1632 960 777\n30/4 keys returned", "+44 1632 960 777"),
        ("Callback number 07700900461\n22 May 2025 no answer", "07700900461"),
        ("Ring the hub on (01632) 960551\n2025-03-01 chased", "(01632) 960551"),
    ],
)
def test_a_phone_closing_a_line_before_a_dated_line(text, expected):
    assert (expected, "PHONE") in labels(text)
    assert "DATE" in found_labels(text)


def test_a_number_broken_over_two_lines_is_not_joined_into_a_phone():
    text = "Stock count 0112\n345 678 boxes"
    assert "PHONE" not in found_labels(text)


# --- HOSPITAL_NUMBER -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Her hospital number at Kingsbrook Hospital is 40318822, per the letter.", "40318822"),
        ("The hospital number at St Wilfrid's Hospital was 55120437.", "55120437"),
    ],
)
def test_a_hospital_number_after_the_hospital_and_is(text, expected):
    assert (expected, "HOSPITAL_NUMBER") in labels(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mrs Ivy Thorne (81 yrs, 30992174, NHS 943 476 5919) was reviewed.", "30992174"),
        ("Pt: DALE, Owen (age 40) | 8810234 | NHS 9434765919 | referred", "8810234"),
        ("DOB: 01/02/1950   NHS: 943 476 5919   RQX: 66014283\nSeen in clinic", "66014283"),
        ("NHS 9434765919, 4420917 - both checked on the spine", "4420917"),
    ],
)
def test_an_unlabelled_number_beside_the_nhs_number(text, expected):
    assert (expected, "HOSPITAL_NUMBER") in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "NHS 943 476 5919, DOB: 01021950 confirmed",
        "NHS 943 476 5919   TEL: 01632960412",
        "Stock 1200 | 4500 units given over 30 minutes, not NHS funded",
        "NHS 9434765919, 0163296041",
    ],
)
def test_numbers_beside_the_nhs_number_that_are_not_hospital_numbers_stay(text):
    assert "HOSPITAL_NUMBER" not in found_labels(text)


# --- ID ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Please quote OPH-20931 when you write to us.", "OPH-20931"),
        ("Audiology session AUD/44120 was cancelled.", "AUD/44120"),
        ("Thank you for your letter about DSC/23/419.", "DSC/23/419"),
        ("Our reference ENT/RB/771\nDear Mr Hale", "ENT/RB/771"),
        ("Any questions: quoting WPS-07-5521 helps us find the file.", "WPS-07-5521"),
        ("Review of placement SLP-3304, 12 May 2025", "SLP-3304"),
    ],
)
def test_a_reference_in_a_services_own_shape(text, expected):
    assert (expected, "ID") in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "COVID-19 swab negative; PHQ-9 of 12 and GAD-7 of 9.",
        "Coded as ICD-10 I21 on discharge.",
        "Stock reconciled at DEC-2024 close.",
        "She scored 14 on the EQ-5D and has FFP3 masks.",
        "Given 2 x 500 mg; IL-6 level awaited; HLA-B27 negative.",
    ],
)
def test_short_codes_and_months_are_not_references(text):
    assert "ID" not in found_labels(text)


# --- ADDRESS -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The parcel went to 14 Tanner's Row, Upper Marsh, by mistake.", "14 Tanner's Row"),
        ("He has moved to 7 Bishop's Walk since the last visit.", "7 Bishop's Walk"),
        ("Flat 2, 31 Miller's Close\nHolmford", "Flat 2, 31 Miller's Close"),
    ],
)
def test_a_street_with_a_possessive_after_a_house_number(text, expected):
    assert (expected, "ADDRESS") in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "She was moved to Sarah's Ward for the night.",
        "Bed 4 on Grace's Unit was closed.",
    ],
)
def test_a_possessive_without_a_house_number_is_no_address(text):
    assert "ADDRESS" not in found_labels(text)


# --- PERSON: initials signing logs -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Keys handed back.\nLogged TW 04/03/2025", "TW"),
        ("Alarm reset, no fault.\nCall closed K.J.", "K.J."),
        ("Wrong patient label found.\nClosed 3 May 2026 RB / passed to matron", "RB"),
        ("Result sent.\n\nDictated HN, typed by admin on 12/05/2025", "HN"),
        ("Checklist complete.\nSigned duty operator G.P.", "G.P."),
        ("Box returned to stores.\nRecorded JT", "JT"),
        ("Visit moved.\nEntered by LK Tuesday 3 June", "LK"),
        ("Dose checked.\nLogged W.S. March 4, 2026", "W.S."),
    ],
)
def test_initials_signing_a_log_line(text, expected):
    assert (expected, "PERSON") in labels(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Plan agreed.\n03/04/25 KL: rang the daughter back", "KL"),
        ("Plan agreed.\nWed 12/3 R.T.: parcel traced to the depot", "R.T."),
        ("x\n4th June JM: address confirmed with the GP", "JM"),
    ],
)
def test_the_author_of_a_dated_log_entry(text, expected):
    assert (expected, "PERSON") in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Obs.\n12/03 BP: 128/84, HR: 72",
        "Clerking.\n12/03 OE: chest clear, abdomen soft",
        "Clerking.\n14/03 HPC: fall at home overnight",
        "Note.\n14/03 NB: recheck the level",
        "Results.\n12/03 ECHO: good function\n13/03 TTE: normal valves",
    ],
)
def test_headings_and_shorthand_after_a_date_stay(text):
    assert "PERSON" not in found_labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Checked.\nReviewed CT 12/03 with the team",
        "Checked.\nClosed PALS 12/03",
        "Checked.\nLogged AM 12/03",
    ],
)
def test_shorthand_after_a_signing_word_stays(text):
    assert "PERSON" not in found_labels(text)


def test_two_sets_of_initials_joined_by_and_after_by():
    text = "The chart is now signed by PW and C.D. before each session."
    found = labels(text)
    assert ("PW", "PERSON") in found
    assert ("C.D.", "PERSON") in found


def test_shorthand_joined_by_and_after_by_stays():
    assert "PERSON" not in found_labels("Reviewed by GP and OT before discharge.")


def test_initials_after_by_before_a_comma_and_a_date():
    assert ("AN", "PERSON") in labels("Clinic note by AN, 14.11.25")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We are sorry for the delay.\n\nKT / duty team, ext 2210", "KT"),
        ("Please call if you need us.\n\nCommunity outreach H.L.", "H.L."),
        ("We will write again.\n\nLimb centre JR\n", "JR"),
    ],
)
def test_initials_in_a_signature_after_a_blank_line(text, expected):
    assert (expected, "PERSON") in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Discharged home.\n\nSeen in ED",
        "Plan below.\n\nDiscussed with MDT",
        "Plan below.\n\nAwaiting TTE",
        "Plan below.\n\nReferred to SALT",
        "Plan below.\n\nGP / OOH aware",
        "Plan below.\n\nIV / oral switch tomorrow",
        "Letter.\n\nCommunity outreach JR\n\nNext steps follow.",
    ],
)
def test_lines_after_a_blank_line_that_sign_nothing_stay(text):
    assert "PERSON" not in found_labels(text)


# --- PERSON: cues ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("For spare batteries contact Oluwaseun on 01632 960 118.", "Oluwaseun"),
        ("If you cannot attend please tell Ruairí on reception.", "Ruairí"),
        ("Staff contact Jaroslav on 07700 900 461 for the keys.", "Jaroslav"),
        ("The carer may contact Sanjeev at the agency.", "Sanjeev"),
    ],
)
def test_a_name_after_contact_or_please_tell(text, expected):
    assert (expected, "PERSON") in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "You can contact HM Coroner if you are unhappy.",
        "You may also contact MBRRACE-UK for advice.",
        "Please contact Pharmacy for a new supply.",
        "Please contact Occupational Health on 01632 960 900.",
        "Please tell Reception when you arrive.",
        "First contact Monday morning.",
    ],
)
def test_services_and_bodies_after_contact_stay(text):
    assert "PERSON" not in found_labels(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Copies to tomasz.wrobel@example.org; TOMASZ WROBEL agreed the plan.", "TOMASZ WROBEL"),
        ("Sunny Ncube can be reached at sunny.ncube41@example.com.", "Sunny Ncube"),
        ("Meet Honey Stone there; honey.stone@example.org has the list.", "Honey Stone"),
    ],
)
def test_a_name_spelt_by_an_email_address(text, expected):
    assert (expected, "PERSON") in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The patient experience team (patient.experience@nhs.net) replied.",
        "Ask the Grey Wing (grey.wing@example.org) for a bed.",
        "The Day Unit (day.unit@example.org) is closed on Sunday.",
    ],
)
def test_teams_and_places_spelt_by_an_email_address_stay(text):
    assert "PERSON" not in found_labels(text)


# --- PERSON: short forms of the record's names -------------------------------------------------------


@pytest.mark.parametrize(
    "name, text, expected",
    [
        ("Patricia Lomax", "We rang and Pat answered.", "Pat"),
        ("Richard Tolley", "His son says Dick is sleeping badly.", "Dick"),
        ("Dorothy Fane", "The carer told us Dot had not eaten.", "Dot"),
        ("Christopher Lamb", "Kit rang the ward twice.", "Kit"),
        ("Eleanor Price", "Staff said Nell was calmer.", "Nell"),
        ("Margaret Ashdown", "Her daughter says Madge is eating.", "Madge"),
    ],
)
def test_a_short_form_of_the_records_first_name(name, text, expected):
    assert (expected, "PERSON") in labels(text, {"names": [name]})


@pytest.mark.parametrize(
    "name, text",
    [
        ("Margaret Ashdown", "A peggy bag of clothes was left."),
        ("Dorothy Fane", "A dot on the chart marks each turn."),
        ("Edward Lyle", "He was taken to ED by ambulance."),
        ("Margaret Ashdown", "PEG feed restarted at 10 ml an hour."),
        ("William Hesketh", "Will the family be told today?"),
        ("Francis Oduya", "Frank haematuria was noted."),
        ("Peggy Shaw", "Margaret Ward review booked."),
    ],
)
def test_words_that_are_not_a_short_form_here_stay(name, text):
    assert "PERSON" not in found_labels(text, {"names": [name]})


# --- precision: particles and clinical jobs ----------------------------------------------------------


@pytest.mark.parametrize(
    "name, text",
    [
        ("Anita de Souza", "She was de-labelled after the oral challenge."),
        ("Piet van der Merwe", "The van arrived late; the der tag was missing."),
        ("Luca di Angelo", "Di-hydrocodeine was held overnight."),
    ],
)
def test_a_surnames_particle_is_not_looked_for_alone(name, text):
    assert "PERSON" not in found_labels(text, {"names": [name]})


def test_the_whole_name_with_its_particle_is_still_found():
    text = "Ms de Souza was seen; Anita de Souza agreed the plan."
    assert found_labels(text, {"names": ["Anita de Souza"]}) == ["PERSON", "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "Prosthetist's note, 4 June. Socket checked.",
        "Sonographer unavailable, scan moved.",
        "Audiologist's report attached.",
        "Orthoptist review in clinic 3.",
        "Hyperbaric unit closed for maintenance.",
    ],
)
def test_clinical_jobs_are_not_names(text):
    assert "PERSON" not in found_labels(text)
