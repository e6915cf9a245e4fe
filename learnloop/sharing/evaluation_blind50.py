"""A fiftieth blind de-identification evaluation pack: cleaning and security contractors.

Synthetic UK narratives with the gold span of every identifier, written without reading the
engine (see evaluation_blind50.md). The settings are new to the packs: office and contract
cleaners, window cleaners, deep-clean crews, security guards in shops and offices, night patrols,
key holders and a CCTV control room, with a patrol log export, a cleaning job sheet export, a
control room occurrence book, a key-holding call-out sheet, a security team's chat and a window
cleaner's round book. People come from Faker through the shared code and from the pack's own
lists: Ga (with "Nii" and "Naa" before a given name), Parsi, Hokkien, Kabardian and Maranao.

The interface is pack 49's: ``generate(count, seed=1)``, ``example(rng, number, style=None)``,
``generate_with_negatives(count, seed=1)``, ``STYLES``, ``alternatives()``, ``LOOKALIKES``.
Everything is plain Python; only the shared helpers of ``evaluation`` are imported.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
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

__all__ = ["LABELS", "STYLES", "alternatives", "example", "generate", "generate_with_negatives"]

PREFIX = "blind50"
LOW_WORDS = 200
HIGH_WORDS = 480
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# ---------------------------------------------------------------------------------------------
# Places: town -> (postcode district, dialling code, area word, council, council web domain)
# ---------------------------------------------------------------------------------------------

_SOMERSET = ("Somerset Council", "somerset.gov.uk")
_WILTS = ("Wiltshire Council", "wiltshire.gov.uk")
_ECAMBS = ("East Cambridgeshire District Council", "eastcambs.gov.uk")
_RIBBLE = ("Ribble Valley Borough Council", "ribblevalley.gov.uk")
_DEAN = ("Forest of Dean District Council", "fdean.gov.uk")
_HORSHAM = ("Horsham District Council", "horsham.gov.uk")
_POWYS = ("Powys County Council", "powys.gov.uk")
_GWYNEDD = ("Gwynedd Council", "gwynedd.llyw.cymru")
_ABERDEENSHIRE = ("Aberdeenshire Council", "aberdeenshire.gov.uk")
_PKC = ("Perth and Kinross Council", "pkc.gov.uk")
_STIRLING = ("Stirling Council", "stirling.gov.uk")
_ARGYLL = ("Argyll and Bute Council", "argyll-bute.gov.uk")
_HIGHLAND = ("Highland Council", "highland.gov.uk")
TOWN_INFO = {
    "Williton": ("TA4", "01984", "Quantock Foot", *_SOMERSET),
    "Ludgershall": ("SP11", "01264", "Chute Downs", *_WILTS),
    "Potton": (
        "SG19", "01767", "Ivel Greensand", "Central Bedfordshire Council",
        "centralbedfordshire.gov.uk",
    ),
    "Littleport": ("CB6", "01353", "Ouse Washes", *_ECAMBS),
    "Soham": ("CB7", "01353", "Soham Lode", *_ECAMBS),
    "Wickham Market": ("IP13", "01728", "Deben Reach", "East Suffolk Council", "eastsuffolk.gov.uk"),
    "Crowle": ("DN17", "01724", "Isle of Axholme", "North Lincolnshire Council", "northlincs.gov.uk"),
    "Wainfleet": ("PE24", "01754", "Steeping Marsh", "East Lindsey District Council", "e-lindsey.gov.uk"),
    "Long Sutton": ("PE12", "01406", "Nene Outfall", "South Holland District Council", "sholland.gov.uk"),
    "Boroughbridge": ("YO51", "01423", "Ure Meadows", "North Yorkshire Council", "northyorks.gov.uk"),
    "Longridge": ("PR3", "01772", "Longridge Fell", *_RIBBLE),
    "Whalley": ("BB7", "01254", "Calder Nab", *_RIBBLE),
    "Uppermill": ("OL3", "01457", "Saddleworth Moor", "Oldham Council", "oldham.gov.uk"),
    "Audlem": ("CW3", "01270", "Weaver Head", "Cheshire East Council", "cheshireeast.gov.uk"),
    "Malpas": (
        "SY14", "01948", "Maelor Ridge", "Cheshire West and Chester Council",
        "cheshirewestandchester.gov.uk",
    ),
    "Newent": ("GL18", "01531", "Leadon Orchards", *_DEAN),
    "Coleford": ("GL16", "01594", "Dean Uplands", *_DEAN),
    "Wotton-under-Edge": ("GL12", "01453", "Cotswold Scarp", "Stroud District Council", "stroud.gov.uk"),
    "Fairford": ("GL7", "01285", "Coln Water", "Cotswold District Council", "cotswold.gov.uk"),
    "Cricklade": ("SN6", "01793", "Thames Head", *_WILTS),
    "Chew Magna": (
        "BS40", "01275", "Chew Valley", "Bath and North East Somerset Council", "bathnes.gov.uk",
    ),
    "Axbridge": ("BS26", "01934", "Mendip Edge", *_SOMERSET),
    "Wedmore": ("BS28", "01934", "Brue Moors", *_SOMERSET),
    "Chulmleigh": ("EX18", "01769", "Taw Vale", "North Devon Council", "northdevon.gov.uk"),
    "Torrington": ("EX38", "01805", "Torridge Gorge", "Torridge District Council", "torridge.gov.uk"),
    "St Columb": ("TR9", "01637", "Goss Moor", "Cornwall Council", "cornwall.gov.uk"),
    "Marazion": ("TR17", "01736", "Mount's Bay", "Cornwall Council", "cornwall.gov.uk"),
    "Storrington": ("RH20", "01903", "Chantry Downs", *_HORSHAM),
    "Billingshurst": ("RH14", "01403", "Arun Weald", *_HORSHAM),
    "Ditchling": ("BN6", "01273", "Beacon Scarp", "Lewes District Council", "lewes-eastbourne.gov.uk"),
    "Llanfyllin": ("SY22", "01691", "Cain Valley", *_POWYS),
    "Llanwrtyd Wells": ("LD5", "01591", "Irfon Gorge", *_POWYS),
    "Newcastle Emlyn": (
        "SA38", "01239", "Teifi Loop", "Carmarthenshire County Council",
        "carmarthenshire.gov.wales",
    ),
    "Llandysul": ("SA44", "01559", "Teifi Gorge", "Ceredigion County Council", "ceredigion.gov.uk"),
    "Criccieth": ("LL52", "01766", "Eifionydd", *_GWYNEDD),
    "Harlech": ("LL46", "01766", "Ardudwy", *_GWYNEDD),
    "Barmouth": ("LL42", "01341", "Mawddach Mouth", *_GWYNEDD),
    "Llanberis": ("LL55", "01286", "Padarn Shore", *_GWYNEDD),
    "Llanfairfechan": ("LL33", "01248", "Carneddau Foot", "Conwy County Borough Council", "conwy.gov.uk"),
    "Oldmeldrum": ("AB51", "01651", "Formartine", *_ABERDEENSHIRE),
    "Insch": ("AB52", "01464", "Garioch Hills", *_ABERDEENSHIRE),
    "Laurencekirk": ("AB30", "01561", "Howe of the Mearns", *_ABERDEENSHIRE),
    "Edzell": ("DD9", "01356", "North Esk Glen", "Angus Council", "angus.gov.uk"),
    "Coupar Angus": ("PH13", "01828", "Strathmore", *_PKC),
    "Dunkeld": ("PH8", "01350", "Tay Gorge", *_PKC),
    "Auchterarder": ("PH3", "01764", "Strathearn Ridge", *_PKC),
    "Tillicoultry": ("FK13", "01259", "Hillfoots", "Clackmannanshire Council", "clacks.gov.uk"),
    "Kippen": ("FK8", "01786", "Carse of Forth", *_STIRLING),
    "Drymen": ("G63", "01360", "Endrick Water", *_STIRLING),
    "Tarbert": ("PA29", "01880", "Kintyre Neck", *_ARGYLL),
    "Tobermory": ("PA75", "01688", "Mull Sound", *_ARGYLL),
    "Lairg": ("IV27", "01549", "Shin Water", *_HIGHLAND),
    "Brora": ("KW9", "01408", "East Sutherland", *_HIGHLAND),
    "Invergordon": ("IV18", "01349", "Cromarty Firth", *_HIGHLAND),
    "Beauly": ("IV4", "01463", "Beauly Firth", *_HIGHLAND),
    "Newtonmore": ("PH20", "01540", "Spey Headwaters", *_HIGHLAND),
    "Fochabers": ("IV32", "01343", "Lower Speyside", "Moray Council", "moray.gov.uk"),
    "Wigtown": ("DG8", "01988", "Machars", "Dumfries and Galloway Council", "dumgal.gov.uk"),
    "Earlston": ("TD4", "01896", "Leader Water", "Scottish Borders Council", "scotborders.gov.uk"),
    "Auchtermuchty": ("KY14", "01337", "Eden Howe", "Fife Council", "fife.gov.uk"),
    "Maybole": ("KA19", "01655", "Carrick Hills", "South Ayrshire Council", "south-ayrshire.gov.uk"),
}  # fmt: skip
LOCALITIES = {
    "Williton": ("Sampford Brett", "Doniford"), "Ludgershall": ("Perham Down", "Faberstown"),
    "Potton": ("Cockayne Hatley", "Wrestlingworth"), "Littleport": ("Coveney", "Little Downham"),
    "Soham": ("Wicken", "Isleham"), "Wickham Market": ("Campsea Ashe", "Pettistree"),
    "Crowle": ("Ealand", "Eastoft"), "Wainfleet": ("Friskney", "Thorpe Culvert"),
    "Long Sutton": ("Gedney Drove End", "Tydd St Mary"), "Boroughbridge": ("Aldborough", "Langthorpe"),
    "Longridge": ("Grimsargh", "Goosnargh"), "Whalley": ("Sabden", "Billington"),
    "Uppermill": ("Diggle", "Dobcross"), "Audlem": ("Buerton", "Hankelow"),
    "Malpas": ("Tilston", "Hampton Heath"), "Newent": ("Gorsley", "Kilcot"),
    "Coleford": ("Berry Hill", "Milkwall"), "Wotton-under-Edge": ("North Nibley", "Alderley"),
    "Fairford": ("Kempsford", "Whelford"), "Cricklade": ("Latton", "Ashton Keynes"),
    "Chew Magna": ("Chew Stoke", "Bishop Sutton"), "Axbridge": ("Shipham", "Compton Bishop"),
    "Wedmore": ("Theale", "Mudgley"), "Chulmleigh": ("Chawleigh", "Burrington"),
    "Torrington": ("Taddiport", "Frithelstock"), "St Columb": ("St Mawgan", "Indian Queens"),
    "Marazion": ("Perranuthnoe", "Goldsithney"), "Storrington": ("Sullington", "Thakeham"),
    "Billingshurst": ("Adversane", "Coolham"), "Ditchling": ("Westmeston", "Streat"),
    "Llanfyllin": ("Llanfechain", "Bwlch-y-cibau"), "Llanwrtyd Wells": ("Beulah", "Abergwesyn"),
    "Newcastle Emlyn": ("Adpar", "Cenarth"), "Llandysul": ("Pont-Tyweli", "Capel Dewi"),
    "Criccieth": ("Llanystumdwy", "Rhoslan"), "Harlech": ("Llanfair", "Llandanwg"),
    "Barmouth": ("Llanaber", "Bontddu"), "Llanberis": ("Nant Peris", "Cwm-y-glo"),
    "Llanfairfechan": ("Abergwyngregyn", "Dwygyfylchi"), "Oldmeldrum": ("Meikle Wartle", "Barthol Chapel"),
    "Insch": ("Kennethmont", "Oyne"), "Laurencekirk": ("Marykirk", "Fordoun"),
    "Edzell": ("Inchbare", "Tarfside"), "Coupar Angus": ("Kettins", "Burrelton"),
    "Dunkeld": ("Birnam", "Butterstone"), "Auchterarder": ("Aberuthven", "Blackford"),
    "Tillicoultry": ("Coalsnaughton", "Devonside"), "Kippen": ("Arnprior", "Gargunnock"),
    "Drymen": ("Croftamie", "Gartmore"), "Tarbert": ("Skipness", "Clachan"),
    "Tobermory": ("Dervaig", "Salen"), "Lairg": ("Rosehall", "Shinness"),
    "Brora": ("Kintradwell", "Clynelish"), "Invergordon": ("Kildary", "Barbaraville"),
    "Beauly": ("Kiltarlity", "Kirkhill"), "Newtonmore": ("Laggan", "Glen Banchor"),
    "Fochabers": ("Mosstodloch", "Spey Bay"), "Wigtown": ("Bladnoch", "Kirkinner"),
    "Earlston": ("Redpath", "Legerwood"), "Auchtermuchty": ("Dunshalt", "Strathmiglo"),
    "Maybole": ("Minishant", "Kirkmichael"),
}  # fmt: skip
TOWNS = tuple((town, info[0], info[1]) for town, info in TOWN_INFO.items())
HOSP_FORMS = ("A9999999", "99A99999", "AAA-99999")
TOWN_HOSP = {town: HOSP_FORMS[index % 3] for index, town in enumerate(TOWN_INFO)}

STREETS = ("Skein", "Carding", "Selvedge", "Warping", "Dimity", "Moleskin")
STREET_KINDS = ("Road", "Street", "Lane", "Close", "Way", "Terrace", "Avenue", "Drive")
WARDS = ("Kilderkin", "Pottle", "Puncheon", "Tierce", "Runlet")
WARD_KINDS = ("Ward", "Ward", "Unit", "Ward")
HOMES = ("Candlewick House", "Quillpen Court", "Tallowmere Lodge", "Inkwell House")
PROVIDERS = ("Hearthmoor", "Steadyhand", "Kindway", "Willowdene")
PROVIDER_KINDS = ("Domiciliary Services", "Homecare Partners", "Care in the Home", "Visiting Care")
PRACTICES = ("Feverfew", "Vervain", "Mugwort", "Motherwort")
PRACTICE_KINDS = ("Surgery", "Medical Practice", "Health Centre", "Medical Centre")
# Cleaning and security contractors: the company of a style's story.
BUSINESSES = ("Clearview", "Sentinel", "Gleamwell", "Lockfast", "Spotless", "Watchtower")
BUSINESS_KINDS = (
    "Cleaning Services", "Security Ltd", "Facilities Management", "Window Cleaning",
    "Guarding Services", "Hygiene Solutions",
)  # fmt: skip
HOSPITAL_FORMS = (
    "{town} Victoria Hospital", "{county} Healthcare Campus", "{town} Cottage and Community Hospital",
    "{county} War Memorial Infirmary",
)  # fmt: skip
TRUST_FORMS = (
    "{county} Health Care NHS Trust", "{county} Integrated Care NHS Trust",
    "{county} Hospitals and Community NHS Trust",
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Look-alikes: written in, never gold (each kind is tracked as negatives)
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "drug": (
        "calcium gluconate gel", "cefuroxime", "salbutamol nebules", "ibuprofen gel",
        "hepatitis B vaccine", "tetanus toxoid", "nicotine patches", "clotrimazole cream",
        "fluorescein drops", "ceftriaxone", "dextrose gel",
    ),
    "dose": (
        "two 20 mg capsules", "a 50 ml bag", "one 500 microgram ampoule", "three 400 mg tablets",
        "a 25 g tube", "a 1 mg injection",
    ),
    "score": (
        "an Epworth score of 16", "a Roland-Morris score of 14", "a Borg score of 6",
        "a Tinetti score of 18", "a GAD-7 of 15", "an Oxford Knee Score of 22",
        "a peak flow of 210",
    ),
    "device": (
        "the rotary scrubber", "the floor buffer", "the wet floor sign", "the shutter key",
        "the lone worker fob", "the cherry picker", "the cradle hoist", "the pressure washer",
        "the steam cleaner", "the radio handset", "the fogging machine", "the key safe",
    ),
    "national": (
        "the Cleaning and Support Services Association", "the British Cleaning Council",
        "the National Security Inspectorate", "the British Institute of Cleaning Science",
        "the Federation of Window Cleaners", "the Chartered Institute of Environmental Health",
        "the International Professional Security Association",
    ),
    "law": (
        "the Private Security Industry Act 2001",
        "the Control of Substances Hazardous to Health Regulations 2002",
        "the Manual Handling Operations Regulations 1992",
        "the Regulatory Reform (Fire Safety) Order 2005",
        "the Provision and Use of Work Equipment Regulations 1998",
        "the Personal Protective Equipment at Work Regulations 1992",
        "the Management of Health and Safety at Work Regulations 1999",
    ),
    "eponym": (
        "Virchow's node", "Monteggia fracture", "Galeazzi fracture", "Maisonneuve fracture",
        "Hill-Sachs lesion", "Bankart lesion", "Tillaux fracture", "Rolando fracture",
    ),
    "word": (
        "Mobile Patrol Officer", "Key Holder", "Site Supervisor", "Cleaning Operative",
        "Night Cleaner", "CCTV Operator", "Contract Manager", "Relief Officer",
        "Patrol Supervisor", "Hygiene Technician", "Static Guard", "Retail Guard",
    ),
    "bed": (
        "the bin store", "the plant room", "the loading bay", "the gatehouse",
        "the cleaners' cupboard", "the service lift", "the roof void", "the stairwell",
        "the riser cupboard", "the post room", "the goods yard", "the mezzanine",
    ),
    "duration": (
        "during the lock-up round", "while the floor dried", "during the alarm test",
        "through the first patrol", "until the key holder came", "during the deep clean",
        "for the whole lock-down", "during the fire drill", "through the handover",
        "until the doors opened", "while the scrubber ran",
    ),
}  # fmt: skip
NATIONAL = LOOKALIKES["national"]

# ---------------------------------------------------------------------------------------------
# People of the pack's own lists
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    # Ga given names are written after "Nii" (a man) or "Naa" (a woman), which stays with them.
    "Ga": {
        "F": ("Adjeley", "Dedei", "Korkor", "Shika", "Lamiley", "Dromo"),
        "M": ("Armah", "Ayi", "Okai", "Odartey", "Ayitey", "Lante"),
        "L": ("Tetteh", "Quaye", "Lartey", "Ankrah", "Odoi", "Nortey", "Quartey", "Laryea",
              "Okine", "Sowah", "Tagoe", "Adjetey"),
    },
    "Parsi": {
        "F": ("Perizad", "Khorshed", "Dilnavaz", "Freny", "Zarine", "Armaity", "Havovi"),
        "M": ("Rustom", "Jamshed", "Dinshaw", "Zubin", "Farrokh", "Behram", "Kersi", "Jehangir"),
        "L": ("Wadia", "Mistry", "Batliwala", "Daruwalla", "Bharucha", "Dastur", "Sethna",
              "Poonawalla", "Kapadia", "Bhabha"),
    },
    "Hokkien": {
        "F": ("Siew Lan", "Bee Leng", "Geok Choo", "Swee Lian", "Poh Choo", "Lay Hoon"),
        "M": ("Boon Huat", "Kim Seng", "Swee Hock", "Chin Hock", "Teck Soon", "Eng Kiat"),
        "L": ("Tan", "Lim", "Ong", "Goh", "Koh", "Chua", "Khoo", "Yeo", "Tay", "Teh"),
    },
    # Kabardian surnames take "-a" for a woman (Kardanov, Kardanova).
    "Kabardian": {
        "F": ("Madina", "Zalina", "Aminat", "Lyana", "Asiyat", "Zarema"),
        "M": ("Arsen", "Khasan", "Anzor", "Zalim", "Beslan", "Kazbek"),
        "L": ("Kardanov", "Kokov", "Shogenov", "Berov", "Kumakhov", "Ashabokov", "Apazhev",
              "Teunov", "Kodzokov", "Tkhakakhov"),
    },
    "Maranao": {
        "F": ("Sittie", "Noraida", "Johaira", "Normina", "Sainab", "Aliah"),
        "M": ("Macmod", "Ansarie", "Hamidullah", "Abdulmalik", "Jamalul", "Casan"),
        "L": ("Alonto", "Lucman", "Macarambon", "Dimaporo", "Adiong", "Balindong", "Tomawis",
              "Mangondato", "Pangandaman", "Disomimba", "Dimakuta", "Sarip"),
    },
}  # fmt: skip
FEMININE_ENDING = {"Kabardian": "a"}
OWN_FIRST = {sex: tuple(n for g in OWN_GROUPS.values() for n in g[sex]) for sex in "FM"}
OWN_LAST = tuple(n for g in OWN_GROUPS.values() for n in g["L"])
# Surnames that are English words of locks, watchmen and cleaning.
WORD_NAMES = (
    "Broom", "Keys", "Chubb", "Warder", "Sentry", "Latch", "Cleaver", "Bucket",
)  # fmt: skip
ALL_WORD_NAMES = frozenset(WORD_NAMES)
NICKNAMES = {
    "Rustom": ("Rusi",), "Abdulmalik": ("Malik",), "Jehangir": ("Jehan",),
    "Khorshed": ("Khorshi",),
}  # fmt: skip
# A Ga given name follows "Nii" (men) or "Naa" (women); the pair is one given name here,
# written whole: "Nii Armah Tetteh", "TETTEH, Nii Armah", "nii armah tetteh", "Naa Dedei".
PARTICLE_WORDS = ("Nii", "Naa")
PARTICLE_SEX = {"Nii": "M", "Naa": "F"}
PARTICLES = r"\b(?:Nii|Naa|NII|NAA|nii|naa)[ _.-]"
PARTICLE_GROUPS = frozenset({"Ga"})
# Initials that read as an abbreviation: a person with these is written "J. Surname".
CLINICAL_INITIALS = frozenset(
    """AF AKI BD BP CD CT DM DNR EC ED FY GP HB HR ID IM IV MI MR MS NG OD OK OT PE PM PO PR
    QDS RN SC TB TDS UK UTI VF VT WC AM NO SO DO GO TO IT AS AT BE BY HE IF IN IS ME MY OF ON
    OR UP US WE CPR DOA ECG GCS ICU NHS PRN SOB TIA TTO ABC AND FOR THE BM SIA NSI BICS CIEH
    COSHH HSE CCTV PPE LOLER RIDDOR KH SS CRO MPO ANPR PIR LWD GAD BCC IPSA FWC VIP ATM""".split()
)
NAME_FORMS = (
    "full first last title tfull dr tdr init ini caps upper lower nick email pemail poss fl "
    "semail isur idot capfirst sidot lastcomma"
).split()


def _fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value.casefold())
    return plain.encode("ascii", "ignore").decode()


def _forbidden() -> frozenset[str]:
    words: set[str] = set()
    sources = [t for terms in LOOKALIKES.values() for t in terms]
    for town, info in TOWN_INFO.items():
        sources += [town, info[2], info[3], *LOCALITIES[town]]
    sources += [*STREETS, *STREET_KINDS, *WARDS, *WARD_KINDS, *HOMES, *PROVIDERS]
    sources += [*PROVIDER_KINDS, *PRACTICES, *PRACTICE_KINDS, *HOSPITAL_FORMS, *TRUST_FORMS]
    sources += [*BUSINESSES, *BUSINESS_KINDS]
    sources += [*MONTHS, *WEEKDAYS]
    for source in sources:
        words |= {_fold(w) for w in re.findall(r"[^\W\d_]+", source) if len(w) > 2}
    return frozenset(words)


FORBIDDEN = _forbidden()
HONORIFIC_WORDS = frozenset({"mr", "mrs", "ms", "miss", "dr", "master"})

# ---------------------------------------------------------------------------------------------
# Numbers in words (ages over 89)
# ---------------------------------------------------------------------------------------------

_UNITS = "zero one two three four five six seven eight nine".split()


def _words(n: int) -> str:
    """An age in words, as written: 93 -> "ninety-three", 101 -> "one hundred and one"."""
    if 90 <= n < 100:
        return "ninety" if n == 90 else f"ninety-{_UNITS[n - 90]}"
    if n == 100:
        return "one hundred"
    if 100 < n < 110:
        return f"one hundred and {_UNITS[n - 100]}"
    return str(n)


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
    refs: tuple[str, str]  # "#" a digit, "@" a capital, "~" the two-digit year, "^" the year
    sex: str | None = None  # the patient's sex when the story fixes it
    old: bool = False
    child: bool = False
    provider: bool = False
    topup: str = ""  # lines: the line shape, with {stamp} {clock} {text} {user}
    stamp: str = ""  # lines: strftime format of the stamp date
    clock: str = "%H:%M"
    upper_stamp: bool = False
    sept: bool = False  # lines: September's short month word is written "Sept"
    signs: tuple[str, ...] = ()  # lines: who signs a line
    sign_form: str = "full"  # lines: the form a signer is written in (alternatives by "|")


def _style(name: str, register: str, what: str, block: str, refs: tuple[str, str], **kw) -> Style:
    parts: dict[str, list[str]] = {"H": [], "C": [], "X": [], "E": []}
    for line in block.strip().split("\n"):
        key, _, text = line.strip().partition(": ")
        parts[key].append(text.replace("¶", "\n"))
    return Style(
        name, register, what, tuple(parts["H"]), tuple(parts["C"]), tuple(parts["X"]),
        tuple(parts["E"]), refs, **kw,
    )  # fmt: skip


# fmt: off
STYLES = (
    _style(
        "office_cleaner_bleach_and_limescale_remover_fumes_chest_review", "prose",
        "review of an office cleaner who mixed bleach with an acid limescale remover in a small "
        "washroom, finished her shift with a cough, and was admitted with chemical pneumonitis "
        "the next morning",
        """
        H: Patient safety review {ref}: a chemical inhalation at work, {date}
        H: Prepared for {trust} by {s1.tfull}, occupational health lead
        C: On {date} {p.full} ({age}) was cleaning the ladies' washroom on the third floor of an office block for {biz}, and poured bleach into a toilet that the day cleaner had already dosed with an acid limescale remover.
        C: A cloud of gas rose from the bowl; {p.first} coughed, opened the window and carried on <<during the deep clean>> of the other floors, as the <<Site Supervisor>> {o1f.full} was not on site.
        C: {p.first} went home at midnight wheezing, and at six in the morning {p.first}'s {rel} rang 999 when {p.first} could not finish a sentence and had <<a Borg score of 6>> sitting still.
        C: At {hospital} {d.tdr} found chemical pneumonitis, gave <<salbutamol nebules>> and oxygen, and kept {p.first} on {ward} for three nights with <<a peak flow of 210>>.
        C: The two products were not labelled in the language {p.first} reads, and the safety sheets were locked in <<the cleaners' cupboard>> on the ground floor.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, hospital number {hosp}, lives at {addr}.
        X: The contractor logged the event as {ref2} and its manager, {o2m.full}, said the rota gave one cleaner three floors <<through the first patrol>> of the night guard.
        X: {p.first}'s {rel} rang {phone} twice that day and was told the ward could not say what gas it had been, only that <<cefuroxime>> had been started.
        X: {o3f.full}, who cleans the floor below, said the smell reached <<the service lift>> and she went home with sore eyes.
        X: The chest nurse {o4m.full} noted that the training record cited <<the Control of Substances Hazardous to Health Regulations 2002>> but had not been signed.
        E: Signed off at the trust's safety panel on {next} by {s2.tfull}.
        """,
        ("PSR-^-####", "CLN~-####"), sex="F",
    ),
    _style(
        "window_cleaner_tilting_cradle_fall_pelvis_review", "prose",
        "review of a window cleaner thrown from a cradle that tilted on an office block, whose "
        "broken pelvis was missed at first because he walked, and who bled on the ward",
        """
        H: Trauma review {ref}: a fall from a building maintenance cradle
        H: Patient: {p.full} ({age}), NHS number {nhs}
        C: On {date} {p.title} was cleaning the glass of an office block from <<the cradle hoist>> when one winch stopped and the cradle tipped.
        C: He fell about three metres onto a flat roof; his workmate {o1m.full} lowered the other end and climbed to him by <<the stairwell>> to the roof.
        C: He stood up and walked to <<the plant room>> door, so the first crew thought he had only bruised his hip, and he was brought in sitting up.
        C: At {hospital} {d.tdr} saw him walk and sent him to X-ray late, and a broken pelvis was found only when his blood pressure fell on {ward} and he needed <<a 50 ml bag>> of a clotting drug and blood.
        C: The cradle had not been checked in six months, and <<the Provision and Use of Work Equipment Regulations 1998>> were quoted in the company's own report.
        X: {p.tfull}, date of birth {dob}, hospital number {hosp}, lives at {addr}.
        X: The company, {biz}, logged the fall as {ref2}, and its director {o2m.full} told <<the Federation of Window Cleaners>> the next week.
        X: His {rel} rang {mob} and asked why he had been left in the waiting area <<until the doors opened>> to the X-ray room.
        X: {o3f.full}, the building's facilities manager, said the <<Key Holder>> had let the crew onto the roof without the permit.
        X: The ward nurse {o4f.full} noted <<a Tinetti score of 18>> when he first stood six days later.
        E: Review closed by {s2.tfull} on {next}.
        """,
        ("TR-^-#####", "WIN~-####"), sex="M",
    ),
    _style(
        "supermarket_retail_guard_punched_skull_fracture_sent_home_review", "prose",
        "review of a supermarket security guard punched by a shoplifter, who hit his head on the "
        "floor, was sent home from the emergency department, and came back with a bleed",
        """
        H: Patient safety review {ref}: a head injury sent home, {hospital}
        H: Patient: {p.caps}, {age}; NHS number {nhs}
        C: On {date} {p.title}, a <<Retail Guard>> for {biz}, stopped a man leaving a supermarket with a bag of meat, and the man punched him so that he fell back against <<the loading bay>> door.
        C: The store manager {o1f.full} saw him lying still for a minute and rang for help; he was sick twice waiting <<until the key holder came>> to lock the tills.
        C: At {hospital} {d2.tdr} found a bruise behind the ear and sent him home without a scan, with <<ibuprofen gel>> for the bruise.
        C: The next morning his {rel} found him drowsy <<through the handover>> of his night shift, and {d.tdr} found a skull fracture with a bleed on the scan and took him to theatre and then to {ward}.
        C: The store had taken away the second guard in the spring, and the company's risk plan quoted <<the Private Security Industry Act 2001>> but not lone work.
        X: {p.tfull}, born {dob}, hospital number {hosp}, home address {addr}.
        X: The trust logged the missed scan as {ref2}, and the police officer {o2m.full} took his statement on the ward, with a copy to <<the International Professional Security Association>>.
        X: His {rel} rang {phone} and asked why a man who had been knocked out was sent home with a leaflet and <<three 400 mg tablets>> of a painkiller.
        X: {o3m.full}, a shelf stacker, said the guard had no radio as <<the radio handset>> was on charge.
        X: The theatre nurse {o4f.full} noted that he still had <<the shutter key>> of the store in his pocket.
        E: Closed after a meeting with the patient and {s2.tfull} on {next}.
        """,
        ("PSR-^-####", "RTL~####"), sex="M",
    ),

    _style(
        "night_guard_lone_worker_hypo_fob_alarm_unanswered_review", "prose",
        "review of a night security guard with diabetes who had a low sugar on a lone patrol of "
        "an empty factory, whose alarm fob rang into a control room no one was watching, and who "
        "lay on the floor until the day shift came",
        """
        H: Incident review {ref}: a lone worker found unconscious
        H: Patient: {p.full}, {age}; hospital number {hosp}
        C: On {date} {p.title} was the only guard on a factory site for {biz}, and had missed his meal <<through the first patrol>> because a door alarm kept going off.
        C: He felt shaky near <<the goods yard>> and pressed <<the lone worker fob>>, which rang through to a control room where the <<CCTV Operator>> {o1f.full} was on a break.
        C: He was found on the floor by the day shift at six, cold and confused, with <<dextrose gel>> in his pocket that he had not managed to open.
        C: At {hospital} {d.tdr} found a blood sugar of 1.6, gave <<a 1 mg injection>> and dextrose by drip, and kept him on {ward} for two nights with a bruised hip.
        C: The alarm log showed three calls in an hour, none answered, and the company's own rules under <<the Management of Health and Safety at Work Regulations 1999>> said a call must be answered in five minutes.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, home address {addr}.
        X: The company logged the event as {ref2}, and its operations manager, {o2m.full}, said the control room was one person short <<for the whole lock-down>> of the site.
        X: His {rel} rang {phone} that morning when he had not come home, and was told by the office he was still on shift <<for the whole lock-down>>.
        X: {o3m.full}, the <<Relief Officer>>, said the patrol route had been made longer that month.
        X: The diabetes nurse {o4f.full} noted his insulin had been changed a week before and no one at work knew, and gave <<dextrose gel>> for the van.
        E: Shared with the patient on {next} by {s2.tfull}.
        """,
        ("IR-^-####", "LWK~####"), sex="M",
    ),
    _style(
        "park_toilets_cleaner_needle_in_bin_bag_hepatitis_jabs_delay_review", "prose",
        "review of a council contract cleaner pricked by a needle through a bin bag in public "
        "toilets, who was told by a walk-in centre to see her GP, and whose hepatitis B jabs "
        "started a week late",
        """
        H: Incident review {ref}: a needlestick in public toilets
        H: Patient: {p.full} ({age}), NHS number {nhs}
        C: On {date} {p.title}, a <<Cleaning Operative>> for {biz}, was emptying the bins of the public toilets in the park when a needle through the bag went into her thigh.
        C: Her supervisor {o1m.full} told her to squeeze it and wash it at the sink, and to finish the round <<during the lock-up round>> of the other blocks.
        C: The walk-in centre told her to see her GP, and the GP at {gp}, {d2.tdr}, could not see her for four days and had no <<hepatitis B vaccine>> in the fridge.
        C: A week later {d.tdr} at {hospital} gave the first dose of <<hepatitis B vaccine>>, took blood, and started {p.first} on a month of HIV tablets, which were too late to be of use; she was seen on {ward} for the first doses.
        C: The company had no sharps gloves on the van and no tongs in <<the cleaners' cupboard>>, though <<the Personal Protective Equipment at Work Regulations 1992>> were in its handbook.
        X: {p.caps}, born {dob}, hospital number {hosp}, gave a home address of {addr}.
        X: The council logged the event as {ref2}, and its parks officer, {o2f.full}, has put sharps bins in the toilets and behind <<the bin store>> gate.
        X: {p.first}'s {rel} rang {mob} to ask whether the family should be tested, and was told to wait for the results of <<hepatitis B vaccine>> blood tests.
        X: {o3f.full}, who cleans the other half of the park, said she had been pricked the year before and not told the <<Contract Manager>>.
        X: The sexual health nurse {o4m.full} noted <<a GAD-7 of 15>> at the second visit, as {p.first} was not sleeping while she waited.
        E: Closed after a meeting with the patient and {s2.tfull} on {next}.
        """,
        ("IR-^-####", "PKT~####"), sex="F",
    ),
    _style(
        "deep_clean_crew_fogging_disinfectant_asthma_attack_review", "prose",
        "review of a deep-clean worker who ran a disinfectant fogger in a closed gym without a "
        "mask, had an asthma attack in the van, and was given the wrong inhaler plan on discharge",
        """
        H: Respiratory review {ref}, {hospital}
        H: Patient named in this review: {p.full} ({age}), NHS number {nhs}
        C: On {date} {p.title} was sent by {biz} to disinfect a gym after a sickness outbreak and ran <<the fogging machine>> in the changing rooms with the doors shut.
        C: The <<Hygiene Technician>> {o1f.full} had the only mask that fitted, and {p.first} waited in the room <<during the deep clean>> to move the hose.
        C: In the van on the way home {p.first} could not breathe, with <<a peak flow of 210>> on the crew's meter, and {o1f.full} drove straight to {hospital}.
        C: There {d.tdr} gave <<salbutamol nebules>> and steroids and kept {p.first} on {ward} overnight, with <<a Borg score of 6>> on walking the next morning.
        C: The discharge letter told {p.first} to use the brown inhaler only when wheezy, which was the wrong way round, and {p.first} was back within a week.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}.
        X: The company logged the attack as {ref2}, and {p.first}'s manager, {o2m.tfull}, has bought masks and asked <<the British Institute of Cleaning Science>> about fogging rules.
        X: {p.first}'s {rel} rang {phone} and asked whether the chemical could cause lasting harm, as the label cited <<the Control of Substances Hazardous to Health Regulations 2002>>.
        X: The ward pharmacist {o3m.full} found the error in the letter on the second visit and added <<two 20 mg capsules>> of a steroid.
        X: {o4f.full}, the gym's manager, said the crew were not told the air handling was off <<while the floor dried>>.
        E: The review was closed by {s2.tfull} after meeting {p.first} on {next}.
        """,
        ("RSP-^-####", "DCN~-####"),
    ),
    _style(
        "holiday_flats_boy_swallowed_laundry_capsule_from_cleaners_trolley_review", "prose",
        "child review of a small boy who took a laundry capsule from a changeover cleaner's "
        "trolley in the corridor of holiday flats, whose cough was put down to a cold, and who "
        "needed a night on the children's ward (child)",
        """
        H: Child safety review {ref}, children's emergency service, {hospital}
        H: Child: {p.tfull}, date of birth {dob}, NHS number {nhs}
        C: On {date} {p.first}, who is {age}, was staying with his family in holiday flats, where the <<Cleaning Operative>> {o1f.full} had left her trolley by the open door of the next flat.
        C: He bit into a laundry capsule from the trolley's top tray; his {rel} wiped his mouth and rang the flats' office, where {o2m.full} said the capsules were safe, as the <<Site Supervisor>> had told him.
        C: By the evening he was coughing and drooling, and at the minor injuries unit {d2.tdr} said it was a cold and sent him back with <<a 25 g tube>> of lip cream.
        C: In the night he was breathless, and at {hospital} {d.tdr} found a burn to his throat and chemical damage to his chest and kept him on {ward}, with <<cefuroxime>> for the chest.
        C: The cleaning company, {biz}, had told staff to lock the trolley tray, but the lock had been broken <<during the deep clean>> week.
        X: The family live at {addr}; his hospital number is {hosp}, and his {rel}'s mobile is {mob}.
        X: The flats' owner logged the event as {ref2}, and wrote to <<the British Cleaning Council>> about capsule trays.
        X: {p.first}'s {rel} said the trolley was there <<until the doors opened>> to the pool at ten.
        X: His health visitor {s1.full} was told, and visited the family at home with a leaflet on capsules from <<the Chartered Institute of Environmental Health>>.
        X: {o3f.full}, who manages the cleaners, has moved capsules to <<the cleaners' cupboard>> and out of the corridors.
        E: Reviewed by the named nurse for safeguarding, {s2.tfull}, on {next}.
        """,
        ("CSR-^-####", "HOL~-###"), sex="M", child=True,
    ),
    _style(
        "very_old_woman_slipped_on_freshly_mopped_arcade_floor_review", "prose",
        "review of a very old woman who slipped on a shopping arcade floor that a cleaner had just "
        "mopped with no sign out, whose wrist and hip were broken, and whose hip was pinned late "
        "(old)",
        """
        H: Falls review {ref}, community nursing and {hospital}
        H: Patient: {p.caps}, {age}, NHS number {nhs}
        C: On {date} {p.title}, a very old woman, was walking through a shopping arcade with her shopping trolley when she slipped on a patch that had just been mopped with <<the rotary scrubber>>.
        C: The cleaner had left <<the wet floor sign>> in his cupboard, and the <<Night Cleaner>> {o1m.full}, who was working late, said he had gone to fetch it <<while the floor dried>>.
        C: Her carer from {prov} was with her, and the arcade's <<Static Guard>> {o2f.full} sat her on a bench and called an ambulance, which took two hours.
        C: At {hospital} {d.tdr} found a <<Galeazzi fracture>> of the forearm and a broken hip, and she waited on {ward} for two days for theatre.
        C: She takes <<two 20 mg capsules>> of a stomach drug and a blood thinner, which delayed the operation by a further day.
        X: {p.tfull}, date of birth {dob}, hospital number {hosp}, lives at {addr}; she is {age}.
        X: The arcade's managing agent logged the fall as {ref2}, and the cleaning company, {biz}, asked <<the Cleaning and Support Services Association>> for advice on day mopping.
        X: Her {rel} rang {phone} and was told she was in theatre when she was still waiting by <<the service lift>> on a trolley.
        X: Her GP at {gp}, {d2.tdr}, said she had fallen once before at home and lives alone, with <<a Tinetti score of 18>> last spring.
        X: {o3f.full}, the arcade's manager, showed the CCTV, which shows the floor shining and no sign for ten minutes.
        E: Review agreed and closed by {s2.tfull} on {next}.
        """,
        ("FALL-^-####", "ARC~####"), sex="F", old=True, provider=True,
    ),
    _style(
        "very_old_man_locked_in_hall_after_security_lock_up_review", "prose",
        "review of a very old man who was locked inside a community hall by a mobile patrol's "
        "lock-up round after a lunch club, who spent the night on the floor, and who was "
        "admitted cold (old)",
        """
        H: Falls and harm review {ref}, {hospital}
        H: Patient: {p.caps}; age {age}; NHS number {nhs}
        C: On {date} {p.title}, a very old man, stayed behind in the toilets after a lunch club at a community hall, and the <<Mobile Patrol Officer>> {o1m.full} locked the building on the evening round.
        C: The patrol log shows the hall checked and set <<during the lock-up round>>, but the toilets were not opened, and the alarm sensor did not cover them.
        C: He fell trying to reach the door, and lay on the floor <<until the doors opened>> and the caretaker {o2f.full} came in the next morning.
        C: At {hospital} {d.tdr} found him cold, with a pressure sore on his hip and a <<Monteggia fracture>> of the left forearm, and he was kept on {ward} for nine days.
        C: His carer from {prov} had rung the hall at six when he was not home, but the number went to a <<Key Holder>> who was not told to check inside.
        X: {p.tfull}, date of birth {dob}, hospital number {hosp}, lives at {addr}; he is {age}.
        X: The security company, {biz}, logged the event as {ref2}, and has told <<the National Security Inspectorate>> that it will change its lock-up checks.
        X: His {rel} rang {phone} at nine that night and was told by the police to wait <<until the doors opened>> in the morning.
        X: His GP at {gp}, {d2.tdr}, said he has early memory loss and sometimes sits for a long time in the toilet.
        X: {o3f.full}, who runs the lunch club, said she had counted people out but not counted the coats left in <<the cleaners' cupboard>>.
        E: The harm review closed on {next}; signed by {s2.tfull}.
        """,
        ("HRM-^-####", "MPT~####"), sex="M", old=True, provider=True,
    ),
    _style(
        "flats_car_park_security_gate_girl_fingers_crushed_review", "prose",
        "child review of a girl whose fingers were caught in the closing edge of an automatic "
        "security gate at her block of flats, whose nail bed injury was dressed and sent home, and "
        "who needed surgery a week later (child)",
        """
        H: Child safety review {ref}, children's hand service, {hospital}
        H: Child: {p.tfull}, date of birth {dob}, NHS number {nhs}
        C: On {date} {p.first}, who is {age}, was playing by the car park gate of her block of flats, near <<the bin store>>, when it closed on her right hand.
        C: The gate's safety edge had been reported broken twice, and the managing agent's <<Contract Manager>> {o1m.full} had a repair booked <<during the alarm test>> the week after.
        C: Her {rel} took her to the minor injuries unit, where {d2.tdr} dressed two crushed fingertips and sent her home with <<ibuprofen gel>> for the bruising.
        C: A week later the nails were lifting, and at {hospital} {d.tdr} found a broken fingertip bone and a torn nail bed and repaired them under a general anaesthetic, keeping her on {ward} for a night with <<cefuroxime>> by drip.
        C: The security firm, {biz}, runs the gate and the CCTV, and its guard {o2f.full} had seen the children playing there <<through the first patrol>> of the evening.
        X: The family live at {addr}; her hospital number is {hosp}, and her {rel}'s mobile is {mob}.
        X: The managing agent logged the injury as {ref2}, and has asked <<the International Professional Security Association>> about gate checks.
        X: {p.first}'s {rel} said the gate had been stuck open for a month and was mended the day before by a <<Relief Officer>> with a spanner.
        X: Her school nurse {s1.full} was told, so her teacher knows about the dressings and the splint.
        X: {o3f.full}, who lives in the next flat, had pressed the button on the gate post and says the gate did not stop.
        E: Reviewed by the named nurse for safeguarding, {s2.tfull}, on {next}.
        """,
        ("CSR-^-####", "GTE~-###"), sex="F", child=True,
    ),
    _style(
        "car_valeter_wheel_cleaner_acid_finger_burn_late_treatment_review", "prose",
        "review of a mobile car valeter whose fingers were burned by a wheel cleaner holding "
        "hydrofluoric acid through a torn glove, whose pain was treated as a minor burn, and who "
        "lost part of a fingertip",
        """
        H: Burns review {ref}: a hydrofluoric acid burn treated late
        H: Patient: {p.full}, aged {age} at the time, NHS number {nhs}
        C: On {date} {p.title}, who valets cars for {biz}, used a strong wheel cleaner with a glove that had split at the finger, and felt nothing for an hour.
        C: That evening the fingertips were white and the pain was terrible, and the out-of-hours doctor called it a mild burn and gave <<three 400 mg tablets>> a day of a painkiller.
        C: The next day {p.first}'s {rel} read the label, which named hydrofluoric acid and cited <<the Control of Substances Hazardous to Health Regulations 2002>>, and drove {p.first} to {hospital}.
        C: There {d.tdr} gave <<calcium gluconate gel>> and then injections into the finger, and {p.first} stayed on {ward} for two days while the calcium level was checked.
        C: The tip of one finger died and was removed, and the hand clinic found a <<Rolando fracture>> from an old football injury on the same hand.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, home address {addr}.
        X: The trust logged the delay as {ref2}, and the company's owner, {o1m.full}, has stopped buying the cleaner and written to <<the Chartered Institute of Environmental Health>>.
        X: {p.first}'s {rel} rang {mob} and asked whether the acid could have reached the bone, as a <<Galeazzi fracture>> had been mended in that arm years before.
        X: The burns nurse {o2f.full} noted that <<the pressure washer>> had splashed the product onto {p.first}'s wrist as well.
        X: {o3m.full}, who works the same van, said gloves had been bought in bulk from a cheap supplier <<through the handover>> of the business.
        E: Closed on {next} after {p.first} met {s2.tfull}.
        """,
        ("BRN-^-####", "VAL~####"),
    ),
    _style(
        "security_patrol_log_export_day_short_month_year_underscore_csv", "lines",
        "a mobile patrol company's log export, as CSV with dates written as the day, the short "
        "month word and the year joined by underscores, a clock with seconds, and officers "
        "written by their login of the first name's initial, a dot and the surname in lower case "
        "before the note, about a patrol officer who fell down an unlit stairwell in an empty "
        "office block",
        """
        H: Patrol log export {ref} for officer {p.full}, {hosp}; run by {s1.full}
        H: visit_date,time,officer,note
        C: {p.first} on site for the night check; lights out on the third floor and in <<the stairwell>>
        C: No answer from {p.first} on <<the radio handset>>; <<Patrol Supervisor>> sends the next van
        C: {p.first} found at the foot of the stairs by <<the riser cupboard>>; conscious; ankle the wrong shape
        C: {p.first} to {hospital}; {d.tdr} informs a <<Maisonneuve fracture>> of the leg; theatre; on {ward}
        C: Building manager told the lights were off to save money <<during the lock-up round>>
        X: Incident logged; reference {ref2}; <<the National Security Inspectorate>> audit next month
        X: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Site finished by {o1.last} <<through the first patrol>> of the next night
        X: {p.upper} ({age}), NHS {nhs}; given <<tetanus toxoid>> for a cut on the shin
        X: Home address from the officer file, kept in <<the key safe>> office: {addr}
        E: Export run by {s2.full} on {ldate}
        """,
        ("MP-^-####", "PTL~####"),
        sex="M", topup='{stamp},{clock},{user},"{text}"', stamp="%d_%b_%Y", clock="%H:%M:%S",
        signs=("o3", "o4", "o5"), sign_form="idot",
    ),
    _style(
        "school_cleaning_job_sheet_export_year_slash_no_nought_csv", "lines",
        "a cleaning company's job sheet export, as CSV with dates written as the year, the month "
        "and the day between slashes without noughts and a twelve-hour clock with a dot, and "
        "cleaners written as the surname in capitals and the given name, about an evening "
        "cleaner at a school who cut her wrist on glass in a bin bag",
        """
        H: Job sheet export {ref}; cleaner {p.caps}, {hosp}
        H: job_date,time,job_note,cleaner
        C: {p.first} on the evening clean of the science block; bins and <<the rotary scrubber>> on the hall floor
        C: {p.first} lifts a bin bag by <<the bin store>>; broken glass through the bag into her wrist
        C: Bleeding well; <<Site Supervisor>> holds a towel on it; school caretaker calls 999
        C: {p.first} to {hospital}; {d.tdr} informs a cut tendon; repair tonight; <<cefuroxime>> given; on {ward}
        C: Glass was a broken beaker from a lab; school told to box glass <<during the deep clean>> week
        X: Accident form done in <<the cleaners' cupboard>> office; reference {ref2}
        X: Note: {p.first}'s {rel} rang {mob}; told {p.first} is on {ward}
        X: Hall floor finished by {o1.last} <<while the scrubber ran>> on the corridor
        X: {p.upper} ({age}), NHS {nhs}; right-handed; <<a 25 g tube>> of cream for an old scar on the hand
        X: Home address from the staff file in <<the post room>>: {addr}
        E: Export run by {s2.full} on {ldate}
        """,
        ("JS-^-####", "SCL~####"),
        sex="F", topup='{stamp},{clock},"{text}",{user}', stamp="%Y/%-m/%-d", clock="%-I.%M %p",
        signs=("o3", "o4", "o5"), sign_form="capfirst",
    ),
    _style(
        "cctv_control_room_occurrence_book_month_word_first_comma_table", "lines",
        "a CCTV control room's occurrence book, pasted as a table with dates written as the short "
        "month word, the day without a nought, a comma and the year, and operators written as the "
        "given name's initial and the surname in the third column, about a boy seen on camera "
        "falling from a retail park's loading bay fence (child)",
        """
        H: Occurrence book extract {ref}; about {p.full}, {hosp}
        H: | date | time | operator | occurrence |
        C: Camera 12: two boys climbing the fence of <<the loading bay>>; <<Mobile Patrol Officer>> sent
        C: Camera 12: {p.first} falls from the fence onto the concrete by <<the goods yard>>; not getting up
        C: Patrol with {p.first}; ambulance called; his {rel} called from the number he gave
        C: {p.first} to {hospital}; {d.tdr} informs a <<Monteggia fracture>> of the arm; theatre; {ward}
        C: Fence top checked by <<the cherry picker>> crew; anti-climb paint worn off
        X: Incident logged for the retail park; ref {ref2}; <<the International Professional Security Association>> guide attached
        X: Note: {p.first}'s {rel} rang {mob}; told {p.first} is on {ward}
        X: Footage saved by {o1.full} <<through the handover>> to the day team
        X: {p.upper}; NHS {nhs}; had <<ibuprofen gel>> from the first aider before the crew came
        X: Home address given by the other boy at <<the gatehouse>>: {addr}
        E: Extract copied by {s2.full} on {ldate}
        """,
        ("OB-^-####", "CAM~####"),
        sex="M", child=True, topup="| {stamp} | {clock} | {user} | {text} |", stamp="%b %-d, %Y",
        clock="%H:%M", signs=("o3", "o4", "o5"), sign_form="isur",
    ),
    _style(
        "key_holding_callout_sheet_day_month_word_apostrophe_year_table", "lines",
        "a key-holding company's call-out sheet, pasted as a table with dates written as the day "
        "without a nought, the month word and an apostrophe before a two-digit year, and officers "
        "written as the given name's initial, a dot and the surname, about a key holder struck by "
        "a falling roller shutter at a warehouse alarm",
        """
        H: Call-out sheet {ref}; officer {p.full}, {hosp}
        H: | date | time | call-out note | officer |
        C: Alarm at a warehouse; {p.first} attends as <<Key Holder>>; police not coming
        C: {p.first} opens the side door with <<the shutter key>>; roller shutter drops on {p.first}'s shoulder
        C: {p.first} rings in from <<the goods yard>>; arm hanging; second officer sent
        C: {p.first} to {hospital}; {d.tdr} informs a <<Hill-Sachs lesion>> and a dislocated shoulder; put back; {ward}
        C: Shutter motor brake worn; owner told under <<the Provision and Use of Work Equipment Regulations 1998>>
        X: Customer told; incident ref {ref2}; alarm reset <<during the alarm test>> at 0600
        X: Call from {p.first}'s {rel} on {phone}; passed on that {p.first} is on {ward}
        X: Site locked by {o1.last} <<until the doors opened>> for the day staff
        X: {p.upper} ({age}), NHS {nhs}; <<an Oxford Knee Score of 22>> on file from an old claim
        X: Home address on the officer record, kept with <<the radio handset>> log: {addr}
        E: Sheet copied by {s2.full} on {ldate}
        """,
        ("KH-^-####", "ALM~####"),
        topup="| {stamp} | {clock} | {text} | {user} |", stamp="%-d %B '%y", clock="%H:%M",
        signs=("o3", "o4", "o5"), sign_form="sidot",
    ),
    _style(
        "security_team_chat_weekday_day_first_hyphen_thread", "lines",
        "a security team's chat, pasted with the short weekday and the day, month and year "
        "between hyphens, the clock in square brackets, and guards written as a display name of "
        "the surname, a comma and the given name, about a gatehouse guard with chest pain who was "
        "told to finish his shift",
        """
        H: Chat export {ref}; about {p.full}; case {hosp}
        H: Group: site guards. Times as shown in the app.
        C: {p.first} says chest tight in <<the gatehouse>>; asks for cover
        C: <<Patrol Supervisor>> says finish <<through the handover>> and then go home
        C: {p.first} sweating and grey on camera; ambulance called by the <<CCTV Operator>>
        C: {p.first} at {hospital}; {d.tdr} says heart attack; stent done; on {ward}; <<Virchow's node>> checked for some reason
        C: He was on <<nicotine patches>> to quit, his {rel} says; doctors know
        X: Office asks for {p.first}'s home address for the insurer: {addr}
        X: {p.first}'s {rel} asks for news on {phone}; incident ref {ref2}
        X: Someone ring <<the National Security Inspectorate>> about his badge renewal while he is off
        X: Gate covered by {o1.full} <<until the key holder came>> with the day guard
        X: His van keys are in <<the key safe>> at the gatehouse
        E: Export saved by {s2.full} on {ldate}
        """,
        ("CH-^-####", "GRD~####"),
        sex="M", topup="[{stamp} {clock}] {user}: {text}", stamp="%a %d-%m-%Y",
        clock="%H:%M", signs=("o3", "o4", "o5"), sign_form="lastcomma",
    ),
    _style(
        "window_cleaner_round_book_year_month_word_day_run_together_diary", "lines",
        "a window cleaner's round book, each line stamped with the year, the short month word "
        "and the day run together and a clock with an h, and the crew member after a slash at the "
        "end of the line as the given name and the surname's initial or as initials, about a "
        "window cleaner whose ladder slid on a mossy path",
        """
        H: Round book copy {ref}; cleaner {p.full}, {hosp}
        H: Round book, as kept in the van; crew member after the slash.
        C: {p.first} on the back windows of a house; ladder footed on a mossy path by <<the bin store>>
        C: Ladder slides; {p.first} falls about two metres onto the path; neighbour rings the office
        C: {p.first} in pain at the ankle; waited on the path <<until the key holder came>> with the van keys
        C: Crew takes {p.first} to {hospital}; {d.tdr} informs a <<Tillaux fracture>> of the ankle; plaster; {ward} overnight
        C: Ladder stand-off found bent; <<the Management of Health and Safety at Work Regulations 1999>> read out at the morning meeting
        X: Accident book started; ref {ref2}; <<the Federation of Window Cleaners>> rung for advice
        X: {rel} of {p.first} rang, {phone}; told {p.first} went to {ward}
        X: Round finished by {o1.full}; <<the pressure washer>> left at the yard
        X: {p.upper} ({age}), NHS {nhs}; takes <<two 20 mg capsules>> a day, {p.first}'s {rel} says
        X: Home address from the cleaner's form, left with <<the steam cleaner>> in the van: {addr}
        E: Round book copied by {s2.full} on {ldate}
        """,
        ("RB-^-####", "WCR~####"),
        topup="{stamp} {clock} {text} / {user}", stamp="%Y%b%d", clock="%Hh%M",
        signs=("o3", "o4", "o5"), sign_form="fl|init",
    ),
    _style(
        "eye_casualty_registrar_cleaner_oven_cleaner_splash_gp_letter", "letter",
        "an eye casualty registrar writes to a contract kitchen cleaner's GP about an alkali "
        "splash from an oven cleaner, the late washing of the eye, and the scarring left",
        """
        H: {ldate}¶Eye casualty, {hospital}¶Our ref: {ref}¶¶{d.tdr}¶{gp}
        H: Dear {d.tdr},
        C: I saw {p.tfull}, date of birth {dob}, on {date}, after an oven cleaner sprayed into the right eye during a night clean of a restaurant kitchen.
        C: {p.first} works for {biz}, where the <<Night Cleaner>> {o1f.full} rinsed the eye for a minute at the kitchen sink, and {p.first} carried on <<during the deep clean>> of the extractor hoods.
        C: When we first saw {p.first} the surface of the eye was stripped, and after <<fluorescein drops>> the damage covered most of the cornea.
        C: {p.first} was kept on {ward} for two nights, and {d2.tdr} washed the eye for an hour and started drops and <<two 20 mg capsules>> of a vitamin to help healing.
        C: The company has agreed that goggles will be worn with oven cleaner, as <<the Personal Protective Equipment at Work Regulations 1992>> require.
        X: For your file, {p.first}'s address is {addrb}, and the NHS number on our record is {nhs}.
        X: Our hospital number is {hosp}; the company's own reference is {ref2}, and {o2.full} there keeps the accident book near <<the post room>>.
        X: {p.first}'s {rel}, {r.full}, came to the clinic and has the same advice in writing, with the leaflet from <<the British Cleaning Council>>.
        X: {p.first} is {age}, and I would be glad if you saw {p.first} again if the eye becomes red or the sight worsens, as a scar is forming.
        X: Please write to me at {s1.email} or ring {phone}; {o3.last} in our office can help on most days.
        E: Yours sincerely,¶¶{s1.full}¶Ophthalmology Specialty Registrar
        """,
        ("EYE/~/####", "KIT-####"),
    ),
    _style(
        "security_company_director_very_old_visitor_turnstile_fall_relative_letter", "letter",
        "a security company's director writes to a very old man's relative about his fall at "
        "the speed gates of an office lobby, the time he lay before help came, and his broken "
        "hip (old)",
        """
        H: {ldate}¶{biz}, {town}¶Our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.title},
        C: I am writing, as you asked, about {date}, when {p.full}, whose {rel} you are, fell at the speed gates in the lobby of the office block where our officers work.
        C: Our <<Static Guard>>, {o1f.full}, had gone to <<the post room>> to sign for a parcel, and the gates closed on him as he followed another visitor through.
        C: He lay on the lobby floor for ten minutes <<through the handover>> of the morning shift before our <<Relief Officer>> {o2m.full} saw him and called an ambulance.
        C: I understand that {d.tdr} at {hospital} found a broken hip and he had an operation the next day on {ward}.
        C: I am sorry that no one was at the desk <<through the handover>>, and that the gates were set to close faster than the maker advises.
        X: Our visitor record gives his age as {age} and his date of birth as {dob}.
        X: The hospital gave us the number {hosp}; his carers from {prov} have been told, and he was sent home with <<ibuprofen gel>> for the bruising.
        X: Our reference for your complaint is {ref2}, and {o3.full} from our insurers will ring you next week; <<the National Security Inspectorate>> has a copy.
        X: You can reach me on {phone}, or at {o4.semail}; {o4.full} looks after our complaints.
        X: A copy of this letter goes to his GP at {gp}, as you asked, with a note of <<a Tinetti score of 18>> the ward gave us.
        E: Yours sincerely,¶¶{s1.full}¶Managing Director
        """,
        ("SD/~/####", "INS-####"), sex="M", old=True, provider=True,
    ),
    _style(
        "occupational_health_nurse_night_guard_sleepiness_patrol_van_crash_gp_letter", "letter",
        "an occupational health nurse writes to a night patrol officer's GP about sleepiness at "
        "the wheel, a low-speed crash of the patrol van, and the sleep tests that found apnoea",
        """
        H: {ldate}¶Occupational health service, {hospital}¶Our ref: {ref}¶¶{d.tdr}¶{gp}
        H: Dear {d.dr},
        C: I saw {p.tfull}, date of birth {dob}, after {p.first} fell asleep at the wheel of a patrol van on {date} and drove into a car park barrier.
        C: {p.first} works nights as a <<Mobile Patrol Officer>> for {biz}, and the <<Patrol Supervisor>> {o1m.full} says {p.first} had dozed in the van <<through the first patrol>> before.
        C: {p.first} scored <<an Epworth score of 16>>, and the sleep study here found obstructive sleep apnoea.
        C: {d2.tdr} saw {p.first} on {ward} after the crash for a cut to the head and a <<Hill-Sachs lesion>> of the shoulder, and started a breathing machine for nights.
        C: I have advised that {p.first} does not drive for work until the machine has been used for a month, as <<the Management of Health and Safety at Work Regulations 1999>> expect, and {p.first} has told the licensing agency.
        X: For your records, {p.first} lives at {addrb}; the NHS number we hold is {nhs}.
        X: Our hospital number is {hosp}; the company's reference is {ref2}, and {o2.full} there holds the driving records.
        X: {p.first}'s {rel}, {r.full}, says {p.first} snores loudly and stops breathing in sleep, and uses <<nicotine patches>> to stop smoking.
        X: {p.first} is {age}, and I would be glad if you checked {p.first}'s blood pressure, which was high on two visits.
        X: Please write to me at {s1.email} or ring {phone}; {o3.last} in our office can help, and <<the International Professional Security Association>> has advice for night workers.
        E: Yours sincerely,¶¶{s1.full}¶Occupational Health Nurse Adviser
        """,
        ("OH/~/####", "VAN-####"),
    ),
    _style(
        "environmental_health_officer_legionnaires_cleaning_depot_showers_email", "letter",
        "a council environmental health officer e-mails a hospital's infection team about "
        "Legionnaires' disease in a cleaner who used the showers at a cleaning company's depot",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {email}¶Subject: Legionnaires' case, our ref {ref}
        H: Dear {d.tdr}
        C: I am an environmental health officer at {council}, and I write about {p.tfull}, who came to you with pneumonia on {date}.
        C: {p.first} works for {biz}, and used the showers at its depot after each shift, which had not been run for weeks while <<the plant room>> was being refitted.
        C: The depot's <<Contract Manager>>, {o1f.full}, says the hot water was set low <<during the deep clean>> of the boiler, and we have taken samples.
        C: I understand that {d2.tdr} found Legionnaires' disease, gave <<ceftriaxone>> and a second drug, and that {p.first} is on {ward}.
        C: We have closed the showers until the results come back, under <<the Management of Health and Safety at Work Regulations 1999>>.
        X: The details, for your records: {p.caps}, hospital number {hosp}, NHS number {nhs}, home address {addr}.
        X: {p.first}'s {rel} {r.full} rang our office on {phone} and asked whether the family had been exposed, as {p.first} brought home towels from <<the plant room>>.
        X: Our case number is {ref2}, and {o2m.last} of our team took the samples from <<the riser cupboard>>.
        X: Our page on water safety at work is at {url}, and <<the Chartered Institute of Environmental Health>> guidance is linked there.
        X: I have copied this to {email2} and to the GP at {gp}, and to <<the Cleaning and Support Services Association>>.
        E: Kind regards,¶{s1.full}¶Environmental Health Officer
        """,
        ("EH-^-###", "ENV-######"),
    ),
    _style(
        "union_rep_cleaner_back_injury_floor_buffer_physio_email", "letter",
        "a trade union representative e-mails a hospital's physiotherapy team about a hospital "
        "cleaner's back injury from lifting a floor buffer up stairs, and the return to work plan",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {email}¶Subject: return to work for our member, ref {ref}
        H: Dear {d.tdr}
        C: I am the union's workplace representative for the cleaning staff employed by {biz}, and I write about {p.tfull}, who hurt their back on {date}.
        C: {p.first} was told by the <<Site Supervisor>> {o1m.full} to carry <<the floor buffer>> up two flights when <<the service lift>> was out of order.
        C: I understand that {d2.tdr} saw {p.first} on {ward} with a slipped disc, and that {p.first} scored <<a Roland-Morris score of 14>> at your first physiotherapy visit.
        C: The company has offered light duties, but the only light job is on the night shift <<while the scrubber ran>>, which {p.first} cannot do with children at home.
        C: We say the company broke <<the Manual Handling Operations Regulations 1992>>, and have raised a grievance.
        X: The details, for your records: {p.caps}, hospital number {hosp}, NHS number {nhs}, home address {addr}.
        X: {p.first}'s {rel} {r.full} can be reached on {phone} if {p.first} cannot take calls <<during the fire drill>> practice at the clinic.
        X: The company's reference is {ref2}, and {o2f.last} of their human resources team has asked for your report and for <<an Oxford Knee Score of 22>> taken last year.
        X: The union's guidance on cleaners' lifting is at {url}, and we have sent it to <<the Cleaning and Support Services Association>>.
        X: I have copied this to {email2} and to the GP at {gp}, with {p.first}'s agreement.
        E: Best wishes,¶{s1.full}¶Workplace Representative
        """,
        ("UN-^-###", "HRC-######"),
    ),
    _style(
        "primary_school_business_manager_cleaning_spray_eye_parent_letter", "letter",
        "a primary school business manager writes to a boy's parents about a cleaning spray left "
        "on a classroom sink by the contract cleaners, which he sprayed in his eye, and the late "
        "eye wash (child)",
        """
        H: {ldate}¶School business office, {town}¶Our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.first},
        C: I am writing, as you asked, about {p.full}, who sprayed a cleaning product into his eye in his classroom on {date}.
        C: The contract cleaners from {biz} had left the bottle by the sink after the evening clean, and the <<Cleaning Operative>> {o1f.full} says it was put away <<while the floor dried>>.
        C: His teacher washed the eye for two minutes <<during the fire drill>> and not the full twenty, and he was taken to {hospital}, where I understand {d.tdr} washed it again and kept him on {ward} overnight.
        C: The eye was checked with <<fluorescein drops>>, and I understand it has healed without a scar.
        C: We have asked the cleaners to use the locked trolley and to keep all bottles in <<the cleaners' cupboard>>.
        X: Our records give his date of birth as {dob} and his NHS number as {nhs}.
        X: The hospital gave us the number {hosp}; I understand he was given <<a 25 g tube>> of eye ointment.
        X: Our reference is {ref2}, and {o2.full} from the school office will ring you next week.
        X: You can reach me on {phone}, or the council's schools team at {email2}; his class teacher is {o3.full}.
        X: A copy of this letter goes to his GP at {gp}, as you asked, and the contractor has told <<the British Cleaning Council>>.
        E: Yours sincerely,¶¶{s1.full}¶School Business Manager
        """,
        ("SB/~/####", "SCH-####"), sex="M", child=True,
    ),
    _style(
        "hand_surgeon_security_officer_knife_grab_tendon_gp_letter", "letter",
        "a hand surgeon writes to a shopping centre security officer's GP about cut tendons from "
        "grabbing a knife from a shoplifter, the repair, and the stiff fingers left",
        """
        H: {ldate}¶Hand surgery department, {hospital}¶Our ref: {ref}¶¶{d.tdr}¶{gp}
        H: Dear {d.dr},
        C: I write about {p.tfull}, date of birth {dob}, who cut the palm of the left hand on {date} when grabbing a knife from a shoplifter in a shopping centre.
        C: {p.first} works for {biz}, and the <<CCTV Operator>> {o1f.full} sent help and kept the man on camera <<for the whole lock-down>> of the centre.
        C: We repaired two flexor tendons that night, and {d2.tdr} saw {p.first} on {ward}, where <<ceftriaxone>> was given for a dirty wound.
        C: {p.first} also had a <<Rolando fracture>> of the thumb from the struggle, which we fixed with a wire.
        C: Six weeks on, the fingers are stiff, and {p.first} has not yet gone back to work as a <<Retail Guard>>.
        X: For your records, {p.first} lives at {addrb}; the NHS number we hold is {nhs}.
        X: Our hospital number is {hosp}; the police reference is {ref2}, and {o2.full} at the centre holds the footage.
        X: {p.first}'s {rel}, {r.full}, has asked that letters go to the home address and not to <<the gatehouse>>.
        X: {p.first} is {age}, and I would be glad if you saw {p.first} in a month about sleep and low mood, with <<a GAD-7 of 15>> at our last visit.
        X: Please write to me at {s1.email} or ring {phone}; {o3.last} in our office can help, and the company has logged it under <<the Private Security Industry Act 2001>> rules.
        E: Yours sincerely,¶¶{s1.full}¶Consultant Hand Surgeon
        """,
        ("HS/~/####", "POL-####"),
    ),
    _style(
        "sheltered_housing_manager_very_old_resident_found_by_night_patrol_relative_email", "letter",
        "a sheltered housing manager e-mails a very old woman's relative about how a night "
        "patrol found her on the floor of her flat, the hours before, and the hospital stay (old)",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {r.pemail}¶Subject: {p.first}, our ref {ref}
        H: Dear {r.first},
        C: I am so sorry about {p.first}, and as you asked I have written down what happened on the night of {date}.
        C: Our night cover is a <<Mobile Patrol Officer>> from {biz}, {o1m.full}, who found {p.first} on the floor of her flat at two in the morning <<through the first patrol>> of the block.
        C: Her pull cord had been tied up out of reach by a cleaner, and our <<Night Cleaner>> {o2f.full} has said she did it to mop <<the stairwell>> landing and forgot.
        C: I understand that {d.tdr} found a <<Galeazzi fracture>> of the wrist and a bruised hip, and kept her on {ward}.
        C: She takes a blood thinner and <<one 500 microgram ampoule>> of a vitamin each month, which the patrol was not told about.
        X: For the hospital's form, her address here is {addr}, and her date of birth is {dob}; she is {age}.
        X: Her NHS number, from our file, is {nhs}, which I gave to the ward with her medicines and <<clotrimazole cream>>.
        X: Her care is from {prov}, and their reference is {ref2}; they say the cord had been up for a week, tied to <<the key safe>> bracket.
        X: Our scheme is {home}, on {street}, and its phone is {phone}; the warden tonight is {o3.last}.
        X: If it helps, my own number is {mob}; we now check every pull cord <<during the alarm test>> each Monday.
        E: With best wishes to her,¶{s1.full}¶Scheme Manager
        """,
        ("SH-~-##", "PC-####"), sex="F", old=True, provider=True,
    ),
)
# fmt: on

