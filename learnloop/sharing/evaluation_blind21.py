"""The twenty-first blind de-identification pack: synthetic UK NHS safety texts with exact gold.

Written without reading the engine (see evaluation_blind21.md). Only shared infrastructure is
imported from learnloop.sharing.evaluation; the templates, pools, towns and formats are this
pack's own. Synthetic data only.
"""

from __future__ import annotations

import random
import re
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

__all__ = ["LABELS", "STYLES", "example", "generate", "generate_with_negatives"]

PREFIX = "blind21"
LOW_WORDS, HIGH_WORDS = 200, 420

# -- places ---------------------------------------------------------------------------------

# town, postcode area, dialling code, council, nation
TOWN_INFO = (
    ("Bideford", "EX", "01237", "Devon County Council", "E"),
    ("Tiverton", "EX", "01884", "Devon County Council", "E"),
    ("Launceston", "PL", "01566", "Cornwall Council", "E"),
    ("Bodmin", "PL", "01208", "Cornwall Council", "E"),
    ("Malton", "YO", "01653", "North Yorkshire Council", "E"),
    ("Northallerton", "DL", "01609", "North Yorkshire Council", "E"),
    ("Ripon", "HG", "01765", "North Yorkshire Council", "E"),
    ("Selby", "YO", "01757", "North Yorkshire Council", "E"),
    ("Goole", "DN", "01405", "East Riding of Yorkshire Council", "E"),
    ("Gainsborough", "DN", "01427", "Lincolnshire County Council", "E"),
    ("Wisbech", "PE", "01945", "Cambridgeshire County Council", "E"),
    ("Dereham", "NR", "01362", "Norfolk County Council", "E"),
    ("Cromer", "NR", "01263", "Norfolk County Council", "E"),
    ("Sudbury", "CO", "01787", "Suffolk County Council", "E"),
    ("Braintree", "CM", "01376", "Essex County Council", "E"),
    ("Harlow", "CM", "01279", "Essex County Council", "E"),
    ("Hitchin", "SG", "01462", "Hertfordshire County Council", "E"),
    ("Wellingborough", "NN", "01933", "North Northamptonshire Council", "E"),
    ("Corby", "NN", "01536", "North Northamptonshire Council", "E"),
    ("Bicester", "OX", "01869", "Oxfordshire County Council", "E"),
    ("Witney", "OX", "01993", "Oxfordshire County Council", "E"),
    ("Cirencester", "GL", "01285", "Gloucestershire County Council", "E"),
    ("Stroud", "GL", "01453", "Gloucestershire County Council", "E"),
    ("Tewkesbury", "GL", "01684", "Gloucestershire County Council", "E"),
    ("Evesham", "WR", "01386", "Worcestershire County Council", "E"),
    ("Kidderminster", "DY", "01562", "Worcestershire County Council", "E"),
    ("Leominster", "HR", "01568", "Herefordshire Council", "E"),
    ("Nantwich", "CW", "01270", "Cheshire East Council", "E"),
    ("Northwich", "CW", "01606", "Cheshire West and Chester Council", "E"),
    ("Ulverston", "LA", "01229", "Westmorland and Furness Council", "E"),
    ("Hawick", "TD", "01450", "Scottish Borders Council", "S"),
    ("Galashiels", "TD", "01896", "Scottish Borders Council", "S"),
    ("Peebles", "EH", "01721", "Scottish Borders Council", "S"),
    ("Fort William", "PH", "01397", "The Highland Council", "S"),
    ("Pitlochry", "PH", "01796", "Perth and Kinross Council", "S"),
    ("Forfar", "DD", "01307", "Angus Council", "S"),
    ("Arbroath", "DD", "01241", "Angus Council", "S"),
    ("Stranraer", "DG", "01776", "Dumfries and Galloway Council", "S"),
    ("Dolgellau", "LL", "01341", "Gwynedd Council", "W"),
    ("Pwllheli", "LL", "01758", "Gwynedd Council", "W"),
    ("Tenby", "SA", "01834", "Pembrokeshire County Council", "W"),
)
TOWNS = tuple((town, area, code) for town, area, code, _, _ in TOWN_INFO)
LOCALITIES = {
    "Bideford": ("Northam", "East-the-Water"), "Tiverton": ("Bolham", "Chevithorne"),
    "Launceston": ("St Stephens", "Dutson"), "Bodmin": ("Dunmere", "Nanstallon"),
    "Malton": ("Norton-on-Derwent", "Old Malton"), "Northallerton": ("Romanby", "Brompton"),
    "Ripon": ("Littlethorpe", "Sharow"), "Selby": ("Brayton", "Barlby"),
    "Goole": ("Hook", "Airmyn"), "Gainsborough": ("Lea", "Corringham"),
    "Wisbech": ("Walsoken", "Leverington"), "Dereham": ("Toftwood", "Scarning"),
    "Cromer": ("Overstrand", "East Runton"), "Sudbury": ("Ballingdon", "Chilton"),
    "Braintree": ("Bocking", "Great Notley"), "Harlow": ("Old Harlow", "Potter Street"),
    "Hitchin": ("Walsworth", "Purwell"), "Wellingborough": ("Finedon", "Irchester"),
    "Corby": ("Weldon", "Great Oakley"), "Bicester": ("Launton", "Ambrosden"),
    "Witney": ("Cogges", "Ducklington"), "Cirencester": ("Stratton", "Siddington"),
    "Stroud": ("Rodborough", "Cainscross"), "Tewkesbury": ("Walton Cardiff", "Northway"),
    "Evesham": ("Bengeworth", "Hampton"), "Kidderminster": ("Franche", "Habberley"),
    "Leominster": ("Kingsland", "Ivington"), "Nantwich": ("Stapeley", "Wistaston"),
    "Northwich": ("Winnington", "Hartford"), "Ulverston": ("Swarthmoor", "Lindal"),
    "Hawick": ("Burnfoot", "Wilton"), "Galashiels": ("Langlee", "Tweedbank"),
    "Peebles": ("Kingsmeadows", "Eddleston"), "Fort William": ("Caol", "Corpach"),
    "Pitlochry": ("Moulin", "Ballinluig"), "Forfar": ("Lunanhead", "Padanaram"),
    "Arbroath": ("Hayshead", "Colliston"), "Stranraer": ("Cairnryan", "Leswalt"),
    "Dolgellau": ("Brithdir", "Llanelltyd"), "Pwllheli": ("Efailnewydd", "Llanbedrog"),
    "Tenby": ("Penally", "New Hedges"),
}  # fmt: skip
SCOTTISH_BOARDS = {
    "TD": "NHS Borders", "EH": "NHS Borders", "PH": "NHS Highland", "DD": "NHS Tayside",
    "DG": "NHS Dumfries and Galloway",
}  # fmt: skip
WELSH_BOARDS = {"LL": "Betsi Cadwaladr University Health Board", "SA": "Hywel Dda University Health Board"}
STREET_WORDS = ("Loom", "Warp", "Weft", "Spindle", "Treadle")
STREET_KINDS = ("Street", "Lane", "Row", "Close", "Drive", "Mews", "Gardens", "Terrace")
WARD_WORDS = ("Vega", "Lyra", "Altair", "Sirius", "Capella", "Rigel", "Polaris")
HOME_WORDS = ("Codlin", "Costard", "Pearmain", "Quarrenden")
GP_WORDS = ("Drovers", "Turnpike", "Milestone", "Lantern")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip

# -- people ---------------------------------------------------------------------------------

FIRST_F = (
    "Taslima", "Nurjahan", "Shapla", "Zubaida", "Jocelyn", "Ionela", "Ruta", "Adwoa", "Merle",
    "Icilda", "Androulla", "Panayiota", "Hansa", "Kokila", "Bhavna", "Kerensa", "Eluned",
    "Ishbel", "Mina", "Titilayo", "Chipo", "Lina", "Zarghona", "Mursal", "Parvaneh", "Carla",
    "Inese", "Nataliya", "Glenys", "Nerys", "Fenella", "Sorcha", "Fionnuala", "Mairead",
    "Fatmata", "Isatu", "Mariatu",
)  # fmt: skip
FIRST_M = (
    "Anwar", "Mushtaq", "Rommel", "Ionut", "Catalin", "Winston", "Costas", "Andreas", "Dilip",
    "Piran", "Olumide", "Ghaith", "Mazen", "Farid", "Behrouz", "Dariush", "Gino", "Janis",
    "Andris", "Bohdan", "Ivor", "Bryn", "Torquil", "Ciaran", "Eamon", "Colm", "Brendan",
    "Alhaji", "Sorie",
)  # fmt: skip
SURNAMES = (
    "Choudhury", "Bashir", "Akhtar", "Bautista", "Villanueva", "Dumitru", "Kazlauskas",
    "Asante", "Georgiou", "Christodoulou", "Mistry", "Kandiah", "Thuraisingam", "Pascoe",
    "Penhaligon", "Mackintosh", "Haddad", "Popal", "Noorzai", "Tehrani", "Chow", "Lau", "Coia",
    "Valente", "Ozolins", "Berzina", "Shevchenko", "Hollis", "Ferrer", "Quaye", "Fofana",
    "Diallo", "Sesay", "Kamara", "Kargbo",
)  # fmt: skip
PARTICLE_SURNAMES = ("ter Haar", "al-Haddad")
NICKNAMES = {
    "Prudence": ("Prue",), "Millicent": ("Millie",), "Theodora": ("Dora",),
    "Clementine": ("Clemmie",), "Barnabas": ("Barney",), "Ezekiel": ("Zeke",),
    "Obadiah": ("Obi",), "Crispin": ("Cris",),
}  # fmt: skip
OLD_F = ("Prudence", "Millicent", "Theodora", "Clementine")
OLD_M = ("Barnabas", "Ezekiel", "Obadiah", "Crispin")
WORD_NAMES = {"F": ("Temperance", "Promise"), "M": ("Barty",)}
WORD_SURNAMES = ("Noble", "Pepper", "Wise", "Salmon", "Gentle")
ALL_WORD_NAMES = frozenset((*WORD_NAMES["F"], *WORD_NAMES["M"], *WORD_SURNAMES))
HYPHEN_FIRST = {"M": ("Kayden-Lee",), "F": ()}
CLINICAL_INITIALS = frozenset(
    """IV GP OT BP DN SW MS NO IT ME LD AF MI PE UK OD CT MR ED AE HR RR SN TB VT OK AM PM
    DR NG PO PR SC IM ID AB CD DM GI GU HB OR PT RN SB SI TV""".split()
)
RELATIONS = {
    "F": ("daughter", "wife", "sister", "niece", "granddaughter", "partner"),
    "M": ("son", "husband", "brother", "nephew", "grandson", "partner"),
}
HOSP_FORMS = ("AA999999", "9999999A", "AAA-99999", "A/999999")

