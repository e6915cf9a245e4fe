"""Finding people's names: those the record knows, and those it does not.

Both work from one pass over the text, not one regular expression per name:

- ``known_name_spans``: every word of a known name is looked for in the lower-cased text with
  ``str.find`` (any case, either apostrophe); neighbouring finds, a title before, initials before
  a surname and "Surname, First" are joined into one span.
- ``guessed_name_spans``: the capitalised words are read in runs ("Staff Nurse Jane SMITH") and a
  run holds a name when the context says so: a title, a role word or a relationship before it
  ("Mr", "Sister", "the patient's son,"), a first name from the shipped lists before a capitalised
  word, initials before a surname, "Surname, First", or two capitalised words that are neither
  English words nor places. A listed name that is also an English word (Young, Hall, Grace, Will)
  counts only with such evidence, never on its own.

A word that lies inside an eponymous clinical phrase (Parkinson's disease, Glasgow Coma Scale) or
is followed by a word such as *disease* or *score* is kept unless a title or another part of the
name makes it a person. Functions return ``(start, end)`` pairs; the caller labels them PERSON.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache, lru_cache

from learnloop.sharing.wordlists import (
    _word_openings,
    cues_that_may_be_written,
    cues_that_may_open_words,
    english_words,
    eponym_index,
    first_names,
    may_be_written,
    normalise,
    not_names,
    places,
    surnames,
)

# Titles written as part of a name: redacted with it ("Mrs Parkinson" -> "[PERSON]").
TITLES = (
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Master", "Dr", "Doctor", "Prof", "Professor", "Sir",
    "Dame", "Lady", "Lord", "Rev", "Revd", "Reverend", "Father", "Nurse", "Staff Nurse", "Charge Nurse",
    "Sister", "Matron", "Midwife", "Consultant", "Mister",
)  # fmt: skip
# Honorifics: after one, any capitalised word is a name ("Dr Green", "Mr Young").
HONORIFICS = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame lady lord rev revd reverend mister".split()
)
# Titles and role words after which a capitalised word is a name if it is a listed name or not an
# English word ("Nurse Green", "Registrar Okafor"; not "Consultant Surgeon", "Sister Ward").
ROLE_WORDS = frozenset(
    """
    nurse sister matron midwife consultant registrar doctor master father hca sho spr fy1 fy2 f1
    f2 ct1 ct2 st1 st2 st3 st4 st5 st6 st7 st8 paramedic physio physiotherapist pharmacist
    porter therapist radiographer anaesthetist surgeon coroner assistant carer worker manager
    practitioner technician student officer sergeant constable pc ds di sgt inspector rn rmn rgn
    cpn anp acp odp hcsw cns snr baby sn cn en sen rnld imt imt1 imt2 imt3 ct3 ot slt
    dietitian dietician tvn psychologist podiatrist phlebotomist hcsw hcpc
    gp nok officers locum chaplain reviewer csw eca emt aap ecp tech rm imca sim reporter
    advisor adviser handler director radiologist pcso dn meo dispenser coordinator receiver
    caller author referrer enquirer keyworker clerk receptionist imam
    rabbi vicar pastor interpreter dc dci
    driver drivers caseworker administrator volunteer volunteers radiographers supervisor
    visitor aca crew optometrist dentist expert representative representatives neonatologist
    charge
    lead leader engineer endoscopist orthotist screener secretary colleague rep observer
    shift desk
    teacher headteacher tutor embryologist
    mentor
    scribe chaperone
    """.split()
)
# After the thirty-eighth blind pack: an agent (a contact centre's, a check-in desk's, a ramp's)
# and a floorwalker (who supervises a contact centre's or a shop's floor) are jobs, so a word
# before one is the job's kind ("Check-in Agent Dawn Okafor") and one alone is no name
# ("Floorwalker to complete the form").
ROLE_WORDS = ROLE_WORDS | frozenset(("agent", "agents", "floorwalker"))
# After the thirty-ninth blind pack: the jobs of a hospital's back rooms and supply lines and of
# a club's officers are jobs too, so a name after one is read as after "Porter" ("the Switchboard
# Operator Kamya Chad", "our Duty Controller Colm Finegan", "the Ward Hostess Ealee Gelling",
# "the Chief Arbiter Antony Howell"), and a column headed by one holds who did each thing
# ("timestamp,note,rider", "date,time,event,operator"). ("Captain" stays out: "Captain Cook Ward".)
ROLE_WORDS = ROLE_WORDS | frozenset(
    ("operator", "controller", "hostess", "arbiter", "rider", "sorter", "mistress")
)
# After the fortieth blind pack: the jobs of a heritage railway's, a boat yard's, a circuit's, a
# gallery's and a cave's staff are jobs too ("the Stationmaster Max Ortiz", "the Signalman",
# "our Boatman", "the Track Marshal", "the Gallery Attendant", "the Cave Guide", "the first aider",
# "our vet"), so a name after one is read as after "Porter", one alone is no name, and a column
# headed by one ("| date | time | entry | signalman |") holds who did each thing.
ROLE_WORDS = ROLE_WORDS | frozenset(
    ("stationmaster", "signalman", "signalwoman", "boatman", "boater", "marshal", "attendant",
     "guide", "aider", "vet")
)  # fmt: skip
# After the forty-first blind pack: the jobs of a harbour's, a lifeboat station's, a fishing
# boat's and a river's crew are jobs too ("the Harbourmaster Ann Roe", "the coxswain", "the
# skipper", "a Deckhand", "a Stevedore", "the watchkeeper", "our bank ranger", "our deputy, Ann
# Roe"), so a name after one is read as after "Porter" and one alone is no name. (Not "steward":
# "Steward Ward" in a venue's log is a steward named Ward, found as a ward's name when "steward"
# is no job, and lost when it is one; not "helm": a crew log's "Helm,Kayaker lifted aboard" would
# make the kayaker a person.)
ROLE_WORDS = ROLE_WORDS | frozenset(
    ("harbourmaster", "coxswain", "skipper", "deckhand", "stevedore", "watchkeeper", "ranger",
     "deputy")
)  # fmt: skip
# After the forty-second blind pack: the jobs of a warehouse's, a yard's and a delivery firm's
# staff are jobs too ("the Yard Shunter Ann Roe", "the Wellbeing Champion Ann Roe", "a Goods In
# Operative", "our Picker", "a Courier", "the Loader"), so a name after one is read as after
# "Porter" and one alone is no name. (Not "packer" or "drayman": both are surnames too, "Yours
# sincerely, Ann Packer", "| Drayman |" signing a log.)
ROLE_WORDS = ROLE_WORDS | frozenset(
    ("shunter", "champion", "operative", "picker", "courier", "loader")
)
# After the forty-fourth blind pack: the jobs of a railway's and a road's staff are jobs too
# ("the Lookout Ann Roe sat him down", "Roe, the haulier, has asked", "the Signaller"), so a
# name after or before one is read as after "Porter" and one alone is no name. (Not "keeper":
# "Lock Keeper's Way" is a street; not "examiner": "MEDICAL EXAMINER SCRUTINY" heads a form.)
ROLE_WORDS = ROLE_WORDS | frozenset(("lookout", "haulier", "signaller"))
# After the forty-sixth blind pack: the jobs of a mine's, a quarry's, a mines rescue team's and an
# oil rig's crew are jobs too ("The Brigadesman Ann Roe cooled him", "Our Shotfirer, Ann Roe,
# fired", "the banksman", "a roustabout"), so a name after one is read as after "Porter" and one
# alone is no name. (Not "rigger" or "driller": both are surnames too.)
ROLE_WORDS = ROLE_WORDS | frozenset(
    ("brigadesman", "brigadeswoman", "shotfirer", "banksman", "onsetter", "overman",
     "roustabout", "roughneck", "toolpusher")
)  # fmt: skip
# After the forty-seventh blind pack: the armed forces' ranks and posts are jobs too ("the Lance
# Corporal Ann Roe pulled him out", "Our Padre Ann Roe", "The Platoon Commander, Ann Roe,"), so a
# name after one is read as after "Sergeant" and one alone is no name; so is a unit's medic.
# (Not "major", "private", "captain" or "gunner": words or surnames too, "Major Trauma Centre",
# "Captain Cook Ward".)
ROLE_WORDS = ROLE_WORDS | frozenset(
    ("corporal", "bombardier", "lieutenant", "padre", "commander", "adjutant", "quartermaster",
     "rifleman", "guardsman", "trooper", "aircraftman", "airman", "medic")
)  # fmt: skip
# Relationships: "the patient's son, David", "her daughter Sarah", "husband Peter".
RELATIONSHIPS = frozenset(
    """
    son daughter husband wife partner spouse mother father mum mom dad brother sister sibling
    grandson granddaughter grandmother grandfather grandma grandad granddad nan nana niece
    nephew aunt auntie uncle cousin friend neighbour carer fiancé fiancée fiance fiancee stepson
    stepdaughter stepfather stepmother son-in-law daughter-in-law mother-in-law father-in-law
    brother-in-law sister-in-law kin nok relative widow widower boyfriend girlfriend named called
    grandparent grandparents guardian surname child parent
    """.split()
)
_TITLE_KEYS = frozenset(normalise(title) for title in TITLES if " " not in title)
# Words that join a title to the name: "Staff Nurse", "Charge Nurse", "Student Nurse".
_TITLE_LEADS = frozenset({"staff", "charge", "student", "senior", "junior", "ward", "healthcare"})
# After the forty-ninth blind pack: a hand is a job after the place the hand works ("the Stable
# Hand Ann Roe", "a Farm Hand", "the Yard Hand"), so a name after one is read as after "Porter";
# "hand" alone is the body's ("Left Hand Ann" stays as read before).
_HAND_LEADS = frozenset({"stable", "farm", "yard", "deck", "ranch", "kennel"})
_HANDS = frozenset({"hand", "hands"})
_HAND_JOB_BEFORE = re.compile(
    "(?:"
    + "|".join(f"[{lead[0].upper()}{lead[0]}]{lead[1:]}" for lead in sorted(_HAND_LEADS))
    + r")[ \t]+[Hh]ands?,?[ \t]*$"
)

# Words after a name that show it is a clinical term, not a person.
# Speed: the look-ahead holds the first letters of the words below (in any case, as the pattern
# reads them) or a capital, so a name before "was", "with" or "by" fails there at once instead of
# in each of the words in turn. It adds no condition a match lacks.
_CLINICAL_FOLLOWER = re.compile(
    # (after the fortieth blind pack: a name ending in "s" may take the apostrophe alone,
    # "Hawkins' test", as "s'" after a name without one is written)
    # (after the forty-first blind pack: a stretcher named for its maker, "a Neil Robertson
    # stretcher", is a device as a frame or a mask is)
    r"(?:'s|’s|s'|(?<=s)'|’)?\s+(?=[acdefghilmnoprstu]|(?-i:[A-Z]))(?:disease|syndrome|scale|score|sign|palsy|test|criteria|classification|"
    r"procedure|operation|manoeuvre|tumour|lymphoma|reflex|phenomenon|index|ulcer|fracture|"
    r"contracture|encephalopathy|dementia|catheter|solution|sarcoma|crisis|triad|chart|tube|stretcher|"
    r"needle|forceps|frame|mask|line|airway|sucker|position|technique|incision|method|formula|"
    r"rule|rules|stain|cyst|law|pupil|nodes|type|grade|stage|staging|pump|hoist|"
    # after the fourteenth blind pack: a faith ("Roman Catholic") is no person
    r"catholic|"
    # after the twenty-sixth blind pack: a maker's name, its model's code and the device
    # ("McKinley T34 syringe driver", "Graseby MS16A driver"): a device, no person
    r"(?-i:[A-Z]{1,3}-?\d{1,4}[A-Za-z]?)\s+(?:syringe\s+)?"
    r"(?:driver|pump|monitor|ventilator|defibrillator)|"
    r"pain\s+(?:score|scale|assessment))\b",
    re.IGNORECASE,
)
# What may follow a lone eponymous possessive for it to be the condition: punctuation, a
# conjunction, or a word of care for that condition ("Parkinson's medicines", "Crohn's nurse").
# After the twenty-second blind pack, "but" too ("the care plan mentioned Alzheimer's but no").
_AFTER_LONE_EPONYM = re.compile(
    r"\s*(?:$|[.,;:!?)]|(?:and|or|but|with|was|is|diagnosed|type|since|for|"
    r"medicines?|medications?|meds|drugs|tablets|nurses?|team|specialists?|clinic|service|"
    r"symptoms|patients|therapy|treatment|regime|tremor|flare)\b)",
    re.IGNORECASE,
)


def _upper_class() -> str:
    return "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())


_UPPER = _upper_class()
# A capitalised word (or an initial), its possessive apart: group 1 the word, group 2 "'s".
# The look-behind comes after the first letter so the engine can skip to capitals quickly.
# Words that open sentences and are never part of a name or a place: dropped with one set
# lookup before any work is done on them.
_OPENERS = (
    "The She He It They We This That There Then When On At In Her His An Was Were And But If "
    "As For To No Not All Also However Following During After Before By With From Is Are Had "
    "Has Have Our Their Its These Those Once While Although Because So Yes Please Dear Hello Hi"
    # after the sixth blind pack: "I" with a verb ("Hi, I'm writing") is never a name
    " I'm I’m I've I’ve I'd I’d I'll I’ll"
).split()


_OPENER_WORDS = frozenset(_OPENERS) | frozenset(word.upper() for word in _OPENERS)


# Speed: the apostrophe-or-hyphen parts are written "(?:X(?:X)*|)" rather than "(?:X)*", so a
# word without one passes on its first character instead of entering a repeat (the same tries in
# the same order); and the endings open with the full stop and the usual end of a word: the
# possessives need an apostrophe there and the other two none, so no order between them changes.
_APOSTROPHE_PART = r"['’-](?!s(?!\w))[^\W\d_]+"
# After the thirty-fourth blind pack: a Zulu patronymic joins "ka" (child of) to the father's
# name in one word ("Themba kaMandla Ngcobo"); the name after "ka" is read as a word of its own.
_CAPITALISED = re.compile(
    rf"[{_UPPER}](?:(?<![\w'’&-][{_UPPER}])|(?<=(?<!\w)ka[{_UPPER}]))"
    rf"[^\W\d_]*(?:{_APOSTROPHE_PART}(?:{_APOSTROPHE_PART})*|)"
    r"(?:\.(?<=(?<![\w.])[A-Z]\.)|(?![\w'’])|(['’]s)(?!\w)|(?<=s)(['’])(?!\w))"
)
_SENTENCE_END = frozenset(".!?\n\r:;•*–—|")
_SKIP_BEFORE = ' \t"“”‘(['
_JOINERS = frozenset({" ", "  ", "\t"})
# Lower-case particles inside a name: "van Beaumont", "de la Cruz", "van 't Erve", "bin Salleh".
# (after the twenty-fifth blind pack: "ould", son of, as Mauritanian names write it, "Ahmed ould
# Sidati")
# (after the twenty-sixth blind pack: "binti" and "binte", daughter of, as Malay names write it,
# "Nurul binti Hashim")
_PARTICLES = frozenset(
    "van von de der den del della di da dos das du ter ten 't bin binti binte ibn la ap le ould".split()
)
# After the twenty-ninth blind pack: "ferch" (and its older spelling "verch"), daughter of, as
# Welsh patronymics write it ("Gwenllian ferch Rhodri", "G. ferch Rhodri", "Dr ferch Rhodri").
_PARTICLES = _PARTICLES | frozenset(("ferch", "verch"))
# After the thirtieth blind pack: the Irish "Uí" (a married woman's surname, "of the family of")
# and "Ní" (daughter of) join a given name to the family's name as "ferch" does ("Siobhán Uí
# Dhálaigh", "UÍ DHÁLAIGH, Siobhán", "siobhán ní bhriain"); written with the accent only, so
# neither is an English word.
_PARTICLES = _PARTICLES | frozenset(("uí", "ní"))
# Clinical and NHS acronyms of four letters or more that a capitalised word may precede.
_ACRONYMS = frozenset(
    """
    ctpa mrsa copd nstemi stemi sdec cpap bipap dnacpr respect pews sbar must pals hsib hssib
    ooh psirf lfpse steis dols tto vte cauti clabsi dvla mash idva marac hcpc gmc nmc ukhsa mhra
    nice nhsbt nhse ccg icb icu itu hdu resus amu sau cdu ecmo ercp egfr esbl aaa aki copd pin
    """.split()
)
# Abbreviations written with a full stop inside a name: "St. Mary's", "Dr. Smith".
_ABBREVIATIONS = frozenset(
    {"st", "dr", "mr", "mrs", "ms", "miss", "prof", "rev", "revd", "sr", "jr"}
)


def finditer_from(
    text: str, openings: Iterable[str], pattern: re.Pattern[str]
) -> Iterable[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, when every match of ``pattern`` starts with one of
    the strings ``openings``. Speed: the regex engine scanning for a pattern that starts with a
    character class tests the class at every position of the text; ``str.find`` looks for each
    opening far faster, and the pattern is then tried only where one is written."""
    starts: list[int] = []
    for opening in openings:
        position = text.find(opening)
        while position != -1:
            starts.append(position)
            position = text.find(opening, position + 1)
    starts.sort()
    position = 0
    for start in starts:
        if start >= position and (match := pattern.match(text, start)):
            yield match
            position = match.end()


@cache
def _lists():
    return first_names(), surnames(), english_words(), places(), not_names(), eponym_index()


# Speed: what a token makes of its word (its length without "'s", the word, the key, whether it
# is an initial and in capitals), kept for words that end in neither "s", an apostrophe nor a full
# stop: their regex groups are then always empty, so the word alone decides all of it.
_WORD_FORMS: dict[str, tuple[int, str, str, bool, bool]] = {}


class _Token:
    __slots__ = ("start", "end", "stop", "key", "word", "possessive", "initial", "caps")

    def __init__(self, match: re.Match[str], word: str):
        self.start, self.stop = match.span()  # the stop is after any "'s"
        form = _WORD_FORMS.get(word)
        if form is not None:
            length, self.word, self.key, self.initial, self.caps = form
            self.possessive = False
            self.end = self.start + length
            return
        whole_s, bare = match.groups()
        self.possessive = whole_s is not None or bare is not None
        if self.possessive:
            word = word[: -2 if whole_s else -1]
        self.end = self.start + len(word)  # the word without its "'s", with an initial's "."
        if word[-1] == ".":
            word = word[:-1]
        self.word = word
        key = word.lower()
        self.key = key.replace("’", "'") if "’" in key else key
        self.initial = len(word) == 1
        self.caps = not self.initial and word.isupper()
        if not self.possessive and word[-1] not in "s'’." and self.end - self.start == len(word):
            if len(_WORD_FORMS) > 20_000:
                _WORD_FORMS.clear()
            _WORD_FORMS[word] = (len(word), word, self.key, self.initial, self.caps)


# "Re-referral", "Pre-op", "Non-verbal", "Self-harm": a prefix and a lower-case English word
# opening a sentence name no one (after the sixth blind pack).
_WORD_PREFIXES = frozenset(
    "re pre post non anti co self sub over under multi inter mis de ex semi".split()
)


@lru_cache(maxsize=4096)
def _prefixed_word(word: str) -> bool:
    prefix, _, rest = word.partition("-")
    return (
        prefix.lower() in _WORD_PREFIXES
        and word.lower() != "co-op"  # a name of shops and funeral directors
        and rest.islower()
        and rest.replace("-", "").isalpha()
        and all(part in _lists()[2] for part in rest.split("-"))
    )


def capitalised_runs(text: str) -> list[list[_Token]]:
    """The capitalised words of ``text`` (and initials) in runs of neighbours joined by spaces:
    one regular expression pass, read by the name, organisation and place finders alike."""
    runs: list[list[_Token]] = []
    run: list[_Token] = []
    for match in _CAPITALISED.finditer(text):
        word = match.group()
        if word in _OPENER_WORDS or ("-" in word and _prefixed_word(word)):
            continue
        token = _Token(match, word)
        if run and token.start == run[-1].stop + 1 and text[token.start - 1] == " ":
            run.append(token)  # the usual case, decided without slicing the text
            continue
        gap = text[run[-1].stop : token.start] if run else ""
        if (
            run
            and (
                gap in _JOINERS
                or gap == " ka"  # "Themba kaMandla Ngcobo" (see `_CAPITALISED`)
                or (gap == ". " and run[-1].key in _ABBREVIATIONS)
                or (
                    len(gap) < 14
                    and gap[:1] == gap[-1:] == " "
                    and _PARTICLES.issuperset(gap.split())
                )
                # "Dr. van Nimwegen": a title's full stop, then particles
                or (
                    gap[:2] == ". "
                    and run[-1].key in _ABBREVIATIONS
                    and len(gap) < 15
                    and gap[-1:] == " "
                    and _PARTICLES.issuperset(gap[1:].split())
                )
            )
        ):
            run.append(token)
        else:
            if run:
                runs.append(run)
            run = [token]
    if run:
        runs.append(run)
    return runs


# Words around an unlisted capitalised word that say it is a person, not a drug or a device:
# "found Savorgnan on the floor", "Musiolik said", but not "given Syntocinon", "the Hoyer hoist".
_BEFORE_A_PERSON = frozenset(
    """
    by found told asked saw informed helped assisted escorted reassured encouraged supported
    examined reviewed discussed whom patient resident client advised met per mentioned mention
    """.split()
)
# After the thirty-third blind pack: whom someone rang or phoned ("rang Tika from home", "phoned
# Ljubo at six"); a service rung is a listed or a dictionary word ("rang Control", "rang NHS").
_BEFORE_A_PERSON |= frozenset(("rang", "phoned"))
_RUNG = frozenset(("rang", "phoned"))
# A telephone service's name ends so ("rang Careline", "phoned Healthcall"), never a person's;
# and a word the text writes after "the" elsewhere is a place's or a thing's.
_LINE_ENDINGS = ("line", "call", "link", "desk", "com", "care", "phone")
# What follows a person, not a drug, a device or a place: a person's verb ("Musiolik said",
# "Dorota was detained", "Tomasz had been"), their age (", a 39-year-old", ", aged 36"), their
# role in brackets ("Joaquim (Senior Midwife)"), or a possessive of kin or care ("Hussain's
# nephew", "Briggs's nutrition").
_PERSON_AFTER = re.compile(
    r"(?:[ \t]+(?:said|told|reported|denied|refused|declined|agreed|fell|died|attended|waited|"
    r"became|felt|complained|stated|explained|mentioned|remained|wanted|wished|lives|lived|live|"
    # after the eleventh blind pack: only a person apologises or has capacity for a decision
    r"apologised|apologized|(?:had|has|lacks|lacked)\s+capacity|"
    r"called|rang|phoned|asks|asked|says|confirms|confirmed|came|went|arrived|returned|underwent|"
    r"spent|describes|described|stayed\s+(?:with|late|an?\s+extra|overnight|behind)|wrote|writes|"
    r"always\s+(?:said|says|wanted|told|loved|liked)|normally|usually|presented|needed|"
    r"loves|saw|answered|received|was\s+asking|had\s+died|is\s+(?:reported|registered)|"
    r"tells|witnessed|prefers|recommended|e-?mailed|estimated|struck|"
    r"noticed|spotted|would\s+like|has\s+flagged|reconciled|"
    # After the thirty-first blind pack: only a person drives somewhere, thinks something or
    # faints ("Tiko drove round", "Destiny thought he had been drinking"); not "logged", as a
    # system logs a user out.
    r"drove|thought(?=\s+(?:he|she|they|that|it|this|his|her)\b)|fainted|"
    # After the thirty-second blind pack: only a person walks, pulls, lifts or carries someone
    # ("Gunna has walked him home", "Cesc and Fetu pulled him up the ladder"); not "helped her",
    # as a drug helps.
    r"(?:has\s+|had\s+)?(?:walked|pulled|lifted|carried|dragged|hugged)\s+(?:him|her|them)\b|"
    r"can\s+be\s+(?:reached|contacted)|is\s+aware|(?:on\s+)?ext\.?\s*\d+|"
    r"to\s+(?:update|phone|ring|e-?mail|hold|contact|chase|visit)\b|"
    r"(?:also\s+)?has\s+(?=[A-Z][\w'’-]+['’]s\b)|"
    r"(?:is|was)\s+\d{1,3}[\s-]*(?:yrs?|years?)\b|"
    r"who|whose|himself|herself|did\s+not|c/o|settled|visited|present|"
    r"is\s+(?:known|being)|(?:is|was)\s+\d{2,3}(?=\s+years|\s+and\b|[.,;](?!\d))|has\s+asked|"
    # after the ninth blind pack: away from work, or where a resident lived before
    r"was\s+off\s+sick|(?:is|was)\s+on\s+(?:annual\s+|sick\s+)?leave|previously\s+(?:at|lived)|"
    r"was\s+(?:(?:later|then|also|subsequently)\s+)?(?:admitted|readmitted|detained|found|"
    r"nursed|known|taking|reviewed|seen|discharged|conveyed|advised|informed|"
    r"transferred|born|moved|sectioned|alert|independent|independently|mobilising|unable|able|"
    r"noted|brought|assessed|visited|told|asked|upset|distressed|confused|agitated|"
    r"last\s+seen)|had\s+(?:been|moved|previously|an?|no|lived|fallen|not)|has\s+(?:been|a|an|no))\b"
    r"|[ \t]*[,(][ \t]*(?:a|an)[ \t]+\d|[ \t]*[,(][ \t]*aged?[ \t]+\d"
    r"|[ \t]+(?:sister|s/n|sn|rn|rgn|rmn|hca|nurse|staff\s+nurse)(?=[.,;]|[ \t]*$)"
    r"|(?:[ \t]+\(|,[ \t]*)(?:son|daughter|husband|wife|partner|mother|father|brother|sister|"
    r"grandson|granddaughter|niece|nephew|aunt|uncle|cousin|friend|neighbour|carer|son-in-law|"
    r"daughter-in-law|next\s+of\s+kin|nok)\)"
    r"|[ \t]+\((?:(?:senior|junior|staff|charge|student|specialist|community|ward|clinical|"
    r"healthcare|nursing|duty|night|day)[ \t]+)*(?:nurse|midwife|sister|matron|consultant|"
    r"registrar|doctor|hca|rn|cpn|fy1|fy2|sho|paramedic|physio|physiotherapist|pharmacist|"
    r"carer|assistant|manager|psychiatrist|therapist|lead|practitioner|social|sn|s/n|sr|rmn|rgn|"
    r"en|na|ot|hcsw|support\s+worker|dietitian|imt\d?|ct\d|st\d|spr)\)?"
    r"|['’]s[ \t]+(?:son|daughter|husband|wife|partner|mother|father|mum|dad|brother|sister|"
    r"nephew|niece|grandson|granddaughter|aunt|uncle|cousin|family|carer|carers|friend|"
    r"neighbour|gp|care|nutrition|mobility|skin|condition|medication|medicines|notes|records|"
    r"behaviour|wishes|needs|death|baby|pain|lying|room|bed|home|house|fall|falls|weight|"
    r"observations|blood|oxygen|next\s+of\s+kin|younger|older|sibling|siblings|grandmother|"
    r"grandfather|grandparents?|contact|address|record|phone|mobile|allergy|school|partner|"
    r"funeral|views|story))",
    re.IGNORECASE,
)


# What a person does, after a name between commas ("the screener, Bogumiła, noticed"); only
# acts, as a drug or a device between commas may be "reviewed" or "noted".
_ACTS_AFTER_COMMA = re.compile(
    r"[ \t]+(?:noticed|said|told|explained|confirmed|rang|phoned|called|wrote|spotted|asked|"
    r"agreed|arrived|attended|escalated|recognised|raised|wanted|had\s+(?:worked|asked|told))\b"
)
# A word in no list before "had been given" is a drug, not a person ("Lucentis had been given",
# after the sixth blind pack); a listed name stays a person ("TURNER had been given").
_GIVEN_AFTER = re.compile(
    r"[ \t]+had[ \t]+been[ \t]+(?:given|administered|prescribed|started|commenced|restarted|"
    r"stopped|withheld|omitted|held|applied|inserted|infused|dispensed|changed|increased|reduced)\b"
)
_IS_WAS = frozenset({"is", "was"})
_ROLE_IS = re.compile(r"([A-Za-z]+\d?)[ \t]+(?:(?:tonight|today|now)[ \t]+)?(?:is|was)[ \t,]+$")


def _role_before_is(text: str, start: int) -> bool:
    """Whether a role word is just before "is" or "was" before ``start`` ("key worker is ")."""
    match = _ROLE_IS.search(text, max(0, start - 30), start)
    return match is not None and match[1].lower() in ROLE_WORDS


# After the forty-ninth blind pack: a letter's heading may name the office a letter comes from
# by a job ("Office of the headteacher, Amblecote", "Department of the coroner, Hexham"): the
# word closing that line after the job and a comma is the office's town, not the job's holder.
_OFFICE_OF_A_JOB = re.compile(
    r"(?:Office|Department|Chambers|Secretariat)[ \t]+of[ \t]+the[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}"
    r"[a-z][a-z-]*,[ \t]*$"
)


_TOWN_CLOSING_LINE = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]*(?:\n|$)")


def _office_of_a_job_before(text: str, start: int) -> bool:
    """Whether a job's office heads the line before ``start`` and capitalised words close it."""
    return (
        _TOWN_CLOSING_LINE.match(text, start) is not None
        and _OFFICE_OF_A_JOB.search(text, max(0, start - 60), start) is not None
    )


def _word_before(text: str, start: int) -> tuple[str, bool]:
    """The word before ``start`` (lower case, skipping a comma) and whether ``start`` opens a
    sentence."""
    # Speed: read in a window with str.rstrip, which is quicker than stepping back a character
    # at a time; the loop below is for a window that holds no whole word.
    window_start = start - 40 if start > 40 else 0
    head = text[window_start:start].rstrip(_SKIP_BEFORE)
    if head:
        if head[-1] in _SENTENCE_END:
            return "", True
        body = head.rstrip(",").rstrip(" \t")
        k = len(body)
        while k and (body[k - 1].isalnum() or body[k - 1] in "-'’"):
            k -= 1
        if k or not window_start:
            return normalise(body[k:]), False
    elif not window_start:
        return "", True
    j = start
    while j and text[j - 1] in _SKIP_BEFORE:
        j -= 1
    if j == 0 or text[j - 1] in _SENTENCE_END:
        return "", True
    k = j
    while k and text[k - 1] == ",":
        k -= 1
    while k and text[k - 1] in " \t":
        k -= 1
    end = k
    while k and (text[k - 1].isalnum() or text[k - 1] in "-'’"):
        k -= 1
    return normalise(text[k:end]), False


_PIECES = re.compile(r"[-/]")


def is_clinical(text: str, start: int, end: int) -> bool:
    """Whether the name-like word at ``text[start:end]`` is part of a clinical term."""
    if _CLINICAL_FOLLOWER.match(text, end):
        return True
    key = normalise(text[start:end])
    patterns = _lists()[5].get(key)
    if not patterns:
        if "-" not in key and "/" not in key:
            return False  # one piece, and it is not in an eponym
        pieces = _PIECES.split(key)
        patterns = tuple(p for piece in pieces for p in _lists()[5].get(piece, ()))
        if not patterns:
            return False
    window_start = max(0, start - 60)
    window_end = min(len(text), end + 60)
    for pattern in patterns:
        for match in pattern.finditer(text, window_start, window_end):
            if match.start() <= start and end <= match.end():
                phrase = match.group()
                # A lone possessive ("Addison's") is the condition only when nothing but
                # punctuation or a conjunction follows: "Parkinson's son" is a person.
                if " " not in phrase and phrase[-1:] in "s’'" and "'" in phrase.replace("’", "'"):
                    if not _AFTER_LONE_EPONYM.match(text, match.end()):
                        continue
                return True
    return False


