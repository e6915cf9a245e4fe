"""Hand-written cases for the forms added after the twenty-third blind pack's misses were read (27
November 2026). A name written out in any case in a table's column headed by a person ("| Nurse
|", "patient", "user", "deceased"), where "SYSTEM", "Lab" or a team stays. Blood donation numbers
as ISBT 128 prints them and an incident form's number ("G0923 24 118420", "IR1-220417"); a
reference logged, filed or recorded under, or logged straight after ("logged under TSG/24/17",
"filed under AMB 01234567"); a significant event analysis's number after "SEA"; a reference
quoted back after a comma ("give our reference, KD20417,"); an ambulance dispatch number labelled
a reference, not a hospital number. Letters signed after "Many thanks,"; a name after "user:",
"printed by", "closed by" or "completed by"; one given the job of cohorting after a semicolon;
an initial or a first name before a particle and a surname ("I. dos Reis"); a letter's greeting
("Dear Blessing,"); "with Ngozi as second midwife"; ", and Oksana recorded". Scotland's
health boards ("NHS Tayside"), a home care provider ("Heronsgate Support at Home"), a care home
after "the staff at" (not after "discharged to", where a town the gazetteer lacks is as likely);
"Liverpool Care Pathway" is no organisation, and "extended by 5/7" no date. Every text here is
invented for this file; each rule has cases that must stay.

Before the change, 33 of this file's 74 cases failed on the engine (counted by calling each case
against a copy of the engine taken before the edit, first on `sys.path`): 33 of the 41 cases of
new rules and none of the 33 that must stay. Eight cases of new rules passed before by other rules
and are kept as cases the new rules must not break: "HANNAH MORRIS" and "DORCAS NIC AODHA" in a
table, "Tsegaye Alemu" after "With thanks,", "Printed by farhan qureshi.", "Case closed by I dos
Santos", "pharmacist Tendai dos Santos", "by L de Vries" and "with Rosa Clarke as chaperone"."""

import pytest

from learnloop.sharing.deidentify import deidentify
from learnloop.sharing.tests.spans import people


def labelled(text, label):
    return [text[s.start : s.end] for s in deidentify(text).spans if s.label == label]


# --- names written out in a table's column headed by a person ----------------------------------

_BOARD = "| Date | Time | Bay | Patient | Note | Nurse |\n| --- | --- | --- | --- | --- | --- |\n"
_EXPORT = "date,time,user,location,event\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        (_BOARD + "| 3 Mar | 04:10 | C2 | OLUWASEUN BAKARE | obs due | Jorinde |\n", "Jorinde"),
        (
            _BOARD + "| 3 Mar | 04:10 | C2 | TEODORA VASQUEZ-IBE | obs due | Kemi |\n",
            "TEODORA VASQUEZ-IBE",
        ),
        (_BOARD + "| 3 Mar | 04:10 | C2 | HANNAH MORRIS | obs due | Kemi |\n", "HANNAH MORRIS"),
        (
            _BOARD + "| 3 Mar | 04:10 | C2 | ZSOFIA KERTESZ (K290114) | pain 6 | Kemi |\n",
            "ZSOFIA KERTESZ",
        ),
        (_EXPORT + '2024-02-01,06:14,tamsin okeke,Ward 3,"unit issued"\n', "tamsin okeke"),
        (_EXPORT + '2024-02-01,06:14,P. dos Reis,Ward 3,"unit issued"\n', "P. dos Reis"),
        (_EXPORT + '2024-02-01,06:14,DORCAS NIC AODHA,Lab,"unit issued"\n', "DORCAS NIC AODHA"),
        (
            "| Date | Deceased | Entry | Staff |\n| --- | --- | --- | --- |\n"
            "| 2 Jun | BRONWEN ASHCROFT | released to driver | Liesl |\n",
            "BRONWEN ASHCROFT",
        ),
    ],
)
def test_names_written_out_in_person_columns(text, expected):
    assert expected in people(text)


@pytest.mark.parametrize(
    "text",
    [
        _EXPORT + '2024-02-01,06:14,SYSTEM,Ward 3,"alert e-mailed"\n',
        _EXPORT + '2024-02-01,06:14,Transfusion lab,Lab,"unit returned"\n',
        _BOARD + "| 3 Mar | 04:10 | C2 | - | bay cleaned | agency |\n",
        _BOARD + "| 3 Mar | 04:10 | C2 | - | bay cleaned | Night staff |\n",
        _BOARD + "| 3 Mar | 04:10 | C2 | - | bay cleaned | Matron |\n",
    ],
)
def test_words_and_teams_in_person_columns_stay(text):
    assert people(text) == []


# --- references: donation and form numbers, logged or filed under, SEA, quoted back ------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '2024-02-01,06:14,JK,Issue fridge,"red cells issued",G0923 24 118420\n',
            "G0923 24 118420",
        ),
        ("Bag G1187 23 604112 went back to blood bank unused.", "G1187 23 604112"),
        ('2024-02-01,06:14,JK,Lab,"Datix raised",IR1-220417\n', "IR1-220417"),
        ("Near miss logged under TSG/24/17 by the airway lead.", "TSG/24/17"),
        ("Control room filed under AMB 01234567 at 03:12.", "AMB 01234567"),
        ("| Body moved to bay B; logged M24/0412 in the book | JL |", "M24/0412"),
        ("Practice meeting | SEA SEA-24-11\n", "SEA-24-11"),
        ("Subject: SEA SEA24-118 – missed referral\n", "SEA24-118"),
        ("Kindly give our reference, KD20417, when you reply.", "KD20417"),
        ("Crew delay raised with the ambulance trust (CAD-481203) today.", "CAD-481203"),
    ],
)
def test_references_in_their_own_shapes_and_after_deeds(text, expected):
    assert expected in labelled(text, "ID")


