"""A thirty-eighth blind de-identification evaluation pack: airports and the public's front desks.

Synthetic UK incident reviews, logs and letters from airports (security lanes, check-in, the
baggage hall, cabin crew, passenger assistance, the chaplaincy, ground radio) and from the back
rooms and front desks of public offices (a jobcentre, a benefits office, a council tax office, a
bank branch, a solicitors' firm, a court, a register office, a housing office, a call centre),
each with the gold span of every identifier and the record the system would hold (``known``).
Written blind, without reading the engine; only shared helpers of ``evaluation`` are imported.
Every person, street, ward, number and address is made up; towns and villages are real.

The interface and the gold conventions are pack 37's (see evaluation_blind38.md).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from learnloop.sharing.evaluation import (
    LABELS,
    Example,
    GoldSpan,
    _new_person,
    listed_names,
    nhs_number,
    ordinal,
)

__all__ = ["LABELS", "STYLES", "alternatives", "example", "generate", "generate_with_negatives"]

PREFIX = "blind38"
LOW_WORDS = 200
HIGH_WORDS = 480
NO_RECORD = 0.12

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

AGE_MENTION = re.compile(r"\bage[d]? (\d{1,3})\b|\b(\d{1,3})(?=yo\b| y/o| years old| yrs\b|y\b)")

# ---------------------------------------------------------------------------------------------
# Towns: postcode district, dialling code, county word, council, two villages or suburbs
# ---------------------------------------------------------------------------------------------

TOWN_INFO = {
    "Horley": ("RH6", "01293", "Surrey", "Reigate and Banstead Borough Council", ("Smallfield", "Salfords")),
    "Rochford": ("SS4", "01702", "Essex", "Rochford District Council", ("Hawkwell", "Ashingdon")),
    "Finningley": ("DN9", "01302", "South Yorkshire", "City of Doncaster Council", ("Auckley", "Blaxton")),
    "Ferndown": ("BH22", "01202", "Dorset", "Dorset Council", ("West Parley", "Tricketts Cross")),
    "Lydd": ("TN29", "01797", "Kent", "Folkestone and Hythe District Council", ("Greatstone", "New Romney")),
    "Farnborough": ("GU14", "01252", "Hampshire", "Rushmoor Borough Council", ("North Camp", "West Heath")),
    "Biggin Hill": ("TN16", "01959", "Kent", "Bromley Council", ("Tatsfield", "Westerham")),
    "Winford": ("BS40", "01275", "Somerset", "North Somerset Council", ("Felton", "Barrow Gurney")),
    "Staines-upon-Thames": ("TW18", "01784", "Surrey", "Spelthorne Borough Council", ("Egham Hythe", "Littleton")),
    "Churchdown": ("GL3", "01452", "Gloucestershire", "Tewkesbury Borough Council", ("Hucclecote", "Innsworth")),
    "Lancing": ("BN15", "01903", "West Sussex", "Adur District Council", ("Sompting", "Southwick")),
    "Yateley": ("GU46", "01252", "Hampshire", "Hart District Council", ("Darby Green", "Eversley")),
    "Gerrards Cross": ("SL9", "01753", "Buckinghamshire", "Buckinghamshire Council", ("Chalfont St Peter", "Denham")),
    "Wellesbourne": ("CV35", "01789", "Warwickshire", "Stratford-on-Avon District Council", ("Charlecote", "Hampton Lucy")),
    "Barton-upon-Humber": ("DN18", "01652", "Lincolnshire", "North Lincolnshire Council", ("Barrow upon Humber", "South Ferriby")),
    "Ponteland": ("NE20", "01661", "Northumberland", "Northumberland County Council", ("Darras Hall", "Medburn")),
    "Cranfield": ("MK43", "01234", "Bedfordshire", "Central Bedfordshire Council", ("Marston Moretaine", "Wharley End")),
    "Sawston": ("CB22", "01223", "Cambridgeshire", "South Cambridgeshire District Council", ("Whittlesford", "Pampisford")),
    "Amesbury": ("SP4", "01980", "Wiltshire", "Wiltshire Council", ("Bulford", "Durrington")),
    "Wombourne": ("WV5", "01902", "Staffordshire", "South Staffordshire Council", ("Trysull", "Bobbington")),
    "Sherburn in Elmet": ("LS25", "01977", "North Yorkshire", "North Yorkshire Council", ("South Milford", "Monk Fryston")),
    "Kemble": ("GL7", "01285", "Gloucestershire", "Cotswold District Council", ("Siddington", "Ewen")),
    "Bembridge": ("PO35", "01983", "Isle of Wight", "Isle of Wight Council", ("Brading", "Whitecliff Bay")),
    "Chobham": ("GU24", "01276", "Surrey", "Surrey Heath Borough Council", ("Windlesham", "Bisley")),
    "Abridge": ("RM4", "01992", "Essex", "Epping Forest District Council", ("Theydon Bois", "Lambourne End")),
    "Leigh-on-Sea": ("SS9", "01702", "Essex", "Southend-on-Sea City Council", ("Eastwood", "Belfairs")),
    "Horsford": ("NR10", "01603", "Norfolk", "Broadland District Council", ("Spixworth", "Horsham St Faith")),
    "Eaglescliffe": ("TS16", "01642", "County Durham", "Stockton-on-Tees Borough Council", ("Egglescliffe", "Yarm")),
    "Stansted Mountfitchet": ("CM24", "01279", "Essex", "Uttlesford District Council", ("Takeley", "Elsenham")),
    "Middleton St George": ("DL2", "01325", "County Durham", "Darlington Borough Council", ("Dinsdale", "Sadberge")),
    "Kegworth": ("DE74", "01509", "Leicestershire", "North West Leicestershire District Council", ("Diseworth", "Lockington")),
    "Broadclyst": ("EX5", "01392", "Devon", "East Devon District Council", ("Rockbeare", "Clyst Honiton")),
}  # fmt: skip
TOWNS = tuple((town, info[0], info[1]) for town, info in TOWN_INFO.items())
LOCALITIES = {town: info[4] for town, info in TOWN_INFO.items()}

# Streets after old airliners and aircraft, wards after clouds, homes after stars, practices after
# airfield words, home care companies after stationery.
STREET_WORDS = (
    "Vulcan", "Viscount", "Trident", "Dakota", "Britannia", "Canberra", "Valiant", "Anson",
    "Dragonfly", "Herald", "Hermes", "Argosy",
)  # fmt: skip
STREET_KINDS = ("Way", "Road", "Close", "Drive", "Avenue", "Approach", "Crescent", "Parade")
WARD_WORDS = (
    "Cirrus", "Stratus", "Cumulus", "Cirrostratus", "Altostratus", "Cirrocumulus", "Nimbostratus",
    "Stratocumulus",
)  # fmt: skip
WARD_KINDS = ("Ward", "Ward", "Unit")
HOME_WORDS = (
    "Polaris House", "Sirius Lodge", "Vega Court", "Altair House", "Capella Lodge",
    "Arcturus Court", "Rigel House", "Deneb Lodge",
)  # fmt: skip
HOME_KINDS = ("Care Home", "Nursing Home", "care home")
PRACTICE_WORDS = ("Windsock", "Old Aerodrome", "Airfield", "Control Tower", "Hangar Yard")
PRACTICE_KINDS = ("Surgery", "Medical Practice", "Health Centre")
PROVIDER_WORDS = ("Paperclip", "Inkwell", "Stapler", "Bookend", "Rubber Band", "Envelope")
PROVIDER_KINDS = ("Home Care", "Homecare Ltd", "Care Services", "Domiciliary Care")
HOSPITAL_FORMS = (
    "{town} Community Hospital", "{town} Minor Injuries Unit", "{county} Royal Hospital",
    "{county} County Hospital",
)  # fmt: skip
TRUST_FORMS = (
    "{county} Acute Hospitals NHS Trust", "{county} Healthcare NHS Foundation Trust",
    "{county} Community Services NHS Trust",
)  # fmt: skip
# Hospital numbers: one local shape per town.
HOSP_FORMS = ("AAA999999", "99A99999", "A9999-99")

# ---------------------------------------------------------------------------------------------
# Look-alikes: never gold, tracked as negatives
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "drug": (
        "cinnarizine", "hyoscine patch", "buccal midazolam", "glucagon", "fexofenadine",
        "domperidone", "Dextrogel", "Dioralyte", "glyceryl trinitrate spray", "Buscopan",
        "loperamide", "nicotine patch",
    ),
    "dose": (
        "300 mg chewed", "two puffs", "1 mg IM", "10 mg buccal", "600 micrograms", "4 mg melt",
        "one sachet", "two tablets of 15 mg",
    ),
    "score": (
        "a FAST test", "an ABCD2 score of 4", "a 4AT of 7", "a PHQ-9 of 19", "a peak flow of 180",
        "an AVPU of V", "a pain score of 9/10", "a ROSIER of 3", "a blood sugar of 2.1",
    ),
    "device": (
        "the cabin AED", "an evacuation chair", "a stair climber", "the ambulift", "an aisle chair",
        "a sunflower lanyard", "the hearing loop", "a panic alarm", "the doctor's kit",
        "an oxygen bottle", "a spacer", "a Libre sensor",
    ),
    "national": (
        "the Civil Aviation Authority", "the Air Accidents Investigation Branch", "Border Force",
        "HM Revenue and Customs", "the Pension Service", "the Independent Case Examiner",
        "the Financial Ombudsman Service", "the Solicitors Regulation Authority",
        "HM Courts and Tribunals Service", "HM Passport Office", "the General Register Office",
        "the Local Government and Social Care Ombudsman", "the Court of Protection Visitors",
    ),
    "law": (
        "the Air Navigation Order 2016", "Regulation (EC) 1107/2006", "the Aviation Security Act 1982",
        "the Montreal Convention", "the Welfare Reform Act 2012",
        "the Births and Deaths Registration Act 1953", "the Juries Act 1974", "the Housing Act 2004",
        "the Homelessness Act 2002", "the Control of Noise at Work Regulations 2005",
    ),
    "eponym": (
        "an Adams-Stokes attack", "Biot's breathing", "the Valsalva manoeuvre",
        "Pemberton's sign", "Moses' sign", "the Epley manoeuvre", "the Heimlich manoeuvre",
        "a Jacksonian march", "Unterberger's test", "Trousseau's sign", "the Dix-Hallpike test",
    ),
    "word": (
        "Work Coach", "Counter Clerk", "Customer Adviser", "Ramp Agent", "Gate Supervisor",
        "Cabin Manager", "Cabin Service Director", "Duty Terminal Manager", "Check-in Agent", "PRM Agent",
        "Court Usher", "Deputy Registrar", "Branch Manager", "Revenue Officer", "Housing Officer",
        "Screening Officer", "Baggage Handler", "Airport Chaplain", "Floorwalker", "Contact Centre Agent", "Trainee Solicitor",
    ),
    "bed": (
        "seat 14C", "seat 31A", "stand 41", "chair 7 of the assessment room", "trolley 12",
        "cubicle 5 of the medical centre", "side room 9", "bed 16 of the observation unit",
    ),
    "duration": (
        "for ninety minutes", "for three hours", "for eleven hours", "12/7", "7/52",
        "for two nights", "for 35 minutes", "over six hours", "for the whole shift",
    ),
}  # fmt: skip
NATIONAL = LOOKALIKES["national"]

CLINICAL_INITIALS = frozenset(
    """AED AF BP CT ED GP MI PE HR ECG MRI TIA UTI DKA COPD CPR DNR NHS GCS ICU ITU OT IV IM
    PRM ATC AA BA CA DA EA GA HA LA MA NA PA RA SA TA AB AE AC AD AL AM AN AS AT AV BD BM CC CD
    CO CS DM DN DR EC EN ER FT GI HB HD HV IC ID LD MH MR MS ND NG NP OD OP PC PO PR PT PV RN
    RR SC SD SN SR ST TB TD UK US VT WC""".split()
)

# ---------------------------------------------------------------------------------------------
# People: the pack's own name groups (Amharic, Lao, West Frisian, Kyrgyz, Dinka) beside Faker
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    "Amharic": {
        "F": ("Selamawit", "Tigist", "Meseret", "Hiwot", "Tsion", "Mahlet", "Rahel", "Yeshi", "Alemitu", "Meron"),
        "M": ("Tewodros", "Mesfin", "Getachew", "Abebe", "Bekele", "Yohannes", "Ermias", "Fikru", "Henok", "Natnael"),
        "L": ("Wondimu", "Tadesse", "Alemu", "Mengistu", "Ayele", "Demissie", "Asfaw", "Worku", "Haileyesus", "Gebeyehu"),
    },
    "Lao": {
        "F": ("Manivone", "Chanthaly", "Vilaykham", "Souksamay", "Davone", "Bouakham", "Phetsamay", "Keovilay"),
        "M": ("Somphone", "Bounmy", "Khampheng", "Soulivong", "Thongsavanh", "Sengphet", "Viengkham", "Phouvong"),
        "L": ("Phommachanh", "Sisouphanh", "Vongsavath", "Keomany", "Inthavong", "Phanthavong", "Sengdara", "Souvannavong", "Luangrath", "Sayavong"),
    },
    "West Frisian": {
        "F": ("Sjoukje", "Tsjitske", "Baukje", "Antsje", "Wytske", "Janke", "Hiske", "Froukje", "Aukje", "Trijntje"),
        "M": ("Sjoerd", "Tjeerd", "Wybren", "Hylke", "Jelle", "Durk", "Auke", "Sietse", "Gerben", "Rintje"),
        "L": ("Hoekstra", "Dijkstra", "Wiersma", "Bouma", "Postma", "Terpstra", "Zijlstra", "Kingma", "Jongsma", "Hettema", "Sikkema", "Boersma", "Feenstra", "Tjepkema", "Wijbenga", "Algra"),
    },
    "Kyrgyz": {
        "F": ("Aizhan", "Gulnara", "Cholpon", "Nurgul", "Asel", "Begimai", "Jyldyz", "Kanykei", "Meerim", "Aida"),
        "M": ("Bakyt", "Almazbek", "Nurlan", "Azamat", "Talant", "Kubanych", "Tilek", "Ulan", "Ermek", "Emil"),
        "L": ("Toktogulov", "Sadyrov", "Zhaparov", "Osmonov", "Abdraimov", "Bekmuratov", "Kadyrbekov", "Sultanbaev", "Mamytov", "Tashiev"),
    },
    "Dinka": {
        "F": ("Achol", "Nyandeng", "Abuk", "Aluel", "Ayen", "Adhieu", "Akuol", "Nyanut"),
        "M": ("Garang", "Majok", "Akech", "Mabior", "Kuol", "Thon", "Makuei", "Mabil"),
        "L": ("Mayen", "Akol", "Ajak", "Dut", "Malual", "Lual", "Atem", "Majak", "Chol", "Bol"),
    },
}  # fmt: skip
OWN_FIRST = {
    sex: tuple(name for group in OWN_GROUPS.values() for name in group[sex]) for sex in "FM"
}
OWN_LAST = tuple(name for group in OWN_GROUPS.values() for name in group["L"])
# Kyrgyz patronymics: "Bakyt Almazbek uulu" (son of Almazbek), "Aizhan Nurlan kyzy".
PARTICLE = ("uulu", "kyzy")
PARTICLES = r"(?i)\b(uulu|kyzy)\b"
# Surnames that are English words of the office, the court and travel.
WORD_NAMES = ("Banks", "Ledger", "Teller", "Lander", "Judge", "Bond", "Carrier", "Storey", "Penn")
ALL_WORD_NAMES = frozenset(WORD_NAMES)
NICKNAMES = {
    "Tewodros": ("Teddy",), "Mahlet": ("Mahi",), "Manivone": ("Noy",), "Khampheng": ("Pheng",),
    "Sjoukje": ("Sjouk",), "Nurlan": ("Nurik",), "Azamat": ("Azik",), "Nyandeng": ("Deng",),
    "Thongsavanh": ("Thong",), "Froukje": ("Frouk",),
}  # fmt: skip
RELATIONS = {
    "F": ("daughter", "wife", "sister", "niece", "granddaughter", "mother", "partner"),
    "M": ("son", "husband", "brother", "nephew", "grandson", "father", "partner"),
}
CHILD_RELATIONS = {"F": ("mother", "aunt", "grandmother"), "M": ("father", "uncle", "grandfather")}
NAME_FORMS = (
    "full", "first", "last", "title", "tfull", "dr", "tdr", "init", "ini", "caps", "upper",
    "lower", "nick", "email", "pemail", "poss", "fl", "login", "pnr",
)  # fmt: skip
PEOPLE = ("p", "r", "s1", "s2", "d", "o1", "o2", "o3", "o4", "o5")


def _fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value.replace("ı", "i").casefold())
    return plain.encode("ascii", "ignore").decode()


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", _fold(value))


def _forbidden() -> frozenset[str]:
    words: set[str] = set()
    texts = [term for terms in LOOKALIKES.values() for term in terms]
    for town, (_, _, county, council, locs) in TOWN_INFO.items():
        texts += [town, county, council, *locs]
    texts += [*STREET_WORDS, *STREET_KINDS, *WARD_WORDS, *WARD_KINDS, *HOME_WORDS, *HOME_KINDS]
    texts += [*PRACTICE_WORDS, *PRACTICE_KINDS, *PROVIDER_WORDS, *PROVIDER_KINDS]
    texts += [*HOSPITAL_FORMS, *TRUST_FORMS, *MONTHS, *WEEKDAYS]
    for text in texts:
        words |= {_fold(w) for w in re.findall(r"[^\W\d_]+", text) if len(w) > 2}
    return frozenset(words)


FORBIDDEN = _forbidden()


def _words(n: int) -> str:
    """An age in words: 93 -> "ninety-three", 101 -> "one hundred and one"."""
    units = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {units[rest]}" if rest else "")
    tens = {9: "ninety", 8: "eighty", 7: "seventy", 6: "sixty", 5: "fifty", 4: "forty"}
    head = tens.get(n // 10, str(n))
    return head + (f"-{units[n % 10]}" if n % 10 else "")


# ---------------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    name: str
    register: str  # prose, lines, letter
    what: str
    headers: tuple[str, ...]
    core: tuple[str, ...]
    extras: tuple[str, ...]
    endings: tuple[str, ...]
    refs: tuple[str, str]  # reference shapes: "#" a digit, "@" a capital letter
    sex: str | None = None  # the patient's sex when the story fixes it
    old: bool = False
    child: bool = False
    provider: bool = False
    topup: str = ""  # lines: the shape of a line, with {stamp} {clock} {text} {sign}
    stamp: str = ""  # lines: strftime of the line's date
    clock: str = "%H:%M"  # lines: strftime of the line's time
    upper_stamp: bool = False
    signs: tuple[str, ...] = ("s1", "s2")  # lines: who signs a line
    sign_form: str = "init"
    night: bool = False
    rel_word: str = ""  # the relative's relation when the story fixes it ("mother")


@dataclass
class Person:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool
    kind: str
    nick: str = ""
    title: str = ""
    initials: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def _ref(rng: random.Random, shape: str) -> str:
    return "".join(
        str(rng.randint(0, 9)) if ch == "#" else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if ch == "@" else ch
        for ch in shape
    )


class _Case:
    """The facts one text is written from: people, places, numbers and dates."""

    def __init__(self, rng: random.Random, style: Style, sentences: list[str]) -> None:
        self.rng = rng
        self.style = style
        self.used_parts: set[str] = set()
        self.used_initials: set[str] = set()
        self.record = rng.random() >= NO_RECORD
        self.dot = "." if rng.random() < 0.2 else ""
        hints: dict[str, str] = {}
        for sentence in sentences:
            for who, sex in re.findall(r"\{(o\d)([fm])\.", sentence):
                hints[who] = sex.upper()
        self.people: dict[str, Person] = {}
        psex = style.sex or rng.choice("FM")
        self.people["p"] = self._person("patient", psex, self.record)
        if style.rel_word:
            rsex = "F" if style.rel_word in (*RELATIONS["F"], *CHILD_RELATIONS["F"]) else "M"
        else:
            rsex = rng.choice("FM")
        self.people["r"] = self._person("relative", rsex, self.record)
        relations = CHILD_RELATIONS if style.child else RELATIONS
        self.rel = style.rel_word or rng.choice(relations[self.people["r"].sex])
        for who in ("s1", "s2"):
            self.people[who] = self._person("staff", rng.choice("FM"), False)
        self.people["d"] = self._person("doctor", rng.choice("FM"), False)
        for who in ("o1", "o2", "o3", "o4", "o5"):
            self.people[who] = self._person("other", hints.get(who) or rng.choice("FM"), False)
        # Place and numbers.
        self.town = rng.choice(list(TOWN_INFO))
        district, code, county, council, locs = TOWN_INFO[self.town]
        self.code, self.county, self.council = code, county, council
        self.locality = rng.choice(locs)
        self.street_line = f"{rng.randint(1, 160)} {rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        if rng.random() < 0.15:
            self.street_line = f"Flat {rng.randint(1, 24)}, {self.street_line}"
        inward = f"{rng.randint(0, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        self.postcode = f"{district} {inward}"
        self.nhs = nhs_number(rng)
        town_index = list(TOWN_INFO).index(self.town)
        shape = HOSP_FORMS[town_index % len(HOSP_FORMS)]
        self.hosp = _ref(rng, shape.replace("9", "#").replace("A", "@"))
        self.ward = f"{rng.choice(WARD_WORDS)} {rng.choice(WARD_KINDS)}"
        self.ward2 = self.ward
        while self.ward2.split()[0] == self.ward.split()[0]:
            self.ward2 = f"{rng.choice(WARD_WORDS)} {rng.choice(WARD_KINDS)}"
        self.home = f"{rng.choice(HOME_WORDS)} {rng.choice(HOME_KINDS)}"
        self.street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        self.hospital = rng.choice(HOSPITAL_FORMS).format(town=self.town, county=county)
        other = rng.choice([t for t in TOWN_INFO if t != self.town])
        self.hospital2 = rng.choice(HOSPITAL_FORMS[:2]).format(town=other, county=TOWN_INFO[other][2])
        self.trust = rng.choice(TRUST_FORMS).format(county=county)
        self.gp = f"{rng.choice(PRACTICE_WORDS)} {rng.choice(PRACTICE_KINDS)}"
        self.prov = f"{rng.choice(PROVIDER_WORDS)} {rng.choice(PROVIDER_KINDS)}"
        self.refs = [_ref(rng, style.refs[0]), _ref(rng, style.refs[1])]
        generic = ("Council", "Borough", "District", "City", "County", "of", "and")
        words = [w for w in council.split() if w not in generic]
        self.domain = "-".join(_slug(w.replace("-", "")) if "-" not in w else w.lower() for w in words) + ".gov.uk"
        head, *rest = self.hospital.split(" ")
        self.hosp_domain = f"{_slug(head)}-{''.join(w[0] for w in rest).lower()}.nhs.uk"
        # Dates: the event day, before it, after it, the letter's date and the next appointment.
        start = date(2025, 1, 3)
        self.day0 = start + timedelta(days=rng.randint(0, 660))
        if (self.day0.month, self.day0.day) == (2, 29):
            self.day0 += timedelta(days=1)
        self.prev = self.day0 - timedelta(days=rng.randint(2, 40))
        self.later = self.day0 + timedelta(days=rng.randint(1, 9))
        self.ldate = self.later + timedelta(days=rng.randint(2, 20))
        self.next = self.ldate + timedelta(days=rng.randint(3, 30))
        if style.child:
            self.age = rng.randint(3, 15)
        elif style.old:
            self.age = rng.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104])
        else:
            self.age = rng.randint(19, 86)
        high = date(self.day0.year - self.age, self.day0.month, self.day0.day)
        low = date(self.day0.year - self.age - 1, self.day0.month, self.day0.day) + timedelta(days=1)
        self.dob = low + timedelta(days=rng.randint(0, (high - low).days))
        self.staff_age = rng.randint(19, 64)

    # -- people ------------------------------------------------------------------------------

    def _draw(self, sex: str) -> tuple[str, str, str, str]:
        rng = self.rng
        if rng.random() < 0.45:
            person = _new_person(rng, sex=sex)
            first, last, names = person.first, person.last, person.names
            if re.search(r"[\s'-]", first) or "'" in last:
                return "", "", "", ""
            return first, last, names, ""
        group = rng.choice(list(OWN_GROUPS))
        lists = OWN_GROUPS[group]
        first = rng.choice(lists[sex])
        roll = rng.random()
        if group == "Kyrgyz" and rng.random() < 0.35:
            father = rng.choice(lists["M"])
            last = f"{father} {'kyzy' if sex == 'F' else 'uulu'}"
        elif roll < 0.22:
            last = rng.choice(WORD_NAMES)
        elif roll < 0.30:
            a, b = rng.sample(lists["L"], 2)
            if group == "Kyrgyz" and sex == "F":
                a, b = f"{a}a", f"{b}a"
            last = f"{a}-{b}"
        else:
            last = rng.choice(lists["L"])
            if group == "Kyrgyz" and sex == "F":
                last += "a"
        listed = listed_names()
        parts = re.split(r"[\s-]+", f"{first} {last}")
        names = "listed" if all(part.casefold() in listed for part in parts) else "unlisted"
        nick = rng.choice(NICKNAMES[first]) if first in NICKNAMES else ""
        return first, last, names, nick

    def _person(self, kind: str, sex: str, in_record: bool) -> Person:
        for _ in range(500):
            first, last, names, nick = self._draw(sex)
            if not first:
                continue
            parts = {_fold(p) for p in re.split(r"[\s-]+", f"{first} {last}") if p}
            if nick:
                parts.add(_fold(nick))
            if parts & self.used_parts or any(len(p) > 2 and p in FORBIDDEN for p in parts):
                continue
            if any(p in ("mr", "mrs", "ms", "miss", "dr", "master") for p in parts):
                continue
            break
        self.used_parts |= parts
        person = Person(first, last, sex, names, in_record, kind, nick)
        if kind == "doctor":
            person.title = "Dr"
        elif kind == "patient" and self.style.child:
            person.title = "Miss" if sex == "F" else "Master"
        elif sex == "F":
            person.title = self.rng.choice(("Mrs", "Ms", "Miss") if kind == "patient" else ("Ms", "Mrs"))
        else:
            person.title = "Mr"
        letters = [first[0], *(w[0] for w in re.split(r"[\s-]+", last) if w)]
        initials = _fold("".join(letters)).upper()
        if (
            re.fullmatch(r"[A-Z]{2,4}", initials)
            and initials not in CLINICAL_INITIALS
            and initials not in self.used_initials
        ):
            person.initials = initials
            self.used_initials.add(initials)
        return person

    def honorific(self, person: Person) -> str:
        return person.title + (self.dot if person.title in ("Mr", "Mrs", "Ms", "Dr") else "")


# ---------------------------------------------------------------------------------------------
# Writing a text
# ---------------------------------------------------------------------------------------------

Piece = tuple[str, str | None, dict | None, bool]  # text, label, PERSON meta, look-alike
_TOKEN = re.compile(r"\{(\w+)\.(\w+)\}|\{(\w+)\}|<<(.+?)>>")


def _ascii(value: str, joiner: str = "") -> str:
    return re.sub(r"[\s']+", joiner, _fold(value)).replace("-", joiner or "")


def _year_forms(d: date) -> list[tuple[str, int]]:
    month, weekday = MONTHS[d.month - 1], WEEKDAYS[d.weekday()]
    return [
        (f"{d:%d/%m/%Y}", 14), (f"{d:%d/%m/%y}", 5), (d.isoformat(), 4), (f"{d:%d-%m-%Y}", 4),
        (f"{d.day}.{d.month}.{d:%y}", 3), (f"{d:%d.%m.%Y}", 3), (f"{d:%d}{month[:3].upper()}{d.year}", 3),
        (f"{d.day} {month[:3].upper()} {d.year}", 3), (f"{d.day}-{month[:3]}-{d.year}", 3),
        (f"{d.day} {month} {d.year}", 10), (f"{month} {d.day}, {d.year}", 2),
        (f"{weekday[:3]} {d:%d/%m/%Y}", 3), (f"{weekday} {d.day} {month} {d.year}", 3),
        (f"{ordinal(d.day)} {month} {d.year}", 10), (f"{d.day} {month[:3]} {d.year}", 4),
    ]  # fmt: skip


def _free_forms(d: date) -> list[tuple[str, int]]:
    month, weekday = MONTHS[d.month - 1], WEEKDAYS[d.weekday()]
    return [
        (f"{ordinal(d.day)} {month}", 10), (f"{d.day} {month}", 6), (f"the {ordinal(d.day)} of {month}", 4),
        (f"{month} {ordinal(d.day)}", 2), (f"{d:%d/%m}", 4), (f"{weekday[:3]} {d.day}/{d.month}", 3),
        (f"{weekday} the {ordinal(d.day)}", 3), (f"{weekday[:3]} {ordinal(d.day)} {month[:3]}", 3),
        (f"the {ordinal(d.day)}", 3),
    ]  # fmt: skip


def _pick(rng: random.Random, forms: list[tuple[str, int]]) -> str:
    return rng.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]


class _Renderer:
    def __init__(self, case: _Case) -> None:
        self.case = case
        self.rng = case.rng
        self.running = date.min  # the latest date written with its year
        self.cap: date | None = None  # no date after this carries its year

    # -- dates -------------------------------------------------------------------------------

    def date_text(self, d: date, *, header: bool = False) -> str:
        allowed = d >= self.running and (self.cap is None or d <= self.cap)
        if header:  # a letter's own date: always with its year, and not an event
            return _pick(self.rng, _year_forms(d))
        if allowed and self.rng.random() < 0.75:
            self.running = d
            return _pick(self.rng, _year_forms(d))
        return _pick(self.rng, _free_forms(d))

    def stamp(self, when: datetime) -> str:
        self.running = max(self.running, when.date())
        text = when.strftime(self.case.style.stamp)
        return text.upper() if self.case.style.upper_stamp else text

    # -- people ------------------------------------------------------------------------------

    def person(self, who: str, form: str) -> list[Piece]:
        case, rng = self.case, self.rng
        p = case.people[who[:2] if who.startswith("o") else who]
        meta = {"names": p.names, "in_record": p.in_record}
        first, last = p.first, p.last
        hon = case.honorific(p)
        if form == "email":
            if p.kind in ("staff", "doctor"):
                return [(f"{_ascii(first)}.{_ascii(last)}@nhs.net", "EMAIL", None, False)]
            return [(f"{_ascii(first)}{_ascii(last)[:1]}{rng.randint(10, 99)}@gmail.com", "EMAIL", None, False)]
        if form == "pemail":
            return [(f"{_ascii(last)}.{_ascii(first)[:1]}@btinternet.com", "EMAIL", None, False)]
        if form == "poss":
            return [(f"{first} {last}", "PERSON", meta, False), ("'s", None, None, False)]
        if form in ("dr", "tdr") and p.kind != "doctor":
            form = "title" if form == "dr" else "tfull"
        value = {
            "full": f"{first} {last}",
            "first": p.nick if p.nick and rng.random() < 0.4 else first,
            "last": last,
            "title": f"{hon} {last}",
            "tfull": f"{hon} {first} {last}",
            "dr": f"{hon} {last}",
            "tdr": f"{hon} {first} {last}",
            "caps": f"{last.upper()}, {first}",
            "upper": f"{first} {last}".upper(),
            "lower": f"{first} {last}".lower(),
            "nick": p.nick or first,
            "fl": f"{first} {_fold(last[0]).upper() or last[0]}",
            "login": f"{_ascii(last, '-')}.{_ascii(first)}",
            "pnr": f"{_ascii(last).upper()}/{_ascii(first).upper()}",
            "ini": f"{_fold(first[0]).upper()}{rng.choice(('. ', ' '))}{last}",
        }.get(form)
        if form == "init":
            if p.initials:
                value = p.initials if rng.random() < 0.7 else ".".join(p.initials) + "."
            else:
                value = f"{_fold(first[0]).upper()}. {last}"
        if value is None:
            raise KeyError(form)
        return [(value, "PERSON", meta, False)]

    # -- everything else ---------------------------------------------------------------------

    def value(self, slot: str) -> list[Piece]:
        case, rng = self.case, self.rng
        if slot in ("date", "prev", "later", "next"):
            d = {"date": case.day0, "prev": case.prev, "later": case.later, "next": case.next}[slot]
            return [(self.date_text(d), "DATE", None, False)]
        if slot == "ldate":
            return [(self.date_text(case.ldate, header=case.style.register == "letter"), "DATE", None, False)]
        if slot == "day":
            d = case.day0
            forms = [
                (f"the {ordinal(d.day)}", 3), (f"{WEEKDAYS[d.weekday()]} the {ordinal(d.day)}", 3),
                (f"{WEEKDAYS[d.weekday()][:3]} {ordinal(d.day)} {MONTHS[d.month - 1][:3]}", 2),
                (f"{WEEKDAYS[d.weekday()][:3]} {d.day}/{d.month}", 2),
            ]  # fmt: skip
            return [(_pick(rng, forms), "DATE", None, False)]
        if slot == "dob":
            forms = [f for f in _year_forms(case.dob) if not re.search(r"\D\d{2}$", f[0])]
            return [(_pick(rng, forms), "DATE", None, False)]
        if slot == "age":
            n = case.age
            lead, tail = rng.choice(
                [("aged ", ""), ("", " years old"), ("", "yo"), ("", " y/o"), ("", " yrs"), ("age ", "")]
            )
            if n > 89:
                if rng.random() < 0.2:
                    return [("aged ", None, None, False), (_words(n), "AGE", None, False)]
                return [(lead, None, None, False), (str(n), "AGE", None, False), (tail, None, None, False)]
            return [(f"{lead}{n}{tail}", None, None, False)]
        if slot == "nhs":
            n = case.nhs
            text = rng.choice([n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])
            return [(text, "NHS_NUMBER", None, False)]
        if slot == "hosp":
            return [(case.hosp, "HOSPITAL_NUMBER", None, False)]
        if slot in ("addr", "addrb"):
            line, loc, town, pc = case.street_line, case.locality, case.town, case.postcode
            if slot == "addrb":
                return [(f"{line}\n{loc}\n{town}", "ADDRESS", None, False), ("\n", None, None, False), (pc, "POSTCODE", None, False)]
            kind = rng.randint(1, 4)
            if kind == 1:
                return [(f"{line}, {loc}, {town}", "ADDRESS", None, False), (", ", None, None, False), (pc, "POSTCODE", None, False)]
            if kind == 2:
                return [(f"{line}, {loc}, {town}".upper(), "ADDRESS", None, False), (", ", None, None, False), (pc, "POSTCODE", None, False)]
            if kind == 3:
                return [(f"{line.replace(',', '')} {town}", "ADDRESS", None, False), (" ", None, None, False), (pc.replace(" ", ""), "POSTCODE", None, False)]
            return [(f"{line}, {town}", "ADDRESS", None, False), (", ", None, None, False), (pc.lower(), "POSTCODE", None, False)]
        if slot == "addr2":
            line = f"{rng.randint(1, 160)} {rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
            return [(f"{line}{rng.choice((', ', ' '))}{case.town}", "ADDRESS", None, False)]
        if slot in ("ward", "ward2", "home", "street"):
            return [(getattr(case, slot), "LOCATION", None, False)]
        if slot in ("hospital", "hospital2", "trust", "gp", "council", "prov"):
            return [(getattr(case, slot), "ORGANISATION", None, False)]
        if slot in ("ref", "ref2"):
            return [(case.refs[slot == "ref2"], "ID", None, False)]
        if slot == "phone":
            code, local = case.code, str(rng.randint(200000, 999999))
            text = rng.choice(
                [f"{code} {local}", f"({code}) {local}", f"+44 (0){code[1:]} {local}", f"+44 {code[1:]} {local}",
                 f"{code}{local}", f"{code} {local[:3]} {local[3:]}", f"{code}-{local}",
                 f"+44{code[1:]}{local}", f"+44 (0) {code[1:]} {local}", f"({code}) {local[:3]} {local[3:]}",
                 f"+44-{code[1:]}-{local}"]
            )  # fmt: skip
            if rng.random() < 0.2:
                text += rng.choice((" ext ", " x")) + str(rng.randint(1000, 9999))
            return [(text, "PHONE", None, False)]
        if slot == "mob":
            n = f"07{rng.randint(400, 999)}{rng.randint(0, 999999):06d}"
            text = rng.choice(
                [n, f"{n[:5]} {n[5:]}", f"{n[:5]} {n[5:8]} {n[8:]}", f"+44 {n[1:5]} {n[5:]}", f"+44{n[1:]}",
                 f"({n[:5]}) {n[5:]}", f"{n[:4]} {n[4:7]} {n[7:]}", f"+44 {n[1:5]} {n[5:8]} {n[8:]}",
                 f"{n[:5]}-{n[5:8]}-{n[8:]}"]
            )
            return [(text, "PHONE", None, False)]
        if slot == "email":
            s2 = case.people["s2"]
            return [(f"{_ascii(s2.first)}.{_ascii(s2.last)}@{case.domain}", "EMAIL", None, False)]
        if slot == "email2":
            box = rng.choice(("pals", "safeguarding", "patient.experience", "complaints"))
            return [(f"{box}@{case.hosp_domain}", "EMAIL", None, False)]
        if slot == "url":
            text = rng.choice(
                [f"www.{case.domain}/report-it", f"https://www.{case.domain}/contact-us", f"{case.hosp_domain}/patient-advice",
                 f"https://{case.hosp_domain}/visiting"]
            )  # fmt: skip
            return [(text, "URL", None, False)]
        if slot == "rel":
            return [(case.rel, None, None, False)]
        if slot in ("time", "time2"):
            hour, minute = rng.randint(6, 22), rng.choice((0, 5, 10, 20, 25, 35, 40, 50, 55))
            return [(rng.choice((f"{hour:02d}:{minute:02d}", f"{hour:02d}{minute:02d}", f"{hour:02d}.{minute:02d}")), None, None, False)]
        if slot == "town":
            return [(case.town, None, None, False)]
        raise KeyError(slot)

    def render(self, template: str) -> list[Piece]:
        pieces: list[Piece] = []
        at = 0
        for match in _TOKEN.finditer(template):
            if match.start() > at:
                pieces.append((template[at : match.start()], None, None, False))
            who, form, slot, term = match.groups()
            if who:
                pieces += self.person(who, form)
            elif slot:
                pieces += self.value(slot)
            else:
                pieces.append((term, None, None, True))
            at = match.end()
        if at < len(template):
            pieces.append((template[at:], None, None, False))
        return pieces


def _count(pieces: list[Piece]) -> int:
    return len("".join(p[0] for p in pieces).split())



# ---------------------------------------------------------------------------------------------
# The 25 styles: 11 prose reviews, 6 logs, 8 letters and e-mails
# ---------------------------------------------------------------------------------------------

_PROSE_HEAD = "Home address: {addr}. Registered with {gp}; NHS number {nhs}."

_PROSE = (
    Style(
        "airport_security_lane_collapse_review", "prose",
        "review of a passenger who collapsed in a security lane, where the nearest defibrillator was behind the screening point and the first shock came late",
        (
            "Learning review {ref}: cardiac arrest in the central search area, {date}\nPassenger: {p.caps}, hospital number {hosp}",
            _PROSE_HEAD + " Review led by {s1.full} for {trust}.",
        ),
        (
            "{p.tfull}, {age}, was queueing at lane 6 when he said he felt faint and sat on the edge of the tray belt; <<Screening Officer>> {o1f.full} asked him to stand for the scanner.",
            "He went grey and slid to the floor at {time}, and {o2m.full}, a nurse travelling to Faro and booked as {o2m.pnr}, started compressions while {o1f.first} called the control room from <<a panic alarm>> point.",
            "The nearest defibrillator was on the far side of the screening point, so <<the cabin AED>> from a parked aircraft reached him first, {time2} by the control room log.",
            "Paramedics took {p.title} to {hospital}, where {d.tdr} found a complete heart block and said he had probably had <<an Adams-Stokes attack>> in the queue.",
            "His {rel}, {r.full}, told us he had blacked out twice that month and had been waiting for a heart monitor since {prev}, with <<an Adams-Stokes attack>> queried in his notes.",
        ),
        (
            "The search area has no clear line of sight to any wall cabinet, and staff said they had been told the defibrillators were for the gates, under <<the Aviation Security Act 1982>> zoning.",
            "{o2m.last} stayed with him <<for 35 minutes>> and missed his own flight; the airline rebooked him for the next morning.",
            "In the ambulance he was given <<300 mg chewed>> aspirin and <<glyceryl trinitrate spray>>, though his chest pain had gone.",
            "A pacemaker was fitted on {later} and he went home to {town}, having stayed on the cardiac unit <<for two nights>>.",
            "The control room line {phone} rang out twice during the arrest because the only handler was on the radio <<for 35 minutes>>.",
        ),
        ("Actions: a defibrillator on each side of the search area, and a drill every quarter led by {s2.full}.",),
        ("SEC-#####", "LR/##/###"), sex="M",
    ),
    Style(
        "cabin_crew_inflight_stroke_handover_review", "prose",
        "review of a passenger whose stroke began over France, whose crew's handover to the ground ambulance was lost between the stand and the hospital",
        (
            "Serious incident review {ref}, {trust}\nPatient: {p.tfull} ({hosp}), date of birth {dob}",
            _PROSE_HEAD + " Incident date {date}; ambulance job {ref2}.",
        ),
        (
            "{p.full}, {age}, was returning from Malaga when her husband told the crew she could not lift her cup; <<Cabin Manager>> {o1m.full} found her face drooping.",
            "The crew did <<a FAST test>> from the card in <<the doctor's kit>>, gave her <<an oxygen bottle>> and asked for a doctor on board; {o2f.full}, a retired GP listed as {o2f.pnr} in <<seat 31A>>, came forward.",
            "{o2f.title} wrote the time of onset on a napkin, and the napkin went with the <<Cabin Service Director>>, {o3m.full}, to the crew room, where {o3m.last} left it.",
            "At {hospital} the stroke team under {d.dr} were told onset was unknown, so thrombolysis was not given; the napkin was found three days later in <<seat 14C>>.",
            "{p.nick} now has a weak right arm and speaks slowly; her {rel} {r.full} asked why the time did not travel with her from <<the doctor's kit>> to the ward.",
        ),
        (
            "The aircraft sat on stand <<for ninety minutes>> with her aboard because the ambulance was sent to the wrong pier.",
            "The airline's medical advice line was called at {time} and advised diverting, but the captain was already descending, and <<the Air Navigation Order 2016>> left the choice to him.",
            "She had a history of atrial fibrillation and had stopped her anticoagulant before the holiday, she said, because of bruising, and had taken <<cinnarizine>> for the flight.",
            "The handover form used by the ambulance crew has no box for the time a patient was last seen well, or for <<a FAST test>> done on board.",
            "Her daughter's number, {mob}, was on the passenger list but was not given to the hospital <<for eleven hours>>.",
        ),
        ("Reviewed by {s1.full} with the airline's safety team; report sent to {email2}.",),
        ("SI-2025-####", "AMB-########"), sex="F",
    ),
    Style(
        "check_in_agent_chest_pain_sent_back_review", "prose",
        "review of a check-in agent with chest pain who was told to finish her shift at the desk and collapsed in the staff car park",
        (
            "Occupational incident review {ref}\nEmployee: {p.caps}; staff number {ref2}",
            _PROSE_HEAD + " Date of incident {date}.",
        ),
        (
            "{p.full}, {age}, was working the early bank of desks when she told <<Gate Supervisor>> {o1m.full} that her chest felt tight.",
            "{o1m.first} offered her <<Dioralyte>> from the first aid box, said it sounded like indigestion and asked her to stay until the Alicante flight closed.",
            "She worked on <<for three hours>>, then walked to the staff car park, where {o2f.full} found her slumped in her car at {time}.",
            "The ambulance took her to {hospital}, where {d.tdr} found a heart attack and sent her on to {hospital2} for a stent after <<300 mg chewed>> aspirin.",
            "Her partner, {r.full}, said she had asked twice to see the airport medical centre and had been told it was closed until nine by <<Customer Adviser>> {o4f.full}.",
        ),
        (
            "The medical centre opens at {time2}; before that staff are told to ring 999 or the <<Duty Terminal Manager>>.",
            "<<Check-in Agent>> {o3f.full} said the desks were short of four people that morning.",
            "The ambulance record shows <<a pain score of 9/10>> and a pulse of 110.",
            "She returned to light duties on {next}; her manager has since completed first aid training on <<the cabin AED>>.",
            "The contact number on her staff file, {phone}, belonged to a house she left two years ago, and <<Check-in Agent>> {o3f.last} had to find her partner.",
        ),
        ("Review written by {s1.full} (occupational health) and {s2.full} (human resources).",),
        ("OH-######", "EMP####"), sex="F",
    ),
    Style(
        "airport_chaplaincy_rough_sleeper_foot_sepsis_review", "prose",
        "review of a man sleeping in the arrivals hall whose infected diabetic foot was seen by the airport chaplain for a week before he was sent to hospital",
        (
            "Safeguarding adults review {ref} ({council})\nSubject: {p.tfull}, NHS {nhs}, hospital number {hosp}",
            "Last settled address: {addr}. Review period {prev} to {later}; author {s1.full}.",
        ),
        (
            "{p.full}, {age}, slept on the benches of the arrivals hall for about a month after losing his flat; the <<Airport Chaplain>> {o1m.full} spoke with him most days.",
            "On {date} {o1m.last} noticed he was limping and found his sock stuck to a black ulcer on his left heel, with <<a pain score of 9/10>> when he stood.",
            "He would not go to hospital, saying he had been sent away before, so the chaplain phoned {gp}, where he was still registered, and waited on hold <<for 35 minutes>>.",
            "Three days later security found him confused and hot by the taxi rank; at {hospital} {d.tdr} found sepsis, a blood sugar over 30 and <<an AVPU of V>>.",
            "He lost two toes; his {rel} {r.full} said they had rung {council} about him twice since {prev}, under <<the Homelessness Act 2002>>.",
        ),
        (
            "Security officers moved him on at night under the byelaws but had no route to the council's outreach team after 5pm, and he slept <<for two nights>> in the multi-storey.",
            "The chaplaincy logs its visitors but had no form for a welfare concern, though <<Airport Chaplain>> {o1m.last} kept notes.",
            "He had been prescribed insulin but had lost his pen and <<a Libre sensor>> when his bag was taken.",
            "An outreach worker, {o2f.full}, met him on the ward and he now has a room at {home} while a flat is found; <<Housing Officer>> {o3m.full} is helping.",
            "The council's rough sleeping line, {phone}, is not on any poster at the airport, not even by <<the hearing loop>> sign at the help desk.",
        ),
        ("Recommendations agreed with the airport operator and {trust}.",),
        ("SAR-###", "OUT-#####"), sex="M",
    ),
    Style(
        "passenger_assistance_very_old_woman_left_review", "prose",
        "review of a very old woman left in a wheelchair at a gate for hours by a passenger assistance service, who was dehydrated and delirious when found",
        (
            "Complaint review {ref}\nPassenger: {p.tfull}, {age}; hospital number {hosp}; NHS {nhs}",
            _PROSE_HEAD + " Carers from {prov}.",
        ),
        (
            "{p.title} booked assistance to fly to Dublin to her great-grandson's christening; <<PRM Agent>> {o1f.full} took her airside in a wheelchair at {time}.",
            "She was left at gate 31 wearing <<a sunflower lanyard>> and with no way to reach a toilet while {o1f.first} was called to another job.",
            "Her flight was cancelled, and the board changed, but nobody came back for her <<for eleven hours>>, though the woman beside her, {o3f.pnr} on the gate list, told a steward twice.",
            "A cleaner, {o2m.full}, found her wet and muddled at night and called the medical team, who found <<a 4AT of 7>> and sent her to {hospital}.",
            "{d.tdr} found acute kidney injury and delirium; her {rel} {r.full} said she had been sharp that morning and had walked with <<an evacuation chair>> only as a precaution.",
        ),
        (
            "The assistance job was closed on the handheld as complete because the agent's shift had ended; <<PRM Agent>> {o1f.last} said she had handed it on.",
            "She takes <<two tablets of 15 mg>> of a water tablet each morning and had taken them before setting off.",
            "Her carers from {prov} had packed her medicines in the hold case, which went to Dublin without her, with her <<nicotine patch>> and heart tablets.",
            "She stayed on {ward} <<for two nights>>, was discharged on {later} and has not travelled since.",
            "The complaint was sent by her grandson from {email2} and answered by {s2.full} under <<Regulation (EC) 1107/2006>>.",
        ),
        ("Outcome: the assistance provider now sweeps every gate at the end of each shift.",),
        ("PRM-######", "CX-####"), sex="F", old=True, provider=True,
    ),
    Style(
        "unaccompanied_minor_gate_anaphylaxis_review", "prose",
        "child review of a boy flying alone who reacted to a cereal bar at the gate, whose adrenaline was in the hold",
        (
            "Child safety review {ref} ({trust})\nChild: {p.caps}, date of birth {dob}, hospital number {hosp}",
            "Home address: {addr}. Registered at {gp}. Event date {date}.",
        ),
        (
            "{p.tfull}, {age}, was flying alone to his father in Belfast under the airline's escorted minor service, handed over by his {rel} {r.full} at <<seat 31A>>.",
            "At the gate the escort, {o1f.full}, bought him a cereal bar; within minutes his lips swelled and he began to wheeze, with <<a peak flow of 180>>.",
            "His pen was packed in his case because the check-in desk had told his mother sharp objects had to go in the hold, though <<Regulation (EC) 1107/2006>> says otherwise for medicines.",
            "The airport medical team gave <<1 mg IM>> adrenaline from their own kit and he was taken to {hospital}, where {d.tdr} kept him overnight.",
            "{p.nick} was frightened but well; his mother wants the airline to write down where a child's pen should travel; <<Gate Supervisor>> {o3m.full} agrees.",
        ),
        (
            "The escort had not been told about his nut allergy, though it was on the booking form beside <<a sunflower lanyard>> request.",
            "A second escort, {o2m.full}, stayed with him in {ward} <<for three hours>> until his mother arrived.",
            "He had <<two puffs>> of his own inhaler on the ambulance.",
            "A dietitian saw him on {later}; his school was told by his mother, and he now carries <<a spacer>> as well.",
            "The airline's safeguarding lead, {s2.full}, replied from {email2} and named <<the Civil Aviation Authority>> as the regulator.",
        ),
        ("Shared learning: adrenaline pens travel in the cabin with the child.",),
        ("UM-#####", "CSR/###"), sex="M", child=True, rel_word="mother",
    ),
    Style(
        "jobcentre_sanction_self_harm_review", "prose",
        "review of a claimant who cut his arms in a jobcentre toilet after being told his payments would stop, and the first aid that followed",
        (
            "Customer serious case review {ref}\nClaimant: {p.tfull}, NHS {nhs}, born {dob}",
            _PROSE_HEAD + " Jobcentre in {town}; reviewer {s1.full}.",
        ),
        (
            "{p.full}, {age}, came to his appointment with <<Work Coach>> {o1f.full} on {date} and was told his claim would be sanctioned for a missed meeting.",
            "He said he had been in hospital that week and showed a letter; {o1f.first} said it would have to go to a decision maker under <<the Welfare Reform Act 2012>>.",
            "He went to the toilet and did not come out; security guard {o2m.full} forced the door after twenty minutes and found cuts to both forearms and <<an AVPU of V>>.",
            "Staff used the first aid kit and called 999; at {hospital} {d.tdr} closed the wounds and the mental health team saw him in <<side room 9>>.",
            "His {rel}, {r.full}, said he had told the jobcentre about his depression when he first claimed, and that <<Work Coach>> {o4m.full} had noted it.",
        ),
        (
            "His claimant record listed a vulnerable flag that the work coach could not see on her screen <<for the whole shift>>.",
            "The hospital letter showed he had been in {ward} from {prev} <<for two nights>>.",
            "He had been taking <<fexofenadine>> at night to sleep because his tablets had run out.",
            "The sanction was lifted on {later}, after the review began, by a <<Customer Adviser>>.",
            "The local partnership manager, {s2.full}, can be reached on {phone}, or through <<the Pension Service>> line, which shares the building.",
        ),
        ("Referred to <<the Independent Case Examiner>> at the family's request.",),
        ("CSCR-####", "JC/#####"), sex="M",
    ),
    Style(
        "council_tax_arrears_caller_overdose_review", "prose",
        "review of a council tax caller who said she had taken tablets, whose call was closed as a payment query",
        (
            "Council learning review {ref}, {council}\nResident: {p.caps}, account {ref2}",
            _PROSE_HEAD + " Date of call {date}; reviewer {s1.full}.",
        ),
        (
            "{p.tfull}, {age}, rang the council tax line at {time} about a summons for arrears and told <<Revenue Officer>> {o1m.full} that she had taken her tablets, all of them.",
            "{o1m.first} followed the script for a payment plan and closed the call as a billing query after talking with her <<for 35 minutes>>.",
            "He told <<Floorwalker>> {o2f.full} at the end of his shift; she rang the number on the account, which went to voicemail.",
            "Police forced the door at {addr2} at midnight, but {p.first} had moved; her {rel} {r.full} found her the next morning, <<Biot's breathing>> on the sofa.",
            "At {hospital} {d.tdr} treated a paracetamol overdose with an infusion and she was seen by the liaison psychiatry team with <<a PHQ-9 of 19>>.",
        ),
        (
            "The council's address for her was out of date because she had not told them she had moved, fearing a second bill, and <<the Local Government and Social Care Ombudsman>> has asked why.",
            "The call recording shows the words 'I've taken the lot' at minute nine, spoken to a <<Revenue Officer>>.",
            "Contact centre staff are trained in <<the Homelessness Act 2002>> duties but not in calls about self-harm.",
            "She was referred to a money adviser on {later} and the summons was withdrawn after <<12/7>>.",
            "The team's shared inbox, {email}, now has a flag for urgent welfare calls, which a <<Contact Centre Agent>> can raise.",
        ),
        ("Learning shared with the contact centre by {s2.full}.",),
        ("LR-CT-####", "CTAX########"), sex="F",
    ),
    Style(
        "bank_branch_very_old_customer_delirium_review", "prose",
        "review of a very old man withdrawing all his savings at a bank branch, whose confusion was a urinary infection, not a scam",
        (
            "Adult safeguarding concern {ref} ({council})\nCustomer: {p.tfull}, {age}, NHS {nhs}",
            _PROSE_HEAD + " Hospital number {hosp}. Concern raised {date}.",
        ),
        (
            "{p.title} came to the counter asking for all his savings in cash, saying a man from the bank had phoned; <<Counter Clerk>> {o1f.full} thought it was a scam.",
            "<<Branch Manager>> {o2m.full} sat with him in the back office and noticed he kept asking what day it was.",
            "They rang his {rel}, {r.full}, on {mob}, who said he had been muddled since the weekend and was wetting the bed <<for two nights>>.",
            "At {hospital} {d.tdr} found a urinary infection and a sodium of 124, and admitted him to <<bed 16 of the observation unit>>, then {ward}.",
            "There had been no phone call; the police said he had probably dreamt it, but the bank still blocked his card <<for two nights>>.",
        ),
        (
            "He lives alone at {addr2} with carers from {prov} twice a day and <<a panic alarm>> on his wrist.",
            "His carers had noted he was off his food on {prev} but not told his GP, and <<Counter Clerk>> {o1f.last} was the first to ask.",
            "He had been given <<cinnarizine>> for dizziness the month before, which the hospital stopped.",
            "He went home on {later} with a reablement package and <<a stair climber>> fitted.",
            "The branch's vulnerable customer team can be reached on {phone}, as <<the Financial Ombudsman Service>> advised.",
        ),
        ("Closed by {s1.full}: the bank acted well; the carers' agency has changed how it reports.",),
        ("ASC-######", "VC/####"), sex="M", old=True, provider=True,
    ),
    Style(
        "register_office_wedding_guest_seizure_review", "prose",
        "review of a wedding guest who had a long seizure in a register office, where the staff did not know where the first aid kit was",
        (
            "Incident review {ref}, register office, {council}\nPerson affected: {p.caps} ({hosp})",
            _PROSE_HEAD + " Ceremony date {date}.",
        ),
        (
            "{p.full}, {age}, a guest at a ceremony led by <<Deputy Registrar>> {o1f.full}, fell from her chair and began to shake during the vows.",
            "Guests held her down; {o1f.last} asked everyone to leave while {o2m.full}, the best man, rang 999 and stayed on the line <<for 35 minutes>>.",
            "The seizure lasted about ten minutes; her partner {r.full} had <<buccal midazolam>> in his car but was told he could not go out through the ceremony room.",
            "Paramedics gave <<10 mg buccal>> midazolam and took her to {hospital}, where {d.tdr} found she had missed two days of her tablets.",
            "Her jerking had spread up her left arm in <<a Jacksonian march>> before it became general.",
        ),
        (
            "Staff did not know the kit was in a cupboard in the registrar's office, which was locked, beside <<an oxygen bottle>> nobody had checked.",
            "She had been seen in the epilepsy clinic on {prev} and her dose changed to <<two tablets of 15 mg>> of her usual tablet.",
            "Staff told <<the General Register Office>> that the ceremony would be completed on another day.",
            "The couple married on {later} in the same room, with <<the hearing loop>> switched on for her father.",
            "The office's booking line is {phone}; its website, {url}, now lists first aid arrangements under <<the Births and Deaths Registration Act 1953>> notices.",
        ),
        ("Review by {s1.full}, with {s2.full} from the council's health and safety team.",),
        ("REG-IR-###", "CER######"), sex="F",
    ),
    Style(
        "baggage_hall_reclaim_belt_child_hand_review", "prose",
        "child review of a girl whose hand was drawn into a reclaim belt in the baggage hall, and the time it took to stop the belt",
        (
            "Child injury review {ref}\nChild: {p.tfull}, date of birth {dob}, NHS {nhs}",
            "Home: {addr}. Attended {hospital} on {date}.",
        ),
        (
            "{p.first}, {age}, was waiting at reclaim belt 4 with her {rel} {r.full} when she put her hand on the moving plates to touch a suitcase; they had been waiting <<for 35 minutes>>.",
            "Her fingers were drawn into the gap at the belt's turn; <<Baggage Handler>> {o1m.full} heard the screaming but the stop button was behind the carousel.",
            "The belt ran on for about a minute before {o1m.first} reached it; the airport fire service freed her hand with the plates lifted while a medic gave <<600 micrograms>> of fentanyl by nose.",
            "At {hospital} {d.tdr} found crush injuries to two fingers and a fracture of one, and she was sent to {hospital2}, where she stayed <<for two nights>> under the hand surgeons.",
            "{p.nick} had surgery on {later} and is doing well, though one nail may not grow back; <<Baggage Handler>> {o1m.last} visited her.",
        ),
        (
            "The guard at the turn of belt 4 had been reported as loose in a maintenance job on {prev}, <<12/7>> before she was hurt.",
            "She was given <<domperidone>> after being sick in the ambulance.",
            "The airport's duty manager, {o2f.full}, spoke with the family that night in <<side room 9>> of the medical centre.",
            "The belt's emergency stop is now marked and a second one has been fitted at the turn, reported to <<the Air Accidents Investigation Branch>> for advice.",
            "The family's claims handler wrote from {email2}, citing <<the Montreal Convention>>.",
        ),
        ("Reviewed by {s1.full} with the airport's health and safety lead.",),
        ("CIR-####", "BH-WO-#####"), child=True, sex="F",
    ),
)

_LINES = (
    Style(
        "airside_vehicle_incident_export_csv", "lines",
        "an airport's airside vehicle incident export, pasted as CSV with compact year-first dates and four-digit clocks, about a ramp agent run over by a baggage tug",
        (
            "Airside vehicle incident export, case {ref}, pasted from the safety system for {p.caps} (hospital number {hosp})",
            "date,time,entry,user",
        ),
        (
            "Tug driver reports <<Ramp Agent>> {p.full} struck by baggage train at the rear of <<stand 41>>; conscious, left leg trapped under the second cart",
            "Airport fire service on scene; {o1m.full} lifting cart with airbags, leg trapped <<for 35 minutes>> before it was freed",
            "Casualty pale, <<a pain score of 9/10>>, given <<an oxygen bottle>> by the medic; ambulance asked for via control",
            "Ambulance left for {hospital}; next of kin {r.full} ({rel}) called on {mob}; <<Ramp Agent>> off shift",
            "Driver {o2m.full}, listed as {o2m.last} on the rota, breath tested by airport police, negative; tug taken out of service pending inspection; <<Duty Terminal Manager>> told",
        ),
        (
            "Tug's reversing alarm found not working; fault had been logged on {prev}, open <<12/7>>",
            "Staff on the stand say visibility poor in rain, no marshal on the rear of the train; <<Baggage Handler>> statements to follow",
            "Hospital confirms open fracture of the tibia, theatre tonight under {d.dr}; casualty had <<1 mg IM>> morphine en route",
            "Report sent to <<the Civil Aviation Authority>> as required; reference {ref2}",
            "Manager {s2.full} visited family at {addr}; casualty in theatre <<for three hours>>",
        ),
        ("Export ends; run by {s2.login} for the airside safety group",),
        ("AVI-#####", "MOR-2025-####"),
        topup='{stamp},{clock},"{text}",{sign}', stamp="%Y%m%d", clock="%H%M", sign_form="upper",
    ),
    Style(
        "council_contact_centre_crm_export_csv", "lines",
        "a council contact centre's case notes export, pasted as CSV with year-first slashed stamps and seconds, about a woman with a learning disability left without heating",
        (
            "Case notes export, CRM case {ref}, contact: {p.caps}, {addr}",
            "created,agent,note",
        ),
        (
            "Caller {p.full} says boiler broken <<for two nights>>, house very cold, she has no money for heaters; passed to repairs",
            "Repairs job {ref2} raised as routine; caller told 28 days. <<Contact Centre Agent>> notes she sounded confused",
            "Neighbour {o1f.full} rings on behalf of {p.nick}; says she is in bed in her coat, not eating. <<Customer Adviser>> to chase",
            "Caller's support worker {o2m.full} rings from {mob}: she has a learning disability and diabetes, asks for urgent visit; <<Contact Centre Agent>> escalates",
            "Repairs out of hours attend; tenant found cold and drowsy, <<a blood sugar of 2.1>>; ambulance called to {hospital}",
        ),
        (
            "Hospital ward {ward} ring for housing contact; told she will need heating before discharge from <<bed 16 of the observation unit>>",
            "Emergency heaters dropped by {prov} at the address <<over six hours>> after the request",
            "Support worker says she was prescribed <<glucagon>> but the kit had expired",
            "Complaint logged by her {rel} {r.full}, reply due {next}, <<the Local Government and Social Care Ombudsman>> mentioned",
            "Vulnerability flag added to the account; <<Housing Officer>> {s2.full} informed by email {email}",
        ),
        ("End of export; 12 contacts shown, filtered by case {ref}",),
        ("CRM-#######", "RJ######"), sex="F", provider=True,
        topup='{stamp} {clock},{sign},"{text}"', stamp="%Y/%m/%d", clock="%H:%M:%S", sign_form="login",
        signs=("s1", "s2", "o3"),
    ),
    Style(
        "courthouse_cells_search_log_table", "lines",
        "a court building's custody and search log, pasted as a table with the clock before a weekday date, about a defendant who had swallowed a package",
        (
            "Court custody suite log for {p.tfull}, custody record {ref}, hospital number {hosp}",
            "| time | date | entry | by |\n| --- | --- | --- | --- |",
        ),
        (
            "{p.title} received from the escort van; searched, nothing found; said he had swallowed nothing; <<Screening Officer>> on the arch",
            "Detainee sweating and shaking in cell 3; <<Court Usher>> {o1m.full} asks for the case to be held back",
            "Pupils large, pulse fast, restless; <<a 4AT of 7>> by the custody nurse {o2f.full}",
            "Detainee admits he swallowed a package at the time of arrest; ambulance called to take him to {hospital}; <<an AVPU of V>>",
            "At {hospital} {d.tdr} gives <<buccal midazolam>> for a fit; scan shows two packages in the bowel",
        ),
        (
            "<<Trainee Solicitor>> {o3m.full} informed by phone on {phone}",
            "His {rel} {r.full} attends the front desk asking where he is; told by the <<Court Usher>>",
            "Detainee had been seen by the liaison team on {prev} and noted to use cocaine, given <<fexofenadine>> for itching",
            "Hearing adjourned to {next}; juror care under <<the Juries Act 1974>> not needed",
            "Report to <<HM Courts and Tribunals Service>> by the cells manager",
        ),
        ("Log closed by {s2.init}; copy to the custody contractor's safety team",),
        ("CUS-######", "T2025####"), sex="M",
        topup="| {clock} | {stamp} | {text} | {sign} |", stamp="%a %d %b %Y", clock="%H:%M",
    ),
    Style(
        "benefits_assessment_centre_waiting_room_table", "lines",
        "a benefits assessment centre's reception record, pasted as a table with a two-digit-year stamp and a dotted clock, about a man with type 1 diabetes who went hypo waiting",
        (
            "Reception record, assessment centre, claimant {p.caps} ({ref}), NHS {nhs}",
            "| date | time | staff | note |\n| --- | --- | --- | --- |",
        ),
        (
            "{p.full} arrives for his assessment; told the clinic is running <<over six hours>> late",
            "Claimant asks to eat in the waiting room; told food not allowed. <<Customer Adviser>> {o1f.full} present",
            "Claimant found slumped, sweaty; <<a blood sugar of 2.1>> on his own meter; given <<Dextrogel>>",
            "Not improving; ambulance called; {o2m.full} a fellow claimant helping to hold his head <<for 35 minutes>>",
            "Crew give <<1 mg IM>> glucagon and take him to {hospital}",
        ),
        (
            "His {rel} {r.full} rings from {mob} looking for him; <<Counter Clerk>> answers",
            "Assessment rebooked for {next} under <<the Welfare Reform Act 2012>> rules; letter to {addr}",
            "Hospital says he was discharged from {ward} in the evening after <<two puffs>> of his inhaler and a meal",
            "Complaint referred to <<the Independent Case Examiner>>",
            "<<Floorwalker>> {s2.full} says the food rule is under review",
        ),
        ("Record printed by {s1.full}",),
        ("AC-####-##", "PIP######"), sex="M",
        topup="| {stamp} | {clock} | {sign} | {text} |", stamp="%d %b %y", clock="%H.%M", sign_form="fl",
    ),
    Style(
        "ground_ops_radio_log", "lines",
        "a ground operations radio log, bracketed upper-case day-month-year stamps with Zulu clocks, about a passenger who fell down the steps of an aircraft",
        (
            "Ground operations radio log transcribed for incident {ref}; passenger {p.tfull}, hospital number {hosp}",
            "Channel 3, stand allocation board, {date}",
        ),
        (
            "Passenger fallen on the rear steps of the aircraft on <<stand 41>>, not moving; medic requested",
            "Medic on stand; passenger {p.title} conscious, head wound, says her leg gave way; <<an AVPU of V>>",
            "<<Ramp Agent>> {o1f.full} holding an umbrella; aircraft doors to stay open",
            "Ambulance at the airside gate; escort by {o2m.full} in the follow-me van, <<Gate Supervisor>> informed",
            "Passenger away to {hospital}, lay on the steps <<for 35 minutes>> in all; her {rel} {r.full} with her",
        ),
        (
            "Steps inspected; handrail loose on the left, taken out of service; <<the Civil Aviation Authority>> to be told",
            "Passenger told crew she had taken <<cinnarizine>> for the flight",
            "Hospital says wrist fracture and a cut to the scalp, under {d.dr}, <<a 4AT of 7>> on arrival",
            "Airline asks for statements by {next} from the <<Cabin Manager>> and crew",
            "Duty manager {s2.full} to call the family on {phone}, as the <<Duty Terminal Manager>>",
        ),
        ("End of transcription; checked by {s2.init}",),
        ("GOPS-####", "RADIO-#####"), sex="F",
        topup="[{stamp} {clock}Z] {sign}: {text}", stamp="%d%b%y", clock="%H%M", upper_stamp=True,
        sign_form="fl", signs=("s1", "s2", "o3"),
    ),
    Style(
        "airport_medical_centre_daybook_log", "lines",
        "an airport medical centre's daybook, dotted dates with an at sign before the clock and initials in brackets, about a traveller whose breathlessness after a long flight was a clot",
        (
            "Airport medical centre daybook, case {ref}, patient {p.caps}, date of birth {dob}",
            "Registered GP: {gp}; home {addr}",
        ),
        (
            "{p.full} walks in from arrivals, breathless after a twelve-hour flight, calf sore; seen in <<cubicle 5 of the medical centre>>",
            "Sats 93% on air, pulse 118; told by the airline nurse {o1f.full} on board it was anxiety; <<Moses' sign>> not checked",
            "Advised to go to A&E; patient wants to go home first, says she has a taxi booked; <<Moses' sign>> noted",
            "Taxi driver {o2m.full} brings her back, {o2m.last} staying with her; she fainted in the car park; 999 called; <<the cabin AED>> not needed",
            "Ambulance to {hospital}, waited <<for 35 minutes>>; {d.tdr} informed by phone",
        ),
        (
            "Hospital confirms clots in both lungs; started on treatment on {ward}, <<a pain score of 9/10>> on breathing in",
            "Patient had been wearing a <<hyoscine patch>> for the flight, now removed",
            "Her {rel} {r.full} called from {mob} to thank the centre and the <<PRM Agent>> who helped",
            "Daybook entry checked against <<the Air Navigation Order 2016>> reporting list; not reportable",
            "Follow-up letter posted to her GP on {later}, <<7/52>> review advised",
        ),
        ("Book closed for the day by {s2.init}",),
        ("AMC-#####", "DB/####"), sex="F",
        topup="{stamp} @ {clock} - {text} ({sign})", stamp="%d.%m.%Y", clock="%H:%M",
    ),
)

_LETTERS = (
    Style(
        "airline_medical_desk_offload_email", "letter",
        "an airline's medical desk e-mails a hospital's patient advice team about a passenger offloaded with chest pain whose transfer papers went missing",
        (
            "From: {s1.email}\nTo: {email2}\nSent: {ldate}\nSubject: Passenger offloaded, our ref {ref}",
            "Dear colleagues,\n\nRe: {p.tfull}, date of birth {dob}, NHS number {nhs}, hospital number {hosp}\nHome address:\n{addrb}",
        ),
        (
            "I am the nurse on the airline's medical desk and I write about {p.title}, who was taken off our flight to Lanzarote on {date} with chest pain before departure, from <<seat 31A>>.",
            "The <<Cabin Service Director>>, {o1f.full}, gave <<glyceryl trinitrate spray>> from <<the doctor's kit>> and asked for the ambulance; the crew's notes went with the paramedics.",
            "We understand from her {rel}, {r.full}, that at {hospital} nobody had the crew's notes and she was sent home after waiting <<for three hours>>.",
            "She was readmitted two days later with a heart attack under {d.tdr}; her family ask whether the notes would have changed what was done, given that she had had <<an Adams-Stokes attack>> before.",
            "Our medical desk keeps a copy of every in-flight record, and I attach the one for this flight; the time of onset is written on it, with <<an AVPU of V>> at the door.",
        ),
        (
            "The crew also recorded <<a pain score of 9/10>> and a pulse of 120 before she left the aircraft.",
            "Our passenger services agent, {o2m.full}, looked after her, and {o2m.last} also kept her luggage, which is held at the airport under <<the Montreal Convention>> rules.",
            "<<the Montreal Convention>> governs our claims, but this letter is not about a claim.",
            "Please reply to me or to my colleague {s2.full}, our <<Duty Terminal Manager>>, on {phone}.",
            "We have asked the ambulance service about the handover under reference {ref2}, as <<the Civil Aviation Authority>> asks.",
        ),
        ("With best wishes,\n\n{s1.full}\nMedical desk nurse",),
        ("MD-#####", "AMB-######"), sex="F",
    ),
    Style(
        "solicitors_firm_very_old_client_capacity_letter", "letter",
        "a solicitor writes to a GP about a very old client who came in to change her will twice in a week, confused and with bruises on her arms",
        (
            "Private and confidential\nOur ref: {ref}\nDate: {ldate}\n{gp}",
            "Dear {d.dr},\n\nRe: {p.tfull} ({age}), date of birth {dob}\n{addrb}",
        ),
        (
            "I am a <<Trainee Solicitor>> at a small firm in {town}, and I write with my client's agreement about her visits to our office.",
            "{p.title} came in on {date} to change her will in favour of a neighbour, {o1m.full}, who waited outside in his car <<for ninety minutes>>.",
            "She could not tell me the names of her grandchildren, and she had bruises on both arms which she said came from her carers at {prov}, and she had <<a panic alarm>> she never used.",
            "She came back four days later to change it again, this time to her {rel}, {r.full}, and did not remember the first visit; my <<Trainee Solicitor>> colleague noted <<a 4AT of 7>>.",
            "I have made no changes and I would be grateful for your view of her capacity, which <<the Court of Protection Visitors>> may also ask for.",
        ),
        (
            "My supervising partner, {s2.full}, agrees that we should raise a safeguarding concern and has done so with {council} under <<the Court of Protection Visitors>> guidance.",
            "She told me she takes <<fexofenadine>> for itching and sleeps badly.",
            "The neighbour has since rung the office from {mob} asking when the will is ready, <<12/7>> after her visit.",
            "I can be reached on {phone}; my e-mail is {s1.email} should you prefer, and we have <<the hearing loop>> for her visits.",
            "A copy of this letter goes to her {rel} with her permission, and one to the <<Branch Manager>> of her bank.",
        ),
        ("Yours sincerely,\n\n{s1.full}\n<<Trainee Solicitor>>",),
        ("WIL/####/@@", "SG-#####"), sex="F", old=True, provider=True,
    ),
    Style(
        "court_usher_juror_collapse_letter", "letter",
        "a court usher writes to a juror's GP about a juror who collapsed in the jury box, was said to be faint and sent home, and was found to have a bleed",
        (
            "Crown Court, jury office\nDate: {ldate}\nOur reference: {ref}",
            "Dear {d.dr},\n\nRe: {p.tfull}, born {dob}, of\n{addrb}",
        ),
        (
            "I am the <<Court Usher>> for court 2 and I write, with your patient's permission, about the morning of {date}.",
            "{p.title} was sworn as a juror and about an hour into the evidence slumped sideways in the jury box; the judge rose and I went to her with <<an oxygen bottle>>.",
            "She was pale and sweating, and the court's first aider, {o1f.full}, thought she had fainted; <<a FAST test>> was not done.",
            "She was sent home by taxi, and her {rel}, {r.full}, found her on the kitchen floor that evening unable to speak properly, <<over six hours>> later.",
            "I now understand from the family that she was treated at {hospital} for a bleed on the brain under {d.tdr}, where <<a ROSIER of 3>> was recorded.",
        ),
        (
            "Jurors are told to bring their medicines, and she had <<two tablets of 15 mg>> of a blood thinner in her bag.",
            "The jury was discharged, and the trial started again with a new jury on {next}, under <<HM Courts and Tribunals Service>> guidance.",
            "Our manager, {s2.full}, has asked that first aiders be given stroke training, and {o2m.full} from the security contractor, a <<Screening Officer>>, has agreed to lead it.",
            "She should not receive another summons under <<the Juries Act 1974>> until she is well, and I have asked the summoning bureau to note this.",
            "You can reach me on {phone}, or ask for the <<Court Usher>> on duty.",
        ),
        ("Yours faithfully,\n\n{s1.full}\n<<Court Usher>>",),
        ("JUR-######", "T####-####"), sex="F",
    ),
    Style(
        "register_office_very_old_informant_letter", "letter",
        "a deputy registrar writes to a GP about a very old man who came to register his wife's death, thin and with a chest infection",
        (
            "Register Office, {council}\nDate: {ldate}\nReference: {ref}\nTelephone: {phone}",
            "Dear {d.dr},\n\nRe: {p.tfull}, {age}, date of birth {dob}\n{addrb}",
        ),
        (
            "I am a <<Deputy Registrar>> and I met your patient on {date} when he came to register the death of his wife.",
            "{p.title} had walked from the bus stop in the rain, was coughing hard and was very thin; he said he had not eaten properly <<for two nights>> and more since she died.",
            "He told me his wife had done all the cooking and managed his tablets, and that he had <<a spacer>> for his inhaler but did not know how to use it.",
            "My colleague {o1f.full} made him tea, and {o1f.last} rang his {rel}, {r.full}, who lives in Leeds and did not know how he was managing, and a <<Counter Clerk>> fetched a chair.",
            "I would be grateful if someone from the practice could visit him; he agreed to my writing to you, and we checked <<a blood sugar of 2.1>> with his own meter.",
        ),
        (
            "The death was registered under <<the Births and Deaths Registration Act 1953>> and the certificates were posted to him.",
            "He mentioned a cleaner from {prov} who comes once a week <<for ninety minutes>>.",
            "His neighbour, {o2m.full}, drove him home, and he asked us to note the neighbour's number, {mob}, and to use <<the hearing loop>> next time.",
            "He said his next appointment at {hospital} was on {next}, but he could not find the letter, and <<the General Register Office>> forms confused him.",
            "I have copied this letter to the bereavement service at {hospital} and to <<the Pension Service>> bereavement line.",
        ),
        ("Yours sincerely,\n\n{s1.full}\n<<Deputy Registrar>>",),
        ("REG-D-#####", "DR/####"), sex="M", old=True, provider=True,
    ),
    Style(
        "housing_officer_child_damp_flat_email", "letter",
        "a council housing officer e-mails a health visitor about a toddler with repeated chest infections in a flat with black mould",
        (
            "From: {email}\nTo: {s1.email}\nDate: {ldate}\nSubject: {ref}, damp and mould, child at the address",
            "Dear {s1.first},\n\nRe: {p.tfull}, date of birth {dob}, NHS number {nhs}\nAddress:\n{addrb}",
        ),
        (
            "I am the <<Housing Officer>> for the block and I visited the flat on {date} after the family's third complaint about mould.",
            "Black mould covers the bedroom wall behind the cot, and the window has not opened since a repair in the spring, and the <<Housing Officer>> before me noted it.",
            "{p.first}'s {rel}, {r.full}, told me he has had four chest infections this winter and was admitted to {ward} at {hospital} on {prev} <<for two nights>>.",
            "She has been told by {d.tdr} that the damp is making his breathing worse, and he now uses <<a spacer>> twice a day.",
            "We will move the family under <<the Housing Act 2004>> duties while repairs are done; I would be grateful for a letter from you in support.",
        ),
        (
            "The surveyor, {o1m.full}, will visit on {next} to measure the damp, <<7/52>> after my visit.",
            "The family's previous flat at {addr2} had the same problem, and he used <<two puffs>> of his inhaler there too.",
            "Our repairs contractor's supervisor, {o2f.full}, has been asked to explain why the window was left sealed <<for eleven hours>> a day by a fault.",
            "You can reach me on {phone} or my mobile {mob}, or through the <<Customer Adviser>> desk.",
            "A copy goes to the council's damp and mould team at {url}, who work under <<the Housing Act 2004>>.",
        ),
        ("Kind regards,\n\n{s2.full}\n<<Housing Officer>>, {council}",),
        ("HSG-######", "DM/####"), sex="M", child=True,
    ),
    Style(
        "airport_security_wheelchair_user_search_injury_letter", "letter",
        "an airport's security manager writes to a GP about a wheelchair user hurt when lifted from her chair for a search",
        (
            "Airport security, passenger experience\nDate: {ldate}\nOur ref: {ref}",
            "Dear {d.dr},\n\nRe: {p.tfull}, date of birth {dob}\n{addrb}",
        ),
        (
            "I write, with your patient's agreement, about her search at the airport on {date}, which she has complained about to <<the Civil Aviation Authority>>.",
            "{p.title} uses a wheelchair after a spinal injury; two officers, {o1f.full} and {o2f.full}, lifted her onto a bench for a hand search instead of searching her in her chair, by <<the ambulift>>.",
            "She told them she could not feel her legs and was at risk of pressure damage, and she was left on the bench <<for ninety minutes>> while her chair was tested.",
            "Back home she found a broken area of skin over her hip, which her district nurse has been dressing since {later}, <<12/7>> after the flight.",
            "We are sorry; our procedure says a person is searched in their own chair, and we have not followed it; <<Screening Officer>> {o1f.last} has been retrained.",
        ),
        (
            "<<Screening Officer>> training is being changed under <<Regulation (EC) 1107/2006>> guidance on assistance.",
            "Her {rel}, {r.full}, was with her through <<over six hours>> of travelling that day and has written separately.",
            "She was offered <<an aisle chair>>, which she could not use safely.",
            "Please contact me on {phone} if you need our records, or ask the <<Duty Terminal Manager>>.",
            "Our duty manager, {s2.full}, has met her and apologised, and gave her <<a sunflower lanyard>> for future trips.",
        ),
        ("Yours sincerely,\n\n{s1.full}\nSecurity manager",),
        ("SEC-C-#####", "PX/####"), sex="F",
    ),
    Style(
        "benefits_office_very_old_visitor_email", "letter",
        "a benefits office manager e-mails a hospital's discharge team about a very old woman who came to the counter after being sent home without her pension book",
        (
            "From: {s1.email}\nTo: {email2}\nDate: {ldate}\nSubject: Visitor to our office, {ref}",
            "Dear discharge team,\n\nRe: {p.tfull}, {age}, NHS {nhs}, hospital number {hosp}\n{addrb}",
        ),
        (
            "{p.title} came to our front counter on {date} in her slippers asking for her money; she had been discharged from {ward} the evening before, having been there <<for two nights>>.",
            "<<Counter Clerk>> {o1m.full} found she had no food at home, no carers and no way to reach her {rel}, {r.full}.",
            "She was cold and muddled, and when our first aider did <<a 4AT of 7>> we called an ambulance.",
            "She was readmitted to {hospital}, where {d.tdr} found she had been sent home without her care package from {prov} being restarted, and with <<a pain score of 9/10>> in her hip.",
            "We are not a care service, but we see people like her every week, and I am writing so that the learning is not lost; our <<Branch Manager>> neighbours say the same.",
        ),
        (
            "Her pension is paid by <<the Pension Service>> into an account she cannot reach.",
            "Our <<Customer Adviser>> {o2f.full} has arranged a home visit for {next}.",
            "Her neighbour told us she has been falling and uses <<a panic alarm>> she cannot reach from the floor.",
            "I can be reached on {phone}, through the <<Counter Clerk>> desk.",
            "My deputy, {s2.full}, has the file if I am away, and knows <<the Court of Protection Visitors>> contacts.",
        ),
        ("Best wishes,\n\n{s1.full}\nOffice manager",),
        ("BO-#####", "DWP-######"), sex="F", old=True, provider=True,
    ),
    Style(
        "call_centre_acoustic_shock_referral_letter", "letter",
        "a call centre's occupational health adviser writes to a GP about a call handler with ringing, pain and dizziness after a loud tone in his headset",
        (
            "Occupational Health Service\nDate: {ldate}\nOur ref: {ref}\nTel: {phone}",
            "Dear {d.dr},\n\nRe: {p.tfull}, date of birth {dob}, {age}\n{addrb}",
        ),
        (
            "I saw your patient on {date}, three days after a loud tone came through his headset during a call at the bank's contact centre, where he is a <<Contact Centre Agent>>.",
            "{p.title} describes a sharp pain in the right ear, ringing, and dizziness when he turns his head, and a fear of the phone, worse when he has been on calls <<for three hours>>.",
            "His <<Floorwalker>>, {o1f.full}, let him go home but he was back at work the next day under <<the Control of Noise at Work Regulations 2005>> risk assessment.",
            "On examination the eardrums looked normal; <<the Dix-Hallpike test>> was negative but he was unsteady on <<Unterberger's test>>.",
            "I would be grateful if you would consider a referral to the ear, nose and throat clinic at {hospital}; <<the Epley manoeuvre>> has not helped.",
        ),
        (
            "He tried to go back but could not stay on the phones <<for the whole shift>>, and I have advised a phased return.",
            "His colleague {o2m.full} heard the same tone on another line that morning, through <<the hearing loop>> adapter.",
            "He has been taking <<Buscopan>> from the chemist for stomach cramps that started with the anxiety.",
            "The headset supplier has been asked for their fault records under {ref2}, <<7/52>> ago.",
            "His {rel}, {r.full}, came with him to the appointment; he had taken <<domperidone>> for nausea.",
        ),
        ("Yours sincerely,\n\n{s1.full}\nOccupational health adviser",),
        ("OH-#####", "HS-####"), sex="M",
    ),
)

# Top-up sentences, each register its own.
SHARED = (
    "A statement was taken from {o5.full}, who saw what happened and left the number {mob}.",
    "The family asked that {p.nick} be called by that name, and that letters go to {addr2} no longer.",
    "{s2.full} checked the record and found no earlier report under <<the Local Government and Social Care Ombudsman>> scheme.",
    "The GP at {gp} was told by letter on {later}, and the practice replied through {email2}.",
    "The hospital record {hosp} shows no allergy, and <<domperidone>> was given once.",
    "Staff said the same thing had nearly happened <<for two nights>> running the week before.",
    "{r.title} asked for the report to be sent to {r.pemail}.",
    "The review panel met on {next} and heard from {s1.init} and {o5.ini}.",
    "A <<Customer Adviser>> on {phone} took the family's first call.",
    "The case was checked against <<the Financial Ombudsman Service>> guidance and no further action was needed there.",
    "No one could say why the log book had a blank page for {day}.",
    "The duty manager {o5.caps} wrote the first account, and it matches the statements.",
)
SHARED_LINES = (
    "Witness {o5.full} gives statement, contact {mob}",
    "Record checked against hospital number {hosp}",
    "{r.title} rang for an update; told to expect a call",
    "Manager {o5.caps} informed; <<Floorwalker>> to complete the form",
    "Nothing further <<for 35 minutes>>; area reopened",
    "Photos of the scene saved under {ref2}",
    "GP practice {gp} told by phone {phone}",
    "Family asked that letters go to {addr2} no longer",
    "Chased the duty manager for the account; reply from {o5.lower}",
    "Copy of the first aid record sent to {email2}",
)
SHARED_LETTER = (
    "{o5.full}, who was there, has agreed to be contacted on {mob} if you need a second account.",
    "I have kept a copy of this letter on our file {ref2}.",
    "The family's earlier address, {addr2}, is still on some of our records, and I have asked for it to be changed.",
    "If it helps, our first aid log shows <<a pain score of 9/10>> at the time.",
    "I understand {p.nick} has an appointment on {next}, and I hope this reaches you first.",
    "I have also written to {r.title} with a copy, at {r.pemail}.",
    "Our office has no medical staff, and we were guided by the ambulance service on the phone <<for 35 minutes>>.",
    "Please do not hesitate to ring {s2.full} on {phone} if I am not in the office.",
    "We keep <<a panic alarm>> at each desk now, which was not so at the time.",
    "I should add that I am not medically trained and describe only what I saw.",
)

STYLES: tuple[Style, ...] = (*_PROSE, *_LINES, *_LETTERS)


def _shared(style: Style) -> tuple[str, ...]:
    return {"prose": SHARED, "lines": SHARED_LINES, "letter": SHARED_LETTER}[style.register]


def alternatives() -> int:
    """How many distinct sentence templates the pack writes from."""
    found = {s for style in STYLES for s in (*style.headers, *style.core, *style.extras, *style.endings)}
    return len(found | set(SHARED) | set(SHARED_LINES) | set(SHARED_LETTER))


# ---------------------------------------------------------------------------------------------
# Building an example
# ---------------------------------------------------------------------------------------------

_LINE_SLOT = re.compile(r"\{(stamp|clock|text|sign)\}")


def _join(blocks: list[list[Piece]], sep: str) -> list[Piece]:
    out: list[Piece] = []
    for index, block in enumerate(blocks):
        if index:
            out.append((sep, None, None, False))
        out += block
    return out


def _lines(rng: random.Random, style: Style, case: _Case, r: _Renderer, target: int) -> list[Piece]:
    if style.night:
        start = rng.randint(19 * 60, 23 * 60 + 30)
    else:
        start = rng.randint(5 * 60 + 30, 22 * 60 + 30)
    when = datetime(case.day0.year, case.day0.month, case.day0.day) + timedelta(minutes=start)
    r.cap = case.day0
    head = [r.render(h) for h in style.headers]
    words = sum(map(_count, head)) + 8
    pool = list(SHARED_LINES)
    rng.shuffle(pool)
    todo = [*style.core, *style.extras, *pool]
    lines: list[list[Piece]] = []
    for index, template in enumerate(todo):
        if index >= len(style.core) and words >= target:
            break
        when += timedelta(minutes=rng.randint(2, 25))
        r.cap = when.date()
        line: list[Piece] = []
        at = 0
        for match in _LINE_SLOT.finditer(style.topup):
            if match.start() > at:
                line.append((style.topup[at : match.start()], None, None, False))
            slot = match.group(1)
            if slot == "stamp":
                line.append((r.stamp(when), "DATE", None, False))
            elif slot == "clock":
                line.append((when.strftime(style.clock), None, None, False))
            elif slot == "text":
                line += r.render(template)
            else:
                line += r.person(rng.choice(style.signs), style.sign_form)
            at = match.end()
        if at < len(style.topup):
            line.append((style.topup[at:], None, None, False))
        lines.append(line)
        words += _count(line)
    end = [r.render(e) for e in style.endings]
    return _join([_join(head, "\n"), _join(lines, "\n"), _join(end, "\n")], "\n")


def _prose(rng: random.Random, style: Style, case: _Case, r: _Renderer, target: int) -> list[Piece]:
    if style.register == "letter":
        r.cap = case.ldate
    head = [r.render(h) for h in style.headers]
    core = [r.render(s) for s in style.core]
    words = sum(map(_count, head + core)) + 10
    more: list[list[Piece]] = []
    pool = list(_shared(style))
    rng.shuffle(pool)
    for template in [*style.extras, *pool]:
        if words >= target:
            break
        block = r.render(template)
        more.append(block)
        words += _count(block)
    end = [r.render(e) for e in style.endings]
    if style.register == "letter":
        body = [_join(core[:3], " "), _join(core[3:], " ")]
        if more:
            body.append(_join(more, " "))
        return _join([head[0], head[1], *body, *end], "\n\n")
    blocks = [_join(head, "\n"), _join(core, " ")]
    if more:
        blocks.append(_join(more, " "))
    return _join([*blocks, *end], "\n\n")


def _build(rng: random.Random, number: int, style: Style) -> tuple[Example, list[tuple[int, int]]]:
    sentences = [*style.headers, *style.core, *style.extras, *style.endings, *_shared(style)]
    case = _Case(rng, style, sentences)
    renderer = _Renderer(case)
    target = rng.randint(235, 345)
    if style.register == "lines":
        pieces = _lines(rng, style, case, renderer, target)
    else:
        pieces = _prose(rng, style, case, renderer, target)
    parts: list[str] = []
    spans: list[GoldSpan] = []
    negatives: list[tuple[int, int]] = []
    length = 0
    for text, label, meta, look_alike in pieces:
        if label is not None:
            spans.append(GoldSpan(length, length + len(text), label, **(meta or {})))
        elif look_alike:
            negatives.append((length, length + len(text)))
        parts.append(text)
        length += len(text)
    text = "".join(parts)
    for match in AGE_MENTION.finditer(text):
        group = 1 if match.group(1) else 2
        start, end = match.span(group)
        if int(match.group(group)) <= 89 and not any(
            s.start < end and start < s.end for s in spans
        ):
            negatives.append((start, end))
    negatives.sort()
    known: dict = {}
    if case.record:
        p, rel = case.people["p"], case.people["r"]
        known = {
            "names": [p.full, rel.full],
            "nhs_number": case.nhs,
            "date_of_birth": case.dob.isoformat(),
            "hospital_number": case.hosp,
            "address": f"{case.street_line}, {case.locality}, {case.town}, {case.postcode}",
        }
    example_ = Example(
        id=f"{PREFIX}-{number:06d}", text=text, known=known, gold=tuple(spans), kind=style.name
    )
    return example_, negatives


def example(rng: random.Random, number: int, style: Style | None = None) -> Example:
    """One example drawn from ``rng`` (a style drawn too unless given)."""
    return _build(rng, number, style or rng.choice(STYLES))[0]


def generate_with_negatives(count: int, seed: int = 1):
    """Examples with the (start, end) of each look-alike and young age written in."""
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _build(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> list[Example]:
    """``count`` examples; the same seed always gives the same examples."""
    return [example_ for example_, _ in generate_with_negatives(count, seed)]
