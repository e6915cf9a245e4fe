"""Hand-written cases for the rules added after the forty-ninth blind pack's misses were read
(29 November 2026). First, who signs a log's rows: a lower-case login under a CSV header that
names its last column for the user ("...,login"), initials in brackets closing a hand-kept
diary's rows ("(KT)"), and two capitals in a column that signs with people whatever shorthand
they spell. Second, a staff member named alone at work ("Stone of our team took", "; Quilty
to change it", "; Quilty has corrected it") and after a hand's job ("the Farm Hand Oisin
Marl"). Third, a mixed or hyphened number after a heading's name is the hospital number
("Oisin Marl, H52-30918"). Fourth, organisations: a business that keeps animals ("Larkrise
Kennels", "Moss Lane Cattery", "Oakbeck Wildlife Park", "Larkrise Vet Clinic"), a job named for
the care it gives ("Animal Care Assistant") and the national animal charities ("Cats
Protection") that are none of the patient's. What must stay stays.
Every text here is invented for this file.

Before the change, 13 of this file's 17 cases failed on the engine (counted by running the
file against a copy of the engine taken before the edit, first on `sys.path`): all 13 of the
new rules, and none of the 4 that check only what must stay."""

from learnloop.sharing.tests.spans import found, labels, people

# --- signers of a log's rows ------------------------------------------------------------------


def test_logins_under_a_login_header():
    text = (
        "visit_date,time,note,login\n"
        '2026_04_02,09:10,"Cat brought in for a scale and polish",rcoppice\n'
        '2026_04_02,09:40,"Cat scratches the nurse on the wrist",afennel\n'
        '2026_04_02,10:05,"Wound washed; nurse sent to the walk-in centre",rcoppice\n'
    )
    assert people(text) == ["rcoppice", "afennel", "rcoppice"]


def test_post_logins_under_a_login_header_stay():
    text = (
        "visit_date,time,note,login\n"
        '2026_04_02,09:10,"Kennel block cleaned",nightdesk\n'
        '2026_04_02,09:40,"Stock counted",system\n'
        '2026_04_02,10:05,"Door alarm tested",frontdesk\n'
    )
    assert people(text) == []


def test_initials_in_brackets_closing_diary_rows():
    text = (
        "Tack room diary, instructor at each line's end.\n"
        "2026 Apr 02 1010 Rider mounted on the bay cob (KT)\n"
        "2026 Apr 02 1032 Cob shies at a flapping tarpaulin; rider falls (KT)\n"
        "2026 Apr 02 1050 Rider sat in the office with ice on the wrist (OM)\n"
    )
    assert people(text) == ["KT", "KT", "OM"]


def test_shorthand_capitals_in_a_signing_column():
    text = (
        "Tack room diary, instructor at each line's end.\n"
        "2026 Apr 02 1010 Rider mounted on the bay cob (KT)\n"
        "2026 Apr 02 1032 Cob shies; rider falls (OM)\n"
        "2026 Apr 02 1050 Paddock gate mended (MM)\n"
    )
    assert people(text) == ["KT", "OM", "MM"]


def test_remarks_in_brackets_closing_rows_stay():
    text = (
        "Yard diary\n"
        "2026 Apr 02 1010 Hay delivered (late)\n"
        "2026 Apr 02 1032 Water trough scrubbed (again)\n"
        "2026 Apr 02 1050 Farrier booked (Tuesday)\n"
    )
    assert people(text) == []


# --- staff named alone at work ------------------------------------------------------------------


def test_a_surname_of_our_team():
    text = "Our reference is CASE-7731, and Stone of our team took swabs from the cages."
    assert people(text) == ["Stone"]


def test_a_surname_in_our_office_who_can_help():
    text = "Write to us or ring the desk; Oyelaran in our office can help on weekdays."
    assert people(text) == ["Oyelaran"]


def test_a_surname_told_to_change_a_record():
    text = "Old address still held: 4 Sedge Row, Penwick; Quilty to change it."
    assert people(text) == ["Quilty"]


def test_a_surname_that_has_corrected_a_record():
    text = "The form gave the address as 4 Sedge Row, Penwick; Marl has corrected it."
    assert people(text) == ["Marl"]


def test_teams_and_departments_of_ours_stay():
    text = "Everyone in our team was told, and Pharmacy of our department checked the stock."
    assert people(text) == []


def test_a_name_after_a_hands_job():
    text = "The Farm Hand Oisin Marl led the calf out, and the Stable Hand, Tova Quilty, helped."
    assert people(text) == ["Oisin Marl", "Tova Quilty"]


# --- numbers after a heading's name -------------------------------------------------------------


def test_a_hyphened_number_after_a_headings_name():
    text = "Day sheet DS-2026-4410; groom Oisin Marl, H52-30918\nNo entries yet."
    assert found(text, "HOSPITAL_NUMBER") == ["H52-30918"]


def test_a_mixed_number_after_an_unlisted_surname():
    text = "Day sheet DS-2026-4410; groom Tova Quiltarre, 418K2207\nNo entries yet."
    assert found(text, "HOSPITAL_NUMBER") == ["418K2207"]


# --- organisations ----------------------------------------------------------------------------


def test_businesses_that_keep_animals():
    text = (
        "She worked at Larkrise Kennels, then at Moss Lane Cattery, and took her class to "
        "Oakbeck Wildlife Park; the dog went to Larkrise Vet Clinic."
    )
    assert found(text, "ORGANISATION") == [
        "Larkrise Kennels",
        "Moss Lane Cattery",
        "Oakbeck Wildlife Park",
        "Larkrise Vet Clinic",
    ]


def test_kinds_of_animal_business_stay():
    text = "The dog went to the Boarding Kennels, then the Vet Clinic, and the Wildlife Park."
    assert found(text, "ORGANISATION") == []


def test_a_care_job_is_no_organisation():
    text = "The Animal Care Assistant Tova Quilty bagged the birds."
    assert labels(text) == [("Tova Quilty", "PERSON")]


def test_national_animal_charities_stay():
    text = "The rescue asked Cats Protection and Dogs Trust for advice on older adopters."
    assert found(text, "ORGANISATION") == []