# ---------------------------------------------------------------------------------------------
# Names without a record
# ---------------------------------------------------------------------------------------------


# English words that follow a job as part of it ("nurse Specialist"), never a name after one.
_JOB_NOUNS = frozenset("specialist associate educator trainee apprentice agency bank".split())


# After the sixth blind pack: who checked, gave or witnessed something is a person ("insulin
# given, checked by Coral.", "Datix raised by Hamid"): one capitalised word after such "by".
_ACT_BY = re.compile(
    r"(?<![\w-])(?:checked|double-checked|given|witnessed|countersigned|co-signed|administered|"
    r"verified|raised)[ \t]+by[ \t]+$"
)


_AFTER_ACT_BY = re.compile(r"[ \t]*(?:$|[\n,;.)]|(?:and|at|on|after|before|who|with|in|from)\b)")


def _act_by(text: str, start: int, stop: int | None = None) -> bool:
    """Whether such a "by" is before ``start``; with ``stop``, the word ends a clause too ("given
    by Buccal route" is a way of giving)."""
    if stop is not None and not _AFTER_ACT_BY.match(text, stop):
        return False
    return _ACT_BY.search(text, max(0, start - 24), start) is not None


def _after_lower_case_role(text: str, token: _Token) -> bool:
    """Whether a job or a relationship written in lower case stands just before ``token`` (a
    comma between allowed), and a comma, a stop, a bracket or a lower-case word just after it."""
    start = token.start
    # Speed: most capitalised words open a sentence or follow another capitalised word.
    if (
        start < 3
        or text[start - 1] != " "
        or not (text[start - 2].islower() or text[start - 2] == ",")
    ):
        return False
    after = text[token.stop : token.stop + 2]
    if not (not after or after[0] in ",;.)\n" or (after[0] == " " and after[1:2].islower())):
        return False
    word, opens = _word_before(text, start)
    if opens or not (
        word in ROLE_WORDS
        or word in RELATIONSHIPS
        or (word == "by" and _act_by(text, start, token.stop))
    ):
        return False
    k = start - 1
    while k and text[k - 1] in " ,\t":
        k -= 1
    return k >= len(word) and text[k - len(word)].islower()


# Surnames that are also the last word of a place, a building or a team ("Tameside Hall",
# "Pennine Green", "Ridley House"): not a surname after an unlisted word.
_PLACE_SURNAMES = frozenset(
    """
    hall green hill hills wood woods field fields park lane street house gate gates bridge well
    wells moor dale brook ford bank banks cross church chapel mill mills castle court grange
    lodge manor vale way row end heath marsh common meadow meadows garden gardens road close
    place square grove croft view rise walk centre center unit ward wing tower towers port
    bay beach lake hospital college school surgery practice health care clinic team trust
    """.split()
)
# After the twenty-fourth blind pack: where a field of a list or a log ends: a closing quote, a
# column's gap of two spaces or a tab, a comma, a bar, a bracket or the line's end.
_FIELD_END = re.compile(r"""(?:["'\u201d]|  |\t|\s*[,|)]|[ \t]*(?:\n|$))""")


def _in_a_column(text: str, before: int, start: int) -> bool:
    """Whether a column's gap (two spaces or a tab) parts the word at ``start`` from what is
    before it, as aligned logs print one field after another."""
    gap = text[before:start]
    return "  " in gap or "\t" in gap


# After the twenty-fourth blind pack: a unit's shorthand in capitals, never a surname written so
# ("NICU, Apgars of 3"), though "Nicu" is a given name.
_UNIT_CAPITALS = frozenset(("nicu", "picu", "scbu"))
# After the twenty-fourth blind pack: words that open a place's or a disease's name before a word
# in no list ("West Nile virus"), not a given name.
_PLACE_OPENERS = frozenset(("north", "south", "east", "west", "upper", "lower", "great", "new"))
# After the twenty-fourth blind pack: words before a person named beside another or through whom
# something came ("by Kirsty and Charity Trinh", "through Happiness Olatunji").
_BESIDE_A_PERSON = frozenset(("and", "through"))
# After the twenty-fourth blind pack: what may follow a name's single closing initial: a comma,
# a full stop, a semicolon, a colon, a bar or the line's end, or a lower-case word.
# (after the twenty-fifth blind pack: or a bracket opening on what they are or did, "Ruth C (nurse
# educator) has run sessions", "sent by Ailsa N (noted on the Datix)")
_ONE_INITIAL_CLOSES = re.compile(r"\.?(?:[,.;:|)]|[ \t]*(?:\n|$)|[ \t]+[a-z]|[ \t]+\([a-z])")
# Honorifics that are never a surname ("Dr Lord" and "Mr Nurse" are people).
_ADDRESS_FORMS = frozenset("mr mrs ms miss mx dr doctor prof professor mister".split())
# Endings of job titles, never of a name: "Lead Audiologist", "Senior Sonographer".
_JOB_ENDINGS = ("ologist", "iatrist", "ographer", "ician", "therapist")


# After the thirty-first blind pack: a word for a person just before a comma, whose name may follow
# between commas ("The Foreman, ...", "the paramedics, ...", "A member of the public, ..."); a
# thing's word ("The new pump, Alaris Plus,") is not one.
_PERSON_NOUNS = frozenset(
    """
    public bosun instructor examiner controller operative carer paramedic aider witness
    neighbour friend customer passenger visitor member lifeguard banksman foreman gaffer
    """.split()
)
# After the thirty-second blind pack: the people a leisure or a lodging business names by their
# part in what happened ("The course attendant, ...", "our second coach, ...", "The landlady,
# ...", "a team-mate, ..."), as the rest are named above.
_PERSON_NOUNS |= frozenset(
    """
    attendant coach landlady landlord trainer mate cashier medic steward marshal usher ranger
    warden caretaker
    """.split()
)
# After the thirty-third blind pack: the people who run a show, a venue, a bout or a match are
# named so too ("The pantomime's producer, ...", "the gym's Timekeeper, ...", "The hotel's
# Concierge, ...", "The referee, ...", "the organiser, ...").
_PERSON_NOUNS |= frozenset(
    """
    timekeeper concierge producer organiser organizer referee promoter physio groom
    """.split()
)
# After the thirty-fourth blind pack: a specialist who came to help is named so ("A play
# specialist, ...", "the falls specialist, ...").
_PERSON_NOUNS |= frozenset(("specialist",))
# After the thirty-seventh blind pack: the trades of a building site, a street works gang or a
# utility's crew name their people so too ("The Ganger, ...", "The Shift Fitter, ...", "the
# Slinger Signaller on the ground, ...").
_PERSON_NOUNS |= frozenset(
    """
    ganger jointer fitter slinger signaller scaffolder labourer plasterer roofer glazier
    bricklayer electrician plumber joiner steeplejack rigger
    """.split()
)
_PERSON_NOUN_ENDINGS = ("man", "men", "guard", "guards")
# What a staff or charge nurse's post has, never their surname (see the title rule below), and
# what may follow such a surname: a stop, a comma, a bracket or a lower-case word.
_NURSE_POST_WORDS = frozenset(
    """
    training meeting meetings post posts vacancy vacancies rota station uniform role roles
    shortage team bank agency band level grade course courses interview interviews job jobs
    competency competencies handover lead development programme induction
    """.split()
)
_NURSE_SURNAME_CLOSES = re.compile(r"[,.;:)]|[ \t]+[a-z]|[ \t]*(?:\n|$)")
_WORD_BEFORE_COMMA = re.compile(r"([a-z]+)['’]?$", re.IGNORECASE)


# After the thirty-second blind pack: a name is set off as a person's too when a job follows it
# between commas ("Hannele Gale, the ward nurse, recorded", "..., the nurse who triaged her"):
# a comma, "the", "a" or "our", up to two words and a word for a person (see above) that closes
# the phrase.
_JOB_AFTER_NAME = re.compile(
    r",[ \t]+(?:the|a|an|our|their|his|her)[ \t]+(?:[a-z'’-]+[ \t]+){0,2}[a-z]+(?=,|[ \t]+who\b)"
)


def _person_after_name(text: str, end: int) -> bool:
    match = _JOB_AFTER_NAME.match(text, end)
    return match is not None and _person_before_comma(text, match.end())


# After the thirty-second blind pack: the word for the person may come before what they did to
# someone ("the nurse who saw her, Rivo Vilalta, was kind", "the paramedic who drove him, ...").
_OBJECTS = frozenset(("her", "him", "them", "me", "us"))
_WHO_DID_BEFORE_COMMA = re.compile(
    r"([a-z]+)[ \t]+who[ \t]+[a-z]+[ \t]+(?:her|him|them|me|us)$", re.IGNORECASE
)


def _person_before_comma(text: str, comma: int) -> bool:
    match = _WORD_BEFORE_COMMA.search(text, max(0, comma - 30), comma)
    if match is None:
        return False
    word = match[1].lower()
    if word in _OBJECTS:
        match = _WHO_DID_BEFORE_COMMA.search(text, max(0, comma - 50), comma)
        if match is None:
            return False
        word = match[1].lower()
    single = word[:-1] if word.endswith("s") else word
    return (
        word in ROLE_WORDS
        or single in ROLE_WORDS
        or word in RELATIONSHIPS
        or single in RELATIONSHIPS
        or word in _PERSON_NOUNS
        or single in _PERSON_NOUNS
        or word.endswith(_PERSON_NOUN_ENDINGS)
    )


def guessed_name_spans(
    text: str, runs: list[list[_Token]] | None = None, lowered: str | None = None
) -> list[tuple[int, int]]:
    """Names the record does not know, found from the name lists, capitals and context.
    ``lowered``, the text normalised, lets the relationship words absent from it go unscanned."""
    firsts, lasts, english, towns, never, eponyms = _lists()
    found: list[tuple[int, int]] = []
    if runs is None:
        runs = capitalised_runs(text)

    def usable(token: _Token) -> bool:
        # Could this capitalised word be part of a name at all?
        return token.key not in never and token.key not in _TITLE_KEYS

    def plain(token: _Token) -> bool:
        # A word that is a name by itself: not English, not a place.
        return token.key not in english and token.key not in towns

    def _surname_in_capitals(token: _Token) -> bool:
        # "Madalena FIGUEIREDO" as coroners write it; not an acronym such as CTPA or NSTEMI.
        return (
            len(token.word) >= 4
            and token.key not in english
            and any(vowel in token.key for vowel in "aeiouy")
            and token.key not in _ACRONYMS
            and token.key not in _UNIT_CAPITALS
        )

    def is_title(token: _Token) -> bool:
        return token.key in _TITLE_KEYS or token.key in ROLE_WORDS

    def could_be_name(token: _Token) -> bool:
        return usable(token) and (token.key not in english or token.key in firsts)

    def eponymous(token: _Token) -> bool:
        if token.key in eponyms:
            return is_clinical(text, token.start, token.end)
        # "a Bennett's fracture", "the Baxter pump": a clinical word after it, list or not.
        return _CLINICAL_FOLLOWER.match(text, token.end) is not None

    def eponymous_surname(first: _Token, token: _Token) -> bool:
        # After the eleventh blind pack: an eponym written alone, with no possessive and no
        # clinical word after it, straight after a first name is that person's surname ("Folake
        # Hartmann", "Ciaran Fitzpatrick"; "Hartmann's solution", "Fitzpatrick type" stay).
        if (
            token.key in eponyms
            and not token.possessive
            and not first.possessive
            and not first.caps
            and first.key not in eponyms
            and (first.key in firsts or plain(first))
            and text[token.end : token.end + 1] not in ("'", "’")
            and not _CLINICAL_FOLLOWER.match(text, token.end)
        ):
            return False
        return eponymous(token)

    def surname_like(token: _Token) -> bool:
        return usable(token) and (
            token.key in lasts or token.key in firsts or token.caps or plain(token)
        )

    def extend(run: list[_Token], i: int) -> int:
        """Index past the name that starts at run[i]: middle names, initials and a surname."""
        j = i + 1
        while j < len(run) and j - i < 4 and not run[j - 1].possessive:
            token = run[j]
            # After the twenty-fourth blind pack: a name does not cross a column's gap of two
            # spaces or a tab, as logs print one field after another ("HALE, Jon  Pharmacist").
            if _in_a_column(text, run[j - 1].stop, token.start):
                break
            # Right after a name, a capitalised word is its surname even if it is also an
            # English word ("Francisco Bonnet", "Jane Brown"); further on it must look like one.
            if (
                token.initial
                or surname_like(token)
                or token.key in lasts
                or (j == i + 1 and usable(token) and not token.caps and token.key not in towns)
            ):
                j += 1
            else:
                break
        while j - 1 > i and run[j - 1].initial:  # "Sarah J" at a sentence end: not an initial
            j -= 1
        return j

    def job_then_name(run: list[_Token]) -> int:
        """Where the name starts in a run of a job's words and its holder's name, or 0."""
        for k in range(1, len(run) - 1):
            token = run[k - 1]
            if (
                token.key not in english
                or token.key in towns
                or token.caps
                or token.initial
                or token.possessive
            ):
                return 0
            name = run[k]
            # a listed first name, or one in no list and no dictionary ("Sorina", "Munko")
            if (
                not (name.key in firsts or (plain(name) and len(name.word) >= 3))
                or name.caps
                or name.initial
                or name.possessive
            ):
                continue
            job = token.key
            if not (job in ROLE_WORDS or job.endswith(_JOB_LIKE_ENDINGS_BEFORE_NAME)):
                continue
            if job in _NOT_JOBS or job in _PLACE_OPENERS:
                return 0
            following = run[k + 1]
            if (
                extend(run, k) == len(run)
                and usable(following)
                and not following.initial
                and following.key not in ROLE_WORDS
                and following.key not in _SHORTHAND
                and (name.key not in english or following.key in lasts or plain(following))
                and run[-1].key not in _PLACE_SURNAMES
                and not any(eponymous(part) for part in run[k:])
                and _NAME_AFTER_JOB_CLOSES.match(text, run[-1].end)
            ):
                return k
            return 0
        return 0

    def _word_given_name(token: _Token) -> bool:
        # Not a verb's or an adverb's form ("WARFARIN, Stopped"), and only after a surname
        # longer than a score's letters ("AVPU, Alert") unless the lists hold it.
        surname = previous_run[-1] if previous_run else None
        return (
            surname is not None
            and (len(surname.word) >= 5 or surname.key in lasts)
            and not token.key.endswith(("ed", "ing", "ly"))
            and token.key not in never
            and token.key not in towns
            and not token.possessive
            and _FIELD_END.match(text, token.end) is not None
        )

    previous_run: list[_Token] | None = None
    for run in runs:
        word_given = False
        # Speed: a capitalised English word alone ("Learning", "Patient", "August") that is no
        # listed name, title or role word, in neither capitals nor an initial, names no one
        # whatever is around it (every rule below needs one of those), so it is passed over.
        if len(run) == 1:
            key = run[0].key
            if (
                key in english
                and key not in firsts
                and key not in lasts
                and not run[0].caps
                and not run[0].initial
                and key not in _TITLE_KEYS
                and key not in ROLE_WORDS
                # "GOLDBERG, Rejoice": read below as a name written surname first
                and not (
                    previous_run
                    and previous_run[-1].caps
                    and text[previous_run[-1].end : run[0].start] == ", "
                )
            ):
                # "the school nurse Royal was", "the team leader, Blessing;", "her cousin Sky)":
                # after a job or a relative written in lower case, a capitalised word alone is a
                # name even when it is also a word.
                if (
                    _after_lower_case_role(text, run[0])
                    and key not in never
                    and key not in towns
                    and key not in _NOT_SIGNER
                    and key not in _JOB_NOUNS
                    and not eponymous(run[0])
                ):
                    found.append((run[0].start, run[0].end))
                previous_run = run
                continue
        i = 0
        # the word before the run, read when needed (a flag, not None, so mypyc knows its type)
        before_run: tuple[str, bool] = ("", False)
        have_before_run = False
        # "Smith, John": a listed surname (or one in capitals) ending the run before, a comma,
        # and a listed first name opening this one.
        if (
            previous_run
            and text[previous_run[-1].end : run[0].start] == ", "
            and (
                (
                    run[0].key in firsts
                    and run[0].key not in english
                    and (
                        previous_run[-1].key in lasts
                        or (previous_run[-1].caps and _surname_in_capitals(previous_run[-1]))
                    )
                )
                # "VASTENHOUW, Kian": a surname in capitals, then a first name the lists lack.
                or (
                    previous_run[-1].caps
                    and _surname_in_capitals(previous_run[-1])
                    and not run[0].caps
                    and not run[0].initial
                    and (
                        plain(run[0])
                        # After the twenty-fourth blind pack: a given name that is also a word
                        # ("GOLDBERG, Rejoice", "TRINH, Honour") when it closes the field, as
                        # lists and logs write surname-first names; not "SBAR, Situation and".
                        or (word_given := _word_given_name(run[0]))
                    )
                )
            )
            and usable(previous_run[-1])
            and not eponymous(run[0])
            and not previous_run[-1].possessive
        ):
            end = 1 if word_given else extend(run, 0)
            found.append((previous_run[-1].start, run[end - 1].end))
            i = end
        while i < len(run):
            token = run[i]
            key = token.key
            if (
                token.initial
                and text[token.start - 1 : token.start] == "/"
                and text[token.start - 2 : token.start - 1].islower()
            ):
                # "Hb 71 g/L. GCS 15": a unit, not an initial ("S/N Young" is a nurse); what
                # follows is read as a run of its own.
                run, i, have_before_run = run[i + 1 :], 0, False
                continue
            # A title or role word inside the run: "Mr", "Dr J. Smith", "Staff Nurse Jane Smith".
            if (
                key in _TITLE_KEYS
                or key in ROLE_WORDS
                or (key in _TITLE_LEADS and i + 1 < len(run) and is_title(run[i + 1]))
                or (key in _HAND_LEADS and i + 1 < len(run) and run[i + 1].key in _HANDS)
            ):
                j = i
                while j < len(run) and (
                    run[j].key in _TITLE_KEYS
                    or run[j].key in ROLE_WORDS
                    # "Staff Nurse", "Ward Sister"; but "Mrs Ward" is a name
                    or (run[j].key in _TITLE_LEADS and j + 1 < len(run) and is_title(run[j + 1]))
                    or (run[j].key in _HAND_LEADS and j + 1 < len(run) and run[j + 1].key in _HANDS)
                    or (run[j].key in _HANDS and j > i and run[j - 1].key in _HAND_LEADS)
                ):
                    j += 1
                if j < len(run) and not run[j - 1].possessive:
                    honorific = run[j - 1].key in HONORIFICS
                    name = run[j]
                    # "Nurse June Gogarty": a listed first name that is also a month or a faith
                    # counts when a surname follows it.
                    listed_pair = (
                        name.key in firsts and j + 1 < len(run) and surname_like(run[j + 1])
                    )
                    if honorific:  # "Mr Young", "Dr Ward": any capitalised word but a title
                        takes = name.key not in _TITLE_KEYS
                    elif (
                        # After the thirty-third blind pack: "Staff Nurse" and "Charge Nurse"
                        # name their holder as "Dr" does, so a word closing the run after them
                        # is a surname though it is a word too ("recorded by Staff Nurse
                        # Trotter."); what the post has ("Staff Nurse Vacancy", "Charge Nurse
                        # Meeting") stays.
                        j - i >= 2
                        and j == len(run) - 1
                        and run[j - 1].key == "nurse"
                        and run[j - 2].key in ("staff", "charge")
                        and name.key in english
                        and not name.caps
                        and name.key not in _NURSE_POST_WORDS
                        and name.key not in _TITLE_KEYS
                        and name.key not in ROLE_WORDS
                        and _NURSE_SURNAME_CLOSES.match(text, name.end)
                    ):
                        takes = True
                    else:  # "Nurse Green", "Sister J. Okafor"; not "Consultant Surgeon"
                        takes = listed_pair or (
                            usable(name)
                            and (name.initial or name.caps or surname_like(name))
                            and name.key not in _ACRONYMS  # "GP OOH", "Nurse DNACPR"
                            # "Lead IPC Nurse": shorthand naming what follows it
                            and not (name.key in _SHORTHAND and j + 1 < len(run))
                            and not name.key.endswith(_JOB_ENDINGS)  # "Lead Audiologist"
                            and not eponymous(name)
                            and (not name.initial or j + 1 < len(run))
                            # After the twenty-fourth blind pack: an English word in capitals
                            # that no name list holds, in a column of its own, is what the staff
                            # member did, as access audit trails print it ("Staff Nurse  VIEW
                            # Nursing note", "Pharmacist  EDIT"); "Nurse BROWN", "Sister GRACE",
                            # "Reviewer PL" and "Baby RIVER HUSSAIN" still count.
                            and not (
                                name.caps
                                and len(name.word) >= 4
                                and name.key in english
                                and name.key not in lasts
                                and name.key not in firsts
                                and _in_a_column(text, run[j - 1].stop, name.start)
                            )
                        )
                    if takes:
                        end = extend(run, j) if not name.initial else j + 1
                        if name.initial:
                            while end < len(run) and run[end].initial:
                                end += 1
                            if end < len(run) and (
                                surname_like(run[end])
                                # "RMN M. Dries", "Sister N. Ward": after a role and an
                                # initial, a capitalised word is the surname
                                or (usable(run[end]) and not eponymous(run[end]))
                            ):
                                end = extend(run, end)
                            elif not honorific:
                                i = j
                                continue
                        # Titles proper are redacted with the name; job words stay.
                        first_title = (
                            next(k for k in range(i, j) if run[k].key in _TITLE_KEYS)
                            if any(run[k].key in _TITLE_KEYS for k in range(i, j))
                            else j
                        )
                        if first_title > i and run[first_title - 1].key in _TITLE_LEADS:
                            first_title -= 1
                        found.append((run[first_title].start, run[end - 1].end))
                        i = end
                        continue
                elif (
                    j == len(run) == i + 2
                    and key in HONORIFICS
                    and run[i + 1].key not in _ADDRESS_FORMS
                    and not token.possessive
                ):
                    # "Dr Nurse", "Mr Lord": an honorific and a title word alone, with no name
                    # after it: the title word is the surname.
                    found.append((token.start, run[i + 1].end))
                i = j
                continue
            if not usable(token):
                i += 1
                continue
            # The word before the run, read only for a word that could start a name.
            if i == 0 and not have_before_run:
                before_run = _word_before(text, run[0].start)
                have_before_run = True
            # After an article or a possessive ("an Arjo hoist", "her Keppra was found", "the
            # Pinard"), a capitalised word without a title is a thing, not a person.
            # (After the thirty-second blind pack: not with a comma between, as "the nurse who saw
            # her, Rivo Vilalta, was kind" sets off a name after a pronoun.)
            if (
                i == 0
                and not before_run[1]
                and before_run[0] in _DETERMINERS
                and not (key in firsts and len(run) > 1 and run[1].key in lasts)
                and not (text[token.start - 2 : token.start] == ", " and before_run[0] in _OBJECTS)
            ):
                # After the forty-third blind pack: a run after an article may open with a job's
                # words the lists lack and close with its holder's name ("the Chief Electrician
                # Ann Roe stopped", "The News Editor Ann Roe offered", "the Stage Door Keeper
                # Ann Roe sat"): a job word (in a dictionary, with a job's ending) before a
                # listed first name and a surname closing the run, a lower-case word or a stop
                # after it. "the Upper Mary Street", "the Royal Albert Hall" and "the Carer Ann
                # Roe Fund" stay. Speed: only runs of three words or more.
                if len(run) >= 3 and (start := job_then_name(run)):
                    found.append((run[start].start, run[-1].end))
                    break
                i += 1
                while i < len(run) and not is_title(run[i]):
                    i += 1
                continue
            context = i == 0 and (
                before_run[0] in RELATIONSHIPS
                or (before_run[0] in ROLE_WORDS and not _office_of_a_job_before(text, run[0].start))
                or (
                    before_run[0] in _HANDS
                    and _HAND_JOB_BEFORE.search(text, max(0, run[0].start - 24), run[0].start)
                )
                or (before_run[0] in _ADDRESSING and not before_run[1])
                or (
                    before_run[0] == "by"
                    and not before_run[1]
                    and len(run) == 1
                    and not token.caps
                    and _act_by(text, run[0].start, run[0].stop)
                )
                # "The ward FY1 was Zsófia Marsh", "key worker is Cyril"
                or (
                    before_run[0] in _IS_WAS
                    and not before_run[1]
                    and _role_before_is(text, run[0].start)
                )
            )
            # After a role, a relationship or "by", a capitalised word that is also an English
            # word opens a name when a surname follows it ("the neighbour, Pearl Nováková",
            # "Completed by Sterling Popescu"; not "Consultant Surgeon").
            pair = (
                i == 0
                and (context or (before_run[0] == "by" and not before_run[1]))
                and len(run) > 1
                and not token.caps
                and not token.possessive
                and usable(run[1])
                and not run[1].initial
                and not run[1].caps
                and (run[1].key in lasts or plain(run[1]))
                and not eponymous_surname(token, run[1])
            )
            # After a relationship or role word: "her son David", "the nurse, Jane Smith".
            if (
                (context or pair)
                and (key in firsts or key in lasts or plain(token) or pair)
                and not token.initial
                # "surgeon, ASA 1": a grade or a score after a role word, not a name
                and not (token.caps and text[token.stop : token.stop + 2].strip()[:1].isdigit())
            ):
                if not eponymous(token):
                    end = extend(run, i)
                    found.append((token.start, run[end - 1].end))
                    i = end
                    continue
            # Initials before a surname: "J. Smith", "J P Smith" (not "A" or "I" alone).
            if token.initial:
                j = i
                while j < len(run) and run[j].initial:
                    j += 1
                dotted = text[token.end - 1] == "."
                # "L ACF", "R IJ": a side, then an anatomical abbreviation, not J SMITH.
                laterality = not dotted and token.word in "LR" and j < len(run) and run[j].caps
                if (
                    not laterality
                    and j < len(run)
                    and (dotted or token.word not in "AI")
                    and (run[j].key in lasts or run[j].caps or plain(run[j]))
                    and usable(run[j])
                    and not eponymous(run[j])
                ):
                    end = extend(run, j)
                    found.append((token.start, run[end - 1].end))
                    i = end
                    continue
                i = j
                continue
            listed_first = key in firsts
            common = key in english
            # After the twenty-fourth blind pack: a first name and one capital closing the run is
            # a colleague's name shortened as wards write it ("the nurse on duty, Samuel G, said",
            # "reduced by Sinead H earlier", "by Rumbidzai Q."): a listed name, or one in no list
            # after "by" or "told"; not "Vitamin D", "Hepatitis B" or "Group A".
            if (
                i + 2 == len(run)
                and run[i + 1].initial
                and not token.possessive
                and not token.caps
                and ((listed_first and not common) or (plain(token) and len(token.word) >= 3))
                and _ONE_INITIAL_CLOSES.match(text, run[i + 1].end)
                and not eponymous(token)
            ):
                if i == 0 and not have_before_run:
                    before_run = _word_before(text, run[0].start)
                    have_before_run = True
                # a word in no list only after a word that leads to a person ("by", "told")
                # After the thirty-fifth blind pack: or before a person's verb, as a log's entry
                # opens with who did something ("Kallpa T asked for a copy", "Aung H rang").
                if (
                    listed_first
                    or (i == 0 and not before_run[1] and before_run[0] in _BEFORE_A_PERSON)
                    or _PERSON_AFTER.match(text, run[i + 1].end)
                ):
                    found.append((token.start, run[i + 1].end))
                    i += 2
                    continue
            if listed_first and i + 1 < len(run) and not token.possessive:
                following = run[i + 1]
                strong_follow = following.key in lasts or following.caps or plain(following)
                if (
                    usable(following)
                    and not following.initial
                    and strong_follow
                    and (
                        not common
                        or following.key not in english
                        # "Rosemary WALKER": a surname in capitals, as forms write it
                        or (following.caps and following.key in lasts)
                    )
                    and not eponymous_surname(token, following)
                ):
                    end = extend(run, i)
                    found.append((token.start, run[end - 1].end))
                    i = end
                    continue
            # Alone: no neighbour in the run that could be part of the same name ("Later Priya").
            alone = (i == 0 or run[i - 1].possessive or not could_be_name(run[i - 1])) and (
                i + 1 == len(run) or token.possessive or not could_be_name(run[i + 1])
            )
            if i == 0 and not have_before_run:
                before_run = _word_before(text, run[0].start)
                have_before_run = True
            inside_sentence = i > 0 or not before_run[1]
            word_before = before_run[0] if i == 0 else run[i - 1].key
            # after the thirteenth blind pack: a number on the next line (a log's time) is not
            # after the name ("sent by Dariusz\n1843hrs ..." had been read as "Bed 4")
            before_number = text[token.stop : token.stop + 2].strip(" \t")[:1].isdigit()
            # "GIBSON Francis", "STEVENS Jamie": a surname in capitals, then a listed first name,
            # as rotas and forms write staff.
            if (
                token.caps
                and i + 1 < len(run)
                and not token.possessive
                and (key in lasts or _surname_in_capitals(token))
                and (following := run[i + 1]).key in firsts
                and not following.caps
                and not following.initial
                and usable(following)
                and following.key not in english
                and not eponymous(following)
            ):
                end = extend(run, i + 1)
                found.append((token.start, run[end - 1].end))
                i = end
                continue
            # "INQUEST TOUCHING THE DEATH OF HUBERT KRATOCHVIL": a listed first name in capitals,
            # then a surname in capitals (listed, or in no dictionary), as headings write a name.
            if (
                token.caps
                and key in firsts
                and key not in english
                and not token.possessive
                and i + 1 < len(run)
                and run[i + 1].caps
                and usable(run[i + 1])
                and (run[i + 1].key in lasts or _surname_in_capitals(run[i + 1]))
                and not eponymous(run[i + 1])
            ):
                found.append((token.start, run[i + 1].end))
                i += 2
                continue
            if token.caps or key in towns:
                # "BRAY waited 4 hours": a listed surname in capitals, then a person's verb.
                if (
                    token.caps
                    and alone
                    and (key in lasts or key in firsts)
                    and _PERSON_AFTER.match(text, token.end)
                ):
                    found.append((token.start, token.end))
                i += 1
                continue
            if (
                common
                and (
                    i + 2 == len(run)
                    and inside_sentence
                    and not token.caps
                    and not token.possessive
                    and word_before not in _DETERMINERS
                    and token.key not in never
                    and token.key not in towns
                    and not token.key.endswith(_JOB_ENDINGS)
                    and token.key not in _PLACE_OPENERS
                    and (following := run[i + 1]).key not in english
                    # "Anaesthetic Reg": a grade's shorthand, not a surname
                    and following.key not in _SHORTHAND
                    and following.key not in ROLE_WORDS
                    # after a word that leads to a person, or between commas ("the nurse on duty,
                    # Charity Drinkwater, had"); not "given Oral Ondansetron"
                    and (
                        word_before in _BEFORE_A_PERSON
                        or word_before in _BESIDE_A_PERSON
                        or word_before in ROLE_WORDS
                        or (
                            text[token.start - 2 : token.start] == ", "
                            and text[following.stop : following.stop + 1] == ","
                        )
                    )
                    and plain(following)
                    and usable(following)
                    and not following.caps
                    and not following.initial
                    and not eponymous(token)
                    and not eponymous(following)
                )
            ):
                # After the twenty-fourth blind pack: inside a sentence, a word then a surname in
                # no list and no dictionary, closing the run, is a given name that is also a
                # word ("by Kirsty and Charity Trinh", "through Happiness Olatunji").
                found.append((token.start, following.end))
                i += 2
                continue
            if common:
                # A listed first name that is also a word ("Mark", "Heather") counts alone only
                # inside a sentence, with no capitalised neighbour and no number after it ("Bed 4"),
                # or before a person's verb ("Jasmine had an unwitnessed fall").
                if (
                    listed_first
                    and alone
                    and not before_number
                    and (inside_sentence or _PERSON_AFTER.match(text, token.end))
                    and not eponymous(token)
                ):
                    found.append((token.start, token.end))
                i += 1
                continue
            # Two capitalised words that are neither English nor places: a name the lists lack.
            if (
                i + 1 < len(run)
                and not token.possessive
                and not run[i + 1].initial
                and (not run[i + 1].caps or _surname_in_capitals(run[i + 1]))
                and usable(run[i + 1])
                and (
                    plain(run[i + 1])
                    # after the eleventh blind pack: a word in no list and no dictionary, then a
                    # listed surname that is also a word ("Tariq Knight", "Owain Gill"), not a
                    # word that names a place or a building ("Tameside Hall", "Dysart Green")
                    or (
                        run[i + 1].key in lasts
                        and run[i + 1].key not in _PLACE_SURNAMES
                        and not run[i + 1].caps
                        and token.key not in towns
                    )
                )
                and not eponymous(token)
                and not eponymous_surname(token, run[i + 1])
            ):
                end = extend(run, i)
                found.append((token.start, run[end - 1].end))
                i = end
                continue
            # After the thirty-first blind pack: many surnames are words ("Hollows", "Crow",
            # "Rook", "Wad Elamin"); a given name in no list and no dictionary, then one or two
            # capitalised words that close the run, is a name when it is set off as a person is:
            # between commas after a word for a person ("The Foreman, Hatim Wad Elamin, cut"),
            # after a word that leads to a person ("and", "by", "told"), or before a person's verb
            # ("Customer Wigdan Starling saw him"). A place's or a building's word stays ("Kirkby
            # Hall,"), and so does a thing's make after a thing's word ("The spare hoist, Zentro
            # Plus,").
            if (
                1 < len(run) - i <= 3
                and len(key) >= 3
                and plain(token)
                and not token.possessive
                and not token.initial
                and all(
                    usable(name)
                    and not name.initial
                    and not name.caps
                    and name.key not in _PLACE_SURNAMES
                    and name.key not in towns
                    and name.key not in ROLE_WORDS
                    and name.key not in _SHORTHAND
                    and not name.possessive
                    for name in run[i + 1 :]
                )
                and (
                    (
                        i == 0
                        and text[token.start - 2 : token.start] == ", "
                        and text.startswith(",", run[-1].end)
                        and _person_before_comma(text, token.start - 2)
                    )
                    or (
                        i == 0
                        and not before_run[1]
                        and (before_run[0] in _BEFORE_A_PERSON or before_run[0] in _BESIDE_A_PERSON)
                    )
                    or (
                        _PERSON_AFTER.match(text, run[-1].end) is not None
                        and not _GIVEN_AFTER.match(text, run[-1].end)
                    )
                    or (
                        text.startswith(", ", run[-1].end) and _person_after_name(text, run[-1].end)
                    )
                )
                and not eponymous(token)
            ):
                found.append((token.start, run[-1].end))
                break
            # A listed first name alone, or a listed surname alone inside a sentence.
            if (
                alone
                and (listed_first or (key in lasts and not (i == 0 and before_run[1])))
                and not eponymous(token)
            ):
                found.append((token.start, token.end))
            # A capitalised word that is in no list, no dictionary and no gazetteer, alone inside
            # a sentence ("found Savorgnan on the floor"): most likely a name the lists lack.
            elif (
                alone
                and not before_number
                and len(token.word) >= 3
                and (
                    (
                        inside_sentence
                        and word_before in _BEFORE_A_PERSON
                        and not (
                            word_before in _RUNG
                            and (
                                key.endswith(_LINE_ENDINGS)
                                # a place the text names with "the" ("rang the Quillmoor unit,
                                # then rang Quillmoor again")
                                or f"the {token.word}" in text
                            )
                        )
                    )
                    or (
                        _PERSON_AFTER.match(text, token.end)
                        and not _GIVEN_AFTER.match(text, token.end)
                    )
                    # after the eleventh blind pack: "came with Vladimir, who asked for letters";
                    # not shorthand for a grade ("Dr Hale, Reg, who reviewed him")
                    or (
                        text.startswith((", who ", ", whose "), token.end)
                        and key not in _SHORTHAND
                        and key not in ROLE_WORDS
                    )
                    # between commas, then a person's verb: "the nurse in recovery, Yonas,
                    # noticed"
                    or (
                        text.startswith(",", token.stop)
                        and text[token.start - 2 : token.start] == ", "
                        and _ACTS_AFTER_COMMA.match(text, token.stop + 1)
                    )
                    # after the thirty-third blind pack: between commas after a word for a
                    # person, whatever follows ("He told the gym's Timekeeper, Anar, that his
                    # head hurt"; "An Usher, Mirza, fetched the chair")
                    or (
                        text.startswith(",", token.stop)
                        and text[token.start - 2 : token.start] == ", "
                        and _person_before_comma(text, token.start - 2)
                    )
                )
                and not eponymous(token)
            ):
                found.append((token.start, token.end))
            i += 1
        previous_run = run
    found.extend(_lower_case_titled(text, firsts, lasts, english))
    found.extend(_lower_case_after_kin(text, firsts, lasts, english, never, lowered))
    found.extend(_lower_case_after_deeds(text, lowered))
    return found


