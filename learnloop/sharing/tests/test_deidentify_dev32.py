"""Hand-written cases for the forms added after the thirtieth blind pack's misses were read (28
November 2026). A log's or an export's column headed by any word for a person who does something
holds who did it, as initials, a name or a name written surname first: a job or a role
("| Steward |", "Volunteer"), a person's part in an event ("marshal", "witness") or what was done
joined to "by" ("logged_by", "entered-by"); a desk, a job, shorthand and a column headed by a
shift stay. Logs and chats type whom the writer saw or asked in lower case, given name and surname
("Checked in with siobhan mallon", "Asked orla treloar", "Her nephew is tamsin okafor"); "asked
for help", "checked in with the team" and "son is very well" stay. The Irish "Uí" and "Ní" join a
given name to the family's name ("Siobhán Uí Dhálaigh"). A word joined of English words by a
hyphen opening a log's entry ("Follow-up agreed for Friday") is no person; a hyphenated given name
still is. A name straight after "St" is a saint's ("a St Aidan Ambulance crew"), unless a title
makes "St" part of a surname. A national body named for what it looks after ("the Woodland Trust",
"the Health and Safety Executive") is kept; a firm or a local trust is still found. Every text
here is invented for this file; each rule has cases that must stay.

Before the change, 10 of this file's 20 cases failed on the engine (counted by running the file
against a copy of the engine taken before the edit, first on `sys.path`): 10 of the 12 cases of
new rules (the old engine already found a capitalised name joined by "Uí" and a name written
surname first in the "logged_by" column, by other rules) and none of the 8 that must stay."""

from learnloop.sharing.tests.spans import found, people

# --- a column headed by a person's word or "<deed>_by" -------------------------------------------

_EXPORT = """Door alarm export, Larkfield sheltered flats
date,time,logged_by,entry
2026-02-03,07:12,RT,"Alarm at flat 6, resident fine, pressed by mistake"
2026-02-03,08:40,M.K.,"Call back to the warden, no answer"
2026-02-03,09:05,Odile Fairweather,"Visited, smoke alarm tested"
2026-02-03,09:30,HALLORAN, Wren,"Battery replaced in the pendant"
2026-02-03,10:15,Office,"Keys returned to the key safe"
2026-02-03,11:00,N/A,"Nothing to add"
"""

_FETE = """First aid at the summer fete, 2 August
| Day | Time | Steward | Note |
| --- | --- | --- | --- |
| Sat | 10:05 | PQ | Wasp sting, cream applied |
| Sat | 10:40 | J.D. | Child lost by the tombola, found |
| Sat | 11:20 | Paramedic | Chest pain, ambulance called |
| Sat | 12:00 | Team | Gazebo secured |
"""

_REGISTER = """Controlled drugs register, night
time,witness,drug,dose
22:10,KW,Oramorph,5 mg
23:45,Pharmacist,Oramorph,5 mg
"""

_PROSE = """The volunteer, who drove her home, said she was fine, and the steward, a retired teacher,
agreed to ring in the morning."""

_SHIFTS = """| Date | Shift | Note |
| 3/2 | LD | Short staffed |
| 4/2 | NT | Quiet night |
"""


def test_a_deed_by_column_holds_initials_and_names():
    names = people(_EXPORT)
    assert {"RT", "M.K.", "Odile Fairweather"} <= set(names)


def test_a_deed_by_column_holds_a_name_written_surname_first():
    assert any(name.startswith("HALLORAN, Wren") for name in people(_EXPORT))


def test_a_deed_by_column_keeps_a_desk_and_shorthand():
    names = people(_EXPORT)
    assert "Office" not in names and "N/A" not in names


def test_a_role_column_holds_initials():
    names = people(_FETE)
    assert "PQ" in names and "J.D." in names


def test_a_role_column_keeps_a_job_and_a_team():
    names = people(_FETE)
    assert "Paramedic" not in names and "Team" not in names


def test_a_witness_column_holds_initials_and_keeps_a_job():
    names = people(_REGISTER)
    assert "KW" in names and "Pharmacist" not in names


def test_a_role_in_prose_heads_no_column():
    assert people(_PROSE) == []


def test_a_shift_column_holds_no_one():
    names = people(_SHIFTS)
    assert "LD" not in names and "NT" not in names


# --- lower-case full names after a deed or a relative ---------------------------------------------

_ROUND = """Mon 02/03/2026 10:10 Checked in with siobhan mallon, kettle on, all well. (RT)
Mon 02/03/2026 10:40 Asked orla treloar at the next house to look in on her. (RT)
[02/03/26, 11:02] KW: Her nephew is tamsin okafor, he has a key
"""

_ROUND_KEPT = """Mon 02/03/2026 12:10 Asked for help with the wheelchair ramp. (RT)
Mon 02/03/2026 12:30 Checked in with the team, nothing new. (RT)
Mon 02/03/2026 12:45 Her son is very well and back at work. (RT)
Mon 02/03/2026 13:00 Asked mum to ring the surgery. (RT)
"""


def test_a_lower_case_full_name_after_checked_in_with():
    assert "siobhan mallon" in people(_ROUND)


def test_a_lower_case_full_name_after_asked():
    assert "orla treloar" in people(_ROUND)


def test_a_lower_case_full_name_after_a_relative_and_is():
    assert "tamsin okafor" in people(_ROUND)


def test_lower_case_words_after_the_same_deeds_stay():
    names = people(_ROUND_KEPT)
    assert not [name for name in names if name != "RT"]


# --- the Irish particles "Uí" and "Ní" ------------------------------------------------------------


def test_a_name_joined_by_ui_is_whole():
    assert "Siobhán Uí Dhálaigh" in people("The key holder is Siobhán Uí Dhálaigh, next door.")


def test_a_lower_case_name_joined_by_ni_is_whole():
    text = "Wed 04/03/2026 09:15 Asked siobhán ní bhriain to look in. (RT)"
    assert "siobhán ní bhriain" in people(text)


# --- a hyphenated word of English words opens an entry ----------------------------------------------

_ENTRIES = """date,time,logged_by,entry
2026-02-04,08:00,RT,"Follow-up agreed for Friday."
[04/02/26, 09:00] KW: Check-in done, all quiet.
"""


def test_a_hyphenated_word_opening_an_entry_is_no_person():
    names = people(_ENTRIES)
    assert "Follow-up" not in names and "Check-in" not in names


def test_a_hyphenated_given_name_still_is_a_person():
    assert "Lily-May" in people("Spoke to Lily-May, who agreed to come in.")


# --- a saint's name ----------------------------------------------------------------------------------


def test_a_name_after_st_is_a_saints():
    assert people("A St Aidan Ambulance crew from the next field helped.") == []


def test_st_after_a_title_is_part_of_a_surname():
    assert any("St Clair" in name for name in people("Mr St Clair rang the ward."))


# --- national bodies -----------------------------------------------------------------------------------


def test_a_national_body_is_kept():
    text = (
        "We told the Health and Safety Executive, the Maritime and Coastguard Agency and the "
        "Woodland Trust about the fallen tree."
    )
    assert found(text, "ORGANISATION") == []


def test_a_firm_and_a_local_trust_are_still_found():
    text = "Cover came from Kestrel Staffing Agency and the Tamar Valley Rivers Trust."
    orgs = found(text, "ORGANISATION")
    assert "Kestrel Staffing Agency" in orgs and "Tamar Valley Rivers Trust" in orgs
