"""A second development pack for de-identification: other writers, other places, other habits.

Status: written blind (without reading the engine) and scored once as held out, on 2026-11-26;
the engine was then improved by reading its misses, so it is a development pack now, like
``evaluation``. The blind pack whose figures are quoted is ``evaluation_blind``.

``evaluation.generate`` is the yardstick the engine was tuned against, so its templates and
vocabularies (streets, wards, care homes, phrasing) may have leaked into the engine's word lists
and rules. This pack was written afterwards by someone who had not read the engine, and frozen
before any score was seen: its figures say how the engine does on text it was not fitted to.

It shares the infrastructure of ``evaluation`` (``Example``, ``GoldSpan``, the Faker name pools
with their listed/unlisted split, NHS numbers, postcodes, the scorer) so the two score alike, and
brings everything else itself: its own towns, streets, wards, care homes, hospitals, trusts, GP
practices, hospices, care agencies, schools, police and council references, reference-number and
hospital-number styles, and eight kinds of document written the way NHS staff write them:
Datix-style incident reports, nursing notes, structured judgement reviews, after action reviews,
complaint letters and responses, statements for the coroner, discharge letters and safeguarding
notes. Staff appear as "SN Jones", "Dr. A. Khan (ST4)", "the FY1 (Tom)", "Mr Hughes, consultant
orthopaedic surgeon", first names alone in nursing notes, lower case in a hurry ("pt's daughter
sarah rang"), surnames in capitals and in the "SURNAME, Firstname" style of patient lists, with
O'Neill and Smith-Jones among them.

What a gold span covers (the conventions of ``evaluation``, made explicit where this pack adds
forms):

- ``PERSON``: the name as written, with an honorific before it (Mr, Mrs., Ms, Miss, Dr, Dr.)
  inside the span; role words and grades ("SN", "Sister", "the FY1", "(ST4)", "HCA"), a
  possessive "'s" and a following relation ("(daughter)") lie outside. "BRADSHAW, Edith" is one
  span. A first name or nickname alone ("Bev", "tom") is gold, in any case. A span is tagged
  ``names: "listed"`` when every word of the name (split at spaces and hyphens; "O'Neill" is one
  word) is in the name lists the engine ships (``evaluation.listed_names()``), else
  ``"unlisted"``; ``in_record`` says whether the person is in ``known``.
- ``DATE``: any date precise to the day, with or without a year, as written: "4th March 2024",
  "4 March", "04/03", "4/3/24", "04.03.2024", "Tues 4th", "the 4th", "DOB 3.4.31" (the date only),
  "04-Mar-2024". A month with its year ("March 2024", "mid-March 2024") is gold too, the whole
  phrase. Not gold: a month or season alone ("in March", "mid-March", "last winter"), a year
  alone ("in 2023"), a weekday alone ("on Tuesday"), relative times ("overnight", "day 3
  post-op", "3/7 ago") and clock times.
- ``AGE``: only the number, only over 89 ("aged 94", "94yo", "94 y/o", "a 94-year-old",
  "(94)", "94F"). Ages of 89 and under are never gold; "in her nineties" is not gold (a decade).
- ``NHS_NUMBER``, ``HOSPITAL_NUMBER``, ``PHONE``, ``EMAIL``, ``URL``: the value only, not its
  label ("NHS no.", "MRN:", "tel"). Bleeps and internal extensions are not gold.
- ``ADDRESS``: from the flat or house number (or house name) to the town, as one line with or
  without commas; the postcode that follows is its own ``POSTCODE`` span.
- ``ID``: the value of a reference (Datix, InPhase, StEIS, PALS, complaint, police crime and
  log references, MASH, social care system IDs, coroner's and LeDeR references), not its name.
- ``LOCATION``: a named ward or unit ("Larkspur Ward", "the Calder Unit"), a care home, a street
  named on its own. Numbered wards ("Ward 23"), bays, beds, side rooms, theatres, departments
  (A&E, ITU, Resus, SDEC) and towns are not gold.
- ``ORGANISATION``: hospitals, trusts (and their initials), GP practices, hospices, care agencies,
  schools, police forces, councils and their social care departments, ambulance services.
  National bodies (the CQC, HM Coroner, NHS England, the ICB) are not gold.

Everything clinical that looks like a name, a date or a number is written in and never gold:
eponyms (Colles' fracture, Murphy's sign, Cheyne-Stokes breathing), brand-name drugs (Clexane,
Keppra, Lixiana), scores (4AT, qSOFA, Rockall, NEWS2 6), devices (PICC line, Bair Hugger, Alaris
pump), doses, bleeps, times, bay and bed numbers.

``generate(count, seed)`` gives the same narratives for the same seed.
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
    MAX_WORDS,
    MIN_WORDS,
    Example,
    Found,
    GoldSpan,
    _new_person,
    listed_names,
    nhs_number,
    ordinal,
    postcode,
    score,
)

__all__ = [
    "DIRECT_IDENTIFIERS",
    "LABELS",
    "MAX_WORDS",
    "MIN_WORDS",
    "STYLES",
    "Example",
    "Found",
    "GoldSpan",
    "example",
    "generate",
    "score",
]

Piece = tuple[str, str | None, dict | None]


def _plain(text: str) -> list[Piece]:
    return [(text, None, None)]


def _gold(text: str, label: str) -> list[Piece]:
    return [(text, label, None)]


# ---------------------------------------------------------------------------------------------
# Places and organisations (this pack's own)
# ---------------------------------------------------------------------------------------------

# Town, postcode area, the county or district a trust or council takes its name from.
TOWNS = (
    ("Barnsley", "S", "Barnsley"), ("Rotherham", "S", "South Yorkshire"),
    ("Rochdale", "OL", "Rochdale"), ("Oldham", "OL", "Pennine"), ("Burnley", "BB", "East Lancashire"),
    ("Kendal", "LA", "Westmorland"), ("Scunthorpe", "DN", "North Lincolnshire"),
    ("Grimsby", "DN", "North East Lincolnshire"), ("Mansfield", "NG", "Sherwood"),
    ("Chesterfield", "S", "North Derbyshire"), ("Kettering", "NN", "North Northamptonshire"),
    ("Bedford", "MK", "Bedfordshire"), ("Stevenage", "SG", "Hertfordshire"),
    ("Watford", "WD", "West Hertfordshire"), ("Slough", "SL", "East Berkshire"),
    ("Basingstoke", "RG", "North Hampshire"), ("Crawley", "RH", "West Sussex"),
    ("Hastings", "TN", "East Sussex"), ("Dartford", "DA", "North Kent"),
    ("Southend-on-Sea", "SS", "South Essex"), ("Chelmsford", "CM", "Mid Essex"),
    ("Yeovil", "BA", "South Somerset"), ("Barnstaple", "EX", "North Devon"),
    ("Telford", "TF", "Shropshire"), ("Walsall", "WS", "Walsall"), ("Dudley", "DY", "Black Country"),
    ("Wolverhampton", "WV", "Black Country"), ("Nuneaton", "CV", "North Warwickshire"),
    ("Wrexham", "LL", "North Wales"), ("Newport", "NP", "Gwent"), ("Gateshead", "NE", "Gateshead"),
    ("Hartlepool", "TS", "North Tees"), ("Scarborough", "YO", "North Yorkshire Coast"),
    ("Keighley", "BD", "Airedale"), ("Dewsbury", "WF", "Kirklees"), ("Boston", "PE", "Lincolnshire"),
    ("King's Lynn", "PE", "West Norfolk"), ("Lowestoft", "NR", "East Suffolk"),
    ("Bury St Edmunds", "IP", "West Suffolk"), ("Penrith", "CA", "Eden"),
    ("Barrow-in-Furness", "LA", "Furness"), ("Blackpool", "FY", "Fylde Coast"),
    ("Southport", "PR", "Sefton"), ("St Helens", "WA", "St Helens"), ("Crewe", "CW", "Mid Cheshire"),
    ("Macclesfield", "SK", "East Cheshire"), ("Harlow", "CM", "West Essex"),
    ("Enfield", "EN", "North Middlesex"), ("Croydon", "CR", "Croydon"), ("Bromley", "BR", "Bromley"),
    ("Kingston upon Thames", "KT", "Kingston"), ("Harrow", "HA", "North West London"),
    ("Romford", "RM", "Havering"), ("Uxbridge", "UB", "Hillingdon"),
)  # fmt: skip
LOCALITIES = (
    "Hoyland", "Wombwell", "Mexborough", "Heywood", "Failsworth", "Padiham", "Bottesford",
    "Cleethorpes", "Forest Town", "Brimington", "Desborough", "Kempston", "Shephall", "Garston",
    "Cippenham", "Popley", "Broadfield", "Ore", "Swanscombe", "Leigh-on-Sea", "Great Baddow",
    "Hendford", "Pilton", "Madeley", "Bloxwich", "Sedgley", "Bilston", "Bedworth",
    "Rhosddu", "Maindee", "Felling", "Seaton Carew", "Eastfield", "Riddlesden", "Thornhill Lees",
    "Kirton", "Gaywood", "Oulton Broad", "Moreton Hall", "Eamont", "Walney", "Bispham",
    "Birkdale", "Parr", "Wistaston", "Tytherington", "Old Harlow", "Ponders End", "Thornton Heath",
    "Orpington", "Surbiton", "Wealdstone", "Collier Row", "Hillingdon Heath",
)  # fmt: skip
STREET_WORDS = (
    "Cobden", "Peel", "Raglan", "Inkerman", "Balaclava", "Wellington", "Marlborough", "Hartington",
    "Devonshire", "Cavendish", "Portland", "Lowther", "Harewood", "Sandringham", "Balmoral",
    "Osborne", "Thornfield", "Ravenscroft", "Whinmoor", "Gorsey", "Heather", "Bracken", "Foxglove",
    "Thrush", "Pennine", "Moorside", "Intake", "Lidgett", "Carr", "Sunnybank", "Blenheim",
    "Tolkien", "Chatsworth", "Bankfield", "Netherfield", "Greenhow", "Stonegate", "Tanhouse",
    "Ropewalk", "Foundry", "Tithe Barn", "Pinfold", "Coppice", "Hebden", "Wharfedale", "Malvern",
    "Shakespeare", "Milton", "Keats", "Dickens", "Brindley", "Gaskell", "Kitchener", "Beatty",
)  # fmt: skip
STREET_KINDS = (
    ("Road", 14), ("Rd", 8), ("Street", 12), ("St", 5), ("Avenue", 7), ("Ave", 3), ("Lane", 7),
    ("Close", 6), ("Crescent", 4), ("Cres", 1), ("Terrace", 4), ("Way", 3), ("Row", 2),
    ("Fold", 2), ("Croft", 2), ("Garth", 1), ("Chase", 1), ("Parade", 1), ("Bank", 1),
    ("Brow", 1), ("Gardens", 2), ("Grove", 2), ("Walk", 1),
)  # fmt: skip
HOUSE_NAMES = ("Rose Cottage", "The Old Forge", "Holly Bank", "Fernside", "2 Mill Cottages")
ESTATE_BLOCKS = (
    "Bronte House",
    "Priestley Court",
    "Attlee House",
    "Keir Hardie Court",
    "Lowry House",
)

WARD_WORDS = (
    "Larkspur", "Campion", "Cowslip", "Teasel", "Bramble", "Harebell", "Speedwell", "Sorrel",
    "Thistle", "Kingcup", "Marigold", "Celandine", "Calder", "Aire", "Wharfe", "Derwent", "Tamar",
    "Ribble", "Pendle", "Langdale", "Borrowdale", "Ennerdale", "Brunel", "Stephenson", "Wilberforce",
    "Priestley", "Bevan", "Attlee", "Darwin", "Hepworth", "Lowry", "Elgar", "Mulberry", "Hawthorne",
)  # fmt: skip
WARD_KINDS = (("Ward", 10), ("ward", 3), ("Unit", 3), ("Wing", 1))
CARE_HOME_WORDS = (
    "Abbotsford", "Ashlea", "Quince Tree", "Daisy Bank", "Elmhurst", "Fieldhouse", "Glenholme",
    "Hazeldene", "Heatherlea", "Kingsmead", "Lark Rise", "Moorview", "Norwood", "Pinewood",
    "Ravensworth", "Sandholme", "Thornleigh", "Valley View", "Westcliffe", "Whitegates",
    "Yew Tree", "Bankhouse", "Hollins Grange", "Kirkby Lea", "Silverdale", "Bramblewood",
)  # fmt: skip
CARE_HOME_KINDS = (
    ("Care Home", 8), ("Nursing Home", 5), ("House", 3), ("Lodge", 3), ("Court", 2),
    ("Residential Home", 2), ("Care Centre", 2), ("Manor", 1),
)  # fmt: skip
THE_HOMES = ("The Beeches", "The Hollies", "The Limes", "The Elms", "The Poplars", "The Grange")
SAINTS = (
    "Oswald's", "Cuthbert's", "Aidan's", "Wilfrid's", "Chad's", "Hilda's", "Catherine's",
    "Michael's", "Bede's", "Gemma's", "Barnabas", "Columba's",
)  # fmt: skip
HOSPITAL_FORMS = (
    "{town} Victoria Hospital", "{town} District Hospital", "{town} Memorial Hospital",
    "{county} Royal Hospital", "St {saint} Hospital", "{town} General", "{town} Infirmary",
    "Royal {county} Infirmary", "{town} Hospital", "{town} Community Hospital",
)  # fmt: skip
TRUST_FORMS = (
    "{town} and District NHS Foundation Trust", "{county} Hospitals NHS Foundation Trust",
    "{county} Care Partnership NHS Trust", "{town} Health and Care NHS Foundation Trust",
    "{county} Acute Hospitals NHS Trust", "{county} Integrated Care NHS Foundation Trust",
    "{town} University Hospitals NHS Trust", "{county} Mental Health and Wellbeing NHS Trust",
)  # fmt: skip
GP_WORDS = (
    "Castlegate", "Moorgate", "Northgate", "Beacon", "Brookvale", "Lowfield", "Marsden",
    "Oakenshaw", "Ravenswood", "Salters", "Stonebridge", "Thornton", "Wellspring", "Whitehall",
    "Netherton", "Kirkgate",
)  # fmt: skip
GP_FORMS = (
    "{word} Surgery", "{word} Medical Group", "The {word} Practice", "{word} Health Centre",
    "{word} Primary Care Centre", "{word} Lane Surgery", "Dr {surname} & Partners",
    "{word} Road Medical Practice",
)  # fmt: skip
HOSPICE_FORMS = (
    "St {saint} Hospice",
    "{word} Hospice",
    "{river} Valley Hospice",
    "{word} House Hospice",
)
RIVERS = (
    "Calder",
    "Don",
    "Dearne",
    "Trent",
    "Ouse",
    "Tees",
    "Wear",
    "Lune",
    "Eden",
    "Stour",
    "Avon",
)
AGENCY_WORDS = (
    "Anchor", "Compass", "Harmony", "Kindred", "Lighthouse", "Northern Star", "Radiant",
    "Steady Steps", "Tender Touch", "Unity", "Bright Days", "Daybreak", "Haven", "Willowbrook",
)  # fmt: skip
AGENCY_KINDS = (
    "Care Ltd", "Homecare", "Care at Home", "Support Ltd", "Domiciliary Services",
    "Community Care", "Homecare Services Ltd",
)  # fmt: skip
SCHOOL_FORMS = (
    "{word} Primary School", "{word} Academy", "St {saint} RC High School", "{word} Community College",
    "{word} Infant School", "{word} Junior and Infant School",
)  # fmt: skip
AMBULANCE_SERVICES = (
    "North East Ambulance Service", "East of England Ambulance Service",
    "South East Coast Ambulance Service", "Welsh Ambulance Service", "NEAS", "EEAST", "SECAmb",
    "WAST",
)  # fmt: skip
NATIONAL_BODIES = (
    "the CQC", "HM Coroner", "NHS England", "the ICB", "the Local Government Ombudsman",
    "the PHSO", "the GMC", "the NMC",
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Clinical words that must be kept (never gold)
# ---------------------------------------------------------------------------------------------

EPONYMS = (
    "a Colles' fracture", "a Baker's cyst", "Meckel's diverticulum", "Stevens-Johnson syndrome",
    "Cheyne-Stokes breathing", "Kussmaul breathing", "a Mallory-Weiss tear", "Charcot foot",
    "Todd's paresis", "Stokes-Adams attacks", "Horner's syndrome", "Fournier's gangrene",
    "Ludwig's angina", "Takotsubo cardiomyopathy", "a positive Murphy's sign", "Parkinson's",
    "Alzheimer's", "Crohn's", "a Hartmann's procedure", "a Whipple's procedure",
    "a Pfannenstiel incision", "a Roux-en-Y bypass", "Dupuytren's", "Bell's palsy",
    "Guillain-Barre", "Lewy body dementia", "a Garden III fracture", "a Weber B ankle fracture",
    "Korsakoff's", "Addison's",
)  # fmt: skip
CONDITIONS = (
    "T2DM", "AF", "COPD", "CKD 3b", "LVF", "IHD", "HTN", "vascular dementia", "frailty", "CVA",
    "TIA", "osteoarthritis", "hypothyroidism", "PVD", "epilepsy", "depression", "a learning disability",
    "alcohol excess", "recurrent UTIs", "macular degeneration", "a previous NOF",
)  # fmt: skip
DRUGS = (
    ("Clexane", "40mg SC OD"), ("Lixiana", "30mg OD"), ("Eliquis", "2.5mg BD"),
    ("Xarelto", "15mg OD"), ("Keppra", "500mg BD"), ("Epilim", "200mg TDS"),
    ("Tegretol", "100mg BD"), ("Sinemet CR", "12.5/50 QDS"), ("Madopar", "62.5mg QDS"),
    ("Zomorph", "10mg BD"), ("Oramorph", "2.5mg PRN"), ("Butec patch", "5 micrograms/hr"),
    ("fentanyl patch", "12 micrograms/hr"), ("Lasix", "40mg IV"), ("Augmentin", "1.2g IV TDS"),
    ("Pabrinex", "2 pairs TDS"), ("meropenem", "1g TDS"), ("teicoplanin", "400mg"),
    ("Lantus", "18 units"), ("Humalog", "6 units"), ("Novomix 30", "24 units"),
    ("Levemir", "14 units"), ("midazolam", "2.5mg SC"), ("haloperidol", "500 micrograms"),
    ("amiodarone", "300mg"), ("Sando-K", "2 tabs TDS"), ("Movicol", "1 sachet BD"),
    ("Fortisip", "1 bottle BD"), ("Adcal-D3", "1 tab BD"), ("cyclizine", "50mg"),
    ("gentamicin", "5mg/kg"), ("methotrexate", "10mg weekly"), ("digoxin", "62.5 micrograms"),
)  # fmt: skip
SCORES = (
    "4AT {s}", "AMTS {a}/10", "qSOFA {q}", "NEWS2 {n}", "NEWS {n}", "GCS {g}", "E3V4M6",
    "Rockall {r}", "Glasgow-Blatchford {r}", "CFS {c}", "Waterlow {w}", "MUST {q}", "MEOWS {q} triggers",
    "Abbey pain score {r}", "PEWS {q}", "CURB-65 {q}", "Wells {q}", "ASA {q}", "Morse {mo}",
)  # fmt: skip
DEVICES = (
    "a PICC line", "a Portacath", "a Bair Hugger", "an Alaris pump", "a Baxter pump", "Optiflow",
    "an Airvo", "a Ryles tube", "a Sengstaken tube", "a Zimmer frame", "a rotunda", "a Sara Stedy",
    "a Foley", "a Hickman line", "a Venflon", "an Entonox cylinder", "a Pinard", "a Dinamap",
    "a ReSPECT form", "a DNACPR form", "a Nimbus mattress", "a Dynamic Duo mattress",
)  # fmt: skip
FRACTURES = (
    "a Colles' fracture", "a Smith's fracture", "a Barton's fracture", "a Bennett's fracture",
    "a scaphoid fracture", "a Galeazzi fracture", "no fracture",
)  # fmt: skip
HOISTS = (
    "a Hoyer hoist", "an Arjo Maxi Move", "a Mangar Elk lifting cushion", "a Mangar Camel",
    "a Molift hoist", "a scoop stretcher", "a HoverMatt",
)  # fmt: skip
EQUIPMENT = ("a low-rise bed", "a crash mat", "a chair sensor", "a Nimbus mattress", "a bed alarm")
LINES = (
    "a PICC line",
    "a Portacath",
    "a Hickman line",
    "a Venflon",
    "a Foley",
    "a Ryles tube",
    "Optiflow",
)
VAGUE_PAST = (
    "in mid-March", "in early April", "in May", "last winter", "over the summer", "in late October",
    "in 2023", "the previous autumn", "earlier that year", "in the spring", "around Easter",
)  # fmt: skip
PLACES = (
    "A&E", "ED", "Resus", "majors", "ITU", "HDU", "CCU", "theatre 3", "theatre 7", "recovery",
    "the discharge lounge", "SDEC", "MAU", "CDU", "X-ray", "the CT scanner",
    "labour ward", "triage", "Bay C", "cubicle 7",
    "the Cath Lab", "the fracture clinic", "endoscopy",
)  # fmt: skip
LABS = (
    "Hb 71", "lactate 4.6", "CRP 287", "K+ 6.3", "Na 118", "eGFR 19", "INR 7.9", "CBG 2.1",
    "WCC 23.4", "trop 1460", "urea 31", "Mg 0.5", "pH 7.12", "BE -9", "ALT 844", "PLT 41",
)  # fmt: skip
VAGUE_WHEN = (
    "mid-March", "early April", "in May", "last winter", "over the summer", "in late October",
    "in 2023", "the previous autumn", "over the bank holiday weekend", "the following Tuesday",
    "overnight", "day 3 post-op", "on the night shift", "at the weekend", "earlier that year",
    "in the spring", "around Easter",
)  # fmt: skip
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAY_SHORT = ("Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

APOSTROPHE_SURNAMES = (
    "O'Neill", "O'Brien", "O'Sullivan", "O'Connor", "O'Hara", "O'Donnell", "O'Reilly", "D'Souza",
    "D'Arcy", "O'Rourke", "O'Shea", "O'Keefe", "O'Dwyer", "D'Silva", "O'Mahony",
)  # fmt: skip
NICKNAMES = {
    "F": (
        "Bev",
        "Kaz",
        "Jen",
        "Becky",
        "Steph",
        "Mags",
        "Jo",
        "Tash",
        "Liz",
        "Sam",
        "Vicky",
        "Lou",
    ),
    "M": ("Mo", "Gaz", "Dave", "Dom", "Si", "Rob", "Jonny", "Baz", "Tom", "Sam", "Ollie", "Raj"),
}
RELATIONS = {
    "F": ("daughter", "wife", "sister", "niece", "granddaughter", "daughter-in-law", "partner"),
    "M": ("son", "husband", "brother", "nephew", "grandson", "son-in-law", "partner"),
}
GRADES = ("FY1", "FY1", "FY2", "CT1", "CT2", "IMT2", "ST3", "ST4", "ST6", "SpR", "SHO", "reg")
SPECIALTIES = {
    "physician": (
        "consultant geriatrician", "consultant physician", "consultant in acute medicine",
        "consultant gastroenterologist", "consultant respiratory physician",
        "consultant psychiatrist", "consultant anaesthetist", "consultant intensivist",
    ),
    "surgeon": (
        "consultant orthopaedic surgeon", "consultant general surgeon", "consultant urologist",
        "consultant obstetrician", "consultant colorectal surgeon",
    ),
}  # fmt: skip
NURSE_ROLES = (
    ("SN", 10), ("S/N", 4), ("Staff Nurse", 8), ("RN", 5), ("RGN", 2), ("RMN", 2),
    ("Sr", 3), ("Sister", 4), ("CN", 2), ("Charge Nurse", 2), ("Nurse", 3),
)  # fmt: skip
HCA_ROLES = ("HCA", "HCA", "HCSW", "NA", "healthcare support worker")
LEAD_ROLES = (
    "Matron", "Ward Manager", "Head of Nursing", "Patient Safety Specialist", "Deputy Chief Nurse",
    "Clinical Governance Lead", "Lead Nurse for Safeguarding",
)  # fmt: skip
OTHER_ROLES = (
    "pharmacist", "physio", "SALT", "OT", "dietitian", "district nurse", "paramedic",
    "social worker", "PC", "tissue viability nurse", "ANP", "discharge co-ordinator",
)  # fmt: skip


def _weighted(rng: random.Random, table) -> str:
    return rng.choices([item for item, _ in table], weights=[weight for _, weight in table])[0]


@dataclass
class Someone:
    first: str
    last: str
    sex: str
    kind: str  # patient, relative, nurse, hca, junior, consultant, lead, other, gp, bystander
    role: str = ""
    in_record: bool = False
    honorific: str = ""
    nickname: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def _tag(text: str) -> str:
    """listed when every word of the name is in the engine's shipped name lists."""
    listed = listed_names()
    words = [
        word
        for word in re.split(r"[\s,.\-]+", text)
        if word and word.rstrip(".") not in {"Mr", "Mrs", "Ms", "Miss", "Dr", "MR", "MRS", "DR"}
    ]
    words = [w for w in words if len(w) > 1 or not w.isalpha()]  # initials say nothing
    return "listed" if words and all(w.casefold() in listed for w in words) else "unlisted"


