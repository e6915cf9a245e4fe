"""A twenty-fourth blind de-identification pack: synthetic UK NHS incident and death narratives.

Written without reading the engine (see evaluation_blind24.md). Each example is a text of about
300 words in one of 25 styles (prose reviews, pasted logs, letters and e-mails) with the exact gold
span of every identifier in it, the record the system would hold (``known``, empty in about one
case in eight), and, from ``generate_with_negatives``, the spans of the look-alikes written in
(eponyms, scores, drugs, devices, national bodies, beds and bleeps, doses, times, young ages...),
which are never gold.

Only the shared infrastructure of ``evaluation`` is imported; towns, streets, wards, homes,
practices, companies, reference shapes and most names are the pack's own.
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

__all__ = ["LABELS", "STYLES", "example", "generate", "generate_with_negatives"]

PREFIX = "blind24"
LOW_WORDS = 200
HIGH_WORDS = 420
RECORDLESS = 0.12  # share of cases the system holds no record for

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_MON = tuple(month[:3] for month in MONTHS)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WKD = tuple(day[:3] for day in _WEEKDAYS)

# ---------------------------------------------------------------------------------------------
# Places: real towns with their main postcode district, dialling code, two localities, council
# and, outside England, the real health board. English trusts are synthetic.
# ---------------------------------------------------------------------------------------------

TOWN_INFO = {
    "Beverley": ("HU17", "01482", ("Molescroft", "Walkington"), "East Riding of Yorkshire Council", ""),
    "Lichfield": ("WS13", "01543", ("Boley Park", "Streethay"), "Staffordshire County Council", ""),
    "Tamworth": ("B79", "01827", ("Wilnecote", "Glascote"), "Staffordshire County Council", ""),
    "Bromsgrove": ("B61", "01527", ("Catshill", "Sidemoor"), "Worcestershire County Council", ""),
    "Rugby": ("CV21", "01788", ("Bilton", "Hillmorton"), "Warwickshire County Council", ""),
    "Hinckley": ("LE10", "01455", ("Barwell", "Burbage"), "Leicestershire County Council", ""),
    "Loughborough": ("LE11", "01509", ("Shelthorpe", "Thorpe Acre"), "Leicestershire County Council", ""),
    "Mansfield": ("NG18", "01623", ("Forest Town", "Rainworth"), "Nottinghamshire County Council", ""),
    "Newmarket": ("CB8", "01638", ("Exning", "Kentford"), "Suffolk County Council", ""),
    "St Neots": ("PE19", "01480", ("Eaton Socon", "Eynesbury"), "Cambridgeshire County Council", ""),
    "Basingstoke": ("RG21", "01256", ("Chineham", "Oakridge"), "Hampshire County Council", ""),
    "Dorking": ("RH4", "01306", ("Westcott", "Brockham"), "Surrey County Council", ""),
    "Crawley": ("RH10", "01293", ("Ifield", "Three Bridges"), "West Sussex County Council", ""),
    "Whitehaven": ("CA28", "01946", ("Hensingham", "Mirehouse"), "Cumberland Council", ""),
    "Bury St Edmunds": ("IP33", "01284", ("Moreton Hall", "Westley"), "Suffolk County Council", ""),
    "Farnham": ("GU9", "01252", ("Wrecclesham", "Badshot Lea"), "Surrey County Council", ""),
    "Trowbridge": ("BA14", "01225", ("Hilperton", "Staverton"), "Wiltshire Council", ""),
    "Redditch": ("B98", "01527", ("Matchborough", "Batchley"), "Worcestershire County Council", ""),
    "Leamington Spa": ("CV32", "01926", ("Lillington", "Whitnash"), "Warwickshire County Council", ""),
    "Batley": ("WF17", "01924", ("Birstall", "Staincliffe"), "Kirklees Council", ""),
    "Accrington": ("BB5", "01254", ("Huncoat", "Baxenden"), "Hyndburn Borough Council", ""),
    "Burnley": ("BB11", "01282", ("Padiham", "Rosegrove"), "Burnley Borough Council", ""),
    "Chorley": ("PR7", "01257", ("Euxton", "Astley Village"), "Chorley Council", ""),
    "Southport": ("PR8", "01704", ("Birkdale", "Ainsdale"), "Sefton Council", ""),
    "Cannock": ("WS11", "01543", ("Heath Hayes", "Hednesford"), "Staffordshire County Council", ""),
    "Malvern": ("WR14", "01684", ("Barnards Green", "Malvern Link"), "Worcestershire County Council", ""),
    "Cheltenham": ("GL50", "01242", ("Charlton Kings", "Prestbury"), "Gloucestershire County Council", ""),
    "Weston-super-Mare": ("BS23", "01934", ("Worle", "Uphill"), "North Somerset Council", ""),
    "Exmouth": ("EX8", "01395", ("Withycombe Raleigh", "Littleham"), "Devon County Council", ""),
    "Chichester": ("PO19", "01243", ("Summersdale", "Fishbourne"), "West Sussex County Council", ""),
    "Bognor Regis": ("PO21", "01243", ("Felpham", "Aldwick"), "West Sussex County Council", ""),
    "Tunbridge Wells": ("TN1", "01892", ("Rusthall", "Southborough"), "Kent County Council", ""),
    "Hemel Hempstead": ("HP1", "01442", ("Adeyfield", "Leverstock Green"), "Hertfordshire County Council", ""),
    "Bridgend": ("CF31", "01656", ("Brackla", "Pencoed"), "Bridgend County Borough Council", "Cwm Taf Morgannwg University Health Board"),
    "Aberdare": ("CF44", "01685", ("Cwmbach", "Trecynon"), "Rhondda Cynon Taf County Borough Council", "Cwm Taf Morgannwg University Health Board"),
    "Newtown": ("SY16", "01686", ("Llanllwchaiarn", "Trehafren"), "Powys County Council", "Powys Teaching Health Board"),
    "Kirkcaldy": ("KY1", "01592", ("Dysart", "Templehall"), "Fife Council", "NHS Fife"),
}  # fmt: skip
TOWNS = tuple(
    (town, re.match(r"[A-Z]+", info[0]).group(), info[1]) for town, info in TOWN_INFO.items()
)
LOCALITIES = {town: info[2] for town, info in TOWN_INFO.items()}
_BOARD_URLS = {
    "Cwm Taf Morgannwg University Health Board": "ctmuhb.nhs.wales",
    "Powys Teaching Health Board": "pthb.nhs.wales",
    "NHS Fife": "www.nhsfife.org",
}

STREET_WORDS = (
    "Calamine",
    "Chert",
    "Gritstone",
    "Basalt",
    "Dolerite",
    "Marl",
    "Ironstone",
    "Fluorspar",
)
STREET_KINDS = (
    "Road", "Lane", "Close", "Street", "Avenue", "Drive", "Way", "Terrace", "Crescent", "Rise",
    "Walk", "Gardens",
)  # fmt: skip
# Wards are named after lighthouses.
WARD_WORDS = (
    "Eddystone", "Bishop Rock", "Trevose", "Flamborough", "Nash Point", "Hurst Point", "Bardsey",
    "Start Point", "Strumble Head", "Coquet", "Lundy",
)  # fmt: skip
WARD_KINDS = ("Ward", "Ward", "Ward", "Unit", "Suite")
HOME_WORDS = (
    "Heathervale",
    "Larchmount",
    "Tarnside",
    "Quarry Bank",
    "Hollin Garth",
    "Wyvern Lodge",
    "Saxonbury",
)
HOME_KINDS = ("Care Home", "Nursing Home", "House", "Residential Home")
GP_WORDS = ("Saltings", "Tannery Lane", "Kiln Close", "Malthouse", "Wharfside")
GP_KINDS = ("Surgery", "Medical Practice", "Health Centre", "Medical Centre", "Family Practice")
COMPANY_WORDS = ("Brightwater", "Lodestar", "Wayfarer", "Driftwood", "Harbourlight", "Tidewell")
COMPANY_KINDS = ("Care Ltd", "Care Group", "Homecare Ltd", "Healthcare Ltd")
INTERPRETING_KINDS = ("Interpreting Ltd", "Language Services Ltd", "Translation and Interpreting")
HOSPITAL_FORMS = (
    "{town} Community Hospital",
    "{town} General Hospital",
    "{town} Memorial Hospital",
    "{town} Infirmary",
)
TRUST_FORMS = (
    "{town} and District Hospitals NHS Trust", "{town} Healthcare NHS Foundation Trust",
    "{town} Community and Mental Health NHS Trust",
)  # fmt: skip
HOSP_FORMS = ("A9999999", "9999999", "AAA999999", "999999A")
_MAIL = ("gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "icloud.com")

# ---------------------------------------------------------------------------------------------
# Names: the pack's own lists (many heritages) beside Faker's, nicknames and word names
# ---------------------------------------------------------------------------------------------

OWN_FIRST = {
    "F": (
        "Bhavna", "Zarmina", "Siu Ling", "Dilani", "Elira", "Zsofia", "Kerensa", "Rivka", "Nafisa",
        "Achieng", "Chisomo", "Charity", "Promise", "Happiness", "Rejoice", "Miracle", "Meinir",
        "Eluned", "Mhairi", "Sinead", "Dagny", "Shamima", "Esi", "Dorcas", "Chipo", "Rumbidzai",
        "Nyasha", "Nguyet", "Sally", "Fatou", "Seo-yeon", "Jasdeep",
    ),
    "M": (
        "Hamidullah", "Bohdan", "Shmuel", "Abdelrahim", "Dariush", "Aled", "Ferghal", "Bjorn",
        "Zohaib", "Kobina", "Ato", "Derek", "Lucky", "Honour", "Yevhen", "Tamas", "Lamin",
        "Ebrima", "Min-jun", "Ji-woo",
    ),
}  # fmt: skip
OWN_LAST = (
    "Mistry", "Chauhan", "Popal", "Stanikzai", "Haddad", "Kassab", "Trinh", "Kurian", "Shevchuk",
    "Berzins", "Tremayne", "Penrose", "Goldberg", "Katz", "Mbuyi", "Kabongo", "Ilunga", "Banda",
    "Phiri", "Farahani", "Boswell", "Drinkwater", "Stoneman", "Goodwin", "Lovejoy", "Truelove",
    "Gruffydd", "Farquhar", "Lindqvist", "Sundberg", "Haidari", "Qureshi", "Bashir", "Olatunji",
    "Asante", "Mutasa", "Kidane", "Jallow", "Ceesay", "Touray", "Kamara", "Sesay", "bin Salleh",
    "di Cataldo", "Stoneman-Asante", "Kurian-Boswell",
)  # fmt: skip
OWN_LAST_SEX = {"F": ("Ivanova",), "M": ("Petrov",)}
NICKNAMES = {
    "Sally": ("Sal",), "Bohdan": ("Bodya",), "Zsofia": ("Zsofi",), "Rumbidzai": ("Rumbi",),
    "Shamima": ("Shami",), "Jasdeep": ("Jaz",),
}  # fmt: skip
WORD_NAMES = frozenset(
    {
        "Charity",
        "Promise",
        "Happiness",
        "Rejoice",
        "Miracle",
        "Lucky",
        "Honour",
        "Lovejoy",
        "Truelove",
    }
)
ALL_WORD_NAMES = WORD_NAMES
HONORIFIC_WORDS = frozenset({"mr", "mrs", "ms", "miss", "dr", "master", "sister", "nurse"})

# Abbreviations a person's initials must never read as (then "J. Surname" is written).
CLINICAL_INITIALS = frozenset(
    """GP ED AE MI PE CT MR RN HCA OT SALT DNR DNA BP HR RR GCS UTI AKI CKD COPD ICU ITU HDU CPR
    ECG IV IM SC PO NG NBM TTO MDT SJR CD PRN OD BD TDS QDS ENT TIA DVT VTE LD MH CPN AMHP SI SHO
    FY ST SPR DN PA OOH DOB NOK POA LPA MCA DOLS BSL NHS CQC ICB PALS SEA PSII ACP RIP EOL CHC BM
    NEWS AF MS MND DKA SOB HB CRP WCC FBC UE LFT INR CS LSCS PPH CTG RFM SVD EDD NIV ABG VBG PEG NJ
    DM HTN IHD CCF PD AD CVA ID OP IP OPD AMU SAU MAU NICU SCBU PICU CMHT CRHT AWOL GA LA PM AM HM
    CO OK NA NR SN SW NE MO EPR CAD RTC IO IT HM SS CC BB JR SR""".split()
)

# ---------------------------------------------------------------------------------------------
# Look-alikes: written in as <<term>>, never gold, tracked as negatives
# ---------------------------------------------------------------------------------------------

NATIONAL = (
    "NHS England", "the CQC", "HSSIB", "the MHRA", "NHS Resolution", "the coroner", "NICE",
    "UKHSA", "the NMC", "the GMC", "NHS 111", "the Ombudsman", "Healthcare Improvement Scotland",
    "Healthcare Inspectorate Wales", "NHS Digital", "the DVLA", "the HCPC", "NHS Blood and Transplant",
)  # fmt: skip
LOOKALIKES = {
    "eponym": (
        "Parkinson's disease", "Alzheimer's disease", "Crohn's disease", "Hartmann's procedure",
        "Addison's disease", "Down's syndrome", "Graves' disease", "Bell's palsy", "Korsakoff's",
        "Ménière's disease", "Cushing's", "Guillain-Barré syndrome", "Hirschsprung's disease",
        "Kawasaki disease", "Stevens-Johnson syndrome", "Raynaud's", "Huntington's disease",
    ),
    "score": (
        "NEWS2 of 7", "NEWS2 of 5", "a NEWS2 of 3", "PEWS of 6", "a MEOWS trigger", "Waterlow 18",
        "a Waterlow of 22", "Braden 12", "MUST 2", "Clinical Frailty Scale 7", "GCS 9/15",
        "GCS 14/15", "NEWS2 of 3", "a Bishop score of 4", "Apgars of 3 and 7", "AUDIT-C 11", "PHQ-9 of 21",
        "Abbey pain score 9", "qSOFA 2", "CURB-65 of 3", "a Rockwood score of 6",
    ),
    "drug": (
        "methotrexate", "folic acid", "Oramorph", "midazolam", "levomepromazine", "alfentanil",
        "dalteparin", "apixaban", "Lantus", "NovoRapid", "clozapine", "olanzapine",
        "aripiprazole depot", "lorazepam", "ceftriaxone", "benzylpenicillin", "Syntocinon",
        "carboprost", "Buccolam", "warfarin", "naloxone", "Fortisip", "Thick and Easy", "Pabrinex",
    ),
    "device": (
        "a Ryles tube", "the pH strip", "a McKinley T34", "a Yankauer sucker", "a Rotaflow pump",
        "a Venturi mask", "the Sara Stedy", "an Oxford hoist", "the Baxter pump", "a Hickman line",
        "the SpO2 probe", "a pulse oximeter", "a Doppler", "the Sonicaid", "a Foley catheter",
        "an i-gel", "a Raizer chair", "a Mangar cushion",
    ),
    "national": NATIONAL,
    "place_scale": (
        "Glasgow Coma Scale", "Bristol stool chart", "Edinburgh Postnatal Depression Scale",
        "the Manchester Triage System", "the Birmingham Symptom Specific Obstetric Triage System",
        "the Oxford knee score", "Rotterdam criteria", "the Ottawa ankle rules",
    ),
    "dose": (
        "7.5 mg", "10 mg", "2.5 mg", "15 mg", "5,000 units", "18 units", "400 mg", "2 mg",
        "1 g", "500 ml", "250 micrograms", "20 mmol", "300 mg", "0.5 mg",
    ),
    "duration": (
        "3/7", "2/52", "6/12", "48 hours", "72 hours", "twenty minutes", "four hours", "5/7",
        "ten days", "six weeks", "1/52", "ten hours",
    ),
    "law": (
        "section 136", "section 2", "section 3", "the Mental Capacity Act", "a DoLS",
        "the Care Act 2014", "Regulation 28", "the Children Act 1989", "Gillick competence",
        "the Equality Act 2010", "the Accessible Information Standard", "RIDDOR", "Mental Capacity Act",
    ),
    "named": (
        "Macmillan nurse", "Marie Curie", "Samaritans", "Cruse", "SignHealth", "Mind",
        "Sands", "Tommy's", "the Lullaby Trust", "Meningitis Now", "Freedom to Speak Up Guardian",
        "Admiral Nurse", "Age UK", "Citizens Advice",
    ),
    "bed": (
        "bed 14", "bed 3", "bay 2", "bay 4", "side room 6", "cubicle 9", "bleep 2274",
        "bleep 1408", "resus 2", "room 11", "trolley 7", "chair 5", "seclusion room 1", "theatre 4",
    ),
    "word": (
        "frank haematuria", "frank blood", "Sister", "Matron", "Baby", "Amber", "Red",
        "Gold command", "Silver", "Angel", "Hope",
    ),
    "time": (
        "0300hrs", "02:40", "2am", "19:30", "0715", "midnight", "22:15", "4.30am", "11pm", "06:00",
    ),
}  # fmt: skip
_LOOKALIKE_WORDS = frozenset(
    term.casefold() for terms in LOOKALIKES.values() for term in terms if " " not in term
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
    refs: tuple[str, str]  # the two reference shapes: # digit, A letter, Y year, y two-digit year
    old: bool = False
    child: bool = False
    provider: bool = False
    sex: str | None = None  # the patient's sex when the style fixes it
    topup: str = ""  # lines only: the line shape a top-up sentence is written in ({text})


_PROSE = "prose"
_LINES = "lines"
_LETTER = "letter"

STYLES = (
    Style(
        "nasogastric_tube_misplaced_feed_review", _PROSE,
        "acute ward review, feed run through a nasogastric tube that lay in the right lung",
        (
            "Patient safety incident investigation (never event) - ref {ref}\nPatient: {p.caps} | NHS no. {nhs} | MRN {hosp} | DOB {dob}",
            "Ward: {ward}, {hospital}. Lead investigator: {o1.tfull}, Deputy Chief Nurse. StEIS {ref2}",
        ),
        (
            "{p.tfull}, {age}, was admitted on {date} after a stroke and was nil by mouth on the advice of speech and language therapist {o2.full}, who recorded an unsafe swallow and <<GCS 14/15>>.",
            "On {date} at {time} {s1.fsur} (Band 5) passed <<a Ryles tube>> on the second attempt; no aspirate could be obtained and <<the pH strip>> was not used, and the chest film was requested as 'NG position'.",
            "The film was reviewed at {time} by FY1 {o3.full}, who had not been shown how to confirm placement and wrote 'NG ok' in the notes; the tip lay in the right lower lobe beside <<the SpO2 probe>> lead.",
            "Feed was started at 50 ml an hour by {s2.full}, and by {time} {p.first} was coughing with a <<NEWS2 of 7>> and saturations of 84% on <<a Venturi mask>>.",
            "The outreach nurse {o4.firstl} escalated to {d.tfull}; the feed was stopped, the tube removed and {p.title} moved to <<bed 14>> for <<ceftriaxone>> and oxygen.",
        ),
        (
            "{p.poss} {rel}, {r.full}, said on the telephone ({mob}) that nobody had explained why {p.first} was coughing or what <<Korsakoff's>> had to do with it.",
            "Three of the five registered nurses on the ward that night had no recorded competency for tube placement, and two were agency staff from {prov} on <<1/52>> contracts.",
            "The radiology request form allows free text only, so 'NG position' gave the reporting radiographer {o5.initl} no prompt to comment on the tip; the form was changed in <<6/12>>.",
            "{d.title} noted that the chest film had been taken at {time} but not viewed until three hours later because of a queue in <<resus 2>>.",
            "The ward pharmacist checked the feed rate with {s2.first} against the dietitian's plan and found it correct, including <<Pabrinex>>; the error lay only in the position.",
        ),
        (
            "Duty of Candour was completed with {r.tfull} on {date} by {d.title}; the investigation will be shared with {r.first} and with <<NHS England>>.",
            "Prepared by {o1.full}, Deputy Chief Nurse, {trust}. Contact {email} or {phone}.",
        ),
        ("PSII-Y-####", "Y/#####"),
        provider=True,
    ),
    Style(
        "methotrexate_daily_dosing_gp_review", _PROSE,
        "primary care significant event review, weekly methotrexate re-issued as a daily dose by a new prescriber",
        (
            "Significant event analysis - {gp} - SEA ref {ref}",
            "Patient: {p.full} (DOB {dob}), NHS {nhs}, {addr}. Meeting held {date}; chaired by {d.tfull}.",
        ),
        (
            "{p.title}, {age}, has had <<methotrexate>> <<15 mg>> once a week with <<folic acid>> for rheumatoid arthritis since 2019, prescribed under shared care with the rheumatology team at {hospital}.",
            "On {date} the practice pharmacist {s1.full} re-authorised the repeat after a hospital letter, and the system defaulted the new line to 'once daily'; the script for <<7.5 mg>> tablets went electronically to the pharmacy on {street}.",
            "The community pharmacist {o1m.full} queried nothing, and {p.first} took <<2.5 mg>> tablets six a day for <<5/7>> before attending with mouth ulcers.",
            "Bloods taken by practice nurse {s2.firstl} on {date} showed a white cell count of 1.1 and {p.title} was sent to the acute medical unit, where {o2.tfull} started <<benzylpenicillin>> in <<side room 6>>.",
            "{p.poss} {rel}, {r.full}, rang the surgery on {phone} to complain that the warning card in the box had been in the wrong language for the household and that <<Citizens Advice>> had helped them read it.",
        ),
        (
            "The hospital letter dictated by {o3.tfull} gave the dose as '15mg weekly' but was coded by the summariser {o4.init} as a new medicine rather than a change to <<methotrexate>>.",
            "A similar event at the practice in 2023 (SEA ref {ref2}) had led to an alert that was switched off when the practice moved clinical system, after a <<NICE>> update.",
            "{p.first} needed <<72 hours>> of inpatient care and <<Clinical Frailty Scale 7>> was recorded on discharge by physiotherapist {o5.full}.",
            "The practice administrator {o4.lower} has contacted the pharmacy and the ICB medicines team at {email2} about the weekly-dose flag.",
            "{r.first} asked that future letters go to {r.pmail} because {p.first} no longer opens post since the <<Bell's palsy>>.",
        ),
        (
            "Actions agreed by {d.title}, {s1.last} and {s2.first}: weekly-dose flag restored, two-clinician check on every methotrexate line.",
            "Minutes: {o4.full}, practice administrator, {gp}, tel {phone}.",
        ),
        ("SEA/Y/###", "SEA/y/##"),
    ),
    Style(
        "deaf_patient_no_interpreter_review", _PROSE,
        "acute review, a Deaf BSL user consented for surgery and discharged without an interpreter",
        (
            "Complaint investigation report - reference {ref} - {trust}",
            "Subject: care of {p.caps} (hospital number {hosp}, NHS number {nhs}) on {ward} and {ward2}",
        ),
        (
            "{p.tfull}, {age}, is profoundly Deaf and uses British Sign Language; the flag on her record was added by {o1.full} in 2022 under <<the Accessible Information Standard>>.",
            "She attended on {date} with abdominal pain and {d.tfull} consented her for a laparoscopy at {time} with her {rel}, {r.full}, asked to write notes because no interpreter had been booked under <<the Equality Act 2010>>.",
            "Staff nurse {s1.firstl} requested a BSL interpreter through {prov} at {time}, but the booking was made for the following week by mistake, <<ten days>> late.",
            "After surgery {p.first} was given <<Oramorph>> <<10 mg>> and told about her drain by lip-reading; she did not understand that the <<bleep 2274>> call button would bring a nurse.",
            "She was discharged on {date} with a leaflet in English only, and her {rel} {r.first} e-mailed PALS from {r.pmail} the same evening.",
        ),
        (
            "The interpreting company's coordinator, {o2f.tfull}, has confirmed the date error and apologised in writing to <<Healthcare Inspectorate Wales>> as well.",
            "Video remote interpreting was available on the ward tablet but the password was held by the ward clerk {o3.full}, who was on leave, in <<room 11>>.",
            "{s2.full}, the nurse in charge, said that interpreter requests were often left to the night shift because of <<twenty minutes>> of waiting on the line.",
            "<<SignHealth>> have offered the trust training and {o4.first} from the equality team will attend the next governance meeting.",
            "{p.first} later told the investigator through an interpreter that she thought she had consented to <<Hartmann's procedure>>.",
        ),
        (
            "Findings were shared with {p.title} and {r.full} on {date} with a BSL interpreter present; a written apology followed from {d.title}.",
            "Investigating officer: {o5.full}, Patient Experience Lead, {email}, {phone}.",
        ),
        ("COM-######", "PALS/Y/####"),
        provider=True, sex="F",
    ),
    Style(
        "reduced_fetal_movements_triage_review", _PROSE,
        "maternity review, a woman sent home from triage with reduced fetal movements and a stillbirth two days later",
        (
            "Maternity serious incident review - {hospital} - ref {ref} (HSSIB notified)",
            "Mother: {p.caps}, DOB {dob}, MRN {hosp}, NHS {nhs}; address {addr}.",
        ),
        (
            "{p.full} was 36 weeks in her second pregnancy when she rang maternity triage on {date} at {time} reporting fewer movements since the morning; the call was taken by midwife {o1f.full}.",
            "She was seen at {time} by {s1.fsur} using <<the Birmingham Symptom Specific Obstetric Triage System>>, and <<the Sonicaid>> found a heart rate of 140.",
            "A CTG was started but stopped after <<twenty minutes>> because <<room 11>> was needed, and the review by registrar {o2.full} was not documented.",
            "{p.first} was advised to return if concerned and went home to {addr2}; the leaflet on movements from <<Tommy's>> was given but not discussed.",
            "On {date} she attended with no movements and {d.tfull} confirmed the baby had died; {p.poss} partner {r.full} was present and <<Sands>> were called.",
        ),
        (
            "The second midwife on duty, {s2.full}, had been moved to the labour ward at {time} to cover sickness, leaving one midwife for triage and <<a Doppler>> in <<room 11>>.",
            "Growth scans had been planned by {o3.tfull} at booking but the referral was lost when {p.first} moved from {gp} after <<six weeks>>.",
            "The Bereavement midwife {o4.firstl} supported the family and referred them to <<Sands>>.",
            "The CTG was not reviewed against <<a Bishop score of 4>> and the plan recorded was 'home, rtn if ?RFM'.",
            "{r.first} asked for all contact by telephone on {mob} rather than by letter to {street}.",
        ),
        (
            "Duty of Candour: verbal on {date} by {d.title}; written letter sent by {o5.tfull}, Head of Midwifery.",
            "Enquiries: maternity governance, {trust}, {email}, {phone}.",
        ),
        ("MAT-Y-###", "W######"),
        sex="F",
    ),
    Style(
        "paediatric_ed_reattendance_sepsis_review", _PROSE,
        "children's emergency department review, a toddler discharged with a viral diagnosis and back with meningococcal sepsis (child)",
        (
            "Child safety incident review - ref {ref} - Paediatric ED, {hospital}",
            "Child: {p.caps}; NHS {nhs}; hospital no. {hosp}; DOB {dob}. Parent present: {r.full} ({rel}).",
        ),
        (
            "{p.first}, {age}, was brought in by {p.poss} {rel} on {date} at {time} with a fever and was triaged by {s1.full} using <<the Manchester Triage System>> with a <<PEWS of 6>>.",
            "The ST2 {o1f.full} diagnosed a viral illness after <<four hours>> in the department, and the safety-netting advice about a non-blanching rash was given verbally only.",
            "At {time} the next morning {r.first} rang <<NHS 111>> from {mob} and was told to come back; {p.first} had a purple rash on the legs.",
            "On return {d.tfull} gave <<ceftriaxone>> within <<twenty minutes>> and the child was taken to <<resus 2>> before transfer to the PICU at {hospital2}.",
            "The family's GP at {gp}, {o2.tfull}, had seen {p.first} on {date} and had noted a normal examination and <<a NEWS2 of 3>>.",
        ),
        (
            "The department had 41 children waiting that night and the nurse in charge, {s2.full}, had asked the site manager {o3.full} twice for a second paediatric nurse before <<midnight>>.",
            "The written sepsis leaflet had not been stocked since the move to the new department, according to {o4.full}, the <<Matron>>.",
            "{p.first} is now home at {addr} and is followed up by <<Meningitis Now>> and the community nurse {o5.firstl}.",
            "The discharging doctor had not been shown the repeat observations taken at {time} by HCA {o3.first}, including a <<PEWS of 6>>.",
            "The <<PEWS of 6>> was entered in the electronic record under a different child in <<cubicle 9>>.",
        ),
        (
            "Shared with {r.tfull} on {date} by {d.title} and {s2.last}; the review will go to the child death and serious incident panel.",
            "Contact: paediatric governance, {email}, {phone}.",
        ),
        ("PED/Y/####", "CDOP-#####"),
        child=True,
    ),
    Style(
        "mental_health_ward_ligature_point_review", _PROSE,
        "mental health inpatient review, a ligature on a bathroom door missed by an environmental audit",
        (
            "Mental health serious incident - {trust} - StEIS {ref}",
            "Service user: {p.full} (RiO {hosp}, NHS {nhs}), detained under <<section 3>> on {ward}.",
        ),
        (
            "{p.full}, {age}, was admitted on {date} from the crisis team after a <<PHQ-9 of 21>> and a <<section 136>> detention, and was placed on general observations by {d.tfull}.",
            "On {date} at {time} {s1.full} found {p.first} in the en-suite with a ligature tied to the door's top hinge, which had been marked 'low risk' in the audit by {o1.full} using a <<Rotterdam criteria>> style checklist.",
            "Staff used the ligature cutter from the office and {p.first} was taken by ambulance to {hospital}; <<GCS 9/15>> was recorded by paramedic {o2.full}.",
            "The observation level had been reduced by {s2.firstl} earlier that day after a conversation with {p.poss} {rel}, {r.full}, who rang from {mob}.",
            "The bank nurse on duty, {o3f.full}, had not been told that {p.first} had been given <<lorazepam>> <<2 mg>> at {time}.",
        ),
        (
            "The estates work order to replace the hinge ({ref2}) had been raised a year earlier and closed without work being done after <<six weeks>>.",
            "{p.first} had told the occupational therapist {o4.first} that the hinge 'looked like it could hold weight' during a session on <<Mind>> leaflets.",
            "The ward was at 120% occupancy and two patients were sleeping on {ward2}, according to the bed manager {o5.full}, with <<Silver>> on call informed.",
            "Notes show <<clozapine>> had been restarted by {d.title} on {date} without a titration plan.",
            "{r.first} lives at {addr} and had asked to be told of any change in care, including <<section 2>> tribunals.",
        ),
        (
            "{p.first} recovered and was seen by the review team on {date}; {r.tfull} took part through the family liaison officer {o1.full}.",
            "Lead reviewer: {o4.full}, Head of Nursing, {email}, {phone}.",
        ),
        ("Y/#####", "WO-######"),
    ),
    Style(
        "taxi_conveyance_instead_of_ambulance_review", _PROSE,
        "ambulance service review, a man with chest pain advised to take a taxi who collapsed on arrival",
        (
            "Serious incident report - ref {ref} - Clinical Hub review",
            "Patient: {p.full}; DOB {dob}; NHS {nhs}; incident address {addr}.",
        ),
        (
            "At {time} on {date} {p.poss} {rel}, {r.full}, called 999 from {mob} to say {p.first}, {age}, had chest pain for <<48 hours>> and was clammy.",
            "The call handler {o1f.full} reached a category 3 outcome and the clinical hub clinician {s1.full} called back at {time} and advised a taxi to {hospital}.",
            "{p.first} collapsed in the ambulance bay and was taken to <<resus 2>>, where {d.tfull} diagnosed an inferior STEMI and gave <<300 mg>> of aspirin.",
            "The taxi driver, {o2m.full}, told staff he had not been told the passenger had chest pain and dropped him at the main entrance on {street}.",
            "Forty ambulances were held outside {hospital} that night according to the tactical commander {o3.full} in <<Gold command>>.",
        ),
        (
            "The hub clinician had taken 62 calls in the shift and had no break after <<0300hrs>>.",
            "The family's GP, {o4.tfull} at {gp}, had referred {p.first} for a cardiology opinion in the spring and started <<apixaban>>.",
            "The CAD record {ref2} shows the call was not re-triaged when the category 3 queue exceeded <<four hours>>.",
            "Staff nurse {s2.nick} in the emergency department called {r.first} on {phone} to explain what had happened.",
            "The review used <<the Manchester Triage System>> for comparison and found the pain would have been orange.",
        ),
        (
            "The findings were shared with {r.full} on {date} by the patient safety manager {o5.full}.",
            "Enquiries: {email} | {phone} | {url}",
        ),
        ("AMB-Y-####", "CAD ####-y"),
        sex="M",
    ),
    Style(
        "bank_holiday_controlled_drug_shortage_review", _PROSE,
        "community end of life review, a dying woman at home without anticipatory medicines over a bank holiday (old)",
        (
            "Community nursing incident review - Datix {ref}",
            "Patient: {p.tfull}, {addr}. NHS {nhs}; DOB {dob}; GP {gp}.",
        ),
        (
            "{p.tfull}, {age}, had end-stage heart failure and was on the palliative register; her anticipatory medicines were prescribed by {d.tfull} on {date} but only <<midazolam>> was supplied.",
            "On {date}, the Saturday of the bank holiday, district nurse {s1.full} found {p.first} distressed and agitated with <<Abbey pain score 9>>, and no <<Oramorph>> or <<levomepromazine>> in the house.",
            "The out-of-hours GP {o1.full} issued a prescription at {time} but the two pharmacies contacted on {street} had no stock; <<alfentanil>> was suggested by the hospice line.",
            "{p.poss} {rel}, {r.full}, drove forty miles to a pharmacy near {hospital2} and returned at {time}; {p.first} was settled with <<a McKinley T34>> by {s2.firstl}.",
            "{p.first} died peacefully on {date} with her {rel} and the <<Marie Curie>> nurse {o2f.full} present.",
        ),
        (
            "The supply gap was noticed at the previous visit by HCA {o3.first} but was written as 'JIC meds partly in, <<Buccolam>> n/a'.",
            "{r.first} has asked that the review be sent by e-mail to {r.pmail}.",
            "The hospice advice line at {hospital} logged the call at {time} under reference {ref2}.",
            "The team leader, {o4.full}, said three nurses were covering the whole locality of {council}.",
            "The practice pharmacist {o5.full} has since agreed a bank holiday stock list, including <<levomepromazine>>, with two pharmacies.",
        ),
        (
            "Reviewed with {r.full} on {date} by {o4.tfull}.",
            "Community nursing service, {trust}, tel {phone}.",
        ),
        ("W######", "HOSP-####"),
        old=True, sex="F",
    ),
    Style(
        "care_home_hot_water_scald_review", _PROSE,
        "care home review of a resident scalded in a bath when the thermostatic valve had failed (old, provider)",
        (
            "Safeguarding adults review - {home} - {council} reference {ref}",
            "Resident: {p.upper} (DOB {dob}; NHS {nhs}). Provider: {prov}. Home address: {addr}",
        ),
        (
            "{p.tfull}, {age}, had vascular dementia and <<Parkinson's disease>> and had lived at {home} since {date}.",
            "On {date} at {time} care assistant {s1.full} ran a bath in the first-floor bathroom and helped {p.title} in with <<an Oxford hoist>>; the water was not checked with the thermometer.",
            "{p.first} called out and was lifted out by {s1.first} and {s2.full}; both legs were red and blistering, and the nurse on duty {o1m.full} applied cool water for <<twenty minutes>>.",
            "{p.first} was taken to the burns unit at {hospital2}, where {d.tfull} assessed 9% partial thickness burns and recorded a <<Waterlow 18>>.",
            "The valve had failed a check on {date} by the maintenance contractor {o2.full}, and the job sheet had been left in the manager's tray for <<ten days>>.",
        ),
        (
            "The home manager, {o3.full}, reported to <<the CQC>> and to the council on {date} under <<RIDDOR>>.",
            "{p.poss} {rel}, {r.full}, said {p.first} had always hated baths and preferred a strip wash with <<the Sara Stedy>>.",
            "Staff training records held by {prov} showed that {s1.first} had not done the bathing module or <<Mental Capacity Act>> training.",
            "The GP, {o4.tfull} of {gp}, reviewed the dressings with the district nurse {o5.firstl} on {date}.",
            "The family can be reached on {mob}; {r.first} has asked for all letters to {addr2}.",
        ),
        (
            "Outcome agreed at the safeguarding meeting chaired by {o3.tfull} on {date}: neglect substantiated.",
            "{council} adult safeguarding, {email2}, {phone}.",
        ),
        ("SG-######", "RDR-#######"),
        old=True, provider=True,
    ),
    Style(
        "anticoagulant_omitted_after_surgery_pe_death_sjr", _PROSE,
        "structured judgement review of a death from pulmonary embolism after post-operative dalteparin was never prescribed",
        (
            "Structured judgement review - {trust}",
            "Deceased: {p.upper}, MRN {hosp}, NHS {nhs}. Reviewer: {o1.tfull}. Mortality ref {ref}.",
        ),
        (
            "{p.full}, {age}, had a knee replacement on {date} under {d.tfull} and was recovered on {ward} with <<the Oxford knee score>> pre-operatively at 14.",
            "The VTE assessment was completed by FY1 {o2.full} but the <<dalteparin>> <<5,000 units>> was not prescribed because the electronic order set had been cancelled during a system update.",
            "On {date} {p.first} was breathless and tachycardic; {s1.full} recorded a <<NEWS2 of 5>> at {time} and called the night registrar {o3.full}.",
            "A CT pulmonary angiogram was requested at {time} but the scan was not done until the next morning, and {p.first} had a cardiac arrest on the way back in <<bed 3>>.",
            "{p.poss} {rel}, {r.full}, was told of the death by telephone on {phone} by {s2.full} at <<4.30am>>.",
        ),
        (
            "Phase of care judged poor: post-operative, score 2; the missed dose was not detected by pharmacist {o4.firstl} because the ward had no pharmacy cover at weekends.",
            "The order set fault was logged by IT as ticket {ref2} and fixed after the death, <<ten days>> later.",
            "The family were offered a meeting with the medical examiner and the bereavement office at {hospital}.",
            "The family were told that <<the coroner>> was informed and an inquest opened on {date}.",
            "{r.first} had asked on the ward whether {p.first} should be on an injection like <<dalteparin>>; this was not recorded.",
        ),
        (
            "Overall care score 2 (poor). Signed {o1.full}, {date}.",
            "Learning from deaths, {email}, {phone}.",
        ),
        ("LFD-Y-###", "IT-#######"),
    ),
    Style(
        "virtual_ward_remote_monitoring_missed_alert_review", _PROSE,
        "virtual ward review, a pulse oximeter alert at home unanswered over a weekend before an admission with sepsis (old)",
        (
            "Hospital at home / virtual ward incident review - {ref}",
            "Patient: {p.upper}, {addr}; NHS {nhs}; DOB {dob}; hospital number {hosp}.",
        ),
        (
            "{p.tfull}, {age}, was discharged on {date} from {ward} to the virtual ward with <<a pulse oximeter>> and tablet, after a COPD exacerbation treated by {d.tfull}.",
            "The platform raised an amber alert on {date} at {time} when saturations fell to 86%, but the monitoring hub nurse {s1.full} was covering two virtual wards and did not call until {time}.",
            "The call went to {p.poss} landline {phone}, which was out of order; the mobile listed for the {rel}, {r.full}, was {mob} and was not tried.",
            "{r.first} found {p.first} confused on the Sunday morning and called 999; paramedic {o1.full} recorded <<GCS 14/15>> and <<qSOFA 2>>.",
            "{p.first} was admitted to {hospital} with pneumonia and sepsis and given <<ceftriaxone>> within <<four hours>>.",
        ),
        (
            "The hub standard operating procedure by {o2.full} says amber alerts are answered within an hour, <<48 hours>> at most for grey ones.",
            "The device supplier's engineer, {o3m.full}, confirmed the alert from <<a pulse oximeter>> was sent and read on the hub screen.",
            "The community matron {o4.nick} had planned a visit for the Monday, after <<72 hours>> at home.",
            "{p.first} has COPD, <<Raynaud's>> and a DNACPR agreed with {o5.tfull} of {gp}.",
            "The family asked that any contact be through {r.pmail}.",
        ),
        (
            "Reviewed with {r.tfull} on {date}; learning shared with the virtual ward team by {s2.full}.",
            "{trust} | {url} | {email}",
        ),
        ("VW-Y-####", "INC####/Y"),
        old=True,
    ),
    # ----------------------------------------------------------------- logs -----------------
    Style(
        "ward_whatsapp_group_export_log", _LINES,
        "a ward WhatsApp group pasted into an incident form, staff searching for a confused man who left a dementia ward (old)",
        (
            "Incident {ref} - attachment 2: WhatsApp group export (staff group, {ward})",
            "Patient referred to: {p.full}, NHS {nhs}, MRN {hosp}, {age}",
        ),
        (
            "[{date}, {time}] {s1.firstl}: anyone seen {p.lower}?? not in <<bay 4>> or the day room",
            "[{day}, {time}] {s2.nick}: checked toilets and {ward2}, no. {p.title} had his coat on at handover, <<Amber>> on the board",
            "[{day}, {time}] {o1.firstl}: security informed, {o2.full} looking at cameras. last seen by lift at <<06:00>>",
            "[{day}, {time}] {s1.firstl}: {rel} {r.full} rang back on {mob}, he's not home at {addr}",
            "[{day}, {time}] {o3.firstl}: police called, log {ref2}. {d.title} aware. he had <<lorazepam>> at <<2am>>",
        ),
        (
            "[{day}, {time}] {o4.firstl}: found!! on {street} by a bus driver, {o5m.full}, ambulance bringing him back",
            "[{day}, {time}] {s2.firstl}: back on ward, obs done <<NEWS2 of 3>>, graze to hand. Datix to follow",
            "[{day}, {time}] {o1.firstl}: pls don't put names in here!! use initials",
            "[{day}, {time}] {s1.firstl}: sorry. {p.init} settled in <<side room 6>> with 1:1",
            "[{day}, {time}] {o3.firstl}: {rel} coming in, told {r.first} to ask for {s2.nick} or <<Matron>>",
        ),
        (
            "[{day}, {time}] {o4.firstl}: night all",
            "Export attached by {o1.full}, ward manager, to {ref}.",
        ),
        ("DW######", "PND-#####-y"),
        old=True, sex="M", topup="[{day}, {time}] {o2.firstl}: {text}",
    ),
    Style(
        "gp_results_inbox_audit_csv", _LINES,
        "practice results inbox export pasted as CSV, a potassium of 6.8 filed as normal by a locum",
        (
            "Attachment to SEA {ref}: results inbox audit export for {gp}",
            "Received,Test,Patient,NHS number,Value,Filed by,Action",
        ),
        (
            '{date},U&E,"{p.caps}",{nhs},K+ 6.8 (?haemolysed - repeat <<2/52>>),"{o1.caps}",Filed - normal',
            '{day},FBC,"{p.caps}",{nhs},Hb 104,"{s1.caps}",Note to patient - <<folic acid>>',
            '{date},Phone log,"{p.caps}",{nhs},{rel} {r.full} rang {phone} re letter,"{s2.caps}",Task to {d.title}',
            '{day},U&E repeat,"{p.caps}",{nhs},K+ 7.1 - <<frank haematuria>> noted on dip,"{d.caps}",999 advised',
            '{day},Discharge,"{p.caps}",{nhs},from {hospital} <<bed 3>> after <<72 hours>>,"{o2.caps}",Medication change <<apixaban>>',
        ),
        (
            '{day},INR,"{p.caps}",{nhs},INR 1.3,"{o3.caps}",No action - <<warfarin>> stopped',
            '{day},Letter,"{p.caps}",{nhs},clinic letter {o4.tfull},"{s1.caps}",Workflow - <<Crohn\'s disease>> code',
            '{day},SMS,"{p.caps}",{nhs},text to {mob} failed,"{o5.caps}",Call back <<2/52>>',
            '{day},eGFR,"{p.caps}",{nhs},eGFR 24 (CKD 4),"{o1.caps}",Filed - <<NICE>> CKS checked',
            '{day},Address,"{p.caps}",{nhs},change to {addr2},"{o4.caps}",Updated <<2/52>> late',
        ),
        (
            "Export run by {o4.full} on {date}; locum {o1.full} has been contacted by {d.title}.",
            "{gp} | {url} | {phone}",
        ),
        ("SEA-Y-##", "EMIS-y-####"),
        topup='{day},Note,"{p.caps}",{nhs},"{text}",{s1.initl}',
    ),
    Style(
        "clinic_letter_typing_backlog_csv", _LINES,
        "outpatient typing backlog pasted as CSV, a clinic letter with a cancer result untyped for eleven weeks",
        (
            "Incident {ref} - medical secretaries' typing backlog export (urology), {hospital}",
            "Clinic date,Consultant,Patient,Hosp no,Dictated by,Typed by,Status",
        ),
        (
            '{date},"{d.caps}","{p.caps}",{hosp},{d.init},{s1.initl},UNTYPED - PSA 38 <<6/12>> review',
            '{day},"{d.caps}","{o1.caps}",n/a,{d.init},{s1.initl},Typed - <<frank haematuria>>',
            '{date},"{o2.caps}","{p.caps}",{hosp},{o2.init},{s2.initl},UNTYPED - <<Hartmann\'s procedure>> follow-up',
            '{date},"{d.caps}","{p.caps}",{hosp},{d.init},{o3.initl},TYPED - sent to {gp} and {addr}',
            '{day},"{d.caps}","{p.caps}",{hosp},{d.init},{o3.initl},Copy to {rel} {r.full} at {r.pmail} - <<2/52>>',
        ),
        (
            '{day},"{o2.caps}","{o4.caps}",n/a,{o2.init},{s2.initl},Typed - <<apixaban>> held',
            '{day},"{d.caps}","{p.caps}",{hosp},{d.init},{s1.initl},Phone msg {mob} - <<Macmillan nurse>> to call',
            '{day},"{d.caps}","{o5.caps}",n/a,{d.init},{o3.initl},UNTYPED - <<section 2>> query',
            '{day},"{o2.caps}","{p.caps}",{hosp},{o2.init},{s2.initl},Re-dictated - <<10 mg>> dose',
            '{day},"{d.caps}","{p.caps}",{hosp},{d.init},{s1.initl},Escalated to {o4.full} (service manager)',
        ),
        (
            "NHS number {nhs}. Backlog export run by {o4.full}; queries to {email} or {phone}.",
            "Patient informed by {d.tfull} on {date}; ref {ref2}.",
        ),
        ("UR-Y-####", "W######"),
        topup='{day},"{d.caps}","{p.caps}",{hosp},{d.init},{s2.initl},"{text}"',
    ),
    Style(
        "seclusion_observation_record_table", _LINES,
        "mental health seclusion record pasted as a pipe table, fifteen-minute checks missed while a man was unwell",
        (
            "Seclusion record - {ward}, {hospital} - incident {ref}\nService user: {p.full} | NHS {nhs} | RiO {hosp} | <<section 3>>",
            "| Date | Time | Observation | By |\n| --- | --- | --- | --- |",
        ),
        (
            "| {date} | {time} | Seclusion started in <<seclusion room 1>>; authorised by {d.tfull} | {s1.full} |",
            "| {day} | {time} | Pacing, shouting, given <<olanzapine>> <<10 mg>> IM | {s1.initl} |",
            "| {day} | {time} | Lying on floor, breathing seen, no response to name, <<GCS 14/15>> not checked | {o1.full} |",
            "| {day} | {time} | Not recorded (staff at <<Red>> alarm on {ward2}) | - |",
            "| {day} | {time} | Found unresponsive, <<GCS 9/15>>, <<resus 2>> team called by {s2.full} | {s2.initl} |",
        ),
        (
            "| {day} | {time} | Independent review by {o2.tfull} | {o2.init} |",
            "| {day} | {time} | {rel} {r.full} informed on {mob} | {o3.firstl} |",
            "| {day} | {time} | Medical review, <<PHQ-9 of 21>> noted on admission | {d.title} |",
            "| {day} | {time} | <<Matron>> {o4.full} on ward | {o4.init} |",
            "| {day} | {time} | Transferred to {hospital2} by ambulance | {o5.full} |",
        ),
        (
            "Record copied into incident {ref} by {o4.full}; StEIS {ref2}.",
            "Seclusion ended {date}.",
        ),
        ("Y/#####", "STEIS Y/####"),
        topup="| {day} | {time} | {text} | {o3.initl} |",
    ),
    Style(
        "caesarean_retained_swab_count_sheet_table", _LINES,
        "theatre count sheet pasted as a pipe table, a swab retained after a caesarean section and found on scan",
        (
            "Never event - retained swab - {ref} - Obstetric theatre, {hospital}\nPatient: {p.caps}; MRN {hosp}; NHS {nhs}; DOB {dob}",
            "| Date | Time | Count | Scrub | Circulating |\n| --- | --- | --- | --- | --- |",
        ),
        (
            "| {date} | {time} | First count correct (10 swabs) in <<theatre 4>> | {s1.full} | {s2.full} |",
            "| {day} | {time} | 5 swabs added, board updated, <<Hartmann's procedure>> pack opened in error | {s1.initl} | {o1.full} |",
            "| {day} | {time} | <<carboprost>> given for PPH by {d.tfull} | {s1.initl} | {o1.initl} |",
            "| {day} | {time} | Second count 'correct' - board not wiped | {s1.initl} | {o2.full} |",
            "| {date} | {time} | CT shows retained swab; surgeon {o3.tfull} | {o4.full} | {s2.initl} |",
        ),
        (
            "| {day} | {time} | Handover of scrub role to {o5.full} at <<22:15>> | {s1.initl} | {s2.initl} |",
            "| {day} | {time} | <<Syntocinon>> infusion, <<500 ml>> | {o2.initl} | {o1.initl} |",
            "| {day} | {time} | Baby to NICU, <<Apgars of 3 and 7>> | {o4.initl} | {o5.initl} |",
            "| {day} | {time} | {p.first}'s partner {r.full} in recovery | {s2.initl} | {o1.initl} |",
            "| {day} | {time} | Discharge to {addr} | {o4.initl} | {s2.initl} |",
        ),
        (
            "Count sheet scanned by {o4.full}, theatre manager, {email}.",
            "Duty of Candour completed with {p.full} on {date} ({ref2}).",
        ),
        ("NE-Y-###", "W######"),
        sex="F", topup="| {day} | {time} | {text} | {o4.initl} | {s2.initl} |",
    ),
    Style(
        "epr_access_audit_trail_log", _LINES,
        "electronic record access audit pasted into an information governance incident, a nurse viewing a neighbour's record",
        (
            "Information governance incident {ref} - access audit for record {hosp} ({p.caps}, NHS {nhs})",
            "Timestamp  User  Role  Action  Screen",
        ),
        (
            "{date} {time}  {s1.caps}  Staff Nurse  VIEW  Demographics ({addr})",
            "{day} {time}  {s1.caps}  Staff Nurse  VIEW  Results - <<frank haematuria>>, <<CURB-65 of 3>>",
            "{day} {time}  {d.caps}  Consultant  EDIT  Clinical note - <<Korsakoff's>>",
            "{day} {time}  {s1.caps}  Staff Nurse  PRINT  Next of kin: {r.full} ({rel}) {mob}",
            "{date} {time}  {o1.caps}  Ward Clerk  VIEW  Appointments - {hospital2} <<theatre 4>>",
        ),
        (
            "{day} {time}  {s2.caps}  Privacy officer  EXPORT  Audit trail for {ref2}",
            "{day} {time}  {s1.caps}  Staff Nurse  VIEW  Medications - <<aripiprazole depot>> <<400 mg>>",
            "{day} {time}  {o2.caps}  Pharmacist  VIEW  Allergies - <<benzylpenicillin>>",
            "{day} {time}  {o3.caps}  Physiotherapist  VIEW  Mobility - <<the Sara Stedy>>",
            "{day} {time}  {s1.caps}  Staff Nurse  VIEW  GP details - {gp}",
        ),
        (
            "Complaint from {p.full} received {date}; {s1.full} lives on the same street ({street}). Investigating: {o4.full}, {email}.",
            "Reported to the ICO by {o5.full}, Data Protection Officer, {phone}.",
        ),
        ("IG-Y-####", "ICO-######"),
        topup='{day} {time}  {s1.caps}  Staff Nurse  VIEW  Nursing note: "{text}"',
    ),
    # ----------------------------------------------------------------- letters --------------
    Style(
        "coroner_regulation_28_response_letter", _LETTER,
        "trust chief executive's reply to a coroner's prevention of future deaths report after a fall on a stairwell (old)",
        (
            "{trust}\nChief Executive's Office, {hospital}\nTel: {phone}  |  {url}",
            "{ldate}\n\nHM Senior Coroner {o1m.full}\nOur ref: {ref}  Your ref: {ref2}",
        ),
        (
            "Dear {o1.title},\n\nRe: {p.full}, died {date} - response to <<Regulation 28>> report",
            "Thank you for your report following the inquest into the death of {p.full}, {age}, who fell on the stairwell of {ward} on {date} while looking for the exit at <<2am>>.",
            "You were concerned that the door to the stairwell, fitted with <<a Raizer chair>> store beside it, had no alarm, and that the falls assessment by {s1.full} was not repeated after <<lorazepam>> <<0.5 mg>> was given.",
            "We have fitted alarms to all stairwell doors at {hospital} and {hospital2}, checked by our estates lead {o2.full} on {date}.",
            "The family, through {p.poss} {rel} {r.full}, have been sent a copy of this response to {addrb}.",
        ),
        (
            "Falls training is now part of every nurse's induction, led by {o3.full}, and <<Clinical Frailty Scale 7>> triggers a review by the ward <<Matron>>.",
            "Our medical director, {d.tfull}, has written to <<the CQC>> about the changes.",
            "{s2.full}, the ward manager, has met the nurses who were on duty that night with the <<Freedom to Speak Up Guardian>>.",
            "We have also shared the learning with colleagues at {hospital2} through {o4.full}.",
            "Night staffing on {ward} has been raised from four to five registered nurses from {date}, with <<bay 4>> now a cohort bay.",
        ),
        (
            "Yours sincerely,\n\n{o5.full}\nChief Executive",
            "cc: {d.full}; {s2.email}; {r.full}",
        ),
        ("CE/Y/###", "PFD-Y-####"),
        old=True,
    ),
    Style(
        "interpreter_agency_missed_booking_email", _LETTER,
        "interpreting agency's e-mail to a maternity unit about a missed Dari interpreter at a booking appointment (provider)",
        (
            "From: {o1.email}\nTo: {email}\nCc: {s1.email}; {o2.full}\nSent: {ldate} {time}\nSubject: Missed booking {ref} - Dari - {hospital}",
            "Please quote {ref2} in any reply.",
        ),
        (
            "Dear {s1.first},\n\nThank you for your e-mail about the appointment for {p.full} (MRN {hosp}) on {date}, and I am sorry that no interpreter attended.",
            "Our records show the booking was accepted by our linguist {o3m.full} on {date} and cancelled the evening before, without being offered to anyone else for <<48 hours>>.",
            "We understand the midwife {s2.full} used a relative, {p.poss} {rel} {r.full}, to interpret, and that questions on the <<Edinburgh Postnatal Depression Scale>> could not be asked.",
            "Our coordinator {o4f.full} has been reminded that family members should not be used, and we have added {p.first} to our priority list.",
            "We would also like to apologise for the earlier booking on {date} when our linguist arrived at {hospital2} instead of {hospital}, a <<48 hours>> delay in all.",
        ),
        (
            "For urgent bookings please call our 24-hour line on {phone} or {mob}.",
            "The linguist's note says {p.first} was worried about <<Down's syndrome>> screening and asked about <<Sands>>.",
            "Our compliance lead, {o5.full}, will send a full timeline to your governance team at {email} within <<ten days>>.",
            "We have checked <<the Equality Act 2010>> duties with {council} commissioning team.",
            "{p.first}'s new address is {addr}, which we have updated on our system.",
        ),
        (
            "Kind regards,\n\n{o1.full}\nOperations Manager, {prov}\n{url}",
            "This e-mail and any attachments are confidential to {prov}.",
        ),
        ("LS-######", "BK-Y-#####"),
        provider=True, sex="F",
    ),
    Style(
        "housing_officer_tenant_welfare_email", _LETTER,
        "housing association officer's e-mail to a community mental health team about a tenant not seen for weeks",
        (
            "From: {o1.email}\nTo: {email}\nSent: {ldate}\nSubject: Welfare concern - {p.upper} - {ref}",
            "Our ref {ref}. Tenancy at {addr}.",
        ),
        (
            "Dear {s1.tfull},\n\nI am writing about our tenant {p.full}, {age}, who I understand is open to your team, to share a concern from {date}.",
            "Neighbours reported a smell of gas and that {p.first} had not been seen since {date}; our gas engineer {o2m.full} attended with the police and found {p.first} at home, thin and confused.",
            "{p.first} said the care coordinator {s2.full} had stopped visiting, and that the <<aripiprazole depot>> had not been given since the summer.",
            "The flat was cold, the prepayment meter was empty and there were letters from {hospital} and {gp} unopened, one about <<olanzapine>>.",
            "{p.poss} {rel}, {r.full}, lives in the town and can be reached on {mob}; {r.first} did not know the visits had stopped.",
        ),
        (
            "We also hold an older address, {addr2}, on the tenancy file, in case your records differ; we visited under <<the Care Act 2014>>.",
            "My manager {o3.full} has raised a safeguarding concern with {council} under <<the Care Act 2014>>, reference {ref2}.",
            "I have asked our tenancy support worker {o4m.full} to visit again next week with <<Age UK>>.",
            "The police officer who attended, PC {o5.full}, said {p.first} spoke about <<Samaritans>>.",
            "Please let me know if you need a copy of the gas engineer's report or the photographs from {date}.",
        ),
        (
            "Kind regards\n\n{o1.full}\nNeighbourhood Officer, {prov}\nDirect line {phone}",
            "Sent from {o1.email} - please do not reply to the no-reply address.",
        ),
        ("TEN-######", "ASC-Y-####"),
        provider=True,
    ),
    Style(
        "school_nurse_weight_concern_letter", _LETTER,
        "school nurse's letter to a GP about a child whose weight had fallen and whose dietitian referral was lost (child)",
        (
            "0-19 Public Health Nursing Service\n{trust}\n{ldate}",
            "{o1.tfull}\n{gp}\nOur reference: {ref}",
        ),
        (
            "Dear {o1.title},\n\nRe: {p.full}, DOB {dob}, NHS number {nhs}\nAddress: {addrb}",
            "I saw {p.first}, {age}, at school on {date} after the teacher, {o2f.full}, noticed that {p.first} was eating very little at lunch and had lost weight.",
            "{p.poss} weight had fallen from the 50th to the 9th centile since the last measurement on {date}, and the dietitian referral made by {s1.full} in the spring had not been received at {hospital}.",
            "I spoke with {p.poss} {rel}, {r.full}, on {mob}, who told me {p.first} has <<Crohn's disease>> in the family and has been having stomach pains for <<six weeks>>.",
            "I would be grateful if you could see {p.first} and refer on to the paediatric team of {d.tfull}, who saw {p.first} in 2023.",
        ),
        (
            "I have not raised a safeguarding concern under <<the Children Act 1989>> at this stage, but I have discussed {p.first} with my supervisor {s2.full}.",
            "The school office can be reached on {phone} during term time, and {p.first} has had <<Bell's palsy>> in the past.",
            "The family speak Tigrinya at home; {r.first} asked for an interpreter for any appointment, as <<Gillick competence>> was raised by the school.",
            "I have copied this letter to {r.tfull} and to the school's designated safeguarding lead, {o3.full}.",
            "The school kitchen has confirmed a <<Fortisip>> was not needed but offered extra snacks through {o4.full}.",
        ),
        (
            "Yours sincerely\n\n{s1.full}\nSpecialist Community Public Health Nurse (School Nursing)\n{email}",
            "cc: {r.full}; {o3.full}",
        ),
        ("SN/Y/####", "0-19/#####"),
        child=True,
    ),
    Style(
        "bereaved_daughter_care_home_complaint_email", _LETTER,
        "bereaved family's e-mail complaint to a care group about the last weeks of a resident's life (old, provider)",
        (
            "From: {r.pmail}\nTo: {email2}\nSent: {ldate} {time}\nSubject: Complaint about Mum's care at {home}",
            "Your ref {ref} (if you have one).",
        ),
        (
            "Dear {o1.tfull},\n\nI am writing about the care of my mother, {p.full}, who lived at {home} from {date} and died at {hospital} on {date}. She was {age}.",
            "In her last weeks she lost weight, her <<MUST 2>> score was not acted on, and nobody told me she had a pressure sore until the district nurse {o2.full} rang me on {mob}.",
            "When I visited on {date} she was in bed with <<frank blood>> in her catheter bag and the call bell out of reach; the nurse on duty, {s1.firstl}, said they were short.",
            "The GP, {d.tfull}, was not called until the next day, and by then she had a <<NEWS2 of 7>> and was taken to hospital.",
            "I would like to know why the home, rated by <<the CQC>>, did not follow the plan agreed with {o3.full} from {council} on {date}.",
        ),
        (
            "Mum had <<Alzheimer's disease>> and could not use the bell; this was in her care plan written by {s2.full}.",
            "I also want to know why her belongings were sent to my old address, {addr2}, instead of mine.",
            "My sister, {o4f.full}, also visited and saw <<Thick and Easy>> left out of the drinks.",
            "I have kept copies of the care notes and photos and have spoken to <<Age UK>> and <<Citizens Advice>>.",
            "Please write to me at {addr} or call {phone} in the evenings.",
        ),
        (
            "Yours sincerely,\n{r.full}",
            "Sent from my iPhone",
        ),
        ("CMP-#####", "CG/Y/###"),
        old=True, provider=True, sex="F",
    ),
    Style(
        "practice_nurse_vaccine_fridge_switched_off_email", _LETTER,
        "practice nurse's e-mail to the ICB immunisation team after a vaccine fridge was switched off by a contract cleaner",
        (
            "From: {s1.email}\nTo: {email2}\nCc: {o1.email}; {d.email}\nSent: {ldate} {time}\nSubject: Cold chain breach - {gp} - {ref}",
            "Practice code {ref2}.",
        ),
        (
            "Dear {o2.first},\n\nI am writing to report a cold chain breach at {gp} found on {date} at {time}.",
            "The vaccine fridge in the treatment room had been unplugged overnight by the contract cleaner, {o3.full}, and the data logger showed 19 degrees for <<ten hours>>.",
            "Before the breach was found I gave a flu vaccine to {p.full} (NHS {nhs}, DOB {dob}), {age}, who lives at {addr}.",
            "{p.title} has <<Guillain-Barré syndrome>> in her history and I have spoken to her {rel}, {r.full}, on {phone}; {d.tfull} will review her.",
            "The stock has been quarantined and <<UKHSA>> advice has been sought.",
        ),
        (
            "Our practice manager, {o1.full}, has asked the cleaning company to add a 'do not switch off' label, as <<UKHSA>> suggested.",
            "The second nurse on duty, {s2.nick}, confirmed the fridge reading at <<19:30>> the previous evening.",
            "I have attached the logger print-out and the list of 14 patients vaccinated that morning before <<0715>>.",
            "{p.first} was given <<Buccolam>> training earlier in the year for a grandchild, which is why she was in early.",
            "The shingles vaccines from the same shelf have been marked for return on {date} in the <<500 ml>> cool box.",
        ),
        (
            "Kind regards\n{s1.full}\nPractice Nurse, {gp}\n{phone}",
            "{url}",
        ),
        ("CCB-Y-###", "Y#####"),
        sex="F",
    ),
    Style(
        "ambulance_long_wait_complaint_response_letter", _LETTER,
        "ambulance service letter answering a complaint about a seven-hour wait for a woman with a hip fracture (old)",
        (
            "Patient Experience Team\n{trust}\nTel {phone}\n{ldate}",
            "Private and confidential\n{r.tfull}\n{addrb}",
        ),
        (
            "Dear {r.title},\n\nYour complaint about the care of {p.full} (ref {ref})",
            "Thank you for your letter about the response to your call on {date} for {p.full}, {age}, who had fallen in the kitchen.",
            "Your call was answered at {time} by {o1.full} and coded as a category 3; the clinical hub clinician {s1.full} rang back twice but you were told to keep {p.first} on the floor with <<a Mangar cushion>> unavailable.",
            "Our crew, paramedics {s2.full} and {o2.full}, arrived seven hours after the call and took {p.first} to {hospital} where {d.tfull} confirmed a fractured hip.",
            "We recognise the wait was far too long and that {p.first} was in pain and cold; <<Oramorph>> was given by the crew.",
        ),
        (
            "That evening the service was at its highest escalation level, with 31 crews held at hospitals and <<Gold command>> open, our duty manager {o3.full} has confirmed.",
            "We have listened to the call recordings (CAD {ref2}) with our clinical lead {o4.full}; the call lasted <<twenty minutes>>.",
            "You asked about the falls service; we have referred {p.first} to the community team at {gp} with your consent.",
            "If you are unhappy with this reply you may contact <<the Ombudsman>>.",
            "Our records also show a previous call from {addr2} last year, which we have removed as an address error after checking with <<NHS Digital>>.",
        ),
        (
            "Yours sincerely\n\n{o5.full}\nHead of Patient Experience\n{email}",
            "cc: {p.full}",
        ),
        ("PE-#####", "CAD y-######"),
        old=True, sex="F",
    ),
    Style(
        "needlestick_injury_occupational_health_email", _LETTER,
        "occupational health e-mail to a ward manager after a healthcare assistant's needlestick injury from a used insulin pen",
        (
            "From: {o1.email}\nTo: {s2.email}\nCc: {email}\nSent: {ldate}\nSubject: Sharps injury {ref} - {ward} - CONFIDENTIAL",
            "OH ref {ref2}.",
        ),
        (
            "Dear {s2.first},\n\nI am writing about the sharps injury to your HCA {s1.full} on {date} at {time}, which was reported to us the next morning.",
            "{s1.first} was injured by a used <<NovoRapid>> pen needle left in the sheets in <<bay 2>> after the source patient, {p.full} (MRN {hosp}), had been given <<18 units>>.",
            "{s1.first} was not seen in the emergency department until <<four hours>> later because the shift was finished first, and the blood from {p.title} was taken with consent by {o2.full}.",
            "{p.poss} results are negative; {s1.first} has been followed up by our nurse {o3.full} and has a blood test due on {date}.",
            "The pen had been used by agency nurse {o4f.full} from {prov}, who had not used the safety needle on <<the Baxter pump>> trolley.",
        ),
        (
            "Safety needles were out of stock on {ward} for <<1/52>> that week according to the supplies lead, {o5.full}.",
            "{s1.nick} can be contacted on {mob} but would prefer e-mail, and is back on nights from <<1/52>>.",
            "I have written to the Sharps group and to the agency's clinical lead at {prov} about <<RIDDOR>>.",
            "The <<RIDDOR>> report is not needed as the source is negative, but please keep the Datix open.",
            "{p.first}'s {rel}, {r.full}, was not told about the test and should not be contacted about <<Crohn's disease>> either.",
        ),
        (
            "Kind regards\n{o1.full}\nOccupational Health Nurse Adviser\n{phone}",
            "This e-mail is confidential to the addressee; {url}",
        ),
        ("SHP-Y-####", "OH######"),
        provider=True,
    ),
)  # fmt: skip

# Top-up sentences: prose and letters share SHARED; logs write SHARED_LINES in their own line shape.
SHARED = (
    "The review panel met on {date} and included {o5.full} from the patient safety team.",
    "Staffing on the day was checked against the e-roster by {o4.full}, who found two unfilled shifts.",
    "A statement was taken from {s2.full}, who remembered the events clearly and was supported by the <<Freedom to Speak Up Guardian>>.",
    "The notes were reviewed alongside <<the Mental Capacity Act>> guidance by {o3.full}.",
    "{p.first} had a history of {o2.first}'s team being involved, and the care records were sent by {o2.full} on request.",
    "The family were offered support through <<Cruse>> and a named contact, {o5.firstl}.",
    "No concerns were found about the prescribing of <<apixaban>> twice a day.",
    "{s1.first} was spoken to by the line manager {o4.first} and offered time away from the ward.",
    "Observation charts for the period were complete apart from one missing set at <<0300hrs>>.",
    "An earlier incident with a similar theme, reference {ref2}, was found on the risk system.",
    "{o1.full} checked whether <<the MHRA>> needed to be told and concluded that it did not.",
    "The learning will be shared at the next governance meeting on {date}.",
    "Copies of this report go to the divisional director {o3.tfull} and to {gp}.",
    "The panel noted the pressure on beds that week, with <<Gold command>> declared twice.",
    "{r.first} asked to be sent the final version and gave {r.pmail} as the best address.",
    "A <<Rotterdam criteria>> reference in the notes was a copying error and played no part.",
    "Statements from {o2.full} and {o4.full} were consistent with the records.",
    "The reviewer spoke to {o1.first} by telephone on {phone} to clarify the timeline.",
    "The patient's own words, recorded by {s2.first}, were included at the family's request.",
    "There was no evidence that the <<Bristol stool chart>> or fluid balance had been missed.",
    "{o3.full} confirmed that the equipment had been serviced within the last <<6/12>>.",
    "The record showed a <<Waterlow 18>> and a repositioning chart completed through the night.",
    "The manager {o4.full} has since added the issue to the ward's risk register.",
    "Nothing in the notes suggested that <<Down's syndrome>> or a learning disability had been recorded in error.",
    "The timeline was checked against the switchboard log by {o5.first} and agreed to the minute.",
    "A debrief was held for the staff involved, led by {o1.full} and the chaplain {o3.firstl}.",
    "The investigator thanked {r.full} for the time given to the review.",
    "Training figures from {o2.full} show 78% compliance across the team.",
    "The <<Admiral Nurse>> involved, {o5.full}, contributed a short statement.",
    "The reviewer found no evidence that <<midnight>> handovers were shortened that week.",
)  # fmt: skip
SHARED_LINES = (
    "obs repeated, <<NEWS2 of 5>>, escalated to {s2.first}",
    "no answer from {o1.first} on <<bleep 1408>>, tried switchboard",
    "{o4.full} informed at <<22:15>>",
    "checked by {o3.initl} and {s2.initl}",
    "family aware, {r.first} to call back",
    "supper offered, declined",
    "pharmacy query to {o2.full} re <<dalteparin>>",
    "datix done by {s2.full}",
    "handover given to {o5.firstl} (nights)",
    "<<Matron>> aware, no beds on site",
    "spoke to {o1.full} on {phone}",
    "moved nearer the nurses' station",
    "call from {r.full}, wants update",
    "settled, obs stable",
    "site team ({o4.first}) say <<Silver>> on call aware",
    "<<Thick and Easy>> added to drinks per SALT",
    "IT ticket raised by {o3.full}",
    "note added by {o2.initl} - see <<5/7>> plan",
    "{o5.full} covering breaks",
    "escalated to the site team",
    "{s1.first} off sick, cover from bank",
    "equipment check done",
    "awaiting review, none since yesterday",
    "relative {r.first} visiting 2-4pm",
    "<<Pabrinex>> due, not given, query to {o2.first}",
)  # fmt: skip


def _shared(style: Style) -> tuple[str, ...]:
    """The top-up sentences a style is filled out with: logs have their own."""
    return SHARED_LINES if style.register == _LINES else SHARED


def alternatives() -> int:
    """How many template sentences the pack can draw on."""
    own = sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
    return own + len(SHARED) + len(SHARED_LINES)


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------

_ONES = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _words(n: int) -> str:
    """An age in words as people write it: "ninety-three", "one hundred and one"."""
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {_words(rest)}" if rest else "")
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")


def _fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value.casefold())
    return plain.encode("ascii", "ignore").decode()


def _parts(name: str) -> set[str]:
    return {part for part in re.split(r"[\s'-]+", _fold(name)) if part}


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _fold(value))


def _shape(rng: random.Random, shape: str, day: date) -> str:
    out = shape.replace("Y", str(day.year)).replace("y", f"{day:%y}")
    out = re.sub("#", lambda _: str(rng.randint(0, 9)), out)
    return re.sub("A", lambda _: rng.choice("BCDEFGHJKLMNPRSTVWXZ"), out)


# Event dates in a year: a text keeps one habit; logs keep one form throughout.
def _date_forms(day: date) -> dict[str, str]:
    month, mon = MONTHS[day.month - 1], _MON[day.month - 1]
    weekday, wkd = _WEEKDAYS[day.weekday()], _WKD[day.weekday()]
    return {
        "dmy": f"{day:%d/%m/%Y}",
        "dmy1": f"{day.day}/{day.month}/{day.year}",
        "dmy2": f"{day:%d/%m/%y}",
        "iso": day.isoformat(),
        "dot": f"{day:%d.%m.%Y}",
        "dot2": f"{day.day}.{day.month}.{day:%y}",
        "dash": f"{day:%d-%m-%Y}",
        "compact": f"{day:%d}{mon.upper()}{day.year}",
        "upper": f"{day.day} {mon.upper()} {day.year}",
        "dmon": f"{day.day}-{mon}-{day.year}",
        "long": f"{day.day} {month} {day.year}",
        "olong": f"{ordinal(day.day)} {month} {day.year}",
        "us": f"{month} {day.day}, {day.year}",
        "wlong": f"{weekday} {day.day} {month} {day.year}",
        "wdmy": f"{wkd} {day:%d/%m/%Y}",
        "short": f"{day.day} {mon} {day.year}",
        # without a year
        "dm": f"{day.day}/{day.month}",
        "wdm": f"{wkd} {day.day}/{day.month}",
        "wthe": f"{weekday} the {ordinal(day.day)}",
        "theof": f"the {ordinal(day.day)} of {month}",
        "wo": f"{wkd} {ordinal(day.day)} {mon}",
        "om": f"{ordinal(day.day)} {month}",
        "dmn": f"{day.day} {mon}",
    }


_YEAR_HABITS = {
    "dmy": 14, "dmy1": 6, "dmy2": 5, "iso": 3, "dot": 4, "dot2": 3, "dash": 3, "compact": 2,
    "upper": 2, "dmon": 3, "long": 10, "olong": 8, "us": 2, "wlong": 3, "wdmy": 3, "short": 5,
}  # fmt: skip
_NO_YEAR = ("dm", "wdm", "wthe", "theof", "wo", "om", "dmn")
_DOB_FORMS = ("dmy", "dmy", "dmy1", "dot", "short", "dmon", "iso", "compact", "upper", "long")
# Logs print one form; a CSV export prints ISO or dd/mm/yyyy.
_LOG_FORMS = {
    "ward_whatsapp_group_export_log": ("dmy",),
    "gp_results_inbox_audit_csv": ("dmy", "iso"),
    "clinic_letter_typing_backlog_csv": ("dmy", "iso"),
    "seclusion_observation_record_table": ("dmy", "dm", "wdm", "short", "wdmy"),
    "caesarean_retained_swab_count_sheet_table": ("dmy", "dm", "dmn", "dot2"),
    "epr_access_audit_trail_log": ("iso", "dmy"),
}
_TIME_FORMS = ("hm", "hm", "hhmm", "dot", "hrs", "ampm")
_LOG_TIMES = {
    "ward_whatsapp_group_export_log": "hms",
    "epr_access_audit_trail_log": "hms",
    "gp_results_inbox_audit_csv": None,
}

_AMBULANCE = {
    "East Midlands Ambulance Service NHS Trust": ("Hinckley", "Loughborough", "Mansfield"),
    "West Midlands Ambulance Service University NHS Foundation Trust": (
        "Lichfield", "Tamworth", "Bromsgrove", "Rugby", "Redditch", "Leamington Spa", "Cannock",
        "Malvern",
    ),
    "East of England Ambulance Service NHS Trust": (
        "Newmarket", "St Neots", "Bury St Edmunds", "Hemel Hempstead",
    ),
    "South Central Ambulance Service NHS Foundation Trust": ("Basingstoke",),
    "South East Coast Ambulance Service NHS Foundation Trust": (
        "Dorking", "Crawley", "Farnham", "Chichester", "Bognor Regis", "Tunbridge Wells",
    ),
    "North West Ambulance Service NHS Trust": (
        "Whitehaven", "Accrington", "Burnley", "Chorley", "Southport",
    ),
    "South Western Ambulance Service NHS Foundation Trust": (
        "Trowbridge", "Cheltenham", "Weston-super-Mare", "Exmouth",
    ),
    "Yorkshire Ambulance Service NHS Trust": ("Beverley", "Batley"),
    "Welsh Ambulance Services University NHS Trust": ("Bridgend", "Aberdare", "Newtown"),
    "Scottish Ambulance Service": ("Kirkcaldy",),
}  # fmt: skip
_AMBULANCE_OF = {town: service for service, towns in _AMBULANCE.items() for town in towns}
_RELATIVE = {"bereaved_daughter_care_home_complaint_email": ("F", "daughter")}
RELATIONS = {
    "old": {"F": ("daughter", "niece", "granddaughter", "daughter-in-law"), "M": ("son", "nephew", "grandson", "son-in-law")},
    "adult": {"F": ("wife", "partner", "sister", "mother"), "M": ("husband", "partner", "brother", "father")},
    "child": {"F": ("mother", "grandmother", "aunt"), "M": ("father", "grandfather", "stepfather")},
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# People and the case a text is written from
# ---------------------------------------------------------------------------------------------

_PERSON_SLOT = re.compile(r"\{(p|r|s1|s2|d|o\d)([fm])?\.(\w+)\}")
_TOKEN = re.compile(r"\{(\w+)\.(\w+)\}|\{(\w+)\}|<<(.+?)>>")


@dataclass
class Person:
    first: str
    last: str
    sex: str
    names: str  # listed / unlisted
    in_record: bool
    honorific: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def _own_name(rng: random.Random, sex: str, first: str | None = None) -> tuple[str, str, str]:
    first = first or rng.choice(OWN_FIRST[sex])
    last = rng.choice(OWN_LAST + OWN_LAST_SEX[sex])
    listed = listed_names()
    parts = [p for p in re.split(r"[\s-]+", f"{first} {last}") if p]
    names = "listed" if all(p.casefold() in listed for p in parts) else "unlisted"
    return first, last, names


def _bad_part(part: str) -> bool:
    return (
        part in HONORIFIC_WORDS
        or part in _LOOKALIKE_WORDS
        or part in {m.casefold() for m in MONTHS}
        or len(part) < 2
    )


class _Case:
    """The facts one text is written from; ``people`` holds everyone its sentences name."""

    def __init__(self, rng: random.Random, style: Style, sentences: list[str]) -> None:
        self.rng = rng
        self.style = style
        self.town = rng.choice(list(TOWN_INFO))
        district, self.code, localities, self.council, board = TOWN_INFO[self.town]
        self.district = district
        self.locality = rng.choice(localities)
        self.board = board
        self.has_record = rng.random() >= RECORDLESS
        self.dot = rng.random() < 0.2  # writes "Mr." rather than "Mr"
        self.base = date(2025, 1, 6) + timedelta(days=rng.randint(0, 540))
        self.current = self.base
        self.dated = False
        self.letter_day = self.base + timedelta(days=rng.randint(50, 120))
        self.clock = rng.randint(6 * 60, 11 * 60)
        self.year_form = rng.choices(list(_YEAR_HABITS), weights=list(_YEAR_HABITS.values()))[0]
        self.log_form = rng.choice(_LOG_FORMS.get(style.name, ("dmy",)))
        self.time_form = _LOG_TIMES.get(style.name) or rng.choice(_TIME_FORMS)
        self.nhs_layout = rng.choice(("plain", "spaced", "dashed"))
        # The patient
        if style.child:
            self.age = rng.randint(5, 11) if "school" in style.name else rng.randint(1, 4)
        elif style.old:
            self.age = rng.randint(90, 103) if rng.random() < 0.75 else rng.randint(72, 89)
        elif style.sex == "F" and "maternity" in style.what:
            self.age = rng.randint(19, 43)
        else:
            self.age = rng.randint(90, 96) if rng.random() < 0.08 else rng.randint(19, 88)
        born = self.base.replace(year=self.base.year - self.age - 1)
        self.dob = born + timedelta(days=rng.randint(1, 364))
        age_now = (
            self.base.year
            - self.dob.year
            - ((self.base.month, self.base.day) < (self.dob.month, self.dob.day))
        )
        self.age = age_now
        band = "child" if style.child else "old" if self.age >= 70 else "adult"
        self.nhs = nhs_number(rng)
        self.hosp = self._hospital_number()
        self.street_name = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        self.flat = rng.random() < 0.18
        number = rng.randint(1, 140)
        self.line = (
            f"Flat {rng.randint(1, 12)}, " if self.flat else ""
        ) + f"{number} {self.street_name}"
        inward = f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        self.postcode = f"{district} {inward}"
        other_street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        while other_street == self.street_name:
            other_street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        self.old_line = f"{rng.randint(1, 90)} {other_street}"
        self.lone_street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        # Organisations and places
        forms = rng.sample(HOSPITAL_FORMS, 2)
        self.hospital, self.hospital2 = (f.format(town=self.town) for f in forms)
        if "ambulance" in style.name or "taxi" in style.name:
            self.trust = _AMBULANCE_OF[self.town]
        else:
            self.trust = board or rng.choice(TRUST_FORMS).format(town=self.town)
        wards = rng.sample(WARD_WORDS, 2)
        self.ward, self.ward2 = (f"{w} {rng.choice(WARD_KINDS)}" for w in wards)
        self.home = f"{rng.choice(HOME_WORDS)} {rng.choice(HOME_KINDS)}"
        self.gp = f"{rng.choice(GP_WORDS)} {rng.choice(GP_KINDS)}"
        trade = INTERPRETING_KINDS if "interpreter" in style.name else COMPANY_KINDS
        if "housing" in style.name:
            trade = ("Housing Association", "Homes", "Housing Group")
        company = rng.choice(COMPANY_WORDS)
        self.prov = f"{company} {rng.choice(trade)}"
        suffix = {
            "Interpreting": "interpreting",
            "Language": "language",
            "Translation": "translation",
        }
        trade_word = self.prov.split()[1]
        self.prov_domain = (
            f"{_slug(company)}{suffix.get(trade_word, rng.choice(('care', 'group', '')))}.co.uk"
        )
        self.mail_domain = (
            "nhs.scot" if board.startswith("NHS ") else "wales.nhs.uk" if board else "nhs.net"
        )
        # People: the patient and relative first, then everyone the sentences name
        wanted: dict[str, str | None] = {"p": style.sex, "r": None}
        for sentence in sentences:
            for match in _PERSON_SLOT.finditer(sentence):
                who, sex = match.group(1), match.group(2)
                if sex or who not in wanted:
                    wanted[who] = sex.upper() if sex else wanted.get(who)
        relative = _RELATIVE.get(style.name)
        if relative:
            wanted["r"] = relative[0]
        nick = {
            m.group(1) for s in sentences for m in _PERSON_SLOT.finditer(s) if m.group(3) == "nick"
        }
        self.people: dict[str, Person] = {}
        used: set[str] = set()
        for who, sex in wanted.items():
            person = self._draw(sex or rng.choice("FM"), used, who in nick)
            person.in_record = who in ("p", "r") and self.has_record
            person.honorific = self._honorific(who, person)
            used |= _parts(person.full)
            self.people[who] = person
        patient, relative_person = self.people["p"], self.people["r"]
        self.rel = relative[1] if relative else rng.choice(RELATIONS[band][relative_person.sex])
        self.known = {}
        if self.has_record:
            self.known = {
                "names": [patient.full, relative_person.full],
                "nhs_number": f"{self.nhs[:3]} {self.nhs[3:6]} {self.nhs[6:]}",
                "date_of_birth": self.dob.isoformat(),
                "hospital_number": self.hosp,
                "address": f"{self.line}, {self.locality}, {self.town}, {self.postcode}",
            }

    # -- drawing -------------------------------------------------------------------------------

    def _hospital_number(self) -> str:
        rng = self.rng
        shape = HOSP_FORMS[list(TOWN_INFO).index(self.town) % len(HOSP_FORMS)]
        if shape == "AAA999999":
            letters = re.sub(r"[^A-Z]", "", self.town.upper())[:3]
            return letters + f"{rng.randint(0, 999999):06d}"
        if shape == "A9999999":
            return rng.choice("KMRTWX") + f"{rng.randint(0, 9999999):07d}"
        if shape == "999999A":
            return f"{rng.randint(100000, 999999)}{rng.choice('ABCDEFGHKM')}"
        return f"{rng.randint(1000000, 9999999)}"

    def _draw(self, sex: str, used: set[str], nick: bool) -> Person:
        rng = self.rng
        while True:
            if nick and rng.random() < 0.6:
                first = rng.choice(
                    [n for n in NICKNAMES if n in OWN_FIRST[sex]] or list(OWN_FIRST[sex])
                )
                first, last, names = _own_name(rng, sex, first)
            elif rng.random() < 0.5:
                drawn = _new_person(rng, sex=sex)
                first, last, names = drawn.first, drawn.last, drawn.names
            else:
                first, last, names = _own_name(rng, sex)
            parts = _parts(f"{first} {last}")
            if parts & used or any(_bad_part(p) for p in parts):
                continue
            if not re.match(r"[A-Za-z]", first) or not re.match(r"[A-Za-z]", last.split()[-1]):
                continue
            return Person(first, last, sex, names, False)

    def _honorific(self, who: str, person: Person) -> str:
        rng = self.rng
        if who == "d":
            title = "Dr"
        elif who == "p" and self.style.child:
            return "Master" if person.sex == "M" else "Miss"
        elif person.sex == "M":
            title = "Mr"
        elif who in ("p", "r"):
            title = rng.choice(("Mrs", "Mrs", "Ms", "Miss"))
        else:
            title = rng.choice(("Ms", "Mrs"))
        if title == "Miss":
            return title
        return title + "." if self.dot else title

    # -- values --------------------------------------------------------------------------------

    def event(self, advance: bool) -> date:
        if advance and self.dated:
            days = self.rng.choices((0, 1, 2, 3, 5), weights=(2, 5, 3, 2, 1))[0]
            if days:
                self.current += timedelta(days=days)
                self.clock = self.rng.randint(6 * 60, 11 * 60)
        self.dated = True
        return self.current

    def date_text(self, day: date, *, log: bool) -> str:
        forms = _date_forms(day)
        if log:
            return forms[self.log_form]
        rng = self.rng
        if rng.random() < 0.3:
            return forms[rng.choice(_NO_YEAR)]
        if rng.random() < 0.15:
            return forms[rng.choices(list(_YEAR_HABITS), weights=list(_YEAR_HABITS.values()))[0]]
        return forms[self.year_form]

    def time_text(self) -> str:
        self.clock = min(self.clock + self.rng.randint(3, 70), 23 * 60 + 58)
        hour, minute = divmod(self.clock, 60)
        form = self.time_form
        if form == "hms":
            return f"{hour:02d}:{minute:02d}:{self.rng.randint(0, 59):02d}"
        if form == "hhmm":
            return f"{hour:02d}{minute:02d}"
        if form == "dot":
            return f"{hour:02d}.{minute:02d}"
        if form == "hrs":
            return f"{hour:02d}{minute:02d}hrs"
        if form == "ampm":
            return f"{hour % 12 or 12}.{minute:02d}{'am' if hour < 12 else 'pm'}"
        return f"{hour:02d}:{minute:02d}"

    def phone(self) -> str:
        rng = self.rng
        code, local = self.code, f"{rng.randint(200000, 999999)}"
        ext = f"{rng.randint(2000, 6999)}"
        return rng.choice(
            (
                f"{code} {local}",
                f"{code} {local}",
                f"{code}{local}",
                f"({code}) {local}",
                f"{code} {local[:3]} {local[3:]}",
                f"+44 {code[1:]} {local}",
                f"+44 (0){code[1:]} {local}",
                f"+44 (0) {code[1:]} {local}",
                f"{code}-{local}",
                f"{code} {local} ext {ext}",
                f"{code} {local} x{ext}",
                f"({code}) {local[:3]} {local[3:]}",
                f"+44 {code[1:]} {local[:3]} {local[3:]}",
                f"+44(0){code[1:]} {local}",
                f"+44 (0){code[1:]}-{local}",
            )
        )

    def mobile(self) -> str:
        rng = self.rng
        # Ofcom's drama range 07700 900000-900999: never a real number.
        local = f"900{rng.randint(0, 999):03d}"
        return rng.choice(
            (
                f"07700 {local}",
                f"07700{local}",
                f"07700 {local[:3]} {local[3:]}",
                f"+44 7700 {local}",
                f"+447700{local}",
                f"(07700) {local}",
                f"+44 7700 {local[:3]} {local[3:]}",
                f"07700-{local[:3]}-{local[3:]}",
            )
        )

    def nhs_text(self) -> str:
        n = self.nhs
        if self.nhs_layout == "spaced":
            return f"{n[:3]} {n[3:6]} {n[6:]}"
        if self.nhs_layout == "dashed":
            return f"{n[:3]}-{n[3:6]}-{n[6:]}"
        return n

    # -- pieces: (text, label, meta, negative) -------------------------------------------------

    def person(self, who: str, form: str) -> list[tuple]:
        person = self.people[who[:2] if who[0] == "o" else who]
        meta = {"names": person.names, "in_record": person.in_record}
        first, last = person.first, person.last

        def gold(text: str) -> tuple:
            return (text, "PERSON", meta, False)

        if form == "full":
            return [gold(person.full)]
        if form == "first":
            return [gold(first)]
        if form == "last":
            return [gold(last)]
        if form == "title":
            return [gold(f"{person.honorific} {last}")]
        if form == "tfull":
            return [gold(f"{person.honorific} {person.full}")]
        if form == "nick":
            nicks = NICKNAMES.get(first)
            return [gold(nicks[0] if nicks else first)]
        if form in ("init", "initl"):
            initials = _fold(first[0] + [p for p in last.split() if p[0].isupper()][-1][0]).upper()
            if form == "init" and len(initials) == 2 and initials not in CLINICAL_INITIALS:
                dotted = self.rng.random() < 0.35
                return [gold(".".join(initials) + "." if dotted else initials)]
            dot = "." if self.rng.random() < 0.7 else ""
            return [gold(f"{first[0]}{dot} {last}")]
        if form == "caps":
            return [gold(f"{last.upper()}, {first}")]
        if form == "upper":
            return [gold(person.full.upper())]
        if form == "lower":
            return [gold(first.lower() if self.rng.random() < 0.5 else person.full.lower())]
        if form == "fsur":
            return [gold(f"{first} {last.upper()}")]
        if form == "firstl":
            initial = [p for p in last.split() if p[0].isupper()][-1][0]
            return [gold(f"{first} {initial}")]
        if form == "poss":
            return [gold(person.full), ("'s", None, None, False)]
        if form == "email":
            local = f"{_slug(first)}.{_slug(last)}"
            domain = self.mail_domain
            if who in ("o1",) and self.style.provider and self.style.register == _LETTER:
                domain = self.prov_domain
            return [(f"{local}@{domain}", "EMAIL", None, False)]
        if form == "pmail":
            rng = self.rng
            local = rng.choice(
                (
                    f"{_slug(first)}{_slug(last)}{rng.randint(1, 99)}",
                    f"{_slug(first)}.{_slug(last)}",
                    f"{_slug(first)[0]}{_slug(last)}",
                )
            )
            return [(f"{local}@{rng.choice(_MAIL)}", "EMAIL", None, False)]
        raise KeyError(form)

    def slot(self, name: str, log: bool) -> list[tuple]:
        rng = self.rng
        if name == "date":
            return [(self.date_text(self.event(True), log=log), "DATE", None, False)]
        if name == "day":
            return [(self.date_text(self.event(False), log=log), "DATE", None, False)]
        if name == "ldate":
            forms = _date_forms(self.letter_day)
            return [
                (forms[rng.choice(("long", "olong", "dmy", "wlong", "short"))], "DATE", None, False)
            ]
        if name == "dob":
            return [(_date_forms(self.dob)[rng.choice(_DOB_FORMS)], "DATE", None, False)]
        if name == "age":
            return self.age_pieces(log)
        if name == "nhs":
            return [(self.nhs_text(), "NHS_NUMBER", None, False)]
        if name == "hosp":
            return [(self.hosp, "HOSPITAL_NUMBER", None, False)]
        if name in ("addr", "addrb"):
            return self.address(block=name == "addrb")
        if name == "addr2":
            return [(f"{self.old_line}, {self.town}", "ADDRESS", None, False)]
        if name == "rel":
            return [(self.rel, None, None, False)]
        if name == "time":
            return [(self.time_text(), None, None, False)]
        if name == "phone":
            return [(self.phone(), "PHONE", None, False)]
        if name == "mob":
            return [(self.mobile(), "PHONE", None, False)]
        if name in ("ref", "ref2"):
            if not hasattr(self, name + "_value"):
                shape = self.style.refs[0 if name == "ref" else 1]
                setattr(self, name + "_value", _shape(rng, shape, self.base))
            return [(getattr(self, name + "_value"), "ID", None, False)]
        if name == "email":
            team = rng.choice(("patientsafety", "governance", "pals", "complaints", "safeguarding"))
            if self.mail_domain == "nhs.net":
                return [(f"{_slug(self.town)}.{team}@nhs.net", "EMAIL", None, False)]
            return [(f"{team}.{_slug(self.town)}@{self.mail_domain}", "EMAIL", None, False)]
        if name == "email2":
            # The second mailbox is the one the style writes to: council, ICB or company.
            council = re.sub(r" (County Borough |County |Borough )?Council$", "", self.council)
            if "scald" in self.style.name:
                return [(f"adultsafeguarding@{_slug(council)}.gov.uk", "EMAIL", None, False)]
            if "vaccine" in self.style.name or "methotrexate" in self.style.name:
                team = "immunisations" if "vaccine" in self.style.name else "medicines"
                return [(f"icb.{team}.{_slug(council)}@nhs.net", "EMAIL", None, False)]
            box = rng.choice(("bookings", "enquiries", "complaints", "office"))
            return [(f"{box}@{self.prov_domain}", "EMAIL", None, False)]
        if name == "url":
            return [(self.url(), "URL", None, False)]
        values = {
            "ward": ("LOCATION", self.ward), "ward2": ("LOCATION", self.ward2),
            "home": ("LOCATION", self.home), "street": ("LOCATION", self.lone_street),
            "hospital": ("ORGANISATION", self.hospital), "hospital2": ("ORGANISATION", self.hospital2),
            "trust": ("ORGANISATION", self.trust), "gp": ("ORGANISATION", self.gp),
            "council": ("ORGANISATION", self.council), "prov": ("ORGANISATION", self.prov),
        }  # fmt: skip
        label, value = values[name]
        return [(value, label, None, False)]

    def url(self) -> str:
        rng = self.rng
        if self.style.provider and rng.random() < 0.6:
            return f"www.{self.prov_domain}"
        if "gp_" in self.style.name or "practice" in self.style.name:
            return f"www.{_slug(self.gp)}.co.uk"
        if self.board:
            return _BOARD_URLS[self.board]
        kind = "mentalhealth" if "Mental Health" in self.trust else "hospitals"
        host = f"www.{_slug(self.town)}{kind}.nhs.uk"
        if self.trust in _AMBULANCE:
            host = (
                f"www.{''.join(w[0] for w in self.trust.split() if w[0].isupper()).lower()}.nhs.uk"
            )
        return rng.choice((host, f"https://{host}/contact-us", f"https://{host}/patient-safety"))

    def age_pieces(self, log: bool) -> list[tuple]:
        rng = self.rng
        age = self.age
        old = age > 89
        value = str(age)
        if old and rng.random() < 0.25 and not log:
            value = _words(age)
        elif not old and rng.random() < 0.1 and not log:
            value = _words(age)
        label = "AGE" if old else None
        piece = (value, label, None, not old)
        if not value.isdigit():
            return [
                piece,
                ("-year-old" if rng.random() < 0.5 else " years of age", None, None, False),
            ]
        if log:
            return [piece, (rng.choice(("y", "yo", " y/o")), None, None, False)]
        shape = rng.choice(("aged", "aged", "yo", "years", "age", "y/o"))
        if shape in ("aged", "age"):
            return [(shape + " ", None, None, False), piece]
        tail = {"yo": "yo", "years": " years old", "y/o": " y/o"}[shape]
        return [piece, (tail, None, None, False)]

    def address(self, *, block: bool) -> list[tuple]:
        rng = self.rng
        line, locality, town, code = self.line, self.locality, self.town, self.postcode
        if block:
            return [
                (f"{line}\n{locality}\n{town}", "ADDRESS", None, False),
                ("\n", None, None, False),
                (code, "POSTCODE", None, False),
            ]
        shape = rng.choice(("comma", "comma", "upper", "plain", "lower", "nolocality"))
        if shape == "upper":
            text, sep, code = f"{line}, {locality}, {town}".upper(), " ", code
        elif shape == "plain":
            text, sep, code = (
                f"{line.replace(',', '')} {locality} {town}",
                " ",
                code.replace(" ", ""),
            )
        elif shape == "lower":
            text, sep, code = f"{line}, {locality}, {town}", ", ", code.lower()
        elif shape == "nolocality":
            text, sep = f"{line}, {town}", ", "
        else:
            text, sep = f"{line}, {locality}, {town}", ", "
        return [
            (text, "ADDRESS", None, False),
            (sep, None, None, False),
            (code, "POSTCODE", None, False),
        ]

    # -- a sentence ----------------------------------------------------------------------------

    def render(self, sentence: str, *, log: bool = False) -> list[tuple]:
        pieces: list[tuple] = []
        position = 0
        for match in _TOKEN.finditer(sentence):
            if match.start() > position:
                pieces.append((sentence[position : match.start()], None, None, False))
            who, form, slot, term = match.groups()
            if who:
                pieces += self.person(who, form)
            elif slot:
                pieces += self.slot(slot, log)
            else:
                pieces.append((term, None, None, True))
            position = match.end()
        if position < len(sentence):
            pieces.append((sentence[position:], None, None, False))
        return pieces


# ---------------------------------------------------------------------------------------------
# Texts
# ---------------------------------------------------------------------------------------------


def _count(pieces: list[tuple]) -> int:
    return len("".join(p[0] for p in pieces).split())


def _target(rng: random.Random, register: str) -> int:
    mean, spread, low, high = {
        _PROSE: (305, 30, 245, 370),
        _LINES: (285, 26, 230, 340),
        _LETTER: (268, 24, 225, 320),
    }[register]
    return int(min(high, max(low, rng.gauss(mean, spread))))


def _build(rng: random.Random, number: int, style: Style) -> tuple[Example, list[tuple[int, int]]]:
    extras = [s for s in style.extras if rng.random() < 0.7]
    shared = list(_shared(style))
    rng.shuffle(shared)
    topups = shared[:12]
    plan = [*style.headers, *style.core, *extras, *style.endings, *topups]
    if style.topup:
        plan.append(style.topup)
    case = _Case(rng, style, plan)
    log = style.register == _LINES
    heads = [case.render(s, log=log) for s in style.headers]
    body = [case.render(s, log=log) for s in (*style.core, *extras)]
    target = _target(rng, style.register)
    # Endings are written after the top-ups, so their dates come last; their words are guessed.
    words = sum(map(_count, heads + body)) + 30
    for sentence in topups:
        if words >= target:
            break
        if log:
            # Notes in a log are signed by whoever is on shift, not one person throughout.
            signer = rng.choice([w for w in case.people if w not in ("p", "r", "d")])
            if "audit_trail" in style.name:
                signer = "s1"  # the audit shows the same nurse opening note after note
            line = re.sub(r"\{(o2|o3|o4|s1|s2)\.", "{" + signer + ".", style.topup, count=1)
            line = line.replace("{text}", sentence)
            pieces = case.render(line, log=True)
        else:
            pieces = case.render(sentence)
        body.append(pieces)
        words += _count(pieces)
    ends = [case.render(s, log=log) for s in style.endings]

    out: list[tuple] = []

    def join(blocks: list[list[tuple]], sep: str) -> None:
        for index, block in enumerate(blocks):
            if index:
                out.append((sep, None, None, False))
            out.extend(block)

    join(heads, "\n")
    out.append(("\n\n", None, None, False))
    if log:
        join(body, "\n")
    else:
        paragraphs, index = [], 0
        while index < len(body):
            size = rng.choice((2, 3, 3, 4))
            paragraphs.append(body[index : index + size])
            index += size
        if style.register == _LETTER and len(paragraphs[0]) > 1:
            # The salutation stands alone above the letter's first paragraph.
            paragraphs[:1] = [paragraphs[0][:1], paragraphs[0][1:]]
        for count, paragraph in enumerate(paragraphs):
            if count:
                out.append(("\n\n", None, None, False))
            join(paragraph, " ")
    out.append(("\n\n", None, None, False))
    join(ends, "\n" if log else "\n\n")

    text_parts, spans, negatives, length = [], [], [], 0
    for text, label, meta, negative in out:
        if label is not None:
            spans.append(GoldSpan(length, length + len(text), label, **(meta or {})))
        elif negative:
            negatives.append((length, length + len(text)))
        text_parts.append(text)
        length += len(text)
    example = Example(
        id=f"{PREFIX}-{number:06d}",
        text="".join(text_parts),
        known=case.known,
        gold=tuple(spans),
        kind=style.name,
    )
    return example, negatives


def example(rng: random.Random, number: int, style: Style | None = None) -> Example:
    """One example, drawn from ``rng`` (a style is chosen when none is given)."""
    return _build(rng, number, style or rng.choice(STYLES))[0]


def _pairs(count: int, seed: int) -> Iterator[tuple[Example, list[tuple[int, int]]]]:
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for index in range(count):
        if index % len(STYLES) == 0:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _build(rng, index + 1, deck[index % len(STYLES)])


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    """``count`` examples; the 25 styles are dealt as a shuffled deck. Deterministic."""
    for pair in _pairs(count, seed):
        yield pair[0]


def generate_with_negatives(
    count: int, seed: int = 1
) -> Iterator[tuple[Example, list[tuple[int, int]]]]:
    """The examples of ``generate`` with the (start, end) of every look-alike and young age."""
    yield from _pairs(count, seed)
