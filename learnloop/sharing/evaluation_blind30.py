"""A thirtieth blind de-identification evaluation pack: English market-town narratives with gold spans.

Synthetic only. Written without reading the engine; see evaluation_blind30.md for how, what is gold
and what is not. ``generate(count, seed)`` deals the 25 styles as a shuffled deck and returns
``Example``s; ``generate_with_negatives`` also gives, per example, the (start, end) of every
look-alike written in and of every age of 89 and under, which must never be found.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from learnloop.sharing.evaluation import (
    LABELS,
    Example,
    GoldSpan,
    _new_person,
    listed_names,
    nhs_number,
    ordinal,
)

__all__ = ["LABELS", "STYLES", "generate", "generate_with_negatives", "example"]

PREFIX = "blind30"
LOW_WORDS = 200
HIGH_WORDS = 480
NO_RECORD = 0.12

# ---------------------------------------------------------------------------------------------
# Towns: real English market towns, their main postcode district, dialling code, two nearby
# villages and the river their community hospital's wards are named after.
# ---------------------------------------------------------------------------------------------

TOWN_INFO = {
    "Bromyard": ("HR7", "01885", "Whitbourne", "Stoke Lacy"),
    "Malmesbury": ("SN16", "01666", "Corston", "Brokenborough"),
    "Sherborne": ("DT9", "01935", "Milborne Port", "Longburton"),
    "Lyme Regis": ("DT7", "01297", "Uplyme", "Charmouth"),
    "Holsworthy": ("EX22", "01409", "Pyworthy", "Bridgerule"),
    "Halesworth": ("IP19", "01986", "Wenhaston", "Spexhall"),
    "Saxmundham": ("IP17", "01728", "Kelsale", "Benhall"),
    "Market Rasen": ("LN8", "01673", "Middle Rasen", "Tealby"),
    "Barnard Castle": ("DL12", "01833", "Startforth", "Cotherstone"),
    "South Molton": ("EX36", "01769", "North Molton", "Bishop's Nympton"),
    "Axminster": ("EX13", "01297", "Kilmington", "Musbury"),
    "Crewkerne": ("TA18", "01460", "Merriott", "Hinton St George"),
    "Wincanton": ("BA9", "01963", "Charlton Musgrove", "Bayford"),
    "Shepton Mallet": ("BA4", "01749", "Croscombe", "Doulting"),
    "Blandford Forum": ("DT11", "01258", "Pimperne", "Bryanston"),
    "Wimborne Minster": ("BH21", "01202", "Colehill", "Pamphill"),
    "Wareham": ("BH20", "01929", "Stoborough", "Worgret"),
    "Petworth": ("GU28", "01798", "Tillington", "Byworth"),
    "Halstead": ("CO9", "01787", "Sible Hedingham", "Greenstead Green"),
    "Hadleigh": ("IP7", "01473", "Layham", "Aldham"),
    "Framlingham": ("IP13", "01728", "Saxtead", "Kettleburgh"),
    "Aldeburgh": ("IP15", "01728", "Thorpeness", "Aldringham"),
    "Beccles": ("NR34", "01502", "Worlingham", "Barsham"),
    "Bungay": ("NR35", "01986", "Ditchingham", "Earsham"),
    "Aylsham": ("NR11", "01263", "Blickling", "Ingworth"),
    "North Walsham": ("NR28", "01692", "Bacton", "Worstead"),
    "Wymondham": ("NR18", "01953", "Spooner Row", "Crownthorpe"),
    "Watton": ("IP25", "01953", "Carbrooke", "Saham Toney"),
    "Downham Market": ("PE38", "01366", "Wimbotsham", "Stow Bardolph"),
    "Hunstanton": ("PE36", "01485", "Heacham", "Old Hunstanton"),
    "Oundle": ("PE8", "01832", "Barnwell", "Polebrook"),
    "Uppingham": ("LE15", "01572", "Ayston", "Lyddington"),
    "Lutterworth": ("LE17", "01455", "Bitteswell", "Gilmorton"),
    "Ashby-de-la-Zouch": ("LE65", "01530", "Blackfordby", "Smisby"),
    "Southwell": ("NG25", "01636", "Halam", "Edingley"),
    "Howden": ("DN14", "01430", "Knedlington", "Asselby"),
    "Pocklington": ("YO42", "01759", "Barmby Moor", "Allerthorpe"),
    "Bedale": ("DL8", "01677", "Aiskew", "Crakehall"),
    "Leyburn": ("DL8", "01969", "Harmby", "Wensley"),
    "Kirkby Stephen": ("CA17", "01768", "Nateby", "Winton"),
    "Haltwhistle": ("NE49", "01434", "Melkridge", "Bellister"),
    "Chipping Norton": ("OX7", "01608", "Over Norton", "Kingham"),
    "Woodstock": ("OX20", "01993", "Bladon", "Old Woodstock"),
}
TOWNS = tuple((town, info[0], info[1]) for town, info in TOWN_INFO.items())
LOCALITIES = {town: (info[2], info[3]) for town, info in TOWN_INFO.items()}

WARD_RIVERS = (
    "Evenlode", "Windrush", "Stour", "Waveney", "Torridge", "Lugg", "Alde", "Deben", "Nene",
    "Welland", "Glaven", "Bure", "Parrett", "Brue", "Culm", "Taw", "Exe", "Lune", "Cherwell",
    "Kennet", "Cuckmere", "Gipping", "Chelmer", "Wissey",
)  # fmt: skip
WARD_KINDS = ("Ward", "Ward", "Unit", "Ward")
STREET_WORDS = (
    "Quince", "Withy", "Coopers", "Saddlers", "Chandlers", "Cordwainers", "Fellmongers",
    "Hopkiln", "Oasthouse", "Granary", "Wagtail", "Yellowhammer",
)  # fmt: skip
STREET_KINDS = ("Row", "Yard", "Lane", "Close", "Drove", "Street", "Way", "Road")
HOME_FORMS = (
    "Granary House", "Hopkiln Lodge", "Quince Court", "Blackwater House", "Wagtail Lodge",
    "Withy Court",
)  # fmt: skip
GP_FORMS = ("Saddlers Surgery", "Coopers Medical Practice", "Chandlers Health Centre",
            "Oasthouse Surgery")  # fmt: skip
PROVIDERS = (
    "Yellowhammer Homecare Ltd", "Cordwainers Care Services", "Fellmongers Support Services",
    "Wagtail Home Care",
)  # fmt: skip
HOSPITAL_FORMS = ("{town} Community Hospital", "{town} Cottage Hospital",
                  "{town} War Memorial Hospital")  # fmt: skip
TRUST_FORMS = (
    "{town} and District Community NHS Trust", "{town} Primary Care Network",
    "{town} Health and Wellbeing Partnership",
)  # fmt: skip
HOSP_FORMS = ("A9999999", "99A99999", "AA/999999")

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# ---------------------------------------------------------------------------------------------
# Look-alikes: written in, never gold.
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "drug": (
        "alteplase", "tranexamic acid", "adrenaline", "chlorphenamine", "hydrocortisone",
        "ondansetron", "naloxone", "salbutamol", "glyceryl trinitrate", "ceftriaxone",
        "Buscopan", "Fortisip", "co-codamol", "edoxaban", "Oramorph", "Movicol",
    ),
    "dose": (
        "10 units", "500 mg", "10 mg", "2 puffs", "500 ml", "1 g", "0.5 mg", "300 mg", "15 ml", "4 litres", "40 units",
        "5 mg", "2 mg", "1 litre",
    ),
    "score": (
        "NEWS2", "Glasgow Coma Scale", "Waterlow", "4AT", "Clinical Frailty Scale",
        "Abbey pain scale", "ABCD2", "Centor score", "Wells score", "qSOFA", "MUST score",
        "Braden score",
    ),
    "device": (
        "defibrillator", "AED", "SAM splint", "vacuum mattress", "spinal board",
        "cervical collar", "pulse oximeter", "nebuliser", "syringe driver", "Venturi mask",
        "tourniquet", "adrenaline auto-injector", "Mangar Elk", "rollator",
    ),
    "national": (
        "Environment Agency", "Canal and River Trust", "Met Office", "RSPCA", "NHS 111",
        "British Red Cross", "St John Ambulance", "Jockey Club", "Health and Safety Executive",
        "Care Quality Commission", "East of England Ambulance Service",
        "South Western Ambulance Service", "Royal Mail", "DVLA",
    ),
    "law": (
        "Mental Capacity Act", "Section 136", "Deprivation of Liberty Safeguards",
        "Duty of Candour", "RIDDOR", "Human Rights Act", "Equality Act", "Care Act",
        "Animal Welfare Act", "Section 5(2)",
    ),
    "eponym": (
        "Parkinson's disease", "Colles' fracture", "Bennett's fracture", "Kernig's sign",
        "Murphy's sign", "Addison's disease", "Cheyne-Stokes breathing", "Hartmann's solution",
        "Trendelenburg gait", "Raynaud's", "Weil's disease", "Lyme disease",
    ),
    "word": (
        "Verger", "Churchwarden", "Farrier", "Steward", "Tower Captain", "Sister", "Matron",
        "Bandmaster", "Huntsman", "Lock Keeper", "Clerk of the Course", "Beekeeper",
    ),
    "bed": (
        "bay 4", "bed 12", "side room 3", "cubicle 6", "resus 2", "trolley 9", "chair 5",
        "room 14", "bed 7", "bay 2",
    ),
    "duration": ("3/7", "2/52", "48 hours", "6/12", "10 minutes", "4/7"),
}  # fmt: skip
NATIONAL = LOOKALIKES["national"]

# Two- to four-letter abbreviations that a person's initials must never be.
CLINICAL_INITIALS = frozenset(
    """AF MI CT ED GP OT PE UTI DNR GCS BP HR RR IV IM SC PO NG ICU AKI CKD ECG EEG MRI DVT TIA
    COPD CPR AED ROSC SOB NBM TTO BD TDS QDS PRN OD ON NAD FH SH PMH HCA RN SN CD IO PA AE DN MH
    LD SR ST SP DR MR MS JR NHS OK NO SO TO AT IN IS IT AS AM PM US UK HE WE ME MY BY GO UP OR
    OF ID AN BE DO IF CQC HSE RTA MSK ENT OD GA LA NA""".split()
)

# ---------------------------------------------------------------------------------------------
# The pack's own names (Vietnamese, Hungarian, Latvian, Cornish, Shona, Malayali, Hong Kong
# Cantonese, Irish-language married women with the particle "Uí") and word names.
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    "vietnamese": {
        "F": ("Thảo", "Hương", "Ngọc", "Phương", "Hạnh", "Quyên"),
        "M": ("Tuấn", "Dũng", "Khánh", "Hùng", "Thắng", "Vinh"),
        "L": ("Trần", "Phạm", "Huỳnh", "Đặng", "Bùi", "Ngô"),
    },
    "hungarian": {
        "F": ("Ildikó", "Erzsébet", "Katalin", "Réka"),
        "M": ("István", "Gábor", "Zoltán", "Levente"),
        "L": ("Kovács", "Tóth", "Horváth", "Varga"),
    },
    "latvian": {
        "F": ("Ieva", "Līga", "Inese", "Dace", "Zane"),
        "M": ("Jānis", "Aigars", "Raimonds", "Guntis"),
        "L": ("Bērziņš", "Kalniņš", "Ozoliņš"),
        "LF": ("Liepiņa", "Kļaviņa", "Bērziņa"),
    },
    "cornish": {
        "F": ("Tamsin", "Kerensa"),
        "M": ("Peran",),
        "L": ("Trevithick", "Pascoe", "Penhaligon", "Tremayne"),
    },
    "shona": {
        "F": ("Nyasha", "Chipo", "Rumbidzai", "Vimbai"),
        "M": ("Tafadzwa", "Tapiwa", "Givemore", "Lovemore", "Clever", "Nomatter"),
        "L": ("Ndlovu", "Mutasa", "Mupfumira", "Mutandwa", "Chiweshe", "Sibanda", "Gumbo"),
    },
    "malayali": {
        "F": ("Jincy", "Shiny"),
        "M": ("Tomy", "Jomon", "Binu"),
        "L": ("Kurian", "Puthenpurackal", "Chacko", "Mathai", "Kuriakose", "Thekkekara"),
    },
    "cantonese": {
        "F": ("Wing Yan", "Ka Yee"),
        "M": ("Chi Keung", "Ka Ho", "Wai Man"),
        "L": ("Fung", "Mak"),
    },
    "irish": {
        "F": ("Nóirín", "Bríd", "Máire"),
        "M": (),
        "L": ("Uí Shúilleabháin", "Uí Fhlatharta", "Uí Mhaoláin", "Uí Chonaill", "Uí Riada"),
    },
    "english": {
        "F": ("Shiny",),
        "M": ("Clever",),
        "L": ("Treadwell", "Sweetlove", "Allgood", "Hopewell", "Lovelady"),
    },
}
OWN_FIRST = {
    sex: tuple(dict.fromkeys(n for g in OWN_GROUPS.values() for n in g[sex])) for sex in "FM"
}
OWN_LAST = tuple(dict.fromkeys(n for g in OWN_GROUPS.values() for n in (*g["L"], *g.get("LF", ()))))
WORD_NAMES = ("Clever", "Shiny", "Givemore", "Lovemore", "Nomatter")
ALL_WORD_NAMES = frozenset(
    (*WORD_NAMES, "Treadwell", "Sweetlove", "Allgood", "Hopewell", "Lovelady", "Gumbo")
)
NICKNAMES = {
    "István": ("Pisti",), "Katalin": ("Kati",), "Gábor": ("Gabi",), "Jānis": ("Jancis",),
    "Zoltán": ("Zoli",), "Ildikó": ("Ildi",), "Tamsin": ("Tam",),
}  # fmt: skip
PARTICLES = ("Uí",)
NAME_FORMS = (
    "full first last title tfull dr init initl caps upper lower nick email pemail poss".split()
)
OWN_SHARE = 0.55

_ROLE_WORDS = """staff nurse sister charge matron midwife consultant doctor registrar hca rn
dr mr mrs ms miss master ward unit house lodge court surgery practice centre hospital trust
community cottage war memorial council town district care home services support ltd
network health wellbeing partnership the and of st""".split()


def _words_of(text: str) -> set[str]:
    return {w for w in re.split(r"[^\w']+", text.casefold()) if w}


@dataclass
class Person:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool = False
    kind: str = ""
    doctor: bool = False
    nick: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def parts(self) -> set[str]:
        return {_fold(p) for p in re.split(r"[\s-]+", self.full) if p and p != "Uí"}


def _fold(value: str) -> str:
    value = value.replace("Đ", "D").replace("đ", "d")
    plain = unicodedata.normalize("NFKD", value.casefold())
    return plain.encode("ascii", "ignore").decode()


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9-]", "", _fold(value).replace(" ", ""))


def _forbidden() -> frozenset[str]:
    words = set(_ROLE_WORDS) | {m.casefold() for m in MONTHS} | {w.casefold() for w in WEEKDAYS}
    for terms in LOOKALIKES.values():
        for term in terms:
            words |= _words_of(term)
    for town, (_, _, a, b) in TOWN_INFO.items():
        words |= _words_of(f"{town} {a} {b}")
    for word in (*WARD_RIVERS, *STREET_WORDS, *HOME_FORMS, *GP_FORMS, *PROVIDERS):
        words |= _words_of(word)
    for nicks in NICKNAMES.values():
        words |= {n.casefold() for n in nicks}
    return frozenset(_fold(w) for w in words)


_FORBIDDEN = _forbidden()


def _own_person(rng: random.Random, sex: str, nick: bool = False) -> Person:
    if nick:
        first = rng.choice([n for n in NICKNAMES if n in OWN_FIRST[sex]] or list(NICKNAMES))
        sex = "F" if first in OWN_FIRST["F"] else "M"
        group = next(g for g in OWN_GROUPS.values() if first in g[sex])
    else:
        groups = [g for g in OWN_GROUPS.values() if g[sex]]
        group = rng.choice(groups)
        first = rng.choice(group[sex])
    lasts = group.get("LF", group["L"]) if sex == "F" else group["L"]
    if rng.random() < 0.3 and not any(n.startswith("Uí") for n in lasts):
        other = rng.choice([g for g in OWN_GROUPS.values() if g is not group and g["M"]])
        lasts = other["L"]
    last = rng.choice(lasts)
    if rng.random() < 0.08 and not last.startswith("Uí"):
        second = rng.choice([n for n in OWN_LAST if not n.startswith("Uí") and n != last])
        last = f"{last}-{second}"
    listed = listed_names()
    parts = [p for p in re.split(r"[\s-]+", f"{first} {last}") if p and p != "Uí"]
    names = "listed" if all(p.casefold() in listed for p in parts) else "unlisted"
    person = Person(first=first, last=last, sex=sex, names=names)
    if nick:
        person.nick = NICKNAMES[first][0]
    return person


def _draw(rng: random.Random, sex: str, taken: set[str], nick: bool = False) -> Person:
    for _ in range(200):
        if nick or rng.random() < OWN_SHARE:
            person = _own_person(rng, sex, nick)
        else:
            drawn = _new_person(rng, sex=sex)
            person = Person(first=drawn.first, last=drawn.last, sex=sex, names=drawn.names)
        parts = person.parts()
        if parts & taken or parts & _FORBIDDEN or any(len(p) < 2 for p in parts):
            continue
        if not re.fullmatch(r"[^\W\d_][\w' -]*", person.full):
            continue
        taken |= parts
        return person
    raise RuntimeError("no name could be drawn")  # pragma: no cover


# ---------------------------------------------------------------------------------------------
# Dates, numbers, phones
# ---------------------------------------------------------------------------------------------


def _dated(day: date, rng: random.Random) -> str:
    """A date with its four-digit or two-digit year, in one of the shapes people write."""
    month = MONTHS[day.month - 1]
    wd = WEEKDAYS[day.weekday()]
    forms = (
        (f"{day:%d/%m/%Y}", 12), (f"{day.day} {month} {day.year}", 10),
        (f"{ordinal(day.day)} {month} {day.year}", 10), (day.isoformat(), 4),
        (f"{day:%d-%m-%Y}", 3), (f"{day:%d.%m.%Y}", 3), (f"{day:%d}{month[:3].upper()}{day.year}", 3),
        (f"{day.day} {month[:3].upper()} {day.year}", 3), (f"{day.day}-{month[:3]}-{day.year}", 3),
        (f"{month} {day.day}, {day.year}", 2), (f"{wd[:3]} {day:%d/%m/%Y}", 3),
        (f"{wd} {day.day} {month} {day.year}", 4), (f"{day:%d/%m/%y}", 4),
        (f"{day.day}.{day.month}.{day:%y}", 3), (f"{ordinal(day.day)} of {month} {day.year}", 2),
    )  # fmt: skip
    return rng.choices([f for f, _ in forms], [w for _, w in forms])[0]


def _yearless(day: date, rng: random.Random) -> str:
    month = MONTHS[day.month - 1]
    wd = WEEKDAYS[day.weekday()]
    forms = (
        (f"the {ordinal(day.day)}", 8), (f"{wd} the {ordinal(day.day)}", 5),
        (f"{wd[:3]} {ordinal(day.day)} {month[:3]}", 4), (f"{wd[:3]} {day.day}/{day.month}", 4),
        (f"the {ordinal(day.day)} of {month}", 5), (f"{day.day} {month}", 6),
        (f"{ordinal(day.day)} {month}", 6), (f"{day.day}/{day.month}", 4), (f"{day:%d/%m}", 3),
        (f"{day.day} {month[:3]}", 3), (f"{wd} {ordinal(day.day)}", 3),
    )  # fmt: skip
    return rng.choices([f for f, _ in forms], [w for _, w in forms])[0]


def _dob(day: date, rng: random.Random) -> str:
    month = MONTHS[day.month - 1]
    return rng.choice(
        [f"{day:%d/%m/%Y}", f"{day.day} {month} {day.year}", day.isoformat(),
         f"{day:%d.%m.%Y}", f"{ordinal(day.day)} {month} {day.year}", f"{day.day} {month[:3]} {day.year}"]
    )  # fmt: skip


_ONES = "zero one two three four five six seven eight nine".split()


def _words(n: int) -> str:
    """90 to 109 in words, as an age is written ("ninety-three", "one hundred and two")."""
    if n < 100:
        return "ninety" if n == 90 else f"ninety-{_ONES[n - 90]}"
    return "one hundred" if n == 100 else f"one hundred and {_ONES[n - 100]}"


def _landline(rng: random.Random, code: str) -> str:
    local = f"{rng.randint(2, 9)}{rng.randint(0, 99999):05d}"
    ext = f"{rng.randint(2000, 7999)}"
    tail = code[1:]
    return rng.choice(
        [
            f"{code} {local}", f"{code}{local}", f"({code}) {local}", f"+44 {tail} {local}",
            f"+44 (0){tail} {local}", f"{code}-{local}", f"{code} {local[:3]} {local[3:]}",
            f"+44{tail}{local}", f"{code} {local} ext {ext}", f"{code} {local} x{ext}",
            f"({code}) {local[:3]} {local[3:]}", f"{code[:4]} {code[4]}{local[:2]} {local[2:]}",
            f"+44 (0) {tail} {local}", f"+44 {tail} {local[:3]} {local[3:]}", f"+44-{tail}-{local}",
            f"{code} {local[:2]} {local[2:4]} {local[4:]}", f"{code} {local[:3]}-{local[3:]}",
        ]
    )  # fmt: skip


def _mobile(rng: random.Random) -> str:
    tail = f"{rng.randint(0, 999):03d}"
    return rng.choice(
        [
            f"07700 900{tail}", f"07700900{tail}", f"+44 7700 900{tail}", f"07700 900 {tail}",
            f"+447700900{tail}", f"(07700) 900{tail}", f"+44 (0)7700 900{tail}",
            f"07700-900{tail}", f"+44 7700 900 {tail}",
        ]
    )  # fmt: skip


def _clock(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def _reference(rng: random.Random, shape: str, year: int) -> str:
    out = shape.replace("%y", f"{year % 100:02d}").replace("%Y", str(year))
    out = re.sub("#", lambda _: str(rng.randint(0, 9)), out)
    return re.sub("@", lambda _: rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), out)


# ---------------------------------------------------------------------------------------------
# Styles and the case a text is written from
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    name: str
    register: str  # prose, lines or letter
    what: str
    headers: tuple[str, ...]
    core: tuple[str, ...]
    extras: tuple[str, ...]
    endings: tuple[str, ...]
    refs: tuple[str, str] = ("IR-#####", "QR/%y/####")
    old: bool = False
    child: bool = False
    provider: bool = False
    topup: str = ""  # a log line's shape: {stamp} {clock} {sign} {text}
    stamp: str = ""  # how a log line's date is written
    sex: str = "??"  # the patient's and the relative's sex, "?" for either


_PERSON_SLOT = re.compile(r"\{(p|r|s1|s2|d|o[1-5])([fm]?)\.(\w+)\}")
_TOKEN = re.compile(r"\{(\w+)(?:\.(\w+))?\}|<<(.+?)>>")
_RELATIONS = {
    "child": {"F": ("mother", "grandmother", "aunt", "stepmother"),
              "M": ("father", "grandfather", "uncle", "stepfather")},
    "old": {"F": ("daughter", "niece", "granddaughter", "daughter-in-law"),
            "M": ("son", "nephew", "grandson", "son-in-law")},
    "adult": {"F": ("wife", "partner", "sister", "daughter", "mother"),
              "M": ("husband", "partner", "brother", "son", "father")},
}  # fmt: skip


class _Case:
    """The facts one text is written from: its people, places, dates and numbers."""

    def __init__(self, rng: random.Random, style: Style, sentences: list[str]) -> None:
        self.rng = rng
        self.style = style
        self.taken: set[str] = set()
        self.used_initials: set[str] = set()
        self.dot = rng.random() < 0.3
        self.record = rng.random() >= NO_RECORD
        town = rng.choice(list(TOWN_INFO))
        self.town = town
        district, self.code, *locs = TOWN_INFO[town]
        self.locality = rng.choice(locs)
        self.postcode = f"{district} {rng.randint(1, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}"
        self.event = date(2025, 1, 6) + timedelta(days=rng.randint(0, 600))
        if style.child:
            self.age = rng.randint(9, 15)
        elif style.old:
            self.age = rng.randint(90, 104) if rng.random() < 0.85 else rng.randint(78, 89)
        else:
            self.age = rng.randint(90, 99) if rng.random() < 0.1 else rng.randint(24, 86)
        born = date(self.event.year - self.age, self.event.month, min(self.event.day, 28))
        self.dob = born - timedelta(days=rng.randint(1, 300))
        # people: hints first, so a slot written {o1f.full} draws a woman
        hints: dict[str, str] = {}
        nicks: set[str] = set()
        for sentence in sentences:
            for who, sex, form in _PERSON_SLOT.findall(sentence):
                if sex:
                    hints[who] = sex.upper()
                if form == "nick":
                    nicks.add(who)
        psex, rsex = (s if s != "?" else rng.choice("FM") for s in style.sex)
        hints.setdefault("p", psex)
        hints.setdefault("r", rsex)
        self.people: dict[str, Person] = {}
        for who in ("p", "r", "s1", "s2", "d", "o1", "o2", "o3", "o4", "o5"):
            sex = hints.get(who) or rng.choice("FM")
            person = _draw(rng, sex, self.taken, nick=who in nicks)
            person.kind = {"p": "patient", "r": "relative"}.get(who, "other")
            person.in_record = who in ("p", "r") and self.record
            person.doctor = who == "d"
            self.people[who] = person
        group = "child" if style.child else "old" if style.old else "adult"
        self.rel = rng.choice(_RELATIONS[group][self.people["r"].sex])
        street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        self.house = f"{rng.randint(1, 98)} {street}"
        if rng.random() < 0.2:
            self.house = f"Flat {rng.randint(1, 12)}, {self.house}"
        other_street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        while other_street == street:
            other_street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        self.street = other_street
        self.addr2 = f"{rng.randint(1, 98)} {other_street}, {town}"
        index = list(TOWN_INFO).index(town)
        shape = HOSP_FORMS[index % 3]
        self.hosp = "".join(
            str(rng.randint(0, 9)) if c == "9" else rng.choice("BCDFHKMRTW") if c == "A" else c
            for c in shape
        )
        self.nhs = nhs_number(rng)
        self.nhs_text = rng.choice(
            [self.nhs, f"{self.nhs[:3]} {self.nhs[3:6]} {self.nhs[6:]}",
             f"{self.nhs[:3]}-{self.nhs[3:6]}-{self.nhs[6:]}"]
        )  # fmt: skip
        wards = rng.sample(WARD_RIVERS, 2)
        self.ward = f"{wards[0]} {rng.choice(WARD_KINDS)}"
        self.ward2 = f"{wards[1]} Ward"
        self.home = rng.choice(HOME_FORMS)
        self.hospital = rng.choice(HOSPITAL_FORMS).format(town=town)
        other = rng.choice([t for t in TOWN_INFO if t != town])
        self.hospital2 = rng.choice(HOSPITAL_FORMS).format(town=other)
        self.trust = rng.choice(TRUST_FORMS).format(town=town)
        self.gp = rng.choice(GP_FORMS)
        self.council = f"{town} Town Council"
        self.prov = rng.choice(PROVIDERS)
        year = self.event.year
        self.ref = _reference(rng, style.refs[0], year)
        self.ref2 = _reference(rng, style.refs[1], year)
        self.phone = _landline(rng, self.code)
        self.mob = _mobile(rng)
        relative = self.people["r"]
        self.email = (
            f"{_slug(relative.first)}{rng.choice(['.', '', '_'])}{_slug(relative.last)}"
            f"{rng.choice(['', str(rng.randint(1, 99))])}@"
            f"{rng.choice(['outlook.com', 'btinternet.com', 'gmail.com', 'yahoo.co.uk'])}"
        )
        self.email2 = f"{_slug(town)}.{rng.choice(['pals', 'feedback', 'admin'])}@nhs.net"
        self.url = rng.choice(
            [f"https://www.{_slug(town)}communityhospital.nhs.uk/visiting",
             f"www.{_slug(town)}towncouncil.gov.uk/health",
             f"https://{_slug(town)}-pcn.nhs.uk/contact-us"]
        )  # fmt: skip
        start = rng.randint(6 * 60, 20 * 60)
        self.time = _clock(start - start % 5)
        self.time2 = _clock(start - start % 5 + rng.choice([25, 40, 55, 85, 130]))
        self.ldate = self.event + timedelta(days=rng.randint(12, 45))
        self.newcomers = 0

    def newcomer(self) -> Person:
        self.newcomers += 1
        person = _draw(self.rng, self.rng.choice("FM"), self.taken)
        person.kind = "staff"
        self.people[f"n{self.newcomers}"] = person
        return person

    # -- what a slot is written as ---------------------------------------------------------------

    def honorific(self, person: Person) -> str:
        if person.doctor:
            word = "Dr"
        elif person.kind == "patient" and self.style.child:
            word = "Miss" if person.sex == "F" else "Master"
        elif person.sex == "F":
            word = "Mrs" if person.kind in ("patient", "relative") and person.first < "M" else "Ms"
        else:
            word = "Mr"
        return word + ("." if self.dot else "")

    def initials(self, person: Person) -> str | None:
        words = [w for w in person.last.split() if w != "Uí"]
        letters = _fold(person.first[0]).upper() + _fold(words[0][0]).upper()
        if not re.fullmatch(r"[A-Z]{2}", letters) or letters in CLINICAL_INITIALS:
            return None
        if letters in self.used_initials and getattr(person, "_init", None) != letters:
            return None
        self.used_initials.add(letters)
        person._init = letters  # type: ignore[attr-defined]
        return ".".join(letters) + "." if self.dot else letters

    def name(self, person: Person, form: str) -> list[tuple[str, str | None]]:
        """The pieces a person is written as: (text, label)."""
        first, last = person.first, person.last
        if form == "init":
            written = self.initials(person)
            if written is None:
                form = "initl"
            else:
                return [(written, "PERSON")]
        if form == "email":  # staff: the NHS mail pattern
            return [(f"{_slug(first)}.{_slug(last)}@nhs.net", "EMAIL")]
        if form == "pemail":  # anyone else: a personal address
            domain = ("outlook.com", "btinternet.com", "gmail.com", "yahoo.co.uk")[len(last) % 4]
            return [(f"{_slug(first)}{_slug(last)}{len(first) + 40}@{domain}", "EMAIL")]
        if form == "poss":
            return [(person.full, "PERSON"), ("'s", None)]
        text = {
            "full": person.full,
            "first": first,
            "last": last,
            "title": f"{self.honorific(person)} {last}",
            "tfull": f"{self.honorific(person)} {first} {last}",
            "dr": f"{self.honorific(person)} {last}",
            "initl": f"{_fold(first[0]).upper()}. {last}",
            "caps": f"{last.upper()}, {first}",
            "upper": person.full.upper(),
            "lower": person.full.lower(),
            "nick": person.nick or first,
        }[form]
        return [(text, "PERSON")]

    def value(self, slot: str) -> list[tuple[str, str | None]]:
        rng = self.rng
        if slot == "date":
            return [(_dated(self.event, rng), "DATE")]
        if slot == "next":
            return [(_dated(self.event + timedelta(days=1), rng), "DATE")]
        if slot == "ldate":
            return [(_dated(self.ldate, rng), "DATE")]
        if slot in ("day", "prev", "later"):
            shift = {"day": 0, "prev": -rng.randint(1, 3), "later": rng.randint(1, 3)}[slot]
            written = _yearless(self.event + timedelta(days=shift), rng)
            if written.startswith("the "):
                return [(written, "DATE")]
            return [(written, "DATE")]
        if slot == "dob":
            return [(_dob(self.dob, rng), "DATE")]
        if slot == "age":
            if self.age > 89:
                written = _words(self.age) if rng.random() < 0.35 else str(self.age)
                return [(written, "AGE")]
            return [(str(self.age), None)]
        if slot == "addr":
            return self.address(rng.choice(["comma", "comma", "upper", "plain", "short", "lower"]))
        if slot == "addrb":
            return self.address("block")
        if slot == "addr2":
            return [(self.addr2, "ADDRESS")]
        simple = {
            "nhs": (self.nhs_text, "NHS_NUMBER"), "hosp": (self.hosp, "HOSPITAL_NUMBER"),
            "ward": (self.ward, "LOCATION"), "ward2": (self.ward2, "LOCATION"),
            "home": (self.home, "LOCATION"), "street": (self.street, "LOCATION"),
            "hospital": (self.hospital, "ORGANISATION"),
            "hospital2": (self.hospital2, "ORGANISATION"), "trust": (self.trust, "ORGANISATION"),
            "gp": (self.gp, "ORGANISATION"), "council": (self.council, "ORGANISATION"),
            "prov": (self.prov, "ORGANISATION"), "ref": (self.ref, "ID"), "ref2": (self.ref2, "ID"),
            "phone": (self.phone, "PHONE"), "mob": (self.mob, "PHONE"),
            "email": (self.email, "EMAIL"), "email2": (self.email2, "EMAIL"),
            "url": (self.url, "URL"), "rel": (self.rel, None), "time": (self.time, None),
            "time2": (self.time2, None),
        }  # fmt: skip
        return [simple[slot]]

    def address(self, form: str) -> list[tuple[str, str | None]]:
        town, loc, code = self.town, self.locality, self.postcode
        if form == "block":
            return [(f"{self.house}\n{loc}\n{town}", "ADDRESS"), ("\n", None), (code, "POSTCODE")]
        if form == "upper":
            return [(f"{self.house}, {loc}, {town}".upper(), "ADDRESS"), (", ", None),
                    (code, "POSTCODE")]  # fmt: skip
        if form == "plain":
            return [(f"{self.house.replace(',', '')} {loc} {town}", "ADDRESS"), (" ", None),
                    (code.replace(" ", ""), "POSTCODE")]  # fmt: skip
        if form == "short":
            return [(f"{self.house}, {town}", "ADDRESS"), (", ", None), (code, "POSTCODE")]
        if form == "lower":
            return [(f"{self.house}, {town}", "ADDRESS"), (" ", None), (code.lower(), "POSTCODE")]
        return [(f"{self.house}, {loc}, {town}", "ADDRESS"), (", ", None), (code, "POSTCODE")]

    def known(self) -> dict:
        if not self.record:
            return {}
        return {
            "names": [self.people["p"].full, self.people["r"].full],
            "nhs_number": self.nhs,
            "date_of_birth": self.dob.isoformat(),
            "hospital_number": self.hosp,
            "address": f"{self.house}, {self.locality}, {self.town}, {self.postcode}",
        }


# ---------------------------------------------------------------------------------------------
# Writing a text
# ---------------------------------------------------------------------------------------------

AGE_MENTION = re.compile(r"\bage[d]? (\d{1,3})\b|\b(\d{1,3})(?=yo\b| y/o| years old| yrs\b|y\b)")
# (text, label, meta); label "NEG" marks a look-alike.
Piece = tuple[str, str | None, dict | None]


def _render(case: _Case, template: str) -> list[Piece]:
    pieces: list[Piece] = []
    at = 0
    for match in _TOKEN.finditer(template):
        if match.start() > at:
            pieces.append((template[at : match.start()], None, None))
        at = match.end()
        slot, form, term = match.groups()
        if term is not None:
            pieces.append((term, "NEG", None))
            continue
        if form is not None:
            person = case.people[re.sub(r"(?<=\d|[pdr])[fm]$", "", slot)]
            meta = {"names": person.names, "in_record": person.in_record}
            for text, label in case.name(person, form):
                pieces.append((text, label, meta if label == "PERSON" else None))
            continue
        for text, label in case.value(slot):
            pieces.append((text, label, None))
    if at < len(template):
        pieces.append((template[at:], None, None))
    return pieces


def _count(pieces: list[Piece]) -> int:
    return len("".join(text for text, _, _ in pieces).split())


def _shared(style: Style) -> tuple[str, ...]:
    if style.register == "letter":
        return SHARED_LETTER
    if style.register == "lines":
        return SHARED_LINES
    return SHARED


_STAMPS = {
    "iso": lambda d: d.isoformat(),
    "dots": lambda d: f"{d:%d.%m.%Y}",
    "slash": lambda d: f"{d:%d/%m/%Y}",
    "weekday": lambda d: f"{WEEKDAYS[d.weekday()][:3]} {d:%d/%m/%Y}",
    "short": lambda d: f"{d:%d/%m/%y}",
}


def _sign(case: _Case, named: str) -> list[Piece]:
    """Who signs a log line: one of the case's staff not named in it, or a newcomer."""
    rng = case.rng
    staff = [w for w in ("s1", "s2", "d") if "{" + w not in named]
    earlier = [f"n{i}" for i in range(1, case.newcomers + 1)]
    if rng.random() < 0.45 or not staff:
        who = rng.choice(earlier) if earlier and rng.random() < 0.5 else None
        person = case.people[who] if who else case.newcomer()
    else:
        person = case.people[rng.choice(staff)]
    forms = ["init", "init", "initl", "full", "first", "caps"]
    if case.style.name.endswith("_csv"):
        forms.remove("caps")
    form = rng.choice(forms)
    if person.doctor and form == "first":
        form = "initl"
    meta = {"names": person.names, "in_record": False}
    return [
        (text, label, meta if label == "PERSON" else None)
        for text, label in case.name(person, form)
    ]


