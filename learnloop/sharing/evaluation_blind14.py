"""A fourteenth blind de-identification pack: 25 NHS document types not used before, with gold.

Written without reading the engine (see evaluation_blind14.md). Only the shared infrastructure of
``learnloop.sharing.evaluation`` is imported; names, places, dates, ages, phones, hospital
numbers and references are written here in this pack's own ways. All data are synthetic.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from learnloop.sharing.evaluation import (
    DIRECT_IDENTIFIERS,
    LABELS,
    Example,
    GoldSpan,
    _new_person,
    listed_names,
    nhs_number,
    ordinal,
    postcode,
)

__all__ = [
    "DIRECT_IDENTIFIERS", "LABELS", "STYLES", "LOOKALIKES", "NATIONAL", "generate",
    "generate_with_negatives", "example", "alternatives",
]  # fmt: skip

PREFIX = "blind14"
LOW_WORDS = 200
HIGH_WORDS = 420
NO_RECORD = 0.12

# ---------------------------------------------------------------------------------------------
# Places: real towns with their postcode area and dialling code; invented streets and services
# ---------------------------------------------------------------------------------------------

TOWNS = (
    ("Sheffield", "S", "0114"), ("Leeds", "LS", "0113"), ("Bradford", "BD", "01274"),
    ("Hull", "HU", "01482"), ("York", "YO", "01904"), ("Lincoln", "LN", "01522"),
    ("Norwich", "NR", "01603"), ("Cambridge", "CB", "01223"), ("Oxford", "OX", "01865"),
    ("Reading", "RG", "0118"), ("Bristol", "BS", "0117"), ("Exeter", "EX", "01392"),
    ("Plymouth", "PL", "01752"), ("Cardiff", "CF", "029"), ("Newport", "NP", "01633"),
    ("Bangor", "LL", "01248"), ("Glasgow", "G", "0141"), ("Edinburgh", "EH", "0131"),
    ("Inverness", "IV", "01463"), ("Belfast", "BT", "028"), ("Newcastle", "NE", "0191"),
    ("Carlisle", "CA", "01228"), ("Kendal", "LA", "01539"), ("Preston", "PR", "01772"),
    ("Blackpool", "FY", "01253"), ("Stockport", "SK", "0161"), ("Wolverhampton", "WV", "01902"),
    ("Coventry", "CV", "024"), ("Leicester", "LE", "0116"), ("Northampton", "NN", "01604"),
    ("Southend-on-Sea", "SS", "01702"), ("Brighton", "BN", "01273"), ("Southampton", "SO", "023"),
    ("Swindon", "SN", "01793"), ("Hereford", "HR", "01432"), ("Telford", "TF", "01952"),
    ("Harrogate", "HG", "01423"), ("Scarborough", "YO", "01723"), ("Barnsley", "S", "01226"),
)  # fmt: skip
LOCALITIES = (
    "Low Moor", "Netherthorpe", "Brackenfield", "Kirkhaven", "Oldcotes", "Thornbury Vale",
    "Ravensmoor", "Hollins Cross", "Wickersley Park", "Marsden Heights", "Fellgate",
    "Priory Meadows", "Sandhill", "Ashby Fold", "Greystones", "Crookesmoor", "Whinmoor",
    "Linthorpe Green", "Bramleigh", "Southcoates", "Tollbar", "Stonebridge Moor",
)  # fmt: skip
STREETS = (
    "Larkspur", "Quarry", "Tanner's", "Wellgate", "Chantry", "Foxglove", "Heathcote", "Ropery",
    "Cobden", "Sandringham", "Gorse", "Kilnhurst", "Peel", "Beacon", "Malthouse", "Sorrel",
    "Deepdale", "Lowther", "Pinfold", "Ridgeway", "Saltmarsh", "Tithe Barn", "Coppice",
    "Ferncliffe", "Hazelmere", "Burnside", "Marlowe", "Thistle", "Mulberry", "Cranbrook",
)  # fmt: skip
STREET_KINDS = (
    "Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Way", "Terrace", "Grove",
    "Court", "Mews", "Rise", "Walk", "Gardens", "Croft", "Fold", "Bank",
)  # fmt: skip
WARDS = (
    "Curlew", "Lapwing", "Kittiwake", "Avocet", "Dunlin", "Plover", "Bittern", "Merlin",
    "Brontë", "Gaskell", "Hepworth", "Lowry", "Turing", "Rosalind", "Fairweather", "Saltaire",
    "Harebell", "Yarrow", "Speedwell", "Campion", "Teasel", "Cowslip",
)  # fmt: skip
WARD_KINDS = ("Ward", "Ward", "Ward", "Unit", "Suite", "Bay Unit", "Wing")
HOMES = (
    "Heatherlea", "Moorcroft", "Eastleigh House", "Rydal Mount", "Wheatlands", "Kirkstall Lodge",
    "The Hollies", "Fairmount", "Sunnybank", "Oakhurst", "Dalewood", "Mayfield Grange",
    "Cherry Tree Lodge", "St Aidan's", "Ivy Bank", "Westholme",
)  # fmt: skip
HOME_KINDS = ("Care Home", "Nursing Home", "Residential Home", "Care Centre", "Lodge")
SAINTS = ("Cuthbert's", "Aidan's", "Hilda's", "Oswald's", "Wilfrid's", "Chad's", "Bede's")
HOSPITAL_FORMS = (
    "{town} Royal Infirmary", "{town} General Hospital", "Royal {town} Hospital",
    "{town} Community Hospital", "St {saint} Hospital", "{town} Women's Hospital",
    "{town} University Hospital", "{town} Infirmary",
)  # fmt: skip
TRUST_FORMS = (
    "{town} Teaching Hospitals NHS Foundation Trust", "{town} and District NHS Trust",
    "North {town} Healthcare NHS Trust", "{town} Community Health NHS Trust",
    "{town} Mental Health Partnership NHS Trust", "University Hospitals of {town} NHS Trust",
)  # fmt: skip
GP_FORMS = (
    "{street} Surgery", "{locality} Medical Practice", "{street} Lane Health Centre",
    "{locality} Family Doctors", "{street} Group Practice",
)  # fmt: skip
COUNCIL_FORMS = ("{town} City Council", "{town} Council", "{town} Borough Council")
TEAMS = ("patientsafety", "pals", "governance", "safeguarding", "medsafety", "ldliaison")
MAIL_HOSTS = ("gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "btinternet.com",
              "icloud.com", "sky.com", "live.co.uk")  # fmt: skip

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Hospital number formats, one per case (A a capital, 9 a digit).
HOSP_FORMS = ("A9999999", "AA 999999", "AAA-999999", "A-999-999")
_HOSP_LETTERS = "BCDFGHJKMPRTWXZ"

# ---------------------------------------------------------------------------------------------
# Look-alikes: never gold
# ---------------------------------------------------------------------------------------------

NATIONAL = (
    "the CQC", "NHS England", "the MHRA", "UKHSA", "NICE", "HSSIB", "NHS Resolution", "the ICB",
    "the NMC", "the GMC", "the Prison and Probation Ombudsman", "the Home Office",
    "the Royal College of Radiologists", "the Resuscitation Council UK", "the UK Sepsis Trust",
    "MBRRACE-UK", "the coroner", "SSNAP", "NHS Supply Chain", "the Medical Examiner",
    "the Health and Safety Executive", "the fire service", "NHS Digital", "the LeDeR programme",
    "the Local Authority Designated Officer", "Sands",
)  # fmt: skip
LOOKALIKES = {
    "eponym": (
        "Foley catheter", "Guedel airway", "Allen's test", "Bakri balloon", "Rusch catheter",
        "B-Lynch suture", "Cushing's reflex", "Kussmaul breathing", "Cheyne-Stokes breathing",
        "Down's syndrome", "Hartmann's solution", "Trendelenburg position", "Fowler's position",
        "Parkinson's disease", "Addison's disease", "Korsakoff's syndrome", "Todd's paresis",
        "Mongolian blue spots", "Bell's palsy", "Hickman line", "Yankauer sucker",
        "Glasgow Coma Scale", "Waterlow", "Braden scale", "Bristol stool chart",
    ),
    "score": (
        "NEWS2 of 7", "NEWS2 of 5", "NIHSS of 14", "NIHSS of 6", "GCS 13/15", "qSOFA of 2",
        "PEWS of 4", "MEOWS of 3", "Waterlow of 21", "Clinical Frailty Scale of 7", "mRS of 4",
        "Rockall of 5", "a 4AT of 6", "CURB-65 of 3", "HbA1c of 74", "Abbey score of 9",
        "Category 3", "Category 4", "ABCD2 of 5", "EWS of 6",
    ),
    "drug": (
        "alteplase", "tenecteplase", "oxycodone", "Oramorph", "morphine sulfate 10mg/5ml",
        "midazolam", "diamorphine", "buprenorphine", "methadone", "pregabalin", "tranexamic acid",
        "carboprost", "misoprostol", "Syntometrine", "ergometrine", "co-amoxiclav",
        "piperacillin-tazobactam", "gentamicin", "insulin aspart", "Lantus", "levothyroxine",
        "sodium valproate", "Epilim", "Buccolam", "clozapine", "olanzapine", "naloxone",
        "Entonox", "glucose 40% gel", "GlucoGel", "Hypostop",
    ),
    "law": (
        "the Mental Health Act", "Section 136", "section 2", "the Mental Capacity Act",
        "a DoLS", "the Children Act 1989", "Section 47", "Working Together to Safeguard Children",
        "the Misuse of Drugs Regulations 2001", "Schedule 2", "Duty of Candour",
        "the Accessible Information Standard", "RIDDOR", "a DNACPR", "a ReSPECT form",
        "the Human Tissue Act", "Caldicott principles", "Prison Rule 20", "Martha's Rule",
        "the Equality Act 2010",
    ),
    "number": (
        "bay 3", "bed 14", "side room 6", "cubicle 2", "theatre 4", "resus bay 1", "CD cupboard 2",
        "meter 7", "cylinder 3", "pump 12", "cell 14", "wing B", "landing 3", "room 9",
        "Band 6", "Band 7", "tag 11", "cot 5", "pod 2", "lot 48213",
    ),
    "duration": (
        "3/7", "5/7", "2/52", "6/52", "4/12", "24 hours", "48 hours", "45 minutes",
        "20 minutes", "6 weeks", "3 months", "two days", "90 minutes", "12 hours",
    ),
    "national": NATIONAL,
}

# ---------------------------------------------------------------------------------------------
# People: this pack's own pools beside Faker's
# ---------------------------------------------------------------------------------------------

OWN_FIRST = {
    "F": (
        "Siobhán", "Gráinne", "Orla", "Eilidh", "Morag", "Seren", "Ffion", "Nia", "Bethan",
        "Jaspreet", "Gurpreet", "Nasreen", "Farhana", "Tahmina", "Adaeze", "Nneka", "Efua",
        "Abena", "Hodan", "Faduma", "Agnieszka", "Malgorzata", "Oana", "Mihaela", "Mei Ling",
        "Thu Trang", "Ayşe", "Zeynep", "Lacey-Jo", "Kayleigh-Ann", "Anne-Marie",
    ),
    "M": (
        "Padraig", "Cormac", "Tadhg", "Hamish", "Lachlan", "Iwan", "Dafydd", "Emyr", "Kuldip",
        "Jaswinder", "Arshad", "Shahid", "Rubel", "Obinna", "Emeka", "Kofi", "Kwame", "Abdirahman",
        "Liban", "Krzysztof", "Grzegorz", "Florin", "Costel", "Jian", "Minh Tuan", "Hakan",
        "Emre", "Jean-Luc", "Tyler-James", "Abdul-Karim",
    ),
}  # fmt: skip
WORD_NAMES = (
    "Hope", "Joy", "Faith", "Holly", "Ivy", "Daisy", "Hazel", "Iris", "Jasmine", "Blossom",
    "Precious", "Mercy", "Sunday", "Rowan", "Forest", "Ash", "Reed", "River", "Angel", "Royal",
)  # fmt: skip
WORD_NAME_SEX = {"Rowan": "M", "Forest": "M", "Ash": "M", "Reed": "M", "River": "M", "Royal": "M"}
NICKNAMES = {
    "Margaret": ("Peggy", "Maggie"), "Elizabeth": ("Betty", "Lizzie"), "Patricia": ("Trish",),
    "Christine": ("Chrissie",), "Josephine": ("Josie",), "Theresa": ("Tess",),
    "Gwendoline": ("Gwen",), "Florence": ("Flo",), "Susannah": ("Sukie",), "Jacqueline": ("Jackie",),
    "William": ("Billy", "Bill"), "Richard": ("Dickie",), "Anthony": ("Tony",),
    "Terence": ("Terry",), "Douglas": ("Dougie",), "Kenneth": ("Kenny",), "Stanley": ("Stan",),
    "Bartholomew": ("Barty",), "Cornelius": ("Neil",), "Leonard": ("Len",),
}  # fmt: skip
_NICK_SEX = {
    "Margaret": "F", "Elizabeth": "F", "Patricia": "F", "Christine": "F", "Josephine": "F",
    "Theresa": "F", "Gwendoline": "F", "Florence": "F", "Susannah": "F", "Jacqueline": "F",
}  # fmt: skip
OWN_SURNAMES = (
    "Ní Bhriain", "Mac an tSaoir", "O'Driscoll", "McCafferty", "MacLeod", "ap Rhys",
    "van der Merwe", "de Jesus", "da Silva", "Di Marco", "le Roux", "al-Zahrani", "ibn Saud",
    "Fairclough-Hughes", "Begum-Rahman", "Adeyemi-Cole", "Kaur-Sandhu", "Pryce-Jenkins",
    "Nwachukwu", "Asante", "Boateng", "Warsame", "Osman", "Chaudhry", "Sandhu", "Miah",
    "Nguyen Van", "Tran", "Zhao", "Kowalczyk", "Wiśniewski", "Popescu", "Yılmaz", "Demir",
    "Shepherd", "Baker", "Fowler", "Bishop", "Sexton", "Goodman", "Stone", "Frost", "Brook",
    "Allen", "Todd", "Hartmann", "Kussmaul", "Braden", "Fotheringham", "Auchinleck", "Menzies",
)  # fmt: skip
HONORIFICS = ("mr", "mrs", "ms", "miss", "dr", "master", "mx")


def _fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value.replace("ı", "i").casefold())
    return plain.encode("ascii", "ignore").decode()


def _parts(name: str) -> list[str]:
    return [_fold(p) for p in re.split(r"[\s-]+", name) if p]


@dataclass
class P:
    first: str
    last: str
    sex: str
    names: str
    nick: str = ""
    hon: str = ""
    in_record: bool = False
    role: str = ""


def _own_person(rng: random.Random, sex: str) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.15:
        first = rng.choice([w for w in WORD_NAMES if WORD_NAME_SEX.get(w, "F") == sex])
    elif roll < 0.35:
        first = rng.choice([n for n in NICKNAMES if _NICK_SEX.get(n, "M") == sex])
    else:
        first = rng.choice(OWN_FIRST[sex])
    return first, rng.choice(OWN_SURNAMES)


def _draw_person(rng: random.Random, used: set[str], *, sex: str | None = None) -> P:
    listed = listed_names()
    sex = sex or rng.choice("FM")
    while True:
        if rng.random() < 0.55:
            base = _new_person(rng, sex=sex)
            first, last, names = base.first, base.last, base.names
        else:
            first, last = _own_person(rng, sex)
            every = _parts(first) + _parts(last)
            names = "listed" if all(p in listed for p in every) else "unlisted"
        nick = rng.choice(NICKNAMES[first]) if first in NICKNAMES else ""
        parts = _parts(first) + _parts(last) + _parts(nick)
        if any(len(p) < 2 or p.rstrip(".") in HONORIFICS or p in used for p in parts):
            continue
        if not re.fullmatch(r"[^\W\d_][\w' -]*", first + " " + last):
            continue
        used.update(parts)
        return P(first=first, last=last, sex=sex, names=names, nick=nick)


# ---------------------------------------------------------------------------------------------
# Values: dates, ages, phones, numbers, as this pack writes them
# ---------------------------------------------------------------------------------------------

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_UNITS = (
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def words_for(n: int) -> str:
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {words_for(rest)}" if rest else "")
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    return _TENS[tens] + (f"-{_UNITS[unit]}" if unit else "")


def date_forms(day: date, *, year: bool) -> list[tuple[str, int]]:
    month, wd = MONTHS[day.month - 1], WEEKDAYS[day.weekday()]
    forms = [
        (f"{day:%d/%m/%Y}", 12), (f"{day.day}/{day.month}/{day:%y}", 6),
        (f"{ordinal(day.day)} {month} {day.year}", 8), (f"{day.day} {month} {day.year}", 8),
        (f"{day.day:02d}{month[:3].upper()}{day.year}", 3), (f"{day.day} {month[:3].upper()} {day.year}", 3),
        (f"{day.day}.{day.month}.{day:%y}", 3), (f"{day:%d-%m-%Y}", 3),
        (f"{day.day}-{month[:3]}-{day.year}", 3), (f"{month} {day.day}, {day.year}", 2),
        (f"{wd[:3]} {day:%d/%m/%Y}", 3), (day.isoformat(), 3), (f"{day:%d.%m.%Y}", 3),
        (f"{day:%Y%m%d}", 2), (f"{ordinal(day.day)} of {month} {day.year}", 3),
        (f"{wd[:3]} {day.day} {month[:3]} {day:%y}", 2), (f"{day.day} {month[:3].lower()} {day:%y}", 2),
        (f"{day.day}/{_ROMAN[day.month - 1]}/{day:%y}", 1), (f"{day.day} {month[:3]} {day.year}", 3),
    ]  # fmt: skip
    if not year:
        forms += [
            (f"{wd[:3]} {ordinal(day.day)} {month[:3]}", 3), (f"{wd} the {ordinal(day.day)}", 3),
            (f"{wd[:3]} {day.day}/{day.month}", 3), (f"the {ordinal(day.day)} of {month}", 3),
            (f"{ordinal(day.day)} {month}", 8), (f"{day.day} {month}", 5), (f"{day:%d/%m}", 4),
            (f"{day.day} {month[:3]}", 3), (f"{month[:3]} {ordinal(day.day)}", 2),
            (f"{wd[:4] if wd[:4] in ('Tues', 'Thur') else wd[:3]} {ordinal(day.day)}", 2),
        ]  # fmt: skip
    return forms


def date_text(rng: random.Random, day: date, *, year: bool = False) -> str:
    forms = date_forms(day, year=year)
    return rng.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def landline(rng: random.Random, code: str) -> str:
    local = f"{rng.randint(2, 9)}{_digits(rng, 10 - len(code))}"
    split = {3: (4, 4), 4: (3, 4), 5: (6, 0)}[len(code)]
    spaced = local if not split[1] else f"{local[: split[0]]} {local[split[0] :]}"
    number = rng.choice(
        [
            f"{code} {spaced}", f"{code} {spaced}", f"({code}) {spaced}", f"{code}{local}",
            f"{code}-{local}", f"+44 {code[1:]} {spaced}", f"+44 (0){code[1:]} {spaced}",
        ]
    )  # fmt: skip
    roll = rng.random()
    if roll < 0.15:
        number += f" ext {_digits(rng, 4)}"
    elif roll < 0.25:
        number += f" x{_digits(rng, 4)}"
    return number


def mobile(rng: random.Random) -> str:
    body = f"7{rng.randint(3, 9)}{_digits(rng, 8)}"
    return rng.choice(
        [
            f"0{body[:4]} {body[4:]}", f"0{body[:4]} {body[4:]}", f"0{body}",
            f"0{body[:4]}-{body[4:7]}-{body[7:]}", f"0{body[:3]} {body[3:6]} {body[6:]}",
            f"(0{body[:4]}) {body[4:]}", f"+44 {body[:4]} {body[4:]}", f"+44{body}",
        ]
    )  # fmt: skip


def hospital_number(rng: random.Random, form: str) -> str:
    return "".join(
        str(rng.randint(0, 9)) if ch == "9" else rng.choice(_HOSP_LETTERS) if ch == "A" else ch
        for ch in form
    )


def nhs_layout(rng: random.Random, plain: str) -> str:
    return rng.choice(
        [plain, f"{plain[:3]} {plain[3:6]} {plain[6:]}", f"{plain[:3]}-{plain[3:6]}-{plain[6:]}"]
    )


def reference(rng: random.Random, shape: str) -> str:
    return "".join(
        str(rng.randint(0, 9)) if ch == "#" else rng.choice("ABCDEFGHJKLMNPRSTUVWXY") if ch == "@" else ch
        for ch in shape
    )


def _slug(value: str) -> str:
    return re.sub(r"[^a-z]", "", _fold(value))


# ---------------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    name: str
    register: str  # prose / lines / letter
    what: str
    headers: tuple[str, ...]
    core: tuple[str, ...]
    extras: tuple[str, ...]
    endings: tuple[str, ...]
    refs: tuple[str, str]
    old: bool = False
    child: bool = False
    provider: tuple[str, ...] = ()
    sex: str = ""


def _style(name, register, what, text, refs, **options) -> Style:
    """Sentences are written one a line, each opened by H (header), C (core, in order),
    X (extra) or E (ending); a line opened by '+' continues the one before it."""
    groups: dict[str, list[str]] = {"H": [], "C": [], "X": [], "E": []}
    last = None
    for line in text.strip("\n").split("\n"):
        line = line.strip()
        if line.startswith("+"):
            groups[last][-1] += "\n" + line[1:].strip()
            continue
        last, sentence = line[0], line[2:].strip()
        groups[last].append(sentence.replace("\\n", "\n"))
    return Style(
        name, register, what, tuple(groups["H"]), tuple(groups["C"]), tuple(groups["X"]),
        tuple(groups["E"]), refs, **options,
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------
# One case: the people and values a text is written from
# ---------------------------------------------------------------------------------------------

_TIME_MARK = "\x00time"
Seg = tuple[str, str | None, dict | None, bool]  # text, gold label, PERSON meta, look-alike
_SLOT = re.compile(r"\{(\w+)\.(\w+)\}|\{(\w+)\}|<<(.+?)>>")
_LOOKALIKE_TERMS = frozenset(t for terms in LOOKALIKES.values() for t in terms)


@dataclass
class Case:
    rng: random.Random
    style: Style
    event: date = field(init=False)
    people: dict[str, P] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        rng, style = self.rng, self.style
        self.event = date(2023, 1, 1) + timedelta(days=rng.randint(0, 1000))
        self.town, self.area, self.code = rng.choice(TOWNS)
        self.dot = rng.random() < 0.2
        self.record = rng.random() >= NO_RECORD
        if style.child:
            self.age = rng.randint(1, 15)
        elif rng.random() < (0.7 if style.old else 0.25):
            self.age = rng.randint(90, 104)
        else:
            self.age = rng.randint(19, 89)
        self.dob = self.event - timedelta(days=self.age * 365 + rng.randint(10, 350))
        self.nhs = nhs_number(rng)
        self.hosp = hospital_number(rng, rng.choice(HOSP_FORMS))
        self.flat = f"Flat {rng.randint(1, 24)}, " if rng.random() < 0.2 else ""
        self.house = f"{rng.randint(1, 240)}{rng.choice('ab') if rng.random() < 0.08 else ''}"
        self.street_name = f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
        self.locality = rng.choice(LOCALITIES)
        self.postcode = postcode(rng, self.area)
        self.clock = rng.randint(6 * 60, 13 * 60)
        self.clock_form = rng.randrange(4)
        self.hospital = self._hospital()
        self.ref_values: dict[str, str] = {}
        self.fixed: dict[str, str] = {}
        patient_sex = style.sex or rng.choice("FM")
        self.people["p"] = self._person("patient", sex=patient_sex)
        self.people["r"] = self._person("relative")
        for key in ("s1", "s2", "o1", "o2", "o3"):
            self.people[key] = self._person("staff" if key[0] == "s" else "other")
        self.people["d"] = self._person("doctor")
        for key in _DOCTORS.get(style.name, ()):  # anyone written as "Dr" is a doctor throughout
            self.people[key].hon = "Dr"
        self.known: dict = {}
        if self.record:
            names = [self._known_name(self.people["p"], titled=rng.random() < 0.4)]
            self.people["p"].in_record = True
            for key, chance in (("r", 0.7), ("s1", 0.3), ("s2", 0.3), ("d", 0.3)):
                if rng.random() < chance:
                    self.people[key].in_record = True
                    names.append(self._known_name(self.people[key], titled=rng.random() < 0.3))
            self.known = {
                "names": names,
                "nhs_number": self.nhs,
                "date_of_birth": self.dob.isoformat(),
                "hospital_number": self.hosp,
                "address": f"{self.flat}{self.house} {self.street_name}, {self.locality}, "
                f"{self.town}, {self.postcode}",
            }

    def _known_name(self, person: P, *, titled: bool) -> str:
        return f"{person.hon} {person.first} {person.last}" if titled else f"{person.first} {person.last}"

    def _person(self, kind: str, *, sex: str | None = None) -> P:
        rng = self.rng
        person = _draw_person(rng, self.used, sex=sex)
        if kind == "doctor":
            person.hon = "Dr"
        elif kind == "patient" and self.style.child:
            person.hon = "Master" if person.sex == "M" else "Miss"
        elif person.sex == "M":
            person.hon = "Mr"
        else:
            person.hon = rng.choice(("Mrs", "Mrs", "Ms", "Miss"))
        if kind == "relative":
            if self.style.child:
                person.role = "mother" if person.sex == "F" else "father"
            else:
                person.role = rng.choice(
                    ("daughter", "niece", "sister", "wife", "granddaughter")
                    if person.sex == "F"
                    else ("son", "nephew", "brother", "husband", "grandson")
                )
        return person

    def _hospital(self) -> str:
        form = self.rng.choice(HOSPITAL_FORMS)
        return form.format(town=self.town, saint=self.rng.choice(SAINTS))

    # -- names ----------------------------------------------------------------------------------

    def hon(self, person: P) -> str:
        return person.hon + ("." if self.dot else "")

    def initials(self, person: P, dotted: bool) -> str | None:
        words = person.first.split()[:1] + person.last.split()
        letters = [_fold(w)[:1].upper() for w in words][:4]
        if not all(re.fullmatch(r"[A-Z]", x) for x in letters):
            return None
        return ".".join(letters) + "." if dotted else "".join(letters)

    def name(self, key: str, form: str) -> list[Seg]:
        rng = self.rng
        if key in ("o4", "o5"):  # a fresh outsider at each mention
            person = self._person("other")
        else:
            person = self.people[key]
        meta = {"names": person.names, "in_record": person.in_record}
        first, last = person.first, person.last
        if form == "email":
            local = rng.choice(
                [f"{_slug(first)}.{_slug(last)}", f"{_slug(first)}.{_slug(last)}{rng.randint(1, 9)}"]
            )
            return [(f"{local}@nhs.net", "EMAIL", None, False)]
        if form == "full":
            roll = rng.random()
            if roll < 0.08:
                form = "upper"
            elif roll < 0.13:
                form = "lower"
            elif roll < 0.2:
                form = "caps"
            elif roll < 0.27:
                form = "jh"
        if form == "first" and person.nick and rng.random() < 0.5:
            form = "nick"
        if form in ("init", "initd"):
            value = self.initials(person, dotted=form == "initd" or rng.random() < 0.4)
            if value is None:
                value = f"{first} {last}"
        else:
            value = {
                "full": f"{first} {last}",
                "first": first,
                "last": last,
                "title": f"{self.hon(person)} {last}",
                "tfull": f"{self.hon(person)} {first} {last}",
                "dr": f"{self.hon(person)} {last}",
                "tdr": f"{self.hon(person)} {first} {last}",
                "upper": f"{first} {last}".upper(),
                "lower": f"{first} {last}".lower(),
                "caps": f"{last.upper()}, {first}",
                "jh": f"{_fold(first)[:1].upper()}{rng.choice(('.', ''))} {last}",
                "nick": person.nick or first,
            }[form]
        return [(value, "PERSON", meta, False)]

    # -- values ---------------------------------------------------------------------------------

    def age_segs(self, *, fresh: bool = False) -> list[Seg]:
        rng = self.rng
        if self.style.child:
            age = rng.randint(1, 15) if fresh else self.age
        else:
            age = rng.randint(19, 89) if fresh else self.age
        gold = "AGE" if age > 89 else None
        if not self.style.child and rng.random() < 0.15:
            number = words_for(age)
            before, after = rng.choice([("aged ", ""), ("", " years old"), ("", " years of age")])
        else:
            number = str(age)
            before, after = rng.choice(
                [("aged ", ""), ("", "yo"), ("", " y/o"), ("", " years old"), ("age ", ""),
                 ("", "y"), ("", " yrs"), ("aged ", "")]
            )  # fmt: skip
        segs: list[Seg] = []
        if before:
            segs.append((before, None, None, False))
        segs.append((number, gold, None, gold is None))
        if after:
            segs.append((after, None, None, False))
        return segs

    def address(self, kind: str) -> list[Seg]:
        rng = self.rng
        if kind == "addr2":  # a wrong address in the same town, never with a postcode
            street = f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
            while street == self.street_name:
                street = f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
            parts = [f"{rng.randint(1, 240)} {street}", rng.choice(LOCALITIES), self.town]
            return [(", ".join(parts), "ADDRESS", None, False)]
        parts = [f"{self.flat}{self.house} {self.street_name}", self.locality, self.town]
        code = self.postcode
        roll = rng.random()
        code = code.replace(" ", "") if roll < 0.1 else code.replace(" ", "  ") if roll < 0.15 else code
        if rng.random() < 0.08:
            code = code.lower()
        if kind == "addrb":
            return [("\n".join(parts), "ADDRESS", None, False), ("\n", None, None, False),
                    (code, "POSTCODE", None, False)]  # fmt: skip
        shape = rng.random()
        if shape < 0.55:
            text, sep = ", ".join(parts), ", "
        elif shape < 0.75:
            text, sep = " ".join(parts).replace(",", "").upper(), " "
            code = code.upper()
        else:
            text, sep = " ".join(parts).replace(",", ""), rng.choice((" ", ", "))
        return [(text, "ADDRESS", None, False), (sep, None, None, False),
                (code, "POSTCODE", None, False)]  # fmt: skip

    def time(self) -> str:
        self.clock = min(self.clock + self.rng.randint(3, 30), 23 * 60 + 55)
        hour, minute = divmod(self.clock, 60)
        return (f"{hour:02d}:{minute:02d}", f"{hour:02d}{minute:02d}hrs", f"{hour:02d}.{minute:02d}",
                f"{hour:02d}{minute:02d}")[self.clock_form]  # fmt: skip

    def value(self, slot: str) -> list[Seg]:
        rng = self.rng
        if slot == "age":
            return self.age_segs(fresh=rng.random() < 0.2)
        if slot in ("addr", "addrb", "addr2"):
            return self.address(slot)
        if slot == "time":  # filled in text order when the text is put together
            return [(_TIME_MARK, None, None, False)]
        if slot == "rel":
            return [(self.people["r"].role, None, None, False)]
        if slot == "date":
            day = self.event + timedelta(days=rng.randint(-12, 12))
            return [(date_text(rng, day), "DATE", None, False)]
        if slot == "dob":
            return [(date_text(rng, self.dob, year=True), "DATE", None, False)]
        if slot == "nhs":
            return [(nhs_layout(rng, self.nhs), "NHS_NUMBER", None, False)]
        if slot == "hosp":
            return [(self.hosp, "HOSPITAL_NUMBER", None, False)]
        if slot in ("ref", "ref2"):
            if slot not in self.ref_values:
                shape = self.style.refs[0 if slot == "ref" else 1]
                self.ref_values[slot] = reference(rng, shape)
            return [(self.ref_values[slot], "ID", None, False)]
        if slot == "phone":
            return [(landline(rng, self.code), "PHONE", None, False)]
        if slot == "mob":
            return [(mobile(rng), "PHONE", None, False)]
        if slot == "email":
            r = self.people["r"]
            local = rng.choice(
                [f"{_slug(r.first)}{_slug(r.last)}{rng.randint(50, 99)}",
                 f"{_slug(r.first)[:1]}.{_slug(r.last)}", f"{_slug(r.last)}.family",
                 f"{_slug(r.first)}_{rng.randint(1, 999)}"]
            )  # fmt: skip
            return [(f"{local}@{rng.choice(MAIL_HOSTS)}", "EMAIL", None, False)]
        if slot == "email2":
            return [(f"{_slug(self.town)}.{rng.choice(TEAMS)}@nhs.net", "EMAIL", None, False)]
        if slot == "url":
            return [(self.url(), "URL", None, False)]
        label, text = self.place(slot)
        return [(text, label, None, False)]

    def url(self) -> str:
        rng = self.rng
        town = _slug(self.town)
        first = _slug(self.people["p"].first)
        return rng.choice(
            [
                f"https://www.{town}hospitals.nhs.uk/feedback",
                f"www.{town}-health.nhs.uk/patient-safety/learning",
                f"https://portal.{town}nhs.uk/login?user={first}{rng.randint(10, 99)}",
                f"https://forms.office.com/r/{reference(rng, '@@#@#@@#')}",
                f"https://{town}.myrecords.nhs.uk/p/{first}-{rng.randint(1000, 9999)}",
                f"www.{town}council.gov.uk/adult-social-care",
            ]
        )

    def place(self, slot: str) -> tuple[str, str]:
        rng = self.rng
        if slot in self.fixed:
            return self.fixed[slot]
        if slot == "ward":
            kind = rng.choice(WARD_KINDS)
            name = rng.choice(WARDS)
            value = ("LOCATION", f"Ward {name}" if kind == "Ward" and rng.random() < 0.2 else f"{name} {kind}")
        elif slot == "home":
            value = ("LOCATION", f"{rng.choice(HOMES)} {rng.choice(HOME_KINDS)}")
        elif slot == "street":
            value = ("LOCATION", f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}")
        elif slot == "hospital":
            value = ("ORGANISATION", self.hospital)
        elif slot == "hospital2":
            other = self._hospital()
            while other == self.hospital:
                other = self._hospital()
            value = ("ORGANISATION", other)
        elif slot == "trust":
            value = ("ORGANISATION", rng.choice(TRUST_FORMS).format(town=self.town))
        elif slot == "gp":
            value = ("ORGANISATION", rng.choice(GP_FORMS).format(
                street=rng.choice(STREETS), locality=rng.choice(LOCALITIES)))  # fmt: skip
        elif slot == "council":
            value = ("ORGANISATION", rng.choice(COUNCIL_FORMS).format(town=self.town))
        elif slot == "prov":
            value = ("ORGANISATION", rng.choice(self.style.provider))
        else:  # pragma: no cover - a template with an unknown slot
            raise KeyError(slot)
        self.fixed[slot] = value
        return value

    # -- a sentence -------------------------------------------------------------------------------

    def render(self, template: str) -> list[Seg]:
        segs: list[Seg] = []
        at = 0
        for match in _SLOT.finditer(template):
            if match.start() > at:
                segs.append((template[at : match.start()], None, None, False))
            who, form, slot, term = match.groups()
            if who:
                segs.extend(self.name(who, form))
            elif slot:
                segs.extend(self.value(slot))
            else:
                assert term in _LOOKALIKE_TERMS, term
                segs.append((term, None, None, True))
            at = match.end()
        if at < len(template):
            segs.append((template[at:], None, None, False))
        # Dotted initials at the end of a sentence: the full stop is not doubled.
        for index in range(len(segs) - 1):
            text, label = segs[index][:2]
            following = segs[index + 1]
            if label == "PERSON" and text.endswith(".") and following[0].startswith("."):
                segs[index + 1] = (following[0][1:], *following[1:])
        return segs


# ---------------------------------------------------------------------------------------------
# Building a text
# ---------------------------------------------------------------------------------------------


def _words(segs: list[Seg]) -> int:
    return len("".join(s[0] for s in segs).split())


def _shared(style: Style) -> tuple[str, ...]:
    return SHARED_LINES if style.register == "lines" else SHARED


def _build(rng: random.Random, number: int, style: Style) -> tuple[Example, list[tuple[int, int]]]:
    case = Case(rng, style)
    header = case.render(rng.choice(style.headers))
    body = [case.render(sentence) for sentence in style.core]
    ending = case.render(rng.choice(style.endings))
    target = max(230, min(380, round(rng.gauss(300, 40))))

    def total() -> int:
        return _words(header) + sum(_words(b) for b in body) + _words(ending)

    extras = list(style.extras)
    rng.shuffle(extras)
    for sentence in extras:
        if total() >= target:
            break
        body.insert(rng.randint(2, len(body)), case.render(sentence))
    topups = list(_shared(style))
    rng.shuffle(topups)
    for sentence in topups:
        if total() >= target:
            break
        body.append(case.render(sentence))

    joiner = "\n" if style.register == "lines" else " "
    pieces: list[Seg] = [*header, ("\n\n", None, None, False)]
    for index, sentence in enumerate(body):
        if index:
            gap = joiner
            if style.register == "letter" and index % 3 == 0:
                gap = "\n\n"
            pieces.append((gap, None, None, False))
        pieces.extend(sentence)
    pieces += [("\n\n", None, None, False), *ending]

    text_parts: list[str] = []
    gold: list[GoldSpan] = []
    negatives: list[tuple[int, int]] = []
    at = 0
    for text, label, meta, look_alike in pieces:
        if text == _TIME_MARK:
            text = case.time()
        if label is not None:
            gold.append(GoldSpan(at, at + len(text), label, **(meta or {})))
        elif look_alike:
            negatives.append((at, at + len(text)))
        text_parts.append(text)
        at += len(text)
    example = Example(
        id=f"{PREFIX}-{number:06d}",
        text="".join(text_parts),
        known=case.known,
        gold=tuple(gold),
        kind=style.name,
    )
    return example, negatives


def example(rng: random.Random, number: int) -> Example:
    return _build(rng, number, rng.choice(STYLES))[0]


def _deck(count: int, seed: int) -> Iterator[tuple[Example, list[tuple[int, int]]]]:
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _build(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    """``count`` examples, the 25 styles dealt as a shuffled deck; the same seed, the same texts."""
    for built, _ in _deck(count, seed):
        yield built


def generate_with_negatives(count: int, seed: int = 1) -> Iterator[tuple[Example, list]]:
    """The same examples, each with the (start, end) of every look-alike written in."""
    yield from _deck(count, seed)


def alternatives() -> int:
    """How many template sentences the pack can write (styles and top-ups)."""
    styles = sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
    return styles + len(SHARED) + len(SHARED_LINES)


# ---------------------------------------------------------------------------------------------
# Top-up sentences: prose and letters share one set, logs another
# ---------------------------------------------------------------------------------------------

SHARED = (
    "The learning from this review will be shared at the {trust} patient safety huddle and with {o4.tfull}, who chairs the quality group.",
    "{r.tfull}, the patient's {rel}, can be reached on {mob} and asked to be kept informed in writing.",
    "{p.first}'s own GP practice, {gp}, was told on {date} and has added an alert to the record.",
    "Nothing in this account is meant to single out {s2.first}; the pressures on the shift were real and are described honestly.",
    "A copy of the timeline was sent to {email2} and to the divisional lead, {o4.full}, on {date}.",
    "We did not need to notify <<the CQC>> for this incident, but <<Duty of Candour>> was considered and applied.",
    "Staffing that day was two <<Band 6>> nurses short on a ward with <<side room 6>> and <<bay 3>> both closed, and {o5.first} from the bank covered the late shift.",
    "The family can give feedback through {url} or by ringing the governance office on {phone}.",
    "{p.title}'s background includes <<Parkinson's disease>>, <<Addison's disease>> and a previous fall, and a recent <<Clinical Frailty Scale of 7>>, none of which is thought to be relevant here.",
    "The reviewer, {o4.jh}, spoke to everyone involved before writing this, including {s1.title}.",
    "Nobody who looked after {p.first} that day was asked to write a statement before speaking to their line manager, in line with <<Caldicott principles>> and the trust's just culture guide.",
    "The record shows that {p.full} ({hosp}) had been seen in clinic at {hospital2} on {date}, started on <<pregabalin>> and <<levothyroxine>>, and reviewed after <<6 weeks>>.",
    "The electronic record was amended on {date} under reference {ref2} so that the error does not carry forward.",
    "{s1.full} has been offered support through the staff wellbeing service and has taken it up; <<the NMC>> did not need to be told.",
    "A similar event at {hospital2} was reported nationally to <<NHS England>> last year, and their learning was read for this review.",
    "In the words of {r.first}: \"we just want to know it will not happen to anyone else\", said on a call that lasted <<45 minutes>>.",
    "The investigation did not find that the outcome for {p.last} would have been different, but the delay of <<90 minutes>> was avoidable, and <<the Mental Capacity Act>> was not properly applied.",
    "For the avoidance of doubt, {p.init} and the patient named above are the same person.",
    "{o5.tfull} from the patient experience team will write to the family within <<48 hours>> of this being signed off, as <<Duty of Candour>> requires.",
    "Questions about this report should go to {s2.email} in the first instance; the <<Band 7>> on duty can also help.",
)  # fmt: skip
SHARED_LINES = (
    "{time} escalated to nurse in charge {s2.full}, who came straight away",
    "{time} {r.first} ({rel}) rang in on {mob} asking for an update; told we would call back",
    "{time} checked by {o4.init} and {s1.init}, both signed; <<Oramorph>> and <<midazolam>> in <<CD cupboard 2>> not involved",
    "{date} {time}: entry made late by {o4.full} (on <<Band 7>> cover), details above are correct",
    "Datix ref {ref2} raised by {s1.last} same shift",
    "Note: {p.last} also known as {p.first} on the old PAS record ({hosp})",
    "{time} no answer from {gp} on {phone}, message left with reception re <<co-amoxiclav>> <<5/7>>",
    "Family contact: {r.full}, {rel}, {email}",
    "{time} handed to night team ({o5.first}) with the plan written on the board, <<bed 14>> to <<side room 6>>",
    "<<Duty of Candour>> conversation started {date} by {d.dr}",
    "{time} site manager {o4.title} informed and will add to the safety huddle (hospital at <<Band 7>> cover, <<pod 2>> open)",
    "Cross-check: NHS no {nhs} confirmed against wristband",
    "{time} patient seen in <<bay 3>> by {d.first}; <<NEWS2 of 5>>, <<GCS 13/15>>, plan unchanged for <<12 hours>>",
    "Copy of this log e-mailed to {email2} {date}",
    "{time} observations repeated, <<NEWS2 of 5>>, escalated per protocol",
    "Entry amended by {s2.init}: previous line was written against the wrong patient and has been struck through",
    "{time} {o5.tfull} (matron) reviewed the log and countersigned",
    "Next of kin on file: {r.tfull}, phone {phone}; <<a DNACPR>> not in place",
    "{time} nothing further to add; {s1.first} to finish the incident form (not <<RIDDOR>>, not for <<the CQC>>)",
    "Ref also logged under {ref} for the weekly review with <<the ICB>>",
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# The 25 styles
# ---------------------------------------------------------------------------------------------

_OXYGEN = ("AirLiquide Homecare Oxygen", "Dolby Vivisol Home Oxygen Service", "Baywater Healthcare UK Ltd", "BOC Healthcare Homecare")
_PRISONS = ("HMP Ravenscar Moor", "HMP Oldbridge", "HMYOI Fenwick Hall", "HMP Whitcombe")
_AGENCIES = ("Pulse Nursing Agency", "Thornbury Nursing Services", "Medacs Healthcare", "NurseLink Direct Ltd")
_SCREENING = ("InHealth Breast Screening", "Alliance Medical Ltd", "Medica Reporting Ltd", "Everlight Radiology")
_SECURITY = ("Guardian Angel Baby Tagging Ltd", "Securitas Healthcare", "Vigil Tag Systems Ltd")
_FUNERAL = ("Co-op Funeralcare", "Hartley and Sons Funeral Directors", "A. Dunmore Funeral Services")

STYLES = (
    _style("pph_hot_debrief_note", "prose", "maternity PPH hot debrief, a blood pack checked against the wrong woman", r"""
