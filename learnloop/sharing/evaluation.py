"""How good is de-identification? A generator of synthetic narratives with gold spans, and a scorer.

Plain Python (no Django). Written independently of the engine, as its yardstick: nothing here looks
at how ``deidentify`` works.

The generator (``generate(count, seed)``) writes UK incident reports, structured judgement reviews
and death reviews of about 300 words (150 to 450) about falls, missed deterioration, medication
errors, sepsis, pressure ulcers, maternity, mental health and discharge, each with the gold span of
every identifier in it and the record the system would hold (``known``). Every mention has a gold
label from ``LABELS``; clinical words that look like names or dates (Parkinson's disease, Glasgow
Coma Scale, Waterlow, "the 2nd dose", "Ward 7", "3/7 history", T12, 14:30) are written in too and
are never gold, so precision is measured honestly. The same seed always gives the same narratives.

What a gold span covers:
- ``PERSON``: the name, with an honorific (Mr, Mrs, Dr...) when written before it; role words
  (Staff Nurse, Sister, Consultant) and a possessive "'s" lie outside. Each ``PERSON`` span says
  whether the name comes from the name lists the engine ships (``names: "listed"``: Faker's
  en_GB, en_IE, en_IN, en_US, en_NZ, tw_GH, yo_NG) or from held-out locales (``"unlisted"``:
  pl_PL, de_DE, fr_FR... with every name that is also in the listed locales dropped), and whether
  the person is in the record (``in_record``).
- ``AGE``: only the number, and only over 89. ``DATE``: the whole date as written ("the 3rd").
- ``ADDRESS``: house number and street to town; the postcode is its own ``POSTCODE`` span.
- ``LOCATION``: named wards, care homes, streets. ``ORGANISATION``: hospitals, trusts, GP
  surgeries, care providers. National bodies (CQC, NHS England, the coroner) and towns on their own
  are not identifying and are not gold.
- ``ID``: incident, StEIS, complaint and other reference numbers (the reference, not its name).

The scorer (``score(examples, found)``) counts a found span as correct when it overlaps any gold
span, and a gold span as found when any found span overlaps it; the strict variant also needs the
labels to match.

Names come from the Faker package (MIT), imported only when narratives are generated.
"""

from __future__ import annotations

import bisect
import random
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

LABELS = (
    "PERSON", "NHS_NUMBER", "HOSPITAL_NUMBER", "DATE", "AGE", "ADDRESS", "POSTCODE", "PHONE",
    "EMAIL", "URL", "ID", "LOCATION", "ORGANISATION",
)  # fmt: skip
DIRECT_IDENTIFIERS = (
    "PERSON", "NHS_NUMBER", "HOSPITAL_NUMBER", "DATE", "ADDRESS", "POSTCODE", "PHONE", "EMAIL",
)  # fmt: skip

MIN_WORDS = 150
MAX_WORDS = 450

# Faker locales the engine's name lists are built from, and how often each gives a person here.
LISTED_LOCALES = {
    "en_GB": 46, "en_IE": 8, "en_IN": 10, "en_US": 7, "en_NZ": 4, "tw_GH": 2.5, "yo_NG": 2.5,
}  # fmt: skip
# Latin-script locales the engine has never seen: about a fifth of the people.
HELD_OUT_LOCALES = {
    "pl_PL": 3, "de_DE": 2, "fr_FR": 2, "it_IT": 2, "es_ES": 2, "pt_PT": 2, "tr_TR": 2,
    "nl_NL": 2, "ro_RO": 2, "cs_CZ": 1,
}  # fmt: skip

FAKER_MISSING = (
    "The de-identification evaluation set needs the Faker package for names: "
    ".venv/bin/pip install faker==33.1.0 (it is in the 'test' extra: pip install -e '.[test]')."
)


# ---------------------------------------------------------------------------------------------
# Gold examples
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldSpan:
    start: int
    end: int
    label: str
    names: str | None = None  # PERSON only: "listed" or "unlisted"
    in_record: bool | None = None  # PERSON only: the name is in the example's ``known``

    def to_json(self, text: str) -> dict:
        out = {"start": self.start, "end": self.end, "label": self.label}
        out["text"] = text[self.start : self.end]
        if self.names is not None:
            out["names"] = self.names
            out["in_record"] = self.in_record
        return out


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    text: str
    known: dict
    gold: tuple[GoldSpan, ...]
    kind: str = ""

    def to_json(self, *, with_record: bool = True) -> dict:
        out: dict = {"id": self.id, "kind": self.kind, "text": self.text}
        if with_record:
            out["known"] = self.known
        out["gold"] = [span.to_json(self.text) for span in self.gold]
        return out

    @classmethod
    def from_json(cls, data: Mapping) -> Example:
        gold = tuple(
            GoldSpan(
                int(span["start"]),
                int(span["end"]),
                span["label"],
                span.get("names"),
                span.get("in_record"),
            )
            for span in data.get("gold", ())
        )
        return cls(
            id=str(data.get("id", "")),
            text=data["text"],
            known=dict(data.get("known") or {}),
            gold=gold,
            kind=data.get("kind", ""),
        )


# ---------------------------------------------------------------------------------------------
# Names from Faker
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NamePool:
    male: tuple[str, ...]
    female: tuple[str, ...]
    last_male: tuple[str, ...]
    last_female: tuple[str, ...]


def _faker():
    try:
        import faker
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError(FAKER_MISSING) from error
    return faker


def _attribute_names(provider: type) -> set[str]:
    names: set[str] = set()
    for attribute in dir(provider):
        if attribute.startswith(("first_names", "last_names")) or attribute.endswith(
            ("_last_names", "_first_names")
        ):
            value = getattr(provider, attribute)
            if isinstance(value, Mapping | tuple | list):
                names.update(str(name) for name in value)
    return names


@cache
def listed_names() -> frozenset[str]:
    """Every first name and surname in the listed locales, case-folded."""
    import importlib

    _faker()
    names: set[str] = set()
    for locale in LISTED_LOCALES:
        module = importlib.import_module(f"faker.providers.person.{locale}")
        names |= _attribute_names(module.Provider)
    return frozenset(name.casefold() for name in names)


@cache
def name_pools() -> dict[str, NamePool]:
    """Per locale, a sample of names as Faker draws them (so common names stay common).

    Held-out locales keep only names that no listed locale has.
    """
    faker = _faker()
    listed = listed_names()
    pools = {}
    for index, locale in enumerate([*LISTED_LOCALES, *HELD_OUT_LOCALES]):
        fake = faker.Faker(locale)
        fake.seed_instance(1000 + index)
        held_out = locale in HELD_OUT_LOCALES

        def draw(method: Callable[[], str], fake=fake, held_out=held_out) -> tuple[str, ...]:
            drawn = [method().strip() for _ in range(600)]
            return tuple(
                name
                for name in drawn
                if name
                and not any(ch.isdigit() for ch in name)
                and not (held_out and _any_part_listed(name, listed))
            )

        last_male = getattr(fake, "last_name_male", fake.last_name)
        last_female = getattr(fake, "last_name_female", fake.last_name)
        pools[locale] = NamePool(
            male=draw(fake.first_name_male),
            female=draw(fake.first_name_female),
            last_male=draw(last_male),
            last_female=draw(last_female),
        )
    return pools


def _any_part_listed(name: str, listed: frozenset[str]) -> bool:
    parts = [name, *re.split(r"[\s-]+", name)]
    return any(part.casefold() in listed for part in parts if part)


# ---------------------------------------------------------------------------------------------
# Building a text with its spans
# ---------------------------------------------------------------------------------------------

Piece = tuple[str, str | None, dict | None]


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[GoldSpan] = []
        self.words = 0

    def add(self, pieces: Sequence[Piece]) -> None:
        for text, label, meta in pieces:
            if label is not None:
                self.spans.append(
                    GoldSpan(self.length, self.length + len(text), label, **(meta or {}))
                )
            self.parts.append(text)
            self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def _words(pieces: Sequence[Piece]) -> int:
    return len("".join(text for text, _, _ in pieces).split())


_SLOT = re.compile(r"\{(\w+)\}")


def _ascii(value: str) -> str:
    return (
        unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    ).replace(" ", "")


# ---------------------------------------------------------------------------------------------
# Vocabulary: places, organisations, clinical words
# ---------------------------------------------------------------------------------------------

