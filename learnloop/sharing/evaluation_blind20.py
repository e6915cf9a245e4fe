"""The twentieth blind de-identification pack: 25 document styles no earlier pack used.

Written outside the repository without reading the engine (see evaluation_blind20.md). Each
example is a synthetic UK NHS or social-care narrative with the exact gold span of every
identifier; look-alikes (eponyms, drugs, scores, devices, national bodies, clinical numbers,
durations, ages of 89 and under) are written in and tracked, never gold.
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

__all__ = ["LABELS", "PREFIX", "STYLES", "example", "generate", "generate_with_negatives"]

PREFIX = "blind20"
LOW_WORDS, HIGH_WORDS = 200, 420

# ---------------------------------------------------------------------------------------------
# Places: (town, postcode area, dialling code, nation, trust stem, council, two localities)
# ---------------------------------------------------------------------------------------------

_TOWN_DATA = (
    ("Bridgwater", "TA", "01278", "E", "Somerset", "Somerset Council", "Hamp", "Sydenham"),
    ("Skipton", "BD", "01756", "E", "Airedale", "North Yorkshire Council", "Embsay", "Carleton"),
    ("Penrith", "CA", "01768", "E", "North Cumbria", "Westmorland and Furness Council",
     "Castletown", "Pategill"),
    ("Workington", "CA", "01900", "E", "North Cumbria", "Cumberland Council", "Harrington",
     "Seaton"),
    ("Morpeth", "NE", "01670", "E", "Northumbria", "Northumberland County Council", "Stobhill",
     "Kirkhill"),
    ("Alnwick", "NE", "01665", "E", "Northumbria", "Northumberland County Council", "Denwick",
     "Lesbury"),
    ("Grantham", "NG", "01476", "E", "Lincolnshire", "South Kesteven District Council",
     "Harrowby", "Earlesfield"),
    ("Spalding", "PE", "01775", "E", "Lincolnshire", "South Holland District Council",
     "Pinchbeck", "Moulton"),
    ("Lowestoft", "NR", "01502", "E", "East Suffolk and North Essex", "East Suffolk Council",
     "Oulton Broad", "Kirkley"),
    ("Thetford", "IP", "01842", "E", "West Norfolk", "Breckland Council", "Barnham Cross",
     "Redcastle Furze"),
    ("Basildon", "SS", "01268", "E", "Mid and South Essex", "Basildon Council", "Laindon",
     "Pitsea"),
    ("Aylesbury", "HP", "01296", "E", "Buckinghamshire", "Buckinghamshire Council", "Bedgrove",
     "Southcourt"),
    ("Newbury", "RG", "01635", "E", "Royal Berkshire", "West Berkshire Council", "Speen",
     "Wash Common"),
    ("Andover", "SP", "01264", "E", "Hampshire", "Test Valley Borough Council", "Picket Piece",
     "Charlton"),
    ("Yeovil", "BA", "01935", "E", "Somerset", "Somerset Council", "Preston Plucknett",
     "Westfield"),
    ("Macclesfield", "SK", "01625", "E", "East Cheshire", "Cheshire East Council", "Hurdsfield",
     "Tytherington"),
    ("Buxton", "SK", "01298", "E", "Derbyshire Community", "High Peak Borough Council",
     "Harpur Hill", "Fairfield"),
    ("Matlock", "DE", "01629", "E", "Derbyshire Community", "Derbyshire Dales District Council",
     "Starkholmes", "Tansley"),
    ("Chesterfield", "S", "01246", "E", "Chesterfield Royal", "Chesterfield Borough Council",
     "Brampton", "Brimington"),
    ("Scunthorpe", "DN", "01724", "E", "Northern Lincolnshire", "North Lincolnshire Council",
     "Ashby", "Bottesford"),
    ("Louth", "LN", "01507", "E", "Lincolnshire", "East Lindsey District Council", "Kenwick",
     "Keddington"),
    ("Eastbourne", "BN", "01323", "E", "East Sussex", "Eastbourne Borough Council",
     "Hampden Park", "Langney"),
    ("Folkestone", "CT", "01303", "E", "East Kent", "Folkestone and Hythe District Council",
     "Cheriton", "Sandgate"),
    ("Stevenage", "SG", "01438", "E", "East and North Hertfordshire", "Stevenage Borough Council",
     "Shephall", "Bedwell"),
    ("Watford", "WD", "01923", "E", "West Hertfordshire", "Watford Borough Council", "Oxhey",
     "Garston"),
    ("Ludlow", "SY", "01584", "E", "Shropshire Community", "Shropshire Council", "Sandpits",
     "Rocks Green"),
    ("Oswestry", "SY", "01691", "E", "Shropshire Community", "Shropshire Council", "Morda",
     "Weston Rhyn"),
    ("Dumfries", "DG", "01387", "S", "Dumfries and Galloway", "Dumfries and Galloway Council",
     "Lochside", "Georgetown"),
    ("Elgin", "IV", "01343", "S", "Grampian", "Moray Council", "New Elgin", "Lesmurdie"),
    ("Ayr", "KA", "01292", "S", "Ayrshire and Arran", "South Ayrshire Council", "Whitletts",
     "Alloway"),
    ("Thurso", "KW", "01847", "S", "Highland", "The Highland Council", "Pennyland", "Ormlie"),
    ("Haverfordwest", "SA", "01437", "W", "Hywel Dda", "Pembrokeshire County Council",
     "Prendergast", "Merlin's Bridge"),
    ("Carmarthen", "SA", "01267", "W", "Hywel Dda", "Carmarthenshire County Council",
     "Johnstown", "Llangunnor"),
    ("Armagh", "BT", "028", "N", "Southern", "Armagh City, Banbridge and Craigavon Borough Council",
     "Drumarg", "Callan Bridge"),
    ("Cookstown", "BT", "028", "N", "Northern", "Mid Ulster District Council", "Killymoon",
     "Tullagh"),
)  # fmt: skip
TOWNS = tuple((row[0], row[1], row[2]) for row in _TOWN_DATA)
LOCALITIES = {row[0]: (row[6], row[7]) for row in _TOWN_DATA}
_NI_LOCAL = {"Armagh": "37", "Cookstown": "86"}

# Streets named after rigging and harbour words; wards after lighthouses; care homes after
# minerals; GP practices after old trades and crossings.
STREET_WORDS = (
    "Capstan", "Keel", "Rudder", "Mooring", "Lantern", "Bosun's", "Jetty", "Tiller", "Halyard",
    "Anchorage", "Sextant", "Spinnaker", "Hawser", "Gunwale", "Bollard", "Windlass", "Slipway",
    "Foghorn",
)  # fmt: skip
STREET_KINDS = ("Row", "Close", "Way", "Court", "Walk", "Lane", "Road", "Street", "Gardens",
                "Rise", "Drive", "Terrace", "Mews")  # fmt: skip
LIGHTHOUSES = (
    "Longstone", "Eddystone", "Fastnet", "Smalls", "Souter", "Mumbles",
    "Spurn", "Corsewall", "Bardsey", "Haisborough", "Muckle Flugga", "Flatholm",
)  # fmt: skip
MINERALS = ("Feldspar", "Agate", "Quartz", "Obsidian", "Malachite", "Basalt", "Fluorspar", "Galena",
            "Serpentine")  # fmt: skip
HOME_KINDS = ("House", "Lodge", "Court Care Home", "House Nursing Home", "Lodge Care Centre")
GP_WORDS = ("Tollgate", "Cornmarket", "Old Forge", "Saltings", "Tannery",
            "Ferry Lane", "Maltings", "Weighbridge", "Turnpike", "Wharfside", "Coopers Yard")  # fmt: skip
GP_KINDS = ("Surgery", "Medical Practice", "Health Centre", "Medical Group")

# ---------------------------------------------------------------------------------------------
# Look-alikes: tracked, never gold
# ---------------------------------------------------------------------------------------------

NATIONAL = (
    "the CQC", "NHS England", "the MHRA", "NICE", "the GMC", "the NMC", "the UKHSA", "the HSE",
    "Healthcare Improvement Scotland", "the PHSO", "HSSIB", "LeDeR", "MBRRACE-UK",
    "the Resuscitation Council UK", "the RCOG", "Public Health Wales", "the Care Inspectorate",
    "the DVLA", "the Department of Health and Social Care", "Skills for Care", "the NRLS",
    "the Serious Hazards of Transfusion scheme", "the Royal College of Nursing",
)  # fmt: skip

LOOKALIKES = {
    "eponym": (
        "Parkinson's disease", "Alzheimer's disease", "Down syndrome", "Colles fracture",
        "Foley catheter", "Hartmann's procedure", "Guedel airway", "Yankauer sucker",
        "Kussmaul breathing", "Mallory-Weiss tear", "Graves' disease", "Hodgkin lymphoma",
        "Canadian C-spine rule", "Miami J collar", "Spencer Wells forceps", "Huntington's disease",
        "Cheyne-Stokes breathing", "Stevens-Johnson syndrome", "Asperger's", "Bell's palsy",
    ),
    "drug": (
        "apixaban", "edoxaban", "warfarin", "vitamin K", "Beriplex", "andexanet alfa",
        "dapagliflozin", "empagliflozin", "Forxiga", "insulin aspart", "Fiasp", "Humulin I",
        "Lantus", "magnesium sulfate", "labetalol", "nifedipine", "calcium gluconate",
        "paracetamol", "Calpol", "ibuprofen", "Oramorph", "oxycodone", "midazolam", "Buccolam",
        "adrenaline", "EpiPen", "Jext", "cetirizine", "chlorphenamine", "salbutamol",
        "doxycycline", "ceftriaxone", "azithromycin", "clarithromycin", "enoxaparin",
        "tranexamic acid", "levetiracetam", "co-codamol", "furosemide", "Medihoney", "Cavilon",
        "methotrexate", "amoxicillin", "Hartmann's solution", "morphine sulfate", "lorazepam",
        "chlamydia", "gonorrhoea", "folic acid",
    ),
    "score": (
        "NEWS2 of 7", "NEWS2 of 3", "NEWS2 of 5", "GCS 13/15", "GCS 15/15", "Waterlow 22",
        "Braden 12", "Clinical Frailty Scale 6", "CFS 7", "MEOWS trigger", "PEWS of 5",
        "AMT 4/10", "Morse score 65", "Abbey pain score 9", "category 3 pressure ulcer",
        "category 2 pressure ulcer", "Rockwood 6", "Barthel 35", "MUST score 2",
        "grade 2 anaphylaxis",
    ),
    "national": NATIONAL,
    "device": (
        "Datix", "InPhase", "Ulysses", "Vocera", "Nervecentre", "Cerner", "SystmOne",
        "EMIS Web", "Alaris pump", "syringe driver", "McKinley T34", "Nimbus mattress",
        "air mattress", "Hill-Rom bed", "Sara Stedy", "ceiling hoist", "Omnicell", "CD cupboard",
        "CD register", "sharps bin", "tourniquet", "Vacutainer", "cannula", "Venflon",
        "ReSPECT form", "DNACPR form", "Aspen collar", "scoop stretcher", "bleep", "pager",
        "Tinytag logger", "fridge thermometer", "Libre sensor", "Accu-Chek meter",
        "ketone meter", "Roho cushion", "Careflow", "Peoplesafe app", "Skyguard fob",
        "NHS App", "Microsoft Teams", "Docman", "pulse oximeter", "WHO checklist", "swab board",
        "Raytec swab", "Lifeline pendant", "key safe", "mobile hoist", "sling", "AccuRx",
        "hearing aids", "This is me", "red bag", "Vitalograph", "Quickie",
    ),
    "number": (
        "bed 12", "bay 4", "side room 2", "bleep 4431", "SpO2 91%", "BP 164/108", "HR 118",
        "RR 24", "temp 38.4", "CBG 9.6", "ketones 4.1", "pH 7.19", "INR 7.8", "INR 2.4", "Hb 68",
        "platelets 96", "Mg 4.1", "K+ 5.9", "urine output 15ml/hr", "2g/hr", "1g/hr",
        "4g bolus", "15mg/kg", "500mg", "1g", "10mg", "0.3mg", "20 units", "8°C", "11.6°C",
        "fridge 3", "key ring 2", "10 swabs", "weight 58kg", "Ch 14", "bed 7", "bay 2",
        "room 14", "lactate 3.2", "eGFR 38", "INR 5",
    ),
    "duration": (
        "48 hours", "72 hours", "six hours", "12 hours", "two weeks", "a fortnight",
        "three weeks", "ten days", "4/7", "2/52", "6/52", "40 minutes", "90 minutes",
        "overnight", "18 months", "three months", "seven days", "24 hours", "20 minutes",
        "half an hour", "five days", "four hours", "18 hours",
    ),
}  # fmt: skip
_ONE_WORD_LOOKALIKES = frozenset(
    t.casefold() for ts in LOOKALIKES.values() for t in ts if " " not in t
)

# ---------------------------------------------------------------------------------------------
# People: this pack's own pools (see evaluation_blind20.md), the rest from Faker
# ---------------------------------------------------------------------------------------------

FIRST = {
    "F": (
        "Mebrat",
        "Azeb",
        "Hiwet",
        "Zhila",
        "Rezan",
        "Nazdar",
        "Grazyna",
        "Bozena",
        "Halina",
        "Wieslawa",
        "Radostina",
        "Snezhana",
        "Filomena",
        "Rosalia",
        "Hanh",
        "Harleen",
        "Kulwinder",
        "Morfudd",
        "Tegwen",
        "Siwan",
        "Ealasaid",
        "Aoibheann",
        "Grainne",
        "Roisin",
        "Orlaith",
        "Bronagh",
        "Erzsebet",
        "Zsuzsanna",
        "Ildiko",
        "Dilrukshi",
        "Chamari",
        "Nilmini",
        "Chinwe",
        "Drita",
        "Mimoza",
        "Vjosa",
        "Lumturi",
        "Sreeja",
        "Bindu",
        "Anupama",
        "Bridie",
    ),
    "M": (
        "Tesfay",
        "Dawit",
        "Berhane",
        "Mulugeta",
        "Kawa",
        "Rebwar",
        "Hemin",
        "Soran",
        "Sherko",
        "Zbigniew",
        "Krasimir",
        "Plamen",
        "Stoyan",
        "Balwinder",
        "Donncha",
        "Seamus",
        "Calum",
        "Laszlo",
        "Zoltan",
        "Ferenc",
        "Tibor",
        "Chaminda",
        "Lasitha",
        "Ruwan",
        "Chinedu",
        "Uchenna",
        "Nnamdi",
        "Arben",
        "Bujar",
        "Ilir",
        "Fatos",
        "Shibu",
        "Rajeev",
        "Sajeev",
        "Biju",
        "Gwynfor",
    ),
}
HYPHENATED = {"F": ("Maisie-Rae", "Darcie-Rose", "Evie-Grace"), "M": ("Tommy-Lee", "Harley-Jay")}
WORD_NAMES = {"F": ("Thistle", "Bramble"), "M": ("Flint", "Brock")}
ALL_WORD_NAMES = frozenset(WORD_NAMES["F"] + WORD_NAMES["M"])
# Old formal names and the names their owners go by.
NICKNAMES = {
    "Ermintrude": ("Trudy",), "Hortense": ("Tensie",), "Philomena": ("Mena",),
    "Araminta": ("Minty",), "Gertrude": ("Gertie",), "Bathsheba": ("Sheba",),
    "Lettice": ("Letty",), "Leopold": ("Poldi",), "Peregrine": ("Perry",),
    "Ignatius": ("Iggy",), "Thaddeus": ("Tad",), "Ebenezer": ("Eben",),
}  # fmt: skip
OLD_NAMES = {
    "F": ("Ermintrude", "Hortense", "Philomena", "Araminta", "Gertrude", "Bathsheba", "Lettice"),
    "M": ("Leopold", "Peregrine", "Ignatius", "Thaddeus", "Ebenezer", "Wendell"),
}
SURNAMES = (
    "Tesfamariam", "Ghebremedhin", "Kebede", "Haile", "Barzani", "Amedi", "Zebari", "Wozniak",
    "Kaczmarek", "Lewandowska", "Nowicki", "Todorova", "Dimitrov", "Petrova", "Georgiev",
    "Pham", "Tran", "Grewal", "Bains", "Horvath", "Farkas", "Nagy", "Szabo", "Jayasuriya",
    "Wickramasinghe", "Perera", "Fernando", "Eze", "Krasniqi", "Hoxha", "Berisha", "Gashi",
    "Menon", "Kurup", "Mathew", "Sheehy", "Whelan", "Luz",
)  # fmt: skip
PARTICLE_SURNAMES = ("de Sousa", "O'Dwyer", "van Leeuwen")
HONORIFIC_WORDS = frozenset(("mr", "mrs", "ms", "miss", "dr", "master", "mx"))
CLINICAL_INITIALS = frozenset(
    """IV GP OT BP DN SW MS NO IT AM PM HR RR CT MR ED AE OD BD PO PR SC IM NG DR ST PT CD RN UK ID
    OK AS AT BE DO GO HE IN IS ME MY OF ON OR SO TO UP US WE AN BY HA HI LO NA OH OX PA RA TB TV
    EM BMI NHS CPR DNA ECG GCS ICU ITU MRI RCA TIA UTI ACE AKI MAR PPE FBC CRP INR MDT CQC DKA
    HCA AMU CCU MAU SAU BMA GMC NMC COW CAT DOG HAT PIG BAG BED ARM LEG EAR EYE SEX ABC TTO DOB
    POA LPA DVT PE VTE PRN CKD RIP FYI SHO FY CNS ANP RGN CSW HDU SDEC NEWS SBAR ASAP STAT COPD
    LD MH CAMHS SALT DNAR AED FIT MEN""".split()
)

RELATIONS = {
    "F": ("daughter", "wife", "sister", "niece", "granddaughter", "partner", "daughter-in-law"),
    "M": ("son", "husband", "brother", "nephew", "grandson", "partner", "son-in-law"),
}
PARENTS = {"F": ("mother", "mum"), "M": ("father", "dad")}

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_ABBR = tuple(m[:3] for m in MONTHS)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

HOSP_FORMS = ("A9999999", "AAA999999", "99A99999", "AA/999999")

_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen")  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _words(n: int) -> str:
    """An age in words: 'ninety-three', 'one hundred and two'."""
    if n >= 100:
        rest = n - 100
        return "one hundred" if not rest else f"one hundred and {_words(rest)}"
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] if not ones else f"{_TENS[tens]}-{_ONES[ones]}"


def _fold(value: str) -> str:
    value = value.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss")
    value = value.replace("ø", "o").replace("æ", "ae")
    plain = unicodedata.normalize("NFKD", value)
    return plain.encode("ascii", "ignore").decode()


def _slug(value: str) -> str:
    return re.sub(r"[^a-z]", "", _fold(value).casefold())


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
    topup: str = ""
    mail: str = "r"


def _style(name, register, what, text, refs, **options) -> Style:
    # One sentence a line, opened by H:, C:, X: or E:; any other line (a "\n" in the source)
    # goes on the sentence before it after a line break.
    parts: dict[str, list[str]] = {"H": [], "C": [], "X": [], "E": []}
    last: list[str] = []
    for line in text.strip().splitlines():
        line = line.strip()
        kind, _, sentence = line.partition(":")
        if kind in parts and len(kind) == 1:
            last = parts[kind]
            last.append(sentence.strip())
        else:
            last[-1] += "\n" + line
    return Style(
        name,
        register,
        what,
        tuple(parts["H"]),
        tuple(parts["C"]),
        tuple(parts["X"]),
        tuple(parts["E"]),
        refs,
        **options,
    )


_PROSE_STYLES = (
    _style(
        "tourniquet_left_on_arm_review",
        "prose",
        "ward review, a phlebotomy tourniquet left on the arm of a patient with dementia overnight (old)",
        """
        H: Review of a tourniquet left in place: {p.tfull} ({hosp}), {ward}, {hospital}. Reference {ref}.
        H: Patient safety review {ref}: retained <<tourniquet>> on {ward} involving {p.tfull}, {age}.
        C: {p.full}, {age}, who lives with <<Alzheimer's disease>>, was admitted from {home} on {date} with a chest infection.
        C: Bloods were taken at {time} by {s1.full}, a phlebotomist covering {ward} and {ward2}, who has said the <<Vacutainer>> holder was changed twice because the vein kept collapsing.
        C: At the night check {o1f.full}, a bank HCA, noticed the left hand was cold and swollen and found a blue <<tourniquet>> under the sleeve of the gown, about <<12 hours>> after the sample.
        C: {d.title} reviewed the arm at {time}, recorded a <<NEWS2 of 3>> and a mottled forearm, and asked the on-call team to check for compartment syndrome.
        C: {p.poss} {rel}, {r.full}, was telephoned on {mob} by {s2.title} and told what had happened before the <<Datix>> was filed.
        X: The night staff said {p.first} pulls at dressings and sleeves, and the <<This is me>> document from {home} asks that arms be checked at every turn.
        X: {o2m.full} in the next bed told the day staff that he had heard {p.first} calling out about the arm for most of the evening.
        X: The trust's phlebotomy standard says the <<tourniquet>> goes back in the tray before the label is printed, and {s1.init} agreed this had not happened.
        X: Photographs were taken with consent from {r.first} and stored on <<Careflow>>, and the skin was reviewed by the tissue viability nurse {o3.full} on {date}.
        X: {s1.jh} was interrupted by a patient in <<bay 4>> whose <<cannula>> had tissued, and returned to finish the labels without going back to the bed.
        E: Review completed by {s2.tfull}, ward manager, {email}; questions to the patient safety team on {phone}.
        E: Learning will be shared at the phlebotomy team meeting and on the safety page {url}.
        """,
        ("TQR-#####", "PH/####/@@"),
        old=True,
    ),
    _style(
        "sglt2_euglycaemic_dka_review",
        "prose",
        "surgical review, euglycaemic ketoacidosis after an SGLT2 inhibitor was not stopped before an operation",
        """
        H: Surgical safety review {ref}: {p.tfull}, NHS number {nhs}, admitted to {ward}, {hospital}.
        H: Case review under reference {ref}, {trust}: ketoacidosis with normal glucose after elective surgery.
        C: {p.full}, {age}, takes <<dapagliflozin>> for type 2 diabetes and was listed for a laparoscopic cholecystectomy at {hospital} on {date}.
        C: The pre-operative letter sent from the assessment clinic to {addr} said to stop <<Forxiga>> the day before, but the copy held by {gp} was never coded and the tablet was taken that morning.
        C: On the first evening {s1.full}, staff nurse on {ward}, recorded <<Kussmaul breathing>> and high ketones, and bleeped the surgical registrar at {time}.
        C: {d.tfull} noted a <<pH 7.19>> on the gas and started the ketoacidosis protocol after discussion with the diabetes outreach nurse {o1.full}.
        C: {p.first} was moved to the high dependency unit and recovered over <<72 hours>>; the SGLT2 warning in the trust guideline had been updated only the month before.
        X: The pre-assessment nurse {s2.title} said the drug was listed as a simple tablet on <<SystmOne>> and no one spotted it was an SGLT2 inhibitor.
        X: {p.poss} {rel}, {r.full}, said the family had been told by the pharmacist {o2.full} at the chemist on {street} that it was a water tablet.
        X: A second patient, {o3.full}, had the same drug stopped correctly on {date} because the anaesthetist read the <<EMIS Web>> summary aloud.
        X: The review panel asked for the medicines reconciliation on {ward} to include a prompt for <<dapagliflozin>> and <<empagliflozin>> by name.
        X: {r.first} can be contacted on {mob} and has asked to see the final report before the <<two weeks>> are up.
        E: Prepared by {s2.tfull}, surgical governance lead, {email}, on {ldate}.
        E: This review will be presented at the surgical morbidity meeting; queries to {email} or {phone}.
        """,
        ("SGL-####", "DKA/####/@"),
    ),
    _style(
        "anticoagulant_reversal_delay_review",
        "prose",
        "emergency department review, reversal delayed for a head injury in a patient on a blood thinner (old)",
        """
        H: Reversal delay review, {hospital} emergency department, reference {ref} ({p.tfull}, {hosp}).
        H: {trust}: review {ref} of delayed anticoagulant reversal for {p.tfull}.
        C: {p.full}, {age}, fell at home at {addr} on {date} and was brought in by ambulance with a scalp wound, taking <<apixaban>> for atrial fibrillation.
        C: The crew handed over to {s1.full} at {time} with a <<GCS 15/15>> and no mention of the blood thinner, which was in the <<red bag>> with the tablets from {home}.
        C: A CT head showed a small subdural bleed, and {d.tfull} asked for <<andexanet alfa>>, which was not stocked, so a prothrombin complex was given after a call to the haematology registrar {o1.full}.
        C: The first dose went up <<four hours>> after arrival, beyond the hour the trust standard sets, and by then the <<GCS 13/15>> had been noted by {s2.jh}.
        C: {p.poss} {rel}, {r.tfull}, was told at the bedside and asked why the <<apixaban>> had been in the bag the whole time.
        X: The triage note on <<Careflow>> records "on blood thinners?" with a question mark that nobody came back to.
        X: {o2m.full}, a neighbour who found {p.first} on the kitchen floor, had told the crew about the tablets at the door.
        X: The pharmacist {o3.full} confirmed that <<edoxaban>> and <<apixaban>> now sit on the same reversal card in resus.
        X: {p.first} went to {ward} on {date} and was discharged to {home} after <<ten days>>, and the family were given the learning summary at {url}.
        X: {r.first} has asked to be phoned on {mob} rather than written to at {addr2}, where post is not picked up.
        E: Reviewed by {s2.tfull}, emergency department matron, {email}, {phone}.
        E: Reported on <<Datix>> as {ref2}; the review is closed subject to the action plan.
        """,
        ("ARD-#####", "ED/####/@@"),
        old=True,
    ),
    _style(
        "alternating_mattress_power_loss_review",
        "prose",
        "ward review, an alternating-pressure mattress left unplugged after a bed move and pressure damage (old)",
        """
        H: Pressure damage review {ref}: {p.tfull}, {hosp}, {ward}, {hospital}.
        H: {trust} tissue viability review {ref}: mattress found deflated, {p.tfull}.
        C: {p.full}, {age}, at high risk of pressure damage, was moved from {ward2} to {ward} on {date} on a <<Nimbus mattress>> so a side room could be used.
        C: The porter {o1m.full} said the <<air mattress>> pump was unplugged for the move and the cable left coiled on the frame, and nobody on the receiving ward signed the equipment checklist.
        C: At {time} on the second day {s1.full} found the <<air mattress>> flat and {p.first} lying on the bed base, with a <<category 3 pressure ulcer>> to the sacrum by the evening.
        C: {d.title} reviewed and prescribed <<Medihoney>> dressings, and the tissue viability nurse {o2.full} graded the wound on {date}.
        C: {p.poss} {rel}, {r.full}, who visits daily from {addr2}, said the bed had felt hard the day before and a nurse had been told.
        X: The pump alarm had been muted, and the engineer's download showed no power for about <<18 hours>>.
        X: {s2.jh} said the mattress was not on the handover sheet and that the <<Hill-Rom bed>> on the old ward had a built-in surface.
        X: The <<Braden 12>> recorded at admission was not repeated after the move, and skin checks were charted as done at four-hourly intervals.
        X: Another patient on the ward, {o3f.full}, had her mattress checked by the same porter that morning without problem.
        X: {r.first} asked for the family to be kept informed on {mob} and said {p.first} had never had a sore in <<18 months>> at home.
        E: Written by {s2.tfull}, tissue viability lead, on {ldate}; contact {email}.
        E: The duty of candour conversation was held and recorded; queries to the ward on {phone}.
        """,
        ("PDR-####", "TV/####/@@"),
        old=True,
    ),
    _style(
        "ld_dnacpr_wording_review",
        "prose",
        "learning disability liaison review, a resuscitation form that gave a learning disability as the reason",
        """
        H: Learning disability liaison review {ref}: {p.tfull}, NHS {nhs}, {hospital}.
        H: {trust}: review {ref} of a <<DNACPR form>> written for {p.tfull} on {ward}.
        C: {p.full}, {age}, who has <<Down syndrome>> and lives in supported accommodation at {addr}, was admitted to {ward} on {date} with aspiration pneumonia.
        C: A <<DNACPR form>> completed that night by {d.full} gave "learning disability" in the box for the clinical reason, and the decision was not discussed with {p.poss} family.
        C: The learning disability liaison nurse {s1.full} saw the form on {date} while checking the <<This is me>> passport and raised it with the consultant at {time}.
        C: {p.poss} {rel}, {r.tfull}, said the family had not been phoned although the number, {mob}, was on the front sheet.
        C: The form was cancelled and a <<ReSPECT form>> was completed with {r.first} and the support worker {o1.full} after a best interests discussion.
        X: The review notes that {p.first} was eating well and walking to the shops before admission, with a <<Clinical Frailty Scale 6>> only because of the acute illness.
        X: The provider, {prov}, had sent the hospital passport and the <<This is me>> booklet with {p.first} in the ambulance.
        X: {s2.title} had reviewed the form the next morning on the ward round and not noticed the wording.
        X: The review refers to <<LeDeR>> findings and the trust's own audit of forms from the last <<three months>>.
        X: A manager at {prov}, {o2.full}, asked that the family be given the review, which was posted to {addr2} by mistake.
        E: Reviewed by {s1.tfull}, learning disability liaison nurse, {email}, on {ldate}.
        E: Learning will go to the resuscitation committee and the safeguarding team on {phone}.
        """,
        ("LDL-####", "RSP/####/@"),
        provider=(
            "Tidewater Supported Living CIC",
            "Harbourlight Support Ltd",
            "Keelson Community Living",
        ),
    ),
    _style(
        "magnesium_sulfate_rate_error_review",
        "prose",
        "labour ward review, a magnesium infusion for pre-eclampsia run at the loading rate for hours (ages 19-44)",
        """
        H: Maternity safety review {ref}: {p.tfull}, {hosp}, delivery suite, {hospital}.
        H: {trust} maternity governance review {ref}: magnesium infusion rate error.
        C: {p.full}, {age}, was admitted to {ward} on {date} at 36 weeks with <<BP 164/108>> and protein in the urine.
        C: {d.tfull} prescribed <<magnesium sulfate>> as a loading dose then a maintenance rate, and the infusion was set up by {s1.full} at {time}.
        C: The pump was left at the loading rate, and at the next check {s2.full} found the reflexes absent and the <<RR 24>> dropping, with a <<Mg 4.1>> on the urgent sample.
        C: The infusion was stopped, <<calcium gluconate>> was given, and {p.first} was delivered by caesarean section on {date} under the care of {o1f.full}, the consultant obstetrician.
        C: {p.poss} partner, {r.full}, was with her throughout and was spoken to by the consultant midwife {o2f.full} the next day.
        X: The second midwife check on the <<MEOWS trigger>> chart was signed, but {s2.init} said the check had been of the bag, not the pump screen.
        X: The pump library has a magnesium entry, but it was bypassed and the rate typed in as <<2g/hr>>, double the prescription.
        X: The review refers to <<the RCOG>> guidance and the <<MBRRACE-UK>> report on maternal deaths from magnesium toxicity.
        X: {r.first} asked that letters go to {addr} and phone calls to {mob} and not to the ward number.
        X: The baby went to the neonatal unit for <<48 hours>> for observation and was discharged home with {p.first} on {date}.
        E: Written by {s1.tfull}, maternity risk lead, {email}, on {ldate}.
        E: To be discussed at the maternity safety huddle; questions to {phone}.
        """,
        ("MAT-#####", "MGS/####/@@"),
        sex="F",
        ages=(19, 44),
    ),
    _style(
        "child_paracetamol_double_dose_review",
        "prose",
        "children's ward review, a child given paracetamol by the ward and by a parent within an hour (child)",
        """
        H: Paediatric medicines review {ref}: {p.tfull}, {hosp}, {ward}, {hospital}.
        H: {trust}: paediatric review {ref} of a duplicate analgesia dose for {p.tfull}.
        C: {p.full}, {age}, was admitted to {ward} on {date} with tonsillitis and a temperature, prescribed <<paracetamol>> by weight.
        C: At {time} {s1.full} gave a dose on the ward and signed the chart, but {p.poss} {rel}, {r.full}, had given <<Calpol>> from a bag in the bedside locker <<40 minutes>> earlier.
        C: When the child became sleepy {s2.full} checked the pot in the bag, and {d.tfull} asked for a level at <<four hours>>, which was below the treatment line.
        C: The family had not been told to hand in medicines, and the ward leaflet given at {time} was not read because {r.first} reads another language more easily than English.
        C: An interpreter, {o1.full}, was booked for the discussion on {date}, and the family were given the ward's number, {phone}.
        X: The bed was in <<bay 2>>, and the parent in the next bed, {o2f.full}, said she had also brought her own <<Calpol>> and nobody asked.
        X: The prescription chart on <<Nervecentre>> showed the dose, but {r.first} had no way to see it.
        X: {p.first} was weighed again on {date} because the admission weight had been written in the wrong box, and {s1.init} corrected the <<500mg>> dose that followed.
        X: The play specialist {o3f.full} said the family were anxious and had been in the emergency department for <<six hours>> the night before.
        X: {r.first} can be reached on {mob}; the family live at {addr}.
        E: Review by {s2.tfull}, paediatric ward manager, {email}, on {ldate}.
        E: The learning goes to the children's medicines group; {url}.
        """,
        ("PMR-####", "CH/####/@@"),
        child=True,
    ),
)
_PROSE_STYLES += (
    _style(
        "warfarin_inr_result_lost_review",
        "prose",
        "community anticoagulation review, a high INR result phoned to a practice and never acted on before a bleed",
        """
        H: Anticoagulation incident review {ref}: {p.tfull}, NHS number {nhs}, registered with {gp}.
        H: {trust} community anticoagulation review {ref}: lost high INR result, {p.tfull}.
        C: {p.full}, {age}, on <<warfarin>> for a metal heart valve, had a finger-prick test at {gp} on {date} with an <<INR 7.8>>.
        C: The <<INR 7.8>> was phoned through by {s1.full} at the anticoagulation hub at {time} and taken by the receptionist {o1f.full}, who wrote it on a message slip.
        C: The slip went into the tray for {d.title}, who was on leave, and the dosing letter from <<Docman>> still said to continue the usual dose.
        C: {p.first} was admitted to {hospital} <<five days>> later with a <<Mallory-Weiss tear>> and was given <<vitamin K>>.
        C: {p.poss} {rel}, {r.full}, rang the practice on {date} from {mob} to ask why nobody had called back.
        X: The hub's own log shows the call, and {s1.init} had ticked the box that the result was passed on.
        X: The practice manager {o2.full} said the message slips are now scanned the same day and tasked on <<EMIS Web>>.
        X: A second high result for another patient, {o3.full}, was found in the same tray at {time} on the day of the review.
        X: {r.first} said {p.first} keeps the yellow book in the kitchen drawer at {addr} and it was not filled in that week.
        X: The hub now sends results over <<INR 5>> by <<AccuRx>> message as well as by phone.
        E: Reviewed by {s2.tfull}, anticoagulation lead pharmacist, {email}, {phone}.
        E: Shared with the practice and the family on {ldate}; the learning is on {url}.
        """,
        ("ACR-#####", "INR/####/@"),
    ),
    _style(
        "log_roll_spinal_precautions_review",
        "prose",
        "trauma ward review, spinal precautions lifted before the scan report was read",
        """
        H: Trauma governance review {ref}: {p.tfull}, {hosp}, {ward}, {hospital}.
        H: {trust}: review {ref} into spinal precautions for {p.tfull}.
        C: {p.full}, {age}, came in on {date} after falling from a ladder at {addr}, immobilised on a <<scoop stretcher>> with an <<Aspen collar>>.
        C: The <<Canadian C-spine rule>> pointed to imaging, and a CT was done at {time}, but the report was not back when {p.first} was moved to {ward}.
        C: That evening {s1.full} sat {p.first} up for a meal in <<bay 2>> after {d.full}, the night doctor, wrote "spine cleared clinically" in the notes.
        C: The report, issued at {time}, showed an unstable fracture, and {s2.full} laid {p.first} flat again and fitted a <<Miami J collar>>.
        C: {p.poss} {rel}, {r.full}, who had driven from {addr2}, was told by the orthopaedic registrar {o1.full} the next morning.
        X: The radiology department said the report was on <<Cerner>> within <<90 minutes>>, but no alert was sent to the ward.
        X: {o2m.full}, a friend who was on the ladder next to {p.first} at the time, gave a statement to the review on {date}.
        X: Neurology was normal throughout and {p.first} was discharged after <<three weeks>> with outpatient follow-up at {hospital2}.
        X: The log-roll sign above <<bed 7>> had been taken down when the bed was cleaned after another patient, {o3.full}, went home.
        X: {r.first} asked for the report to be sent to {email2} and can be phoned on {mob}.
        E: Review by {s2.tfull}, trauma nurse lead, on {ldate}; {email}.
        E: The action plan is held by the trauma governance group, {phone}.
        """,
        ("TGR-####", "SP/####/@@"),
        mail="r",
    ),
)

_LINE_STYLES = (
    _style(
        "risk_system_field_dump",
        "lines",
        "incident reporting system export pasted field by field, a fall with a head injury at night (old)",
        """
        H: Incident ID: {ref}\nReported: {date} {time}\nLocation: {ward}, {hospital}\nReporter: {s1.caps}
        H: Record {ref} | exported from <<InPhase>>\nOrganisation: {trust}\nArea: {ward}\nHandler: {s2.full}
        C: Person affected: {p.caps}, {hosp}, DOB {dob}, {age}
        C: Description: found on floor beside <<bed 12>> at {time}, bed rails down, <<Sara Stedy>> left in corridor, lac to forehead
        C: Immediate action: {d.title} attended, <<GCS 15/15>>, on <<apixaban>> so CT head requested, result normal
        C: Family informed: {rel} {r.full} by phone {mob} on {date} by {s2.jh}
        C: Investigation notes: falls risk assessment done at admission, <<Morse score 65>>, enhanced observation not started as bank HCA {o1.full} moved to another ward
        X: Witness: {o2.full}, patient in next bed, heard a bang and pressed the buzzer, buzzer answered after <<20 minutes>>
        X: Equipment: <<Hill-Rom bed>> low position not used, sensor mat not plugged in ({s1.init} checked)
        X: Previous falls: 2 at {home} (<<Rockwood 6>>), last on {date} per the transfer letter
        X: Harm level: moderate, <<Colles fracture>> to left wrist found on X-ray next day, seen by {o3.full}
        X: Duty of candour: letter to {addr} drafted by {s2.title}, ref {ref2}
        E: Status: under review\nLast updated: {ldate} by {s2.email}
        E: Closed by: {s2.full}\nFeedback sent to reporter on {ldate}
        """,
        ("INC-######", "W@-#####"),
        old=True,
        topup="Further detail: {text}",
    ),
    _style(
        "bereavement_office_release_csv",
        "lines",
        "bereavement office release log pasted as CSV, a body released to the wrong funeral director (old)",
        """
        H: date,time,entry\n{date},{time},"Death on {ward}: {p.caps}, {hosp}, {age}. NOK {rel} {r.full} {mob}"
        H: logged_date,logged_time,note\n{date},{time},"New case {ref}: {p.upper}, DOB {dob}, {ward}, {hospital}"
        C: {date},{time},"Paperwork in: MCCD pending, ME scrutiny by {d.title}, cause includes <<Parkinson's disease>>"
        C: {date},{time},"{rel} {r.first} called, family chose {prov}, arranged by {o1.full} (undertaker)"
        C: {date},{time},"Mortuary rang, collection request from a different funeral director for {p.last}, second patient {o2.full} with similar name, <<fridge 3>>"
        C: {date},{time},"Release form signed by {s1.jh} without checking NHS no {nhs} against the wristband, <<bay 4>> viewing, body left at {time}"
        C: {date},{time},"Error found by {s2.full}, body returned within <<four hours>>, family told by {s2.init}, <<Datix>> {ref2}"
        X: {date},{time},"Cremation form part 1 by {d.full}, second part waiting <<48 hours>>"
        X: {date},{time},"Family asked for <<hearing aids>> and rings returned to {addr}"
        X: {date},{time},"Chaplain {o3.full} to meet {r.first} on the ward, viewing booked in <<room 14>>"
        X: {date},{time},"Registrar appointment booked, {council} register office, tel {phone}"
        X: {date},{time},"Funeral director {o1.last} emailed {email} re delay, told <<24 hours>>"
        E: {ldate},{time},"Case closed by {s2.full}, learning to bereavement forum"
        E: {ldate},{time},"Closed, letter of apology to {r.tfull} sent"
        """,
        ("BER-####", "BO/####/@@"),
        old=True,
        provider=(
            "Quartermain & Daughters Funeral Directors",
            "Haverstock Family Funeral Service",
            "Tillerman Funeral Care",
        ),
        topup='{date},{time},"{text}"',
    ),
    _style(
        "theatre_swab_count_table",
        "lines",
        "theatre swab count record pasted as a pipe table, a swab missing at closure and found on X-ray",
        """
        H: | date | time | entry |\n| --- | --- | --- |\n| {date} | {time} | Theatre 3, {hospital}: {p.tfull}, {hosp}, {age} |
        H: | date | time | count note |\n| --- | --- | --- |\n| {date} | {time} | List for {d.tfull}, patient {p.full}, ref {ref} |
        C: | {date} | {time} | First count <<10 swabs>> and 2 packs on the board, scrub {s1.full}, circulating {o1.full} |
        C: | {date} | {time} | <<Hartmann's procedure>> under way, extra <<Raytec swab>> pack opened, not written on board |
        C: | {date} | {time} | Closing count one <<Raytec swab>> short, {s1.init} told surgeon, {d.title} checked wound and said carry on |
        C: | {date} | {time} | X-ray in recovery by {o2.full} shows swab in pelvis, back to theatre at {time} |
        C: | {date} | {time} | {rel} {r.full} told by {d.title}, apology given, <<WHO checklist>> audit started by {s2.full} |
        X: | {date} | {time} | Instrument count correct, sharps correct, {s2.jh} signed |
        X: | {date} | {time} | Staff swap at break: {o3.full} relieved {s1.first} for <<20 minutes>>, count not handed over |
        X: | {date} | {time} | Patient on <<enoxaparin>>, blood loss heavy, gas sent |
        X: | {date} | {time} | Swab removed, wound closed, {p.first} to {ward} on <<tranexamic acid>> |
        X: | {date} | {time} | Never event reported on <<Datix>> {ref2} by {s2.title} |
        E: | {ldate} | {time} | Family meeting booked, contact {r.first} on {mob} |
        E: | {ldate} | {time} | Reviewed by theatre manager {s2.full}, {email} |
        """,
        ("THR-####", "NE/####/@@"),
        topup="| {date} | {time} | {text} |",
    ),
    _style(
        "cd_cupboard_key_handover_log",
        "lines",
        "ward controlled drug key handover log, the key taken home and a morphine dose delayed at night (old)",
        """
        H: {ward} CD key log, {hospital}\n{date}
        H: Controlled drug key handover sheet: {ward}, {trust}, week of {date}
        C: {time} keys handed from {s1.full} to {s2.full}, <<CD register>> balance checked
        C: {time} {s1.init} went home with the keys in a tunic pocket after a late handover, <<CD cupboard>> locked
        C: {time} {p.full} ({hosp}) in pain, <<Oramorph>> due, <<CD cupboard>> cannot be opened
        C: {time} site manager {o1.full} rang {s1.first} on {mob}, keys returned by taxi after <<90 minutes>>
        C: {time} dose given by {s2.jh} witnessed by {o2.full}, <<Abbey pain score 9>> before, 3 after
        X: {time} {p.poss} {rel} {r.full} asked why the dose was late, told by {d.title}
        X: {time} spare keys not in the pharmacy safe; <<Omnicell>> on {ward2} used for <<morphine sulfate>> for another patient
        X: {time} {p.first} settled, <<NEWS2 of 3>>, {rel} went home
        X: {time} pharmacist {o3.full} checked register, <<oxycodone>> page correct
        X: {time} incident logged on <<Datix>> {ref2} by {s2.init}
        E: {time} keys returned to pharmacy {ldate}, log checked by {s2.title}
        E: {time} entry closed {ldate}, matron informed by {email}
        """,
        ("CDK-####", "CD/####/@"),
        old=True,
        topup="{time} key log: {text}",
    ),
    _style(
        "sharps_found_in_linen_table",
        "lines",
        "sharps incident record pasted as a pipe table, a needle left in bed linen injured a laundry porter",
        """
        H: | date | time | detail |\n| --- | --- | --- |\n| {date} | {time} | Sharps incident {ref}, {ward}, {hospital} |
        H: | date | time | note |\n| --- | --- | --- |\n| {date} | {time} | Linen sharps injury, laundry, {trust} |
        C: | {date} | {time} | Porter {o1m.full} pricked hand on a used needle in a bag of sheets from <<bay 4>> |
        C: | {date} | {time} | Source patient {p.full} ({hosp}), <<cannula>> resited at {time} by {s1.full} |
        C: | {date} | {time} | Occupational health seen by {o2.full}, bloods taken, first dose started within <<four hours>> |
        C: | {date} | {time} | {s1.init} says <<sharps bin>> was full and <<Venflon>> needle laid on the tray |
        C: | {date} | {time} | Source consent by {d.title}, {p.first} agreed, <<Vacutainer>> samples same day |
        X: | {date} | {time} | {p.first} {age}, on <<ceftriaxone>>, moved to {ward2} before the bin was changed |
        X: | {date} | {time} | Laundry supervisor {o3.full} called ward {phone} |
        X: | {date} | {time} | Bin change request by {s2.jh}, sent to {email} |
        X: | {date} | {time} | Porter follow-up at <<6/52>>, advice from {s2.full} |
        X: | {date} | {time} | Reportable to <<the HSE>> considered, ref {ref2} |
        E: | {ldate} | {time} | Closed by {s2.full}, health and safety lead |
        E: | {ldate} | {time} | Learning shared with {ward}; feedback to {email} |
        """,
        ("SHP-####", "OH/####/@@"),
        topup="| {date} | {time} | {text} |",
    ),
    _style(
        "insulin_fridge_temperature_csv",
        "lines",
        "ward medicines fridge temperature log pasted as CSV, insulin kept out of range and then given",
        """
        H: date,time,reading\n{date},{time},"{ward}, {hospital}: fridge log, checked by {s1.caps}"
        H: log_date,log_time,comment\n{date},{time},"Medicines fridge, {ward}, {trust}"
        C: {date},{time},"Max <<11.6°C>> on display, not reset, signed {s1.init}"
        C: {date},{time},"<<Tinytag logger>> shows out of range <<72 hours>>, seen by pharmacy tech {o1.full}"
        C: {date},{time},"<<Lantus>> from fridge given to {p.full} ({hosp}) by {s2.full}"
        C: {date},{time},"{p.first} {age} <<CBG 9.6>> then high readings, {d.title} informed"
        C: {date},{time},"Stock quarantined by {s2.jh}, new insulin ordered, {p.poss} {rel} {r.full} told"
        X: {date},{time},"Fridge door seal broken, <<Tinytag logger>> kept, estates job {ref2} raised by {o2.full}"
        X: {date},{time},"Reading <<8°C>> after repair, reset by {s1.first}"
        X: {date},{time},"<<Fiasp>> pens for {o3.full} also in fridge, patient discharged"
        X: {date},{time},"Pharmacist {o1.last} advice to <<Datix>>, <<eGFR 38>> noted"
        X: {date},{time},"Ward manager {s2.title} emailed {email}"
        E: {ldate},{time},"Closed, log audit by {s2.full}"
        E: {ldate},{time},"Weekly check restarted, {s1.full} lead"
        """,
        ("FRG-####", "MED/####/@@"),
        topup='{date},{time},"{text}"',
    ),
    _style(
        "chaplaincy_pager_thread",
        "lines",
        "chaplaincy team messaging thread, a family's request for last rites reached the chaplain too late (old)",
        """
        H: Chaplaincy on-call thread, {hospital}\n[{date} {time}] {s1.first}: new referral from {ward}
        H: Spiritual care team chat, {trust}\n[{date} {time}] {s1.first}: on call from now
        C: [{date} {time}] {s1.first}: {p.full}, {age}, {ward}, family ask for a Catholic priest, <<NEWS2 of 7>>
        C: [{date} {time}] {s2.first}: <<bleep 4431>> not answering, tried {o1m.full} (Father) on {mob}
        C: [{date} {time}] {s1.first}: {rel} {r.full} asking again, {p.first} now on <<syringe driver>>
        C: [{date} {time}] {o1.first}: on way, held up, ETA <<40 minutes>>
        C: [{date} {time}] {s2.first}: {p.first} died before arrival, <<syringe driver>> stopped, {o1.last} prayed with family, {d.title} verified
        X: [{date} {time}] {s1.first}: referral was on <<Microsoft Teams>> not the pager, missed for a while
        X: [{date} {time}] {s2.first}: family also asked about {o2.full}, parish visitor
        X: [{date} {time}] {s1.first}: referral form says {hosp}, ward {ward}
        X: [{date} {time}] {s2.first}: staff nurse {o3.full} apologised to {r.first}
        X: [{date} {time}] {s1.first}: will write up on <<Datix>>, {ref2}
        E: [{ldate} {time}] {s2.first}: debrief booked, {email}
        E: [{ldate} {time}] {s1.first}: follow-up letter to {r.tfull} sent
        """,
        ("CHP-####", "SC/####/@"),
        old=True,
        topup="[{date} {time}] {s2.first}: {text}",
    ),
    _style(
        "lone_worker_checkin_log",
        "lines",
        "community nurse lone-worker check-in log, a missed check-in after a dog bite at a home visit",
        """
        H: Lone worker log, district nursing, {trust}\n{date}
        H: Check-in record for {s1.full}, {gp} team, {date}
        C: {time} {s1.first} checked in at {addr} for {p.full}, dressing visit, <<Peoplesafe app>> on
        C: {time} amber alert, no check-out after visit time plus <<20 minutes>>
        C: {time} call handler {o1.full} rang {s1.first} on {mob}, no answer
        C: {time} coordinator {s2.full} rang the house, {p.poss} {rel} {r.full} said the dog had bitten {s1.first}
        C: {time} {s1.init} at minor injuries, <<amoxicillin>> started, <<Skyguard fob>> battery flat
        X: {time} {p.first} {age}, <<category 2 pressure ulcer>>, visit to be rebooked with {s2.jh}
        X: {time} neighbour {o2.full} said dog is usually shut in, <<key safe>> by door
        X: {time} <<SystmOne>> flag added: dog at property, {r.first} to shut dog away
        X: {time} police not needed per {o3.full}
        X: {time} team lead {s2.title} emailed {email}
        E: {time} closed {ldate} by {s2.full}
        E: {time} review {ldate}, ref {ref2}
        """,
        ("LWK-####", "DN/####/@@"),
        topup="{time} check-in note: {text}",
    ),
    _style(
        "equipment_collection_failed_log",
        "lines",
        "community equipment service job log, a hoist delivered to the wrong address and a transfer missed",
        """
        H: Community equipment job log, {prov}\n{date}
        H: Job sheet {ref}: {prov} for {council}
        C: {date} {time} order from OT {s1.full}: <<mobile hoist>> and <<sling>> for {p.full}, {addr}
        C: {date} {time} driver {o1m.full} delivered to {addr2}, signed for by {o2.full}
        C: {date} {time} {rel} {r.full} rang {phone}, no hoist, {p.first} on floor since <<overnight>>
        C: {date} {time} hoist collected from neighbour, fitted by {o1.last}, checked by {s1.init}
        C: {date} {time} {p.first} {age} seen by GP {d.full}, <<Barthel 35>>
        X: {date} {time} order form had house number handwritten, read wrong on <<SystmOne>>
        X: {date} {time} <<Roho cushion>> also outstanding, requested by {s2.jh}
        X: {date} {time} {r.first} mobile {mob}
        X: {date} {time} carer {o3.full} from {prov} trained on hoist
        X: {date} {time} complaint logged, ref {ref2}
        E: {ldate} {time} job closed by {s2.full}, {email}
        E: {ldate} {time} review with {council} done
        """,
        ("EQP-#####", "JB/####/@"),
        provider=(
            "Anchorline Equipment Services",
            "Medequip Keelside",
            "Harbour Mobility Partnership",
        ),
        topup="{date} {time} job note: {text}",
    ),
)

_LETTER_STYLES = (
    _style(
        "family_meeting_invitation_letter",
        "letter",
        "trust letter inviting a bereaved family to a meeting about the care before a death (old)",
        """
        H: {hospital}\n{trust}\n\n{ldate}\n\nPrivate and confidential\n{r.tfull}\n{addrb}\n\nOur ref: {ref}\n\nDear {r.title},
        H: Patient Safety Team, {hospital}\nTel {phone}\n\n{ldate}\n\n{r.tfull}\nc/o {o1.tfull}\n{addrb}\n\nRe: {p.tfull}, DOB {dob}\n\nDear {r.first},
        C: I am writing about the care of your {prel}, {p.full}, who died on {ward} on {date}, {age}, and I am sorry for your loss.
        C: You told {s1.full} on the ward that you were worried the <<syringe driver>> had not been checked in the night and that the <<Oramorph>> doses came late.
        C: We have started a review, logged on <<Datix>> under reference {ref2}, led by {s2.full}, matron, who was not involved in {p.poss} care.
        C: We would like to invite you to meet us at {hospital} on {date} at {time}, with {d.tfull}, the consultant, and anyone you would like to bring.
        C: If that date does not suit, please ring {s2.first} on {phone} or write to {email}, and we can also meet at {home} if that is easier.
        X: The review will look at the <<McKinley T34>> records, the observations recorded on the last evening, and the notes from the night team.
        X: {o2.full}, one of our bereavement officers, will help with the medical certificate, which was delayed by <<48 hours>>.
        X: We have also been told that {p.first} had <<Parkinson's disease>> medicines missed on admission, and this will be included.
        X: You mentioned that {o3.full}, a family friend, was with {p.first} that evening, and we would welcome anything they remember.
        X: An interpreter or an advocate can join the meeting, and the chaplain {o4.full} has offered to be there.
        E: Yours sincerely,\n\n{s2.full}\nMatron, on behalf of the Director of Nursing\n\ncc: {d.tfull}
        E: With kind regards,\n\n{s2.tfull}\nPatient Safety Lead, {trust}\n{email}
        """,
        ("FMI-#####", "PS/####/@@"),
        old=True,
    ),
    _style(
        "locum_gp_prescribing_query_email",
        "letter",
        "community pharmacist's e-mail to a GP practice querying a locum's methotrexate prescription",
        """
        H: From: {s1.full} <{s1.email}>\nTo: {gp} <{email}>\nDate: {ldate}\nSubject: Urgent prescribing query, {p.full}, {ref}\n\nDear {d.title},
        H: From: {s1.email}\nTo: {email}\nCc: {s2.email}\nSent: {ldate} {time}\nSubject: Prescription query for {p.tfull} (NHS {nhs})\n\nDear colleagues at {gp},
        C: I am the pharmacist at {prov} and I am writing about a prescription for {p.full}, {age}, of {addr}, issued on {date}.
        C: The prescription, signed by the locum {o1.tfull}, is for <<methotrexate>> 10mg tablets to be taken daily, where {p.poss} record shows a weekly dose.
        C: We held the prescription at {time} and rang the surgery on {phone}, but the receptionist {o2f.full} said the locum had left for the day.
        C: {p.first} came in with a {rel}, {r.full}, who was worried because the tablets had run out <<a fortnight>> ago.
        C: I would be grateful if {d.title} or the duty doctor could confirm the dose today and send a corrected prescription through <<EMIS Web>>.
        X: We have checked the <<NHS App>> record and the last prescription, dated {date}, said once weekly with <<folic acid>>.
        X: We did not supply, and I have recorded the intervention under our reference {ref2}.
        X: {r.first} can be reached on {mob} and asked to be phoned rather than texted.
        X: The locum also started <<doxycycline>> for {p.first} on the same day, and that interaction may need checking too.
        X: Our technician {o3.full} has a note of the call and the time if you need it for a <<Datix>> report.
        E: Kind regards,\n\n{s1.full} | Pharmacist | {prov} | {phone}
        E: Best wishes,\n{s1.full}\nPharmacist Manager, {prov}\nTel {phone}
        """,
        ("RXQ-#####", "PQ/####/@"),
        provider=("Bollard Street Pharmacy", "Keelhaven Chemists", "Quayside Community Pharmacy"),
    ),
    _style(
        "housing_officer_fall_concern_email",
        "letter",
        "housing association officer's e-mail to adult social care about a tenant's repeated falls (old)",
        """
        H: From: {s1.full} <{s1.email}>\nTo: {council} adult social care <{email}>\nDate: {ldate}\nSubject: Concern for tenant, {p.full}, {addr}\n\nDear colleague,
        H: From: {s1.email}\nTo: {email}\nCc: {gp}\nSent: {ldate}\nSubject: Welfare concern ref {ref}\n\nDear {s2.first},
        C: I am the tenancy officer at {prov} for {p.tfull}, {age}, who lives alone at {addr}, and I am writing because of three falls in a month.
        C: On {date} our caretaker, {o1m.full}, found {p.first} on the hall floor at {time} after <<overnight>>, and called an ambulance.
        C: {p.first} was seen at {hospital} and sent home the same day, but the <<Lifeline pendant>> we fitted is kept in a drawer.
        C: {p.poss} {rel}, {r.full}, lives away and has asked us to ring on {mob}, but cannot visit for <<two weeks>>.
        C: I would ask for a care assessment and for {gp} to review the medicines, as {p.first} told me about taking <<co-codamol>> with whisky.
        X: The flat is on the second floor, the <<mobile hoist>> cannot be used there, and the lift has been out of order since {date}.
        X: A neighbour, {o2f.full}, brings shopping, and she says {p.first} has seemed muddled, with <<Alzheimer's disease>> mentioned at the last visit.
        X: The <<key safe>> code has been given to the ambulance service, and a copy is with {o3.full}, our scheme manager.
        X: The previous address on our file, {addr2}, is out of date, so please write to the flat.
        X: I have also told the GP receptionist, who said a <<ReSPECT form>> may be on the record.
        E: Kind regards,\n\n{s1.full}\nTenancy Sustainment Officer, {prov}\n{phone}
        E: Many thanks,\n{s1.first}\n\n{s1.full} | Housing Officer | {prov} | {phone}
        """,
        ("HSG-#####", "TEN/####/@@"),
        old=True,
        provider=("Keelson Housing Association", "Anchorage Homes Group", "Halyard Housing Trust"),
    ),
    _style(
        "school_adrenaline_pen_expiry_letter",
        "letter",
        "school nursing letter to parents after an expired adrenaline pen was used in a reaction at school (child)",
        """
        H: School Nursing Service, {trust}\n{phone}\n\n{ldate}\n\nTo the parent or carer of {p.full}\n{addrb}\n\nDear {r.title},
        H: {ldate}\n\nFAO {r.tfull}\n{addrb}\n\nOur ref: {ref}\n\nDear {r.first},
        C: I am writing about what happened to {p.first} at school on {date}, when {p.first}, {age}, had a reaction after eating a biscuit at break.
        C: The teaching assistant, {o1f.full}, used the <<EpiPen>> from {p.poss} bag at {time}, and an ambulance took {p.first} to {hospital}.
        C: When the pen was checked by {s1.full}, the school nurse, it had expired four months before, and the spare <<Jext>> in the office had also expired.
        C: {p.first} was treated with a second dose of <<adrenaline>> by the crew and observed on the ward, and I understand {p.first} is well.
        C: I have met the head teacher, {o2.full}, and we have agreed a termly check of pens, with reminders sent by <<AccuRx>> to families.
        X: The care plan written with you on {date} gives <<grade 2 anaphylaxis>> and lists <<cetirizine>> as the first step.
        X: The allergy nurse at {hospital}, {s2.full}, will see {p.first} in clinic and renew the <<EpiPen>> prescription.
        X: We have written to {gp} to ask for two new pens, and you can collect them from the pharmacy after <<24 hours>>.
        X: If you would like to discuss this, please call me on {mob} or e-mail {email}.
        X: Another pupil's parent, {o3.full}, has kindly offered to share the class allergy posters.
        E: Yours sincerely,\n\n{s1.full}\nSchool Staff Nurse\n\ncc: {gp}
        E: With best wishes,\n{s1.tfull}\nSchool Nurse, {trust}
        """,
        ("SNS-####", "AP/####/@@"),
        child=True,
    ),
    _style(
        "care_home_passport_not_returned_email",
        "letter",
        "care home manager's e-mail to a hospital ward, hearing aids and a hospital passport not returned on discharge (old)",
        """
        H: From: {s1.full} <{email2}>\nTo: {ward} <{email}>\nDate: {ldate}\nSubject: Resident returned without belongings, {p.full}\n\nDear {ward} team,
        H: From: {email2}\nTo: {email}\nSent: {ldate}\nSubject: {p.tfull}, discharged {date}\n\nDear Sister {s2.last},
        C: I am the manager at {home}, and our resident {p.full}, {age}, came back to us from your ward on {date} without <<hearing aids>> or the <<This is me>> booklet.
        C: {p.first} has <<Alzheimer's disease>> and without the aids cannot follow what the carers say, which has made personal care very hard.
        C: The discharge letter from {d.title} says the aids were in the <<red bag>>, but the bag arrived with only <<furosemide>> and a dressing pack.
        C: Our senior carer, {o1f.full}, rang the ward at {time} and was told by {s2.full} that a search would be made, but we have heard nothing.
        C: {p.poss} {rel}, {r.tfull}, is upset and has asked me to make a formal complaint, and can be reached on {mob}.
        X: The aids cost the family a great deal, and the audiology department at {hospital2} says replacements take <<three months>>.
        X: The night carer, {o2f.full}, says {p.first} is calling out more at night with <<NEWS2 of 3>>, and the GP {o3.full} has been asked to review.
        X: The passport also lists {p.poss} NHS number, {nhs}, so I am worried it has gone to the wrong place.
        X: We would also ask that the <<ReSPECT form>> is returned, as the ambulance crew will need it.
        X: Please could someone phone the home on {phone} or reply to this e-mail by {date}.
        E: Kind regards,\n{s1.full}\nRegistered Manager, {home}\n{phone}
        E: Thank you,\n\n{s1.first}\n{s1.full} | Manager | {home} | {phone}
        """,
        ("CHE-####", "BEL/####/@"),
        old=True,
        mail="s1",
    ),
    _style(
        "sexual_health_result_text_apology_letter",
        "letter",
        "sexual health clinic apology after a test result was texted to the wrong mobile number (ages 18-29)",
        """
        H: {hospital}\nSexual Health Service\n\n{ldate}\n\nPrivate and confidential\n{p.tfull}\n{addrb}\n\nDear {p.title},
        H: Sexual Health, {trust}\n{ldate}\n\n{p.full}\n{addrb}\nOur ref: {ref}\n\nDear {p.first},
        C: I am writing to apologise because a text about your test result, taken at our clinic on {date}, was sent to the wrong mobile number.
        C: Your record had a mobile, {mob}, that was one digit different on <<SystmOne>> from the one you gave to {s1.full} at reception.
        C: The message said your result needed treatment and asked you to ring the clinic; it did not name <<chlamydia>> or give your name.
        C: The person who received it, {o1.full}, rang us at {time}, and {s2.full}, the health adviser, traced the error the same day.
        C: You were treated with <<doxycycline>> on {date}, and {d.tfull} has confirmed that the <<seven days>> course is complete.
        X: We have checked our system and the number was typed in by hand when the booking was made through the <<NHS App>>.
        X: A further test for <<gonorrhoea>> was negative, and no further appointment is needed.
        X: We have reported this to our information governance team under reference {ref2}, and to <<the UKHSA>> data lead.
        X: If you would like to talk about this, you can ring {s2.first} on {phone} or e-mail {email}.
        X: A partner notification slip has also been sent to {addr} as you asked.
        E: Yours sincerely,\n\n{s2.full}\nSenior Health Adviser
        E: With regards,\n{s2.tfull}\nSexual Health Service, {hospital}
        """,
        ("SHA-####", "GUM/####/@@"),
        ages=(18, 29),
        mail="p",
    ),
    _style(
        "wheelchair_repair_delay_complaint_email",
        "letter",
        "a relative's e-mail to a wheelchair service about a repair delay and a pressure sore",
        """
        H: From: {r.full} <{email2}>\nTo: {prov} <{email}>\nDate: {ldate}\nSubject: Complaint, wheelchair repair for {p.full}\n\nDear Sir or Madam,
        H: From: {email2}\nTo: {email}\nCc: {gp}\nSent: {ldate}\nSubject: Repair ref {ref}\n\nDear {s1.title},
        C: I am writing on behalf of my {prel}, {p.full}, {age}, of {addr}, whose powered chair broke down on {date}.
        C: I reported the fault to {prov} on {phone} the same day, and {s1.full} said an engineer would come within <<five days>>.
        C: Nobody came for <<three weeks>>, and {p.first} had to sit in an old manual chair without the <<Roho cushion>>.
        C: By {date} the district nurse, {o1f.full}, found a <<category 2 pressure ulcer>> and started barrier cream and a new plan.
        C: I would like an explanation, a date for the repair, and an apology to {p.first}, who has <<Huntington's disease>> and relies on the chair.
        X: The engineer {o2m.full} finally came on {date} and said the <<Quickie>> part had been on the shelf the whole time.
        X: Our GP, {d.tfull}, has written to support this complaint, and you can ring me on {mob}.
        X: The chair had its last service on {date} and no fault was noted then, according to the sticker.
        X: {p.first} missed a hospital appointment at {hospital} because of the chair, and a new one has been made.
        X: I have copied in {o3.full}, our advocate, who may contact you.
        E: Yours faithfully,\n\n{r.full}
        E: Regards,\n{r.full}\n{mob}
        """,
        ("WCS-#####", "WH/####/@"),
        provider=(
            "Capstan Wheelchair Services",
            "Keelway Mobility Ltd",
            "Seabright Wheelchair Partnership",
        ),
    ),
)

STYLES = _PROSE_STYLES + _LINE_STYLES + _LETTER_STYLES

# Top-up sentences: prose and letters share SHARED, logs SHARED_LINES (inside the style's shape).
SHARED = (
    "The notes from {date} were read in full, including the entries made by {s1.jh}.",
    "{o4.full}, who was not involved in the care, was asked to read the draft and check it was fair.",
    "The family's account was taken down by {s2.full} and checked with {r.first} before it was added.",
    "A copy of the timeline was sent to {gp} so that the practice record matches ours.",
    "The incident was reported on <<Datix>> and graded as moderate harm after review at the weekly panel.",
    "Staff involved were offered a debrief with {o5.full} from the staff wellbeing service.",
    "Nothing in the record suggests that {p.first} was told about the change before it happened.",
    "The panel noted that similar incidents were raised with <<the CQC>> after an inspection in another area.",
    "The time of each entry was checked against the audit trail.",
    "{d.title} agreed that the plan written on {date} was not followed through on the next shift.",
    "The review team also spoke to {o4.full}, who had covered the shift from another area.",
    "The learning will go into the trust's quarterly safety report.",
    "A short summary in plain English will be sent to the family with the final report.",
    "The actions will be checked again in <<three months>> by {s2.title}.",
)
SHARED_LINES = (
    "entry checked by {s1.jh}",
    "no further concerns raised",
    "{o4.full} informed, no action needed",
    "plan discussed with {d.title}",
    "<<Datix>> updated",
    "family updated by {s2.first}",
    "record checked, no change",
    "{o5.full} asked to review in the morning",
    "observations stable, <<NEWS2 of 3>>",
    "nothing further to add from {s1.init}",
    "handover given to {s2.full}",
    "awaiting reply from {o4.full}",
    "reminder sent to {email}",
    "checked again, settled",
)


def alternatives() -> int:
    """How many template sentences the pack can draw on (styles and top-ups)."""
    total = sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
    return total + len(SHARED) + len(SHARED_LINES)


def _shared(style: Style) -> tuple[str, ...]:
    return SHARED_LINES if style.register == "lines" else SHARED


# ---------------------------------------------------------------------------------------------
# People in a case
# ---------------------------------------------------------------------------------------------


@dataclass
class _Person:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool = False
    honorific: str = "Mr"
    nick: str = ""
    kind: str = "other"

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def _parts(first: str, last: str, nick: str = "") -> set[str]:
    return {p for p in re.split(r"[\s-]+", _fold(f"{first} {last} {nick}").casefold()) if p}


def _listed(first: str, last: str) -> str:
    listed = listed_names()
    parts = [p for p in re.split(r"[\s-]+", f"{first} {last}") if p]
    return "listed" if all(p.casefold() in listed for p in parts) else "unlisted"


def _draw_name(
    rng: random.Random, sex: str, old: bool, child: bool, patient: bool = False
) -> tuple[str, str, str, str]:
    """(first, last, names, nick) from Faker (55%) or this pack's pools (45%)."""
    if rng.random() < 0.55:
        person = _new_person(rng, sex=sex)
        return person.first, person.last, person.names, ""
    roll = rng.random()
    nick = ""
    if (old and roll < 0.45) or (not child and roll < 0.12):
        first = rng.choice(OLD_NAMES[sex])
        nick = rng.choice(NICKNAMES.get(first, ("",)))
    elif (child and roll < 0.4) or (not patient and roll < 0.2):
        first = rng.choice(WORD_NAMES[sex] + HYPHENATED[sex])
    else:
        first = rng.choice(FIRST[sex])
    roll = rng.random()
    if roll < 0.1:
        last = rng.choice(PARTICLE_SURNAMES)
    elif roll < 0.2:
        a, b = rng.sample(SURNAMES, 2)
        last = f"{a}-{b}"
    else:
        last = rng.choice(SURNAMES)
    return first, last, _listed(first, last), nick