H: PPH hot debrief, {ward}, {hospital}. Woman: {p.tfull}, NHS {nhs}, {hosp}. Debrief held {date} at {time}, led by {s1.tfull} (coordinating midwife).
H: Post-partum haemorrhage: hot debrief notes written straight after the event by {s1.full}. Mother {p.caps}, DOB {dob}, unit number {hosp}.
C: {p.first} delivered at {time} on {date} and bled heavily soon after; the estimated loss reached 2.1 litres before the <<Bakri balloon>> was placed.
C: {d.tdr} gave <<carboprost>> and <<tranexamic acid>> and asked for the major haemorrhage pack after <<Syntometrine>> and <<misoprostol>> had not worked; {s2.full} ran to the lab.
C: The first unit of blood was checked at the bedside against the wristband of the woman in <<bay 3>>, {o1.full}, and the mismatch was caught by {s2.first} before it was spiked.
C: {p.title}'s partner, {r.full}, was in the room throughout, holding the <<Entonox>> mouthpiece, and has asked for a meeting; their number is {mob}.
C: The team felt the <<MEOWS of 3>> an hour earlier should have prompted review and that {o2.jh} was left alone on the ward for too long.
X: The <<B-Lynch suture>> was not needed, and {p.first} went to theatre at {time} for examination under anaesthetic.
X: Obstetric consultant {d.dr} thanked {s2.last} for the check: "that is exactly what the two-person check is for".
X: The scribe, {o3.first}, kept the times on the whiteboard; <<ergometrine>> was avoided because of her blood pressure, and a photograph was added to the record.
X: The debrief was recorded under {ref} and will go to the <<MBRRACE-UK>> lead only if the case meets the criteria.
X: {p.first} is {age} and this was her second baby; the first was born at {hospital2}.
E: Debrief closed {time}. Follow-up with {p.first} and {r.first} booked before discharge; contact {email2}.
E: Actions: blood checking simulation for {ward} staff; {s1.first} to feed back at the Tuesday huddle. Ref {ref2}.
""", ("PPH-####-@@", "MAT/####/##"), sex="F"),
    _style("who_checklist_observational_audit", "prose", "theatre WHO checklist observation, sign-out skipped on a consented side", r"""