def example(rng: random.Random, number: int, style: Style | None = None) -> Example:
    return _example(rng, number, style)[0]


def _example(rng: random.Random, number: int, style: Style | None) -> tuple[Example, list]:
    style = style or rng.choice(STYLES)
    shared = _shared(style)
    case = _Case(rng, style, [*style.headers, *style.core, *style.extras, *style.endings, *shared])
    target = max(245, min(370, round(rng.gauss(300, 22))))
    headers = [_render(case, s) for s in style.headers]
    body = [_render(case, s) for s in style.core]
    extras = list(style.extras)
    rng.shuffle(extras)
    ending = [_render(case, s) for s in style.endings]
    # a log line's stamp, clock and signature add words of their own
    extra = 0
    if style.register == "lines":
        shape = style.topup.format(stamp="Tue 04/03/2025" if style.stamp == "weekday" else "x",
                                   clock="x", sign="A. B", text="x")  # fmt: skip
        extra = len(shape.split()) - 1
    words = sum(map(_count, headers + ending)) + sum(_count(b) + extra for b in body)
    used = 0
    for sentence in extras:
        if used >= 2 and words >= target:
            break
        pieces = _render(case, sentence)
        body.append(pieces)
        words += _count(pieces) + extra
        used += 1
    pool = list(shared)
    rng.shuffle(pool)
    body_templates = [*style.core, *extras[:used]]
    while words < target and pool:
        sentence = pool.pop()
        pieces = _render(case, sentence)
        # a letter keeps its story together: top-ups come after its core sentences
        first = len(style.core) if style.register == "letter" else 2
        at = rng.randint(min(first, len(body)), len(body))
        body.insert(at, pieces)
        body_templates.insert(at, sentence)
        words += _count(pieces) + extra
    out: list[Piece] = []
    if style.register == "lines":
        for pieces in headers:
            out += [*pieces, ("\n", None, None)]
        day = case.event
        minutes = rng.randint(6 * 60, 10 * 60)
        for template, pieces in zip(body_templates, body, strict=True):
            if "{next}" in template:
                day = case.event + timedelta(days=1)
                minutes = max(minutes, 6 * 60)
            minutes += rng.randint(5, 40)
            if minutes >= 24 * 60:
                minutes = 23 * 60 + 59
            line = _line(case, style, day, minutes, template, pieces)
            out += [*line, ("\n", None, None)]
        for pieces in ending:
            out += pieces
    elif style.register == "letter":
        for pieces in headers:
            out += [*pieces, ("\n\n", None, None)]
        for index, pieces in enumerate(body):
            out += pieces
            last = index == len(body) - 1
            out.append(("\n\n" if index % 2 or last else " ", None, None))
        for pieces in ending:
            out += pieces
    else:
        for pieces in headers:
            out += [*pieces, ("\n", None, None)]
        out.append(("\n", None, None))
        for index, pieces in enumerate(body):
            out += pieces
            out.append(("\n\n" if index % 3 == 2 else " ", None, None))
        for pieces in ending:
            out += pieces
    return _assemble(case, style, number, out)


