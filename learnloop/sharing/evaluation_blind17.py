"""A seventeenth blind de-identification pack: 25 more NHS and social-care document types.

Written outside the repository by someone who has never read the engine (see
evaluation_blind17.md). Each example is a synthetic UK narrative with the exact gold span of every
identifier in it and the record the system would hold (``known``); look-alikes (eponyms, drugs,
scores, devices, national bodies, clinical numbers, durations, ages of 89 and under) are written in
and tracked, never gold. Deterministic: ``random.Random("blind17:<seed>")``.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from learnloop.sharing.evaluation import (
    LABELS,
    Example,
    GoldSpan,
    _new_person,
    listed_names,
    nhs_number,
    ordinal,
    postcode,
)

__all__ = ["LABELS", "generate", "example", "generate_with_negatives", "STYLES"]

PREFIX = "blind17"
LOW_WORDS = 200
HIGH_WORDS = 420
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
HOSP_FORMS = ("A9999999", "AA9 999999", "99/999999", "AAA-9999-A")


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

FIRST = {
    "F": (
        "Nkechi",
        "Chiamaka",
        "Yewande",
        "Kasia",
        "Zofia",
        "Ewelina",
        "Anjali",
        "Harpreet",
        "Sukhmani",
        "Nasreen",
        "Shazia",
        "Tahmina",
        "Blodwen",
        "Carys",
        "Nia",
        "Gráinne",
        "Niamh",
        "Róisín",
        "Mairead",
        "Isla",
        "Kirsty",
        "Eilidh",
        "Ngozi",
        "Adaeze",
        "Linh",
        "Hoa",
        "Yetunde",
        "Sadia",
        "Shabnam",
        "Dorota",
        "Beata",
        "Agnieszka",
        "Leanne-Marie",
        "Chantelle",
        "Paige-Louise",
        "Destiny",
    ),
    "M": (
        "Chukwuemeka",
        "Obinna",
        "Tunde",
        "Kwabena",
        "Piotr",
        "Tomasz",
        "Wojciech",
        "Ravinder",
        "Harjit",
        "Balwinder",
        "Imran",
        "Tariq",
        "Mizanur",
        "Dafydd",
        "Rhodri",
        "Emyr",
        "Pádraig",
        "Ciarán",
        "Eoin",
        "Ruairidh",
        "Callum",
        "Fraser",
        "Kofi",
        "Yaw",
        "Tuan",
        "Duc",
        "Olamide",
        "Faisal",
        "Bartosz",
        "Mateusz",
        "Jayden-Lee",
        "Kyle",
        "Brandon",
    ),
}
WORD_NAMES = {
    "F": ("Hope", "Faith", "Holly", "Hazel", "Iris", "Rose", "Daisy", "Willow", "Summer", "Star"),
    "M": ("Rowan", "Ash", "Heath", "Colt", "Stone", "Fox", "Ford", "Lake", "Dale", "Bay"),
}
ALL_WORD_NAMES = frozenset(WORD_NAMES["F"] + WORD_NAMES["M"])
NICKNAMES = {
    "Dorothy": ("Dot", "Dolly"),
    "Winifred": ("Win", "Winnie"),
    "Kathleen": ("Kath", "Kitty"),
    "Patricia": ("Pat", "Trish"),
    "Barbara": ("Babs",),
    "Josephine": ("Jo", "Josie"),
    "Evelyn": ("Evie",),
    "Edith": ("Edie",),
    "Beatrice": ("Bea", "Trixie"),
    "Frederick": ("Fred", "Freddie"),
    "Albert": ("Bert", "Bertie"),
    "Alfred": ("Alf", "Alfie"),
    "Geoffrey": ("Geoff",),
    "Raymond": ("Ray",),
    "Clifford": ("Cliff",),
    "Douglas": ("Doug",),
    "Gerald": ("Gerry",),
    "Kenneth": ("Ken", "Kenny"),
    "Ronald": ("Ron", "Ronnie"),
}
NICK_SEX = {
    "Dorothy": "F",
    "Winifred": "F",
    "Kathleen": "F",
    "Patricia": "F",
    "Barbara": "F",
    "Josephine": "F",
    "Evelyn": "F",
    "Edith": "F",
    "Beatrice": "F",
}
SURNAMES = (
    "Okonkwo", "Adeyemi", "Mensah", "Asante", "Kowalczyk", "Wiśniewska", "Zielinski", "Sandhu",
    "Grewal", "Dhillon", "Chowdhury", "Rahman", "Akhtar", "Iqbal", "Llewellyn", "Prosser",
    "Gruffydd", "Ní Bhriain", "Nic Dhonnchadha", "Mac an tSaoir", "MacLennan", "Urquhart",
    "Nguyen", "Tran", "Pham", "van Rensburg", "de Souza", "di Stefano", "El-Masri", "bin Yusuf",
    "Shackleton-Bowes", "Ferris-Kaur", "Thistlethwaite", "Blenkinsop", "Cheesewright", "Fairbairn",
    "Foley", "Stokes", "Paget", "Hartmann", "Parkinson", "Oyelaran", "Nwachukwu", "Babatunde",
)  # fmt: skip
HONORIFICS = ("mr", "mrs", "ms", "miss", "master", "dr", "mx")


def _fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value.casefold())
    return plain.encode("ascii", "ignore").decode()


def _parts(name: str) -> list[str]:
    return [p for p in re.split(r"[\s-]+", _fold(name)) if p]


@dataclass
class P:
    first: str
    last: str
    sex: str
    names: str
    title: str = ""
    nick: str = ""
    in_record: bool = False

    def every_part(self) -> set[str]:
        out = set(_parts(self.first)) | set(_parts(self.last))
        if self.nick:
            out |= set(_parts(self.nick))
        return out


def _listed(name: str) -> bool:
    listed = listed_names()
    return all(part in listed for part in re.split(r"[\s-]+", name.casefold()) if part)


def _draw_person(rng: random.Random, sex: str | None, old: bool) -> P:
    sex = sex or rng.choice("FM")
    if rng.random() < 0.55:
        faked = _new_person(rng, sex=sex)
        return P(faked.first, faked.last, sex, faked.names)
    roll = rng.random()
    nick = ""
    if old and roll < 0.35 or roll < 0.12:
        options = [n for n in NICKNAMES if NICK_SEX.get(n, "M") == sex]
        first = rng.choice(options)
        nick = rng.choice(NICKNAMES[first])
    elif roll < 0.22:
        first = rng.choice(WORD_NAMES[sex])
    else:
        first = rng.choice(FIRST[sex])
    last = rng.choice(SURNAMES)
    names = "listed" if _listed(first) and _listed(last) else "unlisted"
    return P(first, last, sex, names, nick=nick)


def _person(rng, taken: set[str], sex=None, old=False) -> P:
    while True:
        person = _draw_person(rng, sex, old)
        parts = person.every_part()
        if any(len(p) < 2 or p in HONORIFICS for p in parts):
            continue
        if parts & taken:
            continue
        taken |= parts
        return person


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
    provider: str = ""
    sex: str | None = None
    ages: tuple[int, int] | None = None
    topup: str = "{time} {text}"  # how a log's top-up line is written


def _style(name, register, what, text, refs, **kw) -> Style:
    parts: dict[str, list[str]] = {"H": [], "C": [], "X": [], "E": []}
    # "\n" in a template is a line break inside the sentence; a sentence opens with "H: " etc.
    for chunk in re.split(r"\n(?=[HCXE]: )", text.strip("\n")):
        parts[chunk[0]].append(chunk[3:].strip(" "))
    return Style(
        name,
        register,
        what,
        tuple(parts["H"]),
        tuple(parts["C"]),
        tuple(parts["X"]),
        tuple(parts["E"]),
        refs,
        **kw,
    )


# ---------------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------------

# Town, postcode area, dialling code.
TOWNS = (
    ("Norwich", "NR", "01603"), ("Ipswich", "IP", "01473"), ("Lincoln", "LN", "01522"),
    ("Boston", "PE", "01205"), ("Grantham", "NG", "01476"), ("Derby", "DE", "01332"),
    ("Stoke-on-Trent", "ST", "01782"), ("Shrewsbury", "SY", "01743"),
    ("Hereford", "HR", "01432"), ("Worcester", "WR", "01905"), ("Gloucester", "GL", "01452"),
    ("Swindon", "SN", "01793"), ("Bath", "BA", "01225"), ("Taunton", "TA", "01823"),
    ("Exeter", "EX", "01392"), ("Truro", "TR", "01872"), ("Plymouth", "PL", "01752"),
    ("Bournemouth", "BH", "01202"), ("Brighton", "BN", "01273"), ("Canterbury", "CT", "01227"),
    ("Maidstone", "ME", "01622"), ("Luton", "LU", "01582"), ("Bedford", "MK", "01234"),
    ("Northampton", "NN", "01604"), ("Leicester", "LE", "0116"), ("Nottingham", "NG", "0115"),
    ("Leeds", "LS", "0113"), ("Bristol", "BS", "0117"), ("Birmingham", "B", "0121"),
    ("Edinburgh", "EH", "0131"), ("Liverpool", "L", "0151"), ("Manchester", "M", "0161"),
    ("Newcastle upon Tyne", "NE", "0191"), ("Belfast", "BT", "028"), ("Portsmouth", "PO", "023"),
    ("Swansea", "SA", "01792"), ("Wrexham", "LL", "01978"), ("Inverness", "IV", "01463"),
    ("Aberdeen", "AB", "01224"), ("Perth", "PH", "01738"),
)  # fmt: skip
LOCALITIES = (
    "Thorpe Hamlet", "Hightown", "Westfields", "Mile Oak", "Abbey Foregate", "Bishopton",
    "Priory Vale", "Kingsholm", "Hucclecote", "Larkfield", "St Clements", "Newtown",
    "Castle Fields", "Saltney", "Old Catton", "Whitehill", "Brickfields", "Osier Bank",
    "Wherstead", "Lakenham", "Tuckton", "Heavitree Rise", "Moulsham", "Rodbourne",
)  # fmt: skip
STREETS = (
    "Pippin Way", "Russet Close", "Quince Walk", "Wherry Lane", "Tanner's Yard", "Ropewalk",
    "Maltings Court", "Osier Road", "Withy Lane", "Saltings Way", "Staithe Road", "Lighter Row",
    "Cooperage Street", "Hopkiln Lane", "Perry Orchard", "Damson Drive", "Weaver's Court",
    "Sluice Road", "Dyke Street", "Reedcutters Close", "Barge Walk", "Tollgate Rise",
    "Cider Mill Lane", "Lock Keeper's Way", "Fen View", "Dairy Row",
)  # fmt: skip
WARD_RIVERS = (
    "Wensum", "Yare", "Waveney", "Teme", "Lugg", "Severn", "Nene", "Welland", "Glaven", "Bure",
    "Stour", "Witham", "Ouse", "Tamar", "Exe", "Frome", "Avon", "Dove", "Trent", "Tees",
)  # fmt: skip
HOMES = (
    "Marram House", "Samphire Lodge", "The Beeches", "Sea Holly Court", "Larkrise",
    "Kingcup House", "Cornflower Lodge", "Thornbury Grange", "Harebell House", "Teasel Court",
    "Wychwood", "Oriel Lodge", "St Withburga's", "Fenland View",
)  # fmt: skip
HOME_KINDS = ("Care Home", "Nursing Home", "Residential Home", "care home", "Care Centre")
GP_FORMS = (
    "{street} Surgery", "{street} Medical Practice", "{loc} Health Centre",
    "{loc} Family Practice", "The {loc} Partnership", "{street} Group Practice",
)  # fmt: skip
HOSPITAL_FORMS = (
    "{town} County Hospital", "Royal {town} Infirmary", "{town} General Hospital",
    "{town} City Hospital", "{town} Community Hospital", "St Audrey's Hospital, {town}",
    "{town} University Hospital",
)  # fmt: skip
TRUST_FORMS = (
    "{town} University Hospitals NHS Foundation Trust", "{town} and District NHS Trust",
    "{town} Community Healthcare NHS Trust", "{town} Mental Health Partnership NHS Trust",
    "{town} Teaching Hospitals NHS Trust",
)  # fmt: skip
COUNCIL_FORMS = ("{town} City Council", "{town} Borough Council", "{town} Council")
PROVIDERS = {
    "school": ("{loc} Primary School", "{loc} Academy", "St Edmund's C of E Primary School"),
    "equipment": ("{town} Community Equipment Service", "Medequip {town}", "AidsLoan {town}"),
    "care": ("Kindred Reablement {town}", "{loc} Home First Team", "Harbourlight Care Ltd"),
    "independent": ("{town} Independent Treatment Centre", "Claremont Elective Care {town}"),
    "university": ("University of {town}", "{town} Institute of Health Sciences"),
    "housing": ("{town} Homes Partnership", "{loc} Housing Association", "Hearth Housing Ltd"),
    "pharmacy": ("{loc} Pharmacy", "{street} Pharmacy", "Fenland Chemists Ltd"),
    "agency": ("Brightwater Nursing Agency", "Swiftcare Staffing {town}"),
}
NATIONAL = (
    "the CQC", "NHS England", "the MHRA", "HSSIB", "the GMC", "the NMC", "the UKHSA",
    "the PHSO", "the ICO", "NHS Resolution", "the Resuscitation Council", "NICE",
    "the Housing Ombudsman", "NHS Digital", "the HCPC",
)  # fmt: skip

LOOKALIKES = {
    "eponym": (
        "Parkinson's disease",
        "Alzheimer's disease",
        "Bell's palsy",
        "Colles' fracture",
        "Heimlich manoeuvre",
        "Guedel airway",
        "Foley catheter",
        "Addison's disease",
        "Crohn's disease",
        "Paget's disease",
        "Lewy body dementia",
        "Stevens-Johnson syndrome",
        "Cheyne-Stokes breathing",
        "Barthel index",
        "Trendelenburg position",
        "Hartmann's procedure",
    ),
    "drug": (
        "zoledronic acid",
        "alendronic acid",
        "EpiPen",
        "Jext",
        "adrenaline",
        "Madopar",
        "Sinemet",
        "warfarin",
        "apixaban",
        "bupivacaine",
        "fentanyl",
        "salbutamol",
        "Clenil",
        "Oramorph",
        "co-codamol",
        "Adcal-D3",
        "Fortisip",
        "cetirizine",
        "Movicol",
        "Lantus",
    ),
    "score": (
        "NEWS2 of 7",
        "GCS 12/15",
        "Waterlow 18",
        "MUST 2",
        "Clinical Frailty Scale 6",
        "Barthel 35",
        "4AT of 6",
        "PEWS 5",
        "Bromage 1",
        "FRAX 24%",
        "Morse 65",
        "Abbey 9",
        "Braden 13",
        "CURB-65 of 3",
    ),
    "national": NATIONAL,
    "device": (
        "Sara Stedy",
        "Oxford Mini hoist",
        "Molift",
        "Medpro mattress",
        "Airflow 5000",
        "SystmOne",
        "EMIS Web",
        "Cerner Millennium",
        "Medway",
        "Careflow Connect",
        "Alertive",
        "Bair Hugger",
        "Shiley tube",
        "Portex tube",
        "Nervecentre",
        "Lexmark printer",
        "ThinPrep vial",
        "Tunstall pendant",
        "Bedsense pad",
    ),
    "number": (
        "BP 164/92",
        "SpO2 88%",
        "INR 3.8",
        "eGFR 41",
        "bleep 3306",
        "ext. 5512 internal",
        "lot 4471902",
        "the 2222 call",
        "sling size M",
        "RR 28",
        "HR 118",
        "Hb 94",
        "adjusted calcium 2.21",
        "vitamin D 19",
        "peak flow 210",
        "tube size 7.0",
        "T-score -3.1",
        "SWL 180kg",
    ),
    "duration": (
        "3/7",
        "2/52",
        "6/52",
        "5/7",
        "1/52",
        "4/12",
        "48 hours",
        "72 hours",
        "10 days",
        "six weeks",
        "12/52",
    ),
}


# ---------------------------------------------------------------------------------------------
# Values: dates, ages, numbers, places
# ---------------------------------------------------------------------------------------------

LOW = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words(n: int) -> str:
    """An age in words: 93 -> "ninety-three", 102 -> "one hundred and two"."""
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {_words(rest)}" if rest else "")
    if n < 20:
        return LOW[n]
    tens, unit = divmod(n, 10)
    return TENS[tens] + (f"-{LOW[unit]}" if unit else "")


def _date_forms(day: date, with_year: bool) -> list[str]:
    month, mon = MONTHS[day.month - 1], MONTHS[day.month - 1][:3]
    wk, wkd = WEEKDAYS[day.weekday()], WEEKDAYS[day.weekday()][:3]
    yy = f"{day:%y}"
    forms = [
        f"{day:%d/%m/%Y}",
        f"{day.day}/{day.month}/{yy}",
        f"{ordinal(day.day)} {month} {day.year}",
        f"{day.day} {month} {day.year}",
        f"{day:%d}{mon.upper()}{day.year}",
        f"{day.day} {mon.upper()} {day.year}",
        f"{day.day}.{day.month}.{yy}",
        f"{day:%d-%m-%Y}",
        f"{day.day}-{mon}-{day.year}",
        f"{month} {day.day}, {day.year}",
        f"{wkd} {day:%d/%m/%Y}",
        day.isoformat(),
        f"{day:%d.%m.%Y}",
        f"{day:%d} {mon} {yy}",
        f"{day:%d}/{mon}/{day.year}",
        f"{wk} {day.day} {month} {day.year}",
        f"{day:%Y%m%d}",
    ]
    if not with_year:
        forms += [
            f"{wkd} {ordinal(day.day)} {mon}", f"{wk} the {ordinal(day.day)}",
            f"{wkd} {day.day}/{day.month}", f"the {ordinal(day.day)} of {month}",
            f"{ordinal(day.day)} {month}", f"{day.day} {mon}", f"{day:%d/%m}",
            f"{wk} {day.day} {month}",
        ]  # fmt: skip
    return forms


# Forms a log keeps for all its lines (no comma, so a CSV field stays whole).
LOG_FORMS = (0, 1, 4, 6, 7, 11, 12, 13, 14)


def _phone_landline(rng: random.Random, code: str) -> str:
    local_len = 11 - len(code)
    local = "".join(str(rng.randint(0, 9)) for _ in range(local_len))
    local = str(rng.randint(2, 8)) + local[1:]
    cut = {8: 4, 7: 3, 6: 3}[local_len]
    spaced = f"{local[:cut]} {local[cut:]}"
    shape = rng.randint(0, 6)
    number = [
        f"{code} {spaced}",
        f"{code}{local}",
        f"({code}) {spaced}",
        f"{code}-{local}",
        f"+44 {code[1:]} {spaced}",
        f"+44 (0){code[1:]} {local}",
        f"{code} {local}",
    ][shape]
    roll = rng.random()
    if roll < 0.15:
        number += f" ext {rng.randint(1000, 9999)}"
    elif roll < 0.25:
        number += f" x{rng.randint(1000, 9999)}"
    return number


def _phone_mobile(rng: random.Random) -> str:
    digits = f"07{rng.randint(400, 999)}{rng.randint(0, 999999):06d}"
    return rng.choice(
        [
            f"{digits[:5]} {digits[5:]}",
            digits,
            f"{digits[:5]}-{digits[5:8]}-{digits[8:]}",
            f"{digits[:5]} {digits[5:8]} {digits[8:]}",
            f"{digits[:4]} {digits[4:7]} {digits[7:]}",
            f"+44 {digits[1:5]} {digits[5:]}",
            f"+44{digits[1:]}",
            f"({digits[:5]}) {digits[5:]}",
        ]
    )


def _hosp(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    shape = rng.randrange(4)
    if shape == 0:
        return f"{rng.choice(letters)}{rng.randint(1000000, 9999999)}"
    if shape == 1:
        return f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(1, 9)} {rng.randint(100000, 999999)}"
    if shape == 2:
        return f"{rng.randint(10, 99)}/{rng.randint(100000, 999999)}"
    trio = "".join(rng.choice(letters) for _ in range(3))
    return f"{trio}-{rng.randint(1000, 9999)}-{rng.choice(letters)}"


def _ref(rng: random.Random, shape: str) -> str:
    out = []
    for ch in shape:
        if ch == "#":
            out.append(str(rng.randint(0, 9)))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _fold(value))


# ---------------------------------------------------------------------------------------------
# One case
# ---------------------------------------------------------------------------------------------

# Initials that read as clinical abbreviations; a person with these is written another way.
CLINICAL_INITIALS = frozenset(
    "IV IM GP OT PT SC NG ED AE DN CT MR MS PE BP HR RR NA OD BD PO PR DR NB ID OK TB VF VT".split()
)
Piece = tuple[str, str | None, dict | None]
TOKEN = re.compile(r"\{(\w+)\.(\w+)\}|\{(\w+)\}|<<(.+?)>>")


@dataclass
class Case:
    rng: random.Random
    style: Style
    record: bool
    people: dict = field(default_factory=dict)
    taken: set = field(default_factory=set)
    values: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        rng, style = self.rng, self.style
        self.dot = "." if rng.random() < 0.2 else ""
        self.town, area, self.code = rng.choice(TOWNS)
        self.other_town = rng.choice([t for t in TOWNS if t[0] != self.town])[0]
        p = _person(rng, self.taken, style.sex, style.old)
        if style.child:
            p.title = "Master" if p.sex == "M" else "Miss"
        else:
            p.title = "Mr" if p.sex == "M" else rng.choice(("Mrs", "Mrs", "Ms", "Miss"))
        self.people["p"] = p
        for who in ("r", "s1", "s2", "d", "o1", "o2", "o3"):
            person = _person(rng, self.taken, None, style.old and who == "r")
            person.title = (
                "Dr"
                if who == "d"
                else ("Mr" if person.sex == "M" else rng.choice(("Mrs", "Ms", "Miss")))
            )
            self.people[who] = person
        rel_words = {"F": ("daughter", "wife", "sister", "niece", "mother", "partner"),
                     "M": ("son", "husband", "brother", "nephew", "father", "partner")}  # fmt: skip
        if style.child:
            rel_words = {
                "F": ("mother", "mum", "grandmother"),
                "M": ("father", "dad", "stepfather"),
            }
        self.values["rel"] = rng.choice(rel_words[self.people["r"].sex])
        if self.record:
            p.in_record = True
            self.people["r"].in_record = rng.random() < 0.7
            for who in ("s1", "s2", "d"):
                self.people[who].in_record = rng.random() < 0.3
        # age and dates
        if style.child:
            self.age = rng.randint(1, 15)
        elif style.ages:
            self.age = rng.randint(*style.ages)
        elif rng.random() < (0.7 if style.old else 0.25):
            self.age = rng.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104])
        else:
            self.age = rng.randint(60 if style.old else 19, 89)
        self.start = date(2023, 1, 1) + timedelta(days=rng.randint(0, 900))
        anniversary = date(self.start.year - self.age, self.start.month, min(self.start.day, 28))
        self.dob = anniversary - timedelta(days=rng.randint(1, 360))
        self.day = self.start
        self.first_date = True
        self.step = {"lines": 1, "prose": 5, "letter": 7}[style.register]
        self.log_form = (
            rng.choice(LOG_FORMS) if style.register == "lines" and rng.random() < 0.7 else None
        )
        if style.name.endswith("_csv"):
            self.log_form = rng.choice(LOG_FORMS)
        self.clock = rng.randint(0, 23) * 60 + rng.choice((0, 10, 15, 25, 30, 40, 45, 50))
        self.time_form = rng.randrange(4)
        self.nhs_layout = rng.randrange(3)
        nhs = nhs_number(rng)
        self.nhs = nhs
        self.hosp = _hosp(rng)
        self.flat = rng.randint(1, 24) if rng.random() < 0.15 else None
        self.house = rng.randint(1, 220)
        self.street = rng.choice(STREETS)
        self.locality = rng.choice(LOCALITIES)
        self.postcode = postcode(rng, area)
        line1 = f"{self.house} {self.street}"
        if self.flat:
            line1 = f"Flat {self.flat}, {line1}"
        self.line1 = line1
        self.address = f"{line1}, {self.locality}, {self.town}, {self.postcode}"
        wrong_street = rng.choice([s for s in STREETS if s != self.street])
        self.wrong = (f"{rng.randint(1, 220)} {wrong_street}", self.locality, self.town)
        loc = rng.choice(LOCALITIES)
        fill = {"town": self.town, "loc": loc, "street": rng.choice(STREETS)}
        river = rng.choice(WARD_RIVERS)
        river2 = rng.choice([w for w in WARD_RIVERS if w != river])
        self.values.update(
            ward=rng.choice((f"{river} Ward", f"{river} Unit", f"Ward {river}", f"{river} ward")),
            ward2=f"{river2} {rng.choice(('Ward', 'Unit', 'Suite'))}",
            home=f"{rng.choice(HOMES)} {rng.choice(HOME_KINDS)}",
            street=rng.choice([s for s in STREETS if s not in (self.street, wrong_street)]),
            hospital=rng.choice(HOSPITAL_FORMS).format(town=self.town),
            hospital2=rng.choice(HOSPITAL_FORMS).format(town=self.other_town),
            trust=rng.choice(TRUST_FORMS).format(town=self.town),
            gp=rng.choice(GP_FORMS).format(**fill),
            council=rng.choice(COUNCIL_FORMS).format(town=self.town),
            prov=rng.choice(PROVIDERS[style.provider]).format(**fill) if style.provider else "",
            ref=_ref(rng, style.refs[0]),
            ref2=_ref(rng, style.refs[1]),
            phone=_phone_landline(rng, self.code),
            mob=_phone_mobile(rng),
        )
        slug = _slug(self.town) + rng.choice(("hospitals", "uh", "nhs", "", "community"))
        r = self.people["r"]
        personal = rng.choice(("gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com",
                               "yahoo.co.uk", "icloud.com", "sky.com"))  # fmt: skip
        handle = rng.choice(
            (
                f"{_slug(r.first)}.{_slug(r.last)}",
                f"{_slug(r.first)}{_slug(r.last)}{rng.randint(1, 99)}",
                f"{_slug(r.first)[0]}{_slug(r.last)}",
                f"{_slug(r.last)}.family",
            )
        )
        self.values["email"] = f"{handle}@{personal}"
        self.values["email2"] = rng.choice(
            (
                f"{slug}.patientsafety@nhs.net",
                f"pals@{slug}.nhs.uk",
                f"{slug}.complaints@nhs.net",
                f"safeguarding.{slug}@nhs.net",
            )
        )
        self.values["url"] = rng.choice(
            (
                f"https://www.{slug}.nhs.uk/patient-safety/learning",
                f"www.{slug}.nhs.uk/feedback",
                f"https://forms.office.com/r/{_ref(rng, '@@##@@#@#')}",
                f"http://intranet.{slug}.nhs.uk/bulletin/{rng.randint(100, 999)}",
            )
        )
        self.known = {}
        if self.record:
            names = [
                f"{p.title} {p.first} {p.last}" if rng.random() < 0.4 else f"{p.first} {p.last}"
            ]
            for who in ("r", "s1", "s2", "d"):
                if self.people[who].in_record:
                    names.append(f"{self.people[who].first} {self.people[who].last}")
            self.known = {
                "names": names,
                "nhs_number": nhs,
                "date_of_birth": self.dob.isoformat(),
                "hospital_number": self.hosp,
                "address": self.address,
            }

    # -- people -------------------------------------------------------------------------------

    def person(self, who: str, form: str) -> list[Piece]:
        rng = self.rng
        if who in ("o4", "o5"):
            person = _person(rng, self.taken)
            person.title = "Mr" if person.sex == "M" else rng.choice(("Mrs", "Ms", "Miss"))
        else:
            person = self.people[who]
        meta = {"names": person.names, "in_record": person.in_record}
        title = f"{person.title}{self.dot}"
        first, last = person.first, person.last
        if form == "full":
            roll = rng.random()
            if roll < 0.08:
                form = "upper"
            elif roll < 0.13:
                form = "lower"
            elif roll < 0.20:
                form = "caps"
            elif roll < 0.27:
                form = "jh"
        if form == "first" and person.nick and rng.random() < 0.5:
            form = "nick"
        if form == "email":
            return [(f"{_slug(first)}.{_slug(last)}@nhs.net", "EMAIL", None)]
        if form == "poss":
            name = rng.choice((f"{first} {last}", f"{title} {last}", person.nick or first))
            return [(name, "PERSON", meta), ("'s", None, None)]
        initials = "".join(w[0] for w in re.split(r"[\s-]+", f"{first} {last}") if w)[:4].upper()
        if form in ("init", "initd") and initials in CLINICAL_INITIALS:
            form = "jh"  # initials a reader would take for a clinical abbreviation are not used
        text = {
            "full": f"{first} {last}",
            "first": first,
            "last": last,
            "title": f"{title} {last}",
            "tfull": f"{title} {first} {last}",
            "init": initials,
            "initd": "".join(f"{c}." for c in initials),
            "caps": f"{last.upper()}, {first}",
            "upper": f"{first} {last}".upper(),
            "lower": f"{first} {last}".lower(),
            "lfirst": (person.nick or first).lower() if rng.random() < 0.3 else first.lower(),
            "nick": person.nick or first,
            "jh": f"{first[0]}{rng.choice(('.', ''))} {last}",
            "brk": f"{first}\n{last}",
        }[form]
        return [(text, "PERSON", meta)]

    # -- values -------------------------------------------------------------------------------

    def next_date(self) -> str:
        rng = self.rng
        if not self.first_date:
            if self.style.register == "lines":  # a log moves on a day now and then
                self.day += timedelta(days=1 if rng.random() < 0.2 else 0)
            else:
                self.day += timedelta(days=rng.randint(0, self.step))
        self.first_date = False
        forms = _date_forms(self.day, with_year=False)
        if self.log_form is not None:
            return forms[self.log_form]
        return rng.choice(forms)

    def time(self) -> str:
        self.clock = (self.clock + self.rng.choice((5, 10, 15, 20, 35, 50, 70, 95))) % 1440
        hour, minute = divmod(self.clock, 60)
        return (
            f"{hour:02d}:{minute:02d}",
            f"{hour:02d}{minute:02d}hrs",
            f"{hour:02d}.{minute:02d}",
            f"{hour:02d}{minute:02d}",
        )[self.time_form]

    def age_pieces(self) -> list[Piece]:
        rng, n = self.rng, self.age
        label = "AGE" if n > 89 else "NEG"
        if not self.style.child and rng.random() < 0.15:
            words = _words(n)
            before, after = rng.choice((("aged ", ""), ("", " years of age"), ("", " years old")))
            return [(before, None, None), (words, label, None), (after, None, None)]
        before, after = rng.choice(
            (("aged ", ""), ("", " y/o"), ("", "yo"), ("", " years old"), ("age ", ""),
             ("", "y"), ("", " yrs"), ("aged ", ""))
        )  # fmt: skip
        return [(before, None, None), (str(n), label, None), (after, None, None)]

    def postcode_text(self) -> str:
        value = self.postcode
        roll = self.rng.random()
        if roll < 0.12:
            return value.replace(" ", "")
        if roll < 0.2:
            return value.replace(" ", "  ")
        if roll < 0.27:
            return value.lower()
        return value

    def address_pieces(self, block: bool) -> list[Piece]:
        rng = self.rng
        if block:
            text = f"{self.line1}\n{self.locality}\n{self.town}"
            return [(text, "ADDRESS", None), ("\n", None, None), (self.postcode, "POSTCODE", None)]
        shape = rng.randrange(3)
        if shape == 0:
            text, sep = f"{self.line1}, {self.locality}, {self.town}", rng.choice((", ", " "))
        elif shape == 1:
            text, sep = f"{self.line1} {self.locality} {self.town}".upper(), " "
            text = text.replace(",", "")
        else:
            text, sep = f"{self.line1} {self.locality} {self.town}".replace(",", ""), " "
        code = self.postcode_text()
        if shape == 1:
            code = code.upper()
        return [(text, "ADDRESS", None), (sep, None, None), (code, "POSTCODE", None)]

    def wrong_address(self) -> list[Piece]:
        line, locality, town = self.wrong
        if self.rng.random() < 0.5:
            return [(f"{line}, {locality}, {town}", "ADDRESS", None)]
        return [(f"{line} {locality} {town}", "ADDRESS", None)]

    def nhs_text(self) -> str:
        n = self.nhs
        return (n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}")[self.nhs_layout]

    def slot(self, name: str) -> list[Piece]:
        rng = self.rng
        if name == "date":
            return [(self.next_date(), "DATE", None)]
        if name == "ldate":
            return [("", "LDATE", None)]
        if name == "dob":
            return [(rng.choice(_date_forms(self.dob, with_year=True)), "DATE", None)]
        if name == "age":
            return self.age_pieces()
        if name == "nhs":
            return [(self.nhs_text(), "NHS_NUMBER", None)]
        if name == "hosp":
            return [(self.hosp, "HOSPITAL_NUMBER", None)]
        if name in ("addr", "addrb"):
            return self.address_pieces(name == "addrb")
        if name == "addr2":
            return self.wrong_address()
        if name == "time":
            return [(self.time(), None, None)]
        if name == "rel":
            return [(self.values["rel"], None, None)]
        label = {
            "ward": "LOCATION", "ward2": "LOCATION", "home": "LOCATION", "street": "LOCATION",
            "hospital": "ORGANISATION", "hospital2": "ORGANISATION", "trust": "ORGANISATION",
            "gp": "ORGANISATION", "council": "ORGANISATION", "prov": "ORGANISATION",
            "ref": "ID", "ref2": "ID", "phone": "PHONE", "mob": "PHONE", "email": "EMAIL",
            "email2": "EMAIL", "url": "URL",
        }[name]  # fmt: skip
        return [(self.values[name], label, None)]

    def render(self, sentence: str) -> list[Piece]:
        pieces: list[Piece] = []
        at = 0
        for match in TOKEN.finditer(sentence):
            pieces.append((sentence[at : match.start()], None, None))
            who, form, name, term = match.groups()
            if who:
                pieces += self.person(who, form)
            elif name:
                pieces += self.slot(name)
            else:
                pieces.append((term, "NEG", None))
            at = match.end()
        pieces.append((sentence[at:], None, None))
        return [p for p in pieces if p[0] or p[1] == "LDATE"]


# ---------------------------------------------------------------------------------------------
# The 25 styles. H: header, C: core (in order), X: extra, E: ending; "\n" is a line break.
# ---------------------------------------------------------------------------------------------

STYLES = (
    # -- prose ------------------------------------------------------------------------------
    _style(
        "ot_home_visit_report",
        "prose",
        "occupational therapy access visit before discharge, a stair rail promised and never fitted (old)",
        """
