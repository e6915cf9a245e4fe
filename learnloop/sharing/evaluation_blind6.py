"""A sixth blind evaluation pack for de-identification: 25 registers none of the other packs has.

Written without reading the engine (``deidentify``, its name and place lists, its tests or its
README) or the narrative templates of the other packs; only the shared infrastructure of
``evaluation`` is reused (``Example``, ``GoldSpan``, ``LABELS``, the Faker name pools through
``_new_person``, ``listed_names``, ``nhs_number``, ``ordinal``), so gold spans and scores mean the
same thing as on the other packs. How it was written, the styles and the gold conventions are in
``evaluation_blind6.md``.

``generate(count, seed)`` writes NHS texts of about 300 words (200 to 420): maternity SBAR
handovers, tribunal reports, CAMHS triage, eating disorder refeeding, corridor care logs, NHS 111
call transcripts, MARAC minutes, PALS e-mail threads, ward handover sheets, discharge medicine
transcription errors, a family's handwritten account, GP reception voicemail logs, hip fracture
reviews, section 136 logs, home oxygen fires, critical result phone logs, intravitreal injection
errors, day surgery follow-up calls, birth afterthoughts letters, WhatsApp group exports, organ
donation referrals, social prescribing notes, hospital-acquired thrombosis reviews, patient
portal messages and choking reviews. Every identifier is a gold span; the clinical look-alikes
written around them are never gold and ``generate_with_negatives`` gives their offsets.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
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
)

__all__ = [
    "DIRECT_IDENTIFIERS", "LABELS", "STYLES", "Example", "GoldSpan", "example", "generate",
    "generate_with_negatives",
]  # fmt: skip

PREFIX = "blind6"
LOW_WORDS, HIGH_WORDS = 200, 420
NO_RECORD_SHARE = 0.12
NEG = "NEGATIVE"  # internal label of a look-alike piece: written in, never gold

# ---------------------------------------------------------------------------------------------
# Names: half from Faker, half from this pack's own pools
# ---------------------------------------------------------------------------------------------

FIRST_F = (
    "Rose", "Hope", "Grace", "Summer", "Faith", "Holly", "Iris", "Ivy", "Pearl", "Joy",
    "Margaret", "Catherine", "Jennifer", "Josephine", "Aoife", "Caoimhe", "Saoirse", "Ffion",
    "Catrin", "Morag", "Kirsty", "Priya", "Fatima", "Amina", "Oluwaseun", "Adaeze", "Mei",
    "Yasmin", "Zofia", "Agnieszka", "Ioana", "Leila", "Shabnam", "Beatriz", "Blodwen", "Marigold",
)  # fmt: skip
FIRST_M = (
    "Mark", "Will", "Bill", "Jack", "Robin", "Dean", "Miles", "Rowan", "Robert", "Richard",
    "Alexander", "Harold", "Gethin", "Rhys", "Hamish", "Callum", "Cormac", "Tadhg", "Arjun",
    "Imran", "Tariq", "Chidi", "Kofi", "Wei", "Jakub", "Bogdan", "Mehmet", "Dmitri", "Hamza",
    "Aziz", "Lloyd", "Fergus", "Sunil", "Emeka",
)  # fmt: skip
SURNAMES = (
    "van den Berg", "de la Cruz", "O'Donoghue", "McAllister", "MacKenzie", "Di Marco",
    "al-Hashimi", "D'Souza", "Le Roux", "du Plessis", "St John", "Fitzgerald-Hughes",
    "Ogunleye-Smith", "Vaughan-Thomas", "Ní Bhriain", "Mensah-Boateng", "Chaudhry", "Okonkwo",
    "Hoang", "Bianchi", "Popescu", "Kaur", "Singh-Sandhu", "Begum", "Whitehead", "Lightfoot",
    "Goodbody", "Bird", "Cook", "Baker", "Mason", "Archer", "Hunter", "Green", "Black", "Young",
    "Rich", "Bone", "Payne", "Bell", "Parkinson", "Wilson", "Addison", "Graves", "Crohn-Lewis",
    "Ap Gwilym", "Mac an tSaoir", "Van Rensburg", "Dos Santos", "Abu-Bakr", "Nwachukwu-Reid",
)  # fmt: skip
NICKNAMES = {
    "Margaret": ("Peggy", "Maggie"), "Catherine": ("Kate", "Cathy"), "Jennifer": ("Jen", "Jenny"),
    "Josephine": ("Josie", "Jo"), "Robert": ("Bob", "Robbie"), "Richard": ("Ricky", "Rich"),
    "Alexander": ("Sandy", "Sasha"), "Harold": ("Harry", "Hal"), "Oluwaseun": ("Seun",),
    "Blodwen": ("Blod",), "Marigold": ("Goldie",), "Agnieszka": ("Aga",), "Emeka": ("Mek",),
}  # fmt: skip


@dataclass
class Human:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool
    doctor: bool = False
    child: bool = False
    nick: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def title(self, rng: random.Random) -> str:
        if self.doctor:
            word = "Dr"
        elif self.child:
            word = "Miss" if self.sex == "F" else "Master"
        elif self.sex == "F":
            word = rng.choice(("Mrs", "Ms", "Miss", "Mrs"))
        else:
            word = "Mr"
        return word + ("." if rng.random() < 0.15 else "")


def _parts(name: str) -> list[str]:
    return [part.casefold() for part in re.split(r"[\s-]+", name) if part]


def _is_listed(first: str, last: str) -> str:
    listed = listed_names()
    return "listed" if all(p in listed for p in _parts(first) + _parts(last)) else "unlisted"


def _draw_human(rng: random.Random, used: set[str], sex: str = "", **flags) -> Human:
    wanted = sex
    for _ in range(60):
        sex = wanted or rng.choice("FM")
        if rng.random() < 0.5:
            person = _new_person(rng, sex=sex)
            first, last, names = person.first, person.last, person.names
        else:
            first = rng.choice(FIRST_F if sex == "F" else FIRST_M)
            last = rng.choice(SURNAMES)
            names = _is_listed(first, last)
        nick = rng.choice(NICKNAMES[first]) if first in NICKNAMES else ""
        if not nick and len(first) >= 5 and first.isalpha():
            nick = first[:3]  # a family's short form: "Sam", "Ste"
        parts = set(_parts(first) + _parts(last) + _parts(nick))
        if parts & used or len(first) < 2 or len(last) < 2:
            continue
        used |= parts
        return Human(first, last, sex, names, False, nick=nick, **flags)
    raise RuntimeError("could not draw a distinct person")  # pragma: no cover


# ---------------------------------------------------------------------------------------------
# Places and organisations (this pack's own; towns are real, the rest invented)
# ---------------------------------------------------------------------------------------------

TOWNS = (
    ("Leeds", "LS", "0113"), ("Sheffield", "S", "0114"), ("Nottingham", "NG", "0115"),
    ("Leicester", "LE", "0116"), ("Bristol", "BS", "0117"), ("Birmingham", "B", "0121"),
    ("Manchester", "M", "0161"), ("Newcastle", "NE", "0191"), ("York", "YO", "01904"),
    ("Exeter", "EX", "01392"), ("Norwich", "NR", "01603"), ("Preston", "PR", "01772"),
    ("Barnsley", "S", "01226"), ("Lancaster", "LA", "01524"), ("Hull", "HU", "01482"),
    ("Stockport", "SK", "0161"), ("Wolverhampton", "WV", "01902"), ("Ipswich", "IP", "01473"),
    ("Telford", "TF", "01952"), ("Gloucester", "GL", "01452"), ("Blackpool", "FY", "01253"),
)  # fmt: skip
LOCALITIES = (
    "Armley", "Crookes", "Sherwood", "Evington", "Bedminster", "Handsworth", "Levenshulme",
    "Byker", "Clifton", "Pennsylvania", "Thorpe St Andrew", "Ashton-on-Ribble", "Worsbrough",
    "Scotforth", "Anlaby", "Reddish", "Tettenhall", "Whitton", "Wellington", "Tuffley", "Layton",
)  # fmt: skip
STREETS = (
    "Foxglove", "Tanner", "Ropewalk", "Beckside", "Mafeking", "Quarry Bank", "Hollins",
    "Cobden", "Weaver", "Linnet", "Sandpiper", "Gorse", "Bramble", "Coppice", "Lantern",
    "Millstone", "Pinfold", "Saxon", "Tithe Barn", "Wheatsheaf", "Ivy Bank", "Kiln",
)  # fmt: skip
STREET_KINDS = ("Road", "Street", "Lane", "Avenue", "Close", "Way", "Terrace", "Grove", "Row")
WARDS = (
    "Curlew", "Bittern", "Lapwing", "Dunnock", "Wren", "Skylark", "Magpie", "Starling",
    "Bluebird", "Harebell", "Foxglove", "Campion", "Teasel", "Sorrel", "Yarrow", "Thistle",
    "Clover", "Meadowsweet", "Willowherb", "Aster",
)  # fmt: skip
WARD_KINDS = ("Ward", "Ward", "Unit", "Suite")
HOMES = (
    "Lilac Lodge", "Hawksmoor House", "Thornbury Court", "Glenholme", "Sunnyside Manor",
    "Bracken Hall", "Wisteria House", "Riverbank Lodge", "Mayfield Grange", "The Hollies",
)  # fmt: skip
HOSPITAL_FORMS = (
    "{town} Royal Infirmary", "{town} General Hospital", "{town} Victoria Hospital",
    "{town} Community Hospital", "St Bartholomew's Hospital {town}", "{town} Women's Hospital",
)  # fmt: skip
TRUST_FORMS = (
    "{town} Teaching Hospitals NHS Foundation Trust", "{town} and District NHS Trust",
    "{town} Health and Care NHS Foundation Trust", "{town} Care Partnership NHS Trust",
)  # fmt: skip
GP_FORMS = ("{street} Surgery", "{street} Medical Practice", "The {street} Health Centre")
AGENCIES = (
    "Kindred Homecare Ltd", "Brightpath Care Services", "Steadfast Support Ltd",
    "Tender Loving Care (North) Ltd", "Meridian Domiciliary Care", "Hearthside Home Care",
)  # fmt: skip
SCHOOLS = ("Holy Trinity Academy", "Moorside High School", "Castlegate College", "Oakbank School")
POLICE = (
    "West Yorkshire Police", "Greater Manchester Police", "Avon and Somerset Police",
    "Merseyside Police", "Lancashire Constabulary", "Nottinghamshire Police",
)  # fmt: skip
AMBULANCE = (
    "Yorkshire Ambulance Service", "North West Ambulance Service", "EMAS",
    "West Midlands Ambulance Service", "SWASFT", "North East Ambulance Service",
)  # fmt: skip
FIRE = (
    "West Yorkshire Fire and Rescue Service", "Lancashire Fire and Rescue Service",
    "Devon and Somerset Fire and Rescue Service", "Nottinghamshire Fire and Rescue",
)  # fmt: skip
PHARMACIES = ("Fairclough's Chemist", "Holt's Pharmacy", "Cityway Pharmacy", "Brearley Chemists")
FIRMS = ("Harcourt Lane Solicitors", "Pennington Shaw LLP", "Moss & Quayle Solicitors")
SUPPLIERS = ("Airwell Home Oxygen Ltd", "BreatheEasy Oxygen Services", "Oxyline Homecare")
CHARITIES = (
    "Men in Sheds {town}", "{town} Carers Centre", "Age Concern {town}", "{town} Food Bank",
    "The Knit and Natter Club at {street} Chapel",
)  # fmt: skip
NATIONAL = (
    "the CQC", "NHS England", "HSSIB", "the MHRA", "NHS Resolution", "NHS Blood and Transplant",
    "the First-tier Tribunal", "the ICB", "NHS 111", "the GMC", "the NMC", "UKHSA",
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Look-alikes (never gold)
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "eponym": (
        "Parkinson's disease",
        "Crohn's disease",
        "Hodgkin lymphoma",
        "Bell's palsy",
        "Down syndrome",
        "Addison's disease",
        "Graves' disease",
        "Wilson's disease",
        "Alzheimer's disease",
        "Huntington's chorea",
        "Ménière's disease",
        "Raynaud's",
        "Wernicke's encephalopathy",
        "a Colles' fracture",
        "Paget's disease of bone",
        "Tourette syndrome",
        "Dupuytren's contracture",
    ),
    "score": (
        "Glasgow Coma Scale 13",
        "a Waterlow of 18",
        "a Braden score of 12",
        "an Apgar of 7",
        "a NEWS2 of 6",
        "GCS 14/15",
        "a Rockwood CFS of 6",
        "a 4AT of 5",
        "a MUST of 2",
        "a MEOWS trigger",
        "a PEWS of 4",
        "a Nottingham Hip Fracture Score of 5",
        "a DASH score of 16",
        "a SCOFF of 4",
    ),
    "consent": (
        "Gillick competence",
        "the Fraser guidelines",
        "the Mental Capacity Act",
        "Section 136",
        "a Section 2",
        "Section 5(2)",
        "the Care Act 2014",
    ),
    "drug": (
        "Sinemet 25/100",
        "co-codamol 30/500",
        "Oramorph 2.5mg",
        "Clexane 40mg",
        "Fostair 100/6",
        "Thiamine 100mg",
        "Pabrinex",
        "Hartmann's solution 1L",
        "Eylea 2mg",
        "Lucentis",
        "Ensure Plus",
        "Sando-K",
        "phosphate Polyfusor",
        "tinzaparin 4,500 units",
        "Adcal-D3",
    ),
    "placeterm": (
        "Lyme disease",
        "Ebola",
        "West Nile virus",
        "Stockholm syndrome",
        "Coxsackie virus",
        "Bornholm disease",
        "Munchausen syndrome",
        "Norwalk-like virus",
        "Delhi belly",
    ),
    "number": (
        "Ward 21",
        "Ward 5B",
        "bleep 2246",
        "ext 4471",
        "Band 6",
        "Band 7",
        "bleep 1120",
        "x4417",
        "Ward 12A",
    ),
    "bed": (
        "bed 14",
        "bay 3 bed 2",
        "side room 2",
        "cubicle 7",
        "corridor space C4",
        "room 9",
        "trolley 12",
        "B4",
        "SR1",
        "bed 22",
        "chair 3",
    ),
    "time": ("14:30", "0215hrs", "03.40", "7.15pm", "22:05", "0600", "11am"),
    "duration": ("3/7", "2/52", "6/12", "48 hours", "10/7", "the fourth dose", "the second cycle"),
    "obs": (
        "BP 92/58",
        "SpO2 88% on air",
        "RR 28",
        "HR 124",
        "temp 38.9",
        "BMI 13.4",
        "K+ 6.8 mmol/L",
        "phosphate 0.41",
        "Hb 71 g/L",
        "INR 4.2",
        "IOP 31 mmHg",
    ),
    "national": NATIONAL,
    "iddsi": ("IDDSI level 4", "IDDSI level 6", "level 2 mildly thick fluids"),
}


CONDITIONS = (
    "schizophrenia", "bipolar affective disorder", "emotionally unstable personality disorder",
    "psychotic depression", "schizoaffective disorder", "anorexia nervosa",
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Formats: dates, ages, phones, numbers
# ---------------------------------------------------------------------------------------------

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_SHORT = ("Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun")
ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second",
    "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
    "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first",
)  # fmt: skip
UNITS = (
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
)  # fmt: skip


def date_forms(day: date, *, full: bool) -> list[str]:
    month = MONTHS[day.month - 1]
    forms = [
        f"{ordinal(day.day)} {month} {day.year}", f"{day.day} {month} {day.year}",
        f"{day:%d/%m/%Y}", f"{day.day}/{day.month}/{day:%y}", f"{day.day}.{day.month}.{day:%y}",
        f"{day:%d.%m.%Y}", f"{day:%d}-{month[:3]}-{day.year}",
        f"{day:%d}-{month[:3].upper()}-{day.year}", day.isoformat(),
        f"{WEEKDAYS[day.weekday()]} {day.day} {month} {day.year}", f"{month} {day.day}, {day.year}",
        f"{ordinal(day.day)} of {month} {day.year}",
    ]  # fmt: skip
    if not full:
        forms += [
            f"{WEEKDAY_SHORT[day.weekday()]} {day.day}/{day.month}",
            f"{WEEKDAYS[day.weekday()][:3]} {day:%d/%m}", f"{ordinal(day.day)} of {month}",
            f"{month} {day.day}", f"{month} {ordinal(day.day)}", f"the {ordinal(day.day)}",
            f"the {ORDINAL_WORDS[day.day - 1]}", f"{day.day} {month[:3]}",
            f"{WEEKDAYS[day.weekday()]} {ordinal(day.day)}",
            f"{WEEKDAYS[day.weekday()]} the {ordinal(day.day)}", f"{ordinal(day.day)} {month}",
        ]  # fmt: skip
    return forms


def number_words(n: int) -> str:
    tens = {90: "ninety", 100: "one hundred"}
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {UNITS[rest]}" if rest else "")
    return "ninety" + (f"-{UNITS[n - 90]}" if n > 90 else "") if n >= 90 else tens.get(n, str(n))


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def mobile(rng: random.Random) -> str:
    body = f"7{rng.randint(3, 9)}{_digits(rng, 2)}{_digits(rng, 6)}"
    return rng.choice(
        [
            f"0{body[:4]} {body[4:]}", f"0{body}", f"+44 {body[:4]} {body[4:]}",
            f"+44 (0){body[:4]} {body[4:]}", f"0{body[:4]}-{body[4:7]}-{body[7:]}",
            f"0{body[:4]} {body[4:7]} {body[7:]}", f"+44{body}",
        ]
    )  # fmt: skip


def landline(rng: random.Random, code: str, *, extension: bool = False) -> str:
    size = 11 - len(code)
    local = f"{rng.randint(2, 8)}{_digits(rng, size - 1)}"
    spaced = f"{local[:3]} {local[3:]}" if size == 7 else local
    number = rng.choice([f"{code} {spaced}", f"({code}) {spaced}", f"+44 {code[1:]} {spaced}"])
    if extension:
        number += rng.choice([" ext 4", " ext. 4", " x4"]) + _digits(rng, 3)
    return number


# ---------------------------------------------------------------------------------------------
# One case
# ---------------------------------------------------------------------------------------------

PEOPLE = ("p", "r", "n", "n2", "d", "o1", "o2", "o3", "o4")
RELATIONS = {"F": ("daughter", "wife", "sister", "niece", "partner"), "M": ("son", "husband", "brother", "nephew", "partner")}  # fmt: skip


class Case:
    def __init__(self, rng: random.Random, style: Style) -> None:
        self.rng = rng
        self.style = style
        used: set[str] = set()
        child = style.child
        self.people = {
            key: _draw_human(rng, used, sex="F" if key == "p" and style.female else "")
            for key in PEOPLE
        }
        self.people["d"].doctor = True
        self.people["p"].child = child
        self.has_record = rng.random() >= NO_RECORD_SHARE
        self.relation = rng.choice(RELATIONS[self.people["r"].sex])
        if child:
            self.relation = "mum" if self.people["r"].sex == "F" else "dad"
        town, area, code = rng.choice(TOWNS)
        self.town, self.area, self.code = town, area, code
        town2 = rng.choice([t for t in TOWNS if t[0] != town])[0]
        self.day = date(2024, 1, 1) + timedelta(days=rng.randint(0, 1000))
        if style.ages:
            self.age = rng.randint(*style.ages)
        elif child:
            self.age = rng.randint(8, 17)
        elif style.old:
            self.age = rng.choice([rng.randint(90, 104), rng.randint(70, 89)])
        else:
            self.age = rng.choice([rng.randint(18, 89), rng.randint(18, 89), rng.randint(90, 103)])
        self.dob = self.day - timedelta(days=self.age * 365 + rng.randint(10, 350))
        self.nhs = nhs_number(rng)
        self.hosp_format = rng.randrange(6)
        self.hospital_number = self._hospital_number()
        self.address = self._address(area)
        self.address2 = self._address(area)
        street = rng.choice(STREETS)
        self.values = {
            "hosp": rng.choice(HOSPITAL_FORMS).format(town=town),
            "hosp2": rng.choice(HOSPITAL_FORMS).format(town=town2),
            "trust": rng.choice(TRUST_FORMS).format(town=town),
            "gp": rng.choice(GP_FORMS).format(street=rng.choice(STREETS)),
            "agency": rng.choice(AGENCIES),
            "school": rng.choice(SCHOOLS),
            "police": rng.choice(POLICE),
            "amb": rng.choice(AMBULANCE),
            "fire": rng.choice(FIRE),
            "supplier": rng.choice(SUPPLIERS),
            "pharmacy": rng.choice(PHARMACIES),
            "firm": rng.choice(FIRMS),
            "charity": rng.choice(CHARITIES).format(town=town, street=street),
            "ward": f"{rng.choice(WARDS)} {rng.choice(WARD_KINDS)}",
            "ward2": f"{rng.choice(WARD_KINDS[:1])} {rng.choice(WARDS)}",
            "home": rng.choice(HOMES),
            "street": f"{street} {rng.choice(STREET_KINDS)}",
        }
        slug = re.sub(r"[^a-z]", "", self.values["trust"].split()[0].lower())
        self.slug = slug
        self.phones = {
            "ph": mobile(rng),
            "ph2": landline(rng, code, extension=rng.random() < 0.5),
            "ph3": rng.choice([mobile(rng), landline(rng, code)]),
        }
        self.chat_format = rng.choice(["%d/%m/%Y", "%d/%m/%y"])

    def _hospital_number(self) -> str:
        rng, kind = self.rng, self.hosp_format
        letters = "ABCDEFGHJKLMNPRSTUWXYZ"
        if kind == 0:
            return rng.choice(letters) + _digits(self.rng, 7)
        if kind == 1:
            return rng.choice(letters) + rng.choice(letters) + _digits(rng, 6)
        if kind == 2:
            return str(rng.randint(1, 2)) + _digits(rng, 7)
        if kind == 3:
            return f"{rng.choice(letters)}{rng.choice(letters)}-{_digits(rng, 6)}"
        if kind == 4:
            return _digits(rng, 7) + rng.choice(letters)
        return "RT" + rng.choice(letters) + _digits(rng, 5)

    def _address(self, area: str) -> dict:
        rng = self.rng
        district = str(rng.randint(1, 20))
        inward = f"{rng.randint(0, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        house = str(rng.randint(1, 180))
        if rng.random() < 0.2:
            house = f"Flat {rng.randint(1, 24)}, {rng.randint(2, 90)}"
        return {
            "line": f"{house} {rng.choice(STREETS)} {rng.choice(STREET_KINDS)}",
            "locality": rng.choice(LOCALITIES),
            "town": self.town,
            "postcode": f"{area}{district} {inward}",
        }

    def known(self) -> dict:
        if not self.has_record:
            return {}
        rng = self.rng
        patient = self.people["p"]
        names = [patient.full if rng.random() < 0.6 else f"{patient.title(rng)} {patient.full}"]
        names += [self.people[k].full for k in ("r", "n", "n2", "d") if self.people[k].in_record]
        number = (
            self.nhs if rng.random() < 0.8 else f"{self.nhs[:3]} {self.nhs[3:6]} {self.nhs[6:]}"
        )
        a = self.address
        return {
            "names": names,
            "nhs_number": number,
            "date_of_birth": self.dob.isoformat(),
            "hospital_number": self.hospital_number,
            "address": ", ".join([a["line"], a["locality"], a["town"], a["postcode"]]),
        }

    def mark_record(self) -> None:
        if not self.has_record:
            return
        rng = self.rng
        self.people["p"].in_record = True
        self.people["r"].in_record = rng.random() < 0.7
        for key in ("n", "n2", "d"):
            self.people[key].in_record = rng.random() < 0.3

    # -- slots ---------------------------------------------------------------------------------

    def person(self, key: str, form: str) -> list:
        rng, who = self.rng, self.people[key]
        meta = {"names": who.names, "in_record": who.in_record}
        if form == "any":
            choices = ["full", "title", "tfull", "caps", "sc", "first", "init", "lower"]
            weights = [30, 30, 8, 5, 4, 15, 4, 4] if key != "p" else [35, 40, 10, 6, 4, 5, 0, 0]
            if who.doctor:
                weights = [20, 50, 15, 3, 3, 3, 4, 2]
            form = rng.choices(choices, weights=weights)[0]
        if form == "full":
            text = who.full
        elif form == "title":
            text = f"{who.title(rng)} {who.last}"
        elif form == "tfull":
            text = f"{who.title(rng)} {who.full}"
        elif form == "first":
            text = who.first
        elif form == "last":
            text = who.last
        elif form == "caps":
            text = rng.choice([who.full.upper(), f"{who.last.upper()} {who.first}"])
        elif form == "sc":
            text = f"{who.last.upper()}, {who.first}"
        elif form == "init":
            initials = [who.first[0]] + [p[0] for p in re.split(r"[\s-]+", who.last) if p]
            initials = [c.upper() for c in initials if c.isalpha()]
            text = rng.choice(["".join(initials), "".join(c + "." for c in initials)])
        elif form == "lower":
            text = who.full.lower()
        elif form == "lfirst":
            text = who.first.lower()
        elif form == "nick":
            text = who.nick or who.first
        elif form == "wrap":  # a name broken across a line by a copied PDF
            text = f"{who.first}\n{who.last}"
        elif form == "short":  # "J. Smith" in signatures
            text = rng.choice([f"{who.first[0]}. {who.last}", f"{who.first[0]} {who.last}"])
        else:  # pragma: no cover - a template typo
            raise KeyError(form)
        return [(text, "PERSON", meta)]

    def date_of(self, day: date, *, full: bool = False) -> list:
        return [(self.rng.choice(date_forms(day, full=full)), "DATE", None)]

    def age_pieces(self, age: int, form: str) -> list:
        rng = self.rng
        label = "AGE" if age > 89 else NEG
        if form == "adj":
            shape = rng.choice(["{n}-year-old", "{n} year old", "{n}yo", "{n} y/o", "{w}-year-old"])
        elif form == "num":
            shape = rng.choice(["{n}", "{n}y", "{n}yrs"])
        else:
            shape = rng.choice(["aged {n}", "aged {w}", "{n} years old", "{n} yrs", "age {n}"])
        if "{w}" in shape and age < 90:
            shape = shape.replace("{w}", "{n}")
        value = number_words(age) if "{w}" in shape else str(age)
        before, _, after = shape.replace("{w}", "{n}").partition("{n}")
        return [(before, None, None), (value, label, None), (after, None, None)]

    def slot(self, name: str) -> list:
        rng, v = self.rng, self.values
        head, _, form = name.partition("_")
        if head in self.people:
            return self.person(head, form or "any")
        if name in v:
            label = "LOCATION" if name in ("ward", "ward2", "home", "street") else "ORGANISATION"
            return [(v[name], label, None)]
        if name in self.phones:
            return [(self.phones[name], "PHONE", None)]
        if name in LOOKALIKES:
            return [(rng.choice(LOOKALIKES[name]), NEG, None)]
        days = {
            "d0": 0,
            "dm": -rng.randint(2, 20),
            "d1": rng.randint(1, 3),
            "dl": rng.randint(20, 70),
        }
        if name in days:
            return self.date_of(self.day + timedelta(days=days[name]))
        if name == "dob":
            return self.date_of(self.dob, full=True)
        if name in ("aged", "ageadj", "agenum"):
            return self.age_pieces(self.age, {"aged": "", "ageadj": "adj", "agenum": "num"}[name])
        if name == "chatdate":
            day = self.day + timedelta(days=rng.choice([0, 0, 1]))
            return [(day.strftime(self.chat_format), "DATE", None)]
        if name == "oage":  # another patient's age
            return self.age_pieces(rng.choice([rng.randint(19, 89), rng.randint(90, 102)]), "num")
        if name == "rel":
            return [(self.relation, None, None)]
        if name == "town":  # a town on its own is not identifying
            return [(self.town, None, None)]
        if name == "prel":  # the patient as the relative would say it
            female = self.people["p"].sex == "F"
            word = {
                "daughter": "mum", "son": "mum", "wife": "wife", "husband": "wife",
                "sister": "sister", "brother": "sister", "niece": "aunt", "nephew": "aunt",
                "mum": "daughter", "dad": "daughter", "partner": "partner",
            }[self.relation]  # fmt: skip
            male = {
                "partner": "partner",
                "mum": "dad",
                "wife": "husband",
                "sister": "brother",
                "aunt": "uncle",
                "daughter": "son",
            }
            return [(word if female else male[word], None, None)]
        if name in ("time", "month", "condition"):
            if name == "time":
                return [(rng.choice(LOOKALIKES["time"]), NEG, None)]
            return [(rng.choice(MONTHS if name == "month" else CONDITIONS), None, None)]
        if name in ("he", "He", "his", "His", "him"):
            female = self.people["p"].sex == "F"
            word = (
                {"he": "she", "his": "her", "him": "her"}[name.lower()] if female else name.lower()
            )
            return [(word.capitalize() if name[0].isupper() else word, None, None)]
        if name == "nhs":
            n = self.nhs
            text = rng.choice([n, n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])
            return [(text, "NHS_NUMBER", None)]
        if name == "hn":
            return [(self.hospital_number, "HOSPITAL_NUMBER", None)]
        if name in ("addr", "addr2", "addrcaps", "addrlines"):
            return self.address_pieces(name)
        if name in ("pc", "pc2"):
            code = (self.address if name == "pc" else self.address2)["postcode"]
            code = rng.choice([code, code, code.replace(" ", ""), code.replace(" ", "  ")])
            return [(code, "POSTCODE", None)]
        if name.startswith("email"):
            return [(self.email(name), "EMAIL", None)]
        if name.startswith("url"):
            return [(self.url(name), "URL", None)]
        if name.startswith("id"):
            return [(self.reference(name[3:]), "ID", None)]
        raise KeyError(name)  # pragma: no cover - a template typo

    def address_pieces(self, name: str) -> list:
        a = self.address2 if name == "addr2" else self.address
        rng = self.rng
        if name == "addrlines":
            text = "\n".join([a["line"], a["locality"], a["town"]])
            return [(text, "ADDRESS", None), ("\n", None, None), (a["postcode"], "POSTCODE", None)]
        joiner = rng.choice([", ", ", ", " "])
        text = joiner.join([a["line"], a["locality"], a["town"]])
        if name == "addrcaps":
            text = text.upper()
        return [(text, "ADDRESS", None)]

    def email(self, name: str) -> str:
        rng = self.rng
        key = {"email_r": "r", "email_n": "n", "email_d": "d", "email_o": "o1"}.get(name)
        if key:
            who = self.people[key]
            first = re.sub(r"[^a-z]", "", who.first.lower()) or "x"
            last = re.sub(r"[^a-z]", "", who.last.lower()) or "y"
            if key == "r":
                domain = rng.choice(
                    ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "icloud.com"]
                )
                local = rng.choice(
                    [f"{first}.{last}", f"{first}{last}{rng.randint(1, 99)}", f"{first[0]}{last}"]
                )
                return f"{local}@{domain}"
            if rng.random() < 0.6:
                return f"{first}.{last}{rng.choice(['', '', '2'])}@nhs.net"
            return f"{first[0]}.{last}@{self.slug}.nhs.uk"
        team = rng.choice(["pals", "patientsafety", "complaints", "safeguarding", "bereavement"])
        return rng.choice([f"{self.slug}.{team}@nhs.net", f"{team}@{self.slug}.nhs.uk"])

    def url(self, name: str) -> str:
        rng = self.rng
        who = self.people["p"]
        slug = (
            re.sub(r"[^a-z]", "", who.first.lower()) + "-" + re.sub(r"[^a-z]", "", who.last.lower())
        )
        if name == "url_memorial":
            return rng.choice(
                [
                    f"www.justgiving.com/page/{slug}-memorial", f"https://www.gofundme.com/f/{slug}",
                    f"https://www.facebook.com/groups/justicefor{slug.replace('-', '')}",
                    f"{slug}.muchloved.com",
                ]
            )  # fmt: skip
        page = rng.choice(["patient-safety", "pals", "learning-from-deaths", "contact-us"])
        return rng.choice(
            [f"https://www.{self.slug}.nhs.uk/{page}", f"www.{self.slug}.nhs.uk/{page}"]
        )

    def reference(self, kind: str) -> str:
        rng, year = self.rng, self.day.year
        yy = str(year)[2:]
        forms = {
            "datix": [f"W{_digits(rng, 6)}", f"INC-{_digits(rng, 7)}", f"DX{yy}/{_digits(rng, 5)}"],
            "steis": [f"{year}/{_digits(rng, 5)}"],
            "comp": [
                f"PALS-{yy}-{_digits(rng, 4)}",
                f"C/{yy}/{_digits(rng, 4)}",
                f"CMP{_digits(rng, 6)}",
            ],
            "police": [
                f"{_digits(rng, 2)}/{_digits(rng, 5)}/{yy}",
                f"CRN{_digits(rng, 9)}",
                f"LOG-{_digits(rng, 6)}",
            ],
            "marac": [f"MARAC/{yy}/{_digits(rng, 3)}", f"M{yy}-{_digits(rng, 4)}"],
            "lab": [f"L{yy}.{_digits(rng, 7)}", f"{yy}B{_digits(rng, 6)}"],
            "call": [f"{_digits(rng, 10)}", f"111-{_digits(rng, 8)}"],
            "tribunal": [f"MP/{year}/{_digits(rng, 5)}"],
            "nmc": [
                f"{_digits(rng, 2)}{rng.choice('ABCDEFGHIJ')}{_digits(rng, 4)}{rng.choice('EOSNWC')}"
            ],
            "gmc": [_digits(rng, 7)],
            "ticket": [f"ICT-{_digits(rng, 6)}", f"RITM{_digits(rng, 7)}"],
            "donor": [f"ODR-{_digits(rng, 6)}", f"D{yy}{_digits(rng, 5)}"],
            "fire": [f"IR-{_digits(rng, 7)}", f"FRS/{yy}/{_digits(rng, 5)}"],
            "msg": [f"MSG-{_digits(rng, 8)}", f"PKB{_digits(rng, 7)}"],
            "safeguard": [f"SA-{yy}-{_digits(rng, 5)}", f"MASH{_digits(rng, 6)}"],
            "nhfd": [f"NHFD{_digits(rng, 7)}"],
            "referral": [
                f"SPA/{yy}/{_digits(rng, 4)}",
                f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
            ],
        }
        return rng.choice(forms[kind])


# ---------------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    name: str
    register: str
    headers: tuple[str, ...]
    core: tuple[str, ...]
    extras: tuple[str, ...]
    endings: tuple[str, ...]
    joiner: str = " "
    old: bool = False
    child: bool = False
    female: bool = False
    ages: tuple[int, int] | None = None  # the patient's age range, when the register fixes it


def S(name, register, headers, core, extras, endings, **kw) -> Style:  # noqa: N802 - short
    return Style(name, register, tuple(headers), tuple(core), tuple(extras), tuple(endings), **kw)


STYLES: tuple[Style, ...] = (
    S(
        "maternity_sbar_handover",
        "notes",
        [
            "MATERNITY HANDOVER (SBAR) - Delivery Suite, {hosp}\nShift lead: Midwife {n_full}. Coordinator: {n2}.",
            "SBAR handover sheet, labour ward, {trust}. Date {d0}. Handed over by {n} to {n2}.",
        ],
        [
            "S: {p_sc}, {agenum}, G2P1 at 39+4, Hosp no {hn}, NHS {nhs}, DOB {dob}. Admitted in spontaneous labour at {time}.",
            "B: Booked at {gp}; previous LSCS; {eponym} in the family history. Partner {r_first} present, contact {ph}.",
            "A: CTG pathological from {time}, {score}, {obs}. Reviewed by registrar {d} who planned FBS, not done.",
            "R: Escalate to consultant {o1_title} if no progress; bleep holder aware ({number}). Datix {id_datix} raised by {n_first} after handover.",
            "Baby born by category 1 section on {d0}, cord gases poor, transferred to the neonatal unit; the family were told by {d_title}.",
        ],
        [
            "Note: {p_first} has asked that her {rel} {r_full} is kept updated on {ph3} as partner's phone is off.",
            "Oxytocin (Syntocinon) paused at {time}; {drug} given; {duration} since rupture of membranes.",
            "Interpreter {o2_full} (language line) used for the consent discussion at {time}.",
            "Home address {addr}, {pc}; community midwife team base {street}.",
            "Second on-call {o3_tfull} was in theatre with a PPH until {time}; anaesthetist {o4_first} covering.",
            "The MEOWS chart was not completed between {time} and {time}; HCA {o2_first} had been moved to {ward}.",
            "Referral for review made to {national} under the maternity pathway; StEIS {id_steis}.",
        ],
        [
            "Handover signed: {n_init} / {n2_init}, {time}.",
            "Entered by {n_short} at {time} on {d1}.",
        ],
        joiner="\n",
        female=True,
        ages=(19, 44),
    ),
    S(
        "tribunal_report",
        "formal",
        [
            "RESPONSIBLE CLINICIAN'S REPORT TO THE FIRST-TIER TRIBUNAL (MENTAL HEALTH)\nPatient: {p_tfull}   Tribunal reference: {id_tribunal}\nHearing date: {dl}",
            "Report for the Mental Health Tribunal concerning {p_full} (DOB {dob}), detained under section 3 at {ward}, {hosp}.",
        ],
        [
            "1. I am {d_tfull}, consultant psychiatrist with {trust}, GMC {id_gmc}, and the responsible clinician for {p_title} since {dm}.",
            "2. {p_title} is a {ageadj} with a history of {condition}. The index admission followed an incident at {street} on {d0}, when {police} attended.",
            "3. Nearest relative: {p_first}'s {rel}, {r_tfull}, of {addr2}, {pc2} (telephone {ph}), who does not object to discharge.",
            "4. Since admission {p_first} has taken {drug}; {consent} was considered for the depot decision. Level 3 observations were stepped down on {d1}.",
            "5. On {dm} {p_title} absconded from section 17 leave and was returned by officers from {police}; incident log {id_police}.",
        ],
        [
            "6. The care coordinator, {o1_full} of {gp}'s community team, has identified supported accommodation at {home}.",
            "7. I have read the nursing report by {n_tfull} and the social circumstances report by AMHP {o2_full}.",
            "8. The patient's legal representative, {o3_tfull} of {firm}, has been sent this report.",
            "9. Physical health: {obs}; an ECG showed a QTc of 462ms. There is no evidence of {eponym}.",
            "10. Hospital number {hn}; NHS number {nhs}; the RiO record was last updated on {d1}.",
            "11. A previous tribunal on {dm} upheld detention; the chair was {o4_title}.",
        ],
        [
            "Statement of truth: I confirm that the contents of this report are true to the best of my knowledge.\nSigned: {d_short}   Date: {d1}",
            "{d_tfull}, Responsible Clinician, {trust}. {email_d}",
        ],
    ),
    S(
        "camhs_spa_triage",
        "formal",
        [
            "CAMHS Single Point of Access - triage outcome\nRef: {id_referral}   Young person: {p_full}   DOB: {dob}",
            "Child and Adolescent Mental Health Services, {trust}. SPA triage decision for {p_tfull}, received {dm}.",
        ],
        [
            "Referrer: {o1_tfull}, GP at {gp}. The referral letter was dated {dm} and reports self-harm by cutting and low mood since {month}.",
            "Young person: {p_first}, {agenum}, a pupil at {school}; lives with {his} {rel} {r_full} at {addr}, {pc}.",
            "Consent: {p_first}'s understanding was assessed against {consent}; {his} {rel} consented by phone on {ph}.",
            "Triage decision: did not meet threshold for the specialist team; signposted to Kooth and the school's mental health support team (lead {o2_full}).",
            "Re-referral received on {d0} after an overdose of paracetamol; seen in the ED at {hosp} by liaison nurse {n_full}.",
        ],
        [
            "School contact: {o3_title}, designated safeguarding lead, {email_o}.",
            "A safeguarding referral was made to the local authority (reference {id_safeguard}) on {d1}.",
            "The {rel} says: 'we were told {p_lfirst} was not bad enough, and {he} had to wait till it got worse'.",
            "The triage clinician, {n2_tfull}, notes {score} and a previous diagnosis of {eponym} in a sibling.",
            "NHS {nhs}; the SPA system recorded the wrong DOB, later corrected.",
            "An earlier referral (then rejected) was logged as {id_referral} by {o4_first} from the admin team.",
        ],
        [
            "Outcome letter sent to the family and to {o1_title}. Triage by {n2_short}, {d1}.",
            "Completed by {n2_init}, SPA clinician, {d1}. Datix {id_datix}.",
        ],
        child=True,
    ),
    S(
        "eating_disorder_refeeding",
        "clinical",
        [
            "Eating Disorders Unit, {ward} - serious incident summary: refeeding syndrome",
            "Adult eating disorder inpatient service ({trust}): rapid review of refeeding, patient {p_full}.",
        ],
        [
            "{p_title}, {ageadj}, was admitted on {dm} with anorexia nervosa, {obs} and {score}.",
            "The MARSIPAN risk assessment was completed by {d_title} but the phosphate was not rechecked on {d1} as planned.",
            "NG feeding started at {time}; a {drug} was prescribed but not given until the next afternoon, when {obs}.",
            "{p_first} was transferred to {hosp2} on {d1} with cardiac arrhythmia; {his} {rel} {r_tfull} was called on {ph}.",
            "Nurse in charge {n_full} raised Datix {id_datix}; dietitian {n2_first} reviewed the feeding plan.",
        ],
        [
            "Collateral from {r_first}: {p_lfirst} had been hiding food in {his} room and exercising at night.",
            "Patient details: Hosp no {hn}, NHS {nhs}, DOB {dob}, home address {addr}, {pc}.",
            "The section 3 papers were signed by {o1_tfull}; the AMHP was {o2_full}.",
            "Bloods were processed under lab number {id_lab}; the result was phoned to {o3_first} on the ward at {time}.",
            "Differential considered: {eponym}, thyroid disease and {placeterm}.",
            "The family's advocate, {o4_full}, asked that the review be shared with {national}.",
        ],
        [
            "Reviewed at the unit governance meeting on {dl}; chair {d_tfull}.",
            "Author: {n2_tfull}, Lead Dietitian. {email_n}",
        ],
    ),
    S(
        "corridor_care_log",
        "table",
        [
            "ED CORRIDOR CARE / AMBULANCE HANDOVER DELAY LOG - {hosp} - {d0}\nTime | Patient | Crew | Location | Note",
            "Ambulance handover delay log ({amb} at {hosp}), {d0}\nTime | Pt | Crew | Space | Comment",
        ],
        [
            "{time} | {p_caps} ({agenum}) | {amb} crew {o1_first}/{o2_first} | {bed} | arrived, pre-alert by {o1_title}",
            "{time} | {p_title} | still on vehicle | ambulance bay | {obs}, reviewed by {d}",
            "{time} | {p_title} | handed over to {n_full} | corridor | {score}, Hosp no {hn}",
            "{time} | {o3_full} ({oage}) | crew 2 | {bed} | fall at {home}, {eponym}",
            "{time} | {p_first} | - | {bed} | {rel} {r_first} rang ({ph}), not yet seen",
        ],
        [
            "{time} | {o4_tfull} ({oage}) | crew 3 | {bed} | chest pain, released at {time}",
            "{time} | {p_title} | - | moved to {ward} | NHS {nhs}; DOB {dob}",
            "{time} | {o2_caps} | crew 1 | {bed} | handover > 4 hours, {national} informed",
            "{time} | {p_first} | - | corridor | {drug} given by {n2_first}",
            "{time} | {o3_title} | crew 2 | {bed} | address {addr2}, {pc2}",
            "{time} | all | - | - | escalation to site manager {o1_full} on {ph2}",
        ],
        [
            "Total handover delay 6h 40m. Datix {id_datix}. Log kept by {n_short}.",
            "Log closed at {time} by nurse in charge {n_init}. Incident {id_datix}.",
        ],
        joiner="\n",
    ),
    S(
        "nhs111_call_transcript",
        "transcript",
        [
            "NHS 111 call transcript (extract) - case ID {id_call} - {d0}",
            "Transcript of call to 111, {d0}, call handler {o1_first}, caller {r_full} ({rel}).",
        ],
        [
            "HANDLER: Can I take the patient's name? CALLER: It's my {prel}'s, er, {p_full}, {agenum}.",
            "HANDLER: And the address? CALLER: {addr}, postcode {pc}. HANDLER: And a number we can call you back on? CALLER: {ph}.",
            "HANDLER: Date of birth? CALLER: {dob}. HANDLER: Is {he} registered with a GP? CALLER: Yes, {gp}.",
            "CALLER: {He} has {eponym} and {he}'s on {drug}, and since {time} {he}'s not making sense.",
            "HANDLER: I'm going to get a clinician, {n_tfull}, to ring you back. CALLER: How long? HANDLER: Within {duration}.",
        ],
        [
            "CALLER: The carers from {agency} came at {time}, {o2_first} said {he} looked grey.",
            "CLINICIAN ({n_first}): Hello, is that {r_title}? I'm calling about {p_first}. CALLER: Yes.",
            "CALLER: {He} was in {hosp} on {dm}, they said {his} {obs}. HANDLER: Okay.",
            "CLINICIAN: I'm going to send an ambulance. {amb} will be with you as soon as they can.",
            "CALLER: Can you email my brother {o3_first}? It's {email_r}. HANDLER: We can't do that, sorry.",
            "HANDLER: Is there a key safe? CALLER: On {street}, round the back, the neighbour {o4_title} has a key.",
        ],
        [
            "[Call ended {time}. Disposition: Category 2 ambulance. Reviewed for Datix {id_datix}.]",
            "[End of extract. Transcribed for the review by {n2_short}.]",
        ],
        joiner="\n",
    ),
    S(
        "marac_minutes",
        "admin",
        [
            "MARAC MINUTES - CONFIDENTIAL - {d0}\nCase {id_marac}: victim {p_full} (DOB {dob})",
            "Multi-Agency Risk Assessment Conference, {town} - minutes of case {id_marac}, heard {d0}.",
        ],
        [
            "Present: IDVA {o1_full}; DS {o2_last} ({police}); health IDVA {n_full} ({trust}); {o3_full} (children's social care); chair {o4_title}.",
            "Referral by the health IDVA after {p_first} attended {hosp} on {dm} with injuries; {score}.",
            "Alleged perpetrator: {r_caps}, {p_first}'s {rel}, last known at {addr2}, {pc2}. Police reference {id_police}.",
            "Victim's safe contact: {ph} (text first). Current address {addrcaps} {pc} - not to be shared with the perpetrator.",
            "Health information: {p_first} has {eponym} and takes {drug}; the GP ({gp}) has flagged the record.",
        ],
        [
            "Children in the household attend {school}; the DSL is {o4_full}.",
            "Action 1: {o2_title} to arrange a target-hardening visit by {d1}. Action 2: {n_first} to flag the hospital number {hn}.",
            "Action 3: {o1_first} to contact {p_title} on {ph} by {d1}, and to email {email_o} with the outcome.",
            "The {rel} was previously known to services under {id_safeguard}; a Clare's Law disclosure was made on {dm}.",
            "NHS {nhs} noted for the health record only.",
            "Housing: {p_first} has been offered a refuge place via {charity}.",
        ],
        [
            "Next review: {dl}. Minutes taken by {n2_full}, MARAC coordinator.",
            "Minutes agreed {d1}. Distribution: MARAC members only. Coordinator {n2_init}.",
        ],
        joiner="\n",
    ),
    S(
        "pals_email_thread",
        "email",
        [
            "From: {r_full} <{email_r}>\nTo: {email_team}\nSent: {d0} {time}\nSubject: my {prel} {p_full} - {ward}",
            "RE: RE: Concern about {p_title} (PALS ref {id_comp})\nFrom: {n2_full}\nTo: {email_r}\nDate: {d1}",
        ],
        [
            "Hi, I'm writing about my {prel} {p_first} who has been on {ward} at {hosp} since {dm}.",
            "Nobody told us {he} had fallen again on {d0}, we found out from another patient's wife ({o1_first}).",
            "{He} is {aged} and has {eponym}, and the nurse {n_first} said {he} was 'fine' but {his} face was bruised.",
            "> On {d1}, {n2_full} wrote:\n> Thank you for contacting PALS. I have passed your concerns to Matron {o2_full}.",
            "> Our reference is {id_comp}. Please quote it, and call us on {ph2} if you need to.",
        ],
        [
            "Sorry for all the messages, I'm just worried. {His} hospital number is {hn} if that helps, and NHS {nhs}.",
            "Also, {his} glasses went missing when {he} was moved from {ward2}. The consultant was {d_title} I think.",
            "I live at {addr2}, {pc2}, so it's an hour on the bus. My mobile is {ph}.",
            "The physio, {o3_first}, was lovely though, please tell her.",
            "> Matron {o2_last} will call you by {d1}. The trust's process is at {url_trust}.",
            "My brother {o4_full} is also asking for a meeting.",
            "We have started a campaign page, {url_memorial}, because nobody is listening.",
        ],
        [
            "Thanks,\n{r_first}\nSent from my iPhone",
            "Kind regards\n{n2_full}\nPALS Officer, {trust}\n{ph2}",
        ],
        joiner="\n\n",
    ),
    S(
        "ward_handover_sheet",
        "table",
        [
            "{ward} - NURSING HANDOVER SHEET - nights {d0}\nBed | Name | Age | Cons | Issues",
            "HANDOVER {ward} ({hosp}) {d0} - NIC {n_full}\nBay/Bed | Patient | Age | Consultant | Plan",
        ],
        [
            "{bed} | {p_caps} | {agenum} | {d_title} | fall at {time}, CT head, {drug}; NHS {nhs}",
            "{bed} | {o1_sc} | {oage} | {d_title} | {eponym}, {score}, for discharge to {home}",
            "{bed} | {o2_caps} | {oage} | {o4_title} | {obs}, sepsis 6 done",
            "{bed} | {o3_title} | {oage} | {d_title} | {drug}, {rel} visiting",
            "{p_title}: Hosp no {hn}, DOB {dob}. NOK {r_full} ({rel}) {ph}.",
        ],
        [
            "{bed} | {p_first} | {agenum} | - | bed rails off, falls sensor on",
            "Notes: HCA {n2_first} on 1:1 for {p_title} from {time}. Site manager {o4_full} aware.",
            "{bed} | {o1_first} | {oage} | {o4_title} | NBM, {duration} since last meal",
            "Pending: OT visit to {addr}, {pc} with {agency}.",
            "{p_first}'s {rel} says {he} was a bit muddled on {dm} too.",
            "{bed} | empty | - | - | deep clean after {placeterm} query",
        ],
        [
            "Sheet printed {time} by {n_init}. Shred after use.",
            "Handover given by {n_first} to {n2_first}, {time}.",
        ],
        joiner="\n",
        old=True,
    ),
    S(
        "tta_transcription_error",
        "clinical",
        [
            "Medication safety review: discharge (TTA) transcription error - {p_full}",
            "Pharmacy incident review - take-home medicines, {hosp}, Datix {id_datix}",
        ],
        [
            "{p_title}, {ageadj}, Hosp no {hn}, was discharged from {ward} on {d0} to {home}.",
            "The TTA written by FY1 {d_full} listed {drug} instead of the intended dose; the ward pharmacist {n2_full} screened it at {time}.",
            "The care home nurse {o1_full} gave the new dose from {d1}; the GP at {gp} was not sent the summary until {dl}.",
            "{p_first} was readmitted on {dl} with {obs} and {score}; NHS {nhs}.",
            "The family ({rel} {r_full}) were informed under the Duty of Candour by {d_tfull} on {ph}.",
        ],
        [
            "Medicines reconciliation by technician {o2_first} had been correct; the error came at transcription.",
            "{p_title} has {eponym} and takes {drug} at set times.",
            "The community pharmacy, {pharmacy}, noticed the change and emailed {email_team}.",
            "DOB {dob}; address {addr}, {pc}.",
            "The MHRA was not notified as no product defect; {national} liaison noted.",
            "Ward manager {n_tfull} has added a second check to TTAs at weekends.",
        ],
        ["Reviewed by {n2_short}, Lead Pharmacist, {d1}.", "Review closed {dl}, {n2_init}."],
    ),
    S(
        "family_handwritten_account",
        "informal",
        [
            "[Handwritten account from {p_first}'s {rel}, typed up for the investigation, spelling as written]",
            "MY ACCOUNT of what happened to my {prel} {p_caps} - written by {r_full}",
        ],
        [
            "my {prel} (well {p_first} to everyone, {p_nick} to us) went into {hosp} on {d0} with {his} chest and {eponym}.",
            "we got there about {time} and a nurse with glasses, {n_lfirst} i think, said {he} was settled so we went home.",
            "the next morning the ward rang me on {ph} at {time} and said {he} had 'gone off' in the night. no one rang in the night.",
            "the doctor, a {d_title} or something similar [illegible], said there was {score} and there was nothing more to do.",
            "i want to know why the {drug} was missed on {dm} and {d1}, its on the chart.",
        ],
        [
            "my brother {o1_lower} says he rang too and was told to ring back.",
            "{he} was {aged}, not just old, still did the shopping on {street} every week.",
            "our neighbour {o2_title} saw the ambulance from {amb} sit outside for ages.",
            "{his} nhs number is {nhs} if you need it [written on the back].",
            "the lady in the next bed, {o3_first}, was kind and held {his} hand.",
            "please send any letters to me at {addr2} {pc2} not to {p_first}'s address.",
            "we have set up a page for {him}, {url_memorial}, please put it in the report.",
        ],
        ["signed {r_full}  {d1}", "{r_first} ({rel})\n{ph}"],
        old=True,
    ),
    S(
        "reception_voicemail_log",
        "admin",
        [
            "{gp} - reception message log (voicemail transcriptions) - {d0}",
            "VOICEMAIL LOG, {gp}, morning of {d0}, transcribed by receptionist {n_first}",
        ],
        [
            "{time} - {r_full} ({rel} of {p_full}, DOB {dob}) - asking for a home visit, {he} has been vomiting since {dm}. Call back {ph}.",
            "{time} - pharmacy ({o1_first} at {pharmacy}) - query on {p_title}'s {drug} prescription, ring {ph3}.",
            "{time} - {o2_caps} - wants test results, gave no date of birth, left no number.",
            "{time} - {hosp} ED - discharge letter for {p_title}, NHS {nhs}, fax not received, ring {ph2}.",
            "Actioned: passed to duty doctor {d_title} at {time}; message to {p_first} not returned until {d1}.",
        ],
        [
            "{time} - {r_first} again - {he} is worse, 'can someone please ring', now on {ph}.",
            "{time} - district nurses ({n2_full}) - visit to {addr}, {pc} brought forward.",
            "{time} - {o3_full} - repeat request for {drug}, {o3_first} will collect.",
            "{time} - social prescriber {o4_first} re {charity} referral for {p_title}.",
            "{time} - caller did not leave a name; number withheld.",
            "Note: {p_title} has {eponym} and lives alone; the record flag was missed by the locum {o1_tfull}.",
        ],
        [
            "SEA raised: {id_datix}. Log checked by practice manager {n2_init}.",
            "Log closed {time}. Significant event discussed on {dl}.",
        ],
        joiner="\n",
    ),
    S(
        "hip_fracture_review",
        "clinical",
        [
            "Hip fracture delay-to-theatre review (NHFD {id_nhfd}) - {hosp}",
            "Orthogeriatric case review: fractured neck of femur, {p_tfull}, {ward}",
        ],
        [
            "{p_title}, {ageadj}, fell at {home} on {d0} and lay on the floor until {time}; {amb} conveyed {him}.",
            "Admitted to {ward} (Hosp no {hn}, NHS {nhs}) with {eponym} and {score}.",
            "Surgery was planned for {d1} but cancelled twice because {his} {drug} had not been held; theatre list led by {o1_tfull}.",
            "Orthogeriatrician {d_full} reviewed {him} at {time}; {obs}; delirium screen {score}.",
            "{p_first}'s {rel} {r_full} ({ph}) reported that {he} had been 'left in pain all night'.",
        ],
        [
            "DOB {dob}. Usual residence {addr}, {pc}; moved to the care home in {month}.",
            "Fracture liaison nurse {n2_full} arranged {drug} and a falls referral.",
            "Night nurse {n_first} documented hourly rounding from {time}, with gaps.",
            "{p_title} was the oldest patient on the list; another patient, {o2_full} ({oage}), was operated on first.",
            "The NHFD audit lead, {o3_first}, flagged the delay; the {national} best practice tariff was not met.",
            "A woman in the next bed, {o4_title}, witnessed the fall on the ward on {d1}.",
        ],
        [
            "Reviewed at the hip fracture governance meeting, {dl}. {d_short}",
            "Author {d_tfull}, {email_d}",
        ],
        old=True,
    ),
    S(
        "section136_log",
        "notes",
        [
            "SECTION 136 SUITE LOG - {hosp} health-based place of safety\nDetained person: {p_caps}   Arrival: {d0} {time}",
            "S136 place of safety record, {ward}, {trust}. Police: {police}. Log no. {id_police}",
        ],
        [
            "{time} Arrived with PC {o1_last} and PC {o2_last} after being found on the bridge at {street}; handcuffs removed on arrival.",
            "{time} Seen by nurse {n_full}; {obs}; {p_first} gave DOB as {dob} and address {addrcaps}, {pc}.",
            "{time} Breathalyser refused; {eponym} noted on the GP summary from {gp}.",
            "{time} AMHP {o3_full} contacted on {ph2}; s12 doctor {d_tfull} to attend.",
            "{time} Assessed: detention under {consent} recommended; bed found at {hosp2}.",
        ],
        [
            "{time} {p_first}'s {rel} {r_full} arrived and was asked to wait; contact {ph}.",
            "{time} Police left at {time} once the clinical team took over; officer {o2_title} gave a statement.",
            "{time} Hospital number {hn} created as no record found under NHS {nhs} at first.",
            "{time} {p_first} tried to leave; restraint by {n2_first} and security officer {o4_first}.",
            "{time} Escort by {amb}; the ambulance waited {duration}.",
            "{time} Incident logged as {id_datix}.",
        ],
        [
            "Total time in the suite 23h 10m (limit 24h). Entries by {n_init} and {n2_init}.",
            "Log closed {d1} by {n_short}.",
        ],
        joiner="\n",
    ),
    S(
        "home_oxygen_fire",
        "formal",
        [
            "Serious incident: home oxygen fire - {p_full}, {addr}, {pc}",
            "Joint review of a fire involving home oxygen ({fire} incident {id_fire})",
        ],
        [
            "On {d0} at about {time}, {fire} attended {p_title}'s home after a fire started while {he} smoked on oxygen.",
            "{p_title}, {ageadj}, had COPD and long-term oxygen from {supplier}; the HOOF was signed by {d_title} on {dm}.",
            "The home safety visit by firefighter {o1_full} had been requested on {dm} but not carried out.",
            "{p_first} was taken by {amb} to the burns unit at {hosp2} and died on {d1}; the family were told by {n_full}.",
            "The community respiratory nurse, {n2_wrap}, had recorded that {he} still smoked on three visits.",
        ],
        [
            "Neighbour {o2_full} at number 14 raised the alarm; the {rel}, {r_tfull}, lives at {addr2}, {pc2}.",
            "NHS {nhs}; DOB {dob}; GP {gp}.",
            "The oxygen supplier's engineer, {o3_first}, removed the concentrator on {d1}.",
            "The coroner's officer {o4_full} requested the records via {email_team}.",
            "There was no smoke alarm on the ground floor; cooking on {street} had caused an earlier fire in {month}.",
            "Previous admissions: {hosp} for {eponym} and {placeterm}.",
        ],
        [
            "Report agreed by {n2_short} and {fire}, {dl}. Datix {id_datix}.",
            "Prepared for the panel by {n2_full}, {d1}.",
        ],
        old=True,
    ),
    S(
        "critical_result_phone_log",
        "notes",
        [
            "Biochemistry critical result telephone log - lab {id_lab} - {d0}",
            "CRITICAL RESULTS PHONING LOG ({hosp} pathology), {d0}",
        ],
        [
            "Patient: {p_sc}  DOB {dob}  MRN {hn}  NHS {nhs}  Location: {ward}  Result: {obs}",
            "{time} Call 1 to {ward} on {ph2}: no answer. BMS {n2_full}.",
            "{time} Call 2: answered by HCA {o1_first}, who 'couldn't take results'; asked for a registered nurse.",
            "{time} Call 3: result given to {n_tfull}, read back correctly; to tell {d_title}.",
            "{time} Repeat sample still {obs}; {p_first} arrested at {time}; Datix {id_datix}.",
        ],
        [
            "{time} Duty biochemist {o2_tfull} called the on-call medical registrar {o3_full} on {ph3}.",
            "Notes: the request was made under {p_first}'s old hospital number; the label had {his} date of birth as {dob}.",
            "{time} The GP, {gp}, was also phoned for another patient ({o4_full}) in the same batch.",
            "{time} {drug} given; {obs}.",
            "The ward's phone had been diverted to {ward2} since {time}.",
            "Lab system ticket {id_ticket} logged for the auto-alert failure.",
        ],
        [
            "Log checked {d1} by {n2_init}.",
            "Reviewed by consultant chemical pathologist {o2_title}, {d1}.",
        ],
        joiner="\n",
    ),
    S(
        "intravitreal_wrong_eye",
        "clinical",
        [
            "Ophthalmology incident: intravitreal injection given to the wrong eye - {hosp}",
            "Eye Clinic never event review (wrong site), patient {p_full}, Hosp no {hn}",
        ],
        [
            "{p_title}, {ageadj}, attends the macular clinic for wet AMD in the left eye and receives {drug}.",
            "On {d0}, nurse injector {n_full} gave the injection into the right eye; the eye had been marked by {o1_first} but the mark was rubbed off.",
            "{p_first} noticed and said so at {time}; ophthalmologist {d_tfull} examined {him}: {obs}.",
            "The WHO-style checklist was signed at {time} but 'confirm eye' was ticked by {n2_first} without asking {p_title}.",
            "Duty of Candour: {d_title} met {p_title} and {his} {rel} {r_full} on {d1}; letter sent to {addr}, {pc}.",
        ],
        [
            "{p_first} has {eponym} and hearing loss and came without {his} {rel}; transport by {agency}.",
            "NHS {nhs}; DOB {dob}; GP {gp}.",
            "There were 42 patients on the list; the clinic coordinator {o2_full} said two nurses were off sick.",
            "The previous injection on {dm} had been given by {o3_tfull} in the correct eye.",
            "Follow-up booked for {dl}; the {rel} can be reached on {ph}.",
            "Incident {id_datix}; StEIS {id_steis}.",
        ],
        ["Review lead: {d_short}, {d1}.", "Approved at the eye unit governance meeting, {dl}."],
        old=True,
    ),
    S(
        "day_surgery_followup_call",
        "notes",
        [
            "Day surgery unit - next-day telephone follow-up - {d1}",
            "DSU FOLLOW-UP CALL RECORD, {hosp}, patient {p_sc}",
        ],
        [
            "Procedure {d0}: laparoscopic cholecystectomy under {d_title}. Discharged {time} by {n_full}.",
            "Call 1 at {time} to {ph}: no answer, voicemail left.",
            "Call 2 at {time}: spoke to {p_first}'s {rel} {r_first}, who said {p_first} had {obs} and pain 9/10 and had taken {drug}.",
            "Advice: attend ED. {p_first} attended {hosp2} at {time} and was found to have a bile leak.",
            "Nurse {n2_full} documented the call; the advice was not escalated to the surgeon until {d1}.",
        ],
        [
            "Patient details: MRN {hn}, NHS {nhs}, DOB {dob}, {addr}, {pc}.",
            "Escort home was {p_first}'s neighbour {o1_full}, not the named adult on the form.",
            "The patient said the leaflet gave a number ({ph2}) that rang out.",
            "{p_first} had {eponym}, so the anaesthetist {o2_tfull} had asked for an overnight stay.",
            "Theatre list: {o3_title} first assistant; scrub {o4_first}.",
            "Datix {id_datix} raised on {dl}.",
        ],
        ["Call record by {n2_init}.", "Entered by {n2_short}, DSU."],
        joiner="\n",
    ),
    S(
        "birth_afterthoughts_letter",
        "letter",
        [
            "{p_tfull}\n{addrlines}\n\n{d1}\n\nDear {p_first},",
            "Birth Reflections Service, {hosp}\n\n{p_tfull}\n{addrlines}\n\nDear {p_title},",
        ],
        [
            "Thank you for coming to see me on {dm} to talk through the birth of your son on {d0}. I have written down what we discussed, as you asked.",
            "You were admitted at {time} and cared for by midwife {n_wrap}. Your CTG was reviewed by {d_tfull}, and there was a delay before you were taken to theatre.",
            "You told me that you felt nobody listened when you said the pain was different, and that your partner {r_first} was sent home at {time}.",
            "Our review (reference {id_datix}) found that {score} was not acted on, and that {drug} was continued when it should have been stopped.",
            "Your son was cared for on {ward}; I know that the neonatal nurse {o1_first} meant a great deal to you both.",
        ],
        [
            "You asked about your hospital number ({hn}) appearing on your son's wristband; this was an error in the labelling.",
            "I have shared your comments with our Head of Midwifery, {o2_tfull}, and with the Maternity Voices Partnership chair {o3_full}.",
            "Your notes also mention {eponym}; I have asked your GP at {gp} to follow this up.",
            "If you would like a second appointment, please call {ph2} or email {email_team}.",
            "Your health visitor, {o4_full}, will see you at home.",
            "For information about the review process, see {url_trust}.",
        ],
        [
            "With best wishes,\n\n{n2_full}\nConsultant Midwife, Birth Reflections, {trust}",
            "Yours sincerely,\n\n{n2_tfull}\n{trust}\n{email_n}",
        ],
        joiner="\n\n",
        female=True,
        ages=(19, 44),
    ),
    S(
        "whatsapp_group_export",
        "chat",
        [
            'WhatsApp Chat with "{ward} nights" (exported for the investigation, {d1})',
            'Export of staff WhatsApp group "{hosp} Band 5s" - messages about {p_title}',
        ],
        [
            "[{chatdate}, {time}] {n_first}: anyone know if {p_title} in {bed} had {his} {drug}? not signed for",
            "[{chatdate}, {time}] {n2_first}: no i was in {ward2} all night, ask {o1_first}",
            "[{chatdate}, {time}] {o1_caps}: didnt give it, {he} was asleep. {obs} at midnight",
            "[{chatdate}, {time}] {n_first}: {he}s gone really drowsy, {score}. calling {d_title}",
            "[{chatdate}, {time}] {o2_full}: don't put patient names on here!! delete pls",
        ],
        [
            "[{chatdate}, {time}] {n2_first}: {his} {rel} {r_first} keeps ringing the ward, number is {ph}",
            "[{chatdate}, {time}] {o3_first}: {he}s the one with {eponym} isnt {he}",
            "[{chatdate}, {time}] {n_first}: hosp no {hn} if anyone wants to look {him} up on the system",
            "[{chatdate}, {time}] {o4_caps}: ive done the datix {id_datix}",
            "[{chatdate}, {time}] {n2_first}: matron {o2_last} wants statements by {d1}",
            "[{chatdate}, {time}] {o1_first}: will do, also {bed} needs a {drug} review",
        ],
        [
            "[{chatdate}, {time}] {n_first}: <Media omitted>",
            "[{chatdate}, {time}] {o2_first}: left",
        ],
        joiner="\n",
    ),
    S(
        "organ_donation_referral",
        "clinical",
        [
            "Specialist Nurse Organ Donation (SNOD) referral record - {hosp} ICU",
            "Organ donation referral, {ward}, donor record {id_donor}",
        ],
        [
            "Referral at {time} on {d0} by {d_tfull} for {p_full}, {ageadj}, after a catastrophic brain injury; {score}.",
            "Patient details: NHS {nhs}, Hosp no {hn}, DOB {dob}, address {addr}, {pc}.",
            "The SNOD, {n_full}, attended at {time}; the ODR was checked ({id_donor}) and showed a registered decision.",
            "The family (the {rel}, {r_tfull}, and {p_first}'s friend {o1_full}) were approached on {d1}; the {rel} asked for more time.",
            "Brainstem tests were done by {d_title} and {o2_tfull}; death was confirmed at {time}.",
        ],
        [
            "The coroner's officer {o3_full} gave consent for donation on {d1}; the police ({police}) had no objection.",
            "{p_first} had {eponym}; the NHSBT medical history questionnaire was completed with the GP ({gp}).",
            "Faith leader {o4_title} was present; the family asked for prayers before theatre.",
            "Retrieval team arrived at {time}; {national} notified.",
            "The {rel} can be contacted on {ph} or {email_r}; the family shared {url_memorial}.",
            "A delay of {duration} was caused by the bed manager, {n2_first}, needing the ICU bed.",
        ],
        [
            "Record completed by {n_short}, SNOD, {d1}.",
            "Entered by {n_init}. Datix {id_datix} re the delay.",
        ],
    ),
    S(
        "social_prescriber_note",
        "clinical",
        [
            "Social prescribing link worker - contact note - {gp}",
            "Link worker note ({gp} PCN), client {p_full}, {d0}",
        ],
        [
            "Met {p_first} (prefers {p_nick}) at home, {addr}, {pc}, on {d0}; referred by {d_title} for loneliness after {his} {rel} moved away.",
            "{p_first} is {aged} and hasn't been out since {month}; worried about money and the stairs.",
            "Talked about {charity} on Tuesdays; {p_first}'s neighbour {o1_first} might go too.",
            "Flagged to district nurse {n_full}: a red mark on {his} heel, {score}.",
            "Next contact {dl}, phone {ph}.",
        ],
        [
            "{His} {rel} {r_full} rang me on {ph3} to say thank you.",
            "Referred to {agency} for a care needs assessment via {email_team}.",
            "{p_first} mentioned a doctor called {o2_last} from years ago who was kind; not current.",
            "Also chatted about {his} late partner's {eponym}; bereavement support offered.",
            "The Age UK volunteer, {o3_full}, will do the benefits form.",
            "NHS {nhs} for the referral form; DOB {dob}.",
        ],
        ["{n2_first} ({n2_full}), Social Prescribing Link Worker", "Note by {n2_short}."],
        old=True,
    ),
    S(
        "hospital_acquired_vte_rca",
        "formal",
        [
            "Hospital-associated thrombosis (HAT) root cause analysis - {p_full} - {trust}",
            "HAT review: pulmonary embolism within 90 days of admission, patient {p_tfull}",
        ],
        [
            "{p_title}, {ageadj}, was admitted to {ward} on {dm} with {eponym} (Hosp no {hn}).",
            "The VTE risk assessment was not completed on admission; the admitting doctor was {d_tfull}.",
            "{drug} was prescribed on {dm} but omitted for three days while {p_first} was nil by mouth.",
            "{p_title} was discharged on {d0} and readmitted to {hosp2} on {dl} with a PE; {obs}.",
            "The family ({rel} {r_full}) asked why stockings were not fitted; reply by {n_tfull}.",
        ],
        [
            "NHS {nhs}; DOB {dob}; GP {gp}; address {addr}, {pc}.",
            "The thrombosis nurse, {n2_wrap}, found the drug chart filed under another patient, {o1_full}.",
            "The pharmacist {o2_first} had flagged the omission on {d1} but the flag was not seen.",
            "Learning was shared at the thrombosis committee chaired by {o3_tfull}.",
            "{p_first}'s {rel} can be reached on {ph}.",
            "Datix {id_datix}; the HAT was classed as potentially preventable.",
        ],
        ["Author: {n2_short}, Anticoagulation Team, {d1}.", "Signed off by {d_title}, {dl}."],
    ),
    S(
        "patient_portal_message",
        "portal",
        [
            "Patient portal message thread (ref {id_msg}) - {hosp} Rheumatology",
            "NHS App message from {p_full} to the clinic - {d0}",
        ],
        [
            "From {p_full} ({d0}): Hi, I had bloods on {dm} at {gp} and nobody has told me the result. I'm on {drug} and feel awful.",
            "From {p_first}: My mouth is full of ulcers and I bruise easily. My hospital number is {hn}.",
            "Reply from {n_full}, CNS ({d1}): Thank you {p_first}, I have passed this to {d_title}.",
            "From {p_first} ({d1}): It's been 2 days. My {rel} {r_first} says I should go to A&E.",
            "Reply from {n2_full} ({dl}): I'm sorry for the delay. Your blood count was low; please attend {hosp} today.",
        ],
        [
            "From {p_first}: my number is {ph} if it's easier to call.",
            "From {p_first}: also my address has changed to {addr}, {pc}.",
            "System note: message not triaged between {d1} and {dl} (inbox owner {o1_full} on leave).",
            "From {p_first}: I also have {eponym}, does that matter?",
            "Reply from {d_title}: please stop the {drug} until we have reviewed you.",
            "System note: NHS {nhs}, DOB {dob} verified by {o2_first}.",
        ],
        [
            "Thread closed by {n2_short}. Datix {id_datix}.",
            "Thread exported for the review on {dl}.",
        ],
        joiner="\n\n",
    ),
    S(
        "choking_slt_review",
        "clinical",
        [
            "Choking incident review - speech and language therapy - {p_full}",
            "SLT rapid review: choking on the ward, {ward}, {hosp}",
        ],
        [
            "{p_title}, {ageadj}, has {eponym} and was on an {iddsi} diet after an SLT assessment by {n2_full} on {dm}.",
            "On {d0} at {time}, {p_first} was given a sandwich from the standard menu by HCA {o1_first}; {he} choked and was found {obs}.",
            "Back blows were given by {n_full}; the arrest team led by {d_title} attended.",
            "The IDDSI sign above the bed had been removed when {p_first} moved from {ward2} to {ward}.",
            "{p_first}'s {rel} {r_tfull} said the family had told staff more than once; they were called on {ph}.",
        ],
        [
            "Hosp no {hn}; NHS {nhs}; DOB {dob}.",
            "{p_first} had been admitted from {home}; the home manager {o2_full} had sent the SLT plan by email.",
            "The catering assistant, {o3_first}, was new and had not been trained on {iddsi}.",
            "{p_first} has {iddsi} fluids, which were correct.",
            "{p_title} made a partial recovery and was discharged on {dl}.",
            "Datix {id_datix}; the family's solicitor, {o4_tfull}, has asked for the notes.",
        ],
        ["Review by {n2_short}, Lead SLT, {d1}.", "Signed off {dl} by {d_tfull}."],
        old=True,
    ),
)

# Top-up sentences shared by registers, used when a style's own extras run out.
SHARED = {
    "prose": (
        "Past history includes {eponym} and {score} on the last assessment.",
        "Observations at {time} were {obs}; {drug} had been given.",
        "The GP practice ({gp}) was sent a copy on {d1}.",
        "The patient's {rel}, {r_full}, asked to be kept informed and gave {ph3} as the best number.",
        "The review panel noted that {national} guidance had been available since 2019.",
        "A second incident in the same week, involving {o4_full}, was reviewed separately.",
        "The staffing on the day was two registered nurses short; escalation went via {number}.",
        "Records were requested from {hosp2} on {d1} and received after {duration}.",
        "The ward manager, {n2_tfull}, has shared the learning at the safety huddle.",
        "There was no evidence of {placeterm} or {eponym}.",
    ),
    "lines": (
        "{time} Obs: {obs}. {score}.",
        "{time} Message left for {rel} {r_first} on {ph3}.",
        "{time} {drug} given, checked by {n2_first}.",
        "{time} Discussed with {o4_tfull}; plan unchanged.",
        "{time} Copy to {gp}.",
        "{time} Datix reference added: {id_datix}.",
        "{time} Moved to {bed}.",
        "{time} Known {eponym}.",
        "{time} {national} guidance checked.",
        "{time} No evidence of {placeterm}.",
    ),
    "transcript": (
        "HANDLER: Is {he} breathing normally? CALLER: I think so, it's noisy.",
        "CALLER: Sorry, my {prel} has {eponym}, I said that to the last person.",
        "HANDLER: Any allergies? CALLER: Not that I know, {he} takes {drug}.",
        "HANDLER: Can you see {his} lips? CALLER: A bit blue round the edges.",
        "HANDLER: Are you with {him} now? CALLER: Yes, I'm at the house.",
        "HANDLER: I'm just going to read that back to you. CALLER: Yes, that's right.",
        "CALLER: {He} had a fall on {dm} as well, nobody came then either.",
        "HANDLER: Please stay on the line. CALLER: Okay. [pause]",
        "CALLER: The carers said {national} would want to know about this.",
    ),
    "portal": (
        "System note: message read by {o3_first} at {time}.",
        "System note: automatic reply sent (we aim to respond within 3 working days).",
        "From {p_first}: sorry to keep messaging, I'm just scared.",
        "From {p_first}: the {drug} box says to have blood tests regularly.",
        "System note: attachment received (photo of bruising).",
        "From {p_first}: I tried ringing {ph2} but it just rings out.",
        "System note: message forwarded to {email_team}.",
        "From {p_first}: I had {eponym} years ago, is that relevant?",
        "System note: {national} guidance on messaging response times linked.",
    ),
    "chat": (
        "[{chatdate}, {time}] {o4_first}: {drug} is in the CD cupboard btw",
        "[{chatdate}, {time}] {n2_first}: {obs} now",
        "[{chatdate}, {time}] {o3_first}: who's in charge tonight",
        "[{chatdate}, {time}] {n_first}: {score} 😬",
        "[{chatdate}, {time}] {o4_first}: can someone cover {bed} for 10 mins",
        "[{chatdate}, {time}] {o3_first}: ok",
        "[{chatdate}, {time}] {n2_first}: outreach bleeped, {number}",
        "[{chatdate}, {time}] {o4_first}: {national} would have a field day with this group",
    ),
    "informal": (
        "honestly i dont know what else to say, its been a nightmare since {d0}.",
        "{r_first} says the same, {rel}s always right about these things.",
        "they kept saying {eponym} like that explained everything.",
        "the tablets were {drug}, it says on the box.",
        "we were in {bed} for hours with nobody coming.",
        "the nurse {o4_first} was the only one who listened.",
        "its not about blame, we just want answers.",
        "we got a letter from {national} saying they would look into it.",
    ),
}
REGISTER_GROUP = {
    "clinical": "prose", "formal": "prose", "letter": "prose", "email": "informal", "notes": "lines",
    "table": "lines", "admin": "lines", "transcript": "transcript", "chat": "chat", "portal": "portal",
    "informal": "informal",
}  # fmt: skip
STYLE_NAMES = tuple(style.name for style in STYLES)


def alternatives() -> int:
    """How many template alternatives the styles hold (headers, core, extras, endings)."""
    return sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)


def _render(case: Case, template: str) -> list:
    pieces: list = []
    position = 0
    for match in re.finditer(r"\{(\w+)\}", template):
        if match.start() > position:
            pieces.append((template[position : match.start()], None, None))
        pieces.extend(case.slot(match.group(1)))
        position = match.end()
    if position < len(template):
        pieces.append((template[position:], None, None))
    return [piece for piece in pieces if piece[0]]


def _word_count(pieces: list) -> int:
    return len("".join(text for text, _, _ in pieces).split())


def _build(
    rng: random.Random, number: int, style: Style | None = None
) -> tuple[Example, tuple[tuple[int, int], ...]]:
    style = style or rng.choice(STYLES)
    case = Case(rng, style)
    case.mark_record()
    header = _render(case, rng.choice(style.headers))
    body = [_render(case, template) for template in style.core]
    ending = _render(case, rng.choice(style.endings))
    target = max(LOW_WORDS + 25, min(HIGH_WORDS - 30, int(rng.gauss(300, 40))))
    words = _word_count(header) + sum(map(_word_count, body)) + _word_count(ending)
    extras = list(style.extras)
    rng.shuffle(extras)
    shared = list(SHARED[REGISTER_GROUP[style.register]])
    rng.shuffle(shared)
    for template in [*extras, *shared]:
        if words >= target:
            break
        sentence = _render(case, template)
        size = _word_count(sentence)
        if words + size > HIGH_WORDS - 10:
            continue
        body.insert(rng.randint(1, len(body)), sentence)
        words += size
    joiner = (style.joiner, None, None)
    pieces = [*header, ("\n\n", None, None)]
    for index, sentence in enumerate(body):
        if index:
            pieces.append(joiner)
        pieces.extend(sentence)
    pieces += [("\n\n", None, None), *ending]
    text_parts: list[str] = []
    gold: list[GoldSpan] = []
    negatives: list[tuple[int, int]] = []
    length = 0
    for text, label, meta in pieces:
        if label == NEG:
            negatives.append((length, length + len(text)))
        elif label is not None:
            gold.append(GoldSpan(length, length + len(text), label, **(meta or {})))
        text_parts.append(text)
        length += len(text)
    example_ = Example(
        id=f"{PREFIX}-{number:06d}",
        text="".join(text_parts),
        known=case.known(),
        gold=tuple(gold),
        kind=style.name,
    )
    return example_, tuple(negatives)


def example(rng: random.Random, number: int) -> Example:
    """One narrative, drawn from ``rng``; ``number`` gives its id."""
    return _build(rng, number)[0]


def generate_with_negatives(
    count: int, seed: int = 1
) -> Iterator[tuple[Example, tuple[tuple[int, int], ...]]]:
    """The examples of ``generate``, each with the (start, end) of its look-alikes (never gold)."""
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:  # every style once per 25 examples, in a shuffled order
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _build(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    """``count`` narratives with exact gold spans; the same seed always gives the same texts."""
    for example_, _ in generate_with_negatives(count, seed):
        yield example_
