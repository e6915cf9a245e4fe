"""An eighth blind evaluation pack for de-identification: 25 registers none of the other packs has.

Written without reading the engine (``deidentify``, its name and place lists, its tests or its
README) or the narrative templates of the other packs; only the shared infrastructure of
``evaluation`` is imported (the gold dataclasses, Faker name pools, NHS numbers and postcodes).
Everything else here (styles, dates, ages, phones, references, places, organisations, own name
pools) is this pack's own. See ``evaluation_blind8.md`` for the gold conventions.
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

__all__ = ["DIRECT_IDENTIFIERS", "LABELS", "STYLES", "example", "generate"]

PREFIX = "blind8"
LOW_WORDS, HIGH_WORDS = 200, 420

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Real towns with their postcode area and dialling code; everything named after them is invented.
TOWNS = (
    ("Barnsley", "S", "01226"), ("Rotherham", "S", "01709"), ("Grimsby", "DN", "01472"),
    ("Scunthorpe", "DN", "01724"), ("Kendal", "LA", "01539"), ("Telford", "TF", "01952"),
    ("Crewe", "CW", "01270"), ("Macclesfield", "SK", "01625"), ("Mansfield", "NG", "01623"),
    ("Chesterfield", "S", "01246"), ("Kettering", "NN", "01536"), ("Bedford", "MK", "01234"),
    ("Yeovil", "BA", "01935"), ("Barnstaple", "EX", "01271"), ("Hastings", "TN", "01424"),
    ("Ashford", "TN", "01233"), ("Basingstoke", "RG", "01256"), ("Stafford", "ST", "01785"),
    ("Burnley", "BB", "01282"), ("Southport", "PR", "01704"), ("Hexham", "NE", "01434"),
    ("Whitby", "YO", "01947"), ("Boston", "PE", "01205"), ("Kidderminster", "DY", "01562"),
)  # fmt: skip
LOCALITIES = (
    "Monk Bretton", "Wath", "Cleethorpes", "Ashby", "Natland", "Wellington", "Nantwich",
    "Tytherington", "Forest Town", "Brampton", "Barton Seagrave", "Kempston", "Preston Plucknett",
    "Pilton", "Ore", "Kennington", "Oakridge", "Baswich", "Rosegrove", "Birkdale", "Acomb",
    "Ruswarp", "Fishtoft", "Franche",
)  # fmt: skip
STREETS = (
    "Quarry", "Tanyard", "Ropewalk", "Foundry", "Lapwing", "Sandpiper", "Kiln", "Cobbler",
    "Wheelwright", "Bramble", "Thistle", "Heron", "Ferncliffe", "Saltburn", "Bleak Hill",
    "Goose", "Weaver", "Clough", "Tarn", "Pinfold", "Glebe", "Coppice", "Sandhurst", "Bishopsgate",
)  # fmt: skip
STREET_KINDS = ("Road", "Street", "Lane", "Close", "Drive", "Way", "Croft", "Fold", "Bank", "Row")
WARDS = (
    "Foxglove", "Cornflower", "Teasel", "Campion", "Yarrow", "Sorrel", "Meadowsweet", "Tansy",
    "Cowslip", "Harebell", "Speedwell", "Wren", "Curlew", "Dunlin", "Plover", "Avocet",
)  # fmt: skip
WARD_FORMS = ("{w} Ward", "{w} Unit", "Ward {w}", "{w} ward", "{w} Suite")
HOMES = (
    "Larkfield House", "Millstone Lodge", "The Hollies", "Brackenwood", "Cherry Tree Court",
    "Fellside", "St Hilda's", "Wolds View", "Kingsmead", "The Poplars", "Ashlea Grange",
)  # fmt: skip
HOSPITAL_FORMS = (
    "{town} General Hospital", "{town} Royal Infirmary", "{town} District Hospital",
    "{town} Memorial Hospital", "{town} Community Hospital", "Royal {town} Hospital",
)  # fmt: skip
TRUST_FORMS = (
    "{town} and District NHS Foundation Trust", "{town} Teaching Hospitals NHS Trust",
    "North {town} Healthcare NHS Trust", "{town} Community Health NHS Trust",
)  # fmt: skip
GP_FORMS = ("{s} Lane Surgery", "{s} Medical Practice", "The {s} Health Centre", "{s} Road Surgery")
SCHOOLS = ("{town} Academy", "St Wilfrid's C of E Primary School", "{town} High School")
AGENCIES = (
    "Brightwater Homecare Ltd", "Keystone Care Agency", "Northlight Support Services",
    "Pennine Transport Services Ltd", "Harbourside Funeral Directors", "Medilab Couriers Ltd",
    "Carewell Translation Services", "Oakstone Supported Living",
)  # fmt: skip
POLICE = ("South Yorkshire Police", "Cumbria Constabulary", "Humberside Police", "Kent Police")
AMBULANCE = (
    "Yorkshire Ambulance Service",
    "North West Ambulance Service",
    "South East Coast Ambulance Service",
)
NATIONAL = (
    "the CQC", "NHS England", "UKHSA", "NHS Blood and Transplant", "the Youth Justice Board",
    "Ofsted", "the MHRA", "the HTA", "NHS Resolution", "the ICB", "TARN", "SSNAP",
)  # fmt: skip

LOOKALIKES = {
    "eponym": (
        "Parkinson's disease",
        "Bell's palsy",
        "Charcot foot",
        "Cushing's triad",
        "Addison's disease",
        "Down syndrome",
        "Glasgow Coma Scale",
        "Hodgkin lymphoma",
        "Stevens-Johnson syndrome",
        "Kawasaki disease",
        "Alzheimer's disease",
        "Brown-Sequard syndrome",
    ),
    "score": (
        "GCS 9/15",
        "NIHSS 14",
        "a Waterlow of 22",
        "NEWS2 of 7",
        "ISS 25",
        "a Rankin of 4",
        "Lund and Browder chart",
        "ABCD2 score",
        "a 4AT of 6",
        "Wagner grade 3",
        "PEWS 5",
    ),
    "drug": (
        "alteplase",
        "tenecteplase",
        "tacrolimus",
        "mycophenolate",
        "Flamazine",
        "tranexamic acid",
        "adrenaline 1mg",
        "amiodarone 300mg",
        "Oramorph 10mg/5ml",
        "midazolam",
        "Nexobrid",
        "flucloxacillin",
        "Hib/MenC",
        "HPV",
        "Td/IPV",
        "Bexsero",
    ),
    "law": (
        "section 47",
        "section 20",
        "the Mental Capacity Act",
        "Gillick competence",
        "the Children Act 1989",
        "section 17",
        "the Fraser guidelines",
        "DoLS",
    ),
    "number": (
        "Ward 12",
        "bay 4",
        "bed 17",
        "bleep 2231",
        "resus 2",
        "cubicle 9",
        "Band 6",
        "ext 4410",
        "2222",
        "majors 14",
        "side room 3",
    ),
    "duration": ("3/7", "2/52", "6/12", "day 5", "the second dose", "48 hours", "1/7"),
    "national": NATIONAL,
}

# --------------------------------------------------------------------------------------------
# Own name pools beside Faker's
# --------------------------------------------------------------------------------------------

OWN_FIRST = {
    "F": (
        "Amber", "Dawn", "Precious", "Blessing", "Nkechi", "Anjali", "Zainab", "Małgorzata",
        "Siobhan", "Eilidh", "Nia", "Thi Lan", "Anne-Marie", "Fatima", "Yetunde", "Priya",
        "Aroha", "Bronwen", "Róisín", "Ngozi", "Hoa", "Gurpreet", "Kerry-Ann", "Maeve", "Ifeoma",
    ),
    "M": (
        "Kwame", "Rajesh", "Tariq", "Wojciech", "Florin", "Dafydd", "Oisín", "Jean-Luc", "Frank",
        "Grant", "Chase", "Mohammed Ali", "Tomasz", "Emeka", "Arjun", "Hamish", "Kofi", "Sunny",
        "Duc Anh", "Lachlan", "Iestyn", "Yusuf", "Rusty", "Cliff", "Bilal",
    ),
}  # fmt: skip
OWN_LAST = (
    "Hart-Davies", "Okafor-Williams", "de Souza", "van der Merwe", "O'Neill", "MacLeod",
    "McGinley", "da Silva", "D'Arcy", "Nguyen", "Kowalczyk", "Chaudhry", "Adeyemi", "Mensah",
    "Sharp", "Stone", "Frost", "Fox", "Parkinson", "Bell", "Ó Briain", "ap Rhys", "Lloyd-Jones",
    "Dunn-Ferreira", "bin Hassan", "Wiśniewska", "Balogun", "Sandhu", "Tran", "Field",
)  # fmt: skip
NICKNAMES = {"Elizabeth": ("Betty", "Liz"), "William": ("Billy", "Bill"), "Margaret": ("Peggy",)}
NICK_FIRST = {"F": ("Elizabeth", "Margaret"), "M": ("William",)}

NUMBER_WORDS = {
    90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
    95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight",
    99: "ninety-nine", 100: "one hundred", 101: "one hundred and one", 102: "one hundred and two",
}  # fmt: skip


@dataclass
class Someone:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool
    title: str = ""
    nick: str = ""


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _parts(name: str) -> list[str]:
    return [p for p in re.split(r"[\s-]+", name) if p]


def _person(rng: random.Random, taken: set[str], *, sex: str | None = None) -> Someone:
    listed = listed_names()
    for _ in range(50):
        sex = sex or rng.choice("FM")
        nick = ""
        if rng.random() < 0.5:
            faker = _new_person(rng, sex=sex)
            first, last, names = faker.first, faker.last, faker.names
        else:
            if rng.random() < 0.25:
                first = rng.choice(NICK_FIRST[sex])
                nick = rng.choice(NICKNAMES[first])
            else:
                first = rng.choice(OWN_FIRST[sex])
            last = rng.choice(OWN_LAST)
            every = _parts(first) + _parts(last)
            names = "listed" if all(p.casefold() in listed for p in every) else "unlisted"
        parts = {_fold(p) for p in _parts(first) + _parts(last) + ([nick] if nick else [])}
        if not parts & taken and "'" not in first:
            taken |= parts
            return Someone(first, last, sex, names, False, nick=nick)
    raise RuntimeError("no fresh name")  # pragma: no cover


# --------------------------------------------------------------------------------------------
# Shapes of identifiers
# --------------------------------------------------------------------------------------------


def date_form(day: date, rng: random.Random, *, full: bool = False) -> str:
    m = MONTHS[day.month - 1]
    forms = [
        f"{ordinal(day.day)} {m} {day.year}", f"{day.day} {m} {day.year}", f"{day:%d/%m/%Y}",
        f"{day:%d/%m/%y}", f"{day.day}/{day.month}/{day.year}", f"{day:%d.%m.%Y}",
        day.isoformat(), f"{day:%d-%m-%Y}", f"{day.day}-{m[:3]}-{day.year}",
        f"{day:%d}{m[:3].upper()}{day.year}", f"{day.day} {m[:3]} {day:%y}",
        f"{DAYS[day.weekday()]} {day.day} {m} {day.year}", f"{m} {day.day}, {day.year}",
        f"{day.day}.{day.month}.{day:%y}", f"{day.day} {m[:3].upper()} {day.year}",
    ]  # fmt: skip
    if not full:
        forms += [
            f"{ordinal(day.day)} {m}", f"{day.day} {m}", f"the {ordinal(day.day)} of {m}",
            f"{DAYS[day.weekday()][:3]} {ordinal(day.day)} {m[:3]}",
            f"{DAYS[day.weekday()]} the {ordinal(day.day)}", f"{DAYS[day.weekday()][:3]} {day.day}/{day.month}",
        ]  # fmt: skip
    return rng.choice(forms)


def phone_form(rng: random.Random, code: str) -> str:
    kind = rng.random()
    if code == "07" or kind < 0.45:
        n = f"07{rng.randint(400, 999)}{rng.randint(0, 999999):06d}"
        return rng.choice(
            [f"{n[:5]} {n[5:]}", n, f"{n[:5]} {n[5:8]} {n[8:]}", f"+44 {n[1:5]} {n[5:]}",
             f"{n[:5]}-{n[5:]}", f"+44 (0){n[1:5]} {n[5:]}", f"{n[:5]}  {n[5:]}", f"+44{n[1:]}"]
        )  # fmt: skip
    local = f"{rng.randint(200000, 899999)}"
    shape = rng.choice(
        [f"{code} {local}", f"({code}) {local}", f"{code}-{local}", f"+44 (0){code[1:]} {local}",
         f"{code} {local[:3]} {local[3:]}", f"{code}{local}"]
    )  # fmt: skip
    if kind > 0.8:
        shape += rng.choice([f" ext {rng.randint(2000, 7999)}", f" x{rng.randint(2000, 7999)}"])
    return shape


def hospital_number_maker(rng: random.Random) -> str:
    shape = rng.choice(["M#######", "BH######", "#######K", "RX/######", "HN-######", "##-######"])
    return "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in shape)


REF_SHAPES = (
    "DX-2026-#####", "W######", "INC#######", "CMP/26/####", "PALS-####", "LAB26.#######",
    "H26-######", "YOT/####/##", "TARN-#######", "ME/26/####", "ARR-#####", "PTS#######",
    "SB/######", "MRSA-######", "EC-########", "111-######", "CAD ####", "RTX-#####",
)  # fmt: skip


def ref_form(rng: random.Random) -> str:
    shape = rng.choice(REF_SHAPES)
    return "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in shape)


# --------------------------------------------------------------------------------------------
# Styles
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    name: str
    register: str  # prose, lines, letter
    headers: tuple[str, ...]
    core: tuple[str, ...]
    extras: tuple[str, ...]
    endings: tuple[str, ...]
    old: bool = False
    child: bool = False


# Two more style-specific extras each, so that top-up sentences are needed less often.
MORE_EXTRAS = {
    "neurosurgery_handover": ("Pupils equal at {time}; {s1_title} to recheck hourly.", "Collateral from {gp}: lives at {addr}, {pc}."),
    "stroke_audit_proforma": ("Imaging request signed by {o4_full} at {time}.", "Discharged to {home} on {date}."),
    "arrest_2222_debrief": ("The porter {o4_first} held the lift while the team moved to {ward}.", "{p_title} had been reviewed by {o5_full} earlier that evening."),
    "tarn_trauma_note": ("Witness {o4_full} gave a statement to {police} on {mobile}.", "Secondary survey completed by {s1_title} at {time}."),
    "burns_unit_referral": ("The home's GP practice is {gp}.", "A second referral on {date} came from {hospital}."),
    "renal_transplant_clinic_letter": ("{p_title} told me the courier {o4_full} left the medication at a neighbour's on {street}.", "The next clinic is on {date} at {hospital2}."),
    "diabetes_foot_mdt": ("Photos uploaded to {url}.", "Shoes from {agency} did not fit; {o4_full} to chase."),
    "lac_health_assessment": ("{p_first}'s previous placement was at {street}, {town}, until {date}.", "The independent reviewing officer {o4_full} asked for the report by {date}."),
    "youth_offending_nurse_note": ("Appointment letter sent to {addr} {pc}.", "GP {gp} had not seen {p_first} since {date}."),
    "school_immunisation_session_log": ("Child {o4_caps} also on the list; vaccinated correctly.", "School office number {phone}."),
    "verification_of_death_record": ("Deceased's {r_rel} {r_first} asked for the hearing aids to be kept.", "Care home {home} informed at {time} because of a planned respite stay."),
    "gp_ooh_home_visit": ("Call handler {o4_full} took the first call, ref {ref}.", "The key safe number was given by {r_first} on {mobile}."),
    "utc_attendance_note": ("Previous attendance at {hospital2} on {date}.", "Address confirmed as {addr}, {pc}."),
    "walk_in_centre_reattendance": ("The third time, {s2_title} referred to {hospital}.", "Letter to the GP at {gp} on {date}."),
    "dermatology_photo_triage": ("Lesion site: left shin; previous excision at {hospital2}.", "Patient lives at {home} since {date}."),
    "pathology_labelling_error": ("The phlebotomist was {o4_full} from {agency}.", "Repeat sample taken on {date} at {hospital}."),
    "death_certificate_delay_log": ("Medical examiner officer {o4_full} reviewed the notes on {date}.", "Family asked for a call to {phone}."),
    "nhs111_online_form": ("Second submission {ref} by {r_full} on {date}.", "Pharmacy on {street} consulted."),
    "econsult_message": ("I live at {addr} {pc} if you need to send anything.", "Reception ({o4_first}) asked me to resubmit on {date}."),
    "carer_handwritten_letter": ("{p_subj} lives with me at {addr}, {pc}.", "On {date} a doctor called {o4_title} told me something different."),
    "translated_letter": ("The appointment letter went to {street} which is our old address.", "A second interpreter, {o4_full}, came on {date}."),
    "mrsa_screening_log": ("{date}: re-screen of {p_first} negative x1.", "Relative {r_full} informed on {mobile}."),
    "ld_hospital_passport": ("My dentist is at {street}.", "When I am worried, call {r_first} on {phone}."),
    "this_is_me_form": ("I lived at {addr} for forty years.", "My GP is {gp}."),
    "ed_boarding_log": ("{date}: moved to corridor space; {o4_full} (site team) aware.", "Came from {home}; NHS {nhs}."),
}  # fmt: skip


def _s(name, register, headers, core, extras, endings, **kw) -> Style:
    extras = (*extras, *MORE_EXTRAS[name])
    return Style(name, register, tuple(headers), tuple(core), tuple(extras), tuple(endings), **kw)


STYLES = (
    _s("neurosurgery_handover", "lines",
       ["NEUROSURGERY HANDOVER {date} (night) - {hospital}", "Pt: {p_caps}  DOB {dob}  Hosp no {hosp}  NHS {nhs}"],
       ["Bed on {ward}: {p_full}, {age}, referred from {hospital2} with a subdural, {score} on arrival.",
        "Handed over by {s1_title} to {d_title}; bleep holder tonight {o1_full}, {number}.",
        "Next of kin {r_full} ({r_rel}) on {mobile}, aware of the plan and of {eponym} history.",
        "Ref {ref} logged after the CT was reported against the wrong patient ({o2_init}) on {date}."],
       ["Repeat scan {duration}; {drug} held.", "Transfer team from {amb} delayed, log {ref}.",
        "{o3_full} from theatres confirmed the slot for {date}.", "Family asked that updates go to {email}."],
       ["Next review {date}. Signed {d_init}", "Handover closed {time} by {s2_full}."]),
    _s("stroke_audit_proforma", "lines",
       ["Stroke audit proforma ({date}) {hospital}", "Patient {p_full} | {hosp} | NHS {nhs} | DOB {dob}"],
       ["Onset witnessed by {r_rel} {r_full} at home, {addr} {pc}, {score} at door.",
        "Thrombolysis with {drug} started by {d_title} after CT; door-to-needle time breached.",
        "Pre-alert from {amb} crew ({o1_full}, {o2_full}), CAD number {ref}.",
        "Audit lead {s1_full} notes the patient was {age} and lived alone."],
       ["Data entered to {national} on {date}.", "Swallow screen done by {s2_title} within {duration}.",
        "Stroke nurse {o3_full} was in {number} with another thrombolysis.", "{eponym} excluded clinically."],
       ["Audit ref {ref}.", "Reviewed at {trust} governance, {date}."]),
    _s("arrest_2222_debrief", "prose",
       ["Hot debrief after a {number} call on {ward}, {date}, {hospital}.", "Cardiac arrest debrief: {p_full} ({hosp})."],
       ["The arrest team was led by {d_title}; {s1_title} started compressions and {o1_full} scribed.",
        "{drug} was given twice, and the defibrillator pads on the trolley were out of date.",
        "The patient, {age}, had a DNACPR form in the notes that the team did not see until {time}.",
        "{r_title}, the patient's {r_rel}, was called on {phone} and asked for a meeting on {date}."],
       ["{o2_full} from resus brought the second suction unit.", "Incident reported as {ref}.",
        "The outreach nurse {o3_title} said the {score} had been rising since {date}.",
        "Learning will be shared through {trust}."],
       ["Debrief facilitated by {s2_full}, {date}.", "Notes held by the resuscitation office, {email_staff}."]),
    _s("tarn_trauma_note", "lines",
       ["TRAUMA TEAM NOTE {date} {hospital}", "Name: {p_upper}   DOB: {dob}   MRN: {hosp}"],
       ["Mechanism: pedestrian struck on {street}, {town}; {police} log {ref}.",
        "Team leader {d_title}; primary survey by {o1_full}; {score}; {drug} given pre-hospital.",
        "Next of kin {r_full} ({r_rel}), tel {phone}, arrived at {time}.",
        "Patient {age}; home address {addr}, {pc}."],
       ["TARN submission by {s1_full}, ref {ref}.", "{o2_full} (HEMS) handed over in resus 2.",
        "Imaging: {eponym} not suspected.", "Collateral from GP at {gp}."],
       ["Entered by {s2_init} on {date}.", "Copy to {national} coordinator."]),
    _s("burns_unit_referral", "prose",
       ["Burns referral received on {date} from {hospital2}.", "Regional burns service: referral for {p_tfull}."],
       ["{p_title} was scalded at {home}, where carer {o1_full} from {agency} ran the bath.",
        "The referring doctor {d_title} estimated the area on the {score} and dressed with {drug}.",
        "The {r_rel}, {r_full}, can be reached on {mobile} or {email}.",
        "Because the patient is {age}, safeguarding was raised under {law}, ref {ref}."],
       ["The unit's coordinator {s1_full} accepted the transfer for {date}.",
        "Photographs were sent through the referral portal {url}.",
        "{o2_full}, the home's manager, said the thermostatic valve had been removed on {date}.",
        "The {eponym} history was noted."],
       ["Accepted onto {ward} by {s2_title}.", "Referral closed {date}."], old=True),
    _s("renal_transplant_clinic_letter", "letter",
       ["{trust}\nRenal Transplant Clinic\n{hospital}\n\nOur reference: {ref}\n{date}",
        "Dear {gp_doc},\n\nRe: {p_tfull}, DOB {dob}, NHS {nhs}, {hosp}\n{addr_lines}\n{pc}"],
       ["I reviewed {p_title} in clinic on {date} with {p_pos} {r_rel}, {r_full}.",
        "Tacrolimus level was low because {drug} had been dispensed by a different pharmacy at {street}.",
        "{p_title} says the transport booked through {agency} did not arrive on {date}.",
        "I have asked {s1_title}, our transplant coordinator ({email_staff}, {phone}), to follow up."],
       ["The donor team at {national} was informed.", "{eponym} remains stable.",
        "{o1_full}, the pharmacist, checked the interaction.", "We will repeat bloods in {duration}."],
       ["Yours sincerely,\n\n{d_title}\nConsultant Nephrologist", "With best wishes,\n\n{d_full}\ncc {p_tfull}"]),
    _s("diabetes_foot_mdt", "lines",
       ["Diabetes foot MDT {date} - {hospital}", "Case 3: {p_full} ({hosp}), {age}, GP {gp}"],
       ["Present: {d_title} (chair), {s1_full} (podiatry), {o1_full} (vascular), {o2_init} (orthotics).",
        "{eponym} suspected; {score}; {drug} for {duration}.",
        "Lives at {home}; district nurse {s2_title} dresses the ulcer; carer {o3_first} reports delays.",
        "Action: podiatry to contact {r_full} ({r_rel}) on {phone} before {date}."],
       ["Missed appointment on {date} - transport {ref}.", "Referral sent via {email_staff}.",
        "Offloading boot fitted at {hospital2}.", "Amputation discussed with {p_title}."],
       ["Minutes by {s1_init}", "Next MDT {date}."], old=True),
    _s("lac_health_assessment", "prose",
       ["Looked-after child review health assessment, {date}.", "Initial health assessment: {p_full}, DOB {dob}."],
       ["{p_first} is {age} and has been placed with foster carers {r_full} and {o1_full} in {town} since {date}.",
        "The social worker {o2_title} from {council} ({email_staff}) attended; {law} applies.",
        "Immunisations are incomplete: {drug} is outstanding, and the school nurse at {school} was told.",
        "{p_first}'s birth mother {o3_full} did not consent to sharing the {eponym} history."],
       ["The assessment was done by {d_title} at {gp}.", "Case reference {ref}.",
        "Dental registration at {street} was arranged.", "The foster carer's number is {mobile}."],
       ["Review health assessment due {date}.", "Completed by {s1_full}, designated nurse."], child=True),
    _s("youth_offending_nurse_note", "prose",
       ["Youth offending team health note, {date}.", "YOT nurse contact: {p_full} ({ref})."],
       ["{p_first}, {age}, was seen at the {council} office after release from police custody ({police}).",
        "{p_pos} {r_rel} {r_full} says {p_first} stopped {drug} in {duration} and sleeps at {street}.",
        "Case manager {o1_full} and {s1_title} agreed a referral to {hospital} CAMHS.",
        "{o2_first}, a friend, gave a second address at {addr}, {pc}."],
       ["A strategy discussion under {law} is planned for {date}.", "Custody record {ref}.",
        "School: {school}; attendance officer {o3_full}.", "The nurse's number is {mobile}."],
       ["Note by {s2_full}.", "Next contact {date}."], child=True),
    _s("school_immunisation_session_log", "lines",
       ["School-aged immunisation session log - {school} - {date}", "Team: {s1_full}, {s2_full}, {o1_full}"],
       ["09:10 {p_caps} (Year 9, {age}): {drug} given although consent form named {o2_full}.",
        "09:25 error spotted by {s1_init}; parent {r_full} ({r_rel}) phoned on {mobile}.",
        "10:05 GP practice {gp} informed; incident {ref}.", "10:30 {p_first}'s NHS number {nhs} checked against the list."],
       ["Consent portal entry {url}.", "Head of year {o3_title} present.", "{law} discussed.",
        "Child had {eponym} in the health questionnaire."],
       ["Log closed by {s2_init} at {time}.", "Sent to {email_staff} on {date}."], child=True),
    _s("verification_of_death_record", "lines",
       ["Verification of expected death - district nursing - {date}", "Deceased: {p_full}  DOB {dob}  NHS {nhs}"],
       ["Address: {addr} {pc}. Died at home; family present: {r_full} ({r_rel}).",
        "Verified by {s1_title} at {time}; {o1_full} ({agency}) carer called the team.",
        "GP {d_title} at {gp} informed for the MCCD; funeral director {o2_full} contacted.",
        "Patient was {age}; {eponym}; syringe driver with {drug} removed."],
       ["Out-of-hours line {phone} used.", "Police not required; ref {ref} recorded.",
        "Equipment collection booked for {date}.", "Family email {email}."],
       ["Entered by {s2_full}.", "Verification form scanned {date}."], old=True),
    _s("gp_ooh_home_visit", "prose",
       ["Out-of-hours home visit, {date}.", "Home visit record for {p_tfull}."],
       ["{d_title} visited {p_nick_or_first} at {addr}, {pc}, after a call from {p_pos} {r_rel} {r_full}.",
        "The car was sent first to the wrong {street} in {town}, which took {duration} of the visit time.",
        "{p_title}, {age}, had {score} and was given {drug}; the practice {gp} was told.",
        "Driver {o1_full} logged the delay as {ref}."],
       ["The family can be reached on {phone}.", "{o2_full}, a neighbour, let the doctor in.",
        "{eponym} noted in the special patient note.", "Admission to {hospital} was declined."],
       ["Visit closed {time}.", "Reviewed by {s1_full} on {date}."], old=True),
    _s("utc_attendance_note", "lines",
       ["Urgent treatment centre attendance {date} {time}", "Pt {p_full}, {dob}, {hosp}"],
       ["Triage {s1_title}: fall at {home}, {score}, wrist deformity.",
        "Seen by {o1_full} (ANP); X-ray at {hospital} because the UTC machine was down.",
        "Escort {r_full} ({r_rel}), mobile {mobile}; patient {age}.", "Redirected patient lost between sites; incident {ref}."],
       ["{drug} given.", "GP letter to {gp}.", "Taxi booked with {agency}.", "{o2_init} handled reception."],
       ["Discharged {date}.", "Reviewed by {d_title}."], old=True),
    _s("walk_in_centre_reattendance", "prose",
       ["Walk-in centre re-attendance review, {date}.", "Review of three attendances by {p_full}."],
       ["{p_first} attended on {date}, {date2} and again five days later with a cellulitic leg.",
        "{o1_full} gave {drug} the first time; {s1_title} did not see the earlier record ({hosp}).",
        "{p_first}, {age}, gave a phone number of {mobile} and lives on {street}.",
        "The {r_rel}, {r_full}, complained through {email}; the complaint ref is {ref}."],
       ["{eponym} was on the problem list.", "The centre is run by {agency}.",
        "{o2_full}, the receptionist, recalls the second visit.", "A sepsis screen gave {score}."],
       ["Reviewed by {d_title}, {date}.", "Shared with {trust}."]),
    _s("dermatology_photo_triage", "lines",
       ["Teledermatology triage - {date}", "Referral {ref} | {p_full} | DOB {dob} | NHS {nhs}"],
       ["Images uploaded by {gp} (HCA {o1_full}) at {url}.",
        "Triage by {d_title}: lesion photographed on the wrong patient - image metadata shows {o2_full}.",
        "Patient {age}; {eponym}; on {drug}.", "Practice manager {s1_full} called on {phone}."],
       ["Re-upload requested by {date}.", "Patient's {r_rel} {r_full} helps with photos.",
        "Query to {email_staff}.", "Outcome: 2WW to {hospital}."],
       ["Triaged {time}.", "Closed by {s2_init}"]),
    _s("pathology_labelling_error", "prose",
       ["Pathology sample labelling error report, {date}.", "Laboratory report ref {ref}."],
       ["A blood sample labelled {p_full} ({hosp}) at {gp} contained another patient's blood.",
        "The biomedical scientist {o1_full} noticed the group did not match the historic record for DOB {dob}.",
        "Courier {o2_full} of {agency} collected the bag from {street} on {date}.",
        "{s1_title} phoned {p_title} on {phone} to arrange a repeat; {drug} was withheld."],
       ["The lab manager {o3_full} reported it as {ref}.", "{score} was unrelated.",
        "NHS number {nhs} was correct on the form.", "Shared with {national}."],
       ["Report by {d_title}.", "Closed on {date}."]),
    _s("death_certificate_delay_log", "lines",
       ["Bereavement office log - {hospital}", "Deceased {p_caps} | died {date} | {hosp}"],
       ["{date}: {r_full} ({r_rel}) called on {mobile}; MCCD not yet written.",
        "{date2}: {d_title} on leave; {o1_full} (FY2) asked to complete.",
        "Funeral director {agency} chasing, ref {ref}; religious burial needed within {duration}.",
        "Patient {age}; registrar at {council} informed; {eponym} on the certificate draft."],
       ["Bereavement officer {s1_full}.", "Family email {email}.", "Chaplain {o2_full} supported.",
        "Property released from {ward}."],
       ["Entry by {s2_init}", "MCCD issued {date}."], old=True),
    _s("nhs111_online_form", "lines",
       ["111 online submission {ref} ({date})", "Name: {p_lower}  DOB: {dob}  Postcode: {pc}"],
       ["Free text: my {r_rel} {r_first} says I should ask, I have {eponym} and my chest is tight.",
        "Address given: {addr}. Phone: {mobile}. Email: {email}.",
        "GP registered: {gp}. Callback from clinician {s1_full} not made for {duration}.",
        "Patient age entered {age}; disposition reached {number}."],
       ["Form reviewed by {o1_full}.", "Advised {drug}.", "Ambulance validation by {amb}.",
        "Later attended {hospital} on {date}."],
       ["Case closed {date}.", "Audit by {s2_title}."]),
    _s("econsult_message", "lines",
       ["eConsult {ref} to {gp} - {date}", "From: {p_full} <{email}>"],
       ["Hi it's {p_nick_or_first}, DOB {dob}, I'm writing for my {r_rel} {r_full} too.",
        "The pharmacy on {street} gave me {drug} not the usual; I phoned {phone} but nobody called back.",
        "{d_title} said on {date} to come back in {duration}.", "I'm {age} if that matters."],
       ["Practice reply by {s1_full}: booked {date}.", "Care navigator {o1_first} forwarded it.",
        "{eponym} noted.", "Message seen by {o2_init}"],
       ["Closed by {s2_full}.", "Filed on {date}."]),
    _s("carer_handwritten_letter", "letter",
       ["{addr_lines}\n{pc}\n{date}", "To the Complaints Manager, {hospital}\n{date}"],
       ["Dear Sir or Madam,\n\nI am writing about my {r_rel_of_p}, {p_full}, who is {age} and was on {ward} from {date}.",
        "The nurse called {o1_first} said she was too busy and {p_nick_or_first} was left wet for hours, and another patient, {o2_full}, saw it.",
        "I have rung {phone} many times and emailed {email_staff} without a reply.",
        "{p_pos_cap} hospital number is {hosp} and the {drug} was missed, I think because of {p_pos} {eponym}."],
       ["My neighbour {o3_full} drove me in.", "The care home {home} will not take {p_obj} back.",
        "I want this looked at under ref {ref}.", "My number is {mobile}."],
       ["Yours faithfully,\n{r_full}", "Thank you,\n{r_first} (the {r_rel})"], old=True),
    _s("translated_letter", "letter",
       ["[Translated from Polish by {agency}, {date}]", "TRANSLATION - original held under ref {ref}"],
       ["Dear Doctor,\n\nI write about my {r_rel_of_p} {p_full}, born {dob}, who lives at {addr}, {pc}.",
        "At {hospital} on {date} the interpreter {o1_full} did not come and {p_first} signed a paper not understood.",
        "The doctor {d_title} said it is {eponym} and gave {drug}, but nobody explained.",
        "Please call me, {r_full}, on {mobile} or write to {email}."],
       ["Translator's note: {o2_full} checked this translation.", "Hospital number {hosp}.",
        "The family friend {o3_full} also signed.", "Our GP is {gp}."],
       ["With respect,\n{r_full}", "Translator {s1_full}"]),
    _s("mrsa_screening_log", "lines",
       ["MRSA admission screening log - {ward} - week of {date}", "IPC nurse: {s1_full}"],
       ["{date}: {p_caps} {hosp} - swab not taken; positive later; {drug} decolonisation late.",
        "{date2}: {o1_caps} - bay contact; screened by {o2_init}",
        "Lab {ref} result phoned to {s2_title} on ext only; patient {age}.", "{p_first} transferred from {home}; GP {gp}."],
       ["Outbreak link to {national} considered.", "Matron {o3_full} informed.",
        "Cleaning contractor {agency}.", "{score} recorded."],
       ["Log checked by {d_title}.", "Sent to {email_staff}."], old=True),
    _s("ld_hospital_passport", "lines",
       ["My hospital passport - {trust}", "My name is {p_full}. People call me {p_nick_or_first}. Born {dob}."],
       ["Things you must know about me: I have {eponym} and I do not like {drug}.",
        "My main carer is {r_full} ({r_rel}), phone {mobile}; I live at {home}, {street}.",
        "My support worker {o1_full} from {agency} knows my signs of pain.",
        "The passport was not read on {ward} on {date}; incident {ref}."],
       ["My GP is {gp}.", "My NHS number is {nhs}.", "{s1_title} is the LD liaison nurse.",
        "My friend {o2_first} visits on Sundays."],
       ["Updated {date}.", "Reviewed by {s2_full}."]),
    _s("this_is_me_form", "prose",
       ["'This is me' form reviewed after a fall, {date}.", "This is me: {p_full}."],
       ["Name I like to be called: {p_nick_or_first}; I am {age} and grew up near {street}, {town}.",
        "The people who matter: {r_full} ({r_rel}), and my late husband {o1_full}.",
        "The form said I must not be moved without {drug} for pain, but on {date} staff on {ward} did not read it.",
        "My {r_rel} can be reached on {phone}; ref {ref}."],
       ["{eponym} makes me muddled in the evening.", "I was a dinner lady at {school}.",
        "{o2_full} from the day centre knows my routine.", "Reviewed with {s1_title}."],
       ["Form updated {date}.", "Copied to {home}."], old=True),
    _s("ed_boarding_log", "lines",
       ["ED boarded patient log - {hospital} - {date}", "{p_caps} | {hosp} | {age} | majors corridor"],
       ["{time} decision to admit to {ward}; bed manager {o1_full}.",
        "{date}: still boarded; {s1_title} gave {drug}; {score}.",
        "{r_full} ({r_rel}) phoned on {mobile} asking why.", "Escalated by {d_title}; incident {ref}."],
       ["{o2_init} did the pressure check.", "Porter {o3_first} moved trolleys.", "{eponym} noted.",
        "Transfer to {hospital2} discussed."],
       ["Log kept by {s2_full}.", "Closed {date}."], old=True),
)  # fmt: skip

SHARED = (
    "A mention of {number} was noted in passing and was not relevant to the outcome.",
    "Staff said the {drug} chart and {score} were completed at the time.",
    "The review considered {law} and decided it was not engaged on this occasion.",
    "A colleague, {o4_full}, later gave a short statement about the handover.",
    "Nobody recorded why the plan changed after {duration}, and the notes are silent on it.",
    "The team agreed that {eponym} was part of the background and not the cause.",
    "A further conversation took place on {date}, which is summarised in the shared notes.",
    "The learning was discussed openly and staff were supported afterwards by their managers.",
    "There was no evidence that the delay was caused by one person; the system had gaps.",
    "{o5_full} from the quality team checked the timeline against the electronic record.",
    "Records show the family were kept informed, although not always by the same person.",
    "The reviewer spoke to {o4_title} again on {date}, who added that the paperwork had been moved between two folders and that nobody owned it.",
    "It was noted that the patient's preferences were written down but were not easy to find in the electronic record during a busy shift.",
    "Several staff described the day as unusually busy, with two sickness absences and an agency nurse who did not know the area.",
    "The family's questions were written down in their own words and each one is answered in the section that follows.",
    "A timeline was built from the paper notes, the electronic record, the phone log and the statements, and the gaps are marked.",
    "The team checked whether the {national} guidance in force at the time asked for anything different, and it did not.",
    "On {date} the manager {o5_title} met the staff involved to explain the process and to offer support.",
    "The review found good practice too: the first responders were quick and kind, and the family said so.",
    "Where the notes conflict, the review gives both accounts and does not try to decide between them.",
    "An action plan with named owners and dates was agreed and will be checked at the next governance meeting.",
    "Nobody involved was aware of a similar event in the last year, although the reviewer found one on the incident system.",
    "The documentation standard was discussed with the wider team and a reminder was added to the safety huddle on {date}.",
)  # fmt: skip
SHARED_LINES = (
    "Note: {number} used as the contact point.",
    "Checked: {drug}; {score}.",
    "Background: {eponym}.",
    "Follow-up with {o4_full} agreed.",
    "Update {date}: no further concerns.",
    "Plan: reviewed; interval noted as {duration}.",
    "Comment from {o5_full}: timeline agreed.",
    "Governance: {law} considered, not applicable.",
    "No further actions at this stage; learning to be shared at the next team huddle.",
    "Staff involved were offered a debrief and wellbeing support.",
    "The electronic record and paper notes did not match for part of the day.",
    "Query raised with {o4_title} on {date}: answered the same day by phone, outcome recorded in the electronic record.",
    "Staffing at the time: two registered nurses, one agency, one healthcare assistant, and the coordinator covering two areas.",
    "Escalation policy was followed in part; the second escalation was not documented and nobody remembers making it.",
    "Family questions written down in their own words and passed to the investigating lead for a reply.",
    "Timeline rebuilt from paper notes, electronic record, phone log and staff statements; gaps marked in red.",
    "Guidance from {national} checked for the period; it asked for nothing different from local policy.",
    "Good practice: first responders quick and kind, and the family said so when asked.",
    "Where the entries conflict both accounts are kept, and the reviewer does not decide between them.",
    "Action plan agreed with named owners and dates; progress to be checked at the next governance meeting.",
    "Similar event found on the incident system from last year; the learning from it had not reached this team.",
    "Reminder added to the safety huddle on {date} and to the induction pack for temporary staff.",
    "Manager {o5_title} met the staff involved on {date} to explain the process and offer support.",
)  # fmt: skip


def alternatives() -> int:
    total = sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
    return total + len(SHARED) + len(SHARED_LINES)


def _shared(style: Style) -> tuple[str, ...]:
    return SHARED_LINES if style.register == "lines" else SHARED


# --------------------------------------------------------------------------------------------
# One case
# --------------------------------------------------------------------------------------------

Piece = tuple[str, str | None, dict | None]
NEG = "NEG"
RELATION_OF_PATIENT = {"daughter": "mum", "son": "dad", "wife": "husband", "husband": "wife"}


class Case:
    def __init__(self, rng: random.Random, style: Style) -> None:
        self.rng = rng
        self.style = style
        taken: set[str] = set()
        self.town, area, self.code = rng.choice(TOWNS)
        self.town2 = rng.choice([t for t in TOWNS if t[0] != self.town])[0]
        self.with_record = rng.random() >= 0.12
        self.p = _person(rng, taken)
        if style.child:
            self.age = rng.randint(4, 16)
            self.p.title = "Master" if self.p.sex == "M" else "Miss"
        else:
            old = style.old and rng.random() < 0.55 or rng.random() < 0.15
            self.age = rng.randint(90, 102) if old else rng.randint(22, 89)
            titles = ("Mr", "Mr.") if self.p.sex == "M" else ("Mrs", "Ms", "Miss", "Mrs.")
            self.p.title = rng.choice(titles)
        self.p.in_record = self.with_record
        self.r = _person(rng, taken)
        if style.child:
            self.r_rel = "mother" if self.r.sex == "F" else "father"
        else:
            self.r_rel = rng.choice(
                ("daughter", "wife", "niece") if self.r.sex == "F" else ("son", "husband", "nephew")
            )
        self.r.title = "Mr" if self.r.sex == "M" else rng.choice(("Mrs", "Ms"))
        self.r.in_record = self.with_record and rng.random() < 0.7
        self.staff = {}
        for key in ("s1", "s2", "d"):
            person = _person(rng, taken)
            person.in_record = self.with_record and rng.random() < 0.3
            person.title = (
                "Dr"
                if key == "d"
                else rng.choice(("Nurse", "Sister", "Staff Nurse", "Charge Nurse", "RN"))
            )
            self.staff[key] = person
        for key in ("o1", "o2", "o3", "o4", "o5"):
            person = _person(rng, taken)
            person.title = (
                rng.choice(("Mr", "Dr")) if person.sex == "M" else rng.choice(("Ms", "Mrs", "Dr"))
            )
            self.staff[key] = person
        self.staff["p"], self.staff["r"] = self.p, self.r
        today = date(2026, 11, 27)
        self.when = today - timedelta(days=rng.randint(20, 700))
        self.dob = self.when - timedelta(days=self.age * 365 + rng.randint(1, 360))
        self.nhs = nhs_number(rng)
        self.nhs_text = rng.choice(
            [self.nhs, self.nhs, self.nhs, f"{self.nhs[:3]} {self.nhs[3:6]} {self.nhs[6:]}", f"{self.nhs[:3]}-{self.nhs[3:6]}-{self.nhs[6:]}"]
        )  # fmt: skip
        self.hosp = hospital_number_maker(rng)
        i = TOWNS.index(next(t for t in TOWNS if t[0] == self.town))
        self.locality = LOCALITIES[i]
        self.house = f"{rng.choice(['', '', 'Flat ' + str(rng.randint(1, 12)) + ', '])}{rng.randint(1, 240)} {rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
        self.pc = postcode(rng, area)
        self.pc_text = rng.choice(
            [
                self.pc,
                self.pc,
                self.pc.replace(" ", ""),
                self.pc.lower(),
                self.pc.replace(" ", "  "),
            ]
        )
        self.hospital = rng.choice(HOSPITAL_FORMS).format(town=self.town)
        self.hospital2 = rng.choice(HOSPITAL_FORMS).format(town=self.town2)
        self.trust = rng.choice(TRUST_FORMS).format(town=self.town)
        self.gp = rng.choice(GP_FORMS).format(s=rng.choice(STREETS))
        self.council = (
            f"{self.town} Council" if not style.child else f"{self.town} Youth Offending Service"
        )
        self.school = rng.choice(SCHOOLS).format(town=self.town)
        self.home = rng.choice(HOMES)
        self.ward = rng.choice(WARD_FORMS).format(w=rng.choice(WARDS))
        self.agency = rng.choice(AGENCIES)
        self.police = rng.choice(POLICE)
        self.amb = rng.choice(AMBULANCE)
        self.email = f"{_fold(self.r.first).replace(' ', '')}{rng.choice(['.', '_', ''])}{_fold(self.r.last).replace(' ', '').replace(chr(39), '')}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'hotmail.co.uk', 'outlook.com', 'btinternet.com'])}"
        self.negatives: list[tuple[int, int]] = []

    def known(self) -> dict:
        if not self.with_record:
            return {}
        names = [
            self.p.first + " " + self.p.last
            if self.rng.random() < 0.6
            else f"{self.p.title} {self.p.first} {self.p.last}"
        ]
        for person in (self.r, self.staff["s1"], self.staff["s2"], self.staff["d"]):
            if person.in_record:
                names.append(f"{person.first} {person.last}")
        address = f"{self.house}, {self.locality}, {self.town}, {self.pc}"
        nhs = (
            self.nhs
            if self.rng.random() < 0.8
            else f"{self.nhs[:3]} {self.nhs[3:6]} {self.nhs[6:]}"
        )
        return {
            "names": names,
            "nhs_number": nhs,
            "date_of_birth": self.dob.isoformat(),
            "hospital_number": self.hosp,
            "address": address,
        }

    # -- slots -----------------------------------------------------------------------------

    def person(self, key: str, form: str) -> list[Piece]:
        who = self.staff[key]
        meta = {"names": who.names, "in_record": who.in_record}
        rng = self.rng
        first, last = who.first, who.last
        if form == "title" and key in ("s1", "s2"):  # role word lies outside the span
            return [
                (who.title + " ", None, None),
                (last if rng.random() < 0.6 else first, "PERSON", meta),
            ]
        text = {
            "full": f"{first} {last}",
            "title": f"{who.title} {last}",
            "tfull": f"{who.title} {first} {last}",
            "first": first,
            "last": last,
            "caps": f"{last.upper()}, {first}",
            "upper": f"{first} {last}".upper(),
            "lower": f"{first} {last}".lower(),
            "init": "".join(p[0].upper() for p in _parts(first) + _parts(last)),
            "nick_or_first": who.nick or first,
        }[form]
        if form == "init" and rng.random() < 0.4:
            text = "".join(ch + "." for ch in text)
        if form == "full" and rng.random() < 0.15:
            text = f"{first[0]}. {last}"
        return [(text, "PERSON", meta)]

    def age_pieces(self) -> list[Piece]:
        n, rng = self.age, self.rng
        label = "AGE" if n > 89 else NEG
        if n > 89 and rng.random() < 0.3:
            return [("aged ", None, None), (NUMBER_WORDS[n], "AGE", None)]
        before, after = rng.choice(
            [
                ("aged ", ""),
                ("", " years old"),
                ("", " yrs"),
                ("", "yo"),
                ("age ", ""),
                ("", " y/o"),
            ]
        )
        return [(before, None, None), (str(n), label, None), (after, None, None)]

    def slot(self, name: str) -> list[Piece]:
        rng = self.rng
        match = re.fullmatch(
            r"(p|r|s1|s2|d|o\d)_(full|title|tfull|first|last|caps|upper|lower|init|nick_or_first)",
            name,
        )
        if match:
            return self.person(*match.groups())
        near = self.when + timedelta(days=rng.randint(-20, 20))
        lookalike = {"eponym", "score", "drug", "law", "number", "duration", "national"}
        if name in lookalike:
            return [(rng.choice(LOOKALIKES[name]), NEG, None)]
        simple = {
            "dob": (lambda: date_form(self.dob, rng, full=True), "DATE"),
            "date": (lambda: date_form(near, rng), "DATE"),
            "date2": (lambda: date_form(near + timedelta(days=2), rng), "DATE"),
            "nhs": (lambda: self.nhs_text, "NHS_NUMBER"),
            "hosp": (lambda: self.hosp, "HOSPITAL_NUMBER"),
            "pc": (lambda: self.pc_text, "POSTCODE"),
            "phone": (lambda: phone_form(rng, self.code), "PHONE"),
            "mobile": (lambda: phone_form(rng, "07"), "PHONE"),
            "email": (lambda: self.email, "EMAIL"),
            "email_staff": (lambda: self._staff_email(), "EMAIL"),
            "url": (lambda: self._url(), "URL"),
            "ref": (lambda: ref_form(rng), "ID"),
            "hospital": (lambda: self.hospital, "ORGANISATION"),
            "hospital2": (lambda: self.hospital2, "ORGANISATION"),
            "trust": (lambda: self.trust, "ORGANISATION"),
            "gp": (lambda: self.gp, "ORGANISATION"),
            "council": (lambda: self.council, "ORGANISATION"),
            "school": (lambda: self.school, "ORGANISATION"),
            "agency": (lambda: self.agency, "ORGANISATION"),
            "police": (lambda: self.police, "ORGANISATION"),
            "amb": (lambda: self.amb, "ORGANISATION"),
            "home": (lambda: self.home, "LOCATION"),
            "ward": (lambda: self.ward, "LOCATION"),
            "street": (lambda: f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}", "LOCATION"),
            "addr": (lambda: self._address(), "ADDRESS"),
            "addr_lines": (lambda: f"{self.house}\n{self.locality}\n{self.town}", "ADDRESS"),
        }
        if name in simple:
            make, label = simple[name]
            return [(make(), label, None)]
        if name == "age":
            return self.age_pieces()
        if name == "time":
            return [
                (
                    f"{rng.randint(0, 23):02d}{rng.choice([':', '.', ''])}{rng.choice(['05', '20', '40'])}",
                    None,
                    None,
                )
            ]
        if name == "town":
            return [(self.town, None, None)]
        if name == "r_rel":
            return [(self.r_rel, None, None)]
        if name == "r_rel_of_p":  # what the patient is to the relative who writes
            male = self.p.sex == "M"
            inverse = {"daughter": "dad" if male else "mum", "son": "dad" if male else "mum",
                       "niece": "uncle" if male else "aunt", "nephew": "uncle" if male else "aunt",
                       "wife": "husband" if male else "wife", "husband": "husband" if male else "wife",
                       "mother": "son" if male else "daughter", "father": "son" if male else "daughter"}  # fmt: skip
            return [(inverse[self.r_rel], None, None)]
        if name in ("p_pos", "p_pos_cap", "p_obj", "p_subj"):  # pronouns follow the patient's sex
            male = self.p.sex == "M"
            word = {"p_pos": "his" if male else "her", "p_pos_cap": "His" if male else "Her",
                    "p_obj": "him" if male else "her", "p_subj": "He" if male else "She"}[name]  # fmt: skip
            return [(word, None, None)]
        if name == "gp_doc":
            return [("Doctor", None, None)]
        raise KeyError(name)

    def _staff_email(self) -> str:
        who = self.staff[self.rng.choice(["s1", "s2", "d"])]
        if self.rng.random() < 0.5:
            return f"{_fold(who.first).replace(' ', '')}.{_fold(who.last).replace(' ', '').replace(chr(39), '')}@nhs.net"
        return f"{self.rng.choice(['bereavement', 'ipc.team', 'resus', 'pals', 'referrals'])}@{_fold(self.town)}-nhs.uk"

    def _url(self) -> str:
        slug = f"{_fold(self.p.first)}-{_fold(self.p.last)}".replace(" ", "-").replace("'", "")
        return self.rng.choice(
            [f"https://derm-upload.{_fold(self.town)}-nhs.uk/case/{self.rng.randint(10000, 99999)}",
             f"www.consent-{_fold(self.town)}.co.uk/forms/{slug}", f"https://www.justgiving.com/page/{slug}"]
        )  # fmt: skip

    def _address(self) -> str:
        text = f"{self.house}, {self.locality}, {self.town}"
        if self.rng.random() < 0.2:
            text = text.replace(",", "").upper()
        return text

    def render(self, template: str) -> list[Piece]:
        pieces: list[Piece] = []
        at = 0
        for match in re.finditer(r"\{(\w+)\}", template):
            pieces.append((template[at : match.start()], None, None))
            pieces += self.slot(match.group(1))
            at = match.end()
        pieces.append((template[at:], None, None))
        # a sentence may open with a look-alike: give it a capital
        if pieces and not pieces[0][0] and len(pieces) > 1 and pieces[1][1] == NEG:
            text, label, meta = pieces[1]
            pieces[1] = (text[:1].upper() + text[1:], label, meta)
        return pieces


def _words(pieces: list[Piece]) -> int:
    return len("".join(t for t, _, _ in pieces).split())


def _build(rng: random.Random, number: int, style: Style) -> tuple[Example, list[tuple[int, int]]]:
    case = Case(rng, style)
    target = max(225, min(390, int(rng.gauss(300, 40))))
    joiner = "\n" if style.register in ("lines", "letter") else " "
    body = [case.render(t) for t in style.core]
    extras = list(style.extras)
    rng.shuffle(extras)
    shared = list(_shared(style))
    rng.shuffle(shared)
    head = [case.render(style.headers[0]), case.render(style.headers[1])]
    tail = [case.render(rng.choice(style.endings))]

    def total() -> int:
        return sum(_words(s) for s in head + body + tail)

    for template in extras + shared:
        if total() >= target:
            break
        sentence = case.render(template)
        if total() + _words(sentence) > HIGH_WORDS - 10:
            continue
        body.insert(rng.randint(0, len(body)), sentence)
    parts: list[Piece] = []
    for index, sentence in enumerate(head + body + tail):
        if index:
            parts.append(("\n\n" if index in (2, len(head + body)) else joiner, None, None))
        parts += sentence
    text, gold, negatives = "", [], []
    for piece, label, meta in parts:
        if label == NEG:
            negatives.append((len(text), len(text) + len(piece)))
        elif label is not None:
            gold.append(GoldSpan(len(text), len(text) + len(piece), label, **(meta or {})))
        text += piece
    example = Example(
        id=f"{PREFIX}-{number:06d}",
        text=text,
        known=case.known(),
        gold=tuple(gold),
        kind=style.name,
    )
    return example, negatives


def example(rng: random.Random, number: int) -> Example:
    return _build(rng, number, rng.choice(STYLES))[0]


def generate_with_negatives(
    count: int, seed: int = 1
) -> Iterator[tuple[Example, list[tuple[int, int]]]]:
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _build(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    for item, _ in generate_with_negatives(count, seed):
        yield item
