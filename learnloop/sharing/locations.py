"""Finding named organisations, places and addresses without a record.

Read from the same runs of capitalised words as the names (``names.capitalised_runs``): a run that
ends in a word naming a kind of organisation or place is one, when something in it is more than a
description.

- ORGANISATION: "... Hospital(s)", "... NHS Foundation Trust", "... Surgery", "... Medical
  Centre", "... Council", "... Ambulance Service", "... Hospice", "... Ltd" ("Riverside Surgery",
  "East Kent Hospitals University NHS Foundation Trust", "Guy's and St Thomas'"...).
- LOCATION: a named ward or unit ("Rye Ward", "Bluebell Unit"; not "Ward 7B" or "Medical Ward",
  which name no one), a care or nursing home ("Oakwood Care Home", "Meadow Lodge"), a street
  without a house number ("Acacia Avenue").
- POSTCODE in lower case, only straight after a capitalised word ("Wigan, wn5 5qg"): elsewhere
  "t2 5mg" is a vertebra and a dose.
- ADDRESS: a house number (and a flat) before a street ("12 Acacia Avenue", "Flat 3, 14 High
  Street").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from learnloop.sharing.names import (
    _TITLE_KEYS,
    ROLE_WORDS,
    TITLES,
    _lists,
    _Token,
    capitalised_runs,
)
from learnloop.sharing.wordlists import (
    cues_that_may_be_written,
    english_words,
    normalise,
    not_names,
    places,
)

ORGANISATION_ENDINGS = frozenset(
    """
    hospital hospitals infirmary trust surgery surgeries practice clinic hospice council
    partnership healthcare ltd limited plc llp icb commissioners board service
    services foundation university college academy school pharmacy chemist chemists police
    constabulary homes agency care homecare
    """.split()
)
# After the thirty-seventh blind pack: a health campus, the NHS's name for a site of clinics and
# beds ("took him to North Hykeham Health Campus"), named for its town as a hospital is.
ORGANISATION_ENDINGS = ORGANISATION_ENDINGS | frozenset(("campus",))
# "Service(s)", "Board", "Centre"... only name an organisation with a distinctive word before.
STREET_ENDINGS = frozenset(
    """
    road rd street avenue ave lane close drive way crescent gardens place terrace grove walk row
    square mews parade rise vale boulevard wharf quay view fold croft chase cres gdns bank
    meadows heights wynd brow approach
    """.split()
)
# After the twenty-ninth blind pack: "Brae", a Scots street on a slope ("12 Kiln Brae, Carrbridge").
STREET_ENDINGS = STREET_ENDINGS | frozenset(("brae",))
# After the thirty-seventh blind pack: "Sidings", a street built on an old railway's sidings
# ("a substation off Ancaster Sidings", "131 Hopton Sidings").
STREET_ENDINGS = STREET_ENDINGS | frozenset(("sidings",))
_ONE_WORD_STREETS = ("walk", "way", "gate", "row")
# Street words that are also everyday words ("a yard", "the gate", "a loan"): a street's name only
# after a house number (see below).
_NUMBERED_STREET_ENDINGS = frozenset(("st", "yard", "green", "drove", "arcade", "passage", "gate"))
# After the forty-sixth blind pack: the regional words for a street or a lane that Britain's
# addresses use, the north's, Scotland's and the south's ("83 Blewit Loan, Penmaenmawr", "29 Mill
# Chare", "68 Kirk Vennel", "7 Bank Ginnel", "4 Tan Twitten"); after a house number only, so "a
# Student Loan" or "the Pass Loan" stay.
_REGIONAL_STREET_ENDINGS = frozenset(
    ("loan", "loaning", "chare", "vennel", "ginnel", "snicket", "twitten", "loke", "wend")
)
_NUMBERED_STREET_ENDINGS |= _REGIONAL_STREET_ENDINGS
# Once the text writes one after a house number, the word is a street's there, so the same word
# after a name in no dictionary, or after "on", is a street without one too ("the office is on
# Kirk Vennel"; "a Student Loan" stays).
_REGIONAL_AFTER_NUMBER = re.compile(
    r"\b\d{1,4}[A-Za-z]?,?[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,3}"
    r"(Loan|Loaning|Chare|Vennel|Ginnel|Snicket|Twitten|Loke|Wend)\b"
)


def _used_after_a_house_number(text: str, key: str) -> bool:
    return any(match[1].lower() == key for match in _REGIONAL_AFTER_NUMBER.finditer(text))


PLACE_ENDINGS = frozenset(
    "ward wards unit suite wing home lodge manor grange court house cottage centre hotel".split()
) | frozenset(("picu", "nicu", "scbu"))  # after the twenty-fourth blind pack: "Seacole PICU"
# After the ninth blind pack: "Ward Tamar", a ward named after the word; not the words that make
# "Ward" part of a compound ("Ward Round", "Ward Staff", "Ward Clerk").
_WARD_COMPOUNDS = frozenset(
    """
    round rounds staff team clerk clerks based area areas kitchen office phone telephone bed beds
    book diary handover meeting huddle host hostess rota level move moves transfer attender
    budget closure closures nurses doctors managers sisters round's
    """.split()
)
# Words that describe a ward, unit or organisation without naming it: "Medical Ward", "Intensive
# Care Unit", "the General Hospital", "Crown Court". A run made only of these names nothing.
GENERIC = (
    frozenset(
        """
    the a an this that our their his her its my your another other each every same any
    medical surgical acute assessment admissions admission maternity stroke cardiac coronary
    respiratory orthopaedic orthopaedics trauma children's childrens children paediatric
    paediatrics elderly care intensive high dependency renal oncology haematology gynaecology
    neonatal special baby labour postnatal antenatal day general female male private mental
    health rehabilitation rehab discharge short stay observation clinical decision emergency
    ambulatory frailty dementia palliative burns plastics spinal neuro neurology neurosurgical
    endoscopy dialysis isolation side psychiatric inpatient outpatient older people people's
    adult adults young medicine surgery community district local royal teaching university
    nhs foundation trust hospital hospitals national regional specialist primary secondary
    integrated services service ambulance social nursing residential rest home homes ward unit
    units centre center court crown coroner's coroners magistrates county family high
    treatment walk-in urgent minor injuries injury diagnostic cancer heart lung eye dental
    ent gp gps practice practices group board council city town borough metropolitan
    partnership healthcare care-home house lodge step-down recovery theatre theatres suite
    wing main new old upper lower first second third fourth critical domiciliary
    ground floor level block car park police station fire probation pain summary right
    diversion prison liaison crisis team youth offending drug alcohol substance misuse
    addiction sexual homeless housing transport personal continuing intermediate end life
    liver kidney bowel vascular urology colorectal gastroenterology hepatology cardiology
    """.split()
    )
    | ROLE_WORDS
    | frozenset(normalise(t) for t in TITLES)
)
# After the twenty-seventh blind pack: the community a service is for describes it as "homeless"
# or "youth" does ("Gypsy and Traveller Liaison Service"), so names no service alone.
GENERIC |= frozenset("gypsy gypsies traveller travellers roma".split())
# After the twenty-eighth blind pack: a "virtual ward" (remote monitoring at home) is a kind of
# ward as a medical ward is, and names no place ("Virtual ward record: ...").
GENERIC |= frozenset(("virtual", "remote"))
# After the thirty-third blind pack: resuscitation is a kind of care as "intensive" is, so
# "Resuscitation Council" (UK's national body for its guidance), "Resuscitation Team" and "Resus
# Service" name no organisation of the patient's.
GENERIC |= frozenset(("resuscitation", "resus"))
# After the thirty-fourth blind pack: a home care provider is often named for its carers or its
# support alone ("Doorstep Carers", "Threshold Support"), a capitalised word before the ending
# and nothing after it. What a kind of carer or of support is ("Young Carers", "Family
# Support", "Advanced Life Support", "Peer Support") names no one, and neither does a word in
# capitals ("IT Support"), a person's ("Mary's Carers") or one before a further word ("Floating
# Support Worker").
_PROVIDER_ENDINGS = frozenset(("carers", "support"))
_KINDS_OF_SUPPORT = frozenset(
    """
    paid unpaid informal formal professional regular usual two three four both night morning
    evening weekend live-in agency peer floating learning emotional practical nutrition
    nutritional respiratory ventilatory ventilation breathing circulatory inotropic organ renal
    cardiac airway oxygen decision technical tech customer bereavement wellbeing well-being
    carer carers tenancy benefits welfare debt parenting parent domestic abuse victim victims
    pastoral spiritual student educational education behaviour behavioural psychological
    lactation breastfeeding feeding infant pressure postural lumbar back neck head wrist ankle
    knee pelvic weight mobility continence medication medicines basic advanced immediate
    additional extra more further ongoing full limited minimal maximal maximum minimum
    pals patient patients dad dads mum mums sibling siblings kinship foster employee staff
    volunteer volunteers stop smoking
    """.split()
)
# After the thirty-fifth blind pack: a council's mobile library is a kind of service as a
# transport service is ("Mobile Library Service, Devon County Council"), named for no place.
GENERIC |= frozenset(("mobile", "library"))
# After the thirty-sixth blind pack: a firm's customer care is a department named as "customer
# services" is, and a job's title ("Customer Care Host", "Jo Bryce, Customer Care, casino"), not
# an organisation of anyone's.
GENERIC |= frozenset(("customer", "customers"))
# After the thirty-ninth blind pack: sterile services and decontamination are a hospital's
# departments, named as "customer services" is ("Sterile Services, Kemble Community Hospital",
# "the Decontamination Unit"), and the councils of pharmacists, opticians, osteopaths and
# chiropractors are regulators named for their profession as "General Medical Council" is ("the
# General Pharmaceutical Council", "the General Optical Council"): no organisation of anyone's.
GENERIC |= frozenset(
    ("sterile", "decontamination", "pharmaceutical", "optical", "osteopathic", "chiropractic")
)
# Words that start a sentence or a clause, not a name: trimmed from the front of a run.
_LEADING = frozenset(
    """
    the a an at in on to from by our their her his its this that these those and of with for via
    into onto was were is are had has have seen admitted transferred discharged taken moved
    attended called rang phoned visited returned went brought sent referred patient patients
    when while after before during then also both but or if as so because although since
    """.split()
)
# Joining words inside a name: "Newcastle upon Tyne", "Guy's and St Thomas'", "East of England".
_AND_LEFT = frozenset({"east", "west", "north", "south", "central", "mid", "greater", "st"})
_OF_LEFT = (
    ORGANISATION_ENDINGS | _AND_LEFT | frozenset({"isle", "vale", "forest", "city", "county"})
)

_HOUSE_NUMBER = re.compile(
    r"(?:(?<![\w])(?:Flat|Apartment|Apt\.?|Unit|Room)\s+\d{1,4}[A-Za-z]?,?\s+)?"
    r"(?<![\w/.:£$-])\d{1,4}[A-Za-z]?(?:\s?[-–]\s?\d{1,4}[A-Za-z]?)?,?\s+$",
    re.IGNORECASE,
)


def _house_number_before(text: str, start: int) -> re.Match[str] | None:
    """_HOUSE_NUMBER's match in the few characters before ``start``. Speed: a match ends with a
    digit, perhaps a letter and a comma, then white space, so a window that does not end so is
    passed over without the pattern (tried at each of its positions)."""
    window = text[max(0, start - 24) : start]
    written = window.rstrip()
    if len(written) == len(window) or not any(c.isdecimal() for c in written[-3:]):
        return None
    return _HOUSE_NUMBER.search(text, max(0, start - 24), start)


def _chains(text: str, runs: list[list[_Token]]) -> Iterable[list[_Token]]:
    """Runs joined across "of", "upon", "&" and (carefully) "and"."""
    towns = places()
    chain: list[_Token] = []
    for run in runs:
        if chain:
            gap = text[chain[-1].stop : run[0].start]
            last = chain[-1]
            if gap in (" of ", " upon ", " & "):
                # "University Hospitals of Leicester", "East of England": not "Smith of Leeds".
                bridged = gap != " of " or last.key in _OF_LEFT or last.key in towns
            elif gap == " and ":
                # "Guy's and St Thomas'", "Brighton and Sussex": not "Dr Smith and Leeds".
                bridged = (
                    last.possessive
                    or last.key in towns
                    or last.key in _AND_LEFT
                    or run[0].key in ("st", "saint")
                    # "Dewsbury and District NHS Foundation Trust", "X Health and Care NHS Trust"
                    or (run[-1].key == "trust" and any(t.key == "nhs" for t in run))
                    # After the twenty-sixth blind pack: "Darwen and District Hospital", a town
                    # and its district before what the place is, the town in no list.
                    or (run[0].key == "district" and run[-1].key in ORGANISATION_ENDINGS)
                    # After the thirty-third blind pack: so when a title and a name follow the
                    # place in the same capitalised run ("At Bedale and District Hospital Dr
                    # Patel gave ..."), the ending among the next few words.
                    or (
                        run[0].key == "district"
                        and any(t.key in ORGANISATION_ENDINGS for t in run[1:4])
                    )
                    # After the twenty-seventh blind pack: a family firm ("Ravensworth and Sons
                    # Funeral Directors"), its founder's name then his sons or daughters.
                    or (len(run) > 1 and run[0].key in ("sons", "daughters"))
                )
            else:  # "Southend on Sea", "Newcastle upon Tyne"
                bridged = gap in (" on ", " in ") and run[0].key in ("sea", "tyne", "trent")
            if bridged:
                chain.extend(run)
                continue
            yield chain
        chain = list(run)
    if chain:
        yield chain


def place_spans(
    text: str, runs: list[list[_Token]] | None = None, lowered: str | None = None
) -> list[tuple[int, int, str]]:
    """(start, end, label) for each named organisation, place and address in ``text``.
    ``lowered``, the text lower-cased, lets the cues it cannot hold go unscanned."""
    if runs is None:
        runs = capitalised_runs(text)
    found: list[tuple[int, int, str]] = []
    english = english_words()
    for run in runs:
        # A postcode in lower case only where an address puts it: after a capitalised town
        # ("Wigan, wn5 5qg", "Liverpool l2 0dy"), never after an ordinary word ("at t2 5mg").
        if text[run[-1].stop : run[-1].stop + 1] in _POSTCODE_LEADS and (
            postcode := _LOWER_CASE_POSTCODE.match(text, run[-1].stop)
        ):
            found.append((postcode.start(1), postcode.end(1), "POSTCODE"))
        for token in run:
            # Trusts by their initials: "BCNFT", "UHGNT", "TWCHS" (not "PATIENT", "EVENT").
            if (
                token.caps
                and len(token.word) >= 4
                and token.word.endswith(_TRUST_INITIALS)
                and token.key not in english
                and token.key not in _TEAM_INITIALS
            ):
                found.append((token.start, token.end, "ORGANISATION"))
    for chain in _chains(text, runs):
        if (
            len(chain) == 2
            and chain[0].key == "ward"
            and not chain[0].caps
            and not chain[1].caps
            and not chain[1].possessive
            and chain[1].word.isalpha()
            and chain[1].key not in GENERIC
            and chain[1].key not in _WARD_COMPOUNDS
        ):
            found.append((chain[0].start, chain[1].end, "LOCATION"))
            continue
        # "Fernlea care home": a name, then the kind of place in lower case.
        # Speed: the patterns are tried only where a blank and a letter they start with follow.
        stop = chain[-1].stop
        following = text[stop : stop + 2]
        blank = following[:1] in _BLANKS
        after = (
            _LOWER_CASE_HOME.match(text, stop) if blank and following[1:] in _HOME_LEADS else None
        )
        if (
            not after
            and blank
            and following[1:] in _WARD_LEADS
            and not chain[-1].caps  # "AMU ward" names a kind of ward, not one
            and not (chain[-1].key.endswith(("ed", "ing")) and chain[-1].key in english)
        ):  # "the Updated ward round" is no ward's name
            after = _LOWER_CASE_WARD.match(text, stop)
        if after and (not chain[-1].possessive or _saint(chain, len(chain) - 1)):
            start_index = _name_start(chain, len(chain))
            words = chain[start_index:]
            if words and not all(token.key in GENERIC for token in words):
                found.append((chain[start_index].start, after.end(), "LOCATION"))
                continue
        # After the thirteenth blind pack: a street named in one word that ends in a street's
        # word ("27 Ropewalk, Castlefields", "19 TANNERSWALK HIGHFIELD", "4 Kingsway"), after a
        # house number; only a word in no dictionary, so "12 Narrow" or "3 Gateway" stay.
        first = chain[0]
        if (
            first.key.endswith(_ONE_WORD_STREETS)
            and len(first.key) >= 7
            and first.key not in english
            and not first.possessive
            and (house := _house_number_before(text, first.start))
        ):
            found.append((house.start(), first.end, "ADDRESS"))
            continue
        if len(chain) < 2:
            continue
        # After the twenty-sixth blind pack: Scottish hospitals put the place after "University
        # Hospital" ("University Hospital Crosshouse"); one word in no dictionary, not a
        # department's ("University Hospital Emergency Department" names none).
        if (
            len(chain) >= 3
            and chain[-3].key == "university"
            and chain[-2].key == "hospital"
            and not chain[-1].caps
            and not chain[-1].possessive
            and chain[-1].key not in GENERIC
            and (chain[-1].key not in english or chain[-1].key in places())
        ):
            found.append((chain[-3].start, chain[-1].end, "ORGANISATION"))
            continue
        # The last word that ends an organisation or place name, and what it ends.
        # (label is set with end_index and read only when end_index is; "" for mypyc's types)
        end_index: int | None = None
        label = ""
        for index in range(len(chain) - 1, 0, -1):
            key = chain[index].key
            if key in ("centre", "center"):
                # "Riverside Medical Centre" is a GP practice; "Beech House Care Centre" and
                # "Sapphire Centre" are places where people are cared for.
                kind = chain[index - 1].key
                label = "ORGANISATION" if kind in _ORGANISATION_CENTRES else "LOCATION"
                end_index = index
            elif (
                key in ORGANISATION_ENDINGS
                and index + 1 < len(chain)
                and chain[index + 1].key in _TOOLS_AFTER_ORGANISATION
            ):
                break  # "Liverpool Care Pathway": a way of caring, named after a place
            elif (
                key == "care"
                and index + 1 < len(chain)
                and chain[index + 1].key in _JOBS_AFTER_CARE
            ):
                break  # after the forty-ninth blind pack: "Animal Care Assistant" is a job
            elif (
                key in ORGANISATION_ENDINGS
                or (
                    # "Medical Group", "Health Group": a GP practice
                    key == "group" and chain[index - 1].key in _PRACTICE_GROUPS
                )
                or (
                    # After the twenty-seventh blind pack: undertakers name their firm by
                    # the trade ("Walmsley Funeral Directors"); a board's directors are no firm.
                    key == "directors"
                    and index >= 2
                    and chain[index - 1].key == "funeral"
                    and chain[index - 2].key not in GENERIC
                )
                or (
                    # After the forty-ninth blind pack: businesses that keep animals name
                    # themselves by the trade ("Larkrise Kennels", "Moss Lane Cattery", "Oakbeck
                    # Wildlife Park"), after a word of their own ("the Boarding Kennels" stays)
                    (
                        key in _ANIMAL_KEEPERS
                        or (key == "park" and chain[index - 1].key in _ANIMAL_PARKS)
                    )
                    and any(
                        token.key not in GENERIC and token.key not in _ANIMAL_TRADES
                        for token in chain[:index]
                    )
                )
            ):
                end_index, label = index, "ORGANISATION"
            elif (
                key in _PROVIDER_ENDINGS
                and index == len(chain) - 1
                and not chain[index].caps
                and not chain[index - 1].caps
                and not chain[index - 1].possessive
                and chain[index - 1].key not in GENERIC
                and chain[index - 1].key not in _KINDS_OF_SUPPORT
                and chain[index - 1].key not in ROLE_WORDS
            ):
                end_index, label = index, "ORGANISATION"
            elif (
                # "Keighley General": a town's general hospital, named as staff say it
                key == "general"
                and index == len(chain) - 1
                and (chain[index - 1].key not in english or chain[index - 1].key in places())
                and chain[index - 1].key not in GENERIC
                and not chain[index - 1].caps
            ):
                end_index, label = index, "ORGANISATION"
            elif (key in STREET_ENDINGS and chain[index - 1].key not in _NOT_STREETS) or (
                # after the sixteenth blind pack: a yard is a street only after a house number
                # ("16 Tannery Yard"; "Scotland Yard" and "the Hospital Yard" stay)
                # After the thirty-fifth blind pack: so are a green and a drove, a fen's or a
                # village's street ("86 Tedder Green", "11 Flail Drove"; "Parsons Green" stays).
                # After the thirty-sixth blind pack: and an arcade and a passage, a town centre's
                # covered walks and alleys ("52 Alhambra Arcade", "28 Lyceum Passage"; "the
                # Victoria Arcade" and "the Inside Passage" stay).
                # After the forty-fifth blind pack: and a gate, the northern and Scots word for a
                # street ("88 Castle Gate, Denbury"; "the prison's Main Gate" and "Gate 4" stay).
                key in _NUMBERED_STREET_ENDINGS
                and (key != "gate" or chain[index - 1].key not in GENERIC)
                and (
                    (index == len(chain) - 1 and key == "st")
                    # "12 Gorsey St Crawley": St after a house number and a name is a street
                    or _house_number_before(text, chain[0].start)
                    or (
                        key in _REGIONAL_STREET_ENDINGS
                        and chain[index - 1].key not in GENERIC
                        and (
                            chain[index - 1].key not in english
                            or text.endswith((" on ", " off "), 0, chain[0].start)
                        )
                        # Speed: the text is scanned only for such a street without a number.
                        and _used_after_a_house_number(text, key)
                    )
                )
            ):
                end_index, label = index, "STREET"
            elif key in PLACE_ENDINGS:
                end_index, label = index, "LOCATION"
                # After the thirty-eighth blind pack: a town's minor injuries unit is a service a
                # trust runs, named as its community hospital is ("Kemble Minor Injuries Unit"),
                # an organisation rather than a ward of one.
                if (
                    key == "unit"
                    and index >= 3
                    and chain[index - 1].key in ("injuries", "injury")
                    and chain[index - 2].key == "minor"
                ):
                    label = "ORGANISATION"
            else:
                continue
            break
        if end_index is None:
            continue
        start_index = _name_start(chain, end_index)
        words = chain[start_index:end_index]
        # "High Street" and "Station Road" name a street; "Medical Ward" names no ward.
        if not words or (label != "STREET" and all(token.key in GENERIC for token in words)):
            continue
        # After the twenty-seventh blind pack: a kind of centre in one word before a job, the
        # line's whole, is the job's title as a letter is signed ("Leisure Centre Manager") and
        # names no place; a name in no dictionary still does ("Oakwood Centre Manager"), and a
        # ward's before a form's next label ("Ward: Hazel Ward   Consultant: ...") is the ward.
        if (
            label == "LOCATION"
            and len(words) == 1
            and end_index == len(chain) - 2
            and chain[end_index].key in ("centre", "center")
            and chain[-1].key in ROLE_WORDS
            and words[0].key in english
            and words[0].key not in places()
            and not words[0].caps
            and text[chain[end_index].end : chain[-1].start] == " "
            and text[text.rfind("\n", 0, words[0].start) + 1 : words[0].start].strip() == ""
            and text[chain[-1].end : chain[-1].end + 1] in ("", "\n", "\r")
        ):
            continue
        # After the thirty-eighth blind pack: so in running text too, a kind of centre or of
        # service in one English word before a job is the job's title ("a Contact Centre Agent",
        # "the Cabin Service Director, ..."), not a place or an organisation; a name in no
        # dictionary or a place's still is one ("Oakwood Centre Manager", "Ripon Service").
        if (
            label in ("LOCATION", "ORGANISATION")
            and len(words) == 1
            and end_index + 1 < len(chain)
            and chain[end_index].key in ("centre", "center", "service", "services")
            and chain[end_index + 1].key in ROLE_WORDS
            and words[0].key in english
            and words[0].key not in places()
            and not words[0].caps
            and text[chain[end_index].end : chain[end_index + 1].start] == " "
        ):
            continue
        start, end = chain[start_index].start, chain[end_index].end
        if (
            label != "ORGANISATION"
            and any(
                token.possessive and not _saint(words, index) for index, token in enumerate(words)
            )
            # after the tenth blind pack: a street with a house number before it may have one
            # ("121 Cobbler's Mews", "12 Bishop's Way")
            and not (label == "STREET" and _house_number_before(text, start))
        ):
            continue  # "Sarah's Ward": a person's, not a ward's name ("St Anne's Ward" is)
        if chain[end_index].possessive and label == "ORGANISATION":
            end = chain[end_index].stop  # "St Thomas'" keeps its apostrophe
        if label != "ORGANISATION":
            # A house number before a street (or a named house or court) makes an address.
            house = _house_number_before(text, start)
            if house:
                # After the thirty-fourth blind pack: an address runs on through the village and
                # the town to the postcode ("98 Mantel Close Coopersale Epping CM16 1FE", "15
                # Mantel Way, Hever, Edenbridge, TN8 3WR"); the words between are the address,
                # not a person's name (read so, a town in no list was carried elsewhere).
                if (
                    label == "STREET"
                    and (town := _TOWNS_BEFORE_POSTCODE.match(text, end))
                    and not any(
                        normalise(word.strip(",")) in _TITLE_KEYS for word in town[0].split()
                    )
                ):
                    end = town.end()
                elif label == "STREET" and (closing := _MISTYPED_POSTCODE_CLOSING.match(text, end)):
                    found.append((closing.start(1), closing.end(1), "POSTCODE"))
                    if "\n" not in text[end : closing.start(1)]:  # the towns on its line
                        end = len(text[: closing.start(1)].rstrip(", \t"))
                found.append((house.start(), end, "ADDRESS"))
                continue
        found.append((start, end, "LOCATION" if label == "STREET" else label))
    found.extend(_named_houses(text))
    found.extend(_homes_after_cues(text, lowered))
    # Speed: the boards are read only where "NHS " is written.
    position = text.find("NHS ")
    while position != -1:
        if not (position and text[position - 1].isalnum()) and (
            match := _SCOTTISH_BOARD.match(text, position)
        ):
            found.append((match.start(), match.end(), "ORGANISATION"))
        position = text.find("NHS ", position + 4)
    if " at Home" in text:
        for match in _AT_HOME_PROVIDER.finditer(text):
            if not all(normalise(word) in GENERIC for word in match[1].split()):
                found.append((match.start(), match.end(), "ORGANISATION"))
    if found and (
        "Agency" in text
        or "Trust" in text
        or "Executive" in text
        or "Board" in text  # after the thirty-seventh blind pack, and the three below
        or "Unit" in text
        or "Inspectorate" in text
        or "Regulator" in text
        or " Service" in text  # after the thirty-eighth blind pack (see below)
        or " Council" in text  # after the fortieth blind pack, and the two below (see below)
        or " Association" in text
        or " Wales" in text
        or "Trinity House" in text  # after the forty-first blind pack, and the one below
        or "Irish Lights" in text
        or "Protection" in text  # after the forty-ninth blind pack, and the one below
        or "Sanctuary" in text
    ):
        found = _less_national_bodies(text, found)
    if "Housing " in text or "Interpreting" in text:
        for match in _HOUSING_OR_LANGUAGE_PROVIDER.finditer(text):
            provider_words = [normalise(word) for word in match[1].split()]
            # "Welsh Translation and Interpreting": a language names what is interpreted
            if (
                not all(word in GENERIC for word in provider_words)
                and provider_words[0] not in not_names()
            ):
                found.append((match.start(), match.end(), "ORGANISATION"))
    return found


# After the thirtieth blind pack: a national body named for what it looks after, not for a place
# ("the Environment Agency gauge", "the Canal and River Trust licence", "the Woodland Trust"),
# tells no reader where anyone is, as a town's trust or a village's surgery may; so it is kept,
# and so is a part of it read alone ("River Trust" out of "Canal and River Trust").
_NATIONAL_BODIES = re.compile(
    r"(?<![\w])(?:Environment[ \t]+Agency|Canal[ \t]+(?:and|&)[ \t]+River[ \t]+Trust|"
    r"National[ \t]+Trust|Woodland[ \t]+Trust|Wildlife[ \t]+Trusts?|"
    r"Health[ \t]+and[ \t]+Safety[ \t]+Executive|Food[ \t]+Standards[ \t]+Agency|"
    r"UK[ \t]+Health[ \t]+Security[ \t]+Agency|Maritime[ \t]+and[ \t]+Coastguard[ \t]+Agency|"
    r"Driver[ \t]+and[ \t]+Vehicle[ \t]+Licensing[ \t]+Agency|Forestry[ \t]+Commission|"
    r"Scottish[ \t]+Environment[ \t]+Protection[ \t]+Agency|"
    # After the thirty-first blind pack: so is a national charity's network named for no place
    # ("part of the Trussell Trust network", "Carers Trust"): a branch is named for its town.
    r"Trussell[ \t]+Trust|Carers[ \t]+Trust|"
    # After the thirty-fifth blind pack: so are the bodies farms deal with ("the Rural Payments
    # Agency claim", "the Animal and Plant Health Agency was told", read as "Plant Health Agency").
    r"Rural[ \t]+Payments[ \t]+Agency|Animal[ \t]+(?:and|&)[ \t]+Plant[ \t]+Health[ \t]+Agency|"
    # After the thirty-sixth blind pack: so is the national charity behind Street Pastors ("the
    # Ascension Trust tells pastors to hand over in person"); a town's team is named for its town.
    r"Ascension[ \t]+Trust|"
    # After the thirty-seventh blind pack: so are the bodies builders and demolition firms deal
    # with ("records from the Construction Industry Training Board", the HSE's "Asbestos
    # Licensing Unit", read as a unit of a hospital), and the regulators of water and buildings.
    r"(?:Engineering[ \t]+)?Construction[ \t]+Industry[ \t]+Training[ \t]+Board|"
    r"Asbestos[ \t]+Licensing[ \t]+Unit|Drinking[ \t]+Water[ \t]+Inspectorate|"
    r"Building[ \t]+Safety[ \t]+Regulator|"
    # After the thirty-eighth blind pack: so are the services and ombudsmen a council's, a
    # bank's or a jobcentre's callers are sent to ("the Pension Service", "the Financial Ombudsman
    # Service", "HM Courts and Tribunals Service", "the Child Maintenance Service").
    r"Pension[ \t]+Service|Financial[ \t]+Ombudsman[ \t]+Service|"
    r"(?:HM[ \t]+)?Courts[ \t]+(?:and|&)[ \t]+Tribunals[ \t]+Service|"
    r"Child[ \t]+Maintenance[ \t]+Service|Insolvency[ \t]+Service|"
    r"Disclosure[ \t]+(?:and|&)[ \t]+Barring[ \t]+Service|Money[ \t]+(?:and|&)[ \t]+Pensions"
    r"[ \t]+Service|"
    # After the fortieth blind pack: so are the national bodies of cave and mountain rescue, of
    # the arts and of heritage railways ("the British Cave Rescue Council team", "funded by Arts
    # Council England", "Mountain Rescue England and Wales"), named for what they do.
    r"British[ \t]+Cave[ \t]+Rescue[ \t]+Council|Mountain[ \t]+Rescue[ \t]+England[ \t]+"
    r"(?:and|&)[ \t]+Wales|Arts[ \t]+Council(?:[ \t]+(?:England|of[ \t]+Wales))?|"
    r"Heritage[ \t]+Railway[ \t]+Association|"
    # After the forty-first blind pack: so are the lighthouse authorities of the coasts ("the
    # coroner and Trinity House were told", "the Northern Lighthouse Board"), no house of anyone's.
    r"Trinity[ \t]+House|Northern[ \t]+Lighthouse[ \t]+Board|Commissioners[ \t]+of[ \t]+Irish"
    r"[ \t]+Lights|"
    # After the forty-seventh blind pack: so are the armed forces' own health services, run for
    # the whole of the forces and named for no base ("Defence Medical Services has asked for the
    # review", "Defence Primary Healthcare"); a base's medical centre is named for its place.
    r"Defence[ \t]+(?:Medical|Dental)[ \t]+Services|Defence[ \t]+Primary[ \t]+Healthcare|"
    # After the forty-ninth blind pack: so are the national animal charities a rescue, a kennels
    # or a vet asks for advice ("the rescue asked Dogs Trust", "a Cats Protection card"), named
    # for the animals they care for; a town's own rescue is named for its town.
    r"Dogs[ \t]+Trust|Cats[ \t]+Protection|Horse[ \t]+Trust|Donkey[ \t]+Sanctuary)"
    r"(?![\w])"
)


_NATIONAL_ENDINGS = (
    "Agency", "Trust", "Trusts", "Executive", "Commission", "Board", "Unit", "Inspectorate",
    "Regulator", "Service", "Council", "Wales", "Association", "House", "Lights", "Services",
    "Healthcare", "Protection", "Sanctuary",
)  # fmt: skip


def _less_national_bodies(
    text: str, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    # Speed: read only round an organisation found that ends as a national body's name does.
    kept = []
    for span in found:
        if span[2] != "ADDRESS" and text.endswith(_NATIONAL_ENDINGS, span[0], span[1]):
            if any(
                body.start() <= span[0] and span[1] <= body.end()
                for body in _NATIONAL_BODIES.finditer(text, max(0, span[0] - 40), span[1] + 8)
            ):
                continue
        kept.append(span)
    return kept


# After the twenty-third blind pack: a clinical tool named after a place and an organisation's
# word is no organisation ("Liverpool Care Pathway", "Leeds Hospital Score").
_TOOLS_AFTER_ORGANISATION = frozenset(
    "pathway pathways bundle tool framework protocol scale score criteria model approach".split()
)
# After the forty-ninth blind pack: the words a business that keeps animals ends its name with,
# the kinds of park that keep them, and the words of the trade that may come before its own name.
_ANIMAL_KEEPERS = frozenset(("kennels", "cattery", "catteries", "zoo"))
_ANIMAL_PARKS = frozenset(("wildlife", "safari", "animal", "farm", "zoo", "bird", "deer"))
_ANIMAL_TRADES = frozenset(
    """boarding wildlife safari animal animals farm zoo bird birds deer pet pets dog dogs cat
    cats vet vets veterinary rescue kennel""".split()
)
# The trade a practice's name may put between its own word and its ending ("Larkrise Vet
# Clinic", "Brook Vets Surgery"): part of the name, though a job's word elsewhere opens it.
_TRADES_BEFORE_ENDING = frozenset(("vet", "vets"))
# After the forty-ninth blind pack: a job named for the care it gives ("Animal Care Assistant",
# "Pet Care Worker", "Equine Care Supervisor") names the job, not a care provider.
_JOBS_AFTER_CARE = frozenset(
    """assistant assistants worker workers officer officers manager managers coordinator
    co-ordinator lead technician technicians attendant attendants supervisor apprentice
    apprentices staff""".split()
)
# After the twenty-third blind pack: Scotland's fourteen health boards, named "NHS" and their
# area ("NHS Highland", "NHS Greater Glasgow and Clyde"), as its trusts are named by town.
_SCOTTISH_BOARD = re.compile(
    r"NHS[ \t]+(?:Ayrshire[ \t]+(?:and|&)[ \t]+Arran|Borders|Dumfries[ \t]+(?:and|&)"
    r"[ \t]+Galloway|Fife|Forth[ \t]+Valley|Grampian|Greater[ \t]+Glasgow[ \t]+(?:and|&)[ \t]+"
    r"Clyde|Highland|Lanarkshire|Lothian|Orkney|Shetland|Tayside|Western[ \t]+Isles)(?![\w])"
)
# After the twenty-third blind pack: a home care provider named for its support or care at home
# ("Keystone Support at Home", "Bluebell Care at Home"); "Intermediate Care at Home" names a
# kind of service.
_AT_HOME_PROVIDER = re.compile(
    r"(?<![\w])([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]+(?:Support|Care)[ \t]+at[ \t]+Home\b"
)

# After the twenty-fourth blind pack: a social landlord or an interpreting agency, named by its
# own word before what it does ("Kestrel Housing Association", "Oakfield Housing Group",
# "Bluebird Translation and Interpreting", "Sable Interpreting Services"); "the local Housing
# Association", "the Interpreting Service" and "BSL Interpreting" (no lower-case letter after
# the capital) name a kind of body or of help.
_HOUSING_OR_LANGUAGE_PROVIDER = re.compile(
    r"(?<![\w])([A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]+"
    r"(?:Housing[ \t]+(?:Association|Group|Trust)|(?:Translation[ \t]+(?:and|&)[ \t]+)?"
    r"Interpreting(?:[ \t]+Services?)?)(?![\w])"
)

# A house or a home known by its name alone, after a word that says someone lives or goes there:
# "lives at The Hollies", "discharged to The Laurels", "brought in from The Grange". "The" in
# capitals inside a sentence starts a name; generic words ("to The General Hospital") do not.
# One or two words, and not the start of a longer title ("The Report of...", "The Minister
# for...", "The Road Traffic Regulations").
_NAMED_HOUSE = re.compile(
    r"The[ \t]+[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+)?(?![\w'’]|[ \t]+(?:[A-Z]|of\b))"
)
_NOT_HOUSES = frozenset(
    """
    report reports department minister ministry secretary office act regulations guidance
    code review inquiry inquest committee agency government coroner times guardian telegraph
    court police prison service trust board panel chair chief policy standards commission
    """.split()
)
_INTO_A_HOUSE = re.compile(r"(?<![\w])(?:at|to|from|in|into)[ \t]+$")


def _named_houses(text: str) -> Iterable[tuple[int, int, str]]:
    position = text.find("The ")
    while position != -1:
        match = _NAMED_HOUSE.match(text, position)
        position = text.find("The ", position + 4)
        if not match or not _INTO_A_HOUSE.search(text, max(0, match.start() - 8), match.start()):
            continue
        words = [normalise(word) for word in match[0].split()[1:]]
        if any(
            word in GENERIC or word in ORGANISATION_ENDINGS or word in _NOT_HOUSES for word in words
        ):
            continue  # "The General", "The Royal Infirmary": found, or not, as organisations
        yield (match.start(), match.end(), "LOCATION")


# After the ninth blind pack: a care home or a house known by one name, with no "The" and no
# "House" or "Lodge" after it, where the words before say someone lives or lived there or things
# are delivered there ("previously lived at Ashdene for respite", "Care home Cloverleigh will not
# take him back", "Current location: Larchwood", "Delivered to Ferncliffe in error"). The name
# must be in no dictionary, no gazetteer and no list of names ("lived at Leeds", "delivered to
# Pharmacy" and "delivered to Karen" stay).
# Speed: found with str.find in the text as written (no lower-cased copy is made for them), the
# first letter left off where it may be a capital or not ("are home " after a "c" or a "C").
_HOME_CUES: tuple[str, ...] = (
    "lived at ",
    "previously at ",
    "are home ",
    "Current location: ",
    "elivered to ",
)
# After the twenty-third blind pack: so too a home whose staff were asked ("asked the staff at
# Ashlea, where she lived"); a town, a word or a name stays there as after the other cues ("the
# staff at Boots"). Not "discharged to", after which a town the gazetteer lacks is written as
# often as a home ("discharged to Tamworth").
_HOME_CUES += ("the staff at ",)
_HOME_CUE_FIRSTS = {"are home ": "cC", "elivered to ": "dD"}
_HOME_NAME = re.compile(r"([A-Z][a-z]{3,}(?:['’]s)?)(?![\w'’-]|[ \t]+[A-Z])")


def _homes_after_cues(text: str, lowered: str | None = None) -> Iterable[tuple[int, int, str]]:
    cues = _HOME_CUES if lowered is None else cues_that_may_be_written(lowered, _HOME_CUES)
    for cue in cues:
        capitals = _HOME_CUE_FIRSTS.get(cue)
        position = text.find(cue)
        while position != -1:
            after = position + len(cue)
            before = position - 1 if capitals else position
            position = text.find(cue, after)
            if capitals and not (before >= 0 and text[before] in capitals):
                continue
            if before > 0 and text[before - 1].isalnum():
                continue
            if not (match := _HOME_NAME.match(text, after)):
                continue
            firsts, lasts, english, towns, never = _lists()[:5]
            key = normalise(match[1].removesuffix("'s").removesuffix("’s"))
            if not (
                key in english
                or key in towns
                or key in firsts
                or key in lasts
                or key in never
                or key in GENERIC
                or key in places()
            ):
                yield (match.start(1), match.end(1), "LOCATION")


_LOWER_CASE_POSTCODE = re.compile(
    r",?[ \t]+([a-pr-uwyz][a-hk-y]?\d[a-z\d]? {0,2}\d[abd-hjlnp-uw-z]{2})(?![\w])"
)
# "Give Way", "One Way", "No Place": words before a street ending that make no street.
_NOT_STREETS = frozenset("give one no either any every half all each the a food blood milk".split())
_PRACTICE_GROUPS = frozenset("medical health practice primary surgery".split())
_ORGANISATION_CENTRES = frozenset(
    "medical health treatment cancer diagnostic walk-in community surgical resource".split()
)


def _saint(tokens: list[_Token], index: int) -> bool:
    """Whether tokens[index] is a saint's name ("St Anne's"), whose possessive names a place."""
    return index > 0 and tokens[index - 1].key in ("st", "saint")


