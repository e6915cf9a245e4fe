"""A sixteenth blind de-identification pack: 25 NHS document types no earlier pack used.

Written without reading the engine (see evaluation_blind16.md). Synthetic UK narratives with the
gold span of every identifier; look-alikes (eponyms, drugs, scores, national bodies, devices,
clinical numbers, durations, ages of 89 and under) are written in and tracked, never gold.
Only shared infrastructure is imported from learnloop.sharing.evaluation.
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

__all__ = ["DIRECT_IDENTIFIERS", "LABELS", "STYLES", "example", "generate", "generate_with_negatives"]

PREFIX = "blind16"
LOW_WORDS, HIGH_WORDS = 200, 420
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Town, postcode area, dialling code (3-, 4- and 5-digit codes; local numbers make 11 digits).
TOWNS = (
    ("Halifax", "HX", "01422"), ("Keighley", "BD", "01535"), ("Scarborough", "YO", "01723"),
    ("Hexham", "NE", "01434"), ("Kendal", "LA", "01539"), ("Whitby", "YO", "01947"),
    ("Sheffield", "S", "0114"), ("Nottingham", "NG", "0115"), ("Leicester", "LE", "0116"),
    ("Bristol", "BS", "0117"), ("Reading", "RG", "0118"), ("Birmingham", "B", "0121"),
    ("Glasgow", "G", "0141"), ("Manchester", "M", "0161"), ("Liverpool", "L", "0151"),
    ("Sunderland", "SR", "0191"), ("Cardiff", "CF", "029"), ("Southampton", "SO", "023"),
    ("Coventry", "CV", "024"), ("London", "SE", "020"), ("Derby", "DE", "01332"),
    ("Norwich", "NR", "01603"), ("Ipswich", "IP", "01473"), ("Lincoln", "LN", "01522"),
    ("Blackpool", "FY", "01253"), ("Barrow-in-Furness", "LA", "01229"), ("Bangor", "LL", "01248"),
    ("Inverness", "IV", "01463"), ("Dundee", "DD", "01382"), ("Truro", "TR", "01872"),
    ("Hereford", "HR", "01432"), ("Kettering", "NN", "01536"), ("Grantham", "NG", "01476"),
    ("Stockton-on-Tees", "TS", "01642"), ("Lisburn", "BT", "028"), ("Colwyn Bay", "LL", "01492"),
)  # fmt: skip
LOCALITIES = (
    "Sowerby Bridge", "Cragg Vale", "Thornbury", "Ravenscliffe", "Netherthong", "Birkby",
    "Low Moor", "Scholes", "Holmfirth", "Wibsey", "Clayton West", "Bramhope", "Slaithwaite",
    "Luddenden", "Marsden", "Elland", "Greetland", "Hipperholme", "Ovenden", "Illingworth",
)  # fmt: skip
# Streets named after mills, minerals and old inns.
STREETS = (
    "Fulling Mill Lane", "Tenter Croft", "Slate Row", "Flaxmill Walk", "Quarry Bank",
    "Coal Staith", "Saltpan Lane", "Tannery Yard", "Weavers Fold", "Pit Lane", "Lime Kiln Road",
    "Jet Street", "Alum Court", "Packhorse Way", "Coaching Mews", "Drovers Close",
    "Copper Beech Rise", "Malt Kiln Street", "Wharf Terrace", "Clog Mill Gardens",
)  # fmt: skip
WARDS = (
    "Wharfedale Ward", "Ward Swaledale", "Airedale Unit", "Calder Ward", "Nidderdale Suite",
    "Coniston Ward", "Buttermere Unit", "Ward Wastwater", "Larkspur Suite", "Foxglove Ward",
    "Heron Bay Unit", "Ward Ullswater", "Teesdale Ward", "Derwent Lodge",
)  # fmt: skip
HOMES = (
    "Thornleigh House", "Moorcroft Care Home", "The Hollies Nursing Home", "Ashcombe Lodge",
    "Kirkstall Grange Care Home", "Pennine View Nursing Home", "Riverbank House",
)  # fmt: skip
HOSPITAL_FORMS = (
    "{town} Victoria Infirmary", "{town} General Hospital", "Calderdale Royal Hospital",
    "St Aidan's Hospital", "{town} Community Hospital", "Queen Mary's Hospital",
    "{town} Royal Infirmary", "Airedale General Hospital",
)  # fmt: skip
TRUST_FORMS = (
    "{town} Teaching Hospitals NHS Foundation Trust", "{region} Partnership NHS Foundation Trust",
    "{region} Community Healthcare NHS Trust", "{town} and District NHS Foundation Trust",
    "{region} Health and Care NHS Trust",
)  # fmt: skip
REGIONS = ("Pennine", "North Riding", "Furness", "Tees Valley", "Humber Coast", "Calder Valley")
GP_FORMS = (
    "Tenter Croft Surgery", "Pennine Medical Practice", "Millstone Health Centre",
    "Beckside Family Practice", "The Ginnel Surgery", "Canal Side Medical Centre",
)  # fmt: skip
COUNCIL_FORMS = ("{town} City Council", "{town} Metropolitan Borough Council", "{region} Council")

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

OWN_FIRST = {
    "F": (
        "Hodan", "Ayaan", "Faadumo", "Shammi", "Rumana", "Jasleen", "Harpreet", "Gwenllian",
        "Eirlys", "Siobhán", "Aoife", "Thuy", "Ngoc", "Mei-Ling", "Wing-Yan", "Tendai", "Rudo",
        "Chipo", "Besjana", "Elira", "Rasha", "Lama", "Ilze", "Dace", "Lacey-Jo", "Kelsey-Ann",
    ),
    "M": (
        "Abdirahman", "Mahad", "Shahidul", "Rezaul", "Gurpreet", "Jaswinder", "Iolo", "Gethin",
        "Cathal", "Oisín", "Minh", "Quang", "Ka-Wai", "Tinashe", "Farai", "Tatenda", "Ardit",
        "Besnik", "Khaled", "Yazan", "Janis", "Edgars", "Kai-Jay", "Tyler-James",
    ),
}  # fmt: skip
WORD_NAMES = {"F": ("Poppy", "Ivy", "Wren", "Jade", "Amber", "Rain"),
              "M": ("River", "Reed", "Forest", "Robin", "Brook", "Sunny")}  # fmt: skip
ALL_WORD_NAMES = frozenset(WORD_NAMES["F"] + WORD_NAMES["M"])
NICKNAMES = {
    "Margaret": ("Peggy", "Maggie"), "Elizabeth": ("Betty", "Lizzie"), "Mary": ("Molly",),
    "Florence": ("Flo", "Florrie"), "Gladys": ("Glad",), "Violet": ("Vi",), "Agnes": ("Aggie",),
    "Henry": ("Hal",), "Leonard": ("Len",), "Stanley": ("Stan",), "Reginald": ("Reg",),
    "Herbert": ("Herbie",), "Norman": ("Norm",), "Bernard": ("Bernie",), "Walter": ("Wally",),
    "Arthur": ("Artie",), "Ernest": ("Ernie",), "Sidney": ("Sid",), "Thomas": ("Tommy",),
}  # fmt: skip
FORMAL = {
    "F": ("Margaret", "Elizabeth", "Mary", "Florence", "Gladys", "Violet", "Agnes"),
    "M": ("Henry", "Leonard", "Stanley", "Reginald", "Herbert", "Norman", "Bernard", "Walter",
          "Arthur", "Ernest", "Sidney", "Thomas"),
}  # fmt: skip
OWN_LAST = (
    "Warsame", "Farah", "Abdi", "Hussain-Miah", "Uddin", "Sandhu", "Dhaliwal", "Bains",
    "ap Gwilym", "ab Owen", "Pritchard-Jones", "Ó Briain", "Mac Suibhne", "Tran", "Chan",
    "Moyo", "Ncube", "Chikwanha", "Hoxha", "Krasniqi", "al-Hashimi", "Haddad", "Kalnins",
    "Ozols", "de la Cruz", "da Costa", "Van der Merwe", "Entwistle", "Ramsbottom",
    "Higginbottom", "Openshaw", "Sutcliffe", "Greenhalgh", "Ackerley-Shaw", "McRoberts",
    "Bell", "Graves", "Addison", "Gram",
)  # fmt: skip
HONORIFIC_WORDS = {"mr", "mrs", "ms", "miss", "master", "dr", "mx"}


def _fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value.casefold())
    return plain.encode("ascii", "ignore").decode()


@dataclass
class Person:
    first: str
    last: str
    sex: str
    names: str
    title: str
    in_record: bool = False
    nick: str = ""
    slot: str = ""

    def parts(self) -> set[str]:
        words = re.split(r"[\s-]+", f"{self.first} {self.last} {self.nick}")
        return {_fold(w) for w in words if w}


def _is_listed(name: str) -> bool:
    listed = listed_names()
    return all(part.casefold() in listed for part in re.split(r"[\s-]+", name) if part)


def _draw(rng: random.Random, sex: str) -> tuple[str, str, str, str]:
    """(first, last, names, nick): from Faker 55%, else from this pack's pools."""
    if rng.random() < 0.55:
        person = _new_person(rng, sex=sex)
        return person.first, person.last, person.names, ""
    roll = rng.random()
    nick = ""
    if roll < 0.3:
        first = rng.choice(FORMAL[sex])
        nick = rng.choice(NICKNAMES[first])
    elif roll < 0.45:
        first = rng.choice(WORD_NAMES[sex])
    else:
        first = rng.choice(OWN_FIRST[sex])
    last = rng.choice(OWN_LAST)
    listed = _is_listed(first) and _is_listed(last) and (not nick or _is_listed(nick))
    return first, last, "listed" if listed else "unlisted", nick


# ---------------------------------------------------------------------------------------------
# Look-alikes: tracked, never gold
# ---------------------------------------------------------------------------------------------

