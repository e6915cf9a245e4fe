"""A seventh blind evaluation pack for de-identification: 25 registers none of the other packs has.

Written without reading the engine (``deidentify``, its name and place lists, its tests or its
README) or the narrative templates of the other packs; only the shared infrastructure of
``evaluation`` is reused (``Example``, ``GoldSpan``, ``LABELS``, the Faker name pools through
``_new_person``, ``listed_names``, ``nhs_number``, ``postcode``, ``ordinal``), so gold spans and
scores mean the same thing as on the other packs. How it was written, the styles and the gold
conventions are in ``evaluation_blind7.md``.

``generate(count, seed)`` writes NHS and social-care texts of about 300 words (200 to 420):
community pharmacy near-miss logs, domiciliary eye tests, air ambulance mission logs, AMHP
reports, section 117 aftercare plans, probation release handovers, learning disability annual
health checks, fertility witnessing errors, genetic counselling letters, paediatric intensive care
retrievals, perinatal mortality reviews, frailty unit assessments, porter job logs, estates lift
failure reports, catering allergy incidents, clinical photography consent, subject access request
logs, ombudsman letters, locum booking records, research protocol deviations, discharge to assess
referrals, home care visit notes, hospice bereavement follow-ups, SMS reminder logs and
spreadsheets pasted as CSV. Every identifier is a gold span; the clinical look-alikes written
around them are never gold and ``generate_with_negatives`` gives their offsets.
"""

from __future__ import annotations

import random
import re
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
    "DIRECT_IDENTIFIERS", "LABELS", "STYLES", "Style", "example", "generate",
    "generate_with_negatives", "alternatives",
]  # fmt: skip

PREFIX = "blind7"
LOW_WORDS = 200
HIGH_WORDS = 420
NO_RECORD = 0.12

# ---------------------------------------------------------------------------------------------
# Vocabulary (all places and organisations invented, except real towns and ambulance services)
# ---------------------------------------------------------------------------------------------

# town, postcode area, dialling code
TOWNS = (
    ("Leeds", "LS", "0113"), ("Sheffield", "S", "0114"), ("Nottingham", "NG", "0115"),
    ("Leicester", "LE", "0116"), ("Bristol", "BS", "0117"), ("Reading", "RG", "0118"),
    ("Birmingham", "B", "0121"), ("Manchester", "M", "0161"), ("Newcastle", "NE", "0191"),
    ("York", "YO", "01904"), ("Bath", "BA", "01225"), ("Exeter", "EX", "01392"),
    ("Hull", "HU", "01482"), ("Lancaster", "LA", "01524"), ("Norwich", "NR", "01603"),
    ("Plymouth", "PL", "01752"), ("Preston", "PR", "01772"), ("Barnsley", "S", "01226"),
    ("Carlisle", "CA", "01228"), ("Kendal", "LA", "01539"), ("Lincoln", "LN", "01522"),
    ("Ipswich", "IP", "01473"), ("Truro", "TR", "01872"), ("Hereford", "HR", "01432"),
)  # fmt: skip
LOCALITIES = (
    "Armley", "Crookes", "Bulwell", "Evington", "Bedminster", "Caversham", "Selly Oak", "Levenshulme",
    "Byker", "Clifton", "Larkhall", "Pinhoe", "Hessle", "Scotforth", "Thorpe St Andrew", "Plympton",
    "Ashton-on-Ribble", "Wombwell", "Harraby", "Netherfield", "Bracebridge", "Whitton", "Kenwyn",
)  # fmt: skip
STREETS = (
    "Thornhill", "Gorse", "Kingfisher", "Saltmarsh", "Quarry", "Tanner's", "Blackthorn",
    "Foundry", "Wharf", "Pinfold", "Bishop's", "Ropewalk", "Lark", "Sandpiper", "Coppice",
    "Hazelmere", "Ferrier", "Marlowe", "Brunswick", "Cobden", "Peel", "Lowther", "Whinmoor",
)  # fmt: skip
STREET_KINDS = ("Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Drive", "Way", "Terrace")
WARD_WORDS = (
    "Bramble", "Thistle", "Foxglove", "Heather", "Wren", "Finch", "Plover", "Teal", "Dunlin",
    "Marram", "Samphire", "Cowslip", "Teasel", "Sorrel", "Tern", "Avocet", "Yarrow",
)  # fmt: skip
HOMES = (
    "Hawthorn Lodge", "Moorlands", "The Beeches", "Cherry Trees", "Ravenscourt", "Thornbury House",
    "Glebe House", "Mill View", "Fernbank", "The Limes", "Kestrel Court", "Sandfield Grange",
)  # fmt: skip
HOSPITALS = (
    "{town} Infirmary", "{town} General", "St Aldhelm's Hospital", "{town} Royal Hospital",
    "Queen Adelaide Hospital", "{town} City Hospital", "Weaver Valley Hospital",
)  # fmt: skip
TRUSTS = (
    "{town} Teaching Hospitals NHS Trust", "{town} and District NHS Foundation Trust",
    "North {town} Care NHS Trust", "{town} Community Health NHS Trust",
    "{town} Partnership NHS Foundation Trust",
)  # fmt: skip
PRACTICES = (
    "{street} Lane Surgery", "{street} Medical Practice", "The {street} Practice",
    "{street} Health Centre", "Dr Okafor and Partners", "{street} Family Doctors",
)  # fmt: skip
PHARMACIES = ("{street} Pharmacy", "Hallam Chemists", "Pillbox Pharmacy", "Dowling's Chemist")
AGENCIES = (
    "Homeward Care Ltd", "BrightDays Domiciliary Care", "Kindred Home Support", "Tendercare Agency",
    "Allday Care Services", "Hearthside Support CIC",
)  # fmt: skip
LOCUM_AGENCIES = ("MedStaff Locums Ltd", "Crestline Medical Recruitment", "Locumotion Healthcare")
CONTRACTORS = {
    "estates_lift_failure_report": ("Liftcare Engineering Ltd", "Northway Lifts"),
    "catering_allergy_incident": ("Fresh Plate Catering", "Trayline Foods Ltd"),
    "sms_reminder_log": ("TextAlert Systems Ltd", "PingReminders Ltd"),
}
AIR_AMBULANCES = (
    "Three Shires Air Ambulance",
    "Pennine Air Ambulance",
    "Moor and Coast Air Ambulance",
)
AMBULANCES = (
    "Yorkshire Ambulance Service", "East Midlands Ambulance Service", "North West Ambulance Service",
    "South Western Ambulance Service",
)  # fmt: skip
PRISONS = ("HMP Ashcombe", "HMP Wealdmoor", "HMP Kingsfold")
CLINICS = ("Aurora Fertility Centre", "Meridian Fertility", "Calder Assisted Conception Unit")
# National bodies and services: never gold.
NATIONAL = (
    "the CQC", "NHS England", "HSSIB", "the MHRA", "the Parliamentary and Health Service Ombudsman",
    "the HFEA", "the Probation Service", "the ICO", "NHS Resolution", "the Food Standards Agency",
    "the ICB", "the HSE", "MBRRACE-UK", "NHS Digital", "Parliamentary and Health Service Ombudsman",
)  # fmt: skip

LOOKALIKES = {
    "eponym": (
        "Parkinson's disease",
        "Crohn's disease",
        "Hodgkin lymphoma",
        "Bell's palsy",
        "Down syndrome",
        "Addison's disease",
        "Alzheimer's disease",
        "Huntington's disease",
        "Graves' disease",
        "Ménière's disease",
        "Raynaud's",
        "Paget's disease",
        "Fuchs' dystrophy",
        "Stargardt disease",
        "Marfan syndrome",
        "Turner syndrome",
        "Klinefelter syndrome",
        "Lynch syndrome",
        "Fragile X syndrome",
        "Williams syndrome",
        "Prader-Willi syndrome",
    ),
    "score": (
        "Glasgow Coma Scale 13",
        "Waterlow 18",
        "Braden 12",
        "Apgar 3 at one minute",
        "NEWS2 of 6",
        "PEWS 5",
        "Rockwood 7",
        "4AT of 5",
        "MUST 2",
        "Snellen 6/18",
        "Clinical Frailty Scale 6",
        "GCS 9/15",
        "Barthel 35",
        "Epworth 14",
    ),
    "law": (
        "Gillick competence",
        "the Fraser guidelines",
        "the Mental Capacity Act",
        "section 117",
        "section 2",
        "section 3",
        "the Care Act 2014",
        "Natasha's Law",
        "the Equality Act 2010",
        "Deprivation of Liberty Safeguards",
        "Martha's Rule",
    ),
    "drug": (
        "Sinemet 12.5/50",
        "co-codamol 30/500",
        "Epipen 300 micrograms",
        "Fostair 100/6",
        "clozapine 200mg",
        "depot paliperidone",
        "Oramorph 2.5mg",
        "latanoprost",
        "Buvidal",
        "letrozole 2.5mg",
        "Menopur",
        "Utrogestan",
        "Lucentis",
        "Hartmann's solution",
    ),
    "place_term": (
        "Lyme disease",
        "West Nile virus",
        "Stockholm syndrome",
        "Norwalk virus",
        "Ebola",
        "Zika virus",
        "Coxsackie virus",
        "Marburg virus",
    ),
    "staff_number": (
        "bleep 2214",
        "ext 4471",
        "x5102",
        "Band 6",
        "Band 3",
        "Ward 14",
        "Ward 7B",
        "bay 4",
        "bed 12",
        "side room 3",
        "Theatre 6",
        "Lift 3",
        "Porter 11",
    ),
    "time": ("03:40", "14:15", "0920hrs", "22.30", "7am", "half past six"),
    "duration": ("3/7", "2/52", "6/12", "the second dose", "the third cycle", "day 5"),
    "national": NATIONAL,
}