# Town, postcode area, county or region (for trust names).
TOWNS = (
    ("Leeds", "LS", "West Yorkshire"), ("Bradford", "BD", "West Yorkshire"),
    ("Sheffield", "S", "South Yorkshire"), ("Manchester", "M", "Greater Manchester"),
    ("Liverpool", "L", "Merseyside"), ("Birmingham", "B", "West Midlands"),
    ("Bristol", "BS", "Avon"), ("Newcastle", "NE", "Northumberland"),
    ("Nottingham", "NG", "Nottinghamshire"), ("Leicester", "LE", "Leicestershire"),
    ("Norwich", "NR", "Norfolk"), ("Exeter", "EX", "Devon"), ("Plymouth", "PL", "Devon"),
    ("Oxford", "OX", "Oxfordshire"), ("Cambridge", "CB", "Cambridgeshire"),
    ("Hull", "HU", "East Riding"), ("York", "YO", "North Yorkshire"),
    ("Stoke-on-Trent", "ST", "Staffordshire"), ("Derby", "DE", "Derbyshire"),
    ("Coventry", "CV", "Warwickshire"), ("Reading", "RG", "Berkshire"),
    ("Brighton", "BN", "Sussex"), ("Southampton", "SO", "Hampshire"),
    ("Portsmouth", "PO", "Hampshire"), ("Preston", "PR", "Lancashire"),
    ("Blackburn", "BB", "Lancashire"), ("Bolton", "BL", "Greater Manchester"),
    ("Wigan", "WN", "Greater Manchester"), ("Carlisle", "CA", "Cumbria"),
    ("Lincoln", "LN", "Lincolnshire"), ("Ipswich", "IP", "Suffolk"),
    ("Colchester", "CO", "Essex"), ("Luton", "LU", "Bedfordshire"),
    ("Northampton", "NN", "Northamptonshire"), ("Peterborough", "PE", "Cambridgeshire"),
    ("Swindon", "SN", "Wiltshire"), ("Gloucester", "GL", "Gloucestershire"),
    ("Worcester", "WR", "Worcestershire"), ("Hereford", "HR", "Herefordshire"),
    ("Shrewsbury", "SY", "Shropshire"), ("Chester", "CH", "Cheshire"),
    ("Warrington", "WA", "Cheshire"), ("Stockport", "SK", "Greater Manchester"),
    ("Huddersfield", "HD", "West Yorkshire"), ("Halifax", "HX", "West Yorkshire"),
    ("Wakefield", "WF", "West Yorkshire"), ("Doncaster", "DN", "South Yorkshire"),
    ("Sunderland", "SR", "Tyne and Wear"), ("Durham", "DH", "County Durham"),
    ("Middlesbrough", "TS", "Teesside"), ("Darlington", "DL", "County Durham"),
    ("Canterbury", "CT", "Kent"), ("Maidstone", "ME", "Kent"), ("Guildford", "GU", "Surrey"),
    ("Bath", "BA", "Somerset"), ("Taunton", "TA", "Somerset"), ("Truro", "TR", "Cornwall"),
    ("Torquay", "TQ", "Devon"), ("Bournemouth", "BH", "Dorset"), ("Salisbury", "SP", "Wiltshire"),
    ("Lancaster", "LA", "Lancashire"), ("Harrogate", "HG", "North Yorkshire"),
    ("Cardiff", "CF", "South Wales"), ("Swansea", "SA", "South Wales"),
    ("London", "SE", "South London"), ("London", "N", "North London"),
    ("London", "E", "East London"), ("London", "SW", "South West London"),
)  # fmt: skip
LOCALITIES = (
    "Headingley", "Moortown", "Chapel Allerton", "Eastville", "Fishponds", "Heaton", "Jesmond",
    "Beeston", "Sneinton", "Aylestone", "Heavitree", "Headington", "Chesterton", "Acomb",
    "Longton", "Allenton", "Earlsdon", "Tilehurst", "Hove", "Shirley", "Southsea", "Fulwood",
    "Horwich", "Pemberton", "Stanwix", "Birchwood", "Kesgrave", "Lexden", "Duston", "Orton",
)  # fmt: skip
STREET_NAMES = (
    "Acacia", "Albert", "Alexandra", "Ash", "Beech", "Belvedere", "Birch", "Bridge", "Brook",
    "Castle", "Cedar", "Chapel", "Cherry", "Church", "Clarence", "Coronation", "Cromwell",
    "Elm", "Fairfield", "Ferndale", "Garden", "Gladstone", "Granville", "Green", "Grove",
    "Hawthorn", "Highfield", "Hill", "Holly", "Kingsway", "Laburnum", "Lime", "Manor", "Maple",
    "Meadow", "Mill", "Moor", "Nelson", "New", "North", "Oak", "Orchard", "Park", "Primrose",
    "Princes", "Queens", "Railway", "Rectory", "Redhill", "Riverside", "Rose", "School",
    "Springfield", "Station", "Stanley", "Sycamore", "Tennyson", "Victoria", "Vicarage",
    "Westfield", "Willow", "Windsor", "Woodland", "Wordsworth", "York",
)  # fmt: skip
STREET_KINDS = (
    "Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Way", "Gardens", "Grove",
    "Terrace", "Place", "Court", "View", "Rise", "Walk", "Mews",
)  # fmt: skip
WARD_NAMES = (
    "Nightingale", "Seacole", "Fleming", "Jenner", "Lister", "Cavell", "Ash", "Beech", "Rowan",
    "Cedar", "Willow", "Oak", "Holly", "Maple", "Elm", "Larch", "Hazel", "Jubilee", "Coronation",
    "Victoria", "Windsor", "Harbour", "Kingfisher", "Heron", "Swift", "Kestrel", "Osprey",
    "Bluebell", "Primrose", "Daffodil", "Snowdrop", "Lavender", "Poppy", "Phoenix", "Sapphire",
    "Emerald", "Ruby", "Amber", "Coral", "Aspen", "Fir", "Juniper", "Linden", "Alder",
)  # fmt: skip
WARD_KINDS = ("Ward", "Ward", "Ward", "Unit", "Suite", "Centre")
HOME_NAMES = (
    "Oakwood", "Meadowbank", "Willows", "Beech House", "Elmfield", "Hollybrook", "Rosewood",
    "Fernlea", "Ashgrove", "Brookside", "Cedars", "Laurels", "Hillcrest", "Lyndhurst",
    "Parkside", "Woodlands", "Orchard House", "Highfield", "Greenacres", "Bramley Court",
    "St Anne's", "St Joseph's", "Abbeyfield", "Summerhill", "Fairhaven", "Linden Lodge",
)  # fmt: skip
HOME_KINDS = ("Care Home", "Nursing Home", "Residential Home", "care home", "Care Centre")
PROVIDER_WORDS = (
    "Bluebell", "Caring Hands", "Helping Hands", "Willow", "Sunrise", "Kingfisher", "Evergreen",
    "Heartwood", "Silverline", "Comfort", "Trinity", "Horizon", "Lakeside", "Guardian",
)  # fmt: skip
PROVIDER_KINDS = (
    "Homecare Ltd", "Home Care", "Care Services", "Healthcare Ltd", "Domiciliary Care",
    "Community Care Ltd", "Support Services", "Care Agency",
)  # fmt: skip
SAINTS = ("James's", "Thomas'", "George's", "Mary's", "Peter's", "Luke's", "Helier", "Richard's")
HOSPITAL_FORMS = (
    "{town} General Hospital", "{town} Royal Infirmary", "Royal {town} Hospital",
    "{town} District General Hospital", "{town} Community Hospital", "St {saint} Hospital",
    "Queen Elizabeth Hospital", "Princess Royal Hospital", "{town} University Hospital",
    "{town} Royal Hospital",
)  # fmt: skip
TRUST_FORMS = (
    "{town} Teaching Hospitals NHS Foundation Trust", "{town} and {town2} NHS Foundation Trust",
    "{county} Partnership NHS Foundation Trust", "{county} Healthcare NHS Trust",
    "University Hospitals of {town} NHS Trust", "{county} Community Health Services",
    "{town} Hospitals NHS Trust", "{county} and {town2} Mental Health NHS Trust",
)  # fmt: skip
GP_FORMS = (
    "{street} Surgery", "{street} Medical Centre", "{word} Medical Practice", "{word} Health Centre",
    "{word} Family Practice", "{street} Group Practice",
)  # fmt: skip
GP_WORDS = ("Parkview", "Riverside", "Brookfield", "Millbrook", "Oakley", "The Grove", "Westgate")
AMBULANCE = (
    "Yorkshire Ambulance Service", "North West Ambulance Service", "East Midlands Ambulance Service",
    "South Western Ambulance Service NHS Foundation Trust", "London Ambulance Service",
    "West Midlands Ambulance Service", "South Central Ambulance Service",
)  # fmt: skip
NATIONAL_BODIES = ("the CQC", "NHS England", "HSSIB", "the MHRA", "NHS Resolution", "the ICB")