# -- look-alikes ----------------------------------------------------------------------------

LOOKALIKES = {
    "eponym": (
        "Parkinson's disease", "Alzheimer's disease", "Down syndrome", "Addison's disease",
        "Cushing's syndrome", "Guillain-Barré syndrome", "Hodgkin lymphoma", "Crohn's disease",
        "Bell's palsy", "Raynaud's", "Wernicke's encephalopathy", "Paget's disease",
        "Stevens-Johnson syndrome", "Ludwig's angina", "Barrett's oesophagus", "Wilms tumour",
        "Kawasaki disease", "Meniere's disease", "Sjogren's syndrome", "Lewy body dementia",
    ),
    "drug": (
        "apixaban", "rivaroxaban", "gentamicin", "vancomycin", "co-amoxiclav", "Tazocin",
        "levetiracetam", "phenytoin", "insulin glargine", "NovoRapid", "Humulin I", "midazolam",
        "Buccolam", "oxycodone", "OxyNorm", "morphine sulfate", "naloxone", "clozapine",
        "lithium", "tranexamic acid", "potassium chloride", "Sando-K", "enoxaparin",
        "Clexane", "ondansetron", "methotrexate", "alendronic acid", "Adcal-D3",
        "hydrocortisone", "salbutamol", "Ventolin", "amoxicillin", "Movicol", "senna",
    ),
    "score": (
        "NEWS2 of 6", "NEWS2 of 8", "GCS 12/15", "GCS 14", "Waterlow 19", "MUST score 2",
        "PEWS of 5", "Clinical Frailty Scale 7", "4AT of 6", "AMTS 6/10", "Barthel 40",
        "Apgar of 7", "MEWS of 4", "category 2 pressure ulcer", "Morse score 55",
        "Bristol stool type 7", "CURB-65 of 3", "qSOFA 2", "PHQ-9 of 18", "Rockall 5",
    ),
    "national": (
        "the CQC", "NHS England", "the MHRA", "NICE", "HSSIB", "the NMC", "the GMC",
        "Healthcare Improvement Scotland", "Healthcare Inspectorate Wales", "the HCPC",
        "NHS Resolution", "the Ombudsman", "NHS Digital", "the ICB", "LeDeR",
    ),
    "device": (
        "Datix", "Ulysses", "Nervecentre", "Lorenzo", "SystmOne", "EMIS Web", "TrakCare",
        "Alaris pump", "CME T34 syringe driver", "Baxter pump", "BD Venflon", "PICC line",
        "Hickman line", "ReSPECT form", "DNACPR form", "Dinamap", "Oxylog", "bed rails",
        "falls sensor mat", "low-low bed", "Stedy", "ceiling hoist", "slide sheet",
        "NG tube", "PEG tube", "Guedel airway", "Yankauer sucker", "blood glucose meter",
        "ketone meter", "Ripple mattress", "pager", "bleep system", "fax machine",
        "NHSmail", "Attend Anywhere", "Whiteboard", "wristband printer", "CD book",
    ),
    "number": (
        "bed 9", "bed 22", "bay 3", "bay 6", "side room 2", "room 11", "BP 88/50",
        "BP 178/96", "HR 128", "SpO2 86%", "temp 38.9", "glucose 2.1", "ketones 4.2",
        "potassium 6.8", "lactate 4.4", "Hb 68", "INR 4.6", "eGFR", "CRP 212", "10 units",
        "40mg", "2mg", "5ml", "1 litre", "bleep 2207", "extension 4410",
    ),
    "duration": (
        "24 hours", "36 hours", "48 hours", "six hours", "two hours", "90 minutes",
        "20 minutes", "three days", "ten days", "a week", "a month", "overnight",
        "over the weekend", "2/52", "4/7", "a fortnight",
    ),
}  # fmt: skip
NATIONAL = LOOKALIKES["national"]
_KIND_OF = {term: kind for kind, terms in LOOKALIKES.items() for term in terms}


def _words(n: int) -> str:
    """An age in words: 'ninety-three', 'one hundred and two', 'forty-one'."""
    units = "zero one two three four five six seven eight nine ten eleven twelve thirteen \
fourteen fifteen sixteen seventeen eighteen nineteen".split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {_words(rest)}" if rest else "")
    if n < 20:
        return units[n]
    t, u = divmod(n, 10)
    return tens[t] + (f"-{units[u]}" if u else "")


# -- people and cases -----------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool = False
    nick: str = ""
    kind: str = "other"
    doctor: bool = False
    hon: str = "Mr"

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def parts(self) -> set[str]:
        found = {p.casefold() for p in re.split(r"[\s-]+", self.full) if p}
        if self.nick:
            found.add(self.nick.casefold())
        return found


def _listed(name: str) -> str:
    listed = listed_names()
    parts = [p for p in re.split(r"[\s-]+", name) if p]
    return "listed" if all(p.casefold() in listed for p in parts) else "unlisted"


def _draw_person(rng: random.Random, sex: str | None, *, adult_patient: bool) -> Person:
    sex = sex or rng.choice("FM")
    if rng.random() < 0.55:
        person = _new_person(rng, sex=sex)
        first, last = person.first, person.last
    else:
        nick = ""
        roll = rng.random()
        if roll < 0.15:
            first = rng.choice(OLD_F if sex == "F" else OLD_M)
            nick = NICKNAMES[first][0]
        elif roll < 0.22 and not adult_patient and (WORD_NAMES[sex] or HYPHEN_FIRST[sex]):
            first = rng.choice(WORD_NAMES[sex] + HYPHEN_FIRST[sex])
        else:
            first = rng.choice(FIRST_F if sex == "F" else FIRST_M)
        roll = rng.random()
        if roll < 0.12:
            last = rng.choice(PARTICLE_SURNAMES)
        elif roll < 0.24:
            a, b = rng.sample(SURNAMES, 2)
            last = f"{a}-{b}"
        elif roll < 0.34:
            last = rng.choice(WORD_SURNAMES)
        else:
            last = rng.choice(SURNAMES)
        full = f"{first} {last}"
        return Person(first, last, sex, _listed(full), nick=nick)
    return Person(first, last, sex, _listed(f"{first} {last}"))


def _bad_name(person: Person) -> bool:
    bits = [p for p in re.split(r"[\s'-]+", person.full) if p]
    if any(len(b) < 2 or b.casefold() in ("mr", "mrs", "ms", "miss", "dr", "master") for b in bits):
        return True
    if any(b.casefold() == t.casefold() for b in bits for t in _KIND_OF if " " not in t):
        return True
    return any(person.full.casefold() == t.casefold() or person.last == t for t in _KIND_OF)


class _Case:
    """The facts one text is written from: people, places, numbers."""

    def __init__(self, rng: random.Random, style: Style, sentences: list[str]) -> None:
        self.rng = rng
        self.style = style
        town, area, code, council, nation = rng.choice(TOWN_INFO)
        self.town, self.area, self.code, self.council, self.nation = (
            town, area, code, council, nation,
        )  # fmt: skip
        self.people: dict[str, Person] = {}
        used: set[str] = set()
        joined = " ".join(sentences)
        hinted = dict(re.findall(r"\{(o\d)([fm])\.", joined))

        def person(key: str, sex: str | None, kind: str, adult_patient: bool = False) -> Person:
            while True:
                who = _draw_person(rng, sex, adult_patient=adult_patient)
                if not (who.parts() & used) and not _bad_name(who):
                    used.update(who.parts())
                    who.kind = kind
                    self.people[key] = who
                    return who

        patient = person("p", style.sex, "patient", adult_patient=not style.child)
        patient.hon = (
            ("Miss" if patient.sex == "F" else "Master") if style.child
            else ("Mrs" if patient.sex == "F" and rng.random() < 0.5 else
                  "Ms" if patient.sex == "F" else "Mr")
        )  # fmt: skip
        rel = person("r", None, "relative")
        rel.hon = ("Mrs" if rng.random() < 0.5 else "Ms") if rel.sex == "F" else "Mr"
        for key in ("s1", "s2", "o1", "o2", "o3"):
            sex = {"f": "F", "m": "M"}.get(hinted.get(key, ""))
            who = person(key, sex, "staff" if key[0] == "s" else "other")
            who.hon = ("Ms" if rng.random() < 0.6 else "Mrs") if who.sex == "F" else "Mr"
        doctor = person("d", None, "staff")
        doctor.doctor, doctor.hon = True, "Dr"
        self.used = used
        self.dots = rng.random() < 0.2
        # the record
        self.has_record = rng.random() >= 0.12
        # dates
        if style.child:
            age = rng.randint(1, 15)
        elif style.ages:
            age = rng.randint(*style.ages)
        elif rng.random() < (0.7 if style.old else 0.25):
            age = rng.randint(90, 104)
        else:
            age = rng.randint(60 if style.old else 19, 89)
        self.start = date(2024, 1, 8) + timedelta(days=rng.randint(0, 620))
        birthday = self.start - timedelta(days=365 * age + rng.randint(10, 350))
        while _age_on(birthday, self.start) != age:
            birthday += timedelta(days=1 if _age_on(birthday, self.start) > age else -1)
        self.age, self.dob = age, birthday
        self.age_words = not style.child and rng.random() < 0.15
        self.nhs = nhs_number(rng)
        self.nhs_layout = rng.choice(("plain", "spaced", "dashed"))
        self.hosp = _hospital_number(rng)
        self.house = rng.randint(1, 140)
        self.flat = rng.randint(1, 24) if rng.random() < 0.2 else 0
        self.street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        self.locality = rng.choice(LOCALITIES[town])
        self.postcode = postcode(rng, area)
        rel_word = rng.choice(RELATIONS[rel.sex])
        self.rel = rel_word
        # the record's names
        self.known: dict = {}
        if self.has_record:
            names = [f"{patient.hon} {patient.full}" if rng.random() < 0.4 else patient.full]
            patient.in_record = True
            if rng.random() < 0.7:
                names.append(rel.full)
                rel.in_record = True
            for key in ("s1", "s2", "d"):
                if rng.random() < 0.3:
                    names.append(self.people[key].full)
                    self.people[key].in_record = True
            flat = f"Flat {self.flat}, " if self.flat else ""
            self.known = {
                "names": names,
                "nhs_number": self.nhs,
                "date_of_birth": self.dob.isoformat(),
                "hospital_number": self.hosp,
                "address": f"{flat}{self.house} {self.street}, {self.locality}, {town}, {self.postcode}",
            }

    def fresh(self, sex: str | None) -> Person:
        while True:
            who = _draw_person(self.rng, sex, adult_patient=False)
            if not (who.parts() & self.used) and not _bad_name(who):
                self.used.update(who.parts())
                who.hon = ("Ms" if who.sex == "F" else "Mr")
                return who


