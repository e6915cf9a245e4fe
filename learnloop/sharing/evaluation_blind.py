"""A blind evaluation pack for de-identification: the figures the project quotes.

Written without reading the engine (``deidentify``, its name and place lists, its tests or its
README) or the other template packs, and frozen before the engine was ever scored on it. Only the
shared infrastructure of ``evaluation`` is reused (``Example``, ``GoldSpan``, the scorer, the
Faker name pools with their listed/unlisted split, ``nhs_number``, ``postcode``, ``ordinal``), so
gold spans and scores mean the same thing as on the other packs.

``generate(count, seed)`` writes NHS texts of 150 to 450 words (about 300 on average): ambulance
handovers, community mental health notes, maternity incident reports, GP significant event
analyses, prison healthcare incidents, care home transfer forms, medicines incidents, falls,
pressure ulcers, missed deterioration reviews, suicide investigations, learning disability
mortality reviews, serious incident action plans and letters to families. Every identifier is a
gold span; the clinical words around them that look like names, dates, ages or numbers are never
gold (``KEEP_TERMS`` lists those the tests check). What each label covers is set out in
NOTES.md beside this pack, and briefly:

- ``PERSON``: the name with any honorific written before it (Mr, Mrs., Ms, Miss, Dr, Prof); role
  and grade words (Staff Nurse, SN, FY1, Sister, Officer, midwife, "Baby") and a possessive lie
  outside.
  First names, surnames, capitals, initials ("Patient AK"), lower case and nicknames are gold.
- ``DATE``: any date precise to the day, with or without a year or weekday, and month with year;
  a range within a month is one span. A month, a season, a year or a weekday on its own is not
  gold, nor are times and durations ("2/7", "x 3/52").
- ``AGE``: only the number, and only when it is over 89 (words too: "ninety-two").
- ``ADDRESS``: house name or number to town, on one line or several; the postcode is its own
  ``POSTCODE`` span. A street on its own is a ``LOCATION``; a town or county on its own is not gold.
- ``LOCATION``: streets, named wards and units, care homes, supported living houses.
- ``ORGANISATION``: hospitals, trusts, GP practices, hospices, pharmacies, care agencies, schools,
  prisons, police forces, councils, ambulance services, ICBs. National bodies are not gold.
- ``NHS_NUMBER``, ``HOSPITAL_NUMBER``, ``ID``: the number, not its label.
"""

from __future__ import annotations

import random
import re
import unicodedata
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
    "KEEP_TERMS",
    "KINDS",
    "LABELS",
    "MAX_WORDS",
    "MIN_WORDS",
    "Example",
    "Found",
    "GoldSpan",
    "generate",
    "score",
]

Piece = tuple[str, str | None, dict | None]

# ---------------------------------------------------------------------------------------------
# Vocabulary (this pack's own)
# ---------------------------------------------------------------------------------------------

# town: (postcode area, dialling code, county)
TOWNS = {
    "Kendal": ("LA", "01539", "Cumbria"),
    "Penrith": ("CA", "01768", "Cumbria"),
    "Barnstaple": ("EX", "01271", "Devon"),
    "Bridlington": ("YO", "01262", "East Yorkshire"),
    "Grantham": ("NG", "01476", "Lincolnshire"),
    "Hexham": ("NE", "01434", "Northumberland"),
    "Ludlow": ("SY", "01584", "Shropshire"),
    "Oswestry": ("SY", "01691", "Shropshire"),
    "Skegness": ("PE", "01754", "Lincolnshire"),
    "Thetford": ("IP", "01842", "Norfolk"),
    "Wisbech": ("PE", "01945", "Cambridgeshire"),
    "Macclesfield": ("SK", "01625", "Cheshire"),
    "Rotherham": ("S", "01709", "South Yorkshire"),
    "Wigan": ("WN", "01942", "Greater Manchester"),
    "Stockport": ("SK", "0161", "Greater Manchester"),
    "Dudley": ("DY", "01384", "West Midlands"),
    "Gateshead": ("NE", "0191", "Tyne and Wear"),
    "Swindon": ("SN", "01793", "Wiltshire"),
    "Yeovil": ("BA", "01935", "Somerset"),
    "Taunton": ("TA", "01823", "Somerset"),
    "Carlisle": ("CA", "01228", "Cumbria"),
    "Scunthorpe": ("DN", "01724", "Lincolnshire"),
    "Kidderminster": ("DY", "01562", "Worcestershire"),
    "Crewe": ("CW", "01270", "Cheshire"),
    "Hastings": ("TN", "01424", "East Sussex"),
    "Margate": ("CT", "01843", "Kent"),
    "Basildon": ("SS", "01268", "Essex"),
    "Luton": ("LU", "01582", "Bedfordshire"),
    "Kettering": ("NN", "01536", "Northamptonshire"),
    "Mansfield": ("NG", "01623", "Nottinghamshire"),
    "Worksop": ("S", "01909", "Nottinghamshire"),
    "Chesterfield": ("S", "01246", "Derbyshire"),
    "Doncaster": ("DN", "01302", "South Yorkshire"),
    "Barnsley": ("S", "01226", "South Yorkshire"),
    "Halifax": ("HX", "01422", "West Yorkshire"),
    "Burnley": ("BB", "01282", "Lancashire"),
    "Blackpool": ("FY", "01253", "Lancashire"),
    "Morecambe": ("LA", "01524", "Lancashire"),
    "Whitby": ("YO", "01947", "North Yorkshire"),
    "Darlington": ("DL", "01325", "County Durham"),
    "Hartlepool": ("TS", "01429", "County Durham"),
    "Truro": ("TR", "01872", "Cornwall"),
    "Bodmin": ("PL", "01208", "Cornwall"),
    "Exmouth": ("EX", "01395", "Devon"),
    "Salisbury": ("SP", "01722", "Wiltshire"),
    "Aylesbury": ("HP", "01296", "Buckinghamshire"),
    "Banbury": ("OX", "01295", "Oxfordshire"),
    "Stafford": ("ST", "01785", "Staffordshire"),
    "Telford": ("TF", "01952", "Shropshire"),
    "Hereford": ("HR", "01432", "Herefordshire"),
}
VILLAGES = (
    "Low Hesket", "Great Ayton", "Nether Stowey", "Kirkby Thore", "Little Snoring", "Upper Denby",
    "Much Marcle", "Sutton-on-Sea", "Long Itchington", "West Witton", "Bishop's Itchington",
)  # fmt: skip
STREET_STEMS = (
    "Mill", "Chapel", "Tanner's", "Quarry", "Orchard", "Beacon", "Ferry", "Cobden", "Sycamore",
    "Foundry", "Hollins", "Brewery", "Gooseberry", "Kiln", "Wharf", "Priory", "Vicarage",
    "Sheepfold", "Ropewalk", "Lark", "Colliery", "Tithe Barn", "Fennel", "Marsh", "Pinfold",
    "Albion", "Peel", "Gladstone", "Balaclava", "Jubilee", "Coronation", "Wellington", "Kingsley",
)  # fmt: skip
STREET_KINDS = (
    "Lane", "Road", "Street", "Close", "Crescent", "Avenue", "Drive", "Terrace", "Grove", "Way",
    "Gardens", "View", "Mews", "Row", "Walk", "Rise", "Bank", "Fold", "Gate", "Court",
)  # fmt: skip
HOUSE_NAMES = (
    "Rose Cottage", "The Old Forge", "Hillside", "Ty Gwyn", "Fernlea", "Wood View",
    "Little Orchard", "The Bungalow", "Keeper's Cottage", "Swallow Barn", "Glebe House",
)  # fmt: skip
BLOCKS = (
    "Jubilee Court", "Kingfisher House", "Coronation Buildings", "Marlowe Point", "Tenter Heights",
    "Dyson House", "Carr Mill Court", "Abbot's Wharf",
)  # fmt: skip
WARD_STEMS = (
    "Kestrel", "Heron", "Curlew", "Skylark", "Larch", "Hazel", "Rowan", "Juniper", "Bluebell",
    "Foxglove", "Primrose", "Seacole", "Cavell", "Nightingale", "Fleming", "Lister", "Jenner",
    "Coniston", "Derwent", "Ullswater", "Tamar", "Swale", "Wensley", "Puffin", "Osprey", "Eden",
)  # fmt: skip
WARD_KINDS = ("Ward", "Ward", "Ward", "ward", "Unit", "Suite", "Lodge")
MH_UNITS = (
    "the Beckside Unit", "Millbrae House", "the Brambling Centre", "Harrowgate Lodge",
    "the Fellside Centre", "Tarn House", "the Linnet Unit",
)  # fmt: skip
HOME_STEMS = (
    "Thornleigh", "Ashgrove", "Beechcroft", "The Laurels", "Meadowbank", "Fairhaven", "Birchfield",
    "Highcroft", "St Wilfrid's", "Abbeygate", "Elmhurst", "Cedar Lodge", "Harebell", "Moorcroft",
)  # fmt: skip
HOME_KINDS = ("Care Home", "Nursing Home", "Residential Home", "House", "Court", "Manor", "")
SAINTS = ("St Hilda's", "St Aidan's", "St Cuthbert's", "St Winifred's", "St Oswald's", "St Chad's")
ROYALS = (
    "Queen Adelaide",
    "Princess Beatrice",
    "Prince Albert",
    "Queen Alexandra",
    "King Edward VII",
)
GP_WORDS = (
    "Beckside", "Fellview", "Harbour Lane", "Castlegate", "Moorside", "Pennine", "Quayside",
    "Abbey Fields", "Springwell", "Northgate", "Elm Tree", "Market Cross", "Riverbank", "Salters",
)  # fmt: skip
HOSPICES = (
    "St Oswin's Hospice", "Willowbrook Hospice", "Heathercroft Hospice", "Lantern House Hospice",
    "St Bega's Hospice",
)  # fmt: skip
PHARMACIES = (
    "Greenway Chemists", "Market Square Pharmacy", "Bridge Street Pharmacy", "Hollybank Pharmacy",
    "Coxon's Chemist", "Fairfield Pharmacy",
)  # fmt: skip
AGENCIES = (
    "Heartwood Homecare Ltd", "Kindred Care Services", "Bluebird Domiciliary Care",
    "Carefirst Community Support Ltd", "Evergreen Home Care", "Wrenfield Supported Living",
)  # fmt: skip
SCHOOLS = (
    "Thornfield Academy", "St Bede's RC Primary School", "Castle View High School",
    "Moorlands Community College", "Brook Street Primary", "Ravenscar Free School",
)  # fmt: skip
PRISONS = (
    "HMP Ravensmoor", "HMP Holbeck Grange", "HMP Kirkstall Fell", "HMP/YOI Cresswell",
    "HMP Saltmarsh", "HMP Ashby Priors",
)  # fmt: skip
POLICE = (
    "Cumbria Constabulary", "Lancashire Constabulary", "Devon and Cornwall Police",
    "West Yorkshire Police", "Northumbria Police", "Norfolk Constabulary", "Durham Constabulary",
    "Essex Police", "Kent Police", "West Mercia Police", "Avon and Somerset Police",
)  # fmt: skip
AMBULANCE = (
    "North West Ambulance Service", "NWAS", "Yorkshire Ambulance Service", "YAS",
    "East Midlands Ambulance Service", "EMAS", "South Western Ambulance Service", "SWASFT",
    "West Midlands Ambulance Service", "North East Ambulance Service", "NEAS",
    "East of England Ambulance Service", "EEAST", "SECAmb",
)  # fmt: skip
APOSTROPHE_SURNAMES = (
    "O'Connell", "O'Hagan", "D'Arcy", "O'Rourke", "D'Souza", "O'Donoghue", "N'Diaye", "O'Kane",
)  # fmt: skip
HYPHEN_FIRSTS = {
    "F": ("Anne-Marie", "Mary-Jane", "Lily-Mae", "Jo-Anne"),
    "M": ("Jean-Paul", "Lee-Roy"),
}
NICKNAMES = {
    "Margaret": "Peggy", "William": "Bill", "Robert": "Bob", "Elizabeth": "Betty",
    "Dorothy": "Dot", "Edward": "Ted", "Patricia": "Pat", "James": "Jim", "Catherine": "Kate",
    "Susan": "Sue", "Alexander": "Sandy", "Jennifer": "Jen", "Charles": "Chas",
    "Frederick": "Fred", "Albert": "Bert", "Harold": "Harry", "Henry": "Hal", "John": "Jack",
    "Mary": "Molly", "Helen": "Nell", "Eleanor": "Nell", "Christopher": "Kit", "Anthony": "Tony",
    "Michael": "Mick", "Stephen": "Steve", "Thomas": "Tommy", "Joseph": "Joe", "Samuel": "Sam",
    "Daniel": "Danny", "Rebecca": "Becky", "Victoria": "Vicky", "Deborah": "Debbie",
    "Kathleen": "Kath", "David": "Davey", "Richard": "Dickie", "Andrew": "Andy", "Peter": "Pete",
}  # fmt: skip
OTHER_NICKNAMES = ("Sunny", "Ginger", "Tiny", "Bunny", "Lofty", "Chalky", "Dusty", "Smudge")