H: WHO Safer Surgery checklist: observational audit, {hospital}, theatre list of {date}. Observer: {s1.tfull}. Audit no. {ref}.
H: Observational audit of the five steps, {trust}. Patient observed: {p.full}, {hosp}, on the morning list at {hospital}.
C: The team brief started at {time} without the anaesthetist, {d.tdr}, who joined after the first patient had been sent for.
C: At sign-in {p.title} ({age}) was asked her name and date of birth and said "{dob}", which matched the wristband and the consent form.
C: Time out was read aloud by {s2.full}, but the site mark was hidden under the drape and nobody asked for it to be shown.
C: The surgeon, {o1.tfull}, said the side from memory; the consent signed with {o2.full} the week before listed the other side, and the scrub nurse {s2.first} stopped the list.
C: Sign-out was skipped because the next patient, {o3.caps}, was already in the anaesthetic room with a <<Guedel airway>> in and a <<Hickman line>> to be checked.
X: Equipment issues were raised for <<theatre 4>>: the <<Yankauer sucker>> tubing was the wrong size again.
X: {s1.first} noted that the count board still had the previous case's swabs written on it.
X: The observer's notes were shared with {p.title} at her request on {date}, with her {rel}, {r.tfull}, present.
X: The patient was positioned in the <<Trendelenburg position>> before the VTE check was said out loud, and no <<Allen's test>> was recorded before the arterial line.
X: The department's scores go to {email2} each month and to the audit page at {url} .
E: Observer: {s1.full}, tel {phone}. Report filed {date} under {ref2}.
E: Next steps: the list lead {o1.title} to repeat the audit in <<3 months>>. Questions to {s1.email}.
""", ("WHO-AUD-####", "TH/##/####"), sex="F"),
    _style("after_death_care_review", "prose", "care after death review, the wrong name on the notification of death", r"""
