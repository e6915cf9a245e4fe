"""Hand-written cases for the de-identification engine: every label, known identifiers, clinical words."""

import pytest

from learnloop.sharing.deidentify import Span, deidentify, eponym_phrases, resolve

KNOWN = {
    "names": ["Margaret Ann Parkinson", "Dr Oliver Okafor-Hughes"],
    "nhs_number": "943 476 5919",
    "date_of_birth": "1931-03-07",
    "hospital_number": "K123456",
    "address": "12 Acacia Avenue, Little Thornby, LS1 4AB",
}


def redacted(text, known=None):
    return deidentify(text, known).text


def labels(text, known=None):
    result = deidentify(text, known)
    return [(text[span.start : span.end], span.label) for span in result.spans]


# --- pattern detectors -----------------------------------------------------------------------


@pytest.mark.parametrize("number", ["9434765919", "943 476 5919", "943-476-5919"])
def test_valid_nhs_number_is_removed_in_any_common_layout(number):
    assert redacted(f"NHS number {number} checked.") == "NHS number [NHS_NUMBER] checked."


def test_ten_digits_failing_the_check_digit_are_not_an_nhs_number():
    assert labels("Result 9434765918 checked.") == []


@pytest.mark.parametrize(
    "postcode", ["LS1 4AB", "SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT"]
)
def test_uk_postcodes_are_removed(postcode):
    assert redacted(f"Lives near {postcode}.") == "Lives near [POSTCODE]."


def test_lower_case_vertebra_and_dose_is_not_a_postcode():
    assert labels("Fracture at t2, 5mg given.") == []


@pytest.mark.parametrize(
    "phone",
    [
        "07700 900123",
        "07700900123",
        "0113 496 0000",
        "+44 7700 900123",
        "+44 (0)113 496 0000",
        "(0113) 4960000",
    ],
)
def test_uk_phone_numbers_are_removed(phone):
    assert redacted(f"Call {phone} today.") == "Call [PHONE] today."


def test_email_and_url_are_removed_without_trailing_punctuation():
    text = "Write to jo.bloggs+ward@nhs.net or see https://example.nhs.uk/page?id=3."
    assert redacted(text) == "Write to [EMAIL] or see [URL]."


@pytest.mark.parametrize(
    "written",
    [
        "03/03/24",
        "3/3/2024",
        "03.03.2024",
        "2024-03-03",
        "3rd March 2024",
        "3rd of March",
        "March 3rd",
        "March 3, 2024",
        "3 Mar",
        "March 2024",
    ],
)
def test_dates_in_the_forms_people_write_them_are_removed(written):
    assert redacted(f"Seen {written} in clinic.") == "Seen [DATE] in clinic."


def test_the_nth_is_a_date_only_when_clearly_one():
    assert redacted("Reviewed on the 3rd. Seen again on the 14th at noon.") == (
        "Reviewed on [DATE]. Seen again on [DATE] at noon."
    )
    assert labels("The 2nd dose was given on the 3rd floor.") == []


def test_numbers_that_are_not_dates_are_kept():
    assert labels("Observations 36/12 and a score of 3/10; may improve; 13/13/2024.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seen again in 05/2023 and 11/2024.", "Seen again in [DATE] and [DATE]."),
        ("Seen again in Dec-24; due Mar-2025.", "Seen again in [DATE]; due [DATE]."),
        (
            "A previous admission from 24/6-26/6/24 with frailty.",
            "A previous admission from [DATE] with frailty.",
        ),
    ],
)
def test_a_month_and_year_and_a_stay_are_dates(text, expected):
    assert redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Depot due the 20th at the clinic.", "Depot due [DATE] at the clinic."),
        ("Duty of candour letter sent the 6th.", "Duty of candour letter sent [DATE]."),
        (
            "Date of incident: the 27th. Location: ward 6.",
            "Date of incident: [DATE]. Location: ward 6.",
        ),
        ("Home visit\nthe 27th, 0850\nClient seen.", "Home visit\n[DATE], 0850\nClient seen."),
        ("Contact note | the 13th 2340 | Seen by CPN", "Contact note | [DATE] 2340 | Seen by CPN"),
        ("Handover to the ED, the 23rd at 02.30.", "Handover to the ED, [DATE] at 02.30."),
        ("Transport booked for 25/1 was cancelled.", "Transport booked for [DATE] was cancelled."),
        ("HP20 3XB\n\n17/4\n\nDear Sir,", "[POSTCODE]\n\n[DATE]\n\nDear Sir,"),
    ],
)
def test_a_day_of_the_month_is_a_date_where_a_form_or_a_letter_puts_it(text, expected):
    assert redacted(text) == expected