# Top-up sentences, one set per register: prose reviews, logs and letters.
SHARED = (
    "The contractor sent its shift rota, its training records and the site's risk plan when {s2.full} asked for them.",
    "The family asked for the findings by e-mail, and {p.first}'s {rel} gave {p.pemail}.",
    "With the patient's consent, a short summary was sent to {gp}.",
    "{o5.full}, the client's building manager, who was on site <<through the handover>> that morning, gave a written account.",
    "The times were checked against the alarm company's log and the licence records held by {council}.",
    "The record gives the patient's home address as {addr}.",
    "The panel thanked {o5.fl} for an honest account of the shift.",
    "Questions about this review can go to {s2.email} or to the governance office on {phone}.",
    "{p.title} was given {ref2} to quote in any letter about the review.",
    "The findings were shared with {hospital2}, which had seen a similar injury from <<the loading bay>> of another site.",
    "{o5.tfull}, a lay member of the panel, asked that <<the British Institute of Cleaning Science>> see the findings.",
    "The lead nurse of {ward2} was told, as the patient had been cared for there the year before.",
    "How the trust looks into harm is set out at {url}.",
    "The contractor still held an old address, {addr2}; {o5.last} there has since put it right.",
)  # fmt: skip
SHARED_LINES = (
    "{p.first}'s {rel} rang the office again for news",
    "{s2.full} on call told; no further action tonight",
    "Reference {ref2} passed to the client",
    "Details e-mailed to {gp}",
    "Message left for {o5.full} on {mob}",
    "Open jobs handed to {s2.fl} at shift change",
    "{hospital2} rang back: no patient of that name there",
    "Home address checked as {addr}",
    "Welfare call to {p.title}: no answer <<during the lock-up round>>",
    "Kit note: <<the steam cleaner>> descaled and signed out by {o5.lower}",
    "Old address still on the staff file: {addr2}; {o5.last} to update it",
)  # fmt: skip
SHARED_LETTER = (
    "{s2.full}, who leads on patient safety for {trust}, is copied into this letter.",
    "If you would like to talk it through, you can reach me on {phone}.",
    "Please quote our reference, {ref2}, when you reply.",
    "{p.first}'s {rel} is aware that I am writing.",
    "I am grateful to {o5.full}, who helped me put the facts together.",
    "A copy of this letter is kept on our file for {p.caps}.",
    "You may write to me at the address above, or to the hospital team at {email}.",
    "As the family asked, {gp} has a copy too.",
    "I know {p.first} would be glad of a call on {phone} or {mob}.",
    "We have also told {council}, as the family wished.",
    "The council sets this out on its page at {url}.",
    "An old record gave {p.first}'s address as {addr2}; {o5.last} has put it right.",
)  # fmt: skip


