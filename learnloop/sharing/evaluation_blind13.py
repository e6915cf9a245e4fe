"""A thirteenth blind de-identification pack: 25 NHS document types with exact gold spans.

Written without reading the engine; see evaluation_blind13.md for how, and for the gold
conventions. Only shared infrastructure comes from learnloop.sharing.evaluation.
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

__all__ = ["DIRECT_IDENTIFIERS", "LABELS", "STYLES", "example", "generate"]

PREFIX = "blind13"
LOW_WORDS, HIGH_WORDS = 200, 420
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAY3 = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

# (town, postcode area, dialling code)
TOWNS = (
    ("Sheffield", "S", "0114"), ("Nottingham", "NG", "0115"), ("Leicester", "LE", "0116"),
    ("Bristol", "BS", "0117"), ("Reading", "RG", "0118"), ("Birmingham", "B", "0121"),
    ("Edinburgh", "EH", "0131"), ("Manchester", "M", "0161"), ("Liverpool", "L", "0151"),
    ("Newcastle upon Tyne", "NE", "0191"), ("Sunderland", "SR", "0191"),
    ("Aberdeen", "AB", "01224"), ("Dundee", "DD", "01382"), ("Swansea", "SA", "01792"),
    ("Wrexham", "LL", "01978"), ("Derry", "BT", "028"), ("Portsmouth", "PO", "023"),
    ("Plymouth", "PL", "01752"), ("Exeter", "EX", "01392"), ("Hull", "HU", "01482"),
    ("York", "YO", "01904"), ("Lancaster", "LA", "01524"), ("Preston", "PR", "01772"),
    ("Bath", "BA", "01225"), ("Carlisle", "CA", "01228"), ("Truro", "TR", "01872"),
    ("Ipswich", "IP", "01473"), ("Lincoln", "LN", "01522"), ("Bradford", "BD", "01274"),
    ("Huddersfield", "HD", "01484"), ("Wolverhampton", "WV", "01902"),
    ("Stoke-on-Trent", "ST", "01782"), ("Luton", "LU", "01582"), ("Newport", "NP", "01633"),
)  # fmt: skip
LOCALITIES = (
    "Moorend", "Brackenfield", "Hollins Cross", "Sandy Lonning", "Tannersgate", "Kilnhurst",
    "Fernlea", "Oxcroft", "Windmill Hill", "Copperas Bank", "Lodge Moor", "Netherfield",
    "Ashby Hollow", "Cinderhill", "Pennyfields", "Goosegreen",
)  # fmt: skip
STREETS = (
    "Tannery Row", "Wharfside Lane", "Quarry Bank Road", "Lime Kiln Close", "Ropewalk",
    "Sawmill Terrace", "Chandlers Way", "Weavers Court", "Pinfold Lane", "Brewery Street",
    "Coldharbour Road", "Glebe Crescent", "Kingfisher Drive", "Malthouse Walk", "Nursery Gardens",
    "Stanley Avenue", "Victoria Parade", "Orchard Rise", "Beacon View", "Hawthorn Grove",
)  # fmt: skip
WARDS = (
    "Tamar Ward", "Ward Wye", "Severn Unit", "Garnet Ward", "Beryl Suite", "Ward Onyx",
    "Tees Ward", "Jasper Unit", "Ward Derwent", "Coquet Ward", "Opal Ward", "Ribble Suite",
)  # fmt: skip
HOMES = (
    "Larkrise Care Home", "Brambles Nursing Home", "Hollybank Residential Home",
    "Foxglove House", "The Maltings Care Centre", "Meadowsweet Lodge", "Willowbrook Care Home",
)  # fmt: skip
GPS = (
    "Canalside Medical Practice", "Five Lanes Surgery", "The Old Mill Health Centre",
    "Kestrel Family Practice", "Northgate Group Practice", "St Ives Road Surgery",
)  # fmt: skip
HOSP_FORMS = ("AA999999A", "A99/99999", "9999999A", "AAA 999 999")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")

NATIONAL = (
    "the CQC", "NHS England", "UKHSA", "NICE", "the MHRA", "SHOT", "the NMC", "the GMC",
    "the National Guardian's Office", "the HRA", "NHS Resolution", "the ICB", "the JCVI",
    "the Office of the Public Guardian", "the Court of Protection", "NHS Blood and Transplant",
    "Diabetes UK", "the Royal Osteoporosis Society", "the BSCCP", "the DVLA",
)  # fmt: skip

LOOKALIKES = {
    "eponym": (
        "Buerger's test",
        "Charcot foot",
        "Morton's neuroma",
        "Homans' sign",
        "Wells score",
        "Virchow's triad",
        "Baker's cyst",
        "Addison's disease",
        "Cushing's syndrome",
        "Paget's disease",
        "Bristol stool chart",
        "Waterlow",
        "Braden scale",
        "Glasgow Coma Scale",
        "Trendelenburg",
        "Heimlich manoeuvre",
        "Hickman line",
        "Foley catheter",
    ),
    "score": (
        "a NEWS2 of 6",
        "a NEWS2 of 3",
        "a Rockwood of 7",
        "a Clinical Frailty Scale of 6",
        "a T-score of -2.8",
        "a FRAX of 24%",
        "an HbA1c of 71",
        "a MUST of 2",
        "a 4AT of 5",
        "a Barthel of 35",
        "a SCORAD of 42",
        "CIN2",
        "HPV 16/18",
        "a Waterlow of 18",
        "a GRACE of 140",
        "a FEV1 of 62%",
        "an Abbey pain score of 9",
        "a PEWS of 4",
    ),
    "drug": (
        "adrenaline 1 in 1000",
        "EpiPen",
        "Jext",
        "cetirizine",
        "chlorphenamine",
        "phenol 80%",
        "chlorhexidine",
        "mupirocin",
        "Octenisan",
        "alendronic acid",
        "denosumab",
        "Adcal-D3",
        "rivaroxaban",
        "apixaban",
        "enoxaparin",
        "NovoRapid",
        "Fiasp",
        "Omnipod",
        "Freestyle Libre",
        "hepatitis B immunoglobulin",
        "Engerix B",
        "Truvada",
        "Shingrix",
        "Comirnaty",
        "furosemide",
        "Oramorph",
        "midazolam",
        "lidocaine",
        "levobupivacaine",
        "paracetamol",
    ),
    "law": (
        "the Mental Capacity Act",
        "a DoLS",
        "Schedule A1",
        "the Liberty Protection Safeguards",
        "an LPA for health and welfare",
        "an IMCA",
        "the Equality Act",
        "Section 5",
        "the Public Interest Disclosure Act",
        "the Human Tissue Act",
        "the Green Book",
        "the Data Protection Act",
        "Caldicott principles",
        "RIDDOR",
        "Duty of Candour",
        "the Blood Safety and Quality Regulations",
        "the NHS Constitution",
        "Agenda for Change",
    ),
    "number": (
        "bay 4",
        "bed 12",
        "bed 3",
        "side room 2",
        "fridge 3",
        "hoist 2",
        "trolley 7",
        "Band 7",
        "Band 3",
        "Band 5",
        "room 14",
        "pod B",
        "chair 6",
        "cubicle 9",
        "vehicle 22",
        "fridge B",
        "slot 4",
    ),
    "duration": (
        "6/52",
        "3/7",
        "12/12",
        "48 hours",
        "72 hours",
        "6 weeks",
        "3 months",
        "28 days",
        "5 years",
        "2 hours",
    ),
    "national": NATIONAL,
}

NICKNAMES = {
    "Catherine": ("Kate", "Cathy"), "Rebecca": ("Becky",), "Josephine": ("Jo", "Josie"),
    "Frederick": ("Fred", "Freddie"), "Robert": ("Bob", "Rob"), "Edward": ("Ted", "Eddie"),
    "Albert": ("Bert",), "Harold": ("Harry",), "Dorothy": ("Dot", "Dotty"),
    "Winifred": ("Winnie",), "Kenneth": ("Ken", "Kenny"), "Jacqueline": ("Jackie",),
    "Christopher": ("Kit",), "Bernadette": ("Bernie",), "Alexandra": ("Sasha", "Lexi"),
    "Matthew": ("Matty",), "Veronica": ("Ronnie",), "Archibald": ("Archie",),
    "Annabel": ("Bel",), "Nathaniel": ("Nat",),
}  # fmt: skip
WORD_NAMES = (
    "Primrose", "Heather", "Willow", "Pearl", "Ruby", "Summer", "Autumn", "Robin", "Rose",
    "Poppy", "Star", "Patience", "Comfort", "Gift", "Major", "Hunter", "Bliss", "Sky",
)  # fmt: skip
_FIRST_F = (
    "Catherine", "Rebecca", "Josephine", "Dorothy", "Winifred", "Jacqueline", "Bernadette",
    "Alexandra", "Veronica", "Annabel", "Primrose", "Heather", "Willow", "Pearl", "Ruby",
    "Summer", "Autumn", "Rose", "Poppy", "Patience", "Comfort", "Gift", "Bliss", "Sky",
    "Aoife", "Niamh", "Caoimhe", "Mairead", "Catriona", "Isla", "Rhiannon", "Cerys", "Nia",
    "Harpreet", "Manpreet", "Shabana", "Rukhsana", "Farzana", "Chiamaka", "Ngozi", "Akosua",
    "Ama", "Ayaan", "Sagal", "Magdalena", "Zuzanna", "Ioana", "Xiu Mei", "Ngoc Anh",
    "Elif", "Mary-Kate", "Ellie-Mae", "Star", "Lowri", "Bethan",
)  # fmt: skip
_FIRST_M = (
    "Frederick", "Robert", "Edward", "Albert", "Harold", "Kenneth", "Christopher", "Matthew",
    "Archibald", "Nathaniel", "Robin", "Major", "Hunter", "Cathal", "Ruairi", "Eoghan",
    "Lachlan", "Callum", "Gethin", "Rhodri", "Owain", "Harjit", "Sukhdev", "Imran", "Tariq",
    "Shahid", "Chukwuemeka", "Emeka", "Kwabena", "Yaw", "Mahad", "Bashir", "Tomasz",
    "Krzysztof", "Bogdan", "Wei", "Quang", "Mehmet", "Jean-Paul", "Mohammed-Ali", "Tyrone",
)  # fmt: skip
_LAST = (
    "Ó Súilleabháin", "Mac Giolla Bhríde", "O'Rourke", "McAllister", "MacKinnon", "ab Owen",
    "van den Berg", "de Souza", "dos Santos", "De Luca", "du Plessis", "al-Hashimi",
    "el-Masri", "bin Hassan", "Fitzgerald-Kerr", "Ahmed-Lloyd", "Okafor-Brown", "Singh-Gill",
    "Evans-Pugh", "Nwachukwu", "Mensah", "Boateng", "Adeyemi", "Warsame", "Farah", "Dhillon",
    "Sandhu", "Chaudhry", "Begum", "Uddin", "Nguyen", "Tran", "Zhang", "Kowalczyk",
    "Wiśniewska", "Popescu", "Yilmaz", "Demir", "Bird", "Cook", "Butcher", "Mason", "Gardener",
    "Wood", "Field", "Moss", "Rivers", "Hill", "Buerger", "Morton", "Homans", "Paget",
    "Foley", "Baker", "Charcot", "Braden", "Heimlich", "Higginbottom", "Sidebottom",
    "Featherstonehaugh", "Cholmondeley", "Llewellyn", "Pritchard",
)  # fmt: skip
_HON_F = ("Mrs", "Ms", "Miss")
_HONORIFIC_WORDS = {"mr", "mrs", "ms", "miss", "dr", "master", "mx"}


def _fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value.casefold())
    return plain.encode("ascii", "ignore").decode()


def _slug(value: str) -> str:
    return re.sub(r"[^a-z]", "", _fold(value))


def _parts(first: str, last: str) -> set[str]:
    return {_fold(p) for p in re.split(r"[\s-]+", f"{first} {last}") if p}


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


def _style(name, register, what, headers, core, extras, endings, refs, **kw) -> Style:
    return Style(
        name, register, what, tuple(headers), tuple(core), tuple(extras), tuple(endings),
        tuple(refs), **kw,
    )  # fmt: skip


STYLES = (
    _style(
        "podiatry_nail_surgery_consent_note",
        "prose",
        "nail surgery consent, phenol applied to the wrong toe after a list swap",
        [
            "Podiatric nail surgery consent and procedure note, {hospital}, {date}. Patient: {p.tfull}, DOB {dob}, hospital no. {hosp}.",
            "NAIL SURGERY RECORD ({ref}) for {p.caps}, {age}, seen at {gp} treatment room on {date}.",
        ],
        [
            "{p.first} was consented by podiatrist {s1.full} for a partial nail avulsion with <<phenol 80%>> to the left hallux, and a <<Buerger's test>> and Doppler were normal.",
            "The list had been re-ordered at {time} when {o1.full} arrived late, and the consent form on the couch was still the one for {o1.first}'s right foot.",
            "Ring block with <<levobupivacaine>> was given by {s2.short}, and the phenol was applied to the right hallux before {p.title} said it was the wrong side.",
            "{s1.first} stopped, irrigated with <<chlorhexidine>> and completed the planned left toe; the incident was logged as {ref2} and {p.title} was told the same day under <<Duty of Candour>>.",
            "Podiatry lead {d.tdr} phoned {p.first} on {date} on {mob}; no <<Charcot foot>> changes and the right nail fold was healing.",
        ],
        [
            "Address on the form: {addr}.",
            "The student on placement, {o2.full}, had written the side on the whiteboard but it was rubbed off for {o3.title}'s list.",
            "{p.title} has type 2 diabetes with <<an HbA1c of 71>> and was advised dressings every <<3/7>>.",
            "The {rel}, {r.full}, drove {p.first} home and asked for a copy of the form; callback {phone}.",
            "A <<Morton's neuroma>> on the same foot was noted and left for the clinic on {date}.",
        ],
        [
            "Signed {s1.init}, podiatrist, {time}.",
            "Reviewed at the foot governance meeting chaired by {o4.tfull}; no harm beyond the second procedure.",
        ],
        ["POD/##/####", "NS-@@####"],
    ),
    _style(
        "allergy_food_challenge_record",
        "prose",
        "hospital food challenge, another child's peanut dose given (child)",
        [
            "Paediatric allergy day case record, {ward}, {hospital}, {date}. Child: {p.full}, DOB {dob}, NHS {nhs}.",
            "FOOD CHALLENGE RECORD {ref}: {p.upper}, {age}, attending with {rel} {r.tfull}.",
        ],
        [
            "{p.first} came in for a baked egg challenge with eczema settled at <<a SCORAD of 42>>, and weights were checked by nurse {s1.full}.",
            "At {time} a dose cup labelled for {o1.full}, a peanut challenge in <<bed 12>>, was handed to {p.first} by {s2.short} while the labels were being printed.",
            "Within 20 minutes there was lip swelling and urticaria; <<cetirizine>> was given the worst score was <<a PEWS of 4>> and there was no need for <<adrenaline 1 in 1000>>.",
            "{d.tdr} explained to {r.title} what had happened and the incident was logged as {ref2}; the egg challenge will be rebooked.",
            "An <<EpiPen>> plan was reviewed and the {rel} can be reached on {mob} or by email at {email}.",
        ],
        [
            "Home address confirmed as {addr}.",
            "{o2.title}, the play specialist, had moved {o1.first} to <<bed 3>> without telling the nurse in charge.",
            "The school nurse, {o3.full}, will be sent the updated <<Jext>> plan.",
            "{p.first}'s GP is at {gp}; letter copied.",
            "Observations were every 15 minutes for <<2 hours>> and then hourly.",
        ],
        [
            "Discharged home at {time} with {r.first}.",
            "Entered by {s1.init}; reviewed by the allergy lead {o4.tfull}.",
        ],
        ["FC-####-@", "ALG/####/##"],
        child=True,
    ),
    _style(
        "dols_urgent_authorisation_note",
        "prose",
        "urgent DoLS authorisation note, the standard request sent to the wrong council (old)",
        [
            "Deprivation of Liberty: urgent authorisation note. {ward}, {hospital}. Patient {p.tfull}, {age}, hospital number {hosp}.",
            "DoLS NOTE {date}, {p.caps}, NHS no. {nhs}, managing authority {trust}.",
        ],
        [
            "{p.first} has advanced dementia, tries to leave the ward at night and has been on <<Schedule A1>> monitoring since {date}.",
            "Ward manager {s1.tfull} granted an urgent authorisation under <<the Mental Capacity Act>> at {time}, lasting seven days.",
            "The request for a standard authorisation was e-mailed to {council} but addressed to the team for {o1.full}, another patient on the ward.",
            "The {rel}, {r.full}, holds <<an LPA for health and welfare>> and was told by {s2.title}; {r.first} can be reached on {phone}.",
            "{d.tdr} recorded capacity, and <<an IMCA>> was not needed because the {rel} is involved; incident {ref}.",
        ],
        [
            "Home address before admission: {addr}.",
            "The best interests assessor, {o2.full}, visited on {date} and found the form under {o1.title}'s name.",
            "{p.first} is on <<Oramorph>> as needed for hip pain and scores <<a 4AT of 5>>.",
            "Before admission {p.first} lived at {home}; the manager there, {o3.title}, was informed.",
            "Night staff use a sensor mat and <<bay 4>> is nearest the desk.",
        ],
        [
            "Authorisation extended on request, {ref2}. {s1.init}",
            "Recorded by {s2.full} at {time}.",
        ],
        ["DOLS-#####", "MCA/@@/####"],
        old=True,
    ),
    _style(
        "community_matron_caseload_review",
        "prose",
        "community matron caseload review, a patient dropped off the list after a merge (old)",
        [
            "Community matron caseload review, {gp} neighbourhood team, {date}. Reviewer {s1.tfull}.",
            "CASELOAD REVIEW {ref}: {p.upper}, {age}, DOB {dob}, NHS {nhs}.",
        ],
        [
            "{p.title} is housebound with heart failure and COPD, <<a Rockwood of 7>>, and lives at {addr}.",
            "When the two caseloads merged on {date}, {p.first} was left on the list of {o1.full}, who had retired, and had no visit for <<6 weeks>>.",
            "The {rel}, {r.tfull}, phoned the hub on {phone} after {p.first}'s ankles swelled and <<furosemide>> had run out.",
            "Matron {s2.full} visited at {time}, found <<a NEWS2 of 6>> and arranged admission to {hospital}.",
            "{d.tdr} agreed the case should be reviewed as {ref2}; the caseload spreadsheet is now checked weekly.",
        ],
        [
            "{p.first} uses <<hoist 2>> for transfers and carers come four times a day from {prov}.",
            "The district nurse, {o2.title}, had assumed the matron was visiting.",
            "{r.first} asked that letters go to {email}.",
            "A <<Waterlow>> of 18 was recorded and heels were intact.",
            "The pharmacist {o3.full} did a review of <<apixaban>> and <<furosemide>> on {date}.",
        ],
        [
            "Next review {date}. {s1.init}",
            "Signed {s1.full}, community matron, and shared with {o4.tfull}.",
        ],
        ["CM-####-##", "NT/@@@/###"],
        old=True,
        provider=(
            "Bluebell Homecare Ltd",
            "Carewell Domiciliary Services",
            "Hearth & Home Care CIC",
        ),
    ),
    _style(
        "staff_exit_interview_note",
        "prose",
        "exit interview of a leaving nurse, with a patient named as an example",
        [
            "Exit interview note, {trust}, {date}. Leaver: {s1.tfull}, <<Band 5>>, {ward}.",
            "CONFIDENTIAL: exit interview ({ref}) held with {s1.upper} by {s2.full} of HR on {date}.",
        ],
        [
            "{s1.first} is leaving after three years on {ward} to work for {prov}, citing staffing and the rota.",
            "{s1.first} described a night when {p.full}, {age}, fell in <<side room 2>> while {s1.first} was alone with eleven patients.",
            "The fall was reported as {ref2}; {s1.first} felt the review blamed the nurse and not the staffing of the ward.",
            "{s1.first} also raised that {o1.tfull}, the previous manager, discouraged reports under <<the Public Interest Disclosure Act>>.",
            "HR will pass the themes to {d.tdr}, the deputy chief nurse, without naming {p.title}.",
        ],
        [
            "{s1.first} can be contacted after leaving on {mob}.",
            "A colleague, {o2.full}, left in the same month for similar reasons.",
            "The patient's {rel}, {r.full}, had written to thank {s1.first}.",
            "Pay protection under <<Agenda for Change>> was discussed.",
            "{s1.first} would consider bank shifts if <<Band 7>> support improved, and suggested {o3.title} as a mentor.",
        ],
        [
            "Notes typed by {s2.init} at {time}.",
            "Copied to {s2.email} and the ward manager {o4.full}.",
        ],
        ["EXIT-#####", "HR/##/@@##"],
        provider=("Orchard Nursing Agency", "NorthStar Staffing Ltd", "Medix Bank Partners"),
    ),
    _style(
        "hydrotherapy_session_note",
        "prose",
        "paediatric hydrotherapy session, a hoist sling of another child (child)",
        [
            "Hydrotherapy session note, {hospital} pool, {date}. Child: {p.full}, DOB {dob}, {age}.",
            "HYDRO SESSION {ref}: {p.caps}, with {rel} {r.full}, physio {s1.full}.",
        ],
        [
            "{p.first} has cerebral palsy and attends weekly for stretches and <<Trendelenburg>> gait work.",
            "The pool hoist was fitted with a sling labelled for {o1.full}, one size too large, by {s2.short} at {time}.",
            "As {p.first} was lowered the sling slipped and {s1.first} caught {p.first} in the water; no injury and observations normal.",
            "{r.title} was told at once and {d.tdr} checked {p.first} on the poolside; logged as {ref2}.",
            "Slings are now kept in named bags and checked against the session list by the lead, {o2.title}.",
        ],
        [
            "The family live at {addr}.",
            "The pool technician, {o3.full}, reported the water at 34 degrees.",
            "{p.first}'s school, via {council}, provides transport on session days.",
            "Contact for {r.first}: {mob}.",
            "The next block is <<6 weeks>> and {p.first} will use <<hoist 2>>.",
        ],
        [
            "Session ended at {time}. {s1.init}",
            "Recorded by {s1.full} and read by {o4.full}.",
        ],
        ["HYD-####", "PH/@@/#####"],
        child=True,
    ),
    _style(
        "vaccine_cold_chain_breach_report",
        "prose",
        "vaccination clinic fridge breach, doses given before the breach was found",
        [
            "Cold chain breach report, {gp}, {date}, reference {ref}.",
            "VACCINE FRIDGE INCIDENT: {gp}, reported by practice nurse {s1.full} on {date}.",
        ],
        [
            "The data logger in <<fridge B>> showed 11.2 degrees overnight after the plug was knocked out by the cleaner, {o1.full}.",
            "Before it was found at {time}, {s2.short} had given <<Shingrix>> to {p.full}, {age}, and <<Comirnaty>> to {o2.full}.",
            "Stock was quarantined and advice sought from <<UKHSA>> and the manufacturer under <<the Green Book>>.",
            "{p.title} was phoned on {phone} and offered a repeat dose on {date}; {p.first} lives at {addr}.",
            "{d.tdr}, the GP partner, wrote to each patient and recorded the event as {ref2}.",
        ],
        [
            "{p.first}'s NHS number is {nhs} and date of birth {dob}.",
            "The pharmacist at {prov}, {o3.title}, collected the quarantined stock.",
            "The {rel}, {r.full}, had brought {p.first} to the clinic.",
            "Logger downloads are now checked at opening by {s1.first} or the manager {o4.full}.",
            "<<Engerix B>> in the same fridge was also quarantined.",
        ],
        [
            "Report closed {date}. {s1.init}",
            "Shared with <<the ICB>> immunisation team by {s1.email}.",
        ],
        ["CCB-####-##", "VAC/@@/###"],
        provider=(
            "Medimove Pharma Logistics",
            "Cold Trail Couriers Ltd",
            "Apex Vaccines Wholesale",
        ),
    ),
    _style(
        "lumbar_puncture_procedure_note",
        "prose",
        "lumbar puncture note, samples labelled with another patient's details",
        [
            "Procedure note: lumbar puncture, {ward}, {hospital}, {date}. {p.tfull}, {hosp}.",
            "LP NOTE {date} for {p.upper}, DOB {dob}, NHS {nhs}.",
        ],
        [
            "{p.first} was consented by {d.tdr} for LP to exclude subarachnoid haemorrhage; a <<Glasgow Coma Scale>> was not needed, GCS 15 throughout.",
            "Using <<lidocaine>> and a 22G needle at L3/4, clear fluid was collected at {time} with opening pressure 18.",
            "The four bottles were labelled from the printer queue and carried the details of {o1.full}, the patient in <<cubicle 9>>.",
            "The lab, BMS {o2.full}, rang {s1.full} and the repeat was done by {s2.title} on {date}; logged as {ref}.",
            "{p.title} and the {rel}, {r.full}, were told; {r.first} asked for a call on {mob}.",
        ],
        [
            "{p.first} lives at {addr}.",
            "Post-procedure <<2 hours>> flat and <<paracetamol>> for headache.",
            "{o1.title} had a <<Hickman line>> in situ and no LP planned.",
            "Xanthochromia result reference {ref2}.",
            "The registrar {o3.full} supervised.",
        ],
        [
            "{d.tdr}, {time}.",
            "Signed {s1.init}; copy to the labelling lead {o4.full}.",
        ],
        ["LP-#####", "PATH/@@####"],
    ),
    _style(
        "bariatric_bed_request_note",
        "prose",
        "bariatric equipment request, bed delivered to another hospital site",
        [
            "Bariatric equipment request note, {hospital}, {date}, order {ref}.",
            "EQUIPMENT REQUEST for {p.full}, {age}, {ward}, hospital number {hosp}.",
        ],
        [
            "{p.first} weighs 212 kg and needed a bariatric bed and <<a Waterlow of 18>> mattress on admission.",
            "Nurse {s1.full} ordered from {prov} at {time}, but the delivery went to {hospital2} under the name of {o1.full}.",
            "{p.first} spent the night on a standard bed with two staff turning and a sore on the sacrum was found on {date}.",
            "The {rel}, {r.tfull}, complained by phone on {phone} and a reply was promised by {d.tdr}.",
            "Incident {ref2}; the tissue viability nurse {s2.title} graded the damage and reviewed the <<Braden scale>> score.",
        ],
        [
            "{p.first}'s address is {addr}.",
            "The driver, {o2.full}, had a handwritten note with the wrong site.",
            "A <<trolley 7>> was used as a temporary step.",
            "{p.first} also needed a wider chair, ordered by {o3.title}.",
            "Dietitian review with <<a MUST of 2>>.",
        ],
        [
            "Bed delivered at {time} on the second day. {s1.init}",
            "Request closed by {s1.full}; copy to {o4.full}.",
        ],
        ["BAR-######", "EQ/@@@/####"],
        provider=("Heavylift Care Equipment Ltd", "Bariatrix Rentals", "Sentinel Beds UK"),
    ),
    _style(
        "ward_round_jobs_list",
        "lines",
        "ward round jobs list, a job done on the wrong patient",
        [
            "WARD ROUND JOBS {ward} {date} (consultant {d.tdr})\n----",
            "Jobs list, {hospital}, {ward}, printed {date} {time}",
        ],
        [
            "[ ] {p.caps} ({hosp}), {age}: bloods, chase CT, restart <<rivaroxaban>> if Hb stable. Owner {s1.init}",
            "[x] {time} {s2.short}: <<rivaroxaban>> restarted but on the chart of {o1.full}, <<bed 3>>, not {p.first}",
            "[!] {time} error found by pharmacist {o2.full}; {o1.title} given one dose, no bleeding. Datix {ref}",
            "[ ] {p.first}: call {rel} {r.title} on {mob} to explain plan and the medication error",
            "[x] {time} {d.dr} reviewed both, <<Duty of Candour>> conversation with {o1.first} documented; see {ref2}",
        ],
        [
            "[ ] {p.first} DOB {dob}, NHS {nhs}: discharge address {addr} to be checked with {r.first}",
            "[ ] TTO for {o3.full} ({hosp}) to pharmacy by {time}",
            "[ ] refer {p.first} to {gp} for <<3 months>> review",
            "[x] <<Wells score>> 1 for {o2.title}'s calf, Doppler not needed",
            "[ ] {s1.first} to update whiteboard for <<bay 4>> and <<side room 2>>",
        ],
        [
            "---- end of list, updated by {s1.full} {time}",
            "---- handed to twilight team ({o4.full}) at {time}",
        ],
        ["DTX####", "WR-@@-####"],
    ),
    _style(
        "bed_flow_huddle_log",
        "lines",
        "bed manager's flow huddle log, a patient moved to a bed still occupied on paper (old)",
        [
            "FLOW HUDDLE {date} {time} chaired by site manager {s1.full}",
            "Bed state huddle, {hospital}, {date}. Scribe {s2.full}",
        ],
        [
            "{time} ED 34 waiting, 9 DTAs. {ward} has 2 beds pending discharge",
            "{time} {p.caps}, {age}, ({hosp}) allocated {ward} <<bed 12>>; system still showed {o1.full} in it",
            "{time} {p.first} moved up by porter {o2.full}; {o1.title} was still in <<bed 12>> awaiting transport",
            "{time} {p.first} held in corridor for 50 min; <<a NEWS2 of 3>>; {d.dr} informed. Log {ref}",
            "{time} {rel} {r.full} rang on {phone} asking where {p.first} was; called back by {s1.first}",
        ],
        [
            "{time} {home} cannot take {o3.full} back until tomorrow",
            "{time} discharge lounge full; <<chair 6>> kept for {p.first}",
            "{time} escalation to OPEL 3 declined by {o4.title}",
            "{time} transport via {prov} for {o1.first} booked {ref2}",
            "{time} {p.first} NHS {nhs}, home address {addr} confirmed for TTO",
        ],
        [
            "{time} huddle closed. Next {time}",
            "{time} actions with {s1.init}",
        ],
        ["FH-######", "SITREP/##/@@"],
        old=True,
        provider=("Swiftcare Patient Transport", "Pennine Ambulance Services Ltd", "Medicar North"),
    ),
    _style(
        "bbv_needlestick_source_log",
        "lines",
        "occupational health needlestick log, source patient's bloods sent without consent",
        [
            "BBV EXPOSURE LOG {ref} opened {date}",
            "Occupational health sharps log, {trust}, {date}",
        ],
        [
            "{time} HCA {s1.full} ({s1.email}) sharps injury from used cannula, {ward}, <<bay 4>>",
            "{time} source patient {p.full}, {age}, {hosp}; consent for BBV test to be sought by {d.dr}",
            "{time} bloods taken from {p.first} by {s2.short} before consent documented; {p.title} later objected",
            "{time} {s1.first} started <<Truvada>> PEP as a precaution; <<hepatitis B immunoglobulin>> not needed",
            "{time} incident {ref2}; apology to {p.title} by {d.title}; <<RIDDOR>> screen negative",
        ],
        [
            "{time} {s1.first} rang from home {mob}, follow-up at <<6 weeks>> and <<3 months>>",
            "{time} sample mislabelled at first with {o1.full}'s details and relabelled by {o2.title}",
            "{time} {p.first} DOB {dob}; address {addr}",
            "{time} OH nurse {o3.full} reviewed; <<Engerix B>> booster due",
            "{time} {p.first}'s {rel}, {r.full}, present during discussion",
        ],
        [
            "{time} log closed {s1.init}",
            "{time} entered by OH admin {o4.full}",
        ],
        ["OH-#####", "NSI/##/@@##"],
    ),
    _style(
        "research_consent_screening_log",
        "lines",
        "research screening log, a patient approached after declining",
        [
            "STUDY SCREENING LOG site {hospital} {date}",
            "Research screening and consent log (study {ref}), {trust}",
        ],
        [
            "{time} screened {p.caps} {hosp}, {age}: eligible; research nurse {s1.full}",
            "{time} {p.first} declined on {date}; noted in EPR by {s2.short}",
            "{time} {o1.full} (another nurse) approached {p.first} again using an old printout; {p.title} upset",
            "{time} PI {d.tdr} informed; deviation {ref2} raised with sponsor and <<the HRA>> process followed",
            "{time} apology to {p.title}, call to {rel} {r.full} on {phone}",
        ],
        [
            "{time} {o2.full} randomised to arm B, <<enoxaparin>>",
            "{time} {p.first} NHS {nhs}, DOB {dob}",
            "{time} screen fail {o3.title}: <<an HbA1c of 71>>",
            "{time} {p.first}'s address for study letters {addr}",
            "{time} consent forms stored under <<the Data Protection Act>> rules",
        ],
        [
            "{time} log signed {s1.init}",
            "{time} monitor visit by {o4.full} booked",
        ],
        ["R&D-####", "SCR-@@-###"],
    ),
    _style(
        "transport_booking_amendment_log",
        "lines",
        "patient transport booking log, a pick-up sent to the former address",
        [
            "TRANSPORT BOOKINGS {prov} {date}",
            "Patient transport amendment log, booking {ref}, {date}",
        ],
        [
            "{time} booking for {p.upper} ({nhs}), {age}, outpatients at {hospital}; stretcher, one escort",
            "{time} address on system {addr2}; {p.first} moved to {addr} last month",
            "{time} crew {o1.full} and {o2.short} attended old address, no answer; job aborted",
            "{time} {rel} {r.tfull} rang {phone} to say {p.first} still waiting; rebooked {ref2}",
            "{time} {p.first} missed clinic with {d.dr}; new appointment {date}",
        ],
        [
            "{time} control note: {s1.full} amended address after call",
            "{time} eligibility re-checked, {p.first} uses <<a Barthel of 35>>",
            "{time} <<vehicle 22>> reallocated to {o3.full}",
            "{time} {r.first}'s mobile {mob}, feedback link {url} sent",
            "{time} complaint passed to PALS by {s2.full}",
        ],
        [
            "{time} log closed {s1.init}",
            "{time} shift controller {o4.full}",
        ],
        ["PTS######", "TB/@@/####"],
        provider=("Swiftcare Patient Transport", "Medicar North", "Rapid Response Ambulance Ltd"),
    ),
    _style(
        "ftsu_guardian_case_log",
        "lines",
        "Freedom to Speak Up guardian's case log, a concern about unsafe staffing",
        [
            "FTSU CASE LOG {ref} opened {date}",
            "Freedom to Speak Up guardian log, {trust}",
        ],
        [
            "{time} contact from {s1.full} ({s1.email}), {ward}: night staffing and a delayed review",
            "{time} example given: {p.full}, {age}, deteriorated with <<a NEWS2 of 6>> and waited 2 hours for {d.dr}",
            "{time} {s1.first} reports that {o1.tfull} told staff not to raise Datix reports",
            "{time} guardian {s2.full} met {s1.first}; protection under <<the Public Interest Disclosure Act>> explained",
            "{time} escalated to the chief nurse; report to <<the National Guardian's Office>> quarterly return, {ref2}",
        ],
        [
            "{time} {s1.first} asked that {p.first}'s {rel}, {r.full}, not be contacted",
            "{time} follow-up call to {mob}",
            "{time} similar concern from {o2.full} on {date}",
            "{time} HR rep {o3.title} to attend",
            "{time} {s1.first} is <<Band 5>> and works mostly nights",
        ],
        [
            "{time} case remains open {s2.init}",
            "{time} reviewed with {o4.full}",
        ],
        ["FTSU-####", "SU/##/@@"],
    ),
    _style(
        "phlebotomy_round_log",
        "lines",
        "phlebotomy round log, a sample taken from the wrong patient in a shared bay (old)",
        [
            "PHLEBOTOMY ROUND {ward} {date}",
            "Phlebotomy round sheet, {hospital}, {date}, phlebotomist {s1.full}",
        ],
        [
            "{time} {p.caps} {hosp} FBC U&E INR requested by {d.dr}",
            "{time} <<bed 12>> drawn, but wristband not checked; patient was {o1.full}, {p.first} had moved to <<bed 3>>",
            "{time} lab rejected sample as group mismatch for {p.full}, {age}; BMS {o2.full}",
            "{time} repeat from {p.first} by {s2.short}; {p.title} on <<apixaban>>",
            "{time} incident {ref}; ward manager {o3.title} informed",
        ],
        [
            "{time} {p.first} DOB {dob}, NHS {nhs}",
            "{time} {rel} {r.full} asked to be called on {phone}",
            "{time} {o1.first} refused second attempt",
            "{time} sample for {o4.full} sent urgent, {ref2}",
            "{time} discharge address {addr}",
        ],
        [
            "{time} round complete {s1.init}",
            "{time} handover to afternoon phlebotomist {o5.full}",
        ],
        ["PHL-#####", "LAB/@@/####"],
        old=True,
    ),
    _style(
        "blood_bank_reaction_workup_log",
        "lines",
        "blood bank work-up log after a febrile transfusion reaction",
        [
            "TRANSFUSION LAB WORK-UP {ref} {date}",
            "Blood bank reaction log, {hospital}, {date}",
        ],
        [
            "{time} call from {ward}: {p.full} ({hosp}), {age}, fever and rigors 20 min into unit 2",
            "{time} transfusion stopped by {s1.short}; {d.dr} gave <<chlorphenamine>> and <<paracetamol>>",
            "{time} unit returned; issued from <<fridge 3>> against the crossmatch of {o1.full}",
            "{time} BMS {s2.full} confirms groups compatible; reported to <<SHOT>> under <<the Blood Safety and Quality Regulations>>",
            "{time} {rel} {r.title} informed by phone {phone}; {ref2}",
        ],
        [
            "{time} {p.first} NHS {nhs} DOB {dob}",
            "{time} porter {o2.full} collected both units together",
            "{time} culture sent, <<NHS Blood and Transplant>> notified",
            "{time} {p.first}'s address {addr}",
            "{time} review by consultant haematologist {o3.title}",
        ],
        [
            "{time} closed {s2.init}",
            "{time} copy to {o4.full}",
        ],
        ["TR-######", "BB/@@/##"],
    ),
    _style(
        "ecg_request_log",
        "lines",
        "ECG request log, a trace filed in another patient's notes",
        [
            "ECG REQUESTS {ward} {date}",
            "Cardiac physiology request log, {hospital}, {date}",
        ],
        [
            "{time} request for {p.caps} ({hosp}), {age}, chest pain, by {d.dr}",
            "{time} ECG done by {s1.full}; uploaded under {o1.full}, <<cubicle 9>>",
            "{time} {d.title} reviewed the wrong trace; {p.first}'s ST changes missed for 90 min",
            "{time} found by {s2.short}; troponin sent, <<a GRACE of 140>>; incident {ref}",
            "{time} {rel} {r.full} rang {mob}; told by {s1.first}",
        ],
        [
            "{time} {p.first} DOB {dob}, NHS {nhs}",
            "{time} {o1.title} had a normal trace",
            "{time} cardiology {o2.full} accepted {p.first}",
            "{time} <<Virchow's triad>> discussion irrelevant, no VTE",
            "{time} address {addr}, ref {ref2}",
        ],
        [
            "{time} end {s1.init}",
            "{time} checked by {o3.full}",
        ],
        ["ECG-#####", "CP/@@/###"],
    ),
    _style(
        "colposcopy_result_letter",
        "letter",
        "colposcopy result letter, another woman's biopsy result enclosed",
        [
            "Colposcopy Unit, {hospital}\nOur ref: {ref}\n\n{p.tfull}\n{addrb}\n\n{date}\n\nDear {p.title},",
            "{trust}\nWomen's Services\nNHS number {nhs}\n\nPrivate and confidential\n{p.tfull}\n{addrb}\n\nDear {p.first},",
        ],
        [
            "Thank you for attending the colposcopy clinic on {date}, where {s1.full} took a small biopsy after the smear showed <<HPV 16/18>>.",
            "Your biopsy shows <<CIN2>>, and we recommend a small treatment called LLETZ, which we can offer on {date}.",
            "I must also apologise: a copy of the result letter for another patient, {o1.full}, was enclosed with your first letter, and your own went to {o1.title}.",
            "This has been recorded as {ref2}, both letters have been recovered, and we have told <<the BSCCP>> nurse lead.",
            "If you would like to talk this through, please ring {s2.full} on {phone} or email {email2}.",
        ],
        [
            "Your GP at {gp} has been sent a copy.",
            "If you bring your {rel}, {r.first}, please let us know in advance.",
            "The clinic runs in {ward} on Tuesday afternoons, and leaflets are at {url}.",
            "Treatment takes about 15 minutes under <<lidocaine>> and you can drive home.",
            "We will see you again in <<6/52>> for a check, and a test of cure at 6 months with {o2.title}.",
        ],
        [
            "Yours sincerely,\n\n{d.tdr}\nConsultant gynaecologist",
            "With best wishes,\n\n{d.tdr}\ncc {gp}; {o3.full}, colposcopy nurse",
        ],
        ["COL/####/@", "CLP-######"],
        sex="F",
    ),
    _style(
        "dexa_scan_result_letter",
        "letter",
        "DEXA result letter, results written about the wrong hip (old)",
        [
            "Bone Density Service, {hospital}\n{date}\n\n{p.tfull}\n{addrb}\n\nDear {p.title},",
            "{trust}\nRef {ref}  Hosp no {hosp}\n\nDear {p.title},",
        ],
        [
            "You had a DEXA scan on {date}, and I write with your results, which show <<a T-score of -2.8>> at the spine.",
            "Your fracture risk, <<a FRAX of 24%>>, means treatment is advised, and we suggest <<alendronic acid>> weekly with <<Adcal-D3>> daily.",
            "Our first letter wrongly described the left hip, as the report of {o1.full} had been copied into yours by the radiographer, {s1.full}.",
            "We are sorry for the confusion; this is recorded as {ref2} and your corrected report has gone to {gp}.",
            "At {age} you may also be offered <<denosumab>> if tablets are hard to take; please call {phone}.",
        ],
        [
            "Your date of birth on our records is {dob}; please tell us if this is wrong.",
            "Your {rel}, {r.full}, rang us and we have sent a copy to {email} as you asked.",
            "Falls prevention advice is also offered through <<the Royal Osteoporosis Society>>.",
            "If you have a <<Paget's disease>> history, please tell the nurse {s2.title}.",
            "A repeat scan is planned in <<5 years>>.",
        ],
        [
            "Yours sincerely,\n\n{d.tdr}\nMetabolic bone clinic",
            "Kind regards,\n\n{d.tdr}\ncc {o2.full}, practice pharmacist",
        ],
        ["DXA-#####", "BD/@@/####"],
        old=True,
    ),
    _style(
        "dvt_clinic_discharge_letter",
        "letter",
        "DVT clinic discharge letter, anticoagulant course length copied from another patient",
        [
            "Ambulatory DVT Clinic, {hospital}\n{date}\n\nDr at {gp}\n\nDear colleague,\n\nRe: {p.full}, DOB {dob}, NHS {nhs}\n{addr}",
            "{trust}\nOur ref {ref}\n\nDear {o1.dr},\n\nRE: {p.caps}, {hosp}",
        ],
        [
            "{p.first} attended on {date} with a swollen calf, a <<Wells score>> of 2 and a positive <<Homans' sign>>, and a scan showed a popliteal DVT.",
            "We started <<apixaban>>, but our first letter gave a course of <<12/12>>, copied from the plan of {o2.full}, a patient seen the same morning.",
            "The correct plan is <<3 months>> for a provoked clot, and {p.first} has been told by nurse {s1.full}.",
            "The error is recorded as {ref2}; please amend your repeat template.",
            "{p.first} can be contacted on {mob} and the {rel}, {r.full}, is aware.",
        ],
        [
            "A <<Baker's cyst>> was also seen.",
            "{p.first} is {age} and has no bleeding history.",
            "The clinic nurse {s2.title} gave written advice.",
            "{p.first} works for {prov} and will need a fit note.",
            "Any questions to {email2}, or see {url}.",
        ],
        [
            "Yours sincerely,\n\n{d.tdr}\nAcute medicine",
            "Best wishes,\n\n{d.tdr}\ncc {p.tfull}",
        ],
        ["DVT-######", "AMB/@@/##"],
        provider=("Greystone Logistics Ltd", "Harbour Foods plc", "Tillbrook Engineering"),
    ),
    _style(
        "home_adaptation_ot_letter",
        "letter",
        "occupational therapy letter about home adaptations, rail fitted at another address (old)",
        [
            "Community Occupational Therapy, {council}\n{date}\n\n{p.tfull}\n{addrb}\n\nDear {p.title},",
            "Adult Social Care OT team\nOur reference {ref}\n\nDear {p.title},",
        ],
        [
            "Following my visit on {date}, I recommended a stair rail, a perching stool and a key safe for you at {addr}.",
            "I am sorry that the contractor, {prov}, fitted the stair rail at {addr2}, the home of {o1.full}, because of a typing error.",
            "Your rail will now be fitted on {date}, and the fitter {o2.full} will call you first on {phone}.",
            "Your {rel}, {r.tfull}, told us you had a fall on the stairs on {date}; I have asked your GP at {gp} to review.",
            "This has been logged as {ref2} and a manager, {s1.full}, will check the work.",
        ],
        [
            "You are {age} and live alone, so a pendant alarm is also suggested.",
            "You told me you use <<Oramorph>> at night for pain.",
            "The physiotherapist {s2.title} will assess your <<Trendelenburg>> gait.",
            "Equipment is provided free under <<the Equality Act>> duties; details are at {url}.",
            "Your {rel} can email me at {s1.email}.",
        ],
        [
            "Yours sincerely,\n\n{s1.full}\nOccupational Therapist",
            "Kind regards,\n\n{s1.tfull}\ncc {d.tdr}",
        ],
        ["OT-#####", "ASC/@@/####"],
        old=True,
        provider=("Handyrail Adaptations Ltd", "SafeStep Home Fixes", "Keystone Minor Works"),
    ),
    _style(
        "insulin_pump_start_letter",
        "letter",
        "paediatric insulin pump start letter, another child's settings programmed (child)",
        [
            "Children's Diabetes Team, {hospital}\n{date}\n\nTo the parents of {p.full}\n{addrb}\n\nDear {r.title},",
            "{trust}\nRef {ref}\n\nDear {r.first},",
        ],
        [
            "{p.first} started on an <<Omnipod>> pump with <<NovoRapid>> on {date}, supported by our nurse {s1.full}.",
            "On the first evening the basal settings were those of {o1.full}, another child started that day, entered by {s2.short}.",
            "{p.first} had a low of 2.9 at {time}, treated at home by you; we are very sorry.",
            "The settings were corrected the next morning by {d.tdr} and the event recorded as {ref2}.",
            "Please ring {phone} at any time, or {mob} out of hours, and upload <<Freestyle Libre>> data weekly.",
        ],
        [
            "{p.first} is {age} and attends {gp} for repeat supplies.",
            "Our dietitian, {o2.full}, will contact you about carbohydrate counting.",
            "The school nurse {o3.title} will receive training.",
            "{p.first}'s <<an HbA1c of 71>> should improve.",
            "We will also arrange a <<Fiasp>> trial in <<3 months>>.",
        ],
        [
            "Yours sincerely,\n\n{d.tdr}\nConsultant paediatrician",
            "Best wishes,\n\n{s1.full}\nDiabetes nurse specialist",
        ],
        ["PDI-#####", "CYP/@@/###"],
        child=True,
    ),
    _style(
        "parking_refund_complaint_email",
        "letter",
        "e-mail complaint about a parking fine while visiting a dying relative",
        [
            "From: {r.full} <{email}>\nTo: {email2}\nSent: {date} {time}\nSubject: Parking charge, ref {ref}\n\nDear {s1.full},",
            "From: {email}\nTo: PALS\nDate: {date}\nSubject: complaint {ref}\n\nDear Sir or Madam,",
        ],
        [
            "My {rel}, {p.full}, died on {ward} at {hospital} on {date} and I was at the bedside for most of that week.",
            "I received a parking charge from {prov} for the night of {date}, even though nurse {s2.full} gave me a concession permit.",
            "The permit had the name of {o1.full} on it, because the ward clerk, {o2.full}, had filled it in from the wrong list.",
            "I ask that the charge {ref2} be cancelled and that you write to me at {addr}.",
            "You can call me on {mob}; please do not ring the home number of {p.first}.",
        ],
        [
            "{p.first} was {age} and was cared for by {d.tdr}.",
            "> On {date}, {o3.full} wrote: we will look into your complaint.",
            "The car park staff, {o4.full}, were polite.",
            "I know hospitals must follow <<the NHS Constitution>> on this.",
            "The bereavement office at {hospital} was kind, but the form at {url} would not submit.",
        ],
        [
            "Yours faithfully,\n{r.full}",
            "Regards,\n{r.first}",
        ],
        ["PCN-########", "PALS/##/@@##"],
        old=True,
        provider=("ParkRight Enforcement Ltd", "Civic Car Parks UK", "GateWay Parking Services"),
    ),
    _style(
        "hepatitis_b_booster_recall_letter",
        "letter",
        "occupational health recall letter, booster given to a namesake colleague",
        [
            "Occupational Health, {trust}\n{date}\n\nPrivate: {s1.tfull}, {ward}\n\nDear {s1.first},",
            "OH Department, {hospital}\nOur ref {ref}\n\n{s1.tfull}\n{ward}\n\nDear {s1.title},",
        ],
        [
            "Our records show your <<Engerix B>> booster was due on {date}, after a titre check.",
            "We found that the booster booked for you was given to {o1.full}, a colleague on {ward}, because the booking was made under the wrong staff number.",
            "Please attend on {date} at {time}; our nurse {s2.full} will give your dose.",
            "The error has been logged as {ref2}; no harm came to {o1.title}.",
            "Call {phone} or email {email2} to rebook.",
        ],
        [
            "You reported a needlestick from patient {p.full} on {date}, and results are complete.",
            "Follow <<the Green Book>> schedule.",
            "Your manager, {o2.full}, is aware.",
            "Keep your vaccination card safe; you can see your record at {url}.",
            "{d.tdr} reviewed your record.",
        ],
        [
            "Yours sincerely,\n\n{d.tdr}\nOccupational Health Physician",
            "With regards,\n\n{s2.full}\nOH nurse",
        ],
        ["OHR-#####", "HB/@@/####"],
    ),
)


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------


@dataclass
class _Who:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool
    hon: str
    nick: str | None = None
    doctor: bool = False


def _own_person(rng: random.Random, sex: str) -> tuple[str, str]:
    first = rng.choice(_FIRST_F if sex == "F" else _FIRST_M)
    return first, rng.choice(_LAST)


def _listed(first: str, last: str) -> str:
    listed = listed_names()
    every = [p for p in re.split(r"[\s-]+", f"{first} {last}") if p]
    return "listed" if all(p.casefold() in listed for p in every) else "unlisted"


def _draw(rng: random.Random, used: set[str], *, sex: str | None, doctor: bool, kind: str) -> _Who:
    while True:
        sex_ = sex or rng.choice("FM")
        if rng.random() < 0.55:
            person = _new_person(rng, sex=sex_)
            first, last, names = person.first, person.last, person.names
        else:
            first, last = _own_person(rng, sex_)
            names = _listed(first, last)
        parts = _parts(first, last)
        nick = None
        if first in NICKNAMES and rng.random() < 0.8:
            nick = rng.choice(NICKNAMES[first])
            parts.add(_fold(nick))
        if parts & used or any(len(p) < 2 or p in _HONORIFIC_WORDS for p in parts):
            continue
        used |= parts
        if doctor:
            hon = "Dr"
        elif sex_ == "F":
            hon = rng.choice(_HON_F) if kind == "patient" else rng.choice(("Ms", "Mrs", "Miss"))
        else:
            hon = "Mr"
        if rng.random() < 0.2:
            hon += "."
        return _Who(first, last, sex_, names, False, hon, nick, doctor)


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------

_ONES = (
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _words(n: int) -> str:
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {_words(rest)}" if rest else "")
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")


def _date_text(day: date, rng: random.Random, *, year: bool = False) -> str:
    d, m, y = day.day, day.month, day.year
    mon = MONTHS[m - 1]
    wd3 = _DAY3[day.weekday()]
    forms = [
        f"{d:02d}/{m:02d}/{y}",
        f"{d}/{m}/{y % 100:02d}",
        f"{ordinal(d)} {mon} {y}",
        f"{d} {mon} {y}",
        f"{d:02d}{mon[:3].upper()}{y}",
        f"{d} {mon[:3].upper()} {y}",
        f"{d}.{m}.{y % 100:02d}",
        f"{d:02d}-{m:02d}-{y}",
        f"{d}-{mon[:3]}-{y}",
        f"{mon} {d}, {y}",
        f"{wd3} {d:02d}/{m:02d}/{y}",
        day.isoformat(),
        f"{d:02d}.{m:02d}.{y}",
        f"{ordinal(d)} {mon[:3]} '{y % 100:02d}",
        f"{d}.{_ROMAN[m - 1]}.{y}",
        f"{_DAYS[day.weekday()]} {d} {mon} {y}",
    ]
    if not year:
        forms += [
            f"{wd3} {ordinal(d)} {mon[:3]}",
            f"{_DAYS[day.weekday()]} the {ordinal(d)}",
            f"{wd3} {d}/{m}",
            f"the {ordinal(d)} of {mon}",
            f"{ordinal(d)} {mon}",
            f"{d} {mon}",
            f"{d:02d}/{m:02d}",
            f"{d} {mon[:3]}",
            f"{mon[:3]} {ordinal(d)}",
            f"{_DAYS[day.weekday()][:2]} {d:02d}/{m:02d}",
        ]
    return rng.choice(forms)


def _hosp_number(rng: random.Random, form: str) -> str:
    return "".join(
        str(rng.randint(0, 9))
        if c == "9"
        else rng.choice("ABCDEFGHJKLMNPRSTUWXY")
        if c == "A"
        else c
        for c in form
    )


def _ref(rng: random.Random, shape: str) -> str:
    return "".join(
        str(rng.randint(0, 9))
        if c == "#"
        else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        if c == "@"
        else c
        for c in shape
    )


def _landline(rng: random.Random, code: str) -> str:
    rest = 11 - len(code)
    digits = "".join(str(rng.randint(0, 9)) for _ in range(rest))
    digits = str(rng.randint(2, 9)) + digits[1:]
    if len(code) == 3:
        local = f"{digits[:4]} {digits[4:]}"
    elif len(code) == 4:
        local = f"{digits[:3]} {digits[3:]}"
    else:
        local = digits
    number = rng.choice(
        [
            f"{code} {local}", f"({code}) {local}", f"+44 (0){code[1:]} {local}",
            f"{code}{local.replace(' ', '')}", f"{code}-{local.replace(' ', '-')}",
            f"+44 {code[1:]} {local}",
        ]
    )  # fmt: skip
    roll = rng.random()
    if roll < 0.12:
        number += f" ext {rng.randint(1000, 9999)}"
    elif roll < 0.22:
        number += f" x{rng.randint(1000, 9999)}"
    return number


def _mobile(rng: random.Random) -> str:
    d = f"7{rng.randint(4, 9)}{rng.randint(0, 99999999):08d}"
    return rng.choice(
        [
            f"0{d[:4]} {d[4:]}", f"0{d[:4]}-{d[4:7]}-{d[7:]}", f"+44 {d[:4]} {d[4:]}",
            f"+44{d}", f"0{d}", f"0{d[:3]} {d[3:6]} {d[6:]}", f"(0{d[:4]}) {d[4:]}",
        ]
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------
# One case and its text
# ---------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\{(\w+)\.(\w+)\}|\{(\w+)\}|<<(.+?)>>")
_LOOK = {term for terms in LOOKALIKES.values() for term in terms}


@dataclass
class _Case:
    rng: random.Random
    style: Style
    record: bool
    people: dict[str, _Who] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    pieces: list = field(default_factory=list)  # (text, label, who)
    negatives: list = field(default_factory=list)
    written: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        rng, style = self.rng, self.style
        self.town, self.area, self.code = rng.choice(TOWNS)
        self.day = date(2024, 1, 1) + timedelta(days=rng.randint(0, 900))
        if style.child:
            self.age = rng.randint(1, 15)
        elif rng.random() < (0.7 if style.old else 0.25):
            self.age = rng.randint(90, 104)
        else:
            self.age = rng.randint(19, 89)
        self.dob = self.day - timedelta(days=365 * self.age + rng.randint(1, 360))
        self.nhs = nhs_number(rng)
        self.hosp = _hosp_number(rng, rng.choice(HOSP_FORMS))
        flat = f"Flat {rng.randint(1, 24)}, " if rng.random() < 0.25 else ""
        self.house = f"{flat}{rng.randint(1, 180)} {rng.choice(STREETS)}"
        self.locality = rng.choice(LOCALITIES)
        self.postcode = postcode(rng, self.area)
        self.ward = rng.choice(WARDS)
        self.home = rng.choice(HOMES)
        self.gp = rng.choice(GPS)
        saint = rng.choice(("St Aidan's", "St Non's", "St Cuthbert's", "St Hilda's", "St Brigid's"))
        self.hospitals = rng.sample(
            [
                f"{self.town} Royal Infirmary", f"{self.town} General Hospital",
                f"{saint} Hospital", f"{self.town} Community Hospital",
            ],
            2,
        )  # fmt: skip
        self.trust = rng.choice(
            [
                f"{self.town} Teaching Hospitals NHS Foundation Trust",
                f"{self.town} and District NHS Trust", f"{self.town} Community Health NHS Trust",
            ]
        )  # fmt: skip
        self.council = rng.choice([f"{self.town} City Council", f"{self.town} Council"])
        self.prov = rng.choice(style.provider) if style.provider else ""
        self.refs = (_ref(rng, style.refs[0]), _ref(rng, style.refs[1]))
        self.clock = rng.randint(6 * 60, 14 * 60)
        self.clock_form = rng.choice(("{h:02d}:{m:02d}", "{h:02d}{m:02d}hrs", "{h:02d}.{m:02d}"))
        self.slug = _slug(self.town)
        # who is in the record
        for key, kind in (
            ("p", "patient"),
            ("r", "relative"),
            ("s1", "staff"),
            ("s2", "staff"),
            ("d", "doctor"),
        ):
            who = _draw(
                rng, self.used, sex=style.sex if key == "p" else None, doctor=key == "d", kind=kind
            )
            self.people[key] = who
        female = self.people["r"].sex == "F"
        if style.child:
            self.rel = rng.choice(
                ("mother", "mum", "grandmother") if female else ("father", "dad", "grandfather")
            )
        else:
            self.rel = rng.choice(
                ("daughter", "wife", "niece", "partner", "sister")
                if female
                else ("son", "husband", "nephew", "partner", "brother")
            )
        chance = {"p": 1.0, "r": 0.7, "s1": 0.3, "s2": 0.3, "d": 0.3}
        self.known: dict = {}
        if self.record:
            names = []
            for key, who in self.people.items():
                if rng.random() < chance[key]:
                    who.in_record = True
                    title = key == "p" and rng.random() < 0.4
                    names.append(
                        f"{who.hon} {who.first} {who.last}" if title else f"{who.first} {who.last}"
                    )
            self.known = {
                "names": names,
                "nhs_number": self.nhs,
                "date_of_birth": self.dob.isoformat(),
                "hospital_number": self.hosp,
                "address": f"{self.house}, {self.locality}, {self.town}, {self.postcode}",
            }

    # -- writing ------------------------------------------------------------------------------

    def put(self, text: str, label: str | None = None, who: _Who | None = None) -> None:
        self.pieces.append((text, label, who))

    def person(self, key: str, fresh: dict) -> _Who:
        if key in fresh:
            return fresh[key]
        if key not in self.people:
            self.people[key] = _draw(self.rng, self.used, sex=None, doctor=False, kind="other")
        return self.people[key]

    def name_form(self, who: _Who, form: str) -> tuple[str, str]:
        rng = self.rng
        first, last = who.first, who.last
        if form == "full":
            roll = rng.random()
            if roll < 0.08:
                return f"{first} {last}".upper(), "PERSON"
            if roll < 0.13:
                return f"{first} {last}".lower(), "PERSON"
            if roll < 0.2:
                return f"{last.upper()}, {first}", "PERSON"
            if roll < 0.27:
                return f"{first[0]}. {last}", "PERSON"
            return f"{first} {last}", "PERSON"
        if form == "first":
            if who.nick and rng.random() < 0.5:
                return who.nick, "PERSON"
            return first, "PERSON"
        if form == "nick":
            return who.nick or first, "PERSON"
        if form == "last":
            return last, "PERSON"
        if form in ("title", "dr"):
            if form == "dr":
                who.hon = "Dr"
            return f"{who.hon} {last}", "PERSON"
        if form in ("tfull", "tdr"):
            if form == "tdr":
                who.hon = "Dr"
            return f"{who.hon} {first} {last}", "PERSON"
        if form == "short":
            return rng.choice((f"{first[0]}. {last}", f"{first[0]} {last}")), "PERSON"
        if form == "init":
            letters = [p[0].upper() for p in re.split(r"[\s-]+", f"{first} {last}") if p][:4]
            if rng.random() < 0.5:
                return "".join(f"{c}." for c in letters), "PERSON"
            return "".join(letters), "PERSON"
        if form == "caps":
            return f"{last.upper()}, {first}", "PERSON"
        if form == "upper":
            return f"{first} {last}".upper(), "PERSON"
        if form == "lower":
            return f"{first} {last}".lower(), "PERSON"
        if form == "email":
            return f"{_slug(first)}.{_slug(last)}{rng.randint(1, 9)}@nhs.net", "EMAIL"
        raise KeyError(form)

    def time(self) -> str:
        self.clock += self.rng.randint(4, 55)
        h, m = divmod(self.clock % (24 * 60), 60)
        return self.clock_form.format(h=h, m=m)

    def age_text(self) -> None:
        rng = self.rng
        age = self.age if rng.random() < 0.8 else rng.randint(19, 89)
        if self.style.child:
            age = self.age
        written = _words(age) if age >= 19 and rng.random() < 0.15 else str(age)
        if not written.isdigit():
            before, after = "aged ", ""
        else:
            before, after = rng.choice(
                [("aged ", ""), ("", "yo"), ("", " y/o"), ("", " years old"), ("age ", ""),
                 ("", "y"), ("", " yrs")]
            )  # fmt: skip
        self.put(before)
        self.put(written, "AGE" if age > 89 else "_age")
        self.put(after)

    def address(self, block: bool, wrong: bool) -> None:
        rng = self.rng
        house = self.house
        if wrong:
            house = f"{rng.randint(1, 180)} {rng.choice(STREETS)}"
        parts = [house, self.locality, self.town]
        if block:
            self.put("\n".join(parts), "ADDRESS")
            if not wrong:
                self.put("\n")
                self.put(self.postcode, "POSTCODE")
            return
        style = rng.random()
        if style < 0.2:
            text = " ".join(parts).replace(",", "").upper()
        elif style < 0.35:
            text = " ".join(parts).replace(",", "")
        else:
            text = ", ".join(parts)
        self.put(text, "ADDRESS")
        if not wrong:
            pc = self.postcode
            pc = rng.choice([pc, pc, pc.replace(" ", ""), pc.replace(" ", "  "), pc.lower()])
            self.put(rng.choice([", ", " "]))
            self.put(pc, "POSTCODE")

    def slot(self, name: str) -> None:
        rng = self.rng
        put = self.put
        if name == "date":
            put(_date_text(self.day + timedelta(days=rng.randint(-20, 20)), rng), "DATE")
        elif name == "dob":
            put(_date_text(self.dob, rng, year=True), "DATE")
        elif name == "age":
            self.age_text()
        elif name == "nhs":
            n = self.nhs
            put(
                rng.choice([n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"]),
                "NHS_NUMBER",
            )
        elif name == "hosp":
            put(self.hosp, "HOSPITAL_NUMBER")
        elif name in ("addr", "addrb", "addr2"):
            self.address(name == "addrb", name == "addr2")
        elif name == "ward":
            put(self.ward, "LOCATION")
        elif name == "home":
            put(self.home, "LOCATION")
        elif name == "street":
            put(rng.choice(STREETS), "LOCATION")
        elif name == "hospital":
            put(self.hospitals[0], "ORGANISATION")
        elif name == "hospital2":
            put(self.hospitals[1], "ORGANISATION")
        elif name == "trust":
            put(self.trust, "ORGANISATION")
        elif name == "gp":
            put(self.gp, "ORGANISATION")
        elif name == "council":
            put(self.council, "ORGANISATION")
        elif name == "prov":
            put(self.prov, "ORGANISATION")
        elif name == "ref":
            put(self.refs[0], "ID")
        elif name == "ref2":
            put(self.refs[1], "ID")
        elif name == "phone":
            put(_landline(rng, self.code), "PHONE")
        elif name == "mob":
            put(_mobile(rng), "PHONE")
        elif name == "email":
            r = self.people["r"]
            put(
                f"{_slug(r.first)}{rng.choice(['.', '_', ''])}{_slug(r.last)}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com'])}",
                "EMAIL",
            )
        elif name == "email2":
            put(
                f"{self.slug}.{self.style.name.split('_')[0]}{rng.choice(['', 'team', '.admin'])}@nhs.net",
                "EMAIL",
            )
        elif name == "url":
            put(
                rng.choice(
                    [
                        f"https://www.{self.slug}hospitals.nhs.uk/feedback",
                        f"www.{self.slug}-health.nhs.uk/patients/{_slug(self.people['p'].first)}",
                        f"portal.{self.slug}.nhs.uk/login",
                    ]
                ),
                "URL",
            )
        elif name == "rel":
            put(self.rel)
        elif name == "time":
            put(self.time())
        else:
            raise KeyError(name)

    def sentence(self, template: str, fresh: dict | None = None) -> None:
        fresh = fresh if fresh is not None else {}
        pos = 0
        for match in _TOKEN.finditer(template):
            self.put(template[pos : match.start()])
            pos = match.end()
            who_key, form, slot, term = match.groups()
            if term is not None:
                self.put(term, "_look")
            elif slot is not None:
                self.slot(slot)
            else:
                who = self.person(who_key, fresh)
                text, label = self.name_form(who, form)
                self.put(text, label, who)
        self.put(template[pos:])

    def build(self) -> tuple[str, tuple[GoldSpan, ...], list[tuple[int, int]]]:
        text = ""
        gold: list[GoldSpan] = []
        negatives: list[tuple[int, int]] = []
        for piece, label, who in self.pieces:
            if label is None and piece.startswith(".") and text.endswith("."):
                piece = piece[1:]
            start = len(text)
            text += piece
            if label in ("_look", "_age"):
                negatives.append((start, len(text)))
            elif label == "PERSON":
                gold.append(GoldSpan(start, len(text), label, who.names, bool(who.in_record)))
            elif label:
                gold.append(GoldSpan(start, len(text), label))
        return text, tuple(gold), negatives


SHARED: tuple[str, ...] = (
    "The patient safety lead, {o4.full}, has asked for a short learning summary by {date}.",
    "A student nurse, {o5.first}, was shadowing and has written a reflection with {o4.title}.",
    "Nothing here changes the advice of <<NICE>> or the local policy on <<Caldicott principles>>.",
    "The ward clerk that day, {o4.full}, confirmed the times from the phone log.",
    "An interpreter, {o4.tfull}, was offered but not needed.",
    "The matter was discussed at the weekly governance meeting chaired by {o4.full} on {date}.",
    "The family were offered a meeting, and {o5.full} from PALS will arrange it; feedback can be left at {url}.",
    "The agency nurse, {o4.short}, gave a written account the next day.",
    "No report to <<the CQC>> was needed, but <<the ICB>> quality team was copied.",
    "A similar event involving {o4.full} and {o5.full} was reviewed last spring.",
    "Records were checked against <<the NHS Constitution>> pledges by the governance lead, {o4.title}.",
    "Staff were reminded of the two-identifier check at the safety briefing led by {o4.first} on {date}.",
    "Learning will go to <<NHS Resolution>> only if a claim follows, as {o4.title} from legal advised.",
    "A nurse from another ward, {o4.full}, mentioned that a <<Foley catheter>> bag had been mislabelled the same week.",
    "The <<Bristol stool chart>> and fluid balance were complete for the shift, checked by {o4.short}.",
    "The trust's lawyer, {o4.tfull}, noted that <<the Human Tissue Act>> did not apply.",
    "Any fitness to practise question would be for <<the NMC>> or <<the GMC>>, not this review, said {o5.full}.",
    "A <<Heimlich manoeuvre>> was needed for another patient in <<room 14>> at the same time, which drew staff away.",
    "Checks for <<Addison's disease>> and <<Cushing's syndrome>> on the problem list were unrelated.",
    "The safeguarding lead, {o4.full}, confirmed that <<Section 5>> and <<the Court of Protection>> were not relevant.",
)
SHARED_LINES: tuple[str, ...] = (
    "{time} note added by ward clerk {o4.full}",
    "{time} call from switchboard, {o4.first} transferred to {o5.full}",
    "{time} agency HCA {o4.short} on break",
    "{time} safety huddle, lead {o4.title}",
    "{time} porter {o4.full} requested for <<trolley 7>>",
    "{time} student {o4.first} observing with {o5.title}",
    "{time} interpreter {o4.full} booked for another patient",
    "{time} no reply from {o4.title}; voicemail left",
    "{time} duty manager {o4.tfull} aware",
    "{time} governance lead {o4.full} copied; <<the ICB>> not yet informed",
    "{time} <<NICE>> guidance and {url} sent by {o4.first}",
    "{time} housekeeper {o4.full} cleaned <<side room 2>>",
    "{time} {o4.full} ({o4.email}) asked for <<mupirocin>> and <<Octenisan>> stock",
    "{time} <<pod B>> closed for cleaning, <<slot 4>> moved",
    "{time} <<Band 3>> HCA {o4.first} sent to help <<bay 4>>",
    "{time} controlled drug check of <<midazolam>> by {o4.title} and {o5.title}",
    "{time} reminder: obs within <<48 hours>>, review at <<72 hours>>, audit every <<28 days>>",
    "{time} <<an Abbey pain score of 9>> for the patient of {o4.full}, escalated",
    "{time} {o4.full} queried <<a DoLS>> and <<the Liberty Protection Safeguards>> timeline",
    "{time} <<a Clinical Frailty Scale of 6>> noted by {o4.short}; <<a FEV1 of 62%>> from clinic",
)


def _shared(style: Style) -> tuple[str, ...]:
    return SHARED_LINES if style.register == "lines" else SHARED


def _join(register: str) -> str:
    return {"prose": " ", "lines": "\n", "letter": "\n\n"}[register]


def _count(case: _Case) -> int:
    return len("".join(p[0] for p in case.pieces).split())


def example(rng: random.Random, number: int, style: Style | None = None) -> Example:
    return _example(rng, number, style)[0]


def _example(rng: random.Random, number: int, style: Style | None) -> tuple[Example, list]:
    style = style or rng.choice(STYLES)
    case = _Case(rng, style, record=rng.random() >= 0.12)
    target = max(230, min(380, round(rng.gauss(300, 40))))
    body = list(style.core)
    extras = list(style.extras)
    rng.shuffle(extras)
    header = rng.choice(style.headers)
    ending = rng.choice(style.endings)
    estimate = sum(len(s.split()) for s in (header, ending, *body))
    while extras and estimate < target:
        sentence = extras.pop()
        body.insert(rng.randint(2, len(body)), sentence)
        estimate += len(sentence.split())
    pool = list(_shared(style))
    rng.shuffle(pool)
    joiner = _join(style.register)
    case.sentence(header)
    for sentence in body:
        case.put(joiner)
        case.sentence(sentence)
    closing = len(ending.split()) + 2
    while pool and _count(case) + closing < target:  # top-ups, counted as written
        sentence = pool.pop()
        case.put(joiner)
        fresh = {}
        for key in ("o4", "o5"):
            if "{" + key + "." in sentence:
                fresh[key] = _draw(rng, case.used, sex=None, doctor=False, kind="other")
        case.sentence(sentence, fresh)
    case.put(joiner)
    case.sentence(ending)
    text, gold, negatives = case.build()
    made = Example(
        id=f"{PREFIX}-{number:06d}", text=text, known=case.known, gold=gold, kind=style.name
    )
    return made, negatives


def _deck(count: int, seed: int) -> Iterator[tuple[Example, list]]:
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _example(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    for made, _ in _deck(count, seed):
        yield made


def generate_with_negatives(count: int, seed: int = 1) -> Iterator[tuple[Example, list]]:
    yield from _deck(count, seed)


def alternatives() -> int:
    every = sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
    return every + len(SHARED) + len(SHARED_LINES)