EPONYM_CONDITIONS = (
    "Parkinson's disease", "Alzheimer's dementia", "Addison's disease", "Crohn's disease",
    "Cushing's syndrome", "Hodgkin's lymphoma", "Graves' disease", "Bell's palsy",
    "Huntington's disease", "Raynaud's phenomenon", "Down's syndrome", "Wernicke's encephalopathy",
    "Korsakoff's syndrome", "Guillain-Barré syndrome", "Ménière's disease", "Sjögren's syndrome",
    "Paget's disease", "Barrett's oesophagus", "Dupuytren's contracture", "Hashimoto's thyroiditis",
    "Wilson's disease", "Conn's syndrome", "Marfan syndrome", "Asperger's syndrome",
    "Lewy body dementia", "Hirschsprung's disease", "Kaposi's sarcoma", "Tourette's syndrome",
)  # fmt: skip
SHORT_EPONYMS = ("Parkinson's", "Alzheimer's", "Addison's", "Crohn's", "Huntington's", "Graves'")
NAMESAKES = (
    ("Parkinson", "Parkinson's disease"), ("Addison", "Addison's disease"),
    ("Bell", "Bell's palsy"), ("Graves", "Graves' disease"), ("Wilson", "Wilson's disease"),
    ("Paget", "Paget's disease"), ("Barrett", "Barrett's oesophagus"),
    ("Hodgkin", "Hodgkin's lymphoma"), ("Down", "Down's syndrome"),
    ("Huntington", "Huntington's disease"), ("Cushing", "Cushing's syndrome"),
)  # fmt: skip
PLAIN_CONDITIONS = (
    "type 2 diabetes", "atrial fibrillation", "COPD", "chronic kidney disease stage 4",
    "heart failure", "vascular dementia", "hypertension", "osteoporosis", "a previous stroke",
    "rheumatoid arthritis", "epilepsy", "schizophrenia", "bipolar affective disorder",
    "emotionally unstable personality disorder", "alcohol dependence", "ischaemic heart disease",
    "a learning disability", "frailty", "peripheral vascular disease", "macular degeneration",
)  # fmt: skip
DRUGS = (
    ("Warfarin", "mg"), ("apixaban", "mg"), ("rivaroxaban", "mg"), ("enoxaparin", "mg"),
    ("Dalteparin", "units"), ("Tinzaparin", "units"), ("insulin glargine (Lantus)", "units"),
    ("NovoRapid", "units"), ("Humulin I", "units"), ("morphine sulphate", "mg"),
    ("Oramorph", "mg"), ("oxycodone", "mg"), ("gentamicin", "mg"), ("vancomycin", "mg"),
    ("co-amoxiclav", "g"), ("Tazocin", "g"), ("paracetamol", "g"), ("levetiracetam", "mg"),
    ("haloperidol", "mg"), ("lorazepam", "mg"), ("Madopar", "mg"), ("Sinemet", "mg"),
    ("co-careldopa", "mg"), ("digoxin", "micrograms"), ("furosemide", "mg"),
    ("bisoprolol", "mg"), ("metformin", "mg"), ("clozapine", "mg"), ("lithium", "mg"),
    ("methotrexate", "mg"), ("potassium chloride", "mmol"), ("Hartmann's solution", "ml"),
    ("Gelofusine", "ml"), ("oxytocin (Syntocinon)", "units"), ("labetalol", "mg"),
    ("magnesium sulphate", "g"), ("diazepam", "mg"), ("zopiclone", "mg"), ("sertraline", "mg"),
)  # fmt: skip
DRUGS_OF_KIND = {
    "mental_health": ("clozapine", "lithium", "haloperidol", "lorazepam", "diazepam", "zopiclone", "sertraline"),
    "maternity": ("oxytocin (Syntocinon)", "labetalol", "magnesium sulphate", "Gelofusine", "Hartmann's solution", "paracetamol"),
    "sepsis": ("co-amoxiclav", "Tazocin", "gentamicin", "vancomycin", "Hartmann's solution", "paracetamol"),
}  # fmt: skip
SCORES = (
    "a Waterlow score of {n}", "a Braden score of {n}", "a NEWS2 score of {n}",
    "GCS {g}/15", "a Glasgow Coma Scale of {g}", "a MUST score of {m}",
    "a Clinical Frailty Scale of {f}", "an Abbey pain scale score of {n}",
    "a Bishop score of {m}", "a Wells score of {m}", "a Barthel index of {n}",
    "a Rockwood frailty score of {f}", "a Morse falls score of {n}0", "a CURB-65 of {m}",
)  # fmt: skip
TOOLS = (
    "the Bristol Stool Chart", "a Foley catheter", "a Guedel airway", "the Manchester Triage System",
    "a Richmond Agitation-Sedation Scale", "the Mental Capacity Act", "the Caldicott principles",
    "a Hoyer hoist", "a Sara Stedy", "the Duty of Candour", "an Apgar score", "the Waterlow tool",
    "a Datix-style incident form", "the Gillick competence test", "the SBAR handover tool",
    "the Sepsis Six bundle", "a Venturi mask", "a Hickman line", "a Swan-Ganz catheter",
)  # fmt: skip
LABS = (
    "Hb {hb} g/L", "lactate {lac} mmol/L", "CRP {crp}", "potassium {k} mmol/L", "eGFR {egfr}",
    "INR {inr}", "a capillary glucose of {cbg} mmol/L", "white cell count {wcc}",
    "sodium {na} mmol/L", "troponin {trop} ng/L", "creatinine {cr} micromol/L",
)  # fmt: skip
VERTEBRAE = ("T12", "L1", "L4/5", "C2", "C5/6", "T8", "L2", "S1")
STAFF_ROLES = {
    "nurse": ("Staff Nurse", "Nurse", "Sister", "Charge Nurse", "RN", "Senior Staff Nurse"),
    "hca": ("HCA", "healthcare assistant", "nursing assistant"),
    "doctor": ("FY1", "FY2", "SHO", "registrar", "ST3", "SpR", "junior doctor", "locum doctor"),
    "senior": ("consultant", "Consultant", "Matron", "ward manager", "Clinical Lead"),
    "midwife": ("Midwife", "midwife", "Senior Midwife", "Band 7 midwife"),
    "mh": ("care coordinator", "CPN", "psychiatrist", "Approved Mental Health Professional"),
    "other": ("pharmacist", "physiotherapist", "paramedic", "GP", "district nurse", "OT"),
}  # fmt: skip
# Role words written before a name as a title ("Staff Nurse Jones", "HCA Tracy").
TITLE_ROLES = frozenset(
    {"Staff Nurse", "Nurse", "Sister", "Charge Nurse", "Senior Staff Nurse", "Matron", "Midwife",
     "Senior Midwife", "RN", "HCA", "Consultant"}
)  # fmt: skip
RELATIONS = {
    "F": ("daughter", "wife", "sister", "niece", "granddaughter", "mother", "partner"),
    "M": ("son", "husband", "brother", "nephew", "grandson", "father", "partner"),
}


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    sex: str
    names: str  # listed / unlisted
    in_record: bool
    role: str = ""  # a relation word or a staff role
    kind: str = ""  # patient, relative, staff, other
    doctor: bool = False

    @property
    def honorific(self) -> str:
        if self.doctor:
            return "Dr"
        if self.sex == "F":
            return "Mrs" if self.kind == "patient" and self.first[0] < "N" else "Ms"
        return "Mr"

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def _pick_locale(rng: random.Random) -> tuple[str, str]:
    table = [(locale, weight, "listed") for locale, weight in LISTED_LOCALES.items()]
    table += [(locale, weight, "unlisted") for locale, weight in HELD_OUT_LOCALES.items()]
    locale, _, names = rng.choices(table, weights=[row[1] for row in table])[0]
    return locale, names


def _new_person(rng: random.Random, *, sex: str | None = None, last: str | None = None) -> Person:
    pools = name_pools()
    locale, names = _pick_locale(rng)
    pool = pools[locale]
    sex = sex or rng.choice("FM")
    first = rng.choice(pool.female if sex == "F" else pool.male)
    if last is None:
        last = rng.choice(pool.last_female if sex == "F" else pool.last_male)
    return Person(first=first, last=last, sex=sex, names=names, in_record=False)


# ---------------------------------------------------------------------------------------------
# One case: the facts a narrative is written from, and the slots its templates fill
# ---------------------------------------------------------------------------------------------


def nhs_number(rng: random.Random) -> str:
    """A ten-digit NHS number that passes the modulus 11 check."""
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        digits[0] = rng.randint(4, 7)
        total = sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            return "".join(map(str, digits)) + str(check)


_POSTCODE_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def postcode(rng: random.Random, area: str) -> str:
    district = str(rng.randint(1, 28 if len(area) == 2 else 20))
    if area in {"SE", "N", "E", "SW"}:
        district = str(rng.randint(1, 20))
    inward = f"{rng.randint(0, 9)}{rng.choice(_POSTCODE_INWARD)}{rng.choice(_POSTCODE_INWARD)}"
    return f"{area}{district} {inward}"


_CITY_CODES = ("0113", "0114", "0115", "0116", "0117", "0118", "0121", "0131", "0161", "0191")
_AREA_CODES = ("01904", "01225", "01392", "01482", "01524", "01603", "01752", "01772", "01226")


def phone(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.45:  # mobile
        number = f"07{rng.randint(3, 9)}{rng.randint(0, 99):02d} {rng.randint(0, 999999):06d}"
        return rng.choice(
            [
                number,
                number.replace(" ", ""),
                f"+44 {number[1:]}",
                f"{number[:5]} {number[6:9]} {number[9:]}",
            ]
        )
    if kind < 0.75:
        code = rng.choice(_CITY_CODES)
        local = f"{rng.randint(2, 9)}{rng.randint(0, 99):02d} {rng.randint(0, 9999):04d}"
        return rng.choice(
            [
                f"{code} {local}",
                f"({code}) {local}",
                f"+44 (0){code[1:]} {local}",
                f"{code}{local.replace(' ', '')}",
            ]
        )
    if kind < 0.88:
        local = f"{rng.choice('378')}{rng.randint(0, 999):03d} {rng.randint(0, 9999):04d}"
        return rng.choice([f"020 {local}", f"+44 20 {local}", f"(020) {local}"])
    code = rng.choice(_AREA_CODES)
    return rng.choice(
        [f"{code} {rng.randint(200000, 999999)}", f"{code}-{rng.randint(200000, 999999)}"]
    )


_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def date_text(day: date, rng: random.Random, *, full: bool = False) -> str:
    """A date as people write it; ``full`` when the year must be there (dates of birth)."""
    month = _MONTH_NAMES[day.month - 1]
    forms = [
        (f"{ordinal(day.day)} {month} {day.year}", 14),
        (f"{day.day} {month} {day.year}", 12),
        (f"{day:%d/%m/%Y}", 14),
        (f"{day:%d/%m/%y}", 8),
        (f"{day.day}/{day.month}/{day.year}", 4),
        (f"{day.day}/{day.month}/{day:%y}", 3),
        (day.isoformat(), 4),
        (f"{day:%d.%m.%Y}", 3),
        (f"{day.day} {month[:3]} {day.year}", 4),
        (f"{day.day}-{month[:3]}-{day:%y}", 2),
        (f"{_WEEKDAYS[day.weekday()]} {ordinal(day.day)} {month} {day.year}", 3),
        (f"{month} {ordinal(day.day)}, {day.year}", 1),
    ]
    if not full:
        forms += [
            (f"{ordinal(day.day)} {month}", 10),
            (f"{day.day} {month}", 6),
            (f"{ordinal(day.day)} of {month}", 3),
            (f"{month} {ordinal(day.day)}", 2),
            (f"{day:%d/%m}", 3),
            (f"{_WEEKDAYS[day.weekday()]} {ordinal(day.day)} {month}", 3),
            (f"{month} {day.year}", 4),
        ]
    return rng.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]


def _clock(rng: random.Random) -> str:
    hour, minute = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
    return rng.choice(
        [
            f"{hour:02d}:{minute:02d}",
            f"{hour:02d}:{minute:02d}",
            f"{hour:02d}{minute:02d}hrs",
            f"{hour:02d}.{minute:02d}",
            f"{hour % 12 or 12}{':' + format(minute, '02d') if minute else ''}{'am' if hour < 12 else 'pm'}",
        ]
    )


