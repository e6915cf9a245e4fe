"""The cue gate (wordlists.cues_that_may_open_words) never leaves out a cue that opens a word."""

from hypothesis import given, settings
from hypothesis import strategies as st

from learnloop.sharing.wordlists import (
    cues_that_may_be_written,
    cues_that_may_open_words,
    normalise,
)


def _opens_a_word(lowered: str, cue: str) -> bool:
    """What the detectors ask, read the slow way: an occurrence with no letter or digit before."""
    return any(
        lowered.startswith(cue, position) and not (position and lowered[position - 1].isalnum())
        for position in range(len(lowered))
    )


def test_cues_only_inside_words_are_left_out_and_the_order_is_kept():
    lowered = "the grandmother_s son, (mother) said_x: café2mot"

    kept = cues_that_may_open_words(
        lowered, ["said", "ran", "mother", "oth", "grand", "zzz", "s son", "t", "nd", "2mo"]
    )

    # "ran", "oth" and "zzz" open no word; "s son" and "t" are not three letters or digits and
    # "nd" too short to rule out, so they are kept; so is "2mo", as a character beyond ASCII
    # ("é") is read as a break.
    assert kept == ["said", "mother", "grand", "s son", "t", "nd", "2mo"]


def test_a_cue_at_either_edge_of_the_text_is_kept():
    assert cues_that_may_open_words("nurse", ["nurse", "urs"]) == ["nurse"]
    assert cues_that_may_open_words("seen by nurse", ["nurse", "by n"]) == ["nurse", "by n"]


def test_a_word_after_a_character_beyond_ascii_or_an_underscore_is_kept():
    # The bytes of "é", "’" or "—" are read as a break; "_" too (the detectors differ on it).
    lowered = "é—patient’s_nurse"
    assert cues_that_may_open_words(lowered, ["patient", "nurse", "s_n"]) == [
        "patient",
        "nurse",
        "s_n",
    ]


# Texts made of pieces: words, and what may come between or inside them (punctuation, "_",
# letters and marks beyond ASCII, a digit that is no ASCII digit).
_PIECES = st.sampled_from(
    ["mot", "mother", "grand", "nurse", "ab", "a2c", "MOT", "x", "2", " ", "\n", "(", "-", "'"]
    + ["_", "’", "—", "é", "Ä", "ß", "ǅ", "٣", "\u0301", "İ"]
)
_CUES = st.sampled_from(["mot", "mother", "grand", "nurse", "a2c", "oth", "ab ", "ot", "t"])


@settings(max_examples=1000, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=12), cues=st.lists(_CUES, max_size=6), data=st.data())
def test_a_cue_that_opens_a_word_is_never_left_out(pieces, cues, data):
    lowered = "".join(pieces).lower()
    if lowered:
        # also a piece of the text itself, which is far likelier to occur in it
        start = data.draw(st.integers(0, len(lowered) - 1))
        cues = [*cues, lowered[start : start + data.draw(st.integers(1, 6))]]

    kept = cues_that_may_open_words(lowered, cues)

    for cue in cues:
        if _opens_a_word(lowered, cue):
            assert cue in kept
    assert kept == [cue for cue in cues if cue in kept]  # in their order, none added


# Cues looked for anywhere, inside a word too, in the text as written (any case).
_WRITTEN_CUES = st.sampled_from(
    ["hecked by ", " and ", "ser ", " said", "amended by ", "by ", " (bank ", "nurse ", "ab ", "t"]
)


@settings(max_examples=1000, deadline=None)
@given(
    pieces=st.lists(_PIECES, max_size=12), cues=st.lists(_WRITTEN_CUES, max_size=6), data=st.data()
)
def test_a_cue_written_in_the_text_is_never_left_out(pieces, cues, data):
    text = "".join(pieces)
    if text:
        start = data.draw(st.integers(0, len(text) - 1))
        cues = [*cues, text[start : start + data.draw(st.integers(1, 6))]]
    cues = tuple(cues)

    for lowered in (text.lower(), normalise(text)):
        kept = cues_that_may_be_written(lowered, cues)
        for cue in cues:
            if cue in text or cue.lower() in lowered:
                assert cue in kept
        assert kept == [cue for cue in cues if cue in kept]


def test_a_word_the_cue_ends_is_asked_for_whole():
    # "nurse " is ruled out of a text that writes only "nursing"; "nurs" and " nurs" are not.
    lowered = "seen by the nursing team"
    assert cues_that_may_open_words(lowered, ["nurse ", "nurs", "by the "]) == ["nurs", "by the "]
    assert cues_that_may_be_written(lowered, (" nurse ", " nurs", "een by ")) == [
        " nurs",
        "een by ",
    ]
