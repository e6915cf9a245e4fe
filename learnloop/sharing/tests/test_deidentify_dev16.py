"""Hand-written cases for the forms added after the fourteenth blind pack's misses were read (27
November 2026). Hospital numbers: two capitals, a space and six digits ("RM 084966"; never after
ID, NO, NI, PO, TN or PH), and a capital then two groups of three digits joined by hyphens
("G-018-427"; a longer run of groups stays). Dates: eight digits, year then month then day
("20241025", a year from 1900 to 2049 and a real month and day), and a day, a month typed in
lower case and a year ("28 mar 24", "3 dec 2024"; "may" is left out, and never without a year).
Dates that were not: a day and month whose "time after" opens the next line of a log ("re
co-amoxiclav 5/7\\n14:16 escalated"), a time with a full stop just before a date ("Closed 14.09
18 FEB 2025"), and one after a date word on the line before ("in date\\n09.11 repeat"). People:
initials signing a decision or a change ("per WN", "amended by KT:"; not "per PGD"), the second
of two signers ("checked by DR and TW", "Checkers: JM / LS"; shorthand such as SC stays); one
name in brackets after a group ("handed to night team (River)", "family (Flo)"); a name opening
a clause with "and" before "from the bank"; the name something was under or whom it was done
with ("under the name Kuldip", "name band read ...", "re-counted with Obinna", "discussed
with Morag", "the baby of ..."); a log's next action given to a name after a semicolon ("; Reed
to finish the form"); "scribe" and "chaperone" as role words ("The scribe, Jaspreet, kept the
times"), a name before "a friend from" ("Fatima, a friend from nursery"), and initials said to
be the patient ("LO and the patient named above"; "GP and the patient" stays). People that were
not: a lower-case word before a bracketed name that merely shares its first letters ("night
team (Nigel)"), a faith ("Roman Catholic"), and a form's title in capitals opening with a
label's word ("PATIENT PROPERTY HANDOVER LOG:"). Every text here is invented for this file; each
rule has a case that must stay.

Before the change, 34 of this file's 73 cases failed on the engine (counted by running this file
against a copy of the engine taken before the edit). The 34 cases that must stay passed before
too; five cases of new rules passed before by other rules ("amended by KT", "the baby of Noor
Haddad", "; Tahmina to chase", "Chaperone Okonjo", "PATIENT SAFETY REVIEW:"), and are kept as
cases the new rules must not break."""

import pytest

from learnloop.sharing.tests.spans import found, labels


def redacted(text):
    return [written for written, _ in labels(text)]


# --- hospital numbers in other systems' shapes ---------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Deceased: Mr Olu Vance, KP 309118, NHS 401 023 2171.", "KP 309118"),
        ("0810 glucose on W Ash (RM 084966) read 3.1 on meter 2", "RM 084966"),
        ("1105 Ines Marr (G-018-427) left the ward for CT on cylinder 3", "G-018-427"),
        ("the right record (D-604-371) now holds the alert.", "D-604-371"),
    ],
)
def test_bare_hospital_numbers_in_new_shapes(text, expected):
    assert expected in found(text, "HOSPITAL_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "Badge ID 123456 returned to security.",
        "Invoice PO 445566 paid by finance.",
        "Tubing lot A-123-456-789 quarantined.",
    ],
)
def test_labelled_or_longer_numbers_stay(text):
    assert found(text, "HOSPITAL_NUMBER") == []


# --- dates without separators or with a lower-case month ----------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The record was amended on 20230120 under the same reference.", "20230120"),
        ("For the safety group 20241019. Queries to the ward.", "20241019"),
        ("GP practice was told on 19 jun 24 and added an alert.", "19 jun 24"),
        ("Week starting 4 feb 2025, audit of cylinders.", "4 feb 2025"),
        ("Seen in clinic on 23 dec 24, started on levothyroxine.", "23 dec 24"),
    ],
)
def test_compact_and_lower_case_dates(text, expected):
    assert expected in found(text, "DATE")


@pytest.mark.parametrize(
    "text",
    [
        "Total count 20241399 on the analyser.",
        "Stock code 30120101 reordered.",
        "She may 10 times a day need help.",
        "Given 2 mar and 3 dec abbreviations in the list.",
        "Tried 3 may 2 nights in a row.",
    ],
)
def test_numbers_and_words_that_are_no_date_stay(text):
    assert found(text, "DATE") == []


# --- times and durations that were read as dates ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "GP rang, message left with reception re co-amoxiclav 5/7\n14:16 escalated to NIC",
        "Antibiotics for 3/7\n0930 obs repeated",
        "Closed 14.09 18 FEB 2025. Midwife in charge informed.",
        "Closed 13.06 Fri 18/08/2023. Reviewed.",
        "QC solutions were in date\n09.11 repeat on the second meter 6.8",
    ],
)
def test_times_and_durations_stay(text):
    assert [w for w in found(text, "DATE") if w[:2] in ("5/", "3/", "14", "13", "09")] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("\n3/4\n23:25 seen by the registrar", "3/4"),
        ("Admitted on 3/4 23:25 via ED", "3/4"),
        ("Closed 14.09. Nothing further.", "14.09"),
        ("Patient died on 8.9 at home.", "8.9"),
    ],
)
def test_dates_before_times_still_found(text, expected):
    assert expected in found(text, "DATE")