def test_a_day_count_before_earlier_or_ago_is_a_duration_not_a_date():
    assert labels("Called NHS 111 on 2/7 earlier; seen on 3/7 ago; on 5/12 previously.") == []
    assert labels("Antibiotics for 5/7, power 4/5, the 3rd floor at 10:00.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman aged 93 fell.", "A woman aged [AGE] fell."),
        ("A 93-year-old fell.", "A [AGE]-year-old fell."),
        ("She was 101 years old.", "She was [AGE] years old."),
    ],
)
def test_ages_over_89_are_removed(text, expected):
    assert redacted(text) == expected


@pytest.mark.parametrize(
    "text", ["A woman aged 89 fell.", "An 85-year-old fell.", "He was 47 years old."]
)
def test_ages_up_to_89_are_kept(text):
    assert labels(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("hospital number K123456 noted", "K123456"),
        ("MRN 1234567 noted", "1234567"),
        ("MRN: 12345678 noted", "12345678"),
        ("record RVV1234567 noted", "RVV1234567"),
    ],
)
def test_hospital_numbers_are_removed(text, number):
    assert labels(text) == [(number, "HOSPITAL_NUMBER")]


# --- record-aware -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "mention",
    [
        "Margaret Ann Parkinson",
        "MARGARET ANN PARKINSON",
        "margaret parkinson",
        "Margaret",
        "Parkinson",
        "Mrs Parkinson",
        "Mrs. Parkinson",
        "Sister Parkinson",
        "Staff Nurse Parkinson",
        "M. Parkinson",
        "M A Parkinson",
        "Parkinson, Margaret",
    ],
)
def test_known_name_variants_are_removed(mention):
    assert redacted(f"Then {mention} was seen.", KNOWN) == "Then [PERSON] was seen."


def test_possessive_of_a_known_name_keeps_the_possessive():
    assert redacted("Mrs Parkinson's son rang. Parkinson's daughter too.", KNOWN) == (
        "[PERSON]'s son rang. [PERSON]'s daughter too."
    )


def test_hyphenated_and_titled_staff_names_are_removed():
    text = "Dr Okafor-Hughes and Oliver discussed it with Dr Hughes."
    assert redacted(text, KNOWN) == "[PERSON] and [PERSON] discussed it with [PERSON]."


def test_known_nhs_number_is_removed_with_or_without_spaces():
    assert (
        redacted("NHS 9434765919 and 943 476 5919.", KNOWN) == "NHS [NHS_NUMBER] and [NHS_NUMBER]."
    )


def test_known_nhs_number_is_removed_even_in_an_unusual_layout():
    assert redacted("NHS 94 34 76 59 19.", {"nhs_number": "9434765919"}) == "NHS [NHS_NUMBER]."


@pytest.mark.parametrize(
    "written",
    ["07/03/1931", "7/3/31", "1931-03-07", "7th March 1931", "March 7th, 1931", "07 03 1931"],
)
def test_known_date_of_birth_is_removed_in_every_form(written):
    assert redacted(f"Born {written}.", KNOWN) == "Born [DATE]."


def test_known_hospital_number_is_removed_in_any_case():
    assert (
        redacted("Number k123456 on the wristband.", KNOWN)
        == "Number [HOSPITAL_NUMBER] on the wristband."
    )


def test_known_address_lines_and_postcode_are_removed():
    text = "Found at 12 acacia avenue, Little Thornby (ls14ab); Acacia Avenue is quiet."
    assert (
        redacted(text, KNOWN) == "Found at [ADDRESS], [ADDRESS] ([POSTCODE]); [ADDRESS] is quiet."
    )