H: OCCUPATIONAL THERAPY HOME ACCESS VISIT\nPatient: {p.tfull}   NHS: {nhs}   Hosp no: {hosp}\nVisit ref {ref}
H: OT access visit report ({ward}, {hospital})\nRe: {p.caps}, DOB {dob}, {addr}
C: I visited {addr} on {date} with {p.title}, {age}, and the {rel}, {r.full}, who lives nearby.
C: {p.first} climbed the stairs with a Zimmer frame held by me and needed both hands on the single banister, with a <<Clinical Frailty Scale 6>> recorded on {ward}.
C: A second stair rail and a <<Sara Stedy>> were requested from {prov} the same day, order {ref2}.
C: At the discharge planning meeting on {date} {s1.full} (ward manager) recorded the rail as fitted, but {r.first} says nobody came.
C: {p.title} fell on the stairs at home on {date}, three days after discharge, and was readmitted to {hospital} with a <<Colles' fracture>>.
X: {p.poss} history includes <<Parkinson's disease>> on <<Madopar>>, and the neighbour, {o1.full}, had been helping with the shopping.
X: The kitchen trolley and perching stool were delivered by {o4.full} from the equipment store on {date}.
X: I left my number, {phone}, with the {rel} and with {o2.tfull}, the warden at the block.
X: The fitter's job sheet, signed "{o3.jh}", shows the address as {addr2}, a street in the same estate.
X: The <<Barthel 35>> on the ward was lower than what I saw at home, which was closer to independent on the flat.
E: Report written by {s2.full}, Occupational Therapist, {ldate}. Shared with {gp} and the falls team ({email2}).
E: {s2.upper}\nOccupational Therapist, {trust}\n{ldate}
""",
        ("OTV-#####", "EQ/####/@@"),
        old=True,
        provider="equipment",
    ),
    _style(
        "tracheostomy_dislodgement_review",
        "prose",
        "ward review of a tracheostomy tube that came out on a general ward at night",
        """
