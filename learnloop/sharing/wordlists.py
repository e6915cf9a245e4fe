"""The word lists the de-identification engine ships in ``data/``, read once and cached.

Every list is held lower case (apostrophes straightened) so a lookup is one set membership test.
See ``data/README.md`` for where each list comes from and its licence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


def normalise(word: str) -> str:
    """The lookup key for a word: lower case, curly apostrophe straightened."""
    return word.lower().replace("’", "'")


# -- Cues that may open a word --------------------------------------------------------------
# Speed: detectors look for dozens of cues with str.find, each a scan of the whole text, and
# most cues are in no given text. A cue counts only where it opens a word (no letter or digit
# just before it), and there its first three characters open the word too: so the set of the
# first three characters of every word, made once a text with a few C-level passes, rules most
# cues out before any scan. A word the cue itself ends ("nurse " ends "nurse") is whole in the
# text too, so the set holds every whole word as well and such a word is asked for whole: "nurse
# " is then ruled out of a text that writes only "nursing".

# ASCII letters and digits stay themselves; every other byte (punctuation, "_", and the bytes of
# any character beyond ASCII) becomes a space, so that each run left opens where a word can.
_ASCII_WORD_BYTES = bytes(c if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(256))


# One text at a time: the detectors of one text share it, and the next text replaces it.
# Speed: the text and its openings are kept in one slot, read by identity (then equality), not
# through lru_cache's call, as dozens of detectors ask for them a text; one tuple, so a reader
# in another thread always gets a text with its own openings.
_last_openings: tuple[str, frozenset[bytes]] = ("", frozenset())


def _word_openings(lowered: str) -> frozenset[bytes]:
    """Every run of ASCII letters and digits in ``lowered`` and the first three bytes of each,
    encoded. (A whole word of three bytes or fewer is its own opening; a longer one is no
    opening, so asking for one whole word is never answered by another's opening.)"""
    global _last_openings
    last = _last_openings
    if lowered is last[0] or lowered == last[0]:
        return last[1]
    words = frozenset(lowered.encode("utf-8", "replace").translate(_ASCII_WORD_BYTES).split())
    # Speed: a word of three bytes or fewer is its own opening, so only longer ones are cut.
    openings = words.union([word[:3] for word in words if len(word) > 3])
    _last_openings = (lowered, openings)
    return openings


# -- Cues written anywhere ------------------------------------------------------------------
# Speed: a cue looked for anywhere, inside a word too ("amended by ", " said", " (bank "), still
# holds words that open words of the text wherever it is written: those inside it after a
# character that is no ASCII letter or digit ("by", "said", "bank"), when the cue ends them too
# or they have three characters or more (a shorter word at the cue's end may run on in the
# text). A cue one of whose inner words opens no word of the text is written nowhere in it; nor
# is one that ends an inner word ("by" in "amended by ") the text never writes whole.
_CUE_WORD = re.compile(r"[A-Za-z0-9]+")  # a run of what _ASCII_WORD_BYTES keeps


@lru_cache(maxsize=4096)
def _words_required(cue: str, opens_a_word: bool) -> frozenset[bytes]:
    """What the words of a text where ``cue`` is written must hold (see above): for each word of
    the cue after a character that is no ASCII letter or digit (and, when the cue opens a word
    of the text, ``opens_a_word``, its first word too), the word whole when the cue ends it and
    it is in lower case, else its first three characters when it has three or more (or when the
    cue ends it)."""
    required = set()
    for word in _CUE_WORD.finditer(cue):
        inner = word.start() > 0
        if not (inner or opens_a_word):
            continue  # the cue may start inside a word of the text
        written = word[0]
        ended = word.end() < len(cue)
        if ended and written == written.lower():
            required.add(written.encode())
        elif len(written) >= 3 or (inner and ended):
            required.add(written[:3].encode())
    return frozenset(required)


def _required_openings(cue: str) -> frozenset[bytes]:
    """What a text where ``cue`` opens a word must hold among its words and their openings."""
    return _words_required(cue, True)


# Speed: the detectors pass constant tuples of cues, so each tuple's cues are paired with their
# openings once, and a text's test is then one subset test a cue, with no call for each cue.
# (The constants are declared ``tuple[str, ...]``: the compiled engine holds a tuple of fixed
# length unboxed and would build a new tuple object for every call.)
# Speed: each cue's openings are held as a tuple and tested one membership at a time (most cues
# need one or two), cheaper compiled than a frozenset's subset test through rich comparison.
@lru_cache(maxsize=256)
def _cue_openings(cues: tuple[str, ...]) -> tuple[tuple[str, tuple[bytes, ...]], ...]:
    return tuple((cue, tuple(_required_openings(cue))) for cue in cues)


def _cues_held(
    pairs: Iterable[tuple[str, tuple[bytes, ...]]], openings: frozenset[bytes]
) -> list[str]:
    """The cues of ``pairs`` all of whose openings ``openings`` holds, in order."""
    held = []
    for cue, required in pairs:
        for opening in required:
            if opening not in openings:
                break
        else:
            held.append(cue)
    return held


def cues_that_may_open_words(lowered: str, cues: Iterable[str]) -> list[str]:
    """``cues`` in order, less those that open no word of ``lowered``: a cue left out has no
    occurrence with no letter or digit just before it (it may occur inside a word)."""
    openings = _word_openings(lowered)
    if type(cues) is tuple:
        return _cues_held(_cue_openings(cues), openings)
    return [cue for cue in cues if _required_openings(cue) <= openings]


@lru_cache(maxsize=4096)
def _inner_openings(cue: str) -> frozenset[bytes]:
    # A cue looked for in the text as written: lower-cased as the text is, character by
    # character, so its words are those of the lower-cased text where it is written.
    return _words_required(cue.lower(), False)


@lru_cache(maxsize=256)
def _cues_inner_openings(cues: tuple[str, ...]) -> tuple[tuple[str, tuple[bytes, ...]], ...]:
    return tuple((cue, tuple(_inner_openings(cue))) for cue in cues)


def cues_that_may_be_written(lowered: str, cues: tuple[str, ...]) -> list[str]:
    """``cues`` in order, less those written nowhere in the text, in any case: ``lowered`` is
    the text lower-cased (perhaps normalised too)."""
    return _cues_held(_cues_inner_openings(cues), _word_openings(lowered))


def may_be_written(lowered: str, cue: str) -> bool:
    """Whether ``cue`` may be written in the text ``lowered`` is lower-cased from (see above)."""
    return _inner_openings(cue) <= _word_openings(lowered)


@cache
def _lines(filename: str) -> tuple[str, ...]:
    text = (DATA_DIR / filename).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and line[0] != "#")