# Hurried notes write a relative's name in lower case: "pt's niece chloe rang", "spoke to son
# lewis brun". After a relationship word, a listed first name that is not an English word is a
# name even in lower case, with a surname after it that is listed or in no dictionary.
# The last word of each relationship, so "grandson", "stepson" and "son-in-law" are found
# with "son" (the letters before it are checked, the "-in-law" after it is allowed).
_KIN_WORDS = (
    "son", "daughter", "husband", "wife", "partner", "mother", "father", "mum", "dad",
    "brother", "sister", "niece", "nephew", "aunt", "uncle", "cousin", "neighbour",
)  # fmt: skip
_KIN_PREFIXES = ("grand", "step", "great-grand", "god")
# Handover notes name staff the same way: "handover from amy", "found on the floor by zoe".
_LOWER_CASE_AFTER = ("by", "from", "nurse", "meo", "hca")
# After the thirteenth blind pack: logs name staff in lower case after their job too ("governance
# lead ruth hadley copied", "note added by ward clerk oisin farrell"), and whom an event
# involved or who said something ("involving siobhan keane", "said megan lloyd").
_LOWER_CASE_AFTER_JOB: tuple[str, ...] = (
    "lead", "clerk", "pharmacist", "manager", "assessor", "dietitian", "radiographer",
    "phlebotomist", "cleaner", "involving", "said",
)  # fmt: skip
# After the thirty-fifth blind pack: and after the insurer or the vet who rang ("insurer soe lwin
# rang", "vet kyaw hedges came out"), as a farm's log types them.
_LOWER_CASE_AFTER_JOB += ("insurer", "vet")
_LOWER_CASE_NAME = re.compile(r"(?:-in-law)?,?[ \t]+([a-z][a-z'’-]+)(?:[ \t]([a-z][a-z'’-]+))?")
_WORDS_BEFORE_LOWER_CASE_NAMES: tuple[str, ...] = (
    *_KIN_WORDS,
    *_LOWER_CASE_AFTER,
    *_LOWER_CASE_AFTER_JOB,
)
# Every one of _KIN_PREFIXES ends with one of these ("great-grand" with "grand").
_KIN_PREFIX_STEMS = ("grand", "step", "god")


_OWNER_BEFORE = ("'s ", "’s ", " her ", " his ", " my ", "their ")


def _lower_case_full_name(match, firsts, lasts, english, never, unlisted: bool) -> bool:
    # After the twenty-eighth blind pack: a pager's message types the nurse asking in lower case,
    # given name and surname ("nurse heather brightwater asking", "nurse ottilie mwakasege"): two
    # words are a name when the first is a listed given name (a word too, "heather") and the
    # second a listed surname or in no dictionary, or when neither is in any dictionary or list
    # of shorthand (`unlisted`: after a job or a relative, not after "by" or "from", where two
    # such words may be a system's or a product's); "nurse practitioner", "nurse in charge" stay.
    first, second = match[1], match[2]
    if not second or first in never or second in never or "-" in first:
        return False
    if first in firsts and (second in lasts or second not in english):
        return second not in _SHORTHAND
    return (
        unlisted
        and len(first) >= 3
        and len(second) >= 3
        and not {first, second} & english
        and first not in _SHORTHAND
        and second not in _SHORTHAND
    )


def _lower_case_after_kin(
    text, firsts, lasts, english, never, lowered=None
) -> Iterable[tuple[int, int]]:
    # Speed: each relationship word is found with str.find (a regex alternation of them all
    # would be tried at every position), and the name pattern is matched only after one.
    words: Iterable[str] = _WORDS_BEFORE_LOWER_CASE_NAMES  # a tuple, or a list below
    # Speed: a word counts where it opens a word or after one of _KIN_PREFIXES; with no prefix
    # in the text, the words that open no word of it (most of them) are not scanned for.
    if lowered is not None and not any(prefix in lowered for prefix in _KIN_PREFIX_STEMS):
        words = cues_that_may_open_words(lowered, words)
    matches = []
    for word in words:
        position = text.find(word)
        while position != -1:
            after = position + len(word)
            # The word must start a word ("person" holds "son"), or follow "grand", "step"...;
            # read first, as it is cheaper than the name pattern.
            if (
                (
                    not (position and (text[position - 1].isalnum() or text[position - 1] == "_"))
                    or text[max(0, position - 12) : position].lower().endswith(_KIN_PREFIXES)
                )
                and (
                    (match := _LOWER_CASE_NAME.match(text, after))
                    and (
                        match[1] in firsts
                        # "Stan's sister efua", "her husband jonty": after someone's relative, a word
                        # in no list and no dictionary is a name too
                        or (
                            text[max(0, position - 6) : position].endswith(_OWNER_BEFORE)
                            and word in _KIN_WORDS
                            and len(match[1]) >= 3
                            and match[1] not in english
                            and match[1] not in _SHORTHAND
                            # "her daughter-in-law e-mailed": a hyphenated verb, not a name
                            and "-" not in match[1]
                        )
                        or _lower_case_full_name(
                            match, firsts, lasts, english, never, word not in ("by", "from")
                        )
                    )
                )
            ):
                matches.append(match)
            position = text.find(word, after)
    for match in matches:
        first = match[1]
        if (first in english or first in never) and not _lower_case_full_name(
            match, firsts, lasts, english, never, False
        ):
            continue
        end = match.end(1)
        if (second := match[2]) and (second in lasts or second not in english):
            end = match.end(2)
        yield match.start(1), end


# After the thirtieth blind pack: logs and chats type whom the writer saw or asked in lower case,
# given name and surname ("Checked in with tamsin okafor, happy", "Asked ferdie mallon at the
# next stop", "Her nephew is jonah treloar"), an Irish particle between them too ("siobhán uí
# dhálaigh"): a full name there is a listed given name then a listed surname or a word in no
# dictionary, or two words in no dictionary; "asked for help", "checked in with the team", "son
# is very well" stay.
_LOWER_CASE_DEEDS: tuple[str, ...] = ("checked in with ", "asked ", "spoke to ", "spoken to ")
# After the thirty-fifth blind pack: so too whom the writer rang or left a message for ("rang
# tamsin okafor on the ward", "left a message for ferdie mallon"), and there a name typed in
# capitals is read as in lower case ("a message for ISOLDE PAVLIDIS on Ward 9"); "rang the
# ward", "a message for GP OOH", "rang NHS DIRECT" stay.
_CALLED_DEEDS: tuple[str, ...] = ("rang ", "phoned ", "message for ")
_LOWER_CASE_DEEDS += _CALLED_DEEDS
# After the thirty-ninth blind pack: so too whom a log's entry handed the pager or the work over to
# ("the pager handed over to hamidou kane") and who scanned a record in ("notes scanned in by
# mengia weaver"); "handed over to night staff", "scanned in by the team" stay.
_LOWER_CASE_DEEDS += ("handed over to ", "scanned in by ")
# After the fortieth blind pack: and whom keys, a radio or a post were handed to without "over"
# ("radio and keys handed to kofi brennan"); "handed to the crew", "handed to night staff" stay.
_LOWER_CASE_DEEDS += ("handed to ",)
_CAPITALS_FULL_NAME = re.compile(
    r"([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)[ \t]+([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)(?![\w'’-])"
)
_KIN_IS_CUES = tuple(kin + " is " for kin in _KIN_WORDS)
_KIN_IS = re.compile(r"(?<![\w'’-])(?:" + "|".join(_KIN_WORDS) + r")[ \t]+is[ \t]+$")
_LOWER_CASE_FULL_NAME = re.compile(
    r"([^\W\d_A-Z][\w'’-]*)(?:[ \t]+(uí|ní))?[ \t]+([^\W\d_A-Z][\w'’-]*)(?![\w'’-])"
)


def _lower_case_full_name_ok(first: str, last: str) -> bool:
    firsts, lasts, english, _, never = _lists()[:5]
    if first in never or last in never or first in _SHORTHAND or last in _SHORTHAND:
        return False
    if first in ROLE_WORDS or last in ROLE_WORDS or first in _TITLE_KEYS:
        return False
    # "spoke to son-in-law daniel": a relative, then a given name alone
    if "-" in first or first in RELATIONSHIPS or last in RELATIONSHIPS:
        return False
    if first in firsts and (last in lasts or last not in english):
        return True
    return len(first) >= 3 and len(last) >= 3 and first not in english and last not in english


def _lower_case_after_deeds(text: str, lowered: str | None) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    low = lowered if lowered is not None and len(lowered) == len(text) else text.lower()
    if len(low) != len(text):
        return found
    starts: list[int] = []
    capitals: list[int] = []
    for cue in cues_that_may_open_words(low, _LOWER_CASE_DEEDS):
        position = low.find(cue)
        while position != -1:
            if not position or not low[position - 1].isalnum():
                starts.append(position + len(cue))
                if cue in _CALLED_DEEDS:
                    capitals.append(position + len(cue))
            position = low.find(cue, position + len(cue))
    for start in capitals:
        caps = _CAPITALS_FULL_NAME.match(text, start)
        if caps and _lower_case_full_name_ok(normalise(caps[1]), normalise(caps[2])):
            found.append((caps.start(1), caps.end(2)))
    # Speed: " is " is in most texts; it is read only after a relative's word the text holds.
    for kin_is in cues_that_may_open_words(low, _KIN_IS_CUES):
        position = low.find(kin_is)
        while position != -1:
            end = position + len(kin_is)
            if _KIN_IS.search(low, max(0, position - 20), end):
                starts.append(end)
            position = low.find(kin_is, end)
    for start in starts:
        match: re.Match[str] | None = _LOWER_CASE_FULL_NAME.match(text, start)
        if match and _lower_case_full_name_ok(normalise(match[1]), normalise(match[3])):
            found.append((match.start(1), match.end(3)))
    return found


# Words that address a letter to someone: "Dear Genevieve,", "cc Melina, 4 Elm Road".
_ADDRESSING = frozenset({"dear", "cc", "hello", "hi"})
_DETERMINERS = frozenset("a an the his her their its my our your".split())
_LOWER_CASE_TITLES = ("mr ", "mrs ", "ms ", "miss ", "dr ", "mr. ", "mrs. ", "dr. ")
_LOWER_CASE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


# Speed: every place one of the titles starts, in one scan (no two can start at the same place or
# overlap), then read in the order of the titles above.
_LOWER_CASE_TITLE = re.compile(r"(?:mrs?\.?|ms|miss|dr\.?) ")
_TITLE_ORDER = {title: number for number, title in enumerate(_LOWER_CASE_TITLES)}
# Every match of _LOWER_CASE_TITLE starts with one of these ("miss", not "mi": far rarer).
_LOWER_CASE_TITLE_OPENINGS = ("mr", "ms", "miss", "dr")


def _lower_case_titled(text, firsts, lasts, english) -> Iterable[tuple[int, int]]:
    """ "mr tomasz szymula", "dr patel": a title written in lower case, then names."""
    titled = sorted(
        (_TITLE_ORDER[match.group()], match.start())
        for match in finditer_from(text, _LOWER_CASE_TITLE_OPENINGS, _LOWER_CASE_TITLE)
    )
    for number, position in titled:
        if position and (text[position - 1].isalnum() or text[position - 1] == "_"):
            continue
        end, cursor = None, position + len(_LOWER_CASE_TITLES[number])
        for _ in range(3):
            word = _LOWER_CASE_WORD.match(text, cursor)
            if not word:
                break
            key = normalise(word.group().removesuffix("'s").removesuffix("’s"))
            if not (key in firsts or key in lasts or key not in english):
                break
            end, cursor = word.start() + len(key), word.end() + 1
            if text[word.end() : word.end() + 1] != " ":
                break
        if end is not None:
            yield position, end


# ---------------------------------------------------------------------------------------------
# Names from the record
# ---------------------------------------------------------------------------------------------


_NAME_TITLES = _TITLE_KEYS | {"staff", "charge"}


@lru_cache(maxsize=4096)
def name_parts(name: str) -> tuple[str, ...]:
    """'Mrs Margaret Ann Smith-Jones' -> ('Margaret', 'Ann', 'Smith-Jones', 'Smith', 'Jones')."""
    words = [word.strip(".,") for word in name.split()]
    words = [word for word in words if word and normalise(word) not in _NAME_TITLES]
    parts = []
    for word in words:
        if len(word) >= 2:
            parts.append(word)
        pieces = [piece for piece in word.split("-") if len(piece) >= 2]
        if len(pieces) > 1:
            parts.extend(pieces)
    return tuple(parts)


@lru_cache(maxsize=8192)
def _name_keys(name: str) -> tuple[tuple[str, str, bool], ...]:
    """(part, lookup key, is the first name) for each distinct part of a known name: the parts
    of ``name_parts``, worked out here in one loop because every record's names are new."""
    if not ("-" in name or "." in name or "," in name or "’" in name):
        # The usual name ("Margaret Ann Smith", "Mrs Smith"), decided with fewer steps.
        words = [word for word in name.split() if len(word) >= 2]
        lowered = [word.lower() for word in words]
        if _NAME_TITLES.isdisjoint(lowered) and len(set(words)) == len(words):
            keys = [(word, key, False) for word, key in zip(words, lowered, strict=True)]
            if len(keys) > 1:
                keys[0] = (words[0], lowered[0], True)
            return tuple(keys)
    parts: list[str] = []
    part_keys: list[str] = []  # not ``keys``: that is a list of tuples above
    for word in name.split():
        word = word.strip(".,")
        if not word:
            continue
        key = word.lower()
        if "’" in key:
            key = key.replace("’", "'")
        if key in _NAME_TITLES:
            continue
        if len(word) >= 2:
            parts.append(word)
            part_keys.append(key)
        if "-" in word:
            pieces = [piece for piece in word.split("-") if len(piece) >= 2]
            if len(pieces) > 1:
                parts.extend(pieces)
                part_keys.extend(normalise(piece) for piece in pieces)
    several = len(parts) > 1
    return tuple(
        (part, key, number == 0 and several)
        for number, (part, key) in enumerate(dict(zip(parts, part_keys, strict=True)).items())
    )


@lru_cache(maxsize=8192)
def _search_keys(name: str) -> tuple[tuple[str, str, bool | int], ...]:
    """What ``known_name_spans`` looks for: the parts of ``_name_keys`` and, after the tenth
    blind pack, the short forms of the first name, without a surname's particle ("de Souza",
    "van der Merwe"), which alone is a word of the text ("de-labelled")."""
    keys = _name_keys(name)
    if not keys or not keys[0][2]:
        return keys
    lowered = [key for _, key, _ in keys]
    # the flag is True, False or _SHORT_FORM (2); not ``int``, which mypyc would store as a
    # number and so lose ``first is True`` in known_name_spans
    found: list[tuple[str, str, bool | int]] = list(keys)
    if lowered[0] in DIMINUTIVES:
        found.extend(_diminutive_keys(lowered[0], lowered))
    if not _PARTICLES.isdisjoint(lowered):
        found = [key for key in found if key[1] not in _PARTICLES]
    return tuple(found)


# After the tenth blind pack: a record holds the formal first name, a note often the short one
# the person goes by ("Margaret Hale" in the record, "Peggy said she would manage" in the note).
# The usual English short forms; each is looked for only in a text whose record holds the
# formal name with a surname, and a short form that is an English word ("Dot", "Pat", "Bill")
# needs a capital there, as every known part does. Left out: short forms that are shorthand or
# open a sentence as a word ("Ed", ED; "Peg", PEG; "Will", "Frank", "Art").
DIMINUTIVES: dict[str, tuple[str, ...]] = {
    "abigail": ("abbie", "abby"), "albert": ("bert", "bertie"), "alexander": ("alex", "sandy"),
    "alexandra": ("alex", "sandra", "lexi"), "alfred": ("alf", "alfie", "fred"),
    "andrew": ("andy", "drew"), "anthony": ("tony",), "arthur": ("artie",),
    "barbara": ("barbie", "babs"), "benjamin": ("ben", "benny"), "bernard": ("bernie",),
    "catherine": ("cathy", "kate", "kath", "katie"), "charles": ("charlie", "chas", "chuck"),
    "charlotte": ("lottie", "charlie"), "christine": ("chris", "chrissie", "tina"),
    "christopher": ("chris", "kit", "topher"), "daniel": ("dan", "danny"),
    "david": ("dave", "davy"), "deborah": ("debbie", "deb"), "dorothy": ("dot", "dolly", "dottie"),
    "edward": ("eddie", "ted", "ned"), "eleanor": ("ellie", "nell", "nora"),
    "elizabeth": ("liz", "lizzie", "beth", "betty", "bess", "eliza", "libby"),
    "frances": ("fran", "frankie"), "francis": ("frankie",),
    "frederick": ("fred", "freddie", "freddy"), "gerald": ("gerry", "gez"),
    "geoffrey": ("geoff",), "gregory": ("greg",), "harold": ("harry", "hal"),
    "henry": ("harry", "hal", "hank"), "isabel": ("izzy", "bella"), "isabella": ("izzy", "bella"),
    "jacqueline": ("jackie", "jacqui"), "james": ("jim", "jimmy", "jamie"),
    "jennifer": ("jen", "jenny"), "john": ("jack", "johnny"), "jonathan": ("jon", "jonny"),
    "joseph": ("joe", "joey"), "josephine": ("jo", "josie"), "judith": ("judy", "jude"),
    "katherine": ("kate", "kathy", "katie", "kath"), "kathleen": ("kath", "kathy", "kay"),
    "kenneth": ("ken", "kenny"), "lawrence": ("larry", "laurie"), "leonard": ("len", "lenny"),
    "margaret": ("maggie", "peggy", "meg", "madge", "maisie"),
    "matthew": ("matt", "matty"), "michael": ("mike", "mick", "mickey", "micky"),
    "nicholas": ("nick", "nicky"), "patricia": ("pat", "patsy", "trish", "tricia"),
    "patrick": ("pat", "paddy"), "peter": ("pete",), "philip": ("phil", "pip"),
    "rebecca": ("becky", "becca"), "richard": ("rick", "ricky", "dick", "richie"),
    "robert": ("bob", "bobby", "rob", "robbie", "bert"), "ronald": ("ron", "ronnie"),
    "samuel": ("sam", "sammy"), "stephen": ("steve", "stevie"), "steven": ("steve", "stevie"),
    "susan": ("sue", "susie", "suzy"), "theodore": ("theo", "ted"), "thomas": ("tom", "tommy"),
    "timothy": ("tim", "timmy"), "victoria": ("vicky", "vikki", "tori"),
    "william": ("bill", "billy", "willie", "liam"),
}  # fmt: skip


# A short form is a first name worked out, not written in the record: like an English word it
# counts only with a capital ("Peggy said", not "a peggy bag"). Its "is the first name" flag is
# this value, which is true as a flag and tells it apart.
_SHORT_FORM = 2


def _diminutive_keys(first: str, keys: list[str]) -> list[tuple[str, str, int]]:
    return [
        (short.capitalize(), short, _SHORT_FORM)
        for short in DIMINUTIVES[first]
        if short not in keys
    ]


def _word_starts(lowered: str, word: str) -> Iterable[int]:
    """Where ``word`` occurs in ``lowered`` with no word character before it."""
    position = lowered.find(word)
    while position != -1:
        if not (position and _is_word_char(lowered[position - 1])):
            yield position
        position = lowered.find(word, position + 1)


_TITLE_BEFORE = re.compile(
    r"(?<![\w])(?:"
    + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(TITLES, key=len, reverse=True))
    + r")\.?\s+$",
    re.IGNORECASE,
)
_INITIALS_BEFORE = re.compile(r"(?<![\w])(?:[A-Z]\.?\s*){1,3}$")


def _short_word_before(text: str, start: int) -> str:
    """The word just before ``start`` across spaces and a full stop ("Mrs. ", "J "), or ""."""
    j = start
    while j and text[j - 1] in " \t":
        j -= 1
    if j == start:
        return ""
    if j and text[j - 1] == ".":
        j -= 1
    # Speed: the word is most often the last piece of a window of 12 characters, split off by
    # whitespace in C; the loop below is for a window whose last piece is not all letters.
    window = text[j - 12 if j > 12 else 0 : j]
    if not window or not window[-1].isalpha():
        return ""
    piece = window.rsplit(None, 1)[-1]
    if piece.isalpha():
        return piece
    k = j
    while k and j - k < 12 and text[k - 1].isalpha():
        k -= 1
    return text[k:j]


def _title_start(text: str, start: int, before: str) -> int:
    """Where ``before``, as ``_short_word_before(text, start)`` found it, starts."""
    j = start
    while text[j - 1] in " \t":
        j -= 1
    if text[j - 1] == ".":
        j -= 1
    return j - len(before)


def _is_word_char(character: str) -> bool:
    return character.isalnum() or character == "_"


def _finds(text: str, lowered: str, part: str) -> Iterable[tuple[int, int]]:
    key = normalise(part)
    if len(lowered) != len(text):  # lower-casing changed the length: fall back on a pattern
        literal = re.escape(part).replace("'", "['’]")
        pattern = re.compile(rf"(?<![\w]){literal}(?![\w])", re.IGNORECASE)
        yield from ((m.start(), m.end()) for m in pattern.finditer(text))
        return
    size, position = len(key), lowered.find(key)
    while position != -1:
        end = position + size
        if (position == 0 or not _is_word_char(lowered[position - 1])) and (
            end == len(lowered) or not _is_word_char(lowered[end])
        ):
            yield position, end
        position = lowered.find(key, position + 1)


# Speed: an ASCII part of a name, in a text lower-casing lengthens (one with a dotted capital I),
# is found in the text folded to one character for each: with a case-insensitive pattern, an
# ASCII letter matches itself in either case and only four characters beyond ASCII (the dotted
# capital I and dotless i for "i", the long s for "s", the Kelvin sign for "k"), and the
# apostrophe both apostrophes; the rest match only themselves. Folded so, each is what it
# matches, at the text's offsets.
def _ascii_folded(text: str) -> str:
    folded = text.replace("\u0130", "i").replace("\u0131", "i").replace("\u017f", "s")
    folded = folded.replace("\u212a", "k")
    lowered = folded.lower()
    if len(lowered) != len(folded):
        # A character lower-casing to more than one (none left today) is kept as written: it is
        # beyond ASCII and matches no ASCII letter.
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in folded)
    return lowered.replace("’", "'")


def known_name_spans(
    text: str, names: Iterable[str], lowered: str | None = None
) -> list[tuple[int, int]]:
    """Every mention of a known name: whole, in parts, titled, with initials, in any case.
    ``lowered`` is ``normalise(text)`` when the caller has it already."""
    english = english_words()
    if lowered is None:
        lowered = normalise(text)
    # (start, end, name index, is the first name (or _SHORT_FORM), is an English word)
    finds: list[tuple[int, int, int, bool | int, bool]] = []
    same_length = len(lowered) == len(text)
    size = len(lowered)
    # Speed: most parts of a record's names are in no given text, and a part that is looked for
    # there only where it opens a word (both tests below want no letter or digit before it). A
    # part whose first three characters are ASCII letters or digits then opens a word of the
    # text with them, so the text's word openings (made once a text, shared with the detectors'
    # cues) rule it out with one set lookup instead of a scan of the whole text.
    openings = _word_openings(lowered) if same_length else frozenset()
    folded: str | None = None
    size_of_text = len(text)
    for index, name in enumerate(names):
        for part, key, first in _search_keys(name):
            if same_length and len(key) >= 3:
                head = key[:3]
                if head.isascii() and head.isalnum() and head.encode() not in openings:
                    continue
            position = lowered.find(key)
            if position == -1:
                continue
            common = key in english or first == _SHORT_FORM
            if same_length:
                # Inlined: this loop runs for every part of every name of every record.
                length = len(key)
                while position != -1:
                    end = position + length
                    if (
                        not position or not ((c := lowered[position - 1]).isalnum() or c == "_")
                    ) and (end == size or not ((c := lowered[end]).isalnum() or c == "_")):
                        finds.append((position, end, index, first, common))
                    elif (
                        # after the sixteenth blind pack: a first name typed in lower case with
                        # its possessive's s but no apostrophe, as texts are ("thuys weight")
                        end < size
                        and lowered[end] == "s"
                        and first is True
                        and length >= 3
                        and text[position].islower()
                        and (end + 1 == size or not lowered[end + 1].isalnum())
                        and (not position or not lowered[position - 1].isalnum())
                        and lowered[position : end + 1] not in english  # "Thi": "this"
                    ):
                        finds.append((position, end, index, first, common))
                    position = lowered.find(key, position + 1)
            elif part.isascii():
                # Speed: what _finds' pattern finds, with no pattern compiled for the record's
                # name and no scan trying it at every position (see _ascii_folded).
                if folded is None:
                    folded = _ascii_folded(text)
                wanted = part.lower()
                length, position = len(wanted), folded.find(wanted)
                while position != -1:
                    end = position + length
                    if (position == 0 or not _is_word_char(text[position - 1])) and (
                        end == size_of_text or not _is_word_char(text[end])
                    ):
                        finds.append((position, end, index, first, common))
                        position = folded.find(wanted, end)  # as finditer: on after a match
                    else:
                        position = folded.find(wanted, position + 1)
            else:
                for start, end in _finds(text, lowered, part):
                    finds.append((start, end, index, first, common))
    if not finds:
        return []
    finds.sort(key=lambda f: (f[0], -f[1]))
    # Join neighbouring finds ("Margaret Ann Parkinson", "Parkinson, Margaret") into one span.
    groups: list[list[tuple[int, int, int, bool | int, bool]]] = []
    for find in finds:
        if groups and find[0] < groups[-1][-1][1]:
            continue  # inside a longer find ("Okafor" within "Okafor-Hughes")
        # Only a gap of two characters or fewer can join (most finds are further apart).
        if groups and find[0] - groups[-1][-1][1] <= 2:
            gap = text[groups[-1][-1][1] : find[0]]
            last = groups[-1][-1]
            if (gap.strip() == "" and "\n" not in gap and len(gap) <= 2) or (
                gap == ", " and not last[3] and find[3] and last[2] == find[2]
            ):
                groups[-1].append(find)
                continue
        groups.append([find])
    spans = []
    for group in groups:
        start, end = group[0][0], group[-1][1]
        strong = len(group) > 1
        # Initials before a surname ("M. Parkinson", "M A Parkinson"), then a title before; the
        # patterns run only when the word before could be one.
        before = _short_word_before(text, start)
        if (
            not group[0][3]
            and len(before) == 1
            and before.isupper()
            and (initials := _INITIALS_BEFORE.search(text, max(0, start - 8), start))
            and initials.start() < start
        ):
            start, strong = initials.start(), True
            before = _short_word_before(text, start)
        # (``before`` is letters only, so lower() is its lookup key.)
        if (title_key := before.lower()) in _TITLE_KEYS:
            if title_key == "nurse":  # perhaps "Staff Nurse", "Charge Nurse": the pattern says
                if title := _TITLE_BEFORE.search(text, max(0, start - 16), start):
                    start, strong = title.start(), True
            else:
                # Speed: a one-word title is the word before itself, when nothing of a word
                # comes before it (what _TITLE_BEFORE finds, without trying every position).
                title_start = _title_start(text, start, before)
                if title_start >= max(0, start - 16) and not (
                    title_start and _is_word_char(text[title_start - 1])
                ):
                    start, strong = title_start, True
        if not strong:
            # A lone word: an English word only with a capital, and never inside a clinical term.
            if group[0][4] and not text[start].isupper():
                continue
            if is_clinical(text, start, end):
                continue
        spans.append((start, end))
    return spans


