"""A fourth blind evaluation pack for de-identification, in registers the other packs lack.

Written without reading the engine (``deidentify``, its name, place and word lists, its data,
tests, README or ADR) or the narrative templates of the other packs. Only the shared
infrastructure of ``evaluation`` is reused (``Example``, ``GoldSpan``, the label lists, the
Faker name pools with their listed/unlisted split, ``nhs_number``, ``postcode``, ``ordinal``), so
gold spans mean what they mean on the other packs. See ``evaluation_blind4.md``.

Texts come from people an English NHS organisation hears from: crisis teams, health visitors,
school nurses, dentists, optometrists, sexual health clinics, dialysis units, critical care
outreach, neonatal units, stroke teams, infection control, mortuaries, patient transport,
homeless outreach, interpreters, student nurses, locums, solicitors, MPs, radiotherapy and
pharmacy. Every identifier is a gold span; clinical look-alikes are written in and never gold.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterator
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
    "DIRECT_IDENTIFIERS", "LABELS", "MAX_WORDS", "MIN_WORDS", "Example", "Found", "GoldSpan",
    "STYLES", "example", "generate", "generate_with_negatives", "score",
]  # fmt: skip

PREFIX = "blind4"
LOW_WORDS = 180
HIGH_WORDS = 420
NO_RECORD = 0.12
NEG = "NEG"  # internal marker for a look-alike piece; never gold

Piece = tuple[str, str | None, dict | None]

# ---------------------------------------------------------------------------------------------
# Places and organisations (invented combinations; towns on their own are not gold)
# ---------------------------------------------------------------------------------------------

TOWNS = {
    "Rotherham": "S", "Barnsley": "S", "Scunthorpe": "DN", "Grimsby": "DN", "Mansfield": "NG",
    "Chesterfield": "S", "Burnley": "BB", "Oldham": "OL", "Rochdale": "OL", "Telford": "TF",
    "Walsall": "WS", "Dudley": "DY", "Kettering": "NN", "Bedford": "MK", "Yeovil": "BA",
    "Barnstaple": "EX", "Kendal": "LA", "Hexham": "NE", "Redcar": "TS", "Boston": "PE",
    "Crewe": "CW", "Macclesfield": "SK", "Tamworth": "B", "Basildon": "SS", "Margate": "CT",
    "Hastings": "TN", "Eastbourne": "BN", "Aylesbury": "HP", "Slough": "SL", "Stevenage": "SG",
    "Harlow": "CM", "Kidderminster": "DY", "Scarborough": "YO", "Whitby": "YO", "Bridgwater": "TA",
    "Penzance": "TR", "Weston-super-Mare": "BS", "King's Lynn": "PE", "Gateshead": "NE",
    "Blackpool": "FY",
}  # fmt: skip
LOCALITIES = (
    "Eccleshill", "Netherfield", "Kingsthorpe", "Southdown", "Abbey Hulton", "Parson Cross",
    "Goldthorpe", "Westwood", "Moorside", "Lowfield", "Brinsworth", "Oakenshaw", "Hollinwood",
    "Bents Green", "Cliftonville", "St Leonards", "Hampden Park", "Shevington", "Winterton",
)  # fmt: skip
STREETS = (
    "Marsh", "Brook", "Sterling", "Grace", "Faith", "Tanner", "Cobden", "Ashby", "Fountain",
    "Gorse", "Heather", "Peel", "Raglan", "Sefton", "Tudor", "Wharf", "Quarry", "Bank",
    "Lowther", "Ramsden", "Osborne", "Lambert", "Fenwick", "Kitchener", "Balmoral", "Denton",
)  # fmt: skip
STREET_KINDS = ("Road", "Street", "Lane", "Avenue", "Close", "Terrace", "Crescent", "Walk", "Way")
WARDS = (
    "Ebony", "Mulberry", "Larkspur", "Foxglove", "Heron", "Curlew", "Marsh", "Brook", "Sterling",
    "Grace", "Evelyn", "Tamar", "Derwent", "Lyon", "Nuffield", "Saxon", "Medway", "Wensley",
)  # fmt: skip
WARD_KINDS = ("Ward", "Ward", "Unit", "Suite")
HOMES = (
    "Hawthorn Lodge", "The Beeches", "Sandringham House", "Marsh View", "Brookfield Manor",
    "Larkhill Court", "Glebe House", "Meadowsweet", "Chantry Court", "Ashlea",
)  # fmt: skip
HOME_KINDS = ("Care Home", "Nursing Home", "Residential Home", "care home")
HOSPITAL_FORMS = (
    "{town} General Hospital", "{town} District Hospital", "{town} Royal Infirmary",
    "{town} Community Hospital", "St {saint} Hospital", "{town} University Hospital",
)  # fmt: skip
SAINTS = ("Cuthbert's", "Aidan's", "Winifred's", "Oswald's", "Bede's", "Hilda's", "Chad's")
TRUST_FORMS = (
    "{town} and District NHS Foundation Trust", "{town} Teaching Hospitals NHS Trust",
    "North {town} Healthcare NHS Trust", "{town} Community and Mental Health NHS Trust",
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# People: this pack's own pools, beside Faker's
# ---------------------------------------------------------------------------------------------

OWN_FIRST = {
    "F": (
        "Grace",
        "Faith",
        "Hope",
        "Brook",
        "Joy",
        "Ruby",
        "Amber",
        "Pearl",
        "Winifred",
        "Edna",
        "Ethel",
        "Nkechi",
        "Abimbola",
        "Ama",
        "Rukhsana",
        "Shabnam",
        "Parveen",
        "Jaswinder",
        "Thi Lan",
        "Mai",
        "Oanh",
        "Sabitra",
        "Maricel",
        "Jovelyn",
        "Ioana",
        "Florentina",
        "Dilan",
        "Hawa",
        "Sahra",
        "Bronwen",
        "Aoife",
        "Niamh",
        "Zsófia",
        "Agnieszka",
        "Elif",
        "Precious",
        "Blessing",
        "Sunita",
        "Mei Ling",
        "Roxana",
    ),
    "M": (
        "Sterling",
        "Frank",
        "Grant",
        "Jack",
        "Wilfred",
        "Cyril",
        "Stanley",
        "Emeka",
        "Chukwudi",
        "Kofi",
        "Yaw",
        "Tariq",
        "Imran",
        "Sukhdev",
        "Balvinder",
        "Minh",
        "Duc",
        "Prakash",
        "Bishnu",
        "Rodel",
        "Marian",
        "Florin",
        "Mehmet",
        "Hasan",
        "Abdirahman",
        "Guto",
        "Cathal",
        "Tadhg",
        "Bartosz",
        "Jiří",
        "Delroy",
        "Winston",
        "Kwabena",
        "Wei",
        "Ionuț",
    ),
}
OWN_LAST = (
    "Marsh", "Brook", "Sterling", "Grace", "Faith", "Rivers", "Bird", "Shepherd", "Baker",
    "Fairweather", "Goodchild", "Okonkwo", "Nwosu", "Boateng", "Mensah", "Begum", "Uddin",
    "Akhtar", "Bains", "Dhillon", "Nguyen", "Tran", "Gurung", "Thapa", "Dela Cruz", "Santos",
    "Popescu", "Ionescu", "Yılmaz", "Demir", "Farah", "Hassan", "Abdi", "Pritchard",
    "ap Gwilym", "Ní Bhriain", "O'Driscoll", "MacNeil", "Wójcik", "Nováková", "Bennett-Osei",
    "Khan-Williams", "Smith-Gurung", "Chen", "Lau", "Campbell-Reid", "Thompson", "Lewis",
)  # fmt: skip
NICKNAMES = {
    "Winifred": ("Winnie",), "Wilfred": ("Wilf",), "Stanley": ("Stan",), "Cyril": ("Cyr",),
    "Frank": ("Frankie",), "Abimbola": ("Bimpe",), "Chukwudi": ("Chuks",), "Florentina": ("Flori",),
    "Jack": ("Jacko",), "Edna": ("Eddie",), "Bartosz": ("Bartek",), "Mehmet": ("Memo",),
    "Precious": ("Pres",), "Kwabena": ("Kobby",), "Delroy": ("Del",), "Ethel": ("Etty",),
}  # fmt: skip
OLD_F = ("Winifred", "Edna", "Ethel", "Pearl", "Grace", "Faith")
OLD_M = ("Wilfred", "Cyril", "Stanley", "Frank", "Winston", "Sterling")


@dataclass
class Person:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool = False
    nick: str = ""
    title: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def _names_of(first: str, last: str) -> str:
    listed = listed_names()
    parts = [p for p in re.split(r"[\s-]+", f"{first} {last}") if p]
    return "listed" if all(p.casefold() in listed for p in parts) else "unlisted"


def _person(rng: random.Random, *, sex: str | None = None, old: bool = False) -> Person:
    sex = sex or rng.choice("FM")
    if rng.random() < 0.5:
        faker_person = _new_person(rng, sex=sex)
        return Person(faker_person.first, faker_person.last, sex, faker_person.names)
    if old and rng.random() < 0.5:
        first = rng.choice(OLD_F if sex == "F" else OLD_M)
    else:
        first = rng.choice(OWN_FIRST[sex])
    last = rng.choice(OWN_LAST)
    if last == first:
        last = "Shepherd"
    nick = rng.choice(NICKNAMES[first]) if first in NICKNAMES else ""
    return Person(first, last, sex, _names_of(first, last), nick=nick)


# ---------------------------------------------------------------------------------------------
# Identifier formats
# ---------------------------------------------------------------------------------------------

_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SHORT_DAYS = ("Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun")
_NUMBER_WORDS = {
    90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
    95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight",
    99: "ninety-nine", 100: "one hundred", 101: "one hundred and one", 102: "one hundred and two",
}  # fmt: skip


def _padded(n: int) -> str:
    return f"{n:02d}"


def date_form(day: date, rng: random.Random, *, full: bool = False) -> str:
    """A date as written in this pack's registers; day/month forms are padded (never "3/7")."""
    m = _MONTHS[day.month - 1]
    forms = [
        f"{ordinal(day.day)} {m} {day.year}", f"{day.day} {m} {day.year}",
        f"{day:%d/%m/%Y}", f"{day:%d/%m/%y}", f"{day:%d.%m.%Y}", f"{day:%d-%m-%Y}",
        day.isoformat(), f"{day.day} {m[:3]} {day.year}", f"{day:%d}-{m[:3].upper()}-{day.year}",
        f"{day.day}{m[:3].upper()}{day:%y}", f"{_DAYS[day.weekday()]} {day.day} {m} {day.year}",
        f"{m} {day.day}, {day.year}", f"{day.day} {m[:3]}. {day:%y}",
    ]  # fmt: skip
    if not full:
        forms += [
            f"{ordinal(day.day)} {m}", f"{day.day} {m}", f"{ordinal(day.day)} of {m}",
            f"{_SHORT_DAYS[day.weekday()]} {ordinal(day.day)}", f"{day:%d/%m}",
            f"{_DAYS[day.weekday()]} the {ordinal(day.day)}", f"{day.day} {m[:3]}",
            f"{_SHORT_DAYS[day.weekday()]} {day:%d/%m}",
        ]  # fmt: skip
    return rng.choice(forms)


def clock(rng: random.Random) -> str:
    h, mi = rng.randint(0, 23), rng.choice((0, 5, 10, 15, 20, 25, 30, 40, 45, 50, 55))
    return rng.choice(
        (
            f"{h:02d}:{mi:02d}", f"{h:02d}{mi:02d}", f"{h:02d}{mi:02d}hrs", f"{h:02d}.{mi:02d}",
            f"{h % 12 or 12}.{mi:02d}{'am' if h < 12 else 'pm'}", f"{h % 12 or 12}{'am' if h < 12 else 'pm'}",
        )
    )  # fmt: skip


def nhs_form(number: str, rng: random.Random) -> str:
    return rng.choice(
        (
            number,
            f"{number[:3]} {number[3:6]} {number[6:]}",
            f"{number[:3]}-{number[3:6]}-{number[6:]}",
        )
    )


def hospital_number(rng: random.Random) -> str:
    d = rng.randint
    letters = "ABCDEFGHJKMNPRSTVWXZ"
    return rng.choice(
        (
            f"{rng.choice(letters)}{d(0, 9999999):07d}",
            f"{rng.choice(('RTH', 'RBA', 'RXQ', 'RWD'))}{d(0, 999999):06d}",
            f"{rng.choice(letters)}/{d(0, 999999):06d}",
            f"{d(10000000, 99999999)}",
            f"{rng.choice(letters)}{rng.choice(letters)}-{d(0, 9999999):07d}",
            f"{d(0, 9999999):07d}{rng.choice(letters)}",
            f"0{d(0, 999999):06d}",
        )
    )


def phone_form(rng: random.Random) -> str:
    d = rng.randint
    mobile = f"07{d(4, 9)}{d(0, 99):02d}{d(0, 999999):06d}"
    landline = f"01{d(2, 9)}{d(1, 9)}{d(2, 9)}{d(200000, 999999)}"
    return rng.choice(
        (
            mobile, f"{mobile[:5]} {mobile[5:]}", f"{mobile[:5]} {mobile[5:8]} {mobile[8:]}",
            f"+44 {mobile[1:5]} {mobile[5:]}", f"+447{mobile[2:]}", f"{mobile[:5]}-{mobile[5:]}",
            f"{landline[:5]} {landline[5:]}", f"({landline[:5]}) {landline[5:]}",
            f"{landline[:4]} {landline[4:7]} {landline[7:]}", f"0300 {d(100, 999)} {d(1000, 9999)}",
            f"{landline[:5]} {landline[5:]} ext {d(2000, 79999)}",
        )
    )  # fmt: skip


def age_words(age: int, rng: random.Random) -> str:
    word = _NUMBER_WORDS[age]
    return rng.choice((str(age), str(age), str(age), word))