NATIONAL = (
    "the CQC", "NHS England", "the MHRA", "HSSIB", "the GMC", "the NMC", "the GDC",
    "the HCPC", "the UKHSA", "NHS Resolution", "the PHSO", "HMPPS", "Ofsted", "NHSBT",
    "the ICO", "NHS Digital", "the Chief Coroner", "the Newborn Screening Programme",
)  # fmt: skip
LOOKALIKES = {
    "eponym": (
        "Korsakoff's syndrome", "Bell's palsy", "Cushing's triad", "Kernig's sign",
        "Trendelenburg position", "Guthrie card", "Pinard stethoscope", "Down's syndrome",
        "Raynaud's", "Addison's disease", "Lewy body dementia", "Graves' disease",
        "Heimlich manoeuvre", "Valsalva manoeuvre", "McRoberts manoeuvre", "Gram stain",
        "Ziehl-Neelsen stain", "Asperger's", "Munchausen by proxy", "Todd's paresis",
    ),
    "drug": (
        "clozapine", "Depakote", "Epilim", "Buvidal", "Espranor", "Oramorph", "midazolam",
        "levomepromazine", "glycopyrronium", "Calpol", "Dioralyte", "Movicol", "articaine",
        "Duraphat", "Lantus", "Priadel", "Zomorph", "naloxone", "Hartmann's solution",
        "Syntocinon", "Buccolam", "Ozempic", "Sytron", "Kapake",
    ),
    "score": (
        "NEWS2 of 6", "GCS 13/15", "Apgar 9 at 5 minutes", "EPDS 18", "PHQ-9 of 21",
        "GAD-7 of 15", "CIWA 12", "COWS 9", "4AT of 5", "Abbey pain score 8", "PEWS 4",
        "Bristol type 6", "Clinical Frailty Scale 7", "Waterlow 19", "Bishop score 5",
        "HoNOS 24", "MUST 2",
    ),
    "national": NATIONAL,
    "device": (
        "T34 syringe driver", "FreeStyle Libre", "Omnipod", "Dexcom G7", "LUCAS device",
        "Entonox cylinder", "Sonicaid", "Kangaroo pump", "SystmOne", "EMIS Web", "BadgerNet",
        "Careflow", "Lorenzo", "Rio", "Accu-Chek Inform II", "Corpuls monitor", "Zoll AED",
        "Sara Stedy", "Nimbus mattress", "Airwave radio",
    ),
    "number": (
        "BP 148/96", "K+ 5.9", "INR 4.2", "lot 2206418", "bleep 4471", "RR 28", "SpO2 88%",
        "temp 38.9", "Hb 84", "cap glucose 2.1", "lithium level 1.4", "weight 3.12kg",
        "the 2222 call", "UR6", "LL8", "clozapine level 0.92", "batch 0117 3321",
        "CTG 160/min", "serial 0121-774",
    ),
    "duration": (
        "3/7", "2/52", "6/52", "48 hours", "day 5 of 7", "10/7", "4/12", "1/52", "72 hours",
        "14 days", "6 weeks",
    ),
}  # fmt: skip

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
    ages: tuple[int, int] | None = None


def _style(name, register, what, refs, text, **kw) -> Style:
    parts: dict[str, list[str]] = {"H": [], "C": [], "X": [], "E": []}
    for line in text.strip().splitlines():
        line = line.strip()
        if line:
            parts[line[0]].append(line[2:].strip().replace("\\n", "\n"))
    return Style(
        name, register, what, tuple(parts["H"]), tuple(parts["C"]), tuple(parts["X"]),
        tuple(parts["E"]), refs, **kw,
    )  # fmt: skip