# ---------------------------------------------------------------------------------------------
# Names from the shape of a note: labels, initials, sign-offs, age and sex, "and"
# ---------------------------------------------------------------------------------------------

# Two or three capitals that are clinical or NHS shorthand, never a person's initials on their
# own ("Pt AF", "Patient: ED", "SJR 14:00").
_SHORTHAND = frozenset(
    """
    af ed gp ct mr mri icu hdu itu amu sau cdu dnr ot pt slt tia cva mi uti aki ckd dka pe dvt
    gcs bp hr rr ecg cxr iv im sc po nbm od bd tds qds prn ng peg lp csf abg vbg fbc crp ue lft
    inr bmi asa nok dob nhs rip mdt sjr si ir id ok uk na ae oos ooh pals sbar nkda ep ap us
    mar rn rmn hca cns anp acp sho reg fy dn meo me ecp emt pcso fyi nfa tbc tba nad sob cp
    ams doa dna rv wr pr ac abx bnf cd lmwh ivi nil mrsa ipc iso sr sr1 ob gyn ent ugi lgi
    htn ihd ccf lvf pvd pmr osa gord ibs ibd pto uss pcr eeg emg ogd xr cqc las yas ceo coo
    cno cmo emd
    mau ccu utc rca nnu pau eau opd cpr hta rcn bma ppe dbs yot icb ccg pcn lac hiv rrt
    icd ldu nmp odp ahp ecmo ucc mhs ctr fit mdu msu phe sus ems
    mrn nic
    """.split()  # after the seventeenth blind pack: "MRN" and "NIC" (nurse in charge) alone
)
SHORTHAND = _SHORTHAND  # for references whose short groups could be shorthand (deidentify.py)
_NAME_WORD = r"[A-Z][^\W\d_]*(?:['’-][A-Za-z][^\W\d_]*)*"
# A person's label in a form or a note, then the name: "Patient: R.C.", "Pt JS", "Reporter
# Puck;", "Receiver: Robertson, Night Site Manager", "Consultant: Okafor", "Signed I.A.C.",
# "Completed by: Sandhu", "Name MAS, FAUSTO".
_LABEL_KEYS = frozenset(
    """
    patient pt name referrer reporter reported caller receiver consultant author completed
    signed reviewed seen enquirer witness handler investigator guardian partner manager reviewer
    contact index owner
    """.split()
)
_PERSON_LABEL = re.compile(
    r"(?i:patient|pt|name(?:\s+used)?|investigator|guardian|partner|manager\s+to\s+review|"
    r"reviewer:|referrer|reporter|reported\s+by|caller|receiver|consultant|"
    r"author|completed\s+by|signed(?:\s+by)?|reviewed\s+by|seen\s+by|enquirer|witness|handler|"
    # after the twelfth blind pack: a partner notification's contacts and index patient
    # ("Contact 2: 'Gemma'", "Index: Z.N."), the name perhaps in quotes
    r"contact[ \t]+\d{1,2}(?=:)|index(?=:)|"
    # after the thirteenth blind pack: an action's owner at a line's end ("... Owner E.F.")
    r"owner(?=[ \t]+(?:[A-Z]\.){2,3}[ \t]*(?:\n|$)|[ \t]+[A-Z]{2,3}[ \t]*(?:\n|$)))"
    r"(?::[ \t]*['‘]?|[ \t]+)"
    rf"((?:[A-Z]\.){{1,3}}(?:[ \t]?{_NAME_WORD})?"
    rf"|{_NAME_WORD}(?:,[ \t]+{_NAME_WORD}(?![\w'’-]|[ \t]+[a-z]))?(?:[ \t]+{_NAME_WORD}){{0,2}})"
)
# After the fourteenth blind pack: a title in capitals that opens with a label's word and ends
# with what the form is ("PATIENT PROPERTY HANDOVER LOG:", "PATIENT SAFETY REVIEW:").
_CAPITALS_HEADING = re.compile(
    r"[A-Z]+(?:[ \t]+[A-Z]+){0,4}[ \t]+(?:LOG|FORM|RECORD|REPORT|CHECKLIST|CHART|SHEET|TRACKER"
    r"|AUDIT|REVIEW)[ \t]*:"
)
# "A.Knight", "S.Hamilton", "A.McLaughlin": an initial and a surname with no space between.
_INITIAL_SURNAME = re.compile(
    r"\.(?<=(?<![\w.’'-])[A-Z]\.)(?:[A-Z]\.)?((?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w.])"
)
# A note signed off with initials and the time, on a line of its own: "JM 1.55pm", "LY /
# 0755hrs", "L.E. / 05:45".
_INITIALS_SIGN_OFF = re.compile(
    r"[ \t]*((?:[A-Z]\.){2,3}|[A-Z]{2,3})[ \t]*(?:/[ \t]*|,[ \t]*)?"
    r"(?:\d{1,2}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?|\d{4}[ \t]*(?:hrs?|h)?|\d{1,2}[ \t]*[ap]\.?m\.?)"
    r"[ \t]*(?=\n|$)"
)
# A name then an age and sex, as handover lists and triage notes write a patient: "Rose Bishop
# 67F", "DH 67F", "Przybylski-Nowak 88M", "CENDRON Giada, 55F".
_NAME_AGE_SEX = re.compile(
    rf"(?<![\w'’-])({_NAME_WORD}(?:,?[ \t]+{_NAME_WORD}){{0,2}})"
    r",?[ \t]+\d{1,3}[ \t]?[MF]$"
)
_NAME_AGE_SEX_HINT = re.compile(r"[MF](?<=\d[MF])(?![\w])|[MF](?<=\d [MF])(?![\w])")


def _name_tokens_ok(words: list[str], *, need_name: bool = True) -> bool:
    """Whether capitalised words read as one person's name: none a title, a thing or a place,
    at least one a listed name or a word in no dictionary (or a surname in capitals)."""
    firsts, lasts, english, towns, never, _ = _lists()
    named = False
    for word in words:
        key = normalise(word.rstrip(",").removesuffix("'s").removesuffix("’s"))
        if not key or key in never or key in _TITLE_KEYS or key in ROLE_WORDS or key in towns:
            return False
        if key in _OPENER_KEYS or key in _ACRONYMS or key in _SHORTHAND:
            return False
        if key.endswith(_JOB_ENDINGS):  # "Consultant Geriatrician"
            return False
        listed = (
            key in firsts or key in lasts or (len(words) > 1 and word.isupper() and len(word) >= 3)
        )
        if key in english and not listed:
            return False
        if listed or key not in english:
            named = True
    return named or not need_name


_OPENER_KEYS = frozenset(word.lower() for word in _OPENERS)
# Words on the line after a sign-off that name a team, not a person ("Kind regards,\nPatient
# Experience Team").
_NOT_SIGNER = frozenset(
    """
    patient patients team service services experience safety office department unit ward
    nursing trust governance complaints pals admin administration support care legal board
    committee group practice surgery hospital clinic centre health nhs family
    """.split()
)


def _signed_name_ok(words: list[str]) -> bool:
    """The line after "regards" or "sincerely" is its writer's name: any capitalised words but
    a title, a role, a place or a team ("Yours sincerely,\nFlorin Baker", "Kind regards,\nJoy")."""
    if _name_tokens_ok(words):
        return True
    english, towns, never = _lists()[2:5]
    for word in words:
        key = normalise(word.rstrip(","))
        if (
            key in never
            or key in _TITLE_KEYS
            or key in ROLE_WORDS
            or key in towns
            or key in _OPENER_KEYS
            or key in _NOT_SIGNER
            or key in _ACRONYMS
            or key in _SHORTHAND
            or word.isupper()
        ):
            return False
    return True


@lru_cache(maxsize=4096)  # Speed: the same few initials come up again and again
def _initials_ok(written: str) -> bool:
    if "." in written:
        return True
    key = normalise(written)
    return not (
        key in _SHORTHAND
        or key in ROLE_WORDS
        or key in _ACRONYMS
        or key in _TITLE_KEYS
        or key in _lists()[4]
    )


_INITIALS_PAIR = re.compile(
    r"((?:[A-Z]\.){2,3}|[A-Z]{2,3})[ \t]*/[ \t]*(?:((?:[A-Z]\.){2,3}|[A-Z]{2,3})"
    r"(?=[ \t]+[a-z]|[ \t]*(?:[,.;]|\n|$))|(?=[A-Z][a-z]+[ \t]+[A-Z][a-z]))"
)
_INITIALS_COMMA = re.compile(r"([A-Z]{2,3}),[ \t]+([A-Z]{2,3})")
_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")
# Not before a lower-case word: "Completed by T.L., SPA clinician" names a team.
_SECOND_INITIALS = re.compile(r"[ \t]*[/,][ \t]*((?:[A-Z]\.){2,3}|[A-Z]{2,3})(?![\w]|[ \t]+[a-z])")
# Words that put a name after them in any narrative, lower case as written: "handover to Adaeze",
# "known to family as Etta" ("known as" alone names systems and places too, so it counts only
# after a person, see people_beside_people). Found with str.find; the words after must be
# capitalised, and a listed name or a word in no dictionary.
_CUES: tuple[str, ...] = (
    "over to ", "family as ", "signature: ", "signature ", "regards", "sincerely", "best wishes",
    "many thanks", "with thanks",
)  # fmt: skip
# "best wishes" after the ninth blind pack, when the sign-off's name may come after a blank line
# and start with an initial ("Best wishes,\nA Morcinek\nSalaried GP")
# After the twenty-third blind pack: "Many thanks," and "With thanks," close a letter as those do
# ("Many thanks,\nJonas\nMedical Examiner Officer"); "Many thanks for your help." stays, as the
# name must be on the next line.
_SIGN_OFFS: tuple[str, ...] = ("regards", "sincerely", "best wishes", "many thanks", "with thanks")
# After the twenty-ninth blind pack: "Yours faithfully," closes a formal letter as "Yours
# sincerely," does, the name on the line after it or after a blank line ("Yours
# faithfully,\n\nPatience Okorafor\nPractice Manager"); "faithfully" inside a sentence stays, as
# the name must be on the next line.
_CUES += ("faithfully",)
_SIGN_OFFS += ("faithfully",)
# After the seventh blind pack: words after which only a person is written, so the capitalised
# words after them are a name even when they are English words too ("thanked Sunny Fox",
# "statement from Honey Lamb"), unless a title, a role, a place or a team (as after "regards").
_PERSON_CUES: tuple[str, ...] = (
    "thanked ",
    "statement from ",
    "note added by ",
    "advice was taken from ",
    "advice taken from ",
    "handover given to ",
    # after the eighth blind pack: jobs whose holder is named straight after the job ("Care
    # navigator Elvira forwarded it", "Reception (Blessing) asked me", "Porter Precious")
    "care navigator ",
    "reception (",
    "porter ",
    "chaplain ",
    "courier ",
    "biomedical scientist ",
    "from clinician ",
    # after the ninth blind pack: who owns an action, who typed or dictated a letter, and who
    # commented, in brackets ("Action owner: Sunny Hale, due ...", "typed by Joy", "Comment
    # (Rocky): ..."; after an open bracket the name must close it)
    "action owner: ",
    "typed by ",
    "dictated by ",
    "comment (",
    # a father named in brackets, as parents are on a child's record ("Dad (Pearl) attended")
    "dad (",
    "next of kin: ",
    # a person after a role written as a form's label ("Prescriber: Cai Cushing (Senior Nurse)",
    # "Site manager: Comfort Baker", "Coordinator: Bartosz al-Amin")
    "prescriber: ",
    "site manager: ",
    "coordinator: ",
    "assessor ",
    # after the thirteenth blind pack: who chaired or led a meeting ("the panel chaired by
    # MORWENNA TREGEAR", "the huddle led by Sky on 9 Jan")
    "chaired by ",
    "led by ",
)
# A job word in capitals inside a sentence may open a place's name ("the Porter Lane surgery"),
# so after these the cue counts there only after a line break or a stop, comma, colon or bracket.
_JOB_CUES = frozenset(("care navigator ", "porter ", "chaplain ", "courier ", "assessor "))
# After the twenty-ninth blind pack: a telecare or community responder is named straight after
# the job, as a porter is ("Second responder Patience Okorafor attending", "first responder
# Gideon Hale (son)"), English words too; a scheme, a team or a service so named stays
# ("Community First Responder Scheme").
_PERSON_CUES += ("responder ",)
_JOB_CUES = _JOB_CUES | frozenset(("responder ",))
# After the thirty-third blind pack: a steward at a ground, a hall or a show is named straight
# after the job, as a responder is, by a surname that is often a word ("Steward Furlong reports
# a man collapsed", "steward Paddock at gate 4"); "Chief Steward to send", "the Stewards' Room"
# and a place so named ("the Steward Lane gate", inside a sentence) stay.
_PERSON_CUES += ("steward ",)
_JOB_CUES = _JOB_CUES | frozenset(("steward ",))
# After the eighth blind pack: words after which a person is usually written but a service may
# be too ("Comment from Rajesh Sharp", "Follow-up with Dermatology"), so the words after them
# must read as a name (a listed name or a word in no dictionary), as after "over to".
_PERSON_CUES_LISTED: tuple[str, ...] = (
    "comment from ",
    "follow-up with ",
    "follow up with ",
    # after the ninth blind pack: whom someone spoke to or asked for ("spoke to Marama on the
    # night shift", "ring and ask for Matei", "plan agreed with Khadija Hunter"); speed: the
    # three after "spoke" are looked for only where "spoke" is written
    "spoke to ",
    "spoke with ",
    "spoken to ",
    "speak to ",
    "ask for ",
    "agreed with ",
    # after the tenth blind pack: whom to contact or tell ("staff contact Iris on 01422 ...",
    # "please tell Ruairí on reception", "may contact Sanjeev at the payroll service")
    "contact ",
    "please tell ",
    # after the eleventh blind pack: whose word, belongings or name something was ("not
    # implicated, according to Tariq Knight", "the number belonged to Ravinder Hartmann", "the
    # order was in the name of Kiran Bell"); never a word in capitals there ("according to EPR")
    "according to ",
    "belonged to ",
    "in the name of ",
    # whom someone asked about, and the name a thing was filed under ("Jake asked that Oluwaseun
    # from the unit not be told", "issued under another patient's name, JURI DIPPEL")
    "asked that ",
    "patient's name, ",
    "patient’s name, ",
    # after the thirteenth blind pack: whom an event involved, and who said something ("an
    # incident involving Siobhan Keane", "not for this review, said Megan Lloyd")
    "involving ",
    "said ",
    # whose a labelled thing or a blood bank's crossmatch was, as wrong-patient incidents say
    # ("a sling labelled for GWENLLIAN ROWE", "against the crossmatch of ABDI WARSAME")
    "labelled for ",
    "crossmatch of ",
    "crossmatch for ",
    # after the fourteenth blind pack: the name a record or a band was under, whom a count or a
    # plan was done with, and whose baby ("filed under the name Kuldip", "the name band read
    # PAOLETTA TONISTO", "pharmacy re-counted with Obinna", "were discussed with Morag", "the
    # ankle of the baby of MEI LING ASANTE")
    "under the name ",
    "name band read ",
    "re-counted with ",
    "discussed with ",
    "the baby of ",
    # after the fifteenth blind pack: whom a message was left for, who covered a break, whom a
    # review spoke with and whom its team thanks ("message left for Ewa to call back", "on
    # break, cover by Honey", "on conversations with Isaac and June", "The review team thanks
    # Effie for ...")
    "message left for ",
    "cover by ",
    "covered by ",
    "conversations with ",
    "team thanks ",
    # after the twenty-seventh blind pack: whom an entry was checked with and whom a supervision
    # discussed a case with ("Checked with Maelle, she agrees", "a supervision discussion with
    # Ruairi about the fall")
    "checked with ",
    "discussion with ",
)
_AFTER_SPOKE = frozenset(("spoke to ", "spoke with ", "spoken to "))
# After these a drug may stand where a person would ("an incident involving Clexane", "a syringe
# labelled for Oramorph"), so one word alone must be a listed first name.
_CUES_FOR_PEOPLE_OR_DRUGS = frozenset(("involving ", "said ", "labelled for "))
# After these a chart, a drug or a system may stand ("checked with Kardex entry", "checked with
# Kardex."), so the name must be followed by a comma or "about", as an agreement or a case is.
_CUES_BEFORE_A_PAUSE = frozenset(("checked with ", "discussion with "))
_PAUSE_AFTER_NAME = re.compile(r",|[ \t]about\b")
# After these a word in capitals is a body, not a person ("contact HM Coroner", "MBRRACE-UK").
_CONTACT_CUES = frozenset(
    ("contact ", "please tell ", "according to ", "belonged to ", "in the name of ", "asked that ",
     "discussed with ", "checked with ", "discussion with ")
)  # fmt: skip
# After the eighth blind pack: a name typed in lower case into a form's "Name:" field ("Name:
# morayo afolayan  DOB: ..."), up to two spaces, a comma or the line's end.
_LOWER_NAME_FIELD = re.compile(
    r"(?i:name):[ \t]*([a-z][a-z'’-]+(?:[ \t][a-z][a-z'’-]+){1,2})(?=[ \t]{2}|,|[ \t]*(?:\n|$))"
)
_NAME_BEFORE_BREAK = re.compile(
    rf"(?:^|(?<=\n)|(?<=[-:;]\s))[ \t]*({_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)$"
)
# The name on the line after a letter's sign-off: "Kind regards,\nKatarzyna Low".
_SIGNED_LINE = re.compile(
    rf"[,.!]?[ \t]*\n(?:[ \t]*\n)?[ \t]*({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})[ \t]*(?=\n|$|,)"
)
_CUED_NAME = re.compile(
    rf"((?:[A-Z]\.){{2,3}}|[A-Z]{{2,3}}(?![\w'’.-])|{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})"
    r"(?![\w'’-])"
)
# An e-mail header names its sender or addressee before the address: "From: Ann Lee <a@b.com>".
_MAIL_HEADER_NAME = re.compile(
    r"(?:^|\n)(?:From|To|Cc|CC|Sender)[ \t]*:[ \t]*([^\W\d_][^\n<>@:\d]{1,60}?)[ \t]*<[^>\n@]+@"
)


def _field_end(text: str, start: int) -> int:
    """Where a form's field that starts at ``start`` ends: at two spaces, as forms separate their
    fields ("Site manager: Ann Lee  Bleep 1601"; after the ninth blind pack), else the text's end."""
    stop = text.find("  ", start, start + 64)
    return len(text) if stop == -1 else stop


def _cued_names(
    text: str, found: list[tuple[int, int]], lowered: str | None = None, cue_text: str | None = None
) -> None:
    if lowered is None or len(lowered) != len(text):
        lowered = text.lower()
    # (Below, a name is taken only after a cue that opens a word.)
    for cue in cues_that_may_open_words(lowered, _PERSON_CUES):
        position = lowered.find(cue)
        while position != -1:
            after = position + len(cue)
            if (
                cue in _JOB_CUES
                and text[position].isupper()
                and text[max(0, position - 2) : position].strip(" \t")[-1:]
                # after the thirty-third blind pack: and a quoted field's opening quote
                # ('12:41,ES,"Steward Furlong reports ...')
                not in ("", ".", ",", ";", ":", "(", "\n", '"')
            ):
                position = lowered.find(cue, after)
                continue
            if (
                (not position or not lowered[position - 1].isalnum())
                and (match := _CUED_NAME.match(text, after, _field_end(text, after)))
                and "." not in match[1]
                and (cue[-1] != "(" or text.startswith(")", match.end(1)))
                and _signed_name_ok(match[1].split())
            ):
                found.append((match.start(1), match.end(1)))
            position = lowered.find(cue, after)
    spoke = "spoke" in lowered
    for cue in cues_that_may_open_words(lowered, _PERSON_CUES_LISTED):
        if not spoke and cue in _AFTER_SPOKE:
            continue
        position = lowered.find(cue)
        while position != -1:
            after = position + len(cue)
            if (
                (not position or not lowered[position - 1].isalnum())
                and (match := _CUED_NAME.match(text, after, _field_end(text, after)))
                and "." not in match[1]
                and len(match[1]) > 1  # "asked that I do not", not a name
                and _name_tokens_ok(words := match[1].split())
                and not (cue in _CONTACT_CUES and any(word[:2].isupper() for word in words))
                and not (
                    cue in _CUES_FOR_PEOPLE_OR_DRUGS
                    and len(words) == 1
                    and normalise(words[0]) not in _lists()[0]
                )
                and (cue not in _CUES_BEFORE_A_PAUSE or _PAUSE_AFTER_NAME.match(text, match.end(1)))
            ):
                found.append((match.start(1), match.end(1)))
            position = lowered.find(cue, after)
    # After the fifteenth blind pack: a log's line saying who went on a break ("1612 -
    # Mindaugas on break, cover by Scott"); the name opens the line's entry.
    position = lowered.find(" on break")
    while position != -1:
        if (match := _NAME_BEFORE_BREAK.search(text, max(0, position - 40), position)) and (
            _name_tokens_ok(match[1].split())
        ):
            found.append((match.start(1), match.end(1)))
        position = lowered.find(" on break", position + 9)
    if "name:" in lowered:
        for match in _LOWER_NAME_FIELD.finditer(text):
            if _name_tokens_ok(match[1].split()):
                found.append((match.start(1), match.end(1)))
    for cue in _CUES if cue_text is None else cues_that_may_be_written(cue_text, _CUES):
        position = lowered.find(cue)
        while position != -1:
            after = position + len(cue)
            # (after the twenty-fifth blind pack: "handing over to Anastasios", as a chat's
            # last message of a shift says, and "hand over to")
            if cue == "over to " and not lowered.endswith(
                ("handover to ", "handed over to ", "handing over to ", "hand over to "), 0, after
            ):
                position = lowered.find(cue, after)
                continue
            if cue in _SIGN_OFFS:
                if (match := _SIGNED_LINE.match(text, after)) and (
                    _signed_name_ok(words := match[1].split())
                    or (len(words) > 1 and len(words[0]) == 1 and _signed_name_ok(words[1:]))
                ):
                    found.append((match.start(1), match.end(1)))
            elif (not position or cue == "over to " or not lowered[position - 1].isalnum()) and (
                match := _CUED_NAME.match(text, after)
            ):
                written = match[1]
                if cue[:9] == "signature":  # "Chair's signature: JS", "release signature BT"
                    if len(written) <= 3 and written.isupper() and _initials_ok(written):
                        found.append((match.start(1), match.end(1)))
                elif "." not in written and _name_tokens_ok(written.split()):
                    found.append((match.start(1), match.end(1)))
            position = lowered.find(cue, after)
    if "<" in text:
        firsts, _, english, *_ = _lists()
        for match in _MAIL_HEADER_NAME.finditer(text):
            words = match[1].split()
            if (
                len(words) <= 4
                and all(word.replace("-", "").replace("'", "").isalpha() for word in words)
                # after the fifteenth blind pack: a team's mailbox typed in lower case, every
                # word in the dictionary and none a first name ("To: clinical governance
                # <cg@...>"), is no person ("From: rose best <...>" is)
                and not all(
                    word.islower() and word in english and word not in firsts for word in words
                )
            ):
                found.append((match.start(1), match.end(1)))


# After the seventh blind pack: one to three capitalised words opening a clause are a person,
# English words too, before a job in brackets ("Honey (dispenser, Band 3)", "Sunny (bank)") or
# before "countersigned" ("Reece wrote the chart; Hazard countersigned."), unless a title, a
# role, a place or a team (as after "regards": "Pharmacy (pharmacist)" stays); only a job
# alone in the brackets or before a comma ("Pain (nurse assessed)" stays).
_ROLE_IN_BRACKETS = re.compile(
    r"\((?:(?:bank|agency|senior|student|night|day)[ \t]+)?([a-z]+)(?=[,)])"
)
_STAFF_KINDS = frozenset(("bank", "agency", "locum"))
# Matched from just after the clause's last stop, comma, bracket or line break (or a time).
_NAME_OPENING_CLAUSE = re.compile(
    rf"[ \t]*(?:\d[\d.:]*(?:[ap]m)?[ \t]+)?({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})[ \t]+"
)
_CLAUSE_STOPS = "\n;.,:|)"
_COUNTERSIGNED = (" countersigned", " co-signed")


# After the ninth blind pack: the ways logs and letters name their staff.
# An initial and a surname after "by" or a locum's comma ("overridden by A Barrett (locum)",
# "countersigned by R. Swan.", "A locum, I. Cushing, had covered"). After an initial with a full
# stop the surname may be an English word too, as after "regards", but never a title, a role, a
# place or a team ("by R. Ward team" stays); after a bare initial it must read as a name ("by
# A Ward" stays), and "X" is never an initial there ("by X Ray").
_INITIAL_AND_SURNAME = re.compile(
    rf"([{_UPPER}]\.?[ \t]+(?:(?:le|van|de|den|der|la|von|dos|da|du|ap|bin)[ \t]+)*({_NAME_WORD}))"
    r"(?=[ \t]*(?:[,.;:)(]|\n|$)|[ \t]+[a-z])"
)
_INITIAL_AND_SURNAME_CUES: tuple[str, ...] = (
    " by ",
    "locum, ",
    "referral to ",
    "appointment with ",
)
# Those "involved", listed to the line's end ("Other staff involved: A. Mensah, Simran"): each
# item an initial and a surname or one to three capitalised words.
_INVOLVED_ITEM = re.compile(
    rf"[ \t]*((?:[{_UPPER}]\.?[ \t]+(?:(?:le|van|de|den|der|la|von|dos|da|du|ap|bin)[ \t]+)*)?"
    rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})[ \t]*(?=,|\n|$)"
)
# A name in brackets before a mobile number ("Family informed: yes (Imran, 07591 469374)"); a
# switchboard or a helpline has a landline ("(Main Reception, 0300 123 4567)" stays).
_NAME_BEFORE_PHONE = re.compile(
    rf"\(({_NAME_WORD}(?:[ \t]+{_NAME_WORD})?),[ \t]*(?:\+44[ \t]*(?:\(0\)[ \t]*)?7|07)\d"
)
# After the forty-fifth blind pack: whom a voicemail or a message was left for, before the number
# it was left on ("Voicemail left for Opio Summoner on 07998 187305"): a person whatever the
# surname's word, when the given name is listed or in no dictionary (`_surname_any_word_in_cell`;
# "left for Ward 7 on 0300 ..." and "left for Main Reception on ..." stay).
_LEFT_FOR_BEFORE_PHONE = re.compile(
    rf"(?:[Vv]oicemail|[Mm]essage)[ \t]+left[ \t]+for[ \t]+({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})"
    r"[ \t]+on[ \t]+(?:\+44|\(?0)\d"
)
# Initials closing a log's line after the date or time of what was done ("Entered 15 March
# 2026 MN", "Checked 19/08/2025 R.C. / KC", "Handed over at 07:45 - LW"), or after "signed"
# ("Checked and signed LS / CD 28/05/2025").
_LINE_INITIALS = rf"(?:[{_UPPER}]\.){{2,4}}|[{_UPPER}]{{2,4}}"
_LOG_DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{4}-\d\d-\d\d|\d\d?[:.]\d\d"
    r"|\d{1,2}(?:st|nd|rd|th)?(?:[ \t]+|-)[A-Z][a-z]{2,8}(?:(?:[ \t]+|-)\d{2,4})?"
    r"|[A-Z][a-z]{2,8}[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,[ \t]+\d{4})?|\d\d?[A-Z]{3}\d{4}"
    r"|\d{1,2}[ \t]+[A-Z]{3}[ \t]+\d{4}"
    r"|the[ \t]+\d{1,2}(?:st|nd|rd|th)(?:[ \t]+of[ \t]+[A-Z][a-z]{2,8})?)"
)
_DATED_INITIALS = re.compile(
    _LOG_DATE + rf"(?:[ \t]+-)?[ \t]+({_LINE_INITIALS})(?:[ \t]*/[ \t]*({_LINE_INITIALS}))?[ \t]*$"
)
# After the tenth blind pack. A log line opened by the word that signs it, then the initials of
# who did it, perhaps after "by", a date or a lower-case job ("Logged MH 17/01/2026", "Call
# closed L.P.", "Closed 3 May KS / escalated", "Signed duty nurse E.C.", "Dictated MC, typed by
# ..."); the initials end the line or come before a date, a slash or a comma.
_SIGN_OFF_OPENERS = tuple(
    "Logged Entered Recorded Closed Signed Dictated Typed Supervisor Reviewed Verified "
    "Authorised Actioned Updated Call".split()
)
_SIGN_OFF_LINE = re.compile(
    r"(?:Call[ \t]+closed|Logged|Entered|Recorded|Closed|Signed|Dictated|Typed|Supervisor|"
    r"Reviewed|Verified|Authorised|Actioned|Updated)(?:[ \t]+by)?"
    rf"(?:[ \t]+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*[ \t]+)?{_LOG_DATE})?(?:[ \t]+[a-z]+){{0,2}}"
    rf"[ \t]+({_LINE_INITIALS})(?=[ \t]*(?:$|\n|[,/;]|\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b"
    r"|the[ \t]+\d|[A-Z][a-z]{2,8}[ \t]+\d))"
)
# The author of a dated log entry, by initials and a colon before what was done ("03/02/26 LC:
# details checked", "Tue 4th Mar R.W.: rang the GP"): a lower-case word must follow, so "12/03
# BP: 120/80" and "12/03 OE: ..." (shorthand) stay.
_DATED_AUTHOR = re.compile(
    rf"[ \t]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*[ \t]+)?{_LOG_DATE}[ \t]+"
    rf"((?:[{_UPPER}]\.){{2,4}}|[{_UPPER}]{{2,3}})"
)
# Two sets of initials joined by "and" after "by" ("signed by PW and C.W. before each dive").
_INITIALS_AND_INITIALS = re.compile(
    rf"by[ \t]+({_LINE_INITIALS})[ \t]+(?:and|&)[ \t]+({_LINE_INITIALS})(?![\w])"
)
# Initials after "by" and before a comma and a date ("Clinic note by AN, 14.11.25").
_BY_INITIALS_DATED = re.compile(
    rf"by[ \t]+({_LINE_INITIALS}),[ \t]+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*[ \t]+)?\d"
)
# A letter's or a note's signature after a blank line: initials opening the line before a slash
# and the team ("RW / duty team, ext 4471"), or closing a line of one to three words that names
# the team or the job, the last of the text ("Community outreach JM"; not "Seen in ED",
# "Discussed with MDT").
_SIGNATURE_INITIALS_FIRST = re.compile(rf"[ \t]*({_LINE_INITIALS})[ \t]+/[ \t]+[A-Za-z]")
_SIGNATURE_INITIALS_LAST = re.compile(
    rf"[ \t]*([A-Z][A-Za-z]*(?:[ \t]+[A-Za-z]+){{0,2}})[ \t]+({_LINE_INITIALS})\s*$"
)
_NOT_SIGNATURE_WORDS = frozenset(
    "to with by in at from for via and or on of see seen refer referred discussed copy cc "
    "the a an is was per under".split()
)
# Capitals that sign nothing, though the shorthand list leaves them: systems, tests and the
# headings of a clerking ("12/03 HPC: fall at home", "OE:", "Imp:").
_NOT_SIGNING_INITIALS = frozenset(
    "am pm pas epr dwp tft axr ews csu salt nhs gmt bst utc hrs ok tbc tba oe hpc pmh dh sh fh "
    "hx rx dx ix tx ros imp obs note aim qa np pa sw cc re aka tci tta adl adls mse ra loc dod "
    "wnl bm bms sats aob toe tte pci niv icp cvc mca lpa bia dst chc dsr acs echo news sofa "
    "curb dexa turp mrcp ogtt cabg tavi evar picc abpi ctpa ercp imha istc ppci ctca epau".split()
)
# ... and before a colon, what opens a postscript or a note's aside ("NB: ...", "PS: ...").
_NOT_AUTHOR_BEFORE_COLON = frozenset(("nb", "ps", "pps"))
# Initials closing a line after a sentence's stop and one or two spaces ("Plan agreed with Mrs
# Roe.  K.L."), as a note is signed.
_STOP_THEN_INITIALS = re.compile(
    rf"[.!?][ \t]{{1,2}}((?:[{_UPPER}]\.){{2,4}}|[{_UPPER}]{{2,3}})[ \t]*$"
)
# Capitals that close a line after a time or a date without being anyone's initials.
_NOT_LINE_INITIALS = frozenset(
    "am pm gmt bst utc hrs hr asap stat news dnar edd tta tci rtc nfr rosc it tbc tba".split()
)
# A report's author by initials before its date ("Report MD, 24.12.2025. Copies: GP"), at a
# line's start.
_REPORT_INITIALS = re.compile(
    rf"\n(?:Report|Reported|Written|Completed|Prepared)[ \t]+(?:by[ \t]+)?({_LINE_INITIALS}),"
    r"[ \t]+(?:\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*[ \t]+\d)"
)
# A name in brackets before the department the person works in ("supplier contacted (Ewa,
# customer services)"); it must read as a name ("(Aspirin, pharmacy team)" stays).
_NAME_BEFORE_DEPARTMENT = re.compile(
    rf"\(({_NAME_WORD}(?:[ \t]+{_NAME_WORD})?),[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:services|team|office|desk|reception|helpline|admin)\)"
)
# A signature after a blank line: a full name, a comma and the writer's job ("Rhodri Hale, Nurse
# Practitioner, Asylum Health Team", "Jade Rivers, Recovery Worker").
_NAME_THEN_JOB = re.compile(
    rf"\n[ \t]*\n[ \t]*({_NAME_WORD}(?:[ \t]+(?:(?:le|van|de|den|der|la|von|dos|da|du|ap|bin)"
    rf"[ \t]+|(?:al|el)-)*{_NAME_WORD}){{1,2}}),[ \t]+((?:[A-Za-z]+[ \t]+){{0,3}}[A-Za-z]+)[ \t]*(?=,|\n|$)"
)
_SIGNED_INITIALS = re.compile(
    rf"signed[ \t]+({_LINE_INITIALS})(?:[ \t]*/[ \t]*({_LINE_INITIALS}))?(?![\w.])"
)