H: Care after death review, {ward}, {hospital}. Deceased: {p.tfull}, {nhs}, date of birth {dob}, died {date}.
H: Review of last-offices care and the after-death process for {p.full} ({hosp}), written by {s1.tfull}, bereavement nurse. Ref {ref}.
C: {p.title} died peacefully at {time} on {date} ({age}) with <<a DNACPR>> and <<a ReSPECT form>> in place, with {r.first}, her {rel}, at the bedside.
C: Verification of death was completed by {s2.full} after <<diamorphine>> and <<midazolam>> had been given in a syringe driver, but the notification of death form sent to the mortuary named {o1.full} from the next bed.
C: The funeral director, {prov}, collected {p.first} on {date} and noticed the name band and the paperwork did not agree.
C: {r.tfull} was told by telephone on {mob} by {d.tdr}; the family were upset that they heard it from the funeral director first.
C: Scrutiny by <<the Medical Examiner>>, {o2.tdr}, was delayed <<two days>> while the paperwork was corrected.
X: {p.first} lived at {addr} and had been admitted from {home}.
X: Her faith was recorded as Roman Catholic; the chaplain, {o3.first}, was called at {time} and came.
X: The family's personal property was returned in a clear bag, which the review agrees was not acceptable.
X: <<the coroner>> did not need to be informed, and the certificate was issued the same week.
X: Belongings included hearing aids and a wedding ring, listed in the property book against {p.last}.
E: Signed {s1.full}, bereavement services, {phone}. Reviewed at the end-of-life group on {date}.
E: The family have received a letter of apology from {o3.tfull}; ref {ref2}.
""", ("ADR-#####", "EOL/##/###"), old=True, provider=_FUNERAL, sex="F"),
    _style("prison_reception_health_screen", "prose", "prison reception health screen, a methadone dose not continued", r"""