class _Case:
    """The facts one text is written from: its people, places, numbers, dates and times."""

    def __init__(self, rng: random.Random, style: Style, sentences: list[str]):
        self.rng = rng
        self.style = style
        self.used: set[str] = set()
        self.dots = rng.random() < 0.2
        self.has_record = rng.random() >= 0.12
        joined = "\n".join(sentences)
        hinted = {who: sex.upper() for who, sex in re.findall(r"\{(o\d)([fm])\.", joined)}
        self.people: dict[str, _Person] = {}
        sex = style.sex or rng.choice("FM")
        self.people["p"] = self._person(sex, "patient", old=style.old, child=style.child)
        rsex = rng.choice("FM")
        self.people["r"] = self._person(rsex, "relative")
        if style.child:
            self.rel = rng.choice(PARENTS[rsex])
        else:
            self.rel = rng.choice(RELATIONS[rsex])
        for who in ("s1", "s2"):
            self.people[who] = self._person(rng.choice("FM"), "staff")
        self.people["d"] = self._person(rng.choice("FM"), "doctor")
        for who in ("o1", "o2", "o3"):
            self.people[who] = self._person(hinted.get(who) or rng.choice("FM"), "other")
        # The record
        self.town_row = rng.choice(_TOWN_DATA)
        town, area, code, nation, stem, council, *_ = self.town_row
        self.town, self.area, self.code, self.nation = town, area, code, nation
        self.council = council
        self.nhs = nhs_number(rng)
        self.nhs_layout = rng.choice(("plain", "spaced", "dashed"))
        self.hosp = self._hospital_number()
        self.postcode = postcode(rng, area)
        self.flat = rng.randint(1, 24) if rng.random() < 0.2 else 0
        self.house = rng.randint(1, 140)
        self.street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        self.locality = rng.choice(LOCALITIES[town])
        self.addr_style = rng.choice(("commas", "commas", "commas", "caps", "plain"))
        self.pc_style = rng.choice(("one", "one", "one", "none", "two", "lower"))
        # Dates: the first event date, the birth date and the age at that date
        self.start = date(2024, 1, 8) + timedelta(days=rng.randint(0, 620))
        self.age, self.dob = self._age_and_birth()
        self.words_age = rng.random() < 0.15
        self.age_form = rng.randrange(9)
        # Places and bodies
        self.hospital = self._hospital_name(town, nation)
        other = rng.choice([row for row in _TOWN_DATA if row[3] == nation and row[0] != town])
        self.hospital2 = self._hospital_name(other[0], nation)
        self.trust = self._trust_name(stem, nation)
        self.trust_slug = _slug(stem)[:12] + rng.choice(("", "ft", "hospitals", "health"))
        wards = rng.sample(LIGHTHOUSES, 2)
        self.wards = [self._ward(w) for w in wards]
        self.home = f"{rng.choice(MINERALS)} {rng.choice(HOME_KINDS)}"
        self.gp = f"{rng.choice(GP_WORDS)} {rng.choice(GP_KINDS)}"
        if rng.random() < 0.2:
            self.gp = f"The {self.gp}"
        self.prov = rng.choice(style.provider) if style.provider else ""
        self.refs = {
            "ref": self._shape(rng.choice(style.refs)),
            "ref2": self._shape(rng.choice(style.refs)),
        }
        self.phone = self._phone(landline=True)
        self.mob = self._phone(landline=False)
        self.email = self._team_email()
        self.url = self._url()
        self.addr2_value = self._other_address()
        mail = self.people[style.mail]
        self.email2 = self._personal_email(mail)
        self.time_form = rng.randrange(4)
        self.clock = rng.randint(6 * 60, 15 * 60) + rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
        self.known = self._known()

    # -- people ------------------------------------------------------------------------------

    def _person(self, sex: str, kind: str, *, old: bool = False, child: bool = False) -> _Person:
        rng = self.rng
        for _ in range(200):
            first, last, names, nick = _draw_name(rng, sex, old, child, kind == "patient")
            parts = _parts(first, last, nick)
            if any(len(p) < 2 or p in HONORIFIC_WORDS for p in parts):
                continue
            if parts & self.used or "." in first + last:
                continue
            if first.casefold() in _ONE_WORD_LOOKALIKES or last.casefold() in _ONE_WORD_LOOKALIKES:
                continue
            break
        self.used |= parts
        person = _Person(first, last, sex, names, nick=nick, kind=kind)
        if kind == "doctor":
            person.honorific = "Dr"
        elif kind == "patient" and child:
            person.honorific = "Miss" if sex == "F" else "Master"
        elif sex == "F":
            person.honorific = rng.choice(
                ("Mrs", "Ms", "Miss") if kind == "patient" else ("Mrs", "Ms")
            )
        else:
            person.honorific = "Mr"
        return person

    def fresh(self, sex: str | None) -> _Person:
        return self._person(sex or self.rng.choice("FM"), "other")

    def _known(self) -> dict:
        if not self.has_record:
            return {}
        p = self.people["p"]
        names = [f"{p.honorific} {p.full}" if self.rng.random() < 0.4 else p.full]
        p.in_record = True
        for who, chance in (("r", 0.7), ("s1", 0.3), ("s2", 0.3), ("d", 0.3)):
            if self.rng.random() < chance:
                self.people[who].in_record = True
                names.append(self.people[who].full)
        flat = f"Flat {self.flat}, " if self.flat else ""
        address = f"{flat}{self.house} {self.street}, {self.locality}, {self.town}, {self.postcode}"
        return {
            "names": names,
            "nhs_number": self.nhs,
            "date_of_birth": self.dob.isoformat(),
            "hospital_number": self.hosp,
            "address": address,
        }

    # -- numbers, places ---------------------------------------------------------------------

    def _shape(self, shape: str) -> str:
        rng = self.rng
        out = []
        for ch in shape:
            if ch == "#":
                out.append(str(rng.randint(0, 9)))
            elif ch == "@":
                out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
            else:
                out.append(ch)
        return "".join(out)

    def _hospital_number(self) -> str:
        form = self.rng.choice(HOSP_FORMS)
        return self._shape(form.replace("9", "#").replace("A", "@"))

    def _age_and_birth(self) -> tuple[int, date]:
        rng, style = self.rng, self.style
        if style.child:
            target = rng.randint(1, 15)
        elif style.ages:
            target = rng.randint(*style.ages)
        elif rng.random() < (0.7 if style.old else 0.25):
            target = rng.randint(90, 104)
        else:
            target = rng.randint(60, 89) if style.old else rng.randint(19, 89)
        born = self.start - timedelta(days=int(target * 365.25) + rng.randint(5, 350))
        age = (
            self.start.year
            - born.year
            - ((self.start.month, self.start.day) < (born.month, born.day))
        )
        return age, born

    def _hospital_name(self, town: str, nation: str) -> str:
        forms = {
            "E": ("{t} General Hospital", "{t} Community Hospital", "{t} District Hospital",
                  "Royal {t} Hospital"),
            "S": ("{t} Infirmary", "{t} Community Hospital", "{t} General Hospital"),
            "W": ("{t} General Hospital", "{t} Community Hospital"),
            "N": ("{t} Area Hospital", "{t} Community Hospital"),
        }  # fmt: skip
        return self.rng.choice(forms[nation]).format(t=town)

    def _trust_name(self, stem: str, nation: str) -> str:
        forms = {
            "E": ("{s} NHS Foundation Trust", "{s} Hospitals NHS Trust",
                  "{s} NHS Foundation Trust"),
            "S": ("NHS {s}",),
            "W": ("{s} University Health Board",),
            "N": ("{s} Health and Social Care Trust",),
        }  # fmt: skip
        return self.rng.choice(forms[nation]).format(s=stem)

    def _ward(self, name: str) -> str:
        return self.rng.choice(("{n} Ward", "{n} Ward", "Ward {n}", "{n} Unit", "{n} ward")).format(
            n=name
        )

    def _phone(self, *, landline: bool) -> str:
        rng = self.rng
        if landline:
            ext = ""
            if rng.random() < 0.15:
                ext = rng.choice((" ext ", " x")) + f"{rng.randint(1000, 9999)}"
            if self.code == "028":
                local = f"{_NI_LOCAL[self.town]}{rng.randint(10, 99)} {rng.randint(0, 9999):04d}"
                number = rng.choice(
                    (f"028 {local}", f"(028) {local}", f"028 {local.replace(' ', '')}",
                     f"+44 28 {local}", f"+44 (0)28 {local}")
                )  # fmt: skip
            else:
                code = self.code
                local = f"{rng.randint(2, 8)}{rng.randint(0, 99999):05d}"
                number = rng.choice(
                    (f"{code} {local}", f"{code}{local}", f"({code}) {local}", f"{code}-{local}",
                     f"+44 {code[1:]} {local}", f"+44 (0){code[1:]} {local}",
                     f"{code} {local[:3]} {local[3:]}", f"{code} {local[:2]} {local[2:4]} {local[4:]}")
                )  # fmt: skip
            return number + ext
        body = f"7{rng.choice('4579')}{rng.randint(0, 99):02d}{rng.randint(0, 999999):06d}"
        return rng.choice(
            (f"0{body[:4]} {body[4:]}", f"0{body}", f"0{body[:4]}-{body[4:7]}-{body[7:]}",
             f"0{body[:4]} {body[4:7]} {body[7:]}", f"0{body[:3]} {body[3:6]} {body[6:]}",
             f"+44 {body[:4]} {body[4:]}", f"+44{body}", f"+44 (0){body[:4]} {body[4:]}", f"(0{body[:4]}) {body[4:]}")
        )  # fmt: skip

    def _team_email(self) -> str:
        box = self.rng.choice(("patientsafety", "pals", "complaints", "safeguarding",
                               "incidents", "clinical.governance", "bereavement"))  # fmt: skip
        if self.rng.random() < 0.5:
            return f"{self.trust_slug}.{box}@nhs.net"
        return f"{box}@{self.trust_slug}.nhs.uk"

    def _url(self) -> str:
        rng = self.rng
        slug = self.trust_slug
        return rng.choice(
            (f"https://www.{slug}.nhs.uk/learning-from-incidents",
             f"https://www.{slug}.nhs.uk/patients/feedback",
             f"https://forms.office.com/r/{self._shape('@#@@#@@#@#')}",
             f"intranet.{slug}.nhs.uk/safety/bulletin-{rng.randint(10, 99)}",
             f"www.{slug}.nhs.uk/safety-learning")
        )  # fmt: skip

    def _personal_email(self, person: _Person) -> str:
        rng = self.rng
        first, last = _slug(person.first), _slug(person.last)
        domain = rng.choice(("gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk",
                             "hotmail.co.uk", "icloud.com"))  # fmt: skip
        local = rng.choice(
            (f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first}{rng.randint(1, 99)}",
             f"{first}{last[:3]}{rng.randint(50, 99)}", f"{first}_{last}")
        )  # fmt: skip
        return f"{local}@{domain}"

    def _other_address(self) -> str:
        rng = self.rng
        house = rng.randint(1, 140)
        while house == self.house:
            house = rng.randint(1, 140)
        street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        return f"{house} {street}, {rng.choice(LOCALITIES[self.town])}, {self.town}"

    # -- values written in -------------------------------------------------------------------

    def nhs_text(self) -> str:
        n = self.nhs
        if self.nhs_layout == "spaced":
            return f"{n[:3]} {n[3:6]} {n[6:]}"
        if self.nhs_layout == "dashed":
            return f"{n[:3]}-{n[3:6]}-{n[6:]}"
        return n

    def address_pieces(self, block: bool) -> list[tuple[str, str | None]]:
        flat = f"Flat {self.flat}, " if self.flat else ""
        pc = self.postcode
        if self.pc_style == "none":
            pc = pc.replace(" ", "")
        elif self.pc_style == "two":
            pc = pc.replace(" ", "  ")
        elif self.pc_style == "lower":
            pc = pc.lower()
        if block:
            line1 = (
                f"{flat.rstrip(' ')} {self.house} {self.street}"
                if flat
                else f"{self.house} {self.street}"
            )
            return [
                (f"{line1}\n{self.locality}\n{self.town}", "ADDRESS"),
                ("\n", None),
                (pc, "POSTCODE"),
            ]
        if self.addr_style == "caps":
            text = f"{flat.replace(',', '')}{self.house} {self.street} {self.locality} {self.town}".upper()
            return [(text, "ADDRESS"), (" ", None), (pc.upper(), "POSTCODE")]
        if self.addr_style == "plain":
            text = f"{flat.replace(',', '')}{self.house} {self.street} {self.locality} {self.town}"
            return [(text, "ADDRESS"), (" ", None), (pc, "POSTCODE")]
        return [(f"{flat}{self.house} {self.street}, {self.locality}, {self.town}", "ADDRESS"),
                (", ", None), (pc, "POSTCODE")]  # fmt: skip

    def age_pieces(self) -> list[tuple[str, str | None]]:
        n = self.age
        label = "AGE" if n > 89 else "NEG"
        if self.words_age and not self.style.child:
            w = _words(n)
            form = self.age_form % 3
            if form == 0:
                return [("aged ", None), (w, label)]
            if form == 1:
                return [(w, label), (" years of age", None)]
            return [(w, label), (" years old", None)]
        shapes = (("aged ", ""), ("", "yo"), ("", " y/o"), ("", " years old"), ("age ", ""),
                  ("", "y"), ("", " yrs"), ("aged ", ""), ("", " years old"))  # fmt: skip
        before, after = shapes[self.age_form]
        return [(before, None), (str(n), label), (after, None)]

    def time_text(self, step: tuple[int, int]) -> str:
        self.clock += self.rng.randint(*step)
        minutes = self.clock % (24 * 60)
        h, m = divmod(minutes, 60)
        if self.time_form == 0:
            return f"{h:02d}:{m:02d}"
        if self.time_form == 1:
            return f"{h:02d}{m:02d}hrs"
        if self.time_form == 2:
            suffix = "am" if h < 12 else "pm"
            return f"{(h - 1) % 12 + 1}.{m:02d}{suffix}"
        return f"{h:02d}.{m:02d}"


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------