def _signing_initials_ok(written: str) -> bool:
    return written.replace(".", "").lower() not in _NOT_SIGNING_INITIALS and _initials_ok(written)


def _log_authors(text: str, found: list[tuple[int, int]]) -> None:
    """Initials signing a log line (after the tenth blind pack; see ``_SIGN_OFF_LINE``)."""
    start = 0
    while start != -1:
        if (
            text.startswith(_SIGN_OFF_OPENERS, start)
            and (match := _SIGN_OFF_LINE.match(text, start))
            and _signing_initials_ok(match[1])
        ):
            found.append((match.start(1), match.end(1)))
        start = text.find("\n", start)
        if start != -1:
            start += 1
    # Speed: read back only from a colon with a lower-case word after it and a capital before.
    position = text.find(": ")
    while position != -1:
        if (
            "a" <= text[position + 2 : position + 3] <= "z"
            and position
            and ("A" <= text[position - 1] <= "Z" or text[position - 1] == ".")
        ):
            line = text.rfind("\n", 0, position) + 1
            if (
                position - line <= 48
                and (match := _DATED_AUTHOR.fullmatch(text, line, position))
                and match[1].replace(".", "").lower() not in _NOT_AUTHOR_BEFORE_COLON
                and _signing_initials_ok(match[1])
            ):
                found.append((match.start(1), match.end(1)))
        position = text.find(": ", position + 2)
    position = text.find("by ")
    while position != -1:
        # speed: initials only, a capital then a capital or a full stop ("by PW", "by C.D.")
        if not ("A" <= text[position + 3 : position + 4] <= "Z") or not (
            "A" <= text[position + 4 : position + 5] <= "Z"
            or text[position + 4 : position + 5] == "."
        ):
            position = text.find("by ", position + 3)
            continue
        if (
            (match := _INITIALS_AND_INITIALS.match(text, position))
            and _signing_initials_ok(match[1])
            and _signing_initials_ok(match[2])
        ):
            found.append((match.start(1), match.end(1)))
            found.append((match.start(2), match.end(2)))
        elif (
            (
                match := _BY_INITIALS_DATED.match(text, position)
                or _BY_JOB_INITIALS.match(text, position)
            )
            and _signing_initials_ok(match[1])
            and not (position and _is_word_char(text[position - 1]))
        ):
            found.append((match.start(1), match.end(1)))
        position = text.find("by ", position + 3)
    position = text.find("\n\n")
    while position != -1:
        start = position + 2
        if match := _SIGNATURE_INITIALS_FIRST.match(text, start):
            if _signing_initials_ok(match[1]):
                found.append((match.start(1), match.end(1)))
        elif (
            (match := _SIGNATURE_INITIALS_LAST.match(text, start))
            and _NOT_SIGNATURE_WORDS.isdisjoint(match[1].lower().split())
            and _signing_initials_ok(match[2])
        ):
            found.append((match.start(2), match.end(2)))
        position = text.find("\n\n", start)


# After the eleventh blind pack: the ways a log or a slip signs what was done by initials alone.
# In brackets after what was done or its date, closing the clause ("Letter drafted (AS).",
# "two-person check agreed (YM).", "Reviewed at the MDT on 14 Jan (T.A.)."); an abbreviation
# defined in brackets follows a noun, not a deed ("rheumatoid arthritis (RA)" stays).
_BRACKETED_INITIALS = re.compile(
    rf"\(((?:[{_UPPER}]\.){{2,4}}|[{_UPPER}]{{2,3}})\)(?=[.;,]|[ \t]*(?:\n|$))"
)
_DEED_OR_DATE_BEFORE = re.compile(rf"(?:[a-z]{{2,}}ed|{_LOG_DATE})[ \t]+$")
# Below, two or three capitals or up to four dotted initials ("ASAP" is never one).
_DEED_INITIALS = rf"(?:[{_UPPER}]\.){{2,4}}|[{_UPPER}]{{2,3}}"
# A line that names who wrote the minutes or did a test by job, then initials alone ("Minutes:
# RT", "Scribe: K.L.", "Physiologist: BS", "Duty pharmacist: MO").
_JOB_LABEL_INITIALS = re.compile(
    r"[ \t]*(?:(?:[A-Z][a-z]+[ \t]+)?(?:[Mm]inutes|[Mm]inute[ \t]+taker|[Ss]cribe|[Nn]ote[ \t]+taker"
    r"|[A-Za-z]*(?:ologist|ographer|ician|therapist|pharmacist|[Nn]urse|[Mm]idwife))"
    rf")[ \t]*:[ \t]*({_DEED_INITIALS})[ \t]*\.?[ \t]*$"
)
# A log or a sheet closed, reviewed or exported by initials, on a line of its own ("Batch log
# closed KT", "Log closed by MW 03-07-2026.", "Closed by TN.", "Log exported 3.8.26 by RB").
_DAY_WORD = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*[ \t]+)?"
# Speed: the verbs are found with str.find by their letters after the first.
_CLOSING_STEMS = ("losed ", "eviewed ", "xported ", "rchived ", "ocked ")
_CLOSED_BY_INITIALS = re.compile(
    r"[ \t]*(?:[A-Z][a-z]+[ \t]+)?(?:[a-z]+[ \t]+)?(?:[Cc]losed|[Rr]eviewed|[Ee]xported|[Aa]rchived"
    rf"|[Ll]ocked)(?:[ \t]+(?:on[ \t]+)?{_DAY_WORD}{_LOG_DATE})?(?:[ \t]+by)?[ \t]+({_DEED_INITIALS})"
    rf"(?:[ \t]+(?:on[ \t]+)?{_DAY_WORD}{_LOG_DATE})?[ \t]*\.?[ \t]*$"
)
# A second signer after the first or after a date ("Entered by WB, checked YP.", "Certificate
# filed 29.10.25; checked K.A.").
# After the twenty-first blind pack: so too after a first signer named in words, and before a
# table cell's end or the quote that closes a field ("dose 1 given by Joanna Morris, checked YK
# |").
_CHECKED_BEFORE = re.compile(
    rf"(?:by[ \t]+(?:{_DEED_INITIALS}|[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){{0,2}})"
    rf"|{_LOG_DATE})[,;][ \t]+$"
)
_CHECKED_INITIALS = re.compile(
    rf"checked[ \t]+(?:by[ \t]+)?({_DEED_INITIALS})(?=[ \t]*(?:[.;,|\"]|\n|$))"
)
# Initials after "by" and a job in shorthand ("group check by BMS JR:", "witnessed by HCA LT").
_BY_JOB_INITIALS = re.compile(
    r"by[ \t]+(?:BMS|HCA|HCSW|CSW|RN|RMN|RGN|ODP|SN|MLA|MLSO|nurse|porter|midwife)[ \t]+"
    rf"({_DEED_INITIALS})(?![\w'’]|[ \t]+[A-Z])"
)


# After the fourteenth blind pack: initials that sign a decision or a change in a log ("meter not
# taken out of use, per WN", "Entry amended by DS:"), the second of two signers ("checked by DR
# and SC", "Checkers: JM / LS"); not the documents one acts "per" ("per PGD", "per SOP").
# After the seventeenth blind pack: so too after a deed a log's writer signs ("silenced by
# DS", "typed by AS", "written by UE", "checked by CD", "witnessed by LT", a table's row "|
# Checked by | CD |"), and before a dash or a table cell's end as well as a stop ("entry
# corrected by CN - see 2 Apr", "| checked by AS |"), or before "shows" ("the log written by
# UE shows", "GCS checks by TQ:"); "checked by IT", "witnessed by NIC" stay.
# After the nineteenth blind pack: so too after the user of an audit log's line ("reprinted,
# user DM;") and after more deeds a log's writer signs ("note added by OB:", "datix done by
# TD,", "Taken by PC" at a line's end, "entered by LP;", "raised by AC;"); a route, a dose's
# shorthand or an identifier's kind stays ("taken by PO", "user ID:").
# After the twentieth blind pack: so too after "to add from" ("nothing further to add from RT"),
# and before the quote that closes a field of a file of comma-separated values ('by AS",').
# After the twenty-first blind pack: so too after a device's operator, an escort or an entry's
# owner ("ketones 4.2 on ketone meter, operator GC"), and after a task closed, a team called or
# a dose given by someone ("task closed by IF |", "outreach called by HE |"); a route stays
# ("given by IV", "given by NG").
_PER_OR_AMENDED_INITIALS = re.compile(
    rf"(?:(?<![\w])(?:per|[Uu]ser|to[ \t]+add[ \t]+from|operator|escort|owner)"
    r"|(?:amended|corrected|updated|silenced|closed|called|given"
    r"|typed|written|printed|[Cc]hecked|checks|witnessed|added|done|[Tt]aken|entered|raised)"
    rf"[ \t]+by(?:[ \t]*\|)?)[ \t]+({_DEED_INITIALS})"
    r"(?=[ \t]*(?:[.;,:|\"]|\n|$)|[ \t]+-[ \t]|[ \t]+shows\b)"
)
_SECOND_SIGNER = re.compile(
    rf"(?:by[ \t]+(?:{_DEED_INITIALS})[ \t]+and|[Cc]heckers[ \t]*:[ \t]*({_DEED_INITIALS})"
    rf"[ \t]*/)[ \t]*({_DEED_INITIALS})(?=[ \t]*(?:[.;,:]|\n|$)|[ \t]{{2,}}|[ \t]+[a-z])"
)
# ... and initials said to be the patient ("For the avoidance of doubt, LO and the patient named
# above are the same person"); shorthand stays ("GP and the patient agreed").
_INITIALS_AND_THE_PATIENT = re.compile(
    rf"(?<![\w.])({_DEED_INITIALS})[ \t]+and[ \t]+the[ \t]+patient\b"
)
_NOT_PER_INITIALS = frozenset(
    ("pgd", "sop", "bnf", "mdt", "gp", "icb", "os", "pr", "iv", "ng", "it", "ent", "nic")
    + ("po", "id", "im", "sc", "sl", "pv", "pin", "ip")
)
_SIGNER_CUES: tuple[str, ...] = (
    "per ", "amended by ", "corrected by ", "updated by ", " and ", "heckers", "silenced by ",
    "typed by ", "written by ", "hecked by ", "witnessed by ", "printed by ", "checks by ",
    "ser ", "added by ", "done by ", "aken by ", "entered by ", "raised by ", "add from ",
    # after the twenty-first blind pack
    "operator ", "escort ", "owner ", "losed by ", "alled by ", "iven by ",
)  # fmt: skip


# After the fourteenth blind pack: a person given the next action in a log, after a semicolon
# ("nothing further to add; Reed to finish the incident form"); the word must read as a name
# (listed, or in no dictionary), so "; Pharmacy to review" stays.
_ACTION_OWNER = re.compile(
    rf";[ \t]+({_NAME_WORD})[ \t]+to[ \t]+(?:finish|complete|chase|follow|update|inform|review|"
    r"ring|call|check|escalate|send|arrange|write|"
    # after the twenty-third blind pack: who is to put patients together in a bay ("no 1:1
    # available; Eithne to cohort two patients in bay 3")
    r"cohort)\b"
)


def _action_owners(text: str, found: list[tuple[int, int]]) -> None:
    position = text.find("; ")
    while position != -1:
        if (match := _ACTION_OWNER.match(text, position)) and _name_tokens_ok([match[1]]):
            found.append((match.start(1), match.end(1)))
        position = text.find("; ", position + 2)


# After a deed done "by" someone, shorthand for a condition or a dose cannot be the doer ("CD",
# "CP", "EP", "SR" there are a person's initials, as are a police rank's "DS", "DI", "PC"); a
# team, a test, a place or a job written alone can ("checked by ECG", "typed by RN", "by ED").
_AGENT_SHORTHAND = frozenset(
    """
    ahp amu anp bma ccu cdu ceo cmo cno cns coo cqc ct cxr dn ecg ed eeg emd ems ent fy gp hca
    hdu icb icu ipc itu las ldu mdt mri nhs nmp nnu nok odp ooh opd ot pcn phe pt rcn reg rmn rn
    sau sho sjr slt ucc uk us uss xr yas yot
    """.split()
)
_RANKS_NOT_ROLES = frozenset(("ds", "di", "dc", "pc", "rm", "en", "sen", "rep", "sim", "snr"))


def _deed_initials_ok(written: str) -> bool:
    key = normalise(written.replace(".", ""))
    return not (
        key in _NOT_SIGNING_INITIALS
        or key in _AGENT_SHORTHAND
        or (key in ROLE_WORDS and key not in _RANKS_NOT_ROLES)
        or key in _ACRONYMS
        or key in _TITLE_KEYS
    )


def _signer_cue_positions(text: str, cue: str, by_positions: list[int]) -> list[int]:
    """Where ``cue`` is written in ``text``, each place after the end of the last (as a search
    from there finds them); ``by_positions``: every place " by " is written."""
    if cue.endswith(" by "):
        # No signer cue's opening is also its ending, so no two places of one overlap.
        offset = len(cue) - 4
        return [
            position - offset
            for position in by_positions
            if position >= offset and text.startswith(cue, position - offset)
        ]
    positions = []
    position = text.find(cue)
    while position != -1:
        positions.append(position)
        position = text.find(cue, position + len(cue))
    return positions


def _signers_by_initials(
    text: str, found: list[tuple[int, int]], cue_text: str | None = None
) -> None:
    cues = _SIGNER_CUES if cue_text is None else cues_that_may_be_written(cue_text, _SIGNER_CUES)
    # Speed: most cues end in " by ", so the text is scanned once for that (every place, as two
    # may share a space) and such a cue is looked for only just before one.
    by_positions = []
    position = text.find(" by ")
    while position != -1:
        by_positions.append(position)
        position = text.find(" by ", position + 1)
    for cue in cues:
        for position in _signer_cue_positions(text, cue, by_positions):
            start = max(0, position - 16)
            end = position + len(cue) + 16
            pattern = _SECOND_SIGNER if cue in (" and ", "heckers") else _PER_OR_AMENDED_INITIALS
            # Speed: a second signer's match opens with "by" or "heckers", so an " and " with
            # neither in its window (most of them) is passed over without the search.
            if (
                cue == " and "
                and text.find("by", start, end) == -1
                and text.find("heckers", start, end) == -1
            ):
                match = None
            else:
                match = pattern.search(text, start, end)
            if match:
                for group in range(1, pattern.groups + 1):
                    if (
                        match[group]
                        and match[group].replace(".", "").lower() not in _NOT_PER_INITIALS
                        and (
                            _signing_initials_ok(match[group])
                            # a deed done by someone: any initials but shorthand, a job or a
                            # title (the words never a name hold "CD", "DS", "CP" as terms)
                            or (
                                cue.endswith(("by ", "ser ", "from ", "tor ", "ort ", "ner "))
                                and _deed_initials_ok(match[group])
                            )
                        )
                    ):
                        found.append((match.start(group), match.end(group)))
    position = (
        text.find(" and the patient")
        if cue_text is None or may_be_written(cue_text, " and the patient")
        else -1
    )
    while position != -1:
        if (
            match := _INITIALS_AND_THE_PATIENT.search(text, max(0, position - 12), position + 17)
        ) and _signing_initials_ok(match[1]):
            found.append((match.start(1), match.end(1)))
        position = text.find(" and the patient", position + 16)


# After the twentieth blind pack: initials as the one who spoke, agreed or put something right,
# after a comma or a clause's "and" or "but" ("the result was passed on, and TK had ticked the
# box", "was signed, but KG said", "one swab short, AW told the surgeon", "and SR corrected the
# dose"). Shorthand for a team, a test or a job stays ("and GP said", "and the ICU agreed", "but
# CT had showed"), as do initials the words never a name hold ("BP said" cannot be).
# After the twenty-first blind pack: so too opening a sentence, a paragraph or a field of
# comma-separated values ("completed late. LM wrote a reflective account", "\n\nCN had reported
# the fault", ',"GC reviewed obs'), and as the one who wrote or reviewed; a team's or a job's
# shorthand stays there too ("The ACP reviewed", ". ICU had agreed", ". OT wrote").
# After the twenty-second blind pack: so too opening a log's entry after its bracketed time or a
# table's cell ("[09:30] JA checked obs", "| 02:10 | J.P. checked obs |"), and as the one who
# checked, recorded, confirmed, gave or found something, or went on a break ("not answered, TA on
# break", "sorry yes, A.R. found her"); what is measured or checked stays ("| CBG checked |",
# "] BM recorded", ". ECG confirmed", "| CT found").
_INITIALS_AS_SUBJECT = re.compile(
    rf"(?:,[ \t]+(?:(?:and|but)[ \t]+)?|[.!?][ \t]+|\n|,\"|[\]|][ \t]+)({_DEED_INITIALS})[ \t]+"
    r"(?:said|agreed|told|corrected|wrote|reviewed|had[ \t]+[a-z]{2,}ed|checked|recorded|"
    r"confirms|confirmed|gave|found|on[ \t]+break)\b"
)
_SUBJECT_VERBS: tuple[str, ...] = (
    " said",
    " agreed",
    " told ",
    " corrected ",
    " had ",
    " wrote ",
    " reviewed ",
)
_SUBJECT_VERBS += (" checked ", " recorded ", " confirms ", " confirmed ", " gave ", " found ")
_SUBJECT_VERBS += (" on break",)
# Shorthand for what is measured, tested or found, never the one who checked it.
_MEASURED_SHORTHAND = frozenset(
    """
    cbg bgl inr crp fbc ue ues vbg abg lft tft pef bnp ck esr gfr egfr aki uti pe dvt mi vf vt
    ua ph pt ptt aptt hb wcc plt ecg cxr mews pews co
    """.split()
)
_TEAM_SHORTHAND = frozenset(("hv", "aps", "cpn", "pals", "sn", "ae", "mh", "ld", "ir", "hr"))
_TEAM_SHORTHAND |= frozenset(("acp", "ccot", "crt", "mht", "cmht", "hcp", "ppe", "ceo", "ooh"))


def _initials_as_subjects(
    text: str, found: list[tuple[int, int]], cue_text: str | None = None
) -> None:
    verbs = (
        _SUBJECT_VERBS if cue_text is None else cues_that_may_be_written(cue_text, _SUBJECT_VERBS)
    )
    for verb in verbs:
        position = text.find(verb)
        while position != -1:
            if text[position - 1 : position].isupper() or text[position - 1 : position] == ".":
                match = _INITIALS_AS_SUBJECT.search(text, max(0, position - 18), position + 24)
                if (
                    match
                    and match.end(1) == position
                    and (key := match[1].replace(".", "").lower()) not in _NOT_PER_INITIALS
                    and key not in _TEAM_SHORTHAND
                    and key not in _MEASURED_SHORTHAND
                    and _signing_initials_ok(match[1])
                    and _deed_initials_ok(match[1])
                ):
                    found.append((match.start(1), match.end(1)))
            position = text.find(verb, position + len(verb))


# After the twenty-first blind pack: initials after a comma that end a table's cell or a field
# of comma-separated values sign the entry ("| end of handover, BM |", 'smear only, PF"'); a
# team, a test or a route there stays ("| referred on, ICU |", ', IV"'), as does what is
# measured, in three letters or more ("| repeated, CBG |"): two letters alone closing a field
# sign it more often than they name a test ('smear only, CK"' was a person's initials).
_INITIALS_ENDING_FIELD = re.compile(rf",[ \t]+({_DEED_INITIALS})[ \t]*(?:\||\"(?=[,\r\n]|$))")


def _initials_ending_fields(text: str, found: list[tuple[int, int]]) -> None:
    if "|" not in text and '"' not in text:
        return
    for match in _INITIALS_ENDING_FIELD.finditer(text):
        key = match[1].replace(".", "").lower()
        if (
            key not in _NOT_PER_INITIALS
            and key not in _TEAM_SHORTHAND
            and (len(key) < 3 or key not in _MEASURED_SHORTHAND)
            and _signing_initials_ok(match[1])
            and _deed_initials_ok(match[1])
        ):
            found.append((match.start(1), match.end(1)))


# After the twenty-second blind pack: a name opening a sentence, set off by commas with the job
# the person was doing ("lorazepam. Horatio, the nurse in charge, had", "Ferelith Gale, the
# escort nurse, found"); the words must read as a name ("Sepsis, the commonest cause," and
# "Pharmacy, the nurse in charge," stay).
_NAME_SET_OFF_BY_JOB = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+|\n)([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?),[ \t]+the[ \t]+"
    r"(?:[a-z]+[ \t]+){0,2}(?:nurse|midwife|doctor|registrar|consultant|porter|manager|sister|"
    r"matron|paramedic|pharmacist|physiotherapist|carer|assistant|student|coordinator|"
    r"practitioner|technician|officer|worker)(?:[ \t]+(?:in[ \t]+charge|on[ \t]+(?:duty|call)))?,"
)


def _names_then_jobs(text: str, found: list[tuple[int, int]]) -> None:
    position = text.find(", the ")
    while position != -1:
        line = max(0, position - 40)
        for match in _NAME_SET_OFF_BY_JOB.finditer(text, line, position + 60):
            if match.end(1) == position and _name_tokens_ok(match[1].split()):
                found.append((match.start(1), match.end(1)))
        position = text.find(", the ", position + 6)


def _initials_signing_deeds(text: str, found: list[tuple[int, int]]) -> None:
    match: re.Match[str] | None  # a loop's match, then a pattern's match or None
    if "(" in text:
        for match in _BRACKETED_INITIALS.finditer(text):
            start = match.start()
            if _DEED_OR_DATE_BEFORE.search(text, max(0, start - 40), start) and (
                _signing_initials_ok(match[1])
            ):
                found.append((match.start(1), match.end(1)))
    # Speed: a colon is read further only with a capital after it and the line's end near.
    position = text.find(":")
    while position != -1:
        stop = text.find("\n", position)
        stop = len(text) if stop == -1 else stop
        if stop - position <= 12 and "A" <= text[position + 1 : position + 3].lstrip()[:1] <= "Z":
            line = text.rfind("\n", 0, position) + 1
            if (
                position - line <= 32
                and (match := _JOB_LABEL_INITIALS.fullmatch(text, line, stop))
                and _signing_initials_ok(match[1])
            ):
                found.append((match.start(1), match.end(1)))
        position = text.find(":", position + 1)
    for stem in _CLOSING_STEMS:
        position = text.find(stem)
        while position > 0:
            line = text.rfind("\n", 0, position) + 1
            stop = text.find("\n", position)
            stop = len(text) if stop == -1 else stop
            if (
                position - line <= 25
                and stop - position <= 48
                and (match := _CLOSED_BY_INITIALS.fullmatch(text, line, stop))
                and _signing_initials_ok(match[1])
            ):
                found.append((match.start(1), match.end(1)))
            position = text.find(stem, position + 1)
    position = text.find("checked ")
    while position != -1:
        if (
            (
                "A" <= text[position + 8 : position + 9] <= "Z"
                or text.startswith("by ", position + 8)
            )
            and (match := _CHECKED_INITIALS.match(text, position))
            and _CHECKED_BEFORE.search(text, max(0, position - 40), position)
            and _signing_initials_ok(match[1])
        ):
            found.append((match.start(1), match.end(1)))
        position = text.find("checked ", position + 8)


# After the eleventh blind pack: a name typed in lower case before a bracket saying who the
# person is, opening a line or a clause ("0810 josephine ashworth (bank staff) added a note",
# "16:40 yusuf okafor (another patient) weighed next"): both words listed names, or in no
# dictionary; particles may come between them ("joy van den berg (bank staff)").
# After the seventeenth blind pack: the bracket may hold any job ("(porter)", "(ward manager)",
# "(HCA)"), the words may carry accents ("róisín stokes") and more particles ("mac an", "di",
# "nic"), and the line may open with a quote or a table's bar.
_LOWER_BRACKET_ROLES: tuple[str, ...] = (
    " (bank ",
    " (agency ",
    " (locum",
    " (another patient",
    " (other patient",
)
_LOWER_PAIR_BEFORE = re.compile(
    r"(?:^|\n|[.;:,(\"|][ \t]|\d[ \t]|\")[ \t]*([^\W\d_A-Z][^\W\d_'’]*['’]?[^\W\d_]*(?:-[^\W\d_]+)?)[ \t]"
    r"(?:(?:van|von|de|den|der|du|da|di|del|dos|la|le|ter|ten|bin|ap|mac|nic|ni|an)[ \t]+){0,2}"
    r"([^\W\d_A-Z][^\W\d_'’]*['’]?[^\W\d_]*(?:-[^\W\d_]+)?)$"
)
_STAFF_KINDS = frozenset(("bank", "agency", "locum"))
_BRACKETED_JOB = re.compile(r" \(([A-Za-z]+)(?:[ \t]+([a-z]+))?\)")


# After the fourteenth blind pack: one person named in brackets after the group they speak for
# or belong to ("handed to night team (River)", "family (Flo) on 07700 900123", "rang the
# relatives (Mo)"); any capitalised word but shorthand, a clinical term or a word never a name.
_GROUP_THEN_BRACKETS: tuple[str, ...] = (" team (", " family (", " relatives (", " staff (")
_NAME_IN_GROUP_BRACKETS = re.compile(rf"({_NAME_WORD})\)")


def _people_in_brackets_after_groups(
    text: str, found: list[tuple[int, int]], cue_text: str | None = None
) -> None:
    never = _lists()[4]
    cues = (
        _GROUP_THEN_BRACKETS
        if cue_text is None
        else cues_that_may_be_written(cue_text, _GROUP_THEN_BRACKETS)
    )
    for cue in cues:
        position = text.find(cue)
        while position != -1:
            start = position + len(cue)
            if (
                (match := _NAME_IN_GROUP_BRACKETS.match(text, start))
                and not match[1].isupper()
                and normalise(match[1]) not in never
                and not is_clinical(text, start, match.end(1))
            ):
                found.append((start, match.end(1)))
            position = text.find(cue, start)


def _lower_case_before_role(
    text: str, found: list[tuple[int, int]], cue_text: str | None = None
) -> None:
    firsts, lasts, english, _, never, _ = _lists()
    starts: set[int] = set()
    roles = (
        _LOWER_BRACKET_ROLES
        if cue_text is None
        else cues_that_may_be_written(cue_text, _LOWER_BRACKET_ROLES)
    )
    for role in roles:
        position = text.find(role)
        while position != -1:
            starts.add(position)
            position = text.find(role, position + 1)
    position = text.find(" (")
    while position != -1:
        if position not in starts and (job := _BRACKETED_JOB.match(text, position)):
            words = [job[1].lower(), (job[2] or "")]
            if any(
                word in ROLE_WORDS or word in _STAFF_KINDS or word.endswith(_JOB_ENDINGS)
                for word in words
                if word
            ):
                starts.add(position)
        position = text.find(" (", position + 2)
    for position in starts:
        if (match := _LOWER_PAIR_BEFORE.search(text, max(0, position - 48), position)) and (
            match[1].islower() and match[2].islower()
        ):
            keys = [normalise(match[1]), normalise(match[2])]
            if all(
                word not in never
                and word not in _SHORTHAND
                and word not in ROLE_WORDS
                and (word in firsts or word in lasts or word not in english)
                for word in keys
            ) and (keys[0] in firsts or keys[0] not in english):
                found.append((match.start(1), match.end(2)))