def _shared(style: Style) -> tuple[str, ...]:
    if style.register == "letter":
        return SHARED_LETTER
    if style.register == "lines":
        return SHARED_LINES
    return SHARED


def alternatives() -> int:
    """The number of distinct sentence templates the pack draws from."""
    sentences = {*SHARED, *SHARED_LINES, *SHARED_LETTER}
    for style in STYLES:
        sentences |= {*style.headers, *style.core, *style.extras, *style.endings}
    return len(sentences)


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------


@dataclass
class Who:
    first: str
    last: str
    sex: str
    names: str  # listed / unlisted
    in_record: bool
    nicks: tuple[str, ...] = ()
    honorific: str = "Mr"
    doctor: bool = False

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


_NAME_OK = re.compile(r"[A-Z][a-z]+")


def _parts(name: str) -> list[str]:
    return [_fold(part) for part in re.split(r"[\s-]+", name) if part]


def _listed(first: str, last: str) -> str:
    listed = listed_names()
    parts = _parts(first) + _parts(last)
    return "listed" if all(part in listed for part in parts) else "unlisted"


def _own(rng: random.Random, sex: str) -> tuple[str, str, str]:
    name = rng.choice(sorted(OWN_GROUPS))
    group = OWN_GROUPS[name]
    first = rng.choice(group[sex])
    if name in PARTICLE_GROUPS:  # "Nii Armah", "Naa Dedei": the particle opens the given name
        particle = next(word for word, of in PARTICLE_SEX.items() if of == sex)
        first = f"{particle} {first}"
    surnames = [n for n in group["L"] if n not in first.split()]
    if sex == "F" and name in FEMININE_ENDING:  # Kardanov, Kardanova
        surnames = [n + FEMININE_ENDING[name] for n in surnames]
    roll = rng.random()
    if roll < 0.25:
        last = rng.choice(WORD_NAMES)
        return first, last, _listed(first, last)
    if name not in PARTICLE_GROUPS and name != "Hokkien" and roll < 0.33:
        last = "-".join(rng.sample(surnames, 2))
    else:
        last = rng.choice(surnames)
    return first, last, _listed(first, last)