def _someone(
    rng: random.Random, kind: str, *, sex: str | None = None, last: str | None = None
) -> Someone:
    drawn = _new_person(rng, sex=sex, last=last)
    surname = drawn.last
    if last is None:
        roll = rng.random()
        if roll < 0.06:
            surname = rng.choice(APOSTROPHE_SURNAMES)
        elif roll < 0.12:
            surname = f"{surname}-{_new_person(rng).last}"
    person = Someone(first=drawn.first, last=surname, sex=drawn.sex, kind=kind)
    if kind in {"nurse", "hca", "other"} and rng.random() < 0.15:
        person.nickname = rng.choice(NICKNAMES[person.sex])
    return person


# ---------------------------------------------------------------------------------------------
# One case: the facts, and a method per template slot
# ---------------------------------------------------------------------------------------------


class Case:
    def __init__(self, rng: random.Random, style: str) -> None:
        self.rng = r = rng
        self.style = style
        self.event = date(2018, 6, 1) + timedelta(days=r.randint(0, 7 * 365))
        young = style in {"safeguarding", "complaint"} and r.random() < 0.3
        if young:
            self.age = r.randint(19, 70)
        elif r.random() < 0.4:
            self.age = r.randint(90, 103)
        else:
            self.age = r.randint(55, 89)
        self.dob = self.event - timedelta(days=self.age * 365 + r.randint(3, 360))
        self.patient = _someone(r, "patient")
        self.patient.in_record = True
        self.patient.honorific = (
            "Mr" if self.patient.sex == "M" else r.choice(["Mrs", "Mrs", "Mrs", "Miss", "Ms"])
        )
        self.caps = style in {"coroner", "discharge"} and r.random() < 0.5 or r.random() < 0.1
        town, area, county = r.choice(TOWNS)
        self.town, self.area, self.county = town, area, county
        self.home = self._address()
        self.other_street = f"{r.choice(STREET_WORDS)} {_weighted(r, STREET_KINDS)}"
        self.hospital = r.choice(HOSPITAL_FORMS).format(
            town=town, county=county, saint=r.choice(SAINTS)
        )
        self.trust = r.choice(TRUST_FORMS).format(town=town, county=county)
        words = [w for w in re.split(r"[\s-]+", self.trust) if w and w[0].isupper()]
        self.trust_initials = "".join(
            w[0] for w in words if w not in {"NHS", "Trust", "Foundation"}
        )
        self.trust_initials += r.choice(["FT", "T", "FT"])
        self.slug = re.sub(r"[^a-z]", "", town.lower())[:8] + r.choice(
            ["hospitals", "health", "nhs", "ft"]
        )
        gp_surname = _new_person(r).last
        self.gp_practice = r.choice(GP_FORMS).format(word=r.choice(GP_WORDS), surname=gp_surname)
        self.ward = f"{r.choice(WARD_WORDS)} {_weighted(r, WARD_KINDS)}"
        self.ward_number = f"Ward {r.randint(1, 46)}"
        self.carehome = (
            r.choice(THE_HOMES)
            if r.random() < 0.2
            else f"{r.choice(CARE_HOME_WORDS)} {_weighted(r, CARE_HOME_KINDS)}"
        )
        self.hospice = r.choice(HOSPICE_FORMS).format(
            saint=r.choice(SAINTS), word=r.choice(GP_WORDS), river=r.choice(RIVERS)
        )
        self.agency = f"{r.choice(AGENCY_WORDS)} {r.choice(AGENCY_KINDS)}"
        self.school = r.choice(SCHOOL_FORMS).format(
            word=r.choice(GP_WORDS + STREET_WORDS[:10]), saint=r.choice(SAINTS)
        )
        self.police = r.choice([f"{county} Police", f"{county} Constabulary", f"{town} Police"])
        self.council = r.choice(
            [f"{town} Council", f"{county} Adult Social Care", f"{town} Children's Social Care",
             f"{town} Metropolitan Borough Council", f"{county} County Council"]
        )  # fmt: skip
        self.ambulance = r.choice(AMBULANCE_SERVICES)
        self.hospital_number = self._hospital_number()
        self.nhs = nhs_number(r)
        self.bay, self.bed = r.randint(1, 8), r.randint(1, 32)
        # Relatives and staff, each on the record with a chance, as a case file would hold them.
        rel_sex = r.choice("FM")
        same = r.random() < 0.55
        self.relative = _someone(
            r, "relative", sex=rel_sex, last=self.patient.last if same else None
        )
        self.relative.role = r.choice(RELATIONS[rel_sex])
        self.relative.honorific = "Mr" if rel_sex == "M" else r.choice(["Mrs", "Ms", "Miss"])
        self.relative2 = _someone(r, "relative")
        self.relative2.role = r.choice(RELATIONS[self.relative2.sex])
        self.relative2.honorific = "Mr" if self.relative2.sex == "M" else r.choice(["Mrs", "Ms"])
        self.nurse = self._staff("nurse", _weighted(r, NURSE_ROLES))
        self.nurse2 = self._staff("nurse", _weighted(r, NURSE_ROLES))
        self.hca = self._staff("hca", r.choice(HCA_ROLES))
        self.junior = self._staff("junior", r.choice(GRADES))
        self.junior.honorific = r.choice(["Dr", "Dr", "Dr."])
        surgeon = r.random() < 0.35
        self.consultant = self._staff(
            "consultant", r.choice(SPECIALTIES["surgeon" if surgeon else "physician"])
        )
        self.consultant.honorific = (
            ("Mr" if self.consultant.sex == "M" else r.choice(["Miss", "Ms"]))
            if surgeon
            else r.choice(["Dr", "Dr."])
        )
        self.lead = self._staff("lead", r.choice(LEAD_ROLES))
        self.lead.honorific = "Mr" if self.lead.sex == "M" else r.choice(["Mrs", "Ms"])
        self.other = self._staff("other", r.choice(OTHER_ROLES))
        self.other.honorific = "Mr" if self.other.sex == "M" else "Ms"
        self.gp = self._staff("gp", "GP")
        self.gp.honorific = "Dr"
        self.social_worker = _someone(r, "other")
        self.social_worker.nickname = ""
        self.social_worker.honorific = "Mr" if self.social_worker.sex == "M" else "Ms"
        self.bystander = _someone(r, "bystander")
        self.bystander.honorific = "Mr" if self.bystander.sex == "M" else "Mrs"
        for person in (self.relative, self.relative2):
            person.in_record = r.random() < 0.7
        for person in (self.nurse, self.nurse2, self.hca, self.junior, self.consultant,
                       self.lead, self.other, self.gp, self.social_worker):  # fmt: skip
            person.in_record = r.random() < 0.5

    # -- the record ------------------------------------------------------------------------------

    def _staff(self, kind: str, role: str) -> Someone:
        person = _someone(self.rng, kind)
        person.role = role
        if role == "Sr" or role == "Sister":
            person.sex = "F"
            person.first = _new_person(self.rng, sex="F").first
            if person.nickname:
                person.nickname = self.rng.choice(NICKNAMES["F"])
        if role in {"CN", "Charge Nurse"} and person.sex == "F":
            person.role = "Sister"
        return person

    def _address(self) -> dict:
        r = self.rng
        street = f"{r.choice(STREET_WORDS)} {_weighted(r, STREET_KINDS)}"
        roll = r.random()
        if roll < 0.07:
            lines = [r.choice(HOUSE_NAMES), street]
        elif roll < 0.15:
            lines = [f"{r.randint(1, 60)} {r.choice(ESTATE_BLOCKS)}", street]
        elif roll < 0.3:
            lines = [
                f"{r.choice(['Flat', 'Flat', 'Apt'])} {r.randint(1, 24)}",
                f"{r.randint(1, 180)} {street}",
            ]
        else:
            number = f"{r.randint(1, 260)}{r.choice('ab') if r.random() < 0.06 else ''}"
            lines = [f"{number} {street}"]
        if r.random() < 0.55:
            lines.append(r.choice(LOCALITIES))
        lines.append(self.town)
        return {"lines": lines, "street": street, "postcode": postcode(r, self.area)}

    def _hospital_number(self) -> str:
        r = self.rng
        letters = "ABCDEFGHJKLMNPRSTVWXY"
        return r.choice(
            [
                f"{r.choice(letters)}{r.randint(0, 9999999):07d}",
                f"{r.randint(0, 99999999):08d}",
                f"{r.randint(100000, 999999)}{r.choice(letters)}",
                f"R{r.choice('BCDFHJKLMNPQTWX')}{r.randint(1, 9)}{r.randint(100000, 999999)}",
                f"{r.choice(['HN', 'KH', 'BH', 'MK'])}{r.randint(100000, 999999)}",
                f"{r.randint(10, 99)}-{r.randint(100000, 999999)}",
            ]
        )

    def known(self) -> dict:
        r = self.rng
        p = self.patient
        names = [p.full if r.random() < 0.7 else f"{p.honorific} {p.full}"]
        for person in (self.relative, self.relative2, self.nurse, self.nurse2, self.hca,
                       self.junior, self.consultant, self.lead, self.other, self.gp,
                       self.social_worker):  # fmt: skip
            if person.in_record:
                names.append(person.full)
        return {
            "names": names,
            "nhs_number": self.nhs
            if r.random() < 0.6
            else f"{self.nhs[:3]} {self.nhs[3:6]} {self.nhs[6:]}",
            "date_of_birth": self.dob.isoformat(),
            "hospital_number": self.hospital_number,
            "address": ", ".join([*self.home["lines"], self.home["postcode"]]),
        }

    # -- names -------------------------------------------------------------------------------

    def _name(self, person: Someone, form: str) -> list[Piece]:
        last = person.last
        if self.caps and person.kind == "patient" and form not in {"first", "lower_first"}:
            last = last.upper()
        first = person.first
        if form in {"first", "lower_first"} and person.nickname and self.rng.random() < 0.6:
            first = person.nickname
        title = person.honorific or ("Mr" if person.sex == "M" else "Ms")
        if form == "title_last" and title in {"Mr", "Mrs", "Dr"} and self.rng.random() < 0.12:
            title += "."
        text = {
            "title_last": f"{title} {last}",
            "title_full": f"{title} {first} {last}",
            "title_initial_last": f"{title} {first[0]}{self.rng.choice(['. ', ' '])}{last}",
            "full": f"{first} {last}",
            "first": first,
            "last": last,
            "initial_last": f"{first[0]}. {last}",
            "pas": f"{person.last.upper()}, {first}",
            "caps_full": f"{first} {person.last.upper()}",
            "lower_first": first.lower(),
            "lower_full": f"{first} {last}".lower(),
        }[form]
        return [(text, "PERSON", {"names": _tag(text), "in_record": person.in_record})]

    def _pick(self, table: dict[str, float]) -> str:
        return self.rng.choices(list(table), weights=list(table.values()))[0]

    def slot_P(self, form: str | None = None) -> list[Piece]:
        """The patient: "Mrs Bradshaw", "Edith", "BRADSHAW, Edith", "the pt" and so on."""
        if form == "poss":
            pieces = self.slot_P()
            if pieces[0][1] is None:
                return _plain(pieces[0][0] + "'s")
            text = pieces[0][0]
            mark = "'" if text.endswith(("s", "S")) and self.rng.random() < 0.5 else "'s"
            return [*pieces, (mark, None, None)]
        if form is None:
            table = {"title_last": 40, "first": 10, "title_full": 8, "full": 8, "pt": 12}
            if self.style == "nursing":
                table.update(first=30, pt=30, lower_first=4)
            if self.style in {"coroner", "complaint"}:
                table.update(pt=0, full=20, title_full=15)
            if self.style in {"sjr", "aar"}:
                table.update(pt=20)
            form = self._pick(table)
        if form == "pt":
            word = self.rng.choice(
                ["the pt", "pt", "the patient"]
                if self.style == "nursing"
                else ["the patient", "the patient", "this patient"]
            )
            return _plain(word)
        return self._name(self.patient, form)

    def slot_PFULL(self, form: str | None = None) -> list[Piece]:
        return self._name(
            self.patient, self.rng.choice(["title_full", "full", "pas", "caps_full", "title_full"])
        )

    def slot_R(self, form: str | None = None) -> list[Piece]:
        """The relative with the relation: "her daughter, Sarah Bradshaw," and kin."""
        rel = self.relative
        r = self.rng
        if form == "lower":  # "pt's daughter sarah rang"
            return [
                (f"{rel.role} ", None, None),
                *self._name(rel, r.choice(["lower_first", "lower_first", "lower_full"])),
            ]
        if form == "name":
            return self._name(rel, r.choice(["first", "title_last", "full", "title_full"]))
        way = r.random()
        her = self.her()
        if way < 0.3:
            return [
                (f"{her} {rel.role}, ", None, None),
                *self._name(rel, r.choice(["full", "first", "title_full"])),
                (",", None, None),
            ]
        if way < 0.55:
            return [
                (f"{her} {rel.role} ", None, None),
                *self._name(rel, r.choice(["first", "first", "full"])),
            ]
        if way < 0.75:
            return [
                *self._name(rel, r.choice(["title_last", "full", "first"])),
                (f" ({rel.role})", None, None),
            ]
        if way < 0.85:
            return [(f"{rel.role} (", None, None), *self._name(rel, "first"), (")", None, None)]
        return _plain(f"{her} {rel.role}")

    def slot_R2(self, form: str | None = None) -> list[Piece]:
        rel = self.relative2
        if self.rng.random() < 0.5:
            return [
                (f"{self.her()} {rel.role}, ", None, None),
                *self._name(rel, "full"),
                (",", None, None),
            ]
        return [
            *self._name(rel, self.rng.choice(["title_last", "full"])),
            (f" ({rel.role})", None, None),
        ]

    def slot_rel(self, form: str | None = None) -> list[Piece]:
        return _plain(self.relative.role)

    def _nurse_like(self, person: Someone, form: str | None) -> list[Piece]:
        r = self.rng
        role = person.role
        if form == "first" or (self.style == "nursing" and r.random() < 0.5):
            if r.random() < 0.5:
                return self._name(person, r.choice(["first", "first", "lower_first"]))
            return [*self._name(person, "first"), (f" ({role})", None, None)]
        way = r.random()
        if way < 0.4 and role not in {"healthcare support worker", "NA"}:
            return [
                (f"{role} ", None, None),
                *self._name(person, r.choice(["last", "last", "full", "first"])),
            ]
        if way < 0.6:
            return [*self._name(person, r.choice(["full", "first"])), (f" ({role})", None, None)]
        if way < 0.8:
            return [
                *self._name(person, r.choice(["full", "initial_last"])),
                (f", {role},", None, None),
            ]
        if way < 0.9:
            return [(f"{role} ", None, None), *self._name(person, "initial_last")]
        return _plain(f"the {role}" if role not in {"SN", "S/N", "RN", "CN", "Sr"} else "the nurse")

    def slot_N(self, form: str | None = None) -> list[Piece]:
        return self._nurse_like(self.nurse, form)

    def slot_N2(self, form: str | None = None) -> list[Piece]:
        return self._nurse_like(self.nurse2, form)

    def slot_H(self, form: str | None = None) -> list[Piece]:
        return self._nurse_like(self.hca, form)

    def slot_D(self, form: str | None = None) -> list[Piece]:
        """The junior doctor: "Dr. A. Khan (ST4)", "the FY1 (Tom)", "Dr Khan"."""
        d = self.junior
        r = self.rng
        grade = d.role
        if form == "name":
            return self._name(d, "title_last")
        way = r.random()
        if way < 0.25:
            return [*self._name(d, "title_initial_last"), (f" ({grade})", None, None)]
        if way < 0.45:
            return [(f"the {grade} (", None, None), *self._name(d, "first"), (")", None, None)]
        if way < 0.6:
            return [
                (f"{grade} ", None, None),
                *self._name(d, r.choice(["title_full", "title_last"])),
            ]
        if way < 0.75:
            return self._name(d, r.choice(["title_last", "title_full"]))
        if way < 0.85:
            return [*self._name(d, "title_last"), (f", {grade},", None, None)]
        if way < 0.92 and self.style == "nursing":
            return [
                *self._name(d, "lower_first" if r.random() < 0.3 else "first"),
                (f" {grade}", None, None),
            ]
        return _plain(
            r.choice([f"the {grade}", "the on-call doctor", "the med reg", "the night SHO"])
        )

    def slot_C(self, form: str | None = None) -> list[Piece]:
        """The consultant, styled Mr or Miss when a surgeon."""
        c = self.consultant
        r = self.rng
        if form == "name":
            return self._name(c, "title_last")
        way = r.random()
        if way < 0.35:
            return [
                *self._name(c, r.choice(["title_last", "title_full"])),
                (f" ({c.role})", None, None),
            ]
        if way < 0.6:
            return [
                *self._name(c, r.choice(["title_last", "title_full"])),
                (f", {c.role},", None, None),
            ]
        if way < 0.8:
            return [
                (f"the {c.role}, ", None, None),
                *self._name(c, "title_last"),
                (",", None, None),
            ]
        if way < 0.93:
            return self._name(c, r.choice(["title_last", "title_initial_last"]))
        return _plain(f"the {c.role}")

    def slot_L(self, form: str | None = None) -> list[Piece]:
        """A matron, ward manager or governance lead."""
        p = self.lead
        r = self.rng
        if form == "sign":
            return [*self._name(p, r.choice(["full", "title_full"])), (f", {p.role}", None, None)]
        way = r.random()
        if way < 0.3 and p.role == "Matron":
            return [("Matron ", None, None), *self._name(p, r.choice(["last", "full"]))]
        if way < 0.65:
            return [*self._name(p, r.choice(["full", "title_last"])), (f" ({p.role})", None, None)]
        if way < 0.9:
            return [
                (f"the {p.role}, ", None, None),
                *self._name(p, r.choice(["full", "title_last"])),
                (",", None, None),
            ]
        return _plain(f"the {p.role.lower() if p.role != 'Matron' else 'matron'}")

    def slot_O(self, form: str | None = None) -> list[Piece]:
        """A pharmacist, physio, social worker, police officer and so on."""
        p = self.other
        r = self.rng
        if p.role == "PC":
            return [("PC ", None, None), *self._name(p, r.choice(["last", "last", "full"]))]
        way = r.random()
        if way < 0.35:
            return [
                (f"the {p.role}, ", None, None),
                *self._name(p, r.choice(["full", "first"])),
                (",", None, None),
            ]
        if way < 0.65:
            return [*self._name(p, r.choice(["first", "full"])), (f" ({p.role})", None, None)]
        if way < 0.85:
            return [
                (f"{p.role} ", None, None),
                *self._name(p, r.choice(["first", "full", "initial_last"])),
            ]
        return _plain(f"the {p.role}")

    def slot_G(self, form: str | None = None) -> list[Piece]:
        return self._name(self.gp, "title_last" if form != "full" else "title_full")

    def slot_X(self, form: str | None = None) -> list[Piece]:
        """Someone not in the record: another patient, a neighbour."""
        return self._name(self.bystander, self.rng.choice(["title_last", "title_full", "full"]))

    def slot_sign(self, form: str | None = None) -> list[Piece]:
        """A sign-off line by the nurse: "Kerry RN", "K. Walsh (SN)"."""
        n = self.nurse
        r = self.rng
        way = r.random()
        if way < 0.4:
            return [*self._name(n, "first"), (f" {n.role}", None, None)]
        if way < 0.7:
            return [*self._name(n, "initial_last"), (f" ({n.role})", None, None)]
        return [*self._name(n, "full"), (f", {n.role}, Band {r.choice([5, 5, 6, 7])}", None, None)]

    # -- pronouns --------------------------------------------------------------------------------

    def her(self) -> str:
        return "her" if self.patient.sex == "F" else "his"

    def slot_her(self, form: str | None = None) -> list[Piece]:
        return _plain(self.her())

    def slot_she(self, form: str | None = None) -> list[Piece]:
        return _plain("she" if self.patient.sex == "F" else "he")

    def slot_She(self, form: str | None = None) -> list[Piece]:
        return _plain("She" if self.patient.sex == "F" else "He")

    def slot_herobj(self, form: str | None = None) -> list[Piece]:
        return _plain("her" if self.patient.sex == "F" else "him")

    def slot_herself(self, form: str | None = None) -> list[Piece]:
        return _plain("herself" if self.patient.sex == "F" else "himself")

    def slot_kin(self, form: str | None = None) -> list[Piece]:
        """What the relative calls the patient: "my mum", "my husband"."""
        female = self.patient.sex == "F"
        role = self.relative.role
        kin = {
            "daughter": ("mum", "dad"), "son": ("mum", "dad"), "wife": ("wife", "husband"),
            "husband": ("wife", "husband"), "partner": ("partner", "partner"),
            "sister": ("sister", "brother"), "brother": ("sister", "brother"),
            "niece": ("aunt", "uncle"), "nephew": ("aunt", "uncle"),
            "granddaughter": ("nan", "grandad"), "grandson": ("nan", "grandad"),
            "daughter-in-law": ("mother-in-law", "father-in-law"),
            "son-in-law": ("mother-in-law", "father-in-law"),
        }[role]  # fmt: skip
        return _plain(kin[0] if female else kin[1])

    def slot_SW(self, form: str | None = None) -> list[Piece]:
        return self._name(self.social_worker, self.rng.choice(["full", "first", "title_last"]))

    def slot_lady(self, form: str | None = None) -> list[Piece]:
        return _plain("lady" if self.patient.sex == "F" else "gentleman")

    # -- dates and ages --------------------------------------------------------------------------

    def _date_text(self, day: date, *, year: bool = False) -> str:
        r = self.rng
        month = MONTHS[day.month - 1]
        with_year = [
            (f"{ordinal(day.day)} {month} {day.year}", 10), (f"{day.day} {month} {day.year}", 8),
            (f"{day.day}/{day.month}/{day:%y}", 10), (f"{day:%d/%m/%Y}", 10), (f"{day:%d.%m.%Y}", 4),
            (f"{day.day}.{day.month}.{day:%y}", 3), (f"{day:%d-%b-%Y}", 3), (f"{day.day} {month[:3]} {day:%y}", 3),
            (f"{WEEKDAYS[day.weekday()]} {day.day} {month} {day.year}", 2), (f"{day:%d/%m/%y}", 6),
        ]  # fmt: skip
        without = [
            (f"{day.day} {month}", 10), (f"{ordinal(day.day)} {month}", 8), (f"{day:%d/%m}", 8),
            (f"{day.day}/{day.month}", 6), (f"{WEEKDAY_SHORT[day.weekday()]} {ordinal(day.day)}", 6),
            (f"{WEEKDAYS[day.weekday()]} {ordinal(day.day)} {month}", 3), (f"{day.day} {month[:3]}", 3),
            (f"{ordinal(day.day)} of {month}", 2),
        ]  # fmt: skip
        table = with_year if year else with_year + without
        return _weighted(r, table)

    def _when(self, day: date, *, year: bool = False) -> list[Piece]:
        return _gold(self._date_text(day, year=year), "DATE")

    def slot_date(self, form: str | None = None) -> list[Piece]:
        return self._when(self.event, year=form == "y")

    def slot_on(self, form: str | None = None) -> list[Piece]:
        """ "on 4 March", "on the 4th", sometimes a month with its year."""
        r = self.rng
        way = r.random()
        if way < 0.12:
            return [("on ", None, None), (f"the {ordinal(self.event.day)}", "DATE", None)]
        if way < 0.2:
            month = MONTHS[self.event.month - 1]
            text = r.choice(
                [
                    f"{month} {self.event.year}",
                    f"mid-{month} {self.event.year}",
                    f"early {month} {self.event.year}",
                ]
            )
            return [("in ", None, None), (text, "DATE", None)]
        return [("on ", None, None), *self._when(self.event)]

    def slot_later(self, form: str | None = None) -> list[Piece]:
        return self._when(self.event + timedelta(days=self.rng.randint(1, 12)))

    def slot_before(self, form: str | None = None) -> list[Piece]:
        return self._when(self.event - timedelta(days=self.rng.randint(2, 30)))

    def slot_meeting(self, form: str | None = None) -> list[Piece]:
        return self._when(
            self.event + timedelta(days=self.rng.randint(14, 90)), year=self.rng.random() < 0.5
        )

    def slot_dob(self, form: str | None = None) -> list[Piece]:
        r = self.rng
        label = r.choice(["DOB ", "DOB: ", "D.O.B ", "dob ", "born ", "date of birth "])
        d = self.dob
        written = _weighted(
            r,
            [(f"{d.day}.{d.month}.{d:%y}", 6), (f"{d:%d/%m/%Y}", 10), (f"{d.day}/{d.month}/{d.year}", 4),
             (f"{d:%d-%b-%Y}", 4), (f"{d.day} {MONTHS[d.month - 1]} {d.year}", 6),
             (f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}", 3), (f"{d:%d.%m.%Y}", 3)],
        )  # fmt: skip
        return [(label, None, None), (written, "DATE", None)]

    def slot_vague(self, form: str | None = None) -> list[Piece]:
        return _plain(self.rng.choice(VAGUE_PAST if form == "past" else VAGUE_WHEN))

    def slot_line(self, form: str | None = None) -> list[Piece]:
        return _plain(self.rng.choice(LINES))

    def slot_labs(self, form: str | None = None) -> list[Piece]:
        first, second = self.rng.sample(LABS, 2)
        return _plain(f"{first} and {second}")

    def slot_age(self, form: str | None = None) -> list[Piece]:
        r = self.rng
        label = "AGE" if self.age > 89 else None
        n = (str(self.age), label, None)
        sex = self.patient.sex
        if form == "short":  # inside brackets: "(94)", "(94yo)", "(94F)", "(aged 94)"
            return r.choice(
                [[n], [n, ("yo", None, None)], [n, (sex, None, None)], [("aged ", None, None), n]]
            )
        if form == "bare":  # "was 94", "a lady 94 years of age"
            return (
                [n, (r.choice(["", " years old", " years of age"]), None, None)]
                if r.random() < 0.6
                else [("aged ", None, None), n]
            )
        way = r.randint(0, 7 if form is None else 3)
        if way == 0:
            return [("aged ", None, None), n]
        if way == 1:
            return [n, (r.choice(["yo", " yo", " y/o", " yrs"]), None, None)]
        if way == 2:
            return [
                ("a ", None, None),
                n,
                (f"-year-old {'woman' if sex == 'F' else 'man'}", None, None),
            ]
        if way == 3:
            return [
                ("a ", None, None),
                n,
                (f" year old {'lady' if sex == 'F' else 'gentleman'}", None, None),
            ]
        if way == 4:
            return [("(", None, None), n, (")", None, None)]
        if way == 5:
            return [n, (sex, None, None)]
        if way == 6:
            return [("age ", None, None), n]
        return [n, (" years of age", None, None)]

    def slot_nineties(self, form: str | None = None) -> list[Piece]:
        """An age said loosely ("in her nineties"): a decade, never gold."""
        her = self.her()
        if self.age >= 90:
            choices = [f"in {her} nineties", f"in {her} nineties", "very frail"]
        elif self.age >= 85:
            choices = [f"in {her} late eighties", "elderly", "very frail"]
        else:
            choices = ["frail", "frail", "usually well"]
        return _plain(self.rng.choice(choices))

    def slot_otherage(self, form: str | None = None) -> list[Piece]:
        age = self.rng.randint(20, 89)
        return _plain(self.rng.choice([f"aged {age}", f"{age}yo", f"{age} years old"]))

    # -- numbers and contacts --------------------------------------------------------------------

    def slot_nhs(self, form: str | None = None) -> list[Piece]:
        r = self.rng
        d = self.nhs
        written = _weighted(
            r, [(f"{d[:3]} {d[3:6]} {d[6:]}", 10), (d, 8), (f"{d[:3]}-{d[3:6]}-{d[6:]}", 1)]
        )
        label = r.choice(["NHS no ", "NHS No. ", "NHS: ", "NHS number ", "NHS#", "NHSno. "])
        return [(label, None, None), (written, "NHS_NUMBER", None)]

    def slot_hosp(self, form: str | None = None) -> list[Piece]:
        label = self.rng.choice(
            ["MRN: ", "Hosp. no. ", "Unit no. ", "CRN ", "PAS no ", "hosp no ", "Patient ID "]
        )
        return [(label, None, None), (self.hospital_number, "HOSPITAL_NUMBER", None)]

    def slot_ref(self, form: str | None = None) -> list[Piece]:
        r = self.rng
        y, yy = self.event.year, self.event.year % 100
        options = {
            "incident": [("Datix no. ", f"{r.randint(100000, 299999)}"), ("InPhase ref ", f"IP-{yy}-{r.randint(1, 999999):06d}"),
                         ("IR1 ", f"{r.randint(100, 999)}-{r.randint(1000, 9999)}"), ("Datix ID: ", f"W{r.randint(10000, 99999)}")],
            "steis": [("StEIS ", f"{y}/{r.randint(100, 25000)}"), ("SI ref ", f"SI-{y}-{r.randint(1, 999):03d}")],
            "complaint": [("PALS ref ", f"P/{yy}/{r.randint(100, 9999)}"), ("our ref: ", f"C{yy}-{r.randint(1, 9999):04d}"),
                          ("complaint no. ", f"{r.randint(1000, 9999)}/{yy}")],
            "police": [("crime ref ", f"{r.randint(10, 99)}/{r.randint(10000, 99999)}/{yy}"), ("log ", f"{r.randint(100, 1999)} of {self.event:%d/%m}"),
                       ("occurrence no. ", f"{r.choice('NSEW')}{r.randint(1000000, 9999999)}")],
            "social": [("MASH ref ", f"{r.randint(1000000, 9999999)}"), ("Mosaic ID ", f"{r.randint(100000, 999999)}"),
                       ("LCS no. ", f"{r.randint(10000000, 99999999)}"), ("Section 42 ref ", f"S42-{r.randint(1000, 9999)}")],
            "coroner": [("Coroner's ref ", f"{r.randint(100, 2999):04d}/{y}"), ("LeDeR ref ", f"LD{r.randint(10000, 99999)}")],
        }  # fmt: skip
        group = form or "incident"
        label, value = r.choice(options[group])
        if group == "police" and label == "log ":
            # "log 1234 of 04/03": the log number is the reference, the date is a date.
            number, day = value.split(" of ")
            return [
                (label, None, None),
                (number, "ID", None),
                (" of ", None, None),
                (day, "DATE", None),
            ]
        return [(label, None, None), (value, "ID", None)]

    def slot_phone(self, form: str | None = None) -> list[Piece]:
        r = self.rng
        way = r.random()
        if way < 0.5:
            n = f"07{r.randint(300, 999)}{r.randint(0, 999999):06d}"
            text = r.choice(
                [
                    f"{n[:5]} {n[5:]}",
                    n,
                    f"{n[:5]} {n[5:8]} {n[8:]}",
                    f"+44 {n[1:5]} {n[5:]}",
                    f"+447{n[2:]}",
                ]
            )
        elif way < 0.85:
            code = r.choice(
                [
                    "01226",
                    "01709",
                    "01706",
                    "01282",
                    "01539",
                    "01724",
                    "01472",
                    "01623",
                    "01246",
                    "01536",
                    "01234",
                    "01438",
                    "01923",
                    "01752",
                    "01952",
                    "01902",
                    "01384",
                    "01978",
                    "01633",
                ]
            )
            local = f"{r.randint(200000, 899999)}"
            text = r.choice(
                [
                    f"{code} {local}",
                    f"{code} {local[:3]} {local[3:]}",
                    f"({code}) {local}",
                    f"{code}{local}",
                ]
            )
        else:
            local = f"{r.randint(7000, 8999)} {r.randint(0, 9999):04d}"
            text = r.choice(
                [
                    f"020 {local}",
                    f"0161 {r.randint(200, 999)} {r.randint(0, 9999):04d}",
                    f"0191 {r.randint(200, 599)} {r.randint(0, 9999):04d}",
                ]
            )
        return _gold(text, "PHONE")

    def _ascii(self, value: str) -> str:
        return re.sub(r"[^a-z]", "", value.lower().encode("ascii", "ignore").decode())

    def slot_email(self, form: str | None = None) -> list[Piece]:
        r = self.rng
        if form == "rel":
            p = self.relative
            local = r.choice([f"{self._ascii(p.first)}.{self._ascii(p.last)}", f"{self._ascii(p.first)}{r.randint(60, 99)}",
                              f"{self._ascii(p.first)}_{self._ascii(p.last)[:1]}{r.randint(1, 99)}", f"{self._ascii(p.last)}family"])  # fmt: skip
            domain = r.choice(
                [
                    "gmail.com",
                    "hotmail.co.uk",
                    "yahoo.com",
                    "live.co.uk",
                    "sky.com",
                    "aol.com",
                    "talktalk.net",
                ]
            )
            return _gold(f"{local}@{domain}", "EMAIL")
        if form == "team":
            local = r.choice(
                ["patientsafety", "pals", "complaints", "safeguarding.adults", "learningfromdeaths"]
            )
            return _gold(f"{self.slug[:10]}.{local}@nhs.net", "EMAIL")
        p = r.choice([self.lead, self.consultant, self.other])
        local = f"{self._ascii(p.first)}.{self._ascii(p.last)}{r.choice(['', '', '', '2', '7'])}"
        return _gold(f"{local}@nhs.net", "EMAIL")

    def slot_url(self, form: str | None = None) -> list[Piece]:
        r = self.rng
        text = r.choice([f"www.{self.slug}.nhs.uk/complaints", f"https://{self.slug}.nhs.uk/contact-us",
                         f"http://intranet.{self.slug}.nhs.uk/policies/SOP-{r.randint(10, 99)}.pdf"])  # fmt: skip
        return _gold(text, "URL")

    # -- places ------------------------------------------------------------------------------------

    def slot_address(self, form: str | None = None) -> list[Piece]:
        r = self.rng
        lines = list(self.home["lines"])
        code = self.home["postcode"]
        way = r.random()
        if way < 0.15:
            code = code.replace(" ", "")
        elif way < 0.2:
            code = code.lower()
        sep = ", " if r.random() < 0.75 else " "
        line = sep.join(lines)
        if form == "nopc" or r.random() < 0.2:
            return _gold(line, "ADDRESS")
        return [
            (line, "ADDRESS", None),
            (r.choice([", ", " ", ", "]), None, None),
            (code, "POSTCODE", None),
        ]

    def slot_postcode(self, form: str | None = None) -> list[Piece]:
        return _gold(self.home["postcode"], "POSTCODE")

    def slot_street(self, form: str | None = None) -> list[Piece]:
        street = self.home["street"] if self.rng.random() < 0.5 else self.other_street
        return _gold(street, "LOCATION")

    def slot_ward(self, form: str | None = None) -> list[Piece]:
        r = self.rng
        if form == "named":
            return _gold(self.ward, "LOCATION")
        way = r.random()
        if way < 0.4:
            return _gold(self.ward, "LOCATION")
        if way < 0.55:
            return [
                (f"{self.ward_number} (", None, None),
                (self.ward, "LOCATION", None),
                (")", None, None),
            ]
        if way < 0.75:
            return _plain(self.ward_number)
        return _plain(
            r.choice(
                [
                    "AMU",
                    "the frailty unit",
                    "the stroke unit",
                    "the surgical assessment unit",
                    "the elderly care ward",
                    "CDU",
                ]
            )
        )

    def slot_bed(self, form: str | None = None) -> list[Piece]:
        r = self.rng
        return _plain(r.choice([f"bay {self.bay} bed {self.bed}", f"bed {self.bed}", f"B{self.bay}B{self.bed}",
                                f"side room {r.randint(1, 14)}", f"SR{r.randint(1, 14)}", f"bed {self.bed}, bay {self.bay}"]))  # fmt: skip

    def slot_hospital(self, form: str | None = None) -> list[Piece]:
        return _gold(self.hospital, "ORGANISATION")

    def slot_trust(self, form: str | None = None) -> list[Piece]:
        if form != "full" and self.rng.random() < 0.2:
            return _gold(self.trust_initials, "ORGANISATION")
        return _gold(self.trust, "ORGANISATION")

    def slot_gp(self, form: str | None = None) -> list[Piece]:
        return _gold(self.gp_practice, "ORGANISATION")

    def slot_carehome(self, form: str | None = None) -> list[Piece]:
        return _gold(self.carehome, "LOCATION")

    def slot_hospice(self, form: str | None = None) -> list[Piece]:
        return _gold(self.hospice, "ORGANISATION")

    def slot_agency(self, form: str | None = None) -> list[Piece]:
        return _gold(self.agency, "ORGANISATION")

    def slot_school(self, form: str | None = None) -> list[Piece]:
        return _gold(self.school, "ORGANISATION")

    def slot_police(self, form: str | None = None) -> list[Piece]:
        return _gold(self.police, "ORGANISATION")

    def slot_council(self, form: str | None = None) -> list[Piece]:
        return _gold(self.council, "ORGANISATION")

    def slot_ambulance(self, form: str | None = None) -> list[Piece]:
        return _gold(self.ambulance, "ORGANISATION")

    def slot_town(self, form: str | None = None) -> list[Piece]:
        return _plain(self.town)

    def slot_body(self, form: str | None = None) -> list[Piece]:
        return _plain(self.rng.choice(NATIONAL_BODIES))

    # -- clinical words, never gold ---------------------------------------------------------------

    def slot_time(self, form: str | None = None) -> list[Piece]:
        r = self.rng
        h, m = r.randint(0, 23), r.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
        return _plain(r.choice([f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}", f"{h:02d}{m:02d}hrs", f"{h % 12 or 12}.{m:02d}{'am' if h < 12 else 'pm'}",
                                f"approx {h:02d}:{m:02d}", f"{h:02d}:{m:02d}h"]))  # fmt: skip

    def slot_drug(self, form: str | None = None) -> list[Piece]:
        name, dose = self.rng.choice(DRUGS)
        return _plain(name if form == "name" else f"{name} {dose}")

    def slot_eponym(self, form: str | None = None) -> list[Piece]:
        return _plain(self.rng.choice(EPONYMS))

    def slot_pmh(self, form: str | None = None) -> list[Piece]:
        r = self.rng
        items = r.sample(CONDITIONS, r.randint(2, 4)) + [r.choice(EPONYMS)]
        r.shuffle(items)
        return _plain(", ".join(items))

    def slot_score(self, form: str | None = None) -> list[Piece]:
        r = self.rng
        return _plain(r.choice(SCORES).format(s=r.randint(0, 12), a=r.randint(2, 10), q=r.randint(0, 3), n=r.randint(0, 14),
                                              g=r.randint(3, 15), r=r.randint(0, 12), c=r.randint(3, 9), mo=5 * r.randint(5, 25), w=r.randint(8, 28)))  # fmt: skip

    def slot_device(self, form: str | None = None) -> list[Piece]:
        device = self.rng.choice(DEVICES)
        if form in {"bare", "the"}:
            device = re.sub(r"^an? ", "", device)
            if form == "the":
                device = f"the {device}"
        return _plain(device)

    def slot_place(self, form: str | None = None) -> list[Piece]:
        return _plain(self.rng.choice(PLACES))

    def slot_lab(self, form: str | None = None) -> list[Piece]:
        return _plain(self.rng.choice(LABS))

    def slot_obs(self, form: str | None = None) -> list[Piece]:
        r = self.rng
        return _plain(f"BP {r.randint(68, 186)}/{r.randint(34, 104)} HR {r.randint(38, 152)} RR {r.randint(10, 38)} "
                      f"sats {r.randint(79, 99)}% {r.choice(['RA', 'on 2L', 'on 15L NRB', 'on 28% venturi'])} T {round(r.uniform(34.8, 40.1), 1)}")  # fmt: skip

    def slot_bleep(self, form: str | None = None) -> list[Piece]:
        r = self.rng
        return _plain(r.choice([f"bleep {r.randint(1000, 9999)}", f"bleep #{r.randint(100, 999)}", f"ext {r.randint(2000, 7999)}",
                                f"ext. {r.randint(40000, 49999)}", f"b{r.randint(1000, 9999)}"]))  # fmt: skip

    def slot_fracture(self, form: str | None = None) -> list[Piece]:
        return _plain(self.rng.choice(FRACTURES))

    def slot_hoist(self, form: str | None = None) -> list[Piece]:
        return _plain(self.rng.choice(HOISTS))

    def slot_equipment(self, form: str | None = None) -> list[Piece]:
        return _plain(self.rng.choice(EQUIPMENT))

    def slot_q(self, form: str | None = None) -> list[Piece]:
        return _plain(str(self.rng.randint(0, 3)))

    def slot_n(self, form: str | None = None) -> list[Piece]:
        return _plain(str(self.rng.randint(2, 9)))

    def slot_short(self, form: str | None = None) -> list[Piece]:
        r = self.rng
        return _plain(
            r.choice(
                [f"{r.randint(1, 6)}/7", f"{r.randint(1, 8)}/52", f"{r.randint(1, 11)}/12", "1/7"]
            )
        )

    def slot_wardnum(self, form: str | None = None) -> list[Piece]:
        return _plain(self.ward_number)


