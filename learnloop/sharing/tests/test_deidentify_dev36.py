"""Hand-written cases for the forms added after the thirty-fourth blind pack's misses were read (28
November 2026). A workplace's first aid book names who gave the aid in a column headed "first
aider", often by surname alone, and read from the row's end when an entry holds commas. A Zulu
patronymic joins "ka" (child of) to the father's name in one word ("Themba kaMandla Ngcobo"), and
the whole name is one person. What an entry says in the aider's place, a word that only looks like
"ka" and an English word after "ka" inside a word stay. Every text here is invented for this file;
each rule has cases that must stay.

Before the change, 5 of this file's 8 cases failed on the engine (counted by running the file
against a copy of the engine taken before the edit, first on `sys.path`): all 5 cases of new rules
and none of the 3 that must stay."""

from learnloop.sharing.tests.spans import people

# --- a column headed "first aider" ------------------------------------------------------------------

_FIRST_AID_BOOK = """Warehouse first aid book, east gate.
date,time,entry,first aider
14/05/2026, 06:40, picker slipped on wet floor by aisle 9, ice pack, Okafor
14/05/2026, 07:05, area made safe, cones out, Lindqvist
14/05/2026, 07:30, manager informed, Stable
"""


def test_a_surname_alone_in_the_first_aider_column():
    assert "Lindqvist" in people(_FIRST_AID_BOOK)


def test_a_first_aider_read_from_the_end_of_a_row_with_commas():
    assert "Okafor" in people(_FIRST_AID_BOOK)


def test_a_word_in_the_first_aider_column_stays():
    assert "Stable" not in people(_FIRST_AID_BOOK)


# --- a Zulu patronymic with "ka" --------------------------------------------------------------------


def test_a_zulu_patronymic_in_a_message_log():
    text = "[02/03/2026 09:14] Nokuthula kaSipho Mthembu: he is in the first aid tent, GCS 15\n"
    assert "Nokuthula kaSipho Mthembu" in people(text)


def test_a_zulu_patronymic_in_a_sentence():
    text = "The steward, Bhekani kaZwide Mabaso, stayed with him until the crew came."
    assert any("kaZwide" in name for name in people(text))


def test_a_zulu_patronymic_with_a_double_surname():
    text = "Seen first by Lungile kaThemba Dube-Nkosi, who rang 999 at 14:20."
    assert "Lungile kaThemba Dube-Nkosi" in people(text)


def test_karaoke_and_kayak_stay():
    text = "Karaoke night at the club; the kayak trip was cancelled. He had a kaBoom toy."
    assert people(text) == []


def test_an_english_word_after_ka_inside_a_word_stays():
    text = "The okaPi enclosure and the bakaMeter readings were checked by the keeper."
    assert people(text) == []