NICKNAMES = {
    "Elizabeth": ("Liz", "Betty"), "Patricia": ("Trish", "Pat"), "Susan": ("Sue",),
    "Deborah": ("Debbie", "Deb"), "Margaret": ("Peggy", "Mags"), "Christine": ("Chrissie",),
    "William": ("Bill", "Billy"), "Anthony": ("Tony",), "Edward": ("Ted", "Eddie"),
    "Michael": ("Mick", "Mikey"), "Christopher": ("Kit", "Chris"), "Terence": ("Tel", "Terry"),
    "Oluwafemi": ("Femi",), "Abimbola": ("Bimbo",), "Siobhan": ("Shiv",), "Aleksander": ("Olek",),
}  # fmt: skip
OWN_FIRST = {
    "F": ("Elizabeth", "Patricia", "Susan", "Deborah", "Margaret", "Christine", "Siobhan", "Abimbola",
          "Amber", "Dawn", "Crystal", "Precious", "Blessing", "Sunny", "Ebony", "Honey", "Liberty",
          "Nkechi", "Anjali", "Thi Lan", "Eilidh", "Mairéad", "Nia", "Gwenllian", "Zainab",
          "Małgorzata", "Anne-Marie", "Mary-Kate", "Bernadette", "Heddwen"),
    "M": ("William", "Anthony", "Edward", "Michael", "Christopher", "Terence", "Oluwafemi", "Aleksander",
          "Cliff", "Frank", "Grant", "Drew", "Rusty", "Sonny", "Chase", "Forrest", "Ewan", "Lachlan",
          "Dafydd", "Oisín", "Kwame", "Rajesh", "Tariq", "Wojciech", "Florin", "Thanh", "Jean-Luc",
          "Pádraig", "Iestyn", "Mohammed Ali"),
}  # fmt: skip
OWN_LAST = (
    "Hart-Davies", "Okafor-Williams", "Lloyd-Jones", "Ashby-Kaur", "Pryce-Owusu", "Dunn-Ferreira",
    "de Souza", "van der Merwe", "O'Neill", "MacLeod", "Mc Guinness", "le Brun", "da Silva",
    "bin Rashid", "Ó Súilleabháin", "D'Arcy", "ter Horst", "von Essen", "Fitzpatrick", "Mac Giolla",
    "Sharp", "Stone", "Wood", "Brook", "Frost", "Snow", "Swift", "Little", "Lamb", "Fox", "Field",
    "Church", "Moss", "Savage", "Gay", "Hazard", "Cross", "Lane", "Parkinson", "Hodgkin", "Down",
    "Fraser", "Bell", "Nguyen", "Adeyemi", "Chaudhry", "Kowalczyk", "Mensah", "Öztürk",
)  # fmt: skip
NAMESAKE_TERMS = {
    "Parkinson": "Parkinson's disease", "Hodgkin": "Hodgkin lymphoma", "Down": "Down syndrome",
    "Fraser": "the Fraser guidelines", "Bell": "Bell's palsy",
}  # fmt: skip
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


# ---------------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    name: str
    register: str
    headers: tuple[str, ...]
    core: tuple[str, ...]
    extras: tuple[str, ...]
    endings: tuple[str, ...]
    joiner: str = " "
    old: bool = False
    child: bool = False
    female: bool = False


def _style(name, register, headers, core, extras, endings, **kw) -> Style:
    return Style(name, register, tuple(headers), tuple(core), tuple(extras), tuple(endings), **kw)