# Teams, not trusts: a community mental health team names no one.
_TEAM_INITIALS = frozenset("cmht amht crht crhtt hbtt camhs iapt ldht cldt".split())
_TRUST_INITIALS = ("NFT", "NHSFT", "FT", "NT", "CHS", "MHT", "HT")
# "Pendle ward": a ward's name with "ward" in lower case, as notes write it. Not "unit": "the
# Quillmoor unit" may as well be a team or a service, left to the organisation's terms.
_LOWER_CASE_WARD = re.compile(r"[ \t]+ward\b")
_LOWER_CASE_HOME = re.compile(r"[ \t]+(?:care|nursing|residential|rest)[ \t]+(?:home|centre)\b")
# What the character after a name (and the one after that) must be for these patterns to match.
_BLANKS = (" ", "\t")
_HOME_LEADS = (" ", "\t", "c", "n", "r")
_WARD_LEADS = (" ", "\t", "w")
_POSTCODE_LEADS = (",", " ", "\t")
_TOWNS_BEFORE_POSTCODE = re.compile(
    r"(?:,?[ \t]+[A-Z][a-z][\w'’-]*){1,3}"
    r"(?=,?[ \t]+[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?[ \t]?\d[ABD-HJLNP-UW-Z]{2}(?![\w]))"
)