# -- clinical words that look like names, dates, ages or numbers: never gold ------------------
EPONYMS = (
    "Parkinson's disease", "Alzheimer's disease", "Crohn's disease", "Addison's disease",
    "Cushing's syndrome", "Down syndrome", "Hodgkin lymphoma", "Bell's palsy",
    "Guillain-Barre syndrome", "Wernicke's encephalopathy", "Huntington's disease",
    "Raynaud's phenomenon", "Barrett's oesophagus", "Paget's disease", "Dupuytren's contracture",
    "a Colles' fracture", "a Baker's cyst", "Hashimoto's thyroiditis", "Meniere's disease",
    "Korsakoff syndrome", "Sjogren's syndrome", "Lewy body dementia", "Graves' disease",
)  # fmt: skip
CONDITIONS = (
    "type 2 diabetes", "COPD", "heart failure (EF 30%)", "CKD stage 4", "atrial fibrillation",
    "vascular dementia", "hypertension", "a previous stroke", "osteoporosis", "epilepsy",
    "bipolar affective disorder", "emotionally unstable personality disorder", "schizophrenia",
    "alcohol dependence", "frailty", "recurrent UTIs", "peripheral vascular disease",
)  # fmt: skip
DRUGS = (
    "Oramorph 2.5mg PRN", "Zomorph 10mg BD", "Oxynorm 5mg", "Fragmin 5000 units SC",
    "Clexane 40mg OD", "apixaban (Eliquis) 5mg BD", "rivaroxaban (Xarelto) 20mg OD",
    "Madopar 62.5mg QDS", "Sinemet CR", "Epilim Chrono 500mg BD", "clozapine (Clozaril) 300mg",
    "Priadel 400mg nocte", "Buscopan 20mg", "Movicol 1 sachet BD", "Adcal-D3 one tablet BD",
    "Lantus 18 units", "NovoRapid sliding scale", "Humulin I 24 units", "Tazocin 4.5g TDS",
    "Augmentin 625mg TDS", "co-codamol 30/500", "Gaviscon Advance 10ml", "Fortisip x2 daily",
    "Tegretol 200mg BD", "Keppra 500mg BD", "Seroquel 50mg", "Depakote 250mg", "Haldol 0.5mg",
    "Pabrinex IV", "Hartmann's solution 1L over 8 hours", "Zopiclone 3.75mg", "Warfarin 3mg",
    "Diazepam 5mg", "Lorazepam 1mg", "Metformin 1g BD", "Bisoprolol 2.5mg", "Sando-K",
)  # fmt: skip
SCORES = (
    "GCS 14/15 (E4 V4 M6)", "NEWS2 of 7", "Waterlow score 18", "Braden score 12",
    "Rockwood Clinical Frailty Scale 7", "MUST score 2", "Morse Falls Scale 65",
    "Abbey Pain Scale 9", "Wells score 4", "CURB-65 of 3", "4AT of 6", "Barthel index 35",
    "Edinburgh Postnatal Depression Scale 19", "Bishop score 4", "PEWS 5", "AMTS 6/10",
)  # fmt: skip
DEVICES = (
    "an Alaris pump", "a McKinley T34 syringe driver", "a Bair Hugger", "a HoverJack",
    "a Mangar ELK lifting cushion", "a Venflon in the left ACF", "a PICC line", "a Hickman line",
    "a Foley catheter", "a Zimmer frame", "a Sara Stedy", "a Guedel airway", "a Yankauer sucker",
    "a Venturi mask at 28%", "a Dyna-Form mattress", "a Thomas splint", "a Ryle's tube",
)  # fmt: skip
LABS = (
    "Hb 84 g/L", "Na 126", "K+ 6.1", "CRP 214", "lactate 4.2", "eGFR 38", "INR 5.6",
    "troponin 142 ng/L", "WCC 18.2", "urea 21.4", "creatinine 188", "albumin 24",
    "glucose 2.1 mmol/L", "lithium level 1.4", "platelets 92", "bilirubin 41",
)  # fmt: skip
OBS = (
    "RR 28, SpO2 91% on air, HR 118 irregular, BP 94/60, temp 38.6",
    "RR 22, sats 94% on 2L, HR 96, BP 168/92, T 37.9",
    "RR 30, SpO2 89% on 15L NRB, HR 134, BP 90/48, apyrexial",
    "BP 102/58, HR 110, sats 95% RA, cap refill 4s, BM 3.2",
)  # fmt: skip
VERTEBRAE = ("T11", "L3", "L5/S1", "C6/7", "T6", "C1/2", "L3/4", "T4", "C5")
NUMBERED_PLACES = (
    "Ward 21", "ward 7B", "AMU", "bay 4", "bed 12", "side room 3", "Resus", "theatre 3",
    "cubicle 9", "majors", "SDEC", "Ward 30", "Bay C", "the discharge lounge", "A&E",
)  # fmt: skip
NATIONAL = (
    "the CQC", "NHS 111", "NHS England", "HSSIB", "the MHRA", "NICE", "the coroner",
    "the PPO", "the ICB", "NHS Resolution",
)  # fmt: skip

KEEP_TERMS = tuple(
    sorted(
        {
            *EPONYMS,
            *(drug.split(" (")[0] for drug in DRUGS),
            *SCORES,
            *(device.removeprefix("a ").removeprefix("an ") for device in DEVICES),
            *LABS,
            *NUMBERED_PLACES,
            *NATIONAL,
            "Glasgow Coma Scale", "ReSPECT form", "DNACPR", "Sepsis Six", "Kiwi", "Syntocinon",
            "Hemabate", "ACCT", "Mental Capacity Act", "Zimmer frame", "Omnicell", "EMIS",
            "SystmOne", "SNOMED", "Kardex", "LFPSE", "Datix", "Ulysses", "StEIS",
            "Learning from Deaths", "Mental Health Act", "section 17 leave",
        }
    )
)  # fmt: skip

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_UNITS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def number_words(n: int) -> str:
    """72 -> 'seventy-two', 103 -> 'one hundred and three'."""
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {number_words(rest)}" if rest else "")
    if n < 20:
        return _UNITS[n]
    tens, units = divmod(n, 10)
    return _TENS[tens] + (f"-{_UNITS[units]}" if units else "")


WORD_NUMBERS = {number_words(n): n for n in range(1, 120)}


def _ascii(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower())


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------


@dataclass
class Who:
    first: str
    last: str
    sex: str
    names: str  # "listed" or "unlisted", as the shared pools say
    in_record: bool
    title: str
    nick: str = ""
    relation: str = ""  # for relatives: daughter, son...

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


RELATIONS = {
    "F": ("daughter", "wife", "sister", "niece", "granddaughter", "partner", "mother",
          "daughter-in-law", "stepdaughter", "cousin"),
    "M": ("son", "husband", "brother", "nephew", "grandson", "partner", "father", "son-in-law",
          "stepson", "brother-in-law"),
}  # fmt: skip
RELATION_SHORT = {"daughter": "dtr", "husband": "h/b", "wife": "w/f", "son": "son"}


def _names_tag(*parts: str) -> str:
    listed = listed_names()
    return "listed" if all(part.casefold() in listed for part in parts) else "unlisted"


def _person(rng: random.Random, *, sex: str | None = None, last: str | None = None) -> Who:
    base = _new_person(rng, sex=sex, last=last)
    first, surname, names = base.first, base.last, base.names
    roll = rng.random()
    if last is None and roll < 0.05:
        surname = rng.choice(APOSTROPHE_SURNAMES)
        names = _names_tag(surname) if names == "listed" else "unlisted"
    elif last is None and roll < 0.11:
        other = _new_person(rng, sex=base.sex)
        if other.last != surname:
            surname = f"{surname}-{other.last}"
            if other.names == "unlisted":
                names = "unlisted"
    if rng.random() < 0.03:
        first = rng.choice(HYPHEN_FIRSTS[base.sex])
        names = _names_tag(*first.split("-")) if names == "listed" else "unlisted"
    return Who(first=first, last=surname, sex=base.sex, names=names, in_record=False, title="")