H: Reception health screen: {prov}. Prisoner {p.upper}, prison no. {ref}, NHS {nhs}. Screen on {date} by {s1.tfull}.
H: Healthcare incident, first night screen, {prov}. Man screened: {p.full}, DOB {dob}, {hosp} (community record).
C: {p.first} arrived from court at {time} on {date} saying he was on <<methadone>> 60ml daily from {gp}.
C: The screen was done by agency nurse {s1.full} (<<Band 6>>) on an induction shift, with <<naloxone>> and <<pregabalin>> on the medicines list, with the reception officer, {o1.title}, present.
C: The community prescription could not be confirmed because the pharmacy, on {phone}, had closed, and no dose was given overnight.
C: By morning {p.last} was withdrawing in <<cell 14>> on <<landing 3>> of <<wing B>> and was seen by {d.tdr} at {time}, who gave <<buprenorphine>> and checked for <<Cheyne-Stokes breathing>>.
C: His {rel}, {r.full}, had rung the prison on {mob} the night before to say he would need his dose.
X: He is {age} and gave his address before custody as {addr}; no hold from <<the Home Office>>.
X: A <<Prison Rule 20>> entry and an ACCT were opened by {s2.first} later that day.
X: {o2.init} from the substance misuse team confirmed the dose with the community keyworker, {o3.full}, at {time}.
X: There was no referral to <<the Prison and Probation Ombudsman>> as no death occurred.
X: Clinical records system note: "{p.lower}, first night, query opiate dependence, not verified".
E: Incident logged by {s2.full} ({s2.email}), healthcare ref {ref2}.
E: Learning to go to the reception staff briefing on {date}; contact the head of healthcare on {phone}.
""", ("A####@@", "HC-#####"), provider=_PRISONS, sex="M"),
    _style("sepsis_screening_tool_audit", "prose", "sepsis screening audit, a red flag missed and antibiotics late", r"""
H: Sepsis screening audit, {hospital}, {ward}. Case reviewed: {p.full}, {hosp}, admitted {date}. Audit ref {ref}.
H: Monthly sepsis screening tool audit, {trust}. Case of {p.tfull}, NHS no. {nhs}. Auditor {s1.tfull}.
C: {p.first} was triaged at {time} with a temperature of 38.9, a <<NEWS2 of 7>> and a <<qSOFA of 2>>, and the screening tool was started but not finished.
C: The red flag for lactate was not ticked, although a venous gas at {time} showed 4.6; the nurse, {s2.full}, had gone to another patient.
C: <<piperacillin-tazobactam>> was given at {time}, outside the hour, after {d.tdr} reviewed the chart.
C: {p.title} ({age}) had been sent in by {gp} with a letter from {o1.tfull} that mentioned a urinary catheter.
C: Audit findings, including the <<CURB-65 of 3>> that nobody wrote down, were discussed with {s2.first} on {date}; the sepsis lead, {o2.full}, will present them.
X: The <<Foley catheter>> had been changed at {home} <<3/7>> earlier.
X: The auditor used the screening tool from <<the UK Sepsis Trust>> and the trust's own audit sheet.
X: Allergies recorded as none known, against <<NICE>> advice to check with the family; the prescription for <<gentamicin>> was dosed on an estimated weight.
X: {r.tfull}, the patient's {rel}, had told triage that {p.first} was "not herself" since {date}.
X: The case is one of 30 audited this month; the results will be at {url} .
E: Audit completed by {s1.full} ({s1.email}) on {date}.
E: Returned to the sepsis group under {ref2}. Queries: {email2}.
""", ("SEP-AUD-####", "SA/####/@"), sex="F"),
    _style("nasal_bridle_dislodgement_note", "prose", "nasal bridle pulled out, tube replaced without an X-ray check", r"""