class Case:
    """The facts of one narrative, and a method per template slot that writes a mention."""

    def __init__(self, rng: random.Random, kind: str, style: str) -> None:
        self.rng = rng
        self.kind = kind
        self.style = style
        r = rng
        ages = {"maternity": (18, 44), "mental_health": (16, 78), "medication": (20, 101)}
        low, high = ages.get(kind, (58, 104))
        # Older patients are common in these reviews: about a third are over 89.
        self.age = (
            r.randint(90, high)
            if high > 90 and r.random() < 0.35
            else r.randint(low, min(high, 89))
        )
        self.event = date(2019, 1, 1) + timedelta(days=r.randint(0, 6 * 365))
        self.dob = self.event - timedelta(days=self.age * 365 + r.randint(5, 360))
        sex = "F" if kind == "maternity" else r.choice("FM")
        self.patient = _new_person(r, sex=sex)
        self.patient.kind, self.patient.in_record = "patient", True
        # Now and then the patient shares a surname with their own condition (Mrs Parkinson with
        # Parkinson's disease): the name is redacted, the condition kept.
        self.namesake_condition = None
        if r.random() < 0.04:
            surname, self.namesake_condition = r.choice(NAMESAKES)
            self.patient.last = surname
            listed = listed_names()
            parts_listed = all(part.casefold() in listed for part in self.patient.first.split())
            self.patient.names = (
                "listed" if parts_listed and surname.casefold() in listed else "unlisted"
            )
        self.caps = style == "inquest" and r.random() < 0.7 or r.random() < 0.08
        self.hospital_number = r.choice(
            [
                f"{r.choice('ABCDEFGHJKLMNPRSTUWXZ')}{r.randint(100000, 9999999)}",
                f"{r.randint(10000000, 99999999)}",
                f"RX{r.choice('ABFHNQ')}{r.randint(1000000, 9999999)}",
                f"{r.choice(['MRN', 'H', 'K'])}{r.randint(1000000, 9999999)}",
            ]
        )
        self.nhs = nhs_number(r)
        town, area, county = r.choice(TOWNS)
        self.town, self.area, self.county = town, area, county
        self.home = self._address()
        self.hospital = self._hospital(town)
        town2 = r.choice(TOWNS)[0]
        self.trust = r.choice(TRUST_FORMS).format(town=town, town2=town2, county=county)
        self.trust_short = "".join(w[0] for w in self.trust.split() if w[0].isupper())
        self.trust_slug = _ascii(town)[:6] + r.choice(["th", "hospitals", "ft", "nhs"])
        self.gp = r.choice(GP_FORMS).format(
            street=r.choice(STREET_NAMES) + " " + r.choice(["Road", "Street", "Lane"]),
            word=r.choice(GP_WORDS),
        )
        self.carehome = f"{r.choice(HOME_NAMES)} {r.choice(HOME_KINDS)}"
        self.provider = f"{r.choice(PROVIDER_WORDS)} {r.choice(PROVIDER_KINDS)}"
        self.ward_number = f"Ward {r.randint(1, 40)}"
        self.ward_name = f"{r.choice(WARD_NAMES)} {r.choice(WARD_KINDS)}"
        self.bed = r.randint(1, 30)
        # Relatives and staff: each on the record (known) with a chance, as a case file would be.
        rel_sex = r.choice("FM")
        same_surname = r.random() < 0.6
        self.relative = _new_person(
            r, sex=rel_sex, last=self.patient.last if same_surname else None
        )
        if same_surname:
            self.relative.names = (
                self.patient.names if self.relative.names == "listed" else "unlisted"
            )
        self.relative.kind, self.relative.role = "relative", r.choice(RELATIONS[rel_sex])
        self.relative2 = _new_person(r)
        self.relative2.kind, self.relative2.role = (
            "relative",
            r.choice(RELATIONS[self.relative2.sex]),
        )
        self.staff = {}
        for group in ("nurse", "hca", "doctor", "senior", "other", "midwife", "mh"):
            person = _new_person(r)
            person.kind, person.role = "staff", r.choice(STAFF_ROLES[group])
            if person.sex == "M" and person.role == "Sister":
                person.role = "Charge Nurse"
            person.doctor = group == "doctor" or (
                group in {"senior", "mh"}
                and person.role in {"consultant", "Consultant", "psychiatrist"}
            )
            self.staff[group] = person
        self.other_patient = _new_person(r)
        self.other_patient.kind = "other"
        self.witness = _new_person(r)
        self.witness.kind = "other"
        for person in (self.relative, self.relative2, *self.staff.values()):
            person.in_record = r.random() < 0.65
        self.people_used: list[Person] = []

    # -- records -------------------------------------------------------------------------------

    def _address(self) -> dict:
        r = self.rng
        street = f"{r.choice(STREET_NAMES)} {r.choice(STREET_KINDS)}"
        number = str(r.randint(1, 240)) + (r.choice("ab") if r.random() < 0.05 else "")
        lines = [f"{number} {street}"]
        if r.random() < 0.2:
            lines.insert(0, f"Flat {r.randint(1, 30)}")
        if r.random() < 0.5:
            lines.append(r.choice(LOCALITIES))
        lines.append(self.town)
        return {"lines": lines, "street": street, "postcode": postcode(r, self.area)}

    def _hospital(self, town: str) -> str:
        return self.rng.choice(HOSPITAL_FORMS).format(town=town, saint=self.rng.choice(SAINTS))

    def known(self) -> dict:
        r = self.rng
        names = [
            (f"{self.patient.honorific} " if r.random() < 0.3 else "") + self.patient.full,
        ]
        for person in (self.relative, self.relative2, *self.staff.values()):
            if person.in_record:
                names.append(person.full)
        digits = self.nhs
        return {
            "names": names,
            "nhs_number": digits
            if r.random() < 0.7
            else f"{digits[:3]} {digits[3:6]} {digits[6:]}",
            "date_of_birth": self.dob.isoformat(),
            "hospital_number": self.hospital_number,
            "address": ", ".join([*self.home["lines"], self.home["postcode"]]),
        }

    # -- people ----------------------------------------------------------------------------------

    def _span(self, person: Person, text: str) -> Piece:
        if person not in self.people_used:
            self.people_used.append(person)
        return (text, "PERSON", {"names": person.names, "in_record": person.in_record})

    def _last(self, person: Person) -> str:
        return person.last.upper() if self.caps and person.kind == "patient" else person.last

    def name_of(self, person: Person, form: str | None = None) -> list[Piece]:
        r = self.rng
        forms = {
            "title_last": 30, "full": 14, "title_full": 10, "first": 14, "last": 4,
            "initial_last": 4, "title_initial_last": 3,
        }  # fmt: skip
        if person.kind == "patient" and self.style == "inquest":
            forms.update(last=10, full=20, first=14)
        form = form or r.choices(list(forms), weights=list(forms.values()))[0]
        last = self._last(person)
        text = {
            "title_last": f"{person.honorific} {last}",
            "full": f"{person.first} {last}",
            "title_full": f"{person.honorific} {person.first} {last}",
            "first": person.first,
            "last": last,
            "initial_last": f"{person.first[0]}. {last}",
            "title_initial_last": f"{person.honorific} {person.first[0]} {last}",
        }[form]
        if r.random() < 0.015:  # typed in a hurry
            text = text.lower()
        return [self._span(person, text)]

    def possessive(self, person: Person) -> list[Piece]:
        pieces = self.name_of(person)
        text = pieces[0][0]
        mark = self.rng.choice(["'s", "'s", "'s", "’s"])
        if text.endswith(("s", "S")) and self.rng.random() < 0.5:
            mark = "'"
        return [*pieces, (mark, None, None)]

    def slot_P(self) -> list[Piece]:
        if self.style == "incident" and self.rng.random() < 0.35:
            return [
                (
                    self.rng.choice(["the patient", "the patient", "the pt", "this patient"]),
                    None,
                    None,
                )
            ]
        return self.name_of(self.patient)

    def slot_Pname(self) -> list[Piece]:
        return self.name_of(self.patient)

    def slot_Pfull(self) -> list[Piece]:
        form = self.rng.choice(["full", "title_full", "title_full"])
        return self.name_of(self.patient, form)

    def slot_Pposs(self) -> list[Piece]:
        return self.possessive(self.patient)

    def slot_Pfirst(self) -> list[Piece]:
        return self.name_of(self.patient, "first")

    def slot_pron(self) -> list[Piece]:
        return [("she" if self.patient.sex == "F" else "he", None, None)]

    def slot_her(self) -> list[Piece]:
        return [("her" if self.patient.sex == "F" else "his", None, None)]

    def slot_herobj(self) -> list[Piece]:
        return [("her" if self.patient.sex == "F" else "him", None, None)]

    def slot_R(self) -> list[Piece]:
        """The relative with their relation: "her daughter, Claire Jones," and other ways."""
        rel = self.relative
        r = self.rng
        way = r.random()
        if way < 0.35:
            return [
                (f"{self.slot_her()[0][0]} {rel.role}, ", None, None),
                *self.name_of(rel, r.choice(["full", "first", "full"])),
                (",", None, None),
            ]
        if way < 0.6:
            return [
                (f"{self.slot_her()[0][0]} {rel.role} ", None, None),
                *self.name_of(rel, r.choice(["first", "full"])),
            ]
        if way < 0.8:
            return [
                *self.name_of(rel, r.choice(["title_last", "full", "first"])),
                (f" ({rel.role})", None, None),
            ]
        return [(f"{self.slot_her()[0][0]} {rel.role}", None, None)]

    def slot_Rname(self) -> list[Piece]:
        return self.name_of(
            self.relative, self.rng.choice(["first", "title_last", "full", "first"])
        )

    def slot_rel(self) -> list[Piece]:
        return [(self.relative.role, None, None)]

    def slot_R2(self) -> list[Piece]:
        rel = self.relative2
        return [
            (f"{self.slot_her()[0][0]} {rel.role}, ", None, None),
            *self.name_of(rel, "full"),
            (",", None, None),
        ]

    def _staff(self, group: str) -> list[Piece]:
        person = self.staff[group]
        r = self.rng
        role = person.role
        if person.doctor:
            way = r.random()
            if way < 0.45:
                return self.name_of(
                    person, r.choice(["title_last", "title_full", "title_initial_last"])
                )
            if way < 0.75:
                return [
                    (f"the {role}, ", None, None),
                    *self.name_of(person, r.choice(["title_last", "title_full"])),
                    (",", None, None),
                ]
            if way < 0.9:
                return [*self.name_of(person, "title_last"), (f" ({role})", None, None)]
            return [(f"the {role}", None, None)]
        way = r.random()
        titled = role in TITLE_ROLES
        if way < 0.4 and titled:
            return [
                (f"{role} ", None, None),
                *self.name_of(person, r.choice(["last", "full", "first"])),
            ]
        if way < 0.6:
            return [*self.name_of(person, r.choice(["first", "full"])), (f" ({role})", None, None)]
        if way < 0.8:
            article = (
                "an"
                if role[0] in "AEIOUaeiou" or role in {"RN", "HCA", "SHO", "FY1", "FY2"}
                else "a"
            )
            return [
                (f"{article} {role}, ", None, None),
                *self.name_of(person, r.choice(["full", "first"])),
                (",", None, None),
            ]
        if way < 0.9:
            return [
                (f"{role} ", None, None),
                *self.name_of(person, r.choice(["initial_last", "full", "first"])),
            ]
        return [(f"the {role.lower() if titled else role}", None, None)]

    def slot_N(self) -> list[Piece]:
        return self._staff("nurse")

    def slot_H(self) -> list[Piece]:
        return self._staff("hca")

    def slot_D(self) -> list[Piece]:
        return self._staff("doctor")

    def slot_S(self) -> list[Piece]:
        return self._staff("senior")

    def slot_O(self) -> list[Piece]:
        return self._staff("other")

    def slot_M(self) -> list[Piece]:
        return self._staff("midwife")

    def slot_C(self) -> list[Piece]:
        return self._staff("mh")

    def slot_Nname(self) -> list[Piece]:
        return self.name_of(self.staff["nurse"], self.rng.choice(["first", "last", "full"]))

    def slot_Dname(self) -> list[Piece]:
        return self.name_of(self.staff["doctor"], "title_last")

    def slot_X(self) -> list[Piece]:
        """Another patient in the bay, or a witness: never in the record."""
        person = self.rng.choice([self.other_patient, self.witness])
        return self.name_of(person, self.rng.choice(["title_last", "title_full", "full"]))

    # -- dates, ages, times --------------------------------------------------------------------

    def _date_piece(self, day: date, *, full: bool = False) -> list[Piece]:
        return [(date_text(day, self.rng, full=full), "DATE", None)]

    def slot_date(self) -> list[Piece]:
        return self._date_piece(self.event)

    def slot_ondate(self) -> list[Piece]:
        r = self.rng
        if r.random() < 0.15:
            word = r.choice(["on", "on", "on", "on", "by", "from"])
            return [
                (f"{word} ", None, None),
                (
                    f"the {ordinal(self.event.day + r.randint(0, 3) if self.event.day < 25 else self.event.day)}",
                    "DATE",
                    None,
                ),
            ]
        return [("on ", None, None), *self.slot_date()]

    def slot_later(self) -> list[Piece]:
        return self._date_piece(self.event + timedelta(days=self.rng.randint(1, 20)))

    def slot_before(self) -> list[Piece]:
        return self._date_piece(self.event - timedelta(days=self.rng.randint(1, 40)))

    def slot_review_date(self) -> list[Piece]:
        return self._date_piece(self.event + timedelta(days=self.rng.randint(20, 120)))

    def slot_dob(self) -> list[Piece]:
        label = self.rng.choice(["DOB ", "DOB: ", "date of birth ", "born ", "D.O.B. "])
        return [(label, None, None), *self._date_piece(self.dob, full=True)]

    def slot_age(self) -> list[Piece]:
        """An age in one of its written forms; the number is gold only over 89."""
        r = self.rng
        number = (str(self.age), "AGE" if self.age > 89 else None, None)
        form = r.randint(0, 5)
        noun = "woman" if self.patient.sex == "F" else "man"
        if form == 0:
            return [("aged ", None, None), number]
        if form == 1:
            article = "an " if str(self.age).startswith("8") or self.age in {11, 18} else "a "
            return [(article, None, None), number, (f"-year-old {noun}", None, None)]
        if form == 2:
            return [number, (" years old", None, None)]
        if form == 3:
            return [number, (" years of age", None, None)]
        if form == 4:
            return [("age ", None, None), number]
        return [number, ("yo", None, None)] if r.random() < 0.5 else [number, (" y/o", None, None)]

    def slot_relage(self) -> list[Piece]:
        """A relative's age: gold only over 89, like the patient's."""
        age = self.rng.randint(40, 97)
        return [("aged ", None, None), (str(age), "AGE" if age > 89 else None, None)]

    def slot_otherage(self) -> list[Piece]:
        """An age under 90 of someone else: never gold."""
        r = self.rng
        age = r.randint(19, 89)
        article = "an" if str(age).startswith("8") else "a"
        return [
            (r.choice([f"aged {age}", f"{article} {age}-year-old", f"{age} years old"]), None, None)
        ]

    def slot_time(self) -> list[Piece]:
        return [(_clock(self.rng), None, None)]

    def slot_years(self) -> list[Piece]:
        return [(f"{self.rng.randint(2, 15)} years", None, None)]

    # -- numbers -------------------------------------------------------------------------------

    def slot_nhs(self) -> list[Piece]:
        r = self.rng
        digits = self.nhs
        written = r.choices(
            [
                f"{digits[:3]} {digits[3:6]} {digits[6:]}",
                digits,
                f"{digits[:3]}-{digits[3:6]}-{digits[6:]}",
            ],
            weights=[60, 35, 5],
        )[0]
        label = r.choice(["NHS number ", "NHS No. ", "NHS no: ", "NHS ", "NHS number: "])
        return [(label, None, None), (written, "NHS_NUMBER", None)]

    def slot_hospno(self) -> list[Piece]:
        label = self.rng.choice(
            ["hospital number ", "Hosp No: ", "MRN ", "hospital no. ", "unit number ", "RM2 "]
        )
        return [(label, None, None), (self.hospital_number, "HOSPITAL_NUMBER", None)]

    def slot_ref(self) -> list[Piece]:
        r = self.rng
        year = self.event.year
        options = [
            ("Datix ", f"{r.randint(10000, 999999)}"),
            ("Datix ref ", f"WEB{r.randint(10000, 999999)}"),
            ("Datix reference ", f"DW{r.randint(100000, 999999)}"),
            ("incident reference ", f"INC-{year}-{r.randint(1, 99999):05d}"),
            ("StEIS ", f"{year}/{r.randint(1000, 29999)}"),
            ("StEIS reference ", f"{year}/{r.randint(1000, 29999)}"),
            ("LFPSE reference ", f"{r.randint(1000000, 9999999)}"),
            ("Ulysses ref ", f"IR{r.randint(10000, 99999)}"),
            ("complaint reference ", f"COMP-{year % 100}-{r.randint(100, 9999):04d}"),
            ("PSII reference ", f"PSII-{year % 100}-{r.randint(1, 99):03d}"),
            ("safeguarding referral ", f"SG{r.randint(10000, 99999)}"),
        ]
        label, value = r.choice(options)
        return [(label, None, None), (value, "ID", None)]

    def slot_phone(self) -> list[Piece]:
        return [(phone(self.rng), "PHONE", None)]

    def slot_email_rel(self) -> list[Piece]:
        p = self.relative
        r = self.rng
        local = r.choice(
            [
                f"{_ascii(p.first)}.{_ascii(p.last)}",
                f"{_ascii(p.first)}{_ascii(p.last)}{r.randint(1, 99)}",
                f"{_ascii(p.first)[0]}{_ascii(p.last)}",
            ]
        )
        domain = r.choice(
            [
                "gmail.com",
                "hotmail.co.uk",
                "yahoo.co.uk",
                "outlook.com",
                "btinternet.com",
                "icloud.com",
            ]
        )
        return [(f"{local}@{domain}", "EMAIL", None)]

    def slot_email_staff(self) -> list[Piece]:
        p = self.staff["senior"]
        r = self.rng
        if r.random() < 0.4:
            local = r.choice(
                ["patientsafety", "pals", "safeguarding", "governance", "mortality.review"]
            )
        else:
            local = f"{_ascii(p.first)}.{_ascii(p.last)}{r.choice(['', '', '1', '2'])}"
        domain = r.choice(["nhs.net", f"{self.trust_slug}.nhs.uk", "nhs.net"])
        return [(f"{local}@{domain}", "EMAIL", None)]

    def slot_url(self) -> list[Piece]:
        r = self.rng
        return [
            (
                r.choice(
                    [
                        f"https://www.{self.trust_slug}.nhs.uk/patient-safety",
                        f"www.{self.trust_slug}.nhs.uk",
                        f"https://www.{self.trust_slug}.nhs.uk/policies/falls-prevention.pdf",
                        "https://www.nice.org.uk/guidance/ng51",
                        f"https://intranet.{self.trust_slug}.nhs.uk/sops/{r.randint(100, 999)}",
                    ]
                ),
                "URL",
                None,
            )
        ]

    # -- places --------------------------------------------------------------------------------

    def slot_address(self) -> list[Piece]:
        r = self.rng
        lines = self.home["lines"]
        if r.random() < 0.3:
            lines = lines[:-1] if len(lines) > 2 else lines
        sep = r.choice([", ", ", ", " "])
        code = self.home["postcode"]
        if r.random() < 0.1:
            code = code.replace(" ", "")
        if r.random() < 0.03:
            code = code.lower()
        if r.random() < 0.25:
            return [(", ".join(lines), "ADDRESS", None)]
        return [(", ".join(lines), "ADDRESS", None), (sep, None, None), (code, "POSTCODE", None)]

    def slot_postcode(self) -> list[Piece]:
        return [(self.home["postcode"], "POSTCODE", None)]

    def slot_street(self) -> list[Piece]:
        r = self.rng
        street = (
            self.home["street"]
            if r.random() < 0.3
            else f"{r.choice(STREET_NAMES)} {r.choice(STREET_KINDS)}"
        )
        return [(street, "LOCATION", None)]

    def slot_ward(self) -> list[Piece]:
        r = self.rng
        way = r.random()
        if way < 0.3:
            return [(self.ward_number, None, None)]
        if way < 0.55:
            return [(self.ward_name, "LOCATION", None)]
        if way < 0.75:
            return [
                (f"{self.ward_number} (", None, None),
                (self.ward_name, "LOCATION", None),
                (")", None, None),
            ]
        return [
            (
                r.choice(
                    [
                        "the acute medical unit",
                        "AMU",
                        "the stroke unit",
                        "the frailty unit",
                        "the surgical ward",
                        "the respiratory ward",
                        "the emergency department",
                        "ED",
                    ]
                ),
                None,
                None,
            )
        ]

    def slot_wardname(self) -> list[Piece]:
        return [(self.ward_name, "LOCATION", None)]

    def slot_bed(self) -> list[Piece]:
        r = self.rng
        return [
            (
                r.choice(
                    [
                        f"bed {self.bed}",
                        f"bay {r.randint(1, 6)} bed {self.bed}",
                        f"side room {r.randint(1, 12)}",
                        f"bed {self.bed}",
                    ]
                ),
                None,
                None,
            )
        ]

    def slot_hospital(self) -> list[Piece]:
        return [(self.hospital, "ORGANISATION", None)]

    def slot_trust(self) -> list[Piece]:
        if self.rng.random() < 0.2:
            return [(self.trust_short, "ORGANISATION", None)]
        return [(self.trust, "ORGANISATION", None)]

    def slot_gp(self) -> list[Piece]:
        return [(self.gp, "ORGANISATION", None)]

    def slot_carehome(self) -> list[Piece]:
        return [(self.carehome, "LOCATION", None)]

    def slot_provider(self) -> list[Piece]:
        return [(self.provider, "ORGANISATION", None)]

    def slot_ambulance(self) -> list[Piece]:
        return [(self.rng.choice(AMBULANCE), "ORGANISATION", None)]

    def slot_town(self) -> list[Piece]:
        return [(self.town, None, None)]

    def slot_body(self) -> list[Piece]:
        return [(self.rng.choice(NATIONAL_BODIES), None, None)]

    # -- clinical words: never gold -----------------------------------------------------------

    def _plain(self, text: str) -> list[Piece]:
        return [(text, None, None)]

    def slot_pmh(self) -> list[Piece]:
        r = self.rng
        items = r.sample(EPONYM_CONDITIONS, r.randint(1, 2)) + r.sample(
            PLAIN_CONDITIONS, r.randint(1, 3)
        )
        if self.namesake_condition:
            items[0] = self.namesake_condition
        r.shuffle(items)
        return self._plain(", ".join(items[:-1]) + " and " + items[-1])

    def slot_eponym(self) -> list[Piece]:
        r = self.rng
        if self.namesake_condition and r.random() < 0.6:
            return self._plain(self.namesake_condition)
        if r.random() < 0.15:  # written short: "known Parkinson's"
            return self._plain(r.choice(SHORT_EPONYMS))
        return self._plain(r.choice(EPONYM_CONDITIONS))

    def _drug(self) -> tuple[str, str]:
        preferred = DRUGS_OF_KIND.get(self.kind)
        if preferred and self.rng.random() < 0.75:
            chosen = self.rng.choice(preferred)
            return next(drug for drug in DRUGS if drug[0] == chosen)
        return self.rng.choice(DRUGS)

    def slot_drug(self) -> list[Piece]:
        name, unit = self._drug()
        amount = self.rng.choice(
            ["2.5", "5", "10", "20", "40", "1", "500", "1,000", "0.5", "80", "125"]
        )
        space = self.rng.choice([" ", ""])
        return self._plain(f"{name} {amount}{space}{unit}")

    def slot_drugname(self) -> list[Piece]:
        return self._plain(self._drug()[0])

    def slot_score(self) -> list[Piece]:
        r = self.rng
        return self._plain(
            r.choice(SCORES).format(
                n=r.randint(3, 25), g=r.randint(3, 15), m=r.randint(0, 5), f=r.randint(3, 9)
            )
        )

    def slot_tool(self) -> list[Piece]:
        return self._plain(self.rng.choice(TOOLS))

    def slot_lab(self) -> list[Piece]:
        r = self.rng
        values = {
            "hb": r.randint(55, 160), "lac": round(r.uniform(0.8, 9.5), 1), "crp": r.randint(3, 420),
            "k": round(r.uniform(2.4, 7.2), 1), "egfr": r.randint(8, 90), "inr": round(r.uniform(0.9, 9.8), 1),
            "cbg": round(r.uniform(1.4, 32.0), 1), "wcc": round(r.uniform(0.6, 38.0), 1),
            "na": r.randint(112, 158), "trop": r.randint(3, 9000), "cr": r.randint(45, 900),
        }  # fmt: skip
        return self._plain(r.choice(LABS).format(**values))

    def slot_obs(self) -> list[Piece]:
        r = self.rng
        return self._plain(
            f"BP {r.randint(70, 190)}/{r.randint(35, 110)}, HR {r.randint(40, 160)}, "
            f"RR {r.randint(10, 40)}, SpO2 {r.randint(78, 99)}% on {r.choice(['air', '2L', '4L', '15L via a non-rebreathe mask'])}, "
            f"temp {round(r.uniform(34.5, 40.5), 1)}"
        )

    def slot_news(self) -> list[Piece]:
        return self._plain(f"NEWS2 {self.rng.randint(0, 14)}")

    def slot_vert(self) -> list[Piece]:
        return self._plain(self.rng.choice(VERTEBRAE))

    def slot_shorthand(self) -> list[Piece]:
        r = self.rng
        return self._plain(
            r.choice([f"{r.randint(1, 6)}/7", f"{r.randint(1, 6)}/52", f"{r.randint(1, 11)}/12"])
        )

    def slot_nth(self) -> list[Piece]:
        r = self.rng
        return self._plain(
            r.choice(
                [
                    "the 2nd dose",
                    "the 3rd floor",
                    "the 1st stage of labour",
                    "a 2nd opinion",
                    "the 4th attempt",
                    "the 2nd stage",
                    "a 3rd degree tear",
                    "the 1st line antibiotic",
                    "the 5th day of admission",
                ]
            )
        )

    def slot_bleep(self) -> list[Piece]:
        r = self.rng
        return self._plain(
            r.choice(
                [
                    f"bleep {r.randint(1000, 9999)}",
                    f"extension {r.randint(2000, 8999)}",
                    f"ext. {r.randint(2000, 8999)}",
                ]
            )
        )

    def slot_n(self) -> list[Piece]:
        return self._plain(str(self.rng.randint(2, 12)))