STYLES = (
    _style("epr_wrong_patient_merge_report", "prose",
           "EPR team report: two patients' records merged on a shared birthday (old)",
           ("MRG-####", "EPR/####/@@"), r"""
H: Electronic patient record incident report {ref}. Prepared by the records integrity team, {trust}.
H: EPR merge investigation {ref}, opened {date} after a ward query from {ward}.
C: On {date} a duplicate-record task in <<Careflow>> merged the record of {p.tfull} (NHS {nhs}, hospital number {hosp}) with that of {o1.tfull}, who shares a date of birth of {dob}.
C: The merge moved a <<Lorenzo>> allergy flag and an <<INR 4.2>> result across, and the anticoagulation clinic dosed {p.title} from it for <<3/7>>.
C: {s1.full}, the data quality officer, confirmed that the address on the merged record was {addr} and that the GP practice had been overwritten with {gp}.
C: The error came to light when {p.poss} {rel} rang {phone} to ask why a letter about <<Lewy body dementia>> had arrived for someone else.
C: The records were unmerged by {s2.caps} on {date}, {p.title} being {age} and the other patient {o1.first} much younger.
X: The audit trail shows the task was approved by the login {s1.email}, not by the person who raised it.
X: A second clinician, {d.title}, had already written a <<Bell's palsy>> diagnosis into the merged problem list.
X: The old address, {addr2}, was still on the spine and was re-imported at each refresh.
X: Clinic letters had been posted to {o1.brk} at the patient's address for <<6 weeks>>.
X: The team mailbox {email2} holds the full list of 41 documents that had to be moved back.
E: Report completed {date} by {s1.jh}; lessons shared through {url}.
E: Signed off by {d.tfull} for the Caldicott panel, reference {ref2}.
""", old=True),
    _style("perinatal_mental_health_referral_note", "prose",
           "perinatal mental health referral, an EPDS of 18 not acted on for a week (ages 19-44)",
           ("PMH-#####", "PN/####/@"), r"""
H: Perinatal mental health team referral note {ref}, {hospital}.
H: Specialist perinatal service: referral and triage note, received {date}.
C: {p.tfull} (DOB {dob}, NHS {nhs}) was referred by her community midwife {s1.full} at 32 weeks with an <<EPDS 18>> and thoughts of not waking up.
C: The referral was faxed to the wrong team and sat in the {ward} tray until {date}, a week after the <<GAD-7 of 15>> was scored.
C: {p.first} lives at {addr} with her partner {r.full}, who can be reached on {mob}.
C: Her previous history includes postpartum psychosis treated with <<Priadel>> and a <<HoNOS 24>> at the time.
C: {d.title} saw her on {date} at {gp} and started the plan; {p.first} is {age} and this is her second baby.
X: {r.first} wrote to {email} asking why nobody had phoned in the meantime.
X: The health visitor {o2.full} has been sent the plan by secure e-mail.
X: No mention was made of <<Down's syndrome>> screening, which had been declined.
X: A note on <<BadgerNet>> read only "PNMH aware" and gave no name.
X: The team can be reached on {phone} and the referral form is at {url}.
E: Triaged by {s2.jh} on {date}; case {ref2}.
E: Note written by {d.tfull}, consultant perinatal psychiatrist, on {date}.
""", sex="F", ages=(19, 44)),
    _style("cldt_epilepsy_rescue_plan_review", "prose",
           "community learning disability team review, a rescue plan not sent with the day centre",
           ("CLDT-####", "LD/####/@@"), r"""
H: Community learning disability team: epilepsy rescue plan review {ref}.
H: CLDT review note {ref}, {trust}, learning disability service.
C: {p.tfull} ({dob}), who has <<Down's syndrome>> and a learning disability, had a prolonged seizure at the {home} day centre on {date}.
C: Staff had no copy of his <<Buccolam>> plan because the folder stayed at {addr}, and the ambulance was called after <<10/7>> minutes of waiting for advice.
C: The CLDT nurse {s1.full} found that the plan named {o1.full}, a previous resident, and gave the older dose.
C: His {rel}, {r.tfull}, said she had asked three times for the plan to be updated after his <<Epilim>> was changed to <<Depakote>>.
C: {p.first} is {age} and was treated at {hospital}, NHS number {nhs}.
X: The day centre manager {o2.tfull} can be contacted on {phone}.
X: {r.first} asked for all letters to go to {email}, not the home address.
X: His easy-read hospital passport was last reviewed by {s2.initd} in the spring.
X: A <<Todd's paresis>> of the left arm lasted into the evening.
X: The provider, {prov}, has agreed to carry the plan on every outing.
E: Review closed {date}; actions tracked under {ref2}.
E: {s1.jh}, learning disability nurse, {trust}.
""", sex="M", provider=("Brightways Day Opportunities", "Moorside Support Ltd", "Open Door Living CIC")),
    _style("hospice_syringe_driver_incident_note", "prose",
           "hospice incident note, a syringe driver run at the wrong rate overnight (old)",
           ("HSP-####", "IPU/###/@"), r"""
H: Hospice inpatient unit incident note {ref}, {prov}.
H: Incident note {ref}: syringe driver, {ward}.
C: {p.tfull}, {age}, admitted on {date} for end of life care with <<Korsakoff's syndrome>> and metastatic disease, had a <<T34 syringe driver>> with <<midazolam>> and <<levomepromazine>>.
C: At 02:00 the driver was found to have run for <<48 hours>> worth in eight, and {p.first} was very drowsy with <<RR 28>>.
C: The nurse in charge, {s1.full}, called the on-call doctor {d.title} and stopped the driver.
C: {p.poss} {rel} {r.full} was staying in the family room and was told at once; she gave {mob} for updates.
C: The hospice pharmacist {s2.caps} checked the stock: the <<glycopyrronium>> vial had been drawn up from another patient's box, that of {o1.full}.
X: The community team at {gp} was told on {date}; the home address is {addr}.
X: {r.first} wrote afterwards from {email} to thank the staff for their honesty.
X: No <<naloxone>> was needed and {p.first} woke at breakfast.
X: {p.title} had been asking for his old dog and for {o2.first} from the allotment.
X: The device was quarantined and reported to <<the MHRA>>; NHS number {nhs}.
E: Note completed {date} by {s1.jh}, clinical nurse specialist; learning at {url}.
E: Reviewed by {d.tfull} on {date}.
""", sex="M", old=True, provider=("St Cuthbert's Hospice", "Wharfedale Hospice", "Marie Hollins Hospice")),
    _style("prison_healthcare_missed_dose_review", "prose",
           "prison healthcare review, a Buvidal dose missed after a wing move",
           ("HMP-####", "SYS1/####/@"), r"""
H: Prison healthcare incident review {ref}, {prov}.
H: Healthcare in custody: missed dose review {ref}.
C: {p.caps} ({dob}), prison number {ref2}, was moved from the induction wing to C wing on {date}.
C: His monthly <<Buvidal>> injection was due that week but the <<SystmOne>> task stayed on the old wing list.
C: The substance misuse nurse {s1.full} found the gap on {date} when {p.first} asked for <<Espranor>> and scored <<COWS 9>>.
C: {p.title} is {age}; his sister {r.full} had rung {phone} twice to say he sounded unwell.
C: The GP {d.title} saw him the same day; NHS number {nhs}, previous address {addr}.
X: Another prisoner, {o1.upper}, was given the appointment slot instead.
X: Officers named in the wing log, {o2.full} and {s2.initd}, were interviewed.
X: {r.first} has asked for letters to be sent to {email}.
X: Release planning with {council} was not affected.
X: The <<naloxone>> kit on C wing was found to be out of date.
E: Review signed {date} by {s1.jh}, head of healthcare; shared with <<HMPPS>>.
E: Closed by {d.tfull} on {date}.
""", sex="M", provider=("Northgate Custodial Health Ltd", "Practice Plus Prison Care", "Pennine Justice Health")),
    _style("dental_wrong_tooth_extraction_review", "prose",
           "community dental service review, the wrong premolar taken",
           ("CDS-####", "DEN/####/@@"), r"""
H: Community dental service: wrong tooth extraction review {ref}, {trust}.
H: Never event review {ref}, {prov}.
C: On {date} {p.tfull} (DOB {dob}) attended the clinic at {street} for extraction of <<UR6>> under <<articaine>>.
C: The dentist {d.title} extracted the lower left molar, <<LL8>>, which had been listed on another patient's chart, that of {o1.full}.
C: The dental nurse {s1.full} noticed the chart mismatch after the tooth was out; the safety pause had been skipped.
C: {p.first}, {age}, who has <<Raynaud's>> and anxiety, was told at once and her {rel} {r.full} was phoned on {mob}.
C: Her address on the referral, {addr}, matched; the NHS number {nhs} did not match the chart.
X: The referral came from {gp} and was scanned into the wrong record.
X: {p.poss} partner asked for the apology letter to be sent to {email}.
X: The <<Duraphat>> varnish planned for the same visit was postponed.
X: A complaint was logged with {s2.jh}, the practice manager, on {phone}.
X: The event was reported to <<the GDC>> by the dentist himself.
E: Review signed {date} by {s2.tfull}; reference {ref2}.
E: {d.tfull}, clinical director, {date}.
""", sex="F", provider=("Smile Pennine Community Dental", "Calder Dental Access Centre", "BrightBite Dental Ltd")),
    _style("newborn_blood_spot_repeat_review", "prose",
           "screening team review, a newborn blood spot card lost in the post and repeated late (child)",
           ("NBS-#####", "BS/####/@"), r"""
H: Newborn blood spot screening: failsafe review {ref}, {trust}.
H: Screening incident review {ref}, received {date}.
C: Baby {p.full}, born {dob} at {hospital}, had a blood spot taken on day 5 by {s1.full} on a <<Guthrie card>>.
C: The card was sent with a batch from {ward} but never reached the laboratory, and nobody chased it for <<14 days>>.
C: {p.poss} mother, {r.tfull}, was phoned on {mob} and the repeat was taken at home, {addr}, on {date}.
C: The health visitor {o1.full} said the red book had no result recorded; the baby's NHS number is {nhs}.
C: The repeat was normal and {p.first} was taken off the failsafe list by {s2.full}, the baby being {age} by then.
X: A second baby on the same batch, {o2.full}, also needed a repeat.
X: The lab contact is {email2}; queries went to {s2.jh}.
X: Against <<the Newborn Screening Programme>> standards, only the repeat was on time.
X: {r.first} was upset and asked for the complaint route, given as {url}.
X: The GP practice, {gp}, was sent a copy on {date}.
E: Review written {date} by {s1.jh}, screening midwife; reference {ref2}.
E: Closed by {d.tfull}, screening lead, on {date}.
""", child=True, ages=(0, 0)),
    _style("estates_window_restrictor_incident_report", "prose",
           "estates incident report, a window restrictor removed on a mental health ward",
           ("EST-#####", "WO/####/@@"), r"""
H: Estates and facilities incident report {ref}, {trust}.
H: Estates report {ref}: window restrictor failure, {ward}.
C: On {date} {p.tfull}, an informal patient on {ward}, climbed through a bedroom window whose restrictor had been taken off during a contractor visit.
C: The contractor, {prov}, had worked on the window on {date} under work order {ref2} and left without signing the ligature check.
C: {p.first}, {age}, was found in the courtyard by {s1.full} with a sprained ankle and was seen by {d.title}.
C: Her {rel} {r.full} was told by phone on {phone}; her home address is {addr}.
C: The estates manager {s2.caps} checked all 22 windows; three more were loose.
X: The job was logged by {s2.email} with the wrong room number.
X: {p.title} had a <<HoNOS 24>> and was on <<clozapine>>, with a <<clozapine level 0.92>> that week.
X: The fitter, {o1.full}, said nobody had told him the ward was a mental health ward.
X: A report was made to <<the CQC>> as a notifiable event; NHS number {nhs}.
X: Photographs are kept at {url}.
E: Report closed {date}; owner {s2.jh}.
E: Signed {date} by {d.tfull}, director of estates.
""", sex="F", provider=("Harrow Glazing Services Ltd", "Pennine Facilities Group", "Keystone Estates Maintenance")),
    _style("childrens_home_medication_error_note", "prose",
           "children's home medication error, another child's melatonin given (child)",
           ("CHM-####", "LAC/####/@"), r"""
H: Children's residential home: medication incident note {ref}, {home}.
H: Medication error note {ref}, reported to {council} on {date}.
C: On {date} {p.full} ({dob}), who lives at {home}, was given melatonin prescribed for another young person, {o1.full}.
C: The residential worker {s1.full} took the wrong box from the cupboard; both boxes were labelled only with first names.
C: {p.first} is {age} and was checked by the on-call GP {d.title}, who found no harm, <<PEWS 4>> on arrival.
C: {p.poss} social worker {r.full} was told by phone on {phone}; the home's address is {addr}.
C: The looked-after children's nurse {s2.full} wrote to {gp} with the NHS number {nhs}.
X: {p.first} had <<Calpol>> and <<Movicol>> on the chart and both were given correctly.
X: Ofsted notification was made by the registered manager, {o2.tfull}.
X: The local authority duty inbox is {email2}.
X: {o1.first} missed his dose that night and slept badly.
X: Staff training is booked through {url}.
E: Note completed {date} by {s1.jh}; reference {ref2}.
E: Reviewed by {s2.tfull} on {date}.
""", child=True),
    _style("ambulance_cad_incident_log", "lines",
           "ambulance CAD log, a call coded Cat 3 for a man on the floor (old)",
           ("CAD-######", "AMB/####/@@"), r"""
H: CAD INCIDENT {ref} - {prov}\nDate opened: {date}
H: Incident log {ref} ({prov}) - caller: {rel}
C: {time} 999 call from {r.full} on {mob}: {rel} {p.upper}, {age}, on the floor at {addr}, unable to get up.
C: {time} Triaged Cat 3 on <<Airwave radio>>-dispatched pathway; caller advised not to lift.
C: {time} Welfare call by {s1.full}: patient cold, confused, <<GCS 13/15>>.
C: {time} Upgraded to Cat 2 by clinical navigator {s2.initd}; crew from {street} station assigned.
C: {time} Crew on scene; <<BP 148/96>>, <<temp 38.9>>; conveyed to {hospital}.
X: {time} Previous address on CAD, {addr2}, caused a first crew to be sent to the wrong house.
X: {time} Patient {p.tfull}, DOB {dob}, NHS {nhs}.
X: {time} GP {gp} informed via {email2}.
X: {time} Caller {r.first} rang back: "he is blue round the lips".
X: {time} Neighbour {o1.full} let the crew in with a key safe code.
E: {time} Log closed by {s2.jh} on {date}; review {ref2}.
E: {time} Incident closed. Handover to {ward}.
""", sex="M", old=True, provider=("Pennine Ambulance Service NHS Trust", "North Coast Ambulance Service", "Three Rivers Ambulance Service")),
    _style("epr_audit_trail_extract", "lines",
           "EPR audit trail extract, a staff member looking at a neighbour's record",
           ("AUD-#####", "IG/####/@@"), r"""
H: AUDIT TRAIL EXTRACT {ref} - {trust}\nPatient: {p.caps} | NHS {nhs} | MRN {hosp}
H: Record access audit {ref} for {p.full} ({hosp}), requested {date}
C: {date} {time} | user {s1.email} | opened record | {ward}
C: {date} {time} | user {s1.email} | viewed demographics: {addr}
C: {date} {time} | user {s2.upper} | viewed results (<<INR 4.2>>, <<Hb 84>>)
C: {date} {time} | user {s1.upper} | printed discharge letter
C: {date} {time} | IG note: {p.full} is the neighbour of {s1.title}; complaint raised by {r.full}
X: {date} {time} | user {o1.lower} | viewed clinic letter, reason "<<Raynaud's>> review"
X: {date} {time} | DOB on record {dob}; {age}
X: {date} {time} | complainant contact {mob}, e-mail {email}
X: {date} {time} | <<SystmOne>> sharing flag set by {gp}
X: {date} {time} | user {o2.email} | break-glass access, no reason given
E: Extract produced by {s2.jh} for the information governance panel; case {ref2}.
E: End of extract. Reported to <<the ICO>>: no.
"""),
    _style("labour_ward_board_round_log", "lines",
           "labour ward coordinator's board round log, a CTG handed over as normal (ages 19-44)",
           ("LW-####", "MAT/####/@"), r"""
H: LABOUR WARD BOARD ROUND - {ward}, {hospital}\n{date}
H: Delivery suite coordinator log {ref}, {date}
C: {time} Rm 4 {p.tfull} ({hosp}), {age}, G2P1, 39+2, <<Syntocinon>> running, <<CTG 160/min>>.
C: {time} Handover from {s1.full} to {s2.full}: CTG "normal", no fresh eyes done.
C: {time} Registrar {d.title} asked to review; in theatre with {o1.title}.
C: {time} <<Bishop score 5>> at start; now 7cm; <<McRoberts manoeuvre>> discussed as risk.
C: {time} Birth partner {r.full} asking for update, mob {mob}.
X: {time} Community team at {gp} called: address on file {addr}.
X: {time} <<Entonox cylinder>> empty in Rm 4; swapped.
X: {time} {s1.initd} back from break; <<Sonicaid>> used.
X: {time} NHS {nhs}; DOB {dob}.
X: {time} Bleep holder {s2.jh} escalated via {phone}.
E: {time} Log closed {date}; Datix {ref2}.
E: {time} Board round ends.
""", sex="F", ages=(19, 44)),
    _style("mental_health_s17_leave_log", "lines",
           "ward leave log, a patient on section 3 not back from escorted leave",
           ("S17-####", "AWOL/####/@"), r"""
H: SECTION 17 LEAVE LOG - {ward}\nPatient: {p.caps} ({hosp})
H: Leave and absence log {ref}, {ward}, {hospital}
C: {date} {time} {p.title} left on 1 hour escorted leave with HCA {s1.full}.
C: {date} {time} Escort phoned ward on {phone}: patient walked off at {street}.
C: {date} {time} Police informed; description given, last address {addr}.
C: {date} {time} {rel} {r.full} rang: {p.first} at her house, calm; mob {mob}.
C: {date} {time} Returned with police; <<HoNOS 24>>, <<PHQ-9 of 21>>; {age}.
X: {date} {time} RC {d.title} informed; <<clozapine>> dose held.
X: {date} {time} Leave form signed for {o1.full} in error, not for this patient.
X: {date} {time} NHS {nhs}; DOB {dob}.
X: {date} {time} AMHP {o2.full} aware via {email2}.
X: {date} {time} <<Rio>> risk entry updated by {s2.initd}.
E: {date} {time} Log reviewed by {s2.jh}; incident {ref}.
E: {date} {time} Entry closed.
"""),
    _style("pharmacy_clozapine_monitoring_log", "lines",
           "clozapine clinic monitoring log, an amber blood result filed to another patient",
           ("CLZ-#####", "ZTAS/####/@"), r"""
H: CLOZAPINE CLINIC MONITORING LOG - {trust}\nPatient {p.caps} | NHS {nhs} | {hosp}
H: Clozapine monitoring log {ref}: {p.full}
C: {date} FBC sent; WBC 3.2, neut 1.6 AMBER; result filed to {o1.caps} by lab.
C: {date} <<clozapine>> supplied for <<1/52>> by {s1.full}; no amber seen.
C: {date} Registry call from {s2.full} on {phone}: amber outstanding, query {ref2}.
C: {date} Patient phoned on {mob}; {p.first} at {addr}; no sore throat, <<temp 38.9>> denied.
C: {date} Repeat bloods by {s1.initd}; normal; {age}.
X: {date} {rel} {r.full} asked that results go to {email}.
X: {date} <<clozapine level 0.92>>; <<Hartmann's solution>> not relevant.
X: {date} GP {gp} sent copy; DOB {dob}.
X: {date} Consultant {d.title} informed.
X: {date} <<Lorenzo>> result routing rule fixed by {o2.full}.
E: {date} Reviewed by {s2.jh}; incident {ref}.
E: {date} Log closed.
"""),
    _style("virology_result_misfile_log", "lines",
           "virology lab log, a positive hepatitis C result attached to the wrong patient",
           ("VIR-#####", "LIMS/####/@@"), r"""
H: VIROLOGY INCIDENT LOG {ref} - {hospital} laboratory
H: Lab log {ref}: result misfile, {date}
C: {date} {time} Sample received labelled {p.caps}, {hosp}, DOB {dob}.
C: {date} {time} HCV Ab positive; <<Gram stain>> n/a; result validated by {s1.full}.
C: {date} {time} LIMS matched on name only to {o1.full}, not to NHS {nhs}.
C: {date} {time} GP {gp} called {phone}; {o1.first} told result in error.
C: {date} {time} Correct patient {p.tfull}, {age}, of {addr}, called by {d.title}.
X: {date} {time} <<lot 2206418>> reagent checked; no fault.
X: {date} {time} {rel} {r.full} rang from {mob}.
X: {date} {time} Result e-mailed to {email2} in error, recalled.
X: {date} {time} Reported to <<the UKHSA>>; contact {s2.jh}.
X: {date} {time} <<Ziehl-Neelsen stain>> from another request sat in the same batch.
E: {date} {time} Log closed by {s2.initd}; ref {ref2}.
E: {date} {time} Incident handed to quality manager.
"""),
    _style("health_visitor_text_thread", "lines",
           "text messages between a mother and a health visitor, a weight entered in the wrong red book (child)",
           ("HV-####", "0-19/####/@"), r"""
H: SMS export, 0-19 service, case {ref}\nContact: {r.full} {mob}
H: Text thread saved to record {ref} ({p.full}, NHS {nhs})
C: [{date} {time}] HV: hi {r.lfirst} its {s1.first} the health visitor, {p.lfirst}s weight from clinic looks like its someone elses
C: [{date} {time}] {r.first}: yes it says <<weight 3.12kg>> but shes way bigger than that
C: [{date} {time}] HV: think it was {o1.lower}s weight, sorry. can i come to {addr} tomorrow
C: [{date} {time}] {r.first}: ok. shes on <<Dioralyte>> since sat and <<Calpol>>
C: [{date} {time}] HV: ill bring the scales. {p.first} is {age} now isnt she
X: [{date} {time}] {r.first}: gp at {gp} said shes fine
X: [{date} {time}] HV: if worried ring {phone} or 111
X: [{date} {time}] {r.first}: my mum {o2.first} says the red book has the wrong dob, {dob}
X: [{date} {time}] HV: my manager {s2.full} will ring you
X: [{date} {time}] {r.first}: no temp, <<temp 38.9>> was last week
E: Exported {date} by {s1.jh}.
E: End of thread. Case {ref2}.
""", child=True, sex="F"),
    _style("district_nurse_insulin_visit_csv", "lines",
           "district nursing visit schedule pasted as CSV, an insulin visit missed (old)",
           ("DN-####", "CNS/####/@"), r"""
H: visit_date,time,patient,nhs_no,address,nurse,note\n# export {ref} from <<SystmOne>>
H: "Visit list {ref}",,,\nvisit_date,time,patient,nhs_no,address,nurse,note
C: {date},{time},"{p.caps}",{nhs},"{addr}",{s1.init},<<Lantus>> 18 units given
C: {date},{time},"{p.caps}",{nhs},"{addr}",{s2.init},MISSED - visit allocated to {o1.caps}
C: {date},{time},"{p.caps}",{nhs},"{addr}",{s1.init},<<cap glucose 2.1>> then 24; GP {d.title} rang
C: {date},{time},"{o2.caps}",n/k,"{addr2}",{s2.init},wrong address on list
C: {date},{time},"{p.caps}",{nhs},"{addr}",{s1.init},{rel} {r.full} on {mob}; {age}
X: {date},{time},"{p.caps}",{nhs},"{addr}",{s1.init},<<FreeStyle Libre>> sensor changed
X: {date},{time},"{p.caps}",{nhs},"{addr}",{s2.init},DOB {dob}; <<Waterlow 19>>
X: {date},{time},"{p.caps}",{nhs},"{addr}",{s1.init},GP {gp} emailed {email2}
X: {date},{time},"{p.caps}",{nhs},"{addr}",{s2.init},<<Sara Stedy>> needed
X: {date},{time},"{p.caps}",{nhs},"{addr}",{s1.init},team phone {phone}
E: # key: {s1.init} = {s1.full}; {s2.init} = {s2.full}; incident {ref2}
E: # end of export {date}
""", old=True),
    _style("hospice_bed_state_table", "lines",
           "hospice bed state pasted as a pipe table, a do-not-resuscitate form on the wrong bed (old)",
           ("BED-####", "HOS/####/@"), r"""
H: | Bed | Patient | NHS no | Status | Nurse |\n| --- | --- | --- | --- | --- |
H: Bed state {ref} - {prov}, {date}\n| Bed | Patient | NHS no | Status | Nurse |
C: | 3 | {p.caps} | {nhs} | DNACPR form for {o1.caps} in folder | {s1.init} |
C: | 4 | {o1.caps} | n/k | <<T34 syringe driver>> | {s2.init} |
C: | 3 | {p.tfull}, {age} | {nhs} | <<Abbey pain score 8>>, <<Oramorph>> | {s1.init} |
C: | 3 | {p.upper} | {nhs} | {rel} {r.full} staying, {mob} | {s2.init} |
C: | 5 | {o2.full} | n/k | discharge home to {addr2} | {s1.init} |
X: | 3 | {p.caps} | {nhs} | home {addr} | {s1.init} |
X: | 3 | {p.caps} | {nhs} | DOB {dob}; GP {gp} | {s2.init} |
X: | 6 | {o3.caps} | n/k | <<Nimbus mattress>> | {s1.init} |
X: | 3 | {p.caps} | {nhs} | {d.title} reviewed | {s2.init} |
X: | 3 | {p.caps} | {nhs} | <<Zomorph>> held | {s1.init} |
E: Key: {s1.init} = {s1.full}, {s2.init} = {s2.full}. Incident {ref2}.
E: Bed state closed {date}.
""", old=True, provider=("St Cuthbert's Hospice", "Wharfedale Hospice", "Marie Hollins Hospice")),
    _style("inquest_family_disclosure_letter", "letter",
           "trust letter to a family before an inquest, disclosing the records (old)",
           ("INQ-####", "LEG/####/@@"), r"""
H: {trust}\nLegal Services\n{ldate}\n\n{r.tfull}\n{addrb}\n\nOur ref: {ref}\n\nDear {r.title},
H: Legal Services, {hospital}\nOur reference {ref}\n{ldate}\n\nDear {r.title},
C: I write about the inquest into the death of your {rel}, {p.tfull}, who died on {date} at {hospital}, {age}.
C: The coroner has asked for statements from {s1.full}, the nurse in charge, and {d.tfull}, and for records under NHS number {nhs}.
C: The records show that {p.title} fell on {date} and that the <<Sara Stedy>> was used by one person, not two.
C: A copy of the records will be sent to you; we have noted your number, {phone}, and e-mail, {email}.
C: Please note the records refer once to {o1.full}, another patient, whose details have been removed.
X: The statement from {s2.full} describes a <<NEWS2 of 6>> that was not escalated.
X: You may wish to contact {prov} for free advice about the inquest.
X: {p.title} was under the care of {gp} before the admission.
X: We will also disclose the <<Clinical Frailty Scale 7>> assessment on {ward}.
X: The pre-inquest review is listed with <<the Chief Coroner>> guidance in mind.
E: Yours sincerely,\n{s2.full}\nLegal Services Manager\n{email2}
E: Yours sincerely,\n{s2.upper}\nInquest officer, ref {ref2}
""", old=True, provider=("INQUEST", "Bereaved Families Advice Line", "Pennine Law Centre")),
    _style("complaint_local_resolution_meeting_letter", "letter",
           "letter after a complaint local resolution meeting, a relative's account of a missed fracture (old)",
           ("COMP-#####", "LRM/####/@"), r"""
H: Patient Experience Team\n{hospital}\n{ldate}\n\nPrivate and confidential\n{r.tfull}\n{addrb}\n\nDear {r.title},
H: {trust}\nComplaints, ref {ref}\n{ldate}\n\nDear {r.title},
C: Thank you for meeting us on {date} about the care of your {rel}, {p.tfull}, at {hospital}.
C: You explained that {p.first} fell on {ward} on {date} and that her hip was not X-rayed for <<3/7>>.
C: {d.tfull}, the consultant, accepted that the <<4AT of 5>> was put down to <<Lewy body dementia>> rather than pain.
C: The ward manager, {s1.full}, agreed that {p.first}, who is {age}, should have had the <<Nimbus mattress>> on admission.
C: You asked that letters go to {email} and that {s2.full} ring you on {mob}.
X: We found that the wrong hospital number was printed on one X-ray request, {hosp} being correct.
X: You also told us about the care at {home} after discharge.
X: {p.poss} GP, {gp}, has been sent a copy of this letter.
X: The action plan can be followed at {url}.
X: If you are not satisfied you may contact <<the PHSO>>.
E: Yours sincerely,\n\n{s2.full}\nHead of Patient Experience\nRef {ref2}
E: Yours sincerely,\n{s2.jh}\nComplaints Manager, {phone}
""", sex="F", old=True),
    _style("safeguarding_section42_outcome_letter", "letter",
           "council letter on a section 42 enquiry into a home care agency (old)",
           ("S42-#####", "ASC/####/@@"), r"""
H: {council}\nAdult Social Care\n{ldate}\n\n{p.tfull}\n{addrb}\n\nDear {p.title},
H: {council} - Adult Safeguarding\nOur reference: {ref}\n{ldate}\n\nDear {p.title},
C: I am writing to tell you the outcome of the enquiry into your care by {prov}, which began on {date}.
C: You told the social worker {s1.full} that the carer {o1.brk} had not given your <<Kapake>> and left you in bed for <<72 hours>>.
C: The agency's records show two visits on {date} signed by {o2.upper}, who was working elsewhere that day.
C: Your {rel}, {r.full}, gave evidence and can be reached on {mob}; we have also spoken to {gp}.
C: The enquiry found that neglect was substantiated; you were {age} at the time.
X: The agency's manager {s2.tfull} has agreed an action plan with the commissioning team.
X: A copy has been sent to <<the CQC>>, who regulate the agency.
X: Your old address, {addr2}, was still on the agency rota and has been removed.
X: Please contact us on {phone} or at {email2} if you have questions.
X: The district nurses found a <<Waterlow 19>> and a new sore on {date}.
E: Yours sincerely,\n{s1.full}\nSafeguarding Adults Manager\nRef {ref2}
E: Yours sincerely,\n{s1.jh}\nSection 42 enquiry officer
""", old=True, provider=("Kindred Homecare Ltd", "CarePlus Domiciliary Services", "Harbourside Home Support")),
    _style("orthodontic_records_mixup_letter", "letter",
           "hospital orthodontic department letter, another patient's models and X-rays sent",
           ("ORTH-####", "MAX/####/@"), r"""
H: Orthodontic Department\n{hospital}\n{ldate}\n\n{r.tfull}\n{addrb}\n\nDear {r.title},
H: {trust} - Maxillofacial and Orthodontics\nRef {ref}, {ldate}\n\nDear {r.title},
C: I am sorry to tell you that the records sent to your practice on {date} for {p.tfull} included another patient's radiographs.
C: The films belonged to {o1.full} and were sent by {s1.full} with the correct covering letter for {p.first}.
C: {d.tfull} has checked the treatment plan and no tooth was removed on the wrong records; <<UR6>> remains.
C: {p.poss} hospital number is {hosp} and her NHS number {nhs}; please destroy the other films.
C: You may call {s2.full} on {phone} or write to {email2}.
X: Your dentist, {gp}, has been told separately.
X: The <<Duraphat>> application on {date} went ahead as planned.
X: The other family has been told by {s2.jh}.
X: Our privacy notice is at {url}.
X: We have reported this to the ICO adviser, not to <<the GDC>>, as no clinical harm occurred.
E: Yours sincerely,\n{d.tfull}\nConsultant Orthodontist
E: Yours sincerely,\n{s2.full}\nDepartment Manager, ref {ref2}
""", sex="F"),
    _style("gp_repeat_prescription_error_email", "letter",
           "practice e-mail to a patient, a repeat of another patient's Ozempic issued",
           ("RX-#####", "EPS/####/@"), r"""
H: From: {s1.email}\nTo: {p.full} <{email}>\nDate: {ldate}\nSubject: Your repeat prescription (ref {ref})\n\nDear {p.title},
H: From: {gp} <{email2}>\nTo: {email}\nSent: {ldate}\nSubject: Prescription error {ref}\n\nDear {p.title},
C: I am writing about the repeat prescription sent to your pharmacy, {prov}, on {date}.
C: It included <<Ozempic>> 1mg, which was on the record of another patient, {o1.full}, merged into yours on <<EMIS Web>>.
C: Our pharmacist {s2.full} spotted it when you collected on {date}, before you took any.
C: Your record, NHS number {nhs}, date of birth {dob}, has been corrected by {d.tfull}.
C: If you have questions please call the practice on {phone} and ask for {s1.first}.
X: Your address, {addr}, was unaffected.
X: The same error gave {o1.first} your <<Priadel>>, and the practice has spoken to them.
X: We will report this to <<NHS England>> as a significant event.
X: You told us you are {age} and take <<Sytron>> for anaemia; this is correct on the record.
X: Your {rel} {r.full} called on {mob} and we spoke with your permission.
E: Kind regards,\n{s1.full}\nPractice Manager, {gp}
E: Best wishes,\n{d.title}\nGP partner, ref {ref2}
""", provider=("Pennine Pharmacy", "Calder Chemists Ltd", "Jaggers Community Pharmacy")),
    _style("childrens_social_care_strategy_invite_email", "letter",
           "children's social care e-mail inviting a GP to a strategy discussion, sent to the wrong practice (child)",
           ("CSC-#####", "MASH/####/@"), r"""
H: From: {s1.email}\nTo: {gp} <{email2}>\nSent: {ldate}\nSubject: RESTRICTED strategy discussion {ref}\n\nDear {d.title},
H: From: {council} MASH <{email2}>\nTo: {s2.email}\nDate: {ldate}\nSubject: Strategy invite {ref}\n\nDear {d.title},
C: Please join a strategy discussion about {p.full} (DOB {dob}, NHS {nhs}) held on {date}.
C: The referral was made by the school nurse {s2.full} after bruising was seen on {date}; {p.first} is {age}.
C: The family live at {addr}; {p.poss} mother is {r.tfull} and her partner is {o1.full}.
C: An earlier invite went to another practice by mistake and was opened by {o2.full}, a receptionist there.
C: The social worker {s1.full} can be reached on {phone} or {mob}.
X: The paediatrician at {hospital} noted <<PEWS 4>> and no <<Munchausen by proxy>> concern.
X: A police officer from the child abuse team will also attend.
X: Please bring any records from {date}.
X: The joint working protocol is at {url}.
X: {p.first} attends {prov}.
E: Regards,\n{s1.full}\nSocial Worker, {council}
E: Many thanks,\n{s1.jh}\nMASH Team Manager, ref {ref2}
""", child=True, provider=("Moorside Primary School", "St Aidan's CE Academy", "Calder Vale Nursery")),
    _style("ambulance_response_delay_complaint_reply", "letter",
           "ambulance service reply to a complaint, a five-hour wait after a fall (old)",
           ("AC-#####", "PALS/####/@@"), r"""
H: {prov}\nPatient Experience\n{ldate}\n\n{r.tfull}\n{addrb}\n\nOur ref: {ref}\n\nDear {r.title},
H: {prov} - Complaints\n{ldate}\nRef: {ref}\n\nDear {r.title},
C: Thank you for your letter of {date} about the care of your {rel}, {p.tfull}, who fell at home on {date}.
C: Your first call was coded as Category 3 and {p.first}, who is {age}, waited five hours and twenty minutes.
C: Our call handler {s1.full} did call back and recorded <<GCS 13/15>> and a cold room.
C: A crew was sent first to {addr2}, an old address held on our system; the right address is {addr}.
C: The clinician {s2.full} who reviewed the call accepted that the <<LUCAS device>> crew could have been diverted.
X: {p.title} was taken to {hospital}, where {d.title} treated her for a fractured wrist.
X: Your number, {mob}, and e-mail, {email}, are on the complaint record.
X: Our learning is published at {url}.
X: You may contact <<the PHSO>> if you remain unhappy.
X: Her GP, {gp}, has been sent the report.
E: Yours sincerely,\n{s2.full}\nHead of Patient Safety, ref {ref2}
E: Yours sincerely,\n{s2.jh}\nComplaints Lead, tel {phone}
""", sex="F", old=True, provider=("Pennine Ambulance Service NHS Trust", "North Coast Ambulance Service", "Three Rivers Ambulance Service")),
)  # fmt: skip