STYLES = (
    _style(
        "community_pharmacy_near_miss_log",
        "lines",
        [
            "NEAR MISS LOG - {pharmacy}, {street}, {town}. Week commencing {date}.",
            "{pharmacy} | near-miss and dispensing incident log | pharmacist: {s1_full}",
        ],
        [
            "{date}: script for {p_sc} (DOB {dob}) picked as {drug} instead of the strength on the EPS token; caught at final check by {s1_first}.",
            "Prescriber {d_title} at {gp} rang back on {phone}; patient NHS no {nhs}.",
            "Same day, {o1_full} collected for a neighbour and was handed the wrong bag; identity check at the counter stopped it. Ref {ref_incident}.",
            "Learning: shelf for {drug} split from look-alike packs; {s2_first} (dispenser, {band}) to re-stock by {date}.",
        ],
        [
            "Patient has {epo}, lives at {addr} {pc}, is {age} and uses blister packs.",
            "Carer {r_full} asked that calls go to {mob}.",
            "Controlled drug register checked at {time}: balance correct.",
            "{s1_init} signed the log; second check by {s2_init}.",
            "Near miss also shared with the locum {o2_full} who was on shift {date}.",
            "Delivery driver {o3_first} had left a card at {street} before the error was found.",
        ],
        [
            "Logged to the NRLS-style national system; no harm. Contact {email_s}.",
            "Reviewed at the monthly huddle, {date}. Next review {date}.",
        ],
        joiner="\n",
        old=True,
    ),
    _style(
        "domiciliary_eye_test_note",
        "clinical",
        [
            "Domiciliary sight test record. Visit to {home}, {date}.",
            "Home visit eye examination, {optician}, practitioner {s1_full}.",
        ],
        [
            "Seen: {p_tfull}, {age}, resident in room {roomno}; NHS {nhs}.",
            "History of {epo} and macular change; last test at {hospital} eye clinic {date}.",
            "Vision {score} right, counting fingers left; referred urgently to {d_title} via {email_s}.",
            "Spectacles delivered {date} but the wrong pair went to another resident, {o1_sc}; swapped by carer {o2_first} the same evening.",
        ],
        [
            "Manager {s2_full} on {phone} confirmed the labelling was missed.",
            "Her {relword} {r_full} ({mob}) had said that she could no longer see the clock.",
            "Drops: {drug} nightly, MAR checked at {time}.",
            "Home address for the record: {addr}, {pc}.",
            "{p_first} was cheerful and asked after her late partner {o3_first}.",
            "GP: {gp}; letter copied.",
        ],
        [
            "Concern raised with {agency_home}; incident ref {ref_incident}.",
            "Practitioner: {s1_j}, GOC-registered, {date}.",
        ],
        old=True,
        female=True,
    ),
    _style(
        "air_ambulance_mission_log",
        "lines",
        [
            "{airamb} - mission log {ref_mission} - {date}",
            "HEMS MISSION {ref_mission} / {airamb} / tasked by {ambulance}",
        ],
        [
            "{time} tasked to RTC on {street}, outskirts of {town}; crew {d_title} (doctor) and {s1_full} (critical care paramedic).",
            "{time} on scene. Pt {p_caps}, {age}, {score}, trapped 40 min; land crew {o1_full} and {o2_full}.",
            "RSI on scene, {drug} given; airlifted to {hospital}, handed to trauma lead {o3_tfull}.",
            "Patient later identified from wallet: DOB {dob}, address {addr} {pc}; NHS {nhs} traced by ED.",
        ],
        [
            "Next of kin {r_full} reached on {mob} by police (log {ref_police}).",
            "Aircraft refuelled at {time}; {staffnum} used for handover.",
            "Debrief {date}: delay in tasking of 11 minutes noted.",
            "{s1_first} recorded the drug chart; {d_last} countersigned.",
            "Police: {police}; FLO {o4_tfull}.",
            "Follow-up letter from family via {email_r}.",
        ],
        [
            "Case review closed {date}. Clinical governance lead {s2_full}.",
            "Filed: {ref_incident}.",
        ],
        joiner="\n",
    ),
    _style(
        "amhp_assessment_report",
        "formal",
        [
            "AMHP report: Mental Health Act assessment of {p_tfull}, {date}.",
            "Approved Mental Health Professional's outline report ({council}), case {ref_case}.",
        ],
        [
            "I, {s1_full}, AMHP for {council}, assessed {p_first} at {addr}, {pc}, on {date} with {d_title} and section 12 doctor {o1_tfull}.",
            "Nearest relative: {r_tfull} ({relword}), consulted by phone on {mob}; did not object to {law}.",
            "{p_first} has {cond}; {drug} stopped some weeks earlier and the care coordinator {s2_full} had lost contact since {date}.",
            "The least restrictive option was considered; a bed was found on {ward} at {hospital}, conveyed by {ambulance}.",
        ],
        [
            "Police ({police}, PC {o2_last}) attended under warrant, ref {ref_police}.",
            "The neighbour {o3_full} had reported shouting from number {houseno}.",
            "Date of birth {dob}; NHS {nhs}; hospital no {hosp}.",
            '{p_first} said "{o4_first} is watching me", a name of a former partner.',
            "{nat} guidance on conveyance was followed.",
            "Copy to {email_s}.",
        ],
        [
            "Signed {s1_init}, AMHP, {date}.",
            "Report completed {date}; lessons taken to the AMHP forum.",
        ],
    ),
    _style(
        "section117_aftercare_plan",
        "lines",
        [
            "SECTION 117 AFTERCARE PLAN - {p_sc} - joint {council} / {trust}",
            "s117 aftercare review minutes, {date}, held at {gp}",
        ],
        [
            "Eligible following detention; discharged from {ward} on {date}. NHS: {nhs}.",
            "Present: {s1_full} (care coordinator), {o1_full} (social worker, {council}), {r_full} ({relword}), {p_first}.",
            "Accommodation: supported tenancy at {addr} {pc} provided by {agency}; landlord contact {o2_full}, {phone}.",
            "Medication: {drug} monthly at the depot clinic; {law} funding confirmed.",
        ],
        [
            "Crisis plan: call {mob} ({s1_first}) or the crisis line.",
            "Employment support with {o3_full} at the job centre from {date}.",
            "Risk: relapse when using cannabis; last admission {date}.",
            "{p_first}'s {relword} asked for carer's assessment.",
            "Physical health: {epo} screening due; {score}.",
            "Email updates to {email_s}.",
        ],
        ["Next review {date}. Chair: {d_tfull}.", "Plan agreed and copied to {p_first} and {gp}."],
        joiner="\n",
    ),
    _style(
        "probation_release_handover",
        "formal",
        [
            "Release and resettlement handover: {p_caps}, CRN {ref_crn}.",
            "Probation practitioner handover note, release from {prison}, {date}.",
        ],
        [
            "{p_full} (DOB {dob}) was released from {prison} on {date} with a 14-day supply of {drug}.",
            "Healthcare lead {s1_tfull} at the prison faxed a summary to {gp}, but the practice had no registration.",
            "Approved premises: {home}, {street}, {town}; keyworker {o1_full}, {phone}.",
            "Three days later {p_first} was found unresponsive; {ambulance} attended; NHS {nhs} traced at {hospital}.",
        ],
        [
            "Probation practitioner {s2_full} had emailed {email_s} on {date}.",
            "{p_first}'s {relword} {r_full} ({mob}) had offered a sofa at {addr} {pc}.",
            "Prison number {ref_prison} quoted on the discharge letter.",
            "{p_first} has {cond}; {law} screening was not recorded.",
            "Police Offender Manager {o2_tfull} ({police}) attended the MAPPA meeting.",
            "{nat} was notified as required.",
        ],
        ["Learning review chaired by {d_tfull}, {date}.", "Record closed by {s2_init}."],
    ),
    _style(
        "ld_annual_health_check",
        "clinical",
        [
            "Learning disability annual health check - {gp} - {date}",
            "LD AHC template (free text pasted) for {p_title}, {date}",
        ],
        [
            "{p_full}, {age}, has {cond_ld}; lives at {home}, {street}, supported by {agency}.",
            "Attended with support worker {o1_first} and {parent_lower} {r_tfull}; health action plan reviewed.",
            "Weight up 8 kg; {drug}; bowels per the Bristol chart; {epo} check booked at {hospital}.",
            "Reasonable adjustments: first appointment, easy-read letter to {addr} {pc}; NHS {nhs}.",
        ],
        [
            "Hospital passport held by {r_first}, contact {mob}.",
            "Seen by practice nurse {s1_full} and {d_title}.",
            "Flu vaccine declined; {law} assessment: has capacity for this decision.",
            "Previously under {o2_tfull}, community LD nurse.",
            "Dental: not seen since {date}.",
            "Summary emailed to {email_s}.",
        ],
        ["Next AHC due {date}.", "Completed by {s1_j}."],
    ),
    _style(
        "fertility_witnessing_error",
        "formal",
        [
            "Incident review: witnessing error in the laboratory, {clinic}, {date}.",
            "{clinic} - embryology witnessing incident, ref {ref_incident}",
        ],
        [
            "On {date} eggs from {p_tfull} (clinic ID {ref_clinic}) were placed in a dish labelled for another patient, {o1_sc}.",
            "Embryologist {s1_full} noticed at the second witness step; the electronic witness system had been bypassed by {s2_full}.",
            "Partner {r_full} was told the same day by {d_title}; both on {mob}.",
            "{p_first} had been on {drug} for stimulation; DOB {dob}; NHS {nhs}.",
        ],
        [
            "The clinic reported to {nat} within 12 hours.",
            "Home address {addr}, {pc}.",
            "Counsellor {o2_full} offered support; contact {phone}.",
            "{p_first} has {epo} in the family history.",
            "A second couple, {o3_full} and partner, were unaffected.",
            "Letter sent to {email_r}.",
        ],
        [
            "Review signed by the person responsible, {d_tfull}, {date}.",
            "Action plan complete by {date}.",
        ],
        female=True,
    ),
    _style(
        "genetic_counselling_letter",
        "letter",
        [
            "Clinical Genetics, {hospital}\n{date}\n\nPRIVATE\n{p_tfull}\n{addr_lines}\n{pc}\n",
            "{trust}, Regional Genetics Service\n{date}\nTo: {p_tfull}, {addr} {pc}\n",
        ],
        [
            "Dear {p_title},",
            "Thank you for coming to see me with your cousin {r_full} on {date} about {epo} in the family.",
            "A relative on your mother's side, {o1_full}, had testing in {town}; that result (lab ref {ref_lab}) was shared with consent.",
            "We took a blood sample for predictive testing; please ring me on {phone} if you have questions. Your NHS number is {nhs}.",
        ],
        [
            "Your GP, {d_title} at {gp}, will receive a copy.",
            "You mentioned your child {o2_first} is 15: {law} would apply to any discussion with them.",
            "Results take eight weeks.",
            "The family tree you drew includes your grandfather {o3_full}, who died {date}.",
            "Our team mailbox is {email_team}.",
            "Information: {url}.",
        ],
        [
            "Yours sincerely,\n{s1_full}\nGenetic Counsellor",
            "With best wishes,\n\n{s1_tfull}\nPrincipal Genetic Counsellor",
        ],
        joiner="\n",
    ),
    _style(
        "picu_retrieval_record",
        "lines",
        [
            "PICU retrieval record - {date} - referring: {hospital}",
            "Paediatric critical care transport log, job {ref_mission}",
        ],
        [
            "Referral {time} from {d_title}, ED {hospital}: {p_full}, {age_child}, {score}.",
            "{parent} {r_full} ({mob}) travelling separately; other parent {o1_full} at home at {addr} {pc}.",
            "Team: {s1_full} (ANP), {s2_full} (transport nurse); consultant on call {o2_tfull}.",
            "Departed {time}; arrived {ward}, {hospital2}; NHS {nhs}; DOB {dob}.",
        ],
        [
            "Delay: ambulance from {ambulance} 40 minutes late.",
            "{drug} infusion line tissued in transit; re-sited.",
            "School: {school}; teacher {o3_first} informed by family.",
            "Social worker {o4_full} aware: {law} not in question.",
            "Weight estimate wrong by 4 kg; {nat} guidance on weight-based dosing noted.",
            "Hospital number at base {hosp}.",
        ],
        ["Debrief {date} by {s1_init}.", "Incident {ref_incident} raised."],
        joiner="\n",
        child=True,
    ),
    _style(
        "pmrt_stillbirth_review",
        "formal",
        [
            "Perinatal mortality review (stillbirth), {trust}, review meeting {date}.",
            "PMRT-style review for {p_tfull}, reference {ref_pmrt}",
        ],
        [
            "{p_full}, {age_mother}, booked at {hospital} on {date}; lives at {addr}, {pc}.",
            "Reduced fetal movements reported on {date} via the triage line {phone}; midwife {s1_full} advised attendance, but no CTG was done.",
            "Intrauterine death confirmed by {d_title} on {date}; the baby was born the next day on {ward}.",
            "Parents' questions were gathered by the bereavement midwife {s2_full}; partner {r_full} asked why the scan of {date} was not repeated.",
        ],
        [
            "External panel member {o1_tfull} from {hospital2}.",
            "NHS {nhs}; hospital number {hosp}.",
            "The parents' contact {email_r} was used for the draft.",
            "Medical history: {epo}; {drug} in pregnancy.",
            "The family liaison, {o2_full}, was present at the meeting.",
            "{nat} notification completed.",
        ],
        ["Report shared with parents {date}.", "Chair: {o3_tfull}."],
        female=True,
    ),
    _style(
        "frailty_unit_assessment",
        "clinical",
        [
            "Acute frailty unit - comprehensive geriatric assessment - {date}",
            "AFU CGA: {p_sc}, {hosp}",
        ],
        [
            "{p_tfull}, {age}, came in from {home} after a fall; {score}, {score}.",
            "Background: {epo}, {cond}; on {drug}.",
            "Collateral from {relword} {r_full} on {mob}: more confused for two weeks since a move from {ward}.",
            "Seen by {d_title} and {s1_full} (OT); home visit to {addr} {pc} planned for {date}.",
        ],
        [
            "NHS {nhs}; DOB {dob}.",
            "Home manager {o1_full} rang from {phone}.",
            "Pharmacist {s2_first} stopped two sedatives.",
            "Another resident, {o2_full}, had the same fall pattern.",
            "{law} applied: best interests discussion with {r_first}.",
            "GP {gp} emailed via {email_s}.",
        ],
        ["Plan agreed {date}.", "Signed {d_last}, registrar, {date}."],
        old=True,
    ),
    _style(
        "porter_job_log",
        "table",
        [
            "PORTERING HELPDESK EXPORT {date}\nJob | Time | From | To | Patient | Porter | Note",
            "Job no | Time | Origin | Destination | Patient | Porter | Comments",
        ],
        [
            "{ref_job} | {time} | {ward} | X-ray | {p_sc} | {o1_first} | {staffnum}",
            "{ref_job} | {time} | ED | {ward2} | {o2_sc} | {o3_first} | chair, oxygen",
            "{ref_job} | {time} | {ward} | Mortuary | - | {o1_first} | escalated to {s1_full}",
            "{ref_job} | {time} | {ward2} | CT | {p_caps} {hosp} | {o4_first} | wrong patient collected, returned",
        ],
        [
            "Note: job reassigned by helpdesk ({s2_first}) at {time}.",
            "Patient NHS {nhs} on wristband; second patient {o5_full} had the same surname initial.",
            "Incident raised {ref_incident} by {s1_init}.",
            "Family ({r_full}, {mob}) complained the next day.",
            "{epo} noted on the request card.",
            "Oxygen cylinder empty; estates called {phone}.",
            "Patient on the CT job was {age}, on a trolley with oxygen.",
        ],
        ["Log exported by {s2_full}, {date}.", "End of export."],
        joiner="\n",
        old=True,
    ),
    _style(
        "estates_lift_failure_report",
        "formal",
        [
            "Estates and facilities incident report: lift entrapment, {hospital}, {date}.",
            "Facilities report {ref_job} - passenger lift failure at {hospital}",
        ],
        [
            "At {time} on {date} {staffnum} stopped between floors with a patient on a trolley, {p_tfull}, being moved from {ward} to theatres.",
            "Porter {o1_full} pressed the alarm; the contractor {contractor} arrived after 52 minutes.",
            "The patient, {age}, had {epo} and received {drug} in the lift from {s1_full}.",
            "{p_first}'s {relword} {r_full} was waiting at {ward2} and was updated on {mob}.",
        ],
        [
            "Estates manager {s2_full}, {phone}.",
            "Maintenance contract ref {ref_incident}.",
            "The lift had failed on {date} too, reported by {o2_full}.",
            "NHS {nhs}; hospital number {hosp}.",
            "{nat} was told under RIDDOR.",
            "Contractor email {email_team}.",
        ],
        ["Report by {s2_init}, {date}.", "Closed on {date}."],
        old=True,
    ),
    _style(
        "catering_allergy_incident",
        "formal",
        [
            "Catering incident: allergen exposure on {ward}, {hospital}, {date}.",
            "Patient meal allergy incident {ref_incident}",
        ],
        [
            "{p_tfull}, known peanut allergy, was served a satay dish at {time} by {o1_full} (ward host).",
            "The electronic menu had the allergy against the bed of {o2_sc}, moved to {ward2} that morning.",
            "{p_first} had {epo}, so the reaction was hard to judge; adrenaline ({drug}) given by {s1_full}.",
            "{p_first}'s {relword} {r_full} rang {phone} to complain; dietitian {s2_full} reviewed on {date}.",
        ],
        [
            "Catering supplier {contractor} sent the recipe card.",
            "{law} labelling applies to prepacked food only.",
            "NHS {nhs}; address {addr} {pc}.",
            "{d_title} reviewed; {score}.",
            "Email from family: {email_r}.",
            "Catering manager {o3_full}.",
            "{p_first} is {age} and eats independently.",
        ],
        ["Closed by {s2_init} on {date}.", "Learning to the food safety group, {date}."],
        old=True,
    ),
    _style(
        "clinical_photography_consent",
        "formal",
        [
            "Medical illustration: consent and image use incident, {date}.",
            "Clinical photography department, {hospital}: consent breach {ref_consent}",
        ],
        [
            "Photographs of {p_full}'s wound were taken on {ward} on {date} by {s1_full} for the record only.",
            "One image appeared in a teaching slide shown by {d_title} at {hospital2} on {date}, with a wristband reading {hosp} visible.",
            "{p_first} (DOB {dob}) was told by a friend, {o1_full}, who attended the talk.",
            "The consent form, ref {ref_consent}, ticked record use only.",
        ],
        [
            "The slide deck was also on {url}.",
            "{p_first}'s partner {r_full} emailed {email_r}.",
            "Condition: {epo}.",
            "NHS {nhs}; address {addr}, {pc}.",
            "Department manager {s2_full}, {phone}.",
            "Reported to {nat}.",
        ],
        ["Apology letter sent {date}.", "Review: {o2_tfull}, Caldicott Guardian."],
    ),
    _style(
        "subject_access_request_log",
        "lines",
        [
            "SAR LOG - Information Governance - {trust}",
            "Subject access requests, weekly tracker, w/c {date}",
        ],
        [
            "{ref_sar} | received {date} | requester {p_full} | DOB {dob} | NHS {nhs} | due {date}",
            "{ref_sar} | received {date} | requester {o1_full} on behalf of {o2_full} (authority form) | solicitor {solicitor}",
            "Breach: the pack for {ref_sar} included 14 pages about {o3_full}, posted to {addr} {pc}.",
            "Found by {p_first}, who rang {phone}; IG lead {s1_full} retrieved the pages on {date}.",
        ],
        [
            "Redaction done by {s2_full} (IG officer).",
            "Email to requester {email_r}.",
            "Records from {ward} and {gp} included.",
            "Hospital number {hosp}.",
            "Reported to {nat} within 72 hours.",
            "Clinical review of pages by {d_title}: mentions {epo}.",
        ],
        ["Tracker updated by {s1_init}, {date}.", "Closed {date}."],
        joiner="\n",
    ),
    _style(
        "ombudsman_final_letter",
        "letter",
        [
            "{nat_phso}\nOur ref: {ref_phso}\n{date}\n\n{p_tfull}\n{addr_lines}\n{pc}\n",
            "Our reference {ref_phso}\n{date}\nComplaint about {trust}\n",
        ],
        [
            "Dear {p_title},",
            "I have completed my investigation of your complaint about the care your late {relword} {r_full} received at {hospital} from {date}.",
            "I found that the trust did not act on a {score} on {ward}, and that {d_title} was not called until {time}.",
            "The trust's complaint reference was {ref_complaint}; its chief executive, {o1_full}, has agreed to pay £1,500 and to apologise by {date}.",
        ],
        [
            "I spoke to {s1_full}, the ward manager, and to {o2_tfull}.",
            "Your {relword} had {epo}; the clinical adviser considered {law}.",
            "You can contact my colleague {o3_full} on {phone} or {email_s}.",
            "NHS number in the records: {nhs}.",
            "I have also shared this with {gp}.",
            "Your MP, {o4_tfull}, asked to be kept informed.",
        ],
        [
            "Yours sincerely\n{s2_full}\nSenior Caseworker",
            "Yours sincerely,\n\n{s2_tfull}\nInvestigator",
        ],
        joiner="\n",
    ),
    _style(
        "locum_booking_record",
        "lines",
        [
            "Locum booking record - {locum_agency} - booking {ref_booking}",
            "Temporary staffing: booking {ref_booking}, {trust}",
        ],
        [
            "Shift {date} 20:00-08:00, {ward}, {hospital}; booked {d_full} (GMC {ref_gmc}) via {locum_agency}.",
            "Booker: {s1_full}, {phone}; agency consultant {o1_full}, {mob}.",
            "Doctor arrived 90 minutes late; {p_tfull} (hosp no {hosp}) deteriorated with {score} and was not reviewed.",
            "{p_first} was moved to ICU on {date}; {relword} {r_full} was told by {s2_full}.",
        ],
        [
            "Agency timesheet signed by {o2_first}.",
            "The locum had no IT login; {staffnum} used instead.",
            "NHS {nhs}.",
            "Feedback to agency at {email_team}.",
            "{nat} framework pay cap applied.",
            "Patient had {epo}.",
        ],
        ["Booking closed {date}.", "Reviewed by medical staffing ({s1_init})."],
        joiner="\n",
    ),
    _style(
        "research_protocol_deviation",
        "formal",
        [
            "Research protocol deviation report, study {ref_trial}, {hospital}, {date}.",
            "Clinical research facility: deviation log entry {ref_trial}",
        ],
        [
            "Participant {ref_participant} ({p_init}) was dosed on {date} with {drug} outside the visit window.",
            "Research nurse {s1_full} found that the randomisation email from {email_team} had gone to {o1_full}.",
            "PI {d_title} was told; the sponsor's monitor {o2_full} asked for the source notes.",
            "The participant, {p_tfull}, of {addr} {pc}, was phoned on {mob}; DOB {dob}.",
        ],
        [
            "Another participant, {o3_sc}, was unaffected.",
            "The participant has {epo}.",
            "NHS {nhs}; hospital number {hosp}.",
            "Consent was re-checked under {law}.",
            "Reported to {nat} as a non-serious breach.",
            "Study coordinator {s2_full}, {phone}.",
        ],
        ["Filed {date}.", "Signed {s1_init} / {d_last}."],
    ),
    _style(
        "discharge_to_assess_referral",
        "lines",
        [
            "D2A referral (pathway 3) - {date}",
            "Discharge to assess referral form - {trust} - {council}",
        ],
        [
            "Name: {p_caps}\nDOB: {dob}\nNHS: {nhs}\nHosp: {hosp}",
            "Home: {addr}, {pc}. Lives alone; {relword} {r_full}, {mob}.",
            "Medically optimised {date} on {ward}; {score}; {epo}.",
            "Bed offered at {home}, {street}; transfer {date} by {ambulance}; manager {o1_full}.",
        ],
        [
            "Care navigator {s1_full} ({phone}).",
            "Social worker {o2_full}, {council}.",
            "Key safe code given to {o3_first} only.",
            "{p_first} wants to go home to the cat.",
            "Referral sent to {email_team}.",
            "{law}: capacity to decide on placement doubted by {d_title}.",
        ],
        ["Sent by {s1_init} {date}.", "Referral accepted {date}."],
        joiner="\n",
        old=True,
    ),
    _style(
        "home_care_visit_notes",
        "lines",
        ["{agency} - daily visit notes - client {p_sc}", "Care notes, {agency}, {addr} {pc}"],
        [
            "{date} {time} {o1_first}: {p_nick} in bed, breakfast done, meds from blister given.",
            "{date} {time} {o2_first}: no answer at door, key safe code wrong; rang office {phone}.",
            "{date} {time} {o1_first}: found on floor by the stairs, {ambulance} called; {relword} {r_full} told on {mob}.",
            "Office note: care coordinator {s1_full} logged missed visit; NHS {nhs}.",
        ],
        [
            "Meds: {drug}; {epo}.",
            "Neighbour {o3_full} at number {houseno} had a spare key.",
            "GP: {gp}.",
            "Visit rota by {s2_full}.",
            "Client is {age}.",
            "{council} safeguarding ref {ref_case}.",
        ],
        ["Notes copied for the review, {date}.", "End of notes."],
        joiner="\n",
        old=True,
    ),
    _style(
        "hospice_bereavement_followup",
        "clinical",
        [
            "Bereavement follow-up call, {hospice}, {date}.",
            "{hospice} family support team - bereavement contact record",
        ],
        [
            "Called {r_tfull} ({relword} of {p_full}, died {date} at {hospice}) on {mob}.",
            "{r_first} said {p_nick} had wanted to die at home at {addr}, and the syringe driver ({drug}) was late from {pharmacy}.",
            "The district nurse {s1_full} was thanked; the out-of-hours doctor, {d_title}, was not.",
            "Offered counselling with volunteer {o1_full}; memorial page at {url}.",
        ],
        [
            "Grandson {o2_first} is struggling at school.",
            "Funeral held {date} at {church}.",
            "Concern logged for {gp}.",
            "{p_first} had {epo}.",
            "Contact email {email_r}.",
            "Record by {s2_full}.",
            "{p_first} was {age} when they died.",
        ],
        ["Next call {date}.", "Closed {date} ({s2_init})."],
        old=True,
    ),
    _style(
        "sms_reminder_log",
        "table",
        [
            "SMS GATEWAY EXPORT {date}\nsent_at | to | template | status | body",
            "Text message reminder log, {trust}\nwhen | number | status | message",
        ],
        [
            "{date} {time} | {mob} | OPA_REMIND | delivered | Dear {p_first}, your appointment at {hospital} is on {date}. Ref {hosp}.",
            "{date} {time} | {mob2} | OPA_REMIND | delivered | Dear {o1_first}, your appointment at {hospital} is on {date}. Reply 1 to confirm.",
            "{date} {time} | {mob} | CANCEL | delivered | Hi {p_first}, your {clinicname} appointment is cancelled. Call {phone}.",
            "Note: number {mob} belonged to {r_full}, not the patient; patient {p_full} ({nhs}) missed the rebooked slot.",
        ],
        [
            "Admin {s1_full} changed the number on {date}.",
            "{o2_full} received a message meant for someone else.",
            "Clinic: {d_title}, {epo} follow-up.",
            "Complaint ref {ref_complaint}.",
            "Gateway supplier {contractor}.",
            "Contact {email_team}.",
        ],
        ["Export by {s2_init} {date}.", "Rows: 4 shown."],
        joiner="\n",
    ),
    _style(
        "csv_spreadsheet_paste",
        "csv",
        [
            "incident_id,date,ward,patient,nhs_no,staff,summary",
            "Ref,Date,Location,Name,NHS,Reporter,Details",
        ],
        [
            '{ref_incident},{date},{ward},"{p_sc}",{nhs},{s1_full},fall from chair {time} - {score}',
            '{ref_incident},{date},{ward2},"{o1_sc}",,{s2_full},{drug} dose omitted',
            "{ref_incident},{date},{ward},{p_caps},{nhs},{o2_full},{relword} {r_full} ({mob}) raised concern",
            "{ref_incident},{date},{home},{o3_full},,{s1_init},transfer from {hospital}; {epo}",
        ],
        [
            "{ref_incident},{date},{ward2},{o4_full},,{s2_first},{staffnum} alarm not working",
            "{ref_incident},{date},{ward},{p_lower},,{s1_first},DOB {dob}",
            "{ref_incident},{date},{street},-,,{o5_full},visitor fell outside",
            "{ref_incident},{date},{ward},-,,{d_title},{nat} alert",
            "{ref_incident},{date},{ward2},{o6_full},,{s2_first},{law}",
            "{ref_incident},{date},{ward},-,,{s1_first},email {email_s}",
        ],
        ["(pasted from spreadsheet by {s2_full})", "total rows,10"],
        joiner="\n",
    ),
)