def _age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _hospital_number(rng: random.Random) -> str:
    shape = rng.choice(HOSP_FORMS)
    return "".join(
        str(rng.randint(0, 9)) if c == "9" else rng.choice("BCFHJKLNRTWXZ") if c == "A" else c
        for c in shape
    )


# -- formats --------------------------------------------------------------------------------

_DAY = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _date_forms(d: date) -> list[str]:
    mon, month = MONTHS[d.month - 1][:3], MONTHS[d.month - 1]
    dd, mm, y = f"{d.day:02d}", f"{d.month:02d}", d.year
    wd, wday, th = _DAY[d.weekday()], _DAYS[d.weekday()], ordinal(d.day)
    return [
        f"{dd}/{mm}/{y}", f"{d.day}/{d.month}/{y}", f"{dd}/{mm}/{y % 100:02d}",
        f"{dd}.{mm}.{y}", f"{d.day}.{d.month}.{y % 100:02d}", d.isoformat(), f"{dd}-{mm}-{y}",
        f"{d.day} {month} {y}", f"{th} {month} {y}", f"{dd}{mon.upper()}{y}",
        f"{d.day} {mon.upper()} {y}", f"{d.day}-{mon}-{y}", f"{month} {d.day}, {y}",
        f"{wd} {dd}/{mm}/{y}", f"{wday} {th} {month} {y}", f"{d.day} {mon} {y}",
        f"{dd} {mon} {y % 100:02d}", f"{wd} {d.day} {mon} {y}", f"{th} {mon} {y}",
        f"{wd} {th} {mon}", f"{wday} the {th}", f"{wd} {d.day}/{d.month}",
        f"the {th} of {month}", f"{th} {month}", f"{d.day} {month}", f"{dd}/{mm}",
        f"{wday} {d.day} {month}",
    ]  # fmt: skip


_LOG_DATE_FORMS = (0, 1, 3, 5, 6, 9, 10, 11, 15, 16)  # no commas, with a year


def _landline(rng: random.Random, code: str) -> str:
    a, b = f"{rng.randint(0, 999999):06d}"[:3], f"{rng.randint(0, 999):03d}"
    a = str(rng.randint(2, 9)) + a[1:]
    n = a + b
    short = code[1:]
    shape = rng.choice((
        f"{code} {n}", f"{code}{n}", f"({code}) {n}", f"{code}-{n}",
        f"{code} {n[:2]} {n[2:4]} {n[4:]}", f"{code} {n[:3]} {n[3:]}", f"+44 {short} {n}",
        f"+44 (0){short} {n}", f"({code}) {n[:3]} {n[3:]}", f"{code}-{n[:3]}-{n[3:]}",
        f"+44 {short} {n[:3]} {n[3:]}",
    ))  # fmt: skip
    roll = rng.random()
    if roll < 0.12:
        shape += f" ext {rng.randint(2000, 7999)}"
    elif roll < 0.2:
        shape += f" x{rng.randint(2000, 7999)}"
    return shape


def _mobile(rng: random.Random) -> str:
    d = "7" + "".join(str(rng.randint(0, 9)) for _ in range(9))
    return rng.choice((
        f"0{d[:4]} {d[4:]}", f"0{d}", f"0{d[:4]}-{d[4:7]}-{d[7:]}", f"0{d[:4]} {d[4:7]} {d[7:]}",
        f"0{d[:3]} {d[3:6]} {d[6:]}", f"+44 {d[:4]} {d[4:]}", f"+44 (0){d[:4]} {d[4:]}",
        f"+44{d}", f"(0{d[:4]}) {d[4:]}", f"+44 {d[:3]} {d[3:6]} {d[6:]}",
    ))  # fmt: skip


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", value.casefold().replace("é", "e"))


@dataclass
class Style:
    name: str
    register: str  # prose / lines / letter
    what: str
    headers: tuple[str, ...]
    core: tuple[str, ...]
    extras: tuple[str, ...]
    endings: tuple[str, ...]
    refs: tuple[str, str] = ("ABC-#####", "AB/####/@")
    old: bool = False
    child: bool = False
    provider: tuple[str, ...] = ()
    sex: str | None = None
    ages: tuple[int, int] | None = None
    topup: str = "{text}"
    mail: str = "r"

    def alternatives(self) -> int:
        return len(self.headers) + len(self.core) + len(self.extras) + len(self.endings)


_SLOTS = re.compile(r"\{(\w+?)(?:\.(\w+))?\}|<<(.+?)>>")


