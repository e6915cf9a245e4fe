"""A twenty-fifth blind de-identification pack: synthetic UK narratives with gold spans.

Written without reading the engine (see evaluation_blind25.md). Only the shared infrastructure of
evaluation.py is imported. Twenty-five styles of patient safety writing that the earlier packs did
not use (a dog bite to a toddler, a power cut in theatre, a latex catheter, a lost cochlear
processor, a burst pipe, a referral sent by fax, a telecare alarm hub, a Signal group, a faith
leader's letter...), in 46 real towns with their own localities, councils and boards, people from
the pack's own name lists as well as Faker's, and look-alikes that must not be gold in almost
every sentence.

Templates are sentences with person slots ``{p.form}`` and value slots ``{date}``; a look-alike is
written ``<<term>>`` and is tracked as a negative. The same seed always gives the same texts.
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
)

PREFIX = "blind25"
LOW_WORDS = 200
HIGH_WORDS = 420
NO_RECORD = 0.12
__all__ = ["LABELS", "generate", "generate_with_negatives", "example", "STYLES"]

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# ---------------------------------------------------------------------------------------------
# Towns: real main postcode district, dialling code, two localities, council, care body,
# ambulance service. Wales and Scotland use their real health boards.
# ---------------------------------------------------------------------------------------------

AMBULANCES = (
    "North East Ambulance Service", "Yorkshire Ambulance Service",
    "West Midlands Ambulance Service", "South Central Ambulance Service",
    "South East Coast Ambulance Service", "East of England Ambulance Service",
    "South Western Ambulance Service", "North West Ambulance Service",
    "East Midlands Ambulance Service", "Welsh Ambulance Service", "Scottish Ambulance Service",
)  # fmt: skip

# town: (district, code, locality, locality, council, board or None, ambulance index)
TOWN_INFO = {
    "Ashington": ("NE63", "01670", "Seaton Hirst", "Hirst", "Northumberland County Council", None, 0),
    "Blyth": ("NE24", "01670", "Cowpen", "Newsham", "Northumberland County Council", None, 0),
    "Prudhoe": ("NE42", "01661", "Mickley", "West Wylam", "Northumberland County Council", None, 0),
    "Consett": ("DH8", "01207", "Blackhill", "Delves Lane", "Durham County Council", None, 0),
    "Bishop Auckland": ("DL14", "01388", "Woodhouse Close", "Coundon", "Durham County Council", None, 0),
    "Hartlepool": ("TS24", "01429", "Seaton Carew", "Owton Manor", "Hartlepool Borough Council", None, 0),
    "Redcar": ("TS10", "01642", "Dormanstown", "Kirkleatham", "Redcar and Cleveland Borough Council", None, 0),
    "Guisborough": ("TS14", "01287", "Pinchinthorpe", "Hutton Lowcross", "Redcar and Cleveland Borough Council", None, 0),
    "Dewsbury": ("WF13", "01924", "Thornhill", "Ravensthorpe", "Kirklees Council", None, 1),
    "Knaresborough": ("HG5", "01423", "Scriven", "Calcutt", "North Yorkshire Council", None, 1),
    "Todmorden": ("OL14", "01706", "Walsden", "Cornholme", "Calderdale Council", None, 1),
    "Stratford-upon-Avon": ("CV37", "01789", "Shottery", "Tiddington", "Stratford-on-Avon District Council", None, 2),
    "Pershore": ("WR10", "01386", "Pinvin", "Wyre Piddle", "Wychavon District Council", None, 2),
    "Droitwich Spa": ("WR9", "01905", "Witton", "Westlands", "Wychavon District Council", None, 2),
    "Maidenhead": ("SL6", "01628", "Cox Green", "Furze Platt", "Royal Borough of Windsor and Maidenhead", None, 3),
    "Bracknell": ("RG12", "01344", "Harmans Water", "Crowthorne", "Bracknell Forest Council", None, 3),
    "Woking": ("GU21", "01483", "Horsell", "Knaphill", "Woking Borough Council", None, 4),
    "Epsom": ("KT18", "01372", "Ewell", "Langley Vale", "Epsom and Ewell Borough Council", None, 4),
    "Haywards Heath": ("RH16", "01444", "Lindfield", "Cuckfield", "Mid Sussex District Council", None, 4),
    "Worthing": ("BN11", "01903", "Broadwater", "Goring-by-Sea", "Worthing Borough Council", None, 4),
    "Littlehampton": ("BN17", "01903", "Wick", "Rustington", "Arun District Council", None, 4),
    "Bexhill": ("TN39", "01424", "Sidley", "Little Common", "Rother District Council", None, 4),
    "Tonbridge": ("TN9", "01732", "Higham Wood", "Hildenborough", "Tonbridge and Malling Borough Council", None, 4),
    "Dartford": ("DA1", "01322", "Temple Hill", "Wilmington", "Dartford Borough Council", None, 4),
    "Gravesend": ("DA12", "01474", "Northfleet", "Singlewell", "Gravesham Borough Council", None, 4),
    "Clacton-on-Sea": ("CO15", "01255", "Jaywick", "Great Clacton", "Tendring District Council", None, 5),
    "Great Yarmouth": ("NR30", "01493", "Gorleston", "Southtown", "Great Yarmouth Borough Council", None, 5),
    "St Austell": ("PL25", "01726", "Mount Charles", "Bethel", "Cornwall Council", None, 6),
    "Bude": ("EX23", "01288", "Stratton", "Flexbury", "Cornwall Council", None, 6),
    "Weymouth": ("DT4", "01305", "Wyke Regis", "Westham", "Dorset Council", None, 6),
    "Winsford": ("CW7", "01606", "Wharton", "Swanlow", "Cheshire West and Chester Council", None, 7),
    "Maryport": ("CA15", "01900", "Ewanrigg", "Netherton", "Cumberland Council", None, 7),
    "Ripley": ("DE5", "01773", "Codnor", "Waingroves", "Amber Valley Borough Council", None, 8),
    "Belper": ("DE56", "01773", "Heage", "Milford", "Amber Valley Borough Council", None, 8),
    "Coalville": ("LE67", "01530", "Whitwick", "Thringstone", "North West Leicestershire District Council", None, 8),
    "Rhyl": ("LL18", "01745", "Kinmel Bay", "Rhuddlan", "Denbighshire County Council", "Betsi Cadwaladr University Health Board", 9),
    "Holyhead": ("LL65", "01407", "Trearddur Bay", "Kingsland", "Isle of Anglesey County Council", "Betsi Cadwaladr University Health Board", 9),
    "Mold": ("CH7", "01352", "Gwernaffield", "Sychdyn", "Flintshire County Council", "Betsi Cadwaladr University Health Board", 9),
    "Neath": ("SA11", "01639", "Briton Ferry", "Cimla", "Neath Port Talbot Council", "Swansea Bay University Health Board", 9),
    "Pontypool": ("NP4", "01495", "Griffithstown", "Trevethin", "Torfaen County Borough Council", "Aneurin Bevan University Health Board", 9),
    "Ammanford": ("SA18", "01269", "Betws", "Tycroes", "Carmarthenshire County Council", "Hywel Dda University Health Board", 9),
    "Cardigan": ("SA43", "01239", "Penparc", "Gwbert", "Ceredigion County Council", "Hywel Dda University Health Board", 9),
    "Falkirk": ("FK1", "01324", "Camelon", "Bainsford", "Falkirk Council", "NHS Forth Valley", 10),
    "Greenock": ("PA15", "01475", "Gourock", "Larkfield", "Inverclyde Council", "NHS Greater Glasgow and Clyde", 10),
    "Dumbarton": ("G82", "01389", "Bellsmyre", "Brucehill", "West Dunbartonshire Council", "NHS Greater Glasgow and Clyde", 10),
}  # fmt: skip
TOWNS = tuple(
    (town, re.match(r"[A-Z]+", info[0]).group(), info[1]) for town, info in TOWN_INFO.items()
)
LOCALITIES = {town: (info[2], info[3]) for town, info in TOWN_INFO.items()}
WALES = frozenset(t for t, i in TOWN_INFO.items() if i[6] == 9)
SCOTLAND = frozenset(t for t, i in TOWN_INFO.items() if i[6] == 10)

# Streets after ferns and old apple varieties; wards after constellations and stars.
STREETS = (
    "Bracken", "Spleenwort", "Hartstongue", "Polypody", "Maidenhair", "Moonwort", "Adderstongue",
    "Bladderfern", "Greensleeves", "Egremont",
)  # fmt: skip
STREET_KINDS = (
    "Road",
    "Lane",
    "Close",
    "Way",
    "Crescent",
    "Avenue",
    "Drive",
    "Gardens",
    "Walk",
    "Rise",
)
WARDS = (
    "Cassiopeia", "Draco", "Pegasus", "Arcturus", "Andromeda", "Perseus", "Aquila", "Cygnus",
    "Deneb", "Antares",
)  # fmt: skip
WARD_KINDS = ("Ward", "Ward", "Ward", "Unit", "ward")
HOMES = (
    "Mallard House", "Ferncombe", "Cloverdene", "Harefield Lodge", "Rookwood Grange",
    "Sandpiper Court",
)  # fmt: skip
HOME_KINDS = ("Care Home", "Nursing Home", "care home", "Residential Home")
GP_WORDS = ("Glassworks", "Brewhouse", "Saddlery", "Chandlery", "Weavers Yard")
GP_KINDS = ("Surgery", "Medical Practice", "Health Centre", "Family Practice")
PROVIDERS = ("Bellwether", "Cornerstone", "Waymark", "Hearthside")
PROVIDER_KINDS = (
    "Home Care Ltd",
    "Support Services",
    "Care Agency",
    "Telecare Ltd",
    "Community Equipment Ltd",
)
TRUST_FORMS = (
    "{town} Hospitals NHS Foundation Trust", "{town} and District NHS Trust",
    "{town} Community Healthcare NHS Trust",
)  # fmt: skip
HOSPITAL_FORMS = (
    "{town} General Hospital",
    "{town} Community Hospital",
    "{town} District Hospital",
)
HOSP_FORMS = ("AA999999", "99999999", "A999999A", "9999999AA")

# ---------------------------------------------------------------------------------------------
# People: the pack's own names (Tamil, Somali, Filipino, Nepali, Goan, Yemeni, Kurdish,
# Lithuanian, Greek and Turkish Cypriot, Jamaican, Shetland, Slovak, Japanese, Pashtun,
# Ethiopian, Brazilian, Mauritian, Fijian, Mauritanian), word names and nicknames.
# ---------------------------------------------------------------------------------------------

OWN_FIRST = {
    "F": (
        "Thanuja", "Kavitha", "Sivaranjani", "Abirami", "Ifrah", "Khadra", "Jocelyn", "Marites",
        "Lorna", "Divina", "Sabitri", "Pabitra", "Laxmi", "Kamala", "Natividade", "Arwa", "Sumaya",
        "Berivan", "Rojin", "Rasa", "Ausra", "Vilija", "Androulla", "Panayiota", "Chrystalla",
        "Gulten", "Ayten", "Thora", "Inga", "Zuzana", "Dominika", "Haruka", "Yumiko", "Zarmina",
        "Palwasha", "Gulalai", "Tigist", "Meseret", "Hiwot", "Thais", "Luana", "Devika", "Litia",
        "Mereani", "Salote",
    ),
    "M": (
        "Thayaparan", "Kirubakaran", "Jeyaseelan", "Nirmalan", "Ragavan", "Bashiir", "Abdiwali",
        "Reynaldo", "Dindo", "Ruel", "Hemraj", "Khadga", "Agnelo", "Nabil", "Fuad", "Abdulkarim",
        "Hawkar", "Shwan", "Giedrius", "Kyriacos", "Panicos", "Huseyin", "Erol", "Fitzroy",
        "Thorfinn", "Juraj", "Takumi", "Zarak", "Abebe", "Leandro", "Vikash", "Epeli", "Semisi",
        "Sidi",
    ),
}  # fmt: skip
OWN_LAST = (
    "Thevarajah", "Sivapalan", "Ratnasingam", "Yogarajah", "Paramesvaran", "Jama", "Duale",
    "Samatar", "Bautista", "Pangilinan", "Dizon", "Lacsamana", "Manalo", "Limbu", "Fernandes",
    "Rodrigues", "Remedios", "Al-Hubaishi", "Al-Qadhi", "Mutahar", "Xoshnaw", "Rasul", "Qadir",
    "Hama-Ali", "Kazlauskas", "Petrauskiene", "Zukauskas", "Vaitkute", "Christodoulou",
    "Hadjipavlou", "Loizou", "Charalambous", "Dervis", "Brissett", "McFarlane", "Gayle", "Spence",
    "Tulloch", "Flett", "Rendall", "Halcrow", "Isbister", "Balog", "Kollarova", "Lakatos",
    "Takahashi", "Ishikawa", "Fujita", "Yousafzai", "Khattak", "Afridi", "Durrani", "Tadesse",
    "Bekele", "Cavalcanti", "Nascimento", "Ramgoolam", "Beeharry", "Naivalu", "Tuilagi",
)  # fmt: skip
# Mauritanian men carry "ould" (son of) before the father's name.
PARTICLE_LAST = ("ould Cheikh", "ould Brahim")
WORD_FIRST = {
    "F": ("Peace", "Cherish", "Treasure", "Harmony", "Testimony", "Loveday"),
    "M": ("Welcome", "Godspower"),
}
WORD_LAST = (
    "Pepper", "Gurney", "Fudge", "Drinkwater", "Cotton", "Sallow", "Tennant", "Cheeseman",
    "Onions", "Gotobed", "Pickles", "Sidebottom", "Bottle", "Spark",
)  # fmt: skip
WORD_NAMES = frozenset({*WORD_FIRST["F"], *WORD_FIRST["M"], *WORD_LAST})
ALL_WORD_NAMES = WORD_NAMES
NICKNAMES = {
    "Thanuja": ("Thanu",), "Sivaranjani": ("Siva",), "Abdiwali": ("Abdi",), "Reynaldo": ("Rey",),
    "Panayiota": ("Yiota",), "Huseyin": ("Huso",), "Fitzroy": ("Fitz",), "Thorfinn": ("Finn",),
    "Zuzana": ("Zuzka",), "Zarmina": ("Zari",), "Tigist": ("Tigi",), "Gulalai": ("Lali",),
    "Kyriacos": ("Kiki",),
}  # fmt: skip
HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Master", "Dr")
CLINICAL_INITIALS = frozenset(
    """GP BP HR RR CT MRI ED AE OT SALT DNR ICU HDU CPR NEWS DVT PE MI UTI AKI CKD GCS IV IM SC PO
    PR NG PEG CD TTO BD TDS QDS OD PRN ECG EEG ABG VBG FBC LFT CRP DKA COPD AF CCF SOB NBM DOLS MCA
    LPA ICB CQC NHS PALS SJR RCA AAR PSII SI MDT HCA RN SN SHO FY ST SPR CNS AMHP CPN CMHT OOH MH SA
    DNACPR EWS TIA DOA CO NOK RIP ID AB AC AM PM UK OK MS MR DR HB BM GA LA WA VTE SEA IT PA NA TV
    RA SS FH HV SW LD""".split()
)

# ---------------------------------------------------------------------------------------------
# Look-alikes: never gold.
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "eponym": (
        "Parkinson's disease",
        "Hartmann's procedure",
        "Cheyne-Stokes breathing",
        "Trendelenburg position",
        "Stevens-Johnson syndrome",
        "Addisonian crisis",
        "Lewy body dementia",
        "Ménière's disease",
        "Korotkoff sounds",
        "Colles' fracture",
        "Todd's paresis",
        "Bell's palsy",
    ),
    "score": (
        "NEWS2 of 7",
        "GCS 14/15",
        "a Waterlow of 18",
        "Clinical Frailty Scale 6",
        "4AT of 5",
        "CURB-65 of 3",
        "PEWS of 4",
        "Braden 12",
        "MUST 2",
        "Abbey pain score 9",
        "qSOFA 2",
        "NEWS2 of 5",
    ),
    "drug": (
        "co-amoxiclav",
        "teicoplanin",
        "Tazocin",
        "metformin",
        "apixaban",
        "chlorphenamine",
        "hydrocortisone",
        "Oramorph",
        "levothyroxine",
        "gentamicin",
        "Omnipaque",
        "Movicol",
        "Steradent",
        "Fortisip",
        "ceftriaxone",
        "rivaroxaban",
    ),
    "device": (
        "PICC line",
        "Foley catheter",
        "Venflon",
        "Alaris pump",
        "Sara Stedy",
        "Hoyer hoist",
        "Zimmer frame",
        "Bair Hugger",
        "Mepilex dressing",
        "Nucleus processor",
        "pulse oximeter",
        "Baxter pump",
        "Datix",
    ),
    "national": (
        "NHS England",
        "the CQC",
        "HSSIB",
        "the MHRA",
        "NHS Resolution",
        "NICE",
        "UKHSA",
        "the NMC",
        "the GMC",
        "NHS 111",
        "the Ombudsman",
        "Healthcare Improvement Scotland",
        "Healthcare Inspectorate Wales",
        "the NCSC",
    ),
    "place_scale": (
        "Glasgow Coma Scale",
        "Bristol stool chart",
        "Manchester Triage System",
        "Edinburgh Postnatal Depression Scale",
        "Oxford hip score",
        "Nottingham Extended ADL scale",
        "Liverpool Care Pathway",
        "Ottawa ankle rules",
    ),
    "dose": (
        "5 mg",
        "2.5 mg",
        "500 micrograms",
        "1 g",
        "40 mmol",
        "10 units",
        "0.5 ml",
        "300 mg",
        "15 ml",
        "2 g",
    ),
    "duration": ("3/7", "2/52", "48 hours", "6/12", "five days", "10/7", "1/52", "72 hours"),
    "law": (
        "the Mental Capacity Act",
        "Section 2",
        "section 17 leave",
        "DoLS",
        "the Equality Act 2010",
        "the Accessible Information Standard",
        "the Children Act 1989",
        "Regulation 28",
        "the Duty of Candour",
        "the Care Act 2014",
        "Section 47",
    ),
    "named": (
        "Macmillan nurse",
        "Marie Curie",
        "Admiral Nurse",
        "Guide Dogs",
        "the RNIB",
        "Age UK",
        "Samaritans",
        "Papyrus",
        "Barnardo's",
        "Sight Loss Councils",
        "Shelter",
    ),
    "bed": (
        "Bay 4",
        "bed 12",
        "side room 3",
        "Resus 2",
        "Majors 7",
        "cubicle 9",
        "CT2",
        "Theatre 4",
        "recovery bay 2",
        "chair 6",
        "bed 22",
    ),
    "word": (
        "Sister",
        "Matron",
        "Gold command",
        "Silver command",
        "Hope",
        "Faith",
        "Bronze",
        "Trust Board",
    ),
    "time": (
        "07:00",
        "02:15",
        "14:30",
        "0300hrs",
        "23.45",
        "7pm",
        "06:00",
        "19:30",
        "1am",
        "11:40",
    ),
    "version": (
        "v3.2",
        "version 11.4",
        "Windows 11",
        "SOP 7.2",
        "firmware 3.1.4",
        "policy CL-042",
        "release 2.8",
        "template v5",
    ),
    "measure": (
        "SpO2 88%",
        "37.9°C",
        "FiO2 0.4",
        "BMI 31",
        "15 L/min",
        "Hb 84",
        "eGFR 28",
        "potassium 6.9",
        "lactate 4.1",
        "pH 7.21",
        "CRP 212",
        "BP 84/50",
    ),
}
NATIONAL = frozenset(LOOKALIKES["national"])
_ONE_WORD_TERMS = frozenset(
    term.casefold() for terms in LOOKALIKES.values() for term in terms if " " not in term
)
_ROLE_WORDS = frozenset(
    "nurse sister matron doctor consultant midwife carer ward bay bed hope faith grace".split()
)

# ---------------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    name: str
    register: str  # prose, lines, letter
    what: str
    headers: tuple[str, ...]
    core: tuple[str, ...]
    extras: tuple[str, ...]
    endings: tuple[str, ...]
    refs: tuple[str, str]  # shapes of ref and ref2: "#" a digit, "YYYY" the year
    old: bool = False
    child: bool = False
    provider: bool = False
    sex: str | None = None
    topup: str = ""
    log_dates: tuple[str, ...] = ()  # the date forms a log may keep


def _s(name, register, what, headers, core, extras, endings, refs, **kw) -> Style:
    return Style(
        name, register, what, tuple(headers), tuple(core), tuple(extras), tuple(endings), refs, **kw
    )


CSV_DATES = ("iso", "dmy4")
TABLE_DATES = ("dmy4", "dmy2", "d-mon-y", "dmon", "dots")

STYLES = (
    # ---- prose -----------------------------------------------------------------------------
    _s(
        "toddler_dog_bite_safeguarding_review",
        "prose",
        "emergency department and health visiting review, a toddler bitten on the face by the family dog, a second attendance not linked",
        [
            "Safeguarding practice review, {trust}. Reference {ref}.",
            "Child: {p.caps}, aged {age}, NHS number {nhs}, hospital number {hosp}, of {addr}.",
        ],
        [
            "On {date} at {time} {p.first} was brought to {hospital} by {p.poss} {rel}, {r.full}, with a bite to the cheek; triage under the <<Manchester Triage System>> gave a yellow category and the wound was closed in <<cubicle 9>>.",
            "Staff Nurse {s1.full} recorded that the dog, a family pet, was kept in the kitchen at {street}, but the safeguarding screening questions were left blank on the <<template v5>> form.",
            "The registrar, {d.title}, prescribed <<co-amoxiclav>> for <<five days>> and discharged {p.first}; no referral was sent to the health visitor, {o1f.full}, or to {gp}.",
            "On {date} {p.first} came back with an infected wound and a bruise to the upper arm, and {o2.full}, the paediatric liaison nurse, rang {r.title} on {mob} but reached no one.",
            "The learning team ({o3.full}, {o4.initl} and {s2.full}) found that the first attendance was not visible in the children's record because the <<release 2.8>> update had split the two episodes.",
        ],
        [
            "{r.nick} told {o5m.first}, the social worker from {council}, that the family had been told to keep the dog in the garden after the first bite.",
            "The police log, reference {ref2}, notes that officers visited {addr2} first, an address the family left in the spring, as recorded under <<the Duty of Candour>>.",
            "The paediatric pain score was 2 after <<500 micrograms>> of intranasal medication, and <<the Children Act 1989>> strategy discussion was held on {date}.",
            "{o1f.first} saw {p.first} at home on {date}; the dog had been rehomed through <<Guide Dogs>> volunteers the family knew, which the review could not confirm.",
            "{d.tfull} wrote that the bruise was 'in keeping with play', and {s2.first} escalated to the named nurse, {o3.title}, at <<19:30>> after reading the notes again.",
        ],
        [
            "Actions are owned by {s2.fsur} and the named doctor; contact {email} or {phone}.",
            "Signed off by {o3.full} on {date} for the safeguarding committee.",
        ],
        ("SPR-YYYY-###", "NP-########"),
        child=True,
    ),
    _s(
        "picc_line_occlusion_home_antibiotics_review",
        "prose",
        "hospital at home review, a blocked PICC line on home intravenous antibiotics reported by an agency carer and not acted on",
        [
            "Patient safety incident review {ref}, {trust} hospital at home service.",
            "Patient {p.tfull} ({p.init}), date of birth {dob}, NHS {nhs}, MRN {hosp}, {addr}.",
        ],
        [
            "{p.title}, {age}, was discharged from {ward} on {date} with a <<PICC line>> for <<teicoplanin>> at home to treat an infected hip replacement, with visits from {prov}.",
            "On {date} the carer, {o1f.firstl}, wrote in the home folder that the pump alarmed at <<0300hrs>> and that the line 'would not flush', and phoned the hub on {phone}.",
            "The call was taken by {o2.full} and passed to Nurse {s1.last}, who planned a visit the next day because the <<Baxter pump>> showed no occlusion code on the portal.",
            "By the morning {p.first} had a temperature of <<37.9°C>> and a swollen arm, and {p.poss} {rel} {r.lower} rang 999; the crew took {p.first} to {hospital}.",
            "A Doppler scan confirmed a deep vein thrombosis around the line, which was removed by {d.tfull}; <<apixaban>> was started at <<5 mg>> twice daily.",
        ],
        [
            "{prov} told the review ({o3.full}) that carers are not trained to flush lines and that {o1f.first} did the right thing in ringing.",
            "The home folder listed the old address, {addr2}, on its front sheet.",
            "{s2.full}, the team leader, said the hub was short of two nurses that night and that the <<SOP 7.2>> escalation card was out of date.",
            "{r.first} e-mailed {email} on {date} asking why nobody came; the reply came from {o4.full} a week later, while <<Sister>> was at the bed meeting.",
            "The service has since added line checks to the visit app (<<version 11.4>>), owned by {o5.fsur}.",
        ],
        [
            "Review led by {s2.fsur} ({s2.init}), hospital at home matron, with {d.title}; {url}.",
            "Shared with {p.title} and {r.full} under <<the Duty of Candour>> on {date}.",
        ],
        ("HAH-YYYY-####", "W####-YYYY"),
        provider=True,
    ),
    _s(
        "generator_failure_theatre_power_cut_review",
        "prose",
        "acute review, a mains power cut during an emergency laparotomy when the back-up generator failed to switch over",
        [
            "Serious incident review, {trust}, estates and theatres. Ref {ref}.",
            "Patient: {p.full}, {age}, NHS No {nhs}, hospital no. {hosp}.",
        ],
        [
            "On {date} {p.title} was having a <<Hartmann's procedure>> in <<Theatre 4>> at {hospital} when the lights and the anaesthetic machine screen went dark at <<23.45>>.",
            "The anaesthetist, {d.tfull}, hand-ventilated {p.first} for eleven minutes while {s1.full} fetched a torch and the <<pulse oximeter>> from recovery.",
            "The duty estates engineer, {o1m.full}, found that the generator had started but the transfer switch had not moved over; the fault was logged as {ref2}.",
            "The site manager, {o2.firstl}, declared an internal incident and <<Silver command>> was stood up; {o3.full} rang the patient's {rel}, {r.full}, at <<1am>>.",
            "{p.first} went to intensive care afterwards with <<lactate 4.1>>, and made a slow recovery on {ward}.",
        ],
        [
            "The last full load test of the generator was on {date}, and the contractor's report ({o4.full}) had flagged the switch.",
            "{s2.full}, the theatre coordinator, said the emergency lighting worked in the corridor but not in the theatre itself, with <<NEWS2 of 5>> at the time.",
            "{r.first} asked to see the engineer's report; it was sent to {r.pmail} by {o5.firstl} (noted on the <<Datix>>).",
            "The review cites <<SOP 7.2>> only as background and notes that the <<firmware 3.1.4>> panel update was pending.",
            "The patient lives at {addr} and was discharged home on {date}, about <<48 hours>> later.",
        ],
        [
            "Report author: {s2.fsur} ({s2.init}); estates lead {o1m.title}; contact {phone} or {url}.",
            "Approved at the serious incident panel on {date}.",
        ],
        ("SI-YYYY-####", "EST-######"),
    ),
    _s(
        "latex_allergy_catheter_anaphylaxis_review",
        "prose",
        "acute review, a woman with a recorded latex allergy catheterised with a latex catheter and an anaphylaxis on the ward",
        [
            "Incident review {ref} ({trust}).",
            "{p.caps}; DOB {dob}; NHS number {nhs}; hospital number {hosp}; {addr}.",
        ],
        [
            "{p.tfull}, {age}, was admitted to {ward} on {date} with urinary retention, and her allergy band read LATEX in red.",
            "At <<02:15>> HCA {o1f.first} and {s1.fsur} passed a catheter from the stock cupboard; the box said 'latex-free' but held a <<Foley catheter>> of the older type.",
            "Within twenty minutes {p.first} had lip swelling and <<BP 84/50>>; the registrar, {d.title}, gave adrenaline, <<chlorphenamine>> and <<hydrocortisone>>.",
            "{p.first} was moved to <<Resus 2>> and then to intensive care, and {p.poss} {rel}, {r.tfull}, was called at home on {phone}.",
            "The supplies manager, {o2.full}, found that a wholesaler had packed two products under one code ({ref2}) since {date}.",
        ],
        [
            "{r.first} wrote to {email} asking why the band had not been checked; {o3.full} replied on {date}, as the <<Trust Board>> later heard.",
            "The allergy was also on the record at {gp} and in the discharge letter from a previous stay at {hospital2}, near <<Bay 4>>.",
            "{s2.full}, ward manager, said the cupboard had been restocked by an agency porter, {o4m.firstl} (written up at <<11:40>>).",
            "The MHRA yellow card was filed by {o5.full} and <<the MHRA>> acknowledged it.",
            "A <<Mepilex dressing>> with an adhesive border was later found to be latex-free, so it was not part of the reaction.",
        ],
        [
            "Review lead {s2.fsur}; pharmacy lead {o3.init} (initials as in the log).",
            "Closed by the patient safety team on {date}.",
        ],
        ("PSI/YYYY/####", "SUP-#####"),
        sex="F",
    ),
    _s(
        "cochlear_processor_lost_on_ward_review",
        "prose",
        "acute review, an elderly deaf man's cochlear implant processor lost on the ward and his delirium worse for days",
        [
            "Patient safety review, {trust}. Datix ref {ref}.",
            "Patient {p.fsur}, {age} years old, NHS {nhs}, unit number {hosp}, home {addr}.",
        ],
        [
            "{p.tfull} uses a cochlear implant and was admitted to {ward} on {date} with pneumonia; his processor was on his ear at triage.",
            "On {date} the processor was found to be missing after a bed move to <<bed 22>>; {s1.full} searched the bedding and the <<Bair Hugger>> bag.",
            "Without it {p.first} could not hear, became frightened and had a <<4AT of 5>>; {d.tdr} prescribed <<Oramorph>> for pain the notes do not explain.",
            "{p.poss} {rel}, {r.full}, brought the spare from home at {addr2}, but the battery was flat; {o1.full} from the audiology service at {hospital2} supplied one the next day.",
            "The processor was found in the laundry at {home} after {p.first} was transferred there, with the label of another patient, {o2.caps}, with <<the Mental Capacity Act>> in mind.",
        ],
        [
            "The ward had no sensory aids checklist, although <<the Accessible Information Standard>> asks for one.",
            "{r.nick} said: 'He was lost without it; he kept asking {o3f.first} whether I was dead, after <<Matron>> asked for it.'",
            "Audiology ({o4.fsur}) has offered labelled pouches; the hospital has a written process since {date} (see <<SOP 7.2>>).",
            "{s2.full}, the ward sister, apologised to {r.title} in person and by letter sent to {r.pmail}, three days after a <<1 g>> dose of paracetamol had been missed.",
            "The cost of the replacement <<Nucleus processor>> was met by the trust, ref {ref2}.",
        ],
        [
            "Lead reviewer {s2.fsur} ({s2.init}); contact {phone}.",
            "Learning shared at the harm free care meeting on {date}.",
        ],
        ("DW####", "FIN-YYYY-###"),
        old=True,
        sex="M",
    ),
    _s(
        "burst_pipe_ward_evacuation_fall_review",
        "prose",
        "community hospital review, a ward evacuated overnight after a burst pipe and a frail woman's fall in the corridor",
        [
            "After action review, {trust}, {hospital}. Reference {ref}.",
            "Patient involved: {p.full} ({p.init}), {age}, NHS {nhs}, hospital number {hosp}.",
        ],
        [
            "At <<0300hrs>> on {date} water came through the ceiling of {ward} from a burst pipe in the plant room above, and the nurse in charge, {s1.full}, called the site team.",
            "<<Bronze>> on site, {o1.full}, moved fourteen patients into the corridor and the day room of {ward2}; {p.title} was wheeled in her chair with her <<Zimmer frame>>.",
            "At about <<06:00>> {p.first} stood to reach the toilet, slipped on the wet floor and hit her head; she had <<GCS 14/15>> and was taken to {hospital2} by {o2.firstl} of the ambulance crew.",
            "CT showed no bleed, but a <<Colles' fracture>> was found and set by {d.tfull}; she came back on {date}.",
            "{p.poss} {rel}, {r.full}, was rung at <<07:00>> on {mob}; the family had not known about the flood until then.",
        ],
        [
            "Estates ({o3.full}) logged the pipe under job {ref2}; the same joint had wept on {date}.",
            "{s2.full} said there were not enough wet floor signs, and the corridor lights were on half power.",
            "{p.first} had <<Clinical Frailty Scale 6>> and <<Lewy body dementia>>, and lives at {addr}.",
            "{r.first} asked why {p.first} was not sent to the discharge lounge; {o4f.full} said it was locked overnight, with <<Hope>> the hospital dog visiting the ward that day.",
            "The ward reopened on {date} after drying out; the incident was reported on <<Datix>> by {s1.first}.",
        ],
        [
            "Facilitated by {o5.fsur} ({o5.init} in the minutes); actions owned by {s2.title}.",
            "Next review date {date}; contact {email}.",
        ],
        ("AAR-YYYY-##", "EJ######"),
        old=True,
        sex="F",
    ),
    _s(
        "spectacles_left_in_ambulance_fall_death_sjr",
        "prose",
        "structured judgement review of a death after a fall by a man whose glasses were left in the ambulance",
        [
            "Structured judgement review, {trust} mortality team. Case {ref}.",
            "Deceased: {p.caps}, born {dob}, aged {age}, NHS number {nhs}, hospital number {hosp}.",
        ],
        [
            "{p.tfull} was brought in by {o1.full} of the ambulance service on {date} after a fall at home, {addr}; his glasses stayed in the vehicle.",
            "He had macular degeneration and relied on his glasses; on {ward} he was put in <<side room 3>> far from the nurses' station.",
            "The night nurse, {s1.full}, recorded <<NEWS2 of 5>> and a plan for hourly checks, but the checks stop at <<23.45>>.",
            "{p.first} was found on the floor at <<06:00>> on {date}; {d.tdr} diagnosed a subdural haematoma and {p.first} died on {date}.",
            "Phase one (care score 2, poor): the review by {o2.title} found no falls plan, no sensory checklist and no lying and standing blood pressure.",
        ],
        [
            "The glasses were returned by the crew's station on {date}, logged as {ref2} (the <<Glasgow Coma Scale>> was normal).",
            "{p.poss} {rel}, {r.full}, said {p.first} 'could not see the call bell without them', within <<72 hours>>.",
            "He took <<apixaban>> <<2.5 mg>> twice daily, which was held after the fall.",
            "The case was discussed with {o3.full} of the medical examiner's office and referred to the coroner (<<Clinical Frailty Scale 6>>).",
            "{o4.full}, a second reviewer from {hospital2}, agreed the scores on {date}, well before <<7pm>>.",
        ],
        [
            "Reviewer {o2.fsur} ({o2.init}); mortality lead {s2.full}.",
            "Family liaison: {r.title}, {mob}.",
        ],
        ("SJR-YYYY-###", "AMB-#######"),
        old=True,
        sex="M",
    ),
    _s(
        "barcode_scanner_bypassed_wrong_patient_dose_review",
        "prose",
        "acute review, a barcode check bypassed with a printed wristband sheet and a dose given to the wrong man",
        [
            "Medication incident review, {trust}. Ref. {ref}.",
            "Patient affected: {p.full}, NHS {nhs}, hospital number {hosp}, aged {age}.",
        ],
        [
            "On {date} at <<14:30>> {s1.full} gave <<gentamicin>> meant for the man in <<bed 12>>, {o1m.caps}, to {p.title} in the next bed on {ward}.",
            "The scanner would not read {p.poss} wristband, so {s1.first} scanned a sheet of spare barcode labels kept at the drug trolley, which the system accepted.",
            "{p.first} has <<eGFR 28>>, and {d.tfull} stopped his other nephrotoxic drugs and asked for a level, which was high.",
            "{p.poss} {rel}, {r.full}, was told on {date} by {s2.full} and given the pharmacy team's number, {phone}.",
            "The pharmacist, {o2.full}, found that the labels had been printed in <<version 11.4>> before the update of {date} closed that route.",
        ],
        [
            "Seventeen similar overrides were found on the ward in a month, logged under {ref2}, as <<Age UK>> had also advised.",
            "{o3.full} from the electronic prescribing team said scanners in <<Bay 4>> had not been charged.",
            "The wrong-patient dose was reported to <<the MHRA>> only as a device issue; the drug was the right one.",
            "{p.first} was discharged home to {addr} with a plan for kidney function checks at {gp}, with <<Faith>> the chaplaincy volunteer present.",
            "{o4.firstl} (nurse educator) has run sessions on why labels must never be kept at the trolley, without a <<Bristol stool chart>> in the notes.",
        ],
        [
            "Review by {s2.fsur} and {o2.init}.",
            "Closed on {date}; queries to {email}.",
        ],
        ("MI-YYYY-#####", "EPMA-####"),
        sex="M",
    ),
    _s(
        "fax_referral_never_received_cancer_delay_review",
        "prose",
        "primary and secondary care review, an urgent suspected cancer referral sent by an old fax number that was never received",
        [
            "Joint review between {gp} and {trust}. Reference {ref}.",
            "Patient: {p.tfull}, DOB {dob}, NHS {nhs}, hospital number {hosp}, {addr}.",
        ],
        [
            "{p.title}, {age}, saw {d.tfull} at {gp} on {date} with a breast lump and was referred on the two-week pathway.",
            "The practice's old template sent the form to a fax number the hospital had switched off; the machine printed 'OK' and the practice administrator, {o1.full}, filed the receipt.",
            "On {date} {p.first} rang the surgery after hearing nothing; {o2f.firstl} resent the referral through the e-referral service and it was booked for {date} (<<Parkinson's disease>> was not relevant).",
            "The clinic at {hospital} was seen by {o3.full}; a biopsy confirmed cancer, and the delay was about six weeks, and a <<Venflon>> was still in place.",
            "{p.poss} {rel}, {r.full}, raised a complaint by e-mail to {email}, saying {p.first} had been 'told to wait by a machine', in line with <<the Care Act 2014>>.",
        ],
        [
            "The practice manager, {s1.full}, found four other referrals sent by fax since {date}, all since traced, ref {ref2} (<<BMI 31>> on the last weight).",
            "{p.first} had also seen a <<Macmillan nurse>> who found no record of the first referral.",
            "<<NHS England>> had asked practices to stop faxing years before; the local template was not updated.",
            "{s2.full} (cancer services manager) confirmed that the fax line was switched off when the department moved, and <<Silver command>> was told.",
            "The review has been shared with {o4.full} at the ICB and with {o5.full} (filed under <<policy CL-042>>).",
        ],
        [
            "Authors: {s2.fsur} and {s1.init} (practice).",
            "Duty of candour letter sent on {date}; contact {phone}.",
        ],
        ("JR-YYYY-###", "CX####"),
        sex="F",
    ),
    _s(
        "contrast_scan_metformin_kidney_injury_review",
        "prose",
        "acute review, a man with poor kidney function given contrast for a CT and his metformin continued, with lactic acidosis",
        [
            "Patient safety review {ref}, {trust} radiology and acute medicine.",
            "Patient {p.fsur}, {age}, NHS number {nhs}, hospital number {hosp}, address {addr}.",
        ],
        [
            "{p.tfull} had a CT scan with <<Omnipaque>> at {hospital} on {date}; his last blood test showed <<eGFR 28>>.",
            "The request from {d.tfull} did not mention kidney function, and the radiographer, {o1.full}, used the <<template v5>> safety questions that asked only about allergy.",
            "On {ward} his <<metformin>> was carried on by {s1.full}; on {date} he was drowsy with <<pH 7.21>> and <<lactate 4.1>>.",
            "He was treated in intensive care by {o2.title} and needed filtering for <<72 hours>>; his {rel}, {r.full}, was kept informed on {mob}.",
            "The radiology lead, {o3.full}, found that the checklist had been changed in <<release 2.8>> and the kidney question removed.",
        ],
        [
            "{p.first} was discharged on {date} and now sees the kidney team at {hospital2}.",
            "The pharmacist {o4.firstl} noted that <<metformin>> is normally held after contrast when kidney function is poor.",
            "{r.first} asked whether {p.first} had agreed to the scan; the consent form was verbal, which is normal for CT.",
            "Ref {ref2} covers the IT change; {s2.full} owns it, as <<the CQC>> would expect.",
            "A <<Venflon>> in the left arm was noted to be in place for five days without a review.",
        ],
        [
            "Prepared by {s2.fsur}; radiology lead {o3.title}.",
            "Discussed with {p.title} on {date}.",
        ],
        ("RAD-YYYY-####", "IT#######"),
        sex="M",
    ),
    _s(
        "denture_cleaning_tablet_swallowed_review",
        "prose",
        "care home review, a resident with dementia who swallowed a denture cleaning tablet left on her bedside table",
        [
            "Care home incident review, {home}, with {prov}. Ref {ref}.",
            "Resident: {p.full}, aged {age}, NHS number {nhs}, {hospital} number {hosp}.",
        ],
        [
            "At <<19:30>> on {date} a carer, {o1f.firstl}, found {p.title} coughing with white froth at her mouth, and an open pack of <<Steradent>> by the bed.",
            "The senior carer, {s1.full}, rang <<NHS 111>> and then 999; {o2.full} of the ambulance service took {p.first} to {hospital}.",
            "{d.tfull} in the emergency department found a burnt throat; {p.first} was kept nil by mouth and given <<ceftriaxone>> for a chest infection two days later.",
            "The home manager, {s2.full}, found that {p.poss} {rel}, {r.full}, had brought the tablets in on {date}, not knowing about the home's policy.",
            "The home's care plan for {p.first}, who has <<Lewy body dementia>>, said 'no hazardous items in room' but had not been read since the spring.",
        ],
        [
            "{r.first} wrote to {email2} asking why no one had noticed the pack for a week.",
            "{council} safeguarding ({o3.full}) opened a concern, ref {ref2}, under <<the Care Act 2014>>.",
            "{p.first} returned to {home} on {date} on a soft diet with <<Fortisip>> twice a day.",
            "{o4.full}, the care home liaison nurse, has asked all homes in {council} to check bedside tables, two weeks after a <<Colles' fracture>> clinic.",
            "{p.first} used to live at {addr}, and her {rel} still has the house, after <<Gold command>> stood down.",
        ],
        [
            "Review by {s2.fsur} for {prov}; telephone {phone}.",
            "Signed off with {o3.init} on {date}.",
        ],
        ("CH-YYYY-###", "ASC######"),
        old=True,
        provider=True,
        sex="F",
    ),
    # ---- logs --------------------------------------------------------------------------------
    _s(
        "telecare_alarm_signal_dropout_csv",
        "lines",
        "telecare call centre export pasted as CSV, a pendant alarm hub that lost its signal while an old man lay on the floor",
        [
            "Telecare call log export ({prov}) pasted into incident {ref} for {council}.",
            "date,time,operator,client,event,notes",
        ],
        [
            "{day},{time},{s1.firstl},{p.caps},HEARTBEAT MISSED,hub at {addr} not checking in; <<firmware 3.1.4>> known issue",
            "{day},{time},{s1.firstl},{p.caps},CALL OUT,rang {phone} no answer; rang {rel} {r.full} on {mob}",
            "{date},{time},{o1.firstl},{p.caps},RESPONDER SENT,{o2m.full} from mobile response team; key safe code on file",
            "{day},{time},{o2m.firstl},{p.caps},ON SITE,found on floor in hall; conscious; {age}; <<Hoyer hoist>> not in house",
            "{day},{time},{o1.firstl},{p.caps},AMBULANCE,999 call; conveyed to {hospital}; NHS {nhs}; hosp no {hosp}",
        ],
        [
            "{day},{time},{o3.firstl},{p.caps},NOTE,<<SpO2 88%>> per crew; family ({r.first}) to meet at hospital",
            "{date},{time},{s2.firstl},{p.caps},ENGINEER,hub swapped by {o4.full}; SIM signal poor since <<release 2.8>>",
            "{day},{time},{s2.firstl},{p.caps},REVIEW,old address {addr2} still on second contact card; <<NEWS2 of 5>>",
            "{day},{time},{o3.firstl},{p.caps},GP,{gp} informed; fax not used; <<Bay 4>>",
            "{day},{time},{s1.firstl},{p.caps},EMAIL,report sent to {email2}; ref {ref2}; <<Datix>> to follow",
        ],
        [
            "{day},{time},{s2.firstl},{p.caps},CLOSED,incident raised with {council}; contact {o5.full}",
            "{day},{time},{s2.firstl},{p.caps},FAMILY,{r.title} asked for the signal history",
        ],
        ("TC-YYYY-####", "LA######"),
        old=True,
        provider=True,
        sex="M",
        topup='{day},{time},{x.firstl},{p.caps},NOTE,"{text}"',
        log_dates=CSV_DATES,
    ),
    _s(
        "out_of_hours_gp_call_queue_csv",
        "lines",
        "out-of-hours GP call queue export pasted as CSV, a call-back for a feverish woman missed at shift change",
        [
            "Out-of-hours call queue for case {ref}, {trust} urgent care.",
            "date,time,user,case,action",
        ],
        [
            "{day},{time},{s1.firstl},{ref},call from {p.full} DOB {dob} tel {mob}; temp 39; 'can't keep fluids down'",
            "{day},{time},{s1.firstl},{ref},priority 2 hr call-back; NHS {nhs}; address {addr}",
            "{day},{time},{o1.firstl},{ref},shift change; queue passed to {d.title}; <<NEWS2 of 5>> by self-report not possible",
            "{day},{time},{o2.nick},{ref},{r.full} ({rel}) rang again: now confused; told clinician will call",
            "{day},{time},{d.firstl},{ref},called back; advised 999; <<qSOFA 2>>; conveyed to {hospital}",
        ],
        [
            "{day},{time},{o3.firstl},{ref},<<Manchester Triage System>> not used in OOH; local tool",
            "{date},{time},{s2.firstl},{ref},hospital number {hosp} added from discharge summary; <<48 hours>> since last contact",
            "{day},{time},{s2.firstl},{ref},complaint from {r.first}; logged {ref2}; <<Matron>> aware",
            "{day},{time},{o4.firstl},{ref},{gp} informed by e-mail {email2}; see <<SOP 7.2>>",
            "{day},{time},{o5.init},{ref},{d.title} statement requested; <<SpO2 88%>>",
        ],
        [
            "{day},{time},{s2.firstl},{ref},review closed by {s2.full}",
            "{day},{time},{s2.firstl},{ref},family letter sent to {r.title}",
        ],
        ("OOH######", "CMP-YYYY-###"),
        sex="F",
        topup="{day},{time},{x.firstl},{ref},{text}",
        log_dates=CSV_DATES,
    ),
    _s(
        "x_ray_report_acknowledgement_tracker_table",
        "lines",
        "radiology results acknowledgement tracker pasted as a pipe table, a chest x-ray showing a mass left unacknowledged",
        [
            "Unacknowledged reports tracker, {trust}, pasted into review {ref}.",
            "| date | time | user | patient | entry |",
        ],
        [
            "| {day} | {time} | {o1.firstl} | {p.caps} ({hosp}) | chest x-ray: 'right upper lobe mass, CT advised' |",
            "| {day} | {time} | system | {p.caps} | sent to requester {d.title}; not opened |",
            "| {date} | {time} | {o2.firstl} | {p.caps} | requester left; report in generic inbox |",
            "| {date} | {time} | {s1.firstl} | {p.caps} | NHS {nhs}; GP {gp} not copied; <<Sister>> informed |",
            "| {date} | {time} | {s2.firstl} | {p.caps} | found on audit; {p.first} rung on {mob}; CT booked at {hospital}; <<v3.2>> form |",
        ],
        [
            "| {day} | {time} | {o3.firstl} | {p.caps} | address {addr}; <<BP 84/50>> |",
            "| {day} | {time} | {s2.firstl} | {p.caps} | {rel} {r.full} asked for copy; <<Zimmer frame>> |",
            "| {day} | {time} | {o4.firstl} | {p.caps} | IT ref {ref2}; <<version 11.4>> inbox rule |",
            "| {day} | {time} | {d.firstl} | {p.caps} | apology; <<the Duty of Candour>> started |",
            "| {day} | {time} | {o5.firstl} | {p.caps} | lung team MDT <<14:30>> slot |",
        ],
        [
            "| {day} | {time} | {s2.firstl} | {p.caps} | escalated to {s2.full}, radiology governance |",
            "| {day} | {time} | {s2.init} | {p.caps} | contact {email} |",
        ],
        ("RAD-YYYY-###", "INC#######"),
        topup="| {day} | {time} | {x.firstl} | {p.caps} | {text} |",
        log_dates=TABLE_DATES,
    ),
    _s(
        "community_equipment_delivery_tracker_table",
        "lines",
        "community equipment tracker pasted as a pipe table, a pressure-relieving mattress delivered a week late to a bed-bound woman",
        [
            "Equipment order tracker ({prov}) for review {ref}.",
            "| date | time | by | client | note |",
        ],
        [
            "| {day} | {time} | {s1.firstl} | {p.caps} | order: dynamic mattress; <<a Waterlow of 18>>; {addr} |",
            "| {day} | {time} | {o1.firstl} | {p.caps} | status 'awaiting stock'; district nurse {s1.full} told |",
            "| {date} | {time} | {o2.firstl} | {p.caps} | delivery failed: driver at {addr2} |",
            "| {date} | {time} | {s2.firstl} | {p.caps} | grade 3 sacral damage; NHS {nhs}; {rel} {r.full} on {phone} |",
            "| {date} | {time} | {o1.firstl} | {p.caps} | delivered and fitted; {age}; hospital no {hosp}; <<2/52>> review |",
        ],
        [
            "| {day} | {time} | {o3.firstl} | {p.caps} | <<Braden 12>> per nurse; <<Mepilex dressing>> |",
            "| {day} | {time} | {s2.firstl} | {p.caps} | safeguarding alert to {council} ({ref2}); <<Bronze>> aware |",
            "| {day} | {time} | {o4.firstl} | {p.caps} | GP {gp} informed; <<Silver command>> aware |",
            "| {day} | {time} | {s1.firstl} | {p.caps} | {r.first} asked why address was wrong; <<the Care Act 2014>> |",
            "| {day} | {time} | {o5.firstl} | {p.caps} | stock report e-mailed to {email2}; <<Gold command>> told |",
        ],
        [
            "| {day} | {time} | {s2.firstl} | {p.caps} | review lead {s2.full} |",
            "| {day} | {time} | {s2.firstl} | {p.caps} | family update to {r.title} |",
        ],
        ("EQ-YYYY-####", "SG######"),
        old=True,
        provider=True,
        sex="F",
        topup="| {day} | {time} | {x.firstl} | {p.caps} | {text} |",
        log_dates=TABLE_DATES,
    ),
    _s(
        "site_team_signal_chat_export_log",
        "lines",
        "site team Signal group export pasted into a review, a bed found for a deteriorating man only after four hours",
        [
            "Signal group 'Site team nights' export attached to {ref} ({trust}).",
            "Patient: {p.fsur}, {hosp}.",
        ],
        [
            "[{day} {time}] {s1.firstl}: ED full, {p.upper} ({age}) needs a side room, <<NEWS2 of 7>>, in <<Majors 7>>",
            "[{day} {time}] {o1.nick}: nothing on {ward} till the discharge goes; {o2.full} chasing transport",
            "[{day} {time}] {d.firstl}: he's getting worse, can we have <<recovery bay 2>>",
            "[{day} {time}] {s2.firstl}: <<Silver command>> says no to recovery. {o3.full} to ring the family",
            "[{day} {time}] {o3.firstl}: spoke to {rel} {r.full} on {mob}, coming in",
        ],
        [
            "[{day} {time}] {s1.firstl}: NHS no is {nhs} if anyone needs it",
            "[{day} {time}] {o4.firstl}: {ward2} can take him at <<1am>>",
            "[{day} {time}] {s2.firstl}: moved. Datix {ref2}; <<NEWS2 of 5>>",
            "[{day} {time}] {d.firstl}: <<lactate 4.1>>, sepsis pathway started, <<Tazocin>> given",
            "[{day} {time}] {o5.firstl}: home address {addr} for the police welfare check, family were out; <<Bay 4>>",
        ],
        [
            "[{day} {time}] {s2.firstl}: thanks all, handing over to {o1.first}",
            "[{day} {time}] {s1.firstl}: email {email} for statements",
        ],
        ("SITE-YYYY-###", "DX######"),
        sex="M",
        topup="[{day} {time}] {x.firstl}: {text}",
        log_dates=("dmy4",),
    ),
    _s(
        "cyber_incident_downtime_action_log",
        "lines",
        "action log kept during a cyber attack downtime, paper requests and a critical potassium result phoned to the wrong ward",
        [
            "Business continuity action log, {trust}, cyber incident {ref}.",
            "Entries as typed up from paper, with the patients affected.",
        ],
        [
            "{day} {time} - {s1.full}: systems down, <<the NCSC>> informed by IT; paper requests only",
            "{day} {time} - {o1.full}: lab phoned potassium 6.9 for {p.caps} (NHS {nhs}, {hosp}) to {ward2} in error",
            "{day} {time} - {o2.nick}: {ward2} said not theirs; message written on a sticky note",
            "{date} {time} - {s2.full}: {p.title} found with slow pulse on {ward}; <<potassium 6.9>> confirmed; treated by {d.title}",
            "{day} {time} - {o3.full}: {rel} {r.full} rang on {phone}; told of the delay",
        ],
        [
            "{day} {time} - {o4.firstl}: paper request forms used the old address {addr2}; <<Datix>> to follow",
            "{day} {time} - {s1.firstl}: patient aged {age}; current address {addr}; <<48 hours>> since last contact",
            "{day} {time} - {o5.full}: <<Windows 11>> machines restored first; lab link via <<release 2.8>>",
            "{date} {time} - {s2.firstl}: incident {ref2} raised; <<Gold command>> briefed",
            "{day} {time} - {o1.firstl}: GP {gp} told by phone; <<Matron>> aware",
        ],
        [
            "{day} {time} - {s2.firstl}: log closed; contact {email}",
            "{day} {time} - {s2.firstl}: candour call to {r.title} planned",
        ],
        ("CYB-YYYY-##", "INC-######"),
        topup="{day} {time} - {x.firstl}: {text}",
        log_dates=("dmy2", "dots"),
    ),
    # ---- letters and e-mails ------------------------------------------------------------------
    _s(
        "braille_appointment_letters_complaint_letter",
        "letter",
        "a blind man's complaint, written with his advocate, that his appointment letters came in print and he missed his eye clinic",
        [
            "{addrb}\n\n{ldate}\n\nComplaints team, {trust}\nYour reference {ref}",
            "Dear Complaints Manager,",
        ],
        [
            "I am writing as the {rel} of {p.tfull}, who is registered blind and asked the hospital in writing for letters in braille.",
            "His record at {hospital} (hospital number {hosp}, NHS {nhs}) shows the flag, but the letters for {date} and {date} came in standard print.",
            "He missed both appointments and was discharged back to {gp} by {d.tfull}, which I found out only when {o1.full} at the surgery read the letter to him (the <<Oxford hip score>> form was also blank).",
            "His eye pressure had risen and he lost more sight in the left eye; {o2f.full}, the optometrist, wrote that the delay mattered, as recorded under <<the Duty of Candour>>.",
            "He is {age} and lives alone, and <<the Accessible Information Standard>> is supposed to stop this.",
        ],
        [
            "{o3.full} from <<Sight Loss Councils>> helped him ring PALS on {phone}, and was told the printing contractor 'cannot do braille'.",
            "He had an old address on one letter, {addr2}, which suggests two records, while <<Sister>> was at the bed meeting.",
            "The leaflet from <<the RNIB>> he was given at clinic was in print too, and the PALS page at {url} has no braille option.",
            "Please reply to me at {r.pmail} or by phone on {mob}, and send his reply in braille, with <<NEWS2 of 5>> at the time.",
            "I have copied this to {o4.full}, his social worker at {council} (noted on the <<Datix>>).",
        ],
        [
            "Yours faithfully,\n\n{r.full}\n({rel} of {p.full})",
            "cc {o4.initl}, {council}",
        ],
        ("COMP-YYYY-####", "AIS-####"),
        old=True,
        sex="M",
    ),
    _s(
        "cyber_downtime_practice_manager_email",
        "letter",
        "practice manager's e-mail to the trust after weeks of results lost in a cyber downtime, one a high potassium",
        [
            "From: {s1.email}\nTo: {email}\nSent: {ldate}\nSubject: Results during the downtime - {p.fsur}",
            "Dear {o1.first},",
        ],
        [
            "I am the practice manager at {gp} and I need to tell you about a patient of ours who came to harm while your systems were down.",
            "{p.full} (NHS {nhs}, your number {hosp}), {age}, had bloods taken at the practice on {date}; the result never came back to us.",
            "On {date} {p.title} was admitted to {hospital} with <<potassium 6.9>> and a slow pulse; the admitting doctor, {d.tfull}, was told the lab had phoned the result to a ward.",
            "Our GP, {o2.tfull}, had no way of knowing: the lab's printed list for practices stopped after <<release 2.8>> of the downtime plan.",
            "{p.poss} {rel}, {r.full}, has asked us why, and I have no answer for the family yet, about <<48 hours>> later.",
        ],
        [
            "We found eleven more results missing, which I have sent to {o3.full} under ref {ref}, as the <<Trust Board>> later heard.",
            "The patient's address on your system is still {addr2}; it should be {addr}, near <<Bay 4>>.",
            "Our reception team ({o4.firstl}) rang the lab on {phone} five times without getting through (written up at <<11:40>>).",
            "I understand <<NHS England>> was told, but we were not told what to do with samples.",
            "Please copy {o5f.email} into your reply, as she leads on results at the practice, with <<the Mental Capacity Act>> in mind.",
        ],
        [
            "Kind regards,\n\n{s1.full}\nPractice Manager, {gp}",
            "Tel {phone} | {url}",
        ],
        ("PM-YYYY-###", "CYB-####"),
        sex="M",
    ),
    _s(
        "mp_caseworker_constituent_enquiry_email",
        "letter",
        "an MP's caseworker e-mails the trust about a constituent's mother left on a trolley in a corridor and her lost hearing aids",
        [
            "From: {o1.email}\nTo: {email}\nDate: {ldate}\nSubject: Constituent enquiry ref {ref}",
            "Dear Chief Executive,",
        ],
        [
            "I am a caseworker for the local MP and write about {r.tfull}, a constituent, whose {rel} {p.full} was a patient at {hospital}.",
            "{p.title}, {age} (NHS {nhs}, hospital number {hosp}), waited on a trolley in a corridor from {date} for thirty hours, next to <<Resus 2>>.",
            "{r.first} says {p.first} was not helped to the toilet and was given <<Oramorph>> without anyone telling her why.",
            "She was moved to {ward} on {date}, by which time her hearing aids had been lost, and staff ({s1.firstl}, {o2.firstl}) could not find them.",
            "{r.first} has asked me to find out what has been done and whether the hospital has told <<the CQC>>.",
        ],
        [
            "{r.first} can be reached on {mob} or at {r.pmail}, and lives at {addr}, after <<Matron>> asked for it.",
            "{p.first} has since gone to {home}, and the manager there, {o3.full}, has bought temporary aids (see <<SOP 7.2>>).",
            "The family also spoke to {s2.full} on the ward, who was kind but could not say when a side room would be free, three days after a <<1 g>> dose of paracetamol had been missed.",
            "I would be grateful if you could reply within twenty working days, quoting {ref2}, with <<Hope>> the hospital dog visiting the ward that day.",
            "The MP has not raised this in public and would like to avoid doing so (the <<Glasgow Coma Scale>> was normal).",
        ],
        [
            "Yours sincerely,\n\n{o1.full}\nSenior Caseworker",
            "cc {o4.full}",
        ],
        ("MP/YYYY/####", "CE-#####"),
        old=True,
        sex="F",
    ),
    _s(
        "dentist_anticoagulant_bleed_referral_letter",
        "letter",
        "a general dental practitioner's letter to a GP after an extraction in a man on warfarin whose INR was not checked and who bled for hours",
        [
            "{gp}\n{ldate}\n\nRe: {p.tfull}, DOB {dob}, NHS {nhs}\n{addr}",
            "Dear {d.tdr},",
        ],
        [
            "I saw your patient {p.full}, {age}, at our practice on {date} and took out a lower molar.",
            "He told my nurse, {o1.firstl}, that he took a 'blood thinner', but the medical history form listed <<apixaban>> when he had in fact been switched to warfarin.",
            "That evening he bled for several hours and attended {hospital}, where {o2.tfull} packed and stitched the socket; his INR was 5.2.",
            "{p.poss} {rel}, {r.full}, rang me on {date} and was understandably upset; I have apologised and I am writing to you at his request, within <<72 hours>>.",
            "Our practice has reported this as a significant event (ref {ref}) and we have changed our form (<<Clinical Frailty Scale 6>>).",
        ],
        [
            "The anticoagulation clinic at {hospital2} ({o3.full}) had changed the drug on {date} and the practice summary was not updated, well before <<7pm>>.",
            "Could you confirm his current medicines to us at {email2}, or by phone on {phone}, as <<Age UK>> had also advised?",
            "We used <<500 micrograms>> adrenaline in the local anaesthetic, which is usual, and a <<Mepilex dressing>> was not used.",
            "His hospital number for the attendance is {hosp}, with <<Faith>> the chaplaincy volunteer present.",
            "I have copied this letter to {o4.full}, our practice manager, without a <<Bristol stool chart>> in the notes.",
        ],
        [
            "Yours sincerely,\n\n{s1.full}\nGeneral Dental Practitioner",
            "cc {r.full}",
        ],
        ("SEA-YYYY-##", "DEN-####"),
        sex="M",
    ),
    _s(
        "optometrist_papilloedema_referral_lost_email",
        "letter",
        "a high street optometrist's e-mail to an eye unit after an urgent referral for swollen optic discs was lost",
        [
            "From: {s1.email}\nTo: {email}\nDate: {ldate}\nSubject: URGENT referral not received - {p.caps}",
            "Dear {o1.tfull},",
        ],
        [
            "On {date} I saw {p.full} (DOB {dob}, NHS {nhs}) at our practice and found swollen optic discs in both eyes.",
            "I e-mailed an urgent referral to {email2} that afternoon and told {p.first} to expect a call, but none came.",
            "On {date} {p.title} collapsed at home, {addr}, and was taken to {hospital}, where {d.tfull} found raised pressure in the head (<<Parkinson's disease>> was not relevant).",
            "{p.poss} {rel}, {r.full}, says the hospital's letter names {p.first} with an old address, {addr2}, and a <<Venflon>> was still in place.",
            "I would like to know whether the referral was received, and who holds it now, in line with <<the Care Act 2014>>.",
        ],
        [
            "The referral was sent with our reference {ref} and read receipt on {date} (<<BMI 31>> on the last weight).",
            "{p.first} is {age} and had headaches for <<2/52>>; <<GCS 14/15>> on arrival.",
            "My colleague {o2.firstl} rang the eye unit on {phone} and was told to ring back, and <<Silver command>> was told.",
            "Please reply to {s1.email} and copy {o3.email} (filed under <<policy CL-042>>).",
            "I have kept the photographs and field test, taken with <<firmware 3.1.4>> on the camera.",
        ],
        [
            "Best wishes,\n\n{s1.full}\nOptometrist",
            "Practice line {phone}; hospital number if needed {hosp}",
        ],
        ("OPT-YYYY-###", "EYE######"),
        sex="F",
    ),
    _s(
        "university_wellbeing_crisis_referral_email",
        "letter",
        "a university wellbeing adviser e-mails the crisis team about a student whose assessment was cancelled when she moved halls",
        [
            "From: {s1.email}\nTo: {email}\nSent: {ldate}\nSubject: Student {p.firstl} - crisis referral follow-up",
            "Dear {o1.first},",
        ],
        [
            "I am a wellbeing adviser and I referred {p.full} (DOB {dob}, NHS {nhs}) to your team on {date} after she told me she had a plan to end her life.",
            "Your team's letter of {date} went to her old room at {addr2}, and the assessment was cancelled when she did not reply.",
            "On {date} she was brought to {hospital} by campus security ({o2.full}); she was seen by {d.tfull} under <<section 17 leave>> rules I do not understand.",
            "She has agreed that I can share this with her {rel}, {r.full}, who rang me on {mob}, as <<the CQC>> would expect.",
            "Her current address is {addr}, and she is registered with {gp}, two weeks after a <<Colles' fracture>> clinic.",
        ],
        [
            "She uses <<Papyrus>> and <<Samaritans>> and has a safety plan with us, ref {ref}.",
            "Her hospital number is {hosp}; your duty worker {o3.firstl} said it was not on the system, after <<Gold command>> stood down.",
            "She is {age} and in her second year (the <<Oxford hip score>> form was also blank).",
            "Could someone from {trust} call me on {phone}, as recorded under <<the Duty of Candour>>?",
            "I have copied {o4.full}, our head of student support, while <<Sister>> was at the bed meeting.",
        ],
        [
            "With thanks,\n\n{s1.full}\nWellbeing Adviser",
            "cc {o4.init} (student support)",
        ],
        ("UW-YYYY-####", "MHL-###"),
        sex="F",
    ),
    _s(
        "foster_carer_missed_dose_concern_email",
        "letter",
        "a foster carer e-mails the looked-after children nurse about an epilepsy medicine not sent with a child on placement",
        [
            "From: {r.pmail}\nTo: {email}\nDate: {ldate}\nSubject: {p.first}'s medicine",
            "Dear {o1.first},",
        ],
        [
            "I am {p.poss} foster carer and I am writing because {p.first} ({p.init}), aged {age}, came to us on {date} without her seizure medicine.",
            "The social worker, {o2.full} from {council}, said the medicine was 'in the bag', but there was only a <<Movicol>> box and an inhaler.",
            "On {date} {p.first} had a seizure at school and was taken to {hospital}; the doctor, {d.tfull}, said she had missed two days.",
            "Her NHS number is {nhs} and the hospital number is {hosp}; the hospital had her old address, {addr2}, with <<NEWS2 of 5>> at the time.",
            "I rang {gp} and spoke to {o3.firstl}, who sent a prescription that day (noted on the <<Datix>>).",
        ],
        [
            "Our address is {addr}; please use it for all letters, about <<48 hours>> later.",
            "{p.first} is well now and back at school, but her {rel} has told me she was frightened, as the <<Trust Board>> later heard.",
            "Could you make sure {s1.full}, her school nurse, has the care plan, near <<Bay 4>>?",
            "I have kept the empty bag in case the review ({ref}) needs it (written up at <<11:40>>).",
            "My phone is {mob}; the placement reference is {ref2}, with <<the Mental Capacity Act>> in mind.",
        ],
        [
            "Many thanks,\n\n{r.full}\nFoster carer",
            "cc {o2.initl}",
        ],
        ("LAC-YYYY-###", "PL######"),
        child=True,
        sex="F",
    ),
    _s(
        "faith_leader_burial_delay_complaint_letter",
        "letter",
        "a faith leader writes for a bereaved family about a death certificate delayed over a weekend and a burial held back",
        [
            "{addrb}\n\n{ldate}\n\nThe Chief Executive, {trust}",
            "Dear Sir or Madam,",
        ],
        [
            "I write as the faith leader supporting the family of the late {p.tfull}, who died at {hospital} on {date}, aged {age}.",
            "The family asked on the day for the body to be released for burial within one day, as their faith requires.",
            "The doctor on call, {d.tfull}, said the certificate could not be done until the medical examiner's office opened, and nobody answered {phone} over the weekend, after <<Matron>> asked for it.",
            "The body was released only on {date}, and {p.poss} {rel}, {r.full}, had to tell the family abroad that the burial would wait (see <<SOP 7.2>>).",
            "The mortuary staff ({o1.nick} and {o5.init}) were kind, but could not help without paperwork, three days after a <<1 g>> dose of paracetamol had been missed.",
        ],
        [
            "The hospital number on the release form was {hosp}, and the NHS number {nhs}, with <<Hope>> the hospital dog visiting the ward that day.",
            "The family understand from {o2.full} that other trusts in the area offer a weekend service (the <<Glasgow Coma Scale>> was normal).",
            "{r.first} can be contacted at {r.pmail} and does not want phone calls, within <<72 hours>>.",
            "I have been asked to copy this letter to {o3.full}, the bereavement manager, and to {council}'s registrar (<<Clinical Frailty Scale 6>>).",
            "Your reference is {ref}, well before <<7pm>>.",
        ],
        [
            "Yours sincerely,\n\n{o4.full}\nOn behalf of the family",
            "cc {r.full}",
        ],
        ("BER-YYYY-###", "ME####"),
        old=True,
    ),
)

# Third-person top-up sentences for prose and letters.
SHARED = (
    "The ward was running with two registered nurses for twenty-eight patients, and <<Matron>> was covering two areas.",
    "A <<Datix>> was raised the same day and graded as moderate harm pending review.",
    "The review team read the notes, the observation charts and the <<Bristol stool chart>> for the whole stay.",
    "No one in the team had been trained in <<the Mental Capacity Act>> for more than three years.",
    "The handover sheet from {day} listed {p.first} under the wrong consultant.",
    "A <<Clinical Frailty Scale 6>> had been recorded on admission but was not used in any plan.",
    "The family were given the review team's number and offered a meeting.",
    "Learning from this case will be shared through the weekly safety bulletin and at the <<Trust Board>>.",
    "Observations were recorded as <<BP 84/50>> and a heart rate of 112 at one point, without escalation.",
    "Staff said the electronic record ran slowly that week after <<version 11.4>> went live.",
    "The same kind of event had been reported twice in the previous year without an action plan.",
    "An interpreter was not needed, as everyone involved spoke English.",
    "The review did not find that any one person was to blame; the system made the mistake easy to make.",
    "<<Sister>> on the next shift noticed the gap and escalated it.",
    "A <<Hoyer hoist>> and a <<Sara Stedy>> were both on the ward but the sling sizes were wrong.",
    "The <<Glasgow Coma Scale>> was recorded only once in the first twelve hours.",
    "The prescription chart showed <<300 mg>> crossed out and rewritten without a signature.",
)
# Top-up entries for logs.
SHARED_LINES = (
    "obs done, <<NEWS2 of 5>>, nurse in charge aware",
    "fluids encouraged, intake poor",
    "<<Alaris pump>> alarm cleared, line checked",
    "no answer from family, will try again",
    "awaiting bed, chasing site team",
    "pain score 2 after <<1 g>> paracetamol",
    "<<Zimmer frame>> by bed, call bell in reach",
    "handed over to night team",
    "<<pulse oximeter>> reading <<SpO2 88%>> on air, oxygen started",
    "skin check done, heels offloaded",
    "GP letter drafted",
    "message left on answerphone",
    "transport booked for <<11:40>>",
    "catheter bag emptied, 300 ml",
)


def _shared(style: Style) -> tuple[str, ...]:
    return SHARED_LINES if style.register == "lines" else SHARED


def alternatives() -> int:
    """How many different sentences the pack can write (templates and top-ups)."""
    count = sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
    return count + len(SHARED) + len(SHARED_LINES) + len(NAME_FORMS) + len(_DATE_FORMS)


# ---------------------------------------------------------------------------------------------
# Numbers, dates, ages
# ---------------------------------------------------------------------------------------------

_UNITS = (
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _words(n: int) -> str:
    """An age in words as this pack writes it: "ninety-four", "one hundred and one"."""
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {_words(rest)}" if rest else "")
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    return _TENS[tens] + (f"-{_UNITS[unit]}" if unit else "")


def _dmy(d: date) -> str:
    return f"{d:%d/%m/%Y}"


_DATE_FORMS = {
    # with a year
    "long": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "long_ord": lambda d: f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}",
    "dmy4": _dmy,
    "dmy_short": lambda d: f"{d.day}/{d.month}/{d.year}",
    "dmy2": lambda d: f"{d:%d/%m/%y}",
    "iso": lambda d: d.isoformat(),
    "dots": lambda d: f"{d:%d.%m.%Y}",
    "dots_short": lambda d: f"{d.day}.{d.month}.{d:%y}",
    "mon_caps": lambda d: f"{d:%d}{MONTHS[d.month - 1][:3].upper()}{d.year}",
    "mon_caps_sp": lambda d: f"{d.day} {MONTHS[d.month - 1][:3].upper()} {d.year}",
    "dmon": lambda d: f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
    "d-mon-y": lambda d: f"{d.day}-{MONTHS[d.month - 1][:3]}-{d.year}",
    "dashes": lambda d: f"{d:%d-%m-%Y}",
    "us": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    "wd_long": lambda d: f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}",
    "wd_dmy": lambda d: f"{WEEKDAYS[d.weekday()][:3]} {_dmy(d)}",
    # without a year
    "dm": lambda d: f"{d.day} {MONTHS[d.month - 1]}",
    "dm_ord": lambda d: f"{ordinal(d.day)} {MONTHS[d.month - 1]}",
    "the_of": lambda d: f"the {ordinal(d.day)} of {MONTHS[d.month - 1]}",
    "wd_ord_mon": lambda d: (
        f"{WEEKDAYS[d.weekday()][:3]} {ordinal(d.day)} {MONTHS[d.month - 1][:3]}"
    ),
    "wd_the": lambda d: f"{WEEKDAYS[d.weekday()]} the {ordinal(d.day)}",
    "wd_slash": lambda d: f"{WEEKDAYS[d.weekday()][:3]} {d.day}/{d.month}",
    "slash": lambda d: f"{d.day}/{d.month}",
    "d_mon": lambda d: f"{d.day} {MONTHS[d.month - 1][:3]}",
}
_YEAR_FORMS = tuple(list(_DATE_FORMS)[:16])
_NO_YEAR_FORMS = tuple(list(_DATE_FORMS)[16:])
_DOB_FORMS = ("dmy4", "dmy4", "iso", "long", "dmon", "dots", "mon_caps", "dmy_short")


def _clock(minutes: int, shape: str) -> str:
    hour, minute = divmod(minutes % 1440, 60)
    if shape == "log":
        return f"{hour:02d}:{minute:02d}"
    if shape == "hrs":
        return f"{hour:02d}{minute:02d}hrs"
    if shape == "dot":
        return f"{hour:02d}.{minute:02d}"
    if shape == "ampm":
        return f"{hour % 12 or 12}{':' + format(minute, '02d') if minute else ''}{'am' if hour < 12 else 'pm'}"
    return f"{hour:02d}:{minute:02d}"


# ---------------------------------------------------------------------------------------------
# People in a case
# ---------------------------------------------------------------------------------------------


@dataclass
class P:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool = False
    title: str = ""
    nick: str = ""
    email_user: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def _fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value.replace("ı", "i")).encode("ascii", "ignore")
    return plain.decode().casefold()


def _parts(first: str, last: str) -> set[str]:
    return {_fold(p) for p in re.split(r"[\s'-]+", f"{first} {last}") if p}


_BAD_PARTS = (
    _ONE_WORD_TERMS
    | _ROLE_WORDS
    | {m.casefold() for m in MONTHS}
    | {w.casefold() for w in WEEKDAYS}
    | {h.casefold() for h in HONORIFICS}
    | {"ould", "al"}
)


def _listed(first: str, last: str) -> str:
    listed = listed_names()
    parts = [p for p in re.split(r"[\s-]+", f"{first} {last}") if p and p != "ould"]
    return "listed" if all(p.casefold() in listed for p in parts) else "unlisted"


def _draw_person(rng: random.Random, sex: str, taken: set[str], *, nick: bool = False) -> P:
    for _ in range(200):
        if nick:
            first = rng.choice([n for n in NICKNAMES if n in OWN_FIRST[sex]])
            last = rng.choice(OWN_LAST)
            names = _listed(first, last)
        elif rng.random() < 0.5:
            person = _new_person(rng, sex=sex)
            first, last, names = person.first, person.last, person.names
        else:
            roll = rng.random()
            if roll < 0.12:
                first = rng.choice(WORD_FIRST[sex])
            else:
                first = rng.choice(OWN_FIRST[sex])
            if roll > 0.9:
                last = rng.choice(WORD_LAST)
            elif sex == "M" and first == "Sidi" or (sex == "M" and rng.random() < 0.03):
                last = rng.choice(PARTICLE_LAST)
            else:
                last = rng.choice(OWN_LAST)
            names = _listed(first, last)
        parts = _parts(first, last)
        if parts & taken or parts & (_BAD_PARTS - {"ould"}) or any(len(p) < 2 for p in parts):
            continue
        if not re.fullmatch(r"[^\W\d_][\w' -]*", first) or not re.fullmatch(
            r"[^\W\d_][\w' -]*", last
        ):
            continue
        taken |= parts
        nickname = rng.choice(NICKNAMES[first]) if first in NICKNAMES else ""
        return P(first, last, sex, names, nick=nickname)
    raise RuntimeError("no name could be drawn")  # pragma: no cover


# ---------------------------------------------------------------------------------------------
# A case: the facts one narrative is written from
# ---------------------------------------------------------------------------------------------

_PERSON_SLOT = re.compile(r"\{(\w+)\.(\w+)\}")
_TOKEN = re.compile(r"\{(\w+)\.(\w+)\}|\{(\w+)\}|<<(.+?)>>")
NAME_FORMS = (
    "full first last title tfull tdr init initl caps upper lower nick email pmail poss fsur firstl"
).split()


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", _fold(value))


class _Case:
    """The people, places and numbers behind one narrative."""

    def __init__(self, rng: random.Random, style: Style, sentences: list[str]) -> None:
        self.rng = rng
        self.style = style
        self.town = rng.choice(list(TOWN_INFO))
        info = TOWN_INFO[self.town]
        self.district, self.code = info[0], info[1]
        self.locality = rng.choice(LOCALITIES[self.town])
        self.council = info[4]
        index = list(TOWN_INFO).index(self.town)
        self.trust = info[5] or TRUST_FORMS[index % 3].format(town=self.town)
        self.hospital = HOSPITAL_FORMS[index % 3].format(town=self.town)
        other = rng.choice([t for t in TOWN_INFO if t != self.town])
        self.hospital2 = HOSPITAL_FORMS[(index + 1) % 3].format(town=other)
        self.hosp_form = HOSP_FORMS[index % 4]
        self.domain = (
            "wales.nhs.uk"
            if self.town in WALES
            else "nhs.scot"
            if self.town in SCOTLAND
            else "nhs.net"
        )
        self.gp = f"{rng.choice(GP_WORDS)} {rng.choice(GP_KINDS)}"
        self.prov = f"{rng.choice(PROVIDERS)} {rng.choice(PROVIDER_KINDS)}"
        self.home = f"{rng.choice(HOMES)} {rng.choice(HOME_KINDS)}"
        wards = rng.sample(WARDS, 2)
        self.ward = f"{wards[0]} {rng.choice(WARD_KINDS)}"
        self.ward2 = f"{wards[1]} {rng.choice(WARD_KINDS)}"
        streets = rng.sample(STREETS, 3)
        self.street_line = f"{rng.randint(1, 140)} {streets[0]} {rng.choice(STREET_KINDS)}"
        if rng.random() < 0.2:
            self.street_line = f"Flat {rng.randint(1, 24)}, {self.street_line}"
        self.old_line = f"{rng.randint(1, 90)} {streets[1]} {rng.choice(STREET_KINDS)}"
        self.street = f"{streets[2]} {rng.choice(STREET_KINDS)}"
        inward = f"{rng.randint(0, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        self.postcode = f"{self.district} {inward}"
        self.nhs = nhs_number(rng)
        self.hosp = "".join(
            rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if ch == "A" else str(rng.randint(0, 9))
            for ch in self.hosp_form
        )
        # people
        text = " ".join(sentences)
        wanted_nick = set(re.findall(r"\{(\w+)\.nick\}", text))
        hinted = {who: sex.upper() for who, sex in re.findall(r"\{(o\d)([fm])\.", text)}
        taken: set[str] = set()
        self.people: dict[str, P] = {}
        p_sex = style.sex or rng.choice("FM")
        order = ["p", "r", "s1", "s2", "d", "o1", "o2", "o3", "o4", "o5"]
        for who in order:
            sex = p_sex if who == "p" else hinted.get(who) or rng.choice("FM")
            nick = who in wanted_nick or (who in ("p", "o1", "s1") and rng.random() < 0.25)
            if nick and not [n for n in NICKNAMES if n in OWN_FIRST[sex]]:
                nick = False
            self.people[who] = _draw_person(rng, sex, taken, nick=nick)
        self.taken = taken
        self.has_record = rng.random() >= NO_RECORD
        for who in ("p", "r"):
            self.people[who].in_record = self.has_record
        # titles: one honorific a person, one dot habit a text
        self.dot = "." if rng.random() < 0.25 else ""
        for who, person in self.people.items():
            if who == "d":
                person.title = "Dr"
            elif who == "p" and style.child:
                person.title = "Master" if person.sex == "M" else "Miss"
            elif person.sex == "M":
                person.title = "Mr"
            else:
                person.title = rng.choice(("Mrs", "Ms", "Miss", "Mrs"))
        # ages and dates
        if style.child:
            self.age = rng.randint(1, 11)
        elif style.old:
            self.age = rng.randint(90, 101) if rng.random() < 0.7 else rng.randint(78, 89)
        else:
            self.age = rng.randint(19, 88) if rng.random() < 0.93 else rng.randint(90, 96)
        self.start = date(2025, 1, 6) + timedelta(days=rng.randint(0, 520))
        birthday = self.start.replace(year=self.start.year - self.age) - timedelta(
            days=rng.randint(1, 360)
        )
        self.dob = birthday
        self.current = self.start
        self.ldate = self.start + timedelta(days=rng.randint(60, 100))
        self.year_habit = rng.choice(_YEAR_FORMS)
        self.log_form = rng.choice(style.log_dates) if style.log_dates else ""
        self.minutes = rng.randint(6 * 60, 20 * 60)
        self.time_shape = rng.choice(("log", "hrs", "dot", "ampm", "log"))
        self.address_form = rng.choice(("comma", "upper", "plain", "nolocality", "comma"))
        self.rel = self._relation()
        self.email_team = rng.choice(("patientsafety", "complaints", "governance", "safeguarding"))
        self.mob = f"07700 900{rng.randint(0, 999):03d}"
        self.phone_digits = f"{self.code}{rng.randint(200000, 999999)}"
        self.phone_form = rng.randrange(15)

    def _relation(self) -> str:
        r = self.people["r"]
        if self.style.name.startswith("foster"):
            return "birth mother" if r.sex == "F" else "birth father"
        if self.style.child:
            return "mother" if r.sex == "F" else "father"
        if self.age >= 75:
            return self.rng.choice(
                ("daughter", "niece", "granddaughter")
                if r.sex == "F"
                else ("son", "nephew", "grandson")
            )
        return self.rng.choice(
            ("wife", "sister", "partner") if r.sex == "F" else ("husband", "brother", "partner")
        )

    def known(self) -> dict:
        if not self.has_record:
            return {}
        return {
            "names": [self.people["p"].full, self.people["r"].full],
            "nhs_number": self.nhs,
            "date_of_birth": self.dob.isoformat(),
            "hospital_number": self.hosp,
            "address": f"{self.street_line}, {self.locality}, {self.town}, {self.postcode}",
        }


# ---------------------------------------------------------------------------------------------
# Writing a case out
# ---------------------------------------------------------------------------------------------


class _Text:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.gold: list[GoldSpan] = []
        self.negatives: list[tuple[int, int]] = []

    def add(self, text: str, label: str | None = None, person: P | None = None) -> None:
        if label is not None:
            meta = {}
            if label == "PERSON" and person is not None:
                meta = {"names": person.names, "in_record": person.in_record}
            self.gold.append(GoldSpan(self.length, self.length + len(text), label, **meta))
        self.parts.append(text)
        self.length += len(text)

    def negative(self, text: str) -> None:
        self.negatives.append((self.length, self.length + len(text)))
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


class _Renderer:
    def __init__(self, case: _Case, out: _Text) -> None:
        self.case = case
        self.out = out
        self.rng = case.rng

    # -- people ------------------------------------------------------------------------------
    def honorific(self, person: P) -> str:
        return person.title + ("" if person.title in ("Miss", "Master") else self.case.dot)

    def initials(self, person: P) -> str:
        letters = [p[0].upper() for p in re.split(r"[\s-]+", person.full) if p and p != "ould"][:4]
        return ("." if self.case.dot else "").join(letters) + ("." if self.case.dot else "")

    def person(self, who: str, form: str) -> None:
        key = who[:2] if re.fullmatch(r"o\d[fm]", who) else who
        if key == "x":
            person = _draw_person(self.rng, self.rng.choice("FM"), self.case.taken)
        else:
            person = self.case.people[key]
        out = self.out
        first, last = person.first, person.last
        if form == "full":
            out.add(person.full, "PERSON", person)
        elif form == "first":
            out.add(first, "PERSON", person)
        elif form == "last":
            out.add(last, "PERSON", person)
        elif form in ("title", "tdr"):
            out.add(f"{self.honorific(person)} {last}", "PERSON", person)
        elif form == "tfull":
            out.add(f"{self.honorific(person)} {person.full}", "PERSON", person)
        elif form == "init":
            value = self.initials(person)
            if value.replace(".", "") in CLINICAL_INITIALS or not value.replace(".", "").isupper():
                self.person(who, "initl")
                return
            out.add(value, "PERSON", person)
        elif form == "initl":
            out.add(f"{first[0].upper()}{self.case.dot} {last}", "PERSON", person)
        elif form == "caps":
            out.add(f"{last.upper()}, {first}", "PERSON", person)
        elif form == "upper":
            out.add(person.full.upper(), "PERSON", person)
        elif form == "lower":
            out.add(person.full.lower(), "PERSON", person)
        elif form == "nick":
            out.add(person.nick or first, "PERSON", person)
        elif form == "email":
            user = f"{_slug(first)}.{_slug(last)}"
            out.add(f"{user}@{self.case.domain}", "EMAIL")
        elif form == "pmail":
            host = self.rng.choice(
                ("btinternet.com", "outlook.com", "gmail.com", "yahoo.co.uk", "hotmail.co.uk")
            )
            user = self.rng.choice(
                (
                    f"{_slug(first)}{_slug(last)}",
                    f"{_slug(first)}.{_slug(last)[:1]}{self.rng.randint(10, 99)}",
                    f"{_slug(last)}family",
                )
            )
            out.add(f"{user}@{host}", "EMAIL")
        elif form == "poss":
            name = person.nick if (person.nick and self.rng.random() < 0.3) else first
            out.add(name, "PERSON", person)
            out.add("'" if name.endswith("s") else "'s")
        elif form == "fsur":
            out.add(f"{first} {last.upper()}", "PERSON", person)
        elif form == "firstl":
            out.add(f"{first} {last[0].upper()}", "PERSON", person)
        else:  # pragma: no cover - the tests check every form is known
            raise KeyError(form)

    # -- values ------------------------------------------------------------------------------
    def date_value(self, day: date) -> str:
        case = self.case
        if case.log_form:
            return _DATE_FORMS[case.log_form](day)
        roll = self.rng.random()
        if roll < 0.3:
            return _DATE_FORMS[self.rng.choice(_NO_YEAR_FORMS)](day)
        if roll < 0.42:
            return _DATE_FORMS[self.rng.choice(_YEAR_FORMS)](day)
        return _DATE_FORMS[case.year_habit](day)

    def advance(self) -> None:
        step = self.rng.choice((0, 1, 1, 2, 3, 5))
        if step:
            self.case.current += timedelta(days=step)
            self.case.minutes = self.rng.randint(6 * 60, 10 * 60)

    def time_value(self) -> str:
        case = self.case
        case.minutes = min(case.minutes + self.rng.randint(4, 55), 23 * 60 + 55)
        shape = "log" if case.style.register == "lines" else case.time_shape
        return _clock(case.minutes, shape)

    def phone(self) -> str:
        digits = self.case.phone_digits
        code, local = digits[:5], digits[5:]
        forms = (
            f"{code} {local}", f"{code} {local[:3]} {local[3:]}", f"({code}) {local}",
            f"+44 {code[1:]} {local}", f"+44 (0){code[1:]} {local}", f"{code}-{local}",
            f"{code}{local}", f"{code} {local} ext {self.rng.randint(1000, 9999)}",
            f"({code}) {local} x{self.rng.randint(1000, 9999)}", f"{code} {local[:2]} {local[2:4]} {local[4:]}",
            f"+44{code[1:]}{local}", f"({code}) {local[:3]} {local[3:]}",
            f"{code} {local[:3]}-{local[3:]}", f"+44 {code[1:]} {local[:3]} {local[3:]}",
            f"{code} - {local}",
        )  # fmt: skip
        return forms[(self.case.phone_form + self.rng.randrange(4)) % len(forms)]

    def mobile(self) -> str:
        m = self.case.mob.replace(" ", "")
        forms = (
            f"{m[:5]} {m[5:]}", f"{m[:5]} {m[5:8]} {m[8:]}", f"+44 {m[1:5]} {m[5:]}", m,
            f"+44 7700 {m[5:8]} {m[8:]}", f"{m[:5]}-{m[5:]}", f"+44{m[1:]}", f"({m[:5]}) {m[5:]}",
            f"{m[:4]} {m[4:7]} {m[7:]}",
        )  # fmt: skip
        return self.rng.choice(forms)

    def nhs_value(self) -> str:
        n = self.case.nhs
        return self.rng.choice((n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"))

    def address(self, form: str) -> None:
        case, out = self.case, self.out
        line, locality, town, code = case.street_line, case.locality, case.town, case.postcode
        if form == "block":
            out.add(f"{line}\n{locality}\n{town}", "ADDRESS")
            out.add("\n")
            out.add(code, "POSTCODE")
            return
        shape = case.address_form
        if shape == "upper":
            out.add(f"{line}, {locality}, {town}".upper(), "ADDRESS")
            out.add(", ")
            out.add(code.upper(), "POSTCODE")
        elif shape == "plain":
            out.add(f"{line.replace(',', '')} {locality} {town}", "ADDRESS")
            out.add(" ")
            out.add(code.replace(" ", ""), "POSTCODE")
        elif shape == "nolocality":
            out.add(f"{line}, {town}", "ADDRESS")
            out.add(", ")
            out.add(code.lower(), "POSTCODE")
        else:
            out.add(f"{line}, {locality}, {town}", "ADDRESS")
            out.add(", ")
            out.add(code, "POSTCODE")

    def ref(self, shape: str) -> str:
        year = str(self.case.current.year)
        value = shape.replace("YYYY", year)
        return "".join(str(self.rng.randint(0, 9)) if ch == "#" else ch for ch in value)

    def age(self, before: str, after: str) -> None:
        n, out = self.case.age, self.out
        # A bare age takes a suffix as people write it ("94yo", "94 y/o"); after "aged" or
        # before "years" it stands alone.
        suffix = ""
        if not before.endswith("aged ") and not after.startswith(" year"):
            suffix = self.rng.choice(("", "yo", " y/o", " years old", "yrs", " years old"))
        if n > 89:
            if self.rng.random() < 0.25:
                out.add(_words(n), "AGE")
                suffix = "" if suffix == "" else " years old"
            else:
                out.add(str(n), "AGE")
        else:
            out.negative(str(n))
        out.add(suffix)

    def url(self) -> str:
        case = self.case
        if case.style.provider and self.rng.random() < 0.5:
            return f"www.{_slug(case.prov.split()[0])}care.co.uk"
        host = {"wales.nhs.uk": "wales.nhs.uk", "nhs.scot": "scot.nhs.uk"}.get(
            case.domain, "nhs.uk"
        )
        path = self.rng.choice(("/patient-safety", "/complaints", "/contact-us", ""))
        return f"www.{_slug(case.trust)[:18]}.{host}{path}"

    def render(self, template: str) -> None:
        case, out = self.case, self.out
        pos = 0
        for match in _TOKEN.finditer(template):
            out.add(template[pos : match.start()])
            pos = match.end()
            who, form, slot, term = match.groups()
            if who:
                self.person(who, form)
            elif term:
                out.negative(term)
            elif slot == "age":
                self.age(template[: match.start()], template[match.end() :])
            else:
                self.slot(slot)
        out.add(template[pos:])
        del case

    def slot(self, slot: str) -> None:
        case, out = self.case, self.out
        if slot == "date":
            self.advance()
            out.add(self.date_value(case.current), "DATE")
        elif slot == "day":
            out.add(self.date_value(case.current), "DATE")
        elif slot == "ldate":
            out.add(_DATE_FORMS[case.year_habit](case.ldate), "DATE")
        elif slot == "dob":
            out.add(_DATE_FORMS[self.rng.choice(_DOB_FORMS)](case.dob), "DATE")
        elif slot == "nhs":
            out.add(self.nhs_value(), "NHS_NUMBER")
        elif slot == "hosp":
            out.add(case.hosp, "HOSPITAL_NUMBER")
        elif slot == "addr":
            self.address("inline")
        elif slot == "addrb":
            self.address("block")
        elif slot == "addr2":
            out.add(f"{case.old_line}, {case.town}", "ADDRESS")
        elif slot in ("ward", "ward2", "home", "street"):
            out.add(getattr(case, slot), "LOCATION")
        elif slot in ("hospital", "hospital2", "trust", "gp", "council", "prov"):
            out.add(getattr(case, slot), "ORGANISATION")
        elif slot in ("ref", "ref2"):
            value = getattr(case, f"_{slot}", None) or self.ref(case.style.refs[slot == "ref2"])
            setattr(case, f"_{slot}", value)
            out.add(value, "ID")
        elif slot == "phone":
            out.add(self.phone(), "PHONE")
        elif slot == "mob":
            out.add(self.mobile(), "PHONE")
        elif slot == "email":
            town = _slug(case.town)
            out.add(f"{case.email_team}.{town}@{case.domain}", "EMAIL")
        elif slot == "email2":
            host = _slug(case.council.replace("Council", ""))[:20] + ".gov.uk"
            if case.style.provider:
                host = f"{_slug(case.prov.split()[0])}care.co.uk"
            out.add(
                f"{self.rng.choice(('referrals', 'admin', 'safeguarding', 'enquiries'))}@{host}",
                "EMAIL",
            )
        elif slot == "url":
            out.add(self.url(), "URL")
        elif slot == "rel":
            out.add(case.rel)
        elif slot == "time":
            out.add(self.time_value())
        else:  # pragma: no cover - the tests check every slot is known
            raise KeyError(slot)


def _word_target(rng: random.Random, register: str) -> int:
    mean, spread, low, high = {
        "prose": (305, 30, 245, 370),
        "lines": (290, 26, 235, 345),
        "letter": (275, 24, 230, 330),
    }[register]
    return int(min(high, max(low, rng.gauss(mean, spread))))


def _write(rng: random.Random, style: Style) -> tuple[_Case, _Text]:
    extras = list(style.extras)
    rng.shuffle(extras)
    extras = extras[: rng.randint(3, 5)]
    # Extras go in among the core sentences, keeping the core's order.
    body = list(style.core)
    for sentence in extras:
        body.insert(rng.randint(2, len(body)), sentence)
    shared = list(_shared(style))
    rng.shuffle(shared)
    plan = [*style.headers, *body, *style.endings, *shared, style.topup]
    case = _Case(rng, style, plan)
    out = _Text()
    renderer = _Renderer(case, out)
    target = _word_target(rng, style.register)
    joiner = "\n" if style.register == "lines" else " "
    # headers
    renderer.render(style.headers[0])
    out.add("\n")
    renderer.render(style.headers[1])
    out.add("\n\n")

    def words_so_far() -> int:
        return len(out.text().split())

    ending_words = sum(len(s.split()) for s in style.endings) + 6
    for index, sentence in enumerate(body):
        if index and style.register != "lines" and index % 3 == 0:
            out.add("\n\n")
        elif index:
            out.add(joiner)
        renderer.render(sentence)
    for text in shared:
        if words_so_far() + ending_words >= target:
            break
        out.add(joiner)
        if style.register == "lines":
            renderer.render(style.topup.replace("{text}", text))
        else:
            renderer.render(text)
    out.add("\n\n" if style.register != "lines" else "\n")
    renderer.render(style.endings[0])
    out.add("\n" if style.register == "lines" else "\n\n" if style.register == "letter" else " ")
    renderer.render(style.endings[1])
    return case, out


def example(rng: random.Random, number: int, style: Style | None = None) -> Example:
    return _example_and_negatives(rng, number, style)[0]


def _example_and_negatives(
    rng: random.Random, number: int, style: Style | None = None
) -> tuple[Example, list[tuple[int, int]]]:
    style = style or rng.choice(STYLES)
    case, out = _write(rng, style)
    text = out.text()
    gold = tuple(sorted(out.gold, key=lambda s: s.start))
    made = Example(
        id=f"{PREFIX}-{number:06d}", text=text, known=case.known(), gold=gold, kind=style.name
    )
    return made, sorted(out.negatives)


def generate_with_negatives(
    count: int, seed: int = 1
) -> Iterator[tuple[Example, list[tuple[int, int]]]]:
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _example_and_negatives(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    for made, _ in generate_with_negatives(count, seed):
        yield made