# ---------------------------------------------------------------------------------------------
# Templates: per kind of document, an opening, a body drawn in order, a close
# ---------------------------------------------------------------------------------------------

STYLES: dict[str, dict[str, list[str]]] = {
    "incident": {
        "open": [
            "{ref}. Reported {later} by {N}. Incident date: {date} at {time}. Location: {ward}, {hospital}.",
            "Incident form. Patient: {PFULL} ({age:short}), {hosp}, {nhs}. Where: {bed}, {ward}, {hospital}.",
            "Category: slips, trips and falls. Date/time of incident: {date} {time}. Ref {ref}.",
            "Patient details: {PFULL}, {dob}, {nhs}. Specialty: care of the elderly. Reporter: {N}.",
        ],
        "body": [
            "Description: {P} was found sitting on the floor next to {bed} by {H} at {time}.",
            "{She} said {she} had slipped trying to get to the commode without {her} walking frame.",
            "{P} is known to have {pmh} and scored {score} on admission.",
            "{P} is {age:bare} and lives at {carehome}.",
            "No bed rails in situ as per the assessment; falls sensor mat had not been switched on.",
            "Obs taken immediately: {obs}. {score}.",
            "{D} reviewed at {time} and requested a CT head as {P} takes {drug}.",
            "CT head reported no acute bleed; X-ray of the left wrist showed {fracture}.",
            "{P} was moved from the floor using {hoist}, as per the falls flowchart.",
            "Neuro obs were started and continued for 24 hours with no deterioration.",
            "{R} was informed by phone at {time} by {N2}.",
            "Immediate actions: enhanced supervision commenced, {equipment} requested from the equipment library.",
            "The ward had two registered nurses for {n} patients that night, with one HCA off sick.",
            "{X}, in the next bed, said {she} had called out but nobody heard.",
            "This is fall number {n} on {ward} this month, and it has been escalated to {L}.",
            "Harm: moderate. Duty of Candour applies and was started {later} by {C}.",
            "Similar incident {ref} {on}, involving the same patient.",
            "Medication at the time of the fall included {drug} and {drug}.",
            "{P} had been moved from {place} to {ward} at {time}, the third bed move of the admission.",
            "Handed to the site team via {bleep}; no side room available for closer observation.",
            "{P} was last checked at {time} by {H}, who recorded that {she} was asleep.",
            "The bay was not cohorted at the time because {N2} was on a break.",
            "Lying and standing blood pressure had not been done since {her} admission {on}.",
            "{She} had been prescribed {drug} at night, which {O} has flagged as a falls risk.",
            "{R} has asked why the sensor mat was switched off.",
        ],
        "close": [
            "Reviewed by {L}; investigation level: local review, due {meeting}.",
            "Learning shared at the safety huddle {on}. Reporter contact: {email} or {bleep}.",
            "Falls policy: {url}. Reviewed by {L} {later}.",
            "Family to be updated by {C} and a letter sent to {address}.",
        ],
    },
    "nursing": {
        "open": [
            "{date} {time} Nursing entry, {ward}. Pt: {PFULL}, {hosp}.",
            "NURSING NOTES. {PFULL} {dob} {bed}, {wardnum}. Night shift {date}.",
            "{time} Received handover from {N2}. {P} settled in {bed}, {score}.",
        ],
        "body": [
            "{time} {P} agitated and pulling at {line}, reassured.",
            "{time} Obs: {obs}. NEWS2 {n}, escalated to {D} via {bleep}.",
            "{D} to review, asked to hold {drug} until seen.",
            "pt's {R:lower} rang at {time}, wanted an update, told {P:first} is comfortable.",
            "{time} Found on floor by {H}, no head injury seen, hoisted back to bed.",
            "{P:first} c/o pain in L hip, given {drug}.",
            "{time} {D} reviewed, plan: bloods, X-ray hip, {drug} and fluids.",
            "Family aware, {R:name} to visit in the morning.",
            "Pressure areas checked, {score}, repositioned every 2 hours, {equipment} in place.",
            "Diet and fluids poor, {drug} given, SALT referral done for swallow.",
            "{time} Pt found unresponsive in {bed}. 2222 called, arrest team attended.",
            "{time} Pt reviewed on the ward round by {C}, {score}.",
            "Discussed with {N}, who will take over care at {time}.",
            "Sats dropped to 86% RA, on 2L via nasal specs, {lab}, {D} aware.",
            "Catheter bag draining concentrated urine, fluid balance chart started.",
            "{time} Delirium screen done, {score}, family say {she} is not {her} usual self.",
            "Mobilised to toilet with {device} and 1 assist.",
            "{R:name} has asked that {she} is not moved to {place} overnight.",
            "Bed manager rang at {time}: transfer to {ward} tomorrow.",
            "{time} Settled, sleeping, 2 hourly turns, {equipment} in situ.",
            "{time} Pt confused, trying to climb out of bed, 1:1 requested from site, {H} with pt.",
            "{time} {R:name} visited, brought in clothes and glasses.",
            "{time} Spoke to {R:lower} on the phone ({phone}), updated re plan.",
            "{time} Fluid balance -600ml, {D} informed via {bleep}.",
            "{time} Cannula (18G L ACF) tissued, re-sited by {D}.",
            "Skin intact, grade 1 to sacrum, barrier cream applied.",
        ],
        "close": [
            "{sign}.",
            "{time} Handover given to day staff. {sign}.",
            "Datix completed ({ref}). {sign}.",
        ],
    },
    "sjr": {
        "open": [
            "Structured Judgement Review. Patient: {PFULL}, {hosp}. Date of death: {date}. Reviewer: {C}.",
            "SJR for {PFULL} ({age:short}), {nhs}, who died {on} on {ward} at {hospital}.",
            "Mortality review, {trust}. {PFULL}, {dob}. Admitted {before}; died {later}.",
        ],
        "body": [
            "Admission phase: {P} was brought in by {ambulance} from {carehome} with a {short} history of reduced intake and falls.",
            "Initial assessment in {place} by {D} was thorough; {score} and {obs} were recorded.",
            "A background of {pmh} was documented, and {her} frailty ({score}) was noted.",
            "Ongoing care: the post-take review by {C} set a clear plan and escalation status.",
            "I rate the admission phase as good care (score 4).",
            "There was a delay of {n} hours before antibiotics were given, despite a {score} and {lab}.",
            "The treatment escalation plan was completed but not discussed with {R}.",
            "End of life care was recognised on day {n}, and {drug} was prescribed as anticipatory medication.",
            "{R2} said the family felt well supported by the palliative care team from {hospice}.",
            "Communication with {R:name} was compassionate and well documented by {N}.",
            "The DNACPR decision was recorded on the ReSPECT form and discussed with {herobj}.",
            "I note that {P} was moved between wards {n} times, including to {ward} at {time}.",
            "The notes from {gp} show {she} had been seen by {G} {before} for {eponym}.",
            "{P:poss} care plan at {carehome} said {she} needed a Sara Stedy for transfers.",
            "The patient was {nineties} and had lived at {carehome} for some years.",
            "Medicines reconciliation by {O} was done within 24 hours, and {drug} was stopped.",
            "Overall care: adequate (score 3). Avoidability: score 5, slight evidence of avoidability.",
            "No problems in care were identified in the perioperative phase.",
            "The clerking was completed by {D} at {time}, {n} hours after arrival in {place}.",
            "The ward round entry by {C} on day {n} says 'for ward-based care, not for ITU'.",
            "Fluid balance was not recorded for {n} days, and {lab} was not acted on.",
            "{P} was seen by {O}, who documented a swallow assessment and thickened fluids.",
            "The last days of life were managed on {ward}, with {drug:name} via a syringe driver.",
            "I found no record that the family were told about the change to comfort care until {later}.",
        ],
        "close": [
            "Second-stage review recommended. Refer to the mortality surveillance group meeting {meeting}.",
            "Reviewer: {L:sign}. Completed {meeting}.",
            "Learning to be shared with {trust} and {gp}.",
        ],
    },
    "aar": {
        "open": [
            "After Action Review, {ward}, {hospital}, held {later}. Facilitator: {L}.",
            "AAR following the cardiac arrest of {P} {on} in {place}.",
            "After action review: delayed transfer of {PFULL} ({hosp}) from {place} to {ward}.",
        ],
        "body": [
            "Present: {N}, {N2}, {H}, {D} and {C}.",
            "What was expected to happen? {P} should have had a senior review within 1 hour of triggering {score}.",
            "What actually happened? The NEWS2 of {n} at {time} was recorded but not escalated until {time}.",
            "{N2} said the ward was short, with {n} patients needing a hoist for transfers.",
            "{D} was covering three wards and {place}, and was holding {bleep}.",
            "Why was there a difference? The escalation flowchart was not visible at the nurses' station.",
            "{C} said the critical care outreach team were not aware of {P}.",
            "{P} had {pmh}, and {her} baseline sats were 88-92% on air.",
            "At {time} {H} found {herobj} drowsy with {obs}, and put out a 2222 call.",
            "ROSC was achieved after {n} cycles, and {she} was taken to ITU.",
            "{R} arrived at {time} and was looked after in the relatives' room by {N}.",
            "What went well? The arrest team arrived within 2 minutes and the resus trolley had been checked that morning.",
            "What can we learn? Escalation of {score} must happen within 30 minutes, whoever is busy.",
            "Staff support: a hot debrief was led by {L} and the team were offered TRiM.",
            "The Datix ({ref}) was completed by {N} {later}.",
            "The team noted that {drug} had been omitted for two doses beforehand.",
            "Ground rules were agreed: no blame, every view counts, and what is said stays in the room.",
            "{N} explained that {P} had come up from {place} at {time} without a handover sheet.",
            "{D} said the bleep had gone {n} times in the hour before the call.",
            "The team agreed the early warning chart was filled in correctly but not acted on.",
            "{C} thanked the team and said the quick response of {H} made the difference.",
            "Actions were agreed and written up by {N2}.",
        ],
        "close": [
            "Actions: the escalation poster to go up on {ward} by {meeting}; owner {L}.",
            "Notes taken by {N2}. Contact {email} for the full AAR record.",
            "Findings to be shared at the {trust} deteriorating patient group {on}.",
        ],
    },
    "complaint": {
        "open": [
            "Dear Sir or Madam, I am writing to complain about the care of my {kin}, {PFULL}, {dob}, at {hospital}.",
            "Complaint received {later} from {R} about the care of {PFULL} ({hosp}). {ref:complaint}.",
            "Dear {R:name}, thank you for your letter about the care of your {kin}, {P}. {ref:complaint}.",
        ],
        "body": [
            "My {kin} was taken into {place} {on} with {eponym} and was left on a trolley for {n} hours.",
            "Nobody told us {she} had fallen until {N} mentioned it when I visited at {time}.",
            "I rang the ward on {phone} at least five times and nobody answered.",
            "When I asked to speak to a doctor, {D} said {she} was too busy.",
            "{She} was {nineties}, and could not feed {herself}, yet the tray was left out of reach.",
            "We were told by {C} that the scan showed {eponym}, but nobody explained what that meant.",
            "{P} lived at {address} until this happened and had carers from {agency} four times a day.",
            "Staff on {ward} were kind, especially {H} and {N2}.",
            "I have spoken to {R2}, who also visited and saw the same things.",
            "I understand your concerns about {P:poss} care, and I am sorry for the distress this caused.",
            "I have reviewed the records and spoken to the staff involved, including {N} and {D}.",
            "The records show that {P} was reviewed at {time} and that {drug} was given.",
            "I accept that {her} call bell was not answered promptly and that this was not good enough.",
            "{P:poss} medicines were not sent with {herobj} to {carehome} on discharge, and this has been investigated ({ref}).",
            "{L} has met the ward team, and the learning has been shared with all staff.",
            "Please contact me on {phone} or at {email:rel} if anything is unclear.",
            "Our complaints process is explained at {url}.",
            "I would like a meeting with {C} and an explanation in writing.",
            "On {date} I arrived at {time} to find {herobj} sitting in a wet bed.",
            "{She} had no water within reach, and {her} glasses and hearing aids were missing.",
            "{She} was sent home without anyone in the family being told and arrived at {time} to an empty house.",
            "I was told by {N2} that {she} was 'a bit confused', but nobody mentioned {eponym}.",
            "I have asked {L} to look at your concerns about nutrition and hydration.",
            "The investigation found that {her} fluid chart was not completed between {time} and {time}.",
            "I am sorry that you had to chase the ward for information, and that {D} did not speak with you.",
        ],
        "close": [
            "Yours faithfully, {R:name}.",
            "If you remain unhappy, you can contact {body}. Yours sincerely, {L:sign}, {trust:full}.",
            "Please reply to {address}, or email {email:rel}. Yours sincerely, {R:name}.",
        ],
    },
    "coroner": {
        "open": [
            "Statement for HM Coroner: the death of {PFULL}, {dob}, of {address}. {ref:coroner}.",
            "I am {C}, employed by {trust:full}. I make this statement about the care of {PFULL}.",
            "Inquest touching the death of {PFULL} ({age:short}). Statement of {N}, registered nurse.",
        ],
        "body": [
            "I qualified in 2009 and have worked at {hospital} since 2014.",
            "I have had access to the medical records, and I refer to them throughout this statement.",
            "At the time of {her} death {P} was {age:bare}.",
            "{P} was admitted {on} via {place} with {eponym} and a background of {pmh}.",
            "{She} was seen by {D}, who documented {obs} and prescribed {drug}.",
            "At {time} {on} I was called to see {P} because {score} had been recorded.",
            "I examined {herobj} and found {she} had {eponym}.",
            "I discussed the findings with {R} by telephone, and a plan for ward-based care was agreed.",
            "The observations were recorded at {time}, {time} and {time}, with {score} at the last set.",
            "{P} deteriorated overnight and died at {time} {on}, with {R:name} present.",
            "A post-mortem examination was carried out and gave the cause of death as 1a pneumonia, 1b {eponym}.",
            "Following the death, {ref:steis} was declared and a patient safety incident investigation commissioned.",
            "The investigation found that {device:the} had not been checked for {n} hours.",
            "{P} had previously been known to {gp} and had been reviewed by {G} {before}.",
            "{P} was {nineties} and had been fully independent until {vague:past}.",
            "Since this death, {trust} has introduced a new policy on {device:bare} checks.",
            "The ambulance crew from {ambulance} arrived at {address:nopc} at {time}.",
            "I make this statement from my own knowledge and from the records of {hospital}.",
            "I was the consultant responsible for {P:poss} care from {before} until {her} death.",
            "The family, including {R2}, raised concerns about the delay in the CT scan.",
            "The CT showed a left subdural haematoma, and the scan was discussed with the neurosurgical registrar.",
            "On reflection, I accept that the escalation should have happened sooner.",
            "{N2} has given a separate statement about the events of that night.",
        ],
        "close": [
            "I believe the facts stated in this statement are true. Signed {C:name}, {meeting}.",
            "Statement taken by {L}, {meeting}.",
            "I am willing to attend the inquest if required. Signed: {L:sign}.",
        ],
    },
    "discharge": {
        "open": [
            "Dear {G}, re: {PFULL}, {dob}, {hosp}, {address}.",
            "DISCHARGE SUMMARY. {PFULL}. {nhs}. Admitted {before}, discharged {date}. Ward: {ward}.",
            "To: {gp}. Patient: {PFULL} ({age:short}), {nhs}. Consultant: {C}.",
        ],
        "body": [
            "Diagnosis: {eponym}, treated with {drug}.",
            "{P}, {age:inline}, was admitted with {eponym}.",
            "Presenting complaint: {short} history of falls and confusion, brought in by {ambulance}.",
            "PMH: {pmh}.",
            "Course in hospital: {P} was admitted to {ward} under {C} and treated with IV {drug}.",
            "{She} was reviewed by {O}, who recommended a wheeled frame for mobility.",
            "Bloods on discharge: {lab}, {lab}.",
            "Medication changes: {drug} started; {drug:name} stopped because of {lab}.",
            "Please recheck U&Es in 1/52 and review the dose of {drug:name}.",
            "Follow up: clinic with {C:name} in {short}; the appointment letter will go to {address:nopc}.",
            "{P} is being discharged to {carehome} with a package of care from {agency}.",
            "Next of kin: {R}, tel {phone}.",
            "Resuscitation status: DNACPR, form completed and a copy sent with the patient.",
            "District nursing referral sent to {trust} for catheter care.",
            "{She} will need support from {council} for a care needs assessment.",
            "The family were updated by {N} before discharge on {ward}.",
            "Discharge letter by {D}, bleep {n}{n}{n}{n}.",
            "Mobility: 1 assist with a frame; {score}.",
            "Allergies: penicillin (rash).",
            "Information given to patient and carer: yes, to {R}.",
            "Please continue {drug} for a further {short}.",
            "Discharge pathway: discharge to assess, pathway 2, bed at {carehome}.",
            "Driving advice given: not to drive for one month.",
        ],
        "close": [
            "Yours sincerely, {D}, for {C:name}. cc {R:name}, {address}.",
            "Queries to the ward on {phone} or {email}.",
            "Electronically signed by {D}, {date}.",
        ],
    },
    "safeguarding": {
        "open": [
            "Safeguarding adults concern. Adult at risk: {PFULL}, {dob}, of {address}. {ref:social}.",
            "Safeguarding note {date} {time}: concerns raised by {O} about {PFULL} ({hosp}).",
            "MASH referral for {PFULL} ({age:short}), {nhs}. Referrer: {L}.",
        ],
        "body": [
            "{P} was admitted {on} from home with unexplained bruising to both forearms and {eponym}.",
            "{P} lives with {R}, who is {her} main carer.",
            "Carers from {agency} reported that {P} was often left alone with no food in the house.",
            "{She} told {N} that {her} {rel} takes {her} bank card and will not let {herobj} see {her} friends.",
            "The neighbour, {X}, rang the police at {time} after hearing shouting from {street}.",
            "{police} attended, {ref:police}, and {O} spoke to {P} alone.",
            "The grandson, aged 9, attends {school}, and the school nurse has been informed.",
            "Mental capacity assessment by {D}: {P} has capacity to decide where to live.",
            "{She} has {pmh}, and {her} {drug:name} was found in a bag, not taken for weeks.",
            "Body map completed by {N2}; photographs taken with consent and stored in the record.",
            "{council} were contacted on {phone}, and the duty social worker, {SW}, asked for a strategy meeting.",
            "A strategy meeting is booked for {meeting}, chaired by {L}.",
            "{P} does not want {her} {rel} to be told about this referral.",
            "The GP, {G}, at {gp}, has been asked for information about previous concerns.",
            "The previous concern, {ref:social}, was closed {before} with no further action.",
            "{P} was discharged to {carehome} for respite while the enquiry continues.",
            "Advice from the safeguarding team via {email:team} and {bleep}.",
            "Category of abuse: financial and neglect. Alleged source of risk: {her} {rel}.",
            "{P} was seen alone with an interpreter {on} and said {she} felt safe on the ward.",
            "Capacity was assessed as fluctuating, and {R2} has lasting power of attorney for health and welfare.",
            "The police record ({ref:police}) shows a previous call to the address {vague:past}.",
            "A DoLS application was submitted to {council} {on}.",
            "Plan: no discharge until the strategy meeting; ward staff to record every visit.",
        ],
        "close": [
            "Concern logged by {L:sign}, {date}.",
            "Outcome to be recorded on the electronic record by {N}.",
            "Section 42 enquiry opened by {council}; {ref:social}.",
        ],
    },
}
STYLE_WEIGHTS = {
    "incident": 20, "nursing": 14, "sjr": 14, "aar": 10, "complaint": 12, "coroner": 10,
    "discharge": 12, "safeguarding": 8,
}  # fmt: skip
# Clinical sentences any document can carry: they add length and words that must be kept.
FILLER = [
    "{P} was known to have {eponym}, and {score} was recorded at {time}.",
    "Bloods showed {labs}; the repeat {vague:past} was similar.",
    "{P} had a {short} history of {eponym} and was on {drug}.",
    "{line} was in place on arrival in {place}.",
    "Observations at {time}: {obs}.",
    "{drug} was given at {time} and {drug} was withheld.",
    "{She} was transferred from {place} to {place} at {time} for closer monitoring.",
    "The Waterlow was 1{n} and the MUST was {q}; {equipment} was requested.",
    "{P} had been seen in outpatients {vague:past} for {eponym}.",
    "The patient was in {bed} with the call bell within reach.",
    "{P}, {age:inline}, had been seen by {G} at {gp} {vague:past}.",
    "{X}, {otherage}, in the next bed, was not involved.",
    "{P} ({age:inline}) had been independent with a frame before admission.",
    "The ReSPECT form recorded a preference to stay at {carehome} if possible.",
    "Anticipatory medicines ({drug:name}, {drug:name}) were prescribed.",
    "The plan was reviewed again {vague}, with {labs}.",
]


_SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")


def _render(case: Case, template: str) -> list[Piece]:
    pieces: list[Piece] = []
    position = 0
    for match in _SLOT.finditer(template):
        if match.start() > position:
            pieces.append((template[position : match.start()], None, None))
        filled = getattr(case, f"slot_{match.group(1)}")(match.group(2))
        following = template[match.end() : match.end() + 1]
        # A trailing ", role," before punctuation in the template loses its own comma.
        last_text, last_label, _ = filled[-1]
        if last_label is None and last_text.endswith(",") and following in ",.;:)":
            filled = [*filled[:-1], (last_text[:-1], None, None)]
            if not filled[-1][0]:
                filled = filled[:-1]
        pieces.extend(filled)
        position = match.end()
    if position < len(template):
        pieces.append((template[position:], None, None))
    for index in range(1, len(pieces)):
        text, label, meta = pieces[index]
        before = pieces[index - 1][0]
        if label is None and text[:1].islower() and before.endswith((". ", "? ")):
            pieces[index] = (text[0].upper() + text[1:], label, meta)
    text, label, meta = pieces[0]
    if label is None and text[:1].islower() and case.style != "nursing":
        pieces[0] = (text[0].upper() + text[1:], label, meta)
    return [piece for piece in pieces if piece[0]]


