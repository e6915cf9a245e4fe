"""A twenty-second blind de-identification pack: synthetic UK NHS safety narratives with gold.

Written without reading the engine (see evaluation_blind22.md). Every identifier of every label
in LABELS the text holds is a gold span; look-alikes (eponyms, drugs, devices, scores, national
bodies, clinical numbers, durations, systems) and ages of 89 and under are tracked negatives.
All people, places in addresses, numbers and references are synthetic.
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

__all__ = ["LABELS", "STYLES", "example", "generate", "generate_with_negatives"]

PREFIX = "blind22"
LOW_WORDS = 200
HIGH_WORDS = 420

# town, postcode area, dialling code, two real localities, council, NHS body
TOWN_INFO = (
    ("Cockermouth", "CA", "01900", ("Papcastle", "Brigham"), "Cumberland Council", ""),
    ("Thirsk", "YO", "01845", ("Carlton Miniott", "Sandhutton"), "North Yorkshire Council", ""),
    ("Skegness", "PE", "01754", ("Winthorpe", "Ingoldmells"), "Lincolnshire County Council", ""),
    ("Stamford", "PE", "01780", ("Wothorpe", "Uffington"), "Lincolnshire County Council", ""),
    ("Oakham", "LE", "01572", ("Barleythorpe", "Langham"), "Rutland County Council", ""),
    ("Market Harborough", "LE", "01858", ("Great Bowden", "Lubenham"), "Leicestershire County Council", ""),
    ("Melton Mowbray", "LE", "01664", ("Asfordby", "Thorpe Arnold"), "Leicestershire County Council", ""),
    ("Newark", "NG", "01636", ("Balderton", "Farndon"), "Nottinghamshire County Council", ""),
    ("Retford", "DN", "01777", ("Ordsall", "Babworth"), "Nottinghamshire County Council", ""),
    ("Bridgnorth", "WV", "01746", ("Oldbury", "Quatford"), "Shropshire Council", ""),
    ("Abergavenny", "NP", "01873", ("Govilon", "Llanfoist"), "Monmouthshire County Council", "Aneurin Bevan University Health Board"),
    ("Bridport", "DT", "01308", ("West Bay", "Bradpole"), "Dorset Council", ""),
    ("Devizes", "SN", "01380", ("Roundway", "Rowde"), "Wiltshire Council", ""),
    ("Frome", "BA", "01373", ("Beckington", "Nunney"), "Somerset Council", ""),
    ("Minehead", "TA", "01643", ("Alcombe", "Dunster"), "Somerset Council", ""),
    ("Newton Abbot", "TQ", "01626", ("Kingsteignton", "Highweek"), "Devon County Council", ""),
    ("Lewes", "BN", "01273", ("Kingston", "Ringmer"), "East Sussex County Council", ""),
    ("Dover", "CT", "01304", ("Temple Ewell", "Kearsney"), "Kent County Council", ""),
    ("Kelso", "TD", "01573", ("Heiton", "Ednam"), "Scottish Borders Council", "NHS Borders"),
    ("Lanark", "ML", "01555", ("Kirkfieldbank", "New Lanark"), "South Lanarkshire Council", "NHS Lanarkshire"),
    ("Barnard Castle", "DL", "01833", ("Startforth", "Cotherstone"), "Durham County Council", ""),
    ("Driffield", "YO", "01377", ("Nafferton", "Wansford"), "East Riding of Yorkshire Council", ""),
    ("Bridlington", "YO", "01262", ("Sewerby", "Flamborough"), "East Riding of Yorkshire Council", ""),
    ("Sleaford", "NG", "01529", ("Quarrington", "Ruskington"), "Lincolnshire County Council", ""),
    ("Swaffham", "PE", "01760", ("Sporle", "Necton"), "Norfolk County Council", ""),
    ("Diss", "IP", "01379", ("Roydon", "Palgrave"), "Norfolk County Council", ""),
    ("Saffron Walden", "CB", "01799", ("Littlebury", "Sewards End"), "Essex County Council", ""),
    ("Huntingdon", "PE", "01480", ("Godmanchester", "Hartford"), "Cambridgeshire County Council", ""),
    ("Abingdon", "OX", "01235", ("Drayton", "Radley"), "Oxfordshire County Council", ""),
    ("Honiton", "EX", "01404", ("Gittisham", "Feniton"), "Devon County Council", ""),
    ("Crediton", "EX", "01363", ("Sandford", "Shobrooke"), "Devon County Council", ""),
    ("Helston", "TR", "01326", ("Porthleven", "Gweek"), "Cornwall Council", ""),
    ("Midhurst", "GU", "01730", ("Easebourne", "Cocking"), "West Sussex County Council", ""),
    ("Sevenoaks", "TN", "01732", ("Kemsing", "Otford"), "Kent County Council", ""),
    ("Faversham", "ME", "01795", ("Ospringe", "Goodnestone"), "Kent County Council", ""),
    ("Ruthin", "LL", "01824", ("Llanfwrog", "Pwllglas"), "Denbighshire County Council", "Betsi Cadwaladr University Health Board"),
    ("Welshpool", "SY", "01938", ("Guilsfield", "Buttington"), "Powys County Council", "Powys Teaching Health Board"),
    ("Crieff", "PH", "01764", ("Comrie", "Muthill"), "Perth and Kinross Council", "NHS Tayside"),
    ("Brechin", "DD", "01356", ("Edzell", "Trinity"), "Angus Council", "NHS Tayside"),
    ("Stonehaven", "AB", "01569", ("Cowie", "Fetteresso"), "Aberdeenshire Council", "NHS Grampian"),
    ("Dingwall", "IV", "01349", ("Maryburgh", "Strathpeffer"), "Highland Council", "NHS Highland"),
    ("Castle Douglas", "DG", "01556", ("Gelston", "Carlingwark"), "Dumfries and Galloway Council", "NHS Dumfries and Galloway"),
)  # fmt: skip
TOWNS = tuple((town, area, code) for town, area, code, *_ in TOWN_INFO)
LOCALITIES = {town: locs for town, _, _, locs, *_ in TOWN_INFO}
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip

STREET_WORDS = ("Farthing", "Groat", "Guinea", "Sovereign", "Shilling", "Ducat", "Noble")
STREET_KINDS = ("Street", "Lane", "Road", "Close", "Way", "Terrace", "Row")
WARD_WORDS = ("Clipper", "Schooner", "Ketch", "Brigantine", "Galleon", "Coracle", "Sloop", "Lugger")
WARD_KINDS = ("Ward", "Ward", "Ward", "Unit", "Suite")
HOME_WORDS = ("Damask", "Alba", "Gallica", "Musk Rose", "Bourbon")
HOME_KINDS = ("Care Home", "Nursing Home", "House", "care home", "Residential Home")
GP_FORMS = ("{w} Surgery", "{w} Medical Practice", "{w} Health Centre", "The {w} Practice")
GP_WORDS = ("Howe", "Scar Top", "Ghyll", "Knott", "Brow")
PROVIDER_WORDS = ("Tidewater", "Quayside", "Keelson")
PROVIDER_KINDS = ("Homecare Ltd", "Care Services Ltd", "Home Support CIC")
HOSPITAL_FORMS = (
    "{t} Community Hospital",
    "{t} War Memorial Hospital",
    "{t} Infirmary",
    "{t} Cottage Hospital",
)
TRUST_FORMS = ("{t} and District NHS Trust", "{t} Community Health NHS Trust", "{t} Healthcare NHS Foundation Trust")  # fmt: skip

NATIONAL = (
    "the CQC", "HSSIB", "the MHRA", "NHS Resolution", "NHS England", "the Ombudsman", "NICE",
    "the NMC", "the GMC", "Healthwatch",
)  # fmt: skip
LOOKALIKES = {
    "eponym": (
        "Parkinson's",
        "Alzheimer's",
        "Guillain-Barré",
        "Cheyne-Stokes breathing",
        "Hartmann's procedure",
        "Foley catheter",
        "Kussmaul breathing",
        "Hickman line",
        "Korsakoff's",
        "Bell's palsy",
        "Wernicke's",
        "Addison's",
    ),
    "drug": (
        "apixaban",
        "Oramorph",
        "levetiracetam",
        "Tazocin",
        "co-codamol",
        "Fortisip",
        "Movicol",
        "Lantus",
        "NovoRapid",
        "Zomorph",
        "Epilim",
        "haloperidol",
        "lorazepam",
        "oxytocin",
        "Calpol",
        "EpiPen",
        "heparin",
        "Syntometrine",
    ),
    "device": (
        "Sara Stedy",
        "Venflon",
        "PICC line",
        "McKinley T34",
        "Flowtron boots",
        "Bair Hugger",
        "Zimmer frame",
        "Dinamap",
        "Ryles tube",
        "AV fistula",
        "CD cylinder",
        "Alaris pump",
    ),
    "score": (
        "NEWS2",
        "Waterlow",
        "MUST",
        "Glasgow Coma Scale",
        "Rockwood",
        "CURB-65",
        "Braden",
        "4AT",
        "PEWS",
        "MEOWS",
        "Clinical Frailty Scale",
    ),
    "national": NATIONAL,
    "number": (
        "bay 4",
        "bed 12",
        "bleep 2214",
        "GCS 13/15",
        "INR 5.6",
        "sats of 88%",
        "Hb 71",
        "pH 6.2",
        "bed 7",
        "bay 2",
        "lactate 4.8",
        "EBL 1,400 ml",
    ),
    "duration": (
        "72 hours",
        "48 hours",
        "three days",
        "six weeks",
        "ten days",
        "a fortnight",
        "four hours",
        "20 minutes",
        "two weeks",
    ),
    "system": ("SystmOne", "EMIS", "Datix", "Medway", "ICE", "the EPR", "Ulysses", "TrakCare"),
}
CLINICAL_INITIALS = frozenset(
    """BP HR GP ED AKI DNR CT MRI ECG PE MI UTI COPD CKD NG IV IM SC PO RR OT PT SALT TIA NEWS
    DKA VTE AF DVT SJR RCA MDT ICU HDU OD BD TDS QDS PRN ACP HCA RN SHO FY ST CNS DOLS LPA MCA
    NOK GCS EWS AMU SAU CCU DN HV MH LD PICU NICU TPN PEG AB OK NO ON TO IT AM PM MR MS DR SR CC
    RE PS NB ID PA MA AN AS AT BE BY DO GO HE IF IN IS ME MY OF OR SO UP US WE PPH CTG EPR ICE
    EMIS MUST PEWS AV CD EBL INR RIP""".split()
)
# Names from the pack's own pools, with nicknames.
NICKNAMES = {
    "Mildred": ("Millie",), "Przemysław": ("Przemek",), "Dimitrios": ("Mitsos",),
    "Obiageli": ("Oby",), "Temitope": ("Tope",), "Harjinder": ("Harj",),
    "Sukhwinder": ("Suki",), "Matilda": ("Tilly",), "Alastair": ("Ally",),
    "Perpetua": ("Petty",), "Thomasina": ("Ina",),
}  # fmt: skip
FIRST_F = (
    "Mildred", "Obiageli", "Temitope", "Sukhwinder", "Matilda", "Perpetua", "Thomasina", "Gwladys",
    "Adwoa", "Hafsa", "Eleni", "Huong", "Isadora", "Fenella", "Romy", "Evangeline", "Ferelith",
    "Honor", "Merry", "Parminder",
)  # fmt: skip
FIRST_M = (
    "Przemysław", "Dimitrios", "Harjinder", "Alastair", "Stavros", "Kerem", "Baldev", "Aled",
    "Imtiaz", "Horatio", "Augustine", "Ptolemy", "Jerome", "Clement", "Rory", "Fearghas",
)  # fmt: skip
LAST = (
    "Entwistle", "Ollerenshaw", "Sowerbutts", "Clough", "Haworth", "Pennington-Royle",
    "Ashdown-Pryce", "Lloyd-Bevan", "Gruffudd", "Bhattacharya", "Chakraborty", "Olaniyan",
    "Asante", "Wiśniewski", "Papadopoulos", "Aydın", "Qureshi", "Siddiqui", "Fairweather",
    "Hardcastle", "Blackstock", "Summerscales", "Nettleship", "Pollitt", "Tattersall",
    "Sidebottom", "Cheetham", "Mac Aoidh", "Fitzwalter", "Abernethy-Kerr", "Faulkner-Smythe",
    "Oyelaran-Bello", "Hayward-Nkemelu", "van Rijswijk", "dos Anjos", "ap Hywel",
    "de Vasconcelos", "Pepper", "Lovejoy", "Gale",
)  # fmt: skip
WORD_NAMES = ("Honor", "Merry", "Clement", "Pepper", "Lovejoy", "Gale", "Rory")
ALL_WORD_NAMES = frozenset(WORD_NAMES)
HOSP_FORMS = ("A9999999", "AAA999999", "AA/999999", "99999999A")
RELATIONS = {
    "F": ("daughter", "wife", "niece", "granddaughter", "sister", "daughter-in-law"),
    "M": ("son", "husband", "nephew", "grandson", "brother", "son-in-law"),
}
PARENTS = {"F": ("mother", "mum"), "M": ("father", "dad")}
_ONES = "zero one two three four five six seven eight nine".split()


def _words(n: int) -> str:
    """An age of 90 to 109 in words, as the texts write it."""
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {_ONES[rest]}" if rest else "")
    unit = n - 90
    return "ninety" + (f"-{_ONES[unit]}" if unit else "")


def _fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value.replace("ı", "i").replace("ł", "l"))
    return plain.encode("ascii", "ignore").decode()


def _slug(value: str) -> str:
    return re.sub(r"[^a-z]", "", _fold(value).lower())


# ---------------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    name: str
    register: str  # prose, lines or letter
    what: str
    headers: tuple[str, ...]
    core: tuple[str, ...]
    extras: tuple[str, ...]
    endings: tuple[str, ...]
    refs: tuple[str, str] = ("INC-######", "RV/##/####")
    old: bool = False
    child: bool = False
    provider: bool = False
    sex: str | None = None
    topup: str = "{text}"


# ---------------------------------------------------------------------------------------------
# One case: its people and facts, and the slots its templates fill
# ---------------------------------------------------------------------------------------------

_HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "dr", "master"))
_ONE_WORD_TERMS = frozenset(
    t.casefold() for terms in LOOKALIKES.values() for t in terms if " " not in t
)


@dataclass
class Person:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool = False
    hon: str = "Mr"
    staff: bool = False


_YEARED = (
    lambda d: f"{d:%d/%m/%Y}",
    lambda d: d.isoformat(),
    lambda d: f"{d:%d-%m-%Y}",
    lambda d: f"{d:%d.%m.%Y}",
    lambda d: f"{d:%d%b%Y}".upper(),
    lambda d: f"{d.day} {d:%b}".upper() + f" {d.year}",
    lambda d: f"{d.day}-{d:%b}-{d.year}",
    lambda d: f"{d.day} {d:%B %Y}",
    lambda d: f"{ordinal(d.day)} {d:%B %Y}",
    lambda d: f"{d:%a %d/%m/%Y}",
    lambda d: f"{d.day}.{d.month}.{d:%y}",
    lambda d: f"{d:%d/%m/%y}",
    lambda d: f"{d.day}/{d.month}/{d.year}",
    lambda d: f"{d:%a} {d.day} {d:%b %Y}",
    lambda d: f"{d:%A} {ordinal(d.day)} {d:%B %Y}",
    lambda d: f"{d:%d %b %y}",
)
_COMMA = (lambda d: f"{d:%B} {d.day}, {d.year}",)
_YEARLESS = (
    lambda d: f"{d:%a} {ordinal(d.day)} {d:%b}",
    lambda d: f"{d:%A} the {ordinal(d.day)}",
    lambda d: f"{d:%a} {d.day}/{d.month}",
    lambda d: f"the {ordinal(d.day)} of {d:%B}",
    lambda d: f"{d.day} {d:%B}",
    lambda d: f"{ordinal(d.day)} {d:%B}",
    lambda d: f"{d:%A} {d.day} {d:%B}",
)
_DOB = (
    lambda d: f"{d:%d/%m/%Y}",
    lambda d: f"{d:%d.%m.%Y}",
    lambda d: d.isoformat(),
    lambda d: f"{d.day} {d:%B %Y}",
    lambda d: f"{d:%d-%b-%Y}".upper(),
)

Piece = tuple[str, str | None, dict | None]
_TOKEN = re.compile(r"\{(\w+?)\.(\w+)\}|\{(\w+)\}|<<(.+?)>>")


class _Case:
    def __init__(self, rng: random.Random, style: Style, sentences: list[str]) -> None:
        self.rng, self.style = rng, style
        self.town, self.area, self.code, locs, self.council, board = rng.choice(TOWN_INFO)
        self.locality = rng.choice(locs)
        self.has_record = rng.random() >= 0.12
        self.dot = "." if rng.random() < 0.25 else ""
        self.used: set[str] = set()
        self.people: dict[str, Person] = {}
        sex_hint = {}
        for sentence in sentences:
            for who, sex in re.findall(r"\{(o\d)([fm])\.", sentence):
                sex_hint[who] = sex.upper()
        psex = style.sex or rng.choice("FM")
        self.people["p"] = self._person(sex=psex, kind="patient")
        self.people["r"] = self._person(kind="relative")
        self.people["s1"] = self._person(staff=True)
        self.people["s2"] = self._person(staff=True)
        self.people["d"] = self._person(staff=True, doctor=True)
        for who in ("o1", "o2", "o3"):
            self.people[who] = self._person(sex=sex_hint.get(who))
        for who in ("o1", "o2", "o3"):
            for sex in "fm":
                self.people[who + sex] = self.people[who]
        if self.has_record:
            self.people["p"].in_record = self.people["r"].in_record = True
        rsex = self.people["r"].sex
        self.rel = rng.choice(PARENTS[rsex] if style.child else RELATIONS[rsex])
        # facts
        self.base = date(2024, 1, 8) + timedelta(days=rng.randint(0, 640))
        self.cursor = self.base
        if style.child:
            age = rng.randint(3, 15)
        elif style.old:
            age = rng.randint(90, 104)
        else:
            age = rng.randint(24, 89)
        born = self.base - timedelta(days=365 * age + rng.randint(30, 330))
        self.dob = born
        self.age = (
            self.base.year - born.year - ((self.base.month, self.base.day) < (born.month, born.day))
        )
        self.age_words = style.old and rng.random() < 0.3
        self.nhs = nhs_number(rng)
        shape = rng.choice(HOSP_FORMS)
        self.hosp = "".join(
            rng.choice("BCDFHKMRTVX") if ch == "A" else str(rng.randint(0, 9)) if ch == "9" else ch
            for ch in shape
        )
        self.flat = rng.randint(1, 14) if rng.random() < 0.2 else 0
        self.number = rng.randint(1, 96)
        self.street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        self.street2 = self.street
        while self.street2.split()[0] == self.street.split()[0]:
            self.street2 = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        self.postcode = postcode(rng, self.area)
        line1 = f"{self.number} {self.street}"
        if self.flat:
            line1 = f"Flat {self.flat}, {line1}"
        self.line1 = line1
        self.address = f"{line1}, {self.locality}, {self.town}, {self.postcode}"
        wards = rng.sample(WARD_WORDS, 2)
        self.wards = [f"{w} {rng.choice(WARD_KINDS)}" for w in wards]
        self.home = f"{rng.choice(HOME_WORDS)} {rng.choice(HOME_KINDS)}"
        self.hospital = rng.choice(HOSPITAL_FORMS).format(t=self.town)
        other = rng.choice([t for t in TOWN_INFO if t[0] != self.town])[0]
        self.hospital2 = rng.choice(HOSPITAL_FORMS).format(t=other)
        self.trust = board or rng.choice(TRUST_FORMS).format(t=self.town)
        self.gp = rng.choice(GP_FORMS).format(w=rng.choice(GP_WORDS))
        self.prov = f"{rng.choice(PROVIDER_WORDS)} {rng.choice(PROVIDER_KINDS)}"
        self.refs = [self._ref(style.refs[0]), self._ref(style.refs[1])]
        self.fixed_date = None
        if style.register == "lines" and (style.name.endswith("_csv") or rng.random() < 0.7):
            self.fixed_date = rng.choice(_YEARED)
        self.ldate = self.base + timedelta(days=rng.randint(60, 80))

    # -- people --------------------------------------------------------------------------------

    def _person(self, *, sex=None, kind="", staff=False, doctor=False) -> Person:
        rng = self.rng
        for _ in range(200):
            sex_ = sex or rng.choice("FM")
            if rng.random() < 0.45:
                first = rng.choice(FIRST_F if sex_ == "F" else FIRST_M)
                last = rng.choice(LAST)
                listed = listed_names()
                parts = [p for p in re.split(r"[\s-]+", f"{first} {last}") if p]
                names = "listed" if all(p.casefold() in listed for p in parts) else "unlisted"
            else:
                drawn = _new_person(rng, sex=sex_)
                first, last, names = drawn.first, drawn.last, drawn.names
            parts = {_fold(p).casefold() for p in re.split(r"[\s.'-]+", f"{first} {last}") if p}
            if (
                parts & self.used
                or parts & _ONE_WORD_TERMS
                or parts & _HONORIFICS
                or any(len(p) < 2 for p in parts)
            ):
                continue
            if not re.fullmatch(r"[^\W\d_][\w' -]*", first) or not re.fullmatch(
                r"[^\W\d_][\w' -]*", last
            ):
                continue
            self.used |= parts
            break
        if doctor:
            hon = "Dr"
        elif kind == "patient" and self.style.child:
            hon = "Master" if sex_ == "M" else "Miss"
        elif sex_ == "F":
            hon = rng.choice(("Mrs", "Ms", "Miss"))
        else:
            hon = "Mr"
        return Person(first, last, sex_, names, False, hon, staff)

    def name(self, who: str, form: str) -> list[Piece]:
        rng = self.rng
        if who in ("o4", "o5"):
            person = self._person()
        else:
            person = self.people[who]
        meta = {"names": person.names, "in_record": person.in_record}
        first, last = person.first, person.last
        surname_word = last.split()[-1]
        if form == "email":
            if person.staff:
                return [(f"{_slug(first)}.{_slug(last)}@nhs.net", "EMAIL", None)]
            host = rng.choice(("btinternet.com", "outlook.com", "gmail.com", "yahoo.co.uk"))
            return [(f"{_slug(first)}{_slug(last)}{rng.randint(1, 88)}@{host}", "EMAIL", None)]
        if form == "init":
            letters = _fold(first[0] + surname_word[0]).upper()
            if letters in CLINICAL_INITIALS or len(letters) != 2:
                form = "initd"
            else:
                value = letters if rng.random() < 0.6 else ".".join(letters) + "."
                return [(value, "PERSON", meta)]
        values = {
            "full": f"{first} {last}",
            "first": first,
            "last": last,
            "title": f"{person.hon}{self.dot} {last}",
            "tfull": f"{person.hon}{self.dot} {first} {last}",
            "initd": f"{first[0]}. {last}",
            "caps": f"{last.upper()}, {first}",
            "upper": f"{first} {last}".upper(),
            "lower": f"{first} {last}".lower(),
            "nick": NICKNAMES.get(first, (first,))[0],
            "jh": f"{first} {_fold(surname_word[0]).upper()}",
            "poss": f"{person.hon}{self.dot} {last}",
        }
        pieces: list[Piece] = [(values[form], "PERSON", meta)]
        if form == "poss":
            pieces.append(("'s", None, None))
        return pieces

    # -- values --------------------------------------------------------------------------------

    def _ref(self, shape: str) -> str:
        return "".join(str(self.rng.randint(0, 9)) if ch == "#" else ch for ch in shape)

    def _date(self, day: date) -> str:
        if self.fixed_date is not None:
            return self.fixed_date(day)
        pool = _YEARED + _YEARLESS + (_COMMA if self.style.register != "lines" else ())
        return self.rng.choice(pool)(day)

    def _phone(self) -> str:
        rng, code = self.rng, self.code
        local = str(rng.randint(200000, 899999))
        n = code[1:]
        value = rng.choice(
            (
                f"{code} {local}", f"({code}) {local}", f"{code} {local[:3]} {local[3:]}",
                f"{code}-{local}", f"{code}{local}", f"+44 {n} {local}", f"+44 (0){n} {local}",
                f"({code}) {local[:3]} {local[3:]}", f"+44 {n} {local[:3]} {local[3:]}",
                f"{code} {local[:2]} {local[2:4]} {local[4:]}", f"({code}){local}",
                f"+44 (0){n} {local[:3]} {local[3:]}", f"+44{n}{local}",
                f"+44 (0) {n} {local}", f"+44-{n}-{local}",
            )
        )  # fmt: skip
        roll = rng.random()
        if roll < 0.15:
            value += f" ext {rng.randint(1000, 9999)}"
        elif roll < 0.25:
            value += f" x{rng.randint(1000, 9999)}"
        return value

    def _mobile(self) -> str:
        rng = self.rng
        a, b = f"{rng.randint(700, 799)}", f"{rng.randint(0, 999999):06d}"
        return rng.choice(
            (f"07{a[1:]}{rng.randint(0, 9)} {b}", f"07{a[1:]}{rng.randint(0, 9)}{b}",
             f"07{a[1:]}{rng.randint(0, 9)} {b[:3]} {b[3:]}", f"+44 7{a[1:]}{rng.randint(0, 9)} {b}",
             f"+447{a[1:]}{rng.randint(0, 9)}{b}", f"07{a[1:]}{rng.randint(0, 9)}-{b}",
             f"+44 (0)7{a[1:]}{rng.randint(0, 9)} {b}", f"07{a[1:]}{rng.randint(0, 9)} {b[:2]} {b[2:4]} {b[4:]}")
        )  # fmt: skip

    def _nhs(self) -> str:
        n = self.nhs
        return self.rng.choice((n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"))

    def _address(self, block: bool) -> list[Piece]:
        rng, pc = self.rng, self.postcode
        if block:
            value = f"{self.line1}\n{self.locality}\n{self.town}"
            return [(value, "ADDRESS", None), ("\n", None, None), (pc, "POSTCODE", None)]
        kind = rng.random()
        if kind < 0.5:
            value, sep = f"{self.line1}, {self.locality}, {self.town}", ", "
        elif kind < 0.7:
            value, sep = f"{self.line1}, {self.locality}, {self.town}".upper(), ", "
            pc = pc.upper()
        else:
            value, sep = f"{self.line1} {self.locality} {self.town}".replace(",", ""), " "
        pc = rng.choice((pc, pc, pc.lower() if kind >= 0.5 else pc, pc.replace(" ", "")))
        return [(value, "ADDRESS", None), (sep, None, None), (pc, "POSTCODE", None)]

    def value(self, slot: str) -> list[Piece]:
        rng = self.rng
        if slot == "date":
            self.cursor += timedelta(
                days=rng.randint(0, 2 if self.style.register == "letter" else 3)
            )
            return [(self._date(self.cursor), "DATE", None)]
        if slot == "ldate":
            fmt = rng.choice(_YEARED[7:9] + _YEARED[:1])
            return [(fmt(self.ldate), "DATE", None)]
        if slot == "dob":
            return [(rng.choice(_DOB)(self.dob), "DATE", None)]
        if slot == "age":
            if self.age > 89:
                text = _words(self.age) if self.age_words else str(self.age)
                return [(text, "AGE", None)]
            return [(str(self.age), "YOUNG", None)]
        simple = {
            "nhs": (self._nhs, "NHS_NUMBER"),
            "hosp": (lambda: self.hosp, "HOSPITAL_NUMBER"),
            "addr2": (lambda: rng.choice((f"{rng.randint(1, 96)} {self.street2}, {self.town}",
                                          f"{rng.randint(1, 96)} {self.street2} {self.town}")), "ADDRESS"),
            "ward": (lambda: self.wards[0], "LOCATION"),
            "ward2": (lambda: self.wards[1], "LOCATION"),
            "home": (lambda: self.home, "LOCATION"),
            "street": (lambda: self.street, "LOCATION"),
            "hospital": (lambda: self.hospital, "ORGANISATION"),
            "hospital2": (lambda: self.hospital2, "ORGANISATION"),
            "trust": (lambda: self.trust, "ORGANISATION"),
            "gp": (lambda: self.gp, "ORGANISATION"),
            "council": (lambda: self.council, "ORGANISATION"),
            "prov": (lambda: self.prov, "ORGANISATION"),
            "ref": (lambda: self.refs[0], "ID"),
            "ref2": (lambda: self.refs[1], "ID"),
            "phone": (self._phone, "PHONE"),
            "mob": (self._mobile, "PHONE"),
            "email": (lambda: self.name("r", "email")[0][0], "EMAIL"),
            "email2": (lambda: f"{_slug(self.town)}.{rng.choice(('pals', 'patientsafety', 'complaints', 'legal'))}@nhs.net", "EMAIL"),
            "url": (lambda: rng.choice((
                f"www.justgiving.com/fundraising/{_slug(self.people['p'].first)}-{_slug(self.people['p'].last)}",
                f"https://www.gofundme.com/f/help-{_slug(self.people['p'].last)}-family",
                f"https://www.{_slug(self.town)}talk.co.uk/news/{self.base.year}",
                f"www.facebook.com/{_slug(self.people['r'].first)}.{_slug(self.people['r'].last)}",
            )), "URL"),
        }  # fmt: skip
        if slot in ("addr", "addrb"):
            return self._address(slot == "addrb")
        if slot in simple:
            make, label = simple[slot]
            return [(make(), label, None)]
        if slot in ("rel", "prel"):
            return [(self.rel, None, None)]
        if slot == "time":
            hour, minute = rng.randint(0, 23), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
            return [(rng.choice((f"{hour:02d}:{minute:02d}", f"{hour:02d}{minute:02d}hrs",
                                 f"{hour:02d}.{minute:02d}")), None, None)]  # fmt: skip
        raise KeyError(slot)

    def render(self, sentence: str) -> list[Piece]:
        pieces: list[Piece] = []
        at = 0
        for match in _TOKEN.finditer(sentence):
            if match.start() > at:
                pieces.append((sentence[at : match.start()], None, None))
            who, form, slot, term = match.groups()
            if who:
                pieces += self.name(who[:2], form)
            elif slot:
                pieces += self.value(slot)
            else:
                pieces.append((term, "LOOK", None))
            at = match.end()
        pieces.append((sentence[at:], None, None))
        return pieces


def _shared(style: Style) -> tuple[str, ...]:
    return SHARED_LINES if style.register == "lines" else SHARED


def alternatives() -> int:
    every = [s for st in STYLES for s in (*st.headers, *st.core, *st.extras, *st.endings)]
    return len(every) + len(SHARED) + len(SHARED_LINES)


def _count(pieces: list[Piece]) -> int:
    return len("".join(t for t, _, _ in pieces).split())


def _compose(rng: random.Random, style: Style) -> tuple[str, list, list, dict]:
    case = _Case(rng, style, [*style.headers, *style.core, *style.extras, *style.endings])
    if style.register == "letter":
        target = min(330, max(225, int(rng.gauss(270, 30))))
    else:
        target = min(370, max(235, int(rng.gauss(305, 35))))
    extras = [s for s in style.extras if rng.random() < 0.8]
    sep = "\n" if style.register == "lines" else " "
    blocks: list[list[Piece]] = []
    for sentence in style.headers:
        blocks.append(case.render(sentence) + [("\n", None, None)])
    if style.register != "lines":
        blocks.append([("\n", None, None)])
    body = [*style.core[:3], *extras[:2], *style.core[3:], *extras[2:]]
    for sentence in body:
        blocks.append(case.render(sentence) + [(sep, None, None)])
    words = sum(_count(b) for b in blocks)
    endings_words = 12 * len(style.endings)
    shared = list(_shared(style))
    rng.shuffle(shared)
    while words + endings_words < target and shared:
        line = shared.pop()
        if style.register == "lines":
            line = style.topup.replace("{text}", line)
        block = case.render(line) + [(sep, None, None)]
        blocks.append(block)
        words += _count(block)
    if style.register != "lines":
        blocks.append([("\n\n", None, None)])
    for sentence in style.endings:
        blocks.append(case.render(sentence) + [("\n", None, None)])
    text, gold, negatives = "", [], []
    for block in blocks:
        for value, label, meta in block:
            if label == "LOOK" or label == "YOUNG":
                negatives.append((len(text), len(text) + len(value)))
            elif label is not None:
                gold.append(GoldSpan(len(text), len(text) + len(value), label, **(meta or {})))
            text += value
    text = text.rstrip() + "\n"
    known = {}
    if case.has_record:
        p, r = case.people["p"], case.people["r"]
        known = {
            "names": [f"{p.first} {p.last}", f"{r.first} {r.last}"],
            "nhs_number": f"{case.nhs[:3]} {case.nhs[3:6]} {case.nhs[6:]}",
            "date_of_birth": case.dob.isoformat(),
            "hospital_number": case.hosp,
            "address": case.address,
        }
    return text, gold, negatives, known


def _example(rng: random.Random, number: int, style: Style | None = None) -> tuple[Example, list]:
    style = style or rng.choice(STYLES)
    while True:
        text, gold, negatives, known = _compose(rng, style)
        if LOW_WORDS <= len(text.split()) <= HIGH_WORDS:
            break
    example_ = Example(f"{PREFIX}-{number:06d}", text, known, tuple(gold), style.name)
    return example_, negatives


def example(rng: random.Random, number: int, style: Style | None = None) -> Example:
    return _example(rng, number, style)[0]


def generate_with_negatives(count: int, seed: int = 1) -> Iterator[tuple[Example, list]]:
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _example(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    for example_, _ in generate_with_negatives(count, seed):
        yield example_


# ---------------------------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------------------------

SHARED = (
    "The {rel}, {r.full}, was kept informed by telephone on {phone}.",
    "{s2.full} checked the record on <<SystmOne>> and found the entry from {date} had not been reviewed.",
    "A <<Datix>> was completed as {ref} by {s1.title} the same evening.",
    "Observations showed a <<NEWS2>> of 6 and {d.title} was asked to review within the hour.",
    "The family asked that letters go to {addr} rather than to the ward.",
    "{o4.full}, a bank nurse, said the handover sheet did not mention the <<Waterlow>> score.",
    "It was noted that {p.first} had been seen at {hospital2} some months before.",
    "{p.poss} medication chart showed <<apixaban>> given on time throughout.",
    "The learning was shared at the {trust} safety huddle on {date}.",
    "No concerns were raised by {gp} about the care plan at that point.",
    "{s1.initd} documented that the <<Zimmer frame>> had been left out of reach.",
    "The {rel} could be reached on {mob} at any time and asked to be called first.",
    "A referral was sent to {council} adult social care on {date}.",
    "The notes recorded a <<GCS 13/15>> and pupils equal and reactive.",
    "{o5.tfull} from the bed management team confirmed there was no bed on {ward2}.",
    "The escalation was not recorded in <<the EPR>> until {time} that night.",
    "It is not clear why the <<Braden>> assessment was not repeated after {date}.",
    "Family asked that further contact be made through {email}.",
    "{d.title} accepted that a senior review within <<four hours>> would have been expected.",
    "The review panel did not find that the outcome would have been different.",
    "{s2.first} said the ward had three registered nurses for twenty-eight patients that night.",
    "Further details are held on {url} which the family set up.",
)
SHARED_LINES = (
    "{s2.init} checked obs, <<NEWS2>> 5, informed nurse in charge",
    "call from {rel} {r.first} on {mob} asking for update",
    "{d.title} reviewed, plan for bloods and <<ICE>> request sent",
    "bed moved to <<bay 2>> for closer observation by {s1.first}",
    "{o4.full} (bank HCA) covering enhanced obs for <<four hours>>",
    "pharmacy queried <<apixaban>> dose, {s1.jh} to chase",
    "{o5.upper} from site team called re bed on {ward2}",
    "<<Datix>> {ref} logged by {s2.lower}",
    "message left for {gp} re discharge meds",
    "{s1.caps} handed over to night staff on {ward}",
    "patient settled, {p.nick} asking for family",
    "transport booked by {s2.first}, to go home to {addr2}",
    "social worker from {council} called back, {o4.initd}",
    "obs stable, <<Waterlow>> redone by {s1.init}",
    "{d.initd} happy with plan, review in <<48 hours>>",
    "note added to <<SystmOne>> by {s2.title}",
)


def _s(name, register, what, headers, core, extras, endings, **kw) -> Style:
    return Style(
        name, register, what, tuple(headers), tuple(core), tuple(extras), tuple(endings), **kw
    )


STYLES = (
    _s("oxygen_cylinder_empty_transfer_review", "prose",
       "transfer review, a portable oxygen cylinder ran empty in a lift between departments (old)",
       ["Incident review {ref} – transfer between {ward} and radiology", "Patient: {p.caps}, {hosp}, DOB {dob}, aged {age}"],
       ["On {date} {p.tfull} was moved from {ward} to the CT scanner on a <<CD cylinder>> by porter {o1.full}.",
        "The cylinder gauge was not checked before leaving and the lift stopped between floors for <<20 minutes>>.",
        "{s1.full}, the escort nurse, found <<sats of 88%>> and no oxygen flowing when the lift doors opened.",
        "{d.tfull} attended from the emergency team and {p.title} was back on wall oxygen by {time}.",
        "The {rel}, {r.tfull}, was told the same evening and asked why a nurse had not carried a spare."],
       ["The porters' cylinder store on {ward2} had no full cylinders that day, according to {o2.first}.",
        "{p.first} has <<Parkinson's>> and could not press the lift alarm.",
        "Estates recorded the lift fault under {ref2} on {date}, <<48 hours>> after it was first reported.",
        "{o3.initd} from medical engineering said the cylinder had last been swapped <<three days>> before.",
        "The family asked that further contact go to {r.email} and not through <<the EPR>> portal."],
       ["Reviewer: {s2.tfull}, Patient Safety Team, {trust}", "Contact: {email2} / {phone}"],
       refs=("INC-######", "EST/####/##"), old=True),
    _s("hip_fracture_theatre_delay_sjr", "prose",
       "structured judgement review of a death after a hip fracture waited four days for theatre (old)",
       ["Structured judgement review – {hospital} – SJR {ref2}", "Deceased: {p.upper} ({hosp}), NHS {nhs}, aged {age}, of {addr}"],
       ["{p.tfull} fell at {home} on {date} and was admitted to {ward} with a fractured neck of femur.",
        "She was listed for theatre but cancelled on {date} and again the next day because of the <<apixaban>>.",
        "The anaesthetic review by {d.title} noted <<Clinical Frailty Scale>> 7 and a <<4AT>> of 5.",
        "{p.first} died on {date} before surgery; the {rel}, {r.full}, was with her.",
        "Phase of care ratings were poor for the admission phase and adequate for end of life care under the <<Rockwood>> frailty pathway."],
       ["{o1.tfull} from the orthogeriatric team was on leave and not covered.",
        "Nursing notes by {s1.initd} record pain scores of 8 despite <<Oramorph>>.",
        "A <<Foley catheter>> was placed without a documented reason.",
        "Care home manager {o2f.full} said staff had seen her fall and rang 999 at {time}.",
        "{s2.caps} completed the mortality screen on <<Ulysses>> on {date}."],
       ["Reviewer: {o3.tfull}, Mortality Review Group, {trust}", "Reference {ref} – for the learning from deaths panel."],
       refs=("INC-######", "SJR-####-##"), old=True, sex="F"),
    _s("insulin_pen_shared_between_patients_review", "prose",
       "infection prevention review, one insulin pen used for two patients on a ward",
       ["Patient safety review – shared insulin pen – {ref}", "{ward}, {hospital} – patient {p.full}, {hosp}, aged {age}"],
       ["On {date} at about {time} {s1.full} gave <<NovoRapid>> to {p.title} from a pen labelled for another patient.",
        "The other patient, {o1.full} in <<bed 12>>, had been given his dose from the same pen an hour earlier.",
        "The error was found by {s2.tfull} when the pen label was checked against <<the EPR>> chart.",
        "{d.tfull} arranged blood-borne virus testing and the {rel}, {r.first}, was told on {date}.",
        "{p.first} was distressed and asked that her {rel} be present at every conversation."],
       ["The ward's pen cupboard had no patient labels for <<72 hours>>, according to {o2.first}.",
        "{o3.initd} from the diabetes team said <<Lantus>> pens had been mixed before on {ward2}.",
        "Occupational health was informed under {ref2} and recorded it on <<Datix>>.",
        "The family asked that results be posted to {addr} within <<ten days>>.",
        "{s1.first} said she had been moved from {ward2} that morning and did not know the ward."],
       ["Prepared by {o4.tfull}, Infection Prevention and Control, {trust}", "Contact {email2}"],
       refs=("IPC/##/####", "OH-#####")),
    _s("care_home_sepsis_missed_review", "prose",
       "ambulance and care home review, a resident with sepsis left at home after a telephone triage (old)",
       ["After action review {ref} – {home}", "Resident: {p.tfull} ({nhs}), DOB {dob}, aged {age}"],
       ["Staff at {home} rang 111 on {date} because {p.first} was drowsy and had <<Kussmaul breathing>>.",
        "A clinician, {o1.tfull}, advised a GP visit the next day and did not send an ambulance.",
        "{gp} was called at {time} the next morning and {d.title} visited before lunch.",
        "{p.title} was taken to {hospital} with a <<lactate 4.8>> and started on <<Tazocin>>.",
        "The {rel}, {r.tfull}, said she had warned the home about his chest on {date}."],
       ["The home manager, {o2f.full}, confirmed that the <<NEWS2>> had not been recorded.",
        "Night carer {o3.first} said the call notes were written on paper and later lost, with the <<Waterlow>> chart.",
        "{s1.initd} from the ambulance service logged the delay as {ref2}.",
        "{p.nick} had lived at {home} for <<six weeks>> after leaving {addr2}.",
        "The home's care plan mentioned <<Alzheimer's>> but no escalation plan."],
       ["Review lead: {s2.tfull}, {trust}", "Telephone {phone}"],
       refs=("AAR-####", "EOC/#######"), old=True, sex="M"),
    _s("paediatric_paracetamol_double_dose_review", "prose",
       "children's ward review, paracetamol given twice because a parent's dose was not recorded (child)",
       ["Children's ward incident – {ref}", "Child: {p.full}, {hosp}, DOB {dob}, aged {age}"],
       ["{p.first} was admitted to {ward} on {date} with a chest infection and a temperature.",
        "The {rel}, {r.full}, gave <<Calpol>> at home at {time} but this was not written on the chart.",
        "{s1.tfull} gave a further dose of paracetamol at {time} and a <<PEWS>> of 4 was recorded.",
        "{d.tfull} calculated the total dose and asked <<NICE>> guidance be checked; no treatment was needed.",
        "{p.nick} was discharged on {date} and the family were given a written apology."],
       ["{o1.initd}, a student nurse, said admission questions about medicines were skipped.",
        "The ward's admission form on <<Medway>> has no box for doses given at home.",
        "The family can be reached on {mob} and asked about <<Calpol>> dosing at home.",
        "{o2.first} from pharmacy reviewed <<ten days>> of charts on {ward} and found two similar gaps.",
        "A copy of the review was sent to {gp} and entered on <<EMIS>>."],
       ["Investigating officer: {s2.tfull}, {trust}", "Reference {ref2}"],
       refs=("PAED-#####", "CW/###/##"), child=True),
    _s("ng_tube_misplacement_feed_review", "prose",
       "never event review, a nasogastric tube in the lung used for feed",
       ["Never event investigation {ref} – misplaced nasogastric tube", "{p.caps}, {hosp}, {nhs}, aged {age}"],
       ["A <<Ryles tube>> was passed on {ward} on {date} by {s1.full} after a stroke.",
        "An aspirate of <<pH 6.2>> was recorded and an X-ray requested but not reviewed.",
        "Feed ran for <<four hours>> before {s2.tfull} noticed coughing and stopped the pump.",
        "{d.tfull} reviewed the film at {time} and found the tube in the right lower lobe.",
        "{p.title} needed oxygen and antibiotics and the {rel}, {r.full}, was told on {date}."],
       ["{o1.full}, the radiographer, had flagged the film on <<ICE>> as urgent.",
        "The ward had no trained checker on nights, according to {o2.tfull}.",
        "The event was reported to <<NHS England>> as a never event.",
        "{p.first} had <<Bell's palsy>> in the past and swallowing had been poor.",
        "A second reference, {ref2}, was opened for the X-ray alert on <<ICE>>."],
       ["Lead investigator: {o3.tfull}, {trust}", "Enquiries {email2}, {phone}"],
       refs=("NE-#####", "RAD/#####")),
    _s("heel_pressure_ulcer_community_review", "prose",
       "district nursing review, a category 4 heel pressure ulcer at home (old)",
       ["Community pressure ulcer review {ref}", "Patient {p.upper}, {addr}, aged {age}"],
       ["District nurse {s1.full} first saw {p.title} at home on {date} after discharge from {hospital}.",
        "A <<Waterlow>> of 21 was recorded but no pressure-relieving mattress was ordered.",
        "Carers from {prov} reported a black heel on {date} and {s2.first} visited the next day.",
        "Tissue viability nurse {o1.tfull} graded the damage as category 4 and informed the {rel}.",
        "{r.tfull}, the {rel}, said she had asked for an airflow mattress <<two weeks>> earlier."],
       ["The equipment order was found unsent in <<SystmOne>> by {o2.initd}.",
        "{p.nick} had <<Parkinson's>> and spent most of the day in one chair.",
        "{prov} care manager {o3f.full} said her staff were not told about turning.",
        "A safeguarding concern was raised with {council} under {ref2} after <<three days>>.",
        "{gp} had prescribed <<Fortisip>> on {date}."],
       ["Reviewer: {s2.tfull}, {trust}", "Telephone {phone}"],
       refs=("PU-######", "SG/######"), old=True, provider=True),
    _s("section17_leave_absconsion_review", "prose",
       "mental health ward review, a detained patient did not return from escorted leave",
       ["Serious incident review – {ref}", "{p.full}, detained under section 3, {hosp}, aged {age}"],
       ["On {date} {p.first} left {ward} on escorted leave with {s1.full} and the {rel}.",
        "At {time}, on {street}, {p.first} ran from the group and was not found.",
        "Police were called and {o1.tfull} searched the address at {addr2} without success.",
        "{p.title} was found on {date} by {o2.full} near the railway and returned unhurt.",
        "{d.tfull} had agreed leave that morning without a new risk assessment after <<lorazepam>> was stopped."],
       ["The leave form recorded <<48 hours>> of settled behaviour, according to {s2.initd}.",
        "The {rel}, {r.full}, said she had told staff that {p.first} was talking about going home.",
        "{o3.first} from the police liaison team logged the report as {ref2}.",
        "<<haloperidol>> had been given <<three days>> before.",
        "The family set up an appeal page at {url} within <<48 hours>>."],
       ["Review panel chair: {o4.tfull}, {trust}", "Contact: {email2}"],
       refs=("SI-####-###", "POL/######")),
    _s("postpartum_haemorrhage_escalation_review", "prose",
       "maternity review, a postpartum haemorrhage escalated late on a postnatal ward",
       ["Maternity incident review – {ref}", "Woman: {p.caps}, {hosp}, NHS {nhs}, aged {age}"],
       ["{p.first} gave birth on {ward} on {date} and was moved to {ward2} at {time}.",
        "A <<MEOWS>> of 3 was recorded but the next observations were late by <<four hours>>.",
        "Midwife {s1.full} found heavy bleeding and pulled the emergency bell.",
        "{d.tfull} gave <<Syntometrine>> and <<oxytocin>> and recorded an <<EBL 1,400 ml>>.",
        "{p.title} needed two units of blood and her partner, {r.full}, stayed with the baby."],
       ["{o1.initd} said the postnatal ward had one midwife for twelve women that night.",
        "The case was referred to <<HSSIB>> for review on {date}.",
        "{o2f.full}, a maternity support worker, said the bell was answered quickly.",
        "The family asked that letters go to {addr} after <<six weeks>>.",
        "{s2.tfull} completed the second reference {ref2}."],
       ["Review lead: {o3.tfull}, {trust}", "Telephone {phone}"],
       refs=("MAT-#####", "MNSI/####"), sex="F"),
    _s("dialysis_needle_dislodgement_review", "prose",
       "renal unit review, a venous needle came out during a unit dialysis session",
       ["Renal unit incident {ref}", "Patient: {p.tfull}, {hosp}, DOB {dob}, aged {age}"],
       ["During a session on {date} {p.first}'s venous needle came out of the <<AV fistula>>.",
        "The machine alarm was muted by {o1.full}, a healthcare assistant, at {time}.",
        "{s1.tfull} found the blood on the floor and an <<Hb 71>> was reported later.",
        "{d.tfull} arranged a transfusion and {p.title} was admitted to {ward}.",
        "The {rel}, {r.full}, was told on {date} and asked for a meeting."],
       ["The unit had moved to new chairs <<a fortnight>> before, according to {s2.initd}.",
        "{o2.first} from the technical team checked the <<Dinamap>> and the dialysis machine.",
        "The taping policy was last reviewed under {ref2}.",
        "{p.first} has <<Addison's>> and was on extra steroid that week.",
        "Transport from {prov} was delayed that morning by <<four hours>>."],
       ["Investigator: {o3.tfull}, {trust}", "Enquiries to {email2}"],
       refs=("REN-#####", "MED-EQ-####"), provider=True),
    _s("delirium_restraint_death_sjr", "prose",
       "structured judgement review of a death after physical restraint of a patient with delirium (old)",
       ["SJR {ref} – {hospital}", "{p.caps} ({hosp}), aged {age}, died on {ward}"],
       ["{p.tfull} was admitted on {date} with a chest infection and a <<4AT>> of 8.",
        "On {date} at {time} he was held by three staff, including {o1.full} and {s1.full}, to give <<haloperidol>>.",
        "{d.tfull} was not present and no restraint form was completed.",
        "{p.title} fell asleep and was found unresponsive by {s2.initd}; the arrest team were called.",
        "The {rel}, {r.tfull}, said her father had been frightened of the ward at night."],
       ["{o2.tfull} from the security team said restraint lasted about <<20 minutes>>.",
        "{p.nick} had <<Korsakoff's>> and had lived at {home} before admission.",
        "The case was reported to the coroner and to <<the CQC>>.",
        "A second review, {ref2}, looked at the use of <<lorazepam>>.",
        "{o3.first}, the nurse in charge, had two staff off sick and a patient on <<Oramorph>> in <<bay 2>>."],
       ["Reviewer: {o4.tfull}, Learning from Deaths, {trust}", "Contact {phone}"],
       refs=("SJR/##/###", "LFD-#####"), old=True, sex="M"),
    _s("oxygen_prescription_audit_csv", "lines",
       "oxygen prescription audit rows pasted as CSV, a patient on oxygen with no target range",
       ["Oxygen audit – {ward}, {hospital} – {ref}", "date,time,entry"],
       ["{date},{time},\"{p.caps} ({hosp}) on 4L O2, no target range on <<the EPR>>\"",
        "{date},{time},\"{s1.init} recorded <<sats of 88%>>, {d.title} informed\"",
        "{date},{time},\"{p.first} on <<CURB-65>> 3 pathway, aged {age}\"",
        "{date},{time},\"{s2.full} found <<CD cylinder>> empty at bedside\"",
        "{date},{time},\"{rel} {r.full} phoned {mob}, told of plan\""],
       ["{date},{time},\"{o1.full} (physio) reviewed, <<Venflon>> resited\"",
        "{date},{time},\"audit ref {ref2} opened by {o2.initd}\"",
        "{date},{time},\"{d.initd} prescribed range 88-92%, <<NEWS2>> 4\"",
        "{date},{time},\"NHS {nhs}, moved to <<bay 4>>\"",
        "{date},{time},\"{o3.lower} (bank) covering <<four hours>>\""],
       ["Exported by {s2.email}", "End of export"],
       refs=("O2A-#####", "AUD/####"), topup="{date},{time},\"{text}\""),
    _s("falls_sensor_alarm_export_csv", "lines",
       "bed sensor alarm export pasted as CSV, alarms not answered before a fall (old)",
       ["Falls sensor export – {ward} – {ref}", "date,time,event"],
       ["{date},{time},\"{p.caps} ({hosp}) aged {age}, sensor on, <<Sara Stedy>> needed\"",
        "{date},{time},\"alarm 1, answered by {s1.first}\"",
        "{date},{time},\"alarm 2 not answered, {s2.init} on break\"",
        "{date},{time},\"{p.title} found on floor, {d.title} called, <<GCS 13/15>>\"",
        "{date},{time},\"{rel} {r.tfull} informed on {phone}\""],
       ["{date},{time},\"<<Datix>> {ref2} by {o1.initd}\"",
        "{date},{time},\"{o2.full} (HCA) moved to <<bed 7>>\"",
        "{date},{time},\"<<Rockwood>> 6, <<Flowtron boots>> on\"",
        "{date},{time},\"{o3.upper} from falls team to review\"",
        "{date},{time},\"{p.nick} settled, <<heparin>> held\""],
       ["Exported by {s1.email}", "Rows end"],
       refs=("FS-######", "FALL/#####"), old=True, topup="{date},{time},\"{text}\""),
    _s("theatre_list_changes_table", "lines",
       "theatre list changes pasted as a pipe table, a patient listed for the wrong side",
       ["Theatre list changes – {hospital} – {ref}", "| date | time | change |"],
       ["| {date} | {time} | {p.caps} ({hosp}) added, left knee, aged {age} |",
        "| {date} | {time} | {d.title} changed side to right on <<TrakCare>> |",
        "| {date} | {time} | {s1.full} queried consent form, not updated |",
        "| {date} | {time} | WHO check by {s2.init}, marking on left |",
        "| {date} | {time} | {o1.full} stopped the list, <<Datix>> {ref2} |"],
       ["| {date} | {time} | <<Alaris pump>> moved from {ward} |",
        "| {date} | {time} | {rel} {r.full} called on {mob} |",
        "| {date} | {time} | {o2.initd} (anaesthetist) <<apixaban>> checked |",
        "| {date} | {time} | patient NHS {nhs} returned to {ward2} |",
        "| {date} | {time} | {o3.tfull} to complete <<MUST>> and review |"],
       ["Table copied by {s2.email}", "| end | | |"],
       refs=("TH-#####", "WSS/####"), topup="| {date} | {time} | {text} |"),
    _s("discharge_lounge_tracker_table", "lines",
       "discharge lounge tracker pasted as a pipe table, a patient left waiting without medicines (old)",
       ["Discharge lounge tracker – {hospital} – {ref}", "| date | time | note |"],
       ["| {date} | {time} | {p.caps} ({hosp}) from {ward}, aged {age} |",
        "| {date} | {time} | TTO not ready, <<Oramorph>> missing, {s1.first} chasing |",
        "| {date} | {time} | {rel} {r.full} waiting in car park |",
        "| {date} | {time} | {p.title} <<NEWS2>> 5, {d.title} asked to review |",
        "| {date} | {time} | transport by {prov} cancelled, home to {addr} |"],
       ["| {date} | {time} | {o1.initd} from pharmacy says <<72 hours>> backlog |",
        "| {date} | {time} | {s2.init} gave <<Movicol>> from stock |",
        "| {date} | {time} | {o2.full} (porter) to take to {ward2} |",
        "| {date} | {time} | <<Datix>> {ref2} |",
        "| {date} | {time} | {o3.lower} rang {gp} |"],
       ["Copied by {s1.email}", "| end | | |"],
       refs=("DL-#####", "TTO/#####"), old=True, provider=True, topup="| {date} | {time} | {text} |"),
    _s("porter_radio_log", "lines",
       "portering radio log, a deceased patient taken to the wrong mortuary fridge",
       ["Portering radio log – {hospital} – {ref}", "Log kept by {s1.full}"],
       ["[{time}] job for {p.caps} ({hosp}) from {ward}, aged {age}",
        "[{time}] porter {o1.first} collecting, <<bay 2>>",
        "[{time}] {s2.init} confirms release form signed by {d.title}",
        "[{time}] arrived mortuary, {o2.full} on duty, fridge full",
        "[{time}] {rel} {r.full} arrived to view, told body not found"],
       ["[{time}] <<Datix>> {ref2} by {o3.initd}",
        "[{time}] {o1.first} says label read NHS {nhs}",
        "[{time}] body found in second fridge, {o2.first} informed",
        "[{time}] <<bleep 2214>> {d.title} informed",
        "[{time}] family left, contact {mob}"],
       ["Log closed {date}", "Forwarded to {email2}"],
       refs=("PRT-#####", "MORT/####"), topup="[{time}] {text}"),
    _s("family_text_thread_export", "lines",
       "a relative's text messages to a ward nurse, exported for a complaint (old)",
       ["Texts between {r.full} and {ward} – complaint {ref}", "Re: {p.tfull}, aged {age}, {hosp}"],
       ["[{date} {time}] {r.first}: is mum still on the <<Alaris pump>>? nobody rang",
        "[{date} {time}] {s1.first}: hi {r.first}, {d.title} saw her, <<NEWS2>> 3",
        "[{date} {time}] {r.first}: she says she fell in the night??",
        "[{date} {time}] {s1.first}: sorry yes, {s2.init} found her, <<Datix>> done",
        "[{date} {time}] {r.first}: ring me on {mob} please not the landline"],
       ["[{date} {time}] {r.first}: her address is {addr} not the old one",
        "[{date} {time}] {s1.first}: {o1.full} from discharge team will call",
        "[{date} {time}] {r.first}: she can't use the <<Zimmer frame>>",
        "[{date} {time}] {s1.first}: <<Calpol>> no, paracetamol yes lol sorry",
        "[{date} {time}] {r.first}: her GP is {gp}"],
       ["Exported by {r.email}", "Complaint reference {ref2}"],
       refs=("CMP-#####", "PALS/####"), old=True, sex="F", topup="[{date} {time}] {text}"),
    _s("ombudsman_draft_response_letter", "letter",
       "draft trust response to the Ombudsman about a discharge complaint (old)",
       ["{ldate}\nOur ref: {ref}\nThe Ombudsman's case worker", "Dear {o1.title},"],
       ["Thank you for your letter about the complaint made by {r.tfull} about the care described below.",
        "{p.tfull}, aged {age}, of {addrb}, was discharged from {ward} on {date}.",
        "Our records show <<NEWS2>> of 2 on the morning of discharge and a <<4AT>> of 0.",
        "{d.tfull} has reflected on the decision to discharge in the evening.",
        "{p.title} was readmitted on {date} to {hospital2} with a chest infection."],
       ["The discharge letter was sent to {gp} but not to {prov}, so no one checked the <<Zimmer frame>>.",
        "{s1.full}, ward manager, has met the family and apologised.",
        "Hospital number {hosp} and NHS number {nhs} are given for your records, as on <<Medway>>.",
        "We enclose <<Datix>> {ref2} and the action plan.",
        "The family raised this with <<Healthwatch>> first."],
       ["Yours sincerely,\n{s2.full}\nChief Nurse, {trust}", "cc {email2}"],
       refs=("OMB/####/##", "INC-######"), old=True, provider=True),
    _s("coroner_regulation28_acknowledgement_email", "letter",
       "trust legal team e-mail acknowledging a coroner's prevention of future deaths report",
       ["From: {email2}\nSent: {ldate}\nSubject: Inquest {ref} – {p.full}", "Dear {o1.tfull},"],
       ["We acknowledge the coroner's report following the inquest into the death of {p.full}.",
        "{p.first}, aged {age}, of {addr}, died at {hospital} on {date}.",
        "The report concerned the <<Datix>> system not alerting to the <<INR 5.6>> result.",
        "{d.tfull} and {s1.full} gave evidence and have been supported.",
        "The {rel}, {r.full}, will receive a copy of our response."],
       ["Our response is due within 56 days under reference {ref2}.",
        "We have also informed <<the MHRA>> about the point-of-care meter.",
        "{o2.full} from the anticoagulation service is leading the action plan on <<heparin>> and warfarin.",
        "NHS number {nhs} is quoted for matching.",
        "Please contact {s2.email} or {phone} within <<two weeks>>."],
       ["Kind regards,\n{s2.full}\nLegal Services, {trust}", "This e-mail is confidential."],
       refs=("INQ-####-##", "PFD/####")),
    _s("missing_hearing_aids_complaint_letter", "letter",
       "relative's complaint letter, a parent's hearing aids and dentures lost on a ward (old)",
       ["{addrb}\n{ldate}", "Dear Sir or Madam,"],
       ["I am writing about my mother, {p.tfull}, aged {age}, who was on {ward} from {date}.",
        "Her hearing aids and dentures went missing after she was moved to {ward2} on {date}.",
        "She could not hear {d.title} on the ward round and missed being told about the <<apixaban>>.",
        "A nurse, {s1.first}, said they may have gone with the laundry.",
        "Her hospital number is {hosp} and NHS number {nhs}."],
       ["She also had a <<Foley catheter>> put in that nobody explained.",
        "I rang {phone} four times and was told to use {email2}.",
        "My mother is {p.nick} to everyone and she was called by the wrong name.",
        "Please also send a copy to her GP at {gp}, who prescribes her <<co-codamol>>.",
        "She lived at {addr2} until last year, and letters still go there."],
       ["Yours faithfully,\n{r.full}", "Telephone {mob}"],
       old=True, sex="F", refs=("CMP-#####", "PROP-####")),
    _s("school_nurse_anaphylaxis_letter", "letter",
       "school nursing letter to a parent after an adrenaline pen was out of date (child)",
       ["{trust}\nSchool Nursing Service\n{ldate}", "Dear {r.tfull},"],
       ["I am writing about {p.first}'s reaction at school on {date}.",
        "{p.full}, aged {age}, had eaten a snack containing nuts and the <<EpiPen>> in the office was out of date.",
        "A teacher, {o1.full}, gave the second pen and rang 999 at {time}.",
        "{p.first} was seen at {hospital} by {d.title} and went home the next day.",
        "I have met the head teacher, {o2.tfull}, to review the care plan."],
       ["The plan from {gp} was dated more than a year ago.",
        "Please ring me on {phone} or e-mail {s1.email}.",
        "Our reference is {ref}, opened on <<Ulysses>>.",
        "The <<NICE>> guidance has been shared with the school.",
        "I will visit you at {addr} if that suits."],
       ["Yours sincerely,\n{s1.full}\nSchool Nurse", "cc {ref2}"],
       refs=("SN-#####", "EHCP/####"), child=True),
    _s("care_home_manager_fall_notification_email", "letter",
       "care home manager's e-mail to the hospital about a resident sent back after a fall (old)",
       ["From: {o1.email}\nDate: {ldate}\nTo: {email2}\nSubject: {p.full}", "Dear {s1.title},"],
       ["{p.tfull}, aged {age}, came back to {home} from {hospital} on {date} after a fall.",
        "She came back with no discharge letter and a <<Venflon>> still in.",
        "Our carer {o2.full} found her confused and her <<4AT>> was 6.",
        "I rang {ward} on {phone} and {s2.first} said {d.title} had discharged her.",
        "Her {rel}, {r.full}, is very upset."],
       ["Her NHS number is {nhs}.",
        "Her address is {addr} and she needs a <<Sara Stedy>> to transfer.",
        "We use <<EMIS>> and nothing came through.",
        "Please quote {ref}.",
        "I have told <<the CQC>> as required."],
       ["Regards,\n{o1.full}\nRegistered Manager, {home}", "{mob}"],
       refs=("CH-#####", "DIS/####"), old=True, sex="F"),
    _s("pharmacist_repeat_prescription_error_email", "letter",
       "community pharmacist's e-mail to a GP practice about a repeat prescription given twice",
       ["From: {o1.email}\nSent: {ldate}\nTo: {gp}", "Dear {d.title},"],
       ["Your patient {p.full}, date of birth {dob}, aged {age}, collected <<levetiracetam>> twice on {date}.",
        "The repeat was sent by <<SystmOne>> and again on paper by {s1.first}.",
        "{p.first}'s {rel}, {r.full}, noticed the second bag at home.",
        "No extra doses were taken and <<Epilim>> was unchanged.",
        "We have logged this as {ref}."],
       ["Please call me on {phone} or the shop on {mob}; the <<Epilim>> stock was checked.",
        "NHS number {nhs}.",
        "Home address {addr}.",
        "The patient has <<Guillain-Barré>> in the past.",
        "{o2.full}, our dispenser, found the same duplicate on {date}."],
       ["Kind regards,\n{o1.full}\nPharmacist", "Ref {ref2}"],
       refs=("CPI-#####", "RX-######")),
    _s("staff_statement_cover_email", "letter",
       "ward manager's e-mail covering a nurse's statement after a death on the ward",
       ["From: {s1.email}\nSent: {ldate}\nSubject: Statement {ref}", "Dear {o1.tfull},"],
       ["Please find attached {s2.full}'s statement about {p.full} on {ward}.",
        "{p.first}, aged {age}, died on {date} after a cardiac arrest in <<bay 4>>.",
        "{s2.first} had given <<Zomorph>> at {time} as prescribed by {d.title}.",
        "The {rel}, {r.full}, has asked for a meeting.",
        "Hospital number {hosp}."],
       ["{s2.first} would like support from {o2.full}.",
        "The <<Cheyne-Stokes breathing>> was noted at {time}.",
        "Please call me on {phone} about the <<Datix>>.",
        "A copy has gone to {email2}.",
        "The coroner's reference is {ref2}."],
       ["Kind regards,\n{s1.full}\nWard Manager, {ward}", "{hospital}"],
       refs=("STM-#####", "COR/####/##")),
    _s("pals_reply_letter", "letter",
       "PALS reply letter to a patient about a cancelled scan and a lost referral",
       ["{trust}\n{ldate}\n{addrb}", "Dear {p.title},"],
       ["Thank you for contacting PALS on {date} about your cancelled scan.",
        "Your referral from {gp} was received but filed under hospital number {hosp} by mistake.",
        "{s1.full} has now booked you for {date} at {hospital}.",
        "The delay meant your <<Hickman line>> check was also missed.",
        "Please call {phone} if you need to change this."],
       ["Our reference is {ref}.",
        "{d.title} will see you afterwards and check your <<INR 5.6>> result from last time.",
        "Your NHS number is {nhs}.",
        "You are welcome to bring your {rel}; the clinic is near <<bay 4>> of the day unit.",
        "If you are unhappy you may contact <<the Ombudsman>>."],
       ["Yours sincerely,\n{s2.full}\nPALS Officer", "{email2}"],
       refs=("PALS-#####", "REF/####")),
)  # fmt: skip