@pytest.mark.parametrize(
    "text",
    [
        "The fall was logged under the falls policy at 14:00.",
        "Staff logged 3 falls in the month and 12 near misses.",
        "COVID-19 swab sent; PHQ-9 score 12; HbA1c 48.",
        "He grew up by the sea and moved inland in 2019.",
        "With reference, 2024 guidance says the same.",
        "Hb 68 g/L, NEWS2 2, for 2 units over 3 hours.",
    ],
)
def test_numbers_that_are_no_reference_stay(text):
    assert labelled(text, "ID") == []


def test_a_dispatch_number_is_no_hospital_number():
    text = "Crew delay raised with the ambulance trust (CAD-481203) today."
    assert labelled(text, "HOSPITAL_NUMBER") == []


# --- people: sign-offs, cues in any case, cohorting, particles, greetings, parts, recorders ----


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Please ring if unclear.\n\nMany thanks,\nTsion\nBereavement Officer\n",
            "Tsion",
        ),
        ("Nothing further.\n\nWith thanks,\n\nTsegaye Alemu\nWard Manager\n", "Tsegaye Alemu"),
        ("Report run 09:00 | user: kasia nowak\n", "kasia nowak"),
        ("Page 2 of 2. Printed by farhan qureshi.\n", "farhan qureshi"),
        ("Case closed by I dos Santos on Friday.\n", "I dos Santos"),
        ("[02:40] side rooms full; Wanjiru to cohort the two flu patients\n", "Wanjiru"),
        ("Night shift: I. dos Reis in charge of bays 1 to 4.\n", "I. dos Reis"),
        ("Seen in clinic by L de Vries and a student.", "L de Vries"),
        ("Our pharmacist Tendai dos Santos checked the chart.", "Tendai dos Santos"),
        ("Dear Blessing,\n\nI am sorry for the wait.", "Blessing"),
        ("Dear Precious,\nYour letter reached us on Monday.", "Precious"),
        ("Delivery was in the pool with Ngozi as second midwife.", "Ngozi"),
        ("The procedure went ahead with Rosa Clarke as chaperone.", "Rosa Clarke"),
        ("Skin was checked at 06:00, and Oksana recorded a red heel.", "Oksana"),
        ("Dressing changed; Farida documented the wound size.", "Farida"),
    ],
)
def test_people_after_new_cues(text, expected):
    assert expected in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Many thanks for your help with this.\nThe team will write again.",
        "Many thanks,\nPharmacy Team\n",
        "Report run 09:00 | user: SYSTEM\n",
        "Page 2 of 2. Printed by pharmacy.\n",
        "; Staff to cohort two patients in bay 3\n",
        "A van was sent from stores at 10:00.",
        "Lunch came from the Café de Paris on the corner.",
        "Dear Sir/Madam,\n\nI write about my father.",
        "Dear Colleague,\nPlease see the attached.",
        "Dear Chief Executive,\n\nI write on behalf of my constituent.",
        "Dear all,\nThe huddle moves to 09:00.",
        "Pain was managed with Oramorph as needed.",
        "The review went ahead with Pharmacy as lead.",
        "He was moved at 10:00, and Pharmacy recorded the fridge temperature.",
        "Bloods sent; Datix recorded the delay.",
        "Cold fingers again; Raynaud's noted in the history.",
    ],
)
def test_teams_things_and_groups_stay(text):
    assert people(text) == []


# --- organisations and places ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Copies to NHS Tayside and to the family.", "NHS Tayside"),
        (
            "The complaint went to NHS Greater Glasgow and Clyde in May.\n",
            "NHS Greater Glasgow and Clyde",
        ),
        (
            "Carers from Heronsgate Support at Home visit twice a day.",
            "Heronsgate Support at Home",
        ),
    ],
)
def test_health_boards_and_home_care_providers(text, expected):
    assert expected in labelled(text, "ORGANISATION")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Records were asked for from the staff at Larkhollow in March.", "Larkhollow"),
        ("She phoned the staff at Wrenbury, her care home, at noon.", "Wrenbury"),
    ],
)
def test_homes_whose_staff_were_asked(text, expected):
    assert expected in labelled(text, "LOCATION")


@pytest.mark.parametrize(
    "text",
    [
        "Her son feared the Liverpool Care Pathway was being used.",
        "He had a package of Intermediate Care at Home after discharge.",
        "Copies to the NHS 111 service and the GP.",
    ],
)
def test_tools_and_kinds_of_service_stay(text):
    assert labelled(text, "ORGANISATION") == []


@pytest.mark.parametrize(
    "text",
    [
        "We have asked the staff at Boots for the dispensing record.",
        "We have asked the staff at Leeds for the notes.",
        "She went home, then was discharged to Wolverton.",
    ],
)
def test_towns_and_words_stay(text):
    assert labelled(text, "LOCATION") == []


def test_a_course_extended_by_days_is_no_date():
    text = "Antibiotics extended by 5/7 after a ward round review."
    assert labelled(text, "DATE") == []


def test_a_day_and_month_after_on_is_still_a_date():
    assert labelled("The course was started on 5/7 by the ward.", "DATE") == ["5/7"]