class _Case:
    """The facts one text is written from: its people, dates, places and numbers."""

    def __init__(self, rng: random.Random, style: Style, sentences: list[str]) -> None:
        self.rng = rng
        self.style = style
        self.has_record = rng.random() >= 0.12
        self.town = rng.choice(sorted(TOWN_INFO))
        info = TOWN_INFO[self.town]
        self.district, self.code, self.county, self.council, self.domain = info
        self.locality = rng.choice(LOCALITIES[self.town])
        self.used_parts: set[str] = set()
        hints: dict[str, str] = {}
        for sentence in sentences:
            for who, sex in re.findall(r"\{(o\d)([fm])\.", sentence):
                hints[who] = sex.upper()
        # Dates: the event day, one before, two after, and the letter's own date.
        self.day = date(2026, 1, 12) + timedelta(days=rng.randint(0, 420))
        self.prev = self.day - timedelta(days=rng.randint(3, 60))
        self.later = self.day + timedelta(days=rng.randint(1, 12))
        self.next = self.later + timedelta(days=rng.randint(3, 30))
        self.ldate = self.next + timedelta(days=rng.randint(1, 14))
        if style.child:
            years = rng.randint(4, 15)
        elif style.old:
            years = rng.randint(90, 104)
        else:
            years = rng.randint(19, 86)
        born = self.day.year - years - 1
        self.dob = date(born, 1, 1) + timedelta(days=rng.randint(0, 364))
        self.age = (
            self.day.year - self.dob.year - ((self.day.month, self.day.day) < (self.dob.month, self.dob.day))
        )  # fmt: skip
        self.people: dict[str, Who] = {}
        patient_sex = style.sex or rng.choice("FM")
        self.people["p"] = self._draw(patient_sex, kind="patient")
        self.people["r"] = self._draw(rng.choice("FM"), kind="relative")
        for who in ("s1", "s2"):
            self.people[who] = self._draw(rng.choice("FM"), kind="staff")
        for who in ("d", "d2"):
            self.people[who] = self._draw(rng.choice("FM"), kind="doctor")
        for index in range(1, 6):
            who = f"o{index}"
            self.people[who] = self._draw(hints.get(who) or rng.choice("FM"), kind="other")
        relation = {
            "F": ("daughter", "wife", "sister", "niece", "mother", "partner"),
            "M": ("son", "husband", "brother", "nephew", "father", "partner"),
        }
        if style.child:
            relation = {
                "F": ("mother", "aunt", "grandmother"),
                "M": ("father", "uncle", "grandfather"),
            }
        elif style.old:  # a very old patient's relative is of a younger generation or a spouse
            relation = {
                "F": ("daughter", "wife", "niece", "granddaughter"),
                "M": ("son", "husband", "nephew", "grandson"),
            }
        self.rel = rng.choice(relation[self.people["r"].sex])
        # Numbers and places.
        self.nhs = nhs_number(rng)
        shape = TOWN_HOSP[self.town]
        self.hosp = "".join(
            str(rng.randint(0, 9)) if ch == "9" else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
            if ch == "A" else ch
            for ch in shape
        )  # fmt: skip
        self.number = rng.randint(1, 148)
        self.flat = rng.randint(1, 24) if rng.random() < 0.2 else None
        self.street = f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
        inward = f"{rng.randint(0, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        self.postcode = f"{self.district} {inward}"
        self.other_street = f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
        self.wards = [f"{w} {rng.choice(WARD_KINDS)}" for w in rng.sample(WARDS, 2)]
        self.home = rng.choice(HOMES)
        self.named_street = f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
        self.hospital = self._hospital(self.town)
        self.hospital2 = self._hospital(rng.choice([t for t in TOWN_INFO if t != self.town]))
        self.trust = rng.choice(TRUST_FORMS).format(town=self.town, county=self.county)
        self.gp = f"{rng.choice(PRACTICES)} {rng.choice(PRACTICE_KINDS)}"
        self.prov = f"{rng.choice(PROVIDERS)} {rng.choice(PROVIDER_KINDS)}"
        word = rng.choice(BUSINESSES)
        self.biz = f"{word} {rng.choice(BUSINESS_KINDS)}"
        self.biz_host = re.sub(r"[^a-z]+", "", _fold(word)) + rng.choice((".co.uk", ".com", ".uk"))
        self.refs = [self._ref(style.refs[0]), self._ref(style.refs[1])]
        slug = re.sub(r"[^a-z]+", "", _fold(self.town))
        self.host = f"nhs-{slug}.org.uk"
        self.email = rng.choice(["patientexperience", "governance", "pals", "safety.team"])
        self.email += f".{slug}@nhs.net"
        self.email2 = rng.choice(["customerservices", "contact", "enquiries", "info"])
        self.email2 += f"@{self.domain}"
        self.url = rng.choice(
            [f"www.{self.domain}/report-it", f"https://www.{self.domain}/contact-us",
             f"https://{self.host}/patients", f"www.{self.host}/complaints", f"{self.domain}"]
        )  # fmt: skip

    def _hospital(self, town: str) -> str:
        form = self.rng.choice(HOSPITAL_FORMS)
        return form.format(town=town, county=TOWN_INFO[town][2])

    def _ref(self, shape: str) -> str:
        rng = self.rng
        out = shape.replace("^", str(self.day.year)).replace("~", f"{self.day:%y}")
        return "".join(
            str(rng.randint(0, 9)) if ch == "#" else rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
            if ch == "@" else ch
            for ch in out
        )  # fmt: skip

    def _draw(self, sex: str, *, kind: str) -> Who:
        rng = self.rng
        for _ in range(200):
            if rng.random() < 0.45:
                person = _new_person(rng, sex=sex)
                first, last, names = person.first, person.last, person.names
                if not _NAME_OK.fullmatch(first) or "'" in last or " " in last:
                    continue
                if {first, last} & set(PARTICLE_WORDS):  # "Nii" is the particle here, not a name
                    continue
            else:
                first, last, names = _own(rng, sex)
            parts = set(_parts(first) + _parts(last))
            nicks = NICKNAMES.get(first, ())
            every = parts | {_fold(n) for n in nicks}
            if every & self.used_parts or {p for p in parts if len(p) > 2} & FORBIDDEN:
                continue
            if parts & HONORIFIC_WORDS:  # a surname "Master" would read as a title
                continue
            break
        self.used_parts |= every
        in_record = self.has_record and kind in ("patient", "relative")
        if kind == "doctor":
            honorific = "Dr"
        elif kind == "patient" and self.style.child:
            honorific = "Miss" if sex == "F" else "Master"
        elif sex == "M":
            honorific = "Mr"
        else:
            honorific = rng.choice(("Mrs", "Ms", "Miss", "Mrs"))
        return Who(first, last, sex, names, in_record, nicks, honorific, kind == "doctor")

    def known(self) -> dict:
        if not self.has_record:
            return {}
        line = f"{self.number} {self.street}"
        if self.flat:
            line = f"Flat {self.flat}, {line}"
        return {
            "names": [self.people["p"].full, self.people["r"].full],
            "nhs_number": f"{self.nhs[:3]} {self.nhs[3:6]} {self.nhs[6:]}",
            "date_of_birth": self.dob.isoformat(),
            "hospital_number": self.hosp,
            "address": f"{line}, {self.locality}, {self.town}, {self.postcode}",
        }