# Top-ups when a text is short of its target: prose and letters share SHARED, logs SHARED_LINES.
SHARED = (
    "The team agreed that the <<NEWS2 of 6>> had been charted but not acted on.",
    "Nobody on the shift had used the <<Accu-Chek Inform II>> reader before.",
    "The relevant policy was last reviewed before the move to <<SystmOne>>.",
    "{o4.full} from the next bay later said she had heard the alarm.",
    "A reflective account was asked for from {s2.full}.",
    "The family were offered a meeting and a named contact, {s1.full}.",
    "The incident was graded moderate harm and the Duty of Candour applied.",
    "Learning will be shared at the governance meeting and on {url}.",
    "The shift was two staff short and one of them was on a <<2/52>> induction.",
    "The <<Zoll AED>> had been checked that morning and was not needed.",
    "<<Kernig's sign>> was recorded as negative, which nobody disputed.",
    "A statement was also taken from {o5.full}, who was visiting at the time.",
    "The learning has been fed back to <<NHS England>> through the national reporting system.",
    "It was noted that the <<Trendelenburg position>> advice in the policy is out of date.",
    "A <<Valsalva manoeuvre>> had been tried by a student before help arrived.",
    "The group noted <<Graves' disease>> in the history, which did not change the outcome.",
    "The handover sheet was printed from <<Careflow>> at the start of the shift and not updated.",
    "An audit of the last <<6 weeks>> found two similar near misses.",
    "The review was discussed with the patient safety partner, {o4.full}.",
    "No <<Heimlich manoeuvre>> or other first aid was needed.",
)  # fmt: skip
SHARED_LINES = (
    "{time} <<SpO2 88%>> on air, escalated.",
    "{time} <<bleep 4471>> not answered; tried again.",
    "{time} {o4.full} asked at the desk for an update.",
    "{time} Datix raised by {s2.initd}.",
    "{time} <<K+ 5.9>> phoned through; repeat requested.",
    "{time} Handover given to night staff.",
    "{time} <<the 2222 call>> stood down.",
    "{time} Family informed; no concerns raised.",
    "{time} <<batch 0117 3321>> checked against the delivery note.",
    "{time} <<serial 0121-774>> device taken out of use.",
    "{time} Manager on call {o5.full} informed.",
    "{time} <<Corpuls monitor>> battery flat; swapped.",
    "{time} <<MUST 2>> recorded, referral to dietitian.",
    "{time} <<Omnipod>> alarm heard; checked.",
    "{time} <<Dexcom G7>> reading not matching the meter.",
    "{time} Observations due in <<48 hours>> per plan? Clarified: 4 hourly.",
    "{time} <<Kangaroo pump>> paused for transfer.",
    "{time} <<Clinical Frailty Scale 7>> noted.",
    "{time} <<Bristol type 6>> stool x2.",
    "{time} <<Todd's paresis>> resolving per medic.",
)  # fmt: skip