H: Incident note: nasal bridle dislodged. {p.tfull}, {hosp}, {ward}, {hospital}. Written {date} by {s1.full}.
H: Enteral feeding incident, {trust}. Patient {p.caps}, NHS {nhs}, DOB {dob}. Ref {ref}.
C: {p.title}, who is {age}, had a nasogastric tube held with a nasal bridle after a stroke, and was found at {time} with both out.
C: The tube was replaced by {s2.full} on the night shift and the pH was recorded as 5, but no X-ray was asked for.
C: Feed was restarted at {time}; {p.first} coughed through the morning with <<Kussmaul breathing>> queried, and {d.tdr} stopped the feed and listed <<Todd's paresis>> and aspiration as possibilities.
C: {r.tfull}, his {rel}, said on {mob} that he had pulled at the tube every night since {date}.
C: The dietitian, {o1.full}, has asked that the bridle be replaced only by the nutrition nurses, {o2.first} and her team.
X: Background includes <<Parkinson's disease>> and a <<Clinical Frailty Scale of 7>>.
X: He came in from {home} and his address on the record is {addr}.
X: A chest film on {date} showed no aspiration, and {p.first} has done well since, fed sitting in <<Fowler's position>>.
X: The safety alert on nasogastric tube checks from <<NHS England>> was re-sent to the ward.
X: {o3.jh}, the ward manager, spoke to the family on {date}.
E: Logged as {ref2}; feedback to {s1.email}.
E: Signed: {s1.full}, Senior Staff Nurse. Ward phone {phone}.
""", ("NGT-#####", "EF/##/####"), old=True, sex="M"),
    _style("mortuary_viewing_misidentification_note", "prose", "family shown the wrong person at a mortuary viewing", r"""
H: Mortuary viewing incident, {hospital}. Deceased: {p.tfull}, {hosp}, NHS {nhs}. Ref {ref}. Reported by {s1.full} on {date}.
H: Bereavement and mortuary services, {trust}: account of a viewing on {date}. Deceased {p.full}, born {dob}.
C: {r.tfull} and the family arrived for a viewing at {time} on {date} to see {p.first}, who had died on the ward ({age}).
C: The anatomical pathology technologist, {s2.full}, brought through a body from <<room 9>> whose name band read {o1.full}.
C: {r.first} knew at once that it was not {p.first} and asked {s2.first} to stop.
C: The viewing room was cleared, {p.title} was identified by two tags and shown at {time}, and {d.tdr} apologised in person.
C: After <<24 hours>>, the funeral director {prov} has been told to check the name and the {hosp} number together.
X: The licence holder under <<the Human Tissue Act>>, {o2.title}, has been informed.
X: The family's contact for this is {r.first} on {mob} or {email}.
X: {p.first} had lived at {addr} all her married life.
X: Scrutiny by <<the Medical Examiner>> was already complete, so no delay followed.
X: Staff on duty were {s2.first} and a trainee, {o3.full}, with the supervisor off site.
E: Investigation lead: {s1.full}, mortuary manager, {phone}. Ref {ref2}.
E: A letter from {o2.tfull} went to the family on {date}.
""", ("MORT-####", "HTA/##/###"), old=True, provider=_FUNERAL, sex="F"),
    _style("child_protection_medical_report", "prose", "child protection medical, findings written in the sibling's notes", r"""
H: Child protection medical, {hospital}. Child: {p.tfull}, DOB {dob}, NHS {nhs}, {hosp}. Examined {date} by {d.tdr}.
H: Report of a child protection medical examination, paediatric department, {trust}. Child: {p.full}, {age}. Ref {ref}.
C: {p.first} was brought by social worker {o1.full} from {council} after nursery staff saw bruising on {date}.
C: Present were {p.first}'s {rel}, {r.full}, and a nurse chaperone, {s1.full}; the medical started at {time}.
C: The examination found four bruises on the back, and also <<Mongolian blue spots>> over the sacrum which were documented as birthmarks.
C: The findings were written by mistake in the sibling's notes, under the name {o2.first}, and moved the next day by {s2.full}.
C: The family live at {addr}; the strategy discussion is held under <<Section 47>> and <<the Children Act 1989>>.
X: Skeletal survey was booked for {date} at {hospital2}; the <<Glasgow Coma Scale>> was 15 throughout.
X: No referral to <<the Local Authority Designated Officer>> was needed as no professional was named.
X: {p.first} was shy but chatty about {o3.first}, a friend from nursery, and about the family dog.
X: Growth was normal; weight 14.2kg on the 50th centile, and a <<PEWS of 4>> on arrival was put down to crying.
X: The social worker's contact is {phone}; the secure e-mail is {email2}.
E: {d.dr}, consultant paediatrician, {d.email}. Report sent to {council} on {date}.
E: This report has been shared under <<Working Together to Safeguard Children>>. Ref {ref2}.
""", ("CPM-#####", "SG/####/@@"), child=True),
    _style("bed_rails_entrapment_review", "prose", "bed rails near miss, a leg trapped between rail and mattress", r"""
H: Bed rails near miss review, {ward}, {hospital}. Patient: {p.tfull}, {hosp}. Reviewed {date}. Ref {ref}.
H: Falls and bed rails group: review of a near miss on {date}, {trust}. {p.full}, NHS {nhs}, born {dob}.
C: At {time} {p.title} ({age}) was found with his leg trapped between the rail and an air mattress that had been fitted the day before.
C: The bed rails assessment had been done on admission by {s1.full} but not repeated when the mattress changed.
C: {s2.full} and {o1.first} freed the leg; {d.tdr} found bruising but no fracture.
C: His {rel}, {r.full}, had said on admission that he climbed over rails at {home}.
C: The mattress was from <<NHS Supply Chain>> and was the right model for a <<Braden scale>> score this low and a <<Category 3>> sacral sore, but the rails on <<bed 14>> were an older type.
X: He has <<Korsakoff's syndrome>> and a <<Waterlow of 21>>, and the <<Bristol stool chart>> shows loose stools; the <<Waterlow>> was last redone on {date}.
X: {p.first} lives at {addr} when not in respite.
X: Equipment engineer {o2.jh} checked the gap with the test cone on {date}.
X: The incident was not reportable under <<RIDDOR>> as no member of staff was hurt.
X: A call to {r.first} on {mob} was made at {time} the same night.
E: Completed by {s1.full}, falls lead. Contact {s1.email}.
E: Closed at the falls group, {date}. Ref {ref2}; ward phone {phone}.
""", ("BR-####-##", "FG/@@/####"), old=True, sex="M"),
    _style("cd_register_balance_check_log", "lines", "controlled drug register balance check, oxycodone short by two", r"""
H: CD REGISTER BALANCE CHECK: {ward}, {hospital}\nWeek of {date}   Checkers: {s1.init} / {s2.init}   Ref {ref}
H: Pharmacy CD discrepancy log: {ward} ({trust})\nOpened {date} by {s1.full}, pharmacy technician
C: {date} {time} balance <<oxycodone>> 5mg caps: register 28, cupboard 26, checked by {s1.full} and {s2.full}
C: {time} last entry traced: 2 caps to {p.caps} ({hosp}) at {time}, witness signature missing
C: {time} {p.first} asked: recalls one dose only; {d.dr} reviewed the drug chart
C: {time} <<Oramorph>>, <<midazolam>> and <<diamorphine>> balances correct in <<CD cupboard 2>>; <<Schedule 2>> stock checked
C: {date} discussed with the CD accountable officer, {o1.tfull}; local intelligence network not told
X: {time} bank nurse {o2.full} (agency: {prov}) contacted on {mob}: says she gave the second dose, forgot to sign
X: Patient {p.full}, {age}, NHS {nhs}
X: Register page 44 photographed; entries checked against <<the Misuse of Drugs Regulations 2001>>
X: {time} {o3.first} from pharmacy re-counted with {s2.first}: 26
X: Patches: <<buprenorphine>> 5 micrograms balance 4, correct
E: Closed {date}: discrepancy explained, statement from {o2.jh}. Pharmacy: {phone}
E: Outcome to {email2}; ref {ref2}
""", ("CDD-####", "CD/##/####"), provider=_AGENCIES),
    _style("glucose_meter_qc_log", "lines", "blood glucose meter QC failed, readings from it acted on", r"""
H: POCT glucose meter QC log: {ward}, {hospital}\nIncident {ref}   Week starting {date}
H: BLOOD GLUCOSE METER QC / INCIDENT LOG: {trust}, point of care team\nRaised {date} by {s1.tfull}
C: {date} {time} QC low level fail (2.1 against range 2.6-3.4), meter not taken out of use, per {s1.init}
C: {time} capillary glucose on {p.full} ({hosp}) read 3.2 on <<meter 7>>; <<GlucoGel>> given by {s2.first}, <<Hypostop>> not needed
C: {time} repeat on the ward's second meter 6.8; lab glucose sent, <<HbA1c of 74>> last month, on <<Lantus>>
C: {time} {d.dr} informed, insulin dose of <<insulin aspart>> that was held now given late
C: {date} POCT lead {o1.full} withdrew the meter, strips <<lot 48213>>
X: {time} {p.title} ({age}) upset at "being given sugar for nothing", apology by {s2.full}
X: NHS {nhs}, DOB {dob}, admitted from {home}
X: QC solutions from {prov} were in date
X: {time} second patient on the same meter, {o2.jh}, reading 4.0, repeat 4.3, no action
X: {time} {o3.first} (diabetes nurse) to review all readings since last pass
E: Meter returned to POCT {date}. Queries: {email2} / {phone}
E: Datix {ref2}; checked {s1.full}
""", ("#####", "POCT-####"), provider=("Roche Diagnostics Ltd", "Abbott Diabetes Care", "Nova Biomedical UK")),
    _style("thrombolysis_door_to_needle_log", "lines", "stroke thrombolysis timeline, weight guessed and dose wrong", r"""
H: STROKE THROMBOLYSIS PROFORMA: {hospital}\nPatient: {p.upper}   NHS {nhs}   Hosp no {hosp}   Date {date}
H: Thrombolysis timeline (door to needle), hyperacute stroke unit, {trust}\nPatient {p.tfull}, DOB {dob}
C: {time} arrival by ambulance, pre-alert from crew; onset 40 min before, witnessed by {rel} {r.full}
C: {time} CT head; <<NIHSS of 14>>, left weakness, no bleed; stroke reg {d.dr}
C: {time} weight not measured, "about 80kg" per {p.first}; <<alteplase>> dose based on estimate
C: {time} bolus given by {s1.full}, infusion started by {s2.full}; <<tenecteplase>> not stocked, <<ABCD2 of 5>> from a TIA last year
C: {time} weight on the bed scales 64kg; infusion stopped early, {o1.tdr} informed
X: Patient {age}; anticoagulant history checked with {gp}
X: {time} family ({r.first}) on {mob}, told of the risk of bleeding
X: {time} BP 178/96 treated before bolus
X: <<SSNAP>> record completed by {o2.first} on {date}
X: {time} 24h scan booked, <<NIHSS of 6>> by then, <<mRS of 4>> before admission per family
E: Door to needle 52 min. Reviewed {date} by {o3.full}. Ref {ref}
E: Case for the stroke governance meeting {date}; notes to {email2}; ref {ref2}
""", ("STK-#####", "HASU/##/###")),
    _style("ward_oxygen_cylinder_audit_log", "lines", "oxygen cylinder audit, a patient transferred on an empty cylinder", r"""
