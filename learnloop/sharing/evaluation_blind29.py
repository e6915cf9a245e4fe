"""A twenty-ninth blind de-identification evaluation pack: narratives from small Scottish and Welsh
towns, with the gold span of every identifier in them.

Synthetic throughout: the towns are real, but every person, street, ward, care home, practice,
company, number and date is drawn at random. Written without seeing the engine it will score
(see evaluation_blind29.md). Only the shared infrastructure of ``evaluation`` is used.
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

__all__ = ["LABELS", "STYLES", "generate", "generate_with_negatives", "example"]

PREFIX = "blind29"
LOW_WORDS = 200
HIGH_WORDS = 480
NO_RECORD = 0.12

# ---------------------------------------------------------------------------------------------
# Towns: (postcode district, dialling code, two localities)
# ---------------------------------------------------------------------------------------------

TOWN_INFO = {
    "Aberfeldy": ("PH15", "01887", ("Weem", "Kenmore")),
    "Dunkeld": ("PH8", "01350", ("Birnam", "Butterstone")),
    "Callander": ("FK17", "01877", ("Kilmahog", "Strathyre")),
    "Selkirk": ("TD7", "01750", ("Lindean", "Ettrickbridge")),
    "Jedburgh": ("TD8", "01835", ("Ancrum", "Camptown")),
    "Melrose": ("TD6", "01896", ("Darnick", "Newstead")),
    "Biggar": ("ML12", "01899", ("Skirling", "Elsrickle")),
    "Moffat": ("DG10", "01683", ("Beattock", "Wamphray")),
    "Lockerbie": ("DG11", "01576", ("Johnstonebridge", "Boreland")),
    "Annan": ("DG12", "01461", ("Brydekirk", "Cummertrees")),
    "Kirkcudbright": ("DG6", "01557", ("Borgue", "Twynholm")),
    "Largs": ("KA30", "01475", ("Fairlie", "Skelmorlie")),
    "Dunoon": ("PA23", "01369", ("Kirn", "Sandbank")),
    "Kingussie": ("PH21", "01540", ("Newtonmore", "Insh")),
    "Banchory": ("AB31", "01330", ("Crathes", "Durris")),
    "Cupar": ("KY15", "01334", ("Ceres", "Dairsie")),
    "Anstruther": ("KY10", "01333", ("Cellardyke", "Pittenweem")),
    "Dornoch": ("IV25", "01862", ("Embo", "Clashmore")),
    "Ullapool": ("IV26", "01854", ("Morefield", "Ardmair")),
    "Portree": ("IV51", "01478", ("Braes", "Penifiler")),
    "Llandovery": ("SA20", "01550", ("Cilycwm", "Myddfai")),
    "Lampeter": ("SA48", "01570", ("Cwmann", "Llanwnnen")),
    "Machynlleth": ("SY20", "01654", ("Derwenlas", "Penegoes")),
    "Bala": ("LL23", "01678", ("Llanycil", "Rhosygwaliau")),
    "Llanidloes": ("SY18", "01686", ("Trefeglwys", "Llandinam")),
    "Rhayader": ("LD6", "01597", ("Cwmdauddwr", "Nantmel")),
    "Crickhowell": ("NP8", "01873", ("Llangattock", "Gilwern")),
    "Chepstow": ("NP16", "01291", ("Sedbury", "Tutshill")),
    "Narberth": ("SA67", "01834", ("Clunderwen", "Robeston Wathen")),
    "Fishguard": ("SA65", "01348", ("Goodwick", "Dinas Cross")),
    "Llangollen": ("LL20", "01978", ("Froncysyllte", "Pentredwr")),
    "Denbigh": ("LL16", "01745", ("Henllan", "Trefnant")),
    "Beaumaris": ("LL58", "01248", ("Llanfaes", "Llangoed")),
}  # fmt: skip
TOWNS = tuple((town, info[0], info[1]) for town, info in TOWN_INFO.items())
WELSH_AREAS = ("SA", "SY", "LL", "LD", "NP")
TOWNS_OF = {
    "W": tuple(t for t in TOWNS if t[1].startswith(WELSH_AREAS)),
    "S": tuple(t for t in TOWNS if not t[1].startswith(WELSH_AREAS)),
    "": TOWNS,
}
LOCALITIES = {town: info[2] for town, info in TOWN_INFO.items()}

STREETS = (
    "Creel", "Skiff", "Coble", "Slipway", "Bollard", "Kelpie", "Tolbooth", "Mercat", "Kailyard",
    "Girnel", "Steading", "Byre",
)  # fmt: skip
STREET_KINDS = ("Lane", "Wynd", "Brae", "Road", "Street", "Close", "Terrace", "Place", "Row")
WARDS = ("Berneray", "Tanera", "Gometra", "Machair", "Strathbeg", "Ardgowan", "Cairnview")
WARD_KINDS = ("Ward", "Ward", "Unit", "Ward")
HOMES = (
    "Bothy Court", "Shieling House", "Steading Lodge", "Rowanbank House", "Birkwood Lodge",
    "Lochview House",
)  # fmt: skip
HOME_KINDS = ("Care Home", "Nursing Home", "Care Centre")
GP_FORMS = (
    "Burnside Medical Practice", "Corrie Surgery", "Glenview Health Centre",
    "{town} Medical Practice", "Tolbooth Surgery", "Mercat Health Centre",
)  # fmt: skip
HOSP_FORMS_TEXT = (
    "{town} Community Hospital",
    "{town} Cottage Hospital",
    "{town} Memorial Hospital",
)
TRUST_FORMS = ("{town} Locality Health Partnership", "{town} and District Health Board")
PROVIDERS = (
    "Heronsgate Homecare Ltd", "Tenterhook Care Services", "Birkwood Support Services",
    "Lochview Home Care",
)  # fmt: skip
# Hospital number shapes (digits as 9, letters as A), one per town.
HOSP_FORMS = ("AA999999", "9999999A", "AAA-99-9999")

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    "welsh": (
        ("Eluned", "Nerys", "Heledd", "Mererid", "Sioned", "Rhianwen"),
        ("Meirion", "Bleddyn", "Cynan", "Geraint", "Iorwerth", "Elfed", "Ieuan", "Peredur"),
        ("Prydderch", "Gruffydd", "Rhydderch", "Meredudd", "Tudur"),
        2,
    ),
    "scottish": (
        ("Ishbel", "Kirsteen", "Murdina", "Peigi", "Dolina"),
        ("Torquil", "Alasdair", "Fearghas", "Tormod", "Aonghas", "Gilleasbuig"),
        ("Urquhart", "Maciver", "Macaskill", "Matheson", "Gillanders", "Farquhar", "Kenna"),
        1.5,
    ),
    "filipino": (
        ("Marites", "Jocelyn", "Lorna", "Rosalinda", "Maribel", "Jovelyn", "Genalyn", "Lovely"),
        ("Rommel", "Dindo", "Efren", "Nestor", "Bayani", "Danilo", "Teofilo"),
        ("Pangilinan", "Bautista", "Dizon", "Soriano", "Magbanua", "Mallari", "Manalo",
         "Sarmiento", "Tolentino"),
        1.5,
    ),
    "somali": (
        ("Filsan", "Fathiya", "Yusra", "Deqa", "Magool", "Nasteho", "Ladan"),
        ("Bashiir", "Amran", "Mukhtar", "Abshir", "Dahir", "Nabiil", "Shirwa"),
        ("Jama", "Guleid", "Abdille", "Samatar", "Kulmiye", "Dualeh", "Madar"),
        1,
    ),
    "tamil": (
        ("Tharsika", "Kavitha", "Nirosha", "Sajeetha", "Thulasi", "Mathuri", "Nanthini",
         "Vithusha"),
        ("Thayaparan", "Nirojan", "Prashanth", "Thuvaragan", "Kirushanth", "Ragavan",
         "Sutharsan"),
        ("Sivanesan", "Thevarajah", "Balachandran", "Yogarajah", "Selvanayagam", "Mahalingam",
         "Ketheeswaran", "Jeyakumar", "Pathmanathan"),
        1,
    ),
    "lithuanian": (
        ("Gintare", "Ausra", "Ieva", "Milda", "Vaida", "Dalia", "Rasa"),
        ("Giedrius", "Kasparas", "Dovydas", "Laurynas", "Rimas", "Saulius"),
        ("Kazlauskas", "Paulauskas", "Vasiliauskas", "Naujokas", "Budreckis", "Kairys"),
        1,
    ),
    "nepali": (
        ("Sabina", "Sushma", "Pramila", "Sarita", "Manisha", "Rupa", "Laxmi", "Rojina"),
        ("Hemraj", "Tek", "Ramesh", "Dilli", "Purna", "Yubraj"),
        ("Limbu", "Ghale", "Sunuwar"),
        1,
    ),
    "english": (
        ("Honor", "Clemency", "Kindness", "Temperance", "Honorine"),
        ("Nestor", "Ronaldo"),
        ("Goodenough", "Goodspeed", "Stillwell", "Goodenough", "Goodspeed", "Stillwell",
         "Fairhurst", "Merriman", "Bonnyman", "Sweetlove"),
        3,
    ),
}  # fmt: skip
OWN_FIRST = {
    "F": tuple(name for group in OWN_GROUPS.values() for name in group[0]),
    "M": tuple(name for group in OWN_GROUPS.values() for name in group[1]),
}
OWN_LAST = tuple(name for group in OWN_GROUPS.values() for name in group[2])
WORD_NAMES = frozenset(
    {"Honor", "Clemency", "Kindness", "Temperance", "Lovely", "Goodenough", "Goodspeed",
     "Stillwell"}
)  # fmt: skip
ALL_WORD_NAMES = WORD_NAMES
# Nicknames people use for one another (first name: nicknames), and the group the name is from.
NICKNAMES = {
    "Rommel": ("Bong",), "Dindo": ("Dodong",), "Jocelyn": ("Ging",), "Lorna": ("Inday",),
    "Efren": ("Toto",), "Tharsika": ("Tharsi",), "Alasdair": ("Eck",),
}  # fmt: skip
NICK_GROUPS = {
    "Rommel": ("M", "filipino"), "Dindo": ("M", "filipino"), "Jocelyn": ("F", "filipino"),
    "Lorna": ("F", "filipino"), "Efren": ("M", "filipino"), "Tharsika": ("F", "tamil"),
    "Alasdair": ("M", "scottish"),
}  # fmt: skip
PARTICLES = ("ferch",)  # Welsh "daughter of": "Nerys ferch Meirion"
NAME_FORMS = (
    "full", "first", "last", "title", "tfull", "dr", "init", "initl", "caps", "upper", "lower",
    "nick", "email", "poss",
)  # fmt: skip
PEOPLE = ("p", "r", "s1", "s2", "d", "o1", "o2", "o3", "o4", "o5")
RELATIONS = {
    "F": ("daughter", "wife", "sister", "partner", "niece"),
    "M": ("son", "husband", "brother", "partner", "nephew"),
}
OLD_RELATIONS = {
    "F": ("daughter", "niece", "granddaughter", "daughter-in-law"),
    "M": ("son", "nephew", "grandson", "son-in-law"),
}
CHILD_RELATIONS = {"F": ("mother", "grandmother", "aunt"), "M": ("father", "grandfather", "uncle")}
CLINICAL_INITIALS = frozenset(
    """BP HR GP ED CT MI DNR OT RN SN HCA CPR ECG MRI IV IM PO NG TB MS RR DVT PE UTI AKI CKD TIA
    GCS COPD BD OD TDS QDS PRN NBM DKA LP AF CO NEWS FY SHO ST PA NP DN CD MDT AMU ITU ICU HDU
    RTA NOK DOB NHS IT ID OK NO AM PM MG ML KG UK EU US TV DR MR MRS SI RCA LHP DG KW SA LL TD KY
    AB PH FK KA DD LD SY EH ML IVF ENT SALT RNLI AED MIU OOH SAS WAST HB""".split()
)
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
HONORIFIC_WORDS = {"mr", "mrs", "ms", "miss", "dr", "master"}

# ---------------------------------------------------------------------------------------------
# Look-alikes: written in, never gold
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "drug": (
        "amoxicillin", "flucloxacillin", "Entonox", "atropine", "pralidoxime", "tranexamic acid",
        "Oramorph", "ondansetron", "dexamethasone", "hydroxocobalamin", "buprenorphine",
        "Movicol", "Ensure", "chloramphenicol", "paracetamol",
    ),
    "dose": (
        "500 mg", "2 g", "10 mg", "1 g", "15 litres a minute", "5 ml", "40 mg", "1 mg",
        "two puffs", "0.5 mg",
    ),
    "score": (
        "NEWS2", "the Glasgow Coma Scale", "a Rockall score", "the Abbey pain scale",
        "the Clinical Frailty Scale", "4AT", "the Ottawa knee rules", "PEWS",
        "the Canadian CT head rule", "a Waterlow score", "the Rockwood scale",
    ),
    "device": (
        "a vacuum mattress", "a scoop stretcher", "the AED", "a pulse oximeter",
        "a Bair Hugger", "a pendant alarm", "a quad bike", "a life jacket", "a Thomas splint",
        "a cervical collar", "a dialysis machine", "a walking frame", "a commode",
        "a carbon monoxide alarm", "a key safe",
    ),
    "national": (
        "the Coastguard", "the RNLI", "Police Scotland", "Dyfed-Powys Police",
        "the Scottish Ambulance Service", "the Welsh Ambulance Service", "the Procurator Fiscal",
        "the Health and Safety Executive", "NHS 24", "NHS 111 Wales", "the DVLA",
        "Mountain Rescue", "Healthcare Improvement Scotland", "the Care Inspectorate",
    ),
    "law": (
        "the Adults with Incapacity Act", "Section 47", "the Firearms Act", "the Data Protection Act",
        "the Mental Health Act", "the Welsh Language Standards", "RIDDOR",
        "the Social Services and Well-being Act", "an anticipatory care plan", "DNACPR",
    ),
    "eponym": (
        "Weil's disease", "Colles' fracture", "Smith's fracture", "Cheyne-Stokes breathing",
        "Battle's sign", "the Heimlich manoeuvre", "Lyme disease", "Kussmaul breathing",
        "a Hartmann's bag", "Raynaud's", "Murphy's sign",
    ),
    "word": (
        "Coxswain", "Warden", "Sister", "Matron", "Minister", "Ghillie", "Ranger", "Keeper",
        "Provost", "Skipper",
    ),
    "bed": (
        "bay 3", "bed 6", "side room 2", "cubicle 4", "resus 1", "trolley 9", "room 11",
        "chair 2",
    ),
}  # fmt: skip
NATIONAL = LOOKALIKES["national"]
_NON_NAMES = {
    word.casefold()
    for terms in LOOKALIKES.values()
    for term in terms
    for word in re.split(r"[\s'-]+", term)
    if word
}
_NON_NAMES |= {m.casefold() for m in MONTHS} | {d.casefold() for d in WEEKDAYS} | HONORIFIC_WORDS
_NON_NAMES |= {
    part.casefold()
    for town, info in TOWN_INFO.items()
    for place in (town, *info[2])
    for part in re.split(r"[\s-]+", place)
}
_NON_NAMES |= {"nurse", "doctor", "staff", "charge", "ward", "home", "care", "sister"}


# ---------------------------------------------------------------------------------------------
# Numbers, dates, ages
# ---------------------------------------------------------------------------------------------

_ONES = (
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _words(n: int) -> str:
    """An age in words: 93 -> "ninety-three", 102 -> "one hundred and two"."""
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {_words(rest)}" if rest else "")
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")


def _date_with_year(day: date, rng: random.Random, *, short: bool = True) -> str:
    """A date with its year; ``short=False`` keeps four-digit years (a date of birth)."""
    month = MONTHS[day.month - 1]
    weekday = WEEKDAYS[day.weekday()]
    forms = (
        f"{day:%d/%m/%Y}", f"{day:%d/%m/%Y}", f"{day.day}/{day.month}/{day.year}",
        f"{day:%d/%m/%y}", day.isoformat(), f"{day:%d.%m.%Y}", f"{day.day}.{day.month}.{day:%y}",
        f"{ordinal(day.day)} {month} {day.year}", f"{day.day} {month} {day.year}",
        f"{day.day} {month[:3]} {day.year}", f"{day.day} {month[:3].upper()} {day.year}",
        f"{day:%d}{month[:3].upper()}{day.year}", f"{day.day}-{month[:3]}-{day.year}",
        f"{day:%d-%m-%Y}", f"{weekday} {day.day} {month} {day.year}",
        f"{weekday} {ordinal(day.day)} {month} {day.year}", f"{month} {day.day}, {day.year}",
        f"{weekday[:3]} {day:%d/%m/%Y}", f"{ordinal(day.day)} of {month} {day.year}",
    )  # fmt: skip
    if not short:
        forms = tuple(form for form in forms if str(day.year) in form)
    return rng.choice(forms)


def _date_without_year(day: date, rng: random.Random) -> str:
    month = MONTHS[day.month - 1]
    weekday = WEEKDAYS[day.weekday()]
    forms = (
        f"the {ordinal(day.day)}", f"{day.day} {month}", f"{ordinal(day.day)} {month}",
        f"the {ordinal(day.day)} of {month}", f"{weekday} the {ordinal(day.day)}",
        f"{weekday[:3]} {ordinal(day.day)} {month[:3]}", f"{weekday[:3]} {day.day}/{day.month}",
        f"{day.day}/{day.month}", f"{day.day} {month[:3]}", f"{weekday} {ordinal(day.day)}",
    )  # fmt: skip
    return rng.choice(forms)


def _mobile(rng: random.Random) -> str:
    tail = f"{rng.randint(900000, 900999)}"
    forms = (
        f"07700 {tail}", f"07700{tail}", f"+44 7700 {tail}", f"07700 {tail[:3]} {tail[3:]}",
        f"+447700{tail}", f"(07700) {tail}", f"07700-{tail}",
    )  # fmt: skip
    return rng.choice(forms)


def _clock(rng: random.Random, hour: int | None = None, minute: int | None = None) -> str:
    hour = rng.randint(0, 23) if hour is None else hour
    minute = rng.choice((0, 5, 10, 15, 20, 25, 30, 40, 45, 50)) if minute is None else minute
    return rng.choice(
        (f"{hour:02d}:{minute:02d}", f"{hour:02d}{minute:02d}hrs", f"{hour:02d}.{minute:02d}")
    )


def _ascii(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", plain)


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
    refs: tuple[str, str]  # two reference shapes: 9 a digit, A a letter, Y the year
    old: bool = False
    child: bool = False
    provider: bool = False
    topup: str = ""  # lines: the shape of a log line
    stamp: str = ""  # lines: how a line's date is written (iso, dmy, mon, dot)
    sex: str = "??"  # the patient's and the relative's sex (F, M or ?)
    country: str = ""  # S: set in a Scottish town, W: in a Welsh one, "": either
    group: str = ""  # the own-list group the patient's name is drawn from ("": any)


def _style(name, register, what, headers, core, extras, endings, refs, **options) -> Style:
    return Style(
        name,
        register,
        what,
        tuple(headers),
        tuple(core),
        tuple(extras),
        tuple(endings),
        refs,
        **options,
    )


PROSE = (
    _style(
        "ferry_cancelled_island_obstruction_transfer_review",
        "prose",
        "review of a man with a bowel obstruction on an island who waited overnight when the ferry was cancelled and the aircraft request stalled",
        (
            "Significant adverse event review {ref} | {trust} | event date {date}",
            "Patient: {p.caps} | NHS {nhs} | unit number {hosp} | born {dob}",
        ),
        (
            "{p.tfull}, {age}, of {addr}, came to {hospital} on {date} with vomiting, a swollen abdomen and <<Murphy's sign>> negative, and {d.dr} suspected an obstruction and asked for transfer to {hospital2}.",
            "The evening ferry was cancelled in a south-westerly gale, and the request to <<the Coastguard>> for an aircraft was logged by {s1.full} at {time} but not passed on until the next shift.",
            "Overnight {p.first} stayed on {ward}, where {s2.title} charted <<NEWS2>> rising from 3 to 7 and gave <<ondansetron>> twice without calling the on-call doctor.",
            "The retrieval team landed on {next}, and {o1f.full}, the flight paramedic, found the handover sheet still gave his old address, {addr2}, and no record of the <<500 mg>> of antibiotic he had been given.",
            "His {rel}, {r.full}, who is known to everyone as {r.nick}, told the panel that nobody rang the family on {mob} until he was already in the air, and that the ward phone went unanswered.",
        ),
        (
            "A laparotomy at {hospital2} on {next} found a closed loop of small bowel; {o2m.full}, the surgeon, wrote that a few more hours would have meant <<a Hartmann's bag>> or worse.",
            "The island practice, {gp}, had lent out <<a pulse oximeter>> the week before, so the night nurse borrowed one from {o3.full} at the lifeboat station.",
            "{s1.initl} said the tasking form asks for a landing site and a grid reference, and it was sent back twice because the field for <<bed 6>> had been filled in instead.",
            "On {day} the duty manager, {o4.tfull}, rang the ward on {phone} and was told the patient was settled, which the chart did not bear out.",
            "The family's complaint, logged as {ref2}, asks why <<the Scottish Ambulance Service>> was not asked to hold a seat on the morning sailing as a fallback.",
        ),
        ("Panel chaired by {o5.full}; report approved on {ldate}.",),
        ("SAER-Y-9999", "FC/99999"),
        sex="M?",
        country="S",
    ),
    _style(
        "lambing_shed_quad_bike_crush_review",
        "prose",
        "review of a farmer pinned under a quad bike in a lambing shed whose ambulance went to the wrong farm because the postcode covered three steadings",
        (
            "Incident review {ref} ({trust}), date of incident {date}",
            "Subject: {p.upper}, NHS number {nhs}, hospital number {hosp}",
        ),
        (
            "On {date} {p.full} was found by his {rel}, {r.first}, pinned under <<a quad bike>> in the lambing shed behind {addr}, conscious but cold and short of breath.",
            "The 999 call was taken at {time}; the crew were sent to the postcode, which covers three steadings, and arrived at the wrong one forty minutes later, where the farmer there had to send them on with <<a key safe>> code for the wrong gate.",
            "{s1.tfull}, the crew lead, recorded <<the Glasgow Coma Scale>> at 14 and put him in <<a vacuum mattress>> before the drive to {hospital}.",
            "In the emergency department {d.dr} found a flail segment and a pelvic fracture, gave <<tranexamic acid>> and arranged transfer to {hospital2} the same night.",
            "The shepherd who helped lift the bike, {o1m.full}, said the call handler asked for a house number the farm has never had.",
        ),
        (
            "By {next} {p.first} was on {ward2} at {hospital2}, and {o2.full} from the trauma team wrote that the delay had added to his heat loss and to the <<Battle's sign>> bruising that appeared that night.",
            "{r.first} has asked that the farm's what3words and gate code be held against the address, and can be reached on {mob}.",
            "The crew's kit check showed <<a scoop stretcher>> with a cracked blade had been reported on {prev} but not replaced.",
            "{s2.full}, the dispatch supervisor, said the mapping layer for the glen had not been updated since <<the Scottish Ambulance Service>> moved to its new system.",
            "A farm safety adviser, {o3f.full}, noted that lambing-time quad use is reportable under <<RIDDOR>> only for employees, and {p.last} farms alone.",
        ),
        ("Reviewed by {o4.full} and signed off on {ldate}; cross-reference {ref2}.",),
        ("IR-99999", "SAS/Y/9999"),
        sex="M?",
        country="S",
    ),
    _style(
        "munro_walker_hypothermia_rewarming_review",
        "prose",
        "review of a hillwalker brought down by a rescue team with hypothermia whose rewarming in a small hospital stalled while the only warming blanket was in use",
        (
            "Clinical incident review - {hospital} - {ref}",
            "Patient {p.full} | {hosp} | NHS {nhs} | incident {date}",
        ),
        (
            "{p.full}, a visitor staying at {addr}, was carried off the hill on {date} by <<Mountain Rescue>> after a night out in sleet, with a core temperature of 31.",
            "{s1.tfull} took the handover at {time} from the team leader, {o1f.full}, and wrote it up as mild hypothermia because the patient was talking and <<the Abbey pain scale>> was low.",
            "The department's only <<a Bair Hugger>> was in use in <<resus 1>>, so warmed blankets were used and the temperature was not repeated for two hours.",
            "{d.dr} was called when the patient became confused and the monitor showed a slow atrial rhythm; warm fluids were started and {hospital2} was contacted.",
            "{p.poss} partner, {r.full}, arrived from the holiday cottage at {street} and was not told about the transfer plan for an hour.",
        ),
        (
            "On {next} the retrieval consultant, {o2m.tfull}, wrote that rewarming had effectively stopped during the wait, and that <<Cheyne-Stokes breathing>> had been charted as 'sleeping'.",
            "{r.first} gave {email} as the contact for the review, asked {s2.email} for the team's own log, reference {ref2}, and was sent it the same week.",
            "{s2.initl}, the nurse in charge, said the second warming unit had been sent for repair on {prev} with no date for its return.",
            "The team leader's notes use <<the Glasgow Coma Scale>> and a shivering score, and the review found neither was carried into the department's record.",
            "The ward clerk, {o3.full}, who was covering <<cubicle 4>> as well, confirmed the family were phoned on {mob} only after the transfer had left.",
        ),
        ("Lead reviewer {o4.full}; completed {ldate}.",),
        ("CIR-Y-9999", "MRT-999"),
        country="S",
    ),
    _style(
        "distillery_caustic_eye_splash_irrigation_review",
        "prose",
        "review of a distillery worker with a caustic eye splash whose irrigation at a minor injuries unit was stopped early",
        (
            "Minor injuries unit review, {hospital}, reference {ref}",
            "Name: {p.lower} | DOB {dob} | NHS {nhs} | date seen {date}",
        ),
        (
            "On {date} {p.title} was splashed in the left eye with caustic cleaning fluid while washing a still at work and drove himself to the unit.",
            "{s1.tfull} triaged him at {time}, irrigated with one litre of saline and checked the pH once, recording it as 8 before stopping and giving <<1 g>> of paracetamol.",
            "No one rang the poisons line or <<NHS 24>>, and the safety sheet the manager, {o1m.full}, brought in was left at reception.",
            "By the evening the eye was painful and red, and {d.dr} at {hospital2} found a corneal burn and started <<chloramphenicol>> and <<dexamethasone>> drops.",
            "{p.first} lives at {addr} and had been told to come back only if the sight worsened.",
        ),
        (
            "On {next} the ophthalmology registrar, {o2f.full}, wrote that irrigation should continue until the pH is neutral on repeated checks.",
            "{s2.full} said the unit's litmus paper had run out on {prev} and an older pack was used instead.",
            "The works first aider, {o3.full}, had rinsed the eye at the site eyewash for only a minute before he drove off, and the company's <<Ranger>> course had never covered chemicals.",
            "{p.poss} {rel}, {r.full}, asked on {mob} why <<the Health and Safety Executive>> had not been told, and the company's reference is {ref2}.",
            "The unit's protocol still mentions <<5 ml>> syringes for irrigation, which the review called out of date.",
        ),
        ("Report written by {o4.full}, {ldate}.",),
        ("MIU-99999", "HS-Y-999"),
        sex="M?",
        country="S",
    ),
    _style(
        "sheep_dip_organophosphate_mistaken_stroke_review",
        "prose",
        "review of a very old farmer with organophosphate poisoning from sheep dip whose symptoms were taken for a stroke",
        (
            "Structured case note review {ref} - {trust}",
            "Patient: {p.tfull} ({hosp}), NHS {nhs}, born {dob}; admitted {date}",
        ),
        (
            "{p.tfull}, {age}, was brought in from {addr} on {date} with slurred speech, sweating and pinpoint pupils after an afternoon at the dipping bath, his <<the Glasgow Coma Scale>> 13.",
            "The crew thought of a stroke; {s1.full} pre-alerted the team and <<the Canadian CT head rule>> was not relevant, but a scan was done within the hour.",
            "{d.dr} noticed the drooling and slow pulse only after the scan was clear and gave <<atropine>>, then <<pralidoxime>> on the advice of the toxicology line.",
            "His {rel}, {r.full}, had told the triage nurse that he had been dipping sheep, and this was written on the back of the card.",
            "He went to {ward} on {next} and {s2.title} nursed him in <<side room 2>> with a suction unit by the bed for two days.",
        ),
        (
            "The review found the exposure was in the ambulance notes; {o1f.full}, the call handler, had typed 'sheep dip' in the free text next to <<the Procurator Fiscal>> tick box that nobody needed.",
            "On {day} a neighbour, {o2.full}, brought the empty drum to the ward so the product could be named.",
            "{r.first} asked for copies on {email}; the complaint is logged as {ref2}.",
            "His GP at {gp} had recorded <<Raynaud's>> and a past <<Colles' fracture>>, nothing that explained the picture.",
            "{o3m.tfull} from the farm union said older farmers often dip alone and that <<the Health and Safety Executive>> guidance is rarely read.",
        ),
        ("Reviewer: {o4.full}; completed {ldate}.",),
        ("SCNR-9999", "PALS-Y-999"),
        old=True,
        sex="M?",
        country="W",
    ),
    _style(
        "welsh_speaker_delirium_no_interpreter_review",
        "prose",
        "review of a very old Welsh-speaking woman with dementia who had lost her English, whose delirium was missed because no one on the ward spoke Welsh",
        (
            "Patient safety review {ref} | {hospital}",
            "Claf / patient: {p.caps}; rhif GIG / NHS {nhs}; {hosp}; date of birth {dob}",
        ),
        (
            "{p.tfull}, {age}, of {addr}, was admitted to {ward} on {date} after a fall at home, speaking only Welsh since her dementia advanced.",
            "Her {rel}, {r.full}, asked at {time} for a Welsh-speaking nurse, as <<the Welsh Language Standards>> require the offer, and was told none was on shift.",
            "Overnight she called out repeatedly; {s1.initl} recorded 'agitated, language barrier' and gave <<Oramorph>> for pain that she could not describe.",
            "No <<4AT>> was done until {next}, when {d.dr}, who speaks some Welsh, found her hallucinating and febrile with a urine infection.",
            "{p.first} was moved to {ward2} the same afternoon, where {s2.full} spoke with her in Welsh, moved her to <<bay 3>> by the window, and she settled.",
        ),
        (
            "On {next} the family were given the ward number, {phone}, and a named nurse, but the name was spelled wrong on the board and <<Sister>> was written where the first name should be.",
            "A chaplaincy volunteer, {o1f.full}, visited on {day} and wrote that the patient asked repeatedly for her late husband.",
            "{r.first} told the review that the fall itself came from <<a walking frame>> left out of reach by the home carer, {o2.full}.",
            "The ward's language badges, orange for Welsh speakers, were in a drawer; {o3m.full}, the ward manager, had not known about them.",
            "The hospital's own guidance links a missed <<the Clinical Frailty Scale>> to delirium risk, and it had not been scored.",
        ),
        ("Adolygiad / review led by {o4.full}, {ldate}; complaint {ref2}.",),
        ("PSR-Y-9999", "CYM/9999"),
        old=True,
        sex="F?",
        country="W",
        group="welsh",
    ),
    _style(
        "youth_rugby_concussion_sent_back_on_review",
        "prose",
        "review of a boy concussed at a youth rugby match who was sent back on and was seen in a small emergency department the next day with vomiting (child)",
        (
            "Paediatric incident review {ref}, {hospital}",
            "Child: {p.full}, DOB {dob}, NHS {nhs}, unit number {hosp}",
        ),
        (
            "{p.full}, {age}, of {addr}, took a head knock in a club match on {date} and was back on the pitch after five minutes, by the coach's account.",
            "His {rel}, {r.full}, drove him to {hospital} that night, after giving him <<paracetamol>>, because he had vomited twice and could not remember the second half.",
            "{s1.tfull} triaged him at {time} using <<PEWS>> and <<the Glasgow Coma Scale>>, both normal, and he was sent home with a head injury leaflet.",
            "He vomited again on {next} and {d.dr} arranged a scan under <<the Canadian CT head rule>>, which the review notes is an adult tool.",
            "The scan showed no bleed; the club's first aider, {o1m.full}, had not used the pitchside recognise-and-remove card or the checklist kept with <<the AED>> in the clubhouse.",
        ),
        (
            "The school nurse, {o2f.full}, was told on {next} and agreed a graded return to school with the family.",
            "{r.first} can be reached on {mob}; the club's safeguarding officer, {o3.full}, gave the club reference {ref2}.",
            "{s2.initl} said the discharge leaflet was the adult one, with <<10 mg>> of codeine printed on it for pain.",
            "A physiotherapist, {o4.full}, saw him at {gp} on {next}, scored <<4AT>> out of habit, and found he still had headaches on screen use.",
            "The review could find no record that <<the Ottawa knee rules>> poster in the waiting room had ever been swapped for the head injury one.",
        ),
        ("Reviewed by {o5.full}; closed {ldate}.",),
        ("PAED-9999", "WRU/Y/999"),
        child=True,
        sex="M?",
        country="W",
    ),
    _style(
        "static_caravan_carbon_monoxide_family_review",
        "prose",
        "review of a family poisoned by carbon monoxide in a static caravan, first sent home with a viral illness (child)",
        (
            "Serious incident review {ref} - {trust}",
            "Index patient: {p.upper}, born {dob}, NHS {nhs}, {hosp}; first seen {date}",
        ),
        (
            "{p.full}, {age}, was brought to {hospital} on {date} with headache and vomiting from a static caravan where the family were living while their house, {addr}, was repaired.",
            "Her {rel}, {r.full}, mentioned that everyone in the van had headaches, and {s1.full} wrote 'family viral illness' at {time} and gave <<ondansetron>>.",
            "No one asked about the gas heater, and the caravan did not have <<a carbon monoxide alarm>>; {d.dr} discharged the child with fluids advice.",
            "The next day the family dog collapsed and {r.first} rang 999; <<the Welsh Ambulance Service>> crew's meter alarmed at the door on {next}.",
            "At {hospital2} {o1f.tfull} found a carboxyhaemoglobin of 18 per cent and started <<15 litres a minute>> of oxygen for the whole family.",
        ),
        (
            "The site owner, {o2m.full}, said on {next} that the heater had been serviced by a man he could not name, and that <<the Health and Safety Executive>> had never inspected the site.",
            "{s2.initl} pointed out that <<PEWS>> was normal at the first visit and that sickness in a whole household is the clue the guidance gives.",
            "The council's environmental health officer, {o3.full}, opened a file, {ref2}, and condemned the heater on {next}.",
            "{r.first} asked that letters go to {email}, as post to the caravan goes astray.",
            "The department has since added a carbon monoxide question to the triage screen, with <<the AED>> cabinet as the place the leaflets are kept.",
        ),
        ("Review lead {o4.full}; approved {ldate}.",),
        ("SI-Y-99999", "EH/9999"),
        child=True,
        sex="F?",
        country="W",
    ),
    _style(
        "funeral_director_wrong_deceased_released_review",
        "prose",
        "review after a community hospital mortuary released the wrong deceased to a funeral director, found at the chapel of rest",
        (
            "Mortuary incident review {ref}, {hospital}",
            "Deceased: {p.caps}; NHS {nhs}; {hosp}; date of birth {dob}; died {date}",
        ),
        (
            "{p.tfull} died on {ward} on {date}, {age}, and was taken to the mortuary that evening with a wrist band, a toe tag and the <<DNACPR>> form in the envelope.",
            "A second death the same night was an unrelated patient of {gp}, and the two were placed in adjacent spaces by the porter, {o1m.full}.",
            "On {next} the funeral director, {o2.full}, collected from the mortuary and signed the release book, which {s1.full} countersigned without checking the tag.",
            "The family's {rel}, {r.full}, saw at the chapel of rest that it was not their relative, and rang {phone} in distress.",
            "{s2.tfull}, the bereavement officer, arranged the exchange the same day and reported it to <<the Procurator Fiscal>> as required.",
        ),
        (
            "The review found the mortuary register on {next} listed both names in the same hand, one with the initials only, and <<room 11>> of the fridge bank for both.",
            "{d.dr}, who had certified the death, had written the <<DNACPR>> form and the death certificate correctly.",
            "{r.first} asked for an apology in writing to {addr}, and the complaint reference is {ref2}.",
            "The porter's training record showed no mortuary induction since {prev}, when the old fridge was replaced.",
            "Guidance from <<the Care Inspectorate>> on deceased property was followed; the wedding ring was logged by {o3f.full} the night before.",
        ),
        ("Review by {o4.full}; signed {ldate}.",),
        ("MORT-Y-999", "BER-9999"),
        old=True,
        country="S",
    ),
    _style(
        "creel_boat_hand_degloving_plastics_delay_review",
        "prose",
        "review of a creel fisherman with a degloving hand injury from a hauler whose transfer to the plastic surgery unit waited for a bed",
        (
            "Adverse event review {ref}, {trust}, incident {date}",
            "{p.full} | hospital no {hosp} | NHS no {nhs}",
        ),
        (
            "{p.full} caught his right hand in the hauler of his creel boat on {date} and was brought ashore by the crew of the harbour launch, the <<Skipper>> holding the hand above his head.",
            "<<Coxswain>> {o1m.full} handed him over at the pier at {time} with the hand wrapped and <<Entonox>> running.",
            "At {hospital} {d.dr} found the skin of three fingers stripped and rang the plastic surgery unit at {hospital2}, which had no bed.",
            "{s1.tfull} kept the hand elevated overnight on {ward}, with <<flucloxacillin>> every six hours, and charted the capillary refill hourly.",
            "He was transferred on {next}, and {o2f.full}, the plastics registrar, wrote that the delay had cost the chance of a flap for one finger.",
        ),
        (
            "His {rel}, {r.full}, lives with him at {addr} and asked the review why a taxi could not have taken him on the first evening.",
            "{s2.initl} said the unit's transfer list on {day} had four patients ahead, none with a time-critical injury.",
            "The log kept by <<the RNLI>>, reference {ref2}, has the time of the call but not the time ashore.",
            "The boat's owner, {o3.full}, said the hauler's stop button had been moved when the boat was re-rigged, which is now with <<the Health and Safety Executive>> as well.",
            "{r.first} gave {mob} for follow-up, asked that the hospital's page, {url}, be updated with the new visiting hours, and said the fisheries officer had already been told.",
        ),
        ("Report by {o4.full}, {ldate}.",),
        ("AER-99999", "RNLI-Y-999"),
        sex="M?",
        country="S",
    ),
    _style(
        "agricultural_show_first_aid_tent_arrest_review",
        "prose",
        "review of a man who collapsed at an agricultural show, was treated as a faint in the first aid tent and had a cardiac arrest in the car park",
        (
            "Review of care, {ref}, {trust}",
            "Patient: {p.tfull}, NHS {nhs}, {hosp}, DOB {dob}, collapse {date}",
        ),
        (
            "{p.tfull}, of {addr}, collapsed in the sheep lines at the county show on {date} and was walked to the first aid tent by a steward, who thought he had had too much <<Ensure>> and sun.",
            "The volunteer first aider, {o1f.full}, recorded a pulse of 40 and put it down to the heat, and he was given water and a chair.",
            "At {time} he left with his {rel}, {r.full}, and collapsed again in the car park, where a farmer, {o2m.full}, started chest compressions.",
            "The show's <<the AED>> was in the secretary's tent, locked, and the key holder, {o3.full}, was in the main ring.",
            "{s1.full} from the ambulance crew got a rhythm back after two shocks and he was taken to {hospital}, where {d.dr} found complete heart block.",
        ),
        (
            "He had a pacemaker fitted at {hospital2} on {next}, was started on <<40 mg>> of a statin, and went home three days later.",
            "{r.first} asked the show committee for the first aid log, reference {ref2}, and gave {email} for replies.",
            "{s2.title} said the crew had been stood down from the showground at {time2} because the organisers thought cover was adequate.",
            "The first aider's notes give <<the Glasgow Coma Scale>> as normal and no blood pressure, because the cuff was in the other tent.",
            "The committee's secretary, {o4.full}, has since moved the cabinet to the gate and registered it on {next}.",
        ),
        ("Reviewed by {o5.full}; approved {ldate}.",),
        ("ROC-Y-9999", "SHOW-999"),
        sex="M?",
        country="S",
    ),
)

LINES = (
    _style(
        "lifeboat_shout_casualty_log_csv",
        "lines",
        "a lifeboat station's shout log pasted as CSV into a review, a casualty from a capsized dinghy handed to a crew who were given the wrong pier",
        (
            "Lifeboat station casualty log export, shout {ref}, {date}",
            "date,time,crew,entry",
        ),
        (
            "Pager alert for a capsized dinghy off the point; <<Coxswain>> on the way, casualty named by the caller as {p.full}",
            "Casualty recovered, conscious, hypothermic, in <<a life jacket>>; told crew he lives at {addr}",
            "Casualty confused, <<the Glasgow Coma Scale>> 14; home contact is {rel} {r.full} on {mob}",
            "Requested ambulance to the north pier via <<the Coastguard>>; crew told it would meet us at the south pier",
            "Handed over to {s1.full} at the south slip after a twenty minute wait, casualty shivering hard in <<a scoop stretcher>>",
        ),
        (
            "{d.dr} at {hospital} phoned back asking for the water temperature and time in the water",
            "Second crew member {o1f.full} reports rope burn to her own hand, first aid given by the <<Coxswain>> on return",
            "Station manager {o2.full} notified; <<RIDDOR>> not applicable to volunteers per guidance",
            "Casualty's dinghy recovered by {o3m.full} and left on the slipway at {street}",
            "Follow-up call from {s2.initl} on {phone}: casualty kept in on {ward} overnight; discharge letter to follow from {d.email}",
        ),
        ("Log closed by {o4.full}; exported for review {ref2} on {next}.",),
        ("SHOUT-Y-999", "RV-99999"),
        topup='{stamp},{clock},{sign},"{text}"',
        stamp="iso",
        sex="M?",
    ),
    _style(
        "dispensing_practice_controlled_drug_collection_csv",
        "lines",
        "a rural dispensing practice's collection register pasted as CSV into a review, a controlled drug handed to the wrong person in the car park",
        (
            "Dispensary collection register, {gp}, week of {date} (review {ref})",
            "date,time,dispenser,entry",
        ),
        (
            "Prescription for {p.tfull} ({hosp}) ready: <<buprenorphine>> patches, <<two puffs>> inhaler, bagged and sealed",
            "Caller on {phone} says she is collecting for {p.first}; name given as {o1f.full}, who the dispenser knows as {o1f.nick}",
            "Bag handed over at the car park window; signature illegible, ID not checked, <<1 mg>> tablets in the same bag",
            "{p.full} arrives to collect own prescription; bag already gone",
            "Practice manager {o2m.full} informed; patient lives at {addr}",
        ),
        (
            "{d.dr} reviewed the patient the same afternoon; patches replaced from stock",
            "Controlled drug register checked by {s1.full} under <<the Data Protection Act>> log; entry for {p.last} shows collected",
            "Call to {rel} {r.full} on {mob}: no one in the family sent anyone",
            "Police informed; incident number {ref2}; <<Dyfed-Powys Police>> to attend",
            "Delivery driver {o3.full} reports the same woman asked after another bag on {prev}",
        ),
        ("Register exported by {o4.full} on {ldate} for the significant event meeting.",),
        ("SEA-Y-99", "CD/99999"),
        topup="{stamp},{clock},{sign},{text}",
        stamp="dmy",
        country="W",
    ),
    _style(
        "island_district_nurse_round_table",
        "lines",
        "an island district nursing team's visit round pasted as a table into a review, a leg ulcer visit missed when the ferry timetable changed",
        (
            "District nursing round, {trust}, from {date} - review {ref}",
            "| date | time | nurse | visit note |",
        ),
        (
            "{p.tfull}, {addr}: leg ulcer dressing, <<a Waterlow score>> 14, <<Movicol>> given",
            "Ferry timetable changed; afternoon visits on the east side moved, {p.first} not rebooked",
            "{rel} {r.full} phoned {phone}: dressing soaked through, smell, asked for a visit",
            "Message left for the team lead, {o1m.full}; no reply before the last boat; <<Entonox>> not carried on the island",
            "Visit to {p.last}: ulcer larger, cellulitis to the knee, <<amoxicillin>> started by {d.dr}",
        ),
        (
            "Rota for the island rewritten by {s1.full}; visits now grouped around the sailings",
            "{o2f.full} from the practice at {gp} agreed to cover dressings on {day}; <<a walking frame>> left by the door",
            "Handheld record shows the last visit before the gap was on {prev}",
            "Patient asks that visits are phoned ahead on {mob}, as the key is with a neighbour, {o3.full}",
            "Wound photographed with consent and uploaded; <<the Abbey pain scale>> 3",
        ),
        ("Round exported by {o4.full} on {next} for case review {ref2}.",),
        ("DNR-Y-9999", "IDN/999"),
        topup="| {stamp} | {clock} | {sign} | {text} |",
        stamp="dmy",
    ),
    _style(
        "home_haemodialysis_machine_alarm_table",
        "lines",
        "a home haemodialysis machine's alarm download pasted as a table into a review, fluid alarms over a week put down to a faulty sensor",
        (
            "Home therapies alarm download, {hospital}, patient {hosp}, from {date}",
            "| date | time | reviewed by | alarm and action |",
        ),
        (
            "Venous pressure high alarm; {p.first} reset it and carried on, weight up 2 kg",
            "Technician {o1m.full} logs a call from {phone}: sensor thought faulty, replacement booked; <<a pulse oximeter>> reading 94",
            "Same alarm three times during the session; patient's {rel}, {r.full}, stopped the run early",
            "Remote review: fluid gain 3.5 kg, breathless lying flat, <<NEWS2>> 5; advised to attend {hospital}",
            "Admitted to {ward}; {d.dr} notes overload, not a sensor fault; <<a dialysis machine>> tested and passed",
        ),
        (
            "Sensor replaced anyway by {o2.full}; no fault found on the bench",
            "Dietitian {o3f.full} called {p.full} about fluid allowance; thirst worse in hot weather",
            "Training record shows alarm refresher overdue since {prev}",
            "Home address on the machine's service record is the old one, {addr2}",
            "Nurse {s1.initl} sent the download to the renal unit mailbox {email2}",
        ),
        ("Table exported by {s2.full} for review {ref} on {next}; complaint {ref2}.",),
        ("HHD-9999", "RC-Y-999"),
        topup="| {stamp} | {clock} | {sign} | {text} |",
        stamp="iso",
    ),
    _style(
        "rescue_helicopter_tasking_radio_log",
        "lines",
        "a rescue helicopter tasking and radio log pasted into a review, a fallen climber winched to a hospital without the right on-call team",
        (
            "Aeronautical rescue tasking log - {date} - incident {ref}",
            "Times local; entries as typed by the operator on duty",
        ),
        (
            "Tasked by <<the Coastguard>>: climber fallen on a sea cliff, caller {o1f.full} on {mob}",
            "Casualty {p.full}, conscious, leg deformed; winchman reports <<a Thomas splint>> applied",
            "Destination set as {hospital}; receiving team not told the casualty has a head wound",
            "Winch complete; <<the Glasgow Coma Scale>> 13, <<Entonox>> given, casualty says his address is {addr}",
            "Landed; handed to {s1.tfull}, who says the orthopaedic team is at {hospital2}",
        ),
        (
            "Re-tasked to {hospital2} after fuel; crew rest waived by {o2m.full}; <<0.5 mg>> of a sedative given",
            "Next of kin, {rel} {r.full}, called the operations room on {phone}",
            "{d.dr} receives casualty in <<resus 1>>; scan shows a small bleed",
            "Climbing partner {o3.full} left at the cliff top with the car; police asked to check on them",
            "Operator note: handover form still lists <<cubicle 4>> from the previous job",
        ),
        ("Log closed and copied to review {ref2} by {o4.full} on {next}.",),
        ("ARCC-Y-9999", "HM/99999"),
        topup="[{stamp} {clock}] {sign}: {text}",
        stamp="mon",
        sex="M?",
        country="S",
    ),
    _style(
        "telecare_pendant_responder_callout_log",
        "lines",
        "a telecare monitoring centre's call log pasted into a review, a very old woman's pendant alarm answered by a responder who could not get in (old)",
        (
            "Telecare call log, client {p.caps}, {addr}, {age}",
            "Monitoring provider {prov}; log from {date}; review {ref}",
        ),
        (
            "<<a pendant alarm>> activation; no speech on the line, only breathing",
            "Called first responder {r.full} ({rel}), known to the family as {r.nick}, on {mob}: no answer",
            "Second responder {o1f.full} attending; code for <<a key safe>> given from the client record",
            "Responder reports key safe code wrong; cannot get in; <<the Scottish Ambulance Service>> called",
            "Crew forced the back door; client on the floor, cold, <<a commode>> tipped over",
        ),
        (
            "Crew lead {s1.full} reports hip pain and confusion, <<Smith's fracture>> to the wrist as well; taken to {hospital}",
            "Key safe code in the record was the one before {o2m.full} from the housing team changed it on {prev}",
            "Call from {ward} on {phone}: {p.first} admitted, <<the Rockwood scale>> 6",
            "{d.dr} requests the alarm history for the last month under <<the Adults with Incapacity Act>> certificate",
            "Family asks that letters go to {email}",
        ),
        ("Log exported by {s2.full} on {ldate} for review {ref2}.",),
        ("TEC-999999", "TCR/Y/99"),
        topup="{stamp} {clock} - {text} ({sign})",
        stamp="dot",
        old=True,
        provider=True,
        sex="F?",
        country="S",
    ),
)

LETTERS = (
    _style(
        "firearms_licensing_gp_flag_letter",
        "letter",
        "a police firearms licensing officer writes to a GP practice after a certificate holder's low mood flag was never sent",
        (
            "{ldate}\n\nThe Practice Manager\n{gp}\n\nRe: {p.tfull}, born {dob}, of\n{addrb}\nOur reference {ref}",
            "Dear {o1.tfull},",
        ),
        (
            "I am the firearms enquiry officer for the area and hold the shotgun certificate file for {p.title}, who renewed it without any medical concern being raised.",
            "On {date} he was taken to {hospital} under <<Section 47>> after his {rel}, {r.full}, found him in the gun room, and {d.dr} recorded thoughts of ending his life.",
            "The discharge letter says the practice would place a marker under <<the Firearms Act>> guidance, but no marker reached us before he was seen by the gamekeeper, {o2m.full}, on {next}.",
            "His guns were removed on {next} by my colleague {s1.full}, and they are held at the station under reference {ref2}.",
            "I understand the practice received the letter by e-mail to {email2} and through its form at {url}, and I would be grateful to know what happened to it after that.",
        ),
        (
            "The family can be contacted on {mob}; {r.first} has asked to be kept informed and is happy for you to speak to them.",
            "I do not need clinical detail beyond what <<the Data Protection Act>> allows, only whether the marker process worked.",
            "Our records show a previous note on {prev} from another practice, which was acted on within a day.",
            "If it helps, the hospital's liaison nurse, {s2.full}, who knows <<the Mental Health Act>> side of this, can be reached on {phone} or at {s2.email} and has offered to attend a meeting.",
            "The estate's head <<Keeper>>, {o3.full}, has also been told not to lend him a rifle while the review is open.",
        ),
        ("Yours sincerely,\n\n{o4.full}\nFirearms Enquiry Officer",),
        ("FEO/Y/9999", "PROP-999999"),
        sex="M?",
        country="S",
    ),
    _style(
        "croft_neighbour_discharge_welfare_email",
        "letter",
        "a crofting neighbour e-mails the GP practice about a very old man sent home from hospital to a cold croft house with no carers (old)",
        (
            "From: {o1.full}\nTo: {email2}\nSent: {ldate} {time}\nSubject: {p.full}, {addr}",
            "Dear {d.dr},",
        ),
        (
            "I am writing about my neighbour, {p.tfull}, who is {age} and was sent home from {hospital} on {date} in a taxi with a bag of tablets and nothing else.",
            "His stove was out and the house was cold; I found him in his coat by the door at {time}, and his <<a walking frame>> was still in the hospital.",
            "The discharge note says carers from {prov} would start the next day, but nobody came on {next}, and the office number just rang out while he sat by <<a commode>> in the kitchen.",
            "His {rel}, {r.full}, lives in the south and has been ringing me on {mob} because they cannot get through to anyone either.",
            "I took round soup, found his <<Movicol>> sachets on the floor and lit the stove, but I am not young myself and cannot get him up the stairs to bed.",
        ),
        (
            "He told me the nurse on {ward} said he would have <<a pendant alarm>> fitted, and that has not happened either.",
            "The district nurse, {s1.full}, came on {next} and was kind, but said the package had been cancelled in error.",
            "I have his permission to write; he has asked me to say he does not want to go into {home}.",
            "My own number is {phone} if anyone wants to call me rather than him, as he is deaf without his aids.",
            "He mentioned <<the Clinical Frailty Scale>> form the ward filled in, and he was upset they had put him down as a 7.",
        ),
        ("With thanks,\n{o1.full}\nNeighbour",),
        ("DIS-99999", "GPC/Y/99"),
        old=True,
        provider=True,
        sex="M?",
        country="S",
    ),
    _style(
        "parish_minister_bereaved_family_complaint_letter",
        "letter",
        "a parish minister writes on behalf of a bereaved family about a man's last days in a community hospital, when pain relief was late",
        (
            "The Manse\n{ldate}\n\nPatient Relations\n{trust}\nYour reference {ref}",
            "Dear {o1.title},",
        ),
        (
            "I write as minister to the family of the late {p.tfull}, of {addr}, at their request and with the consent of his {rel}, {r.full}.",
            "{p.first} was admitted to {ward} at {hospital} on {date} for end of life care, and the family understood <<an anticipatory care plan>> was in place.",
            "On the night of {next} he was in pain for several hours because the <<Oramorph>> prescribed by {d.dr} could not be found on the ward.",
            "The nurse on duty, {s1.full}, was kind but alone, and the family say the bank nurse, {o2f.full}, was sent to another ward at midnight.",
            "He died in the early hours with <<Cheyne-Stokes breathing>> the nurse had not explained, and the family feel his last night was not what they had been promised.",
        ),
        (
            "{r.first} would like to know why the <<a key safe>> code for the controlled drugs cupboard was held by only one nurse.",
            "They also ask that the chaplaincy volunteer, {o3.full}, be thanked for sitting with them until the morning.",
            "The family can be reached at {email} or on {mob}; letters may also come to me at the manse, or through the hospital's feedback page at {url}.",
            "I met {s2.tfull} on {next}, who offered a meeting, and the family would welcome one after the funeral.",
            "I am told a <<DNACPR>> form had been completed properly, and the family do not question that decision.",
        ),
        ("Yours sincerely,\n\nRev. {o4.full}\n<<Minister>> of the parish",),
        ("PR-Y-99999", "CMP/9999"),
        sex="M?",
    ),
    _style(
        "kayak_centre_instructor_scaphoid_xray_email",
        "letter",
        "an outdoor centre instructor e-mails an emergency department about a teenager whose wrist X-ray was read as normal and who was later found to have a scaphoid fracture (child)",
        (
            "From: {o1.full}\nTo: {email2}\nDate: {ldate}\nSubject: {p.full}, seen after a kayaking fall",
            "Dear {d.dr},",
        ),
        (
            "I am the senior instructor at the outdoor centre and was with {p.full}, {age}, when she fell on the slipway on {date} after a kayaking session.",
            "We padded her wrist with the foam from <<a cervical collar>>, as the proper splint was in the boat shed, and I drove her to {hospital} at {time}.",
            "{s1.tfull} examined her and the X-ray was reported as normal, and she was sent home with a sling and advice about <<Colles' fracture>> that did not apply.",
            "On {next} her {rel}, {r.full}, took her to their own practice, {gp}, because she still could not grip a paddle.",
            "A repeat film at {hospital2} showed a scaphoid fracture, and she is now in a cast for eight weeks after a dose of <<Oramorph>> in the plaster room.",
        ),
        (
            "Our incident form, reference {ref}, records <<the Ottawa knee rules>> as the tool we teach, which I now realise was the wrong one for a wrist.",
            "The family live at {addr} and are happy for you to contact them on {mob}.",
            "The group leader from her school, {o2f.full}, was with us and has written her own account, mentioning <<PEWS>> because the nurse told her the score.",
            "I have since spoken to {s2.full} ({s2.email}) in your department, who was helpful and gave me the complaints reference {ref2}.",
            "If a review meeting is held, our centre manager, {o3m.full}, would like to attend.",
        ),
        ("Kind regards,\n{o1.full}\nSenior Instructor",),
        ("OAC-Y-999", "ED/99999"),
        child=True,
        sex="F?",
    ),
    _style(
        "vet_oil_vaccine_needlestick_complaint_letter",
        "letter",
        "a farm vet complains that her oil-adjuvant vaccine needlestick was discharged from a minor injuries unit without referral for surgery",
        (
            "{addrb}\n\n{ldate}\n\nComplaints Team, {trust}",
            "Dear Sir or Madam,",
        ),
        (
            "I am a farm vet, and on {date} I injected my own finger with an oil-adjuvant sheep vaccine while working at a farm near {hospital}.",
            "I was seen at {time} by {s1.full}, who cleaned the wound, gave <<flucloxacillin>> and told me to come back if it got worse.",
            "The vaccine leaflet, which I showed to {s1.first}, says that even a small injection needs urgent surgical opinion, because the oil causes tissue death.",
            "By {next} my finger was white and swollen, and the hand surgeon at {hospital2}, {d.dr}, had to open and wash it out.",
            "I have been told I may lose movement at the end joint, the surgeon has mentioned <<Raynaud's>> as a later risk, and I cannot work while it heals.",
        ),
        (
            "My practice partner, {o1f.full}, drove me to the second hospital and can confirm the timings.",
            "The unit's notes give my occupation as 'vet nurse' and my address as {addr2}, which is out of date.",
            "I have reported it under <<RIDDOR>> through the practice, reference {ref}.",
            "I can be contacted on {mob}, or through my {rel}, {r.full}, at {email}; please do not use the practice phone, which is on call for <<the DVLA>> medicals this month.",
            "The hand therapist, {o2.full}, has asked for the first unit's notes, and I would like a copy too.",
        ),
        ("Yours faithfully,\n\n{p.full}\nMRCVS",),
        ("VET-Y-999", "MIU/9999"),
        sex="F?",
        country="W",
    ),
    _style(
        "sub_postmistress_pension_not_collected_email",
        "letter",
        "a village sub-postmistress e-mails adult social care about a very old man who has stopped collecting his pension and whose carers have not been seen (old)",
        (
            "From: {o1.full}\nTo: {email2}\nSent: {ldate}\nSubject: Welfare concern, {p.tfull}",
            "Dear {o2.tfull},",
        ),
        (
            "I run the village post office and want to raise a concern about {p.tfull}, {age}, of {addr}, who has collected his pension here every week for as long as I have been here.",
            "He last came in on {date}, and when I walked round at {time} the curtains were shut and the milk was on the step.",
            "His carers are from {prov}, and their car has not been in the lane since {next}, as far as I or my husband, {o3m.full}, can tell.",
            "I rang the number on the care folder next to <<a pendant alarm>> in the window, {phone}, and was told he had been moved to {home}, which I do not think is right.",
            "His {rel}, {r.full}, is in Canada, and I have an e-mail address, {email}, if you need it.",
        ),
        (
            "I know about <<the Adults with Incapacity Act>> only from the leaflets, but I think he has a power of attorney with his {rel}.",
            "The community councillor, {o4f.full}, said she would ask at the surgery, {gp}, on {next}.",
            "He once told me he had been given <<Movicol>> and <<a commode>> by the district nurses, so they may know him.",
            "I am not family, but I can let someone in with the spare key his {rel} left with me.",
            "My mobile is {mob} if you would rather text, and the council's page, {url}, says to copy in the <<Provost>> for the ward.",
        ),
        ("Kind regards,\n{o1.full}\nSub-postmistress",),
        ("ASC-999999", "WC/Y/99"),
        old=True,
        provider=True,
        sex="M?",
        country="S",
    ),
    _style(
        "somali_interpreter_no_show_consent_letter",
        "letter",
        "a Somali-speaking family's support worker writes after the interpreter booked for a surgical consent conversation did not come and consent was taken through a child",
        (
            "{ldate}\n\nPatient Experience Team\n{hospital}\n\nRe: {p.tfull}, hospital number {hosp}, NHS {nhs}",
            "Dear {o1.tfull},",
        ),
        (
            "I am a community support worker and write with the permission of {p.tfull}, who speaks Somali and very little English.",
            "She was admitted to {ward} on {date} for a gallbladder operation, and a face-to-face interpreter had been booked for the consent conversation at {time}.",
            "The interpreter did not arrive, and {d.dr} took consent with her twelve-year-old grandson translating, who did not know the words for <<Murphy's sign>> or bile duct.",
            "The operation went ahead on {next}, and after <<dexamethasone>> for sickness she was not aware that a drain would be left in until she woke up.",
            "Her {rel}, {r.full}, was at work and was not called, though the family's number, {mob}, was on the front sheet.",
        ),
        (
            "The ward nurse, {s1.full}, told me on {next} that the booking had been cancelled by the agency, but no one rebooked it.",
            "The family would like to know why a telephone interpreter was not used, as the ward has a phone for this on {phone}.",
            "She lives at {addr} and letters in English will be read to her by me or by her neighbour, {o2f.full}.",
            "I have copied this to the surgeon's secretary, {s2.full}, and to the equality lead, {o3.full}, who has written to <<Healthcare Improvement Scotland>> before about interpreters.",
            "The family are not asking for compensation, only that <<the Data Protection Act>> is not used as a reason to withhold the notes.",
        ),
        ("Yours sincerely,\n\n{o4.full}\nCommunity Support Worker",),
        ("PET-Y-9999", "INT/99999"),
        sex="F?",
        country="S",
        group="somali",
    ),
    _style(
        "holiday_cottage_owner_wrong_glen_letter",
        "letter",
        "a holiday cottage owner writes to the health board after a guest's stroke, when the ambulance went to a farm of the same name in the next glen",
        (
            "{ldate}\n\nTo: Chief Executive, {trust}\n\nRe: my guest {p.tfull}, of\n{addrb}",
            "Dear Chief Executive,",
        ),
        (
            "I let a holiday cottage on my farm, and on {date} one of my guests, {p.tfull}, collapsed with weakness down one side while eating breakfast.",
            "His {rel}, {r.full}, rang 999 at {time} and gave the cottage name and the postcode, which is shared by two farms with the same name in different glens.",
            "The ambulance went to the other farm, and by the time {s1.full} and the crew reached us it was well over an hour.",
            "He was taken to {hospital} and then flown to {hospital2}, where {d.dr} told the family he was outside the window for clot-busting treatment.",
            "On {next} the crew manager, {o2m.full}, phoned me to apologise, and said the map had shown the wrong pin, as <<the Scottish Ambulance Service>> had found before.",
        ),
        (
            "I have since put the what3words and the grid reference in the cottage, next to <<the AED>> and the first aid box.",
            "The ambulance record still had his old address, {addr2}, and I have passed your details to his {rel}, who can be reached on {mob}.",
            "My neighbour, {o3f.full}, who owns the other farm, has had three ambulances at her door this year for my guests.",
            "I would be grateful for a meeting with someone from <<the Scottish Ambulance Service>> and the council about the naming.",
            "My own number is {phone}, the guest's family have asked for replies to {email}, and the cottage listing at {url} has the grid reference.",
        ),
        ("Yours faithfully,\n\n{o1.full}",),
        ("CE-Y-9999", "AMB/99999"),
        sex="M?",
        country="S",
    ),
)

STYLES = (*PROSE, *LINES, *LETTERS)

# Top-up sentences any review, log or letter of its register could carry.
SHARED = (
    "The panel read the notes, the observation charts and the staff statements, and spoke to the family before writing this account.",
    "On arrival <<the Clinical Frailty Scale>> had not been scored, which the panel noted but did not think changed the outcome.",
    "Staffing on the shift was one registered nurse short, and the bank request made at {time} was not filled.",
    "The drug chart shows <<paracetamol>> given on time, and no omitted doses were found on review.",
    "{o5.full} from the patient safety team checked the incident against similar reports from the last year and found two.",
    "A debrief was held on {later} for the staff involved, with support offered through occupational health.",
    "The panel noted that <<the Glasgow Coma Scale>> was recorded as a total without its parts, which makes change hard to see.",
    "Communication with the family was judged the weakest part of the care, and the panel recommends a named contact from the first day.",
    "The observation chart was complete for the first hours, but gaps of up to four hours appear overnight.",
    "Staff told the panel that the electronic record was slow on the night, and some entries were made from memory at the end of the shift.",
    "The panel did not find that any single action caused the harm, but several small delays added together.",
    "{s2.initl} gave a clear statement and has reflected on the handover with the clinical educator.",
    "The equipment log for <<a pulse oximeter>> on the unit showed it was last calibrated in the spring.",
    "The panel recommends that <<NEWS2>> escalation is audited monthly for the next six months.",
    "The duty of candour conversation took place on {later}, and a written apology followed.",
    "Learning from this review will be shared at the locality governance meeting, and the panel checked that no report under <<RIDDOR>> was needed.",
    "The family's questions were answered in turn at a meeting with the panel, and their comments are included in full.",
)
SHARED_LINES = (
    "Phone call returned; no answer, message left to ring back",
    "Entry checked against the paper record; no change",
    "Shift handover done; outstanding actions read out",
    "Spoke to the on-call manager; plan unchanged",
    "Observations repeated; <<NEWS2>> unchanged from last entry",
    "Waiting for call back from {hospital}",
    "Family updated by phone at their request",
    "Equipment check done; <<a pulse oximeter>> battery replaced",
    "Note added late; see paper record for the original time",
    "Request sent to {o5.full} for the missing details",
    "Second check of the record; address confirmed with the caller",
    "Transport booked; estimated time of arrival given as an hour",
    "Weather warning passed on; plan for the afternoon reviewed",
    "No further calls; log left open for the next shift",
    "Spoke to {s2.initl}: will follow up after the weekend",
)
SHARED_LETTER = (
    "I would be grateful for a written reply, and for a copy of any review that is carried out.",
    "I know staff were working under pressure, and nothing in this letter is meant as a complaint about any one person.",
    "Please let me know if you need anything further from me, or if a meeting would be easier.",
    "If the notes mention <<the Glasgow Coma Scale>> or other scores, I would be grateful if they could be explained in plain words.",
    "I have kept copies of the letters and leaflets given at the time, and can send them on if they would help.",
    "The family have asked that any reply is sent by post as well as by e-mail.",
    "I appreciate that some of this may be outside the hospital's control, but it seemed right to raise it.",
    "I have tried to set out the times as accurately as I can from my own notes and phone records.",
    "It would help to know whether the same thing has happened to anyone else, and what has changed since.",
    "I am happy for this letter to be shared with the staff involved, so that they can learn from it.",
    "If it is useful, a call on {later} or later that week would suit.",
    "I would also ask that <<the Data Protection Act>> is not used to stop the family seeing the records they are entitled to.",
    "Thank you for taking the time to read this.",
)


def _shared(style: Style) -> tuple[str, ...]:
    if style.register == "letter":
        return SHARED_LETTER
    if style.register == "lines":
        return SHARED_LINES
    return SHARED


def alternatives() -> int:
    """How many sentences the pack can write: the styles' own and the shared top-ups."""
    own = sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
    return own + len(SHARED) + len(SHARED_LINES) + len(SHARED_LETTER)


