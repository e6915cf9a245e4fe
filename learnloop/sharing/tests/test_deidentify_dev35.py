"""Hand-written cases for the forms added after the thirty-third blind pack's misses were read (28
November 2026). A steward at a ground or a hall is named straight after the job, as a responder is,
in a sentence or at the start of a quoted field of a CSV log ("Steward Kettle reports ..."). The
name a person goes by is theirs after "known in the yard as" (a place where people use it) and in
brackets "to us all" or "to everyone" straight after their name. The people who run a show, a
venue, a bout or a match ("The pantomime's producer, ...", "the gym's Timekeeper, ...", "The
hotel's Concierge, ...", "The referee, ...") are words for a person before a comma, and one word in
no list between commas after such a word is a name whatever follows. A town "and District
Hospital" is one organisation when a title and a name follow in the same capitalised run ("At
Kelby and District Hospital Dr Oyelaran saw him"). "Staff Nurse" and "Charge Nurse" take a
surname that is a word as "Dr" does when it closes the name ("by Staff Nurse Thimble."), and a word
in no list after "rang" or "phoned" is whom they rang, unless it ends as a phone service's name
("Careline") or the text writes it after "the" elsewhere. "in the fifth" is a round, not a date,
and the Resuscitation Council names no organisation of the patient's. A system, a room, a weekday,
a thing, what a nurse's post has, a phone service and a unit stay. Every text here is invented for
this file; each rule has cases that must stay.

Before the change, 14 of this file's 22 cases failed on the engine (counted by running the file
against a copy of the engine taken before the edit, first on `sys.path`): 14 of the 15 cases of new
rules (a concierge's two words in no list were already a name) and none of the 7 that must stay."""

from learnloop.sharing.tests.spans import found, people

# --- a steward named after the job ------------------------------------------------------------------

_STEWARDS_LOG = """date,time,signed,entry
2026-03-04,19:12,KD,"Steward Kettle reports a woman fainted in the balcony, row C."
2026-03-04,19:40,KD,"Chief Steward to send the first aider; steward Hatherley at door 6."
2026-03-04,20:05,KD,"Crowd held at the Steward Lane gate until the ambulance left."
"""


def test_a_steward_named_at_the_start_of_a_quoted_field():
    assert "Kettle" in people(_STEWARDS_LOG)


def test_a_steward_named_inside_a_sentence():
    assert "Hatherley" in people(_STEWARDS_LOG)


def test_chief_steward_and_a_gate_named_for_a_lane_stay():
    found_people = people(_STEWARDS_LOG)
    assert not any(name.startswith(("Chief", "Steward Lane", "Lane")) for name in found_people)


# --- the name a person goes by ----------------------------------------------------------------------

_YARD = (
    "The travelling head lad, Miroslav Dunwoody, known in the yard as Miro, carried her to the "
    "office. The groundsman, Kwabena Osei (Kobby to us all), rang 999; Tolani Reyes (Tolu to "
    "everyone) met the crew."
)


def test_a_name_known_in_the_yard():
    assert "Miro" in people(_YARD)


def test_a_name_in_brackets_to_us_all():
    assert "Kobby" in people(_YARD)


def test_a_name_in_brackets_to_everyone():
    assert "Tolu" in people(_YARD)


def test_a_system_known_in_the_trust_and_a_room_to_all_stay():
    text = (
        "The incident was logged on what is known in the trust as Ulysses. The quiet room "
        "(Snug to all) was kept free for the family."
    )
    found_people = people(text)
    assert "Ulysses" not in found_people and "Snug" not in found_people


# --- the people who run a show, a venue or a bout ---------------------------------------------------


def test_a_producer_between_commas():
    text = "The pantomime's producer, Dardan Wicket, has changed the safety briefing."
    assert "Dardan Wicket" in people(text)


def test_a_timekeeper_named_by_one_word_between_commas():
    text = "He told the gym's Timekeeper, Oyelowo, that his head was sore."
    assert "Oyelowo" in people(text)


def test_an_usher_named_by_one_word_between_commas():
    text = "An Usher, Thandeka, fetched the evacuation chair from the foyer."
    assert "Thandeka" in people(text)


def test_a_concierge_between_commas():
    text = "The hotel's Concierge, Bolat Seitkali, had the guest's GP from the booking."
    assert "Bolat Seitkali" in people(text)


def test_a_thing_and_a_weekday_between_commas_stay():
    text = (
        "The new hoist, Zentrolift, failed. The referee, Tuesday, and the second half were "
        "cancelled; the lounge, Brightwell, was shut."
    )
    found_people = people(text)
    assert not any(word in found_people for word in ("Zentrolift", "Tuesday", "Brightwell"))


# --- a town and district hospital before a title ----------------------------------------------------


def test_a_town_and_district_hospital_before_a_doctor():
    text = "She became breathless; at Kelby and District Hospital Dr Oyelaran started antibiotics."
    assert "Kelby and District Hospital" in found(text, "ORGANISATION")
    assert "Dr Oyelaran" in people(text)


def test_the_resuscitation_council_names_no_organisation():
    text = "No ambulance came, though the Resuscitation Council UK advises a check after thrusts."
    assert found(text, "ORGANISATION") == []


# --- a round, not a date ----------------------------------------------------------------------------


def test_in_the_fifth_is_a_round():
    text = "He was caught with a left hook in the fifth. He sat down in the seventh and was seen."
    assert found(text, "DATE") == []


def test_on_the_fifth_is_still_a_date():
    text = "He was seen in clinic on the fifth and again since the ninth."
    assert found(text, "DATE") == ["the fifth", "the ninth"]


# --- a staff or charge nurse by a surname that is a word --------------------------------------------


def test_a_staff_nurse_by_a_surname_that_is_a_word():
    text = "Her pain score was recorded at 02:10 by Staff Nurse Thimble."
    assert "Staff Nurse Thimble" in people(text)


def test_a_charge_nurse_by_a_surname_that_is_a_word_before_a_verb():
    text = "Charge Nurse Ladder gave paracetamol and rang the registrar."
    assert "Charge Nurse Ladder" in people(text)


def test_what_a_nurses_post_has_stays():
    text = "The Staff Nurse Vacancy is open; Charge Nurse Meeting moved to Thursday."
    assert people(text) == []


# --- whom someone rang ------------------------------------------------------------------------------


def test_a_name_after_rang():
    text = "0410 Duty fitter rang Zdravko from the depot; no answer at first."
    assert "Zdravko" in people(text)


def test_a_service_after_rang_stays():
    text = "The guest rang Careline, then phoned Healthcall for a nurse."
    assert people(text) == []


def test_a_unit_named_with_the_elsewhere_after_rang_stays():
    text = "The warden rang the Tollbridge desk, then rang Tollbridge back at nine."
    assert people(text) == []