# A text thread, a CSV paste and a pipe table are topped up in their own format, not as a log.
SHARED_SMS = (
    "[{date} {time}] {r.first}: ok thanks",
    "[{date} {time}] HV: no problem, text anytime in office hours",
    "[{date} {time}] {r.first}: shes had <<Calpol>> at 6",
    "[{date} {time}] HV: did the <<Dioralyte>> help",
    "[{date} {time}] {r.first}: yes more wet nappies now, and the <<Movicol>> worked",
    "[{date} {time}] HV: great. any rash? if it doesnt fade under a glass ring 999",
    "[{date} {time}] {r.first}: no rash. {o4.lfirst} from next door says she looks better",
    "[{date} {time}] HV: ill note it. <<weight 3.12kg>> was def not hers",
    "[{date} {time}] {r.first}: shes been feeding every 3 hours for <<3/7>>",
    "[{date} {time}] HV: the walk in said <<PEWS 4>> which is ok",
)  # fmt: skip
SHARED_CSV = (
    '{date},{time},"{p.caps}",{nhs},"{addr}",{s1.init},no answer at door; key safe used',
    '{date},{time},"{p.caps}",{nhs},"{addr}",{s2.init},<<cap glucose 2.1>> treated with juice',
    '{date},{time},"{p.caps}",{nhs},"{addr}",{s1.init},<<Lantus>> given; <<Accu-Chek Inform II>> used',
    '{date},{time},"{o4.caps}",n/k,"{addr2}",{s2.init},not our patient - removed',
    '{date},{time},"{p.caps}",{nhs},"{addr}",{s2.init},<<MUST 2>>; food diary left',
    '{date},{time},"{p.caps}",{nhs},"{addr}",{s1.init},<<Waterlow 19>>; heels checked',
    '{date},{time},"{p.caps}",{nhs},"{addr}",{s1.init},visit late - car in garage',
    '{date},{time},"{p.caps}",{nhs},"{addr}",{s2.init},<<FreeStyle Libre>> reading 4.1',
    '{date},{time},"{p.caps}",{nhs},"{addr}",{s1.init},<<Sara Stedy>> and two staff',
    '{date},{time},"{p.caps}",{nhs},"{addr}",{s2.init},<<Nimbus mattress>> delivered',
)  # fmt: skip
SHARED_TABLE = (
    "| 3 | {p.caps} | {nhs} | <<Oramorph>> 2.5mg given | {s1.init} |",
    "| 3 | {p.caps} | {nhs} | <<glycopyrronium>> for secretions | {s2.init} |",
    "| 7 | {o4.caps} | n/k | admitted from {hospital} | {s1.init} |",
    "| 3 | {p.caps} | {nhs} | <<midazolam>> PRN x2 | {s2.init} |",
    "| 2 | {o4.caps} | n/k | <<T34 syringe driver>> reloaded | {s2.init} |",
    "| 3 | {p.caps} | {nhs} | mouth care; <<Abbey pain score 8>> | {s1.init} |",
    "| 8 | empty | - | deep clean | {s1.init} |",
    "| 3 | {p.caps} | {nhs} | <<levomepromazine>> added | {s1.init} |",
    "| 3 | {p.caps} | {nhs} | chaplain visited | {s2.init} |",
    "| 1 | {o4.caps} | n/k | <<Sara Stedy>> for transfers | {s2.init} |",
)  # fmt: skip
_OWN_TOP_UPS = {
    "health_visitor_text_thread": SHARED_SMS,
    "district_nurse_insulin_visit_csv": SHARED_CSV,
    "hospice_bed_state_table": SHARED_TABLE,
}


