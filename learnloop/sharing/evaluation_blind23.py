"""A twenty-third blind de-identification pack: synthetic UK NHS incident and death narratives with
exact gold spans, written without reading the engine (see evaluation_blind23.md).

Plain Python (no Django). Names come from Faker through the shared ``_new_person`` and from lists of
the pack's own; everything else is drawn here from ``random.Random("blind23:<seed>")``.
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

PREFIX = "blind23"
LOW_WORDS = 200
HIGH_WORDS = 420
NO_RECORD = 0.12  # cases with no record held for the patient

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# ---------------------------------------------------------------------------------------------
# Places: real towns with their postcode district, dialling code, two real localities, council and
# NHS body (None: a synthetic trust named after the town).
# ---------------------------------------------------------------------------------------------

TOWN_INFO = {
    "Wetherby": ("LS22", "01937", ("Collingham", "Bramham"), "Leeds City Council", None),
    "Ilkley": ("LS29", "01943", ("Ben Rhydding", "Burley-in-Wharfedale"), "Bradford Council", None),
    "Keighley": ("BD21", "01535", ("Riddlesden", "Utley"), "Bradford Council", None),
    "Otley": ("LS21", "01943", ("Pool-in-Wharfedale", "Newall"), "Leeds City Council", None),
    "Glossop": ("SK13", "01457", ("Hadfield", "Padfield"), "Derbyshire County Council", None),
    "Bakewell": ("DE45", "01629", ("Ashford in the Water", "Over Haddon"), "Derbyshire Dales District Council", None),
    "Ashbourne": ("DE6", "01335", ("Clifton", "Mayfield"), "Derbyshire Dales District Council", None),
    "Leek": ("ST13", "01538", ("Cheddleton", "Ball Haye Green"), "Staffordshire County Council", None),
    "Uttoxeter": ("ST14", "01889", ("Stramshall", "Bramshall"), "Staffordshire County Council", None),
    "Market Drayton": ("TF9", "01630", ("Adderley", "Tern Hill"), "Shropshire Council", None),
    "Ledbury": ("HR8", "01531", ("Wellington Heath", "Eastnor"), "Herefordshire Council", None),
    "Chippenham": ("SN15", "01249", ("Pewsham", "Hardenhuish"), "Wiltshire Council", None),
    "Warminster": ("BA12", "01985", ("Boreham", "Sutton Veny"), "Wiltshire Council", None),
    "Marlborough": ("SN8", "01672", ("Manton", "Preshute"), "Wiltshire Council", None),
    "Glastonbury": ("BA6", "01458", ("Meare", "West Pennard"), "Somerset Council", None),
    "Tavistock": ("PL19", "01822", ("Gulworthy", "Lamerton"), "Devon County Council", None),
    "Falmouth": ("TR11", "01326", ("Penryn", "Mylor Bridge"), "Cornwall Council", None),
    "Ormskirk": ("L39", "01695", ("Aughton", "Burscough"), "Lancashire County Council", None),
    "Congleton": ("CW12", "01260", ("Buglawton", "Mossley"), "Cheshire East Council", None),
    "Knutsford": ("WA16", "01565", ("Mobberley", "Over Peover"), "Cheshire East Council", None),
    "Horncastle": ("LN9", "01507", ("Thimbleby", "Woodhall Spa"), "Lincolnshire County Council", None),
    "Ely": ("CB7", "01353", ("Littleport", "Queen Adelaide"), "Cambridgeshire County Council", None),
    "Maldon": ("CM9", "01621", ("Heybridge", "Wickham Bishops"), "Essex County Council", None),
    "Hertford": ("SG14", "01992", ("Bengeo", "Hertingfordbury"), "Hertfordshire County Council", None),
    "Tring": ("HP23", "01442", ("Wigginton", "Aldbury"), "Hertfordshire County Council", None),
    "Amersham": ("HP6", "01494", ("Chesham Bois", "Little Chalfont"), "Buckinghamshire Council", None),
    "Marlow": ("SL7", "01628", ("Bisham", "Little Marlow"), "Buckinghamshire Council", None),
    "Thame": ("OX9", "01844", ("Moreton", "Towersey"), "Oxfordshire County Council", None),
    "Alton": ("GU34", "01420", ("Holybourne", "Four Marks"), "Hampshire County Council", None),
    "Petersfield": ("GU32", "01730", ("Buriton", "Liss"), "Hampshire County Council", None),
    "Romsey": ("SO51", "01794", ("Ampfield", "Abbotswood"), "Hampshire County Council", None),
    "Lymington": ("SO41", "01590", ("Milford on Sea", "Boldre"), "Hampshire County Council", None),
    "Ringwood": ("BH24", "01425", ("Poulner", "St Leonards"), "Hampshire County Council", None),
    "Horsham": ("RH12", "01403", ("Broadbridge Heath", "Roffey"), "West Sussex County Council", None),
    "East Grinstead": ("RH19", "01342", ("Ashurst Wood", "Felbridge"), "West Sussex County Council", None),
    "Arundel": ("BN18", "01903", ("Walberton", "Yapton"), "West Sussex County Council", None),
    "Tenterden": ("TN30", "01580", ("St Michaels", "Smallhythe"), "Kent County Council", None),
    "Whitstable": ("CT5", "01227", ("Tankerton", "Chestfield"), "Kent County Council", None),
    "Nairn": ("IV12", "01667", ("Auldearn", "Cawdor"), "The Highland Council", "NHS Highland"),
    "Inverurie": ("AB51", "01467", ("Port Elphinstone", "Kintore"), "Aberdeenshire Council", "NHS Grampian"),
    "Huntly": ("AB54", "01466", ("Gartly", "Ruthven"), "Aberdeenshire Council", "NHS Grampian"),
    "Dunbar": ("EH42", "01368", ("Belhaven", "West Barns"), "East Lothian Council", "NHS Lothian"),
    "Girvan": ("KA26", "01465", ("Dailly", "Barr"), "South Ayrshire Council", "NHS Ayrshire and Arran"),
    "Campbeltown": ("PA28", "01586", ("Machrihanish", "Drumlemble"), "Argyll and Bute Council", "NHS Highland"),
}  # fmt: skip
TOWNS = tuple(
    (town, re.match(r"[A-Z]+", district).group(), code)
    for town, (district, code, _, _, _) in TOWN_INFO.items()
)
LOCALITIES = {town: info[2] for town, info in TOWN_INFO.items()}

# Streets after wild flowers, wards after Hebridean islands: neither is in the shared lists.
STREET_WORDS = (
    "Cowslip", "Sainfoin", "Vetch", "Burnet", "Yarrow", "Campion", "Knapweed", "Catshead",
    "Nonpareil",
)  # fmt: skip
STREET_KINDS = ("Road", "Lane", "Close", "Avenue", "Way", "Crescent", "Drive", "Gardens", "Walk")
WARDS = (
    "Iona",
    "Staffa",
    "Eriskay",
    "Colonsay",
    "Tiree",
    "Lismore",
    "Vatersay",
    "Gigha",
    "Ulva",
    "Scarba",
)
WARD_KINDS = ("Ward", "Ward", "Ward", "Unit")
HOMES = (
    "Larkhill House",
    "Coppice Lodge",
    "Glenholme",
    "Ashlea",
    "Fernbank",
    "Moorlands",
    "Hazelmere",
    "Brackenwood",
)
HOME_KINDS = ("Care Home", "Nursing Home", "", "Residential Home")
GP_WORDS = ("Castle Mead", "Tudor Lodge", "Old Forge", "Market Cross", "Abbey Mead", "Hollins")
GP_KINDS = ("Surgery", "Medical Practice", "Health Centre", "Medical Centre")
PROVIDERS = ("Lanternlight", "Kindred", "Fieldfare", "Homestead", "Pennant", "Keystone")
PROVIDER_KINDS = ("Homecare Ltd", "Care Services", "Support at Home", "Care at Home Ltd")
AGENCY_KINDS = ("Healthcare Staffing Ltd", "Nursing Agency", "Medical Recruitment Ltd")
# Who writes from outside the NHS, and under which domain ("prov": the provider's own).
EMAIL_DOMAINS = {
    "care_agency_safeguarding_concern_email": {"s1": "prov", "o1": "council"},
    "locum_agency_conduct_concern_email": {"s1": "prov"},
    "mp_constituency_casework_letter": {"o2": "parliament.uk"},
}
HOSPITAL_FORMS = (
    "{town} Community Hospital", "{town} General Hospital", "{town} District Hospital",
    "{town} Memorial Hospital", "{town} Cottage Hospital",
)  # fmt: skip
TRUST_FORMS = (
    "{town} and District NHS Foundation Trust", "{town} Health and Care NHS Trust",
    "{town} Hospitals NHS Trust",
)  # fmt: skip
HOSP_FORMS = ("A999999", "99999999", "AA999999", "AAA9999999")

# ---------------------------------------------------------------------------------------------
# Look-alikes: written in, never gold, tracked as negatives
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "eponym": (
        "Parkinson's disease", "Korsakoff's syndrome", "Ludwig's angina", "Todd's paresis",
        "Cheyne-Stokes breathing", "Kussmaul breathing", "McRoberts manoeuvre",
        "Mallory-Weiss tear", "Lewy body dementia", "Down's syndrome", "Prader-Willi syndrome",
        "Trendelenburg position", "Hartmann's solution",
    ),
    "score": (
        "NEWS2", "PEWS", "Waterlow score", "MUST score", "Rockwood score", "Abbey pain scale",
        "Apgar score", "RASS", "4AT", "CURB-65", "MEOWS", "Braden score",
    ),
    "drug": (
        "Priadel", "clozapine", "Movicol", "Laxido", "senna", "warfarin", "clarithromycin",
        "Buccolam", "Zomorph", "Oramorph", "Fortisip", "Nutilis Clear", "teicoplanin",
        "Syntocinon", "carboprost", "Epilim", "salbutamol", "ceftriaxone",
    ),
    "device": (
        "Zimmer frame", "Sara Stedy", "Optiflow", "Airvo", "Shiley tube", "Alaris pump",
        "Bair Hugger", "Hudson mask", "EpiPen", "Doppler", "Yankauer sucker", "Lifepak",
        "ReSPECT form",
    ),
    "national": (
        "NHS England", "the CQC", "HSSIB", "the MHRA", "NHS Resolution", "the coroner",
        "the Ombudsman", "NICE", "UKHSA", "the NMC", "the GMC", "NHS 111",
        "NHS Blood and Transplant", "House of Commons",
    ),
    "place": (
        "bed 12", "bed 4", "bay 3", "bay 6", "side room 2", "side room 7", "bleep 2231",
        "bleep 4410", "resus 2", "cubicle 9", "trolley 11", "chair 5",
    ),
    "dose": ("500 mg", "2.5 mg", "400 mg", "10 mg", "1 g", "10 units", "4 units", "15 ml", "250 ml"),
    "duration": ("3/7", "2/52", "5/7", "6/52", "1/12", "48 hours", "72 hours"),
    "law": ("Duty of Candour", "Mental Health Act", "Mental Capacity Act"),
    "named": (
        "Macmillan nurse", "Marie Curie nurse", "Admiral Nurse", "Caldicott Guardian",
        "Freedom to Speak Up Guardian", "Samaritans", "St John Ambulance", "Citizens Advice",
        "Cruse Bereavement Support",
    ),
    "place_named": (
        "Glasgow Coma Scale", "Bristol stool chart", "Manchester Triage System",
        "Edinburgh Postnatal Depression Scale", "Nottingham Hip Fracture Score",
        "Liverpool Care Pathway", "Lund and Browder chart", "Ottawa ankle rules",
        "Montreal Cognitive Assessment",
    ),
}  # fmt: skip
NATIONAL = frozenset(
    {*LOOKALIKES["national"], *(t.removeprefix("the ") for t in LOOKALIKES["national"])}
)
_ONE_WORD_TERMS = frozenset(
    t.casefold() for terms in LOOKALIKES.values() for t in terms if " " not in t
)

# Abbreviations a ward writes that are not people: initials standing for a person avoid them.
CLINICAL_INITIALS = frozenset(
    """AF MI BP CT DN GP HR RR OT PT SN ED AE IV IM SC PO NG TB UTI AKI CKD COPD DNR DOB NOK ICU
    ITU MDT SHO FY RN PEG CPR ECG EWS NEWS SALT PRN TTO DVT PE OD BD TDS QDS NBM GCS LD MH ST SI
    RCA NHS PALS MP ME PC DS CSW HDU AMU SDEC OPAT ANP ACP CNS EPR CAD SOS ABC GI MS MG ML IU SP
    BM OK HCA CQC LFT FBC CRP ABG VBG IO NIV CVC PICC DKA PR PV TV SL CO NA HB BO NAD SOB NKDA
    ROSC ALS BLS""".split()
)

# ---------------------------------------------------------------------------------------------
# People: Faker names (shared) and the pack's own, from many heritages
# ---------------------------------------------------------------------------------------------

OWN_FIRST = {
    "F": (
        "Shahanara", "Ionela", "Nokuthula", "Jorinde", "Farhiya", "Sumaiya", "Yanling", "Marisol",
        "Ligaya", "Dorota", "Bogumiła", "Anisoara", "Eithne", "Chipo", "Hiwot", "Meron",
        "Nirmala", "Sabitri", "Marvellous", "Loveness",
    ),
    "M": (
        "Rodelio", "Jonas", "Dumitru", "Yohannes", "Hüseyin", "Lovemore", "Innocent", "Prosper",
        "Mateusz", "Aurelijus", "Mohamud", "Shakil", "Tanvir", "Junaid", "Haoran", "Radu",
        "Przemysław", "Fearghal", "Dewi", "Kayode", "Tawanda", "Selvaraj", "Prakash", "Winston",
        "Ayhan", "Joost", "Bastiaan", "Godknows", "Talent", "Fortune",
    ),
}  # fmt: skip
OWN_LAST = (
    "Abdi", "Mahmood", "Iqbal", "Zhang", "Bautista", "Kazlauskas", "Dumitrescu", "Wróbel",
    "Nic Giolla Bhríde", "van der Linde", "Asante", "Ofori", "Ramaswamy", "Hamilton-Oduya",
    "Achterberg", "Fairweather", "Goodchild", "Makepeace", "Jama", "Choudhury", "Siddiqui",
    "Qureshi", "Liu", "Huang", "Manalo", "Villanueva", "Lungu", "Ó Dubhghaill", "MacAskill",
    "Boakye", "Appiah", "Mutasa", "Chiweshe", "Gebremariam", "Subramaniam", "Gordon-Walcott",
    "Hinds", "Demir", "de Vries", "Verhoeven", "Gentle", "Rainbird", "dos Reis",
)  # fmt: skip
# Given names and surnames that are also English words.
WORD_NAMES = ("Marvellous", "Loveness", "Innocent", "Prosper", "Talent", "Fortune", "Gentle")
ALL_WORD_NAMES = frozenset({*WORD_NAMES, "Fairweather", "Goodchild", "Makepeace", "Rainbird"})
NICKNAMES = {
    "Margaret": ("Maggie", "Peggy"), "Elizabeth": ("Liz", "Betty"), "William": ("Bill", "Billy"),
    "Robert": ("Bob", "Rob"), "James": ("Jim", "Jimmy"), "Patricia": ("Pat", "Trish"),
    "Catherine": ("Cath", "Kate"), "Susan": ("Sue",), "Jennifer": ("Jen",),
    "Christopher": ("Chris",), "Thomas": ("Tom",), "Anthony": ("Tony",), "Kenneth": ("Ken",),
    "Dorothy": ("Dot",), "Joseph": ("Joe",), "Edward": ("Ted", "Eddie"), "Michael": ("Mick",),
    "Deborah": ("Debbie",), "Samuel": ("Sam",), "Alexander": ("Alex",), "Victoria": ("Vicky",),
    "Rebecca": ("Becky",), "Daniel": ("Dan",), "Matthew": ("Matt",), "Jonathan": ("Jon",),
    "Nicholas": ("Nick",), "Stephen": ("Steve",), "Andrew": ("Andy",), "Josephine": ("Jo",),
    "Frances": ("Fran",), "Przemysław": ("Przemek",), "Bastiaan": ("Bas",),
    "Nokuthula": ("Thuli",), "Benjamin": ("Ben",), "Charlotte": ("Charlie",),
    "Katherine": ("Kath", "Katie"), "Jacqueline": ("Jackie",), "Christine": ("Chris",),
    "Gregory": ("Greg",), "Timothy": ("Tim",), "Richard": ("Rich",), "Abigail": ("Abi",),
    "Eleanor": ("Ellie",), "Jessica": ("Jess",), "Rachel": ("Rach",), "Philip": ("Phil",),
    "David": ("Dave",), "Peter": ("Pete",), "Samantha": ("Sam",), "Lawrence": ("Laurie",),
}  # fmt: skip
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "master"}


def _fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value.casefold())
    return re.sub(r"[^a-z]", "", plain.encode("ascii", "ignore").decode())


def _parts(name: str) -> set[str]:
    return {part.casefold() for part in re.split(r"[\s-]+", name) if part}


@dataclass
class Someone:
    first: str
    last: str
    sex: str
    names: str  # listed / unlisted
    in_record: bool
    hon: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def _draw_name(rng: random.Random, sex: str) -> tuple[str, str, str]:
    if rng.random() < 0.55:
        person = _new_person(rng, sex=sex)
        return person.first, person.last, person.names
    first = rng.choice(OWN_FIRST[sex])
    last = rng.choice(OWN_LAST)
    listed = listed_names()
    every = [p.casefold() for p in re.split(r"[\s-]+", f"{first} {last}") if p]
    return first, last, "listed" if all(p in listed for p in every) else "unlisted"


def _honorific(rng: random.Random, sex: str, *, doctor: bool, child: bool) -> str:
    if doctor:
        return "Dr"
    if child:
        return "Miss" if sex == "F" else "Master"
    if sex == "M":
        return "Mr"
    return rng.choices(("Mrs", "Ms", "Miss"), weights=(5, 4, 1))[0]


# ---------------------------------------------------------------------------------------------
# Numbers, dates and other values in the shapes real systems and people write them
# ---------------------------------------------------------------------------------------------

_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words(n: int) -> str:
    """A whole number under 200 in words, as an age is written ("ninety-three")."""
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {_words(rest)}" if rest else "")
    if n < 10:
        return _UNITS[n - 1]
    if n < 20:
        return _TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return _TENS[tens - 2] + (f"-{_UNITS[unit - 1]}" if unit else "")


def _digits(rng: random.Random, shape: str, year: int) -> str:
    out = shape.replace("%", str(year)).replace("^", str(year)[2:])
    return "".join(
        str(rng.randint(0, 9))
        if ch == "#"
        else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        if ch == "@"
        else ch
        for ch in out
    )


def _short_day(day: date) -> str:
    return WEEKDAYS[day.weekday()][:3]


# Event dates in prose and letters: (form, weight); every form writes the real weekday.
def _event_forms(day: date) -> list[tuple[str, float]]:
    month = MONTHS[day.month - 1]
    return [
        (f"{day:%d/%m/%Y}", 12), (f"{day.day} {month} {day.year}", 10),
        (f"{ordinal(day.day)} {month} {day.year}", 6), (f"{ordinal(day.day)} {month}", 8),
        (f"{day.day} {month}", 6), (f"{day.day}/{day.month}", 4), (f"{day:%d/%m/%y}", 4),
        (f"{day.day}.{day.month}.{day:%y}", 3), (f"{day.day} {month[:3]} {day.year}", 4),
        (f"{day.day}-{month[:3]}-{day.year}", 3), (f"{day:%d}{month[:3].upper()}{day.year}", 2),
        (f"{day.day} {month[:3].upper()} {day.year}", 2), (f"{day:%d-%m-%Y}", 2),
        (day.isoformat(), 2), (f"{month} {day.day}, {day.year}", 1.5),
        (f"{_short_day(day)} {ordinal(day.day)} {month[:3]}", 2),
        (f"{WEEKDAYS[day.weekday()]} the {ordinal(day.day)}", 2),
        (f"{_short_day(day)} {day.day}/{day.month}", 2),
        (f"the {ordinal(day.day)} of {month}", 2),
        (f"{_short_day(day)} {day:%d/%m/%Y}", 2),
        (f"{WEEKDAYS[day.weekday()]} {day.day} {month}", 3),
        (f"{WEEKDAYS[day.weekday()]} {day.day} {month} {day.year}", 2),
        (f"{ordinal(day.day)} {month[:3]}", 2), (f"{day:%d.%m.%Y}", 2),
    ]  # fmt: skip


# Dates of birth always carry the full year.
def _birth_forms(day: date) -> list[str]:
    month = MONTHS[day.month - 1]
    return [
        f"{day:%d/%m/%Y}", f"{day:%d/%m/%Y}", f"{day.day} {month} {day.year}",
        f"{day:%d.%m.%Y}", day.isoformat(), f"{day:%d}-{month[:3]}-{day.year}",
        f"{day:%d}{month[:3].upper()}{day.year}", f"{ordinal(day.day)} {month} {day.year}",
        f"{day.day} {month[:3]} {day.year}",
    ]  # fmt: skip


# Logs print one format throughout; CSV exports stay free of commas.
LOG_DATE_FORMS = {
    "csv": ("%Y-%m-%d", "%d/%m/%Y"),
    "table": ("%d/%m/%Y", "%d-%b-%Y", "%d/%m/%y", "%a %d/%m/%Y", "%d %b %Y"),
    "log": ("%d/%m/%Y", "%Y-%m-%d", "%d-%b-%Y", "%d.%m.%Y"),
}


def _clock(rng: random.Random, after: int = 0) -> str:
    # Times move on through a day: a log's rows are in order.
    moment = min(after + rng.randint(4, 200), 23 * 60 + 59)
    hour, minute = divmod(moment, 60)
    return rng.choice(
        [f"{hour:02d}:{minute:02d}", f"{hour:02d}{minute:02d}", f"{hour:02d}.{minute:02d}",
         f"{hour:02d}:{minute:02d}", f"{hour:02d}{minute:02d}hrs"]
    )  # fmt: skip


def _landline(rng: random.Random, code: str) -> str:
    local = f"{rng.randint(200000, 999999)}"
    number = rng.choices(
        [
            f"{code} {local}", f"{code} {local[:3]} {local[3:]}", f"({code}) {local}",
            f"{code}-{local}", f"{code}{local}", f"+44 {code[1:]} {local}",
            f"+44 (0){code[1:]} {local}", f"+44{code[1:]}{local}", f"{code} {local[:2]} {local[2:]}",
            f"({code}) {local[:3]} {local[3:]}", f"+44 {code[1:]} {local[:3]} {local[3:]}",
            f"+44 (0) {code[1:]} {local}",
        ],
        weights=[10, 4, 3, 1, 2, 2, 2, 1, 1, 1, 1, 1],
    )[0]  # fmt: skip
    extra = rng.random()
    if extra < 0.12:
        number += f" ext {rng.randint(2000, 7999)}"
    elif extra < 0.2:
        number += f" x{rng.randint(2000, 7999)}"
    return number


def _mobile(rng: random.Random) -> str:
    digits = f"07{rng.choice('3456789')}{rng.randint(0, 99999999):08d}"
    return rng.choices(
        [f"{digits[:5]} {digits[5:]}", digits, f"{digits[:5]} {digits[5:8]} {digits[8:]}",
         f"+44 {digits[1:5]} {digits[5:]}", f"+44{digits[1:]}", f"{digits[:4]} {digits[4:7]} {digits[7:]}",
         f"{digits[:3]} {digits[3:7]} {digits[7:]}"],
        weights=[8, 3, 3, 2, 1, 1, 1],
    )[0]  # fmt: skip


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _spaced_nhs(value: str) -> str:
    return f"{value[:3]} {value[3:6]} {value[6:]}"


# ---------------------------------------------------------------------------------------------
# Styles and the case a text is written from
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    name: str
    register: str  # prose, lines (pasted logs) or letter (letters and e-mails)
    what: str
    headers: tuple[str, ...]
    core: tuple[str, ...]
    extras: tuple[str, ...]
    endings: tuple[str, ...]
    refs: tuple[str, str]  # the shapes of {ref} and {ref2}: # a digit, @ a letter, % the year
    old: bool = False  # the patient is mostly over 89
    child: bool = False
    provider: bool = False  # names a care company ({prov})
    sex: str | None = None  # the patient's sex when the situation fixes it
    topup: str = "{text}"  # how a shared sentence is written into this style


_TOKEN = re.compile(r"\{(\w+)(?:\.(\w+))?\}|<<(.+?)>>")
_PERSON_SLOT = re.compile(r"\{(p|r|s1|s2|d|o\d)([fm]?)\.\w+\}")
Piece = tuple[str, str | None, dict | None]


def _relation(rng: random.Random, patient: str, relative: str, age: int, child: bool) -> str:
    if child:
        return "mother" if relative == "F" else "father"
    if age < 40:
        options = {"F": ("partner", "sister", "mother"), "M": ("partner", "brother", "father")}
    else:
        options = {
            "F": ("daughter", "niece", "granddaughter", "daughter-in-law"),
            "M": ("son", "nephew", "grandson", "son-in-law"),
        }
    if patient != relative and rng.random() < 0.3:
        return "wife" if relative == "F" else "husband"
    return rng.choice(options[relative])


class _Case:
    """The facts one text is written from: people, places, numbers and the run of event dates."""

    def __init__(self, rng: random.Random, style: Style, sentences: list[str]) -> None:
        self.rng, self.style = rng, style
        self.town = rng.choice(list(TOWN_INFO))
        district, self.code, localities, self.council_name, board = TOWN_INFO[self.town]
        self.locality = rng.choice(localities)
        self.dot = rng.random() < 0.25  # "Mr." and "Dr." for everyone in this text
        self.first = date(2025, 1, 1) + timedelta(days=rng.randint(0, 540))
        self.day = self.first
        self.minute = rng.randint(0, 9 * 60)  # minutes into the day of the last time written
        self.letter_day = self.first + timedelta(days=rng.randint(50, 120))
        self.negatives: list[tuple[int, int]] = []
        log = {"csv": "csv", "table": "table"}.get(style.name.rsplit("_", 1)[-1], "log")
        self.log_form = rng.choice(LOG_DATE_FORMS[log])

        # The patient: age from the situation, date of birth to match it.
        if style.child:
            self.age = rng.randint(2, 14)
        elif style.old:
            self.age = rng.randint(90, 104) if rng.random() < 0.85 else rng.randint(84, 89)
        elif style.sex == "F" and "midwife" in style.name or "dystocia" in style.name:
            self.age = rng.randint(17, 43)
        else:
            self.age = rng.randint(19, 88)
        latest = _years_before(self.first, self.age)
        earliest = _years_before(self.first, self.age + 1) + timedelta(days=1)
        self.dob = earliest + timedelta(days=rng.randint(0, (latest - earliest).days))

        # Outsiders named with a sex in the templates ({o2f.full}) are drawn so.
        hints = {who: sex.upper() for who, sex in _PERSON_SLOT.findall(" ".join(sentences)) if sex}
        self.used: set[str] = set()
        self.people: dict[str, Someone] = {}
        sex = style.sex or rng.choice("FM")
        self.people["p"] = self._someone(sex, child=style.child)
        relative_sex = rng.choice("FM")
        self.people["r"] = self._someone(relative_sex)
        self.rel = _relation(rng, sex, relative_sex, self.age, style.child)
        for who in ("s1", "s2", "o1", "o2", "o3", "o4", "o5"):
            self.people[who] = self._someone(hints.get(who) or rng.choice("FFM"))
        self.people["d"] = self._someone(rng.choice("FM"), doctor=True)
        for who in list(self.people):
            self.people[who + "f"] = self.people[who + "m"] = self.people[who]

        self.known: dict = {}
        record = rng.random() >= NO_RECORD
        self.nhs = nhs_number(rng)
        form = rng.choice(HOSP_FORMS)
        self.hosp = "".join(
            str(rng.randint(0, 9)) if ch == "9" else rng.choice("BCDFGHJKMRTWX") for ch in form
        )
        flat = f"Flat {rng.randint(1, 24)}, " if rng.random() < 0.15 else ""
        self.line = f"{flat}{rng.randint(1, 148)} {self._street()}"
        inward = f"{rng.randint(0, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        self.postcode = f"{district} {inward}"
        if record:
            self.people["p"].in_record = self.people["r"].in_record = True
            self.known = {
                "names": [self.people["p"].full, self.people["r"].full],
                "nhs_number": _spaced_nhs(self.nhs),
                "date_of_birth": self.dob.isoformat(),
                "hospital_number": self.hosp,
                "address": f"{self.line}, {self.locality}, {self.town}, {self.postcode}",
            }

        # Places and bodies around the case.
        self.hospital = rng.choice(HOSPITAL_FORMS).format(town=self.town)
        other = rng.choice([t for t in TOWN_INFO if t != self.town])
        self.hospital2 = rng.choice(HOSPITAL_FORMS).format(town=other)
        self.board = board
        self.trust = board or rng.choice(TRUST_FORMS).format(town=self.town)
        self.slug = _fold(self.town)
        self.ward = f"{rng.choice(WARDS)} {rng.choice(WARD_KINDS)}"
        self.ward2 = f"{rng.choice([w for w in WARDS if not self.ward.startswith(w)])} Ward"
        kind = rng.choice(HOME_KINDS)
        self.home = f"{rng.choice(HOMES)} {kind}".strip()
        self.gp = f"{rng.choice(GP_WORDS)} {rng.choice(GP_KINDS)}"
        kinds = AGENCY_KINDS if "locum" in style.name else PROVIDER_KINDS
        self.prov = f"{rng.choice(PROVIDERS)} {rng.choice(kinds)}"
        self.street = self._street()
        self.refs = [_digits(rng, shape, self.first.year) for shape in style.refs]

    def _street(self) -> str:
        return f"{self.rng.choice(STREET_WORDS)} {self.rng.choice(STREET_KINDS)}"

    def _someone(self, sex: str, *, child: bool = False, doctor: bool = False) -> Someone:
        # No two people share a name part, and no name is a look-alike or an honorific.
        for _ in range(200):
            first, last, names = _draw_name(self.rng, sex)
            parts = _parts(first) | _parts(last)
            if (
                parts & self.used
                or parts & _ONE_WORD_TERMS
                or parts & HONORIFICS
                or any(ch.isdigit() or ch in ".," for ch in first + last)
            ):
                continue
            self.used |= parts
            hon = _honorific(self.rng, sex, doctor=doctor, child=child)
            return Someone(first, last, sex, names, False, hon)
        raise RuntimeError("no name left to draw")  # pragma: no cover

    # -- writing -------------------------------------------------------------------------------

    def next_date(self) -> date:
        step = self.rng.choices((0, 1, 2, 3, 5), weights=(3, 4, 3, 2, 1))[0]
        day = min(self.day + timedelta(days=step), self.letter_day - timedelta(days=1))
        if day != self.day:
            self.minute = self.rng.randint(0, 9 * 60)
        self.day = day
        return self.day

    def date_text(self, day: date) -> str:
        if self.style.register == "lines":
            return day.strftime(self.log_form)
        forms = _event_forms(day)
        return self.rng.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]

    def person(self, who: str, form: str) -> list[Piece]:
        person = self.people[who]
        meta = {"names": person.names, "in_record": person.in_record}
        first, last = person.first, person.last
        hon = person.hon + ("." if self.dot and person.hon in ("Mr", "Mrs", "Ms", "Dr") else "")
        if form == "email":
            local = f"{_fold(first)}.{_fold(last)}"
            if self.rng.random() < 0.15:
                local += str(self.rng.randint(2, 9))
            domain = EMAIL_DOMAINS.get(self.style.name, {}).get(who, "nhs.net")
            if domain == "prov":
                domain = _fold(self.prov.split()[0]) + "care.co.uk"
            elif domain == "council":
                domain = _fold(self.council_name.removesuffix(" Council")) + ".gov.uk"
            return [(f"{local}@{domain}", "EMAIL", None)]
        if form == "poss":
            return [(person.full, "PERSON", meta), ("'s", None, None)]
        if form == "nick":
            value = self.rng.choice(NICKNAMES.get(first, (first,)))
        elif form == "init":
            letters = "".join(w[0] for w in re.split(r"[\s-]+", person.full) if w[0].isupper())
            if letters.replace(".", "") in CLINICAL_INITIALS or len(letters) > 4:
                value = f"{first[0]}. {last}"
            else:
                value = ".".join(letters) + "." if self.dot else letters
        else:
            value = {
                "full": person.full,
                "first": first,
                "last": last,
                "title": f"{hon} {last}",
                "tfull": f"{hon} {person.full}",
                "initl": f"{first[0]}. {last}"
                if self.dot or self.rng.random() < 0.5
                else f"{first[0]} {last}",
                "caps": f"{last.upper()}, {first}",
                "upper": person.full.upper(),
                "lower": self.rng.choice([first.lower(), person.full.lower()]),
            }[form]
        return [(value, "PERSON", meta)]

    def age_pieces(self) -> list[Piece]:
        words = self.rng.random() < (0.25 if self.age > 89 else 0.08)
        value = _words(self.age) if words else str(self.age)
        return [(value, "AGE" if self.age > 89 else None, {"negative": True})]

    def address(self, *, block: bool = False) -> list[Piece]:
        rng = self.rng
        parts = [self.line, self.locality, self.town]
        code = self.postcode
        shape = rng.random()
        if block:
            return [
                ("\n".join(parts), "ADDRESS", None),
                ("\n", None, None),
                (code, "POSTCODE", None),
            ]
        if shape < 0.15:
            return [
                (", ".join(parts).upper(), "ADDRESS", None),
                (" ", None, None),
                (code, "POSTCODE", None),
            ]
        if shape < 0.25:
            plain = " ".join(p.replace(",", "") for p in parts)
            return [
                (plain, "ADDRESS", None),
                (" ", None, None),
                (code.replace(" ", ""), "POSTCODE", None),
            ]
        if shape < 0.3:
            return [
                (", ".join(parts), "ADDRESS", None),
                (", ", None, None),
                (code.lower(), "POSTCODE", None),
            ]
        return [(", ".join(parts), "ADDRESS", None), (", ", None, None), (code, "POSTCODE", None)]

    def old_address(self) -> list[Piece]:
        # A previous or wrongly recorded address: same town, no postcode written.
        rng = self.rng
        line = f"{rng.randint(1, 148)} {self._street()}"
        locality = rng.choice(LOCALITIES[self.town])
        value = rng.choice([f"{line}, {locality}, {self.town}", f"{line}, {self.town}"])
        return [(value, "ADDRESS", None)]

    def slot(self, name: str) -> list[Piece]:
        rng = self.rng
        if name == "date":
            return [(self.date_text(self.next_date()), "DATE", None)]
        if name == "ldate":
            day = self.letter_day
            value = rng.choice(
                [f"{day.day} {MONTHS[day.month - 1]} {day.year}", f"{day:%d/%m/%Y}",
                 f"{ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}",
                 f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"]
            )  # fmt: skip
            return [(value, "DATE", None)]
        if name == "dob":
            return [(rng.choice(_birth_forms(self.dob)), "DATE", None)]
        if name == "age":
            return self.age_pieces()
        if name == "nhs":
            value = rng.choices(
                [self.nhs, _spaced_nhs(self.nhs), _spaced_nhs(self.nhs).replace(" ", "-")],
                weights=[3, 5, 2],
            )[0]
            return [(value, "NHS_NUMBER", None)]
        if name == "hosp":
            return [(self.hosp, "HOSPITAL_NUMBER", None)]
        if name in ("addr", "addrb"):
            return self.address(block=name == "addrb")
        if name == "addr2":
            return self.old_address()
        if name in ("ward", "ward2", "home", "street"):
            return [(getattr(self, name), "LOCATION", None)]
        if name in ("hospital", "hospital2", "trust", "gp", "prov"):
            return [(getattr(self, name), "ORGANISATION", None)]
        if name == "council":
            return [(self.council_name, "ORGANISATION", None)]
        if name in ("ref", "ref2"):
            return [(self.refs[name == "ref2"], "ID", None)]
        if name == "phone":
            return [(_landline(rng, self.code), "PHONE", None)]
        if name == "mob":
            return [(_mobile(rng), "PHONE", None)]
        if name == "email":
            box = rng.choice(["pals", "patientsafety", "complaints", "bereavement", "safeguarding"])
            if self.board:
                value = f"{_fold(self.board)}.{box}@nhs.scot"
            else:
                value = rng.choice(
                    [f"{self.slug}.{box}@nhs.net", f"{box}@{self.slug}health.nhs.uk"]
                )
            return [(value, "EMAIL", None)]
        if name == "email2":
            relative = self.people["r"]
            host = rng.choice(
                ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"]
            )
            local = rng.choice(
                [f"{_fold(relative.first)}.{_fold(relative.last)}", f"{_fold(relative.first)[0]}{_fold(relative.last)}{rng.randint(1, 99)}"]
            )  # fmt: skip
            return [(f"{local}@{host}", "EMAIL", None)]
        if name == "url" and self.board:
            value = f"www.{_fold(self.board)}.scot/{rng.choice(['feedback', 'complaints'])}"
            return [(value, "URL", None)]
        if name == "url":
            value = rng.choice(
                [f"www.{self.slug}health.nhs.uk/feedback", f"https://www.{self.slug}health.nhs.uk/patient-safety",
                 f"www.{_fold(self.gp)}.co.uk", f"{self.slug}health.nhs.uk/pals"]
            )  # fmt: skip
            return [(value, "URL", None)]
        if name == "rel":
            return [(self.rel, None, None)]
        if name == "time":
            value = _clock(rng, self.minute)
            digits = re.sub(r"\D", "", value)
            self.minute = int(digits[:2]) * 60 + int(digits[2:4])
            return [(value, None, None)]
        raise KeyError(name)

    def render(self, sentence: str) -> list[Piece]:
        pieces: list[Piece] = []
        at = 0
        for match in _TOKEN.finditer(sentence):
            if match.start() > at:
                pieces.append((sentence[at : match.start()], None, None))
            who, form, term = match.groups()
            if term is not None:
                pieces.append((term, None, {"negative": True}))
            elif form is not None:
                pieces += self.person(who.rstrip("fm") if who[0] == "o" else who, form)
            else:
                pieces += self.slot(who)
            at = match.end()
        if at < len(sentence):
            pieces.append((sentence[at:], None, None))
        return pieces


# ---------------------------------------------------------------------------------------------
# Writing a text
# ---------------------------------------------------------------------------------------------


class _Text:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.gold: list[GoldSpan] = []
        self.negatives: list[tuple[int, int]] = []

    def add(self, pieces: list[Piece]) -> None:
        for value, label, meta in pieces:
            meta = dict(meta or {})
            negative = meta.pop("negative", False)
            end = self.length + len(value)
            if label is not None:
                self.gold.append(GoldSpan(self.length, end, label, **meta))
            elif negative:
                self.negatives.append((self.length, end))
            self.parts.append(value)
            self.length = end

    def words(self) -> int:
        return len("".join(self.parts).split())


def _shared(style: Style) -> tuple[str, ...]:
    return SHARED_LINES if style.register == "lines" else SHARED


def _target(rng: random.Random, style: Style) -> int:
    if style.register == "letter":
        return max(230, min(320, round(rng.gauss(272, 26))))
    if style.register == "lines":
        return max(230, min(340, round(rng.gauss(282, 28))))
    return max(245, min(365, round(rng.gauss(308, 32))))


def _write(rng: random.Random, style: Style) -> tuple[str, dict, list[GoldSpan], list]:
    sentences = [*style.headers, *style.core, *style.extras, *style.endings]
    case = _Case(rng, style, sentences)
    target = _target(rng, style)
    text = _Text()
    prose_gap = "\n" if style.register == "lines" else " "
    for sentence in style.headers:
        text.add(case.render(sentence))
        text.add([("\n\n" if style.register == "letter" else "\n", None, None)])
    text.add([("\n" if style.register == "prose" else "", None, None)])
    body = list(style.core)
    extras = list(style.extras)
    rng.shuffle(extras)
    ending_words = sum(len(s.split()) for s in style.endings)
    for index, sentence in enumerate(body + extras):
        if index >= len(body) and text.words() + ending_words + 12 > target:
            break
        if index and style.register == "letter" and index % 2 == 0:
            text.add([("\n\n", None, None)])
        elif index:
            text.add([(prose_gap, None, None)])
        text.add(case.render(sentence))
    shared = list(_shared(style))
    rng.shuffle(shared)
    while text.words() + ending_words + 10 < target and shared:
        line = style.topup.replace("{text}", shared.pop())
        text.add([(prose_gap, None, None)])
        text.add(case.render(line))
    for sentence in style.endings:
        text.add([("\n\n" if style.register != "lines" else "\n", None, None)])
        text.add(case.render(sentence))
    return "".join(text.parts), case.known, text.gold, text.negatives


def _example(rng: random.Random, number: int, style: Style | None = None) -> tuple[Example, list]:
    style = style or rng.choice(STYLES)
    while True:
        body, known, gold, negatives = _write(rng, style)
        if LOW_WORDS <= len(body.split()) <= HIGH_WORDS:
            break
    found = Example(f"{PREFIX}-{number:06d}", body, known, tuple(gold), style.name)
    return found, negatives


def example(rng: random.Random, number: int, style: Style | None = None) -> Example:
    return _example(rng, number, style)[0]


def _deck(count: int, seed: int):
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _example(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> list[Example]:
    return [found for found, _ in _deck(count, seed)]


def generate_with_negatives(count: int, seed: int = 1) -> list[tuple[Example, list]]:
    """Each example with the (start, end) of every look-alike and young age written into it."""
    return list(_deck(count, seed))


def alternatives() -> int:
    """How many sentences the templates hold."""
    return (
        sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
        + len(SHARED)
        + len(SHARED_LINES)
    )


# ---------------------------------------------------------------------------------------------
# The 25 styles: headers (2), core (5), extras (5), endings (2)
# ---------------------------------------------------------------------------------------------

_PROSE = (
    Style(
        "bariatric_bed_delivery_delay_review",
        "prose",
        "acute ward review, a bariatric bed and hoist arrived two days late and pressure damage followed",
        (
            "Patient safety incident review – {trust} – ref {ref}",
            "Patient: {p.tfull}, {nhs}, hospital no. {hosp}, {ward}",
        ),
        (
            "{p.title} was admitted through the emergency department on {date} with cellulitis of both legs and weighed 212 kg, and a <<Waterlow score>> of 23 was recorded on arrival.",
            "Staff Nurse {s1.full} requested a bariatric bed and a <<Sara Stedy>> rated for the patient's weight from the equipment library before the evening handover.",
            "The order was logged under {ref2} but was not passed to the supplier until {date}, because the library's shared inbox was not checked over the weekend (<<72 hours>>).",
            "In the meantime the patient was nursed on a standard trolley in <<side room 7>>, and {s2.first} recorded grade 2 damage to the sacrum on the <<Braden score>> sheet.",
            '{p.poss} {rel}, {r.full}, phoned <<bleep 2231>> and the ward on {phone} asking why the bed had not arrived and was told it was "on its way".',
        ),
        (
            "Tissue viability nurse {o1f.full} reviewed the sacrum on {date} and advised two-hourly repositioning with four staff, which the rota could not supply on nights, with a <<Bair Hugger>> for warmth.",
            "The bed from the supplier was delivered to the wrong site, {hospital2}, and a driver, {o2m.first}, brought it across the next morning with a <<Zimmer frame>>.",
            "{d.title} prescribed <<Oramorph>> before each turn because the patient found repositioning painful.",
            "A second <<Braden score>> on {date} was 11 and the damage had progressed to category 3.",
            "The patient lives at {addr} and had been housebound for a year, so no home equipment assessment or <<MUST score>> had been made before admission.",
        ),
        (
            "Actions: equipment requests to be phoned through as well as e-mailed ({email}); weekend checks of the inbox by the site team. Review lead: {s2.initl}.",
            "Shared with {r.title} and with the tissue viability team on {date}.",
        ),
        ("PSI-%-####", "EQL/#####"),
    ),
    Style(
        "lithium_level_monitoring_gap_sjr",
        "prose",
        "structured judgement review of a death from lithium toxicity after level checks stopped when care moved from a specialist team to the GP",
        (
            "STRUCTURED JUDGEMENT REVIEW (mental health) – {trust}",
            "Re: {p.caps}   DOB {dob}   NHS {nhs}   Ref {ref}",
        ),
        (
            "{p.first} had taken <<Priadel>> for bipolar affective disorder for many years and was discharged from the community mental health team to {gp} in the spring.",
            "The discharge letter asked the practice to check serum lithium every three months, but no recall was set up on the practice system and no level was taken after the transfer, although <<NICE>> advice is clear.",
            "On {date} {p.first} was seen by locum GP {d.title} with diarrhoea and a tremor and was given <<clarithromycin>> for a chest infection, with no lithium level requested.",
            "Three days later the {rel}, {r.first}, found {p.title} confused at home at {addr} and called <<NHS 111>>; the level at {hospital} on {date} was 3.1 mmol/L.",
            "Despite haemodialysis the patient died on {date} on {ward}; the death was referred to <<the coroner>> by the on-call psychiatrist, {o2m.full}.",
        ),
        (
            "Phase of care 1 (transfer): the reviewer, {s1.full}, rated care as poor (2), despite a normal <<NEWS2>>, because the letter did not say who would act on abnormal results.",
            "The practice pharmacist, {o1f.full}, said lithium was not on the practice's list of high-risk drugs needing <<6/52>> to 3-monthly monitoring.",
            "A <<Glasgow Coma Scale>> of 12 was recorded by the paramedic crew, and a delirium screen on arrival was positive.",
            "The {rel} asked at the family meeting why the locum did not know about the lithium; the summary care record listed <<Priadel>>.",
            "Interactions between lithium and <<clarithromycin>> are flagged in the BNF, but the prescribing system at {gp} showed the alert as low priority.",
        ),
        (
            "Overall care rating: 2 (poor). Learning shared with the ICB medicines team and {gp}. Reviewer: {s1.initl}, {s1.email}.",
            "Family contact: {r.tfull}, {mob}.",
        ),
        ("SJR/^/###", "MH-######"),
    ),
    Style(
        "community_iv_antibiotic_missed_visit_review",
        "prose",
        "community review, a patient on home intravenous antibiotics missed two visits after a change of address was not passed on",
        (
            "Community services incident review – {trust}",
            "Incident {ref} | Patient {p.full} | NHS {nhs} | Hosp no {hosp}",
        ),
        (
            "{p.title} was discharged from {hospital} on {date} with a PICC line to complete six weeks of <<teicoplanin>> at home under the OPAT service.",
            "Before discharge the patient moved in with a friend, {o1f.full}, at {addr}, but the referral still gave the old address, {addr2}, beside the <<Doppler>> result.",
            'The community nurse, {s1.full}, went to the old address on {date}, found no one in and left a card, recording "no access" on the <<Lifepak>>-style tablet.',
            "No one rang the patient's mobile, {mob}, and the second visit on {date} was missed the same way, so two doses of <<teicoplanin>> <<400 mg>> were not given.",
            "On {date} the patient rang the OPAT nurse specialist, {s2.tfull}, who arranged a visit that afternoon and restarted <<teicoplanin>>.",
        ),
        (
            "The OPAT team's referral form has no field for a temporary address, and the ward clerk, {o2.first}, typed the address from the <<ReSPECT form>> in the notes.",
            "A <<NEWS2>> of 1 was recorded when the visits resumed and inflammatory markers had not risen.",
            'The district nursing coordinator, {o3f.initl}, said "no access" visits are meant to trigger a phone call within <<48 hours>>, but the list that day had 41 visits for 6 nurses.',
            "The patient's {rel}, {r.full}, said the family had told <<bay 3>> about the move twice, once to a nurse called {o4.first}.",
            "Microbiology ({d.title}) advised that the course be extended by <<5/7>> because of the missed doses.",
        ),
        (
            "Actions: a temporary address field; a phone call after any no-access visit. Contact: {email} or {phone}.",
            "Review completed by {s2.initl} on {date}.",
        ),
        ("CSR-#####", "OPAT-^-###"),
    ),
    Style(
        "shoulder_dystocia_neonatal_review",
        "prose",
        "maternity review, a shoulder dystocia at a midwife-led unit and a baby transferred for cooling",
        (
            "Maternity and neonatal safety review – {hospital} midwife-led unit",
            "Mother: {p.full} (hosp no {hosp}, NHS {nhs}); review ref {ref}",
        ),
        (
            "{p.first}, aged {age}, laboured at the midwife-led unit on {date} after an uncomplicated pregnancy booked at {gp}, with a <<Doppler>> check on arrival.",
            "At delivery of the head at {time} the midwife, {s1.full}, recognised shoulder dystocia and called for help using the buzzer in <<side room 2>>.",
            "The second midwife, {s2.first}, arrived within a minute and performed the <<McRoberts manoeuvre>> with suprapubic pressure, and the baby was born 4 minutes after the head.",
            "The <<Apgar score>> was 3 at one minute and 7 at ten minutes; the neonatal team from {hospital2} were called on {phone} and arrived by ambulance 50 minutes later.",
            "The baby was transferred for cooling on {date}; an MRI was reported as normal after <<72 hours>> and the family were told by {d.title}.",
        ),
        (
            "The baby's father, {o1m.full}, said he was asked to leave the room and wait by <<chair 5>> without being told what was happening.",
            "The review found that the last skills drill at the unit was 14 months earlier; the practice educator, {o2f.tfull}, has since run three, using the <<McRoberts manoeuvre>> drill.",
            "{p.first} was given <<Syntocinon>> for the third stage and lost 900 ml, and the <<MEOWS>> chart was completed every 15 minutes.",
            "The transfer call was logged under {ref2}; the ambulance was held at another call and <<NHS 111>> had no second crew free.",
            "The <<Edinburgh Postnatal Depression Scale>> at six weeks was 14 and {p.first} was referred to the perinatal mental health team.",
        ),
        (
            "This case was screened against <<HSSIB>> criteria and reported screening and to {trust}. Family liaison: {s2.initl}, {email}.",
            "Next of kin: {o1m.full}, {mob}; home address {addr}.",
        ),
        ("MAT-%-###", "AMB ########"),
        sex="F",
    ),
    Style(
        "bronchiolitis_high_flow_transfer_review",
        "prose",
        "children's ward review, an infant on high-flow oxygen waited eleven hours for a bed at a paediatric intensive care unit",
        (
            "Paediatric incident review – {ward}, {hospital}",
            "Child: {p.caps} • NHS {nhs} • hospital number {hosp} • ref {ref}",
        ),
        (
            "{p.first} was admitted on {date} with bronchiolitis, feeding poorly, and was started on <<Optiflow>> at 2 L/kg/min on the children's ward.",
            "By the evening the <<PEWS>> had risen to 7 and the registrar, {d.title}, called the regional transport service on {phone} to ask for a PICU bed.",
            "There was no bed in the region until the next morning, and {p.first} was looked after in <<resus 2>> by {s1.full} and {s2.first} overnight.",
            '{p.poss} {rel}, {r.first}, stayed throughout and asked twice whether {p.first} should be moved, and was told the team was "waiting on a call back" for <<72 hours>> if need be.',
            "The transport team arrived at {time} on {date} and {p.first} was moved to {hospital2}, where <<Airvo>> was changed to CPAP.",
        ),
        (
            "The nurse in charge, {o1f.tfull}, escalated to the on-call manager, {o2m.full}, who recorded the delay under {ref2} with the <<PEWS>> chart attached.",
            "A <<salbutamol>> trial had been given in the emergency department although the guideline advises against it in bronchiolitis.",
            "The ward has one nurse trained in high-flow for children; {s2.first} had completed the course <<2/52>> before.",
            "The GP at {gp} had seen {p.first} on {date} and advised {r.title} to call <<NHS 111>> if breathing worsened.",
            "Family address on the transfer form: {addr}; the family's phone, {mob}, was written in the <<PEWS>> box.",
        ),
        (
            "The family have been offered a meeting with {s1.full} and {d.title}; contact {email}.",
            "Shared with the regional network on {date}.",
        ),
        ("PAED-#####", "CTS/^/####"),
        child=True,
    ),
    Style(
        "ambulance_long_lie_category2_review",
        "prose",
        "ambulance service review, an older man lay on the floor for nine hours waiting for a category 2 response",
        (
            "Ambulance service serious incident review – CAD {ref}",
            "Patient {p.full}, {age}, of {addr}",
        ),
        (
            "At {time} on {date} {p.title}, aged {age}, fell in the kitchen and pressed his pendant alarm; the call centre, {o1.full} speaking, rang <<NHS 111>> and the call was passed to the ambulance service.",
            "The call was coded category 2 with a target response of 18 minutes, but 64 calls were waiting at <<NHS 111>> and the first clinician call-back, from {s1.full}, was made four hours later.",
            "{s1.first} noted that the patient was cold and could not get up and upgraded nothing because the script did not ask about time on the floor or <<Kussmaul breathing>>.",
            "The neighbour, {o2f.tfull}, let herself in with a key and covered him with a duvet and a <<Bair Hugger>>-type blanket; she rang back on {phone} at {time} to say he was shivering.",
            "The crew ({s2.initl} and {o3m.initl}) arrived nine hours after the fall and found a <<NEWS2>> of 8 and a creatine kinase of 14,000.",
        ),
        (
            "{p.title} was taken to {hospital}, where {d.title} diagnosed rhabdomyolysis and started <<Hartmann's solution>>; he was {age} years old and lived alone.",
            "The {rel}, {r.full}, was at work in another county and had set up the pendant with {council} after an earlier fall and a <<Rockwood score>> of 5.",
            "The falls pathway to a <<St John Ambulance>> responder was not available that evening because of staff sickness.",
            "A <<Rockwood score>> of 6 was recorded at the hospital and the patient was discharged to {home} for rehabilitation.",
            "The control room log {ref2} shows the case was reviewed by a clinical supervisor at {time} against the <<Manchester Triage System>> and left unchanged.",
        ),
        (
            "The family were sent a written apology on {date}; contact {email}.",
            "Reviewer: {s2.full}, patient safety team.",
        ),
        ("CAD ######", "SI-%-###"),
        old=True,
        sex="M",
    ),
    Style(
        "care_home_choking_death_review",
        "prose",
        "care home and hospital review of a resident who choked after being given a normal diet against a speech and language therapy plan",
        (
            "Safeguarding adults review – {home}",
            "Resident {p.tfull}, DOB {dob}, NHS {nhs}",
        ),
        (
            "{p.title} was {age}, had <<Lewy body dementia>> and had been assessed by speech and language therapy as needing a level 4 pureed diet with <<Nutilis Clear>> thickener.",
            "The plan, written by therapist {o1f.full} on {date}, was kept in the care plan folder with the <<Nutilis Clear>> chart but not on the kitchen's diet board.",
            "On {date} an agency carer, {s1.first}, who had started that day, served {p.first} a sandwich in the lounge while the senior, {s2.title}, was on the phone to <<NHS 111>>.",
            "{p.first} choked; staff used back blows and a <<Yankauer sucker>> and called 999, and the crew arrived at {time} and began CPR.",
            "{p.title} was taken to {hospital} and died the next day on {ward}; the death was reported to <<the coroner>>.",
        ),
        (
            "The home's manager, {o2f.tfull}, said the diet board had not been updated since a new cook, {o3m.first}, started <<2/52>> earlier.",
            'The {rel}, {r.full}, said {p.first} had asked for "proper food" instead of <<Fortisip>> and worried that staff would give in to her.',
            "The agency's induction checklist for the carer, filed with {ref2}, does not mention modified diets or the <<Yankauer sucker>>.",
            "A <<MUST score>> of 2 had been recorded a week earlier and a referral to the dietitian was waiting.",
            "The home's inspection report from <<the CQC>> had rated the service good; {council} is leading this review.",
        ),
        (
            "Contact for the review: {s2.email}, {phone}, {url}.",
            "The family, at {addr}, were given a copy on {date}.",
        ),
        ("SAR-^-###", "AG/######"),
        old=True,
        sex="F",
    ),
    Style(
        "clozapine_bowel_hypomotility_death_sjr",
        "prose",
        "structured judgement review of a death from bowel obstruction in a man on clozapine whose constipation was not asked about",
        (
            "Mortality review – adult inpatient mental health – {ward}",
            "Name: {p.upper}   Hospital number: {hosp}   Ref: {ref}",
        ),
        (
            "{p.first}, aged {age}, had been on <<clozapine>> for nine years and lived in supported housing at {addr}.",
            'His monitoring form had a question about bowels, but the care coordinator, {s1.full}, recorded "no concerns" at each visit without using a <<Bristol stool chart>>.',
            "On {date} he told a support worker, {o1m.first}, that he had not opened his bowels for a week, and he was given <<senna>> from the house's homely remedies.",
            'Two days later he was admitted to {ward} with vomiting; the doctor, {d.title}, wrote "likely gastroenteritis" and a <<Bristol stool chart>> was started.',
            "He died on {date} at {hospital2} after surgery for a perforated bowel; the death was reported to <<the coroner>>.",
        ),
        (
            "The ward had stopped prescribing <<Movicol>> routinely with clozapine after a pharmacy change; the pharmacist, {o2f.tfull}, has since restored it.",
            "A <<NEWS2>> of 3 on admission rose to 6 overnight, and the nurse, {s2.first}, escalated at {time}.",
            'His {rel}, {r.full}, said he had complained of stomach pain for months and had been told it was "the <<clozapine>>".',
            "A drug safety update from <<the MHRA>> on clozapine and constipation was not on the ward's training log.",
            "A <<Glasgow Coma Scale>> of 15 was recorded throughout, and his capacity to refuse an X-ray was not assessed.",
        ),
        (
            "Overall rating: 2. Learning shared with the pharmacy team. Reviewer {s1.initl}, {s1.email}.",
            "Family liaison: {r.title}, {mob}.",
        ),
        ("MR/^/####", "SJR-#####"),
        sex="M",
    ),
    Style(
        "warfarin_interaction_gp_review",
        "prose",
        "primary care significant event review, a bleed after an antibiotic was started with warfarin and no INR was booked",
        (
            "Significant event analysis – {gp}",
            "Patient: {p.tfull} | DOB {dob} | NHS {nhs} | SEA {ref}",
        ),
        (
            "{p.title}, aged {age}, took <<warfarin>> for atrial fibrillation and had INR checks at the practice's anticoagulation clinic run by nurse {s1.full}.",
            "On {date} the out-of-hours doctor, {d.title}, prescribed <<clarithromycin>> <<500 mg>> twice daily for a chest infection after a home visit to {addr}.",
            "The out-of-hours record was sent to the practice but filed by the administrator, {o1f.first}, without a clinician seeing the <<clarithromycin>>.",
            "On {date} the {rel}, {r.full}, found {p.first} with a large bruise on the thigh and blood in the urine, beside the <<Zimmer frame>>, and rang {phone}.",
            "The INR at {hospital} was 9.8; {p.first} received vitamin K and was admitted to {ward} for three days.",
        ),
        (
            "The practice's anticoagulation protocol asks for an INR within <<5/7>> of any new antibiotic, but no one knew the antibiotic had been started.",
            "{p.first} is {age} and lives alone; the district nurse, {o2f.tfull}, visits twice a week for leg dressings and <<Doppler>> checks.",
            "The community pharmacist, {o3m.full}, dispensed the antibiotic and said the interaction alert appeared, but he assumed the prescriber had arranged monitoring within <<3/7>>.",
            "A <<Rockwood score>> of 5 was recorded at the hospital, and a fall two weeks earlier had not been reported.",
            "Workflow documents in the practice are now coded by {o4.first} and reviewed daily by the duty GP, as <<NHS Resolution>> advised.",
        ),
        (
            "SEA meeting held on {date}; attendees {s1.initl}, {d.last}, {o1f.initl}. Reported to the ICB under {ref2}.",
            "Practice contact: {email}.",
        ),
        ("SEA-^-##", "ICB-#####"),
        old=True,
    ),
    Style(
        "tracheostomy_tube_displacement_review",
        "prose",
        "acute ward review, a tracheostomy tube came out on a step-down ward and the spare was the wrong size",
        (
            "Critical care outreach review – {hospital}",
            "Incident {ref}. Patient {p.full}, hosp no {hosp}, {ward}",
        ),
        (
            "{p.title} was stepped down from critical care to {ward} on {date} with a cuffed <<Shiley tube>> after a prolonged stay for pneumonia.",
            "At {time} the next night {p.first} coughed the tube out in <<bed 4>> while being repositioned by HCA {o1f.first} and Staff Nurse {s1.last}.",
            "The bedhead box held a spare tube one size smaller and no tracheal dilator, and the <<Hudson mask>> was not connected to oxygen.",
            "{s1.last} put out a 2222 call; the outreach nurse, {s2.full}, and the anaesthetist, {d.title}, arrived within four minutes and reinserted a tube with the <<Lifepak>> attached.",
            "{p.first}'s saturations fell to 74% and recovered with a <<NEWS2>> of 5; {p.first} returned to critical care on {date} for two days.",
        ),
        (
            "The step-down checklist had been signed by a critical care nurse, {o2.full}, who said the bedhead box and <<Shiley tube>> spare were checked by the receiving ward.",
            "The receiving ward had two nurses trained in tracheostomy care, and neither was on shift that night; <<bleep 4410>> went unanswered.",
            "A <<RASS>> of +2 was recorded before the event and {p.first} had been given morphine an hour earlier.",
            "The {rel}, {r.full}, was called at {time} on {mob} and came in that night to <<side room 7>>.",
            "The equipment was restocked from <<bay 6>> and the incident was logged under {ref2} for the tracheostomy safety group.",
        ),
        (
            "Learning: bedhead boxes checked at handover by both teams. Lead: {s2.initl}, {s2.email}.",
            "Reviewed at the deteriorating patient group on {date}.",
        ),
        ("W######", "TSG/^/##"),
    ),
    Style(
        "learning_disability_dysphagia_leder_review",
        "prose",
        "LeDeR review of the death of a man with a learning disability from aspiration pneumonia after a swallow plan was lost at admission",
        (
            "LeDeR focused review – {trust}",
            "Person: {p.tfull}, DOB {dob}, NHS {nhs}, LeDeR ref {ref}",
        ),
        (
            "{p.first} was {age}, had <<Down's syndrome>> and lived in a supported living flat at {addr} with 24-hour support from {prov}.",
            "His hospital passport, which described his swallowing plan, was handed to <<cubicle 9>> in the emergency department on {date} by support worker {o1f.full} but was not found on the ward.",
            "On {ward} he was given a normal diet and <<Fortisip>> for two days until the speech and language therapist, {s1.full}, assessed him on {date}.",
            "He developed a fever and a <<NEWS2>> of 6; {d.title} started <<ceftriaxone>> and a chest X-ray showed right lower lobe pneumonia.",
            "He died on {date}; his {rel}, {r.full}, was with him, and his death was reported to the LeDeR programme and <<the coroner>> by the learning disability liaison nurse, {s2.full}.",
        ),
        (
            "The liaison nurse service works weekdays only, and {p.first} was admitted on a Friday evening with the learning disability noted only on the <<ReSPECT form>>.",
            "The support provider's manager, {o2m.tfull}, said staff were not allowed to stay beside <<bed 12>> overnight.",
            "A <<MUST score>> was not recorded and his weight was estimated.",
            'The family\'s advocate, {o3f.first}, asked why the <<ReSPECT form>> said "learning disability" as a reason for the decision not to attempt CPR.',
            "Reviewer {o4.initl} noted with the <<Caldicott Guardian>> that the hospital passport is now scanned into the record at the front door ({ref2}).",
        ),
        (
            "Findings shared with the family on {date}. Contact the LeDeR team on {phone}.",
            "Reviewer: {o4.full}; quality assurance: {s2.initl}.",
        ),
        ("LDR-######", "HP/^/###"),
        provider=True,
        sex="M",
    ),
)

_LOGS = (
    Style(
        "blood_fridge_temperature_audit_csv",
        "lines",
        "blood tracking export pasted as CSV, a unit of red cells left out of controlled storage and a transfusion delayed",
        (
            "Blood tracking export – {hospital} transfusion laboratory – incident {ref}",
            "date,time,user,location,event,ref",
        ),
        (
            '{date},{time},{s1.upper},Issue fridge,"Red cells issued for {p.caps} (hosp {hosp}) from stock supplied by <<NHS Blood and Transplant>>",{ref2}',
            '{date},{time},{s2.init},{ward} satellite fridge,"Unit collected by porter {o1.first} and taken to <<bay 3>> for {p.first}",{ref2}',
            '{date},{time},{d.upper},{ward},"Transfusion not started: patient moved to <<resus 2>>; unit left on the nurses station",',
            '{date},{time},SYSTEM,{ward},"Unit out of controlled storage over 30 min (<<500 mg>> paracetamol given meanwhile) - alert e-mailed to {s1.email}",{ref2}',
            '{date},{time},{o2f.upper},Transfusion lab,"Unit returned and discarded; new unit issued, <<NEWS2>> 2 on check",{ref}',
        ),
        (
            '{date},{time},{s2.init},{ward},"Bedside check with {o3f.full}: wristband and {nhs} matched, <<250 ml>> over 2 hours",',
            '{date},{time},{s1.upper},Lab,"Phoned ward on {phone}; nurse {o4.first} said unit was in the drug fridge by <<side room 2>>",',
            '{date},{time},{d.upper},{ward},"Reviewed: Hb 68, for 2 units, <<Alaris pump>> free in <<bay 6>>",',
            '{date},{time},{o5.lower},{ward},"Pre-transfusion obs done, <<NEWS2>> 1, temp 37.9, on room air",',
            '{date},{time},{s1.upper},Lab,"Datix raised, copy to {email} and <<the MHRA>> SHOT report; patient lives at {addr2}",{ref}',
        ),
        (
            "-- end of export ({s2.initl}) --",
            "Exported by {s1.full} for the transfusion committee",
        ),
        ("IR1-######", "G#### ^ ######"),
        topup='{date},{time},"{text}",',
    ),
    Style(
        "community_nursing_visit_schedule_csv",
        "lines",
        "district nursing visit schedule pasted as CSV, an insulin visit dropped when a nurse went off sick",
        (
            "District nursing schedule export – {trust} – {ref}",
            "date,slot,nurse,patient,nhs_no,task,outcome",
        ),
        (
            '{date},AM,{s1.full},{p.caps},{nhs},"insulin <<4 units>> Lantus and BM","given, BM 11.2"',
            '{date},AM,{s2.full},{p.caps},{nhs},"insulin and leg dressing, <<Doppler>> due","not allocated - {s1.first} off sick, list not re-run"',
            '{date},PM,{o1f.full},{p.caps},{nhs},"welfare call to {rel} {r.full} on {mob}","no answer; <<Admiral Nurse>> informed"',
            '{date},AM,{s2.full},{p.caps},{nhs},"found drowsy by carer {o2f.first}; BM 29.4, <<NEWS2>> 5","999 called, to {hospital}"',
            '{date},AM,coordinator {o3m.full},-,-,"visit list rebuilt by hand; two patients missed, see {ref2}","<<Laxido>> visit also missed"',
        ),
        (
            '{date},PM,{s1.full},{p.caps},{nhs},"pressure area check, <<Waterlow score>> 19, frame in reach","done"',
            '{date},AM,{o4.full},{p.caps},{nhs},"<<Doppler>> for leg ulcer at {addr}","patient out - neighbour says at GP"',
            '{date},PM,{s2.full},{p.caps},{nhs},"eye drops and <<Laxido>> prompt, age {age}","done"',
            '{date},AM,{s1.full},{p.caps},{nhs},"medication review with {gp} pharmacist {o5.full}, <<warfarin>> stopped","phone {phone}"',
            '{date},PM,{o3m.full},{p.caps},{nhs},"end of life <<Marie Curie nurse>> handover","deferred two weeks"',
        ),
        (
            "rows: 10 | export user: {s2.lower}",
            "Reviewed by {s2.initl} at the team safety huddle",
        ),
        ("DN-%-####", "DX######"),
        old=True,
        topup='{date},PM,"{text}",see notes',
    ),
    Style(
        "mortuary_release_register_table",
        "lines",
        "mortuary release register pasted as a pipe table, a body released to the wrong funeral director",
        (
            "Mortuary release register – {hospital} – extract for incident {ref}",
            "| Date | Time | Deceased | Hosp no | Entry | Staff |\n| --- | --- | --- | --- | --- | --- |",
        ),
        (
            "| {date} | {time} | {p.caps} | {hosp} | Admitted from {ward}, wristband and <<ReSPECT form>> seen, tag 1 of 2 | {s1.init} |",
            "| {date} | {time} | {p.caps} | {hosp} | {rel} {r.full} rang, funeral director to be chosen, <<Cruse Bereavement Support>> leaflet posted | {s2.init} |",
            "| {date} | {time} | {o1.caps} | - | Second deceased with similar surname admitted from <<side room 7>> | {s1.init} |",
            "| {date} | {time} | {p.caps} | {hosp} | Released to the funeral director's driver {o2m.full} against {o1.last} paperwork from <<side room 7>> | {o3.init} |",
            "| {date} | {time} | {p.caps} | {hosp} | Error found by funeral director, deceased returned; family told by {s2.full} under <<Duty of Candour>> | {s2.init} |",
        ),
        (
            "| {date} | {time} | {p.caps} | {hosp} | Medical examiner {d.title} reviewed, aged {age}, no referral to <<the coroner>> | {s1.init} |",
            "| {date} | {time} | {p.caps} | {hosp} | Property: ring and <<Zimmer frame>> sent to {addr} | {s2.init} |",
            "| {date} | {time} | {o1.caps} | - | Released correctly to {o4f.full}, family of {o1.first}; <<ReSPECT form>> filed | {s1.init} |",
            "| {date} | {time} | {p.caps} | {hosp} | Viewing for {r.first} in the chapel, <<Cruse Bereavement Support>> leaflet given | {o5.init} |",
            "| {date} | {time} | - | - | Fridge check: bank B labels re-printed; logged {ref2} for <<the coroner>> | {s1.init} |",
        ),
        (
            "End of extract. Printed by {s2.lower}.",
            "Bereavement office: {phone}",
        ),
        ("MORT-%-###", "M^/####"),
        old=True,
        topup="| {date} | {time} | - | - | {text} | {s1.init} |",
    ),
    Style(
        "ed_corridor_care_board_table",
        "lines",
        "emergency department corridor care board pasted as a pipe table, a patient deteriorated unseen in a corridor space",
        (
            "ED corridor board snapshot – {hospital} – reviewed under {ref}",
            "| Date | Time | Space | Patient | Note | Nurse |\n| --- | --- | --- | --- | --- | --- |",
        ),
        (
            "| {date} | {time} | C3 | {p.upper} ({hosp}) | Arrived by ambulance, chest pain, <<Manchester Triage System>> orange | {s1.first} |",
            "| {date} | {time} | C3 | {p.upper} | Obs due hourly; <<NEWS2>> 4; waiting for <<cubicle 9>> | {s1.first} |",
            "| {date} | {time} | C3 | {p.upper} | {rel} {r.title} asked for help, says {p.first} is grey and sweaty, <<NEWS2>> 6 | {o1f.first} |",
            "| {date} | {time} | <<resus 2>> | {p.upper} | Moved to resus, ECG STEMI, cath lab at {hospital2} called | {s2.first} |",
            "| {date} | {time} | - | {p.upper} | Transferred with <<Lifepak>>, delay 3 h 10 min from arrival; {d.title} informed | {s2.first} |",
        ),
        (
            "| {date} | {time} | C4 | {o2.upper} | Second corridor patient, <<trolley 11>>, fall risk | {o3.first} |",
            "| {date} | {time} | C3 | {p.upper} | <<Glasgow Coma Scale>> 15; analgesia given; {nhs} on wristband | {s1.first} |",
            "| {date} | {time} | - | - | Corridor at 11 patients, escalation to site manager {o4.full} on {phone}, <<trolley 11>> blocked | {s2.first} |",
            "| {date} | {time} | C5 | {o5.upper} | Observations missed, <<chair 5>> | {o1f.first} |",
            "| {date} | {time} | C3 | {p.upper} | Home address checked: {addr}; <<Oramorph>> <<2.5 mg>> given | {s1.first} |",
        ),
        (
            "Snapshot taken by {s2.full} for the review panel.",
            "Queries to {email}",
        ),
        ("ED-^-#####", "RTT/######"),
        topup="| {date} | {time} | - | - | {text} | {s1.first} |",
    ),
    Style(
        "nhs111_call_audit_log",
        "lines",
        "NHS 111 call audit log with bracketed time stamps, a call about an older woman's headache closed with self-care advice",
        (
            "111 clinical call audit – case {ref}",
            "Caller: {r.full} ({rel}) on {mob}; patient {p.full}, DOB {dob}",
        ),
        (
            "[{date} {time}] Call answered by health adviser {s1.full}; patient {p.first} has a severe headache since the morning, on <<warfarin>>",
            '[{date} {time}] Pathway: headache; disposition "speak to a clinician within 2 hours" (<<NICE>> pathway); call-back number {phone}',
            "[{date} {time}] Clinician {s2.full} called back: patient on <<warfarin>>, fell two days ago, no head injury advice given",
            "[{date} {time}] Disposition changed to self-care; advice to ring back if worse; <<Glasgow Coma Scale>> not asked",
            "[{date} {time}] Second call from neighbour {o1f.full}: patient drowsy, <<Cheyne-Stokes breathing>>; ambulance dispatched, CAD {ref2}",
        ),
        (
            "[{date} {time}] Crew: <<NEWS2>> 7, GCS 11, taken to {hospital}; scan shows subdural haematoma",
            '[{date} {time}] Auditor {o2.initl}: the anticoagulant question was answered "yes" but not acted on within <<48 hours>>',
            "[{date} {time}] GP {gp} sent the post-event message and <<Zomorph>> review; NHS {nhs}",
            "[{date} {time}] Address on the call: {addr}; key safe given to <<St John Ambulance>> responder by {o3m.first}",
            "[{date} {time}] Clinician supervisor {o4.full}: <<NICE>> head injury guidance applies to anyone on anticoagulants",
        ),
        (
            "Audit closed by {s2.initl}.",
            "Feedback to the family via {email}",
        ),
        ("111-########", "CAD ########"),
        old=True,
        sex="F",
        topup="[{date} {time}] {text}",
    ),
    Style(
        "ward_safety_huddle_notes_log",
        "lines",
        "ward safety huddle notes pasted as a bulleted log, a patient at high risk of falls left without enhanced observation",
        (
            "Safety huddle notes – {ward}, {hospital}",
            "Huddle lead: {s1.full} | Incident {ref}",
        ),
        (
            "- {time} {date}: staffing 5 RN, 3 HCA, one HCA moved to {ward2}; {p.last} ({hosp}) flagged for 1:1 after <<4AT>> 8",
            "- {time}: no 1:1 available; {s2.first} to cohort {p.first} in <<bay 3>> with two other patients",
            "- {time}: {p.first} found on floor by {o1f.first}, head wound, <<NEWS2>> 3; {d.title} bleeped",
            "- {time} {date}: CT head normal, <<Glasgow Coma Scale>> 15; {rel} {r.full} informed on {mob}",
            "- {time}: post-falls debrief with {o2m.full} (matron); request for 1:1 logged as {ref2}, <<Rockwood score>> 6",
        ),
        (
            "- {time}: <<Sara Stedy>> broken since {date}; estates call placed by {o3.initl}",
            "- {time}: {p.first} on <<Oramorph>> <<2.5 mg>> PRN, last dose two hours before fall",
            "- {time}: sitter from the bank, {o4.full}, arrived after the fall with a <<Sara Stedy>>",
            "- {time}: address for discharge planning {addr}; <<Rockwood score>> 6",
            "- {time}: patient in <<bed 12>> also needs 1:1 (<<Korsakoff's syndrome>>)",
        ),
        (
            "- close: notes typed up by {s1.lower}",
            "- next huddle {time}",
        ),
        ("FALL-######", "RR-^-###"),
        topup="- {time}: {text}",
    ),
)

_LETTERS = (
    Style(
        "bereaved_family_meeting_invitation_letter",
        "letter",
        "bereavement letter from a trust inviting a family to meet about the care before a death",
        (
            "{trust}\nPatient Safety and Experience Team\n{ldate}\n\n{r.tfull}\n{addrb}\n\nOur ref: {ref}",
            "Dear {r.title},",
        ),
        (
            "I am writing about the care {p.full} received on {ward} before {p.first} died on {date}, aged {age}, with <<Parkinson's disease>>.",
            "Your concerns about <<Oramorph>> being given late and about the <<Liverpool Care Pathway>> being mentioned by a nurse have been passed to our review team.",
            "The review is being led by {s1.tfull}, a senior nurse from another division, with {d.title} as the medical reviewer, and it will look at the <<NEWS2>> charts and the notes from {date}.",
            "We would like to invite you to meet us at {hospital}, or by video if you prefer; our <<Freedom to Speak Up Guardian>> is not part of this review, but the <<Admiral Nurse>> who knew {p.first} has offered to attend.",
            "The medical examiner, {o1.full}, has already spoken to you, and no referral was made to <<the coroner>>.",
        ),
        (
            "Hospital number {hosp} and NHS number {nhs} are given here so that you can quote them if you write to <<NHS Resolution>> or anyone else about {p.first}.",
            "You mentioned that {p.poss} neighbour, {o2f.tfull}, visited daily; if she would like to share what she saw of the <<Abbey pain scale>> charts, we would welcome that.",
            "We have also asked the staff at {home}, where {p.first} lived before admission, for their records, including the <<Waterlow score>>.",
            "You can bring someone with you; <<Cruse Bereavement Support>> and <<Citizens Advice>> can help, and our bereavement office is on {phone}.",
            "If you would rather we wrote to another member of the family, for example {o3.full}, please let us know; the <<Caldicott Guardian>> has agreed to this.",
        ),
        (
            "Yours sincerely,\n\n{s2.full}\nFamily Liaison Officer\n{email} | {phone}",
            "cc: {s1.initl} (review lead); {d.title}; {gp}. Our leaflet: {url}",
        ),
        ("PSE/^/####", "FLO-#####"),
        old=True,
    ),
    Style(
        "gp_practice_significant_event_email",
        "letter",
        "practice manager's e-mail about a two-week-wait cancer referral that was never sent",
        (
            "From: {s1.email}\nSent: {ldate}\nTo: {o1.email}\nSubject: SEA {ref} – lost 2WW referral – {p.last}",
            "Dear {o1.first},",
        ),
        (
            "As discussed, we held a significant event meeting about {p.full} (NHS {nhs}, DOB {dob}), seen by {d.title} on {date} with a breast lump.",
            "{d.title} dictated a two-week-wait referral to the breast clinic at {hospital}, but the letter stayed in the typing queue because our secretary, {o2f.first}, was on leave and cover was not arranged.",
            "{p.first} rang on {date} asking why no appointment had come; our receptionist, {o3m.full}, found the draft and sent it the same day.",
            "She was seen on {date} and the clinic has since confirmed a cancer; the delay was 19 days beyond the <<2/52>> target.",
            "We have apologised to {p.first} in person under the <<Duty of Candour>>, and a written apology has gone to {addr}.",
        ),
        (
            "The practice now runs a daily check of the referral queue; {o3m.first} and the deputy manager, {o4.full}, share it.",
            "{p.first} asked that her {rel}, {r.full}, be copied into letters; consent is recorded and the {rel}'s e-mail is {email2}.",
            "Our prescribing pharmacist also noted that {p.first} was on <<warfarin>>, which the clinic needed to know before biopsy.",
            "We have logged the event with the ICB under {ref2} and considered whether <<NHS Resolution>> needs to be told.",
            "Please call me on {phone} if the ICB panel wants the audit of our other referrals from that fortnight.",
        ),
        (
            "Kind regards\n{s1.first}\n\n{s1.full} | Practice Manager | {gp} | {url}",
            "Distribution: {d.initl}; {o4.initl}; {s1.initl}",
        ),
        ("SEA^-###", "ICB/IR/#####"),
        sex="F",
    ),
    Style(
        "midwife_home_birth_transfer_email",
        "letter",
        "community midwife's e-mail about a delayed ambulance transfer from a planned home birth",
        (
            "From: {s1.full} <{s1.email}>\nDate: {ldate}\nTo: maternity governance <{email}>\nSubject: Home birth transfer delay – {p.caps} – {ref}",
            "Dear colleagues,",
        ),
        (
            "I was the lead midwife at {p.poss} planned home birth at {addr} on {date}, with {s2.first} as second midwife.",
            "At {time} the second stage had lasted two hours with no descent, and the <<Doppler>> showed decelerations, so we called 999 for a category 2 transfer.",
            "The call handler, {o1.first}, said no ambulance was free, and we waited 72 minutes; {p.poss} {rel}, {r.full}, rang back on {mob} twice.",
            "{p.first}, aged {age}, was transferred to {hospital}, where {d.title} delivered the baby by <<McRoberts manoeuvre>> and forceps with <<Apgar score>> 6 at one minute.",
            "Mother and baby went home on {date} and are doing well, but the delay should be looked at with the ambulance service ({ref2}).",
        ),
        (
            "Our transfer policy says a home birth transfer should be upgraded if the midwife asks; I did ask, and the handler's supervisor, {o2f.full}, declined.",
            "{p.first} lost 800 ml after delivery and was given <<Syntocinon>>; the <<MEOWS>> chart was completed in the ambulance.",
            "{p.poss} {rel} says they would have chosen the unit at {hospital} had they known about the waits; I have offered a debrief.",
            "The on-call consultant midwife, {o3f.tfull}, was updated at {time} on {phone}.",
            "The family's GP is at {gp}; I have copied them in with {p.poss} consent.",
        ),
        (
            "Best wishes,\n{s1.full}\nCommunity Midwife, {trust}\n{mob}",
            "Copied: {s2.email}; {o3f.email}",
        ),
        ("MAT/^/####", "CAD-######"),
        sex="F",
    ),
    Style(
        "care_agency_safeguarding_concern_email",
        "letter",
        "home care agency's e-mail to the council's safeguarding team about missed calls to an older man",
        (
            "From: {s1.email}\nSent: {ldate}\nTo: {o1.email}\nSubject: Safeguarding concern – {p.full} – our ref {ref}",
            "Dear {o1.title},",
        ),
        (
            "I am the registered manager at {prov} and I am raising a concern about {p.tfull}, aged {age}, of {addr}, whom we visit four times a day.",
            "On {date} two of our calls were missed because a carer, {o2.full}, was sent to the wrong address, {addr2}, which was still on the rota system.",
            "The evening carer, {s2.first}, found {p.first} on the floor at {time}, cold and unable to get up, with his <<Zimmer frame>> out of reach.",
            "She called 999 and the crew took {p.first} to {hospital}; {p.poss} {rel}, {r.full}, was told by phone on {mob}.",
            "{p.first} came home on {date} with <<Movicol>> and <<Fortisip>> added, and his <<Waterlow score>> is now 17.",
        ),
        (
            "The rota address was changed on {date}, but the change was not pushed to the carers' phones because of an update to the app.",
            "{p.first} has <<Parkinson's disease>> and needs his medicines on time; we have asked {gp} for a review.",
            "The {rel} has also raised a concern about money going missing, which we have passed to you separately under {ref2}.",
            "Our care coordinator, {o3f.tfull}, is reviewing all clients whose addresses changed in the last <<6/52>>.",
            "We have notified <<the CQC>> of the fall and the missed calls.",
        ),
        (
            "Regards,\n{s1.full}\nRegistered Manager, {prov}\n{phone} | {url}",
            "cc: {council} adult social care; {o3f.initl}",
        ),
        ("KH-^-###", "ASC-#######"),
        old=True,
        provider=True,
        sex="M",
    ),
    Style(
        "school_head_epilepsy_plan_letter",
        "letter",
        "headteacher's letter to the community paediatrician after a seizure at school when the rescue medicine had expired",
        (
            "{o1f.tfull}, Headteacher\n{ldate}\n\n{d.title}\nCommunity Paediatrics, {hospital}\n\nRe: {p.full}, DOB {dob}, NHS {nhs}",
            "Dear {d.title},",
        ),
        (
            "I am writing about {p.first}, aged {age}, who had a prolonged seizure at school on {date} during a PE lesson.",
            "Staff followed {p.poss} care plan and gave <<Buccolam>> after five minutes, but found afterwards that the syringe in school had expired three months before.",
            "The seizure stopped after nine minutes; an ambulance took {p.first} to {hospital}, and {p.poss} {rel}, {r.tfull}, met them there.",
            "Our school nurse, {s1.full}, had checked the medicines at the start of term, but the check sheet lists the box, not each syringe's date.",
            "{p.first} was back in school on {date}; the {rel} has brought in a new supply and a new <<Epilim>> dose is noted.",
        ),
        (
            "Our staff trained in giving rescue medicine are {s2.full} and {o2m.full}; both were present.",
            "The family live at {addr}; {r.first}'s mobile is {mob}, and the school office can be reached on {phone}.",
            "{p.poss} teaching assistant, {o3f.first}, wrote a timeline that I enclose; she recorded the start at {time}.",
            "We would be grateful for an updated plan, including what to do if <<Buccolam>> is out of date, and whether a <<EpiPen>>-style reminder system would help.",
            "The trust's epilepsy nurse, {o4.full}, has offered to retrain staff at the start of term.",
        ),
        (
            "Yours sincerely,\n\n{o1f.full}\nHeadteacher",
            "cc: {r.tfull}; {s1.initl}; {gp}",
        ),
        ("SCH/^/###", "EP-#####"),
        child=True,
    ),
    Style(
        "medical_examiner_referral_email",
        "letter",
        "medical examiner officer's e-mail to a consultant about a death that needs review before a certificate",
        (
            "From: {s1.email}\nSent: {ldate}\nTo: {d.email}\nCc: {email}\nSubject: ME scrutiny {ref} – {p.upper} – {hosp}",
            "Dear {d.title},",
        ),
        (
            "Thank you for speaking to me about {p.tfull} (DOB {dob}, NHS {nhs}), who died on {ward} on {date}, aged {age}.",
            "The medical examiner, {o1.full}, has read the notes and agrees the cause of death as aspiration pneumonia with <<Parkinson's disease>> and frailty.",
            "However, {p.poss} {rel}, {r.full}, told me on {mob} that {p.first} missed doses of medicine for two days after admission on {date}.",
            "The drug chart shows co-careldopa was omitted four times because {p.first} was nil by mouth and no <<Shiley tube>> or NG route was considered.",
            "{o1.full} has asked for a structured judgement review under {ref2} before the certificate is issued; no referral to <<the coroner>> is needed.",
        ),
        (
            "The family also asked why the <<ReSPECT form>> was completed by a junior doctor, {o2.full}, without them.",
            "{p.first} came from {home}, whose manager, {o3f.full}, can be reached on {phone}.",
            "The {rel} lives at {addr} and would like the certificate posted there.",
            "A <<Rockwood score>> of 7 and a <<Glasgow Coma Scale>> of 13 were recorded on admission.",
            "Please could you reply soon so that the registration can go ahead within <<5/7>>.",
        ),
        (
            "Many thanks,\n{s1.first}\nMedical Examiner Officer, {trust}",
            "Copies: {o1.full}; {s2.initl} (bereavement office)",
        ),
        ("MEO-%-####", "SJR/^/###"),
        old=True,
    ),
    Style(
        "mp_constituency_casework_letter",
        "letter",
        "MP's caseworker writing to a trust's chief executive on behalf of a constituent about a mental health discharge",
        (
            "<<House of Commons>>\n\nOur ref: {ref}\n{ldate}\n\nChief Executive\n{trust}\n\nConstituent: {r.tfull}\n{addrb}",
            "Dear Chief Executive,",
        ),
        (
            "I am writing on behalf of my constituent, {r.tfull}, about the care of {p.full} (NHS {nhs}), whose {rel} my constituent is.",
            "{p.first} was admitted to {ward} under the <<Mental Health Act>> on {date} and discharged nine days later without the family being told.",
            'My constituent says {p.first} was given <<clozapine>> in hospital but discharged with no blood test booked, and that a nurse, {s1.first}, told them the community team "would pick it up".',
            "{p.first} was readmitted through the emergency department at {hospital} on {date} after being found by police officer {o1m.full}.",
            "My constituent has tried to reach the ward on {phone} many times and has written to PALS ({email}) without a reply.",
        ),
        (
            "I understand the consultant was {d.title}; my constituent would welcome a meeting with {d.title} and the ward manager, {s2.tfull}.",
            "I would be grateful if you could treat this letter as a complaint and quote my reference, {ref}, and your own, {ref2}.",
            "My constituent has given written consent for me to act for them; the consent form signed by {r.first} is enclosed.",
            "{p.first} is also known to the crisis team and to the <<Samaritans>>, which my constituent says should have been noted on discharge.",
            "Please reply to my caseworker, {o2f.full}, at {o2f.email} or on {mob}.",
        ),
        (
            "Yours sincerely,\n\n{o3.full} MP",
            "Caseworker: {o2f.initl} | cc: {s2.initl}",
        ),
        ("ZA#####", "COMP-%-####"),
    ),
    Style(
        "locum_agency_conduct_concern_email",
        "letter",
        "nursing agency's e-mail to a ward manager about a locum nurse after an insulin error on a night shift",
        (
            "From: {s1.email}\nDate: {ldate}\nTo: {s2.email}\nSubject: Conduct concern – agency nurse – incident {ref}",
            "Dear {s2.first},",
        ),
        (
            "Thank you for letting us know about the incident on {ward} on the night of {date}, involving our nurse, {o1.full}, who was on a shift booked through {prov}.",
            "We understand that {o1.first} gave <<10 units>> of rapid-acting insulin to {p.title} in <<bed 4>> instead of the long-acting dose, and that {p.first}'s blood glucose fell to 2.1.",
            "The night coordinator, {o2m.tfull}, treated the hypoglycaemia and called {d.title}, and {p.first} recovered without lasting harm.",
            "We have suspended {o1.first} from further shifts while we investigate and will refer to <<the NMC>> if the facts support it.",
            "Please could you send the incident record ({ref}) and the statement from the nurse in charge, {o3f.full}, to this address or to {email}.",
        ),
        (
            "Our records show {o1.first} completed insulin training last year; the certificate was issued by {o4.full}.",
            "We note the ward uses the <<Alaris pump>> and paper charts for insulin; {o1.first} says the two doses were written on the same line.",
            "{p.poss} {rel}, {r.full}, has been told under the <<Duty of Candour>>, and we are happy to join any meeting.",
            "For timesheets, the shift was booked under {ref2}; please call our compliance lead on {phone} with any questions.",
            "We will share our findings with the trust's staffing bank and with <<NHS England>> framework managers as required.",
        ),
        (
            "Kind regards,\n{s1.full}\nCompliance Manager, {prov}\n{mob}",
            "CC: {o3f.email}; {o2m.initl}",
        ),
        ("INC-######", "TS/^/#####"),
        provider=True,
    ),
)

STYLES = (*_PROSE, *_LOGS, *_LETTERS)

# Top-up sentences: prose and letters share SHARED, logs SHARED_LINES (written into style.topup).
SHARED = (
    "The <<Caldicott Guardian>> agreed that the notes could be shared with the reviewers, and {s2.full} collated them.",
    "A <<Braden score>> and a nutrition screen were both recorded on admission, but neither was repeated after the first week.",
    "{o5.full}, a volunteer on the ward that day, said the call bell near <<bed 12>> was not answered for twenty minutes.",
    "The notes record a frailty discussion only once, on {date}, when the {rel} was present.",
    "Pharmacy records show laxatives were prescribed but signed as refused on most days.",
    "The <<Manchester Triage System>> category on arrival was yellow, which the reviewers thought reasonable.",
    "The electronic record was accessed by {o4.initl} for audit purposes only, and that access was logged.",
    "A copy of this report will be kept with the incident record and is not to be shared outside the organisation without consent.",
    "No concerns were raised about <<Hartmann's solution>> or fluid balance, which were charted every four hours.",
    "A second reviewer, {o5.full}, read the notes independently and reached the same judgement.",
    "The <<Marie Curie nurse>> who visited earlier in the year had left a contact number, {phone}, in the home folder.",
    "The reviewers noted that national guidance had been followed in part, and that the gaps were in communication rather than treatment.",
    "Staff said the warming blanket was in use elsewhere, so extra blankets were used instead.",
    "The {rel} asked that future letters go by e-mail, and this has been recorded.",
)
SHARED_LINES = (
    "obs repeated, <<NEWS2>> 2, no change",
    "oxygen swapped to nasal specs by {o5.first}",
    "pump alarm, line re-sited",
    "handover to night staff, {s2.initl} in charge, <<NEWS2>> 1",
    "stool chart updated, type 6",
    "bleep to on-call, no answer for 15 min",
    "medicines round delayed, audit flag",
    "pain score 8, analgesia given",
    "{o4.initl} checked the chart, nothing further",
    "bed moved to <<side room 2>>",
    "family phoned, update given by {s1.first}",
    "delirium screen repeated, score 4",
)