H: Tracheostomy incident review - {ward}, {hospital}\nReference {ref}\nPatient: {p.full} ({hosp})
H: REVIEW: DISLODGED TRACHEOSTOMY ({ref})\n{p.upper}, NHS {nhs}, born {dob}
C: {p.tfull}, {age}, was stepped down from critical care to {ward} on {date} with a <<Shiley tube>> in place.
C: At {time} the healthcare assistant, {o1.full}, found the tube lying on the pillow and {p.first} with <<SpO2 88%>> and noisy breathing.
C: {s1.full} put out <<the 2222 call>> and the critical care outreach nurse, {s2.tfull}, arrived four minutes later.
C: The anaesthetist, {d.title}, re-sited a <<Portex tube>> at {time} and {p.last} went back to critical care.
C: The bedhead sign and the tracheostomy box were found on {ward2}, where {p.first} had been the night before.
X: The spare tube size on the sign was <<tube size 7.0>>, which matched the notes from {hospital2}.
X: Tapes had been changed at {time} by {o4.full}, an agency nurse from {prov} who had not done the trust's training.
X: {p.poss} {rel}, {r.tfull}, was phoned at {time} on {mob} and came in the next morning.
X: A <<NEWS2 of 7>> had been recorded an hour before, and the plan for a review was not escalated.
X: The outreach log written by {s2.init} shows the call received at {time} on {date}.
E: Reviewed by {d.tfull} and {s1.full}, {ldate}. Learning shared through {url}.
E: Review closed {ldate}. Contact the patient safety team on {phone} or {email2}.
""",
        ("TRC-####", "PSR/####/@"),
        provider="agency",
    ),
    _style(
        "hoist_sling_fall_investigation",
        "prose",
        "care home investigation, a resident slipped through a sling of the wrong size (old)",
        """
