"""A third blind evaluation pack for de-identification, in registers the first two packs lack.

Written without reading the engine (``deidentify``, its name and place lists, its data, its tests,
its README or ADR 0013) or the narrative templates of the other packs, and frozen before the
engine is ever scored on it. Only the shared infrastructure of ``evaluation`` is imported
(``Example``, ``GoldSpan``, ``LABELS``, word limits, the scorer, the Faker name pools with their
listed/unlisted split, ``nhs_number``, ``postcode``, ``ordinal``), so gold spans and scores mean
the same thing as on the other packs. ``evaluation_blind3.md`` describes the styles.

``generate(count, seed)`` writes about 300 words (180 to 420) per text in 22 styles: Datix text by
a healthcare assistant, structured judgement review phase comments, a relative's complaint e-mail,
a GP significant event analysis, an ambulance patient care record, a care home's notification to
the CQC, a maternity referral to MNSI, a digital incident with merged records, a death in custody,
a LeDeR review, a children's strategy meeting, an inter-trust transfer, a lost-to-follow-up harm
review, a SHOT transfusion report, a falls huddle, a pressure ulcer RCA, a chemotherapy error, an
end-of-life review with a chaplain, a staffing Datix, a cross-border case with Wales or Scotland,
an inquest transcript and a Freedom to Speak Up concern.

Gold conventions, as ``evaluation_blind.py`` sets them:

- ``PERSON``: the name, with an honorific written directly before it (Mr, Mrs, Ms, Miss, Dr,
  Prof, lower case too); role and grade words (HCA, Staff Nurse, Sister, SpR, Revd, PC, "Baby")
  and a possessive "'s" lie outside. Initials standing for a person are gold; so are nicknames,
  lower-case and capitalised names.
- ``DATE``: a date precise to the day, with or without year or weekday ("Tues 4th", "the 3rd",
  "4.3.24"), and a month with its year ("March 2024"). Times, durations, weekdays, months and
  years alone are not gold.
- ``AGE``: the number only, only over 89. ``ADDRESS``: house to town; the postcode is its own
  ``POSTCODE``. ``LOCATION``: streets alone, named wards and units, care homes, named prison
  wings. Numbered wards, bays, beds and cells, and generic units, are not gold.
- ``ORGANISATION``: hospitals (and their initials), trusts, health boards, GP practices,
  hospices, care providers, pharmacies, schools, prisons, police forces, councils, ambulance
  services, ICBs. National bodies (CQC, NHS England, HSSIB, MNSI, SHOT, MHRA, NMC, GMC, HM
  Coroner, the Prisons and Probation Ombudsman) are not gold.
- ``ID``: reference numbers (Datix, LFPSE, StEIS, complaint, police, CAD, coroner, CQC
  notification, MNSI, LeDeR, SHOT, FTSU, radiology accession, prison number, blood unit number)
  and staff registration numbers (NMC PIN, GMC number): the value, not its label. Bleep numbers,
  bed numbers and drug doses are not identifiers.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from learnloop.sharing.evaluation import (
    DIRECT_IDENTIFIERS,
    LABELS,
    MAX_WORDS,
    MIN_WORDS,
    Example,
    Found,
    GoldSpan,
    _new_person,
    listed_names,
    nhs_number,
    ordinal,
    postcode,
    score,
)

__all__ = [
    "DIRECT_IDENTIFIERS", "LABELS", "MAX_WORDS", "MIN_WORDS", "NICKNAMES", "STYLES", "TOWNS",
    "Example", "Found", "GoldSpan", "Style", "example", "generate", "generate_with_negatives",
    "score",
]  # fmt: skip

LOW_WORDS = 180
HIGH_WORDS = 420
NO_RECORD = 0.12
SHARED_AT_MOST = 5  # shared top-up sentences per text

Piece = tuple[str, str | None, dict | None]
NEGATIVE = "NEGATIVE"  # internal marker of a look-alike; never a gold label

# ---------------------------------------------------------------------------------------------
# People: half from Faker, half from this pack's own pools
# ---------------------------------------------------------------------------------------------

# first name -> (sex, nicknames)
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "F": {
        "Margaret": ("Peggy", "Maggie", "Mags"), "Dorothy": ("Dot", "Dottie"),
        "Elizabeth": ("Betty", "Liz", "Bess"), "Kathleen": ("Kath", "Kitty"),
        "Patricia": ("Pat", "Trish"), "Winifred": ("Winnie",), "Florence": ("Flo", "Florrie"),
        "Josephine": ("Josie",), "Jacqueline": ("Jackie",), "Gwendolyn": ("Gwen",),
        "Beatrice": ("Bea", "Trixie"), "Henrietta": ("Hetty",), "Rebecca": ("Becky",),
    },
    "M": {
        "Robert": ("Bob", "Bobby"), "William": ("Bill", "Billy"), "Edward": ("Ted", "Eddie"),
        "Frederick": ("Fred", "Freddie"), "Albert": ("Bert", "Bertie"), "Harold": ("Harry",),
        "Kenneth": ("Ken", "Kenny"), "Leonard": ("Len", "Lenny"), "Anthony": ("Tony",),
        "Terence": ("Terry",), "Reginald": ("Reg", "Reggie"), "Stanley": ("Stan",),
        "Cornelius": ("Neil",),
    },
}  # fmt: skip

OWN_POOLS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # name group: (female first names, male first names, surnames)
    "british": (
        tuple(NICKNAMES["F"]), tuple(NICKNAMES["M"]),
        ("Hargreaves", "Pickering", "Whitworth", "Ashby", "Threlfall", "Coombes", "Dunstan",
         "Ollerenshaw", "Braithwaite", "Gittins", "Lumb", "Sowerby"),
    ),
    "words": (
        ("Hope", "Rose", "Grace", "Faith", "Joy", "Dawn", "Ivy", "Holly", "Pearl", "Amber",
         "Summer", "Honey"),
        ("Will", "Mark", "Jack", "Grant", "Drew", "Dean", "Miles", "Frank", "Rich", "Gene"),
        ("Brown", "Field", "Moss", "Hill", "Young", "Bell", "Marsh", "Stone", "Best", "Cook",
         "Sharp", "Rose", "Hope", "Wood", "Low", "Gay", "Church", "Lamb"),
    ),
    "south_asian": (
        ("Priya", "Harpreet", "Nusrat", "Farzana", "Anjali", "Shabnam", "Manjit", "Rukhsana"),
        ("Imran", "Rajesh", "Gurdeep", "Tariq", "Mohammed", "Sanjay", "Arjun", "Zubair"),
        ("Patel", "Begum", "Chaudhry", "Sandhu", "Ahmed", "Hussain", "Mistry", "Bhatti",
         "Rahman", "Kaur-Gill", "Siddiqui"),
    ),
    "west_african": (
        ("Chiamaka", "Ngozi", "Abena", "Folasade", "Adaeze", "Yewande", "Efua"),
        ("Adebayo", "Oluwaseun", "Kwame", "Emeka", "Kofi", "Babatunde", "Chukwuemeka"),
        ("Okafor", "Adeyemi", "Mensah", "Owusu", "Nwosu", "Asante", "Oyelaran", "Boateng",
         "Eze", "Ogunleye"),
    ),
    "polish": (
        ("Agnieszka", "Małgorzata", "Zofia", "Katarzyna", "Joanna", "Grażyna"),
        ("Krzysztof", "Wojciech", "Piotr", "Tomasz", "Grzegorz", "Łukasz"),
        ("Kowalczyk", "Nowak", "Wójcik", "Lewandowski", "Kamińska", "Zielińska", "Szymański",
         "Dąbrowski", "Wiśniewska"),
    ),
    "chinese": (
        ("Xiaoling", "Mei", "Hui Min", "Yan", "Ling"),
        ("Wei", "Jun", "Zhiwei", "Hao", "Kwok Wing"),
        ("Chen", "Zhang", "Liu", "Wong", "Lam", "Huang", "Cheung", "Tsang"),
    ),
    "arabic_somali": (
        ("Fatima", "Layla", "Aisha", "Hodan", "Faadumo", "Maryam", "Noor"),
        ("Yusuf", "Omar", "Khalid", "Hamza", "Abdirahman", "Mahad", "Karim"),
        ("Al-Rashid", "Haddad", "Mansour", "El-Sayed", "Nasser", "Warsame", "Abdi", "Farah",
         "Jama", "Al-Amin"),
    ),
    "irish_welsh": (
        ("Siobhán", "Niamh", "Aoife", "Bethan", "Eleri", "Cerys", "Gwenllian"),
        ("Pádraig", "Ciarán", "Rhys", "Dafydd", "Gwilym", "Iestyn"),
        ("O'Sullivan", "McGuinness", "O'Rourke", "Doherty", "Pritchard", "Llewellyn",
         "ap Rhys", "Prys", "Rowlands", "MacAlister"),
    ),
    "hyphenated": (
        ("Harriet", "Imogen", "Clemency", "Tamsin", "Philippa"),
        ("Rupert", "Jonty", "Hugo", "Barnaby", "Crispin"),
        ("Lloyd-Davies", "Fenwick-Hart", "Baptiste-Ogun", "Ahmed-Chaudhry", "Smith-Nowak",
         "Carrington-Shaw", "Ward-Okonjo"),
    ),
}  # fmt: skip


@dataclass
class Individual:
    first: str
    last: str
    sex: str
    names: str  # "listed" / "unlisted"
    title: str = ""
    nickname: str = ""
    in_record: bool = False

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def meta(self) -> dict:
        return {"names": self.names, "in_record": self.in_record}


def _listed(first: str, last: str) -> str:
    listed = listed_names()
    parts = [p for p in re.split(r"[\s-]+", f"{first} {last}") if p]
    return "listed" if all(p.casefold() in listed for p in parts) else "unlisted"


def new_individual(rng: random.Random, *, sex: str | None = None, doctor: bool = False,
                   last: str | None = None, group: str = "") -> Individual:
    sex = sex or rng.choice("FM")
    if not group and rng.random() < 0.5:
        person = _new_person(rng, sex=sex, last=last)
        first, surname, names = person.first, person.last, person.names
    else:
        group = group or rng.choice(list(OWN_POOLS))
        females, males, surnames = OWN_POOLS[group]
        first = rng.choice(females if sex == "F" else males)
        surname = last or rng.choice(surnames)
        if group == "polish" and sex == "M" and surname.endswith("ska"):
            surname = surname[:-1] + "i"
        elif group == "polish" and sex == "F" and surname.endswith("ski"):
            surname = surname[:-1] + "a"
        names = _listed(first, surname)
    nick = ""
    table = NICKNAMES[sex]
    if first in table:
        nick = rng.choice(table[first])
    if doctor:
        title = "Dr" if rng.random() < 0.85 else "Prof"
    elif sex == "F":
        title = rng.choice(["Mrs", "Mrs", "Ms", "Miss"])
    else:
        title = "Mr"
    return Individual(first, surname, sex, names, title, nick)


def _initials(person: Individual) -> str:
    parts = [p for p in re.split(r"[\s-]+", person.full) if p and p[0].isupper()]
    return "".join(p[0] for p in parts)


def name_pieces(person: Individual, form: str, rng: random.Random) -> list[Piece]:
    """One mention of a person in the form asked for ("any" picks a usual one)."""
    if form == "any":
        form = rng.choices(
            ["full", "title", "first", "last", "tfull"], weights=[4, 4, 2, 1, 1]
        )[0]
    if form == "staff":  # staff: first name, full name or "Dr X"
        form = rng.choice(["first", "full", "first", "title" if person.title == "Dr" else "full"])
    meta = person.meta
    title = person.title
    if form == "known":
        if person.nickname:
            return [(person.full, "PERSON", meta), (" (known as ", None, None),
                    (person.nickname, "PERSON", meta), (")", None, None)]
        form = "full"
    if form == "nick":
        form = "first" if not person.nickname else form
    if form == "lowtitle" and title == "Prof":
        form = "lower"
    value = {
        "full": person.full,
        "title": f"{title} {person.last}",
        "tdot": f"{title}. {person.last}",
        "tfull": f"{title} {person.full}",
        "first": person.first,
        "last": person.last,
        "nick": person.nickname,
        "caps": f"{person.last.upper()}, {person.first}",
        "capslast": f"{person.first} {person.last.upper()}",
        "allcaps": person.full.upper(),
        "lower": person.full.lower(),
        "lowfirst": person.first.lower(),
        "lowtitle": f"{title.lower()} {person.last.lower()}",
        "init": _initials(person),
        "initdot": ".".join(_initials(person)) + ".",
        "ilast": f"{person.first[0]}. {person.last}",
        "ilast2": f"{person.first[0]} {person.last}",
    }[form]
    return [(value, "PERSON", meta)]


# ---------------------------------------------------------------------------------------------
# Places and organisations (this pack's own, all invented)
# ---------------------------------------------------------------------------------------------

# town -> postcode area
TOWNS: dict[str, str] = {
    "Rotherfield": "S", "Castleford": "WF", "Kirkby Moor": "LA", "Thornbury Vale": "BS",
    "Hexley": "NE", "Ashbourne Green": "DE", "Wrexford": "CH", "Penhallow": "TR",
    "Saltmarsh": "HU", "Bramhope Cross": "LS", "Oldcastle": "OL", "Medbury": "ME",
    "Harlow Heath": "CM", "Stowford": "ST", "Kingsmere": "PE", "Bedwin": "SN",
    "Wolverley": "WV", "Eastwick": "NG", "Chesterfold": "S", "Normanby": "TS",
}  # fmt: skip
LOCALITIES = ("Lower Moor", "Fairfield", "Church End", "Netherton", "Holme Park", "Sandhills")
STREETS = (
    "Coppice", "Rowan", "Station", "Millbrook", "Tanner's", "Beacon", "Quarry", "Orchard",
    "Cobden", "Alma", "Laburnum", "Goldthorpe", "Prospect", "Wheatley", "Nelson", "Ferncliffe",
)  # fmt: skip
STREET_KINDS = ("Road", "Street", "Lane", "Close", "Avenue", "Terrace", "Crescent", "Way", "Drive")
HOUSE_NAMES = ("Rose Cottage", "The Willows", "Holly Bank", "Fern Lea", "Brook House")
WARDS = (
    "Kestrel", "Heron", "Bluebell", "Cedar", "Aspen", "Foxglove", "Lapwing", "Marigold",
    "Hawthorn", "Wren", "Sycamore", "Curlew", "Primrose", "Linden", "Osprey",
)  # fmt: skip
WARD_KINDS = ("Ward", "Ward", "Ward", "Unit", "Suite")
HOMES = (
    "Meadowbank", "Ashcroft House", "The Beeches", "Larkrise", "Hollins Park", "Greystones",
    "St Winifred's", "Brookvale", "Elmhurst Lodge", "The Paddocks",
)  # fmt: skip
HOME_KINDS = ("Care Home", "Nursing Home", "Residential Home", "care home", "Nursing and Residential Home")
HOSPITAL_STEMS = (
    ("Rotherfield", "General"), ("Castleford", "District"), ("Kingsmere", "Royal"),
    ("Hexley", "Royal"), ("Oldcastle", "General"), ("Saltmarsh", "Infirmary"),
    ("Medbury", "District"), ("Stowford", "Royal"), ("Normanby", "University"),
    ("Wolverley", "Memorial"),
)  # fmt: skip
SAINT_HOSPITALS = ("St Aidan's Hospital", "St Bride's Hospital", "St Cuthbert's Hospital",
                   "Queen Adelaide Hospital", "Princess Beatrice Hospital")
GP_STEMS = ("Holmwood", "Larch Grove", "Canal Side", "Bridge Street", "Moorview", "Parklands",
            "The Old Forge", "Tollgate", "Riverbank", "Hawksworth")
GP_KINDS = ("Surgery", "Medical Practice", "Health Centre", "Medical Centre", "Family Practice")
PRISONS = ("HMP Ashgrove", "HMP Fenmoor", "HMP Blackstone", "HMP/YOI Millbank Fields",
           "HMP Highcross")
WINGS = ("Elm Wing", "Oak Wing", "Birch Wing", "Houseblock Fenwick", "Willow Unit")
POLICE = ("Northmoor Police", "Vale and Fell Constabulary", "Eastmarch Police",
          "Tyneside and Wear Constabulary", "Ridings Police")
AMBULANCE = ("Northern Counties Ambulance Service", "Vale Ambulance Service NHS Trust",
             "Eastmarch Ambulance Service", "Three Shires Ambulance Service")
COUNCILS = ("Rotherfield Metropolitan Borough Council", "Kingsmere City Council",
            "Hexley County Council", "Castleford Council", "Stowford Borough Council")
ICBS = ("NHS Vale and Fell Integrated Care Board", "Northmoor ICB", "NHS Three Rivers ICB")
HOSPICES = ("St Eanswythe's Hospice", "Bramhope Hospice", "Lavender Lodge Hospice",
            "Marram Grass Hospice")
AGENCIES = ("Caring Hands Homecare", "Bluebird Care Partners", "Helping Angels Domiciliary Care",
            "Kingsmere Home Support Ltd")
PHARMACIES = ("Moorside Pharmacy", "Patel's Chemist", "Hexley Late Night Pharmacy",
              "Bridge Street Pharmacy")
SCHOOLS = ("Wheatley Hill Primary School", "St Oswald's C of E Primary", "Castleford Academy",
           "Moorview Infant School", "Kingsmere High School")
BOARDS = ("Glanrhyd University Health Board", "Bro Teifi Health Board", "NHS Cheviot",
          "NHS Tweeddale and Solway", "Cwm Tawel University Health Board")
BOARD_HOSPITALS = ("Ysbyty Glanrhyd", "Ysbyty Cwm Tawel", "Tweeddale General Hospital",
                   "Solway Infirmary", "Ysbyty Bro Teifi")
LEARNING_DISABILITY_PROVIDERS = ("Brightways Supported Living", "Horizon Lives CIC",
                                 "Stepping Stones Support Ltd")

# ---------------------------------------------------------------------------------------------
# How numbers, dates and ages are written
# ---------------------------------------------------------------------------------------------

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_SHORT = ("Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun")


def date_written(day: date, form: str, rng: random.Random) -> str:
    month, weekday = MONTHS[day.month - 1], day.weekday()
    with_year = [
        f"{ordinal(day.day)} {month} {day.year}", f"{day.day} {month} {day.year}",
        f"{day:%d/%m/%Y}", f"{day:%d/%m/%y}", f"{day.day}/{day.month}/{day:%y}",
        f"{day.day}.{day.month}.{day:%y}", day.isoformat(), f"{day.day}-{month[:3]}-{day:%y}",
        f"{day:%d}-{month[:3].upper()}-{day.year}", f"{day:%d.%m.%Y}",
        f"{WEEKDAYS[weekday]} {day.day} {month} {day.year}", f"{day.day} {month[:3]} {day.year}",
    ]  # fmt: skip
    day_month = f"{day.day}/{day.month}" if day.day >= 10 or day.month not in (7, 12) else f"{day:%d/%m}"
    no_year = [
        f"{ordinal(day.day)} {month}", f"{day.day} {month}", f"{ordinal(day.day)} of {month}",
        day_month, f"{month} {ordinal(day.day)}", f"{day.day} {month[:3]}",
    ]  # fmt: skip
    by_day = [
        f"{WEEKDAYS_SHORT[weekday]} {ordinal(day.day)}", f"the {ordinal(day.day)}",
        f"{WEEKDAYS[weekday]} the {ordinal(day.day)}", f"{WEEKDAYS[weekday]} {ordinal(day.day)}",
        f"{WEEKDAYS_SHORT[weekday]} {day_month}",
    ]  # fmt: skip
    if form == "long":
        return rng.choice(with_year)
    if form == "short":
        return rng.choice(with_year[2:6] + [day.isoformat()])
    if form == "iso":
        return day.isoformat()
    if form == "day":
        return rng.choice(by_day)
    if form == "noyear":
        return rng.choice(no_year)
    if form == "month":
        return rng.choice([f"{month} {day.year}", f"{month[:3]} {day.year}", f"{day:%m/%Y}"])
    return rng.choices([rng.choice(with_year), rng.choice(no_year), rng.choice(by_day)],
                       weights=[5, 3, 2])[0]


_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
         8: "eighty", 9: "ninety"}
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen")


def number_words(n: int) -> str:
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {number_words(rest)}" if rest else "")
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return _TENS[tens] + (f"-{_UNITS[unit]}" if unit else "")


def mobile(rng: random.Random) -> str:
    number = f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    return rng.choice([
        number, number.replace(" ", ""), f"+44 {number[1:]}", f"+44 (0){number[1:]}",
        f"{number[:5]} {number[6:9]} {number[9:]}", f"{number[:5]}-{number[6:]}",
    ])


def landline(rng: random.Random) -> str:
    code = rng.choice(("0113", "0114", "0115", "0117", "0161", "0191", "01632", "01904",
                       "01226", "01709"))
    local = f"{rng.randint(200, 999)} {rng.randint(1000, 9999)}" if len(code) == 4 else (
        f"{rng.randint(200000, 999999)}")
    return rng.choice([f"{code} {local}", f"({code}) {local}", f"{code}{local.replace(' ', '')}",
                       f"+44 {code[1:]} {local}"])


def switchboard(rng: random.Random) -> str:
    base = landline(rng)
    return rng.choice([base, f"{base} ext {rng.randint(2000, 7999)}",
                       f"{base} ext. {rng.randint(20000, 79999)}"])


def _slug(value: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "", folded)


def _initials_of(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper() and w not in ("NHS",))


REF_MAKERS: dict[str, Callable[[random.Random, int], str]] = {
    "datix": lambda r, y: r.choice([f"W{r.randint(100000, 999999)}", f"DW{r.randint(10000, 99999)}",
                                   f"INC-{y}-{r.randint(10000, 99999)}", f"IR1/{r.randint(100000, 999999)}"]),
    "lfpse": lambda r, y: f"LFPSE-{y}-{r.randint(1000000, 9999999)}",
    "steis": lambda r, y: f"{y}/{r.randint(10000, 29999)}",
    "psii": lambda r, y: f"PSII-{y % 100}-{r.randint(100, 999)}",
    "police": lambda r, y: r.choice([f"NP-{y % 100}-{r.randint(100000, 999999)}",
                                    f"CRN {r.randint(10000000, 99999999)}",
                                    f"MISPER {r.randint(1000, 9999)}/{y % 100}"]),
    "cad": lambda r, y: r.choice([f"E{r.randint(1000000, 9999999)}", f"CAD {r.randint(100000, 999999)}"]),
    "coroner": lambda r, y: f"COR-{y}-{r.randint(1000, 9999)}",
    "cqc": lambda r, y: f"NOT-{r.randint(1000000000, 9999999999)}",
    "mnsi": lambda r, y: f"MI-{r.randint(100000, 999999)}",
    "leder": lambda r, y: f"LDR{r.randint(100000, 999999)}",
    "shot": lambda r, y: f"SHOT/{y}/{r.randint(1000, 9999)}",
    "ftsu": lambda r, y: f"FTSU-{y % 100}-{r.randint(100, 999)}",
    "complaint": lambda r, y: r.choice([f"COMP{r.randint(10000, 99999)}", f"C{y % 100}-{r.randint(1000, 9999)}"]),
    "acc": lambda r, y: f"RAD{r.randint(10000000, 99999999)}",
    "prison": lambda r, y: f"A{r.randint(1000, 9999)}{r.choice('BCDEFGHJKLMN')}{r.choice('ABCDEFGHJKLMNPRSTWXYZ')}",
    "unit": lambda r, y: f"G{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
    "nmc": lambda r, y: f"{r.randint(10, 99)}{r.choice('ABCDEFHIJKLMNOY')}{r.randint(1000, 9999)}{r.choice('EOSWN')}",
    "gmc": lambda r, y: str(r.randint(3000000, 7999999)),
    "mash": lambda r, y: f"MASH-{r.randint(100000, 999999)}",
    "ticket": lambda r, y: f"INC{r.randint(1000000, 9999999)}",
    "sja": lambda r, y: f"SJR-{y % 100}-{r.randint(100, 999)}",
    "sea": lambda r, y: f"SEA/{y % 100}/{r.randint(10, 99)}",
}  # fmt: skip

HOSPITAL_NUMBER_FORMATS: tuple[Callable[[random.Random], str], ...] = (
    lambda r: f"K{r.randint(1000000, 9999999)}",
    lambda r: f"RF{r.randint(100000, 999999)}",
    lambda r: f"M{r.randint(1000000, 9999999)}",
    lambda r: f"H/{r.randint(100000, 999999)}",
    lambda r: str(r.randint(10000000, 99999999)),
    lambda r: f"D{r.randint(100000, 999999)}{r.choice('ABCDX')}",
    lambda r: f"SGH-{r.randint(1000000, 9999999)}",
    lambda r: f"0{r.randint(1000000, 9999999)}",
)


def nhs_written(digits: str, rng: random.Random) -> str:
    return rng.choice([digits, digits, f"{digits[:3]} {digits[3:6]} {digits[6:]}",
                       f"{digits[:3]} {digits[3:6]} {digits[6:]}", f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"])


NEGATIVE_MAKERS: dict[str, Callable[[random.Random], str]] = {
    "time": lambda r: r.choice([f"{r.randint(0, 23):02d}:{r.choice([0, 5, 15, 20, 30, 45, 50]):02d}",
                                f"{r.randint(0, 23):02d}{r.choice([0, 10, 30, 40]):02d}hrs",
                                f"{r.randint(1, 11)}.{r.choice([15, 30, 45])}pm",
                                f"{r.randint(1, 11)}am", f"{r.randint(0, 23):02d}.{r.choice([5, 25, 35]):02d}"]),
    "bp": lambda r: f"{r.randint(78, 190)}/{r.randint(40, 110)}",
    "dur": lambda r: r.choice([f"{r.randint(2, 6)}/7", f"{r.randint(2, 8)}/52", f"{r.randint(2, 11)}/12"]),
    "band": lambda r: f"Band {r.choice([2, 3, 5, 6, 7, 8])}",
    "wardno": lambda r: r.choice([f"Ward {r.randint(1, 40)}", f"Ward {r.randint(1, 30)}{r.choice('ABC')}",
                                  f"ward {r.randint(2, 32)}"]),
    "bed": lambda r: r.choice([f"bed {r.randint(1, 30)}", f"Bed {r.randint(1, 30)}",
                               f"bay {r.randint(1, 6)}", f"side room {r.randint(1, 8)}"]),
    "cell": lambda r: r.choice([f"cell {r.randint(1, 40)}", f"cell {r.randint(1, 4)}-{r.randint(1, 30)}"]),
    "year": lambda r: str(r.randint(1998, 2021)),
    "gcs": lambda r: r.choice([f"GCS {r.randint(8, 15)}/15", f"GCS E{r.randint(1, 4)}V{r.randint(1, 5)}M{r.randint(4, 6)}",
                               f"Glasgow Coma Scale {r.randint(6, 14)}"]),
    "news": lambda r: f"NEWS2 {r.randint(3, 11)}",
    "spo2": lambda r: f"SpO2 {r.randint(84, 97)}%",
    "bleep": lambda r: f"bleep {r.randint(1000, 2999)}",
    "score": lambda r: str(r.randint(3, 24)),
    "dose": lambda r: r.choice(["co-codamol 30/500", "Oramorph 2.5mg", "enoxaparin 40mg",
                                "Fostair 100/6", "paracetamol 1g", "Madopar 125mg",
                                "Sinemet 12.5/50", "furosemide 40mg IV", "tazocin 4.5g"]),
}  # fmt: skip


# ---------------------------------------------------------------------------------------------
# One case: the facts a text is written from
# ---------------------------------------------------------------------------------------------

RELATION = {"F": ("daughter", "wife", "sister", "niece", "granddaughter", "partner", "mum"),
            "M": ("son", "husband", "brother", "nephew", "grandson", "partner", "dad")}
CHILD_RELATION = {"F": ("mother", "mum", "grandmother", "aunt"),
                  "M": ("father", "dad", "stepfather", "grandfather")}
SLOT = re.compile(r"\{(\w+)(?:\.(\w+))?\}|\[\[(.+?)\]\]")


class Case:
    def __init__(self, rng: random.Random, style: Style) -> None:
        self.rng = rng
        self.style = style
        lo, hi = style.ages
        self.age = rng.randint(90, 104) if (hi > 89 and rng.random() < style.elderly) else (
            rng.randint(lo, min(hi, 89)))
        self.d0 = date(2022, 1, 1) + timedelta(days=rng.randint(0, 4 * 365))
        self.d1 = self.d0 + timedelta(days=rng.randint(1, 3))
        self.d2 = self.d1 + timedelta(days=rng.randint(2, 14))
        self.d3 = self.d2 + timedelta(days=rng.randint(20, 90))
        self.dp = self.d0 - timedelta(days=rng.randint(30, 400))
        self.dob = self.d0 - timedelta(days=self.age * 365 + rng.randint(10, 350))
        # old people often carry a nickname ("Margaret Hughes (known as Peggy)")
        group = "british" if hi > 89 and rng.random() < 0.2 else ""
        self.pt = new_individual(rng, sex=style.sex or rng.choice("FM"), group=group)
        relations = CHILD_RELATION if hi < 18 else RELATION
        self.pt.in_record = True
        rel_sex = rng.choice("FM")
        self.rel = new_individual(rng, sex=rel_sex, last=self.pt.last if rng.random() < 0.6 else None)
        self.rel_role = rng.choice(relations[rel_sex])
        rel2_sex = rng.choice("FM")
        self.rel2 = new_individual(rng, sex=rel2_sex, last=self.pt.last if rng.random() < 0.5 else None)
        self.rel2_role = rng.choice(relations[rel2_sex])
        self.n1, self.n2, self.hca = (new_individual(rng) for _ in range(3))
        self.dr1, self.dr2, self.con = (new_individual(rng, doctor=True) for _ in range(3))
        self.x1, self.x2 = new_individual(rng), new_individual(rng)
        self.op = new_individual(rng)
        self.op.title = "Mrs" if self.op.sex == "F" else "Mr"
        if rng.random() >= NO_RECORD:
            self.rel.in_record = rng.random() < 0.7
            for person in (self.rel2, self.n1, self.n2, self.hca, self.dr1, self.dr2, self.con, self.x1):
                person.in_record = rng.random() < 0.3
        else:
            self.pt.in_record = False
        # numbers and places
        self.nhs = nhs_number(rng)
        self.nhs2 = nhs_number(rng)
        hn_format = rng.choice(HOSPITAL_NUMBER_FORMATS)
        self.hn, self.hn2 = hn_format(rng), hn_format(rng)
        self.town = rng.choice(list(TOWNS))
        self.postcode = postcode(rng, TOWNS[self.town])
        street = f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
        self.street = street
        self.street2 = f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
        house = rng.choice([str(rng.randint(1, 240)), str(rng.randint(1, 90)), f"Flat {rng.randint(1, 24)}, {rng.randint(2, 80)}",
                            rng.choice(HOUSE_NAMES) + ","])
        first_line = f"{house} {street}" if not house.endswith(",") else f"{house} {rng.randint(1, 60)} {street}"
        lines = [first_line]
        if rng.random() < 0.4:
            lines.append(rng.choice(LOCALITIES))
        lines.append(self.town)
        self.address_lines = lines
        stem, kind = rng.choice(HOSPITAL_STEMS)
        main = f"{stem} Royal Infirmary" if kind == "Infirmary" else f"{stem} {kind} Hospital"
        self.hosp = rng.choice([main, main, f"{kind} {stem} Hospital" if kind == "Royal" else f"{stem} General Infirmary",
                                rng.choice(SAINT_HOSPITALS)])
        self.hosp_abbr = _initials_of(self.hosp)
        trust_place = self.hosp.split()[0] if not self.hosp.startswith(("St ", "Queen", "Princess", "Royal")) else stem
        self.trust = rng.choice([f"{trust_place} Teaching Hospitals NHS Foundation Trust",
                                 f"{trust_place} and District NHS Foundation Trust",
                                 f"{trust_place} Hospitals NHS Trust",
                                 f"North {trust_place} Healthcare NHS Trust"])
        stem2, kind2 = rng.choice([s for s in HOSPITAL_STEMS if s[0] != stem])
        self.hosp2 = f"{stem2} Royal Infirmary" if kind2 == "Infirmary" else f"{stem2} {kind2} Hospital"
        self.trust2 = f"{stem2} University Hospitals NHS Foundation Trust"
        self.mh_trust = f"{rng.choice(['Vale and Fell', 'Three Rivers', 'Northmoor'])} Partnership NHS Foundation Trust"
        gp = rng.choice(GP_STEMS)
        self.gp = rng.choice([f"{gp} {rng.choice(GP_KINDS)}", f"{gp} {rng.choice(GP_KINDS)}",
                              f"Dr {new_individual(rng).last} and Partners"])
        self.home = f"{rng.choice(HOMES)} {rng.choice(HOME_KINDS)}"
        wards = rng.sample(WARDS, 2)
        self.ward = rng.choice([f"{wards[0]} {rng.choice(WARD_KINDS)}", f"Ward {wards[0]}", f"{wards[0]} Ward"])
        self.ward2 = f"{wards[1]} {rng.choice(WARD_KINDS)}"
        self.orgs = {
            "amb": rng.choice(AMBULANCE), "police": rng.choice(POLICE), "council": rng.choice(COUNCILS),
            "icb": rng.choice(ICBS), "hospice": rng.choice(HOSPICES), "agency": rng.choice(AGENCIES),
            "pharmacy": rng.choice(PHARMACIES), "school": rng.choice(SCHOOLS), "prison": rng.choice(PRISONS),
            "board": rng.choice(BOARDS), "bhosp": rng.choice(BOARD_HOSPITALS),
            "ldprov": rng.choice(LEARNING_DISABILITY_PROVIDERS), "trust2": self.trust2, "hosp2": self.hosp2,
            "mhtrust": self.mh_trust, "trust": self.trust,
        }
        self.wing = rng.choice(WINGS)
        self.phone_rel, self.phone_home, self.phone_trust = mobile(rng), landline(rng), switchboard(rng)
        rel_first = _slug(self.rel.nickname or self.rel.first)
        self.email_rel = rng.choice([
            f"{rel_first}.{_slug(self.rel.last)}{rng.randint(1, 99)}@{rng.choice(['hotmail.co.uk', 'gmail.com', 'btinternet.com'])}",
            f"{rel_first}{rng.randint(60, 99)}@{rng.choice(['yahoo.co.uk', 'outlook.com', 'icloud.com'])}",
            f"{_slug(self.rel.first)[0]}{_slug(self.rel.last)}@{rng.choice(['sky.com', 'talktalk.net', 'gmail.com'])}",
        ])
        self.trust_slug = _slug(self.hosp.split()[0] if not self.hosp.startswith("St ") else self.hosp.split()[1])
        self.email_staff = f"{_slug(self.n1.first)}.{_slug(self.n1.last)}{rng.choice(['', '', '2', '1'])}@nhs.net"
        self.mailbox = rng.choice([f"{self.hosp_abbr.lower()}.patientsafety@nhs.net",
                                   f"complaints@{self.trust_slug}.nhs.uk", f"{self.trust_slug}.ftsu@nhs.net"])
        slug = f"{_slug(self.pt.nickname or self.pt.first)}-{_slug(self.pt.last)}"
        self.url = rng.choice([f"www.justgiving.com/page/{slug}", f"https://www.gofundme.com/f/justice-for-{slug}",
                               f"https://www.facebook.com/groups/{_slug(self.pt.first)}{_slug(self.pt.last)}memorial",
                               f"https://twitter.com/justice4{_slug(self.pt.first)}", f"muchloved.com/{slug}"])
        self.trust_url = rng.choice([f"https://www.{self.trust_slug}.nhs.uk/news/statement-{self.d2.year}",
                                     f"www.{self.trust_slug}.nhs.uk/about-us/patient-safety/{slug}"])
        self.refs: dict[str, str] = {}
        self.held_refs: dict[str, str] = {}

    def record(self) -> dict:
        if not self.pt.in_record:
            return {}
        names = [self.pt.full if self.rng.random() < 0.7 else f"{self.pt.title} {self.pt.full}"]
        for person in (self.rel, self.rel2, self.n1, self.n2, self.hca, self.dr1, self.dr2, self.con, self.x1):
            if person.in_record:
                names.append(person.full)
        nhs = self.nhs if self.rng.random() < 0.6 else f"{self.nhs[:3]} {self.nhs[3:6]} {self.nhs[6:]}"
        return {
            "names": names, "nhs_number": nhs, "date_of_birth": self.dob.isoformat(),
            "hospital_number": self.hn, "address": ", ".join([*self.address_lines, self.postcode]),
        }

    # -- slots -------------------------------------------------------------------------------

    def slot(self, name: str, form: str | None) -> list[Piece]:
        rng = self.rng
        people = {"pt": self.pt, "rel": self.rel, "rel2": self.rel2, "n1": self.n1, "n2": self.n2,
                  "hca": self.hca, "dr1": self.dr1, "dr2": self.dr2, "con": self.con, "x1": self.x1,
                  "x2": self.x2, "op": self.op}
        if name in people:
            person = people[name]
            default = "staff" if name in ("n1", "n2", "hca", "dr1", "dr2", "con", "x1", "x2") else "any"
            return name_pieces(person, form or default, rng)
        pronouns = {"he": ("she", "he"), "his": ("her", "his"), "him": ("her", "him"),
                    "He": ("She", "He"), "His": ("Her", "His"), "man": ("woman", "man"),
                    "Mr": ("Mrs", "Mr"), "sonof": ("daughter", "son")}
        if name in pronouns:
            return [(pronouns[name][self.pt.sex == "M"], None, None)]
        if name == "relrole":
            return [(self.rel_role, None, None)]
        if name == "rel2role":
            return [(self.rel2_role, None, None)]
        if name in ("d0", "d1", "d2", "d3", "dp"):
            return [(date_written(getattr(self, name), form or "any", rng), "DATE", None)]
        if name == "dob":
            return [(date_written(self.dob, "short" if form is None else form, rng), "DATE", None)]
        if name == "age":
            return self.age_pieces(form or "num")
        if name in ("nhs", "nhs2"):
            return [(nhs_written(getattr(self, name), rng), "NHS_NUMBER", None)]
        if name in ("hn", "hn2"):
            return [(getattr(self, name), "HOSPITAL_NUMBER", None)]
        if name == "addr":
            return self.address_pieces(form or "line")
        if name == "pc":
            return [(self.postcode_written(), "POSTCODE", None)]
        if name in ("street", "street2"):
            return [(getattr(self, name), "LOCATION", None)]
        if name in ("ward", "ward2", "home", "wing"):
            return [(getattr(self, name), "LOCATION", None)]
        if name == "hosp":
            value = self.hosp_abbr if form == "abbr" else self.hosp
            return [(value, "ORGANISATION", None)]
        if name == "gp":
            return [(self.gp, "ORGANISATION", None)]
        if name == "org":
            return [(self.orgs[form or "trust"], "ORGANISATION", None)]
        if name == "town":
            return [(self.town, NEGATIVE, None)]
        if name == "phone":
            value = {"rel": self.phone_rel, "home": self.phone_home, "trust": self.phone_trust}[form or "rel"]
            return [(value, "PHONE", None)]
        if name == "email":
            value = {"rel": self.email_rel, "staff": self.email_staff, "box": self.mailbox}[form or "rel"]
            return [(value, "EMAIL", None)]
        if name == "url":
            return [(self.trust_url if form == "trust" else self.url, "URL", None)]
        if name == "ref":
            kind = form or "datix"
            if kind not in self.refs:
                self.refs[kind] = REF_MAKERS[kind](rng, self.d0.year)
            return [(self.refs[kind], "ID", None)]
        if name == "pin":  # a fresh registration number each time: NMC or GMC
            kind = form or "nmc"
            return [(REF_MAKERS[kind](rng, self.d0.year), "ID", None)]
        if name == "neg" and form == "town":
            return [(self.town, NEGATIVE, None)]
        if name == "neg":
            return [(NEGATIVE_MAKERS[form or "time"](rng), NEGATIVE, None)]
        raise KeyError(name)

    def age_pieces(self, form: str) -> list[Piece]:
        label = "AGE" if self.age > 89 else NEGATIVE
        number = str(self.age)
        if form == "words":
            return [(number_words(self.age), label, None)]
        if form == "Words":
            return [(number_words(self.age).capitalize(), label, None)]
        before, after = {
            "num": ("", ""), "yo": ("", "-year-old"), "aged": ("aged ", ""), "yo2": ("", "yo"),
            "y": ("", "y"), "sex": ("", "F" if self.pt.sex == "F" else "M"), "years": ("", " years"),
            "yrs": ("", " yrs old"),
        }[form]
        pieces: list[Piece] = []
        if before:
            pieces.append((before, None, None))
        pieces.append((number, label, None))
        if after:
            pieces.append((after, None, None))
        return pieces

    def postcode_written(self) -> str:
        return self.postcode if self.rng.random() < 0.8 else self.postcode.replace(" ", "")

    def address_pieces(self, form: str) -> list[Piece]:
        if form == "multi":
            return [("\n".join(self.address_lines), "ADDRESS", None), ("\n", None, None),
                    (self.postcode_written(), "POSTCODE", None)]
        if form == "nopc":
            return [(", ".join(self.address_lines), "ADDRESS", None)]
        lines = self.address_lines
        if form == "upper" or self.rng.random() < 0.15:
            lines = [line.upper() for line in lines]
        joiner = ", " if self.rng.random() < 0.8 else " "
        return [(joiner.join(lines), "ADDRESS", None), (rng_sep(self.rng), None, None),
                (self.postcode_written(), "POSTCODE", None)]


def rng_sep(rng: random.Random) -> str:
    return rng.choice([", ", ", ", " ", ". "])


def render(case: Case, template: str) -> list[Piece]:
    pieces: list[Piece] = []
    position = 0
    for match in SLOT.finditer(template):
        if match.start() > position:
            pieces.append((template[position : match.start()], None, None))
        if match.group(3) is not None:
            pieces.append((match.group(3), NEGATIVE, None))
        else:
            pieces.extend(case.slot(match.group(1), match.group(2)))
        position = match.end()
    if position < len(template):
        pieces.append((template[position:], None, None))
    return pieces


def _count(pieces: list[Piece]) -> int:
    return len("".join(text for text, _, _ in pieces).split())


# ---------------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    name: str
    author: str
    headers: tuple[str, ...]
    sections: tuple[tuple[str, ...], ...]
    extras: tuple[str, ...]
    endings: tuple[str, ...]
    register: str = "clinical"  # which shared sentences top it up
    joiner: str = " "  # between the top-up sentences
    ages: tuple[int, int] = (60, 104)
    elderly: float = 0.4  # how often the patient is over 89 when ``ages`` allows
    sex: str = ""  # "F" when the patient must be a woman (maternity)

    @property
    def alternatives(self) -> int:
        return (len(self.headers) + sum(len(s) for s in self.sections) + len(self.extras)
                + len(self.endings))


STYLES: tuple[Style, ...] = (
    Style(
        name="hca_datix",
        author="Datix/LFPSE free text typed by a healthcare assistant at the end of a night shift",
        headers=(
            "Incident ref {ref.datix}\nReported by: {hca.full} (HCA, {neg.band})\nDate of incident: {d0.short}\nLocation: {ward}, {hosp}\n",
            "LFPSE record {ref.lfpse} - what happened (free text)\nReporter role: healthcare assistant\nWhen: {d0.day} about {neg.time}\n",
        ),
        sections=(
            ("i was doing the obs round on {ward} when i found {pt} on the floor next to {neg.bed}. {He} said {he} had tried to get to the toilet on {his} own. i pressed the buzzer and {n1.first} came striaght away.",
             "At about {neg.time} I went into {neg.bed} to do a turn and {pt.title} was on the floor between the bed and the chair, {he} was cold and a bit confused, I shouted for {n1.first} the nurse in charge."),
            ("{pt.first} is {age.yo} and has [[Parkinson's]] and is on [[Madopar]] which was late tonight because pharmacy had not sent it up. {His} call bell was not in reach because the table had been moved for tea.",
             "Patient is {age.aged} with [[Alzheimer's]] and was meant to be on enhanced obs but we only had me and {n2.first} for {neg.score} patients so I was doing two bays at once."),
            ("We did not move {him} because {he} said {his} hip hurt. {n1.first} did a set of obs, {neg.news}, BP {neg.bp}, and bleeped the doctor {dr1.staff} ({neg.bleep}) who came at {neg.time}.",
             "{dr1.title} from the night team came and checked {him} over, {neg.gcs}, no head injury, and said to use the flat lift. {He} went for an xray at {neg.time}."),
            ("The family were rung on {phone.rel} by {n1.first}, {his} {relrole} {rel.first} answered and said {he} had fallen at home as well in {neg.year}.",
             "{n1.first} phoned the next of kin ({rel.full}, {relrole}) on {phone.rel} to tell them, no answer first time so left a voicemail."),
            ("I think {he} fell because the sensor mat was not plugged in, it was left off after the bed was changed earlier. I have told {n2.first} and it is on the handover sheet now.",
             "I dont think we could of stopped it with the staff we had, I have raised this before on {dp.noyear} about nights on {ward}, and when I was on {neg.wardno}."),
            ("The bed was not at the lowest height and the brakes were on. {pt.first} was wearing {his} own slippers which were too big. I put {him} back to bed with {n1.first} using the hoist once the doctor said it was ok.",
             "When I came back from the other bay {pt.first} had pulled {his} cannula out as well and there was blood on the sheets. {He} kept calling me {rel.first}, which is {his} {relrole}'s name."),
        ),
        extras=(
            "Immediate action: bed lowered, mat plugged in, falls care plan updated by {n1.first}.",
            "{pt.first} was asking for {his} {relrole} {rel.first} all night and kept saying {he} had to get home to feed the cat.",
            "The [[Morse]] falls score on admission was {neg.score} but nobody had redone it since.",
            "{He} had been moved to {ward} from {neg.wardno} on {d0.day} and did not know the layout.",
            "There was water on the floor from the jug, I mopped it after.",
            "Sorry if this is not filled in right, it is my first datix.",
            "Bay lights were off as the other patients were asleep, only the night light was on.",
            "The manager {x1.first} said to put it on the system before I went home.",
        ),
        endings=(
            "Harm: moderate (fractured neck of femur confirmed on xray). Reported {d0.short} {neg.time}.",
            "Signed {hca.first} (HCA), {neg.time}",
        ),
    ),
    Style(
        name="sjr_phases",
        author="structured judgement review, phase-of-care comments and scores by a consultant reviewer",
        headers=(
            "STRUCTURED JUDGEMENT REVIEW {ref.sja}\nPatient: {pt.caps}   Hosp no: {hn}   DOB: {dob}\nDate of death: {d2.long}   Reviewer: {con.tfull}\n",
            "SJR - {hosp}\nName {pt.full}, NHS no. {nhs}, died {d2.short} on {ward}\nReviewer {con.title}, date of review {d3.long}\n",
        ),
        sections=(
            ("Admission and initial management: {pt.title}, {age.aged}, was admitted via ED on {d0} with [[community-acquired pneumonia]] on a background of [[COPD]] and [[Addison's disease]]. Initial assessment by {dr1.title} was thorough; [[CURB-65]] of 3 was recorded and antibiotics given within the hour. Score 4 (good care).",
             "Admission phase: {age.Words}-year-old admitted from {home} on {d0.long} with reduced intake and [[delirium]]. [[Clinical Frailty Scale]] 7 documented. The clerking by {dr1.staff} was timely. Score 3 (adequate)."),
            ("Ongoing care: the [[hydrocortisone]] was omitted for two doses on {d1.day} because the sick day rules were not recognised; this was not picked up until the ward round led by {dr2.title}. Score 2 (poor care).",
             "Ongoing care: {neg.news} at {neg.time} on {d1.noyear} was escalated by {n1.staff} but the review did not happen for {neg.dur}. There is no entry from the outreach team. Score 2."),
            ("Care during a procedure: not applicable; no procedures other than cannulation and an ABG (pH 7.29).",
             "Perioperative care: not applicable. An ascitic tap was discussed but not performed."),
            ("Perioperative and end-of-life care: a ReSPECT form was completed with {his} {relrole} {rel.full} on {d1}. Once dying was recognised, symptom control with [[Oramorph]] and [[midazolam]] was good and the chaplain visited. Score 4.",
             "End of life care: recognition of dying was late. The family ({rel.first}, {relrole}) were called at {neg.time} and arrived after {pt.first} had died. Score 2."),
            ("Overall assessment: care was adequate, with one episode of poor care (the steroid omission). Avoidability 5 (slight evidence of avoidability). Refer for second-stage review: yes.",
             "Overall: poor care in the ongoing phase; death probably not avoidable (score 5). Learning shared with {ward} and the medical directorate."),
            ("Communication with the family: there are two documented conversations, on {d0.noyear} and {d1.noyear}, both with {rel.first}. The escalation plan was discussed but the ceiling of care was not written down until {d1.day}. Score 3.",
             "Medicines: [[enoxaparin]] was prescribed at treatment dose despite an eGFR of 24; pharmacist {x1.staff} flagged this on {d1.day} and the dose was corrected. Score 3."),
        ),
        extras=(
            "Notes reviewed: paper file, EPR, observation charts from {d0.noyear} to {d2.noyear}.",
            "[[Waterlow]] and [[MUST]] were completed on admission.",
            "The [[NEWS2]] trend was not acted on between {neg.time} and {neg.time}.",
            "GP summary from {gp} listed [[Addison's]] but the steroid card was not in the notes.",
            "Observations on the day of death: {neg.bp}, {neg.spo2}.",
            "No safeguarding issues identified.",
            "{con.title} declares no involvement in this patient's care.",
            "The mortality review group will discuss this case at its next meeting.",
        ),
        endings=(
            "Second reviewer allocated: {dr2.tfull}. Outcome to M&M on {d3.noyear}.",
            "Reviewer: {con.full}, GMC {pin.gmc}. Signed off {d3.short}.",
        ),
        register="formal",
    ),
    Style(
        name="relative_complaint_email",
        author="a relative's complaint e-mail: informal, typos, lower-case names, nicknames",
        headers=(
            "From: {email.rel}\nTo: {email.box}\nSubject: complaint - care of {pt.lower}\n",
            "From: {rel.lower} <{email.rel}>\nSent: {d3.long}\nTo: {email.box}\nSubject: COMPLAINT - {pt.allcaps}\n",
        ),
        sections=(
            ("hi, im writing about {pt.lower} ({pt.nick}), {he} was on {ward} at {hosp.abbr} from {d0.noyear} till {he} passed on {d2.day}. {He} was {age.num} and sharp as a tack until this.",
             "Dear Sir/Madam, my {pt.nick} ({pt.full}) was admited to {hosp} on {d0.day} and never came home. {He} was {age.yo2} but lived on {his} own at {addr} and walked to the shops every day."),
            ("nobody told us {he} had fallen, we found out from the lady in the next bed. i rang the ward on {phone.trust} about five times and was told the nurse in charge was busy. one nurse, i think the name was {n1.lowfirst}, was lovely but they were run off their feet.",
             "On the friday I came in and {he} was sat in wet sheets, there was a bruise on {his} arm the size of my hand. When I asked the nurse ({n1.first}?) she said it was from a blood test. I want to know the truth."),
            ("the doctor, {dr1.lowtitle} i think, said {he} had an infection and started antibiotics but then on {d1.day} another doctor ({dr2.title}) said {he} was for comfort care. nobody asked me, i am {his} next of kin and lpa.",
             "then we got a call at {neg.time} saying come in now. {dr2.lowtitle} was very kind but why did nobody phone us the day before when {his} [[NEWS]] score was high? i have seen the notes."),
            ("{pt.nick}'s {rel2role} {rel2.lowfirst} lives abroad and wants a copy of everything. you can phone me on {phone.rel} or my landline {phone.home}, i work shifts so after {neg.time} is best.",
             "I want a meeting with the consultant and whoever is in charge. my number is {phone.rel}. please dont just send a leaflet."),
            ("we have set up a page for {his} funeral flowers and a charity, {url}, and people keep asking me what happend and i cant tell them.",
             "I have also wrote to the CQC and my MP. I dont want this to happen to anyone elses family."),
            ("{he} had a fall on the ward and they didnt even do a scan till the next day. {his} glasses were broken and {he} couldnt see the telly or read {his} paper. i brought new ones on {d1.day} and they went missing too.",
             "we were told on the {d1.noyear} that {he} was improving and could go back to {home} soon, then two days later we get a phonecall to come in. how can that happen."),
        ),
        extras=(
            "{He} had [[parkinsons]] for years but was managing fine at home.",
            "sorry for the spelling im on my phone.",
            "{He} was so proud of {his} garden, {he} would of hated being stuck in bed.",
            "The food was left on the table and taken away again, {he} couldnt reach it.",
            "{His} hearing aids went missing and were never found.",
            "I [[will]] not let this go.",
            "{pt.nick} always said the NHS saved {his} life in {neg.year}, now look.",
            "the care home {home} were never told {he} had been moved wards either.",
        ),
        endings=(
            "thanks, {rel.lowfirst} ({relrole})\nsent from my iphone",
            "Regards\n{rel.full}\n{addr.multi}",
        ),
        register="informal",
    ),
    Style(
        name="gp_significant_event",
        author="GP practice significant event analysis (SEA) written for the practice meeting",
        headers=(
            "{gp} - Significant Event Analysis {ref.sea}\nMeeting date: {d3.long}\nLead: {dr2.tfull} (GP partner)\n",
            "SIGNIFICANT EVENT AUDIT\nPractice: {gp}, {street}, {neg.town}\nEvent date: {d0.short}. Written up by {dr2.title}\n",
        ),
        sections=(
            ("What happened: {pt.tfull} ({dob}), a {age.yo} housebound patient, had a discharge letter from {hosp} asking us to stop [[warfarin]] and start [[apixaban]]. The letter was workflowed to the wrong clinician and both were continued for {neg.dur}.",
             "What happened: a request to review {pt.first} {pt.last} after a fall was received from {org.agency} on {d0}. It was logged as routine by reception and no visit took place until {d1.day}."),
            ("{He} was admitted on {d1} with a [[GI bleed]] (Hb 71) and needed transfusion. {His} {relrole}, {rel.full}, rang the surgery on {phone.home} asking why nobody had checked the tablets.",
             "By the time {dr1.title} visited, {pt.title} had been on the floor overnight and was admitted with [[rhabdomyolysis]]. The carer, {hca.first}, had rung twice."),
            ("Why it happened: the docman task went to a locum who had left; the task list was not reassigned. The community pharmacist at {org.pharmacy} noticed the duplication but could not reach the practice by phone.",
             "Why: the triage template had no prompt for falls in over-90s, and the receptionist ({x2.first}) was covering two lines. The duty doctor list for {d0.day} had a gap."),
            ("What went well: the [[DOAC]] was stopped on admission and {pt.first} was discharged home on {d2.noyear}. The family were given an apology by {dr2.title} on {d2.day}.",
             "What went well: once seen, {he} was admitted quickly via {org.amb} and the practice contacted the family the same day."),
            ("Learning and actions: all hospital letters with medication changes now go to the pharmacist ({n2.full}) within 48 hours; audit in {d3.month}.",
             "Actions: a falls prompt added to the triage template; reception training on {d3.noyear}; incident also reported to the ICB ({org.icb})."),
            ("Discussion: the team agreed that the workflow for hospital letters was not safe when the practice was short of clinicians. {dr2.title} noted a similar event in {neg.year}. Receptionist {x2.first} said the phones were very busy that morning.",
             "Patient involvement: {pt.first} and {his} {relrole} were invited to comment on this SEA and {rel.first} asked for the outcome to be sent by email to {email.rel}."),
        ),
        extras=(
            "The patient consented to this SEA being shared with the PCN.",
            "{pt.first} also has [[Parkinson's disease]] and [[atrial fibrillation]] ([[CHA2DS2-VASc]] 5).",
            "The letter was scanned on {d0.noyear} but not read until {d1.noyear}.",
            "[[HAS-BLED]] score was 3.",
            "Practice phone number for the family to use: {phone.trust}.",
            "{He} lives alone at {addr} with a key safe.",
            "This was discussed at the clinical meeting with all partners present.",
            "No blame is attached to any individual.",
        ),
        endings=(
            "Reviewed at practice meeting {d3.short}. Next review: {d3.month}.",
            "Signed {dr2.init} / {n2.init}, {d3.short}",
        ),
        register="formal",
    ),
    Style(
        name="ambulance_pcr",
        author="ambulance patient care record narrative by a paramedic, clipped, abbreviations",
        headers=(
            "{org.amb} ePCR\nIncident no {ref.cad}   Date {d0.short}   Call {neg.time}\nCrew: {x1.ilast} (Paramedic) / {x2.ilast} (ECA)\n",
            "PATIENT CARE RECORD - {ref.cad}\nPt: {pt.capslast}  DOB {dob}  NHS {nhs}\nAddress: {addr}\n",
        ),
        sections=(
            ("O/A pt found on floor of bathroom by carer from {org.agency}, {age.y} {man}, lives alone, key safe. Long lie approx {neg.dur}? Pt alert, GCS 14/15, confused to time.",
             "Called by {relrole} ({rel.first}, {phone.rel}) as pt not answering door. Access via neighbour. Pt {age.sex} found in chair, drowsy, {neg.gcs}."),
            ("PMHx: [[Parkinson's]], [[T2DM]], [[CKD 3]], [[Hartmann's]] {neg.year}. DHx: [[Sinemet]], [[metformin]], [[bisoprolol]]. Allergies: [[penicillin]].",
             "Hx: [[dementia]], [[AF]], [[Cushing's]]? per {relrole}. Meds in blister pack from {org.pharmacy}. NKDA."),
            ("Obs: RR 24, {neg.spo2} on air, HR 112 irreg, BP {neg.bp}, T 38.4, BM 14.2. [[NEWS2]] 9. Sepsis screen positive. Pre-alert to {hosp} ED at {neg.time}.",
             "Obs: RR 18, SpO2 95%, HR 48, BP {neg.bp}, BM 3.1. Given [[glucose 40%]] gel then [[glucagon 1mg]] IM. Repeat BM 6.8 at {neg.time}."),
            ("Conveyed to {hosp} ED, handover to {n1.staff} in resus at {neg.time}. Delay on arrival: {neg.score} mins due to queue.",
             "Referred to GP ({gp}) via {phone.trust}; pt declined conveyance with capacity. Safety-netted, care line number left."),
            ("Cat 2 call. Delay to dispatch noted, first call {neg.time}, on scene {neg.time}. Datix to follow.",
             "Crew on scene {neg.time}. Nearest resource was 40 min away; hospital handover delays across the service that shift."),
            ("Mobility: normally mobile with stick, uses commode at night. Pt says fell going to toilet at approx {neg.time}, could not get up, no pendant alarm worn. Skin: pressure redness to R hip and elbow.",
             "Social: lives alone in bungalow, package of care QDS from {org.agency}. {relrole} {rel.first} lives nearby and has key. Pet dog left with neighbour at {street}."),
        ),
        extras=(
            "Neighbour ({x2.first}) let crew in.",
            "Pupils PEARL, no focal neuro deficit.",
            "FAST negative.",
            "Temp 35.2, warmed with blankets.",
            "Skin intact on sacrum, red area L hip.",
            "Pt says {his} {relrole} {rel.first} visits Tues and Fri.",
            "ECG: [[AF]] 110, no ST changes.",
            "Carer {x2.first} stayed with pt until crew arrived.",
            "ReSPECT form seen, for full treatment.",
            "Lives at {street}, ground floor flat.",
            "Left on scene: [[Madopar]] dispersible x2.",
            "Pain score 6/10 L hip, given [[Entonox]].",
        ),
        joiner="\n",
        endings=(
            "Crew PIN: {x1.init} HCPC registered. Clear at {neg.time}.",
            "Handover completed {d0.short} {neg.time}.",
        ),
    ),
    Style(
        name="care_home_cqc_notification",
        author="a care home manager's statutory notification to the CQC (death or serious injury)",
        headers=(
            "Statutory notification - death of a person who uses the service\nProvider: {home}\nCQC notification reference {ref.cqc}\n",
            "Notification of serious injury (Regulation 18)\nLocation: {home}, {addr}\nRegistered manager: {x1.tfull}\n",
        ),
        sections=(
            ("Person's details: {pt.known}, date of birth {dob}, {age.aged}. Resident since {dp.month}. GP: {gp}. NHS number {nhs}.",
             "Service user: {pt.caps}, DOB {dob} ({age.years}), NHS {nhs}. Resided in room {neg.score} on the first floor."),
            ("On {d0.long} at about {neg.time} {pt.first} was found on the floor of {his} bedroom by care assistant {hca.first}. {He} was complaining of pain in {his} left hip and could not weight bear.",
             "On {d0} staff noticed a deterioration: {pt.first} was drowsy, not eating and had a temperature. Senior carer {hca.full} called {org.amb} at {neg.time}."),
            ("{He} was taken to {hosp} where a [[fractured neck of femur]] was diagnosed. {He} had surgery on {d1.day} and died on {d2.long}.",
             "{He} was admitted to {ward} at {hosp}. {His} family were with {him} when {he} died on {d2}."),
            ("The family ({rel.full}, {relrole}) have been informed and given an apology under duty of candour by phone on {d1.short}. Contact for the family: {phone.rel}.",
             "We contacted {his} {relrole} {rel.first} on {phone.rel}. The family have asked for a meeting, which is booked for {d3.noyear}."),
            ("A safeguarding alert was raised with {org.council} (ref {ref.mash}). The falls risk assessment was last reviewed in {dp.month}.",
             "The local authority ({org.council}) were informed; no safeguarding concern was identified. Police not involved."),
            ("Actions taken: the post-falls protocol was followed; the GP at {gp} was informed and a falls referral made. All staff on duty have written statements. The home manager reviewed the CCTV in the corridor.",
             "Before the event {pt.first} had been reviewed by the community matron on {dp.noyear} and a [[urine dip]] was positive; [[trimethoprim]] started. Fluid intake charts were kept."),
        ),
        extras=(
            "{pt.first} had [[vascular dementia]] and [[osteoporosis]].",
            "[[Waterlow]] score 18, [[MUST]] 2.",
            "Staffing on the night: two carers and a nurse for {neg.score} residents.",
            "The sensor mat was checked and working.",
            "{His} medication included [[alendronic acid]] and [[donepezil]].",
            "Our manager can be reached on {phone.trust} or {email.staff}.",
            "Reviewed by the district nurse {n2.full} the day before.",
            "The coroner has not been informed as the death was expected.",
        ),
        endings=(
            "Submitted by {x1.full}, Registered Manager, {d2.short}.",
            "Notification completed {d2.long}. Contact: {x1.full}, {phone.trust}.",
        ),
        register="formal",
    ),
    Style(
        name="mnsi_maternity_referral",
        author="a maternity unit's referral to MNSI/HSSIB, with mother, baby and partner",
        headers=(
            "MNSI referral form\nTrust: {org.trust}\nReferral reference {ref.mnsi}   Datix {ref.datix}\n",
            "REFERRAL TO MATERNITY AND NEWBORN SAFETY INVESTIGATIONS\nUnit: {ward}, {hosp}\nDate of event: {d0.long}\n",
        ),
        sections=(
            ("Mother: {pt.tfull}, DOB {dob}, hospital number {hn}, NHS {nhs}. [[G2P1]], booked at {gp} at 10 weeks. Partner: {rel.full}.",
             "Mother {pt.caps} ({hn}), address {addr}. Second pregnancy, low risk at booking. Birth partner {rel.first}."),
            ("{pt.first} presented at [[39+4]] weeks on {d0} with reduced fetal movements. CTG was reviewed by midwife {n1.first} and a [[Dawes-Redman]] criteria met reading was recorded at {neg.time}.",
             "Admitted in spontaneous labour at [[40+2]] on {d0.day}. Care on the birth centre under midwife {n1.full}; intermittent auscultation every 15 minutes."),
            ("At {neg.time} a prolonged deceleration was seen. The registrar {dr1.tfull} attended and a category 1 caesarean was called; decision to delivery interval {neg.score} minutes.",
             "The second stage was prolonged. {dr1.title} performed a [[Kiwi]] ventouse at {neg.time}; there was a shoulder dystocia managed with [[McRoberts]] manoeuvre."),
            ("Baby {pt.last} was born in poor condition, [[Apgar]] 2 at 1 minute and 5 at 10 minutes, cord pH 6.98, and was transferred to the neonatal unit at {org.hosp2} for [[therapeutic hypothermia]].",
             "Baby {pt.last} ({rel2.first}) needed resuscitation and was cooled for 72 hours; MRI on {d2.short} showed changes consistent with [[HIE]]."),
            ("Family informed of the MNSI referral by {con.title} on {d1.short}; the parents' contact is {phone.rel}. A PMRT is not required as the baby survived.",
             "The parents were told of the referral on {d1}. Contact via the bereavement midwife {n2.first} on {phone.trust}."),
            ("Escalation: the coordinator {x1.first} was informed at {neg.time}; the consultant on call, {con.title}, was phoned from home at {neg.time} and arrived {neg.score} minutes later.",
             "The CTG was classified as suspicious at {neg.time} by {n1.first}; the buddy review by {n2.first} at {neg.time} reclassified it as pathological. Fetal blood sampling was not attempted."),
        ),
        extras=(
            "Maternal observations were normal throughout labour.",
            "The woman's first language is not English; a telephone interpreter was used for consent.",
            "Debrief with the parents offered by {con.title}.",
            "The cord gases were taken at {neg.time}.",
            "[[Group B Strep]] negative; [[Rhesus]] positive.",
            "Previous birth in {neg.year}, uncomplicated.",
            "BMI at booking 31.",
            "The CTG fresh eyes review at {neg.time} was not documented.",
            "Interpreter not required.",
            "Staffing: the labour ward coordinator {x1.first} was also caring for a woman in labour.",
            "The [[Robson]] group was 3.",
            "Neonatal team: {dr2.title} attended the birth.",
        ),
        endings=(
            "Referring clinician: {con.tfull}, Director of Midwifery deputy. Date {d1.short}.",
            "Referred by {x1.full} (Governance Midwife) {d1.long}.",
        ),
        ages=(19, 44),
        sex="F",
    ),
    Style(
        name="digital_merged_records",
        author="IT/digital clinical safety incident: two patients' records merged, two NHS numbers",
        headers=(
            "Digital clinical safety incident\nService desk ticket {ref.ticket}   Datix {ref.datix}\nReported by: {x1.full}, clinical safety officer\n",
            "EPR INCIDENT - DUPLICATE/MERGE ERROR\nDate identified: {d1.long}\nSystem: EPR (patient administration)\n",
        ),
        sections=(
            ("On {d0.long} two records were merged during a duplicate-cleanse run: {pt.caps} (NHS {nhs}, hospital number {hn}) and {op.caps} (NHS {nhs2}, hospital number {hn2}). Both were born in the same year and live in {neg.town}.",
             "A merge on {d0} joined the records of {pt.tfull}, NHS number {nhs}, and {op.tfull}, NHS number {nhs2}. The two share a surname spelling in the demographics batch."),
            ("As a result, the allergy to [[penicillin]] held for {op.first} appeared on {pt.first}'s record, and {pt.first}'s [[warfarin]] clinic results showed on the other record.",
             "The merged record showed {op.title}'s blood results (INR 4.8) against {pt.title}, and a dose change was made by {dr1.title} in the anticoagulation clinic."),
            ("The error was spotted by ward clerk {hca.first} on {ward} when {pt.first}'s address on the wristband ({addr}) did not match the PAS.",
             "It was noticed by pharmacist {n2.full} when the weight (42 kg) did not fit a {age.yo} patient recorded at 78 kg a week earlier."),
            ("The records were unmerged on {d1.day} by the integration team. {pt.title}'s GP ({gp}) was telephoned on {phone.trust} and sent a corrected summary.",
             "Records split on {d1.short}. Spine demographics checked; PDS trace confirmed both NHS numbers were correct and the local merge was wrong."),
            ("No harm reached {pt.first}; {op.title} had one dose of the wrong strength of [[levothyroxine]] (low harm). Both families informed under duty of candour.",
             "{pt.first} received an extra dose of [[apixaban]]; no bleeding occurred. {His} {relrole} {rel.first} was informed on {d1.noyear}."),
            ("Scope: {neg.score} documents, two radiology reports (accession {ref.acc}) and a clinic letter were filed against the wrong person between {d0.noyear} and {d1.noyear}. All have been moved.",
             "Both patients have been written to. {pt.first}'s {relrole}, {rel.full}, rang on {phone.rel} asking whether {pt.first}'s records could have been seen by the other family."),
        ),
        extras=(
            "The merge algorithm matched on surname, year of birth and postcode district only.",
            "Around {neg.score} other merges from the same run are being audited.",
            "The interface to the lab system resent results at {neg.time}.",
            "Clinical safety case to be updated under DCB0160.",
            "{op.first}'s contact number was also overwritten with {phone.home}.",
            "{neg.wardno} and the [[anticoagulation]] clinic have checked their lists.",
            "The supplier has been asked for a fix (their ref {ref.ticket}).",
            "Emails about the incident went to {email.staff}.",
        ),
        endings=(
            "Reported to the clinical safety officer {x1.title} on {d1.short}.",
            "Closed by {x1.full} after unmerge and audit. {d3.long}.",
        ),
    ),
    Style(
        name="death_in_custody",
        author="prison healthcare team's note on a death in custody, for the PPO and the coroner",
        headers=(
            "{org.prison} Healthcare - death in custody summary\nPrisoner: {pt.capslast}  Prison no {ref.prison}\nDate of death: {d2.long}\n",
            "DEATH IN CUSTODY - CLINICAL REVIEW\nEstablishment {org.prison}   Wing: {wing}\nPrison number {ref.prison}, NHS {nhs}\n",
        ),
        sections=(
            ("{pt.full}, DOB {dob}, was received into custody on {dp.long} on remand. Reception health screen by nurse {n1.full} recorded [[COPD]], [[hepatitis C]] and a history of opiate use on [[methadone]] 60ml.",
             "{pt.title} was transferred from {org.police} custody on {dp}. First-night screen by {n1.staff}; on [[buprenorphine]] via the substance misuse team."),
            ("On {d0.long} at {neg.time} an officer on {wing} found {him} unresponsive in {neg.cell}. A code blue was called; healthcare staff {n2.first} and {hca.first} attended within four minutes.",
             "On {d0.day} during the {neg.time} roll check {he} could not be roused. CPR was started by officers; an ambulance from {org.amb} arrived at {neg.time}."),
            ("{He} was taken to {hosp} under escort and died there on {d2}. {His} {relrole}, {rel.full}, was informed by the family liaison officer.",
             "Life was pronounced extinct by the paramedic at {neg.time}. {org.police} attended and the cell was sealed."),
            ("Prior contacts: the last healthcare contact was a medication round on {dp.noyear}. A request to see the GP about chest pain, made on {d0.noyear}, was triaged as routine.",
             "A [[naloxone]] kit was in the wing office but not used. The ACCT document was closed on {dp.short}."),
            ("The Prisons and Probation Ombudsman and HM Coroner have been notified; the clinical reviewer is {con.tfull}. Police ref {ref.police}.",
             "The PPO investigator has requested the SystmOne record. Police reference {ref.police}; coroner's reference {ref.coroner}."),
            ("Medication: in-possession risk assessment allowed {him} to hold [[pregabalin]] and [[mirtazapine]]; a cell search on {dp.noyear} found stockpiled tablets. The pharmacy technician {hca.full} had raised this.",
             "Mental health: {he} had been on an ACCT from {dp.noyear}, closed after three reviews. {His} {relrole} {rel.first} rang the prison on {phone.home} on {d0.noyear} worried about {his} mood."),
        ),
        extras=(
            "{He} was {age.aged} and had been in custody for {neg.dur}.",
            "Observations on the last recorded check: {neg.bp}, {neg.spo2}.",
            "The emergency response bag was checked and complete.",
            "The mental health in-reach team ({org.mhtrust}) had seen {him} once.",
            "Cellmate moved to another wing.",
            "Staff debrief held at {neg.time} in the healthcare centre.",
            "Next of kin address recorded as {addr}.",
            "Chaplaincy offered support to staff and prisoners on {wing}.",
        ),
        endings=(
            "Prepared by {x1.full}, Head of Healthcare, {d2.short}.",
            "Report compiled {d3.long} for the clinical review.",
        ),
        ages=(21, 79),
    ),
    Style(
        name="leder_review",
        author="LeDeR learning disability mortality review, with family and support provider voices",
        headers=(
            "LeDeR focused review {ref.leder}\nPerson: {pt.full}   Date of death: {d2.long}\nReviewer: {x1.full}, {org.icb}\n",
            "LEARNING FROM LIVES AND DEATHS - REVIEW SUMMARY\nReference {ref.leder}\nName used: {pt.first} (known to family as {pt.nick})\n",
        ),
        sections=(
            ("About {pt.first}: {pt.first} was {age.num} and lived in supported living at {addr}, with support from {org.ldprov}. {He} loved music, buses and football and had a moderate learning disability and [[Down's syndrome]].",
             "{pt.first} had a severe learning disability and [[epilepsy]] ([[Lennox-Gastaut]]). {He} lived with {his} {relrole} {rel.full} at {addr} until {dp.month}."),
            ("{His} {relrole} {rel.first} told the reviewer: '{pt.first} could not tell you when {he} was in pain, you had to know {him}.' The family felt the hospital passport was not read.",
             "Support worker {x2.first} said {pt.first} had been off {his} food for a week and had been seen by the GP at {gp} on {dp.noyear}."),
            ("{He} was admitted to {hosp} on {d0} with [[aspiration pneumonia]]. Reasonable adjustments (a quiet side room, family staying) were made on {ward}. A DNACPR decision cited 'learning disability' as a reason, which was reviewed and withdrawn by {con.title}.",
             "On admission on {d0.long} the [[Mental Capacity Act]] assessment was not documented before a feeding decision. The learning disability liaison nurse {n1.full} was not informed until {d1.day}."),
            ("{pt.first} died on {d2} with {his} family present. Cause of death: 1a [[aspiration pneumonia]], 2 [[Down's syndrome]].",
             "{He} died on {ward} on {d2.long}. The annual health check had last been done in {dp.month}."),
            ("Learning: annual health checks and a [[STOMP]] medication review were overdue; the constipation care plan was not followed.",
             "Good practice: the acute liaison team were excellent, and {his} {relrole} said the nurses on {ward} 'treated {him} like a person'."),
            ("Communication: {pt.first} used Makaton and a few words. The hospital passport said {he} hated needles and liked {his} {relrole} present; staff on {ward} did not see it until {d1.day}.",
             "The GP, {dr2.tfull} at {gp}, had referred {pt.first} to the dysphagia team in {dp.month}; the appointment was cancelled twice by the provider."),
        ),
        extras=(
            "{pt.first}'s weight had fallen by 6 kg since {neg.year}.",
            "[[Bristol stool chart]] entries were missing for four days.",
            "{He} took [[sodium valproate]] and [[movicol]].",
            "The family can be contacted via {email.rel}.",
            "A grading of care 3 (satisfactory) was agreed at the panel.",
            "{He} had lived at {home} as a younger adult.",
            "The hospital passport was completed by {his} {relrole} in {neg.year}.",
            "{His} day centre staff described {him} as the life and soul of the group.",
            "The family have set up a tribute page at {url}.",
        ),
        endings=(
            "Review quality-assured by {x2.full} on {d3.long}.",
            "Panel date {d3.short}. Lead reviewer {x1.title}.",
        ),
        ages=(18, 72),
    ),
    Style(
        name="strategy_meeting_minute",
        author="minutes of a children's safeguarding strategy meeting (police, social care, health, school)",
        headers=(
            "STRATEGY MEETING (s47) - CONFIDENTIAL\nChild: {pt.caps}  DOB {dob}  NHS {nhs}\nDate: {d1.long}  Chair: {x1.tfull} ({org.council})\n",
            "Minutes - child protection strategy discussion, MASH ref {ref.mash}\nHeld by Teams on {d1.day} at {neg.time}\n",
        ),
        sections=(
            ("Present: {x1.full} (Team Manager, chair), DC {x2.last} ({org.police}), {n1.full} (named nurse, {org.trust}), {n2.capslast} (DSL, {org.school}), {dr1.title} (paediatric registrar).",
             "Attendees: {x1.ilast} (chair), DS {x2.full} ({org.police}), Safeguarding Nurse {n1.full}, {dr1.tfull} (Consultant Paediatrician), {n2.full} (school DSL)."),
            ("Reason for meeting: {pt.first}, {age.num}, attended ED at {hosp} on {d0} with a spiral fracture of the left humerus. {pt.first}'s {relrole}, {rel.full}, said {pt.first} fell from the sofa.",
             "Reason: the school nurse saw bruising to {pt.first}'s ear and neck on {d0.day} and {pt.first} said 'mummy's friend did it'. The adult is named as {rel2.full}."),
            ("Health information: skeletal survey on {d1.short} showed an older healing rib fracture. {pt.first} is registered at {gp}; two missed immunisation appointments.",
             "Health: child protection medical by {dr1.title} on {d1} found bruising in the TEN-4 distribution. [[Von Willebrand]] screen sent to exclude a bleeding disorder."),
            ("Police information: {rel2.first} has a previous conviction for assault ({neg.year}); {ref.police} is the current crime reference.",
             "Police: one previous domestic abuse call to {addr} in {dp.month}. Crime reference {ref.police}."),
            ("Decision: threshold met for s47 enquiries. {pt.first} to stay with grandparent {x2.first} at {street} pending assessment. Next review on {d3.noyear}.",
             "Outcome: s47 single-agency by social care; safety plan agreed, {pt.first} and sibling to stay with maternal aunt. Review {d3.short}."),
            ("Views of the child: {pt.first} told the school nurse {hca.full} that {he} was scared to go home. {pt.first} is reported to be a quiet child who loves drawing.",
             "Family context: {rel.first} and {rel2.first} moved to {street} in {dp.month}. A previous referral from {org.school} in {neg.year} was closed at assessment."),
        ),
        extras=(
            "School attendance 81% this term.",
            "Mobile for {rel.first}: {phone.rel}.",
            "No interpreter needed; family speak English and Urdu.",
            "{pt.first}'s younger sibling is not subject to this meeting.",
            "Health visitor {hca.full} last saw the family in {dp.month}.",
            "Minutes to be circulated via secure email {email.box}.",
            "The [[Bruising protocol]] was followed in ED.",
            "A strategy meeting was held in {neg.year} for an older sibling.",
        ),
        joiner="\n",
        endings=(
            "Minutes taken by {hca.full}, business support. Circulated {d1.short}.",
            "Chair's signature: {x1.init}. Date: {d1.short}.",
        ),
        ages=(0, 14),
        register="formal",
    ),
    Style(
        name="inter_trust_transfer",
        author="an incident about an inter-trust transfer: the receiving trust's Datix and handover gaps",
        headers=(
            "Datix {ref.datix} - Transfer from external organisation\nReceiving: {ward}, {hosp}\nSending: {org.hosp2} ({org.trust2})\n",
            "TRANSFER OF CARE INCIDENT\nTransferred on {d0.long} from {org.hosp2} to {hosp}\n",
        ),
        sections=(
            ("{pt.tfull} (hospital number {hn}, NHS {nhs}), {age.aged}, was transferred for [[vascular]] surgery. The transfer letter said 'no known allergies', but {his} record at the sending trust listed [[co-amoxiclav]] (anaphylaxis).",
             "{pt.title} ({hn}), {age.yo}, arrived on {ward} at {neg.time} by {org.amb} without {his} drug chart or a nursing handover. The crew had a one-line note."),
            ("On arrival the nurse in charge {n1.full} phoned the sending ward on {phone.trust} and was told the nurse who knew {him} had gone home.",
             "The receiving registrar {dr1.title} could not access {org.trust2}'s EPR; the discharge summary was emailed on {d1.day} from {email.staff}."),
            ("{He} was given [[co-amoxiclav]] on {d0.day} at {neg.time} and developed [[angioedema]]; treated with [[adrenaline]] IM and recovered.",
             "Because of the gap, {his} [[insulin]] was omitted for one dose and {his} glucose was 24 the next morning."),
            ("The sending trust has been informed (their reference {ref.lfpse}); a joint review will be held with {org.trust2}.",
             "{His} {relrole} {rel.first} said at visiting on {d1} that {he} had told both hospitals about the allergy."),
            ("Actions: the regional transfer form will carry an allergy field; {hosp.abbr} to audit ten transfers in {d3.month}.",
             "Actions: a standard nurse-to-nurse phone handover for all inter-hospital transfers, using SBAR."),
            ("The transfer checklist was signed by {n2.full} at the sending hospital, but the allergy box was left blank and the sticker was for another patient ({op.full}).",
             "The patient transport crew ({org.amb}) had been told it was a 'routine' transfer and did not have oxygen; {pt.first}'s saturations on arrival were 88%."),
        ),
        extras=(
            "The transfer was arranged by the bed bureau at {neg.time} on a Friday; {he} had been on {neg.wardno} at the sending hospital.",
            "{His} home address on the letter ({addr}) was out of date.",
            "[[Buscopan]] and [[ondansetron]] were also on the chart.",
            "Transfer time: {neg.dur} after the request.",
            "The patient was in {neg.bed} on arrival.",
            "{pt.first} has [[Raynaud's]] and peripheral vascular disease.",
            "{dr2.title} reviewed {him} at {neg.time}.",
            "The family phone number given was {phone.rel}.",
        ),
        endings=(
            "Reported by {n1.full}, {d0.short}. Harm: moderate.",
            "Handler: {x1.full}, patient safety team, {d3.short}.",
        ),
    ),
    Style(
        name="lost_to_follow_up_review",
        author="harm review of an outpatient lost to follow-up, by a specialty governance lead",
        headers=(
            "Outpatient harm review - lost to follow-up\nSpecialty: outpatients / {hosp}\nPatient {pt.caps}, {hn}\n",
            "CLINICAL HARM REVIEW (waiting list)\nRef {ref.datix}   Reviewer {con.tfull}\n",
        ),
        sections=(
            ("{pt.full} (DOB {dob}) was seen in the [[glaucoma]] clinic on {dp.long} with a plan for review in {neg.dur} with visual fields. No appointment was booked because the outcome form was not completed.",
             "{pt.title} was on a 'see in 3 months' list after [[Hartmann's]] reversal was deferred on {dp}. The follow-up was never booked when the clinic moved to the new PAS."),
            ("{He} was referred again by {his} optometrist on {d0} with worsening vision; intraocular pressures were 34 and 31.",
             "{His} GP, {dr2.tfull} at {gp}, wrote on {d0} after {pt.first} presented with a [[parastomal hernia]]."),
            ("Harm: visual field loss in the right eye progressed from moderate to severe; this is judged moderate, permanent harm.",
             "Harm: emergency admission on {d1.long}; no permanent harm, judged low harm."),
            ("{pt.first}'s {relrole} {rel.full} asked for a meeting, which was held on {d2}. An apology was given by {con.tdot} and the letter sent to {addr}.",
             "Duty of candour letter sent on {d2.short}; {pt.first} has asked to be called on {phone.home} rather than written to."),
            ("Cause: {neg.score} patients were found with no booked follow-up in the same audit. Validation of the whole backlog is under way.",
             "Cause: the 'partial booking' list was not monitored after the lead clerk left in {dp.month}."),
            ("Timeline: {dp.long} clinic seen; {d0.short} re-referral; {d1.short} seen urgently by {dr1.title}; {d2.short} family meeting. Between clinic and re-referral there was no contact from the trust.",
             "{pt.first} told the reviewer: 'I assumed you had forgotten me, but I didn't want to make a fuss.' {His} {relrole} {rel.first} had phoned the booking line twice."),
        ),
        extras=(
            "The clinic letter was typed on {dp.noyear} but not sent to the GP.",
            "{pt.first}'s {relrole} wrote to PALS on {d0.noyear}.",
            "Validation calls are being made by the booking team.",
            "Similar harm reviews are under way in three specialties.",
            "{He} was {age.aged} and lives alone.",
            "[[Latanoprost]] eye drops were continued by the GP throughout.",
            "The referral was graded urgent by {dr1.title}.",
            "Appointment centre phone line {phone.trust}.",
            "A second patient, {op.full}, was found in the same audit.",
            "There were {neg.score} cancelled clinics in that quarter due to sickness.",
            "{He} has [[Bell's palsy]] on the left, which was unrelated.",
            "The review used the national harm review tool.",
        ),
        endings=(
            "Review signed off {d3.long} by {con.full}.",
            "Next audit of the backlog {d3.month}. Reviewer {con.init}.",
        ),
    ),
    Style(
        name="shot_transfusion_report",
        author="haemovigilance report of a transfusion incident (SHOT-style), by the transfusion practitioner",
        headers=(
            "Haemovigilance report - {hosp}\nLocal ref {ref.datix}; SHOT ref {ref.shot}\nTransfusion practitioner: {n2.full}\n",
            "TRANSFUSION INCIDENT - wrong blood in tube / incorrect component\nDate of event {d0.long}\n",
        ),
        sections=(
            ("{pt.caps} (MRN {hn}, DOB {dob}) was to receive 2 units of red cells for Hb 68. A group and save sample was labelled at the bedside by {dr1.title} but taken from the patient in the next bed, {op.full}.",
             "Patient {pt.full}, {hn}, {age.aged}, had a pre-transfusion sample sent on {d0.day}. The historic group was O RhD positive; the new sample grouped as A positive."),
            ("The laboratory BMS {x1.full} noticed the discrepancy with the historical group and rejected the sample at {neg.time}.",
             "Because there was no historical record, the sample was accepted and unit {ref.unit} was issued and transfused on {ward} from {neg.time}."),
            ("A second sample taken by {n1.full} grouped correctly. No incompatible blood was given.",
             "After 20 ml {pt.first} developed rigors, T 39.1 and BP {neg.bp}. The transfusion was stopped by {n1.first} and the unit returned to the lab."),
            ("{He} was treated for an [[acute haemolytic transfusion reaction]] and recovered. {His} {relrole} {rel.first} was told the same day by {con.title}.",
             "Near miss: no harm. {pt.title} was transfused the correct component on {d1}."),
            ("Learning: positive patient identification was not done against the wristband; the label was printed away from the bed.",
             "Learning: the two-sample rule was not applied as the first sample was historic from {dp.month}."),
            ("Contributory factors: two patients with similar names on {ward}; the phlebotomist {hca.full} was interrupted; wristband printer out of order since {dp.noyear}.",
             "Staff involved: {n1.full} ({neg.band}) and the doctor {dr1.title}. Both have been interviewed and supported. The blood fridge log shows the unit was collected at {neg.time}."),
        ),
        extras=(
            "{pt.first} had been transfused on {ward2} in {dp.month} without incident.",
            "Electronic blood tracking was not in use on the ward.",
            "The patient's wristband had been replaced on transfer.",
            "Pre-transfusion observations: BP {neg.bp}, pulse 96.",
            "Hb after transfusion 91.",
            "[[DAT]] positive on the post-transfusion sample.",
            "The patient had [[myelodysplasia]] and is transfusion dependent.",
            "Bedside checklist not completed for the first unit.",
            "The component was irradiated; {pt.first} has [[Hodgkin's]] lymphoma in remission.",
            "The lab can be reached on {phone.trust}.",
            "Reported to SHOT and to the MHRA via SABRE.",
            "The staff member has completed competency retraining.",
        ),
        endings=(
            "Report by {n2.full}, Transfusion Practitioner, {d1.short}.",
            "Reviewed at the Hospital Transfusion Committee on {d3.noyear}.",
        ),
    ),
    Style(
        name="falls_huddle",
        author="notes of a post-fall huddle on the ward, quick-fire questions and answers",
        headers=(
            "POST FALLS HUDDLE - {ward}\nDate {d0.short}   Time {neg.time}   Led by Sister {n1.last}\n",
            "Post-fall huddle record\nPt: {pt.init}   Bed: {neg.bed}   Datix: {ref.datix}\n",
        ),
        sections=(
            ("Who fell? {pt.title}, {age.num}, admitted {dp.noyear} with [[UTI]] and [[delirium]]. Found by {hca.first} (HCA) on the floor by the sink at {neg.time}.",
             "Patient: {pt.first} {pt.last}, {age.yo2}, on {ward} for {neg.dur}. Witnessed fall: {n2.first} saw {him} stand and lose {his} balance."),
            ("What was {he} doing? Trying to walk to the toilet without {his} frame. Footwear: socks only. Lying and standing BP {neg.bp} / {neg.bp}.",
             "Trying to reach {his} handbag from the locker; locker had been moved during cleaning. Call bell was on the floor."),
            ("Injuries? Skin tear R forearm, bump to head. On [[apixaban]] so CT head requested by {dr1.title}; CT at {neg.time} clear.",
             "No obvious injury. {neg.gcs}. Medical review by {dr1.staff}, post-fall obs hourly for 4 hours."),
            ("Family informed? Yes, {his} {relrole} {rel.first} called on {phone.rel} at {neg.time}.",
             "NOK informed? Left message for {rel.full} ({relrole}) on {phone.rel}; will try again in the morning."),
            ("What could we do differently? Enhanced obs cohort bay; move {him} nearer the nurses' station (from {neg.bed}).",
             "Learning: check call bell at every intentional rounding; bed rails risk assessment was not done on transfer from {ward2}."),
            ("Medication review: [[zopiclone]] 7.5mg given at {neg.time}, [[doxazosin]] and [[furosemide]] all contribute to falls risk. {dr1.title} to review in the morning.",
             "Environment: floor dry, lighting adequate, clutter by the bed from visitors' bags. {pt.first}'s {relrole} {rel.first} had left {his} walking stick at home."),
        ),
        extras=(
            "Hip protectors offered, declined.",
            "Vitamin D level sent.",
            "{pt.first} normally walks with a [[Zimmer]] frame at {home}.",
            "Next of kin to bring in well-fitting shoes.",
            "Present at the huddle: {n1.first}, {n2.first}, {hca.first}, {dr1.first}.",
            "[[Multifactorial falls risk assessment]] done on admission.",
            "Falls in the bay this month: {neg.score}; {neg.wardno} had {neg.score}.",
            "{He} has [[Parkinson's disease]], drugs given on time today.",
            "[[4AT]] score 6 this morning.",
            "Sister {n1.last} to feed back at the safety brief.",
            "Staffing: one HCA short on the shift.",
            "Frame now at bedside and labelled.",
        ),
        joiner="\n",
        endings=(
            "Huddle closed {neg.time}. Recorded by {n1.ilast}.",
            "Signed: {n2.first} ({neg.band}).",
        ),
    ),
    Style(
        name="pressure_ulcer_rca",
        author="a category 4 pressure ulcer root cause analysis by a tissue viability nurse",
        headers=(
            "Pressure ulcer RCA - category 4 sacral ulcer\nIncident {ref.datix}   StEIS {ref.steis}\nInvestigator: {n2.full}, Tissue Viability\n",
            "ROOT CAUSE ANALYSIS: HOSPITAL-ACQUIRED PRESSURE DAMAGE\nPatient {pt.caps}   Hosp no {hn}   Ward {ward}\n",
        ),
        sections=(
            ("Background: {pt.known}, {age.yo}, admitted from {home} on {dp.long} with a [[fractured neck of femur]]. Skin intact on admission per the SSKIN bundle. [[Waterlow]] 22, [[Braden]] 11.",
             "Background: {pt.title}, {age.aged}, lives at {addr} with a package of care from {org.agency}. Admitted {d0} with [[sepsis]] and reduced mobility."),
            ("Chronology: on {d0.noyear} a category 2 ulcer was recorded by {n1.first}. A dynamic mattress was requested but did not arrive until {d1.day}. Repositioning charts show gaps of up to {neg.score} hours.",
             "Chronology: {d0.day}: redness noted, no photograph. {d1.noyear}: category 3. {d2.noyear}: unstageable, referred to tissue viability."),
            ("Root cause: delay in pressure-relieving equipment, and nutrition not addressed ([[MUST]] 3, no dietitian referral).",
             "Root cause: intentional rounding not completed at night; the SSKIN bundle was not reassessed after theatre."),
            ("Family view: {his} {relrole} {rel.first} said '{pt.nick} was a proud {man} and {he} would be mortified'. They were visited at home on {d2.long}.",
             "The family ({rel.full}) feel the ulcer contributed to {his} decline; this has been explained in a meeting with {con.title}."),
            ("Recommendations: equipment library out-of-hours access; SSKIN training for {ward} staff by {d3.month}.",
             "Recommendations: escalation of equipment delays via Datix; photography within 24 hours of any category 2."),
            ("Care delivery problems: repositioning every {neg.score} hours was prescribed but not done overnight; the mattress request on {d0.noyear} was not escalated when the equipment library was closed.",
             "Staff interviews: {n1.full} said 'there were three of us for {neg.score} patients'. The ward manager {x1.full} had reported staffing concerns on {dp.noyear}."),
        ),
        extras=(
            "Cushion in the chair was not pressure relieving.",
            "{His} {relrole} {rel.first} was asked to help with meals at visiting.",
            "[[Braden]] was recalculated as 10 on {d1.noyear}.",
            "Dietitian review finally took place on {d2.noyear}.",
            "Hb 92, albumin 24.",
            "[[Heel]] offloading boots used from {d1.noyear}.",
            "Wound swab grew [[Pseudomonas]].",
            "Photographs filed under accession {ref.acc}.",
            "{He} has [[Addison's disease]] on [[fludrocortisone]].",
            "[[Barthel]] index 20 on admission.",
            "{He} was in {neg.bed} near the window, on a foam mattress.",
            "Staffing returns show {neg.score} unfilled HCA shifts that week.",
        ),
        endings=(
            "RCA approved at the patient safety panel, {d3.long}.",
            "Author {n2.ilast}, TVN. Sign-off {d3.short}.",
        ),
    ),
    Style(
        name="chemotherapy_error",
        author="an oncology chemotherapy prescribing/administration incident investigated by the chemo lead",
        headers=(
            "SACT incident report\nDatix {ref.datix}   Unit: {ward2}, {hosp}\nLead investigator: {con.tfull}\n",
            "CHEMOTHERAPY ERROR - INVESTIGATION SUMMARY\nPatient {pt.capslast}  ({hn})  DOB {dob}\n",
        ),
        sections=(
            ("{pt.first}, {age.aged}, was on cycle 3 of [[FOLFOX]] for colorectal cancer (T3 N1). On {d0.long} the dose was calculated on a body surface area from {dp.month}, before {he} had lost 9 kg.",
             "{pt.title} was on [[R-CHOP]] for [[non-Hodgkin's lymphoma]]. On {d0} [[vincristine]] was prescribed at 2 mg instead of the capped dose for {his} age."),
            ("The prescription was screened by pharmacist {x1.full} but the weight field was not updated. The nurse {n1.staff} checked the bag against the prescription, which matched.",
             "The e-prescribing protocol in the chemotherapy system was an old version; the pharmacist {x1.first} overrode the dose banding alert."),
            ("On {d1} {pt.first} was admitted with [[neutropenic sepsis]] (neutrophils 0.2) to {ward}. {He} recovered after {neg.dur} of [[tazocin]].",
             "{He} developed [[peripheral neuropathy]] (grade 3) and [[paralytic ileus]], admitted on {d1.day}."),
            ("{His} {relrole} {rel.full} was told on {d1.noyear}; {pt.first} wanted to know how it happened and was given the investigation report on {d3.long}.",
             "A duty of candour meeting was held with {pt.first} and {his} {relrole} on {d2.short}. {He} asked that {his} oncologist, {dr1.title}, be told."),
            ("Actions: mandatory weight at each cycle; pharmacists cannot override dose banding without a second check.",
             "Actions: the protocol library updated, old versions retired; a standard for over-75s on [[vincristine]]."),
            ("Timeline: {d0.short} cycle prescribed by {dr1.title}; {d0.short} screened by pharmacy; {d1.short} admitted via the acute oncology hotline; {d2.short} discharged home.",
             "The chemotherapy nurse {n1.full} followed the checking procedure, including the two-person check with {n2.first}; the error lay upstream in the protocol."),
        ),
        extras=(
            "The patient's weight at the pre-assessment clinic was recorded on paper only.",
            "{pt.first} had previously had [[Hartmann's]] procedure in {neg.year}.",
            "Dose banding tables were last updated in {neg.year}.",
            "The day unit was short of one chemotherapy nurse that day.",
            "Performance status 1.",
            "[[Ondansetron]] and [[dexamethasone]] as antiemetics.",
            "[[Capecitabine]] had been considered instead.",
            "The acute oncology hotline number ({phone.trust}) was used.",
            "The nurse who gave the infusion is registered with NMC PIN {pin.nmc}.",
            "Cycle 4 delayed by [[2/52]].",
            "{pt.first} lives at {addr}.",
            "CEA 14 at last check.",
        ),
        endings=(
            "Harm level: moderate. Report approved {d3.short}.",
            "Lead investigator {con.full}, {d3.long}.",
        ),
        ages=(30, 96),
        elderly=0.25,
    ),
    Style(
        name="end_of_life_chaplain",
        author="an end-of-life care review, with the hospital chaplain's and family's accounts",
        headers=(
            "End of life care review - {ward}, {hosp}\nDeceased: {pt.known}, died {d2.long}\nReviewers: palliative care team and chaplaincy\n",
            "BEREAVEMENT / END OF LIFE CARE REVIEW\n{pt.caps}  NHS {nhs}\nRef {ref.datix}\n",
        ),
        sections=(
            ("{pt.first} was {age.yrs}, a retired {neg.town} bus driver, admitted with [[end-stage heart failure]] on {d0}. {He} had said {he} wanted to die at home or at {org.hospice}.",
             "{pt.title} had [[motor neurone disease]] and was admitted on {d0.long} with a chest infection. {His} wish, recorded in {his} advance care plan, was to die at home at {addr}."),
            ("The fast-track CHC application was completed on {d1.day} but the care package from {org.agency} could not start until the following week.",
             "A hospice bed was offered on {d1} but the transport was cancelled twice; {he} deteriorated and could not travel."),
            ("The chaplain, Revd {x1.full}, visited on {d1.day} at the family's request and said prayers with {his} {relrole} {rel.first}. {pt.first} asked for Holy Communion, which was given.",
             "Imam {x1.last} from the chaplaincy team visited on {d1.noyear}. The family asked for the body to be released quickly; the medical examiner {dr2.title} arranged this for {d2.day}."),
            ("Symptom control: the syringe driver ([[midazolam]] 10mg, [[morphine]] 5mg over 24 hours) was not started until {neg.time}, four hours after it was prescribed, because no nurse was trained.",
             "Symptoms: [[Oramorph]] PRN was given three times; breathlessness was poorly controlled overnight and the family felt unsupported."),
            ("{His} {relrole} said: 'The nurse {n1.first} held {his} hand while I went for a coffee, and that means everything.' Others felt communication was poor.",
             "{rel.full} wrote afterwards that the chaplain 'was the only person who sat down with us'."),
            ("Religious and spiritual care: the chaplaincy record shows {pt.first} asked about {his} late {rel2role} {rel2.first} and whether {he} would 'see them again'. Revd {x1.last} returned twice that week.",
             "Care after death: the body was moved to the mortuary at {neg.time}; the family's wish for a rosary to stay with {him} was honoured. Personal belongings were returned on {d2.noyear}."),
        ),
        extras=(
            "[[Gold Standards Framework]] register: yes.",
            "ReSPECT completed {dp.short}.",
            "Chaplaincy can be reached on {phone.trust}.",
            "The bereavement office sent the MCCD on {d2.noyear}.",
            "{He} died at {neg.time} with {his} family present.",
            "The [[Liverpool Care Pathway]] is no longer used; the individual care plan was.",
            "Side room requested; {neg.bed} in a six-bed bay used.",
            "The [[Edmonton]] symptom score was not recorded.",
            "The family later raised money for the hospice through {url}.",
        ),
        endings=(
            "Review completed by {con.tfull} and Revd {x1.last}, {d3.short}.",
            "Shared with the family at {addr.nopc} on {d3.noyear}.",
        ),
    ),
    Style(
        name="staffing_datix",
        author="a rota/staffing Datix by a nurse in charge: skill mix, agency shifts, escalation",
        headers=(
            "Datix {ref.datix} - Staffing levels (unsafe)\n{ward}, {hosp}\nShift: night {d0.day}\n",
            "INCIDENT: STAFFING/SKILL MIX\nReporter: {n1.capslast} (Nurse in charge, {neg.band})\n",
        ),
        sections=(
            ("Planned 5 RNs and 3 HCAs for {neg.score} patients (the ward was renumbered from {neg.wardno} last year). Actual: 3 RNs (one agency, {x1.first}, first time on the ward) and 2 HCAs. Bank shift filled by {n2.full} cancelled at {neg.time}.",
             "Rota showed 4 registered nurses; two sickness calls at {neg.time}. Escalated to the site manager {x2.full} on {phone.trust}; no staff available."),
            ("As a result {pt.title} in {neg.bed}, {age.num}, did not have {his} 22:00 [[IV antibiotics]] until {neg.time}, and obs for {neg.score} patients were late.",
             "Impact: {pt.first} {pt.last} ({hn}) had a fall at {neg.time}; enhanced observation was not possible. Intentional rounding stopped."),
            ("I had to leave {hca.first} alone with the high-dependency bay while I did the drug round. Matron {con.last} was informed by email ({email.staff}).",
             "The matron on call, {con.full}, came to the ward at {neg.time} and helped with the drug round."),
            ("This is the third time this month. Previous Datix on {dp.noyear} and {dp.short}.",
             "Staffing was RED on SafeCare. The [[acuity]] score was not updated by the day team."),
            ("Request: a review of the establishment for {ward}; a bank pool for nights.",
             "I felt the ward was unsafe and told the night sister {n2.first} that I wanted this recorded."),
            ("Patients affected included {pt.title} (wound dressing not done) and {op.title} (late [[insulin]]). I have done separate reports for each.",
             "The ward was also hosting two outliers from {ward2}, which added to the workload. The site team moved {n2.first} to ED at {neg.time}."),
        ),
        extras=(
            "Of the {neg.score} patients, six were on enhanced observations.",
            "The shift before was also short, with one nurse off sick.",
            "The bank office could not be reached after {neg.time}.",
            "I have attached the SafeCare screenshot.",
            "[[CHPPD]] for the shift was 5.1.",
            "The agency nurse's NMC PIN {pin.nmc} was checked.",
            "No patient came to serious harm but several had delayed care.",
            "Two patients needed 1:1 for [[delirium]].",
            "The {neg.bed} patient was on a [[heparin]] infusion needing hourly checks.",
            "We were also receiving admissions from ED until {neg.time}.",
            "Breaks were not taken by any staff.",
            "{hca.first} stayed an extra two hours unpaid.",
        ),
        endings=(
            "Submitted {d1.short} {neg.time}. Manager to review: {x2.first}.",
            "Reporter {n1.ilast2}, {d1.short}.",
        ),
    ),
    Style(
        name="cross_border_case",
        author="a cross-boundary case (English trust with a Welsh or Scottish health board) written by a discharge coordinator",
        headers=(
            "Cross-border incident - repatriation delay\nEnglish provider: {org.trust}\nHome board: {org.board}\n",
            "CROSS-BOUNDARY CARE REVIEW\nPatient resident in Wales/Scotland, treated at {hosp}\nRef {ref.datix}\n",
        ),
        sections=(
            ("{pt.full} lives at {addr.multi}\nand is registered with a GP in the {org.board} area. {He} was admitted to {hosp} on {d0} after a fall on holiday.",
             "{pt.title}, {age.aged}, resides at {addr} and was brought to {hosp} by {org.amb} on {d0.long} as it was the nearest major trauma centre."),
            ("Repatriation to {org.bhosp} was requested on {d1}. The Welsh/Scottish bed bureau said no bed was available; the request was chased by coordinator {n2.full} on {phone.trust}.",
             "On {d1.noyear} the patient was medically fit. A referral to {org.bhosp} for rehabilitation was sent via email to {email.staff}."),
            ("Because {his} records are on a different system, the NHS number {nhs} had to be confirmed by phone; the CHI / Welsh records differed in the address.",
             "{His} GP at home faxed the medication list; {his} [[phenytoin]] dose differed from the one on {his} English records."),
            ("{He} waited [[3/52]] for transfer, developed [[hospital-acquired pneumonia]], and moved eventually on {d2.long}.",
             "{He} was eventually transferred by {org.amb} on {d2}. {His} {relrole} {rel.full} drove 90 miles each day to visit."),
            ("Learning: a named contact in each board for repatriation; escalation after 48 hours.",
             "Learning: shared care record access across the border would have avoided the medication discrepancy."),
            ("Medication on discharge: [[levetiracetam]] 500mg BD, [[bisoprolol]] 2.5mg; the receiving board was sent the list by {email.staff}. The receiving consultant, {dr2.tfull}, confirmed receipt.",
             "{His} {relrole} {rel.first} said: 'It felt like nobody owned {him}, England or the board.' {rel.first} wrote to both complaints teams on {d2.noyear}."),
        ),
        extras=(
            "{He} is hard of hearing; {his} {relrole} helped on the phone.",
            "[[Brown-Séquard]] syndrome was excluded on MRI.",
            "Hospital number at {hosp.abbr}: {hn}.",
            "{His} {relrole} can be reached on {phone.rel}.",
            "Rehabilitation goals were set by the physio {x1.first}.",
            "The board's patient flow team said the delay was due to winter pressures.",
            "The English trust continued treatment under the cross-border protocol.",
            "Mobility improved with a [[Zimmer]] frame.",
            "The family posted about the delay on {url}, which the press picked up.",
            "The trust's statement on the case is at {url.trust}.",
        ),
        endings=(
            "Compiled by {n2.full}, {d3.short}.",
            "Shared with {org.board} for joint learning, {d3.long}.",
        ),
    ),
    Style(
        name="inquest_transcript",
        author="extract of an inquest transcript: coroner's questions and a witness's answers",
        headers=(
            "IN THE CORONER'S COURT - INQUEST TOUCHING THE DEATH OF {pt.allcaps}\nCoroner's reference {ref.coroner}\nHearing {d3.long}\n",
            "Transcript (extract), inquest into the death of {pt.known}\nDay 2, {d3.day}\n",
        ),
        sections=(
            ("CORONER: Please give your full name and role.\nWITNESS: {n1.full}. I'm a staff nurse on {ward} at {hosp}; my NMC PIN is {pin.nmc}.",
             "CORONER: Your name, please.\nA: {dr1.tfull}, specialty registrar in acute medicine, GMC number {pin.gmc}."),
            ("Q: When did you first see {pt.title}?\nA: On {d0.long}, at the start of my shift. {He} was {age.words}, frail, and had been admitted with [[sepsis]] from {home}.",
             "Q: Tell us about the evening of {d0.day}.\nA: I took over {his} care at {neg.time}. {His} NEWS2 had been 3; at {neg.time} it was 7."),
            ("Q: Did you escalate?\nA: Yes, I bleeped the doctor ({neg.bleep}) twice. {dr2.title} came at {neg.time}, about 90 minutes later.",
             "Q: Why was [[gentamicin]] not given?\nA: The level from {d1.noyear} was not back. I accept it should have been chased."),
            ("{rel.allcaps} ({pt.first}'s {relrole}): Why did nobody ring us?\nA: I'm very sorry. We had {phone.home} as the contact, which was no longer in use.",
             "Q (counsel for the family, {x2.title}): Were you aware of the [[Waterlow]] score of 20?\nA: Yes. The mattress had been ordered."),
            ("CORONER: Thank you. The medical cause of death is 1a [[sepsis]], 1b [[pneumonia]], 2 [[Parkinson's disease]]. I adjourn until {d3.noyear}.",
             "CORONER: I will record a narrative conclusion. I do not consider a Regulation 28 report necessary, given the trust's actions."),
            ("Q: Were you aware of {pt.first}'s [[Parkinson's]] medication times?\nA: Yes. The [[Sinemet]] doses at {neg.time} and {neg.time} were late because of the drug round.",
             "Q: Who was the nurse in charge?\nA: {n2.full}. They were also covering the side rooms.\nQ: Did you tell anyone about your concerns?\nA: I told the matron, {x1.title}."),
        ),
        extras=(
            "(Short adjournment.)",
            "Q: Was {his} {relrole} present?\nA: {rel.first} arrived at about {neg.time}.",
            "Q: How many patients did you have?\nA: Nine, in two bays.",
            "The court heard that {pt.first} lived at {addr} until {dp.month}.",
            "CORONER: Exhibit 4 is the observation chart from {d0.short}.",
            "A: I have reflected and done the [[sepsis]] e-learning since.",
            "Q: Were you supported?\nA: By Sister {n2.last}, yes.",
            "The family's solicitor wrote from {email.rel}.",
            "The family's campaign page ({url}) was referred to by counsel.",
        ),
        joiner="\n",
        endings=(
            "(Proceedings adjourned at {neg.time}.)",
            "Transcribed {d3.short}. Certified a true record.",
        ),
        register="formal",
    ),
    Style(
        name="ftsu_concern",
        author="a Freedom to Speak Up concern as logged by the guardian (worker's words, anonymity)",
        headers=(
            "FTSU case {ref.ftsu}\nRaised with guardian {x1.full} on {d1.long}\nWorker wishes to remain: confidential (not anonymous)\n",
            "Freedom to Speak Up - record of concern\nGuardian: {x1.full}  Case no {ref.ftsu}\n",
        ),
        sections=(
            ("The worker, {n2.full}, is a nurse on {ward}. They say that on {d0.long} the consultant {con.title} told junior staff not to Datix a [[wrong-site]] injection, saying 'we sort it out ourselves'.",
             "A healthcare assistant, {hca.first}, came to the guardian about bullying on {ward}. They say the ward manager {x2.full} shouts at staff at handover."),
            ("The patient involved was {pt.title} (initials {pt.initdot}), {age.aged}, who received an extra dose of [[enoxaparin]] on {d0.day}. No Datix was raised.",
             "{hca.first} describes an incident on {d0} where {pt.full} was left in a soiled bed for three hours because there were no staff to help."),
            ("The worker is worried about detriment: their rota was changed after they raised it informally on {dp.noyear}. Contact: {phone.rel} (personal) or {email.staff}.",
             "The worker does not want to be named. The guardian agreed to raise the theme, not the case."),
            ("Actions: guardian met the Director of Nursing on {d2}; a Datix ({ref.datix}) was raised retrospectively; a cultural review of {ward} commissioned.",
             "The concern was escalated to the Chief Nurse; the Speaking Up policy was shared with the worker."),
            ("Feedback given to the worker on {d3.noyear}. The worker said they felt listened to.",
             "Outcome: HR investigation opened. The worker would speak up again: yes."),
            ("The worker described a culture where Datix reports 'go into a black hole'. They named the band 7, {x2.first}, as supportive but overwhelmed.",
             "The guardian spoke to the ward manager on {d1.noyear}, with the worker's consent, and agreed a follow-up meeting on {d2.noyear} with HR present."),
        ),
        extras=(
            "Themes: patient safety; behaviour.",
            "The worker has worked at {hosp} since {neg.year}.",
            "The guardian's mailbox is {email.box}.",
            "Other staff ({n1.first}, {hca.first}) may have witnessed this.",
            "The National Guardian's Office categories were used.",
            "The worker was signposted to occupational health.",
            "A second concern about {ward2} was raised in the same week.",
            "No disclosure of the worker's identity without consent.",
            "The worker had seen the case discussed on social media ({url}).",
        ),
        endings=(
            "Closed {d3.short} by {x1.ilast}.",
            "Record held by the FTSU guardian, {d3.long}.",
        ),
        register="formal",
    ),
)

# Shared sentences that top a text up when a style's own run out.
SHARED: dict[str, tuple[str, ...]] = {
    "clinical": (
        "Obs at {neg.time}: BP {neg.bp}, {neg.spo2}, {neg.news}.",
        "Bloods: Hb 104, WCC 14.2, CRP 88, eGFR 41.",
        "Known to have [[Crohn's disease]] and [[Cushing's syndrome]] in the past.",
        "Pain relief was {neg.dose} as prescribed.",
        "The incident was discussed at the safety huddle the next morning.",
        "Documentation on the day was incomplete in places.",
        "Fluid balance chart not totalled for the previous {neg.dur}.",
        "Drug chart reviewed: {neg.dose} given at {neg.time}, nothing else due.",
        "Capillary glucose 7.9, lactate 2.4, temperature 37.9.",
        "Skin checked, no new marks apart from old bruising on both forearms.",
        "The duty manager was informed before the end of the shift.",
        "Handover to the day team included the incident and the plan.",
        "Previous admission in {neg.year} for a similar problem.",
        "Weight 54 kg on admission, BMI 19.",
        "A [[Braden]] reassessment was due but not done.",
        "Catheter in situ, draining concentrated urine.",
    ),
    "formal": (
        "The review team thanks the family for their contribution.",
        "This report has been written in line with the Patient Safety Incident Response Framework.",
        "Staff involved have been offered support and a debrief.",
        "A copy of this report will be shared with the family on request.",
        "The findings will be presented at the divisional governance meeting.",
        "The [[Yorkshire Contributory Factors Framework]] was used to structure the analysis.",
        "Interviews were held with the staff on duty and with the family.",
        "The timeline was built from the electronic record, the paper notes and the rota.",
        "No single person is held responsible; the findings concern systems and processes.",
        "The terms of reference were agreed with the family before the review began.",
        "Where the records disagree, this is noted in the timeline.",
        "The actions will be monitored by the patient safety group until they are complete.",
        "National guidance from NHS England and NICE was used as the standard of care.",
        "The review was completed within the agreed timescale.",
    ),
    "informal": (
        "i just want answers.",
        "we are all devastated.",
        "nobody seemed to know what was going on.",
        "please can someone ring me back this time.",
        "it has been weeks and i still have not heard anything.",
        "{He} deserved better than this.",
        "the ward was filthy, bins overflowing, nobody had cleaned the sink.",
        "we were told three different stories by three different people.",
        "{He} was frightened and kept asking to go home.",
        "i know the nurses are busy but this is not good enough.",
        "we had to feed {him} ourselves at visiting.",
        "the doctors never came when we were there.",
        "i have kept all the texts and photos.",
        "my family have lost all trust in that hospital.",
    ),
}


def compose(case: Case, rng: random.Random) -> list[Piece]:
    style = case.style
    target = max(235, min(400, int(rng.gauss(325, 35))))
    parts = [render(case, rng.choice(style.headers))]
    variant = rng.randrange(2)  # the story the sections mostly follow, so that it holds together
    for section in style.sections:
        index = variant if rng.random() < 0.85 else rng.randrange(len(section))
        parts.append(render(case, section[min(index, len(section) - 1)]))
    ending = render(case, rng.choice(style.endings))
    words = sum(_count(part) for part in parts) + _count(ending)
    extras = list(style.extras)
    rng.shuffle(extras)
    shared = list(SHARED[style.register])
    rng.shuffle(shared)
    added: list[list[Piece]] = []
    for template in extras + shared[:SHARED_AT_MOST]:
        if words >= target:
            break
        pieces = render(case, template)
        if words + _count(pieces) > HIGH_WORDS - 5:
            continue
        added.append(pieces)
        words += _count(pieces)
    joined: list[Piece] = []
    for index, part in enumerate(parts):
        if index:
            joined.append(("\n" if joined[-1][0].endswith("\n") else "\n\n", None, None))
        joined.extend(part)
    for index, pieces in enumerate(added):
        joined.append(("\n\n" if index == 0 else style.joiner, None, None))
        joined.extend(pieces)
    joined.append(("\n\n", None, None))
    joined.extend(ending)
    return joined


def _finish(pieces: list[Piece]) -> tuple[str, tuple[GoldSpan, ...], tuple[tuple[int, int], ...]]:
    text_parts: list[str] = []
    gold: list[GoldSpan] = []
    negatives: list[tuple[int, int]] = []
    length = 0
    for text, label, meta in pieces:
        if label == NEGATIVE:
            negatives.append((length, length + len(text)))
        elif label is not None:
            gold.append(GoldSpan(length, length + len(text), label, **(meta or {})))
        text_parts.append(text)
        length += len(text)
    return "".join(text_parts), tuple(gold), tuple(negatives)


def _example(rng: random.Random, number: int) -> tuple[Example, tuple[tuple[int, int], ...]]:
    style = rng.choice(STYLES)
    case = Case(rng, style)
    pieces = compose(case, rng)
    text, gold, negatives = _finish(pieces)
    known = case.record()
    return Example(f"blind3-{number:06d}", text, known, gold, style.name), negatives


def example(rng: random.Random, number: int) -> Example:
    """One example, drawn from ``rng``; ``number`` gives its id."""
    return _example(rng, number)[0]


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    """``count`` examples; the same seed always gives the same ones."""
    for pair in generate_with_negatives(count, seed):
        yield pair[0]


def generate_with_negatives(
    count: int, seed: int = 1
) -> Iterator[tuple[Example, tuple[tuple[int, int], ...]]]:
    """The examples of ``generate``, each with the (start, end) of the look-alikes written in."""
    rng = random.Random(seed)
    for number in range(1, count + 1):
        yield _example(rng, number)