# ---------------------------------------------------------------------------------------------
# Templates: one list per section, a narrative takes an opening, some middles, an ending
# ---------------------------------------------------------------------------------------------

HEADERS = {
    "incident": [
        "{ref}. Date of incident: {date} at {time}. Location: {ward}, {hospital}.",
        "Patient: {Pfull}, {dob}, {nhs}, {hospno}.",
        "Reported by {N} on {ward} at {hospital}.",
        "{ref}. Incident date {date}, reported {later}.",
    ],
    "review": [
        "Structured judgement review of the care of {Pfull} ({dob}, {nhs}), who died {ondate} at {hospital}.",
        "Mortality review: {Pfull}, {age}, {hospno}. Date of death {date}. Reviewer: {S}.",
        "Learning from deaths review, {trust}. Patient: {Pfull}, {nhs}. Admitted {date}.",
    ],
    "inquest": [
        "{Pfull} died {ondate} at {hospital}. {Pron_she} was {age} and lived at {address}.",
        "This summary concerns the death of {Pfull}, {dob}, of {address}, who died at {hospital} {ondate}.",
        "Summary prepared by {trust} for the inquest into the death of {Pfull} ({age}).",
    ],
}
BACKGROUND = [
    "{P} is {age} and has a history of {pmh}.",
    "{P} was admitted from {carehome} with {eponym} and a {shorthand} history of reduced mobility.",
    "{Pname}, {age}, lived alone at {address} with a package of care from {provider}.",
    "{P} was known to {gp} and had been reviewed there {ondate} for {eponym}.",
    "{Pname} lives with {R} at {address}, and {rel} is the named next of kin.",
    "On admission {Pname} was {age}, with {pmh}; {score} was recorded in the admission bundle.",
    "{Pposs} past medical history includes {pmh}, and {her} regular medicines included {drug} once daily.",
    "{P} was transferred from {hospital} to {ward} {ondate} under the care of {S}.",
    "The admission clerking by {D} records {pmh}, and notes that {pron} was independently mobile with a stick.",
    "{Pname} had been a resident of {carehome} for {years} and had lasting power of attorney in place with {R}.",
    "{Pname} had moved to {town} {years} ago to be near {R}.",
    "{P} was taken by ambulance to the emergency department in {town} at {time}.",
    "Before admission {P} was cared for at home, on {street}, with four calls a day from {provider}.",
]
EVENTS = {
    "falls": [
        "At {time} {H} found {P} on the floor beside {bed} on {ward}.",
        "{P} had an unwitnessed fall at {time} {ondate} while trying to walk to the toilet without {her} frame.",
        "{N} assessed {herobj} on the floor using the falls flowchart and {pron} was moved with a Hoyer hoist.",
        "A CT head was requested by {D} because {pron} was taking {drugname}; it was reported at {time}.",
        "The CT showed a fracture of {vert} and a small subdural haematoma, discussed with the neurosurgical registrar at {hospital}.",
        "Neurological observations were started at {time}, and {Pposs} GCS fell from 15/15 to 12/15 over {n} hours.",
        "The falls risk assessment had been completed on admission, with {score}, but the bed rails assessment was not reviewed after {her} delirium began.",
        "{X} in the next bed pressed the call bell when {pron} heard a noise at {time}.",
        "{Pposs} lying and standing blood pressure had not been measured, although {pron} had {eponym} and was on {drug}.",
        "The enhanced observation (bay watch) had been stood down at {time} because {H} was moved to cover {ward}.",
        "{Pposs} {rel} said that {pron} had fallen twice at home in the {n} weeks before admission.",
    ],
    "deterioration": [
        "{Pposs} observations at {time} were {obs}, giving {news}, but the escalation was not made for {n} hours.",
        "{N} recorded {news} at {time} and bleeped {D} on {bleep}, but the review took place at {time}.",
        "Blood results showed {lab} and {lab}; these were not reviewed until the next morning.",
        "The critical care outreach team were called at {time} and found {Pname} with {obs}.",
        "{D} documented a plan for ward-based care, but the ceiling of treatment was not discussed with {R}.",
        "{Pname} was reviewed by {S} on the post-take ward round {ondate}; {lab} was noted as a concern.",
        "The {news} was not repeated at the hourly frequency the escalation policy requires.",
        "An arrest call was put out at {time}; after {n} cycles of CPR {Pname} had a return of spontaneous circulation.",
        "{Pname} was transferred to ICU at {time} and intubated; {pron} died {ondate}.",
        "The ward was one registered nurse short on the night shift and {N} was caring for {n} patients.",
    ],
    "medication": [
        "{Pname} was prescribed {drug} twice daily, but the 18:00 dose was given as {drug} by {N}.",
        "The omission of {Pposs} {drugname} for {n} doses was noticed by {O} on the medicines reconciliation {ondate}.",
        "{Pname}, who has {eponym}, missed {her} time-critical {drugname} for {n} hours, and {her} rigidity worsened.",
        "The second check was signed by {H}, who had not seen the dose drawn up.",
        "The infusion pump was programmed at 10 times the prescribed rate; {lab} was found on the next set of bloods.",
        "{D} prescribed {drug} without noting that {Pname} was already taking {drugname}, and {lab} was found {ondate}.",
        "The allergy to penicillin was recorded in the GP letter from {gp} but not on the electronic prescribing system.",
        "{O} reviewed the chart and found {the_nth} had been signed as given although the tablets were still in the pot.",
        "An INR of 8.4 was recorded {ondate}, after {Pname} had been given {drug} each evening since admission.",
        "{Pname} was given {drug} intended for {X}, who was in the next bed.",
    ],
    "sepsis": [
        "{Pname} attended the emergency department at {time} with a {shorthand} history of fever and confusion, {obs}.",
        "The sepsis screening tool was completed at {time}, and the Sepsis Six bundle was started {n} hours later than it should have been.",
        "Antibiotics ({drug} IV) were prescribed at {time} but not given until {time}, because no one had cannulated {herobj}.",
        "Blood cultures grew E. coli, and {lab} with {lab} showed septic shock.",
        "{D} discussed {Pname} with the microbiologist, who advised a change to {drugname}.",
        "The paramedic crew from {ambulance} had pre-alerted the hospital with a NEWS2 of 9.",
        "{Pname} waited {n} hours on a trolley in the corridor of the emergency department before a bed was found on {ward}.",
        "The urinary catheter had been in place for {n} weeks, with no catheter care plan in the notes.",
        "{R} had called the GP surgery, {gp}, {ondate}, saying that {pron} was not {herself}.",
    ],
    "pressure_ulcer": [
        "A category 3 pressure ulcer was found on {Pposs} sacrum {ondate}, with {score} recorded on admission.",
        "The repositioning chart shows gaps of up to {n} hours, and the air mattress was not delivered until {later}.",
        "The tissue viability nurse, {O}, reviewed the wound and photographed it; the heel was also a category 2.",
        "{Pname} was nursed on a standard foam mattress for {n} days, despite {score}.",
        "{Pposs} nutrition was poor, with {score} and a weight loss of {n} kg in a month.",
        "The district nurses from {trust} had seen {herobj} at home and documented intact skin {ondate}.",
        "The care staff at {carehome} reported that {pron} had been sitting out for long periods, and the SSKIN bundle was not in use.",
        "A safeguarding concern was raised with the local authority ({ref}) by {S}.",
    ],
    "maternity": [
        "{Pname}, {age}, G{n}P1, was admitted at 39+{n} weeks to the delivery suite at {hospital} in spontaneous labour.",
        "The CTG was classified as pathological at {time}, but {M} did not escalate to the obstetric registrar until {time}.",
        "{M} performed a fresh eyes review and documented a Bishop score of {n}; oxytocin was increased.",
        "{D} performed a category 1 caesarean section; {the_nth} was prolonged and the baby was born at {time}.",
        "Baby {Plast_baby} was born with Apgar scores of 2 at 1 minute and 6 at 5 minutes, and was transferred to the neonatal unit.",
        "A postpartum haemorrhage of 2,300 ml followed, treated with {drug} and {n} units of red cells.",
        "{Pposs} partner, {R2name}, said they had raised concerns about reduced fetal movements {ondate}.",
        "The community midwife, {Mname}, had recorded a raised blood pressure of 152/98 at the booking clinic at {gp}.",
        "The case was referred to the Maternity and Newborn Safety Investigations programme ({ref}).",
    ],
    "mental_health": [
        "{Pname} was detained under section 3 of the Mental Health Act on {wardname} {ondate}.",
        "The care coordinator, {C}, had last seen {herobj} at home on {street} {ondate}, when {pron} denied thoughts of self-harm.",
        "{Pname} did not return from escorted leave at {time}, and {N} reported {herobj} as missing to the police.",
        "The risk assessment had not been updated after {her} disclosure to {R} that {pron} felt hopeless.",
        "{Pname} was found by police in the grounds of {hospital} at {time}.",
        "The crisis team were contacted by {R} on {phone} but did not call back until the next day.",
        "{Pname} was taking {drug}, and a clozapine level was overdue; {lab} was the last result on file.",
        "The observation level was reduced from level 3 to level 2 by {C} without a documented rationale.",
        "{Pname} had previously been under the care of the early intervention team at {trust}.",
    ],
    "discharge": [
        "{Pname} was discharged from {ward} at {time} {ondate} to {carehome} without a discharge letter.",
        "The transfer of care summary did not say that {pron} was on {drug}, and {carehome} gave no doses for {n} days.",
        "{R} was not told that {Pname} was being discharged, and arrived at {address} to find {herobj} alone.",
        "The district nursing referral to {provider} was sent to the wrong team, and the first visit was {later}.",
        "{Pname} was readmitted {ondate} via {ambulance} with {lab} and {eponym}.",
        "The discharge checklist was completed by {N}, but the section on mobility and equipment was blank.",
        "The GP at {gp} received the discharge summary {n} days later and queried the dose of {drugname}.",
        "The hospital transport was booked for {time} but {Pname} waited in the discharge lounge until {time}.",
    ],
}
MIDDLES = [
    "{N} informed {R} by telephone on {phone} at {time}, and Duty of Candour was discussed.",
    "{R} asked to be contacted on {phone} or at {email_rel} with the findings.",
    "{Pposs} {rel} has asked for a copy of the report to be sent to {address}.",
    "The review panel, chaired by {S}, met {ondate} and considered the care records from {hospital} and {gp}.",
    "The case was discussed at the mortality and morbidity meeting {ondate} and the learning shared with {trust}.",
    "Statements were taken from {N}, {H} and {D}.",
    "{H} said that the ward was busy, with {n} patients needing two staff to move them.",
    "Further information is available from {S} at {email_staff} or on {phone}.",
    "The relevant policy is published at {url} and was last updated in 2021.",
    "The ward manager, {Nname}, has reviewed the staffing rota for that shift.",
    "The patient safety team can be contacted on {bleep} or through {url}.",
    "{Dname} reviewed {Pname} at {time} and documented {obs}.",
    "{Pposs} {rel}, {Rname}, raised concerns with PALS on {later}.",
    "The care records show {score}, {lab}, and {news} at {time}.",
    "{X}, {otherage}, was also in the bay at the time and was not involved.",
    "{R}, {relage}, is {her} main carer and visits every day.",
    "The records of {Pname} from {carehome} were requested {ondate} and received {later}.",
    "{S} reviewed the case with {O} and agreed it met the threshold for a patient safety incident investigation.",
    "A 72-hour report was completed {ondate} and shared with {body}.",
    "The family were given a copy of the Being Open leaflet and the contact details of {S}.",
    "Learning from this case will be shared at the {trust} patient safety group {ondate}.",
    "{R2} also raised a concern about communication, which is being handled as a complaint ({ref}).",
    "The incident was graded as moderate harm; {ref} was opened {ondate} and the review was completed {review_date}.",
    "The notes record that {Pname} had {eponym} and that {tool} was used.",
    "A referral to the safeguarding team was made by {N}, who contacted the team on {phone}.",
    "There was a delay of {n} hours in getting a bed on {ward}, and {Pname} waited in ED.",
    "The bed manager, {Nname}, said that {hospital} was on OPEL 4 that day.",
]
ENDINGS = [
    "The family have been kept informed by {S}, and Duty of Candour has been met.",
    "Learning: the {tool_plain} must be reviewed after every change in condition, and {trust} will audit this by {review_date}.",
    "Actions have been agreed with {S}, and progress will be reported to {body} by {review_date}.",
    "The findings will be shared with {R}, who asked for a meeting with {S}.",
    "The review found no single cause, but several missed opportunities; the report was signed off {review_date}.",
    "This incident has been closed on Datix with learning shared through the safety huddle and the {trust} newsletter.",
]
# Endings that only fit one kind of narrative: the patient lived, or died.
INCIDENT_ENDINGS = [
    "{P} has recovered and has been discharged home to {address}; the family are satisfied with the explanation.",
    "{P} came to no lasting harm, and the incident was graded as low harm by {S}.",
]
DEATH_ENDINGS = [
    "Care was judged as poor in the admission phase and adequate overall; {Pposs} death was judged as more likely than not to have been avoidable.",
    "The reviewer judged {Pposs} overall care as adequate, with the end of life care rated good.",
]
STYLE_OF_KIND = {
    "incident": ("falls", "medication", "pressure_ulcer", "discharge", "maternity", "mental_health", "deterioration", "sepsis"),
    "review": ("deterioration", "sepsis", "falls", "pressure_ulcer", "discharge", "medication"),
    "inquest": ("mental_health", "sepsis", "deterioration", "falls", "maternity", "discharge"),
}  # fmt: skip