H: {home} - Investigation report\nResident: {p.tfull} ({dob})\nOur ref: {ref}
H: INVESTIGATION: FALL FROM HOIST\nResident {p.caps}, NHS number {nhs}, {home}
C: On {date} at {time} {p.title}, {age}, slipped from an <<Oxford Mini hoist>> during a transfer from bed to chair.
C: Two carers, {s1.full} and {o1.full}, were present, and the sling used was a <<sling size M>> taken from another resident's room.
C: {p.poss} own sling was in the laundry, logged out by {o2.first} the day before.
C: {p.first} was seen by the out-of-hours GP, {d.title}, and sent to {hospital}, where a fractured neck of femur was found.
C: The {rel}, {r.full}, was told by {s2.title} at {time} by telephone on {mob}.
X: {p.poss} moving and handling plan, written by {o3.full} from {council}, states a size L sling for every transfer.
X: The <<Waterlow 18>> and <<MUST 2>> were recorded on {date}, before the fall.
X: We notified <<the CQC>> on {date} under regulation 18 and {council} safeguarding the same week.
X: {r.first} asked why the <<SWL 180kg>> label had been read but the size label had not.
X: The hoist was serviced on {date} by {prov}, job number {ref2}.
E: {s2.full}, Registered Manager, {home}, {ldate}.
E: Signed: {s2.jh} (Manager) on {ldate}; copy to {gp}.
""",
        ("INV-####", "HS/####/@@"),
        old=True,
        provider="equipment",
    ),
    _style(
        "fracture_liaison_treatment_gap_review",
        "prose",
        "fracture liaison service review, an infusion of bone treatment agreed and never given (old)",
        """
