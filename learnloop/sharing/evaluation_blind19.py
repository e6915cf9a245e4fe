"""The nineteenth blind de-identification pack: 25 NHS and social-care document types, written
without reading the engine (see evaluation_blind19.md).

Each example is a synthetic narrative with the exact gold span of every identifier, the case's
record (`known`) and, from `generate_with_negatives`, the look-alikes written into it.
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
    postcode,
)

__all__ = ["LABELS", "generate", "generate_with_negatives", "example", "STYLES"]

PREFIX = "blind19"
LOW_WORDS = 200
HIGH_WORDS = 420

# ---------------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------------

TOWNS = (
    ("Kettering", "NN", "01536"), ("Stafford", "ST", "01785"), ("Stirling", "FK", "01786"),
    ("Hexham", "NE", "01434"), ("Penrith", "CA", "01768"), ("Bridgwater", "TA", "01278"),
    ("Yeovil", "BA", "01935"), ("Oban", "PA", "01631"), ("Elgin", "IV", "01343"),
    ("Tenby", "SA", "01834"), ("Carmarthen", "SA", "01267"), ("Ballymena", "BT", "028"),
    ("Omagh", "BT", "028"), ("Enniskillen", "BT", "028"), ("Coleraine", "BT", "028"),
    ("Buxton", "SK", "01298"), ("Ludlow", "SY", "01584"), ("Alnwick", "NE", "01665"),
    ("Paisley", "PA", "0141"), ("Birkenhead", "CH", "0151"), ("Solihull", "B", "0121"),
    ("Salford", "M", "0161"), ("Jarrow", "NE", "0191"), ("Llandudno", "LL", "01492"),
    ("Brecon", "LD", "01874"), ("Kirkwall", "KW", "01856"), ("Lerwick", "ZE", "01595"),
    ("Skipton", "BD", "01756"), ("Spalding", "PE", "01775"), ("King's Lynn", "PE", "01553"),
    ("Newquay", "TR", "01637"), ("Chichester", "PO", "01243"), ("Mansfield", "NG", "01623"),
    ("Macclesfield", "SK", "01625"), ("Kidderminster", "DY", "01562"), ("Evesham", "WR", "01386"),
)  # fmt: skip
LOCALITIES = {
    "Kettering": ("Ise Lodge", "Barton Seagrave"), "Stafford": ("Rowley Park", "Highfields"),
    "Stirling": ("Raploch", "Bannockburn"), "Hexham": ("Elvaston Park", "Causey Hill"),
    "Penrith": ("Castletown", "Pategill"), "Bridgwater": ("Hamp", "Sydenham"),
    "Yeovil": ("Westfield", "Preston Plucknett"), "Oban": ("Soroba", "Pulpit Hill"),
    "Elgin": ("Bishopmill", "New Elgin"), "Tenby": ("Park Field", "The Norton"),
    "Carmarthen": ("Johnstown", "Tanerdy"), "Ballymena": ("Harryville", "Ballykeel"),
    "Omagh": ("Killyclogher", "Lisnamallard"), "Enniskillen": ("Cornagrade", "Derrychara"),
    "Coleraine": ("Ballysally", "Killowen"), "Buxton": ("Fairfield", "Harpur Hill"),
    "Ludlow": ("Sandpits", "Gravel Hill"), "Alnwick": ("Clayport", "Greensfield"),
    "Paisley": ("Ferguslie Park", "Gallowhill"), "Birkenhead": ("Oxton", "Claughton"),
    "Solihull": ("Olton", "Elmdon"), "Salford": ("Pendleton", "Ordsall"),
    "Jarrow": ("Hedworth", "Monkton"), "Llandudno": ("Craig-y-Don", "Penrhyn Bay"),
    "Brecon": ("Llanfaes", "Cradoc"), "Kirkwall": ("Papdale", "Berstane"),
    "Lerwick": ("Sound", "Hoofields"), "Skipton": ("Greatwood", "Middletown"),
    "Spalding": ("Pinchbeck", "Wygate Park"), "King's Lynn": ("Gaywood", "South Lynn"),
    "Newquay": ("Porth", "Pentire"), "Chichester": ("Summersdale", "Whyke"),
    "Mansfield": ("Ladybrook", "Oak Tree"), "Macclesfield": ("Hurdsfield", "Upton Priory"),
    "Kidderminster": ("Habberley", "Offmore"), "Evesham": ("Bengeworth", "Hampton"),
}  # fmt: skip
# Streets named after the textile trades and after small birds.
STREETS = (
    "Bobbin Lane", "Shuttle Row", "Warp Street", "Weft Close", "Loom Terrace", "Spindle Way",
    "Carder Road", "Fuller's Walk", "Heddle Court", "Dyehouse Lane", "Tenter Street",
    "Linnet Drive", "Siskin Close", "Wagtail Road", "Plover Way", "Curlew Grove",
    "Dunnock Lane", "Fieldfare Avenue", "Stonechat Crescent", "Redpoll Mews", "Twite Gardens",
    "Whinchat Rise",
)  # fmt: skip
# Wards named after hills and fells.
WARD_HILLS = (
    "Skiddaw", "Helvellyn", "Cheviot", "Snaefell", "Roseberry", "Pendle", "Quantock", "Mendip",
    "Wrekin", "Kinder", "Blencathra", "Tryfan", "Schiehallion", "Slemish", "Cairngorm",
    "Clent", "Cadair", "Bredon",
)  # fmt: skip
# Care homes named after old fruit trees.
HOMES = (
    "Damson Lodge", "Medlar House", "Quince Court", "Sloe Lodge", "Greengage Court",
    "Bullace House", "Mulberry Grange", "Crab Apple Lodge", "Wardenpear House", "Loquat Court",
)  # fmt: skip
GP_WORDS = (
    "Castlegate", "Abbeyfields", "Beacon View", "Holmlea", "Orchard Gate", "Stonebridge",
    "Priory Fields", "Tannery Yard", "Kiln Lane", "Weavers' Green",
)  # fmt: skip
TRUST_WORDS = (
    "Fellside", "Three Rivers", "Saltmarsh", "Westdale", "Moorland and Coast", "Vale and Borders",
    "Marches", "Lowland Firth", "Northern Lakes", "Upper Severn",
)  # fmt: skip

HOSP_FORMS = ("AA-999999", "9999999A", "AAA/99999", "A99 9999 9")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

# Old formal names and the names people go by.
NICKNAMES = {
    "Irene": ("Renie",), "Henrietta": ("Etta", "Hettie"), "Wilhelmina": ("Minnie", "Billie"),
    "Jemima": ("Mima",), "Myrtle": ("Myrtie",), "Doreen": ("Dodie",), "Lavinia": ("Vinnie",),
    "Rosalind": ("Roz",), "Philippa": ("Pippa",), "Georgina": ("Georgie",),
    "Cordelia": ("Delia",), "Augustus": ("Gus",), "Montague": ("Monty",),
    "Bartholomew": ("Bart",), "Roland": ("Rollo",), "Lancelot": ("Lance",),
    "Mortimer": ("Morty",), "Fergus": ("Fergie",), "Humphrey": ("Humph",),
    "Jeremiah": ("Jem",),
}  # fmt: skip
_OLD_F = ("Irene", "Henrietta", "Wilhelmina", "Jemima", "Myrtle", "Doreen", "Lavinia",
          "Rosalind", "Philippa", "Georgina", "Cordelia")  # fmt: skip
_OLD_M = ("Augustus", "Montague", "Bartholomew", "Roland", "Lancelot", "Mortimer", "Fergus",
          "Humphrey", "Jeremiah", "Ambrose")  # fmt: skip
WORD_NAMES = {
    "F": ("Bryony", "Bluebell", "Briar", "Linnea"),
    "M": ("Blaze", "Fen", "Cove", "Hawk", "Ranger"),
}
ALL_WORD_NAMES = frozenset(WORD_NAMES["F"] + WORD_NAMES["M"])
# Somali, Turkish, Tamil, Gujarati, Romanian, Lithuanian, Filipino, Cantonese, Jamaican,
# Cornish, Shetland, Nepali, Arabic, Shona and Ukrainian first names; hyphenated ones.
OWN_FIRST = {
    "F": (
        "Nimco",
        "Shukri",
        "Dilek",
        "Gulay",
        "Nurcan",
        "Ebru",
        "Vasanthi",
        "Malathi",
        "Kalaivani",
        "Anbarasi",
        "Rupal",
        "Jagruti",
        "Daksha",
        "Hemlata",
        "Mirela",
        "Corina",
        "Viorica",
        "Rasa",
        "Jurgita",
        "Vilma",
        "Analyn",
        "Rechelle",
        "Siu-Ling",
        "Mei-Kuen",
        "Lai-Fong",
        "Merlene",
        "Lowenna",
        "Elowen",
        "Williamina",
        "Laxmi",
        "Bimala",
        "Durga",
        "Rawan",
        "Reem",
        "Chipo",
        "Tariro",
        "Vimbai",
        "Rufaro",
        "Olena",
        "Svitlana",
        "Liudmyla",
        "Ellie-Mai",
        "Macy-Jo",
        "Kacey-Leigh",
    ),
    "M": (
        "Abdiweli",
        "Cengiz",
        "Tolga",
        "Volkan",
        "Erdem",
        "Thayalan",
        "Murugesu",
        "Sivanesan",
        "Ganeshan",
        "Jayesh",
        "Mukesh",
        "Ovidiu",
        "Gheorghe",
        "Valentin",
        "Rimantas",
        "Algirdas",
        "Chi-Keung",
        "Kam-Wah",
        "Wai-Man",
        "Everton",
        "Clinton",
        "Desmond",
        "Kitto",
        "Treve",
        "Perran",
        "Lowrie",
        "Gibbie",
        "Hari",
        "Walid",
        "Bassam",
        "Nabil",
        "Samir",
        "Kudakwashe",
        "Takudzwa",
        "Munyaradzi",
        "Oleksandr",
        "Yaroslav",
        "Vasyl",
        "Tyler-Jay",
        "Alfie-James",
    ),
}
OWN_LAST = (
    "Hirsi", "Jama", "Egal", "Ozturk", "Celik", "Aydin", "Sahin", "Kanagaratnam",
    "Thurairajah", "Balasingham", "Parmar", "Vaghela", "Solanki", "Constantinescu", "Munteanu",
    "Stoica", "Jankauskas", "Vasiliauskas", "Stankevicius", "Macaraeg", "Villanueva",
    "Dimaculangan", "Yeung", "Kwan", "Fung", "Grizzle", "McFarlane", "Whyte", "Trewartha",
    "Carveth", "Jewell", "Inkster", "Mouat", "Manson", "Tamang", "Magar", "Shrestha", "Khoury",
    "Nassar", "Marufu", "Chiwenga", "Madziva", "Tkachenko", "Melnyk", "Hrytsenko", "dos Reis",
    "da Cunha", "Le Brocq", "Dela Paz", "Al-Qadi", "Inkster-Hirsi", "Jewell-Parmar",
)  # fmt: skip
HONORIFIC_WORDS = {"mr", "mrs", "ms", "miss", "dr", "master", "mx"}
# Initials that read as a clinical abbreviation or a word are never written as initials.
CLINICAL_INITIALS = frozenset(
    """IV IM GP OT PE BP DN NG PR SC HR RR CT ED AE ICU ITU DNR CPR MDT SHO ENT ECG UTI DKA AKI
    TIA PEG ABG NBM TTO DOB NHS CQC GCS RN HCA SN PA CD MS MD PT SLT OD BD TDS QDS PRN PO SL TB
    HIV MH LD SW DR MR ST NA NAD OK UK CC PP NB AM PM IT AT ON IN IS NO SO TO BE HE ME WE US AS
    AN OR UP IF OF GO DO MA PS RIP ID MRI CKD LFT FBC VTE DVT SALT""".split()
)


@dataclass
class Who:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool
    title: str
    nick: str = ""


def _fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value.casefold())
    return plain.encode("ascii", "ignore").decode()


def _parts(first: str, last: str) -> set[str]:
    return {_fold(p) for p in re.split(r"[\s-]+", f"{first} {last}") if p}


def _own_person(rng: random.Random, sex: str, old: bool) -> tuple[str, str, str]:
    roll = rng.random()
    if old and roll < 0.45:
        first = rng.choice(_OLD_F if sex == "F" else _OLD_M)
    elif roll < 0.12:
        first = rng.choice(WORD_NAMES[sex])
    else:
        first = rng.choice(OWN_FIRST[sex])
    last = rng.choice(OWN_LAST)
    listed = listed_names()
    parts = [p for p in re.split(r"[\s-]+", f"{first} {last}") if p]
    names = "listed" if all(p.casefold() in listed for p in parts) else "unlisted"
    return first, last, names


def _person(
    rng: random.Random, used: set[str], *, sex: str, kind: str, old: bool, child: bool
) -> Who:
    for _ in range(80):
        if rng.random() < 0.55:
            made = _new_person(rng, sex=sex)
            first, last, names = made.first, made.last, made.names
        else:
            first, last, names = _own_person(rng, sex, old and kind in ("p", "o"))
        parts = _parts(first, last)
        nicks = {_fold(n) for n in NICKNAMES.get(first, ())}
        if any(len(p) < 2 or p in HONORIFIC_WORDS for p in parts):
            continue
        if parts & _TERM_WORDS:  # a name that is also a look-alike (the system "Lorenzo")
            continue
        if (parts | nicks) & used:
            continue
        used |= parts | nicks
        break
    if kind == "d":
        title = "Dr"
    elif child:
        title = "Miss" if sex == "F" else "Master"
    elif sex == "M":
        title = "Mr"
    else:
        title = rng.choice(("Mrs", "Mrs", "Ms", "Miss"))
    nick = rng.choice(NICKNAMES[first]) if first in NICKNAMES else ""
    return Who(first, last, sex, names, False, title, nick)


# ---------------------------------------------------------------------------------------------
# Look-alikes (tracked, never gold)
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "eponym": (
        "Addison's disease", "Crohn's disease", "Bell's palsy", "Raynaud's", "Hickman line",
        "Ryle's tube", "Zimmer frame", "Korsakoff's syndrome", "Down's syndrome",
        "Guillain-Barré syndrome", "Fowler's position", "Yankauer sucker", "Gillick competence",
        "Fraser guidelines", "Caldicott principles", "Salter-Harris fracture", "Perthes disease",
        "Asperger's", "Kussmaul breathing", "Wernicke's encephalopathy", "Sever's disease",
    ),
    "drug": (
        "paliperidone", "Xeplion", "haloperidol decanoate", "flupentixol", "aripiprazole",
        "olanzapine", "clozapine", "insulin glargine", "Lantus", "NovoRapid", "gliclazide",
        "metformin", "Dioralyte", "furosemide", "ramipril", "trimethoprim", "paracetamol",
        "ibuprofen", "Calpol", "chlorphenamine", "Buccolam", "midazolam", "Nutilis Clear",
        "Resource ThickenUp", "ipratropium", "salbutamol", "amoxicillin", "ceftriaxone",
        "piperacillin-tazobactam", "ciprofloxacin", "filgrastim", "capecitabine", "dexamethasone", "ondansetron",
        "Zomorph", "Laxido", "iohexol", "levothyroxine", "sertraline", "sodium valproate",
        "lorazepam", "oxycodone", "GlucoGel", "glucagon", "Ensure Plus", "Emerade",
        "cetirizine", "hydrocortisone", "co-amoxiclav", "gentamicin", "enoxaparin",
        "morphine sulfate", "docusate", "senna", "Fybogel", "Hypostop", "adrenaline",
        "methotrexate", "folic acid", "Oxynorm",
    ),
    "score": (
        "4AT of 6", "4AT score 5", "NEWS2 of 6", "NEWS2 of 8", "GCS 14/15", "AMTS 6/10",
        "Waterlow 20", "Braden 12", "Rockwood 7", "MUST score 3", "Abbey pain score 9",
        "PAINAD 6", "qSOFA 2", "MASCC 18", "PEWS 4", "IDDSI level 2", "IDDSI level 4",
        "MMSE 18/30", "ACE-III 71", "CFS 6", "FIT 142", "Bristol type 7", "Barthel 40",
    ),
    "national": (
        "the CQC", "NHS England", "the NMC", "the GMC", "the HCPC", "the MHRA", "the UKHSA",
        "Public Health Scotland", "the Care Inspectorate", "the RQIA", "Care Inspectorate Wales",
        "Ofsted", "the Information Commissioner's Office", "the PHSO", "the LGSCO",
        "NHS Resolution", "HSSIB", "NICE", "the Royal College of Radiologists",
        "the Resuscitation Council", "the Food Standards Agency", "the DVLA",
        "Social Care Wales", "Healthcare Improvement Scotland", "the Health and Safety Executive",
        "NHS Digital", "the Office of the Public Guardian",
    ),
    "device": (
        "Venturi mask", "flowmeter", "nebuliser", "Entonox", "rollator", "commode", "Hi-Lo bed",
        "Dinamap", "Bair Hugger", "Accu-Chek", "FreeStyle Libre", "Dexcom", "Omnipod",
        "Alaris pump", "T34 syringe driver", "Zebra printer", "Ascom handset", "Vocera badge",
        "Microsoft Teams", "Attend Anywhere", "accuRx", "NHS App", "Lorenzo", "RiO",
        "InPhase", "Symphony", "Omnicell cabinet", "PACS", "CRIS", "Sara Plus", "Ambu bag",
        "pulse oximeter", "scoop stretcher", "Rapid Response bag", "MiniMed pump", "CareFlow",
        "Softcast", "backslab", "air mattress", "bath thermometer", "TMV valve", "This is me", "Datix",
    ),
    "number": (
        "bleep 2417", "bleep 5530", "bay 3", "bed 14", "bed 22", "side room 6", "room 12",
        "SpO2 91%", "SpO2 86%", "BP 88/54", "BP 178/96", "HR 124", "RR 26", "temp 38.9",
        "CBG 2.8", "glucose 2.9", "neuts 0.3", "CRP 214", "lactate 4.1", "Na 124", "K 6.2",
        "creatinine 312", "eGFR 19", "urea 24.6", "Hb 71", "INR 4.6", "weight 41.2kg",
        "BMI 16.8", "lot 7734102", "4L/min", "15L/min", "10 units", "24 units", "100mg",
        "75mg", "2.5mg", "500ml", "1.5 litres", "320ml", "46 degrees", "ketones 3.4",
        "pH 7.21", "dose 5 of 6", "channel 2", "batch 22K31", "level 3",
    ),
    "duration": (
        "2/7", "3/7", "4/52", "6/52", "6/12", "72 hours", "48 hours", "10 days", "three weeks",
        "eight weeks", "six months", "45 minutes", "90 minutes", "two hours", "four hours",
        "a fortnight", "six weeks", "twelve weeks", "18 months", "20 minutes", "nine days",
    ),
}  # fmt: skip
NATIONAL = LOOKALIKES["national"]
_TERM_WORDS = frozenset(
    _fold(term) for terms in LOOKALIKES.values() for term in terms
    if term[:1].isupper() and term.isalpha()
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Formats: dates, ages, numbers, phones
# ---------------------------------------------------------------------------------------------


def _date_forms(day: date) -> dict[str, str]:
    """Every shape a date is written in here, by a short name; `y` names have a year."""
    mon = MONTHS[day.month - 1]
    wd = WEEKDAYS[day.weekday()]
    return {
        "y_slash": f"{day:%d/%m/%Y}",
        "y_slash_short": f"{day.day}/{day.month}/{day.year}",
        "y_slash2": f"{day:%d/%m/%y}",
        "y_dots": f"{day:%d.%m.%Y}",
        "y_dots_short": f"{day.day}.{day.month}.{day:%y}",
        "y_iso": day.isoformat(),
        "y_dash": f"{day:%d-%m-%Y}",
        "y_long": f"{day.day} {mon} {day.year}",
        "y_long_ord": f"{ordinal(day.day)} {mon} {day.year}",
        "y_compact": f"{day:%d}{mon[:3].upper()}{day.year}",
        "y_caps": f"{day.day} {mon[:3].upper()} {day.year}",
        "y_dash_mon": f"{day.day}-{mon[:3]}-{day.year}",
        "y_us": f"{mon} {day.day}, {day.year}",
        "y_wd_slash": f"{wd[:3]} {day:%d/%m/%Y}",
        "y_wd_long": f"{wd} {ordinal(day.day)} {mon} {day.year}",
        "y_short_mon": f"{day.day} {mon[:3]} {day.year}",
        "y_short_mon2": f"{day:%d} {mon[:3]} {day:%y}",
        "y_wd_short": f"{wd[:3]} {day.day} {mon[:3]} {day.year}",
        "n_wd_ord": f"{wd[:3]} {ordinal(day.day)} {mon[:3]}",
        "n_wd_the": f"{wd} the {ordinal(day.day)}",
        "n_wd_slash": f"{wd[:3]} {day.day}/{day.month}",
        "n_the_of": f"the {ordinal(day.day)} of {mon}",
        "n_ord": f"{ordinal(day.day)} {mon}",
        "n_long": f"{day.day} {mon}",
        "n_slash": f"{day:%d/%m}",
        "n_wd_long": f"{wd} {day.day} {mon}",
        "n_short": f"{day.day} {mon[:3]}",
        "n_wd_ord_long": f"{wd} {ordinal(day.day)} {mon}",
    }


_LINE_FORMS = ("y_slash", "y_iso", "y_dash", "y_dots", "y_compact", "y_caps", "y_dash_mon",
               "y_slash2", "y_short_mon", "n_slash", "y_wd_slash")  # fmt: skip
_DOB_FORMS = ("y_slash", "y_slash_short", "y_dots", "y_iso", "y_long", "y_compact", "y_caps",
              "y_dash_mon", "y_dash", "y_short_mon")  # fmt: skip


_LOW = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen").split()  # fmt: skip
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words(n: int) -> str:
    """An age in words: 'ninety-three', 'one hundred and two'."""
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {_words(rest)}" if rest else "")
    if n < 20:
        return _LOW[n]
    tens, unit = divmod(n, 10)
    return _TENS[tens - 2] + (f"-{_LOW[unit]}" if unit else "")


def _age_pieces(rng: random.Random, n: int, child: bool) -> list:
    """The whole age phrase; the number is AGE over 89, else a tracked look-alike."""
    kind = "AGE" if n > 89 and not child else "NEG"
    if not child and rng.random() < 0.15:
        word = _words(n)
        shape = rng.choice(("aged {}", "{} years of age", "{} years old"))
    else:
        word = str(n)
        shape = rng.choice(
            ("aged {}", "{}yo", "{} y/o", "{} years old", "age {}", "{}y", "{} yrs", "aged {}")
        )
    before, after = shape.split("{}")
    return [before, (word, kind), after]


def _landline(rng: random.Random, code: str) -> str:
    local_len = 11 - len(code)
    digits = "".join(str(rng.randint(0, 9)) for _ in range(local_len - 1))
    local = str(rng.randint(2, 8)) + digits
    if len(code) == 5:
        forms = [f"{code} {local}", f"{code}{local}", f"({code}) {local}", f"{code}-{local}",
                 f"+44 {code[1:]} {local}", f"+44 (0){code[1:]} {local}",
                 f"{code} {local[:3]} {local[3:]}"]  # fmt: skip
    elif len(code) == 4:
        forms = [f"{code} {local[:3]} {local[3:]}", f"{code}-{local[:3]}-{local[3:]}",
                 f"({code}) {local[:3]} {local[3:]}", f"+44 {code[1:]} {local[:3]} {local[3:]}",
                 f"{code}{local}"]  # fmt: skip
    else:
        forms = [f"{code} {local[:4]} {local[4:]}", f"({code}) {local[:4]} {local[4:]}",
                 f"+44 {code[1:]} {local[:4]} {local[4:]}", f"{code}{local}",
                 f"{code}-{local[:4]}-{local[4:]}"]  # fmt: skip
    number = rng.choice(forms)
    roll = rng.random()
    if roll < 0.1:
        number += f" ext {rng.randint(2000, 7999)}"
    elif roll < 0.18:
        number += f" x{rng.randint(2000, 7999)}"
    return number


def _mobile(rng: random.Random) -> str:
    d = f"7{rng.randint(3, 9)}{rng.randint(0, 99):02d}{rng.randint(0, 999999):06d}"
    return rng.choice(
        [f"0{d[:4]} {d[4:]}", f"0{d}", f"0{d[:4]}-{d[4:7]}-{d[7:]}", f"0{d[:4]} {d[4:7]} {d[7:]}",
         f"0{d[:3]} {d[3:6]} {d[6:]}", f"+44 {d[:4]} {d[4:]}", f"+44{d}", f"(0{d[:4]}) {d[4:]}"]
    )  # fmt: skip


def _hospital_number(rng: random.Random) -> str:
    shape = rng.choice(HOSP_FORMS)
    out = []
    for ch in shape:
        if ch == "9":
            out.append(str(rng.randint(0, 9)))
        elif ch == "A":
            out.append(rng.choice("BCDFGHJKLMNPRSTVWXZ"))
        else:
            out.append(ch)
    return "".join(out)


def _ref(rng: random.Random, shape: str) -> str:
    return "".join(
        str(rng.randint(0, 9)) if ch == "#" else rng.choice("ABCDEFGHJKLMNPRSTUVWXY") if ch == "@"
        else ch
        for ch in shape
    )  # fmt: skip


def _slug(value: str) -> str:
    return re.sub(r"[^a-z]", "", _fold(value))


# ---------------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    name: str
    register: str  # prose / lines / letter
    what: str
    headers: tuple[str, ...]
    core: tuple[str, ...]
    extras: tuple[str, ...]
    endings: tuple[str, ...]
    refs: tuple[str, str]
    old: bool = False
    child: bool = False
    provider: tuple[str, ...] = ()
    sex: str | None = None
    ages: tuple[int, int] | None = None
    topup: str = "{text}"
    mail: str = "r"  # whose name the personal e-mail address {email2} is made from


def _style(name: str, register: str, what: str, body: str, refs: tuple[str, str], **kw) -> Style:
    parts: dict[str, list[str]] = {"H": [], "C": [], "X": [], "E": []}
    for line in body.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        key, _, sentence = line.partition(": ")
        parts[key].append(sentence.replace("\\n", "\n"))
    return Style(
        name, register, what, tuple(parts["H"]), tuple(parts["C"]), tuple(parts["X"]),
        tuple(parts["E"]), refs, **kw,
    )  # fmt: skip


def _shared(style: Style) -> tuple[str, ...]:
    return SHARED_LINES if style.register == "lines" else SHARED


def alternatives() -> int:
    own = sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
    return own + len(SHARED) + len(SHARED_LINES)


# ---------------------------------------------------------------------------------------------
# One case and its text
# ---------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\{(\w+)\.(\w+)\}|\{(\w+)\}|<<(.+?)>>")
_REL = {
    "F": ("daughter", "wife", "sister", "niece", "daughter-in-law", "granddaughter", "partner"),
    "M": ("son", "husband", "brother", "nephew", "son-in-law", "grandson", "partner"),
}
_TEAMS = ("patientsafety", "pals", "complaints", "safeguarding", "incidents", "governance")


class _Case:
    def __init__(self, rng: random.Random, style: Style, sentences: list[str]):
        self.rng = rng
        self.style = style
        town, area, code = rng.choice(TOWNS)
        self.town, self.area, self.code = town, area, code
        self.locality = rng.choice(LOCALITIES[town])
        self.record = rng.random() >= 0.12
        self.dotted = rng.random() < 0.2
        # People, with the sex the template's words give an outsider where it gives one.
        hints: dict[str, str] = {}
        for sentence in sentences:
            for who, _ in re.findall(r"\{(o[1-3][fm])\.(\w+)\}", sentence):
                hints.setdefault(who[:2], who[2].upper())
        self.used: set[str] = set()
        child = style.child
        self.people: dict[str, Who] = {}
        self.people["p"] = _person(
            rng, self.used, sex=style.sex or rng.choice("FM"), kind="p", old=style.old,
            child=child,
        )  # fmt: skip
        self.people["r"] = _person(rng, self.used, sex=rng.choice("FM"), kind="r", old=False,
                                   child=False)  # fmt: skip
        for who in ("s1", "s2", "d", "o1", "o2", "o3"):
            sex = hints.get(who) or rng.choice("FM")
            kind = "d" if who == "d" else "o" if who[0] == "o" else "s"
            self.people[who] = _person(rng, self.used, sex=sex, kind=kind, old=style.old,
                                       child=False)  # fmt: skip
        if child:
            self.rel = "mother" if self.people["r"].sex == "F" else "father"
        else:
            self.rel = rng.choice(_REL[self.people["r"].sex])
        names = []
        if self.record:
            p = self.people["p"]
            p.in_record = True
            names.append(f"{p.title} {p.first} {p.last}" if rng.random() < 0.4 else
                         f"{p.first} {p.last}")  # fmt: skip
            for who, chance in (("r", 0.7), ("s1", 0.3), ("s2", 0.3), ("d", 0.3)):
                if rng.random() < chance:
                    person = self.people[who]
                    person.in_record = True
                    names.append(f"{person.first} {person.last}")
        # Numbers and places.
        self.nhs = nhs_number(rng)
        self.nhs_layout = rng.choice(("plain", "spaced", "dashed"))
        self.hosp = _hospital_number(rng)
        self.flat = rng.randint(1, 24) if rng.random() < 0.2 else 0
        self.house = rng.randint(1, 180)
        self.street_name = rng.choice(STREETS)
        self.postcode = postcode(rng, area)
        lead = f"Flat {self.flat}, " if self.flat else ""
        self.address = f"{lead}{self.house} {self.street_name}, {self.locality}, {town}"
        self.trust_word = rng.choice(TRUST_WORDS)
        self.slug = _slug(self.trust_word)
        self.refs = [_ref(rng, shape) for shape in style.refs]
        self.phone_number = _landline(rng, code)
        self.mobile = _mobile(rng)
        self.prov = rng.choice(style.provider).format(town=town) if style.provider else ""
        hills = rng.sample(WARD_HILLS, 2)
        self.wards = [self._ward(h) for h in hills]
        self.home_name = rng.choice(HOMES) + rng.choice(("", "", " Care Home", " Nursing Home"))
        self.hospitals = self._hospitals()
        self.team_email = f"{rng.choice(_TEAMS)}.{self.slug}@nhs.net"
        rel = self.people[style.mail]
        self.rel_email = rng.choice(
            (
                f"{_slug(rel.first)}{_slug(rel.last)}{rng.randint(1, 99)}@gmail.com",
                f"{_slug(rel.first)[0]}.{_slug(rel.last)}@outlook.com",
                f"{_slug(rel.last)}family@btinternet.com",
                f"{_slug(rel.first)}.{_slug(rel.last)}@yahoo.co.uk",
            )
        )
        self.url = rng.choice(
            (
                f"https://www.{self.slug}.nhs.uk/patient-safety/learning",
                f"www.{self.slug}.nhs.uk/feedback",
                f"https://forms.office.com/r/{_ref(rng, '@#@@#@#@')}",
                f"http://intranet.{self.slug}.nhs.uk/news/safety-bulletin-{rng.randint(10, 60)}",
            )
        )
        # Dates: a running calendar, one date per {date} in text order.
        count = sum(s.count("{date}") for s in sentences)
        start = date(2024, 1, 8) + timedelta(days=rng.randint(0, 600))
        step = {"lines": (0, 1), "prose": (0, 5), "letter": (0, 7)}[style.register]
        days, current = [], start
        for _ in range(count):
            if style.register == "lines":
                current += timedelta(days=1 if rng.random() < 0.2 else 0)
            else:
                current += timedelta(days=rng.randint(*step))
            days.append(current)
        self.days = days
        self.ldate_day = (days[-1] if days else start) + timedelta(days=rng.randint(2, 21))
        first = days[0] if days else start
        # The patient's age at the first event, and a date of birth that agrees with it.
        if child:
            self.age = rng.randint(1, 15)
        elif style.ages:
            self.age = rng.randint(*style.ages)
        elif rng.random() < (0.7 if style.old else 0.25):
            self.age = rng.randint(90, 104)
        else:
            self.age = rng.randint(60 if style.old else 19, 89)
        latest = _years_before(first, self.age)
        self.dob = latest - timedelta(days=rng.randint(0, 360))
        # One date format for a whole log most of the time (always in a CSV).
        fixed = style.register == "lines" and (rng.random() < 0.7 or "csv" in style.name)
        self.date_form = rng.choice(_LINE_FORMS) if fixed else ""
        self.dob_form = rng.choice(_DOB_FORMS)
        self.clock = (
            rng.randint(6 * 60, 15 * 60) if style.register == "lines" else rng.randint(0, 23 * 60)
        )
        self.time_form = rng.choice(("colon", "hrs", "dot", "plain"))
        self.known = (
            {
                "names": names,
                "nhs_number": self.nhs,
                "date_of_birth": self.dob.isoformat(),
                "hospital_number": self.hosp,
                "address": f"{self.address}, {self.postcode}",
            }
            if self.record
            else {}
        )

    def _ward(self, hill: str) -> str:
        return self.rng.choice((f"{hill} Ward", f"Ward {hill}", f"{hill} Unit", f"{hill} ward"))

    def _hospitals(self) -> list[str]:
        rng, town = self.rng, self.town
        forms = [f"{town} General Hospital", f"{town} Community Hospital",
                 f"{town} Royal Infirmary", f"{town} District Hospital"]  # fmt: skip
        rng.shuffle(forms)
        return forms[:2]

    def trust(self) -> str:
        w, area = self.trust_word, self.area
        if area in ("FK", "PA", "IV", "KW", "ZE"):
            return f"NHS {w}"
        if area == "BT":
            return f"{w} Health and Social Care Trust"
        if area in ("SA", "LL", "LD"):
            return f"{w} University Health Board"
        return self.rng.choice((f"{w} NHS Foundation Trust", f"{w} Hospitals NHS Trust"))

    def gp(self) -> str:
        w = self.rng.choice(GP_WORDS)
        return self.rng.choice((f"{w} Surgery", f"{w} Medical Practice",
                                f"The {w} Health Centre", f"{w} Medical Group"))  # fmt: skip

    def council(self) -> str:
        return self.rng.choice((f"{self.town} Borough Council", f"{self.trust_word} Council",
                                f"{self.town} District Council"))  # fmt: skip

    # -- values ----------------------------------------------------------------------------

    def date(self, day: date) -> str:
        forms = _date_forms(day)
        if self.date_form:
            return forms[self.date_form]
        names = list(forms)
        if self.style.register == "lines":
            names = [n for n in names if n != "y_us"]
        return forms[self.rng.choice(names)]

    def time(self) -> str:
        step = (4, 45) if self.style.register == "lines" else (5, 95)
        self.clock = (self.clock + self.rng.randint(*step)) % (24 * 60)
        hour, minute = divmod(self.clock, 60)
        return {
            "colon": f"{hour:02d}:{minute:02d}",
            "hrs": f"{hour:02d}{minute:02d}hrs",
            "dot": f"{hour:02d}.{minute:02d}",
            "plain": f"{hour:02d}{minute:02d}",
        }[self.time_form]

    def nhs_text(self) -> str:
        n = self.nhs
        return {"plain": n, "spaced": f"{n[:3]} {n[3:6]} {n[6:]}",
                "dashed": f"{n[:3]}-{n[3:6]}-{n[6:]}"}[self.nhs_layout]  # fmt: skip

    def address_pieces(self, block: bool) -> list:
        rng, pc = self.rng, self.postcode
        pc_text = rng.choice((pc, pc, pc.replace(" ", ""), pc.replace(" ", "  "), pc.lower()))
        if block:
            lead = f"Flat {self.flat}, " if self.flat else ""
            lines = f"{lead}{self.house} {self.street_name}\n{self.locality}\n{self.town}"
            return [(lines, "ADDRESS"), "\n", (pc_text, "POSTCODE")]
        roll = rng.random()
        if roll < 0.6:
            return [(self.address, "ADDRESS"), ", ", (pc_text, "POSTCODE")]
        plain = self.address.replace(",", "")
        if roll < 0.8:
            return [(plain.upper(), "ADDRESS"), " ", (pc_text.upper(), "POSTCODE")]
        return [(plain, "ADDRESS"), " ", (pc_text, "POSTCODE")]

    def other_address(self) -> str:
        rng = self.rng
        street = rng.choice([s for s in STREETS if s != self.street_name])
        lead = f"Flat {rng.randint(1, 30)}, " if rng.random() < 0.25 else ""
        if rng.random() < 0.5:
            return f"{lead}{rng.randint(1, 220)} {street}, {rng.choice(LOCALITIES[self.town])}, {self.town}"
        return f"{lead}{rng.randint(1, 220)} {street}, {self.town}"


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _initials(person: Who) -> str:
    parts = [p for p in re.split(r"[\s-]+", f"{person.first} {person.last}") if p]
    return "".join(p[0].upper() for p in parts)


class _Writer:
    """Renders a text's sentences into pieces: plain strings and (value, label) pairs."""

    def __init__(self, case: _Case):
        self.case = case
        self.rng = case.rng
        self.day_index = 0

    def honorific(self, person: Who) -> str:
        return person.title + ("." if self.case.dotted else "")

    def person(self, who: str, form: str) -> list:
        case, rng = self.case, self.rng
        base = who[:2] if who[0] == "o" else who
        if base in ("o4", "o5"):
            sex = who[2].upper() if len(who) > 2 else rng.choice("FM")
            person = _person(rng, case.used, sex=sex, kind="o", old=case.style.old, child=False)
        else:
            person = case.people[base]
        first, last = person.first, person.last
        if form == "full":
            roll = rng.random()
            form = ("upper" if roll < 0.08 else "lower" if roll < 0.13 else "caps" if roll < 0.2
                    else "jh" if roll < 0.27 else "full")  # fmt: skip
        if form == "first" and person.nick and rng.random() < 0.5:
            form = "nick"
        if form in ("init", "initd"):
            letters = _initials(person)
            if letters in CLINICAL_INITIALS or len(letters) > 4 or not letters.isalpha():
                form = "jh"
            elif form == "initd":
                return [(".".join(letters) + ".", "PERSON", person)]
            else:
                return [(letters, "PERSON", person)]
        if form == "email":
            local = f"{_slug(first)}.{_slug(last)}"
            if rng.random() < 0.2:
                local += str(rng.randint(2, 9))
            return [(f"{local}@nhs.net", "EMAIL")]
        value = {
            "full": f"{first} {last}",
            "first": first,
            "last": last,
            "title": f"{self.honorific(person)} {last}",
            "tfull": f"{self.honorific(person)} {first} {last}",
            "caps": f"{last.upper()}, {first}",
            "upper": f"{first} {last}".upper(),
            "lower": f"{first} {last}".lower(),
            "lfirst": first.lower(),
            "nick": person.nick or first,
            "jh": f"{first[0]}{rng.choice(('. ', ' '))}{last}",
            "poss": f"{self.honorific(person)} {last}",
            "brk": f"{first}\n{last}",
        }[form]
        pieces: list = [(value, "PERSON", person)]
        if form == "poss":
            pieces.append("'s")
        return pieces

    def slot(self, name: str) -> list:
        case, rng = self.case, self.rng
        if name == "date":
            day = case.days[self.day_index]
            self.day_index += 1
            return [(case.date(day), "DATE")]
        simple = {
            "ldate": lambda: (case.date(case.ldate_day), "DATE"),
            "dob": lambda: (_date_forms(case.dob)[case.dob_form], "DATE"),
            "nhs": lambda: (case.nhs_text(), "NHS_NUMBER"),
            "hosp": lambda: (case.hosp, "HOSPITAL_NUMBER"),
            "addr2": lambda: (case.other_address(), "ADDRESS"),
            "ward": lambda: (case.wards[0], "LOCATION"),
            "ward2": lambda: (case.wards[1], "LOCATION"),
            "home": lambda: (case.home_name, "LOCATION"),
            "street": lambda: (rng.choice(STREETS), "LOCATION"),
            "hospital": lambda: (case.hospitals[0], "ORGANISATION"),
            "hospital2": lambda: (case.hospitals[1], "ORGANISATION"),
            "trust": lambda: (case.trust(), "ORGANISATION"),
            "gp": lambda: (case.gp(), "ORGANISATION"),
            "council": lambda: (case.council(), "ORGANISATION"),
            "prov": lambda: (case.prov, "ORGANISATION"),
            "ref": lambda: (case.refs[0], "ID"),
            "ref2": lambda: (case.refs[1], "ID"),
            "phone": lambda: (case.phone_number, "PHONE"),
            "mob": lambda: (case.mobile, "PHONE"),
            "email": lambda: (case.team_email, "EMAIL"),
            "email2": lambda: (case.rel_email, "EMAIL"),
            "url": lambda: (case.url, "URL"),
        }
        if name in simple:
            return [simple[name]()]
        if name == "age":
            return _age_pieces(rng, case.age, case.style.child or bool(case.style.ages))
        if name == "addr":
            return case.address_pieces(False)
        if name == "addrb":
            return case.address_pieces(True)
        if name == "rel":
            return [case.rel]
        if name == "time":
            return [case.time()]
        raise KeyError(name)

    def render(self, sentence: str) -> list:
        pieces: list = []
        position = 0
        skip_stop = False
        for match in _TOKEN.finditer(sentence):
            plain = sentence[position : match.start()]
            if skip_stop and plain.startswith("."):
                plain = plain[1:]
            pieces.append(plain)
            who, form, slot, term = match.groups()
            if term:
                pieces.append((term, "NEG"))
                made = []
            elif who:
                made = self.person(who, form)
            else:
                made = self.slot(slot)
            pieces.extend(made)
            last = made[-1] if made else None
            skip_stop = isinstance(last, tuple) and last[0].endswith(".")
            position = match.end()
        rest = sentence[position:]
        if skip_stop and rest.startswith("."):
            rest = rest[1:]
        pieces.append(rest)
        return pieces