def _patient_title(rng: random.Random, sex: str, age: int) -> str:
    if sex == "M":
        return "Mr"
    if age < 30:
        return rng.choice(("Miss", "Ms"))
    return rng.choices(("Mrs", "Ms", "Miss"), weights=(6, 3, 1))[0]


# ---------------------------------------------------------------------------------------------
# Templates: one list of sentences per kind; a tuple offers alternatives
# ---------------------------------------------------------------------------------------------

KINDS = {
    "ambulance_handover": dict(
        style="hurried",
        body=[
            (
                "{ambs} handover to {hospital} ED, {date} at {time}.\nCrew: {para} / {para2}.\nPt: {Phead}, {agehead}, {dob}, {nhs}.",
                "PRE-ALERT / HANDOVER ({ambs})\nDate: {date}   Time at hospital: {time}\nPatient: {Phead}  {dob}  {nhs}\nAge: {agehead}",
            ),
            "Called to {addr} by {R} after {he} was found on the floor of the kitchen.",
            (
                "ATMIST - A: {agebare}. T: approx {time}. M: unwitnessed fall, long lie est 6-8 hrs. I: ?NOF R side, shortening and external rotation. S: {obs}. T: {drug}, {device}.",
                "SBAR: S - fall at home, long lie. B - {eponym}, {cond}. A - {obs}. R - needs ED assessment, ?#NOF.",
            ),
            "PMH {eponym}, {cond}, AF on {drug}. Lives alone, POC QDS from {agency}.",
            "GP {gpn} at {gp_practice}. NOK {Rn} ({rel}) contactable on {phone}.",
            "{Pfirst} alert on arrival, GCS 15/15, c/o pain 8/10 R hip; Glasgow Coma Scale unchanged at {time}.",
            "Handed over to {nurse} in {numplace} at {time}; {hosp} allocated by reception.",
            "Delayed handover: 3 hr 40 min held outside ED, pt kept on vehicle with {device}. {datix} raised by crew.",
        ],
    ),
    "mental_health_community": dict(
        style="hurried",
        body=[
            (
                "CMHT contact note | {date} {time} | Seen by: {cpnn} (CPN) | Client: {Phead} {nhs} | {hosp}",
                "Community Mental Health Team - home visit\n{date}, {time}\nClient: {Phead}, {dob}\nWorker: {cpn}",
            ),
            "HV to {addr}. {Pfirst} answered the door; flat cluttered, curtains drawn, empty cans in the kitchen.",
            "{He} reports poor sleep, low mood x 3/52, denies active plans but passive thoughts since {date2}.",
            "Meds: {drug} and {drug}; depot due {date3}, to be given at {mhunit}.",
            "Collateral from {R} by phone ({phone}): worried about {his} drinking and debts.",
            "{His} son attends {school}; school safeguarding lead {other} has been informed with consent.",
            "Risk: moderate. Safety plan reviewed, crisis line given. Discussed at MDT, consultant {consn} aware.",
            "Plan: r/v {date3} at {mhunit}; liaise with {gpdoc} ({gp_practice}) re bloods, {lab}.",
        ],
    ),
    "maternity": dict(
        style="formal",
        body=[
            (
                "Maternity incident report {datix}.\nDate of incident: {date}. Location: Delivery Suite, room 6, {hospital}. Reporter: {mwn}, band 6 midwife.",
                "Incident: delay in escalation of an abnormal CTG. {hospital}, Delivery Suite. Date: {date}. Reported by {mw} ({datix}).",
            ),
            "{Pfull} ({agebare} years, G3P2, {hosp}, {nhs}) was admitted at 39+4 weeks in spontaneous labour at {time}.",
            "The CTG was classified as pathological at {time} (baseline 165, reduced variability, late decelerations) but the obstetric registrar, {docn}, was in theatre 2 with a category 1 caesarean section.",
            "A fresh eyes review was not documented for 50 minutes. {mwn} escalated to the labour ward coordinator, {coord}.",
            "Baby {Plast} was born at {time} by Kiwi ventouse, Apgars 3, 6 and 9, cord pH 7.02, and was transferred to {ward} for therapeutic cooling.",
            "EBL 1,800 ml; Syntocinon infusion and Hemabate 250 micrograms IM were given.",
            "{Her} partner, {Rn}, has asked for a copy of the report; contact {email_family}.",
            "Referred to HSSIB and reported on StEIS ({steis}). Duty of candour letter sent {date3}.",
        ],
    ),
    "gp_sea": dict(
        style="formal",
        body=[
            "Significant Event Analysis - {gp_practice}, {practice_addr}.\nMeeting date: {date3}. Present: {gpdoc}, {gp2}, practice manager {pm}, {pn} (practice nurse).",
            "What happened: Patient {Pinitials} ({agehead}, {nhs}) was prescribed Augmentin by {locum} on {date}, despite a documented penicillin allergy.",
            "The EMIS alert did not fire because the allergy had been entered as free text when {he} registered from {gp_other} in {monthyear}.",
            "{Pposs} {rel}, {Rn}, rang the surgery on {date2} at {time} to report a spreading rash and was advised to call NHS 111.",
            "{He} attended {hospital} ED, received IM adrenaline 0.5mg and chlorphenamine 10mg, and was discharged the following day.",
            "Learning: free-text allergies to be recoded with SNOMED; {pm} to audit by {future}.",
            "Shared with the ICB medicines optimisation team and recorded on LFPSE ({lfpse}).",
        ],
    ),
    "prison": dict(
        style="hurried",
        body=[
            "Healthcare incident summary. Establishment: {prison}.\nPrisoner: {Pcaps} {prisonno}, {agehead}, {nhs}.",
            "On {date} at {time} officers found {Plast} unresponsive in cell 2-14 on C wing during the roll check.",
            "Code blue called; {nurse} and {hca} attended with the grab bag and AED; naloxone 400 micrograms IM given twice, synthetic cannabinoid use suspected.",
            "{ambs} crew ({para}) conveyed to {hospital}, escorted by Officers {officer} and {officer2}.",
            "An ACCT had been closed on {date2}; the SIM, {other}, has asked for a review of the closure.",
            "{Pposs} {rel} {Rn} was informed by the chaplain; {police} were informed, crime ref {crime}.",
            "The PPO has been notified; the clinical review will be led by {cons}.",
        ],
    ),
    "care_home_transfer": dict(
        style="formal",
        body=[
            (
                "TRANSFER OF CARE FORM\nFrom: {home}, {home_addr}\nTo: {hospital} via {ambs}\nDate: {date}",
                "{home}\n{home_addr_ml}\n\nHospital transfer pack for {hospital}. Date: {date}.",
            ),
            "Resident: {Pfull}, DOB {dobbare}, {nhs}. Room 14, first floor.",
            "{Pfirst} is {agephrase} with {eponym} and mixed dementia, and usually mobilises with a Zimmer frame and one carer.",
            "Today staff noted new confusion, reduced oral intake and a temperature of 38.4; NEWS2 of 7. A ReSPECT form is in place (for ward-based care, not for CPR).",
            "Medication (MAR chart attached): {drug}, {drug}, {drug}.",
            "Contact: home manager {mgrn} on {phone} or {email}; family: {R}, {phone2}.",
            "GP: {gpn}, {gp_practice}. Pharmacy: {pharmacy} (blister packs weekly).",
        ],
    ),
    "medicines": dict(
        style="formal",
        body=[
            "Medication incident {datix}. {hospital}, {ward}.\nDate and time: {date} {time}.",
            "{Pfull} ({hosp}, {agehead}) was prescribed Lantus 4 units at 22:00 on the paper chart while the Kardex was being transferred.",
            "At the 22:00 round {nurse} gave 40 units; the dose had been misread from a handwritten 'U'.",
            "BM at 02:00 was 2.1 mmol/L; {doc} (bleep {bleep}) gave 150 ml of 10% glucose IV and the BM recovered to 6.8.",
            "The second checker was {hca}, who had not been competency assessed for insulin.",
            "{Ptitle} and {his} {rel}, {Rn}, were told on {date2} under the duty of candour by {cons}.",
            "The ward pharmacist, {pharmacist}, has asked for Omnicell overrides on {ward} to be audited.",
        ],
    ),
    "fall": dict(
        style="formal",
        body=[
            "Incident report {datix} - inpatient fall with harm. {hospital}, {ward}. {date}.",
            "{Ptitle} ({agehead}) was found on the floor beside bed 12 in bay 3 at {time}.",
            "{He} had a Morse Falls Scale of 65 and was on enhanced observation in a cohort bay, but the HCA, {hcan}, was covering two bays.",
            "The head injury pathway was started; CT head showed a small subdural haematoma and an X-ray confirmed a fracture of {vert}.",
            "{He} was on {drug}, which was held on the advice of the neurosurgical registrar at {hospital2}.",
            "{Rn} ({rel}) said the family had asked for bed rails on admission on {date2}.",
            "Lying and standing BP had not been recorded. Action: {mgr} to audit the falls bundle on {numplace} by {future}.",
        ],
    ),
    "pressure_ulcer": dict(
        style="formal",
        body=[
            "Pressure ulcer review {datix}. Reported {date} by district nurse {dn} ({trust}).",
            "A category 3 pressure ulcer to the sacrum was found during a visit to {Pfull} ({agehead}) at {addr}.",
            "Waterlow score 22, Braden score 11, MUST score 2; category 2 damage to both heels.",
            "{Pfirst} had been discharged from {ward} at {hospital} on {date2} without a Dyna-Form mattress being delivered; the referral to the equipment service was not sent.",
            "Carers from {agency} visited four times a day and had reported red skin on the morning and evening rounds.",
            "Tissue viability nurse {tvn} reviewed on {date3}; photographs were uploaded to SystmOne.",
            "A safeguarding concern was raised with {council}, ref {sg}.",
        ],
    ),
    "deterioration": dict(
        style="formal",
        body=[
            "Structured judgement review. {Pfull}, {agehead}, {hosp}, {nhs}. Admitted {date} via {hospital} ED with community-acquired pneumonia, CURB-65 of 3.",
            "NEWS2 rose from 3 to 7 between {time} and {time}; escalation to the critical care outreach team was delayed by two hours.",
            "Bloods: {lab}, {lab}, {lab}. The Sepsis Six was completed at three hours.",
            "{docn}, the FY2 on call, reviewed {him} at {time} and documented 'for ward-based care' without a discussion with the family.",
            "{He} died on {date3} in side room 4 of {ward}. Cause of death: 1a sepsis, 1b pneumonia, 2 {eponym}.",
            "{Pposs} {rel}, {Rn}, has raised concerns with PALS ({comp}).",
            "Overall care score 2 (poor). Reviewer: {cons}. Second review requested from the Learning from Deaths panel.",
        ],
    ),
    "suicide_review": dict(
        style="formal",
        body=[
            "Patient safety incident investigation: death by suspected suicide of {Pfull} ({agehead}, {nhs}) on {date}.",
            "{He} had been discharged from {ward} ({mhunit}) on {date2} after an admission under the Mental Health Act, following section 17 leave.",
            "The last contact was a telephone call with {cpn} of the crisis team on {date3}, in which {he} said {he} was 'fine'.",
            "{Pposs} {rel}, {Rn}, told the panel that {he} had given away {his} dog the week before.",
            "{He} was found by {police} officers on {street}, {town}.",
            "HM Senior Coroner {coroner} has opened an inquest; the trust's report is due by {future}.",
            "StEIS {steis}; family liaison by {fl}.",
        ],
    ),
    "leder": dict(
        style="formal",
        body=[
            "LeDeR review {leder}.\n{Pfull}, {agephrase}, had a severe learning disability, Down syndrome and epilepsy ({drug}).",
            "{He} lived at {home}, a supported living house run by {agency}, and was known as {oldnick}",
            "{His} annual health check at {gp_practice} was last done in {monthyear}; there was no health action plan.",
            "{He} was admitted to {hospital} on {date} with aspiration pneumonia; the hospital passport was not used and {his} {rel}, {Rn}, was not asked how {he} showed pain.",
            "A Mental Capacity Act assessment and best interests meeting on {date2} was attended by {Rn}, the IMCA ({other}) and {cons}.",
            "The DNACPR form recorded 'learning disability' as the reason, which the reviewer, {reviewer}, challenged.",
            "{He} died on {date3}. Reported to the coroner; safeguarding referral {sg}.",
        ],
    ),
    "action_plan": dict(
        style="formal",
        body=[
            "SERIOUS INCIDENT ACTION PLAN\nStEIS {steis} / Datix {datixbare}\n{trust}\nIncident date: {date}. Executive lead: {exec}, Chief Nurse.",
            "Patient: {Pfull}, {hosp}, {dob}, {agehead}.",
            "Action 1: introduce a second check for high-risk medicines on {ward}. Owner: {mgr}. Due: {future}. Evidence: audit of 20 Kardex charts.",
            "Action 2: teaching on NEWS2 escalation for the FY1 and FY2 rota. Owner: {cons}. Due: {futuremonth}.",
            "Action 3: update the discharge checklist with {agency} and {council}. Owner: {sw}. Due: {future}.",
            "Family liaison: {R}; update letter sent {date3} to {rel_addr}.",
            "Approved at the Patient Safety Incident Response panel on {date2}; progress to the ICB in {month}.",
        ],
    ),
    "family_letter": dict(
        style="formal",
        body=[
            "{trust}\nPatient Safety Team, {hospital}\n\n{Rletter}\n{rel_addr_ml}\n\n{date3}\n\nDear {Rdear},",
            "Re: {Pfull}, {dob}, {nhs}",
            "I am writing about the review of the care your {prel} received on {ward} at {hospital} before {he} died on {date}, aged {agebare}.",
            "The review was led by {cons}, with {reviewer} from our patient safety team, and looked at the care from {range}.",
            "We found that {Pposs} NEWS2 of 7 was not escalated for two hours, and that {his} {eponym} medicines were given late.",
            "If you would like to meet us, please contact {fl}, our family liaison officer, on {phone} or at {email}. Our process is described at {url}.",
            "Yours sincerely,\n\n{exec}\nMedical Director",
        ],
    ),
}