H: Fracture Liaison Service - case review {ref}\n{p.tfull}, {hosp}, {addr}
H: FLS treatment gap review\nPatient {p.full}, DOB {dob}, NHS {nhs}
C: {p.tfull}, {age}, was seen in the fracture liaison clinic on {date} after a wrist fracture, with a <<T-score -3.1>> on the scan.
C: {d.title} recommended <<zoledronic acid>> and wrote to {gp} on {date}, asking for <<vitamin D 19>> to be treated first.
C: The letter was filed at the practice by {o1.full} without a task, and <<Adcal-D3>> was never started.
C: {p.first} fell again on {date} and was admitted to {hospital} with a hip fracture.
C: The clinic's own tracker had no recall date, because {s1.full} left the service the month before and the list was not handed on.
X: {p.poss} {rel}, {r.full}, phoned the clinic twice, on {phone}, and was told the infusion would be booked.
X: <<alendronic acid>> had been stopped years before for reflux, as the discharge letter from {hospital2} said.
X: The <<FRAX 24%>> was in the letter but not in the summary that went to the GP.
X: {s2.full}, the practice pharmacist, has since searched for others on the same list.
X: The <<adjusted calcium 2.21>> result was normal, so nothing stood in the way of treatment.
E: Prepared by {s2.tfull} for the bone health group, {ldate}. {url}
E: Review ends. {d.full}, Consultant, {trust}. {ldate}
""",
        ("FLS-####", "BH/##/###"),
        old=True,
    ),
    _style(
        "anaphylaxis_school_trip_review",
        "prose",
        "school and school nursing review, an auto-injector left on the coach on a trip (child)",
        """
H: Review: allergic reaction on a school trip\nPupil: {p.full}, DOB {dob}, {prov}\nRef {ref}
H: SCHOOL NURSING TEAM - REVIEW {ref}\n{p.upper} ({dob}), NHS {nhs}
C: {p.first}, {age}, has a peanut allergy and an individual healthcare plan written by the school nurse, {s1.full}, on {date}.
C: On the trip on {date} {p.first} ate a cereal bar from another child and had lip swelling and wheeze at {time}.
C: The teacher, {o1.tfull}, found the <<Jext>> pens had been left on the coach with the first aid bag.
C: A parent helper, {o2.full}, gave <<cetirizine>> and called 999; the ambulance crew gave <<adrenaline>> at {time}.
C: {p.first} was observed at {hospital} for <<48 hours>> and went home to {addr}.
X: {p.poss} {rel}, {r.tfull}, says the plan was never shared with the trip leader, {o3.full}.
X: The plan lists <<EpiPen>> rather than <<Jext>>, as the brand changed in <<six weeks>> of supply problems.
X: A <<PEWS 5>> was recorded by the crew at {time}.
X: The school's trip risk assessment, ref {ref2}, was signed by {o4.full} without the medical list attached.
X: The {rel} can be reached on {mob} or {email}.
E: {s1.full}, School Nurse, {trust}, {ldate}.
E: Agreed with the head teacher on {ldate}. Questions to {email2}.
""",
        ("SN-#####", "TRIP/####"),
        child=True,
        provider="school",
    ),
    _style(
        "epidural_line_near_miss_review",
        "prose",
        "maternity review, a bag of bupivacaine and fentanyl nearly connected to an intravenous line (ages 19-44)",
        """
H: Near miss review - delivery suite, {hospital}\nWoman: {p.full}, hospital number {hosp}\n{ref}
H: MATERNITY NEAR MISS {ref}\n{p.caps}, NHS {nhs}, DOB {dob}
C: {p.tfull}, {age}, was in labour on {ward} on {date} with an epidural sited by {d.tfull} at {time}.
C: At {time} the midwife, {s1.full}, picked up a bag of <<bupivacaine>> and <<fentanyl>> to connect to the cannula.
C: The second midwife, {s2.first}, noticed the yellow label and the line was not connected.
C: {p.first} was told by {s1.title} at {time}, and her partner, {r.full}, asked for it in writing.
C: The epidural pump had been moved from the next room by {o1.full}, a maternity support worker, so both lines ran from the same side.
X: The <<Bromage 1>> was recorded at {time} and the block was working well.
X: {p.first} gave birth on {date} and went home to {addr} two days later.
X: A similar near miss was reported at {hospital2} last year, shared by {o2.tfull}.
X: Locking connectors were on order from the supplier since {date}, via {o3.full} in procurement.
X: Her partner's number, {mob}, was added to the record at their request.
E: {s2.full}, Labour Ward Coordinator, {ldate}. Learning at {url}.
E: Reviewed by the maternity safety group, {ldate}; contact {email2}.
""",
        ("MAT-#####", "DS/####/@@"),
        sex="F",
        ages=(19, 44),
    ),
    _style(
        "fire_evacuation_debrief_note",
        "prose",
        "ward debrief after a fire alarm and a horizontal evacuation, a patient's oxygen left behind",
        """
H: Debrief note: fire evacuation of {ward}, {hospital}\nLog {ref}
H: FIRE EVACUATION DEBRIEF - {ward}\nIncident {ref}, {date}
C: At {time} on {date} the alarm sounded on {ward} after a toaster fire in the ward kitchen.
C: The nurse in charge, {s1.full}, moved eleven patients through the fire doors to {ward2}.
C: {p.tfull}, {age}, on <<Airflow 5000>> mattress and oxygen, was moved on the bed by {o1.full} and {o2.full}, porters.
C: The oxygen cylinder was left on the bay wall and {p.first} was without oxygen for about ten minutes, with <<SpO2 88%>> at {time}.
C: {d.title} reviewed {p.last} at {time} and oxygen was restarted; no harm was found on the <<NEWS2 of 7>> repeated later.
X: {p.poss} {rel}, {r.full}, was told at visiting and asked who the fire warden was.
X: The fire officer, {o3.tfull}, from estates, signed the log at {time}.
X: The <<Medpro mattress>> in the next bay lost power during the move.
X: The patient list used was printed at {time} from <<Nervecentre>> and still showed {o4.full}, discharged the day before.
X: The kitchen is now locked at night; keys with {s2.full}.
E: Debrief led by {s2.full}, {ldate}. Actions: {email2}.
E: {s1.jh} (Nurse in Charge), {ldate}.
""",
        ("FIRE-####", "EST/####/@"),
        old=False,
    ),
    _style(
        "cervical_sample_mislabel_review",
        "prose",
        "GP practice review, a cervical screening sample labelled with another woman's details",
        """
H: {gp} - significant event review\nSubject: cervical screening sample {ref}
H: SIGNIFICANT EVENT: SAMPLE MISLABELLED\nPatient: {p.tfull}, NHS {nhs}
C: On {date} the practice nurse, {s1.full}, took cervical screening samples from {p.tfull}, {age}, and from another woman, {o1.full}.
C: The <<ThinPrep vial>> labels were printed from <<EMIS Web>> at the same time and the two vials were swapped.
C: The laboratory rejected one sample on {date} because the date of birth on the form did not match, and {o1.first} was called back.
C: {p.first} received a normal result letter that belonged to the other woman and was recalled on {date}.
C: {p.title} came back to the practice at {addr}, and the sample was retaken by {s2.full}.
X: {p.poss} own result, when it came, needed a colposcopy referral to {hospital}.
X: The practice manager, {o2.tfull}, telephoned {p.first} on {mob} to explain.
X: Both women's records were checked by {d.tfull} on {date}.
X: The sample taker's code on the form, {ref2}, belonged to {s1.first}.
X: {p.title} asked that her {rel}, {r.full}, be present at the apology meeting.
E: Discussed at the practice meeting on {ldate}. Lead: {d.full}.
E: Review written by {o2.full}, Practice Manager, {ldate}.
""",
        ("SEA-####", "CS/##/####"),
        sex="F",
        ages=(25, 64),
    ),
    _style(
        "respite_placement_breakdown_note",
        "prose",
        "adult social care note, an emergency respite placement that broke down when the carer was admitted (old)",
        """
H: Adult Social Care - case note\nPerson: {p.full}   DOB {dob}   Case {ref}
H: {council} - Emergency respite note, case {ref}\n{p.caps}, {addr}
C: {p.tfull}, {age}, lives with {r.tfull}, the main carer, who was admitted to {hospital} on {date}.
C: The duty social worker, {s1.full}, found an emergency bed at {home} the same evening.
C: {p.first} has <<Lewy body dementia>> and the home was not told about the night-time hallucinations.
C: On {date} at {time} the home asked for {p.first} to be collected after {p.title} was found in another resident's room.
C: {s2.full} arranged a second placement at {prov}, and {p.first} moved for the third time in a week.
X: The neighbour, {o1.full}, kept a key and had been checking the house at {addr2}.
X: The GP, {d.title} at {gp}, was asked for a medication list on {date}.
X: {r.first} rang from the ward on {mob} and asked to speak to {o2.tfull} in the carers' team.
X: The home's manager, {o3.full}, said the pre-admission form had no section on behaviour.
X: {p.poss} <<Sinemet>> was missed on the first night because the box was left at home.
E: {s1.full}, Social Worker, {ldate}.
E: Note ends. Entered by {s1.email} on {ldate}.
""",
        ("ASC-######", "RSP/####"),
        old=True,
        provider="care",
    ),
    # -- lines --------------------------------------------------------------------------------
    _style(
        "incident_form_field_export",
        "lines",
        "incident reporting form exported field by field, a patient with Parkinson's given medicines late (old)",
        """
