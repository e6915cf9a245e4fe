"""An eleventh blind de-identification pack: 25 NHS document types no earlier pack wrote.

Written without reading the engine (see evaluation_blind11.md). Only the shared infrastructure of
``learnloop.sharing.evaluation`` and the standard library are used.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from learnloop.sharing.evaluation import (
    DIRECT_IDENTIFIERS,
    LABELS,
    Example,
    GoldSpan,
    _new_person,
    listed_names,
    nhs_number,
    ordinal,
    postcode,
)

__all__ = ["DIRECT_IDENTIFIERS", "LABELS", "generate", "example", "generate_with_negatives"]

PREFIX = "blind11"
LOW_WORDS = 200
HIGH_WORDS = 420
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Town, postcode area, dialling code (facts).
TOWNS = (
    ("Kendal", "LA", "01539"), ("Scarborough", "YO", "01723"), ("Grimsby", "DN", "01472"),
    ("Hartlepool", "TS", "01429"), ("Barnsley", "S", "01226"), ("Rotherham", "S", "01709"),
    ("Burnley", "BB", "01282"), ("Oldham", "OL", "0161"), ("Crewe", "CW", "01270"),
    ("Telford", "TF", "01952"), ("Dudley", "DY", "01384"), ("Walsall", "WS", "01922"),
    ("Wolverhampton", "WV", "01902"), ("Mansfield", "NG", "01623"), ("Chesterfield", "S", "01246"),
    ("Boston", "PE", "01205"), ("King's Lynn", "PE", "01553"), ("Bedford", "MK", "01234"),
    ("Basingstoke", "RG", "01256"), ("Eastbourne", "BN", "01323"), ("Hastings", "TN", "01424"),
    ("Yeovil", "BA", "01935"), ("Barnstaple", "EX", "01271"), ("Newport", "NP", "01633"),
    ("Wrexham", "LL", "01978"), ("Edinburgh", "EH", "0131"), ("Glasgow", "G", "0141"),
    ("Derry", "BT", "028"), ("Cardiff", "CF", "029"), ("Southend-on-Sea", "SS", "01702"),
)  # fmt: skip
LOCALITIES = (
    "Netherfield", "Kirkby Moor", "Low Fold", "Scotforth", "Cleethorpes Road", "Owton Manor",
    "Monk Bretton", "Kimberworth", "Rosegrove", "Chadderton", "Wistaston", "Wellington",
    "Netherton", "Bloxwich", "Tettenhall", "Forest Town", "Brimington", "Wyberton",
    "Gaywood", "Brickhill", "Brighton Hill", "Hampden Park", "Ore", "Lufton", "Pilton",
    "Maindee", "Rhosddu", "Leith", "Govanhill", "Waterside", "Splott", "Prittlewell",
)  # fmt: skip
STREETS = (
    "Kiln", "Tannery", "Foundry", "Weavers", "Quarry", "Ropewalk", "Cobden", "Peel",
    "Mafeking", "Jubilee", "Ladysmith", "Carr", "Ings", "Pinfold", "Sandbeds", "Fold",
    "Beckside", "Gillside", "Heathcote", "Larkspur", "Thistle", "Bracken", "Wharf", "Lock",
)  # fmt: skip
STREET_KINDS = ("Road", "Street", "Lane", "Close", "Avenue", "Terrace", "Row", "Drive", "Walk")
WARD_WORDS = (
    "Buttermere", "Derwent", "Coniston", "Ullswater", "Grasmere", "Kielder", "Teesdale",
    "Wensley", "Swale", "Ribble", "Calder", "Lune", "Tamar", "Severn", "Wharfe", "Tees",
)  # fmt: skip
HOMES = (
    "Brackenbury House", "The Sycamores", "Moorview Lodge", "Larkhill Court", "Ferncliffe",
    "St Bede's", "Hollins Grange", "Wheatfield House", "The Limes", "Daleside Lodge",
)  # fmt: skip
HOSPITAL_FORMS = (
    "{town} General Infirmary", "{town} Memorial Hospital", "St Aidan's Hospital",
    "{town} Royal Hospital", "{town} Victoria Hospital", "St Cuthbert's Hospital",
    "{town} District Hospital",
)  # fmt: skip
TRUST_FORMS = (
    "{town} Teaching Hospitals NHS Trust", "North {town} Healthcare NHS Foundation Trust",
    "{town} Community Health NHS Trust", "{town} and District NHS Foundation Trust",
)  # fmt: skip
GP_FORMS = (
    "{street} Surgery",
    "{street} Medical Group",
    "The {street} Practice",
    "{street} Health Centre",
)
COUNCIL_FORMS = ("{town} City Council", "{town} Borough Council", "{town} Council")
PROVIDERS = (
    "Northway Orthotics Ltd", "Pennine Mobility Solutions", "Clearsound Hearing Ltd",
    "Medibridge Pharmacy", "Thornbury Sleep Services Ltd", "Apex Courier Logistics",
    "Greenhalgh & Webb Solicitors", "Brightwater Recruitment", "Halcyon Home Ventilation Ltd",
    "Castlegate Dental Care", "Fellside Occupational Health Ltd", "Redbrick Records Storage",
)  # fmt: skip

NATIONAL = (
    "the CQC", "NHS England", "NHS Blood and Transplant", "the DVLA", "NICE", "UKHSA",
    "the MHRA", "the ICB", "the DWP", "the Royal College of Radiologists", "SHOT",
    "the Health and Safety Executive",
)  # fmt: skip
LOOKALIKES = {
    "eponym": (
        "Parkinson's disease",
        "Graves' disease",
        "Paget's disease",
        "Hartmann's pouch",
        "Colles fracture",
        "Bell's palsy",
        "Alzheimer's disease",
        "Dupuytren's contracture",
        "Trendelenburg gait",
        "Romberg's test",
        "the Epley manoeuvre",
        "Tinel's sign",
        "Phalen's test",
        "Kernig's sign",
        "Cushing's syndrome",
        "Crohn's disease",
        "Lewy body dementia",
        "Mallory-Weiss tear",
        "Guillain-Barré syndrome",
        "Kell antibodies",
        "Duffy antigens",
        "Addison's disease",
        "Barrett's oesophagus",
    ),
    "score": (
        "a Bishop score of 6",
        "NEWS2 of 5",
        "NEWS2 of 3",
        "MUST 2",
        "a BMI of 13.4",
        "BMI 14.1",
        "an ACE-III of 71",
        "a MoCA of 19",
        "an Epworth score of 17",
        "an AHI of 42",
        "ASA 3",
        "a Ramsay score of 2",
        "a Timed Up and Go of 24 seconds",
        "a FRAX of 18%",
        "an NYHA class III",
        "an EQ-5D of 0.52",
        "Hb 71 g/L",
        "an SpO2 of 88%",
        "a PHQ-9 of 16",
        "a THI of 64",
        "a Modified Ashworth of 3",
        "a Tinetti score of 14",
        "a Clinical Frailty Scale of 6",
    ),
    "drug": (
        "midazolam",
        "flumazenil",
        "alendronic acid",
        "denosumab",
        "Adcal-D3",
        "sacubitril",
        "bisoprolol",
        "furosemide",
        "apixaban",
        "levetiracetam",
        "Epilim",
        "lamotrigine",
        "donepezil",
        "memantine",
        "mirabegron",
        "solifenacin",
        "botulinum toxin A",
        "Dysport",
        "baclofen",
        "Thiamine",
        "Fortisip",
        "Ensure Compact",
        "O negative red cells",
        "Octaplex",
        "Instillagel",
        "triamcinolone",
        "lidocaine 1%",
        "ranibizumab",
    ),
    "law": (
        "the Mental Capacity Act",
        "the Equality Act 2010",
        "the Mental Health Act",
        "the Human Tissue Act",
        "the Blood Safety and Quality Regulations",
        "IR(ME)R",
        "the Care Act 2014",
        "the Access to Health Records Act",
        "GDPR Article 15",
        "the Road Traffic Act",
        "Section 2",
        "a DoLS authorisation",
    ),
    "number": (
        "bay 3",
        "bed 14",
        "chair 6",
        "side room 2",
        "fridge 2",
        "room 4",
        "Band 5",
        "Band 7",
        "trolley 9",
        "cubicle 5",
        "lane 3",
        "level 2",
        "slot 11",
        "box 47",
    ),
    "duration": (
        "6/52",
        "3/12",
        "2/7",
        "48 hrs",
        "10/7",
        "4/52",
        "12 sessions",
        "18/12",
        "72 hours",
    ),
    "national": NATIONAL,
}
NICKNAMES = {
    "Elizabeth": ("Betty", "Liz"), "Robert": ("Bob", "Bobby"), "Patricia": ("Pat", "Trish"),
    "Margaret": ("Peggy", "Madge"), "Edward": ("Ted", "Eddie"), "Catherine": ("Kate", "Cathy"),
    "Frederick": ("Fred", "Freddie"), "Josephine": ("Josie", "Jo"), "Anthony": ("Tony",),
    "Susan": ("Sue", "Susie"), "Albert": ("Bert", "Albie"), "Winifred": ("Winnie",),
    "Henry": ("Harry", "Hal"), "Florence": ("Flo", "Florrie"), "James": ("Jim", "Jimmy"),
    "Archibald": ("Archie",), "Dorothy": ("Dot", "Dottie"), "Kenneth": ("Ken", "Kenny"),
}  # fmt: skip
WORD_NAMES = (
    "Hope", "Faith", "Joy", "Summer", "Autumn", "Robin", "Heather", "Sky", "Patience",
    "Comfort", "Goodness", "Sunday", "Ward", "Page", "Lamb", "Marsh", "Hunter", "Moss",
    "Sparrow", "Knight", "Bishop", "Mason", "Baker", "Hope", "Parkinson", "Graves", "Paget",
    "Bell", "Hartmann",
)  # fmt: skip
_FEMALE = (
    "Carys", "Bethan", "Morag", "Catriona", "Aoife", "Saoirse", "Harpreet", "Manpreet",
    "Anjali", "Kiran", "Chidinma", "Ngozi", "Folake", "Akosua", "Małgorzata", "Ioana",
    "Xiaoling", "Maryam", "Khadija", "Mary-Jo", "Lily-Rose", "Hope", "Faith", "Joy", "Summer",
    "Heather", "Patience", "Comfort", "Goodness", "Elizabeth", "Patricia", "Margaret",
    "Catherine", "Josephine", "Susan", "Winifred", "Florence", "Dorothy",
)  # fmt: skip
_MALE = (
    "Owain", "Rhodri", "Euan", "Ruaridh", "Ciarán", "Donnacha", "Sukhvinder", "Imran", "Tariq",
    "Ravinder", "Oluwaseun", "Chukwuemeka", "Kwabena", "Yaw", "Grzegorz", "Mihai", "Wei Jie",
    "Yusuf", "Jean-Pierre", "Robin", "Sky", "Sunday", "Robert", "Edward", "Frederick",
    "Anthony", "Albert", "Henry", "James", "Archibald", "Kenneth",
)  # fmt: skip
_SURNAMES = (
    "van den Berg", "de Oliveira", "du Plessis", "dos Santos", "le Roux", "al-Rashid",
    "bin Hamid", "ter Horst", "O'Sullivan", "MacAulay", "McCracken", "FitzPatrick",
    "Ashworth-Pryce", "Okafor-Lane", "Singh-Bassi", "Lloyd-Jenkins", "Okafor", "Eze",
    "Nwachukwu", "Asante", "Ofori", "Gill", "Bains", "Hussain", "Rahman", "Akhtar", "Iqbal",
    "Zhang", "Nowak", "Popescu", "Kowalczyk", "Ward", "Page", "Lamb", "Marsh", "Hunter",
    "Moss", "Sparrow", "Knight", "Bishop", "Mason", "Baker", "Parkinson", "Graves", "Paget",
    "Bell", "Hartmann", "Ó Súilleabháin",
)  # fmt: skip
RELATIONS = ("daughter", "son", "husband", "wife", "niece", "nephew", "partner", "brother")
HOSP_FORMS = ("@@#######", "### ### ###", "@##/#####", "#######@")


def _shape(rng: random.Random, shape: str) -> str:
    return "".join(
        str(rng.randint(0, 9))
        if ch == "#"
        else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        if ch == "@"
        else ch
        for ch in shape
    )


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


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

HONS = ("mr", "mrs", "ms", "miss", "dr", "master")


@dataclass
class Who:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool = False
    hon: str = "Mr"
    dotted: bool = False
    nick: str = ""

    def parts(self) -> set[str]:
        words = re.split(r"[\s-]+", f"{self.first} {self.last} {self.nick}".casefold())
        return {w for w in words if w}


def _listed(name: str) -> bool:
    listed = listed_names()
    return all(part.casefold() in listed for part in re.split(r"[\s-]+", name) if part)


def _draw(rng: random.Random, taken: set[str], *, doctor: bool = False) -> Who:
    while True:
        if rng.random() < 0.55:
            base = _new_person(rng)
            who = Who(base.first, base.last, base.sex, base.names)
        else:
            sex = rng.choice("FM")
            first = rng.choice(_FEMALE if sex == "F" else _MALE)
            last = rng.choice(_SURNAMES)
            names = "listed" if _listed(first) and _listed(last) else "unlisted"
            who = Who(first, last, sex, names)
        if who.first in NICKNAMES:
            who.nick = rng.choice(NICKNAMES[who.first])
        if who.last.casefold().rstrip(".") in HONS or who.first.casefold() in HONS:
            continue
        if who.parts() & taken or not re.fullmatch(r"[^\W\d_][\w' -]*", f"{who.first} {who.last}"):
            continue
        taken |= who.parts()
        if doctor:
            who.hon = "Dr"
        else:
            who.hon = "Mr" if who.sex == "M" else rng.choice(("Mrs", "Ms", "Miss", "Mrs"))
        who.dotted = who.hon != "Dr" and rng.random() < 0.2
        return who


def _initials(who: Who, dotted: bool) -> str:
    letters = [w[0].upper() for w in re.split(r"[\s-]+", who.first) if w][:1]
    letters += [w[0].upper() for w in re.split(r"\s+", who.last) if w and w[0].isupper()][-1:]
    if len(letters) < 2:
        letters.append(who.last[0].upper())
    return "".join(f"{ch}." for ch in letters) if dotted else "".join(letters)


def _form(who: Who, form: str, rng: random.Random) -> str:
    hon = who.hon + ("." if who.dotted else "")
    return {
        "full": f"{who.first} {who.last}",
        "first": who.first,
        "last": who.last,
        "title": f"{hon} {who.last}",
        "tfull": f"{hon} {who.first} {who.last}",
        "short": f"{who.first[0]}{'.' if rng.random() < 0.5 else ''} {who.last}",
        "init": _initials(who, rng.random() < 0.4),
        "caps": f"{who.last.upper()}, {who.first}",
        "upper": f"{who.first} {who.last}".upper(),
        "lower": f"{who.first} {who.last}".lower(),
        "nick": who.nick or who.first,
        "dr": f"Dr {who.last}",
    }[form]


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------


def date_text(rng: random.Random, day: date, *, full: bool = False) -> str:
    m, wd = MONTHS[day.month - 1], _DAYS[day.weekday()]
    forms = [
        f"{day:%d/%m/%Y}",
        f"{day:%d/%m/%Y}",
        f"{day.day}/{day.month}/{day:%y}",
        f"{day.day} {m} {day.year}",
        f"{ordinal(day.day)} {m} {day.year}",
        f"{day:%d}{m[:3].upper()}{day.year}",
        f"{day.day} {m[:3].upper()} {day.year}",
        f"{day.day}.{day.month}.{day:%y}",
        f"{day:%d-%m-%Y}",
        f"{day.day}-{m[:3]}-{day.year}",
        f"{m} {day.day}, {day.year}",
        f"{wd[:3]} {day:%d/%m/%Y}",
        day.isoformat(),
        f"{day:%d.%m.%Y}",
        f"{ordinal(day.day)} {m[:3]} '{day:%y}",
    ]
    if not full:
        forms += [
            f"{wd[:3]} {ordinal(day.day)} {m[:3]}",
            f"{wd} the {ordinal(day.day)}",
            f"{wd[:3]} {day.day}/{day.month}",
            f"the {ordinal(day.day)} of {m}",
            f"{ordinal(day.day)} {m}",
            f"{day.day} {m}",
            f"{day:%d/%m}",
            f"{day.day} {m[:3]}",
            f"{wd[:4] if wd.startswith(('Tu', 'Th')) else wd[:3]} {day:%d.%m}",
        ]
    return rng.choice(forms)


def _phone_number(rng: random.Random, code: str | None) -> str:
    if code is None:  # mobile
        n = f"07{rng.randint(400, 999)}{rng.randint(0, 999999):06d}"
        return rng.choice(
            [f"{n[:5]} {n[5:]}", n, f"{n[:5]}-{n[5:8]}-{n[8:]}", f"+44 {n[1:5]} {n[5:]}",
             f"+44 (0){n[1:5]} {n[5:]}", f"+44{n[1:]}", f"{n[:5]} {n[5:8]} {n[8:]}"]
        )  # fmt: skip
    rest = "".join(str(rng.randint(0, 9)) for _ in range(11 - len(code)))
    rest = str(rng.randint(2, 8)) + rest[1:]
    if len(code) == 3:
        local = f"{rest[:4]} {rest[4:]}"
    elif len(code) == 4:
        local = f"{rest[:3]} {rest[3:]}"
    else:
        local = rest
    number = rng.choice(
        [f"{code} {local}", f"({code}) {local}", f"{code}-{local.replace(' ', '-')}",
         f"{code}{local.replace(' ', '')}", f"+44 {code[1:]} {local}", f"+44 (0){code[1:]} {local}"]
    )  # fmt: skip
    roll = rng.random()
    if roll < 0.15:
        number += f" ext {rng.randint(1000, 9999)}"
    elif roll < 0.25:
        number += f" x{rng.randint(1000, 9999)}"
    return number


_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS = {
    2: "twenty",
    3: "thirty",
    4: "forty",
    5: "fifty",
    6: "sixty",
    7: "seventy",
    8: "eighty",
    9: "ninety",
}


def _age_words(n: int) -> str:
    if n >= 100:
        return "one hundred" + (f" and {_UNITS[n - 100]}" if n > 100 else "")
    if n < 20:
        return (
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        )[n - 10]
    tens, unit = divmod(n, 10)
    return _TENS[tens] + (f"-{_UNITS[unit]}" if unit else "")


def _ascii(value: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", plain)


# ---------------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------------
# Slots: {x.form} for people p (patient), r (relative), s1, s2 (staff), d (doctor), o1..o5
# (outsiders); values {date} {dob} {age} {nhs} {hosp} {addr} {addrb} {addr2} {ward} {home}
# {street} {hospital} {trust} {gp} {council} {prov} {ref} {ref2} {phone} {mob} {email} {semail}
# {team} {url} {rel} {time}. <<term>> is a look-alike (never gold).

S = Style
STYLES = (
    S(
        "blood_fridge_traceability_slip",
        "lines",
        "blood bank traceability slip, a unit not fated back",
        (
            "TRACEABILITY SLIP {ref} - {hospital} blood transfusion lab",
            "Blood bank - unit fate / traceability record. Lab ref {ref}. Ward: {ward}",
        ),
        (
            "{date} {time} Unit collected from <<fridge 2>> for {p.caps} (MRN {hosp}, NHS {nhs}) by {o1.full}, porter.",
            "{date} {time} Sample group check by BMS {s1.init}: group O, <<Kell antibodies>> noted, <<O negative red cells>> issued.",
            "{date} {time} Fate of unit not returned; lab rang {ward} on {phone}, spoke to {s2.title}.",
            "{date} {time} Traceability chased again, slip found in the notes trolley on <<bed 14>> under another patient's name, {o2.upper}.",
        ),
        (
            "{date} {time} {o3.short} from the courier firm {prov} confirmed the cool box left at {time}.",
            "{date} {time} Hb before transfusion <<Hb 71 g/L>>; 2 units over <<48 hrs>> planned by {d.dr}.",
            "{date} {time} {p.first} asked whether the blood was safe; {s2.first} explained.",
            "{date} {time} Reported to <<SHOT>> and <<the MHRA>> under <<the Blood Safety and Quality Regulations>> as {ref2}.",
        ),
        (
            "Completed by {s1.init} for the transfusion practitioner, {team}.",
            "Slip scanned to the transfusion folder by {s2.short}, {date}.",
        ),
        ("TFS-######", "SABRE/##/####"),
        provider=("Apex Courier Logistics",),
    ),
    S(
        "cohort_area_delay_log",
        "lines",
        "ambulance cohort area log, a crew held six hours",
        (
            "COHORT AREA LOG {hospital} ED - crew job {ref}",
            "{trust} - ED cohort area - ambulance handover log - CAD {ref}",
        ),
        (
            "{date} {time} Arrived, {p.upper} {age}, fall at home {addr}; crew {o1.full} and {o2.first}.",
            "{date} {time} Handed to cohort nurse {s1.full}; NEWS2 recorded as <<NEWS2 of 3>>, on <<trolley 9>>.",
            "{date} {time} Still in the corridor, <<NEWS2 of 5>>, {d.dr} asked to review; relative {r.full} ({rel}) on {mob}.",
            "{date} {time} Moved to {ward}; total handover delay over 6 hours, escalated to <<the ICB>>.",
        ),
        (
            "{date} {time} Pressure area red over sacrum, {p.first} says {r.first} had been ringing since lunch.",
            "{date} {time} Crew released by {s2.title} after {o3.caps} from HALO desk called.",
            "{date} {time} Meds brought in: <<apixaban>>, <<bisoprolol>>, <<furosemide>>; no {p.last} label on the bag.",
            "{date} {time} Background <<Parkinson's disease>> and <<Cushing's syndrome>> per GP record from {gp}.",
        ),
        (
            "Log closed by {s1.init} {date}.",
            "Entries checked against the HALO sheet by {s2.init} on {date}.",
        ),
        ("CAD-########", "HAL/##/#####"),
    ),
    S(
        "dental_sedation_record",
        "lines",
        "dental sedation record, midazolam given without escort",
        (
            "{prov} - IV sedation record ref {ref}",
            "Conscious sedation (IV) - {prov} - patient {p.upper} - record {ref}",
        ),
        (
            "Patient: {p.tfull}  DOB {dob}  NHS {nhs}  Hospital no {hosp}",
            "{date} {time} Pre-sedation checks by {s1.short}, patient {age}; <<ASA 3>>, escort named as {r.full} ({rel}), {mob}.",
            "{date} {time} <<midazolam>> 4 mg titrated by {d.dr}; <<a Ramsay score of 2>>.",
            "{date} {time} Escort not in waiting room; {p.first} left alone at {time}, found by {o1.full} at the bus stop on {street}.",
        ),
        (
            "{date} {time} <<flumazenil>> not needed; obs stable in <<chair 6>>.",
            "{date} {time} Rang escort again: number belonged to {o2.full}, who did not know the patient.",
            "{date} {time} Nurse {s2.last} drove out to {addr} with the practice manager {o3.title}.",
            "{date} {time} Discussed at huddle; refer to <<the CQC>> guidance on sedation escorts.",
        ),
        (
            "Signed {s1.init} / {d.init}",
            "Record complete; copy scanned {date} by {s2.init}.",
        ),
        ("SED-#####", "CDC/####/##"),
        provider=("Castlegate Dental Care",),
    ),
    S(
        "anorexia_weigh_day_log",
        "lines",
        "eating disorder unit weigh-day log, weights swapped",
        (
            "{ward} - weigh day log, {date}",
            "WEIGH DAY {date} - {ward} - adult eating disorders, {hospital}",
        ),
        (
            "{time} {p.caps} (NHS {nhs}) weighed by HCA {s1.first}, gown only, <<BMI 14.1>>.",
            "{time} {o1.lower} (another patient) weighed next, same scale; figures written the wrong way round.",
            "{time} {d.dr} reduced supervision on the wrong figure; <<MUST 2>> not re-scored.",
            "{time} Error found when {p.first} fainted in <<bay 3>>, <<a BMI of 13.4>>; {r.title} told on {mob}.",
        ),
        (
            "{time} Meal plan: <<Fortisip>> x2, <<Thiamine>> 100 mg, phosphate checked.",
            "{time} Named nurse {s2.full} updated the family at {addr}.",
            "{time} Section status: <<Section 2>> under <<the Mental Health Act>>, reviewed by {o2.dr}.",
            "{time} {p.first} asked that {o3.first} from the unit not be told.",
        ),
        (
            "Entered by {s1.init}, checked {s2.init}.",
            "Next weigh day {date}, two-person check agreed ({s2.init}).",
        ),
        ("EDU-####-##", "WL/#####"),
    ),
    S(
        "hand_therapy_splint_note",
        "prose",
        "hand therapy splint note, splint made for the wrong hand",
        (
            "Hand therapy note, {hospital} (ref {ref})",
            "Hand therapy outpatient record for {p.caps}, hosp no {hosp}",
        ),
        (
            "{p.tfull}, {age}, was seen on {date} after surgery for <<Dupuytren's contracture>> by {d.dr}.",
            "The thermoplastic splint had been moulded on {date} by {o1.full}, a locum therapist from {prov}, for the right hand although the operation note from {hospital} says left.",
            "{p.first} wore it for <<2/7>> before {r.first} ({rel}) rang the department on {phone} to query it.",
            "{s1.full} remade the splint the same day; <<Tinel's sign>> and <<Phalen's test>> were negative.",
        ),
        (
            "{p.title} also has <<Paget's disease>> and takes <<alendronic acid>>.",
            "A second patient, {o2.full}, had the same slot and the two records were open side by side.",
            "The GP, {o3.dr} at {gp}, was sent a copy by email to {semail}.",
            "Therapy continues for <<6/52>> in <<room 4>>; {p.nick} lives at {addr}.",
        ),
        (
            "{s1.short}, Band 6 hand therapist, {date}",
            "Entered by {s2.full}, hand therapy lead, on {date}.",
        ),
        ("HT-######", "SPL/##/###"),
        provider=("Brightwater Recruitment",),
    ),
    S(
        "falls_clinic_letter",
        "letter",
        "falls clinic letter, hip protectors never ordered",
        (
            "{hospital}\nFalls and Bone Health Clinic\n\n{date}\n\nPrivate and confidential\n{p.tfull}\n{addrb}",
            "Falls and Bone Health Clinic, {hospital}\nRef: {ref}\n{date}\n\n{p.upper}\n{addrb}",
        ),
        (
            "Dear {p.title},",
            "Thank you for coming to clinic on {date} with your {rel} {r.full}. We found <<a Timed Up and Go of 24 seconds>> and <<a FRAX of 18%>>, and you told me about the fall on {street}.",
            "I am sorry that the hip protectors promised after your last visit were never ordered: the request went to {prov} under another patient's name, {o1.tfull}.",
            "Please start <<Adcal-D3>> and we will discuss <<denosumab>> with {d.dr}; your <<Trendelenburg gait>> may improve with physiotherapy from {s1.full}.",
        ),
        (
            "You can reach the clinic on {phone} or by email at {team}.",
            "A copy of this letter goes to {gp} (NHS number {nhs}, hospital number {hosp}).",
            "Your neighbour {o2.first} who found you on the floor may wish to know about the pendant alarm from {council}.",
            "We checked your <<Romberg's test>> and it was normal; at {age} that is reassuring, {p.nick}.",
        ),
        (
            "Yours sincerely\n\n{s2.full}\nFalls Specialist Nurse",
            "With best wishes\n\n{s2.tfull}\nFalls Specialist Nurse, on behalf of {d.dr}",
        ),
        ("FC-#####", "FBH/##/####"),
        old=True,
        provider=("Pennine Mobility Solutions",),
    ),
    S(
        "oh_fitness_for_work_letter",
        "letter",
        "occupational health letter, sent to the wrong manager",
        (
            "{prov}\nConfidential occupational health advice\nOur ref {ref}\n{date}",
            "MANAGEMENT REFERRAL RESPONSE - IN CONFIDENCE\n{prov}\n{date}\nRef {ref}",
        ),
        (
            "Dear {o1.title},",
            "I saw your employee {p.full} (DOB {dob}) on {date} about returning to work after <<Guillain-Barré syndrome>>.",
            "This letter was first emailed in error to {o2.full} at {council}; we have asked them to delete it under <<GDPR Article 15>> guidance.",
            "In my opinion {p.first} is fit for adjusted duties under <<the Equality Act 2010>>, starting on {date} for <<4/52>>.",
        ),
        (
            "{p.first} consents to you discussing this with {r.first}, who can be reached on {mob}.",
            "The GP, {d.dr} of {gp}, is aware.",
            "Please contact the nurse adviser {s1.full} on {phone} or {semail}.",
            "Home address on file: {addr}.",
        ),
        (
            "Yours sincerely\n{s2.tfull}\nOccupational Health Physician",
            "Kind regards\n{s2.full}\nOH Physician, {prov}",
        ),
        ("OHR-######", "FFW/####/##"),
        provider=("Fellside Occupational Health Ltd",),
    ),
    S(
        "heart_failure_nurse_phone_log",
        "lines",
        "heart failure nurse phone log, weight rise missed",
        (
            "HF nurse telephone log - {p.upper} - NHS {nhs}",
            "Community heart failure service - telephone contacts - {p.caps} - hosp {hosp}",
        ),
        (
            "{date} {time} Rang {p.first} on {mob}; weight up 3 kg, <<an NYHA class III>>, on <<sacubitril>>.",
            "{date} {time} {p.nick} out; message left with {r.first} ({rel}); advised extra <<furosemide>> per plan from {d.dr}.",
            "{date} {time} Call logged against {o1.caps} by mistake (same surname initial), so no follow-up made.",
            "{date} {time} {p.first} admitted to {hospital} via ED; {s1.full} completed the incident form {ref}.",
        ),
        (
            "{date} {time} Address confirmed as {addr}.",
            "{date} {time} <<an EQ-5D of 0.52>> recorded at last clinic with {s2.short}.",
            "{date} {time} Cardiac rehab coordinator {o2.full} asked to re-book; <<12 sessions>> offered.",
            "{date} {time} GP practice {gp} emailed at {team}.",
        ),
        (
            "Log reviewed by {s2.init}",
            "Reviewed at HF MDT on {date} ({s2.init}).",
        ),
        ("HFN/#####", "CHF-####-##"),
    ),
    S(
        "pharmacy_nms_consultation",
        "prose",
        "community pharmacy NMS consultation, wrong inhaler label",
        (
            "New Medicine Service intervention, {prov}, ref {ref}",
            "NMS intervention record - {prov}, {street} branch - {date}",
        ),
        (
            "{p.tfull} ({age}, NHS {nhs}) was started on <<lamotrigine>> by {d.dr} at {gp} and came in on {date} for the intervention call.",
            "The pharmacist, {s1.full}, found the bag had been labelled for {o1.full}, who collects from the same branch on {street}.",
            "{p.first} had taken one dose of <<Epilim>> that was not theirs; {s1.first} rang NHS 111 and then {r.title} on {mob}.",
            "The follow-up consultation was booked for <<2/7>> later and recorded on the {prov} system.",
        ),
        (
            "The delivery driver, {o2.first}, said the parcel was left at {addr}.",
            "{p.first} has <<Crohn's disease>> and takes <<levetiracetam>> too, so interactions were checked.",
            "The superintendent pharmacist, {o3.full}, was told on {phone}.",
            "A report went to <<NHS England>> via the pharmacy contract portal.",
        ),
        (
            "Recorded by {s1.init} on {date}.",
            "Pharmacist {s1.full}, GPhC registered, {date}.",
        ),
        ("NMS-#######", "PHX/##/####"),
        provider=("Medibridge Pharmacy",),
    ),
    S(
        "reporting_discrepancy_meeting_minute",
        "prose",
        "radiology reporting discrepancy meeting minute",
        (
            "Reporting discrepancy meeting, {hospital}, {date} - case {ref}",
            "Radiology REALM meeting - minutes - {date} - {hospital}",
        ),
        (
            "Case presented by {s1.tdr}.",
            "The CT head of a patient, {age} (initials {p.init}), was reported by {o1.dr} from the outsourcing company {prov} as normal on {date}.",
            "On review a subdural was visible; the patient, {p.full}, had returned via ED on {date} and was treated on {ward}.",
            "Learning: the discrepancy was graded under <<the Royal College of Radiologists>> framework; {d.dr} will contact the family ({r.full}, {rel}).",
        ),
        (
            "The reporter {o1.last} was not present and will get written feedback.",
            "{s2.full} noted <<Alzheimer's disease>> in the request made the scan harder to read.",
            "The images from {hospital2} were not linked on PACS.",
            "Next meeting to include the case from <<room 4>> with {o2.full}.",
        ),
        (
            "Minutes: {s2.init}",
            "Minutes agreed by {s1.short} and circulated {date}.",
        ),
        ("RDM-####", "REALM/##/###"),
        old=True,
    ),
    S(
        "discharge_lounge_handover",
        "lines",
        "discharge lounge handover, patient left without TTOs",
        (
            "DISCHARGE LOUNGE - handover sheet {date}",
            "{hospital} discharge lounge - patient list {date} - page 2",
        ),
        (
            "{time} {p.last}, {p.first}  hosp {hosp}  from {ward}  DOB {dob}",
            "{time} Transport with {o1.full} of the crew booked; <<chair 6>>, <<Ensure Compact>> given.",
            "{time} TTOs still on pharmacy shelf; {p.first} went home to {addr} without <<apixaban>>.",
            "{time} {r.full} ({rel}) rang on {mob} at {time}; {s1.title} arranged a courier via {prov}.",
        ),
        (
            "{time} Handed over by {s2.short} to {s1.first}; patient {age}, {p.nick} to family.",
            "{time} Another patient, {o2.caps}, was given the wrong bag and returned it.",
            "{time} Discharge letter to {gp} sent to {team}.",
            "{time} History of <<Alzheimer's disease>> and <<a Clinical Frailty Scale of 6>>.",
        ),
        (
            "Sheet closed by {s1.init}",
            "Lounge nurse {s2.init} - sheet to the ward clerk {date}.",
        ),
        ("DL-#####", "TTO/##/######"),
        old=True,
        provider=("Apex Courier Logistics",),
    ),
    S(
        "urodynamics_clinic_letter",
        "letter",
        "urodynamics letter, results of another woman attached",
        (
            "Urogynaecology, {hospital}\nOur ref: {ref}\n{date}\n\n{gp}",
            "Women's Health, {hospital}\n{date}\nRef {ref}\n\n{d.dr}\n{gp}",
        ),
        (
            "Dear {d.dr},",
            "Re: {p.tfull}, DOB {dob}, NHS {nhs}, {addr}",
            "Your patient had urodynamics on {date}. I am afraid the trace first sent to you belonged to {o1.tfull}; please destroy it.",
            "{p.first} has detrusor overactivity; we will try <<mirabegron>> instead of <<solifenacin>> and review in <<3/12>>.",
        ),
        (
            "{p.first} came with {r.first}, who asked for letters to go to {email}.",
            "Catheterisation with <<Instillagel>> was done by {s1.full}.",
            "If symptoms worsen please call the nurse team on {phone}.",
            "The error was logged and {o2.full}, the records officer, informed.",
        ),
        (
            "Yours sincerely\n\n{s2.tfull}\nConsultant Urogynaecologist",
            "With kind regards\n\n{s2.full}\nUrogynaecology Nurse Specialist",
        ),
        ("URO-#####", "UD/####/##"),
    ),
    S(
        "memory_clinic_diagnosis_letter",
        "letter",
        "memory clinic letter to a patient, diagnosis given by text",
        (
            "{trust}\nMemory Assessment Service\n{date}\n\n{p.tfull}\n{addrb}",
            "Memory Assessment Service - {trust}\nRef {ref}\n{date}\n\nPRIVATE\n{p.upper}\n{addrb}",
        ),
        (
            "Dear {p.title},",
            "Following your appointment on {date} with {r.full}, your {rel}, I am writing to confirm the diagnosis of <<Lewy body dementia>>; <<an ACE-III of 71>> and <<a MoCA of 19>>.",
            "I am very sorry you first learned this from an automated text sent on {date} to {mob}; the message was meant to say only that a letter was coming.",
            "We will start <<donepezil>> and consider <<memantine>> later; {s1.full} will visit you at home.",
        ),
        (
            "Your hospital number is {hosp} if you call us on {phone}; you are {age} and {r.nick} may call too.",
            "The dementia adviser {o1.full} from the Alzheimer's charity can help with <<a DoLS authorisation>> questions.",
            "Dr {o2.last} at {gp} will receive a copy.",
            "You asked whether you may keep driving; please tell <<the DVLA>>.",
        ),
        (
            "Yours sincerely\n\n{d.dr}\nConsultant Old Age Psychiatrist",
            "With best wishes\n\n{d.dr}\nconsultant, memory service; copy to {r.full}",
        ),
        ("MAS-######", "MC/##/#####"),
        old=True,
    ),
    S(
        "home_ventilation_night_study_note",
        "prose",
        "home ventilation night study, machine from another patient",
        (
            "Sleep and ventilation service, {hospital} - overnight study {ref}",
            "Home NIV / oximetry - {p.caps} - hosp {hosp} - study {date}",
        ),
        (
            "{p.full} ({age}) had an overnight oximetry study at home on {date}; <<an AHI of 42>> and <<an Epworth score of 17>>.",
            "The ventilator delivered by {prov} carried the settings of {o1.full}, whose name was on the asset tag.",
            "{s1.full} noticed the mismatch on the download and rang {p.first} on {mob} and then the engineer {o2.first}.",
            "{d.dr} reviewed; the patient's carer {r.full} was shown the new settings at {addr}.",
        ),
        (
            "There was <<an SpO2 of 88%>> for much of the night.",
            "The asset was recalled and logged with <<the MHRA>>.",
            "The company's night line {phone} was not answered.",
            "A note was added for {gp}.",
        ),
        (
            "Physiologist: {s1.init}",
            "Reported by {s2.full}, clinical physiologist, {date}.",
        ),
        ("NIV-#####", "HVS/##/####"),
        provider=("Halcyon Home Ventilation Ltd",),
    ),
    S(
        "gastrostomy_button_change_note",
        "prose",
        "gastrostomy button change, wrong size fitted",
        (
            "Nutrition nurse visit, {home}, {date}",
            "Enteral feeding team - community visit note - ref {ref}",
        ),
        (
            "{p.tfull}, a resident of {home}, {age}, had a routine balloon gastrostomy change by {s1.full}.",
            "The button sent by {prov} was 14 Fr instead of 18 Fr because the order was in the name of {o1.full}.",
            "{p.first} was uncomfortable overnight; the night carer {o2.first} rang the out-of-hours line and {d.dr} advised the <<Hartmann's pouch>> history was unrelated.",
            "Correct device fitted on {date}; {r.full} ({rel}) informed on {mob}.",
        ),
        (
            "Feed: <<Ensure Compact>> bolus; <<MUST 2>>.",
            "The home manager {o3.tfull} will re-check the next delivery.",
            "NHS number {nhs} confirmed against the delivery note.",
            "Reported on the trust system as {ref2}.",
        ),
        (
            "{s1.short}, nutrition nurse specialist",
            "Signed {s1.full}, {date}.",
        ),
        ("GAS-######", "NN/##/####"),
        old=True,
        provider=("Medibridge Pharmacy",),
    ),
    S(
        "audiology_tinnitus_letter",
        "letter",
        "tinnitus clinic letter, sound generator sent elsewhere",
        (
            "Audiology Department, {hospital}\n{date}\nRef {ref}\n\n{p.tfull}\n{addrb}",
            "Adult Hearing Services, {hospital}\nOur ref {ref}\n{date}\n\n{p.upper}\n{addrb}",
        ),
        (
            "Dear {p.first},",
            "Thank you for seeing me on {date}. Your <<a THI of 64>> shows how much the tinnitus troubles you, and we ruled out <<Bell's palsy>>.",
            "I am sorry the sound generator posted on {date} went to {addr2}; a neighbour, {o1.full}, kindly returned it.",
            "The replacement is coming from {prov}; {s1.full} will fit it in <<room 4>>.",
        ),
        (
            "You told me your {rel} {r.first} reads your letters; we can email {email}.",
            "A copy goes to {d.dr} at {gp}.",
            "Please ring {phone} if the device does not arrive.",
            "We will see you again in <<3/12>>.",
        ),
        (
            "Best wishes\n\n{s2.full}\nClinical Scientist (Audiology)",
            "Yours sincerely\n\n{s2.tfull}\nHearing Therapist",
        ),
        ("AUD-#####", "TIN/##/###"),
        provider=("Clearsound Hearing Ltd",),
    ),
    S(
        "orthotics_footwear_order_log",
        "lines",
        "orthotics footwear order log, boots fitted to another patient",
        (
            "ORTHOTICS ORDERS - {prov} - {p.caps}",
            "Orthotic order history - {p.upper} - hosp {hosp} - supplier {prov}",
        ),
        (
            "{date} Cast taken by orthotist {s1.full}; NHS {nhs}; ulcer history, Charcot foot excluded; patient {age}.",
            "{date} Order {ref} placed; delivery address {addr}.",
            "{date} Boots issued to {o1.full} in error (same clinic, <<slot 11>>); {p.first} waited <<6/52>>.",
            "{date} {p.first} fell on {street}; {r.full} ({rel}) complained by email from {email}.",
        ),
        (
            "{date} Technician {o2.first} remade the footwear.",
            "{date} Podiatry ({s2.short}) noted <<Trendelenburg gait>>.",
            "{date} GP {d.dr} ({gp}) informed.",
            "{date} Called {mob}, no answer.",
        ),
        (
            "Closed by {s1.init}.",
            "Log exported {date} by {s2.init}.",
        ),
        ("ORT-######", "FW/##/#####"),
        provider=("Northway Orthotics Ltd",),
    ),
    S(
        "blood_donor_adverse_event_note",
        "prose",
        "blood donor adverse event, faint after a donation",
        (
            "Donor adverse event record {ref}",
            "Donor care - adverse event after donation - session {date}",
        ),
        (
            "The donor, {p.full} ({age}), gave blood at a session in the {o1.last} community hall on {date}.",
            "After the donation {p.first} fainted in the car park and cut their head; the session nurse {s1.full} and a volunteer {o2.full} attended.",
            "{p.first} was taken to {hospital} and seen by {d.dr}; the donor's {rel} {r.first} was called on {mob}.",
            "The event was reported to <<NHS Blood and Transplant>> clinical support as {ref2}.",
        ),
        (
            "Donor history: <<Graves' disease>>, treated.",
            "Haemoglobin screen had been borderline, <<Hb 71 g/L>> was on the wrong donor's record.",
            "Follow-up letter posted to {addr}.",
            "The team leader {o3.title} reviewed the chair positions, <<chair 6>>.",
        ),
        (
            "Recorded by {s1.init}",
            "Reviewed by {d.dr}, donor medicine, {date}.",
        ),
        ("DAE-######", "NBT/##/#####"),
    ),
    S(
        "cataract_listing_note",
        "prose",
        "cataract listing note, consent form for the wrong eye",
        (
            "Ophthalmology pre-assessment, {hospital}, {date}",
            "Cataract pathway - listing and pre-assessment - {p.caps}",
        ),
        (
            "{p.tfull}, {age}, hospital number {hosp}, was listed for right phaco by {d.dr}.",
            "The consent form in the notes was for left eye surgery and was signed by {o1.full}, a patient seen earlier in the same clinic.",
            "{s1.full} noticed at the pre-op check on {date}; {p.first} had come with {r.first} ({rel}).",
            "Surgery went ahead on {date} with a new form; <<ranibizumab>> injections in the other eye continue.",
        ),
        (
            "Biometry done by {o2.short}.",
            "{p.nick} has <<Parkinson's disease>>, so a <<lane 3>> wheelchair space was booked.",
            "Letters to {gp} and to {addr}.",
            "Questions to {phone} or {team}.",
        ),
        (
            "Nurse {s1.last}, pre-assessment",
            "Checked by {s2.short}, ophthalmic nurse, {date}.",
        ),
        ("CAT-#####", "OPH/##/####"),
        old=True,
    ),
    S(
        "dementia_liaison_nurse_note",
        "prose",
        "dementia liaison nurse note, This is Me missing",
        (
            "Dementia liaison review, {ward}, {hospital}",
            "Dementia and delirium team - inpatient review - {p.upper}",
        ),
        (
            "{p.nick} (known formally as {p.tfull}, {age}) was reviewed on {date} after being found in the wrong bed.",
            "The personal profile written by {r.full}, {p.first}'s {rel}, had been filed in the notes of {o1.full}.",
            "Staff had therefore not known that {p.nick} likes to be called by that name and is frightened by the dark.",
            "{s1.full} found the profile and put it back; {d.dr} stopped the as-required <<midazolam>>.",
        ),
        (
            "<<Alzheimer's disease>> diagnosed 3 years ago; <<a DoLS authorisation>> applied for.",
            "{r.first} can be called on {mob}.",
            "Home: {addr}; social worker {o2.full} from {council}.",
            "{p.first} was moved to <<side room 2>> at night.",
        ),
        (
            "{s1.init} dementia liaison",
            "Reviewed with {s2.full}, ward manager, {date}.",
        ),
        ("DLN-######", "TIM/##/###"),
        old=True,
    ),
    S(
        "epilepsy_nurse_email_thread",
        "letter",
        "epilepsy nurse email thread, results sent to an old email",
        (
            "From: {s1.email}\nSent: {date} {time}\nSubject: {ref} - {p.upper}",
            "From: {team}\nTo: {email}\nDate: {date}\nSubject: RE: {p.first} - EEG letter",
        ),
        (
            "Dear {r.first},",
            "Thank you for your email about {p.first}. I am sorry the EEG report went to an old address, {email2}, that {p.first} no longer uses.",
            "{d.dr} has reviewed the EEG from {date}; we will increase <<levetiracetam>> and stop <<Epilim>>.",
            "If there is a seizure lasting 5 minutes please use the rescue plan and call 999. My line is {phone}.",
        ),
        (
            "> On {date}, {r.full} wrote: {p.first} had two seizures at {addr} and the GP at {gp} has no letter.",
            "> Also {o1.full} from the college asked for a care plan.",
            "Copied to {o2.full}, IT, about the old mailbox.",
            "{p.first}'s hospital number is {hosp} for reference.",
        ),
        (
            "Kind regards\n{s1.full}\nEpilepsy Specialist Nurse",
            "Best wishes\n{s1.first}\n{s1.full}, Epilepsy Nurse Specialist, {hospital}",
        ),
        ("EPI-#####", "ESN/##/####"),
    ),
    S(
        "vasectomy_semen_result_letter",
        "letter",
        "vasectomy clearance letter, another man's result",
        (
            "{gp}\n{date}\n\n{p.tfull}\n{addrb}",
            "PRIVATE AND CONFIDENTIAL\n{gp}\nOur ref {ref}\n{date}\n\n{p.upper}\n{addrb}",
        ),
        (
            "Dear {p.title},",
            "On {date} we wrote to say that your post-vasectomy sample was clear. That result in fact belonged to {o1.tfull}.",
            "Your own sample, taken on {date} and tested at {hospital}, still shows sperm, so please keep using contraception for <<3/12>>.",
            "I am very sorry. Dr {d.last} would like to speak to you and your {rel} {r.first}; please ring {phone}.",
        ),
        (
            "The lab reference is {ref2}.",
            "We have told {prov} who ran the courier run that day.",
            "Your NHS number {nhs} has been checked against the form.",
            "Practice manager {s1.full} is looking into how this happened.",
        ),
        (
            "Yours sincerely\n\n{d.dr}\nGP partner",
            "With apologies,\n\n{d.dr} and {s1.full}, practice manager",
        ),
        ("VAS-#####", "SA/##/####"),
        provider=("Apex Courier Logistics",),
    ),
    S(
        "botox_spasticity_clinic_letter",
        "letter",
        "spasticity clinic letter, toxin dose of another patient",
        (
            "Neurorehabilitation, {hospital}\n{date}\nOur ref {ref}",
            "Spasticity Service, {hospital}\nRef {ref}\nClinic date {date}\n\n{d.dr}\n{gp}",
        ),
        (
            "Dear {d.dr},",
            "Re: {p.upper}, born {dob}, {addr}",
            "I saw {p.first} on {date}; <<a Modified Ashworth of 3>> in the elbow flexors. The <<Dysport>> dose on the prescription was for {o1.full}.",
            "The error was found by {s1.full} before injection; we gave <<botulinum toxin A>> at the correct dose and will add <<baclofen>>.",
        ),
        (
            "{p.first}'s carer {r.first} ({rel}) can be contacted on {mob}.",
            "Physio {o2.full} will review in <<4/52>>.",
            "The pharmacy technician, {o3.first}, has changed the labelling process.",
            "Hospital number {hosp}.",
        ),
        (
            "Yours sincerely\n\n{s2.tfull}\nConsultant in Rehabilitation Medicine",
            "Kind regards\n\n{s2.full}\nSpasticity Nurse Specialist",
        ),
        ("SPA-######", "BTX/##/###"),
    ),
    S(
        "records_destruction_log",
        "lines",
        "health records destruction log, live notes shredded",
        (
            "RECORDS RETENTION - destruction batch {ref} - {prov}",
            "Health records - confidential destruction - batch {ref} - site {hospital}",
        ),
        (
            "{date} Box <<box 47>> listed by {s1.full}: 40 sets past retention, incl. {o1.caps} and {o3.lower}.",
            "{date} Box collected by driver {o2.full}; certificate {ref2}.",
            "{date} Clinic could not find notes for {p.tfull}, DOB {dob}, MRN {hosp}: shredded in error.",
            "{date} {p.first} told by phone on {mob}; {r.full} ({rel}) asked for a copy under <<the Access to Health Records Act>>.",
        ),
        (
            "{date} Caldicott guardian {d.dr} informed.",
            "{date} Patient address on PAS {addr}.",
            "{date} Records manager {s2.short} checked the other 39 sets.",
            "{date} Retention under <<the Human Tissue Act>> checked for path blocks.",
        ),
        (
            "Batch log closed {s1.init}",
            "Certificate filed {date}; checked {s2.init}.",
        ),
        ("RD-#######", "DST/##/####"),
        provider=("Redbrick Records Storage",),
    ),
    S(
        "stroke_early_supported_discharge_note",
        "prose",
        "stroke early supported discharge, keysafe code given out",
        (
            "ESD team note, {trust}, {date}",
            "Stroke ESD - first home visit - {p.caps}, hosp {hosp}",
        ),
        (
            "{p.tfull} ({age}) was discharged from {ward} on {date} after a left cortical stroke; <<a Tinetti score of 14>>.",
            "The keysafe code was written on a referral faxed to {prov}, and a worker there, {o1.full}, passed it to the wrong client.",
            "{s1.full} visited {addr} and changed the code with {r.full} ({rel}).",
            "{d.dr} reviewed <<apixaban>> and the <<Romberg's test>> was not possible.",
        ),
        (
            "Therapy: <<12 sessions>> over <<6/52>>.",
            "{r.first} can be reached on {mob}.",
            "{o2.full} from {council} was told about the keysafe.",
            "GP {gp} updated at {team}.",
        ),
        (
            "{s1.short}, ESD physiotherapist",
            "Visit by {s1.full} and {s2.first}, {date}.",
        ),
        ("ESD-#####", "STK/##/###"),
        old=True,
        provider=("Pennine Mobility Solutions",),
    ),
)

# Top-up sentences: prose and letters, and log lines.
SHARED = (
    "{p.first} had been seen by {o4.full} a few days earlier, who noticed nothing amiss.",
    "The incident was added to the risk register as {ref2} and discussed at the governance meeting chaired by {o5.title}.",
    "Duty of candour was met by {s2.full} on {date}.",
    "A summary was shared with <<the ICB>> but no names were included.",
    "The family asked that post go to {addr} and not to the old flat.",
    "The learning was that two identifiers must be checked every time, not one.",
    "Background included <<Barrett's oesophagus>> and a previous <<Colles fracture>>.",
    "Contact for questions: {team} or {phone}.",
    "{p.first}'s {rel} said they wanted to be sure this would not happen to anyone else.",
    "Information was on the trust website at {url}.",
    "The case was checked against <<NICE>> guidance and <<the Care Act 2014>>.",
    "A reflective account was written by {o4.first}, a student at the time.",
    "Nothing suggested <<Addison's disease>> or <<Kernig's sign>>.",
    "The date of the next review is {date}.",
    "<<the Mental Capacity Act>> was considered; {p.first} had capacity for this decision.",
    "The patient's NHS number {nhs} was the correct one throughout.",
    "Portering and transport were not implicated, according to {o5.full}.",
    "{s1.first} apologised in person on {date}.",
    "<<a PHQ-9 of 16>> was noted at the last review.",
    "The team also considered <<UKHSA>> advice, which did not apply.",
)
SHARED_LINES = (
    "{date} {time} Datix {ref2} raised by {s2.init}.",
    "{date} {time} {o4.lower} (bank staff) added a note.",
    "{date} {time} Call to {phone}: no answer.",
    "{date} {time} <<the CQC>> notification not required.",
    "{date} {time} {rel} asked for updates by email {email}.",
    "{date} {time} Obs: <<NEWS2 of 3>>; {p.first} settled.",
    "{date} {time} Discussed at safety huddle, {o5.title} chairing.",
    "{date} {time} Portal link sent {url}.",
    "{date} {time} <<Band 7>> review done, <<10/7>> follow-up.",
    "{date} {time} Checked NHS {nhs} against wristband.",
    "{date} {time} GP surgery {gp} informed.",
    "{date} {time} Patient moved to <<cubicle 5>>.",
    "{date} {time} <<the DWP>> letter not relevant; filed.",
    "{date} {time} Handover given to {s2.first}.",
    "{date} {time} {p.first} declined to speak to {o4.first}.",
    "{date} {time} Level noted <<level 2>>; escort by <<Band 5>> staff.",
    "{date} {time} Medicines reconciled: <<bisoprolol>>, <<Octaplex>> not given.",
    "{date} {time} <<the Health and Safety Executive>> not involved.",
    "{date} {time} Duty of candour letter drafted ({s1.init}).",
    "{date} {time} Risk reviewed, <<72 hours>> follow-up.",
)


def _shared(style: Style) -> tuple[str, ...]:
    return SHARED_LINES if style.register == "lines" else SHARED


def alternatives() -> int:
    per_style = sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
    return per_style + len(SHARED) + len(SHARED_LINES)


# ---------------------------------------------------------------------------------------------
# One case
# ---------------------------------------------------------------------------------------------

_SLOT = re.compile(r"\{(\w+)(?:\.(\w+))?\}|<<(.+?)>>")


class _Case:
    def __init__(self, rng: random.Random, style: Style, record: bool) -> None:
        self.rng, self.style, self.record = rng, style, record
        taken: set[str] = set()
        self.people = {key: _draw(rng, taken) for key in ("p", "r", "s1", "s2")}
        self.people["d"] = _draw(rng, taken, doctor=True)
        for index in range(1, 6):
            self.people[f"o{index}"] = _draw(rng, taken)
        self.town, self.area, self.code = rng.choice(TOWNS)
        self.day = date(2025, 1, 1) + timedelta(days=rng.randint(0, 600))
        self.dob = self.day - timedelta(days=rng.randint(19 * 365, 101 * 365))
        self.nhs = nhs_number(rng)
        self.hosp = _shape(rng, rng.choice(HOSP_FORMS))
        self.house = rng.randint(1, 180)
        self.flat = rng.randint(1, 12) if rng.random() < 0.2 else 0
        self.street = f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
        self.locality = rng.choice(LOCALITIES)
        self.postcode = postcode(rng, self.area)
        street2 = rng.choice(STREETS)
        self.other_street = f"{street2} {rng.choice(STREET_KINDS)}"
        self.hospital = rng.choice(HOSPITAL_FORMS).format(town=self.town)
        self.hospital2 = rng.choice(
            [h for h in HOSPITAL_FORMS if h.format(town=self.town) != self.hospital]
        ).format(town=rng.choice(TOWNS)[0])
        self.trust = rng.choice(TRUST_FORMS).format(town=self.town)
        self.gp = rng.choice(GP_FORMS).format(street=rng.choice(STREETS))
        self.council = rng.choice(COUNCIL_FORMS).format(town=self.town)
        self.ward = rng.choice(
            [
                f"{rng.choice(WARD_WORDS)} Ward",
                f"Ward {rng.choice(WARD_WORDS)}",
                f"{rng.choice(WARD_WORDS)} Unit",
            ]
        )
        self.home = rng.choice(HOMES)
        self.prov = rng.choice(style.provider or PROVIDERS)
        self.rel = rng.choice(RELATIONS)
        self.refs = [_shape(rng, shape) for shape in style.refs]
        self.domain = _ascii(self.town) + rng.choice(["hospitals", "health", "nhs"])
        old = rng.random() < (0.6 if style.old else 0.2)
        self.age = rng.randint(90, 104) if old else rng.randint(19, 89)
        if record:
            for key in ("p",):
                self.people[key].in_record = True
            if rng.random() < 0.7:
                self.people["r"].in_record = True
            for key in ("s1", "s2", "d"):
                if rng.random() < 0.3:
                    self.people[key].in_record = True

    def known(self) -> dict:
        if not self.record:
            return {}
        p = self.people["p"]
        names = [
            f"{p.hon} {p.first} {p.last}" if self.rng.random() < 0.4 else f"{p.first} {p.last}"
        ]
        for key in ("r", "s1", "s2", "d"):
            who = self.people[key]
            if who.in_record and key != "p":
                names.append(f"{who.first} {who.last}")
        nhs = (
            self.nhs
            if self.rng.random() < 0.8
            else f"{self.nhs[:3]} {self.nhs[3:6]} {self.nhs[6:]}"
        )
        flat = f"Flat {self.flat}, " if self.flat else ""
        return {
            "names": names,
            "nhs_number": nhs,
            "date_of_birth": self.dob.isoformat(),
            "hospital_number": self.hosp,
            "address": f"{flat}{self.house} {self.street}, {self.locality}, {self.town}, {self.postcode}",
        }

    # -- values --------------------------------------------------------------------------------

    def some_day(self) -> date:
        return self.day + timedelta(days=self.rng.randint(-30, 20))

    def person(self, key: str, form: str) -> list:
        who = self.people[key]
        meta = {"names": who.names, "in_record": who.in_record}
        if form == "tdr":
            form = "dr" if who.hon == "Dr" else "tfull"
        if form == "dr" and who.hon != "Dr":
            form = "title"
        if form == "email":
            return [(self._staff_email(who), "EMAIL", None)]
        return [(_form(who, form, self.rng), "PERSON", meta)]

    def _staff_email(self, who: Who) -> str:
        return f"{_ascii(who.first)}.{_ascii(who.last)}@nhs.net"

    def address(self, kind: str) -> list:
        rng = self.rng
        flat = f"Flat {self.flat}, " if self.flat else ""
        code = self.postcode
        roll = rng.random()
        code = (
            code.replace(" ", "")
            if roll < 0.15
            else code.replace(" ", "  ")
            if roll < 0.2
            else code
        )
        code = code.lower() if rng.random() < 0.08 else code
        if kind == "addr2":
            return [
                (f"{self.house + 2} {self.street}, {self.locality}, {self.town}", "ADDRESS", None)
            ]
        if kind == "addrb":
            text = f"{flat}{self.house} {self.street}\n{self.locality}\n{self.town}"
            return [(text, "ADDRESS", None), ("\n", None, None), (code, "POSTCODE", None)]
        if rng.random() < 0.2:
            text = f"{flat.replace(',', '')}{self.house} {self.street} {self.locality} {self.town}".upper()
            return [(text, "ADDRESS", None), (" ", None, None), (code.upper(), "POSTCODE", None)]
        text = f"{flat}{self.house} {self.street}, {self.locality}, {self.town}"
        return [(text, "ADDRESS", None), (", ", None, None), (code, "POSTCODE", None)]

    def age_pieces(self) -> list:
        rng = self.rng
        n = self.age if rng.random() < 0.8 else rng.randint(19, 89)
        gold = "AGE" if n > 89 else None
        neg = None if gold else {"negative": True}
        form = rng.randint(0, 8)
        if form == 8:
            return [("aged ", None, None), (_age_words(n), gold, neg)]
        before, after = (
            ("aged ", ""), ("", " years old"), ("", "yo"), ("", " y/o"), ("age ", ""),
            ("", "y"), ("", " yrs"), ("aged ", ""),
        )[form]  # fmt: skip
        return [(before, None, None), (str(n), gold, neg), (after, None, None)]

    def value(self, slot: str) -> list:
        rng = self.rng
        if slot == "date":
            return [(date_text(rng, self.some_day()), "DATE", None)]
        if slot == "dob":
            return [(date_text(rng, self.dob, full=True), "DATE", None)]
        if slot == "age":
            return self.age_pieces()
        if slot == "nhs":
            n = self.nhs
            return [
                (
                    rng.choice([n, n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"]),
                    "NHS_NUMBER",
                    None,
                )
            ]
        if slot == "hosp":
            return [(self.hosp, "HOSPITAL_NUMBER", None)]
        if slot in ("addr", "addr2", "addrb"):
            return self.address(slot)
        if slot == "time":
            h, m = rng.randint(0, 23), rng.choice((0, 5, 10, 20, 25, 35, 40, 50))
            return [
                (
                    rng.choice([f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}", f"{h:02d}.{m:02d}"]),
                    None,
                    None,
                )
            ]
        if slot in ("ref", "ref2"):
            return [(self.refs[0 if slot == "ref" else 1], "ID", None)]
        if slot == "phone":
            return [(_phone_number(rng, self.code), "PHONE", None)]
        if slot == "mob":
            return [(_phone_number(rng, None), "PHONE", None)]
        if slot in ("email", "email2"):
            r = self.people["r"] if slot == "email" else self.people["p"]
            user = rng.choice(
                [f"{_ascii(r.first)}.{_ascii(r.last)}", f"{_ascii(r.first)}{rng.randint(1, 99)}",
                 f"{_ascii(r.first)[0]}{_ascii(r.last)}{rng.randint(50, 99)}"]
            )  # fmt: skip
            domain = rng.choice(
                ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com"]
            )
            return [(f"{user}@{domain}", "EMAIL", None)]
        if slot == "semail":
            return [(self._staff_email(self.people["s1"]), "EMAIL", None)]
        if slot == "team":
            word = _ascii(self.style.name.split("_")[0])
            return [(f"{word}.team@{self.domain}.nhs.uk", "EMAIL", None)]
        if slot == "url":
            first = _ascii(self.people["p"].first)
            return [(rng.choice(
                [f"www.{self.domain}.nhs.uk/{self.style.name.split('_')[0]}",
                 f"https://portal.{self.domain}.nhs.uk/login?user={first}",
                 f"https://{self.domain}.nhs.uk/patients/feedback"]), "URL", None)]  # fmt: skip
        if slot == "rel":
            return [(self.rel, None, None)]
        if slot == "street":
            return [(self.other_street, "LOCATION", None)]
        mapping = {
            "ward": ("LOCATION", self.ward), "home": ("LOCATION", self.home),
            "hospital": ("ORGANISATION", self.hospital), "hospital2": ("ORGANISATION", self.hospital2),
            "trust": ("ORGANISATION", self.trust), "gp": ("ORGANISATION", self.gp),
            "council": ("ORGANISATION", self.council), "prov": ("ORGANISATION", self.prov),
        }  # fmt: skip
        label, text = mapping[slot]
        return [(text, label, None)]

    def render(self, template: str) -> list:
        pieces: list = []
        at = 0
        for match in _SLOT.finditer(template):
            if match.start() > at:
                pieces.append((template[at : match.start()], None, None))
            name, form, term = match.groups()
            if term is not None:
                pieces.append((term, None, {"negative": True}))
            elif form is not None:
                pieces.extend(self.person(name, form))
            else:
                pieces.extend(self.value(name))
            at = match.end()
        if at < len(template):
            pieces.append((template[at:], None, None))
        return pieces


def _words(pieces: list) -> int:
    return len("".join(text for text, _, _ in pieces).split())


def _build(rng: random.Random, number: int, style: Style) -> tuple[Example, list]:
    record = rng.random() >= 0.12
    case = _Case(rng, style, record)
    target = max(225, min(390, int(rng.gauss(300, 40))))
    sep = "\n" if style.register in ("lines", "letter") else " "
    body = [case.render(rng.choice(style.headers)), case.render(style.core[0])]
    rest = [case.render(t) for t in style.core[1:]]
    extras = list(style.extras)
    rng.shuffle(extras)
    for template in extras:
        where = rng.randint(0, len(rest))
        rest.insert(where, case.render(template))
    ending = case.render(rng.choice(style.endings))
    sentences = body + rest

    def total() -> int:
        return sum(_words(s) for s in sentences) + _words(ending)

    while total() > 410 and len(sentences) > 5:
        sentences.pop(len(sentences) - 2)
    shared = list(_shared(style))
    rng.shuffle(shared)
    for template in shared:
        if total() >= target:
            break
        pieces = case.render(template)
        if total() + _words(pieces) > 410:
            continue
        sentences.append(pieces)
    sentences.append(ending)
    head_sep = "\n\n" if style.register == "letter" else "\n"
    text_parts: list = []
    for index, pieces in enumerate(sentences):
        if index:
            text_parts.append((head_sep if index in (1, len(sentences) - 1) else sep, None, None))
        text_parts.extend(pieces)
    text, gold, negatives, length = [], [], [], 0
    for piece, label, meta in text_parts:
        if meta and meta.get("negative"):
            negatives.append((length, length + len(piece)))
        elif label is not None:
            gold.append(GoldSpan(length, length + len(piece), label, **(meta or {})))
        text.append(piece)
        length += len(piece)
    known = case.known()
    return (
        Example(
            id=f"{PREFIX}-{number:06d}",
            text="".join(text),
            known=known,
            gold=tuple(gold),
            kind=style.name,
        ),
        negatives,
    )


def example(rng: random.Random, number: int) -> Example:
    return _build(rng, number, rng.choice(STYLES))[0]


def _pairs(count: int, seed: int) -> Iterator[tuple[Example, list]]:
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _build(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    for pair in _pairs(count, seed):
        yield pair[0]


def generate_with_negatives(count: int, seed: int = 1) -> Iterator[tuple[Example, list]]:
    yield from _pairs(count, seed)