def test_common_word_first_name_is_removed_only_when_capitalised():
    known = {"names": ["Will Jones"]}
    assert redacted("Will said the team will call.", known) == "[PERSON] said the team will call."


# --- clinical words are kept ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Known Parkinson's disease.",
        "History of Parkinson's and diabetes.",
        "Parkinson disease was advanced.",
        "Diagnosed with Parkinson's.",
    ],
)
def test_eponymous_condition_is_kept_when_the_patient_shares_the_name(text):
    assert labels(text, KNOWN) == []


def test_scores_and_drugs_that_look_like_names_are_kept():
    known = {"names": ["Eileen Glasgow", "Tom Waterlow", "Addison Smith", "Ivan Warfarin"]}
    text = "Glasgow Coma Scale 14, Waterlow score 12, Addison's crisis excluded, Warfarin held."
    assert labels(text, known) == []


def test_shipped_eponym_list_is_read():
    assert "Glasgow Coma Scale" in eponym_phrases()


# --- overlaps -----------------------------------------------------------------------------------


def test_longer_span_wins_an_overlap():
    assert resolve([Span(0, 5, "PERSON"), Span(0, 12, "EMAIL"), Span(3, 8, "DATE")]) == [
        Span(0, 12, "EMAIL")
    ]


def test_label_priority_breaks_a_tie_in_length():
    assert resolve([Span(2, 12, "PHONE"), Span(2, 12, "NHS_NUMBER")]) == [Span(2, 12, "NHS_NUMBER")]


def test_name_inside_an_email_is_one_email_span():
    assert (
        redacted("Sent to margaret.parkinson@example.com today.", KNOWN) == "Sent to [EMAIL] today."
    )


def test_spans_are_offsets_into_the_input_and_sorted():
    text = "Mrs Parkinson (NHS 943 476 5919) seen 3rd March 2024."
    result = deidentify(text, KNOWN)
    assert [(text[s.start : s.end], s.label) for s in result.spans] == [
        ("Mrs Parkinson", "PERSON"),
        ("943 476 5919", "NHS_NUMBER"),
        ("3rd March 2024", "DATE"),
    ]
    assert result.text == "[PERSON] (NHS [NHS_NUMBER]) seen [DATE]."


def test_text_without_identifiers_is_unchanged():
    text = "Fall on the ward at night; bed rails were not in use. Warfarin was held for 2 days."
    assert deidentify(text).text == text
    assert deidentify(text).spans == []


def test_name_with_an_apostrophe_is_found_with_either_apostrophe():
    known = {"names": ["Aoife O'Neill"]}
    assert redacted("Seen by O’Neill and Mrs O'neill.", known) == "Seen by [PERSON] and [PERSON]."


def test_a_pattern_guess_that_swallows_a_known_nhs_number_takes_its_label():
    # Found by Hypothesis: "943 476 5919" written after digits reads as a phone number too.
    result = deidentify("call 100 943 476 5919 today", {"nhs_number": "9434765919"})

    assert "943" not in result.text and "5919" not in result.text
    assert "[NHS_NUMBER]" in result.text and "[PHONE]" not in result.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seen on 1-Dec-20 in clinic.", "Seen on [DATE] in clinic."),
        ("Readmitted on 15/03 via ambulance.", "Readmitted on [DATE] via ambulance."),
        ("Incident date 22/05, reported later.", "Incident date [DATE], reported later."),
        ("Transferred from the 23rd via ambulance.", "Transferred from [DATE] via ambulance."),
    ],
)
def test_more_date_forms(text, expected):
    assert redacted(text) == expected


@pytest.mark.parametrize("text", ["Pain score 10/10 at rest.", "A 3/7 history of cough."])
def test_a_day_and_month_without_a_year_needs_a_word_that_introduces_a_date(text):
    assert labels(text) == []


def test_a_known_town_is_redacted_only_beside_the_rest_of_the_address():
    known = {"address": "12 Acacia Avenue, Leeds, LS1 4AB"}
    text = "Lives at 12 Acacia Avenue, Leeds; she was born in Leeds."
    assert redacted(text, known) == "Lives at [ADDRESS], [ADDRESS]; she was born in Leeds."