def _people_in_logs(text: str, found: list[tuple[int, int]], cue_text: str | None = None) -> None:
    _log_authors(text, found)
    cues = (
        _INITIAL_AND_SURNAME_CUES
        if cue_text is None
        else cues_that_may_be_written(cue_text, _INITIAL_AND_SURNAME_CUES)
    )
    for cue in cues:
        position = text.find(cue)
        while position != -1:
            after = position + len(cue)
            if (
                (match := _INITIAL_AND_SURNAME.match(text, after))
                and text[after] != "X"
                and (
                    _signed_name_ok([match[2]])
                    if text[after + 1] == "."
                    else _name_tokens_ok([match[2]])
                )
            ):
                found.append((match.start(1), match.end(1)))
            position = text.find(cue, after)
    position = text.find("involved:")
    while position != -1:
        item = position + 9
        while match := _INVOLVED_ITEM.match(text, item):
            # the initial apart ("A. Mensah"), every word must read as a person's
            if _signed_name_ok([word for word in match[1].split() if len(word.rstrip(".")) > 1]):
                found.append((match.start(1), match.end(1)))
            if not text.startswith(",", match.end()):
                break
            item = match.end() + 1
        position = text.find("involved:", item)
    if "(" in text:
        for match in _NAME_BEFORE_PHONE.finditer(text):
            if _signed_name_ok(match[1].split()):
                found.append((match.start(1), match.end(1)))
    if "left for " in text:
        for match in _LEFT_FOR_BEFORE_PHONE.finditer(text):
            if _surname_any_word_in_cell(match[1].split()):
                found.append((match.start(1), match.end(1)))
    # Speed: only lines that end in a capital (or a capital and a full stop) are read further,
    # and only those whose last word is two to four capitals (dots allowed) are read back.
    end = text.find("\n")
    start = 0
    while True:
        stop = len(text) if end == -1 else end
        last = text[stop - 1 : stop] if stop > start else ""
        if last == ".":
            last = text[stop - 2 : stop - 1] if stop - 1 > start else ""
        if (
            "A" <= last <= "Z"
            and (line := text[start:stop].rstrip())
            and (
                2 <= len(last := line[line.rfind(" ") + 1 :].replace(".", "")) <= 4
                and last.isupper()
            )
        ):
            if match := _DATED_INITIALS.search(text, max(start, stop - 60), start + len(line)):
                for group in (1, 2):
                    if (
                        match[group]
                        and match[group].lower() not in _NOT_LINE_INITIALS
                        and _initials_ok(match[group])
                    ):
                        found.append((match.start(group), match.end(group)))
            elif (
                (match := _STOP_THEN_INITIALS.search(text, max(start, stop - 16), stop))
                and match[1].lower() not in _NOT_LINE_INITIALS
                and _initials_ok(match[1])
            ):
                found.append((match.start(1), match.end(1)))
        if end == -1:
            break
        start, end = end + 1, text.find("\n", end + 1)
    if "(" in text:
        for match in _NAME_BEFORE_DEPARTMENT.finditer(text):
            if _name_tokens_ok(match[1].split()):
                found.append((match.start(1), match.end(1)))
    for match in _REPORT_INITIALS.finditer(text):  # speed: a scan for line breaks
        if _initials_ok(match[1]):
            found.append((match.start(1), match.end(1)))
    position = text.find("\n\n")
    while position != -1:
        if (match := _NAME_THEN_JOB.match(text, position)) and (
            any(
                (key := word.lower()) in ROLE_WORDS
                or key in _JOB_NOUNS
                or key.endswith(_JOB_ENDINGS)
                for word in match[2].split()
            )
            and _signed_name_ok(match[1].split())
        ):
            found.append((match.start(1), match.end(1)))
        position = text.find("\n\n", position + 2)
    position = text.find("signed ")
    while position != -1:
        if match := _SIGNED_INITIALS.match(text, position):
            for group in (1, 2):
                if match[group] and _initials_ok(match[group]):
                    found.append((match.start(group), match.end(group)))
        position = text.find("signed ", position + 7)


# After the eighth blind pack: one to three capitalised words opening a clause are a person
# before an apposition naming a friend, a neighbour or a receptionist ("Iestyn, a friend, gave
# an address"; English words too, as after "regards"), or before "from the ... team" and the
# departments people come from ("Nkechi Bell from the quality team checked", "Tom Rees from
# theatres confirmed"; there the words must read as a name, since a service comes from a team
# too). Found with str.find on the few literals; the clause is read back to its start.
# Speed: the nouns are found with str.find and the article read back from each.
# (after the fourteenth blind pack: also "a friend from" somewhere, "Ani, a friend from
# nursery"; and the scribe and chaperone are role words above, "The scribe, Inês, kept the times")
_APPOSITION_NOUNS: tuple[str, ...] = (" friend,", " neighbour,", " receptionist,", " friend from ")
_APPOSITION_OPENERS = (", a", ", the", ", a family")
# After the ninth blind pack: a relative named the same way ("Ruaridh, her son, is present"),
# and a person after "from", "to", "with" or "by" before such an apposition ("a cushion from
# Letizia, a neighbour, ...").
_KIN_APPOSITION_NOUNS = frozenset(
    "son daughter husband wife partner mother father sister brother niece nephew aunt uncle "
    "cousin grandson granddaughter".split()
)
# Speed: the openers are found with str.find and the noun read after each.
_KIN_APPOSITION_OPENERS: tuple[str, ...] = (", her ", ", his ", ", their ", ", my ", ", your ")
_NAME_AFTER_PREPOSITION = re.compile(
    rf"(?<![\w'’-])(?:from|to|with|by|about)[ \t]+({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})$"
)
_FROM_A_TEAM = re.compile(
    # (after the fourteenth blind pack: "the bank", the NHS staff bank that covers shifts)
    r" from (?:the [a-z]+(?: [a-z]+)? team|theatres|resus|the day centre|the ward|pharmacy|the bank"
    # (after the thirty-first blind pack: a colleague from the next crew, bus or van along, "Dina
    # from the next bus bringing an AED"; a drug's "from the next pack" or stock stays)
    r"|the (?:next|other) (?:bus|van|car|lorry|crew|shift|ward|unit|desk))"
    r"(?= [a-z])"
)
_NAME_CLOSING_CLAUSE = re.compile(rf"[ \t]*({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})")


def _people_before_appositions(
    text: str, found: list[tuple[int, int]], cue_text: str | None = None
) -> None:
    ends = []
    # tuples, or lists of those the text may hold
    nouns: tuple[str, ...] | list[str] = _APPOSITION_NOUNS
    openers: tuple[str, ...] | list[str] = _KIN_APPOSITION_OPENERS
    if cue_text is not None:
        # (the constants, which nouns and openers still are here, as the tuples it takes)
        nouns = cues_that_may_be_written(cue_text, _APPOSITION_NOUNS)
        openers = cues_that_may_be_written(cue_text, _KIN_APPOSITION_OPENERS)
    for noun in nouns:
        position = text.find(noun)
        while position != -1:
            for opener in _APPOSITION_OPENERS:
                if text.endswith(opener, 0, position):
                    ends.append((position - len(opener), True))
                    break
            position = text.find(noun, position + 1)
    for opener in openers:
        position = text.find(opener)
        while position != -1:
            after = position + len(opener)
            comma = text.find(",", after, after + 18)
            if comma != -1 and text[after:comma] in _KIN_APPOSITION_NOUNS:
                ends.append((position, True))
            position = text.find(opener, after)
    position = text.find(" from ")
    while position != -1:
        if _FROM_A_TEAM.match(text, position):
            ends.append((position, False))
        position = text.find(" from ", position + 1)
    for end, english_too in ends:
        window = max(0, end - 48)
        start = max(text.rfind(stop, window, end) for stop in _CLAUSE_STOPS) + 1
        if not start and window:
            if english_too and (match := _NAME_AFTER_PREPOSITION.search(text, window, end)):
                if _signed_name_ok(match[1].split()):
                    found.append((match.start(1), match.end(1)))
            continue
        # After the fourteenth blind pack: the clause may open with "and" ("both closed, and
        # Nneka from the bank covered the late shift").
        if text.startswith(" and ", start):
            start += 4
        if (match := _NAME_CLOSING_CLAUSE.match(text, start, end)) and match.end() == end:
            words = match[1].split()
            if _signed_name_ok(words) if english_too else _name_tokens_ok(words):
                found.append((match.start(1), match.end(1)))
        elif english_too and (match := _NAME_AFTER_PREPOSITION.search(text, start, end)):
            if _signed_name_ok(match[1].split()):
                found.append((match.start(1), match.end(1)))


# After the thirteenth blind pack: a person named between commas after a sentence that opens
# with a job ("The agency nurse, Blossom Foley, gave ...", "The ward clerk that night, Honor
# Gardener, checked ...", "A nurse from another team, IDRIS HILL, raised ...", "The patient
# safety lead, ngozi reid, has asked ..."), in any case and English words too, as
# after "regards"; the job's last word must be a role word or end like one, and a lower-case
# word must follow the second comma (so "The nurse, however, said" stays).
_ROLE_PHRASE_APPOSITION = re.compile(
    r"(?:The|A|An)[ \t]+((?:[a-z][a-z-]*[ \t]+){0,3}?[a-z][a-z-]*)"
    r"(?:[ \t]+(?:that|on[ \t]+the|on)[ \t]+(?:day|night|shift)"
    r"|[ \t]+from[ \t]+(?:another|the)[ \t]+[a-z]+|[ \t]+on[ \t]+placement)?"
    r",[ \t]+([^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2}),[ \t]+[a-z]"
)
_SENTENCE_OPENERS = ("The ", "A ", "An ")


# After the seventeenth blind pack: anywhere in a sentence, a name typed in lower case between
# commas (or before a full stop) after a job or a relative with "the", "a", "our", "your",
# "her" or someone's ("our receptionist, nia di stefano, matched", "the trip leader, june
# byrne.", "Tom's sister, ada van dijk, was told"): two to four words, the first a listed first
# name or in no dictionary, the others listed, particles or in no dictionary; so "the nurse,
# however, said" and "the manager, as before, agreed" stay.
# Speed: read only where a comma is followed by a lower-case letter and a job word before it.
# After the nineteenth blind pack: so too after "another" and a person who is neither staff nor
# kin ("another tenant, oskar lindqvist, said", "the patient, ada price, was"), and a name typed in
# capitals ("a new housekeeper, ISOLDE PAVLIDIS, with"), each word read as in lower case.
_JOB_WORD_BEFORE_COMMA = re.compile(
    r"(?:(?<![\w'’])(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ur|[Yy]our|[Hh]is|[Hh]er|[Tt]heir|[Mm]y)|['’]s)"
    r"[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}([a-z][a-z-]*)$"
)
_LOWER_NAME_BETWEEN_COMMAS = re.compile(
    r",[ \t]+([^\W\d_A-Z][\w'’-]*(?:[ \t]+[^\W\d_A-Z][\w'’-]*){1,3})"
    r"(?=,[ \t]+[a-z]|\.(?:[ \t]|\n|$))"
)
_UPPER_NAME_BETWEEN_COMMAS = re.compile(
    r",[ \t]+([^\W\d_a-z]+(?:['’-][^\W\d_a-z]+)*(?:[ \t]+[^\W\d_a-z]+(?:['’-][^\W\d_a-z]+)*){1,3})"
    r"(?=,[ \t]+[a-z]|\.(?:[ \t]|\n|$))"
)
_JOB_LIKE_ENDINGS = ("ist", "or", "er", "ant", *_JOB_ENDINGS)
# After the forty-third blind pack: what a job's last word ends with before its holder's name
# ("Chief Electrician", "News Editor", "Door Keeper", "Unit Medic"), the words with those endings
# that are no job ("the Upper Mary Street", "the River Jack Brook"), and what follows the name.
_JOB_LIKE_ENDINGS_BEFORE_NAME = ("ist", "or", "er", "ant", "medic", *_JOB_ENDINGS)
_NOT_JOBS = frozenset(
    """water river winter summer silver tower corner border manor harbour floor door over under
    after other inner outer centre center mirror junior senior major minor chapter quarter
    master sister mother father brother daughter order colour color memorial""".split()
)
_NAME_AFTER_JOB_CLOSES = re.compile(r"[,;.:)]|[ \t]+[a-z]")
_OTHER_PEOPLE = frozenset(
    ("tenant", "resident", "patient", "client", "pupil", "lodger", "customer", "passenger")
)


def _lower_case_people_after_jobs(text: str, found: list[tuple[int, int]]) -> None:
    firsts, lasts, english, _, never, _ = _lists()
    position = text.find(", ")
    while position != -1:
        after = text[position + 2 : position + 3]
        # Speed: the word before the comma is read first, and the patterns are tried only
        # after a job's or a relative's word
        space = text.rfind(" ", max(0, position - 24), position)
        if (
            (after.islower() or text[position + 2 : position + 4].isupper())
            and space != -1
            and (
                (word := text[space + 1 : position]) in ROLE_WORDS
                or word in RELATIONSHIPS
                or word in _OTHER_PEOPLE
                or word.endswith(_JOB_LIKE_ENDINGS)
            )
            and (
                match := (
                    _LOWER_NAME_BETWEEN_COMMAS if after.islower() else _UPPER_NAME_BETWEEN_COMMAS
                ).match(text, position)
            )
            and (match[1].islower() or match[1].isupper())
            and _JOB_WORD_BEFORE_COMMA.search(text, max(0, position - 48), position)
        ):
            keys = [normalise(word) for word in match[1].split()]
            # the first word a listed first name (a month's "june" too) or in no dictionary
            if (keys[0] in firsts or (keys[0] not in english and keys[0] not in never)) and all(
                part in _PARTICLES
                or (
                    part
                    and (part not in never or part in firsts)
                    and part not in _SHORTHAND
                    and part not in ROLE_WORDS
                    and part not in RELATIONSHIPS
                    and (part in firsts or part in lasts or part not in english)
                )
                for key in keys
                for part in key.split("-")
            ):
                found.append(match.span(1))
        position = text.find(", ", position + 2)


# ... and after "by" or "including" ("was seen again on 3 May by ilse marchetti", "other
# patients on the list, including bronagh quill"), where the first word is a listed first
# name in no dictionary and the last a listed surname or in no dictionary ("by grace" or "by
# mark" then anything stays, as does "by hand", "including ward staff").
_LOWER_PAIR_AFTER = re.compile(
    r"([^\W\d_A-Z][^\W\d_]*)[ \t]+(?:(?:van|von|de|den|der|du|da|di|del|dos|la|le|ter|ten|bin|ap"
    r"|mac|nic|ni|an)[ \t]+){0,2}([^\W\d_A-Z][^\W\d_'’]*(?:['’][^\W\d_]+)?(?:-[^\W\d_]+)?)"
    r"(?![\w'’-])"
)
_LOWER_PAIR_CUES: tuple[str, ...] = (" by ", "including ")


def _lower_case_people_after_by(
    text: str, found: list[tuple[int, int]], cue_text: str | None = None
) -> None:
    firsts, lasts, english, _, never, _ = _lists()
    cues = (
        _LOWER_PAIR_CUES
        if cue_text is None
        else cues_that_may_be_written(cue_text, _LOWER_PAIR_CUES)
    )
    for cue in cues:
        position = text.find(cue)
        while position != -1:
            start = position + len(cue)
            if text[start : start + 1].islower() and (
                match := _LOWER_PAIR_AFTER.match(text, start)
            ):
                first = _without_accents(normalise(match[1]))
                last = _without_accents(normalise(match[2]))
                if (
                    first in firsts
                    and first not in english
                    and first not in never
                    and match[2].islower()
                    and all(
                        part not in never
                        and part not in _SHORTHAND
                        and part not in ROLE_WORDS
                        and (part in lasts or part not in english)
                        for part in last.split("-")
                    )
                ):
                    found.append(match.span())
            position = text.find(cue, start)


def _people_after_role_phrases(text: str, found: list[tuple[int, int]]) -> None:
    firsts, lasts, english, _, never, _ = _lists()
    for opener in _SENTENCE_OPENERS:
        position = text.find(opener)
        while position != -1:
            before = text[max(0, position - 2) : position]
            # Speed: the pattern is tried only where a comma follows a run of lower-case words.
            comma = text.find(",", position, position + 64)
            if (
                (not position or before[-1:] == "\n" or before in (". ", "! ", "? ", "\t"))
                and comma != -1
                and text[position + len(opener) : comma].islower()
                and (match := _ROLE_PHRASE_APPOSITION.match(text, position, position + 120))
                and (
                    (job := match[1][match[1].rfind(" ") + 1 :]) in ROLE_WORDS
                    or job.endswith(_JOB_ENDINGS)
                )
            ):
                words = match[2].split()
                if match[2].islower():
                    keys = [part for word in words for part in word.split("-")]
                    named = all(
                        key not in never
                        and key not in _SHORTHAND
                        and (key in firsts or key in lasts or key not in english)
                        for key in keys
                    )
                else:
                    named = _signed_name_ok([word.title() for word in words])
                if named:
                    found.append((match.start(2), match.end(2)))
            position = text.find(opener, position + 1)


# After the sixteenth blind pack: phrases after which, or before which, only a person is
# written, so the one to three words there are a name in any case, as typed ("A statement was
# also taken from gladys lomax", "a named contact, TOBIAS WREN", "the health visitor ruth
# alder said", "| user piotr nowak | viewed", "Ann Poole from the next bay said", "zara from
# next door says"). The words read as a name when the first is a listed first name (so an
# eponym's surname may follow: "River Addison"), or an initial before a surname ("E Mansa"),
# or every word is a listed name or in no dictionary; never a title, a role, a place, a team
# or shorthand ("taken from the notes", "the health visitor said", "that of another baby").
# After the twentieth blind pack: so too after a reply awaited, a debrief, a copy or a talk
# with someone ("awaiting reply from BUJAR NAGY", "a debrief with terry lewis", "also spoke to
# joanna stevenson", "I have copied in brooke mason", "Witness: david smith,") and after more
# jobs ("call handler hiwet haile", "the chaplain bianka frukacz", "our technician anthony
# clarke", "the consultant midwife rachel williams", "the haematology registrar jean hall").
_ANY_CASE_CUES: tuple[str, ...] = (
    "statement was also taken from ", "statement was taken from ", "statement also taken from ",
    "account was asked for from ", "account was requested from ", "named contact, ",
    "health visitor ", "school nurse ", "amhp ", "manager on call ", "clinical navigator ",
    "welfare call by ", "handover from ", "registry call from ", "signed by ", "that of ",
    "another patient, ", "the other patient ", "the films belonged to ", "| user ",
    "social worker ", "another prisoner, ", "another resident, ", "another young person, ",
    "another child, ", "another service user, ", "contact: ",
    # after the twentieth blind pack
    "awaiting reply from ", "debrief with ", "also spoke to ", "copied in ", "witness: ",
    "call handler ", "chaplain ", "technician ", "engineer ", "midwife ", "registrar ",
    # after the twenty-first blind pack
    "handover given to ", "taken by ", "found by ", "supported by ", "porter ", "estates ",
    "escort ", "owner ",
    # after the twenty-third blind pack: who a system says exported, printed or closed a record
    # ("export user: andrea jones", "Printed by marvellous.", "Audit closed by I dos Reis")
    "user: ", "printed by ", "closed by ", "completed by ",
)  # fmt: skip
# Speed: cues that share words are looked for only where those words are written.
_ANY_CASE_GATES = {
    "statement ": "taken from ",
    "account was ": "account was ",
    "another ": "another ",
}


def _any_case_gate(cue: str) -> str:
    for start, gate in _ANY_CASE_GATES.items():
        if cue.startswith(start):
            return gate
    return ""


_ANY_CASE_CUE_GATES = {cue: _any_case_gate(cue) for cue in _ANY_CASE_CUES}
# After the twentieth blind pack: a log's entry that opens with whom it told or asked ("job
# note: SREEJA MENON informed, no action needed", '"shannon webb asked to review in the
# morning"'); a team, a job or a relation there stays ("Family informed, ", "Matron asked to
# review"), and a field of comma-separated values opens a clause after its quote.
_ANY_CASE_CUES_BEFORE = (
    " from the next bay", " from next door", " asked at the desk", " back from break",
    " informed, ", " informed and ", " asked to review",
    # after the twenty-first blind pack
    " on bleep", " aware",
    # after the twenty-second blind pack: who rang, who came from a team, who is chasing
    " rang ", " from site team", " from the site team", " from falls team", " from the falls team",
    " chasing ", " asking for family",
)  # fmt: skip
_ANY_CASE_CUES_BEFORE_WORDS = tuple(cue[1:] for cue in _ANY_CASE_CUES_BEFORE)
_ANY_CASE_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}(?![\w])")
# A message that greets its reader by name before the writer says who they are ("hi ira its
# Reg the health visitor", "Hello Tomasz, it's the ward"); "hi there, its me" stays.
_GREETED_NAME = re.compile(
    r"(?<![\w'’])(?:hi|hiya|hello|morning)[ \t]+([^\W\d_][\w'’-]*),?[ \t]+"
    r"(?:its|it's|it’s|this is)\b",
    re.IGNORECASE,
)
_ANY_CASE_NAME = re.compile(r"[^\W\d_][\w'’]*\.?(?:-[^\W\d_][\w'’]*)*")
_ANY_CASE_GAP = re.compile(r"[ \t]+")
# After the twenty-second blind pack, a table's cell and a log's bracketed time open a clause too
# ("| 09:00 | paige james rang the surgery |", "[06:20] JUNE ARMSTRONG from site team").
_CLAUSE_START_BEFORE = re.compile(
    r"(?:^|\n|[.!?:;,][ \t]+|,\"|\d[ \t]+|\]\s*[^\s:]{0,20}:[ \t]+|[|\]][ \t]+)$"
)


def _barred_from_names(key: str, towns: frozenset[str]) -> bool:
    # A title, a role, a town, a sentence opener or shorthand: never a word of a name.
    return any(
        not part
        or part in _TITLE_KEYS
        or part in ROLE_WORDS
        or part in towns
        or part in _OPENER_KEYS
        or part in _NOT_SIGNER
        or part in _SHORTHAND
        or part in _ACRONYMS
        for part in key.split("-")
    )


# After the thirty-first blind pack: many surnames are words ("Hollows", "Crow", "Rook",
# "Tidy", "Wad Elamin"); after a given name that is no English word, capitalised words are its
# surname whatever they are ("The Foreman, Hatim Wad Elamin, cut", "Isikeli Hollows"), though
# not after a word ("Grace Period", "Rose Garden" stay), and never in capitals alone.
def _word_surname_ok(
    words: list[str], keys: list[str], english: frozenset[str], never: frozenset[str]
) -> bool:
    return (
        1 < len(words) <= 3
        and len(keys[0]) >= 3
        and all(word[0].isupper() and not word.isupper() for word in words)
        and all(part not in english and part not in never for part in keys[0].split("-"))
        and all(
            len(key) >= 2 and key not in never and key not in _LETTERED_THINGS for key in keys[1:]
        )
    )


def _any_case_name_ok(words: list[str]) -> bool:
    firsts, lasts, english, towns, never, _ = _lists()
    keys = [normalise(word.rstrip(".")) for word in words]
    if len(keys[-1]) < 2:
        return False  # "signed by a healthcare assistant"
    # After the thirty-seventh blind pack: nor "a" or "i" in lower case before a word ("found by
    # a street lighting crew"): an article or a pronoun, not a first name the list holds ("by j
    # smith" is an initial).
    if len(keys) > 1 and words[0] in ("a", "i"):
        return False
    if any(_barred_from_names(key, towns) for key in keys):
        return False
    first = keys[0].split("-")
    if len(keys) > 1 and len(keys[0]) == 1 and words[0][0].isupper():
        keys = keys[1:]  # "E Mansa", "G. Gram"
        first = keys[0].split("-")
        if all(part in english and part not in lasts for part in first):
            return False
    elif len(keys) > 1 and all(part in firsts and part not in never for part in first):
        return _word_surname_ok(words, keys, english, never) or all(
            part in lasts or part in never or part not in english
            for key in keys[1:]
            for part in key.split("-")
        )
    if _word_surname_ok(words, keys, english, never):
        return True
    if (
        len(keys) > 1
        and all(word[0].isupper() for word in words)
        and all(part in lasts or part not in english for part in keys[-1].split("-"))
    ):
        return True  # "River Moyo", "FOREST BELL": a word name before a surname
    return all(
        part not in never and (part in firsts or part in lasts or part not in english)
        for key in keys
        for part in key.split("-")
    )


# After the twenty-third blind pack: a cell of a table's column headed by a person ("| Nurse |",
# "patient", "user", "staff") holds a name written any way the system or the typist wrote it
# ("Jorinde", "ANISOARA IQBAL", "loveness dos reis", "P. dos Reis"). A surname after a particle
# ("dos Reis", "van der Linde") counts whatever word it is; the rest must read as a name, so a
# job, a team, a place or a word stays ("Lab", "SYSTEM", "Transfusion lab", "agency").
_INITIAL_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ]\.?")


def name_in_cell(words: list[str]) -> bool:
    """Whether a table's cell of one to five words, under a person's header, is a name."""
    rest: list[str] = []
    after_particle = False
    for number, word in enumerate(words):
        if number and word.lower() in _PARTICLES and number < len(words) - 1:
            after_particle = True
        elif after_particle:
            after_particle = word[0].isupper() or word.islower()
        else:
            rest.append(word)
    if len(rest) == len(words):
        if (
            len(words) >= 2
            and _INITIAL_WORD.fullmatch(words[-1])
            and not _INITIAL_WORD.fullmatch(words[0])
        ):
            return _given_name_in_cell(words[:-1])
        return _any_case_name_ok(words) or _surname_any_word_in_cell(words)
    return bool(rest) and (
        all(_INITIAL_WORD.fullmatch(word) for word in rest) or _any_case_name_ok(rest)
    )


# After the thirty-first blind pack: many surnames are words ("Hollows", "Crow", "Heap", "Tidy",
# "Wad Elnour"), and in a person's cell a name is written as a name is, whatever its surname: an
# initial then capitalised words ("| A. Hollows |", "(D. Crow)"), or a given name that is listed
# or is no English word then capitalised words ("Isikeli Hollows"). A title, a role, a place,
# shorthand or a thing labelled by a letter stays ("B Ward", "Site Security", "Night Team").
def _surname_any_word_in_cell(words: list[str]) -> bool:
    if not 2 <= len(words) <= 3 or not all(word[0].isupper() for word in words):
        return False
    firsts, _, english, towns, never, _ = _lists()
    keys = [normalise(word.rstrip(".")) for word in words]
    if _INITIAL_WORD.fullmatch(words[0]):
        given = True
    else:
        key = keys[0]
        # After the thirty-eighth blind pack: an export's user column writes the whole name in
        # capitals ("KUBANYCH TELLER", "FIKRU LANDER"), a surname that is a word as often as in
        # any case; a first word in capitals counts when it is a listed given name or, of four
        # letters or more, in no dictionary ("NIGHT SHIFT", "AUTO IMPORT", "NHS TEAM" stay).
        given = (
            len(key) >= 3
            and (
                key in firsts or key not in english
                if not words[0].isupper()
                else key in firsts or (len(key) >= 4 and key not in english)
            )
            and key not in never
            and not _barred_from_names(key, towns)
        )
    return given and all(
        len(key) >= 2
        and not _INITIAL_WORD.fullmatch(word)
        and key not in never
        and key not in _LETTERED_THINGS
        and not _barred_from_names(key, towns)
        for word, key in zip(words[1:], keys[1:], strict=True)
    )


# After the twenty-fifth blind pack: exports and trackers write the staff member who made each
# entry as a given name and one initial ("| Nilanthi G |", ",Comfort P,"), so in a person's
# column a capitalised word before one capital is a given name whatever its word ("Comfort",
# "Favour" are names there); a title, a role, a place, shorthand, a word that is never a
# name or a thing labelled by a letter stays ("Nurse A", "Bay B", "Lab C", "Vitamin D").
_LETTERED_THINGS = frozenset(
    """
    side zone lab pod room bay bed area block level floor wing site desk line station hub unit
    cubicle suite theatre clinic vitamin hepatitis type grade band phase stage option version
    class category section table appendix annex form list shift rota team group plan tier
    """.split()
)


def _given_name_in_cell(words: list[str]) -> bool:
    if len(words) > 1:
        return _any_case_name_ok(words)
    word = words[0]
    towns, never = _lists()[3:5]
    key = normalise(word.rstrip("."))
    return (
        len(key) >= 2
        and word[0].isupper()
        and not word.isupper()
        and key not in never
        and key not in _LETTERED_THINGS
        and not _barred_from_names(key, towns)
    )


# After the forty-fifth blind pack: a staff column of a custody or escort log names who made each
# entry surname first, and the surname may be a word ("| Turnkey, Fulufhelo |", "| SHERIFF
# MEMCHA |"): with a comma the surname may be capitalised only, and in capitals the comma may be
# left out; the given name must be listed or in no dictionary, and neither word a role, a place,
# shorthand or a thing labelled ("| Ward, Bay |", "| NIGHT SHIFT |", "| DUTY OFFICER |" stay).
def surname_first_in_staff_cell(cell: str) -> bool:
    """Whether a staff column's "Turnkey, Fulufhelo" or "SHERIFF MEMCHA" is a name, surname first."""
    words = cell.replace(",", " ").split()
    if len(words) != 2 or ("," not in cell and not cell.isupper()):
        return False
    firsts, _, english, towns, never, _ = _lists()
    surname, given = (normalise(word) for word in words)
    return (
        len(surname) >= 2
        and len(given) >= 3
        and (given in firsts or (len(given) >= 4 and given not in english))
        and all(
            key not in never
            and key not in _LETTERED_THINGS
            and key not in _SHORTHAND
            and not _barred_from_names(key, towns)
            for key in (surname, given)
        )
    )


# After the forty-fifth blind pack: a cue's word that is a job ("escort") may be the first
# word of a thing's name that owns what follows ("The escort company's safety lead, Mr ..."):
# a word in lower case with a possessive, whose stem is a word and no listed first name, is no name.
_THINGS_POSSESSIVE = re.compile(r"[a-z]+['’]s")


def _possessive_of_a_word(stem: str) -> bool:
    lists = _lists()
    return stem in lists[2] and stem not in lists[0]


def _any_case_words_after(text: str, start: int) -> tuple[int, int] | None:
    words: list[tuple[int, int]] = []
    position = start
    while len(words) < 3:
        match = _ANY_CASE_NAME.match(text, position)
        if not match:
            break
        end = match.end() - (match.end() - match.start() > 2 and text[match.end() - 1] == ".")
        if _THINGS_POSSESSIVE.fullmatch(text, match.start(), end) and _possessive_of_a_word(
            text[match.start() : end - 2]
        ):
            break
        words.append((match.start(), end))
        gap = _ANY_CASE_GAP.match(text, match.end())
        if not gap or gap.end() - gap.start() > 1:
            break
        position = gap.end()
    # the name is every word up to one that reads as no name ("meghan gibson said")
    while words:
        if _any_case_name_ok([text[a:b] for a, b in words]):
            return words[0][0], words[-1][1]
        words.pop()
    return None


# A message that introduces its writer by name and job ("hi its Destiny the health visitor",
# "it's Rory, your midwife"): the word before the job is a person in any case.
_INTRODUCED_BY_JOB = re.compile(
    r"(?<![\w'’])(?:its|it's|it’s|this is)[ \t]+([^\W\d_][\w'’-]*)"
    r",?[ \t]+(?:the|your|ur)[ \t]+(?:[a-z]+[ \t]+)?([a-z]+)\b",
    re.IGNORECASE,
)