_YEAR_FORMS = (
    "dmy", "dmy1", "dmy2", "dot4", "dot2", "iso", "dash", "long", "ordlong", "compact", "capsp",
    "dashmon", "us", "wdslash", "wdlong", "abbr", "abbr2", "wdabbr", "ordabbr",
)  # fmt: skip
_SHORT_FORMS = ("wdord", "wdthe", "wdsl", "theof", "ordm", "dm", "dmsl", "wddm")
_LOG_FORMS = ("dmy", "dmy1", "dmy2", "dot4", "iso", "dash", "compact", "capsp", "dashmon",
              "abbr", "abbr2", "ordabbr", "long")  # fmt: skip


def _date_text(day: date, form: str) -> str:
    d, m, y = day.day, day.month, day.year
    wd, wda = _DAYS[day.weekday()], _DAYS[day.weekday()][:3]
    month, abbr = MONTHS[m - 1], _ABBR[m - 1]
    table = {
        "dmy": f"{d:02d}/{m:02d}/{y}", "dmy1": f"{d}/{m}/{y}", "dmy2": f"{d:02d}/{m:02d}/{y % 100:02d}",
        "dot4": f"{d:02d}.{m:02d}.{y}", "dot2": f"{d}.{m}.{y % 100:02d}", "iso": day.isoformat(),
        "dash": f"{d:02d}-{m:02d}-{y}", "long": f"{d} {month} {y}", "ordlong": f"{ordinal(d)} {month} {y}",
        "compact": f"{d:02d}{abbr.upper()}{y}", "capsp": f"{d} {abbr.upper()} {y}",
        "dashmon": f"{d}-{abbr}-{y}", "us": f"{month} {d}, {y}", "wdslash": f"{wda} {d:02d}/{m:02d}/{y}",
        "wdlong": f"{wd} {ordinal(d)} {month} {y}", "abbr": f"{d} {abbr} {y}",
        "abbr2": f"{d:02d} {abbr} {y % 100:02d}", "wdabbr": f"{wda} {d} {abbr} {y}",
        "ordabbr": f"{ordinal(d)} {abbr} {y}",
        "wdord": f"{wda} {ordinal(d)} {abbr}", "wdthe": f"{wd} the {ordinal(d)}",
        "wdsl": f"{wda} {d}/{m}", "theof": f"the {ordinal(d)} of {month}", "ordm": f"{ordinal(d)} {month}",
        "dm": f"{d} {month}", "dmsl": f"{d:02d}/{m:02d}", "wddm": f"{wd} {d} {month}",
    }  # fmt: skip
    return table[form]


