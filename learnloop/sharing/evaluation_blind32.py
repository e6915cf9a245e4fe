"""A thirty-second blind de-identification pack: seaside resorts and university towns.

Synthetic UK narratives (incident reviews, site logs pasted into referrals, letters and e-mails)
about people hurt or taken ill on piers, in amusement arcades, caravan and holiday parks, guest
houses, student halls, nightclubs, ice rinks, bowling alleys, salons, gyms, cinemas, surf schools
and language schools, each with the gold span of every identifier in it and the record the system
would hold (``known``). Written without reading the engine; see evaluation_blind32.md for how, and
for the gold conventions. Only the shared helpers of ``evaluation`` and the standard library are
imported; names come from Faker through ``_new_person`` and from the pack's own lists.
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

PREFIX = "blind32"
LOW_WORDS = 200
HIGH_WORDS = 480
NO_RECORD = 0.12
FAKER_SHARE = 0.45

# ---------------------------------------------------------------------------------------------
# Towns: real seaside resorts and university towns, their main postcode district, dialling code
# and two real villages or suburbs nearby. Organisations and streets are made up.
# ---------------------------------------------------------------------------------------------

TOWN_INFO = {
    "Mablethorpe": ("LN12", "01507", ("Trusthorpe", "Sutton on Sea")),
    "Cleethorpes": ("DN35", "01472", ("Humberston", "Thrunscoe")),
    "Filey": ("YO14", "01723", ("Hunmanby", "Muston")),
    "Hornsea": ("HU18", "01964", ("Mappleton", "Atwick")),
    "Cleveleys": ("FY5", "01253", ("Thornton", "Norbreck")),
    "Ilfracombe": ("EX34", "01271", ("Woolacombe", "Hele")),
    "Looe": ("PL13", "01503", ("Polperro", "Pelynt")),
    "Paignton": ("TQ3", "01803", ("Goodrington", "Marldon")),
    "Swanage": ("BH19", "01929", ("Studland", "Langton Matravers")),
    "Teignmouth": ("TQ14", "01626", ("Shaldon", "Bishopsteignton")),
    "Dawlish": ("EX7", "01626", ("Cockwood", "Holcombe")),
    "Broadstairs": ("CT10", "01843", ("Kingsgate", "Dumpton")),
    "Felixstowe": ("IP11", "01394", ("Trimley", "Old Felixstowe")),
    "Sheringham": ("NR26", "01263", ("Weybourne", "West Runton")),
    "Hunstanton": ("PE36", "01485", ("Heacham", "Old Hunstanton")),
    "Frinton-on-Sea": ("CO13", "01255", ("Kirby Cross", "Great Holland")),
    "Leigh-on-Sea": ("SS9", "01702", ("Chalkwell", "Eastwood")),
    "Caister-on-Sea": ("NR30", "01493", ("Scratby", "Hemsby")),
    "Amble": ("NE65", "01665", ("Warkworth", "Hauxley")),
    "Arnside": ("LA5", "01524", ("Storth", "Sandside")),
    "Padstow": ("PL28", "01841", ("Trevone", "St Merryn")),
    "Perranporth": ("TR6", "01872", ("Goonhavern", "Bolingey")),
    "Budleigh Salterton": ("EX9", "01395", ("Otterton", "East Budleigh")),
    "Dartmouth": ("TQ6", "01803", ("Kingswear", "Stoke Fleming")),
    "Seaford": ("BN25", "01323", ("Bishopstone", "East Blatchington")),
    "Sandown": ("PO36", "01983", ("Shanklin", "Yaverland")),
    "Ryde": ("PO33", "01983", ("Binstead", "Seaview")),
    "Aldeburgh": ("IP15", "01728", ("Thorpeness", "Aldringham")),
    "Mundesley": ("NR11", "01263", ("Trunch", "Paston")),
    "Wells-next-the-Sea": ("NR23", "01328", ("Wighton", "Holkham")),
    "Chapel St Leonards": ("PE24", "01754", ("Ingoldmells", "Hogsthorpe")),
    "Hatfield": ("AL10", "01707", ("Welham Green", "Brookmans Park")),
    "Uxbridge": ("UB8", "01895", ("Cowley", "Ickenham")),
    "Keele": ("ST5", "01782", ("Silverdale", "Wolstanton")),
    "Penryn": ("TR10", "01326", ("Mylor", "Flushing")),
    "Shepshed": ("LE12", "01509", ("Hathern", "Belton")),
    "Wivenhoe": ("CO7", "01206", ("Rowhedge", "Elmstead Market")),
}
TOWNS = tuple((town, district, code) for town, (district, code, _) in TOWN_INFO.items())
LOCALITIES = {town: locs for town, (_, _, locs) in TOWN_INFO.items()}

STREET_WORDS = (
    "Esplanade", "Promenade", "Marine", "Breakwater", "Shingle", "Groyne", "Jetty", "Boathouse",
    "Seafield", "Links", "Cloister", "Quadrangle", "Lighthouse", "Dunes", "Sandhills", "Chine",
    "Undercliff", "Seawall", "Pavilion", "Bandstand", "Regatta", "Aquarium", "Spinnaker",
    "Mariner", "Anchorage", "Rockpool", "Seaspray", "Senate", "Refectory", "Beacon", "Clifftop",
)  # fmt: skip
STREET_KINDS = ("Road", "Parade", "Terrace", "Drive", "Walk", "Crescent", "Close", "Way", "Rise")
WARD_WORDS = (
    "Cormorant", "Tern", "Oystercatcher", "Sanderling", "Turnstone", "Lighthouse", "Beacon",
    "Regatta", "Spinnaker", "Mariner", "Anchorage", "Seaspray",
)  # fmt: skip
WARD_KINDS = ("Ward", "Ward", "Unit", "Ward")
HOME_WORDS = ("Seacrest", "Clifftop", "Bayview", "Undercliff", "Seafield", "Rockpool", "Pavilion")
HOME_KINDS = ("House", "Lodge", "Care Home", "Nursing Home")
PROVIDER_WORDS = ("Seaspray", "Shorebird", "Sandcastle", "Bayview", "Windbreak", "Seahorse")
PROVIDER_KINDS = ("Homecare Ltd", "Care at Home", "Home Support Ltd", "Care Services")
HOSPITAL_FORMS = (
    "{town} Community Hospital", "{town} Cottage Hospital", "{town} and District Hospital",
    "{town} Memorial Hospital", "{town} Coastal Hospital",
)  # fmt: skip
ACUTE_FORMS = ("{town} General Infirmary", "{town} University Hospital", "Royal {town} Hospital")
TRUST_FORMS = (
    "{town} Coastal Healthcare NHS Trust", "{town} and District Hospitals NHS Foundation Trust",
    "{town} Community Health NHS Trust",
)  # fmt: skip
GP_FORMS = ("{word} Surgery", "{word} Medical Practice", "The {word} Practice", "{word} Health Centre")
HOSP_FORMS = ("AA999999", "A9999999", "999999AA")
_HOSP_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# ---------------------------------------------------------------------------------------------
# Look-alikes: written in, tracked as negatives, never gold.
# ---------------------------------------------------------------------------------------------

NATIONAL = (
    "the RNLI", "HM Coastguard", "UKHSA", "the Office for Students", "UCAS",
    "the Student Loans Company", "the Met Office", "the Environment Agency", "NHS 111",
    "Samaritans", "the Gambling Commission", "the Security Industry Authority",
)  # fmt: skip
LOOKALIKES = {
    "drug": (
        "salbutamol", "adrenaline", "chlorphenamine", "ibuprofen", "co-codamol", "naloxone",
        "ondansetron", "flucloxacillin", "ceftriaxone", "benzylpenicillin", "prednisolone",
        "tranexamic acid", "Buccolam", "Dioralyte", "apixaban", "rifampicin", "Ventolin", "bisoprolol",
    ),
    "dose": (
        "5 mg", "500 mg", "1.2 g", "300 micrograms", "2 puffs", "10 ml", "1 g", "50 mg",
        "2 litres", "600 mg", "15 mg", "10 mg", "400 mg",
    ),
    "score": (
        "NEWS2", "PEWS", "qSOFA", "AUDIT-C", "PHQ-9", "Centor score", "CIWA score", "ABCD2 score",
        "Canadian C-spine rule", "GCS", "FAST test", "Glasgow-Blatchford score", "CURB-65",
    ),
    "device": (
        "EpiPen", "AED", "spinal board", "SAM splint", "vacuum mattress", "Entonox", "nebuliser",
        "pulse oximeter", "cervical collar", "throw bag", "rescue tube", "carbon monoxide alarm",
        "Jext pen",
    ),
    "national": NATIONAL,
    "law": (
        "the Licensing Act 2003", "the Equality Act 2010", "the Mental Health Act", "section 136",
        "the Mental Capacity Act", "Martyn's Law", "Natasha's Law", "Clare's Law", "Sarah's Law",
        "the Children Act 1989", "the Health and Safety at Work Act", "RIDDOR",
        "the Gas Safety Regulations", "the Data Protection Act",
    ),
    "eponym": (
        "Colles' fracture", "Bankart lesion", "Osgood-Schlatter disease", "Stevens-Johnson syndrome",
        "Kawasaki disease", "Mallory-Weiss tear", "Gilbert's syndrome", "Ehlers-Danlos syndrome",
        "Todd's paresis", "Bennett's fracture", "Hill-Sachs lesion", "Brown-Séquard syndrome",
        "Wolff-Parkinson-White syndrome", "Kernig's sign", "Battle's sign", "Cushing's reflex",
    ),
    "word": (
        "Warden", "Porter", "Bursar", "Dean", "Provost", "Proctor", "Steward", "Usher", "Marshal",
        "Door Supervisor", "Pier Master", "Hall Tutor",
    ),
    "bed": (
        "bed 4", "bed 12", "cubicle 7", "cubicle 3", "bay 2", "resus 1", "majors 14",
        "side room 6", "chair 9", "trolley 5", "minors 8",
    ),
    "duration": (
        "3/7", "2/52", "48 hours", "ten minutes", "six weeks", "20 minutes", "four hours",
        "a fortnight", "72 hours", "two nights", "40 minutes", "1/12",
    ),
}
# Two-letter initials that read as something clinical: a person is written "J. Surname" instead.
CLINICAL_INITIALS = frozenset(
    """AE ED GP CT MR OT PT RN HR BP DR MS ST SR UK NG IV IM PR PO SC OD BD TD DN CO RR LP MI PE
    TB AF DM HB OK NA SA VT VF AV EM ID IO PA PC PP SP SN TC UV XR ER OR ENT""".split()
)

# ---------------------------------------------------------------------------------------------
# The pack's own names: groups with no words in the earlier packs' notes.
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    "icelandic": {
        "F": ("Sigrún", "Guðrún", "Hrafnhildur", "Þórdís", "Ragnheiður", "Kolbrún", "Ásdís", "Sólveig"),
        "M": ("Sigurður", "Þorsteinn", "Hallgrímur", "Einar", "Ólafur", "Snorri", "Kjartan", "Halldór"),
        "L": (),
        "LF": ("Jónsdóttir", "Sigurðardóttir", "Magnúsdóttir", "Einarsdóttir", "Gunnarsdóttir", "Ólafsdóttir"),
        "LM": ("Jónsson", "Sigurðsson", "Magnússon", "Einarsson", "Hallgrímsson", "Kjartansson", "Halldórsson"),
    },
    "finnish": {
        "F": ("Aino", "Sirpa", "Tuula", "Päivi", "Hannele", "Marjatta", "Riikka"),
        "M": ("Jukka", "Pekka", "Tapio", "Eero", "Ilmari", "Kalevi", "Seppo"),
        "L": ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laaksonen", "Heikkinen", "Koskinen"),
    },
    "estonian": {
        "F": ("Kadri", "Triin", "Piret", "Maarja", "Ülle", "Kersti"),
        "M": ("Priit", "Tõnu", "Rein", "Jaanus", "Margus", "Indrek"),
        "L": ("Tamm", "Saar", "Sepp", "Mägi", "Kask", "Rebane", "Ilves", "Kukk", "Pärn"),
    },
    "samoan": {
        "F": ("Sina", "Malia", "Fetu", "Lagi", "Salote", "Losa"),
        "M": ("Tavita", "Ioane", "Sefo", "Lealofi", "Tupe"),
        "L": ("Faleolo", "Tuilagi", "Leiataua", "Afamasaga", "Seiuli", "Toleafoa", "Vaelua", "Lemalu"),
    },
    "malagasy": {
        "F": ("Voahangy", "Hanitra", "Lalao", "Fanja", "Tiana"),
        "M": ("Hery", "Tojo", "Rivo", "Andry", "Mamy"),
        "L": ("Rakotomalala", "Randriamanantena", "Rasoanaivo", "Andrianarisoa", "Razafindrakoto", "Rabearivelo"),
    },
    "basque": {
        "F": ("Nekane", "Itziar", "Amaia", "Ainhoa", "Edurne", "Miren"),
        "M": ("Iñaki", "Aitor", "Joseba", "Gorka", "Unai", "Koldo", "Josemari"),
        "L": ("Etxeberria", "Goikoetxea", "Agirre", "Urrutia", "Arrieta", "Zubizarreta", "Olaizola"),
    },
    "catalan": {
        "F": ("Montserrat", "Núria", "Meritxell", "Roser", "Mireia"),
        "M": ("Jordi", "Pere", "Oriol", "Xavier", "Joaquim", "Arnau", "Josep", "Francesc"),
        "L": ("Puig", "Vilalta", "Casals", "Soler", "Riera", "Batlle", "Pujol", "Bosch"),
    },
    "kazakh": {
        "F": ("Aigerim", "Dinara", "Gulnara", "Zhanar", "Saule"),
        "M": ("Nurlan", "Yerlan", "Daulet", "Askar", "Bauyrzhan"),
        "L": (),
        "LF": ("Zhaksybekova", "Abenova", "Nurpeisova", "Ospanova", "Kassymova"),
        "LM": ("Zhaksybekov", "Abenov", "Nurpeisov", "Ospanov", "Kassymov"),
    },
}  # fmt: skip
OWN_FIRST = {
    sex: tuple(name for group in OWN_GROUPS.values() for name in group[sex]) for sex in "FM"
}
OWN_LAST = tuple(
    name
    for group in OWN_GROUPS.values()
    for key in ("L", "LF", "LM")
    for name in group.get(key, ())
)
# Surnames of the coast that are also words, and a few word first names.
WORD_SURNAMES = ("Haddock", "Whiting", "Salmon", "Fish", "Finch", "Beach", "Gale", "Bass")
WORD_FIRST = ("Marina", "Shelley", "Candy")
WORD_NAMES = (*WORD_FIRST, *WORD_SURNAMES)
ALL_WORD_NAMES = frozenset(WORD_NAMES)
NICKNAMES = {
    "Sigurður": ("Siggi",), "Guðrún": ("Gunna",), "Halldór": ("Dóri",), "Josep": ("Pep",),
    "Xavier": ("Xavi",), "Joaquim": ("Quim",), "Francesc": ("Cesc",), "Josemari": ("Txema",),
    "Dinara": ("Dana",), "Montserrat": ("Montse",), "Meritxell": ("Txell",),
}  # fmt: skip
PARTICLES = ("i",)  # Catalan: "Jordi Puig i Casals"
NAME_FORMS = (
    "full", "first", "last", "title", "tfull", "dr", "init", "initl", "caps", "upper", "lower",
    "nick", "email", "pemail", "poss",
)  # fmt: skip
ROLE_WORDS = (
    "Nurse", "Sister", "Matron", "Paramedic", "Doctor", "Sergeant", "Constable", "Officer",
    "Manager", "Lifeguard", "Coach", "Instructor", "Tutor", "Chaplain", "Master", "Miss", "Mrs",
    "Mr", "Ms", "Dr", "Sir", "Lady", "Bay", "Sea", "Hall", "Park", "Wells", "Green", "Common",
)  # fmt: skip
RELATIONS = {
    "child": (("mother", "F"), ("father", "M"), ("aunt", "F"), ("grandmother", "F"),
              ("grandfather", "M"), ("stepfather", "M")),
    "old": (("daughter", "F"), ("son", "M"), ("niece", "F"), ("nephew", "M"),
            ("granddaughter", "F"), ("grandson", "M"), ("daughter-in-law", "F")),
    "adult": (("wife", "F"), ("husband", "M"), ("partner", "F"), ("partner", "M"),
              ("sister", "F"), ("brother", "M"), ("mother", "F"), ("father", "M")),
}  # fmt: skip


def _words(n: int) -> str:
    """An age over 89 in words, as the notes write it ("ninety-two", "one hundred and one")."""
    units = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    if n < 100:
        return "ninety" + (f"-{units[n - 90]}" if n > 90 else "")
    return "one hundred" + (f" and {units[n - 100]}" if n > 100 else "")


def _ascii(value: str) -> str:
    value = value.replace("ð", "d").replace("Ð", "D").replace("þ", "th").replace("Þ", "Th")
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z]", "", plain).lower()


def _fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value.casefold())
    return plain.encode("ascii", "ignore").decode()


# Words no name part may be: they are the pack's places, look-alikes, roles and months.
_FORBIDDEN = frozenset(
    _fold(word)
    for word in re.split(
        r"[\s,'-]+",
        " ".join(
            [
                *TOWN_INFO,
                *(loc for locs in LOCALITIES.values() for loc in locs),
                *STREET_WORDS, *WARD_WORDS, *HOME_WORDS, *PROVIDER_WORDS, *MONTHS, *WEEKDAYS,
                *ROLE_WORDS, *(term for terms in LOOKALIKES.values() for term in terms),
                *(nick for nicks in NICKNAMES.values() for nick in nicks),
                *(rel for rels in RELATIONS.values() for rel, _ in rels),
            ]
        ),
    )
    if len(word) > 2
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Styles and the shared top-up sentences
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    name: str
    register: str  # prose, lines (a log pasted in) or letter (letters and e-mails)
    what: str
    headers: tuple[str, ...]
    core: tuple[str, ...]
    extras: tuple[str, ...]
    endings: tuple[str, ...]
    refs: tuple[str, str]  # the shapes of the style's two reference numbers
    old: bool = False
    child: bool = False
    provider: bool = False
    topup: str = "{text}"  # a log line's shape
    stamp: str = ""  # strftime of a log line's date stamp
    clock: str = "%H:%M"  # strftime of a log line's time
    sex: str = "??"  # the patient's and the relative's sex, "?" for either
    ages: tuple[int, int] = (20, 85)
    signs: tuple[str, ...] = ("first",)  # the forms a log line is signed in


# Prose top-ups: said of any case, short, with a look-alike where a writer would name one.
SHARED = (
    "The <<NEWS2>> chart for that period was incomplete, with two sets of observations missing.",
    "No one at the site had been told who to ring if a visitor became unwell out of hours.",
    "The review panel was told that the <<AED>> cabinet code was written on a card behind the till.",
    "Staffing in the department that evening was two nurses short of the planned numbers.",
    "The handover at {time} did not mention the earlier call from the site.",
    "The family were not given a copy of the discharge letter before they left.",
    "{s1.full}, who saw the patient later, said the waiting room was full and the shift was busy.",
    "A safety netting leaflet was given, but it was in English only and was not explained.",
    "The review found no record that <<the Mental Capacity Act>> had been considered.",
    "Observations were next repeated after <<four hours>>, not the hour the plan asked for.",
    "The ambulance was held outside for <<40 minutes>> before the handover was accepted.",
    "There was no interpreter booked, and a relative translated at the bedside.",
    "The panel noted that the seasonal staff had not had first aid refresher training.",
    "The investigation was delayed while statements were gathered from the site.",
)
# Log top-ups: the text of a line; the style's own shape adds the stamp, time and signature.
SHARED_LINES = (
    "Radio check with the office, all channels working.",
    "Walked the site, nothing further to report.",
    "First aid box restocked, <<SAM splint>> used earlier replaced.",
    "Rang <<NHS 111>> for advice while waiting, told to keep him still.",
    "Manager informed by phone, will come in early.",
    "CCTV footage for the period saved to the drive.",
    "Area cordoned off with barriers and signs put up.",
    "Incident form started, to be finished by the day team.",
    "Spoke to the witnesses, names and numbers taken.",
    "Checked the <<AED>> pads and battery, all in date.",
    "Quiet for <<20 minutes>>, crowd thinning out.",
    "Handover to the next shift given in person.",
)
SHARED_LETTER = (
    "I would be grateful if this letter could be kept with the notes.",
    "Please do ring me if anything here is unclear.",
    "I have copied this letter to the family with their agreement.",
    "We have kept a copy of our own notes from the day.",
    "I understand you will be busy, and I am grateful for your time.",
    "We have since reviewed our first aid arrangements at the site.",
    "I am not medically trained, so I have written down only what I saw.",
    "Our staff were shaken by what happened and have been offered support.",
    "I have not shared this with anyone outside the business.",
    "Please let me know if a statement from our staff would help.",
    "We would welcome any advice on how to respond better next time.",
    "I am happy to meet if that would be easier than letters.",
)


def _shared(style: Style) -> tuple[str, ...]:
    if style.register == "letter":
        return SHARED_LETTER
    if style.register == "lines":
        return SHARED_LINES
    return SHARED


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    sex: str
    names: str  # "listed" or "unlisted"
    in_record: bool
    honorific: str
    nick: str = ""
    initials_dotted: bool = False

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def parts(self) -> list[str]:
        return [_fold(part) for part in re.split(r"[\s-]+", self.full) if part]


_HINT = re.compile(r"\{(p|r|s1|s2|d|o\d)([fm]?)\.(\w+)\}")
_TOKEN = re.compile(r"\{(\w+)\.(\w+)\}|\{(\w+)\}|<<(.+?)>>")
AGE_MENTION = re.compile(r"\bage[d]? (\d{1,3})\b|\b(\d{1,3})(?=yo\b| y/o| years old| yrs\b|y\b)")


def _listed(first: str, last: str) -> bool:
    listed = listed_names()
    parts = [p for p in re.split(r"[\s-]+", f"{first} {last}") if p and p not in PARTICLES]
    return all(part.casefold() in listed for part in parts)


class _Case:
    """The facts one narrative is written from: its people, places, dates and numbers."""

    def __init__(self, rng: random.Random, style: Style, sentences: list[str]) -> None:
        self.rng = rng
        self.style = style
        self.used_parts: set[str] = set()
        self.used_initials: set[str] = set()
        self.record = rng.random() >= NO_RECORD
        self.dot = "." if rng.random() < 0.25 else ""
        town = rng.choice(list(TOWN_INFO))
        self.town = town
        self.district, self.code, locs = TOWN_INFO[town]
        self.locality = rng.choice(locs)
        self.town_index = list(TOWN_INFO).index(town)
        # who is drawn as a woman or a man, who needs a nickname, who is a doctor
        sexes: dict[str, str] = {}
        nicks: set[str] = set()
        for who, sex, form in _HINT.findall(" ".join(sentences)):
            if sex:
                sexes[who] = sex.upper()
            if form == "nick":
                nicks.add(who)
        kind = "child" if style.child else "old" if style.old else "adult"
        psex = style.sex[0] if style.sex[0] != "?" else rng.choice("FM")
        relation, rsex = rng.choice(
            [(rel, sex) for rel, sex in RELATIONS[kind] if style.sex[1] in ("?", sex)]
        )
        self.rel = relation
        self.people: dict[str, Person] = {}
        for who in ("p", "r", "s1", "s2", "d", "o1", "o2", "o3", "o4", "o5"):
            sex = {"p": psex, "r": rsex}.get(who) or sexes.get(who) or rng.choice("FM")
            person = self._draw(sex, nick=who in nicks)
            if who in ("p", "r"):
                person.in_record = self.record
            if who == "d":
                person.honorific = "Dr"
            elif who == "p" and style.child:
                person.honorific = "Miss" if sex == "F" else "Master"
            self.people[who] = person
        # dates: the event in 2025 or 2026, the patient's birth to fit the style's ages
        self.date = date(2025, 2, 1) + timedelta(days=rng.randint(0, 570))
        self.prev = self.date - timedelta(days=rng.randint(2, 30))
        self.next = self.date + timedelta(days=1)
        self.later = self.date + timedelta(days=rng.randint(3, 21))
        self.ldate = self.later + timedelta(days=rng.randint(3, 20))
        low, high = style.ages
        self.age = rng.randint(low, high)
        born = self.date.year - self.age
        self.dob = date(born, rng.randint(1, 12), rng.randint(1, 28))
        if (self.dob.month, self.dob.day) > (self.date.month, self.date.day):
            self.dob = self.dob.replace(year=born - 1)
        # numbers
        self.nhs = nhs_number(rng)
        self.nhs_layout = rng.choice(("plain", "spaced", "dashed"))
        shape = HOSP_FORMS[self.town_index % len(HOSP_FORMS)]
        self.hosp = "".join(
            rng.choice(_HOSP_LETTERS) if ch == "A" else str(rng.randint(0, 9)) for ch in shape
        )
        self.local = f"{rng.randint(2, 8)}{rng.randint(0, 99999):05d}"
        self.mobile = f"07700 900{rng.randint(0, 999):03d}"
        # the patient's address, a wrong or old one, and the places in the story
        self.flat = rng.randint(1, 12) if rng.random() < 0.2 else 0
        self.house = rng.randint(1, 140)
        self.street_name = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        inward = f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXZ')}{rng.choice('ABDEFGHJLNPQRSTUWXZ')}"
        self.postcode = f"{self.district} {inward}"
        self.old_house = rng.randint(1, 90)
        self.old_street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        words = list(WARD_WORDS)
        rng.shuffle(words)
        self.ward = f"{words[0]} {rng.choice(WARD_KINDS)}"
        self.ward2 = f"{words[1]} {rng.choice(WARD_KINDS)}"
        self.home = f"{rng.choice(HOME_WORDS)} {rng.choice(HOME_KINDS)}"
        self.street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        self.hospital = rng.choice(HOSPITAL_FORMS).format(town=town)
        other = rng.choice([t for t in TOWN_INFO if t != town])
        self.hospital2 = rng.choice(ACUTE_FORMS).format(town=other)
        self.trust = rng.choice(TRUST_FORMS).format(town=town)
        self.gp = rng.choice(GP_FORMS).format(word=rng.choice(STREET_WORDS))
        self.council = f"{town} Town Council"
        self.prov = f"{rng.choice(PROVIDER_WORDS)} {rng.choice(PROVIDER_KINDS)}"
        slug = _ascii(town)
        self.email = f"{slug}.{rng.choice(('urgentcare', 'safeguarding', 'patientsafety'))}@nhs.net"
        self.email2 = f"{rng.choice(('office', 'welfare', 'duty'))}.{slug}@{rng.choice(('outlook.com', 'btinternet.com'))}"
        self.url = rng.choice(
            (
                f"www.{slug}-hospital.nhs.uk/visiting",
                f"https://www.{slug}towncouncil.gov.uk/licensing",
                f"{slug}communityhealth.nhs.uk/contact",
            )
        )
        self.refs = tuple(self._reference(shape) for shape in style.refs)
        # what has been written so far: dates in order, and the log's stamp
        self.last_dated: date | None = None
        self.stamp_day = self.date
        self.clock = rng.randint(7 * 60, 15 * 60)

    # -- people -------------------------------------------------------------------------------

    def _draw(self, sex: str, *, nick: bool = False) -> Person:
        rng = self.rng
        for _ in range(200):
            if nick:
                first = rng.choice([n for n in NICKNAMES if n in OWN_FIRST[sex]])
                last = self._own_last(sex)
                names = "unlisted"
            elif rng.random() < FAKER_SHARE:
                drawn = _new_person(rng, sex=sex)
                first, last, names = drawn.first, drawn.last, drawn.names
            else:
                if sex == "F" and rng.random() < 0.08:
                    first = rng.choice(WORD_FIRST)
                else:
                    group = OWN_GROUPS[rng.choice(list(OWN_GROUPS))]
                    first = rng.choice(group[sex])
                last = self._own_last(sex)
                names = "listed" if _listed(first, last) else "unlisted"
            person = Person(first, last, sex, names, False, self._honorific(sex))
            if nick:
                person.nick = NICKNAMES[first][0]
            parts = person.parts()
            if any(p in _FORBIDDEN or p in self.used_parts for p in parts):
                continue
            if len(first) < 2 or len(last) < 2 or any(ch.isdigit() for ch in person.full):
                continue
            self.used_parts.update(parts)
            person.initials_dotted = rng.random() < 0.4
            return person
        raise RuntimeError("no name could be drawn")  # pragma: no cover

    def _own_last(self, sex: str) -> str:
        rng = self.rng

        def one() -> str:
            roll = rng.random()
            if roll < 0.16:
                return rng.choice(WORD_SURNAMES)
            group = OWN_GROUPS[rng.choice(list(OWN_GROUPS))]
            names = group["L"] or group["LF" if sex == "F" else "LM"]
            return rng.choice(names)

        last = one()
        roll = rng.random()
        if roll < 0.08:
            last = f"{last}-{one()}"
        elif roll < 0.2 and last in OWN_GROUPS["catalan"]["L"]:
            last = f"{last} i {rng.choice(OWN_GROUPS['catalan']['L'])}"
        return last

    def _honorific(self, sex: str) -> str:
        if sex == "M":
            return "Mr"
        return self.rng.choice(("Mrs", "Ms", "Ms", "Miss"))

    def initials(self, person: Person) -> str | None:
        first = person.first[0]
        last = person.last[0]
        letters = f"{first}{last}"
        if not re.fullmatch(r"[A-Z]{2}", letters) or letters in CLINICAL_INITIALS:
            return None
        if letters in self.used_initials and getattr(person, "_initials", None) != letters:
            return None
        self.used_initials.add(letters)
        person._initials = letters  # type: ignore[attr-defined]
        return f"{first}.{last}." if person.initials_dotted else letters

    def name(self, person: Person, form: str) -> list[tuple[str, str | None]]:
        """The pieces a person is written in; (text, label) with PERSON or EMAIL gold."""
        dot = self.dot
        hon = f"{person.honorific}{dot}"
        if form == "full":
            return [(person.full, "PERSON")]
        if form == "first":
            return [(person.first, "PERSON")]
        if form == "last":
            return [(person.last, "PERSON")]
        if form == "title" or form == "dr":
            return [(f"{hon} {person.last}", "PERSON")]
        if form == "tfull":
            return [(f"{hon} {person.full}", "PERSON")]
        if form == "init":
            initials = self.initials(person)
            if initials:
                return [(initials, "PERSON")]
            return [(f"{person.first[0]}. {person.last}", "PERSON")]
        if form == "initl":
            return [(f"{person.first[0]}. {person.last}", "PERSON")]
        if form == "caps":
            return [(f"{person.last.upper()}, {person.first}", "PERSON")]
        if form == "upper":
            return [(person.full.upper(), "PERSON")]
        if form == "lower":
            return [(person.full.lower(), "PERSON")]
        if form == "nick":
            return [(person.nick or person.first, "PERSON")]
        if form == "email":
            last = _ascii(person.last.split()[-1])
            return [(f"{_ascii(person.first)}.{last}@nhs.net", "EMAIL")]
        if form == "pemail":
            year = self.rng.randint(70, 99)
            domain = self.rng.choice(("gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com"))
            return [(f"{_ascii(person.first)}{_ascii(person.last)[:1]}{year}@{domain}", "EMAIL")]
        if form == "poss":
            return [(person.first, "PERSON"), ("'" if person.first.endswith("s") else "'s", None)]
        raise ValueError(form)

    # -- values -------------------------------------------------------------------------------

    def _reference(self, shape: str) -> str:
        rng = self.rng
        out = shape.replace("{yy}", f"{self.date.year % 100:02d}")
        for width in (6, 5, 4, 3):
            out = out.replace(f"{{n{width}}}", f"{rng.randint(0, 10**width - 1):0{width}d}")
        return out

    def date_text(self, kind: str) -> str:
        rng = self.rng
        day = {
            "date": self.date, "day": self.date, "prev": self.prev, "later": self.later,
            "next": self.next, "ldate": self.ldate, "dob": self.dob,
        }[kind]  # fmt: skip
        if kind == "dob":
            return _dated(day, rng, birth=True)
        if kind == "ldate":
            return _dated(day, rng)
        if kind == "day" or (self.last_dated is not None and day < self.last_dated):
            return _yearless(day, rng)
        if rng.random() < 0.3:
            return _yearless(day, rng)
        self.last_dated = day
        return _dated(day, rng)

    def age_pieces(self) -> list[tuple[str, str | None]]:
        rng = self.rng
        n = self.age
        label = "AGE" if n > 89 else None
        if label and rng.random() < 0.3:
            word = _words(n)
            return rng.choice(
                [[("aged ", None), (word, label)], [(word, label), (" years old", None)]]
            )
        text = str(n)
        return rng.choice(
            [
                [("aged ", None), (text, label)],
                [(text, label), (" years old", None)],
                [(text, label), (" yrs", None)],
                [(text, label), ("yo", None)],
                [(text, label), (" y/o", None)],
                [("age ", None), (text, label)],
            ]
        )

    def address(self, form: str) -> list[tuple[str, str | None]]:
        rng = self.rng
        if form == "addr2":
            old = f"{self.old_house} {self.old_street}"
            return [(rng.choice([f"{old}, {self.town}", f"{old} {self.town}"]), "ADDRESS")]
        line = f"{self.house} {self.street_name}"
        if self.flat:
            line = rng.choice([f"Flat {self.flat}, {line}", f"Flat {self.flat} {line}"])
        code = self.postcode
        if form == "addrb":
            return [(f"{line}\n{self.locality}\n{self.town}", "ADDRESS"), ("\n", None), (code, "POSTCODE")]
        shape = rng.randrange(6)
        if shape == 0:
            return [(f"{line}, {self.locality}, {self.town}", "ADDRESS"), (", ", None), (code, "POSTCODE")]
        if shape == 1:
            text = f"{line}, {self.locality}, {self.town}".upper()
            return [(text, "ADDRESS"), (" ", None), (code, "POSTCODE")]
        if shape == 2:
            plain = f"{line.replace(',', '')} {self.town}"
            return [(plain, "ADDRESS"), (" ", None), (code.replace(" ", ""), "POSTCODE")]
        if shape == 3:
            return [(f"{line}, {self.town}", "ADDRESS"), (", ", None), (code, "POSTCODE")]
        if shape == 4:
            return [(f"{line}, {self.locality}, {self.town}", "ADDRESS"), (" ", None), (code.lower(), "POSTCODE")]
        return [(f"{line}, {self.town}", "ADDRESS"), (" ", None), (code, "POSTCODE")]

    def nhs_text(self) -> str:
        n = self.nhs
        if self.nhs_layout == "spaced":
            return f"{n[:3]} {n[3:6]} {n[6:]}"
        if self.nhs_layout == "dashed":
            return f"{n[:3]}-{n[3:6]}-{n[6:]}"
        return n

    def phone(self) -> str:
        rng = self.rng
        code, local = self.code, self.local
        ext = f"{rng.randint(1000, 9999)}"
        return rng.choice(
            [
                f"{code} {local}", f"({code}) {local}", f"{code}{local}", f"+44 {code[1:]} {local}",
                f"+44 (0){code[1:]} {local}", f"{code} {local[:3]} {local[3:]}", f"{code}-{local}",
                f"+44-{code[1:]}-{local}", f"{code} {local} ext {ext}", f"{code} {local} x{ext}",
                f"({code}){local}", f"+44 (0) {code[1:]} {local}",
                f"{code} {local[:2]} {local[2:4]} {local[4:]}", f"+44 {code[1:]} {local[:3]} {local[3:]}",
            ]
        )  # fmt: skip

    def mob(self) -> str:
        m = self.mobile
        digits = m.replace(" ", "")
        return self.rng.choice(
            [
                m, digits, f"+44 {m[1:]}", f"+44{digits[1:]}", f"{m[:5]} {m[6:9]} {m[9:]}",
                f"({m[:5]}) {m[6:]}", f"{m[:5]}-{m[6:]}", f"+44 (0){m[1:]}", f"{digits[:3]} {digits[3:7]} {digits[7:]}",
            ]  # fmt: skip
        )

    def clock_text(self, shape: str = "%H:%M") -> str:
        hour, minute = divmod(self.clock, 60)
        return f"{hour:02d}:{minute:02d}" if ":" in shape else f"{hour:02d}{minute:02d}"

    def free_time(self) -> str:
        rng = self.rng
        hour, minute = rng.randint(0, 23), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
        return rng.choice(
            [f"{hour:02d}:{minute:02d}", f"{hour:02d}{minute:02d}hrs", f"{hour:02d}.{minute:02d}"]
        )


def _dated(day: date, rng: random.Random, *, birth: bool = False) -> str:
    d, m, y = day.day, day.month, day.year
    month = MONTHS[m - 1]
    forms = [
        f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y}", day.isoformat(), f"{d:02d}-{m:02d}-{y}",
        f"{d} {month} {y}", f"{ordinal(d)} {month} {y}", f"{d} {month[:3]} {y}",
        f"{d} {month[:3].upper()} {y}", f"{d:02d}{month[:3].upper()}{y}", f"{d}-{month[:3]}-{y}",
        f"{month} {d}, {y}", f"{WEEKDAYS[day.weekday()][:3]} {d:02d}/{m:02d}/{y}",
        f"{WEEKDAYS[day.weekday()]} {d} {month} {y}",
    ]
    if not birth:
        forms += [f"{d:02d}/{m:02d}/{y % 100:02d}", f"{d}.{m}.{y % 100:02d}"]
    return rng.choice(forms)


def _yearless(day: date, rng: random.Random) -> str:
    d, m = day.day, day.month
    month = MONTHS[m - 1]
    weekday = WEEKDAYS[day.weekday()]
    return rng.choice(
        [
            f"the {ordinal(d)}", f"{weekday} the {ordinal(d)}", f"{weekday[:3]} {d}/{m}",
            f"{weekday[:3]} {ordinal(d)} {month[:3]}", f"the {ordinal(d)} of {month}",
            f"{ordinal(d)} {month}", f"{d} {month}", f"{d}/{m}", f"{weekday} {ordinal(d)}",
            f"{weekday} {d} {month}",
        ]
    )


# ---------------------------------------------------------------------------------------------
# Writing one narrative
# ---------------------------------------------------------------------------------------------

_DATES = frozenset({"date", "day", "prev", "later", "next", "ldate", "dob"})
_PLACES = {"ward": "LOCATION", "ward2": "LOCATION", "home": "LOCATION", "street": "LOCATION"}
_ORGS = frozenset({"hospital", "hospital2", "trust", "gp", "council", "prov"})


class _Out:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.gold: list[GoldSpan] = []
        self.negatives: list[tuple[int, int]] = []

    def add(self, text: str, label: str | None = None, person: Person | None = None) -> None:
        if not text:
            return
        if label == "NEG":
            self.negatives.append((self.length, self.length + len(text)))
        elif label == "PERSON" and person is not None:
            end = self.length + len(text)
            self.gold.append(GoldSpan(self.length, end, label, person.names, person.in_record))
        elif label is not None:
            self.gold.append(GoldSpan(self.length, self.length + len(text), label))
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def _who(key: str) -> str:
    return re.match(r"p|r|s\d|d|o\d", key).group(0)


def _render(case: _Case, sentence: str, out: _Out) -> None:
    at = 0
    for match in _TOKEN.finditer(sentence):
        out.add(sentence[at : match.start()])
        at = match.end()
        who, form, slot, term = match.groups()
        if term:
            out.add(term, "NEG")
        elif who:
            person = case.people[_who(who)]
            for text, label in case.name(person, form):
                out.add(text, label, person)
        elif slot in _DATES:
            out.add(case.date_text(slot), "DATE")
        elif slot == "age":
            for text, label in case.age_pieces():
                out.add(text, label)
        elif slot in ("addr", "addrb", "addr2"):
            for text, label in case.address(slot):
                out.add(text, label)
        elif slot in _PLACES:
            out.add(getattr(case, slot), "LOCATION")
        elif slot in _ORGS:
            out.add(getattr(case, slot), "ORGANISATION")
        elif slot == "nhs":
            out.add(case.nhs_text(), "NHS_NUMBER")
        elif slot == "hosp":
            out.add(case.hosp, "HOSPITAL_NUMBER")
        elif slot in ("ref", "ref2"):
            out.add(case.refs[slot == "ref2"], "ID")
        elif slot == "phone":
            out.add(case.phone(), "PHONE")
        elif slot == "mob":
            out.add(case.mob(), "PHONE")
        elif slot in ("email", "email2"):
            out.add(getattr(case, slot), "EMAIL")
        elif slot == "url":
            out.add(case.url, "URL")
        elif slot == "rel":
            out.add(case.rel)
        elif slot in ("time", "time2"):
            out.add(case.free_time())
        else:  # pragma: no cover - the tests check every slot is known
            raise KeyError(slot)
    out.add(sentence[at:])


_LINE_PART = re.compile(r"\{(stamp|time|sign|text)\}")


def _render_line(case: _Case, sentence: str, out: _Out) -> None:
    """A log line in the style's shape: the stamp never runs back before what is written."""
    rng, style = case.rng, case.style
    if "{next}" in sentence:
        case.stamp_day = max(case.stamp_day, case.next)
    stamp = max(case.stamp_day, case.last_dated or case.stamp_day)
    case.stamp_day = case.last_dated = stamp
    case.clock = min(case.clock + rng.randint(5, 40), 23 * 60 + 55)
    named = {_who(key) for key, _ in re.findall(r"\{(\w+)\.(\w+)\}", sentence)}
    signer = rng.choice([w for w in ("o1", "o1", "o4", "o5") if w not in named] or ["o3"])
    at = 0
    for match in _LINE_PART.finditer(style.topup):
        out.add(style.topup[at : match.start()])
        at = match.end()
        part = match.group(1)
        if part == "stamp":
            text = stamp.strftime(style.stamp)
            out.add(text.upper() if "%b" in style.stamp else text, "DATE")
        elif part == "time":
            out.add(case.clock_text(style.clock))
        elif part == "sign":
            person = case.people[signer]
            for text, label in case.name(person, rng.choice(style.signs)):
                out.add(text, label, person)
        else:
            _render(case, sentence, out)
    out.add(style.topup[at:])