def _line(case, style, day, minutes, template, pieces) -> list[Piece]:
    shape = style.topup
    out: list[Piece] = []
    at = 0
    for match in re.finditer(r"\{(stamp|clock|sign|text)\}", shape):
        if match.start() > at:
            out.append((shape[at : match.start()], None, None))
        at = match.end()
        what = match.group(1)
        if what == "stamp":
            out.append((_STAMPS[style.stamp](day), "DATE", None))
        elif what == "clock":
            clock = _clock(minutes)
            out.append((clock.replace(":", "") if style.stamp == "dots" else clock, None, None))
        elif what == "sign":
            out += _sign(case, template)
        else:
            out += pieces
    out.append((shape[at:], None, None))
    return out


def _assemble(case: _Case, style: Style, number: int, pieces: list[Piece]):
    text = ""
    gold: list[GoldSpan] = []
    negatives: list[tuple[int, int]] = []
    for piece, label, meta in pieces:
        start = len(text)
        text += piece
        if label == "NEG":
            negatives.append((start, len(text)))
        elif label is not None:
            gold.append(GoldSpan(start, len(text), label, **(meta or {})))
    taken = [(s.start, s.end) for s in gold] + negatives
    for match in AGE_MENTION.finditer(text):
        group = 1 if match.group(1) else 2
        start, end = match.span(group)
        if int(match.group(group)) <= 89 and not any(a < end and start < b for a, b in taken):
            negatives.append((start, end))
    negatives.sort()
    item = Example(
        id=f"{PREFIX}-{number:06d}", text=text, known=case.known(), gold=tuple(gold),
        kind=style.name,
    )  # fmt: skip
    return item, negatives