# Top-up sentences when a style's extras run out; every slot is filled as in the styles.
SHARED = (
    "The incident was discussed at the {trust} learning panel on {date}.",
    "{o7_full} from {hospital2} gave an external view.",
    "Background includes {epo} and {cond}; {score} at the time.",
    "A letter was sent to {gp} on {date}.",
    "The family asked for updates to {email_r}.",
    "Medicines included {drug}, given at {time}.",
    "The {relword}, {r_first}, was present for part of the discussion.",
    "{s2_first} wrote the timeline; it was checked against {staffnum}.",
    "Duty of candour was met on {date} by {d_title}.",
    "A similar event on {ward2} on {date} was reviewed by {o8_tfull}.",
    "{nat} was informed as part of the usual process.",
    "The patient's GP practice, {gp}, had no alert on file.",
    "Advice was taken from {o6_full}, safeguarding lead, on {phone}.",
    "{law} was considered and recorded.",
    "Follow-up was planned for {dur}.",
    "The reviewer noted {dis} in the travel history, unrelated.",
    "Transport was by {ambulance}.",
    "A request for records went to {hospital2} on {date}.",
    "The reference for the local log is {ref_incident}.",
    "The review team thanked {o7_full} for their account.",
    "Written statement from {s1_full} dated {date}.",
    "An interpreter was booked for {date} but did not attend.",
    "The patient was {age} at the time of the event.",
)