# The words that open _INTRODUCED_BY_JOB and _GREETED_NAME, in lower case.
_INTRODUCING_OPENERS: tuple[str, ...] = ("its ", "it's ", "it’s ", "this is ")
_GREETING_OPENERS: tuple[str, ...] = ("hi ", "hiya ", "hello ", "morning ")


def _people_in_any_case_after_cues(text: str, found: list[tuple[int, int]], lowered: str) -> None:
    if len(lowered) != len(text):
        return
    # Speed: the two patterns are tried only where their opening words are written, and both
    # need the opening word to open a word of the text: those that open none are not looked for.
    for opener in cues_that_may_open_words(lowered, _INTRODUCING_OPENERS):
        position = lowered.find(opener)
        while position != -1:
            if (match := _INTRODUCED_BY_JOB.match(text, position)) and (
                (job := match[2].lower()) in ROLE_WORDS or job in ("visitor", "worker", "carer")
            ):
                if _any_case_name_ok([match[1]]):
                    found.append(match.span(1))
            position = lowered.find(opener, position + len(opener))
    for opener in cues_that_may_open_words(lowered, _GREETING_OPENERS):
        position = lowered.find(opener)
        while position != -1:
            if (
                (match := _GREETED_NAME.match(text, position))
                and _any_case_name_ok([match[1]])
                and normalise(match[1]) not in _lists()[2]
            ):
                found.append(match.span(1))
            position = lowered.find(opener, position + len(opener))
    # (Below, a name is taken only after a cue that opens a word.)
    # Speed: only the cues that may open a word are read, in their order, not every cue; a
    # cue's gate is looked for only then (most texts hold none of the gated cues).
    for cue in cues_that_may_open_words(lowered, _ANY_CASE_CUES):
        if (gate := _ANY_CASE_CUE_GATES[cue]) and gate not in lowered:
            continue
        position = lowered.find(cue)
        while position != -1:
            after = position + len(cue)
            if (not position or not lowered[position - 1].isalnum()) and (
                initials := _ANY_CASE_INITIALS.match(text, after)
            ):
                found.append(initials.span())  # "by clinical navigator A.K.;"
            elif (
                (not position or not lowered[position - 1].isalnum())
                and (span := _any_case_words_after(text, after))
                # one word in lower case after a job may be a thing ("to the AMHP forum"):
                # only a word in no dictionary there
                and not (
                    " " not in (written := text[span[0] : span[1]])
                    and written.islower()
                    and normalise(written) in _lists()[2]
                )
            ):
                found.append(span)
            position = lowered.find(cue, after)
    # Speed: a cue's words after its opening space open words of the text where it is written.
    opening_before = set(cues_that_may_open_words(lowered, _ANY_CASE_CUES_BEFORE_WORDS))
    for cue in _ANY_CASE_CUES_BEFORE:
        if cue[1:] not in opening_before:
            continue
        position = lowered.find(cue)
        while position != -1:
            window = max(0, position - 48)
            words = list(_ANY_CASE_NAME.finditer(text, window, position))
            words = [word for word in words if word.end() <= position][-3:]
            # the name opens its clause: take the longest run of words back from the cue
            for count in range(len(words), 0, -1):
                chosen = words[-count:]
                if text[chosen[-1].end() : position] or any(
                    text[a.end() : b.start()] != " "
                    for a, b in zip(chosen, chosen[1:], strict=False)
                ):
                    continue
                if not _CLAUSE_START_BEFORE.search(
                    text, max(0, chosen[0].start() - 30), chosen[0].start()
                ):
                    continue
                # a word in capitals before words that are not is shorthand ("AMHP Ingrid
                # Solberg aware"), after the twenty-first blind pack
                capitals = [word[0].isupper() and len(word[0]) > 1 for word in chosen]
                if any(capitals) and not all(capitals):
                    continue
                if _any_case_name_ok([word[0] for word in chosen]):
                    found.append((chosen[0].start(), chosen[-1].end()))
                    break
            position = lowered.find(cue, position + len(cue))


# After the thirteenth blind pack: a log's last line signed by initials after its time and a few
# lower-case words ("21:04 log closed MB", "0214hrs case remains open M.K.B.", "19:14 round
# complete EW"); not after a word that leads to a place or a team ("09:10 transferred to CCU",
# "discussed with MDT"), and never shorthand.
_LAST_LINE_INITIALS = re.compile(
    r"[ \t]*(?:\d{1,2}[:.]\d\d|\d{4}(?:hrs?|h)?)[ \t]+((?:[a-z]+[ \t]+){1,3})"
    rf"((?:[{_UPPER}]\.){{2,4}}|[{_UPPER}]{{2,3}})[ \t]*$"
)


# ... the word before the initials says the line closes or finishes something, or whom the
# actions are with ("22:41 actions with QM"): so "09:10 bloods sent incl TSH" stays.
_CLOSING_STATES = ("ed", "complete", "done", "open", "over", "finished")


def _initials_closing_a_log(text: str, found: list[tuple[int, int]]) -> None:
    end = len(text.rstrip())
    start = text.rfind("\n", 0, end) + 1
    if (
        end - start <= 48
        and "A" <= text[end - 1 : end].replace(".", "A") <= "Z"
        and (match := _LAST_LINE_INITIALS.fullmatch(text, start, end))
        and (
            (words := match[1].split())[-1].endswith(_CLOSING_STATES)
            or words[-2:] in (["actions", "with"], ["action", "with"])
        )
        and match[2].replace(".", "").lower() not in _NOT_LINE_INITIALS
        and _signing_initials_ok(match[2])
    ):
        found.append((match.start(2), match.end(2)))


def _people_by_role_or_signature(text: str, found: list[tuple[int, int]]) -> None:
    ends = []
    position = text.find("(")
    while position != -1:
        # Speed: most brackets hold a capital or a digit ("(GP)", "(07700...)"), tried no further.
        if (
            text[position + 1 : position + 2].islower()
            and (match := _ROLE_IN_BRACKETS.match(text, position))
            and (match[1] in ROLE_WORDS or match[1] in _STAFF_KINDS)
        ):
            ends.append(position)
        position = text.find("(", position + 1)
    for word in _COUNTERSIGNED:
        position = text.find(word)
        while position != -1:
            ends.append(position + 1)
            position = text.find(word, position + 1)
    for end in ends:
        # Speed: read back to the clause's start with str.rfind, then match once from there.
        window = max(0, end - 48)
        start = max(text.rfind(stop, window, end) for stop in _CLAUSE_STOPS) + 1
        if not start and window:
            continue
        if (
            (match := _NAME_OPENING_CLAUSE.match(text, start, end))
            and match.end() == end
            and _signed_name_ok(match[1].split())
        ):
            found.append((match.start(1), match.end(1)))


# Initials standing for a person by what follows them: a role in brackets ("KT (bank HCA)"),
# "presenting" ("Case 2 (EP presenting)"); or, opening a line or an action, an action ("Actions:
# JM to audit the charts").
_INITIALS_THEN_ROLE = re.compile(
    r"[ \t]+\((?:(?:bank|agency|staff|student|senior|night|day)[ \t]+)?"
    r"(?:hca|hcsw|csw|rn|rmn|rgn|sn|nurse|na|sister|physio|fy1|fy2|sho|reg|registrar|student)\)"
    r"|[ \t]+presenting\b",
    re.IGNORECASE,
)
_INITIALS_TO_DO = re.compile(
    r"[ \t]+to[ \t]+(?:audit|present|review|contact|update|chase|write|check|share|send|"
    r"e-?mail|phone|ring|follow|look|discuss|meet|complete|liaise|arrange|escalate|speak|raise|"
    r"add|circulate|report|feed)\b"
)
# After the twelfth blind pack: the initials someone asked to be recorded by ("asked to be
# recorded only as LR", "known only as TB").
INITIALS_TO_DO = _INITIALS_TO_DO  # for initials written with full stops (deidentify.py)
_INITIALS_CUE = re.compile(
    r"(?:\b[Ii]nitials[,:]?[ \t]+|\b[Cc]ase[ \t]+\d{1,2}[ \t]+\(|"
    r"\b(?:(?:recorded|referred[ \t]+to|identified)(?:[ \t]+only)?|known[ \t]+only)[ \t]+as[ \t]+)$"
)
# After the eighth blind pack: initials opening a line of a log, then what that person did
# ("JG handled reception.", "RF did the pressure check."): a past tense in "-ed" or a common
# irregular one. Only at the start of a line, where a log names who did each thing.
DEED_AFTER_INITIALS = re.compile(
    r"[ \t]+(?:[a-z]{2,}ed|did|took|gave|saw|made|rang|wrote|spoke|told|kept|left|came|went|"
    r"brought|found|sent|put|led|ran|held|met|read)\b"
)
# Capitals that open a log's line as the subject of a deed without being anyone's initials: a
# detained person ("DP asked for a solicitor") and a significant event analysis ("SEA raised").
_NOT_DOERS = frozenset(("dp", "sea"))
_ACTION_OPENERS = frozenset({"", "actions:", "action:", "-", "•", "*"})


def _initials_in_context(text: str, token: _Token) -> bool:
    """Two or three capitals that are a person's initials by where they stand: after "by"
    ("acknowledged by AH"), closing a line after a full stop as each entry of an observation log
    is signed ("In room, calm. KT"), after "initials" or in "Case 2 (MB)", or before a role,
    "presenting" or an action (above)."""
    # Speed: shorthand (GP, ED, NHS...) is ruled out first, from a cache.
    if token.possessive or not _initials_ok(token.word):
        return False
    start, end = token.start, token.end
    after = text[end : end + 1]
    if after.isalnum():
        return False
    if text[start - 3 : start] in ("by ", "By ") and (start == 3 or not text[start - 4].isalnum()):
        # "by HM Coroner", "by NHS England": capitals naming a body (on the same line: a capital
        # opening the next line does not, as in "Message seen by BDF\nDr Hill replied")
        return not (after == " " and text[end + 1 : end + 2].isupper())
    if (not after or after in "\n\r") and (
        text[start - 2 : start] in (". ", "! ", "? ") or text[start - 3 : start] == ".  "
    ):
        return True
    if (
        after == " "
        and text[start - 1 : start] in ("\n", "")
        and token.key not in _NOT_DOERS
        and DEED_AFTER_INITIALS.match(text, end)
    ):
        return True
    # After the eighth blind pack: a patient named by initials alone in brackets ("the wrong
    # patient (KS)")
    if after == ")" and start >= 9 and text[start - 9 : start].lower() == "patient (":
        return True
    # After the eighth blind pack: in a list of people each with a role in brackets, initials
    # with theirs ("Dr Hart (chair), A. Kerr (podiatry), NS (orthotics)")
    if (
        text[end : end + 2] == " ("
        and text[end + 2 : end + 3].islower()
        and text[start - 3 : start] == "), "
    ):
        return True
    if (
        after == " "
        and (
            _INITIALS_THEN_ROLE.match(text, end)
            or (
                _INITIALS_TO_DO.match(text, end)
                and (
                    text[text.rfind("\n", 0, start) + 1 : start].strip().lower() in _ACTION_OPENERS
                    # after the twelfth blind pack: an action after a semicolon ("address change
                    # process; CC to discuss with the team leader")
                    or text[start - 2 : start] == "; "
                )
            )
        )
    ):
        return True
    # "the same initials, GL", "initials: JS"; "Case 2 (MB): no deaths", as minutes name a
    # case's presenter
    return _INITIALS_CUE.search(text, max(0, start - 30), start) is not None


# "SURNAME, Forename" on a line of its own, as a chat export or a list heads each message with
# its writer ("[0935] KNIGHT, Royal", "WARD, Ruairí"), or after a "[time]" stamp or a semicolon.
_SURNAME_FIRST_LINE = re.compile(
    rf"[{_UPPER}][{_UPPER}'’-]*(?:[ \t][{_UPPER}][{_UPPER}'’-]*)?,[ \t]+"
    rf"([{_UPPER}][^\W\d_]*(?:['’-][^\W\d_]+)*(?:[ \t]+[{_UPPER}][^\W\d_]*(?:['’-][^\W\d_]+)*){{0,2}})"
    r"[ \t]*(?=[\n\r;]|$)"
)
# After the twenty-seventh blind pack: a log whose lines open with a stamp of the day and the
# time puts its writer after it, surname first, then a colon and the entry ("[07MAR2026 16:02]
# KNIGHT, Royal: would not let us take a pulse"), whatever word the forename is.
_SURNAME_FIRST_WRITER = re.compile(
    rf"[{_UPPER}][{_UPPER}'’-]*(?:[ \t][{_UPPER}][{_UPPER}'’-]*)?,[ \t]+"
    rf"([{_UPPER}][^\W\d_]*(?:['’-][^\W\d_]+)*(?:[ \t]+[{_UPPER}][^\W\d_]*(?:['’-][^\W\d_]+)*)?)"
    r"(?=:[ \t])"
)


def _surname_first_line(text: str, token: _Token, found: list[tuple[int, int]]) -> bool:
    line = text.rfind("\n", 0, token.start) + 1
    before = text[line : token.start].strip()
    stamped = bool(before) and before[0] == "[" and before[-1] == "]"
    # a stamp of the day and the time ("[07MAR2026 16:02]") before a writer and a colon
    timed = stamped and len(before) <= 24 and before[1:2].isdigit()
    if (
        before
        and not (stamped and len(before) <= 16)
        and before[-1:] not in (";", ":")
        and not timed
    ):
        return False
    match = _SURNAME_FIRST_LINE.match(text, token.start)
    if match is None and timed:
        match = _SURNAME_FIRST_WRITER.match(text, token.start)
    if match is None:
        return False
    firsts, lasts, english, towns, never = _lists()[:5]
    named = False
    for word in match[0].replace(",", " ").split():
        key = normalise(word)
        if (
            key in never
            or key in _TITLE_KEYS
            or key in ROLE_WORDS
            or key in towns
            or key in _OPENER_KEYS
            or key in _NOT_SIGNER
            or key in _ACRONYMS
            or key in _SHORTHAND
        ):
            return False
        if key in firsts or key in lasts or key not in english:
            named = True
    if named:
        found.append((match.start(), match.end(1)))
    return named


# "| PAYNE Holly |": a table's field holding a surname in capitals and a forename, as ward
# lists and corridor logs write a patient (after the sixth blind pack).
_SURNAME_FIRST_FIELD = re.compile(
    rf"[{_UPPER}][{_UPPER}'’-]+[ \t]+({_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)[ \t]*\|"
)


def _surname_first_field(text: str, token: _Token, found: list[tuple[int, int]]) -> bool:
    if text[max(0, token.start - 3) : token.start].strip(" \t")[-1:] != "|":
        return False
    match = _SURNAME_FIRST_FIELD.match(text, token.start)
    if match is None or match[1].isupper():
        return False
    firsts, lasts, english, towns, never = _lists()[:5]
    surname = token.key
    if (
        len(surname) < 3
        or not any(vowel in surname for vowel in "aeiouy")
        or surname in _ACRONYMS
        or surname in _SHORTHAND
        or (surname in english and surname not in lasts)
    ):
        return False
    for word in match[0].rstrip(" \t|").split():
        key = normalise(word)
        if (
            key in never
            or key in _TITLE_KEYS
            or key in ROLE_WORDS
            or key in towns
            or key in _OPENER_KEYS
            or key in _NOT_SIGNER
        ):
            return False
    found.append((match.start(), match.end(1)))
    return True


# After the seventh blind pack: a surname in capitals then a listed first name anywhere in a
# sentence ("the bed of SNOW, Tariq", "entry for TEIXEIRA Iara removed"): the surname as in a
# table's field, then one capitalised word that is a listed first name or no English word, with
# no capitalised word after it ("NEWS Score", "CT Head", "MRSA Positive Alert" stay).
_SURNAME_THEN_FIRST = re.compile(
    rf"[{_UPPER}][{_UPPER}'’-]+,?[ \t]+({_NAME_WORD})(?![\w'’-]|[ \t]+[{_UPPER}])"
)


def _surname_then_first_name(text: str, token: _Token, found: list[tuple[int, int]]) -> bool:
    match = _SURNAME_THEN_FIRST.match(text, token.start)
    if match is None or match[1].isupper():
        return False
    firsts, lasts, english, towns, never = _lists()[:5]
    surname, first = token.key, normalise(match[1])
    if (
        len(surname) < 3
        or (len(surname) == 3 and surname not in lasts)  # "NOF, Todd's paresis": an acronym
        or match[1][-2:] in ("'s", "’s")  # an eponym's possessive
        or not any(vowel in surname for vowel in "aeiouy")
        or surname in _ACRONYMS
        or surname in _UNIT_CAPITALS
        or surname in _SHORTHAND
        or surname in never
        or surname in towns
        or (surname in english and surname not in lasts)
        or (first in english and first not in firsts)
        or first in never
        or first in towns
        or first in _TITLE_KEYS
        or first in ROLE_WORDS
        or is_clinical(text, *match.span(1))
    ):
        return False
    found.append((match.start(), match.end(1)))
    return True


# A transcript's speaker label then what they say ("CALLER: A bit blue", "HANDLER: Date of
# birth?", "CALLER: I think so"): one capital alone, or a word that is English and no listed
# name before a lower-case word, opens speech, not a name (after the sixth blind pack).
def _speaks_after_label(text: str, match: re.Match[str]) -> bool:
    written = match[1]
    if len(written) == 1:
        return True
    if " " in written or "," in written or "." in written:
        return False
    key = written.lower()
    firsts, lasts, english = _lists()[0], _lists()[1], _lists()[2]
    # A speaker in capitals ("HANDLER:") opens speech: a surname that is a word ("Date") too.
    label = text[match.start() : match.start(1)]
    speaker = ":" in label and label.rstrip(": \t").isupper()
    return (
        key in english
        and key not in firsts
        and (speaker or key not in lasts)
        and text[match.end(1) : match.end(1) + 1] == " "
        and text[match.end(1) + 1 : match.end(1) + 2].islower()
    )


# After the tenth blind pack: a work e-mail address spells its owner's name ("june.smart@...",
# "ruairi.kettle@..."), so the same words written next to each other in the text, in that order
# and in any case or accents ("June Smart", "RUAIRÍ KETTLE"), are that person. One of the words
# must be a listed name or in no dictionary ("patient.experience@" names a team).
_PLACE_WORDS = frozenset("wing suite lodge house court wards bay theatre theatres".split())
_MAIL_NAME = re.compile(
    r"(?<![\w.-])([a-z]{2,})[._]([a-z]{2,})(?:[._]([a-z]{2,}))?\d*$", re.IGNORECASE
)


def _plain_letter(character: str) -> str:
    return unicodedata.normalize("NFKD", character)[0]


def _without_accents(lowered: str) -> str:
    """``lowered`` with each accented letter as its plain one, the same length. Speed: only the
    few letters beyond ASCII are looked up, then ``str.translate`` does the text in C."""
    if lowered.isascii():
        return lowered
    return lowered.translate(
        {ord(letter): _plain_letter(letter) for letter in set(lowered) if not letter.isascii()}
    )


def _names_spelt_in_mail(text: str, found: list[tuple[int, int]]) -> None:
    firsts, lasts, english = _lists()[:3]
    lowered = None
    for at in _positions(text, "@"):
        if not (match := _MAIL_NAME.search(text, max(0, at - 64), at)):
            continue
        words = [word.lower() for word in match.groups() if word]
        if any(word in _NOT_SIGNER or word in _PLACE_WORDS for word in words) or all(
            word in english and word not in firsts and word not in lasts for word in words
        ):
            continue
        if lowered is None:
            lowered = text.lower()
            if len(lowered) != len(text):
                return
        # Speed: found from each place the last word is written; only the few letters before it
        # are made plain (accents dropped) to compare with the rest of the address's name.
        last = words[-1]
        size = sum(len(word) + 1 for word in words[:-1])
        position = lowered.find(last)
        while position != -1:
            start, end = position - size, position + len(last)
            if (
                start >= 0
                and not (start and lowered[start - 1].isalnum())
                and not (end < len(lowered) and lowered[end].isalnum())
                and (written := _without_accents(lowered[start:position]))[-1:] in (" ", "-")
                and written[:-1].replace("-", " ").split() == words[:-1]
            ):
                found.append((start, end))
            position = lowered.find(last, end)


def _positions(text: str, character: str) -> Iterable[int]:
    position = text.find(character)
    while position != -1:
        yield position
        position = text.find(character, position + 1)


def note_name_spans(
    text: str, runs: list[list[_Token]] | None = None, lowered: str | None = None
) -> list[tuple[int, int]]:
    """People named by the shape of a note rather than by a title: after a person's label in a
    form ("Patient: R.C.", "Reporter Puck", "Consultant: Okafor"), an initial joined to a surname
    ("A.Knight"), initials signing off a note with the time ("JM 1.55pm"), and a name before an
    age and sex ("Rose Bishop 67F", "DH 67F")."""
    found: list[tuple[int, int]] = []
    if runs is None:
        runs = capitalised_runs(text)
    # Speed: the text lower-cased, for the detectors below to leave out the cues it cannot hold.
    cue_text = lowered if lowered is not None else text.lower()
    # Speed: labels and sign-offs are read from the capitalised words already found, and their
    # patterns tried only there.
    for run in runs:
        for token in run:
            if token.caps:
                if text.startswith(",", token.end) and _surname_first_line(text, token, found):
                    continue
                if (
                    text.startswith(" ", token.end)
                    and "|" in text[token.start - 3 : token.start]
                    and _surname_first_field(text, token, found)
                ):
                    continue
                if len(token.word) <= 3 and _initials_in_context(text, token):
                    found.append((token.start, token.end))
                    continue
                if text.startswith((" ", ", "), token.end) and _surname_then_first_name(
                    text, token, found
                ):
                    continue
            if token.key in _LABEL_KEYS:
                if token.word.isupper() and _CAPITALS_HEADING.match(text, token.start):
                    continue  # "PATIENT PROPERTY HANDOVER LOG:": a form's title, no person
                if match := _PERSON_LABEL.match(text, token.start):
                    if _speaks_after_label(text, match):
                        continue
                    if pair := _INITIALS_COMMA.fullmatch(match[1]):
                        # "Signed HP, CG": two people's initials, not "Surname, First"
                        for group in (1, 2):
                            if _initials_ok(pair[group]):
                                start = match.start(1) + pair.start(group)
                                found.append((start, start + len(pair[group])))
                        continue
                    _name_or_initials(text, match, found, from_front=True)
                    # "Signed RP / PR", "Signed HP, CG": two people's initials, as joint
                    # reviews sign (after a comma only when the first is initials too, as
                    # "Patient: Daniel Moore, D.O.B." is not a second person).
                    if (
                        (second := _SECOND_INITIALS.match(text, match.end(1)))
                        and ("/" in second[0] or _INITIALS_ONLY.fullmatch(match[1]))
                        and _initials_ok(second[1])
                    ):
                        found.append((second.start(1), second.end(1)))
            elif (token.initial or (token.caps and len(token.word) <= 3)) and (
                token.start == 0 or text[token.start - 1] in "\n \t"
            ):
                line = text.rfind("\n", 0, token.start) + 1
                if not text[line : token.start].strip() and (
                    match := _INITIALS_SIGN_OFF.match(text, token.start)
                ):
                    if _initials_ok(match[1]):
                        found.append((match.start(1), match.end(1)))
                elif not text[line : token.start].strip() and (
                    match := _INITIALS_PAIR.match(text, token.start)
                ):
                    # "LJ/SB outreach", "L.P./SR", "KC / Kevin Collins": initials joined by a
                    # slash to more initials or a full name, opening a line, sign a note.
                    if _initials_ok(match[1]):
                        found.append((match.start(1), match.end(1)))
                        if match[2] and _initials_ok(match[2]):
                            found.append((match.start(2), match.end(2)))
    if "." in text:
        firsts, lasts, english = _lists()[0], _lists()[1], _lists()[2]
        for match in _INITIAL_SURNAME.finditer(text):
            key = normalise(match[1])
            if key in firsts or key in lasts or key not in english:
                found.append((match.start() - 1, match.end()))
    for hint in finditer_from(text, "MF", _NAME_AGE_SEX_HINT):
        # The name ends just before the age: read back from it, not over the whole text.
        if match := _NAME_AGE_SEX.search(text, max(0, hint.start() - 60), hint.end()):
            _name_or_initials(text, match, found, from_front=False)
    _cued_names(text, found, lowered, cue_text)
    _people_in_any_case_after_cues(text, found, lowered if lowered is not None else text.lower())
    if "@" in text:
        _names_spelt_in_mail(text, found)
    _people_in_logs(text, found, cue_text)
    _initials_signing_deeds(text, found)
    _signers_by_initials(text, found, cue_text)
    _initials_as_subjects(text, found, cue_text)
    _initials_ending_fields(text, found)
    _names_then_jobs(text, found)
    if " to " in text:
        _action_owners(text, found)
    if " (" in text:
        _lower_case_before_role(text, found, cue_text)
        _people_in_brackets_after_groups(text, found, cue_text)
    _people_before_appositions(text, found, cue_text)
    _people_after_role_phrases(text, found)
    _people_by_particles(text, found, cue_text)
    if "ed " in text:
        _people_recording(text, found, cue_text)
    if "Dear " in text:
        _people_greeted(text, found)
    if " as " in text:
        _people_with_a_part(text, found)
    _lower_case_people_after_jobs(text, found)
    _lower_case_people_after_by(text, found, cue_text)
    _initials_closing_a_log(text, found)
    if "(" in text or "signed" in text:
        _people_by_role_or_signature(text, found)
    if "[" in text or any(dash in text for dash in _LOG_DASHES):
        _chat_senders(text, found)
    if "(" in text or "[" in text or '",' in text:
        _bracketed_writers(text, found)
    if "(" in text:
        _named_before_number(text, found)
    if "l-" in text:
        for match in _ARABIC_ARTICLE_SURNAME.finditer(text):
            found.append((match.start(), match.end()))
    if " i think" in text:
        firsts, never = _lists()[0], _lists()[4]
        for match in _UNSURE_NAME.finditer(text):
            key = normalise(match[1])
            if key in firsts and key not in never and not is_clinical(text, *match.span(1)):
                found.append((match.start(1), match.end(1)))
    return found


# After the twenty-third blind pack: a surname after a particle that only names use ("dos",
# "van", "von", "der", "bin"...), with an initial or a first name before it, is a name whatever
# the surname's word ("I. dos Reis in charge", "L de Vries", "Nokuthula dos Reis"): no English
# phrase puts a capital, such a particle and a capitalised word together. "de", "da", "du" and
# "di" count only after an initial, as place and firm names use them ("Maison du Pain").
_PARTICLE_NAME = re.compile(
    rf"(?<![\w'’.-])([A-Z]\.?|{_NAME_WORD})[ \t]+"
    r"(?:(dos|das|van|von|der|den|ter|ten|bin|ibn|ap)|(de|da|du|di))"
    rf"(?:[ \t]+(?:der|den|la|le))?[ \t]+({_NAME_WORD})(?![\w'’-])"
)
_WORD_BEFORE_PARTICLE = re.compile(r"(?<![\w'’.-])[A-Z][^\W\d_]*(?:['’-][A-Za-z][^\W\d_]*)*\.?$")
_PARTICLE_WORDS: tuple[str, ...] = (" dos ", " das ", " van ", " von ", " der ", " den ", " ter ", " ten ", " bin ",
                   " ibn ", " ap ", " de ", " da ", " du ", " di ")  # fmt: skip
_SECOND_PARTICLES = ("der ", "den ", "la ", "le ")


def _people_by_particles(
    text: str, found: list[tuple[int, int]], cue_text: str | None = None
) -> None:
    # Speed: read only round a particle with a capital after it, from the word before it.
    starts = set()
    particles = (
        _PARTICLE_WORDS if cue_text is None else cues_that_may_be_written(cue_text, _PARTICLE_WORDS)
    )
    for word in particles:
        position = text.find(word)
        while position != -1:
            after = position + len(word)
            if text[after : after + 1].isupper() or text.startswith(_SECOND_PARTICLES, after):
                if before := _WORD_BEFORE_PARTICLE.search(text, max(0, position - 40), position):
                    starts.add(before.start())
            position = text.find(word, after - 1)
    for start in sorted(starts):
        if not (match := _PARTICLE_NAME.match(text, start)):
            continue
        first = match[1].rstrip(".")
        if len(first) == 1:
            if first in "AI" and "." not in match[1] and match[2] in (None, "van", "bin"):
                continue  # "A van", "I de": an article or a pronoun, not an initial
        elif match[3] or not _any_case_name_ok([first]):
            continue
        found.append((match.start(), match.end()))


# After the twenty-third blind pack: one who wrote something down, opening a clause after ", and"
# or a semicolon ("in side room 7, and Meron recorded grade 2 damage", "; Ionela documented the
# wound"); the word must read as a name, so a team, a system or a word stays ("and Pharmacy
# recorded", "; Datix recorded", "and Staff noted").
_RECORDER = re.compile(
    rf"(?:,[ \t]+and|;)[ \t]+({_NAME_WORD})[ \t]+(?:recorded|documented|noted|charted|wrote)\b"
)
_RECORDING_VERBS: tuple[str, ...] = (" recorded", " documented", " noted", " charted", " wrote")


def _people_recording(text: str, found: list[tuple[int, int]], cue_text: str | None = None) -> None:
    # Speed: read back only from each of the verbs.
    verbs = (
        _RECORDING_VERBS
        if cue_text is None
        else cues_that_may_be_written(cue_text, _RECORDING_VERBS)
    )
    for verb in verbs:
        position = text.find(verb)
        while position != -1:
            end = position + len(verb)
            if (
                (match := _RECORDER.search(text, max(0, position - 40), end))
                and match.end() == end
                and not match[1].isupper()
                and not match[1].endswith(("'s", "’s"))  # "; Raynaud's noted": a condition
                and _any_case_name_ok([match[1]])
            ):
                found.append((match.start(1), match.end(1)))
            position = text.find(verb, end)


# After the twenty-third blind pack: a letter's greeting names its reader, whatever the word
# ("Dear Prosper,", "Dear Talent,"), unless it greets a group, a post or nobody in particular
# ("Dear Sir/Madam,", "Dear Colleague,", "Dear all,", "Dear Chief Executive,").
_GREETED = re.compile(rf"(?<![\w])Dear[ \t]+({_NAME_WORD}(?:[ \t]+{_NAME_WORD})?),?[ \t]*\n")
_GROUP_GREETINGS = frozenset(
    "sir madam sirs colleague colleagues all team parent parents carer carers friend friends "
    "member members everyone panel committee applicant patient resident family chief executive "
    "chair chairman chairwoman head principal governor governors trustee trustees commissioner "
    "ombudsman minister councillor editor".split()
)


def _people_greeted(text: str, found: list[tuple[int, int]]) -> None:
    position = text.find("Dear ")
    while position != -1:
        match = _GREETED.match(text, position)
        position = text.find("Dear ", position + 5)
        if not match:
            continue
        words = match[1].split()
        if not any(normalise(word) in _GROUP_GREETINGS for word in words) and _signed_name_ok(
            words
        ):
            found.append((match.start(1), match.end(1)))


# After the twenty-third blind pack: a person given a part with "with ... as" and a job ("with
# Chipo as second midwife", "with Sunny as chaperone"); a thing given a use stays ("with
# Oramorph as needed", "with Pharmacy as lead" names a team).
_WITH_AS_PART = re.compile(
    rf"(?<![\w])with[ \t]+({_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)[ \t]+as[ \t]+"
    r"(?:(?:the|a|an|second|first|third|other|named|scrub|lead|duty|runner)[ \t]+)?([a-z]+)\b"
)


