"""A twenty-eighth blind de-identification pack: synthetic NHS and community documents with gold.

Written without seeing the engine (see evaluation_blind28.md). Each example is one document in one
of 25 styles: prose reviews, logs pasted into reviews (CSV, pipe tables, bracket-stamped lines) and
letters or e-mails. Every identifier is a gold span; clinical words that look like identifiers
(``<<term>>`` in the templates) and ages of 89 and under are returned as negatives.
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

__all__ = ["LABELS", "generate", "example", "generate_with_negatives", "STYLES"]

PREFIX = "blind28"
LOW_WORDS = 200
HIGH_WORDS = 480

# Town: (postcode district, dialling code, two localities).
TOWN_INFO = {
    "Shaftesbury": ("SP7", "01747", ("Enmore Green", "Cann")),
    "Blandford Forum": ("DT11", "01258", ("Pimperne", "Blandford St Mary")),
    "Swanage": ("BH19", "01929", ("Herston", "Langton Matravers")),
    "Wareham": ("BH20", "01929", ("Stoborough", "Sandford")),
    "Shepton Mallet": ("BA4", "01749", ("Doulting", "Croscombe")),
    "Crewkerne": ("TA18", "01460", ("Misterton", "Hewish")),
    "Berwick-upon-Tweed": ("TD15", "01289", ("Tweedmouth", "Spittal")),
    "Uckfield": ("TN22", "01825", ("Ridgewood", "Framfield")),
    "Ryde": ("PO33", "01983", ("Binstead", "Haylands")),
    "Wimborne Minster": ("BH21", "01202", ("Colehill", "Pamphill")),
    "Sturminster Newton": ("DT10", "01258", ("Bagber", "Fiddleford")),
    "Beaminster": ("DT8", "01308", ("Netherbury", "Broadwindsor")),
    "Lyme Regis": ("DT7", "01297", ("Uplyme", "Charmouth")),
    "Axminster": ("EX13", "01297", ("Kilmington", "Musbury")),
    "Ottery St Mary": ("EX11", "01404", ("West Hill", "Tipton St John")),
    "Cullompton": ("EX15", "01884", ("Willand", "Kentisbeare")),
    "Dartmouth": ("TQ6", "01803", ("Kingswear", "Townstal")),
    "Totnes": ("TQ9", "01803", ("Bridgetown", "Dartington")),
    "Holsworthy": ("EX22", "01409", ("Pyworthy", "Derril")),
    "Camelford": ("PL32", "01840", ("Delabole", "Helstone")),
    "Wadebridge": ("PL27", "01208", ("Egloshayle", "St Breock")),
    "Saltash": ("PL12", "01752", ("Latchbrook", "Burraton")),
    "Callington": ("PL17", "01579", ("Kelly Bray", "Stoke Climsland")),
    "Wincanton": ("BA9", "01963", ("Bayford", "Charlton Musgrove")),
    "Castle Cary": ("BA7", "01963", ("Ansford", "Galhampton")),
    "Watchet": ("TA23", "01984", ("Williton", "Doniford")),
    "Malmesbury": ("SN16", "01666", ("Westport", "Corston")),
    "Corsham": ("SN13", "01249", ("Pickwick", "Neston")),
    "Nailsworth": ("GL6", "01453", ("Forest Green", "Inchbrook")),
    "Moreton-in-Marsh": ("GL56", "01608", ("Batsford", "Todenham")),
    "Wallingford": ("OX10", "01491", ("Crowmarsh Gifford", "Cholsey")),
    "Henley-on-Thames": ("RG9", "01491", ("Harpsden", "Remenham")),
    "Halstead": ("CO9", "01787", ("Greenstead Green", "Colne Engaine")),
    "Framlingham": ("IP13", "01728", ("Saxtead", "Kettleburgh")),
    "Leiston": ("IP16", "01728", ("Aldringham", "Sizewell")),
    "Southwold": ("IP18", "01502", ("Reydon", "Walberswick")),
    "Bungay": ("NR35", "01986", ("Ditchingham", "Earsham")),
    "Wymondham": ("NR18", "01953", ("Silfield", "Spooner Row")),
    "Chatteris": ("PE16", "01354", ("Doddington", "Manea")),
    "Oundle": ("PE8", "01832", ("Barnwell", "Polebrook")),
    "Uppingham": ("LE15", "01572", ("Ayston", "Lyddington")),
    "Market Rasen": ("LN8", "01673", ("Middle Rasen", "Tealby")),
    "Pocklington": ("YO42", "01759", ("Barmby Moor", "Yapham")),
    "Easingwold": ("YO61", "01347", ("Raskelf", "Stillington")),
    "Helmsley": ("YO62", "01439", ("Harome", "Nawton")),
    "Bedale": ("DL8", "01677", ("Aiskew", "Crakehall")),
    "Barnard Castle": ("DL12", "01833", ("Startforth", "Cotherstone")),
    "Haltwhistle": ("NE49", "01434", ("Melkridge", "Bellister")),
    "Rothbury": ("NE65", "01669", ("Thropton", "Snitter")),
    "Garstang": ("PR3", "01995", ("Bonds", "Cabus")),
    "Bacup": ("OL13", "01706", ("Stacksteads", "Britannia")),
    "Southwell": ("NG25", "01636", ("Easthorpe", "Halam")),
    "Rugeley": ("WS15", "01889", ("Brereton", "Etchinghill")),
    "Ashby-de-la-Zouch": ("LE65", "01530", ("Blackfordby", "Packington")),
    "Shipston-on-Stour": ("CV36", "01608", ("Tidmington", "Barcheston")),
    "Church Stretton": ("SY6", "01694", ("All Stretton", "Little Stretton")),
    "Ellesmere": ("SY12", "01691", ("Welshampton", "Cockshutt")),
    "Bromyard": ("HR7", "01885", ("Linton", "Stoke Lacy")),
    "Edenbridge": ("TN8", "01732", ("Marlpit Hill", "Crockham Hill")),
    "Heathfield": ("TN21", "01435", ("Punnetts Town", "Cross in Hand")),
    "Steyning": ("BN44", "01903", ("Bramber", "Upper Beeding")),
    "Petworth": ("GU28", "01798", ("Byworth", "Tillington")),
    "Godalming": ("GU7", "01483", ("Farncombe", "Busbridge")),
    "Fordingbridge": ("SP6", "01425", ("Sandleheath", "Godshill")),
}
TOWNS = tuple((town, info[0], info[1]) for town, info in TOWN_INFO.items())
LOCALITIES = {town: info[2] for town, info in TOWN_INFO.items()}
# One hospital number shape per town, by its place in TOWN_INFO.
HOSP_FORMS = ("AAA9999999", "99A99999", "A999-9999")

STREET_WORDS = ("Gypsum", "Chalcedony", "Tourmaline", "Serpentine", "Cinnabar", "Olivine")
STREET_KINDS = ("Close", "Road", "Way", "Lane", "Drive", "Terrace", "Rise", "Walk")
WARD_WORDS = ("Kittiwake", "Guillemot", "Razorbill", "Shearwater", "Fulmar", "Gannet", "Petrel")
HOMES = ("Hayloft House", "Millrace Lodge", "Dovecote Court", "Bramblegate House")
GP_NAMES = ("Lodestone Surgery", "Cornmill Medical Centre", "The Sheepwash Practice")
PROVIDERS = ("Tenderly Homecare Ltd", "Haybarn Care Services", "Amblegate Support Services")
HOSPITAL_FORMS = ("{town} Community Hospital", "{town} War Memorial Hospital")
TRUST_FORM = "{town} and District Healthcare NHS Trust"
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

LOOKALIKES = {
    "drug": (
        "apixaban", "Oramorph", "naloxone", "Buccolam", "chlordiazepoxide", "Fortisip",
        "salbutamol", "Epipen", "clarithromycin", "Laxido", "thiamine", "mirtazapine",
    ),
    "dose": ("10 mg", "2.5 mg", "5 ml", "500 micrograms", "two puffs", "20 units"),
    "score": (
        "NEWS2", "Waterlow", "MUST", "Clinical Frailty Scale", "PEWS", "AUDIT-C", "Abbey pain scale",
        "4AT",
    ),
    "device": (
        "pulse oximeter", "syringe driver", "falls sensor mat", "key safe", "commode", "spacer",
        "nebuliser", "rollator", "glucometer", "bed rails", "pressure-relieving mattress",
    ),
    "national": ("HSSIB", "NHS England", "the CQC", "the MHRA", "the DVLA", "NICE", "the HSE"),
    "law": (
        "the Mental Capacity Act", "Section 136", "the Care Act 2014", "a DoLS authorisation",
        "the Duty of Candour", "Section 42",
    ),
    "measure": ("SpO2 86%", "38.9C", "BM 2.1", "BP 84/50", "heart rate 128", "weight 41.2 kg"),
    "bed": ("bay 4", "side room 2", "bed 11", "cubicle 6", "chair 3"),
    "word": ("Marshal", "Sister", "Matron", "Warden", "Treasurer"),
    "eponym": (
        "Parkinson's disease", "Lewy body dementia", "Addison's disease", "Wernicke's encephalopathy",
        "Bell's palsy", "Crohn's disease",
    ),
    "place_scale": (
        "Glasgow Coma Scale", "Bristol Stool Chart", "Manchester Triage System",
        "Edinburgh Postnatal Depression Scale", "Ottawa ankle rules",
    ),
}  # fmt: skip
NATIONAL = LOOKALIKES["national"]
CLINICAL_INITIALS = frozenset(
    """GP OT IV IM BP HR RR CT ED AE MI PE DN SN RN NG PR PO SC OD ST FY AF TB MG ML PC PT AB
    CO SI NB PS OK TV UK GB OR NO IT US AM PM MD MR MS DR DS VT HCA ICU ITU TTO DNR MDT CPR UTI
    AKI CKD DKA GCS CQC ICB NHS MHA ECG EWS SOS FAO RIP ASAP CPN AMP AMHP MCA BMI LD MH""".split()
)

# The pack's own names: groups of first names (F / M) and surnames; nicknames of some firsts.
OWN_GROUPS = {
    "shona": (("Rufaro", "Chipo", "Nyasha", "Privilege"), ("Pardon", "Trymore", "Learnmore"),
              ("Mutasa", "Chiwenga", "Mapfumo", "Chinembiri", "Nyathi")),
    "albanian": (("Flutura", "Lindita"), ("Dritan", "Besnik"), ("Shehu",)),
    "persian": (("Farzaneh", "Golnar"), ("Dariush", "Kourosh", "Navid"),
                ("Rahimi", "Tehrani", "Mousavi", "Ghorbani")),
    "cypriot": (("Eleni", "Panayiota"), ("Andreas", "Charalambos"),
                ("Georgiou", "Ioannou", "Constantinou", "Hadjipavlou")),
    "ukrainian": (("Olena", "Halyna"), ("Bohdan", "Mykola"),
                  ("Shevchuk", "Bondarenko", "Tkachuk", "Melnyk")),
    "ewe": (("Dzifa", "Kekeli", "Elikem"), ("Selorm", "Mawuli"), ("Agbeko", "Dzokoto", "Amedzro")),
    "eritrean": (("Abrehet",), ("Tesfalem", "Filmon"), ("Woldu",)),
    "maltese_italian": (("Carmel",), ("Salvu",),
                        ("Camilleri", "Zammit", "Vella", "Farrugia", "della Valle", "della Porta")),
    "english": (("Kezia",), ("Barnaby",),
                ("Honeybone", "Freebody", "Proudfoot", "Merryweather", "Toogood")),
}  # fmt: skip
OWN_FIRST = {
    "F": tuple(n for f, _, _ in OWN_GROUPS.values() for n in f),
    "M": tuple(n for _, m, _ in OWN_GROUPS.values() for n in m),
}
OWN_LAST = tuple(n for _, _, last in OWN_GROUPS.values() for n in last)
WORD_NAMES = frozenset({"Pardon", "Trymore", "Learnmore", "Privilege"})
ALL_WORD_NAMES = WORD_NAMES | {"Honeybone", "Freebody", "Proudfoot", "Merryweather", "Toogood"}
NICKNAMES = {
    "Dritan": ("Tani",),
    "Farzaneh": ("Fari",),
    "Charalambos": ("Bambos",),
    "Olena": ("Lena",),
    "Kekeli": ("Keke",),
    "Tesfalem": ("Tesfa",),
    "Privilege": ("Vee",),
}
PARTICLES = ("della",)
NAME_FORMS = "full first last title tfull dr init initl caps upper lower nick email poss".split()
ROLE_WORDS = frozenset(
    "staff nurse sister matron doctor midwife warden porter chaplain marshal carer".split()
)

RELATIONS = {
    "F": ("daughter", "wife", "sister", "niece", "mother", "partner", "granddaughter"),
    "M": ("son", "husband", "brother", "nephew", "father", "partner", "grandson"),
}


@dataclass(frozen=True)
class Style:
    name: str
    register: str  # prose, lines, letter
    what: str
    headers: tuple[str, ...]
    core: tuple[str, ...]
    extras: tuple[str, ...]
    endings: tuple[str, ...]
    refs: tuple[str, str] = ("W{y}/{n5}", "{n6}")
    old: bool = False
    child: bool = False
    provider: bool = False
    topup: str = ""
    stamp: str = "%d/%m/%Y"
    sex: str = "??"  # the patient's and the relative's sex, "?" for either


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

HONORIFIC_WORDS = {"mr", "mrs", "ms", "miss", "dr", "master"}
_LOOK_WORDS = frozenset(
    t.casefold() for terms in LOOKALIKES.values() for t in terms if " " not in t
)
_PLACE_WORDS = frozenset(
    w.casefold()
    for town, (_, _, locs) in TOWN_INFO.items()
    for name in (town, *locs)
    for w in re.split(r"[\s-]+", name)
)
_BANNED = (
    _LOOK_WORDS | _PLACE_WORDS | ROLE_WORDS | HONORIFIC_WORDS
    | {m.casefold() for m in MONTHS} | {d.casefold() for d in WEEKDAYS}
)  # fmt: skip


@dataclass
class Who:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool = False
    doctor: bool = False
    married: bool = False
    nick: str = ""

    @property
    def parts(self) -> list[str]:
        return [p.casefold() for p in re.split(r"[\s-]+", f"{self.first} {self.last}") if p]

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def honorific(self) -> str:
        if self.doctor:
            return "Dr"
        if self.sex == "F":
            return "Mrs" if self.married else "Ms"
        return "Mr"


def _plain(value: str) -> str:
    text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z-]", "", text.casefold())


def _listed(first: str, last: str) -> str:
    listed = listed_names()
    parts = [p for p in re.split(r"[\s-]+", f"{first} {last}") if p and p not in PARTICLES]
    return "listed" if all(p.casefold() in listed for p in parts) else "unlisted"


def _draw(rng: random.Random, sex: str, taken: set[str], want_nick: bool = False) -> Who:
    for _ in range(200):
        if want_nick:
            first = rng.choice(sorted(NICKNAMES))
            sex_of = "F" if first in OWN_FIRST["F"] else "M"
            if sex != "?" and sex_of != sex:
                continue
            sex = sex_of
            last = rng.choice(OWN_LAST)
        elif rng.random() < 0.5:
            sex = sex if sex != "?" else rng.choice("FM")
            group = rng.choice(_GROUP_DRAW)
            firsts, males, lasts = OWN_GROUPS[group]
            first = rng.choice(firsts if sex == "F" else males)
            other = rng.choice(sorted(OWN_GROUPS)) if rng.random() < 0.3 else group
            last = rng.choice(OWN_GROUPS[other][2])
            if rng.random() < 0.08:
                last = f"{last}-{rng.choice(OWN_LAST).split()[-1]}"
        else:
            person = _new_person(rng, sex=None if sex == "?" else sex)
            first, last, sex = person.first, person.last, person.sex
        who = Who(first, last, sex, _listed(first, last))
        if any(p in _BANNED or p in taken for p in who.parts if p not in PARTICLES):
            continue
        if len(set(who.parts)) < len(who.parts):
            continue
        who.married = rng.random() < 0.5
        who.nick = rng.choice(NICKNAMES[first]) if first in NICKNAMES else ""
        taken.update(p for p in who.parts if p not in PARTICLES)
        if who.nick:
            taken.add(who.nick.casefold())
        return who
    raise RuntimeError("no name could be drawn")  # pragma: no cover


# the Shona and English groups carry the word names, so they are drawn more often
_GROUP_DRAW = tuple(
    g for g in sorted(OWN_GROUPS) for _ in range({"shona": 4, "english": 2}.get(g, 1))
)
_SLOT = re.compile(r"\{(\w+)\.(\w+)\}|\{(\w+)\}|<<(.+?)>>")
_WHO = re.compile(r"(p|r|s1|s2|d|o[1-5])([fm]?)")


class _Case:
    """The facts one document is written from: people, places, dates and numbers."""

    def __init__(self, rng: random.Random, style: Style, sentences: list[str]) -> None:
        self.rng = rng
        self.style = style
        self.record = rng.random() >= 0.12
        town = rng.choice(sorted(TOWN_INFO))
        self.town = town
        district, code, locs = TOWN_INFO[town]
        self.code = code
        self.locality = rng.choice(locs)
        index = sorted(TOWN_INFO).index(town)
        self.hosp_shape = HOSP_FORMS[index % len(HOSP_FORMS)]
        # who is wanted, with which sex, and which forms
        wanted: dict[str, str] = {}
        doctors = {"d"}
        nicks = set()
        for sentence in sentences:
            for who, form, _, _ in _SLOT.findall(sentence):
                if not who:
                    continue
                match = _WHO.fullmatch(who)
                base, sex = match.group(1), match.group(2).upper()
                if sex:
                    wanted[base] = sex
                else:
                    wanted.setdefault(base, "?")
                if form == "dr":
                    doctors.add(base)
                if form == "nick":
                    nicks.add(base)
        taken: set[str] = set()
        self.people: dict[str, Who] = {}
        p_sex, r_sex = style.sex
        wanted.setdefault("p", "?")
        wanted.setdefault("r", "?")
        for base in sorted(wanted, key=lambda b: (b not in ("p", "r"), b)):
            sex = p_sex if base == "p" else r_sex if base == "r" else wanted[base]
            if base in ("p", "r") and wanted[base] != "?":
                sex = wanted[base]
            who = _draw(rng, sex, taken, want_nick=base in nicks)
            who.doctor = base in doctors
            who.in_record = self.record and base in ("p", "r")
            self.people[base] = who
        self.extra_people: list[Who] = []
        self.taken = taken
        self.rel = rng.choice(RELATIONS[self.people["r"].sex])
        # dates
        self.day = date(2025, 1, 6) + timedelta(days=rng.randint(0, 600))
        self.next = self.day + timedelta(days=rng.randint(4, 9))
        self.ldate = self.next + timedelta(days=rng.randint(10, 60))
        if style.child:
            self.dob = self.day - timedelta(days=rng.randint(300, 5000))
        elif style.old or rng.random() < 0.25:
            self.dob = date(rng.randint(1924, 1934), rng.randint(1, 12), rng.randint(1, 28))
        else:
            self.dob = date(rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28))
        years = self.day.year - self.dob.year
        if (self.day.month, self.day.day) < (self.dob.month, self.dob.day):
            years -= 1
        self.age = years
        self.nhs = nhs_number(rng)
        self.nhs_layout = rng.randrange(3)
        digits = [str(rng.randint(0, 9)) for _ in range(10)]
        letters = [rng.choice("ABCDEFGHJKLMNPRSTWXY") for _ in range(3)]
        shape = self.hosp_shape
        out, di, li = [], 0, 0
        for ch in shape:
            if ch == "9":
                out.append(digits[di])
                di += 1
            elif ch == "A":
                out.append(letters[li % 3])
                li += 1
            else:
                out.append(ch)
        self.hosp = "".join(out)
        self.house = rng.randint(1, 120)
        self.street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        self.flat = rng.random() < 0.15
        inward = f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        self.postcode = f"{district} {inward}"
        line = f"{self.house} {self.street}"
        if self.flat:
            line = f"Flat {rng.randint(1, 12)}, {line}"
        self.line = line
        self.old_line = (
            f"{rng.randint(1, 90)} {rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        )
        self.ward = f"{rng.choice(WARD_WORDS)} Ward"
        self.ward2 = f"{rng.choice([w for w in WARD_WORDS if w not in self.ward])} Ward"
        self.home = rng.choice(HOMES)
        self.hospital = rng.choice(HOSPITAL_FORMS).format(town=town)
        other = rng.choice([t for t in sorted(TOWN_INFO) if t != town])
        self.hospital2 = rng.choice(HOSPITAL_FORMS).format(town=other)
        self.trust = TRUST_FORM.format(town=town)
        self.gp = rng.choice(GP_NAMES)
        self.council = f"{town} Town Council"
        self.prov = rng.choice(PROVIDERS)
        year = self.day.year % 100
        self.refs = [self._ref(shape) for shape in style.refs]
        self.time = _clock(rng)
        self.time2 = _clock(rng)
        slug = _plain(town).replace("-", "")
        self.email = rng.choice(["patientsafety", "incidents", "pals", "safeguarding"]) + (
            f".{slug}@nhs.net"
        )
        prov_slug = _plain(self.prov.split()[0])
        self.email2 = f"{rng.choice(['office', 'care', 'manager'])}@{prov_slug}.co.uk"
        self.url = rng.choice(
            [f"www.{prov_slug}care.co.uk", f"https://www.{slug}healthcare.nhs.uk/concerns",
             f"{slug}-district.nhs.uk/feedback"]
        )  # fmt: skip
        self.year = year
        self.dot = rng.random() < 0.3
        self.init_dots = rng.random() < 0.4
        self.initials_used: set[str] = set()
        self.phone_layout = rng.randrange(13)
        self.mob_layout = rng.randrange(9)

    def _ref(self, shape: str) -> str:
        rng = self.rng
        return shape.format(
            y=self.day.year % 100, Y=self.day.year, n4=f"{rng.randint(0, 9999):04d}",
            n5=f"{rng.randint(0, 99999):05d}", n6=f"{rng.randint(100000, 999999)}",
            L=rng.choice("ABCDEFGHKMNPRSTW"),
        )  # fmt: skip

    def newcomer(self) -> Who:
        who = _draw(self.rng, "?", self.taken)
        who.doctor = self.rng.random() < 0.1
        self.extra_people.append(who)
        return who


def _clock(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.choice(range(0, 60, 5)):02d}"


# ---------------------------------------------------------------------------------------------
# Writing values as people write them
# ---------------------------------------------------------------------------------------------


def _words(n: int) -> str:
    """An age over 89 in words, as the templates write it ("ninety-four")."""
    ones = "one two three four five six seven eight nine".split()
    if n < 100:
        return "ninety" if n == 90 else f"ninety-{ones[n - 91]}"
    if n == 100:
        return "one hundred"
    return f"one hundred and {ones[n - 101]}"


def _date_with_year(day: date, rng: random.Random, *, birth: bool = False) -> str:
    month, wd = MONTHS[day.month - 1], WEEKDAYS[day.weekday()]
    forms = [
        f"{day:%d/%m/%Y}", f"{day.day}/{day.month}/{day.year}", day.isoformat(),
        f"{day:%d-%m-%Y}", f"{day:%d.%m.%Y}", f"{day.day} {month} {day.year}",
        f"{ordinal(day.day)} {month} {day.year}", f"{day.day} {month[:3]} {day.year}",
        f"{day.day} {month[:3].upper()} {day.year}", f"{day:%d}{month[:3].upper()}{day.year}",
        f"{day.day}-{month[:3]}-{day.year}",
    ]  # fmt: skip
    if not birth:
        forms += [
            f"{wd} {day.day} {month} {day.year}", f"{wd} {ordinal(day.day)} {month} {day.year}",
            f"{month} {day.day}, {day.year}", f"{wd[:3]} {day:%d/%m/%Y}", f"{day:%d/%m/%y}",
            f"{day.day}.{day.month}.{day:%y}",
        ]  # fmt: skip
    return rng.choice(forms)


def _date_without_year(day: date, rng: random.Random) -> str:
    month, wd = MONTHS[day.month - 1], WEEKDAYS[day.weekday()]
    return rng.choice(
        [
            f"{ordinal(day.day)} {month}", f"{day.day} {month}", f"the {ordinal(day.day)}",
            f"the {ordinal(day.day)} of {month}", f"{wd} the {ordinal(day.day)}",
            f"{wd[:3]} {ordinal(day.day)} {month[:3]}", f"{wd[:3]} {day.day}/{day.month}",
            f"{day.day}/{day.month}", f"{day.day} {month[:3]}", f"{wd} {ordinal(day.day)}",
            f"{day:%d/%m}",
        ]
    )  # fmt: skip


def _phone(case: _Case, mobile: bool) -> str:
    rng = case.rng
    if mobile:
        local = f"{rng.randint(900000, 900999)}"
        return [
            f"07700 {local}", f"07700{local}", f"+44 7700 {local}", f"07700 {local[:3]} {local[3:]}",
            f"+447700{local}", f"+44 (0)7700 {local}", f"0770 0{local[:2]} {local[2:]}",
            f"07700-{local[:3]}-{local[3:]}", f"+44 (0) 7700 {local}",
        ][case.mob_layout]  # fmt: skip
    code, local, ext = case.code, f"{rng.randint(200000, 899999)}", f"{rng.randint(2000, 7999)}"
    return [
        f"{code} {local}", f"{code} {local[:3]} {local[3:]}", f"({code}) {local}",
        f"{code}-{local}", f"+44 {code[1:]} {local}", f"+44 (0){code[1:]} {local}",
        f"{code}{local}", f"{code} {local} ext {ext}", f"{code} {local} x{ext}",
        f"+44{code[1:]}{local}", f"({code}) {local[:3]} {local[3:]}", f"({code}){local}",
        f"{code} {local[:2]} {local[2:4]} {local[4:]}",
    ][case.phone_layout]  # fmt: skip


def _initials(who: Who) -> str:
    parts = [p for p in re.split(r"[\s-]+", f"{who.first} {who.last}") if p]
    return "".join(_plain(p)[:1].upper() for p in parts)


class _Builder:
    """Text with its gold spans and negatives, written piece by piece."""

    def __init__(self, case: _Case) -> None:
        self.case = case
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[GoldSpan] = []
        self.negatives: list[tuple[int, int]] = []
        self.stamp: datetime | None = None

    def put(self, text: str, label: str | None = None, who: Who | None = None) -> None:
        if label == "PERSON":
            self.spans.append(
                GoldSpan(self.length, self.length + len(text), label, who.names, who.in_record)
            )
        elif label == "NEG":
            self.negatives.append((self.length, self.length + len(text)))
        elif label:
            self.spans.append(GoldSpan(self.length, self.length + len(text), label))
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)

    def write(self, template: str, people: dict[str, Who]) -> None:
        position = 0
        for match in _SLOT.finditer(template):
            self.put(template[position : match.start()])
            position = match.end()
            who, form, slot, term = match.groups()
            if term:
                self.put(term, "NEG")
            elif who:
                base = _WHO.fullmatch(who)
                self.person(people[base.group(1) if base else who], form)
            else:
                self.value(slot)
        self.put(template[position:])

    def person(self, who: Who, form: str) -> None:
        case = self.case
        dot = "." if case.dot else ""
        if form == "poss":
            self.put(who.full, "PERSON", who)
            self.put("'s")
            return
        if form == "email":
            self.put(f"{_plain(who.first).replace('-', '')}.{_plain(who.last)}@nhs.net", "EMAIL")
            return
        if form == "init":
            initials = _initials(who)
            if (
                initials in CLINICAL_INITIALS
                or initials in case.initials_used
                or not 2 <= len(initials) <= 4
            ):
                form = "initl"
            else:
                case.initials_used.add(initials)
                self.put(".".join(initials) + "." if case.init_dots else initials, "PERSON", who)
                return
        value = {
            "full": who.full,
            "first": who.first,
            "last": who.last,
            "title": f"{who.honorific()}{dot} {who.last}",
            "dr": f"{who.honorific()}{dot} {who.last}",
            "tfull": f"{who.honorific()}{dot} {who.full}",
            "initl": f"{who.first[0]}{'.' if case.init_dots else ''} {who.last}",
            "caps": f"{who.last.upper()}, {who.first}",
            "upper": who.full.upper(),
            "lower": who.full.lower(),
            "nick": who.nick or who.first,
        }[form]
        self.put(value, "PERSON", who)

    def value(self, slot: str) -> None:
        case, rng = self.case, self.case.rng
        if slot == "date":
            self.put(_date_with_year(case.day, rng) if rng.random() < 0.6
                     else _date_without_year(case.day, rng), "DATE")  # fmt: skip
        elif slot == "day":
            self.put(_date_without_year(case.day, rng), "DATE")
        elif slot == "next":
            self.put(_date_with_year(case.next, rng) if rng.random() < 0.5
                     else _date_without_year(case.next, rng), "DATE")  # fmt: skip
        elif slot == "ldate":
            self.put(_date_with_year(case.ldate, rng), "DATE")
        elif slot == "dob":
            self.put(_date_with_year(case.dob, rng, birth=True), "DATE")
        elif slot == "stamp":
            shape = case.style.stamp
            value = self.stamp.strftime(shape.rstrip("!"))
            self.put(value.upper() if shape.endswith("!") else value, "DATE")
        elif slot == "clock":
            self.put(f"{self.stamp:%H:%M}")
        elif slot == "age":
            if case.age > 89:
                self.put(_words(case.age) if rng.random() < 0.25 else str(case.age), "AGE")
            else:
                self.put(str(case.age), "NEG")
        elif slot == "nhs":
            n = case.nhs
            self.put([n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"][
                case.nhs_layout], "NHS_NUMBER")  # fmt: skip
        elif slot == "hosp":
            self.put(case.hosp, "HOSPITAL_NUMBER")
        elif slot == "addr":
            kind = rng.randrange(4)
            town, loc, line, code = case.town, case.locality, case.line, case.postcode
            if kind == 0:
                self.put(f"{line}, {loc}, {town}", "ADDRESS")
                self.put(", ")
                self.put(code, "POSTCODE")
            elif kind == 1:
                self.put(f"{line}, {loc}, {town}".upper(), "ADDRESS")
                self.put(", ")
                self.put(code, "POSTCODE")
            elif kind == 2:
                self.put(f"{line} {loc} {town}", "ADDRESS")
                self.put(" ")
                self.put(code.replace(" ", ""), "POSTCODE")
            else:
                self.put(f"{line}, {town}", "ADDRESS")
                self.put(" ")
                self.put(code.lower(), "POSTCODE")
        elif slot == "addrb":
            self.put(f"{case.line}\n{case.locality}\n{case.town}", "ADDRESS")
            self.put("\n")
            self.put(case.postcode, "POSTCODE")
        elif slot == "addr2":
            self.put(f"{case.old_line}, {case.town}", "ADDRESS")
        elif slot in ("ward", "ward2", "home", "street"):
            self.put(getattr(case, slot), "LOCATION")
        elif slot in ("hospital", "hospital2", "trust", "gp", "council", "prov"):
            self.put(getattr(case, slot), "ORGANISATION")
        elif slot in ("ref", "ref2"):
            self.put(case.refs[slot == "ref2"], "ID")
        elif slot == "phone":
            self.put(_phone(case, False), "PHONE")
        elif slot == "mob":
            self.put(_phone(case, True), "PHONE")
        elif slot in ("email", "email2"):
            self.put(getattr(case, slot), "EMAIL")
        elif slot == "url":
            self.put(case.url, "URL")
        elif slot == "rel":
            self.put(case.rel)
        elif slot in ("time", "time2"):
            self.put(getattr(case, slot))
        else:  # pragma: no cover - a template error
            raise KeyError(slot)


# ---------------------------------------------------------------------------------------------
# Putting a document together
# ---------------------------------------------------------------------------------------------

_RANK = {"date": 1, "day": 1, "next": 2, "ldate": 3}


def _ranks(sentence: str) -> list[int]:
    return [_RANK[s] for s in re.findall(r"\{(\w+)\}", sentence) if s in _RANK]


def _place_extras(rng: random.Random, body: list[str], extras: list[str], first: int) -> None:
    """Put each extra where the dates before it are no later and those after no earlier."""
    for extra in extras:
        own = _ranks(extra)
        spots = []
        for index in range(min(first, len(body)), len(body) + 1):
            before = [r for s in body[:index] for r in _ranks(s)]
            after = [r for s in body[index:] for r in _ranks(s)]
            if own and ((before and max(before) > min(own)) or (after and min(after) < max(own))):
                continue
            spots.append(index)
        if spots:
            body.insert(rng.choice(spots), extra)


def _shared(style: Style) -> tuple[str, ...]:
    return {"prose": SHARED, "lines": SHARED_LINES, "letter": SHARED_LETTER}[style.register]


def _target(rng: random.Random, register: str) -> int:
    mean, spread, low, high = {
        "prose": (292, 24, 240, 360), "lines": (282, 22, 230, 340), "letter": (276, 20, 230, 330),
    }[register]  # fmt: skip
    return int(min(high, max(low, rng.gauss(mean, spread))))


def _count(sentences: list[str]) -> int:
    return len(re.sub(r"\{\w+\.\w+\}|\{\w+\}", "X Y", " ".join(sentences)).split())


def example(rng: random.Random, number: int, style: Style | None = None) -> Example:
    return _example(rng, number, style)[0]


def _example(rng: random.Random, number: int, style: Style | None = None):
    style = style or rng.choice(STYLES)
    own = [*style.headers, *style.core, *style.extras, *style.endings]
    case = _Case(rng, style, own)
    body = list(style.core)
    _place_extras(rng, body, list(style.extras), len(style.core))
    pool = list(_shared(style))
    rng.shuffle(pool)
    target = _target(rng, style.register)
    # a log line's stamp, clock and signer add words of their own
    per_line = len(re.sub(r"\{\w+\}", "X", style.topup.replace("{text}", "")).split()) + 1
    per_line = per_line if style.register == "lines" else 0
    while pool and _count([*style.headers, *body, *style.endings]) + per_line * len(body) < target:
        where = len(body) if style.register == "letter" else rng.randint(2, len(body))
        body.insert(where, pool.pop())
    out = _Builder(case)
    people = dict(case.people)
    if style.register == "lines":
        _write_log(out, case, style, body, people)
    else:
        for header in style.headers:
            out.write(header, people)
            out.put("\n\n")
        for index, sentence in enumerate(body):
            out.write(sentence, people)
            out.put("\n\n" if index % 3 == 2 or index == len(body) - 1 else " ")
        for index, ending in enumerate(style.endings):
            out.write(ending, people)
            if index < len(style.endings) - 1:
                out.put("\n")
    known: dict = {}
    if case.record:
        p, r = case.people["p"], case.people["r"]
        known = {
            "names": [p.full, r.full],
            "nhs_number": case.nhs,
            "date_of_birth": case.dob.isoformat(),
            "hospital_number": case.hosp,
            "address": f"{case.line}, {case.locality}, {case.town}, {case.postcode}",
        }
    text = out.text()
    spans = tuple(sorted(out.spans, key=lambda s: s.start))
    ex = Example(f"{PREFIX}-{number:06d}", text, known, spans, style.name)
    return ex, sorted(out.negatives)


def _write_log(out: _Builder, case: _Case, style: Style, body: list[str], people) -> None:
    rng = case.rng
    for header in style.headers:
        out.write(header, people)
        out.put("\n")
    staff = [k for k in ("s1", "s2", "d", "o1", "o2", "o3") if k in case.people]
    stamp = datetime(case.day.year, case.day.month, case.day.day, rng.randint(6, 20), 0)
    stamp += timedelta(minutes=rng.choice(range(0, 60, 5)))
    shared = set(SHARED_LINES)
    for line in body:
        if line in shared or not staff:
            who = case.newcomer() if rng.random() < 0.6 or not case.extra_people else (
                rng.choice(case.extra_people))  # fmt: skip
            key = f"t{case.extra_people.index(who)}"
            people[key] = who
        else:
            key = rng.choice(staff)
        form = rng.choice(["init", "init", "init", "initl", "full", "caps", "first", "first"])
        template = style.topup.replace("{text}", line).replace("{sign}", f"{{{key}.{form}}}")
        out.stamp = stamp
        out.write(template, people)
        out.put("\n")
        stamp += timedelta(minutes=rng.choice(range(5, 95, 5)))
    out.put("\n")
    for index, ending in enumerate(style.endings):
        out.write(ending, people)
        if index < len(style.endings) - 1:
            out.put("\n")


def generate_with_negatives(count: int, seed: int = 1):
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _example(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> list[Example]:
    return [ex for ex, _ in generate_with_negatives(count, seed)]


def alternatives() -> int:
    """How many sentences the pack can choose from."""
    own = sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
    return own + len(SHARED) + len(SHARED_LINES) + len(SHARED_LETTER)


# ---------------------------------------------------------------------------------------------
# Top-up sentences, each register its own
# ---------------------------------------------------------------------------------------------

SHARED = (
    "The review panel read the clinical record, the incident form and the statements of the staff on duty.",
    "No single act caused the harm; the delays added up across three teams that did not share one record.",
    "Observations were recorded but the <<NEWS2>> total was not escalated at the point it should have been.",
    "The panel noted that <<the Mental Capacity Act>> was referred to in the notes without a recorded assessment.",
    "Learning from this review will be shared at the governance meeting and through the weekly safety huddle.",
    "Staff described a busy shift with two vacancies that had not been filled by the bank office.",
    "The family were offered a meeting and were told the findings in plain language before the report was closed.",
    "A <<falls sensor mat>> had been requested on admission but was not found in the equipment store.",
    "There was no evidence that the <<Waterlow>> assessment was repeated after the change in mobility.",
    "The reviewer found that the handover sheet did not carry the allergy or the resuscitation decision.",
    "Medicines reconciliation was completed by the pharmacy team the following morning.",
    "The panel agreed that <<the Duty of Candour>> applied and that the letter was sent within the required time.",
    "Policies on escalation were in date, but staff on the night shift had not seen the latest version.",
    "The <<Clinical Frailty Scale>> was not recorded, which left the team without a shared picture of baseline.",
    "This case will be shared with <<HSSIB>> as part of a wider look at discharge at weekends.",
    "Timings in the record were checked against the telephone system and the ambulance log.",
    "The reviewers thank the family for the time they gave and for the questions they asked.",
    "No concerns were found about the conduct of any one member of staff; the learning is about the system.",
)
SHARED_LINES = (
    "Rang back, no answer, voicemail left asking for a call to the office",
    "Message passed to the coordinator for the morning",
    "Entry written late, time of event as shown",
    "Relative rang asking for an update, told of plan for the day",
    "Record checked, no further notes since last entry",
    "Left a message on the answerphone, will try again in an hour",
    "Spoke to the GP receptionist, request added to the duty list",
    "Care plan read back and agreed, copy left in the folder",
    "Paper copy of the <<NEWS2>> chart scanned and attached",
    "Queried the <<apixaban>> on the list, pharmacist confirmed it is current",
    "Checked <<key safe>> code with office, updated on the system",
    "Asked about <<Oramorph>> use overnight, none needed",
    "Reminded about the <<falls sensor mat>> before leaving",
    "<<pulse oximeter>> reading noted as given over the telephone",
    "Told the family the incident has been reported under <<the Duty of Candour>> policy",
    "Office informed, incident form started",
    "Second person asked to check the entry above",
    "No change since last entry, nothing further to add",
    "Handover given, no new concerns raised",
    "Supervisor told, asked to review in the morning",
    "Asked whether a <<commode>> or <<rollator>> is needed at home, to be checked",
    "<<Waterlow>> score from the last visit copied across",
)
SHARED_LETTER = (
    "I have kept a note of the dates and times, and I am happy to share it with whoever looks into this.",
    "I would be grateful for a written reply, so that everyone involved has the same account.",
    "Please let me know if you need anything further from me, or if there is a form I should fill in.",
    "I am raising this so that the same thing does not happen to someone else.",
    "Nobody involved meant any harm, and I want that to be clear from the start.",
    "It has taken me some time to write this, because the weeks afterwards were very hard.",
    "I have copied this letter to the patient advice and liaison service so that there is a record of it.",
    "If a meeting would help, I can come in on most weekday afternoons.",
    "The family have seen this letter and agree with what it says.",
    "I have tried to keep to what I saw and heard myself rather than what I was told later.",
    "Where I have the time of a call wrong, the telephone records will show the right one.",
    "I would like to know what will change, and when.",
    "The staff on the day were kind, and none of this is meant as a complaint about them.",
    "I understand that a review may take some weeks, and I am content to wait for it.",
    "I am happy for this letter to be shared with <<the CQC>> if that would help.",
)


# ---------------------------------------------------------------------------------------------
# The 25 styles
# ---------------------------------------------------------------------------------------------

_S = Style
STYLES = (
    _S("allotment_wound_tetanus_missed_review", "prose",
       "minor injuries review, a man cut on rusty wire at his allotment was sent home without a tetanus booster and came back with lockjaw",
       ("Patient safety review {ref}: tetanus after an allotment injury ({date})",
        "Patient: {p.tfull}, born {dob}, NHS number {nhs}, unit number {hosp}"),
       ("{p.full}, aged {age}, cut his palm on old fencing wire while clearing his plot on {date} and walked into the minor injuries unit at {hospital} at {time}.",
        "{o1f.full}, the emergency nurse practitioner, cleaned and glued the wound but the question about tetanus cover was left blank on the <<Manchester Triage System>> card.",
        "He returned on {next} unable to open his mouth, was given <<clarithromycin>> and human tetanus immunoglobulin, and spent nine days in <<side room 2>> on {ward}."),
       ("His {rel}, {r.full}, said he had been given <<naloxone>> training at the allotment society but nobody there had ever mentioned tetanus.",
        "The practice nurse at {gp}, {o2m.tfull}, confirmed that no booster had been given since he left the army, though his <<Parkinson's disease>> reviews were up to date.",
        "Muscle spasm was scored hourly and he needed <<Oramorph>> at night for the first week."),
       ("Review completed by {s1.full}, Clinical Governance Lead, {ldate}.",), sex="M?"),
    _S("lido_cold_water_swimmer_arrhythmia_review", "prose",
       "emergency department review, a winter open-air swimmer with palpitations discharged with a normal first ECG who collapsed at the lido the next week",
       ("Structured judgement review, reference {ref}",
        "{p.caps} | DOB {dob} | {hosp} | {addr}"),
       ("{p.title}, aged {age}, swam every morning at the open-air lido and came to the emergency department at {hospital} on {date} after an episode of racing heart on the steps out of the water.",
        "The first tracing was normal and {o1m.tfull} discharged her with advice, but a second tracing asked for by the triage nurse, {s1.full}, was never done because she had been moved to <<chair 3>> in the discharge lounge.",
        "On {next} the lifeguard, {o2f.full}, found her collapsed on the poolside with <<SpO2 86%>> and a pulse too fast to count."),
       ("Her {rel}, {r.full}, told us she had asked twice whether a heart monitor could be fitted before she was moved from <<bay 4>>.",
        "The <<Glasgow Coma Scale>> on arrival of the crew was 9 and she was taken to the cardiac unit at {hospital2}.",
        "The lido manager rang {phone} to ask whether the <<pulse oximeter>> in their first aid room should be used on swimmers."),
       ("Signed off by {d.tfull}, consultant in emergency medicine, on {ldate}.",), sex="F?"),
    _S("swallowed_button_battery_toddler_review", "prose",
       "urgent care review, a toddler who swallowed a hearing aid battery from a grandparent's handbag was triaged as a coin ingestion (child)",
       ("Child safeguarding and patient safety review {ref}",
        "Child: {p.full} | NHS {nhs} | hospital number {hosp}"),
       ("On {date} {p.first} was brought to the urgent treatment centre at {hospital} by {r.tfull}, her {rel}, who thought she had swallowed something from her grandfather's hearing aid case.",
        "The triage note, written by {s1.full}, recorded a coin, and the child waited two hours in <<cubicle 6>> without an X-ray.",
        "The paediatric registrar, {d.tfull}, saw the double ring on the film at {time}, gave honey as the <<Manchester Triage System>> note had not, and arranged transfer by blue light to {hospital2}."),
       ("The audiology team at {trust} confirmed that the batteries are supplied without child-resistant packaging.",
        "Her weight of <<weight 41.2 kg>> was recorded against her in error; it belonged to the patient in the next cubicle.",
        "{o1f.tfull}, the health visitor, had visited two weeks before and recorded a <<PEWS>> chart from an earlier chest infection, but gave no advice about batteries."),
       ("Report approved by {s2.full}, Named Nurse for Safeguarding Children, {ldate}.",), child=True, sex="F?"),
    _S("sheltered_scheme_warden_night_fall_review", "prose",
       "review of a very old woman in a sheltered housing flat whose fall alarm rang through to an unstaffed office overnight (old)",
       ("Review of a long lie at a sheltered housing scheme, {ref}",
        "Resident: {p.tfull}, date of birth {dob}, NHS number {nhs}"),
       ("{p.tfull}, aged {age}, lived alone at {addr} in a scheme run by {prov}, and fell getting up from her <<commode>> in the early hours of {date}.",
        "The alarm went through to the scheme office, where the <<Warden>> post had been vacant since the spring, and nobody was told to divert the line.",
        "She was found at {time} by her {rel}, {r.full}, with a <<BP 84/50>> and pressure damage to her hip, and was admitted to {ward} at {hospital}."),
       ("{r.first} called the office on {phone}, got an answering machine and found the <<key safe>> code had been changed.",
        "Her <<Parkinson's disease>> medicines were delayed by six hours because the ambulance crew could not find them in the flat.",
        "{o1m.full}, the housing officer, said the lines had been changed when the scheme moved to a new provider."),
       ("Review led by {s1.tfull} for {trust} with {prov}, {ldate}.",), old=True, provider=True, sex="F?"),
    _S("lunch_club_choking_modified_diet_review", "prose",
       "review after a man with a texture-modified diet choked on a sandwich at a church hall lunch club that had not been told about it (old)",
       ("Incident review {ref}: choking at a community lunch club",
        "{p.upper}, born {dob}, {nhs}"),
       ("{p.tfull}, aged {age}, had a speech and language therapy plan for a level 5 minced and moist diet after a stroke in the spring, and a <<MUST>> score of 2.",
        "On {date} he went to the lunch club at the church hall for the first time, and volunteer {o1f.full} served him the same sandwich as everyone else.",
        "The club <<Treasurer>>, {o2m.full}, did back blows and rang 999 at {time}; he was taken to {hospital} and treated for aspiration pneumonia on {ward}."),
       ("The discharge letter sent to {gp} carried the diet plan, but the social prescriber who made the referral, {s1.full}, was sent only a summary.",
        "His {rel}, {r.full}, had assumed the club would be told by the surgery, as it had been about his <<Fortisip>>.",
        "Chest X-ray showed right lower lobe change and he needed <<SpO2 86%>> corrected on oxygen for three days."),
       ("Closed by {s2.full}, Patient Safety Partner, on {ldate}.",), old=True, sex="M?"),
    _S("blister_pack_wrong_week_dispensed_review", "prose",
       "review of a very old man given the wrong week's medicines in a monitored dosage pack, with a double dose of his anticoagulant (old)",
       ("Medication incident review, community pharmacy, reference {ref}",
        "Patient {p.caps}, date of birth {dob}, hospital number {hosp}"),
       ("{p.title} is {age} years old and has his medicines in weekly blister packs delivered by the pharmacy, with a carer from {prov} prompting him each morning.",
        "On {date} two packs were delivered together and the carer, {o1f.full}, opened the second week by mistake, so he took <<apixaban>> twice that day.",
        "He was admitted to {hospital} on {next} with a bleed from his bladder, a <<BP 84/50>> and a haemoglobin that needed two units of blood."),
       ("The delivery driver, {o2m.full}, said the pharmacy had asked him to drop both packs because of the bank holiday.",
        "His {rel}, {r.full}, lives away and rings him each evening on {mob}.",
        "The pharmacist, {s1.tfull}, has changed the labels so that the week commencing date is printed in large type, with <<apixaban>> marked in red."),
       ("Reviewed by {s2.full} and the medicines safety officer, {ldate}.",), old=True, provider=True, sex="M?"),
    _S("night_sitter_syringe_driver_alarm_review", "prose",
       "end of life care review after a syringe driver alarmed overnight at home and the night sitter could not reach the out-of-hours nurses",
       ("Review of end of life care at home, {ref}",
        "{p.tfull} | NHS {nhs} | {addr}"),
       ("{p.full}, aged {age}, was dying at home with a <<syringe driver>> set up by the district nurses on {date}.",
        "At {time} the next night the alarm sounded and the night sitter from {prov}, {o1f.full}, rang the number on the folder, which went to a voicemail.",
        "{r.full}, the {rel}, rang 111 instead, and a nurse, {s1.full}, arrived three hours later to find the line kinked and the pain uncontrolled."),
       ("The folder still held the number of the old single point of access, {phone}, tucked behind <<the Mental Capacity Act>> assessment.",
        "The anticipatory medicines box held <<Buccolam>> that had been prescribed for someone else and was removed.",
        "{o2m.full}, the palliative care consultant, had written the plan clearly, including <<2.5 mg>> of midazolam as needed, but it had not reached the out-of-hours service."),
       ("Review led by {s2.tfull}, Head of Community Nursing, {ldate}.",), provider=True),
    _S("school_trip_adrenaline_pen_left_behind_review", "prose",
       "review after a pupil with peanut allergy reacted on a school trip and her adrenaline pens had been left in the school office (child)",
       ("Emergency department and school nursing review {ref}",
        "Pupil: {p.full}, NHS number {nhs}, hospital number {hosp}"),
       ("On {date} {p.first} ate a cereal bar on a coach trip to a farm park and began to wheeze within minutes.",
        "Her two <<Epipen>> devices were in a labelled box in the school office, and the teacher leading the trip, {o1f.tfull}, had signed them out but not packed them.",
        "A paramedic, {s1.full}, gave adrenaline at the roadside and she was taken to {hospital}, where she stayed overnight in <<bay 4>> of {ward}."),
       ("Her {rel}, {r.tfull}, was called at work on {mob} and met the ambulance.",
        "The school nurse, {s2.full}, had updated her care plan in September and shown staff how to use a <<spacer>>.",
        "Her peak flow was half her best and she needed <<salbutamol>> back to back for an hour."),
       ("Agreed by {d.tfull}, paediatric consultant, on {ldate}.",), child=True, sex="F?"),
    _S("fruit_picker_heat_illness_caravan_review", "prose",
       "review of a seasonal fruit picker found confused in a farm caravan in a heatwave after a helpline call was triaged as low priority",
       ("Patient safety review {ref}: heat illness on a soft fruit farm",
        "{p.caps}, born {dob}, NHS number {nhs}, temporary address {addr}"),
       ("{p.full}, aged {age}, had been picking strawberries in temperatures above thirty degrees for four days when a friend, {o1m.full}, rang 111 for her on {date}.",
        "The call handler recorded dizziness and vomiting but not the heat, and an ambulance was not sent until a second call at {time}.",
        "The crew found her with a temperature of <<38.9C>> and a <<heart rate 128>> and took her to {hospital}, where she was cooled on {ward}."),
       ("An interpreter was not used on either call; her English was described as good by the call handler, {o2f.full}, who did not ask about <<thiamine>> or other medicines.",
        "The farm's welfare lead, {s1.full}, gave the caravan number but the site had no postcode of its own.",
        "She had been told she was not registered with a GP, though {gp} had accepted her in June at her old address, {addr2}."),
       ("Approved by {s2.tfull}, ambulance service patient safety lead, {ldate}.",), sex="F?"),
    _S("ambulance_handover_queue_stroke_window_review", "prose",
       "review of a man with stroke symptoms who waited in an ambulance outside the emergency department until he was outside the treatment window",
       ("Serious incident review, {ref}",
        "Patient: {p.tfull}, DOB {dob}, hospital number {hosp}"),
       ("{p.full}, aged {age}, woke with a weak left arm on {date} and was brought to {hospital} by ambulance at {time}.",
        "The crew, led by {o1m.full}, scored him on the FAST check but the vehicle joined a queue of eleven and the stroke team were not told he was outside.",
        "The stroke registrar, {d.tfull}, saw him four hours later, when thrombolysis was no longer possible, and he was admitted to {ward}."),
       ("His {rel}, {r.full}, had followed in her own car, was told to wait in the main department and was not asked about his <<apixaban>>.",
        "The hospital ambulance liaison officer, {s1.full}, was covering two sites that day under <<NHS England>> escalation guidance.",
        "A <<NEWS2>> of 5 was recorded in the ambulance but the paper copy stayed in the vehicle."),
       ("Review signed by {s2.full}, Deputy Director of Nursing, on {ldate}.",), sex="MF"),
    _S("care_home_flu_outbreak_antiviral_delay_review", "prose",
       "review of a flu outbreak in a nursing home where antivirals for residents were delayed over a weekend (old)",
       ("Outbreak review, {home}, reference {ref}",
        "Index resident: {p.tfull}, date of birth {dob}, NHS number {nhs}"),
       ("{p.title}, aged {age}, was the first resident at {home} to develop a fever, on {date}, and was swabbed by the nurse in charge, {s1.full}.",
        "The result came back on a Friday evening, but the health protection team's advice to start oseltamivir for all residents was e-mailed to an address the home no longer used.",
        "By {next} nine residents were unwell and {p.title} was admitted to {hospital} with <<SpO2 86%>> on air."),
       ("Her {rel}, {r.full}, was told about the outbreak by another visitor, not by the home, and was not asked about <<a DoLS authorisation>> for visits.",
        "The GP at {gp}, {d.tfull}, prescribed by telephone once the manager, {o1m.full}, reached him on the Monday.",
        "Residents with <<Lewy body dementia>> were hardest to keep in their rooms."),
       ("Signed by {s2.full} for the integrated care board, {ldate}.",), old=True, sex="F?"),
    # ---- logs ----
    _S("community_transport_driver_trip_log_csv", "lines",
       "a volunteer community transport scheme's trip log pasted as CSV into a review, a passenger left at the wrong hospital entrance for a dialysis slot",
       ("Extract from trip log, {council} community transport, passenger {p.full}, ref {ref}",
        "date,time,entry,by"),
       ("Booked pick-up at {addr}, passenger walks with <<rollator>>",
        "Dropped at main entrance of {hospital} as per booking, passenger said she would be fine",
        "Unit rang scheme office {phone}, passenger not arrived for slot"),
       ("Passenger found at outpatients by the <<Marshal>> on the car park, taken across in wheelchair",
        "Driver {o1m.full} says the booking form had no department written",
        "Return trip cancelled by unit, passenger unwell, <<BP 84/50>> after dialysis"),
       ("Pasted into review {ref2} by {s2.full}, Patient Experience, {ldate}.",),
       refs=("CT-{n4}", "PX/{Y}/{n4}"), topup='{stamp},{clock},"{text}",{sign}', stamp="%Y-%m-%d",
       sex="F?"),
    _S("pharmacy_home_delivery_drops_csv", "lines",
       "a community pharmacy's delivery run sheet pasted as CSV into a review, an insulin delivery left on a doorstep in the sun",
       ("Pharmacy delivery record for {p.caps}, DOB {dob}, NHS {nhs}",
        "date,time,driver,note"),
       ("Delivery 4 of 19, {addr}, insulin and <<glucometer>> strips",
        "No answer, parcel with <<Fortisip>> and insulin left in porch as per note on system",
        "Customer rang {mob} to say parcel hot to touch, asked pharmacist"),
       ("Pharmacist {s1.full} advised do not use, replacement arranged",
        "Note on system dated last year with old address {addr2}, no doorstep drops asked for since",
        "<<BM 2.1>> reported by customer's {rel} after using old stock, 999 called"),
       ("Entered into incident {ref} by {s2.full}, superintendent pharmacist, {ldate}.",),
       refs=("PH-{n5}", "{n6}"), topup="{stamp},{clock},{sign},\"{text}\"", stamp="%d/%m/%Y"),
    _S("virtual_ward_remote_observations_table", "lines",
       "a hospital at home virtual ward's remote observations table pasted into a review, a falling oxygen reading seen late",
       ("Virtual ward record: {p.tfull}, hospital number {hosp}, NHS {nhs}",
        "| Date | Time | Observation / action | By |\n| --- | --- | --- | --- |"),
       ("Admitted to virtual ward from {ward}, <<pulse oximeter>> issued, aged {age}",
        "Reading <<SpO2 86%>> uploaded, no alert raised, threshold set for another patient",
        "Video call, patient breathless, {d.tfull} asked for 999"),
       ("Relative {r.full} rang the hub on {phone}, worried, <<NEWS2>> not shown on her app",
        "Kit swapped for replacement, old device returned to <<the MHRA>> reporting route",
        "<<NEWS2>> 7 calculated by crew on arrival"),
       ("Table copied into review {ref} by {s2.full}, virtual ward matron, {ldate}.",),
       refs=("VW-{n5}", "{n6}"), topup="| {stamp} | {clock} | {text} | {sign} |", stamp="%d.%m.%Y"),
    _S("foster_carer_daily_diary_table", "lines",
       "a foster carer's daily diary pasted as a table into a looked-after child's health review, a missed seizure medicine and a head injury (child)",
       ("Daily diary extract for {p.first} (NHS {nhs}), placement with {r.tfull}",
        "| Day | Who | Entry |\n| --- | --- | --- |"),
       ("Morning dose of levetiracetam not in the box sent from contact, carer rang {gp}",
        "Seizure lasting four minutes at breakfast, <<Buccolam>> given as per plan",
        "Fell during seizure, bump to forehead, taken to {hospital}"),
       ("Social worker {o1f.nick} told, {o2m.full} from the contact centre to check bag",
        "Discharged with head injury advice sheet, <<Glasgow Coma Scale>> 15, observed overnight",
        "Pharmacy supply arranged, <<5 ml>> syringe replaced"),
       ("Diary entries provided to the review {ref} by {s2.full}, Designated Nurse, {ldate}.",),
       refs=("LAC-{n4}", "{n6}"), topup="| {stamp} {clock} | {sign} | {text} |", stamp="%a %d/%m/%Y",
       child=True),
    _S("bleep_holder_pager_messages_log", "lines",
       "the night bleep holder's pager messages pasted into a review, a call about a deteriorating patient that went to a pager left in a locker",
       ("Pager export for night site practitioner, {hospital}, review {ref}",
        "Patient concerned: {p.caps}, {hosp}, {ward}"),
       ("Please attend {ward}, patient <<NEWS2>> 6, aged {age}",
        "Repeat page, no answer, nurse {o1f.lower} asking",
        "Switchboard told pager found in locker, handed to {s1.full}"),
       ("Outreach asked to attend, <<heart rate 128>> noted",
        "{d.tfull} reviewed, fluids prescribed",
        "Moved to <<side room 2>> for closer observation"),
       ("Export checked against the telephone log by {s2.full}, {ldate}.",),
       refs=("NSP-{n4}", "{n5}"), topup="[{stamp} {clock}] {sign}: {text}", stamp="%d-%b-%Y"),
    _S("care_home_call_bell_audit_log", "lines",
       "a nursing home's call bell audit printout pasted into a review, a resident's bell answered after forty minutes before a fall (old)",
       ("Call bell audit, {home}, room of {p.tfull}, date of birth {dob}",
        "Resident aged {age}; extract requested by {s2.full}"),
       ("Bell pressed, room 14, resident asking for <<commode>>",
        "Bell reset from corridor panel, no attendance recorded, <<falls sensor mat>> unplugged",
        "Resident found on floor by {o1f.full}, <<Waterlow>> reassessed"),
       ("Nurse in charge {s1.full} informed, <<Abbey pain scale>> 8",
        "{d.tfull} called at {gp}, X-ray requested",
        "Family member {r.full} rang {phone}, told of fall"),
       ("Audit extract attached to safeguarding enquiry {ref} under <<Section 42>>, {ldate}.",),
       refs=("SG-{n5}", "{n6}"), topup="{stamp} {clock} - {text} ({sign})", stamp="%d%b%Y!",
       old=True),
    # ---- letters ----
    _S("village_defibrillator_guardian_email", "letter",
       "the guardian of a village hall defibrillator e-mails the ambulance service after a cardiac arrest where the cabinet code given by the call handler was wrong",
       ("From: {s1.email}\nTo: {email}\nSubject: Defibrillator cabinet code given during a cardiac arrest",
        "{ldate}\n\nDear {o1f.tfull},"),
       ("I am the volunteer guardian of the defibrillator on the wall of the village hall, and I was there when {p.tfull} collapsed at the Saturday market on {date}.",
        "The call handler gave us a cabinet code that had been changed in the spring, and it was several minutes before I reached the building with my key.",
        "{p.first} was taken to {hospital} by the air ambulance; his {rel}, {r.full}, has told me he remains on {ward} and has asked me to write."),
       ("I registered the new code with the ambulance service through {url} and have the confirmation e-mail.",
        "The pads had been replaced in March and the device passed its check; I report its status to <<the MHRA>> recall list each month.",
        "Our parish clerk, {o2m.full}, can confirm the date the code was changed on {phone}."),
       ("Kind regards,\n{s1.full}\nDefibrillator guardian",), sex="M?"),
    _S("hearing_aid_audiology_lost_repair_complaint_letter", "letter",
       "a daughter complains to an audiology department that her very old father's hearing aids were lost in the post for repair and he fell when he could not hear a carer (old)",
       ("{r.tfull}\n{addrb}",
        "{ldate}\n\nDear {s1.tfull},"),
       ("I am writing about my father, {p.tfull}, who is {age} and has worn hearing aids for twenty years; his NHS number is {nhs}.",
        "His aids were sent for repair from the clinic at {hospital} on {date} and have not been seen since, though the audiology helpline, {phone}, told me twice that they were on their way.",
        "Without them he did not hear the carer from {prov} call out, stood up too quickly and fell; he was seen at {hospital} on {next} with a cut to his head."),
       ("He also has <<Parkinson's disease>> and relies on reading lips, which his carers cannot do with masks.",
        "Your colleague {o1m.full} said the courier would be chased, but nobody rang back, even when I mentioned <<the Duty of Candour>>.",
        "I would like to know who is responsible for the aids once they leave the clinic."),
       ("Yours sincerely,\n{r.full}",), old=True, provider=True, sex="MF"),
    _S("student_nurse_insulin_hypo_concern_email", "letter",
       "a student nurse e-mails her university link lecturer about unsafe insulin practice she saw on placement, with a named patient's hypoglycaemia",
       ("From: {s1.email}\nTo: {o1f.email}\nSubject: Concern from placement on {ward}",
        "Sent {ldate}\n\nDear {o1f.nick},"),
       ("I need to raise a concern from my placement on {ward} at {hospital}, about the patient in <<bed 11>>, {p.caps}, aged {age}.",
        "On {date} the insulin chart was signed for <<20 units>> at lunchtime but the meal had been sent back, and at {time} I found him sweaty with a <<BM 2.1>>.",
        "When I told the nurse I was working with, {o2m.full}, he said it happens and to give juice, and nothing was written in the notes."),
       ("I spoke to the ward <<Sister>>, {s2.full}, the next day and she thanked me.",
        "I have read <<the Duty of Candour>> policy and I do not think the family were told.",
        "My practice assessor is {o3f.full}, the ward <<Matron>> knows, and both know I am writing."),
       ("Best wishes,\n{s1.full}\nStudent nurse, second year",), sex="M?"),
    _S("medical_examiner_family_call_followup_letter", "letter",
       "a medical examiner writes to a widow after their telephone call, setting out the concerns she raised about her husband's last admission",
       ("Medical Examiner Office, {hospital}\n{r.tfull}\n{addrb}",
        "{ldate}\n\nDear {r.title},"),
       ("Thank you for speaking with me on the telephone after the death of your husband, {p.full}, on {ward}, and please accept my condolences.",
        "You told me that he was admitted on {date} with a chest infection and that you raised concerns about his breathing with the nurse in charge, {o1m.full}, that evening.",
        "He died on {next}; I have read the records and referred his care for a structured judgement review by the mortality team."),
       ("The cause of death I have agreed with {d.tfull} is pneumonia, with <<Parkinson's disease>> as a contributing condition.",
        "You mentioned that his <<Epipen>> allergy card was not on the front of his notes, and I have passed this on.",
        "My officer, {o2f.full}, can be reached on {phone} if you have more questions about the <<Clinical Frailty Scale>> recorded on admission."),
       ("With kind regards,\n{s1.tfull}\nMedical Examiner",), sex="MF"),
    _S("taxi_driver_collapsed_passenger_email", "letter",
       "a taxi driver e-mails a hospital after a passenger he was asked to take home from the emergency department collapsed in his cab",
       ("To: {email}\nSubject: Passenger I drove home from your emergency department",
        "{ldate}\n\nDear Sir or Madam,"),
       ("I drive a private hire car and on {date} I was booked by your department to take {p.tfull} home to {addr} after he was discharged at {time}.",
        "He could hardly stand, and halfway home he slumped in the back; I stopped and rang 999 and the call handler talked me through keeping his airway open.",
        "The crew said his sugar was <<BM 2.1>> and took him back to {hospital}; I do not know what happened after that."),
       ("The nurse who put him in my car, {o1f.full}, told me he had a <<NEWS2>> of 1 and was just tired.",
        "The discharge letter in his hand gave an old address, {addr2}, and I had to ask him where he now lived.",
        "His {rel}, {r.full}, has since thanked me and asked me to write to you."),
       ("Regards,\n{s1.full}\nMobile {mob}",), sex="M?"),
    _S("headteacher_pupil_hypo_care_plan_letter", "letter",
       "a headteacher writes to a children's diabetes team after a pupil had a severe hypo at school because the care plan sent home had the wrong insulin doses (child)",
       ("{o1m.full}\nHeadteacher\nTelephone {phone}",
        "{ldate}\n\nDear {d.tfull},"),
       ("I am writing about {p.full}, a pupil in Year 4, date of birth {dob}, who had a severe hypo in the school hall on {date}.",
        "The care plan your team sent us in the summer said <<10 mg>> where it should have said units, and our staff, following the corrected plan from his {rel}, still gave the larger lunchtime dose.",
        "He was treated by the ambulance crew with <<500 micrograms>> of glucagon and taken to {hospital}, where he stayed overnight on {ward}."),
       ("Our first aider, {o2f.full}, used the <<glucometer>> and the hypo box exactly as trained.",
        "His {rel}, {r.tfull}, has asked me to share this letter with her.",
        "The school nurse, {s1.full}, has offered to visit and go through the plan again with staff."),
       ("Yours sincerely,\n{o1m.full}",), child=True, sex="MF"),
    _S("parish_nurse_church_concern_letter", "letter",
       "a parish nurse writes to a GP practice about an isolated very old man she visits through the church who has run out of his medicines twice",
       ("{gp}\nFor the attention of {d.tfull}",
        "{ldate}\n\nDear {d.title},"),
       ("I am a retired nurse who visits older members of our congregation, and I am writing with the consent of {p.tfull}, {age}, of {addr}.",
        "When I called on {date} he had been without his <<apixaban>> for four days, and the repeat prescription he ordered through the pharmacy had not been issued.",
        "His neighbour, {o1f.full}, tells me the same happened in the spring, and I am worried he will have a stroke before anyone notices."),
       ("He is {age} but very independent, uses a <<rollator>> indoors and does not like to telephone the surgery.",
        "Our church <<Treasurer>> has offered to collect prescriptions but we do not want to do so without your agreement.",
        "I can be contacted on {mob} in the evenings."),
       ("With best wishes,\n{s1.full}\nParish nurse",), sex="M?"),
    _S("carers_centre_respite_cancelled_letter", "letter",
       "a carers' centre support worker writes to adult social care after a man caring for his wife with dementia had her respite stay cancelled the day before and was admitted himself",
       ("{council} Carers' Hub\nTelephone {phone}\n{url}",
        "{ldate}\n\nDear {o1f.tfull},"),
       ("I support {r.tfull}, who cares full time for his wife, {p.tfull}, aged {age}, at {addr}; her NHS number is {nhs}.",
        "On {date} the manager of {home} rang to say that the week of respite agreed for {next} had been given to a hospital discharge, and nothing else was offered.",
        "{r.first} carried on alone, hurt his back lifting her from the <<commode>>, and on {next} both of them were taken to {hospital} by ambulance."),
       ("She has <<Lewy body dementia>> and wanders at night, and he had not slept properly for weeks.",
        "A carer's assessment under <<the Care Act 2014>> was completed in the spring but the contingency plan section was blank.",
        "The social worker, {o2m.full}, has been very helpful since and has asked for a <<Section 42>> enquiry, but was on leave that week."),
       ("Yours sincerely,\n{s1.full}\nCarers' support worker",), sex="FM"),
)  # fmt: skip
