"""A ninth blind evaluation pack for de-identification: 25 new styles of UK health-care writing.

Written without reading the engine (see ``evaluation_blind9.md``). Each example is a synthetic
narrative of about 300 words in one style (anticoagulation dosing record, lithium recall letter,
stoma nurse visit, sterile services tray trace, MRI safety form, tongue-tie clinic note...), with
the gold span of every identifier in it, the record the system would hold (``known``) and, from
``generate_with_negatives``, the spans of look-alikes written in (eponyms, scores, drugs, law,
numbers, durations, national bodies, ages of 89 and under) that must never be taken as identifiers.

Same interface and gold conventions as ``evaluation_blind8``. Names come from Faker (through the
shared ``_new_person``) and from this pack's own pools. Synthetic data only.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
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

__all__ = [
    "DIRECT_IDENTIFIERS", "LABELS", "LOOKALIKES", "NATIONAL", "NICKNAMES", "STYLES", "TOWNS",
    "alternatives", "example", "generate", "generate_with_negatives",
]  # fmt: skip

PREFIX = "blind9"
LOW_WORDS = 200
HIGH_WORDS = 420
NO_RECORD = 0.12

# Real towns (facts): town, postcode area, dialling code.
TOWNS = (
    ("Sheffield", "S", "0114"), ("Leeds", "LS", "0113"), ("Nottingham", "NG", "0115"),
    ("Leicester", "LE", "0116"), ("Bristol", "BS", "0117"), ("Reading", "RG", "0118"),
    ("Birmingham", "B", "0121"), ("Manchester", "M", "0161"), ("Sunderland", "SR", "0191"),
    ("Coventry", "CV", "024"), ("Cardiff", "CF", "029"), ("Norwich", "NR", "01603"),
    ("Plymouth", "PL", "01752"), ("York", "YO", "01904"), ("Blackpool", "FY", "01253"),
    ("Telford", "TF", "01952"), ("Milton Keynes", "MK", "01908"), ("Scunthorpe", "DN", "01724"),
    ("Kettering", "NN", "01536"), ("Barnsley", "S", "01226"), ("Grimsby", "DN", "01472"),
    ("Crewe", "CW", "01270"), ("Stafford", "ST", "01785"), ("Weymouth", "DT", "01305"),
    ("Yeovil", "BA", "01935"), ("Kendal", "LA", "01539"),
)  # fmt: skip
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Invented places.
LOCALITIES = (
    "Hollins End", "Brackenfield", "Netherthorpe", "Aldwick Green", "Sowerby Vale", "Crossgates",
    "Thornleigh", "Ravensmead", "Kirkby Fold", "Westerhope Park", "Fenby", "Marlcliffe",
    "Burnside", "Pinfold Hill", "Eastmoor", "Ashby Rise", "Longcroft", "Stanhope Green",
)  # fmt: skip
STREETS = (
    "Tanfield", "Wharncliffe", "Cobden", "Harcourt", "Rowlandson", "Fitzwilliam", "Hartington",
    "Beaumont", "Greystones", "Selborne", "Lambert", "Kenilworth", "Marchbank", "Oakroyd",
    "Pendle", "Thirlmere", "Ullswater", "Coniston", "Radnor", "Glenfield", "Whitecross",
    "Ravenscar", "Heathcote", "Bellhouse", "Dunstan", "Pickering", "Sandringham", "Aire",
)  # fmt: skip
STREET_KINDS = (
    "Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Way", "Grove", "Terrace",
    "Walk", "Rise", "Gardens", "Court", "View", "Square",
)  # fmt: skip
WARDS = (
    "Curlew", "Lapwing", "Dunlin", "Plover", "Merlin", "Skylark", "Avocet", "Harebell",
    "Cowslip", "Meadowsweet", "Tansy", "Yarrow", "Campion", "Bramble", "Derwent", "Wharfe",
    "Calder", "Tamar", "Ribble", "Kennet", "Sorrel", "Wagtail", "Linnet", "Samphire",
)  # fmt: skip
HOMES = (
    "Haverleigh House", "The Paddocks", "Riverbank Lodge", "Sandfield Court", "Ferncliffe",
    "Moorview Manor", "Ashdene", "The Beeches", "Cloverleigh", "Hawksmoor House",
    "Greenbank Lodge", "St Wilfrid's", "Larchwood", "Thornbury Hall",
)  # fmt: skip
HOSPITAL_FORMS = (
    "{town} General Hospital", "{town} Royal Infirmary", "{town} District Hospital",
    "Royal {town} Hospital", "{town} Community Hospital", "St {saint} Hospital",
    "{town} University Hospital", "{locality} Hospital",
)  # fmt: skip
SAINTS = ("Cuthbert's", "Aidan's", "Hilda's", "Oswald's", "Chad's", "Bede's", "Wulfstan's")
TRUST_FORMS = (
    "{town} Teaching Hospitals NHS Foundation Trust", "{town} Hospitals NHS Trust",
    "{town} and District NHS Foundation Trust", "{town} Community Health NHS Trust",
    "University Hospitals of {town} NHS Foundation Trust", "{town} Health and Care NHS Trust",
)  # fmt: skip
GP_FORMS = (
    "{street} Surgery", "{street} Medical Centre", "{locality} Health Centre",
    "{street} Medical Practice", "{locality} Family Practice", "The {street} Practice",
)  # fmt: skip
POLICE = (
    "South Yorkshire Police", "West Yorkshire Police", "Nottinghamshire Police",
    "Avon and Somerset Police", "Greater Manchester Police", "Northumbria Police",
)  # fmt: skip
AMBULANCE = (
    "Yorkshire Ambulance Service", "East Midlands Ambulance Service",
    "North West Ambulance Service", "West Midlands Ambulance Service",
    "South Western Ambulance Service", "North East Ambulance Service",
)  # fmt: skip

NATIONAL = (
    "the CQC", "NHS England", "UKHSA", "the MHRA", "the DVLA", "the Home Office", "NICE",
    "Op COURAGE", "the ICB", "NHS Resolution", "SABRE", "the NRLS", "the Cancer Alliance",
    "the Office for Veterans' Affairs", "the Department for Work and Pensions",
)  # fmt: skip

LOOKALIKES = {
    "eponym": (
        "Parkinson's disease", "Addison's disease", "Crohn's disease", "Hirschsprung's disease",
        "Bell's palsy", "Cushing's syndrome", "Graves' disease", "Colles' fracture",
        "Smith's fracture", "Bennett's fracture", "Dupuytren's contracture", "Barrett's oesophagus",
        "Hodgkin's lymphoma", "Wernicke's encephalopathy", "Korsakoff's syndrome",
        "Trendelenburg gait", "Kocher's incision", "Hartmann's procedure", "Whipple's procedure",
        "Weber B", "Garden IV", "Ottawa ankle rules", "Glasgow Coma Scale", "Hickman line",
        "Mallampati", "Hazelbaker tool", "Bristol Stool Chart", "Epworth Sleepiness Scale",
        "Salter-Harris", "Monteggia", "Mitrofanoff", "Ryles tube", "Waterlow",
    ),
    "score": (
        "GCS 14/15", "NEWS2 of 5", "an INR of 4.8", "INR 2.3", "Hb 68 g/L", "HbS 42%",
        "lithium level 1.3 mmol/L", "eGFR 38", "Rockwood 6", "an ASA of 3", "STOP-BANG 6",
        "an ESS of 17", "AHI 41", "a pH of 5.5", "a pH of 6.5", "Bristol type 7", "DST score",
        "MUST 2", "BMI 16.4", "QRISK3", "an AUDIT score of 28", "a COWS of 12", "PHQ-9 of 21",
        "PCL-5", "a TRIM score", "Spaulding", "Hazelbaker 8",
    ),
    "drug": (
        "warfarin", "apixaban", "edoxaban", "Priadel", "Camcolit", "lithium carbonate",
        "methadone", "Espranor", "buprenorphine", "naloxone", "Prenoxad", "adalimumab",
        "Humira", "etanercept", "SMOFlipid", "Additrace", "Vitlipid", "hydroxycarbamide",
        "Oramorph", "Entonox", "Fragmin", "Ensure Plus", "TENA Flex", "Coloplast SenSura",
        "Stomahesive", "Orabase", "sertraline", "propranolol", "Movicol", "loperamide",
    ),
    "law": (
        "the Mental Capacity Act", "section 2", "section 3", "a DoLS", "the Care Act 2014",
        "Schedule 1", "Gillick", "the Armed Forces Covenant", "Group 2 licence", "the IRMER",
        "Regulation 20", "the Misuse of Drugs Act", "CD register", "Section 42",
        "the National Framework",
    ),
    "number": (
        "Ward 14", "Ward 7", "bay 3", "bed 22", "side room 4", "bleep 4410", "ext 2215",
        "Band 5", "Band 7", "theatre 6", "tray 9", "cycle 14", "batch 2", "level 2",
        "Size 10", "14 Fr", "cubicle 8", "Room 12", "OPAL 3", "hub 2", "Pod B",
    ),
    "duration": (
        "3/7", "5/7", "2/52", "6/52", "3/12", "24 hours", "48 hrs", "day 3", "week 6",
        "6 weeks", "72 hours", "28 days", "62 days", "2WW",
    ),
    "national": NATIONAL,
}  # fmt: skip

# Own name pools (beside Faker's).
FIRST_F = (
    "Bethan", "Cerys", "Ffion", "Catriona", "Morag", "Isla", "Orla", "Aoife", "Saoirse", "Niamh",
    "Aisling", "Chidinma", "Adaeze", "Funmilayo", "Abena", "Akosua", "Efua", "Harpreet", "Simran",
    "Navdeep", "Aisha", "Khadija", "Mariam", "Noor", "Huda", "Ewa", "Agnieszka", "Katarzyna",
    "Ioana", "Mihaela", "Lindiwe", "Thandiwe", "Mei Ling", "Xiu Mei", "Ngoc Anh", "Leilani",
    "Marama", "Joy", "Hope", "Faith", "Ruby", "Hazel", "Holly", "Heather", "Jade", "Summer",
    "Pearl", "Ivy", "Patience", "Comfort", "Kerry-Louise", "Lily-Mae", "Mary-Kate", "Shona",
    "Kirsty", "Eleri", "Gwenllian", "Elizabeth", "Margaret", "Katherine", "Patricia", "Victoria",
    "Susan", "Jennifer", "Deborah",
)  # fmt: skip
FIRST_M = (
    "Rhodri", "Gethin", "Emrys", "Cai", "Callum", "Fraser", "Ruaridh", "Angus", "Padraig",
    "Cathal", "Ciarán", "Eoin", "Darragh", "Chukwuemeka", "Obinna", "Tunde", "Kwabena", "Yaw",
    "Kojo", "Harjit", "Manpreet", "Sukhdev", "Imran", "Hamza", "Omar", "Idris", "Bartosz",
    "Krzysztof", "Marek", "Andrei", "Bogdan", "Sipho", "Thabo", "Wei", "Jun", "Minh", "Tane",
    "Rawiri", "Sonny", "Rocky", "Clay", "Heath", "Dale", "Glen", "Jean-Pierre", "Abdul Rahman",
    "Muhammad Hassan", "William", "Robert", "Richard", "Edward", "Thomas", "James", "Michael",
    "Anthony", "Christopher", "Alexander",
)  # fmt: skip
SURNAMES = (
    "Pryce-Jones", "Fotheringham-Smith", "Okafor-Williams", "Lloyd-Evans", "ap Gwilym",
    "Ní Bhriain", "MacDonald", "McAllister", "O'Sullivan", "O'Driscoll", "Ó Súilleabháin",
    "de la Cruz", "dos Santos", "van den Berg", "van Rooyen", "le Roux", "bin Rashid", "al-Amin",
    "Abdi", "Mensah", "Asante", "Boateng", "Adeyemi", "Okonkwo", "Nwosu", "Chaudhry", "Sandhu",
    "Dhillon", "Nguyen", "Tran", "Wong", "Kowalczyk", "Wiśniewska", "Popescu", "Ionescu",
    "Nowak", "Baker", "Carpenter", "Mason", "Fisher", "Hunter", "Bishop", "Marsh", "Moss",
    "Rivers", "Brook", "Hale", "Lamb", "Hart", "Wolfe", "Crane", "Swan", "Sparrow", "Parkinson",
    "Addison", "Graves", "Barrett", "Paget", "Hodgkin", "Cushing", "D'Souza", "Fitzgerald",
)  # fmt: skip
NICKNAMES = {
    "Elizabeth": ("Liz", "Beth", "Lizzie"), "Margaret": ("Maggie", "Meg"),
    "Katherine": ("Kate", "Kathy"), "Patricia": ("Pat", "Trish"), "Victoria": ("Vicky", "Tori"),
    "Susan": ("Sue", "Susie"), "Jennifer": ("Jen", "Jenny"), "Deborah": ("Debbie", "Deb"),
    "William": ("Will", "Bill"), "Robert": ("Rob", "Bob", "Bobby"), "Richard": ("Rich", "Dickie"),
    "Edward": ("Ted", "Eddie"), "Thomas": ("Tom", "Tommy"), "James": ("Jim", "Jimmy"),
    "Michael": ("Mick", "Mike"), "Anthony": ("Tony", "Ant"), "Christopher": ("Chris", "Kit"),
    "Alexander": ("Alex", "Sandy"),
}  # fmt: skip
WORD_NAMES = ("Joy", "Hope", "Faith", "Ruby", "Hazel", "Holly", "Summer", "Pearl", "Ivy",
              "Patience", "Comfort", "Sonny", "Rocky", "Clay", "Heath", "Dale", "Glen")  # fmt: skip

HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Master", "Dr")


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
    refs: tuple[str, ...] = ("REF-#####",)
    provider: tuple[str, ...] = ()
    old: bool = False
    child: bool = False
    sex: str = ""  # the patient's, when the templates say "he" or "she"
    relation: str = ""  # the relative's, when the templates fix it


S = Style
STYLES: tuple[Style, ...] = (
    S(
        "anticoagulation_clinic_dosing_record", "lines",
        "INR clinic dosing record, dose written for the wrong week",
        (
            "ANTICOAGULATION CLINIC - DOSING RECORD\nPatient: {p.caps}   DOB: {dob}   NHS: {nhs}\nHosp no: {hosp}   Indication: AF   Target INR 2.5",
            "{trust} - Anticoagulation Service\nName {p.upper} | D.O.B {dob} | MRN {hosp}\nGP: {gp}",
        ),
        (
            "{date} | <<INR 2.3>> | <<warfarin>> 5mg daily | next test 2 weeks | seen by {s1.first} ({s1.role})",
            "{date2} | <<an INR of 4.8>> | dose written as 7mg by {o1.short} (locum) - should have been omit x1 then 4mg",
            "Incident ref {ref}: yellow book not updated, {p.nick} took 7mg for <<3/7>>. {r.first} ({r.role}) rang {phone} worried about bruising.",
            "Reviewed by {d.title} on {date3}; switched to <<apixaban>> after discussion. Letter to {gp}.",
        ),
        (
            "Lives at {addr}; housebound, so INR is done by {o2.first} from the district nursing team on a Tuesday.",
            "Interaction: course of clarithromycin started by {o3.title} at the walk-in centre on {date2}, not flagged to the clinic.",
            "Contact for results: {mob} ({r.first}, {r.role}). Age at review: {age}.",
            "Point-of-care meter serial checked: <<batch 2>> strips, QC in range. Sample taken in <<Room 12>>.",
            "Dosing software alert overridden by {s2.short}, who was covering <<ext 2215>> that afternoon.",
            "Email to {semail} copied to the team inbox {team} with the ref {ref}.",
        ),
        (
            "Signed: {s1.full}, Anticoagulation Nurse Specialist, {date3}",
            "Entered by {s2.init} on {date3} - for discussion at the clinic governance meeting.",
        ),
        refs=("AC/26/####", "ACS-#####"),
        old=True,
    ),
    S(
        "lithium_recall_letter", "letter",
        "shared-care letter after lithium levels were not recalled",
        (
            "{trust}\nCommunity Mental Health Team\nOur reference: {ref}\n\n{date}\n\n{p.tfull}\n{addr}\n\nDear {p.title},",
            "{gp}\nOur reference: {ref}    NHS number: {nhs}\n\n{date}\n\nPrivate and confidential\n{p.tfull}\n{addr}\n\nDear {p.first},",
        ),
        (
            "I am writing because your <<lithium carbonate>> (<<Priadel>>) blood tests were due every three months and the last one we have is from {date2}.",
            "Our recall list did not pick you up when you moved from {o1.title}'s list to ours, and nobody rang you. I am sorry; we have recorded this under reference {ref}.",
            "Your last result showed a <<lithium level 1.3 mmol/L>> and an <<eGFR 38>>, which is why {d.title} would like to see you before the next prescription is issued.",
            "Please book a blood test at {hospital} (phlebotomy, no appointment needed) or ring {phone} to arrange one at the surgery with {s2.first}.",
        ),
        (
            "If you feel sick, shaky or muddled, stop the tablets and call 111 or your care coordinator, {s1.full}, on {mob}.",
            "Your {r.role} {r.first} told {s1.first} on the phone that you had been unwell with diarrhoea in {town}; please mention this when you come.",
            "We have written to the pharmacy at {prov} so that they do not issue more than 28 days at a time for now.",
            "A copy goes to {o2.tfull}, consultant psychiatrist, and to {o3.title} at the crisis team on {ward} for information.",
            "If you would rather talk to someone else, the practice manager {o4.full} can be reached at {team}.",
            "The date of birth we hold is {dob}; if this is wrong please let us know.",
        ),
        (
            "Yours sincerely\n\n{d.tfull}\nGP partner\n\ncc {s1.full}, CMHT; {r.full} ({r.role}, with consent)",
            "With best wishes\n\n{s1.full}\nCare Coordinator, {trust}\nDirect line {phone}",
        ),
        refs=("CMHT/L/####", "SE-26-###"),
        provider=("{locality} Pharmacy", "{street} Chemists"),
    ),
    S(
        "stoma_nurse_home_visit", "prose",
        "stoma nurse home visit, wrong appliance delivered",
        (
            "Stoma care home visit - {p.full} ({hosp}), {date}. Visited at home at {time}.",
            "Colorectal nurse specialist visit note, {date}. Patient: {p.tfull}, DOB {dob}.",
        ),
        (
            "Seen at {addr} following <<Hartmann's procedure>> at {hospital} on {date2}.",
            "{p.first} said the delivery from {prov} last week contained the wrong size of <<Coloplast SenSura>> and the flange had been cut by a neighbour, {o1.first}, to fit.",
            "Peristomal skin broken and sore; <<Orabase>> paste used, <<Stomahesive>> powder given. Output high (<<Bristol type 7>>), <<loperamide>> started after discussion with {d.title}.",
            "Rang {prov} on {phone} - order ref {ref} - they had picked the previous patient's prescription; {o2.full} in customer services apologised and will re-deliver.",
        ),
        (
            "{r.first}, her {r.role}, is present for most visits and keeps the supplies diary; contact {mob}.",
            "Incident logged for the dispensing appliance contractor; I have copied {o3.title}, their superintendent pharmacist, on {semail}.",
            "Reviewed the discharge letter from {ward}: no stoma template sent to {gp}, which is why the prescription went astray.",
            "Weight down from 58 to 54 kg; <<MUST 2>>, dietitian referral to {o4.short}.",
            "{p.first} ({age}) lives alone and asked that I do not mention the leak to her friend {o5.first}.",
            "Next visit arranged for {date3}; {s2.first} from the continence team will join.",
        ),
        (
            "{s1.full}, Stoma Care CNS, {trust}. Ext via switchboard {phone}.",
            "Plan agreed with {p.title}. {s1.init}",
        ),
        refs=("ORD-########", "SC-####"),
        provider=("Medilink Appliance Services", "{town} Stoma Direct Ltd", "Cavendish Homeline"),
        sex="F",
    ),
    S(
        "continence_product_order_log", "lines",
        "continence service order log, products sent to the wrong care home",
        (
            "CONTINENCE SERVICE - PRODUCT ORDER LOG\nClient: {p.caps} | NHS no {nhs} | DOB {dob}\nSupplier: {prov}",
            "Bladder & Bowel Service / order log\nName: {p.full}   Hosp No: {hosp}   {age}",
        ),
        (
            "{date}  Assessment by {s1.full} ({s1.role}) at {home}; 3-day bladder diary, <<TENA Flex>> Maxi, 3 per day.",
            "{date2}  Order {ref} placed by {s2.short}. Delivered to {home2} in error (same postcode district).",
            "{date3}  {p.first} without pads for <<48 hrs>>; skin reddened, <<Waterlow>> 18. Manager {o1.full} raised it with us on {phone}.",
            "Action: supplier contacted ({o2.first}, customer services); delivery address corrected to {addr}.",
        ),
        (
            "Note: {r.title} ({r.role}) had already bought products in {town} and wants to be reimbursed - contact {email}.",
            "GP {gp} informed; {d.title} to review for UTI (<<3/7>> of urgency).",
            "Quarterly review due; <<Movicol>> stopped by {o3.short} at last visit.",
            "Order history shows a second client with the surname {o4.last} at {home2}; the picker matched on surname only.",
            "Previous reference {ref2} (2024) closed without action.",
            "Resident moved from <<bed 22>> to a ground-floor room on {date2} after a fall.",
        ),
        (
            "Logged by {s2.init} {date3}. Copy to {team}.",
            "Reviewed {date3} - {s1.full}, Continence Lead.",
        ),
        refs=("CPO-######", "B&B/####"),
        provider=("Hartwell Continence Supplies Ltd", "Nexa Home Delivery", "{town} Healthcare Logistics"),
        old=True,
    ),
    S(
        "msk_physio_triage_letter", "letter",
        "MSK physiotherapy triage letter that missed red flags",
        (
            "{trust}\nMusculoskeletal Physiotherapy Service\n{hospital}\n\nOur reference: {ref}\nNHS No: {nhs}\n\n{date}\n\n{p.tfull}\n{addr}\n\nDear {p.title}",
            "Physiotherapy Department, {hospital}\nTel {phone}\n\n{date}\n\nRe: {p.full}, DOB {dob}, {addr}\n\nDear {d.title},",
        ),
        (
            "Thank you for the self-referral received on {date2}. From the form, your low back pain was triaged as routine, with a wait of about 14 weeks.",
            "On review of the form by {s1.full} on {date3} we noticed you had written that you had numbness 'down below' and trouble passing urine; this should have been treated as urgent.",
            "We tried to ring you on {mob} without success, so please go to the emergency department at {hospital2} today and show them this letter.",
            "We have logged the delay as an incident ({ref2}) and your GP at {gp} has been told.",
        ),
        (
            "The triage was done by {o1.full}, a <<Band 5>> physiotherapist on rotation, who has since had further training.",
            "If {r.first} is helping you, please call the department on {phone} and ask for {s2.first}.",
            "Please bring a list of your medicines; you mentioned <<propranolol>> and <<sertraline>>.",
            "We use the <<Ottawa ankle rules>> and similar tools for injuries, but back pain with bladder change always needs the same day assessment.",
            "An e-mail copy has been sent to {email} as you asked on the form.",
            "Your previous episode of care in {town} (2023, {o2.title}) was not linked to this referral.",
        ),
        (
            "Yours sincerely\n\n{s1.full}\nAdvanced Practice Physiotherapist\n\ncc {gp}",
            "Kind regards,\n\n{s1.full} MCSP\nClinical Lead, MSK Physiotherapy",
        ),
        refs=("MSK-#######", "PT/26/#####"),
    ),
    S(
        "pacing_clinic_check_record", "lines",
        "pacemaker clinic check, battery alert not acted on",
        (
            "CARDIAC PHYSIOLOGY - DEVICE CHECK\nPt: {p.caps}  DOB {dob}  Hosp {hosp}  NHS {nhs}\nDevice: DDD pacemaker, implanted {date2} at {hospital}",
            "Pacing clinic {date} | {p.full} | {hosp} | Ref GP {gp}",
        ),
        (
            "Remote transmission received {date}: ERI (elective replacement) alert. Flagged by {s1.short} (cardiac physiologist).",
            "Alert not actioned for 5 weeks; the generic inbox {team} was not monitored while {o1.full} was on leave.",
            "{p.nick} attended A&E at {hospital2} with dizziness on {date3}; <<Ward 14>> admission, box change next day by {d.title}.",
            "Incident {ref}. Duty of candour conversation with {p.title} and {r.first} ({r.role}) by {s2.full} on {date3}.",
        ),
        (
            "Contact: {r.role} {r.full}, {mob}.",
            "Patient {age} at time of check; MR conditional system, <<level 2>> programming.",
            "Lead check: RA 0.7V @ 0.4ms, RV 1.0V @ 0.4ms. Underlying rhythm CHB. <<GCS 14/15>> on arrival.",
            "Courier {o2.first} from {prov} collected the home monitor for swap.",
            "{o3.title} (consultant cardiologist) reviewed the log and wants all ERI alerts copied to {semail}.",
            "Next check {date3} + 6 weeks; wound review by {s2.first}.",
        ),
        (
            "Signed {s1.full}, Chief Cardiac Physiologist",
            "Entered {date3} {s1.init}",
        ),
        refs=("CP-######", "DEV/####"),
        provider=("Cardiomed Home Monitoring Ltd", "{town} Courier Co"),
        old=True,
    ),
    S(
        "site_capacity_report", "lines",
        "site manager's night capacity report naming a delayed patient",
        (
            "SITE REPORT - NIGHT\n{hospital} / {trust}\nSite manager: {s1.full}  Bleep 1601  {date}",
            "Capacity & flow - 03:00 position, {date}\nSite: {hospital}   Manager on call: {d.tfull}",
        ),
        (
            "ED: 41 in dept, 14 DTA, longest wait {p.caps} ({hosp}) {age}, in majors since 14:10 previous day, awaiting {ward}.",
            "{ward}: 1 bed closed (<<side room 4>>, D&V); {ward2}: 2 discharges delayed, TTOs with pharmacy.",
            "12-hour breach reported as {ref}; family ({r.title}, {r.role}) phoned twice, {mob} - spoke with {s2.first} at 02:15.",
            "Escalation: {o1.tfull} (director on call) informed at 03:20; <<OPAL 3>> declared.",
        ),
        (
            "Ambulance: 6 handovers over 60 min; {amb} HALO {o2.first} on site.",
            "Transfer to {hospital2} for stroke declined by {o3.title}; discussed with {d.title}.",
            "Mental health: 1 awaiting bed, {police} officers with patient in <<cubicle 8>>.",
            "Staffing: {ward} short 1 RN, bank shift filled by {o4.short}.",
            "Care home {home} will not accept back out of hours; {p.first} lives at {addr} so D2A pathway instead.",
            "<<NHS England>> SitRep submitted 08:00; <<the ICB>> on call aware.",
        ),
        (
            "Handed to day site team at 07:45 - {s1.init}",
            "Report compiled by {s1.full}, Clinical Site Manager, {date}",
        ),
        refs=("W######", "BR-#####"),
        old=True,
    ),
    S(
        "ng_tube_placement_check", "lines",
        "nasogastric tube placement record, feed started without a check",
        (
            "NASOGASTRIC TUBE PLACEMENT RECORD\nPatient {p.full}   Hosp No {hosp}   Ward {ward}\nDOB {dob}",
            "NG insertion & confirmation chart - {ward}, {hospital}\n{p.caps} | {hosp} | NHS {nhs}",
        ),
        (
            "{date} {time}: <<Ryles tube>> <<14 Fr>> inserted by {s1.full} ({s1.role}), external length 62 cm.",
            "Aspirate <<a pH of 6.5>> - not confirmed. Second aspirate not obtained. Chest X-ray requested.",
            "Feed (<<Ensure Plus>>) started at 21:00 by {o1.short} (agency) before the X-ray was reviewed; tube in right main bronchus on review by {d.title}.",
            "Feed stopped; patient desaturated, <<NEWS2 of 5>>. Reported as {ref}; never event review led by {s2.full}.",
        ),
        (
            "Next of kin: {r.full} ({r.role}), {mob}. Informed {date2} by {d.short}.",
            "Previous tube placed <<5/7>> ago with <<a pH of 5.5>>; pulled out by patient (delirium, <<the Mental Capacity Act>> assessment done).",
            "The X-ray was reported in PACS by {o2.title} at 22:40 but nobody was bleeped.",
            "Agency: {prov}; shift booked by {o3.first} in the staffing office.",
            "Bay {p.first} was in: <<bay 3>>. Matron {o4.last} informed the next morning.",
            "Patient {age}; transferred from {home} on {date2}.",
        ),
        (
            "Completed by {s2.full}, Ward Manager, {date3}",
            "Checked {date3} {s1.init} / {s2.init}",
        ),
        refs=("INC-######", "NE-26-###"),
        provider=("Primecare Nursing Agency", "{town} Nurse Bank Ltd"),
    ),
    S(
        "preop_assessment_clinic_note", "lines",
        "pre-operative assessment note, anticoagulant bridging missed",
        (
            "PRE-OPERATIVE ASSESSMENT\n{hospital}\nName: {p.full}  DOB: {dob}  MRN: {hosp}  NHS: {nhs}\nListed for: right TKR",
            "POA clinic {date} | {p.caps} | {hosp} | Surgeon: {d.title}",
        ),
        (
            "Seen by {s1.full} (POA nurse). PMH: AF, <<Hodgkin's lymphoma>> 1998, <<an ASA of 3>>, Mallampati not recorded.",
            "Anticoagulant: <<edoxaban>> - instruction to stop 48 h before surgery not written in the plan.",
            "Patient took it until the morning of surgery on {date2}; case cancelled in the anaesthetic room by {o1.title}. Incident {ref}.",
            "Telephone follow-up by {s2.short} to {mob}: {p.first} upset, had arranged for {r.first} ({r.role}) to travel from {town}.",
        ),
        (
            "Address on PAS: {addr}.",
            "<<STOP-BANG 6>> - referred to sleep clinic; {o2.first} to book.",
            "Bloods: <<Hb 68 g/L>>, iron clinic at {hospital2} via {o3.short}.",
            "{age}; frailty score <<Rockwood 6>>, lives with {r.role}.",
            "Rebooked for {date3} on the list of {d.tfull}; <<theatre 6>>.",
            "Email sent to POA inbox {team}.",
        ),
        (
            "Signed {s1.full} RN, {date}",
            "Reviewed by {o4.tfull}, consultant anaesthetist, {date3}",
        ),
        refs=("POA-#####", "IR1-######"),
    ),
    S(
        "sterile_services_tray_trace", "prose",
        "sterile services trace after a tray failed its wash",
        (
            "Decontamination incident report {ref}, {date}. Prepared by {s1.full}, Decontamination Lead, {trust}.",
            "Sterile Services Department - tray traceability investigation ({ref}).",
        ),
        (
            "On {date} the washer-disinfector failed its <<cycle 14>> validation and <<tray 9>> (major ortho set) was released before the failure was seen.",
            "Tracking shows the tray was used on {date2} at {hospital} for {p.tfull} (MRN {hosp}), operated on by {d.title}.",
            "{p.first} was contacted by {s2.full} on {phone}; a letter went to {addr} and a copy to {gp}.",
            "Risk was assessed as low with {o1.tfull} from infection prevention, using <<Spaulding>> categories; <<UKHSA>> advice taken.",
        ),
        (
            "The technician on shift, {o2.full}, had covered two lines because {o3.first} was off sick.",
            "A second tray from the same load went to {hospital2} and was quarantined unopened by {o4.short}.",
            "{p.title}'s {r.role}, {r.full}, asked for written answers, to be e-mailed at {email}.",
            "Age of the patient ({age}) and immune status were reviewed before the decision on screening.",
            "The engineer from {prov} attended on {date3} and replaced a dosing pump.",
            "The device was not faulty by design, so <<the MHRA>> was not notified.",
        ),
        (
            "Report closed at the decontamination group on {date3}. {s1.init}",
            "{s1.full}, for the Decontamination Group. Queries to {team}.",
        ),
        refs=("HSDU-####", "SSD/26/###"),
        provider=("Steritech Services Ltd", "Northfield Washer Engineering"),
    ),
    S(
        "veterans_mental_health_referral", "prose",
        "veterans' mental health referral lost between services",
        (
            "Referral to <<Op COURAGE>> - {date}. Veteran: {p.full}, DOB {dob}, NHS {nhs}.",
            "Veterans' mental health referral, {date}. Referrer {s1.full}, {gp}.",
        ),
        (
            "{p.first} served 12 years and left in 2019; he describes nightmares and anger, <<PCL-5>> 58, <<an AUDIT score of 28>>.",
            "The first referral, made on {date2} by {o1.title} at {gp}, was sent to a closed mailbox and never acknowledged.",
            "His {r.role} {r.first} rang the surgery on {mob} after he went missing overnight; {police} found him near {street}.",
            "Incident {ref} raised; re-referral made by e-mail to {team} and by phone on {phone}.",
        ),
        (
            "He lives at {addr} with {r.first} and two children.",
            "Service number was asked for and is held separately; <<the Armed Forces Covenant>> was explained.",
            "His former troop sergeant, {o2.full}, is a support worker with {prov}.",
            "Crisis plan agreed with {s2.full}; he does not want contact with {o3.title}.",
            "<<sertraline>> 50mg restarted; <<PHQ-9 of 21>>.",
            "{p.title} agreed to a follow-up (<<a TRIM score>> at one month) with the peer mentor, {o4.first}.",
        ),
        (
            "{s1.full}, GP, {gp}",
            "Dictated by {s1.short}; typed by {o5.first} {date3}.",
        ),
        refs=("VMH-#####", "SEA/####"),
        provider=("Forward Lines Veterans Charity", "Homefront {town}"),
        sex="M",
        relation="wife",
    ),
    S(
        "asylum_initial_health_assessment", "prose",
        "initial health assessment in contingency asylum accommodation",
        (
            "Initial health assessment - {date}. Client {p.full}, DOB {dob} (as given), Home Office ref held.",
            "IHA note, {location_hotel}, {date}. Seen: {p.caps}.",
        ),
        (
            "Seen with a telephone interpreter ({o1.first}, ID {ref2}) at {location_hotel}, run by {prov}.",
            "{p.first} arrived on {date2}; gave a history of <<Hb 68 g/L>> in the past and painful crises, likely sickle cell; no medication since leaving.",
            "Blood tests and TB screen booked at {hospital}; {d.title} asked for same-day review after he became breathless.",
            "The move to a dispersal address, {addr}, was made by {o2.full} of {prov} before the review, and the referral was lost (ref {ref}).",
        ),
        (
            "His cousin {r.full} lives in {town} and can be reached on {mob}.",
            "Registration at {gp} done by {s2.first} on {date3}; NHS number {nhs} issued.",
            "Safeguarding: says he is younger than the date of birth given; age dispute raised by {o3.title} at the council.",
            "Welfare officer {o4.first} on site at the hotel, desk phone {phone}.",
            "Vaccines: MMR and <<UKHSA>> schedule offered; declined until he has spoken to {o5.first}.",
            "The medical need was reported to <<the Home Office>> via the accommodation provider.",
        ),
        (
            "{s1.full}, Nurse Practitioner, Asylum Health Team",
            "{s1.full} ({s1.role}), {date3}. Email {semail}.",
        ),
        refs=("IHA-#####", "ASY/26/###"),
        provider=("Meridian Housing Solutions Ltd", "Clearwell Accommodation Services"),
        sex="M",
    ),
    S(
        "homecare_medicines_delivery_log", "lines",
        "homecare medicines delivery log, biologic left on a doorstep",
        (
            "HOMECARE DELIVERY EXCEPTION LOG - {prov}\nPatient: {p.caps}   Hosp ref {hosp}   Prescriber: {d.title}",
            "Homecare medicines - delivery record\n{p.full} | DOB {dob} | {addr}",
        ),
        (
            "{date}  Delivery {ref} (<<adalimumab>> 40mg x2, cold chain) scheduled 08:00-13:00.",
            "Driver {o1.first} left the box on the doorstep at 11:40; no answer on {mob}. Photo on handheld.",
            "{p.first} found it at 18:30 - outside cold chain for about 7 hours. Rang {phone} (pharmacy helpline), spoke with {o2.full}.",
            "{date2}  Replacement sent; incident reported to {trust} homecare team ({team}) by {s1.short}.",
        ),
        (
            "Patient notes: deliver to neighbour at No. 14 if out - {o3.first} - not followed.",
            "Rheumatology nurse {s1.full} informed; next injection delayed <<2/52>>, flare risk.",
            "Earlier delivery {ref2} went to {street} in error (same house number).",
            "Carer {r.first} ({r.role}) says {p.title} cannot lift the box; asked for delivery to {hospital} pharmacy instead.",
            "Medicine returned for destruction; <<batch 2>> noted.",
            "Hospital pharmacist {s2.full} reviewed on {date3}.",
        ),
        (
            "Closed {date3} by {s2.init}",
            "Logged by {o2.short}, Patient Services, {prov}",
        ),
        refs=("DEL-########", "HC/#######"),
        provider=("Calder Homecare Pharmacy Ltd", "Alderline Healthcare at Home"),
    ),
    S(
        "parenteral_nutrition_prescription", "lines",
        "parenteral nutrition prescription with a transcription error",
        (
            "PARENTERAL NUTRITION PRESCRIPTION\n{hospital} - Nutrition Support Team\nPatient {p.caps}  Hosp No {hosp}  Ward {ward}",
            "PN Rx / monitoring sheet | {p.full} | {hosp} | DOB {dob} | Wt 48kg",
        ),
        (
            "{date}: bag <<SMOFlipid>>-containing regimen, 1500 ml / 24h, <<Additrace>> and <<Vitlipid>> added; prescribed by {s1.full} (NST pharmacist).",
            "Potassium written as 80 mmol instead of 40 mmol on the ward copy by {o1.short}; bag compounded by {prov}.",
            "Error found by {s2.full} at the bedside check on {date2}; bag not hung. Incident {ref}.",
            "Refeeding risk high (<<BMI 16.4>>), <<Korsakoff's syndrome>> screen negative; bloods daily for <<72 hours>>.",
        ),
        (
            "Line: <<Hickman line>> placed {date2} by {d.title}; tip check on <<day 3>>.",
            "{p.first} is {age}; family contact {r.full}, {mob}.",
            "Compounder helpline {phone}; spoke to {o2.first} on the night shift.",
            "Consultant gastroenterologist {d.tfull} aware; <<the MHRA>> not notified (no product defect).",
            "Transferred from {ward2} to {ward} on {date3}.",
            "Copy of PN plan e-mailed to {semail}.",
        ),
        (
            "Checked and signed {s1.init} / {s2.init} {date3}",
            "NST review {date3} - {s1.full}",
        ),
        refs=("PN-######", "INC######"),
        provider=("Baxenden Compounding Ltd", "{town} Aseptic Services"),
    ),
    S(
        "sickle_cell_crisis_review", "prose",
        "review of delayed analgesia in a sickle cell crisis",
        (
            "Case review: delayed analgesia in sickle cell crisis. Patient {p.full} ({hosp}), ED attendance {date}.",
            "Haemoglobinopathy team review, {trust}, {date}. Re {p.tfull}, NHS {nhs}.",
        ),
        (
            "{p.first} arrived at {hospital} at {time} with a known care plan for painful crisis; the plan asks for strong analgesia within 30 minutes.",
            "First dose given after 2 hours 10 minutes; the triage nurse, {o1.full}, recorded that she 'seemed comfortable on her phone'.",
            "She was admitted to {ward} under {d.title}; <<HbS 42%>>, <<Hb 68 g/L>>, exchange transfusion on {date2}.",
            "Her partner {r.first} complained through PALS ({ref}); {s1.full} met them on {date3}.",
        ),
        (
            "She takes <<hydroxycarbamide>> and had used <<Oramorph>> and <<Entonox>> at home before calling {amb}.",
            "Her address {addr} is on the individual care plan, but the plan was not visible on the ED system.",
            "The specialist nurse, {s2.full}, was not bleeped; switchboard were given <<bleep 4410>> which is out of use.",
            "Similar delays in 2024 reviewed by {o2.title} (ref {ref2}).",
            "{p.title} can be contacted on {mob} or at {email}.",
            "The sickle cell society volunteer {o3.first} attended the meeting with her.",
        ),
        (
            "Report by {s1.full}, Haemoglobinopathy CNS, for the ED governance meeting.",
            "Reviewed by {d.tfull}, consultant haematologist. Actions to {team}.",
        ),
        refs=("PALS-#####", "HB/26/###"),
        sex="F",
    ),
    S(
        "cancer_mdt_outcome_form", "lines",
        "lung cancer MDT outcome form, outcome not sent to the patient",
        (
            "MDT OUTCOME - LUNG\nMeeting {date}   Chair {d.title}\nPatient: {p.caps}   NHS {nhs}   MRN {hosp}   DOB {dob}",
            "Lung MDT | {date} | {p.full} | {hosp} | Referred by {gp}",
        ),
        (
            "Radiology ({o1.title}): 3.1 cm RUL mass, mediastinal nodes; PET-CT {date2} avid.",
            "Outcome: EBUS to stage, CNS {s1.full} to inform patient within <<24 hours>>.",
            "Outcome not actioned - CNS on leave, tracker {o2.first} did not see it. <<62 days>> breached. Incident {ref}.",
            "{p.first} found out at a GP appointment with {o3.short} on {date3}; {r.role} {r.first} rang {phone} angry.",
        ),
        (
            "Performance status 1. Smoker. <<QRISK3>> not relevant.",
            "Patient {age}; lives at {addr}.",
            "Pathway: <<2WW>> from {gp}, first seen {date2}.",
            "Pathology ({o4.title}) to add PD-L1; samples from {hospital2}.",
            "Tracker note: e-mail {semail} bounced (mailbox full).",
            "Family contact {r.full}, {mob}.",
        ),
        (
            "Form completed by MDT coordinator {s2.full}, {date}",
            "Outcome verified {date3} {s2.init}",
        ),
        refs=("MDT-######", "CWT/####"),
    ),
    S(
        "two_week_wait_rejection_email", "letter",
        "email exchange after a suspected cancer referral was rejected",
        (
            "From: {semail}\nTo: {team}\nSent: {date} {time}\nSubject: Rejected <<2WW>> referral - {p.full} - UBRN {ref}\n\nDear colleagues,",
            "Subject: RE: <<2WW>> {ref} {p.upper}\nFrom: {o1.full} <{semail}>\nDate: {date}\n\nDear {d.title},",
        ),
        (
            "I referred {p.full} (DOB {dob}, NHS {nhs}) on the suspected lower GI pathway on {date2} with rectal bleeding and a FIT of 180.",
            "The referral was returned as rejected because the FIT form was 'not attached', although it was on the e-RS record; nobody rang us or the patient.",
            "{p.first} rang the surgery on {date3} to ask why there had been no appointment; his {r.role} {r.first} has since called {phone} twice.",
            "Please could this be reviewed as an incident (our ref {ref2}) and the patient seen this week at {hospital}.",
        ),
        (
            "His address is {addr}, and the best number is {mob}.",
            "{o2.dr} in the booking team said rejections are checked by a <<Band 7>> nurse, {o3.full}, but this one seems to have been done automatically.",
            "I have copied our practice manager {o4.full} and the cancer lead at {gp}.",
            "He is anxious; his father had <<Barrett's oesophagus>> and died of bowel cancer in {town}.",
            "The <<2WW>> standard is being looked at by <<the Cancer Alliance>> across {trust}.",
            "If easier, call me on the practice bypass {phone2}.",
        ),
        (
            "Kind regards\n{s1.full}\nGP, {gp}",
            "Best wishes,\n{s1.short}\nSalaried GP\n{gp}\nTel {phone}",
        ),
        refs=("############", "TWW-######"),
        sex="M",
    ),
    S(
        "substance_misuse_keyworker_note", "prose",
        "drug and alcohol keyworker note, supervised dose given to the wrong client",
        (
            "Keyworker contact note, {prov}, {date}. Service user: {p.full} (DOB {dob}).",
            "Recovery service note - {date}. SU {p.caps}, client ref {ref2}.",
        ),
        (
            "{p.first} told me the pharmacy gave him another client's <<methadone>> dose on {date2}, 60 ml instead of his 35 ml.",
            "He felt very drowsy afterwards; his partner {r.first} used <<Prenoxad>> and called {amb}, who took him to {hospital}.",
            "I rang the pharmacy ({pharmacy}, {phone}) and spoke to {o1.full}, the pharmacist; their incident ref is {ref}.",
            "The other client, {o2.full}, has the same surname, also on our caseload, and the bottles were not checked against photo ID.",
        ),
        (
            "{p.title} lives at {addr} and has been stable for 8 months; <<a COWS of 12>> at last review.",
            "Prescriber {d.title} reviewed and kept the dose; <<the Misuse of Drugs Act>> record checked.",
            "He asked me not to tell his probation officer, {o3.full}, yet.",
            "Naloxone kit replaced; partner's number {mob}.",
            "Next appointment {date3} with {s2.first} (nurse prescriber).",
            "He is worried about his sister {o4.first} in {town}, who uses <<buprenorphine>>.",
        ),
        (
            "{s1.full}, Recovery Worker",
            "Note written by {s1.short}; shared with {team}.",
        ),
        refs=("PH-#####", "RS######"),
        provider=("Turning Tide Recovery Service", "{town} Recovery Partnership"),
        sex="M",
    ),
    S(
        "chc_checklist_summary", "lines",
        "NHS continuing healthcare checklist summary after a wrongly screened-out case",
        (
            "CONTINUING HEALTHCARE CHECKLIST - SUMMARY\nIndividual: {p.caps}   NHS: {nhs}   DOB: {dob}\nCurrent location: {home}",
            "CHC checklist outcome | {p.full} | {hosp} | {date}",
        ),
        (
            "Checklist completed {date} by {s1.full} ({s1.role}) on {ward}: screened out (2 x A, 3 x B).",
            "Family ({r.title}, {r.role}) not present or told, although the family hold Lasting Power of Attorney.",
            "On review, behaviour domain should be A (<<Korsakoff's syndrome>>, aggression to {o1.first} at {home}). Re-screen positive {date2}.",
            "Appeal received from {r.first} by e-mail ({email}); logged as {ref}.",
        ),
        (
            "Resident {age}; care home fees paid privately since {date3}.",
            "Previous address {addr}; house sale in progress.",
            "Assessor {o2.full} from the ICB CHC team to complete <<DST score>> within <<28 days>>.",
            "Social worker {o3.full}, {council}, tel {phone}.",
            "GP {gp}: {d.title} to provide records.",
            "Family had <<the National Framework>> explained by {s2.short}.",
        ),
        (
            "Summary prepared by {s2.full}, discharge coordinator, {date3}",
            "Reviewed {date3} - {s2.init}",
        ),
        refs=("CHC-######", "ICB/CHC/####"),
        old=True,
    ),
    S(
        "wheelchair_service_assessment", "prose",
        "wheelchair service assessment delayed, pressure ulcer from an old cushion",
        (
            "Wheelchair Service assessment, {date}. Client: {p.full}, DOB {dob}, NHS {nhs}.",
            "{prov} - seating assessment report for {p.tfull} ({ref2}), {date}.",
        ),
        (
            "Referral from {s2.full} (community OT) was received on {date2} and waited 19 weeks against an 18-week standard.",
            "{p.first} has been using a borrowed chair and a cushion from {o1.first}, a neighbour, and now has a grade 3 pressure ulcer, <<Waterlow>> 22.",
            "Assessed at home, {addr}, by {s1.full} (clinical scientist) and the technician {o2.full}.",
            "Urgent pressure-relieving cushion issued; incident {ref} raised with {trust}.",
        ),
        (
            "Contact: {r.role} {r.full}, {mob}; e-mail {email}.",
            "GP {gp} and the district nurses ({o3.short}) informed.",
            "{p.title} has <<Parkinson's disease>> and falls often; tilt-in-space considered.",
            "Phone enquiries were logged on {phone} but not escalated by {o4.first} in the admin team.",
            "Chair delivered {date3} by {prov}; <<Size 10>> footplates fitted.",
            "{p.first} is {age}; lives alone.",
        ),
        (
            "{s1.full}, Wheelchair Service",
            "Report {s1.init}, {date3}. Copies: GP, OT, patient.",
        ),
        refs=("WCS-#####", "WS/26/####"),
        provider=("{town} Wheelchair Service", "Mobility Plus Services Ltd"),
        old=True,
    ),
    S(
        "equipment_store_delivery_log", "lines",
        "community equipment store log, hospital bed delivered to the wrong house",
        (
            "COMMUNITY EQUIPMENT SERVICE - JOB LOG\nProvider: {prov}\nClient: {p.caps}  {age}  NHS {nhs}",
            "Equipment loan store | Job {ref} | {p.full} | Prescriber {s1.full}",
        ),
        (
            "{date}  Order: profiling bed + air mattress (high risk), urgent (same day), for discharge from {ward}.",
            "{date}  Delivered 16:20 to {wrongaddr} - wrong house number; driver {o1.first} did not check name.",
            "{date2}  Family ({r.full}) rang {phone}; patient slept in chair overnight. Correct address {addr}.",
            "{date2}  Re-delivered 11:00 by {o2.short}; installation checked by {s2.first} (DN).",
        ),
        (
            "Prescriber: {s1.full} ({s1.role}), {trust}.",
            "Household at wrong address ({o3.title}) refused to hand over equipment until police attended ({police}).",
            "Mattress pump fault on first install - replaced, <<Pod B>> stock.",
            "Call {mob} before delivery ({r.role} {r.first}).",
            "Previous job {ref2} closed; commode collected.",
            "Discharge letter from {hospital} says <<Garden IV>> fracture, fixed {date3}.",
        ),
        (
            "Job closed {date3} {s2.init}",
            "Logged: {o4.full}, Customer Services, {prov}",
        ),
        refs=("J########", "CES-#####"),
        provider=("{town} Community Equipment Service", "Abilia Equipment Ltd"),
        old=True,
    ),
    S(
        "mri_safety_screening_form", "lines",
        "MRI safety screening form, implant not declared",
        (
            "MRI SAFETY QUESTIONNAIRE\n{hospital} Radiology\nName: {p.upper}  DOB: {dob}  RIS no: {hosp}",
            "MR screening record - {date}\n{p.caps} | {hosp} | Referrer {d.title}",
        ),
        (
            "Q1 Pacemaker/ICD? NO (ticked by patient). Q7 Any implants? blank.",
            "Screened by {s1.full} (radiographer) at {time}; form countersigned by {o1.short}.",
            "In scanner room patient reported warmth over chest; scan stopped. Loop recorder found on topogram. Incident {ref}.",
            "Spoke with {r.first} ({r.role}) on {mob}: device fitted at {hospital2} in 2024, card at home.",
        ),
        (
            "Address on RIS: {addr}.",
            "Patient {age}; hard of hearing, no interpreter, screening done at speed in <<Room 12>>.",
            "Physics (MR safety expert {o2.title}) reviewed; no harm. <<the MHRA>> not notified.",
            "Booking clerk {o3.first} had removed the 'implant' flag on {date2}.",
            "MR conditional status confirmed by {prov} technical line {phone}.",
            "Rescan booked for {date3} with cardiology ({o4.title}) present.",
        ),
        (
            "Form scanned to record by {s2.short} {date}",
            "MRSO review {date3} - {s2.full}",
        ),
        refs=("RAD-#####", "DTX-#######"),
        provider=("Veltrex Medical technical support", "the device company"),
    ),
    S(
        "sleep_clinic_dvla_letter", "letter",
        "sleep clinic letter about driving after a delay in CPAP",
        (
            "Respiratory Sleep Service\n{hospital}\n\nOur reference: {ref}   NHS No {nhs}\n\n{date}\n\nPrivate\n{p.tfull}\n{addr}\n\nDear {p.title},",
            "{trust}\nSleep Clinic\nTel {phone}\n\n{date}\n\n{o1.dr}\n{gp}\n\nDear {o1.dr},\n\nRe: {p.full}, DOB {dob}, {addr}",
        ),
        (
            "I saw {p.first} on {date2}. He has <<an ESS of 17>> and <<AHI 41>>, which confirm severe obstructive sleep apnoea.",
            "He drives an HGV and holds a <<Group 2 licence>>; I advised him not to drive until treated and to tell <<the DVLA>>.",
            "His CPAP machine was due on {date3} but was not sent because the order to {prov} was made under another patient's number; I apologise for this (incident {ref2}).",
            "The machine will now be delivered to his home; {s1.full} from our team will ring him on {mob} to set it up.",
        ),
        (
            "His {r.role} {r.first} tells me he fell asleep at the wheel on the M1 near {town} last month.",
            "<<Epworth Sleepiness Scale>> and oximetry were done by {s2.full}, sleep physiologist.",
            "He is also under {o2.title} for <<Cushing's syndrome>>, which may be relevant.",
            "He asked that letters also go to {email}.",
            "If you have questions, the team mailbox is {team}.",
            "His employer's occupational health adviser, {o3.full}, has asked for a report; I will only send one with his consent.",
        ),
        (
            "Yours sincerely\n\n{d.tfull}\nConsultant Respiratory Physician\n\ncc {p.tfull}",
            "Yours sincerely,\n\n{d.full}\nSleep Medicine\n\nDictated {date}, typed by {o4.init}",
        ),
        refs=("SLP/######", "RS-26-####"),
        provider=("Resmed Homecare Services", "Airflow Home Therapy Ltd"),
        sex="M",
        relation="wife",
    ),
    S(
        "virtual_fracture_clinic_review", "lines",
        "virtual fracture clinic review list, scaphoid fracture missed",
        (
            "VIRTUAL FRACTURE CLINIC - {date}\nConsultant: {d.title}   Coordinator: {s2.full}\n--",
            "VFC list {date} | {hospital} | reviewed by {d.tfull}",
        ),
        (
            "1. {p.caps} | {hosp} | DOB {dob} | FOOSH, ED dx sprain. X-ray: no fracture seen. Outcome: discharge, leaflet.",
            "Re-attended {date2} at {hospital2}: undisplaced scaphoid waist fracture on MRI. <<Colles' fracture>> query on first film not mentioned.",
            "Incident {ref}. Called {p.first} on {mob}; {o1.title} (ED) aware. Cast applied <<6 weeks>>.",
            "2. {o2.caps} | <<Weber B>> ankle, boot, <<Ottawa ankle rules>> followed. 3. {o3.caps} | <<Salter-Harris>> II, review in clinic.",
        ),
        (
            "Contact for {p.first}: {r.full} ({r.role}), {mob}.",
            "Address {addr}; works as a plasterer, off work <<3/12>>.",
            "ED clinician {o4.full} to be given feedback by {s1.full}.",
            "Radiology report by {o5.title} added on {date3}.",
            "Patient {age} at injury.",
            "Letter to {gp}.",
        ),
        (
            "List closed {date} {s2.init}",
            "Actions {date3}: {s1.full}, fracture clinic nurse",
        ),
        refs=("VFC-######", "IR-#####"),
    ),
    S(
        "tongue_tie_clinic_note", "prose",
        "infant feeding clinic note, tongue-tie referral lost",
        (
            "Infant feeding / tongue-tie clinic, {date}. Baby {p.full}, DOB {dob}, NHS {nhs}.",
            "Frenulotomy clinic note - {date}. Baby {p.caps}, mother {r.full}.",
        ),
        (
            "Referred by the community midwife {s2.full} on {date2} for feeding problems; <<Hazelbaker 8>> recorded. The referral sat in a shared inbox ({team}) for three weeks.",
            "{r.first} says {p.first} has lost weight and she was told by {o1.first} at the baby group to switch to formula.",
            "Frenulotomy done today by {s1.full} after consent; small bleed, settled with a feed.",
            "Delay logged as {ref}; {r.first} can be reached on {mob} and lives at {addr}.",
        ),
        (
            "Health visitor {o2.full} from {gp} will weigh {p.first} on {date3}.",
            "Dad ({o3.first}) attended and asked about a private clinic in {town}.",
            "Feeding assessment using the <<Hazelbaker tool>>; latch improved after procedure.",
            "No family history of <<Hirschsprung's disease>>; bowels normal.",
            "Discharge letter copied to {hospital} maternity and {email}.",
            "Mum's own GP, {o4.title}, prescribed <<sertraline>> last week.",
        ),
        (
            "{s1.full}, Infant Feeding Specialist",
            "{s1.short}, IBCLC, {date}",
        ),
        refs=("IF-#####", "MAT/26/###"),
        child=True,
        relation="mother",
    ),
)  # fmt: skip

SHARED = (
    "The family asked for a copy of this record, and {s2.full} sent one on {date3}.",
    "The case was discussed at the weekly safety huddle chaired by {o5.title}.",
    "No harm was recorded beyond distress, but learning was shared across {trust}.",
    "A duty of candour letter was sent on {date3}, signed by {d.full}.",
    "{r.first} asked that future calls go to {mob} rather than the landline.",
    "The patient's details were checked against the record (NHS {nhs}) before anything was sent.",
    "It was noted that <<the CQC>> had looked at similar concerns in 2024.",
    "A reflective account was written by {o4.short} for revalidation.",
    "The service has since changed its checklist so that two people confirm the name and date of birth.",
    "{p.first}'s {r.role} thanked the team for being open about what went wrong.",
    "Nobody involved thought the delay was caused by a single person; the system relied on memory.",
    "A locum, {o3.short}, had covered the previous week and left no handover.",
    "The team agreed to audit the next twenty cases, reporting to <<the ICB>> in <<6 weeks>>.",
    "A similar case in {town} was found by {o2.title} during the review.",
    "Switchboard records show calls to {phone} at {time} and again an hour later.",
    "The record had an alert for a {eponym} history, which was read correctly.",
    "{p.title} was reported to be {age} at the time.",
    "{p.first} had previously lived at {home} for respite.",
    "A second opinion came from {hospital2}.",
    "An interpreter was offered but not needed; {p.first} speaks good English.",
    "The family sent photographs through the trust's upload page, {url}, on {date3}.",
    "Information for {p.first} was put on the patient portal ({url}) the same day.",
)
SHARED_LINES = (
    "Datix/incident ref {ref2}",
    "Reviewed at team meeting {date3} - chaired by {o5.title}",
    "Family informed: yes ({r.first}, {mob})",
    "Harm level: low. Duty of candour: yes, letter {date3}",
    "Learning: two-person check of name + DOB + NHS no ({nhs})",
    "Escalated to <<the ICB>> quality team; no <<NHS England>> report needed",
    "Cross-ref: similar event at {hospital2} ({o2.title})",
    "Phone log: {phone} at {time}",
    "Other staff involved: {o3.short}, {o4.first}",
    "Note: {p.first} previously at {home} for respite",
    "Relevant history: {eponym}; {drug}",
    "Obs at time: {score}",
    "Location at time: {num}",
    "Follow-up: <<6 weeks>>",
    "Age recorded on system: {age}",
    "Record checked against GP summary ({gp})",
    "Copy to {team}",
    "Action owner: {s2.full}, due {date3}",
    "Patient address confirmed: {addr}",
    "Comment ({o1.first}): \"I didn't know the inbox wasn't being watched\"",
    "Link sent to family for photos: {url}",
)


def _shared(style: Style) -> tuple[str, ...]:
    return SHARED_LINES if style.register == "lines" else SHARED


def alternatives(*, with_top_ups: bool = False) -> int:
    total = sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
    return total + (len(SHARED) + len(SHARED_LINES) if with_top_ups else 0)


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------

_ONES = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def words(n: int) -> str:
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {words(rest)}" if rest else "")
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")


def date_forms(day: date, *, full: bool) -> list[tuple[str, int]]:
    month = MONTHS[day.month - 1]
    wd = WEEKDAYS[day.weekday()]
    forms = [
        (f"{ordinal(day.day)} {month} {day.year}", 10), (f"{day.day} {month} {day.year}", 10),
        (f"{day:%d/%m/%Y}", 14), (f"{day:%d/%m/%y}", 7), (f"{day.day}/{day.month}/{day.year}", 4),
        (f"{day.day}.{day.month}.{day:%y}", 2), (f"{day:%d.%m.%Y}", 3), (day.isoformat(), 3),
        (f"{day:%d-%m-%Y}", 2), (f"{day.day}-{month[:3]}-{day.year}", 2),
        (f"{day:%d}{month[:3].upper()}{day.year}", 2), (f"{day.day} {month[:3]} {day:%y}", 2),
        (f"{day.day} {month[:3].upper()} {day.year}", 2), (f"{wd} {day.day} {month} {day.year}", 2),
        (f"{month} {day.day}, {day.year}", 1), (f"{wd[:3]} {day:%d/%m/%Y}", 2),
    ]  # fmt: skip
    if not full:
        forms += [
            (f"{ordinal(day.day)} {month}", 8), (f"{day.day} {month}", 5),
            (f"the {ordinal(day.day)} of {month}", 3), (f"{wd[:3]} {ordinal(day.day)} {month[:3]}", 2),
            (f"{wd} the {ordinal(day.day)}", 2), (f"{wd[:3]} {day.day}/{day.month}", 2),
            (f"{day:%d/%m}", 3), (f"{ordinal(day.day)} {month[:3]}", 2),
        ]  # fmt: skip
    return forms


def _digits(rng: random.Random, pattern: str) -> str:
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(str(rng.randint(0, 9)))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


HOSPITAL_NUMBER_FORMS = ("@@######", "#######@", "H##/#####", "@#######", "0######")


def _mobile(rng: random.Random) -> str:
    body = f"7{rng.randint(300, 999)}{rng.randint(0, 999999):06d}"  # 10 digits after the 0
    local = "0" + body
    return rng.choice(
        [
            f"{local[:5]} {local[5:]}", local, f"{local[:5]} {local[5:8]} {local[8:]}",
            f"{local[:5]}-{local[5:]}", f"+44 {body[:4]} {body[4:]}", f"+44 (0){body[:4]} {body[4:]}",
            f"+44{body}", f"{local[:5]} {local[5:]}",
        ]
    )  # fmt: skip


def _landline(rng: random.Random, code: str, *, ext: bool) -> str:
    rest = 11 - len(code)
    local = f"{rng.randint(2, 9)}{rng.randint(0, 10 ** (rest - 1) - 1):0{rest - 1}d}"
    if rest == 8:
        parts = f"{local[:4]} {local[4:]}"
    elif rest == 7:
        parts = f"{local[:3]} {local[3:]}"
    else:
        parts = rng.choice([local, f"{local[:3]} {local[3:]}"])
    number = rng.choice(
        [
            f"{code} {parts}", f"({code}) {parts}", f"{code}-{parts.replace(' ', '-')}",
            f"+44 (0){code[1:]} {parts}", f"+44 {code[1:]} {parts}",
        ]
    )  # fmt: skip
    if ext and rng.random() < 0.3:
        number += rng.choice([f" ext {rng.randint(1000, 9999)}", f" x{rng.randint(1000, 9999)}"])
    return number


def _fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower())


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------


@dataclass
class P:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool = False
    honorific: str = "Mr"
    role: str = ""

    def full_title(self) -> str:
        return f"{self.honorific} {self.first} {self.last}"

    @property
    def parts(self) -> set[str]:
        return {_fold(x) for x in re.split(r"[\s-]+", f"{self.first} {self.last}") if x}


def _own_person(rng: random.Random, listed: frozenset[str]) -> P:
    sex = rng.choice("FM")
    first = rng.choice(FIRST_F if sex == "F" else FIRST_M)
    last = rng.choice(SURNAMES)
    parts = [x for x in re.split(r"[\s-]+", f"{first} {last}") if x]
    names = "listed" if all(x.casefold() in listed for x in parts) else "unlisted"
    return P(first, last, sex, names)


def _person(rng: random.Random, taken: set[str], sex: str = "") -> P:
    listed = listed_names()
    while True:
        if rng.random() < 0.55:
            other = _new_person(rng)
            person = P(other.first, other.last, other.sex, other.names)
        else:
            person = _own_person(rng, listed)
        if sex and person.sex != sex:
            continue
        if person.parts and not (person.parts & taken) and all(person.parts):
            taken |= person.parts
            return person


NURSE_ROLES = ("Staff Nurse", "Sister", "Charge Nurse", "RN", "CNS", "Senior Nurse")
OTHER_ROLES = ("HCA", "pharmacist", "technician", "physio", "OT", "coordinator")
RELATION = {"F": ("daughter", "wife", "sister", "niece", "mother", "partner"),
            "M": ("son", "husband", "brother", "nephew", "father", "partner")}  # fmt: skip


# ---------------------------------------------------------------------------------------------
# One case
# ---------------------------------------------------------------------------------------------


@dataclass
class Case:
    rng: random.Random
    style: Style
    record: bool
    people: dict[str, P] = field(default_factory=dict)
    cache: dict[str, object] = field(default_factory=dict)
    in_header: bool = False  # an address block in a letter's heading is written over lines

    def __post_init__(self) -> None:
        rng = self.rng
        self.town, self.area, self.code = rng.choice(TOWNS)
        taken: set[str] = set()
        relation = self.style.relation
        for key in ("p", "r", "s1", "s2", "d", "o1", "o2", "o3", "o4", "o5"):
            sex = self.style.sex if key == "p" else ""
            if key == "r" and relation:
                sex = "F" if relation in RELATION["F"] else "M"
            self.people[key] = _person(rng, taken, sex)
        p, r = self.people["p"], self.people["r"]
        dot = "." if rng.random() < 0.15 else ""
        if self.style.child:
            p.honorific = "Master" if p.sex == "M" else "Miss"
        else:
            p.honorific = "Mr" if p.sex == "M" else rng.choice(["Mrs", "Mrs", "Ms", "Miss"])
        p.honorific += dot
        for key, person in self.people.items():
            if key == "p":
                continue
            if key == "d" or (key.startswith("o") and rng.random() < 0.25):
                person.honorific = "Dr"
            else:
                person.honorific = "Mr" if person.sex == "M" else rng.choice(["Mrs", "Ms", "Miss"])
                if rng.random() < 0.1:
                    person.honorific += "."
        r.role = relation or rng.choice(RELATION[r.sex])
        self.people["s1"].role = rng.choice(NURSE_ROLES)
        self.people["s2"].role = rng.choice(OTHER_ROLES)
        self.day = date(2025, 1, 1) + timedelta(days=rng.randint(0, 640))
        self.day2 = self.day - timedelta(days=rng.randint(3, 60))
        self.day3 = self.day + timedelta(days=rng.randint(1, 40))
        if self.style.child:
            self.age = 0
            self.dob = self.day - timedelta(days=rng.randint(10, 70))
        else:
            chance = 0.55 if self.style.old else 0.15
            self.age = rng.randint(90, 104) if rng.random() < chance else rng.randint(19, 89)
            self.dob = self.day - timedelta(days=365 * self.age + rng.randint(10, 350))
        self.nhs = nhs_number(rng)
        self.hosp = _digits(rng, rng.choice(HOSPITAL_NUMBER_FORMS))
        flat = f"Flat {rng.randint(1, 24)}, " if rng.random() < 0.2 else ""
        self.house = f"{flat}{rng.randint(1, 180)} {rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
        self.locality = rng.choice(LOCALITIES)
        self.postcode = postcode(rng, self.area)
        if self.record:
            p.in_record = True
            names = [p.full_title() if rng.random() < 0.4 else f"{p.first} {p.last}"]
            if rng.random() < 0.7:
                r.in_record = True
                names.append(f"{r.first} {r.last}")
            for key in ("s1", "s2", "d"):
                if rng.random() < 0.3:
                    self.people[key].in_record = True
                    names.append(f"{self.people[key].first} {self.people[key].last}")
            self.known = {
                "names": names,
                "nhs_number": self.nhs if rng.random() < 0.8 else f"{self.nhs[:3]} {self.nhs[3:6]} {self.nhs[6:]}",
                "date_of_birth": self.dob.isoformat(),
                "hospital_number": self.hosp,
                "address": f"{self.house}, {self.locality}, {self.town}, {self.postcode}",
            }  # fmt: skip
        else:
            self.known = {}

    # -- slots ------------------------------------------------------------------------------

    def fixed(self, key: str, make) -> str:
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]  # type: ignore[return-value]

    def org(self, forms: tuple[str, ...], key: str) -> str:
        rng = self.rng

        def make() -> str:
            town2 = rng.choice(TOWNS)[0]
            return rng.choice(forms).format(
                town=self.town if rng.random() < 0.7 else town2,
                saint=rng.choice(SAINTS),
                locality=rng.choice(LOCALITIES),
                street=rng.choice(STREETS),
            )

        return self.fixed(key, make)

    def person(self, key: str, form: str) -> list:
        rng = self.rng
        person = self.people[key]
        meta = {"names": person.names, "in_record": person.in_record}
        if form == "role":
            return [(person.role, None, None)]
        if form == "dr":  # a GP written to as "Dr Surname": the person is a doctor here
            person.honorific = "Dr"
            form = "title"
        if form == "any":
            choices = ["full", "first", "title", "tfull", "short"]
            if key == "p":
                choices += ["caps", "upper", "nick"]
            form = rng.choice(choices)
        first, last = person.first, person.last
        if form == "nick":
            nicks = NICKNAMES.get(first)
            text = rng.choice(nicks) if nicks and rng.random() < 0.6 else first
        elif form == "first":
            text = first
        elif form == "last":
            text = last
        elif form == "full":
            text = f"{first} {last}"
        elif form == "title":
            text = f"{person.honorific} {last}"
        elif form == "tfull":
            text = f"{person.honorific} {first} {last}"
        elif form == "short":
            text = rng.choice([f"{first[0]}. {last}", f"{first[0]} {last}", f"{first} {last[0]}."])
            if text.endswith("."):
                text = f"{first[0]}. {last}"
        elif form == "init":
            letters = [x[0].upper() for x in re.split(r"[\s-]+", f"{first} {last}") if x]
            text = "".join(letters) if rng.random() < 0.7 else ".".join(letters) + "."
        elif form == "caps":
            text = f"{last.upper()}, {first}"
        elif form == "upper":
            text = f"{first} {last}".upper()
        elif form == "lower":
            text = f"{first} {last}".lower()
        else:  # pragma: no cover - a template error
            raise KeyError(form)
        if key == "p" and form in ("full", "first") and rng.random() < 0.06:
            text = text.lower()
        return [(text, "PERSON", meta)]

    def address(self) -> list:
        rng = self.rng
        pc = self.postcode
        pc = rng.choices(
            [pc, pc.replace(" ", ""), pc.replace(" ", "  "), pc.lower()], [8, 2, 1, 1]
        )[0]
        if self.in_header and self.style.register == "letter" and rng.random() < 0.8:
            return [
                (f"{self.house}\n{self.locality}\n{self.town}", "ADDRESS", None),
                ("\n", None, None),
                (pc, "POSTCODE", None),
            ]
        if rng.random() < 0.2:
            text = f"{self.house} {self.locality} {self.town}".upper().replace(",", "")
            return [(text, "ADDRESS", None), (" ", None, None), (pc.upper(), "POSTCODE", None)]
        sep = rng.choice([", ", " "])
        return [(f"{self.house}, {self.locality}, {self.town}", "ADDRESS", None), (sep, None, None), (pc, "POSTCODE", None)]  # fmt: skip

    def wrong_address(self) -> list:
        number = int(re.search(r"(\d+) ", self.house.split(", ")[-1]).group(1)) + 2
        street = self.house.split(", ")[-1].split(" ", 1)[1]
        return [(f"{number} {street}, {self.locality}, {self.town}", "ADDRESS", None)]

    def age_slot(self, value: int, gold: bool) -> list:
        rng = self.rng
        number = words(value) if rng.random() < 0.12 else str(value)
        if not number.isdigit():
            before, after = rng.choice([("aged ", ""), ("aged ", " years")])
        else:
            before, after = rng.choice(
                [("aged ", ""), ("", " years old"), ("", " yrs"), ("", "yo"), ("", " y/o"),
                 ("age ", ""), ("", "y"), ("aged ", "")]
            )  # fmt: skip
        label = "AGE" if gold else "NEG"
        return [(before, None, None), (number, label, None), (after, None, None)]

    def email(self, key: str) -> str:
        person = self.people[key]
        rng = self.rng
        first, last = _fold(person.first), _fold(person.last)
        if key in ("s1", "s2", "d", "o1"):
            return f"{first}.{last}{rng.choice(['', '', '1', '2'])}@nhs.net"
        return rng.choice(
            [f"{first}.{last}{rng.randint(1, 99)}@gmail.com", f"{first[0]}{last}@hotmail.co.uk",
             f"{last}.{first}@btinternet.com", f"{first}{rng.randint(50, 99)}@yahoo.co.uk",
             f"{first}_{last}@outlook.com"]
        )  # fmt: skip

    def slot(self, name: str, form: str | None) -> list:
        rng = self.rng
        if form is not None:
            return self.person(name, form)
        if name in ("date", "date2", "date3"):
            day = {"date": self.day, "date2": self.day2, "date3": self.day3}[name]
            forms = date_forms(day, full=False)
            return [(rng.choices([f for f, _ in forms], [w for _, w in forms])[0], "DATE", None)]
        if name == "dob":
            forms = date_forms(self.dob, full=True)
            return [(rng.choices([f for f, _ in forms], [w for _, w in forms])[0], "DATE", None)]
        if name == "age":
            if self.style.child:
                return [(f"{max(1, (self.day - self.dob).days // 7)} weeks old", None, None)]
            return self.age_slot(self.age, self.age > 89)
        if name == "nhs":
            n = self.nhs
            text = rng.choices(
                [n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"], [4, 5, 1]
            )[0]
            return [(text, "NHS_NUMBER", None)]
        if name == "hosp":
            return [(self.hosp, "HOSPITAL_NUMBER", None)]
        if name == "addr":
            return self.address()
        if name == "wrongaddr":
            return self.wrong_address()
        if name in ("ward", "ward2"):

            def make() -> str:
                ward = rng.choice(WARDS)
                return rng.choice(
                    [
                        f"{ward} Ward",
                        f"{ward} ward",
                        f"Ward {ward}",
                        f"{ward} Unit",
                        f"{ward} Suite",
                    ]
                )

            return [(self.fixed(name, make), "LOCATION", None)]
        if name in ("home", "home2"):
            return [(self.fixed(name, lambda: rng.choice(HOMES)), "LOCATION", None)]
        if name == "street":
            return [
                (
                    self.fixed(name, lambda: f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"),
                    "LOCATION",
                    None,
                )
            ]
        if name == "location_hotel":
            hotel = rng.choice(
                ["Crossways", "Parkgate", "Riverside Lodge", "Wheatsheaf", "Abbotsford"]
            )
            return [
                ("the ", None, None),
                (self.fixed(name, lambda: f"{hotel} Hotel"), "LOCATION", None),
            ]
        if name in ("hospital", "hospital2"):
            return [(self.org(HOSPITAL_FORMS, name), "ORGANISATION", None)]
        if name == "trust":
            return [(self.org(TRUST_FORMS, name), "ORGANISATION", None)]
        if name == "gp":
            return [(self.org(GP_FORMS, name), "ORGANISATION", None)]
        if name == "prov":
            forms = self.style.provider or ("{town} Health Services Ltd",)
            value = self.org(forms, name)
            return [(value, "ORGANISATION" if value[0].isupper() else None, None)]
        if name == "pharmacy":
            return [
                (
                    self.org(
                        ("{locality} Pharmacy", "{street} Pharmacy", "Boots {town} {street}"), name
                    ),
                    "ORGANISATION",
                    None,
                )
            ]
        if name == "council":
            return [
                (
                    self.fixed(
                        name,
                        lambda: (
                            f"{self.town} City Council"
                            if rng.random() < 0.5
                            else f"{self.town} Council"
                        ),
                    ),
                    "ORGANISATION",
                    None,
                )
            ]
        if name == "police":
            return [(self.fixed(name, lambda: rng.choice(POLICE)), "ORGANISATION", None)]
        if name == "amb":
            return [(self.fixed(name, lambda: rng.choice(AMBULANCE)), "ORGANISATION", None)]
        if name in ("ref", "ref2"):
            fmt = self.style.refs[0 if name == "ref" else -1]
            return [(self.fixed(name, lambda: _digits(rng, fmt)), "ID", None)]
        if name in ("phone", "phone2"):
            return [(self.fixed(name, lambda: _landline(rng, self.code, ext=True)), "PHONE", None)]
        if name == "mob":
            return [(self.fixed(name, lambda: _mobile(rng)), "PHONE", None)]
        if name == "email":
            return [(self.fixed(name, lambda: self.email("r")), "EMAIL", None)]
        if name == "semail":
            return [
                (
                    self.fixed(name, lambda: self.email(rng.choice(["s1", "s2", "d", "o1"]))),
                    "EMAIL",
                    None,
                )
            ]
        if name == "team":

            def make_team() -> str:
                team = re.sub(r"_.*", "", self.style.name)[:10]
                return f"{rng.choice(['', 'nhs.'])}{team}.{_fold(self.town)}{rng.choice(['', '-team', 'admin'])}@nhs.net"

            return [(self.fixed(name, make_team), "EMAIL", None)]
        if name == "url":
            slug = _fold(self.town)
            first = _fold(self.people["p"].first)
            forms = (
                f"https://www.{slug}hospitals.nhs.uk/upload?ref={_digits(rng, '######')}",
                f"https://portal.{slug}-nhs.uk/patient/{_digits(rng, '########')}",
                f"www.{slug}.nhs.uk/my-care/{first}-{_digits(rng, '####')}",
                f"https://nhs-{slug}.attenda.co.uk/c/{_digits(rng, '@@##@#')}",
            )
            return [(self.fixed(name, lambda: rng.choice(forms)), "URL", None)]
        if name == "town":
            return [(self.town, None, None)]
        if name == "time":
            h, m = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
            return [
                (
                    rng.choice([f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}", f"{h:02d}.{m:02d}"]),
                    None,
                    None,
                )
            ]
        if name in LOOKALIKES:
            return [(rng.choice(LOOKALIKES[name]), "NEG", None)]
        if name == "eponym" or name in ("score", "drug", "num"):
            kind = {"num": "number"}.get(name, name)
            return [(rng.choice(LOOKALIKES[kind]), "NEG", None)]
        raise KeyError(name)  # pragma: no cover - a template error


_TOKEN = re.compile(r"\{(\w+)(?:\.(\w+))?\}|<<(.+?)>>")
_EVERY = {term: kind for kind, terms in LOOKALIKES.items() for term in terms}


def _fill(case: Case, template: str) -> list:
    pieces: list = []
    at = 0
    for match in _TOKEN.finditer(template):
        if match.start() > at:
            pieces.append((template[at : match.start()], None, None))
        if match.group(3) is not None:
            term = match.group(3)
            if term not in _EVERY:  # pragma: no cover - a template error
                raise KeyError(term)
            pieces.append((term, "NEG", None))
        else:
            pieces.extend(case.slot(match.group(1), match.group(2)))
        at = match.end()
    if at < len(template):
        pieces.append((template[at:], None, None))
    return pieces


def _count(pieces: list) -> int:
    return len("".join(text for text, _, _ in pieces).split())


# ---------------------------------------------------------------------------------------------
# Examples
# ---------------------------------------------------------------------------------------------


def _build(rng: random.Random, number: int, style: Style) -> tuple[Example, list[tuple[int, int]]]:
    case = Case(rng, style, record=rng.random() >= NO_RECORD)
    target = max(225, min(390, round(rng.gauss(300, 40))))
    case.in_header = True
    header = _fill(case, rng.choice(style.headers))
    case.in_header = False
    ending = _fill(case, rng.choice(style.endings))
    body = [_fill(case, sentence) for sentence in style.core]
    total = _count(header) + _count(ending) + sum(_count(b) for b in body)
    pool = list(style.extras)
    rng.shuffle(pool)
    top_ups = list(_shared(style))
    rng.shuffle(top_ups)
    core = len(body)
    for index, sentence in enumerate(pool + top_ups):
        if total >= target:
            break
        pieces = _fill(case, sentence)
        if total + _count(pieces) > 410:
            continue
        if index < len(pool):  # the style's own sentences go among its core ones
            body.insert(rng.randint(1 if style.register == "lines" else 0, core), pieces)
            core += 1
        else:  # top-ups come after, as an addendum
            body.append(pieces)
        total += _count(pieces)
    joiner = "\n" if style.register == "lines" else " "
    sequence: list = list(header)
    sequence.append(("\n" if style.register != "prose" else "\n\n", None, None))
    for index, pieces in enumerate(body):
        if index:
            gap = joiner
            if style.register != "lines" and rng.random() < 0.3:
                gap = "\n\n"
            sequence.append((gap, None, None))
        sequence.extend(pieces)
    sequence.append(("\n\n" if style.register != "lines" else "\n", None, None))
    sequence.extend(ending)
    text_parts: list[str] = []
    gold: list[GoldSpan] = []
    negatives: list[tuple[int, int]] = []
    at = 0
    for text, label, meta in sequence:
        if label == "NEG":
            negatives.append((at, at + len(text)))
        elif label is not None:
            gold.append(GoldSpan(at, at + len(text), label, **(meta or {})))
        text_parts.append(text)
        at += len(text)
    example_ = Example(
        id=f"{PREFIX}-{number:06d}",
        text="".join(text_parts),
        known=case.known,
        gold=tuple(gold),
        kind=style.name,
    )
    return example_, negatives


def example(rng: random.Random, number: int) -> Example:
    return _build(rng, number, rng.choice(STYLES))[0]


def _deal(count: int, seed: int) -> Iterator[tuple[Example, list[tuple[int, int]]]]:
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _build(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    for example_, _ in _deal(count, seed):
        yield example_


def generate_with_negatives(
    count: int, seed: int = 1
) -> Iterator[tuple[Example, list[tuple[int, int]]]]:
    yield from _deal(count, seed)
