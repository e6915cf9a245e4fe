"""Hand-written cases for the rules added after the forty-sixth blind pack's misses were read
(29 November 2026). First, Britain's regional words for a street or a lane ("Loan", "Chare",
"Vennel", "Ginnel", "Snicket", "Twitten", "Loke", "Wend", "Loaning") name a street after a house
number ("83 Kirkton Loan"); "a Student Loan" stays. Second, a log whose lines open with the month
first ("Mar 14 2026 09:10") may close each line with its writer in brackets after a job's
shorthand ("(eng. FARRIER D)", "(tech. K.L.)"), the surname in capitals and the initial after a
blank. Third, a staff column may sign surname first in capitals, a comma and the initial
("| OKONJO,T |"). Fourth, the jobs of a mine's, a quarry's, a mines rescue team's and an oil
rig's crew are jobs ("The Brigadesman Ann Roe", "Our Shotfirer, Ann Roe,"). What must stay
stays.
Every text here is invented for this file.

Before the change, 8 of this file's 14 cases failed on the engine (counted by running the file
against a copy of the engine taken before the edit, first on `sys.path`): 8 of the 10 cases of
the new rules (a name after "Shotfirer," and after "roustabout" was found already), and none of
the 4 that check only what must stay."""

from learnloop.sharing.tests.spans import found, people

# --- regional street words ------------------------------------------------------------------------


def test_scots_loan_and_vennel_after_house_numbers():
    text = (
        "The old file gave her address as 14 Kirkton Loan, Dunbar; the office has corrected it. "
        "Her sister lives at 6 Tolbooth Vennel, Haddington."
    )
    assert found(text, "ADDRESS") == ["14 Kirkton Loan", "6 Tolbooth Vennel"]


def test_northern_chare_ginnel_and_snicket():
    text = (
        "Home visits: 3 Quayside Chare, Alnmouth; 51 Tanyard Ginnel, Otley; "
        "22 Mafeking Snicket, York."
    )
    assert found(text, "ADDRESS") == [
        "3 Quayside Chare",
        "51 Tanyard Ginnel",
        "22 Mafeking Snicket",
    ]


def test_southern_twitten_and_norfolk_loke():
    text = "Letters went to 9 Ropemaker Twitten, Lewes and to 17 Pightle Loke, Aylsham."
    assert found(text, "ADDRESS") == ["9 Ropemaker Twitten", "17 Pightle Loke"]


def test_regional_street_word_the_text_used_after_a_house_number():
    text = (
        "The depot is on Cobbler Vennel, and its phone is 01620 448 219. "
        "Her address is 31 Saltire Vennel, Haddington. She took out a Student Loan."
    )
    assert found(text, "LOCATION") == ["Cobbler Vennel"]
    assert found(text, "ADDRESS") == ["31 Saltire Vennel"]


def test_loan_without_a_house_number_stays():
    text = (
        "She had taken out a Student Loan and the Hardship Loan was late. "
        "He paid 40 Loan instalments before the fall."
    )
    assert found(text, "ADDRESS") == []


# --- writers of a month-first job log --------------------------------------------------------------


def test_engineer_in_brackets_after_a_jobs_shorthand():
    text = (
        "Mar 14 2026 09:10 Boiler checked; flue clear (eng. FARRIER D)\n"
        "Mar 14 2026 09:25 Meter read; supply restored (eng. K.L.)\n"
        "Mar 14 2026 09:40 Customer told to ventilate the kitchen (eng. FARRIER D)\n"
        "Mar 14 2026 10:05 Alarm fitted in the hall (eng. ODUYA T)\n"
    )
    assert people(text) == ["FARRIER D", "K.L.", "FARRIER D", "ODUYA T"]


def test_month_first_log_with_initials_in_brackets():
    text = (
        "Nov 3, 2025 14:02 Isolation valve shut (tech. RMW)\n"
        "Nov 3, 2025 14:30 Pressure test passed (tech. RMW)\n"
    )
    assert people(text) == ["RMW", "RMW"]


def test_shorthand_and_words_in_brackets_stay():
    text = (
        "Mar 14 2026 09:10 Boiler capped (see ROOM B)\n"
        "Mar 14 2026 09:25 Paracetamol given (PRN)\n"
        "Mar 14 2026 09:40 Valve turned (eng. ZONE A)\n"
    )
    assert people(text) == []


# --- team leaders signing a call-out book ---------------------------------------------------------


def test_capital_surname_comma_initial_in_a_staff_column():
    text = (
        "| date | time | entry | team leader |\n"
        "| Tue 03.03.2026 | 0412 | Call from the colliery; man trapped | OKONJO,T |\n"
        "| Tue 03.03.2026 | 0440 | Team below ground | WETHERALL-BOYE,A |\n"
        "| Tue 03.03.2026 | 0501 | Casualty freed | OKONJO,T |\n"
    )
    assert people(text) == ["OKONJO,T", "WETHERALL-BOYE,A", "OKONJO,T"]


def test_capital_words_in_a_staff_column_stay():
    text = (
        "| date | time | entry | team leader |\n"
        "| Tue 03.03.2026 | 0412 | Call from the colliery | BAY,A |\n"
        "| Tue 03.03.2026 | 0440 | Team below ground | NHS,B |\n"
    )
    assert people(text) == []


# --- jobs of mines, quarries and rigs --------------------------------------------------------------


def test_name_after_a_brigadesman():
    text = "The air was hot. The Brigadesman Oswin Tredgold cooled him with water and called up."
    assert people(text) == ["Oswin Tredgold"]


def test_name_after_a_shotfirer():
    text = "Our Shotfirer, Wenonah Pask, fired the face at noon and the windows shook."
    assert people(text) == ["Wenonah Pask"]


def test_name_after_a_roustabout():
    text = "The roustabout Kofi Trelawny saw him fall from the pipe deck."
    assert people(text) == ["Kofi Trelawny"]


def test_jobs_alone_stay():
    text = "The banksman rang the bell twice, and the onsetter sent the cage down to the overman."
    assert people(text) == []