@cache
def first_names() -> frozenset[str]:
    return frozenset(normalise(name) for name in _lines("first_names.txt"))


@cache
def surnames() -> frozenset[str]:
    return frozenset(normalise(name) for name in _lines("surnames.txt"))


@cache
def english_words() -> frozenset[str]:
    """Lower-case English words: a listed name that is one needs stronger evidence."""
    return frozenset(_lines("english_words.txt"))


@cache
def places() -> frozenset[str]:
    """Towns and cities: a capitalised word naming one is not a person on its own."""
    return frozenset(normalise(place) for place in _lines("places.txt"))


@cache
def not_names() -> frozenset[str]:
    """Days, months, nations, faiths and everyday proper nouns: never a person on their own."""
    return frozenset(normalise(word) for word in _lines("not_names.txt"))


@cache
def eponym_phrases() -> tuple[str, ...]:
    """The shipped eponymous conditions, scores, devices and drugs, longest first."""
    return tuple(sorted(set(_lines("eponyms.txt")), key=len, reverse=True))


_POSSESSIVE = re.compile(r"['’]s?$")


@cache
def eponym_index() -> dict[str, tuple[re.Pattern[str], ...]]:
    """For each word of an eponym phrase, the phrases that hold it, as patterns.

    A name is checked against the few phrases holding it, around where it was found, instead of
    running every phrase over every text.
    """
    index: dict[str, list[re.Pattern[str]]] = {}
    for phrase in eponym_phrases():
        parts = re.split(r"\s+", phrase)
        regex = r"\s+".join(re.escape(part).replace("'", "['’]") for part in parts)
        pattern = re.compile(rf"(?<![\w])(?:{regex})(?![\w])", re.IGNORECASE)
        for part in parts:
            # "Cheyne-Stokes" is looked up whole, and each of its pieces on its own.
            for piece in {part, *re.split(r"[-/]", part)}:
                key = _POSSESSIVE.sub("", normalise(piece))
                if len(key) >= 2:
                    index.setdefault(key, []).append(pattern)
    return {key: tuple(dict.fromkeys(patterns)) for key, patterns in index.items()}
