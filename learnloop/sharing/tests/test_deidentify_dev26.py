"""Hand-written cases for the forms added after the twenty-fourth blind pack's misses were read (28
November 2026). An English word in capitals after a job word is what an access audit trail's
user did, not a surname ("Staff Nurse  VIEW  Nursing note"); "Nurse BROWN" stays a name. A
given name that is also a word, written surname first where a field ends ("GOLDBERG, Rejoice"),
or inside a sentence before a surname in no list ("by Arwen and Mercy Okonjo"); a first name and
one closing capital ("the nurse on duty, Tobias K, said"). A day and month alone in a table's
column headed "date" ("| 5/2 |"); digits alone under "Hosp no"; the number a mental health
record system (RiO) gives. Social landlords and interpreting agencies named by their own word
("Kestrel Housing Association", "Bluebird Translation and Interpreting"). "Hosp" is never a
name, nor "NICU" in capitals; a Welsh or Scottish board's own domain written bare
("glanmorhb.nhs.wales") is a link; an ambulance dispatch record in a desk's letters ("CAD record
KTD 4412-25") a reference. Every text here is invented for this file; each rule has cases that
must stay.

Before the change, 27 of this file's 62 cases failed on the engine (counted by running the file
against a copy of the engine taken before the edit, first on `sys.path`): 27 of the 29 cases of
new rules and none of the 33 that must stay. Two cases of new rules passed before by other rules
and are kept as cases the new rules must not break: "Treasure Vellacott" between commas after a
job, and "Sable Interpreting Services"."""

import pytest

from learnloop.sharing.deidentify import deidentify
from learnloop.sharing.tests.spans import people


def labelled(text, label):
    return [text[s.start : s.end] for s in deidentify(text).spans if s.label == label]


# --- access audit trails: what the user did is no name -----------------------------------------

_AUDIT = "Timestamp  User  Role  Action  Screen\n"


@pytest.mark.parametrize(
    "text, action",
    [
        (_AUDIT + "03/02/2025 09:14:02  OKORO, Femi  Staff Nurse  VIEW  Nursing note\n", "VIEW"),
        (_AUDIT + "03/02/2025 09:20:41  PRYCE, Ada  Consultant  EDIT  Clinical note\n", "EDIT"),
        (_AUDIT + "2025-02-03 10:02:11  HALE, Jon  Pharmacist  PRINT  Allergies\n", "PRINT"),
    ],
)
def test_an_audit_trails_action_is_no_name(text, action):
    found = people(text)
    assert not any(action in name for name in found)
    assert any(name.startswith(("OKORO", "PRYCE", "HALE")) for name in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Staff Nurse BROWN checked the controlled drugs.", "BROWN"),
        ("Sister GRACE came at 10:00 and took over.", "GRACE"),
        ("Charge Nurse OYELARAN took the call.", "OYELARAN"),
        ("Audit of the notes, March. Reviewer PL.", "PL"),
        ("Baby SPARROW MBEKI-HOLT, born at 03:10, went to NICU.", "SPARROW MBEKI-HOLT"),
        ("Reported by Nurse Nicu on the night shift.", "Nicu"),
    ],
)
def test_surnames_in_capitals_after_a_job_stay_names(text, expected):
    assert any(expected in name for name in people(text))


# --- given names that are also words -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ('2025-03-01,INR,"ADEYEMI, Mercy",2.4,"OKONJO, Patience",dose held\n', "OKONJO, Patience"),
        (
            "09/03/2025 11:00:12  VELLACOTT, Treasure  Consultant  EDIT  Note\n",
            "VELLACOTT, Treasure",
        ),
        ("| 4 | MWANGI, Gift | seen |\n", "MWANGI, Gift"),
        ("She was lifted out by Arwen and Mercy Okonjo; both were calm.", "Mercy Okonjo"),
        ("The bank nurse, Treasure Vellacott, had not been told.", "Treasure Vellacott"),
        ("Advice came through Patience Adeyemi on the phone.", "Patience Adeyemi"),
    ],
)
def test_given_names_that_are_words(text, expected):
    assert expected in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "WARFARIN, Stopped on admission.\n",
        "DIET, Soft and moist\n",
        "The bay was cleaned, Oral Ondansetron given.",
        "The Charity Commission wrote in May.",
        "We raised money for Charity Week at the hospital.",
        "The Royal Marsden protocol was used.",
        "Patient given Oral Ondansetron at 10:00.",
        "Seen for shingles and West Nile virus in May.",
        "The news was given by the surgeon and Anaesthetic Reg in recovery.",
    ],
)
def test_words_after_capitals_and_before_other_words_stay(text):
    assert people(text) == []


# --- a first name and one closing capital ------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The nurse on duty, Tobias K, said they were short.", "Tobias K"),
        ("The level was reduced by Sinead H earlier that day.", "Sinead H"),
        ("Settled at 22:00 by Oyelaran Q.", "Oyelaran Q"),
    ],
)
def test_a_first_name_and_one_initial(text, expected):
    assert any(name.startswith(expected) for name in people(text))