class _Composer:
    """Renders a plan of templates into text, gold spans and look-alike spans."""

    def __init__(self, rng: random.Random, style: Style, plan: list[str]) -> None:
        self.rng = rng
        self.style = style
        self.case = _Case(rng, style, plan)
        self.plan = plan
        self.text = ""
        self.gold: list[GoldSpan] = []
        self.negatives: list[tuple[int, int]] = []
        c = self.case
        self.day = c.start
        self.last_day = c.start
        self.letter_day = c.start + timedelta(days=rng.randint(45, 70))
        self.clock = rng.randint(6 * 60, 15 * 60 + 50) if style.register == "lines" else rng.randint(420, 1000)
        self.time_form = rng.randrange(4)
        self.keep_date = style.register == "lines" and (
            rng.random() < 0.7 or style.name.endswith("_csv")
        )
        self.date_form = rng.choice(_LOG_DATE_FORMS)
        self.named: set[str] = set()
        trust_slug = _slug(c.town)
        if c.nation == "S":
            self.trust = SCOTTISH_BOARDS[c.area]
            self.hospital = f"{c.town} Community Hospital"
        elif c.nation == "W":
            self.trust = WELSH_BOARDS[c.area]
            self.hospital = f"{c.town} Cottage Hospital"
        else:
            self.trust = rng.choice((f"{c.town} and District NHS Foundation Trust",
                                     f"{c.town} Hospitals NHS Trust"))  # fmt: skip
            self.hospital = rng.choice((f"{c.town} General Hospital", f"{c.town} District Hospital"))
        self.hospital2 = rng.choice(("Royal", "County")) + f" {c.town} Infirmary"
        self.mailbox = rng.choice(("patientsafety", "pals", "complaints", "safeguarding",
                                   "incidents", "governance", "bereavement"))  # fmt: skip
        self.domain = f"{trust_slug}.nhs.uk"
        wards = rng.sample(WARD_WORDS, 2)
        self.wards = [rng.choice((f"{w} Ward", f"Ward {w}", f"{w} Unit", f"{w} ward")) for w in wards]
        home = rng.choice(HOME_WORDS)
        self.home = rng.choice((f"{home} House", f"{home} Lodge Care Home",
                                f"{home} Court Nursing Home", f"{home} House Residential Home"))  # fmt: skip
        gp = rng.choice(GP_WORDS)
        self.gp = rng.choice((f"{gp} Surgery", f"The {gp} Medical Practice", f"{gp} Health Centre"))
        self.prov = rng.choice(style.provider) if style.provider else ""
        self.refs = [self._ref(style.refs[0]), self._ref(style.refs[1])]
        self.phone = _landline(rng, c.code)
        self.mob = _mobile(rng)
        self.addr_form = rng.choice(("comma", "comma", "upper", "plain"))
        self.pc_form = rng.choice(("norm", "norm", "norm", "none", "two", "lower"))
        self.full_shift = {}

    def _ref(self, shape: str) -> str:
        return "".join(
            str(self.rng.randint(0, 9)) if ch == "#" else self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
            if ch == "@" else ch for ch in shape
        )  # fmt: skip

    # -- writing pieces ------------------------------------------------------------------

    def put(self, value: str, label: str | None = None, person: Person | None = None) -> None:
        start = len(self.text)
        self.text += value
        if label == "PERSON":
            self.gold.append(GoldSpan(start, start + len(value), "PERSON", person.names,
                                      bool(person.in_record and self.case.has_record)))  # fmt: skip
        elif label == "NEG":
            self.negatives.append((start, start + len(value)))
        elif label:
            self.gold.append(GoldSpan(start, start + len(value), label))

    def hon(self, who: Person) -> str:
        return who.hon + ("." if self.case.dots else "")

    def initials(self, who: Person) -> str:
        lasts = [p for p in re.split(r"[\s-]+", who.last) if p and p[0].isupper()]
        return (who.first[0] + "".join(p[0] for p in lasts)).upper()

    def name(self, key: str, form: str) -> None:
        c = self.case
        if key in ("o4", "o5"):
            who = c.fresh(None)
        elif key[-1] in "fm" and len(key) == 3:
            who = c.people[key[:2]]
        else:
            who = c.people[key]
        rng = self.rng
        if form == "full" and who.kind != "patient" or form == "full" and rng.random() < 0.5:
            roll = rng.random()
            form = ("upper" if roll < 0.08 else "lower" if roll < 0.13 else "caps" if roll < 0.2
                    else "jh" if roll < 0.27 else "full")  # fmt: skip
        if form == "first" and who.nick and rng.random() < 0.5:
            form = "nick"
        if form in ("init", "initd") and self.initials(who) in CLINICAL_INITIALS:
            form = "jh"
        if who.doctor and form in ("full", "first", "nick", "lower", "upper", "caps", "jh"):
            form = "title" if form != "full" else "tfull"
        if who.kind == "patient" and self.style.child and form in ("title", "tfull"):
            form = "full"
        if form == "email":
            local = f"{_slug(who.first)}.{_slug(who.last)}"
            self.put(f"{local}@nhs.net", "EMAIL")
            return
        value = {
            "full": who.full,
            "first": who.first,
            "nick": who.nick or who.first,
            "last": who.last,
            "title": f"{self.hon(who)} {who.last}",
            "tfull": f"{self.hon(who)} {who.full}",
            "init": self.initials(who),
            "initd": ".".join(self.initials(who)) + ".",
            "caps": f"{who.last.upper()}, {who.first}",
            "upper": who.full.upper(),
            "lower": who.full.lower(),
            "jh": f"{who.first[0]}{rng.choice(('.', ''))} {who.last}",
            "poss": who.full,
        }[form]
        if value[0].islower() and self.text[-2:-1] in ("", ".") and self.text.endswith(" "):
            value = who.full
        self.put(value, "PERSON", who)
        if form == "poss":
            self.text += "'" if who.last.endswith("s") else "'s"

    def next_date(self, letter_date: bool = False) -> str:
        rng = self.rng
        if letter_date:
            day = self.letter_day
        else:
            step = {"lines": 1 if rng.random() < 0.2 else 0, "prose": rng.randint(0, 5)}.get(
                self.style.register, rng.randint(0, 3)
            )
            day = self.day = self.day + timedelta(days=step)
            self.last_day = max(self.last_day, day)
        forms = _date_forms(day)
        if self.keep_date:
            return forms[self.date_form]
        return rng.choice(forms)

    def time(self) -> str:
        step = (3, 25) if self.style.register == "lines" else (5, 90)
        self.clock = min(self.clock + self.rng.randint(*step), 23 * 60 + 50)
        h, m = divmod(self.clock, 60)
        return (f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}hrs",
                f"{(h - 1) % 12 + 1}.{m:02d}{'am' if h < 12 else 'pm'}", f"{h:02d}.{m:02d}")[self.time_form]  # fmt: skip

    def address(self, wrong: bool, block: bool) -> None:
        c, rng = self.case, self.rng
        if wrong:
            house = rng.randint(1, 140)
            street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
            while street == c.street:
                street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
            self.put(f"{house} {street}, {rng.choice(LOCALITIES[c.town])}, {c.town}", "ADDRESS")
            return
        flat = f"Flat {c.flat}" if c.flat else ""
        if block:
            lines = ([f"{flat}, {c.house} {c.street}"] if flat else [f"{c.house} {c.street}"]) + [
                c.locality, c.town]
            self.put("\n".join(lines), "ADDRESS")
            sep = "\n"
        else:
            form = self.addr_form
            bits = ([flat] if flat else []) + [f"{c.house} {c.street}", c.locality, c.town]
            value = ", ".join(bits) if form == "comma" else " ".join(bits)
            if form == "upper":
                value = value.upper()
            self.put(value, "ADDRESS")
            sep = ", " if form == "comma" else " "
        self.text += sep
        pc = c.postcode
        pc = {"norm": pc, "none": pc.replace(" ", ""), "two": pc.replace(" ", "  "),
              "lower": pc.lower()}[self.pc_form]  # fmt: skip
        self.put(pc, "POSTCODE")

    def age(self) -> None:
        c, rng = self.case, self.rng
        n = c.age
        label = "AGE" if n > 89 else "NEG"
        if c.age_words:
            words = _words(n)
            if rng.random() < 0.5:
                self.text += "aged "
                self.put(words, label)
            else:
                self.put(words, label)
                self.text += " years of age" if rng.random() < 0.5 else " years old"
            return
        if c.style.child:
            pre, post = rng.choice((("aged ", ""), ("", " years old"), ("age ", "")))
        else:
            pre, post = rng.choice((("aged ", ""), ("", "yo"), ("", " y/o"), ("", " years old"),
                                    ("age ", ""), ("", "y"), ("", " yrs")))  # fmt: skip
        self.text += pre
        self.put(str(n), label)
        self.text += post

    def nhs(self) -> str:
        n = self.case.nhs
        return {"plain": n, "spaced": f"{n[:3]} {n[3:6]} {n[6:]}",
                "dashed": f"{n[:3]}-{n[3:6]}-{n[6:]}"}[self.case.nhs_layout]  # fmt: skip

    def patient_relation(self) -> str:
        return self.case.rel

    def slot(self, name: str) -> None:
        c, rng = self.case, self.rng
        simple = {
            "dob": lambda: (rng.choice(_date_forms(c.dob)[:19]), "DATE"),
            "nhs": lambda: (self.nhs(), "NHS_NUMBER"),
            "hosp": lambda: (c.hosp, "HOSPITAL_NUMBER"),
            "ward": lambda: (self.wards[0], "LOCATION"),
            "ward2": lambda: (self.wards[1], "LOCATION"),
            "home": lambda: (self.home, "LOCATION"),
            "street": lambda: (f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}", "LOCATION"),
            "hospital": lambda: (self.hospital, "ORGANISATION"),
            "hospital2": lambda: (self.hospital2, "ORGANISATION"),
            "trust": lambda: (self.trust, "ORGANISATION"),
            "gp": lambda: (self.gp, "ORGANISATION"),
            "council": lambda: (c.council, "ORGANISATION"),
            "prov": lambda: (self.prov, "ORGANISATION"),
            "ref": lambda: (self.refs[0], "ID"),
            "ref2": lambda: (self.refs[1], "ID"),
            "phone": lambda: (self.phone, "PHONE"),
            "mob": lambda: (self.mob, "PHONE"),
            "email": lambda: (f"{self.mailbox}@{self.domain}" if rng.random() < 0.5
                              else f"{_slug(c.town)}.{self.mailbox}@nhs.net", "EMAIL"),  # fmt: skip
            "email2": lambda: (self.personal_email(), "EMAIL"),
            "url": lambda: (self.url(), "URL"),
            "rel": lambda: (c.rel, None),
            "prel": lambda: ("mother" if c.people["p"].sex == "F" else "father", None),
            "time": lambda: (self.time(), None),
            "date": lambda: (self.next_date(), "DATE"),
            "ldate": lambda: (self.next_date(letter_date=True), "DATE"),
        }
        if name == "addr":
            self.address(False, False)
        elif name == "addrb":
            self.address(False, True)
        elif name == "addr2":
            self.address(True, False)
        elif name == "age":
            self.age()
        else:
            value, label = simple[name]()
            self.put(value, label)

    def personal_email(self) -> str:
        who = self.case.people[self.style.mail]
        rng = self.rng
        local = rng.choice((f"{_slug(who.first)}.{_slug(who.last)}", f"{_slug(who.first)}{rng.randint(10, 99)}",
                            f"{_slug(who.first)[0]}{_slug(who.last)}{rng.randint(1, 9)}"))  # fmt: skip
        return f"{local}@{rng.choice(('gmail.com', 'outlook.com', 'btinternet.com', 'yahoo.co.uk', 'hotmail.co.uk', 'icloud.com'))}"

    def url(self) -> str:
        rng = self.rng
        return rng.choice((
            f"https://www.{self.domain}/learning-from-incidents",
            f"www.{self.domain}/feedback",
            f"https://forms.office.com/r/{self._ref('@#@@#@#@')}",
            f"https://intranet.{self.domain}/safety/bulletin-{rng.randint(10, 99)}",
        ))  # fmt: skip

    def render(self, template: str) -> None:
        pos = 0
        for match in _SLOTS.finditer(template):
            self.text += template[pos : match.start()]
            pos = match.end()
            who, form, term = match.groups()
            if term:
                self.put(term, "NEG")
            elif form:
                self.name(who, form)
                if self.text.endswith(".") and template[pos : pos + 1] == ".":
                    pos += 1
            else:
                self.slot(who)
        self.text += template[pos:]


# -- composing a text -----------------------------------------------------------------------


def _estimate(template: str) -> int:
    return len(_SLOTS.sub("x x", template).split())


def _plan(rng: random.Random, style: Style) -> list[str]:
    register = style.register
    mean, sd, lo, hi = (270, 30, 225, 330) if register == "letter" else (305, 35, 235, 370)
    target = min(hi, max(lo, int(rng.gauss(mean, sd))))
    body = list(style.core)
    extras = list(style.extras)
    rng.shuffle(extras)
    header, ending = rng.choice(style.headers), rng.choice(style.endings)
    total = sum(map(_estimate, [header, ending, *body]))
    for extra in extras:
        if total >= target:
            break
        body.insert(rng.randint(2, len(body)), extra)
        total += _estimate(extra)
    shared = list(_shared(style))
    rng.shuffle(shared)
    for line in shared:
        if total >= target:
            break
        text = style.topup.replace("{text}", line) if register == "lines" else line
        body.append(text)
        total += _estimate(text)
    return [header, *body, ending]


def _compose(rng: random.Random, style: Style) -> _Composer:
    plan = _plan(rng, style)
    composer = _Composer(rng, style, plan)
    register = style.register
    header, *body, ending = plan
    composer.render(header)
    composer.text += "\n\n" if register != "lines" else "\n"
    run = 0
    breaks = 3 if register == "letter" else rng.randint(3, 5)
    for index, sentence in enumerate([*body, ending]):
        if index:
            if register == "lines":
                composer.text += "\n"
            elif run >= breaks or sentence is ending or sentence.startswith("Dear "):
                composer.text += "\n\n"
                run = 0
                breaks = 3 if register == "letter" else rng.randint(3, 5)
            else:
                composer.text += " "
        composer.render(sentence)
        run += 1
    return composer