class _Slots(Case):
    """A few slots that templates above use and that read better written here."""

    def slot_Pron_she(self) -> list[Piece]:
        return [("She" if self.patient.sex == "F" else "He", None, None)]

    def slot_herself(self) -> list[Piece]:
        return [("herself" if self.patient.sex == "F" else "himself", None, None)]

    def slot_the_nth(self) -> list[Piece]:
        return self.slot_nth()

    def slot_tool_plain(self) -> list[Piece]:
        return [
            (
                self.rng.choice(
                    [
                        "falls risk assessment",
                        "bed rails assessment",
                        "skin bundle",
                        "sepsis screening",
                    ]
                ),
                None,
                None,
            )
        ]

    def slot_Plast_baby(self) -> list[Piece]:
        return [self._span(self.patient, self._last(self.patient))]

    def slot_R2name(self) -> list[Piece]:
        return self.name_of(self.relative2, self.rng.choice(["full", "first"]))

    def slot_Mname(self) -> list[Piece]:
        return self.name_of(self.staff["midwife"], self.rng.choice(["full", "first"]))


def _render(case: Case, template: str) -> list[Piece]:
    pieces: list[Piece] = []
    position = 0
    for match in _SLOT.finditer(template):
        if match.start() > position:
            pieces.append((template[position : match.start()], None, None))
        filled = getattr(case, f"slot_{match.group(1)}")()
        # "her son, Tom Smith," before punctuation in the template loses its own comma.
        if filled[-1] == (",", None, None) and template[match.end() : match.end() + 1] in ",.;:)":
            filled = filled[:-1]
        pieces.extend(filled)
        position = match.end()
    if position < len(template):
        pieces.append((template[position:], None, None))
    # A sentence starts with a capital, unless it starts with a name written in lower case.
    text, label, meta = pieces[0]
    if label is None and text[:1].islower():
        pieces[0] = (text[0].upper() + text[1:], label, meta)
    return pieces