# Groups of kinds a filler sentence fits (None: any kind).
HOSPITAL = frozenset(
    {"medicines", "fall", "deterioration", "maternity", "action_plan", "family_letter", "leder"}
)
COMMUNITY = frozenset(
    {"mental_health_community", "pressure_ulcer", "gp_sea", "suicide_review", "leder",
     "care_home_transfer", "ambulance_handover"}
)  # fmt: skip
DEATHS = frozenset(
    {"deterioration", "suicide_review", "leder", "family_letter", "action_plan", "prison"}
)
OLDER = frozenset(KINDS) - {"maternity", "prison", "mental_health_community"}

FILLERS: list[tuple[str, frozenset[str] | None]] = [
    ("Past history includes {eponym}, {cond} and {cond}; regular medicines were {drug} and {drug}.", OLDER),
    ("Observations at {time}: {obs}.", None),
    ("Bloods: {lab}, {lab} and {lab}.", None),
    ("On admission the {score}; by {time} it was recorded as worse.", HOSPITAL),
    ("An MRI of the spine showed degenerative change at {vert} with no cord compression.", OLDER),
    ("Staffing on {numplace}: two registered nurses and one HCA for 28 patients; three shifts were unfilled.", HOSPITAL),
    ("The on-call medical registrar (bleep {bleep}) was not contacted until {time}.", HOSPITAL),
    ("{He} had called NHS 111 on 2/7 earlier and was advised to see {his} GP.", COMMUNITY),
    ("The inpatient service at {hospital} was rated 'requires improvement' by the CQC at its last inspection.", None),
    ("{He} had a previous admission from {range} with {cond}.", None),
    ("{He} was seen in clinic in {month} and again in {monthyear}.", None),
    ("{He} had {device} in place at the time.", OLDER),
    ("The weekly Learning from Deaths meeting on {weekday} discussed the case.", DEATHS),
    ("Home address on the record: {addr}.", None),
    ("The social worker, {sw} ({council}), was informed on {date2}.", None),
    ("A complaint was received from {R} ({email_family}), ref {comp}.", None),
    ("{He} was referred to the {hospice} community team on {date2} for symptom control.", OLDER),
    ("The trust's learning from deaths policy is published at {url}.", DEATHS),
    ("The family set up a memorial page ({url_family}) and have shared it with the team.", DEATHS),
    ("{Pposs} {rel} can also be reached on {phone}.", None),
    ("Another patient, {otherpatient}, witnessed part of the event.", HOSPITAL),
    ("The 999 call gave the postcode as {pc}, which took the crew to the wrong end of the estate.", COMMUNITY),
    ("Progress will be reported to {icb} through the quality committee.", None),
    ("Cross-referenced with {ulysses} on the previous risk system.", None),
    ("Hospital number {hospbare} was used for the blood request, which matched the wristband.", HOSPITAL),
    ("{His} {relage} also attends the carers' support group.", None),
    ("A retrospective review of {his} notes since {year} found no previous falls.", OLDER),
    ("{He} was born on {dobbare_long} and had lived in {town} all {his} life.", None),
    ("The discharge summary was sent to {gp_practice} on {date3}, two days after the event.", HOSPITAL),
    ("Current medicines at the time: {drug}; {drug}; {drug}.", None),
    ("{He} had been seen walking on {street} earlier that day by a neighbour.", COMMUNITY | DEATHS),
    ("The bed manager moved {him} from {numplace} to {ward} overnight without a handover.", HOSPITAL),
    ("{Pposs} lasting power of attorney for health and welfare is held by {Rn}.", OLDER),
    ("The chaplain, {other}, visited the family on {date3}.", DEATHS),
    ("CCTV from the corridor outside {numplace} was reviewed by {mgr} on {date3}.", HOSPITAL),
    ("A letter was copied to {gp_practice} and to {Rletter} at {rel_addr}.", None),
    ("An ex-partner, {other}, is subject to a non-molestation order (police ref {crime}).",
     frozenset({"maternity", "mental_health_community", "suicide_review"})),
    ("Transport with {ambs} booked for {date3} was cancelled on the day.", OLDER),
    ("{He} was last weighed on {date2} at 49.5 kg (BMI 17.8).", None),
]  # fmt: skip


# ---------------------------------------------------------------------------------------------
# One case: its facts, and the slots its templates fill
# ---------------------------------------------------------------------------------------------

_SLOT = re.compile(r"\{(\w+)\}")