def _estimate(sentence: str) -> int:
    return len(_TOKEN.sub("xx yy", sentence).split())


def _pick_sentences(rng: random.Random, style: Style) -> tuple[str, list[str], str]:
    """The header, the body sentences in order, and the ending."""
    if style.register == "letter":
        target = min(330, max(225, rng.gauss(270, 30)))
    else:
        target = min(370, max(235, rng.gauss(305, 35)))
    header = rng.choice(style.headers)
    ending = rng.choice(style.endings)
    body = list(style.core)
    words = sum(map(_estimate, (header, ending, *body)))
    extras = list(style.extras)
    rng.shuffle(extras)
    for extra in extras:
        if words >= target:
            break
        body.insert(rng.randint(2, len(body)), extra)
        words += _estimate(extra)
    shared = list(_shared(style))
    rng.shuffle(shared)
    for extra in shared:
        if words >= target:
            break
        if style.register == "lines":
            extra = style.topup.replace("{text}", extra)
        body.insert(rng.randint(2, len(body)), extra)
        words += _estimate(extra)
    return header, body, ending


def _build(rng: random.Random, number: int, style: Style) -> tuple[Example, list]:
    while True:
        header, body, ending = _pick_sentences(rng, style)
        case = _Case(rng, style, [header, *body, ending])
        writer = _Writer(case)
        pieces: list = [*writer.render(header)]
        if style.register == "lines":
            pieces.append("\n")
            for sentence in body:
                pieces += [*writer.render(sentence), "\n"]
            pieces += writer.render(ending)
        else:
            pieces.append("\n\n")
            size = 3 if style.register == "letter" else rng.randint(3, 5)
            for index, sentence in enumerate(body):
                if index and index % size == 0:
                    pieces.append("\n\n")
                    if style.register == "prose":
                        size = rng.randint(3, 5)
                elif index:
                    pieces.append(" ")
                pieces += writer.render(sentence)
            pieces.append("\n\n")
            pieces += writer.render(ending)
        text, gold, negatives = _assemble(pieces)
        if LOW_WORDS <= len(text.split()) <= HIGH_WORDS:
            break
    made = Example(
        id=f"{PREFIX}-{number:06d}", text=text, known=case.known, gold=tuple(gold), kind=style.name
    )
    return made, negatives