def _shared(style: Style) -> tuple[str, ...]:
    if style.name in _OWN_TOP_UPS:
        return _OWN_TOP_UPS[style.name]
    return SHARED_LINES if style.register == "lines" else SHARED


def alternatives() -> int:
    per_style = sum(
        len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES
    )
    own = sum(map(len, _OWN_TOP_UPS.values()))
    return per_style + len(SHARED) + len(SHARED_LINES) + own


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------

HOSP_FORMS = ("A999999", "AAA-99999", "99A999999", "AA99/9999")
_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS = {9: "ninety", 8: "eighty", 7: "seventy", 6: "sixty", 5: "fifty", 4: "forty",
         3: "thirty", 2: "twenty"}  # fmt: skip
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen")  # fmt: skip


def _words(n: int) -> str:
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {_words(rest)}" if rest else "")
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return _TENS[tens] + (f"-{_UNITS[unit]}" if unit else "")


def _shape(rng: random.Random, shape: str) -> str:
    return "".join(
        str(rng.randint(0, 9)) if c in "9#" else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        if c in "A@" else c
        for c in shape
    )


def _date_forms(day: date, *, year: bool) -> list[str]:
    month, wd = MONTHS[day.month - 1], WEEKDAYS[day.weekday()]
    yy = f"{day:%y}"
    forms = [
        f"{day:%d/%m/%Y}", f"{day.day}/{day.month}/{yy}", f"{ordinal(day.day)} {month} {day.year}",
        f"{day.day} {month} {day.year}", f"{day:%d}{month[:3].upper()}{day.year}",
        f"{day.day} {month[:3].upper()} {day.year}", f"{day.day}.{day.month}.{yy}",
        f"{day:%d-%m-%Y}", f"{day.day}-{month[:3]}-{day.year}", f"{month} {day.day}, {day.year}",
        f"{wd[:3]} {day:%d/%m/%Y}", day.isoformat(), f"{day:%d.%m.%Y}", f"{day:%Y/%m/%d}",
        f"{ordinal(day.day)} of {month} {day.year}", f"{month[:3]} {day.day}, {day.year}",
        f"{day.day} {month} {yy}", f"{wd}, {ordinal(day.day)} {month} {day.year}",
    ]
    if not year:
        forms += [
            f"{wd[:3]} {ordinal(day.day)} {month[:3]}", f"{wd} the {ordinal(day.day)}",
            f"{wd[:3]} {day.day}/{day.month}", f"the {ordinal(day.day)} of {month}",
            f"{ordinal(day.day)} {month}", f"{day.day} {month[:3]}", f"{day:%d/%m}",
            f"{wd} {day.day} {month}",
        ]
    return forms