class Case:
    def __init__(self, rng: random.Random, kind: str) -> None:
        self.rng = r = rng
        self.kind = kind
        self.style = KINDS[kind]["style"]
        self.town = r.choice(list(TOWNS))
        self.area, self.code, self.county = TOWNS[self.town]
        sex = r.choice("FM") if kind != "maternity" else "F"
        if kind == "maternity":
            age = r.randint(18, 44)
        elif kind in ("leder", "prison", "suicide_review", "mental_health_community"):
            age = r.randint(19, 78)
        elif r.random() < 0.45:
            age = r.randint(90, 104)
        else:
            age = r.randint(48, 89)
        self.age = age
        p = _person(r, sex=sex)
        p.in_record = True
        p.title = _patient_title(r, sex, age)
        if p.first in NICKNAMES and r.random() < 0.8:
            p.nick = NICKNAMES[p.first]
        elif r.random() < 0.25:
            p.nick = r.choice(OTHER_NICKNAMES)
        self.patient = p
        today = date(2022, 1, 1) + timedelta(days=r.randint(0, 1400))
        self.day = today
        self.dob = today - timedelta(days=age * 365 + r.randint(30, 330))
        self.nhs = nhs_number(r)
        self.hospital_number = self._hospital_number()
        self.home = self._address(self.town, self.area)
        self.relatives = [self._relative() for _ in range(2)]
        self.staff: dict[str, Who] = {}
        self.others: list[Who] = []
        self.hospital_name = self._hospital_name(self.town)
        self.trust_name = self._trust_name()
        self.ward_name = f"{r.choice(WARD_STEMS)} {r.choice(WARD_KINDS)}"
        self.mh_unit = r.choice(MH_UNITS)
        self.home_name = self._care_home()
        self.gp_name = self._gp_practice()
        self.agency_name = r.choice(AGENCIES)
        self.domain = _ascii(self.trust_name.split(" ")[0])[:6] + r.choice(("", "-tr", "ft"))
        self.ambs_name = r.choice(AMBULANCE)
        self.police_name = r.choice(POLICE)
        self.council_name = r.choice(
            (
                f"{self.town} Borough Council",
                f"{self.county} County Council",
                f"{self.town} Metropolitan Borough Council",
                f"{self.town} City Council",
            )
        )
        self.unused: dict[int, list[str]] = {}
        self.last_staff: Who | None = None

    # -- facts ---------------------------------------------------------------------------------

    def _hospital_number(self) -> str:
        r = self.rng
        style = r.randrange(7)
        digits = self._digits
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if style == 0:
            return "K" + digits(7)
        if style == 1:
            return r.choice(letters) + r.choice(letters) + digits(6)
        if style == 2:
            return str(r.randint(1, 2)) + digits(7)
        if style == 3:
            return "M" + digits(6) + r.choice(letters)
        if style == 4:
            return "000" + digits(6)
        if style == 5:
            return "H-" + digits(6)
        return "RX" + str(r.randint(1, 9)) + digits(6)

    def _address(self, town: str, area: str) -> dict:
        r = self.rng
        street = f"{r.choice(STREET_STEMS)} {r.choice(STREET_KINDS)}"
        lines = []
        roll = r.random()
        if roll < 0.15:
            lines.append(r.choice(HOUSE_NAMES))
            lines.append(street)
        elif roll < 0.3:
            lines.append(f"Flat {r.randint(1, 24)}{r.choice(('', '', 'a', 'b'))}")
            lines.append(f"{r.choice(BLOCKS)}")
            lines.append(street)
        else:
            lines.append(f"{r.randint(1, 180)} {street}")
        if r.random() < 0.25:
            lines.append(r.choice(VILLAGES))
        lines.append(town)
        return {"lines": lines, "postcode": postcode(r, area), "street": street}

    def _relative(self) -> Who:
        r = self.rng
        sex = r.choice("FM")
        same = r.random() < 0.55
        rel = _person(r, sex=sex, last=self.patient.last if same else None)
        if same:
            rel.names = self.patient.names if rel.names == "listed" else "unlisted"
        relations = RELATIONS[sex]
        if self.age > 60:  # nobody's parents at that age
            relations = tuple(word for word in relations if word not in ("mother", "father"))
        rel.relation = r.choice(relations)
        rel.title = "Mr" if sex == "M" else r.choice(("Mrs", "Ms", "Miss"))
        rel.in_record = r.random() < 0.5
        return rel

    def _hospital_name(self, town: str) -> str:
        r = self.rng
        return r.choice(
            (
                f"{town} General Hospital",
                f"{town} District General Hospital",
                f"Royal {town} Infirmary",
                f"{town} Community Hospital",
                f"{r.choice(SAINTS)} Hospital",
                f"{r.choice(ROYALS)} Hospital",
            )
        )

    def _trust_name(self) -> str:
        r = self.rng
        other = r.choice(list(TOWNS))
        return r.choice(
            (
                f"{self.town} and {other} Hospitals NHS Foundation Trust",
                f"{self.county} Partnership NHS Foundation Trust",
                f"{self.town} Teaching Hospitals NHS Trust",
                f"{self.county} Community Health Services NHS Trust",
                f"{self.town} and District NHS Foundation Trust",
            )
        )

    def _care_home(self) -> str:
        r = self.rng
        return f"{r.choice(HOME_STEMS)} {r.choice(HOME_KINDS)}".strip()

    def _gp_practice(self) -> str:
        r = self.rng
        word = r.choice(GP_WORDS)
        roll = r.random()
        if roll < 0.15:
            return f"Dr {_person(r).last} and Partners"
        return r.choice(
            (
                f"{word} Surgery",
                f"{word} Medical Practice",
                f"{word} Health Centre",
                f"The {word} Practice",
                f"{word} Medical Centre",
            )
        )

    def known(self) -> dict:
        r = self.rng
        p = self.patient
        names = [(f"{p.title} " if r.random() < 0.3 else "") + p.full]
        for person in (*self.relatives, *self.staff.values(), *self.others):
            if person.in_record and person.full not in names:
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

    # -- pieces --------------------------------------------------------------------------------

    @staticmethod
    def _lit(text: str) -> list[Piece]:
        return [(text, None, None)]

    @staticmethod
    def _gold(text: str, label: str) -> list[Piece]:
        return [(text, label, None)]

    def _name(self, who: Who, form: str) -> list[Piece]:
        r = self.rng
        title = who.title + ("." if who.title and r.random() < 0.2 else "")
        first, last = who.first, who.last
        if form == "full":
            text = f"{first} {last}"
        elif form == "title_last":
            text = f"{title} {last}" if title else last
        elif form == "title_full":
            text = f"{title} {first} {last}" if title else f"{first} {last}"
        elif form == "title_init":
            text = f"{title} {first[0]}{r.choice(('.', ''))} {last}".strip()
        elif form == "init_last":
            text = f"{first[0]}{r.choice(('.', ''))} {last}"
        elif form == "first":
            if who.nick and r.random() < 0.3:
                return [
                    (
                        who.nick,
                        "PERSON",
                        {"names": _names_tag(who.nick), "in_record": who.in_record},
                    )
                ]
            text = first
        elif form == "last":
            text = last
        elif form == "caps":
            text = r.choice(
                (f"{last.upper()}, {first}", f"{first} {last.upper()}", f"{last.upper()} {first}")
            )
        elif form == "lower":
            text = r.choice((f"{first} {last}", f"{title} {last}".strip(), first)).lower()
        elif form == "initials":
            text = r.choice((f"{first[0]}{last[0]}", f"{first[0]}.{last[0]}."))
        else:  # pragma: no cover - a template error
            raise ValueError(form)
        return [(text, "PERSON", {"names": who.names, "in_record": who.in_record})]

    def _patient_form(self) -> str:
        if self.style == "hurried":
            forms = {"first": 25, "title_last": 20, "lower": 12, "full": 10, "caps": 10, "last": 10,
                     "init_last": 6, "title_init": 7}  # fmt: skip
        else:
            forms = {"title_last": 36, "title_full": 12, "full": 14, "first": 18, "title_init": 8,
                     "caps": 5, "last": 3, "init_last": 4}  # fmt: skip
        return self.rng.choices(list(forms), weights=list(forms.values()))[0]

    def _staff(
        self, key: str, roles: tuple[str, ...], *, doctor: bool = False, surgeon: bool = False
    ) -> list[Piece]:
        """A member of staff: on first mention role and name; later often the name alone."""
        r = self.rng
        seen = key in self.staff
        if not seen:
            who = _person(r)
            if doctor:
                who.title = "Dr"
                if surgeon and r.random() < 0.3:  # surgeons and obstetricians are Mr, Ms, Miss
                    who.title = "Mr" if who.sex == "M" else r.choice(("Ms", "Miss"))
                if r.random() < 0.05:
                    who.title = "Prof"
            else:
                who.title = "" if r.random() < 0.7 else ("Mr" if who.sex == "M" else "Ms")
            who.in_record = r.random() < 0.4
            self.staff[key] = who
        who = self.staff[key]
        self.last_staff = who
        role = r.choice(roles) if roles and (not seen or r.random() < 0.3) else ""
        if doctor:
            forms = (
                "title_last",
                "title_last",
                "title_full",
                "title_init",
                "caps",
                "last",
                "first",
            )
        else:
            forms = ("full", "full", "first", "init_last", "title_last", "last", "caps")
        if self.style == "hurried":
            forms += ("lower", "first", "initials")
        form = r.choice(forms)
        if form == "title_last" and not who.title:
            form = "full"
        pieces = self._lit(role + " ") if role else []
        pieces += self._name(who, form)
        return pieces

    # -- people slots ---------------------------------------------------------------------------

    def slot_P(self) -> list[Piece]:
        return self._name(self.patient, self._patient_form())

    def slot_Pfull(self) -> list[Piece]:
        p = self.patient
        if p.nick and self.rng.random() < 0.3:  # Margaret 'Peggy' Hughes: each name its own span
            meta = {"names": p.names, "in_record": True}
            return [
                (p.first, "PERSON", meta),
                (" '", None, None),
                (p.nick, "PERSON", {"names": _names_tag(p.nick), "in_record": True}),
                ("' ", None, None),
                (p.last, "PERSON", meta),
            ]
        form = self.rng.choice(("title_full", "full", "full", "caps", "title_init"))
        return self._name(p, form)

    def slot_Ptitle(self) -> list[Piece]:
        return self._name(self.patient, self.rng.choice(("title_last", "title_last", "title_init")))

    def slot_Pfirst(self) -> list[Piece]:
        if self.style == "hurried" and self.rng.random() < 0.3:
            return self._name(self.patient, "lower")
        return self._name(self.patient, "first")

    def slot_Plast(self) -> list[Piece]:
        p = self.patient
        text = p.last.upper() if self.style == "hurried" and self.rng.random() < 0.3 else p.last
        return [(text, "PERSON", {"names": p.names, "in_record": True})]

    def slot_Pcaps(self) -> list[Piece]:
        p = self.patient
        return [(f"{p.last.upper()}, {p.first}", "PERSON", {"names": p.names, "in_record": True})]

    def slot_Phead(self) -> list[Piece]:
        return self._name(self.patient, self.rng.choice(("caps", "caps", "title_full", "full")))

    def slot_Pinitials(self) -> list[Piece]:
        return self._name(self.patient, "initials")

    def slot_Pposs(self) -> list[Piece]:
        pieces = self.slot_P()
        text = pieces[-1][0]
        return [*pieces, ("'" if text.endswith("s") else "'s", None, None)]

    def slot_oldnick(self) -> list[Piece]:
        p = self.patient
        name, names = (p.nick, _names_tag(p.nick)) if p.nick else (p.first, p.names)
        pronoun = "him" if p.sex == "M" else "her"
        return [
            ("'", None, None),
            (name, "PERSON", {"names": names, "in_record": True}),
            (f"' by everyone who knew {pronoun}.", None, None),
        ]

    def slot_he(self) -> list[Piece]:
        return self._lit("he" if self.patient.sex == "M" else "she")

    def slot_He(self) -> list[Piece]:
        return self._lit("He" if self.patient.sex == "M" else "She")

    def slot_his(self) -> list[Piece]:
        return self._lit("his" if self.patient.sex == "M" else "her")

    def slot_His(self) -> list[Piece]:
        return self._lit("His" if self.patient.sex == "M" else "Her")

    def slot_Her(self) -> list[Piece]:
        return self.slot_His()

    def slot_him(self) -> list[Piece]:
        return self._lit("him" if self.patient.sex == "M" else "her")

    def slot_prel(self) -> list[Piece]:
        rel = self.relatives[0].relation
        inverse = {"daughter": "parent", "son": "parent", "wife": "husband", "husband": "wife",
                   "mother": "son" if self.patient.sex == "M" else "daughter"}  # fmt: skip
        word = inverse.get(rel, "relative")
        if word == "wife" and self.patient.sex == "M":
            word = "husband"
        if word == "husband" and self.patient.sex == "F":
            word = "wife"
        return self._lit(word)

    def slot_rel(self) -> list[Piece]:
        return self._lit(self.relatives[0].relation)

    def slot_R(self) -> list[Piece]:
        """The first relative, introduced with the relation, in one of the ways notes do it."""
        r = self.rng
        rel = self.relatives[0]
        word = rel.relation
        if self.style == "hurried" and word in RELATION_SHORT and r.random() < 0.4:
            word = RELATION_SHORT[word]
        way = r.randrange(6)
        if way == 0:
            return [(f"{self._pron_poss()} {word} ", None, None), *self._name(rel, "full")]
        if way == 1:
            return [*self._name(rel, r.choice(("full", "first"))), (f" ({word})", None, None)]
        if way == 2:
            return [(f"{word}, ", None, None), *self._name(rel, r.choice(("title_full", "first")))]
        if way == 3:
            return [(f"{self._pron_poss()} {word} ", None, None), *self._name(rel, "first")]
        if way == 4:
            return [*self._name(rel, "title_full"), (f", {self._pron_poss()} {word}", None, None)]
        return [(f"NOK {word} ", None, None), *self._name(rel, r.choice(("full", "caps", "first")))]

    def _pron_poss(self) -> str:
        return "his" if self.patient.sex == "M" else "her"

    def slot_Rn(self) -> list[Piece]:
        rel = self.relatives[0]
        form = self.rng.choice(("first", "first", "title_last", "full"))
        if self.style == "hurried" and self.rng.random() < 0.3:
            form = "lower"
        return self._name(rel, form)

    def slot_Rletter(self) -> list[Piece]:
        return self._name(self.relatives[0], self.rng.choice(("title_full", "title_init", "full")))

    def slot_Rdear(self) -> list[Piece]:
        return self._name(self.relatives[0], self.rng.choice(("title_last", "title_last", "first")))

    def slot_relage(self) -> list[Piece]:
        rel = self.relatives[1]
        peers = ("wife", "husband", "sister", "brother", "partner", "cousin", "brother-in-law")
        if self.age >= 80 and rel.relation in peers:
            age = self.rng.randint(self.age - 8, min(self.age + 6, 101))
        else:
            age = self.rng.randint(22, 75)
        pieces = [(f"{rel.relation}, ", None, None), *self._name(rel, "first"), (", ", None, None)]
        return pieces + self._age_pieces(age, self.rng.choice(("aged", "yo", "comma")))

    def slot_other(self) -> list[Piece]:
        who = _person(self.rng)
        who.title = self.rng.choice(("", "Mr" if who.sex == "M" else "Ms"))
        self.others.append(who)
        return self._name(who, self.rng.choice(("full", "title_last", "full")))

    def slot_otherpatient(self) -> list[Piece]:
        who = _person(self.rng)
        who.title = "Mr" if who.sex == "M" else self.rng.choice(("Mrs", "Miss"))
        self.others.append(who)
        return self._name(who, self.rng.choice(("title_last", "title_full", "title_init")))

    def slot_para(self) -> list[Piece]:
        return self._staff("para", ("paramedic", "Paramedic", "ECA", "AAP", "EMT"))

    def slot_para2(self) -> list[Piece]:
        return self._staff("para2", ("ECA", "student paramedic", "Tech"))

    def slot_nurse(self) -> list[Piece]:
        return self._staff("nurse", ("Staff Nurse", "SN", "RN", "Sister", "Sr", "Charge Nurse",
                                     "CN", "the nurse in charge,", "Nurse"))  # fmt: skip

    def slot_hca(self) -> list[Piece]:
        return self._staff("hca", ("HCA", "healthcare assistant", "CSW", "NA"))

    def slot_doc(self) -> list[Piece]:
        return self._staff("doc", ("FY1", "FY2", "F1", "SHO", "SpR", "ST3", "CT2", "Registrar",
                                   "the registrar,"), doctor=True)  # fmt: skip

    def slot_cons(self) -> list[Piece]:
        return self._staff("cons", ("Consultant", "consultant", "the consultant,",
                                    "Clinical Director"), doctor=True, surgeon=True)  # fmt: skip

    def slot_gpdoc(self) -> list[Piece]:
        return self._staff("gp", ("GP", "GP partner", ""), doctor=True)

    def slot_gp2(self) -> list[Piece]:
        return self._staff("gp2", ("salaried GP", "GP registrar"), doctor=True)

    def slot_locum(self) -> list[Piece]:
        return self._staff("locum", ("a locum GP,", "the locum,", "locum"), doctor=True)

    def slot_cpn(self) -> list[Piece]:
        return self._staff("cpn", ("CPN", "care coordinator", "RMN", "crisis worker"))

    def slot_mw(self) -> list[Piece]:
        return self._staff("mw", ("midwife", "MW", "RM", ""))

    def slot_mwn(self) -> list[Piece]:
        return self._staff("mw", ())

    def slot_hcan(self) -> list[Piece]:
        return self._staff("hca", ())

    def slot_docn(self) -> list[Piece]:
        return self._staff("doc", (), doctor=True)

    def slot_consn(self) -> list[Piece]:
        return self._staff("cons", (), doctor=True, surgeon=True)

    def slot_gpn(self) -> list[Piece]:
        return self._staff("gp", (), doctor=True)

    def slot_mgrn(self) -> list[Piece]:
        return self._staff("mgr", ())

    def slot_cpnn(self) -> list[Piece]:
        return self._staff("cpn", ())

    def slot_coord(self) -> list[Piece]:
        return self._staff("coord", ("", "Band 7", "Sister"))

    def slot_pm(self) -> list[Piece]:
        return self._staff("pm", ())

    def slot_pn(self) -> list[Piece]:
        return self._staff("pn", ())

    def slot_mgr(self) -> list[Piece]:
        return self._staff("mgr", ("ward manager", "Matron", "the home manager,", ""))

    def slot_dn(self) -> list[Piece]:
        return self._staff("dn", ())

    def slot_tvn(self) -> list[Piece]:
        return self._staff("tvn", ())

    def slot_sw(self) -> list[Piece]:
        return self._staff("sw", ())

    def slot_fl(self) -> list[Piece]:
        return self._staff("fl", ())

    def slot_exec(self) -> list[Piece]:
        return self._staff("exec", ("",), doctor=True)

    def slot_reviewer(self) -> list[Piece]:
        return self._staff("reviewer", ("", "reviewer"), doctor=True)

    def slot_pharmacist(self) -> list[Piece]:
        return self._staff("pharmacist", ())

    def slot_officer(self) -> list[Piece]:
        return self._staff("officer", ())

    def slot_officer2(self) -> list[Piece]:
        return self._staff("officer2", ())

    def slot_coroner(self) -> list[Piece]:
        return self._staff("coroner", (), doctor=True)

    # -- numbers, dates, ages ----------------------------------------------------------------------

    def slot_nhs(self) -> list[Piece]:
        r = self.rng
        n = self.nhs
        number = r.choice(
            (
                n,
                f"{n[:3]} {n[3:6]} {n[6:]}",
                f"{n[:3]}-{n[3:6]}-{n[6:]}",
                f"{n[:3]} {n[3:6]} {n[6:]}",
            )
        )
        label = r.choice(
            ("NHS No: ", "NHS no. ", "NHS number ", "NHS# ", "NHSNo ", "NHS ", "(NHS: ", "")
        )
        tail = ")" if label.startswith("(") else ""
        return [(label, None, None), (number, "NHS_NUMBER", None), (tail, None, None)]

    def slot_hosp(self) -> list[Piece]:
        label = self.rng.choice(("Hosp No: ", "Hosp no. ", "hospital number ", "MRN ", "Unit no: ",
                                 "RM2 ", "PAS no ", "CR no. ", "case note no. ", ""))  # fmt: skip
        return [(label, None, None), (self.hospital_number, "HOSPITAL_NUMBER", None)]

    def slot_hospbare(self) -> list[Piece]:
        return self._gold(self.hospital_number, "HOSPITAL_NUMBER")

    def _date_text(self, d: date, *, year: bool | None = None) -> str:
        r = self.rng
        month, mon, yy, y = (
            MONTHS[d.month - 1],
            MONTHS[d.month - 1][:3],
            f"{d.year % 100:02d}",
            str(d.year),
        )
        with_year = [
            f"{d.day} {month} {y}", f"{ordinal(d.day)} {month} {y}", f"{ordinal(d.day)} of {month} {y}",
            f"{d:%d/%m/%Y}", f"{d:%d/%m/%y}", f"{d.day}/{d.month}/{yy}", f"{d.day}.{d.month}.{yy}",
            f"{d:%d.%m.%Y}", f"{d.day}-{mon}-{yy}", f"{d:%d}-{mon}-{y}", f"{d.day} {mon} {yy}",
            f"{d:%Y-%m-%d}", f"{WEEKDAYS[d.weekday()]} {d.day} {month} {y}", f"{month} {d.day}, {y}",
            f"{d.day} {mon}. {y}",
        ]  # fmt: skip
        without = [
            f"{d.day} {month}", f"{ordinal(d.day)} {month}", f"{ordinal(d.day)} {mon}",
            f"{WEEKDAYS[d.weekday()]} {d.day} {month}", f"{WEEKDAYS[d.weekday()][:3]} {ordinal(d.day)} {mon}",
            f"{month} {ordinal(d.day)}", f"{d.day}/{d.month}",
        ]  # fmt: skip
        if year is None:
            year = r.random() < 0.7
        return r.choice(with_year if year else without)

    def _date(self, d: date) -> list[Piece]:
        if self.rng.random() < 0.06:
            return [("the ", None, None), (ordinal(d.day), "DATE", None)]
        return self._gold(self._date_text(d), "DATE")

    def slot_date(self) -> list[Piece]:
        return self._date(self.day)

    def slot_date2(self) -> list[Piece]:
        return self._date(self.day - timedelta(days=self.rng.randint(2, 40)))

    def slot_date3(self) -> list[Piece]:
        return self._date(self.day + timedelta(days=self.rng.randint(1, 30)))

    def slot_future(self) -> list[Piece]:
        d = self.day + timedelta(days=self.rng.randint(40, 160))
        return self._gold(self._date_text(d, year=True), "DATE")

    def slot_futuremonth(self) -> list[Piece]:
        return self._monthyear(self.day + timedelta(days=self.rng.randint(40, 160)))

    def _monthyear(self, d: date) -> list[Piece]:
        month = MONTHS[d.month - 1]
        text = self.rng.choice((f"{month} {d.year}", f"{month[:3]} {d.year}", f"{d.month:02d}/{d.year}",
                                f"{month[:3]}-{d.year % 100:02d}"))  # fmt: skip
        return self._gold(text, "DATE")

    def slot_monthyear(self) -> list[Piece]:
        return self._monthyear(self.day - timedelta(days=self.rng.randint(60, 700)))

    def slot_month(self) -> list[Piece]:
        d = self.day - timedelta(days=self.rng.randint(60, 200))
        return self._lit(self.rng.choice(("", "early ", "late ", "mid-")) + MONTHS[d.month - 1])

    def slot_year(self) -> list[Piece]:
        return self._lit(str(self.day.year - self.rng.randint(2, 9)))

    def slot_weekday(self) -> list[Piece]:
        return self._lit(self.rng.choice(WEEKDAYS))

    def slot_range(self) -> list[Piece]:
        r = self.rng
        start = self.day - timedelta(days=r.randint(3, 300))
        end = start + timedelta(days=r.randint(1, 6))
        month = MONTHS[start.month - 1]
        if end.month == start.month:
            text = r.choice((
                f"{start.day}-{end.day} {month}", f"{ordinal(start.day)}-{ordinal(end.day)} {month} {start.year}",
                f"{start.day}–{end.day} {month[:3]} {start.year % 100:02d}",
                f"{start.day}/{start.month}-{end.day}/{end.month}/{end.year % 100:02d}",
            ))  # fmt: skip
            return self._gold(text, "DATE")
        return [
            (self._date_text(start), "DATE", None),
            (" to ", None, None),
            (self._date_text(end), "DATE", None),
        ]

    def _dob_text(self) -> str:
        d = self.dob
        return self.rng.choice((f"{d:%d/%m/%Y}", f"{d.day}.{d.month}.{d.year}", f"{d.day} {MONTHS[d.month - 1]} {d.year}",
                                f"{d:%d-%b-%Y}", f"{d:%d/%m/%y}", f"{ordinal(d.day)} {MONTHS[d.month - 1][:3]} {d.year}"))  # fmt: skip

    def slot_dob(self) -> list[Piece]:
        label = self.rng.choice(("DOB ", "DOB: ", "D.O.B. ", "dob ", "born ", "Date of birth: "))
        return [(label, None, None), (self._dob_text(), "DATE", None)]

    def slot_dobbare(self) -> list[Piece]:
        return self._gold(self._dob_text(), "DATE")

    def slot_dobbare_long(self) -> list[Piece]:
        d = self.dob
        return self._gold(self.rng.choice((f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}",
                                           f"{d.day} {MONTHS[d.month - 1]} {d.year}")), "DATE")  # fmt: skip

    def _age_pieces(self, age: int, form: str) -> list[Piece]:
        label = "AGE" if age > 89 else None
        sexletter = self.patient.sex
        shapes = {
            "yo": ("", str(age), "yo"),
            "yo_sp": ("", str(age), " yo"),
            "yrs": ("", str(age), " yrs"),
            "y/o": ("", str(age), f" y/o {sexletter}"),
            "sexletter": ("", str(age), sexletter),
            "aged": ("aged ", str(age), ""),
            "years_old": ("", str(age), " years old"),
            "comma": ("", str(age), ""),
            "age_colon": ("Age: ", str(age), ""),
        }
        before, number, after = shapes[form]
        return [(before, None, None), (number, label, None), (after, None, None)]

    def slot_agehead(self) -> list[Piece]:
        form = self.rng.choice(
            ("yo", "yo_sp", "yrs", "y/o", "sexletter", "aged", "years_old", "age_colon")
        )
        return [p for p in self._age_pieces(self.age, form) if p[0]]

    def slot_agebare(self) -> list[Piece]:
        return [p for p in self._age_pieces(self.age, "comma") if p[0]]

    def slot_agephrase(self) -> list[Piece]:
        """'a 94-year-old woman', 'a ninety-four-year-old man', 'aged 94'."""
        r = self.rng
        label = "AGE" if self.age > 89 else None
        noun = "man" if self.patient.sex == "M" else r.choice(("woman", "lady"))
        way = r.randrange(4)
        if way == 0:
            return [
                ("a ", None, None),
                (str(self.age), label, None),
                (f"-year-old {noun}", None, None),
            ]
        if way == 1:
            words = number_words(self.age)
            article = "an" if words.startswith("eight") else "a"
            return [
                (f"{article} ", None, None),
                (words, label, None),
                (f"-year-old {noun}", None, None),
            ]
        if way == 2:
            return [(f"a {noun} aged ", None, None), (str(self.age), label, None)]
        return [(f"a {noun} of ", None, None), (str(self.age), label, None)]

    def slot_time(self) -> list[Piece]:
        r = self.rng
        h, m = r.randint(0, 23), r.choice((0, 5, 10, 15, 20, 30, 40, 45, 50, 55))
        return self._lit(
            r.choice(
                (f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}", f"{h:02d}:{m:02d}hrs", f"{h:02d}.{m:02d}")
            )
        )

    # -- contact details, addresses, references ---------------------------------------------------

    def _phone_text(self) -> str:
        r = self.rng
        if r.random() < 0.5:
            body = f"7{r.randint(400, 999)}{r.randint(0, 999999):06d}"
            return r.choice((
                f"0{body[:4]} {body[4:]}", f"0{body}", f"0{body[:4]} {body[4:7]} {body[7:]}",
                f"+44 {body[:4]} {body[4:]}", f"+44{body}", f"+44 (0){body[:4]} {body[4:]}",
                f"07700 900{r.randint(0, 999):03d}",
            ))  # fmt: skip
        code = self.code
        if len(code) == 5:
            local = f"{r.randint(2, 8)}{r.randint(0, 99999):05d}"
            return r.choice((f"{code} {local}", f"({code}) {local}", f"{code}-{local}",
                             f"+44 {code[1:]} {local}", f"+44 (0){code[1:]} {local[:3]} {local[3:]}"))  # fmt: skip
        if len(code) == 4:
            local = f"{r.randint(2, 9)}{r.randint(0, 99):02d} {r.randint(0, 9999):04d}"
            return r.choice(
                (f"{code} {local}", f"+44 {code[1:]} {local}", f"{code}{local.replace(' ', '')}")
            )
        local = f"7{r.randint(0, 999):03d} {r.randint(0, 9999):04d}"
        return f"{code} {local}"

    def slot_phone(self) -> list[Piece]:
        return self._gold(self._phone_text(), "PHONE")

    def slot_phone2(self) -> list[Piece]:
        return self.slot_phone()

    def slot_email_family(self) -> list[Piece]:
        """The first relative's own address, made from their name."""
        r = self.rng
        who = self.relatives[0]
        first, last = _ascii(who.first), _ascii(who.last)
        local = r.choice((
            f"{first}.{last}", f"{first}{last}{r.randint(1, 99)}", f"{first[0]}{last}",
            f"{last}{first[0]}", f"{first}_{last}{r.randint(50, 99)}", f"{first}{r.randint(1950, 1999)}",
        ))  # fmt: skip
        host = r.choice((
            "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "outlook.com",
            "icloud.com", "sky.com", "live.co.uk", "talktalk.net",
        ))  # fmt: skip
        return self._gold(f"{local}@{host}", "EMAIL")

    def slot_email(self) -> list[Piece]:
        """The work address of the member of staff named last, or of a team."""
        r = self.rng
        who = self.last_staff or _person(r)
        first, last = _ascii(who.first), _ascii(who.last)
        return self._gold(
            r.choice((
                f"{first}.{last}@nhs.net", f"{first}.{last}{r.randint(1, 9)}@nhs.net",
                f"{first[0]}.{last}@{self.domain}.nhs.uk", f"{first}.{last}@{self.domain}.nhs.uk",
                f"{self.domain}.patientsafety@nhs.net", f"pals@{self.domain}.nhs.uk",
                f"manager@{_ascii(self.home_name)[:12]}.co.uk",
            )),
            "EMAIL",
        )  # fmt: skip

    def slot_url(self) -> list[Piece]:
        """A page of the trust's (or the care home's) own."""
        r = self.rng
        return self._gold(
            r.choice((
                f"https://www.{self.domain}.nhs.uk/patient-safety/learning-from-deaths",
                f"www.{self.domain}.nhs.uk/pals",
                f"https://forms.{self.domain}.nhs.uk/family-feedback",
                f"http://{self.domain}.nhs.uk/psirf",
                f"www.{_ascii(self.home_name)}.co.uk",
            )),
            "URL",
        )  # fmt: skip

    def slot_url_family(self) -> list[Piece]:
        """A page the family made, which names the patient."""
        r = self.rng
        p = self.patient
        first, last = _ascii(p.first), _ascii(p.last)
        return self._gold(
            r.choice((
                f"https://www.justgiving.com/fundraising/{first}-{last}-memorial",
                f"https://www.facebook.com/groups/justicefor{first}{last}",
                f"https://www.gofundme.com/f/{first}-{last}s-funeral",
                f"www.muchloved.com/{first}{last}",
                f"https://{first}{last}.muchloved.com",
            )),
            "URL",
        )  # fmt: skip

    def _address_pieces(self, home: dict, *, multiline: bool = False) -> list[Piece]:
        sep = "\n" if multiline else ", "
        lines = home["lines"]
        if not multiline and self.rng.random() < 0.2:
            lines = [line.upper() for line in lines]
        text = sep.join(lines)
        return [
            (text, "ADDRESS", None),
            (sep if multiline else ", ", None, None),
            (home["postcode"], "POSTCODE", None),
        ]

    def slot_addr(self) -> list[Piece]:
        return self._address_pieces(self.home)

    def slot_rel_addr(self) -> list[Piece]:
        return self._address_pieces(self._rel_home())

    def slot_rel_addr_ml(self) -> list[Piece]:
        return self._address_pieces(self._rel_home(), multiline=True)

    def _rel_home(self) -> dict:
        if not hasattr(self, "rel_home"):
            self.rel_home = (
                self.home
                if self.rng.random() < 0.4
                else self._address(town := self.rng.choice(list(TOWNS)), TOWNS[town][0])
            )
        return self.rel_home

    def slot_home_addr(self) -> list[Piece]:
        if not hasattr(self, "care_home_addr"):
            r = self.rng
            street = f"{r.choice(STREET_STEMS)} {r.choice(STREET_KINDS)}"
            lines = [f"{r.randint(1, 120)} {street}", self.town]
            self.care_home_addr = {
                "lines": lines,
                "postcode": postcode(r, self.area),
                "street": street,
            }
        return self._address_pieces(self.care_home_addr)

    def slot_home_addr_ml(self) -> list[Piece]:
        self.slot_home_addr()
        return self._address_pieces(self.care_home_addr, multiline=True)

    def slot_practice_addr(self) -> list[Piece]:
        return self.slot_home_addr()

    def slot_pc(self) -> list[Piece]:
        return self._gold(self.home["postcode"], "POSTCODE")

    def slot_icb(self) -> list[Piece]:
        return self._gold(
            self.rng.choice((f"NHS {self.county} ICB", f"NHS {self.county} Integrated Care Board")),
            "ORGANISATION",
        )

    def slot_street(self) -> list[Piece]:
        return self._gold(self.home["street"], "LOCATION")

    def slot_town(self) -> list[Piece]:
        return self._lit(self.town)

    def _ref(self, label: str, number: str) -> list[Piece]:
        return [(label, None, None), (number, "ID", None)]

    def _digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def slot_datix(self) -> list[Piece]:
        r = self.rng
        number = r.choice(
            (
                f"W{self._digits(6)}",
                self._digits(6),
                f"DW{self._digits(5)}",
                f"INC{self._digits(6)}",
            )
        )
        return self._ref(
            r.choice(("Datix ", "Datix ref ", "DATIX no. ", "IR1 ", "Datix #")), number
        )

    def slot_datixbare(self) -> list[Piece]:
        return self._gold(self._digits(6), "ID")

    def slot_steis(self) -> list[Piece]:
        return self._gold(f"{self.day.year}/{self._digits(self.rng.choice((4, 5)))}", "ID")

    def slot_ulysses(self) -> list[Piece]:
        return self._ref(self.rng.choice(("Ulysses ref ", "Ulysses ")), f"ULY-{self._digits(5)}")

    def slot_lfpse(self) -> list[Piece]:
        return self._gold(f"{self._digits(6)}-{self._digits(2)}", "ID")

    def slot_comp(self) -> list[Piece]:
        yy = f"{self.day.year % 100:02d}"
        return self._gold(self.rng.choice((f"COMP/{yy}/{self._digits(4)}", f"C{yy}-{self._digits(4)}",
                                           f"PALS/{self._digits(4)}/{yy}")), "ID")  # fmt: skip

    def slot_crime(self) -> list[Piece]:
        yy = f"{self.day.year % 100:02d}"
        return self._gold(self.rng.choice((f"{self._digits(2)}/{self._digits(5)}/{yy}", f"CRN {yy}{self._digits(8)}",
                                           f"{self._digits(2)}{self._digits(10)}")), "ID")  # fmt: skip

    def slot_sg(self) -> list[Piece]:
        return self._gold(self.rng.choice((f"SG-{self.day.year}-{self._digits(5)}", f"MASH{self._digits(6)}",
                                           f"SAR/{self.day.year % 100:02d}/{self._digits(3)}")), "ID")  # fmt: skip

    def slot_prisonno(self) -> list[Piece]:
        r = self.rng
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return self._gold(
            f"{r.choice('AG')}{self._digits(4)}{r.choice(letters)}{r.choice(letters)}", "ID"
        )

    def slot_leder(self) -> list[Piece]:
        return self._gold(
            self.rng.choice((f"LD{self._digits(5)}", f"{self.day.year}-{self._digits(5)}")), "ID"
        )

    # -- places and organisations ----------------------------------------------------------------

    def slot_hospital(self) -> list[Piece]:
        name = self.hospital_name
        if name.startswith("the "):
            return [("the ", None, None), (name[4:], "ORGANISATION", None)]
        return self._gold(name, "ORGANISATION")

    def slot_hospital2(self) -> list[Piece]:
        if not hasattr(self, "hospital2_name"):
            self.hospital2_name = self._hospital_name(self.rng.choice(list(TOWNS))).removeprefix(
                "the "
            )
        return self._gold(self.hospital2_name, "ORGANISATION")

    def slot_trust(self) -> list[Piece]:
        return self._gold(self.trust_name, "ORGANISATION")

    def slot_ward(self) -> list[Piece]:
        return self._gold(self.ward_name, "LOCATION")

    def slot_mhunit(self) -> list[Piece]:
        unit = self.mh_unit
        if unit.startswith("the "):
            return [("the ", None, None), (unit[4:], "LOCATION", None)]
        return self._gold(unit, "LOCATION")

    def slot_home(self) -> list[Piece]:
        return self._gold(self.home_name, "LOCATION")

    def slot_gp_practice(self) -> list[Piece]:
        return self._gold(self.gp_name, "ORGANISATION")

    def slot_gp_other(self) -> list[Piece]:
        return self._gold(self._gp_practice(), "ORGANISATION")

    def slot_agency(self) -> list[Piece]:
        return self._gold(self.agency_name, "ORGANISATION")

    def slot_hospice(self) -> list[Piece]:
        return self._gold(self.rng.choice((*HOSPICES, f"{self.town} Hospice")), "ORGANISATION")

    def slot_pharmacy(self) -> list[Piece]:
        r = self.rng
        name = r.choice(PHARMACIES) if r.random() < 0.8 else f"{_person(r).last}'s Pharmacy"
        return self._gold(name, "ORGANISATION")

    def slot_school(self) -> list[Piece]:
        return self._gold(self.rng.choice(SCHOOLS), "ORGANISATION")

    def slot_prison(self) -> list[Piece]:
        return self._gold(self.rng.choice(PRISONS), "ORGANISATION")

    def slot_police(self) -> list[Piece]:
        return self._gold(self.police_name, "ORGANISATION")

    def slot_council(self) -> list[Piece]:
        return self._gold(self.council_name, "ORGANISATION")

    def slot_ambs(self) -> list[Piece]:
        return self._gold(self.ambs_name, "ORGANISATION")

    # -- clinical words (never gold) -------------------------------------------------------------

    def _fresh(self, words: tuple[str, ...]) -> list[Piece]:
        """A word not yet used in this text (a note does not list the same drug twice)."""
        left = self.unused.setdefault(id(words), list(words))
        if not left:
            left.extend(words)
        return self._lit(left.pop(self.rng.randrange(len(left))))

    def slot_eponym(self) -> list[Piece]:
        return self._fresh(EPONYMS)

    def slot_cond(self) -> list[Piece]:
        return self._fresh(CONDITIONS)

    def slot_drug(self) -> list[Piece]:
        return self._fresh(DRUGS)

    def slot_score(self) -> list[Piece]:
        return self._lit(self.rng.choice(SCORES))

    def slot_device(self) -> list[Piece]:
        return self._lit(self.rng.choice(DEVICES))

    def slot_lab(self) -> list[Piece]:
        return self._fresh(LABS)

    def slot_obs(self) -> list[Piece]:
        return self._lit(self.rng.choice(OBS))

    def slot_vert(self) -> list[Piece]:
        return self._lit(self.rng.choice(VERTEBRAE))

    def slot_numplace(self) -> list[Piece]:
        return self._lit(self.rng.choice(NUMBERED_PLACES))

    def slot_bleep(self) -> list[Piece]:
        return self._lit(f"{self.rng.randint(1000, 9999)}")

    # -- rendering -------------------------------------------------------------------------------

    def render(self, template: str) -> list[Piece]:
        pieces: list[Piece] = []
        position = 0
        for match in _SLOT.finditer(template):
            if match.start() > position:
                pieces.append((template[position : match.start()], None, None))
            pieces.extend(getattr(self, f"slot_{match.group(1)}")())
            position = match.end()
        if position < len(template):
            pieces.append((template[position:], None, None))
        return _merge(pieces)


