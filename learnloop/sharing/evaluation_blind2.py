"""A second blind evaluation pack for de-identification, in other styles of NHS writing.

Written without reading the engine (``deidentify``, its name and place lists, its tests, its
README) or the template packs, to be frozen before the engine is scored on it. Only the shared
infrastructure of ``learnloop.sharing.evaluation`` is reused (``Example``, ``GoldSpan``, the
scorer, the Faker name pools through ``_new_person`` and ``listed_names``, ``nhs_number``,
``postcode``, ``ordinal``), so gold spans and scores mean the same as on the other packs.

``generate(count, seed)`` writes texts of 150 to 450 words (about 300 on average) in twenty styles
the first blind pack does not use: inquest witness statements, Regulation 28 responses, complaint
responses, PALS contact notes, ED triage notes, ward round entries, SBAR handovers, safeguarding
referrals, 111/999 call reviews, paediatric incidents, theatre never events, mental health
absconsions, district nursing visits, discharge summaries, perinatal reviews, medical examiner
scrutiny, family liaison e-mails, pharmacy dispensing errors, radiology discrepancies and hospital
at night handovers. The gold conventions are those of ``evaluation_blind`` (see NOTES.md):

- ``PERSON``: the name with an honorific written before it (Mr, Mrs, Ms, Miss, Dr, Prof, also
  lower case "dr"); role and grade words (Staff Nurse, FY2, Reg, HCA, Sister, PC, "Baby") and a
  possessive "'s" lie outside. First names, surnames, nicknames, initials ("Pt JS", "J.S."),
  capitals ("OKAFOR, Chidi") and lower case are gold.
- ``DATE``: a date precise to the day, with or without year or weekday ("Tues 4th", "the 12th"
  with its "the"), and a month with its year; a range within a month ("3rd-5th May") is one span.
  A month, year, weekday or season alone is not gold, nor are times or durations ("2/7").
- ``AGE``: the number only, and only over 89 (digits or words).
- ``ADDRESS``: house name or number to town, on one line or several; ``POSTCODE`` is its own span.
- ``LOCATION``: streets alone, named wards, units, suites, care homes, supported living houses.
- ``ORGANISATION``: hospitals, trusts, GP practices, hospices, pharmacies, care agencies, schools,
  prisons, police forces, councils, ambulance services, ICBs. National bodies are not gold.
- ``NHS_NUMBER``, ``HOSPITAL_NUMBER``, ``ID``, ``PHONE``, ``EMAIL``, ``URL``: the value, not its
  label.

Every clinical look-alike written in (eponyms, scores, doses, blood pressures, durations, GCS,
bed and ward numbers, bands, times, years, towns alone, ages under 90) is tracked as a negative:
``generate_with_negatives`` yields each example with those spans, which never overlap gold.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
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
    "DIRECT_IDENTIFIERS",
    "LABELS",
    "MAX_WORDS",
    "MIN_WORDS",
    "STYLES",
    "Example",
    "Found",
    "GoldSpan",
    "example",
    "generate",
    "generate_with_negatives",
    "score",
]

Piece = tuple[str, str | None, dict | None]
KEEP = "KEEP"  # a look-alike that must never be gold; dropped from the gold, kept as a negative

# ---------------------------------------------------------------------------------------------
# Vocabulary (this pack's own, fictional)
# ---------------------------------------------------------------------------------------------

# town: postcode area
TOWNS = {
    "Leeds": "LS", "Sheffield": "S", "Nottingham": "NG", "Leicester": "LE", "Bristol": "BS",
    "Reading": "RG", "Birmingham": "B", "Manchester": "M", "Newcastle": "NE", "York": "YO",
    "Bath": "BA", "Exeter": "EX", "Hull": "HU", "Lancaster": "LA", "Norwich": "NR",
    "Plymouth": "PL", "Preston": "PR", "Barnsley": "S", "Stockport": "SK", "Wigan": "WN",
    "Derby": "DE", "Coventry": "CV", "Stoke-on-Trent": "ST", "Bradford": "BD", "Halifax": "HX",
    "Carlisle": "CA", "Durham": "DH", "Sunderland": "SR", "Swindon": "SN", "Gloucester": "GL",
    "Luton": "LU", "Ipswich": "IP", "Cambridge": "CB", "Southampton": "SO", "Portsmouth": "PO",
    "Brighton": "BN", "Canterbury": "CT", "Truro": "TR", "Wolverhampton": "WV", "Telford": "TF",
    "Chester": "CH", "Warrington": "WA", "Blackburn": "BB", "Bolton": "BL", "Oldham": "OL",
    "Doncaster": "DN", "Lincoln": "LN", "Peterborough": "PE", "Northampton": "NN",
}  # fmt: skip
LOCALITIES = (
    "Harehills", "Meanwood", "Crookes", "Sneinton", "Aylestone", "Bedminster", "Tilehurst",
    "Handsworth", "Moss Side", "Heaton", "Acomb", "Combe Down", "Heavitree", "Hessle",
    "Fulwood", "Pemberton", "Allenton", "Foleshill", "Longton", "Manningham", "Ovenden",
    "Denton Holme", "Gilesgate", "Hendon", "Rodbourne", "Tuffley", "Bury Park", "Whitton",
)  # fmt: skip
STREET_WORDS = (
    "Albion", "Victoria", "Orchard", "Chapel", "Mill", "Station", "Church", "Moorland",
    "Priory", "Sandringham", "Cromwell", "Meadow", "Willow", "Hawthorn", "Ladysmith",
    "Balmoral", "Grange", "Tennyson", "Wordsworth", "Nelson", "Raglan", "Clarence", "Tudor",
    "Coronation", "Windsor", "Laburnum", "Poplar", "Hollins", "Beaconsfield", "Cavendish",
    "Westfield", "Brook", "Kirkgate", "Fernbank", "Ashfield", "Gladstone", "Rutland",
)  # fmt: skip
STREET_KINDS = (
    "Street", "Road", "Avenue", "Close", "Lane", "Drive", "Crescent", "Grove", "Way",
    "Terrace", "Gardens", "Court", "Place", "View", "Walk", "Rise", "Road", "Street",
)  # fmt: skip
HOUSE_NAMES = (
    "Rose Cottage", "The Old Forge", "Ivy House", "Hill View", "Brook Farm", "The Willows",
    "Holly Lodge", "Fern Bank",
)  # fmt: skip
REGIONS = (
    "Trentside", "Severnvale", "Northmoor", "East Pennine", "Wealdham", "Calderbrook",
    "Ravensmoor", "Kingsmere", "Hollinsbridge", "Ashby Vale", "Westcombe", "Brackendale",
    "Lowther Bay", "Mersey Reach", "Fenland Coast", "Tamarside",
)  # fmt: skip
SAINTS = ("Anne's", "Bartholomew's", "Cuthbert's", "Luke's", "Margaret's", "Oswald's", "Hilda's")
PLACE_WORDS = (
    "Parkview", "Riverside", "Brookfield", "Millbrook", "Oakley", "Westgate", "Fairfield",
    "Hawthorn", "Elmwood", "Greenacres", "Highfield", "Beechwood", "Moorside", "Kingsway",
)  # fmt: skip
WARD_WORDS = (
    "Ash", "Beech", "Birch", "Cedar", "Elm", "Hazel", "Juniper", "Larch", "Linden", "Maple",
    "Rowan", "Willow", "Sycamore", "Nightingale", "Seacole", "Cavell", "Jubilee", "Kingfisher",
    "Heron", "Puffin", "Skylark", "Bluebell", "Primrose", "Sunflower", "Florence", "Lister",
)  # fmt: skip
HOME_WORDS = (
    "Meadowbank", "Ashgrove", "Fairhaven", "The Laurels", "Brookside", "Elmhurst", "Hollybank",
    "Sunnyside", "Oakleigh", "Willowbrook", "Hillcrest", "Park View", "St Anne's", "The Beeches",
)  # fmt: skip
HOME_KINDS = ("Care Home", "Nursing Home", "Residential Home", "Lodge", "House", "Care Centre")
COUNTIES = ("Northmoor", "Severnshire", "Wealdshire", "Calder Valley", "Ravensdale", "Tamar")

EPONYMS = (
    "Parkinson's disease", "Crohn's disease", "Cushing's syndrome", "Addison's disease",
    "Alzheimer's dementia", "Bell's palsy", "Barrett's oesophagus", "Graves' disease",
    "Hashimoto's thyroiditis", "Guillain-Barré syndrome", "Hodgkin lymphoma", "Raynaud's",
    "Paget's disease", "Dupuytren's contracture", "Wernicke's encephalopathy", "Down syndrome",
    "Huntington's disease", "Ménière's disease", "Sjögren's syndrome", "Parkinson's",
    "Crohn's", "Takotsubo cardiomyopathy", "Wolff-Parkinson-White", "Lewy body dementia",
)  # fmt: skip
CHILD_EPONYMS = (
    "Kawasaki disease", "Hirschsprung's disease", "Perthes disease", "Wilms tumour",
    "Duchenne muscular dystrophy", "Down syndrome", "Henoch-Schönlein purpura", "Still's disease",
)  # fmt: skip
PROCEDURES = (
    "Hartmann's procedure", "Whipple's procedure", "Roux-en-Y gastric bypass",
    "Nissen fundoplication", "Ivor Lewis oesophagectomy", "Billroth II gastrectomy",
    "Seldinger chest drain", "Hickman line insertion", "Bakri balloon", "Burch colposuspension",
)  # fmt: skip
SIGNS = ("Murphy's sign", "Kernig's sign", "Trendelenburg gait", "Babinski sign", "Homans' sign")
DRUGS = (
    "apixaban", "rivaroxaban", "warfarin", "enoxaparin", "Clexane", "Oramorph", "Zomorph",
    "Madopar", "Sinemet", "Keppra", "Epilim", "Tegretol", "haloperidol", "lorazepam",
    "gentamicin", "Tazocin", "co-amoxiclav", "furosemide", "Lasix", "insulin glargine",
    "NovoRapid", "Pabrinex", "methotrexate", "digoxin", "amiodarone", "ramipril", "Eliquis",
)  # fmt: skip
DOSES = (
    "co-codamol 30/500", "co-codamol 8/500", "oxycodone/paracetamol 5/325", "Madopar 125",
    "Sinemet 12.5/50", "Co-careldopa 25/100", "Fostair 100/6", "Seretide 250/25",
    "Symbicort 200/6", "Sinemet CR 50/200", "co-amoxiclav 1.2 g", "Movicol 1 sachet",
)  # fmt: skip


def _k(text: str) -> Piece:
    return (text, KEEP, None)


def _p(text: str) -> Piece:
    return (text, None, None)


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

NICKNAMES = {
    "M": {
        "Robert": ("Bob", "Bobby", "Rob"), "William": ("Bill", "Will", "Billy"),
        "James": ("Jim", "Jimmy"), "Richard": ("Dick", "Rick"), "Edward": ("Ted", "Eddie"),
        "Anthony": ("Tony",), "Michael": ("Mick", "Mike"), "Thomas": ("Tom", "Tommy"),
        "Frederick": ("Fred", "Freddie"), "Kenneth": ("Ken", "Kenny"), "Stephen": ("Steve",),
        "Alexander": ("Sandy", "Alex"), "Leonard": ("Len", "Lenny"), "Albert": ("Bert", "Albie"),
        "Gerald": ("Gerry",), "Raymond": ("Ray",), "Joseph": ("Joe",), "Patrick": ("Paddy", "Pat"),
    },
    "F": {
        "Margaret": ("Peggy", "Maggie", "Meg"), "Elizabeth": ("Betty", "Liz", "Beth"),
        "Patricia": ("Pat", "Trish"), "Dorothy": ("Dot", "Dolly"), "Kathleen": ("Kath", "Kathy"),
        "Susan": ("Sue",), "Deborah": ("Debbie", "Deb"), "Christine": ("Chris", "Chrissie"),
        "Jennifer": ("Jenny", "Jen"), "Josephine": ("Jo", "Josie"), "Barbara": ("Babs",),
        "Rebecca": ("Becky",), "Beverley": ("Bev",), "Winifred": ("Winnie",),
    },
}  # fmt: skip
OLD_SURNAMES = (
    "Hargreaves", "Thwaite", "Pickering", "Ramsbottom", "Ackroyd", "Whitworth", "Entwistle",
    "Mottram", "Featherstone", "Higginbottom", "Sutcliffe", "Broadbent", "Dobson", "Fairclough",
)  # fmt: skip
WORD_FIRST = {
    "F": ("Hope", "Rose", "Grace", "Faith", "Joy", "Dawn", "Holly", "Ivy", "Amber", "Summer",
          "Heather", "Pearl", "Ruby", "Iris", "Violet", "Hazel", "Robin", "May", "April"),
    "M": ("Mark", "Will", "Jack", "Frank", "Guy", "Miles", "Drew", "Rich", "Dean", "Grant",
          "Bill", "Jay", "Sonny", "Forrest"),
}  # fmt: skip
WORD_LAST = (
    "Young", "Moss", "Hill", "Brown", "White", "Green", "Wood", "Bird", "Rice", "Hart", "Cook",
    "Fox", "Hunt", "Marsh", "Lamb", "Bell", "Gill", "Small", "Little", "Long", "Sharp", "Best",
    "Savage", "Hope", "Strong", "Wild", "Bush", "Ball", "Street", "Lane", "Church", "Pool",
    "Ward", "Bishop", "Mason", "Rose", "Knight", "Bond", "Page", "Hall",
)  # fmt: skip
# group: (female first names, male first names, surnames)
NAME_GROUPS = {
    "south_asian": (
        ("Harpreet Kaur", "Sunita", "Priya", "Nasreen", "Shabana", "Rukhsana", "Lakshmi",
         "Anjali", "Farzana", "Jaspreet", "Meenakshi", "Noor Jahan"),
        ("Mohammed Asif", "Gurdeep Singh", "Rajesh", "Imran", "Tariq", "Sanjay", "Abdul Karim",
         "Venkatesh", "Mohammed", "Harjinder", "Arjun", "Zulfiqar"),
        ("Iqbal", "Sandhu", "Patel", "Chaudhry", "Hussain", "Begum", "Khan", "Sharma", "Mistry",
         "Ahmed", "Rahman", "Bhattacharya", "Subramanian", "Dhillon", "Akhtar", "Qureshi",
         "Venkataraman", "Choudhury"),
    ),
    "west_african": (
        ("Chiamaka", "Ngozi", "Adwoa", "Abena", "Folasade", "Funmilayo", "Yetunde", "Efua",
         "Oluwakemi", "Adaeze"),
        ("Kwame", "Kofi", "Chukwuemeka", "Oluwaseun", "Babatunde", "Emeka", "Olusegun", "Yaw",
         "Ifeanyi", "Kwabena"),
        ("Adebayo", "Okafor", "Mensah", "Boateng", "Nwosu", "Adeyemi-Okonkwo", "Asante",
         "Oyelaran", "Ogunleye", "Owusu", "Eze", "Akinola", "Danquah", "Oduya-Mensah"),
    ),
    "east_european": (
        ("Agnieszka", "Małgorzata", "Katarzyna", "Ioana", "Elena", "Jana", "Kristína", "Ieva",
         "Oksana", "Zuzanna"),
        ("Krzysztof", "Grzegorz", "Marius", "Andrei", "Tomáš", "Jānis", "Vasyl", "Dmytro",
         "Bogdan", "Łukasz"),
        ("Kowalczyk", "Popescu", "Ionescu", "Dumitru", "Shevchenko", "Bondarenko", "Horváth",
         "Nowak", "Wójcik", "Kaczmarek", "Stoica", "Bērziņš", "Przybylski-Nowak"),
    ),
    "irish": (
        ("Siobhán", "Niamh", "Aoife", "Róisín", "Caoimhe", "Bridget", "Mairéad", "Gráinne"),
        ("Pádraig", "Seán", "Cormac", "Declan", "Eoin", "Ciarán", "Fergal", "Donal"),
        ("O'Neill", "O'Sullivan", "McGuinness", "O'Shaughnessy", "Fitzgerald", "Donnelly",
         "Kavanagh", "McLaughlin", "D'Arcy", "Ó Briain", "MacGiolla", "O'Driscoll"),
    ),
    "chinese": (
        ("Mei Ling", "Hoi Yan", "Xiaoli", "Jia Hui", "Wing Yee", "Siu Ming"),
        ("Wei", "Xiaoming", "Chun Kit", "Jian", "Ka Wai", "Zhiwei"),
        ("Zhang", "Chen", "Liu", "Wong", "Chan", "Lam", "Ng", "Cheung", "Huang", "Lau"),
    ),
    "arabic": (
        ("Fatima", "Aisha", "Maryam", "Hodan", "Layla", "Noor", "Amira", "Khadija"),
        ("Omar", "Yusuf", "Abdirahman", "Khalid", "Hamza", "Mustafa", "Ibrahim", "Bilal"),
        ("Al-Rashid", "El-Sayed", "Abdullah", "Haddad", "Warsame", "Mohamed Ali", "Bin Hamad",
         "Al-Khatib", "Osman", "Jama", "Farah", "Abdi Warsame"),
    ),
    "hyphenated": (
        ("Charlotte", "Harriet", "Imogen", "Pamela", "Gillian", "Philippa"),
        ("Rupert", "Nigel", "Timothy", "Graham", "Hugo", "Crispin"),
        ("Smith-Jones", "Baxter-Hughes", "Lloyd-Davies", "Fox-Whitaker", "Pryce-Owen",
         "Ashworth-Clarke", "Dyson-Reed", "Vaughan-Thomas"),
    ),
}  # fmt: skip


@dataclass
class Who:
    first: str
    last: str
    sex: str
    names: str  # "listed" or "unlisted", as GoldSpan.names
    in_record: bool = False
    nick: str = ""
    title: str = ""
    role: str = ""  # role or grade written with the name: a small template ("[[Band 6]] nurse")
    doctor: bool = False

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def initials(self) -> str:
        parts = [*self.first.split()[:1], *re.split(r"[\s-]+", self.last)]
        return "".join(part.lstrip("'")[0].upper() for part in parts if part)


def _listed(first: str, last: str) -> str:
    listed = listed_names()
    parts = [part for part in re.split(r"[\s-]+", f"{first} {last}") if part]
    return "listed" if all(part.casefold() in listed for part in parts) else "unlisted"


def _person(rng: random.Random, *, sex: str | None = None, last: str | None = None) -> Who:
    sex = sex or rng.choice("FM")
    roll = rng.random()
    if roll < 0.5:
        faker_person = _new_person(rng, sex=sex, last=last)
        who = Who(faker_person.first, faker_person.last, sex, faker_person.names)
        for formal, nicks in NICKNAMES[sex].items():
            if formal == who.first:
                who.nick = rng.choice(nicks)
        return who
    if roll < 0.66:
        first = rng.choice(list(NICKNAMES[sex]))
        surname = last or rng.choice(OLD_SURNAMES + WORD_LAST)
        who = Who(first, surname, sex, _listed(first, surname))
        who.nick = rng.choice(NICKNAMES[sex][first])
        return who
    if roll < 0.73:
        first = rng.choice(WORD_FIRST[sex])
        surname = last or rng.choice(WORD_LAST)
        return Who(first, surname, sex, _listed(first, surname))
    group = rng.choice(list(NAME_GROUPS))
    female, male, surnames = NAME_GROUPS[group]
    first = rng.choice(female if sex == "F" else male)
    surname = last or rng.choice(surnames)
    return Who(first, surname, sex, _listed(first, surname))


RELATIONS = {
    "F": ("daughter", "wife", "sister", "niece", "granddaughter", "daughter-in-law", "partner",
          "mother", "friend", "neighbour"),
    "M": ("son", "husband", "brother", "nephew", "grandson", "son-in-law", "partner", "father",
          "friend"),
}  # fmt: skip
SAME_SURNAME = {"wife", "husband", "son", "daughter", "brother", "sister", "mother", "father"}

ROLES = {
    "doc": ("FY1", "FY2", "SHO", "CT2", "ST3", "Reg", "SpR", "medical registrar", "locum SHO",
            "Consultant", "Consultant Physician", "ACP"),
    "cons": ("Consultant", "Consultant Geriatrician", "Consultant Physician", "Consultant Surgeon",
             "Consultant Anaesthetist", "Clinical Director"),
    "nurse": ("Staff Nurse", "SN", "RN", "Sister", "Charge Nurse", "[[Band 6]] nurse",
              "[[Band 5]] RN", "ANP", "Nurse in Charge", "Ward Manager", "Matron",
              "Deputy Sister", "Senior Staff Nurse"),
    "hca": ("HCA", "HCSW", "Nursing Associate", "[[Band 3]] HCA", "Healthcare Assistant"),
}  # fmt: skip
DOCTOR_ROLES = set(ROLES["doc"]) | set(ROLES["cons"]) | {
    "Consultant Radiologist", "Medical Examiner", "Consultant Psychiatrist", "Paediatric Reg",
    "Consultant Obstetrician", "Anaesthetic Reg", "Medical Director", "Consultant Paediatrician",
    "Responsible Clinician", "Orthopaedic Reg", "ST5 Radiology", "Consultant Orthopaedic Surgeon",
    "Consultant General Surgeon", "locum Consultant Radiologist", "Clinical Lead for Radiology",
    "Obstetric Reg", "ST6 obstetrics", "Neonatal Reg", "Consultant Neonatologist", "ME",
    "Chief Medical Officer",
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Numbers, contacts and dates
# ---------------------------------------------------------------------------------------------

_ABBR_DAYS = ("Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_WORDS_UNITS = ("", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine")


def age_words(age: int) -> str:
    if age >= 100:
        rest = age - 100
        if not rest:
            return "one hundred"
        return f"one hundred and {age_words(rest) if rest >= 20 else _SMALL[rest]}"
    tens = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
            8: "eighty", 9: "ninety"}  # fmt: skip
    if age < 20:
        return _SMALL[age]
    return tens[age // 10] + _WORDS_UNITS[age % 10]


_SMALL = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip


def date_with_year(day: date, rng: random.Random) -> str:
    month = _MONTHS[day.month - 1]
    forms = (
        (f"{ordinal(day.day)} {month} {day.year}", 10),
        (f"{day.day} {month} {day.year}", 9),
        (f"{day:%d/%m/%Y}", 10),
        (f"{day.day}/{day.month}/{day:%y}", 7),
        (f"{day:%d/%m/%y}", 6),
        (f"{day:%d.%m.%y}", 4),
        (f"{day.day}.{day.month}.{day.year}", 3),
        (f"{day:%d-%m-%Y}", 3),
        (day.isoformat(), 2),
        (f"{day.day} {month[:3]} {day.year}", 4),
        (f"{day.day}-{month[:3]}-{day.year}", 2),
        (f"{day:%d}{month[:3].upper()}{day:%y}", 1),
        (f"{_DAYS[day.weekday()]} {ordinal(day.day)} {month} {day.year}", 4),
        (f"{_ABBR_DAYS[day.weekday()]} {day:%d/%m/%y}", 2),
        (f"{month} {day.day}, {day.year}", 1),
    )
    return rng.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]


def date_short(day: date, rng: random.Random) -> str:
    month = _MONTHS[day.month - 1]
    forms = (
        (f"{ordinal(day.day)} {month}", 8),
        (f"{day.day} {month}", 5),
        (f"{day.day} {month[:3]}", 4),
        (f"{ordinal(day.day)} {month[:3]}", 2),
        (f"{day.day}/{day.month}", 5),
        (f"{day:%d/%m}", 4),
        (f"{day.day}.{day.month}", 2),
        (f"{ordinal(day.day)} of {month}", 3),
        (f"{_ABBR_DAYS[day.weekday()]} {ordinal(day.day)}", 4),
        (f"{_DAYS[day.weekday()]} {ordinal(day.day)}", 3),
        (f"{_DAYS[day.weekday()]} the {ordinal(day.day)}", 1),
        (f"{_DAYS[day.weekday()]} {ordinal(day.day)} {month}", 3),
        (f"{_ABBR_DAYS[day.weekday()]} {day.day}/{day.month}", 2),
        (f"the {ordinal(day.day)}", 3),
    )
    return rng.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]


def date_range(first: date, last: date, rng: random.Random) -> str:
    month = _MONTHS[first.month - 1]
    dash = rng.choice(("–", "-", "–", " to ", "-"))
    forms = (
        f"{ordinal(first.day)}{dash}{ordinal(last.day)} {month}",
        f"{first.day}{dash}{last.day} {month} {first.year}",
        f"{ordinal(first.day)}{dash}{ordinal(last.day)} {month} {first.year}",
        f"{first.day}{dash}{last.day} {month[:3]}",
        f"{first.day}{dash}{last.day}/{first.month}/{first:%y}",
    )
    return rng.choice(forms)


def dob_text(day: date, rng: random.Random) -> str:
    month = _MONTHS[day.month - 1]
    forms = (
        f"{day:%d/%m/%Y}", f"{day.day}/{day.month}/{day:%y}", f"{day:%d.%m.%Y}",
        f"{day:%d/%m/%y}", f"{ordinal(day.day)} {month} {day.year}", f"{day.day} {month[:3]} {day.year}",
        f"{day:%d-%m-%Y}", f"{day.day}.{day.month}.{day:%y}",
    )  # fmt: skip
    return rng.choice(forms)


def time_text(rng: random.Random) -> str:
    hour, minute = rng.randint(0, 23), rng.choice((0, 5, 10, 12, 15, 20, 25, 30, 40, 45, 50, 55))
    return rng.choice(
        (
            f"{hour:02d}:{minute:02d}",
            f"{hour:02d}{minute:02d}",
            f"{hour:02d}{minute:02d}hrs",
            f"{hour:02d}.{minute:02d}",
            f"{hour % 12 or 12}.{minute:02d}{'am' if hour < 12 else 'pm'}",
        )
    )


def phone_text(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.5:
        body = f"7{rng.randint(400, 999)}{rng.randint(0, 999999):06d}"
        return rng.choice(
            (
                f"0{body[:4]} {body[4:]}",
                f"0{body}",
                f"+44 {body[:4]} {body[4:]}",
                f"+44{body}",
                f"0{body[:4]} {body[4:7]} {body[7:]}",
                f"(+44) 0{body[:4]} {body[4:]}",
            )
        )
    if roll < 0.8:
        code = rng.choice(("0113", "0114", "0115", "0116", "0117", "0118", "0121", "0161", "0191"))
        local = f"{rng.randint(2, 9)}{rng.randint(0, 99):02d} {rng.randint(0, 9999):04d}"
        return rng.choice(
            (f"{code} {local}", f"({code}) {local}", f"+44 {code[1:]} {local}",
             f"{code}-{local.replace(' ', '')}", f"{code} {local.replace(' ', '')}")
        )  # fmt: skip
    code = rng.choice(("01904", "01225", "01392", "01482", "01524", "01603", "01752", "01772"))
    number = f"{rng.randint(200000, 999999)}"
    return rng.choice((f"{code} {number}", f"{code} {number[:3]} {number[3:]}", f"{code}{number}"))


def hospital_number(rng: random.Random) -> str:
    letter = rng.choice("ABDHJKMRSTXZ")
    forms = (
        f"{letter}{rng.randint(0, 9999999):07d}",
        f"{letter}{rng.randint(100000, 999999)}",
        f"RX{rng.choice('ABFHKLNR')}{rng.randint(0, 999999):06d}",
        f"{rng.randint(0, 99999999):08d}",
        f"{rng.randint(10, 99)}{rng.randint(0, 999999):06d}{rng.choice('ABCDEFGHJK')}",
        f"{letter}{letter}{rng.randint(100000, 999999)}",
        f"{letter}/{rng.randint(100000, 999999)}",
        f"MRN{rng.randint(1000000, 9999999)}",
    )
    return rng.choice(forms)


def _ascii(value: str) -> str:
    text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9-]", "", text.replace(" ", "-"))


# ---------------------------------------------------------------------------------------------
# Rendering: a template is text with {slots}, [[look-alikes]] and <<alternative|alternative>>
# ---------------------------------------------------------------------------------------------

_ALTERNATIVES = re.compile(r"<<([^<>]*)>>")
_TOKEN = re.compile(r"\{([\w.]+)\}|\[\[(.+?)\]\]")


def render(case: Case, template: str) -> list[Piece]:
    rng = case.rng
    template = _ALTERNATIVES.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    pieces: list[Piece] = []
    position = 0
    for match in _TOKEN.finditer(template):
        if match.start() > position:
            pieces.append(_p(template[position : match.start()]))
        if match.group(1):
            pieces.extend(case.slot(match.group(1)))
        else:
            pieces.append(_k(match.group(2)))
        position = match.end()
    if position < len(template):
        pieces.append(_p(template[position:]))
    return pieces


def _words(pieces: Sequence[Piece]) -> int:
    return len("".join(text for text, _, _ in pieces).split())


# ---------------------------------------------------------------------------------------------
# One case: the facts behind a text, and the slots its templates fill
# ---------------------------------------------------------------------------------------------

STAFF_KEYS = {"doc": "doc", "doc2": "doc", "cons": "cons", "nurse": "nurse", "nurse2": "nurse",
              "hca": "hca"}  # fmt: skip


class Case:
    def __init__(self, rng: random.Random, style: Style) -> None:
        self.rng = r = rng
        self.style = style
        self.terse = style.register == "terse"
        self.has_record = r.random() < 0.88
        self.day = date(2023, 1, 2) + timedelta(days=r.randint(0, 1260))
        self.admitted = self.day - timedelta(days=r.randint(1, 12))
        self.next_day = self.day + timedelta(days=1)
        self.later = self.day + timedelta(days=r.randint(21, 320))
        self.latest = self.later + timedelta(days=r.randint(14, 90))
        self.earlier = self.day - timedelta(days=r.randint(20, 240))
        if style.ages == "child":
            self.age = r.choice((0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15))
        elif style.ages == "mother":
            self.age = r.randint(17, 44)
        elif style.ages == "young":
            self.age = r.randint(18, 64)
        else:
            self.age = r.randint(90, 104) if r.random() < 0.33 else r.randint(19, 89)
        birthday = self.day - timedelta(days=self.age * 365 + r.randint(10, 350))
        self.dob = birthday
        sex = "F" if style.ages == "mother" else None
        self.patient = _person(r, sex=sex)
        self.patient.in_record = self.has_record
        self.patient.title = (
            "Mr" if self.patient.sex == "M" else r.choice(("Mrs", "Mrs", "Ms", "Miss"))
        )
        if style.ages == "child":
            self.patient.title = r.choice(("Master", "Miss")) if r.random() < 0.2 else ""
        self.nhs = nhs_number(r)
        self.hosp = hospital_number(r)
        self.town = r.choice(list(TOWNS))
        self.region = r.choice(REGIONS)
        self.home_lines = self._address_lines(self.town)
        self.postcode = postcode(r, TOWNS[self.town])
        self.people: dict[str, Who] = {}
        self.values: dict[str, object] = {}

    # -- what the system holds -----------------------------------------------------------------

    def known(self) -> dict:
        if not self.has_record:
            return {}
        r = self.rng
        patient = self.patient
        names = [(f"{patient.title} " if patient.title and r.random() < 0.3 else "") + patient.full]
        names += [who.full for key, who in self.people.items() if key != "P" and who.in_record]
        nhs = self.nhs if r.random() < 0.6 else f"{self.nhs[:3]} {self.nhs[3:6]} {self.nhs[6:]}"
        return {
            "names": names,
            "nhs_number": nhs,
            "date_of_birth": self.dob.isoformat(),
            "hospital_number": self.hosp,
            "address": ", ".join([*self.home_lines, self.postcode]),
        }

    # -- helpers ---------------------------------------------------------------------------------

    def once(self, key: str, make):
        if key not in self.values:
            self.values[key] = make()
        return self.values[key]

    def _address_lines(self, town: str) -> list[str]:
        r = self.rng
        street = f"{r.choice(STREET_WORDS)} {r.choice(STREET_KINDS)}"
        roll = r.random()
        if roll < 0.12:
            first = [r.choice(HOUSE_NAMES), street]
        elif roll < 0.3:
            first = [f"Flat {r.randint(1, 24)}", f"{r.randint(1, 180)} {street}"]
        else:
            first = [f"{r.randint(1, 240)}{r.choice(('', '', '', '', 'a', 'A'))} {street}"]
        if r.random() < 0.4:
            first.append(r.choice(LOCALITIES))
        return [*first, town]

    def _span(self, who: Who, text: str) -> Piece:
        return (text, "PERSON", {"names": who.names, "in_record": who.in_record})

    def who(self, key: str) -> Who:
        if key in self.people:
            return self.people[key]
        r = self.rng
        if key == "P":
            who = self.patient
        elif key in ("R1", "R2"):
            relations = self.style.relations or RELATIONS[r.choice("FM")]
            taken = {self.people[k].role for k in ("R1", "R2") if k in self.people}
            if self.age > 70:  # nobody's parents are still living at ninety
                relations = [rel for rel in relations if rel not in ("mother", "father")]
            relation = r.choice([rel for rel in relations if rel not in taken] or relations)
            sex = "F" if relation in _FEMALE_RELATIONS else "M"
            if relation in ("partner", "friend", "neighbour", "NOK"):
                sex = r.choice("FM")
            same = relation in SAME_SURNAME and r.random() < 0.75
            if self.style.ages == "child" and relation in ("mother", "father"):
                same = r.random() < 0.8
            who = _person(r, sex=sex, last=self.patient.last if same else None)
            who.role = relation
            who.title = "Mr" if sex == "M" else r.choice(("Mrs", "Ms", "Miss", "Mrs"))
            who.in_record = self.has_record and r.random() < 0.55
        elif key == "B":
            who = _person(r, last=self.patient.last)
            who.in_record = False
        elif key in STAFF_KEYS or key in self.style.roles:
            roles = ROLES[STAFF_KEYS[key]] if key in STAFF_KEYS else self.style.roles[key]
            role = r.choice(roles)
            who = _person(r)
            who.role = role
            plain_role = re.sub(r"\[\[|\]\]", "", role)
            who.doctor = plain_role in DOCTOR_ROLES
            if who.doctor:
                surgical = "Surgeon" in plain_role or "Orthopaedic" in plain_role
                who.title = (
                    ("Mr" if who.sex == "M" else "Ms") if surgical and r.random() < 0.6 else "Dr"
                )
                if r.random() < 0.05 and plain_role.startswith("Consultant"):
                    who.title = "Prof"
            else:
                who.title = "Mr" if who.sex == "M" else r.choice(("Mrs", "Ms", "Miss"))
            who.in_record = self.has_record and r.random() < 0.3
        else:  # coroner, O1, O2...: people the record never holds
            who = _person(r)
            who.title = "Dr" if r.random() < 0.25 else ("Mr" if who.sex == "M" else "Ms")
        self.people[key] = who
        return who

    def name(self, who: Who, form: str) -> str:
        r = self.rng
        title = who.title or ("Mr" if who.sex == "M" else "Ms")
        if title in ("Mrs", "Dr", "Ms", "Mr") and r.random() < 0.08:
            title += "."
        last = who.last
        if form == "full":
            return who.full
        if form == "title_last":
            return f"{title} {last}"
        if form == "title_full":
            return f"{title} {who.full}"
        if form == "first":
            return who.first
        if form == "last":
            return last
        if form == "nick":
            return who.nick or who.first
        if form == "nick_full":
            return f"{who.nick or who.first} {last}"
        if form == "ini":
            initials = who.initials()
            return r.choice((initials, ".".join(initials) + ".", initials))
        if form == "init_last":
            return f"{who.first[0]}{r.choice(('. ', ' ', '.', '. '))}{last}"
        if form == "caps":
            return r.choice((f"{last.upper()}, {who.first}", f"{who.first} {last.upper()}",
                             f"{last.upper()} {who.first}", f"{last.upper()}, {who.first.upper()}"))  # fmt: skip
        if form == "lower":
            if who.doctor or r.random() < 0.4:
                return f"{title.lower().rstrip('.')} {last.lower()}"
            return r.choice((who.first.lower(), who.full.lower()))
        raise ValueError(form)

    def pick_form(self, who: Who, key: str) -> str:
        r = self.rng
        register = self.style.register
        if key == "P":
            forms = {"title_last": 30, "full": 16, "first": 12, "title_full": 10, "last": 6}
            if register == "terse":
                forms.update(ini=14, caps=6, lower=6, title_last=18, last=10)
            elif register == "report":
                forms.update(ini=6, init_last=3)
            if self.style.ages == "child":
                forms.update(first=40, title_last=0, title_full=0)
        elif key in ("R1", "R2", "B"):
            forms = {"first": 40, "full": 18, "title_last": 18, "title_full": 8, "last": 2}
            if register == "terse":
                forms.update(lower=6)
        elif who.doctor:
            forms = {"title_last": 42, "title_full": 22, "full": 12, "first": 6, "init_last": 5,
                     "last": 3}  # fmt: skip
            if register == "terse":
                forms.update(lower=10, first=10)
        elif who.role:
            forms = {"full": 34, "first": 28, "last": 10, "title_last": 8, "init_last": 6}
            if register == "terse":
                forms.update(lower=8)
        else:
            forms = {"full": 40, "title_last": 30, "title_full": 20, "last": 10}
        if who.nick and not who.doctor:
            forms["nick"] = 14 if key in ("P", "R1", "R2") else 4
            forms["nick_full"] = 3 if key in ("P", "R1", "R2") else 1
        return r.choices(list(forms), weights=list(forms.values()))[0]

    def person(self, key: str, attr: str) -> list[Piece]:
        who = self.who(key)
        r = self.rng
        if attr == "rel":
            return [_p(who.role)]
        if attr == "aka":  # "Robert Hargreaves (known as Bob)": two mentions
            full = self._span(who, who.full)
            if not who.nick:
                return [full]
            nick = self._span(who, who.nick)
            shape = r.random()
            if shape < 0.5:
                return [full, _p(" (known as "), nick, _p(")")]
            if shape < 0.8:
                return [full, _p(", known as "), nick]
            return [full, _p(' ("'), nick, _p('")')]
        if attr == "sx":
            return [_p(who.sex)]
        if attr in _PRONOUNS:
            return [_p(_PRONOUNS[attr][who.sex == "F"])]
        if attr == "role":
            return render(self, who.role)
        if attr == "n":
            return [self._span(who, self.name(who, self.pick_form(who, key)))]
        if attr == "":
            if key == "B":
                if r.random() < 0.6:
                    return [_p("Baby "), self._span(who, self.name(who, "last"))]
                return [self._span(who, self.name(who, "first"))]
            if (key in STAFF_KEYS or key in self.style.roles) and who.role:
                name = self._span(who, self.name(who, self.pick_form(who, key)))
                role = render(self, who.role)
                shape = r.random()
                if shape < 0.5:
                    return [*role, _p(" "), name]
                if shape < 0.7:
                    return [name, _p(" ("), *role, _p(")")]
                if shape < 0.85:
                    return [name, _p(", "), *role]
                return [*role, _p(" ("), name, _p(")")]
            return [self._span(who, self.name(who, self.pick_form(who, key)))]
        form = {"tfull": "title_full", "title": "title_last"}.get(attr, attr)
        return [self._span(who, self.name(who, form))]

    # -- slots -----------------------------------------------------------------------------------

    def slot(self, name: str) -> list[Piece]:
        base, _, attr = name.partition(".")
        if base in ("P", "R1", "R2", "B", "O1", "O2", "O3", "coroner") or base in STAFF_KEYS:
            return self.person(base, attr)
        if base in self.style.roles:
            return self.person(base, attr)
        method = getattr(self, f"s_{base}", None)
        if method is None:
            raise KeyError(f"no slot {name!r} in style {self.style.name}")
        return method(attr) if attr else method()

    # pronouns and plain words
    def s_he(self) -> list[Piece]:
        return [_p("he" if self.patient.sex == "M" else "she")]

    def s_He(self) -> list[Piece]:
        return [_p("He" if self.patient.sex == "M" else "She")]

    def s_his(self) -> list[Piece]:
        return [_p("his" if self.patient.sex == "M" else "her")]

    def s_His(self) -> list[Piece]:
        return [_p("His" if self.patient.sex == "M" else "Her")]

    def s_him(self) -> list[Piece]:
        return [_p("him" if self.patient.sex == "M" else "her")]

    def s_man(self) -> list[Piece]:
        if self.style.ages == "child":
            return [_p("boy" if self.patient.sex == "M" else "girl")]
        words = ("man", "gentleman") if self.patient.sex == "M" else ("woman", "lady")
        return [_p(self.rng.choice(words))]

    def s_Mum(self) -> list[Piece]:
        return [_p("Dad" if self.patient.sex == "M" else "Mum")]

    def s_sx(self) -> list[Piece]:
        return [_p(self.patient.sex)]

    def s_prel(self) -> list[Piece]:
        """The patient as the first relative would say it: "your mother"."""
        relation = self.who("R1").role
        female = self.patient.sex == "F"
        inverse = {
            "daughter": ("father", "mother"), "son": ("father", "mother"),
            "daughter-in-law": ("father-in-law", "mother-in-law"),
            "son-in-law": ("father-in-law", "mother-in-law"),
            "wife": ("husband", "wife"), "husband": ("husband", "wife"),
            "partner": ("partner", "partner"), "sister": ("brother", "sister"),
            "brother": ("brother", "sister"), "niece": ("uncle", "aunt"), "nephew": ("uncle", "aunt"),
            "granddaughter": ("grandfather", "grandmother"),
            "grandson": ("grandfather", "grandmother"), "mother": ("son", "daughter"),
            "father": ("son", "daughter"), "grandmother": ("grandson", "granddaughter"),
            "stepfather": ("stepson", "stepdaughter"), "aunt": ("nephew", "niece"),
        }  # fmt: skip
        words = inverse.get(relation, ("friend", "friend"))
        return [_p(words[female])]

    def s_cage(self) -> list[Piece]:
        """A child's age as written on a children's ward: never gold."""
        r = self.rng
        if self.age == 0:
            return [
                _k(
                    r.choice(
                        (
                            f"{r.randint(2, 11)} weeks",
                            f"{r.randint(2, 11)} months",
                            f"{r.randint(3, 11)}/12",
                        )
                    )
                )
            ]
        if self.age == 1:
            return [_k(r.choice(("18 months", "14 months", "1 year")))]
        return [_k(r.choice((f"{self.age} years", f"{self.age}y", f"{self.age} yrs")))]

    def s_suite(self) -> list[Piece]:
        r = self.rng
        text = self.once(
            "suite",
            lambda: (
                f"{r.choice(WARD_WORDS)} {r.choice(('Birth Centre', 'Delivery Suite', 'Suite', 'Midwife-Led Unit'))}"
            ),
        )
        return [(text, "LOCATION", None)]

    # dates
    def _day(self, day: date, attr: str) -> list[Piece]:
        r = self.rng
        if attr == "y" or (attr == "" and r.random() < 0.55):
            return [(date_with_year(day, r), "DATE", None)]
        return [(date_short(day, r), "DATE", None)]

    def s_d(self, attr: str = "") -> list[Piece]:
        return self._day(self.day, attr)

    def s_d0(self, attr: str = "") -> list[Piece]:
        return self._day(self.admitted, attr)

    def s_d2(self, attr: str = "") -> list[Piece]:
        return self._day(self.next_day, attr)

    def s_d3(self, attr: str = "") -> list[Piece]:
        return self._day(self.later, attr)

    def s_d4(self, attr: str = "") -> list[Piece]:
        return self._day(self.latest, attr)

    def s_dp(self, attr: str = "") -> list[Piece]:
        return self._day(self.earlier, attr)

    def s_dm(self) -> list[Piece]:
        day = self.day
        text = self.rng.choice(
            (f"{_MONTHS[day.month - 1]} {day.year}", f"{_MONTHS[day.month - 1][:3]} {day.year}")
        )
        return [(text, "DATE", None)]

    def s_dl(self) -> list[Piece]:
        day = self.later + timedelta(days=self.rng.randint(60, 250))
        text = self.rng.choice(
            (
                f"{_MONTHS[day.month - 1]} {day.year}",
                f"{_MONTHS[day.month - 1]} {day.year}",
                f"{day:%m/%Y}",
            )
        )
        return [(text, "DATE", None)]

    def s_dr(self) -> list[Piece]:
        span = self.rng.randint(1, 4)
        first = self.day if self.day.day + span <= 28 else self.day - timedelta(days=span)
        return [(date_range(first, first + timedelta(days=span), self.rng), "DATE", None)]

    def s_dob(self, attr: str = "") -> list[Piece]:
        r = self.rng
        if attr == "s":
            day = self.dob
            text = r.choice(
                (f"{day.day}/{day.month}/{day:%y}", f"{day:%d/%m/%y}", f"{day:%d.%m.%y}")
            )
            return [(text, "DATE", None)]
        return [(dob_text(self.dob, r), "DATE", None)]

    def s_time(self) -> list[Piece]:
        return [_k(time_text(self.rng))]

    def s_year(self) -> list[Piece]:
        return [_k(str(self.day.year - self.rng.randint(1, 25)))]

    def s_month(self) -> list[Piece]:
        return [_k(self.rng.choice(_MONTHS))]

    def s_wday(self) -> list[Piece]:
        return [_k(_DAYS[self.day.weekday()])]

    # ages
    def s_age(self, attr: str = "") -> list[Piece]:
        age = self.age
        text = age_words(age) if attr == "w" and age > 89 else str(age)
        if attr == "W" and age > 89:
            text = age_words(age).capitalize()
        return [(text, "AGE", None) if age > 89 else _k(text)]

    def s_agenext(self) -> list[Piece]:  # the birthday to come: gold when over 89 too
        age = self.age + 1
        return [(str(age), "AGE", None) if age > 89 else _k(str(age))]

    def s_relage(self) -> list[Piece]:  # a relative's or bystander's age: under 90, never gold
        return [_k(str(self.rng.randint(19, 89)))]

    # record identifiers
    def s_nhs(self) -> list[Piece]:
        n = self.nhs
        text = self.rng.choice(
            (
                n,
                f"{n[:3]} {n[3:6]} {n[6:]}",
                f"{n[:3]} {n[3:6]} {n[6:]}",
                f"{n[:3]}-{n[3:6]}-{n[6:]}",
            )
        )
        return [(text, "NHS_NUMBER", None)]

    def s_hosp(self) -> list[Piece]:
        return [(self.hosp, "HOSPITAL_NUMBER", None)]

    def _address(self, lines: list[str], code: str, attr: str) -> list[Piece]:
        r = self.rng
        if attr == "ml":
            return [("\n".join(lines), "ADDRESS", None), _p("\n"), (code, "POSTCODE", None)]
        text = ", ".join(lines) if r.random() < 0.85 else " ".join(lines)
        if attr == "np":
            return [(text, "ADDRESS", None)]
        return [
            (text, "ADDRESS", None),
            _p(r.choice((", ", " ", ", ", "  "))),
            (code, "POSTCODE", None),
        ]

    def s_addr(self, attr: str = "") -> list[Piece]:
        return self._address(self.home_lines, self.postcode, attr)

    def s_addr2(self, attr: str = "") -> list[Piece]:  # somewhere else: a relative's house
        lines, code = self.once(
            "addr2", lambda: (self._address_lines(self.town), postcode(self.rng, TOWNS[self.town]))
        )
        return self._address(lines, code, attr)

    def s_pc(self) -> list[Piece]:
        return [(self.postcode, "POSTCODE", None)]

    def s_street(self) -> list[Piece]:
        line = next(
            line for line in self.home_lines if re.search(r"\d", line) or line in HOUSE_NAMES
        )
        street = (
            self.home_lines[1]
            if line in HOUSE_NAMES
            else re.sub(r"^[\dA-Za-z]*\d[a-zA-Z]? ", "", line)
        )
        if street.startswith("Flat"):
            street = re.sub(r"^\d+[aA]? ", "", self.home_lines[1])
        return [(street, "LOCATION", None)]

    def s_street2(self) -> list[Piece]:
        r = self.rng
        street = self.once("street2", lambda: f"{r.choice(STREET_WORDS)} {r.choice(STREET_KINDS)}")
        return [(street, "LOCATION", None)]

    def s_town(self) -> list[Piece]:
        return [_k(self.town)]

    # contacts
    def s_tel(self) -> list[Piece]:
        return [(self.once("tel", lambda: phone_text(self.rng)), "PHONE", None)]

    def s_tel2(self) -> list[Piece]:
        return [(self.once("tel2", lambda: phone_text(self.rng)), "PHONE", None)]

    def s_email(self) -> list[Piece]:
        def make() -> str:
            r = self.rng
            who = self.who("R1")
            first, last = _ascii(who.first.split()[0]), _ascii(who.last)
            local = r.choice((f"{first}.{last}", f"{first}{last}{r.randint(1, 99)}", f"{first[0]}{last}",
                              f"{first}_{r.randint(1955, 2001)}", f"{last}.family"))  # fmt: skip
            domain = r.choice(
                (
                    "gmail.com",
                    "hotmail.co.uk",
                    "outlook.com",
                    "btinternet.com",
                    "yahoo.co.uk",
                    "icloud.com",
                )
            )
            return f"{local}@{domain}"

        return [(self.once("email", make), "EMAIL", None)]

    def s_semail(self, attr: str = "") -> list[Piece]:
        key = attr or "nurse"
        who = self.who(key)
        first, last = _ascii(who.first.split()[0]), _ascii(who.last)
        domain = self.rng.choice(("nhs.net", "nhs.net", f"{_ascii(self.region)}.nhs.uk"))
        return [(f"{first}.{last}@{domain}", "EMAIL", None)]

    def s_mailbox(self) -> list[Piece]:
        box = self.rng.choice(
            ("pals", "complaints", "patientsafety", "familyliaison", "safeguarding.adults")
        )
        slug = _ascii(self.region).replace("-", "")
        text = self.rng.choice((f"{box}@{slug}.nhs.uk", f"{slug}.{box}@nhs.net"))
        return [(text, "EMAIL", None)]

    def s_url(self) -> list[Piece]:
        r = self.rng
        patient = self.patient
        first, last = _ascii(patient.first.split()[0]), _ascii(patient.last)
        text = r.choice((
            f"https://www.justgiving.com/page/{first}-{last}-{r.randint(1, 999)}",
            f"www.facebook.com/{first}.{last}.{r.randint(10, 9999)}",
            f"https://www.gofundme.com/f/justice-for-{first}-{last}",
            f"https://youtu.be/{''.join(r.choice('abcdefghjkmnpqrstuvwxyzABCDEFGH0123456789_') for _ in range(11))}",
            f"https://www.{_ascii(self.region).replace('-', '')}.nhs.uk/patient-safety/{first}-{last}-review",
            f"tiktok.com/@{first}{last}{r.randint(1, 99)}",
        ))  # fmt: skip
        return [(text, "URL", None)]

    # reference numbers (ID)
    def _id(self, key: str, forms: Sequence[str]) -> list[Piece]:
        return [(self.once(key, lambda: self.rng.choice(forms)), "ID", None)]

    def s_ref(self) -> list[Piece]:
        r = self.rng
        return self._id("ref", (f"W{r.randint(10000, 999999)}", f"{r.randint(100000, 999999)}",
                                f"INC{r.randint(10000, 999999)}", f"IR1-{r.randint(1000, 99999)}",
                                f"DTX/{self.day.year}/{r.randint(1000, 9999)}", f"LFPSE-{r.randint(1000000, 9999999)}"))  # fmt: skip

    def s_cref(self) -> list[Piece]:
        r = self.rng
        return self._id("cref", (f"COMP-{self.day:%y}-{r.randint(100, 9999):05d}", f"C/{self.day.year}/{r.randint(100, 999)}",
                                 f"CMP{r.randint(10000, 99999)}", f"{r.randint(1000, 9999)}/{self.day:%y}"))  # fmt: skip

    def s_pref(self) -> list[Piece]:
        r = self.rng
        return self._id("pref", (f"P-{self.day.year}-{r.randint(100, 9999):05d}", f"PALS/{r.randint(1000, 99999)}",
                                 f"PL{r.randint(100000, 999999)}"))  # fmt: skip

    def s_coref(self) -> list[Piece]:
        r = self.rng
        return self._id("coref", (f"{r.randint(100, 2999)}/{self.day.year}", f"CR-{self.day.year}-{r.randint(1, 9999):04d}",
                                  f"INQ/{r.randint(1000, 9999)}/{self.day:%y}", f"{r.randint(10000, 99999)}"))  # fmt: skip

    def s_polref(self) -> list[Piece]:
        r = self.rng
        return self._id("polref", (f"{r.randint(10, 99)}/{r.randint(100000, 999999)}/{self.day:%y}",
                                   f"CRN{r.randint(1000000, 9999999)}", f"MISPER {r.randint(1000, 99999)}",
                                   f"{r.randint(10, 99)}{r.randint(1000000000, 9999999999)}"))  # fmt: skip

    def s_sgref(self) -> list[Piece]:
        r = self.rng
        return self._id("sgref", (f"SG-{self.day.year}-{r.randint(100, 9999):05d}", f"MASH{r.randint(100000, 999999)}",
                                  f"ASC/{r.randint(10000, 99999)}"))  # fmt: skip

    def s_callref(self) -> list[Piece]:
        r = self.rng
        return self._id("callref", (f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}", f"{r.randint(10000000, 99999999)}",
                                    f"CAD {r.randint(100000, 999999)}", f"NHS111-{r.randint(1000000, 9999999)}"))  # fmt: skip

    def s_steis(self) -> list[Piece]:
        r = self.rng
        return self._id(
            "steis",
            (
                f"{self.day.year}/{r.randint(1000, 29999)}",
                f"PSII-{r.randint(1, 99):03d}-{self.day:%y}",
            ),
        )

    def s_gmc(self) -> list[Piece]:
        return [(str(self.rng.randint(4000000, 7999999)), "ID", None)]

    def s_nmc(self) -> list[Piece]:
        r = self.rng
        return [
            (
                f"{r.randint(0, 99):02d}{r.choice('ABCDEFGHIJ')}{r.randint(1000, 9999)}{r.choice('EOSWN')}",
                "ID",
                None,
            )
        ]

    def s_gphc(self) -> list[Piece]:
        return [(str(self.rng.randint(2000000, 2299999)), "ID", None)]

    def s_acc(self) -> list[Piece]:
        r = self.rng
        return self._id("acc", (f"RAD{r.randint(1000000, 9999999)}", f"{r.randint(10000000, 99999999)}",
                                f"XR{self.day:%y}{r.randint(100000, 999999)}"))  # fmt: skip

    def s_meref(self) -> list[Piece]:
        r = self.rng
        return self._id(
            "meref",
            (f"ME/{self.day.year}/{r.randint(100, 9999):04d}", f"MEO{r.randint(10000, 99999)}"),
        )

    def s_pmrt(self) -> list[Piece]:
        r = self.rng
        return self._id(
            "pmrt",
            (
                f"{r.randint(10000, 99999)}",
                f"PMRT-{r.randint(1000, 99999)}",
                f"MBR{r.randint(100000, 999999)}",
            ),
        )

    # places: LOCATION
    def _ward(self, key: str) -> str:
        r = self.rng
        word = r.choice(WARD_WORDS)
        return r.choice(
            (
                f"{word} Ward",
                f"{word} Ward",
                f"{word} ward",
                f"Ward {word}",
                f"{word} Unit",
                f"{word} Suite",
            )
        )

    def s_ward(self) -> list[Piece]:
        return [(self.once("ward", lambda: self._ward("ward")), "LOCATION", None)]

    def s_ward2(self) -> list[Piece]:
        first = self.s_ward()[0][0]
        word = next(w for w in first.replace("Ward ", "").split() if w not in ("Ward", "ward"))

        def make() -> str:
            while True:
                text = self._ward("ward2")
                if word not in text:
                    return text

        return [(self.once("ward2", make), "LOCATION", None)]

    def s_unit(self) -> list[Piece]:
        r = self.rng
        text = self.once(
            "unit",
            lambda: (
                f"{r.choice(WARD_WORDS)} {r.choice(('House', 'Lodge', 'Unit', 'Centre', 'PICU'))}"
            ),
        )
        return [(text, "LOCATION", None)]

    def s_home(self) -> list[Piece]:
        r = self.rng
        text = self.once("home", lambda: f"{r.choice(HOME_WORDS)} {r.choice(HOME_KINDS)}")
        return [(text, "LOCATION", None)]

    def s_supported(self) -> list[Piece]:
        r = self.rng
        text = self.once(
            "supported",
            lambda: (
                f"{r.randint(2, 60)} {r.choice(STREET_WORDS)} {r.choice(('Court', 'Mews', 'House'))}"
            ),
        )
        return [(text, "LOCATION", None)]

    # places: ORGANISATION
    def _org(self, key: str, forms: Sequence[str]) -> list[Piece]:
        return [(self.once(key, lambda: self.rng.choice(forms)), "ORGANISATION", None)]

    def s_hospital(self, attr: str = "") -> list[Piece]:
        r, town, region = self.rng, self.town, self.region
        name = self.once("hospital", lambda: r.choice((
            f"{town} General Hospital", f"{town} Royal Infirmary", f"{region} District General Hospital",
            f"St {r.choice(SAINTS)} Hospital", f"Royal {town} Hospital", f"{region} University Hospital",
            f"{town} City Hospital",
        )))  # fmt: skip
        if attr == "abbr":
            words = [w for w in re.split(r"[\s-]+", name) if w[0].isupper() and w not in ("St",)]
            return [("".join(w[0] for w in words), "ORGANISATION", None)]
        return [(name, "ORGANISATION", None)]

    def s_hospital2(self) -> list[Piece]:
        r = self.rng
        town = self.once("town2", lambda: r.choice(list(TOWNS)))
        return self._org("hospital2", (f"{town} General Hospital", f"{town} Royal Infirmary",
                                       f"St {r.choice(SAINTS)} Hospital", f"{town} Children's Hospital",
                                       f"{r.choice(REGIONS)} Community Hospital"))  # fmt: skip

    def s_trust(self) -> list[Piece]:
        region = self.region
        return self._org("trust", (f"{region} Hospitals NHS Foundation Trust", f"{region} Teaching Hospitals NHS Trust",
                                   f"{region} Healthcare NHS Trust", f"{region} University Hospitals NHS Foundation Trust"))  # fmt: skip

    def s_mhtrust(self) -> list[Piece]:
        region = self.region
        return self._org("mhtrust", (f"{region} Partnership NHS Foundation Trust", f"{region} Mental Health NHS Trust",
                                     f"{region} Care NHS Foundation Trust"))  # fmt: skip

    def s_gp(self) -> list[Piece]:
        r = self.rng
        word = r.choice(PLACE_WORDS)
        return self._org("gp", (f"{word} Medical Practice", f"{word} Surgery", f"{word} Health Centre",
                                f"The {word} Practice", f"Dr {r.choice(OLD_SURNAMES)} and Partners",
                                f"{word} Medical Centre"))  # fmt: skip

    def s_hospice(self) -> list[Piece]:
        return self._org(
            "hospice", (f"St {self.rng.choice(SAINTS)} Hospice", f"{self.region} Hospice")
        )

    def s_pharmacy(self) -> list[Piece]:
        r = self.rng
        return self._org("pharmacy", (f"{r.choice(PLACE_WORDS)} Pharmacy", f"{self.town} Chemists",
                                      f"{r.choice(OLD_SURNAMES)}'s Pharmacy", f"{r.choice(PLACE_WORDS)} Pharmacy Ltd"))  # fmt: skip

    def s_agency(self) -> list[Piece]:
        r = self.rng
        return self._org("agency", (f"{r.choice(PLACE_WORDS)} Homecare Ltd", f"{r.choice(PLACE_WORDS)} Care Services",
                                    "Caring Hands Domiciliary Care", f"{self.town} Home Support",
                                    f"Bright{r.choice(('way', 'start', 'stone'))} Care"))  # fmt: skip

    def s_school(self) -> list[Piece]:
        r = self.rng
        return self._org("school", (f"{r.choice(PLACE_WORDS)} Primary School", f"St {r.choice(SAINTS)} RC Primary",
                                    f"{self.town} Academy", f"{r.choice(PLACE_WORDS)} Nursery"))  # fmt: skip

    def s_police(self) -> list[Piece]:
        r = self.rng
        county = self.once("county", lambda: r.choice(COUNTIES))
        return self._org("police", (f"{county} Police", f"{county} Constabulary"))

    def s_council(self) -> list[Piece]:
        r = self.rng
        county = self.once("county", lambda: r.choice(COUNTIES))
        return self._org("council", (f"{self.town} City Council", f"{county} County Council",
                                     f"{self.town} Metropolitan Borough Council"))  # fmt: skip

    def s_amb(self) -> list[Piece]:
        return self._org("amb", ("Northern Counties Ambulance Service", f"{self.region} Ambulance Service NHS Trust",
                                 "Wessex Coast Ambulance Service NHS Trust"))  # fmt: skip

    def s_icb(self) -> list[Piece]:
        return self._org("icb", (f"NHS {self.region} Integrated Care Board", f"{self.region} ICB"))

    def s_prison(self) -> list[Piece]:
        return self._org("prison", (f"HMP {self.rng.choice(PLACE_WORDS)}",))

    # look-alikes (never gold)
    def s_epon(self) -> list[Piece]:
        return [_k(self.rng.choice(EPONYMS))]

    def s_cepon(self) -> list[Piece]:  # children's eponyms
        return [_k(self.rng.choice(CHILD_EPONYMS))]

    def s_days(self) -> list[Piece]:
        return [_k(f"{self.rng.randint(2, 6)}/7")]

    def s_tel3(self) -> list[Piece]:
        return [(self.once("tel3", lambda: phone_text(self.rng)), "PHONE", None)]

    def s_proc(self) -> list[Piece]:
        return [_k(self.rng.choice(PROCEDURES))]

    def s_sign(self) -> list[Piece]:
        return [_k(self.rng.choice(SIGNS))]

    def s_drug(self) -> list[Piece]:
        return [_k(self.rng.choice(DRUGS))]

    def s_dose(self) -> list[Piece]:
        return [_k(self.rng.choice(DOSES))]

    def s_bp(self) -> list[Piece]:
        r = self.rng
        return [_k(f"{r.randint(78, 190)}/{r.randint(40, 110)}")]

    def s_news(self) -> list[Piece]:
        return [_k(str(self.rng.randint(1, 11)))]

    def s_gcs(self) -> list[Piece]:
        r = self.rng
        e, v, m = r.randint(1, 4), r.randint(1, 5), r.randint(1, 6)
        return [_k(r.choice((f"E{e}V{v}M{m}", f"{e + v + m}/15", f"E{e} V{v} M{m}")))]

    def s_dur(self) -> list[Piece]:
        r = self.rng
        return [
            _k(
                r.choice(
                    (
                        f"{r.randint(1, 6)}/7",
                        f"{r.randint(1, 8)}/52",
                        f"{r.randint(1, 11)}/12",
                        f"{r.randint(2, 5)}/7",
                    )
                )
            )
        ]

    def s_bed(self) -> list[Piece]:
        r = self.rng
        return [_k(r.choice((f"bed {r.randint(1, 32)}", f"Bed {r.randint(1, 32)}", f"bay {r.randint(1, 6)}",
                             f"side room {r.randint(1, 8)}", f"SR{r.randint(1, 8)}", f"B{r.randint(1, 6)}/{r.randint(1, 6)}")))]  # fmt: skip

    def s_wardno(self) -> list[Piece]:
        r = self.rng
        return [_k(r.choice((f"Ward {r.randint(1, 40)}{r.choice(('', '', 'A', 'B', 'C'))}", f"ward {r.randint(1, 40)}",
                             "AMU", "SAU", "CDU", "ITU", "HDU", "SDEC", "CCU")))]  # fmt: skip

    def s_spo2(self) -> list[Piece]:
        return [_k(f"{self.rng.randint(82, 99)}%")]

    def s_temp(self) -> list[Piece]:
        return [_k(f"{self.rng.randint(345, 401) / 10:.1f}")]

    def s_score(self) -> list[Piece]:
        r = self.rng
        return [_k(r.choice((f"Waterlow {r.randint(10, 28)}", f"Waterlow score of {r.randint(10, 28)}", f"Braden {r.randint(8, 20)}",
                             f"MUST {r.randint(0, 3)}", f"CFS {r.randint(3, 8)}", f"4AT {r.randint(0, 9)}", f"Morse {r.randint(25, 95)}",
                             f"Braden score {r.randint(8, 20)}", f"Morse falls score of {r.randint(45, 95)}")))]  # fmt: skip

    def s_rscore(self) -> list[Piece]:
        r = self.rng
        return [_k(r.choice((f"NEWS2 {r.randint(1, 11)}", f"Rockall {r.randint(1, 8)}", f"CURB-65 {r.randint(0, 4)}",
                             f"qSOFA {r.randint(0, 3)}", f"Wells {r.randint(0, 8)}", f"PEWS {r.randint(0, 6)}")))]  # fmt: skip

    def s_lab(self) -> list[Piece]:
        r = self.rng
        return [_k(r.choice((f"Hb {r.randint(60, 150)}", f"CRP {r.randint(5, 380)}", f"lactate {r.randint(10, 80) / 10:.1f}",
                             f"K+ {r.randint(30, 70) / 10:.1f}", f"INR {r.randint(10, 80) / 10:.1f}", f"eGFR {r.randint(8, 90)}",
                             f"Na {r.randint(118, 150)}", f"WCC {r.randint(20, 300) / 10:.1f}", f"pH {r.randint(695, 745) / 100:.2f}")))]  # fmt: skip

    def s_band(self) -> list[Piece]:
        return [_k(f"Band {self.rng.randint(2, 8)}")]


_PRONOUNS = {
    "he": ("he", "she"),
    "He": ("He", "She"),
    "his": ("his", "her"),
    "His": ("His", "Her"),
    "him": ("him", "her"),
}
_FEMALE_RELATIONS = {
    "daughter", "wife", "sister", "niece", "granddaughter", "daughter-in-law", "mother",
    "grandmother", "aunt", "stepmother",
}  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    name: str
    register: str  # "terse" notes, "formal" letters, "report" reviews and reports
    header: tuple[str, ...]  # alternatives
    core: tuple[tuple[str, ...], ...]  # in order; one alternative of each
    pool: tuple[str, ...]  # optional sentences, added until the text is long enough
    ending: tuple[str, ...]
    sep: str = " "
    ages: str = "adult"  # adult, young, child, mother
    roles: dict = field(default_factory=dict)  # extra staff keys (x1...) and their roles
    relations: tuple[str, ...] = ()


def _alts(*options: str) -> tuple[str, ...]:
    return options


INQUEST = Style(
    name="inquest_statement",
    register="report",
    roles={
        "x1": (
            "Staff Nurse",
            "Senior Staff Nurse",
            "Ward Sister",
            "[[Band 6]] Charge Nurse",
            "Registered Nurse",
            "Deputy Ward Manager",
        )
    },  # fmt: skip
    header=(
        "HM CORONER'S COURT\nInquest touching the death of {P.caps}\nCoroner's reference: {coref}\n\nWITNESS STATEMENT of {x1.full}, {x1.role}",
        "Statement of {x1.tfull}, NMC PIN {nmc}\nIn the matter of the inquest into the death of {P.full} (deceased)\nCoroner's ref {coref}",
        "INQUEST: {P.caps} (ref {coref})\nStatement prepared for HM Senior Coroner by {x1.full}, {x1.role}, {trust}",
    ),
    core=(
        _alts(
            "I am a registered nurse and I have worked for {trust} since {year}. I make this statement from my own recollection and from the nursing and medical records I have been shown; where I cannot remember a time I have said so.",
            "I qualified as a nurse in {year} and at the time of these events I was employed at {hospital} on {ward}. I have been asked to give an account of my involvement in the care of {P.tfull}.",
        ),
        _alts(
            "On {d.y} I was working a long day on {ward}, a 28-bedded acute medical ward, and I was allocated the patients in {bed}, which included {P}.",
            "I was the nurse in charge of {ward} on the night of {d}. {P.aka} was in {bed} and had been with us since {d0}.",
        ),
        _alts(
            "At about {time} {P.first} was found on the floor beside {his} bed by {hca}. {He} was lying on {his} left side and told us {he} had been trying to get to the toilet. I assessed {him} using the post-fall protocol; {his} [[Glasgow Coma Scale]] score was {gcs} and {his} observations gave a [[NEWS2]] score of {news}.",
            "At around {time} I was called to {P.first} by {hca}, who had found {him} more drowsy than earlier. {His} [[GCS]] was {gcs}, blood pressure {bp} and oxygen saturations {spo2}, which gave a [[NEWS2]] score of {news}.",
        ),
        _alts(
            "I bleeped the on-call doctor, {doc}, at {time}. {doc.n} attended about forty minutes later and requested a CT head because {P.first} was taking {drug}.",
            "I escalated to {doc} at {time}, and I recall being told that {doc.n} was in the Emergency Department with another patient and would come as soon as possible.",
        ),
        _alts(
            "The scan was not done until {d2.s} at {time}, by which time {P.first}'s conscious level had fallen further.",
            "{P.first} was reviewed by the outreach nurse, {nurse2.n}, shortly afterwards and was moved to {wardno} in the early hours.",
        ),
        _alts(
            "I telephoned {his} {R1.rel}, {R1}, at around {time} to let the family know what had happened and that the doctors were reviewing {him}.",
            "I spoke to {P.first}'s {R1.rel}, {R1}, on the telephone and explained that {he} had fallen and that a scan had been requested.",
        ),
    ),
    pool=(
        '{P.first}\'s {R1.rel}, {R1.first}, visited that afternoon and told me that {he} had seemed "a bit muddled" on the telephone that morning.',
        "I have been asked whether I was aware of the falls care plan; I was, and I had reviewed it at the start of the shift.",
        "At the time of these events I had been qualified for four years and had completed the trust's preceptorship programme.",
        "I note from the records that {P.first} had been assessed on admission as at high risk of falls, with a {score}.",
        "Bed rails had not been used because {P.first} had {epon} and the assessment recorded a risk of entrapment.",
        "I recall that the ward was short of one registered nurse that night and that I escalated this to the site manager, {nurse2.n}, at the start of the shift.",
        "I have since reflected on these events with my line manager, {nurse.n}, and I have completed the trust's falls e-learning.",
        "I was not involved in {his} care after {he} was transferred to {ward2} on {d2}.",
        "{P} was {age} years old and had been admitted on {d0} from {home} with a {dur} history of increasing confusion.",
        'The family have told the investigation that {P.first} was "always on the go" at home, and I accept that {he} may not have felt able to wait for help.',
        "I did not record the time of my call to the doctor at the time; my entry in the notes was written retrospectively at {time}.",
        "The enhanced observation policy in use at the time did not require one-to-one supervision for patients with a {score}.",
        "I have been shown the entry made by {doc.n} at {time}, which records the plan for hourly neurological observations.",
    ),
    ending=(
        "I believe that the facts stated in this witness statement are true.\nSigned: {x1.full}\nDated: {d3.y}",
        "Statement of truth: I believe the contents of this statement to be true.\n{x1.tfull}\n{d3.y}",
    ),
)

REG28 = Style(
    name="regulation28_response",
    register="formal",
    sep="\n\n",
    roles={
        "x1": (
            "Chief Executive",
            "Medical Director",
            "Chief Nurse",
            "Chief Medical Officer",
            "Director of Nursing and Quality",
        )
    },  # fmt: skip
    header=(
        "{coroner.tfull}\nHM Senior Coroner\nThe Coroner's Court\n\n{d4.y}\n\nDear {coroner.title},\n\nRe: [[Regulation 28]] Report to Prevent Future Deaths – {P.full} (deceased)\nYour reference: {coref}",
        "PRIVATE AND CONFIDENTIAL\nFor the attention of {coroner.tfull}, Area Coroner\nDate: {d4.y}\n\nDear {coroner.title},\n\nResponse to the Prevention of Future Deaths report concerning {P.tfull} – ref {coref}",
    ),
    core=(
        _alts(
            "Thank you for your [[Regulation 28]] report dated {d3.y}, issued after the inquest into the death of {P.tfull}, aged {age}, which concluded on {d3}.",
            "I write in response to the report you sent to {trust} on {d3.y} following the inquest into the death of {P.full}.",
        ),
        _alts(
            "On behalf of {trust}, I would first like to repeat our sincere condolences to {P.first}'s family, and in particular to {his} {R1.rel}, {R1.tfull}, who has been closely involved throughout the investigation.",
            "I would like to begin by again offering our condolences to the family of {P.title}, and to acknowledge the courage of {his} {R1.rel}, {R1}, in giving evidence at the inquest.",
        ),
        _alts(
            "Your report raised three matters of concern, which I address in turn below.",
        ),
        _alts(
            "1. Escalation when the responsible doctor is unavailable. Since the inquest we have introduced a second-tier escalation to the critical care outreach team for any patient with a [[NEWS2]] score of {news} or more who has not been reviewed within 30 minutes. Compliance is audited monthly and reported to the Quality Committee.",
            "1. Recognition of deterioration in patients with {epon}. A revised guideline has been approved, and all registered nurses on {ward} and the other medical wards will have completed face-to-face training by {dl}.",
        ),
        _alts(
            "2. Communication with the family. You heard evidence from {R1.first} that messages left on the ward were not passed on. {ward} now keeps a relatives' contact log, and next of kin details are checked at the first board round after admission.",
            "2. Information given to families. Every adult inpatient area now records a named nurse contact for the family each shift, and our Family Liaison service, which supported {R1.first}, has been extended to seven days.",
        ),
        _alts(
            "3. Out-of-hours CT scanning. A business case for a second overnight radiographer was approved by the Board in {month}, and we expect recruitment to be complete by {dl}.",
            "3. Handover between teams. A structured electronic handover was introduced on {d4} and its use will be audited again in {dl}.",
        ),
    ),
    pool=(
        "The family's own account, given by {R1.first} at the inquest on {d3}, has been used in staff training with the family's consent.",
        "The learning from {P.title}'s death has been shared through our patient safety incident response plan, and the investigation (reference {steis}) has been reviewed by {icb}.",
        "We have also shared the learning with colleagues at {hospital2}, where a similar pathway is in place.",
        "I would be happy to provide further evidence of these actions, including audit results, should you require it.",
        "We have written separately to {R1.title} to explain these changes and have offered a meeting with {cons}, the clinical lead, at a time convenient to the family.",
        "The ward's nursing establishment was reviewed in {month}, and two additional [[Band 5]] posts have been funded.",
        "Training on the sepsis pathway, including the atypical presentation of infection in patients with {epon}, is now mandatory for all resident doctors at induction.",
        "Progress against each action is monitored by the Executive Patient Safety Group, chaired by {x1.n}.",
    ),
    ending=(
        "Yours sincerely,\n\n{x1.tfull}\n{x1.role}\n{trust}",
        "Yours sincerely,\n\n{x1.full}\n{x1.role}, on behalf of {trust}",
    ),
)

COMPLAINT = Style(
    name="complaint_response",
    register="formal",
    roles={
        "x1": (
            "Chief Executive",
            "Director of Nursing",
            "Deputy Chief Nurse",
            "Divisional Director of Operations",
            "Head of Patient Experience",
        )
    },  # fmt: skip
    header=(
        "Our ref: {cref}\n{d3.y}\n\nPrivate and confidential\n{R1.tfull}\n{addr2.ml}\n\nDear {R1.title},",
        "Complaint reference {cref}\nDate: {d3.y}\n\n{R1.tfull}\n{addr2}\n\nDear {R1.title}\n\nRe: {P.tfull}, {ward}",
    ),
    core=(
        _alts(
            "Thank you for your letter of {d3}, in which you raised concerns about the care your {prel}, {P.title}, received on {ward} at {hospital} between {d0} and {d}.",
            "Thank you for contacting us on {d3} about the care of your {prel}, {P.aka} during {his} admission to {hospital} in {dm}.",
        ),
        _alts(
            "I was very sorry to read about your experience, and I hope this letter answers the questions you asked about the care of your {prel}, who was {age.w} at the time.",
            "I am sorry that you have needed to write to us, and for the distress this has caused you and your family.",
        ),
        _alts(
            "Your complaint has been investigated by {nurse.n}, Matron for Older People's Services, who has spoken to the staff involved and reviewed the records.",
            "{nurse.n}, the Matron, has looked into each of the points you raised, and I have also asked {cons} to review the medical care.",
        ),
        _alts(
            'You told us that "{P.nick} was left sitting in a wet pad for most of the afternoon and nobody answered the buzzer". I am sorry to say the records do not show that {his} continence care was checked between {time} and {time}. This falls below the standard we expect.',
            'You described finding your {prel} "cold, with the window wide open and no blanket" when you visited on {d.s}. The ward team accept that {he} should have been checked more often, and I apologise.',
        ),
        _alts(
            "You also asked why you were not told that {he} had fallen on the night of {d.s}. {nurse2} tried to ring the number held for you, but it was out of date; the number we now hold is {tel}.",
            "You asked why the family were not told about the change in {his} medication. {doc} has explained that {drug} was stopped because of a low blood pressure reading of {bp}, and accepts that this should have been discussed with you.",
        ),
    ),
    pool=(
        "I have seen the online fundraising page you set up in {P.first}'s memory ({url}); I am so sorry for your loss.",
        "You asked about the delay in {his} discharge. The records show {he} was medically fit from {d.s} but the care package from {agency} could not start until later.",
        'You also mentioned that {nurse2.n} was "the only one who sat and listened"; I have passed your comments on to her.',
        "{cons} is satisfied that treating {his} chest infection with oral antibiotics was reasonable, given a [[CURB-65]] score of 1 at the time.",
        "I understand how upsetting it was to find {his} hearing aids missing when {he} moved to {ward2}. We will reimburse the cost under our lost property policy.",
        "With your permission, we have shared your letter with the ward staff so that they can hear in your own words how this felt.",
        "If it would help, {nurse.n} would be happy to meet you on the ward; you can arrange this through the complaints team on {tel2} or by e-mail to {mailbox}.",
        "The fall has been recorded on our incident reporting system under reference {ref} and reviewed by the falls prevention team.",
        "The ward now records a named contact for each family at the start of every shift.",
        "{P.title}'s medical history, including {epon}, meant that {he} needed more help with eating than the care plan described.",
    ),
    ending=(
        "If you remain unhappy with our response, you may ask the Parliamentary and Health Service Ombudsman to review your complaint.\n\nYours sincerely,\n\n{x1.tfull}\n{x1.role}",
        "Once again, please accept my apologies.\n\nYours sincerely\n\n{x1.full}\n{x1.role}, {trust}",
    ),
)

PALS = Style(
    name="pals_contact",
    register="report",
    sep="\n",
    roles={"x1": ("PALS Officer", "PALS Advisor", "Patient Experience Officer")},
    header=(
        "PALS CONTACT RECORD\nRef: {pref}   Date received: {d}   Method: telephone\nEnquirer: {R1.full} ({R1.rel}) – tel {tel}\nPatient: {P.caps}   DOB {dob}   NHS No {nhs}\nWard/Dept: {ward}, {hospital}",
        "PALS – new contact {pref}\nReceived {d.y} by email from {email}\nRe: {P.full} (hosp no {hosp}), currently on {ward}\nEnquirer: {R1.tfull}, {R1.rel}. Contact number {tel}",
    ),
    core=(
        _alts(
            "Details: {R1.first} says {R1.his} {prel} has been on {ward} since {d0.s} and the family have not had any update from the doctors.",
            "Details: enquirer rang to say {R1.his} {prel} was due home on {d0.s} but is still on the ward and nobody can say why.",
        ),
        _alts(
            "States that {P.nick} has dementia and was found at visiting with a cold cup of tea and an untouched lunch tray.",
            'Enquirer says {P.first} "hasn\'t had a wash in three days" and that {his} glasses have gone missing.',
        ),
        _alts(
            "Also concerned about a large bruise to {P.first}'s left arm – nobody on the ward could tell {R1.him} how it happened.",
            "Also concerned that {P.first} was moved to {ward2} at {time} without the family being told.",
        ),
        _alts(
            "Action: rang {ward} at {time}, spoke to {nurse}, who agreed to call {R1.first} before the end of the shift and to ask {doc} to update the family after the board round.",
            "Action: emailed ward manager {nurse.n} and the matron, {nurse2.n}, asking for a call back to the family today.",
        ),
        _alts(
            "Follow-up {d2.s}: {R1.first} confirms the ward rang. Still unhappy about the bruise; advised how to make a formal complaint and leaflet sent to {email}.",
            "Follow-up {d2.s}: spoke to {R1.first} again – meeting arranged with {nurse2.n} on the ward for {d3}.",
        ),
    ),
    pool=(
        'Enquirer stresses {P.first} is {age} and "doesn\'t like to make a fuss".',
        "Enquirer says the family have posted about this on social media ({url}) and are considering contacting the local paper.",
        "Enquirer gave alternative number {tel2} (work).",
        'Enquirer wished it noted that the night staff were "lovely" and that the concerns are about the day team.',
        "Patient lacks capacity for this decision (MCA assessment dated {d0.s}); enquirer is NOK and holds LPA for health and welfare.",
        "Datix not needed at this stage – discussed with {nurse2.n}, who will review the bruise and complete a body map.",
        "Previous PALS contact {dp.y} (car parking) – resolved.",
        "Patient also known to {gp}; GP not contacted.",
        "Enquirer mentioned {P.first} has {epon} and that {his} {drug} was given late twice this week.",
        "Enquirer asked for all correspondence to go to {addr2} rather than the patient's home.",
        "{R1.first} also asked about visiting times for children; advised of the ward policy.",
    ),
    ending=(
        "Status: closed – resolved informally. Logged by {x1.n}, {x1.role}.",
        "Outcome: escalated to formal complaint ({cref}). Record closed by {x1}.",
    ),
)

ED_TRIAGE = Style(
    name="ed_triage",
    register="terse",
    sep="\n",
    header=(
        "ED TRIAGE {d.s} {time}\n{P.caps}  {age}{sx}  DOB {dob.s}  Hosp no {hosp}",
        "Triage note – {hospital.abbr} ED – {d}\nPt: {P}, {age}yo {sx}, NHS {nhs}",
        "MAJORS TRIAGE\nName {P.caps} | DOB {dob} | MRN {hosp} | arrived {time} {d.s}",
    ),
    core=(
        _alts(
            "BIBA ({amb}). PC: fall at home, found on floor by {R1.rel} ({R1.first}) this am, ?long lie approx 8hrs.",
            "self presented with {R1.rel} {R1}. PC: SOB worse over {dur}, productive cough, ?chest sepsis.",
            "BIBA from {home}. PC: increased confusion since {wday}, reduced oral intake, ?UTI",
        ),
        _alts(
            "HPC: lives alone at {addr}, usually mobile with frame. unable to recall event. c/o L hip pain. no head injury witnessed.",
            "HPC: care home staff report pt not themselves {dur}. GCS baseline 15 per staff. no falls.",
        ),
        _alts(
            "PMH: {epon}, T2DM, AF on {drug}, CKD 3b, previous {proc}.",
            "PMH: {epon}, {epon}, HTN. Meds: {dose}, {drug}, {drug}.",
        ),
        _alts(
            "Obs: HR 104 irreg, BP {bp}, RR 22, SpO2 {spo2} RA, T {temp}, GCS {gcs}. NEWS2 {news}. CBG 11.2",
            "obs – bp {bp} hr 118 rr 26 sats {spo2} on air temp {temp} gcs {gcs}, news2 {news}",
        ),
        _alts(
            "MTS: falls – cat 2 (orange). ECG done {time}, shown to {doc}.",
            "MTS: SOB in adults – cat 2. sepsis screen +ve, sepsis 6 started {time}, {doc} informed.",
        ),
        _alts(
            "Plan: majors {bed}, analgesia, XR pelvis + L hip, bloods incl CK ?rhabdo. NOK {R1.first} aware, contact {tel}.",
            "Plan: resus {bed}, bloods + cultures, IV abx per guideline. NOK {R1} ({R1.rel}) {tel} – on way in.",
        ),
    ),
    pool=(
        "NOK: {R1.rel} {R1.full}, {tel}.",
        "ECG: sinus tachy 112, no STE.",
        "CBG 14.2, ketones 0.4.",
        "4AT 6 – ?delirium. collateral from {R1.first}: usually fully orientated.",
        "falls risk: high – red socks + bed low.",
        "interpreter not required.",
        "Safeguarding: none identified. lives alone, POC x2 daily via {agency}.",
        "Skin: grade 2 PU to sacrum noted at triage, {score}. photos on system.",
        "pt states 'i just went dizzy and then i was on the floor'.",
        "Allergies: penicillin (rash). Meds per GP summary from {gp}.",
        "seen at triage by {nurse}, handed over to majors nurse {nurse2.n} at {time}.",
        "Previous ED attendance {dp} – fall, discharged same day.",
        "pain 7/10, [[Oramorph]] 5mg given {time} per PGD.",
        "DNACPR from {home}? – not with pt, {R1.rel} bringing copy in.",
        "{lab}, {lab} on VBG. [[lactate 4.1]].",
        "ambulance handover delayed – held on trolley in corridor for 2h 40m.",
    ),
    ending=(
        "Triage nurse: {nurse.n} {time}",
        "triaged by {nurse}",
        "{nurse.ini} / {time}",
    ),
)

WARD_ROUND = Style(
    name="ward_round",
    register="terse",
    sep="\n",
    header=(
        "WR {d.s} – {doc} ({cons.n}'s team)",
        "Consultant ward round {d} – {cons}\nScribe: {doc}",
        "PTWR {d.s} {time}  {ward}  lead: {cons.n}",
    ),
    core=(
        _alts(
            "Pt {P.ini} {age}{sx}, day 4 of admission ({P.aka}). {bed}, {ward}.",
            "{P} {age}{sx} – {bed} – admitted {d0.s} with ?CAP.",
        ),
        _alts(
            "S: c/o SOB overnight, H@N r/v by {doc2} at {time} – given IV furosemide 40mg. slept poorly.",
            "S: says feels 'a bit brighter today'. eating small amounts. {R1.rel} {R1.first} visited yesterday, concerned re confusion.",
        ),
        _alts(
            "O: NEWS2 {news}. BP {bp}, HR 96, SpO2 {spo2} on 2L. chest bibasal creps. calves SNT. {lab}, {lab}.",
            "O: obs stable – BP {bp}, sats {spo2} RA. alert, AMT 6/10. abdo soft NT. {lab}, {lab}.",
        ),
        _alts(
            "A: decompensated HF, ?HAP. background {epon}, T2DM.",
            "A: delirium secondary to infection, improving. known {epon}.",
        ),
        _alts(
            "P: 1. cont IV diuretics, daily wts, fluid chart 2. repeat bloods am 3. echo req 4. d/w {R1.rel} {R1} re ceiling of care – pt has capacity, wishes for ward-based care 5. TTO to pharmacy if improving by {d2.s}",
            "P: 1. iv to oral abx 2. OT/PT r/v 3. {drug} held – INR pending 4. update {R1.rel} ({tel}) 5. EDD {d2.s}",
        ),
    ),
    pool=(
        "social: lives with {R1.rel} at {addr.np}. POC x2.",
        "d/w micro: step down to oral co-amoxiclav 625mg tds.",
        "ECG: AF rate 88, no acute changes.",
        "fluids: 1L over 8h, then review.",
        "CXR {d0.s}: R basal consolidation.",
        "for SALT r/v – coughing on fluids.",
        "{drug} dose reduced, see drug chart.",
        "{R1.first} asks for call after WR – {tel}.",
        "Family: {R1.rel} {R1.first} rang ward, updated by phone ({tel}).",
        "old notes from {hospital2} – echo {dp.y}: EF 35%.",
        "PT/OT: mobilising with ZF, 1 assist. {score}.",
        "Nursing: pressure areas intact, {score}. BNO {days}.",
        "ReSPECT discussed – for full escalation at present.",
        "med reg {doc2.n} aware of plan.",
        "Meds: {dose} prn, {drug} od.",
        "obs {time}: {rscore}, no escalation needed.",
        "TTO: {dose}, {drug}. GP ({gp}) to recheck U&E.",
    ),
    ending=(
        "{doc.n} GMC {gmc}",
        "{doc.ini} {time}",
        "entry by {doc}",
    ),
)

SBAR = Style(
    name="sbar_handover",
    register="terse",
    sep="\n",
    roles={"x1": ("Outreach nurse", "CCOT nurse", "H@N practitioner", "Night Site Manager")},
    header=(
        "SBAR HANDOVER – {ward}, {hospital}\nDate: {d}  Time: {time}\nFrom: {nurse}  To: {x1}",
        "SBAR {d.s} {time} – {ward}\nCaller: {nurse}. Receiver: {x1}",
    ),
    core=(
        _alts(
            "S – {P.title}, {age}, {bed}. acutely more confused since {time}, pulling at cannula. NEWS2 up from 2 to {news}.",
            "S – I am calling about {P} in {bed}, who I think is deteriorating. NEWS2 {news}.",
        ),
        _alts(
            "B – admitted {d0.s} with UTI. background {epon}, {epon}. lives at {home}. NOK {R1.rel} {R1} {tel}.",
            "B – {age}{sx}, admitted {d0} with fall and AKI. PMH {epon}, on {drug}. from home ({addr}).",
        ),
        _alts(
            "A – RR 26, SpO2 {spo2} on air, BP {bp}, HR 118, T {temp}. GCS {gcs} (baseline 15 per {home} staff). not PU since {time}. i think {he} is septic.",
            "A – BP {bp}, HR 124, sats {spo2} on 4L, T {temp}, GCS {gcs}. looks grey and clammy. CBG 3.1 treated.",
        ),
        _alts(
            "R – please r/v within 30 mins. sepsis 6 started: bloods, cultures, lactate. {doc} aware but in another emergency. family want to be called if any deterioration.",
            "R – need senior r/v now. {doc} bleeped x2 no answer. ?for HDU. family ({R1.first}) aware.",
        ),
    ),
    pool=(
        "{R1.rel} {R1.first} visiting – very worried, says {he} is 'not the same' today.",
        "Urine output: 80 ml in last 6h, catheter flushed.",
        "Fluids: 1 L [[Hartmann's]] running at 125 ml/h.",
        "Abx: co-amoxiclav given {time}, next due 22:00.",
        "Lying/standing BP: {bp} lying, {bp} standing.",
        "Previous admission {dp.y} with similar presentation – treated for urosepsis.",
        "Bloods {d.s}: {lab}, {lab}, {lab}.",
        'Pt says "I feel like I\'m going to die, nurse".',
        "Allergies: NKDA. Wt 48kg.",
        "On {dose} and {drug}.",
        "Had a fall {d.s} – head injury obs ongoing.",
        "Capacity: lacks capacity re treatment decisions – best interests with {R1.first}.",
        "{hca} doing 1:1 enhanced obs.",
        "IV access: 20G L ACF, tissued x1.",
        "Skin: {score}.",
        "DNACPR: not in place, ReSPECT not completed.",
        "Last bloods {d0.s}: {lab}, {lab}.",
    ),
    ending=(
        "Handed over by {nurse.n} at {time}. Read back confirmed.",
        "SBAR given by {nurse.ini} {time}",
    ),
)

SAFEGUARDING = Style(
    name="safeguarding_referral",
    register="report",
    sep="\n",
    relations=("son", "daughter", "grandson", "nephew", "husband", "wife", "son-in-law", "partner"),
    header=(
        "ADULT SAFEGUARDING CONCERN – referral to {council}\nReferral date: {d}\nReferrer: {nurse}, {ward}, {hospital}. Tel {tel2}. Email {semail}\n\nAdult at risk: {P.aka}  DOB {dob}  NHS {nhs}\nAddress: {addr}\nGP: {gp}",
        "Safeguarding Adults – Concern Form\nTo: MASH, {council}\nFrom: {nurse}, {hospital} ({semail})\nDate: {d.y}\n\nName: {P.caps}\nD.O.B: {dob}\nAddress:\n{addr.ml}",
    ),
    core=(
        _alts(
            "Nature of concern: suspected neglect and financial abuse.",
            "Type of abuse suspected: financial / material; self-neglect.",
        ),
        _alts(
            "{P.first} was admitted on {d0} from home with dehydration and a category 3 pressure ulcer to the sacrum ({score}).",
            "{P.title} was brought in on {d0} after being found on the floor by a neighbour; {he} was dehydrated and had not eaten for some days.",
        ),
        _alts(
            '{He} lives with {his} {R2.rel}, {R2.full}, who is named as main carer. {P.first} had £2.40 in {his} purse on admission and told staff: "{R2.first} takes my card to the shop and I never see the change."',
            "{He} lives with {his} {R2.rel}, {R2}, who has declined to let carers from {agency} into the house since {dp}.",
        ),
        _alts(
            "{His} {R1.rel}, {R1}, who lives in {town}, told the ward on {d} that {R1.he} had been prevented from visiting since {month}.",
            "{His} {R1.rel}, {R1.full}, phoned the ward on {d.s} and said {R1.he} was worried about money going missing.",
        ),
        _alts(
            "Capacity: {P.first} was assessed by {doc} on {d2.s} as having capacity to decide where to live. {He} does not want the police involved but does want help.",
            "Capacity: assessed by {doc} ({d2.s}) – has capacity for this decision and consents to the referral.",
        ),
    ),
    pool=(
        "Plan: {P.first} may move for a short time to {supported}, a supported living house run by {agency}.",
        "{P.first} is {age} years old and has lived at the address for over forty years.",
        "Concern first raised after a video was shared by a neighbour ({url}) showing {P.first} in the garden in nightwear.",
        "Immediate risk: none while in hospital. Discharge on hold pending the outcome of this referral.",
        "Police: {police} informed with {P.first}'s agreement, crime reference {polref}.",
        "Other agencies involved: district nursing, {agency} (care package suspended {dp.s} at the family's request).",
        "Previous concerns: a referral was made by {gp} on {dp.y}; no further action at that time.",
        "Incident form {ref} completed for the pressure ulcer.",
        "Body map completed and photographs uploaded to the record.",
        "{P.first}'s wishes: \"I don't want to get anyone into trouble, I just want to be looked after properly.\"",
        "Background: {epon}, registered partially sighted, uses a wheelchair outdoors.",
    ),
    ending=(
        "LA reference: {sgref}\nSigned {nurse.n}, {d.s}",
        "Referrer: {nurse.n}, contact via ward on {tel2}. MASH ref {sgref}.",
    ),
)

CALL_REVIEW = Style(
    name="call_111_999_review",
    register="report",
    roles={
        "x1": ("Health Adviser", "Call Handler", "Emergency Medical Dispatcher", "EMD"),
        "x2": ("Clinical Advisor", "Clinical Navigator", "Paramedic", "Senior Clinical Adviser"),
        "x3": ("Clinical Governance Lead", "Patient Safety Lead", "Consultant Paramedic"),
    },
    header=(
        "Call review – NHS 111 and 999\nCase ID: {callref}\nDate of call: {d.y}\nPatient: {P.aka}, {age} yrs, {addr}\nCaller: {R1} ({R1.rel}), call-back {tel}",
        "111/999 CALL SUMMARY – {amb}\nIncident {callref} – {d}\nPt {P.caps}, {age}{sx}\nCaller {R1.full} ({R1.rel}) on {tel}",
    ),
    core=(
        _alts(
            '{R1.first} called NHS 111 at {time} to say that {R1.his} {prel} had been vomiting since the previous evening and was now "not making sense".',
            "The first call was made at {time} by {P.first}'s {R1.rel}, {R1}, who reported chest pain lasting twenty minutes and a history of {epon}.",
        ),
        _alts(
            "The call was taken by {x1}, who completed the Pathways assessment and reached a disposition of 'speak to a clinician within 2 hours'.",
            "{x1} handled the call and triaged it as a Category 3 response.",
        ),
        _alts(
            "The clinical call-back was made at {time} by {x2}, who recorded that {P.first} was 'drowsy but rousable' and upgraded the call to a Category 2 ambulance.",
            "A welfare call was made at {time} by {x2}; no change in condition was reported and the category was not changed.",
        ),
        _alts(
            "A crew from {amb} arrived at {time}, 3 hours 12 minutes after the first call.",
            "The crew arrived at {time} and found {P.first} on the bathroom floor at {addr.np}.",
        ),
        _alts(
            "On arrival {P.first} had a [[GCS]] of {gcs} and a blood pressure of {bp}, and was conveyed to {hospital}.",
            "{P.first} was conveyed to {hospital} with a pre-alert; [[GCS]] {gcs}, SpO2 {spo2}.",
        ),
    ),
    pool=(
        "{P.first} was later admitted to {ward} with a diagnosis of {epon} complicated by sepsis.",
        "A second call was made by {R1.first} at {time}: \"{He}'s gone a funny colour and I can't wake {him} properly.\" This was not recognised as a deterioration.",
        "The call audio was reviewed by {x2.n} and the panel on {d3}.",
        "The ambulance service incident number is {ref}.",
        "There were 41 Category 2 calls waiting across the region at the time.",
        "The caller was not asked whether {P.first} took {drug}.",
        "A post-event message was sent to {gp} at {time}.",
        "{P.first} had a history of {epon} and lived with {R1.his} {R1.rel} at the address given.",
        "The call-back number recorded on the system was {tel}; a second number, {tel2}, was given during the second call.",
    ),
    ending=(
        "Reviewer: {x3}, {d3.y}",
        "Review completed {d3.y} by {x3.n}.",
    ),
)

PAEDIATRIC = Style(
    name="paediatric_incident",
    register="report",
    ages="child",
    relations=("mother", "father", "grandmother", "stepfather", "aunt"),
    roles={
        "x1": (
            "Children's Nurse",
            "[[Band 6]] children's nurse",
            "Staff Nurse",
            "Student Nurse",
            "Play Specialist",
            "Paediatric Reg",
        )
    },  # fmt: skip
    header=(
        "INCIDENT REPORT – Children's Services\nIncident no: {ref}\nDate/time of incident: {d} {time}\nLocation: {ward}, {hospital}",
        "Paediatric incident {ref} – {ward} – reported {d.y}",
    ),
    core=(
        _alts(
            "Patient: {P.full}, aged {cage}, hosp no {hosp}. Weight 14.2 kg.",
            "Child: {P.caps} ({cage}), NHS {nhs}.",
        ),
        _alts(
            "What happened: {P.first} was prescribed paracetamol 15 mg/kg. The dose was calculated from the weight entered in ED, which had been recorded in pounds rather than kilograms, and {P.first} received two doses of 480 mg.",
            "What happened: an infusion of maintenance fluids was set at 60 ml/h instead of 16 ml/h and ran for about {dur} before it was noticed.",
        ),
        _alts(
            "The error was noticed by {x1} at the {time} drug round.",
            "It was picked up by {x1} during the safety huddle at {time}.",
        ),
        _alts(
            "{P.first}'s {R1.rel}, {R1}, was told at the bedside by {x1.n} and {doc}, and the conversation was documented.",
            "{P.first}'s parents, {R1.first} and {R2.first}, were informed by {cons} the same afternoon.",
        ),
        _alts(
            "A paracetamol level at 4 hours was below the treatment line; LFTs normal. PEWS 2 throughout.",
            "U&E were repeated: {lab}. PEWS remained 1–2 and no treatment was needed.",
        ),
    ),
    pool=(
        "Observations after the error: HR 118, RR 24, SpO2 {spo2}, temperature {temp}; PEWS 1.",
        "The prescription was written by {doc} at {time} using the weight in the ED record.",
        "{P.first} was admitted on {d0} with {cepon} and had been on the ward for {days}.",
        "The ward was staffed with four registered children's nurses for 18 patients; two were agency.",
        "{R1.first} asked for a copy of this report to be sent to {email}.",
        "Learning was shared at the paediatric safety huddle and in the Children's Services newsletter.",
        "{P.first} lives with {his} {R1.rel} at {addr}; {R1.first} can be reached on {tel}.",
        "{P.first} attends {school}, and the school nurse had flagged a previous admission on {dp.y}.",
        "The family asked that {P.first}'s {R2.rel}, {R2}, also be kept informed.",
        "Contributory factors: agency nurse unfamiliar with the electronic prescribing system; no second checker available at the time.",
        "The weight field has been changed to kilograms only, following a request to the EPMA team.",
        "Safeguarding checked – no concerns; child not on a child protection plan.",
        "{P.first} was discharged home to {addr} on {d2} with advice; GP ({gp}) informed.",
        "Background: {cepon} diagnosed {year}, under {hospital2} for follow-up.",
        '{R1.first} said: "{P.first} kept saying {his} tummy hurt and I thought it was just the hospital food."',
    ),
    ending=(
        "Reported by: {x1.n}\nReviewed by: {cons}, {d2}\nHarm: low",
        "Reporter {x1.n}; handler {nurse}. Graded no harm on {d2.s}.",
    ),
)

WRONG_SITE = Style(
    name="never_event_wrong_site",
    register="report",
    roles={
        "x1": ("ODP", "Operating Department Practitioner", "Anaesthetic Practitioner"),
        "x2": ("Scrub Nurse", "Scrub Practitioner", "Theatre Sister"),
        "x3": ("Consultant Orthopaedic Surgeon", "Consultant Surgeon", "Orthopaedic Reg"),
        "x4": ("Consultant Anaesthetist", "Anaesthetic Reg"),
    },
    header=(
        "NEVER EVENT – 72 hour report\nStEIS ref: {steis}   Local ref: {ref}\nDate of procedure: {d.y}\n[[Theatre 4]], {hospital}",
        "Wrong site surgery – initial review\n{trust}\nIncident {ref} / StEIS {steis}\nPatient: {P.ini}, hosp no {hosp}",
    ),
    core=(
        _alts(
            "{P.title}, {age}, was listed for a left knee arthroscopy on the morning list of {x3}.",
            "{P} was listed for excision of a lesion from the left foot under {x3} on {d}.",
        ),
        _alts(
            "The WHO Surgical Safety Checklist sign-in was completed by {x1} at {time}. The consent form and the list both said LEFT, and the site mark was on the left.",
            "The sign-in was done in the anaesthetic room by {x1}; the consent form said left but the list printed on {d0.s} said right.",
        ),
        _alts(
            "The team was waiting for an image intensifier during the time out, and the time out was not repeated when {x3.n} came back from clinic.",
            "The time out was led by {x4} while the surgeon was scrubbing, and the site mark was covered by drapes.",
        ),
        _alts(
            "The procedure started on the right side. {x2} noticed the site mark at {time}, twelve minutes in, and the procedure was stopped.",
            "The incision was made on the wrong side; this was recognised by {x2.n} when the images were checked and the wound was closed.",
        ),
        _alts(
            "{P.first} was told in recovery by {x3.n} and {x4}, with {his} {R1.rel}, {R1}, present. A written apology was sent on {d2}.",
            "{x3.n} spoke to {P.first} and {his} {R1.rel} {R1.first} on the ward that afternoon and apologised.",
        ),
    ),
    pool=(
        "The consent form was signed on {d0.s} in clinic with {x3.n}; {P.first} was given a copy.",
        "{P.first} lives at {addr} and was admitted on the morning of surgery.",
        "Anaesthetic: spinal at [[L3/4]] with sedation, uneventful.",
        "Immediate actions: all lists that week had the time out observed by the theatre manager, {nurse.n}.",
        "Background: {epon}, [[T2]] diabetes, [[BMI 34]].",
        "The family were given the investigator's direct number, {tel2}.",
        "This is the second wrong site event in the trust since {year}.",
        "The correct procedure was performed on {d2} by {cons} without complication.",
        "{P.first}'s {R1.rel} asked: \"How can you get the wrong leg when it's drawn on with a pen?\"",
    ),
    ending=(
        "Report completed by {nurse2.n}, Theatre Matron, {d2.y}",
        "Prepared by {nurse2.n} for the Serious Incident Panel, {d3}.",
    ),
)

RETAINED = Style(
    name="never_event_retained_swab",
    register="report",
    roles={
        "x1": ("Scrub Nurse", "Scrub Practitioner", "ODP"),
        "x2": ("Circulating Nurse", "HCA", "Theatre Support Worker"),
        "x3": ("Consultant General Surgeon", "Consultant Surgeon", "Surgical Reg", "SpR"),
    },
    header=(
        "Serious incident: retained foreign object post procedure\nRef {steis} / {ref}\nPatient {P.caps}, {hosp}\nProcedure date {d0.y}",
        "NEVER EVENT – retained swab\n{hospital}, {d.y}\nDatix {ref}",
    ),
    core=(
        _alts(
            "{P} underwent an emergency [[Hartmann's procedure]] on {d0} under {x3} for perforated diverticular disease.",
            "{P.title} had a laparotomy on {d0} for adhesional small bowel obstruction, performed by {x3}.",
        ),
        _alts(
            "The closing count was recorded as correct by {x1} and {x2}; the swab board was wiped before the final count was signed.",
            "The count was interrupted at {time} when {x1} was called to another theatre, and was completed by a relief nurse.",
        ),
        _alts(
            "{P.first} had persistent pain and a temperature of {temp} on day 5, [[POD5]], and a CT on {d} showed a radio-opaque marker in the pelvis.",
            "An abdominal X-ray on {d} for ileus showed a retained swab with its marker in the left iliac fossa.",
        ),
        _alts(
            "{He} returned to theatre on {d2.s} for removal; there was a small collection but no further injury.",
            "The swab was removed at relook laparotomy on {d2}; {P.first} went to {wardno} for 24 hours.",
        ),
        _alts(
            "{x3.n} explained what had happened to {P.first} and {his} {R1.rel}, {R1}, the same day.",
            "Duty of candour was completed by {x3.n} with {P.first} and {R1.first} ({R1.rel}) on {d2.s}.",
        ),
    ),
    pool=(
        "The count sheet was signed by {x1.n} and {x2.n} at {time}.",
        "{P.first} was discharged home to {addr} on {d3.s} and is being followed up in clinic by {x3.n}.",
        "The swab count policy has been changed so that the board is not wiped until sign out.",
        "The theatre was running 90 minutes over, and the team had changed twice during the case.",
        "{P.first} has a history of {epon} and takes {drug}.",
        "Learning will be shared at the theatres audit afternoon on {d3}.",
        "The family asked for the investigation report to be sent to {email}.",
        "Instrument tray checks were correct throughout; no other items were missing.",
        'The patient said: "I just want to know it won\'t happen to anyone else."',
    ),
    ending=(
        "Investigating officer: {nurse}, {d3.y}",
        "Report by {nurse.n}; approved by {cons}.",
    ),
)

MH_ABSCONSION = Style(
    name="mental_health_absconsion",
    register="report",
    ages="young",
    relations=("mother", "father", "sister", "brother", "partner", "grandmother"),
    roles={
        "x1": ("RMN", "Staff Nurse", "Support Worker", "Nurse in Charge", "HCA"),
        "x2": ("Responsible Clinician", "Consultant Psychiatrist"),
        "x3": ("PC", "Police Sergeant", "DC", "PCSO"),
    },
    header=(
        "Patient safety incident – AWOL / absconsion\n{mhtrust}\nUnit: {unit}   Ward: {ward}\nDatix: {ref}   Date: {d}",
        "ABSCONSION REPORT – {ward}, {unit}\n{d.y}, {time}\nPatient: {P.full} ({hosp})",
    ),
    core=(
        _alts(
            "{P} ({age}) is detained under [[Section 3]] of the Mental Health Act and was on level 2 observations (every 15 minutes).",
            "{P.first}, {age}, was an informal patient on {ward}, nursed on [[level 1]] general observations.",
        ),
        _alts(
            "At {time} {he} left the ward behind a visitor when the airlock doors were opened for the lunch trolley. {x1} saw {him} leave and followed as far as the car park.",
            "{He} did not return from 30 minutes of escorted [[S17]] leave in the hospital grounds at {time}.",
        ),
        _alts(
            "The nurse in charge, {nurse.n}, informed {police} at {time}; the police log is {polref}. {His} {R1.rel}, {R1}, was phoned on {tel} as {P.first} has gone to {R1.his} house before ({addr2}).",
            "{police} were told at {time} (ref {polref}) and {his} {R1.rel} {R1} was contacted on {tel}.",
        ),
        _alts(
            "{P.first} was found by {x3} at {time} on {street2}, near the railway bridge, and was brought back to the ward unharmed.",
            "{He} was found at {R1.his} {R1.rel}'s address by {x3} at {time} and returned by ambulance.",
        ),
        _alts(
            "{x2} reviewed {him} the next morning ({d2.s}); leave was suspended and observations increased.",
            "{P.first} was reviewed by {x2} on {d2} and the risk assessment was updated.",
        ),
    ),
    pool=(
        "{P.first} came to the ward from {prison} in {month}, on transfer under [[Section 47/49]].",
        "{P.first} was last seen on the ward CCTV at {time} walking towards the main entrance on {street2}.",
        "{P.first}'s {R1.rel} asked that future calls go to {tel2}.",
        "Risk history: two previous absconsions ({dp.s} and once in {month}), both followed by self-harm.",
        "The ward was at 118% occupancy, with two bank staff on the shift.",
        '{P.first}\'s {R1.rel} told the reviewer: "I told them {he} was talking about the bridge again. Nobody rang me back."',
        "Medication: [[clozapine 300 mg]] nocte; the last level was subtherapeutic.",
        "The airlock interlock had been reported as faulty on {d0.s}.",
        "{His} care coordinator, {O1}, from the community team was informed the next day.",
        "{P.first} has a diagnosis of paranoid schizophrenia and uses cannabis.",
        "No injuries on return; physical observations BP {bp}, HR 102, NEWS2 {news}.",
    ),
    ending=(
        "Reported by {x1.n}. Reviewed at the daily safety huddle, {d2}.",
        "Datix completed by {nurse.n}; reviewed by {x2.n} on {d2.s}.",
    ),
)

DISTRICT_NURSING = Style(
    name="district_nursing_visit",
    register="terse",
    sep="\n",
    roles={
        "x1": (
            "District Nurse",
            "DN",
            "Community Staff Nurse",
            "Community Matron",
            "[[Band 6]] DN",
            "Student Nurse",
        )
    },  # fmt: skip
    header=(
        "District nursing visit – {d}  {time}\nPatient: {P.title}  DOB {dob}  NHS {nhs}\nAddress: {addr}\nVisit by: {x1}",
        "DN CONTACT {d.s}\n{P.caps} – {addr}\nSeen by {x1}",
    ),
    core=(
        _alts(
            "Reason: wound care sacral PU, twice-weekly. Key safe used per care plan.",
            "Reason: catheter care + leg ulcer dressings. Let in by {R1.rel}.",
        ),
        _alts(
            "found pt in bed, pleasant, says {he} hasn't been out of bed since {wday}. carers from {agency} attending qds.",
            "pt sat in chair, alert, a bit low in mood. {R1.rel} {R1} present for part of visit.",
        ),
        _alts(
            "Wound: cat 3 PU sacrum 4 x 3 cm, slough 40%, mod exudate, no odour. cleansed, Aquacel Ag + foam. photo taken.",
            "Wound: L gaiter ulcer 6 x 5 cm, green exudate, surrounding erythema – ?infected. swab taken. ABPI 0.9.",
        ),
        _alts(
            "Risk: {score}, {score}. air mattress in situ – not inflated, pump alarm sounding. rang equipment service, replacement within 4hrs.",
            "Risk: {score}. heels offloaded. pt declining to be turned at night.",
        ),
        _alts(
            "{R1.rel} {R1} concerned re weight loss – advised to contact {gp} for dietetic referral.",
            "d/w {R1.first} by phone ({tel}) – agrees to ring surgery re antibiotics.",
        ),
    ),
    pool=(
        "{age}yo, lives alone, {R1.rel} visits daily.",
        "{agency} carer present – reports {P.first} has not eaten breakfast for {dur}.",
        "Continence: pad changed, skin intact to groins.",
        "Fluid intake poor – encouraged, jug left within reach.",
        "Catheter: 14Ch [[Foley]] changed, due again 12 weeks. residual 40 ml.",
        "MUST screen repeated: {score}.",
        "Advised {R1.first} to ring 111 if pt develops a temperature or becomes more confused.",
        "Liaised with the Community Matron re increasing visits to daily.",
        "Referred to tissue viability ({d2.s}).",
        "Meds: {dose} qds prn, {drug}. no new concerns.",
        "obs: BP {bp}, HR 88, T {temp}, SpO2 {spo2}.",
        "next visit {d2.s} – please check mattress inflated.",
        "rang {R1.first} on {tel} to confirm plan.",
        "DNACPR + ReSPECT in house, yellow folder on fridge.",
        "safeguarding considered – no concerns at present, family engaged.",
        '{P.nick} says "I\'m fed up of lying here love, I want to see out the window".',
        "GP ({gp}) emailed re review of {drug}.",
        "PMH {epon}, {epon}.",
    ),
    ending=(
        "{x1.n} {time}",
        "Signed {x1.ini}",
        "{x1}",
    ),
)

DISCHARGE = Style(
    name="discharge_summary",
    register="terse",
    sep="\n",
    header=(
        "DISCHARGE SUMMARY\n{hospital} – {trust}\nPatient: {P.caps}   DOB: {dob}   NHS no: {nhs}   Hosp no: {hosp}\nAddress: {addr}\nGP: {gp}\nAdmitted: {d0.y}   Discharged: {d.y}\nWard: {ward}   Consultant: {cons.n}",
        "Inpatient discharge letter – {hospital}\nTo: {gp}\nRe: {P.tfull}, {addr}, DOB {dob}, NHS {nhs}\nAdmission {d0} – discharge {d}, under {cons.n}",
    ),
    core=(
        _alts(
            "Diagnosis: 1. community-acquired pneumonia ([[CURB-65]] 2) 2. AKI stage 2 – resolved. Comorbidities: {epon}, {epon}, T2DM.",
            "Diagnosis: fractured neck of femur (L), [[Garden IV]], hemiarthroplasty {d0.s}. Comorbidities: {epon}, {epon}.",
        ),
        _alts(
            "Summary: {age}-year-old {man} admitted via ED with {dur} history of productive cough and falls. treated with IV {drug} then oral step-down. mobility back to baseline per therapy.",
            "Summary: {age} y/o {man}, fall at home. post-op delirium, managed non-pharmacologically. mobilising with frame and one assist.",
        ),
        _alts(
            "Medication changes: STOPPED ramipril (AKI). STARTED {dose}. CHANGED furosemide 40mg to 20mg OD.",
            "Medication changes: STARTED {drug} 40mg OD for 28 days, {dose} prn. STOPPED amlodipine ({bp} on standing).",
        ),
        _alts(
            "Follow-up: CXR in 6 weeks via GP. respiratory clinic {d3.s} at {time}. U&E within 1 week.",
            "Follow-up: fracture clinic {d3} – letter to follow. Wound check by DN day 10–14.",
        ),
        _alts(
            "Discharge destination: {home} – {R1.rel} {R1} aware and collecting.",
            "Discharged home to {addr.np} with POC QDS ({agency}). NOK {R1} ({R1.rel}) {tel}.",
        ),
    ),
    pool=(
        "Functional status: mobile with frame, independent with transfers, needs help with washing.",
        "Investigations: CXR {d0.s} – R lower lobe consolidation. Echo not done.",
        "Driving: advised not to drive for 4 weeks.",
        "Appointments: {hospital2} ophthalmology {d3.s} (existing).",
        "Social: lives with {R1.rel}; package of care restarted from {d2.s}.",
        "Smoking: ex-smoker 40 pack-years.",
        "Information shared with {home} by phone on {d.s} ({tel3}).",
        "Weight on discharge 52.4 kg, [[BMI 19]].",
        "Allergies: NKDA.",
        "Copy of letter given to patient and sent to {home}.",
        "DN referral made for wound check.",
        "Resus status: DNACPR, ReSPECT form with patient.",
        "Actions for GP: please recheck U&E in 1 week and restart ramipril if creatinine <120.",
        "Outstanding results: blood cultures {d0.s} – NG at 48h, final pending.",
        "Queries: ward on {tel2}.",
        "Last obs: BP {bp}, SpO2 {spo2} RA, NEWS2 {news}.",
        "Bone health: started on [[Adcal-D3]], DEXA requested.",
    ),
    ending=(
        "Completed by {doc}, {d.s}",
        "Author: {doc.n}. Checked by pharmacist {O1.n}.",
    ),
)

PERINATAL = Style(
    name="perinatal_review",
    register="report",
    ages="mother",
    relations=("partner", "husband", "mother", "sister"),
    roles={
        "x1": (
            "Midwife",
            "RM",
            "Labour Ward Coordinator",
            "Community Midwife",
            "[[Band 7]] coordinating midwife",
        ),
        "x2": ("Consultant Obstetrician", "Obstetric Reg", "ST6 obstetrics"),
        "x3": ("Neonatal Reg", "Consultant Neonatologist", "ANNP"),
        "x4": ("Bereavement Midwife", "Bereavement Specialist Midwife"),
    },
    header=(
        "Perinatal Mortality Review – summary\nPMRT ref: {pmrt}   Trust ref: {ref}\nMother: {P.full}, {age}   NHS {nhs}\nBaby: {B}, born {d.y} at {time}",
        "PERINATAL REVIEW (PMRT {pmrt})\n{trust}\nMother {P.caps}, DOB {dob}\nBirth {d}, {suite}",
    ),
    core=(
        _alts(
            "{P.first} booked at 10 weeks with {x1} in the community and was low risk, [[G2P1]]. Her first baby was born at {hospital2} without complications.",
            "{P.first} ({age}) was booked under consultant-led care because of [[BMI 38]] and previous gestational diabetes.",
        ),
        _alts(
            "At [[38+4]] weeks, on {d0}, she rang Maternity Triage with reduced fetal movements and was advised to lie on her left side and call back.",
            "At [[40+2]] weeks she attended {suite} on {d0.s} with reduced movements; CTG was normal and she went home.",
        ),
        _alts(
            "On arrival at {suite} the CTG was reviewed by {x2} at {time} and classified as pathological.",
            "{x1} could not find the fetal heart with the Pinard and Doppler at {time}; {x2} was called.",
        ),
        _alts(
            "{B} was born by category 1 caesarean section. Apgar [[2, 5 and 7]]; cord arterial [[pH 7.01]]. {B} was transferred for cooling to {hospital2} and died on {d2}, with {P.first} and {R1.first} present.",
            "{B} was stillborn at {time}. {P.first} and {R1.first} spent time with {B} in the bereavement suite.",
        ),
        _alts(
            'Parents\' perspective: {P.first} and {R1.first} told the review: "We rang twice. The second time they said to have a cold drink and call back if nothing changed."',
            'Parents\' perspective: "{P.first} knew something was wrong. Nobody listened to her until it was too late," said her {R1.rel}, {R1}.',
        ),
    ),
    pool=(
        "{P.first} and {R1.first} live at {addr}; the community midwife team is based at {gp}.",
        "{P.first} called the triage line from {tel} at {time}; the call lasted four minutes.",
        "The panel included an external member from {hospital2}.",
        "Placental histology showed maternal vascular malperfusion.",
        "Learning: the triage telephone script for reduced movements will be revised by {dl}.",
        "{x4} visited the family at home on {d3} and has arranged the follow-up appointment with {x2.n}.",
        "Booking bloods normal; [[PAPP-A]] 0.6 MoM; [[GBS]] negative.",
        "An interpreter was not used at the triage call, although {P.first}'s first language is not English.",
        "The family have asked that {B} is referred to by name in all correspondence.",
        "MBRRACE-UK was notified on {d2.s}; the case was reported to HSSIB.",
    ),
    ending=(
        "Chair: {x2.n}. Report shared with the family on {d4.y}.",
        "Review chaired by {x2}; report sent to {P.first} and {R1.first} at {addr} on {d4}.",
    ),
)

ME_SCRUTINY = Style(
    name="medical_examiner_scrutiny",
    register="terse",
    sep="\n",
    roles={"x1": ("Medical Examiner", "ME"), "x2": ("Medical Examiner Officer", "MEO")},
    header=(
        "MEDICAL EXAMINER SCRUTINY\nME ref: {meref}\nDeceased: {P.caps}   DOB {dob}   DOD {d}   Age {age}\nPlace of death: {ward}, {hospital}\nME: {x1}   MEO: {x2}",
        "ME scrutiny note – {meref}\n{P.full}, {age.w}, died {d.y} on {ward}\nNHS {nhs} / hosp {hosp}",
    ),
    core=(
        _alts(
            "Records reviewed: full inpatient notes, ED card, drug chart. admitted {d0.s} after fall, # NOF, [[Garden IV]], operated day 2.",
            "Records reviewed: ED card, medical notes, obs charts. admitted {d0.s} with ?sepsis, on end of life care from {d.s}.",
        ),
        _alts(
            "Proposed MCCD, discussed with {doc} (attending practitioner): 1a hospital-acquired pneumonia 1b fractured neck of femur (operated) 2 {epon}, frailty",
            "MCCD agreed with {doc}: 1a urosepsis 2 {epon}, CKD stage 4",
        ),
        _alts(
            'Bereaved: {R1} ({R1.rel}) by phone {d2.s}, {tel}. {R1.first} said: "The operation went fine but then {he} just stopped eating and nobody seemed to notice."',
            "Bereaved: spoke to {R1.rel} {R1.tfull} on {tel} ({d2.s}). no concerns about care; thanked staff on {ward}.",
        ),
        _alts(
            "Concerns: family query re food charts and delayed SALT review. ME notes 3 days with no fluid balance recorded.",
            "Concerns: none from family. ME notes DNACPR not discussed until day 6.",
        ),
        _alts(
            "Outcome: not for coroner referral. Refer for SJR (family concerns).",
            "Outcome: coroner referral – death within 24h of procedure. discussed with coroner's officer {O1} at {time}.",
        ),
    ),
    pool=(
        "Age at death {age}; independent until {month} per {R1.first}.",
        "Timeline: {d0.s} ED → {ward2} → {ward}; NEWS2 {news} on {d.s} at {time}, reviewed by {doc2}.",
        "Anticoagulation: [[apixaban]] held on admission, restarted day 3 – appropriate.",
        "Capacity and DNACPR: DNACPR completed {d0.s} by {cons.n}, discussed with {R1.first}.",
        "Family asked that {his} wedding ring be returned – passed to bereavement office.",
        "Cremation: Form 5 by {O2.n}, independent.",
        "Learning for ward: fluid charts incomplete on 3 of 5 days reviewed.",
        "MEO {x2.n} to call family with outcome.",
        "Lived at {home} prior to admission; {home} staff informed.",
        "known to {hospice}? – no.",
        "CoD agreed with {cons}.",
        "Pacemaker in situ – removal arranged before cremation.",
        "MCCD to registrar {d2.s}.",
        "Faith: Muslim – urgent release requested, facilitated same day.",
        "Last NEWS2 {news} at {time}.",
        "Previous admission {dp.y} with fall; SJR not done then.",
        "GP {gp} informed of death by NHSmail.",
    ),
    ending=(
        "Scrutiny completed {d2.y} by {x1.n}.",
        "{x1.n} (ME) {d2.s}",
    ),
)

FAMILY_EMAIL = Style(
    name="family_liaison_email",
    register="formal",
    sep="\n\n",
    roles={
        "x1": ("Family Liaison Officer", "Patient Safety Investigator", "PSII Lead Investigator")
    },
    header=(
        "From: {semail.x1}\nTo: {email}\nSent: {d3.y} {time}\nSubject: RE: {P.full} – investigation update (ref {steis})\n\nDear {R1.first},",
        "From: {x1.full} <{semail.x1}>\nSent: {d3}\nTo: '{email}'\nSubject: Update – review of {P.first}'s care\n\nHello {R1.first}",
    ),
    core=(
        _alts(
            "Thank you for your email yesterday, and for the photographs of {P.first} with the grandchildren – it helps the team to know {him} as a person and not only through the records.",
            "Thank you for taking the time to speak with me on {d3} about {P.aka}. I know these calls are not easy.",
        ),
        _alts(
            "As promised, I wanted to tell you where we are. I have now met {nurse}, who was looking after {P.first} on {ward} on the night of {d.s}, and {doc}, who reviewed {him} at {time}.",
            "Since we last spoke I have interviewed the nurse in charge that night, {nurse.n}, and the medical registrar, {doc2.n}.",
        ),
        _alts(
            "You asked whether the blood results from {d0.s} were seen before {he} was moved. The record shows they were reported at {time} and looked at by {doc2.n} about forty minutes later.",
            "You asked why {P.first}'s {drug} was not given on the evening of {d.s}. The drug chart shows it was signed as 'patient asleep', which we are looking into.",
        ),
        _alts(
            "The draft report should be ready by {d4}. I would like to go through it with you and {R2.first} in person before it is finalised.",
            "We expect the report to be finished by {dl}, and I will send you a copy to check for factual accuracy first.",
        ),
    ),
    pool=(
        "You told me that {P.first} had been looking forward to turning {agenext} this year; I am so sorry.",
        "I have also spoken to {P.first}'s GP at {gp}, who has offered to see you if that would help.",
        "I have enclosed the leaflet about what to expect from the investigation; a copy is also on our website.",
        "You mentioned you have set up a page in {P.first}'s memory ({url}) and that some people have left comments about the hospital. That is entirely your right, and it will not affect the investigation.",
        "If it is easier to talk, my direct line is {tel2}, or you can reach me on {semail.x1}.",
        "I know the coroner's office has also been in touch; their reference for {P.first} is {coref}.",
        "Please do not feel you need to reply quickly.",
        "I have passed your kind words on to {hca}, who I know will be touched that you remembered her.",
        "The notes also mention {P.first}'s {epon}, and I have asked a specialist nurse to advise the panel on this.",
    ),
    ending=(
        "Kind regards,\n{x1.full}\n{x1.role}\nPatient Safety Team, {trust}\nTel {tel2}",
        "With best wishes\n{x1.first}\n\n{x1.full} | {x1.role} | {trust}",
    ),
)

PHARMACY = Style(
    name="pharmacy_dispensing_error",
    register="report",
    roles={
        "x1": ("Pharmacist", "Responsible Pharmacist", "Locum Pharmacist"),
        "x2": ("Pharmacy Technician", "Dispenser", "Accuracy Checking Technician"),
        "x3": ("District Nurse", "Community Staff Nurse"),
    },
    header=(
        "Dispensing incident report – {pharmacy}\nIncident ref: {ref}   Date identified: {d}\nPatient: {P.title}, {addr}\nNHS {nhs}\nResponsible Pharmacist: {x1.full} (GPhC {gphc})",
        "DISPENSING ERROR – {pharmacy}\n{d.y}\nRe: {P.full}, DOB {dob}",
    ),
    core=(
        _alts(
            "A prescription from {gp} for methotrexate 2.5 mg tablets, FOUR tablets ONCE a WEEK on {wday}s, was dispensed as methotrexate 10 mg tablets with the same directions.",
            "A prescription for [[warfarin 1 mg]] was dispensed as warfarin 5 mg, both in white boxes from the same manufacturer.",
        ),
        _alts(
            "The error was found on {d} by {x3} from the community nursing team when filling {P.first}'s dosette box; {P.first} had already taken one dose on {d0.s}.",
            "{P.first}'s {R1.rel}, {R1}, noticed the tablets looked different and rang the pharmacy on {d.s}.",
        ),
        _alts(
            "{P.first} was advised to attend {hospital}; bloods showed [[WCC 2.1]] and {he} was admitted to {ward}.",
            "An INR on {d2.s} was 6.8; {he} was given vitamin K by {gp} and did not need admission.",
        ),
        _alts(
            "The label was generated by {x2} and the accuracy check was done by {x1.n} during a busy period with one dispenser absent.",
            "{x2} dispensed the item and {x1.n} checked it at {time}, while also running the consultation room.",
        ),
        _alts(
            "{x1.n} rang {P.first}'s {R1.rel}, {R1}, on {tel} to apologise and explain what had happened.",
            "{x1.n} visited {P.first} at home on {d2.s} to apologise in person.",
        ),
    ),
    pool=(
        "{P.title} is {age} and has a carer who visits twice a day.",
        "{P.first} lives alone at {addr.np} and collects {his} medicines every four weeks.",
        "The prescription was received electronically at {time} and dispensed the same day.",
        "Patient's NHS number checked against the prescription: {nhs} – correct patient.",
        "Both strengths were stored on the same shelf in similar packaging.",
        "The error was reported to the superintendent pharmacist and to {icb}.",
        "A shelf separator and high-risk stickers have been added.",
        "{P.first}'s {R1.rel} said: \"{P.first}'s been on these for years – we trusted the box.\"",
        "{P.first} takes {dose}, {drug} and {drug}; no interactions relevant to the error.",
        "{He} has {epon} and manages {his} own medicines with a dosette box.",
        "The GP was informed by email to {semail.x3}.",
    ),
    ending=(
        "Report by {x1.n}, {d2.y}",
        "Completed by {x1} ({d2}).",
    ),
)

RADIOLOGY = Style(
    name="radiology_missed_finding",
    register="report",
    roles={
        "x1": ("Consultant Radiologist", "locum Consultant Radiologist", "ST5 Radiology"),
        "x2": ("Reporting Radiographer", "Radiographer"),
        "x3": ("Clinical Lead for Radiology",),
    },
    header=(
        "Radiology discrepancy / missed finding – review\nAccession: {acc}   Datix: {ref}\nPatient: {P.ini}  Hosp no {hosp}  DOB {dob}\nExam: CT chest/abdomen/pelvis with contrast, {d.y}",
        "DISCREPANCY MEETING – case {acc}\n{P.caps} ({hosp}), scanned {d}",
    ),
    core=(
        _alts(
            "Original report ({x1}, {d.s}): 'No acute intra-abdominal pathology. Incidental simple left renal cyst, [[Bosniak I]].'",
            "The original report by {x1} on {d.s} described the chest as clear.",
        ),
        _alts(
            "At the discrepancy meeting on {d3.s} a 14 mm spiculated nodule in the right lower lobe was seen on series 3, image [[112]], and had not been mentioned.",
            "On review, a 2 cm lesion at the lung apex was visible on the [[PA]] film and on the scout images.",
        ),
        _alts(
            "{P.title} re-presented on {d3} with haemoptysis; CT showed a 32 mm mass with mediastinal nodes, [[T2 N2]].",
            "The lesion was found on a repeat scan on {d3} requested by {gp} for weight loss.",
        ),
        _alts(
            "Contributing factors: the study was reported at {time} as one of 46 outsourced overnight scans, and the request from {doc} asked only about appendicitis.",
            "Contributing factors: satisfaction of search; the clinical question was about {epon}.",
        ),
        _alts(
            "{P.title} and {his} {R1.rel}, {R1}, were told about the missed finding by {cons} at the lung cancer clinic on {d4.s}.",
            "{cons} met {P.first} and {R1.first} on {d4} to explain the delay and apologise.",
        ),
    ),
    pool=(
        "{P.title} was {age} at the time of the first scan.",
        "The referrer, {doc}, had written 'RIF pain, ?appendicitis' on the request form.",
        "The reporting radiologist has reflected on the case, and it was discussed at {x1.n}'s appraisal.",
        '{P.first}\'s {R1.rel} asked: "If it was there on the first scan, why did nobody tell us?"',
        "Scans for {ward} are now double-reported when the request form mentions weight loss.",
        "The bone windows were also reviewed by {x2}: [[L1]] wedge fracture, unchanged from {year}.",
        "Peer review score: 3b.",
        "The case was shared, anonymised, at the regional Learning from Discrepancies meeting.",
        "GP ({gp}) informed by letter on {d4.s}.",
        "Patient's address on the request ({addr}) matched the record.",
        "{P.first} has {epon} and had a previous [[T12]] fracture.",
    ),
    ending=(
        "Reviewer: {x3}, {d4.y}",
        "Signed off by {x3.n} on {d4}.",
    ),
)

HOSPITAL_AT_NIGHT = Style(
    name="hospital_at_night_handover",
    register="terse",
    sep="\n",
    roles={"x1": ("H@N practitioner", "ANP", "Night Practitioner")},
    header=(
        "H@N HANDOVER {d.s} 20:00 – {hospital.abbr}\nNight team: {doc} / {x1} / site {nurse}",
        "Hospital at Night – {hospital} – {d}\nBleep holder: {x1}. Med reg: {doc2}",
    ),
    core=(
        _alts(
            "1. {ward} {bed} – {P} {age}{sx} ({hosp}). adm {d0.s} UGIB, [[Rockall 6]]. Hb 78 – recheck 22:00. 2 units given. if further malaena d/w gastro on call + {cons.n}.",
            "1. {ward} {bed} – {P} {age}{sx}. ?sepsis, NEWS2 {news} at {time}. cultures sent, abx given late ({time}). needs r/v by midnight.",
        ),
        _alts(
            "2. {ward2} {bed} – {O1} 67{O1.sx}, [[Hartmann's procedure]] POD2, NEWS2 5 at 19:30 (RR 24). plan: r/v by 21:00, ?collection.",
            "2. {ward2} {bed} – {O1.n} 74{O1.sx}. fall {time}, on {drug}, needs CT head if not done by 23:00.",
        ),
        _alts(
            "3. {wardno} {bed} – {O2} 81{O2.sx}. gent level due 23:00. K+ 6.1 recheck.",
            "3. {wardno} {bed} – {O2.n}. new AF, rate 140s, ?dig load. BP {bp}.",
        ),
        _alts(
            "Family: {P.first}'s {R1.rel} {R1} wants a call if any deterioration – {tel}.",
            "{P.first}'s {R1.rel} ({R1.first}) rang at 19:45 – updated.",
        ),
    ),
    pool=(
        "5. {ward} {bed} – {O3} {relage}{O3.sx}, new confusion since {time}, CBG 2.8 treated, recheck hourly.",
        "6. {ward2} {bed} – {O2.n}: syringe driver due to be refilled at 02:00, family ({O2.n}'s son) staying overnight.",
        "ED: 14 waiting for medical beds, 3 over 12h. site aware.",
        "{P.first}: if Hb < 70 transfuse 1 unit and recheck; {R1.first} has asked to be rung on {tel} rather than the home number.",
        "outstanding: CT head for {O1.n} – radiology say after 22:30.",
        "VTE: {drug} not prescribed for {O3.n} – please review.",
        "{x1.n} covering {ward2} + {wardno} tonight, bleep via switchboard.",
        "{P.last} – ReSPECT says for ward-based care only, discussed with {R1.rel} {d0.s}.",
        "DNACPR confirmed for {O2.n}, ceiling ward-based.",
        "cannula needed for {O1.n}.",
        "escalation: {doc2.n} med reg on site till 08:00.",
        "{hca} doing enhanced obs {bed}.",
        "NB {epon} pt on {ward2} – [[Madopar]] time critical, doses 22:00 and 02:00.",
        "4 medical outliers on {ward2} – list with site.",
        "TTO still to write for {O1.n} – pharmacy closes 21:00.",
        "{lab}, {lab} for {P.last} – chase at 22:00.",
    ),
    ending=(
        "handover taken by {doc.n} at {time}",
        "H@N list updated by {x1.n} {time}",
    ),
)

STYLES = (
    INQUEST, REG28, COMPLAINT, PALS, ED_TRIAGE, WARD_ROUND, SBAR, SAFEGUARDING, CALL_REVIEW,
    PAEDIATRIC, WRONG_SITE, RETAINED, MH_ABSCONSION, DISTRICT_NURSING, DISCHARGE, PERINATAL,
    ME_SCRUTINY, FAMILY_EMAIL, PHARMACY, RADIOLOGY, HOSPITAL_AT_NIGHT,
)  # fmt: skip

# Shared sentences by register, to bring a text up to its length after the style's own pool.
SHARED = {
    "terse": (
        "obs {time}: BP {bp}, HR 92, RR 18, SpO2 {spo2}, T {temp}. NEWS2 {news}.",
        "bloods: {lab}, {lab}, {lab}.",
        "skin check: {score}. repositioned 2-hourly.",
        "PMH also: {epon}; previous {proc}.",
        "meds reconciled by pharmacy – {dose} and {drug} continued.",
        "neuro obs: GCS {gcs}, pupils PEARL.",
        "BNO {days}, laxatives prescribed.",
        "moved from {wardno} {bed} to {bed} for IPC reasons.",
        "capacity fluctuating – see MCA form.",
        "fluid balance +1.2 L over 24h.",
        "remains on {drug}, last dose {time}.",
        "bed manager aware, no beds on {wardno}.",
    ),
    "formal": (
        "I would like to reassure you that the points you have raised have been taken seriously and shared with the ward leadership team.",
        "Please accept my apologies for the time it has taken to send this response.",
        "We recognise that the way information was shared with the family fell short of what you were entitled to expect.",
        "The learning from this case has been presented at the divisional governance meeting and included in the monthly patient safety bulletin.",
        "Where we have identified actions, each has a named lead and a completion date, and progress is monitored by the Quality Committee.",
        "The records show that {his} observations were taken at {time} and again at {time}, with a [[NEWS2]] score of {news}.",
        "{His} medical history included {epon}, for which {he} took {drug}.",
        "I have also asked the team to consider how {epon} can change the way a patient communicates pain.",
    ),
    "report": (
        "The review had access to the full clinical record, the electronic observations system and staff statements.",
        "Observations at {time} showed BP {bp}, SpO2 {spo2} and a [[NEWS2]] score of {news}; no escalation was recorded.",
        "Relevant history: {epon}; previous {proc}; on {drug}.",
        "Staffing on the shift was one registered nurse below the planned establishment.",
        "No equipment failure was identified.",
        "The incident was graded as moderate harm at the daily review meeting.",
        "Duty of candour was met verbally within 10 working days and in writing afterwards.",
        "Contributory factors were identified using the [[Yorkshire Contributory Factors Framework]].",
        "Bloods on the day showed {lab} and {lab}.",
        "Capacity was assessed under the [[Mental Capacity Act 2005]] and recorded.",
    ),
}


# ---------------------------------------------------------------------------------------------
# Putting a text together
# ---------------------------------------------------------------------------------------------


def _compose(rng: random.Random) -> tuple[Case, list[Piece]]:
    style = rng.choice(STYLES)
    case = Case(rng, style)
    header = render(case, rng.choice(style.header))
    variant = rng.randrange(2)  # alternatives of one variant tell one story
    core = [
        render(case, alts[variant % len(alts)] if rng.random() < 0.85 else rng.choice(alts))
        for alts in style.core
    ]
    ending = render(case, rng.choice(style.ending))
    words = _words(header) + sum(map(_words, core)) + _words(ending)
    target = min(max(int(rng.gauss(295, 55)), 180), 420)
    extras: list[list[Piece]] = []
    pool = list(style.pool)
    rng.shuffle(pool)
    shared = list(SHARED[style.register])
    rng.shuffle(shared)
    top_up = 0 if style.ages == "child" else 3 if style.register == "report" else 5
    for template in [*pool, *shared[:top_up]]:
        if words >= target:
            break
        sentence = render(case, template)
        count = _words(sentence)
        if words + count > MAX_WORDS - 10:
            continue
        extras.append(sentence)
        words += count
    # Extra sentences follow the story, except in prose, where some go between its paragraphs.
    body = list(core)
    for sentence in extras:
        at = len(body) if style.sep != " " or rng.random() < 0.6 else rng.randint(2, len(body))
        body.insert(at, sentence)
    pieces: list[Piece] = [*header, _p("\n\n")]
    for index, sentence in enumerate(body):
        if index:
            if style.sep == " " and rng.random() < 0.2:
                pieces.append(_p("\n\n"))
            else:
                pieces.append(_p(style.sep))
        pieces.extend(sentence)
    pieces += [_p("\n\n"), *ending]
    return case, pieces


def _build(rng: random.Random, number: int) -> tuple[Example, tuple[tuple[int, int], ...]]:
    case, pieces = _compose(rng)
    gold: list[GoldSpan] = []
    negatives: list[tuple[int, int]] = []
    parts: list[str] = []
    length = 0
    for text, label, meta in pieces:
        if label == KEEP:
            negatives.append((length, length + len(text)))
        elif label is not None:
            gold.append(GoldSpan(length, length + len(text), label, **(meta or {})))
        parts.append(text)
        length += len(text)
    example_ = Example(
        id=f"blind2-{number:06d}",
        text="".join(parts),
        known=case.known(),
        gold=tuple(gold),
        kind=case.style.name,
    )
    return example_, tuple(negatives)


def example(rng: random.Random, number: int) -> Example:
    """One text with its gold spans and the record the system would hold."""
    return _build(rng, number)[0]


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    """``count`` texts; the same seed always gives the same ones."""
    rng = random.Random(seed)
    for number in range(1, count + 1):
        yield example(rng, number)


def generate_with_negatives(
    count: int, seed: int = 1
) -> Iterator[tuple[Example, tuple[tuple[int, int], ...]]]:
    """As ``generate``, with the spans of the look-alikes written into each text (never gold)."""
    rng = random.Random(seed)
    for number in range(1, count + 1):
        yield _build(rng, number)