# ---------------------------------------------------------------------------------------------
# Writing a text
# ---------------------------------------------------------------------------------------------

_MON = tuple(m[:3] for m in MONTHS)
_WD = tuple(w[:3] for w in WEEKDAYS)
_TOKEN = re.compile(r"\{(\w+)\.(\w+)\}|\{(\w+)\}|<<(.+?)>>")
AGE_MENTION = re.compile(r"\bage[d]? (\d{1,3})\b|\b(\d{1,3})(?=yo\b| y/o| years old| yrs\b|y\b)")


def _with_year(d: date) -> list[tuple[str, int]]:
    month, mon, wd = MONTHS[d.month - 1], _MON[d.month - 1], d.weekday()
    return [
        (f"{ordinal(d.day)} {month} {d.year}", 5), (f"{d.day} {month} {d.year}", 4),
        (f"{d:%d/%m/%Y}", 5), (f"{d:%d/%m/%y}", 2), (f"{d.day}/{d.month}/{d.year}", 1),
        (f"{d.day}/{d.month}/{d:%y}", 1), (d.isoformat(), 2), (f"{d:%d.%m.%Y}", 1),
        (f"{d.day}.{d.month}.{d:%y}", 1), (f"{d.day} {mon} {d.year}", 2),
        (f"{d:%d}{mon.upper()}{d.year}", 1), (f"{d.day} {mon.upper()} {d.year}", 1),
        (f"{d:%d-%m-%Y}", 1), (f"{d.day}-{mon}-{d.year}", 1), (f"{month} {d.day}, {d.year}", 1),
        (f"{_WD[wd]} {d:%d/%m/%Y}", 1), (f"{WEEKDAYS[wd]} {d.day} {month} {d.year}", 1),
        (f"{WEEKDAYS[wd]} {ordinal(d.day)} {month} {d.year}", 1), (f"{ordinal(d.day)} {mon} {d.year}", 1),
        (f"{d.day} {month}, {d.year}", 1),
    ]  # fmt: skip