def _slug(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().casefold()
    return re.sub(r"[^a-z0-9]+", "", plain)


# ---------------------------------------------------------------------------------------------
# One case: the people, places and numbers a narrative is written from
# ---------------------------------------------------------------------------------------------

_PERSON_SLOT = re.compile(r"^([PRSTDXY])(?:_(\w+))?$")
_TOKEN = re.compile(r"\{(\w+)\}|\[\[(.+?)\]\]")
RELATIONS = {
    "F": ("daughter", "wife", "sister", "niece", "partner", "daughter-in-law", "granddaughter"),
    "M": ("son", "husband", "brother", "nephew", "partner", "son-in-law", "grandson"),
}
PARENTS = {"F": ("mother", "mum"), "M": ("father", "dad")}

EPONYMS = (
    "Parkinson's disease", "Addison's disease", "Cushing's syndrome", "Crohn's disease",
    "Hodgkin's lymphoma", "Bell's palsy", "Korsakoff's syndrome", "Ludwig's angina",
    "Fournier's gangrene", "Horner's syndrome",     "Stevens-Johnson syndrome", "Takotsubo cardiomyopathy", "Kawasaki disease", "Alzheimer's disease",
    "Hirschsprung's disease", "Perthes' disease", "Osgood-Schlatter disease", "Wernicke's encephalopathy",
    "Raynaud's phenomenon", "Guillain-Barré syndrome", "Sjögren's syndrome", "Meniere's disease",
)  # fmt: skip
SCORE_FORMS = (
    "NEWS2 {n}", "a NEWS2 of {n}", "GCS {g}/15", "GCS E{e}V{v}M{m}", "Waterlow {w}", "Braden {b}",
    "a Rockwood CFS of {c}", "4AT {c}", "MUST {s}", "a Barthel of {w}0", "PEWS {s}", "an NIHSS of {w}",
    "a Modified Rankin of {s}", "a qSOFA of {s}", "an ABCD2 of {c}", "Edinburgh score {w}",
)  # fmt: skip
DOSES = (
    "morphine sulfate 10mg/5ml", "co-codamol 30/500", "Oramorph 2.5mg", "alteplase 0.9mg/kg",
    "methadone 60ml", "buprenorphine 8mg", "midazolam 2.5mg", "oxycodone 5mg", "fentanyl 25mcg/hr",
    "gentamicin 5mg/kg", "caffeine citrate 20mg/kg", "Sinemet 25/100", "heparin 5,000 units",
    "alfentanil 500 micrograms", "Fostair 100/6", "amoxicillin 250mg/5ml", "Depo-Provera 150mg",
    "ceftriaxone 1g", "levonorgestrel 1.5mg", "Epo 4,000 units",
)  # fmt: skip


class Case:
    def __init__(self, rng: random.Random, style: Style, record: bool) -> None:
        self.rng = rng
        self.style = style
        self.record = record
        surnames: set[str] = set()
        firsts: set[str] = set()

        def draw(**kwargs) -> Person:
            # One person per surname and first name in a case, so no span stands for two people.
            for _ in range(50):
                person = _person(rng, **kwargs)
                if person.last.casefold() not in surnames and person.first.casefold() not in firsts:
                    break
            surnames.add(person.last.casefold())
            firsts.add(person.first.casefold())
            return person

        self.P = draw(old=style.old)
        self.R = draw(sex=rng.choice("FM"))
        self.S = draw()
        self.T = draw()
        self.D = draw()
        self.X = draw()
        self.Y = draw()
        if record:
            self.P.in_record = True
            self.R.in_record = rng.random() < 0.7
            for staff in (self.S, self.T, self.D):
                staff.in_record = rng.random() < 0.3
        self.relation = rng.choice(RELATIONS[self.R.sex])
        self.parent = rng.choice(PARENTS[self.R.sex])
        self.town = rng.choice(sorted(TOWNS))
        self.town2 = rng.choice([t for t in sorted(TOWNS) if t != self.town])
        self.day = date(2024, 1, 1) + timedelta(days=rng.randint(0, 640))
        if style.old:
            self.age = rng.randint(90, 102) if rng.random() < 0.55 else rng.randint(58, 89)
        else:
            self.age = rng.randint(18, 84)
        if style.child:
            self.age = rng.randint(11, 15)
        born = self.day - timedelta(days=365 * self.age + rng.randint(1, 360))
        if style.infant:
            self.age = 0
            born = self.day - timedelta(days=rng.randint(1, 70))
        self.dob = born
        self.nhs = nhs_number(rng)
        self.hosp = hospital_number(rng)
        self.postcode = postcode(rng, TOWNS[self.town])
        self.line1 = (
            rng.choice((f"Flat {rng.randint(1, 24)}, ", "", "", ""))
            + f"{rng.randint(1, 190)} {rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
        )
        self.locality = rng.choice(LOCALITIES)
        self.lang = rng.choice(LANGUAGES)
        self.faith = rng.choice(FAITHS)
        self.cache: dict[str, list[Piece]] = {}

    def known(self) -> dict:
        if not self.record:
            return {}
        names = [self.P.full if self.rng.random() < 0.6 else f"{self._title(self.P)} {self.P.full}"]
        names += [p.full for p in (self.R, self.S, self.T, self.D) if p.in_record]
        return {
            "names": names,
            "nhs_number": nhs_form(self.nhs, self.rng) if self.rng.random() < 0.3 else self.nhs,
            "date_of_birth": self.dob.isoformat(),
            "hospital_number": self.hosp,
            "address": f"{self.line1}, {self.locality}, {self.town}, {self.postcode}",
        }

    # -- people ------------------------------------------------------------------------------

    def _title(self, person: Person) -> str:
        if not person.title:
            if person is self.D:
                person.title = "Dr"
            elif person.sex == "M":
                person.title = "Mr"
            else:
                person.title = self.rng.choice(("Mrs", "Ms", "Miss", "Mrs"))
        return person.title

    def person(self, who: str, form: str) -> list[Piece]:
        p: Person = getattr(self, who)
        rng = self.rng
        meta = {"names": p.names, "in_record": bool(p.in_record and self.record)}
        title = self._title(p)
        if rng.random() < 0.15:
            title += "."
        if form == "x":
            form = rng.choice(("", "t", "tf", "fi", "", "t"))
        if form == "kn":
            if not p.nick:
                return [(p.full, "PERSON", meta)]
            return [
                (p.full, "PERSON", meta),
                (" (known as ", None, None),
                (p.nick, "PERSON", meta),
                (")", None, None),
            ]
        first_initial = p.first[0].upper()
        last_initial = p.last[0].upper()
        text = {
            "": p.full,
            "t": f"{title} {p.last}",
            "tf": f"{title} {p.full}",
            "f": p.first,
            "l": p.last,
            "C": f"{p.last.upper()}, {p.first}",
            "U": p.full.upper(),
            "UL": f"{p.first} {p.last.upper()}",
            "i": rng.choice((f"{first_initial}{last_initial}", f"{first_initial}.{last_initial}.")),
            "lc": p.full.lower(),
            "lf": p.first.lower(),
            "lt": f"{title.lower().rstrip('.')} {p.last.lower()}",
            "n": p.nick or p.first,
            "nl": f"{p.nick or p.first} {p.last}",
            "fi": rng.choice((f"{first_initial}. {p.last}", f"{first_initial} {p.last}")),
        }[form]
        return [(text, "PERSON", meta)]

    # -- everything else ---------------------------------------------------------------------

    def slot(self, name: str) -> list[Piece]:
        match = _PERSON_SLOT.match(name)
        if match:
            return self.person(match.group(1), match.group(2) or "")
        if name in self.cache:
            return self.cache[name]
        pieces = self._make(name)
        if name in _CACHED:
            self.cache[name] = pieces
        return pieces

    def _make(self, name: str) -> list[Piece]:  # noqa: C901 - one table of slots
        rng = self.rng
        d = rng.randint
        P = self.P
        pro = {"M": ("he", "his", "him"), "F": ("she", "her", "her")}[P.sex]
        text_slots = {
            "he": pro[0], "He": pro[0].capitalize(), "his": pro[1], "His": pro[1].capitalize(),
            "him": pro[2], "rel": self.relation, "parent": self.parent, "lang": self.lang,
            "faith": self.faith,
        }  # fmt: skip
        if name in text_slots:
            return [(text_slots[name], None, None)]
        town, town2 = self.town, self.town2
        if name == "nhs":
            return [(nhs_form(self.nhs, rng), "NHS_NUMBER", None)]
        if name == "nhs2":
            return [(nhs_form(nhs_number(rng), rng), "NHS_NUMBER", None)]
        if name == "hosp":
            return [(self.hosp, "HOSPITAL_NUMBER", None)]
        if name == "hosp2":
            return [(hospital_number(rng), "HOSPITAL_NUMBER", None)]
        if name == "dob":
            return [(date_form(self.dob, rng, full=True), "DATE", None)]
        if name == "date":
            when = self.day + timedelta(days=d(-20, 40))
            return [(date_form(when, rng), "DATE", None)]
        if name == "day0":
            return [(date_form(self.day, rng), "DATE", None)]
        if name == "dthe":
            return [(f"the {ordinal((self.day + timedelta(days=d(0, 6))).day)}", "DATE", None)]
        if name == "dmy":
            when = self.day + timedelta(days=d(-400, 60))
            month = _MONTHS[when.month - 1]
            return [
                (
                    rng.choice(
                        (f"{month} {when.year}", f"{month[:3]} {when.year}", f"{when:%m/%Y}")
                    ),
                    "DATE",
                    None,
                )
            ]
        if name == "age":
            if self.age >= 90:
                return [(age_words(self.age, rng), "AGE", None)]
            return [(str(self.age), NEG, None)]
        if name == "age_yo":
            suffix = rng.choice(("-year-old", " year old", "yo", " yrs", "y", " years old"))
            if self.age >= 90:
                value = age_words(self.age, rng)
                if not value.isdigit():
                    suffix = rng.choice(("-year-old", " years old", " year old"))
                return [(value, "AGE", None), (suffix, None, None)]
            return [(str(self.age), NEG, None), (suffix, None, None)]
        if name in ("addr", "addr_ml", "addr_caps"):
            parts = [self.line1, self.locality, town]
            if rng.random() < 0.3:
                parts = [self.line1, town]
            if name == "addr_ml":
                text = "\n".join(parts)
                sep = "\n"
            else:
                text = ", ".join(parts) if rng.random() < 0.8 else " ".join(parts)
                sep = rng.choice((", ", " ", ", "))
            code = self.postcode if rng.random() < 0.75 else self.postcode.replace(" ", "")
            if name == "addr_caps":
                text, code = text.upper(), code.upper()
            return [(text, "ADDRESS", None), (sep, None, None), (code, "POSTCODE", None)]
        if name == "addr2":
            t2 = rng.choice((town, town2))
            text = f"{d(1, 240)} {rng.choice(STREETS)} {rng.choice(STREET_KINDS)}, {t2}"
            code = postcode(rng, TOWNS[t2])
            return [(text, "ADDRESS", None), (", ", None, None), (code, "POSTCODE", None)]
        if name == "pc":
            return [
                (
                    self.postcode if rng.random() < 0.7 else self.postcode.replace(" ", ""),
                    "POSTCODE",
                    None,
                )
            ]
        if name == "street":
            return [(f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}", "LOCATION", None)]
        if name in ("phone", "phone2"):
            return [(phone_form(rng), "PHONE", None)]
        if name.startswith("email_"):
            who = name[6:]
            if who == "org":
                box = rng.choice(
                    (
                        "patientsafety",
                        "pals",
                        "complaints",
                        "legal.services",
                        "ipc.team",
                        "bereavement",
                    )
                )
                return [(f"{box}.{_slug(town)}@nhs.net", "EMAIL", None)]
            p = getattr(self, who)
            first, last = _slug(p.first), _slug(p.last)
            value = rng.choice(
                (f"{first}.{last}@nhs.net", f"{first}{last}{d(1, 99)}@gmail.com", f"{first[0]}{last}@hotmail.co.uk",
                 f"{last}.{first}@{_slug(town)}-hospitals.nhs.uk", f"{first}_{last}@outlook.com")
            )  # fmt: skip
            return [(value, "EMAIL", None)]
        if name == "url_trust":
            return [
                (
                    f"https://www.{_slug(town)}-hospitals.nhs.uk/news/{rng.choice(('statement', 'update', 'our-response'))}-{d(100, 999)}",
                    "URL",
                    None,
                )
            ]
        if name == "url_hw":
            return [
                (
                    rng.choice(
                        (
                            f"https://www.healthwatch{_slug(town)}.co.uk/report/{d(1000, 9999)}",
                            f"healthwatch{_slug(town)}.org.uk/enter-and-view",
                        )
                    ),
                    "URL",
                    None,
                )
            ]
        if name == "url":
            slug = f"{_slug(P.first)}-{_slug(P.last)}"
            value = rng.choice(
                (f"https://www.gofundme.com/f/justice-for-{slug}", f"www.facebook.com/groups/{_slug(P.first)}{d(10, 99)}",
                 f"https://www.justgiving.com/page/{slug}-memorial",
                 f"instagram.com/{slug}_{d(1, 99)}")
            )  # fmt: skip
            return [(value, "URL", None)]
        ids = {
            "datix": lambda: rng.choice((f"W{d(100000, 999999)}", f"DW{d(10000, 99999)}", f"INC{d(1000000, 9999999)}", f"IR-{self.day.year}-{d(1000, 99999):05d}")),
            "lfpse": lambda: f"{d(100000, 999999)}-{d(1000, 9999)}",
            "claim": lambda: f"M{self.day.year % 100}CT{d(100, 999)}/{d(100, 999)}",
            "solref": lambda: rng.choice((f"{rng.choice(('JKL', 'ABW', 'RTS'))}/{d(1000, 9999)}/{self.day.year % 100}", f"CN-{d(10000, 99999)}")),
            "nmc": lambda: f"{d(0, 24):02d}{rng.choice('ABCDEFGHIJ')}{d(1000, 9999)}{rng.choice('EOSNW')}",
            "gmc": lambda: str(d(6000000, 7999999)),
            "gdc": lambda: str(d(100000, 299999)),
            "goc": lambda: f"01-{d(10000, 39999)}",
            "acc": lambda: rng.choice((f"RAD{d(10000000, 99999999)}", f"CT{self.day.year}{d(100000, 999999)}")),
            "ref": lambda: rng.choice((f"{rng.choice(('SG', 'CR', 'MP', 'HW', 'MR'))}-{d(1000, 99999)}", f"{self.day.year}/{d(100, 9999):04d}", f"REF{d(100000, 999999)}")),
            "lab": lambda: f"{rng.choice(('H', 'M', 'V'))}{self.day.year % 100}.{d(1000000, 9999999)}",
            "mp_ref": lambda: f"{rng.choice(('ZA', 'MC', 'CW'))}{d(10000, 99999)}",
            "mortuary": lambda: f"MORT-{d(100, 9999):04d}",
            "booking": lambda: f"PTS{d(1000000, 9999999)}",
            "crn": lambda: f"{rng.choice(('14', '22', '41'))}/{d(10000, 99999)}/{self.day.year % 100}",
        }  # fmt: skip
        if name in ids:
            return [(ids[name](), "ID", None)]
        hospital = rng.choice(HOSPITAL_FORMS).format(town=town, saint=rng.choice(SAINTS))
        orgs = {
            "hospital": hospital,
            "hospital2": rng.choice(HOSPITAL_FORMS).format(town=town2, saint=rng.choice(SAINTS)),
            "trust": rng.choice(TRUST_FORMS).format(town=town),
            "gp": rng.choice((f"{rng.choice(STREETS)} Lane Surgery", f"{rng.choice(LOCALITIES)} Medical Practice", f"{rng.choice(STREETS)} Health Centre")),
            "school": rng.choice((f"{rng.choice(LOCALITIES)} Primary School", f"{rng.choice(STREETS)} Academy", f"St {rng.choice(SAINTS)} RC High School".replace("'s", "").replace("s'", "s"))),
            "pharmacy": rng.choice((f"{rng.choice(STREETS)} Pharmacy", f"{rng.choice(LOCALITIES)} Chemists")),
            "council": rng.choice((f"{town} Borough Council", f"{town} City Council", f"{town} Metropolitan Borough Council")),
            "firm": rng.choice((f"{rng.choice(OWN_LAST)} & {rng.choice(STREETS)} Solicitors LLP", f"{rng.choice(STREETS)} Law", f"{rng.choice(OWN_LAST)} Lloyd Solicitors")),
            "agency": rng.choice((f"{rng.choice(('Lingua', 'Voice', 'Bridge', 'Clear'))}{rng.choice(('Link', 'Words', 'Talk'))} Interpreting Ltd", f"{town} Language Services")),
            "transport": rng.choice((f"{rng.choice(('Swift', 'Careline', 'Medi'))}move Patient Transport Ltd", f"{rng.choice(('Coastline', 'Pennine', 'Shire'))} Ambulance Services Ltd")),
            "hostel": f"{rng.choice(('St Martin', 'Booth', 'Wharf', 'Haven'))} {rng.choice(('House', 'Lodge', 'Hostel'))}",
            "home": f"{rng.choice(HOMES)} {rng.choice(HOME_KINDS)}",
            "ward": rng.choice((f"{rng.choice(WARDS)} {rng.choice(WARD_KINDS)}", f"Ward {rng.choice(WARDS)}")),
            "ward2": f"{rng.choice(WARDS)} {rng.choice(WARD_KINDS)}",
            "hw": f"Healthwatch {town}",
            "police": rng.choice((f"{rng.choice(('West Riding', 'Pennine', 'Northshire', 'Wessex Vale'))} Police", f"{rng.choice(('Mercia Vale', 'Humber'))} Constabulary")),
            "amb": rng.choice(("Yorkshire Ambulance Service", "East of England Ambulance Service", "North East Ambulance Service", "South East Coast Ambulance Service")),
            "funeral": f"{rng.choice(OWN_LAST)} & Sons Funeral Directors",
            "dental": rng.choice((f"{rng.choice(STREETS)} Dental Practice", f"{rng.choice(LOCALITIES)} Dental Care", f"{town} Smile Clinic")),
            "opticians": rng.choice((f"{rng.choice(OWN_LAST)} Opticians", f"{rng.choice(LOCALITIES)} Eyecare", f"{rng.choice(STREETS)} Optometrists")),
            "hospice": f"St {rng.choice(SAINTS)} Hospice",
            "staffing": f"{rng.choice(('Northstar', 'Meridian', 'Beacon', 'Keystone'))} Medical Recruitment Ltd",
            "housing": f"{rng.choice(('Riverside', 'Pennine', 'Harbour', 'Anchor Point'))} Housing Association",
            "renal": f"{town2} Satellite Dialysis Unit",
        }  # fmt: skip
        if name == "hospinit":
            full = self.slot("hospital")[0][0]
            initials = "".join(w[0] for w in full.split() if w[0].isupper())
            return [(initials, "ORGANISATION", None)]
        if name in orgs:
            label = "LOCATION" if name in ("hostel", "home", "ward", "ward2") else "ORGANISATION"
            return [(orgs[name], label, None)]
        negs = {
            "time": lambda: clock(rng),
            "bp": lambda: f"{d(78, 188)}/{d(40, 110)}",
            "dur": lambda: f"{d(2, 6)}/{rng.choice(('7', '52', '12'))}",
            "wardno": lambda: f"Ward {d(1, 40)}{rng.choice(('', '', 'A', 'B'))}",
            "bed": lambda: rng.choice((f"bed {d(1, 32)}", f"bay {d(1, 8)}", f"side room {d(1, 12)}", f"chair {d(1, 20)}")),
            "band": lambda: f"Band {d(2, 8)}",
            "year": lambda: str(d(1998, 2023)),
            "young": lambda: str(d(2, 88)),
            "dose": lambda: rng.choice(DOSES),
            "bleep": lambda: f"bleep {d(1000, 9999)}",
            "town": lambda: town,
            "town2": lambda: town2,
            "epo": lambda: rng.choice(EPONYMS),
            "score": lambda: rng.choice(SCORE_FORMS).format(n=d(0, 12), g=d(3, 15), e=d(1, 4), v=d(1, 5), m=d(1, 6), w=d(5, 25), b=d(8, 20), c=d(1, 9), s=d(0, 5)),
            "news": lambda: f"NEWS2 {d(0, 14)}",
            "gcs": lambda: rng.choice((f"GCS {d(3, 15)}/15", f"GCS E{d(1, 4)}V{d(1, 5)}M{d(1, 6)}", f"GCS {d(3, 14)}")),
            "spo2": lambda: f"SpO2 {d(84, 99)}%",
            "gest": lambda: f"{d(23, 41)}+{d(0, 6)}",
            "count": lambda: str(d(2, 40)),
        }  # fmt: skip
        if name in negs:
            return [(negs[name](), NEG, None)]
        raise KeyError(name)


_CACHED = frozenset(
    {"hospital", "hospital2", "trust", "gp", "school", "pharmacy", "council", "firm", "agency",
     "transport", "hostel", "home", "ward", "hw", "police", "amb", "funeral", "dental",
     "opticians", "hospice", "housing", "renal", "staffing", "url_trust", "url_hw", "datix", "lfpse", "claim", "solref", "mp_ref",
     "mortuary", "booking", "email_org", "url", "crn"}
)  # fmt: skip


def render(case: Case, template: str) -> list[Piece]:
    pieces: list[Piece] = []
    position = 0
    for match in _TOKEN.finditer(template):
        if match.start() > position:
            pieces.append((template[position : match.start()], None, None))
        if match.group(1):
            pieces.extend(case.slot(match.group(1)))
        else:
            pieces.append((match.group(2), NEG, None))
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
    headers: tuple[str, ...]
    sections: tuple[tuple[str, str], ...]
    extras: tuple[str, ...]
    endings: tuple[str, ...]
    register: str = "clinical"
    old: bool = False
    child: bool = False
    infant: bool = False
    joiner: str = "\n\n"

    @property
    def alternatives(self) -> int:
        return len(self.headers) + 2 * len(self.sections) + len(self.extras) + len(self.endings)


STYLES: tuple[Style, ...] = (
    Style(
        name="crisis_team_note",
        author="crisis resolution and home treatment team practitioner, contemporaneous RiO-style entry",
        headers=(
            "CRHTT contact note. Client: {P_C}   NHS no: {nhs}   RiO/Hosp no: {hosp}\nDate of contact: {day0} at {time}. Seen at home, {addr}.",
            "Crisis team assessment ({day0}, {time})\nName: {P_U}  DOB: {dob}  Address: {addr_caps}",
        ),
        sections=(
            (
                'Referred by {his} {rel} {R_f} by phone to the crisis line ({phone}) after {P_f} said {he} had "had enough" and had stockpiled [[zopiclone 7.5mg]]. {R_f} stayed in the room for part of the assessment with {P_f}\'s agreement. Known to CMHT, care coordinator {S} ({band} nurse), last seen {date}.',
                "Self-referral via the {town} crisis line. {P_t} rang at {time} reporting thoughts of ending {his} life on the railway bridge near {street}. Known to the team since {dmy}; care coordinator {S_f} on leave so duty worker {T} took the call and arranged a same-day visit.",
            ),
            (
                'MSE: dishevelled, poor eye contact, speech slow. Mood subjectively "flat", objectively low. Denies psychotic symptoms. Plans: specific, with a timeframe. Protective factors: {his} dog and {his} {rel}. Previous overdose {date} (paracetamol, admitted to {hospital}). Uses [[PHQ-9]] score of {count} at last review; [[Section 136]] once before.',
                'On arrival {P_f} was tearful but engaged. Described three weeks of poor sleep and hearing "the neighbours talking about me". No command hallucinations. Drinking about {count} units a day. Recent loss of job at the depot. Risk history includes a ligature attempt in {year} while an inpatient on {ward}.',
            ),
            (
                "Risk formulation discussed with {D_t} (consultant psychiatrist) by phone at {time}: high risk of impulsive self-harm, moderate risk to self through neglect. Plan agreed: daily home treatment visits, medication to be dispensed weekly by {pharmacy} in {town}, {R_f} to hold the remaining tablets.",
                "Discussed at the {time} handover with {D_t}. Home treatment accepted rather than admission because {P_f} was clear {he} would not stay on a ward. {D_l} asked for a review of [[lithium]] levels and a [[Mental Health Act]] assessment if engagement drops.",
            ),
            (
                "Safety plan written with {P_f} and a copy left at the property. Crisis numbers given, including the out-of-hours line {phone2}. Police ({police}, log {crn}) informed because of the location named in the plan. Next visit: {date}, AM.",
                "Agreed actions: {T_f} to phone at {time} tomorrow; GP at {gp} to be e-mailed at {email_org}; {R} given the team mobile. If {P_f} cannot be contacted, welfare check via {police} (ref {crn}).",
            ),
        ),
        extras=(
            'Text received from {R_lf} at {time}: "is {P_lf} ok, {he} wont answer the door".',
            "{P_f} has not been at work since {date} and is worried about rent arrears with {housing}.",
            "Previous admission to {ward} under [[Section 2]] in {year}; discharged after {count} days.",
            '{R_f} said {P_f} had been "talking about funerals" since the anniversary of a friend\'s death in {dmy}.',
            "{R_f}'s own number is {phone} and {R_f} prefers texts after work.",
            "Note: {P_f} asked that the neighbour, {Y}, is not told anything about the visits.",
            "Medication reconciled against the GP record: sertraline 100mg, [[promethazine 25mg]] PRN, no [[clozapine]].",
            "Observed [[Beck's]] style hopelessness items; scored for the [[Columbia]] scale in full on the electronic form.",
            "{S_f} to update the CPA care plan by {date}.",
            "Last contact with the CMHT was a missed appointment on {date}.",
        ),
        endings=(
            "{T}, {band} crisis practitioner. Entry made at {time}.",
            "Signed {T_i} ({T_f}), CRHTT. Incident logged as {datix}.",
        ),
        register="notes",
    ),
    Style(
        name="health_visitor_record",
        author="health visitor's family record entry after a new birth or 6-8 week visit",
        child=True,
        infant=True,
        headers=(
            "Health visiting record. Child: {P}  DOB {dob}  NHS {nhs}\nParent: {R} ({parent})   Address: {addr}",
            "HV contact {day0}. Infant {P_U}, born {dob} at {hospital}. Family home: {addr}. Tel {phone}.",
        ),
        sections=(
            (
                "New birth visit. {R_f} is a first-time {parent} and lives with partner {Y_f}. Baby born at [[38+2]] weeks by ventouse, birth weight 2.9kg, now on the 9th centile. Breastfeeding with some pain; latch observed and advised. {R_f} mentioned tiredness and tearfulness in the evenings.",
                "6-8 week contact at the children's centre on {street}. {P_f} is feeding well on formula, 120ml four-hourly. Weight tracking the 25th centile. {R_f} said the family moved from {town2} in {dmy} and they are still not registered with a dentist.",
            ),
            (
                'Maternal mood: [[EPDS]] score {count}, question 10 answered "hardly ever". Discussed with {R_f}, who consented to a GP appointment at {gp}. Partner {Y_f} works nights and {R_f} described {Y_f} as "short-tempered" when the baby cries; no disclosures of harm made today.',
                "Routine enquiry about domestic abuse made when {R_f} was alone: {R_f} disclosed that {Y} had pushed {R_f} against a door in {dmy}. {R_f} does not want police involvement. DASH risk checklist completed: {count} ticks.",
            ),
            (
                "Safe sleep discussed; baby sleeping in a Moses basket but sometimes on the sofa with {Y_f}. Home conditions adequate. Older sibling {X_f} ({young} years) attends {school}. Immunisations: first set due {date}.",
                "Bruise noted, 1cm, on the left upper arm of a non-mobile baby. Explanation given by {R_f}: caught on the car seat buckle. Discussed with safeguarding nurse {S} the same day under the bruising protocol; referral to {council} children's social care (ref {ref}).",
            ),
            (
                "Plan: review at home on {date}. Named health visitor {T_f}, contactable on {phone2}.",
                "Plan: joint visit with the family nurse {S_f} on {dthe}. Liaised with midwife {T} by e-mail ({email_T}).",
            ),
        ),
        extras=(
            "{R_f} asked that letters go to {R_f}'s own e-mail, {email_R}, not to the family address.",
            "Baby was seen at {hospital} on {date} with [[bronchiolitis]] and discharged the same day.",
            "Weight today 4.62kg; length 56cm. [[Red book]] updated and returned to {R_f}.",
            "A grandparent, {X}, lives nearby and helps with the school run.",
            "Vitamin D drops advised. Hearing screen passed. Hip check normal. No [[Down's syndrome]] markers noted on the newborn check.",
            "Heel prick result normal; [[Guthrie]] card confirmed received.",
            "The family's first language is not English at home; {R_f} declined an interpreter for today.",
            "Tongue-tie query: referred to the infant feeding team, who will phone {R_f}.",
        ),
        endings=(
            "Entry by {T} (HV), {time}.",
            "{T_i}, Health Visitor, {trust}.",
        ),
        register="notes",
    ),
    Style(
        name="school_nurse_referral",
        author="school nurse's referral letter to CAMHS and the GP",
        child=True,
        headers=(
            "School Nursing Service, {trust}\nReferral to CAMHS Single Point of Access\nRe: {P_C}, DOB {dob}, NHS No. {nhs}",
            "To: CAMHS SPA and {D_t}, {gp}\nFrom: {S}, School Nurse\nRe: {P}  ({dob})\n{addr_ml}",
        ),
        sections=(
            (
                "I am writing about {P_f}, a Year 9 pupil at {school}, who self-referred to my drop-in on {date}. {P_f} told me {he} has been cutting {his} forearms for about two months, most recently {dthe}, using a pencil sharpener blade. The wounds I saw were superficial and healing.",
                "{P_f} was brought to my drop-in by {his} form tutor, {Y_t}, on {date} after friends raised concerns. {P_f} disclosed that {he} has been restricting food, eating only one meal a day, and weighing {him}self several times a day. BMI today is on the 2nd centile.",
            ),
            (
                "{P_f} lives with {his} {parent}, {R}, and two younger siblings. {R_f} is aware of this referral and agrees with it; {R_f} can be reached on {phone}. {P_f} has a diagnosis of [[ADHD]] and takes [[methylphenidate 18mg]] in the mornings. There is no previous CAMHS involvement.",
                "Home life: parents separated in {year}; {P_f} spends weekdays with {R_f} at the address above and weekends with the other parent in {town2}. {R_f} has been informed of my concerns by phone and gave consent to share ({phone}).",
            ),
            (
                'Risk: {P_f} denies any plan to end {his} life but says {he} "sometimes wishes {he} wasn\'t here". I completed a safety plan with {him} and informed the designated safeguarding lead, {T}, in line with school procedures.',
                "Physical observations at school: pulse 48, BP {bp}, postural drop noted. I advised {R_f} to take {P_f} to the GP the same week; appointment made with {D_t} for {date}.",
            ),
            (
                "I would be grateful for an assessment. I am in school on Tuesdays and Thursdays and can be contacted on {phone2} or by e-mail at {email_S}.",
                "Please contact me if you need further information. Secure e-mail: {email_S}.",
            ),
        ),
        extras=(
            "{P_f}'s previous school was {school} in {town2}, where there were no concerns recorded.",
            '{P_f} has asked that {his} {parent} is not told about a boyfriend/girlfriend called "{X_n}"; I have respected this.',
            "School immunisations ([[HPV]], [[Td/IPV]]) are up to date as of {date}.",
            "{P_f}'s attendance this term is 78%.",
            "A friend, {X_f}, has also been seen by me this term, but I have not shared anything about {X_f} here.",
            "The school's pastoral lead has requested a meeting on {date} at {time}.",
            '{P_f} plays for the {town} under-15s netball team and said this is "the only thing that helps".',
            "No concerns noted about [[Osgood-Schlatter disease]], which the GP letter from {year} mentions.",
        ),
        endings=(
            "Yours sincerely,\n{S}\nSchool Nurse ({band})",
            "Kind regards,\n{S_f}\nSchool Nursing Team, {trust}",
        ),
        register="formal",
    ),
    Style(
        name="dental_incident",
        author="dental practice incident report: wrong tooth extraction or missed anticoagulant",
        old=True,
        headers=(
            "Incident report, {dental}. Date of incident: {day0}. Patient: {P_tf}, {age_yo}, DOB {dob}.",
            "DENTAL INCIDENT FORM  Practice: {dental}  Patient: {P_C}  NHS no {nhs}  Ref {datix}",
        ),
        sections=(
            (
                "{P_t} attended at {time} for extraction of the lower left first molar (LL6) planned by the dentist {D} (GDC {gdc}). The lower left second molar (LL7) was extracted in error. The dental nurse, {S_f}, noted the error when checking the radiograph after the procedure.",
                "{P_t}, who lives at {home} in {town}, was seen on a domiciliary visit by {D_t} (GDC {gdc}). {P_f}'s medication chart listing [[warfarin 3mg]] and an INR of 3.4 was not checked before two extractions. Bleeding continued for several hours and {P_t} was taken to {hospital}.",
            ),
            (
                "The patient was told immediately. {P_t} was upset and asked for {his} {rel}, {R}, to be called; {R_f} came to the practice from {street} and stayed with {him}. The tooth charting on the referral from {gp} had used the [[FDI]] notation (36) while the practice uses Palmer.",
                "Care home staff (senior carer {T_f}) said the chart had been faxed to the practice on {date}. The practice did not have the [[MAR]] chart on file. {R_f}, {P_f}'s {rel}, complained in person on {date}.",
            ),
            (
                "Contributory factors: no pause before the extraction (no [[LocSSIPs]] check), an unfamiliar nurse on the day, and a 15-minute appointment slot. The practice principal, {X}, has informed NHS England's dental contract team.",
                "Contributory factors: domiciliary visits are booked by phone ({phone}) without a written medicines history; the anticoagulant section of the medical history form was blank. Principal dentist {X_t} has introduced a check of [[INR]] within 72 hours.",
            ),
            (
                "An apology letter was sent on {date} to the address on file ({addr}).",
                "The family asked for all further correspondence to go to {R_f} at {email_R}.",
            ),
        ),
        extras=(
            "The practice's phone line for patient queries is {phone}.",
            "The referral letter from {gp} was dated {date} and signed by {X_t}.",
            "{P_f}'s {rel}, {R_f}, also asked for the practice's complaints policy to be sent to {email_R}.",
            "Local anaesthetic used: [[articaine 4%]] with adrenaline, one cartridge.",
            "Medical history includes [[Sjögren's syndrome]] and a previous [[Bell's palsy]].",
            "Follow-up appointment booked for {date} at {time}.",
            "Radiograph reference {acc} retained.",
            "{S_f} (dental nurse, GDC {gdc}) gave a written account the same day.",
        ),
        endings=(
            "Reported by {D}, {date}.",
            "Form completed by practice manager {T}, {day0}.",
        ),
        register="notes",
    ),
    Style(
        name="optometry_referral_missed",
        author="eye clinic governance review of a community optometrist's referral that was never booked",
        old=True,
        headers=(
            "Ophthalmology governance review. Patient: {P_t} (hosp no {hosp}, NHS {nhs}). Referral from {opticians}, optometrist {S} (GOC {goc}).",
            "Review of delayed referral, {hospital} Eye Unit. {P_U}, {age_yo}, {addr}.",
        ),
        sections=(
            (
                "On {date} {S_f} saw {P_t} for a routine sight test and found raised pressures (IOP 34 and 31 mmHg) and cupping. An urgent referral was e-mailed to the eye unit's referral mailbox ({email_org}). The referral was received but filed to the wrong patient, {X}, with a similar name.",
                "{P_t} attended {opticians} on {date} complaining of distorted vision in the right eye. [[Amsler grid]] distortion and a macular haemorrhage were seen and a fast-track wet [[AMD]] referral was sent. The referral was marked as routine by the booking team.",
            ),
            (
                "{P_t} was not contacted. {His} {rel}, {R_f}, rang the eye unit on {date} and again on {date}; on both occasions the call handler found no referral under {P_f}'s NHS number. {R_f}'s number recorded in the notes is {phone}.",
                "{P_f} was eventually seen on {date}, eleven weeks after the referral, by {D_t}. Visual acuity had dropped from 6/9 to 6/60 in the right eye. [[Ranibizumab]] was started, but the [[macular scar]] is permanent.",
            ),
            (
                "Findings: the referral mailbox is checked by one administrator, {T_f}, with no cover during leave. The referral proforma has no NHS number field. Patients with similar names are not flagged.",
                'Findings: the triage clinician ({D_l}) did not see the referral letter itself, only a summary typed by the booking team; the word "urgent" was in the body of the letter but not in the subject line.',
            ),
            (
                "Apology given to {P_t} and {R_f} at a meeting on {date}. Duty of candour letter sent to {addr}.",
                "{P_f} is registered sight impaired. Learning shared with the [[LOCSU]] pathway group and the local optical committee.",
            ),
        ),
        extras=(
            "The other patient with a similar name, {X}, was contacted and had not been harmed.",
            "{P_f}'s daughter-in-law e-mailed the unit from {email_R} on {date} asking for an update.",
            "Visual fields on {date}: [[MD -12.4]] right, [[MD -3.1]] left.",
            "{P_t} has [[Fuchs' dystrophy]] in both eyes and a history of [[Horner's syndrome]].",
            "Pressures on review: 28 and 26 on [[latanoprost]].",
            "The optometrist's practice phone number is {phone2}.",
            "{P_f} lives alone and relies on {his} {rel} for transport from {town}.",
            "Incident reference {datix}.",
        ),
        endings=(
            "Review author: {D}, consultant ophthalmologist, {date}.",
            "Prepared by {T}, eye unit service manager.",
        ),
        register="notes",
    ),
    Style(
        name="sexual_health_note",
        author="sexual health clinic consultation note with a partner notification and a safeguarding flag",
        headers=(
            "GUM clinic attendance {day0}. Clinic no: {hosp}  (patient gave name as {P})  Seen by {S_f}, SHA.",
            "Sexual health consultation, {hospital} GUM clinic, {time}. Pt: {P_C}. Contact consent: text only to {phone}.",
        ),
        sections=(
            (
                'Attended walk-in with dysuria for {dur}. Two partners in the last three months: a regular partner ("{X_f}") and a casual partner met through an app. Condom use inconsistent. Last screen {dmy}, negative. Vaccinations: [[hepatitis B]] course complete.',
                "Booked for PEP follow-up after a condomless contact on {date}. Started [[Truvada]] and raltegravir at the emergency department of {hospital} within 40 hours. Reports nausea but has not missed a dose.",
            ),
            (
                "Examination: discharge noted. Microscopy positive for intracellular diplococci. Treated with [[ceftriaxone 1g]] IM today. NAAT and bloods sent (lab no {lab}). Advised to abstain for seven days.",
                "Bloods: HIV 4th gen test sent, syphilis serology, [[hep B]] and C. Creatinine and [[eGFR]] normal. Patient asked that no letter is sent to the GP at {gp}.",
            ),
            (
                "Partner notification: patient will tell the regular partner; the casual partner was given a contact slip code {ref}. Health adviser {T} will follow up by text in two weeks.",
                'Safeguarding: patient is {age} and gave an address at {hostel}; disclosed being given money for sex by an older man known as "{Y_f}". Discussed with the clinic\'s safeguarding lead, {T_t}, the same afternoon; referral made to the exploitation team at {council}.',
            ),
            (
                "Results to be sent by text to {phone} using the agreed codeword only.",
                "Patient asked to be contacted by e-mail instead: {email_P}. Consent recorded.",
            ),
        ),
        extras=(
            'Patient prefers to be called "{P_n}" and uses they/them pronouns at the clinic.',
            "Last attended on {date} under clinic number {hosp}.",
            "Previous [[gonorrhoea]] treated at {hospital2} in {year}.",
            "Smoker, alcohol about {count} units a week, no injecting drug use.",
            "Contraception: [[Depo-Provera 150mg]] last given {date}.",
            "Previously seen under a different clinic number at {hospital2}.",
            "Pregnancy test negative. [[Chlamydia]] NAAT pending.",
            "Interpreter offered and declined.",
        ),
        endings=(
            "{S_i} / {S}, {band} sexual health adviser.",
            "Seen and discussed with {D} (consultant GUM), {time}.",
        ),
        register="notes",
    ),
    Style(
        name="dialysis_incident",
        author="renal dialysis unit incident report on a missed session or needle dislodgement",
        old=True,
        headers=(
            "Renal Unit incident, {renal}. Patient: {P_tf}, hosp no {hosp}. Date and time: {day0}, {time}.",
            "HAEMODIALYSIS INCIDENT  {P_U}  NHS {nhs}  DOB {dob}  Shift: afternoon  Ref {datix}",
        ),
        sections=(
            (
                "{P_t} dialyses Monday, Wednesday and Friday via a left brachiocephalic fistula. At {time}, 2h10 into the session, the venous needle dislodged while {P_f} was asleep under a blanket. The venous pressure alarm had been silenced twice earlier in the session by staff nurse {S_f}.",
                "{P_t} did not attend the Friday session because the transport from {transport} did not arrive. Nobody rang the unit until {time}. {P_f} came in on the Monday with a potassium of 7.1 and fluid overload and was admitted to {ward}.",
            ),
            (
                "Estimated blood loss 400ml. Hb dropped from 102 to 79. {P_t} was transferred to {hospital} under {D_t}, given one unit of blood and returned to the unit {dthe}. {His} {rel} {R} was phoned on {phone}.",
                "{P_f}'s {rel}, {R_f}, told us that the driver had phoned to say the vehicle was broken down but no one told the unit. {R_f} lives in {town2} and usually rings on dialysis days.",
            ),
            (
                "The unit was short of one {band} nurse that afternoon. The [[Kt/V]] for the session was not recorded. The blanket policy (lines visible at all times) was not followed. Nurse in charge: {T}.",
                "The unit's did-not-attend process relies on the coordinator ringing the patient at home ({phone2}) within 30 minutes. This did not happen because the coordinator, {T_f}, was covering the chair {count} patients.",
            ),
            (
                "Duty of candour conversation held with {P_t} on {date}; letter sent to {addr}.",
                "{P_t} has asked for the transport provider to be reviewed. Shared with the commissioners and the [[UK Kidney Association]] audit lead.",
            ),
        ),
        extras=(
            "Pain relief during the session: {dose}.",
            '{P_f}\'s own account is quoted with permission: "I told {S_lf} the alarm kept going."',
            "{P_f}'s transplant work-up was paused on {date}; the transplant coordinator is {X}.",
            "Potassium 6.4 on arrival; [[calcium resonium]] prescribed.",
            "The unit manager, {T}, can be reached on {phone2}.",
            "Dry weight 58.5kg; pre-weight 61.2kg. Heparin [[5,000 units]] bolus as prescribed.",
            "{P_f} has [[Alport syndrome]] and has been on dialysis since {year}.",
            "Vascular access nurse {X} reviewed the fistula {dthe}: no damage.",
            "Epo dose: [[Mircera 75 micrograms]] monthly.",
            "{P_f} is {age} and lives with {his} {rel}.",
        ),
        endings=(
            "Reported by {S}, staff nurse, {renal}.",
            "Reviewed by {D}, consultant nephrologist, {date}.",
        ),
    ),
    Style(
        name="outreach_review",
        author="critical care outreach team review after a delayed ICU admission",
        old=True,
        headers=(
            "Critical Care Outreach review. {P_t}, {age_yo}, {wardno}, {bed}. Hosp no {hosp}. Called {day0} {time}.",
            "CCOT follow-up of delayed escalation. Patient {P_C} ({hosp}), {ward}, {hospital}.",
        ),
        sections=(
            (
                "Called by the ward nurse {S_f} for {score} and a respiratory rate of 32. On arrival: [[Kussmaul breathing]], BP {bp}, {spo2} on 4L. Lactate 5.8, [[pH 7.12]]. This was the third call in six hours; the first two were handled by the ward FY1, {T_f}, with fluid boluses.",
                '{P_f} had been on {ward} for three days after a laparotomy. Observations were recorded late on the night of {date}: {news} at {time} was not escalated because the nurse believed it was the patient\'s "normal". Outreach nurse {S} was called at {time}.',
            ),
            (
                "Discussed with the ICU registrar {D_t} (GMC {gmc}) who reviewed at {time}. Admission agreed, but no bed was available until {time} the next morning; {P_t} was managed in the recovery area with [[noradrenaline]] via a peripheral line.",
                'The critical care consultant, {D}, accepted the patient but ICU was full with a patient waiting from ED. {P_f}\'s {rel}, {R_f}, arrived at {time} and was told {P_f} "might not survive the night".',
            ),
            (
                "{R} ({rel}) later said the family had raised concerns with the ward since {dthe} and felt unheard. {R_f} asked us to use {R_f}'s e-mail, {email_R}, for updates.",
                "{P_t} died on ICU on {date}. The [[Cheyne-Stokes breathing]] noted on the ward chart at {time} was not recognised as a deterioration sign.",
            ),
            (
                "Learning: the [[NEWS2]] escalation card was out of date on that ward; the Hospital at Night team was covering {count} wards.",
                "Learning: outreach does not cover {ward2} at night; ward staff were not aware they could ring the ICU directly on {bleep}.",
            ),
        ),
        extras=(
            "{P_f} had been moved from {wardno} to {ward} at {time} without a handover to the night team.",
            "The family later shared a tribute page, {url}, with the ward team.",
            "{P_f}'s {rel}, {R_f}, lives at {addr2} and was first called at {time}.",
            "The ward FY1 was {T}; the registrar was covering {count} patients on the take.",
            "[[Sepsis Six]] bundle started at {time}; antibiotics given at {time}.",
            "Past history: [[Addison's disease]], [[type 2 diabetes]].",
            "Fluid balance chart incomplete for the preceding {count} hours.",
            "Arterial gas at {time}: [[pO2 7.8]], [[base excess -9]].",
            "Patient safety ref {datix}.",
            "{P_f} had a DNACPR decision recorded on {date} by {D_t}.",
        ),
        endings=(
            "{S}, Critical Care Outreach Practitioner, {band}.",
            "Outreach lead: {T}. Presented at the deteriorating patient group on {date}.",
        ),
    ),
    Style(
        name="neonatal_incident",
        author="neonatal unit incident report: TPN error, line extravasation or wrong expressed milk",
        child=True,
        infant=True,
        headers=(
            "NNU incident report. Baby {P_l} (first name {P_f}), hosp no {hosp}, NHS {nhs}. DOB {dob}, gestation at birth [[27+3]].",
            "Neonatal Unit, {hospital}. Incident {datix}. Infant: BABY {P_l} ({P_i}), cot {count}, ITU nursery.",
        ),
        sections=(
            (
                "At {time} on {date} Baby {P_l} was given 20ml of expressed breast milk labelled for another baby, Baby {X_l}, from the milk fridge. The error was found at the next feed when the nurse, {S_f}, noticed the bottle label did not match. Both families were informed.",
                "During a night shift the PN bag for Baby {P_l} was connected at 8ml/hr instead of 0.8ml/hr. The pump alarm was cleared by a nurse from the agency, {T}. Blood glucose rose to 24 mmol/L before the error was noticed at {time}.",
            ),
            (
                "Parent: {R} ({parent}), contact {phone}. {R_f} was upset and asked whether the other baby's mother had tested negative for [[HIV]] and [[CMV]]. The neonatal consultant, {D}, spoke to both families the same day.",
                'Parents ({R} and {Y}) were at the cot side at {time} and noticed the baby was "jittery". Their concerns were raised with {S_f} but not escalated to the registrar until {time}.',
            ),
            (
                "Contributing factors: two cots in the same bay with similar surnames; milk labels handwritten; fridge not locked; the hospital number on the bottle ({hosp2}) belonged to a discharged baby.",
                "Contributing factors: the smart pump drug library was not used; a {band} nurse was looking after four babies including one on [[nitric oxide]]; the second check was done from the prescription, not the pump.",
            ),
            (
                "Duty of candour letter sent to the family home, {addr}, on {date}.",
                "Parents have been offered a meeting with the {trust} patient safety team on {date}.",
            ),
        ),
        extras=(
            "The baby's sibling, {X_f}, was born at {hospital2} and also spent time on a neonatal unit.",
            "Parents' contact e-mail: {email_R}.",
            "Blood spot card sent {date}; [[TcB]] monitoring continued.",
            "Caffeine citrate [[5mg/kg]] daily; weight today 1,040g.",
            "Cranial ultrasound: [[grade II IVH]] on the left, unchanged.",
            "The other baby's parent, {X}, has been told separately.",
            "Apgar [[6 at 1 minute]], [[8 at 5 minutes]].",
            "Reported to the [[neonatal ODN]] as a moderate-harm incident.",
        ),
        endings=(
            "Reported by {S}, Neonatal Nurse, {time}.",
            "Reviewed by {D}, Consultant Neonatologist, {date}.",
        ),
    ),
    Style(
        name="thrombolysis_delay",
        author="stroke thrombolysis door-to-needle delay review by the stroke consultant",
        old=True,
        headers=(
            "Stroke thrombolysis delay review. Patient {P_tf}, {age_yo}. Hosp {hosp}. Arrived ED {day0}, {time}.",
            "Door-to-needle review (SSNAP case {ref}): {P_U}, DOB {dob}, brought in by {amb}.",
        ),
        sections=(
            (
                "Last known well at {time} at home, {addr}, when {his} {rel} {R_f} saw {him} having breakfast. {R_f} found {him} on the kitchen floor at {time}, unable to speak, and rang 999. Pre-alert was given by the crew (paramedic {X}) at {time}.",
                "{P_t} woke at {time} with right-sided weakness at {home}; the night carer, {X_f}, had checked on {him} at {time}. Onset therefore uncertain. The crew did not pre-alert because the onset time was unclear.",
            ),
            (
                "NIHSS on arrival {count}, {gcs}. CT head and CT angiogram were requested at {time}, but the scanner was in use for a trauma call. The stroke registrar ({D_t}, {bleep}) was in the ward round on {ward}. Door-to-CT 64 minutes; door-to-needle 112 minutes.",
                'The ED triage nurse, {S_f}, recorded "?[[Bell\'s palsy]]" and put {P_f} in majors rather than the resus bay. {P_f} was on [[apixaban 5mg]] BD; the last dose time was not known until {R_f} rang back at {time}.',
            ),
            (
                "[[Alteplase]] was given at {time}. Repeat CT at 24 hours showed a left MCA infarct. {P_t} was discharged to {home} on {date} with a modified Rankin of 4.",
                "Thrombolysis was not given because {P_f} was outside the window by the time bloods returned. Thrombectomy referral to {hospital2} was declined by their on-call team (ref {ref}).",
            ),
            (
                "Actions: direct-to-CT pathway for pre-alerted patients; a stroke nurse in ED 24/7 from {dmy}.",
                "Actions: the ambulance trust will be asked to pre-alert when onset is uncertain; stroke bleep to be held by the nurse, not the registrar.",
            ),
        ),
        extras=(
            "{R_f}'s contact number recorded in ED was {phone}.",
            "The CT request was made under {P_f}'s old hospital number, {hosp2}, from a previous admission.",
            "Pre-stroke [[mRS 1]]; lived with {his} {rel} at {addr}.",
            "BP {bp} on arrival; [[labetalol]] given to bring it below 185/110.",
            "{P_f} has [[atrial fibrillation]] and [[Paget's disease]] of the pelvis.",
            "Blood glucose 7.4, [[INR 1.1]].",
            "The family complaint ({ref}) was acknowledged on {date}.",
            "{P_f} is {age} and was independent before the stroke.",
        ),
        endings=(
            "Review by {D}, stroke consultant, {date}.",
            "Prepared by {S}, stroke specialist nurse, for the stroke governance meeting.",
        ),
    ),
    Style(
        name="outbreak_meeting",
        author="minutes of an infection prevention and control outbreak meeting (norovirus, C. diff, COVID)",
        old=True,
        headers=(
            "OUTBREAK CONTROL MEETING - {ward}, {hospital}\nDate: {day0}, {time}, Teams\nChair: {D} (DIPC)",
            "Minutes: IPC incident meeting re {ward} and {home}\nPresent: {S} (IPC nurse), {T_f} (matron), {D_t} (microbiology), {X} (UKHSA health protection)",
        ),
        sections=(
            (
                "1. Situation. {count} patients and {count} staff with diarrhoea and vomiting since {date}. Norovirus GII confirmed on two samples (lab nos {lab}). The index case is believed to be {P_t}, {age_yo}, admitted from {home} on {date}, hosp no {hosp}.",
                "1. Situation. Three cases of [[C. difficile]] toxin-positive diarrhoea on the same bay within 28 days. Ribotyping requested. Cases: {P_C} ({hosp}), {Y_fi} and a third patient who has since been discharged to {town2}.",
            ),
            (
                "2. Actions. Ward closed to admissions from {time} on {dthe}. Deep clean with [[hydrogen peroxide vapour]] booked. Staff off sick to remain off for 48 hours symptom-free; the ward manager, {T_f}, will keep the staff list.",
                "2. Antimicrobial review: {P_f} had received [[co-amoxiclav]] and then [[clindamycin]] for a chest infection; {D_l} recommended [[vancomycin 125mg]] QDS. Isolation was delayed {dur} because no side rooms were available.",
            ),
            (
                "3. Family communication. {P_t}'s {rel}, {R}, had complained that visiting was stopped without notice. {S_f} rang {R_f} on {phone} to explain. {R_f} asked for the care home to be told before {P_f} went back.",
                "3. Care home liaison: {home} has {count} residents unwell. The home manager, {Y}, can be reached on {phone}. UKHSA reference {ref}. The home will stop admissions until {date}.",
            ),
            (
                "4. Next meeting {date}. Actions to be sent from {email_org}.",
                "4. Declared over on {date} if no new cases. Incident logged as {datix}.",
            ),
        ),
        extras=(
            "Action: {S_f} to e-mail the ward list to UKHSA at {time} each day.",
            "{P_f}'s {rel}, {R_f}, has asked to be told before any transfer back to {home}.",
            "Environmental swabs: {count} taken, results awaited (lab {lab}).",
            "Hand hygiene audit on the ward: 74% in {dmy}.",
            "One staff member, HCA {Y_f}, was admitted to {hospital2} with dehydration and has recovered.",
            "Bristol stool chart entries were missing for two patients; the [[Bristol stool chart]] will be added to the e-obs.",
            "{P_f} also has [[Parkinson's disease]] and needs time-critical medication, which was given on time throughout.",
            "A press enquiry was received from the {town} Echo; communications team to respond.",
        ),
        endings=(
            "Minutes taken by {Y}, IPC administrator.",
            "Actions owner: {S}, Lead IPC Nurse.",
        ),
        joiner="\n",
    ),
    Style(
        name="mortuary_release",
        author="mortuary and bereavement office incident: a body released to the wrong funeral director",
        old=True,
        headers=(
            "Mortuary incident report, {hospital}. Deceased: {P_U}, {age}, date of death {day0}. Mortuary no {mortuary}.",
            "Bereavement Office incident {datix}: release of the deceased {P_tf} (hosp no {hosp}, NHS {nhs}).",
        ),
        sections=(
            (
                "On {date} at {time} the mortuary released the body of {P_tf} to {funeral}. The family had instructed a different funeral director. The release form had been completed from the bereavement office's list, which had the wrong firm against {P_f}'s name after a phone call from a second family with the surname {P_l}.",
                "The body of {P_t} was released on {date} to a funeral director collecting for a different deceased, {X}, whose identity band had the same first initial and surname. The mortuary technician, {S_f}, checked one identifier (the name) rather than three.",
            ),
            (
                "The error was found when {P_f}'s {rel}, {R}, arrived at the chapel of rest on {street} and was shown a stranger. {R_f} was distraught. {R_f}'s phone number in the bereavement office file is {phone}.",
                "The other family's funeral director noticed the wrong name on the band at the funeral home and rang the mortuary at {time}. The body was returned to the mortuary the same evening.",
            ),
            (
                "The bereavement officer, {T}, had taken over the phone queue from a colleague on leave. The MCCD had been issued by {D_t} on {date} and the medical examiner's office had no involvement in the release. The [[HTA]] was notified as a serious incident (ref {ref}).",
                "The mortuary manager, {T_t}, found that the identification policy in use was from {year}. The body store had three deceased with the surname {P_l} in the same week. The [[Human Tissue Authority]] was informed as an HTARI.",
            ),
            (
                "A meeting with the family was held on {date}. {R_f} asked for written answers to {email_R}.",
                "The funeral director's manager wrote to the trust at {email_org} on {date}; the trust's reply went on {date}.",
            ),
        ),
        extras=(
            "The body had been moved from {wardno} at {time} by the porters.",
            "The family had posted funeral details for {P_kn} on {url}.",
            "The second deceased with a similar name was {X}, whose family were also informed.",
            "{R_f}'s address for correspondence is {addr}.",
            "The mortuary log shows the collection at {time} and the release signature {S_i}.",
            "Cause of death as given: 1a [[bronchopneumonia]], 2 [[Alzheimer's disease]].",
            "The body was in fridge space {count}, not tagged with a second wristband.",
            "{P_f} had lived at {addr}.",
            "The funeral was able to go ahead on {date} as planned.",
            "The coroner was not involved; the death was certified by the attending doctor.",
        ),
        endings=(
            "Report by {T}, Mortuary and Bereavement Services Manager.",
            "Completed by {S}, APT, {date}.",
        ),
        register="notes",
    ),
    Style(
        name="patient_transport",
        author="non-emergency patient transport service incident, written by the crew and the control room",
        old=True,
        headers=(
            "PTS incident report - {transport}\nJob ref {booking}  Patient: {P_C}, {age_yo}  Pick-up: {addr}",
            "Non-emergency transport incident. Patient {P_tf} collected from {hospital} for discharge home. Booking {booking}. Date {day0}.",
        ),
        sections=(
            (
                "Crew (ACA {S_f} and driver {T_f}) arrived at {time} for a 10:00 renal appointment. {P_t} was seated in a wheelchair and the tail-lift was lowered. The wheelchair was not clamped because the clamp on the vehicle was broken. On a roundabout on {street} the chair tipped and {P_f} struck {his} head.",
                '{P_t} was discharged from {ward} at {time} with a transport booked for stretcher. A seated vehicle was sent. The crew, {S_f} and {T}, were told by the ward that {P_f} could "manage" and took {him} home sitting up. {P_f} was found by {his} {rel} that evening on the hall floor.',
            ),
            (
                "999 called at {time}; {amb} attended (CAD {ref}). {P_f} was taken to {hospital}. CT showed no bleed. Skin tear to the forearm dressed. {His} {rel}, {R}, was phoned by control at {time} on {phone}.",
                "{R_f}, the {rel}, said the crew left {P_f} in the front room with the door unlocked and a key in the key safe (code not recorded here). {R_f} rang the control room on {phone2} to complain.",
            ),
            (
                "The vehicle defect had been reported on {date} but not actioned. The crew had a {count}-job shift with no break. Control room supervisor: {X}.",
                "The booking was made by the ward clerk, {Y_f}, using the online portal; the mobility field was left at the default. The [[Clinical Frailty Scale]] of 7 on the discharge letter was not visible to the transport provider.",
            ),
            (
                "Incident shared with the trust's patient safety team ({datix}) and the contract manager.",
                "{P_f}'s family have asked the provider to respond in writing to {addr}.",
            ),
        ),
        extras=(
            "{P_f}'s GP is at {gp}; a copy of the incident form was sent there on {date}.",
            "The crew's vehicle call sign was [[PTS 47]]; tracking data retained.",
            "{R_f} e-mailed photographs of the bruising to {email_org} on {date}.",
            "Observations by the crew: pulse 96, BP {bp}, {spo2} on air.",
            "{P_f} is {age} and has [[Parkinson's disease]].",
            "The journey log shows the vehicle left {town} at {time}.",
            "Patient's own wheelchair was not the one in the booking notes.",
            "A complaint was later made to the ICB by {R_f} ({email_R}).",
        ),
        endings=(
            "Completed by {S}, Ambulance Care Assistant, {time}.",
            "Reviewed by {X}, PTS Operations Manager, {date}.",
        ),
    ),
    Style(
        name="homeless_outreach",
        author="street outreach nurse's note for a rough sleeper, with hostel, hospital and drug service contacts",
        headers=(
            'Homeless health outreach note. Seen: {day0} {time}, doorway on {street}.\nClient: "{P_n}" (gave full name as {P}), DOB {dob}, NHS {nhs}.',
            "Outreach contact - {P_C} - no fixed abode (last address {addr}). Seen by {S_f} and {T_f}.",
        ),
        sections=(
            (
                '{P_f} was asleep in a sleeping bag with a leg wound visibly weeping through the trousers. Says {he} was discharged from {hospital} on {date} "with some antibiotics" but lost them when {his} bag was taken. Injects heroin into the groin; on [[methadone 60ml]] from {pharmacy}, picked up daily.',
                "Street count volunteers reported {P_f} had not been seen for {count} days. Found at the back of the bus station. Cold to touch, confused, {gcs}. Rang 999 at {time}; {amb} attended within 40 minutes (CAD {ref}).",
            ),
            (
                "Wound: 6cm x 4cm, sloughy, cellulitis spreading to the knee. Temperature 38.4. Advised to attend ED; {he} refused because of previous experiences. Dressed the wound on the street and contacted the GP for homeless people at {gp}, who agreed to see {him} today at {time}.",
                'In ED, {P_f} gave {his} name as "{P_nl}" and a date of birth that differed from our record. A second hospital number ({hosp2}) was created. The outreach team was not told when {he} was discharged at {time}.',
            ),
            (
                "Housing: has a bed offered at {hostel} but was evicted after a disagreement with another resident, {Y_f}. Housing officer at {council} is {X} ({email_X}). Sister in {town2}, {R_f}, sometimes lets {him} stay; number {phone}.",
                'Previously housed by {housing} at {addr2} until {dmy}. A safeguarding concern was raised with {council} (ref {ref}) because of self-neglect and exploitation by a man called "{Y_n}".',
            ),
            (
                "Plan: daily dressing by the outreach van at {street}; naloxone kit replaced.",
                "Plan: hospital in-reach to be alerted by e-mail ({email_S}) if {P_f} is readmitted.",
            ),
        ),
        extras=(
            "A friend has set up a page to raise money for {P_f}'s deposit: {url}.",
            'Whiteboard entry copied into the notes: "{P_lc} - legs again - for {D_lt} at the hub".',
            "{P_f} says {his} birthday is {dob} but has given other dates at {hospital}.",
            "Benefits: Universal Credit claim suspended since {date}.",
            '{P_f} was previously known to services in {town2} under the name "{P_nl}".',
            "Hep C antibody positive in {year}; treatment not completed.",
            "{P_f} uses a phone that is often out of credit: {phone2}.",
            "Drug service key worker is {X_f} at the {town} recovery hub.",
            "Blood sugar 4.1; given food and a hot drink.",
            "{P_f} asked us not to contact {his} {rel}.",
        ),
        endings=(
            "{S}, Homeless Health Nurse. Entered {time}.",
            "{S_i}/{T_i} outreach. Next visit {date}.",
        ),
        register="notes",
    ),
    Style(
        name="interpreter_incident",
        author="incident report where the interpreting arrangements failed, naming the interpreter and agency",
        old=True,
        headers=(
            "Incident: interpreting not provided / inappropriate interpreter. Patient {P_tf} (hosp {hosp}). Language: {lang}.",
            "Datix {datix} - communication and consent. {P_C}, DOB {dob}, {ward}, {hospital}.",
        ),
        sections=(
            (
                "{P_t}, {age_yo}, speaks {lang} and little English. An interpreter was booked through {agency} for {time} on {date} for a consent discussion before an endoscopy. No interpreter attended. The endoscopist, {D_t}, went ahead using {P_f}'s grandson, aged {young}, to interpret.",
                "A telephone interpreter, {X} (badge {ref}), was used for a discharge conversation with {P_t}. After the call {P_f}'s {rel}, {R_f}, said the interpreter spoke a different dialect and that {P_f} had not understood that {his} [[warfarin]] dose had changed.",
            ),
            (
                '{P_f}\'s {rel}, {R}, complained the next day. {R_f} said the grandson was not told the risks of perforation and did not know the word for "biopsy". {R_f} can be contacted on {phone} and asked for a face-to-face interpreter at every future appointment.',
                '{P_f} was readmitted on {date} with an INR of 8.2 and a [[haematoma]]. The discharging nurse, {S_f}, documented "interpreter used" without the interpreter\'s name or the agency reference.',
            ),
            (
                "The agency said the booking had been cancelled by e-mail from {email_S}; the ward has no record of cancelling. The agency's account manager, {Y}, can be reached on {phone2}.",
                "The trust's interpreting lead, {T}, found that the agency's {lang} interpreters had been used {count} times on the ward in {dmy} with no complaints recorded.",
            ),
            (
                "Duty of candour discussion held with an interpreter present on {date}.",
                "A letter in {lang} and in English was sent to {addr}.",
            ),
        ),
        extras=(
            "Interpreter booking reference {ref}; the booking was made by the ward clerk, {Y}.",
            "{P_f}'s {rel} can be e-mailed at {email_R}.",
            "The agency has been asked to confirm that {X_f} is on the national register.",
            "The consent form was signed with a mark; the [[Mental Capacity Act]] was not considered.",
            "{P_f} has [[Raynaud's phenomenon]] and [[type 2 diabetes]].",
            "The patient's GP at {gp} was not told of the incident until {date}.",
            "The family's own interpreter, a neighbour called {Y_f}, was turned away by the ward.",
            "{P_f} is {age} and lives with {his} {rel} in {town}.",
        ),
        endings=(
            "Reported by {S}, ward sister, {date}.",
            "Investigated by {T}, Patient Experience and Interpreting Lead.",
        ),
    ),
    Style(
        name="student_reflection",
        author="student nurse's reflective account (Gibbs cycle) after witnessing an incident on placement",
        old=True,
        headers=(
            "Reflective account - Gibbs' reflective cycle\nStudent: {S} (2nd year adult nursing)   Placement: {ward}, {hospital}\nPractice assessor: {T}",
            "Reflection for my practice assessment document. Placement area: {ward}. Date of event: {day0}. The patient is anonymised in my university work; named here for the incident review at the ward's request.",
        ),
        sections=(
            (
                'Description: on my late shift I was looking after a patient, {P_tf}, who was {age} and had been admitted with a fall. At about {time} I noticed {he} was more confused than at handover and had not passed urine. I told the healthcare assistant, {Y_f}, who said it was "sundowning".',
                "Description: I was supporting my assessor with the drug round when we found that {P_t}'s [[insulin glargine]] had been given twice, once at {time} by the day staff and again by the night nurse. {P_f} was {age} and had [[Addison's disease]] as well as diabetes.",
            ),
            (
                'Feelings: I felt nervous about challenging a more experienced colleague. I did not want to be seen as "the student who panics". I remembered from a lecture by {X} that [[4AT]] should be done when confusion changes, so I did one and it scored {count}.',
                "Feelings: I felt shocked and a bit sick. I also felt responsible because I had signed as the second checker on the chart at {time} without looking at the earlier entry.",
            ),
            (
                "Evaluation and analysis: I escalated to the nurse in charge, {T_f}, who called the doctor ({D_t}). {P_f} had a urinary retention of 900ml and was catheterised. {His} {rel}, {R_f}, thanked me when {R_f} visited the next day, which surprised me.",
                "Evaluation and analysis: capillary glucose fell to 2.1 at {time}. We followed the hypoglycaemia protocol with [[GlucoGel]] and then IV glucose. {P_t}'s {rel}, {R}, was phoned by {T_f} on {phone}. The [[Datix]] number was {datix}.",
            ),
            (
                "Action plan: I will read the trust's delirium guideline and speak up sooner. I discussed this reflection with my academic assessor, {D_t}, on {date}.",
                "Action plan: never sign a chart I have not checked. I have booked onto the trust's [[SBAR]] training on {date}. My university e-mail is {email_S} if the review team need anything else.",
            ),
        ),
        extras=(
            "{His} regular medicines included {dose}.",
            'Note to self from my pocket book: "{P_lf} - [[bay 3]] - keep an eye, tell {T_lf}".',
            "My practice supervisor on the day was {Y}, who was very supportive.",
            "I wrote this reflection on {date}, a week after the event.",
            "I told {P_t}'s {rel} only what I was allowed to and passed the rest to {T_f}.",
            "I was in week {count} of my placement.",
            "The bay had {count} patients and one registered nurse, {T_f}, who was also in charge.",
            "The patient's observations were BP {bp} and {news}.",
            "I also thought about the [[NMC Code]], which says we must act without delay if a patient is at risk.",
            "{P_f} went home to {addr} on {date}.",
        ),
        endings=(
            "Signed {S_i}, student nurse. Countersigned by {T} ({band}), NMC PIN {nmc}.",
            "{S_f}, student nurse, {date}.",
        ),
        register="informal",
    ),
    Style(
        name="locum_statement",
        author="locum doctor's statement for an incident investigation, first person",
        old=True,
        headers=(
            "Statement of {D_tf}, locum specialty doctor (GMC {gmc}), supplied by {staffing}.",
            "STATEMENT - {D_U}\nRole: locum registrar, general medicine, {hospital}\nRe: {P_tf} ({hosp}), {ward}\nIncident ref: {datix}",
        ),
        sections=(
            (
                "I was booked through the agency for a night shift on {date}, my first shift at this hospital. I did not receive an induction or login until {time}, so I could not view results for the first two hours. I had {count} patients on my list across three wards.",
                "I worked a long-day locum shift on {date}, my {count}th shift in the trust. I have worked as a locum since {year}. I was covering the medical take and the wards from {time} with one FY1, {S_f}.",
            ),
            (
                "At {time} I was bleeped by the nurse looking after {P_t}, {age_yo}, because of a potassium of 6.9. I asked for an ECG and prescribed [[calcium gluconate 10%]] and insulin-dextrose. I wrote the prescription on the paper chart because I had no EPMA access. The nurse, {T_f}, could not find the chart later and the treatment was delayed.",
                "At {time} I reviewed {P_t} on {ward}. The patient was drowsy with {gcs} and [[Cheyne-Stokes breathing]]. I was not told that {P_f} had been given [[oxycodone 10mg]] earlier by the day team. I prescribed naloxone but by then {P_f}'s {rel}, {R_f}, had arrived and was very distressed.",
            ),
            (
                "I handed over to the day registrar, {X_t}, at {time} and mentioned {P_t} as a patient to review first. I understand {P_f} had a cardiac arrest at {time} and died on {date}.",
                "I spoke to {R_f} on the phone ({phone}) at {time} and apologised that the family had not been called earlier. I escalated to the on-call consultant, {Y_t}, who came in.",
            ),
            (
                "I can be contacted through the agency or on my personal e-mail, {email_D}. I have reflected on this with my responsible officer.",
                "I believe the facts in this statement are true. My contact number is {phone2}.",
            ),
        ),
        extras=(
            "Analgesia charted: {dose} as required; {dose} regularly.",
            "My agency is {staffing}, and my booking reference for the shift was {ref}.",
            "{P_t}'s hospital number was {hosp}; I wrote it on my handover list.",
            "I have not worked at {hospital} since {date}.",
            "I did not have a smartcard, so I used a colleague's login to request the ECG. I now realise that was wrong.",
            "The patient had [[chronic kidney disease stage 4]] and [[Conn's syndrome]].",
            "The bleep I carried was {bleep}, which was not on the switchboard list.",
            "I have completed the agency's reflective template and shared it with my appraiser.",
            "The registrar who handed over to me was {X}.",
        ),
        endings=(
            "Signed: {D}  Date: {date}",
            "{D_tf}, GMC {gmc}, {date}.",
        ),
    ),
    Style(
        name="chaplaincy_note",
        author="hospital chaplaincy and spiritual care note at the end of life, with a complaint about a missed request",
        old=True,
        headers=(
            "Spiritual Care Team - referral and visit record. Patient: {P_tf}, {age}, {ward}. Faith: {faith}.",
            "Chaplaincy note, {hospital}. {P_C}. Referred by {S_f} (ward nurse) at {time}, {day0}.",
        ),
        sections=(
            (
                "Referral request: {P_f}'s {rel} {R_f} asked on {date} for the {faith} chaplain or a faith leader from their own community to visit before {P_f} died. The request was written on the handover sheet but not sent to the chaplaincy office ([[ext 4412]]) until {time} two days later.",
                "Visited at the bedside at {time} with {P_f}'s {rel}, {R}, and grandchildren. Prayers said at the family's request. {P_f} was unresponsive, breathing with pauses. The family had asked for the last rites since the morning.",
            ),
            (
                'By the time I arrived {P_t} had died at {time}. {R_f} was angry and tearful, saying "we asked for one thing". I stayed with the family for an hour and contacted their faith leader, {X}, on {phone}.',
                "I contacted the family's own faith leader, {X_t}, who came from {town2} and arrived after death. Washing and care after death was arranged in line with the family's wishes, with the bereavement office and {funeral}.",
            ),
            (
                "The family asked for the release of {P_f}'s body within 24 hours for religious reasons. The medical examiner's office and {D_t} arranged an urgent MCCD on {date}.",
                "The family were concerned about a post-mortem; I explained the coroner's role. {R_f} asked me to pass on a complaint to PALS, which I did through {email_org}.",
            ),
            (
                "Follow-up: bereavement support offered; {R_f} gave {email_R} for the memorial service invitation.",
                "I have recorded this for the ward's learning. Chaplain on call: {T}.",
            ),
        ),
        extras=(
            "Syringe driver: {dose} and [[midazolam 10mg]] over 24 hours.",
            "The family asked that {P_kn} be remembered at the hospital's memorial service.",
            "{R_f} can be reached on {phone} and asked for a call on the anniversary.",
            "{P_t} had been a volunteer at {hospice} for many years, the family said.",
            "The ward phoned the chaplaincy at {time}; the on-call chaplain was at {hospital2}.",
            "{P_f} had [[Huntington's disease]] and had been on the ward for {count} days.",
            "The ward's end-of-life care plan was started on {date}.",
            "A prayer mat and rosary were at the bedside; nothing was removed without the family.",
            "The family live at {addr}.",
            "{S_f} said the ward had two deaths on the same shift and was short of a {band} nurse.",
        ),
        endings=(
            "{T}, Chaplain (Spiritual Care Team), {date}.",
            "Revd {T}, Lead Chaplain.",
        ),
    ),
    Style(
        name="negligence_claim_letter",
        author="clinical negligence letter of claim from the family's solicitors to the trust's legal services",
        old=True,
        headers=(
            "{firm}\n{addr2}\nOur ref: {solref}   Your ref: {claim}\n\nLegal Services, {trust}\nBy e-mail: {email_org}\n\n{date}",
            "LETTER OF CLAIM (Pre-Action Protocol for the Resolution of Clinical Disputes)\nFrom: {firm}, ref {solref}\nTo: {trust}\nDate: {date}",
        ),
        sections=(
            (
                "Dear Sirs,\nOur client: {R} ({rel} and personal representative of the late {P_tf})\nDeceased: {P_U}, date of birth {dob}, NHS number {nhs}, hospital number {hosp}, formerly of:\n{addr_ml}",
                "Dear Legal Services Manager,\nWe act for {R_tf}, the {rel} of {P_t}, who died at {hospital} on {date}. {P_t}'s NHS number is {nhs}.",
            ),
            (
                "Summary of facts: {P_t} was admitted to {ward} on {date} after a fall at home. {He} was assessed as being at high risk of falls (Morse {count}0) but was placed in a side room without a falls sensor. On {date} at about {time} {he} was found on the floor having fractured {his} neck of femur. Surgery was delayed until {date}.",
                "Summary of facts: our client's {rel} attended the emergency department with chest pain radiating to the jaw. An ECG was reported by {D_t} as showing no acute changes. {P_t} was discharged at {time}. {He} was readmitted the following day with an [[anterior STEMI]] and died on {date}.",
            ),
            (
                "Allegations of breach of duty: failing to implement the falls care plan; failing to carry out neurological observations after an unwitnessed fall; failing to inform the family until {time}. We rely on the trust's own investigation report (ref {datix}), disclosed under the duty of candour.",
                "Allegations of breach of duty: the [[troponin]] of 84 ng/L was not repeated; the [[HEART score]] was not calculated; the patient was not discussed with a senior. Our expert cardiologist, {X_t}, will say that earlier treatment would, on the balance of probabilities, have avoided death.",
            ),
            (
                "Please acknowledge within 14 days and send the full records, including the CCTV and rota for {date}, to the writer, {Y} ({email_Y}, {phone}).",
                "Please reply within four months as the Protocol requires. Direct line for the writer, {Y}: {phone}.",
            ),
        ),
        extras=(
            "Our client has also published an account of events at {url}, which we ask the trust to note.",
            "We have obtained the GP records from {gp} and the ambulance records from {amb}.",
            "Our client's address for service is {addr2}.",
            "The death was reported to HM Coroner on {date}; inquest reference {ref}.",
            "Our client also seeks damages for psychiatric injury; {R_f} witnessed the deterioration on the ward.",
            "The deceased was {age} and lived independently before the admission.",
            "The funeral took place on {date}; funeral expenses are claimed.",
            "We enclose a signed form of authority for the records, dated {date}.",
            "The claim has been notified to NHS Resolution under reference {claim}.",
        ),
        endings=(
            "Yours faithfully,\n{firm}",
            "Yours faithfully,\n{Y}\nPartner, Clinical Negligence",
        ),
        register="formal",
    ),
    Style(
        name="mp_letter_reply",
        author="an MP's letter on behalf of a constituent and the trust chief executive's reply",
        old=True,
        headers=(
            "From the office of {X_tf} MP, House of Commons\nOur ref: {mp_ref}\n{date}\n\nDear Chief Executive,",
            "Letter from {X_t} MP (constituency office: {addr2}; tel {phone2}) re constituent {R_tf}, received {date}. Ref {mp_ref}.",
        ),
        sections=(
            (
                "I have been contacted by my constituent, {R}, of {addr}, about the care of {his} {rel} {P_t} at {hospital}. {R_f} tells me that {P_f}, who is {age}, waited {count} hours on a trolley in the emergency department on {date} and was not given food or water.",
                "My constituent {R_tf} has asked me to raise the treatment of {P_tf} (date of birth {dob}) on {ward}. {R_f} is concerned that a grade 3 pressure ulcer developed during a six-week stay and that the family were not told until {date}.",
            ),
            (
                "I would be grateful for a full reply that I can share with {R_f}, who has consented to my involvement. Please reply to my caseworker, {Y}, at {email_Y}.",
                "I should be grateful if you would look into this and reply to my office. My caseworker {Y_f} can be reached on {phone}.",
            ),
            (
                "Reply from {D}, Chief Executive, {trust}, dated {date}:\nThank you for your letter about {P_t}. I am sorry for the distress caused. We have reviewed {P_f}'s records (hospital number {hosp}) with the consent of {R_f}. On {date} the department had {count} patients waiting for a bed.",
                "Reply from the Chief Executive's office ({email_org}), {date}: The matron for {ward}, {S}, has reviewed {P_f}'s care. The [[Waterlow score]] of {count} was recorded on admission but the mattress was not changed for {dur}. The incident ({datix}) has been investigated.",
            ),
            (
                "We have apologised to {R_f} directly and offered a meeting. The complaint reference is {ref}.",
                "I hope this reassures your constituent. Should {R_f} wish to meet, our PALS team can be contacted on {phone2}.",
            ),
        ),
        extras=(
            "My constituent's telephone number is {phone}.",
            "The trust's patient experience lead, {T}, will contact {R_f} by {date}.",
            "{R_f} asks that all replies are also sent by e-mail to {email_R}.",
            "The constituent mentions that {P_f} has [[Alzheimer's disease]] and could not press the call bell.",
            "{P_f} was transferred to {home} on {date}.",
            "The trust's statement on corridor care is at {url_trust}.",
            "{R_f} has also written to the Parliamentary and Health Service Ombudsman.",
            "Copied to {S_tf}, Divisional Director of Nursing.",
        ),
        endings=(
            "Yours sincerely,\n{D}\nChief Executive",
            "With best wishes,\n{X_tf} MP",
        ),
        register="formal",
    ),
    Style(
        name="healthwatch_report",
        author="local Healthwatch enter-and-view report with a named resident's story",
        old=True,
        headers=(
            "{hw} - Enter and View visit report\nService visited: {home}, {addr2}\nDate of visit: {date}\nAuthorised representatives: {S} and {T}",
            "{hw} report: people's experiences of discharge from {hospital} to {home} ({dmy})",
        ),
        sections=(
            (
                "We spoke to {count} residents, {count} relatives and {count} staff. The home was clean and the atmosphere was calm. One resident, whom we name with permission as {P_t} ({age}), told us {he} often waits over half an hour for the toilet at night.",
                "One family agreed for their story to be shared: {P_tf}, {age}, was discharged from {ward} at {time} without {his} medication or the discharge letter. The home only learned of {his} [[Parkinson's disease]] medication times from {his} {rel} the next morning.",
            ),
            (
                '{His} {rel}, {R_f}, said: "{P_n}\'s never been one to complain, but rang me at 3am because nobody came." Staff told us the home had two carers for {count} residents at night and relied on agency staff.',
                '{R} said: "We were phoning the ward ({phone}) all day and nobody could tell us when {P_f} was leaving." {R_f} asked us to include {his} {rel}\'s name so that the trust would look into it.',
            ),
            (
                "The manager, {Y}, told us that the call bell audit for {dmy} showed a median response of 6 minutes. We recommend the provider shares the audit with residents and families.",
                "We shared {P_f}'s story with the trust's discharge team, led by {Y_t}, who replied on {date} and will investigate under ref {ref}.",
            ),
            ("The provider's response is at {url_hw}.", "Contact {hw} at {email_org} or {phone2}."),
        ),
        extras=(
            "{P_f}'s {rel}, {R_f}, can be contacted through {hw} at {email_org}.",
            "Our volunteers {X} and {Y_f} also spoke to staff on the night shift.",
            "The trust replied to our draft on {date}.",
            "Residents praised the activities coordinator, {X_f}.",
            "We did not see any use of bed rails or of the [[Zimmer frame]] being out of reach.",
            "The home's last CQC rating was Requires Improvement.",
            "Relatives told us the visiting hours had been extended since {dmy}.",
            "{P_f} gave us permission to use {his} first name only in the published version.",
        ),
        endings=(
            "Report written by {S}, Engagement Officer, {hw}.",
            "Published {date} by {hw}.",
        ),
        register="formal",
    ),
    Style(
        name="safeguarding_adults_review",
        author="extract from a safeguarding adults review (formerly serious case review) commissioned by the SAB",
        old=True,
        headers=(
            '{town} Safeguarding Adults Board\nSafeguarding Adults Review: "{P_f}"\nExtract: chronology and analysis (independent reviewer: {X})',
            "SAR extract - {council} / {trust}\nSubject: {P_U}, born {dob}, died {date}\nReviewer: {X_tf}",
        ),
        sections=(
            (
                "{P_f} was {age} and lived alone at {addr} after {his} {rel} moved to {town2}. {He} had [[Korsakoff's syndrome]] and type 2 diabetes. Between {dmy} and {dmy} agencies had {count} contacts with {him}, including district nurses from {trust} and a housing provider, {housing}.",
                "{P_t}'s family agreed that {his} real name would be used in this review: {P_kn}. {P_f} lived with {his} adult son, {Y}, at {addr}. {Y_f} was {his} main carer and had a history of alcohol misuse known to the police ({police}).",
            ),
            (
                'On {date} the district nurse {S_f} recorded that {P_f} had a grade 4 sacral pressure ulcer and "refuses care". No mental capacity assessment was documented. A safeguarding concern was raised with {council} (ref {ref}) but closed on {date} because {P_f} "has capacity".',
                "The GP practice, {gp}, received a letter from {hospital} on {date} describing weight loss and bruising. {D_t}, the GP, telephoned {Y_f} but did not speak to {P_f} alone.",
            ),
            (
                '{P_f}\'s {rel}, {R}, told the review: "Every agency saw a bit of {P_n} and nobody saw the whole picture." {R_f} had raised concerns by e-mail ({email_R}) in {dmy}.',
                "{P_f} was found dead at home on {date} by a paramedic from {amb}. The cause of death was given as [[sepsis]] secondary to infected pressure ulcers and [[Wernicke's encephalopathy]].",
            ),
            (
                "Findings: professional curiosity, the interface between [[Mental Capacity Act]] and self-neglect procedures, and information sharing across {town}.",
                "Findings: the multi-agency risk management meeting (MARM) was never convened. The Board accepted all {count} recommendations on {date}.",
            ),
        ),
        extras=(
            "A neighbour, {Y}, had called {police} on {date} to report a smell from the house.",
            "The housing officer at {housing} last visited on {date}.",
            "The ambulance service ({amb}) attended {count} times in {year}.",
            "Agency chronologies were received from {count} organisations including {police}.",
            "The district nursing caseload that month was held by a {band} nurse, {T}.",
            "{P_f}'s home was described as cluttered; the [[Clutter Image Rating]] was 7.",
            "A Care Act section 42 enquiry was opened in {year} and closed without an outcome.",
            "The reviewer met {R_f} on {date} at the family's home in {town2}.",
        ),
        endings=(
            "{X}, Independent Reviewer, for the {town} Safeguarding Adults Board.",
            "Published by the Board on {date}.",
        ),
        register="formal",
    ),
    Style(
        name="radiotherapy_irmer",
        author="radiotherapy IR(ME)R incident report: wrong site, wrong patient or wrong fraction",
        old=True,
        headers=(
            "Radiotherapy incident report (IR(ME)R). Patient: {P_UL}, RT no {hosp}, NHS {nhs}. Treatment unit: Linac 3, {hospital}.",
            "IR(ME)R notification - {trust}. Incident {datix}. Patient {P_tf}, DOB {dob}. Date of exposure {day0}.",
        ),
        sections=(
            (
                "{P_t} was prescribed 36Gy in 6 fractions to the right breast. On fraction 3 ({date}) the treatment was delivered to the left side because the set-up notes had been copied from another patient, {X}, treated earlier the same day. The CBCT was not reviewed before treatment.",
                "{P_t}, {age_yo}, was being treated for prostate cancer, [[60Gy in 20 fractions]]. On {date} the patient was identified only by name and date of birth; a different patient with the same surname, {Y_fi}, was treated with {P_f}'s plan.",
            ),
            (
                "The error was found by the therapeutic radiographer, {S_f}, at the next fraction on {date}. {P_t} was told the same day by the consultant clinical oncologist, {D}. The [[CTCAE]] grade of skin reaction at the wrong site was 1.",
                "The radiographers on the unit, {S_f} and {T_f}, had started at {time} with {count} patients booked. The ID check used the appointment list rather than the patient's three identifiers. Neither patient had a photograph on the system.",
            ),
            (
                "The medical physics expert, {T}, estimated the unintended dose as 6Gy to the contralateral breast. The incident was notified to the CQC's IR(ME)R team on {date} (CQC ref {ref}).",
                "Both patients and their families were informed. {P_f}'s {rel}, {R}, asked for a written explanation to be sent to {addr}.",
            ),
            (
                "Duty of candour letter sent {date}. The patient's {rel} {R_f} will be the contact ({phone}).",
                "Learning shared with the regional radiotherapy network. Contact for this report: {email_org}.",
            ),
        ),
        extras=(
            "The patient's planning scan was done on {date} at {hospital2}.",
            "{P_f}'s {rel}, {R_f}, was present at the disclosure meeting and asked for a copy at {email_R}.",
            "Radiographer on the console: {Y}, {band}.",
            "Planning CT accession {acc}.",
            "Dose constraints: heart [[V5 < 10%]], lung [[V20 < 25%]].",
            "{P_f} also has [[Hodgkin's lymphoma]] treated in {year}.",
            "The treatment plan was checked by {D_t} on {date}.",
            "{P_f} lives in {town} and travels {count} miles to the unit by volunteer driver.",
        ),
        endings=(
            "Reported by {S}, Senior Therapeutic Radiographer, {date}.",
            "Signed off by {D}, Clinical Director for Radiotherapy.",
        ),
        register="notes",
    ),
    Style(
        name="cd_discrepancy",
        author="ward controlled drugs register discrepancy investigated by the pharmacy CD accountable officer's team",
        old=True,
        headers=(
            "Controlled drug discrepancy - {ward}, {hospital}\nReported {day0}, {time}. Datix {datix}. CD register page {count}.",
            "CD INCIDENT  Ward: {ward}  Drug: [[Oramorph 10mg/5ml]]  Reported by {S} ({band})  Date {day0}",
        ),
        sections=(
            (
                "At the {time} CD check, nurses {S_f} and {T_f} found that the stock balance of [[morphine sulfate 10mg/5ml]] oral solution was 38ml against a register balance of 76ml. The last entry was a 5mg dose for {P_t}, {age_yo}, hosp no {hosp}, given at {time} and witnessed by {T_f}.",
                "The weekly pharmacy check on {date} found four ampoules of [[diamorphine 5mg]] missing from the CD cupboard. The register showed two entries for {P_tf} (hosp no {hosp}) with the same time, {time}, signed by the same nurse twice with different witnesses.",
            ),
            (
                '{P_t} was receiving end-of-life care and had a syringe driver with [[midazolam 10mg]] and [[diamorphine 10mg]] over 24 hours. {His} {rel}, {R_f}, reported that {P_f} had seemed "in pain all night" on {date}.',
                "Bank nurse {X} worked the night shifts on {date} and {date}. {X_f}'s NMC PIN ({nmc}) was checked. A second patient, {Y}, was also on the ward's CD register for oxycodone.",
            ),
            (
                "The CD accountable officer's team (pharmacist {D_t}) reviewed the register, the EPMA and the cupboard access log. Police ({police}) were informed on {date}; crime ref {crn}.",
                "The ward manager, {T}, interviewed staff. The pharmacist, {D}, found that the balance error arose from a 50ml bottle recorded as 100ml on receipt from {pharmacy}.",
            ),
            (
                "Reported to the local CD intelligence network, and the family informed by phone ({phone}).",
                "Outcome: no harm to the patient; procedural learning only. Report sent to {email_org}.",
            ),
        ),
        extras=(
            "A second discrepancy, on {wardno}, was found the same week and is reported separately.",
            "The returned stock was collected by {pharmacy} on {date}.",
            "The night nurse in charge, {Y}, was on {bleep}.",
            "{P_f}'s {rel}, {R_f}, asked that the outcome be sent to {email_R}.",
            "Keys held by the nurse in charge; the key log had gaps on {date}.",
            "{P_f} has [[Cushing's syndrome]] and bone metastases.",
            "The ward stock of [[fentanyl 25mcg/hr]] patches was correct.",
            "CD cupboard is in the clinic room next to {bed}.",
            "{P_f} went home to {addr} on {date} with a [[just-in-case]] box.",
        ),
        endings=(
            "Investigated by {D}, Medication Safety Officer.",
            "Signed {S_i}, {T_i}. Witnessed by the pharmacy technician {Y_fi}.",
        ),
    ),
)

SHARED = {
    "clinical": (
        "Observations at the time: BP {bp}, {spo2}, {news}, {gcs}.",
        "Regular medicines on the chart included {dose}.",
        "{He} had been moved from {wardno} the previous evening.",
        "Documentation reviewed from {date} to {date}.",
        "Electronic record checked for allergies: none known. Past history of {epo}.",
        "Escalated via {bleep} at {time}.",
        "Staffing on the day: one {band} nurse short.",
    ),
    "formal": (
        "This account is based on the records available at the time of writing.",
        "We would like to acknowledge the time the family gave to this process.",
        "Further information can be provided on request.",
        "The events are summarised from the records for {date}.",
        "No further incidents of this kind have been reported since {dmy}.",
    ),
    "notes": (
        "Record checked against the electronic notes on {date}.",
        "No previous incidents are recorded for this patient.",
        "A copy of this note has been placed in the record.",
        "The GP was told by letter on {date}.",
        "To be discussed at the governance huddle on {date}.",
    ),
    "informal": (
        "I have tried to write this as honestly as I can.",
        "Looking back, there were signs earlier in the shift.",
        "I talked this through with my practice supervisor afterwards.",
        "The ward was very busy that day.",
        "I have learned a lot from this.",
    ),
}
LANGUAGES = ("Punjabi", "Sylheti", "Polish", "Romanian", "Tigrinya", "Kurdish Sorani", "Vietnamese", "Cantonese", "Somali", "Arabic", "Nepali", "Portuguese")  # fmt: skip
FAITHS = ("Roman Catholic", "Muslim", "Sikh", "Hindu", "Jewish", "Church of England", "Orthodox", "Pentecostal")  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Putting a narrative together
# ---------------------------------------------------------------------------------------------


def _compose(rng: random.Random, style: Style, case: Case) -> list[Piece]:
    variant = rng.randrange(2)
    blocks = [render(case, rng.choice(style.headers))]
    for section in style.sections:
        blocks.append(render(case, section[variant if rng.random() < 0.85 else 1 - variant]))
    ending = render(case, rng.choice(style.endings))
    target = max(215, min(395, int(rng.gauss(305, 35))))
    extras = list(style.extras)
    rng.shuffle(extras)
    shared = list(SHARED[style.register])
    rng.shuffle(shared)
    count = sum(_words(block) for block in blocks) + _words(ending)
    for template in [*extras, *shared]:
        if count >= target:
            break
        addition = render(case, template)
        words = _words(addition)
        if count + words > HIGH_WORDS - 8:
            continue
        where = rng.randrange(1, len(blocks))
        blocks[where] = [*blocks[where], (" ", None, None), *addition]
        count += words
    pieces: list[Piece] = []
    for block in [*blocks, ending]:
        if pieces:
            pieces.append((style.joiner, None, None))
        pieces.extend(block)
    return pieces


def _build(rng: random.Random, number: int) -> tuple[Example, tuple[tuple[int, int], ...]]:
    style = rng.choice(STYLES)
    record = rng.random() >= NO_RECORD
    case = Case(rng, style, record)
    pieces = _compose(rng, style, case)
    parts: list[str] = []
    gold: list[GoldSpan] = []
    negatives: list[tuple[int, int]] = []
    length = 0
    for text, label, meta in pieces:
        if label == NEG:
            negatives.append((length, length + len(text)))
        elif label is not None:
            gold.append(GoldSpan(length, length + len(text), label, **(meta or {})))
        parts.append(text)
        length += len(text)
    known = case.known()
    example_ = Example(
        id=f"{PREFIX}-{number:06d}", text="".join(parts), known=known, gold=tuple(gold),
        kind=style.name,
    )  # fmt: skip
    return example_, tuple(negatives)


def example(rng: random.Random, number: int) -> Example:
    """One narrative with its gold spans, drawn from ``rng``."""
    return _build(rng, number)[0]


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    """``count`` narratives; the same seed always gives the same ones."""
    rng = random.Random(seed)
    for number in range(1, count + 1):
        yield example(rng, number)


def generate_with_negatives(
    count: int, seed: int = 1
) -> Iterator[tuple[Example, tuple[tuple[int, int], ...]]]:
    """The same examples as ``generate``, each with the spans of the look-alikes written in."""
    rng = random.Random(seed)
    for number in range(1, count + 1):
        yield _build(rng, number)


def alternatives() -> int:
    """Template alternatives in the styles (headers, section variants, extras, endings)."""
    return sum(style.alternatives for style in STYLES)