H: Oxygen cylinder audit / incident log: {ward}, {hospital}\nAudit date {date}   Auditor {s1.full}
H: MEDICAL GAS INCIDENT LOG: {trust}\nRef {ref}   Opened {date}
C: {date} {time} {p.full} ({hosp}) left the ward for CT on <<cylinder 3>>, gauge in the red
C: {time} porter {o1.first} noticed no flow in the lift; SpO2 84% on arrival in CT
C: {time} CT radiographer {o2.full} put on wall oxygen, recovered to 95%
C: {time} {d.dr} reviewed in CT; <<NEWS2 of 5>> falling, no lasting harm, <<EWS of 6>> earlier
C: {date} audit: 3 of 11 cylinders on {ward} below a quarter full, 1 with no tamper seal
X: Patient {p.tfull}, {age}, NHS {nhs}
X: {time} {r.full} ({rel}) told by {s2.first} at the bedside
X: Supplier: {prov}, order placed {date}
X: Cylinders stored in <<side room 6>> and <<resus bay 1>> with no chain, photo taken; <<the Health and Safety Executive>> not notified
X: {time} {s2.init} re-checked all cylinders on the transfer trolleys
E: Completed {s1.full}; estates notified on {phone}. Ref {ref2}
E: For medical gas committee {date}; contact {email2}
""", ("MGC-####", "O2/##/####"), provider=("BOC Healthcare", "Air Products Medical", "Linde Medical UK")),
    _style("missing_patient_search_log", "lines", "detained patient missing from the ward garden, police search", r"""
H: MISSING PATIENT: SEARCH LOG: {ward}, {hospital}\nPatient {p.upper}   {hosp}   Detained <<section 2>>   Date {date}
H: Absent without leave: search and contact log, {trust}\nPatient {p.tfull}, NHS {nhs}, DOB {dob}
C: {time} {p.first} last seen in the garden by {s1.full} during <<20 minutes>> of escorted leave under <<Section 136>> transfer papers
C: {time} ward and grounds searched by {s2.full} and {o1.first}; not found
C: {time} police informed, ref {ref}; description: {age}, grey hoodie, black trainers
C: {time} {rel} {r.full} called on {mob}; thinks {p.first} may go to {addr}
C: {time} police found {p.last} on {street}; returned by {o2.title} at {time}
X: {time} responsible clinician {d.tdr} informed
X: Escort ratio 1:2 at the time; {s1.first} was with another patient in <<room 9>>
X: {time} crisis team ({o3.full}) checked the old address on the record, {addr2}: not there
X: Leave under <<the Mental Health Act>> suspended until review
X: {time} {p.first} says went "to see my dog", no harm; <<clozapine>> and <<olanzapine>> doses missed, level to be taken
E: Closed {date} {time} by {s2.full}. Datix {ref2}
E: Reviewed by ward manager {o3.jh}; contact {phone}
""", ("MP-#####", "AWOL/####")),
    _style("baby_tag_security_alarm_log", "lines", "baby tag alarm on the maternity exit, tag on the wrong baby", r"""
H: Baby tag security alarm log: {ward}, {hospital}\nDate {date}   Security: {prov}
H: INFANT SECURITY SYSTEM: ALARM LOG, {trust}\nRef {ref}   Baby {p.upper}, NHS {nhs}, born {dob}
C: {time} exit alarm at the main doors of {ward}, <<tag 11>>; doors locked, <<bay 3>> and <<room 9>> checked
C: {time} tag 11 registered to baby {p.full} ({hosp}), but found on the ankle of the baby of {o1.full} in <<cot 5>>
C: {time} midwife {s1.full} and security officer {o2.first} checked both babies' name bands with both mothers
C: {time} {p.first}'s {rel}, {r.full}, was walking with the pram to the car park with baby {p.first}
C: {time} tags re-fitted correctly by {s2.full}, both families given an apology
X: {time} {r.first} upset: "I thought they thought I was taking someone else's baby"
X: Babies born on {date} 3 minutes apart; tags fitted in the same room; <<Sands>> leaflet not relevant, removed from the pack
X: {time} {o3.tfull} (security manager) downloaded the alarm report
X: Contact for family: {mob}
X: {time} referral to <<the Local Authority Designated Officer>> not needed; no safeguarding concern
E: Closed {time} {date}. Midwife in charge {s2.full}, {phone}
E: Actions to the maternity safety champions; ref {ref2}; {email2}
""", ("BTS-####", "INF/##/###"), child=True, provider=_SECURITY),
    _style("pca_pump_programming_check_log", "lines", "PCA pump programmed with the wrong concentration", r"""
H: PCA PUMP CHECK LOG: {ward}, {hospital}\nPatient {p.caps}   {hosp}   Date {date}
H: Patient-controlled analgesia: programming check and incident log, {trust}\nPatient {p.tfull}, NHS {nhs}   Ref {ref}
C: {time} PCA set up by {s1.full}, second checker {s2.full}, <<morphine sulfate 10mg/5ml>> syringe
C: {time} {p.first} drowsy, RR 8, <<GCS 13/15>>; <<naloxone>> given by {d.dr}
C: {time} <<pump 12>> found programmed as 1mg/ml instead of 2mg/ml
C: {time} pain team {o1.full} reviewed; PCA stopped
C: {time} {p.title} awake, talking to {rel} {r.first}; sats 96% on air, switched to <<oxycodone>> oral
X: Patient {age}, post-op day 1 after a laparotomy
X: {time} {o2.jh} (pain nurse) checked the drug library on all pumps
X: {time} {r.full} told on {mob} by {s2.first}
X: Pump sent to medical engineering, label {ref2}
X: Observations four-hourly changed to hourly for <<24 hours>>, review at <<2/52>>; alert to <<the MHRA>> via Yellow Card
E: Signed {s1.full} / {s2.full}. Pain team bleep via switchboard {phone}
E: For the medication safety group {date}. {email2}
""", ("PCA-####", "ME-#####")),
    _style("nil_by_mouth_fasting_tracker", "lines", "fasting tracker, nil by mouth for three days as a list moved", r"""
H: NIL BY MOUTH TRACKER: {ward}, {hospital}\n{p.upper}   {hosp}   Listed for theatre {date}
H: Fasting log and escalation sheet, {trust}\nPatient: {p.tfull}   NHS {nhs}   DOB {dob}   Ref {ref}
C: {date} NBM from midnight for hip fixation; list cancelled {time}, <<Hartmann's solution>> by {s1.first}
C: {date} NBM again from 02:00; cancelled at {time}, not told until 15:00
C: {date} third day NBM; {p.first} ({age}) confused, Na 149; {d.dr} stopped the fast
C: {time} {rel} {r.full} complained to the nurse in charge, {s2.full}
C: {time} surgery done in <<theatre 4>>; on return {p.title} ate toast and tea, <<Abbey score of 9>>
X: {time} <<a 4AT of 6>>, delirium screen positive
X: {time} IV fluids started by {o1.jh}, <<glucose 40% gel>> on standby, <<cubicle 2>> free
X: Family phone {mob}; family e-mail {email}
X: {time} anaesthetist {o2.tdr} agreed clear fluids until 2 hours before
X: Admitted from {home}; hip fracture after a fall on {date}
E: Reviewed {date} by {o3.full}, hip fracture lead. Ref {ref2}
E: Learning: fasting times to be written on the board. Ward {phone}
""", ("NBM-####", "HF/##/####"), old=True),
    _style("patient_property_handover_log", "lines", "property log, hearing aids and dentures lost on a ward move", r"""
H: PATIENT PROPERTY HANDOVER LOG: {hospital}\nPatient {p.caps}   {hosp}   Moved from {ward} on {date}
H: Lost property / property handover record, {trust}\n{p.tfull}, NHS {nhs}, born {dob}   Ref {ref}
C: {date} {time} property listed on admission by {s1.full}: hearing aids x2, upper denture, glasses, wedding ring
C: {date} {time} moved to the discharge lounge by porter {o1.first}; property bag not on the trolley
C: {time} {p.first} ({age}) cannot hear the staff; {rel} {r.full} brings the spare hearing aid
C: {time} ward searched by {s2.full}; denture found in the pot in <<bay 3>>, hearing aids not found in <<bed 14>> locker or <<side room 6>>
C: {date} claim form given to {r.first}; contact {mob} / {email}
X: {time} home address for the returned items: {addr}
X: {time} {o2.tfull} (PALS) logged the complaint
X: Old property book shows the ring signed into safe by {s1.init}
X: {time} audiology ({o3.full}) to replace hearing aids free of charge
X: {time} items posted in error to {addr2} (old PAS address); returned by the occupier
E: Closed {date}. Claim {ref2}; property office {phone}
E: Signed {s2.full}; {s2.email}
""", ("PROP-#####", "LP/####/@"), old=True),
    _style("radiology_discrepancy_feedback_letter", "letter", "radiology discrepancy feedback, a missed rib fracture on an outsourced report", r"""
H: Radiology Department, {hospital}\nOur ref: {ref}\n{date}\n\nPrivate and confidential\n{d.tdr}\nReporting radiologist, {prov}\n\nDear {d.dr},
H: {trust}, Imaging Directorate\nREACT discrepancy feedback. Ref {ref}\n\nDear {d.tdr},
C: I am writing as the discrepancy lead about a chest radiograph you reported for us on {date}, for {p.tfull} ({hosp}, NHS {nhs}).
C: Your report described no acute abnormality; on review the next day, {o1.tdr} noted displaced fractures of the left 7th and 8th ribs.
C: {p.first}, who is {age}, had fallen at {home} and was sent home from the emergency department before the fractures were seen.
C: {p.title} was recalled by telephone through {r.full}, the {rel}, on {mob}, and came back on {date}; there was no lasting harm.
C: The case was discussed anonymously at our discrepancy meeting, where {o2.full} presented it alongside a missed <<Category 4>> classification and a <<Rockall of 5>>.
X: The images were reported under the outsourcing contract with {prov}.
X: The referrer was {s1.full}, an advanced clinical practitioner, who has also had feedback.
X: This is a learning letter, not a complaint, and follows guidance from <<the Royal College of Radiologists>>.
X: The patient's date of birth is {dob} should you need to find the study.
X: Our discrepancy coordinator is {s2.full}, on {phone} or {email2}.
E: Yours sincerely,\n\n{o3.tdr}\nConsultant Radiologist and Discrepancy Lead\n{o3.email}
E: With thanks,\n{o3.full}\nDiscrepancy Lead, {hospital}. Ref {ref2}
""", ("RDM-####-##", "REACT-#####"), old=True, provider=_SCREENING),
    _style("home_oxygen_risk_mitigation_letter", "letter", "home oxygen fire risk letter after smoking and a burnt cannula", r"""
