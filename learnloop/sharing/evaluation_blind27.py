"""A twenty-seventh blind de-identification pack: 25 new kinds of UK safety documents.

Written without seeing the engine (evaluation_blind27.md says what was read). Each example is a
synthetic narrative with the exact gold span of every identifier in it; clinical words that look
like identifiers are written in as tracked look-alikes (``generate_with_negatives``) and are never
gold. Only shared infrastructure comes from ``learnloop.sharing.evaluation``; the towns, streets,
wards, services and most names are the pack's own.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterator
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

__all__ = ["LABELS", "STYLES", "example", "generate", "generate_with_negatives"]

PREFIX = "blind27"
LOW_WORDS = 200
HIGH_WORDS = 480
NO_RECORD = 0.12

# ---------------------------------------------------------------------------------------------
# Towns: (district, dialling code, localities, council, hospital, board or None)
# ---------------------------------------------------------------------------------------------

TOWN_INFO = {
    "Poole": ("BH15", "01202", ("Parkstone", "Hamworthy"), "BCP Council"),
    "Rochdale": ("OL16", "01706", ("Castleton", "Milnrow"), "Rochdale Borough Council"),
    "St Helens": ("WA10", "01744", ("Thatto Heath", "Haydock"), "St Helens Borough Council"),
    "Stowmarket": ("IP14", "01449", ("Combs", "Onehouse"), "Mid Suffolk District Council"),
    "Winchester": ("SO23", "01962", ("Weeke", "Stanmore"), "Winchester City Council"),
    "Penistone": ("S36", "01226", ("Oxspring", "Thurlstone"), "Barnsley Council"),
    "Fleetwood": ("FY7", "01253", ("Larkholme", "Flakefleet"), "Wyre Council"),
    "Poulton-le-Fylde": ("FY6", "01253", ("Carleton", "Hardhorn"), "Wyre Council"),
    "Atherstone": ("CV9", "01827", ("Mancetter", "Grendon"), "North Warwickshire Borough Council"),
    "Daventry": ("NN11", "01327", ("Southbrook", "Grange Park"), "West Northamptonshire Council"),
    "St Ives": ("PE27", "01480", ("Hemingford Grey", "Houghton"), "Huntingdonshire District Council"),
    "Haverhill": ("CB9", "01440", ("Withersfield", "Sturmer"), "West Suffolk Council"),
    "Fakenham": ("NR21", "01328", ("Hempton", "Pudding Norton"), "North Norfolk District Council"),
    "Brentwood": ("CM14", "01277", ("Shenfield", "Warley"), "Brentwood Borough Council"),
    "Rayleigh": ("SS6", "01268", ("Rawreth", "Hockley"), "Rochford District Council"),
    "Harpenden": ("AL5", "01582", ("Batford", "Kinsbourne Green"), "St Albans City and District Council"),
    "Thatcham": ("RG19", "01635", ("Cold Ash", "Henwick"), "West Berkshire Council"),
    "Cranbrook": ("TN17", "01580", ("Hartley", "Sissinghurst"), "Tunbridge Wells Borough Council"),
    "Kingsbridge": ("TQ7", "01548", ("West Alvington", "Dodbrooke"), "South Hams District Council"),
    "Portishead": ("BS20", "01275", ("Redcliffe Bay", "Portbury"), "North Somerset Council"),
    "Clevedon": ("BS21", "01275", ("Kenn", "Walton St Mary"), "North Somerset Council"),
    "Thornbury": ("BS35", "01454", ("Alveston", "Oldland"), "South Gloucestershire Council"),
    "Yate": ("BS37", "01454", ("Chipping Sodbury", "Stanshawes"), "South Gloucestershire Council"),
    "Lydney": ("GL15", "01594", ("Aylburton", "Bream"), "Forest of Dean District Council"),
    "Cinderford": ("GL14", "01594", ("Ruspidge", "Drybrook"), "Forest of Dean District Council"),
    "Oxted": ("RH8", "01883", ("Hurst Green", "Limpsfield"), "Tandridge District Council"),
    "Caterham": ("CR3", "01883", ("Whyteleafe", "Chaldon"), "Tandridge District Council"),
    "Leatherhead": ("KT22", "01372", ("Fetcham", "Ashtead"), "Mole Valley District Council"),
    "Staines": ("TW18", "01784", ("Laleham", "Stanwell"), "Spelthorne Borough Council"),
    "Mildenhall": ("IP28", "01638", ("Beck Row", "West Row"), "West Suffolk Council"),
    "Olney": ("MK46", "01234", ("Emberton", "Weston Underwood"), "Milton Keynes City Council"),
    "Towcester": ("NN12", "01327", ("Greens Norton", "Tiffield"), "West Northamptonshire Council"),
    "Brackley": ("NN13", "01280", ("Halse", "Evenley"), "West Northamptonshire Council"),
    "Dronfield": ("S18", "01246", ("Coal Aston", "Gosforth Valley"), "North East Derbyshire District Council"),
    "Kidsgrove": ("ST7", "01782", ("Talke", "Butt Lane"), "Newcastle-under-Lyme Borough Council"),
    "Hungerford": ("RG17", "01488", ("Eddington", "Kintbury"), "West Berkshire Council"),
    "Alresford": ("SO24", "01962", ("Itchen Abbas", "Bishop's Sutton"), "Winchester City Council"),
    "Ivybridge": ("PL21", "01752", ("Ermington", "Cornwood"), "South Hams District Council"),
    "Okehampton": ("EX20", "01837", ("Folly Gate", "Sticklepath"), "West Devon Borough Council"),
    "Montrose": ("DD10", "01674", ("Ferryden", "Hillside"), "Angus Council"),
    "Kirriemuir": ("DD8", "01575", ("Northmuir", "Westmuir"), "Angus Council"),
}  # fmt: skip
SCOTLAND = frozenset({"Montrose", "Kirriemuir"})
TOWNS = tuple(
    (town, re.match(r"[A-Z]+", info[0]).group(), info[1]) for town, info in TOWN_INFO.items()
)
LOCALITIES = {town: info[2] for town, info in TOWN_INFO.items()}
HOSP_FORMS = ("AA999999", "A999999A", "AAA-99999")

STREETS = (
    "Betony", "Tormentil", "Agrimony", "Toadflax", "Eyebright", "Sneezewort", "Bedstraw",
    "Fleabane",
)  # fmt: skip
STREET_KINDS = ("Close", "Way", "Road", "Lane", "Drive", "Rise", "Gardens", "Crescent")
WARDS = (
    "Catbells", "Loughrigg", "Latrigg", "Grisedale", "Wetherlam", "Glaramara", "Blencathra",
    "Haystacks", "Scafell", "Coniston",
)  # fmt: skip
HOMES = ("Larkrise House", "Cloverdale Lodge", "Wychwood Court", "Hollowbrook House")
GPS = ("Foundry Lane Surgery", "Moorgate Medical Centre", "The Wrayfield Practice")
PROVIDERS = ("Kinfolk Homecare Ltd", "Steadway Care Services", "Brightmoor Care Agency")
HOSPITAL_KINDS = ("Community Hospital", "General Hospital", "and District Hospital")
# Styles about a pregnancy or a couple, where the relative is always the partner.
PARTNER_STYLES = frozenset(
    {
        "twin_pregnancy_growth_scan_cancelled_review",
        "water_birth_pool_evacuation_review",
        "early_pregnancy_unit_miscarriage_complaint_letter",
        "ivf_clinic_embryo_thaw_candour_letter",
    }
)
SCOTTISH_HOSPITALS = ("Stracathro Hospital", "Ninewells Hospital")

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# ---------------------------------------------------------------------------------------------
# People: the pack's own names (heritages the earlier notes do not name), word names, nicknames
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    "sri_lankan_tamil": (
        ("Mathuri", "Sayanthini", "Piriyanka"),
        ("Nirojan", "Thanushan", "Mayooran", "Sutharsan"),
        ("Thevarajah", "Sivapalan", "Balasingam", "Yogarajah"),
    ),
    "filipino": (("Jocelyn", "Marites"), ("Rommel", "Reynaldo"), ("Dizon", "Bautista", "Villanueva")),
    "nepali": (("Sunita", "Sabina", "Pramila", "Kamala"), ("Tek", "Hari"), ("Limbu", "Pun")),
    "somali": (("Ifrah",), ("Abdiqani",), ("Jama", "Dualeh")),
    "kurdish": (("Zhino",), ("Rebin", "Hiwa"), ("Rasul", "Hawrami")),
    "lithuanian": (("Gintarė", "Aušra"), ("Žilvinas",), ("Kazlauskas", "Vaitkus")),
    "jamaican": ((), ("Fitzroy",), ("Gayle", "Nembhard")),
    "congolese": (
        ("Ngalula", "Mujinga", "Kapinga"),
        ("Mukendi", "Ilunga"),
        ("Mbuyi", "Kabongo", "Nsimba", "Tshimanga", "Lukusa"),
    ),
    "syrian": (
        ("Rahaf", "Ghina", "Lubna"),
        ("Samer", "Ghassan", "Bashar"),
        ("Haddad", "Al-Khatib", "Sabbagh", "Kanaan"),
    ),
    "afghan": (("Zarghuna", "Mursal", "Freshta"), ("Naveed", "Ajmal"), ("Popalzai", "Wardak", "Stanikzai")),
    "slovak_roma": (("Žaneta", "Nikoleta"), ("Dušan",), ("Baláž", "Oláh", "Giňa")),
    "sinhalese": (("Dilani", "Chathurika", "Nadeeka"), ("Nuwan",), ("Jayawardena", "Gunasekara")),
    "hong_kong": (("Wai-Yee",), ("Chun-Kit",), ("Mak", "Poon")),
    "brazilian": (("Thais", "Luana", "Jaqueline"), ("Rodrigo", "Wesley"), ("das Neves", "das Chagas")),
    "english_word": (("Happy", "Loyal"), ("Duke", "Marvel", "Goodwill"), (
        "Gamble", "Gosling", "Cakebread", "Sweetapple", "Winterbottom", "Shufflebottom",
        "Pennyfeather", "Lovelock", "Pigg",
    )),
}  # fmt: skip
OWN_FIRST = {
    "F": tuple(name for female, _, _ in OWN_GROUPS.values() for name in female),
    "M": tuple(name for _, male, _ in OWN_GROUPS.values() for name in male),
}
OWN_LAST = tuple(name for _, _, last in OWN_GROUPS.values() for name in last)
WORD_NAMES = ("Happy", "Loyal", "Duke", "Marvel", "Goodwill")
WORD_SURNAMES = ("Gamble", "Gosling", "Cakebread", "Sweetapple", "Lovelock")
ALL_WORD_NAMES = frozenset({*WORD_NAMES, *WORD_SURNAMES})
NICKNAMES = {
    "Mathuri": ("Mathu",), "Nirojan": ("Niro",), "Mayooran": ("Mayoo",), "Sutharsan": ("Suthan",),
    "Chathurika": ("Chathu",), "Rodrigo": ("Digo",), "Jocelyn": ("Jojo",), "Gintarė": ("Gintė",),
    "Naveed": ("Navi",), "Nikoleta": ("Niki",), "Dušan": ("Duško",), "Wesley": ("Wes",),
    "Jaqueline": ("Jaque",), "Rommel": ("Mel",), "Žilvinas": ("Žilvis",), "Sayanthini": ("Saya",),
}  # fmt: skip
PARTICLES = ("das",)
NAME_FORMS = (
    "full", "first", "last", "title", "tfull", "dr", "init", "initl", "caps", "upper", "lower",
    "nick", "email", "poss",
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Look-alikes: clinical words, national bodies and measures that must never be redacted
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "drug": (
        "insulin", "Levemir", "NovoRapid", "alteplase", "co-amoxiclav", "flucloxacillin",
        "apixaban", "Oramorph", "phototherapy", "paracetamol", "dexamethasone", "morphine",
        "oxytocin", "tenofovir", "Biktarvy", "Calpol", "adrenaline", "progesterone", "Entonox",
        "ondansetron", "Fortisip", "levetiracetam", "naloxone", "salbutamol", "ibuprofen",
        "Hartmann's", "tranexamic acid", "amoxicillin", "NAC", "sertraline", "Pabrinex",
    ),
    "dose": ("10 units", "5 mg", "50 mg", "500 mg", "1 g", "2 puffs", "40 mg", "20 ml", "50 micrograms"),
    "score": (
        "NEWS2", "GCS", "Apgar", "Waterlow", "4AT", "AMTS", "Centor", "Rockall",
        "MEOWS", "Bishop score", "MUST", "Clinical Frailty Scale",
    ),
    "device": (
        "CO alarm", "Sats probe", "varifocals", "pelvic binder", "nebuliser", "peak flow meter", "bilirubinometer", "Bair Hugger", "vacuum mattress",
        "scoop stretcher", "hoist", "Doppler", "CTG", "glucometer", "pulse oximeter",
        "Pinard", "defibrillator", "slide sheet", "aortic ultrasound scanner", "Lifepak",
        "ketone meter", "inhaler spacer", "EpiPen", "body bag",
    ),
    "national": (
        "NHS 111", "NICE", "the MHRA", "UKHSA", "the Home Office", "NHS England", "the HFEA", "the RNLI",
        "the Coastguard", "the CQC", "Ofsted", "the coroner", "HSSIB", "the Health and Safety Executive",
        "the Gas Safe Register", "the NMC", "Public Health Scotland",
    ),
    "law": (
        "the Mental Capacity Act", "Rule 35", "the Data Protection Act", "the Duty of Candour",
        "the Children Act", "Gillick", "Section 17", "RIDDOR", "the Human Tissue Act",
    ),
    "place_scale": (
        "Glasgow Coma Scale", "Manchester Triage", "Ottawa ankle rules", "Canadian CT head rules",
        "Bristol stool chart", "the Swiss staging", "Bolam test",
    ),
    "eponym": (
        "Parkinson's", "Addison's", "Down's syndrome", "Crohn's", "Wernicke's", "McRoberts",
        "Hodgkin's", "Kernig's sign", "Raynaud's",
    ),
    "measure": (
        "4.2 cm", "5.8 cm", "30 degrees", "28.4 degrees", "1,200 ml", "350 micromol/L",
        "8 per cent", "2.9 kg", "10 per cent", "11 per cent", "15 per cent", "71 kg", "12 per cent", "32.1 degrees", "400 ppm",
    ),
    "bed": ("bay 4", "bed 12", "side room 2", "room 14", "cubicle 6", "pool room", "bay 2", "room 9"),
    "word": ("Matron", "Sister", "Grace", "Duty Manager", "Bronze", "Hope", "Coxswain", "Skipper", "Chapel of Rest"),
}  # fmt: skip
NATIONAL = frozenset(LOOKALIKES["national"]) | {
    t.removeprefix("the ") for t in LOOKALIKES["national"]
}
CLINICAL_INITIALS = frozenset(
    """BP HR RR GP ED AE IV IM SC PO PR NG OT PT DNR CPR ICU HDU CT MRI ECG CXR ABG VBG FBC UE LFT
    CRP INR GCS NEWS TTO DNA NHS CQC MDT SHO FY HCA RN MH DKA AKI UTI COPD MI PE DVT TIA CVA AF
    SOB CO RNLI IRC HIV PEP ART EPU IVF AAA USS OD BD TDS QDS PRN NBM LD ID OK NA TBC SB ER PA
    HFEA NMC HSE SUI MCA RTC BBA SVD LSCS AMTS MUST SALT HMO KO TB BA MA MD DD""".split()
)
ROLE_WORDS = frozenset(
    """nurse sister matron doctor midwife warden keyworker skipper coxswain manager officer
    consultant registrar paramedic optometrist worker lead director""".split()
)
HONORIFIC_WORDS = frozenset({"mr", "mrs", "ms", "miss", "dr", "master"})


def _blocked_parts() -> frozenset[str]:
    words = {t.casefold() for terms in LOOKALIKES.values() for t in terms if " " not in t}
    words |= {m.casefold() for m in MONTHS} | {d.casefold() for d in WEEKDAYS}
    words |= ROLE_WORDS | HONORIFIC_WORDS
    for town, info in TOWN_INFO.items():
        words |= {w.casefold() for w in re.split(r"[\s-]+", town)}
        words |= {w.casefold() for loc in info[2] for w in loc.split()}
    return frozenset(words)


def _fold(value: str) -> str:
    return unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()


def _words(n: int) -> str:
    """An age in words, as the texts write it (90 to 109)."""
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
    in_record: bool
    doctor: bool = False
    child: bool = False
    patient: bool = False
    initials_ok: bool = True

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def parts(self) -> set[str]:
        # particles too, so that no two people in a text share even "das"
        return {_fold(p).casefold() for p in re.split(r"[\s-]+", self.full)}

    @property
    def honorific(self) -> str:
        if self.doctor:
            return "Dr"
        if self.child:
            return "Miss" if self.sex == "F" else "Master"
        if self.sex == "F":
            return "Mrs" if self.patient and self.first[0] < "M" else "Ms"
        return "Mr"

    @property
    def initials(self) -> str:
        parts = [self.first, *[p for p in re.split(r"[\s-]+", self.last) if p not in PARTICLES]]
        return "".join(_fold(p)[:1].upper() for p in parts)


def _own_person(rng: random.Random, sex: str) -> Person:
    group = rng.choice(
        [g for g, (female, male, _) in OWN_GROUPS.items() if (female if sex == "F" else male)]
    )
    female, male, last = OWN_GROUPS[group]
    first = rng.choice(female if sex == "F" else male)
    surname = rng.choice(last)
    if rng.random() < 0.3:  # families and marriages cross heritages
        surname = rng.choice(OWN_LAST)
    listed = listed_names()
    parts = [p for p in re.split(r"[\s-]+", f"{first} {surname}") if p not in PARTICLES]
    names = "listed" if all(p.casefold() in listed for p in parts) else "unlisted"
    return Person(first, surname, sex, names, False)


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
    refs: tuple[str, str] = ("@@-####-####", "REF/####")
    old: bool = False
    child: bool = False
    provider: bool = False
    topup: str = ""  # lines: the shape of every stamped line, with {stamp} and {text}
    stamp: str = ""  # lines: csv_iso, csv_uk, table, table_day, bracket, dashed
    hours: tuple[int, int] = (0, 23)
    sex: str = "??"  # the patient's and relative's sex ("?": either)
    ages: tuple[int, int] | None = None
    step: tuple[int, int] = (4, 35)  # minutes between log lines


_PERSON = re.compile(r"\{(p|r|s1|s2|d|o\d|x)([fm]?)\.(\w+)\}")
_SLOT = re.compile(r"\{(\w+)\}")
_TOKEN = re.compile(r"\{(?:p|r|s1|s2|d|o\d|x)[fm]?\.\w+\}|\{\w+\}|<<.+?>>")
DATE_PHASE = {"date": 0, "day": 0, "next": 1, "ldate": 2}


def _phase(sentence: str) -> tuple[int, int] | None:
    found = [DATE_PHASE[s] for s in _SLOT.findall(sentence) if s in DATE_PHASE]
    return (min(found), max(found)) if found else None


# ---------------------------------------------------------------------------------------------
# One case: the facts a text is written from
# ---------------------------------------------------------------------------------------------

_BLOCKED: frozenset[str] | None = None


class _Case:
    def __init__(self, rng: random.Random, style: Style, sentences: list[str]) -> None:
        global _BLOCKED
        if _BLOCKED is None:
            _BLOCKED = _blocked_parts()
        self.rng, self.style = rng, style
        self.record = rng.random() >= NO_RECORD
        self.town = rng.choice(list(TOWN_INFO))
        district, code, localities, council = TOWN_INFO[self.town]
        self.code, self.council = code, council
        self.locality = rng.choice(localities)
        inward = f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEHJLNPQRSTUWXYZ')}"
        self.postcode = f"{district} {inward}"
        self.street = f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
        self.house = f"{rng.randint(2, 140)} {self.street}"
        if rng.random() < 0.2:
            self.house = f"Flat {rng.randint(1, 12)}, {self.house}"
        other = rng.choice([s for s in STREETS if not self.street.startswith(s)])
        self.old_address = f"{rng.randint(1, 90)} {other} {rng.choice(STREET_KINDS)}, {self.town}"
        self.scotland = self.town in SCOTLAND
        self.mail = "nhs.scot" if self.scotland else "nhs.net"
        towns = list(TOWN_INFO)
        self.hospital = self._hospital(self.town)
        self.hospital2 = self._hospital(rng.choice([t for t in towns if t != self.town]))
        while self.hospital2 == self.hospital:
            self.hospital2 = self._hospital(rng.choice(towns))
        self.trust = "NHS Tayside" if self.scotland else f"{self.town} and District NHS Trust"
        self.ward, self.ward2 = (
            f"{w} {rng.choice(('Ward', 'Ward', 'Unit'))}" for w in rng.sample(WARDS, 2)
        )
        self.home = rng.choice(HOMES)
        self.gp = rng.choice(GPS)
        self.prov = rng.choice(PROVIDERS)
        if "undertaker" in style.name:  # the one provider that is a funeral director
            self.prov = "Pargeter and Sons Funeral Directors"
        elif style.name.startswith("ivf_"):
            self.prov = "Meridian Fertility Centre"
        # The incident, the day after and a later day (a review, a letter, a death).
        self.day = date(2025, 1, 6) + timedelta(days=rng.randint(0, 500))
        self.next_day = self.day + timedelta(days=1)
        self.later = self.day + timedelta(days=rng.randint(8, 40))
        low, high = style.hours
        self.hour = rng.randint(low, high)
        self.minute = rng.choice((0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55))
        if style.ages:
            age = rng.randint(*style.ages)
        elif style.old:
            age = rng.randint(90, 103)
        elif style.child:
            age = rng.randint(1, 11)
        else:
            age = rng.randint(19, 86)
        self.age = age
        self.dob = self.day - timedelta(days=365 * age + rng.randint(1, 360) + age // 4)
        self.age = (self.day - self.dob).days * 4 // 1461
        self.nhs = nhs_number(rng)
        self.nhs_layout = rng.randrange(3)
        self.hosp = self._hosp_number()
        self.dots = rng.random() < 0.25
        self.year_habit = rng.randrange(len(_YEAR_FORMS))
        self.refs = [self._ref(shape) for shape in style.refs]
        self.slug = _fold(self.town).lower().replace(" ", "").replace("-", "").replace("'", "")
        self.people: dict[str, Person] = {}
        self.used: set[str] = set()
        self.initials_seen: set[str] = set()
        hints = {}
        doctors = set()
        for sentence in sentences:
            for who, sex, form in _PERSON.findall(sentence):
                if sex:
                    hints[who] = sex.upper()
                if form == "dr":
                    doctors.add(who)
        sexes = {"p": style.sex[0], "r": style.sex[1]}
        for who in ("p", "r", "s1", "s2", "d", "o1", "o2", "o3", "o4", "o5"):
            sex = hints.get(who) or sexes.get(who, "?")
            person = self.new_person(None if sex == "?" else sex)
            person.doctor = who in doctors or who == "d"
            person.patient = who == "p"
            person.child = who == "p" and style.child and age < 16
            person.in_record = self.record and who in ("p", "r")
            self.people[who] = person
        self.relation = self._relation()

    def _hospital(self, town: str) -> str:
        if town in SCOTLAND:
            return self.rng.choice(SCOTTISH_HOSPITALS)
        return f"{town} {HOSPITAL_KINDS[sum(map(ord, town)) % len(HOSPITAL_KINDS)]}"

    def _hosp_number(self) -> str:
        rng = self.rng
        shape = HOSP_FORMS[sum(map(ord, self.town)) % len(HOSP_FORMS)]
        return "".join(
            str(rng.randint(0, 9)) if ch == "9" else rng.choice("BCDFHJKMRTWX") if ch == "A" else ch
            for ch in shape
        )

    def _ref(self, shape: str) -> str:
        rng = self.rng
        out = shape.replace("YYYY", str(self.day.year))
        return "".join(
            str(rng.randint(0, 9))
            if ch == "#"
            else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
            if ch == "@"
            else ch
            for ch in out
        )

    def _relation(self) -> str:
        relative = self.people["r"]
        if self.style.child:
            return "mother" if relative.sex == "F" else "father"
        if self.style.name in PARTNER_STYLES:
            return "partner"
        words = {
            "F": ("daughter", "wife", "sister", "niece", "partner"),
            "M": ("son", "husband", "brother", "nephew", "partner"),
        }
        return self.rng.choice(words[relative.sex])

    def new_person(self, sex: str | None) -> Person:
        rng = self.rng
        for _ in range(200):
            chosen = sex or rng.choice("FM")
            if rng.random() < 0.5:
                drawn = _new_person(rng, sex=chosen)
                person = Person(drawn.first, drawn.last, chosen, drawn.names, False)
            else:
                person = _own_person(rng, chosen)
            parts = person.parts()
            if parts & self.used or parts & _BLOCKED or not person.first.isalpha():
                continue
            if any(len(p) < 2 for p in parts):
                continue
            self.used |= parts
            initials = person.initials
            person.initials_ok = (
                re.fullmatch(r"[A-Z]{2,4}", initials) is not None
                and initials not in CLINICAL_INITIALS
                and initials not in self.initials_seen
            )
            self.initials_seen.add(initials)
            return person
        raise RuntimeError("no name left to draw")  # pragma: no cover


# ---------------------------------------------------------------------------------------------
# Writing values
# ---------------------------------------------------------------------------------------------


def _date_forms(day: date) -> dict[str, str]:
    m, wd = MONTHS[day.month - 1], WEEKDAYS[day.weekday()]
    return {
        "ord_long": f"{ordinal(day.day)} {m} {day.year}",
        "long": f"{day.day} {m} {day.year}",
        "slash": f"{day:%d/%m/%Y}",
        "slash_short": f"{day.day}/{day.month}/{day.year}",
        "slash_yy": f"{day:%d/%m/%y}",
        "iso": day.isoformat(),
        "dots": f"{day:%d.%m.%Y}",
        "dots_short": f"{day.day}.{day.month}.{day:%y}",
        "dashes": f"{day:%d-%m-%Y}",
        "mon_dash": f"{day.day}-{m[:3]}-{day.year}",
        "upper": f"{day:%d}{m[:3].upper()}{day.year}",
        "upper_sp": f"{day.day} {m[:3].upper()} {day.year}",
        "us": f"{m} {day.day}, {day.year}",
        "wd_slash": f"{wd[:3]} {day:%d/%m/%Y}",
        "wd_long": f"{wd} {day.day} {m} {day.year}",
        "short": f"{day.day} {m[:3]} {day.year}",
    }


_YEAR_FORMS = (
    "ord_long", "long", "slash", "slash_short", "slash_yy", "iso", "dots", "dots_short", "dashes",
    "mon_dash", "upper", "upper_sp", "us", "wd_slash", "wd_long", "short",
)  # fmt: skip


def _day_only(day: date, rng: random.Random) -> str:
    m, wd = MONTHS[day.month - 1], WEEKDAYS[day.weekday()]
    return rng.choice(
        [
            f"{wd[:3]} {ordinal(day.day)} {m[:3]}",
            f"{wd} the {ordinal(day.day)}",
            f"{wd[:3]} {day.day}/{day.month}",
            f"the {ordinal(day.day)} of {m}",
            f"the {ordinal(day.day)}",
            f"{ordinal(day.day)} {m}",
            f"{day.day} {m}",
            f"{day.day}/{day.month}",
            f"{wd} {ordinal(day.day)} {m}",
            f"{day.day} {m[:3]}",
        ]
    )


def _clock(hour: int, minute: int, rng: random.Random) -> str:
    return rng.choice(
        [
            f"{hour:02d}:{minute:02d}",
            f"{hour:02d}:{minute:02d}",
            f"{hour:02d}{minute:02d}hrs",
            f"{hour % 12 or 12}{':' + format(minute, '02d') if minute else ''}{'am' if hour < 12 else 'pm'}",
        ]
    )


def _landline(case: _Case) -> str:
    rng, code = case.rng, case.code
    local = f"{rng.randint(2, 9)}{rng.randint(0, 99999):05d}"
    ext = f"{rng.randint(1000, 9999)}"
    return rng.choice(
        [
            f"{code} {local}",
            f"{code} {local}",
            f"({code}) {local}",
            f"{code}{local}",
            f"+44 {code[1:]} {local}",
            f"+44 (0){code[1:]} {local}",
            f"{code} {local[:3]} {local[3:]}",
            f"{code}-{local}",
            f"{code} {local[:2]} {local[2:4]} {local[4:]}",
            f"+44{code[1:]}{local}",
            f"{code} {local} ext {ext}",
            f"{code} {local} x{ext}",
            f"({code}) {local[:3]} {local[3:]}",
            f"+44 ({code[1:]}) {local}",
            f"{code} {local[:3]}-{local[3:]}",
            f"+44-{code[1:]}-{local}",
            f"+44 (0) {code[1:]} {local}",
        ]
    )


def _mobile(rng: random.Random) -> str:
    tail = f"{rng.randint(0, 999):03d}"
    return rng.choice(
        [
            f"07700 900{tail}",
            f"07700900{tail}",
            f"+44 7700 900{tail}",
            f"07700 900 {tail}",
            f"+447700900{tail}",
            f"(07700) 900{tail}",
            f"07700-900-{tail}",
        ]
    )


def _email_local(person: Person) -> str:
    first = re.sub(r"[^a-z]", "", _fold(person.first).lower())
    last = re.sub(r"[^a-z]", "", _fold(person.last).lower())
    return f"{first}.{last}"


class _Text:
    """Pieces of text with their gold spans and negatives."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.gold: list[GoldSpan] = []
        self.negatives: list[tuple[int, int]] = []

    def add(self, text: str, label: str | None = None, person: Person | None = None) -> None:
        if label:
            meta = {}
            if label == "PERSON" and person is not None:
                meta = {"names": person.names, "in_record": person.in_record}
            self.gold.append(GoldSpan(self.length, self.length + len(text), label, **meta))
        self.parts.append(text)
        self.length += len(text)

    def negative(self, text: str) -> None:
        self.negatives.append((self.length, self.length + len(text)))
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def _write_person(out: _Text, case: _Case, person: Person, form: str) -> None:
    rng = case.rng
    dot = "." if case.dots and person.honorific not in ("Miss", "Master") else ""
    title = f"{person.honorific}{dot}"
    if form == "init" and not person.initials_ok:
        form = "initl"
    if form == "email":
        out.add(f"{_email_local(person)}@{case.mail}", "EMAIL")
        return
    if form == "poss":
        out.add(person.full, "PERSON", person)
        out.add("'s")
        return
    value = {
        "full": person.full,
        "first": person.first,
        "last": person.last,
        "title": f"{title} {person.last}",
        "tfull": f"{title} {person.full}",
        "dr": f"{title} {person.last}",
        "init": person.initials if rng.random() < 0.6 else ".".join(person.initials) + ".",
        "initl": f"{person.first[0]}. {person.last}",
        "caps": f"{person.last.upper()}, {person.first}",
        "upper": person.full.upper(),
        "lower": person.full.lower(),
        "nick": rng.choice(NICKNAMES.get(person.first, (person.first,))),
    }[form]
    out.add(value, "PERSON", person)