# ---------------------------------------------------------------------------------------------
# Writing one text
# ---------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\{(\w+?)([fm]?)\.(\w+)\}|\{(\w+)\}|<<(.+?)>>")


def _estimate(sentence: str) -> int:
    return len(re.sub(r"<<|>>", "", sentence).split()) + sentence.count("{addr") * 4


def _plan(rng: random.Random, style: Style) -> list[str]:
    letter = style.register == "letter"
    target = int(min(max(rng.gauss(270, 30) if letter else rng.gauss(305, 35), 225 if letter else 235),
                     330 if letter else 370))  # fmt: skip
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
    while words < target and shared:
        line = shared.pop()
        if style.register == "lines":
            line = style.topup.replace("{text}", line)
        body.append(line)
        words += _estimate(line)
    return [header, *body, ending]


class _Writer:
    def __init__(self, case: _Case):
        self.case = case
        self.text: list[str] = []
        self.length = 0
        self.gold: list[GoldSpan] = []
        self.negatives: list[tuple[int, int]] = []
        self.skip_dot = False

    def add(self, piece: str, label: str | None = None, person: _Person | None = None) -> None:
        if self.skip_dot and piece.startswith("."):
            piece = piece[1:]
        self.skip_dot = False
        if not piece:
            return
        start = self.length
        self.text.append(piece)
        self.length += len(piece)
        if label == "NEG":
            self.negatives.append((start, self.length))
        elif label == "PERSON":
            self.gold.append(GoldSpan(start, self.length, "PERSON", person.names, person.in_record))
        elif label:
            self.gold.append(GoldSpan(start, self.length, label))