def _yearless(d: date) -> list[tuple[str, int]]:
    month, mon, wd = MONTHS[d.month - 1], _MON[d.month - 1], d.weekday()
    return [
        (f"{ordinal(d.day)} {month}", 5), (f"{d.day} {month}", 2), (f"the {ordinal(d.day)}", 2),
        (f"the {ordinal(d.day)} of {month}", 1), (f"{WEEKDAYS[wd]} the {ordinal(d.day)}", 1),
        (f"{_WD[wd]} {ordinal(d.day)} {mon}", 1), (f"{_WD[wd]} {d.day}/{d.month}", 1),
        (f"{month} {ordinal(d.day)}", 1), (f"{d:%d/%m}", 1), (f"{d.day} {mon}", 1),
        (f"{WEEKDAYS[wd]} {d.day} {month}", 1),
    ]  # fmt: skip


def _pick(rng: random.Random, forms: list[tuple[str, int]]) -> str:
    return rng.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]


def _slug(value: str) -> str:
    return re.sub(r"[^a-z-]+", "", _fold(value).replace(" ", "-"))


@dataclass
class _Text:
    """A text being written: its pieces, gold spans, look-alike spans and dated events."""

    case: _Case
    parts: list[str] = field(default_factory=list)
    length: int = 0
    gold: list[GoldSpan] = field(default_factory=list)
    negatives: list[tuple[int, int]] = field(default_factory=list)
    latest: date = date.min
    cap: date | None = None
    dot: bool = False
    dotted_initials: bool = False
    initials: dict[str, str] = field(default_factory=dict)

    def add(self, text: str, label: str | None = None, who: Who | None = None) -> None:
        if label is not None:
            meta = {}
            if label == "PERSON":
                meta = {"names": who.names, "in_record": who.in_record}
            self.gold.append(GoldSpan(self.length, self.length + len(text), label, **meta))
        self.parts.append(text)
        self.length += len(text)

    def look_alike(self, term: str) -> None:
        self.negatives.append((self.length, self.length + len(term)))
        self.add(term)

    def text(self) -> str:
        return "".join(self.parts)

    # -- dates ---------------------------------------------------------------------------------

    def date(self, day: date, *, yearless: bool = False) -> None:
        rng = self.case.rng
        allowed = day >= self.latest and (self.cap is None or day <= self.cap)
        if allowed and not yearless and rng.random() < 0.6:
            self.latest = day
            self.add(_pick(rng, _with_year(day)), "DATE")
        else:
            self.add(_pick(rng, _yearless(day)), "DATE")

    # -- people --------------------------------------------------------------------------------

    def honorific(self, who: Who) -> str:
        return who.honorific + ("." if self.dot else "")

    def person(self, key: str, form: str) -> None:
        case, rng = self.case, self.case.rng
        who = case.people[key]
        first = who.first
        if form == "first" and who.nicks and rng.random() < 0.5:
            first = rng.choice(who.nicks)
        if form == "nick":
            self.add(rng.choice(who.nicks) if who.nicks else who.first, "PERSON", who)
            return
        if form in ("email", "pemail", "semail"):
            self.add(self.email(who, form), "EMAIL")
            return
        if form == "init":
            letters = self.initials_of(key, who)
            if letters:
                self.add(letters, "PERSON", who)
                return
            form = "ini"
        if form == "ini" and not re.fullmatch(r"[A-Z]", who.first[0]):
            form = "full"
        named = who.last  # "Mr Tetteh": the title takes the last name, not "Nii Armah"
        value = {
            "full": who.full,
            "first": first,
            "last": who.last,
            "title": f"{self.honorific(who)} {named}",
            "tfull": f"{self.honorific(who)} {who.full}",
            "dr": f"{self.honorific(who)} {named}",
            "tdr": f"{self.honorific(who)} {who.full}",
            "ini": f"{who.first[0]}. {who.last}",
            "caps": f"{who.last.upper()}, {who.first}",
            "upper": who.full.upper(),
            "lower": who.full.lower(),
            "poss": who.full,
            "fl": f"{who.first} {who.last[0]}",
            "isur": f"{who.first[0]} {who.last}",
            "idot": f"{_slug(who.first)[0]}.{_slug(who.last)}",
            "capfirst": f"{who.last.upper()} {who.first}",
            "sidot": f"{who.first[0]}.{who.last}",
            "lastcomma": f"{who.last}, {who.first}",
        }[form]
        self.add(value, "PERSON", who)
        if form == "poss":
            self.add("'s")

    def initials_of(self, key: str, who: Who) -> str | None:
        if key in self.initials:
            return self.initials[key]
        words = [*who.first.split(), *re.split(r"[\s-]+", who.last)]  # "Nii Armah Tetteh": NAT
        letters = "".join(p[0] for p in words if p)
        letters = letters.upper()[:4]
        taken = set(self.initials.values())
        if not re.fullmatch(r"[A-Z]{2,4}", letters) or letters in CLINICAL_INITIALS:
            return None
        if self.dotted_initials:
            letters = "".join(f"{ch}." for ch in letters)
        if letters in taken:
            return None
        self.initials[key] = letters
        return letters

    def email(self, who: Who, form: str) -> str:
        rng = self.case.rng
        first, last = _slug(who.first), _slug(who.last)
        if form == "email":
            return f"{first}.{last}@nhs.net"
        if form == "semail":  # the business's own address: the first name at its domain
            return f"{first}@{self.case.biz_host}"
        n = rng.randint(1, 99)
        return rng.choice(
            [f"{first}{last}{n}@gmail.com", f"{first[0]}.{last}@btinternet.com",
             f"{last}.{first}@outlook.com", f"{first}.{last}{n}@hotmail.co.uk"]
        )  # fmt: skip

    # -- everything else -----------------------------------------------------------------------

    def slot(self, name: str) -> None:
        case, rng = self.case, self.case.rng
        if name in ("date", "prev", "later", "next"):
            self.date(getattr(case, "day" if name == "date" else name))
        elif name == "day":
            self.date(case.day, yearless=True)
        elif name == "ldate":
            self.add(_pick(rng, _with_year(case.ldate)), "DATE")
        elif name == "dob":  # four-digit years only: "30.3.26" would read as 2026
            forms = [(f, w) for f, w in _with_year(case.dob) if str(case.dob.year) in f]
            self.add(_pick(rng, forms), "DATE")
        elif name == "age":
            self.age()
        elif name == "nhs":
            n = case.nhs
            self.add(rng.choice([n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"]),
                     "NHS_NUMBER")  # fmt: skip
        elif name == "hosp":
            self.add(case.hosp, "HOSPITAL_NUMBER")
        elif name in ("addr", "addrb", "addr2"):
            self.address(name)
        elif name in ("ward", "ward2"):
            self.add(case.wards[name == "ward2"], "LOCATION")
        elif name == "home":
            self.add(case.home, "LOCATION")
        elif name == "street":
            self.add(case.named_street, "LOCATION")
        elif name in ("hospital", "hospital2", "trust", "gp", "council", "prov"):
            self.add(getattr(case, name), "ORGANISATION")
        elif name in ("ref", "ref2"):
            self.add(case.refs[name == "ref2"], "ID")
        elif name == "phone":
            self.add(self.landline(), "PHONE")
        elif name == "mob":
            self.add(self.mobile(), "PHONE")
        elif name in ("email", "email2"):
            self.add(getattr(case, name), "EMAIL")
        elif name == "url":
            self.add(case.url, "URL")
        elif name == "rel":
            self.add(case.rel)
        elif name in ("time", "time2"):
            self.add(self.clock())
        elif name == "biz":
            self.add(case.biz, "ORGANISATION")
        elif name == "town":
            self.add(case.town)
        else:  # pragma: no cover - a template with a slot the pack does not fill
            raise KeyError(name)

    def age(self) -> None:
        case, rng = self.case, self.case.rng
        n = case.age
        label = "AGE" if n > 89 else None
        lead, number, tail = rng.choice(
            [("aged ", str(n), ""), ("age ", str(n), ""), ("", str(n), " years old"),
             ("", str(n), "yo"), ("", str(n), " y/o"), ("", str(n), " yrs"),
             ("aged ", _words(n), "")] if n > 89 else
            [("aged ", str(n), ""), ("age ", str(n), ""), ("", str(n), " years old"),
             ("", str(n), "yo"), ("", str(n), " y/o")]
        )  # fmt: skip
        self.add(lead)
        self.add(number, label)
        self.add(tail)

    def address(self, kind: str) -> None:
        case, rng = self.case, self.case.rng
        line = f"{case.number} {case.street}"
        if case.flat:
            line = f"Flat {case.flat}, {line}"
        if kind == "addr2":
            self.add(f"{rng.randint(1, 90)} {case.other_street}, {case.town}", "ADDRESS")
            return
        if kind == "addrb":
            self.add(f"{line}\n{case.locality}\n{case.town}", "ADDRESS")
            self.add("\n")
            self.add(case.postcode, "POSTCODE")
            return
        form = rng.randrange(4)
        if form == 0:
            self.add(f"{line}, {case.locality}, {case.town}", "ADDRESS")
            self.add(", ")
            self.add(case.postcode, "POSTCODE")
        elif form == 1:
            self.add(f"{line}, {case.locality}, {case.town}".upper(), "ADDRESS")
            self.add(", ")
            self.add(case.postcode, "POSTCODE")
        elif form == 2:
            self.add(f"{line.replace(',', '')} {case.town}", "ADDRESS")
            self.add(" ")
            self.add(case.postcode.replace(" ", ""), "POSTCODE")
        else:
            self.add(f"{line}, {case.town}", "ADDRESS")
            self.add(" ")
            self.add(case.postcode.lower(), "POSTCODE")

    def landline(self) -> str:
        rng, code = self.case.rng, self.case.code
        local = f"{rng.randint(2, 9)}{rng.randint(0, 99999):05d}"
        number = rng.choice(
            [f"{code} {local}", f"({code}) {local}", f"{code}{local}", f"+44 {code[1:]} {local}",
             f"+44 (0){code[1:]} {local}", f"{code} {local[:3]} {local[3:]}", f"{code}-{local}",
             f"+44{code[1:]}{local}", f"+44(0){code[1:]} {local}", f"({code}) {local[:3]} {local[3:]}",
             f"+44 {code[1:]} {local[:3]} {local[3:]}", f"({code}){local}", f"+44-{code[1:]}-{local}"]
        )  # fmt: skip
        extra = rng.random()
        if extra < 0.08:
            number += f" ext {rng.randint(1000, 9999)}"
        elif extra < 0.16:
            number += f" x{rng.randint(1000, 9999)}"
        return number

    def mobile(self) -> str:
        rng = self.case.rng
        head = f"07{rng.randint(3, 9)}{rng.randint(0, 99):02d}"
        tail = f"{rng.randint(0, 999999):06d}"
        return rng.choice(
            [f"{head} {tail}", f"{head}{tail}", f"+44 {head[1:]} {tail}",
             f"{head} {tail[:3]} {tail[3:]}", f"+44{head[1:]}{tail}",
             f"+44 {head[1:]} {tail[:3]} {tail[3:]}", f"{head}-{tail[:3]}-{tail[3:]}"]
        )  # fmt: skip

    def clock(self) -> str:
        rng = self.case.rng
        hour, minute = rng.randint(6, 22), rng.choice((0, 5, 10, 15, 20, 25, 30, 40, 45, 50, 55))
        return rng.choice(
            [f"{hour:02d}:{minute:02d}", f"{hour:02d}{minute:02d}hrs", f"{hour:02d}.{minute:02d}",
             f"{hour % 12 or 12}.{minute:02d}{'am' if hour < 12 else 'pm'}"]
        )  # fmt: skip

    def sentence(self, template: str) -> None:
        position = 0
        for match in _TOKEN.finditer(template):
            self.add(template[position : match.start()])
            who, form, name, term = match.groups()
            if who:
                self.person(re.sub(r"(?<=\d)[fm]$", "", who), form)
            elif name:
                self.slot(name)
            else:
                self.look_alike(term)
            position = match.end()
        self.add(template[position:])


def _words_in(text: str) -> int:
    return len(text.split())


def _write(case: _Case, style: Style, rng: random.Random) -> _Text:
    out = _Text(case, dot=rng.random() < 0.2, dotted_initials=rng.random() < 0.3)
    target = rng.randint(220, 340)
    extras = list(style.extras)
    rng.shuffle(extras)
    shared = list(_shared(style))
    rng.shuffle(shared)
    pool = extras + shared
    if style.register == "lines":
        _write_lines(out, case, style, rng, target, pool)
        return out
    out.sentence(style.headers[0])
    out.add("\n" if style.register == "prose" else "\n\n")
    out.sentence(style.headers[1])
    out.add("\n\n")
    body = list(style.core)
    written = 0
    for index, template in enumerate(body + pool):
        if index >= len(body) and _words_in(out.text()) >= target:
            break
        if written:
            out.add("\n\n" if written % 4 == 0 else " ")
        out.sentence(template)
        written += 1
    out.add("\n\n")
    out.sentence(style.endings[0])
    return out


def _write_lines(
    out: _Text, case: _Case, style: Style, rng: random.Random, target: int, pool: list[str]
) -> None:
    moment = datetime(case.day.year, case.day.month, case.day.day, rng.randint(8, 18))
    moment += timedelta(minutes=rng.randint(30, 59))
    out.cap = case.day
    out.sentence(style.headers[0])
    out.add("\n")
    out.sentence(style.headers[1])
    lines = list(style.core)
    for index, template in enumerate(lines + pool):
        if index >= len(lines) and _words_in(out.text()) >= target:
            break
        moment += timedelta(minutes=rng.randint(2, 25), seconds=rng.randint(-30, 30))
        if moment.date() > case.day + timedelta(days=1):
            moment = datetime.combine(case.day + timedelta(days=1), moment.time().replace(hour=23))
        out.add("\n")
        _line(out, case, style, rng, template, moment)
    out.cap = None
    out.add("\n")
    out.sentence(style.endings[0])


def _line(
    out: _Text, case: _Case, style: Style, rng: random.Random, template: str, moment: datetime
) -> None:
    day = moment.date()
    out.cap = day
    shape = style.topup
    position = 0
    for match in re.finditer(r"\{(stamp|clock|text|user)\}", shape):
        out.add(shape[position : match.start()])
        piece = match.group(1)
        if piece == "stamp":
            stamp = _strftime(moment, style.stamp)
            if style.sept:
                stamp = stamp.replace("Sep ", "Sept ")
            out.add(stamp.upper() if style.upper_stamp else stamp, "DATE")
            out.latest = max(out.latest, day)
        elif piece == "clock":
            out.add(_strftime(moment, style.clock))
        elif piece == "text":
            out.sentence(template)
        else:
            _signer(out, style, rng)
        position = match.end()
    out.add(shape[position:])


def _strftime(moment: datetime, shape: str) -> str:
    """strftime, with "%-d", "%-m" and "%-I" (no leading nought) on every platform."""
    shape = shape.replace("%-d", str(moment.day)).replace("%-m", str(moment.month))
    return moment.strftime(shape.replace("%-I", str(moment.hour % 12 or 12)))


def _signer(out: _Text, style: Style, rng: random.Random) -> None:
    if style.sign_form == "pair":
        maker, checker = rng.sample(list(style.signs), 2)
        out.person(maker, "init")
        out.add("/")
        out.person(checker, "init")
    else:
        out.person(rng.choice(style.signs), rng.choice(style.sign_form.split("|")))


def _example(rng: random.Random, number: int, style: Style | None = None) -> tuple[Example, list]:
    style = style or rng.choice(STYLES)
    sentences = [*style.headers, *style.core, *style.extras, *style.endings]
    case = _Case(rng, style, sentences)
    out = _write(case, style, rng)
    text = out.text()
    gold = tuple(sorted(out.gold, key=lambda s: s.start))
    negatives = list(out.negatives)
    taken = [(s.start, s.end) for s in gold]
    for match in AGE_MENTION.finditer(text):
        group = 1 if match.group(1) else 2
        start, end = match.span(group)
        if int(match.group(group)) <= 89 and all(end <= a or start >= b for a, b in taken):
            negatives.append((start, end))
    example = Example(
        id=f"{PREFIX}-{number:06d}", text=text, known=case.known(), gold=gold, kind=style.name
    )
    return example, sorted(set(negatives))


def example(rng: random.Random, number: int, style: Style | None = None) -> Example:
    """One narrative with its gold spans, drawn from `rng` (a style at random if not given)."""
    return _example(rng, number, style)[0]


def _deal(count: int, seed: int) -> Iterator[tuple[Example, list]]:
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for index in range(count):
        if index % len(STYLES) == 0:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _example(rng, index + 1, deck[index % len(STYLES)])


def generate(count: int, seed: int = 1) -> list[Example]:
    """`count` narratives; the same seed always gives the same texts."""
    return [example for example, _ in _deal(count, seed)]


def generate_with_negatives(count: int, seed: int = 1) -> Iterator[tuple[Example, list]]:
    """As `generate`, with the (start, end) of every look-alike and young age written in."""
    yield from _deal(count, seed)
