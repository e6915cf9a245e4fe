"""A tenth blind de-identification pack: 25 styles of UK health- and social-care writing that no
earlier pack has, written without reading the engine (see evaluation_blind10.md).

`generate(count, seed=1)` yields `Example`s (ids blind10-000001...) whose gold spans are exact,
sorted and non-overlapping; `generate_with_negatives` yields the same examples with the
`(start, end)` of every look-alike written in (eponyms, scores, drugs, law, numbers, durations,
national bodies and ages of 89 and under), which are never gold.
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
    Example,
    GoldSpan,
    _new_person,
    listed_names,
    nhs_number,
    ordinal,
    postcode,
)

__all__ = [
    "DIRECT_IDENTIFIERS",
    "LABELS",
    "LOOKALIKES",
    "NATIONAL",
    "NICKNAMES",
    "STYLES",
    "example",
    "generate",
    "generate_with_negatives",
]

PREFIX = "blind10"
LOW_WORDS = 200
HIGH_WORDS = 420
CAP_WORDS = 410

# Real towns, their postcode areas and dialling codes (facts); everything else is invented.
TOWNS = (
    ("Carlisle", "CA", "01228"), ("Kendal", "LA", "01539"), ("Preston", "PR", "01772"),
    ("Blackpool", "FY", "01253"), ("Bolton", "BL", "01204"), ("Wigan", "WN", "01942"),
    ("Huddersfield", "HD", "01484"), ("Halifax", "HX", "01422"), ("Doncaster", "DN", "01302"),
    ("Lincoln", "LN", "01522"), ("Norwich", "NR", "01603"), ("Ipswich", "IP", "01473"),
    ("Colchester", "CO", "01206"), ("Peterborough", "PE", "01733"),
    ("Northampton", "NN", "01604"), ("Shrewsbury", "SY", "01743"), ("Hereford", "HR", "01432"),
    ("Gloucester", "GL", "01452"), ("Swindon", "SN", "01793"), ("Truro", "TR", "01872"),
    ("Taunton", "TA", "01823"), ("Canterbury", "CT", "01227"), ("Cardiff", "CF", "029"),
    ("Swansea", "SA", "01792"), ("Belfast", "BT", "028"), ("Sunderland", "SR", "0191"),
    ("Leeds", "LS", "0113"), ("Sedbergh", "LA", "015396"),
)  # fmt: skip
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

LOCALITIES = (
    "Hollins Green", "Stanecroft", "Aldermoor", "Brackenfield", "Fellside", "Kingsmead",
    "Thornbury Vale", "Ashwick", "Marlpit", "Cold Norton", "Larkhill Park", "Westerhope Rise",
)  # fmt: skip
STREETS = (
    "Quarry", "Tannery", "Lapwing", "Orchard", "Beacon", "Cobbler's", "Wheatsheaf", "Malting",
    "Heron", "Foxglove", "Sandpiper", "Chantry", "Rope Walk", "Kiln", "Dovecote", "Bramble",
)  # fmt: skip
STREET_KINDS = ("Lane", "Close", "Road", "Street", "Way", "Crescent", "Gardens", "Mews", "Row")
WARDS = (
    "Kestrel Ward", "Ward Teifi", "Bluebell Unit", "Linnet Ward", "Saffron Suite",
    "Ward Wensum", "Rowan Ward", "Marigold Unit", "Avocet Ward", "Ward Eden",
)  # fmt: skip
HOMES = (
    "Larchwood House", "The Beeches", "Holmleigh Lodge", "Amberley Court", "Fernside Manor",
    "Willowbank House", "The Lindens", "Hartsholme Lodge",
)  # fmt: skip
HOSPITALS = (
    "Wyndham General Hospital", "St Aldhelm's Hospital", "Fellgate Community Hospital",
    "Royal Ashcombe Infirmary", "Marlowe District Hospital", "Queen Adela Hospital",
    "Sandford Park Hospital", "Harrowfield Hospital",
)  # fmt: skip
TRUSTS = (
    "Wyndham and Vale Hospitals NHS Foundation Trust", "Marlowe Community Healthcare NHS Trust",
    "Ashcombe University Hospitals NHS Trust", "Fellgate Partnership NHS Foundation Trust",
    "North Brackenshire Health and Care NHS Trust",
)  # fmt: skip
GPS = (
    "Tanners Lane Medical Practice", "Brookhollow Surgery", "The Kilnside Health Centre",
    "Old Forge Family Practice", "Castlegate Medical Group", "Heronsgate Surgery",
)  # fmt: skip
COUNCIL_FORMS = ("{town} City Council", "{town} Borough Council", "{town} Council")
SLUGS = ("wyndham", "marlowe", "ashcombe", "fellgate", "nbrack", "sandfordpark")

NICKNAMES = {
    "Margaret": ("Peggy", "Maggie"), "William": ("Bill", "Billy"), "Catherine": ("Kate", "Cathy"),
    "Richard": ("Dick", "Richie"), "Susan": ("Sue", "Susie"), "Patricia": ("Pat", "Trish"),
    "James": ("Jim", "Jimmy"), "Dorothy": ("Dot", "Dolly"), "Frederick": ("Fred", "Freddie"),
    "Alexander": ("Sandy", "Alex"), "Josephine": ("Jo", "Josie"), "Gerald": ("Gerry",),
    "Rebecca": ("Becky",), "Nicholas": ("Nick", "Nicky"), "Victoria": ("Vicky", "Tori"),
    "Christopher": ("Kit", "Chris"), "Eleanor": ("Nell", "Ellie"), "Henry": ("Harry", "Hal"),
}  # fmt: skip
WORD_NAMES = (
    "Rose", "Grace", "Dawn", "Amber", "Olive", "Violet", "Iris", "Honey", "Blessing",
    "Precious", "Gift", "Rowan", "Ash", "Sunny", "Reed", "Drew", "Bell", "Frost", "Winter",
    "Stone", "Field", "Day", "Cook",
)  # fmt: skip
FIRST_F = (
    "Siân", "Nia", "Rhiannon", "Angharad", "Eilidh", "Isla", "Niamh", "Sinéad", "Caoimhe",
    "Priyanka", "Deepa", "Lakshmi", "Gurpreet", "Jaswinder", "Nusrat", "Shabana", "Rahima",
    "Hodan", "Ayaan", "Wanjiru", "Njeri", "Tendai", "Rutendo", "Maricel", "Rowena",
    "Conceição", "Rūta", "Oksana", "Yulia", "Ka Yan", "Wing Sze", "Kerry-Ann", "Lacey-Mae",
    "Rose", "Grace", "Dawn", "Amber", "Olive", "Violet", "Iris", "Honey", "Blessing",
    "Precious", "Gift", "Margaret", "Catherine", "Susan", "Patricia", "Dorothy", "Josephine",
    "Rebecca", "Victoria", "Eleanor",
)  # fmt: skip
FIRST_M = (
    "Iestyn", "Gethin", "Dafydd", "Emrys", "Fraser", "Lachlan", "Hamish", "Oisín", "Pádraig",
    "Ruairí", "Rohan", "Arjun", "Sanjeev", "Farhan", "Shahid", "Abdirahman", "Otieno",
    "Kamau", "Tatenda", "Farai", "Jericho", "Rodel", "João", "Audrius", "Taras", "Chun Kit",
    "Jean-Luc", "Mohammed Ali", "Rowan", "Ash", "Sunny", "Reed", "Drew", "William",
    "Richard", "James", "Frederick", "Alexander", "Gerald", "Nicholas", "Christopher", "Henry",
)  # fmt: skip
SURNAMES = (
    "Hamilton-Lowe", "Bright-Ashford", "Mensah-Bonsu", "Carter-Nwosu", "Rhys-Tudor",
    "van der Merwe", "de Souza", "da Silva", "di Stefano", "von Ahlen", "ap Rhys", "Ó Briain",
    "Ní Dhonnchadha", "bin Yusof", "al-Hashimi", "O'Donoghue", "D'Arcy", "MacLeod",
    "McGuinness", "Okonkwo", "Adeyemi", "Osei", "Boateng", "Chikwanha", "Moyo", "Ncube",
    "Wanjiku", "Odhiambo", "Warsame", "Begum", "Uddin", "Chowdhury", "Sandhu", "Dhaliwal",
    "Nair", "Pillai", "Reyes", "Dela Cruz", "Petrauskas", "Kovalenko", "Leung", "Tsang",
    "Bell", "Cook", "Field", "Wood", "Stone", "Bird", "Frost", "Winter", "Day", "Wilson",
    "Addison", "Bright", "Kettle",
)  # fmt: skip

LOOKALIKES = {
    "eponym": (
        "Bell's palsy", "Parkinson's disease", "Wilson's disease", "Addison's disease", "Down's syndrome",
        "Asperger's", "Raynaud's", "Stemmer's sign", "Christmas disease", "von Willebrand disease",
        "Hoehn and Yahr", "Ménière's disease", "Charcot foot", "Barthel index", "Waterlow score",
        "Prader-Willi syndrome", "Guillain-Barré syndrome", "Sjögren's syndrome",
    ),
    "score": (
        "a PTA of 45 dB", "Fagerström score of 7", "CO reading of 18 ppm", "BMI 47.2",
        "HbA1c 71 mmol/mol", "an ABPI of 0.9", "AQ-10 of 8", "a RAADS-R of 112", "PEN-FAST 2",
        "a Borg of 14", "6MWT 210 m", "factor VIII level of 2%", "2.4 ATA", "CO of 4 ppm",
        "MUST 2", "a PHQ-9 of 16", "ASIA grade C",
    ),
    "drug": (
        "amoxicillin", "flucloxacillin", "clarithromycin", "varenicline", "nicotine patches",
        "semaglutide", "orlistat", "emicizumab", "Advate", "tranexamic acid", "baclofen",
        "oxybutynin", "Fresubin", "Ensure Plus", "Jevity", "typhoid vaccine", "Stamaril",
        "Malarone", "melatonin", "sertraline", "zinc-air size 312",
    ),
    "law": (
        "the Mental Capacity Act", "the Care Act 2014", "the Equality Act 2010",
        "Section 37", "a lasting power of attorney", "the Children Act 1989",
        "the NHS (Charges to Overseas Visitors) Regulations", "the Gender Recognition Act",
        "the Autism Act 2009", "Schedule 1",
    ),
    "number": (
        "bay 4", "bed 12", "side room 2", "chamber 1", "booth 3", "Band 6", "Ward 21",
        "room 7", "cubicle 5", "Level 3", "tier 3", "pod 2", "locker 14", "station 3",
    ),
    "duration": (
        "6/52", "2/52", "3/12", "5/7", "48 hrs", "12 weeks", "18 weeks", "72 hrs", "10/7",
        "40 sessions", "4/52",
    ),
    "national": (
        "the CQC", "NHS England", "UKHSA", "NICE", "the DWP", "the Home Office",
        "the Court of Protection", "the Office of the Public Guardian", "the DVLA",
        "the NMC", "the GMC", "the Blue Badge scheme", "NHS Blood and Transplant", "the ICB",
        "Motability", "the Royal National Institute for Deaf People",
    ),
}  # fmt: skip
NATIONAL = LOOKALIKES["national"]

RELATIONS = {
    "F": ("wife", "daughter", "sister", "mother", "niece", "partner"),
    "M": ("husband", "son", "brother", "father", "nephew", "partner"),
}
OLD_AGES = (90, 104)


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
    refs: tuple[str, str]  # "#" a digit, "@" a capital letter, anything else as written
    provider: tuple[str, ...]
    old: bool = False
    child: bool = False
    sex: str | None = None
    relation: str | None = None


S = Style
STYLES = (
    S(
        "hearing_aid_repair_ticket", "lines",
        "postal hearing aid repair, aid returned to the wrong patient (old)",
        (
            "HEARING AID REPAIR TICKET | {hospital} Audiology | ticket {ref}",
            "Audiology repairs desk - {trust} - job no. {ref} - logged {date}",
        ),
        (
            "Pt: {p.caps} | DOB {dob} | NHS {nhs} | Hosp no {hosp} | {age}",
            "{date} aid posted in by {r.full} ({rel}), tubing split, <<zinc-air size 312>> batteries sent with it",
            "{date} repaired aid posted out to {addr2} in error; belongs at {addr}",
            "{date} {rel} rang {phone}: pt without aid for <<2/52>>, missed <<a PTA of 45 dB>> retest. Spoke to {s1.short}",
        ),
        (
            "Courier {prov} collected 14:20, driver {o1.full}, signed for by {o2.lower} (neighbour)",
            "Repairs tech {s2.init} checked serial against {o3.caps}'s record, not the patient's",
            "Complaint via PALS, ref {ref}, handled by {o4.tfull}; callback on {mob}",
            "Booth: <<booth 3>> used for retest on {date}, seen by {s1.title}",
            "Resident at {home}; staff contact {o5.first} on {phone}",
            "{date} aid received back at {addr2}; {o2.full} rang desk to say it was not theirs",
            "{date} home visit by {s1.title}: domes blocked, new tubing fitted, pt \"can hear the telly again\"",
            "Pt notes: <<Ménière's disease>> L ear, hosp no {hosp}, GP {gp}",
        ),
        ("Closed {date} {s2.init} / escalated to {d.dr}",),
        ("HAR-######", "AUD/##/####"),
        ("Hearcare Dispatch Ltd", "Sonara Hearing Supplies", "ParcelSwift Medical"),
        old=True,
    ),
    S(
        "prosthetic_socket_fitting_note", "prose",
        "limb centre fitting note, socket cast taken from the wrong file",
        (
            "Limb Fitting Centre, {hospital}. Prosthetist's note, {date}. Case ref {ref}.",
            "{trust} - Prosthetics and Amputee Rehabilitation - clinic note {ref} ({date})",
        ),
        (
            "{p.tfull} ({age}, NHS {nhs}, hospital number {hosp}) attended with {r.first}, {p.first}'s {rel}, for the check socket after a transtibial amputation on {date}.",
            "The socket delivered by {prov} had been made from the cast of another amputee, {o1.tfull}, whose file had been pulled by mistake; the liner was the wrong size and the {rel} said \"{p.nick} could not walk to the end of {street} in it\".",
            "{s1.full}, the prosthetist, found skin breakdown over the fibula head and a positive <<Stemmer's sign>>, and stopped use for <<2/52>>; {d.dr} reviewed the stump the same afternoon.",
            "The family can be reached at {addr} or on {mob}; {r.first} asked that letters go to {email}.",
        ),
        (
            "The technician, {o2.full}, told me the casts are labelled by surname only and {o1.last} and {p.last} were on the same shelf.",
            "Physiotherapist {s2.short} will rebuild walking tolerance with the <<Barthel index>> repeated on {date}.",
            "A note was added on the portal at {url} so the GP at {gp} can see the plan.",
            "Driver {o3.full} from the patient transport contractor brought {p.first} in and waited in <<bay 4>>.",
            "{o4.full}, the centre manager, has opened an incident, INC ref {ref}, and rang {p.title} on {phone}.",
        ),
        ("{s1.upper}, Prosthetist ({semail})", "Signed {s1.init}, {date}"),
        ("LFC-#####", "PROS/##/###"),
        ("Ortholimb Components Ltd", "Castwell Prosthetic Labs"),
    ),
    S(
        "gender_identity_clinic_letter", "letter",
        "gender clinic letter after a deadname was printed on an appointment letter",
        (
            "{hospital}\nGender Identity Service\nOur ref: {ref}\n{date}\n\nPrivate and confidential\n{p.full}\n{addrb}\n\nDear {p.first},",
            "Gender Identity Clinic, {trust}\nRef {ref} | NHS No {nhs}\n{date}\n\n{p.tfull}\n{addrb}\n\nDear {p.title},",
        ),
        (
            "I am writing to apologise. The appointment letter we sent on {date} used the name on your old registration rather than {p.full}, and it was opened at home by another member of the household.",
            "You told our administrator, {s2.full}, on {phone} that this caused real distress, and that you had updated your details with {gp} on {date} under <<the Gender Recognition Act>> well before the letter went out.",
            "We found that the booking system at {hospital} still held hospital number {hosp} with the old name because the change made by the practice had not reached our records; {o1.full} in our records team has now corrected it and checked your date of birth, {dob}.",
            "Your next appointment with {d.dr} is on {date}; you can confirm it at {url} or by e-mail to {team}.",
        ),
        (
            "Our clinical nurse specialist, {s1.tfull}, has offered to speak with you and with {r.full}, whom you named as your support, on {mob}.",
            "Under <<the Equality Act 2010>> you are entitled to have records kept in your current name, and we have raised this with the waiting-list office, ref {ref}.",
            "The letter had been printed by our mailing contractor, {prov}, whose account manager, {o2.tfull}, has confirmed the batch of {date} has been destroyed.",
            "If you would rather be seen at our satellite clinic on {street} please tell {o3.first} on reception.",
        ),
        (
            "Yours sincerely,\n\n{d.tfull}\nConsultant, Gender Identity Service\ncc {gp}",
            "With best wishes,\n\n{s1.full}\nClinical Nurse Specialist\n{semail}",
        ),
        ("GIC/####/##", "GI-######"),
        ("Printwise Mailing Services", "DocuPost UK Ltd"),
    ),
    S(
        "forensic_camhs_consultation", "prose",
        "forensic CAMHS consultation to a secure children's home, risk history not shared (child)",
        (
            "Forensic CAMHS consultation record - {trust} - ref {ref} - {date}",
            "FCAMHS consultation, {hospital} outreach base, {date}. Ref {ref}.",
        ),
        (
            "Consultation requested by {o1.full}, deputy manager of the secure children's home where {p.full} ({age}, DOB {dob}, NHS {nhs}), is placed; the home's step-down unit is {home}.",
            "{p.first} was placed under a secure accommodation order on {date} and the risk history held by the previous CAMHS team at {hospital2} had not been shared, so the placement did not know about two ligature incidents.",
            "{s1.title}, clinical psychologist, met {p.first} with {r.tfull} ({rel}) present; {p.nick} described poor sleep and was taking <<melatonin>> prescribed by {gp}.",
            "Contact for the family is {mob} and the home address is {addr}; {r.first} asked for copies to {email}.",
        ),
        (
            "The placement manager, {o2.tfull}, agreed to 15-minute observations in <<room 7>> until {date}.",
            "{d.dr}, consultant, was told by phone on {phone}; a report under <<Section 37>> may follow.",
            "Social worker {o3.full} ({council}) holds the care order paperwork, ref {ref}.",
            "{p.first}'s previous school, via {o4.full}, reported self-harm on {date} that no-one passed on.",
            "The solicitor, {o5.tfull}, asked for the report on {p.title} by {date}.",
        ),
        ("Recorded by {s1.full}, {semail}", "{s1.init} / FCAMHS duty, ext 4471"),
        ("FC-#####", "SCH/##/####"),
        ("Brightpath Secure Children's Services",),
        child=True,
    ),
    S(
        "infection_lookback_patient_letter", "letter",
        "look-back letter after an endoscope failed its decontamination trace",
        (
            "{trust}\nInfection Prevention and Control\nLook-back ref: {ref}\n{date}\n\n{p.tfull}\n{addrb}\n\nDear {p.title},",
            "Our reference {ref}\nNHS number {nhs}\n{date}\n\n{p.caps}\n{addrb}\n\nDear {p.full},",
        ),
        (
            "You had a procedure at {hospital} on {date} (hospital number {hosp}). We have found that one of the instruments used that day was not traced through the washer correctly, and we are contacting everyone who may have been affected.",
            "The risk to you is very low. {d.tfull}, our consultant microbiologist, has advised that we offer a blood test for hepatitis B, hepatitis C and HIV, and this has been agreed with <<UKHSA>>.",
            "Please ring our helpline on {phone} or e-mail {team}; you can also book at {url}. If you are housebound, our nurse {s1.full} can visit you at home.",
            "We have written to your GP at {gp} and to {r.full}, whom you named as next of kin, at your request on {date}.",
        ),
        (
            "The decontamination contractor, {prov}, has been asked for its records, and the unit lead, {o1.tfull}, has suspended the washer.",
            "If you take <<tranexamic acid>> or other medicines, please keep taking them as before.",
            "Patients seen on the same list on {date} are being contacted by {s2.short} in the same way.",
            "If this letter has reached you in error, please tell {o2.first} on {mob}.",
        ),
        (
            "Yours sincerely,\n\n{d.full}\nDirector of Infection Prevention and Control",
            "Yours faithfully,\n\n{s1.tfull}\nLook-back coordinator ({semail})",
        ),
        ("LB-##-####", "IPC/LB/###"),
        ("Steriline Decon Services", "CleanScope Ltd"),
    ),
    S(
        "home_enteral_feeding_review", "prose",
        "home enteral feeding review, feed pump delivered to the old address",
        (
            "Home Enteral Feeding Team - dietetic review - {date} - ref {ref}",
            "HEF review. {trust}. Seen at home {date}, ref {ref}.",
        ),
        (
            "Reviewed {p.tfull} ({age}, NHS {nhs}) at {addr} with {r.full}, {p.first}'s {rel}, after three days without feed.",
            "The homecare company, {prov}, had delivered the pump and <<Jevity>> to the previous address, {addr2}, on {date}; the change of address sent by {s2.full} on {date} was never acted on.",
            "{p.first} had lost 2.4 kg and scored <<MUST 2>>; I restarted the regimen at 1,200 ml over 16 hours and left <<Ensure Plus>> as a stop-gap.",
            "{r.first} can be reached on {mob}; the gastrostomy nurse, {s1.tfull}, will visit on {date}.",
        ),
        (
            "The delivery driver, {o1.full}, left the boxes with a neighbour, {o2.lower}, who rang {phone}.",
            "The account manager at {prov}, {o3.tfull}, has confirmed ref {ref} and a credit note.",
            "{d.dr} at {gp} has been copied in; the PEG was placed at {hospital} on {date}.",
            "Our team mailbox is {team} and the delivery portal {url}.",
            "{p.nick} told me the pump had been on the old doorstep in <<48 hrs>> of rain.",
        ),
        ("{s2.upper}, Specialist Dietitian", "Dictated {s2.init}, typed by {o4.first} on {date}"),
        ("HEF-#####", "HCD-########"),
        ("Nutricare Homecare Ltd", "FeedLine Home Services"),
    ),
    S(
        "lymphoedema_clinic_record", "lines",
        "lymphoedema clinic record, compression garment ordered at the wrong size",
        (
            "LYMPHOEDEMA SERVICE - {hospital} - clinic record - {date} - ref {ref}",
            "Lymph clinic | {trust} | seen {date} | {ref}",
        ),
        (
            "Name: {p.upper}   DOB: {dob}   NHS: {nhs}   RXN: {hosp}",
            "{date}: L arm volume up 19% on last visit. <<Stemmer's sign>> positive. Garment from {prov} was class 2 not class 3 as ordered",
            "{date}: order form signed by {s1.short} showed correct measures; supplier keyed another pt's ({o1.caps}) order",
            "Pt lives at {addr}; dtr {r.full} drives her in, mob {mob}",
        ),
        (
            "MLD by {s2.title} in <<room 7>>, next {date}",
            "Supplier contact {o2.full}, {phone}, credit ref {ref}",
            "Cellulitis <<10/7>> ago, treated with <<flucloxacillin>> by {gp}",
            "Skin checked by {d.dr}; no <<Raynaud's>>",
            "Pt e-mail {email} for garment tracking at {url}",
            "{date}: reorder placed by {s2.short}, measures re-taken in <<room 7>>",
            "{date}: pt rang {mob}, arm tight, cannot fit sleeve; seen same wk",
            "Incident {ref} opened by {o3.tfull}; <<Band 6>> review",
        ),
        ("Entered by {s1.init} {date}", "{s2.lower} / lymph CNS"),
        ("LYM-#####", "CG-########"),
        ("Compressa Garments Ltd", "LymphWear Direct"),
        sex="F", relation="daughter",
    ),
    S(
        "spinal_injury_outreach_note", "prose",
        "spinal injuries outreach visit after a district hospital missed autonomic dysreflexia",
        (
            "Spinal Cord Injury Outreach - visit note - {date} - ref {ref}",
            "SCI outreach, {hospital}. Note of visit on {date}. Ref {ref}.",
        ),
        (
            "Visited {p.tfull} ({age}, {hosp}, NHS {nhs}), <<ASIA grade C>> since a fall on {date}, now on {ward} at {hospital2} after an admission with headache and a blood pressure of 210/110.",
            "Ward staff had not recognised autonomic dysreflexia; the catheter was blocked for about six hours before {s2.full}, the night nurse, changed it on {date}.",
            "{p.first} and {r.full} ({rel}) showed me the card from our unit, which the ward had not read; {p.nick} said, \"I told them twice.\"",
            "I have left teaching material with the ward manager, {o1.tfull}, and written to {d.dr}; the family's number is {mob}.",
        ),
        (
            "Home address for the community team: {addr}.",
            "Regular <<baclofen>> and <<oxybutynin>> were continued; bladder care plan by {s1.short}.",
            "Equipment from {prov} (contact {o2.full}, {phone}) is due at home on {date}.",
            "An incident has been logged, ref {ref}, and {o3.full} from the patient safety team is reviewing.",
            "{r.first} asked for the discharge summary by e-mail to {email}.",
        ),
        ("{s1.full}, SCI Outreach Nurse, {semail}", "SCI outreach {s1.init}"),
        ("SCI-#####", "OUT/##/###"),
        ("Mobility Systems Direct", "SeatRight Rehab Ltd"),
    ),
    S(
        "cardiac_rehab_class_register", "lines",
        "cardiac rehabilitation class register, chest pain in class not passed on",
        (
            "CARDIAC REHAB - PHASE III CLASS REGISTER - {hospital} - {date}",
            "Cardiac rehab class | {trust} | venue: {street} leisure centre | {date}",
        ),
        (
            "{p.caps} | {hosp} | NHS {nhs} | {age} | post-MI {date}",
            "Warm-up fine. At station 5 pt stopped, chest tightness, <<a Borg of 14>>; rested, sx settled 4 min",
            "Instructor {o1.full} logged it; not passed to {s1.tfull} (CR nurse) until {date}",
            "Pt readmitted {hospital2} {date} with NSTEMI; {rel} {r.full} rang {mob}",
        ),
        (
            "Also in class: {o2.first}, {o3.short}, {o4.lower} (no issues)",
            "<<6MWT 210 m>> at entry; <<40 sessions>> funded",
            "GTN not in class kit, checked by {s2.init}",
            "Leisure centre duty manager {o5.full} on {phone}",
            "Pt home {addr}; GP {gp}; letters to {email}",
            "{date} rehab nurse {s2.full} phoned pt {mob}, no answer; left msg",
            "{date} class cancelled, venue double-booked by {o3.full}",
            "MDT {date}: {d.dr}, {s1.short}, physio {o4.first}; referral ref {ref}",
        ),
        ("Register signed {s1.init} / {s2.init}", "Reviewed {d.dr} {date}"),
        ("CR-#####", "CRP/##/####"),
        ("ActiveHeart Leisure Trust",),
    ),
    S(
        "case_note_tracer_request", "lines",
        "medical records tracer log, notes sent to the wrong clinic",
        (
            "HEALTH RECORDS - TRACER REQUEST LOG - {hospital} - {date}",
            "Case note tracking | {trust} | request {ref}",
        ),
        (
            "Request {ref} | pt {p.caps} | {hosp} | DOB {dob} | NHS {nhs}",
            "{date} 09:10 requested by {s1.full} for {d.dr} clinic; last tracked to {ward}",
            "{date} 11:40 porter {o1.first} took vol 2 to the wrong clinic; vol 1 found in {o2.tfull}'s office",
            "{date} clinic ran without notes; pt {p.title} sent home, {rel} rang {phone}",
        ),
        (
            "Temp notes made by {s2.short}, merged {date}",
            "Scanning contractor {prov} holds vol 3, contact {o3.full}",
            "Address check at desk: {addr}",
            "Chased on {mob} by {o4.lower}",
            "Tracer scan failed at <<station 3>>, reported to {team}",
            "{date} vol 2 located in {ward} day room, returned by {o5.full}",
            "{date} complaint {ref} from {rel} {r.title}; reply by {s1.short}",
            "{date} notes audit: 3 unscanned letters from {gp} filed loose",
        ),
        ("Closed by {s1.init}", "Logged {s2.init} {date}"),
        ("TR-########", "HR/######"),
        ("ScanVault Records Management",),
    ),
    S(
        "court_of_protection_deputy_letter", "letter",
        "property and affairs deputy's letter after care fees were paid for the wrong resident (old)",
        (
            "{prov}\nDeputyship Team\nOur ref: {ref}\n{date}\n\n{o1.tfull}\nFinance Manager\n{home}\n\nDear {o1.title},",
            "Our reference {ref}\n{date}\n\nThe Manager\n{home}\n\nDear Sir or Madam,\n\nRe: {p.tfull}, DOB {dob}",
        ),
        (
            "We act as property and affairs deputy for {p.full} ({age}), appointed by <<the Court of Protection>> on {date}.",
            "Our payment of {date} for {p.title}'s fees was credited to another resident, {o2.full}, and your office then wrote to {p.first}'s {rel}, {r.tfull}, at {addr} threatening notice.",
            "This caused distress to {r.first}, who rang us on {mob}, and a fall of {p.nick}'s confidence; we ask that the account be corrected and that letters come to us, not to the family.",
            "Please confirm to {semail} or on {phone} by {date}, quoting NHS number {nhs} only where needed.",
        ),
        (
            "Our case officer, {s1.full}, visited on {date} and spoke with {o3.first}, the senior carer.",
            "We have informed <<the Office of the Public Guardian>> as our annual report requires.",
            "Decisions on care remain with the family under <<a lasting power of attorney>>; finance decisions are ours under <<the Mental Capacity Act>>.",
            "The council's social worker, {o4.full} at {council}, holds ref {ref}.",
        ),
        (
            "Yours faithfully,\n\n{s1.tfull}\nDeputy's representative",
            "Yours sincerely,\n\n{s2.full}\nSenior Case Officer, {prov}",
        ),
        ("COP-#######", "DEP/####/##"),
        ("Harland Whitby Solicitors LLP", "Fernleigh Deputyship Services"),
        old=True,
    ),
    S(
        "blue_badge_evidence_letter", "letter",
        "GP's letter supporting a Blue Badge appeal after the council lost the evidence (old)",
        (
            "{gp}\n{street}\n{date}\n\n{council}\nBlue Badge Team\nYour ref: {ref}\n\nDear Sir or Madam,\n\nRe: {p.tfull}, {addrb}",
            "{gp}\nOur ref {ref}\n{date}\n\nDear {o1.title},\n\n{p.upper}\nDOB {dob}\n{addrb}",
        ),
        (
            "I write in support of {p.title}'s appeal. The evidence we sent on {date} was not on file when the application was refused, and {r.full}, {p.first}'s {rel}, has been told to start again.",
            "{p.first} is {age} and has <<Parkinson's disease>> staged at <<Hoehn and Yahr>> 4, walks less than twenty metres with a frame, and fell at {street} on {date}.",
            "{p.nick} is seen by our practice nurse, {s1.full}, and by {d.dr} at {hospital}; the hospital number is {hosp}.",
            "The family can be reached on {mob} or {email}, and I am on {phone}.",
        ),
        (
            "Your officer, {o2.full}, told the family the scan had been attached to another applicant's file.",
            "This is not a request under <<the Blue Badge scheme>> guidance for hidden disabilities, which I understand is separate.",
            "A copy has gone to {o3.tfull}, the councillor for the ward, at the family's request.",
            "Our administrator {s2.first} can re-send the evidence through {url}.",
        ),
        ("Yours faithfully,\n\n{d.tfull}\nGeneral Practitioner",),
        ("BB/######", "APP-#######"),
        (),
        old=True,
    ),
    S(
        "haemophilia_home_treatment_log", "lines",
        "haemophilia home-treatment log, factor stock sent to the wrong patient",
        (
            "HAEMOPHILIA CENTRE - HOME TREATMENT RETURNS - {hospital} - {date}",
            "Comprehensive Care Centre | {trust} | home Rx log | {ref}",
        ),
        (
            "Pt {p.upper} | {hosp} | NHS {nhs} | <<Christmas disease>> moderate | {age}",
            "{date} bleed R knee, 2 doses; stock low. Delivery by {prov} due {date} not received",
            "{date} driver {o1.full} delivered to {addr2}; the box named {o2.caps}",
            "{date} {rel} {r.first} rang {mob}; {s1.title} arranged emergency issue from {hospital2}",
        ),
        (
            "<<factor VIII level of 2%>> not relevant, pt on FIX; <<Advate>> on label was wrong",
            "Home: {addr}; app logins via {url}",
            "Haem CNS {s2.short} informed; {d.dr} to review {date}",
            "Supplier QA {o3.tfull} {phone}, ref {ref}",
            "Pt reported <<von Willebrand disease>> in other sib; not in notes",
            "{date} infusion log app showed 2 doses {date} and {date}; batch nos match",
            "{date} physio {o4.full} saw knee; no target joint yet",
            "{date} courier depot {prov} rang {phone}; box recovered from {o2.first}",
        ),
        ("Logged {s1.init}", "{s2.lower} {date}"),
        ("HTC-######", "DLV-########"),
        ("Haemocare Homecare Ltd", "CoagDirect Logistics"),
        sex="M",
    ),
    S(
        "hyperbaric_oxygen_treatment_log", "lines",
        "hyperbaric unit dive log, ear barotrauma after a missed pre-dive check",
        (
            "HYPERBARIC MEDICINE UNIT - TREATMENT LOG - {hospital} - {date}",
            "HBOT dive log | {trust} | session {ref}",
        ),
        (
            "Pt: {p.caps} ({age}) | {hosp} | NHS {nhs} | indication: radiation cystitis",
            "{date} dive 14 of 30 in <<chamber 1>> at <<2.4 ATA>>; pre-dive ENT check not done",
            "Attendant {o1.full} noted ear pain on descent; table stopped; seen by {d.dr}",
            "{date} ENT at {hospital2}: grade 3 barotrauma; {rel} {r.full} told on {mob}",
        ),
        (
            "Tender team: {s1.short}, {o2.first}, {o3.lower}",
            "Taxi from {prov}, driver {o4.full}, collected from {addr}",
            "Dives suspended for <<2/52>>; resumes {date}",
            "Datix ref {ref}; lead {s2.tfull} on {phone}",
            "Pt e-mail {email} for schedule at {url}",
            "{date} dive 15 cancelled; pt rang {mob} to ask why",
            "Pre-dive checklist now signed by {s1.init} and {o2.init} before each dive",
            "{date} review by {d.dr}: grommets considered, ref to {hospital2}",
        ),
        ("Signed chamber operator {s1.init}", "Supervisor {s2.init} {date}"),
        ("HBO-####", "DV/##/#####"),
        ("Cabline Patient Taxis",),
    ),
    S(
        "cancer_benefits_adviser_note", "prose",
        "cancer centre welfare-rights adviser's note after a claim form was sent to the wrong person",
        (
            "Welfare rights advice - cancer information centre, {hospital} - {date} - case {ref}",
            "Benefits adviser note. {trust} cancer support. {date}. Case {ref}.",
        ),
        (
            "Saw {p.tfull} ({age}, NHS {nhs}) with {r.full} ({rel}); {p.first} has stage 4 bowel cancer and an SR1 form was needed for a fast-track claim to <<the DWP>>.",
            "The SR1 signed by {d.dr} on {date} was posted to {o1.tfull}, another patient of the same consultant, at {addr2}, who rang us on {phone}.",
            "{p.first} said, \"I've no money for the gas till this comes\"; I made a hardship referral to {council} and a grant application to {prov}.",
            "Address for the new form: {addr}; {r.first} prefers contact on {mob} or {email}.",
        ),
        (
            "The consultant's secretary, {s2.full}, has re-issued the form with hospital number {hosp}.",
            "{o2.first} from the charity's grants team rang back on {date}.",
            "The claim was backdated to {date} after I spoke to {o3.full}.",
            "I signposted {p.nick} to the carers' group run by {o4.full} on {street}.",
        ),
        ("{s1.full}, Welfare Rights Adviser, {semail}", "Adviser {s1.init}"),
        ("WRA-#####", "CIC/##/###"),
        ("Harbour Cancer Support Fund", "Brightwater Cancer Trust"),
    ),
    S(
        "carers_assessment_summary", "prose",
        "carer's assessment summary, respite lost after a wrong care-home booking",
        (
            "Carer's assessment summary ({council}) - {date} - ref {ref}",
            "Adult social care. Carer's assessment, {date}. Ref {ref}.",
        ),
        (
            "{r.tfull} is the main carer for {p.full} ({age}, DOB {dob}, NHS {nhs}), {r.first}'s {rel}, at {addr}.",
            "Respite at {home} was booked for {date}, but the booking was entered for another person, {o1.full}, and when they arrived the room had been given away.",
            "{r.first} said: \"I haven't slept a full night since {date}.\" {p.nick} has <<Asperger's>> features and later-life dementia and needs help at night.",
            "I spoke with the home's manager, {o2.tfull}, on {phone}; {r.first} can be reached on {mob}.",
        ),
        (
            "Eligible needs under <<the Care Act 2014>>; carer's budget agreed by {s2.full}.",
            "{d.dr} at {gp} supports a respite plan; hospital number at {hospital} is {hosp}.",
            "Sitting service through {prov}, coordinator {o3.full}.",
            "Copies to {email} and to the carers' centre at {url}.",
            "A neighbour, {o4.first}, helps on Sundays.",
        ),
        ("Assessor: {s1.full}, {semail}", "Assessed by {s1.init} on {date}"),
        ("CA-######", "ASC/##/#####"),
        ("Crossroads Sitting Partnership", "CarersFirst Support"),
    ),
    S(
        "direct_payments_audit_letter", "letter",
        "council direct-payments audit letter, PA wages paid to the wrong account",
        (
            "{council}\nDirect Payments Team\nOur ref: {ref}\n{date}\n\n{r.tfull}\n{addrb}\n\nDear {r.title},",
            "Our reference {ref}\nDate: {date}\n\n{r.caps}\n{addrb}\n\nDear {r.first},\n\nRe: direct payments for {p.full}",
        ),
        (
            "Our audit of the direct payment account for {p.full} ({age}) found that wages for {p.first}'s personal assistant, {o1.full}, were paid on {date} to another employer's account.",
            "This was our error: the payroll service, {prov}, had matched the payment by surname to {o2.tfull}; it has been reversed and the assistant paid in full.",
            "You asked on {date} that the service be reviewed; {s1.full} will visit on {date} and can be reached on {phone} or at {semail}.",
            "The support plan agreed under <<the Care Act 2014>> is unchanged.",
        ),
        (
            "If you have questions about the audit please contact {s2.short} quoting {ref} and NHS number {nhs}.",
            "The personal assistant may contact {o3.first} at the payroll service on {mob}.",
            "A copy has gone to {p.first}'s GP at {gp}, as you asked.",
            "Statements can be seen at {url}.",
        ),
        (
            "Yours sincerely,\n\n{s1.tfull}\nDirect Payments Officer",
            "Yours sincerely,\n\n{s2.full}\nTeam Manager, Direct Payments",
        ),
        ("DP/#####", "DPA-##-####"),
        ("Payrollcare Ltd", "Independent Living Payroll Services"),
    ),
    S(
        "shared_lives_placement_review", "prose",
        "Shared Lives placement review, medication not transferred on a short break",
        (
            "Shared Lives scheme - placement review - {date} - ref {ref}",
            "{prov} Shared Lives: review of arrangement {ref}, {date}",
        ),
        (
            "Review for {p.full} ({age}, NHS {nhs}), who lives with Shared Lives carer {o1.tfull} at {addr}; present were {p.first}, {o1.first}, {r.full} ({rel}) and me.",
            "On a short break with another carer, {o2.full}, from {date}, {p.first}'s <<sertraline>> was not sent and three doses were missed; the MAR was not updated.",
            "{p.nick} said, \"I felt funny and shaky at {o2.first}'s\"; {d.dr} at {gp} reviewed on {date}.",
            "Contact for {r.first} is {mob}; for the scheme, {phone} or {team}.",
        ),
        (
            "{p.first} has <<Down's syndrome>>; <<Prader-Willi syndrome>> was queried by {hospital} in childhood and ruled out.",
            "Support worker {s2.short} will run a medicines handover checklist from {date}.",
            "The scheme's registered manager, {o3.full}, has told <<the CQC>>.",
            "{p.first} goes to a day centre on {street} run by {o4.full}.",
            "The review form is on {url}.",
        ),
        ("Reviewed by {s1.full}, Shared Lives Officer", "{s1.upper}, {semail}"),
        ("SL-#####", "SLR/##/###"),
        ("Homeshare Lives Partnership", "Kindred Shared Lives"),
    ),
    S(
        "telecare_alarm_response_log", "lines",
        "telecare pendant alarm call log, responder sent to the wrong address (old)",
        (
            "TELECARE MONITORING CENTRE - CALL LOG - {prov} - {date}",
            "Lifeline alarm log | client {ref} | {council}",
        ),
        (
            "Client: {p.upper} ({age}) | {addr} | key safe yes",
            "{date} 02:14 pendant pressed, no speech; call-back to {phone} no answer",
            "02:19 responder {o1.full} sent to {addr2} from old record; nobody home",
            "02:58 {rel} {r.full} ({mob}) found client on floor; ambulance to {hospital}",
        ),
        (
            "Operator {s1.short}; supervisor {o2.first}",
            "Client NHS {nhs}, hosp no {hosp}",
            "Falls detector not fitted though assessed by {s2.full} on {date}",
            "Record fixed by {o3.lower} on {date}",
            "Nok e-mail {email}",
            "Client has <<Ménière's disease>>; dizzy episodes noted {date}",
            "{date} 09:30 hospital discharge planned; {o4.full} arranged falls detector",
            "{date} key safe code changed by {r.first}; new code not given to responders",
            "{date} call audit by {s2.short}; <<Level 3>> alert not escalated",
        ),
        ("Call closed {s1.init}", "Reviewed {o2.lower}"),
        ("TC-#######", "LL/####"),
        ("Careline Response Services", "SafeHands Telecare CIC"),
        old=True,
    ),
    S(
        "adult_autism_diagnostic_report", "letter",
        "adult autism diagnostic report, sent before the feedback session",
        (
            "Adult Autism Diagnostic Service\n{trust}\nRef {ref}\n{date}\n\nPrivate\n{p.full}\n{addrb}\n\nDear {p.first},",
            "Our reference {ref}\n{date}\n\n{p.tfull}\n{addrb}\nNHS No: {nhs}\n\nDear {p.title},",
        ),
        (
            "Thank you for meeting {s1.full} and me on {date}. You were screened with an <<AQ-10 of 8>> by {gp} and scored <<a RAADS-R of 112>>.",
            "I am sorry that this report was sent to you on {date}, before the feedback session we had agreed; {r.full}, who came with you, rang {phone} to tell us how upsetting that was.",
            "The letter was released early by our dictation service, {prov}, after {o1.full} marked it as approved; we have changed the process.",
            "Our conclusion is that you meet the criteria for autism. Please e-mail {team} or ring {mob} to book the feedback session, which {s2.tfull} will lead.",
        ),
        (
            "Your date of birth on our records is {dob} and your hospital number {hosp}.",
            "Rights at work under <<the Equality Act 2010>> and <<the Autism Act 2009>> are explained in the leaflet at {url}.",
            "Your {rel}, {r.first}, described your childhood, which helped greatly.",
            "We have not found signs of <<Asperger's>> as a separate diagnosis, which is no longer used.",
        ),
        (
            "Yours sincerely,\n\n{d.tfull}\nConsultant Clinical Psychologist\ncc {gp}",
            "With kind regards,\n\n{s2.full}\nSpecialist Speech and Language Therapist",
        ),
        ("AADS-#####", "ASD/##/###"),
        ("Dictalink Transcription Ltd",),
        relation="sister",
    ),
    S(
        "travel_health_clinic_record", "lines",
        "travel health clinic record, yellow fever certificate issued in the wrong name",
        (
            "TRAVEL HEALTH CLINIC - {hospital} - consultation {ref} - {date}",
            "Travel clinic | {gp} | pre-travel risk assessment | {date}",
        ),
        (
            "Traveller: {p.caps} | DOB {dob} | {age} | NHS {nhs}",
            "Trip: Ghana, depart {date}, 3 wks. <<Stamaril>> given L deltoid; <<typhoid vaccine>>; <<Malarone>> private Rx",
            "{date} ICVP issued in the name of {o1.full}, the previous traveller; pt found at airport",
            "{date} {rel} {r.full} e-mailed {email}; corrected certificate couriered by {prov} to {addr}",
        ),
        (
            "Nurse {s1.short}; checked by {s2.init}",
            "Contact {mob}; surgery {phone}",
            "Next traveller in list {o2.lower}, seen {date}",
            "Flight booked via agent {o3.full}",
            "Vaccine stock in <<locker 14>>, batch checked {date}",
            "{date} airline refused boarding; pt stayed at {o4.lower}'s, called {phone}",
            "{date} PGD signed by {s2.full}; fees taken by {o5.first}",
            "Pt address on system {addr}; hosp no {hosp} at {hospital}",
        ),
        ("Recorded {s1.init}", "Signed {d.dr}"),
        ("TRV-######", "YF/##/####"),
        ("ExpressMed Couriers",),
    ),
    S(
        "stop_smoking_service_log", "lines",
        "stop-smoking service contact log, pregnant client lost after a wrong mobile number",
        (
            "STOP SMOKING SERVICE - CONTACT LOG - {council} - client {ref}",
            "Smokefree service | {prov} | {date} | ref {ref}",
        ),
        (
            "Client: {p.lower} | DOB {dob} | NHS {nhs} | referred by midwife {s2.full}",
            "{date} wk 0: <<CO reading of 18 ppm>>, <<Fagerström score of 7>>; <<nicotine patches>> 25mg",
            "{date} wk 2: texts to {mob} unanswered; number was {o1.full}'s, not client's",
            "{date} traced via {gp}; correct no. {phone}; <<CO of 4 ppm>> at home visit to {addr}",
        ),
        (
            "Partner {r.first} also smokes; referred to advisor {o2.short}",
            "<<varenicline>> not offered in pregnancy",
            "Advisor {s1.title} on leave {date}, cover {o3.lower}",
            "Booking hosp no {hosp} at {hospital}",
            "Quit date {date}; follow-up <<4/52>>",
            "{date} home visit with {o4.full} (health visitor), CO checked at door",
            "{date} texts now to {mob}; pt replied \"thanks, 2 days no fags\"",
            "{date} incident {ref}: mobile keyed by {o5.lower} from old referral",
        ),
        ("Entered {s1.init}", "Closed by {s1.lower}"),
        ("SS-######", "SF/##/####"),
        ("Smokefree Futures CIC", "QuitWell Partnership"),
        sex="F", relation="partner",
    ),
    S(
        "tier3_weight_management_letter", "letter",
        "tier 3 weight management letter after a referral was closed for a missed call",
        (
            "{hospital}\nSpecialist Weight Management Service\nOur ref: {ref}\n{date}\n\n{d.tfull}\n{gp}\n\nDear {d.dr},\n\nRe: {p.tfull}, DOB {dob}, NHS {nhs}\n{addrb}",
            "Weight Management (<<tier 3>>), {trust}\nRef {ref}\n{date}\n\nDear {d.dr},\n\n{p.caps}, {hosp}\n{addrb}",
        ),
        (
            "Your patient was referred on {date} with a <<BMI 47.2>> and an <<HbA1c 71 mmol/mol>>, and was discharged from our list on {date} after one missed telephone call.",
            "The call was made to {phone}, an old number; the mobile on your referral, {mob}, was not used. {p.first}'s {rel}, {r.full}, complained through PALS.",
            "I have reinstated {p.title} at the original referral date. Our dietitian, {s1.full}, will see {p.first} on {date}, and {s2.short} will review <<semaglutide>> eligibility under <<NICE>> guidance.",
            "{p.first} has stopped <<orlistat>>. Please send updated bloods to {team}.",
        ),
        (
            "Our booking clerk, {o1.full}, has been asked to use every number on a referral before discharge.",
            "The patient can use the booking page at {url}.",
            "{p.first} works nights at {prov}, which the appointment times should allow for.",
            "{r.first} can be reached at {email}.",
        ),
        (
            "Yours sincerely,\n\n{s1.tfull}\nSpecialist Dietitian",
            "Kind regards,\n\n{o2.full}\nConsultant in Obesity Medicine",
        ),
        ("WM-######", "T3W/##/###"),
        ("Coldharbour Distribution Ltd", "Greystone Logistics"),
    ),
    S(
        "overseas_visitor_charging_letter", "letter",
        "overseas visitors office letter, invoice sent to a UK resident in error",
        (
            "{trust}\nOverseas Visitors Office\nInvoice ref: {ref}\n{date}\n\n{p.tfull}\n{addrb}\n\nDear {p.title},",
            "Our reference {ref}\n{date}\n\nPRIVATE\n{p.upper}\n{addrb}\n\nDear {p.full},",
        ),
        (
            "We wrote to you on {date} with an invoice for care at {hospital} under <<the NHS (Charges to Overseas Visitors) Regulations>>. That invoice was sent in error and has been cancelled.",
            "Our officer, {o1.full}, matched your hospital number, {hosp}, to the passport of another patient, {o2.tfull}; your NHS number {nhs} and residence were never in doubt.",
            "{r.full}, your {rel}, rang us on {date} on {phone}; we are sorry that you were told treatment would be withheld. It was not, and {d.dr} has confirmed that your care is unaffected.",
            "If a debt-collection letter from {prov} reaches you, please e-mail {team} or ring {mob}.",
        ),
        (
            "We have not shared your details with <<the Home Office>>.",
            "The lead for the office, {s1.tfull}, has reviewed the case with {s2.full}.",
            "Your date of birth, {dob}, has been checked against our records.",
            "A copy of this letter has gone to {gp}.",
        ),
        (
            "Yours sincerely,\n\n{s1.full}\nOverseas Visitors Manager",
            "Yours faithfully,\n\n{s2.tfull}\nHead of Patient Income",
        ),
        ("OVM-######", "INV-########"),
        ("Castleford Credit Management", "Northgate Recoveries Ltd"),
    ),
    S(
        "penicillin_allergy_delabelling_note", "prose",
        "penicillin allergy de-labelling note after the label was put back by another team",
        (
            "Antimicrobial pharmacy - penicillin allergy de-labelling - {date} - ref {ref}",
            "Allergy de-labelling clinic, {hospital}. {date}. Ref {ref}.",
        ),
        (
            "{p.tfull} ({age}, {hosp}, NHS {nhs}) was de-labelled on {date} after a negative oral challenge with <<amoxicillin>>, <<PEN-FAST 2>> at screening.",
            "On {date}, at {hospital2}, the label was put back from an old GP summary and {p.first} was given <<clarithromycin>> for cellulitis, which then interacted with a statin.",
            "{p.nick} told me: \"I showed them your letter and the nurse, {o1.first}, said the computer wins.\" {r.full} ({rel}) was with {p.first}.",
            "I have written to {gp} and to {d.dr}; contact for the patient is {mob} and the address {addr}.",
        ),
        (
            "The pharmacist on {ward}, {o2.full}, has flagged the record.",
            "Our team, {s1.short} and {s2.title}, run the clinic from <<side room 2>>.",
            "An alert card was posted by {prov}.",
            "A copy of the letter is on {url}; questions to {team}.",
            "The incident has ref {ref} and was reviewed by {o3.tfull}.",
        ),
        ("{s1.full}, Antimicrobial Pharmacist", "Clinic note by {s1.init}, {date}"),
        ("PAD-#####", "ABX/##/####"),
        ("CardPrint Medical Alerts",),
    ),
)  # fmt: skip

SHARED = (
    "The patient's details as held: {p.caps}, born {dob}, NHS number {nhs}, hospital number {hosp}, of {addr}.",
    "{r.full} asked to be the first contact and gave {mob} and the e-mail address {email}.",
    "A copy of these notes was sent to {gp} and to the ward team on {ward}.",
    "{o5.full}, from the patient experience team, rang the family on {date} and left {phone} as a direct line.",
    "The matter was discussed at the governance meeting on {date}, chaired by {o4.tfull}.",
    "{s2.full} noted that {p.first} had been seen at {hospital2} on {date} for something unrelated.",
    "The incident form, ref {ref}, was completed by {s1.short} and reviewed on {date}.",
    "The family were offered a meeting at {hospital} with {d.dr}, which they accepted for {date}.",
    "Letters for the family should go to {addr}; {r.first} does not want calls after six.",
    "Information about the service is at {url}, and the team can be reached at {team}.",
    "{p.first}'s {rel} said that {p.nick} had been \"let down twice\" in the same month.",
    "{o3.full} from {prov} confirmed by e-mail on {date} that their records had been corrected.",
    "The contact sheet gives {phone} for the service and {mob} for {r.first}.",
    "No-one in the family was told of the delay before {date}, when {r.title} rang.",
    "A duty-of-candour conversation was held by {s1.tfull} on {date}, and a letter followed.",
    "{o2.full}, who had covered the previous shift, gave a statement on {date}.",
    "The record shows date of birth {dob} and NHS {nhs}, both checked against the spine.",
    "The team at {trust} has asked the GP, {d.dr}, to update the summary care record.",
    "The consent form was signed by {p.first} on {date} and witnessed by {o1.first}.",
    "{s2.short} wrote to {council} on {date} because a social care review was also due.",
)  # fmt: skip
SHARED_LINES = (
    "{date} {s1.init}: details checked - {p.caps}, DOB {dob}, NHS {nhs}",
    "{date} family contact {r.full} ({rel}) {mob} / {email}",
    "{date} copy to GP {gp}; hosp no {hosp}",
    "{date} address confirmed {addr}",
    "{date} incident ref {ref} raised by {s2.short}",
    "{date} {o5.full} (PALS) rang {phone}",
    "{date} discussed with {d.dr}; plan agreed",
    "{date} pt seen at {hospital2}, not related",
    "{date} governance review, chair {o4.tfull}",
    "{date} supplier {prov} contact {o3.full} confirmed records fixed",
    "{date} team mailbox {team} copied",
    "{date} info at {url} sent to family",
    "{date} {rel} {r.first} asked no calls after 18:00",
    "{date} statement from {o2.full}",
    "{date} <<Band 6>> lead {s1.tfull} did DoC conversation",
    "{date} witness {o1.first}; consent signed",
    "{date} council ({council}) informed by {s2.init}",
    "{date} follow-up <<6/52>> with {d.dr}",
    "{date} {p.lower} said \"{p.nick} will manage\"",
    "{date} {ward} informed of outcome",
)  # fmt: skip


# Staff outside the NHS write from their own mail domains (invented, or the council's town).
MAIL_DOMAINS = {
    "court_of_protection_deputy_letter": "harlandwhitby.co.uk",
    "direct_payments_audit_letter": "{town}.gov.uk",
    "carers_assessment_summary": "{town}.gov.uk",
    "shared_lives_placement_review": "homesharelives.org.uk",
    "telecare_alarm_response_log": "{town}.gov.uk",
    "stop_smoking_service_log": "{town}.gov.uk",
    "cancer_benefits_adviser_note": "harbourcancerfund.org.uk",
}


def alternatives() -> int:
    """How many template sentences the pack has (headers, core, extras, endings, top-ups)."""
    own = sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
    return own + len(SHARED) + len(SHARED_LINES)


def _shared(style: Style) -> tuple[str, ...]:
    return SHARED_LINES if style.register == "lines" else SHARED


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------


def _fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value.replace("ı", "i").casefold())
    return plain.encode("ascii", "ignore").decode()


def _parts(first: str, last: str) -> set[str]:
    return {_fold(p) for p in re.split(r"[\s'-]+", f"{first} {last}") if p} | {
        _fold(p) for p in re.split(r"[\s-]+", f"{first} {last}") if p
    }


@dataclass
class Who:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool
    title: str
    doctor: bool = False

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def nick(self) -> str:
        return NICKNAMES.get(self.first, (self.first,))[0]

    def form(self, form: str, rng: random.Random) -> str:
        first, last = self.first, self.last
        initial = lambda word: word.lstrip("'")[0].upper()  # noqa: E731
        surname_initial = initial(last.split()[-1] if last[0].islower() else last)
        if form == "full":
            return self.full
        if form == "first":
            return first
        if form == "last":
            return last
        if form == "title":
            return f"{self.title} {last}"
        if form == "tfull":
            return f"{self.title} {first} {last}"
        if form == "dr":
            return f"Dr {last}"
        if form == "short":
            return f"{initial(first)}{rng.choice(['.', ''])} {last}"
        if form == "init":
            letters = initial(first) + surname_initial
            return rng.choice([letters, ".".join(letters) + "."])
        if form == "caps":
            return f"{last.upper()}, {first}"
        if form == "upper":
            return self.full.upper()
        if form == "lower":
            return self.full.lower()
        if form == "nick":
            options = NICKNAMES.get(first)
            return rng.choice(options) if options else first
        raise KeyError(form)


TITLE_WORDS = {"mr", "mrs", "ms", "miss", "dr", "master"}  # a surname "Master" reads as a title


def _own_person(rng: random.Random, sex: str) -> tuple[str, str, str]:
    first = rng.choice(FIRST_F if sex == "F" else FIRST_M)
    last = rng.choice(SURNAMES)
    listed = listed_names()
    every = all(p.casefold() in listed for p in re.split(r"[\s-]+", f"{first} {last}") if p)
    return first, last, "listed" if every else "unlisted"


def _draw(rng: random.Random, taken: set[str], *, sex: str | None, kind: str, child: bool) -> Who:
    while True:
        sex_now = sex or rng.choice("FM")
        if rng.random() < 0.55:
            person = _new_person(rng, sex=sex_now)
            first, last, names = person.first, person.last, person.names
        else:
            first, last, names = _own_person(rng, sex_now)
        parts = _parts(first, last) | {_fold(n) for n in NICKNAMES.get(first, ())}
        if parts & taken or parts & TITLE_WORDS or not first or not last:
            continue
        taken |= parts
        doctor = kind == "doctor"
        if doctor:
            title = "Dr"
        elif sex_now == "M":
            title = "Master" if child else rng.choice(["Mr", "Mr", "Mr."])
        elif child:
            title = "Miss"
        else:
            title = rng.choice(["Mrs", "Ms", "Miss", "Mrs."])
        return Who(first, last, sex_now, names, False, title, doctor)


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _pattern(rng: random.Random, shape: str) -> str:
    out = []
    for char in shape:
        if char == "#":
            out.append(str(rng.randint(0, 9)))
        elif char == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(char)
    return "".join(out)


def date_text(day: date, rng: random.Random, *, full: bool = False) -> str:
    month = MONTHS[day.month - 1]
    wd = WEEKDAYS[day.weekday()]
    o, d, m, y = ordinal(day.day), day.day, day.month, day.year
    yy = f"{y % 100:02d}"
    forms = [
        f"{o} {month} {y}", f"{d} {month} {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{yy}",
        f"{d}/{m}/{y}", f"{d}.{m}.{yy}", f"{d:02d}.{m:02d}.{y}", day.isoformat(),
        f"{d:02d}-{m:02d}-{y}", f"{d}-{month[:3]}-{y}", f"{d:02d}{month[:3].upper()}{y}",
        f"{d} {month[:3]} {yy}", f"{d} {month[:3].upper()} {y}", f"{wd} {d} {month} {y}",
        f"{month} {d}, {y}", f"{wd[:3]} {d:02d}/{m:02d}/{y}", f"{d}/{m}/{yy}",
    ]  # fmt: skip
    weights = [10, 10, 12, 6, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 3, 3]
    if not full:
        forms += [
            f"{o} {month}", f"{d} {month}", f"the {o} of {month}", f"{wd[:3]} {o} {month[:3]}",
            f"{wd} the {o}", f"{wd[:3]} {d}/{m}", f"{d:02d}/{m:02d}", f"{o} {month[:3]}",
            f"{d:02d} {month[:3]}",
        ]  # fmt: skip
        weights += [8, 6, 3, 3, 3, 3, 4, 3, 2]
    return rng.choices(forms, weights=weights)[0]


def _landline(rng: random.Random, code: str) -> str:
    local = str(rng.randint(2, 8)) + _digits(rng, 10 - len(code))
    if len(code) == 3:
        spaced = f"{local[:4]} {local[4:]}"
    elif len(code) == 4:
        spaced = f"{local[:3]} {local[3:]}"
    else:
        spaced = local
    number = rng.choice(
        [
            f"{code} {spaced}", f"{code} {spaced}", f"({code}) {spaced}",
            f"+44 {code[1:]} {spaced}", f"+44 (0){code[1:]} {spaced}", f"{code}-{local}",
            f"{code}{local}",
        ]
    )  # fmt: skip
    roll = rng.random()
    if roll < 0.15:
        number += f" ext {rng.randint(2000, 7999)}"
    elif roll < 0.25:
        number += f" x{rng.randint(2000, 7999)}"
    return number


def _mobile(rng: random.Random) -> str:
    m = f"07{rng.randint(4, 9)}{_digits(rng, 8)}"
    return rng.choice(
        [
            f"{m[:5]} {m[5:]}", f"{m[:5]} {m[5:]}", m, f"{m[:5]} {m[5:8]} {m[8:]}",
            f"{m[:5]}-{m[5:]}", f"+44 {m[1:5]} {m[5:]}", f"+44 (0){m[1:5]} {m[5:]}",
            f"+44{m[1:]}",
        ]
    )  # fmt: skip


def _ascii(value: str) -> str:
    return re.sub(r"[^a-z]", "", _fold(value))


AGE_WORDS = {
    90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
    95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight",
    99: "ninety-nine", 100: "one hundred", 101: "one hundred and one",
    102: "one hundred and two", 103: "one hundred and three", 104: "one hundred and four",
}  # fmt: skip
YOUNG_WORDS = {
    13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen",
    72: "seventy-two", 78: "seventy-eight", 81: "eighty-one", 84: "eighty-four",
    86: "eighty-six", 88: "eighty-eight", 89: "eighty-nine",
}  # fmt: skip

Piece = tuple[str, str | None, object]  # text, label ("NEG" for a look-alike), person


@dataclass
class Case:
    rng: random.Random
    style: Style
    people: dict[str, Who]
    town: tuple[str, str, str]
    address: tuple[str, str, str, str]  # house and street, locality, town, postcode
    wrong: str
    dob: date
    base: date
    age: int
    nhs: str
    hosp: str
    hospital: str
    hospital2: str
    trust: str
    gp: str
    council: str
    slug: str
    relation: str

    def slot(self, name: str, form: str | None) -> list[Piece]:
        rng = self.rng
        if form is not None:
            who = self.people[name]
            return [(who.form(form, rng), "PERSON", who)]
        if name == "date":
            day = self.base + timedelta(days=rng.randint(-45, 20))
            return [(date_text(day, rng), "DATE", None)]
        if name == "dob":
            return [(date_text(self.dob, rng, full=True), "DATE", None)]
        if name == "age":
            return self._age()
        if name == "nhs":
            n = self.nhs
            text = rng.choice([n, n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])
            return [(text, "NHS_NUMBER", None)]
        if name == "hosp":
            return [(self.hosp, "HOSPITAL_NUMBER", None)]
        if name in ("addr", "addrb"):
            return self._address(block=name == "addrb")
        if name == "addr2":
            return [(self.wrong, "ADDRESS", None)]
        if name in ("ward", "home"):
            return [(rng.choice(WARDS if name == "ward" else HOMES), "LOCATION", None)]
        if name == "street":
            return [(f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}", "LOCATION", None)]
        if name in ("hospital", "hospital2", "trust", "gp", "council"):
            return [(getattr(self, name), "ORGANISATION", None)]
        if name == "prov":
            pool = self.style.provider or ("Medivan Couriers Ltd",)
            return [(rng.choice(pool), "ORGANISATION", None)]
        if name == "ref":
            return [(_pattern(rng, rng.choice(self.style.refs)), "ID", None)]
        if name == "phone":
            return [(_landline(rng, self.town[2]), "PHONE", None)]
        if name == "mob":
            return [(_mobile(rng), "PHONE", None)]
        if name == "email":
            who = self.people["r"]
            local = rng.choice(
                [
                    f"{_ascii(who.first)}.{_ascii(who.last)}{rng.randint(1, 99)}",
                    f"{_ascii(who.first)[0]}{_ascii(who.last)}",
                    f"{_ascii(who.last)}family",
                ]
            )
            domain = rng.choice(["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"])
            return [(f"{local}@{domain}", "EMAIL", None)]
        if name == "semail":
            who = self.people["s1"]
            domain = MAIL_DOMAINS.get(self.style.name, "nhs.net")
            domain = domain.format(town=_ascii(self.town[0]))
            return [(f"{_ascii(who.first)}.{_ascii(who.last)}@{domain}", "EMAIL", None)]
        if name == "team":
            word = self.style.name.split("_")[0]
            return [(f"{self.slug}.{word}team@nhs.net", "EMAIL", None)]
        if name == "url":
            first = _ascii(self.people["p"].first)
            url = rng.choice(
                [
                    f"https://www.{self.slug}.nhs.uk/{self.style.name.split('_')[0]}",
                    f"https://patients.{self.slug}.nhs.uk/portal?name={first}",
                    f"www.{self.slug}-health.co.uk/book",
                    f"https://{self.slug}.nhs.uk/upload/{rng.randint(1000, 9999)}",
                ]
            )
            return [(url, "URL", None)]
        if name == "rel":
            return [(self.relation, None, None)]
        raise KeyError(name)

    def _age(self) -> list[Piece]:
        rng, age = self.rng, self.age
        label = "AGE" if age > 89 else "NEG"
        words = AGE_WORDS.get(age) if age > 89 else YOUNG_WORDS.get(age)
        forms = [("aged ", str(age), ""), ("", str(age), " years old"), ("", str(age), " yrs"),
                 ("", str(age), "yo"), ("", str(age), " y/o"), ("age ", str(age), ""),
                 ("", str(age), "y")]  # fmt: skip
        if words:
            forms += [("aged ", words, "")] * 2
        before, value, after = rng.choice(forms)
        pieces: list[Piece] = []
        if before:
            pieces.append((before, None, None))
        pieces.append((value, label, None))
        if after:
            pieces.append((after, None, None))
        return pieces

    def _address(self, *, block: bool) -> list[Piece]:
        rng = self.rng
        street, locality, town, code = self.address
        if block:
            address, sep = f"{street}\n{locality}\n{town}", "\n"
        elif rng.random() < 0.3:
            address, sep = f"{street} {locality} {town}".upper(), " "
        else:
            address, sep = f"{street}, {locality}, {town}", rng.choice([", ", ", ", " "])
        outward, inward = code.split()
        code_text = rng.choice(
            [code, code, code, f"{outward}{inward}", f"{outward}  {inward}", code.lower()]
        )
        return [(address, "ADDRESS", None), (sep, None, None), (code_text, "POSTCODE", None)]


SLOT = re.compile(r"\{(\w+)(?:\.(\w+))?\}|<<(.+?)>>")


def _render(case: Case, template: str) -> list[Piece]:
    pieces: list[Piece] = []
    at = 0
    for match in SLOT.finditer(template):
        if match.start() > at:
            pieces.append((template[at : match.start()], None, None))
        if match.group(3):
            pieces.append((match.group(3), "NEG", None))
        else:
            pieces.extend(case.slot(match.group(1), match.group(2)))
        at = match.end()
    if at < len(template):
        pieces.append((template[at:], None, None))
    return pieces


def _words(pieces: list[Piece]) -> int:
    return len("".join(text for text, _, _ in pieces).split())


# ---------------------------------------------------------------------------------------------
# One example
# ---------------------------------------------------------------------------------------------


def _hospital_number(rng: random.Random) -> str:
    shape = rng.choice(["@######", "@@@#######", "########", "@@-######"])
    return _pattern(rng, shape)


def _case(rng: random.Random, style: Style) -> tuple[Case, dict]:
    taken: set[str] = set()
    with_record = rng.random() >= 0.12
    sex = style.sex or rng.choice("FM")
    people = {"p": _draw(rng, taken, sex=sex, kind="patient", child=style.child)}
    relation = style.relation or rng.choice(RELATIONS[rng.choice("FM")])
    rel_sex = "F" if relation in RELATIONS["F"] and relation != "partner" else "M"
    if relation == "partner":
        rel_sex = rng.choice("FM")
    people["r"] = _draw(rng, taken, sex=rel_sex, kind="relative", child=False)
    for key in ("s1", "s2"):
        people[key] = _draw(rng, taken, sex=None, kind="staff", child=False)
    people["d"] = _draw(rng, taken, sex=None, kind="doctor", child=False)
    for key in ("o1", "o2", "o3", "o4", "o5"):
        people[key] = _draw(rng, taken, sex=None, kind="other", child=False)

    town = rng.choice(TOWNS)
    number = rng.randint(1, 140)
    street = f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
    flat = f"Flat {rng.randint(1, 24)}{rng.choice([',', ''])} " if rng.random() < 0.15 else ""
    locality = rng.choice(LOCALITIES)
    code = postcode(rng, town[1])
    address = (f"{flat}{number} {street}", locality, town[0], code)
    wrong = f"{number + rng.choice([2, 4, -2]) if number > 4 else number + 2} {street}, {locality}, {town[0]}"
    base = date(2025, 1, 1) + timedelta(days=rng.randint(0, 640))
    if style.child:
        age = rng.randint(13, 17)
    elif rng.random() < (0.6 if style.old else 0.2):
        age = rng.randint(*OLD_AGES)
    elif style.old:
        age = rng.randint(68, 89)
    else:
        age = rng.randint(19, 89)
    dob = base - timedelta(days=age * 365 + rng.randint(20, 340))
    hospitals = rng.sample(HOSPITALS, 2)
    case = Case(
        rng=rng, style=style, people=people, town=town, address=address, wrong=wrong,
        dob=dob, base=base, age=age, nhs=nhs_number(rng), hosp=_hospital_number(rng),
        hospital=hospitals[0], hospital2=hospitals[1], trust=rng.choice(TRUSTS),
        gp=rng.choice(GPS), council=rng.choice(COUNCIL_FORMS).format(town=town[0]),
        slug=rng.choice(SLUGS), relation=relation,
    )  # fmt: skip
    known: dict = {}
    if with_record:
        patient = people["p"]
        people["p"].in_record = True
        names = [f"{patient.title} {patient.full}" if rng.random() < 0.4 else patient.full]
        if rng.random() < 0.7:
            people["r"].in_record = True
            names.append(people["r"].full)
        for key in ("s1", "s2", "d"):
            if rng.random() < 0.3:
                people[key].in_record = True
                names.append(people[key].full)
        nhs = case.nhs
        known = {
            "names": names,
            "nhs_number": nhs if rng.random() < 0.8 else f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}",
            "date_of_birth": dob.isoformat(),
            "hospital_number": case.hosp,
            "address": ", ".join(address),
        }
    return case, known


def _compose(rng: random.Random, style: Style, case: Case) -> list[Piece]:
    target = max(225, min(390, round(rng.gauss(300, 40))))
    header = _render(case, rng.choice(style.headers))
    ending = _render(case, rng.choice(style.endings))
    body = [_render(case, sentence) for sentence in style.core]
    words = _words(header) + _words(ending) + sum(_words(s) for s in body)
    lines = style.register == "lines"
    for sentence in rng.sample(style.extras, len(style.extras)):
        if words >= target:
            break
        rendered = _render(case, sentence)
        if words + _words(rendered) > CAP_WORDS:
            continue
        body.insert(rng.randint(1, len(body)), rendered)
        words += _words(rendered)
    shared = _shared(style)
    for sentence in rng.sample(shared, len(shared)):
        if words >= target:
            break
        rendered = _render(case, sentence)
        if words + _words(rendered) > CAP_WORDS:
            continue
        body.append(rendered)
        words += _words(rendered)

    pieces: list[Piece] = list(header)
    if lines:
        for sentence in body:
            pieces.append(("\n", None, None))
            pieces.extend(sentence)
        pieces.append(("\n", None, None))
    else:
        pieces.append(("\n\n", None, None))
        for index, sentence in enumerate(body):
            if index:
                pieces.append(("\n\n" if index % 3 == 0 else " ", None, None))
            pieces.extend(sentence)
        pieces.append(("\n\n", None, None))
    pieces.extend(ending)
    return pieces


def _build(rng: random.Random, number: int, style: Style) -> tuple[Example, list]:
    case, known = _case(rng, style)
    pieces = _compose(rng, style, case)
    text = ""
    gold: list[GoldSpan] = []
    negatives: list[tuple[int, int]] = []
    for value, label, who in pieces:
        start = len(text)
        text += value
        if label == "NEG":
            negatives.append((start, len(text)))
        elif label == "PERSON":
            gold.append(GoldSpan(start, len(text), "PERSON", who.names, who.in_record))
        elif label:
            gold.append(GoldSpan(start, len(text), label))
    example = Example(
        id=f"{PREFIX}-{number:06d}", text=text, known=known, gold=tuple(gold), kind=style.name
    )
    return example, negatives


def example(rng: random.Random, number: int) -> Example:
    return _build(rng, number, rng.choice(STYLES))[0]


def _generate(count: int, seed: int) -> Iterator[tuple[Example, list]]:
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = rng.sample(STYLES, len(STYLES))
        yield _build(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    for found, _ in _generate(count, seed):
        yield found


def generate_with_negatives(count: int, seed: int = 1) -> Iterator[tuple[Example, list]]:
    yield from _generate(count, seed)
