"""A fifth blind evaluation pack for de-identification: 25 registers none of the other packs has.

Written without reading the engine (``deidentify``, its name and place lists, its tests or its
README) or the narrative templates of the other packs; only the shared infrastructure of
``evaluation`` is reused (``Example``, ``GoldSpan``, ``LABELS``, the Faker name pools through
``_new_person``, ``listed_names``, ``nhs_number``, ``postcode``, ``ordinal``), so gold spans and
scores mean the same thing as on the other packs. How it was written, the styles and the gold
conventions are in ``evaluation_blind5.md``.

``generate(count, seed)`` writes NHS texts of about 300 words (215 to 395 as a target): speech
recognition dictations, Teams chat exports, endoscopy, audiology, podiatry, care-home medication
rounds, bereavement calls, observation logs, children's sepsis, out-of-hours triage, sharps
injuries, vaccine errors, screening incidents, bacteraemia reviews, device incidents, information
governance breaches, best-interests meetings, M&M minutes, hospice at home, virtual wards, child
death reviews, police custody, excellence reports, duty of candour letters and trial SAE reports.
Every identifier is a gold span; the clinical look-alikes written around them are never gold and
``generate_with_negatives`` gives their offsets.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
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
    "DIRECT_IDENTIFIERS", "LABELS", "Example", "GoldSpan", "STYLES", "example", "generate",
    "generate_with_negatives", "alternatives",
]  # fmt: skip

PREFIX = "blind5"
LOW_WORDS = 200
HIGH_WORDS = 420
TARGET_LOW, TARGET_HIGH, CEILING = 215, 395, 395
NO_RECORD_SHARE = 0.12

# ---------------------------------------------------------------------------------------------
# Places (real towns, invented combinations)
# ---------------------------------------------------------------------------------------------

TOWNS = {
    "Rotherham": "S", "Barnsley": "S", "Grimsby": "DN", "Scunthorpe": "DN", "Kendal": "LA",
    "Burnley": "BB", "Oldham": "OL", "Rochdale": "OL", "Stockton-on-Tees": "TS",
    "Hartlepool": "TS", "Gateshead": "NE", "Telford": "TF", "Walsall": "WS",
    "Wolverhampton": "WV", "Dudley": "DY", "Mansfield": "NG", "Chesterfield": "S", "Crewe": "CW",
    "Macclesfield": "SK", "Bedford": "MK", "Basildon": "SS", "Dartford": "DA", "Crawley": "RH",
    "Yeovil": "BA", "Barnstaple": "EX", "Redruth": "TR", "Wrexham": "LL", "Scarborough": "YO",
    "Kettering": "NN", "Boston": "PE", "King's Lynn": "PE", "Worksop": "S",
}  # fmt: skip
LOCALITIES = (
    "Kimberworth", "Wombwell", "Cleethorpes", "Bottesford", "Netherfield", "Padiham", "Chadderton",
    "Milnrow", "Norton", "Seaton Carew", "Felling", "Madeley", "Bloxwich", "Tettenhall",
    "Netherton", "Forest Town", "Brimington", "Wistaston", "Tytherington", "Kempston", "Pitsea",
    "Stone", "Three Bridges", "Preston Plucknett", "Pilton", "Pool", "Rhosddu", "Eastfield",
    "Desborough", "Skirbeck", "Gaywood", "Manton",
)  # fmt: skip
STREETS = (
    "Coppergate", "Lindum", "Tanners", "Foundry", "Quarry", "Pinfold", "Ropewalk", "Wharf",
    "Saxon", "Beacon", "Clover", "Heather", "Thistle", "Sorrel", "Bracken", "Linnet", "Plover",
    "Dovecote", "Sandpiper", "Orchard", "Goldcrest", "Wellington", "Balmoral", "Hadrian",
    "Chaucer", "Shelley", "Brunel", "Telford", "Lowther", "Mayfield", "Cragg", "Greenbank",
)  # fmt: skip
STREET_KINDS = (
    "Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Way", "Grove", "Terrace",
    "Walk", "Rise", "Court", "Gardens", "Mews", "View",
)  # fmt: skip
WARDS = (
    "Kittiwake", "Curlew", "Avocet", "Skylark", "Wagtail", "Merlin", "Puffin", "Bracken",
    "Foxglove", "Campion", "Teasel", "Speedwell", "Harebell", "Buttercup", "Cowslip", "Sorrel",
    "Lowry", "Brontë", "Hepworth", "Turner", "Constable", "Elgar", "Wordsworth", "Tolkien",
)  # fmt: skip
WARD_FORMS = ("{w} Ward", "{w} Ward", "Ward {w}", "{w} Unit", "{w} Suite")
HOMES = (
    "Larkfield", "Ravenscourt", "The Hollies", "Thornleigh", "Sunnybank", "Moorcroft",
    "Ivy Lodge", "Ashdene", "The Poplars", "Glenholme", "Heathfield", "Kingsmead",
)  # fmt: skip
HOME_KINDS = ("Care Home", "Nursing Home", "Residential Home", "House", "Lodge Care Home")
HOSPITAL_FORMS = (
    "{town} General Hospital", "{town} District Hospital", "{town} Royal Infirmary",
    "Royal {town} Hospital", "{town} Victoria Hospital", "{town} Memorial Hospital",
)  # fmt: skip
TRUST_FORMS = (
    "{town} Hospitals NHS Foundation Trust", "{town} and District NHS Trust",
    "North {town} Healthcare NHS Trust", "{town} Community Health NHS Trust",
    "{town} Teaching Hospitals NHS Trust",
)  # fmt: skip
GP_FORMS = (
    "{street} Surgery", "{street} Medical Centre", "{street} Health Centre",
    "{locality} Medical Practice", "{locality} Family Doctors",
)  # fmt: skip
AGENCIES = ("Brightpath", "Homeward", "Kindred", "Greenleaf", "Carewell", "Oakheart", "Amberley")
AGENCY_KINDS = ("Care Ltd", "Homecare", "Support Services", "Care at Home", "Nursing Agency")
PHARMACY_FORMS = ("{street} Pharmacy", "{locality} Chemist", "Medicare Pharmacy {locality}")
HOSPICE_FORMS = ("St {saint} Hospice", "{locality} Hospice", "{town} Hospice")
SAINTS = ("Cuthbert's", "Hilda's", "Aidan's", "Oswald's", "Barnabas", "Wilfrid's", "Catherine's")
SCHOOL_FORMS = ("{locality} Primary School", "{street} Academy", "St {saint} C of E Primary")
FORCES = ("South Yorkshire Police", "Lancashire Constabulary", "Cleveland Police",
          "West Mercia Police", "Essex Police", "Devon and Cornwall Police", "Cumbria Constabulary",
          "Humberside Police", "Staffordshire Police", "Northumbria Police")  # fmt: skip
FUNERALS = ("Co-op Funeralcare {locality}", "{last} & Sons Funeral Directors",
            "{locality} Funeral Service")  # fmt: skip

# ---------------------------------------------------------------------------------------------
# The pack's own names (beside Faker's)
# ---------------------------------------------------------------------------------------------

NICKNAMES = {
    "Elizabeth": ("Betty", "Liz"), "Kathleen": ("Kath", "Kathy"), "William": ("Bill", "Billy"),
    "Edward": ("Ted", "Eddie"), "Frederick": ("Fred", "Freddie"), "Patricia": ("Pat", "Trish"),
    "Deborah": ("Debbie", "Deb"), "Anthony": ("Tony",), "Gwendoline": ("Gwen",),
    "Josephine": ("Jo", "Josie"), "Terence": ("Terry",), "Bernard": ("Bernie",),
    "Oluwafunmilayo": ("Funmi",), "Chukwuemeka": ("Emeka",), "Mohammed": ("Mo",),
    "Siobhan": ("Shiv",), "Alexander": ("Sandy", "Alex"), "Rajinder": ("Raj",),
    "Aleksandra": ("Ola",), "Nomvula": ("Vuvu",), "Theodora": ("Thea",), "Reginald": ("Reg",),
}  # fmt: skip
OWN_FIRST = {
    "F": (
        "Elizabeth",
        "Kathleen",
        "Patricia",
        "Deborah",
        "Gwendoline",
        "Josephine",
        "Siobhan",
        "Oluwafunmilayo",
        "Aleksandra",
        "Nomvula",
        "Theodora",
        "Summer",
        "Sky",
        "Autumn",
        "Rhiannon",
        "Eilidh",
        "Mairi",
        "Niamh",
        "Tharshini",
        "Anju",
        "Senait",
        "Farzana",
        "Xiaoling",
        "Grażyna",
        "Rūta",
        "Marcia",
        "Precious",
        "Comfort",
        "Blessing",
        "Bridie",
        "Shirin",
        "Ngozi",
        "Thi Hoa",
        "Ayşe",
        "Małgosia",
        "Dolores",
        "Maisie",
        "Dawn",
    ),
    "M": (
        "William",
        "Edward",
        "Frederick",
        "Anthony",
        "Terence",
        "Bernard",
        "Chukwuemeka",
        "Mohammed",
        "Alexander",
        "Rajinder",
        "Reginald",
        "Dale",
        "Glen",
        "Heath",
        "Cliff",
        "Dafydd",
        "Iain",
        "Oisín",
        "Kajan",
        "Jinu",
        "Yonas",
        "Wahid",
        "Zhiwei",
        "Tomasz",
        "Darius",
        "Delroy",
        "Kwaku",
        "Yaw",
        "Tadeusz",
        "João",
        "Lajos",
        "Hamza",
        "Bao",
        "Emre",
        "Ruairí",
        "Sunny",
        "Royal",
        "Wolf",
    ),
}
OWN_LAST = (
    "Fox", "Lamb", "Swan", "Gold", "Friend", "King", "Pope", "Bishop", "Little", "Hardy",
    "Sweet", "Day", "Knight", "Winter", "Moody", "Savage", "Wolf", "Bird", "Churchill", "Street",
    "Sivakumar", "Rajaratnam", "Varghese", "Kurian", "Tesfaye", "Gebremedhin", "Ahmadzai",
    "Zhou", "MacLeod", "McAllister", "Mac Giolla Rí", "ap Dafydd", "Campbell-Brown",
    "Kowalczyk", "Kazlauskienė", "da Silva Santos", "van der Merwe", "De Souza", "El-Amin",
    "Hughes-Mensah", "Patel-Jones", "Brennan-Oduya", "Oyelaran", "Asante", "Nwachukwu",
    "Mahlangu", "Nguyễn", "Yıldız", "Szabó", "O'Shaughnessy", "Ní Mhurchú", "Afolabi-Reid",
    "Bakshi", "Chowdhury", "Mirza", "Hussain", "Lord", "Marshall", "Ward", "Nurse",
)  # fmt: skip


@dataclass
class Person:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool = False
    doctor: bool = False
    title: str = ""
    nick: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def honorific(self) -> str:
        return "Dr" if self.doctor else self.title


def _listed(name: str) -> str:
    listed = listed_names()
    parts = [p for p in re.split(r"[\s-]+", name) if p]
    return "listed" if all(p.casefold() in listed for p in parts) else "unlisted"


def _person(rng: random.Random, used: set[str], *, doctor: bool = False) -> Person:
    for _ in range(60):
        sex = rng.choice("FM")
        if rng.random() < 0.5:
            faker_person = _new_person(rng, sex=sex)
            first, last, names = faker_person.first, faker_person.last, faker_person.names
        else:
            first = rng.choice(OWN_FIRST[sex])
            last = rng.choice(OWN_LAST)
            names = _listed(f"{first} {last}")
        keys = {part.casefold() for part in re.split(r"[\s-]+", f"{first} {last}") if part}
        if keys & used or len(first) < 2 or len(last) < 2:
            continue
        used |= keys
        nick = rng.choice(NICKNAMES[first]) if first in NICKNAMES else ""
        if nick and nick.casefold() in used:
            nick = ""
        if nick:
            used.add(nick.casefold())
        if sex == "M":
            title = "Mr"
        else:
            title = rng.choice(("Mrs", "Mrs", "Ms", "Miss"))
        return Person(first, last, sex, names, doctor=doctor, title=title, nick=nick)
    raise RuntimeError("could not draw a distinct name")  # pragma: no cover


# ---------------------------------------------------------------------------------------------
# Formats
# ---------------------------------------------------------------------------------------------

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def date_forms(day: date, *, full: bool = False) -> list[tuple[str, int]]:
    month = MONTHS[day.month - 1]
    weekday = DAYS[day.weekday()]
    forms = [
        (f"{ordinal(day.day)} {month} {day.year}", 10), (f"{day.day} {month} {day.year}", 10),
        (f"{day:%d/%m/%Y}", 14), (f"{day:%d/%m/%y}", 6), (f"{day:%d.%m.%Y}", 3),
        (day.isoformat(), 3), (f"{day.day} {month[:3]} {day.year}", 5),
        (f"{day:%d}-{month[:3].upper()}-{day.year}", 2), (f"{day:%d%b%y}".upper(), 1),
        (f"{weekday} {day.day} {month} {day.year}", 3), (f"{month} {day.day}, {day.year}", 1),
        (f"{day:%d-%m-%Y}", 2),
    ]  # fmt: skip
    if not full:
        forms += [
            (f"{ordinal(day.day)} {month}", 8), (f"{day.day} {month}", 5),
            (f"{ordinal(day.day)} of {month}", 3), (f"{day:%d/%m}", 3),
            (f"{weekday[:3]} {ordinal(day.day)}", 2), (f"{weekday} the {ordinal(day.day)}", 1),
            (f"the {ordinal(day.day)}", 2), (f"{day.day} {month[:3]}", 2),
        ]  # fmt: skip
    return forms


def date_text(day: date, rng: random.Random, *, full: bool = False) -> str:
    forms = date_forms(day, full=full)
    return rng.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]


def clock(rng: random.Random) -> str:
    hour, minute = rng.randint(0, 23), rng.choice((0, 5, 12, 15, 20, 30, 35, 40, 45, 50))
    return rng.choice(
        (
            f"{hour:02d}:{minute:02d}", f"{hour:02d}:{minute:02d}", f"{hour:02d}{minute:02d}hrs",
            f"{hour:02d}.{minute:02d}", f"{hour:02d}{minute:02d}",
            f"{hour % 12 or 12}.{minute:02d}{'am' if hour < 12 else 'pm'}",
        )
    )  # fmt: skip


def phone(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(("mobile", "mobile", "landline", "landline"))
    if kind == "mobile":
        a, b = f"7{rng.randint(300, 999)}", f"{rng.randint(0, 999999):06d}"
        return rng.choice(
            (f"0{a} {b}", f"0{a}{b}", f"+44 {a} {b}", f"0{a} {b[:3]} {b[3:]}", f"+44{a}{b}",
             f"0{a}-{b}")
        )  # fmt: skip
    code = rng.choice(("01709", "01226", "01472", "01539", "01282", "0161", "01642", "01952",
                       "01922", "01384", "01623", "01246", "01270", "01234", "01268", "01293"))  # fmt: skip
    if len(code) == 4:
        local = f"{rng.randint(2, 9)}{rng.randint(0, 99):02d} {rng.randint(0, 9999):04d}"
    else:
        local = f"{rng.randint(200000, 999999)}"
    return rng.choice((f"{code} {local}", f"({code}) {local}", f"+44 {code[1:]} {local}"))


def hospital_number(rng: random.Random, fmt: int) -> str:
    letters = "ABCDEFGHJKLMNPRSTVWXY"
    if fmt == 0:
        return f"{rng.choice(letters)}{rng.randint(0, 9999999):07d}"
    if fmt == 1:
        return f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(0, 999999):06d}"
    if fmt == 2:
        return f"{rng.randint(10000000, 99999999)}"
    if fmt == 3:
        return f"{rng.choice(letters)}{rng.choice(letters)}/{rng.randint(0, 999999):06d}"
    if fmt == 4:
        return f"{rng.randint(1000000, 9999999)}{rng.choice(letters)}"
    return f"RX{rng.choice(letters)}-{rng.randint(0, 999999):06d}"


def _nhs_shaped(value: str, rng: random.Random) -> str:
    form = rng.random()
    if form < 0.45:
        return f"{value[:3]} {value[3:6]} {value[6:]}"
    if form < 0.6:
        return f"{value[:3]}-{value[3:6]}-{value[6:]}"
    return value


def _ids(rng: random.Random) -> dict[str, Callable[[], str]]:
    r = rng.randint
    yy = str(rng.choice((23, 24, 25, 26)))
    return {
        "datix": lambda: rng.choice(
            (f"W{r(100000, 999999)}", f"INC{r(1000000, 9999999)}", f"DX-20{yy}-{r(0, 99999):05d}")
        ),
        "steis": lambda: f"20{yy}/{r(1000, 99999)}",
        "complaint": lambda: f"COMP{yy}-{r(100, 9999):04d}",
        "police": lambda: rng.choice(
            (f"CRI/{yy}/{r(0, 99999):05d}", f"{r(10, 99)}/{r(10000, 99999)}/{yy}")
        ),
        "gmc": lambda: f"{r(3000000, 7999999)}",
        "nmc": lambda: f"{r(70, 99)}{rng.choice('ABCDEFGHIJ')}{r(1000, 9999)}{rng.choice('EOSN')}",
        "lab": lambda: f"{rng.choice('HMB')}{yy}.{r(1000000, 9999999)}",
        "trial": lambda: (
            f"{rng.choice(('ORBIT', 'KESTREL', 'ANCHOR'))}-{r(1, 40):02d}-{r(1, 999):04d}"
        ),
        "serial": lambda: f"{rng.choice(('SN', 'PX', 'VP'))}{r(10000000, 99999999)}",
        "screen": lambda: f"SIAF-{yy}-{r(100, 999)}",
        "ig": lambda: f"IG{yy}/{r(100, 9999):04d}",
        "cdop": lambda: f"CDOP/{yy}/{r(10, 999):03d}",
        "custody": lambda: f"{rng.choice(('RH', 'KD', 'WS'))}/{r(10000, 99999)}/{yy}",
        "call": lambda: f"OOH{r(1000000, 9999999)}",
        "batch": lambda: f"{rng.choice(('FK', 'AB', 'TX'))}{r(1000, 9999)}{rng.choice('ABCXYZ')}",
        "pir": lambda: f"PIR-{yy}-{r(10, 999):03d}",
        "yellow": lambda: f"2{yy}{r(100000, 999999)}",
        "scope": lambda: f"{r(2000000, 2999999)}",
        "mar": lambda: f"MAR{r(1000, 9999)}",
        "dols": lambda: f"DOLS-{yy}-{r(1000, 9999)}",
        "ticket": lambda: f"RITM{r(1000000, 9999999)}",
        "pin": lambda: f"{r(10, 99)}{rng.choice('ABCDEFGHIJ')}{r(1000, 9999)}{rng.choice('EOSN')}",
        "nipe": lambda: f"{r(100000000, 999999999)}",
    }


# ---------------------------------------------------------------------------------------------
# One case: the people, places and numbers a text is written from
# ---------------------------------------------------------------------------------------------

NUMBER_WORDS = {
    90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
    95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight",
    99: "ninety-nine", 100: "one hundred", 101: "one hundred and one",
    102: "one hundred and two",
}  # fmt: skip
RELATIONS = {"F": ("daughter", "wife", "sister", "niece", "daughter-in-law", "partner", "granddaughter"),
             "M": ("son", "husband", "brother", "nephew", "son-in-law", "partner", "grandson")}  # fmt: skip
ROLES = ("pt", "rel", "n1", "n2", "doc", "o1", "o2", "o3", "o4", "o5")


@dataclass
class Case:
    rng: random.Random
    style: Style
    people: dict[str, Person]
    record: bool
    day: date
    age: int
    dob: date
    nhs: str
    hosp: str
    town: str
    locality: str
    street: str
    house: str
    pc: str
    hospital: str
    trust: str
    gp: str
    ward: str
    home: str
    relation: str
    ids: dict[str, Callable[[], str]]
    memo: dict[str, str] = field(default_factory=dict)

    def keep(self, key: str, make: Callable[[], str]) -> str:
        if key not in self.memo:
            self.memo[key] = make()
        return self.memo[key]


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper())


def _ascii(value: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower())


def _make_case(rng: random.Random, style: Style) -> Case:
    used: set[str] = set()
    people = {role: _person(rng, used, doctor=role == "doc") for role in ROLES}
    if style.child:
        people["pt"].title = "Master" if people["pt"].sex == "M" else "Miss"
    record = rng.random() >= NO_RECORD_SHARE
    if record:
        people["pt"].in_record = True
        people["rel"].in_record = rng.random() < 0.7
        for role in ("n1", "n2", "doc"):
            people[role].in_record = rng.random() < 0.3
    day = date(2023, 1, 1) + timedelta(days=rng.randint(0, 1400))
    low, high = style.ages
    age = rng.randint(low, high)
    if style.ages[1] >= 90 and rng.random() < 0.3:
        age = rng.randint(90, 102)
    dob = day - timedelta(days=age * 365 + rng.randint(5, 350))
    town = rng.choice(sorted(TOWNS))
    locality = rng.choice(LOCALITIES)
    street = f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
    gp_street = f"{rng.choice(STREETS)} {rng.choice(('Road', 'Street', 'Lane'))}"
    house = rng.choice((str(rng.randint(1, 180)), str(rng.randint(1, 60)),
                        f"Flat {rng.randint(1, 24)}, {rng.randint(2, 90)}"))  # fmt: skip
    fmt = rng.randint(0, 5)
    return Case(
        rng=rng, style=style, people=people, record=record, day=day, age=age, dob=dob,
        nhs=nhs_number(rng), hosp=hospital_number(rng, fmt), town=town, locality=locality,
        street=street, house=house, pc=postcode(rng, TOWNS[town]),
        hospital=rng.choice(HOSPITAL_FORMS).format(town=town),
        trust=rng.choice(TRUST_FORMS).format(town=town),
        gp=rng.choice(GP_FORMS).format(street=gp_street.rsplit(" ", 1)[0], locality=locality),
        ward=rng.choice(WARD_FORMS).format(w=rng.choice(WARDS)),
        home=f"{rng.choice(HOMES)} {rng.choice(HOME_KINDS)}",
        relation=(("father" if people["rel"].sex == "M" else "mother") if style.child
                  else rng.choice(RELATIONS[people["rel"].sex])),
        ids=_ids(rng),
    )  # fmt: skip


def _known(case: Case) -> dict:
    if not case.record:
        return {}
    rng = case.rng
    pt = case.people["pt"]
    names = [f"{pt.title} {pt.full}" if rng.random() < 0.4 else pt.full]
    names += [case.people[r].full for r in ("rel", "n1", "n2", "doc") if case.people[r].in_record]
    nhs = case.nhs if rng.random() < 0.7 else _nhs_shaped(case.nhs, rng).replace("-", " ")
    address = ", ".join((f"{case.house} {case.street}", case.locality, case.town, case.pc))
    return {"names": names, "nhs_number": nhs, "date_of_birth": case.dob.isoformat(),
            "hospital_number": case.hosp, "address": address}  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Slots: what a ``{...}`` in a template writes
# ---------------------------------------------------------------------------------------------

Piece = tuple[str, str | None, dict | None]
NEG = "NEG"


def _name_form(person: Person, form: str, rng: random.Random) -> list[Piece]:
    meta = {"names": person.names, "in_record": person.in_record}
    if form == "any":
        form = rng.choice(("full", "tlast", "tlast", "tfull", "first"))
    if form == "known":
        if not person.nick:
            return [(person.full, "PERSON", meta)]
        return [(person.full, "PERSON", meta), (" (known as ", None, None),
                (person.nick, "PERSON", meta), (")", None, None)]  # fmt: skip
    title = person.honorific
    if form in ("tlast", "tfull") and title != "Dr" and rng.random() < 0.15:
        title += "."
    text = {
        "full": person.full,
        "tfull": f"{title} {person.full}",
        "tlast": f"{title} {person.last}",
        "dr": f"Dr {person.last}",
        "drfull": f"Dr {person.full}",
        "first": person.first,
        "last": person.last,
        "LAST": person.last.upper(),
        "LF": f"{person.last.upper()}, {person.first}",
        "FL": f"{person.first} {person.last.upper()}",
        "caps": person.full.upper(),
        "ini": _initials(person.full),
        "dini": "".join(f"{c}." for c in _initials(person.full)),
        "il": f"{person.first[0]}.{rng.choice(('', ' '))}{person.last}".replace(". ", ". "),
        "lfull": person.full.lower(),
        "lfirst": person.first.lower(),
        "ltlast": f"{title.lower()} {person.last.lower()}",
        "nick": person.nick or person.first,
    }[form]
    if form == "il" and "." in text and not text.split(".", 1)[1].startswith(" "):
        text = f"{person.first[0]} {person.last}"
    return [(text, "PERSON", meta)]


def _age(case: Case, words: bool) -> list[Piece]:
    value = str(case.age)
    if words and case.age in NUMBER_WORDS and case.rng.random() < 0.5:
        value = NUMBER_WORDS[case.age]
    return [(value, "AGE" if case.age > 89 else NEG, None)]


def _address(case: Case, form: str) -> list[Piece]:
    rng = case.rng
    lines = [f"{case.house} {case.street}", case.locality, case.town]
    pc = case.pc if rng.random() < 0.85 else case.pc.replace(" ", "")
    if form == "ml":
        return [("\n".join(lines), "ADDRESS", None), ("\n", None, None), (pc, "POSTCODE", None)]
    style = rng.random()
    if style < 0.15:
        text, sep = ", ".join(lines).upper(), " "
    elif style < 0.3:
        text, sep = " ".join(lines), " "
    else:
        text, sep = ", ".join(lines), ", "
    if form == "nopc":
        return [(text, "ADDRESS", None)]
    return [(text, "ADDRESS", None), (sep, None, None), (pc, "POSTCODE", None)]


def _email(case: Case, who: str) -> str:
    person = case.people.get(who)
    rng = case.rng
    if who == "team":
        box = rng.choice(("patientsafety", "pals", "governance.team", "complaints"))
        return f"{box}@{_ascii(case.trust.split()[0])}-tr.nhs.uk"
    assert person is not None
    first, last = _ascii(person.first), _ascii(person.last)
    if who in ("rel", "pt", "o1", "o2") and rng.random() < 0.6:
        domain = rng.choice(
            ("gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "btinternet.com")
        )
        return f"{rng.choice((first + last, first + '.' + last, first[0] + last))}{rng.randint(1, 89)}@{domain}"
    return f"{first}.{last}{rng.choice(('', '', '1', '2'))}@nhs.net"


def _url(case: Case, kind: str) -> str:
    pt = case.people["pt"]
    first, last = _ascii(pt.first), _ascii(pt.last)
    rng = case.rng
    if kind == "fund":
        return rng.choice((f"https://www.justgiving.com/page/{first}-{last}-memorial",
                           f"www.gofundme.com/f/{first}s-fund", f"https://{first}{last}.muchloved.com"))  # fmt: skip
    if kind == "social":
        return rng.choice((f"facebook.com/groups/justicefor{first}{last}", f"https://x.com/{first}_{last}{rng.randint(1, 99)}"))  # fmt: skip
    return f"https://www.{_ascii(case.trust.split()[0])}-tr.nhs.uk/news/statement-{rng.randint(100, 999)}"


def _eponym(rng: random.Random) -> str:
    return rng.choice((
        "Parkinson's disease", "Alzheimer's disease", "Crohn's disease", "Addison's disease",
        "Cushing's syndrome", "Hirschsprung's disease", "Kawasaki disease", "Perthes' disease",
        "Charcot foot", "Buerger's disease", "Menière's disease", "Huntington's disease",
        "Cheyne-Stokes breathing", "Kussmaul breathing", "Guillain-Barré syndrome",
        "Barrett's oesophagus", "Mallory-Weiss tear", "Down's syndrome", "Korsakoff's syndrome",
        "Raynaud's phenomenon", "Sjögren's syndrome", "Hashimoto's thyroiditis",
    ))  # fmt: skip


def _score(rng: random.Random) -> str:
    return rng.choice((
        f"Waterlow {rng.randint(10, 28)}", f"Braden score {rng.randint(9, 20)}",
        f"Rockwood CFS {rng.randint(4, 8)}", f"4AT {rng.randint(0, 9)}",
        f"MUST {rng.randint(0, 3)}", f"PEWS {rng.randint(2, 9)}",
        f"Glasgow-Blatchford score {rng.randint(3, 14)}", f"Rockall {rng.randint(2, 8)}",
        f"Abbey pain scale {rng.randint(4, 14)}", f"Barthel {rng.randint(20, 90)}",
        f"Morse {rng.randint(3, 9)}0", f"CHA2DS2-VASc {rng.randint(2, 7)}",
    ))  # fmt: skip


def _dose(rng: random.Random) -> str:
    return rng.choice((
        "co-codamol 30/500", "Sinemet 25/100", "Madopar 62.5", "Oramorph 2.5mg",
        "midazolam 2.5mg", "levetiracetam 500mg", "apixaban 5mg", "Lantus 18 units",
        "flucloxacillin 1g", "gentamicin 5mg/kg", "Movicol 1 sachet", "Fostair 100/6",
        "ceftriaxone 2g", "alendronic acid 70mg", "metformin 500mg", "amoxicillin 250mg",
        "adrenaline 0.5mg", "naloxone 400 micrograms", "haloperidol 0.5mg", "insulin 4 units",
    ))  # fmt: skip


def _negative(case: Case, name: str) -> list[Piece]:
    rng = case.rng
    text = {
        "epo": lambda: _eponym(rng),
        "score": lambda: _score(rng),
        "dose": lambda: _dose(rng),
        "time": lambda: clock(rng),
        "dur": lambda: f"{rng.randint(2, 6)}/{rng.choice(('7', '52', '12'))}",
        "bp": lambda: f"{rng.randint(78, 182)}/{rng.randint(40, 104)}",
        "gcs": lambda: rng.choice(
            (
                f"{rng.randint(8, 15)}/15",
                f"E{rng.randint(1, 4)}V{rng.randint(1, 5)}M{rng.randint(3, 6)}",
            )
        ),
        "news": lambda: f"NEWS2 {rng.randint(3, 11)}",
        "bed": lambda: f"{rng.choice(('bed', 'bay', 'side room', 'chair'))} {rng.randint(1, 28)}",
        "wardno": lambda: f"Ward {rng.randint(2, 44)}{rng.choice(('', '', 'A', 'B'))}",
        "band": lambda: f"Band {rng.randint(3, 8)}",
        "bleep": lambda: f"bleep {rng.randint(1000, 4999)}",
        "town": lambda: case.town,
        "year": lambda: str(rng.randint(1998, 2022)),
        "count": lambda: str(rng.randint(2, 48)),
        "kid": lambda: str(rng.randint(2, 16)),
        "spo2": lambda: f"SpO2 {rng.randint(84, 99)}%",
        "ext": lambda: f"ext {rng.randint(2000, 7999)}",
        "room": lambda: f"Room {rng.randint(1, 40)}",
        "cell": lambda: f"cell {rng.randint(1, 14)}",
    }[name]()
    return [(text, NEG, None)]


def _slot(case: Case, name: str, form: str | None) -> list[Piece]:
    rng = case.rng
    people = case.people
    if name in people:
        return _name_form(people[name], form or "any", rng)
    if name.startswith("x_"):
        return _negative(case, name[2:])
    if name.startswith("id_"):
        return [(case.keep(name + (form or ""), case.ids[name[3:]]), "ID", None)]
    pt, rel = people["pt"], people["rel"]
    pronoun = {"he": ("she", "he"), "He": ("She", "He"), "his": ("her", "his"),
               "His": ("Her", "His"), "him": ("her", "him"), "man": ("woman", "man"),
               "relhis": ("her", "his"), "relhe": ("she", "he")}  # fmt: skip
    if name in pronoun:
        sex = rel.sex if name.startswith("rel") else pt.sex
        return [(pronoun[name][sex == "M"], None, None)]
    if name == "sexl":
        return [(pt.sex, None, None)]
    if name == "relw":
        return [(case.relation, None, None)]
    if name == "age":
        return _age(case, words=False)
    if name == "agew":
        return _age(case, words=True)
    if name in ("date", "date2", "date3", "date4"):
        offset = {"date": 0, "date2": 2, "date3": -5, "date4": 9}[name]
        day = case.day + timedelta(days=offset + (0 if name == "date" else rng.randint(0, 2)))
        if form == "full":
            return [(date_text(day, rng, full=True), "DATE", None)]
        return [(date_text(day, rng), "DATE", None)]
    if name == "datelater":
        day = case.day + timedelta(days=rng.randint(30, 120))
        return [(date_text(day, rng, full=True), "DATE", None)]
    if name == "datem":
        month = MONTHS[case.day.month - 1]
        return [(rng.choice((f"{month} {case.day.year}", f"{month[:3]} {case.day.year}",
                             f"{case.day:%m/%Y}")), "DATE", None)]  # fmt: skip
    if name == "dob":
        return [(date_text(case.dob, rng, full=True), "DATE", None)]
    if name == "nhs":
        return [(_nhs_shaped(case.nhs, rng), "NHS_NUMBER", None)]
    if name == "hosp":
        return [(case.hosp, "HOSPITAL_NUMBER", None)]
    if name == "addr":
        return _address(case, form or "")
    if name == "pc":
        return [(case.pc, "POSTCODE", None)]
    if name == "street":
        return [(case.street, "LOCATION", None)]
    if name == "phone":
        return [(phone(rng, form or ""), "PHONE", None)]
    if name == "switch":
        return [(f"{phone(rng, 'landline')} ext {rng.randint(2000, 7999)}", "PHONE", None)]
    if name == "email":
        return [(_email(case, form or "rel"), "EMAIL", None)]
    if name == "url":
        return [(_url(case, form or "trust"), "URL", None)]
    places: dict[str, tuple[str, Callable[[], str]]] = {
        "hospital": ("ORGANISATION", lambda: case.hospital),
        "hospini": ("ORGANISATION", lambda: _initials(case.hospital)),
        "trust": ("ORGANISATION", lambda: case.trust),
        "gp": ("ORGANISATION", lambda: case.gp),
        "ward": ("LOCATION", lambda: case.ward),
        "home": ("LOCATION", lambda: case.home),
        "agency": ("ORGANISATION", lambda: f"{rng.choice(AGENCIES)} {rng.choice(AGENCY_KINDS)}"),
        "pharmacy": ("ORGANISATION", lambda: rng.choice(PHARMACY_FORMS).format(
            street=rng.choice(STREETS), locality=case.locality)),
        "hospice": ("ORGANISATION", lambda: rng.choice(HOSPICE_FORMS).format(
            saint=rng.choice(SAINTS), locality=case.locality, town=case.town)),
        "school": ("ORGANISATION", lambda: rng.choice(SCHOOL_FORMS).format(
            locality=case.locality, street=rng.choice(STREETS), saint=rng.choice(SAINTS))),
        "police": ("ORGANISATION", lambda: rng.choice(FORCES)),
        "council": ("ORGANISATION", lambda: f"{case.town} {rng.choice(('Council', 'Borough Council', 'Metropolitan Borough Council'))}"),
        "funeral": ("ORGANISATION", lambda: rng.choice(FUNERALS).format(
            locality=case.locality, last=rng.choice(("Hardcastle", "Ollerenshaw", "Pennington")))),
        "ambulance": ("ORGANISATION", lambda: rng.choice((
            "Yorkshire Ambulance Service", "North West Ambulance Service", "East of England Ambulance Service",
            "West Midlands Ambulance Service", "South Western Ambulance Service"))),
        "street2": ("LOCATION", lambda: f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"),
    }  # fmt: skip
    if name in places:
        label, make = places[name]
        return [(case.keep(name, make), label, None)]
    raise KeyError(f"unknown slot {{{name}}}")


_SLOT = re.compile(r"\{([A-Za-z0-9_]+)(?::([A-Za-z0-9]+))?\}")


def render(case: Case, template: str) -> list[Piece]:
    pieces: list[Piece] = []
    position = 0
    for match in _SLOT.finditer(template):
        if match.start() > position:
            pieces.append((template[position : match.start()], None, None))
        pieces.extend(_slot(case, match.group(1), match.group(2)))
        position = match.end()
    if position < len(template):
        pieces.append((template[position:], None, None))
    return pieces


def _words(pieces: list[Piece]) -> int:
    return len("".join(text for text, _, _ in pieces).split())


# ---------------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    name: str
    author: str
    register: str  # clinical, formal, informal, notes, admin, letter
    headers: tuple[str, ...]
    sections: tuple[tuple[str, ...], ...]
    extras: tuple[str, ...]
    endings: tuple[str, ...]
    ages: tuple[int, int] = (55, 99)
    joiner: str = "\n\n"
    child: bool = False  # the relative is a parent


def _t(*items: str) -> tuple[str, ...]:
    return tuple(items)


DICTATION = Style(
    "speech_recognition_dictation",
    "consultant's clinic letter dictated through speech recognition, uncorrected: spoken punctuation, misheard words, lower case",
    "notes",
    _t(
        "dictated but not read {date}\nre {pt:lfull} dob {dob} nhs number {nhs} hospital number {hosp}\n{addr}",
        "DICTATION {id_ticket} typed by speech recognition comma not checked\nPatient: {pt:FL}   D.O.B. {dob}   MRN {hosp}",
    ),
    (
        _t(
            "dear {doc:dr} comma thank you for asking me to see this {age} year old {man} in the clinic at {hospital} full stop {He} has a background of {x_epo} and type 2 diabetes and lives alone in {x_town} new paragraph",
            "dear colleague i saw {pt:ltlast} today with {his} {relw} {rel:first} who does most of the talking full stop {pt:first} is {agew} and was admitted to {ward} on {date} after a fall at home in {x_town} full stop",
        ),
        _t(
            "the main problem today is that the letter from our last clinic on {date3} was sent to the wrong gp and nobody acted on the {x_dose} change full stop the scribe has written parkinson's as parkinsons disease throughout which i have left comma blood pressure {x_bp} comma sats ninety six percent",
            "examination colon alert comma {x_gcs} comma blood pressure {x_bp} sitting and {x_bp} standing new line {his} {x_score} the district nurse {n1:lfull} says the pressure areas are intact full stop",
        ),
        _t(
            "plan colon one stop the {x_dose} at night two repeat bloods in {x_dur} three review in the frailty clinic on {datelater} full stop i have discussed this with {n2:tfull} the advanced nurse practitioner",
            "plan colon reduce the {x_dose} comma refer to falls team comma copy to {gp} full stop the family can reach me on {switch} and {rel:first} gave {relhis} mobile as {phone:mobile}",
        ),
    ),
    _t(
        "speech recognition has written {pt:lfirst} as a lower case word again in this section and the secretary {o1:first} has flagged it for correction.",
        "{pt:first} mentioned that a neighbour on {street}, {o2:full}, has been helping with shopping since {datem}.",
        "i note the {x_epo} was diagnosed in {x_year} by {o3:drfull} in another trust.",
        "the ambulance crew from {ambulance} recorded a {x_news} at the door.",
        "please note new line {his} preferred contact is {email:rel} rather than the landline.",
        "bed number {x_count} on the admission sheet is wrong comma {he} was in {x_bed}.",
        "{rel:lfull} asked me to record that {pt:lfirst} does not want resuscitation discussed over the phone.",
    ),
    _t(
        "yours sincerely\n{doc:drfull}\nconsultant geriatrician {x_band} secretary {o1:full} {switch}\ncc {gp}; {rel:full} ({relw})",
        "kind regards comma {doc:dr} dictated {date} typed {date2} end of dictation",
    ),
    ages=(62, 99),
)

TEAMS_CHAT = Style(
    "teams_chat_export",
    "Microsoft Teams chat exported into an incident file: 'Surname, First' senders, times, shorthand",
    "informal",
    _t(
        "Chat export attached to {id_datix} (exported {date2} by {o1:full}, patient safety team)\nParticipants: {n1:LF}; {n2:LF}; {doc:LF}",
        "TEAMS CHAT: site team / {ward} night  [{date}]\nIncident ref {id_datix}",
    ),
    (
        _t(
            "[{x_time}] {n1:LF} (Nurse in charge)\nanyone free? bed 4 on {ward} is {pt:tlast}, {hosp}, scoring {x_news} and the FY1 isn't answering {x_bleep}\n[{x_time}] {n2:LF}\nwill come up, is that the {age}yo with {x_epo}?",
            "[{x_time}] {doc:LF}\nwho's got {pt:FL}? NHS {nhs} on the board says {x_score} and nil by mouth, nobody told me\n[{x_time}] {n1:LF}\nme, sorry, was in {x_bed} with the other patient, {o5:first} the HCA is with {pt:first} now",
        ),
        _t(
            "[{x_time}] {n2:LF}\nBP {x_bp}, {x_spo2}, family on the way, {relw} is {rel:full} {phone:mobile}\n[{x_time}] {n1:LF}\ncan someone ring {x_wardno} for a pump",
            "[{x_time}] {n1:LF}\nfamily upset, {rel:first} says {pt:first} fell on {date3} at {home} and nobody mentioned it at handover\n[{x_time}] {doc:LF}\nok I'll document, pls Datix it",
        ),
        _t(
            "[{x_time}] {doc:LF}\nreviewed. {x_gcs}, sepsis screen done, {x_dose} given. outreach aware ({o1:first} {x_ext})\n[{x_time}] {n2:LF}\nthanks, escalated to site {x_bleep}",
            "[{x_time}] {n1:LF}\npls can we not put names in here, use the hosp no {hosp} only\n[{x_time}] {n2:LF}\nnoted, sorry, I'll remember for the next one",
        ),
    ),
    _t(
        "[{x_time}] {o2:LF}\nfyi the Datix for {pt:ini} is under {id_datix}, pls add your statements by {date4}",
        "[{x_time}] {n2:LF}\n{x_wardno} have a spare {x_band} if you need one",
        "[{x_time}] {doc:LF}\nwho is covering {x_wardno}? registrar {o4:first} has gone to resus",
        "[{x_time}] {n1:LF}\nhis {relw} emailed {email:team} already, complaint coming",
        "[{x_time}] {n2:LF}\nobs again {x_bp} HR 118 {x_spo2} on 4L",
        "[{x_time}] {o2:LF}\ncan I just check the patient has {x_epo} on the problem list? it's not on the drug chart",
    ),
    _t(
        "--- end of export ({x_count} messages) --- reviewed by {o1:tfull}, {date4}",
        "Export ends. Names retained for the investigation only; held by {trust}.",
    ),
)

ENDOSCOPY = Style(
    "endoscopy_incident",
    "endoscopy unit incident review: wrong prep advice, perforation or missed anticoagulant hold, scope serial number",
    "clinical",
    _t(
        "Endoscopy Unit, {hospital} - incident review {id_datix}\nPatient: {pt:tfull} ({hosp}), NHS {nhs}",
        "ENDOSCOPY INCIDENT REPORT\nRef {id_datix}   Procedure date {date}\nName {pt:LF}   DOB {dob}   Unit no {hosp}",
    ),
    (
        _t(
            "{pt:tlast}, {age}, was listed for a colonoscopy on {date} for a change in bowel habit with a history of {x_epo}. The pre-assessment nurse, {n1:full}, gave the bowel prep leaflet but did not record that {he} takes {x_dose}.",
            "The patient, a {age}-year-old {man} from {x_town}, attended for an OGD after a {x_score} and melaena. {He} was consented by {doc:drfull} in {x_room} and told to stop {his} anticoagulant for {x_dur}, which was not done.",
        ),
        _t(
            "During the procedure a Mallory-Weiss tear was seen and clipped; scope serial {id_serial} was used, decontamination record attached. Sedation was {x_dose} with {x_spo2} throughout and a BP of {x_bp} in recovery.",
            "At {x_time} the nurse in recovery, {n2:first}, noticed abdominal distension and pain scored 8/10. A CT at {x_time} showed free air. {pt:tlast} went to theatre the same evening under {o1:drfull}, the on-call surgeon.",
        ),
        _t(
            "{His} {relw}, {rel:full}, was waiting in the car park and was not called until {x_time}; {relhe} has asked for a meeting and can be reached on {phone}.",
            "The {relw}, {rel:tfull}, raised concerns by e-mail ({email:rel}) on {date2} that the family were told the test was routine.",
        ),
    ),
    _t(
        "The patient lives at {addr} and drove in alone despite sedation advice.",
        "JAG accreditation standards and the BSG guidance on anticoagulation were reviewed by {o2:full}, the unit's lead nurse.",
        "{pt:first} has {x_epo} and a Clinical Frailty Scale of 5 documented in {x_year}.",
        "The list ran {x_count} minutes late because room 2 was closed for a {x_dose} spill.",
        "{gp} had sent the referral on {date3} under the two-week-wait pathway.",
        "No histology was sent; lab number {id_lab} belongs to the previous patient on the list.",
    ),
    _t(
        "Reviewed by {o2:tfull}, Endoscopy Lead, on {date4}. Duty of Candour letter sent.",
        "Learning shared at the unit meeting on {datelater}. Report by {n1:FL}, {x_band} nurse.",
    ),
    ages=(40, 96),
)

AUDIOLOGY = Style(
    "newborn_hearing_audiology",
    "audiology service review of a newborn hearing screen referral lost between services",
    "clinical",
    _t(
        "Audiology Department, {hospital}\nScreening incident {id_screen}: baby of {rel:tfull}",
        "NEWBORN HEARING SCREENING PROGRAMME - INCIDENT SUMMARY\nBaby {pt:LAST} ({pt:first}), born {dob}, NHS No {nhs}",
    ),
    (
        _t(
            "{pt:FL} was born at {hospital} on {dob} at 39+1 weeks. The automated OAE screen in the first {x_dur} gave no clear response in the left ear; the screener, {n1:first}, arranged an AABR which was not booked.",
            "Baby {pt:last} was born on {dob}. {His} {relw} {rel:full} was told the screen was 'fine' by a screener who had misread the result on the S4H system, hospital number {hosp}.",
        ),
        _t(
            "The family moved to {addr} and registered with {gp}. The referral letter went to the old address in {x_town} and was returned unopened on {date3}.",
            "The Child Health record was updated on {date2} but the audiology clinic letter was sent to {rel:ltlast} at a previous address, {street2}, and not followed up.",
        ),
        _t(
            "{pt:first} was seen at {x_count} months old by {doc:drfull}, audiovestibular physician, after the health visitor {n2:full} raised concerns about speech. ABR thresholds were 70 dB on the left.",
            "At a later check the audiologist, {o1:tfull}, found a moderate sensorineural loss. The team has written to {rel:first} and offered a meeting; {relhis} number is {phone:mobile}.",
        ),
    ),
    _t(
        "The screening lead, {o2:full}, reviewed the {x_count} other babies screened that week.",
        "Family history: an uncle with Usher syndrome and a cousin with Pendred syndrome.",
        "Contact for the family: {email:rel}.",
        "Hearing aids were fitted on {date4} and cochlear implant assessment is not needed.",
        "The SQAS visit in {x_year} had recommended a failsafe check at {x_count} days.",
        "NIPE record {id_nipe} was complete and normal.",
    ),
    _t(
        "Prepared by {n1:full}, Clinical Lead Audiologist, {date4}.",
        "Closed on {datelater} by {o2:tlast}; reported to the screening QA team.",
    ),
    ages=(0, 0),
    child=True,
)

PODIATRY = Style(
    "podiatry_foot_review",
    "community podiatrist's review of a diabetic foot ulcer that progressed to amputation",
    "clinical",
    _t(
        "Podiatry Service - {trust}\nHarm review: {pt:tfull}, NHS {nhs}, {addr}",
        "DIABETIC FOOT HARM REVIEW ({id_datix})\nPatient {pt:FL} | DOB {dob} | {hosp}",
    ),
    (
        _t(
            "{pt:tlast} is a {age}-year-old {man} with type 2 diabetes, peripheral arterial disease and Charcot foot on the right. {He} was first seen by podiatrist {n1:full} at {gp} on {date3} with a 1 cm ulcer over the first metatarsal head.",
            "{pt:first}, {agew}, lives alone on {street} and has {x_epo}. The ulcer was found by the home care worker from {agency}, {o1:first}, on {date3}, who rang the practice on {phone}.",
        ),
        _t(
            "The SINBAD score was 3 and pulses were not palpable; ABPI could not be done. An urgent referral to the MDT foot clinic was made but sent to the vascular secretary's old inbox, {email:n2}.",
            "At the next visit, {x_dur} later, there was cellulitis to the ankle and {x_score}. {pt:first} was started on {x_dose} and offloading was advised, but the boot did not arrive until {date}.",
        ),
        _t(
            "{He} was admitted to {hospital} on {date2} with a {x_news} and underwent a below-knee amputation under {doc:drfull}. {His} {relw}, {rel:full}, says the family were never told how serious it was.",
            "The vascular team ({doc:dr}) saw {him} on {date2}; an angiogram showed occlusion and a transmetatarsal amputation followed. {rel:first}, {his} {relw}, has been told the findings.",
        ),
    ),
    _t(
        "The Putting Feet First pathway asks for MDT review within one working day.",
        "Footwear was provided by the orthotist {o3:full} from {agency}.",
        "{pt:first} had missed {x_count} appointments because transport from {x_town} was not booked.",
        "HbA1c was 86 mmol/mol and eGFR 38 in {x_year}.",
        "The family have asked for copies of the notes; contact {rel:lfull} at {email:rel}.",
        "Podiatry caseloads were at 140% in {datem}.",
    ),
    _t(
        "Reviewer: {o2:tfull}, Lead Podiatrist. Date {date4}.",
        "Signed {n1:ini}, podiatrist, {x_band}. Shared with {gp} and the ICB.",
    ),
    ages=(48, 94),
)

CARE_HOME_MAR = Style(
    "care_home_mar_error",
    "care home deputy manager's account of a medication round error from the MAR chart",
    "informal",
    _t(
        "{home} - Medication Incident Form\nResident: {pt:full} (Room {x_count})   Date of incident: {date}",
        "MEDICATION ERROR REPORT, {home}\nResident {pt:tfull}, DOB {dob}, NHS {nhs}",
    ),
    (
        _t(
            "On the morning round at {x_time} senior carer {n1:first} gave {pt:first} the tablets from the MAR belonging to another resident, {o1:tfull} in {x_room}. These included {x_dose} and Sinemet 12.5/50.",
            "During the lunchtime round I (deputy manager, {n2:full}) found that {pt:tlast}'s {x_dose} had been signed for three days running but the blister pack was still full.",
        ),
        _t(
            "{pt:first} is {agew} and has {x_epo} and vascular dementia. After the error {he} was drowsy with a BP of {x_bp} and {x_spo2}. I rang 111 and then {gp}; {doc:drfull} advised observations every hour for {x_count} hours.",
            "{pt:first} is {age} with {x_epo}. We called the surgery and the duty GP {doc:dr} asked for obs. The district nurse {o3:first} visited at {x_time} and found {x_gcs}.",
        ),
        _t(
            "I phoned {his} {relw} {rel:full} on {phone:mobile} to explain what happened. {rel:first} was upset and asked why agency staff from {agency} were doing medicines.",
            "The family ({rel:tfull}, {relw}) were informed the same day and a safeguarding concern was raised with {council}, ref {id_ticket}.",
        ),
    ),
    _t(
        "The MAR reference is {id_mar} and the pharmacy is {pharmacy}.",
        "{pt:first} does not have photo ID on the MAR because the photo was taken down when {he} moved from room 9.",
        "Staff on shift: {n1:first} (senior), one agency carer, and {x_count} residents needing two staff.",
        "All care staff will redo medicines competency by {date4}.",
        "The resident's address before admission was {addr}.",
        "The CQC was notified under Regulation 18 on {date2}.",
    ),
    _t(
        "Completed by {n2:full}, Deputy Manager, {date2}.\nManager: {o2:full}",
        "Signed {n2:dini} {date2} - copy to {rel:first} ({relw}) and the GP.",
    ),
    ages=(70, 102),
    joiner="\n",
)

BEREAVEMENT = Style(
    "bereavement_call_log",
    "bereavement office call log with a bereaved relative after a death on the ward",
    "admin",
    _t(
        "Bereavement Services, {hospital}\nDeceased: {pt:LF}   Date of death {date}   MRN {hosp}",
        "BEREAVEMENT CALL LOG\nRe: the late {pt:tfull} (d. {date}), NHS {nhs}",
    ),
    (
        _t(
            "{date2} {x_time} - Call from {rel:tfull} ({relw}) on {phone}. Asking when the MCCD will be ready. Explained the ME {o1:drfull} needs to speak with {rel:first} first.",
            "{date2} {x_time} - Rang {rel:first} ({relw} of {pt:first}) back. {relhe} was tearful and said {pt:first} had been left in a wet bed on {ward}.",
        ),
        _t(
            "Deceased was {agew} years old with {x_epo}. Cause of death proposed by {doc:dr}: 1a aspiration pneumonia, 2 {x_epo}. Family would like {pt:nick} on the certificate as a known name - explained this is not possible.",
            "{rel:first} asked about the property bag (watch, wedding ring, hearing aids). Security log shows it left {x_wardno} on {date3}. Escalated to ward manager {n1:full}.",
        ),
        _t(
            "Funeral director will be {funeral}; release form sent. Family address for the pack: {addr}.",
            "{rel:first} wants a cremation; forms completed by {doc:dr} and the second doctor. Email for the paperwork: {email:rel}.",
        ),
    ),
    _t(
        "Interpreter not needed; {relhe} asked that {relhis} cousin {o2:first} be copied in.",
        "Tell Us Once reference given to {rel:first}: {id_ticket}.",
        "Registrar's appointment at the {x_town} register office booked for {date4}.",
        "{rel:first} wanted us to know {pt:first} had nursed on {x_wardno} in {x_year}.",
        "Memorial page set up by the family: {url:fund}.",
        "{rel:first} mentioned the family's post on {url:social} and asked us not to reply to it.",
        "No coroner referral needed after scrutiny, per {o1:dr}.",
    ),
    _t(
        "Logged by {n2:first} (bereavement officer) - next call {date4}.",
        "Case closed {datelater}. {n2:il}, Bereavement Services.",
    ),
    ages=(58, 101),
    joiner="\n",
)

OBS_LOG = Style(
    "observation_log",
    "mental health inpatient enhanced observation log, entry by entry, then the nurse in charge's summary",
    "notes",
    _t(
        "{ward}, {hospital}\nEnhanced observation record - {pt:FL} ({hosp})   Level: within eyesight",
        "OBS RECORD {date}  {ward}\nPatient: {pt:LAST}, {pt:first} - Section 3 MHA - RiO {hosp}",
    ),
    (
        _t(
            "{x_time} {pt:first} in lounge watching TV, settled. {n1:ini}\n{x_time} went to bedroom, door open, lying on bed. {n1:ini}\n{x_time} asked for PRN, {x_dose} given by {n2:first}. {n1:ini}",
            "{x_time} {pt:first} pacing corridor, says {his} {relw} {rel:first} is coming. {o1:ini} (bank HCA)\n{x_time} in {x_room}, calm. {o1:ini}\n{x_time} refused obs. {o1:ini}",
        ),
        _t(
            "{x_time} visitor {rel:full} arrived; searched as per policy. Visit in family room. {n2:ini}\n{x_time} visit ended early, {pt:first} distressed, shouting about {o2:full}, a patient on {x_wardno}.",
            "{x_time} phone call from {rel:first} ({phone:mobile}) - not put through as {pt:first} asleep. {n2:ini}\n{x_time} observer changed, handover given to {n1:first}.",
        ),
        _t(
            "{x_time} {pt:first} found in bathroom with ligature around neck, removed immediately, {x_gcs}, BP {x_bp}, {x_spo2}. {doc:dr} attended {x_time}. Datix {id_datix}.",
            "{x_time} gap in the record of {x_count} minutes identified at handover: observer {o1:first} was covering {x_bed}. No harm came to the patient. Datix {id_datix}.",
        ),
    ),
    _t(
        "{pt:first} is {age} with {x_epo} and a history of self-harm since {x_year}.",
        "Next of kin: {rel:full}, {relw}, {addr}.",
        "{pt:first} said the voices were using the name '{o2:first}' today.",
        "Reviewed by {doc:dr}, consultant psychiatrist, on {date2}.",
        "Obs level reduced to intermittent (every {x_count} minutes) on {date4}.",
        "Band 3 support worker shortage: {x_count} shifts unfilled on {datem}.",
    ),
    _t(
        "Nurse in charge: {n2:full}, {date}. Reviewed {date2} by {o1:tlast}.",
        "Entries scanned to RiO by {n1:dini}; original held on {ward}.",
    ),
    ages=(18, 64),
    joiner="\n",
)

PAEDS_SEPSIS = Style(
    "paediatric_sepsis_review",
    "children's sepsis rapid review after a missed escalation on PEWS, parents' account",
    "clinical",
    _t(
        "Rapid review - paediatric sepsis\nChild: {pt:full}  DOB {dob}  NHS {nhs}  Hosp no {hosp}",
        "CHILDREN'S SERVICES RAPID REVIEW {id_datix}\n{pt:FL}, aged {age}, {ward}, {hospital}",
    ),
    (
        _t(
            "{pt:first} was brought to the children's ED on {date} by {his} {relw}, {rel:tfull}, with two days of fever and a rash. Triage by {n1:full} recorded {x_score}, HR 168 and a cap refill of 3 seconds.",
            "{pt:first} ({age}) was seen by {gp} on {date3} and sent home with viral advice. {His} {relw} {rel:first} rang {x_town} 111 the next evening and was told to come in.",
        ),
        _t(
            "The sepsis screen was positive but antibiotics (ceftriaxone 80mg/kg) were not given until {x_time}, {x_count} minutes after arrival. The registrar {doc:drfull} was in resus with a Kawasaki disease case.",
            "On {ward} the PEWS rose to 7 at {x_time} but the escalation call to {doc:dr} was not documented; {x_bleep} was held by the ST4 covering two sites.",
        ),
        _t(
            "{pt:first} was transferred to PICU at {o1:tfull}'s request via the retrieval team. {He} has since been discharged home to {addr}.",
            "{pt:first} needed fluid boluses and inotropes and went to PICU. {His} parents, {rel:full} and {o2:full}, want to understand why the rash was called viral.",
        ),
    ),
    _t(
        "{pt:first} attends {school}, which was told about the meningococcal contact tracing.",
        "The family can be reached on {phone:mobile} or {email:rel}.",
        "Weight on arrival 18 kg, gestation at birth 36+4, immunisations up to date.",
        "A Cheyne-Stokes breathing pattern was not seen; RR 44.",
        "{n2:full}, the paediatric sepsis nurse, has spoken with {rel:first} twice since {date2}.",
        "Safeguarding checks on the sibling, {o3:first}, were negative.",
    ),
    _t(
        "Review chaired by {o1:tfull} on {date4}; actions to the Children's Safety Group.",
        "Report author: {n2:FL}, {x_band}. Next review {datelater}.",
    ),
    ages=(1, 12),
    child=True,
)

OOH_TRIAGE = Style(
    "ooh_gp_triage",
    "out-of-hours GP telephone triage record, clipped clinician shorthand, then the callback",
    "notes",
    _t(
        "OOH case {id_call} - {pt:LF} - DOB {dob} - call back {phone}",
        "Out of Hours GP Service\nCase {id_call}  Patient {pt:tfull}  NHS {nhs}  Reg. GP {gp}",
    ),
    (
        _t(
            "Hx from {relw} {rel:first}: {pt:first} {age}yo, SOB since am, on {x_dose}, PMH {x_epo}, COPD. Sats on own meter {x_spo2}. No chest pain. Able to speak full sentences per {rel:first}.",
            "Called by the patient, {pt:full} - feels 'washed out', {x_dur} of cough, lives alone at {addr}. Carers from {agency} visit QDS.",
        ),
        _t(
            "Imp: ?LRTI. Plan: {x_dose} x 5/7, safety net given, re-contact if worse. Clinician: {doc:drfull} ({id_gmc}).",
            "Advised home visit; car dispatched at {x_time} with driver {o1:first}. Visit by {doc:dr} at {x_time}: {x_bp}, RR 28, {x_news}, {x_gcs}.",
        ),
        _t(
            "{date2} 0710 carer {o2:full} found {pt:tlast} unresponsive, 999 called, crew from {ambulance} pronounced at {x_time}.",
            "Admitted to {hospital} via {ambulance}; died on {ward} on {date2}. Case flagged by {n1:full}, OOH governance nurse.",
        ),
    ),
    _t(
        "Call back attempted {x_time} - no answer, message left on {phone:mobile}.",
        "Special patient note from {gp}: 'DNACPR in place, {x_epo}, prefers {rel:first} to be called first'.",
        "{pt:first} had 3 calls in {x_dur} to the service.",
        "NHS 111 disposition: speak to a primary care service within 2 hours.",
        "Address on the system was old ({street2}); the patient now lives on {street}.",
        "NEWS2 not used in telephone assessment per policy dated {x_year}.",
    ),
    _t(
        "Reviewed {date4} by {n1:tlast}, clinical governance lead. Learning: call-back audit.",
        "End of record. Copied to {gp} and {rel:full}.",
    ),
    ages=(60, 98),
    joiner="\n",
)

NEEDLESTICK = Style(
    "occupational_health_needlestick",
    "occupational health record of a staff sharps injury from a known source patient",
    "clinical",
    _t(
        "Occupational Health - {trust}\nSharps injury: {n1:tfull} (employee no. {id_pin})",
        "OCC HEALTH INJURY RECORD {id_datix}\nMember of staff {n1:FL}, {x_band} nurse, {ward}",
    ),
    (
        _t(
            "At {x_time} on {date} {n1:first} sustained a needlestick injury from a used insulin pen needle while clearing a tray by {x_bed}. The source patient is {pt:tfull}, {hosp}, who has {x_epo} and hepatitis C.",
            "{n1:first} reports that on {date} a colleague, {n2:full}, passed a cannula without a sharps bin at hand and it went through {n1:first}'s glove. Source: {pt:FL}, NHS {nhs}.",
        ),
        _t(
            "Wound bled freely and was washed. {n1:first} attended ED at {hospital} where {doc:drfull} took baseline bloods (lab {id_lab}) and started PEP ({x_dose} for {x_dur}).",
            "First aid given. Source patient consent for BBV testing obtained by {doc:dr}; {pt:first} ({age}) agreed.",
        ),
        _t(
            "{n1:first} is anxious and has asked for the union rep, {o1:full}, to be present at the follow-up. Contact {phone:mobile} or {email:n1}.",
            "{n1:first}'s manager {o2:tfull} has been told; {n1:first} will be off on {date2} and {date4}.",
        ),
    ),
    _t(
        "Hep B immune status: responder in {x_year}.",
        "RIDDOR: reportable as a dangerous occurrence, submitted by {o2:first}.",
        "The same ward had {x_count} sharps incidents in {datem}.",
        "Retractable cannulae were out of stock; order {id_ticket}.",
        "Follow-up bloods at 6, 12 and 24 weeks; first on {datelater}.",
        "Source patient discharged to {home} on {date2}.",
    ),
    _t(
        "OH nurse: {o3:il}. Next appointment {date4}.", "Record closed by {o2:full} on {datelater}."
    ),
    ages=(28, 88),
)

VACCINE_ERROR = Style(
    "vaccination_error",
    "immunisation error at a school or community clinic (wrong vaccine, expired batch), screening and immunisation team",
    "formal",
    _t(
        "Immunisation Incident {id_datix}\nSchool-Aged Immunisation Service - {trust}",
        "VACCINATION ERROR: {pt:FL}, DOB {dob}, NHS {nhs}\nSetting: {school}",
    ),
    (
        _t(
            "On {date} the team ran a vaccination session for pupils at {school}. {pt:first}, {age}, was given the MenACWY vaccine from batch {id_batch}, which had expired at the end of {datem}.",
            "At a community catch-up clinic on {date}, {pt:tfull} ({age}) was given a second dose of HPV instead of Td/IPV. The nurse, {n1:full}, had the wrong consent form, which was for {o1:full}.",
        ),
        _t(
            "The error was found at {x_time} when {n2:first} reconciled the stock against the record. {pt:first}'s {relw}, {rel:tfull}, was phoned on {phone} and told.",
            "The {relw}, {rel:full}, e-mailed {email:team} on {date2} to ask why the consent had not been checked; the reply came from {n2:tlast}.",
        ),
        _t(
            "Advice was taken from the screening and immunisation lead, {doc:drfull}, and UKHSA: revaccination on {date4}. No adverse reaction; {x_bp}, {x_spo2} at observation.",
            "The child's GP practice, {gp}, was informed; revaccination was offered on {date4}.",
        ),
    ),
    _t(
        "{pt:first} has Hirschsprung's disease and an allergy to latex.",
        "Cold chain log: fridge {x_count} at 11.2C for {x_count} minutes.",
        "{pt:first} lives at {addr}.",
        "{x_count} other pupils received doses from the same batch.",
        "The school nurse {o3:first} was not on site that day.",
        "Green Book chapter guidance was reviewed with staff on {date2}.",
    ),
    _t(
        "Signed: {n2:FL}, Team Leader, {date4}",
        "Report to the Screening and Immunisation Oversight Group, {datelater}, by {o2:tfull}.",
    ),
    ages=(4, 17),
    child=True,
)

SCREENING = Style(
    "screening_incident",
    "breast or bowel screening programme incident: recall letter to an old address, or a result matched to the wrong participant",
    "formal",
    _t(
        "Screening Incident Assessment Form - ref {id_screen}\nProgramme: NHS Breast Screening, {hospital}",
        "SCREENING SAFETY INCIDENT\nService {trust} | Ref {id_screen} | Reported {date2}",
    ),
    (
        _t(
            "{pt:tfull}, {age}, NHS {nhs}, attended for routine screening on {date3}. The mammogram showed a 14 mm mass but the recall letter went to a former address, {street2}, {x_town}.",
            "A bowel screening FIT result of 180 µg/g for {pt:tfull} ({age}) was not acted on because it was matched to another participant, {o1:full}.",
        ),
        _t(
            "{pt:first} was seen on {date} after {his} {relw}, {rel:full}, rang the hub on {phone:landline}. Biopsy showed a grade 2 cancer.",
            "The error was found by the administrator, {n1:first}, during a failsafe check on {date}. {pt:first}'s GP at {gp} was told the same day.",
        ),
        _t(
            "The programme manager, {n2:tfull}, met the family on {date4} and gave a written apology. Current address held: {addr}.",
            "Colonoscopy under {doc:drfull} showed a 3 cm tumour; staging is complete and surgery is planned for {datelater}.",
        ),
    ),
    _t(
        "{pt:first} has {x_epo}; the family had not been told of the delay.",
        "The QA team ({o4:full}) was informed within one working day.",
        "The cohort run of {x_count} records has been rechecked.",
        "Previous normal screens were in {x_year} and {x_year}.",
        "Contact for the family: {email:rel}.",
        "Hospital number on the screening system was {hosp}.",
    ),
    _t(
        "Completed by {n2:FL}, Programme Manager, {date4}.",
        "Classification: serious incident, StEIS {id_steis}. Lead investigator {o2:tlast}; report due {datelater}.",
    ),
    ages=(50, 74),
)

BACTERAEMIA = Style(
    "bacteraemia_pir",
    "post-infection review of an MRSA or MSSA line bacteraemia by the infection prevention team",
    "clinical",
    _t(
        "Post Infection Review {id_pir}\n{pt:FL} ({hosp}) - MRSA bacteraemia - {ward}",
        "POST-INFECTION REVIEW\nOrganism: MSSA  Specimen {id_lab}  Patient {pt:tfull}, NHS {nhs}",
    ),
    (
        _t(
            "{pt:tlast}, {age}, was admitted on {date3} from {home} with a fractured neck of femur. {He} has {x_epo} and a Waterlow of 22. A peripheral cannula was sited in ED by {n1:full}.",
            "{pt:first} is a {age}-year-old on haemodialysis via a tunnelled line, lives at {addr}. {He} was admitted on {date3} with rigors after dialysis.",
        ),
        _t(
            "Blood cultures taken on {date} at {x_time} grew MRSA. The VIP score had not been recorded for {x_dur} and the cannula was in place for 96 hours.",
            "The line exit site was red on {date} and cultures were taken by {doc:drfull}. Decolonisation with {x_dose} had not been started because the MRSA screen result was sent to {x_wardno}.",
        ),
        _t(
            "{pt:first} was treated with {x_dose} for {x_dur}. {His} {relw}, {rel:full}, was told by the IPC nurse {n2:full} and asked for the review outcome.",
            "{pt:first} died on {date4}; the family were told about the review by {o1:tfull}. {rel:first} asked whether this could have been avoided.",
        ),
    ),
    _t(
        "Screening swabs were taken on admission but the result ({id_lab}) was not acted on.",
        "{x_count} similar cases in the trust in {x_year}.",
        "The ANTT competency of {n1:first} was in date.",
        "{pt:first}'s {relw} can be contacted on {phone}.",
        "The patient's GP is at {gp}.",
        "Antibiotics were changed on {date2} by the microbiologist, {o2:drfull}.",
    ),
    _t(
        "Review meeting {date4}: {o1:tlast} (chair), {n2:first}, {doc:dr}. Outcome: avoidable.",
        "Submitted to the UKHSA data capture system by {n2:FL}, Infection Prevention Nurse.",
    ),
    ages=(45, 98),
)

DEVICE = Style(
    "device_incident",
    "medical device incident (infusion pump free flow or bed rail entrapment) reported by medical engineering with a Yellow Card",
    "formal",
    _t(
        "Medical Device Incident - {trust}\nYellow Card ref {id_yellow}   Local ref {id_datix}",
        "EBME DEVICE INCIDENT\nDevice: volumetric infusion pump, serial {id_serial}\nPatient involved: {pt:FL} ({hosp})",
    ),
    (
        _t(
            "On {date} at {x_time} a volumetric pump on {ward} delivered a bolus of {x_dose} to {pt:tfull}, {age}, when the door was opened to change the giving set. Staff nurse {n1:full} noticed the volume infused had jumped.",
            "On {date} {pt:tlast} ({age}) was found trapped between the mattress and bed rail in {x_bed} on {ward} by HCA {n2:first}. {He} has {x_epo} and had been assessed as needing rails.",
        ),
        _t(
            "{pt:first} became drowsy, {x_gcs}, with {x_spo2}; naloxone was given by {doc:drfull}. {He} recovered within {x_count} minutes.",
            "{pt:first} had bruising to the left forearm and a skin tear; {x_bp}, {x_score}. The rail was a third-party product not approved for that frame.",
        ),
        _t(
            "The device was quarantined and collected by {o1:full} from medical engineering. The manufacturer's engineer, {o2:full}, was contacted on {phone}.",
            "The bed was removed by {o1:first} (EBME) and the supplier, {agency}, was asked for its maintenance record.",
        ),
    ),
    _t(
        "The family ({rel:tfull}, {relw}) were informed under the Duty of Candour on {date2}.",
        "The device's last planned maintenance was in {datem}.",
        "{x_count} pumps of the same model are in use across {hospini}.",
        "The MHRA field safety notice from {x_year} was not actioned.",
        "{pt:first} has been discharged to {addr}.",
        "Contact for medical engineering queries: {email:team}.",
    ),
    _t(
        "Report by {o1:FL}, Medical Devices Safety Officer, {date4}.",
        "Closed {datelater}; shared with the Medical Devices Group by {n1:tlast}.",
    ),
    ages=(40, 99),
)

IG_BREACH = Style(
    "ig_breach",
    "information governance breach: letter or discharge summary sent to the wrong address or e-mail",
    "formal",
    _t(
        "Information Governance Incident {id_ig}\nReported by {n1:full}, {date2}",
        "IG BREACH REPORT - {trust}\nRef {id_ig}   DSPT reportable: under review",
    ),
    (
        _t(
            "A clinic letter about {pt:tfull} ({hosp}, NHS {nhs}) was posted on {date} to {addr} - the patient's address before {he} moved - instead of the current one.",
            "A discharge summary for {pt:FL}, born {dob}, was e-mailed on {date} to {email:o1} instead of the GP practice mailbox at {gp}.",
        ),
        _t(
            "The recipient, {o1:tfull}, phoned the switchboard on {switch} to say {o1:first} had opened it and had read the diagnosis of {x_epo}.",
            "The mistake was found when {o1:full}, the person who received it, replied to say it was not for them. The letter included {pt:first}'s medication ({x_dose}) and a mental health history.",
        ),
        _t(
            "{pt:tlast} was told by the IG lead, {n2:full}, on {date2}, and was very distressed; {his} {relw} {rel:first} has asked for a written explanation.",
            "The patient was told on {date2}; {he} asked that {his} {relw}, {rel:full}, be copied into all correspondence from now on.",
        ),
    ),
    _t(
        "PAS showed two addresses; the old one on {street2} was not end-dated.",
        "The outpatient booking clerk, {o2:first}, had {x_count} letters to send that morning.",
        "The Caldicott Guardian, {doc:drfull}, has reviewed the case.",
        "IT ticket {id_ticket} was raised to stop auto-complete on e-mail addresses.",
        "The patient's phone number on file was {phone}.",
        "A similar incident was logged in {datem}.",
    ),
    _t(
        "Incident owner: {n2:FL}, {date4}. Outcome: recipient confirmed deletion.",
        "Reviewed by {doc:tlast} and closed on {datelater}.",
    ),
    ages=(19, 90),
)

BEST_INTERESTS = Style(
    "best_interests_meeting",
    "minutes of a Mental Capacity Act best interests meeting about discharge or treatment",
    "formal",
    _t(
        "BEST INTERESTS MEETING - MINUTES\nRe: {pt:known}   DOB {dob}   NHS {nhs}\nDate: {date}   Venue: {ward} seminar room",
        "Best Interests Decision Meeting, {hospital}\nPerson: {pt:LF} ({hosp})   DoLS ref {id_dols}",
    ),
    (
        _t(
            "Present: {doc:drfull} (chair); {n1:full}, discharge coordinator; {rel:tfull} ({relw}); {o1:full}, social worker, {council}; {o2:tfull}, IMCA (by phone).",
            "Attendees: {doc:drfull}, {n1:first} {x_band} (ward), {pt:first}'s {relw} {rel:full}, and {o1:full} from adult social care. Apologies: {gp}.",
        ),
        _t(
            "{pt:first} is {agew} and has {x_epo} and vascular dementia with a 4AT of 6. The capacity assessment on {date3} found {he} cannot retain information about where to live.",
            "Decision: whether {pt:first} should return home to {addr} with a package of care or move to {home}. {He} lacks capacity for this decision (assessment by {n1:first} on {date3}).",
        ),
        _t(
            "{rel:first} said {pt:first} always wanted to die at home and 'would hate a home'. {o1:first} said the package from {agency} is four calls a day and {pt:first} has fallen {x_count} times.",
            "The IMCA reported that {pt:first} said clearly {he} wants to go home to {his} cat. Risks: falls ({x_score}), night wandering, {x_dose} missed.",
        ),
    ),
    _t(
        "The least restrictive option was discussed.",
        "{rel:first} holds a Lasting Power of Attorney for property and finance only, registered in {x_year}.",
        "{rel:first}'s contact details: {phone:mobile}, {email:rel}.",
        "A DoLS urgent authorisation was granted on {date2}.",
        "{pt:first}'s friend from church, {o3:full}, wrote a letter of support.",
        "Next review meeting {date4}.",
    ),
    _t(
        "Outcome: trial discharge home on {date4}, review in {x_dur}. Minutes: {n1:il}.",
        "Decision recorded by {doc:dr}. Circulated to {rel:first} and {o1:ltlast}.",
    ),
    ages=(68, 100),
)

MORTALITY_MEETING = Style(
    "mortality_meeting_minutes",
    "specialty mortality and morbidity meeting minutes: several cases, presenters by initials",
    "admin",
    _t(
        "M&M MEETING - General Surgery - {datem}\nChair: {o1:drfull}   Minutes: {n1:full}",
        "Mortality & Morbidity Minutes ({hospini}), {date}\nPresent: {o1:dr}, {doc:dr}, {n1:first}, trainees",
    ),
    (
        _t(
            "Case 1 ({doc:ini} presenting): {pt:FL}, {age}{sexl}, {hosp}. Admitted {date3} with small bowel obstruction, background {x_epo}. CT delayed {x_dur}, laparotomy on {date}, died day 4.",
            "Case 1: {pt:tfull} ({age}), NHS {nhs}. Emergency Hartmann's procedure {date} for perforated diverticulitis. NELA predicted mortality 14%. Presented by {doc:dr}.",
        ),
        _t(
            "Discussion: anaesthetic review was late; {x_score} not recorded. {n2:first} from outreach said the NEWS2 of 7 at {x_time} was escalated. Family ({rel:first}, {relw}) have complained.",
            "Discussion: {o1:dr} asked why the consultant was not called at {x_time}. Sepsis bundle within the hour. Learning: earlier senior review. {rel:full} has asked for the outcome.",
        ),
        _t(
            "Case 2 ({n2:dini}): {o2:FL}, 71M, anastomotic leak after anterior resection - {x_bp}, {x_news} - back to theatre, survived.",
            "Case 2: {o2:tlast}, re-admitted from {home} with a collection; drained by IR. No death. Presented by {n2:ini}.",
        ),
    ),
    _t(
        "Actions: {doc:ini} to audit CT times by {date4}.",
        "Coding queried: {pt:first} was coded as {x_epo}.",
        "Next meeting {datelater}, {x_time}, seminar room {x_count}.",
        "Medical examiner comment read out from {o1:first}'s summary.",
        "GP ({gp}) to receive a copy of the learning for {pt:ini}.",
        "Attendance {x_count}; CPD certificates from {email:team}.",
    ),
    _t(
        "Minutes agreed {date4} - {n1:il}",
        "END OF MINUTES. Confidential - not for disclosure. {o1:ini}",
    ),
    ages=(45, 97),
    joiner="\n",
)

HOSPICE_HOME = Style(
    "hospice_at_home_note",
    "hospice at home night nurse's visit note near the end of life, symptom control and the family",
    "notes",
    _t(
        "{hospice} - Hospice at Home visit\n{pt:known}, {addr}\nNHS {nhs}   Visit {date}",
        "HOSPICE AT HOME - NIGHT VISIT\nPatient: {pt:LF}   DOB {dob}   Key safe code given by {relw}",
    ),
    (
        _t(
            "Visited {x_time} with HCA {n2:first}. {pt:first} ({age}) settled but {x_epo} tremor and agitation since {x_time}. {His} {relw} {rel:first} reports 2 PRN doses of {x_dose} given by DN at {x_time}.",
            "Called out by {rel:tfull} ({relw}) on {phone:mobile}: {pt:nick} 'rattly' and restless. Arrived {x_time}. Cheyne-Stokes breathing, peripheries cool, mouth dry.",
        ),
        _t(
            "Syringe driver running: midazolam 10mg, Oramorph equivalent, levomepromazine over 24h; {x_dur} left. Mouth care given, repositioned. ReSPECT form in the house, DNACPR signed by {doc:drfull}.",
            "Just-in-case box checked, {x_dose} given subcut at {x_time}. {pt:first} more settled by {x_time}. The GP, {doc:dr} at {gp}, was called about an anticipatory dose increase.",
        ),
        _t(
            "{rel:first} tearful, not slept for {x_count} hours. {pt:first}'s friend {o1:full} is sitting with {him} tomorrow. Offered bereavement support leaflet.",
            "{pt:first} died peacefully at {x_time} with {rel:first} and {his} grandchild {o1:first} present. Verification of death by {n1:full} at {x_time}. Funeral director: {funeral}.",
        ),
    ),
    _t(
        "Key safe by the back door; dog is friendly.",
        "District nurse {o2:first} to visit {date2} am.",
        "{rel:first} asked about spiritual care; {pt:first} is Catholic and Father {o3:last} has visited.",
        "Spare prescription chart faxed from {pharmacy}.",
        "Family email for the team: {email:rel}.",
        "Left at {x_time}. Next visit booked for {date2}.",
    ),
    _t(
        "{n1:full}, Hospice at Home Nurse ({n1:ini})",
        "Signed {n1:dini}. Handover to day team at {x_time}.",
    ),
    ages=(48, 99),
    joiner="\n",
)

VIRTUAL_WARD = Style(
    "virtual_ward_alert",
    "virtual ward (hospital at home) remote monitoring alert that was not acted on, with platform IDs",
    "clinical",
    _t(
        "Virtual Ward - {trust}\nPatient {pt:FL}  NHS {nhs}  Platform ID {id_ticket}",
        "VIRTUAL WARD INCIDENT {id_datix}\n{pt:tfull}, {addr}, tel. {phone}",
    ),
    (
        _t(
            "{pt:tlast}, {age}, was stepped down to the respiratory virtual ward on {date3} after an admission with COPD. {He} was given a pulse oximeter and tablet; daily readings were reviewed by {n1:full}.",
            "{pt:first} ({age}) joined the frailty virtual ward from {hospital} on {date3}, with {x_epo} and a Rockwood CFS of 6. {His} {relw}, {rel:full}, was trained to enter the readings.",
        ),
        _t(
            "On {date} at {x_time} the platform raised a red alert: {x_spo2}, HR 124. The alert went to the monitoring hub but the nurse on shift, {n2:first}, was covering {x_count} patients alone and the call was not made until {x_time}.",
            "Readings on {date} showed {x_bp} and a temperature of 38.9; the amber alert was acknowledged by {n2:ini} but no call made. {rel:first} rang the hub on {switch} at {x_time}.",
        ),
        _t(
            "{doc:drfull} visited at {x_time} and arranged admission to {ward}. {pt:first} needed NIV and has since recovered.",
            "An ambulance from {ambulance} took {pt:first} to {hospital}; {he} died on {date2} of pneumonia. {rel:first} has asked why nobody came sooner.",
        ),
    ),
    _t(
        "The virtual ward caseload was {x_count} against a planned 40.",
        "{pt:first}'s hospital number is {hosp}.",
        "The platform supplier's support desk, {o1:first}, confirmed alerts were delivered.",
        "Escalation policy last reviewed in {x_year}.",
        "The patient's GP, {gp}, was not told of the step-down.",
        "Family contact: {rel:lfull}, {email:rel}.",
    ),
    _t(
        "Investigator: {o2:tfull}, {date4}.",
        "Reviewed at the Virtual Ward Governance Group on {datelater} (chair {o2:dr}).",
    ),
    ages=(55, 97),
)

CHILD_DEATH = Style(
    "child_death_review",
    "child death review (CDOP) form B extract from health, with the joint agency response",
    "formal",
    _t(
        "Child Death Overview Panel - Form B (Health)\nCDOP ref {id_cdop}\nChild: {pt:FL}   DOB {dob}   Date of death {date}",
        "CHILD DEATH REVIEW - {council} area\nRef {id_cdop}   NHS {nhs}   Hosp {hosp}",
    ),
    (
        _t(
            "{pt:first} was {age} and lived with {his} {relw}, {rel:full}, at {addr}. {He} had Down's syndrome and a repaired AVSD and attended {school}.",
            "{pt:first}, aged {age}, had complex epilepsy and was known to the community paediatrician, {doc:drfull}. The family live on {street} in {x_town}.",
        ),
        _t(
            "On {date} {pt:first} was found unresponsive at home at {x_time}; the ambulance crew from {ambulance} began CPR. {He} was pronounced dead at {hospital} at {x_time} by {o1:drfull}.",
            "{pt:first} was admitted on {date3} with a chest infection, deteriorated on {ward} with a PEWS of 8 and died on {date}. The SUDIC paediatrician was {o1:drfull}.",
        ),
        _t(
            "A joint agency response was held with {police} (DS {o2:last}, log {id_police}) on {date2}. The family were supported by the key worker, {n1:full}.",
            "The lead health professional, {n1:tfull}, met {rel:first} at home on {date2}; {relhe} asked why the seizure plan had not been updated since {x_year}.",
        ),
    ),
    _t(
        "The school nurse, {n2:full}, provided a chronology.",
        "The child's GP practice is {gp}.",
        "Contact for the family key worker: {phone:mobile}.",
        "Two siblings, aged {x_kid} and 4, were offered support through the school.",
        "Post-mortem was requested by HM Coroner; results expected {datelater}.",
        "Modifiable factors: none identified at the first meeting.",
    ),
    _t("Form completed by {n1:FL} on {date4}.", "Submitted to the NCMD by {n2:il}, {date4}."),
    ages=(1, 15),
    child=True,
)

CUSTODY = Style(
    "custody_nurse_note",
    "police custody healthcare practitioner's assessment of a detained person, then a handover",
    "notes",
    _t(
        "Custody Healthcare - {police}\nDetained person: {pt:caps}   Custody record {id_custody}   Crime ref {id_police}",
        "CUSTODY HCP ASSESSMENT\nDP {pt:LF}  DOB {dob}  Custody no. {id_custody}  PNC checked",
    ),
    (
        _t(
            "Seen at {x_time} in {x_cell} at the request of PS {o1:last}. DP {age} years, states {he} drinks 2 litres of cider a day, last drink {x_time}. History of Korsakoff's syndrome and fits.",
            "Called at {x_time} by DS {o1:last}. {pt:first} ({age}) arrested on {street}; says {he} took {x_dose} and street Valium. {x_gcs}, pupils equal.",
        ),
        _t(
            "Obs: {x_bp}, HR 112, {x_spo2}, BM 5.2, CIWA 14. Fit to detain with rousing checks every 30 minutes. Advised {x_dose} per protocol; FME {doc:drfull} consulted by phone.",
            "Head injury noted, laceration to the scalp. Not fit to detain: transfer to {hospital} ED arranged. Ambulance {ambulance} arrived at {x_time}.",
        ),
        _t(
            "DP asked that {his} {relw}, {rel:full}, be told; number given {phone:mobile}. Appropriate adult {o2:full} attended at {x_time}.",
            "{pt:first} was released at {x_time} to {his} {relw} {rel:first}, who lives at {addr}. Given leaflet and advice to see {gp}.",
        ),
    ),
    _t(
        "{pt:first} is known to the liaison and diversion team (worker {n2:first}).",
        "Previous custody attendances in {x_year} and {datem}.",
        "Medication brought in: {x_dose}, sealed in bag {id_batch}.",
        "NHS {nhs} confirmed via the Spine.",
        "No self-harm thoughts voiced; risk reviewed at {x_time}.",
        "Next HCP review at {x_time}.",
    ),
    _t("HCP: {n1:FL} ({id_pin})", "Record closed {date} by {n1:il}. Handover to {n2:first}."),
    ages=(18, 70),
    joiner="\n",
)

EXCELLENCE = Style(
    "excellence_report",
    "Learning from Excellence (GREATix) report praising named staff, warm and informal",
    "informal",
    _t(
        "Learning from Excellence - GREATix\nNominated: {n1:full} ({ward}), for the care of {pt:known}   Submitted by {o1:full}, {date2}",
        "GREATIX REPORT {id_datix}\nWho: {n1:FL} (NMC PIN {id_nmc}) and {n2:FL}   Where: {hospital}",
    ),
    (
        _t(
            "I want to say thank you to {n1:first} for the care given to {pt:tfull} on {date}. {pt:first} is {agew} and has {x_epo} and was very frightened after {his} fall.",
            "On the night of {date}, {n1:first} and {n2:first} looked after {pt:first} ({age}), who was agitated and pulling at {his} lines. {pt:tlast} had {x_score} and was at high risk of falls.",
        ),
        _t(
            "{n1:first} spotted that the {x_dose} had been prescribed twice and rang the pharmacist {o2:first} on {x_ext} before the round. This stopped a serious error.",
            "{n2:first} noticed a NEWS2 of 5 at {x_time} and went straight to {doc:drfull}, who found sepsis early. {pt:first} was on antibiotics within {x_count} minutes.",
        ),
        _t(
            "{pt:first}'s {relw}, {rel:full}, wrote to {email:team} to say '{n1:first} treated us like family'.",
            "The family ({rel:first} and {relhis} cousin {o3:first}) brought in cakes for the team on {date4}.",
        ),
    ),
    _t(
        "What could we learn? Always check the chart against the MAR.",
        "{n1:first} has been on the ward since {x_year} and mentors students.",
        "The patient went home to {addr} on {date4}.",
        "{n2:first} was working a {x_count}-hour shift after an agency cancellation.",
        "{o1:first} would like this shared at the {hospini} nursing forum.",
        "Sent to the matron, {o5:full}, for the monthly awards.",
    ),
    _t("Thank you! {o1:first}", "Shared by {o2:tfull}, Patient Safety Lead, {datelater}."),
    ages=(60, 100),
)

CANDOUR_LETTER = Style(
    "duty_of_candour_letter",
    "statutory Duty of Candour letter to a patient after a moderate-harm incident, formal, addressed",
    "letter",
    _t(
        "{trust}\n{hospital}\n\n{pt:tfull}\n{addr:ml}\n\n{date2}\n\nOur ref: {id_datix}   NHS No: {nhs}",
        "PRIVATE AND CONFIDENTIAL\n{pt:tfull}\n{addr}\n\nDate: {date2}   Ref {id_datix}",
    ),
    (
        _t(
            "Dear {pt:tlast},\n\nI am writing to follow up our conversation on {date2} about the care you received on {ward} on {date}. I am very sorry that your {x_dose} was missed for {x_count} doses, and that this led to a fall.",
            "Further to the meeting with your {relw}, {rel:full}, on {date2}, I am writing to apologise for the delay in treating your infection while you were a patient at {hospital} in {datem}.",
        ),
        _t(
            "The incident is being investigated by {n1:full}, Senior Sister, under the Patient Safety Incident Response Framework. You are welcome to tell us your questions, and we will include them.",
            "We have started a review led by {doc:drfull}, Consultant Physician. We expect to share the findings with you by {datelater}.",
        ),
        _t(
            "If you would like to talk to someone, please contact {n2:full} on {switch} or at {email:team}.",
            "Your GP, at {gp}, has been sent a copy of this letter with your permission.",
        ),
    ),
    _t(
        "You told us that your {x_epo} makes it hard to get up quickly, and we have added this to your care plan.",
        "Our records show your hospital number as {hosp} and your date of birth as {dob}.",
        "You may also contact the Patient Advice and Liaison Service on {phone:landline}.",
        "We will also write to {rel:first} if you would like us to.",
        "Independent advocacy is available from {council}.",
        "The ward has since introduced a second check for {x_dose}.",
    ),
    _t(
        "Yours sincerely\n\n{o1:drfull}\nMedical Director\n{trust}",
        "Yours sincerely,\n{o1:full}\nDirector of Nursing\ncc {n1:full}, Senior Sister",
    ),
    ages=(35, 99),
)

TRIAL_SAE = Style(
    "trial_sae_report",
    "clinical trial serious adverse event narrative from a research nurse, participant IDs and sponsor",
    "clinical",
    _t(
        "SERIOUS ADVERSE EVENT REPORT\nTrial: KESTREL   Participant ID {id_trial}   Site: {hospital}",
        "SAE narrative - research team, {trust}\nParticipant {pt:ini} ({id_trial})   Onset {date}",
    ),
    (
        _t(
            "Participant {pt:ini}, a {age}-year-old {man} with {x_epo}, was randomised on {date3}. On {date} {he} attended ED at {hospital} with chest pain and was admitted to {ward}.",
            "{pt:FL} (initials {pt:dini}, NHS {nhs}), aged {age}, enrolled on {date3}, developed a rash and fever on {date} after {x_dur} of study drug.",
        ),
        _t(
            "Obs on arrival: {x_bp}, {x_spo2}, {x_news}. Troponin 412. Treated by {doc:drfull}; study drug stopped at {x_time}.",
            "The PI, {doc:drfull}, assessed the event as possibly related. Stevens-Johnson syndrome was considered; biopsy lab number {id_lab}.",
        ),
        _t(
            "The research nurse {n1:full} was told by the participant's {relw} {rel:first} on {phone:mobile}. Unblinding was not required.",
            "The participant's {relw}, {rel:full}, e-mailed the team ({email:n1}) to report the admission on {date2}.",
        ),
    ),
    _t(
        "Concomitant medication: {x_dose}, {x_dose}.",
        "Hospital number {hosp} cross-checked against the CRF.",
        "The sponsor's safety desk ({o1:full}) acknowledged receipt.",
        "Participant outcome: recovered, discharged {date4}.",
        "The participant's GP, {gp}, was sent the SAE summary.",
        "{x_count} SAEs reported at this site since {x_year}.",
    ),
    _t(
        "Reported by {n1:FL}, Research Nurse, {date2}. PI signature: {doc:ini}.",
        "Follow-up report due {datelater}; sponsor contact {o2:tfull}.",
    ),
    ages=(30, 93),
)


# A fourth section (two alternatives) and more optional sentences for each style, kept apart from
# the definitions above so that each style's first three sections read as one story.
MORE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "speech_recognition_dictation": (
        _t(
            "social history colon {he} lives alone at {addr} with carers from {agency} twice a day full stop {his} {relw} {rel:lfirst} visits at weekends and manages the dosette box comma which was last changed on {date3} full stop",
            "on examination of the chest there were crackles at the left base comma heart sounds one and two plus nothing added full stop abdomen soft comma non tender full stop the x-ray from {date3} was reported by {o3:drfull} as showing no fracture at {x_epo} level i mean at T12 full stop",
        ),
        _t(
            "the speech recognition software keeps writing {x_epo} as a name comma please check before sending full stop",
            "{his} weight has dropped from 64 to {x_count} kilograms since {datem} and the MUST score is now 2 full stop",
            "i have asked the ward clerk {o1:lfirst} to send a copy to {his} {relw} at {email:rel} as requested full stop",
            "the old hospital number on the referral was wrong and has been corrected to {hosp} full stop",
        ),
    ),
    "teams_chat_export": (
        _t(
            "[{x_time}] {n2:LF}\nfamily here now, {relw} {rel:first} asking for the doctor, they're in the quiet room\n[{x_time}] {doc:LF}\nok 5 mins, finishing in {x_bed}. can someone get the old notes from {hospini}?",
            "[{x_time}] {o2:LF}\nhi all, patient safety here. for the Datix pls give times not names where you can. thanks\n[{x_time}] {n1:LF}\nwill do. the patient is {pt:tlast} btw, DOB {dob}, in case it gets muddled with the other {x_epo} patient",
        ),
        _t(
            "[{x_time}] {n1:LF}\nbed manager says no beds on {x_wardno} till the morning",
            "[{x_time}] {doc:LF}\nlactate 4.1 now, fluids running, {x_dose} in",
            "[{x_time}] {n2:LF}\nI've rung the {relw} back on {phone:mobile}, {relhe}'s calmer now",
            "[{x_time}] {o2:LF}\nthe site manager tonight is {o3:full}, ring {switch} if stuck",
        ),
    ),
    "endoscopy_incident": (
        _t(
            "The immediate actions taken were to stop the list, inform the consultant in charge, {doc:drfull}, and complete a Datix at {x_time}. The scope, asset number {id_scope}, was withdrawn from use and the decontamination unit was asked to trace every patient on the list that day.",
            "The review found three contributing factors: the pre-assessment checklist had no prompt for anticoagulants, the list was overbooked by {x_count} points, and the consenting doctor had not met {pt:first} before the day. The nurse endoscopist, {n2:full}, had raised the workload in {datem}.",
        ),
        _t(
            "{pt:first} was discharged on {date4} and is being followed up in clinic by {doc:dr}.",
            "The patient's {relw} asked that future letters go to {addr:nopc} rather than the old address.",
            "Bowel cancer screening programme standards were not breached, according to the programme lead {o3:first}.",
            "Haemoglobin dropped from 128 to 96 g/L over {x_dur}.",
        ),
    ),
    "newborn_hearing_audiology": (
        _t(
            "The root cause was that the screening management system allowed a referral to be closed without an appointment date. Two other babies were found with the same problem, one of whom, {o4:FL}, had already been seen elsewhere.",
            "The screener, {n1:first}, had worked alone at {hospital} for {x_count} weeks because of vacancies. Training records show the screener completed the programme e-learning in {x_year}; no competency check had been done since.",
        ),
        _t(
            "{pt:first}'s {relw} said the family 'just wanted to be told the truth'.",
            "{rel:first} has asked that letters now go to {addr:nopc}.",
            "Speech and language therapy referral made on {date4}.",
            "Baby was born in the birth centre; the midwife was {o3:full}.",
        ),
    ),
    "podiatry_foot_review": (
        _t(
            "The review found that the high-risk foot register had not been updated since {pt:first} moved practice, and the annual foot check in {datem} was done by a healthcare assistant without training in neuropathy testing. The monofilament test was recorded as 'not done'.",
            "Timeline: first contact with podiatry on {date3}; MDT referral sent the same day; no reply; second ulcer noted {x_dur} later; admission on {date2}. At no point was {pt:first} given the foot protection team's direct number, {switch}.",
        ),
        _t(
            "{pt:first} is now in {home} for rehabilitation.",
            "The consultant diabetologist, {o4:drfull}, agrees the delay contributed to the outcome.",
            "A Charcot foot was suspected in {x_year} but never confirmed on MRI.",
            "The practice nurse at {gp} had recorded 'feet OK' on {date3}.",
        ),
    ),
    "care_home_mar_error": (
        _t(
            "How did it happen? The two residents have similar names on the MAR and the photos were missing. The medicines trolley was left open while {n1:first} answered the call bell in {x_room}. {n1:first} was on the ninth day of a run of long days.",
            "On checking the MAR chart I also found that the {x_dose} due at {x_time} had not been given on {date3}. The chart for {pt:first} had been rewritten by hand by the night senior, {o4:first}, after the printed one was torn.",
        ),
        _t(
            "{pt:first}'s NHS number is {nhs} and {his} date of birth is {dob}.",
            "The pharmacist from {pharmacy} will do a full MAR audit on {date4}.",
            "{n1:first} has been taken off medicines until a competency reassessment is done.",
            "Observations were stable by {x_time}: {x_bp}, {x_spo2}.",
        ),
    ),
    "bereavement_call_log": (
        _t(
            "{date4} {x_time} - {rel:first} rang again. Wants to make a formal complaint about {pt:first}'s care on {ward}; given PALS number {phone:landline}. Also asked for the hospital number for the solicitor: {hosp}.",
            "{date4} {x_time} - Spoke with {o1:dr} (ME office) - MCCD issued, emailed to the register office. Rang {rel:first} to confirm; {relhe} thanked the team and asked that we pass thanks to {n1:first} on nights.",
        ),
        _t(
            "Family prefer {pt:nick} to be used when we speak about {him}.",
            "{pt:first} lived at {addr}.",
            "Property bag signed out to {rel:full} at {x_time}.",
            "NHS number for the MCCD: {nhs}.",
        ),
    ),
    "observation_log": (
        _t(
            "Summary by nurse in charge: {pt:first} remained on enhanced obs for {x_count} hours. Handovers were given at each change of observer. The care plan was reviewed with {pt:first}, who agreed to hand over any cords from visitors. {rel:full} was told about the incident by phone at {x_time}.",
            "Summary: the record has two entries signed with the same initials at the same time, {x_time}, for different patients. The bank HCA, {o1:full}, said the paper record was filled in afterwards. Staffing: two registered nurses for {x_count} patients.",
        ),
        _t(
            "{pt:first}'s care coordinator is {o3:full} from the community team.",
            "Section 17 leave suspended by {doc:dr} on {date2}.",
            "NHS {nhs}.",
            "{pt:first}'s {relw} asked for a call on {phone:mobile} after ward round.",
        ),
    ),
    "paediatric_sepsis_review": (
        _t(
            "The parents' account: {rel:first} said they were told twice that {pt:first} was 'just a bit dehydrated' and that they should try the drinks challenge. {rel:first} asked at {x_time} for a doctor and was told the registrar, {doc:dr}, was busy.",
            "Findings: the PEWS chart was completed on time, but the escalation section was blank for {x_count} hours. The nurse looking after {pt:first}, {n2:first}, had five patients including a child in {x_bed} on high-flow oxygen.",
        ),
        _t(
            "{pt:first} lives at {addr}.",
            "The child's NHS number was checked against the Child Protection Information Sharing system.",
            "Blood culture grew Streptococcus pyogenes ({id_lab}).",
            "{pt:first} is back at {school} part-time.",
        ),
    ),
    "ooh_gp_triage": (
        _t(
            "Governance review: the call was triaged as 'routine, within 6 hours', but {pt:first} had rung twice before. The clinician, {doc:dr}, did not see the previous calls because the system did not link records with a different address. The driver for the home visit was diverted to {x_town}.",
            "Review of the recording: {rel:first} says at {x_time} '{pt:first} can hardly breathe'. The call handler, {o3:full}, recorded 'SOB, speaking in sentences'. Clinical Safety Officer {n1:first} has flagged the wording.",
        ),
        _t(
            "{pt:first}'s {relw}, {rel:full}, would like a call on {phone}.",
            "Case also seen by the ME, {o4:drfull}.",
            "Hospital number at {hospini}: {hosp}.",
            "Special note last updated {datem}.",
        ),
    ),
    "occupational_health_needlestick": (
        _t(
            "Source patient risk assessment: {pt:first} ({age}) has a history of injecting drug use and was tested for HIV in {datem}, negative. Hepatitis C RNA positive on {date3}. Treated by the hepatology team at {hospital} under {o4:drfull}.",
            "Root cause: sharps bins were full and the bin on the trolley was missing. The ward manager, {o2:full}, says the supplier from {agency} had not collected waste for {x_dur}. The injured nurse was using a non-safety needle from an old stock box.",
        ),
        _t(
            "The source patient's address on PAS is {addr}.",
            "Bloods sent as {id_lab}.",
            "{n1:first} was given Employee Assistance Programme details.",
            "The source patient's record number is {hosp}.",
        ),
    ),
    "vaccination_error": (
        _t(
            "Contributing factors: the team had {x_count} pupils to vaccinate in one morning, the consent forms were sorted by surname and two pupils had the same initials, {pt:ini}. The cold chain checker had not been trained. The stock from batch {id_batch} was not quarantined.",
            "The vaccinator, {n1:first}, said that the pupil answered to the name called, and that the consent form had the address {addr:nopc}. Learning: use two identifiers (name and date of birth) at every vaccination.",
        ),
        _t(
            "The {relw}'s mobile number is {phone:mobile}.",
            "{pt:first}'s record was corrected on the Child Health Information System.",
            "Lead nurse {o2:tfull} apologised in person.",
            "A similar error was reported at another school in {datem}.",
        ),
    ),
    "screening_incident": (
        _t(
            "Investigation: the address change had been made at {gp} on {date3} but did not reach the screening system because of a failed overnight transfer. {x_count} other participants were affected by the same failure. None came to harm.",
            "The participant's {relw}, {rel:first}, made a complaint on {date4} ({id_complaint}) and is supported by the PALS officer {o3:first}.",
        ),
        _t(
            "{pt:first} had {x_epo} and found the letters confusing.",
            "The hub can be reached on {switch}.",
            "{pt:first}'s date of birth on the system was {dob}.",
            "The Screening QA Service will visit in {datem}.",
        ),
    ),
    "bacteraemia_pir": (
        _t(
            "Contributing factors: no VIP score was recorded for the night of {date3}, the cannula care bundle was not done, and the blood culture was taken from the line rather than a peripheral stab. The ward was using agency staff from {agency} that week.",
            "The patient's journey: ED on {date3}, {x_wardno} for one night, then {ward}. The MRSA screen was taken in ED but the suppression therapy ({x_dose}) was only started on day 5.",
        ),
        _t(
            "{pt:first}'s NHS number is {nhs}.",
            "A second patient on the same bay, {o3:tlast}, was screened and negative.",
            "The bay was cleaned with hydrogen peroxide vapour on {date4}.",
            "{pt:first} lived at {addr} before admission.",
        ),
    ),
    "device_incident": (
        _t(
            "Investigation: the pump had a software version that allows free flow when the door is opened with the clamp off. The training record for {n1:first} shows the last pump training was in {x_year}. The ward has {x_count} pumps and two different models.",
            "The bed rail risk assessment was completed by {n2:first} on admission but not repeated after {pt:first}'s fall on {date3}. The rail gap measured 140 mm against a recommended maximum of 120 mm.",
        ),
        _t(
            "{pt:first}'s NHS number: {nhs}.",
            "The supplier's engineer is {o2:first}, on {phone:mobile}.",
            "{pt:first} was seen by the tissue viability nurse {o3:first} on {date4}.",
            "The incident was discussed at the Trust Safety Huddle at {x_time}.",
        ),
    ),
    "ig_breach": (
        _t(
            "Root cause: the clerk selected the first matching patient from the drop-down list; the two patients share a surname and a date of birth year. Both patients' details were checked and {pt:first}'s address was corrected on {date2}.",
            "The recipient has been asked to return or destroy the letter and has confirmed by e-mail. The Information Commissioner's Office was not notified as the risk was assessed as low by the Data Protection Officer, {o3:full}.",
        ),
        _t(
            "{pt:first}'s NHS number is {nhs}.",
            "The letter was dictated by {doc:dr} on {date3}.",
            "{rel:first} can be reached on {phone:mobile}.",
            "The patient's GP is at {gp}.",
        ),
    ),
    "best_interests_meeting": (
        _t(
            "Views of the person: {pt:first} has said many times to staff on {ward} 'I'm going home to my own bed'. {He} recognises {rel:first} and {his} neighbour {o4:first}. {pt:first} was a bus driver in {x_town} and is proud of the house {he} has lived in since {x_year}.",
            "Options considered: (1) home with four calls a day and telecare; (2) a period in {home} then review; (3) 24-hour care at home, not available. Cost was not a factor in the decision. The social worker will apply for funding on {date4}.",
        ),
        _t(
            "{pt:first}'s NHS number: {nhs}.",
            "The GP at {gp} supports a trial at home.",
            "Occupational therapist {n2:first} completed a home visit.",
            "Hospital number {hosp}.",
        ),
    ),
    "mortality_meeting_minutes": (
        _t(
            "Case 3 ({n1:ini}): no deaths from {x_wardno} this month. Audit of NEWS2 escalation at {hospini}: 78% of scores of 5 or more had a medical review within an hour. {doc:dr} presented the new sepsis pathway.",
            "Matters arising: the ME, {o1:dr}, noted that the family of {pt:tlast} had asked for a structured judgement review. SJR requested; reviewer {n2:full}. The patient's NHS number for the SJR is {nhs}.",
        ),
        _t(
            "Discussion of {pt:first}'s CT delay: the scanner was down from {x_time}.",
            "The family's address is held on file: {addr:nopc}.",
            "{pt:first} had a {x_score} before surgery.",
            "Trainee {o3:first} to present next month.",
        ),
    ),
    "hospice_at_home_note": (
        _t(
            "Family support: spoke with {rel:first} about what to expect in the last days - mottling, changes in breathing, less need for food and drink. {rel:first} asked whether to call the family from abroad; advised yes. A cousin, {o4:first}, is flying from Lagos on {date2}.",
            "Medication review: anticipatory medicines prescribed on {date3} by the GP. Stock left: {x_dose} x 4, midazolam 10mg x 6. Controlled drugs record signed with {rel:first}. Hospice pharmacist {o5:full} to review on {date2}.",
        ),
        _t(
            "{pt:first}'s hospital number is {hosp}.",
            "{rel:first}'s mobile: {phone:mobile}.",
            "{pt:first} was known to the palliative care consultant {doc:dr}.",
            "Date of birth {dob}.",
        ),
    ),
    "virtual_ward_alert": (
        _t(
            "Findings: the hub had one registered nurse and one healthcare assistant for {x_count} patients overnight. Red alerts should be called within 30 minutes. The escalation flowchart on the platform still showed an old on-call number. The step-down criteria were met.",
            "The patient's view: {pt:first} said {he} thought someone was watching the numbers all the time and did not ring 111 because of that. {rel:first} said the tablet kept logging out. IT ticket {id_ticket} was raised on {date2}.",
        ),
        _t(
            "{pt:first} was born on {dob}.",
            "The community respiratory nurse, {o3:full}, visited on {date3}.",
            "Next of kin phone: {phone:mobile}.",
            "The virtual ward consultant is {o4:drfull}.",
        ),
    ),
    "child_death_review": (
        _t(
            "Chronology from health: the health visitor saw {pt:first} at home on {date3}; the last hospital appointment was with {doc:dr} in {datem}; an ambulance was called to the address twice in the previous year for seizures. There were no safeguarding concerns.",
            "Family's view: {rel:first} wants the panel to know that {pt:first} loved the swimming club and that the respite unit at {hospice} was a lifeline. {rel:first} asked that the panel consider the wait for a neurology appointment.",
        ),
        _t(
            "{pt:first}'s hospital number was {hosp}.",
            "{rel:first} can be contacted on {email:rel}.",
            "The community nurse was {o3:first}.",
            "Ethnicity and religion are recorded separately as required.",
        ),
    ),
    "custody_nurse_note": (
        _t(
            "Risk assessment: alcohol withdrawal (moderate), head injury (none seen), self-harm (previous overdose in {x_year}), mental health (known to the CMHT under {doc:dr}). Cell checks increased. Medication needs: thiamine, chlordiazepoxide per protocol.",
            "Liaison and diversion referral made: {pt:first} says {he} sleeps at a hostel on {street2} and has no GP. Address given at booking: {addr}. Referred to the drug and alcohol service.",
        ),
        _t(
            "{pt:first} asked for {his} inhaler, brought by {rel:first} at {x_time}.",
            "Custody sergeant {o1:last} informed of the plan.",
            "{pt:first} scored {x_gcs} at the {x_time} rousing check.",
            "NHS record shows registered GP {gp}.",
        ),
    ),
    "excellence_report": (
        _t(
            "Why was this excellent? {n1:first} stayed with {pt:first} after the shift ended and sat with {him} until {his} {relw} arrived at {x_time}. {n1:first} also spoke to the night team about {pt:first}'s {x_epo} so the medication was given on time.",
            "The family told me: '{n2:first} explained everything without jargon and even remembered the name of the dog.' The ward sister, {o4:first}, said it was the kindest care anyone could remember on {ward} this year.",
        ),
        _t(
            "{pt:first}'s hospital number (for the record): {hosp}.",
            "{n1:first}'s e-mail for thanks: {email:n1}.",
            "Nominated again in {datem}.",
            "This was on {ward}, {x_bed}.",
        ),
    ),
    "duty_of_candour_letter": (
        _t(
            "What happened: on {date} you were due to receive {x_dose} at {x_time}. It was not given because the drug chart was with the pharmacist. When you tried to get up to use the toilet you fell and injured your hip. We know this was frightening for you and your family.",
            "What we know so far: you came into hospital on {date3} with a urine infection. Your antibiotics were prescribed but not given for {x_count} hours because the prescription was not seen. You became more unwell and needed treatment on {x_wardno}.",
        ),
        _t(
            "We will keep {rel:full} updated as you asked.",
            "We have your address as {addr:nopc}; please tell us if it has changed.",
            "Your NHS number is {nhs}.",
            "Our Patient Safety team can be e-mailed at {email:team}.",
        ),
    ),
    "trial_sae_report": (
        _t(
            "Causality assessment: the event started {x_count} days after the first dose. The participant has a history of {x_epo} and ischaemic heart disease. In the PI's opinion the event is unlikely to be related, but it was reported to the sponsor within 24 hours as required.",
            "Expectedness: rash is listed in the Reference Safety Information; fever with mucosal involvement is not. The event is therefore a possible SUSAR and was escalated to the sponsor's medical monitor, {o3:drfull}.",
        ),
        _t(
            "Participant's date of birth: {dob}.",
            "The participant lives at {addr:nopc}.",
            "The research nurse can be contacted on {switch}.",
            "Trial pharmacist {o4:first} confirmed the kit number.",
        ),
    ),
}


SHARED = {
    "clinical": _t(
        "Past history also includes {x_epo} and a {x_score} at the last assessment.",
        "Observations at the time were {x_bp}, {x_spo2} and {x_gcs}.",
        "The patient's NHS number, {nhs}, was checked against the wristband.",
        "Medication on admission included {x_dose} and {x_dose}.",
        "The next of kin is {rel:full} ({relw}), contactable on {phone}.",
        "Nursing notes from {date3} describe {pt:first} as more confused than usual, with poor oral intake and a fluid balance of minus 800 ml that was not escalated.",
        "A review of the electronic record shows {x_count} entries over the period, most of them brief, and no entry at all between {x_time} and {x_time}.",
        "The staffing on the day was below the planned level, with one registered nurse moved to {x_wardno} at the start of the shift to cover sickness.",
        "There is no evidence that the patient's {x_epo} was considered when the plan was made, and no specialist advice was sought.",
        "Learning will be shared through the safety briefing and the monthly governance newsletter, and the actions will be tracked to completion.",
    ),
    "formal": _t(
        "The Trust's Patient Safety Incident Response Plan applies to this case.",
        "We recognise how distressing this has been for {pt:first} and the family.",
        "Records were reviewed from {date3} to {date4}.",
        "The patient's address on the system was {addr:nopc}.",
        "This report does not apportion blame to any individual.",
        "The Trust's public statement on this incident is at {url:trust}.",
        "The review team met the staff involved individually and thanks them for their openness; everyone said they would welcome the chance to learn from what happened.",
        "The family have been offered a copy of the final report and a meeting to go through it, with a named contact for any questions in the meantime.",
        "Actions arising from this review will be monitored by the divisional quality and safety group, which meets monthly, with a progress report in {datem}.",
        "We have considered whether similar incidents have occurred elsewhere in the organisation and found {x_count} comparable reports in the last year.",
        "The relevant national guidance and the Trust's own policies were reviewed as part of this work and are listed in the appendix to this report.",
    ),
    "informal": _t(
        "Sorry if this isn't the right place to put it.",
        "The family have shared {pt:first}'s page, {url:fund}, with the ward.",
        "Someone has posted about it on {url:social} already.",
        "{rel:first} said to tell everyone thank you anyway.",
        "It was a really busy shift, {x_count} patients and one HCA down.",
        "Told the nurse in charge at {x_time}.",
        "Will add more when I've spoken to {n2:first}.",
        "Honestly I think everyone did their best, but there just weren't enough of us, and the phone was ringing the whole time with bed requests.",
        "I don't want to get anyone into trouble but I think it needs writing down so it doesn't happen to someone else's mum or dad.",
        "I did hand it over to the day staff at {x_time} so they know, and I've put a note in the diary for the ward manager too.",
        "If anyone needs to talk to me about this I'm back on nights from Thursday, or you can leave a message with the ward clerk.",
        "It was all a bit of a blur to be honest, so the times might be out by a few minutes either way.",
    ),
    "notes": _t(
        "Obs {x_bp} {x_spo2}.",
        "Plan discussed with {rel:first} ({relw}).",
        "Nil else of note at {x_time}.",
        "PMH {x_epo}, {x_dose} od.",
        "Hosp no {hosp} on all paperwork.",
        "Discussed with senior at {x_time}, happy with plan, to continue current management and review again if any change.",
        "No change on reassessment; plan continues as documented.",
        "No new concerns raised by family on the phone; they will ring back later for an update.",
        "Documentation completed retrospectively at {x_time} due to clinical workload on the unit.",
        "Allergies checked again: penicillin (rash) and elastoplast, both on the front of the chart.",
    ),
    "admin": _t(
        "Entry added to the case file at {x_time}.",
        "Details checked against PAS: hospital number {hosp}, NHS number {nhs}.",
        "Will try again tomorrow if there is no reply; a message was left asking for a call back.",
        "Spoke to the ward clerk on {x_wardno} to confirm the details before going further.",
        "Discussed with the team leader, {n2:first}; nothing further needed today.",
        "A copy of this entry has been saved to the shared drive under the case reference.",
        "The office was short-staffed this week, so some calls were returned later than our standard.",
        "Relatives were given the office number, {switch}, for anything further.",
        "Nothing else to add at this stage; the case stays open until the paperwork is complete.",
        "Records were requested from {gp} on {date2}.",
    ),
    "letter": _t(
        "I would like to repeat how sorry I am for what happened.",
        "Please do not hesitate to contact us if anything in this letter is unclear, or if you would prefer to talk in person.",
        "We value your feedback and will use what you tell us to improve the care we give to other patients.",
        "If you would like someone to be with you when we meet, such as a family member or friend, they are very welcome.",
        "We will write to you again when the investigation is complete, and we expect this to be by {datelater}.",
        "You can also read our statement at {url:trust}.",
        "An easy-read version of this letter is available on request.",
        "The letter has also been sent to the address we hold for you, {addr:nopc}.",
    ),
}

_BASE: tuple[Style, ...] = (
    DICTATION, TEAMS_CHAT, ENDOSCOPY, AUDIOLOGY, PODIATRY, CARE_HOME_MAR, BEREAVEMENT, OBS_LOG,
    PAEDS_SEPSIS, OOH_TRIAGE, NEEDLESTICK, VACCINE_ERROR, SCREENING, BACTERAEMIA, DEVICE,
    IG_BREACH, BEST_INTERESTS, MORTALITY_MEETING, HOSPICE_HOME, VIRTUAL_WARD, CHILD_DEATH,
    CUSTODY, EXCELLENCE, CANDOUR_LETTER, TRIAL_SAE,
)  # fmt: skip


def _extended(style: Style) -> Style:
    section, extras = MORE[style.name]
    return replace(style, sections=(*style.sections, section), extras=(*style.extras, *extras))


STYLES: tuple[Style, ...] = tuple(_extended(style) for style in _BASE)


def alternatives() -> int:
    """Template alternatives in the styles (shared sentences not counted)."""
    return sum(
        len(s.headers) + sum(len(sec) for sec in s.sections) + len(s.extras) + len(s.endings)
        for s in STYLES
    )


# ---------------------------------------------------------------------------------------------
# Writing one example
# ---------------------------------------------------------------------------------------------


def _build(rng: random.Random, number: int) -> tuple[Example, tuple[tuple[int, int], ...]]:
    style = rng.choice(STYLES)
    case = _make_case(rng, style)
    known = _known(case)
    header = render(case, rng.choice(style.headers))
    sections = [render(case, rng.choice(options)) for options in style.sections]
    ending = render(case, rng.choice(style.endings))
    target = max(TARGET_LOW, min(TARGET_HIGH, round(rng.gauss(293, 38))))
    words = _words(header) + sum(_words(s) for s in sections) + _words(ending)
    extras = list(style.extras)
    rng.shuffle(extras)
    shared = list(SHARED[style.register])
    rng.shuffle(shared)
    for template in [*extras, *shared]:
        if words >= target:
            break
        pieces = render(case, template)
        size = _words(pieces)
        if words + size > CEILING:
            continue
        where = rng.randrange(len(sections))
        sep = style.joiner if style.joiner == "\n" or template.startswith("[") else " "
        sections[where] = [*sections[where], (sep, None, None), *pieces]
        words += size
    joined: list[Piece] = [*header]
    for block in [*sections, ending]:
        joined.append((style.joiner, None, None))
        joined.extend(block)
    text_parts: list[str] = []
    gold: list[GoldSpan] = []
    negatives: list[tuple[int, int]] = []
    length = 0
    for text, label, meta in joined:
        if label == NEG:
            negatives.append((length, length + len(text)))
        elif label is not None:
            meta = dict(meta or {})
            if label == "PERSON" and not case.record:
                meta["in_record"] = False
            gold.append(GoldSpan(length, length + len(text), label, **meta))
        text_parts.append(text)
        length += len(text)
    example_ = Example(
        id=f"{PREFIX}-{number:06d}", text="".join(text_parts), known=known,
        gold=tuple(gold), kind=style.name,
    )  # fmt: skip
    return example_, tuple(negatives)


def example(rng: random.Random, number: int) -> Example:
    """One example, drawn from ``rng``; ``number`` gives its id."""
    return _build(rng, number)[0]


def generate_with_negatives(
    count: int, seed: int = 1
) -> Iterator[tuple[Example, tuple[tuple[int, int], ...]]]:
    """The examples of ``generate``, each with the (start, end) of its clinical look-alikes."""
    rng = random.Random(f"{PREFIX}:{seed}")
    for number in range(1, count + 1):
        yield _build(rng, number)


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    """``count`` examples; the same seed always gives the same texts."""
    for example_, _ in generate_with_negatives(count, seed):
        yield example_