def _narrative(rng: random.Random) -> tuple[Case, list[list[Piece]], str]:
    style = rng.choices(["incident", "review", "inquest"], weights=[55, 30, 15])[0]
    kind = rng.choice(STYLE_OF_KIND[style])
    case = _Slots(rng, kind, style)
    target = max(MIN_WORDS + 10, min(MAX_WORDS - 30, round(rng.gauss(300, 65))))
    header = [_render(case, template) for template in rng.sample(HEADERS[style], rng.randint(1, 2))]
    endings = ENDINGS + (INCIDENT_ENDINGS if style == "incident" else DEATH_ENDINGS)
    ending = _render(case, rng.choice(endings))
    events = list(EVENTS[kind])
    middles = list(MIDDLES)
    background = rng.sample(BACKGROUND, rng.randint(1, 3))
    rng.shuffle(middles)
    event_order = sorted(rng.sample(range(len(events)), len(events)))  # chronological order
    queue = (
        [(t, "b") for t in background]
        + [(events[i], "e") for i in event_order]
        + [(t, "m") for t in middles]
        + [(t, "x") for t in rng.sample(BACKGROUND, len(BACKGROUND))]
    )
    body: list[list[Piece]] = []
    words = sum(_words(p) for p in header) + _words(ending)
    for template, _ in queue:
        if words >= target:
            break
        sentence = _render(case, template)
        count = _words(sentence)
        if words + count > MAX_WORDS - 2:
            continue
        body.append(sentence)
        words += count
    return case, [*header, *body, ending], style