def _words(pieces: list[Piece]) -> int:
    return len("".join(text for text, _, _ in pieces).split())


def example(rng: random.Random, number: int) -> Example:
    """One document with its gold spans and the record."""
    style = rng.choices(list(STYLE_WEIGHTS), weights=list(STYLE_WEIGHTS.values()))[0]
    case = Case(rng, style)
    bank = STYLES[style]
    target = max(MIN_WORDS + 15, min(MAX_WORDS - 40, round(rng.gauss(295, 60))))
    chosen = sorted(rng.sample(range(len(bank["open"])), rng.randint(1, 2)))
    opening = [_render(case, bank["open"][i]) for i in chosen]
    closing = _render(case, rng.choice(bank["close"]))
    # Body sentences keep their order (the story runs forwards); some are skipped at random, so
    # documents of one kind differ in what they say.
    body_templates = [t for t in bank["body"] if rng.random() < 0.8]
    queue = body_templates + rng.sample(FILLER, len(FILLER))
    words = sum(_words(p) for p in opening) + _words(closing)
    body: list[list[Piece]] = []
    for template in queue:
        if words >= target:
            break
        sentence = _render(case, template)
        count = _words(sentence)
        if words + count > MAX_WORDS - 5:
            continue
        body.append(sentence)
        words += count
    # Nursing notes and letters break into lines; the other kinds are prose.
    sentences = [*opening, *body, closing]
    parts: list[Piece] = []
    for index, sentence in enumerate(sentences):
        if index:
            newline = style in {"nursing", "discharge"} and rng.random() < 0.6 or rng.random() < 0.1
            parts.append(("\n" if newline else " ", None, None))
        parts.extend(sentence)
    text_parts: list[str] = []
    spans: list[GoldSpan] = []
    length = 0
    for text, label, meta in parts:
        if label is not None:
            spans.append(GoldSpan(length, length + len(text), label, **(meta or {})))
        text_parts.append(text)
        length += len(text)
    return Example(
        id=f"heldout-{number:06d}",
        text="".join(text_parts),
        known=case.known(),
        gold=tuple(spans),
        kind=f"heldout/{style}",
    )


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    """``count`` documents; the same seed always gives the same ones."""
    rng = random.Random(seed)
    for number in range(1, count + 1):
        yield example(rng, number)
