"""A twelfth blind evaluation pack: 25 NHS document types no earlier pack used, with exact gold.

Written without reading the engine (see evaluation_blind12.md). ``generate(count, seed)`` yields
``Example``s whose ``gold`` marks every identifier; ``generate_with_negatives`` also gives the
``(start, end)`` of every clinical look-alike written in (never gold), ages of 89 and under
included. Only shared infrastructure from ``learnloop.sharing.evaluation`` and the standard
library are used.
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

__all__ = ["DIRECT_IDENTIFIERS", "LABELS", "generate", "generate_with_negatives", "example"]

PREFIX = "blind12"
LOW_WORDS = 200
HIGH_WORDS = 420

# ---------------------------------------------------------------------------------------------
# Places: real towns with their postcode area and dialling code; invented everything else
# ---------------------------------------------------------------------------------------------

TOWNS = (
    ("Leeds", "LS", "0113"), ("Sheffield", "S", "0114"), ("Nottingham", "NG", "0115"),
    ("Leicester", "LE", "0116"), ("Bristol", "BS", "0117"), ("Reading", "RG", "0118"),
    ("Birmingham", "B", "0121"), ("Manchester", "M", "0161"), ("Liverpool", "L", "0151"),
    ("Glasgow", "G", "0141"), ("Edinburgh", "EH", "0131"), ("Newcastle upon Tyne", "NE", "0191"),
    ("Belfast", "BT", "028"), ("Cardiff", "CF", "029"), ("Southampton", "SO", "023"),
    ("Coventry", "CV", "024"), ("Norwich", "NR", "01603"), ("Exeter", "EX", "01392"),
    ("Ipswich", "IP", "01473"), ("Lincoln", "LN", "01522"), ("Truro", "TR", "01872"),
    ("Blackpool", "FY", "01253"), ("Bangor", "LL", "01248"), ("Inverness", "IV", "01463"),
    ("Dundee", "DD", "01382"), ("Wolverhampton", "WV", "01902"), ("Luton", "LU", "01582"),
    ("Milton Keynes", "MK", "01908"), ("Chelmsford", "CM", "01245"), ("Worthing", "BN", "01903"),
    ("Stockton-on-Tees", "TS", "01642"), ("Aberdeen", "AB", "01224"),
)  # fmt: skip
LOCALITIES = (
    "Kirkstall", "Gleadless", "Carlton", "Braunstone", "Bedminster", "Caversham", "Kings Heath",
    "Levenshulme", "Walton", "Partick", "Leith", "Byker", "Ormeau", "Grangetown", "Bitterne",
    "Tile Hill", "Thorpe St Andrew", "Pinhoe", "Whitton", "Birchwood", "Threemilestone",
    "Bispham", "Hirael", "Culloden", "Lochee", "Tettenhall", "Stopsley", "Wolverton",
    "Springfield", "Goring-by-Sea", "Norton", "Torry", "Heaton Mersey", "Fforestfach",
)  # fmt: skip
STREETS = (
    "Quarry", "Tannery", "Foundry", "Ropewalk", "Kiln", "Weavers", "Colliery", "Chandlers",
    "Lighthouse", "Sandpiper", "Harebell", "Mistletoe", "Buttercup", "Thistle", "Heathcote",
    "Pendle", "Malvern", "Cheviot", "Quantock", "Mendip", "Ribble", "Calder", "Wensley",
    "Abbotsford", "Balmoral", "Caledonia", "Glebe", "Parsonage", "Tollgate", "Turnpike",
    "Windmill", "Orchardleigh", "Bellevue", "Hollins", "Dovecote", "Penrhyn",
)  # fmt: skip
STREET_KINDS = ("Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Way", "Terrace",
                "Gardens", "Row", "Brow", "Wynd", "Fold", "Drive", "Court")  # fmt: skip
WARDS = (
    "Orion", "Lyra", "Vega", "Castor", "Pollux", "Cassiopeia", "Andromeda", "Perseus", "Elgar",
    "Holst", "Delius", "Britten", "Snowdon", "Helvellyn", "Skiddaw", "Ben Nevis", "Puffin",
    "Curlew", "Lapwing", "Avocet", "Dunlin", "Merlin", "Starling", "Thrush",
)  # fmt: skip
WARD_FORMS = ("{w} Ward", "{w} Ward", "Ward {w}", "{w} Unit", "{w} Suite", "the {w} Unit")
HOMES = (
    "Larkrise", "Hazelmere", "Bramblewood", "Foxglove", "Thornleigh", "Kingsmead", "Ashcombe",
    "Rivermead", "Southlands", "Fairview", "Westerleigh", "Moorlands", "Heatherbank",
)  # fmt: skip
HOME_KINDS = ("Care Home", "Nursing Home", "Lodge", "House", "Residential Home", "Court")
SAINTS = ("Aidan's", "Columba's", "Cuthbert's", "Oswald's", "Hilda's", "Brigid's", "Clare's")
HOSP_ORGS = (
    "{town} General Infirmary", "{town} Royal Victoria Hospital", "St {saint} Hospital",
    "{town} County Hospital", "{town} Women's Hospital", "{town} Children's Hospital",
    "{town} Eye Infirmary", "{loc} Community Hospital", "Royal Albert Hospital, {town}",
)  # fmt: skip
HOSPICES = ("St {saint} Hospice", "{home} Hospice", "{loc} Hospice")
TRUSTS = (
    "{town} Teaching Hospitals NHS Trust", "North {town} Healthcare NHS Foundation Trust",
    "{town} Community and Mental Health NHS Trust", "Royal {town} Hospitals NHS Foundation Trust",
    "{town} and District NHS Trust",
)  # fmt: skip
GP_FORMS = ("{street} Surgery", "The {home} Practice", "{loc} Health Centre",
            "{loc} Medical Group", "{street} Lane Medical Practice")  # fmt: skip
COUNCILS = ("{town} City Council", "{town} Council", "{town} Borough Council")
HOSP_FORMS = ("AAA-999999", "A9999999", "99-99-999", "999999/AA")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
MAIL_DOMAINS = ("btinternet.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com",
                "gmail.com", "sky.com", "talktalk.net")  # fmt: skip

# Look-alikes: clinical and official words that are never gold.
NATIONAL = (
    "the CQC", "NHS England", "NHS Blood and Transplant", "the Human Tissue Authority",
    "the HFEA", "NICE", "UKHSA", "the MHRA", "the coroner", "the ICB", "the GMC", "the NMC",
    "NHS Resolution", "the DVLA", "the Office of the Public Guardian", "Diabetes UK",
    "the Stroke Association", "Mencap", "the National Screening Committee", "NHS Digital",
    "the Parkinson's nurse network", "the British Heart Foundation", "Macmillan",
)  # fmt: skip
LOOKALIKES = {
    "eponym": (
        "Parkinson's disease", "Bell's palsy", "Hirschsprung's disease", "Turner syndrome",
        "Hartmann's solution", "Korotkoff sounds", "Wenckebach block", "Mobitz II",
        "Stokes-Adams attack", "Cheyne-Stokes breathing", "Wernicke's encephalopathy",
        "Pierre Robin sequence", "Moro reflex", "Apgar", "Kernig's sign", "Lewy body dementia",
        "Hashimoto's thyroiditis", "Adam's forward bend",
        "Risser grade", "Kegel exercises", "Oxford grading", "Gram-negative rods", "Mallory-Weiss tear",
    ),
    "score": (
        "NEWS2 of 6", "a NEWS2 of 3", "ABCD2 of 5", "a NIHSS of 9", "an ROSIER of 2",
        "Kt/V 1.3", "URR 68%", "a PUQE score of 13", "a Hoehn and Yahr stage 3",
        "an MDS-UPDRS of 41", "a PHQ-9 of 17", "a GAD-7 of 12", "a Waterlow of 19",
        "BMI 34.6", "SDS -2.6", "an HbA1c of 71", "R2M1", "R1M0",
        "a Clinical Frailty Scale of 7",
        "a Rockwood of 6", "a MUST of 2", "an IPSS of 22",
        "a Modified Oxford of 2", "a Cobb angle of 34 degrees", "a SOFA of 4", ),
    "drug": (
        "alteplase", "clopidogrel", "teicoplanin", "ceftriaxone", "ertapenem",
        "daptomycin", "methadone", "buprenorphine", "Espranor", "naloxone", "Prenoxad",
        "cyclizine", "ondansetron", "Xonvea", "thiamine", "Pabrinex", "co-careldopa", "Madopar",
        "rotigotine", "apomorphine", "Sinemet CR", "somatropin", "Genotropin", "Norditropin",
        "docetaxel", "epoetin", "Aranesp", "heparin lock", "EMLA", "Haberman feeder", "Gaviscon Infant", "Lantus", "doxycycline", "benzathine penicillin", "peracetic acid", "Tristel",
        "solifenacin", "Vesicare", "Silastic prosthesis", "Amoena", "Trulicity",
    ),
    "law": (
        "the Mental Capacity Act", "Section 3", "a DoLS", "the Mental Health Act",
        "the Human Fertilisation and Embryology Act", "the Misuse of Drugs Regulations",
        "the Equality Act 2010", "GDPR", "Caldicott", "Duty of Candour", "the Children Act",
        "Gillick competence", "a ReSPECT form", "a DNACPR",
        "an LPA for health and welfare", "HTM 01-06", "the Working Time Regulations", "the NMC Code", "Agenda for Change",
    ),
    "number": (
        "station 4", "machine 11", "chair 3", "bed 17", "cot 6", "incubator 2",
        "washer 3", "scope 14", "cabinet B", "room 5", "pod 3", "Band 5", "Band 6", "side room 4",
        "size 6 cup", ),
    "duration": (
        "4/7", "6/52", "3/12", "2/7", "14 days", "12 weeks",
        "6 months", "4 hours", ),
    "national": NATIONAL,
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# People: the pack's own name pools beside Faker's
# ---------------------------------------------------------------------------------------------

NICKNAMES = {
    "Elizabeth": ("Liz", "Lizzie", "Beth"), "Margaret": ("Maggie", "Peggy"),
    "William": ("Bill", "Billy"), "Robert": ("Rob", "Bobby"), "Richard": ("Dick", "Ricky"),
    "James": ("Jim", "Jimmy"), "Katherine": ("Kate", "Kath"), "Patricia": ("Pat", "Trish"),
    "Anthony": ("Tony",), "Christopher": ("Kit", "Chris"), "Susan": ("Sue", "Susie"),
    "Jennifer": ("Jen", "Jenny"), "Alexander": ("Sandy", "Alex"), "Frederick": ("Fred", "Freddie"),
    "Harold": ("Harry", "Hal"), "Albert": ("Bert", "Albie"), "Josephine": ("Josie", "Jo"),
    "Deborah": ("Debs", "Debbie"), "Nicholas": ("Nick", "Nicky"), "Gwendoline": ("Gwen",),
    "Theodore": ("Ted", "Teddy"), "Rebecca": ("Becky", "Becca"), "Cornelius": ("Neil",),
}  # fmt: skip
WORD_NAMES = (
    "Hope", "Faith", "Joy", "Grace", "Dawn", "Amber", "Holly", "Ivy", "Blessing", "Precious",
    "Favour", "Victory", "Sunny", "Rain", "River", "Marsh", "Baker", "Carpenter", "Fisher",
    "Shepherd", "Brook", "Lamb", "Swan", "Sparrow", "Frost", "Snow", "Stone", "Steel", "Hall",
)  # fmt: skip
OWN_FEMALE = (
    "Siobhán", "Niamh", "Róisín", "Gráinne", "Eilidh", "Isla", "Morven", "Ffion", "Nia",
    "Seren", "Gurpreet", "Jaspreet", "Simran", "Nusrat", "Shabana", "Farzana", "Tahmina",
    "Adaeze", "Ifeoma", "Yetunde", "Abena", "Efua", "Ama", "Hodan", "Ayaan", "Fadumo",
    "Agnieszka", "Katarzyna", "Oana", "Andreea", "Mei Ling", "Thi Lan", "Zeynep", "Leyla",
    "Hope", "Faith", "Joy", "Grace", "Dawn", "Amber", "Holly", "Ivy", "Blessing", "Precious",
    "Favour", "Anne-Marie", "Sarah-Jane", "Lily-May", "Elizabeth", "Margaret", "Katherine",
    "Patricia", "Susan", "Jennifer", "Josephine", "Deborah", "Gwendoline", "Rebecca",
)  # fmt: skip
OWN_MALE = (
    "Pádraig", "Cathal", "Oisín", "Calum", "Hamish", "Lachlan", "Iestyn", "Gethin", "Dafydd",
    "Jaswinder", "Harjit", "Kuldip", "Shahid", "Zubair", "Rizwan", "Obinna", "Emeka", "Tunde",
    "Kofi", "Kwame", "Abdirahman", "Mohamed", "Piotr", "Tomasz", "Bogdan", "Florin",
    "Wei", "Minh", "Emre", "Kemal", "Victory", "Sunny", "River", "Rain", "Jean-Luc",
    "Abdul-Karim", "William", "Robert", "Richard", "James", "Anthony", "Christopher",
    "Alexander", "Frederick", "Harold", "Albert", "Nicholas", "Theodore", "Cornelius",
)  # fmt: skip
OWN_SURNAMES = (
    "Ní Bhriain", "Mac an tSaoir", "O'Donoghue", "McGillivray", "MacLeod", "ap Rhys",
    "van der Merwe", "de la Cruz", "da Silva", "di Stefano", "del Toro", "le Page", "al-Amin",
    "el-Sayed", "bin Yusof", "Fitzgerald", "Pryce-Jones", "Adebayo-Smith", "Kaur-Sandhu",
    "Watson-Oduya", "Okonkwo", "Nwachukwu", "Adeyemi", "Oyelaran", "Mensah", "Asante", "Boateng",
    "Farah", "Warsame", "Hussain", "Chaudhry", "Bhatti", "Sandhu", "Grewal", "Dhillon", "Patel",
    "Mistry", "Nguyen", "Tran", "Zhang", "Kowalczyk", "Wiśniewska", "Popescu", "Ionescu",
    "Yılmaz", "Demir", "Marsh", "Baker", "Carpenter", "Fisher", "Shepherd", "Brook", "Lamb",
    "Swan", "Sparrow", "Frost", "Snow", "Stone", "Steel", "Hall", "Parkinson", "Bell", "Turner",
    "Cushing", "Down", "Robin", "Kellett", "Pennington", "Thistlethwaite", "Ramsbottom",
)  # fmt: skip
REL_F = ("daughter", "wife", "partner", "niece", "sister", "mum", "granddaughter", "carer")
REL_M = (
    "son",
    "husband",
    "partner",
    "nephew",
    "brother",
    "dad",
    "grandson",
    "friend and neighbour",
)
RELATIONS = REL_F + REL_M
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "master", "mx"}


def _fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value.replace("ı", "i").casefold())
    return plain.encode("ascii", "ignore").decode()


def _parts(value: str) -> list[str]:
    return [_fold(p) for p in re.split(r"[\s.-]+", value) if p]


@dataclass
class Who:
    first: str
    last: str
    sex: str
    names: str
    title: str
    in_record: bool = False
    nick: str = ""

    def parts(self) -> set[str]:
        found = set(_parts(self.first)) | set(_parts(self.last))
        return found | set(_parts(self.nick))


def _listed(name: str) -> str:
    listed = listed_names()
    parts = [p for p in re.split(r"[\s-]+", name) if p]
    return "listed" if all(p.casefold() in listed for p in parts) else "unlisted"


def _draw_person(rng: random.Random, used: set[str], *, doctor: bool = False, sex: str = "") -> Who:
    while True:
        if rng.random() < 0.55:
            faker_person = _new_person(rng, sex=sex or None)
            first, last, sex = faker_person.first, faker_person.last, faker_person.sex
            names = faker_person.names
        else:
            sex = sex or rng.choice("FM")
            first = rng.choice(OWN_FEMALE if sex == "F" else OWN_MALE)
            last = rng.choice(OWN_SURNAMES)
            names = "listed" if _listed(first) == _listed(last) == "listed" else "unlisted"
        nick = rng.choice(NICKNAMES[first]) if first in NICKNAMES else ""
        who = Who(first, last, sex, names, "", nick=nick)
        parts = who.parts()
        if parts & used or parts & HONORIFICS or any(len(p) < 2 for p in parts):
            continue
        if not re.fullmatch(r"[^\W\d_][\w' -]*", first) or not re.fullmatch(
            r"[^\W\d_][\w' -]*", last
        ):
            continue
        used |= parts
        if doctor:
            who.title = "Dr"
        else:
            base = "Mr" if sex == "M" else rng.choice(("Mrs", "Ms", "Miss", "Mrs"))
            who.title = base + ("." if rng.random() < 0.2 else "")
        return who


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
    refs: tuple[str, str]
    old: bool = False
    child: bool = False
    provider: tuple[str, ...] = ()
    sex: str = ""  # the patient's sex when the document needs one


def _shared(style: Style) -> tuple[str, ...]:
    return SHARED_LINES if style.register == "lines" else SHARED


S = Style  # the templates below: person slots {p.full}, value slots {date}, look-alikes <<term>>

_PROSE = (
    S(
        "hospice_admission_summary",
        "prose",
        "hospice admission summary, syringe driver set up from another patient's chart",
        (
            "{hospice} - In-Patient Unit Admission Summary. Ref {ref}. Admitted {date} at {time} from {hospital}.",
            "ADMISSION SUMMARY ({hospice}, IPU). Patient: {p.caps}. NHS No {nhs}. DOB {dob}. Unit no. {hosp}.",
        ),
        (
            "{p.tfull}, {age}, was admitted to the in-patient unit on {date} for symptom control and end of life care; the background is metastatic prostate cancer, <<Parkinson's disease>> for nine years and a fall at home in {street} last month.",
            "He lives at {addr} with his {rel} {r.full}, who is the main carer and holds <<an LPA for health and welfare>>; <<a ReSPECT form>> came with him but the DNACPR section had not been countersigned by {d.dr} at {gp}.",
            "On arrival the syringe driver was running at the rate written on a chart that belonged to another patient, {o1.full}, who had been on {ward} at {hospital} the same week; the chart had been faxed with the wrong cover sheet.",
            "Nurse {s1.first} noticed the mismatch on the second check at {time}: the chart asked for <<cyclizine>> and <<Madopar>> had been missed entirely, so {p.title} had been without his <<co-careldopa>> for about 14 hours and was rigid and distressed.",
            "The on-call doctor, {d.tdr}, rewrote the chart, gave <<rotigotine>> patches as he could not swallow, and called {r.first} on {mob} to explain what had happened under <<Duty of Candour>>.",
        ),
        (
            "{r.first} said her father had told the crew from {prov} that the paperwork was not his, but the driver, a man she called {o2.first}, said they could only take what the ward gave them.",
            "The Palliative Care Outcome Scale was completed on admission and repeated on {date}; pain scores fell from 8 to 3 once the <<apomorphine>> question was settled with <<the Parkinson's nurse network>> advice line.",
            "A copy of the incident report went to {hospital2} and to {trust}; the IPU matron, {s2.tfull}, asked that future transfers send the chart by secure email to {semail} rather than fax.",
            "Chaplaincy visited at the family's request; {p.nick} asked for the Catholic sacrament of the sick and for the radio to be tuned to the cricket, which {o3.first} from the volunteer team sorted out.",
            "Pressure areas intact on admission (<<a Waterlow of 19>>); sacrum red but blanching; airflow mattress requested from {prov} and delivered to <<room 5>> within <<4 hours>>.",
        ),
        (
            "Plan: continue <<rotigotine>>, review the driver daily, and {s2.short} to discuss the chart error at the safety huddle. Summary written by {s1.full}, {date}.",
            "Summary completed {date} by {s1.init} (RN) and reviewed by {d.dr}; family updated on {phone}.",
        ),
        ("HSP-#####", "IPU/##/###"),
        old=True,
        provider=("Crestline Medical Couriers", "Airflo Care Equipment Ltd"),
        sex="M",
    ),
    S(
        "hearing_voices_group_note",
        "prose",
        "hearing voices group note, a member's real name read out from the register",
        (
            "Hearing Voices Group - session note, {date}, {time}. Facilitators: {s1.full} (peer support worker) and {s2.full} (OT). Venue: {ward} group room.",
            "GROUP NOTE: hearing voices (community). Session {ref}. Held {date} at the {council} community hub, {street}.",
        ),
        (
            "Eight members attended; the group agreed at its first meeting that people use a chosen name only, and {p.first} chose to be called 'Moth', which is written on the sign-in sheet rather than the register.",
            "Part way through, a student nurse on placement, {o1.full}, read out the full register from the electronic record to check attendance, including {p.tfull}, {age}, NHS {nhs}, and two other members' dates of birth.",
            "{p.first} left the room and was found by {s1.first} sitting in the car park; he said the voices had started shouting his real name straight away and that the group 'was not safe now'.",
            "{s2.title} spoke with {p.first} for 40 minutes, used the grounding plan from his folder and phoned his care coordinator, {o2.tfull}, who agreed a visit at home ({addr}) the next morning.",
            "He came off <<Section 3>> last year; current medication is clozapine 350 mg with bloods every 4 weeks, and he scored <<a PHQ-9 of 17>> and <<a GAD-7 of 12>> at his last review with {d.dr}.",
        ),
        (
            "Other members said they did not want the student back; one, who asked to be recorded only as {o3.init}, said it felt like being back on the ward under <<the Mental Health Act>>.",
            "The group ground rules were reread at the end; the facilitators reminded everyone that the register is for the team's use and that nothing said in the group goes into notes without the member's agreement, as <<Caldicott>> and <<GDPR>> require.",
            "{p.first}'s {rel}, {r.full}, rang the team base at {phone} the same afternoon after he texted her from the car park; she asked that all letters go to her address and not his.",
            "The placement lead at the university, {o4.full}, has been informed, and the student will complete a reflective account; this is a learning conversation, not a disciplinary one.",
            "A referral for <<the Office of the Public Guardian>> is not needed; {p.first} has capacity for his own affairs and was clear he wants to come back next week, 'as Moth'.",
        ),
        (
            "Logged on the incident system as {ref2}. Note written by {s1.short}, peer support worker, {date}.",
            "Actions agreed with the team manager, {o5.full}: register kept off screen in groups; follow-up with {p.first} booked for {date}.",
        ),
        ("HVG ####", "DTX-@@-#####"),
        provider=("Pathway Peer Network CIC",),
        sex="M",
    ),
    S(
        "pacemaker_check_clinic_note",
        "prose",
        "pacing clinic note, a remote monitor paired to the wrong patient",
        (
            "Cardiac Physiology - Device Clinic. {hospital}. Clinic date {date}. Patient {p.caps}, hospital no {hosp}, NHS {nhs}.",
            "DEVICE CHECK NOTE ({ref}) - {hospital}, Cardiac Investigations, {ward}.",
        ),
        (
            "{p.tfull}, {age}, attended for a routine dual-chamber pacemaker check, implanted on {date} for <<Mobitz II>> with <<Stokes-Adams attack>> episodes; she came with her {rel}, {r.first}.",
            "The home monitor she was given in the spring had never sent a transmission: on interrogation the bedside unit was paired to the device serial of another patient, {o1.full}, whose monitor had been sent to {addr2} in error.",
            "So for six months {p.title}'s remote follow-up showed 'no data' and nobody noticed, while the other gentleman's alerts were coming in under her name; he had two nights of <<Wenckebach block>> that were reviewed by {d.dr} as though they were hers.",
            "Today's check: battery 7.9 years, atrial lead threshold 0.75 V at 0.4 ms, ventricular 1.0 V, sensing normal, 3% atrial pacing, no high rate episodes; <<Korotkoff sounds>> irrelevant here but BP 148/82.",
            "Physiologist {s1.full} re-paired a new monitor in clinic and rang the company, {prov}, on {phone}; their representative, {o2.full}, confirmed the mismatch was made when the box was packed.",
        ),
        (
            "{r.first} said she had phoned the clinic twice about the green light never coming on and was told both times it was 'working in the background'; the calls were logged by the admin line but not passed on.",
            "The other patient lives at {addr2}; {o3.tfull} from his GP practice was contacted so his own record can be corrected and his monitor re-paired.",
            "No change to medication; she takes <<clopidogrel>> 75 mg and bisoprolol; <<the DVLA>> position was explained again and she does not drive anyway, her {rel} does.",
            "The manufacturer has reported the pairing error to <<the MHRA>> as a device incident; our internal reference is {ref2}.",
            "Next device check in 12 months with remote transmissions every 3 months; patient given the direct clinic email {semail} and the team page {url}.",
        ),
        (
            "Checked by {s1.init}, cardiac physiologist, and {s2.full} (<<Band 6>> trainee), {date}.",
            "Letter to {gp} for {d.dr}; copy to patient at {addr}.",
        ),
        ("PM-######", "CP/####/@@"),
        old=True,
        provider=("Meridian Rhythm Devices UK Ltd",),
        sex="F",
    ),
    S(
        "hyperemesis_day_unit_record",
        "prose",
        "hyperemesis day unit record, a woman sent home with another woman's fluids plan",
        (
            "Pregnancy Day Unit - Hyperemesis Ambulatory Care. {hospital}. {date}. Name: {p.full}. Hosp No: {hosp}.",
            "PDU attendance ({ref}) - {ward}, {hospital}, attended {date}.",
        ),
        (
            "{p.full} ({age}), G2P1 at 11+3 weeks, re-attended with persistent vomiting, ketones 3+ and <<a PUQE score of 13>>; she had been seen here on {date} and discharged on oral <<cyclizine>> and <<ondansetron>>.",
            "At the first visit she was given a fluid and antiemetic plan printed for another woman on the unit, {o1.full}, so she had taken <<Xonvea>> that was not prescribed for her and had no <<thiamine>> at home.",
            "Midwife {s1.full} spotted the other woman's name on the top of the plan in {p.first}'s bag; the two women had been in <<chair 3>> and chair 4 and their plans were printed together.",
            "She was given 2 litres of <<Hartmann's solution>> with potassium, IV <<Pabrinex>> to cover <<Wernicke's encephalopathy>>, and a new plan written by {d.tdr}, the obstetric registrar.",
            "Her {rel}, {r.full}, who had brought her in, asked why nobody had checked; {s2.title}, the PDU lead, apologised and explained the <<Duty of Candour>> letter would follow to {addr}.",
        ),
        (
            "{p.first} works as a teaching assistant and has been off for <<2/7>>; a fit note was issued, and a call to her employer was made with her consent by {s1.first}.",
            "The other woman, {o1.title}, has been told that her plan was given to someone else; she was seen by {o2.full} the same week and was not harmed.",
            "Mental health screen done: she said the vomiting 'makes me want to end the pregnancy' but not herself; perinatal team aware via {semail}.",
            "Weight today 58.2 kg, down from 61 kg at booking on {date}; BMI fell to 21; dietitian referral sent to {o3.full}.",
            "Plan texted to {mob} at her request, and her {rel} was given the unit's direct line {phone}.",
        ),
        (
            "Reviewed by {d.dr} before discharge; return if unable to keep fluids down for 24 hours. {s1.short}, midwife, {date}.",
            "Record completed by {s1.init}; incident reported ({ref2}); follow-up call booked with {s2.first} for {date}.",
        ),
        ("PDU-####-##", "MAT/@/#####"),
        sex="F",
    ),
    S(
        "preceptorship_meeting_record",
        "prose",
        "preceptorship meeting record, a new nurse's drug error and a patient named in the notes",
        (
            "Preceptorship programme - 3-month review meeting. {trust}. Preceptee: {s1.full}. Preceptor: {s2.full}. Date: {date}.",
            "PRECEPTORSHIP REVIEW (confidential, staff record {ref}). {ward}, {hospital}. {date}.",
        ),
        (
            "{s1.first} qualified in the summer and started on {ward} as <<Band 5>>; this review was brought forward because of a medication incident on {date}.",
            "On a late shift she gave <<teicoplanin>> to {p.tfull} ({age}) in <<bed 17>> that was prescribed for {o1.full} in bed 16; both patients had line infections and the bags were labelled by pharmacy with surnames only.",
            "{p.title} came to no harm beyond an extra dose; {d.dr} reviewed him the same evening and the level on {date} was within range; his {rel}, {r.full}, was told by the nurse in charge.",
            "{s1.first} said she had been looking after eleven patients with an HCA who had been moved to another ward at 17:00, and had not felt able to say no to taking the extra bay.",
            "We talked through the <<the NMC Code>>, the double-check policy for IV antimicrobials and how to escalate staffing; she has already completed the Trust's IV competency and will repeat the calculations assessment.",
        ),
        (
            "The ward manager, {o2.tfull}, joined for the second half and agreed that new registrants will not hold more than eight patients for the first <<12 weeks>>.",
            "{s1.first} asked whether the incident would go to <<the NMC>>; {s2.first} explained that it would not, and that the process is about learning, under <<Agenda for Change>> support arrangements.",
            "Her wellbeing: she is sleeping badly and has been working extra bank shifts through {prov}; we discussed <<the Working Time Regulations>> and agreed she stops agency work until the next review.",
            "Objectives: complete the sepsis e-learning, two supervised drug rounds a week, and a reflective account; {o3.full} from practice development will observe one round.",
            "The patient's details appear here only because the incident form ({ref2}) will be linked; this record should not be copied into the ward file.",
        ),
        (
            "Signed {s2.short} (preceptor) and {s1.short} (preceptee), {date}. Next meeting {date}.",
            "Record held by practice development; contact {semail} with queries. {s2.init}.",
        ),
        ("PRC-###/##", "W@#-#####"),
        provider=("Allcare Nursing Agency Ltd",),
        sex="M",
    ),
    S(
        "care_home_ward_round_note",
        "prose",
        "GP weekly care home round, a DNACPR form found for the wrong resident",
        (
            "Weekly care home round - {home}. GP: {d.tdr}, {gp}. {date}. Attended with senior carer {s1.full}.",
            "Care home round note ({gp} record, ref {ref}). {home}, {street}. Seen {date}.",
        ),
        (
            "Residents seen: seven. Main issue this week is {p.tfull}, {age}, room 14, who has <<Lewy body dementia>> and was found on Sunday with <<Cheyne-Stokes breathing>>; the weekend staff called 999.",
            "The paramedics were shown <<a DNACPR>> form from the folder, but it was for the previous occupant of room 14, {o1.full}, who died in the spring; {p.first} has no such decision in place and was taken to {hospital}.",
            "She was admitted for <<2/7>> with aspiration pneumonia, treated with <<ceftriaxone>> and discharged back on {date}; her {rel}, {r.full}, was upset that nobody had discussed the form with her.",
            "Today I spoke with {r.first} on {mob} and with {p.first} herself, who says she 'wants to stay here'; a best interests discussion under <<the Mental Capacity Act>> will be held next week with the home manager, {s2.tfull}.",
            "Obs today: RR 18, sats 94% on air, HR 88, temp 36.9; <<a Clinical Frailty Scale of 7>>; she is eating small amounts; <<a MUST of 2>>.",
        ),
        (
            "The home's folders were checked with {s1.first}: two more residents had forms filed behind the wrong tab; all were re-filed and the old forms shredded.",
            "{o2.title}'s daughter visited while I was there and asked about his catheter; I explained I could not discuss another resident in the corridor.",
            "The community matron, {o3.full}, will review {p.first} on Thursday; the district nursing team have been asked to look at a heel that is red but intact.",
            "Medication reviewed: <<Madopar>> stopped as the consultant at {hospital2} felt it was worsening hallucinations; <<rotigotine>> not started.",
            "The home will complete an incident report to <<the CQC>> as a notifiable event; the practice reference is {ref2}.",
        ),
        (
            "Next round {date}. {d.dr}.",
            "Entered into the practice record by {d.init}; copy emailed to {semail}.",
        ),
        ("GPR/####", "CH-@@-####"),
        old=True,
        sex="F",
    ),
    S(
        "scalp_cooling_session_note",
        "prose",
        "chemotherapy scalp cooling note, a cap set to another patient's size and a cold burn",
        (
            "Chemotherapy Day Unit - Scalp Cooling Record. {hospital}. {date}. Patient: {p.full}. MRN {hosp}.",
            "SCALP COOLING (cycle 3) - {ward}, {hospital}. Session ref {ref}. {date}.",
        ),
        (
            "{p.tfull} ({age}) attended for cycle 3 of <<docetaxel>> for breast cancer, with scalp cooling as at the first two cycles; her {rel} {r.first} came with her.",
            "The cooling cap used was the medium cap labelled for {o1.full}, who had the chair before her in <<pod 3>>; {p.first} wears a small, and the cap was not checked against her record.",
            "After 40 minutes she complained of burning at the hairline; {s1.full} stopped the machine and found two patches of blanched skin above the left ear, a superficial cold injury.",
            "The registrar, {d.tdr}, reviewed her: no blistering, photographs taken with consent, and the plan is simple emollient and review at cycle 4; chemo was given as planned.",
            "{p.first} asked whether she would lose her hair now; the nurse explained that the cooling was interrupted for 30 minutes only and the outcome is uncertain.",
        ),
        (
            "She has a wig voucher from the unit and the name of a hairdresser who works with the <<Macmillan>> centre; she said she might 'just shave it'.",
            "Her previous cycles, on {date} and {date}, went well with only mild headache; <<EMLA>> is not used for cooling but was on her chart for port access.",
            "The other patient, {o1.title}, was told her cap had been used and was given a new one; caps are single-patient items.",
            "{r.first} asked for the incident to be written down; the unit manager, {s2.full}, gave her the incident number {ref2}.",
            "{p.first}'s contact for the nurse follow-up call is {mob}; she also gave an email, {email2}.",
        ),
        (
            "Recorded by {s1.short}, chemotherapy nurse, {date}; reviewed by {s2.init}.",
            "Follow-up call booked for {date}. Written by {s1.full}.",
        ),
        ("SCU-#####", "C@-###-##"),
        sex="F",
    ),
    S(
        "cleft_feeding_home_visit_note",
        "prose",
        "cleft nurse home visit, feeding bottles for another baby and weight loss",
        (
            "Cleft Lip and Palate Team - Specialist Nurse Home Visit. {date}. Baby: {p.full}, DOB {dob}. NHS {nhs}.",
            "HOME VISIT NOTE - cleft nurse specialist ({trust}). Ref {ref}. Visit {date}, {time}.",
        ),
        (
            "Visited baby {p.first} at home ({addr}) with mum, {r.full}; baby has an isolated cleft palate and <<Pierre Robin sequence>>, and feeds with a special bottle.",
            "Mum had been sent the wrong feeding kit by the hospital: a <<Haberman feeder>> set labelled for another baby, {o1.full}, instead of the squeezy bottles {p.first} uses, so she had been feeding with a standard teat for <<4/7>>.",
            "Weight today 3.42 kg, down from 3.61 kg at the visit on {date}; that is below the 0.4th centile line; baby is sleepy but rouses and roots; <<Moro reflex>> present.",
            "I demonstrated the squeeze-bottle technique again, gave two bottles from the car stock, and phoned the paediatric registrar, {d.tdr}, who agreed to see baby at {hospital} tomorrow.",
            "Mum was tearful and said she thought it was her fault; I explained it was ours, and that the team would write to her; {r.first}'s partner, {o2.first}, was present for part of the visit.",
        ),
        (
            "The other family were phoned by the team secretary, {o3.full}; their baby had received our squeezy bottles and they had noticed straight away.",
            "Health visitor {s2.full} was updated on {mob}; she will weigh baby on Friday and liaise with {gp}.",
            "Reflux: <<Gaviscon Infant>> started by the GP last week; mum is not sure it helps.",
            "Surgery for the palate is planned at about 9 months with {o4.tdr}; the pre-operative hearing test is booked.",
            "Stock orders are now checked by two people in the office; incident logged as {ref2}.",
        ),
        (
            "{s1.full}, Cleft Nurse Specialist. Team phone {phone}.",
            "Written by {s1.init} on return to base, {date}.",
        ),
        ("CLP/###/##", "HV-@####"),
        child=True,
    ),
    S(
        "breast_prosthesis_fitting_note",
        "prose",
        "breast prosthesis fitting note, a fitting booked under another woman's name",
        (
            "Breast Care - Prosthesis Fitting. {hospital}. {date}. Client: {p.full}. Unit no. {hosp}.",
            "PROSTHESIS FITTING RECORD ({ref}) - Breast Care Unit, {hospital}.",
        ),
        (
            "{p.tfull}, {age}, attended for her first permanent prosthesis fitting 8 weeks after a left mastectomy on {date}; she was accompanied by her {rel}, {r.full}.",
            "The appointment had been booked in the name of another patient, {o1.full}, who had a right-sided surgery, so the fitter had laid out the wrong side in a size 10.",
            "{s1.first}, the fitter from {prov}, apologised and refitted: a <<size 6 cup>> symmetrical <<Silastic prosthesis>> and two post-surgery bras; <<Amoena>> stock was short so one bra is on order.",
            "{p.first} said she had received a letter at {addr} addressed to the other woman, opened it and realised it was not for her; she brought it in today and gave it to {s2.full}.",
            "The scar is well healed; there is mild cording in the axilla and she has been referred to physiotherapy; <<the Equality Act 2010>> was mentioned because her employer has asked for a date of return.",
        ),
        (
            "She asked that we only phone her mobile, {mob}, not the house phone, as her mother lives with her and has not been told everything.",
            "The other woman's letter was shredded in clinic in front of {p.first}; {o1.title} was phoned by the breast care nurse, {o2.full}.",
            "Swimming prosthesis discussed; {p.first} swims at the leisure centre on {street} and wants one before the summer.",
            "Next review at <<6 months>>; replacement every 2 years or earlier if weight changes; a leaflet from <<Macmillan>> given.",
            "The booking clerk, {o3.full}, will be spoken to by the admin manager; incident {ref2}.",
        ),
        (
            "Fitted by {s1.short}; nurse present {s2.init}. {date}.",
            "Record completed {date}, {s2.full}, Breast Care Nurse Specialist.",
        ),
        ("BCU-####", "PF/@@/###"),
        provider=("Contour Prosthetics Ltd", "Bloomfield Lingerie Fitting Services"),
        sex="F",
    ),
)

_LINES = (
    S(
        "renal_dialysis_session_chart",
        "lines",
        "satellite dialysis session chart, the wrong dialyser prescription run",
        (
            "SATELLITE RENAL UNIT - HAEMODIALYSIS SESSION CHART\nUnit: {ward}, {hospital} | Pt: {p.caps} | Hosp no {hosp} | NHS {nhs} | Session ref {ref}",
            "HD SESSION {date} | {p.upper} | DOB {dob} | {hosp} | <<station 4>> / <<machine 11>>",
        ),
        (
            "{time} Pt arrived by hospital transport ({prov}), driver {o1.first}; pre-weight 74.6 kg, target 71.5, BP 162/88; {p.first} reports SOB on lying flat <<2/7>>.",
            "{time} Needled AVF L arm by {s1.full}, 15G x2, good flows; prescription loaded from the screen: <<4 hours>>, Qb 350, dialyser FX80, K 2 bath.",
            "{time} {s2.first} (2nd checker) noted the prescription on screen was for {o2.full} who dialyses on <<station 4>> on the other shift: {p.first}'s own is FX60, K 3 bath, 3.5 hours.",
            "{time} Run stopped after 50 min on the K 2 bath; K pre 5.9, repeat 4.1; ECG no change; {d.tdr} (renal SpR) informed by phone and attended at {time}.",
            "{time} Restarted on correct prescription; <<heparin lock>> as per chart; <<epoetin>> given, <<Aranesp>> next week; <<Kt/V 1.3>> last month, <<URR 68%>>.",
        ),
        (
            "{time} Pt's {rel} {r.first} rang {mob} asking for pick-up time; told about the delay; she asked why and was told {d.dr} would call her.",
            "{time} Fluid removed 2.9 L; post-weight 71.7 kg; BP 138/76; lying flat OK; AVF haemostasis 10 min.",
            "{time} Datix {ref2} raised by {s1.init}; screen login for the other shift was still open on <<station 4>>.",
            "{time} Pt says the ambulance crew took him to the wrong entrance at {hospital2} on {date} too; passed to transport manager {o3.full}.",
            "{time} Next session {date}; address for transport confirmed as {addr}.",
        ),
        (
            "Signed off: {s1.short} RN / {s2.short} HCA. Unit phone {phone}.",
            "Chart closed {time} by {s2.init}; <<Duty of Candour>> conversation to be led by {d.dr}.",
        ),
        ("HD-######", "REN/@@/####"),
        provider=("Medway Patient Transport Services",),
        sex="M",
    ),
    S(
        "tia_clinic_triage_log",
        "lines",
        "TIA clinic triage log, a high-risk referral triaged as low risk under another name",
        (
            "TIA CLINIC - REFERRAL TRIAGE LOG (week commencing {date})\n{hospital} stroke service | log ref {ref}",
            "Rapid Access TIA Clinic triage | {date} | triager {s1.full}, stroke CNS",
        ),
        (
            "{date} {time} Referral from {gp}: {p.full}, {age}, 20 min L arm weakness + slurred speech yesterday; <<ABCD2 of 5>> calculated by GP; on no antiplatelet.",
            "{date} {time} Triage entered as LOW risk (see next day) - the triage screen was open on {o1.full}, {age}, visual blurring only, and the outcome was saved against {p.first}'s referral.",
            "{date} {time} {p.title} rang the stroke office ({phone}) after a second episode; {s2.full} found the referral had been offered a clinic slot 6 days away.",
            "{date} {time} Seen same day by {d.tdr}: <<a NIHSS of 9>> on arrival at ED, <<an ROSIER of 2>>; CT no bleed; thrombolysis team called; <<alteplase>> given at {time}.",
            "{date} {time} Datix {ref2} opened; both referrals re-triaged by {d.dr}; {o1.title} seen in clinic next morning, nothing acute.",
        ),
        (
            "{date} {time} Pt's {rel}, {r.full}, asked for a call back on {mob}; speaks for pt as he has expressive dysphasia now.",
            "{date} {time} Admitted to {ward}; swallow screen failed; NG discussed; <<clopidogrel>> held post-lysis 24 hrs.",
            "{date} {time} GP practice manager {o2.full} emailed {semail} asking why the low-risk letter went out; reply sent by {s1.init}.",
            "{date} {time} Note: triage system times out after 10 min but does not close the record; IT ticket raised with {o3.full}.",
            "{date} {time} <<the Stroke Association>> leaflet and <<the DVLA>> guidance given to family for later.",
        ),
        (
            "Log checked by {s1.short} and the stroke consultant, {d.dr}, {date}.",
            "END OF WEEK: {s2.init} / {s1.init}. Reviewed at the stroke governance meeting {date}.",
        ),
        ("TIA-####-#", "STR/@/######"),
        sex="M",
        old=True,
    ),
    S(
        "opat_home_iv_log",
        "lines",
        "OPAT home IV antibiotic log, a carer given the wrong door code and a missed dose",
        (
            "OPAT - HOME IV THERAPY VISIT LOG | {p.full} | {hosp} | NHS {nhs} | referral {ref}",
            "Outpatient Parenteral Antimicrobial Therapy - daily log\nPatient: {p.caps}\nAddress: {addr}",
        ),
        (
            "{date} Day 1. Pt discharged from {ward} with PICC R arm for <<daptomycin>> 6 mg/kg OD x <<6/52>> for vertebral osteomyelitis at L3; first home dose given by {s1.full} at {time}.",
            "{date} Day 4. Visit missed: the agency nurse from {prov}, {o1.full}, was given the keysafe code for {addr2} (another OPAT patient, {o2.full}) and could not get in; no dose given.",
            "{date} Day 5. {s1.first} visited at {time}; {p.first} had waited up till midnight; dose given, CK 214, PICC dressing changed, site clean.",
            "{date} Day 5 pm. OPAT consultant {d.tdr} reviewed bloods; CRP 38, no change to plan; Duty of Candour call made to pt and {rel} {r.first} on {mob}.",
            "{date} Day 12. Visit {time} by {s2.full}; line flushed, <<EMLA>> not needed; pt reports back pain 3/10; keysafe codes now read back at booking.",
        ),
        (
            "{date} {time} {r.first} phoned {phone} to say the courier from the homecare pharmacy left the drugs with a neighbour, {o3.first}; collected, cold chain OK.",
            "{date} Weekly bloods: CK 190, CRP 22, creat 88; switch to oral <<doxycycline>> discussed at the OPAT MDT.",
            "{date} Pt asks if he can drive to the shops; line in situ, advised not; <<the DVLA>> not relevant.",
            "{date} Incident number {ref2} given to the pt at his request.",
            "{date} {time} Line removed by {s1.init}, tip not sent; end-of-treatment letter to {gp}.",
        ),
        (
            "Log closed {date}. OPAT team mailbox {semail}.",
            "Completed by {s2.short}; checked {s1.short}.",
        ),
        ("OPAT/##/####", "HIV@-#####"),
        provider=("Nightingale Infusion Nursing Ltd", "Homeward Clinical Couriers"),
        sex="M",
    ),
    S(
        "neonatal_transfer_call_log",
        "lines",
        "neonatal transport call log, a cot booked under the twin's details",
        (
            "NEONATAL TRANSPORT - CONFERENCE CALL LOG\nReferring unit: {ward}, {hospital} | Call ref {ref} | {date}",
            "CALL LOG {date} | Neonatal transfer service | baby {p.upper} | NHS {nhs}",
        ),
        (
            "{time} Call opened by {s1.full} (transport coordinator); referring registrar {d.tdr}; twin 1 of DCDA twins born 31+2 at {hospital}, mother {r.tfull}.",
            "{time} Referral: twin 1 ({p.first}), 1.42 kg, on CPAP 6, FiO2 0.35; surfactant given; needs a <<cot 6>> level 3 bed for suspected NEC; twin 2 stable on the unit.",
            "{time} Bed found at {hospital2}; booking made, but the booking sheet was filled with twin 2's NHS number and name ({o1.full}, born {date}).",
            "{time} Team arrived; crew nurse {s2.full} checked the wristband against the sheet: mismatch; booking corrected before leaving, 35 min delay.",
            "{time} Departed in <<incubator 2>>; obs stable; arrived {time}; handed over to {o2.full}, receiving nurse; <<Apgar>> at birth 6 and 8.",
        ),
        (
            "{time} Mum {r.first} still on the postnatal ward; {rel} {o3.first} to drive her over tomorrow; unit phone given: {phone}.",
            "{time} Receiving unit asked for mum's blood group and the <<Hirschsprung's disease>> question from the surgeons; passed to {d.dr}.",
            "{time} Call recorded; the transfer <<Gram-negative rods>> screen result to follow.",
            "{time} Dad's mobile for updates: {mob}.",
            "{time} Datix {ref2}: booking sheet does not show which twin; form to be changed.",
        ),
        (
            "Log closed {time} - {s1.init}.",
            "Entered by {s1.short}; reviewed by {d.dr} {date}.",
        ),
        ("NTS-######", "CAL/@@/####"),
        child=True,
    ),
    S(
        "endoscope_decontamination_trace",
        "lines",
        "endoscope decontamination trace, a scope used before its wash cycle was complete",
        (
            "ENDOSCOPE DECONTAMINATION UNIT - TRACEABILITY PRINTOUT\nSite: {hospital} | EDU ref {ref} | Date {date}",
            "SCOPE TRACE | <<scope 14>> (gastroscope) | {hospital} endoscopy | {date}",
        ),
        (
            "{time} <<scope 14>> used for list 1 pt {o1.full} by {d.dr}; bedside clean done by {s1.full}.",
            "{time} Loaded <<washer 3>>: cycle 4417 started; <<peracetic acid>> disinfectant; operator {s2.first}.",
            "{time} Cycle 4417 FAULT: low disinfectant concentration; scope should have been reprocessed; printout not checked.",
            "{time} <<scope 14>> removed from <<cabinet B>> and used for list 2 pt {p.full}, {age}, NHS {nhs}, OGD for dysphagia, biopsies taken for a query <<Mallory-Weiss tear>> and oesophagitis.",
            "{time} Fault found at end of list by {s2.full}; scope quarantined; IPC nurse {o2.full} and the decontamination lead informed; {p.first} contacted by {d.dr} on {phone}.",
        ),
        (
            "{time} Washer engineer from {prov}, {o3.full}, attended; dosing pump fault; <<HTM 01-06>> validation to be repeated.",
            "{time} Lookback: no other patient used <<scope 14>> between the faulty cycle and quarantine.",
            "{time} Pt's {rel} {r.full} rang on {mob} asking about infection risk; BBV testing offered at {gp}.",
            "{time} Incident {ref2} raised; <<UKHSA>> advice sought on risk assessment.",
            "{time} Manual <<Tristel>> wipe used on the scope before quarantine - noted for the investigation.",
        ),
        (
            "Printout signed {s2.init} / {s1.init}.",
            "Trace reviewed by the decontamination lead {o4.full}, {date}.",
        ),
        ("EDU/####/##", "WD@-######"),
        provider=("Hydrex Decon Engineering Ltd",),
    ),
)
_LINES += (
    S(
        "partner_notification_log",
        "lines",
        "sexual health partner notification log, a contact texted on the index patient's number",
        (
            "PARTNER NOTIFICATION - HEALTH ADVISER LOG | index ref {ref} | clinic: {hospital} GUM",
            "PN LOG | Index: {p.init} ({hosp}) | Dx: syphilis, early latent | opened {date}",
        ),
        (
            "{date} {time} Index {p.full}, {age}, seen by HA {s1.full}; treated with <<benzathine penicillin>> 2.4 MU IM; 3 contacts in the last 3 months named.",
            "{date} {time} Contact 1: '{o1.first}', first name only, met via an app; index to send the clinic's contact slip by message; no phone number given.",
            "{date} {time} Contact 2: {o2.full}; index gave mobile {mob}; HA texted 'please contact the clinic'; later found the number was the index's own {rel}, {r.first}.",
            "{date} {time} {r.first} rang the clinic angry; the HA apologised; no diagnosis disclosed; {p.first} told the same afternoon; PN now by provider referral only for contact 2.",
            "{date} {time} Contact 3: {o3.tfull}, attends {gp}; provider referral sent by secure email to {semail} with index details withheld.",
        ),
        (
            "{date} {time} Index RPR repeat booked <<3/12>>; HIV neg; <<doxycycline>> allergy noted as rash.",
            "{date} {time} Supervisor {s2.full} reviewed the texting error; numbers now read back twice at the PN interview.",
            "{date} {time} Contact 2 attended {date}, tested and treated epidemiologically; thanked the clinic for the 'discreet' letter.",
            "{date} {time} Index asked whether <<the GMC>> or <<the NMC>> would be told as contact 3 is a nurse: explained confidentiality; no report made.",
            "{date} {time} Incident {ref2} raised for the wrong-number text; {d.dr} informed.",
        ),
        (
            "PN outcome: 2 of 3 contacts verified. HA {s1.init}. Closed {date}.",
            "Log reviewed by {s2.short}, lead health adviser, {date}.",
        ),
        ("PN/####/#", "GU@@-#####"),
    ),
    S(
        "methadone_supervised_consumption_log",
        "lines",
        "community pharmacy supervised consumption log, a dose given to a man using his brother's name",
        (
            "SUPERVISED CONSUMPTION RECORD - {prov}, {street} | Script ref {ref} | Prescriber {d.tdr}, {gp}",
            "PHARMACY SC LOG | client {p.caps} | DOB {dob} | Rx {ref} | week of {date}",
        ),
        (
            "{date} {time} {p.first} attended; <<methadone>> 60 ml (1 mg/ml) supervised by pharmacist {s1.full}; ID seen; chatted, seems well.",
            "{date} {time} Man attended giving his name as {p.full}; dose 60 ml supervised by locum {o1.full}; ID not asked as 'regular'.",
            "{date} {time} {p.first} attended for his dose and said he had not been in yesterday; CCTV reviewed with {s1.first}: it was his brother, {o2.full}, who is on {gp} books too.",
            "{date} {time} Prescriber {d.dr} informed on {phone}; {p.first} given today's dose after discussion; brother's dose unknown: advised A&E if drowsy; <<naloxone>> kit given (<<Prenoxad>>).",
            "{date} {time} {p.title}'s key worker, {s2.full}, updated; pharmacy photo-ID check now for all SC clients; incident {ref2}.",
        ),
        (
            "{date} {time} {p.first}'s {rel} {r.first} collected the <<naloxone>> training leaflet; phone on file {mob}.",
            "{date} {time} Brother, {o2.first}, came in and apologised; referred to the drug service on {street}; not on a script.",
            "{date} {time} Under <<the Misuse of Drugs Regulations>> the CD register was checked: balance correct after the extra dose.",
            "{date} {time} Dose missed 3 days in a row flagged to the service per protocol; {p.first} said he was at his {rel}'s at {addr2}.",
            "{date} {time} <<buprenorphine>> switch discussed at review with {d.dr}; {p.first} wants <<Espranor>>.",
        ),
        (
            "Pharmacist: {s1.short}. Page closed {date}.",
            "Checked by {s1.init}; copy to the prescriber, {gp}.",
        ),
        ("SC-#####", "RX/@/####"),
        provider=("Kingsway Pharmacy", "Bridgeford Chemists Ltd", "Hollybank Community Pharmacy"),
        sex="M",
    ),
    S(
        "home_birth_on_call_log",
        "lines",
        "home birth on-call log, the midwife sent to the wrong address",
        (
            "HOME BIRTH TEAM - ON-CALL LOG | {date} | on call: {s1.full}, 2nd: {s2.full} | team phone {phone}",
            "Community midwifery on-call | log {ref} | woman: {p.full} | {hosp} | EDD {date}",
        ),
        (
            "{time} Call from {p.first}'s partner, {r.full}, on {mob}: regular contractions 3 in 10 since {time}, membranes intact; planned home birth, G2P1, 39+5.",
            "{time} {s1.first} left base; address on the booking screen was {addr2}, the woman's old flat; arrived, no answer.",
            "{time} Called {r.first}: they moved in September to {addr}; change of address was given to {o1.full} at the antenatal clinic but not updated.",
            "{time} Arrived at correct address 38 min after the call; fully dilated; normal birth at {time}, baby girl, <<Apgar>> 9 and 10; EBL 250 ml.",
            "{time} 2nd midwife {s2.first} arrived for the birth; placenta complete; perineum intact; skin to skin; first feed.",
        ),
        (
            "{time} <<Kernig's sign>> n/a; maternal obs normal; BP 122/78; <<a NEWS2 of 3>> was for shivering only.",
            "{time} Handover to day team; {o2.full} to do day 1 visit; newborn exam booked at {hospital}.",
            "{time} Incident {ref2}: address change process; {s1.init} to discuss with the team leader {o3.full}.",
            "{time} {p.first} said she did not want a complaint made, just the system fixed.",
            "{time} <<the Children Act>> not relevant; no safeguarding concerns; older child, {o4.first}, with grandmother.",
        ),
        (
            "Log signed {s1.short} / {s2.short}.",
            "Completed {date}, {s1.init}.",
        ),
        ("HB-###/##", "CMW@-####"),
        sex="F",
    ),
    S(
        "blood_culture_callback_log",
        "lines",
        "microbiology positive blood culture phone log, result phoned to the wrong ward",
        (
            "MICROBIOLOGY - POSITIVE BLOOD CULTURE CALL LOG | {hospital} lab | {date}",
            "BC PHONE LOG | lab no {ref} | pt {p.caps} | {hosp} | ward on request: {ward}",
        ),
        (
            "{time} Set flagged positive at 14 h: <<Gram-negative rods>> in both bottles; pt {p.full}, {age}, requested from {ward} by {d.dr}.",
            "{time} BMS {s1.full} phoned {ward}: told pt moved; ward clerk gave 'Ward 9'; result read back to nurse {o1.full} there.",
            "{time} Ward 9 did not have the pt; the nurse wrote the result in the notes of {o2.full}, a man with a similar surname, who was started on <<ertapenem>>.",
            "{time} Consultant microbiologist {o3.tdr} rang the requesting doctor at {time}; {p.first} found on {hospital2} step-down beds; no antibiotics until then.",
            "{time} {p.title} reviewed; <<a SOFA of 4>>; sepsis bundle; <<ceftriaxone>> + gentamicin; ESBL later; {d.dr} told {rel} {r.first} on {mob}.",
        ),
        (
            "{time} {o2.title} reviewed by his own team; ertapenem stopped after one dose; informed by {s2.full}.",
            "{time} Lab IT: result was sent to the location at time of request; bed bureau update ran late; ticket {ref2}.",
            "{time} Sensitivities phoned to the correct ward, read back by {s2.first}; <<Gram-negative rods>> E. coli confirmed.",
            "{time} Duty of Candour letter to go to {addr}.",
            "{time} Lab manager {o4.full} informed; call script changed to ask for two identifiers.",
        ),
        (
            "Log checked {s1.init}.",
            "Reviewed by {o3.dr}, {date}.",
        ),
        ("BC##-#####", "MIC/@@/####"),
        old=True,
    ),
)

_LETTERS = (
    S(
        "paediatric_growth_clinic_letter",
        "letter",
        "paediatric growth clinic letter, growth hormone pen training booked for another child",
        (
            "Paediatric Endocrinology, {hospital}\nOur ref: {ref}   Clinic date: {date}\n\nTo the parents of:\n{p.full}\n{addrb}",
            "{hospital} - Children's Growth Clinic\nRe: {p.caps}, DOB {dob}, NHS {nhs}, hosp no {hosp}\nCopy: {d.dr}, {gp}",
        ),
        (
            "Dear {r.title},\nThank you for bringing {p.first} to the growth clinic on {date}; I saw him with you and his {rel}, and this letter sets out what we found and what went wrong with the pen training.",
            "{p.first} is {age} and has <<Turner syndrome>>-like features that we have now excluded; his karyotype is normal and his height is below the 0.4th centile at <<SDS -2.6>>, with a delayed bone age, so growth hormone deficiency remains likely.",
            "His <<somatropin>> was approved last month and the homecare company, {prov}, booked a nurse visit to teach you the pen; the nurse, {o1.full}, arrived with the <<Genotropin>> device and dose for another child, {o2.full}, and the wrong name on the paperwork.",
            "You rightly refused the first injection; the correct <<Norditropin>> pen was delivered on {date} and our nurse specialist, {s1.full}, did the training on the ward instead; {p.first} now has his nightly dose and does it himself with your help.",
            "I am sorry for the confusion and worry this caused; the homecare company has reported it as an incident ({ref2}) and we have asked them to confirm two identifiers at every first visit.",
        ),
        (
            "We measured {p.first} on the stadiometer as 121.4 cm and 22.1 kg; <<BMI 34.6>> is not his - please ignore the figure printed on the clinic sheet, which came from the next child in the room.",
            "The MRI of the pituitary is booked for {date}; if you need to change it please ring the radiology office on {phone}.",
            "His {rel}, {r.full}, asked about school; the school nurse can help with storing the pen, and <<the Equality Act 2010>> means the school must make reasonable adjustments.",
            "The nurse team can be emailed on {semail}; the clinic page at {url} has the pen videos.",
            "We have also written to {d.dr} at {gp} so the repeat prescription can be added.",
        ),
        (
            "Yours sincerely,\n\n{d.tdr}\nConsultant Paediatric Endocrinologist\ncc {s1.full}, Growth Nurse Specialist",
            "With best wishes,\n{d.tdr}, Paediatric Endocrinology\nTyped {date} {d.init}/{s1.init}",
        ),
        ("PEN/####/##", "GH-@#####"),
        child=True,
        provider=("Healthbridge Homecare Services",),
        sex="M",
    ),
    S(
        "fertility_storage_consent_letter",
        "letter",
        "fertility unit storage renewal letter, consent forms posted to a former partner",
        (
            "{hospital} Assisted Conception Unit\nPrivate and confidential\n{p.tfull}\n{addrb}\n\nOur reference: {ref}   Date: {date}",
            "ASSISTED CONCEPTION UNIT, {hospital}\nRe: storage of embryos - consent renewal\nPatient: {p.caps}   Unit no: {hosp}   NHS: {nhs}",
        ),
        (
            "Dear {p.title},\nI am writing about the embryos you have in storage with us and the consent renewal letter that was sent in error to your former partner, {o1.full}, at {addr2}.",
            "Your embryos were frozen on {date} and your current consent to storage runs to {date}; under <<the Human Fertilisation and Embryology Act>> both people who created the embryos must give consent for storage to continue.",
            "Our administrator sent the renewal pack addressed to both of you at your old shared address; you had told us in writing on {date} that you had moved to the address above and that all letters should come to you alone.",
            "{o1.first} telephoned us to say he had opened it; he has not signed anything; we have spoken with him and he has agreed to return the pack to our unit manager, {s1.full}.",
            "We have reported this to <<the HFEA>> as an incident ({ref2}); your embryos are safe and nothing about their storage has changed.",
        ),
        (
            "If you would like to talk this through, our counsellor, {s2.full}, can see you at no charge; her direct line is {phone}.",
            "Your last treatment was on {date} and your AMH was stable; {d.dr} would be happy to discuss further cycles when you are ready.",
            "You asked that we contact you by email; we will use {email2} from now on and no letters will go to {addr2}.",
            "Your sister, {r.full}, rang on your behalf last week; we did not discuss any details with her, as you have not given us consent to do so.",
            "A leaflet from <<the HFEA>> on storage periods is enclosed; you can also read it at {url}.",
        ),
        (
            "Yours sincerely,\n\n{d.tdr}\nPerson Responsible, Assisted Conception Unit",
            "Kind regards,\n{s1.full}\nUnit Manager\n{semail}",
        ),
        ("ACU/##/####", "HF-@@-####"),
        sex="F",
    ),
    S(
        "pelvic_floor_physio_letter",
        "letter",
        "women's health physiotherapy letter, results of another woman's assessment enclosed",
        (
            "Women's and Men's Health Physiotherapy\n{hospital2}\n\n{d.tdr}\n{gp}\n\nRef: {ref}\nDate: {date}",
            "PELVIC HEALTH PHYSIOTHERAPY - DISCHARGE LETTER\nName: {p.full}   DOB: {dob}   Hosp no: {hosp}   Address: {addr}",
        ),
        (
            "Dear {d.dr},\nRe: {p.tfull}, {age}\nThank you for referring this lady with mixed urinary incontinence after her second vaginal delivery; she attended five sessions with me between {date} and {date}.",
            "On assessment her pelvic floor was <<a Modified Oxford of 2>> with poor endurance; <<an IPSS of 22>> is not relevant for her but was printed on the form by the system; the bladder diary showed 11 voids a day.",
            "I must let you know that our previous letter, sent on {date}, enclosed the assessment of another patient, {o1.full}, in place of {p.first}'s; she noticed, and brought it back to us.",
            "{p.first} has now done <<12 weeks>> of <<Kegel exercises>> with biofeedback, and her leaks are down from daily to once a week; she is using the app from <<NHS Digital>> and feels 'in control'.",
            "I have discharged her with a plan; if urgency remains, <<solifenacin>> or a urogynaecology referral to {hospital} would be reasonable.",
        ),
        (
            "She asked me to mention that her {rel}, {r.full}, had to take unpaid leave for each appointment; we offered a virtual session for the last one.",
            "The other patient's assessment has been re-sent to her; {o1.title} has been informed by our service lead, {s2.full}, and an incident reported ({ref2}).",
            "{p.first} works at the bakery on {street} and found the tips about lifting helpful; she also asked about <<Vesicare>>, which she has seen online.",
            "If you need to reach me, my email is {s1.email} and the department line is {phone}.",
            "We use the <<Oxford grading>> only as a guide; her function scores are the better outcome measure.",
        ),
        (
            "Yours sincerely,\n\n{s1.full}\nSpecialist Pelvic Health Physiotherapist\ncc patient",
            "Best wishes,\n{s1.full} (MCSP)\nPelvic Health Physiotherapy, {trust}",
        ),
        ("PHP-#####", "PT/@/#####"),
        sex="F",
    ),
    S(
        "bank_shift_complaint_email",
        "letter",
        "bank nurse's complaint email about a shift, with a patient named in it",
        (
            "From: {s1.email}\nTo: {semail}\nSent: {date} {time}\nSubject: Complaint - night shift on {ward} (bank booking {ref})",
            "From: {s1.full} <{s1.email}>\nTo: Staff Bank Office\nDate: {date}\nSubject: formal complaint re bank shift {ref}",
        ),
        (
            "Dear Bank Office,\nI want to make a formal complaint about the night shift I worked on {ward} at {hospital} on {date}, booked through the bank as <<Band 5>> RN.",
            "When I arrived I was given 14 patients and a bay with three 1:1s and no HCA; the nurse in charge, {s2.full}, said there was 'nobody else' and the site manager, {o1.full}, did not answer the bleep.",
            "At about 03:00 one of my patients, {p.full} in <<bed 17>>, {age}, fell trying to get to the toilet; she had <<a Waterlow of 19>> and was on <<a DoLS>>, and no sensor mat was available.",
            "I did her neuro obs and called the doctor, {d.tdr}, who came at 04:10; she had a skin tear only; I completed the incident form ({ref2}) and told her {rel}, {r.full}, in the morning.",
            "I was then told by {o2.full} that I would not be booked again on that ward because I had 'made a fuss'; I do not think that is fair and I would like it looked into.",
        ),
        (
            "I have worked bank for 6 years and this is the first time I have complained; I am happy to be contacted on {mob}.",
            "I also want to mention that the handover sheet had another patient's name, {o3.full}, against bed 16, which confused the doctors in the night.",
            "Please treat this as a grievance under the Trust policy; I have copied my union rep, {o4.full}.",
            "I have not mentioned anything to <<the NMC>> as I do not think this is a fitness to practise issue; I just want safe staffing.",
            "The agency nurse next to me, from {prov}, had the same workload; she can confirm it.",
        ),
        (
            "Regards,\n{s1.full}\nBank RN (staff no. withheld)",
            "Kind regards,\n{s1.first}\n\n> On {date}, Staff Bank wrote: your shift {ref} is confirmed.",
        ),
        ("BNK-######", "GRV/@@/####"),
        provider=("Primecare Nursing Agency", "Staffline Healthcare Recruitment Ltd"),
        sex="F",
    ),
    S(
        "retinal_screening_result_letter",
        "letter",
        "diabetic eye screening result letter, grade of another patient's images",
        (
            "{trust} Diabetic Eye Screening Programme\n{p.tfull}\n{addrb}\n\nScreening ref: {ref}\nLetter date: {date}",
            "DIABETIC EYE SCREENING - RESULT\nName {p.upper}  DOB {dob}  NHS {nhs}\nScreened at {gp} on {date}",
        ),
        (
            "Dear {p.title},\nThank you for attending your eye screening on {date}; I am writing to correct the result letter we sent you on {date}, which was wrong.",
            "That letter said your photographs showed <<R2M1>> changes and that you needed an urgent referral; those grades belonged to another person, {o1.full}, whose photographs were taken in the same clinic.",
            "Your own photographs show <<R1M0>>, which means background changes that do not need treatment; you should carry on with screening every year and keep your sugar, blood pressure and cholesterol well controlled.",
            "We know that you had already booked time off and arranged for your {rel}, {r.full}, to drive you to the eye clinic at {hospital}; we are sorry for the worry and inconvenience.",
            "The grader who made the error, {o2.full}, has had extra checks on their work; the programme has reported the incident ({ref2}) to <<the National Screening Committee>> regional team.",
        ),
        (
            "Your last HbA1c recorded by your practice was high (<<an HbA1c of 71>>); please talk to {d.dr} at {gp} about it.",
            "The eye drops we used can blur your vision for up to 6 hours; please do not drive after screening; <<the DVLA>> rules on vision are on our website at {url}.",
            "If you have any questions please ring the screening office on {phone} or email {semail}.",
            "You are on <<Trulicity>> and <<Lantus>>; a sudden improvement in sugar levels can make retinopathy briefly worse, so keep your next appointment.",
            "Our screener at your surgery was {s1.full}; she has checked that the correct photographs are now on your record.",
        ),
        (
            "Yours sincerely,\n\n{s2.full}\nProgramme Manager",
            "Yours sincerely,\n{d.tdr}, Clinical Lead, Diabetic Eye Screening",
        ),
        ("DES/######", "SC@-####"),
    ),
    S(
        "scoliosis_brace_clinic_letter",
        "letter",
        "scoliosis brace clinic letter, a brace made from another teenager's scan",
        (
            "Spinal Orthotics Clinic, {hospital}\nRef {ref}\n\nTo: {d.tdr}, {gp}\nRe: {p.full}, DOB {dob}",
            "SPINAL ORTHOTICS - CLINIC LETTER ({date})\nPatient: {p.caps} | NHS {nhs} | Hosp {hosp}\nAddress: {addr}",
        ),
        (
            "Dear {d.dr},\nI saw {p.first}, {age}, with her {rel}, {r.full}, on {date} for the fitting of her thoracolumbar brace for adolescent idiopathic scoliosis.",
            "At referral her main curve was <<a Cobb angle of 34 degrees>> with <<Risser grade>> 1, and <<Adam's forward bend>> test showed a clear right rib hump; bracing for 20 hours a day was agreed.",
            "The brace delivered to clinic had been made from the 3D scan of another patient, {o1.full}; the orthotist, {s1.full}, noticed it did not match her measurements and it was not fitted.",
            "The manufacturer, {prov}, has since remade the brace from {p.first}'s own scan and it was fitted on {date}; the delay was 3 weeks, which at her stage of growth is unlikely to change the outcome.",
            "I explained this to {p.first} and her {rel} and apologised; the incident is logged as {ref2}, and the other family have been told.",
        ),
        (
            "{p.first} is anxious about wearing the brace at school; the school nurse, {o2.full}, has been sent our leaflet, with consent, and <<Gillick competence>> was considered as she wanted to see it first.",
            "In-brace X-ray is booked for {date} at {hospital2}; please ring {phone} if you need to change it.",
            "Her {rel} asked about sport; she can remove the brace for PE and swimming up to <<4 hours>> a day.",
            "She is having counselling through the school for low mood; <<a PHQ-9 of 17>> was recorded by the GP; I have suggested the young people's support group run by {o3.full}.",
            "Her mother's email for letters is {email}; {p.first} would like copies too.",
        ),
        (
            "Yours sincerely,\n\n{s1.full}\nSenior Orthotist\ncc {p.full}",
            "Yours sincerely,\n{o4.tdr}, Consultant Spinal Surgeon (dictated, not signed)",
        ),
        ("SPO/####", "BR-@@-#####"),
        child=True,
        provider=("Axis Spinal Bracing Ltd",),
        sex="F",
    ),
    S(
        "movement_disorder_nurse_letter",
        "letter",
        "Parkinson's specialist nurse letter, a dose change sent to the wrong care home",
        (
            "Movement Disorders Service, {hospital}\nParkinson's Nurse Specialist\n\n{d.tdr}\n{gp}\n\nRef: {ref}\n{date}",
            "MOVEMENT DISORDERS - NURSE REVIEW\nRe: {p.tfull}, {age}\n{addr}\nNHS {nhs}  Hosp {hosp}",
        ),
        (
            "Dear {d.dr},\nI reviewed {p.title} by video on {date} with the nurse in charge at {home}, {s2.full}; he has <<Parkinson's disease>> diagnosed 14 years ago and is now <<a Hoehn and Yahr stage 3>>.",
            "At my last review on {date} I increased his <<co-careldopa>> to five times a day; the letter with the new times was sent to another home, the one where his late {rel} had lived, and was filed there under {o1.full}.",
            "So for seven weeks he stayed on four doses and had marked end-of-dose freezing and two falls; his motor score, <<an MDS-UPDRS of 41>>, today is worse than in the spring.",
            "I have now sent the regimen to the home directly by secure email, and {s2.first} has rewritten the MAR chart; the doses are 07:00, 10:00, 13:00, 16:00 and 19:00, with <<Sinemet CR>> at night.",
            "His daughter, {r.full}, was upset to learn of the error; I have apologised and the service has logged it as {ref2}.",
        ),
        (
            "He also asked about <<apomorphine>>; I think it is too early and his hallucinations would be a concern; we will revisit in <<3/12>>.",
            "The home's GP round is on Tuesdays with {o2.dr}; I have copied this letter to the practice so the change can be checked.",
            "He has lost 3 kg; <<a MUST of 2>>; the dietitian from {trust} will visit.",
            "His {rel} would like calls on {mob} rather than the home phone; this is noted on our system.",
            "Support from <<the Parkinson's nurse network>> helpline ({phone}) was offered to the family.",
        ),
        (
            "Yours sincerely,\n\n{s1.full}\nParkinson's Nurse Specialist\ncc {r.full}",
            "With kind regards,\n{s1.full}\n{s1.email}",
        ),
        ("MDS/###/##", "PDN@-#####"),
        old=True,
        sex="M",
    ),
)

STYLES = (*_PROSE, *_LINES, *_LETTERS)

SHARED = (
    "A porter, {o4.first}, who helped with the transfer that day, said later that nobody had asked him to check a name band.",
    "The matter was discussed at the weekly safety huddle on {date}, chaired by {o5.full}, and the learning shared by email.",
    "An interpreter was not needed; {p.first} speaks English well, though her {rel} prefers Punjabi on the phone.",
    "{o4.tfull}, a volunteer on the help desk, directed the family to the right department after they had waited in the wrong corridor.",
    "Nothing in this account should be read as blame; <<NHS England>> guidance on patient safety learning was followed, and the review is led by {o5.full}.",
    "A second copy of the record was found in the scanning tray, labelled for {o4.full}; it was removed and the scanning log corrected.",
    "The family were given the PALS number and the Trust's web page for feedback, {url}.",
    "Past history includes <<Bell's palsy>> in her forties, <<Hashimoto's thyroiditis>> and a fractured wrist; none of these was relevant to the events described.",
    "There was no referral to <<the coroner>> and no inquest is expected; the case will go to the divisional review meeting for learning only.",
    "The student on placement that week, {o5.first}, was not involved in the error but saw it happen and wrote a reflection.",
    "{o4.full} from the records library confirmed that the paper notes had not left the building.",
    "A patient in the next bay, {o5.tfull}, overheard part of the conversation; the team apologised to him as well.",
    "Risk assessment was updated the same day; the fall risk is high and <<a Clinical Frailty Scale of 7>> was recorded, with <<a Rockwood of 6>> on the older form.",
    "The Trust's safeguarding adviser, {o4.full}, was consulted and felt no referral was needed.",
    "Consent for sharing information with the GP was recorded, with <<Caldicott>> principles followed; the letter went by secure email to {semail}.",
    "Blood results on {date}: Hb 118, WCC 9.4, CRP 16, eGFR 54, sodium 136; nothing needed acting on.",
    "The Trust has shared the learning with <<the ICB>> and with <<NHS Resolution>> as part of its usual reporting.",
    "A taxi firm booked by the ward, driven that day by {o4.first}, brought the family back to the unit after visiting hours had ended.",
    "The ward clerk, {o5.full}, has since set up a check so that two identifiers are asked for before anything is printed.",
    "The complaint is being handled under the NHS complaints regulations, and a response is due within 25 working days of {date}.",
)
SHARED_LINES = (
    "{time} Porter {o4.first} collected the notes for scanning; returned {time}.",
    "{time} Safety huddle: item raised by {o5.full}; learning to be shared.",
    "{time} Pt's {rel} phoned for an update; given general information only.",
    "{time} Volunteer {o4.full} escorted the family to the waiting area.",
    "{time} <<NHS England>> never-event list checked: not a never event.",
    "{time} Found a form in the tray labelled {o4.full}; removed and returned to the right office.",
    "{time} Bleep holder {o5.tdr} informed; no further action.",
    "{time} Obs: HR 92, BP 128/74, RR 18, T 36.8, sats 96% RA; <<NEWS2 of 6>> earlier was for a single low BP.",
    "{time} No referral to <<the coroner>> needed.",
    "{time} Student {o5.first} observing; not involved in care.",
    "{time} Records library ({o4.full}) confirmed notes still on site.",
    "{time} Pt in <<side room 4>>, {o5.title}, asked what the noise was; reassured.",
    "{time} Falls risk reassessed; <<a Clinical Frailty Scale of 7>>; <<a Waterlow of 19>>.",
    "{time} Safeguarding adviser {o4.full} consulted by phone: no referral.",
    "{time} Info shared with GP under <<Caldicott>> principles via {semail}.",
    "{date} Bloods: Hb 112, WCC 11.2, CRP 48, K 4.6, eGFR 61.",
    "{time} Reported to <<the ICB>> via the weekly return.",
    "{time} Taxi (driver {o4.first}) booked for the family; left {time}.",
    "{time} Ward clerk {o5.full} added a 2-identifier check to the printing process.",
    "{time} Complaint logged; response due <<14 days>> from {date}.",
)


def alternatives() -> int:
    count = sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
    return count + len(SHARED) + len(SHARED_LINES)


# ---------------------------------------------------------------------------------------------
# Values: dates, ages, phones, numbers
# ---------------------------------------------------------------------------------------------

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _words(n: int) -> str:
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {_words(rest)}" if rest else "")
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    return _TENS[tens] + (f"-{_UNITS[unit]}" if unit else "")


def _date(day: date, rng: random.Random, *, full: bool = False) -> str:
    d, m, y = day.day, day.month, day.year
    mon, wday = MONTHS[m - 1], WEEKDAYS[day.weekday()]
    ab, wd = mon[:3], wday[:3]
    forms = [
        f"{d:02d}{ab.upper()}{y}", f"{d} {ab.upper()} {y}", f"{d}.{m}.{y % 100:02d}",
        f"{d:02d}-{m:02d}-{y}", f"{d}-{ab}-{y}", f"{mon} {d}, {y}", f"{wd} {d:02d}/{m:02d}/{y}",
        day.isoformat(), f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}",
        f"{d} {mon} {y}", f"{ordinal(d)} {mon} {y}", f"{ordinal(d)} {mon} {y}",
        f"{d:02d}.{m:02d}.{y}", f"{d}/{ROMAN[m - 1]}/{y % 100:02d}", f"{d:02d}/{ab}/{y}",
        f"{d} {ab} {y % 100:02d}", f"{wday}, {d} {mon} {y}", f"{d:02d}{m:02d}{y % 100:02d}",
    ]  # fmt: skip
    if not full:
        forms += [
            f"{wd} {ordinal(d)} {ab}", f"{wday} the {ordinal(d)}", f"{wd} {d}/{m}",
            f"the {ordinal(d)} of {mon}", f"{ordinal(d)} {mon}", f"{ordinal(d)} {mon}",
            f"{d} {mon}", f"{d:02d}/{m:02d}", f"{d} {ab}", f"{ab} {ordinal(d)}",
            f"{'Tues' if wd == 'Tue' else 'Thurs' if wd == 'Thu' else wd} {d} {ab}",
        ]  # fmt: skip
    return rng.choice(forms)


def _landline(rng: random.Random, code: str) -> str:
    size = 11 - len(code)
    digits = str(rng.randint(2, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(size - 1))
    if size == 8:
        local = f"{digits[:4]} {digits[4:]}"
    elif size == 7:
        local = f"{digits[:3]} {digits[3:]}"
    else:
        local = rng.choice((digits, f"{digits[:3]} {digits[3:]}"))
    number = rng.choice(
        (
            f"{code} {local}", f"{code} {local}", f"({code}) {local}",
            f"{code}-{local.replace(' ', '-')}", f"+44 (0){code[1:]} {local}",
            f"+44 {code[1:]} {local}", f"{code}{local.replace(' ', '')}",
        )
    )  # fmt: skip
    roll = rng.random()
    if roll < 0.1:
        number += f" ext {rng.randint(2000, 7999)}"
    elif roll < 0.18:
        number += f" x{rng.randint(2000, 7999)}"
    return number


def _mobile(rng: random.Random) -> str:
    n = "07" + str(rng.randint(3, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return rng.choice(
        (
            f"{n[:5]} {n[5:]}", f"{n[:5]} {n[5:]}", n, f"{n[:5]}-{n[5:8]}-{n[8:]}",
            f"+44 {n[1:5]} {n[5:]}", f"+44{n[1:]}", f"{n[:4]} {n[4:7]} {n[7:]}",
            f"({n[:5]}) {n[5:]}",
        )
    )  # fmt: skip


def _pattern(rng: random.Random, shape: str) -> str:
    out = []
    for ch in shape:
        if ch in "#9":
            out.append(str(rng.randint(0, 9)))
        elif ch in "@A":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def _slug(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", plain)


# ---------------------------------------------------------------------------------------------
# One case
# ---------------------------------------------------------------------------------------------

Piece = tuple[str, str | None, dict | None]
_TOKEN = re.compile(r"\{(\w+)(?:\.(\w+))?\}|<<(.+?)>>")
_PEOPLE = ("p", "r", "s1", "s2", "d", "o1", "o2", "o3", "o4", "o5")


class _Case:
    def __init__(self, rng: random.Random, style: Style) -> None:
        self.rng, self.style = rng, style
        used: set[str] = set()
        self.people = {
            key: _draw_person(rng, used, doctor=key == "d", sex=style.sex if key == "p" else "")
            for key in _PEOPLE
        }
        self.fixed: dict[str, str] = {"d": "Dr"}  # each person's honorific, once written
        self.town, self.area, self.code = rng.choice(TOWNS)
        self.town2 = rng.choice([t for t, _, _ in TOWNS if t != self.town])
        self.loc = rng.choice(LOCALITIES)
        self.house = rng.randint(1, 240)
        self.flat = f"Flat {rng.randint(1, 24)}, " if rng.random() < 0.25 else ""
        self.street = f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
        self.postcode = postcode(rng, self.area)
        self.event = date(2023, 1, 1) + timedelta(days=rng.randint(0, 1000))
        if style.child:
            self.age = rng.randint(1, 16)
        elif rng.random() < (0.7 if style.old else 0.25):
            self.age = rng.randint(90, 104)
        else:
            self.age = rng.randint(19, 89)
        born = self.event - timedelta(days=365 * self.age + rng.randint(0, 360))
        self.dob = born
        self.nhs = nhs_number(rng)
        self.hosp = _pattern(rng, rng.choice(HOSP_FORMS))
        self.refs = style.refs
        self.ref = _pattern(rng, style.refs[0])
        self.ref2 = _pattern(rng, style.refs[1])
        self.ward = rng.choice(WARD_FORMS).format(w=rng.choice(WARDS))
        self.home = f"{rng.choice(HOMES)} {rng.choice(HOME_KINDS)}"
        saint = rng.choice(SAINTS)
        self.hospital = rng.choice(HOSP_ORGS).format(town=self.town, saint=saint, loc=self.loc)
        self.hospital2 = rng.choice(HOSP_ORGS).format(
            town=self.town2, saint=rng.choice(SAINTS), loc=rng.choice(LOCALITIES)
        )
        if self.hospital2 == self.hospital:
            self.hospital2 = f"{self.town2} County Hospital"
        self.hospice = rng.choice(HOSPICES).format(
            saint=saint, home=rng.choice(HOMES), loc=self.loc
        )
        self.trust = rng.choice(TRUSTS).format(town=self.town)
        self.gp = rng.choice(GP_FORMS).format(
            street=rng.choice(STREETS), home=rng.choice(HOMES), loc=rng.choice(LOCALITIES)
        )
        self.council = rng.choice(COUNCILS).format(town=self.town)
        self.prov = rng.choice(style.provider) if style.provider else None
        self.other_street = f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
        self.slug = _slug(self.town)[:10] + rng.choice(("th", "nhs", "hospitals", "teaching"))
        self.minutes, self.time_form = 0, 0  # the clock of a log, set when the text is written

    # -- people --------------------------------------------------------------------------------

    def _title(self, key: str) -> str:
        if key not in self.fixed:
            self.fixed[key] = self.people[key].title
        return self.fixed[key]

    def person(self, key: str, form: str) -> list[Piece]:
        who = self.people[key]
        meta = {"names": who.names, "in_record": who.in_record}
        first, last = who.first, who.last
        if form == "email":
            address = f"{_slug(first)}.{_slug(last)}@nhs.net"
            return [(address, "EMAIL", None)]
        if form in ("dr", "tdr") and key not in self.fixed:
            self.fixed[key] = "Dr"
        if form in ("title", "dr"):
            text = f"{self._title(key)} {last}"
        elif form in ("tfull", "tdr"):
            text = f"{self._title(key)} {first} {last}"
        elif form == "full":
            text = f"{first} {last}"
        elif form == "first":
            text = first
        elif form == "last":
            text = last
        elif form == "short":
            text = f"{first[0]}{self.rng.choice(('. ', ' ', '. '))}{last}"
        elif form == "init":
            letters = [first[0]] + [p[0] for p in re.split(r"[\s-]+", last) if p[0].isalpha()]
            letters = [ch.upper() for ch in letters][:4]
            text = ".".join(letters) + "." if self.rng.random() < 0.5 else "".join(letters)
        elif form == "caps":
            text = f"{last.upper()}, {first}"
        elif form == "upper":
            text = f"{first} {last}".upper()
        elif form == "lower":
            text = f"{first} {last}".lower()
        elif form == "nick":
            text = who.nick or first
        else:  # pragma: no cover - the tests check every form
            raise ValueError(form)
        return [(text, "PERSON", meta)]

    def vary(self, key: str, form: str) -> str:
        """Now and then write a person in another form than the template asks for."""
        roll = self.rng.random()
        if form in ("full", "tfull") and roll < 0.12:
            return self.rng.choice(("upper", "lower", "caps", "short"))
        if form == "first" and self.people[key].nick and roll < 0.5:
            return "nick"
        if form == "title" and roll < 0.08:
            return "init"
        return form

    # -- values --------------------------------------------------------------------------------

    def address(self, form: str) -> list[Piece]:
        flat, house, street, loc, town = self.flat, self.house, self.street, self.loc, self.town
        pc = self.postcode
        if form == "addr2":
            other = house + self.rng.choice((-4, -2, 2, 4, 6)) if house > 6 else house + 2
            text = f"{other} {street}, {loc}, {town}"
            if self.rng.random() < 0.3:
                text = text.replace(",", "")
            return [(text, "ADDRESS", None)]
        if form == "addrb":
            return [(f"{flat}{house} {street}\n{loc}\n{town}", "ADDRESS", None), ("\n", None, None),
                    (pc, "POSTCODE", None)]  # fmt: skip
        roll = self.rng.random()
        if roll < 0.55:
            text, sep = f"{flat}{house} {street}, {loc}, {town}", ", "
            pc = self.rng.choice((pc, pc, pc.replace(" ", ""), pc.lower()))
        elif roll < 0.8:
            text, sep = f"{flat}{house} {street} {loc} {town}".replace(",", "").upper(), " "
            pc = self.rng.choice((pc, pc.replace(" ", "  ")))
        else:
            text, sep = f"{flat}{house} {street} {loc} {town}".replace(",", ""), " "
        return [(text, "ADDRESS", None), (sep, None, None), (pc, "POSTCODE", None)]

    def age_pieces(self) -> list[Piece]:
        rng = self.rng
        age = self.age if rng.random() < 0.8 else rng.randint(19, 89)
        if self.style.child:
            age = self.age
        words = rng.random() < 0.15 and not self.style.child
        number = _words(age) if words else str(age)
        label = "AGE" if age > 89 else None
        if words:
            before, after = "aged ", ""
        else:
            before, after = rng.choice(
                (("aged ", ""), ("aged ", ""), ("", "yo"), ("", " y/o"), ("", " years old"),
                 ("age ", ""), ("", "y"), ("", " yrs"))
            )  # fmt: skip
        return [(before, None, None), (number, label or "NEG", None), (after, None, None)]

    def value(self, slot: str) -> list[Piece]:
        rng = self.rng
        if slot == "date":
            day = self.event + timedelta(days=rng.randint(-20, 10))
            return [(_date(day, rng), "DATE", None)]
        if slot == "dob":
            return [(_date(self.dob, rng, full=True), "DATE", None)]
        if slot == "age":
            return self.age_pieces()
        if slot == "nhs":
            n = self.nhs
            text = rng.choice((n, n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"))
            return [(text, "NHS_NUMBER", None)]
        if slot == "hosp":
            return [(self.hosp, "HOSPITAL_NUMBER", None)]
        if slot in ("addr", "addrb", "addr2"):
            return self.address(slot)
        if slot in ("ward", "home"):
            return [(getattr(self, slot), "LOCATION", None)]
        if slot == "street":
            return [(self.other_street, "LOCATION", None)]
        if slot in ("hospital", "hospital2", "hospice", "trust", "gp", "council"):
            return [(getattr(self, slot), "ORGANISATION", None)]
        if slot == "prov":
            return [(self.prov or self.gp, "ORGANISATION", None)]
        if slot in ("ref", "ref2"):
            return [(getattr(self, slot), "ID", None)]
        if slot == "phone":
            return [(_landline(rng, self.code), "PHONE", None)]
        if slot == "mob":
            return [(_mobile(rng), "PHONE", None)]
        if slot == "email":
            r = self.people["r"]
            user = rng.choice(
                (f"{_slug(r.first)}.{_slug(r.last)}", f"{_slug(r.first)}{rng.randint(1, 99)}",
                 f"{_slug(r.first)[0]}{_slug(r.last)}{rng.randint(50, 99)}")
            )  # fmt: skip
            return [(f"{user}@{rng.choice(MAIL_DOMAINS)}", "EMAIL", None)]
        if slot == "email2":
            p = self.people["p"]
            user = f"{_slug(p.first)}_{_slug(p.last)[:6]}{rng.randint(1, 9)}"
            return [(f"{user}@{rng.choice(MAIL_DOMAINS)}", "EMAIL", None)]
        if slot == "semail":
            box = rng.choice(("referrals", "admin", "bookings", "enquiries", "team"))
            return [(f"{self.slug}.{box}@nhs.net", "EMAIL", None)]
        if slot == "url":
            first = _slug(self.people["p"].first)
            path = rng.choice(
                ("patients/feedback", "services/" + self.style.name.split("_")[0],
                 f"myrecord/login?user={first}", "contact-us")
            )  # fmt: skip
            start = rng.choice(("https://www.", "www.", "https://"))
            return [(f"{start}{self.slug}.nhs.uk/{path}", "URL", None)]
        if slot == "rel":
            words = REL_F if self.people["r"].sex == "F" else REL_M
            return [(rng.choice(words), None, None)]
        if slot == "time":  # filled in text order by _times, so logs run forwards
            return [("\x00", "TIME", None)]
        if slot == "clock":
            hour, minute = divmod(self.minutes % 1440, 60)
            forms = (f"{hour:02d}:{minute:02d}", f"{hour:02d}{minute:02d}h",
                     f"{hour:02d}.{minute:02d}", f"{hour:02d}{minute:02d}")  # fmt: skip
            return [(forms[self.time_form], None, None)]
        raise ValueError(slot)  # pragma: no cover - the tests check every slot

    def fresh(self, template: str) -> str:
        """A top-up brings in people of its own: o4 and o5 become new outsiders."""
        for key in ("o4", "o5"):
            if "{" + key + "." in template:
                new = f"x{len(self.people)}"
                used = set().union(*(who.parts() for who in self.people.values()))
                self.people[new] = _draw_person(self.rng, used)
                template = template.replace("{" + key + ".", "{" + new + ".")
        return template

    def render(self, template: str) -> list[Piece]:
        pieces: list[Piece] = []
        position = 0
        for match in _TOKEN.finditer(template):
            pieces.append((template[position : match.start()], None, None))
            slot, form, term = match.groups()
            if term is not None:
                pieces.append((term, "NEG", None))
            elif form is not None:
                pieces += self.person(slot, self.vary(slot, form))
            else:
                pieces += self.value(slot)
            position = match.end()
        pieces.append((template[position:], None, None))
        for index in range(1, len(pieces)):  # "R.B." then a full stop: one dot
            text, label, meta = pieces[index]
            if pieces[index - 1][0].endswith(".") and text.startswith(".") and label is None:
                pieces[index] = (text[1:], label, meta)
        return [piece for piece in pieces if piece[0]]


def _count(pieces: list[Piece]) -> int:
    return len("".join(text for text, _, _ in pieces).split())


def _build(rng: random.Random, number: int, style: Style) -> tuple[Example, list[tuple]]:
    case = _Case(rng, style)
    people = case.people
    known: dict = {}
    if rng.random() >= 0.12:
        p = people["p"]
        people["p"].in_record = True
        full = f"{p.first} {p.last}"
        names = [f"{p.title} {full}" if rng.random() < 0.4 else full]
        for key, chance in (("r", 0.7), ("s1", 0.3), ("s2", 0.3), ("d", 0.3)):
            if rng.random() < chance:
                people[key].in_record = True
                names.append(f"{people[key].first} {people[key].last}")
        known = {
            "names": names,
            "nhs_number": case.nhs
            if rng.random() < 0.8
            else f"{case.nhs[:3]} {case.nhs[3:6]} {case.nhs[6:]}",
            "date_of_birth": case.dob.isoformat(),
            "hospital_number": case.hosp,
            "address": f"{case.flat}{case.house} {case.street}, {case.loc}, {case.town}, {case.postcode}",
        }
    target = min(380, max(230, int(rng.gauss(300, 40))))
    header = case.render(rng.choice(style.headers))
    body = [case.render(sentence) for sentence in style.core]
    ending = case.render(rng.choice(style.endings))
    extras = list(style.extras)
    rng.shuffle(extras)
    top_ups = list(_shared(style))
    rng.shuffle(top_ups)

    def words() -> int:
        return _count(header) + _count(ending) + sum(_count(sentence) for sentence in body)

    for sentence in extras:
        if words() >= target:
            break
        body.insert(rng.randint(min(2, len(body)), len(body)), case.render(sentence))
    for sentence in top_ups:
        if words() >= target:
            break
        body.insert(rng.randint(1, len(body)), case.render(case.fresh(sentence)))
    while words() > HIGH_WORDS - 10 and len(body) > len(style.core):
        body.pop(rng.randint(1, len(body) - 1))

    pieces: list[Piece] = [*header]
    if style.register == "lines":
        for sentence in body:
            pieces += [("\n", None, None), *sentence]
        pieces += [("\n", None, None), *ending]
    elif style.register == "letter":
        pieces.append(("\n\n", None, None))
        for index, sentence in enumerate(body):
            if index:
                pieces.append(("\n\n" if rng.random() < 0.6 else " ", None, None))
            pieces += sentence
        pieces += [("\n\n", None, None), *ending]
    else:
        pieces.append(("\n\n", None, None))
        for index, sentence in enumerate(body):
            if index:
                pieces.append(("\n\n" if index % 3 == 0 else " ", None, None))
            pieces += sentence
        pieces += [("\n\n", None, None), *ending]

    text_parts: list[str] = []
    gold: list[GoldSpan] = []
    negatives: list[tuple[int, int]] = []
    length = 0
    case.minutes, case.time_form = rng.randint(0, 287) * 5, rng.choice((0, 0, 1, 2, 3))
    for text, label, meta in pieces:
        if label == "TIME":
            case.minutes += rng.choice((5, 10, 15, 20, 25, 35, 50, 70, 95))
            text, label = case.value("clock")[0][0], None
        if label == "NEG":
            negatives.append((length, length + len(text)))
        elif label is not None:
            gold.append(GoldSpan(length, length + len(text), label, **(meta or {})))
        text_parts.append(text)
        length += len(text)
    example = Example(
        id=f"{PREFIX}-{number:06d}",
        text="".join(text_parts),
        known=known,
        gold=tuple(gold),
        kind=style.name,
    )
    return example, negatives


def example(rng: random.Random, number: int) -> Example:
    return _build(rng, number, rng.choice(STYLES))[0]


def _deal(count: int, seed: int) -> Iterator[tuple[Example, list[tuple]]]:
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _build(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    for found, _ in _deal(count, seed):
        yield found


def generate_with_negatives(count: int, seed: int = 1) -> Iterator[tuple[Example, list[tuple]]]:
    yield from _deal(count, seed)