H: Home Oxygen Assessment and Review Service, {trust}\n{p.tfull}\n{addrb}\n\n{date}\nNHS number: {nhs}\n\nDear {p.title},
H: {prov}\nOn behalf of the {hospital} home oxygen team\nRef {ref}\n\n{p.upper}\n{addrb}\n\nDear {p.first},
C: I am writing after the visit on {date} by our specialist nurse, {s1.full}, when a burnt nasal cannula was found beside your chair.
C: You told {s1.first} that a visitor, {o1.first}, had smoked in the room while your oxygen was running.
C: Your supplier, {prov}, has been asked to fit fire breaks and to check the concentrator, and <<the fire service>> will offer a free safety visit.
C: We also spoke to your {rel}, {r.tfull}, who is worried and has asked to be copied into letters at {email}.
C: Your oxygen is prescribed at 2 litres for <<12 hours>> a day; please do not stop it, but no one must smoke or use a naked flame near it.
X: We know you are {age} and have lived at home alone since {date}, and we want you to stay there safely.
X: A second visit, of about <<45 minutes>>, will be made on {date} by {s2.full} and {o2.first} from the fire service partnership.
X: Your GP at {gp} has been sent a copy of this letter.
X: If you have any questions, please ring the team on {phone} or the 24-hour line on {mob}.
X: This letter is sent under our home oxygen risk process and is recorded as {ref2}.
E: Yours sincerely,\n\n{d.tdr}\nRespiratory Consultant\ncc {gp}; {r.tfull}
E: With best wishes,\n{s1.full}\nHome Oxygen Specialist Nurse, {s1.email}
""", ("HOS-#####", "HOX/####/@@"), old=True, provider=_OXYGEN),
    _style("reasonable_adjustments_flag_letter", "letter", "learning disability liaison letter, the adjustments flag put on another record", r"""
H: Learning Disability Liaison Team, {hospital}\n{date}\n\n{r.tfull}\n{addrb}\n\nRe: {p.full}, DOB {dob}, NHS {nhs}\n\nDear {r.title},
H: {trust}: Learning Disability and Autism Liaison\nOur ref {ref}\n\nTo {r.full}\n\nDear {r.first},
C: I am sorry to write about the reasonable adjustments flag we agreed for {p.first} at the meeting on {date}.
C: The flag, which asks for a quiet room, the first appointment of the day and for {p.first} to be called "{p.nick}", was added by mistake to the record of another patient, {o1.full}.
C: When {p.first} came to the eye clinic on {date} none of the adjustments were in place and {p.first} left before being seen.
C: {s1.full}, the liaison nurse, found the error the same day and the flag is now on the right record ({hosp}).
C: We have told {o1.first}'s family and apologised to them too, under <<Duty of Candour>>.
X: {p.first} has <<Down's syndrome>> and epilepsy treated with <<sodium valproate>> (<<Epilim>>) and <<Buccolam>> for rescue, and the hospital passport says {p.first} dislikes waiting rooms.
X: Our admin lead, {s2.full}, has checked every flag added that week, and {p.first}'s annual review will be shared with <<the LeDeR programme>> only if ever needed.
X: The support worker from {prov}, {o2.full}, was with {p.first} on the day and has told us what happened.
X: Under <<the Accessible Information Standard>> we have to get this right, and we did not.
X: You can reach me on {phone} or at {s1.email}; easy read information is at {url} .
E: Yours sincerely,\n\n{s1.full}\nLearning Disability Liaison Nurse\ncc {gp}
E: Kind regards,\n{o3.tfull}\nHead of Patient Experience, {hospital}. Ref {ref2}
""", ("LDL-####", "RA/##/####"), provider=("Dimensions Support Ltd", "Mencap Support Services", "Brightpath Supported Living")),
    _style("fit_note_correction_letter", "letter", "fit note issued in another patient's name, employer letter", r"""
H: {gp}\n{date}\n\n{p.tfull}\n{addrb}\n\nDear {p.title},
H: {gp}\nRef {ref}\n\nPRIVATE\n{p.full}\n{addrb}\n\nDear {p.first},
C: I am writing to apologise because the fit note you were given on {date} was printed with the name of another patient, {o1.full}.
C: Your employer, {prov}, rang the surgery on {phone} to ask about it, and we did not give them any information about you.
C: A corrected fit note, in your name and with your NHS number {nhs}, is enclosed, dated the same as the first.
C: The error happened because {s1.full}, our receptionist, printed from a screen that still had the previous patient open.
C: We have told {o1.first} and have written to them separately.
X: You saw {d.tdr} on {date} for <<Bell's palsy>> and the note covers you for <<6 weeks>>; your rights under <<the Equality Act 2010>> are not affected.
X: The first note was also posted to {addr2}, which is not your address, and has been returned to us.
X: Your date of birth on the record is {dob}; please tell us if this is wrong.
X: If you would prefer to talk, you can call {s2.first} on {phone} or e-mail {email2}.
X: We have reported the incident as a data breach to our data protection officer, ref {ref2}.
E: Yours sincerely,\n\n{d.tdr}\nGP Partner
E: With apologies,\n{s2.full}\nPractice Manager, {s2.email}
""", ("FN-#####", "DPO-####-##"), provider=("Carter Logistics Ltd", "Penrose Foods plc", "Hallam Print and Packaging", "Greenline Buses Ltd")),
    _style("nhs111_callback_apology_email", "letter", "e-mail to a relative after a 111 callback went to an old number", r"""
H: From: {s1.email}\nTo: {email}\nSent: {date} {time}\nSubject: Your call to NHS 111 about {p.first}\n\nDear {r.first},
H: From: {email2}\nTo: {r.full} <{email}>\nDate: {date}\nSubject: Review of the 111 call, ref {ref}\n\nDear {r.tfull},
C: Thank you for speaking to me on {date} about the call you made to NHS 111 for {p.full} at {time}.
C: The clinical callback was due within an hour but went to the number on {p.first}'s old record, {phone}, which no longer works.
C: The call handler, {s2.full}, who had been on shift for <<12 hours>>, wrote your mobile, {mob}, in the notes, but it was not put into the callback field.
C: {p.first} was taken to {hospital} by ambulance at {time}, and I was sorry to hear that {p.first} needed treatment for sepsis.
C: We have listened to the recording with the clinical lead, {o1.tfull}, and agree the delay should not have happened.
X: {p.first}'s record now shows the right number and the address {addr}.
X: {p.first} is {age} and lives alone, which made the delay more worrying for you.
X: The ambulance was first sent to {addr2}, the address on the old record, which lost eleven minutes.
X: You wrote: "nobody rang back and I had to ring again" and that is what our records show; you may also ask for a review under <<Martha's Rule>> if {p.first} is admitted again.
X: Please reply to this e-mail or ring me on {phone} if you want to meet.
E: Kind regards,\n{s1.full}\nPatient Safety Lead, 111 service\n{s1.email}
E: Best wishes,\n{o2.full}\nClinical Governance Manager\nSent from {email2}
""", ("111-#######", "IUC-####-@@")),
    _style("breast_screening_recall_error_letter", "letter", "breast screening recall letter sent to the wrong woman", r"""
H: Breast Screening Service, {hospital}\n{date}\n\n{p.tfull}\n{addrb}\n\nNHS number {nhs}\n\nDear {p.title},
H: {trust} Breast Screening Programme\nOur ref {ref}\n\n{p.upper}\n{addrb}\n\nDear {p.first},
C: On {date} we sent you a letter asking you to come back for more tests after your screening mammogram.
C: That letter was meant for another woman, {o1.full}, whose details were next to yours on the list, and your own result is normal.
C: I am very sorry for the worry this caused you and your {rel}, {r.first}, who rang our office on {mob}.
C: The mistake was found by our administrator, {s1.full}, when {o1.first} did not receive her letter.
C: Your next routine screening will be in three years, not in <<3 months>>, and the mobile unit run with {prov} will write to you.
X: Your mammogram was taken on {date} at the unit in the car park at {hospital2}.
X: If you would like to talk to a breast care nurse, {s2.full} can be reached on {phone}.
X: Your date of birth on our records is {dob}.
X: We have checked every letter sent on the same day and no other woman was affected.
X: Information about screening is at {url} .
E: Yours sincerely,\n\n{d.tdr}\nDirector of Breast Screening\ncc {gp}
E: Yours sincerely,\n{s1.full}, Screening Office Manager\nRef {ref2}
""", ("BSS-#####", "BS/##/####"), provider=_SCREENING, sex="F"),
    _style("child_immunisation_catch_up_letter", "letter", "immunisation catch-up letter, an MMR given twice", r"""
H: School Age Immunisation Service, {trust}\n{date}\n\nTo the parent or carer of {p.full}\n{addrb}\n\nDear {r.tfull},
H: {trust}: Childhood Immunisation Team\nRef {ref}\n\n{r.full}\n{addrb}\n\nRe: {p.full}, DOB {dob}\n\nDear {r.first},
C: I am writing about the MMR catch-up session at {p.first}'s school on {date}.
C: {p.first} was given a dose of MMR even though the record, which we should have checked, shows both doses given at {gp}.
C: The nurse, {s1.full}, checked the name against the list but the list had not been updated from the child health record.
C: An extra dose of MMR is not harmful, and {d.tdr} has reviewed {p.first}, who is {age}, and found no reaction.
C: We have told {p.first}'s GP and the child health record now shows all three doses, NHS number {nhs}.
X: Another child, {o1.first}, who was due a dose, was missed the same day and is being offered one.
X: Our team leader, {s2.full}, will phone you on {mob} to answer any questions.
X: If {p.first} has a fever or rash in the next <<two days>>, give paracetamol and please ring us on {phone}; advice from <<UKHSA>> is at the same page.
X: The session was run by the team with the school nurse, {o2.full}.
X: We have reported this under {ref2} so that we learn from it.
E: Yours sincerely,\n\n{s2.full}\nImmunisation Team Leader\n{s2.email}
E: Kind regards,\n{o3.tfull}, Head of Children's Services\ncc {gp}
""", ("IMM-####", "SAIS/##/###"), child=True),
)


# Who a style writes as "Dr Surname": they keep the title in every mention.
_DOCTORS = {
    style.name: {
        who
        for sentence in (*style.headers, *style.core, *style.extras, *style.endings)
        for who, form in re.findall(r"\{(\w+)\.(\w+)\}", sentence)
        if form in ("dr", "tdr")
    }
    for style in STYLES
}