H: ---- Incident form export ----\nIncident ID: {ref}\nReported: {date} {time}\nReporter: {s1.email}
H: Form: Incident (web)\nRecord: {ref}\nReported by: {s1.caps}\nDate reported: {date}
C: Patient name: {p.tfull}\nPatient NHS no: {nhs}\nPatient DOB: {dob}
C: Location (exact): {ward}, {hospital}
C: Description: {p.first}, {age}, has <<Parkinson's disease>>; {time} dose of <<Madopar>> given at {time} after bank nurse {o1.full} could not find the keys.
C: Immediate action: {d.title} informed at {time}; {p.last} reviewed, <<NEWS2 of 7>>.
C: Family informed: yes - {rel} {r.full} ({mob}) on {date}
X: Witnesses: {o2.full} (HCA), {o3.jh}
X: Handler: {s2.full} / {s2.email}
X: Linked incidents: {ref2} (same ward, {date})
X: Contributing factors: staffing, <<Cerner Millennium>> timing of doses, agency staff
X: Address on record: {addr}
E: Status: Under review\nApproved by: {s2.tfull}\nFinal approval: {ldate}
E: Closed: {ldate} by {s2.init}
""",
        ("W#####", "INC-####-@@"),
        old=True,
        topup="Notes ({time}): {text}",
    ),
    _style(
        "ed_waiting_room_reassessment_csv",
        "lines",
        "emergency department waiting-room reassessment list pasted as CSV, a patient not re-triaged for hours",
        """
H: date,time,name,hosp_no,triage_cat,nurse,comment\n{date},{time},"{p.caps}",{hosp},3,{s1.init},"arrived by car with {rel}"
H: Date,Time,Patient,MRN,Cat,RN,Notes\n{date},{time},"{p.upper}",{hosp},3,{s1.init},"triaged - chest pain, {age}"
C: {date},{time},"{p.caps}",{hosp},3,{s1.init},"<<BP 164/92>> <<HR 118>> ECG done"
C: {date},{time},"{o1.caps}",,4,{s1.init},"wrist, <<co-codamol>> given"
C: {date},{time},"{p.caps}",{hosp},3,{s2.init},"not in waiting room when called"
C: {date},{time},"{p.caps}",{hosp},2,{s2.init},"found in toilet by {o2.full}, grey, <<RR 28>>"
C: {date},{time},"{p.caps}",{hosp},1,{s2.init},"to resus; {d.title} aware; NOK {r.full} {mob}"
X: {date},{time},"{o3.caps}",,5,{s1.init},"left before being seen"
X: {date},{time},"{o4.caps}",,3,{s2.init},"<<SpO2 88%>> on air, to majors"
X: {date},{time},"{p.caps}",{hosp},3,{s1.init},"obs not repeated, queue 41 patients"
X: {date},{time},"{p.caps}",{hosp},3,{s2.init},"NHS {nhs} checked, {addr}"
X: {date},{time},"{o5.caps}",,4,{s2.init},"reassessed, <<GCS 12/15>> - see {d.full}"
E: {date},{time},"END OF LIST",,,{s2.init},"pasted by {s2.full} for review {ref}"
E: {date},{time},"--",,,,"exported for {ref} by {s2.email}"
""",
        ("EDR-#####", "ED/####/@"),
        topup='{time},"",,,,"{text}"',
    ),
    _style(
        "tto_discharge_checklist_table",
        "lines",
        "discharge medicines checklist pasted as a pipe table, warfarin sent home with no dose plan (old)",
        """
H: | Discharge checklist | {p.full} | {hosp} |\n| --- | --- | --- |
H: | TTO checklist | {p.caps} | NHS {nhs} |\n| --- | --- | --- |
C: | Patient | {p.tfull}, {age}, DOB {dob} | {ward} |
C: | Medicines | <<warfarin>> 3mg, <<apixaban>> stopped, <<Movicol>> | checked by {s1.init} |
C: | INR plan | blank - <<INR 3.8>> on {date} | pharmacist {o1.full} off sick |
C: | Discharged | {date} {time} | by {s1.full} |
C: | Readmitted | {date} with bleeding | to {hospital}, seen by {d.title} |
X: | Address | {addr} | confirmed with {rel} |
X: | NOK | {r.full} | {mob} |
X: | GP | {gp} | letter not sent |
X: | District nurse | {o2.full} | visit booked for {date} |
X: | Transport | {o3.jh} (driver) | {time} |
E: | Table pasted by | {s2.full} | {ldate} |
E: | Checked by | {s2.init} | {ldate} |
""",
        ("TTO-#####", "DC/####/@@"),
        old=True,
        topup="| Note | {text} | {time} |",
    ),
    _style(
        "clinical_messaging_app_thread",
        "lines",
        "hospital messaging app thread between night doctors and nurses, a low potassium not acted on",
        """
H: Thread export - #medicine-night - {hospital}\nCase ref {ref}
H: Chat export: Night team ({ward})\nExported {date} for {ref}
C: [{date} {time}] {s1.full}: bed 14 {p.full} K 2.6, can someone come
C: [{date} {time}] {d.full}: on my list, stuck in ED with {o1.first}'s sepsis
C: [{date} {time}] {s1.first}: {p.last} now <<HR 118>>, irregular
C: [{date} {time}] {o2.full}: I'm the other F1, can see {p.first} in 20
C: [{date} {time}] {s1.first}: arrested, 2222 put out. {p.poss} {rel} on way
X: [{date} {time}] {s2.full}: {ward2} also need someone for fluids
X: [{date} {time}] {d.first}: sorry, missed msgs, <<Careflow Connect>> logged me out
X: [{date} {time}] {s1.first}: {rel} {r.full} wants a call on {mob}
X: [{date} {time}] {o3.full}: med reg here, who is {p.first}, hosp no {hosp}?
X: [{date} {time}] {s2.first}: <<Alertive>> not working on {ward2} either
E: [{date} {time}] {s2.full}: exported for review by {s2.email}
E: -- end of export ({ldate}) --
""",
        ("MSG-#####", "DX/####/@@"),
        topup="[{time}] note: {text}",
    ),
    _style(
        "medical_secretary_typing_log",
        "lines",
        "medical secretaries' typing log, a clinic letter sent to another patient's GP",
        """
H: Typing log - {d.title}'s clinics - {hospital}\nRef {ref}
H: SECRETARIES' LOG ({trust})\nQuery {ref}
C: {date} {time} dictation received, clinic of {date}, {p.full} ({hosp}), typed by {s1.init}
C: {date} {time} letter addressed from <<Medway>> to {gp} - wrong practice, {p.poss} old GP
C: {date} {time} {o1.full} at {gp} rang: not our patient, letter shredded
C: {date} {time} {p.first} rang: no letter; {rel} {r.full} chasing, {mob}
C: {date} {time} re-sent to correct GP, {p.tfull}, {addr}
X: {date} {time} cc to {o2.tfull}, optometrist, by post
X: {date} {time} {s2.full} covering while {s1.first} on leave
X: {date} {time} dictation also names {o3.full} - different patient - removed
X: {date} {time} NHS {nhs} DOB {dob} confirmed on <<Medway>>
X: {date} {time} printer jam, <<Lexmark printer>> reset by {o4.full}
E: {date} log closed by {s2.email}
E: {date} passed to PALS, {email2}
""",
        ("TYP-####", "SEC/####/@"),
        topup="{time} {text}",
    ),
    _style(
        "switchboard_call_log",
        "lines",
        "switchboard call log, an outside line transferred round the hospital while a relative waited",
        """
H: SWITCHBOARD LOG - {hospital}\nOperator {s1.init}\nIncident {ref}
H: Switchboard call record {ref}, {trust}
C: {date} {time} incoming {mob}, caller {r.tfull}, asking for {ward} about {p.full}
C: {date} {time} transferred to {ward}, no answer, back to operator
C: {date} {time} {r.first} again, says {p.first} rang sounding confused, <<bleep 3306>> tried
C: {date} {time} {ward} answered by {o1.full}, said {p.last} moved to {ward2}
C: {date} {time} {s2.full} on {ward2} took call; {d.title} to speak to family
X: {date} {time} caller gave {p.poss} DOB {dob} and NHS {nhs}
X: {date} {time} {o2.full} from {gp} on {phone} also waiting
X: {date} {time} operator {s1.full} handed over to {o3.full}
X: {date} {time} {r.first} asked for PALS, given {email2}
X: {date} {time} line dropped, called back on {mob}
E: {date} log printed by {s2.init} for {ref2}
E: {date} reviewed by {s2.full}
""",
        ("SWB-#####", "CALL/####"),
        topup="{time} operator note - {text}",
    ),
    _style(
        "reablement_visit_rota_csv",
        "lines",
        "reablement team visit rota pasted as CSV, a lunchtime visit dropped when a carer went off sick (old)",
        """
H: visit_date,slot,client,address,carer,status\n{date},08:00,"{p.caps}","{addr}",{s1.init},done
H: Date,Slot,Client,Address,Worker,Outcome\n{date},breakfast,"{p.upper}","{addr}",{s1.init},done
C: {date},lunch,"{p.caps}","{addr2}",{o1.init},MISSED - wrong address on rota
C: {date},tea,"{p.caps}","",{s1.init},"found on floor, <<Tunstall pendant>> not worn"
C: {date},tea,"{o2.caps}","",{s2.init},done
C: {date},bed,"{p.caps}","",{s2.init},"999 called, {rel} {r.full} told"
C: {date},lunch,"{p.caps}","",{o3.init},cancelled - in {hospital}
X: {date},breakfast,"{o4.caps}","",{s1.init},done
X: {date},lunch,"{p.caps}","",{s1.init},"{age}, <<Fortisip>> left"
X: {date},tea,"{p.caps}","",{s2.init},"NHS {nhs}"
X: {date},note,"{p.caps}","",{s2.init},"GP {gp}, {d.title}"
X: {date},note,"{p.caps}","",{s2.init},"{rel} mob {mob}"
E: {date},end,"rota pasted by {s2.full}",,,{ref}
E: {date},end,"export {ref} - {prov}",,,
""",
        ("REA-#####", "HF/####/@"),
        old=True,
        provider="care",
        topup='{time},note,"","",,"{text}"',
    ),
    _style(
        "bed_sensor_alarm_log",
        "lines",
        "ward bed-exit sensor alarm log, alarms silenced overnight before a fall (old)",
        """