# Top-up lines for logs, tables, exports and spreadsheets.
SHARED_LINES = (
    "{date} {time} note added by {s2_first}: {relword} {r_first} rang {mob}.",
    "Checked by {o7_full} ({staffnum}).",
    "Entry amended {date} - see {ref_incident}.",
    "{date}: copy sent to {gp}.",
    "{time} {o8_first} (bank) covering; {drug} due.",
    "Flag: {epo}; {score}.",
    "Escalated to {d_title} {date}.",
    "Pt {age}.",
    "{law} noted.",
    "{nat} informed {date}.",
    "Transferred {date} from {hospital2} by {ambulance}.",
    "Email trail: {email_s}.",
    "Query from {o6_full}, {phone}.",
    "Review {dur}.",
    "Travel note: {dis}.",
    "Contact ward: {ward2}.",
    "{o7_sc} - unrelated entry, same day {date}.",
    "Audit check by {s1_init} on {date}.",
    "Safeguarding lead {o8_full} aware.",
    "NOK email {email_r}.",
    "Linked ref {ref_incident}.",
    "Late entry {date}, written by {s1_first}.",
    "Call back requested by {relword} {r_full} on {phone}; message left {date} at {time}.",
    "Handover given to {o8_full} at {time}; plan unchanged, obs {score}.",
    "Record shared with {gp} and {hospital2} under {law}; consent noted {date}.",
    "Concern about {drug} raised by {o6_full} (pharmacist) - reviewed {date}, no change.",
    "Visit by {d_title} {date}: known {epo}; review again in {dur}.",
    "Patient moved to {ward2} {date}; belongings checked by {o7_first} and {s2_first}.",
    "Duplicate entry for {o8_sc} removed {date} by {s1_init} (wrong record).",
    "Address confirmed with patient: {addr}, {pc}.",
)
# Top-up sentences for letters written to the patient or family.
SHARED_LETTER = (
    "I am sorry that {r_first} had to chase us for answers.",
    "If you would prefer, my colleague {o7_full} can meet you at {hospital2}.",
    "Your appointment on {date} is still in place.",
    "We wrote to {gp} on {date}.",
    "You told us about {epo} in the family, and about {dis} after a holiday.",
    "Please quote {ref_incident} if you write to us.",
    "{law} has been considered.",
    "You may also contact {nat}.",
    "Our office line is {phone}.",
    "I enclose the leaflet about {drug}.",
    "You asked that {o8_first} be copied into letters.",
    "Copies will also go to {email_r}, as you asked.",
    "Our records show you are {age}.",
    "The meeting of {date} was recorded with your agreement.",
    "{d_title} has read this letter.",
    "I also spoke with {o6_tfull}, who was on duty that night.",
    "The notes from {ward2} were reviewed too.",
    "Nothing in this letter changes your care at {hospital}.",
)