@pytest.mark.parametrize(
    "text",
    [
        "Give Vitamin D daily with food.",
        "Hepatitis B serology was negative.",
        "Throat swab grew Group A strep.",
        "Take Paracetamol X twice.",
        "Moved to Bay C at 03:00.",
    ],
)
def test_things_with_a_letter_stay(text):
    assert people(text) == []


# --- dates and numbers in a table's columns ----------------------------------------------------

_ROTA = "| Date | Time | Observation | By |\n| --- | --- | --- | --- |\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        (_ROTA + "| 5/2 | 0700 | settled | KT |\n", "5/2"),
        (_ROTA + "| 12/11 | 07:44 | count correct | KT |\n", "12/11"),
        ("| Incident date | Time | Note |\n| 9/10 | 09:07 | fall |\n", "9/10"),
    ],
)
def test_day_and_month_in_a_date_column(text, expected):
    assert expected in labelled(text, "DATE")


def test_a_fraction_in_another_column_of_the_row_stays():
    text = _ROTA + "| 5/2 | 0700 | ratio 5/2 noted | KT |\n"
    assert labelled(text, "DATE") == ["5/2"]


@pytest.mark.parametrize(
    "text",
    [
        "| Dose | Time | Note |\n| 5/2 | 09:07 | given |\n",
        "Antibiotics for 5/7 and review.",
        _ROTA + "| 31/13 | 0700 | settled | KT |\n",
        _ROTA + "| 10.05 | 0700 | settled | KT |\n",
    ],
)
def test_fractions_elsewhere_stay(text):
    # a day and month counts only in its column, and "10.05" there may be a time
    assert labelled(text, "DATE") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Clinic date,Patient,Hosp no,Typed by\n2025-01-02,SMITH Jo,7204413,KT\n", "7204413"),
        ("| Hospital number | Ward |\n| 6620148 | 4 |\n", "6620148"),
        ("Service user: (RiO 6329851, section 3), detained", "6329851"),
        ("Service user | RiO 424718F | section 3\n", "424718F"),
    ],
)
def test_hospital_numbers_in_columns_and_after_rio(text, expected):
    assert expected in labelled(text, "HOSPITAL_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "| Number | Ward |\n| 1200000 | 4 |\n",
        "Rio 2016 was on the television.",
        "Clinic date,Patient,Hosp no,Typed by\n2025-01-02,SMITH Jo,12,KT\n",
    ],
)
def test_counts_and_other_numbers_stay(text):
    assert labelled(text, "HOSPITAL_NUMBER") == []


def test_hosp_in_a_header_is_no_name():
    assert people("Clinic date,Consultant,Patient,Hosp no,Dictated by\n") == []


# --- housing and interpreting providers --------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Neighbourhood Officer, Kestrel Housing Association\n", "Kestrel Housing Association"),
        ("She rents from Oakfield Housing Group.", "Oakfield Housing Group"),
        (
            "Booked through Bluebird Translation and Interpreting.",
            "Bluebird Translation and Interpreting",
        ),
        ("Sable Interpreting Services sent nobody.", "Sable Interpreting Services"),
    ],
)
def test_housing_and_interpreting_providers(text, expected):
    assert expected in labelled(text, "ORGANISATION")


@pytest.mark.parametrize(
    "text",
    [
        "The local Housing Association was told.",
        "BSL Interpreting was booked for 10:00.",
        "Welsh Translation and Interpreting was asked for.",
    ],
)
def test_kinds_of_provider_stay(text):
    assert labelled(text, "ORGANISATION") == []


# --- board domains, dispatch records, units ----------------------------------------------------


def test_a_boards_own_domain_written_bare():
    text = "Patient Safety Team | glanmorhb.nhs.wales | 01234 567890\n"
    assert labelled(text, "URL") == ["glanmorhb.nhs.wales"]


@pytest.mark.parametrize(
    "text",
    [
        "Advice is on nhs.wales for anyone who asks.",
        "Write to jo.price@glanmorhb.nhs.wales with questions.",
    ],
)
def test_the_national_domain_and_addresses_stay(text):
    assert labelled(text, "URL") == []


def test_a_dispatch_record_in_a_desks_letters():
    text = "The CAD record KTD 4412-25 shows the call was not re-triaged."
    assert labelled(text, "ID") == ["KTD 4412-25"]


def test_a_dispatch_record_without_a_number_stays():
    text = "The CAD record was read at 10:00; 4412 calls came that week."
    assert labelled(text, "ID") == []


def test_a_neonatal_unit_is_no_surname():
    assert people("Baby to NICU, Apgars of 3 and 7 noted.") == []


def test_a_unit_named_after_a_person_is_a_place():
    text = "Absconsion from Nightingale PICU at 02:12 was reported."
    assert labelled(text, "LOCATION") == ["Nightingale PICU"]