def _people_with_a_part(text: str, found: list[tuple[int, int]]) -> None:
    position = text.find("with ")
    while position != -1:
        if (match := _WITH_AS_PART.match(text, position)) and (
            match[2] in ROLE_WORDS and _signed_name_ok(match[1].split())
        ):
            found.append((match.start(1), match.end(1)))
        position = text.find("with ", position + 5)


# A family's account in lower case, unsure of a name between commas ("a nurse with glasses,
# kerry i think, said..."): a listed first name (after the sixth
# blind pack; "it was, well i think, fine" stays).
_UNSURE_NAME = re.compile(r",[ \t]+([a-z][a-z'’-]{2,})[ \t]+i[ \t]+think\b")


# After the sixth blind pack. A chat export heads each message with a date, a time and its
# writer ("[03/09/24, 14:30] Pearl: will do"): the writer is a person whatever the word.
_CHAT_SENDER = re.compile(
    r"\[\d{1,2}/\d{1,2}/\d{2,4},[ \t]*[^\]\n]{2,12}\][ \t]+"
    rf"({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}):[ \t]"
)


# After the sixteenth blind pack: a text-message export heads each line with its date and time
# written any way, then its writer ("[Tuesday the 4th 1236hrs] Ngoc: ok", "[6 May 1200hrs]
# Jill: thanks"); the writer counts when the bracket holds a time and the writer's words are
# not in capitals (a role's shorthand, "HV:", "GP:", stays) nor a title, a role or shorthand.
# After the thirty-first blind pack: a radio or control log's writer may be an initial with its
# full stop and a surname of one or two words ("[23-07-2026 18:11] D. Hollows: ...", "T. Wad
# Elnour:"); the surname decides as after a bare initial.
_MESSAGE_SENDER = re.compile(
    r"(?:^|(?<=\n))\[[^\]\n]{0,24}(?:\d[:.]?\d\d)(?:hrs?|h)?\][ \t]+"
    rf"((?:[A-Z]\.[ \t]?)?{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}):[ \t]"
)


# After the twenty-fifth blind pack: a phone's chat export may instead open each line with the
# date and time, a dash and the writer ("27/02/25 20:08 - Tolu: ward said not theirs", the date
# with slashes or full stops), and either form may shorten the writer to a given name and one
# initial ("[13/04/2026 17:09] Mehmet T: obs done"); that closing capital is an initial, not a
# role's shorthand, and the given name may be a word ("Honour B"), though not a thing labelled by
# a letter ("Lab A", "Bay C").
# After the twenty-sixth blind pack: a ward's task tracker or log writes the weekday and the day
# and month without the year, an en or em dash, and may say the writer "adds" or "writes" ("Wed
# 11/2 00:05 — Wanjiru adds: bleed again"); the same checks keep desks and roles out.
_DASHED_SENDER = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?[ \t]+)?"
    r"\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?,?[ \t]+\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?[ap]m)?"
    rf"[ \t]+[-–—][ \t]+({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})"
    r"(?:[ \t]+(?:adds|writes|replies|notes))?:[ \t]"
)
_LOG_DASHES = (" - ", " – ", " — ")
# After the twenty-sixth blind pack: a decision log's line may give its writer as typed, in lower
# case, with the writer's job or team in brackets ("[14/03/2026 09:20] olwen price (press
# office): ..."); two or three words that read as a name there are the writer, never a phrase
# ("[...] the coordinator (site team):" stays).
# After the thirty-first blind pack: the bracketed job may be left out too ("[28-05-2026 12:27]
# eka lomidze: hospital rang"), as a controller types whoever is on the radio; the words must
# still read as a name, so "[...] night manager:" or "[...] handed over:" stays.
_LOWER_CASE_SENDER = re.compile(
    r"(?:^|(?<=\n))\[[^\]\n]{0,24}\d[:.]?\d\d\][ \t]+"
    r"([^\W\d_A-Z][\w'’-]*(?:[ \t]+[^\W\d_A-Z][\w'’-]*){1,2})(?:[ \t]+\([a-z][a-z ]{1,30}\))?:[ \t]"
)


# After the twenty-eighth blind pack: a pager's or a system's export that stamps each line with
# the date and the time in brackets may give the writer as initials ("[03-Mar-2026 21:40] RW:
# please attend", "[...] K.T.: rang back"); a role's or a desk's shorthand stays ("GP:", "SHO:",
# "HV:", "CSM:"), and so do three capitals that spell a word ("LAB:").
_STAMPED_INITIALS_WRITER = re.compile(
    r"\[[^\]\n]{0,24}\d[ \t,T]+\d{1,2}[:.]?\d\d(?::\d\d)?\][ \t]+"
    r"([A-Z]{2,3}|(?:[A-Z]\.){2,3}):[ \t]"
)
# Roles' and desks' shorthand that heads a log's line as a writer would, and is in no list above.
_DESK_SHORTHAND = frozenset(("hv", "csm", "ccot", "sw", "mw", "ops", "bms", "sn", "cn", "pa"))
# After the twenty-eighth blind pack: an audit log whose lines open with the date and the time may
# close each entry with its writer in brackets ("17FEB2026 02:10 - bell answered (TD)",
# "... (Imogen)"); it counts when two lines or more close so, and the bracket holds initials
# that are no shorthand, or words that read as a name (one word only when it is a listed name),
# so "(PRN)", "(left side)" or "(Oramorph)" stay. Once two brackets of the log held a writer so,
# the brackets are its writers' column, and one word there counts as a table's person's cell
# does (`name_in_cell`: "(Odhiambo)", an unlisted name; a word, "(Water)", still stays).
# After the forty-fifth blind pack: the writer may close the line in square brackets ("2026-171
# 19:10 bell answered [M.O.]", "[STANLEY/H]"), or as a CSV row's last field after the quoted
# entry ('21102025,2207,"cell visit done",BEAKEY/A'); the police's and the prisons' way of
# signing, SURNAME/INITIAL, counts as a writer there as initials do.
# After the forty-sixth blind pack: the line may open with the month first ("Oct 25 2025 16:16"),
# as an American-made job system writes it, and the writer may follow a job's shorthand ("(eng.
# COLLINS D)", "(tech. M.P.)"), a surname in capitals and the initial after a blank, as a
# signing sheet writes it.
_STAMPED_LINE_WRITER = re.compile(
    r"(?:[A-Z][a-z]{2}[ \t]+(?:\d{1,2},?[ \t]+)?)?\d[\w/.-]{3,11}[ \t,T]+\d{1,2}[:.]?\d\d\b[^\n]*?"
    r"(?:\(([^(),\n]{2,40})\)|\[([^\[\],\n]{2,40})\]|\",([^\",\n]{2,40}))[ \t]*$"
)
_SURNAME_SLASH_INITIAL = re.compile(
    rf"[{_UPPER}][{_UPPER}'’-]+(?:[ \t][{_UPPER}][{_UPPER}'’-]+)?/[{_UPPER}]"
)
_SURNAME_BLANK_INITIAL = re.compile(rf"[{_UPPER}][{_UPPER}'’-]+[ \t][{_UPPER}]")
_WRITERS_JOB = re.compile(r"([a-z]{2,5})\.?[ \t]+(?=\S)")
_WRITERS_JOBS = frozenset(("eng", "engr", "tech", "insp", "supt", "op", "opr", "sig", "sgd", "by"))


def _initials_as_writer(written: str) -> bool:
    key = written.replace(".", "").lower()
    return (
        "." in written
        or (key not in _DESK_SHORTHAND and not (len(key) == 3 and key in _lists()[2]))
    ) and _initials_ok(written)


def _bracketed_writers(text: str, found: list[tuple[int, int]]) -> None:
    # Speed: only a text with two lines or more that close on a bracket, or a CSV with a quoted
    # field and a slash, is read.
    rows = text.count(")\n") + text.endswith(")")
    squares = text.count("]\n") + text.endswith("]")
    slashed = "/" in text and '",' in text
    if rows < 2 and squares < 2 and not slashed:
        return
    matches = []
    # Speed: each line that closes on a bracket (or on a CSV's last field) is matched alone.
    ends = []
    for closing in ")]" if not slashed else ")]\n":
        if closing == "\n":
            end = text.find("\n")
            while end != -1:
                if text[end - 1 : end] not in ")]" and '",' in text[max(0, end - 42) : end]:
                    ends.append(end)
                end = text.find("\n", end + 1)
            if text and text[-1] not in ")]\n":
                ends.append(len(text))
            continue
        end = text.find(closing + "\n")
        while end != -1:
            ends.append(end + 1)
            end = text.find(closing + "\n", end + 2)
        if text.endswith(closing):
            ends.append(len(text))
    ends.sort()
    for line_end in ends:
        line_start = text.rfind("\n", 0, line_end) + 1
        opening = text[line_start : line_start + 1]
        if (opening.isdigit() or opening.isupper()) and (
            match := _STAMPED_LINE_WRITER.match(text, line_start, line_end)
        ):
            matches.append(match)
    if len(matches) < 2:
        return
    firsts, lasts, _, _, never = _lists()[:5]
    writers: list[tuple[int, int]] = []
    unsure: list[tuple[int, int]] = []
    for match in matches:
        group = 1 if match[1] else 2 if match[2] else 3
        written = match[group].strip()
        if (job := _WRITERS_JOB.match(written)) and job[1] in _WRITERS_JOBS:
            written = written[job.end() :]
        words = written.split()
        start = match.start(group) + match[group].index(written)
        if _SURNAME_SLASH_INITIAL.fullmatch(written):
            if normalise(written[: written.index("/")]) in _SHORTHAND:
                continue
        elif _SURNAME_BLANK_INITIAL.fullmatch(written):
            surname = normalise(words[0])
            if (
                surname in _SHORTHAND
                or surname in never
                or (surname in _lists()[2] and surname not in lasts)
            ):
                continue
        elif group == 3:
            # A CSV's last field is a writer only so; a word there may be anything.
            continue
        elif _INITIALS_ONLY.fullmatch(written) or (
            len(words) == 1 and re.fullmatch(r"[A-Z]{4}", written)
        ):
            if not _initials_as_writer(written):
                continue
        elif len(words) == 1:
            key = normalise(written)
            if not (written[0].isupper() and name_in_cell(words)):
                continue
            if not ((key in firsts or key in lasts) and key not in never):
                unsure.append((start, start + len(written)))
                continue
        elif not (all(word[0].isupper() for word in words) and name_in_cell(words)):
            continue
        writers.append((start, start + len(written)))
    if len(writers) >= 2:
        found += writers + unsure


# After the twenty-eighth blind pack: a record's heading names whom it is about by a given name
# alone, with the NHS number or the date of birth in brackets after it ("Diary extract for
# Wenona (NHS 943 476 5919)"); words there that read as a name are the person, a role or a
# word stays ("for the patient (NHS ...)").
_NAME_BEFORE_NUMBER = re.compile(
    r"(?<![\w'’-])([A-Z][^\W\d_]+(?:['’-][A-Za-z][^\W\d_]*)*(?:[ \t]+[A-Z][^\W\d_]+){0,2})"
    r"[ \t]+$"
)
_BRACKETED_NUMBER = re.compile(
    r"\((?:NHS(?:[ \t]+(?:no\.?|number))?:?[ \t]*\d{3}|(?:DOB|[Dd]ate of birth):?[ \t]*\d)"
)
_NUMBER_BRACKETS = ("(NHS", "(DOB", "(date of birth", "(Date of birth")


def _named_before_number(text: str, found: list[tuple[int, int]]) -> None:
    # Speed: read back only from such a bracket, over the sixty characters before it.
    for opening in _NUMBER_BRACKETS:
        position = text.find(opening)
        while position != -1:
            if _BRACKETED_NUMBER.match(text, position) and (
                match := _NAME_BEFORE_NUMBER.search(text, max(0, position - 60), position)
            ):
                words = match[1].split()
                if normalise(words[0]) not in _TITLE_KEYS and _any_case_name_ok(words):
                    found.append(match.span(1))
            position = text.find(opening, position + 4)


def _chat_senders(text: str, found: list[tuple[int, int]]) -> None:
    never = _lists()[4]
    # Speed: only a line that opens with a bracket is read.
    position = 0 if text.startswith("[") else text.find("\n[")
    while position != -1:
        start = position + (text[position] == "\n")
        if (match := _STAMPED_INITIALS_WRITER.match(text, start)) and _initials_as_writer(match[1]):
            found.append(match.span(1))
        position = text.find("\n[", start + 1)
    for match in _CHAT_SENDER.finditer(text) if "[" in text else ():
        key = normalise(match[1].split()[0])
        if key not in never and key not in _OPENER_KEYS and key not in _TITLE_KEYS:
            found.append((match.start(1), match.end(1)))
    firsts, _, english = _lists()[:3]
    senders = list(_MESSAGE_SENDER.finditer(text)) if "[" in text else []
    for match in _LOWER_CASE_SENDER.finditer(text) if "[" in text else ():
        if _any_case_name_ok(match[1].split()):
            found.append(match.span(1))
    # Speed: only a line with a spaced dash in it is read, from its start.
    line_starts = set()
    for dash in _LOG_DASHES:
        position = text.find(dash)
        while position != -1:
            line_starts.add(text.rfind("\n", 0, position) + 1)
            position = text.find(dash, position + 3)
    for start in sorted(line_starts):
        if match := _DASHED_SENDER.match(text, start):
            senders.append(match)
    for match in senders:
        words = match[1].split()
        initial = len(words) > 1 and len(words[-1]) == 1 and not words[0].isupper()
        if initial:
            words = words[:-1]  # "Mehmet T": the given name decides, a word name too ("Honour B")
        # After the twenty-eighth blind pack: the writer may be an initial and a surname ("[03-Mar
        # 22:05] A Okonjo: reviewed"); the surname decides, whatever word it is, unless it is
        # a title, a role, shorthand or a thing labelled by a letter.
        leading = 2 <= len(words) <= 3 and len(words[0].rstrip(".")) == 1 and not words[1].isupper()
        if leading:
            words = words[1:]
        keys = [normalise(word) for word in words]
        if leading and keys[0] in _LETTERED_THINGS:
            continue
        if (
            not initial
            and not leading
            and all(key in english and key not in firsts for key in keys)
        ):
            continue  # "Reception: booked", a desk, not a person
        if initial and keys[-1] in _LETTERED_THINGS:
            continue
        if not any(word.isupper() for word in words) and not any(
            key in never
            or key in _OPENER_KEYS
            or key in _TITLE_KEYS
            or key in ROLE_WORDS
            or key in _SHORTHAND
            or key in _ACRONYMS
            or key in _NOT_SIGNER
            or key in _KIN_WORDS
            or key in ("mum", "mam", "mom", "dad", "nan", "nana", "grandma", "grandad", "me")
            for key in keys
        ):
            found.append((match.start(1), match.end(1)))


# A surname opened by the Arabic article in lower case after a title or an initial ("Mr
# al-Hashimi", "Matron el-Sayed", "J al-Amin"); the capitals pass sees no word there.
_ARABIC_ARTICLE_SURNAME = re.compile(
    r"(?<![\w'’-])(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+|[A-Z]\.?[ \t]+"
    r"|(?<=Matron |Sister )|(?<=Nurse )|(?<=Midwife ))"
    r"(?:al|el|ul)-[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?"
)


_NAME_PIECE = re.compile(r"[^\s,]+")
_DOTTED = re.compile(r"(?:[A-Z]\.){1,3}")


def _name_or_initials(
    text: str, match: re.Match[str], found: list[tuple[int, int]], *, from_front: bool
) -> None:
    written, start = match[1], match.start(1)
    if written.isupper() and len(written) <= 3 and written.isalpha():  # "JS", "GPO"
        if _initials_ok(written):
            found.append((start, match.end(1)))
        return
    if (dotted := _DOTTED.match(written)) and dotted.end() > 2:  # "R.C.", "J.S. Okafor"
        found.append((start, match.end(1)))
        return
    pieces = list(_NAME_PIECE.finditer(written))
    words = [piece.group() for piece in pieces]
    # After a label the name is the front of the run ("Robertson" of "Robertson Night Site");
    # before an age and sex it is the end ("Rose Bishop" of "Bay Rose Bishop 67F").
    while words and not (
        _name_tokens_ok(words)
        and not any(is_clinical(text, start + p.start(), start + p.end()) for p in pieces)
    ):
        if from_front:
            words.pop()
            pieces.pop()
        else:
            words.pop(0)
            pieces.pop(0)
    if pieces:
        found.append((start + pieces[0].start(), start + pieces[-1].end()))


# "Elizabeth and Rich", "Rose and Ioana", "Rümeysa and Julie": a single capitalised word joined
# by "and" to a person already found is a person too, when it is a listed name or a word in no
# dictionary and no gazetteer.
_AND_AFTER = re.compile(rf"[ \t]+and[ \t]+({_NAME_WORD})(?![\w'’-]|[ \t]+[A-Z])")
_AND_BEFORE = re.compile(rf"(?<![\w'’-])({_NAME_WORD}),?[ \t]+and[ \t]+$")


# A list of first names, as huddles, rotas and statements write the people present ("Present:
# Xiaoling, Barnaby, Pearl", "Other staff (Philippa, Shabnam)"): a single capitalised word that
# is a whole item of a comma list beside a person already found is a person too, when it is a
# listed first name or a word in no dictionary and no gazetteer.
_COMMA_AFTER = re.compile(rf",[ \t]+({_NAME_WORD})(?=[ \t]*(?:[,.;)\n]|$)|[ \t]+and[ \t])")
_COMMA_ITEM = re.compile(rf"{_NAME_WORD}$")
# After the sixth blind pack also "prefers" and "goes by" ("Met Dawid (prefers Dave)").
_KNOWN_AS_STARTS = (
    " (known", ", known", " [known", "(known", "[known", " (prefers", ", prefers", "(prefers",
    " (goes by", ", goes by",
)  # fmt: skip
_KNOWN_AS_AFTER = re.compile(
    r"[ \t]*[(\[,][ \t]*(?:known[ \t]+as|prefers|goes[ \t]+by)[ \t]+"
    rf"({_NAME_WORD})(?![\w'’-])"
)
_NAME_IN_BRACKETS = re.compile(rf"[ \t]\(({_NAME_WORD})\)")
_NAME_BEFORE_BRACKETS = re.compile(rf"(?<![\w'’-])({_NAME_WORD})[ \t]\($")
_LOWER_NAME_BEFORE_BRACKETS = re.compile(
    r"(?<![\w'’-])([^\W\d_A-Z]{3,})(?:[ \t]+([^\W\d_A-Z][^\W\d_]*(?:-[^\W\d_]+)*))?[ \t]\($"
)
_ABBREVIATION_DOT = re.compile(r"\.[ \t]*[a-z\d]")


def _comma_item_before(text: str, comma: int) -> tuple[int, int] | None:
    """The single capitalised word that is a whole list item just before ``comma``."""
    k = comma
    while k and (text[k - 1].isalpha() or text[k - 1] in "'’-"):
        k -= 1
    if k == comma or not _COMMA_ITEM.match(text, k, comma):
        return None
    j = k
    while j and text[j - 1] in " \t":
        j -= 1
    if j == 0 or text[j - 1] in ":(,\n":
        return k, comma
    return None


# After the twenty-fifth blind pack: reviews and minutes give a person's initials in brackets
# after the name, to use them from then on ("Report author: Tevita HALLORAN (TH)", "Lead
# reviewer Rahel ABU-SALEH (R.A.S.)", "Facilitated by Ana COOK (AC in the minutes)"); they are
# the person when their letters are the name's, so "Ana Cook (ED)" or "(ICU)" stays.
_INITIALS_IN_BRACKETS = re.compile(
    rf" \(((?:[{_UPPER}]\.){{2,4}}|[{_UPPER}]{{2,4}})(?:\)|[ \t]+in[ \t])"
)


def _initials_of_written(name: str, initials: str) -> bool:
    letters = initials.replace(".", "")
    words = [word for word in name.split() if normalise(word.rstrip(".")) not in _TITLE_KEYS]
    if len(words) < 2:
        return False
    by_word = "".join(word[0] for word in words).upper()
    by_part = "".join(part[0] for word in words for part in word.split("-") if part).upper()
    return letters in (by_word, by_part, (words[0][0] + words[-1][0]).upper())


def people_beside_people(text: str, people: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    firsts, lasts, english, towns, never, eponyms = _lists()

    def person_word(word: str) -> bool:
        key = normalise(word)
        return (
            key not in never
            and key not in towns
            and key not in _OPENER_KEYS
            and key not in _TITLE_KEYS
            and key not in ROLE_WORDS
            and key not in RELATIONSHIPS
            and key not in eponyms
            and (key in firsts or key not in english)
            and not word.isupper()
            and not key.endswith(_JOB_ENDINGS)
        )

    def list_item(word: str, end: int, single: bool = True) -> bool:
        # Not an abbreviation ("Sr", "Hosp. no."), which a list of people may hold too; beside a
        # full name ("David Lyth, Widnes") only a listed first name, as towns follow full names.
        key = normalise(word)
        return (
            len(word) >= 3
            and (single or key in firsts)
            and not (text[end : end + 1] == "." and _ABBREVIATION_DOT.match(text, end))
            and key not in _ABBREVIATIONS
            and key not in _SHORTHAND
            and key not in _ACRONYMS
            and person_word(word)
        )

    found: list[tuple[int, int]] = []
    todo = list(people)
    for start, end in todo:  # grows as list items are found, so a whole list is read
        after = text[end : end + 2]
        if after == " (" or after == ", " or after == " [":
            if (
                text.startswith(_KNOWN_AS_STARTS, end)
                and (match := _KNOWN_AS_AFTER.match(text, end))
                and list_item(match[1], match.end(1))
            ):  # "Winifred Ashby (known as Winnie)", "Mr Lee, known as Sonny,"
                found.append((match.start(1), match.end(1)))
            elif after == ", ":
                if (
                    (match := _COMMA_AFTER.match(text, end))
                    and list_item(match[1], match.end(1), " " not in text[start:end])
                    and (match.start(1), match.end(1)) not in found
                ):  # "Present: Xiaoling, Barnaby, Pearl"
                    found.append((match.start(1), match.end(1)))
                    todo.append(found[-1])
            elif (
                after == " ("
                and (match := _NAME_IN_BRACKETS.match(text, end))
                and list_item(match[1], match.end(1))
            ):  # "Baby Siddiqui (Leonardo)": the first name or the name used, in brackets
                found.append((match.start(1), match.end(1)))
            elif (
                after == " ("
                and (match := _INITIALS_IN_BRACKETS.match(text, end))
                and _initials_of_written(text[start:end], match[1])
            ):  # "Tevita HALLORAN (TH)": the person's initials, to be used from here on
                found.append((match.start(1), match.end(1)))
        elif (match := _AND_AFTER.match(text, end)) and person_word(match[1]):
            found.append((match.start(1), match.end(1)))
        before = text[start - 2 : start] if start >= 2 else ""
        if before == ", ":
            if (
                (span := _comma_item_before(text, start - 2))
                and list_item(text[span[0] : span[1]], span[1], " " not in text[start:end])
                and span not in found
            ):
                found.append(span)
                todo.append(span)
        elif before == " (":
            if not text.startswith(")", end):
                pass
            elif (
                match := _NAME_BEFORE_BRACKETS.search(text, max(0, start - 30), start)
            ) and list_item(match[1], match.end(1)):
                # "my Becky (Rebecca Ollerenshaw)": the name used, then the full name in brackets
                found.append((match.start(1), match.end(1)))
            elif (
                (match := _LOWER_NAME_BEFORE_BRACKETS.search(text, max(0, start - 50), start))
                and end - start >= 3
                and match[1].startswith(text[start : start + 3].lower())
                # after the fourteenth blind pack: a listed first name or no English word, so
                # "handed to night team (Nigel)" keeps its team
                and (normalise(match[1]) in firsts or normalise(match[1]) not in english)
            ):  # "writing about hugh chamberlain (Hugh)": a lower-case name, then the name used
                found.append((match.start(1), match.end(2) if match[2] else match.end(1)))
        elif " and" in text[max(0, start - 6) : start] and (
            match := _AND_BEFORE.search(text, max(0, start - 40), start)
        ):
            if person_word(match[1]) and _word_before(text, match.start(1))[0] not in _DETERMINERS:
                found.append((match.start(1), match.end(1)))
    return found


# A name found once is the same person wherever the same word is written again in the text
# ("Delroy Campbell wrote to us ... Delroy tells me ... passed to delroy"): a word of a name found
# (by the record, a title, a role, a list...) that is in no dictionary, no gazetteer and no list of
# ordinary proper nouns is redacted at every other place it stands as a whole word, capitalised,
# in capitals (four letters or more) or in lower case (four letters or more, not shorthand),
# unless it is part of a clinical term there. English words ("Rose", "Will", "Hope") are not
# carried: elsewhere they are the words.


def _carried(piece: str) -> bool:
    """Whether a word of a name found is carried to its other places (see above)."""
    carried = _CARRIED.get(piece)
    if carried is None:
        english, towns, never = _lists()[2:5]
        key = normalise(piece)
        carried = not (
            len(piece) < 3
            or not piece[0].isupper()
            or piece.isupper()
            or key in english
            or key in never
            or key in towns
            or key in _TITLE_KEYS
            or key in ROLE_WORDS
            or key in RELATIONSHIPS
            or key in _OPENER_KEYS
            or key in _ACRONYMS
            or key in _SHORTHAND
        )
        if len(_CARRIED) > 20_000:
            _CARRIED.clear()
        _CARRIED[piece] = carried
    return carried


_CARRIED: dict[str, bool] = {}


def _carried_words(written: str) -> tuple[str, ...]:
    """The words of a person's span that are carried (Speed: cached on the span's text, which
    the same name repeats)."""
    words = _SPAN_WORDS.get(written)
    if words is None:
        pieces = []
        for piece in written.split():
            if piece[-2:] in ("'s", "’s"):
                piece = piece[:-2]
            piece = piece.strip(".,;:()[]\"'’")
            if piece and _carried(piece):
                pieces.append(piece)
        words = tuple(pieces)
        if len(_SPAN_WORDS) > 20_000:
            _SPAN_WORDS.clear()
        _SPAN_WORDS[written] = words
    return words


_SPAN_WORDS: dict[str, tuple[str, ...]] = {}


def names_written_again(
    text: str, chosen: list[tuple[int, int, str]], lowered: str | None = None
) -> list[tuple[int, int]]:
    """Other places of the words of the people in ``chosen`` (sorted spans with labels), where
    no span is yet: the new spans, sorted, overlapping none of ``chosen``. ``lowered`` is the
    text in lower case, if already made."""
    words: dict[str, int] = {}  # each word carried, and how many times the spans hold it
    for start, end, label in chosen:
        if label == "PERSON":
            for word in _carried_words(text[start:end]):
                words[word] = words.get(word, 0) + 1
    if not words:
        return []
    if lowered is None or len(lowered) != len(text):
        lowered = text.lower()
    # Speed: most places of the word are the spans it came from; a place is looked up among the
    # spans' starts and ends (sorted) with bisect, and the few new ones are checked.
    starts = [span[0] for span in chosen]
    found: list[tuple[int, int]] = []
    size = len(text)
    for word, held in words.items():
        key = normalise(word)  # as ``lowered`` is: curly apostrophes straightened
        size_of = len(word)
        # Speed: a word written no more often than the spans hold it is nowhere else (one
        # count in C; the places are read one by one only when there are more).
        if len(key) != size_of or lowered.count(key) <= held:
            continue
        # One scan of the lower-cased text finds the word in every case; the case written is
        # then checked (as written, in capitals or in lower case; only the first when short).
        forms = (word, word.upper(), word.lower()) if len(word) >= 4 else (word,)
        position = lowered.find(key)
        while position != -1:
            end = position + size_of
            if text[position:end] in forms:
                if not (position and _is_word_char(text[position - 1])) and not (
                    end < size and (_is_word_char(text[end]) or text[end] == "-")
                ):
                    index = bisect_right(starts, position) - 1
                    if not (index >= 0 and chosen[index][1] > position) and not (
                        index + 1 < len(chosen) and chosen[index + 1][0] < end
                    ):
                        if not is_clinical(text, position, end):
                            found.append((position, end))
            position = lowered.find(key, end)
    found.sort()
    return found


# Dotted initials in a text ("K.K.", "G.P.O", "K.K"), found by scanning for the full stop after
# the first initial (a literal, found fast).
_DOTTED_INITIALS_TOKEN = re.compile(r"\.(?<=(?<![\w.’'-])[A-Z]\.)[A-Z](?:\.[A-Z])?\.?(?![\w])")


def known_initials_spans(
    text: str, names: Iterable[str], lowered: str | None = None
) -> list[tuple[int, int]]:
    """A known person's initials ("K.K.", "G.P.O.", "K.K", "JS"), as notes write a patient: with
    full stops anywhere, in capitals without them as a whole word unless they are clinical
    shorthand ("AF", "MS": for a Mary Smith "MS" stays, it is far more often a diagnosis).
    ``lowered`` is ``normalise(text)`` when the caller has it."""
    # Speed: initials without full stops are a whole word of the text, so in a text lower-casing
    # keeps the length of, ASCII initials are looked for only when the text's word openings
    # (which hold every short word whole) hold them in lower case.
    openings = (
        _word_openings(lowered) if lowered is not None and len(lowered) == len(text) else None
    )
    dotted: dict[str, list[tuple[int, int]]] = {}
    if "." in text:
        for match in _DOTTED_INITIALS_TOKEN.finditer(text):
            start = match.start() - 1
            dotted.setdefault(text[start : match.end()].replace(".", ""), []).append(
                (start, match.end())
            )
    found: list[tuple[int, int]] = []
    size = len(text)
    for name in names:
        for initials, undotted in _initials_of(name):
            if dotted:
                found.extend(dotted.get(initials, ()))
            if not undotted:
                continue
            if (
                openings is not None
                and initials.isascii()
                and initials.isalpha()
                and initials.lower().encode() not in openings
            ):
                continue
            position = text.find(initials)
            while position != -1:
                end = position + len(initials)
                if not (
                    position and (_is_word_char(text[position - 1]) or text[position - 1] in ".'’-")
                ) and not (end < size and (_is_word_char(text[end]) or text[end] == ".")):
                    if not (initials == "HM" and _CROWN_BODY_AFTER.match(text, end)):
                        found.append((position, end))
                position = text.find(initials, position + 1)
    return found


# After the thirty-first blind pack: "HM" before a capitalised word is "His Majesty's", a Crown
# body's ("HM Coastguard", "HM Prison Leeds", "HM Revenue and Customs"), not the initials of a
# Helen Moore the record knows.
_CROWN_BODY_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


@lru_cache(maxsize=8192)
def _initials_of(name: str) -> tuple[tuple[str, bool], ...]:
    """A name's initials (first and last; first three) and whether to look for them without
    full stops (not when they are clinical shorthand)."""
    # (No title has an apostrophe, so a word's lower case is its lookup key here.)
    parts = [
        word for word in name.replace("-", " ").split()
        if word[:1].isalpha() and word.lower() not in _NAME_TITLES
    ]  # fmt: skip
    if len(parts) < 2:
        return ()
    first_last = (parts[0][0] + parts[-1][0]).upper()
    first_three = "".join([word[0] for word in parts[:3]]).upper()
    if first_three == first_last:
        return ((first_last, _initials_ok(first_last)),)
    return ((first_last, _initials_ok(first_last)), (first_three, _initials_ok(first_three)))
