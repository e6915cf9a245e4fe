"""A twenty-sixth blind de-identification pack: new documents, towns, names and look-alikes.

Written without seeing the engine (evaluation_blind26.md says how). Like the earlier packs it
generates synthetic UK narratives with exact gold spans: eleven prose reviews, six logs (two CSV
exports, two pipe tables, a loggist's bracket-stamped decision log and a night task tracker) and
eight letters and e-mails, set in the pack's own towns. Look-alikes are written as ``<<term>>`` in
the templates and returned as negatives by ``generate_with_negatives``.
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

__all__ = ["LABELS", "STYLES", "example", "generate", "generate_with_negatives"]

PREFIX = "blind26"
LOW_WORDS, HIGH_WORDS = 200, 420
NO_RECORD = 0.12
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# ---------------------------------------------------------------------------------------------
# Towns: main postcode district, dialling code, two localities, council, board (Scotland only)
# ---------------------------------------------------------------------------------------------

TOWN_INFO = {
    "Motherwell": ("ML1", "01698", ("Forgewood", "Craigneuk"), "North Lanarkshire Council", "NHS Lanarkshire"),
    "Airdrie": ("ML6", "01236", ("Petersburn", "Clarkston"), "North Lanarkshire Council", "NHS Lanarkshire"),
    "Coatbridge": ("ML5", "01236", ("Whifflet", "Kirkshaws"), "North Lanarkshire Council", "NHS Lanarkshire"),
    "Leighton Buzzard": ("LU7", "01525", ("Linslade", "Heath and Reach"), "Central Bedfordshire Council", ""),
    "Bishop's Stortford": ("CM23", "01279", ("Thorley", "Birchanger"), "East Hertfordshire District Council", ""),
    "Chesham": ("HP5", "01494", ("Waterside", "Pond Park"), "Buckinghamshire Council", ""),
    "Didcot": ("OX11", "01235", ("Ladygrove", "Great Western Park"), "South Oxfordshire District Council", ""),
    "Aldershot": ("GU11", "01252", ("North Town", "Heron Wood"), "Rushmoor Borough Council", ""),
    "Fareham": ("PO16", "01329", ("Portchester", "Titchfield"), "Fareham Borough Council", ""),
    "Crowborough": ("TN6", "01892", ("Jarvis Brook", "Steel Cross"), "Wealden District Council", ""),
    "Herne Bay": ("CT6", "01227", ("Beltinge", "Greenhill"), "Canterbury City Council", ""),
    "Chard": ("TA20", "01460", ("Crimchard", "Tatworth"), "Somerset Council", ""),
    "Burton upon Trent": ("DE14", "01283", ("Stapenhill", "Winshill"), "East Staffordshire Borough Council", ""),
    "Leyland": ("PR25", "01772", ("Farington", "Seven Stars"), "South Ribble Borough Council", ""),
    "Rawtenstall": ("BB4", "01706", ("Crawshawbooth", "Reedsholme"), "Rossendale Borough Council", ""),
    "Skelmersdale": ("WN8", "01695", ("Tanhouse", "Digmoor"), "West Lancashire Borough Council", ""),
    "Runcorn": ("WA7", "01928", ("Halton Lodge", "Murdishaw"), "Halton Borough Council", ""),
    "Royston": ("SG8", "01763", ("Therfield", "Barkway"), "North Hertfordshire District Council", ""),
    "Billericay": ("CM12", "01277", ("Great Burstead", "Queens Park"), "Basildon Borough Council", ""),
    "Canvey Island": ("SS8", "01268", ("Leigh Beck", "Thorney Bay"), "Castle Point Borough Council", ""),
    "Hoddesdon": ("EN11", "01992", ("Rye Park", "Broxbourne"), "Broxbourne Borough Council", ""),
    "Berkhamsted": ("HP4", "01442", ("Northchurch", "Potten End"), "Dacorum Borough Council", ""),
    "Camberley": ("GU15", "01276", ("Old Dean", "Heatherside"), "Surrey Heath Borough Council", ""),
    "Haslemere": ("GU27", "01428", ("Shottermill", "Grayswood"), "Waverley Borough Council", ""),
    "Reigate": ("RH2", "01737", ("Woodhatch", "South Park"), "Reigate and Banstead Borough Council", ""),
    "Hailsham": ("BN27", "01323", ("Hellingly", "Lower Dicker"), "Wealden District Council", ""),
    "Ramsgate": ("CT11", "01843", ("Newington", "Pegwell"), "Thanet District Council", ""),
    "Gillingham": ("ME7", "01634", ("Rainham", "Twydall"), "Medway Council", ""),
    "Burnham-on-Sea": ("TA8", "01278", ("Highbridge", "Berrow"), "Somerset Council", ""),
    "Sidmouth": ("EX10", "01395", ("Sidford", "Salcombe Regis"), "East Devon District Council", ""),
    "Brixham": ("TQ5", "01803", ("Churston", "Furzeham"), "Torbay Council", ""),
    "Ross-on-Wye": ("HR9", "01989", ("Tudorville", "Brampton Abbotts"), "Herefordshire Council", ""),
    "Stourport-on-Severn": ("DY13", "01299", ("Areley Kings", "Burlish"), "Wyre Forest District Council", ""),
    "Biddulph": ("ST8", "01782", ("Knypersley", "Brown Lees"), "Staffordshire Moorlands District Council", ""),
    "Swadlincote": ("DE11", "01283", ("Woodville", "Church Gresley"), "South Derbyshire District Council", ""),
    "Bolsover": ("S44", "01246", ("Hillstown", "Carr Vale"), "Bolsover District Council", ""),
    "Brigg": ("DN20", "01652", ("Wrawby", "Scawby"), "North Lincolnshire Council", ""),
    "Withernsea": ("HU19", "01964", ("Hollym", "Owthorne"), "East Riding of Yorkshire Council", ""),
    "Ossett": ("WF5", "01924", ("Gawthorpe", "Flushdyke"), "Wakefield Council", ""),
    "Mexborough": ("S64", "01709", ("Denaby Main", "Swinton"), "City of Doncaster Council", ""),
    "Darwen": ("BB3", "01254", ("Hoddlesden", "Sunnyhurst"), "Blackburn with Darwen Borough Council", ""),
    "Sandbach": ("CW11", "01270", ("Elworth", "Wheelock"), "Cheshire East Council", ""),
    "Wilmslow": ("SK9", "01625", ("Handforth", "Lacey Green"), "Cheshire East Council", ""),
}  # fmt: skip
TOWNS = tuple(
    (town, re.match(r"[A-Z]+", info[0]).group(), info[1]) for town, info in TOWN_INFO.items()
)
LOCALITIES = {town: info[2] for town, info in TOWN_INFO.items()}
SCOTLAND = frozenset(town for town, info in TOWN_INFO.items() if info[4])
# Real Lanarkshire hospitals for the Scottish towns; English towns have synthetic ones.
SCOTTISH_HOSPITALS = {
    "Motherwell": "University Hospital Wishaw",
    "Airdrie": "University Hospital Monklands",
    "Coatbridge": "University Hospital Monklands",
}
HOSPITAL_FORMS = (
    "{town} Community Hospital", "{town} General Hospital", "{town} and District Hospital",
    "{town} Memorial Hospital",
)  # fmt: skip
TRUST_FORMS = (
    "{town} Hospitals NHS Foundation Trust", "{town} and District NHS Trust",
    "{town} Community Healthcare NHS Trust",
)  # fmt: skip
# Streets after hill sheep breeds; wards after sea areas of the shipping forecast.
STREET_WORDS = ("Herdwick", "Lonk", "Dalesbred", "Ryeland", "Teeswater", "Rough Fell", "Whitefaced")
STREET_KINDS = ("Close", "Road", "Way", "Crescent", "Lane", "Grove", "Drive", "Walk")
WARD_WORDS = (
    "Malin",
    "Cromarty",
    "Viking",
    "Dogger",
    "Hebrides",
    "Sole",
    "Forties",
    "Portland",
    "Trafalgar",
)
WARD_KINDS = ("Ward", "Ward", "Ward", "Unit")
CARE_HOMES = ("Tallow House", "Quillfield", "Copperbeech Lodge", "Thrift House", "Eelbrook Court")
GP_FORMS = (
    "The Maltings Practice", "Tenterfield Medical Centre", "Limekiln Surgery",
    "Brickfields Health Centre", "Tanyard Surgery", "Wheelhouse Medical Practice",
)  # fmt: skip
PROVIDERS = (
    "Steadfast Homecare Ltd", "Mainstay Care Services", "Tillerman Event Medical Ltd",
    "Bellhaven Care Agency",
)  # fmt: skip
MAIL_HOSTS = ("gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk")

# Local hospital number shapes, one per town (A: a capital letter, 9: a digit).
HOSP_FORMS = ("AAA999999", "A9999999", "9999999A", "AA9999A")

# ---------------------------------------------------------------------------------------------
# The pack's own names: heritages, word names, a particle, nicknames
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    "sikh": (("Rupinder", "Jasmeet", "Hardeep", "Daljit", "Manjit", "Sunita"),
             ("Harpal", "Jaspal", "Rajinder", "Tejinder", "Mohinder"), ("Sidhu", "Virdi")),
    "sylheti": (("Rokeya", "Momtaz"), ("Shafiqul",), ("Choudhury",)),
    "latvian": (("Dace", "Liga", "Inese", "Zane"), ("Janis", "Andris"), ("Berzins", "Ozols", "Kalnins", "Liepins")),
    "albanian": (("Blerta", "Arta"), ("Ermal",), ("Dervishi",)),
    "eritrean": (("Tsega",), ("Biniam",), ("Tekle", "Woldu")),
    "shona": (("Chipo",), ("Tapiwa",), ("Mutasa", "Chiwenga")),
    "krio": (("Fatmata", "Isatu"), ("Sahr",), ("Sesay", "Kamara", "Koroma", "Bangura", "Sesay-Koroma")),
    "malayali": (("Lekshmi",), ("Unni",), ("Kurian",)),
    "gujarati": (("Bhavna", "Nimisha"), ("Nilesh",), ("Chauhan", "Mistry")),
    "welsh": (("Eluned", "Ceinwen"), (), ("Prydderch",)),
    "cornish": (("Tamsin",), ("Jowan",), ("Pascoe", "Penhaligon", "Trevithick")),
    "bulgarian": (("Rumyana",), (), ("Petrov",)),
    "ukrainian": (("Olena",), ("Mykola",), ("Shevchenko", "Bondarenko")),
    "kenyan": (("Nyambura", "Wambui"), ("Njoroge",), ("Mwangi",)),
    "tongan": (("Mele", "Salote"), ("Sione", "Viliami"), ("Fifita", "Taufa", "Tupou")),
    "hausa": (("Hauwa",), ("Aminu",), ("Abubakar",)),
    "maltese": (("Marthese",), ("Salvu", "Pawlu", "Ċensu", "Ġorġ", "Carmelo"),
                ("Xuereb", "Farrugia", "Vella", "Spiteri", "Azzopardi", "Mifsud", "Camilleri", "Zammit", "Grech")),
    "hungarian": ((), ("Gyorgy",), ("Kovacs",)),
    "traveller": (("Bridgie",), (), ("McDonagh", "Cawley")),
    "gaelic": (("Peigi", "Catrìona", "Seonag", "Dolina", "Kenina", "Murdina", "Oighrig"),
               ("Tormod", "Dòmhnall", "Uilleam", "Alasdair"), ("MacIver", "Nicolson")),
    "czech": (("Lidmila",), ("Zdenek",), ()),
    "english": (("Fern", "Verity", "Prudence", "Sage", "Constance"),
                ("Guy", "Earl", "Prince", "Chance", "Clement"),
                ("Salt", "Crisp", "Bacon", "Trout", "Herring", "Mutton", "Plum", "Budd", "Wellbeloved",
                 "Smallbone", "Lemon", "Cash", "Budd-Wellbeloved")),
    "ghanaian": ((), ("Wisdom",), ()),
}  # fmt: skip
# Malaysian women write their father's name after "binti" (daughter of).
MALAY_WOMEN = ("Nurul", "Farhana", "Aisyah", "Syafiqah", "Sharifah")
MALAY_FATHERS = ("Hashim", "Othman", "Ismail", "Zulkifli", "Azlan", "Faizal", "Hafiz")
OWN_FIRST = {
    "F": tuple(n for group in OWN_GROUPS.values() for n in group[0]) + MALAY_WOMEN,
    "M": tuple(n for group in OWN_GROUPS.values() for n in group[1]),
}
OWN_LAST = tuple(n for group in OWN_GROUPS.values() for n in group[2]) + MALAY_FATHERS
WORD_NAMES = {
    "F": ("Fern", "Verity", "Prudence", "Sage", "Constance"),
    "M": ("Guy", "Earl", "Prince", "Chance", "Clement", "Wisdom"),
    "last": ("Salt", "Crisp", "Bacon", "Trout", "Herring", "Mutton", "Plum", "Budd", "Wellbeloved",
             "Smallbone", "Lemon", "Cash"),
}  # fmt: skip
ALL_WORD_NAMES = frozenset(n for names in WORD_NAMES.values() for n in names)
NICKNAMES = {
    "Jaspal": ("Jas",), "Gyorgy": ("Gyuri",), "Mykola": ("Kolya",), "Eluned": ("Luned",),
    "Tamsin": ("Tams",), "Biniam": ("Bini",), "Tapiwa": ("Tapi",), "Rupinder": ("Rupi",),
    "Nimisha": ("Nimi",), "Shafiqul": ("Shafiq",), "Syafiqah": ("Fiqa",), "Constance": ("Connie",),
    "Prudence": ("Prue",), "Clement": ("Clem",), "Manjit": ("Manj",), "Tejinder": ("Tej",),
    "Bhavna": ("Bhav",), "Viliami": ("Vili",), "Salote": ("Lote",), "Catrìona": ("Ceitidh",),
    "Daljit": ("Dal",),
}  # fmt: skip
ROLE_WORDS = frozenset(
    "Sister Matron Nurse Staff Charge Doctor Porter Ward Bay Unit Officer Sergeant Constable "
    "Chaplain Gold Silver Bronze".split()
)
HONORIFIC_WORDS = frozenset("Mr Mrs Ms Miss Master Dr Mx".split())
CLINICAL_INITIALS = frozenset(
    """AF AKI AMU BD BP CD CN CPR CT DC DM DN DNR DW ED GP HCA HDU HR ICU IM IR ITU IV LD MH MI MS
    NA NG NHS NOK OD OK OT PA PE PRN PT QDS RIP RN ROSC RR SC SDEC SHO SI SN TCI TD TTO UK VTE EWS
    GCS MRI ECG PEG CO BM DOA DOB EH FY HEMS MIU SJR CCU LP NEWS ME TB UTI""".split()
)
NAME_FORMS = frozenset(
    "full first last title tfull dr init initl caps upper lower nick email poss".split()
)

# ---------------------------------------------------------------------------------------------
# Look-alikes: never gold
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "eponym": (
        "Colles' fracture",
        "Parkinson's disease",
        "Cheyne-Stokes breathing",
        "Murphy's sign",
        "Kernig's sign",
        "Charcot foot",
        "Addison's disease",
        "Lewy body dementia",
        "Bell's palsy",
        "Hartmann's pouch",
        "Baker's cyst",
        "Korsakoff's",
    ),
    "score": (
        "NEWS2 of 7",
        "NEWS2 of 3",
        "Clinical Frailty Scale of 7",
        "4AT of 6",
        "Waterlow of 22",
        "qSOFA of 2",
        "PEWS of 4",
        "CURB-65 of 3",
        "Abbey pain score of 9",
        "MUST of 2",
        "Morse score of 65",
        "Braden of 12",
        "GCS 14",
    ),
    "drug": (
        "heparin",
        "naloxone",
        "ViperaTAb",
        "midazolam",
        "Oramorph",
        "dexamethasone",
        "chloramphenicol",
        "Maxitrol",
        "levomepromazine",
        "EpiPen",
        "Jext",
        "methadone",
        "tranexamic acid",
        "carbamazepine",
        "Paxlovid",
        "apixaban",
        "adrenaline",
        "levodopa",
        "protamine",
        "levobupivacaine",
        "sodium valproate",
        "alteplase",
        "diamorphine",
        "cyclizine",
    ),
    "device": (
        "Alaris pump",
        "McKinley T34",
        "Zimmer frame",
        "rollator",
        "Bair Hugger",
        "Lifepak 15",
        "Olympus scope",
        "Sara Stedy",
        "Vocera badge",
        "pulse oximeter",
        "Stryker trolley",
        "gutter frame",
        "Baxter pump",
        "GIF-12",
        "tourniquet",
        "key safe",
        "pendant alarm",
        "data logger",
    ),
    "national": (
        "NHS England",
        "UKHSA",
        "the CQC",
        "HSSIB",
        "the MHRA",
        "NHS 111",
        "the Office of the Public Guardian",
        "HM Prison and Probation Service",
        "the DVLA",
        "Resuscitation Council UK",
        "the JCVI",
        "TOXBASE",
        "the Green Book",
        "Public Health Scotland",
        "NHS Resolution",
    ),
    "place_scale": (
        "Glasgow Coma Scale",
        "Bristol stool chart",
        "Ottawa ankle rules",
        "Manchester Triage",
        "Canadian CT head rules",
        "Edinburgh Postnatal Depression Scale",
        "Nottingham Hip Fracture Score",
        "Sheffield scale",
    ),
    "dose": (
        "5,000 units",
        "18 units/kg/hr",
        "400 micrograms",
        "300 micrograms",
        "two vials",
        "10 mg",
        "2.5 mg",
        "1 g",
        "30 mg",
        "500 ml",
        "four vials",
    ),
    "duration": (
        "72 hours",
        "4/7",
        "48 hours",
        "ten minutes",
        "six weeks",
        "2/52",
        "twenty minutes",
        "three nights",
        "24 hours",
        "five days",
        "eighteen months",
        "six months",
        "thirty years",
        "two days",
        "three years",
        "4 weeks",
    ),
    "law": (
        "the Mental Capacity Act",
        "section 42",
        "the Care Act 2014",
        "DoLS",
        "section 136",
        "Regulation 20",
        "the Equality Act",
        "section 5",
        "the Accessible Information Standard",
        "the Misuse of Drugs Regulations",
        "the duty of candour",
        "the Caldicott principles",
    ),
    "named": (
        "Macmillan nurse",
        "Admiral Nurse",
        "Age UK",
        "Marie Curie",
        "St John Ambulance",
        "Citizens Advice",
        "Samaritans",
        "Anaphylaxis UK",
        "Headway",
        "SignHealth",
        "Shelter",
        "the Red Cross",
    ),
    "bed": (
        "bed 14",
        "Bay 3",
        "side room 2",
        "cubicle 6",
        "Resus 2",
        "chair 4",
        "trolley 9",
        "recovery bay 1",
        "Bed 22",
        "bay C",
        "room 5",
        "bed 7",
        "room 3",
    ),
    "word": (
        "Sister",
        "Matron",
        "Gold command",
        "Silver command",
        "Bronze",
        "the Chaplain",
        "Hope",
        "Grace",
        "Charge Nurse",
        "Site Manager",
        "Duty Doctor",
    ),
    "time": tuple(f"{h:02d}:{m:02d}" for h in range(24) for m in range(0, 60, 5)),
    "version": (
        "v4.2",
        "version 3.1",
        "firmware 2.8.1",
        "SOP 14",
        "policy MM-017",
        "drug library 12b",
        "release 7.3",
        "template v9",
        "IPC-04",
        "CG 161",
        "Lorenzo",
    ),
    "measure": (
        "37.9°C",
        "34.1°C",
        "29°C",
        "SpO2 88%",
        "pH 7.21",
        "11.2 kPa",
        "2 cm",
        "BMI 17",
        "800 ml",
        "32.6°C",
        "8°C",
        "1.4 m",
        "39.8°C",
        "18 ml/hr",
        "1.8 ml/hr",
        "Hb 68",
        "5 mm",
        "38 mmHg",
    ),
}
NATIONAL = frozenset(LOOKALIKES["national"])
_ONE_WORD_LOOKALIKES = frozenset(
    t for terms in LOOKALIKES.values() for t in terms if re.fullmatch(r"[A-Za-z]+", t)
)

# ---------------------------------------------------------------------------------------------
# Numbers in words, dates, phones
# ---------------------------------------------------------------------------------------------

_UNITS = "zero one two three four five six seven eight nine".split()


def _words(n: int) -> str:
    """An age over 89 in words, as people write it ("ninety-four", "one hundred and two")."""
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {_UNITS[rest] if rest < 10 else str(rest)}" if rest else "")
    return "ninety" + (f"-{_UNITS[n - 90]}" if n > 90 else "")


def _fmt(day: date, shape: str) -> str:
    """A date in one of the pack's shapes."""
    month = MONTHS[day.month - 1]
    wd = WEEKDAYS[day.weekday()]
    return {
        "dmy": f"{day:%d/%m/%Y}",
        "dmy_short": f"{day.day}/{day.month}/{day.year}",
        "iso": day.isoformat(),
        "dash": f"{day:%d-%m-%Y}",
        "dot": f"{day:%d.%m.%Y}",
        "dot_yy": f"{day.day}.{day.month}.{day:%y}",
        "compact": f"{day:%d}{month[:3].upper()}{day.year}",
        "caps": f"{day.day} {month[:3].upper()} {day.year}",
        "long": f"{day.day} {month} {day.year}",
        "ord": f"{ordinal(day.day)} {month} {day.year}",
        "abbr": f"{day.day} {month[:3]} {day.year}",
        "hyph": f"{day.day}-{month[:3]}-{day.year}",
        "us": f"{month} {day.day}, {day.year}",
        "wd_dmy": f"{wd[:3]} {day:%d/%m/%Y}",
        "wd_long": f"{wd} {day.day} {month} {day.year}",
        "yy": f"{day:%d/%m/%y}",
        # without a year
        "n_the": f"the {ordinal(day.day)}",
        "n_wd_the": f"{wd} the {ordinal(day.day)}",
        "n_dm": f"{day.day}/{day.month}",
        "n_wd_dm": f"{wd[:3]} {day.day}/{day.month}",
        "n_wd_ord": f"{wd[:3]} {ordinal(day.day)} {month[:3]}",
        "n_long": f"{day.day} {month}",
        "n_of": f"the {ordinal(day.day)} of {month}",
        "n_abbr": f"{day.day} {month[:3]}",
        "n_ord": f"{ordinal(day.day)} {month}",
    }[shape]