def example(rng: random.Random, number: int, style: Style | None = None) -> Example:
    return _example_with_negatives(rng, number, style)[0]


def _example_with_negatives(
    rng: random.Random, number: int, style: Style | None = None
) -> tuple[Example, list[tuple[int, int]]]:
    style = style or rng.choice(STYLES)
    while True:
        composer = _compose(rng, style)
        words = len(composer.text.split())
        if LOW_WORDS <= words <= HIGH_WORDS:
            break
    case = composer.case
    gold = tuple(sorted(composer.gold, key=lambda s: s.start))
    out = Example(
        id=f"{PREFIX}-{number:06d}",
        text=composer.text,
        known=case.known if case.has_record else {},
        gold=gold,
        kind=style.name,
    )
    return out, sorted(composer.negatives)


def generate_with_negatives(
    count: int, seed: int = 1
) -> Iterator[tuple[Example, list[tuple[int, int]]]]:
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _example_with_negatives(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    for item, _ in generate_with_negatives(count, seed):
        yield item


def alternatives() -> int:
    return sum(style.alternatives() for style in STYLES) + len(SHARED) + len(SHARED_LINES)


def _shared(style: Style) -> tuple[str, ...]:
    return SHARED_LINES if style.register == "lines" else SHARED


# -- shared top-up sentences ----------------------------------------------------------------

SHARED = (
    "The review panel noted that the <<Datix>> was graded as moderate harm.",
    "{s2.tfull} checked the electronic record and found that the entries on {date} were completed late.",
    "The family were given the direct line for the patient safety team, {phone}, and the mailbox {email}.",
    "Learning will be shared through the safety huddle and the trust's page at {url}.",
    "A duty of candour conversation was held with {r.title} and recorded under {ref2}.",
    "The panel could find no evidence that <<NICE>> guidance had been read by the team on the shift.",
    "{o4.full}, a student nurse on placement, gave a short account and was supported by {s1.first}.",
    "The notes show a <<NEWS2 of 6>> that was escalated to {d.title} but not repeated.",
    "It is not clear from the record who updated the whiteboard in <<bay 3>> that night.",
    "{s1.init} wrote a reflective account which the panel read with the staff member's consent.",
    "Our records hold the patient's NHS number as {nhs} and the hospital number as {hosp}.",
    "Any questions about this report can be sent to {email} quoting {ref}.",
    "The shift was short of one registered nurse and the handover was interrupted twice.",
    "The case has been discussed with <<the ICB>> quality lead and no report to <<the CQC>> was required.",
)
SHARED_LINES = (
    "{s2.init} reviewed obs, informed {d.title}",
    "handover given to {o4.full} (bank), no new concerns raised",
    "<<Datix>> {ref} updated by {s1.first}",
    "{r.title} rang the ward on {phone} asking for an update",
    "{s1.full} documented in <<Nervecentre>>",
    "message left on {mob} for {r.first}, no answer",
    "escalated to site team, {o5.full} on bleep, awaiting call back",
    "patient settled, <<falls sensor mat>> in place, {s2.first} aware",
    "{d.title} reviewed on the ward round, plan unchanged",
    "status: open, owner {s1.jh}",
    "no further entries for <<two hours>>",
    "copy of entry sent to {email}",
    "{o4.full} (porter) collected the notes to take to {hospital}",
    "safety huddle: case discussed, learning to go in the bulletin at {url}",
)


# -- the styles -----------------------------------------------------------------------------

_CSV = '{date},{time},"{text}"'
_TABLE = "| {date} | {time} | {text} |"
_STAMP = "[{date} {time}] {s1.first}: {text}"

STYLES = (
    Style(
        "bowel_prep_hyponatraemia_review", "prose",
        "endoscopy review, bowel preparation before a colonoscopy and a low sodium with a fall at home (old)",
        ("Endoscopy incident review, {trust}. Ref {ref}.",
         "Patient safety review: {p.full}, NHS {nhs}, bowel preparation and hyponatraemia ({ref})."),
        ("{p.tfull}, {age}, of {addr}, was sent two sachets of bowel preparation by post before a colonoscopy at {hospital} on {date}.",
         "The leaflet told {p.first} to drink freely but did not mention {p.poss} <<Addison's disease>> or the <<hydrocortisone>> taken each morning.",
         "{p.title} was found on the kitchen floor by {p.poss} {rel}, {r.full}, and brought in with a sodium of 118 and a <<GCS 12/15>>.",
         "{d.tfull} on {ward} corrected the sodium slowly over <<48 hours>> and asked {s1.full} to review the pre-assessment call.",
         "The call on {date} lasted <<20 minutes>> and was made by {s1.first}, who used the older checklist on <<Lorenzo>>."),
        ("The practice, {gp}, had sent a letter on {date} listing the <<hydrocortisone>> but it was scanned to the wrong episode.",
         "{r.first} said on {mob} that {p.first} had drunk <<1 litre>> in an hour because the leaflet said to keep going.",
         "{o1m.full}, the endoscopy coordinator, confirmed the pack was posted <<a week>> early without a phone check.",
         "A <<Clinical Frailty Scale 7>> was recorded in clinic but not copied to the booking system.",
         "The <<MUST score 2>> and poor oral intake were in the district nursing notes held by {council}."),
        ("Contact: {s2.full}, endoscopy lead nurse, {email}.", "Report agreed by {d.title} on {date}."),
        refs=("BPH-#####", "EN/####/@@"), old=True,
    ),
    Style(
        "lithium_level_not_checked_review", "prose",
        "community mental health review, a lithium level not checked for months before toxicity",
        ("Community mental health team review {ref}, {trust}.",
         "Serious incident learning review: lithium monitoring, {p.full} ({hosp})."),
        ("{p.tfull}, {age}, lives at {addr} and had taken <<lithium>> for bipolar disorder since before moving to the area.",
         "The shared care agreement with {gp} said <<lithium>> levels were due every three months, but the last was taken on {date}.",
         "On {date} {p.first} was brought to {hospital} by {r.full}, {p.poss} {rel}, with a coarse tremor, vomiting and a <<GCS 14>>.",
         "{d.tfull} found a level above the toxic range and an <<eGFR>> that had fallen since a course of <<co-amoxiclav>>.",
         "{s1.tfull}, the care coordinator, told the panel that the recall list on <<SystmOne>> had not run after a system update."),
        ("{s2.full}, a community pharmacist on {street}, had queried the <<lithium>> repeat on {date} by phone to {phone}.",
         "{r.first} said the family had rung the practice twice in <<a fortnight>> and were told the blood test was not urgent.",
         "The team caseload was {o1f.full}'s for <<a month>> while the post was vacant.",
         "A <<4AT of 6>> on arrival was read as delirium rather than toxicity for <<six hours>>.",
         "{o2m.full}, the GP partner, agreed the <<SystmOne>> recall should sit with the practice from now on."),
        ("Enquiries: {email}, reference {ref2}.", "Signed off by {d.title} and {s1.init} on {date}."),
        refs=("LIT-#####", "CM/####/@@"),
    ),
    Style(
        "clozapine_constipation_death_sjr", "prose",
        "structured judgement review of a death from bowel obstruction in a patient on clozapine",
        ("Structured judgement review (SJR) {ref}: {p.caps}, NHS {nhs}.",
         "SJR, {trust}. Patient {p.full}, hospital number {hosp}."),
        ("{p.full}, {age}, died on {ward} at {hospital} on {date} after a bowel obstruction.",
         "{p.title} had taken <<clozapine>> for many years and lived at {addr} with support from {prov}.",
         "The <<Bristol stool type 7>> entries in the chart were overflow, and no one had recorded an opened bowel for <<ten days>>.",
         "{d.tfull} reviewed on {date} and prescribed <<Movicol>> and <<senna>>, but the chart was not checked again.",
         "The reviewer, {s1.tfull}, judged the phase of care on the ward as poor and the death as possibly avoidable."),
        ("The support worker, {o1f.full}, had told {s2.first} that {p.first} was eating less for <<three days>>.",
         "{r.tfull}, {p.poss} {rel}, has asked for a copy of this review and the <<LeDeR>> report at {email2}.",
         "A <<NEWS2 of 8>> at {time} was escalated by {s2.full} to the outreach team.",
         "The <<clozapine>> clinic letters from {hospital2} did not mention constipation as a risk.",
         "The SJR was referred on to <<LeDeR>> under {ref2}."),
        ("Reviewer: {s1.full}, {email}.", "Overall care score agreed on {date}."),
        refs=("SJR-####", "MO/####/@"), provider=("Harbour Step Supported Living", "Keystone Care Partnerships"),
    ),
    Style(
        "gentamicin_level_timing_review", "prose",
        "medicines safety review, a gentamicin level taken at the wrong time and a second dose given",
        ("Medication incident review {ref}, {hospital}.",
         "Antimicrobial stewardship review: {p.full}, {hosp}."),
        ("{p.tfull}, {age}, was admitted to {ward} on {date} with pyelonephritis and started on <<gentamicin>>.",
         "The level was drawn at {time}, two hours earlier than the chart said, by {o1f.full}, a phlebotomist new to the ward.",
         "{s1.full} read the result against the wrong graph on <<Nervecentre>> and gave the second dose on {date}.",
         "{d.tfull} found a rising creatinine, an <<eGFR>> of 31 and a ringing in the ears that {p.first} had mentioned to {p.poss} {rel}.",
         "{r.full} said on {mob} that nobody had explained why the <<gentamicin>> blood test mattered."),
        ("The <<vancomycin>> and <<gentamicin>> guide on the intranet had been updated but the laminated copy in <<bay 6>> had not.",
         "The pharmacist, {s2.full}, was covering three wards and <<bleep 2207>> that day.",
         "{s1.init} said the timing box on <<Nervecentre>> was greyed out.",
         "{o2m.full} from the laboratory confirmed the sample time printed on the <<TrakCare>> label.",
         "An audiology referral to {hospital2} for the <<gentamicin>> toxicity was made on {date}."),
        ("Contact the medicines safety officer at {email}.", "Review closed by {d.title} on {date}."),
        refs=("GEN-####", "MS/####/@@"),
    ),
    Style(
        "nil_by_mouth_hypoglycaemia_review", "prose",
        "surgical ward review, a patient with diabetes left nil by mouth for a cancelled list and found hypoglycaemic (old)",
        ("Surgical division review, {trust}, {ref}.", "Review: hypoglycaemia while nil by mouth, {p.full}, NHS {nhs}."),
        ("{p.tfull}, {age}, of {addr}, was listed for a hernia repair at {hospital} on {date} and kept nil by mouth from midnight.",
         "The list was cancelled at {time}, but the <<insulin glargine>> had already been given and no one restarted food.",
         "{s1.full} found {p.title} sweaty and confused with a <<glucose 2.1>> in <<bed 22>>.",
         "{d.tfull} gave glucose and asked {s2.full} to check the <<blood glucose meter>> record.",
         "The meter showed no check for <<six hours>>, and {p.poss} {rel}, {r.tfull}, had been told all was well."),
        ("The theatre coordinator, {o1f.full}, phoned {ward} but the message was taken by {o2m.full}, an agency nurse in <<bay 3>>.",
         "{r.first} asked for the letter to go to {addr2}, where {p.first} is staying.",
         "The diabetes team, contacted on {phone}, had no referral on <<TrakCare>>.",
         "<<Alzheimer's disease>> was recorded in the front sheet and {p.nick} could not say that {p.first} felt unwell.",
         "The <<Clinical Frailty Scale 7>> was noted at pre-assessment on {date}."),
        ("Reply to {email}.", "Agreed at the surgical governance meeting, {date}."),
        refs=("NBM-#####", "SG/####/@"), old=True,
    ),
    Style(
        "potassium_infusion_rate_review", "prose",
        "critical care outreach review, concentrated potassium chloride run through a gravity set",
        ("Never event review {ref}: potassium, {hospital}.", "Medicines incident {ref}, {p.full}."),
        ("{p.tfull}, {age}, was on {ward} on {date} with a <<potassium 6.8>> after treatment the day before and a low level the next morning.",
         "A bag of <<potassium chloride>> was hung through a gravity set because the <<Alaris pump>> in the bay was in use.",
         "{s1.full} noticed the bag had emptied in <<90 minutes>> and called the outreach team at {time}.",
         "{d.tfull} found a <<HR 128>> with ectopics and moved {p.first} to {ward2}.",
         "{p.poss} {rel}, {r.full}, was told the same evening by {s2.tfull} that the <<Datix>> was raised."),
        ("Pumps were counted on {date}: the ward had two fewer <<Alaris pump>> sets than its list.",
         "{o1m.full}, the medical engineering technician, said two pumps had been away for service for <<a fortnight>>.",
         "{s1.first} had used <<Sando-K>> on a previous ward and thought the bag was the same strength.",
         "<<the MHRA>> alert on potassium was on the noticeboard but out of date.",
         "{r.first} can be reached on {mob}."),
        ("Questions to {email}.", "Closed by the medicines safety group on {date}."),
        refs=("KCL-####", "PK/####/@@"),
    ),
    Style(
        "school_trip_buccal_midazolam_review", "prose",
        "children's community nursing review, rescue midazolam left behind on a school trip (child)",
        ("Children's community nursing review {ref}.", "Review of care: {p.full}, {hosp}, school trip seizure."),
        ("{p.full}, {age}, has epilepsy and a care plan for <<Buccolam>> written by {s1.tfull} on {date}.",
         "On {date} the class went to a farm near {p.poss} home at {addr}, and the medicine bag with the <<Buccolam>> stayed in the school office.",
         "{p.first} had a seizure lasting more than five minutes and the teaching assistant, {o1f.full}, rang 999 at {time}.",
         "Paramedics gave <<midazolam>> and {p.first} was taken to {hospital}, where {d.tfull} saw {p.first} on {ward}.",
         "{r.tfull}, {p.poss} {rel}, says the school had been told twice about the bag, most recently by e-mail from {email2}."),
        ("The head teacher, {o2m.full}, said the trip form had no space for <<Buccolam>> or <<salbutamol>>.",
         "{s2.full} had trained four staff on {date}, but none of them went on the trip <<a month>> later.",
         "The plan on <<SystmOne>> had not been updated after a <<Buccolam>> dose change.",
         "{r.first} can be contacted on {mob}.",
         "The school nursing team at {council} has asked for the <<SystmOne>> plan to be copied to every trip leader."),
        ("Contact {s1.full} at {email}.", "Agreed with the family on {date}."),
        refs=("CCN-####", "SN/####/@"), child=True,
    ),
    Style(
        "bed_rail_entrapment_review", "prose",
        "ward review, a patient with dementia trapped between a bed rail and the mattress at night (old)",
        ("Falls and bed safety review {ref}, {hospital}.", "Review: entrapment, {p.full}, NHS {nhs}."),
        ("{p.tfull}, {age}, from {home}, was admitted to {ward} on {date} with a chest infection and <<Lewy body dementia>>.",
         "The <<bed rails>> were raised at night although the assessment on admission said they should not be used.",
         "At {time} {s1.full} found {p.first} with a leg trapped between the rail and a <<Ripple mattress>>.",
         "{d.tfull} found bruising but no fracture, and {p.poss} {rel}, {r.full}, was phoned on {mob}.",
         "{s2.full} said a <<low-low bed>> had been requested on {date} but none was free."),
        ("The manager of {home}, {o1f.full}, said {p.nick} had never had <<bed rails>> at the home.",
         "The mattress was the wrong size for the <<low-low bed>> frame, according to {o2m.full} from the equipment store.",
         "The <<falls sensor mat>> was unplugged when the bed was moved to <<bay 3>>.",
         "{r.first} asked that letters go to {addr2}.",
         "The advice from <<the MHRA>> on rails had not reached the ward."),
        ("Report held under {ref2}; contact {email}.", "Reviewed by {d.title} on {date}."),
        refs=("BRE-#####", "FS/####/@@"), old=True,
    ),
    Style(
        "wrong_blood_in_tube_review", "prose",
        "transfusion review, a sample labelled away from the bedside with another patient's details",
        ("Transfusion incident review {ref}.", "Hospital transfusion team: wrong blood in tube, {p.full}."),
        ("On {date} a group and save sample for {p.tfull}, {age}, hospital number {hosp}, came back a different blood group from the record.",
         "The sample had been taken by {s1.full} in <<bay 6>> and labelled at the desk with labels printed for the patient in <<bed 9>>.",
         "{d.tfull} stopped a planned transfusion for an <<Hb 68>> until a second sample was checked.",
         "{s1.first} said the <<wristband printer>> was broken and labels had been printed in advance.",
         "{p.title} and {p.poss} {rel}, {r.full}, were told on {date}."),
        ("The laboratory scientist, {o1m.full}, spotted the change against the historical group on <<TrakCare>>.",
         "The other patient, {o2f.full}, in <<bed 9>> was not harmed.",
         "{s2.init} had reported the printer fault to the help desk on {phone}.",
         "The <<TrakCare>> record showed both labels printed at {time}.",
         "The case was reported to SHOT and <<the MHRA>> under {ref2}."),
        ("Transfusion practitioner: {s2.full}, {email}.", "Signed {d.initd} on {date}."),
        refs=("WBT-####", "TX/####/@"),
    ),
    Style(
        "peg_tube_dislodged_at_home_review", "prose",
        "community review, a dislodged feeding tube at home and a weekend with no route for medicines (old)",
        ("Community services review {ref}, {trust}.", "Review of a <<PEG tube>> dislodgement: {p.full}, NHS {nhs}."),
        ("{p.tfull}, {age}, of {addr}, has a <<PEG tube>> after a stroke and is cared for by {p.poss} {rel}, {r.full}.",
         "On {date} the tube came out and {r.first} rang the community nursing line on {phone} at {time}.",
         "The call was taken by {o1f.full}, who logged it as routine for the next weekday on <<SystmOne>>.",
         "{p.first} missed <<levetiracetam>> doses <<over the weekend>> and had a seizure on {date}.",
         "{d.tfull} at {hospital} replaced the <<PEG tube>> and asked {s1.full} to review the call handling."),
        ("{s2.full} said the tube had been loose for <<a week>> at the visit on {date}.",
         "{r.first} had e-mailed {email2} to the team but the message went to an old address.",
         "The <<NG tube>> pathway was used by mistake on <<SystmOne>>.",
         "The dietitian, {o2m.full}, had planned a review in <<a fortnight>>.",
         "The family were supplied by {prov}."),
        ("Contact {email}.", "Agreed on {date} by {s1.init}."),
        refs=("PEG-#####", "CN/####/@@"), old=True, provider=("Nutricia Homeward", "Fresenius Kabi Calea"),
    ),
    Style(
        "syringe_driver_battery_failure_review", "prose",
        "hospice at home review, a syringe driver battery failed overnight and symptoms were uncontrolled (old)",
        ("Hospice at home review {ref}.", "End of life care review: {p.full}, {hosp}."),
        ("{p.tfull}, {age}, was dying at home at {addr}, with a <<CME T34 syringe driver>> set up on {date}.",
         "The battery failed <<overnight>> and the alarm was not heard by {p.poss} {rel}, {r.full}.",
         "{r.first} rang the out-of-hours number, {phone}, at {time}, and {s1.full} arrived at {time}.",
         "Injections of <<oxycodone>> and <<midazolam>> were given, and {d.tfull} visited on {date}.",
         "{p.first} died on {date} with the family present."),
        ("{s2.full} had changed the <<CME T34 syringe driver>> battery on {date} but recorded it only on paper.",
         "The community pharmacy on {street} supplied the <<midazolam>> and <<oxycodone>>.",
         "{o1m.full}, a neighbour, helped {r.first} find the key safe code.",
         "{r.tfull} wrote to {email} to thank the night nurse.",
         "The driver was checked by {o2f.full} from medical engineering."),
        ("Contact: {s1.full}, {email}.", "Closed by the hospice governance group on {date}."),
        refs=("HAH-####", "EL/####/@"), old=True,
    ),
    Style(
        "bowel_chart_gap_csv", "lines",
        "ward bowel chart pasted as CSV, no bowel action recorded for days in a patient on opioids (old)",
        ("date,time,entry\n{date},{time},\"Bowel chart export for {p.caps}, {hosp}, {ward}\"",
         "date,time,note\n{date},{time},\"Chart pasted by {s1.full} for review {ref}, patient {p.full}, {age}\""),
        ('{date},{time},"{p.first} reports no bowel action, <<Bristol stool type 7>> smear only, {s1.init}"',
         '{date},{time},"<<morphine sulfate>> <<2mg>> chart query raised with {d.title}"',
         '{date},{time},"{r.full} ({rel}) says {p.first} is off food, rang from {mob}"',
         '{date},{time},"abdomen distended, {d.title} informed, <<NEWS2 of 6>>"',
         '{date},{time},"transferred to {ward2} for review, {s2.full} handed over"'),
        ('{date},{time},"<<senna>> given by {s2.init}"',
         '{date},{time},"<<Movicol>> refused, {s1.first} to retry"',
         '{date},{time},"no entry for <<36 hours>>, queried by {o1f.full}"',
         '{date},{time},"home address {addr} confirmed for discharge letter"',
         '{date},{time},"{o4.full} (HCA) recorded bowels not opened <<overnight>>"'),
        ('{date},{time},"export ends, <<Datix>> {ref2}"', '{date},{time},"sent to {email}"'),
        refs=("BWC-####", "BC/####/@@"), old=True, topup=_CSV,
    ),
    Style(
        "glucose_meter_download_csv", "lines",
        "blood glucose meter download pasted as CSV, repeated low readings not acted on",
        ("date,time,reading\n{date},{time},\"Meter download for {p.full}, NHS {nhs}, {ward}\"",
         "date,time,detail\n{date},{time},\"Point of care export, {hosp}, {p.caps}, ref {ref}\""),
        ('{date},{time},"<<glucose 2.1>> recorded by {s1.init}, no repeat"',
         '{date},{time},"<<NovoRapid>> given by {s1.full}, <<10 units>>"',
         '{date},{time},"{d.title} bleeped on <<bleep 2207>>, no answer"',
         '{date},{time},"{p.first} drowsy, <<GCS 14>>, {s2.full} gave glucose gel"',
         '{date},{time},"{r.tfull} rang {phone} asking why {p.first} was confused"'),
        ('{date},{time},"<<ketones 4.2>> on <<ketone meter>>, operator {s2.init}"',
         '{date},{time},"<<blood glucose meter>> operator ID not recognised, user {o1m.full}"',
         '{date},{time},"diabetes team e-mailed at {email}"',
         '{date},{time},"{o4.full} checked the <<blood glucose meter>> against the control solution"',
         '{date},{time},"patient {age}, <<Humulin I>> held by {d.title}"'),
        ('{date},{time},"export by {s1.full}, case {ref2}"', '{date},{time},"end of file"'),
        refs=("BGM-#####", "PC/####/@"), topup=_CSV,
    ),
    Style(
        "night_handover_sheet_table", "lines",
        "night handover sheet pasted as a pipe table, a deteriorating patient lost between two handovers",
        ("| date | time | entry |\n| {date} | {time} | Handover sheet, {ward}, nurse in charge {s1.full} |",
         "| date | time | entry |\n| {date} | {time} | Copy for review {ref}: {p.full} ({hosp}) |"),
        ("| {date} | {time} | {p.caps}, {age}, <<bed 22>>, <<NEWS2 of 6>>, for review by {d.title} |",
         "| {date} | {time} | {s2.full} took over, not told of the pending <<lactate 4.4>> |",
         "| {date} | {time} | {p.first} more breathless, <<SpO2 86%>>, outreach called by {s2.init} |",
         "| {date} | {time} | {r.full} ({rel}) arrived, updated by {d.title} |",
         "| {date} | {time} | transferred to {ward2}, escort {o4.full} |"),
        ("| {date} | {time} | <<PICC line>> flushed by {o1f.full} |",
         "| {date} | {time} | {r.first} asks for a call on {mob} |",
         "| {date} | {time} | <<Datix>> raised by {s1.first}, ref {ref2} |",
         "| {date} | {time} | bloods chased with lab, {o2m.full} |",
         "| {date} | {time} | {p.nick} settled, <<two hours>> sleep |"),
        ("| {date} | {time} | sheet copied to {email} |", "| {date} | {time} | end of handover, {s1.init} |"),
        refs=("NHO-####", "HS/####/@@"), topup=_TABLE,
    ),
    Style(
        "gentamicin_chart_pasted_table", "lines",
        "aminoglycoside monitoring chart pasted as a pipe table, doses given before levels came back",
        ("| date | time | entry |\n| {date} | {time} | <<gentamicin>> chart for {p.full}, {hosp} |",
         "| date | time | entry |\n| {date} | {time} | Chart review {ref}, {ward}, {p.caps} |"),
        ("| {date} | {time} | dose 1 given by {s1.full}, checked {s2.init} |",
         "| {date} | {time} | <<gentamicin>> level taken by {o1f.full}, sample time not written |",
         "| {date} | {time} | dose 2 given by {s2.full}, level not back |",
         "| {date} | {time} | {d.title} reviewed, creatinine rising, <<eGFR>> falling, stop |",
         "| {date} | {time} | {r.tfull} informed on {mob} |"),
        ("| {date} | {time} | pharmacist {o2m.full} queried the timing |",
         "| {date} | {time} | switched to <<co-amoxiclav>> by {d.title} |",
         "| {date} | {time} | patient {age}, <<eGFR>> 38 |",
         "| {date} | {time} | <<Nervecentre>> task closed by {s1.init} |",
         "| {date} | {time} | audiology referral to {hospital2} |"),
        ("| {date} | {time} | copy to {email} |", "| {date} | {time} | reviewed {ref2} |"),
        refs=("AMG-#####", "GM/####/@"), topup=_TABLE,
    ),
    Style(
        "switchboard_crash_call_log", "lines",
        "switchboard crash call log, a cardiac arrest call put out to the wrong building (old)",
        ("[{date} {time}] {s1.first}: switchboard log opened, ref {ref}",
         "[{date} {time}] {s1.first}: crash call log for review, {hospital}"),
        ("[{date} {time}] {s1.first}: 2222 call from {ward}, caller {s2.full}, adult arrest",
         "[{date} {time}] {s1.first}: team put out to {hospital2} by mistake",
         "[{date} {time}] {s1.first}: {s2.first} rang again, patient {p.full}, {age}",
         "[{date} {time}] {s1.first}: {d.title} arrived, <<Oxylog>> requested",
         "[{date} {time}] {s1.first}: family contact {r.full} on {mob}"),
        ("[{date} {time}] {s1.first}: <<bleep system>> fault logged by {o1m.full}",
         "[{date} {time}] {s1.first}: porter {o4.full} sent with the <<Dinamap>>",
         "[{date} {time}] {s1.first}: NHS {nhs} read back by {s2.init}",
         "[{date} {time}] {s1.first}: estates {o2f.full} called on {phone}",
         "[{date} {time}] {s1.first}: <<Datix>> {ref2} raised"),
        ("[{date} {time}] {s1.first}: log sent to {email}", "[{date} {time}] {s1.first}: log closed"),
        refs=("SWB-####", "CR/####/@@"), old=True, topup=_STAMP,
    ),
    Style(
        "ward_group_chat_export", "lines",
        "ward staff group chat exported, a patient's photograph shared and a missing person search (old)",
        ("[{date} {time}] {s1.first}: exported chat, {ward}, for review {ref}",
         "[{date} {time}] {s1.first}: chat copy requested by {s2.full}"),
        ("[{date} {time}] {s1.first}: has anyone seen {p.nick} from <<bed 9>>, {age}, wandering",
         "[{date} {time}] {s1.first}: {o1f.full} saw {p.first} near the main entrance",
         "[{date} {time}] {s1.first}: security {o2m.full} checking cameras, <<20 minutes>> missing",
         "[{date} {time}] {s1.first}: police given NHS {nhs} and address {addr}",
         "[{date} {time}] {s1.first}: found by {o4.full} on {street}, back on the ward"),
        ("[{date} {time}] {s1.first}: photo of {p.first} posted by {s2.init}, deleted",
         "[{date} {time}] {s1.first}: {r.tfull} told on {phone}",
         "[{date} {time}] {s1.first}: <<falls sensor mat>> was off",
         "[{date} {time}] {s1.first}: {d.title} to review on return",
         "[{date} {time}] {s1.first}: <<4AT of 6>> earlier"),
        ("[{date} {time}] {s1.first}: chat sent to {email}", "[{date} {time}] {s1.first}: end"),
        refs=("MPS-####", "WC/####/@"), old=True, topup=_STAMP,
    ),
    Style(
        "coroner_prevention_report_response_letter", "letter",
        "trust's response to a coroner's prevention of future deaths report after a fall (old)",
        ("{trust}\nOffice of the Medical Director\n\nHM Senior Coroner\nOur ref: {ref}\n{ldate}",
         "Our ref: {ref}\n{ldate}\n\nTo the Assistant Coroner\nRe: the late {p.tfull}, {age}"),
        ("Dear Sir or Madam,\n\nThank you for the report issued after the inquest into the death of {p.full}, born {dob}, of {addr}.",
         "{p.title} fell on {ward} at {hospital} on {date}, and a head scan was not requested for <<six hours>> despite a <<GCS 12/15>>.",
         "{p.first} was taking <<apixaban>>, and the <<NICE>> head injury pathway was not followed by {d.tfull}.",
         "Since then {s1.tfull} has led a change on <<Nervecentre>> so that a fall on an anticoagulant is scanned within the hour.",
         "We have written to {p.poss} {rel}, {r.tfull}, to share this response before it goes to <<the CQC>>."),
        ("The family's questions were answered at a meeting on {date} with {s2.full}.",
         "The <<bed rails>> assessment on <<Nervecentre>> now opens after every fall.",
         "{o1f.full}, the patient's advocate, attended the inquest.",
         "Our falls audit for {date} showed <<48 hours>> between fall and review in two cases.",
         "Further copies can be requested from {email}."),
        ("Yours faithfully,\n\n{d.tfull}\nMedical Director", "Yours sincerely,\n\n{s1.full}\nHead of Patient Safety, {trust}"),
        refs=("PFD-####", "CO/####/@@"), old=True,
    ),
    Style(
        "sjr_second_review_request_email", "letter",
        "mortality lead's e-mail asking a second reviewer to look at a death judged poor care",
        ("From: {s1.full} <{s1.email}>\nTo: {d.email}\nDate: {ldate}\nSubject: second stage SJR {ref}",
         "Sent: {ldate}\nFrom: mortality team <{email}>\nTo: {s2.email}\nSubject: SJR {ref}, second review"),
        ("Dear {d.title},\n\nI would be grateful for a second review of the death of {p.full}, NHS {nhs}, hospital number {hosp}.",
         "{p.first}, {age}, died on {ward} on {date} after a <<Stevens-Johnson syndrome>> reaction that was recognised late.",
         "The first reviewer, {s2.tfull}, scored the care in the first <<24 hours>> as poor.",
         "{p.poss} {rel}, {r.full}, has raised concerns with <<the Ombudsman>> and through {email2} and asked to be kept informed.",
         "The notes are on <<Lorenzo>> and the medicines chart was scanned on {date}."),
        ("Lamotrigine was started by {o1m.full}, a locum, on {date}, alongside <<levetiracetam>>.",
         "{s1.first} can be reached on {phone}.",
         "{o2f.full} from the dermatology team at {hospital2} saw {p.first} on {date}.",
         "The case will go to the mortality meeting under {ref2}.",
         "Please reply within <<a fortnight>> if possible."),
        ("Many thanks,\n{s1.full} | Mortality lead | {trust} | {phone}", "Kind regards,\n{s1.first}\nMortality surveillance team"),
        refs=("SJR2-####", "MR/####/@"),
    ),
    Style(
        "discharge_without_care_package_complaint_letter", "letter",
        "relative's complaint letter, a parent sent home at night with no care in place (old)",
        ("{r.tfull}\n{addrb}\n{ldate}\n\nThe Complaints Team\n{trust}",
         "{ldate}\n\nFAO: Complaints Manager, {hospital}\nFrom: {r.tfull}, {addrb}"),
        ("Dear Complaints Team,\n\nI am writing about the discharge of {p.tfull}, {age}, who is my {prel}.",
         "{p.first} was sent home from {ward} at {time} on {date} in a taxi with a <<PICC line>> still in and no package of care.",
         "Nobody told me, and I found {p.first} on the floor at 6am, cold, with a <<category 2 pressure ulcer>>.",
         "The discharge letter named {gp} but was sent to {addr2}, an old address.",
         "I spoke to {s1.full} on {date}, who said the social worker, {o1f.full}, had not confirmed the carers for <<48 hours>>."),
        ("The hospital number on the discharge letter is {hosp}.",
         "I can be reached on {mob} or at {email2}.",
         "{p.nick} has <<Parkinson's disease>> and needs help with every meal.",
         "{d.tfull} had said {p.first} was not ready to go with a <<NEWS2 of 6>>.",
         "The transport crew, {o2m.full} and {o5.full}, were kind but had no key safe code."),
        ("Yours sincerely,\n\n{r.full}", "Yours faithfully,\n{r.tfull}"),
        refs=("CMP-#####", "CT/####/@@"), old=True,
    ),
    Style(
        "gp_significant_event_email", "letter",
        "GP practice manager's e-mail to the trust about a significant event, a cancer referral letter lost",
        ("From: {o1f.full} <{o1f.email}>\nTo: {email}\nCc: {s1.email}\nDate: {ldate}\nSubject: significant event {ref}",
         "Sent: {ldate}\nFrom: {gp}\nTo: {email}\nSubject: SEA {ref}, referral not received"),
        ("Dear colleagues,\n\nWe have completed a significant event analysis for {p.full}, {dob}, NHS {nhs}.",
         "A two-week-wait referral for a suspected <<Hodgkin lymphoma>> was sent on {date} by {d.tfull}.",
         "It was rejected by <<NHSmail>> because of a form change and no one at {hospital} told the practice.",
         "{p.first}, {age}, rang us on {date} to ask about the appointment, and {s2.full} found the rejection.",
         "{p.title} was seen on {date}, <<three days>> after we escalated."),
        ("We send referrals through <<NHSmail>> and <<EMIS Web>>.",
         "{p.poss} {rel}, {r.tfull}, attended the practice to complain.",
         "The practice phone number is {phone}.",
         "Our reference for the SEA is {ref2}.",
         "{o2m.full}, our IT lead, has checked the other referrals sent on <<EMIS Web>> that week."),
        ("Best wishes,\n{o1f.full} | Practice Manager | {gp} | {phone}", "Regards,\n{o1f.full}\nPractice Manager"),
        refs=("SEA-####", "GP/####/@@"),
    ),
    Style(
        "inquest_witness_statement_request_letter", "letter",
        "legal services letter asking a nurse for a statement for an inquest (old)",
        ("{trust}\nLegal Services\n\nPrivate and confidential\n{s1.tfull}\n{ward}\n{ldate}",
         "Our ref: {ref}\n{ldate}\n\n{s1.tfull}\nc/o {ward}, {hospital}"),
        ("Dear {s1.title},\n\nThe coroner has opened an inquest into the death of {p.tfull}, {age}, of {addr}.",
         "{p.title} died on {date} at {hospital} after a fall on {ward}.",
         "You were the nurse in charge on {date}, and we would like a statement about the night and the <<Datix>>.",
         "{d.tfull} and {s2.full} have also been asked.",
         "Please include times, the <<bed rails>> assessment and what was said to {p.poss} {rel}, {r.full}."),
        ("The records are in <<Nervecentre>> under hospital number {hosp}.",
         "{o1f.full} from Legal Services can help on {phone}.",
         "The inquest is listed for {date}.",
         "Support is available from the staff wellbeing service.",
         "Please send the draft to {email} within <<a fortnight>>."),
        ("Yours sincerely,\n\n{o2m.full}\nLegal Services Manager", "Yours sincerely,\n{o2m.full}, Solicitor"),
        refs=("LEG-####", "IQ/####/@"), old=True,
    ),
    Style(
        "school_seizure_plan_letter", "letter",
        "school nursing letter to a parent after a seizure plan was not followed in class (child)",
        ("{council}\nSchool Nursing Service\n\n{r.tfull}\n{addrb}\n{ldate}",
         "{ldate}\nOur ref: {ref}\n\nTo: {r.tfull}\n{addrb}"),
        ("Dear {r.title},\n\nI am writing about {p.full}, {age}, and the seizure at school on {date}.",
         "The plan written by {s1.tfull} said <<Buccolam>> after five minutes, but staff waited for a parent.",
         "The class teacher, {o1f.full}, rang you on {mob} at {time}.",
         "{p.first} was taken to {hospital} and seen by {d.tfull}.",
         "We have met the head teacher, {o2m.full}, and agreed new training."),
        ("{p.poss} NHS number is {nhs}.",
         "The plan is on <<SystmOne>> and a copy has gone to {gp}.",
         "Please contact me on {phone} or {email}.",
         "Training was given on {date} to six staff.",
         "{s2.full} will visit the school in <<a month>>."),
        ("Yours sincerely,\n\n{s1.full}\nSchool Nurse", "With best wishes,\n{s1.full}"),
        refs=("SNS-####", "SZ/####/@@"), child=True,
    ),
    Style(
        "advocate_hospital_passport_email", "letter",
        "learning disability advocate's e-mail to a ward about reasonable adjustments not made",
        ("From: {o1f.full} <{email2}>\nTo: {email}\nDate: {ldate}\nSubject: {p.full}, reasonable adjustments",
         "Sent: {ldate}\nFrom: advocacy service\nTo: {s1.email}\nSubject: concern re {p.full}"),
        ("Dear {s1.title},\n\nI am the advocate for {p.full}, {age}, who was on {ward} from {date}.",
         "{p.first} has <<Down syndrome>> and a hospital passport, but it was not read.",
         "Blood was taken with a <<BD Venflon>> without a talk first, and {p.first} hit out at {s2.full}.",
         "{p.poss} {rel}, {r.full}, was not called until {date}.",
         "{d.tfull} agreed to a meeting on {date}."),
        ("{p.nick} can be reached through the supported living team at {prov}.",
         "My number is {mob}.",
         "The passport was sent to {hospital} on {date}.",
         "{o2m.full}, a support worker, was sent home.",
         "I have raised this with {council} under {ref}."),
        ("Kind regards,\n{o1f.full}\nIndependent advocate", "Thanks,\n{o1f.full} | Advocate | {prov}"),
        refs=("ADV-####", "LD/####/@"), provider=("Brightpath Advocacy", "Kestrel Voice CIC"), mail="o1",
    ),
    Style(
        "blood_test_result_sent_wrong_address_letter", "letter",
        "trust apology letter, a result letter posted to another patient's address",
        ("{trust}\n{hospital}\n\n{p.tfull}\n{addrb}\n{ldate}",
         "Our ref: {ref}\n{ldate}\n\n{p.tfull}\n{addrb}"),
        ("Dear {p.title},\n\nI am sorry to tell you that a letter with your results from {date} was posted to {addr2}.",
         "The person who lives there, {o1m.full}, kindly returned it on {date}.",
         "The letter showed your NHS number, {nhs}, and a result for <<Barrett's oesophagus>>.",
         "{s1.tfull} found that your old address was still on <<TrakCare>>.",
         "Your consultant, {d.tfull}, will see you on {date}."),
        ("Your hospital number is {hosp}.",
         "We have told <<the ICB>> and written up the error under {ref2}.",
         "You can call {s2.full} on {phone}.",
         "You can also write to {email}.",
         "Your {rel}, {r.full}, called us on {date} and we explained."),
        ("Yours sincerely,\n\n{s1.full}\nPatient Safety Lead", "Yours sincerely,\n{s1.full}"),
        refs=("IG-#####", "DP/####/@@"),
    ),
)
