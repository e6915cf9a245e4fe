"""A thirty-first blind de-identification pack: working life in the old industrial towns.

Synthetic narratives with gold spans, written without reading the engine (evaluation_blind31.md
says what was read and how). Reviews, logs and letters about people hurt or taken ill at work or
at the public services of Northern England's and the Midlands' former pit, mill, port, railway,
pottery and metal-working towns: a ferry terminal, a bus depot, a foundry, a call centre, a
warehouse night shift, a food bank, a leisure centre pool, a driving test centre, a tattoo studio,
a recycling centre, a prison visits hall, a job centre, a launderette, a takeaway and a car wash.

Interface and gold conventions as the thirtieth pack: ``generate(count, seed=1)``,
``example(rng, number, style=None)``, ``generate_with_negatives(count, seed=1)`` and ``STYLES``.
Look-alikes (drugs, doses, scores, devices, national bodies, laws, eponyms, words that look like
names, beds, durations) are written in and tracked as negatives, never gold.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from learnloop.sharing.evaluation import (
    LABELS,
    Example,
    GoldSpan,
    _new_person,
    listed_names,
    nhs_number,
    ordinal,
)

__all__ = ["LABELS", "STYLES", "example", "generate", "generate_with_negatives"]

PREFIX = "blind31"
LOW_WORDS = 200
HIGH_WORDS = 480
NO_RECORD = 0.12
FAKER_SHARE = 0.45

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# ---------------------------------------------------------------------------------------------
# Towns: real former pit, mill, port, railway, pottery and metal-working towns, with their main
# postcode district, dialling code and two real nearby villages (from memory, not looked up).
# ---------------------------------------------------------------------------------------------

TOWN_INFO = {
    "Castleford": ("WF10", "01977", ("Glasshoughton", "Airedale")),
    "Knottingley": ("WF11", "01977", ("Ferrybridge", "Kellingley")),
    "Hemsworth": ("WF9", "01977", ("Fitzwilliam", "Kinsley")),
    "Featherstone": ("WF7", "01977", ("Purston", "Ackworth")),
    "Normanton": ("WF6", "01924", ("Altofts", "Warmfield")),
    "Heckmondwike": ("WF16", "01924", ("Norristhorpe", "Roberttown")),
    "Elland": ("HX5", "01422", ("Stainland", "Holywell Green")),
    "Shildon": ("DL4", "01388", ("Eldon", "Middridge")),
    "Spennymoor": ("DL16", "01388", ("Tudhoe", "Kirk Merrington")),
    "Ferryhill": ("DL17", "01740", ("Chilton", "Dean Bank")),
    "Burslem": ("ST6", "01782", ("Middleport", "Cobridge")),
    "Hanley": ("ST1", "01782", ("Shelton", "Etruria")),
    "Hednesford": ("WS12", "01543", ("Rawnsley", "Hazelslade")),
    "Rugeley": ("WS15", "01889", ("Brereton", "Etchinghill")),
    "Willenhall": ("WV13", "01902", ("Short Heath", "New Invention")),
    "Bloxwich": ("WS3", "01922", ("Pelsall", "Blakenall")),
    "Bilston": ("WV14", "01902", ("Coseley", "Ettingshall")),
    "Stourbridge": ("DY8", "01384", ("Amblecote", "Wollaston")),
    "Brierley Hill": ("DY5", "01384", ("Pensnett", "Brockmoor")),
    "Cradley Heath": ("B64", "01384", ("Old Hill", "Cradley")),
    "Ibstock": ("LE67", "01530", ("Ellistown", "Nailstone")),
    "Barwell": ("LE9", "01455", ("Earl Shilton", "Stapleton")),
    "Shepshed": ("LE12", "01509", ("Hathern", "Belton")),
    "Heanor": ("DE75", "01773", ("Langley Mill", "Loscoe")),
    "Alfreton": ("DE55", "01773", ("Somercotes", "Riddings")),
    "Sutton-in-Ashfield": ("NG17", "01623", ("Huthwaite", "Skegby")),
    "Clay Cross": ("S45", "01246", ("Tupton", "Danesmoor")),
    "Millom": ("LA18", "01229", ("Haverigg", "Kirksanton")),
    "Loftus": ("TS13", "01287", ("Carlin How", "Skinningrove")),
    "Bedlington": ("NE22", "01670", ("Choppington", "Stakeford")),
    "Cramlington": ("NE23", "01670", ("Seghill", "Annitsford")),
    "Wingate": ("TS28", "01429", ("Station Town", "Hutton Henry")),
    "Thornaby": ("TS17", "01642", ("Ingleby Barwick", "Stainsby")),
    "Billingham": ("TS23", "01642", ("Wolviston", "Cowpen Bewley")),
    "Immingham": ("DN40", "01469", ("Habrough", "Stallingborough")),
    "Cleethorpes": ("DN35", "01472", ("Humberston", "Old Clee")),
    "Goldthorpe": ("S63", "01709", ("Thurnscoe", "Highgate")),
    "Conisbrough": ("DN12", "01709", ("Edlington", "Warmsworth")),
    "Armthorpe": ("DN3", "01302", ("Cantley", "Edenthorpe")),
    "Thorne": ("DN8", "01405", ("Moorends", "Stainforth")),
    "Grimethorpe": ("S72", "01226", ("Brierley", "Shafton")),
    "Hoyland": ("S74", "01226", ("Elsecar", "Platts Common")),
    "Staveley": ("S43", "01246", ("Barrow Hill", "Inkersall")),
    "Shirebrook": ("NG20", "01623", ("Langwith", "Meden Vale")),
    "Eastwood": ("NG16", "01773", ("Brinsley", "Newthorpe")),
    "Heysham": ("LA3", "01524", ("Overton", "Middleton")),
}
TOWNS = tuple((town, district, code) for town, (district, code, _) in TOWN_INFO.items())
LOCALITIES = {town: villages for town, (_, _, villages) in TOWN_INFO.items()}

# Synthetic streets, wards, homes, practices and companies, named after the old trades.
STREET_WORDS = (
    "Furnace", "Pithead", "Headstock", "Winding Wheel", "Coke Oven", "Saggar", "Dockside",
    "Locomotive", "Carding", "Anvil", "Crucible", "Ropery", "Chainmakers", "Puddlers", "Colliers",
    "Potbank", "Sidings", "Turntable", "Lampisters", "Ostlers", "Fettlers", "Glassblowers",
    "Saltpans", "Brickworks", "Clayworks", "Gantry", "Jetty",
)  # fmt: skip
STREET_KINDS = (
    "Street", "Road", "Terrace", "Row", "Lane", "Close", "Way", "Yard", "Avenue", "Fold", "Walk",
)  # fmt: skip
WARD_WORDS = (
    "Millstone", "Limestone", "Sandstone", "Whinstone", "Bluestone", "Cobalt", "Shale",
    "Coalface", "Loomhouse", "Cokeworks",
)  # fmt: skip
WARD_KINDS = ("Ward", "Ward", "Ward", "Unit")
HOME_FORMS = ("{w} House", "{w} Court", "{w} Lodge", "{w} Care Home", "{w} Nursing Home")
GP_FORMS = ("{w} Surgery", "{w} Medical Practice", "{w} Health Centre", "{w} Family Practice")
PROVIDER_FORMS = ("{w} Homecare Ltd", "{w} Care Services", "{w} Support Ltd", "{w} Home Care")
HOSPITAL_FORMS = (
    "{town} District Hospital", "{town} Memorial Hospital", "{town} Victoria Infirmary",
    "{town} Community Hospital", "{town} General Infirmary",
)  # fmt: skip
TRUST_FORMS = (
    "{town} and District Hospitals NHS Trust", "{town} Teaching Hospitals NHS Foundation Trust",
    "{town} Community Health NHS Trust",
)  # fmt: skip
COUNCIL_FORMS = ("{town} Town Council", "{town} Borough Council")
# Hospital numbers: one shape per town (the shapes, with 9 for a digit and A for a letter).
HOSP_FORMS = ("AAA999999", "9999999A", "A99-99999")
_HOSP_LETTERS = "BCDFGHJKLMNPRSTVWX"

# ---------------------------------------------------------------------------------------------
# Look-alikes: never gold, each listed under one kind.
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "drug": (
        "salbutamol", "naloxone", "methadone", "adrenaline", "glyceryl trinitrate",
        "buccal midazolam", "co-codamol", "ibuprofen", "insulin aspart", "flucloxacillin",
        "omeprazole", "levetiracetam", "ticagrelor", "apixaban", "glucagon", "Dioralyte",
        "silver sulfadiazine", "chlorphenamine", "amoxicillin", "sertraline", "Buvidal",
    ),
    "dose": (
        "300 mg", "1 mg", "10 mg", "400 micrograms", "2 puffs", "1 g", "500 ml", "15 L/min",
        "5 ml", "20 mmol", "4 mg",
    ),
    "score": (
        "NEWS2 of 7", "GCS 14/15", "an AVPU of V", "a qSOFA of 2", "a 4AT of 6", "PHQ-9 of 21",
        "a Rockwood score of 7", "a Wells score of 5", "CRB-65 of 2", "a Waterlow of 18",
        "ABCD2 of 4", "a HEART score of 6", "a Clinical Frailty Scale of 7", "NEWS2 of 3",
    ),
    "device": (
        "an AED", "a pocket mask", "a scoop stretcher", "a cervical collar", "a spacer",
        "a nebuliser", "a pulse oximeter", "a tourniquet", "a Kendrick splint", "an i-gel",
        "a vacuum mattress", "a sharps bin", "a blood glucose meter", "an eyewash station",
        "a Mangar Camel",
    ),
    "national": (
        "the DVSA", "the HSE", "HM Coastguard", "the DWP", "Jobcentre Plus",
        "HM Prison and Probation Service", "the Trussell Trust", "the RNLI",
        "the Food Standards Agency", "Samaritans", "UKHSA", "Swim England",
        "the Traffic Commissioner", "the Gangmasters and Labour Abuse Authority",
        "the Security Industry Authority", "the Royal Life Saving Society", "NHS 111",
    ),
    "law": (
        "RIDDOR", "COSHH", "the Working Time Regulations", "the Mental Capacity Act",
        "the Misuse of Drugs Act", "Section 136", "the Road Traffic Act",
        "the Tattooing of Minors Act", "the Health and Safety at Work Act",
        "the Modern Slavery Act", "the Care Act", "Section 42", "the Equality Act",
    ),
    "eponym": (
        "Weil's disease", "Raynaud's phenomenon", "Dupuytren's contracture",
        "Osgood-Schlatter disease", "Cheyne-Stokes breathing", "Kussmaul breathing",
        "the Heimlich manoeuvre", "Battle's sign", "a Stokes-Adams attack", "Brugada syndrome",
        "Wolff-Parkinson-White", "Todd's paresis", "Bell's palsy", "Curling's ulcer",
        "a Smith's fracture", "Kehr's sign",
    ),
    "word": (
        "Purser", "Bosun", "Foreman", "Banksman", "Lifeguard", "Examiner", "Chaplain", "Gaffer",
        "Duty Manager", "Shift Lead", "Valeter", "Dispatcher", "Visits Officer",
    ),
    "bed": (
        "bed 4", "bay 3", "cubicle 6", "resus 2", "trolley 9", "chair 12", "side room 5",
        "majors 8", "bed 17", "cubicle 2",
    ),
    "duration": (
        "3/7", "2/52", "48 hours", "10 minutes", "20 minutes", "6 weeks", "72 hours", "4 hours",
        "1/12",
    ),
}  # fmt: skip
NATIONAL = frozenset(LOOKALIKES["national"])
# Two-to-four letter abbreviations that initials must never spell.
CLINICAL_INITIALS = frozenset(
    """GP BP HR RR OT DN AF MI MS PE CT ED AE ICU DVT UTI TIA COPD CKD GCS ECG CPR DNR IV IM SC
    PO PR NG HCA RN SHO FY ST CQC NHS PCN ICB HSE DWP DVSA RTA ABC LOC SOB NAD OD PRN TTO CPN
    AMHP DOLS MCA CAB HGV PPE ID OK UK TV PC PA MP JP SOS AED NB RIP DOB AKA TB HB SA EM CD
    FB HM SR DC VW BT OH""".split()
)

# ---------------------------------------------------------------------------------------------
# People: the pack's own names (groups with no word in the earlier packs' notes), with Faker's
# through the shared `_new_person`.
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    "pashto": {
        "F": ("Malalai", "Zarghuna", "Palwasha", "Zarmina", "Nazo", "Spogmai"),
        "M": ("Zalmai", "Naqibullah", "Samiullah", "Mirwais", "Ajmal", "Hekmat"),
        "L": ("Yousafzai", "Afridi", "Durrani", "Khattak", "Achakzai", "Popalzai", "Shinwari",
              "Mohmand"),
    },
    "sudanese": {
        "F": ("Ikhlas", "Sawsan", "Nafisa", "Wigdan", "Awatif", "Hiba"),
        "M": ("Mutasim", "Elfatih", "Abdelrahim", "Hatim", "Mujahid", "Elsadig"),
        "L": ("Elamin", "Abdelgadir", "Elnour", "Babiker", "Mohamedain", "Elhassan", "Eltayeb",
              "Wad Elamin", "Wad Babiker", "Wad Elnour"),
    },
    "armenian": {
        "F": ("Anahit", "Lusine", "Gohar", "Siranush", "Hasmik", "Nune"),
        "M": ("Armen", "Tigran", "Narek", "Vahagn", "Hovhannes", "Gevorg"),
        "L": ("Hovhannisyan", "Grigoryan", "Sargsyan", "Petrosyan", "Avetisyan", "Mkrtchyan",
              "Harutyunyan"),
    },
    "fijian": {
        "F": ("Losana", "Litia", "Sainimili", "Vasemaca", "Mere"),
        "M": ("Jone", "Vilive", "Apisai", "Isikeli", "Waisea", "Semi"),
        "L": ("Naivalu", "Rokobaro", "Waqa", "Qarase", "Ratuvou", "Nadolo", "Bulavou"),
    },
    "tongan": {
        "F": ("Mele", "Salote", "Lupe", "Ana"),
        "M": ("Sione", "Viliami", "Siaosi", "Tevita", "Sitani"),
        "L": ("Taufa", "Fifita", "Havili", "Tupou", "Vunipola", "Fonua", "Latu"),
    },
    "georgian": {
        "F": ("Nino", "Ketevan", "Tinatin", "Manana", "Eka"),
        "M": ("Giorgi", "Levan", "Davit", "Zurab", "Irakli", "Shota"),
        "L": ("Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Lomidze", "Tsiklauri",
              "Chkheidze"),
    },
    "roma": {
        "F": ("Ružena", "Margita", "Žaneta", "Denisa", "Helena"),
        "M": ("Dezider", "Ladislav", "Zoltán", "Jozef", "Rudolf"),
        "L": ("Lakatos", "Balog", "Horváth", "Oláh", "Gaži", "Kotlár", "Demeter"),
        # Slovak Roma women carry the feminine surname.
        "LF": ("Lakatošová", "Balogová", "Horváthová", "Oláhová", "Gažiová", "Kotlárová",
               "Demeterová"),
    },
}
OWN_FIRST = {sex: tuple(n for g in OWN_GROUPS.values() for n in g[sex]) for sex in "FM"}
OWN_LAST = tuple(n for g in OWN_GROUPS.values() for n in (*g["L"], *g.get("LF", ())))
PARTICLES = ("Wad",)  # Sudanese "son of", written before the family name
# Surnames of the old towns that are also words, and a first name that is a word.
WORD_SURNAMES = ("Heap", "Tidy", "Hollows", "Pigeon", "Starling", "Rook", "Crow")
WORD_FIRST = {"F": ("Destiny",), "M": ()}
WORD_NAMES = frozenset(WORD_SURNAMES)
ALL_WORD_NAMES = frozenset({*WORD_SURNAMES, *WORD_FIRST["F"]})
NICKNAMES = {
    "Giorgi": ("Gogi",), "Ketevan": ("Keti",), "Tinatin": ("Tiko",), "Hovhannes": ("Hovo",),
    "Ladislav": ("Laco",), "Ružena": ("Ruža",), "Naqibullah": ("Naqib",),
    "Samiullah": ("Sami",), "Elfatih": ("Fatih",), "Siaosi": ("Sio",),
}  # fmt: skip

NAME_FORMS = (
    "full", "first", "last", "title", "tfull", "dr", "init", "initl", "caps", "upper", "lower",
    "nick", "email", "pemail", "poss",
)  # fmt: skip
_PERSON_SLOT = re.compile(r"^(p|r|s1|s2|d|o[1-5])([fm])?$")
_TOKEN = re.compile(r"\{(\w+)\.(\w+)\}|\{(\w+)\}|<<(.+?)>>")
_PERSONAL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com")


def _fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return plain


def _parts(name: str) -> list[str]:
    return [p for p in re.split(r"[\s-]+", _fold(name).casefold()) if p]


@cache
def _banned_words() -> frozenset[str]:
    """Words a name part may not be: the words of look-alikes, places and roles."""
    words: set[str] = set()
    texts = [t for terms in LOOKALIKES.values() for t in terms]
    texts += list(TOWN_INFO) + [v for vs in LOCALITIES.values() for v in vs]
    texts += [*STREET_WORDS, *STREET_KINDS, *WARD_WORDS, *MONTHS, *WEEKDAYS]
    texts += ["Mr Mrs Ms Miss Master Dr Sister Matron Nurse Officer Driver Manager Purser"]
    texts += [n for nicks in NICKNAMES.values() for n in nicks]
    for text in texts:
        words.update(w for w in re.split(r"[^\w']+", _fold(text).casefold()) if len(w) > 1)
    return frozenset(words)


def _words(n: int) -> str:
    """An age over 89 in words, as the notes write it ("ninety-two", "one hundred and one")."""
    units = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    if n < 100:
        return "ninety" + (f"-{units[n - 90]}" if n > 90 else "")
    return "one hundred" + (f" and {units[n - 100]}" if n > 100 else "")


@dataclass
class Person:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool = False
    kind: str = "other"
    doctor: bool = False
    child: bool = False
    nick: str = ""
    initials: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def honorific(self) -> str:
        if self.doctor:
            return "Dr"
        if self.child:
            return "Miss" if self.sex == "F" else "Master"
        if self.sex == "M":
            return "Mr"
        return "Mrs" if self.kind == "patient" and self.first[0] < "M" else "Ms"


# ---------------------------------------------------------------------------------------------
# Styles
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
    refs: tuple[str, str]  # reference shapes: # a digit, @ a letter, YYYY the event year
    old: bool = False
    child: bool = False
    provider: bool = False
    topup: str = ""  # a log's line shape: {stamp} {clock} {sign} {text}
    stamp: str = ""  # a log's stamp: iso, dmy, dmy_dash, dmony, admy
    sex: str = "??"  # the patient's and the relative's sex, "?" for either
    ages: tuple[int, int] = (19, 88)
    signs: tuple[str, ...] = ("init", "initl", "full", "first")


# ---------------------------------------------------------------------------------------------
# One case: the facts a narrative is written from
# ---------------------------------------------------------------------------------------------

Piece = tuple  # (text or None for a date written later, label or None, meta or None)

_RELATIONS = {
    "child": {"F": ("mother", "grandmother", "aunt", "stepmother"),
              "M": ("father", "grandfather", "uncle", "stepfather")},
    "old": {"F": ("daughter", "niece", "granddaughter", "daughter-in-law"),
            "M": ("son", "nephew", "grandson", "son-in-law")},
    "adult": {"F": ("wife", "partner", "sister", "mother", "daughter"),
              "M": ("husband", "partner", "brother", "father", "son")},
}  # fmt: skip


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _fold(value).casefold())


class _Case:
    """The people, places, dates and numbers of one narrative; `sentences` are the templates it
    may write, read first so that a person named as a woman, a man, a doctor or by a nickname is
    drawn so."""

    def __init__(self, rng: random.Random, style: Style, sentences: list[str]) -> None:
        self.rng = rng
        self.style = style
        self.town = rng.choice(list(TOWN_INFO))
        district, self.code, villages = TOWN_INFO[self.town]
        self.locality = rng.choice(villages)
        self.has_record = rng.random() >= NO_RECORD
        self.day = date(2025, 1, 1) + timedelta(days=rng.randint(0, 600))
        self.ldate = self.day + timedelta(days=rng.randint(12, 45))
        low, high = (90, 103) if style.old else style.ages
        self.age = rng.randint(low, high)
        month, dom = rng.randint(1, 12), rng.randint(1, 28)
        born = self.day.year - self.age - ((month, dom) > (self.day.month, self.day.day))
        self.dob = date(born, month, dom)
        self.dot = "." if rng.random() < 0.2 else ""
        self.dotted_initials = rng.random() < 0.5
        self.nhs_layout = rng.randrange(3)
        self.used_parts: set[str] = set()
        self.used_initials: set[str] = set()
        # What the templates ask of each person.
        wants: dict[str, dict] = {"p": {}, "r": {}}
        for sentence in sentences:
            for who, form in re.findall(r"\{(\w+)\.(\w+)\}", sentence):
                base, hint = _PERSON_SLOT.match(who).groups()
                want = wants.setdefault(base, {})
                if hint:
                    want["sex"] = hint.upper()
                if form == "dr":
                    want["doctor"] = True
                if form == "nick":
                    want["nick"] = True
        order = ["p", "r", "s1", "s2", "d", "o1", "o2", "o3", "o4", "o5"]
        self.people: dict[str, Person] = {}
        for base in order:
            if base not in wants:
                continue
            want = wants[base]
            sex = want.get("sex")
            if base in ("p", "r"):
                fixed = style.sex[0 if base == "p" else 1]
                sex = fixed if fixed != "?" else None
            person = self._draw(sex or rng.choice("FM"), nick=want.get("nick", False))
            person.kind = {"p": "patient", "r": "relative"}.get(base, "staff" if base in (
                "s1", "s2", "d") else "other")
            person.doctor = base == "d" or want.get("doctor", False)
            person.child = base == "p" and style.child
            person.in_record = self.has_record and base in ("p", "r")
            self.people[base] = person
        self.newcomers: list[Person] = []
        group = "child" if style.child else "old" if style.old else "adult"
        self.rel = rng.choice(_RELATIONS[group][self.people["r"].sex])
        # Numbers and places.
        self.nhs = nhs_number(rng)
        shape = HOSP_FORMS[list(TOWN_INFO).index(self.town) % len(HOSP_FORMS)]
        self.hosp = "".join(
            rng.choice(_HOSP_LETTERS) if ch == "A" else str(rng.randint(0, 9)) if ch == "9" else ch
            for ch in shape
        )
        inward = f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXZ')}"
        self.postcode = f"{district} {inward}{rng.choice('ABDEFGHJLNPQRSTUWXZ')}"
        streets = rng.sample(STREET_WORDS, 6)
        self.street_line = f"{rng.randint(1, 180)} {streets[0]} {rng.choice(STREET_KINDS)}"
        self.flat = f"Flat {rng.randint(1, 24)}, " if rng.random() < 0.12 else ""
        self.addr2_line = f"{rng.randint(1, 180)} {streets[1]} {rng.choice(STREET_KINDS)}"
        self.street = f"{streets[2]} {rng.choice(STREET_KINDS)}"
        self.home = rng.choice(HOME_FORMS).format(w=streets[3])
        self.gp = rng.choice(GP_FORMS).format(w=streets[4])
        self.prov = rng.choice(PROVIDER_FORMS).format(w=streets[5])
        wards = rng.sample(WARD_WORDS, 2)
        self.wards = [f"{w} {rng.choice(WARD_KINDS)}" for w in wards]
        self.hospital = rng.choice(HOSPITAL_FORMS).format(town=self.town)
        other = rng.choice([t for t in TOWN_INFO if t != self.town])
        self.hospital2 = rng.choice(HOSPITAL_FORMS).format(town=other)
        self.trust = rng.choice(TRUST_FORMS).format(town=self.town)
        self.council = rng.choice(COUNCIL_FORMS).format(town=self.town)
        self.refs = [self._ref(shape) for shape in style.refs]
        slug = _slug(self.town)
        self.email = f"{slug}.{rng.choice(('safeguarding', 'pals', 'dischargehub', 'occhealth'))}@nhs.net"
        self.email2 = f"{rng.choice(('enquiries', 'customer.services', 'contact.centre'))}@{slug}.gov.uk"
        self.url = rng.choice(
            (
                f"www.{slug}-hospitals.nhs.uk/patients-and-visitors",
                f"https://www.{slug}.gov.uk/help-and-advice",
                f"www.{slug}council.gov.uk/support",
                f"https://{slug}-hospitals.nhs.uk/pals",
            )
        )

    # -- people --------------------------------------------------------------------------------

    def _draw(self, sex: str, *, nick: bool = False) -> Person:
        rng = self.rng
        banned = _banned_words()
        for _ in range(400):
            if nick:
                first = rng.choice([n for n in OWN_FIRST[sex] if n in NICKNAMES])
                last, names = self._own_last(sex), None
            elif rng.random() < FAKER_SHARE:
                drawn = _new_person(rng, sex=sex)
                first, last, names = drawn.first, drawn.last, drawn.names
            else:
                group = OWN_GROUPS[rng.choice(sorted(OWN_GROUPS))]
                first = rng.choice(group[sex])
                if rng.random() < 0.1 and WORD_FIRST[sex]:
                    first = rng.choice(WORD_FIRST[sex])
                last, names = self._own_last(sex, group), None
            parts = _parts(f"{first} {last}")
            if set(parts) & (self.used_parts | banned) or len(set(parts)) < len(parts):
                continue
            if names is None:
                listed = listed_names()
                names = "listed" if all(
                    p in listed for p in parts if p != "wad"
                ) else "unlisted"
            self.used_parts.update(parts)
            person = Person(first=first, last=last, sex=sex, names=names)
            if nick:
                person.nick = rng.choice(NICKNAMES[first])
            person.initials = self._initials(person)
            return person
        raise RuntimeError("no name could be drawn")  # pragma: no cover

    def _own_last(self, sex: str, group: dict | None = None) -> str:
        rng = self.rng
        if group is None or rng.random() < 0.3:
            group = OWN_GROUPS[rng.choice(sorted(OWN_GROUPS))]
        pool = group.get("LF", group["L"]) if sex == "F" else group["L"]
        roll = rng.random()
        if roll < 0.16:
            return rng.choice(WORD_SURNAMES)
        if roll < 0.24:
            other = OWN_GROUPS[rng.choice(sorted(OWN_GROUPS))]
            second = rng.choice(other.get("LF", other["L"]) if sex == "F" else other["L"])
            if " " not in second:
                return f"{rng.choice([n for n in pool if ' ' not in n])}-{second}"
        return rng.choice(pool)

    def _initials(self, person: Person) -> str:
        main = [w for w in re.split(r"[\s-]+", person.last) if w != "Wad"]
        letters = _fold(person.first)[0] + "".join(_fold(w)[0] for w in main)
        letters = letters.upper()
        if letters in CLINICAL_INITIALS or letters in self.used_initials or len(letters) > 4:
            return ""
        self.used_initials.add(letters)
        return letters

    def newcomer(self) -> Person:
        """A member of staff who signs a log line without being written in its story."""
        if self.newcomers and self.rng.random() < 0.6:
            return self.rng.choice(self.newcomers)
        person = self._draw(self.rng.choice("FM"))
        person.kind = "staff"
        self.newcomers.append(person)
        return person

    def record(self) -> dict:
        if not self.has_record:
            return {}
        p, r = self.people["p"], self.people["r"]
        return {
            "names": [p.full, r.full],
            "nhs_number": f"{self.nhs[:3]} {self.nhs[3:6]} {self.nhs[6:]}",
            "date_of_birth": self.dob.isoformat(),
            "hospital_number": self.hosp,
            "address": f"{self.flat}{self.street_line}, {self.locality}, {self.town}, {self.postcode}",
        }

    def _ref(self, shape: str) -> str:
        out = shape.replace("YYYY", str(self.day.year)).replace("YY", f"{self.day:%y}")
        return "".join(
            str(self.rng.randint(0, 9)) if ch == "#" else self.rng.choice(_HOSP_LETTERS)
            if ch == "@" else ch
            for ch in out
        )

    # -- writing -------------------------------------------------------------------------------

    def name(self, person: Person, form: str) -> list[Piece]:
        meta = {"names": person.names, "in_record": person.in_record}
        rng = self.rng
        if form == "email":
            return [(f"{_slug(person.first)}.{_slug(person.last)}@nhs.net", "EMAIL", None)]
        if form == "pemail":
            local = rng.choice(
                (
                    f"{_slug(person.first)}.{_slug(person.last)}",
                    f"{_slug(person.first)}{_slug(person.last)[:3]}{rng.randint(1, 99)}",
                    f"{_slug(person.last)}{rng.randint(60, 99)}",
                )
            )
            return [(f"{local}@{rng.choice(_PERSONAL_DOMAINS)}", "EMAIL", None)]
        if form == "poss":
            return [(person.first, "PERSON", meta), ("'" if person.first.endswith("s") else "'s", None, None)]
        if form == "init" and person.initials:
            value = person.initials
            if self.dotted_initials:
                value = "".join(f"{ch}." for ch in value)
            return [(value, "PERSON", meta)]
        hon = "Dr" if form == "dr" else person.honorific
        value = {
            "full": person.full,
            "first": person.first,
            "last": person.last,
            "title": f"{hon}{self.dot} {person.last}",
            "tfull": f"{hon}{self.dot} {person.full}",
            "dr": f"{hon}{self.dot} {person.last}",
            "init": f"{_fold(person.first)[0]}. {person.last}",
            "initl": f"{_fold(person.first)[0]}. {person.last}",
            "caps": f"{person.last.upper()}, {person.first}",
            "upper": person.full.upper(),
            "lower": person.full.lower(),
            "nick": person.nick or person.first,
        }[form]
        return [(value, "PERSON", meta)]

    def address(self, block: bool = False) -> list[Piece]:
        rng = self.rng
        line = f"{self.flat}{self.street_line}"
        if block:
            return [
                (f"{line}\n{self.locality}\n{self.town}", "ADDRESS", None),
                ("\n", None, None),
                (self.postcode, "POSTCODE", None),
            ]
        kind = rng.randrange(5)
        if kind == 1:
            text = f"{line}, {self.locality}, {self.town}".upper()
            return [(text, "ADDRESS", None), (", ", None, None), (self.postcode, "POSTCODE", None)]
        if kind == 2:
            text = f"{line.replace(',', '')} {self.locality} {self.town}"
            code = self.postcode.replace(" ", "")
            return [(text, "ADDRESS", None), (" ", None, None), (code, "POSTCODE", None)]
        if kind == 3:
            return [
                (f"{line}, {self.town}", "ADDRESS", None),
                (", ", None, None),
                (self.postcode, "POSTCODE", None),
            ]
        code = self.postcode.lower() if kind == 4 else self.postcode
        return [
            (f"{line}, {self.locality}, {self.town}", "ADDRESS", None),
            (", ", None, None),
            (code, "POSTCODE", None),
        ]

    def phone(self) -> str:
        rng = self.rng
        code, local, ext = self.code, str(rng.randint(200000, 999999)), rng.randint(1000, 9999)
        return rng.choice(
            (
                f"{code} {local}", f"{code}{local}", f"({code}) {local}",
                f"{code} {local[:3]} {local[3:]}", f"+44 {code[1:]} {local}",
                f"+44 (0){code[1:]} {local}", f"{code}-{local}", f"{code} {local} ext {ext}",
                f"{code} {local} x{ext}", f"({code}) {local[:3]} {local[3:]}",
                f"+44{code[1:]}{local}", f"+44 (0) {code[1:]} {local}", f"+44-{code[1:]}-{local}",
                f"({code}){local}",
            )
        )  # fmt: skip

    def mobile(self) -> str:
        rng = self.rng
        n = f"{rng.randint(0, 999):03d}"
        return rng.choice(
            (
                f"07700 900{n}", f"07700900{n}", f"+44 7700 900{n}", f"07700 900 {n}",
                f"+447700900{n}", f"(07700) 900{n}", f"0770 0900 {n}", f"0770 090 0{n}",
                f"+44 (0)7700 900 {n}", f"(+44) 7700 900{n}",
            )
        )  # fmt: skip

    def nhs_text(self) -> str:
        n = self.nhs
        return (n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}")[self.nhs_layout]

    def age_pieces(self) -> list[Piece]:
        if self.age > 89:
            value = _words(self.age) if self.rng.random() < 0.3 else str(self.age)
            return [(value, "AGE", None)]
        return [(str(self.age), None, None)]

    def clock(self) -> str:
        rng = self.rng
        hour, minute = rng.randint(0, 23), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50, 55))
        return rng.choice(
            (
                f"{hour:02d}:{minute:02d}", f"{hour:02d}{minute:02d}hrs", f"{hour:02d}.{minute:02d}",
                f"{hour % 12 or 12}{':' + format(minute, '02d') if minute else ''}"
                f"{'am' if hour < 12 else 'pm'}",
            )
        )  # fmt: skip

    def render(self, template: str) -> list[Piece]:
        """The pieces of one template; dates are left to be written in order (text None)."""
        pieces: list[Piece] = []
        at = 0
        for match in _TOKEN.finditer(template):
            if match.start() > at:
                pieces.append((template[at : match.start()], None, None))
            at = match.end()
            who, form, slot, term = match.groups()
            if term is not None:
                pieces.append((term, "NEG", None))
            elif who is not None:
                base = _PERSON_SLOT.match(who).group(1)
                pieces.extend(self.name(self.people[base], form))
            else:
                pieces.extend(self.slot(slot))
        if at < len(template):
            pieces.append((template[at:], None, None))
        return pieces

    def slot(self, slot: str) -> list[Piece]:
        rng = self.rng
        day = self.day
        dates = {
            "date": (day, "event"),
            "next": (day + timedelta(days=1), "event"),
            "day": (day, "noyear"),
            "prev": (day - timedelta(days=rng.randint(1, 3)), "noyear"),
            "later": (day + timedelta(days=rng.randint(1, 3)), "noyear"),
            "ldate": (self.ldate, "ldate"),
            "dob": (self.dob, "dob"),
        }
        if slot in dates:
            when, kind = dates[slot]
            return [(None, "DATE", {"day": when, "kind": kind})]
        if slot in ("addr", "addrb"):
            return self.address(block=slot == "addrb")
        simple = {
            "addr2": (f"{self.addr2_line}, {self.town}", "ADDRESS"),
            "nhs": (self.nhs_text(), "NHS_NUMBER"),
            "hosp": (self.hosp, "HOSPITAL_NUMBER"),
            "ward": (self.wards[0], "LOCATION"),
            "ward2": (self.wards[1], "LOCATION"),
            "home": (self.home, "LOCATION"),
            "street": (self.street, "LOCATION"),
            "hospital": (self.hospital, "ORGANISATION"),
            "hospital2": (self.hospital2, "ORGANISATION"),
            "trust": (self.trust, "ORGANISATION"),
            "gp": (self.gp, "ORGANISATION"),
            "council": (self.council, "ORGANISATION"),
            "prov": (self.prov, "ORGANISATION"),
            "ref": (self.refs[0], "ID"),
            "ref2": (self.refs[1], "ID"),
            "email": (self.email, "EMAIL"),
            "email2": (self.email2, "EMAIL"),
            "url": (self.url, "URL"),
        }
        if slot in simple:
            text, label = simple[slot]
            return [(text, label, None)]
        if slot == "phone":
            return [(self.phone(), "PHONE", None)]
        if slot == "mob":
            return [(self.mobile(), "PHONE", None)]
        if slot == "age":
            return self.age_pieces()
        if slot == "rel":
            return [(self.rel, None, None)]
        if slot in ("time", "time2"):
            return [(self.clock(), None, None)]
        raise KeyError(slot)


# ---------------------------------------------------------------------------------------------
# Dates, written in the order they fall in the text
# ---------------------------------------------------------------------------------------------


def _with_year(day: date, rng: random.Random) -> str:
    m, wd = MONTHS[day.month - 1], WEEKDAYS[day.weekday()]
    return rng.choice(
        (
            f"{ordinal(day.day)} {m} {day.year}", f"{day.day} {m} {day.year}", f"{day:%d/%m/%Y}",
            f"{day.day}/{day.month}/{day.year}", day.isoformat(), f"{day:%d-%m-%Y}",
            f"{day.day} {m[:3]} {day.year}", f"{day.day}-{m[:3]}-{day.year}",
            f"{day:%d}{m[:3].upper()}{day.year}", f"{day.day} {m[:3].upper()} {day.year}",
            f"{day.day}.{day.month}.{day:%y}", f"{m} {day.day}, {day.year}",
            f"{wd[:3]} {day:%d/%m/%Y}", f"{wd} {day.day} {m} {day.year}", f"{day:%d/%m/%y}",
            f"{wd} {ordinal(day.day)} {m} {day.year}", f"{day:%d/%m/%Y}", f"{day.day} {m} {day.year}",
        )
    )  # fmt: skip


def _without_year(day: date, rng: random.Random) -> str:
    m, wd = MONTHS[day.month - 1], WEEKDAYS[day.weekday()]
    return rng.choice(
        (
            f"the {ordinal(day.day)}", f"{ordinal(day.day)} {m}", f"{day.day} {m}",
            f"the {ordinal(day.day)} of {m}", f"{wd} the {ordinal(day.day)}",
            f"{wd[:3]} {ordinal(day.day)} {m[:3]}", f"{wd[:3]} {day.day}/{day.month}",
            f"{day.day}/{day.month}", f"{m} {ordinal(day.day)}", f"{wd} {ordinal(day.day)}",
            f"{wd} {day.day} {m}",
        )
    )  # fmt: skip


def _birth(day: date, rng: random.Random) -> str:
    m = MONTHS[day.month - 1]
    return rng.choice(
        (
            f"{day:%d/%m/%Y}", f"{day.day} {m} {day.year}", day.isoformat(),
            f"{ordinal(day.day)} {m} {day.year}", f"{day:%d.%m.%Y}", f"{day.day} {m[:3]} {day.year}",
        )
    )  # fmt: skip


def _stamp(day: date, shape: str) -> str:
    return {
        "iso": day.isoformat(),
        "dmy": f"{day:%d/%m/%Y}",
        "dmy_dash": f"{day:%d-%m-%Y}",
        "dmony": f"{day:%d}{MONTHS[day.month - 1][:3].upper()}{day.year}",
        "admy": f"{WEEKDAYS[day.weekday()][:3]} {day:%d/%m/%Y}",
    }[shape]


# ---------------------------------------------------------------------------------------------
# Building a text
# ---------------------------------------------------------------------------------------------

# The shared checks' pattern for a written age: younger ages it finds are tracked as negatives.
_AGE_MENTION = re.compile(
    r"\bage[d]? (\d{1,3})\b|\b(\d{1,3})(?=yo\b| y/o| years old| yrs\b|y\b)"
)
_LINE_SLOTS = re.compile(r"(\{stamp\}|\{clock\}|\{sign\}|\{text\})")


def _shared(style: Style) -> tuple[str, ...]:
    return {"prose": SHARED, "lines": SHARED_LINES, "letter": SHARED_LETTER}[style.register]


def _count(pieces: list[Piece]) -> int:
    return sum(2 if text is None else len(text.split()) for text, _, _ in pieces)


def _build(rng: random.Random, number: int, style: Style) -> tuple[Example, list]:
    shared = list(_shared(style))
    case = _Case(rng, style, [*style.headers, *style.core, *style.extras, *style.endings, *shared])
    target = round(min(370, max(245, rng.gauss(300, 22))))
    extras = list(style.extras)
    rng.shuffle(extras)
    rng.shuffle(shared)
    lines = style.register == "lines"
    overhead = 4 if lines else 0  # a log line's stamp, clock and signature

    def rendered(template: str) -> tuple[str, list[Piece]]:
        return template, case.render(template)

    headers = [rendered(t) for t in style.headers]
    core = [rendered(t) for t in style.core]
    ending = rendered(rng.choice(style.endings))
    words = sum(_count(p) for _, p in (*headers, *core, ending)) + overhead * len(core)
    # the extras stop short of the target, so that the shared top-ups make up about a tenth
    reserve = rng.randint(15, 45)
    chosen = []
    for template in extras:
        if len(chosen) >= 2 and words >= target - reserve:
            break
        chosen.append(rendered(template))
        words += _count(chosen[-1][1]) + overhead
    tops = []
    for template in shared:
        if words >= target:
            break
        tops.append(rendered(template))
        words += _count(tops[-1][1]) + overhead

    if style.register == "letter":
        rest = core[1:]
        for item in chosen:
            rest.insert(rng.randint(0, len(rest)), item)
        body = [core[0], *rest, *tops]  # a letter's own top-ups come after its story
    else:
        keep = 2
        rest = core[keep:]
        for item in [*chosen, *tops]:
            rest.insert(rng.randint(0, len(rest)), item)
        body = [*core[:keep], *rest]

    stream: list[Piece] = []
    if lines:
        for _, pieces in headers:
            stream.extend([*pieces, ("\n", None, None)])
        log_day = case.day
        minute = rng.randint(6 * 60, 13 * 60)
        writer = case.people.get("o1")  # the site's own staff sign a log, not the NHS's
        for template, pieces in body:
            if "{next}" in template:
                log_day = case.day + timedelta(days=1)
            minute += rng.randint(5, 40)
            clock = (
                f"{minute // 60 % 24:02d}{minute % 60:02d}"
                if style.stamp == "dmony"
                else f"{minute // 60 % 24:02d}:{minute % 60:02d}"
            )
            named = writer is None or "{o1" in template or rng.random() < 0.6
            signer = case.newcomer() if named else writer
            for part in _LINE_SLOTS.split(style.topup):
                if part == "{stamp}":
                    stream.append((None, "DATE", {"day": log_day, "kind": "stamp"}))
                elif part == "{clock}":
                    stream.append((clock, None, None))
                elif part == "{sign}":
                    stream.extend(case.name(signer, rng.choice(style.signs)))
                elif part == "{text}":
                    stream.extend(pieces)
                elif part:
                    stream.append((part, None, None))
            stream.append(("\n", None, None))
        stream.extend(ending[1])
    else:
        joiner = "\n\n" if style.register == "letter" else "\n"
        for index, (_, pieces) in enumerate(headers):
            if index:
                stream.append((joiner, None, None))
            stream.extend(pieces)
        size = 2 if style.register == "letter" else rng.choice((3, 4))
        for index, (_, pieces) in enumerate(body):
            stream.append(("\n\n" if index % size == 0 else " ", None, None))
            stream.extend(pieces)
        stream.append(("\n\n", None, None))
        stream.extend(ending[1])
    text, gold, negatives = _finish(stream, rng, case)
    for match in _AGE_MENTION.finditer(text):
        group = 1 if match.group(1) else 2
        if int(match.group(group)) <= 89:
            negatives.append(match.span(group))
    negatives.sort()
    example = Example(
        id=f"{PREFIX}-{number:06d}",
        text=text,
        known=case.record(),
        gold=tuple(gold),
        kind=style.name,
    )
    return example, negatives


def _finish(stream: list[Piece], rng: random.Random, case: _Case) -> tuple[str, list, list]:
    parts: list[str] = []
    gold: list[GoldSpan] = []
    negatives: list[tuple[int, int]] = []
    length = 0
    latest: date | None = None
    previous_label = None
    for text, label, meta in stream:
        if label == "DATE" and text is None:
            day, kind = meta["day"], meta["kind"]
            if kind == "stamp":
                day = max(day, latest) if latest else day
                text, latest = _stamp(day, case.style.stamp), day
            elif kind == "event" and (latest is None or day >= latest):
                text, latest = _with_year(day, rng), day
            elif kind in ("event", "noyear"):
                text = _without_year(day, rng)
            elif kind == "ldate":
                text = _with_year(day, rng)
            else:
                text = _birth(day, rng)
            meta = None
        if label is None and text.startswith(".") and previous_label and parts[-1].endswith("."):
            text = text[1:]  # "signed S.E." not "S.E.."
        if not text:
            continue
        if label == "NEG":
            negatives.append((length, length + len(text)))
        elif label is not None:
            gold.append(GoldSpan(length, length + len(text), label, **(meta or {})))
        parts.append(text)
        length += len(text)
        previous_label = label if label not in (None, "NEG") else None
    return "".join(parts), gold, negatives


def example(rng: random.Random, number: int, style: Style | None = None) -> Example:
    """One narrative drawn from `rng`, with the id `blind31-<number>`."""
    return _build(rng, number, style or rng.choice(STYLES))[0]


def generate_with_negatives(count: int, seed: int = 1) -> Iterator[tuple[Example, list]]:
    """Each example with the (start, end) of every look-alike and young age written in it."""
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _build(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    for found, _ in generate_with_negatives(count, seed):
        yield found


def alternatives() -> int:
    """How many sentences the pack can write: every style's and the shared top-ups."""
    own = sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
    return own + len(SHARED) + len(SHARED_LINES) + len(SHARED_LETTER)