YEAR_SHAPES = (
    "dmy", "dmy_short", "iso", "dash", "dot", "dot_yy", "compact", "caps", "long", "ord", "abbr",
    "hyph", "us", "wd_dmy", "wd_long", "yy",
)  # fmt: skip
DAY_SHAPES = (
    "n_the",
    "n_wd_the",
    "n_dm",
    "n_wd_dm",
    "n_wd_ord",
    "n_long",
    "n_of",
    "n_abbr",
    "n_ord",
)
DOB_SHAPES = ("dmy", "dmy", "iso", "long", "caps", "dot", "abbr", "compact")


def _landline(rng: random.Random, code: str) -> str:
    local = f"{rng.randint(200000, 899999)}"
    shape = rng.randrange(16)
    return (
        f"+44{code[1:]}{local}",
        f"{code}-{local[:3]}-{local[3:]}",
        f"({code}){local}",
        f"0{code[1:4]} {code[4]}{local[:2]} {local[2:]}",
        f"{code} {local[:2]} {local[2:4]} {local[4:]}",
        f"({code}) {local[:3]} {local[3:]}",
        f"+44 {code[1:]} {local[:3]} {local[3:]}",
        f"{code} {local}",
        f"{code}{local}",
        f"({code}) {local}",
        f"{code} {local[:3]} {local[3:]}",
        f"+44 {code[1:]} {local}",
        f"+44 (0){code[1:]} {local}",
        f"{code}-{local}",
        f"{code} {local} ext {rng.randint(2000, 7999)}",
        f"{code} {local} x{rng.randint(2000, 7999)}",
    )[shape]


def _mobile(rng: random.Random) -> str:
    tail = f"{rng.randint(0, 999):03d}"
    return rng.choice(
        (
            f"07700 900{tail}",
            f"07700900{tail}",
            f"+44 7700 900{tail}",
            f"07700 900 {tail}",
            f"07700-900{tail}",
        )
    )


def _nhs_layout(number: str, rng: random.Random) -> str:
    return rng.choice(
        (
            number,
            f"{number[:3]} {number[3:6]} {number[6:]}",
            f"{number[:3]}-{number[3:6]}-{number[6:]}",
        )
    )


def _ascii(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z-]", "", plain)


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool = False
    honorific: str = "Mr"
    binti: bool = False

    @property
    def full(self) -> str:
        return f"{self.first} binti {self.last}" if self.binti else f"{self.first} {self.last}"

    def parts(self) -> set[str]:
        return {_ascii(p) for p in re.split(r"[\s-]+", self.full) if p}


def _own_name(rng: random.Random, sex: str, binti_ok: bool) -> tuple[str, str, bool]:
    if sex == "F" and binti_ok and rng.random() < 0.06:
        return rng.choice(MALAY_WOMEN), rng.choice(MALAY_FATHERS), True
    if rng.random() < 0.14:  # a name that is also a word
        if rng.random() < 0.5:
            return rng.choice(WORD_NAMES[sex]), rng.choice(OWN_LAST), False
        return rng.choice(OWN_FIRST[sex]), rng.choice(WORD_NAMES["last"]), False
    groups = [g for g in OWN_GROUPS.values() if g[0 if sex == "F" else 1] and g[2]]
    group = rng.choice(groups)
    return rng.choice(group[0 if sex == "F" else 1]), rng.choice(group[2]), False


def _listed(name: str) -> str:
    listed = listed_names()
    parts = [p for p in re.split(r"[\s-]+", name) if p and p != "binti"]
    return "listed" if all(p.casefold() in listed for p in parts) else "unlisted"


def _bad_part(part: str) -> bool:
    return (
        part in _ONE_WORD_LOOKALIKES
        or part in ROLE_WORDS
        or part in HONORIFIC_WORDS
        or part in MONTHS
        or part in WEEKDAYS
        or part.lower() in {"the", "of", "and", "bay", "bed"}
        or len(part) < 2
    )


def _draw_person(rng: random.Random, sex: str, taken: set[str], binti_ok: bool) -> Person:
    while True:
        if rng.random() < 0.5:
            first, last, binti = _own_name(rng, sex, binti_ok)
            full = f"{first} binti {last}" if binti else f"{first} {last}"
            names = _listed(full)
        else:
            drawn = _new_person(rng, sex=sex)
            first, last, binti, names = drawn.first, drawn.last, False, drawn.names
            if not re.fullmatch(r"[^\W\d_][\w'’ -]*", f"{first} {last}"):
                continue
        person = Person(first, last, sex, names, binti=binti)
        words = [w for w in re.split(r"[\s-]+", person.full) if w]
        if any(_bad_part(w) for w in words) or person.parts() & taken:
            continue
        taken |= person.parts()
        return person


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
    refs: tuple[str, str]
    old: bool = False
    child: bool = False
    provider: bool = False
    topup: str = ""
    stamp: str = ""  # logs: how a line's date and time are written
    hours: tuple[int, ...] = tuple(range(8, 22))  # when the incident may happen
    step: tuple[int, int] = (4, 70)  # logs: minutes from one line to the next
    extras_after: int = 2  # how many core sentences come before any extra or top-up
    sex: str = "??"  # the patient's and the relative's sex (F, M or ? for either)
    ages: tuple[int, int] | None = None  # the patient's age range, when the story needs one