H: Bed sensor alarm log - {ward}, {hospital}\nPatient {p.full}   {hosp}\nDatix ref {ref}
H: BEDSENSE LOG {ward}\n{p.caps} / {hosp} / {ref}
C: {date} {time} alarm - bay 2 bed 3 - silenced by {s1.init}
C: {date} {time} alarm - silenced by {s1.init} - {p.first} settled
C: {date} {time} <<Bedsense pad>> unplugged (found later by {o1.full})
C: {date} {time} {p.tfull}, {age}, found on floor by {s2.full}
C: {date} {time} {d.title} reviewed; head injury proforma; {rel} {r.full} rang on {mob}
X: {date} {time} <<Morse 65>> recorded on admission
X: {date} {time} {o2.full} (bank HCA) on 1:1 in next bay
X: {date} {time} alarm - no response for 6 min - nurse with {o3.full}
X: {date} {time} <<Cheyne-Stokes breathing>> noted, not {p.poss} baseline
X: {date} {time} GCS checks by {s2.init}: <<GCS 12/15>>
E: {date} log downloaded by {s2.email}
E: {date} end of download ({s2.full})
""",
        ("BSA-####", "FALL/####/@@"),
        old=True,
        topup="{time} comment: {text}",
    ),
    _style(
        "ward_safety_huddle_board_table",
        "lines",
        "ward safety huddle board pasted as a pipe table, a pressure ulcer risk handed over to the wrong bed (old)",
        """
H: | Safety huddle | {ward} | {date} {time} |\n| --- | --- | --- |
H: | Huddle board | {hospital} | {ward} |\n| --- | --- | --- |
C: | Bed 4 | {p.full}, {age} | <<Waterlow 18>>, 2-hourly turns |
C: | Bed 6 | {o1.full} | falls risk, <<Sara Stedy>> |
C: | Turns | bed 6 done, bed 4 not done | {s1.init} / {o2.init} |
C: | Found | {p.title}, category 3 sacrum, {date} | by {s2.full} |
C: | Escalated | {d.title}, tissue viability {o3.full} | {date} |
X: | NOK | {r.full} ({rel}) | {mob} |
X: | Numbers | {hosp} | NHS {nhs} |
X: | Staffing | 2 RN short | bank {o4.full} |
X: | Mattress | <<Airflow 5000>> ordered {date} | arrived {date} |
X: | Discharge | to {home} | pending |
E: | Pasted by | {s2.full} | {ldate} |
E: | Huddle lead | {s2.jh} | {ldate} |
""",
        ("HUD-####", "PU/####/@"),
        old=True,
        topup="| Note | {text} | {time} |",
    ),
    # -- letters ------------------------------------------------------------------------------
    _style(
        "ot_equipment_recall_letter",
        "letter",
        "community equipment service letter recalling a faulty toilet frame and apologising for a fall (old)",
        """
H: {prov}\nUnit 4, Depot Road\n\n{p.tfull}\n{addrb}\n\n{ldate}\nOur ref: {ref}\n\nDear {p.title},
H: {prov}\n\n{ldate}\n\nFAO {p.tfull}\nc/o {r.tfull}\n{addrb}\n\nDear {p.title},
C: We are writing about the raised toilet frame delivered to you on {date}, batch <<lot 4471902>>.
C: The manufacturer has told us that the leg clips on this batch can fail, and we understand from your {rel}, {r.full}, that you fell on {date}.
C: We are sorry that you were injured and that you went to {hospital} before anyone from the service contacted you.
C: Our technician, {o1.full}, will collect the frame and fit a new one on {date}; please call {phone} if that does not suit.
C: Your case is being looked at by {s1.full}, our clinical lead, who has your NHS number, {nhs}, on file.
X: The referral came from {s2.full}, Occupational Therapist at {trust}.
X: We also wrote to {gp} on {date}, as your GP, {d.title}, asked.
X: We have reported this to <<the MHRA>> under reference {ref2}.
X: If you would like someone else, such as {o2.tfull}, to speak for you, please tell us.
X: You can also e-mail {email2} or visit {url}.
E: Yours sincerely,\n\n{s1.full}\nClinical Lead, {prov}\ncc: {s2.tfull}; {gp}
E: Yours sincerely\n\n{s1.upper}\nfor {prov}
""",
        ("CES-#####", "RC/####/@@"),
        old=True,
        provider="equipment",
    ),
    _style(
        "lpa_records_access_email",
        "letter",
        "health and welfare attorney's e-mail to a records team after a death, records posted to a neighbour (old)",
        """
H: From: {r.full} <{email}>\nTo: Health Records <{email2}>\nSent: {ldate} {time}\nSubject: {ref} - records for {p.full}\n\nDear Records Team,
H: From: {email}\nTo: {s1.email}\nDate: {ldate}\nSubject: FW: Access request {ref}\n\nDear {s1.first},
C: I hold lasting power of attorney for health and welfare for {p.tfull}, who died at {hospital} on {date}, {age}.
C: I asked for copies of the records from {ward} on {date}, giving the NHS number {nhs} and hospital number {hosp}.
C: On {date} a bundle arrived addressed to {o1.tfull} at {addr2}, and it held someone else's discharge letter.
C: {o1.first} is a neighbour and brought it round; the letter in it named a {o2.full} and a <<Lewy body dementia>> diagnosis.
C: {s1.full} from your team rang me on {mob} and said the address on <<Medway>> had been taken from an old GP record.
X: {p.poss} last address was {addr}, as the death certificate shows.
X: The GP, {d.tfull} at {gp}, has a copy of my power of attorney.
X: Please confirm that <<the ICO>> has been told, as {s2.full} said it would be.
X: I would also like the nursing notes from {date}, when the <<Oramorph>> was started.
X: My cousin {o3.full} has asked not to receive any copies.
E: Yours sincerely,\n\n{r.full}\n{mob}
E: Kind regards,\n\n{r.upper}\n(attorney for {p.tfull})\n{phone}
""",
        ("SAR-#####", "HR/####/@"),
        old=True,
    ),
    _style(
        "care_home_readmission_refusal_email",
        "letter",
        "care home manager's e-mail refusing a resident's return from hospital on a Friday evening (old)",
        """
H: From: {s1.full} <{s1.email}>\nTo: {s2.email}\nDate: {ldate}\nSubject: {p.full} - return to {home}\n\nDear {s2.first},
H: From: Manager, {home}\nTo: Discharge Team <{email2}>\nSent: {ldate}\nSubject: Re: {ref}\n\nDear {s2.title},
C: I am writing about {p.tfull}, {age}, who was due back with us from {ward} on {date}.
C: The discharge letter arrived at {time} on a Friday with no <<Madopar>> timings and a <<Waterlow 18>> we had not been told about.
C: We cannot safely take {p.first} back tonight, as the night nurse, {o1.full}, is alone with 34 residents.
C: I spoke to {p.poss} {rel}, {r.full}, on {mob}, who is upset and has asked for a meeting.
C: We are happy to reassess on {date}, and {o2.tfull}, our deputy, can come to the ward.
X: The transport booked for {time} was cancelled by {o3.full} at {time}.
X: Our records show {p.first} at {addr} before moving in with us, and the ward has the wrong address.
X: {d.title} at {gp} has not seen the discharge plan either.
X: Please call me on {phone} if anything changes.
X: This will go to <<the CQC>> if there is harm, as the {rel} asked.
E: Regards,\n{s1.full}\nRegistered Manager, {home}
E: Kind regards\n\n{s1.jh}\n{home}\n{phone}
""",
        ("DIS-#####", "CH/####/@"),
        old=True,
    ),
    _style(
        "independent_sector_referral_rejection_letter",
        "letter",
        "independent treatment centre letter returning a referral as outside its criteria, months after it came in",
        """
H: {prov}\n\n{ldate}\n\nPrivate and confidential\n{p.tfull}\n{addrb}\n\nNHS number: {nhs}\nOur ref: {ref}\n\nDear {p.title},
H: {prov}\nReferral returns\n\n{ldate}\n\n{p.tfull}\n{addrb}\n\nDear {p.title},
C: Your GP, {d.tfull} of {gp}, referred you to us on {date} for a hip replacement.
C: When you came to pre-assessment on {date} you had a <<Clinical Frailty Scale 6>> and a <<BP 164/92>>, which are outside our criteria.
C: We are returning your referral to {hospital}, and we are sorry that this took four months.
C: {s1.full}, our patient liaison lead, will telephone you on {mob} to explain what happens next.
C: You may want your {rel}, {r.full}, to be with you when {s1.first} calls.
X: Your records at {hospital2} were reviewed by {s2.tfull}.
X: The anaesthetist who saw you, {o1.title}, felt an <<eGFR 41>> needed review first.
X: We have also written to {o2.full} at {council} about transport.
X: Our date of birth for you is {dob}; please tell us if this is wrong.
X: You can give feedback at {url}.
E: Yours sincerely,\n\n{s1.full}\nPatient Liaison Lead\ncc: {d.tfull}, {gp}
E: Yours sincerely\n\n{s1.caps}\nfor {prov}\ncc: {hospital}
""",
        ("ITC-#####", "RTN/####/@@"),
        provider="independent",
    ),
    _style(
        "student_nurse_placement_concern_email",
        "letter",
        "university link lecturer e-mail raising a concern a student nurse saw on placement",
        """
H: From: {s1.full} <{s1.email}>\nTo: {email2}\nSent: {ldate} {time}\nSubject: Student concern - {ward} ({ref})\n\nDear Patient Safety Team,
H: From: Link Lecturer, {prov}\nTo: {s2.email}\nDate: {ldate}\nSubject: Concern raised by a student ({ref})\n\nDear {s2.first},
C: I am writing on behalf of a second-year student, {o1.full}, who was on placement on {ward} at {hospital} from {date}.
C: On {date} {o1.first} saw a healthcare assistant, {o2.full}, feed a patient who was nil by mouth, and <<the 2222 call>> was put out soon after.
C: The patient was {p.tfull}, {age}, and {o1.first} recorded the hospital number {hosp} in a reflective log.
C: {o1.first} told the nurse in charge, {s2.full}, the same day and was told to leave it.
C: {o1.first} has since been moved to {ward2} by the practice assessor, {o3.full}.
X: The student's reflective log is dated {date} and mentions <<salbutamol>> nebulisers.
X: I understand {p.poss} {rel}, {r.full}, has since raised a complaint.
X: {o1.first} is willing to meet, and can be reached through me on {phone}.
X: Our placement agreement with {trust} requires us to share this with <<the NMC>> only if a registrant is named.
X: {d.title} was the doctor on call, according to the student.
E: Best wishes,\n\n{s1.full}\nLink Lecturer, {prov}
E: Kind regards,\n{s1.full}\n{phone}\n{url}
""",
        ("PLC-####", "UNI/####/@"),
        provider="university",
    ),
    _style(
        "gp_practice_deregistration_letter",
        "letter",
        "GP practice letter apologising for removing a patient from the list after a wrong address match (old)",
        """