def _merge(pieces: list[Piece]) -> list[Piece]:
    """Join neighbouring plain pieces and drop empty ones."""
    out: list[Piece] = []
    for text, label, meta in pieces:
        if not text:
            continue
        if label is None and out and out[-1][1] is None:
            out[-1] = (out[-1][0] + text, None, None)
        else:
            out.append((text, label, meta))
    return out


def _words(pieces: list[Piece]) -> int:
    return len("".join(text for text, _, _ in pieces).split())


def _choose(rng: random.Random, entry: str | tuple[str, ...]) -> str:
    return rng.choice(entry) if isinstance(entry, tuple) else entry


def example(rng: random.Random, number: int) -> Example:
    """One text with its gold spans and the record."""
    kind = rng.choice(list(KINDS))
    case = Case(rng, kind)
    target = rng.randint(230, 370)
    body = [case.render(_choose(rng, entry)) for entry in KINDS[kind]["body"]]
    # The closing sentence (a signature, the last action) stays last; fillers go before it.
    closing = body.pop() if kind in ("family_letter", "action_plan") else None
    fillers = [template for template, kinds in FILLERS if kinds is None or kind in kinds]
    rng.shuffle(fillers)
    sentences = body[:]
    words = sum(_words(s) for s in sentences) + (_words(closing) if closing else 0)
    for template in fillers:
        if words >= target:
            break
        rendered = case.render(template)
        if words + _words(rendered) > MAX_WORDS - 5:
            continue
        sentences.insert(rng.randint(min(2, len(sentences)), len(sentences)), rendered)
        words += _words(rendered)
    if closing:
        sentences.append(closing)
    pieces: list[Piece] = []
    for index, sentence in enumerate(sentences):
        if index:
            paragraph = index == 1 or kind == "family_letter" or rng.random() < 0.2
            pieces.append(("\n\n" if paragraph else " ", None, None))
        pieces.extend(sentence)
    text_parts: list[str] = []
    gold: list[GoldSpan] = []
    length = 0
    for text, label, meta in pieces:
        if label is not None:
            gold.append(GoldSpan(length, length + len(text), label, **(meta or {})))
        text_parts.append(text)
        length += len(text)
    return Example(
        id=f"blind-{number:06d}",
        text="".join(text_parts),
        known=case.known(),
        gold=tuple(gold),
        kind=f"blind/{kind}",
    )


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    """``count`` texts; the same seed always gives the same ones."""
    rng = random.Random(seed)
    for number in range(1, count + 1):
        yield example(rng, number)