def _deal(count: int, seed: int):
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _example(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> list[Example]:
    return [item for item, _ in _deal(count, seed)]


def generate_with_negatives(count: int, seed: int = 1):
    yield from _deal(count, seed)


def alternatives() -> int:
    """How many sentences the texts are written from."""
    own = sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
    return own + len(SHARED) + len(SHARED_LINES) + len(SHARED_LETTER)


def _split(block: str) -> tuple[str, ...]:
    return tuple(line.strip().replace(" // ", "\n") for line in block.strip().splitlines())


def _style(name, register, what, headers, core, extras, endings, **kw) -> Style:
    return Style(name, register, what, _split(headers), _split(core), _split(extras),
                 _split(endings), **kw)  # fmt: skip


# Prose top-ups: generic sentences any review might hold (yearless dates only).
SHARED = _split("""
The timeline was rebuilt from the electronic record, the ambulance handover and a short statement from {o4.full}.
{o5.title} was asked for a statement on {later} and sent one by e-mail the same afternoon.
Nobody involved was interviewed under caution and the review is about systems, not blame, as the <<Duty of Candour>> guidance expects.
The family were told on {later} that the review had started, and {r.first} asked for a copy of the final report.
A <<NEWS2>> chart was present in the notes but the escalation column was blank for the early part of the shift.
Learning from this case will be shared at the next governance meeting of {trust}, and a summary posted at {url}.
The patient's observations were repeated at {time2} and were recorded on paper because the handheld device had run flat.
{o4.initl} checked the <<Waterlow>> and falls assessments and found both completed within the expected time.
The reviewer spoke to {o5.full} on {later}, who remembered the evening as unusually busy.
A copy of the discharge summary was sent to {gp}, but it did not reach the practice until {later}.
The incident was logged as {ref} and graded as moderate harm pending the findings of this review.
The <<Care Quality Commission>> was not notified because the threshold for a statutory notification was not met.
Nothing in the record suggests that staffing on {ward} was below the agreed level on that day.
Medication charts were reviewed by {o4.title}, who found one dose of <<co-codamol>> signed for twice.
The patient's {rel} was kept informed by telephone on {mob} throughout the following days.
An interpreter was not needed and the patient's capacity under the <<Mental Capacity Act>> was not in doubt.
The review panel met on {later} and agreed the actions set out at the end of this report.
""")

# Log top-ups: short entries a shared log might hold (yearless dates only).
SHARED_LINES = _split("""
Spoke to {o4.full}, nothing more for now.
Rang {o5.initl} back on {phone}, message left.
Update: no change since the last entry, <<NEWS2>> not asked for.
Passed the message on to {o4.first}.
Family rang on {mob}, told what is known so far.
Reference {ref} quoted on the phone.
First aid bag restocked, <<tourniquet>> replaced.
Spoke to {o5.full}, who will pass a message to the patient's {rel}.
Copy of this sent to {email2}.
Follow-up agreed for {later}.
<<pulse oximeter>> battery replaced after use.
Weather worse, everyone told to stay under cover.
Checked in with {o4.lower}, happy with the plan.
Checked again, all quiet.
Entry corrected by {o5.first}, earlier time was wrong.
""")

# Letter top-ups: any writer could have written them (no "we" or "our").
SHARED_LETTER = _split("""
I should be grateful for a written reply, and I am happy to be contacted on {mob} if that is easier.
I have kept a copy of this letter and of the notes I made at the time.
The reference I was given on the telephone was {ref}, in case it helps to find the file.
{r.full} has agreed to my writing, and a signed form of consent is enclosed.
I understand that staff were busy, and none of this is meant as a complaint about any one person.
If it would help, I can come to a meeting at {hospital} on any weekday afternoon.
I have also written to {gp} so that the practice knows what happened.
Please let me know if the <<Care Quality Commission>> or anyone else needs to see this.
I am told the <<Duty of Candour>> applies, and I would like to know what has been done under it.
Copies of the photographs I took that day can be sent to {email2} if someone asks for them.
The patient's {rel} would also like to be kept informed and can be reached on {phone}.
I would rather this was looked into properly than quickly.
Thank you for reading this, and for any help you can give.
""")


_PROSE = [
    _style(
        "narrowboat_mooring_no_postal_address_discharge_review",
        "prose",
        "review of a man living on a narrowboat whose district nurse visits never happened because the referral gave no postal address",
        """Patient safety review {ref}: missed district nursing visits after discharge to a narrowboat
Patient: {p.full}, NHS {nhs}, hospital number {hosp}, date of birth {dob}""",
        """{p.title}, aged {age}, was discharged from {ward} at {hospital} on {date} with a leg ulcer needing dressings every <<3/7>>.
His home is a narrowboat on a towpath mooring, and the discharge form carried an old address, {addr2}, that he left two years ago.
The referral to the district nursing team was sent by {s1.full} ({s1.email}) at {time}, who ticked the box for a home visit with dressings every <<48 hours>> but left the access notes blank.
On {next} the district nurse {o1f.full} drove to the old address, found new tenants there and recorded the visit as no access.
Nobody rang the mobile number on the front sheet, {mob}, which {p.first} answered the whole week from the boat.""",
        """The <<Canal and River Trust>> keeps a licence record for each boat, but no one on the ward knew it could be asked for a mooring location.
When {p.first} came back to the emergency department on {later} the ulcer had a spreading cellulitis and he was started on <<ceftriaxone>>.
{o2m.full}, a neighbouring boater, had been changing the dressing with a first aid kit from his own cabin and a <<500 ml>> bottle of saline.
{d.dr} told the review that the registered address field is the one the referral system copies, whatever the free text says, and the ward's <<Matron>> agreed.
The boater's correspondence address is now {addr} and the record has been corrected by {s2.initl}, who also added his <<Waterlow>> result to the referral.""",
        """Actions: the discharge checklist will ask where the patient will actually sleep, and for boaters the name of the mooring and the nearest bridge number.""",
        refs=("PSR-####-@@", "DN/%y/#####"),
        sex="M?",
    ),
    _style(
        "bell_ringer_tower_ladder_fall_review",
        "prose",
        "review of a bell ringer who fell from a church tower ladder and lay on a spinal board for hours waiting for a bed",
        """Serious incident review: delayed transfer after a fall from a church tower ladder (ref {ref})
Patient {p.caps}, hospital number {hosp}, NHS number {nhs}""",
        """On {date} {p.full}, aged {age}, slipped from the ladder between the ringing chamber and the bell loft during a practice night.
The <<Tower Captain>>, {o1m.full}, called 999 at {time} and the crew arrived to find the patient at the foot of a narrow spiral stair.
He was brought down on a <<vacuum mattress>> by the fire service and taken to {hospital}, where a CT scan showed a fracture of L1.
A bed at the spinal unit of {hospital2} was requested the same evening but was not confirmed until the afternoon of {next}, and he was given <<10 mg>> of morphine twice while he waited.
In the meantime {p.first} lay flat in <<bed 12>> on {ward} and his pressure areas were checked by {s1.full} only twice in fourteen hours.""",
        """A <<Waterlow>> score of 18 was recorded on arrival, which should have triggered two-hourly checks and a pressure-relieving mattress.
The patient's {rel}, {r.full}, rang {phone} several times to ask about the transfer and was told each time to ring back later.
The <<Verger>> had locked the tower door behind the crew, and the church's phone number was the only contact for the ringers.
{d.dr} documented a normal neurological examination at each review and prescribed <<ondansetron>> for nausea, and there was no harm to the spinal cord.
A grade 2 pressure ulcer on the sacrum was found on arrival at the spinal unit by {o2f.full}, who recorded a <<Braden score>> of 11.""",
        """The trust will agree a maximum wait for spinal transfers and add pressure care prompts to the immobilised patient pathway.""",
        refs=("SI-%Y-####", "TR/#####"),
        sex="M?",
    ),
    _style(
        "allotment_strimmer_eye_foreign_body_review",
        "prose",
        "review of an allotment holder whose metal foreign body in the eye was missed at a minor injuries unit after a strimmer accident",
        """Minor injuries unit case review {ref}
Patient: {p.upper}, DOB {dob}, address {addr}""",
        """{p.tfull} was clearing brambles on her allotment plot on {date} when something flew up from the strimmer line into her right eye.
She was seen at the minor injuries unit of {hospital} at {time} in <<cubicle 6>> by {s1.full}, who found no foreign body on examination with fluorescein.
Visual acuity was recorded as 6/9 in the affected eye, but no slit lamp was used because the unit's lamp had been out of service since {prev}.
She was discharged with chloramphenicol drops, <<co-codamol>> and advice to return if her sight changed, and the notes did not mention the strimmer.
On {next} her optician, {o1f.full}, saw a rust ring on the cornea and sent her to the eye casualty at {hospital2}.""",
        """The allotment society's secretary, {o2m.full}, had given her a lift and told the review that the strimmer's guard was missing.
<<Lyme disease>> was also asked about because of a tick bite, and the unit's advice leaflet on it was given correctly.
The <<Clinical Frailty Scale>> was completed even though it was not needed for a fit woman with an eye injury.
{d.dr}, the ophthalmology registrar, removed a metal fragment under the slit lamp after anaesthetic drops, and the rust ring <<4/7>> later.
The family can be reached through {r.full} on {mob}.""",
        """Learning: any eye injury from a strimmer, grinder or hammer is to be treated as a possible high-velocity foreign body and referred for X-ray or slit lamp examination.""",
        refs=("MIU-#####", "EYE/%y/###"),
        sex="F?",
    ),
    _style(
        "village_fete_defibrillator_locked_cabinet_review",
        "prose",
        "review of a cardiac arrest at a village fete where the public defibrillator's cabinet code given by the ambulance call handler was wrong",
        """Review of a community cardiac arrest, incident {ref}
Subject: {p.full} (NHS {nhs}), {addr}""",
        """On {date} {p.title}, aged {age}, collapsed beside the tombola stall at a village fete on the green at about {time}.
{o1f.full}, a retired nurse, started chest compressions while {o2m.full} ran to the public <<defibrillator>> on the wall of the village hall.
The call handler read out a cabinet code from the national register, but it had been changed in the spring and the cabinet stayed locked.
A second <<AED>> was fetched from the cricket pavilion, and the first shock was given about eleven minutes after the collapse.
The ambulance crew gave <<adrenaline>> and achieved a return of circulation and {p.first} was admitted to the coronary care unit at {hospital2} the same evening.""",
        """The defibrillator guardian, {o3m.full}, told the review that he had updated the code on {prev} but the register still showed the old one.
The cabinet was bought with money raised by {council}, which has since taken on the weekly checks.
Cardiology notes record <<Cheyne-Stokes breathing>> on the first night and a good recovery by day four.
The patient's {rel}, {r.full}, wrote to thank the people on the green and asked that they are told he survived.
{d.dr} discussed the case, and the <<10 minutes>> before the first shock, with the ambulance service's community resuscitation lead on {later}.""",
        """Recommendation: guardians are reminded to update the register the same day a code is changed, and call handlers to offer the nearest second device when a code fails.""",
        refs=("CA-####-@", "COM/%y/####"),
        sex="M?",
    ),
]

_PROSE += [
    _style(
        "point_to_point_jockey_fall_airway_review",
        "prose",
        "review of an amateur jockey thrown at a point-to-point whose airway was not secured before a long road transfer",
        """Trauma network case review {ref}: amateur jockey, fall at a point-to-point meeting
{p.caps}, NHS {nhs}, unit number {hosp}""",
        """At {time} on {date} {p.full}, an amateur rider aged {age}, fell at the second-last fence and was kicked by a following horse.
The course doctor, {d.dr}, found a <<Glasgow Coma Scale>> of 9 and applied a <<cervical collar>> before the ambulance reached the track.
The <<Clerk of the Course>> held the next race while the crew loaded the rider, but the air ambulance was grounded by low cloud.
The crew chose the nearest emergency department, {hospital}, which has no neurosurgery, and the rider waited in <<resus 2>> for the only anaesthetist on call.
The rider was intubated there at {time2} after <<tranexamic acid>> was given and moved to the major trauma centre on {next}, about six hours after the fall.""",
        """The <<Jockey Club>> medical report and the ambulance record agree on the times, which the review has used throughout.
{o1f.full}, the paramedic, said that with a <<Glasgow Coma Scale>> falling on the way, she asked twice for a doctor to meet the vehicle.
CT showed a small extradural haematoma that did not need surgery, and after hourly <<Glasgow Coma Scale>> checks the rider went home on {later} with follow-up in clinic.
The rider's {rel}, {r.full}, drove behind the ambulance and was not told of the second transfer until she rang {phone}.
The racecourse's own medical plan names {o2m.full} as the contact, and he has since added the trauma network's number to it.""",
        """Actions: the trauma network will remind crews that a falling conscious level is a reason to bypass to the trauma centre when a doctor can meet them.""",
        refs=("TN-#####", "RC/%y/###"),
        sex="?F",
    ),
    _style(
        "market_trader_potassium_result_phoned_wrong_surgery_review",
        "prose",
        "review of a market trader whose critical potassium result was phoned to the wrong GP practice and not acted on for a day",
        """Pathology incident review {ref}
Patient: {p.tfull}, born {dob}, NHS number {nhs}""",
        """A blood sample taken by {gp} on {date} showed a potassium of 7.1 in {p.full}, aged {age}, who runs a fruit stall on the market.
The laboratory's biomedical scientist, {o1f.full}, phoned the result at {time} to the practice listed on the request form.
The form carried the code of the practice the patient had left the year before, and the receptionist there noted the call and filed it.
{p.first} was on <<edoxaban>> and a potassium-sparing diuretic, and had been feeling weak at the stall for several days.
The correct practice learned of the result from the electronic report on {next} and sent the patient straight to {hospital}.""",
        """In the emergency department an ECG showed peaked T waves and {d.dr} gave calcium gluconate and an infusion of <<10 units>> of insulin in dextrose.
The <<qSOFA>> was zero and there was no sign of infection, so the cause was put down to the medicines and a dehydrated week in hot weather.
The patient's {rel}, {r.full}, had brought in a bag of every tablet in the house, which helped the pharmacist {o2m.full} a great deal.
The laboratory now checks the practice against the national spine before phoning a critical result and asks for the patient's registered surgery.
{p.first} went home on {later} with the diuretic stopped, <<5 mg>> of bisoprolol continued and a repeat test booked.""",
        """Actions: the laboratory will confirm the registered practice before any critical phone call, and the old practice will pass misdirected results on the same day.""",
        refs=("PATH-####", "LAB/%y/#####"),
        sex="??",
    ),
    _style(
        "bonfire_night_sparkler_burn_child_review",
        "prose",
        "review of a girl burned by a sparkler on bonfire night whose burn was under-assessed and not referred to the burns service",
        """Paediatric burns case review {ref}
Child: {p.full}, date of birth {dob}, hospital number {hosp}""",
        """On {date}, at a community bonfire on the recreation ground, {p.first}, aged {age}, caught the sleeve of her fleece on a lit sparkler.
Her {rel}, {r.full}, put the arm under a cold tap in the pavilion for about <<10 minutes>> and brought her to {hospital} at {time}.
The triage nurse, {s1.full}, estimated the burn at under one per cent, gave <<15 ml>> of paracetamol suspension, and the dressing was applied without a full assessment of its depth.
No photograph was taken, the burn was not drawn on a body chart and the burns service was not phoned, as the guidance asks for a child.
On {next} the practice nurse at {gp} found blistering round the forearm and sent the family back for referral.""",
        """The burns service at {hospital2} assessed a partial thickness circumferential burn and the girl needed a dressing change under gas and air in <<room 14>>.
{d.dr} told the review that the department was full that evening with three other firework injuries and a <<cubicle 6>> flood.
The safeguarding check was done properly and the school nurse, {o1f.full}, was told of the injury with the family's consent.
The family's contact number is {mob} and they have asked for a copy of this review by e-mail to {email}.
A <<Centor score>> appears in the notes by mistake, copied from the previous patient's template.""",
        """Actions: every burn in a child is to be drawn on a chart and photographed, and discussed with the burns service before discharge.""",
        refs=("PB-####", "BN/%y/####"),
        child=True,
        sex="F?",
    ),
    _style(
        "pony_club_kick_spleen_child_review",
        "prose",
        "review of a boy kicked by a pony at a pony club rally whose splenic injury was missed at first",
        """Children's emergency department case review ({ref})
{p.full}, {dob}, NHS {nhs}""",
        """{p.first}, aged {age}, was kicked in the left side by a pony while picking out its hooves at a pony club rally on {date}.
The rally's first aider, {o1f.full}, found him pale and sore and his {rel}, {r.full}, drove him to {hospital}, arriving at {time}.
He was seen by {s1.full} and then by {d.dr}, who recorded left upper abdominal tenderness and a heart rate of 124 while he lay in <<cubicle 6>>.
An ultrasound was requested but the sonographer had gone home, and the boy was sent home with <<co-codamol>> and advice.
He came back by ambulance at 04:30 on {next} with shoulder-tip pain, was given <<2 mg>> of morphine, and a CT scan showed a grade 3 splenic laceration.""",
        """He was managed without surgery at the children's unit of {hospital2} with <<48 hours>> of bed rest and went home a week later with advice about contact sports.
The pony club's instructor, {o2m.full}, told the review that the rally's <<Steward>> carried a first aid kit with no way to take a pulse.
A <<pulse oximeter>> reading of 97% was the only observation at the rally and none was repeated at home.
The family live at {addr}, a forty-minute drive from the department, which added to the delay when the pain worsened.
The <<Farrier>> who shod the pony that morning was not involved and was not interviewed.""",
        """Learning: a child with abdominal pain and a raised heart rate after a kick from a horse needs imaging or a period of observation before discharge.""",
        refs=("CED-#####", "PC/%y/##"),
        child=True,
        sex="M?",
    ),
]

_PROSE += [
    _style(
        "scout_camp_rash_meningococcal_child_review",
        "prose",
        "review of a girl at a scout camp whose non-blanching rash was first put down to insect bites by a telephone service",
        """Rapid review of a delayed diagnosis of meningococcal sepsis (ref {ref})
Child: {p.upper}, date of birth {dob}, NHS {nhs}""",
        """On {date} {p.first}, aged {age}, became feverish at a scout camp in woodland outside the town and was kept in the leaders' tent.
At {time} the leader, {o1m.full}, rang <<NHS 111>> and described a few purple spots on her legs that he thought were midge bites.
He was not asked to do the glass test, and the call ended with advice to give <<500 mg>> of paracetamol and call back if she got worse.
At {time2} the camp nurse, {o2f.full}, found the spots spreading, read a pulse of 140 on a <<pulse oximeter>> and called 999, and the girl reached {hospital} on {next}.
She was given <<ceftriaxone>> within the hour by {d.dr} and needed two days of intensive care at {hospital2}.""",
        """Her {rel}, {r.full}, drove from {addr} when the camp rang and arrived before the transfer left.
The first call's transcript shows the leader said non-blanching, a word the call handler did not recognise.
{s1.full}, the paediatric nurse who received her, noted a capillary refill of 4 seconds and a <<NEWS2>>-style paediatric score in the red zone.
Public health gave prophylaxis to the girl's tent group and the leaders on {later}, and no other cases followed.
The <<Care Quality Commission>> was told of the case through the provider's routine notification.""",
        """Learning has been shared with the telephone service about how callers describe a rash and how the glass test is asked for.""",
        refs=("RR-####", "PH/%y/###"),
        child=True,
        sex="F?",
    ),
    _style(
        "almshouse_resident_cold_snap_hypothermia_review",
        "prose",
        "review of a very old almshouse resident found hypothermic after her heating failed in a cold snap and her pendant alarm was not answered",
        """Safeguarding adults review, short form: hypothermia in an almshouse flat (ref {ref})
Resident: {p.tfull}, aged {age}, NHS number {nhs}""",
        """{p.title} has lived alone in a one-room almshouse flat at {addr} for eleven years, and she is {age} years old.
On {date} the night-storage heater failed during a hard frost, and at {time} she pressed her pendant alarm but the call went to an old number.
The almshouse warden, {o1f.full}, found her on the floor at 08:15 on {next} with a temperature of 33.1 and called an ambulance, which brought a <<Mangar Elk>> to lift her.
She was warmed on {ward} at {hospital}, where a <<4AT>> of 6 showed delirium that cleared over three days.
Her care agency, {prov}, had recorded the broken heater two days earlier but nobody told the almshouse trustees.""",
        """{s1.full} completed a <<Braden score>> of 12 and found a grade 1 area on the hip where she had lain.
The pendant's monitoring centre had her {rel}, {r.full}, as first contact, but the number on file was a landline that had been cut off.
{d.dr} recorded <<Parkinson's disease>> and a recent fall, and started a bone protection plan before she went home.
The almshouse chair, {o2m.full}, has paid for a second heater and asked the warden to check every flat on cold nights.
The safeguarding lead at {trust} closed the enquiry under the <<Care Act>> on {later} with actions for the agency and the monitoring centre.""",
        """The review found no single failure but a run of small ones, and asks that pendant contact numbers are checked every six months.""",
        refs=("SAR-####", "AH/%y/###"),
        old=True,
        provider=True,
        sex="F?",
    ),
    _style(
        "bowls_club_nonagenarian_head_injury_anticoagulant_review",
        "prose",
        "review of a very old bowls player on an anticoagulant who hit his head on the green and was not scanned within the hour",
        """Emergency department case review {ref}: head injury on an anticoagulant
{p.caps}, {age} years old, MRN {hosp}""",
        """{p.tfull}, aged {age}, slipped on the edge of the bowling green on {date} and struck his head on the ditch board.
Club members {o1m.full} and {o2f.full} sat him in the pavilion for an hour before calling an ambulance at {time}.
He takes <<edoxaban>> for atrial fibrillation, which was on the list his {rel}, {r.full}, brought, but it was not read at triage.
The CT head was requested at {time2}, more than three hours after arrival, because the request was made as routine and he waited on <<trolley 9>>.
The scan showed a thin subdural haematoma and he was admitted to {ward} under {d.dr} on {next}.""",
        """The <<Glasgow Coma Scale>> stayed at 15 throughout and the bleed did not grow on the repeat scan on {later}.
{s1.full} noted on the chart that he had been on the bowls club's committee for forty years and was keen to be home for the league final.
The <<Clinical Frailty Scale>> was 3, and he was independent and still drove his own car.
The club secretary later asked for the hospital's phone number, {phone}, to be put on the pavilion wall beside the <<AED>>.
The triage tool has been changed so that any head injury on an anticoagulant gets a scan request marked urgent.""",
        """The patient gave his consent for this review to be shared with the club and asked that members are told that an ambulance should be called at once.""",
        refs=("ED-#####", "HI/%y/####"),
        old=True,
        sex="M?",
    ),
]

_LINES = [
    _style(
        "village_defibrillator_guardian_checks_csv",
        "lines",
        "a community defibrillator guardian's weekly check export pasted as CSV into a review, the pads found out of date after a collapse",
        """Export of guardian checks for the cabinet outside {street}, attached to review {ref}, from {date}
date,time,checked_by,entry""",
        """Weekly check, cabinet code works, <<AED>> status light green, pads expiry not read.
Cabinet opened for {p.full} ({addr}), collapsed outside the shop, <<defibrillator>> applied by {o1m.full}.
Device advised no shock then pads lost contact, second set in cabinet out of date since last year, <<10 minutes>> lost.
Ambulance took {p.initl} to {hospital}, crew reference {ref2}, patient alive on arrival.
Call from {o2f.full} of {council} on {next}, new pads and a second guardian agreed.""",
        """New pads fitted, expiry written on the cabinet door in marker pen, <<Steward>> of the village hall told.
Download of the event sent to the cardiology team at {hospital2} with the ambulance ECG.
{r.full}, the patient's {rel}, rang on {mob} to say {p.first} is sitting up and eating.
<<NEWS2>> not applicable, guardian check only, noted for the review.
Battery at 74 per cent, <<pulse oximeter>> removed from the cabinet as it is not part of the kit.""",
        """End of export, 1 of 1. Queries to {email2}.""",
        topup='{stamp},{clock},{sign},"{text}"',
        stamp="iso",
        refs=("CR-####", "AMB-########"),
    ),
    _style(
        "flood_warden_vulnerable_residents_csv",
        "lines",
        "a flood warden's door-knocking sheet for vulnerable residents pasted as CSV into a review, a very old man missed when the river rose",
        """Flood warden visit sheet, {council}, river warning issued {date}, review ref {ref}
date,time,warden,note""",
        """<<Environment Agency>> warning received, list of vulnerable residents printed, 14 addresses.
Door knock at {addr}, {p.tfull}, aged {age}, says he will stay upstairs, has a <<rollator>> and no stairlift.
No answer at the next house, card left, neighbour {o1f.full} says the couple are away.
Water over the road, {p.title} not answering phone {phone}, fire service asked to check, <<Environment Agency>> gauge rising.
Fire crew report on {next} he was found cold on the stairs, <<Glasgow Coma Scale>> 13, taken to {hospital}.""",
        """Care agency {prov} told, morning call cancelled until further notice.
{r.full} ({rel}) rang from away, will drive up tomorrow, number {mob}.
Sandbags to the almshouse row, {o2m.full} helping, <<Met Office>> says more rain tonight.
Hospital ward {ward} confirms admission, <<4AT>> positive, family told.
Old address on the list for one resident, {addr2}, corrected after the visit.""",
        """Sheet closed by the warden. Copy sent to the safeguarding team at {trust}; warnings and contacts are kept at {url}.""",
        topup='{stamp},{clock},{sign},"{text}"',
        stamp="dots",
        refs=("FW/%y/###", "SG-#####"),
        old=True,
        provider=True,
        sex="M?",
    ),
    _style(
        "cathedral_first_aid_post_table",
        "lines",
        "a cathedral volunteer first aid post's log pasted as a table into a review, a visitor's stroke taken for a faint",
        """First aid post log for a cathedral open day, {date}, attached to incident {ref}
| Date | Time | Volunteer | Entry |""",
        """Visitor {p.full}, {age}, felt faint in the nave, sat down, pale, <<Steward>> called first aid
Obs taken, BP 182/96, <<pulse oximeter>> 96%, speech slurred per {o1f.full} who came with her, face normal to volunteer
Given water and sat in the <<Verger>>'s vestry, advised to go home and rest
Companion rang 999 from the car park at {time2}, <<East of England Ambulance Service>> took her to {hospital}
Call from {r.full}, the visitor's {rel}, on {next}, stroke confirmed, thrombolysis too late""",
        """<<ABCD2>> not done, volunteers not trained in it, noted for review
Visitor lives at {addr}, contact {mob}
Chapter office told, {o2m.full} will meet the first aid team on {later}
First aid kit checked, <<glyceryl trinitrate>> found in lost property, handed to security
Second visitor with a grazed knee, cleaned and dressed in <<chair 5>> of the post, no further action""",
        """Log signed off by the post lead. Copies to {email2} and the cathedral's health and safety file.""",
        topup="| {stamp} | {clock} | {sign} | {text} |",
        stamp="slash",
        refs=("CATH-###", "INC-#####"),
        sex="F?",
    ),
    _style(
        "county_show_medical_tent_table",
        "lines",
        "an agricultural show's medical tent log pasted as a table into a review, a steward's heat illness and a lost hearing aid",
        """Medical tent patient log, agricultural show, {date}, event reference {ref}
| Date | Time | Clinician | Entry |""",
        """{p.caps} ({age}), show steward, collapsed in the cattle lines, temp 39.8, <<qSOFA>> 1
Cooled with wet towels and fans, <<500 ml>> oral fluids, {o1f.full} stayed with him
Confusion not settling, <<4AT>> 5, ambulance requested, handover to crew at {time2}
Taken to {hospital}, hospital number {hosp} given by the crew over the radio
{d.dr} phoned on {next}, heat stroke confirmed, <<4 litres>> of fluid overnight, kidneys recovering""",
        """Steward's {rel}, {r.full}, collected his car keys, phone {mob}
Lost hearing aid handed in by {o2m.full}, belongs to the steward, kept in the tent safe
Sheep handler with a crush injury to the thumb, <<SAM splint>> applied, sent to minor injuries
Weather update from the show office, <<Met Office>> amber warning for heat
Water points checked, two empty, refilled by the <<Huntsman>>'s team""",
        """Tent closed at the end of the show. Log kept by the medical lead; queries to {email2}.""",
        topup="| {stamp} | {clock} | {sign} | {text} |",
        stamp="weekday",
        refs=("SHOW-%Y-##", "MT/###"),
        sex="M?",
    ),
    _style(
        "moorings_residents_group_chat",
        "lines",
        "a boat moorings residents' group chat exported into a safeguarding review, a woman's fall on a gangplank and no ambulance access",
        """Exported chat, moorings residents group, added to safeguarding referral {ref} on {date}
Messages and calls are end-to-end encrypted. Export includes text only.""",
        """{p.full} has gone in the water by the sluice, pulled out, she is freezing, someone ring 999
Ambulance can't get down the towpath, meeting them at the lane end by {street}, bringing the <<defibrillator>> from the boatyard just in case
She's on the <<spinal board>> now, they're carrying her up, <<Canal and River Trust>> unlocking the gate
Her {rel} is {r.lower}, number {mob}, can someone ring as my phone is dying
They've taken her to {hospital}, crew said hip, she's {age} and tough as old boots""",
        """Update on {next}, she had surgery, {o1f.nick} visited and said she is bright and on <<Fortisip>> twice a day
Mooring licence shows her at {addr2} which is why the post never arrives
Gangplank on her boat is rotten, {o2m.full} will fix it before she is home, <<Canal and River Trust>> says it's on us
Hospital social worker {o3f.full} wants to know who can check on her under the <<Care Act>>, call {phone}
<<Lock Keeper>> says the gate code is changing, new one in the pinned post""",
        """Export ends. The safeguarding team's notes follow separately.""",
        topup="[{stamp}, {clock}] {sign}: {text}",
        stamp="short",
        refs=("SGR-####", "MOOR/##"),
        sex="F?",
    ),
    _style(
        "mobile_library_driver_welfare_log",
        "lines",
        "a mobile library driver's welfare notes pasted into a review, a very old reader's missed stops and unopened post",
        """Mobile library route welfare notes, rural round, review {ref}, from {date}
Entries by the driver and the library assistant; readers named with consent.""",
        """Stop at the green, {p.tfull} ({age}) not waiting at the gate as usual, books overdue.
Knocked at {addr}, post piled up inside the porch, curtains closed, no answer.
Rang the number on the reader card, {phone}, no answer, rang <<NHS 111>> for advice then 999.
Police forced the door, reader on the floor since yesterday, <<NEWS2>> of 7 per the crew, ambulance to {hospital}.
Rang {r.full} ({rel}) on {next}, reader on {ward}, broken wrist and a <<Colles' fracture>> cast.""",
        """Reader's carers from {prov} had missed two visits and not told anyone.
Asked {o1f.lower} at the next stop to look in on the house and feed the cat.
Reader's large print books renewed, <<Braden score>> leaflet left by mistake with them, taken back.
Adult social care rang, {o2m.full} taking the case, reference {ref2}.
Route sheet now has a welfare flag against this stop and two others.""",
        """Notes end. Driver's copy kept in the van's folder.""",
        topup="{stamp} {clock} {text} ({sign})",
        stamp="weekday",
        refs=("ML-####", "ASC-######"),
        old=True,
        provider=True,
        sex="F?",
    ),
]

_LETTERS = [
    _style(
        "parish_clerk_footpath_ambulance_access_letter",
        "letter",
        "a parish clerk writes to the ambulance trust's patient experience team after a crew could not reach a walker's collapse on a bridleway",
        """{ldate} // {o1f.full}, Clerk to {council} // Patient Experience Team, {trust} // Your reference {ref}
Dear {o2m.title},""",
        """I write on behalf of the council about {p.full}, who collapsed on the bridleway behind {street} on {date} and waited over an hour for help.
The call was made at {time} by {o3f.full}, who gave a grid reference and the gate number, but the crew went to the other end of the path.
The <<RSPCA>> van that happened to be passing had a better map than the ambulance, and its driver guided the crew in on foot.
{p.first} was taken to {hospital} with a broken ankle in a <<SAM splint>> and a cold that the crew measured at 34 degrees.
The family have asked me to say that {p.first} went home on {next} and is recovering well.""",
        """The council has since put numbered posts along the bridleway, and I enclose a map showing each one and the <<defibrillator>> at the car park.
I have been asked whether the ambulance service's system can hold the post numbers, as the fire service's already does.
The <<Met Office>> warning that day made the ground very soft, and a <<vacuum mattress>> had to be carried half a mile.
The walker's {rel}, {r.full}, is content for you to contact them on {mob}.
Any reply can go to {email2}, and the map of the posts is also at {url}.""",
        """Yours sincerely, // {o1f.full} // Parish Clerk""",
        refs=("PE-#####", "PC/%y/##"),
    ),
]

_LETTERS += [
    _style(
        "allotment_secretary_tenant_welfare_email",
        "letter",
        "an allotment society secretary e-mails a GP practice about a plot holder found confused in his shed after a hospital discharge",
        """From: {o1m.pemail} // To: {email2} // Sent: {ldate} // Subject: Welfare concern, {p.full}, plot 27, ref {ref}
Dear Practice Manager,""",
        """I am the secretary of the allotment society and I am writing about one of our plot holders, {p.tfull}, who lives at {addr}.
He was discharged from {ward} at {hospital} on {date}, and on {next} I found him sleeping in his shed on the plot, muddled and cold.
He told me he had been given <<Oramorph>> to take home but could not remember how much, and the bottle was half empty.
I rang 999 and the crew, who found a <<NEWS2>> of 6, took him back in, and {o2f.full}, who has the next plot, has been feeding his chickens since.
Nobody from the hospital seems to have known he lives alone or that he spends most of each day on the allotment, or that he takes <<co-codamol>> for his knees as well.""",
        """His {rel}, {r.full}, lives some distance away and can be reached on {mob}.
I do not know what the <<Mental Capacity Act>> allows me to be told, so I only ask that someone checks he is safe.
The society has a <<defibrillator>> in the communal hut and two members trained in first aid, should that ever matter.
I have copied this to {o3m.pemail}, our chairman, so the committee is aware.
If a visit to the plot would help, I can meet anyone from {gp} at the gate on any morning, and details of local support are at {url}.""",
        """With best wishes, // {o1m.full} // Hon. Secretary""",
        refs=("ALLOT-###", "WC/%y/####"),
        sex="M?",
    ),
    _style(
        "racecourse_doctor_jockey_handover_letter",
        "letter",
        "a racecourse doctor writes to an emergency department consultant about a jockey sent home without the concussion paperwork",
        """{ldate} // {d.dr}, Racecourse Medical Officer // To: {o1f.tfull}, Consultant in Emergency Medicine, {hospital} // Re: {p.full}, date of birth {dob}, hospital number {hosp}
Dear {o1f.title},""",
        """I was the medical officer at the meeting on {date}, when {p.first} fell in the third race and was brought to your department by ambulance.
On the course a <<Glasgow Coma Scale>> of 14 was recorded, with vomiting twice and no memory of the fall, and the <<Jockey Club>> concussion form went with the crew.
The discharge letter from {next} mentions a normal CT head and <<ondansetron>> to take home but not the concussion, and the rider told me nobody gave advice about returning to ride.
The rider then rode work on the gallops two days later, barely <<48 hours>> after the fall, which is against the rules and against clinical advice.
I have stood the rider down for <<2/52>> and referred on to the concussion clinic at {hospital2}.""",
        """The crew's paperwork, reference {ref2}, shows the form was handed to the triage nurse, {s1.full}.
I wonder whether your department has a way to flag sports concussion so that return-to-play advice is always given.
I am happy to speak on {phone} or at {d.email} at any time.
The rider's {rel}, {r.full}, has asked to be kept informed.
The <<Clerk of the Course>> has been told only that the rider is stood down, with no medical detail.""",
        """Yours sincerely, // {d.dr} // Racecourse Medical Officer""",
        refs=("RMO-####", "AMB-%Y-#####"),
    ),
    _style(
        "almshouse_warden_discharge_complaint_letter",
        "letter",
        "an almshouse warden complains that a very old resident was sent home at night by taxi to a locked building with no key",
        """{ldate} // From the Warden of the almshouses // To the Complaints Manager, {trust} // Resident: {p.tfull} // {addrb}
Dear Sir or Madam,""",
        """I am writing to complain about the way {p.title}, who is {age} years old and lives in one of the almshouse flats, was discharged on {date}.
She had been on {ward} at {hospital} for a week after a fall, and at 23:40 she was put in a taxi with her discharge letter and a bag of tablets that held <<Movicol>> and <<edoxaban>>.
The outer gate of the almshouses is locked at ten, she has no key to it, and the taxi driver left her on the pavement in the rain.
A neighbour, {o1m.full}, heard her calling and let her in, and I was woken to find her on the bench in the courtyard, very cold.
On {next} her GP at {gp} found her chest worse, with a <<NEWS2>> of 5, and she went back into hospital the same day.""",
        """The discharge letter gives her address as {addr2}, which she left eight years ago.
Her {rel}, {r.full}, had been told she would be going home the next morning, and was on the phone, {phone}, the whole evening.
The <<Clinical Frailty Scale>> in her notes is 7, and I do not understand how she could be sent home alone at night.
She uses a <<rollator>> and was sent without it, as it was left behind a curtain in <<bay 4>>.
I should like to know what the hospital's policy is on discharges after ten at night, and for whom it is allowed, and whether a <<Care Act>> assessment was done.""",
        """Yours faithfully, // {o2f.full} // Warden""",
        refs=("COMP-#####", "DIS/%y/###"),
        old=True,
        sex="F?",
    ),
    _style(
        "cricket_club_secretary_defibrillator_pads_email",
        "letter",
        "a cricket club secretary e-mails the ambulance service after a player's cardiac arrest, the club defibrillator's pads having been used and not replaced",
        """From: {o1f.pemail} // To: {email2} // Date: {ldate} // Subject: Cardiac arrest at the cricket ground, ref {ref}
Dear {o2m.title},""",
        """I am secretary of the village cricket club and I am writing about our opening bowler, {p.full}, who collapsed at the ground on {date}.
Two players started CPR at once and our <<defibrillator>> was brought from the pavilion, but its pads were the set used at a charity match a month before.
The call handler talked us through it, and a <<St John Ambulance>> volunteer from the next field fetched their own <<AED>>.
{p.first} was shocked twice, the crew arrived at {time} and gave <<adrenaline>>, and he was taken to {hospital2} with a return of circulation.
His {rel}, {r.full}, rang me on {next} to say he had had a stent and was sitting up.""",
        """We were told the pads would be replaced by the ambulance service after the charity match, and nobody checked the <<AED>> after that.
I have now bought two sets and asked {o3m.full}, our <<Steward>>, to check the cabinet every Saturday.
The family would welcome a call from the hospital's cardiac rehabilitation team on {mob}.
I hope this helps others, and I am happy for the club's story to be used in any training.
Our club's address for any letters is the pavilion, {street}, and the ground phone is {phone}.""",
        """Many thanks, // {o1f.full} // Honorary Secretary""",
        refs=("CPR-####", "EOE/%y/#####"),
        sex="M?",
    ),
    _style(
        "brass_band_secretary_player_collapse_letter",
        "letter",
        "a brass band secretary writes to a hospital about a player whose collapse at a concert was put down to the heat and who was sent home with a missed heart block",
        """{ldate} // {o1m.full}, Band Secretary // To: Patient Advice and Liaison Service, {hospital} // About: {p.full}, DOB {dob}, NHS {nhs} // {addrb}
Dear PALS team,""",
        """I am writing about our principal cornet, {p.tfull}, who fainted during the second half of our concert in the market square on {date}.
A <<St John Ambulance>> crew took her to your emergency department at {time}, where she was seen by {d.dr}.
She was told it was the heat and the effort of playing, and sent home with advice to drink an extra <<1 litre>> of water a day.
On {next} she fainted again at home and her {rel}, {r.full}, called 999, and a complete heart block was found.
She now has a pacemaker fitted at {hospital2}, and our <<Bandmaster>> wants to know if she can play again.""",
        """The <<Bandmaster>> says she had been dizzy at rehearsals for weeks, which may not have been asked about.
I enclose a note from {o2f.full}, who sat next to her on the night and saw her go grey before she fell.
Her ECG from the first visit is, I understand, in her notes with a heart rate of 38.
She is content for you to write to me or to her directly at her home address.
I can be reached on {mob}, and her own number is {phone}.""",
        """Yours sincerely, // {o1m.full}""",
        refs=("PALS-####", "CARD/%y/###"),
        sex="F?",
    ),
    _style(
        "beekeeper_anaphylaxis_auto_injector_complaint_letter",
        "letter",
        "a beekeeper complains that after anaphylaxis from stings she was discharged without an adrenaline auto-injector or allergy referral",
        """{ldate} // {p.full} // {addrb} // To the Complaints Team, {trust}, reference {ref}
Dear Complaints Team,""",
        """I keep bees on a farm outside the town, and on {date} I was stung several times while moving a hive and my throat began to close.
My {rel}, {r.full}, gave me my <<salbutamol>> inhaler and rang 999, and the crew gave me <<adrenaline>> at the roadside at {time}.
At {hospital} I was seen by {d.dr} and given <<chlorphenamine>> and <<hydrocortisone>>, and sent home late that evening.
Nobody gave me an <<adrenaline auto-injector>> or referred me to the allergy clinic, although I told three people I keep bees.
On {next} my GP at {gp} was surprised and prescribed two pens, and has now referred me on herself.""",
        """I was told by a nurse, {s1.full}, that an <<adrenaline auto-injector>> could only come from my GP, which I now know is not right.
The <<Beekeeper>>s' association has asked me to share what happened so other members know what to ask for.
My hives are being looked after by {o1m.full}, known to everyone as {o1m.nick}, until I have seen the allergy team.
Please reply by e-mail to {email}, or by phone to {mob}.
I would also like to know whether venom immunotherapy is offered locally, as the <<British Red Cross>> course I went on said it might be.""",
        """Yours faithfully, // {p.full}""",
        refs=("CT-#####", "ALG/%y/###"),
        sex="F?",
    ),
    _style(
        "thatcher_roof_fall_employer_email",
        "letter",
        "a master thatcher e-mails an orthopaedic team about his apprentice's heel fracture, missed on a first X-ray after a fall from a roof",
        """From: {o1m.pemail} // To: {s2.email} // Date: {ldate} // Subject: {p.full}, fall from a roof, your ref {ref}
Dear {s2.title},""",
        """I run a small thatching business and I am writing about my apprentice, {p.full}, who fell about three metres from a cottage roof on {date}.
He landed on both heels on the garden path and was taken to the minor injuries unit at {hospital}, where his foot was X-rayed and he was told it was bruised.
He could not put weight on it for a week, and on {next} I drove him back myself and asked for a second opinion.
A CT scan then showed a fracture of the heel bone, and he is now under your team at {hospital2}.
The accident has been reported under <<RIDDOR>> and the <<Health and Safety Executive>> have been in touch with me.""",
        """I would be grateful to know how long he is likely to be off work, as I am keeping his job open under the <<Equality Act>> advice I was given.
His {rel}, {r.full}, is happy to be the contact for his appointments, on {mob}.
I have also told him to ask about his back, as he has been stiff since the fall and the crew put him on a <<spinal board>> at the time.
The ladder and the scaffolding have been checked by {o2m.full}, who found no fault.
He is registered with {gp}, and I have told them about the second visit.""",
        """Regards, // {o1m.full} // Master Thatcher""",
        refs=("ORTH-####", "HSE-%y-#####"),
        sex="M?",
    ),
]

STYLES = tuple(_PROSE + _LINES + _LETTERS)