class _Composer:
    def __init__(self, rng: random.Random, style: Style, plan: list[str]):
        self.rng = rng
        self.style = style
        self.case = _Case(rng, style, plan)
        self.plan = plan
        letter = style.register == "letter"
        log = style.register == "lines"
        dates = sum(len(re.findall(r"\{date\}", s)) for s in plan)
        step = (0, 7) if letter else (0, 5)
        days = [self.case.start]
        for _ in range(max(dates - 1, 0)):
            if log:
                days.append(days[-1] + timedelta(days=1 if rng.random() < 0.2 else 0))
            else:
                days.append(days[-1] + timedelta(days=rng.randint(*step)))
        self.days = iter(days)
        self.ldate = days[-1] + timedelta(days=rng.randint(2, 21))
        csv = "," in style.topup and style.topup.startswith("{date}")
        self.fixed = rng.choice(_LOG_FORMS) if csv or (log and rng.random() < 0.7) else None
        self.time_step = (3, 25) if log else (5, 90)

    def date_form(self, with_year: bool) -> str:
        if self.fixed:
            return self.fixed
        if self.style.register == "lines":
            return self.rng.choice(tuple(f for f in _YEAR_FORMS if f != "us"))
        if with_year or self.rng.random() < 0.6:
            return self.rng.choice(_YEAR_FORMS)
        return self.rng.choice(_SHORT_FORMS)

    def person_text(self, p: _Person, form: str, w: _Writer) -> None:
        rng, case = self.rng, self.case
        hon = p.honorific + ("." if case.dots else "")
        if form == "full":
            roll = rng.random()
            if roll < 0.08:
                form = "upper"
            elif roll < 0.13:
                form = "lower"
            elif roll < 0.20:
                form = "caps"
            elif roll < 0.27:
                form = "jh"
        if form == "first" and p.nick and rng.random() < 0.5:
            form = "nick"
        if form in ("init", "initd"):
            letters = p.first[0] + "".join(c for c in p.last.split()[-1][:1] if c.isalpha()).upper()
            if letters.upper() in CLINICAL_INITIALS or not letters.isupper() or len(letters) < 2:
                form = "jh"
            elif form == "init":
                w.add(letters, "PERSON", p)
                return
            else:
                w.add("".join(f"{c}." for c in letters), "PERSON", p)
                w.skip_dot = True
                return
        value = {
            "full": p.full,
            "first": p.first,
            "last": p.last,
            "title": f"{hon} {p.last}",
            "tfull": f"{hon} {p.full}",
            "caps": f"{p.last.upper()}, {p.first}",
            "upper": p.full.upper(),
            "lower": p.full.lower(),
            "lfirst": p.first.lower(),
            "nick": p.nick or p.first,
            "jh": f"{p.first[0]}{rng.choice(('.', ''))} {p.last}",
        }.get(form)
        if form == "poss":
            value = rng.choice((p.full, f"{hon} {p.last}", p.first))
            w.add(value, "PERSON", p)
            w.add("'s")
            return
        if form == "email":
            local = f"{_slug(p.first)}.{_slug(p.last)}"
            if rng.random() < 0.3:
                local += str(rng.randint(2, 9))
            w.add(f"{local}@nhs.net", "EMAIL")
            return
        w.add(value, "PERSON", p)

    def slot(self, name: str, w: _Writer) -> None:
        case, rng = self.case, self.rng
        if name == "date":
            day = next(self.days)
            w.add(_date_text(day, self.date_form(False)), "DATE")
        elif name == "ldate":
            w.add(
                _date_text(self.ldate, self.date_form(True) if not self.fixed else self.fixed),
                "DATE",
            )
        elif name == "dob":
            form = self.fixed or rng.choice(
                ("dmy", "dmy1", "dot4", "iso", "long", "abbr", "compact")
            )
            w.add(_date_text(case.dob, form), "DATE")
        elif name == "age":
            for text, label in case.age_pieces():
                w.add(text, label)
        elif name == "nhs":
            w.add(case.nhs_text(), "NHS_NUMBER")
        elif name == "hosp":
            w.add(case.hosp, "HOSPITAL_NUMBER")
        elif name in ("addr", "addrb"):
            for text, label in case.address_pieces(block=name == "addrb"):
                w.add(text, label)
        elif name == "addr2":
            w.add(case.addr2_value, "ADDRESS")
        elif name == "ward":
            w.add(case.wards[0], "LOCATION")
        elif name == "ward2":
            w.add(case.wards[1], "LOCATION")
        elif name == "home":
            w.add(case.home, "LOCATION")
        elif name == "street":
            w.add(f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}", "LOCATION")
        elif name in ("hospital", "hospital2", "trust", "gp", "council", "prov"):
            w.add(getattr(case, name), "ORGANISATION")
        elif name in ("ref", "ref2"):
            w.add(case.refs[name], "ID")
        elif name in ("phone", "mob"):
            w.add(getattr(case, name), "PHONE")
        elif name in ("email", "email2"):
            w.add(getattr(case, name), "EMAIL")
        elif name == "url":
            w.add(case.url, "URL")
        elif name == "rel":
            w.add(case.rel)
        elif name == "prel":
            w.add(self.patient_relation())
        elif name == "time":
            w.add(case.time_text(self.time_step))
        else:  # pragma: no cover - a template error
            raise KeyError(name)

    def patient_relation(self) -> str:
        rel, sex = self.case.rel, self.case.people["p"].sex
        pairs = {
            "daughter": ("mother", "father"), "son": ("mother", "father"),
            "wife": ("wife", "husband"), "husband": ("wife", "husband"),
            "partner": ("partner", "partner"), "sister": ("sister", "brother"),
            "brother": ("sister", "brother"), "niece": ("aunt", "uncle"),
            "nephew": ("aunt", "uncle"), "granddaughter": ("grandmother", "grandfather"),
            "grandson": ("grandmother", "grandfather"),
            "daughter-in-law": ("mother-in-law", "father-in-law"),
            "son-in-law": ("mother-in-law", "father-in-law"),
            "mother": ("daughter", "son"), "mum": ("daughter", "son"),
            "father": ("daughter", "son"), "dad": ("daughter", "son"),
        }  # fmt: skip
        return pairs[rel][0 if sex == "F" else 1]

    def sentence(self, template: str, w: _Writer) -> None:
        position = 0
        for match in _TOKEN.finditer(template):
            w.add(template[position : match.start()])
            who, sex, form, slot, term = match.groups()
            if who:
                if who in ("o4", "o5"):
                    person = self.case.fresh(sex.upper() or None)
                else:
                    person = self.case.people[who]
                self.person_text(person, form, w)
            elif slot:
                self.slot(slot, w)
            else:
                w.add(term, "NEG")
            position = match.end()
        w.add(template[position:])

    def write(self) -> _Writer:
        w = _Writer(self.case)
        register = self.style.register
        plan = self.plan
        header, body, ending = plan[0], plan[1:-1], plan[-1]
        self.sentence(header, w)
        if register == "lines":
            for line in body:
                w.add("\n")
                self.sentence(line, w)
            w.add("\n")
        else:
            w.add("\n\n")
            size = 3 if register == "letter" else self.rng.randint(3, 5)
            for index, line in enumerate(body):
                if index and index % size == 0:
                    w.add("\n\n")
                    if register == "prose":
                        size = self.rng.randint(3, 5)
                elif index:
                    w.add(" ")
                self.sentence(line, w)
            w.add("\n\n")
        self.sentence(ending, w)
        return w