def _shared(style: Style) -> tuple[str, ...]:
    if style.register == "letter":
        return SHARED_LETTER
    if style.register in ("lines", "table", "csv"):
        return SHARED_LINES
    return SHARED


def alternatives() -> int:
    styles = sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
    return styles + len(SHARED) + len(SHARED_LINES) + len(SHARED_LETTER)


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------


@dataclass
class Who:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool = False
    doctor: bool = False
    child: bool = False
    middle: str = ""
    honorific: str = ""  # chosen once, so one document calls a person the same way

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def title(self, rng: random.Random) -> str:
        if not self.honorific:
            if self.doctor:
                self.honorific = rng.choice(["Dr", "Dr", "Dr."])
            elif self.child:
                self.honorific = "Miss" if self.sex == "F" else "Master"
            elif self.sex == "F":
                self.honorific = rng.choice(["Mrs", "Ms", "Miss", "Mrs."])
            else:
                self.honorific = rng.choice(["Mr", "Mr", "Mr."])
        return self.honorific


def _listed(name: str) -> bool:
    listed = listed_names()
    return all(part.casefold() in listed for part in re.split(r"[\s-]+", name) if part)


def _own_person(rng: random.Random, sex: str) -> Who:
    first = rng.choice(OWN_FIRST[sex])
    last = rng.choice(OWN_LAST)
    names = "listed" if _listed(first) and _listed(last) else "unlisted"
    return Who(first, last, sex, names)


def _parts(who: Who) -> set[str]:
    return {p.casefold() for p in re.split(r"[\s'-]+", f"{who.first} {who.last}") if p}


def _cast(rng: random.Random, style: Style) -> dict[str, Who]:
    keys = ("p", "r", "s1", "s2", "d", "o1", "o2", "o3", "o4", "o5", "o6", "o7", "o8")
    people: dict[str, Who] = {}
    used: set[str] = set()
    for key in keys:
        for _ in range(50):
            sex = "F" if key == "p" and style.female else rng.choice("FM")
            if rng.random() < 0.5:
                found = _new_person(rng, sex=sex)
                who = Who(found.first, found.last, sex, found.names)
            else:
                who = _own_person(rng, sex)
            if not _parts(who) & used:
                break
        used |= _parts(who)
        used |= {n.casefold() for n in NICKNAMES.get(who.first, ())}
        who.doctor = key == "d" or (key in ("o2", "o5") and rng.random() < 0.3)
        who.child = key == "p" and style.child
        if rng.random() < 0.25:
            who.middle = rng.choice("ABCDEFGHJKLMNPRSTW")
        people[key] = who
    return people


# ---------------------------------------------------------------------------------------------
# Case facts and slot filling
# ---------------------------------------------------------------------------------------------


def _number_words(n: int) -> str:
    tens = {9: "ninety", 10: "one hundred"}
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {UNITS[rest]}" if rest else "")
    return tens[9] + (f"-{UNITS[n - 90]}" if n > 90 else "")


def _phone_parts(rng: random.Random, code: str) -> str:
    if len(code) == 4:
        local = f"{rng.randint(2, 9)}{rng.randint(0, 99):02d} {rng.randint(0, 9999):04d}"
        return rng.choice([
            f"{code} {local}", f"({code}) {local}", f"+44 {code[1:]} {local}",
            f"{code}-{local.replace(' ', '-')}", f"{code} {local.replace(' ', '')}",
            f"+44 (0){code[1:]} {local}",
        ])  # fmt: skip
    local = f"{rng.randint(200000, 999999)}"
    return rng.choice([f"{code} {local}", f"({code}) {local}", f"+44 {code[1:]} {local}",
                       f"{code} {local[:3]} {local[3:]}"])  # fmt: skip


def _mobile(rng: random.Random) -> str:
    n = f"7{rng.randint(3, 9)}{rng.randint(0, 99):02d}{rng.randint(0, 999999):06d}"
    return rng.choice([
        f"0{n[:4]} {n[4:]}", f"0{n}", f"0{n[:4]} {n[4:7]} {n[7:]}", f"+44 {n[:4]} {n[4:]}",
        f"+44{n}", f"+44 (0){n[:4]} {n[4:]}", f"0{n[:4]}-{n[4:]}", f"0{n[:4]}  {n[4:]}",
    ])  # fmt: skip


def _slug(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]+", "", plain)


@dataclass
class Case:
    rng: random.Random
    style: Style
    people: dict[str, Who]
    town: tuple[str, str, str]
    town2: tuple[str, str, str]
    base: date
    dob: date
    nhs: str
    hosp: str
    house: str
    locality: str
    street: str
    pc: str
    age: int
    record: bool
    fixed: dict[str, str] = field(default_factory=dict)


def _case(rng: random.Random, style: Style) -> Case:
    town, town2 = rng.sample(TOWNS, 2)
    base = date(2025, 1, 1) + timedelta(days=rng.randint(0, 660))
    if style.child:
        age = rng.randint(1, 15)
    elif style.female and style.name != "domiciliary_eye_test_note":
        age = rng.randint(21, 44)
    elif style.old and rng.random() < 0.55:
        age = rng.randint(90, 104)
    else:
        age = rng.randint(19, 89) if not style.old else rng.randint(70, 89)
    dob = base - timedelta(days=age * 365 + rng.randint(20, 340))
    hosp_form = rng.choice(["L7", "LL6", "7L", "H/6", "2-6", "LLL5"])
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXY") for _ in range(3))
    digits = "".join(str(rng.randint(0, 9)) for _ in range(8))
    hosp = {
        "L7": f"{letters[0]}{digits[:7]}",
        "LL6": f"{letters[:2]}{digits[:6]}",
        "7L": f"{digits[:7]}{letters[0]}",
        "H/6": f"H/{digits[:6]}",
        "2-6": f"{digits[:2]}-{digits[2:8]}",
        "LLL5": f"R{letters[:2]}{digits[:5]}",
    }[hosp_form]
    street = f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
    return Case(
        rng=rng, style=style, people=_cast(rng, style), town=town, town2=town2, base=base,
        dob=dob, nhs=nhs_number(rng), hosp=hosp, house=str(rng.randint(1, 180)),
        locality=rng.choice(LOCALITIES), street=street, pc=postcode(rng, town[1]), age=age,
        record=rng.random() >= NO_RECORD,
    )  # fmt: skip


def _date_form(rng: random.Random, day: date, *, full: bool = False) -> str:
    m, mon = MONTHS[day.month - 1], MONTHS[day.month - 1][:3]
    yy = f"{day:%y}"
    forms = [
        f"{ordinal(day.day)} {m} {day.year}",
        f"{day.day} {mon} {day.year}",
        f"{day:%d/%m/%Y}",
        f"{day.day}/{day.month}/{yy}",
        f"{day:%d-%m-%Y}",
        f"{day:%d.%m.%y}",
        day.isoformat(),
        f"{day:%d}{mon.upper()}{day.year}",
        f"{day.day}{mon}{yy}",
        f"{day.day} {m} '{yy}",
        f"{WEEKDAYS[day.weekday()]} {day.day} {m} {day.year}",
        f"{m} {day.day}, {day.year}",
        f"{day.day}-{mon}-{day.year}",
        f"{day:%d/%m/%y}",
    ]
    if not full:
        forms += [
            f"{WEEKDAYS_SHORT[day.weekday()]} {ordinal(day.day)} {mon}",
            f"{ordinal(day.day)} {m}",
            f"{m} {day.day}",
            f"{WEEKDAYS[day.weekday()]} the {ordinal(day.day)}",
            f"{WEEKDAYS_SHORT[day.weekday()]} {day.day}/{day.month}",
            f"{day.day} {mon}",
            f"the {ordinal(day.day)} of {m}",
        ]
    return rng.choice(forms)