# ---------------------------------------------------------------------------------------------
# The shared top-ups: sentences any writer of the register could add, only dates without a year
# ---------------------------------------------------------------------------------------------

SHARED = (
    "Capacity was not in doubt at any point and {p.first} was able to tell the staff what had happened in their own words.",
    "An interpreter was not needed, although the notes say that {r.first} helped with some of the history by phone.",
    "The review team met on {later} and spoke to {s1.full}, who had been on shift throughout and kept good notes.",
    "No observations were repeated between {time} and {time2}, and the <<NEWS2 of 3>> charted at the start was the only set.",
    "Safeguarding was considered and a referral under <<Section 42>> was not thought to be needed.",
    "{s2.title} said the department was full and that the patient waited on <<trolley 9>> in a corridor for part of the night.",
    "Allergies were recorded as none known, and <<co-codamol>> was given for pain before any imaging was done.",
    "The family were offered a meeting under the duty of candour and {r.title} asked for a copy of this report.",
    "No medication had been missed, although <<omeprazole>> was not restarted until the ward round on {day}.",
    "The learning from this case will be shared at the {trust} patient safety meeting.",
    "A copy of the discharge letter went to {gp}, but it did not mention the events before arrival.",
    "The review did not find that staffing on the night fell below the agreed levels for <<majors 8>>.",
    "{d.title} has reflected on the case with an educational supervisor and written it up for appraisal.",
    "Nothing in the record suggests that the patient had been drinking, and a breath test was not done.",
)  # fmt: skip
SHARED_LINES = (
    "Radio checked and working, batteries changed",
    "Spoke to {s1.first} on the phone, advised to ring back if worse",
    "First aid box restocked after use, <<a pocket mask>> replaced",
    "Incident form started, reference {ref2}",
    "Welfare check done, no further concerns voiced",
    "Handed over to {s2.first} at change of shift",
    "CCTV request sent to site security for footage from {day}",
    "Manager informed by text, no reply yet",
    "Area cleaned and made safe, wet floor signs out for <<20 minutes>>",
    "Supervisor asked for a statement from everyone on shift",
    "Called <<NHS 111>> for advice, told to attend if any new symptoms",
    "Note added by {s1.initl} after the event, times checked against the phone log",
)  # fmt: skip
SHARED_LETTER = (
    "I am happy to be contacted on {phone} if anything here needs to be clarified.",
    "I have kept a copy of this letter and of the notes made at the time.",
    "I would be grateful for an acknowledgement so that I know this has reached the right person.",
    "{p.first} has agreed that I may write to you about this.",
    "If it would help, I can arrange for the staff who were there on {day} to give statements.",
    "I understand that you may not be able to share clinical details with me, and I do not ask for them.",
    "I raise this so that the next person in the same position is not treated the same way.",
    "A member of the family, {r.full}, is aware of this letter and supports it.",
    "The site has since reviewed its first aid cover under <<the Health and Safety at Work Act>>.",
    "Any reply can be copied to {email2}, the shared mailbox I was given for this.",
    "I have also written to {gp} so that the practice is aware.",
    "Thank you for taking the time to read this.",
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# The twenty-five styles
# ---------------------------------------------------------------------------------------------

_CSV_SIGNS = ("init", "initl", "full", "first")
_TABLE_SIGNS = ("init", "initl", "full", "caps")

STYLES = (
    Style(
        "ferry_terminal_freight_driver_chest_pain_review", "prose",
        "review of a freight driver whose chest pain in a ferry terminal's export lanes was "
        "phoned to the control room, not 999, and whose ambulance was held at the port gate",
        headers=(
            "Serious incident review {ref}: delayed response to chest pain at a freight ferry terminal",
            "Patient: {p.tfull}, aged {age}, date of birth {dob}, NHS number {nhs}. Incident on {date}.",
        ),
        core=(
            "On {date} {p.full}, a freight driver waiting in the export lanes for a delayed sailing, told the check-in clerk {o1f.full} at {time} that he had crushing pain across his chest and had chewed <<300 mg>> of aspirin from his cab kit.",
            "{o1f.first} rang the terminal control room rather than 999, and the <<Duty Manager>>, {o2m.full}, sent a marshal down the lanes on foot with <<an AED>> and a first aid bag.",
            "The ambulance crew, {s1.full} and {s2.full}, were held at the security gate for <<20 minutes>> because nobody had given the gate the lane number, and reached the cab at {time2}.",
            "They recorded <<NEWS2 of 7>>, gave <<glyceryl trinitrate>> and aspirin, and took {p.title} to {hospital}, where {d.dr} found an inferior heart attack on the first tracing.",
            "The port's emergency plan (reference {ref2}) still gave an access point that had been fenced off when the lanes were renumbered, so the crew lost <<10 minutes>> at the wrong gate first.",
        ),
        extras=(
            "His {rel}, {r.full}, was phoned on {mob} by {o1f.title} using the driver's own handset and met him in <<resus 2>> later that evening.",
            "The haulage firm's transport manager, {o3.full}, said drivers are told to report illness at check-in and not to ring 999 themselves, a rule the firm withdrew after <<the Traffic Commissioner>> asked about it.",
            "Cardiology at {hospital2} accepted him for an angioplasty and he was transferred on {next} after <<ticagrelor>> had been given.",
            "The <<Purser>> of the delayed ship, {o4.full}, had crew on board trained in life support who were never asked to come ashore and help.",
            "The review team walked the lanes with {o2m.title} on {later} and timed the route from the gate at under <<10 minutes>> on foot when the right entrance is used.",
        ),
        endings=("Review completed by {s2.full} for {trust}; actions shared with the port operator and <<HM Coastguard>>.",),
        refs=("SI-YYYY-####", "PEP/##/###"),
        sex="M?",
    ),
    Style(
        "bus_depot_driver_hypoglycaemia_review", "prose",
        "review of a bus driver on insulin found confused in his cab at the depot, whose low "
        "blood sugar was taken for drink by the depot staff",
        headers=(
            "Patient safety review: hypoglycaemia mistaken for intoxication at a bus depot, incident {ref}",
            "{p.caps}, date of birth {dob}, hospital number {hosp}, NHS {nhs}.",
        ),
        core=(
            "On {date} {p.full} brought his bus back into the depot at {time} and was found by the <<Shift Lead>>, {o1.full}, slumped over the wheel and slurring his words.",
            "{o1.first} thought he had been drinking and called the depot manager, {o2f.full}, who took his keys and asked him to wait in the canteen for a test under <<the Road Traffic Act>>.",
            "He had been on <<insulin aspart>> for several years and had <<a blood glucose meter>> in his bag, which nobody looked in until the ambulance crew arrived.",
            "Paramedic {s1.full} found a sugar of 1.9, gave <<glucagon>> and oral glucose, and took him to {hospital} with <<GCS 14/15>> on arrival.",
            "{d.dr} admitted him to <<bed 17>> on {ward} overnight; the drink screen was negative, and the depot's drug and alcohol policy had no advice about diabetes.",
        ),
        extras=(
            "His {rel}, {r.tfull}, said he had skipped his lunch because the route was running forty minutes late and the timetable gave him no break for <<4 hours>>.",
            "The driver holds a group 2 licence, and {d.title} advised him that the episode must be reported to <<the DVSA>> and the licensing agency.",
            "Depot controller {o3.full} said the canteen was locked after {time2} and he was left sitting in the yard office with no one checking on him for <<20 minutes>>.",
            "The occupational health nurse, {s2.full}, has since written a hypo plan for drivers on insulin, and the depot now keeps <<Dioralyte>> and glucose tablets in the first aid cupboard.",
            "A follow-up letter was sent to {gp} on {later} asking for a review of his <<insulin aspart>> doses and for a referral to the diabetes team.",
        ),
        endings=("Reviewed by {s2.title} and {d.title}; copied to the bus company's safety lead.",),
        refs=("BD-YYYY-####", "OH/#####"),
        sex="M?",
    ),
    Style(
        "foundry_molten_splash_burn_review", "prose",
        "review of a foundry worker splashed with molten metal whose full-thickness burns were "
        "under-estimated and whose transfer to a burns unit was delayed",
        headers=(
            "Incident review {ref}: burns assessment and transfer after a foundry splash injury",
            "{p.tfull} (NHS {nhs}, hospital number {hosp}), {age} years old, seen on {date}.",
        ),
        core=(
            "{p.full} was pouring at a small iron foundry when a ladle tipped and metal splashed over the top of his safety boot and up his left shin at {time}, with the <<Gaffer>> away on his break.",
            "The <<Foreman>>, {o1m.full}, cut the boot off, cooled the leg under running water for <<20 minutes>> and covered it with cling film before the ambulance came.",
            "At {hospital} the burn was estimated at two per cent and partial thickness, and {d.dr} gave <<ibuprofen>> and a <<silver sulfadiazine>> dressing with a plan to review in the fracture clinic.",
            "Two days later {p.first} returned with a spreading redness and a <<NEWS2 of 7>>, and the burn was then seen to be full thickness over five per cent.",
            "The burns service at {hospital2} accepted him on {next} and he needed a skin graft; he was started on <<omeprazole>> against <<Curling's ulcer>>, and the first assessment had not used the burns referral criteria.",
        ),
        extras=(
            "The works safety officer, {o2.full}, reported the splash under <<RIDDOR>> and asked for the ladle's trunnion to be inspected.",
            "His {rel}, {r.full}, rang the ward on {phone} twice and was told he would be home within <<72 hours>>.",
            "Staff nurse {s1.full} had charted pain as eight out of ten on every check while he waited on <<trolley 9>>.",
            "{o3.full}, the union representative at the works, said the overboots issued to the pouring crew were worn through and had been reported under <<the Health and Safety at Work Act>> in the spring.",
            "The review team spoke to {s2.full} in the plastic surgery team, who said that photographs sent on the referral system would have shown the depth within <<10 minutes>>.",
        ),
        endings=("Review led by {s2.title}, {trust}, with the works' health and safety committee.",),
        refs=("FDY-YYYY-###", "HSE/######"),
        sex="M?",
    ),
    Style(
        "call_centre_agent_overdose_welfare_check_review", "prose",
        "review of a call centre agent who missed two shifts after telling a colleague she felt "
        "hopeless; a welfare call found her after an overdose",
        headers=(
            "Learning review {ref}: a welfare check after missed shifts at a call centre",
            "Patient: {p.full}, aged {age}, of {addr}. NHS {nhs}.",
        ),
        core=(
            "{p.first} had worked on the inbound sales floor for three years; on {date} she told her team leader, {o1f.full}, that she could not see the point of anything and had been taking <<co-codamol>> to sleep.",
            "{o1f.first} logged the conversation on the welfare system and booked a meeting for the following week, and the <<PHQ-9 of 21>> she had scored at her GP practice in the spring was not known at work.",
            "When {p.first} missed two shifts, the attendance team, led by {o2.full}, sent automated texts to {mob} and marked her absence as unauthorised after <<48 hours>>.",
            "On {next} her colleague {o3.full} went to the flat and called 999; the crew, {s1.full} and {s2.full}, found an empty box of paracetamol and <<sertraline>> by the bed.",
            "She was treated at {hospital} with acetylcysteine and then seen by the liaison psychiatry team, and {d.dr} noted that the first dose had been taken about 30 hours earlier, with <<NEWS2 of 3>> on arrival.",
        ),
        extras=(
            "Her {rel}, {r.tfull}, was not on the company's next-of-kin list, and the HR file still gave her old flat at {addr2}.",
            "The centre's mental health first aider, {o4f.full}, said nobody told her about the conversation, although she sits <<10 minutes>> away on the same floor.",
            "The company has since changed its policy so that two unexplained absences after a welfare note lead to a phone call the same day, and the number for <<Samaritans>> is on every desk.",
            "{gp} had started <<sertraline>> a month before and had planned a review that was never booked.",
            "The review team met on {later} and found that the welfare system does not alert anyone when a note is marked as high risk, even with <<PHQ-9 of 21>> recorded.",
        ),
        endings=("Review written by {s2.full} for {trust} and shared with the employer's HR lead.",),
        refs=("LR-YYYY-###", "WF-#####"),
        sex="F?",
    ),
    Style(
        "warehouse_night_shift_forklift_crush_review", "prose",
        "review of a warehouse picker crushed by a reversing forklift on a night shift, whose "
        "pelvic bleeding was missed while he waited in the department",
        headers=(
            "Serious incident {ref}: missed pelvic bleeding after a forklift crush on a night shift",
            "{p.upper}, date of birth {dob}, hospital number {hosp}, NHS number {nhs}.",
        ),
        core=(
            "At {time} on {date} {p.full}, a picker on the night shift at a distribution warehouse, was pinned against racking by a reversing forklift driven by {o1.full}, who was covering as <<Shift Lead>>.",
            "The night manager, {o2f.full}, did not want to block the loading bays and had him helped to a chair in the canteen, where he sat for <<20 minutes>>, instead of leaving him where he fell.",
            "The crew, {s1.full} and {s2.full}, arrived forty minutes later, lifted him on <<a scoop stretcher>> with a pelvic binder, and brought him to {hospital} with a heart rate of 128.",
            "In <<majors 8>> the binder was taken off for an X-ray that showed no fracture, and he waited <<4 hours>> for a scan while his blood pressure drifted down.",
            "{d.dr} was called when he fainted; the scan showed a pelvic fracture with active bleeding, and he was given <<1 g>> of tranexamic acid before going to theatre at {hospital2} on {next}.",
        ),
        extras=(
            "The agency that supplied him, {prov}, had no emergency contact on file, and his {rel}, {r.full}, learned of the injury from a colleague <<48 hours>> later.",
            "The warehouse's <<Banksman>> for the night, {o3.full}, had been moved to cover a loading bay because two staff had gone home sick.",
            "The company has reported the event under <<RIDDOR>> and fitted blue spot lights and reversing alarms to its trucks.",
            "Staff nurse {s2.first} said the department had no trolley free and {p.first} was on <<chair 12>> for the first hour.",
            "Recommendations were agreed at the review meeting on {later} and include a rule that a binder is not removed before a scan.",
        ),
        endings=("Completed by {s1.full} and {d.title}, {trust}.",),
        refs=("SI-YYYY-#####", "WH/###/YY"),
        provider=True,
        sex="M?",
    ),
    Style(
        "food_bank_volunteer_diabetic_foot_review", "prose",
        "review of a food bank client whose foot ulcer a volunteer noticed and reported, and "
        "whose urgent podiatry referral was lost between services",
        headers=(
            "Learning review {ref}: a lost podiatry referral for a diabetic foot ulcer",
            "{p.tfull}, {age} years old, of {addr}, NHS {nhs}.",
        ),
        core=(
            "{p.full} came to the food bank at a church hall every Thursday, and on {date} the volunteer {o1f.full} noticed that one of his shoes was soaked through with blood, and he said the toe had been weeping for <<2/52>>.",
            "{o1f.first} rang {gp} from the hall, and the receptionist booked a nurse appointment for {later} rather than an urgent review, although she read out a high reading from <<a blood glucose meter>> in his bag.",
            "The practice nurse, {s1.full}, found a deep ulcer under the big toe, recorded <<a qSOFA of 2>>, and sent an urgent podiatry referral by e-mail to {email}.",
            "The referral went to a mailbox that had closed in the spring, and the practice's letter about it went to his old flat at {addr2}.",
            "He was admitted to {hospital} three weeks later with osteomyelitis and put on <<flucloxacillin>>, and {d.dr} amputated two toes.",
        ),
        extras=(
            "The food bank coordinator, {o2.full}, said volunteers are told to signpost people to <<NHS 111>> and the hall has no first aid cover on food bank days.",
            "His {rel}, {r.full}, said he had been choosing between food and the bus fare to the podiatry clinic, <<20 minutes>> away by bus.",
            "The food bank is part of <<the Trussell Trust>> network, and its referral vouchers came from {council}.",
            "He had been prescribed <<flucloxacillin>> once before for the same toe, and the course had not been finished.",
            "{s2.full}, the diabetes specialist nurse, said no one had checked his feet at an annual review for two years, and his <<insulin aspart>> had not been reviewed either.",
        ),
        endings=("Review by {s2.title}, {trust}, with {gp}.",),
        refs=("LR-YYYY-###", "FB-#####"),
        sex="M?",
    ),
    Style(
        "leisure_centre_pool_child_near_drowning_review", "prose",
        "review of a girl pulled from a leisure centre pool and sent home from the department "
        "after two hours, who came back that night with breathing trouble",
        headers=(
            "Child safeguarding and safety review {ref}: early discharge after a near drowning",
            "Child: {p.full}, date of birth {dob}, NHS number {nhs}, hospital number {hosp}.",
        ),
        core=(
            "On {date} {p.first}, aged {age}, was at a public swimming session when the <<Lifeguard>>, {o1.full}, saw her at the bottom of the deep end at {time}.",
            "She was pulled out and coughed up water; the <<Duty Manager>>, {o2f.full}, gave oxygen and called 999, and the pool was cleared.",
            "The crew, {s1.full} and {s2.full}, found her alert with a <<NEWS2 of 3>> and took her to the children's department at {hospital}.",
            "She was discharged after two hours by {d.dr} with advice for her {rel}, {r.full}, to watch her breathing, but no chest X-ray was done and <<a pulse oximeter>> was never put on her finger before she left.",
            "She was brought back at {time2} that night with fast breathing and low oxygen, was given <<15 L/min>> through a mask and was admitted to {ward} for two days.",
        ),
        extras=(
            "The leisure centre's trust manager, {o3.full}, said the session had one lifeguard on poolside for forty children, which met the <<Swim England>> guidance.",
            "A note from the pool's first aid log, sent by {o2f.title}, showed that she had been under water for about a minute and was given rescue breaths with <<a pocket mask>>.",
            "{d.first} said the local guidance says children can go home after <<4 hours>> at the least, and the department was very busy that afternoon.",
            "The family were seen again on {later} by the paediatric consultant, {s2.title}, and given a written apology in <<side room 5>>.",
            "Her school nurse has been told, and a swimming teacher at <<the Royal Life Saving Society>> course has offered lessons.",
        ),
        endings=("Review signed off by {s2.full}, {trust}.",),
        refs=("CSR-YYYY-##", "LC/####"),
        child=True,
        ages=(8, 12),
        sex="F?",
    ),
    Style(
        "driving_test_centre_candidate_first_seizure_review", "prose",
        "review of a seventeen-year-old who had a first fit during a driving test, was sent "
        "home from the department and was never referred to a first fit clinic",
        headers=(
            "Patient safety review {ref}: no first fit referral after a seizure on a driving test",
            "Patient: {p.full}, date of birth {dob}, NHS {nhs}.",
        ),
        core=(
            "On {date} {p.first}, aged {age}, was on the reversing manoeuvre of his driving test when the <<Examiner>>, {o1.full}, saw him go stiff and jerk for about a minute.",
            "{o1.first} used the dual brake, stopped the car in the test centre yard and rang 999 at {time}; the test was ended under <<the DVSA>> rules.",
            "The crew, {s1.full} and {s2.full}, found him drowsy with a bitten tongue, and at {hospital} he was seen in <<cubicle 6>> by {d.dr}.",
            "He was discharged the same evening after <<4 hours>> with advice not to drive, but no referral to the first fit clinic was made and the discharge letter to {gp} did not say that he had had a seizure.",
            "Three weeks later he had a second fit at college; he was started on <<levetiracetam>> by the neurology team at {hospital2}.",
        ),
        extras=(
            "His {rel}, {r.tfull}, said she was told in the department that it was probably a faint from nerves.",
            "The driving instructor, {o2.full}, had been sitting in the back for the test and filmed part of the event on his phone until the <<Examiner>> asked him to stop.",
            "{d.first} wrote that a <<Todd's paresis>> of the right arm had settled within the hour.",
            "The family were given advice about the licensing agency and <<the Road Traffic Act>> only at the neurology clinic.",
            "The department has since added a first fit referral to its electronic discharge template, which was checked on {later}.",
        ),
        endings=("Review completed by {s2.full}, {trust}.",),
        refs=("PSR-YYYY-###", "DT/####"),
        child=True,
        ages=(17, 17),
        sex="M?",
    ),
    Style(
        "tattoo_studio_under_age_client_sepsis_review", "prose",
        "review of a fifteen-year-old tattooed at an unlicensed studio, whose infected tattoo "
        "was treated as a local reaction until she became septic",
        headers=(
            "Child safety review {ref}: sepsis after an under-age tattoo",
            "{p.full}, aged {age}, hospital number {hosp}, NHS {nhs}, of {addr}.",
        ),
        core=(
            "{p.first} was tattooed on her forearm on {date} in a room above a shop, by a man known to her friends as {o1m.first}, who did not ask her age or mention <<the Tattooing of Minors Act>>.",
            "Three days later she was seen at a walk-in centre by {s1.full} with redness around the tattoo and given <<amoxicillin>> as a local reaction.",
            "On {next} her {rel}, {r.full}, brought her to {hospital} with a temperature of 39.4 and <<a qSOFA of 2>>, and the sepsis screen was not started for an hour.",
            "{d.dr} gave <<flucloxacillin>> into a vein and <<500 ml>> of fluid, and she spent two nights on {ward} with a streptococcal infection.",
            "Tattooing a child is an offence under <<the Tattooing of Minors Act>>, and the walk-in centre had not asked where or by whom the tattoo was done.",
        ),
        extras=(
            "The environmental health officer, {o2.full}, said the studio was not registered with {council} and has since been closed.",
            "Her school's safeguarding lead, {o3f.full}, said two other pupils had tattoos from the same man.",
            "{s2.full}, the children's nurse on {ward}, noted that {p.first} was frightened of getting the tattooist into trouble and needed <<chlorphenamine>> for the itching.",
            "Police were told through the council's referral line on {phone}, and the case was discussed at a strategy meeting.",
            "The walk-in centre now uses the sepsis tool for every child with a skin infection and a temperature.",
        ),
        endings=("Review by {s2.title} and {d.title}, {trust}.",),
        refs=("CSR-YYYY-###", "EH/#####"),
        child=True,
        ages=(14, 15),
        sex="F?",
    ),
    Style(
        "recycling_centre_very_old_man_head_injury_review", "prose",
        "review of a very old man on an anticoagulant who fell on the steps of a household "
        "recycling centre's skip and whose head scan was delayed",
        headers=(
            "Serious incident review {ref}: delayed head scan for a very old man on an anticoagulant",
            "Patient: {p.tfull}, aged {age}, DOB {dob}, hospital number {hosp}, NHS {nhs}.",
        ),
        core=(
            "{p.full}, {age} years old and on <<apixaban>> for atrial fibrillation, fell backwards off the steps of a garden waste skip at the household recycling centre on {date}.",
            "The site operative, {o1.full}, sat him in the site cabin and rang his {rel}, {r.full}, instead of an ambulance, because he said he was fine, and gave him <<ibuprofen>> from the first aid box.",
            "{r.first} took him to {hospital} at {time}, where he was triaged as minor and sent to the waiting room with <<GCS 14/15>> and a scalp wound.",
            "He waited <<4 hours>> for a scan that the guidance says should be done within one; the scan showed a small bleed, and {d.dr} reversed the anticoagulant.",
            "He was admitted to <<bed 4>> on {ward} and went home on {next} with a plan from the frailty team, led by {s1.full}.",
        ),
        extras=(
            "The council's waste contract manager, {o2.full}, said the steps have a handrail on one side only and it is not the side older people use.",
            "He scored <<a Clinical Frailty Scale of 7>> on the ward, and {s2.full} arranged for the district nurses to dress the wound.",
            "{council} has since added a ramp to the garden waste bay, and site staff have been reminded to call 999 after any fall, with <<an AED>> now kept in the cabin.",
            "His {rel} said he had driven himself to the site every Sunday since he was widowed.",
            "Triage nurse {s2.first} said the triage tool did not ask about anticoagulants such as <<apixaban>>.",
        ),
        endings=("Review completed by {s1.full}, frailty lead, {trust}.",),
        refs=("SI-YYYY-####", "RC/###"),
        old=True,
        sex="M?",
    ),
    Style(
        "bus_passenger_very_old_woman_fall_long_wait_review", "prose",
        "review of a very old woman thrown down the aisle of a bus as it pulled away, who lay "
        "on the floor of the bus for over an hour and then on a trolley before her hip fracture "
        "was found",
        headers=(
            "Patient safety review {ref}: a hip fracture found late after a fall on a bus",
            "{p.tfull}, aged {age}, of {addr}, NHS {nhs}.",
        ),
        core=(
            "On {date} {p.full}, then {age} years old, was walking to her seat when the bus pulled away from the stop, and she fell down the aisle and could not get up.",
            "The driver, {o1f.full}, stopped and radioed the depot controller, {o2m.full}, who told her to ring 999; the call was graded as a fall without injury and the ambulance took over an hour, with a callback after <<20 minutes>>.",
            "Passengers kept her warm with coats, and one of them, {o3.full}, a retired nurse, noticed that her right leg was short and turned out and told the call handler.",
            "At {hospital} she waited on <<trolley 9>> for <<4 hours>> with <<a 4AT of 6>> before an X-ray found a fractured neck of femur; {d.dr} gave a nerve block only after the film.",
            "She had surgery on {next} and went to {ward}, where the orthogeriatric team under {s1.full} found a pressure sore on her heel from the long wait and scored her <<a Rockwood score of 7>>.",
        ),
        extras=(
            "Her {rel}, {r.tfull}, was not told until the evening because the phone in her handbag was locked.",
            "The bus company's safety manager, {o4.full}, sent the on-bus video, which showed the bus moving before she reached a seat.",
            "Staff nurse {s2.full} recorded <<a Waterlow of 18>> on admission, but no pressure-relieving mattress was found for her until the next day.",
            "She was discharged to {home} for rehabilitation and was still using a frame when this review met on {later}.",
            "The ambulance service has reviewed the grading of falls in people over ninety on public transport after the call was passed to it by <<NHS 111>>.",
        ),
        endings=("Review completed by {s1.title} and {d.title} for {trust}.",),
        refs=("PSR-YYYY-###", "BUS/####"),
        old=True,
        sex="F?",
    ),
    Style(
        "prison_visits_hall_officers_log_csv", "lines",
        "a prison visits hall's officers' log pasted as CSV: a visitor collapses at a table and "
        "the wait for the ambulance to be let in",
        headers=(
            "Visits hall occurrence log export, occurrence {ref}, visitor {p.caps}",
            "date,time,officer,entry",
        ),
        core=(
            "Visitor {p.full} booked in for the afternoon session, ID checked, searched and seated at table 14",
            "{p.first} complained of chest tightness and was sweating; <<Visits Officer>> {o1.full} radioed for healthcare and the orderly officer",
            "Healthcare nurse {s1.full} attended with <<an AED>>, recorded <<NEWS2 of 7>> and asked for 999",
            "Ambulance at the gate, crew {s2.full} and partner held for escort under the gate procedure for <<10 minutes>>",
            "Visitor taken to {hospital} after <<glyceryl trinitrate>> from the crew, with her {rel} {r.full}, visit ended for prisoner {o2m.full} and he was returned to the wing",
        ),
        extras=(
            "Gate log shows the emergency vehicle was not on the expected list, {o3.full} on the gate phoned the control room after <<10 minutes>>",
            "Prisoner {o2m.last} asked for news of his visitor, <<Chaplain>> {o4.full} informed",
            "Hospital rang back on {phone}, visitor admitted to <<bed 17>> on {ward}, no further details given",
            "Visitor's property bag returned to {r.first} at reception, signed for",
            "Observations repeated before transfer, <<GCS 14/15>> and still pale",
        ),
        endings=("Exported by {o3.full} for the visits department; copy to healthcare at {email}",),
        refs=("OCC-YYYY-####", "VH/####"),
        topup='{stamp},{clock},{sign},"{text}"',
        stamp="iso",
        signs=_CSV_SIGNS,
        sex="F?",
    ),
    Style(
        "job_centre_security_welfare_log_csv", "lines",
        "a job centre's security and welfare log pasted as CSV: a claimant says he will end his "
        "life after a sanction, and the calls that followed",
        headers=(
            "Welfare incident log, claimant {p.full}, NI ref {ref}",
            "date,time,entry,recorded by",
        ),
        core=(
            "Claimant {p.full} at desk 6 with work coach {o1.full}, told of a sanction and said he would jump from the railway bridge tonight",
            "<<Jobcentre Plus>> welfare procedure started, {o2.full} the security officer stayed with him in the quiet room",
            "Called 999, police and ambulance requested, police response <<4 hours>>, his mobile {mob} noted",
            "Paramedics {s1.full} and {s2.full} attended, <<NEWS2 of 3>>, took him to {hospital} for the mental health liaison team",
            "Liaison nurse rang back: seen by {d.dr} on {next}, advice given to <<the DWP>> about the sanction decision",
        ),
        extras=(
            "His {rel} {r.full} came to collect his bag and phone charger from the office",
            "Manager {o3.full} reviewed the sanction and referred it back for a decision maker under {ref2}",
            "Number for <<Samaritans>> and the crisis page {url} given to him in writing before he left",
            "Police officer asked if <<Section 136>> was needed, he agreed to go voluntarily",
            "Work coach {o1.first} debriefed and offered support from the employee assistance line, <<Duty Manager>> informed",
        ),
        endings=("Log closed by {o3.full} for the district office, {email2}",),
        refs=("JC-YYYY-#####", "DM/######"),
        topup='{stamp},{clock},"{text}",{sign}',
        stamp="dmy",
        signs=_CSV_SIGNS,
        sex="M?",
    ),
    Style(
        "takeaway_delivery_rider_shift_table", "lines",
        "a takeaway's shift notes pasted as a table into a referral: a delivery rider knocked "
        "off his moped and sent home with a missed wrist fracture",
        headers=(
            "Shift notes from the takeaway, pasted by {o1.full} for the injury claim {ref}",
            "| Date | Time | What happened | By |\n| --- | --- | --- | --- |",
        ),
        core=(
            "Rider {p.full} out on delivery to {street}, rang in to say a car had pulled out and he was off the bike",
            "{o2.nick} drove round, found him sitting on the kerb holding his wrist, he said he did not need <<a cervical collar>>",
            "Took him to the walk-in centre, nurse {s1.full} said sprain and gave <<ibuprofen>>",
            "{p.first} back in on {next} with the wrist swollen and blue, sent to {hospital}, seen in <<cubicle 2>>",
            "Fracture clinic: scaphoid fracture missed on the first day, {d.dr} put it in a cast for <<6 weeks>>",
        ),
        extras=(
            "Police rang for the car driver's details, passed to {o3.full}",
            "His {rel} {r.full} rang the shop on {phone} asking who pays for the moped",
            "Insurance company wants the delivery app records for the shift within <<72 hours>>",
            "{p.first} says his hand goes white in the cold since, told to mention <<Raynaud's phenomenon>> to the doctor",
            "Cover rider booked for his shifts for the next <<6 weeks>>",
        ),
        endings=("Pasted into the referral by {o1.full}, {o1.pemail}",),
        refs=("CLM-YYYY-####", "TK/###"),
        topup="| {stamp} | {clock} | {text} | {sign} |",
        stamp="dmy",
        signs=_TABLE_SIGNS,
        sex="M?",
    ),
    Style(
        "hand_car_wash_site_log_table", "lines",
        "a hand car wash's site log pasted as a table into a safeguarding referral: a worker's "
        "chemical eye splash and the signs that he was not free to leave",
        headers=(
            "Safeguarding referral {ref}: extract from the site log of a hand car wash",
            "| Date | Time | Entry | Staff |\n| --- | --- | --- | --- |",
        ),
        core=(
            "Worker {p.full} splashed in the eye with wheel cleaner while doing alloys, no goggles on, <<COSHH>> not followed",
            "Rinsed at the tap for a few minutes as the site has nothing like <<an eyewash station>>, {o1.full} the <<Valeter>> in charge said to carry on",
            "Customer {o2f.full} saw him crying with pain and drove him to {hospital} herself, <<20 minutes>> away",
            "Eye unit: alkali burn, irrigated for <<20 minutes>> by {s1.full}, seen by {d.dr}, pH checked",
            "He gave his address as the flat above the site and said his passport was held by the boss, referral made under <<the Modern Slavery Act>>",
        ),
        extras=(
            "{o3.full} from {council} licensing visited with police on {later}",
            "Worker asked for his wages for the week, told he owed money for rent",
            "Translator booked, he spoke to {s2.full} through the phone line in <<cubicle 6>>",
            "Referral also sent to <<the Gangmasters and Labour Abuse Authority>>",
            "Wheel cleaner label read, <<COSHH>> sheet not held on site",
        ),
        endings=("Table copied from the site book by {s2.full}, {s2.email}",),
        refs=("SG-YYYY-####", "MS/#####"),
        topup="| {stamp} | {clock} | {text} | {sign} |",
        stamp="admy",
        signs=_TABLE_SIGNS,
        sex="M?",
    ),
    Style(
        "bus_depot_controller_radio_log", "lines",
        "a bus depot controller's radio log pasted into an incident report: a passenger found "
        "unresponsive on the top deck at the end of the route",
        headers=(
            "Controller's radio log, incident {ref}, passenger later named as {p.full}",
            "Times from the depot radio system.",
        ),
        core=(
            "Driver on route 37 reports a passenger on the top deck not responding at the terminus",
            "Told driver to ring 999, <<Dispatcher>> {o1.full} listening in from the control room",
            "999 call handler talking the driver through chest compressions, {o2.first} from the next bus bringing <<an AED>>",
            "Paramedics {s1.full} and {s2.full} on scene, took over, <<an i-gel>> in",
            "Passenger taken to {hospital}, <<an AVPU of V>>, police informed, bus taken out of service",
        ),
        extras=(
            "Passenger's {rel} {r.full} rang the depot on {phone} looking for him",
            "Crew gave <<naloxone>>, breathing better before they left",
            "Hospital told the police on {next} that he was awake in <<bed 4>> on {ward}",
            "Driver {o3.full} stood down for the rest of the shift, welfare call booked in <<48 hours>>",
            "Inspector {o4.full} asked for the on-bus video to be kept for the police and <<the Traffic Commissioner>>",
        ),
        endings=("Log copied by {o1.full}, depot control.",),
        refs=("INC-YYYY-####", "RAD/###"),
        topup="[{stamp} {clock}] {sign}: {text}",
        stamp="dmy_dash",
        signs=("full", "first", "initl", "lower"),
        sex="M?",
    ),
    Style(
        "food_bank_delivery_driver_very_old_client_log", "lines",
        "a food bank delivery driver's round notes: a very old man found on his kitchen floor "
        "after his care visits had stopped",
        headers=(
            "Home delivery round notes, client {p.tfull}, aged {age}, case {ref}",
            "Entries by the delivery volunteers.",
        ),
        core=(
            "Parcel for {p.full} at {addr}, no answer, could hear him calling from inside",
            "Neighbour {o1.full} had a key, found him on the kitchen floor, cold, says he fell yesterday",
            "Rang 999, crew {s1.full} and {s2.full} came, <<a vacuum mattress>> used to lift him",
            "Crew said his care visits from {prov} stopped a week ago, fridge empty",
            "Taken to {hospital}, {d.dr} rang on {next} to say he is on {ward} with <<a Clinical Frailty Scale of 7>>",
        ),
        extras=(
            "Called his {rel} {r.full} on {mob}, on the way",
            "Coordinator {o2.full} told, raised with {council} adult social care under <<the Care Act>>",
            "Care agency manager {o3.full} said the visits were cancelled by mistake <<2/52>> ago",
            "Left the parcel with the neighbour, {o1.first} will take it in",
            "Next delivery moved to the hospital ward, ward staff said no",
        ),
        endings=("Notes typed up by {o2.full}, food bank office.",),
        refs=("FBD-YYYY-###", "ASC/######"),
        topup="{stamp} {clock} {text} ({sign})",
        stamp="dmony",
        signs=("init", "initl", "first", "full"),
        old=True,
        provider=True,
        sex="M?",
    ),
    Style(
        "ferry_purser_foot_passenger_handover_letter", "letter",
        "a ferry purser writes to an emergency consultant about a foot passenger who collapsed "
        "on a crossing and was sent home from the department the same night",
        headers=(
            "{o1.full}\nPurser, passenger services\n{ldate}\n\nTo: {d.tfull}, Emergency Department, {hospital}",
            "Re: {p.tfull}, born {dob}\n{addrb}\nNHS number {nhs}\n\nDear {d.dr},",
        ),
        core=(
            "I am the <<Purser>> on the night crossing on which {p.full} collapsed on {date}, and I write because the handover we gave your crew does not appear to have reached you.",
            "{p.first} fainted twice in the forward lounge and our ship's medical officer, {o2.full}, recorded a slow pulse of 34 and <<a Stokes-Adams attack>> in the log.",
            "We handed a written note to the ambulance crew, {s1.full} and {s2.full}, when we berthed at {time}, after <<500 ml>> of fluid had been given on board.",
            "I now hear from {p.poss} {rel}, {r.full}, that {p.first} was sent home from the department at {time2} with a diagnosis of seasickness after <<4 hours>> in <<majors 8>>.",
            "{p.first} collapsed again at home on {next} and has since been fitted with a pacemaker at {hospital2}, where <<Brugada syndrome>> was ruled out.",
        ),
        extras=(
            "Our ship's medical kit includes <<a pulse oximeter>> and an automated defibrillator, and both printouts are enclosed.",
            "The <<Bosun>>, {o3.full}, helped carry {p.first} down to the vehicle deck on <<a scoop stretcher>>.",
            "Our company reports all medical events on board to <<HM Coastguard>>, and I attach their reference {ref2}.",
            "{o2m.title} has asked that I pass on a phone number, {phone}, should you wish to speak to him.",
            "If the note was lost, I would like to know how we should hand over in future.",
        ),
        endings=("Yours sincerely,\n\n{o1.full}\nPurser ({o1.pemail})",),
        refs=("MED-YYYY-###", "HMCG/#####"),
        sex="??",
    ),
    Style(
        "foundry_safety_manager_vibration_white_finger_email", "letter",
        "a foundry's health and safety manager e-mails occupational health and the GP about a "
        "fettler with white, numb fingers whose referral was lost",
        headers=(
            "From: {o1.full} <{o1.pemail}>\nTo: {email}\nDate: {ldate}\nSubject: Referral {ref}",
            "Re: {p.full}, date of birth {dob}\n{addrb}\n\nDear {s1.title},",
        ),
        core=(
            "I am the health and safety manager at the iron foundry where {p.full} has worked as a fettler for twenty years, grinding castings with hand-held tools for up to <<4 hours>> a shift.",
            "On {date} {p.first} showed me fingers that go white and numb in the cold, and our health surveillance nurse, {o2f.full}, suspected <<Raynaud's phenomenon>> caused by vibration.",
            "She sent a referral to your service that day, and we have since been told that it cannot be found.",
            "{p.first} has also been seen by {d.dr} at {gp}, who noted <<Dupuytren's contracture>> in the right hand and asked for an urgent nerve conduction study.",
            "Because the condition is reportable under <<RIDDOR>>, we need a diagnosis from a doctor before we can report it and adjust his work.",
        ),
        extras=(
            "His {rel}, {r.full}, has asked me to pass on that he is now dropping cups at home.",
            "Our records of trigger times on the grinders are kept by the <<Foreman>>, {o3.full}, and I can send them to you.",
            "He is currently on light duties in the core shop, away from vibrating tools, for <<6 weeks>> or until he is seen.",
            "I have asked {o2f.first} to send the referral again, and a copy is attached.",
            "We would also welcome your advice on health surveillance for the rest of the fettling shop, where two others have <<Dupuytren's contracture>>.",
        ),
        endings=("Kind regards,\n\n{o1.full}\nHealth and Safety Manager",),
        refs=("OH-YYYY-###", "HS/####"),
        sex="M?",
    ),
    Style(
        "call_centre_team_leader_reasonable_adjustments_email", "letter",
        "a call centre team leader e-mails a GP practice after an agent's seizure at her desk, "
        "asking for advice on adjustments that the practice never gave",
        headers=(
            "From: {o1.full} <{o1.pemail}>\nTo: {email}\nSent: {ldate}\nSubject: {p.full}, workplace adjustments",
            "Re: {p.full}, DOB {dob}, {addr}\n\nDear {d.dr},",
        ),
        core=(
            "I am team leader to {p.full} at a call centre where she takes inbound calls, and I am writing with her agreement after she had a seizure at her desk on {date}.",
            "Our first aider, {o2.full}, timed the seizure at about three minutes and a second one after <<20 minutes>>, and {p.first} was taken by ambulance to {hospital}.",
            "She tells me she has epilepsy, that her <<levetiracetam>> was changed recently, and that the flashing lights on our new call-queue screens may be a trigger.",
            "Under <<the Equality Act>> we want to make reasonable adjustments, and occupational health has asked for a letter from her GP about her condition and treatment.",
            "She has asked the practice twice since {next}, and the reception team told her there was no record of her request.",
        ),
        extras=(
            "Our HR adviser, {o3f.full}, can be reached on {phone} if you would rather speak to us directly.",
            "We have already moved her to a desk away from the wallboards and given her a later start and breaks under <<the Working Time Regulations>>.",
            "Her {rel}, {r.full}, collected her from the hospital and says she was told to see her GP within <<72 hours>>.",
            "Our first aid log shows that she was given <<buccal midazolam>> by the crew before leaving the building.",
            "We are not asking for any medical details beyond what she has agreed to share.",
        ),
        endings=("Best wishes,\n\n{o1.full}\nTeam Leader, inbound sales\n{o1.pemail}",),
        refs=("HR-YYYY-####", "OH/####"),
        sex="F?",
    ),
    Style(
        "leisure_centre_duty_manager_swimmer_arrest_letter", "letter",
        "a leisure centre duty manager writes to the hospital after a swimmer's cardiac arrest in "
        "the pool, asking for the defibrillator data to be collected and for news",
        headers=(
            "{o1.full}, Duty Manager\nLeisure centre reception\n{ldate}\n\nPatient Advice and Liaison Service, {hospital}",
            "Re: {p.full} (born {dob})\n{addrb}\n\nDear Sir or Madam,",
        ),
        core=(
            "I was the <<Duty Manager>> at the leisure centre on {date} when {p.full} collapsed in the shallow end of the main pool during an early morning lane swim.",
            "The <<Lifeguard>>, {o2.full}, brought him out, and our staff used <<an AED>> twice before the paramedics, {s1.full} and {s2.full}, arrived at {time}.",
            "The defibrillator keeps its record of each shock for only <<72 hours>> of use, and the manufacturer tells me that the hospital can ask for the download; nobody has yet done so.",
            "{p.poss} {rel}, {r.full}, has told us that he is on {ward} and that {d.dr} has asked whether the rhythm suggested <<Wolff-Parkinson-White>>.",
            "Our staff are also struggling after the event, and a debrief with the crew would help them a great deal.",
        ),
        extras=(
            "A member of the public, {o3.full}, gave rescue breaths with <<a pocket mask>> from our first aid bag.",
            "The pool is run for {council}, and the incident has been reported to <<the HSE>> by the council's safety team.",
            "The download can be arranged through our head office on {phone}, quoting our reference {ref2}.",
            "Our centre manager, {o4m.full}, has asked that any reply be copied to him at {email2}.",
            "More information about the centre's safety arrangements can be found at {url}.",
        ),
        endings=("Yours faithfully,\n\n{o1.full}\nDuty Manager",),
        refs=("LC-YYYY-###", "AED/#####"),
        sex="M?",
    ),
    Style(
        "tattoo_artist_client_red_ink_reaction_letter", "letter",
        "a licensed tattoo artist writes to a GP about a client's swelling and breathing trouble "
        "after a red-ink tattoo, sent home without an allergy referral",
        headers=(
            "{o1.full}\nTattoo studio, registered with {council}\n{ldate}\n\nTo the GPs at {gp}",
            "Re: {p.tfull}, date of birth {dob}\n{addrb}\n\nDear Doctor,",
        ),
        core=(
            "I am the tattoo artist who tattooed {p.full} on {date}, and I am writing because I am worried that a serious reaction has not been followed up.",
            "Within an hour of the red ink going in, {p.first} came back to the studio with the tattoo swollen, hives on the neck and a hoarse voice.",
            "I gave {p.poss} own <<chlorphenamine>> and rang 999, and the paramedic, {s1.full}, gave <<adrenaline>> in the studio before taking {p.title} to {hospital}.",
            "{p.first} was sent home at {time} with <<4 mg>> antihistamine tablets, and I understand no referral to an allergy clinic was made and no adrenaline pen was given.",
            "Because red pigments can go on causing reactions for months, I have told {p.first} not to have any more work done until seen by a specialist.",
        ),
        extras=(
            "Our studio keeps a record of every ink batch, and the batch number for this one is {ref2}.",
            "My colleague {o2f.full} witnessed the reaction and wrote down the times.",
            "{p.poss} {rel}, {r.full}, drove {p.title} home from the hospital and can be reached on {mob}.",
            "I have reported the ink to the supplier, to <<UKHSA>> and to {council} environmental health.",
            "Our aftercare advice is published at {url} and was given to {p.first} in writing.",
        ),
        endings=("Yours faithfully,\n\n{o1.full}\nTattoo artist",),
        refs=("TS-YYYY-##", "INK-######"),
        sex="??",
    ),
    Style(
        "launderette_owner_very_old_customer_concern_letter", "letter",
        "a launderette owner writes to a GP about a very old regular customer who has been coming "
        "in confused, with soaked clothes and no food at home",
        headers=(
            "{o1.full}\nThe launderette, {street}\n{ldate}\n\nThe practice manager, {gp}",
            "Re: {p.tfull}, aged {age}, born {dob}\n{addrb}\n\nDear Practice Manager,",
        ),
        core=(
            "I run the launderette on {street}, and {p.full} has been one of my regulars for over thirty years.",
            "On {date} {p.title}, who is {age} years old, came in at {time} in her slippers carrying wet sheets, and did not know what day it was.",
            "I rang the number she gave for her {rel}, {r.full}, on {mob}, and was told that carers from {prov} visit twice a day.",
            "I have since seen her three times in the same state, and one of the carers, {o2f.full}, told me she is often out when they call.",
            "I am not family, and I do not know whether <<the Mental Capacity Act>> lets me do more, but I am worried she will fall or be taken advantage of before anyone notices.",
        ),
        extras=(
            "She told me that {d.dr} at your practice last saw her in the spring and changed her tablets to <<sertraline>>.",
            "My assistant, {o3.full}, walked her home on {next} and found the front door open and the heating off.",
            "I have also contacted {council} adult social care, who said they would pass it on under <<the Care Act>>.",
            "She has mentioned falls in the bathroom, and there is nothing like <<a Mangar Camel>> in the flat to lift her.",
            "She keeps talking about her late husband's work at the pit and asks me when he is coming to collect her.",
        ),
        endings=("Yours sincerely,\n\n{o1.full}\nLaunderette owner, tel. {phone}",),
        refs=("LD-YYYY-##", "ASC-######"),
        old=True,
        provider=True,
        sex="F?",
    ),
    Style(
        "recycling_operative_needlestick_pep_email", "letter",
        "a recycling centre operative's supervisor e-mails the emergency department after a "
        "needlestick from household waste, when the operative waited too long for advice",
        headers=(
            "From: {o1.full} <{o1.pemail}>\nTo: {email}\nDate: {ldate}\nSubject: Needlestick injury, {ref}",
            "Patient: {p.full}, DOB {dob}, {addr}\n\nDear {d.dr},",
        ),
        core=(
            "I supervise the operatives at the household waste recycling centre, and {p.full} was pricked through his glove by a needle in a black bag on the picking line on {date}.",
            "We washed the wound, rang <<NHS 111>> and were told to go to {hospital}, where he arrived at {time}.",
            "He waited in the department for over <<4 hours>> and left without being given any treatment because the triage nurse said it could wait for occupational health.",
            "Occupational health at {trust} saw him on {next} and started a <<1/12>> course of post-exposure treatment, but told him it should have been started within hours.",
            "I would be grateful to know why he was not seen sooner, and what we should tell operatives to do if this happens again.",
        ),
        extras=(
            "The needle has been kept in <<a sharps bin>> in the site office in case it needs to be tested.",
            "His {rel}, {r.full}, has asked for the results of his blood tests to be sent to him at home.",
            "We have reported the injury under <<RIDDOR>> and to {council}, which runs the site.",
            "The site's safety adviser, {o2.full}, has asked for a copy of the triage notes.",
            "Our operatives are offered hepatitis B vaccination, and the site rules on sharps are published at {url}.",
        ),
        endings=("Regards,\n\n{o1.full}\nSite Supervisor",),
        refs=("NSI-YYYY-###", "WS/####"),
        sex="M?",
    ),
    Style(
        "prison_visitor_very_old_mother_complaint_letter", "letter",
        "a daughter complains that her very old mother collapsed in a prison visitors' centre "
        "queue and was left on a bench for an hour before an ambulance was called",
        headers=(
            "{r.full}\n{ldate}\n\nPatient Experience Team, {trust}",
            "Re: my mother, {p.tfull}, aged {age}, born {dob}\n{addrb}\n\nDear Sir or Madam,",
        ),
        core=(
            "On {date} my mother, {p.full}, who is {age} years old, collapsed in the visitors' centre queue while we waited to see my brother.",
            "An officer, {o1.full}, sat her on a bench and said the prison's healthcare staff could not come out to the visitors' centre, and nobody rang 999 for an hour.",
            "When the ambulance came, the paramedic, {s1.full}, found her blood sugar low and a <<NEWS2 of 7>>, and took her to {hospital}.",
            "At the hospital she was left on <<trolley 9>> in a corridor overnight, and {d.dr} told me the next morning that she had a urine infection and was dehydrated.",
            "She was discharged on {next} to {home}, but the discharge letter gave the wrong address and her tablets went to the old one at {addr2}.",
        ),
        extras=(
            "The visitors' centre is run by a charity, and its manager, {o2.full}, has apologised and shown me the log.",
            "My mother has <<a Clinical Frailty Scale of 7>> according to her GP, and she should never have been left sitting for so long.",
            "I have written separately to <<HM Prison and Probation Service>> about the visitors' centre.",
            "I can be reached on {mob} or at {r.pemail}.",
            "Staff nurse {s2.full} on the ward was very kind to her in <<bed 17>>, and I would like that passed on.",
        ),
        endings=("Yours faithfully,\n\n{r.full}",),
        refs=("PET-YYYY-####", "VC/###"),
        old=True,
        sex="F?",
    ),
)
