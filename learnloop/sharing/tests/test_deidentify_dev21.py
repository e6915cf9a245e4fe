"""Hand-written cases for the forms added after the nineteenth blind pack's misses were read (27
November 2026). People: initials after the user of an audit log's line ("reprinted, user DM;")
and after more deeds a log's writer signs ("note added by OB:", "datix done by TD,", "Taken by
PC" at a line's end, "entered by LP;", "raised by AC;"), where a route, a dose's shorthand or an
identifier's kind stays ("taken by PO", "user ID:", "done by CT"); a name between commas after
"another" and a person who is neither staff nor kin ("another tenant, oskar lindqvist, said", "the
patient, ada price, was"), and a name typed in capitals between commas after a job ("a new
housekeeper, ISOLDE PAVLIDIS, with"), where "the nurse, AS ABOVE, agreed" stays. Brands of oral
rehydration salts, thickeners and sip feeds ("Dioralyte", "Nutilis Clear", "Fortisip") and the
inspectorate "Ofsted" are never a person. Every text here is invented for this file; each rule
has cases that must stay.

Before the change, 10 of this file's 25 cases failed on the engine (counted by running this file
against a copy of the engine taken before the edit): 9 of the 11 cases of new rules and one of
the 14 that must stay ("Nutilis Clear" was read as a name). Two cases of new rules passed before
by other rules ("datix done by TD,", "The relief porter, BARNABY OKWU, was") and are kept as
cases the new rules must not break."""

import pytest

from learnloop.sharing.tests.spans import people

# --- initials after an audit log's user and more deeds ------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("10:02 REPRINT label for bed 6, user DM; old label shredded\n", "DM"),
        ("Label printed on printer LB-2, user KW\n11:40 next entry\n", "KW"),
        ("1619 note added by OB: obs repeated, escalated\n", "OB"),
        ('12/05/2025,1430,"datix done by TD, ref AB/1234"\n', "TD"),
        ("Msg: TTO ready for collection. Taken by PC\n1310 - Caller: pharmacy\n", "PC"),
        ("Fluid chart: 'ate most' entered by LP; total 900ml\n", "LP"),
        ('"Incident WX-1234 raised by AC; son and wife told"\n', "AC"),
    ],
)
def test_initials_after_a_user_or_a_deed(text, expected):
    assert expected in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two tablets taken by PO, no issue seen.\n",
        "Log in with user ID: 4455 then reset.\n",
        "Bloods done by CT.\n",
        "Dose taken by IV; flushed after.\n",
        "The screen was added by IT, then tested.\n",
    ],
)
def test_routes_and_shorthand_after_a_deed_stay(text):
    assert people(text) == []


# --- names between commas after other people and in capitals ------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The parcel was meant for another tenant, oskar lindqvist, who had moved out.",
            "oskar lindqvist",
        ),
        ("We rang the patient, marta kowalczyk, who was at home.", "marta kowalczyk"),
        (
            "The tray went to the wrong room with a new housekeeper, ISOLDE PAVLIDIS, with no check.",
            "ISOLDE PAVLIDIS",
        ),
        ("The relief porter, BARNABY OKWU, was asked to wait.", "BARNABY OKWU"),
    ],
)
def test_names_between_commas(text, expected):
    assert expected in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "The nurse, AS ABOVE, agreed to the plan.",
        "The patient, however, said no to the plan.",
        "Our pharmacist, NOT GIVEN, was written on the chart.",
        "The tenant, as before, declined.",
        "Another resident, NHS ENGLAND, was quoted.",
    ],
)
def test_other_words_between_commas_stay(text):
    assert people(text) == []


# --- products and bodies that are never a person ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mum was not told about Dioralyte or a fan in the heat.",
        "Drinks were thickened with Nutilis Clear at stage 2.",
        "The nursery said it had written to Ofsted about the exposure.",
        "Two bottles of Fortisip were left on the table.",
    ],
)
def test_products_and_inspectorates_stay(text):
    assert people(text) == []