# --- initials signing a decision, a change or a check ------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("range 2.6-3.4, meter not taken out of use, per WN\n0925 glucose repeated", "WN"),
        ("Entry amended by KT: previous line was written against the wrong bay", "KT"),
        ("1506hrs checked by DR and TW, both signed; Oramorph counted", "TW"),
        ("Week of 18/2   Checkers: JM / LS   Ref CDD-2249", "JM"),
        ("Week of 18/2   Checkers: JM / LS   Ref CDD-2249", "LS"),
    ],
)
def test_initials_signing(text, expected):
    assert expected in found(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Flu vaccine given per PGD, batch recorded.",
        "Dose adjusted per SOP.",
        "Given per BNF.",
        "checked by DR and GP, both signed",
    ],
)
def test_documents_and_shorthand_after_per_stay(text):
    assert found(text, "PERSON") == []


# --- a name in brackets after a group ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1047hrs handed to night team (River) with the plan on the board", "River"),
        ("1230hrs family (Flo) on 07700 900123, told of the fall", "Flo"),
        ("handed to day team (Florin) at 0800", "Florin"),
    ],
)
def test_name_in_brackets_after_a_group(text, expected):
    assert expected in found(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Referred to the stroke team (ED) by phone.",
        "Escalated to the surgical team (Orthopaedics).",
        "Informed the family (twice) by phone.",
    ],
)
def test_teams_and_asides_in_brackets_stay(text):
    assert found(text, "PERSON") == []


def test_night_team_before_a_bracketed_name_stays():
    text = "0921 handed to night team (Nigel) with the plan written."
    assert "night team" not in redacted(text)
    assert "Nigel" in found(text, "PERSON")


# --- a name opening a clause with "and" before "from the bank" --------------------------------


def test_name_from_the_bank_after_and():
    text = "Two nurses short, side room 6 closed, and Nneka from the bank covered the late shift."
    assert "Nneka" in found(text, "PERSON")


def test_the_bank_alone_stays():
    text = "Two nurses short, and staff from the bank covered the late shift."
    assert found(text, "PERSON") == []


# --- names after "under the name", "re-counted with", "discussed with", "the baby of" --------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Filed in the sibling's notes, under the name Kuldip, and moved.", "Kuldip"),
        ("a body whose name band read PAOLETTA TONISTO was released", "PAOLETTA TONISTO"),
        ("0810 Anne from pharmacy re-counted with Obinna: 26", "Obinna"),
        ("Scores were discussed with Morag on Tuesday.", "Morag"),
        ("found on the ankle of the baby of Noor Haddad in cot 5", "Noor Haddad"),
    ],
)
def test_names_after_new_cues(text, expected):
    assert expected in found(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Plan discussed with MDT on the ward round.",
        "Plan discussed with Pharmacy before discharge.",
        "Filed under the name of the ward.",
        "Counts re-counted with the second checker.",
    ],
)
def test_services_after_new_cues_stay(text):
    assert found(text, "PERSON") == []


# --- a log's next action given to a name --------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1327hrs nothing further to add; Reed to finish the incident form", "Reed"),
        ("1102 bloods sent; Tahmina to chase the results", "Tahmina"),
    ],
)
def test_action_owner_after_semicolon(text, expected):
    assert expected in found(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "1102 bloods sent; Pharmacy to review the chart",
        "1102 chart rewritten; Ward to inform the family",
    ],
)
def test_services_given_an_action_stay(text):
    assert found(text, "PERSON") == []


# --- words that are no person -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, word",
    [
        ("Her faith was recorded as Roman Catholic; the chaplain visited.", "Roman"),
        ("PATIENT PROPERTY HANDOVER LOG: St Anne's Hospital\nPatient QUELL, Ada", "PROPERTY"),
        ("PATIENT SAFETY REVIEW: ward 4\nNo harm.", "SAFETY"),
    ],
)
def test_faiths_and_form_titles_stay(text, word):
    assert not any(word in written for written in found(text, "PERSON"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Patient QUELL, Ada\nSeen at 0900.", "QUELL, Ada"),
        ("PATIENT: JOHN SMITH\nseen in clinic", "JOHN SMITH"),
        ("Roman Kowalski was seen in clinic.", "Roman Kowalski"),
    ],
)
def test_labels_and_names_still_found(text, expected):
    assert expected in found(text, "PERSON")


# --- a scribe, a chaperone, and a friend from somewhere ------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Baby born at 0412. The scribe, Jaspreet, kept the times on the whiteboard.", "Jaspreet"),
        ("Ada was shy but chatty about Fatima, a friend from nursery, and the dog.", "Fatima"),
        ("Seen with Chaperone Okonjo present.", "Okonjo"),
    ],
)
def test_scribe_chaperone_and_friend_from(text, expected):
    assert expected in found(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "The scribe, however, kept the times.",
        "She went with Dad, a friend of the family.",
        "We talked about Christmas, a friend from work said.",
    ],
)
def test_scribe_and_friend_without_a_name_stay(text):
    assert found(text, "PERSON") == []


# --- initials said to be the patient -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("For the avoidance of doubt, LO and the patient named above are one person.", "LO"),
        ("For the avoidance of doubt, P.B. and the patient named above are one person.", "P.B."),
    ],
)
def test_initials_and_the_patient(text, expected):
    assert expected in found(text, "PERSON")


@pytest.mark.parametrize(
    "text", ["The GP and the patient agreed a plan.", "ED and the patient waited for transport."]
)
def test_shorthand_and_the_patient_stays(text):
    assert found(text, "PERSON") == []