H: {gp}\n\n{ldate}\n\n{p.tfull}\n{addrb}\n\nDear {p.title},
H: {gp}\nPractice Manager\n\n{ldate}\n\nPrivate\n{p.tfull}\n{addrb}\n\nNHS no. {nhs}\n\nDear {p.title},
C: I am writing to apologise for taking you off our practice list on {date}.
C: A letter for another patient, {o1.tfull} of {addr2}, was returned to us, and our receptionist, {o2.full}, matched it to you by mistake.
C: Your repeat prescription for <<warfarin>> was declined by the pharmacy on {date}, and your {rel}, {r.full}, found out when ringing us.
C: You have now been re-registered, and {d.tfull} has reviewed your <<INR 3.8>> result from {date}.
C: We have changed the way returned post is checked, and {s1.full} now checks each one against the date of birth ({dob}).
X: We understand that you are {age} and that the extra trips to the surgery were difficult.
X: The pharmacy, {prov}, has been told.
X: If you would like to discuss this, please call {s1.first} on {phone}.
X: We have also written to {hospital}, where your anticoagulation clinic is held.
X: You may contact <<the PHSO>> if you are not satisfied with our reply.
E: Yours sincerely,\n\n{s1.full}\nPractice Manager\ncc: {d.title}
E: Yours sincerely\n\n{s1.full}\nPractice Manager, {gp}\n{email2}
""",
        ("GPR-####", "PM/####/@@"),
        old=True,
        provider="pharmacy",
    ),
    _style(
        "housing_damp_mould_council_letter",
        "letter",
        "council housing letter to a family after a GP's damp and mould referral for a child with asthma (child)",
        """
H: {council} - Housing Services\n\n{ldate}\n\n{r.tfull}\n{addrb}\n\nOur ref: {ref}\n\nDear {r.title},
H: {prov}\n\n{ldate}\n\nTo the parent or carer of {p.full}\n{addrb}\n\nDear {r.title},
C: We received a letter from {d.tfull} at {gp} on {date} about damp and mould in your home and its effect on {p.poss} asthma.
C: Our surveyor, {o1.full}, visited on {date} and found black mould in the bedroom {p.first} shares with a sibling.
C: {p.first}, {age}, had been admitted to {hospital} on {date} needing <<salbutamol>> every hour, with a <<peak flow 210>>.
C: A dehumidifier will be delivered on {date}, and the roof repair is booked with our contractor, {o2.full}.
C: We are sorry that your earlier reports, made to {o3.full} on {date}, were closed without a visit.
X: You told us that <<Clenil>> has been increased twice this year.
X: If you need to move out while work is done, {s1.full} will discuss temporary housing at {addr2}.
X: The health visitor, {s2.tfull}, has also written to us.
X: You can call the repairs line on {phone} or e-mail {email2}.
X: You can complain to <<the Housing Ombudsman>> if you remain unhappy.
E: Yours sincerely,\n\n{s1.full}\nHousing Officer\ncc: {d.title}, {gp}
E: Yours sincerely\n\n{s1.upper}\nTenancy Services ({ref2})
""",
        ("HSG-#####", "DM/####/@"),
        child=True,
        provider="housing",
    ),
)


# Top-ups: prose and letters (SHARED), logs (SHARED_LINES, written in each log's own line shape).
SHARED = (
    "The shift had two registered nurses for twenty-eight patients, and {o4.full} was moved from another ward to help.",
    "{s2.first} wrote that the family had not been offered a copy of the care plan.",
    "A similar event on {ward2} was reported by {o5.full} on {date}.",
    "The notes from {date} show a <<NEWS2 of 7>> with no escalation recorded.",
    "{p.first} had been waiting for a side room since {date}.",
    "The duty of candour conversation took place on {date} with {s2.tfull} present.",
    'The diary entry for {date} reads simply: "nobody came".',
    "The team has since checked other patients on the same list, including {o4.full}.",
    "The pharmacist, {o5.full}, reviewed the chart on {date} and found nothing else missed.",
    "This was raised at the safety huddle by {s1.first} at {time}.",
    "{p.first} was seen again on {date} by {o5.full}.",
    "Staff said the <<Nervecentre>> handheld devices were running slow that week.",
    "The {rel} has asked to be kept informed in writing, at {email}.",
    "The learning from this review will be shared at the governance meeting on {date}.",
    "It was noted that the agency worker, {o5.full}, had not had a local induction.",
    "A copy of this has gone to {gp}, marked for {d.title}.",
    "The bank nurse on duty, {o4.jh}, gave a statement on {date}.",
    "The <<co-codamol>> was given at {time}, an hour later than prescribed.",
    "No one present that night remembered seeing the handover sheet from {date}.",
    "The investigation timeline runs from {date} to {date}, with notes from {hospital} and the GP.",
)
SHARED_LINES = (
    "{s2.init} aware",
    "phoned {rel} {r.first}, no answer",
    "{o4.full} (bank) covering breaks",
    "obs repeated, <<NEWS2 of 7>>",
    "<<SystmOne>> down, paper notes",
    "checked again - no change",
    "{d.title} bleeped twice",
    "{p.first} asleep",
    "handover to {s1.first}",
    "<<bleep 3306>> not answering",
    "{o5.full} from {ward2} asked for help",
    "entry corrected by {s2.init} - see {date}",
    "family visiting",
    "{p.first} refused fluids",
    "PALS call from {r.first}",
    "print for {ref}",
    "<<5/7>> of antibiotics charted",
    "no bed on {ward2}",
    "{o4.full} (porter) delayed",
    "reviewed - see notes of {date}",
)


# ---------------------------------------------------------------------------------------------
# Writing a text
# ---------------------------------------------------------------------------------------------


def alternatives() -> int:
    own = sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
    return own + len(SHARED) + len(SHARED_LINES)


def _shared(style: Style) -> tuple[str, ...]:
    return SHARED_LINES if style.register == "lines" else SHARED


def _estimate(sentence: str) -> int:
    return len(TOKEN.sub("xx yy", sentence).split())


def _arrange(rng: random.Random, style: Style) -> list[str]:
    """The sentences of one text, in order: header, core with extras and top-ups, ending."""
    if style.register == "letter":
        target = min(330, max(225, round(rng.gauss(270, 30))))
    else:
        target = min(370, max(235, round(rng.gauss(305, 35))))
    header, ending = rng.choice(style.headers), rng.choice(style.endings)
    body = list(style.core)
    words = sum(map(_estimate, [header, ending, *body]))
    extras = list(style.extras)
    rng.shuffle(extras)
    for extra in extras:
        if words >= target:
            break
        body.insert(rng.randint(2, len(body)), extra)
        words += _estimate(extra)
    shared = list(_shared(style))
    rng.shuffle(shared)
    for top in shared:
        if words >= target:
            break
        if style.register == "lines":
            top = style.topup.replace("{text}", top)
        body.insert(rng.randint(2, len(body)), top)
        words += _estimate(top)
    return [header, *body, ending]


def _join(rng: random.Random, style: Style, rendered: list[list[Piece]]) -> list[Piece]:
    header, *body, ending = rendered
    out: list[Piece] = [*header]
    if style.register == "lines":
        for sentence in body:
            out += [("\n", None, None), *sentence]
        out += [("\n", None, None), *ending]
        return out
    out.append(("\n\n", None, None))
    run, size = 0, 3 if style.register == "letter" else rng.randint(3, 5)
    for index, sentence in enumerate(body):
        if index:
            if run >= size:
                out.append(("\n\n", None, None))
                run, size = 0, 3 if style.register == "letter" else rng.randint(3, 5)
            else:
                out.append((" ", None, None))
        out += sentence
        run += 1
    out += [("\n\n", None, None), *ending]
    return out


def _tidy(pieces: list[Piece]) -> list[Piece]:
    """Drops the full stop after dotted initials that end a sentence."""
    out: list[Piece] = []
    for text, label, meta in pieces:
        if out and out[-1][1] == "PERSON" and out[-1][0].endswith(".") and text.startswith("."):
            text = text[1:]
            if not text:
                continue
        out.append((text, label, meta))
    return out


def _build(rng: random.Random, number: int, style: Style) -> tuple[Example, list]:
    record = rng.random() >= 0.12
    while True:
        case = Case(rng, style, record)
        rendered = [case.render(sentence) for sentence in _arrange(rng, style)]
        pieces = _tidy(_join(rng, style, rendered))
        last_day = case.day + timedelta(days=rng.randint(2, 21))
        ldate = rng.choice(_date_forms(last_day, with_year=True)[:16])
        pieces = [(ldate, "DATE", None) if p[1] == "LDATE" else p for p in pieces]
        text = "".join(p[0] for p in pieces)
        if LOW_WORDS <= len(text.split()) <= HIGH_WORDS:
            break
    gold, negatives, at = [], [], 0
    for piece_text, label, meta in pieces:
        end = at + len(piece_text)
        if label == "NEG":
            negatives.append((at, end))
        elif label is not None:
            gold.append(GoldSpan(at, end, label, **(meta or {})))
        at = end
    example = Example(
        id=f"{PREFIX}-{number:06d}", text=text, known=case.known, gold=tuple(gold), kind=style.name
    )
    return example, negatives


def example(rng: random.Random, number: int) -> Example:
    return _build(rng, number, rng.choice(STYLES))[0]


def _deck(count: int, seed: int) -> Iterator[tuple[Example, list]]:
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _build(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    for built, _ in _deck(count, seed):
        yield built


def generate_with_negatives(count: int, seed: int = 1) -> Iterator[tuple[Example, list]]:
    yield from _deck(count, seed)