def _phone(rng: random.Random, code: str) -> str:
    local_len = 11 - len(code)
    local = "".join(str(rng.randint(0, 9)) for _ in range(local_len))
    local = str(rng.randint(2, 8)) + local[1:]
    if local_len == 8:
        spaced = f"{local[:4]} {local[4:]}"
    elif local_len == 7:
        spaced = f"{local[:3]} {local[3:]}"
    else:
        spaced = local
    forms = [
        f"{code} {spaced}", f"{code}{local}", f"({code}) {spaced}", f"+44 {code[1:]} {spaced}",
        f"+44 (0){code[1:]} {spaced}", f"{code}-{local}",
    ]
    number = rng.choice(forms)
    roll = rng.random()
    if roll < 0.12:
        number += f" ext {rng.randint(1000, 9999)}"
    elif roll < 0.22:
        number += f" x{rng.randint(1000, 9999)}"
    return number


def _mobile(rng: random.Random) -> str:
    digits = f"07{rng.randint(4, 9)}{rng.randint(0, 99999999):08d}"
    return rng.choice([
        f"{digits[:5]} {digits[5:]}", digits, f"{digits[:5]}-{digits[5:8]}-{digits[8:]}",
        f"{digits[:5]} {digits[5:8]} {digits[8:]}", f"{digits[:4]} {digits[4:7]} {digits[7:]}",
        f"+44 {digits[1:5]} {digits[5:]}", f"+44{digits[1:]}", f"({digits[:5]}) {digits[5:]}",
    ])  # fmt: skip