def _style(name, register, what, headers, core, extras, endings, refs, **kw) -> Style:
    return Style(
        name, register, what, tuple(headers), tuple(core), tuple(extras), tuple(endings),
        tuple(refs), **kw,
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------
# One case: the facts a text is written from
# ---------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\{(\w+)(?:\.(\w+))?\}|<<(.+?)>>")
_HINT = re.compile(r"\{(p|r|s1|s2|d|o\d)([fm])\.")
_PHASE = {"date": 0, "day": 0, "next": 1, "ldate": 2}
Token = tuple[str, str | None, dict | None]  # text, label (or NEG / STAMP), PERSON meta


class _Case:
    def __init__(self, rng: random.Random, style: Style, sentences: list[str]) -> None:
        self.rng, self.style = rng, style
        self.town = rng.choice(list(TOWN_INFO))
        district, self.code, locs, self.council, self.board = TOWN_INFO[self.town]
        self.locality = rng.choice(locs)
        self.record = rng.random() >= NO_RECORD
        self.day0 = date(2025, 1, 6) + timedelta(days=rng.randint(0, 600))
        self.later = self.day0 + timedelta(days=rng.randint(8, 40))
        self.habit = rng.choice(YEAR_SHAPES)
        self.dots = rng.random() < 0.25
        self.init_dots = rng.random() < 0.4
        self.age_suffix = rng.choice(("", "yo", " y/o", " years old", " yrs", "", "y"))
        self.age_in_words = rng.random() < 0.25
        # The patient's age on the day, and a date of birth that gives it.
        if style.child:
            years = rng.randint(2, 15)
        elif style.old:
            years = rng.randint(90, 104) if rng.random() < 0.8 else rng.randint(78, 89)
        else:
            years = rng.randint(*(style.ages or (19, 88)))
        self.dob = date(self.day0.year - years, rng.randint(1, 12), rng.randint(1, 28))
        self.age = years - ((self.dob.month, self.dob.day) > (self.day0.month, self.day0.day))
        # People: no two share a name part; an outsider written as a woman or a man is drawn so.
        hints = {who: sx.upper() for s in sentences for who, sx in _HINT.findall(s)}
        for who, sx in zip(("p", "r"), style.sex, strict=True):
            if sx != "?":
                hints[who] = sx
        doctors = {
            who for s in sentences for who in re.findall(r"\{(p|r|s1|s2|d|o\d)[fm]?\.dr\}", s)
        }
        self.taken: set[str] = set()
        self.binti_used = False
        self.people: dict[str, Person] = {}
        for who in ("p", "r", "s1", "s2", "d", "o1", "o2", "o3", "o4", "o5"):
            sex = hints.get(who) or rng.choice("FM")
            self.people[who] = self._person(who, sex, doctor=who == "d" or who in doctors)
        p, r = self.people["p"], self.people["r"]
        self.rel = (
            ("mother" if r.sex == "F" else "father")
            if style.child
            else rng.choice(
                ("daughter", "niece", "wife", "sister", "granddaughter")
                if r.sex == "F"
                else ("son", "nephew", "husband", "brother", "grandson")
            )
        )
        self.nhs = nhs_number(rng)
        shape = HOSP_FORMS[list(TOWN_INFO).index(self.town) % len(HOSP_FORMS)]
        self.hosp = "".join(
            rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else str(rng.randint(0, 9))
            for c in shape
        )
        self.street_kind = rng.choice(STREET_KINDS)
        self.line = f"{rng.randint(1, 140)} {rng.choice(STREET_WORDS)} {self.street_kind}"
        if rng.random() < 0.15:
            self.line = f"Flat {rng.randint(1, 24)}, {self.line}"
        self.postcode = f"{district} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        self.known = (
            {
                "names": [p.full, r.full],
                "nhs_number": self.nhs,
                "date_of_birth": self.dob.isoformat(),
                "hospital_number": self.hosp,
                "address": f"{self.line}, {self.locality}, {self.town}, {self.postcode}",
            }
            if self.record
            else {}
        )
        wards = rng.sample(WARD_WORDS, 2)
        self.wards = [f"{w} {rng.choice(WARD_KINDS)}" for w in wards]
        self.home = rng.choice(CARE_HOMES)
        self.gp = rng.choice(GP_FORMS)
        if "festival" in style.name:
            self.prov = "Tillerman Event Medical Ltd"
        else:
            self.prov = rng.choice([p for p in PROVIDERS if "Event" not in p])
        other = rng.choice([t for t in TOWN_INFO if t != self.town and t not in SCOTLAND])
        if self.town in SCOTLAND:
            self.hospital = SCOTTISH_HOSPITALS[self.town]
            self.trust = self.board
            self.mail = "nhs.scot"
            self.web = "www.nhslanarkshire.scot"
        else:
            self.hospital = rng.choice(HOSPITAL_FORMS).format(town=self.town)
            self.trust = rng.choice(TRUST_FORMS).format(town=self.town)
            self.mail = "nhs.net"
            self.web = f"www.{_ascii(self.town).replace('-', '')}hospitals.nhs.uk"
        self.hospital2 = rng.choice(HOSPITAL_FORMS).format(town=other)
        minutes = rng.choice(style.hours) * 60 + rng.choice(range(0, 60, 5))
        self.time = minutes
        self.time2 = min(minutes + rng.choice(range(20, 155, 5)), 23 * 60 + 55)
        # A log starts a little before the incident time and runs on from there.
        self.clock = self.day0.toordinal() * 1440 + minutes - rng.randint(30, 120)

    def _person(self, who: str, sex: str, *, doctor: bool = False) -> Person:
        rng = self.rng
        binti_ok = who not in ("p", "r") and not self.binti_used
        person = _draw_person(rng, sex, self.taken, binti_ok)
        self.binti_used |= person.binti
        person.in_record = self.record and who in ("p", "r")
        if doctor:
            person.honorific = "Dr"
        elif who == "p" and self.style.child:
            person.honorific = "Miss" if sex == "F" else "Master"
        elif sex == "F":
            person.honorific = rng.choice(
                ("Mrs", "Mrs", "Miss", "Ms") if who == "p" and self.style.old else ("Ms", "Mrs")
            )
        else:
            person.honorific = "Mr"
        return person

    def fresh(self) -> Person:
        return self._person("x", self.rng.choice("FM"))

    # -- values --------------------------------------------------------------------------------

    def date_text(self, day: date, *, year: bool) -> str:
        if not year:
            return _fmt(day, self.rng.choice(DAY_SHAPES))
        if self.rng.random() < 0.15:
            return _fmt(day, self.rng.choice(YEAR_SHAPES))
        return _fmt(day, self.habit)

    def stamp(self) -> list[Token]:
        # The clock time of a log line is not listed as a negative: every line has one, and the
        # times the templates write in are listed instead.
        self.clock += self.rng.randint(*self.style.step)
        day = date.fromordinal(self.clock // 1440)
        clock = f"{self.clock % 1440 // 60:02d}:{self.clock % 60 // 5 * 5:02d}"
        kind = self.style.stamp
        if kind == "csv_iso":
            return [(day.isoformat(), "DATE", None), (",", None, None), (clock, None, None)]
        if kind == "csv_uk":
            return [(f"{day:%d/%m/%Y}", "DATE", None), (",", None, None), (clock, None, None)]
        if kind == "table":
            shape = ("dmy", "dot", "abbr", "compact")[self.day0.toordinal() % 4]
            return [(_fmt(day, shape), "DATE", None), (" | ", None, None), (clock, None, None)]
        if kind == "bracket":
            return [(f"{day:%d/%m/%Y}", "DATE", None), (" ", None, None), (clock, None, None)]
        return [(_fmt(day, "n_wd_dm"), "DATE", None), (" ", None, None), (clock, None, None)]

    def age_tokens(self, before: str, after: str) -> list[Token]:
        number = str(self.age)
        bare = before.endswith(("aged ", "age ", "Age ", "Aged ")) or after.startswith(" year")
        if self.age <= 89:
            suffix = "" if bare else self.age_suffix
            return [(number, "NEG", None), (suffix, None, None)]
        if self.age_in_words:
            suffix = "" if bare else " years old"
            return [(_words(self.age), "AGE", None), (suffix, None, None)]
        suffix = "" if bare else self.age_suffix
        return [(number, "AGE", None), (suffix, None, None)]

    def address(self, kind: str) -> list[Token]:
        rng = self.rng
        if kind == "addrb":
            return [
                (f"{self.line}\n{self.locality}\n{self.town}", "ADDRESS", None),
                ("\n", None, None),
                (self.postcode, "POSTCODE", None),
            ]
        if kind == "addr2":
            line = f"{rng.randint(1, 140)} {rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
            if line == self.line.removeprefix("Flat ").split(", ")[-1]:
                line = f"{int(line.split(' ')[0]) + 2} {line.split(' ', 1)[1]}"
            town = self.town if rng.random() < 0.7 else f"{self.locality}, {self.town}"
            return [(f"{line}, {town}", "ADDRESS", None)]
        shape = rng.randrange(5)
        if shape == 0:
            text, sep, code = f"{self.line}, {self.locality}, {self.town}", ", ", self.postcode
        elif shape == 1:
            text, sep, code = (
                f"{self.line}, {self.locality}, {self.town}".upper(),
                ", ",
                self.postcode,
            )
        elif shape == 2:
            text, sep, code = (
                f"{self.line} {self.locality} {self.town}".replace(",", ""),
                " ",
                self.postcode.replace(" ", ""),
            )
        elif shape == 3:
            text, sep, code = f"{self.line}, {self.town}", " ", self.postcode.lower()
        else:
            text, sep, code = f"{self.line}, {self.locality}, {self.town}", " ", self.postcode
        return [(text, "ADDRESS", None), (sep, None, None), (code, "POSTCODE", None)]

    def ref(self, pattern: str) -> str:
        year = self.day0.year
        out = pattern.replace("YYYY", str(year)).replace("YY", str(year)[2:])
        return re.sub(r"#", lambda _: str(self.rng.randint(0, 9)), out)

    def person_tokens(self, person: Person, form: str) -> list[Token]:
        meta = {"names": person.names, "in_record": person.in_record}
        dot = "." if self.dots and person.honorific not in ("Miss", "Master") else ""
        first, last = person.first, person.last
        if form == "email":
            local = f"{_ascii(first)}.{_ascii(last)}"
            return [(f"{local}@{self.mail}", "EMAIL", None)]
        if form == "poss":
            return [(first, "PERSON", meta), ("'s", None, None)]
        if form == "init":
            letters = [w[0] for w in re.split(r"[\s-]+", person.full) if w and w != "binti"]
            plain = "".join(letters).upper()
            if (
                plain in CLINICAL_INITIALS
                or not re.fullmatch(r"[A-Z]{2,4}", plain)
                or self.used_initials.setdefault(plain, id(person)) != id(person)
            ):
                form = "initl"
            else:
                text = ".".join(plain) + "." if self.init_dots else plain
                return [(text, "PERSON", meta)]
        text = {
            "full": person.full,
            "first": first,
            "last": last,
            "title": f"{person.honorific}{dot} {last}",
            "dr": f"{person.honorific}{dot} {last}",
            "tfull": f"{person.honorific}{dot} {person.full}",
            "initl": f"{first[0]}. {last}",
            "caps": f"{last.upper()}, {first}",
            "upper": person.full.upper(),
            "lower": person.full.lower(),
            "nick": NICKNAMES.get(first, (first,))[0],
        }[form]
        return [(text, "PERSON", meta)]

    used_initials: dict[str, int]  # initials written so far, and whose they are

    def slot(self, name: str, form: str | None, before: str, after: str) -> list[Token]:
        if form is not None:
            if name == "x":
                return self.person_tokens(self.fresh(), form)
            return self.person_tokens(self.people[re.sub(r"[fm]$", "", name)], form)
        rng = self.rng
        if name == "date":
            return [(self.date_text(self.day0, year=True), "DATE", None)]
        if name == "day":
            return [(self.date_text(self.day0, year=False), "DATE", None)]
        if name == "next":
            nxt = self.day0 + timedelta(days=1)
            return [(self.date_text(nxt, year=rng.random() < 0.5), "DATE", None)]
        if name == "ldate":
            return [(self.date_text(self.later, year=True), "DATE", None)]
        if name == "dob":
            return [(_fmt(self.dob, rng.choice(DOB_SHAPES)), "DATE", None)]
        if name == "age":
            return self.age_tokens(before, after)
        if name == "nhs":
            return [(_nhs_layout(self.nhs, rng), "NHS_NUMBER", None)]
        if name == "hosp":
            return [(self.hosp, "HOSPITAL_NUMBER", None)]
        if name in ("addr", "addrb", "addr2"):
            return self.address(name)
        if name in ("ward", "ward2"):
            return [(self.wards[name == "ward2"], "LOCATION", None)]
        if name == "home":
            return [(self.home, "LOCATION", None)]
        if name == "street":
            return [(f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}", "LOCATION", None)]
        if name in ("hospital", "hospital2", "trust", "gp", "council", "prov"):
            return [(getattr(self, name), "ORGANISATION", None)]
        if name in ("ref", "ref2"):
            return [(self.ref(self.style.refs[name == "ref2"]), "ID", None)]
        if name == "phone":
            return [(_landline(rng, self.code), "PHONE", None)]
        if name == "mob":
            return [(_mobile(rng), "PHONE", None)]
        if name == "email":
            team = rng.choice(("patientsafety", "pals", "safeguarding.team", "governance"))
            return [(f"{_ascii(self.town).replace('-', '')}.{team}@{self.mail}", "EMAIL", None)]
        if name == "email2":
            r = self.people["r"]
            local = rng.choice(
                (f"{_ascii(r.first)}.{_ascii(r.last)}", f"{_ascii(r.first)}{rng.randint(1, 99)}")
            )
            return [(f"{local}@{rng.choice(MAIL_HOSTS)}", "EMAIL", None)]
        if name == "url":
            path = rng.choice(("/feedback", "/patient-advice", "/complaints", "/contact-us", ""))
            scheme = rng.choice(("", "https://"))
            return [(f"{scheme}{self.web}{path}", "URL", None)]
        if name == "rel":
            return [(self.rel, None, None)]
        if name in ("time", "time2"):
            minutes = getattr(self, name)
            return [(f"{minutes // 60:02d}:{minutes % 60:02d}", "NEG", None)]
        if name == "stamp":
            return [("", "STAMP", None)]
        if name == "text":  # pragma: no cover - filled before rendering
            raise KeyError(name)
        raise KeyError(name)

    def render(self, sentence: str) -> list[Token]:
        tokens: list[Token] = []
        position = 0
        for match in _TOKEN.finditer(sentence):
            before = sentence[position : match.start()]
            tokens.append((before, None, None))
            if match.group(3):
                tokens.append((match.group(3), "NEG", None))
            else:
                after = sentence[match.end() :]
                tokens += self.slot(match.group(1), match.group(2), before, after)
            position = match.end()
        tokens.append((sentence[position:], None, None))
        return tokens


def _phase(sentence: str) -> int:
    found = [_PHASE[s] for s in re.findall(r"\{(date|day|next|ldate)\}", sentence)]
    return max(found) if found else -1


def _count(tokens: list[Token]) -> int:
    stamps = sum(label == "STAMP" for _, label, _ in tokens)  # a stamp is written as ~2 words
    return len("".join(t for t, _, _ in tokens).split()) + 2 * stamps


def _target(rng: random.Random, register: str) -> int:
    mean, sd, low, high = {
        "prose": (308, 28, 250, 370),
        "lines": (292, 24, 240, 345),
        "letter": (290, 24, 240, 340),
    }[register]
    return int(min(max(rng.gauss(mean, sd), low), high))


def _build(rng: random.Random, number: int, style: Style) -> tuple[Example, list[tuple[int, int]]]:
    sentences = [*style.headers, *style.core, *style.extras, *style.endings]
    case = _Case(rng, style, sentences)
    case.used_initials = {}
    target = _target(rng, style.register)
    lines = style.register == "lines"

    head = [case.render(s) for s in style.headers]
    core = [(s, case.render(s)) for s in style.core]
    ends = [case.render(s) for s in style.endings]
    words = sum(map(_count, head)) + sum(_count(t) for _, t in core) + sum(map(_count, ends))

    body = list(core)
    extras = list(style.extras)
    rng.shuffle(extras)
    for sentence in extras:
        tokens = case.render(sentence)
        if words + _count(tokens) > target + 12:
            continue
        phase = _phase(sentence)
        allowed = [
            i
            for i in range(style.extras_after, len(body) + 1)
            if phase < 0
            or (
                all(_phase(s) <= phase for s, _ in body[:i])
                and all(_phase(s) < 0 or _phase(s) >= phase for s, _ in body[i:])
            )
        ]
        if not allowed:
            continue
        body.insert(rng.choice(allowed), (sentence, tokens))
        words += _count(tokens)
    pool = list(_shared(style))
    rng.shuffle(pool)
    while words < target - 8 and pool:
        text = pool.pop()
        sentence = style.topup.replace("{text}", text) if lines else text
        tokens = case.render(sentence)
        body.insert(rng.randint(style.extras_after, len(body)), (sentence, tokens))
        words += _count(tokens)

    # Assemble: stamps are written in the order the lines come, so they never run backwards.
    parts: list[Token] = []
    if style.register == "prose":
        joined = [*[(t, "\n") for t in head], *[(t, " ") for _, t in body]]
        joined[-1] = (joined[-1][0], "\n\n")
        joined += [(t, "\n\n") for t in ends]
    elif lines:
        joined = [(t, "\n") for t in [*head, *[t for _, t in body], *ends]]
    else:
        joined = [(t, "\n\n") for t in head]
        for index, (_, tokens) in enumerate(body):
            brk = "\n\n" if index % 3 == 2 or index == len(body) - 1 else " "
            joined.append((tokens, brk))
        joined += [(t, "\n\n") for t in ends]
    for tokens, sep in joined:
        for token in tokens:
            parts += case.stamp() if token[1] == "STAMP" else [token]
        parts.append((sep, None, None))

    text, gold, negatives = "", [], []
    for value, label, meta in parts:
        if label == "NEG":
            negatives.append((len(text), len(text) + len(value)))
        elif label is not None:
            gold.append(GoldSpan(len(text), len(text) + len(value), label, **(meta or {})))
        text += value
    stripped = text.rstrip()
    example_ = Example(
        id=f"{PREFIX}-{number:06d}",
        text=stripped,
        known=case.known,
        gold=tuple(gold),
        kind=style.name,
    )
    return example_, negatives


def example(rng: random.Random, number: int, style: Style | None = None) -> Example:
    return _build(rng, number, style or rng.choice(STYLES))[0]


def generate_with_negatives(count: int, seed: int = 1):
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _build(rng, number, deck.pop())


def generate(count: int, seed: int = 1):
    for example_, _ in generate_with_negatives(count, seed):
        yield example_


# ---------------------------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------------------------

NIGHT = (22, 23, 0, 1, 2, 3, 4)

SHARED = (
    "Staff interviewed afterwards said the ward was two registered nurses short that shift and that the <<4AT of 6>> recorded earlier had not been repeated.",
    "The electronic record showed the falls care plan had last been reviewed five weeks before, although the <<Morse score of 65>> was unchanged.",
    "Nobody disputed that the family had raised concerns more than once; what was missing was a clear owner for them.",
    "The investigator listened to the handover recording and found that the plan was discussed in under a minute, between two other patients on <<bed 14>> and <<bed 7>>.",
    "A learning response was preferred to a root cause analysis because the same gap had been seen in two earlier incidents this year, as <<SOP 14>> now recommends.",
    "It was noted that the local guidance still referred to <<policy MM-017>>, which had been withdrawn, and that the newer version was hard to find on the intranet.",
    "Bank and agency staff said they had not been shown where the escalation flowchart was kept, and one thought it still said to phone the <<Duty Doctor>> on a bleep that no longer exists.",
    "The patient's own words, recorded by the nurse at the time, were that nobody had explained what was happening or why.",
    "No harm from the delay itself could be shown, but the experience for the patient and family was poor and an apology has been given under the duty of candour.",
    "The observations chart was complete for most of the period, apart from a gap of about <<48 hours>> in the recording of fluid balance.",
    "A similar event was reported in the same area last winter; the actions from that review had been agreed but only half had been completed.",
    "Ward leaders have since added the issue to the safety huddle, and <<Matron>> checks it on her weekly walk-round.",
    "The patient safety specialist agreed that this should be shared at the next learning forum without names.",
    "Where times in the notes disagree, the times from the electronic observations system have been used, as they are stamped automatically.",
)
SHARED_LINES = (
    "checked against the paper copy, no differences found",
    "phoned, no answer, message left to call back",
    "entry added late, see the note above",
    "IT ticket raised, <<release 7.3>> still showing the old screen",
    "<<Site Manager>> informed by phone",
    "handover given to the next shift in person",
    "reminder sent to the team by e-mail",
    "supervisor aware, no further action at this point",
    "copy of the record printed for the file",
    "screen frozen for <<ten minutes>>, entries made on paper meanwhile",
    "second person checked the entry, <<SOP 14>> followed",
    "query logged for the manager, <<policy MM-017>> referred to",
    "no change, next check as planned",
    "login problem sorted, <<v4.2>> restarted",
    "<<Matron>> asked for a copy of the entries so far",
)


def _prose_styles(style):
    return [
        style(
            "swallowed_magnets_bowel_perforation_review",
            "prose",
            "emergency department and paediatric review, a child who swallowed small magnets sent home from the first attendance and back two days later with a perforated bowel (child)",
            [
                "Patient safety incident investigation {ref}: swallowed magnets not identified on first attendance",
                "Child: {p.tfull} ({p.upper}), DOB {dob}, NHS {nhs}, hospital number {hosp}.",
            ],
            [
                "{p.first}, aged {age}, was brought to the children's emergency department at {hospital} at {time} on {date} by {p.poss} {rel}, {r.full}, who said {p.first} had swallowed 'some little silver balls', each about <<5 mm>> across, from a desk toy belonging to an older cousin.",
                "The triage nurse, {o1f.full}, recorded a <<PEWS of 4>> and a soft abdomen; the single abdominal film was reported by the registrar as showing 'one round radio-opaque object, likely to pass', and the child was discharged with advice to check nappies and return if vomiting.",
                "Nobody counted the beads on the film, and nobody asked how many were missing from the toy; the family later found that eleven of the set of two hundred had gone, and the <<Bristol stool chart>> leaflet they were given did not mention magnets at all.",
                "On {next} {p.nick} began to vomit green fluid and {r.first} phoned <<NHS 111>> from the car park of {gp}; at the second attendance a new film showed a ring of beads stuck together across loops of bowel, and {p.first} went to theatre at {hospital2} the same night.",
                "The surgeon, {d.dr}, found two small perforations and a short length of damaged bowel, which was repaired; {p.first} spent <<five days>> on {ward} and has recovered well.",
            ],
            [
                "The national alert about high-powered magnets was on the department's noticeboard, but the registrar on duty, {o2m.full}, had started that week from another region and said he had never seen it, although it was issued by <<the MHRA>> and <<the CQC>> had asked about it on a visit.",
                "The discharge letter sent to {gp} spelt the child's surname as '{p.lower}' and gave an old address, {addr2}, so it did not reach the practice for <<five days>>.",
                "{rf.first} told the investigator that she had asked whether a second x-ray was needed and had been told it would mean 'unnecessary radiation for a <<2 cm>> bead'.",
                "The department's guideline on swallowed foreign bodies, <<template v9>>, covers button batteries in detail but gives magnets a single line.",
                "The family's health visitor, {o3f.initl}, was not told about either attendance until {p.poss} {rel} mentioned it at a routine visit <<two days>> later.",
            ],
            [
                "Actions: the guideline will be rewritten with a magnet pathway, and every film of a swallowed object will be reviewed by a consultant before discharge; the family can contact {o4.full} in the patient safety team on {phone}.",
                "Report completed {ldate} by {o5.full}, lead investigator, with the family's agreement to share it (family contact {email2}).",
            ],
            ("PSII-YYYY-###", "ED####/YY"),
            child=True,
            sex="?F",
        ),
        style(
            "wrong_side_nerve_block_stop_moment_review",
            "prose",
            "theatre review, a regional nerve block given on the wrong side before hip fracture surgery in a very old woman when the stop moment was skipped (old)",
            [
                "Never event review {ref}: wrong-side nerve block, main theatres, {hospital}",
                "Patient {p.caps}, {age}, hospital number {hosp}, NHS number {nhs}, admitted from {home}.",
            ],
            [
                "{p.tfull} was admitted on {date} with a left hip fracture after a fall at {home}, where she had lived for three years; she had <<Lewy body dementia>> and a <<Clinical Frailty Scale of 7>>, and her {rel}, {r.tfull}, held lasting power of attorney for health.",
                "She was first on the trauma list the following morning, and the anaesthetist, {d.dr}, planned a fascia iliaca block in the anaesthetic room before she went through; the arrow on her left thigh had been drawn by the surgical registrar at {time} and was partly covered by the <<Bair Hugger>> blanket.",
                "The operating department practitioner, {s1.full}, was called away to the next patient, and the 'stop before you block' check was not done aloud; the block, <<30 mg>> of levobupivacaine, was given on the right side.",
                "The error was noticed by {s2.first}, the scrub nurse, when the blanket was lifted for positioning; {d.title} stopped, told the surgeon, {o1m.full}, and the block was repeated on the correct side within the safe dose of <<levobupivacaine>>.",
                "There was no lasting harm; {p.title} had surgery and went back to {ward} that afternoon, and {p.poss} {rel} was told the same day by {d.title} and the consultant in a meeting on the ward, under <<the duty of candour>>.",
            ],
            [
                "The theatre team had done the WHO sign-in correctly; the separate block check had been added to the local procedure, <<SOP 14>>, only two months before and was not yet on the laminated card on the wall.",
                "{s1f.first} told the reviewer that she had been the only practitioner covering two anaesthetic rooms since <<06:30>>, as a colleague, {o2f.full}, was off sick.",
                "The care home manager, {o3.full}, said the home had been asked to send her hearing aids with her and had done so, but they were found in the bag of clothes after surgery, with her <<rollator>> label still on the handle.",
                "The patient's {rel} asked that the review note that her mother had been anxious and was given <<2.5 mg>> of morphine shortly before, which made checking with her harder.",
                "Similar events were found in national reports from <<NHS England>> and the review team read them before writing actions.",
            ],
            [
                "Actions: the block check will be spoken aloud and recorded on the theatre system, and a second practitioner will be present for every block; this review was signed off on {ldate} by {o4.full}, clinical director.",
                "Enquiries to the patient safety team on {phone} or {email}; the trust's learning from never events is published at {url}.",
            ],
            ("NE-YYYY-##", "TH/####"),
            old=True,
            sex="F?",
        ),
        style(
            "eye_drops_wrong_eye_after_cataract_review",
            "prose",
            "community and home care review, steroid and antibiotic drops put in the wrong eye for a week after cataract surgery by agency carers working from an unclear chart (old, provider)",
            [
                "Incident review {ref}: post-operative eye drops given to the wrong eye at home",
                "{p.upper}, {age}, of {addr}; GP {gp}; care provider {prov}.",
            ],
            [
                "{p.tfull} had right cataract surgery at {hospital2} on {date} and went home the same afternoon with <<Maxitrol>> drops four times a day and <<chloramphenicol>> at night, to be given by carers from {prov} who visited four times a day.",
                "The eye unit's discharge sheet said 'R eye' in small print under the drug names, but the medicines administration chart the agency wrote up that evening said 'eye drops to affected eye' with no side given; his left eye had <<Bell's palsy>> weakness of the lid from years before and looked the sorer of the two.",
                "From the first visit on {next}, the carers put both drops into his left eye, and the district nurse, {s1f.full}, who called <<two days>> later to check the wound dressing on his leg, did not look at the eye chart, as it was not on her task list.",
                "At the one-week check the nurse at the eye clinic, {o1f.initl}, found the right eye red and the pressure raised at <<38 mmHg>>; the left eye had received a week of steroid it did not need, and the right none.",
                "Mr {p.last} was treated with drops in clinic and his sight has settled, though he needed two extra visits and <<dexamethasone>> drops for <<six weeks>>; his {rel}, {r.full}, who lives nearby at {addr2}, raised the complaint by telephone on {phone}.",
            ],
            [
                "The agency's care coordinator, {o2.full}, said their system, <<release 7.3>>, had a drop-down for eye drops that defaulted to 'both eyes', and that the carer had changed it to 'affected'.",
                "Three different carers gave the drops over the week; one, {o3m.nick}, said he had wondered why the right eye had a shield on it but assumed the <<Sister>> at the eye unit had checked.",
                "The eye unit sends a printed diagram with most patients, but it was not in the discharge bag that day because the printer in the day unit had run out of <<template v9>> forms.",
                "{p.poss} {rel} visits at weekends and had noticed the left eye was watering, which she put down to his <<Bell's palsy>>.",
                "The GP practice received the discharge summary by e-mail to a shared inbox and it was filed without a task, which is the usual practice for cataract letters under <<SOP 14>>.",
            ],
            [
                "Actions: the eye unit will mark the side in words and on a diagram, and {prov} will remove the 'affected' option from its chart; contact {o4.full}, {email}.",
                "Signed off {ldate} by {o5f.full}, head of patient safety, {trust}.",
            ],
            ("CI/YYYY/####", "HC-#####"),
            old=True,
            provider=True,
            sex="M?",
        ),
        style(
            "adder_bite_antivenom_delay_review",
            "prose",
            "emergency department review, a walker bitten by an adder whose antivenom took hours to arrive because the stock list was out of date",
            [
                "Clinical incident review {ref}: delay in antivenom after an adder bite",
                "Patient {p.full}, hospital no. {hosp}, NHS no. {nhs}, DOB {dob}.",
            ],
            [
                "{p.full}, {age}, was walking with a friend on heathland near {street} on {date} when she was bitten on the ankle by an adder she had stepped over; her friend, {o1f.full}, called 999 at {time}, and the call was triaged through <<NHS 111>> questions first.",
                "The crew from the ambulance service arrived forty minutes later, marked the edge of the swelling with a pen, and brought her to {hospital}, where she was seen quickly and put in <<Resus 2>> when her blood pressure fell.",
                "The emergency physician, {d.dr}, decided she needed antivenom, but the pharmacy stock list on the intranet showed <<ViperaTAb>> held in the emergency drug cupboard, and it was not there; it had been moved to {hospital2} in a regional stock review the previous spring.",
                "In the end <<two vials>> were sent by taxi and arrived at {time2}; by then the swelling had spread above her knee, and she was given the antivenom in the department with adrenaline drawn up beside her, and admitted to {ward}.",
                "She went home on {next} and was left with a stiff ankle for some weeks; she and her partner, {r.full}, have met the department's lead nurse, {s1.full}, and had the delay explained, including the <<48 hours>> of observation that followed.",
            ],
            [
                "The toxicology service, <<TOXBASE>>, was consulted at once and its advice was followed; the delay was only in finding the stock.",
                "The on-call pharmacist, {o2m.full}, said he had been told of the move by e-mail but the intranet list, last edited under <<version 3.1>>, had never been changed.",
                "Her friend told the investigator that the call handler had asked whether the snake was 'a grass snake or similar', and that she had sent a photograph to {p.poss} {rel} at {mob} <<ten minutes>> later.",
                "Adder bites are rare locally, with one or two a year, and the last was <<eighteen months>> before.",
                "A nurse, {o3.initl}, kept a timed chart of the swelling every <<twenty minutes>>, which the toxicologist later praised.",
            ],
            [
                "Actions: a single regional list of antivenom stock will be kept by pharmacy and linked from the emergency department front page. Review closed {ldate}.",
                "Author: {o4.full}, patient safety lead, {trust}; the family's questions were answered by letter sent to {addr}.",
            ],
            ("IR-YYYY-#####", "AV/##"),
            sex="F?",
            hours=tuple(range(10, 19)),
        ),
        style(
            "festival_medical_tent_overdose_handover_review",
            "prose",
            "joint review with an event medical company, a young man treated in a festival medical tent after taking unknown pills whose handover to the hospital was lost (provider)",
            [
                "Joint review {ref} ({prov} reference {ref2}): lost handover from a festival medical tent",
                "Patient: {p.full}, {age}, address given as {addr}.",
            ],
            [
                "{p.first} was brought to the main medical tent run by {prov} at {time} on {date}, on the second night of a music festival on farmland outside the town, by two friends who said he had taken 'two of the pink ones' and had been dancing for hours; a <<pulse oximeter>> read normal.",
                "The event doctor, {df.dr}, found him agitated and hot, with a temperature of <<37.9°C>> and a fast pulse; she gave <<10 mg>> of diazepam and cooled him, and he settled enough to be discharged back to his tent with his friends at {time2}.",
                "The tent's paper record, written by the nurse {s1.full}, noted the pills and the temperature, but the copy meant for the hospital was put in the box for the morning courier, and the event ambulance log, <<version 3.1>>, has no entry for him at all.",
                "He was brought into {hospital} by a land ambulance early on {next} with a temperature of <<39.8°C>> and seizures; the emergency team, without the tent's notes, treated him for meningitis first, and he spent <<72 hours>> in intensive care before recovering.",
                "His mother, {r.full}, of {addr2}, found the tent record in his bag when she collected his clothes and brought it to the ward, which is how the review learned of the first attendance <<two days>> after it.",
            ],
            [
                "The company's clinical lead, {o1f.full}, said its standard was to phone every handover of a patient who had taken drugs, but the only working phone that night was the event control radio in <<room 3>> of the site cabin.",
                "{p.poss} friends, one of whom gave his name only as {o2m.first}, said they had been told to bring him back 'if he got weird again', which they did not know how to judge; nobody explained <<NEWS2 of 3>> or what 'weird' meant.",
                "The festival licence required the medical plan to be agreed with the local safety advisory group, and the plan named a <<Site Manager>> for handovers who was not on site that night.",
                "The emergency department had no way of knowing a festival was on; the ambulance service's warning e-mail had gone to an old departmental address listed in <<policy MM-017>>.",
                "Test strips for drug checking were available at the welfare tent run by <<the Red Cross>>, but were not offered to him.",
            ],
            [
                "Actions: a shared handover sheet and a direct number for the department, {phone}, for all future events, agreed with {prov} and the council's licensing team.",
                "Closed on {ldate}; review led by {o3.full} for the trust and {o4.full} for the company.",
            ],
            ("FEST-YY-###", "TEM/####"),
            provider=True,
            sex="MF",
            hours=(20, 21, 22, 23),
            ages=(18, 26),
        ),
        style(
            "handcuffed_prisoner_fall_on_ward_review",
            "prose",
            "acute ward review, a prisoner under escort who fell in a bathroom while handcuffed to an officer and hit his head, and the delay in a scan",
            [
                "Incident review {ref}: fall of an escorted prisoner on {ward}",
                "{p.caps} (prison number withheld), hospital number {hosp}, NHS {nhs}, {age}.",
            ],
            [
                "{p.title} was admitted from prison on {date} with a chest infection and was kept in a side room on {ward}, handcuffed to one of two escorting officers at all times under the risk assessment of <<HM Prison and Probation Service>>.",
                "At {time} he asked to use the bathroom; the officer, {o1m.full}, went in with him on a long chain, as the assessment allowed, and he slipped on the wet floor, pulling the officer over, and struck his head on the sink in <<side room 2>>.",
                "The nurse in charge, {s1f.full}, heard the noise and found him on the floor with a cut above his eye; she asked for the cuffs to be removed to examine him, and the officers phoned their control room, which took <<twenty minutes>> to agree.",
                "He was seen by the ward doctor, {d.dr}, who found a <<Glasgow Coma Scale>> of 15 and did not request a scan, although he was on <<heparin>> prophylaxis; the Canadian head rule was not used because he was on a medical ward.",
                "By the next morning, {next}, he was drowsy and vomiting; a CT scan showed a small bleed, treated without surgery at {hospital2}, and he returned to prison after <<five days>>.",
            ],
            [
                "The officers' own log, seen by the reviewer, recorded the fall at the same minute as the ward, and noted that the <<Sara Stedy>> had been offered and refused.",
                "The ward had not nursed a prisoner before, and the nurse said she did not know whether {d.title} could insist on the cuffs coming off under <<the Mental Capacity Act>>.",
                "The anticoagulant was a standard <<5,000 units>> dose and had been given that evening; the national guidance on head injury in people taking anticoagulants was not followed.",
                "His partner, {r.full}, was not told of the fall until two days later, as the prison holds the contact details and the ward was told not to phone family for security reasons, which <<Matron>> questioned.",
                "A healthcare manager at the prison, {o2f.full}, said the escort risk assessment was completed on the day and would normally allow cuffs to be removed for a clinical emergency, as <<SOP 14>> sets out.",
            ],
            [
                "Actions: a short guide for wards caring for people in custody, agreed with {o3.full} at {hospital}, and a head injury check in the falls bundle for anyone on anticoagulants. Completed {ldate}.",
                "Questions to the patient safety team, {email}, quoting {ref}.",
            ],
            ("W#####", "CUS/YY/###"),
            sex="M?",
        ),
        style(
            "covid_outbreak_bay_cohorting_death_sjr",
            "prose",
            "structured judgement review of the death of a very old woman who caught COVID-19 in a bay where a positive patient was not moved out for a day (old)",
            [
                "Structured judgement review {ref}: {p.full}",
                "Age {age}; NHS number {nhs}; died on {ward}; reviewer {o1.full}.",
            ],
            [
                "Phase of care: admission. {p.tfull} was admitted on {date} from her home at {addr} with a urinary infection and a <<Clinical Frailty Scale of 7>>; she was treated with antibiotics and was improving, and plans were made for her to go home with her {rel}, {r.full}.",
                "Phase of care: the ward. On {next} the woman in the next bed, {o2f.full}, tested positive for COVID-19 on a routine screen in <<Bay 3>>; the result was on the system by early afternoon but the bay was not closed and she was not moved to a side room until the following evening, as none was free.",
                "Care in this phase was judged poor: the <<IPC-04>> procedure asks for the bay to be closed at once, and the infection prevention nurse, {s1.full}, was not told until the morning after.",
                "Phase of care: the last days. {p.title} tested positive five days later, became breathless, and was given <<Paxlovid>> after a discussion with the ward pharmacist, {s2.full}; she deteriorated with a <<NEWS2 of 7>> and a decision was made with the family that she would not go to intensive care.",
                "She died peacefully, with her {rel} present and <<the Chaplain>> having visited, on {ldate}; the review judged end-of-life care good and overall care poor, on the strength of the infection control phase.",
            ],
            [
                "The bed manager that night, {o3.full}, said eleven patients were waiting for side rooms and there was no way to tell which were most urgent on <<release 7.3>> of the bed system.",
                "Staff in the bay had masks but were not wearing them for all contact, as the outbreak level had been stepped down the week before under <<UKHSA>> advice.",
                "{p.poss} {rel} said the family had been asked to visit one at a time but were not told why, and one of them later tested positive too, <<two days>> after visiting.",
                "The consultant, {d.dr}, wrote a clear ceiling of care note, prescribed <<diamorphine>> for breathlessness and spoke to the family, which they said they valued.",
                "The death certificate was completed promptly and the medical examiner, {o4.full}, referred the case for this review because of the hospital-acquired infection, as <<NHS England>> guidance asks.",
            ],
            [
                "Overall care score 2 (poor). Recommendations: an automatic alert from the laboratory to the nurse in charge and infection prevention team for any positive result in a bay.",
                "Reviewed at the next mortality group; contact {o5.full}, {email}, with any questions, or see {url} for how reviews work.",
            ],
            ("SJR-YYYY-###", "MOR/####"),
            old=True,
            sex="F?",
            extras_after=5,
        ),
        style(
            "hoarded_flat_fire_district_nurse_review",
            "prose",
            "community review, a fire in the hoarded flat of a very old man who smoked, after district nurses had raised the fire risk and the referral went nowhere (old)",
            [
                "Community services review {ref}: house fire after a fire safety referral was not actioned",
                "Patient {p.full}, DOB {dob}, of {addr}; GP {gp}.",
            ],
            [
                "{p.tfull}, {age}, lived alone in a ground-floor flat and had been visited twice a week by the district nursing team for some months for leg ulcers; the nurses had recorded that the flat was 'very cluttered' and that he smoked in his armchair beside a <<pendant alarm>> he never wore.",
                "On {date} the district nurse, {s1f.full}, measured the ulcer at <<2 cm>> deep and also noted burn marks on the arm of the chair and newspapers stacked by the gas fire; she completed a referral for a home fire safety visit on the form used by the team.",
                "The form was sent to an e-mail address for the fire service that had been closed the year before, and the bounce-back went to a shared inbox that nobody checked for <<six months>>; {council} was not told either, as the team thought the fire service would share it.",
                "At {time} on {ldate} a neighbour, {o1f.full}, saw smoke from his window and called 999; he was rescued by firefighters and taken to {hospital} with burns to his hands and smoke inhalation, <<SpO2 88%>> on air, and was later moved to {hospital2}.",
                "He survived, but cannot return to the flat, and now lives in a nursing home with an <<Admiral Nurse>> visiting; his {rel}, {r.full}, asked for the review after learning of the referral from a nurse's remark.",
            ],
            [
                "The team's caseload was high, with one nurse, {o2.full}, covering two areas; the <<Waterlow of 22>> and the ulcer care were done well.",
                "{p.title} had <<Parkinson's disease>> and a tremor, which the nurses noted made holding a cigarette unsafe, but nobody spoke to him about fire risk directly.",
                "The council's adult social care team, contacted by the reviewer, had an older safeguarding concern about self-neglect from {addr2}, his previous address, closed without a visit <<three years>> earlier.",
                "Under <<the Care Act 2014>>, self-neglect can be raised as a safeguarding concern, and the team's lead, {o3m.full}, said they had not thought of it in that way.",
                "The fire service has since confirmed that its referral form is online, and <<Age UK>> has offered a befriender.",
            ],
            [
                "Actions: referral addresses will be checked every quarter, and any bounce-back will go to the team lead; the team will complete safeguarding training on hoarding. Signed off by {o4.full}.",
                "For the family: contact {o5.full} on {phone}.",
            ],
            ("CR-YYYY-###", "DN/#####"),
            old=True,
            sex="M?",
        ),
        style(
            "lasting_power_of_attorney_treatment_dispute_review",
            "prose",
            "acute review, a feeding tube placed in a very old woman with advanced dementia without checking the lasting power of attorney her daughter held (old)",
            [
                "Learning review {ref}: treatment decision without consulting the attorney",
                "{p.tfull}, {age}, {ward}, hospital number {hosp}.",
            ],
            [
                "{p.title} was admitted on {date} from {home} with pneumonia after aspiration; she had advanced <<Lewy body dementia>>, could no longer swallow safely, and her daughter, {r.full}, held a registered lasting power of attorney for health and welfare.",
                "The copy of the power of attorney had been brought in by the care home and scanned into the record, but it was filed under 'correspondence', and the admission clerking on <<template v9>> said 'no LPA'.",
                "On {next} the medical team, led by {d.dr}, decided in a best interests meeting under <<the Mental Capacity Act>> to place a nasogastric tube; {p.poss} son, who visited that morning, agreed, and the tube was placed by {s1.full}.",
                "When {r.first} arrived that evening she was distressed: her mother had told the family, years earlier, that she would never want tube feeding, not even for <<72 hours>>, and {r.first} had the legal authority to refuse it on her behalf, which nobody had asked.",
                "The tube was removed after a meeting with the consultant and the ward manager; {p.title} was treated with comfort feeding and went back to {home}, where she died some weeks later with a <<Macmillan nurse>> visiting.",
            ],
            [
                "The best interests record did not name the attorney and said the 'next of kin' was the son, because his was the first number on the electronic record, <<Lorenzo>> screen one.",
                "The attorney's mobile, {mob}, was on the scanned form but had been entered on the system against the care home's <<key safe>> code.",
                "A check of the register held by <<the Office of the Public Guardian>> would have taken a few minutes, the reviewer noted.",
                "The speech and language therapist, {o1f.full}, had advised on risk feeding and her note was clear; <<the Chaplain>> had also visited.",
                "The ward had a new template for best interests decisions, <<template v9>>, which asks about attorneys but was not used that day.",
            ],
            [
                "Actions: a prompt on admission to find and record any lasting power of attorney, and training for the medical teams with the family's permission to use this case. Completed on {ldate} by {o2.full}.",
                "Family liaison: {o3.full}, {phone}.",
            ],
            ("LR-YYYY-##", "PALS ####"),
            old=True,
            sex="FF",
        ),
        style(
            "walking_frame_wrong_height_night_fall_review",
            "prose",
            "ward review, a frail man's fall at night on a walking frame set for someone much taller after a bed move, with a hip fracture (old)",
            [
                "Falls review {ref}: fall with hip fracture, {ward}",
                "Patient {p.caps}; {age}; NHS {nhs}.",
            ],
            [
                "{p.tfull} was moved from {ward2} to {ward} late on {date} to make room for an admission; his own <<Zimmer frame>>, set by the physiotherapist to his height, stayed behind, and a frame from the equipment store was left by his bed.",
                "The borrowed frame had last been used by a much taller patient and its legs were at the highest setting, about <<1.4 m>> to the handles; nobody adjusted it, and the falls care plan, which said he must be walked to the toilet at night, did not move with him to the new ward.",
                "At {time} on the night of {day} he got up alone to use the toilet, leaning forward to reach the high handles, and fell sideways near <<bed 7>>; the healthcare assistant, {s1.full}, found him on the floor complaining of pain in his left hip.",
                "The doctor on call, {d.dr}, examined him and arranged an x-ray, which showed a fractured neck of femur; he had surgery the next day at {hospital} and was slow to recover, with a period of delirium and a <<4AT of 6>>.",
                "His wife, {r.tfull}, said he had been 'as steady as a rock' on his own frame and that the family were not told about the move until they arrived to visit and found his bed empty in <<Bay 3>>.",
            ],
            [
                "The physiotherapist, {o1f.full}, had recorded the frame height in centimetres in the therapy notes, which the night staff could not see on the ward screen, <<v4.2>>.",
                "The <<Morse score of 65>> was recorded on admission but not repeated after the move, as the new ward counted him as 'transferred, not admitted'.",
                "The ward was staffed to its rota that night, with one registered nurse, {o2.full}, for fourteen patients in two bays, with <<Sister>> covering two wards.",
                "Bed moves after <<22:00>> are discouraged by the hospital's patient flow policy, <<policy MM-017>>, unless the <<Site Manager>> agrees and records a reason.",
                "{p.first} had a long history of <<Parkinson's disease>> and took levodopa at set times, which were given on time after the move.",
            ],
            [
                "Actions: a patient's own walking aid will move with them, labelled with their name, and night moves will need a falls handover. Review completed on {ldate} by {o3.full}.",
                "Contact for the family: {o4.full}, {email}, or through the feedback page at {url}.",
            ],
            ("FALL-YYYY-####", "DX#####"),
            old=True,
            sex="MF",
            hours=(23, 0, 1, 2, 3, 4),
        ),
        style(
            "hypothermia_after_night_discharge_review",
            "prose",
            "emergency department review, a man discharged at night in winter without a coat or a way home who was found cold and confused by the road hours later",
            [
                "Patient safety review {ref}: discharge at night without a safe way home",
                "{p.full}, {age}, address on record {addr}.",
            ],
            [
                "{p.full} came to the emergency department at {hospital} by ambulance on the evening of {date} after a fall in the street, smelling of alcohol, with a cut to his scalp that was closed with glue; his <<Glasgow Coma Scale>> was 15 on arrival.",
                "He was judged fit for discharge by the emergency nurse practitioner, {s1.full}, shortly after {time}, and was given his belongings in a bag; his coat, cut off by the ambulance crew on the <<Stryker trolley>>, was not in it.",
                "There was no taxi fund on nights and the department's discharge lounge was closed; he told staff his brother would collect him, but no call was made, and he left on foot in a thin shirt with the temperature below freezing, after a wait of <<24 hours>> in the department.",
                "A delivery driver, {o1m.full}, found him sitting confused by the ring road at about {time2} and called 999; he was brought back to the same department with a core temperature of <<32.6°C>> and was warmed in <<Resus 2>> with a <<Bair Hugger>>.",
                "He recovered and went home on {next} with his brother, {r.full}, who said the family had no idea he had been discharged and would have come at any hour; a <<Headway>> leaflet was in the bag instead.",
            ],
            [
                "The department's discharge checklist, <<template v9>>, asks 'safe to go home? transport?' with a tick box; it was ticked.",
                "The security officer on the door, {o2.full}, said he saw the man leave and thought he was going to the bus stop, though the buses had stopped at <<23:30>>.",
                "The night was busy, with eleven ambulances waiting, and the nurse in charge, {o3f.full}, said she had asked for cubicles to be freed, including <<cubicle 6>>.",
                "{p.first} is known to the homeless outreach team, whose worker, {o4.nick}, said he had been housed for <<six months>> at the address on record.",
                "The duty of candour letter was sent to {addr2}, an old address, and was returned under <<the duty of candour>> process as undelivered.",
            ],
            [
                "Actions: no discharge between midnight and six in the morning without a named person or transport, a coat store in the department and a taxi budget. Review closed on {ldate}; lead {o5.full}.",
                "Contact: patient safety team, {phone}; information for families about reviews is at {url}.",
            ],
            ("PSR/YYYY/###", "EDX-####"),
            sex="MM",
            hours=(21, 22, 23),
        ),
    ]


def _log_styles(style):
    return [
        style(
            "smart_pump_heparin_rate_event_csv",
            "lines",
            "infusion pump event history pasted as CSV into a review, a heparin infusion run at ten times the rate after a decimal point was missed on a reprogram",
            [
                "Pump event history, serial withheld, {ward}, {hospital}; patient {p.caps}, {hosp}, incident {ref}",
                "date,time,user,event,detail",
            ],
            [
                '{stamp},{s1.init},PROGRAM,"<<heparin>> 25,000 units in 50 ml started at 1.8 ml/hr, <<drug library 12b>>, weight 72 kg"',
                '{stamp},{s1.init},CHECK,"second check by {s2.initl}, rate <<1.8 ml/hr>> and bag read back"',
                '{stamp},{o1.init},REPROGRAM,"rate changed to <<18 ml/hr>>, soft limit alert overridden, reason entered: as per APTT"',
                '{stamp},{o2.init},REVIEW,"APTT ratio above 6 reported by lab, pump found at 18 ml/hr, infusion stopped, {d.dr} informed, <<protamine>> prescribed"',
                '{stamp},{o2.init},NOTE,"protamine given as advised by haematology registrar {o3.full}, {p.title} for observation, <<NEWS2 of 3>>"',
            ],
            [
                '{stamp},{s2.init},ALARM,"occlusion downstream, line unkinked, restarted, <<Alaris pump>> in bed space 4"',
                '{stamp},{o4.init},NOTE,"nursing note: {p.first} says the pump beeped a lot in the night and nobody came for <<ten minutes>>"',
                '{stamp},{s1.init},BATTERY,"on battery during transfer to <<side room 2>>, mains reconnected"',
                '{stamp},{o5.init},NOTE,"family ({rel} {r.full}) updated by phone on {mob} and told of the error under <<the duty of candour>>"',
                '{stamp},{o1.init},CHECK,"hourly check signed, rate not compared with chart, <<v4.2>> screen shows rate only"',
            ],
            [
                "export run by medical devices team, {o4.email}, <<firmware 2.8.1>>",
                "notes: times are the pump clock, which was 3 minutes fast against the ward clock",
            ],
            ("DX-YYYY-####", "MD/####"),
            topup='{stamp},{x.init},NOTE,"{text}"',
            stamp="csv_iso",
        ),
        style(
            "bed_management_transfer_history_csv",
            "lines",
            "bed management system transfer history pasted as CSV, a very old man with dementia moved five times in one night and found with a new pressure ulcer (old)",
            [
                "Bed management extract for {p.caps} ({hosp}, NHS {nhs}), requested for complaint {ref}",
                "date,time,from,to,authorised by,comment",
            ],
            [
                '{stamp},ED majors,<<trolley 9>>,bed manager {o1.full},"decision to admit, 4AT done, <<4AT of 6>>"',
                '{stamp},<<trolley 9>>,{ward} <<bay C>>,"{s1.caps}","moved for a red patient, no handover of pressure areas"',
                '{stamp},{ward},{ward2} <<side room 2>>,site manager {o2.initl},"ward needed for surgical overflow"',
                '{stamp},{ward2},discharge lounge <<chair 4>>,{o3.full},"moved to free a bed, patient to sit out in a chair until one is found, <<Waterlow of 22>>"',
                '{stamp},discharge lounge,{ward2} <<bed 14>>,"{s2.caps}","back to ward when a bed came free; heel blister noted by {s2.first}"',
            ],
            [
                '{stamp},{ward2},{ward2},{o4.full},"bay swap for infection control, same ward, <<IPC-04>>"',
                '{stamp},n/a,n/a,{o5.initl},"family ({rel} {r.full}) phoned at {phone}, not told of moves for <<two days>>"',
                '{stamp},{ward2},{ward2},{s1.init},"repositioned, <<Braden of 12>>, mattress changed"',
                '{stamp},n/a,n/a,{d.dr},"reviewed, more confused, <<4AT of 6>> repeated, delirium screen sent"',
                '{stamp},n/a,n/a,{o2.initl},"escalation to <<Silver command>> for capacity, 6 waiting"',
            ],
            [
                "extract run on {ldate} by patient flow team; {o1.email}",
                "comment: times are when the move was entered, not when the patient moved",
            ],
            ("CMP-YYYY-####", "BMS#####"),
            old=True,
            topup='{stamp},n/a,n/a,{x.full},"{text}"',
            stamp="csv_uk",
            hours=(22, 23, 0),
            step=(4, 40),
            extras_after=5,
        ),
        style(
            "endoscope_decontamination_tracking_table",
            "lines",
            "endoscope traceability table pasted into a review, a scope used on a patient before its decontamination cycle had finished",
            [
                "Scope tracking for incident {ref}: endoscopy unit, {hospital}. Patient {p.full}, {hosp}, {age}.",
                "| Date | Time | By | Event |",
            ],
            [
                "| {stamp} | {s1.init} | <<Olympus scope>> GIF-12 returned from list 1, leak test passed, into washer 2 |",
                "| {stamp} | {o1.init} | washer 2 cycle fault, cycle aborted, scope left in washer, fault logged to {o2.full}, <<data logger>> shows stop at stage 3 |",
                "| {stamp} | {s2.init} | scope GIF-12 taken for list 2 room 3 by {s2.first}, tracking sticker from earlier cycle used, <<GIF-12>> not scanned |",
                "| {stamp} | {d.init} | gastroscopy for {p.caps} with GIF-12, {d.dr} endoscopist, <<midazolam>> <<2.5 mg>> |",
                "| {stamp} | {o3.init} | decontamination lead {o3.full} finds aborted cycle on washer screen, scope quarantined, <<SOP 14>> |",
            ],
            [
                "| {stamp} | {o4.init} | patient phoned on {mob}, told of the error, blood tests offered, <<UKHSA>> advice sought |",
                "| {stamp} | {s1.init} | list 2 paused for <<twenty minutes>> while scopes re-checked |",
                "| {stamp} | {o5.init} | {p.poss} {rel} {r.full} asks for a call back on {phone} within <<24 hours>> |",
                "| {stamp} | {o1.init} | washer engineer on site, fault traced to a sensor, <<firmware 2.8.1>> |",
                "| {stamp} | {o2.init} | <<Site Manager>> told; incident {ref2} opened on the risk system |",
            ],
            [
                "Table copied from the tracking system on {ldate} by {o3.email}; initials are the system login.",
                "Note: the patient has since had negative tests at three and six months.",
            ],
            ("ENDO-YYYY-###", "W######"),
            topup="| {stamp} | {x.init} | {text} |",
            stamp="table",
            extras_after=5,
        ),
        style(
            "vaccine_fridge_temperature_log_table",
            "lines",
            "GP practice vaccine fridge temperature log pasted as a table, a fridge left off overnight and a child given vaccines from it the next morning (child)",
            [
                "Vaccine fridge 2, {gp}: temperature log for incident {ref}. Child affected: {p.full}, DOB {dob}, NHS {nhs}.",
                "| Date | Time | Min/Max/Current | Checked by | Comment |",
            ],
            [
                "| {stamp} | 3.1 / 7.2 / 4.4 | {s1.init} | normal, reset, <<8°C>> upper limit on label |",
                "| {stamp} | n/a | {o1.init} | cleaner reports fridge door open and plug out, plug back in, not reported, <<data logger>> beeping |",
                "| {stamp} | 2.9 / 16.8 / 6.0 | {s2.init} | max over limit, reset without action, <<the Green Book>> chapter not checked |",
                "| {stamp} | 6.2 / 6.2 / 6.2 | {s1.init} | {p.first} aged {age} given routine vaccines from fridge 2 by {s1.first}, parent {r.full} present, <<Jext>> plan noted |",
                "| {stamp} | n/a | {o2.init} | practice manager {o2.full} reviews log, fridge quarantined, <<UKHSA>> cold chain advice asked |",
            ],
            [
                "| {stamp} | n/a | {o3.init} | {rel} phoned on {mob} and told, repeat doses offered at <<4 weeks>> |",
                "| {stamp} | 5.0 / 5.8 / 5.4 | {s2.init} | <<data logger>> downloaded, 9 hours above <<8°C>> |",
                "| {stamp} | n/a | {o4.init} | stock destroyed, two vials of <<Jext>> in same fridge also checked |",
                "| {stamp} | n/a | {o5.init} | health visitor {o5.full} told, red book updated by hand, <<UKHSA>> letter to follow |",
                "| {stamp} | 4.1 / 5.2 / 4.8 | {s1.init} | fridge 1 normal, <<SOP 14>> for resets re-read at huddle |",
            ],
            [
                "Copied from the paper log on {ldate}; practice contact {phone}.",
                "Comment from the lead nurse: every out-of-range reading is now reported before the fridge is reset.",
            ],
            ("SEA-YY-##", "GP/####"),
            child=True,
            topup="| {stamp} | n/a | {x.init} | {text} |",
            stamp="table",
            step=(120, 600),
            extras_after=5,
        ),
        style(
            "major_incident_loggist_decision_log",
            "lines",
            "a loggist's decision log from a coach crash major incident pasted into a review, two casualties' identities swapped on arrival and a wrong blood group history used",
            [
                "Decision log, major incident declared, {hospital}. Loggist: {o1.full}. Incident {ref}.",
                "Patient concerned: {p.caps}, later identified; hospital number {hosp}.",
            ],
            [
                "[{stamp}] {o2.full} (<<Silver command>>): major incident declared after coach crash on the bypass, 23 casualties expected, <<Gold command>> at ambulance service HQ",
                "[{stamp}] {o2.first}: casualties to be given major incident numbers and unknown-patient records on arrival, wristbands from the packs, <<SOP 14>>",
                "[{stamp}] {s1.full} (ED nurse in charge): two women from the front seats arrive together, both unconscious, wristbands put on in <<Resus 2>> and cubicle next to it",
                "[{stamp}] {d.dr} (trauma lead): woman in <<Resus 2>> needs blood, group taken from the record of the name given by a fellow passenger",
                "[{stamp}] {s2.full}: passenger list from coach company shows the two women were sitting in each other's booked seats; identities swapped; blood bank told, transfusion stopped, no reaction, <<Gold command>> informed",
            ],
            [
                "[{stamp}] {o3.full} (blood bank): sample labelled with the wrong name, new group and save taken, <<two vials>> of O negative given meanwhile",
                "[{stamp}] {o2.nick}: family reception at the outpatients hall, {o4f.full} leading, families asked for photographs, <<the Red Cross>> helping",
                "[{stamp}] {o4.first}: {p.poss} {rel}, {r.full}, arrives, confirms identity from a tattoo, phone {mob}, <<the Chaplain>> with her",
                "[{stamp}] {o5.lower} (press office): no names to be given out, statement at the hour with <<NHS England>> regional team",
                "[{stamp}] {o2.first}: <<Bronze>> leads report 19 casualties received, 4 to theatre, <<Site Manager>> opening the escalation ward",
            ],
            [
                "[{stamp}] {o2.nick}: major incident stood down; hot debrief in the education centre",
                "Log typed up from the loggist's book on {ldate} for the review; contact {email}.",
            ],
            ("MI-YYYY-##", "LOG/###"),
            topup="[{stamp}] {x.nick}: {text}",
            stamp="bracket",
            step=(3, 25),
            extras_after=5,
        ),
        style(
            "hospital_at_night_task_tracker_log",
            "lines",
            "night task tracker entries from a hospital at night team, a request to review a bleeding patient that sat unassigned for hours",
            [
                "Hospital at night task tracker, {hospital}; tasks for {ward} overnight, copied for review {ref}",
                "Patient: {p.full}, {hosp}, {age}, on {ward}.",
            ],
            [
                "{stamp} — task raised by {s1.lower}: please review, passing fresh blood from back passage, <<NEWS2 of 3>>, on apixaban",
                "{stamp} — task priority set to 'routine' by the tracker because the <<NEWS2 of 3>> was below the trigger; no doctor assigned",
                "{stamp} — {s1.nick} adds: second large bleed, pale, asks again for review, phoned the coordinator {o1.full} who was in <<Resus 2>>",
                "{stamp} — task picked up by {d.dr}; Hb 68, two units of blood and <<tranexamic acid>> given, discussed with surgical registrar {o2.full}",
                "{stamp} — {p.title} transferred to the surgical assessment unit <<bed 14>>; the day team informed at handover by {o1.first}",
            ],
            [
                "{stamp} — {o3.full}: 14 tasks open, 3 doctors on, oldest task over <<three nights>> old marked as duplicate",
                "{stamp} — {s2.full}: family ({rel} {r.full}) phoned asking for an update, told the doctor is coming within <<twenty minutes>>",
                "{stamp} — tracker outage for <<twenty minutes>>, tasks phoned through to {o4.full}",
                "{stamp} — {o5.initl}: <<Site Manager>> asks for a list of unseen routine tasks",
                "{stamp} — {s1.nick}: blood sent, cross-match requested, <<Vocera badge>> not answering",
            ],
            [
                "Copied from the tracker on {ldate} by {o3.email} for the review.",
                "Note: routine tasks do not escalate automatically overnight; this has been changed.",
            ],
            ("HAN-YYYY-###", "T#######"),
            topup="{stamp} — {x.nick}: {text}",
            stamp="tracker",
            hours=(22, 23, 0, 1),
            step=(5, 40),
        ),
    ]


def _letter_styles(style):
    return [
        style(
            "school_nurse_autoinjector_expired_letter",
            "letter",
            "a school nurse writes to a GP and the emergency department after a pupil's anaphylaxis at school when both adrenaline pens in the school's box had expired (child)",
            [
                "School Nursing Service, {trust}\n{ldate}\n\nRe: {p.full}, DOB {dob}, NHS {nhs}\n{addrb}",
                "Dear {d.dr},",
            ],
            [
                "I am writing about {p.first}, aged {age}, who had an anaphylactic reaction at school on {date} after eating a cereal bar containing peanut at morning break, with <<ten minutes>> of the break left; {p.first} is a pupil at the primary school I cover and has a care plan for a severe peanut allergy.",
                "The teaching assistant, {o1f.full}, found both of {p.poss} <<EpiPen>> devices in the medical box in the office, but both had expired in the summer; she used one anyway, as the plan advises, and called 999 at {time}.",
                "{p.first} was taken to {hospital}, where the emergency team gave a second dose of <<adrenaline>> and kept {p.first} in overnight on the children's ward; {p.poss} {rel}, {r.full}, tells me the care there was very good.",
                "When I checked the school's records on {next} I found that the expiry date had been written in the wrong column of the register, so the automatic reminder letter to the family was never sent, and the pharmacy at {gp} had last issued pens <<eighteen months>> earlier.",
                "I have met the head teacher and the family, and the school now keeps a checked list of expiry dates which I will review each half term under <<the Care Act 2014>> duty to cooperate; the family have new pens, and {p.poss} {rel} can be reached on {mob}.",
            ],
            [
                "I would be grateful if the practice could add a recall for new <<Jext>> or <<EpiPen>> prescriptions every year, as the family were not aware they expire.",
                "The school's first aider, {o2m.full}, had done the <<St John Ambulance>> course but said the anaphylaxis section was short.",
                "{p.first} has seen the allergy team at {hospital2} and the care plan, written to the <<Anaphylaxis UK>> template, is up to date.",
                "The cereal bar came from another child's lunch box; the school has reminded all families of its nut-aware policy, <<policy MM-017>>.",
                "The emergency department discharge letter reached me quickly through our shared inbox, {email}, within <<48 hours>>, which helped.",
            ],
            [
                "Please do contact me on {phone} if you need anything further; our service's page is {url}.",
                "Yours sincerely,\n\n{o3f.full}\nSchool Nurse, 5–11 team",
            ],
            ("SN/YYYY/###", "SCH-####"),
            child=True,
        ),
        style(
            "environmental_health_self_neglect_referral_email",
            "letter",
            "an environmental health officer e-mails adult safeguarding after finding a very old man, discharged from hospital a week earlier, in a flat infested with rats and without heating (old, provider)",
            [
                "From: {o1.full} (Environmental Health)\nTo: {email}\nSent: {ldate}\nSubject: Safeguarding concern, self-neglect, {p.full}\n\nAddress of concern:\n{addrb}",
                "Dear {o2.full},",
            ],
            [
                "I am an environmental health officer with {council}, and I visited {p.tfull}, {age}, at the address above after a neighbour reported a smell and rats in the shared bin store; I found him alone in a cold flat, <<8°C>> in the living room by my thermometer, with no working heating and signs of rats in the kitchen.",
                "He told me he had come home from {hospital} the week before, on {date}, after <<five days>> of treatment for a chest infection, and that 'a lady was supposed to come' but nobody had; there was no food in the flat except biscuits and tea.",
                "His discharge letter was on the table and said a package of care would start within <<24 hours>>, on {next}; it gave the care agency as {prov}, but when I rang them they had no record of him under {p.caps} or any spelling I tried.",
                "I am not a health professional, but he seemed confused and had a bad cough, and his legs were very swollen, perhaps <<2 cm>> of pitting; I phoned {gp} from the flat and a GP, {d.dr}, agreed to visit that afternoon.",
                "I have served a notice on the landlord about the heating and the pest control team will attend; I am raising this as a safeguarding concern under <<section 42>> because I think he cannot keep himself safe at home without help.",
            ],
            [
                "He gave me the name of a daughter-in-law, {r.full}, and a number, {mob}, which goes to voicemail; <<Citizens Advice>> has been helping him with his benefits.",
                "His previous address on the council's system is {addr2}, which may be why letters have not reached him for <<six months>>.",
                "He has hearing aids but the batteries were flat, so I wrote my questions down for him in large print, as <<the Equality Act>> guidance for officers suggests.",
                "He was keen to stay at home and said more than once that he did not want 'a home'; I have kept in mind that under <<the Mental Capacity Act>> he is assumed to be able to decide that.",
                "I attach the photographs I took, which he agreed to, and the pest control report reference, {ref2}, with the room temperature of <<8°C>> noted.",
            ],
            [
                "I can be reached on {phone} or at the e-mail above.",
                "Kind regards,\n{o1.full}\nEnvironmental Health Officer (Private Sector Housing), {council}",
            ],
            ("EH/YYYY/####", "PC-#####"),
            old=True,
            provider=True,
            sex="M?",
        ),
        style(
            "probation_officer_release_medication_gap_email",
            "letter",
            "a probation officer e-mails a GP practice about a man released from prison at the end of a week with five days of epilepsy medicine and no registration, who then had a seizure",
            [
                "From: {o1.full} (Probation Service)\nTo: {gp} (practice manager)\nDate: {ldate}\nSubject: {p.full}, DOB {dob}, released {date}, medication gap\n\n{addrb}",
                "Dear {o2.full},",
            ],
            [
                "I am {p.poss} probation officer and I am writing with his agreement; he was released from prison on {date}, at the end of a week, to the approved address above, with <<five days>> of <<carbamazepine>> in a paper bag and a discharge summary from the prison healthcare team.",
                "He tried to register with your practice on the next working day, but was told that registration takes up to <<five days>> and that he should ring <<NHS 111>> if he ran out; he did not understand that he could be seen as a temporary patient.",
                "Two evenings later his partner, {r.full}, found him having a seizure on the kitchen floor; he was taken to {hospital}, where he was given <<midazolam>> and kept overnight, and he tells me the doctor, {d.dr}, was kind and clear with him.",
                "He has told me he had not had a seizure for <<three years>> while taking his tablets in prison, and the prison summary, which I attach, lists the dose and the date of his last blood test; his old address, {addr2}, is still on the prison's copy.",
                "I know the practice is very busy, and I am not writing to complain, but I would like to ask that people leaving prison with a medicine they cannot miss are seen the same day, as <<NHS England>> guidance suggests, and I would be grateful for a contact I can use next time.",
            ],
            [
                "The prison healthcare manager, {o3f.full}, tells me the summary was sent to the practice by e-mail on the day of release, but to a general address that may not be checked daily, with <<sodium valproate>> listed wrongly as well.",
                "He has a licence condition to attend appointments with me, and he missed one the following day because he was in hospital, which I have recorded as acceptable under <<section 5>> of his licence guidance.",
                "He reads poorly and prefers things explained by phone, with <<Shelter>> helping him with the tenancy; his number is {mob}.",
                "<<HM Prison and Probation Service>> has a national early-days-in-the-community scheme, but it is not running in this area yet.",
                "His pharmacist at the chemist near {street} gave him an emergency supply of <<carbamazepine>> once he had the hospital letter, which bridged the gap.",
            ],
            [
                "I can be reached on {phone}, and my manager is {o4.full} if I am away.",
                "With thanks,\n{o1.full}\nProbation Officer",
            ],
            ("PROB/YY/#####", "CRN-######"),
            sex="MF",
            ages=(22, 50),
        ),
        style(
            "hems_doctor_handover_feedback_email",
            "letter",
            "an air ambulance doctor e-mails an emergency department lead after a trauma handover in which the pre-hospital blood and a tourniquet time were not passed on to the theatre team",
            [
                "From: {o1.email}\nTo: {d.email}\nCc: {email}\nDate: {ldate}\nSubject: Handover feedback, {ref}, patient {p.initl}, hospital number {hosp}",
                "Dear {d.dr},",
            ],
            [
                "I was the doctor on the air ambulance that brought {p.full}, {age}, to your department on {date} after a farm vehicle rolled onto his legs, with a <<Lifepak 15>> on him throughout; I am writing, as we agreed at the debrief, with feedback on the handover so that we can both learn from it.",
                "We applied a tourniquet to his left thigh at {time}, gave two units of pre-hospital blood and a gram of <<tranexamic acid>>, and handed over in <<Resus 2>> using our usual ATMIST format, with the times written on the tape on his leg.",
                "The tape came off when his trousers were cut, and the <<tourniquet>> time was not on your trauma chart; the vascular surgeon, {o2.full}, told me afterwards that he had not known how long the leg had been without blood when he took him to theatre.",
                "Our two units of blood were also missing from your transfusion record, so the blood bank counted only the four units given in the department, and the lab sample for his group was drawn after our transfusion, which caused some confusion in the <<two vials>> sent.",
                "He kept his leg and has done well, and his wife, {r.full}, has written to thank both teams; none of this changed his outcome, but after <<two days>> in intensive care it could have.",
            ],
            [
                "Our crew paramedic, {o3m.full}, recorded the handover on our electronic record, which I can share under our data sharing agreement if helpful, as <<the Caldicott principles>> allow.",
                "The trauma team leader, {o4f.full}, was managing two patients at once, as another casualty from the same farm had arrived by land on a <<Stryker trolley>>.",
                "We have been asked by a number of trusts for a sticker with the tourniquet time on it, and we are piloting one now with <<version 3.1>> of our handover card.",
                "I understand the department was at <<Silver command>> level that afternoon with a full resus room.",
                "{p.poss} GCS on our arrival was 14, improving to 15 with pain relief, and the <<Glasgow Coma Scale>> was documented in both records.",
            ],
            [
                "I would be glad to join your next trauma meeting; my number is {mob}.",
                "Best wishes,\n{o1.full}\nPre-hospital care doctor",
            ],
            ("HEMS-YY-####", "TRU/####"),
            sex="MF",
            hours=tuple(range(10, 17)),
        ),
        style(
            "bsl_interpreter_cancelled_consent_letter",
            "letter",
            "a deaf woman's son writes that her British Sign Language interpreter was cancelled on the morning of surgery and he was asked to interpret her consent",
            [
                "{addrb}\n\n{ldate}\n\nThe Chief Executive, {trust}",
                "Dear Sir or Madam,",
            ],
            [
                "I am writing on behalf of my mother, {p.tfull}, who is profoundly deaf and whose first language is British Sign Language; her hospital number is {hosp}, and she has agreed to this letter, which I have read back to her in BSL with help from <<SignHealth>>.",
                "She was booked for a planned gallbladder operation at {hospital} on {date}, and her record carries a flag, under <<the Accessible Information Standard>>, that she needs a registered interpreter for every appointment.",
                "On the morning of the operation the interpreter was cancelled by the agency at short notice, and the ward nurse, {s1.full}, asked me to interpret the consent discussion in <<Bay 3>> with the surgeon, {d.dr}, which I am not qualified to do and did not want to do.",
                "My mother signed the form because she was frightened of losing her place on the list; afterwards she told me she had not understood that the operation might be done as an open one, which is what happened because of a <<Hartmann's pouch>> stone.",
                "She is recovering, but she has lost trust in the hospital, and she wants to know why no video interpreter was offered, as I understand the hospital has a contract for one under <<policy MM-017>>.",
            ],
            [
                "I am her only child, and I had to leave my work at short notice on {date} to be there, a drive of <<two days>> there and back.",
                "When she was moved to {ward} after surgery, the night staff tried to talk to her through a mask and wrote notes that she found hard to read, as written English is her second language, and she was given <<Oramorph>> without it being explained.",
                "The booking was made weeks ahead by the pre-assessment nurse, {o1f.full}, and confirmed in a letter that I have kept, which gave the interpreter's arrival as <<07:30>>.",
                "<<SignHealth>> have told us that a deaf patient should never have to rely on a relative for consent, and that <<the Equality Act>> applies.",
                "We would be glad to meet, with an interpreter, and my mother would like {o2.full} from the patient advice team to be there, as she was kind to her on the ward and brought a <<Vocera badge>> for the interpreter's video link.",
            ],
            [
                "I can be contacted by text on {mob} or by e-mail at {email2}; my mother prefers text or video calls, and I have also used the form at {url}.",
                "Yours faithfully,\n\n{r.full}\n(son of {p.full})",
            ],
            ("PALS-YY-####", "C####"),
            sex="FM",
        ),
        style(
            "neighbour_missed_care_visits_complaint_letter",
            "letter",
            "a neighbour complains to the council and the home care company that an elderly woman's carers missed visits over a bank holiday and she was found on the floor (old, provider)",
            [
                "{ldate}\n\nTo: {prov} and the adult social care team, {council}\n\nRe: {p.tfull}\n{addrb}",
                "Dear Sir or Madam,",
            ],
            [
                "I live at {addr2}, a few doors along from {p.tfull}, {age}, and have known her for over <<thirty years>>; I am writing because I found her on her kitchen floor the morning after the bank holiday, and I believe her carers from {prov} had not been in since the morning before.",
                "She is meant to have four visits a day, and the sheet in her folder shows the lunchtime, tea and bedtime visits on {date} were left blank, with nothing written from the morning visit onwards, the last entry at <<08:15>>.",
                "When I rang the office number on the folder, {phone}, I got a recorded message saying it was closed for the bank holiday, and the out-of-hours number rang out for <<ten minutes>>.",
                "I called an ambulance on {next} and she was taken to {hospital}; the ambulance crew told me she had been on the floor for many hours, and she has since been treated for a <<Colles' fracture>> and a sore on her hip.",
                "Her {rel}, {r.full}, lives abroad and has asked me to write; she has signed at the bottom to say she agrees, after a call with <<Age UK>>, and her e-mail is {email2}.",
            ],
            [
                "The carer who comes most often, {o1f.nick}, is lovely, and I do not blame her; I think the rota went wrong over the <<three nights>> of the holiday.",
                "{p.title} uses a <<rollator>> and a pendant alarm, but the alarm was on the table, as it often is.",
                "I have a key from the key safe, which is how I got in, as the <<pendant alarm>> company had given me the code, and I had knocked twice the evening before without an answer and thought she had gone to bed.",
                "A social worker, {o2m.full}, visited her in hospital and said there would be a <<section 42>> enquiry, which I would like to know the outcome of.",
                "She has been a widow for many years and is fiercely independent, but she cannot get up from the floor on her own since her <<Colles' fracture>> last winter.",
            ],
            [
                "I can be reached on {mob}.",
                "Yours faithfully,\n\n{o3f.full}\n(neighbour)\n\nAgreed by {r.full}",
            ],
            ("CS/YYYY/###", "ASC######"),
            old=True,
            provider=True,
            sex="F?",
        ),
        style(
            "sports_club_concussion_welfare_letter",
            "letter",
            "a rugby club welfare officer writes to an emergency department after a young player with a head injury was sent home without concussion advice and played again within days",
            [
                "{ldate}\n\nFor the attention of the Clinical Director, Emergency Department, {hospital}\n\nRe: {p.full}, date of birth {dob}\n{addrb}",
                "Dear {d.dr},",
            ],
            [
                "I am the volunteer welfare officer for a local amateur rugby club, and I am writing with the permission of {p.full} and his mother, {r.full}, about his attendance at your department on {date}, booked in under <<Manchester Triage>> as yellow.",
                "{p.first} was knocked out for a few seconds in a tackle during a match that afternoon; our first aider, {o1m.full}, took him off, and his mother drove him to you when he was sick in the car park <<twenty minutes>> later.",
                "He was seen by a doctor who noted a <<Glasgow Coma Scale>> of 15, decided he did not need a scan under the <<Canadian CT head rules>>, and sent him home, which we do not question; but he was given no written head injury advice and nothing about a graduated return to sport.",
                "Because of this he played again for the second team the following weekend, against our own rules, as he told the coach, {o2.nick}, that 'the hospital said he was fine'; he had headaches for <<six weeks>> afterwards and missed his college exams.",
                "We would ask that any player with a head injury leaves with the national concussion advice, and we would be glad to share our return-to-play sheet, <<version 3.1>>, with your team.",
            ],
            [
                "Our club follows the governing body's concussion protocol, which asks for <<24 hours>> of rest and then a graded return over at least <<six weeks>> for players under nineteen.",
                "His mother says the department was very busy and the doctor, whose name she noted as {o3f.initl}, was kind but rushed, and that he waited in <<chair 4>> for most of the visit.",
                "His GP at {gp} has since referred him to <<Headway>> for advice on his headaches.",
                "We have checked our own records and the first aider's form, which I enclose, records the time of injury as {time} and a <<GCS 14>> on the pitch.",
                "His mother asks that any reply is copied to her at {email2}; she has been following <<Headway>> advice, and I can be reached on {mob} in the evenings.",
            ],
            [
                "Thank you for considering this; we are grateful for the care our players receive.",
                "Yours sincerely,\n\n{o4.full}\nClub Welfare Officer",
            ],
            ("RFC-YY-##", "ED/####"),
            sex="MF",
            hours=tuple(range(14, 17)),
            ages=(18, 19),
        ),
        style(
            "hospice_pharmacist_syringe_driver_discrepancy_email",
            "letter",
            "a hospice pharmacist e-mails a district nursing team after a stock count showed diamorphine missing from a dying woman's home supply and a syringe driver set at the wrong rate (old)",
            [
                "From: {o1.email}\nTo: {email}\nDate: {ldate}\nSubject: Controlled drug discrepancy and syringe driver rate, {p.full}, NHS {nhs}",
                "Dear {o2.full},",
            ],
            [
                "I am the community pharmacist for the hospice at home team, working alongside the <<Marie Curie>> night sitters, and I am writing about {p.tfull}, {age}, who died at home at {addr} under the care of your team and ours.",
                "On {date} one of your nurses, {s1.full}, set up a new <<McKinley T34>> syringe driver with <<diamorphine>>, <<levomepromazine>> and <<cyclizine>>, and the record shows the rate set for a <<48 hours>> syringe rather than <<24 hours>>, so she received half the planned dose overnight.",
                "Her {rel}, {r.full}, phoned our advice line at {time} that night because her mother was restless and in pain despite <<2.5 mg>> of morphine, and our nurse, {s2.full}, visited, found the driver's rate, and corrected it; she died peacefully on {next}, with her family around her.",
                "When the stock was counted after her death, the controlled drugs record book showed four ampoules of diamorphine more than were in the box; the missing ampoules have not been accounted for, and I have reported this to the controlled drugs accountable officer as <<the Misuse of Drugs Regulations>> require.",
                "I am not suggesting anyone has done wrong, and the record keeping across two teams and two books makes mistakes easy, as <<the CQC>> has noted in other services; I would like us to review the process together, with the family's knowledge.",
            ],
            [
                "The GP, {d.dr} at {gp}, prescribed the anticipatory medicines correctly, including <<midazolam>>, and the prescription chart was clear.",
                "The T34 devices in your team are on an older <<firmware 2.8.1>>, which shows the rate in ml per hour only, and your team's chart asks for a duration instead.",
                "The family told us that a second nurse, {o3f.nick}, had visited the evening before to check the driver, <<48 hours>> into the first syringe, but did not count the stock.",
                "The {rel} wants to know what happened to the ampoules and has asked for a copy of this e-mail; she has agreed to the <<Marie Curie>> bereavement service contacting her.",
                "I have put the stock count sheet and the driver's event history in the shared folder, with the <<McKinley T34>> serial number; the pharmacy reference is {ref2}.",
            ],
            [
                "I can be reached on {phone}, and I am in the team base on Tuesdays and Thursdays.",
                "Kind regards,\n{o1.full}\nSpecialist Palliative Care Pharmacist",
            ],
            ("CD-YYYY-###", "HAH/#####"),
            old=True,
            sex="FF",
        ),
    ]


STYLES = tuple(_prose_styles(_style) + _log_styles(_style) + _letter_styles(_style))


def _shared(style: Style) -> tuple[str, ...]:
    """The top-up sentences a style draws on: log lines for logs, the shared sentences else."""
    return SHARED_LINES if style.register == "lines" else SHARED


def alternatives() -> int:
    """How many sentences the pack can choose from: every style's and the shared top-ups."""
    total = sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
    return total + len(SHARED) + len(SHARED_LINES)