def _build(rng: random.Random, style: Style, number: int) -> tuple[Example, list[tuple[int, int]]]:
    while True:
        plan = _plan(rng, style)
        composer = _Composer(rng, style, plan)
        w = composer.write()
        text = "".join(w.text)
        if LOW_WORDS <= len(text.split()) <= HIGH_WORDS:
            break
    example = Example(
        id=f"{PREFIX}-{number:06d}",
        text=text,
        known=composer.case.known,
        gold=tuple(sorted(w.gold, key=lambda s: s.start)),
        kind=style.name,
    )
    return example, sorted(w.negatives)


def example(rng: random.Random, number: int) -> Example:
    return _build(rng, rng.choice(STYLES), number)[0]


def _deck(count: int, seed: int) -> Iterator[tuple[Example, list[tuple[int, int]]]]:
    rng = random.Random(f"{PREFIX}:{seed}")
    number = 0
    while number < count:
        deck = list(STYLES)
        rng.shuffle(deck)
        for style in deck:
            if number >= count:
                return
            number += 1
            yield _build(rng, style, number)


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    for built, _ in _deck(count, seed):
        yield built


def generate_with_negatives(
    count: int, seed: int = 1
) -> Iterator[tuple[Example, list[tuple[int, int]]]]:
    yield from _deck(count, seed)