def _age_pieces(rng: random.Random, n: int, *, newborn: bool = False) -> list[tuple]:
    """The age as a phrase: (text, kind) pieces, kind "AGE" (over 89), "NEG" or None."""
    kind = "AGE" if n > 89 else "NEG"
    if newborn:
        return [(str(n), "NEG"), (" days old", None)]
    if n >= 19 and rng.random() < 0.15:
        word = _words(n)
        return rng.choice([
            [("aged ", None), (word, kind)], [(word, kind), (" years of age", None)],
            [(word, kind), (" years old", None)],
        ])  # fmt: skip
    text = str(n)
    return rng.choice([
        [("aged ", None), (text, kind)], [(text, kind), ("yo", None)],
        [(text, kind), (" y/o", None)], [(text, kind), (" years old", None)],
        [("age ", None), (text, kind)], [(text, kind), ("y", None)],
        [(text, kind), (" yrs", None)], [(text, kind)],
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------
# One case and its text
# ---------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"(\{\w+(?:\.\w+)?\}|<<.+?>>)")
RELATIONS = {"F": ("daughter", "wife", "sister", "niece", "mother", "partner"),
             "M": ("son", "husband", "brother", "nephew", "father", "partner")}  # fmt: skip
MAIL_DOMAINS = ("btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "sky.com")
TEAMS = ("records", "safeguarding", "patientsafety", "complaints", "screening", "clinicaladmin")
URL_FORMS = (
    "https://www.{slug}.nhs.uk/learning/{code}", "www.{slug}.nhs.uk/complaints",
    "https://forms.office.com/r/{code}", "https://intranet.{slug}.nhs.uk/bulletin/{code}",
    "{slug}.nhs.uk/feedback",
)  # fmt: skip


@dataclass
class _Case:
    rng: random.Random
    style: Style
    people: dict[str, Person]
    values: dict[str, str]
    used: set[str]
    record: bool
    dot: bool
    start: date
    date_form: int | None
    clock: list[int]
    clock_form: int
    address: dict[str, str]
    age: int
    dob: date
    nhs_layout: int
    days: list[date] = field(default_factory=list)


def _unique_person(rng, used: set[str], sex: str, slot: str, title: str) -> Person:
    for _ in range(60):
        first, last, names, nick = _draw(rng, sex)
        person = Person(first, last, sex, names, title, nick=nick, slot=slot)
        parts = person.parts()
        if parts & used or any(len(p) < 2 or p in HONORIFIC_WORDS for p in parts):
            continue
        used |= parts
        return person
    raise RuntimeError("could not draw a fresh name")  # pragma: no cover


def _title(rng, sex: str, *, child: bool = False, patient: bool = False) -> str:
    if child:
        return "Miss" if sex == "F" else "Master"
    if sex == "M":
        return "Mr"
    return rng.choice(("Mrs", "Ms", "Miss")) if patient else rng.choice(("Mrs", "Ms"))


def _case(rng: random.Random, style: Style) -> _Case:
    town, area, code = rng.choice(TOWNS)
    region = rng.choice(REGIONS)
    used: set[str] = set()
    child = style.child
    psex = style.sex or rng.choice("FM")
    people = {
        "p": _unique_person(rng, used, psex, "p", _title(rng, psex, child=child, patient=True))
    }
    rsex = "F" if child else rng.choice("FM")
    people["r"] = _unique_person(rng, used, rsex, "r", _title(rng, rsex))
    for slot in ("s1", "s2", "o1", "o2", "o3"):
        sex = rng.choice("FM")
        people[slot] = _unique_person(rng, used, sex, slot, _title(rng, sex))
    people["d"] = _unique_person(rng, used, rng.choice("FM"), "d", "Dr")
    record = rng.random() >= 0.12
    if record:
        people["p"].in_record = True
        people["r"].in_record = rng.random() < 0.7
        for slot in ("s1", "s2", "d"):
            people[slot].in_record = rng.random() < 0.3
    # The patient's age, and a date of birth that gives it at the first event.
    start = date(2024, 1, 1) + timedelta(days=rng.randint(0, 960))
    start = start.replace(day=min(start.day, 28))
    if style.ages == (0, 0):
        age = rng.randint(20, 40)
        dob = start - timedelta(days=rng.randint(5, 8))
    else:
        if child:
            age = rng.randint(1, 15)
        elif style.ages:
            age = rng.randint(*style.ages)
        elif rng.random() < (0.7 if style.old else 0.25):
            age = rng.randint(90, 104 if style.old else 102)
        else:
            age = rng.randint(60 if style.old else 19, 89)
        dob = start.replace(year=start.year - age) - timedelta(days=rng.randint(1, 360))
    # The address, in one written form per text.
    locality = rng.choice(LOCALITIES)
    street = rng.choice(STREETS)
    house = str(rng.randint(1, 240))
    flat = f"Flat {rng.randint(1, 24)}, " if rng.random() < 0.25 else ""
    pc = postcode(rng, area)
    known_address = f"{flat}{house} {street}, {locality}, {town}, {pc}"
    line = f"{flat}{house} {street}, {locality}, {town}"
    form = rng.choice(("commas", "commas", "caps", "mixed"))
    if form == "caps":
        written, sep = line.replace(",", "").upper(), " "
    elif form == "mixed":
        written, sep = line.replace(",", ""), " "
    else:
        written, sep = line, ", "
    pc_written = rng.choice((pc, pc, pc.replace(" ", ""), pc.replace(" ", "  "), pc.lower()))
    old_street = rng.choice([s for s in STREETS if s != street])
    address = {
        "addr": written, "sep": sep, "pc": pc_written, "known": known_address,
        "block": f"{flat}{house} {street}\n{locality}\n{town}",
        "old": f"{rng.randint(1, 240)} {old_street}, {rng.choice(LOCALITIES)}, {town}",
    }  # fmt: skip
    slug = _fold(region).replace(" ", "") + rng.choice(("health", "care", "nhs"))
    # The personal e-mail is the relative's, but the patient's own where the letter goes to them.
    mailer = people["p"] if style.name == "gp_repeat_prescription_error_email" else people["r"]
    rsex_first = re.sub(r"[^a-z]", "", _fold(mailer.first))
    rlast = re.sub(r"[^a-z]", "", _fold(mailer.last))
    values = {
        "hospital": rng.choice(HOSPITAL_FORMS).format(town=town),
        "hospital2": rng.choice(HOSPITAL_FORMS).format(town=town),
        "trust": rng.choice(TRUST_FORMS).format(town=town, region=region),
        "gp": rng.choice(GP_FORMS),
        "council": rng.choice(COUNCIL_FORMS).format(town=town, region=region),
        "prov": rng.choice(style.provider) if style.provider else rng.choice(GP_FORMS),
        "ward": rng.choice(WARDS), "ward2": rng.choice(WARDS), "home": rng.choice(HOMES),
        "street": rng.choice(STREETS),
        "ref": _shape(rng, style.refs[0]), "ref2": _shape(rng, style.refs[1]),
        "hosp": _shape(rng, rng.choice(HOSP_FORMS)),
        "nhs": nhs_number(rng), "phone": _phone(rng, code), "mob": _mobile(rng),
        "email": rng.choice((
            f"{rsex_first}.{rlast}{rng.randint(1, 99)}@{rng.choice(MAIL_DOMAINS)}",
            f"{rsex_first[0]}{rlast}@{rng.choice(MAIL_DOMAINS)}",
            f"{rlast}family@{rng.choice(MAIL_DOMAINS)}",
        )),
        "email2": f"{_fold(town).replace(' ', '').replace('-', '')}.{rng.choice(TEAMS)}@nhs.net",
        "url": rng.choice(URL_FORMS).format(slug=slug, code=_shape(rng, "@@##@#")),
        "rel": "mother" if child else rng.choice(RELATIONS[rsex]),
    }  # fmt: skip
    if values["hospital2"] == values["hospital"]:
        values["hospital2"] = "St Aidan's Hospital" if "Aidan" not in values["hospital"] else (
            "Queen Mary's Hospital"
        )
    logs = style.register == "lines"
    date_form = rng.randrange(26) if logs and rng.random() < 0.7 else None
    return _Case(
        rng=rng, style=style, people=people, values=values, used=used, record=record,
        dot=rng.random() < 0.2, start=start, date_form=date_form,
        clock=[rng.randint(6, 12) * 60 + rng.choice((0, 10, 20, 35, 45))],
        clock_form=rng.randrange(4), address=address, age=age, dob=dob,
        nhs_layout=rng.randrange(3),
    )  # fmt: skip


def _initials(person: Person) -> str:
    words = [person.first, *re.split(r"[\s-]+", person.last)][:3]
    return "".join((_fold(w) or "x")[0].upper() for w in words)


def _hon(case: _Case, person: Person) -> str:
    return person.title + ("." if case.dot else "")


def _person(case: _Case, who: str, form: str) -> list[tuple]:
    rng = case.rng
    if who in ("o4", "o5"):
        sex = rng.choice("FM")
        person = _unique_person(rng, case.used, sex, who, _title(rng, sex))
    else:
        person = case.people[who]
    meta = {"names": person.names, "in_record": person.in_record and case.record}
    first = person.first
    if form == "full":
        roll = rng.random()
        form = (
            "upper" if roll < 0.08 else "lower" if roll < 0.13 else "caps" if roll < 0.2
            else "jh" if roll < 0.27 else "full"
        )  # fmt: skip
    if form in ("first", "nick") and person.nick and (form == "nick" or rng.random() < 0.5):
        first = person.nick
    full = f"{person.first} {person.last}"
    text = {
        "full": full, "first": first, "nick": first, "poss": first, "last": person.last,
        "title": f"{_hon(case, person)} {person.last}",
        "tfull": f"{_hon(case, person)} {full}",
        "init": _initials(person), "initd": ".".join(_initials(person)) + ".",
        "caps": f"{person.last.upper()}, {person.first}", "upper": full.upper(),
        "lower": full.lower(), "lfirst": person.first.lower(),
        "jh": f"{_fold(person.first)[:1].upper()}{rng.choice(('.', ''))} {person.last}",
        "brk": f"{person.first}\n{person.last}",
    }  # fmt: skip
    if form == "email":
        local = f"{_fold(person.first)}.{_fold(person.last)}"
        local = re.sub(r"[^a-z.-]", "", local)
        return [(f"{local}@nhs.net", "EMAIL", None)]
    return [(text[form], "PERSON", meta)]


def _next_date(case: _Case) -> date:
    steps = {"lines": (0, 1), "prose": (0, 5), "letter": (0, 7)}[case.style.register]
    day = case.start if not case.days else case.days[-1] + timedelta(
        days=case.rng.randint(*steps)
    )
    case.days.append(day)
    return day


def _format_date(case: _Case, day: date, *, year: bool, fixed: int | None = None) -> str:
    forms = _date_forms(day, year=year)
    if fixed is not None:
        return forms[fixed % len(forms)]
    return case.rng.choice(forms)


def _time(case: _Case) -> str:
    minutes = case.clock[-1] + case.rng.randint(3, 40)
    case.clock.append(minutes)
    h, m = divmod(minutes, 60)
    return (f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}hrs", f"{h:02d}.{m:02d}", f"{h:02d}{m:02d}")[
        case.clock_form
    ]


def _value(case: _Case, slot: str) -> list[tuple]:
    rng, values, address = case.rng, case.values, case.address
    if slot == "date":
        return [(_format_date(case, _next_date(case), year=False, fixed=case.date_form), "DATE", None)]
    if slot == "ldate":
        return [(None, "LDATE", None)]
    if slot == "dob":
        return [(_format_date(case, case.dob, year=True), "DATE", None)]
    if slot == "age":
        pieces = _age_pieces(rng, case.age, newborn=case.style.ages == (0, 0))
        return [(text, kind, None) for text, kind in pieces]
    if slot == "nhs":
        n = values["nhs"]
        layout = (n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}")
        return [(layout[case.nhs_layout], "NHS_NUMBER", None)]
    if slot == "addr":
        return [(address["addr"], "ADDRESS", None), (address["sep"], None, None),
                (address["pc"], "POSTCODE", None)]  # fmt: skip
    if slot == "addrb":
        return [(address["block"], "ADDRESS", None), ("\n", None, None),
                (address["pc"], "POSTCODE", None)]  # fmt: skip
    if slot == "addr2":
        return [(address["old"], "ADDRESS", None)]
    if slot == "time":
        return [(_time(case), None, None)]
    if slot == "rel":
        return [(values["rel"], None, None)]
    label = {
        "hosp": "HOSPITAL_NUMBER", "ward": "LOCATION", "ward2": "LOCATION", "home": "LOCATION",
        "street": "LOCATION", "hospital": "ORGANISATION", "hospital2": "ORGANISATION",
        "trust": "ORGANISATION", "gp": "ORGANISATION", "council": "ORGANISATION",
        "prov": "ORGANISATION", "ref": "ID", "ref2": "ID", "phone": "PHONE", "mob": "PHONE",
        "email": "EMAIL", "email2": "EMAIL", "url": "URL",
    }[slot]  # fmt: skip
    return [(values[slot], label, None)]


def _fill(case: _Case, sentence: str) -> list[tuple]:
    pieces: list[tuple] = []
    for token in _TOKEN.split(sentence):
        if not token:
            continue
        if token.startswith("<<"):
            pieces.append((token[2:-2], "NEG", None))
        elif token.startswith("{"):
            name = token[1:-1]
            if "." in name:
                who, form = name.split(".")
                pieces += _person(case, who, form)
            else:
                pieces += _value(case, name)
        else:
            pieces.append((token, None, None))
    return pieces


def _estimate(sentence: str) -> int:
    return len(re.sub(r"\{[^}]+\}", "xx yy", sentence.replace("<<", "").replace(">>", "")).split())


def _plan(rng: random.Random, style: Style) -> list[str]:
    """The sentences of one text, in order: header, core with extras and top-ups, ending."""
    # Letters are shorter, so fewer top-ups land in them.
    if style.register == "letter":
        target = max(225, min(330, round(rng.gauss(270, 30))))
    else:
        target = max(235, min(370, round(rng.gauss(305, 35))))
    header, ending = rng.choice(style.headers), rng.choice(style.endings)
    body = list(style.core)
    words = sum(map(_estimate, (header, ending, *body)))
    for pool in (style.extras, _shared(style)):
        for sentence in rng.sample(pool, len(pool)):
            if words >= target:
                break
            body.insert(rng.randint(2, len(body)), sentence)
            words += _estimate(sentence)
    return [header, *body, ending]


def _join(rng: random.Random, style: Style, sentences: list[str]) -> list[str]:
    """Sentences with the separators between them (paragraphs for prose and letters)."""
    header, *body, ending = sentences
    if style.register == "lines":
        out = [header]
        for sentence in [*body, ending]:
            out += ["\n", sentence]
        return out
    out = [header, "\n\n"]
    size, count = (3 if style.register == "letter" else rng.randint(3, 5)), 0
    for index, sentence in enumerate(body):
        if index:
            if count >= size:
                out.append("\n\n")
                count = 0
                size = 3 if style.register == "letter" else rng.randint(3, 5)
            else:
                out.append(" ")
        out.append(sentence)
        count += 1
    return [*out, "\n\n", ending]


def _build(rng: random.Random, number: int, style: Style) -> tuple[Example, list[tuple[int, int]]]:
    for _ in range(20):
        case = _case(rng, style)
        parts = _join(rng, style, _plan(rng, style))
        pieces: list[tuple] = []
        for index, part in enumerate(parts):
            pieces += _fill(case, part) if index % 2 == 0 else [(part, None, None)]
        letter_day = case.days[-1] if case.days else case.start
        letter_day += timedelta(days=rng.randint(2, 21))
        text_parts, gold, negatives, length = [], [], [], 0
        for index, (text, label, meta) in enumerate(pieces):
            if label == "LDATE":
                text, label = _format_date(case, letter_day, year=True), "DATE"
            if index and label is None and text.startswith(".") and text_parts[-1].endswith("."):
                text = text[1:]  # dotted initials end the sentence: the full stop is not doubled
            if label == "NEG":
                negatives.append((length, length + len(text)))
            elif label is not None:
                gold.append(GoldSpan(length, length + len(text), label, **(meta or {})))
            text_parts.append(text)
            length += len(text)
        text = "".join(text_parts)
        if LOW_WORDS <= len(text.split()) <= HIGH_WORDS:
            break
    known: dict = {}
    if case.record:
        p = case.people["p"]
        names = [f"{p.title} {p.first} {p.last}" if rng.random() < 0.4 else f"{p.first} {p.last}"]
        names += [
            f"{case.people[s].first} {case.people[s].last}"
            for s in ("r", "s1", "s2", "d")
            if case.people[s].in_record
        ]
        known = {
            "names": names, "nhs_number": case.values["nhs"],
            "date_of_birth": case.dob.isoformat(), "hospital_number": case.values["hosp"],
            "address": case.address["known"],
        }  # fmt: skip
    example = Example(
        id=f"{PREFIX}-{number:06d}", text=text, known=known, gold=tuple(gold), kind=style.name
    )
    return example, negatives


def example(rng: random.Random, number: int) -> Example:
    return _build(rng, number, rng.choice(STYLES))[0]


def _deal(count: int, seed: int) -> Iterator[tuple[Example, list[tuple[int, int]]]]:
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = rng.sample(STYLES, len(STYLES))
        yield _build(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    for item, _ in _deal(count, seed):
        yield item


def generate_with_negatives(count: int, seed: int = 1) -> Iterator[tuple[Example, list]]:
    yield from _deal(count, seed)