def _person_form(case: Case, who: Who, form: str) -> str:
    rng = case.rng
    last_caps = who.last.upper()
    if form == "full":
        return who.full
    if form == "first":
        return who.first
    if form == "last":
        return who.last
    if form == "title":
        return f"{who.title(rng)} {who.last}"
    if form == "tfull":
        return f"{who.title(rng)} {who.first} {who.last}"
    if form == "caps":
        return who.full.upper()
    if form == "sc":
        return rng.choice([f"{last_caps}, {who.first}", f"{last_caps} {who.first}",
                           f"{who.last}, {who.first}"])  # fmt: skip
    if form == "lower":
        return who.full.lower()
    if form == "init":
        initials = [w[0] for w in re.split(r"[\s-]+", who.full) if w and w[0].isalpha()]
        text = "".join(i.upper() for i in initials[:4])
        return rng.choice([text, ".".join(text) + "."])
    if form == "j":
        return rng.choice([f"{who.first[0]}. {who.last}", f"{who.first[0]} {who.last}",
                           f"{who.first} {who.middle or 'R'}. {who.last}"])  # fmt: skip
    if form == "nick":
        nicks = NICKNAMES.get(who.first)
        return rng.choice(nicks) if nicks else who.first
    raise KeyError(form)


PERSON_KEYS = {"p", "r", "s1", "s2", "d", "o1", "o2", "o3", "o4", "o5", "o6", "o7", "o8"}
RELWORDS = {"F": ("daughter", "wife", "sister", "niece", "partner"),
            "M": ("son", "husband", "brother", "nephew", "partner")}  # fmt: skip
REF_FORMS = {
    "incident": ("IR-{y}-{d5}", "W{d6}", "INC{d7}", "DX/{yy}/{d4}"),
    "complaint": ("COMP/{yy}/{d4}", "CMP-{d6}", "PALS{yy}-{d4}"),
    "police": ("{d2}/{d5}/{yy}", "CAD{d4}", "PR-{d8}"),
    "sar": ("SAR-{y}-{d4}", "SAR/{d5}", "IG-SAR-{d4}"),
    "phso": ("C-{d7}", "PHSO-{d8}"),
    "crn": ("X{d6}", "Y{d6}"),
    "prison": ("A{d4}BC", "G{d4}KR"),
    "job": ("JOB-{d6}", "PT{d7}", "HD{d6}"),
    "booking": ("BK-{y}-{d5}", "LOC{d6}"),
    "trial": ("ISRCTN{d8}", "STUDY-{d4}"),
    "participant": ("PT-{d3}-{d3}", "SUBJ{d4}"),
    "consent": ("MI/{yy}/{d4}", "CP-{d5}"),
    "mission": ("HM{yy}-{d4}", "MSN{d6}"),
    "case": ("ASC-{d6}", "LAS/{d7}"),
    "lab": ("GEN{yy}-{d5}", "MOL/{d6}"),
    "clinic": ("AF-{d5}", "FC{d6}"),
    "pmrt": ("PMRT-{d5}", "PMR/{yy}/{d3}"),
    "gmc": ("{d7}",),
}  # fmt: skip


def _ref(case: Case, kind: str) -> str:
    rng = case.rng
    form = rng.choice(REF_FORMS[kind])
    for n in (8, 7, 6, 5, 4, 3, 2):
        while f"{{d{n}}}" in form:
            digits = "".join(str(rng.randint(0, 9)) for _ in range(n))
            form = form.replace(f"{{d{n}}}", digits, 1)
    return form.replace("{y}", str(case.base.year)).replace("{yy}", f"{case.base:%y}")


def _fill(case: Case, slot: str) -> list[tuple[str, str | None]]:
    """The pieces a slot writes: (text, label), label "NEG" for a tracked look-alike."""
    if slot in FIXED_SLOTS:
        if slot not in case.fixed:
            case.fixed[slot] = _fill_place(case, slot)[0][0]
        return [(case.fixed[slot], FIXED_SLOTS[slot])]
    return _fill_place(case, slot)


FIXED_SLOTS = {
    "prison": "ORGANISATION", "clinic": "ORGANISATION", "hospice": "ORGANISATION",
    "agency": "ORGANISATION", "locum_agency": "ORGANISATION", "airamb": "ORGANISATION", "ambulance": "ORGANISATION",
    "police": "ORGANISATION", "pharmacy": "ORGANISATION", "hospital": "ORGANISATION",
    "hospital2": "ORGANISATION", "trust": "ORGANISATION", "optician": "ORGANISATION",
    "contractor": "ORGANISATION", "school": "ORGANISATION", "ward": "LOCATION",
    "ward2": "LOCATION", "home": "LOCATION",
}  # fmt: skip