def _estimate(sentence: str) -> int:
    return len(_TOKEN.sub("x x", sentence).split())


def _build(rng: random.Random, number: int, style: Style) -> tuple[Example, list[tuple[int, int]]]:
    shared = _shared(style)
    everything = [*style.headers, *style.core, *style.extras, *style.endings, *shared]
    case = _Case(rng, style, everything)
    target = min(370, max(245, round(rng.gauss(300, 22))))
    # the words a log line's stamp, time and signature add to its text
    per_line = 0
    if style.register == "lines":
        per_line = len(_LINE_PART.sub("x", style.topup.replace("{text}", "")).split()) + 1
    words = sum(_estimate(s) for s in (*style.headers, *style.core, *style.endings))
    words += per_line * len(style.core)
    body = list(style.core)
    extras = list(style.extras)
    rng.shuffle(extras)
    stop = rng.randint(15, 45)
    for count, sentence in enumerate(extras):
        if count >= 2 and words >= target - stop:
            break
        body.insert(rng.randint(2, len(body)), sentence)
        words += _estimate(sentence) + per_line
    tops = list(shared)
    rng.shuffle(tops)
    for sentence in tops:
        if words >= target - (20 if style.register == "letter" else 4):
            break
        body.insert(rng.randint(2, len(body)), sentence)
        words += _estimate(sentence) + per_line

    out = _Out()
    if style.register == "letter":
        _render(case, style.headers[0], out)
        out.add("\n\n")
        _render(case, style.headers[1], out)
        out.add("\n\n")
        for index, sentence in enumerate(body):
            if index:
                out.add("\n\n" if rng.random() < 0.6 else " ")
            _render(case, sentence, out)
    else:
        for header in style.headers:
            _render(case, header, out)
            out.add("\n")
        out.add("\n")
        for index, sentence in enumerate(body):
            if style.register == "lines":
                if index:
                    out.add("\n")
                _render_line(case, sentence, out)
            else:
                if index:
                    out.add("\n\n" if rng.random() < 0.3 else " ")
                _render(case, sentence, out)
    out.add("\n\n")
    _render(case, style.endings[0], out)

    text = out.text()
    ages = {(s.start, s.end) for s in out.gold if s.label == "AGE"}
    negatives = list(out.negatives)
    for match in AGE_MENTION.finditer(text):
        group = 1 if match.group(1) else 2
        where = match.span(group)
        if int(match.group(group)) <= 89:
            negatives.append(where)
        elif where not in ages:  # pragma: no cover - an age over 89 is only ever the {age} slot
            raise AssertionError((style.name, match.group(0)))
    known: dict = {}
    if case.record:
        line = f"{case.house} {case.street_name}"
        if case.flat:
            line = f"Flat {case.flat}, {line}"
        known = {
            "names": [case.people["p"].full, case.people["r"].full],
            "nhs_number": f"{case.nhs[:3]} {case.nhs[3:6]} {case.nhs[6:]}",
            "date_of_birth": case.dob.isoformat(),
            "hospital_number": case.hosp,
            "address": f"{line}, {case.locality}, {case.town}, {case.postcode}",
        }
    gold = tuple(sorted(out.gold, key=lambda s: s.start))
    example_ = Example(f"{PREFIX}-{number:06d}", text, known, gold, style.name)
    return example_, sorted(negatives)