def _write_slot(out: _Text, case: _Case, slot: str) -> None:
    rng = case.rng
    if slot in ("date", "next", "ldate", "dob"):
        day = {"date": case.day, "next": case.next_day, "ldate": case.later, "dob": case.dob}[slot]
        forms = _date_forms(day)
        if slot == "dob":
            value = forms[rng.choice(("slash", "long", "dashes", "dots", "iso", "short"))]
        elif rng.random() < 0.85:
            value = forms[_YEAR_FORMS[case.year_habit]]
        else:
            value = forms[rng.choice(_YEAR_FORMS)]
        out.add(value, "DATE")
    elif slot == "day":
        out.add(_day_only(case.day, rng), "DATE")
    elif slot == "age":
        if case.age > 89:
            out.add(_words(case.age) if rng.random() < 0.25 else str(case.age), "AGE")
        else:
            out.negative(str(case.age))
    elif slot == "nhs":
        n = case.nhs
        out.add(
            [n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"][case.nhs_layout],
            "NHS_NUMBER",
        )
    elif slot == "hosp":
        out.add(case.hosp, "HOSPITAL_NUMBER")
    elif slot == "addr":
        _write_address(out, case)
    elif slot == "addrb":
        out.add(f"{case.house}\n{case.locality}\n{case.town}", "ADDRESS")
        out.add("\n")
        out.add(case.postcode, "POSTCODE")
    elif slot == "addr2":
        out.add(case.old_address, "ADDRESS")
    elif slot in ("ward", "ward2", "home", "street"):
        out.add(
            {"ward": case.ward, "ward2": case.ward2, "home": case.home, "street": case.street}[
                slot
            ],
            "LOCATION",
        )
    elif slot in ("hospital", "hospital2", "trust", "gp", "council", "prov"):
        value = {
            "hospital": case.hospital, "hospital2": case.hospital2, "trust": case.trust,
            "gp": case.gp, "council": case.council, "prov": case.prov,
        }[slot]  # fmt: skip
        out.add(value, "ORGANISATION")
    elif slot in ("ref", "ref2"):
        out.add(case.refs[0 if slot == "ref" else 1], "ID")
    elif slot == "phone":
        out.add(_landline(case), "PHONE")
    elif slot == "mob":
        out.add(_mobile(rng), "PHONE")
    elif slot == "email":
        team = rng.choice(("patientsafety", "safeguarding.adults", "pals", "governance.team"))
        out.add(f"{team}.{case.slug}@{case.mail}", "EMAIL")
    elif slot == "email2":
        relative = case.people["r"]
        local = re.sub(r"[^a-z]", "", _fold(relative.first).lower())
        out.add(
            f"{local}{rng.randint(10, 99)}@{rng.choice(('gmail.com', 'outlook.com', 'btinternet.com'))}",
            "EMAIL",
        )
    elif slot == "url":
        page = rng.choice(("feedback", "complaints", "patient-advice", "contact-us"))
        host = "nhstayside.scot.nhs.uk" if case.scotland else f"{case.slug}district.nhs.uk"
        out.add(f"{rng.choice(('https://www.', 'www.', 'https://'))}{host}/{page}", "URL")
    elif slot == "rel":
        out.add(case.relation)
    elif slot == "time":
        out.add(_clock(case.hour, case.minute, rng))
    elif slot == "time2":
        hour = (case.hour + rng.randint(1, 3)) % 24
        out.add(_clock(hour, rng.choice((0, 10, 20, 30, 40, 50)), rng))
    else:  # pragma: no cover - the tests check every slot is known
        raise KeyError(slot)


def _write_address(out: _Text, case: _Case) -> None:
    rng = case.rng
    shape = rng.randrange(5)
    if shape == 0:
        out.add(f"{case.house}, {case.locality}, {case.town}", "ADDRESS")
        out.add(", ")
        out.add(case.postcode, "POSTCODE")
    elif shape == 1:
        out.add(f"{case.house}, {case.locality}, {case.town}".upper(), "ADDRESS")
        out.add(" ")
        out.add(case.postcode, "POSTCODE")
    elif shape == 2:
        out.add(f"{case.house.replace(',', '')} {case.locality} {case.town}", "ADDRESS")
        out.add(" ")
        out.add(case.postcode.replace(" ", ""), "POSTCODE")
    elif shape == 3:
        out.add(f"{case.house}, {case.town}", "ADDRESS")
        out.add(" ")
        out.add(case.postcode.lower(), "POSTCODE")
    else:
        out.add(f"{case.house}, {case.locality}, {case.town}", "ADDRESS")
        out.add(" ")
        out.add(case.postcode, "POSTCODE")


def _fill(out: _Text, case: _Case, sentence: str, extra: Person | None = None) -> None:
    position = 0
    for match in _TOKEN.finditer(sentence):
        out.add(sentence[position : match.start()])
        token = match.group()
        if token.startswith("<<"):
            out.negative(token[2:-2])
        elif person := _PERSON.fullmatch(token):
            who, _, form = person.groups()
            _write_person(out, case, extra if who == "x" else case.people[who], form)
        else:
            _write_slot(out, case, token[1:-1])
        position = match.end()
    out.add(sentence[position:])


# ---------------------------------------------------------------------------------------------
# Putting a text together
# ---------------------------------------------------------------------------------------------


def _shared(style: Style) -> tuple[str, ...]:
    return SHARED_LINES if style.register == "lines" else SHARED


def _fits(order: list[str], index: int, sentence: str) -> bool:
    """An extra fits at `index` when no date before it is later and none after it earlier."""
    phase = _phase(sentence)
    if phase is None:
        return True
    before = [p for s in order[:index] if (p := _phase(s))]
    after = [p for s in order[index:] if (p := _phase(s))]
    return all(p[1] <= phase[0] for p in before) and all(phase[1] <= p[0] for p in after)


def _place(rng: random.Random, order: list[str], sentence: str, first: int) -> bool:
    spots = [i for i in range(first, len(order) + 1) if _fits(order, i, sentence)]
    if not spots:
        return False
    order.insert(rng.choice(spots), sentence)
    return True


_SLOT_WORDS = {
    "addr": 7,
    "addrb": 7,
    "addr2": 5,
    "hospital": 3,
    "hospital2": 3,
    "trust": 4,
    "council": 3,
}


def _count(sentences: list[str]) -> int:
    """About how many words the sentences will have once their slots are filled."""
    total = 0
    for sentence in sentences:
        plain = _PERSON.sub("Ab Cd", sentence)
        plain = _SLOT.sub(lambda m: " ".join("w" * _SLOT_WORDS.get(m.group(1), 1)), plain)
        total += len(plain.replace("<<", "").replace(">>", "").split())
    return total


def _target(rng: random.Random, style: Style) -> int:
    mean, spread, low, high = {
        "prose": (292, 26, 240, 360),
        "lines": (280, 22, 230, 340),
        "letter": (272, 20, 230, 330),
    }[style.register]
    return max(low, min(high, round(rng.gauss(mean, spread))))


def _stamp(case: _Case, when: tuple[date, int]) -> tuple[str, str]:
    day, minutes = when
    clock = f"{minutes // 60:02d}:{minutes % 60:02d}"
    forms = _date_forms(day)
    kind = case.style.stamp
    date_text = {
        "csv_iso": forms["iso"], "csv_uk": forms["slash"], "table": forms["dots"],
        "table_day": forms["wd_slash"], "bracket": forms["upper"], "dashed": forms["mon_dash"],
    }[kind]  # fmt: skip
    return date_text, clock


def example(rng: random.Random, number: int, style: Style | None = None) -> Example:
    return _build(rng, number, style)[0]


def _build(rng: random.Random, number: int, style: Style | None) -> tuple[Example, list]:
    style = style or rng.choice(STYLES)
    sentences = [*style.headers, *style.core, *style.extras, *style.endings]
    case = _Case(rng, style, sentences)
    target = _target(rng, style)
    order = list(style.core)
    extras = list(style.extras)
    rng.shuffle(extras)
    # Extras follow the first events of a story, and every core line of a log (logs keep time).
    first = 3 if style.register != "lines" else len(order)
    fixed = [*style.headers, *style.endings]
    per_line = _count([style.topup.replace("{text}", "")]) if style.register == "lines" else 0
    # Extras first, then the register's shared sentences, until the text is long enough.
    for sentence in extras:
        if _count(fixed + order) + per_line * len(order) >= target:
            break
        _place(rng, order, sentence, first)
    shared = list(_shared(style))
    rng.shuffle(shared)
    for sentence in shared:
        if _count(fixed + order) + per_line * len(order) >= target - 8:
            break
        _place(rng, order, sentence, first)
    out = _Text()
    if style.register == "lines":
        _write_log(out, case, order)
    else:
        joiner = "\n\n" if style.register == "letter" else " "
        for header in style.headers:
            _fill(out, case, header)
            out.add("\n\n")
        for index, sentence in enumerate(order):
            if index:
                out.add("\n\n" if joiner == " " and rng.random() < 0.22 else joiner)
            _fill(out, case, sentence)
        for ending in style.endings:
            out.add("\n\n")
            _fill(out, case, ending)
    text = out.text()
    known = {}
    if case.record:
        p, r = case.people["p"], case.people["r"]
        known = {
            "names": [p.full, r.full],
            "nhs_number": case.nhs,
            "date_of_birth": case.dob.isoformat(),
            "hospital_number": case.hosp,
            "address": f"{case.house}, {case.locality}, {case.town}, {case.postcode}",
        }
    result = Example(
        id=f"{PREFIX}-{number:06d}", text=text, known=known, gold=tuple(out.gold), kind=style.name
    )
    return result, sorted(out.negatives)


def _write_log(out: _Text, case: _Case, order: list[str]) -> None:
    rng, style = case.rng, case.style
    for header in style.headers:
        _fill(out, case, header)
        out.add("\n")
    minutes = case.hour * 60 + case.minute - rng.randint(20, 90)
    day = case.day
    if minutes < 0:
        minutes += 24 * 60
        day -= timedelta(days=1)
    staff = [case.people["s1"], case.people["s2"], case.people["o4"], case.people["o5"]]
    for sentence in order:
        date_text, clock = _stamp(case, (day, minutes))
        shape = style.topup.split("{text}")
        head = shape[0].replace("{clock}", clock)
        who = rng.choice(staff) if sentence in style.core or sentence in style.extras else None
        if who is None:
            who = case.new_person(None)
        before, _, after = head.partition("{stamp}")
        _fill(out, case, before, who)
        out.add(date_text, "DATE")
        _fill(out, case, after, who)
        _fill(out, case, sentence, who)
        _fill(out, case, shape[1].replace("{clock}", clock), who)
        out.add("\n")
        minutes += rng.randint(*style.step)
        if minutes >= 24 * 60:
            minutes -= 24 * 60
            day += timedelta(days=1)
    for index, ending in enumerate(style.endings):
        _fill(out, case, ending)
        if index + 1 < len(style.endings):
            out.add("\n")


def generate_with_negatives(count: int, seed: int = 1) -> Iterator[tuple[Example, list]]:
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
    """How many sentence templates the pack can draw from."""
    per_style = sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
    return per_style + len(SHARED) + len(SHARED_LINES)


# ---------------------------------------------------------------------------------------------
# The styles (sentences in {slots}; look-alikes in <<double angle brackets>>)
# ---------------------------------------------------------------------------------------------

STYLES = (
    Style(
        "optometrist_referral_email_bounced_review",
        "prose",
        "patient safety review, an optometrist's urgent referral for a new visual field defect sent to a closed hospital mailbox; a pituitary tumour found months later",
        (
            "Patient safety incident investigation: urgent optometry referral not received ({ref})",
            "Patient: {p.full} | NHS number {nhs} | Hospital number {hosp} | Lead investigator: {s1.full}",
        ),
        (
            "On {date} {p.title}, aged {age}, saw the community optometrist {o1f.full} because she kept walking into door frames on her left side, even in her new <<varifocals>>.",
            "{o1f.first} found a bitemporal field defect on automated perimetry and e-mailed an urgent referral the same afternoon, copying {gp}, with <<GCS>> and visual acuity recorded as normal.",
            "The referral went to an eye casualty mailbox that had been closed during a merger; the automatic reply said to use {email} instead, and nobody at the practice read it.",
            "{p.first} was next seen when her {rel}, {r.full}, took her to the emergency department at {hospital} with headache and vomiting, and an MRI showed a large pituitary tumour.",
            "The neurosurgical team at {hospital2} told the family that <<dexamethasone>> and surgery within a fortnight went well, but her left-sided vision has not returned.",
        ),
        (
            "The optometrist told us she had sent urgent referrals to that address for six years and had no reason to think it had changed.",
            "A search of the closed mailbox found eleven other referrals, two marked as possible <<Raynaud's>> or vascular disease, none opened.",
            "{d.dr}, the consultant ophthalmologist, said that a field loss of this shape should be seen within two weeks under the local pathway and the guidance from <<NICE>>.",
            "The practice receptionist, {o2m.full}, remembered an e-mail with a red banner but thought it was a spam warning from <<NHS England>>.",
            "{p.title} told us she had assumed the hospital was busy and did not want to chase and be a nuisance.",
        ),
        (
            "Recommendations: bounced referral alerts go to a named person; the list of live mailboxes is sent to every optometry practice each quarter.",
            "Family contact: {r.full} on {mob}. Report closed by {s2.full}, {ldate}.",
        ),
        refs=("PSII-OPT-####", "EYE/YYYY/###"),
        old=True,
        sex="F?",
    ),
    Style(
        "hostel_resident_diabetic_ketoacidosis_review",
        "prose",
        "review after a man living in a homeless hostel was found in diabetic ketoacidosis when his insulin pen had been confiscated with his belongings at the door",
        (
            "Multi-agency learning review: {p.full}, resident of a supported hostel ({ref})",
            "Date of birth {dob} | NHS {nhs} | Previous address {addr2}",
        ),
        (
            "{p.first} moved into the hostel on {date} after a night in the emergency department at {hospital}, where he had been started on <<Levemir>> twice a day.",
            "At the door the night worker {o1m.full} bagged his rucksack because of the no-sharps rule, and the <<insulin>> pens and needles went into the locked store with it.",
            'Nobody wrote down that the bag held medicines; the handover sheet said only "belongings stored, {p.upper}, <<room 14>>".',
            "On {next} the keyworker {o2f.full} found him drowsy and breathing fast, and the paramedic crew measured a glucose that read HI on the <<glucometer>> and ketones of 6.2.",
            "He spent three days on {ward} at {hospital}; {d.dr} wrote that the ketoacidosis was caused by two missed days of basal <<insulin>>.",
        ),
        (
            "The hostel manager, {o3.full}, told us staff had no training in diabetes and did not know that <<Levemir>> could not simply wait a few days.",
            "{p.nick}, as staff called him, had tried to ask for the bag twice on {day} but was told the store was only opened in the morning.",
            "The community diabetes nurse, {s1.full}, now keeps a list of hostel residents on <<insulin>> and phones the duty worker on {phone} each week.",
            "His GP registration at {gp} had not been completed, so no repeat prescription or <<ketone meter>> had been issued.",
            "His sister {r.full} said he had rung her on {mob} from a borrowed phone to say he felt awful but did not want to make a fuss.",
        ),
        (
            "Actions agreed: medicines are never stored with luggage; residents keep their <<insulin>> in a locked box in their room; staff are trained by the diabetes team.",
            "Chair: {s2.full}, adult safeguarding lead, {council}. Contact {email}.",
        ),
        refs=("SAR-YYYY-##", "HST/####"),
        sex="MF",
    ),
    Style(
        "farm_quad_bike_crush_ambulance_location_review",
        "prose",
        "ambulance service review after a farm worker was pinned under a quad bike and the crew were sent to the farmhouse postcode rather than the field gate",
        (
            "Serious incident review: delayed arrival at a farm crush injury (incident {ref})",
            "Patient: {p.tfull}, {age} years old | NHS number {nhs} | Call taker: {o1f.full}",
        ),
        (
            "At {time} on {date} a neighbour, {o2m.full}, rang 999 to say that {p.first} was trapped under an overturned quad bike on a steep field above {addr}.",
            "The call was coded as a Category 2 crush injury, but the address given to the crew was the postcode of the farmhouse, two miles by road from the field gate.",
            "The crew of {s1.full} and {s2.full} reached the farmhouse after 19 minutes, found it locked and spent another 24 minutes finding the lane, guided in the end by {r.full} on {mob}.",
            "When they arrived {p.last} had a <<GCS>> of 13, a pelvis they thought was broken and a blood pressure of 80 systolic; they gave <<tranexamic acid>> and used a <<scoop stretcher>>.",
            "The air ambulance took him to the major trauma centre at {hospital2}, where {d.dr} repaired his pelvis and spleen; he spent nine days in intensive care on a ventilator and <<morphine>>.",
        ),
        (
            'The neighbour had said "top field off the lane past the church", and the call taker typed this in the notes but did not read it to the crew.',
            "The dispatch system showed only the postcode centre, and the crew had no <<Lifepak>> trouble, only a map problem.",
            "{r.first}, his {rel}, told us that she drove to the farmhouse to open the gate and found the ambulance turning in the yard.",
            "The fire service arrived first and had lifted the bike with air bags and put on a <<pelvic binder>> before any clinician got there, which {d.title} said was the right call.",
            "The farm is registered with {gp}; the practice had no record of the quad bike injuries he had in two earlier years.",
        ),
        (
            "Learning: call takers read free-text location notes back to the caller and to the crew, and field gates on large farms are logged by grid reference.",
            "Reviewed by {s2.full} with the family's agreement; report issued {ldate}.",
        ),
        refs=("EOC-YYYY-#####", "SI ####"),
        sex="MF",
        hours=(9, 17),
    ),
    Style(
        "newborn_jaundice_bilirubin_recheck_missed_review",
        "prose",
        "community midwifery review, a baby with jaundice whose repeat bilirubin was booked at the wrong hospital and who was readmitted for exchange transfusion",
        (
            "Maternity and neonatal incident review ({ref}) - community midwifery team",
            "Baby: {p.upper} | NHS number {nhs} | Mother: {r.full} | Reviewer: {s1.full}",
        ),
        (
            "{p.first} was born at {hospital} on {date} and went home the next morning with his mother, {r.title}, after a normal first examination and feeds of <<20 ml>> every three hours.",
            "On day three the community midwife {o1f.full} saw yellow skin down to his tummy and a <<bilirubinometer>> reading high enough that she arranged a blood test.",
            'The test was booked for the neonatal unit at {hospital2}, not the local hospital, and the family were told to go "to the baby unit" without being told which one.',
            "{r.first} went to the local hospital, was told there was no booking and went home; nobody phoned the midwife, whose mobile was {mob}.",
            "Two days later the health visitor {o2.full} found the baby sleepy and feeding poorly; his bilirubin on readmission to {ward} was 450 and he needed <<phototherapy>> and an exchange transfusion.",
        ),
        (
            "The midwife told us she wrote the hospital name in the red book, but the page had been filled in with the previous booking.",
            "{d.dr}, the neonatal consultant, said the level was above the treatment line on the <<NICE>> chart on day three and should have been acted on the same day.",
            '{r.nick} said, "I kept saying he was sleepy, and everyone said newborns sleep."',
            "The switchboard at {hospital} holds no record of a call that day, and the unit's phone, {phone}, is not answered after five.",
            "The baby was discharged well after a week; hearing screening and <<Apgar>> records were normal.",
        ),
        (
            "Actions: bilirubin tests are booked only at the baby's local unit; midwives check by phone that the family arrived.",
            "Review signed off by {s2.full}, head of midwifery, {ldate}.",
        ),
        refs=("MAT-####", "NN/YYYY/###"),
        child=True,
        sex="MF",
    ),
    Style(
        "twin_pregnancy_growth_scan_cancelled_review",
        "prose",
        "maternity review, a woman expecting twins whose growth scans were cancelled twice by text message, with one twin later stillborn",
        (
            "Maternity serious incident review {ref}: twin pregnancy, cancelled growth scans",
            "Mother: {p.tfull}, {age} | Hospital number {hosp} | NHS number {nhs}",
        ),
        (
            "{p.first} was booked at {hospital} with a twin pregnancy sharing one placenta, which the local guideline says needs a scan with <<Doppler>> studies of both babies every two weeks from 16 weeks.",
            "The scans due at 24 and 26 weeks were cancelled by text message because of sonographer sickness, and the system offered the next free slot four weeks away.",
            "At 28 weeks on {date} she rang the triage line, {phone}, because one baby was moving less; the midwife {o1f.full} listened with a <<Doppler>> and found two heartbeats.",
            "The next scan on {next} showed one twin had died and the other had a weight difference of more than <<12 per cent>> that had built up over the weeks missed, and she was moved to {hospital2}.",
            "Her surviving daughter was born by caesarean section and cared for on the neonatal unit; {d.dr} explained the findings to {p.first} and her {rel}, {r.full}.",
        ),
        (
            "The booking clerk, {o2m.full}, told us the system did not flag twin pregnancies as needing a slot within two weeks.",
            "The fetal medicine lead said that weekly <<CTG>> and scans might have found the problem in time to deliver both babies.",
            '{r.first} said: "We got a text saying sorry, rebooked, and we thought that meant the hospital knew it was fine."',
            "The case was reported to <<HSSIB>> and the family were told under <<the Duty of Candour>> within ten working days.",
            "{p.title} had a <<MEOWS>> chart that stayed green throughout, which gave false comfort about the babies.",
        ),
        (
            "Actions: cancelled scans in multiple pregnancies are escalated to a consultant before a new date is sent.",
            "Family liaison: {s1.full} ({s1.email}). Report finalised {ldate}.",
        ),
        refs=("MSI-YYYY-###", "W####"),
        sex="FM",
        ages=(24, 41),
    ),
    Style(
        "aaa_screening_measurement_not_referred_review",
        "prose",
        "screening programme review, an abdominal aortic aneurysm measured above the referral threshold but entered in the wrong field, and a rupture three years later",
        (
            "Screening incident review {ref} - abdominal aortic aneurysm screening programme",
            "Man screened: {p.caps} | NHS number {nhs} | Screening technician: {s1.full}",
        ),
        (
            "{p.title} was screened at a clinic in {hospital} three years before the rupture, at 65, and the technician measured an aorta of <<5.8 cm>>.",
            "The measurement was typed into the comments field, not the diameter field, so the system recorded a normal result and sent a normal letter to {addr}.",
            "On {date} {p.first} collapsed at home with back pain; his {rel}, {r.full}, dialled 999 and the crew found him pale with a weak pulse and a <<NEWS2>> of 9.",
            "He had an emergency repair at {hospital2} under the vascular surgeon {d.dr} and spent two weeks in intensive care before going home.",
            "An audit of the clinic found four other men whose measurements sat in comments rather than the diameter field.",
        ),
        (
            "The technician told us the diameter box froze that morning and she typed the reading where she could, meaning to go back.",
            "The programme's quality assurance team at <<NHS England>> was told, and all five men were recalled within a week.",
            "{p.first} said he had never had a letter about the <<aortic ultrasound scanner>> reading and thought his heart and vessels were fine.",
            "The screening coordinator, {o1f.full}, checks a weekly list of results with text in the comments field.",
            "His GP at {gp}, {o2m.full}, said he had been prescribed <<apixaban>> for atrial fibrillation the year before, which nobody linked with the screening.",
        ),
        (
            "Recommendation: the system will not save a scan without a diameter; technicians report frozen fields at once to {email}.",
            "Review lead {s2.full}, {ldate}.",
        ),
        refs=("AAA-SI-####", "SCR/YYYY/##"),
        sex="MF",
        ages=(68, 72),
    ),
    Style(
        "narrowboat_resident_carbon_monoxide_review",
        "prose",
        "community services review after a very old man living on a narrowboat was treated twice for confusion before carbon monoxide from his stove was found",
        (
            "Learning review: carbon monoxide poisoning in a boat dweller ({ref})",
            "Patient: {p.tfull}, aged {age} | NHS {nhs} | Registered address {addr2}",
        ),
        (
            "{p.title}, who is {age}, has lived on a narrowboat moored near {street} for twenty years and uses a coal stove for heat.",
            "On {date} the district nurse {o1f.full} found him muddled and with a headache, thought of a urine infection and asked {gp} for <<amoxicillin>>.",
            "Four days later his {rel}, {r.full}, found him asleep at midday and could not wake him properly; he was taken to {hospital} with a <<GCS>> of 12.",
            "In the emergency department {d.dr} measured a carboxyhaemoglobin of <<12 per cent>> and he was given high-flow oxygen on {ward}.",
            "The fire service later found a cracked flue collar and no working <<CO alarm>> on the boat.",
        ),
        (
            "The district nurse said that the boat smelt of smoke on every visit and that she had not thought it unusual.",
            "The river and canal charity's welfare officer, {o2m.full}, had offered a free <<CO alarm>> the winter before and had no reply.",
            '{p.first} told us, "I felt like I had a hangover every morning for a month."',
            "His memory was scored with the <<4AT>> on admission and again a week later, when it was normal.",
            "His {rel} asked the team to write to him at the boat, since the registered address is an old friend's house.",
        ),
        (
            "Actions: district nurses ask about fuel-burning stoves in boats and caravans and carry alarms to give out.",
            "Lead: {s1.full}, community matron, {trust}, {ldate}.",
        ),
        refs=("CS-LR-###", "DN/####"),
        old=True,
        sex="M?",
    ),
    Style(
        "offshore_platform_medic_stroke_transfer_review",
        "prose",
        "review of a stroke on an offshore gas platform where the helicopter transfer went to a hospital without thrombolysis out of hours",
        (
            "Incident review {ref}: offshore casualty with stroke symptoms",
            "Casualty: {p.full}, {age} years old | NHS number {nhs} | Platform medic: {s1.full}",
        ),
        (
            "At {time} on {date} {p.first} was found by a colleague, {o1m.full}, slumped in the galley with a weak right arm, slurred speech and a <<NEWS2>> of 3.",
            "The platform medic {s1.first} assessed him, spoke to the topside doctor by satellite phone and asked for a helicopter through <<the Coastguard>>.",
            "The helicopter landed at {hospital}, which had no stroke team out of hours, and a CT scan there was not reported for ninety minutes.",
            "He was then transferred by road to {hospital2}; by the time {d.dr} saw him he was outside the window for <<alteplase>>.",
            "He has a weak right hand and cannot go back offshore; his {rel}, {r.full}, has asked how the landing site was chosen.",
        ),
        (
            "The flight crew told us the nearest helipad was chosen by distance and that nobody asked which hospital was taking strokes that night.",
            "The topside doctor, {o2f.full}, had recorded a <<GCS>> of 14 and a FAST positive test at the first call on {day}.",
            "{p.nick} was described by the crew as calm and joking, which may have made the team less urgent.",
            "The offshore operator's medical adviser can be reached on {phone}; the operator has since added stroke centres to its landing plan.",
            "Blood glucose on the platform was normal on the <<glucometer>>, and he had been taking <<apixaban>>, which was not passed on.",
        ),
        (
            "Recommendation: stroke calls from offshore go to the regional stroke centre's helipad, whatever the distance.",
            "Prepared by {s2.full} for the regional trauma and stroke network, {ldate}.",
        ),
        refs=("OFF-####", "MCA-YYYY-###"),
        sex="MF",
    ),
    Style(
        "water_birth_pool_evacuation_review",
        "prose",
        "midwifery-led unit review of a water birth with shoulder dystocia where the pool could not be emptied quickly and the lifting net was missing",
        (
            "Midwifery-led unit incident review {ref}",
            "Mother: {p.full} | Hospital number {hosp} | Midwife in charge: {s1.full}",
        ),
        (
            "{p.title} was in the birth pool in the <<pool room>> of the midwife-led unit at {hospital} when the baby's head was born at {time} on {date}.",
            "The midwife {o1f.full} recognised shoulder dystocia and asked her to stand, but she could not rise and the pool evacuation net was not in its bag.",
            "It took three staff four minutes to help her out onto the floor, where the <<McRoberts>> manoeuvre freed the baby.",
            "The baby was born pale and floppy with an <<Apgar>> score of 3 at one minute and was taken by ambulance to the neonatal unit at {hospital2}.",
            "He was cooled for three days under {d.dr}; his MRI was normal, and {p.first} and her {rel}, {r.full}, took him home after ten days, feeding well and off <<morphine>>.",
        ),
        (
            "The net had been sent for cleaning after the previous birth in <<room 9>> on the morning of {day} and nobody signed it back in.",
            "The unit's daily checklist listed the net, but the box was ticked by {o2.full}, who was covering for the <<Sister>>, without the bag being opened.",
            "{r.first} said the staff were calm and kind, and that it was only afterwards that he understood how frightened they had been.",
            "Her blood loss was <<1,200 ml>>; she was given <<oxytocin>> and <<tranexamic acid>> and did not need a transfusion.",
            "{p.nick} asked that every woman using the pool is shown how to get out of it before labour.",
        ),
        (
            "Actions: the net hangs on the wall by the pool; the check is done by opening the bag.",
            "Report by {s2.full}, consultant midwife, {ldate}.",
        ),
        refs=("MLU-YYYY-##", "DX####"),
        sex="FM",
        ages=(22, 39),
    ),
    Style(
        "mountain_rescue_hypothermia_rewarming_review",
        "prose",
        "review after a walker rescued from the moor with severe hypothermia was rewarmed on an open ambulance trolley corridor and had a cardiac arrest",
        (
            "Emergency department review {ref}: hypothermia after moorland rescue",
            "Patient: {p.full}, aged {age} | NHS {nhs} | Hospital number {hosp}",
        ),
        (
            "{p.first} was found by a search team on {date} after a night out on the moor, with a core temperature of <<28.4 degrees>> measured by the team doctor, {o1f.full}.",
            "The team wrapped her in a <<vacuum mattress>> and handed her to the ambulance crew, {s1.full} and {o2m.full}, at the road head.",
            "At {hospital} she waited in the ambulance corridor for forty minutes because no resuscitation bay was free, and she was moved about on a <<slide sheet>> for a chest X-ray.",
            "At {time} she went into ventricular fibrillation; {d.dr} led a long resuscitation with six <<defibrillator>> shocks and she was put on bypass at {hospital2}.",
            "She survived and went home a month later, but her {rel}, {r.full}, asked why a patient this cold was left in a corridor.",
        ),
        (
            'The rescue team leader told us they had phoned ahead and said "severe hypothermia, handle gently", which was not written on the board beside <<cubicle 6>> that morning, {day}.',
            "The corridor nurse said she used a <<Bair Hugger>> but had no way to measure core temperature away from a bay.",
            "The guideline on hypothermia says to keep the patient flat and still, and that <<the Swiss staging>> should decide which hospital takes the patient.",
            "{p.first} told us she remembers nothing after the second night of walking; her phone was found by {o3.full}.",
            "{r.first} can be contacted on {mob} and has agreed to help rewrite the patient information.",
        ),
        (
            "Actions: severe hypothermia is a pre-alert for a resuscitation bay; patients below 30 degrees go straight to a bypass centre.",
            "Lead: {s2.full}, emergency department consultant, {ldate}.",
        ),
        refs=("ED-####", "RTC/YYYY/##"),
        sex="F?",
    ),
    Style(
        "nonagenarian_hip_fracture_xray_missed_review",
        "prose",
        "review of a very old woman sent back to her care home after a fall with a hip X-ray reported normal that had a fracture",
        (
            "Structured judgement review: missed hip fracture ({ref})",
            "Patient: {p.tfull}, aged {age} | NHS number {nhs} | Care home: {home}",
        ),
        (
            "{p.title}, who is {age}, fell in her room at {home} on {date} and was taken to {hospital} by ambulance with pain in her left hip after <<Oramorph>> from the crew.",
            "An X-ray of the pelvis was read by the emergency doctor {o1m.full} as normal, and she went back to the home at {time2} with <<paracetamol>>.",
            "The home's nurse, {s1.full}, noticed she would not stand in the <<hoist>> and had a <<Waterlow>> score that rose each day.",
            "A radiologist's report, issued the next day, said there was a fracture of the neck of femur, but it went to a shared inbox and was not seen by <<Matron>> or anyone else.",
            "Nine days later her {rel}, {r.full}, insisted on a GP visit; {d.dr} sent her back, and she had surgery at {hospital2} that evening.",
        ),
        (
            "The home's manager, {o2f.full}, said staff were told in the discharge letter of {day} that the X-ray was clear.",
            "She had a <<Clinical Frailty Scale>> of 7 and <<Parkinson's>>, which made her fall risk high and her pain hard to read.",
            "Pressure damage to her left heel developed while she lay in bed with the broken hip, although a <<Waterlow>> of 20 had been recorded.",
            "{p.first} died six weeks after surgery; the family asked <<the coroner>> to look at the delay.",
            "The emergency department now phones the home, on {phone}, if a report changes a diagnosis after discharge.",
        ),
        (
            "The reviewer judged care in the emergency department as poor and care on the orthogeriatric ward as good.",
            "Reviewer: {s2.full}; family contact: {r.full}, {email2}. Completed {ldate}.",
        ),
        refs=("SJR-####", "DTX/YYYY/###"),
        old=True,
        sex="F?",
    ),
    Style(
        "hostel_night_warden_checks_csv",
        "lines",
        "a night warden's room check export from a young people's hostel pasted as CSV into a review, a resident who took an overdose between missed checks",
        (
            "Export: night checks, supported housing, resident {p.full} (ref {ref})",
            "date,time,staff,entry",
        ),
        (
            "Room check. {p.nick} awake, music on, said he was fine. Mood low earlier per day staff",
            "Room check not done - fire alarm test on floor 2, all staff at panel",
            "Room check. No answer at door of <<room 14>>, light off. Assumed asleep. Did not enter",
            "Found {p.first} on floor of <<room 14>>, vomiting, empty packets of <<paracetamol>> by bed. 999 called",
            "Crew {o1.full} and {o2.full} on scene, <<GCS>> 14. Taken to {hospital}. Keyworker {s1.full} informed",
        ),
        (
            "Phoned {r.lower} ({rel}) on {mob} to say he had gone to hospital",
            "Duty manager {o3f.full} says policy is sight-and-sound check every hour for residents on the risk list",
            "Risk list checked: {p.upper} added by day staff at 16:00, night team not told",
            "Message from {ward}: <<NAC>> infusion started, bloods at 4 hours",
            "Incident logged as {ref2}; safeguarding referral sent to {council}",
        ),
        (
            "-- end of export, 2 pages --",
            "Exported by {s2.full} for the learning review; questions to {email}",
        ),
        refs=("YPH-####", "IR-YYYY-###"),
        topup='{stamp},{clock},{x.full},"{text}"',
        stamp="csv_iso",
        sex="MF",
        ages=(17, 23),
        step=(20, 70),
    ),
    Style(
        "lifeboat_casualty_handover_csv",
        "lines",
        "a lifeboat station's casualty care record pasted as CSV, a fisherman pulled from the sea whose handover to the ambulance lost the time he was in the water",
        (
            "Casualty care record export - casualty {p.full}, shout {ref}",
            "date,time,crew member,entry",
        ),
        (
            "Launched to a man in the water off the harbour wall, reported by {o1m.full} from the quay",
            "Casualty recovered to the deck in a <<scoop stretcher>>. Conscious, shivering, in the water about 40 minutes per the caller",
            "Casualty care: wet clothes off, wrapped, <<Sats probe>> would not read, <<GCS>> 14",
            "Handed to ambulance crew on the slipway, verbal handover only, time in water not written on the card",
            "Ambulance left for {hospital}. Casualty's {rel} {r.full} on scene, given the station number {phone}",
        ),
        (
            "<<Coxswain>> asked crew to note the sea temperature of 9 degrees for the handover",
            "{o2f.full} from the ambulance service rang back: casualty now core <<32.1 degrees>>, being warmed",
            "<<Skipper>> of the casualty's boat, {o3.full}, gave his details for <<the Coastguard>> report",
            "Crew debrief. Handover card had no box for time in the water, raised by {s1.nick}",
            "Casualty's GP {gp} to be informed by the hospital, not the station",
        ),
        (
            "-- end of record --",
            "Record checked by the lifeboat operations manager, {s2.full}, for <<the RNLI>> casualty care lead",
        ),
        refs=("SHOUT-YYYY-###", "CC/####"),
        topup="{stamp},{clock},{x.full},{text}",
        stamp="csv_uk",
        sex="M?",
        step=(3, 12),
    ),
    Style(
        "breastfeeding_support_contacts_table",
        "lines",
        "an infant feeding team's contact table pasted into a review, a baby losing weight whose weigh-in was missed and whose tongue was never checked again",
        (
            "| Date | Time | Worker | Contact with {r.full} about baby {p.first} (NHS {nhs}) |",
            "| --- | --- | --- | --- |",
        ),
        (
            "Phone call. Mum says feeds take an hour, baby unsettled after. Advised skin to skin and to see peer supporter",
            "Home visit by peer supporter {o1f.full}. Baby weighed: down <<11 per cent>> from birth weight of <<2.9 kg>>",
            "Weigh-in booked at the family hub for the next day; mum has no car, bus route checked",
            "Did not attend the weigh-in. Text sent to {mob}, no reply",
            "Health visitor {o2f.full} visited: baby jaundiced and sleepy, down <<15 per cent>>. Sent to {hospital}",
        ),
        (
            "Mum asked about a tongue tie, told to raise it at the next weigh-in",
            "{ward} rang: baby admitted for feeding support and <<phototherapy>>",
            "Discussed with the infant feeding lead {s1.full}: weight loss over <<10 per cent>> should go to a paediatrician that day",
            "Dad {o3m.nick} said mum had been told not to top up with formula, which was not our advice",
            "Letter sent to {gp} and to {d.dr} summarising the feeding plan",
        ),
        (
            "| | | | Table copied from the feeding team record for review {ref} |",
            "| | | | Reviewer: {s2.full} |",
        ),
        refs=("IFT-####", "R-YYYY-##"),
        topup="| {stamp} | {clock} | {x.init} | {text} |",
        stamp="table",
        child=True,
        sex="?F",
        step=(180, 900),
    ),
    Style(
        "childminder_medicine_record_table",
        "lines",
        "a childminder's medicine record pasted into a safeguarding review, a child given a double dose of antihistamine and an inhaler that was empty",
        (
            "| Day and date | Time | Given by | Medicine record for {p.full} (parent: {r.full}) |",
            "| --- | --- | --- | --- |",
        ),
        (
            "Parent consent form signed for <<salbutamol>> inhaler, <<2 puffs>> as needed, and antihistamine syrup",
            "Antihistamine syrup <<5 mg>> given for itchy eyes; parent told at pick-up",
            "Antihistamine syrup given again by assistant {o1f.nick}; first dose not seen on the sheet",
            "Wheezy after outdoor play. Inhaler used with <<inhaler spacer>>, no change. Inhaler found empty",
            "999 called, <<salbutamol>> from the ambulance crew, child taken to {hospital} with mum",
        ),
        (
            "Mum rang from {ward}: child on a <<nebuliser>> every hour, kept in overnight",
            "<<Ofsted>> inspector {o2.full} to be told of the incident within 14 days",
            "Assistant says the sheet was in the kitchen and the syrup in the bathroom cupboard",
            "Spare <<salbutamol>> inhaler requested from {gp}; surgery says prescription ready",
            "Training booked with the early years team at {council}",
        ),
        (
            "| | | | Copied for the childminding review {ref}; original held by the childminder |",
            "| | | | Contact: {s1.full}, early years adviser, {email} |",
        ),
        refs=("EY-####", "CM/YYYY/###"),
        topup="| {stamp} | {clock} | {x.upper} | {text} |",
        stamp="table_day",
        child=True,
        sex="?F",
        ages=(2, 4),
        step=(30, 240),
    ),
    Style(
        "immigration_removal_centre_healthcare_log",
        "lines",
        "healthcare unit log from an immigration removal centre during a man's food and fluid refusal, with the independent doctor's concerns and a missed weight",
        (
            "Healthcare log extract - detained person {p.caps}, NHS {nhs}, centre ref {ref}",
            "Log entries in time order; entries by nurses and doctors",
        ),
        (
            "Detained person states he will refuse food and fluids until his case is heard. Weight <<71 kg>>",
            "Seen by GP {d.dr}. Capacity assessed under <<the Mental Capacity Act>>: has capacity. <<Rule 35>> report started",
            "Refused observations. Appears weak. Drinking small amounts of water only per officer {o1.full}",
            "Weight not recorded - scales out of service, request sent to estates",
            "Found lying on cell floor, pulse 120, <<NEWS2>> 7. 999 called, to {hospital}",
        ),
        (
            "Solicitor {o2f.full} phoned {phone} asking for medical records; consent form given",
            "Interpreter {o3m.full} used by phone for the whole consultation",
            "Discussed with <<the Home Office>> caseworker: told of clinical risk in writing",
            "Bloods: potassium low; <<Fortisip>> offered and refused",
            "Returned from hospital on <<Pabrinex>>, refeeding plan from {d.title} filed",
        ),
        (
            "[end of extract]",
            "[extract prepared by {s2.full}, healthcare manager, for the independent review {ref2}]",
        ),
        refs=("IRC-#####", "IR/YYYY/###"),
        topup="[{stamp} {clock}] {x.caps}: {text}",
        stamp="bracket",
        sex="M?",
        step=(60, 300),
    ),
    Style(
        "undertaker_collection_register_log",
        "lines",
        "a funeral director's collection register pasted into a review, the wrong woman collected from a care home because the name band and the door card differed",
        (
            "Collection register - {prov} - extract for complaint {ref}",
            "DATE TIME | STAFF | ENTRY",
        ),
        (
            "Call from {home}: lady died this morning, family want collection today. Name given as {p.full}, age {age}",
            "Two staff attended. Room door card read {p.upper}; name band not checked as the lady had none on",
            "Deceased taken into our care and placed in <<body bag>> with our own tag",
            "Family {r.full} arrived to view in the <<Chapel of Rest>>; said this is not their mother. Manager called",
            "Home confirmed two ladies had swapped rooms the week before; door cards not changed",
        ),
        (
            "Both families told by the home manager {o1f.full}; the other family's contact {o2m.full}",
            "GP at {gp} asked to reissue the medical certificate for the correct lady",
            "Report to <<the coroner>> declined: death natural, identification error only",
            "{r.first} rang {mob} asking for a meeting with the director",
            "Policy changed: two staff check a band or photo ID before moving anyone; no door cards",
        ),
        (
            "END OF EXTRACT",
            "Signed {s2.full}, funeral director, for {prov}",
        ),
        refs=("FD-####", "COL/YYYY/##"),
        topup="{stamp} {clock} | {x.upper} | {text}",
        stamp="dashed",
        old=True,
        provider=True,
        sex="F?",
        step=(15, 90),
    ),
    Style(
        "gypsy_traveller_liaison_gp_registration_letter",
        "letter",
        "a Gypsy and Traveller liaison officer writes to a GP practice and the ICB after a child with asthma on a roadside camp was refused registration for want of a fixed address",
        (
            "Gypsy and Traveller Liaison Service, {council}\n{ldate}\n\nThe Practice Manager\n{gp}\n\nRe: {p.full}, date of birth {dob}, NHS number {nhs}\nLast settled address:\n{addrb}",
            "Dear {o1f.tfull},",
        ),
        (
            "I am writing about {p.first}, who is {age} years old and lives with her family on a roadside stopping place near the edge of town.",
            "On {date} her mother, {r.title}, came to your reception with her to register, and was told that without proof of a fixed address she could not be seen.",
            "That night {p.first} had a bad asthma attack; {r.first} called <<NHS 111>> and an ambulance took her to {hospital}, where she needed <<salbutamol>> back to back and <<dexamethasone>>.",
            "The discharge letter from {d.dr} asks for a GP review within two days, a new <<inhaler spacer>> and an asthma plan, none of which can happen without registration.",
            "As you will know, nobody needs a fixed address or identity papers to register with a GP, and the practice can use our office as a correspondence address.",
        ),
        (
            "The receptionist, {o2.full}, was polite but said it was the practice's policy; I would be grateful to see that policy.",
            "The family were moved on from the previous site at {addr2} by the police, which is why the old address is on the hospital record.",
            "{r.first} can be reached on {mob}; she reads well but prefers a phone call to a letter.",
            "I have also written to the primary care team at the ICB, copying {s2.full}, who leads on inclusion health, as guidance from <<NHS England>> asks.",
            "The health visitor {o3f.full} has agreed to see the family at the stopping place this week with a <<peak flow meter>>.",
        ),
        (
            "Please register {p.first} and her two brothers today; I will bring the family in if that helps.\n\nYours sincerely,",
            "{s1.full}\nGypsy and Traveller Liaison Officer\n{phone} | {s1.email}",
        ),
        refs=("GTL-####", "ICB/YYYY/##"),
        child=True,
        sex="FF",
        ages=(4, 10),
    ),
    Style(
        "early_pregnancy_unit_miscarriage_complaint_letter",
        "letter",
        "a woman's partner complains that she was left to miscarry in a general emergency waiting room and sent home with the wrong tablets",
        (
            "{r.full}\n{addrb}\n\n{ldate}\n\nComplaints Team\n{trust}",
            "Dear Complaints Team,",
        ),
        (
            "I am writing on behalf of my partner, {p.full}, and with her consent, about the care she had at {hospital} on {date}.",
            "She was eleven weeks pregnant and bleeding heavily; the early pregnancy unit was closed because it was a Saturday, so we sat in the main emergency waiting room for four hours, although <<Manchester Triage>> had put her in the orange group.",
            "She passed the pregnancy in the toilets there, and when we told the triage nurse, {o1f.full}, she said a doctor would be with us soon.",
            "At {time} {d.dr} saw her, said her observations and <<NEWS2>> were fine and sent her home with tablets that the pharmacist later told us were <<progesterone>>, not painkillers.",
            "She bled through the night and was admitted on {next} to {ward} for surgery, having lost about <<1,200 ml>> of blood.",
        ),
        (
            "Nobody offered us a private room or asked {p.first} how she wanted the pregnancy remains handled, which I know now is covered by <<the Human Tissue Act>>.",
            "The nurse on the ward, {o2f.full}, was the first person who said sorry, and we will always be grateful to her.",
            "Our GP at {gp} has had no discharge letter and is asking us what happened.",
            "We have read the hospital's web page at {url} and it says the unit is open seven days a week.",
            "{p.first} has asked me to say that she does not want to come back to this hospital for her next scan.",
        ),
        (
            "I would like a written reply, a meeting, and to know what will change.\n\nYours faithfully,",
            "{r.full}\n{mob}\n{email2}",
        ),
        refs=("COMP-#####", "PALS-YYYY-###"),
        sex="FM",
        ages=(24, 40),
    ),
    Style(
        "refuge_worker_address_disclosure_email",
        "letter",
        "a domestic abuse refuge worker e-mails a GP practice after an appointment letter showing the refuge's area was sent to the woman's former home",
        (
            "From: {s1.full} (refuge support)\nTo: {email}\nSent: {ldate}\nSubject: URGENT - confidential address disclosed, patient {hosp}",
            "Dear {o1.tfull},",
        ),
        (
            "I am the support worker for {p.full}, who came into our refuge on {date} and registered with {gp} as a temporary patient on {next}.",
            "She asked at registration that no letters go to her old address at {addr2}, where her former partner still lives, and the form says so in capitals.",
            "Last week a hospital appointment letter for her antenatal booking was posted to that address with the name of the clinic closest to us printed on it.",
            "He has since been seen driving round the area and she has had to move to another refuge in another county, leaving her work and her GP.",
            "I understand the letter came from {hospital}, which took its address from the national record, not from your practice record.",
        ),
        (
            "Under <<the Data Protection Act>> and your own safeguarding policy this needs to be reported as a data breach; I have told the police officer in the case, {o2m.full}.",
            "{p.first} has agreed that I can share this; her new worker, {o3f.full}, will write with her new details by phone only.",
            "Please mark her record so that no address is ever printed without a check, and ask the hospital to do the same.",
            "She was taking <<sertraline>> <<50 mg>> and needs a prescription sent electronically to a pharmacy near her new refuge.",
            "If you need to speak to me, please call {phone} and ask for me by first name only.",
        ),
        (
            "Thank you for acting on this quickly.\n\nKind regards,",
            "{s1.first}\nRefuge support worker\nRef {ref}",
        ),
        refs=("DA-####", "BR-YYYY-##"),
        sex="FM",
    ),
    Style(
        "ivf_clinic_embryo_thaw_candour_letter",
        "letter",
        "a fertility clinic's director writes to a couple under the duty of candour after their last frozen embryos were thawed on the wrong day and could not be transferred",
        (
            "{prov}\n{ldate}\n\nPrivate and confidential\n{p.tfull} and {r.tfull}\n{addrb}",
            "Dear {p.first} and {r.first},",
        ),
        (
            "I am writing, as I promised when we met, to set out what went wrong with your embryo transfer and to say again how sorry we are.",
            "Your two remaining embryos were thawed on {date}, a day before your transfer, because the laboratory worklist showed the transfer date as that morning.",
            "The embryologist {o1f.full} followed the worklist; the date had been changed on the booking screen by {o2m.full} and the worklist did not update.",
            "By the next morning neither embryo was fit to transfer, and we had to tell you on the phone rather than in person, which I know made it worse.",
            "We have reported this to <<the HFEA>> as a grade B incident and will share our findings with you before anyone else.",
        ),
        (
            "{d.dr}, our medical director, has offered a further treatment cycle at no cost, including the <<progesterone>> support and scans.",
            "Your notes, hospital number {hosp}, now carry a flag so that any change of date is checked by two people.",
            "You asked whether the thaw caused any harm to {p.first}'s health; it did not, and her last scan and <<progesterone>> level showed nothing of concern.",
            "You may also contact our counsellor, {o3f.full}, directly on {phone} at any time.",
            "You can read about how we handle incidents at {url}.",
        ),
        (
            "I am very sorry that this happened to you both.\n\nYours sincerely,",
            "{s1.full}\nPerson Responsible, {prov}\nIncident {ref}",
        ),
        refs=("INC-####", "HF-YYYY-###"),
        provider=True,
        sex="FM",
        ages=(31, 42),
    ),
    Style(
        "fishing_skipper_crewman_hand_injury_email",
        "letter",
        "a fishing boat skipper e-mails an emergency department after a crewman's crushed hand was glued and he went back to sea, returning days later with a spreading infection",
        (
            "From: {o1m.full}\nTo: {email}\nDate: {ldate}\nSubject: crewman sent back to sea with a bad hand - {p.full}",
            "Dear Sir or Madam,",
        ),
        (
            "I am the <<Skipper>> of a small trawler out of the harbour and I am writing about one of my crew, {p.full}, {age} years old, who gave me permission to write.",
            "On {date} his left hand was crushed between the winch drum and a wire, and we brought him into the harbour and your emergency department at {hospital}.",
            "He was seen by a nurse practitioner, {o2.full}, who glued the cuts, gave him a tetanus jab and said he could go back to work with <<co-amoxiclav>> tablets; nobody X-rayed the hand.",
            "We sailed that night; three days later his hand was swollen to the wrist and red lines were running up his arm, so we turned for port and <<the Coastguard>> met us.",
            "He is now on {ward} at {hospital2} on <<flucloxacillin>> through a drip, and the hand surgeon {d.dr} has told him he has a broken bone that was missed.",
        ),
        (
            "I have been fishing thirty years and never seen a man sent back to sea with a hand that crushed.",
            "His {rel}, {r.full}, is upset that nobody asked what his work was; she can be reached on {mob}.",
            "Our boat's first aid kit and the guidance from <<the Health and Safety Executive>> both say a crush injury needs an X-ray.",
            'The discharge letter we have says "superficial lacerations" and gives a follow-up at {gp} he could never attend at sea.',
            "I would like someone to phone me on {phone} when the boat is in; the harbour office will pass on a message.",
        ),
        (
            "I hope this stops it happening to another fisherman.\n\nRegards,",
            "{o1m.full}\nSkipper and owner\n{mob}",
        ),
        refs=("ED-COMP-####", "FV####"),
        sex="MF",
    ),
    Style(
        "riding_school_head_injury_discharge_letter",
        "letter",
        "the owner of a riding school writes to an emergency department after a pupil thrown from a horse was sent home without head injury advice and collapsed the next day",
        (
            "{ldate}\n\nThe Clinical Director, Emergency Department\n{hospital}\n\nRe: {p.full}, DOB {dob}\n{addrb}",
            "Dear Clinical Director,",
        ),
        (
            "I own the riding school where {p.first}, {age} years old, was thrown from a horse on {date}; her hat was cracked across the back.",
            "My instructor {o1f.full} called an ambulance because she was sick twice, and she was taken to your department at {time} with <<Entonox>> for her shoulder.",
            'She was discharged by {d.dr} about two hours later with a note saying "<<GCS>> 15, no CT needed", but her {rel}, {r.full}, was not given a head injury leaflet.',
            "The next day she had a fit at home and was taken by ambulance back to you, where a scan showed a bleed and she was moved to {hospital2} for surgery.",
            "I have read the <<Canadian CT head rules>> and I understand that vomiting twice and a dangerous fall should have meant a scan.",
        ),
        (
            "Her {rel} has asked me to write because she cannot face doing it herself, and she has given her consent.",
            "My instructor wrote down the time she was thrown and how long she was dazed, and we gave that sheet to the paramedic, {o2m.full}.",
            "She is recovering on {ward} and {r.first} can be reached on {mob}.",
            "We have reported the fall to our insurers and to <<RIDDOR>> as the rules require for a business.",
            "I do not want anyone punished; I want the next rider to go home with the right advice.",
        ),
        (
            "I would be grateful for a reply.\n\nYours faithfully,",
            "{s1.full}\nProprietor\n{phone}",
        ),
        refs=("RS-####", "ED/YYYY/####"),
        sex="F?",
        ages=(19, 58),
    ),
    Style(
        "swimming_pool_lifeguard_near_drowning_email",
        "letter",
        "a leisure centre manager e-mails the ambulance service and the trust after a man pulled from the pool was discharged the same night and came back with breathing problems",
        (
            "From: {s1.full}, leisure centre manager\nTo: {email}\nSent: {ldate}\nSubject: near drowning at the leisure centre - follow-up on {p.full}",
            "Dear colleagues,",
        ),
        (
            "I manage the leisure centre where {p.full}, {age} years old, was pulled from the deep end by the lifeguard {o1m.full} at {time} on {date}.",
            "He was under the water for about a minute and coughed up water on the side; the team gave oxygen and used the <<pulse oximeter>>, which read 90.",
            "The ambulance crew took him to {hospital}, where he was seen by {d.dr} and sent home at midnight with a <<NEWS2>> of 1 and his {rel}, {r.full}.",
            "At {time2} the next morning he could not get his breath and was readmitted; he spent two nights on {ward} with a chest infection from the water, on <<co-amoxiclav>> through a drip.",
            "We would like to know if there is a standard period of observation after a near drowning, and whether our handover could have said more.",
        ),
        (
            "Our lifeguard gave a written handover with the time in the water and the oxygen saturations; a copy is attached.",
            "We have reported the incident to <<the Health and Safety Executive>> and checked our pool depth signs.",
            "The family have been in touch with our <<Duty Manager>>, {o2f.full}, and are happy for us to raise this.",
            "Our pool safety adviser, {o3.full}, says the national guidance suggests watching for six hours; we would value your view.",
            "Please reply to me or call the centre on {phone}.",
        ),
        (
            "Thank you for everything your crews do.\n\nBest wishes,",
            "{s1.full}\nLeisure Centre Manager",
        ),
        refs=("LC-####", "AMB-YYYY-#####"),
        sex="MF",
        ages=(20, 70),
    ),
    Style(
        "food_bank_coordinator_insulin_hunger_letter",
        "letter",
        "a food bank coordinator writes to a man's GP after he arrived shaking and confused, having kept taking his insulin with nothing to eat",
        (
            "{ldate}\n\n{d.dr}\n{gp}\n\nRe: {p.full}, NHS number {nhs}\n{addrb}",
            "Dear {d.dr},",
        ),
        (
            "I coordinate a church food bank in the town, and I am writing with {p.first}'s permission after what happened at our session on {date}.",
            "He arrived shaking, sweating and muddled; our volunteer {o1f.full}, a retired nurse, checked his sugar with his own <<glucometer>> and it was 2.1.",
            "We gave him sugary drinks and a sandwich, and when he was himself again he told us he had eaten nothing for two days but had kept taking his <<insulin>> as told.",
            "His benefits were stopped last month, and his prescription card says <<10 units>> of <<NovoRapid>> before each meal, which he took even when there was no meal.",
            "We called <<NHS 111>>, and they advised us to keep him with us for an hour and then to contact you.",
        ),
        (
            "He lives alone and his {rel}, {r.full}, lives some distance away; she can be reached on {mob}.",
            "Our volunteer {o2m.full} has helped him to apply for a hardship payment from {council}.",
            "We wondered whether his dose could be reviewed while his food is so uncertain, or whether a diabetes nurse could see him.",
            "He has said he does not want to bother you, so I would be grateful if the practice rang him rather than waiting for him to ring.",
            "We are open on Tuesday and Friday mornings and can be reached on {phone}.",
        ),
        (
            "With thanks for your help.\n\nYours sincerely,",
            "{s1.full}\nFood Bank Coordinator",
        ),
        refs=("FB-####", "SAFE-YYYY-##"),
        sex="MF",
    ),
)


SHARED = (
    "The notes from that day were written up later and some times were estimated.",
    "{o4.full} was asked for a statement and gave a clear account of what was seen and done.",
    "Nobody involved had seen a case like this before, which several people said made it harder to recognise.",
    "The medicines record shows <<paracetamol>> was given as prescribed and nothing else was missed.",
    "A copy of the record was checked against the electronic system by {o5.full}.",
    "{s2.full} met the staff involved and said they were open and upset about what had happened.",
    "The family were kept informed and their questions are answered at the end of this account.",
    "Staffing on the day matched the planned numbers, so this was not a question of too few people.",
    "There was no evidence that anyone ignored a warning on purpose; the systems around them did not help.",
    "A similar incident was found in the records from the previous year, but its learning had not been shared.",
    "The observations were recorded on paper and then on the electronic chart, and the two did not always match.",
    "{o4.first} said that with hindsight the signs were there, but at the time they looked like something common.",
    "Advice was taken from the safeguarding team, who agreed that no further referral was needed.",
    "The guideline in use was three years past its review date and did not cover this situation.",
    "The learning will be shared at the next governance meeting and in the monthly safety bulletin.",
    "{o5.title} confirmed in writing that the account above matches the records held.",
)

SHARED_LINES = (
    "Phoned, no answer, message left",
    "Notes reviewed, nothing further to add",
    "Handover given to {o4.full}",
    "Entry made late - written up from memory",
    "Checked with {o5.first}, agreed plan continues",
    "Observations recorded on paper chart, to be scanned",
    "Family updated by phone",
    "Manager informed by e-mail",
    "Awaiting call back from the duty doctor",
    "Records copied for the review, originals kept",
    "Supervision discussion with {o4.first} about this case",
    "No change since last entry",
)