def _fill_place(case: Case, slot: str) -> list[tuple[str, str | None]]:
    rng, people, town = case.rng, case.people, case.town
    key, _, form = slot.partition("_")
    if key in PERSON_KEYS and form in (
        "full",
        "first",
        "last",
        "title",
        "tfull",
        "caps",
        "sc",
        "lower",
        "init",
        "j",
        "nick",
        "",
    ):
        who = people[key]
        if form == "":
            form = rng.choice(["full", "title", "first", "tfull"])
        text = _person_form(case, who, form)
        if key in ("d",) and form == "full" and rng.random() < 0.5:
            text = f"{who.title(rng)} {who.full}"
        return [(text, f"PERSON:{key}")]
    if slot == "date":
        day = case.base + timedelta(days=rng.randint(-25, 25))
        text = _date_form(rng, day)
        return [(text, "DATE")]
    if slot == "dob":
        return [(_date_form(rng, case.dob, full=True), "DATE")]
    if slot in ("age", "age_child", "age_mother"):
        n = case.age
        label = "AGE" if n > 89 else "NEG"
        if slot == "age_child":
            unit = rng.choice(["aged {n}", "{n} years old", "{n}y"])
            pre, _, post = unit.partition("{n}")
            return [(pre, None), (str(n), label), (post, None)]
        if n > 89 and rng.random() < 0.25:
            return [("aged ", None), (_number_words(n), "AGE")]
        unit = rng.choice(["aged {n}", "{n} years old", "{n} yrs", "{n}yo", "{n} y/o", "age {n}"])
        pre, _, post = unit.partition("{n}")
        return [(pre, None), (str(n), label), (post, None)]
    if slot == "nhs":
        n = case.nhs
        if rng.random() < 0.2:
            n = f"{n[:3]} {n[3:6]} {n[6:]}"
        elif rng.random() < 0.1:
            n = f"{n[:3]}-{n[3:6]}-{n[6:]}"
        return [(n, "NHS_NUMBER")]
    if slot == "hosp":
        return [(case.hosp, "HOSPITAL_NUMBER")]
    if slot in ("addr", "addr_lines"):
        parts = [f"{case.house} {case.street}", case.locality, town[0]]
        if slot == "addr_lines":
            return [("\n".join(parts), "ADDRESS")]
        if rng.random() < 0.2:
            return [(" ".join(parts).upper(), "ADDRESS")]
        return [(", ".join(parts), "ADDRESS")]
    if slot == "pc":
        pc = case.pc
        pc = rng.choice([pc, pc, pc, pc.replace(" ", ""), pc.lower(), pc.replace(" ", "  ")])
        return [(pc, "POSTCODE")]
    if slot == "phone":
        text = _phone_parts(rng, town[2])
        if rng.random() < 0.25 and len(town[2]) == 4:
            text += rng.choice([f" ext {rng.randint(2000, 7999)}", f" x{rng.randint(2000, 7999)}"])
        return [(text, "PHONE")]
    if slot in ("mob", "mob2"):
        if slot == "mob" and "mob" in case.fixed:
            return [(case.fixed["mob"], "PHONE")]
        text = _mobile(rng)
        if slot == "mob" and case.style.name == "sms_reminder_log":
            case.fixed["mob"] = text
        return [(text, "PHONE")]
    if slot in ("email_r", "email_s") and slot in case.fixed:
        return [(case.fixed[slot], "EMAIL")]
    if slot == "email_r":
        r = people["r"]
        case.fixed[slot] = (
            f"{_slug(r.first)}.{_slug(r.last)}{rng.randint(1, 99)}@"
            f"{rng.choice(['gmail.com', 'outlook.com', 'btinternet.com', 'yahoo.co.uk'])}"
        )
        return [(case.fixed[slot], "EMAIL")]  # fmt: skip
    if slot == "email_s":
        s = people["s1"]
        case.fixed[slot] = f"{_slug(s.first)}.{_slug(s.last)}{rng.choice(['', '2', '1'])}@nhs.net"
        return [(case.fixed[slot], "EMAIL")]
    if slot == "email_team":
        box = rng.choice(["patientexperience", "research.office", "ig.team", "genetics.admin",
                          "d2a.hub", "staffbank", "estates.helpdesk"])  # fmt: skip
        return [
            (f"{box}@{_slug(town[0])}-{rng.choice(['tr', 'nhsft', 'hospitals'])}.nhs.uk", "EMAIL")
        ]
    if slot == "url":
        p = people["p"]
        return [(rng.choice([
            f"https://www.justgiving.com/page/{_slug(p.first)}-{_slug(p.last)}-{rng.randint(2, 99)}",
            f"https://{_slug(town[0])}hospice.org.uk/tributes/{_slug(p.first)}-{_slug(p.last)}",
            f"www.{_slug(town[0])}-nhs-talks.co.uk/slides/{rng.randint(100, 999)}",
        ]), "URL")]  # fmt: skip
    if slot.startswith("ref_"):
        return [(_ref(case, slot[4:]), "ID")]
    if slot == "ward" or slot == "ward2":
        word = rng.choice(WARD_WORDS)
        return [
            (
                rng.choice([f"{word} Ward", f"Ward {word}", f"{word} Unit", f"{word} ward"]),
                "LOCATION",
            )
        ]
    if slot == "home":
        return [(rng.choice(HOMES), "LOCATION")]
    if slot == "street":
        return [(case.street if rng.random() < 0.5 else f"{rng.choice(STREETS)} Lane", "LOCATION")]
    if slot in ("hospital", "hospital2"):
        t = town if slot == "hospital" else case.town2
        return [(rng.choice(HOSPITALS).format(town=t[0]), "ORGANISATION")]
    if slot == "trust":
        return [(rng.choice(TRUSTS).format(town=town[0]), "ORGANISATION")]
    if slot == "gp":
        return [(rng.choice(PRACTICES).format(street=rng.choice(STREETS)), "ORGANISATION")]
    if slot == "pharmacy":
        return [(rng.choice(PHARMACIES).format(street=rng.choice(STREETS)), "ORGANISATION")]
    if slot in ("agency", "agency_home"):
        return [(rng.choice(AGENCIES), "ORGANISATION")]
    if slot == "locum_agency":
        return [(rng.choice(LOCUM_AGENCIES), "ORGANISATION")]
    if slot == "contractor":
        return [(rng.choice(CONTRACTORS[case.style.name]), "ORGANISATION")]
    if slot == "optician":
        return [(rng.choice(["Homesight Opticians", "ClearView at Home", "Lensmobile Eyecare"]),
                 "ORGANISATION")]  # fmt: skip
    if slot == "airamb":
        return [(rng.choice(AIR_AMBULANCES), "ORGANISATION")]
    if slot == "ambulance":
        return [(rng.choice(AMBULANCES), "ORGANISATION")]
    if slot == "police":
        return [(rng.choice(["West Yorkshire Police", "Devon and Cornwall Police",
                             "Lancashire Constabulary", "Humberside Police"]), "ORGANISATION")]  # fmt: skip
    if slot == "prison":
        return [(rng.choice(PRISONS), "ORGANISATION")]
    if slot == "clinic":
        return [(rng.choice(CLINICS), "ORGANISATION")]
    if slot == "council":
        return [(f"{town[0]} City Council", "ORGANISATION")]
    if slot == "hospice":
        return [(rng.choice([f"St Cuthbert's Hospice {town[0]}", "Lantern House Hospice",
                             f"{town[0]} Hospice"]), "ORGANISATION")]  # fmt: skip
    if slot == "school":
        return [(rng.choice(["Brookfield Primary School", "St Wilfrid's Academy",
                             f"{town[0]} Grammar School"]), "ORGANISATION")]  # fmt: skip
    if slot == "solicitor":
        return [(rng.choice(["Hallett & Crane Solicitors", "Bramwell Law LLP"]), "ORGANISATION")]
    if slot == "church":
        place = rng.choice(["St Bede's Church", "Elim Chapel", "the crematorium"])
        return [(place, None if place.startswith("the") else "LOCATION")]
    if slot == "nat_phso":
        return [("Parliamentary and Health Service Ombudsman", "NEG")]
    if slot == "town":
        return [(town[0], None)]
    if slot in ("parent", "parent_lower"):
        word = "Mum" if people["r"].sex == "F" else "Dad"
        return [(word if slot == "parent" else word.lower(), None)]
    if slot == "relword":  # the relative stays the same relation throughout
        word = case.fixed.setdefault(slot, rng.choice(RELWORDS[people["r"].sex]))
        return [(word, None)]
    if slot == "roomno":
        return [(str(rng.randint(1, 40)), None)]
    if slot == "houseno":
        return [(str(rng.randint(1, 99)), None)]
    if slot == "cond":
        return [(rng.choice(["schizophrenia", "type 2 diabetes", "COPD", "heart failure",
                             "bipolar disorder", "epilepsy", "atrial fibrillation"]), None)]  # fmt: skip
    if slot == "cond_ld":
        if rng.random() < 0.3:
            return [("Down syndrome", "NEG")]
        return [(rng.choice(["a moderate learning disability", "autism and a learning disability"]),
                 None)]  # fmt: skip
    if slot == "clinicname":
        return [(rng.choice(["eye", "diabetes", "fracture", "memory"]), None)]
    lookalike = {
        "epo": "eponym", "score": "score", "law": "law", "drug": "drug", "dis": "place_term",
        "staffnum": "staff_number", "band": "staff_number", "time": "time", "dur": "duration",
        "nat": "national",
    }.get(slot)  # fmt: skip
    if lookalike:
        terms = LOOKALIKES[lookalike]
        if slot == "band":
            terms = tuple(t for t in terms if t.startswith("Band"))
        if slot == "epo":
            namesakes = [
                NAMESAKE_TERMS[w.last] for w in people.values() if w.last in NAMESAKE_TERMS
            ]
            if namesakes and rng.random() < 0.6:
                return [(rng.choice(namesakes), "NEG")]
        return [(rng.choice(terms), "NEG")]
    raise KeyError(slot)


_SLOT = re.compile(r"\{(\w+)\}")


def _render(case: Case, template: str) -> list[tuple[str, str | None]]:
    pieces: list[tuple[str, str | None]] = []
    at = 0
    for match in _SLOT.finditer(template):
        pieces.append((template[at : match.start()], None))
        pieces.extend(_fill(case, match.group(1)))
        at = match.end()
    pieces.append((template[at:], None))
    return [(text, label) for text, label in pieces if text]


def _words(pieces) -> int:
    return len("".join(text for text, _ in pieces).split())


def _known(case: Case) -> dict:
    if not case.record:
        return {}
    people, rng = case.people, case.rng
    p = people["p"]
    p.in_record = True
    names = [f"{p.title(rng)} {p.full}" if rng.random() < 0.4 else p.full]
    if rng.random() < 0.7:
        people["r"].in_record = True
        names.append(people["r"].full)
    for key in ("s1", "s2", "d"):
        if rng.random() < 0.3:
            people[key].in_record = True
            names.append(people[key].full)
    nhs = case.nhs if rng.random() < 0.8 else f"{case.nhs[:3]} {case.nhs[3:6]} {case.nhs[6:]}"
    return {
        "names": names,
        "nhs_number": nhs,
        "date_of_birth": case.dob.isoformat(),
        "hospital_number": case.hosp,
        "address": f"{case.house} {case.street}, {case.locality}, {case.town[0]}, {case.pc}",
    }


def _build(rng: random.Random, number: int, style: Style) -> tuple[Example, list]:
    case = _case(rng, style)
    known = _known(case)
    target = max(225, min(390, int(rng.gauss(300, 40))))
    body = [_render(case, t) for t in style.core]
    header = _render(case, rng.choice(style.headers))
    ending = _render(case, rng.choice(style.endings))
    total = _words(header) + _words(ending) + sum(_words(b) for b in body)
    extras = list(style.extras)
    rng.shuffle(extras)
    shared = list(_shared(style))
    rng.shuffle(shared)
    for template in extras + shared:
        if total >= target:
            break
        pieces = _render(case, template)
        words = _words(pieces)
        if total + words > 410:
            continue
        body.insert(rng.randint(1, len(body)), pieces)
        total += words
    text_parts: list[str] = []
    gold: list[GoldSpan] = []
    negatives: list[tuple[int, int]] = []
    length = 0
    for index, sentence in enumerate([header, *body, ending]):
        if index:
            joiner = "\n" if index == 1 else style.joiner
            text_parts.append(joiner)
            length += len(joiner)
        if sentence and sentence[0][0][:1].islower():  # a sentence opens with a capital
            first, label = sentence[0]
            sentence = [(first[0].upper() + first[1:], label), *sentence[1:]]
        for text, label in sentence:
            if label == "NEG":
                negatives.append((length, length + len(text)))
            elif label is not None and label.startswith("PERSON:"):
                who = case.people[label[7:]]
                label = "PERSON"
                gold.append(GoldSpan(length, length + len(text), label, who.names, who.in_record))
            elif label is not None:
                gold.append(GoldSpan(length, length + len(text), label))
            text_parts.append(text)
            length += len(text)
    example = Example(
        id=f"{PREFIX}-{number:06d}", text="".join(text_parts), known=known, gold=tuple(gold),
        kind=style.name,
    )  # fmt: skip
    return example, negatives


def example(rng: random.Random, number: int) -> Example:
    return _build(rng, number, rng.choice(STYLES))[0]


def _deal(count: int, seed: int) -> Iterator[tuple[Example, list]]:
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _build(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    for ex, _ in _deal(count, seed):
        yield ex


def generate_with_negatives(count: int, seed: int = 1) -> Iterator[tuple[Example, list]]:
    yield from _deal(count, seed)
