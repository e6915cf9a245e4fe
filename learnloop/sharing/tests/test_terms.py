"""An organisation's own terms: always redact some, never guess others."""

import pytest

from learnloop.sharing.deidentify import Terms, deidentify


def labels(text, known=None, terms=None):
    return [(text[s.start : s.end], s.label) for s in deidentify(text, known, terms=terms).spans]


@pytest.mark.parametrize("written", ["Primrose Lodge", "PRIMROSE LODGE", "primrose  lodge"])
def test_a_term_to_redact_is_found_in_any_case_and_spacing_with_its_label(written):
    terms = Terms.of(redact={"Primrose Lodge": "LOCATION"})
    assert labels(f"She came from {written} at night.", terms=terms) == [(written, "LOCATION")]


def test_a_term_to_redact_inside_a_longer_guess_keeps_the_guess_whole():
    terms = Terms.of(redact={"Sunnyside": "ORGANISATION"})
    text = "Referred by Sunnyside Surgery, then Sunnyside rang."
    assert labels(text, terms=terms) == [
        ("Sunnyside Surgery", "ORGANISATION"),
        ("Sunnyside", "ORGANISATION"),
    ]


def test_a_term_to_redact_wins_over_a_guess_it_only_overlaps():
    terms = Terms.of(redact={"Okafor Review": "ID"})
    text = "See the Okafor Review by Dr Okafor."
    assert labels(text, terms=terms) == [("Okafor Review", "ID"), ("Dr Okafor", "PERSON")]


def test_a_term_to_redact_is_a_whole_word_only():
    terms = Terms.of(redact={"Rye": "LOCATION"})
    assert labels("Rye bread on Ryeland Street? No: Rye.", terms=terms) == [
        ("Rye", "LOCATION"),
        ("Ryeland Street", "LOCATION"),
        ("Rye", "LOCATION"),
    ]


def test_a_term_to_keep_drops_a_guessed_name_within_it():
    text = "Reviewed using the Kwame Mensah Checklist by Dr Okafor."
    assert ("Kwame Mensah", "PERSON") in labels(text)
    terms = Terms.of(keep=["Kwame Mensah Checklist"])
    assert labels(text, terms=terms) == [("Dr Okafor", "PERSON")]


def test_a_term_to_keep_drops_a_pattern_guess_within_it():
    # Filed under it, K123456 is read as a reference (since the twenty-third blind pack's rules).
    text = "Filed under K123456 in the old system."
    terms = Terms.of(keep=["K123456"])
    assert labels(text) == [("K123456", "ID")]
    assert labels(text, terms=terms) == []


def test_a_term_to_keep_drops_a_guessed_organisation_in_any_case():
    terms = Terms.of(keep=["Pressure Ulcer Hospital"])
    assert labels("Graded with the pressure ulcer hospital tool.", terms=terms) == []
    assert labels("Graded with the Pressure Ulcer Hospital tool.", terms=terms) == []


def test_a_term_to_keep_never_unredacts_a_name_from_the_record():
    terms = Terms.of(keep=["Parkinson"])
    known = {"names": ["Margaret Parkinson"]}
    assert labels("Mrs Parkinson fell.", known, terms) == [("Mrs Parkinson", "PERSON")]


def test_a_term_to_keep_never_unredacts_a_term_to_redact():
    terms = Terms.of(redact={"Bluebell": "LOCATION"}, keep=["Bluebell"])
    assert labels("Moved to Bluebell.", terms=terms) == [("Bluebell", "LOCATION")]


def test_terms_with_an_unknown_label_are_refused():
    with pytest.raises(ValueError, match="unknown label"):
        Terms.of(redact={"Rye": "PLACE"})


def test_terms_are_cleaned_and_comparable():
    assert Terms.of(redact={"  Rye   Ward ": "LOCATION"}, keep=[" Waterlow ", ""]) == Terms(
        redact=(("Rye Ward", "LOCATION"),), keep=("Waterlow",)
    )


def test_hundreds_of_terms_are_each_found_with_their_own_label():
    terms = Terms.of(
        redact={f"Term{n} Place": "LOCATION" for n in range(300)} | {"Ref Q9": "ID"},
        keep=[f"Keep{n} Tool" for n in range(300)],
    )
    text = "At term7  place and TERM250 PLACE, see ref q9; the Keep3 Tool (Term7 Placed)."
    assert labels(text, terms=terms) == [
        ("term7  place", "LOCATION"),
        ("TERM250 PLACE", "LOCATION"),
        ("ref q9", "ID"),
    ]


def test_a_term_with_punctuation_round_it_is_found_by_its_words():
    terms = Terms.of(redact={"(Quillmoor)": "LOCATION", "St. Mary's": "ORGANISATION"})
    text = "From Quillmoor to St. Mary's today."
    assert labels(text, terms=terms) == [
        ("Quillmoor", "LOCATION"),
        ("St. Mary's", "ORGANISATION"),
    ]