# After the thirty-seventh blind pack: a postcode that closes an address whose inward letters
# Royal Mail never issues (C, I, K, M, O or V: "WV6 8TC", "S748CU", "de24 1ml"), as a typist's
# slip or a form's made-up test address writes it, still places the person where it ends a
# street with a house number and its village and town ("130 Purbeck Road, Tettenhall, WV6 8TC",
# "51 Hopton Terrace\nWhiteway\nTwerton\nBA2 3KE"), each on the same line or a line of its own.
# Only the letters the strict pattern refuses are let in here, in capitals or all in lower
# case, and only there: elsewhere such a shape may be a code or a dose.
_MISTYPED_POSTCODE_CLOSING = re.compile(
    r"(?:,?(?:[ \t]+|[ \t]*\n[ \t]*)[A-Z][A-Za-z][\w'’-]*(?:[ \t]+[A-Z][A-Za-z][\w'’-]*)?){0,3}"
    r",?(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"((?=[A-Z\d ]+(?![\w])|[a-z\d ]+(?![\w]))[A-PR-UWYZa-pr-uwyz][A-HK-Ya-hk-y]?\d[A-Za-z\d]?"
    r" {0,2}\d(?=[A-Za-z]{0,1}[CIKMOVcikmov])[A-Za-z]{2})(?![\w])"
)


def _name_start(chain: list[_Token], end_index: int) -> int:
    """Where the name in ``chain`` before ``end_index`` starts: after words that open a clause,
    and after a title, a job word or an initial ("Dr Smith's Surgery" keeps its doctor apart)."""
    start_index = 0
    while start_index < end_index and chain[start_index].key in _LEADING:
        start_index += 1
    for index in range(start_index, end_index):
        token = chain[index]
        if (
            token.key in _TRADES_BEFORE_ENDING
            and index == end_index - 1
            and index > start_index
            and chain[index - 1].key not in ROLE_WORDS
            and chain[index - 1].key not in _TITLE_KEYS
        ):
            continue  # after the forty-ninth blind pack: "Larkrise Vet Clinic" (see above)
        if token.key in ROLE_WORDS or token.key in _TITLE_KEYS or token.initial:
            start_index = index + 1
    return start_index
