"""Organisations, places, addresses and other reference numbers without a record."""

import pytest

from learnloop.sharing.deidentify import deidentify


def redacted(text):
    return deidentify(text).text


def labels(text):
    return [(text[s.start : s.end], s.label) for s in deidentify(text).spans]


# --- ORGANISATION -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "East Kent Hospitals University NHS Foundation Trust",
        "Guy's and St Thomas' NHS Foundation Trust",
        "Newcastle upon Tyne Hospitals NHS Foundation Trust",
        "LEEDS TEACHING HOSPITALS NHS TRUST",
        "Riverside Surgery",
        "Hillside Medical Centre",
        "Westgate Health Centre",
        "St Mary's Hospital",
        "St. Mary's Hospital",
        "Queen Elizabeth Hospital",
        "Leeds General Infirmary",
        "Kent County Council",
        "South East Coast Ambulance Service",
        "East of England Ambulance Service",
        "Sunrise Senior Living Ltd",
        "St Luke's Hospice",
    ],
)
def test_named_organisations_are_found(name):
    assert labels(f"Transferred from {name} today.") == [(name, "ORGANISATION")]


@pytest.mark.parametrize(
    "text",
    [
        "Discussed with the Trust.",
        "Transferred to the General Hospital.",
        "Back to the Hospital.",
        "Seen in the Emergency Department.",
        "Known to the Ambulance Service.",
        "Reviewed at the Royal Infirmary.",
    ],
)
def test_descriptions_of_an_organisation_are_kept(text):
    assert labels(text) == []


# --- LOCATION -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Moved to Rye Ward overnight.", "Rye Ward"),
        ("Moved to Florence Nightingale Ward overnight.", "Florence Nightingale Ward"),
        ("Moved to Bluebell Unit overnight.", "Bluebell Unit"),
        ("Lives at Oakwood Care Home.", "Oakwood Care Home"),
        ("Lives at Meadow View Nursing Home.", "Meadow View Nursing Home"),
        ("Walks along Station Road daily.", "Station Road"),
        ("Found on Acacia Avenue.", "Acacia Avenue"),
    ],
)
def test_named_wards_homes_and_streets_are_locations(text, place):
    assert labels(text) == [(place, "LOCATION")]


@pytest.mark.parametrize(
    "text",
    [
        "Moved to Ward 7B overnight.",
        "Moved to the Medical Ward overnight.",
        "Admitted to the Intensive Care Unit.",
        "Stepped down from the High Dependency Unit.",
        "Moved to the Acute Stroke Unit.",
        "Back to the Nursing Home.",
        "The Ward Manager was informed.",
    ],
)
def test_wards_and_units_that_name_no_one_are_kept(text):
    assert labels(text) == []


# --- ADDRESS ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    ["12 Acacia Avenue", "Flat 3, 14 High Street", "221B Baker Street", "7 Mill Lane"],
)
def test_house_number_and_street_are_an_address(address):
    assert labels(f"Found at {address} by a neighbour.") == [(address, "ADDRESS")]


# --- ID -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("Incident reference W123456 raised.", "W123456"),
        ("Datix 123456 completed.", "123456"),
        ("Reported on StEIS 2024/1234 today.", "2024/1234"),
        ("See ref INC-2024-00123 for detail.", "INC-2024-00123"),
        ("Under case number 12345 now.", "12345"),
        ("Complaint no. C-98765 answered.", "C-98765"),
        ("Logged as INC-2024-00123.", "INC-2024-00123"),
    ],
)
def test_other_reference_numbers_are_ids(text, reference):
    assert labels(text) == [(reference, "ID")]


def test_a_bare_patient_number_shape_is_a_hospital_number_unless_named_as_another_reference():
    # One to three capitals and six to eight digits is the shape of a hospital (PAS) number, so
    # alone it is one (a direct identifier, found for recall); "Datix" or "incident" before it
    # say it is a reference instead.
    assert labels("Wristband K123456 checked.") == [("K123456", "HOSPITAL_NUMBER")]
    assert labels("Datix W123456 checked.") == [("W123456", "ID")]


@pytest.mark.parametrize(
    "text",
    ["Case 2 of 3 reviewed.", "Logged at 14:30.", "Referral sent on time.", "Seen in case review."],
)
def test_words_that_introduce_references_need_a_reference(text):
    assert labels(text) == []


def test_a_lower_case_place_kind_after_a_name_is_a_location():
    assert labels("Admitted from Fernlea care home with a fall.") == [
        ("Fernlea care home", "LOCATION")
    ]


def test_trusts_by_their_initials_are_organisations_but_capitalised_words_are_not():
    assert labels("Shared in the BCNFT newsletter and by UHGNT.") == [
        ("BCNFT", "ORGANISATION"),
        ("UHGNT", "ORGANISATION"),
    ]
    assert labels("PATIENT SAFETY EVENT REPORT") == []


def test_a_lower_case_postcode_counts_only_after_a_capitalised_town():
    assert labels("Lives at 140 Birch Close, Wigan, wn5 5qg now.") == [
        ("140 Birch Close", "ADDRESS"),
        ("wn5 5qg", "POSTCODE"),
    ]
    assert labels("Fracture at t2 5mg given.") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Seen, Hosp No: 69059600, today.", "69059600"),
        ("Seen, RM2 89535439, today.", "RM2 89535439"),
    ],
)
def test_more_hospital_number_shapes(text, number):
    assert labels(text) == [(number, "HOSPITAL_NUMBER")]