def example(rng: random.Random, number: int) -> Example:
    """One narrative with its gold spans and the record."""
    case, sentences, style = _narrative(rng)
    writer = _Writer()
    for index, sentence in enumerate(sentences):
        if index:
            writer.add([("\n\n" if rng.random() < 0.15 else " ", None, None)])
        writer.add(sentence)
    return Example(
        id=f"eval-{number:06d}",
        text=writer.text(),
        known=case.known(),
        gold=tuple(writer.spans),
        kind=f"{style}/{case.kind}",
    )


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    """``count`` narratives; the same seed always gives the same ones."""
    rng = random.Random(seed)
    for number in range(1, count + 1):
        yield example(rng, number)


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    label: str


@dataclass
class Tally:
    gold: int = 0
    gold_found: int = 0  # overlapped by any found span
    gold_found_strict: int = 0  # overlapped by a found span of the same label
    found: int = 0
    found_correct: int = 0  # overlaps any gold span
    found_correct_strict: int = 0  # overlaps a gold span of the same label

    def recall(self, strict: bool = False) -> float | None:
        hits = self.gold_found_strict if strict else self.gold_found
        return hits / self.gold if self.gold else None

    def precision(self, strict: bool = False) -> float | None:
        hits = self.found_correct_strict if strict else self.found_correct
        return hits / self.found if self.found else None


@dataclass
class Scores:
    examples: int = 0
    errors: int = 0
    labels: dict[str, Tally] = field(default_factory=dict)
    overall: Tally = field(default_factory=Tally)
    direct: Tally = field(default_factory=Tally)
    person_groups: dict[str, Tally] = field(default_factory=dict)

    def table(self, title: str = "") -> str:
        return format_table(self, title)


def _overlaps(starts: list[int], ends: list[int], start: int, end: int) -> list[int]:
    """Indexes of the sorted, non-overlapping intervals that overlap [start, end)."""
    first = bisect.bisect_right(ends, start)
    hits = []
    index = first
    while index < len(starts) and starts[index] < end:
        hits.append(index)
        index += 1
    return hits


def _covered(intervals: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Merge intervals that may overlap into sorted, disjoint ones."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(intervals):
        if end <= start:
            continue
        if ends and start < ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def _hit(covered: tuple[list[int], list[int]], start: int, end: int) -> bool:
    return bool(_overlaps(covered[0], covered[1], start, end))


def _as_found(span: object) -> Found:
    """A found span from a ``Found``, the engine's ``Span``, a dict or a (start, end, label)."""
    if isinstance(span, Found):
        return span
    if isinstance(span, Mapping):
        return Found(int(span["start"]), int(span["end"]), str(span["label"]))
    if hasattr(span, "label"):
        return Found(span.start, span.end, span.label)
    start, end, label = span
    return Found(int(start), int(end), str(label))


def score(examples: Iterable[Example], found: Iterable[Sequence[Found] | None]) -> Scores:
    """Recall and precision by overlap. ``found`` runs alongside ``examples`` (None: an error)."""
    scores = Scores()
    for example_, spans in zip(examples, found, strict=True):
        scores.examples += 1
        if spans is None:
            scores.errors += 1
            spans = ()
        spans = [_as_found(span) for span in spans]
        gold = sorted(example_.gold, key=lambda s: (s.start, s.end))
        gold_any = _covered((s.start, s.end) for s in gold)
        found_any = _covered((s.start, s.end) for s in spans)
        gold_by_label: dict[str, tuple[list[int], list[int]]] = {}
        found_by_label: dict[str, tuple[list[int], list[int]]] = {}
        for label in {s.label for s in gold} | {s.label for s in spans}:
            gold_by_label[label] = _covered((s.start, s.end) for s in gold if s.label == label)
            found_by_label[label] = _covered((s.start, s.end) for s in spans if s.label == label)
        for span in gold:
            hit = _hit(found_any, span.start, span.end)
            strict = _hit(found_by_label[span.label], span.start, span.end)
            tallies = [scores.labels.setdefault(span.label, Tally()), scores.overall]
            if span.label in DIRECT_IDENTIFIERS:
                tallies.append(scores.direct)
            if span.label == "PERSON":
                if span.names:
                    tallies.append(scores.person_groups.setdefault(f"{span.names} names", Tally()))
                if span.in_record is not None:
                    group = "in the record" if span.in_record else "not in the record"
                    tallies.append(scores.person_groups.setdefault(group, Tally()))
            for tally in tallies:
                tally.gold += 1
                tally.gold_found += hit
                tally.gold_found_strict += strict
        for span in spans:
            hit = _hit(gold_any, span.start, span.end)
            strict = _hit(gold_by_label[span.label], span.start, span.end)
            tallies = [scores.labels.setdefault(span.label, Tally()), scores.overall]
            if span.label in DIRECT_IDENTIFIERS:
                tallies.append(scores.direct)
            for tally in tallies:
                tally.found += 1
                tally.found_correct += hit
                tally.found_correct_strict += strict
    return scores


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_table(scores: Scores, title: str = "") -> str:
    lines = []
    if title:
        lines.append(title)
    lines.append(
        f"examples {scores.examples:,}   gold spans {scores.overall.gold:,}   "
        f"found spans {scores.overall.found:,}"
        + (f"   lines with an error {scores.errors:,}" if scores.errors else "")
    )
    header = f"{'label':<26}{'gold':>8}{'found':>8}{'recall':>9}{'precision':>11}{'strict R':>10}{'strict P':>10}"
    lines += [header, "-" * len(header)]

    def row(name: str, tally: Tally) -> str:
        return (
            f"{name:<26}{tally.gold:>8,}{tally.found:>8,}{_figure(tally.recall()):>9}"
            f"{_figure(tally.precision()):>11}{_figure(tally.recall(True)):>10}"
            f"{_figure(tally.precision(True)):>10}"
        )

    known = [label for label in LABELS if label in scores.labels]
    others = sorted(set(scores.labels) - set(LABELS))
    for label in [*known, *others]:
        lines.append(row(label, scores.labels[label]))
    lines.append("-" * len(header))
    lines.append(row("all labels", scores.overall))
    lines.append(row("direct identifiers", scores.direct))
    for group in ("listed names", "unlisted names", "in the record", "not in the record"):
        if group in scores.person_groups:
            lines.append(_group_row(f"PERSON, {group}", scores.person_groups[group]))
    return "\n".join(lines)


def _group_row(name: str, tally: Tally) -> str:
    # Found spans are not split by name group, so only recall is meaningful here.
    return (
        f"{name:<26}{tally.gold:>8,}{'':>8}{_figure(tally.recall()):>9}{'':>11}"
        f"{_figure(tally.recall(True)):>10}{'':>10}"
    )


def found_spans(output: Mapping) -> list[Found] | None:
    """The spans of one line of ``learnloop deidentify`` output; None when it is an error line."""
    if "error" in output or "spans" not in output:
        return None
    return [Found(int(s["start"]), int(s["end"]), str(s["label"])) for s in output["spans"]]


def match_outputs(
    examples: Sequence[Example], outputs: Sequence[Mapping]
) -> list[list[Found] | None]:
    """Pair output lines with the gold: by id when every output line has one, else by order."""
    if outputs and all("id" in output for output in outputs):
        by_id = {str(output["id"]): output for output in outputs}
        return [
            found_spans(by_id[example_.id]) if example_.id in by_id else None
            for example_ in examples
        ]
    if len(outputs) != len(examples):
        raise ValueError(
            f"{len(examples)} gold examples but {len(outputs)} output lines, and the output "
            "lines have no ids to match them by"
        )
    return [found_spans(output) for output in outputs]