def example(rng: random.Random, number: int, style: Style | None = None) -> Example:
    """One narrative drawn from ``rng`` (any style when none is given)."""
    return _build(rng, number, style or rng.choice(STYLES))[0]


def generate_with_negatives(
    count: int, seed: int = 1
) -> Iterator[tuple[Example, list[tuple[int, int]]]]:
    """Narratives with the (start, end) of every look-alike and young age written in them."""
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _build(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    """``count`` narratives; the styles are dealt as a shuffled deck of 25."""
    for example_, _ in generate_with_negatives(count, seed):
        yield example_


def alternatives() -> int:
    """How many sentences the pack can write from: the styles' own and the shared top-ups."""
    own = sum(
        len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES
    )
    return own + len(SHARED) + len(SHARED_LINES) + len(SHARED_LETTER)


# ---------------------------------------------------------------------------------------------
# The 25 styles
# ---------------------------------------------------------------------------------------------

CSV_ISO = "{stamp},{time},{sign},{text}"
CSV_UK = "{stamp},{time},{text},{sign}"
TABLE = "| {stamp} | {time} | {text} | {sign} |"
TABLE_DAY = "| {stamp} {time} | {sign} | {text} |"
BRACKET = "[{stamp} {time}] {sign}: {text}"
ROUND = "{stamp} {time} {text} ({sign})"


def _style(name: str, register: str, what: str, sentences: tuple, refs: tuple, **kw) -> Style:
    headers, core, extras, endings = sentences
    return Style(
        name, register, what, tuple(headers), tuple(core), tuple(extras), tuple(endings),
        refs, **kw,
    )  # fmt: skip


STYLES = (
    # -- prose --------------------------------------------------------------------------------
    _style(
        "pier_amusement_arcade_cashier_chest_pain_review", "prose",
        "review of an arcade change-kiosk cashier on a pier whose chest pain was sent home as chest wall pain",
        (
            ["Patient safety review {ref}: {p.full}, {age}, NHS number {nhs}, hospital number {hosp}",
             "Chest pain at a pier amusement arcade on {date}; reviewed for {trust}"],
            ["{p.tfull} worked the change kiosk in an amusement arcade on the pier and told her shift supervisor, {o1f.full}, at {time} that her chest felt tight and her left arm ached.",
             "The arcade's first aider sat her down by the coin pushers and fetched the <<AED>>, but it was not opened because {p.first} was still talking and said she felt a bit better.",
             "{o1f.first} rang 999 and was told to give aspirin; the ambulance was diverted twice and reached the pier gate after <<40 minutes>>, by which time the pain had eased.",
             "At {hospital} the first ECG was read as showing no acute change, a <<NEWS2>> of 2 was recorded and she was put in <<chair 9>> to wait for bloods.",
             "She was discharged at 02:10 with <<co-codamol>> for chest wall pain, and was readmitted on {later} to {hospital2} with a heart attack that had been missed."],
            ["Her {rel}, {r.full}, said the family had asked twice for a second ECG and were told the machine in <<majors 14>> was being used for someone else.",
             "The troponin taken at triage was never chased; the result was raised, and it sat in the system for <<four hours>> before anyone looked at it.",
             "{s1.tfull}, the triage nurse, recorded that the pain had settled with <<2 puffs>> of GTN spray, which had in fact been given in the ambulance by the paramedic, {s2.full}.",
             "The pier's own incident book ({ref2}) records the time of the call and the name of the first aider, {o2.full}, who stayed with her until the crew came.",
             "{d.dr} told the review that a <<Wolff-Parkinson-White syndrome>> pattern on an old ECG had drawn his eye away from the changes on the new tracing."],
            ["Review led by {d.dr}, consultant in emergency medicine; family contact {r.full} on {mob}."],
        ),
        ("PSR-{yy}-{n4}", "PIER/{n5}"), sex="F?", ages=(38, 72),
    ),
    _style(
        "holiday_park_hot_tub_lodge_legionnaires_review", "prose",
        "review of a holiday park guest whose Legionnaires' pneumonia from a lodge hot tub was sent home as a chest infection",
        (
            ["Serious incident review {ref} | {p.upper} | DOB {dob} | NHS {nhs}",
             "Pneumonia after a stay in a hot tub lodge at a holiday park, first seen on {date}"],
            ["{p.full}, {age}, and {p.poss} {rel}, {r.full}, had a week in a lodge with its own hot tub on a holiday park behind the dunes at the end of the season.",
             "Three days after they went home {p.first} had a fever, a dry cough and diarrhoea, and the park's duty manager, {o1m.full}, said on the phone that others had the same bug.",
             "{p.first} was seen at {hospital} on {date}, given <<flucloxacillin>> for a chest infection and sent home; no one asked about hot tubs or travel.",
             "The hot tub's filter had not been cleaned between guests, and the park's own log showed the chlorine was low, against the guidance of <<UKHSA>>.",
             "On {later} {r.first} found {p.first} confused and breathless; the ambulance crew recorded a <<NEWS2>> of 11 and took the patient to the intensive care unit at {hospital2}."],
            ["The park office logged the first complaint as {ref2} and sent a cleaner to the lodge, but the <<Warden>> did not drain the tub.",
             "No urine test for Legionella was sent at the first visit, although a <<CURB-65>> of 2 should have prompted one.",
             "{s1.full}, the nurse who triaged {p.first}, said that two other guests from the same park had been seen with a cough that week.",
             "The environmental health officer from {council} closed the lodge on {next}, and <<RIDDOR>> was reported by the park.",
             "The family's GP, {gp}, was not sent a discharge summary, and learned of the admission from {r.first} by phone on {phone} <<a fortnight>> later."],
            ["Report prepared by {s2.tfull}, patient safety lead, {trust}; contact {email}; visitor information at {url}"],
        ),
        ("SI {yy}/{n4}", "HPK-{n5}"), ages=(30, 80),
    ),
    _style(
        "beach_donkey_ride_child_kick_head_injury_review", "prose",
        "review of a girl kicked in the head by a beach donkey whose skull base fracture was missed at the first visit (child)",
        (
            ["Child safeguarding and clinical review {ref}: {p.full} ({age}), NHS {nhs}",
             "Kicked by a donkey on the beach on {date}; seen at {hospital}"],
            ["{p.first} was waiting in line for a donkey ride on the sands when one of the animals kicked out, and its hoof struck the left side of her head behind the ear.",
             "The donkey handler, {o1m.full}, carried her to the lifeguard hut, where {o2f.full} checked her over and recorded a <<GCS>> of 15 and a small graze.",
             "Her {rel}, {r.tfull}, drove her to {hospital}, where she was triaged as a minor injury and waited in <<minors 8>> for <<four hours>>.",
             "{d.dr} applied the head injury rules but did not record the bruise behind the ear as <<Battle's sign>>, and she was sent home with <<ibuprofen>>.",
             "She vomited three times overnight and was brought back on {next}, when a scan showed a skull base fracture and she was transferred to {hospital2}."],
            ["The handler's notebook gives the time of the kick as {time}; the same donkey had kicked a child the summer before, which {council} had not been told.",
             "The safeguarding check found no concerns at home, and <<the Children Act 1989>> was not engaged, which the review agreed was right.",
             "{s1.full}, the children's nurse, recorded a <<PEWS>> of 0 at triage and 3 at discharge, and the rise was not escalated to a doctor.",
             "The family rang <<NHS 111>> at 01:30 and were told to come back if she was drowsy; {r.first} says she was drowsy and frightened.",
             "The beach concession is licensed by {council} (licence {ref2}), which has since asked for a risk assessment of the rides and a <<Marshal>> at the queue."],
            ["Review by {s2.tfull}, named nurse for safeguarding children, {trust}."],
        ),
        ("CSR-{n5}", "BL/{yy}/{n3}"), child=True, sex="F?", ages=(5, 11),
    ),
    _style(
        "surf_school_lesson_neck_injury_review", "prose",
        "review of a surf school pupil dumped on a sandbank whose neck injury was cleared as soft tissue",
        (
            ["Incident review {ref}: {p.caps}, NHS number {nhs}, DOB {dob}",
             "Surf school lesson, neck injury in shallow water, {date}"],
            ["{p.full}, {age}, was on a beginners' lesson at a surf school when a wave dumped him head first onto a sandbank in waist-deep water.",
             "The instructor, {o1f.full}, and a second instructor floated him in on a <<rescue tube>>, but no <<spinal board>> was kept at the beach hut.",
             "He walked up the beach with help and was driven to {hospital} by his {rel}, {r.full}, complaining of tingling and burning in both hands.",
             "The triage nurse applied the <<Canadian C-spine rule>> but recorded him as walking, and the <<cervical collar>> was taken off after <<20 minutes>>.",
             "X-rays were read as normal and he was discharged; a scan at {hospital2} on {later} showed a central cord injury, first described as <<Brown-Séquard syndrome>>."],
            ["The surf school's lesson register ({ref2}) shows eleven pupils for two instructors that morning, above the ratio in its own rules.",
             "{o2m.full}, the second instructor, told the review that the sandbank had moved since the storm the week before and no one had checked it.",
             "{d.dr} said the hands were not examined because he was triaged as a soft tissue injury and seen in <<cubicle 7>>.",
             "The safety netting advice was given to {r.first}, who was not told that tingling in the hands meant he should come straight back.",
             "The surf school's insurer asked the hospital for the records by e-mail to {email}, and was refused without his consent."],
            ["Signed off by {s1.tfull} for {trust}; queries to {phone}."],
        ),
        ("IR{n6}", "SURF-{yy}-{n3}"), sex="M?", ages=(18, 48),
    ),
    _style(
        "student_halls_fresher_meningococcal_sepsis_review", "prose",
        "learning from deaths review of a first-year student in halls whose meningococcal sepsis was taken for a hangover",
        (
            ["Learning from deaths review {ref}: {p.full}, {age}, NHS {nhs}",
             "Student in university halls, meningococcal sepsis, died on {later}"],
            ["{p.first} had moved into student halls <<a fortnight>> before and spent the evening of {prev} at a freshers' night; her flatmate, {o1f.full}, put her to bed at 03:00.",
             "Next morning she had a high fever and a blotchy rash on her legs, and the <<Hall Tutor>>, {o2m.full}, was told by the flatmates that it was a hangover.",
             "{o1f.first} rang <<NHS 111>> at 11:20; the call handler recorded the rash as not fading under a glass but booked a call back rather than an ambulance.",
             "By the time {p.first} reached {hospital} on {date} her <<qSOFA>> was 3, and <<benzylpenicillin>> <<1.2 g>> was given 95 minutes after she arrived.",
             "She was moved to the intensive care unit at {hospital2} and died with her {rel}, {r.tfull}, at the bedside."],
            ["The halls' reception log ({ref2}) shows that the night <<Porter>> was asked for help at 06:00 and advised the students to let her sleep it off.",
             "{d.dr} said that <<Kernig's sign>> was not tested because she was too unwell to sit up, and the lumbar puncture was rightly put off.",
             "The university health centre, {gp}, had no record of her meningitis vaccine, and <<UKHSA>> later gave antibiotics to everyone in the flat.",
             "{s1.full}, the sepsis nurse, found that the first <<NEWS2>> of 9 was recorded at triage but the sepsis screen was not started for an hour.",
             "Her {rel} asked that the review be sent by e-mail to {r.pemail} and by post to the family home at {addr}."],
            ["Prepared by {s2.tfull}, mortality review lead, {trust}."],
        ),
        ("LFD-{yy}-{n4}", "HALLS {n5}"), sex="F?", ages=(18, 20),
    ),
    _style(
        "seafront_nightclub_suspected_spiking_review", "prose",
        "review of a young woman who collapsed in a seafront nightclub after a suspected spiking and was discharged as drunk",
        (
            ["Emergency department review {ref}: {p.lower}, hosp no {hosp}, NHS {nhs}",
             "Collapse after a suspected drink spiking at a nightclub, {date}"],
            ["{p.full}, {age}, collapsed on the dance floor of a nightclub on the seafront after two drinks, and was carried to the foyer by the <<Door Supervisor>>, {o1m.full}.",
             "{o1m.first} put her in the recovery position and rang 999 at {time}; her friend, {o2f.full}, said she had only drunk lemonade and one vodka.",
             "The ambulance crew recorded a <<GCS>> of 9 and took her to {hospital}, where she was put in <<bay 2>> and written up as intoxicated.",
             "No urine or blood was kept for toxicology, although the club's licence under <<the Licensing Act 2003>> asks it to report spiking to the police.",
             "She was discharged at 05:30 into the care of her {rel}, {r.full}, without a safeguarding referral or any advice about reporting what happened."],
            ["The club's incident sheet ({ref2}) names the doorman and gives his licence number from <<the Security Industry Authority>>.",
             "{s1.tfull}, who cared for her in the department, recorded a <<CIWA score>>, which is meant for alcohol withdrawal, not for someone found unconscious.",
             "{d.dr} said that without a sample the department could not have confirmed a drug, but agreed that one should have been sent.",
             "{p.first} reported the night to the police on {later}, by which time nothing could be found in her blood or urine.",
             "{p.poss} GP at {gp} was written to, but the letter said only alcohol excess and went to an old address, {addr2}."],
            ["Review completed by {s2.full}, {trust}; the family may call {phone}."],
        ),
        ("ED-{yy}-{n5}", "NC/{n4}"), sex="F?", ages=(18, 29),
    ),
    _style(
        "ice_rink_public_session_child_wrist_tendon_review", "prose",
        "review of a boy cut across the wrist by a skate blade whose tendon injuries were glued over (child)",
        (
            ["Paediatric incident review {ref}: {p.full}, DOB {dob}, NHS number {nhs}",
             "Skate blade cut to the wrist at a public ice rink, {date}"],
            ["{p.first}, {age}, fell during a public skating session and another skater's blade cut across the inside of his right wrist.",
             "The rink's first aider, {o1f.full}, pressed on the wound with a pad and sent a <<Marshal>> to ring his {rel}, {r.tfull}, on {mob}.",
             "At {hospital} the cut was glued in <<minors 8>> after <<four hours>>, and no one tested the strength of his fingers or the feeling in his thumb.",
             "{d.dr} wrote that the hand was intact without recording a test, and he went home with <<ibuprofen>> and a dressing.",
             "At a dressing change on {later} the practice nurse at {gp} found he could not bend two fingers, and he had tendon repairs at {hospital2}."],
            ["The rink's accident book ({ref2}) records that gloves were not required for public sessions, against the rink's own rules.",
             "{s1.full}, the triage nurse, scored his <<PEWS>> as 0 and put him in the routine queue behind a <<Colles' fracture>> and two sprains.",
             "His {rel} said they were told the glue would hold, and to come back only if it bled through the dressing.",
             "The session coach, {o2m.full}, told the review that the skater who fell on him was going too fast and had been warned twice.",
             "A referral to hand therapy was not made until {next}, and the letter gave the rink's address instead of the family's, {addr}."],
            ["Reviewed by {s2.tfull}, children's emergency lead, {trust}."],
        ),
        ("PIR {n5}", "RINK-{yy}-{n3}"), child=True, sex="M?", ages=(9, 15),
    ),
    _style(
        "crazy_golf_very_old_man_heart_block_faints_review", "prose",
        "review of a very old man who fainted twice on a crazy golf course and whose heart block was put down to his tablets (old)",
        (
            ["Falls and syncope review {ref}: {p.tfull}, {age}, NHS {nhs}",
             "Faints on a crazy golf course on {date}, {trust}"],
            ["{p.tfull} was playing crazy golf with his great-grandchildren when he went grey and slumped against the windmill on the ninth hole, and came round within a minute.",
             "The course attendant, {o1f.full}, sat him on a bench; he fainted again while she was on the phone, and she rang 999 a second time to say so.",
             "The crew found a pulse of 34 and recorded a <<GCS>> of 15 once he was lying flat, and took him to {hospital}, where he waited in <<chair 9>>.",
             "{d.dr} put the slow rhythm down to his <<bisoprolol>>, stopped it and sent him home without waiting for the cardiology opinion that had been asked for.",
             "He fainted at home on {later} and broke his hip, and was then found to have complete heart block; a pacemaker was put in at {hospital2}."],
            ["The course's accident book ({ref2}) gives the times of both faints and says the attendant waited <<ten minutes>> on the line.",
             "{s1.tfull} recorded a lying blood pressure, but the standing reading was never taken before he left.",
             "His {rel}, {r.full}, gave his address as {addr} and asked whether he should still drive; no one answered.",
             "A pharmacist, {s2.full}, noted that <<bisoprolol>> <<5 mg>> alone would not explain a pulse of 34 in a man who had taken it for years.",
             "The course owner has since bought an <<AED>>, and {council} was told of both faints on {next}."],
            ["Review led by {d.dr}, geriatrician; family contact {r.first} on {mob}."],
        ),
        ("FHI-{n5}", "CG/{yy}/{n3}"), old=True, sex="M?", ages=(90, 102),
    ),
    _style(
        "seaside_guest_house_very_old_woman_hypothermia_review", "prose",
        "review of a very old woman found cold on a guest house bedroom floor whose hypothermia and wrist fracture were missed (old)",
        (
            ["Serious incident review {ref}: {p.caps}, {age}, hospital number {hosp}",
             "Found cold in a guest house bedroom on {date}"],
            ["{p.tfull} had stayed every September at the same guest house for thirty years, and this year booked a room on her own after her husband died.",
             "The landlady, {o1f.full}, found her on the bedroom floor at breakfast; the heating was off and the window open, and she was confused and very cold.",
             "The ambulance crew measured a temperature of 32.4 degrees, gave warmed fluids and took her to {hospital}, where she waited in <<resus 1>>.",
             "{d.dr} treated her for a urine infection with <<ceftriaxone>>, and the low temperature was neither coded nor handed over to {ward}.",
             "A <<Colles' fracture>> was found on {later}, when her {rel}, {r.tfull}, asked why her wrist was still swollen and blue."],
            ["The guest house's register ({ref2}) gives her home address as {addr}, though the hospital still had an old one, {addr2}, and her GP as {gp}.",
             "{s1.full}, the ward nurse, recorded her <<NEWS2>> as 5 on arrival and 2 the next morning, once she was under blankets.",
             "The landlady said the <<Usher>> at the theatre on the pier had walked her home the night before because she seemed lost.",
             "No one assessed her under <<the Mental Capacity Act>> before she agreed to stay, though she did not know the month.",
             "Her {rel} was rung on {phone} only on {next}, after she had asked the nurses three times to call home."],
            ["Review written by {s2.tfull}, older people's lead, {trust}; copy to {r.full}."],
        ),
        ("SIR {yy}-{n4}", "GH{n5}"), old=True, sex="F?", ages=(90, 101),
    ),
    _style(
        "language_school_homestay_teenager_anaphylaxis_review", "prose",
        "review of a teenage language school student whose nut allergy was not passed to the host family (child)",
        (
            ["Child serious harm review {ref}: {p.full}, {age}, NHS {nhs}",
             "Anaphylaxis in the homestay of a summer language school, {date}"],
            ["{p.first}, a student on a summer English course at a language school, was staying with a host family, {o1f.full} and her husband.",
             "{p.first} had a peanut allergy and carried an <<EpiPen>>; the school's form said so, but the allergy had not been passed on to the host family.",
             "After a takeaway meal {p.first} had a swollen lip and a wheeze; {o1f.first} gave <<chlorphenamine>> and rang the school's night line before ringing 999.",
             "The <<EpiPen>> <<300 micrograms>> was given by the paramedic, {s1.full}, <<20 minutes>> after the first symptoms, and {p.first} was taken to {hospital}.",
             "{p.first} was discharged after <<four hours>> with no second pen and no advice in a language the student could read."],
            ["The school's welfare log ({ref2}) records the allergy, and {o2m.full}, the welfare officer, said the homestay form went out on {prev}.",
             "The takeaway said its labels met <<Natasha's Law>>, but that law covers food packed before it is ordered, and this meal was not.",
             "{d.dr} prescribed <<prednisolone>> and wrote that the reaction had settled after <<adrenaline>>, with no plan for the flight home.",
             "{p.poss} {rel}, {r.full}, was reached in the home country on {mob} and asked for the notes in writing.",
             "The school's emergency number, {phone}, went to voicemail at 22:30, and the host family waited <<ten minutes>> for a call back."],
            ["Review by {s2.tfull}, named nurse, {trust}; school contact {email2}."],
        ),
        ("CSH-{yy}-{n4}", "LS {n5}"), child=True, ages=(14, 17),
    ),
    _style(
        "bowling_alley_league_night_stroke_review", "prose",
        "review of a league bowler whose stroke was taken for drink and who missed the window for clot-busting treatment",
        (
            ["Stroke pathway review {ref}: {p.full} ({age}), NHS number {nhs}",
             "Collapse at a bowling alley on league night, {date}"],
            ["{p.full} was bowling in a league match when his team-mates noticed his speech was slurred and his right arm would not lift the ball.",
             "The alley's duty manager, {o1f.full}, thought he had been drinking and sat him in the bar; a team-mate, {o2m.full}, did the <<FAST test>> from a poster and rang 999.",
             "The call was graded as less urgent and the ambulance came after 68 minutes; the crew wrote an <<ABCD2 score>> as if it were a passing mini-stroke.",
             "At {hospital} he was seen after <<four hours>>, too late for clot-busting treatment, and moved to the stroke unit at {hospital2} on {next}.",
             "His {rel}, {r.tfull}, complained that the first notes called it <<Todd's paresis>> after a fit he had never had."],
            ["The bowling alley's incident book ({ref2}) records the time of the 999 call as {time} and names the team-mate who made it.",
             "{s1.tfull}, the stroke nurse, found that his blood sugar had not been checked at any point in the department.",
             "{d.dr} told the review that the <<GCS>> of 14 had been put down to drink, because the alley manager had said so at handover.",
             "He lives alone at {addr}, and a letter to {gp} asking for an urgent clinic went to his old address, {addr2}.",
             "He was started on <<apixaban>> <<5 mg>> on discharge; the league's captain later raised <<the Equality Act 2010>> when the alley stopped him playing."],
            ["Review by {s2.full}, stroke pathway lead, {trust}; the pathway is at {url}"],
        ),
        ("STR-{n5}", "BWL/{yy}/{n4}"), sex="M?", ages=(48, 86),
    ),
)

STYLES = (
    *STYLES,
    # -- logs pasted into reports ---------------------------------------------------------------
    _style(
        "holiday_park_security_patrol_log_csv", "lines",
        "a holiday park's security patrol log exported as CSV: a guest found confused on his caravan decking after an overdose",
        (
            ["Holiday park security patrol log, exported as CSV for referral {ref}; guest {p.full}, DOB {dob}, NHS {nhs}",
             "date,time,officer,entry"],
            ["Call from caravan 112, guest {p.full} ({age}) found on the decking by {p.poss} {rel}, not making sense and breathing slowly",
             "Attended with <<AED>> and first aid bag, {r.first} says {p.first} had <<co-codamol>> and wine at the clubhouse earlier",
             "999 called at {time}, told there was a 90 minute wait, advised to keep him warm and on his side and call back if worse",
             "Ambulance arrived, crew {s1.full} and {s2.full}, <<GCS>> 11, <<naloxone>> given, taken to {hospital} with {r.first}",
             "Call from {r.first} at the hospital on {mob}, {p.first} now on {ward}, asked us to lock the caravan and keep the packets"],
            ["Park manager {o2f.full} informed, caravan locked, keys and tablet packets in the office safe",
             "Guest booking {ref2} checked, home address {addr}",
             "<<Samaritans>> leaflet left with the family after {r.first} said {p.first} had talked about ending it",
             "Back on the park on {next}, {p.first} discharged and shaky, {r.first} asked for the <<Warden>> to look in at night",
             "Welfare check at 23:00, all quiet, lights on in the caravan, {r.first} answered the door and said they were fine"],
            ["Exported by {o1.full}, security supervisor, for {email}."],
        ),
        ("SEC-{yy}-{n4}", "BK{n6}"), topup=CSV_ISO, stamp="%Y-%m-%d", sex="M?", ages=(30, 80),
        signs=("full", "initl"),
    ),
    _style(
        "university_campus_security_welfare_log_csv", "lines",
        "a university campus security log exported as CSV: a student found drowsy after an overdose in a halls bathroom",
        (
            ["Campus security incident log, CSV export attached to referral {ref}; student {p.full}, {age}, NHS number {nhs}",
             "date,time,entry,officer"],
            ["Call from {o2f.full} in the student halls, flatmate {p.first} locked in the bathroom and not answering, door forced by the <<Porter>>",
             "{p.first} found on the floor, drowsy, empty packets of <<ibuprofen>> and <<co-codamol>> in the bin, about 30 tablets",
             "999 called, told to keep {p.first} awake and talking, <<Dean>> of students told by phone",
             "Ambulance arrived, {p.first} taken to {hospital}, {o2f.first} went along, {p.poss} {rel} {r.full} rung on {mob}",
             "Update from {r.first}: {p.first} admitted to {ward} on an antidote drip, mental health team to see on {next}"],
            ["Room checked with the <<Hall Tutor>>, note left for the family, room sealed for <<48 hours>>",
             "Student record {ref2} shows home address {addr}",
             "Wellbeing team e-mailed at {email2}, no reply over the weekend",
             "{p.first} back in halls on {later}, seen by the <<Hall Tutor>>, support plan agreed with the GP",
             "Flatmate {o3m.full} asked for counselling, given the <<Samaritans>> number and the details of {gp}"],
            ["Export run by {o1.full}, campus security control room, {time}."],
        ),
        ("CS/{yy}/{n5}", "STU{n6}"), topup=CSV_UK, stamp="%d/%m/%Y", ages=(18, 24),
        signs=("full", "first"),
    ),
    _style(
        "beach_lifeguard_hut_rescue_table", "lines",
        "a beach lifeguard hut's incident log pasted as a table: a swimmer pulled from a rip current and sent home too soon",
        (
            ["Beach lifeguard incident log pasted into referral {ref}. Casualty: {p.tfull}, {age}, DOB {dob}, NHS {nhs}",
             "| Date | Time | Entry | Lifeguard |"],
            ["Swimmer in difficulty beyond the flags, {o2m.nick} out on the board with a <<rescue tube>>",
             "Casualty {p.full} brought to shore, coughing, frothy spit, <<GCS>> 15, oxygen given from the hut",
             "999 called, <<HM Coastguard>> told, ambulance asked for because of the risk of a late chest problem",
             "Crew arrived and took {p.first} to {hospital}, {p.poss} {rel} {r.full} went in the ambulance",
             "Call from {r.first} on {mob}: {p.first} sent home after <<four hours>>, back in on {next} with breathing trouble"],
            ["Flags moved, rip current marked, <<the RNLI>> inshore crew told about the rip",
             "Casualty's address taken for the form as {addr}",
             "Lifeguard {o3f.full} wrote up the rescue for the beach office at {council}",
             "<<throw bag>> used on a second swimmer, not hurt, no details taken",
             "Incident number {ref2} given by the ambulance control room"],
            ["Pasted by {s1.full}, safeguarding nurse, {trust}."],
        ),
        ("REF-{yy}-{n4}", "AMB {n6}"), topup=TABLE, stamp="%d/%m/%Y", ages=(30, 76),
        signs=("init", "initl"),
    ),
    _style(
        "gym_reception_treadmill_arrest_table", "lines",
        "a gym's reception duty sheet pasted as a table: a member's cardiac arrest on a treadmill and the defibrillator data",
        (
            ["Gym reception duty sheet, pasted into incident {ref}; member {p.full}, {age}, hospital number {hosp}",
             "| Date and time | Staff | Entry |"],
            ["Member {p.full} fell off treadmill 4, not responding, <<AED>> fetched from reception",
             "CPR started by {o2f.full}, <<AED>> advised one shock, given, breathing again after about a minute",
             "999 call made at {time}, crew arrived, {p.first} awake and confused, taken to {hospital}",
             "Rang {p.poss} {rel} {r.full} on {mob}, told to go straight to {hospital}",
             "Call from {r.first}: {p.first} on {ward}, heart rhythm problem, cardiologist wants the <<AED>> data"],
            ["Membership record {ref2} checked, emergency contact and address {addr}",
             "Manager {o3m.full} downloaded the <<AED>> data and kept the used pads",
             "Trainer {o4f.nick} says {p.first} had taken <<salbutamol>> <<2 puffs>> before the class",
             "Treadmill 4 taken out of use, <<RIDDOR>> not needed according to head office",
             "Card left for the family, {r.first} came in on {later} to thank the staff"],
            ["Pasted by {s1.tfull}, cardiac nurse, {trust}; contact {email}."],
        ),
        ("INC{n6}", "MEM-{n5}"), topup=TABLE_DAY, stamp="%a %d/%m/%Y", sex="M?", ages=(28, 64),
        signs=("full", "first"),
    ),
    _style(
        "pier_staff_radio_log", "lines",
        "a pier's staff radio log typed up for an ambulance trust review: an angler who fell from the landing stage into the sea",
        (
            ["Pier staff radio log, typed up for the ambulance trust's review {ref}. Patient {p.full}, {age}, NHS {nhs}",
             "Channel 2, pier head to gate"],
            ["Man fallen from the lower landing stage into the sea, <<throw bag>> thrown, he has hold of it",
             "{o2m.nick} and {o3f.first} pulled him up the ladder, he is {p.full}, fishing on the pier, cold and coughing",
             "<<the RNLI>> and <<HM Coastguard>> told, 999 rung, ambulance to come to the pier gate",
             "Ambulance at the gate, crew asking for the buggy, {s1.full} going up with the <<vacuum mattress>>",
             "{p.first} away to {hospital} at {time}, his {rel} {r.full} rung on {mob}, meeting them there"],
            ["<<Pier Master>> says the landing stage gate was left open again, locked now",
             "Fishing permit {ref2} checked, address on it {addr}",
             "Message from {r.first}: {p.first} kept in on {ward} for <<48 hours>> with a chest infection",
             "Buggy back at the pier head, blankets to wash, <<SAM splint>> replaced in the kit",
             "Landing stage closed until {next}, signs up at both ends"],
            ["Typed up from the radio log by {o1.full}, duty manager."],
        ),
        ("AMB-{yy}-{n5}", "PERMIT {n4}"), topup=BRACKET, stamp="%d-%m-%Y", sex="M?", ages=(35, 84),
        signs=("first", "full"),
    ),
    _style(
        "festival_welfare_tent_round_sheet", "lines",
        "a music festival welfare tent's round sheet scanned into a safeguarding referral: a young woman's ruptured ectopic pregnancy taken for period pain",
        (
            ["Festival welfare tent round sheet, scanned into safeguarding referral {ref}",
             "Patient: {p.upper}, {age}, DOB {dob}, NHS {nhs}"],
            ["young woman brought to welfare by her friend {o2f.first}, pale and sweaty, low tummy pain since the morning, says it is her period",
             "pulse 128, blood pressure low, <<GCS>> 15, lying down with legs raised, medic called over the radio",
             "festival medic {s1.full} says hospital now, possible pregnancy, gave <<Entonox>> for the pain",
             "{p.full} away by ambulance to {hospital}, friend went with her, phone number {mob} taken",
             "rang {p.poss} {rel} {r.full}, told them {p.first} is on {ward} after an operation for an ectopic pregnancy"],
            ["<<Door Supervisor>> says she was turned away from the medical tent earlier because it was busy",
             "wristband {ref2} scanned, booking gives home address {addr}",
             "{o3m.nick} from the first aid tent says she was seen at breakfast and given <<ibuprofen>> <<400 mg>>, no pregnancy test done",
             "{r.first} rang from {hospital} on {next}, {p.first} had bled inside and needed <<2 litres>> of blood, asked for her bag to be kept",
             "debrief held, welfare must log every hospital transfer under the site's conditions from <<the Licensing Act 2003>>, done"],
            ["Sheet closed and scanned by {o1.full}, welfare lead."],
        ),
        ("SG-{yy}-{n4}", "WB{n6}"), topup=ROUND, stamp="%d%b%Y", clock="%H%M", sex="F?",
        ages=(18, 30), signs=("init",),
    ),
    # -- letters and e-mails --------------------------------------------------------------------
    _style(
        "hair_salon_owner_bleach_scalp_burn_letter", "letter",
        "a hair salon owner writes to a GP about a client's chemical scalp burn that was not sent to the burns team",
        (
            ["{ldate}\nRe: {p.full}, DOB {dob}\n{addrb}",
             "Dear {d.dr},"],
            ["I own a hair salon on the high street and I am writing about my client {p.tfull}, {age}, who suffered a burn to her scalp during a bleaching appointment on {date}.",
             "My stylist, {o2f.full}, did a patch test as we always do and there was no reaction, but within <<ten minutes>> of the bleach going on she said her scalp was burning.",
             "We rinsed it straight away for <<20 minutes>> and I drove her to {hospital}, where she was seen in <<minors 8>> and given cream and <<co-codamol>>.",
             "Since then the burn has blistered and wept, and on {later} the practice nurse at {gp} said it should have been seen by the burns team.",
             "She has been told she may lose hair over the area, and I would like to know whether she should have been referred to {hospital2}."],
            ["Our booking system shows her appointment as {ref2}, and we have kept the product and its batch number.",
             "Her {rel}, {r.full}, is handling things for her at the moment and can be reached on {mob}.",
             "The patch test record is signed by {o2f.first} and by {p.first}, and I have a copy in our file under <<the Health and Safety at Work Act>>.",
             "I have reported the reaction to the manufacturer, who mentioned <<Stevens-Johnson syndrome>> but did not explain why.",
             "{p.first} told me that the nurse who saw her, {s1.full}, was kind but had three other patients waiting."],
            ["Yours sincerely,\n{o1.full}\nSalon owner, {phone}"],
        ),
        ("SAL-{n4}", "BK-{yy}-{n5}"), sex="F?", ages=(22, 70),
    ),
    _style(
        "seafront_cinema_manager_very_old_matinee_regular_letter", "letter",
        "a seafront cinema manager writes to a GP about a very old matinee regular found wet and lost, sent home at night (old)",
        (
            ["{ldate}\n{gp}\nRe: {p.tfull}\n{addrb}",
             "Dear {d.dr},"],
            ["I manage a small cinema on the seafront, and I am writing, with his agreement, about {p.tfull}, {age}, who comes to our Tuesday matinee every week.",
             "On {date} our <<Usher>>, {o2f.full}, found him still in his seat after the film, wet through and unsure where he was.",
             "We called an ambulance and the crew took him to {hospital}, but he was back at our door on {next}, saying he had been sent home in a taxi at two in the morning.",
             "He told me he had a fall at home last month and that his tablets, <<apixaban>> among them, are in a bag he cannot open.",
             "I do not know who looks after him; his {rel}, {r.full}, lives away and gave me a number, {mob}, for emergencies."],
            ["We have kept the ambulance reference the crew gave us, {ref2}; the crew had his old address, {addr2}, on their screen.",
             "Our staff are trained under <<the Equality Act 2010>> to help older customers, but this is beyond what we can do.",
             "{o2f.nick} has walked him home twice since, and says the flat was cold and there was very little food.",
             "He mentioned a carer from {prov} who has stopped coming, and he is not sure why.",
             "I spoke to the <<Steward>> at his chapel, {o3m.full}, who shares our worry and visits when he can."],
            ["Yours faithfully,\n{o1.tfull}\nCinema manager, {phone}"],
        ),
        ("CIN/{n4}", "AMB{n6}"), old=True, provider=True, sex="M?", ages=(90, 100),
    ),
    _style(
        "student_welfare_officer_eating_disorder_email", "letter",
        "a student welfare officer e-mails a GP about a student with an eating disorder whose referral after a faint was never made",
        (
            ["Sent: {ldate}\nFrom: {email2}\nTo: {gp}\nSubject: {p.full}, DOB {dob}, student number {ref}",
             "Dear {d.dr},"],
            ["I am a student welfare officer at the university, and {p.first}, {age}, has asked me to write to you, as she finds it hard to explain on the phone.",
             "Her flatmates told the <<Hall Tutor>> in the autumn that she was eating very little, and she fainted in a lecture on {date}.",
             "She was taken to {hospital}, where bloods were taken and a <<NEWS2>> of 4 was recorded, but she was sent home with advice to eat regularly.",
             "On {later} her <<PHQ-9>> with our counsellor, {o2f.full}, was 21, and she has since stopped going to lectures.",
             "We understand she was to be referred to the eating disorder service, but she has heard nothing, and her {rel}, {r.tfull}, is very worried."],
            ["Her term address is {addr}, and she is registered with you; the hospital has her first-year address, {addr2}, which is out of date.",
             "Our disability adviser has asked for evidence under <<the Equality Act 2010>> so that she can put off her exams.",
             "She agreed that we could share this under <<the Data Protection Act>>, and signed a consent form on {next}.",
             "{p.first} can be reached on {mob}, but prefers e-mail to {p.pemail}.",
             "{o2f.nick} has given her the <<Samaritans>> number and will see her every week until the referral is made."],
            ["Kind regards,\n{o1.full}\nStudent Welfare Officer"],
        ),
        ("U{n6}", "WEL-{yy}-{n4}"), sex="F?", ages=(18, 24),
    ),
    _style(
        "park_home_site_manager_very_old_resident_letter", "letter",
        "a residential park home site manager writes to a GP about a very old resident found outside at dawn and sent home the same day (old)",
        (
            ["{ldate}\nRe: {p.tfull}, DOB {dob}\n{addrb}",
             "Dear {d.dr},"],
            ["I manage a residential park home site by the coast, and I am writing about {p.tfull}, {age}, who has lived in her park home here for twenty years.",
             "On {date} a neighbour, {o2m.full}, found her in the garden at seven in the morning in her nightdress, and we called an ambulance.",
             "She was taken to {hospital} and sent home the same evening, with a letter saying she had a urine infection and a course of <<flucloxacillin>> <<500 mg>>.",
             "Her carers from {prov} have told me the visits were cut to once a day, and her {rel}, {r.full}, lives abroad.",
             "On {later} she was found again, this time on her kitchen floor, and admitted to {ward} with a broken hip."],
            ["She has a pendant alarm, but it rings our office, and the <<Warden>> post here was cut last year.",
             "Her gas hob was found on when we went in, and the <<carbon monoxide alarm>> was sounding.",
             "{o2m.nick} has asked me to say that he is happy to talk to anyone about what he saw that morning.",
             "I have raised this with the adult social care team at {council} under reference {ref2}, as their page at {url} advised.",
             "The site office number is {phone}, and I am there every weekday from eight."],
            ["Yours sincerely,\n{o1.full}\nPark manager"],
        ),
        ("PH-{n5}", "ASC/{yy}/{n4}"), old=True, provider=True, sex="F?", ages=(90, 103),
    ),
    _style(
        "language_school_principal_tuberculosis_contacts_email", "letter",
        "a language school principal e-mails the hospital's TB service after an adult student's tuberculosis was missed twice",
        (
            ["Sent: {ldate}\nTo: {email}\nSubject: TB contacts, student {p.full}, NHS {nhs}, our reference {ref}",
             "Dear {d.dr},"],
            ["I am the principal of a language school in the town, and <<UKHSA>> told me on {date} that one of our adult students, {p.full}, has tuberculosis.",
             "{p.first}, {age}, had been in our classes for <<six weeks>> and coughing for most of them, and went to {hospital} twice before the diagnosis.",
             "On the first visit she was told it was a virus, and on the second a chest X-ray was taken but not reported for <<a fortnight>>.",
             "She is now on <<rifampicin>> <<600 mg>> and three other drugs, and is staying with a host family, {o2f.full} and her children, who are frightened.",
             "We need to know which classes should be screened, and whether the host family and her teacher, {o3m.full}, should be seen first."],
            ["{p.poss} address in the town is {addr}, and the host family can be reached on {phone}.",
             "Our student office has the class registers, which we can send under <<the Data Protection Act>> if you ask for them.",
             "She has asked us to tell her {rel}, {r.full}, who lives abroad, only what she agrees to.",
             "The school's nurse, {o4f.full}, first raised the cough on {prev} and told {p.first} to see a doctor.",
             "We have been contacted by a journalist and have said nothing, and {o3m.first} has been told not to either."],
            ["With best wishes,\n{o1.full}\nPrincipal, {email2}"],
        ),
        ("LS-{yy}-{n4}", "TB{n5}"), sex="F?", ages=(19, 38),
    ),
    _style(
        "ice_rink_figure_skating_coach_concussion_letter", "letter",
        "a figure skating coach writes to a GP after a skater's head injury on the ice, asking for a return-to-sport plan",
        (
            ["{ldate}\nRe: {p.full}, DOB {dob}, NHS number {nhs}\n{addrb}",
             "Dear {d.dr},"],
            ["I coach figure skating at the ice rink, and {p.full}, {age}, is one of my senior skaters; I am writing with {p.poss} permission after a fall on {date}.",
             "{p.first} caught an edge on a jump, hit the back of the head on the ice and lay still for about a minute before answering.",
             "The rink's first aider, {o2f.full}, put on a <<cervical collar>> and called an ambulance, and the skater was taken to {hospital}.",
             "The notes we were given say the <<GCS>> was 15 and a scan was not needed, and there is no advice about going back to sport.",
             "Since then {p.first} has had headaches, feels sick on the ice and cannot follow instructions, and the next competition is on {later}."],
            ["Our governing body's rules say a skater must not return after concussion without medical clearance, and I cannot give that.",
             "{p.poss} {rel}, {r.tfull}, has asked me to say that they were told to take <<ibuprofen>> <<400 mg>> and rest for <<48 hours>>.",
             "The rink's incident form ({ref2}) has a drawing of the fall and gives the time as {time}.",
             "{p.first} is registered with {gp} and can be reached on {mob}.",
             "I have stopped training with {p.first} until {next} at least, and our second coach, {o3m.full}, agrees."],
            ["Yours sincerely,\n{o1.full}\nHead coach"],
        ),
        ("ICE-{n4}", "IF/{yy}/{n5}"), ages=(18, 30),
    ),
    _style(
        "holiday_cottage_very_old_father_complaint_letter", "letter",
        "a relative complains about a very old man's care after a fall on a holiday cottage's stairs, discharged back to the stairs (old)",
        (
            ["{ldate}\nComplaints Team, {trust}\nRe: {p.tfull}, DOB {dob}, hospital number {hosp}",
             "Dear Complaints Manager,"],
            ["I am the {rel} of {p.tfull}, {age}, and I am writing about his care at {hospital} while we were on holiday in the town this summer.",
             "We had rented a holiday cottage for a week, and on {date} he slipped on the stairs, hit his head and could not get up.",
             "He waited on a trolley in a corridor for <<four hours>>, and nobody asked about his blood thinner, <<apixaban>>, until I did.",
             "He was sent home at midnight to the cottage with a walking frame, though the bathroom is up a steep staircase, and he fell again on {next}.",
             "He was then admitted to {ward}, where a bleed on the brain was found, and he was moved to {hospital2} on {later}."],
            ["The ambulance crew, {s1.full} and {s2.full}, were wonderful and told us to ask for a scan.",
             "Our home address is {addr}, and his GP is {gp}, who have had no letter from you; your discharge letter went to {addr2}, where he has not lived for years.",
             "A nurse on the ward, {o2f.full}, told me he had been given <<co-codamol>> though he cannot take codeine.",
             "I asked for a copy of his notes under <<the Data Protection Act>> and have had no reply after <<six weeks>>.",
             "I have read the complaints page at {url}, and I can be reached on {mob} or at {r.pemail}."],
            ["Yours faithfully,\n{r.full}"],
        ),
        ("CMP-{yy}-{n4}", "HC{n5}"), old=True, sex="MF", ages=(90, 104),
    ),
    _style(
        "personal_trainer_spin_class_muscle_breakdown_email", "letter",
        "a personal trainer e-mails the emergency department about a client's muscle breakdown after a spin class, sent home as dehydrated",
        (
            ["Sent: {ldate}\nTo: {email}\nCc: {s1.email}\nSubject: Client {p.full}, NHS number {nhs}, urgent concern",
             "Dear {d.dr},"],
            ["I am a personal trainer at a gym by the station, and I am writing about my client {p.full}, {age}, who was seen in your department on {date}.",
             "{p.first} did a hard spin class and a weights session the evening before, and the next morning had dark brown urine and swollen thighs.",
             "I said to go to hospital, and at {hospital} my client was told it was dehydration and given <<Dioralyte>>.",
             "On {later} {p.first} could hardly walk, a blood test at {gp} showed a very high muscle enzyme, and the admission to {ward} followed.",
             "I feel the first visit missed it, and I want to know whether the gym should have done more under <<the Health and Safety at Work Act>>."],
            ["Our induction form ({ref2}) shows that {p.first} had been off training for six months before the class.",
             "{p.poss} {rel}, {r.full}, has asked me to pass on the number {mob}.",
             "The class instructor, {o2m.full}, says he warned the class about going too hard after a break.",
             "{p.first} had been taking <<ibuprofen>> for a sore knee for <<3/7>>, which I now read can make this worse.",
             "I am copying in our duty manager, {o3f.full}, and I have kept the class records from {prev}."],
            ["Best wishes,\n{o1.full}\nPersonal trainer, {phone}"],
        ),
        ("PT-{n5}", "GYM/{yy}/{n4}"), ages=(20, 45),
    ),
)