def _assemble(pieces: list) -> tuple[str, list[GoldSpan], list[tuple[int, int]]]:
    out: list[str] = []
    gold: list[GoldSpan] = []
    negatives: list[tuple[int, int]] = []
    length = 0
    for piece in pieces:
        if isinstance(piece, str):
            out.append(piece)
            length += len(piece)
            continue
        value, label = piece[0], piece[1]
        start, end = length, length + len(value)
        if label == "NEG":
            negatives.append((start, end))
        elif label == "PERSON":
            person = piece[2]
            gold.append(GoldSpan(start, end, "PERSON", person.names, person.in_record))
        else:
            gold.append(GoldSpan(start, end, label))
        out.append(value)
        length = end
    return "".join(out), gold, negatives


def example(rng: random.Random, number: int) -> Example:
    return _build(rng, number, rng.choice(STYLES))[0]


def _deal(count: int, seed: int) -> Iterator[tuple[Example, list]]:
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _build(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    for made, _ in _deal(count, seed):
        yield made


def generate_with_negatives(count: int, seed: int = 1) -> Iterator[tuple[Example, list]]:
    yield from _deal(count, seed)


# ---------------------------------------------------------------------------------------------
# Top-up sentences: prose and letters share one set, logs another (written in each log's shape)
# ---------------------------------------------------------------------------------------------

SHARED = (
    "The case was logged on <<InPhase>> under {ref} and the learning response lead for {trust} was told on {date}.",
    "{s2.full} went through the records afterwards and found no entry between {time} and the next morning, although a <<NEWS2 of 6>> had been noted the day before.",
    "It was agreed that nothing in this account would be shared with <<the CQC>> until the {rel}, {r.title}, had seen it.",
    "A copy of the timeline was sent to {email} so that the patient safety team could add it to the <<Symphony>> extract for the quarter.",
    "{s1.first} said afterwards that the team had been two staff short that day, with <<bay 3>> and the rest of the floor to cover.",
    "The family asked that any future contact is made by telephone to {mob} rather than by letter, and this has been flagged on <<Lorenzo>>.",
    "The duty of candour conversation took place on {date}, with {r.full} and a friend present, and lasted about <<45 minutes>>.",
    "Nobody wrote down the <<pulse oximeter>> reading taken that day, and the paper record has not been found.",
    "Staff at {hospital2} were contacted for their records, which arrived after <<nine days>> and added nothing new.",
    "The reviewer, {o4.full}, had no part in the care described here and works on another site.",
    "{d.title} was asked for a short statement and gave one on {date}, noting a <<GCS 14/15>> documented at the time.",
    "The learning was presented at the governance half-day and the slides are on the intranet at {url}.",
    "The patient's {rel} said the family had raised the same worry before, with a nurse whose name they did not catch, some <<three weeks>> earlier.",
    "There was no evidence that the <<Caldicott principles>> had been breached when the notes were shared with {gp}.",
    "The hospital number {hosp} and NHS number {nhs} were checked against the wristband and the electronic record and matched.",
    "A second reviewer, {o5.full} from the safety team, read the draft and asked for the staffing figures to be added.",
    "The incident was graded as moderate harm and reported to <<NHS England>> through the usual route on {date}.",
    "{s2.title} has since completed the medicines refresher and a reflective account, which was discussed at supervision.",
    "Records show a transfer to {ward2} at {time} with <<SpO2 91%>> on room air, and the move was not written up at the time.",
    "The address held on the system, {addr}, was correct, and letters had been going to it.",
    "This account was written from the notes, from the <<Datix>> form and from conversations with the staff involved.",
    "Queries about this review can be sent to {email} or made by telephone on {phone}.",
)  # fmt: skip

SHARED_LINES = (
    "note added by {s2.init}: obs repeated, <<NEWS2 of 8>>, escalated to {d.title} who will review",
    "{o4.full} (bank HCA) covering <<bay 3>> until end of shift",
    "phoned {r.first} on {mob}, no answer, voicemail left asking for a call back",
    "duty manager {s1.jh} informed, incident {ref} raised on <<InPhase>>",
    "<<Ascom handset>> for the bay not working, swapped at {time}",
    "{d.title} reviewed, plan documented, <<paracetamol>> given, family updated",
    "spoke to {gp}, message left with reception for the duty doctor",
    "patient moved to {ward2}, handover given to {o5.first} by phone",
    "safeguarding advice sought from {email}, awaiting reply",
    "<<72 hours>> since last bowel movement, <<Laxido>> charted",
    "{s1.first} and {o4.first} checked the record against the wristband, {hosp} confirmed",
    "family asked for a call before <<bed 14>> is moved, number on the board",
    "relative {r.full} visiting, concerns noted and passed on",
    "<<RiO>> entry copied into the main record by {s2.full}",
    "obs: <<BP 88/54>> <<HR 124>>, {d.title} bleeped",
    "note from {o5.full} (student nurse) added at the request of the nurse in charge",
    "datix done by {s1.init}, ref {ref2}",
    "checked with pharmacy, <<Omnicell cabinet>> stock correct for <<lorazepam>>",
    "left message for {r.title} on {phone}, second attempt",
    "NHS number {nhs} confirmed with {hospital2} before records were sent",
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# The 25 styles
# ---------------------------------------------------------------------------------------------

_PROSE = (
    _style(
        "oxygen_air_flowmeter_mixup_review", "prose",
        "ward review, a nebuliser run from the medical air outlet instead of oxygen (old)",
        r"""
H: Patient safety review: nebuliser driven by medical air\nPatient: {p.full}, {age}, NHS {nhs}\nWard: {ward}, {hospital}
H: {trust}: rapid review {ref}\nSubject: {p.tfull} (hospital number {hosp}, DOB {dob})\nArea: {ward}
C: On {date} at {time}, {p.title}, who has COPD and a target range of 88-92%, was prescribed <<salbutamol>> and <<ipratropium>> nebulisers driven by oxygen.
C: The <<nebuliser>> was connected by {s1.full}, an agency nurse on a second shift on {ward}, to the white-capped medical air <<flowmeter>> beside the bed rather than the oxygen outlet.
C: Over the next <<two hours>> {p.first} became more breathless, with <<SpO2 86%>> and <<RR 26>>, and the <<Venturi mask>> was not put back on between doses.
C: {d.full}, the medical registrar, was called at {time} and noticed the air flowmeter within a minute of arriving; oxygen at <<4L/min>> was restarted and a blood gas showed <<pH 7.21>>.
C: The patient needed non-invasive ventilation on {ward2} for <<72 hours>> and has since gone home to {addr}.
X: The {rel}, {r.full}, had asked twice that afternoon why the mask on the <<nebuliser>> was hissing but not misting, and was told by {o1.full}, a healthcare assistant, that it was normal.
X: Air outlets on {ward} had been fitted in the refurbishment, and estates confirmed on {date} that the caps were not the blanking type <<the MHRA>> alert describes.
X: {s2.title}, the nurse in charge, said the oxygen prescription was on the drug chart but the nebuliser section did not say what gas should drive it, only <<4L/min>>.
X: A similar case on {ward2} in the spring, reported by {o2.full}, had led to a poster about the <<flowmeter>> caps that was never put up.
X: The <<Dinamap>> had recorded the falling saturations every <<20 minutes>>, but the readings were not reviewed until the registrar came.
E: Review completed by {s2.jh}, Matron, and signed off on {ldate}.
E: Actions: remove or blank air flowmeters where not needed; add gas to the nebuliser prescription. Contact {email} quoting {ref}.
""",
        ("RR-#####", "NEB/####/@"), old=True,
    ),
    _style(
        "depot_injection_missed_cmht_review", "prose",
        "community mental health team review, a depot injection missed for weeks after a clinic moved",
        r"""
H: Community mental health team: serious incident review\nService user: {p.full} ({hosp})\nCare coordinator: {s1.full}
H: CMHT learning review {ref}\nName: {p.tfull}\nDOB: {dob}\nAddress: {addr}
C: {p.full} has been on <<paliperidone>> (<<Xeplion>>) by monthly depot at the {ward} clinic since a hospital admission, with good effect on the voices.
C: The clinic moved to {hospital2} in the spring and the depot was due on {date}, but the new appointment letter went to {addr2}, an address from some years before, so the <<Xeplion>> was not given.
C: {s1.title} was on long-term sick leave, the caseload was held by {s2.full}, and nobody checked the depot list against attendances for <<eight weeks>>.
C: On {date} the {rel}, {r.title}, phoned {phone} to say {p.first} was not sleeping, was talking about the neighbours, {o1.full} and {o2.full}, and had stopped eating, and had not taken the <<aripiprazole>> either.
C: A home visit that evening by {s2.first} and {d.title} found {p.title} frightened but willing to have the depot, which was given at home the next day with <<lorazepam>> as needed.
X: The <<RiO>> record showed the depot as given because a template had been copied forward by a student, {o3.full}.
X: {r.first} said the family had written to the team <<six months>> before about the old address and had kept a copy.
X: The community pharmacist, {o4.full}, noticed the missed <<olanzapine>> cover prescriptions and e-mailed the team, but the e-mail went to an old shared mailbox.
X: {p.first} was not admitted, was seen twice a week for <<a fortnight>> by the home treatment team, and the neighbours were not approached.
X: The GP at {gp} had not been told that the clinic moved and still had the old number on <<accuRx>>.
E: Report agreed by the team manager, {s2.jh}, on {ldate}; queries to {email}.
E: Learning from this review is published at {url}. Reference {ref}.
""",
        ("CMHT-####", "MH/####/@@"),
    ),
    _style(
        "heatwave_dehydration_care_home_review", "prose",
        "care home review after a resident was admitted with an acute kidney injury in a heatwave (old)",
        r"""
H: {home}: review of hospital admission during hot weather\nResident: {p.full}, {age}\nNHS number {nhs}
H: Heat-health incident review, {home}\nResident: {p.caps}\nDate of birth {dob}\nReference {ref}
C: During the amber heat alert <<the UKHSA>> issued, the lounge at {home} reached 31 degrees and the fans in the upstairs corridor were broken.
C: {p.title} has <<Korsakoff's syndrome>> and takes <<furosemide>> and <<ramipril>>, and the care plan says drinks must be offered and not left on the table.
C: The fluid chart for {date} shows <<320ml>> by 18:00, and the night carer, {o1f.full}, wrote only "settled" for the night.
C: The next morning {s1.full} found {p.first} drowsy with dry lips and a <<NEWS2 of 6>>, called 999 and the crew took the resident to {hospital}.
C: Bloods showed <<creatinine 312>> and <<Na 124>>; {p.first} had <<1.5 litres>> of fluid on {ward} and was back at the home after <<nine days>>.
X: The manager, {s2.full}, said three of the day staff had gone off sick and two agency carers from {prov} did not know the resident or the <<MUST score 3>> on the care plan.
X: {r.full}, the resident's {rel}, visited on {date} and found a full jug of squash out of reach beside the <<commode>>.
X: Another resident, {o2.full}, was also unwell that week but drank well when prompted, had <<Dioralyte>> and was not admitted.
X: The GP from {gp} reviewed the medicines and held the <<furosemide>> for <<a fortnight>> after discharge.
X: The home's heat plan was dated four years ago and named a manager, {o3.full}, who left long ago, and did not mention <<Dioralyte>> or fans.
E: Review by {s2.jh}, registered manager, on {ldate}. Shared with {council} quality team.
E: Please send comments to {email}; copies of the fluid charts are held at the home under {ref}.
""",
        ("HHR-####", "CH/####/@@"), old=True, provider=("Tidewell Care Staffing", "{town} Care Bank Ltd"),
    ),
    _style(
        "ct_pregnancy_check_near_miss_review", "prose",
        "radiology review, an abdominal CT nearly done without the pregnancy check (ages 19-44)",
        r"""
H: Radiology near miss review ({ref})\nPatient: {p.full}\nHospital number: {hosp}\nDepartment: CT, {hospital}
H: IR(ME)R near miss, {trust}\nPatient {p.tfull}, DOB {dob}\nRef: {ref}
C: On {date}, {p.title}, {age}, was sent from the emergency department for a CT abdomen with <<iohexol>> contrast for right-sided pain.
C: The request on <<CRIS>> had the pregnancy question answered "not applicable", because {d.full}, the junior doctor, had ticked the first box of the drop-down.
C: The radiographer, {s1.full}, asked the patient in the scanner room at {time}, and {p.first} said a period was about <<three weeks>> late.
C: The scan was stopped, a urine test was positive, and an ultrasound the same afternoon on {ward} showed an early intrauterine pregnancy; no <<iohexol>> had been given.
C: {p.first} was told about the near miss by {s2.full}, the lead radiographer, and has been referred to the early pregnancy unit at {hospital2}.
X: The partner, {r.full}, was in the waiting area and asked that the conversation be repeated so both could hear it, which took about <<20 minutes>>.
X: Another patient, {o1f.full}, had been scanned an hour earlier with the same request template, and her form on <<CRIS>> was checked and was correct.
X: <<the Royal College of Radiologists>> guidance is that the check is done by the operator, and {s1.first} did so.
X: {d.title} said the form was filled in at the end of a long shift with <<NEWS2 of 6>> patients waiting, and has since reflected with a supervisor.
X: The request was made at {time} and scanned at {time}, within the <<four hours>> target.
E: Reviewed by {s2.jh}, Radiation Protection Supervisor, {ldate}.
E: Questions to {email} or {phone}.
""",
        ("IRM-#####", "CT/####/@@"), sex="F", ages=(19, 44),
    ),
    _style(
        "bowel_screening_kit_mislabel_review", "prose",
        "bowel screening hub review, a test kit processed under another person's details (ages 60-74)",
        r"""
H: Bowel cancer screening hub: screening incident review\nSubject: {p.full}, NHS {nhs}\nReference {ref}
H: Screening safety incident ({ref})\nName: {p.tfull}\nDOB {dob}\nAddress {addr}
C: {p.title}, {age}, returned a home test kit on {date} with a <<FIT 142>> result that should have led to an invitation to see a specialist nurse.
C: The kit was scanned against the barcode of another participant, {o1.full} of {addr2}, whose own kit had been returned the same morning with <<FIT 142>> written on the wrong request.
C: {o1.first} was sent an abnormal result letter, while {p.title} had a normal result letter and no invitation for <<six weeks>>.
C: The error came to light on {date}, when {o1.title} phoned {phone} to say no kit had been used and the one in the kitchen drawer was unopened; the call lasted <<20 minutes>>.
C: {s1.full}, the hub manager, arranged for {p.first} to be seen by the nurse, {s2.full}, on {date}, and a colonoscopy at {hospital} found a polyp that was removed after <<Laxido>> preparation.
X: The laboratory assistant, {o2.full}, said the scanner had read two labels at once from a sheet that had stuck together, <<batch 22K31>>.
X: <<Public Health Scotland>> and the programme office were told, as the guidance requires.
X: {p.first} was upset at the delay of <<six weeks>> and asked for a written account, which was sent to {addr}.
X: The {rel}, {r.full}, rang on {date} to ask whether the delay of <<six weeks>> had changed the outcome.
X: The colonoscopy report records <<Bristol type 7>> stools during bowel preparation with <<Laxido>> and no complications.
E: Signed off by {s1.jh}, Screening Hub Manager, on {ldate}. Programme ref {ref2}.
E: This review will be discussed at the screening programme board; contact {email}.
""",
        ("BSH-####", "SCR/##/####"), ages=(60, 74),
    ),
    _style(
        "ramadan_insulin_adjustment_review", "prose",
        "diabetes team review, insulin not adjusted for a patient fasting in Ramadan on a surgical ward",
        r"""
H: Diabetes inpatient team: hypoglycaemia review\nPatient: {p.full}\nHospital number {hosp}\nWard: {ward}
H: Learning review {ref}, {hospital}\n{p.tfull}, {age}\nNHS no. {nhs}
C: {p.title} was admitted to {ward} on {date} for a planned gallbladder operation and was fasting from dawn to sunset for Ramadan, taking <<metformin>> with the evening meal.
C: The usual <<insulin glargine>> dose of <<24 units>> and the <<gliclazide>> were charted unchanged, and the pre-operative plan did not mention the fast.
C: At {time} the next day {p.first} was found clammy and confused with <<CBG 2.8>> and was given <<GlucoGel>> and then <<glucagon>> by {s1.full}.
C: The family said they had told the admitting nurse, {s2.full}, about the fast, and that the patient's own diabetes nurse had written a plan for the month with <<10 units>> at sunset.
C: {d.full} from the diabetes team reviewed {p.title} that afternoon, reduced the long-acting insulin and arranged meals at sunset and before dawn, with <<Dexcom>> readings on the chart.
X: The {rel}, {r.title}, brought in the written plan from {gp}, which had been in a bag under the bed since admission, next to the <<Accu-Chek>>.
X: The imam from the chaplaincy, {o1m.full}, visited and reassured {p.first} that fasting could be broken when unwell and <<NEWS2 of 6>> was not a time to fast.
X: <<Accu-Chek>> readings were taken four-hourly, but none between midnight and the morning round.
X: Another patient in <<bay 3>>, {o2.full}, was also fasting and had a plan written on the day of admission.
X: The operation went ahead <<2/7>> later without further problems.
E: Review by {d.jh}, Consultant in Diabetes, {ldate}; comments to {email}.
E: Filed under {ref} with the ward's learning log.
""",
        ("DIA-#####", "HYPO/####"),
    ),
    _style(
        "plaster_cast_pressure_sore_review", "prose",
        "fracture clinic review, a child's cast rubbed a pressure sore that was not checked (child)",
        r"""
H: Fracture clinic: incident review {ref}\nChild: {p.full}\nDOB {dob}\nHospital number {hosp}
H: Children's orthopaedics learning review\n{p.tfull} ({age})\nNHS {nhs}\nRef {ref}
C: {p.first}, {age}, had a forearm fracture set in the emergency department at {hospital} on {date} and went home in a <<backslab>> completed to a full cast.
C: The {rel}, {r.full}, rang the plaster room on {date} to say there was a smell and that {p.first} was not sleeping, and was told to give <<Calpol>> and wait for the clinic.
C: At the clinic <<6/52>> after the injury, {s1.full} removed the cast and found a deep sore over the elbow with slough.
C: The fracture had healed well; the sore was dressed by the tissue viability nurse, {s2.full}, and healed after <<eight weeks>>.
C: The phone call was logged by a receptionist, {o1.full}, and the note on <<Symphony>> did not reach a clinician.
X: A <<Salter-Harris fracture>> was considered on the first film but not confirmed.
X: {r.first} said {p.first} had been given <<Calpol>> and <<ibuprofen>> most nights for the pain and had missed school.
X: The plaster technician, {o2.full}, said the cast had been trimmed at the elbow but the padding under the <<Softcast>> was thin.
X: The family have been offered a meeting with {d.title} and the matron within <<three weeks>>.
X: The clinic letter went to {gp} and to the school nurse, noting <<Sever's disease>> in the other heel as an old problem.
E: Review by {s1.jh}, lead plaster technician, on {ldate}.
E: Comments to {email}; the family's contact number is {mob}.
""",
        ("FRC-####", "ORTH/####/@"), child=True,
    ),
    _style(
        "supported_living_bath_scald_review", "prose",
        "supported living provider review, a tenant with a learning disability scalded in a bath",
        r"""
H: {prov}: serious incident review\nTenant: {p.full}\nAddress: {addr}\nRef {ref}
H: Safeguarding and incident review ({ref})\nPerson supported: {p.tfull}, {age}\nCommissioned by {council}
C: {p.first} has <<Down's syndrome>> and epilepsy and lives with two other tenants in a shared house supported by {prov}.
C: On the evening of {date}, the support worker, {s1.full}, ran a bath, went to answer the door to a delivery and left {p.first} alone for about <<20 minutes>>.
C: The bath was later measured at <<46 degrees>> and the <<TMV valve>> under the bath had failed; the <<bath thermometer>> was in a drawer.
C: {p.first} had scalds to both feet and was taken to {hospital}, where the burns team saw the injuries on {ward} and gave <<oxycodone>>.
C: The team leader, {s2.full}, raised a safeguarding concern with {council} that night and informed <<the CQC>>.
X: The delivery was for another tenant, {o1.full}, who said afterwards that the door had been knocked on twice; the parcel was a <<rollator>> for the tenant's physiotherapy.
X: {r.full}, the {rel}, said the family had asked in the annual review for {p.first} never to be left in the bathroom because of <<sodium valproate>> changes.
X: A plumber, {o2m.full}, replaced the valve the next day and found the maintenance log had not been signed for <<18 months>>.
X: {p.first} was given <<paracetamol>> and <<morphine sulfate>> in hospital and stayed <<nine days>>.
X: The epilepsy care plan, written by the community nurse {o3.full}, also said baths should be shallow, supervised and checked with the <<bath thermometer>>.
E: Review completed by {s2.jh}, Registered Manager, on {ldate}.
E: For queries about this review contact {email} or {phone}.
""",
        ("SLS-####", "SG/####/@@"), provider=("Hearthside Supported Living", "{town} Independent Living Services", "Brightwater Support CIC"),
    ),
    _style(
        "ward_hypoglycaemia_missed_meal_review", "prose",
        "ward review, insulin given before a meal tray that never came for a patient in a side room (old)",
        r"""
H: Ward review: hypoglycaemia after a missed meal\n{p.full}, {age}\nWard {ward}, {hospital}
H: Incident {ref}\nPatient {p.tfull}\nHospital no. {hosp}\nNHS no. {nhs}
C: {p.title} was nursed in <<side room 6>> on {ward} with <<Raynaud's>> and type 2 diabetes and was on <<NovoRapid>> with meals.
C: On {date} the lunchtime insulin was given at {time} by {s1.full}, and the meal tray was taken to the wrong side room by a new housekeeper, {o1.full}, with the <<NovoRapid>> already given.
C: At {time}, {p.first} was found pale and sweaty with <<glucose 2.9>> by the {rel}, {r.full}, who had come in to visit.
C: {s2.full} treated the low with <<Hypostop>> and toast, and a second reading was normal after <<20 minutes>>.
C: {d.title} reviewed {p.title} and asked for the insulin to be given when the tray arrived, not before, and stopped the <<gliclazide>>.
X: The protected mealtime sheet for {date} has <<side room 6>> ticked, but no one had seen the patient eat.
X: Another patient, {o2.full}, in the next room, received two trays and did not need the <<NovoRapid>> cover.
X: The <<FreeStyle Libre>> sensor had fallen off and had not been replaced.
X: {r.first} asked that the next visit was not moved because of the incident, and the ward agreed to keep <<side room 6>>.
X: The patient was discharged to {home} on {date} with the same insulin dose and a new <<FreeStyle Libre>> sensor.
E: Review by {s2.jh}, Ward Manager, {ldate}.
E: Shared at the diabetes safety huddle; contact {email}.
""",
        ("HYP-####", "WD/####/@@"), old=True,
    ),
)  # fmt: skip

_LINES = (
    _style(
        "wristband_reprint_audit_log", "lines",
        "ward clerk's wristband printing audit log, a band printed with another patient's details",
        r"""
H: WRISTBAND PRINT AUDIT, {ward}, {hospital}\nExtract run {date} for {p.caps} ({hosp})
H: Label and wristband audit trail, {trust}\nPatient: {p.upper}, NHS {nhs}, DOB {dob}
C: {date} {time} PRINT wristband for {p.upper} {hosp} from <<Lorenzo>> on <<Zebra printer>> WB-04, user {s1.init}
C: {date} {time} PRINT wristband for {o1.upper}, same printer, same user, 40 seconds later, both bands left in the <<Zebra printer>> tray
C: {date} {time} <<bed 22>>: band for {o1.last} put on {p.title} by {o2.full} (HCA), no verbal check recorded
C: {date} {time} <<Alaris pump>> scan mismatch at <<bed 22>>, {s2.full} stops the infusion and checks the band by hand
C: {date} {time} REPRINT wristband for {p.upper}, reason "wrong patient on band", user {s2.init}; old band destroyed, <<Alaris pump>> restarted
X: {time} {s1.full} says two admissions arrived together from {hospital2} and the printer tray was shared between <<bed 22>> and <<bed 14>>
X: {time} {d.title} informed; no medicines given against the wrong band; <<Hb 71>> sample held back
X: {time} blood sample taken at {time} labelled from the wrong band, rejected by the lab, repeat <<Hb 71>> sent
X: {time} {r.title} ({rel}) told by phone on {phone}; asked that the name be checked aloud at every visit and on the <<NHS App>>
X: {time} second patient, {o1.full}, checked; band correct; family of {o1.first} not told as no harm, <<INR 4.6>> sample on correct band
E: End of extract. Queries to {email}, incident {ref}.
E: Printed by {s2.jh} on {ldate}. Ref {ref}.
""",
        ("WBA-#####", "PR/####/@@"), topup="{time} audit note: {text}",
    ),
    _style(
        "ward_pharmacist_intervention_csv", "lines",
        "ward pharmacist interventions pasted as CSV, a weekly methotrexate dose charted daily",
        r"""
H: Pharmacy interventions export, {ward}, {hospital}\ndate,time,detail\n{date},{time},"Patient {p.full}, {hosp}, DOB {dob}"
H: Pharmacist intervention log ({trust})\ndate,time,detail\n{date},{time},"Pt: {p.caps}, NHS {nhs}, {age}"
C: {date},{time},"Drug history by {s1.full}: <<methotrexate>> 10mg once weekly on Mondays with <<folic acid>>, confirmed with {gp}"
C: {date},{time},"Chart shows <<methotrexate>> 10mg once daily, written by {d.title} on admission; two doses given"
C: {date},{time},"Intervention: stopped, {d.title} informed, <<neuts 0.3>> on repeat bloods, haematology advice taken"
C: {date},{time},"Incident {ref} raised by {s1.init}; {p.title} and {rel} {r.full} told by {s2.full}, <<Datix>> updated"
C: {date},{time},"Follow-up: <<filgrastim>> started, patient in <<side room 6>>, plan reviewed daily by {s1.first}"
X: {date},{time},"Technician {o1.full} did the medicines reconciliation, weekly day not transcribed on <<Lorenzo>>"
X: {date},{time},"<<Omnicell cabinet>> pulled daily strength, no prompt shown on the <<Lorenzo>> chart"
X: {date},{time},"{r.first} called {mob}: asked why blisters in the mouth not seen earlier, <<chlorphenamine>> given"
X: {date},{time},"Community pharmacy {prov} contacted, confirmed weekly supply, pharmacist {o2.full}, <<methotrexate>> held"
X: {date},{time},"Discharge planned to {addr} with a weekly reminder card and <<folic acid>>"
E: {ldate},{time},"Export closed by {s1.jh}. Ref {ref2}"
E: {ldate},{time},"End of export; queries {email}"
""",
        ("PHI-#####", "MTX/####/@"), provider=("Lenton Pharmacy", "{town} Chemist", "Pillbox Pharmacy Ltd"),
        topup='{date},{time},"{text}"',
    ),
    _style(
        "mealtime_assistance_audit_table", "lines",
        "mealtime assistance audit pasted as a pipe table, a red-tray patient not helped to eat (old)",
        r"""
H: Mealtime audit, {ward}, {hospital}\n| Date | Time | Observation |\n| --- | --- | --- |\n| {date} | {time} | Audit by {s1.full}, patient {p.full} ({hosp}) |
H: Red tray audit ({ref})\n| Date | Time | Observation |\n| --- | --- | --- |\n| {date} | {time} | {p.tfull}, {age}, NHS {nhs} |
C: | {date} | {time} | Red tray placed out of reach at <<bed 14>>, lid on; <<MUST score 3>> on the board |
C: | {date} | {time} | No help given; {o1.full} (housekeeper) takes tray away untouched, <<Ensure Plus>> unopened |
C: | {date} | {time} | {r.full} ({rel}) says {p.first} has had no hot meal for <<2/7>> |
C: | {date} | {time} | {s2.full} feeds {p.title} soup with <<Resource ThickenUp>>, <<IDDSI level 2>> |
C: | {date} | {time} | Dietitian {o2.full} asked to review; <<Ensure Plus>> charted by {d.title} |
X: | {date} | {time} | Food chart shows "eaten all" for lunch, entered by {o3.init} from memory, <<500ml>> fluids |
X: | {date} | {time} | <<weight 41.2kg>> on the chair scales, <<BMI 16.8>> |
X: | {date} | {time} | Protected mealtime broken by a ward round with {d.title}, <<45 minutes>> |
X: | {date} | {time} | Volunteer {o4.full} starts lunchtime help on <<bay 3>> |
X: | {date} | {time} | {r.first} asks to be called on {mob} if a meal is missed, <<Rockwood 7>> noted |
E: | {ldate} | {time} | Audit closed by {s1.jh} |
E: | {ldate} | {time} | Results to {email}, ref {ref2} |
""",
        ("MTA-####", "NUT/####/@@"), old=True, topup="| {date} | {time} | {text} |",
    ),
    _style(
        "site_security_officer_log", "lines",
        "hospital site security officer's log, a confused patient found in a car park (old)",
        r"""
H: SITE SECURITY LOG, {hospital}\nShift {date}, officers {s1.upper} and {o1.upper}
H: Security control room log {ref}\n{date}, {hospital}
C: {time} Call from {ward}: patient {p.full} ({age}) missing from <<bed 14>>, not seen since the last round
C: {time} CCTV shows a figure in a gown leaving by the east doors; {s1.first} and {o1.first} search car park C with a <<pulse oximeter>>
C: {time} Patient found by {o1.first} near the pay machine, cold, no shoes; <<Ambu bag>> not needed, talking
C: {time} Patient walked back on a wheelchair with {s2.full} (RN); <<temp 38.9>> on the ward, <<4AT of 6>>
C: {time} {d.title} informed; {rel} {r.full} phoned on {mob}; incident {ref} logged on <<InPhase>>
X: {time} Taxi driver {o2m.full} reports seeing an older man at the bus stop <<45 minutes>> earlier, statement taken
X: {time} Ward door alarm found switched off at the panel since <<2/7>>
X: {time} {s1.first} notes the patient gave home address as {addr2}, an old address, <<AMTS 6/10>> recorded
X: {time} Police not called as the patient was found within <<20 minutes>>
X: {time} Porter {o3.full} helps with the wheelchair and the <<Bair Hugger>>
E: {time} End of log. Signed {s1.jh}, Security Supervisor, {ldate}.
E: {time} Log closed. Copy to {email}.
""",
        ("SEC-#####", "CCTV/####"), old=True, topup="{time} {text}",
    ),
    _style(
        "ward_telephone_message_book", "lines",
        "ward telephone message book transcribed, a daughter's message about resuscitation wishes not passed on",
        r"""
H: Telephone message book, {ward} (transcribed for review {ref})\nPatient: {p.full}, {hosp}
H: {ward}, {hospital}: phone messages\nRe: {p.tfull}, NHS {nhs}
C: {date} {time} - Caller: {r.full} ({rel}). For: {d.title}. Msg: please ring back re DNACPR form, family want to talk first, <<Rockwood 7>> not a reason. Tel {mob}. Taken by {o1.init}
C: {date} {time} - Caller: {r.first} again. Msg: still waiting for call, {p.first} had <<Bell's palsy>> last year and is worried. Taken by {s2.first}
C: {date} {time} - Caller: {gp}. Msg: patient's advance plan faxed, please add to notes, <<RiO>> copy too. Taken by {o2.full}
C: {date} {time} - Caller: {r.title}. Msg: upset, form signed without family, <<NEWS2 of 8>> overnight, asking for a meeting. Taken by {s1.full}
C: {date} {time} - Caller: PALS ({email}). Msg: complaint received about <<72 hours>> of no call, ref {ref2}. Taken by {s1.init}
X: {date} {time} - Caller: {o3.full} (neighbour). Msg: has a key to {addr2}, cat being fed, <<rollator>> left at the house. Taken by {s2.first}
X: {date} {time} - Caller: pharmacy. Msg: <<oxycodone>> TTO ready. Taken by {o1.init}
X: {date} {time} - Caller: {hospital2}. Msg: bed offered on {ward2}, <<Hi-Lo bed>>. Taken by {s2.first}
X: {date} {time} - Caller: {r.first}. Msg: coming in at {time}, please have <<Zimmer frame>> by the bed. Taken by {o2.full}
X: {date} {time} - Caller: {o4.full} (chaplain). Msg: will visit in <<two hours>>. Taken by {s1.first}
E: Book pages copied {ldate} by {s1.jh}.
E: Transcribed {ldate}; original book kept on the ward under {ref}.
""",
        ("TMB-####", "WM/####/@"), old=True, topup="{date} {time} - Note: {text}",
    ),
    _style(
        "outpatient_clinic_cancellation_csv", "lines",
        "outpatient cancellations pasted as CSV, a cancer follow-up cancelled and never rebooked",
        r"""
H: Clinic cancellations export ({trust})\ndate,time,detail\n{date},{time},"Patient {p.full}, {hosp}, NHS {nhs}"
H: Outpatient cancellation report, {hospital}\ndate,time,detail\n{date},{time},"{p.caps}, DOB {dob}, {addr}"
C: {date},{time},"Clinic cancelled at short notice: consultant {d.title} on leave; 14 patients to rebook via <<accuRx>>"
C: {date},{time},"Letter to {p.title} at {addr2} (old address); returned unopened after <<three weeks>>"
C: {date},{time},"Follow-up for <<capecitabine>> review not rebooked; no <<CRP 214>> result actioned"
C: {date},{time},"{p.first} attends ED unwell; admitted to {ward} with <<lactate 4.1>>"
C: {date},{time},"Incident {ref} by {s1.full}; booking clerk {o1.full} says the rebook list was lost from <<Lorenzo>>"
X: {date},{time},"{r.full} ({rel}) called {phone} asking for the appointment, <<capecitabine>> run out"
X: {date},{time},"Booking team lead {s2.full} audits the list: three others not rebooked in <<six months>>"
X: {date},{time},"<<Symphony>> shows no ED alert for the oncology patient"
X: {date},{time},"Patient seen by {d.title}; <<dexamethasone>> and <<ondansetron>> changed"
X: {date},{time},"Another patient, {o2.full}, rebooked after a call from {o3.full}, <<NEWS2 of 6>> on arrival"
E: {ldate},{time},"Export closed by {s2.jh}"
E: {ldate},{time},"End of report, ref {ref2}, queries {email}"
""",
        ("OPC-#####", "CAN/####/@@"), topup='{date},{time},"{text}"',
    ),
    _style(
        "community_bed_bureau_thread", "lines",
        "bed bureau messaging thread, a step-down bed offered to the wrong patient with a similar name",
        r"""
H: Bed bureau thread export, {trust}\n[{date} {time}] {s1.full}: morning, two step-down beds at {hospital2} today
H: Exported chat: community beds, {hospital}\n[{date} {time}] {s1.first}: beds list for today attached
C: [{date} {time}] {s2.first}: {ward} has {p.full}, {age}, <<Barthel 40>>, ready for step-down, {hosp}
C: [{date} {time}] {s1.first}: offered to {o1.full} by mistake, transport booked for {o1.last}, <<scoop stretcher>> requested
C: [{date} {time}] {s2.first}: that's not ours, {p.title} is on {ward}, NHS {nhs}, <<bed 14>>
C: [{date} {time}] {s1.first}: sorry, transport cancelled, {p.first} on the list now, <<Hi-Lo bed>> needed
C: [{date} {time}] {s2.first}: {rel} {r.full} told, happy with the move after <<nine days>>, number {mob}
X: [{date} {time}] {o2.first}: {o1.last} family turned up at {hospital2} asking for the bed and the <<Zimmer frame>>
X: [{date} {time}] {d.title}: TTO signed, <<enoxaparin>> for <<10 days>>
X: [{date} {time}] {s2.first}: ambulance crew {o3.full} asking which door, <<SpO2 91%>> on <<4L/min>>
X: [{date} {time}] {s1.first}: datix raised {ref} on <<InPhase>>
X: [{date} {time}] {o2.first}: bed 4 now free, <<air mattress>> in place
E: [{ldate} {time}] {s1.jh}: thread exported for the review
E: [{ldate} {time}] {s2.first}: closing this thread, queries to {email}
""",
        ("BBT-####", "SD/####/@@"), topup="[{date} {time}] note: {text}",
    ),
    _style(
        "delirium_screening_audit_table", "lines",
        "delirium screening audit pasted as a pipe table, a 4AT never repeated before a fall (old)",
        r"""
H: Delirium screening audit, {ward}\n| Date | Time | Finding |\n| --- | --- | --- |\n| {date} | {time} | {p.full}, {age}, {hosp} |
H: 4AT audit ({ref}), {hospital}\n| Date | Time | Finding |\n| --- | --- | --- |\n| {date} | {time} | {p.tfull}, NHS {nhs} |
C: | {date} | {time} | Admission <<4AT score 5>> done by {s1.init}; no delirium care plan started |
C: | {date} | {time} | Night: pulling at cannula, <<AMTS 6/10>>, {o1.full} (bank RN) gives <<lorazepam>> |
C: | {date} | {time} | No repeat screen for <<72 hours>>; family concern from {r.full} ({rel}) |
C: | {date} | {time} | Fall at <<bed 22>>, found by {s2.full}, <<GCS 14/15>>, CT head normal |
C: | {date} | {time} | {d.title} diagnoses delirium, <<trimethoprim>> for UTI, <<4AT of 6>> |
X: | {date} | {time} | {r.first} brings <<This is me>> form; not filed |
X: | {date} | {time} | Falls sensor not fitted, {o2.full} (HCA) on one-to-one for <<bay 3>> |
X: | {date} | {time} | <<Rockwood 7>> recorded by {d.title} |
X: | {date} | {time} | Moved to {ward2} for closer nursing, <<Hi-Lo bed>> |
X: | {date} | {time} | {r.first} asks for the care home, {home}, to be told, <<4AT of 6>> today |
E: | {ldate} | {time} | Audit closed by {s1.jh} |
E: | {ldate} | {time} | Findings to {email} ({ref2}) |
""",
        ("DEL-####", "FALLS/####/@"), old=True, topup="| {date} | {time} | {text} |",
    ),
    _style(
        "acute_oncology_triage_hotline_log", "lines",
        "acute oncology 24-hour triage line call log, a fever on chemotherapy advised to wait",
        r"""
H: Acute oncology triage line, {hospital}\nCall log {date}\nPatient: {p.full}, {hosp}, NHS {nhs}
H: 24h chemotherapy advice line log ({ref})\nCaller re: {p.caps}, DOB {dob}
C: {time} Call from {r.full} ({rel}): {p.first} shivery, <<temp 38.9>>, day 10 of <<capecitabine>>
C: {time} Call taken by {o1.full} (bank nurse, not trained on the triage tool); advised <<paracetamol>> and to ring back
C: {time} Second call, patient vomiting; call taken by {s1.full}; <<MASCC 18>>; told to attend {ward} now
C: {time} Arrived, <<neuts 0.3>>, <<lactate 4.1>>, <<piperacillin-tazobactam>> given at {time}
C: {time} {d.title} informed; incident {ref} raised; family told of the delay of <<four hours>> by {s2.full}
X: {time} Triage tool not used on the first call; no record on <<InPhase>>
X: {time} {r.first} gives callback number {mob}, <<Hickman line>> site red
X: {time} {o2.full} (another patient) on hold for <<20 minutes>> during the first call
X: {time} Sepsis six started by {s2.first}, <<qSOFA 2>>
X: {time} Bed on {ward2} confirmed, <<bleep 2417>> for the registrar
E: {time} Log reviewed by {s1.jh} on {ldate}.
E: {time} End of log. Queries {email}, phone {phone}.
""",
        ("AOT-#####", "ONC/####/@@"), topup="{time} {text}",
    ),
)  # fmt: skip

_LETTERS = (
    _style(
        "chaperone_concern_response_letter", "letter",
        "trust letter answering a complaint that no chaperone was offered at an intimate examination",
        r"""
H: {trust}\nPatient Experience Team\n{hospital}\n\n{ldate}\n\n{p.tfull}\n{addrb}\n\nOur ref: {ref}\n\nDear {p.title},
H: {hospital}\nComplaints Office\nTel {phone}\n\nPrivate and confidential\n{p.tfull}\n{addrb}\n\n{ldate}\nRef {ref}\n\nDear {p.tfull},
C: Thank you for your letter about your attendance at the gynaecology clinic on {date}, when you were examined without a chaperone after waiting <<90 minutes>>; it reached us on {date}.
C: I am sorry. Our policy is clear that a chaperone is offered for every intimate examination, and that the offer and the answer are written on <<Lorenzo>> or in the notes.
C: {d.title} has told me that the clinic nurse, {o1f.full}, had been called to another room, and that {d.title} went ahead rather than keep you waiting a further <<45 minutes>>.
C: There is no record in the notes that a chaperone was offered, and the clinic had only one nurse for <<90 minutes>> that afternoon because of sickness.
C: {d.title} has reflected on this with the clinical director, {s1.full}, and the clinic now has a second nurse booked for every session, following <<the GMC>> guidance.
X: You also asked why your hospital number, {hosp}, was written on the letter to {gp} but your NHS number was not; both are now included on the <<accuRx>> template.
X: You mentioned that your {rel}, {r.full}, was asked to wait outside, which you had not wanted; I am sorry for this too, especially after <<two hours>> in the waiting room.
X: I understand that you have <<Crohn's disease>> and that the examination was painful; the consultant has been asked to see you again at a time that suits you.
X: If you would like to meet, my colleague {s2.full} will arrange this; please call {phone} or e-mail {email}.
X: If you remain unhappy, you may refer your complaint to <<the PHSO>>.
E: Yours sincerely\n\n{s2.full}\nHead of Patient Experience\ncc: {d.tfull}; {gp}
E: Yours sincerely,\n\n{s2.tfull}\nComplaints Manager, {trust}\nc.c. {email}
""",
        ("PE/####/@@", "COMP-#####"), sex="F",
    ),
    _style(
        "scr_allergy_correction_email", "letter",
        "GP practice e-mail to a patient correcting a penicillin allergy wrongly added to the Summary Care Record",
        r"""
H: From: {gp} <{email}>\nTo: {p.full} <{email2}>\nDate: {ldate} {time}\nSubject: Your medical record: allergy entry corrected ({ref})\n\nDear {p.first},
H: From: {s1.full} <{s1.email}>\nSent: {ldate}\nTo: {email2}\nCc: {s2.email}\nSubject: RE: wrong allergy on my record\n\nDear {p.tfull},
C: Thank you for coming in on {date} to tell us that your record showed an allergy to <<amoxicillin>> that you have never had.
C: We found that on {date} a letter about another patient, {o1.full}, was filed to your record by a member of our admin team, and the allergy was coded from it on <<Lorenzo>> and the practice system.
C: Because of this, the pharmacist at {hospital} did not give you <<co-amoxiclav>> for your chest infection and you had <<ceftriaxone>> instead, which meant a longer stay on {ward}.
C: The allergy has now been removed and your <<NHS App>> record should update within <<48 hours>>.
C: Our practice manager, {s2.full}, has checked the other documents filed that week and found no further errors in the last <<six months>>.
X: We have also written to {o1.title}, whose letter it was, to explain that it had been filed in the wrong place, and that the <<trimethoprim>> on it is theirs.
X: Your details as we hold them are: date of birth {dob}, NHS number {nhs}, address {addr}; your allergy to <<chlorphenamine>> remains, as you confirmed.
X: The summary care record is shared with hospitals and pharmacies, and we have told {hospital} directly of the change, and <<the MHRA>> does not need to be told.
X: We have reported this to <<the Information Commissioner's Office>> as the law requires.
X: If you would like to talk this through, please ring {phone} and ask for {s2.first}, or reply to this e-mail within <<three weeks>>.
E: Kind regards\n\n{s1.full}\nGP Partner, {gp}
E: Best wishes,\n{s2.first}\n\n{s2.full} | Practice Manager | {gp} | {phone}
""",
        ("SCR-#####", "GP/####/@@"), mail="p",
    ),
    _style(
        "pharmacy_owing_slip_complaint_email", "letter",
        "a relative's e-mail to a community pharmacy about medicines owed and never delivered (old)",
        r"""
H: From: {r.full} <{email2}>\nTo: {prov} <{email}>\nSent: {ldate} {time}\nSubject: Medicines owed to my {rel}, {p.full}\n\nDear {s1.title},
H: From: {email2}\nTo: {s1.email}\nDate: {ldate}\nSubject: complaint - owings not delivered - {p.upper}\n\nDear Pharmacist,
C: I am writing about my {rel}, {p.tfull}, {age}, who lives at {addr} and has had prescriptions delivered by {prov} for years, in a blister pack with <<paracetamol>>.
C: On {date} the delivery driver, {o1m.full}, left an owing slip for <<levothyroxine>> and <<sodium valproate>> and said the rest would follow the next day.
C: Nothing came, and when I phoned on {date} I was told by {o2.full} that the slip had been lost and nothing was on order for <<levothyroxine>> either.
C: {p.first} went without the <<sodium valproate>> for <<nine days>> and had a seizure on {date}, and was taken to {hospital}.
C: I would like to know how an owing can go missing, and what you will do so that it does not happen again; {p.first} also has <<Wernicke's encephalopathy>> and cannot chase this alone.
X: The hospital gave {p.first} the missing tablets and {d.title} on {ward} has written to {gp} about the <<lorazepam>> given in the ambulance.
X: {p.first} has <<Addison's disease>> too and takes <<hydrocortisone>>, which I worry could be next.
X: The neighbour, {o3.full}, who signs for parcels, says no second delivery was made in <<a fortnight>>.
X: My number is {mob} and I would rather be phoned than written to, as letters take <<a fortnight>> to reach me.
X: If I do not hear back I will take this to <<NHS England>>.
E: Regards,\n{r.full}\n({rel} of {p.full})
E: Thank you,\n{r.first}\n{mob}
""",
        ("OWE-####", "RX/####/@@"), old=True, provider=("Castle Street Pharmacy", "{town} Pharmacy Ltd", "Medicare Chemists"),
    ),
    _style(
        "dietitian_thickener_error_letter", "letter",
        "dietetics letter to a care home after drinks were thickened to the wrong level (old)",
        r"""
H: Nutrition and Dietetics, {hospital}\nTel {phone}\n\n{ldate}\n\nThe Manager\n{home}\nFAO {s2.full}\n\nRe: {p.full}, DOB {dob}, NHS {nhs}\n\nDear {s2.title},
H: {trust}\nDietetic Department\n\n{ldate}\n\nPrivate and confidential\nc/o {home}\n{p.tfull}\n{addrb}\n\nDear {p.title},
C: I am writing after my visit on {date} about the thickened drinks for {p.full}, who was discharged from {ward} on {date} on <<Nutilis Clear>>.
C: The speech and language therapist, {o1.full}, recommended <<IDDSI level 2>> drinks using <<Nutilis Clear>>, after a choking episode with <<NEWS2 of 6>>.
C: The discharge letter from {hospital} said <<IDDSI level 4>>, and the home has been giving drinks that are far too thick for <<three weeks>>.
C: Because of this, {p.first} had been drinking less than <<500ml>> a day and was found dry and drowsy on {date}.
C: I have changed the care plan with {s2.first}, and have asked {gp} to review the kidney function, which showed <<urea 24.6>> last week.
X: The {rel}, {r.full}, told me {p.first} had been refusing the drinks and calling them "wallpaper paste" at <<IDDSI level 4>>.
X: The care assistant, {o2.full}, showed me the tin, which was the right product but the wrong scoop count for <<Nutilis Clear>>.
X: The discharge letter was written by {d.full}, who has been told of the error and has read the <<NICE>> guidance sent by the speech therapist.
X: We have reported this as an incident under {ref} on <<Datix>>.
X: I visited again on {date} and checked the new plan and the <<MUST score 3>>.
E: Yours sincerely\n\n{s1.full}\nSpecialist Dietitian\ncc {gp}; {r.full}
E: With kind regards\n\n{s1.tfull}\nHighly Specialist Dietitian\n{email}
""",
        ("DIE-####", "SLT/####/@"), old=True,
    ),
    _style(
        "nursery_milk_allergy_exposure_letter", "letter",
        "nursery manager's letter to parents after a child with a milk allergy was given a yoghurt (child)",
        r"""
H: {prov}\n{street}\n\n{ldate}\n\n{r.tfull}\n{addrb}\n\nDear {r.title},
H: {prov}\nTel: {phone}\n\n{ldate}\n\nTo the parents of {p.full}\n{addrb}\n\nDear {r.first},
C: I am writing to apologise for what happened at the nursery on {date}, when {p.first}, {age}, was given a fruit yoghurt containing cows' milk at snack time, <<20 minutes>> after lunch.
C: The allergy is on the care plan and on the red card in the kitchen, but the practitioner, {o1f.full}, was covering from another room and did not check the card or the <<Emerade>> box.
C: {p.first} developed hives and a cough within a few minutes; our first aider, {s1.full}, gave <<cetirizine>> and then <<Emerade>>, and called 999.
C: The ambulance took {p.first} to {hospital}, where {d.title} observed for <<four hours>> before discharge home.
C: We have informed <<Ofsted>> and the local authority, and have moved the allergy cards to the serving trolley.
X: You told {s1.first} that {p.first} had a similar reaction <<six months>> before at a party.
X: The other child at the table, {o2.full}, was not affected, and that family have been told only that an incident happened; the <<adrenaline>> was given in a separate room.
X: The health visitor, {o3.full}, has offered to go through the allergy plan with you and the staff within <<a fortnight>>.
X: I would be glad to meet; you can reach me on {phone} or at {email}; we follow <<the Food Standards Agency>> guidance.
X: Our reference for this incident is {ref}, and we have written to <<Ofsted>> again.
E: Yours sincerely\n\n{s2.full}\nNursery Manager, {prov}
E: Kind regards,\n\n{s2.full}\nManager\ncc: {gp}
""",
        ("NUR-####", "ALG/####/@@"), child=True, provider=("Little Acorns Day Nursery", "Bumblebees Nursery {town}", "Tiddlers Childcare Ltd"),
    ),
    _style(
        "homecare_agency_bruising_alert_email", "letter",
        "home care agency e-mail to the council safeguarding team about unexplained bruising (old)",
        r"""
H: From: {s1.full} <{s1.email}>\nTo: {council} safeguarding <{email}>\nSent: {ldate} {time}\nSubject: Safeguarding concern - {p.full} - {ref}\n\nDear Duty Worker,
H: From: {prov}\nTo: {email}\nDate: {ldate}\nSubject: Urgent: bruising noted, client {p.caps}\n\nDear Safeguarding Team,
C: I am the registered manager at {prov} and I am raising a concern about our client {p.tfull}, {age}, of {addr}, who takes <<enoxaparin>>.
C: On {date} our carer, {o1.full}, found bruising to both upper arms on the morning call, which {p.first} could not explain; a <<Zimmer frame>> was by the bed.
C: {p.first} has <<Asperger's>> and dementia and lives with the {rel}, {r.full}, who is the main carer.
C: The care plan is for four calls a day with a <<rollator>>, and our records show no fall and no moving and handling problem in the last <<a fortnight>>.
C: The GP at {gp} was told on {date} and {d.title} visited the same afternoon and checked <<INR 4.6>> on the home machine.
X: The carer took photographs as our policy allows, and these are held securely under {ref2}, not on <<Microsoft Teams>>.
X: A neighbour, {o2.full}, has told our carer that there is often shouting in the evenings, for <<three weeks>> now.
X: {r.first} said the bruising came from the <<Hi-Lo bed>> rails, but the bed has no rails.
X: Our second carer, {o3.full}, also saw the bruises on the lunchtime call and recorded them in the care notes, beside the <<Waterlow 20>> from last month.
X: I can be reached on {phone} or on my mobile {mob}; a notification will also go to <<the CQC>>.
E: Kind regards\n\n{s1.full}\nRegistered Manager, {prov}
E: Thanks,\n{s1.first}\n{prov} | {phone}
""",
        ("HCA-#####", "SAF/####/@@"), old=True, provider=("Hearthstone Home Care", "{town} Homecare Services", "Carewell Domiciliary Ltd"),
    ),
    _style(
        "university_meningitis_contact_letter", "letter",
        "university health centre letter to a student, a meningitis contact warning sent late (ages 18-24)",
        r"""
H: {prov}\nStudent Health Centre\n\n{ldate}\n\n{p.full}\n{addrb}\n\nDear {p.first},
H: {prov}\nHealth and Wellbeing\nTel {phone}\n\n{ldate}\n\nPrivate\n{p.tfull}\n{addrb}\n\nDear {p.title},
C: I am writing about the letter you should have had on {date}, when a student in your hall was admitted to {hospital} with meningococcal disease and a <<qSOFA 2>>.
C: Close contacts were meant to be offered <<ciprofloxacin>> within <<48 hours>>, and your name was on the list sent to us by <<the UKHSA>>.
C: Our nurse, {s1.full}, sent the letters from a list that missed the second page, and your letter was not sent until {date}, <<nine days>> later.
C: I am glad that you stayed well, and that you were able to take the tablets at the centre when you came in on {date}, when your <<pulse oximeter>> reading and temperature were normal.
C: We have changed the way contact lists are checked, so that a second person now counts the names against the original on <<Microsoft Teams>>.
X: Your personal tutor, {o1.full}, has been told only that you had a health appointment and are taking <<ciprofloxacin>>.
X: If you have any fever, headache or rash, please call 111 or go to the emergency department and say you are a contact; <<ceftriaxone>> may be needed.
X: Your GP at {gp} has been sent a copy of this letter through <<accuRx>>.
X: Our incident reference is {ref}; you may quote it if you want to make a complaint, or go to <<the PHSO>>.
X: Please call {phone} or e-mail {email} if you would like to talk to {s2.full}, our lead nurse, within <<48 hours>>.
E: Yours sincerely\n\n{d.full}\nLead GP, Student Health Centre
E: With best wishes\n\n{s2.tfull}\nLead Nurse, {prov}
""",
        ("UHC-####", "MEN/####/@@"), ages=(18, 24), provider=("University of the North Marches", "Severn Vale University", "{town} College of Health"),
    ),
)  # fmt: skip

STYLES = (*_PROSE, *_LINES, *_LETTERS)