# ---------------------------------------------------------------------------------------------
# One case
# ---------------------------------------------------------------------------------------------


@dataclass
class _Person:
    first: str
    last: str
    sex: str
    names: str  # listed / unlisted
    in_record: bool
    kind: str
    honorific: str
    nick: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def parts(self) -> list[str]:
        return [
            part.casefold()
            for part in re.split(r"[\s-]+", self.full)
            if part  # a particle counts too: two "ferch" names in one record would share it
        ]


_GROUP_NAMES = tuple(OWN_GROUPS)
_GROUP_WEIGHTS = tuple(group[3] for group in OWN_GROUPS.values())
_TOKEN = re.compile(r"\{(\w+)\.(\w+)\}|\{(\w+)\}|<<(.+?)>>")


def _base(who: str) -> tuple[str, str | None]:
    if who in PEOPLE:
        return who, None
    return who[:-1], who[-1].upper()


def _is_listed(first: str, last: str) -> bool:
    listed = listed_names()
    parts = [p for p in re.split(r"[\s-]+", f"{first} {last}") if p and p not in PARTICLES]
    return all(part.casefold() in listed for part in parts)


class _Case:
    """The facts one narrative is written from: people, places, numbers and dates."""

    def __init__(self, rng: random.Random, style: Style, sentences: list[str]) -> None:
        self.rng = rng
        self.style = style
        hints: dict[str, str] = {}
        nicks: set[str] = set()
        for sentence in sentences:
            for who, form in re.findall(r"\{(\w+)\.(\w+)\}", sentence):
                base, sex = _base(who)
                if sex:
                    hints[base] = sex
                if form == "nick":
                    nicks.add(base)
        for who, sex in zip(("p", "r"), style.sex, strict=True):
            if sex != "?":
                hints[who] = sex
        self.record = rng.random() >= NO_RECORD
        self.town, self.district, self.code = rng.choice(TOWNS_OF[style.country])
        self.locality = rng.choice(LOCALITIES[self.town])
        self.dot = "." if rng.random() < 0.25 else ""
        self.used: set[str] = set()
        self.initials: dict[str, str] = {}
        self.people: dict[str, _Person] = {}
        for who in PEOPLE:
            kind = {"p": "patient", "r": "relative", "d": "doctor"}.get(who, "other")
            kind = "staff" if who in ("s1", "s2") else kind
            sex = hints.get(who) or rng.choice("FM")
            group = style.group if who == "p" else ""
            self.people[who] = self._draw(sex, kind, who in nicks, who in ("p", "r"), group)
        self.newcomers: list[_Person] = []
        relations = CHILD_RELATIONS if style.child else OLD_RELATIONS if style.old else RELATIONS
        self.relation = rng.choice(relations[self.people["r"].sex])
        # the patient's age and the dates of the case
        if style.child:
            self.age = rng.randint(9, 15)
        elif style.old:
            self.age = rng.randint(90, 103) if rng.random() < 0.85 else rng.randint(78, 89)
        else:
            self.age = rng.randint(90, 97) if rng.random() < 0.08 else rng.randint(19, 88)
        self.day = date(2025, 1, 6) + timedelta(days=rng.randint(0, 340))
        self.next_day = self.day + timedelta(days=1)
        self.letter_day = self.day + timedelta(days=rng.randint(6, 40))
        # days written without a year: one before the event, one after it (a debrief, a call)
        self.before = self.day - timedelta(days=rng.randint(3, 60))
        self.after = self.day + timedelta(days=rng.randint(3, 20))
        birthday = self.day.replace(year=self.day.year - self.age)
        self.dob = birthday - timedelta(days=rng.randint(1, 360))
        self.nhs = nhs_number(rng)
        shape = HOSP_FORMS[list(TOWN_INFO).index(self.town) % len(HOSP_FORMS)]
        self.hosp = "".join(
            str(rng.randint(0, 9)) if ch == "9" else rng.choice("BCFGHJKNRTWX") if ch == "A" else ch
            for ch in shape
        )
        number = rng.randint(1, 88)
        line = f"{number} {rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
        if rng.random() < 0.15:
            line = f"Flat {rng.randint(1, 9)}, {line}"
        self.line = line
        self.postcode = (
            f"{self.district} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        )
        self.address = f"{line}, {self.locality}, {self.town}, {self.postcode}"
        other_street = rng.choice([s for s in STREETS if s not in line])
        self.old_address = f"{rng.randint(1, 60)} {other_street} {rng.choice(STREET_KINDS)}"
        wards = rng.sample(WARDS, 2)
        self.wards = [f"{w} {rng.choice(WARD_KINDS)}" for w in wards]
        self.home = f"{rng.choice(HOMES)} {rng.choice(HOME_KINDS)}"
        self.street = f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
        self.hospital = rng.choice(HOSP_FORMS_TEXT).format(town=self.town)
        # the second hospital is in the same country as the first
        country = "W" if self.district.startswith(WELSH_AREAS) else "S"
        elsewhere = rng.choice([t for t, _, _ in TOWNS_OF[country] if t != self.town])
        self.hospital2 = rng.choice(HOSP_FORMS_TEXT).format(town=elsewhere)
        self.trust = rng.choice(TRUST_FORMS).format(town=self.town)
        self.gp = rng.choice(GP_FORMS).format(town=self.town)
        self.council = f"{self.town} Community Council"
        self.provider = rng.choice(PROVIDERS)
        self.refs = [self._ref(shape) for shape in style.refs]
        self.landline = f"{rng.randint(200000, 899999)}"
        self.mobile = _mobile(rng)
        relative = self.people["r"]
        domain = rng.choice(("btinternet.com", "outlook.com", "gmail.com", "hotmail.co.uk"))
        self.email = (
            f"{_ascii(relative.first)}.{_ascii(relative.last)}{rng.randint(1, 99)}@{domain}"
        )
        town_key = _ascii(self.town)
        self.email2 = rng.choice(
            (
                f"concerns.{town_key}@nhs.net",
                f"{town_key}.feedback@nhs.net",
                f"{town_key}.admin@nhs.net",
            )
        )
        self.url = rng.choice(
            (
                f"www.{town_key}-lhp.nhs.uk/feedback",
                f"https://{town_key}healthboard.org.uk/concerns",
                f"www.{town_key}community.org.uk/help",
            )
        )
        self.times = (_clock(rng), _clock(rng))

    # -- people ---------------------------------------------------------------------------------

    def _draw(
        self, sex: str, kind: str, want_nick: bool, in_record: bool, group: str = ""
    ) -> _Person:
        rng = self.rng
        for _ in range(200):
            nick = ""
            if want_nick:
                options = [n for n, (s, _g) in NICK_GROUPS.items() if s == sex]
                first = rng.choice(options)
                last = rng.choice(OWN_GROUPS[NICK_GROUPS[first][1]][2])
                nick = rng.choice(NICKNAMES[first])
                names = "listed" if _is_listed(first, last) else "unlisted"
            elif not group and rng.random() < 0.45:
                drawn = _new_person(rng, sex=sex)
                first, last, names = drawn.first, drawn.last, drawn.names
            else:
                chosen = group or rng.choices(_GROUP_NAMES, weights=_GROUP_WEIGHTS)[0]
                firsts, males, lasts, _weight = OWN_GROUPS[chosen]
                first = rng.choice(firsts if sex == "F" else males)
                mixed = not group and rng.random() < 0.3  # a surname from another group
                last = rng.choice(OWN_LAST if mixed else lasts)
                if rng.random() < 0.08:
                    last = f"{last}-{rng.choice(OWN_LAST)}"
                if chosen == "welsh" and sex == "F" and rng.random() < 0.4:
                    last = f"ferch {rng.choice(OWN_GROUPS['welsh'][1])}"
                names = "listed" if _is_listed(first, last) else "unlisted"
            person = _Person(first, last, sex, names, in_record and self.record, kind, "")
            parts = person.parts()
            if any(p in self.used or p in _NON_NAMES or len(p) < 2 for p in parts):
                continue
            if nick and nick.casefold() in self.used:
                continue
            self.used.update(parts)
            if nick:
                self.used.add(nick.casefold())
            person.nick = nick
            person.honorific = self._honorific(person)
            return person
        raise RuntimeError("could not draw a name")  # pragma: no cover

    def _honorific(self, person: _Person) -> str:
        if person.kind == "doctor":
            return "Dr"
        if person.kind == "patient" and self.style.child:
            return "Miss" if person.sex == "F" else "Master"
        if person.sex == "M":
            return "Mr"
        return self.rng.choice(("Mrs", "Ms", "Mrs", "Miss") if person.kind != "staff" else ("Ms",))

    def newcomer(self) -> _Person:
        """A person who signs a log line: often someone new, sometimes an earlier one."""
        if self.newcomers and self.rng.random() < 0.4:
            return self.rng.choice(self.newcomers)
        person = self._draw(self.rng.choice("FM"), "staff", False, False)
        self.newcomers.append(person)
        return person

    def name_text(self, person: _Person, form: str) -> str:
        if form == "init":
            letters = "".join(
                _ascii(part)[:1].upper()
                for part in re.split(r"[\s-]+", person.full)
                if part and part not in PARTICLES
            )[:4]
            owner = self.initials.setdefault(letters, person.full)
            if len(letters) < 2 or letters in CLINICAL_INITIALS or owner != person.full:
                form = "initl"
            else:
                return ".".join(letters) + "." if self.dot else letters
        if form == "initl":
            return f"{person.first[0]}. {person.last}"
        if form == "nick":
            return person.nick or person.first
        if form in ("title", "dr"):
            return f"{person.honorific}{self.dot} {person.last}"
        if form == "tfull":
            return f"{person.honorific}{self.dot} {person.full}"
        return {
            "full": person.full,
            "first": person.first,
            "last": person.full if " " in person.last else person.last,
            "caps": f"{person.last.upper()}, {person.first}",
            "upper": person.full.upper(),
            "lower": person.full.lower(),
        }[form]

    def person_pieces(self, person: _Person, form: str) -> list:
        meta = {"names": person.names, "in_record": person.in_record}
        if form == "email":
            local = f"{_ascii(person.first)}.{_ascii(person.last.replace('ferch ', ''))}"
            return [(f"{local}@nhs.net", "EMAIL", None)]
        if form == "poss":
            return [(person.full, "PERSON", meta), ("'s", None, None)]
        return [(self.name_text(person, form), "PERSON", meta)]

    # -- values ---------------------------------------------------------------------------------

    def _ref(self, shape: str) -> str:
        rng = self.rng
        out = []
        for ch in shape:
            if ch == "9":
                out.append(str(rng.randint(0, 9)))
            elif ch == "A":
                out.append(rng.choice("BCDFGHKMNPRSTVWXZ"))
            elif ch == "Y":
                out.append(str(self.day.year))
            else:
                out.append(ch)
        return "".join(out)

    def nhs_text(self) -> str:
        n = self.nhs
        return self.rng.choice((n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"))

    def address_pieces(self, block: bool = False) -> list:
        rng = self.rng
        town, loc, pc = self.town, self.locality, self.postcode
        if block:
            return [(f"{self.line}\n{loc}\n{town}", "ADDRESS", None), ("\n", None, None),
                    (pc, "POSTCODE", None)]  # fmt: skip
        form = rng.randrange(5)
        if form == 0:
            return [(f"{self.line}, {loc}, {town}", "ADDRESS", None), (", ", None, None),
                    (pc, "POSTCODE", None)]  # fmt: skip
        if form == 1:
            return [(f"{self.line}, {loc}, {town}".upper(), "ADDRESS", None), (", ", None, None),
                    (pc, "POSTCODE", None)]  # fmt: skip
        if form == 2:
            return [(f"{self.line} {loc} {town}", "ADDRESS", None), (" ", None, None),
                    (pc.replace(" ", ""), "POSTCODE", None)]  # fmt: skip
        if form == 3:
            return [(f"{self.line}, {town}", "ADDRESS", None), (" ", None, None),
                    (pc.lower(), "POSTCODE", None)]  # fmt: skip
        return [(f"{self.line}, {loc}, {town}", "ADDRESS", None), (" ", None, None),
                (pc, "POSTCODE", None)]  # fmt: skip

    def age_pieces(self) -> list:
        rng = self.rng
        gold = self.age > 89
        if rng.random() < 0.2:
            shown = _words(self.age)
            shape = rng.choice(("aged {}", "{} years old"))
        else:
            shown = str(self.age)
            shape = rng.choice(("aged {}", "{} years old", "{}yo", "{} y/o", "{} yrs", "aged {}"))
        before, after = shape.split("{}")
        return [(before, None, None), (shown, "AGE" if gold else "NEG", None), (after, None, None)]

    def slot(self, name: str) -> list:
        rng = self.rng
        simple = {
            "date": lambda: (_date_with_year(self.day, rng), "DATE"),
            "day": lambda: (_date_without_year(self.day, rng), "DATE"),
            "prev": lambda: (_date_without_year(self.before, rng), "DATE"),
            "later": lambda: (_date_without_year(self.after, rng), "DATE"),
            "next": lambda: (_date_with_year(self.next_day, rng), "DATE"),
            "ldate": lambda: (_date_with_year(self.letter_day, rng), "DATE"),
            "dob": lambda: (_date_with_year(self.dob, rng, short=False), "DATE"),
            "nhs": lambda: (self.nhs_text(), "NHS_NUMBER"),
            "hosp": lambda: (self.hosp, "HOSPITAL_NUMBER"),
            "addr2": lambda: (
                rng.choice(
                    (
                        f"{self.old_address}, {self.town}",
                        f"{self.old_address}, {self.locality}, {self.town}",
                    )
                ),
                "ADDRESS",
            ),  # fmt: skip
            "ward": lambda: (self.wards[0], "LOCATION"),
            "ward2": lambda: (self.wards[1], "LOCATION"),
            "home": lambda: (self.home, "LOCATION"),
            "street": lambda: (self.street, "LOCATION"),
            "hospital": lambda: (self.hospital, "ORGANISATION"),
            "hospital2": lambda: (self.hospital2, "ORGANISATION"),
            "trust": lambda: (self.trust, "ORGANISATION"),
            "gp": lambda: (self.gp, "ORGANISATION"),
            "council": lambda: (self.council, "ORGANISATION"),
            "prov": lambda: (self.provider, "ORGANISATION"),
            "ref": lambda: (self.refs[0], "ID"),
            "ref2": lambda: (self.refs[1], "ID"),
            "phone": lambda: (_landline_of(rng, self.code, self.landline), "PHONE"),
            "mob": lambda: (self.mobile, "PHONE"),
            "email": lambda: (self.email, "EMAIL"),
            "email2": lambda: (self.email2, "EMAIL"),
            "url": lambda: (self.url, "URL"),
            "rel": lambda: (self.relation, None),
            "time": lambda: (self.times[0], None),
            "time2": lambda: (self.times[1], None),
        }
        if name == "addr":
            return self.address_pieces()
        if name == "addrb":
            return self.address_pieces(block=True)
        if name == "age":
            return self.age_pieces()
        text, label = simple[name]()
        return [(text, label, None)]

    def render(self, template: str) -> list:
        pieces: list = []
        at = 0
        for match in _TOKEN.finditer(template):
            pieces.append((template[at : match.start()], None, None))
            who, form, name, term = match.groups()
            if who:
                base, _sex = _base(who)
                pieces += self.person_pieces(self.people[base], form)
            elif name:
                pieces += self.slot(name)
            else:
                pieces.append((term, "NEG", None))
            at = match.end()
        pieces.append((template[at:], None, None))
        return [piece for piece in pieces if piece[0]]


def _landline_of(rng: random.Random, code: str, local: str) -> str:
    spaced = f"{local[:3]} {local[3:]}"
    ext = f"{rng.randint(2000, 7999)}"
    forms = (
        f"{code} {local}", f"{code} {spaced}", f"({code}) {local}", f"({code}) {spaced}",
        f"+44 {code[1:]} {local}", f"+44 (0){code[1:]} {local}", f"{code}-{local}",
        f"{code}{local}", f"+44{code[1:]}{local}", f"{code} {local} ext {ext}",
        f"({code}) {local} x{ext}", f"+44 (0){code[1:]} {spaced}",
        f"{code} {local[:2]} {local[2:4]} {local[4:]}", f"+44 (0) {code[1:]} {spaced}",
        f"{code} {local[:4]} {local[4:]}", f"({code}) {local[:2]} {local[2:4]} {local[4:]}",
        f"+44 {code[1:]}-{local}",
    )  # fmt: skip
    return rng.choice(forms)


# ---------------------------------------------------------------------------------------------
# Writing a narrative
# ---------------------------------------------------------------------------------------------


def _count(pieces: list) -> int:
    return len("".join(text for text, _, _ in pieces).split())


def _line(case: _Case, style: Style, when: list, text: list, signer: _Person) -> list:
    """One log line in the style's shape: the stamp, the clock, who signed it and the entry."""
    rng = case.rng
    when[0] += timedelta(minutes=rng.randint(5, 40))
    moment = when[0]
    stamp = {
        "iso": moment.date().isoformat(),
        "dmy": f"{moment:%d/%m/%Y}",
        "mon": f"{moment:%d}{MONTHS[moment.month - 1][:3].upper()}{moment.year}",
        "dot": f"{moment:%d.%m.%Y}",
    }[style.stamp]
    clock = f"{moment:%H:%M}"
    forms = (
        ("init", "initl", "full", "first")
        if style.name.endswith("_csv")
        else ("init", "initl", "full", "caps", "first", "init")
    )
    sign = case.person_pieces(signer, rng.choice(forms))
    pieces: list = []
    at = 0
    shape = style.topup
    for match in re.finditer(r"\{(stamp|clock|sign|text)\}", shape):
        pieces.append((shape[at : match.start()], None, None))
        slot = match.group(1)
        if slot == "stamp":
            pieces.append((stamp, "DATE", None))
        elif slot == "clock":
            pieces.append((clock, None, None))
        elif slot == "sign":
            pieces += sign
        else:
            pieces += text
        at = match.end()
    pieces.append((shape[at:], None, None))
    return [piece for piece in pieces if piece[0]]


def _compose(rng: random.Random, style: Style) -> tuple[list, _Case]:
    shared = list(_shared(style))
    topups = rng.sample(shared, k=len(shared))
    extras = list(style.extras)
    rng.shuffle(extras)
    case = _Case(rng, style, [*style.headers, *style.core, *extras, *style.endings, *topups])
    target = min(max(int(rng.gauss(300, 22)), 245), 370)
    headers = [case.render(s) for s in style.headers]
    core = [case.render(s) for s in style.core]
    extra = [case.render(s) for s in extras]
    ending = [case.render(s) for s in style.endings]
    tops = [case.render(s) for s in topups]
    per_line = 0  # the words a log line's stamp, clock and signer add to its entry
    if style.register == "lines":
        per_line = len(style.topup.replace("{text}", " ").split())
        per_line = 1 if style.name.endswith("_csv") else per_line + 1
    used = sum(_count(p) for p in (*headers, *core, *ending)) + per_line * len(core)
    body = list(core)
    for index, pieces in enumerate(extra):
        words = _count(pieces) + per_line
        if index < 2 or used + words <= target:
            body.append(pieces)
            used += words
    added = []
    for pieces in tops:
        words = _count(pieces) + per_line
        if used + words > target + 12:
            continue
        added.append(pieces)
        used += words
        if used >= target - 8:
            break
    if style.register == "letter":
        body += added
    else:
        for pieces in added:
            body.insert(rng.randint(2, len(body)), pieces)
    out: list = []
    if style.register == "lines":
        for header in headers:
            out += header + [("\n", None, None)]
        when = [datetime_of(case.day, rng.randint(6, 9), rng.choice((0, 10, 20, 30, 40, 50)))]
        staff = [case.people["s1"], case.people["s2"], case.people["d"]]
        for pieces in body:
            if any(pieces is c for c in (*core, *extra)):
                # the case's staff sign their own entries, but not one that names them
                written = "".join(text for text, _, _ in pieces)
                others = [p for p in staff if p.last not in written and p.first not in written]
                signer = rng.choice(others) if others else case.newcomer()
            else:
                signer = case.newcomer()
            out += _line(case, style, when, pieces, signer) + [("\n", None, None)]
        for pieces in ending:
            out += pieces
        return out, case
    out += headers[0] + [("\n" if style.register == "prose" else "\n\n", None, None)]
    out += headers[1] + [("\n\n", None, None)]
    for index, pieces in enumerate(body):
        if index:
            out.append(("\n\n" if index % 3 == 0 else " ", None, None))
        out += pieces
    out.append(("\n\n", None, None))
    for pieces in ending:
        out += pieces
    return out, case


def datetime_of(day: date, hour: int, minute: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


def _example(rng: random.Random, number: int, style: Style | None = None):
    style = style or rng.choice(STYLES)
    pieces, case = _compose(rng, style)
    text_parts: list[str] = []
    gold: list[GoldSpan] = []
    negatives: list[tuple[int, int]] = []
    length = 0
    for text, label, meta in pieces:
        if label == "NEG":
            negatives.append((length, length + len(text)))
        elif label is not None:
            gold.append(GoldSpan(length, length + len(text), label, **(meta or {})))
        text_parts.append(text)
        length += len(text)
    known: dict = {}
    if case.record:
        known = {
            "names": [case.people["p"].full, case.people["r"].full],
            "nhs_number": case.nhs,
            "date_of_birth": case.dob.isoformat(),
            "hospital_number": case.hosp,
            "address": case.address,
        }
    example_ = Example(
        id=f"{PREFIX}-{number:06d}",
        text="".join(text_parts),
        known=known,
        gold=tuple(gold),
        kind=style.name,
    )
    return example_, negatives


def example(rng: random.Random, number: int, style: Style | None = None) -> Example:
    return _example(rng, number, style)[0]


def generate_with_negatives(count: int, seed: int = 1):
    """Each example with the (start, end) of every look-alike and young age written in."""
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _example(rng, number, deck.pop())


def generate(count: int, seed: int = 1):
    for example_, _negatives in generate_with_negatives(count, seed):
        yield example_
