"""An eighteenth blind de-identification pack: 25 NHS and social care document types no earlier
pack used, with the exact gold span of every identifier and the look-alikes written in.

Written without reading the engine (see evaluation_blind18.md). Plain Python: only the shared
infrastructure of ``learnloop.sharing.evaluation`` and the standard library are imported.
"""

from __future__ import annotations

import random
import re
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
    postcode,
)

__all__ = ["LABELS", "generate", "example", "generate_with_negatives", "STYLES"]

PREFIX = "blind18"
LOW_WORDS = 200
HIGH_WORDS = 420

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT_DAYS = ("Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun")

# ---------------------------------------------------------------------------------------------
# Places: town, postcode area, dialling code; two localities each
# ---------------------------------------------------------------------------------------------

TOWNS = (
    ("Kendal", "LA", "01539"), ("Whitby", "YO", "01947"), ("Scarborough", "YO", "01723"),
    ("Barnstaple", "EX", "01271"), ("Penzance", "TR", "01736"), ("Yeovil", "BA", "01935"),
    ("Dorchester", "DT", "01305"), ("Chichester", "PO", "01243"), ("Hastings", "TN", "01424"),
    ("Folkestone", "CT", "01303"), ("Margate", "CT", "01843"), ("Chelmsford", "CM", "01245"),
    ("Southend-on-Sea", "SS", "01702"), ("Kettering", "NN", "01536"),
    ("Grantham", "NG", "01476"), ("Skegness", "PE", "01754"), ("Grimsby", "DN", "01472"),
    ("Scunthorpe", "DN", "01724"), ("Rotherham", "S", "01709"), ("Sheffield", "S", "0114"),
    ("Oldham", "OL", "0161"), ("Rochdale", "OL", "01706"), ("Burnley", "BB", "01282"),
    ("Blackpool", "FY", "01253"), ("Southport", "PR", "01704"), ("Crewe", "CW", "01270"),
    ("Macclesfield", "SK", "01625"), ("Telford", "TF", "01952"), ("Kidderminster", "DY", "01562"),
    ("Walsall", "WS", "01922"), ("Stafford", "ST", "01785"), ("Bangor", "LL", "01248"),
    ("Aberystwyth", "SY", "01970"), ("Llanelli", "SA", "01554"), ("Newport", "NP", "01633"),
    ("Dundee", "DD", "01382"), ("Aberdeen", "AB", "01224"), ("Glasgow", "G", "0141"),
    ("Newry", "BT", "028"), ("Lisburn", "BT", "028"),
)  # fmt: skip
LOCALITIES = {
    "Kendal": ("Sandylands", "Mintsfeet"), "Whitby": ("Ruswarp", "Stainsacre"),
    "Scarborough": ("Falsgrave", "Eastfield"), "Barnstaple": ("Newport", "Sticklepath"),
    "Penzance": ("Newlyn", "Heamoor"), "Yeovil": ("Preston Plucknett", "Hendford"),
    "Dorchester": ("Fordington", "Poundbury"), "Chichester": ("Summersdale", "Donnington"),
    "Hastings": ("Ore", "Silverhill"), "Folkestone": ("Cheriton", "Sandgate"),
    "Margate": ("Cliftonville", "Garlinge"), "Chelmsford": ("Springfield", "Moulsham"),
    "Southend-on-Sea": ("Prittlewell", "Westcliff"), "Kettering": ("Barton Seagrave", "Ise Lodge"),
    "Grantham": ("Harrowby", "Earlesfield"), "Skegness": ("Winthorpe", "Seathorne"),
    "Grimsby": ("Scartho", "Nunsthorpe"), "Scunthorpe": ("Ashby", "Frodingham"),
    "Rotherham": ("Kimberworth", "Wickersley"), "Sheffield": ("Hillsborough", "Gleadless"),
    "Oldham": ("Chadderton", "Royton"), "Rochdale": ("Castleton", "Norden"),
    "Burnley": ("Rosegrove", "Burnley Wood"), "Blackpool": ("Layton", "Marton"),
    "Southport": ("Birkdale", "Churchtown"), "Crewe": ("Wistaston", "Shavington"),
    "Macclesfield": ("Tytherington", "Hurdsfield"), "Telford": ("Madeley", "Hadley"),
    "Kidderminster": ("Franche", "Habberley"), "Walsall": ("Bloxwich", "Caldmore"),
    "Stafford": ("Baswich", "Rickerscote"), "Bangor": ("Hirael", "Maesgeirchen"),
    "Aberystwyth": ("Penparcau", "Llanbadarn Fawr"), "Llanelli": ("Furnace", "Felinfoel"),
    "Newport": ("Maindee", "Malpas"), "Dundee": ("Lochee", "Broughty Ferry"),
    "Aberdeen": ("Torry", "Kittybrewster"), "Glasgow": ("Govanhill", "Partick"),
    "Newry": ("Derrybeg", "Drumalane"), "Lisburn": ("Lambeg", "Hilden"),
}  # fmt: skip
STREET_WORDS = (
    "Curlew", "Dunlin", "Sandpiper", "Plover", "Godwit", "Whimbrel", "Turnstone", "Redshank",
    "Shelduck", "Samphire", "Flint", "Slate", "Granite", "Chalk", "Marlpit", "Kiln", "Tannery",
    "Ropewalk", "Saltpan", "Lime Kiln", "Bargeman", "Wheelwright", "Farrier", "Cordwainer",
)  # fmt: skip
STREET_KINDS = ("Road", "Street", "Lane", "Close", "Way", "Row", "Terrace", "Avenue", "Court")
WARD_HILLS = (
    "Helvellyn", "Skiddaw", "Cheviot", "Pendle", "Snowdon", "Malvern", "Mendip", "Quantock",
    "Cairngorm", "Preseli", "Kinder", "Wrekin", "Roseberry", "Blencathra", "Lomond", "Cadair",
)  # fmt: skip
WARD_FORMS = ("{w} Ward", "Ward {w}", "{w} Unit", "{w} ward", "{w} Suite")
HOME_WORDS = (
    "Godrevy", "Skerryvore", "Souter", "Flamborough", "Trevose", "Bell Rock", "Longships",
    "Eddystone", "Spurn Point", "Smalls", "Lundy", "St Bees",
)  # fmt: skip
HOME_FORMS = ("{w} House", "{w} Lodge", "{w} Care Home", "{w} Nursing Home", "{w} Court")
SAINTS = ("Aidan's", "Cuthbert's", "Petroc's", "Piran's", "Oswald's", "Columba's", "Bride's")
HOSPITAL_FORMS = (
    "{town} Royal Infirmary", "{town} District Hospital", "{town} Community Hospital",
    "St {saint} Hospital", "Royal {town} Hospital", "{town} General Infirmary",
)  # fmt: skip
TRUST_FORMS = (
    "{town} Hospitals NHS Foundation Trust", "{town} and District NHS Trust",
    "North {town} Healthcare NHS Trust", "{town} Community and Mental Health NHS Trust",
)  # fmt: skip
GP_WORDS = ("Harbourside", "Castlegate", "Quayside", "Saltings", "Priory Fields", "Old Forge")
GP_FORMS = ("{w} Medical Practice", "{w} Surgery", "{street} Health Centre", "{w} Family Doctors")
COUNCIL_FORMS = ("{town} Borough Council", "{town} City Council", "{town} District Council")

NATIONAL = (
    "the CQC", "NHS England", "the MHRA", "the NMC", "the GMC", "HSSIB", "the ICO", "NICE",
    "the PHSO", "the UKHSA", "the Coroner's office", "the HCPC",
)  # fmt: skip
LOOKALIKES = {
    "eponyms": (
        "Parkinson's disease",
        "Addison's disease",
        "Korsakoff's syndrome",
        "Foley catheter",
        "Seldinger technique",
        "Kussmaul breathing",
        "Glasgow Coma Scale",
        "Hartmann's solution",
        "Crohn's disease",
        "Down's syndrome",
        "Alzheimer's disease",
        "Cushing's response",
        "Heimlich manoeuvre",
        "Yankauer sucker",
        "Bristol Stool Chart",
        "Guedel airway",
    ),
    "drugs": (
        "Actrapid",
        "Lantus",
        "Humulin I",
        "Fixed-rate insulin",
        "Clexane",
        "apixaban",
        "Oramorph",
        "lorazepam",
        "haloperidol",
        "Thick and Easy",
        "Fortisip",
        "Ensure Plus",
        "Dermol 500",
        "Epaderm",
        "Zerobase",
        "paracetamol",
        "Movicol",
        "Madopar",
        "co-codamol",
        "Adcal-D3",
        "Gaviscon",
        "Parvolex",
        "sodium chloride 0.9%",
        "glucose 5%",
        "Plasma-Lyte 148",
    ),
    "doses": (
        "10 units",
        "6 units/hr",
        "5mg",
        "2.5mg",
        "1g QDS",
        "500ml",
        "80ml/hr",
        "4 units",
        "0.5mg",
        "30mg",
    ),
    "scores": (
        "NEWS2 of 6",
        "NEWS2 of 3",
        "GCS 14/15",
        "GCS 9/15",
        "MUST 3",
        "Waterlow 22",
        "Clinical Frailty Scale 7",
        "4AT of 6",
        "PEWS 4",
        "IDDSI level 4",
        "IDDSI level 7",
        "Abbey score 11",
        "Rockwood 6",
    ),
    "national": NATIONAL,
    "devices": (
        "Alaris pump",
        "Alaris GP",
        "Sapphire pump",
        "CADD pump",
        "Rocket chest drain",
        "Portex drain",
        "Zoll defibrillator",
        "Lifepak 15",
        "Bladderscan",
        "Airflow 5000",
        "Nervecentre",
        "SystmOne",
        "EMIS Web",
        "Lorenzo record",
        "Teams",
        "Attend Anywhere",
        "Careflow",
        "iPad",
        "Keysafe",
        "Tunstall pendant",
        "Libre sensor",
    ),
    "numbers": (
        "pH 7.08",
        "ketones 5.2",
        "capillary glucose 27.4",
        "sodium 118",
        "sodium 121",
        "SpO2 89%",
        "BP 92/54",
        "HR 124",
        "RR 30",
        "temperature 38.4",
        "bleep 4417",
        "lot 7719204",
        "balance +1850ml",
        "output 15ml/hr",
        "weight 41.2kg",
        "size 16Ch",
        "30ml balloon",
        "X-ray at 2/52",
        "the 2222 call",
        "ext 5520",
    ),
    "durations": (
        "3/7",
        "2/52",
        "48 hours",
        "four hours",
        "six weeks",
        "20 minutes",
        "a fortnight",
        "overnight",
        "72 hours",
        "10 days",
    ),
    "beds": ("bay 4 bed 2", "bed 11", "side room 3", "room 14", "cubicle 6", "bay C"),
}
# Initials that would read as a clinical abbreviation are never written; "J. Hall" instead.
CLINICAL_INITIALS = frozenset(
    "IV IM GP OT PE BP DN NG PR PV SC HR RR ED AE CT MR UK NA OK HB ID TV DA PA SA PT MS PH IN "
    "AM PM NO ON OR AN AS AT BE BY DO GO HE IS IT ME MY OF SO TO UP US WE".split()
)

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

NICKNAMES = {
    "Phyllis": ("Phyl",), "Hilda": ("Hil",), "Sylvia": ("Syl",), "Mabel": ("Mab",),
    "Dorothea": ("Thea",), "Percival": ("Percy",), "Cecil": ("Ces",), "Clarence": ("Clarrie",),
    "Victor": ("Vic",), "Edwin": ("Eddy", "Ned"), "Maurice": ("Mo", "Moe"), "Josiah": ("Joss",),
}  # fmt: skip
OLD_F = ("Phyllis", "Hilda", "Sylvia", "Mabel", "Dorothea", "Muriel", "Beryl", "Vera", "Nellie")
OLD_M = ("Percival", "Cecil", "Clarence", "Victor", "Edwin", "Maurice", "Josiah", "Horace",
         "Lionel")  # fmt: skip
WORD_NAMES = {
    "F": ("Linnet", "Tansy", "Sorrel", "Coral", "Ivory", "Lark", "Breeze", "Ember"),
    "M": ("Ridge", "Vale", "Brooks", "Reef", "Thorn", "Falcon", "Onyx", "Pike"),
}
ALL_WORD_NAMES = frozenset(WORD_NAMES["F"] + WORD_NAMES["M"])
OWN_F = (
    "Ubah", "Idil", "Hibaaq", "Deeqa", "Sumathi", "Vasuki", "Pavithra", "Falguni", "Jinal",
    "Komal", "Sevgi", "Gülay", "Stavroula", "Despina", "Paulette", "Claudette", "Hyacinth",
    "Dovile", "Egle", "Simona", "Loredana", "Marivic", "Jhoanna", "Avin", "Gulistan", "Kerenza",
    "Morwenna", "Elspeth", "Clodagh", "Hoi Ying", "Shannon-Rose", "Jodie-Ann",
)  # fmt: skip
OWN_M = (
    "Guled", "Kumaran", "Ganesh", "Hiren", "Ketan", "Mitesh", "Erdal", "Cemal", "Christakis",
    "Stelios", "Errol", "Leroy", "Vytautas", "Arunas", "Gintaras", "Sorin", "Cosmin", "Arnel",
    "Jomar", "Dilshad", "Hawre", "Jory", "Struan", "Fiachra", "Ronan", "Kai-Ming",
    "Brandon-Lee", "Kaiden-Jay",
)  # fmt: skip
OWN_LAST = (
    "Hirsi", "Egal", "Sivalingam", "Rajaratnam", "Kanagaratnam", "Vekaria", "Kotecha", "Solanki",
    "Hirani", "Kaya", "Demir", "Georgiou", "Charalambous", "Hadjipavlou", "Grant-Williams",
    "Bailey-Forbes", "Ricketts", "Jankauskas", "Stanciu", "Lungu", "Bautista", "Villanueva",
    "Barzani", "Hawrami", "Chenoweth", "Trelawny", "Nancarrow", "Urquhart", "Mac Dhòmhnaill",
    "Ní Cheallaigh", "de Freitas", "bint Salim", "Yeung", "Holroyd", "Sugden", "Nuttall",
    "Crabtree", "Korsakoff", "Seldinger", "Guedel", "Yankauer",
)  # fmt: skip
HONORIFIC_WORDS = {"mr", "mrs", "ms", "miss", "dr", "master", "mx"}


@dataclass
class P:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool = False
    title: str = "Mr"
    nick: str = ""

    def parts(self) -> set[str]:
        words = re.split(r"[\s-]+", f"{self.first} {self.last} {self.nick}".casefold())
        return {w for w in words if w}


def _listed(name: str) -> str:
    listed = listed_names()
    parts = [p for p in re.split(r"[\s-]+", name) if p]
    return "listed" if all(p.casefold() in listed for p in parts) else "unlisted"


def _draw(rng: random.Random, sex: str, old: bool, taken: set[str], child: bool = False) -> P:
    for _ in range(200):
        roll = rng.random()
        nick = ""
        if roll < 0.55:
            faker = _new_person(rng, sex=sex)
            first, last, names = faker.first, faker.last, faker.names
        else:
            if old and not child and rng.random() < 0.6:
                first = rng.choice(OLD_F if sex == "F" else OLD_M)
            elif rng.random() < 0.15:
                first = rng.choice(WORD_NAMES[sex])
            else:
                first = rng.choice(OWN_F if sex == "F" else OWN_M)
            last = rng.choice(OWN_LAST)
            names = "listed" if _listed(f"{first} {last}") == "listed" else "unlisted"
        if first in NICKNAMES:
            nick = rng.choice(NICKNAMES[first])
        person = P(first, last, sex, names, nick=nick)
        parts = person.parts()
        bad = any(len(p.strip(".'")) < 2 or p in HONORIFIC_WORDS for p in parts)
        if bad or parts & taken or any(ch.isdigit() for ch in first + last):
            continue
        taken |= parts
        return person
    raise RuntimeError("no name")


# ---------------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    name: str
    register: str
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
    topup: str = "{time} {text}"
    ages: tuple[int, int] | None = None  # the patient's age range when the style fixes one


def _style(name, register, what, refs, text, **kw) -> Style:
    parts = {"H": [], "C": [], "X": [], "E": []}
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        key, _, sentence = line.partition(":")
        parts[key].append(sentence.strip().replace("\\n", "\n"))
    return Style(
        name, register, what, tuple(parts["H"]), tuple(parts["C"]), tuple(parts["X"]),
        tuple(parts["E"]), refs, **kw,
    )  # fmt: skip


STYLES = (
    _style(
        "resus_trolley_check_failure_review",
        "prose",
        "ward review after an arrest where the resuscitation trolley had not been checked and the suction was missing (old)",
        ("RES-####", "RT/####/@@"),
        r"""
H: Resuscitation trolley review {ref}, {ward}, {hospital}. Patient: {p.tfull}, DOB {dob}, NHS number {nhs}, hospital number {hosp}.
H: Review of trolley checks before the arrest on {date} ({ref}). Patient {p.caps}, {age}, MRN {hosp}, of {addr}.
C: On {date} at {time} {p.full}, {age}, was found unresponsive in <<bay 4 bed 2>> on {ward} and <<the 2222 call>> was made by {s1.full}.
C: The <<Yankauer sucker>> and tubing were not on the trolley and {s2.first} had to fetch a second set from {ward2}, which took nearly two minutes.
C: The daily check record had last been signed by {o1.jh} on {date}, and the <<Zoll defibrillator>> pads on the trolley were past their expiry date.
C: {d.title}, the medical registrar, led the arrest; {p.first} had a return of circulation after one cycle and was moved to {hospital2} with a <<GCS 9/15>>.
C: {p.poss} {rel}, {r.full}, was told by telephone at {time} and came in from {street} with a neighbour, {o2.full}.
X: The ward had been covered that week by agency nurse {o3.full} and by {o4.full}, neither of whom had been shown the trolley checklist.
X: A second trolley on {ward2} was checked the same afternoon by {s2.jh}; its <<Lifepak 15>> battery was flat.
X: The <<Guedel airway>> sizes were complete but the oxygen cylinder read a quarter full.
X: {r.first} asked at the bedside why the nurse had to leave the room, which {s1.first} answered honestly.
X: The family can reach the review team on {phone} or {email2}.
E: Actions: a sealed tag system from {date}, a weekly audit by the ward manager and a report to {trust} patient safety group; questions to {email2}.
E: Signed {s2.full}, Senior Sister, {ward}, {ldate}.
""",
        old=True,
    ),
    _style(
        "chest_drain_displacement_review",
        "prose",
        "thoracic review of a chest drain pulled out during a transfer to the scan room",
        ("CDR-#####", "THX/####/@"),
        r"""
H: Chest drain displacement review ({ref}): {p.full}, {hosp}, NHS {nhs}, {ward}, {hospital}.
H: Patient safety review, {trust}. Subject: {p.caps}, date of birth {dob}, hospital number {hosp}. Reference {ref}.
C: {p.tfull}, {age}, had a <<Rocket chest drain>> inserted on {date} by {d.title} using the <<Seldinger technique>> for a left pneumothorax.
C: On {date} porter {o1.full} and {s1.full} moved {p.first} to CT at {time}, and the drain tubing caught on the trolley rail at the lift on {ward2}.
C: The drain came out completely; {p.last} became breathless with <<SpO2 89%>> and <<RR 30>>, and {s1.first} put an occlusive dressing on straight away.
C: {d.full} replaced the drain within <<20 minutes>> and a repeat film at {time} showed the lung re-expanded.
C: {p.poss} {rel}, {r.tfull}, was told on {date} by telephone on {mob} and later met {s2.full} on the ward.
X: The transfer checklist had no line for securing drains, and the drain had been stitched with a single suture only.
X: {o2.full}, a physiotherapist on {ward}, said the bottle had been lifted above chest height once during the move.
X: {p.first} had a <<NEWS2 of 6>> before the move and received <<Oramorph>> <<2.5mg>> for pain after it.
X: A second porter, {o4.full}, was waiting at the lift and saw the tubing snag.
X: A draft of this review was shared with {r.first} by e-mail to {email}.
E: Learning will be shared through the trust bulletin at {url}; contact {s2.email} with questions.
E: Review closed {ldate} by {s2.full}, Matron, {ward}.
""",
    ),
    _style(
        "inpatient_dka_insulin_omission_review",
        "prose",
        "review of a patient with type 1 diabetes whose basal insulin was omitted on a surgical ward and who developed ketoacidosis",
        ("DKA-####", "DIA/####/@@"),
        r"""
H: Diabetes safety review {ref}, {hospital}. Patient: {p.full} ({hosp}), NHS {nhs}, DOB {dob}.
H: {trust}: review of omitted insulin. {p.caps}, {hosp}, {ward}. Ref {ref}.
C: {p.full}, {age}, was admitted to {ward} on {date} with abdominal pain and a history of type 1 diabetes since childhood.
C: Her <<Lantus>> was written on the drug chart as once daily but was marked not given on {date} and again the next evening because {p.first} was nil by mouth.
C: On {date} at {time} {s1.full} found <<capillary glucose 27.4>> and <<ketones 5.2>>, and a gas showed <<pH 7.08>>; {d.title} started <<Fixed-rate insulin>> at <<6 units/hr>>.
C: {p.first} was moved to {ward2} and the DKA resolved over <<48 hours>>, with <<Kussmaul breathing>> noted by {s2.jh} on arrival.
C: {p.poss} {rel}, {r.full}, told the team that {p.first} normally carries a <<Libre sensor>> and that nobody had asked to see it.
X: The diabetes inpatient nurse, {o1.full}, was on leave and the referral sat in the <<Nervecentre>> queue unread.
X: A bank nurse, {o2.full}, wrote "<<Lantus>> <<10 units>> held as NBM" without asking a doctor.
X: {p.first} had <<sodium chloride 0.9%>> at <<80ml/hr>> while nil by mouth and no glucose infusion.
X: The pharmacist on {ward}, {o3.jh}, had flagged the omission on the electronic chart but the flag was not read.
X: {r.first} can be reached on {mob}.
E: Actions agreed on {ldate}: basal insulin is never held for fasting without a diabetes team review; learning to {url}.
E: Contact the patient safety team at {email2} or on {phone} quoting {ref}.
""",
        sex="F",
    ),
    _style(
        "catheter_balloon_urethral_trauma_review",
        "prose",
        "review of a catheter balloon inflated in the urethra on a medical ward (old, male)",
        ("CAU-#####", "UR/####/@"),
        r"""
H: Continence and urology incident review {ref}: {p.tfull}, {age}, {hosp}, {ward}, {hospital}.
H: Review of urethral trauma, {trust}. Patient {p.caps}, DOB {dob}, NHS {nhs}, reference {ref}.
C: On {date} at {time} {s1.full} inserted a <<size 16Ch>> <<Foley catheter>> in {p.full} for retention found on <<Bladderscan>>.
C: No urine drained before the <<30ml balloon>> was filled and {p.first} cried out; {s1.first} stopped and asked {s2.full} for help.
C: Frank blood followed; {d.title} from urology saw {p.first} at {time} and passed a catheter under direct vision in theatre on {date}.
C: {p.first} has <<Parkinson's disease>> and <<Alzheimer's disease>>; his {rel}, {r.tfull}, was not told until the next day.
C: {r.first} raised the delay with PALS on {date} and asked why the balloon had been inflated at all.
X: The ward had no record that {s1.first} had been assessed for male catheterisation, and {o1.full} from the continence service confirmed this.
X: {p.first} had <<Madopar>> due at the time and it was given <<20 minutes>> late.
X: A healthcare assistant, {o2.full}, held {p.poss} hand during the procedure.
X: The discharge letter to {gp} did not mention the trauma.
X: His {rel} lives at {addr2} and asked for letters to go there.
E: Outcome shared with {r.full} on {ldate}; feedback to {email2}.
E: Reviewer: {s2.full}, Lead Nurse, {ward}. {ldate}.
""",
        old=True,
        sex="M",
    ),
    _style(
        "enhanced_observation_lapse_review",
        "prose",
        "review of a gap in one-to-one observation during which a patient with delirium left the ward at night (old)",
        ("EOR-####", "ENH/####/@@"),
        r"""
H: Enhanced observation review ({ref}), {ward}, {hospital}. {p.tfull}, {hosp}, NHS {nhs}.
H: Review {ref}, {trust}. Patient: {p.caps}, DOB {dob}, of {addr}.
C: {p.full}, {age}, was on enhanced observation in <<side room 3>> on {ward} after a <<4AT of 6>> on {date}.
C: At {time} the one-to-one, {o1.full}, left the room to fetch <<Fortisip>> and asked {s1.full} to watch the door.
C: {s1.first} was called to <<bed 11>> and when {s1.first} came back at {time} {p.first} had gone.
C: {p.first} was found by a security officer, {o2.full}, near the main entrance of {hospital}, cold but without injury, with <<temperature 38.4>> an hour later.
C: {d.full} reviewed {p.first} and the family, including {p.poss} {rel}, {r.full}, were called on {mob}.
X: The rota showed that the one-to-one had been filled by a different agency each night that week.
X: {p.first} had been given <<haloperidol>> <<0.5mg>> earlier that evening by {s2.jh}.
X: {r.first} said {p.first} used to walk to the shop on {street} every morning and would have been looking for it.
X: Another patient, {m2.full}, told staff he had seen someone in a dressing gown in the corridor.
X: Patient details given at the front desk: {addr}.
E: Findings shared with {r.tfull} on {ldate}; questions to {s2.email} or {phone}.
E: Signed {s2.full}, Ward Manager, {ward}, {ldate}.
""",
        old=True,
    ),
    _style(
        "prone_restraint_debrief_review",
        "prose",
        "mental health ward review of a restraint that went to the floor and briefly prone",
        ("RRD-#####", "MHR/####/@"),
        r"""
H: Restraint debrief and review {ref}, {ward}, {hospital}. Patient {p.full}, {hosp}, NHS {nhs}.
H: {trust}: post-incident review of restrictive intervention. {p.caps}, DOB {dob}. Ref {ref}.
C: On {date} at {time} {p.full}, {age}, detained on {ward}, became distressed after a phone call and threw a chair in the lounge.
C: {s1.full}, {s2.full} and a bank support worker, {o1.full}, held {p.first} and the hold went to the floor and was prone for about three minutes, longer than the care plan allowed.
C: {d.title} gave <<lorazepam>> <<2.5mg>> intramuscularly and physical health checks showed <<HR 124>> and <<SpO2 89%>> for a short time.
C: {p.first} was debriefed the next day by {o2.full}, the advocate, and said {he} could not breathe with a knee on {his} back.
C: {p.poss} {rel}, {r.full}, was informed on {date} and asked for the body-worn camera footage.
X: Another patient, {o4.full}, was moved to {ward2} while the lounge was cleared.
X: The care plan written on {date} said prone holds should be avoided because of {p.poss} weight.
X: Staff said the alarm call brought {o3.full} from {ward2} within two minutes.
X: {p.first} has asked that {r.first} be sent the outcome at {email}.
X: The <<Lorenzo record>> entry was made four hours later by {s1.jh}.
E: Outcome letter to {r.tfull} sent {ldate}; learning shared at {url}.
E: Reviewed by {s2.full} and {d.full}, {ldate}.
""",
        ages=(19, 64),
    ),
    _style(
        "button_battery_ingestion_review",
        "prose",
        "emergency department review of a toddler sent home after a swallowed button battery was missed (child)",
        ("BBI-####", "PED/####/@@"),
        r"""
H: Paediatric safety review {ref}, {hospital}. Child: {p.full}, {age}, DOB {dob}, NHS {nhs}, hospital number {hosp}.
H: {trust}: review of a missed button battery. {p.caps} ({hosp}), DOB {dob}. Ref {ref}.
C: {p.first} was brought to the children's emergency department on {date} at {time} by {p.poss} {rel}, {r.full}, with drooling and refusing food.
C: {r.first} said a remote control had been found open at home on {street}, but this was written as "possible FB, nil seen" by triage nurse {o1.jh}.
C: {d.title} examined {p.first}, found <<PEWS 4>> and discharged home with <<paracetamol>> advice after <<four hours>>.
C: {p.first} returned on {date} with vomiting blood; an X-ray showed a battery in the oesophagus and {p.first} was transferred to {hospital2}.
C: The family's health visitor, {o2.full}, had visited the day before and had not been told of the first attendance.
X: {r.first} was asked twice whether the child could have swallowed anything and both times said yes.
X: The department had a button battery flowchart but {d.first} had not seen it.
X: {p.poss} grandmother, {f1.full}, had phoned 111 before the first visit.
X: The family live at {addr}.
X: {r.first} can be contacted on {mob}.
E: Duty of candour letter sent to {r.tfull} on {ldate}; learning shared at {url}.
E: Reviewer {s2.full}, paediatric matron, {ldate}.
""",
        child=True,
        ages=(1, 4),
    ),
    _style(
        "head_injury_ct_delay_review",
        "prose",
        "review of an inpatient fall on an anticoagulant where the head CT was done late (old)",
        ("HIF-#####", "FAL/####/@"),
        r"""
H: Post-fall review ({ref}), {hospital}. {p.tfull}, {hosp}, {ward}, NHS {nhs}.
H: {trust}: inpatient fall with head injury. Patient {p.caps}, DOB {dob}, reference {ref}.
C: {p.full}, {age}, on <<apixaban>> <<2.5mg>> for atrial fibrillation, fell in the bathroom of <<bay 4 bed 2>> on {ward} on {date} at {time}.
C: {s1.full} found {p.first} with a cut on the forehead and a <<GCS 14/15>>, and called {d.title} at {time}.
C: The <<NICE>> guidance asks for a CT within eight hours for a patient on an anticoagulant; the scan was done on {date}, 13 hours after the fall, because the request was returned for more detail.
C: The CT showed a small subdural bleed; {p.first} was reviewed by the neurosurgeons at {hospital2} by telephone and managed on the ward.
C: {p.poss} {rel}, {r.full}, was called by {s2.jh} on {date} and asked why {p.first} had been left in the bathroom alone.
X: {p.first} had a <<Clinical Frailty Scale 7>> and a falls care plan that asked for a <<Airflow 5000>> and a low bed.
X: Another patient, {o4.full}, pressed the call bell for {p.first}.
X: The radiographer, {o1.full}, later said the request had been returned because it lacked a time of fall.
X: {p.first} had lived alone at {addr} until the admission.
X: {r.first} wished {o2.full}, a volunteer on the ward, to be thanked for sitting with {p.first}.
E: Learning to the falls group; the family were written to on {ldate} ({email2}).
E: Signed {s2.full}, Falls Lead, {ldate}.
""",
        old=True,
    ),
    _style(
        "hyponatraemia_seizure_review",
        "prose",
        "review of hospital-acquired low sodium after hypotonic fluids, with a seizure on a surgical ward",
        ("HYN-####", "FLU/####/@@"),
        r"""
H: Fluids and electrolytes review {ref}: {p.full}, {hosp}, NHS {nhs}, {ward}, {hospital}.
H: {trust} patient safety review {ref}. Patient {p.caps}, date of birth {dob}.
C: {p.full}, {age}, was admitted to {ward} on {date} after a hernia repair and was kept on <<glucose 5%>> for <<3/7>>.
C: A blood result of <<sodium 121>> on {date} was filed by {o1.jh} without being shown to a doctor.
C: At {time} on {date} {p.first} had a seizure; {s1.full} gave oxygen and {d.title} found <<sodium 118>>.
C: {p.first} was moved to {ward2} and corrected slowly over <<72 hours>> with <<Plasma-Lyte 148>>, with no lasting harm noted on discharge.
C: {p.poss} {rel}, {r.full}, said {p.first} had been confused the evening before and had told {s2.full} so.
X: The fluid chart for {date} was not totalled and the balance could not be worked out.
X: {o2.full}, the surgical FY1, said the prescription was copied forward each day without a review of results.
X: The pharmacist, {o3.full}, had flagged <<glucose 5%>> as a maintenance fluid in surgical adults that month.
X: {r.first} asked that letters go to {addr}.
X: A referral was made to {o4.full} in the acute kidney team.
E: Letter to {r.tfull} and {gp} on {ldate}; learning at {url}.
E: Reviewed by {d.full} and {s2.full}, {ldate}.
""",
    ),
    _style(
        "call_bell_response_csv",
        "lines",
        "ward call bell response report pasted as CSV, a resident left on a commode for forty minutes before a fall (old)",
        ("CBR-#####", "BELL/####"),
        r"""
H: Call bell response export, {ward}, {hospital}, ref {ref}\nrow,date,time,location,patient,answered_by,wait_secs,comment
H: Nurse call report for {ward} ({hospital}) run by {s2.full} for review {ref}\nrow,date,time,location,patient,answered_by,wait_secs,comment
C: {row},{date},{time},<<bay 4 bed 2>>,"{p.caps}",{s1.init},2410,"bell from toilet; pt found on floor, {age}, hosp no {hosp}"
C: {row},{date},{time},<<bed 11>>,"{o1.caps}",{s2.init},95,"other patient asked for help for {p.first}"
C: {row},{date},{time},<<bay 4 bed 2>>,"{p.caps}",{d.init},0,"{d.title} reviewed, <<GCS 14/15>>, <<BP 92/54>>, no new injury seen"
C: {row},{date},{time},<<side room 3>>,"{o2.caps}",{o3.init},1320,"bell cancelled at panel, nobody attended, per {o3.full} (bank)"
C: {row},{date},{time},<<bay 4 bed 2>>,"{p.caps}",{s1.init},40,"{rel} {r.full} phoned on {mob}, told of fall, NHS {nhs}"
X: {row},{date},{time},<<bay C>>,"{o4.caps}",{s2.init},610,"pump alarm on <<Alaris pump>> answered late"
X: {row},{date},{time},<<bay 4 bed 2>>,"{p.caps}",{s1.init},1800,"on commode, <<Movicol>> given earlier, bell left out of reach"
X: {row},{date},{time},<<room 14>>,"{o5.caps}",{o1.init},240,"<<Tunstall pendant>> test call"
X: {row},{date},{time},<<bay 4 bed 2>>,"{p.caps}",{s2.init},60,"{r.first} visiting, asked why bell took so long; given {email2}"
X: {row},{date},{time},<<bay 4 bed 2>>,"{p.caps}",{s1.init},30,"DOB {dob} checked on wristband, home address {addr}"
E: {row},{ldate},{time},,,,,"export checked by {s2.full}, {ward}; panel fault logged with estates {ref2}"
E: {row},{ldate},{time},,,,,"sent to the falls lead and to {email2}"
""",
        old=True,
        topup='{row},{date},{time},,,,,"{text}"',
    ),
    _style(
        "outpatient_dna_discharge_csv",
        "lines",
        "outpatient did-not-attend list pasted as CSV, a housebound patient discharged back to the GP after two missed letters",
        ("OPD-#####", "CLN/####/@@"),
        r"""
H: Clinic outcome list {ref}, {hospital}, exported by {s2.full}\nrow,appt_date,time,patient,hosp_no,outcome,clinician,notes
H: DNA discharge extract for review {ref} ({trust})\nrow,appt_date,time,patient,hosp_no,outcome,clinician,notes
C: {row},{date},{time},"{p.caps}",{hosp},DNA,{d.init},"first DNA, letter sent to {addr2}"
C: {row},{date},{time},"{o1.caps}",,ATTENDED,{d.init},"<<Clexane>> teaching done"
C: {row},{date},{time},"{p.caps}",{hosp},DNA,{d.init},"second DNA, discharged to {gp} per policy, no call made"
C: {row},{date},{time},"{p.caps}",{hosp},ADMITTED,{s1.init},"admitted via ED, <<NEWS2 of 6>>, {rel} {r.full} says no letters received"
C: {row},{date},{time},"{p.caps}",{hosp},NOTE,{s2.init},"address on system wrong since move; correct address {addr}, NHS {nhs}"
X: {row},{date},{time},"{o2.caps}",,ATTENDED,{s1.init},"<<X-ray at 2/52>> booked"
X: {row},{date},{time},"{o3.caps}",,DNA,{d.init},"rebooked, phone {phone}"
X: {row},{date},{time},"{p.caps}",{hosp},NOTE,{s1.init},"{p.first} {age}, housebound, <<Tunstall pendant>>, needs transport"
X: {row},{date},{time},"{o4.caps}",,CANCELLED,{s2.init},"clinic cancelled, <<Teams>> offered"
X: {row},{date},{time},"{p.caps}",{hosp},NOTE,{s2.init},"DOB {dob}; {r.first} mobile {mob}"
E: {row},{ldate},{time},,,,,"list reviewed by {s2.full} for {ref2}; learning to {email2}"
E: {row},{ldate},{time},,,,,"checked against <<Lorenzo record>> by {s1.full}"
""",
        topup='{row},{date},{time},,,,,"{text}"',
    ),
    _style(
        "fluid_balance_chart_table",
        "lines",
        "fluid balance chart transcribed as a pipe table for a review of an acute kidney injury missed on a medical ward (old)",
        ("FBC-####", "AKI/####/@"),
        r"""
H: Fluid balance chart transcription, {ward}, {hospital}. Patient {p.caps}, {hosp}, NHS {nhs}. Review {ref}.\n| Date | Time | Intake | Output | Signed |\n| --- | --- | --- | --- | --- |
H: Transcribed for AKI review {ref}: {p.full}, DOB {dob}, {hosp}, {ward}.\n| Date | Time | Intake | Output | Signed |\n| --- | --- | --- | --- | --- |
C: | {date} | {time} | <<sodium chloride 0.9%>> <<500ml>> | <<output 15ml/hr>> | {s1.init} |
C: | {date} | {time} | oral 100ml | not measured, pad wet | {o1.jh} |
C: | {date} | {time} | nil | <<Bladderscan>> 620ml, <<Foley catheter>> by {s2.full} | {s2.init} |
C: | {date} | {time} | <<Plasma-Lyte 148>> <<80ml/hr>> | 30ml | {d.title} informed, <<balance +1850ml>> |
C: | {date} | {time} | note | {rel} {r.full} rang on {mob}, told of kidney injury; pt {age} | {s1.init} |
X: | {date} | {time} | <<Fortisip>> 200ml | nil | {o2.init} |
X: | {date} | {time} | oral 50ml | unable to measure | {o3.full} (agency) |
X: | {date} | {time} | note | chart not totalled at midnight | {s2.init} |
X: | {date} | {time} | <<Ensure Plus>> | 40ml | {s1.init} |
X: | {date} | {time} | note | home address checked, {addr} | {s1.init} |
E: | {ldate} | {time} | review | transcribed by {s2.full}, sent to {email2} | {s2.init} |
E: | {ldate} | {time} | review | checked against <<Nervecentre>> by {d.full} | {d.init} |
""",
        old=True,
        topup="| {date} | {time} | note | {text} | |",
    ),
    _style(
        "care_home_visitor_book_table",
        "lines",
        "care home visitor book pasted as a pipe table, a visitor barred by a safeguarding plan signed in and took a resident out (old)",
        ("VIS-####", "SG/####/@@"),
        r"""
H: {home} visitor book, copied for safeguarding referral {ref} to {council}.\n| Date | In | Visitor | Visiting | Relationship | Out |\n| --- | --- | --- | --- | --- | --- |
H: Visitors' book extract, {home}, {street}. Resident {p.caps}, NHS {nhs}. Ref {ref}.\n| Date | In | Visitor | Visiting | Relationship | Out |\n| --- | --- | --- | --- | --- | --- |
C: | {date} | {time} | {r.full} | {p.first} <<room 14>> | {rel} | {time} |
C: | {date} | {time} | {m1.full} | {p.last} | "nephew" | not signed out |
C: | {date} | {time} | {o1.full} | {o2.last} | daughter | {time} |
C: | {date} | {time} | {m1.upper} | {p.first} | friend | {time} (took out to shops, <<Oramorph>> dose missed) |
C: | {date} | {time} | {s2.full} (manager) | note | barred visitor identified, {p.first} {age}, {d.title} and {council} told | {time} |
X: | {date} | {time} | {o3.full} | {o4.last} | son | {time} |
X: | {date} | {time} | {o5.lower} | {o1.last} | friend | {time} |
X: | {date} | {time} | {f1.full} (chiropodist) | {p.first} | visiting professional | {time} |
X: | {date} | {time} | {r.first} | {p.first} | {rel}, asked about {m1.first} | {time} |
X: | {date} | {time} | note | resident's previous address {addr2} | | |
E: | {ldate} | {time} | {s2.full} | copy sent to {email2} | manager | |
E: | {ldate} | {time} | {s2.jh} | book photographed for <<the CQC>> notification | manager | |
""",
        old=True,
        provider=(),
        topup="| {date} | {time} | note | {text} | | |",
    ),
    _style(
        "virtual_visiting_call_thread",
        "lines",
        "ward video-visiting team's message thread, a video call made to the wrong family during an outbreak",
        ("VV-#####", "VVB/####/@"),
        r"""
H: Exported thread, virtual visiting team, {hospital}, for review {ref}
H: Message thread export ({trust}), "Virtual visits {ward}", ref {ref}
C: [{date} {time}] {s1.first}: booking for {p.full} in <<bay 4 bed 2>> on {ward}, {rel} {r.full} on {mob}
C: [{date} {time}] {s2.first}: <<Attend Anywhere>> link sent to {email} at {time}
C: [{date} {time}] {s1.first}: call connected but it was {o1.full}'s family, not {p.poss}, the <<iPad>> had the wrong booking open
C: [{date} {time}] {s2.first}: {o1.first} is in <<bed 11>>, their family saw {p.first} for two minutes before we stopped it
C: [{date} {time}] {d.first}: informed; {p.first} is {age}, we need to call {r.first} and apologise, NHS {nhs}
X: [{date} {time}] {s1.first}: <<Teams>> version kept freezing, used the ward <<iPad>> instead
X: [{date} {time}] {o2.first}: I'm the volunteer today, can I help with bed 9 call at {time}?
X: [{date} {time}] {s2.first}: {r.first} asked for a written apology to {addr}
X: [{date} {time}] {s1.first}: Datix done, copied to {s2.email}
X: [{date} {time}] {o3.full}: IPC here, cohort bay still closed for <<72 hours>>
E: [{ldate} {time}] {s2.first}: thread closed, summary to {email2}
E: [{ldate} {time}] {s2.full}: please quote {ref2} when replying
""",
        topup="[{date} {time}] {s1.first}: {text}",
    ),
    _style(
        "infusion_pump_event_download_log",
        "lines",
        "medical engineering download of an infusion pump event log after a ten-fold rate error",
        ("MEB-#####", "PUMP/####/@@"),
        r"""
H: Medical engineering download, <<Alaris GP>> serial 8T40117, for incident {ref}. Patient {p.full}, {hosp}, {ward}, {hospital}.
H: Pump log extract ({ref}) requested by {s2.full}; patient {p.caps}, NHS {nhs}.
C: {date} {time} POWER ON, user {s1.init}, drug library "Adult General"
C: {date} {time} RATE SET <<80ml/hr>> -> 800ml/hr, library limit override accepted by {s1.init}
C: {date} {time} ALARM occlusion, silenced; {s1.full} told {d.title} that {p.first} ({age}) complained of chest tightness
C: {date} {time} STOPPED by {s2.full}; <<sodium chloride 0.9%>> bag nearly empty, <<HR 124>>, <<RR 30>>
C: {date} {time} NOTE {p.poss} {rel}, {r.full}, told by phone on {mob} at {time}
X: {date} {time} ALARM downstream, cleared by {o1.init}
X: {date} {time} NOTE second pump ({o2.jh}) on <<CADD pump>> unaffected
X: {date} {time} NOTE {d.full} reviewed, furosemide given, chest film ordered
X: {date} {time} NOTE pump bagged and labelled by {o3.full}, medical engineering
X: {date} {time} NOTE patient DOB {dob}, address {addr}
E: {ldate} {time} REPORT sent to {email2} and <<the MHRA>> Yellow Card, quoting {ref2}
E: {ldate} {time} REPORT signed {s2.full}
""",
        topup="{date} {time} NOTE {text}",
    ),
    _style(
        "key_safe_no_access_log",
        "lines",
        "district nursing and home care no-access log, a key safe code changed and a patient found on the floor the next morning (old)",
        ("NAL-#####", "KEY/####/@"),
        r"""
H: No-access log, community nursing, {trust}. Patient {p.full} ({hosp}), {addr}. Ref {ref}.
H: Welfare log for {p.caps}, NHS {nhs}, DOB {dob}; carers {prov}. Ref {ref}.
C: {date} {time} {s1.full} (DN) arrived for insulin, <<Keysafe>> code did not work, no answer at door
C: {date} {time} rang {p.first} on {phone}, no answer; rang {rel} {r.full} on {mob}, voicemail
C: {date} {time} {prov} carer {o1.full} also unable to get in, told office
C: {date} {time} {s2.full} (DN) attended with {r.first}; {p.first} found on floor, {age}, <<Waterlow 22>>, <<GCS 14/15>>
C: {date} {time} ambulance called, {p.first} taken to {hospital}; {d.title} from ED informed
X: {date} {time} neighbour {f1.full} at number 7 said {p.first} had talked of the code being changed by a grandson
X: {date} {time} {o2.full} from {prov} said the code was changed at the weekend and only texted to the office
X: {date} {time} <<Lantus>> <<4 units>> not given, GP {gp} told
X: {date} {time} {s1.first} checked <<SystmOne>> alerts, no alert for change of code
X: {date} {time} police contacted on non-emergency line, log 1177 of the day
E: {ldate} {time} reviewed by {s2.full}; learning shared with {prov} and {email2}
E: {ldate} {time} closed, ref {ref2}
""",
        old=True,
        provider=("Harbour Light Homecare Ltd", "Saltmarsh Care at Home", "Tidewater Home Support"),
        topup="{date} {time} {text}",
    ),
    _style(
        "police_welfare_check_call_log",
        "lines",
        "emergency department's log of calls with the police about a patient who left before treatment after an overdose",
        ("PWC-#####", "ED/####/@@"),
        r"""
H: ED telephone log for review {ref}, {hospital}. Patient {p.full}, {hosp}, NHS {nhs}.
H: Call log kept by nurse in charge {s2.full}, {hospital}, ref {ref}.
C: {date} {time} {p.full}, {age}, triaged after paracetamol overdose; left the waiting room before bloods
C: {date} {time} {s1.full} rang {p.first} on {mob}, no answer; rang {rel} {r.full} on {phone}
C: {date} {time} police asked for welfare check at {addr}; call taker {o1.full}, log 0412
C: {date} {time} PC {o2.last} called back: {p.first} found at home, agreed to return with {r.first}
C: {date} {time} {p.first} back in ED, {d.title} started <<Parvolex>> after levels, <<four hours>> after ingestion
X: {date} {time} {s1.first} repeated obs, <<NEWS2 of 3>>, alert and orientated
X: {date} {time} crisis team {o3.full} informed, will see on {ward}
X: {date} {time} security officer {m1.full} had seen {p.first} leave by the ambulance doors
X: {date} {time} {r.first} asked that updates go to {email}
X: {date} {time} DOB {dob} confirmed with {p.first}
E: {ldate} {time} log closed by {s2.full}; copy to {email2}
E: {ldate} {time} reviewed with {d.full}, ref {ref2}
""",
        ages=(19, 64),
        topup="{date} {time} {text}",
    ),
    _style(
        "handwritten_ward_diary_transcription",
        "lines",
        "transcription of a handwritten ward communication diary with abbreviations, a patient's hearing aids and glasses lost between wards (old)",
        ("WDT-####", "DRY/####/@"),
        r"""
H: Transcription of ward diary pages, {ward}, {hospital}, for complaint {ref}. [illegible] marks words that could not be read.
H: Typed copy of communication book entries ({ward}) re {p.caps}, {hosp}, complaint ref {ref}.
C: {date} {time} - pt {p.initd} bay 4 moved from {ward2}, c/o hearing aids x2 + glasses in cupboard, per {s1.brk}
C: {date} {time} - {rel} ({r.full}) rang {mob}, asked re hearing aids, told will look - {s2.init}
C: {date} {time} - cupboard empty. ?left on {ward2}. Rang {ward2}, spoke to {o1.first} - not found
C: {date} {time} - {p.last} v. distressed, can't hear, 4AT done = <<4AT of 6>>, {d.title} aware
C: {date} {time} - {r.first} visited, upset, gave PALS no. Hearing aids replaced by audiology via {o2.full}. pt {age}
X: {date} {time} - glasses found in <<side room 3>> drawer w/ another pt's ({o3.jh}) things
X: {date} {time} - <<Gaviscon>> 10ml given, pt pointing at ears - {s1.init}
X: {date} {time} - night staff {o4.brk} says case handed to porter [illegible]
X: {date} {time} - NOK address {addr} confirmed for letter
X: {date} {time} - {s2.init} emailed {email2} re property
E: Transcribed {ldate} by {s2.full}, checked by {o5.full}.
E: Transcribed {ldate}; original diary held by the ward manager, {s2.full}.
""",
        old=True,
        topup="{date} {time} - {text}",
    ),
    _style(
        "lost_dentures_compensation_letter",
        "letter",
        "PALS letter to a relative offering to pay for dentures lost on a ward (old)",
        ("PAL-#####", "LDC/####/@@"),
        r"""
H: {hospital}\nPatient Advice and Liaison Service\n{ldate}\n\n{r.tfull}\n{addrb}\n\nOur ref: {ref}\n\nDear {r.title},
H: PALS, {trust}\nTel {phone}\n\nFAO {r.tfull}\nc/o {f1.full}\n{addrb}\n\n{ldate}, ref {ref}\n\nDear {r.first},
C: Thank you for telling us on {date} that {p.poss} upper and lower dentures went missing while {p.first} was on {ward}.
C: {p.full}, {age}, was admitted on {date}, and the property list signed by {s1.full} records the dentures in a named pot.
C: When {p.first} moved to {ward2} on {date}, the pot was not on the transfer list and has not been found.
C: Since then {p.first} has been on <<IDDSI level 4>> food and supplements (<<Fortisip>>), and the dietitian {o1.full} saw a <<MUST 3>>.
C: We will pay for replacement dentures through {p.poss} dentist, {o2.tfull} at {prov}, up to the amount quoted on {date}.
X: {s2.full}, the ward manager, has spoken to the staff involved, including the porter {o3.full}.
X: The ward now uses a denture pot with the patient's hospital number, {hosp}, printed on the lid.
X: Please send the dentist's invoice to {email2} quoting {ref2}.
X: {p.first}'s NHS number, {nhs}, will be on every page of the claim.
X: If you would like to talk to us, please call {phone} or e-mail {email2}.
E: Yours sincerely,\n\n{s2.full}\nPALS Officer\ncc: {s1.full}, {ward}
E: Yours sincerely,\n\npp {s2.full}\n{o4.full}, PALS Manager\ncc: {gp}
""",
        old=True,
        provider=(
            "Harbour Street Dental Care",
            "Quayside Dental Practice",
            "Ropewalk Dental Studio",
        ),
    ),
    _style(
        "funeral_director_property_query_email",
        "letter",
        "funeral director's e-mail to a hospital bereavement office, a wedding ring listed on the property form was not with the deceased (old)",
        ("BEO-#####", "FD/####/@"),
        r"""
H: From: {o1.full} <{o1.xemail}>\nTo: Bereavement Office <{email2}>\nSent: {ldate}\nSubject: Property query, the late {p.tfull}, your ref {ref}\n\nDear {s1.first},
H: From: {prov} <{email3}>\nTo: {s1.email}\nDate: {ldate}\nSubject: {p.caps}, {hosp}, ref {ref}\n\nDear {s1.title},
C: We collected {p.full} from the mortuary at {hospital} on {date} at the request of {p.poss} {rel}, {r.full}.
C: The property form signed on {ward} on {date} lists a yellow metal wedding ring and a watch, but only the watch was in the sealed bag.
C: {r.first} has asked us to find the ring before the funeral next week, as the family want it to stay with {p.first}.
C: {p.first} was {age}, and the name band and paperwork (NHS {nhs}, DOB {dob}) matched our booking.
C: Our collecting staff, {o2.full} and {o3.full}, did not open the bag and signed for it as sealed.
X: Could you check with the mortuary staff, {o4.full} on days and the on-call technician, whether the ring was removed for <<the Coroner's office>>?
X: The family live at {addr}.
X: The attending doctor on the form was {d.full}, and the MCCD was issued without a referral.
X: {r.first} would prefer a call on {mob} after 4pm.
X: Our office number is {phone} if that is easier.
E: Kind regards,\n\n{o1.full}\nFuneral Director, {prov}\ncc: {r.full}
E: With thanks,\n{o1.first}\n{prov}, {street}
""",
        old=True,
        provider=(
            "Penhallow and Daughters Funeral Directors",
            "Coastline Funeral Care",
            "J. R. Skerritt and Sons Funeral Service",
        ),
    ),
    _style(
        "day_centre_modified_diet_incident_letter",
        "letter",
        "day centre manager's letter to a family after a man with a learning disability was given a sandwich instead of his puréed lunch",
        ("DCI-####", "DAY/####/@@"),
        r"""
H: {prov}\n{street}\n{ldate}\n\n{r.tfull}\n{addrb}\n\nReference: {ref}\n\nDear {r.title},
H: {prov}, {council} commissioned service\n\nPrivate and confidential\n{r.caps}\n{addrb}\n{ldate}\n\nDear {r.first},
C: I am writing about what happened at lunchtime on {date}, when {p.first} was given a cheese sandwich instead of his <<IDDSI level 4>> meal.
C: {p.full}, {age}, coughed and went blue, and our first aider {o1.full} used back blows and the <<Heimlich manoeuvre>> until the food came up.
C: An ambulance took {p.first} to {hospital}, where {d.title} found aspiration on the X-ray and treated him on {ward} for <<3/7>>.
C: The new support worker, {o2.full}, had not been shown the dysphagia plan written by the speech and language therapist, {o3.full}, on {date}.
C: {p.poss} name band on the food trolley carried another client's name, {o4.full}, whose diet is <<IDDSI level 7>>.
X: We have told {council} adult safeguarding and <<the CQC>>, as we must, quoting {ref2}.
X: {s2.full}, our deputy manager, will meet you on {date} to go through the new lunch checks.
X: The hospital discharge letter gives {p.poss} NHS number as {nhs}.
X: You can reach me on {phone} or {email3}.
X: {p.first} is due back with us once his {gp} review has taken place.
E: Yours sincerely,\n\n{s1.full}\nRegistered Manager, {prov}\ncc: {o3.full}, Community Learning Disability Team
E: Yours sincerely,\n{s1.full}\nManager\ncc: {council} safeguarding
""",
        sex="M",
        ages=(19, 70),
        provider=(
            "Lighthouse Day Opportunities",
            "Saltings Day Services",
            "Ropewalk Community Day Centre",
        ),
    ),
    _style(
        "fire_service_emollient_risk_referral_email",
        "letter",
        "fire and rescue service e-mail to a GP practice after a home fire safety visit found paraffin-based creams and a smoker (old)",
        ("HFSV-#####", "FRS/####/@"),
        r"""
H: From: {o1.full} <{o1.xemail}>\nTo: {gp} <{email2}>\nSent: {ldate}\nSubject: Safe and Well visit, {p.caps}, our ref {ref}\n\nDear {d.title},
H: From: {prov} Prevention Team\nTo: {email2}\ncc: {s1.email}\nDate: {ldate}\nSubject: fire risk referral {ref}\n\nDear Dr {d.last},
C: I carried out a home fire safety visit to {p.full}, {age}, at {addr} on {date}, following a referral from the district nurse {s1.full}.
C: {p.first} smokes in a chair and uses <<Dermol 500>>, <<Epaderm>> and <<Zerobase>> on both legs, which soak into clothing and bedding.
C: There were scorch marks on the armchair and a blanket, and {p.first} has an <<Airflow 5000>> mattress downstairs.
C: I fitted linked smoke alarms and fire-retardant bedding, and {p.poss} {rel}, {r.full}, agreed to buy a metal ashtray and a smoking apron.
C: Could the practice review whether a cream without paraffin would suit {p.first}, and add a fire risk alert to <<SystmOne>>?
X: {p.first} also told me that {m1.full}, a neighbour, comes in to light cigarettes when {p.first} cannot manage the lighter.
X: {r.first} can be contacted on {mob} and is happy to be called at work.
X: I have also made a referral to {council} for a falls check.
X: {p.first} was seen by {s1.first} on {date}, who first noticed the scorch marks.
X: Our record shows DOB {dob} and NHS {nhs}; please tell me if either is wrong.
E: Regards,\n{o1.full}\nSafe and Well Officer, {prov}\n{phone}
E: Kind regards,\n\n{o1.full}\n{prov}\nMob {mob}
""",
        old=True,
        provider=(
            "Lancashire Fire and Rescue Service",
            "Kent Fire and Rescue Service",
            "Cumbria Fire and Rescue Service",
            "Devon and Somerset Fire and Rescue Service",
        ),
    ),
    _style(
        "expressed_breast_milk_mixup_letter",
        "letter",
        "neonatal unit letter to parents after their baby was given another mother's expressed breast milk (child)",
        ("EBM-#####", "NNU/####/@"),
        r"""
H: Neonatal Unit, {hospital}\n{ldate}\n\n{r.tfull} and {o1.tfull}\n{addrb}\n\nOur reference {ref}\n\nDear {r.title},
H: {trust}, Neonatal Services\nTel {phone}\n\n{r.full}\n{addrb}\n{ldate}\n\nDear {r.first},
C: I am writing, as we promised when we met on {date}, about the milk given to {p.first} in <<cubicle 6>> on {ward}.
C: At the {time} feed on {date}, {p.full} ({hosp}, NHS {nhs}, born {dob}) was given 30ml of milk expressed by another mother.
C: The bottles were stored next to each other in the milk fridge and {s1.full} did not do the two-person check with {s2.full}.
C: {d.title} has reviewed {p.first}, who is feeding well, and the other mother has agreed to blood tests.
C: The virology team, led by {o2.full}, will write to you with the results, and we expect them within <<a fortnight>>.
X: We now scan every bottle at the cot, and no bottle can be given without a second nurse.
X: {p.poss} grandparents, {o3.full} and {o4.full}, asked us to keep them informed, and we will only do so with your consent.
X: You can call our matron on {phone} at any time.
X: Your health visitor, {f1.full}, has been told with your agreement.
X: You can also e-mail {email2} quoting {ref2}.
E: With my apologies,\n\n{s2.full}\nNeonatal Matron
E: Yours sincerely,\n{s2.full}\ncc: {gp}; {d.full}
""",
        child=True,
        ages=(0, 0),
    ),
    _style(
        "care_home_district_nurse_missed_visit_email",
        "letter",
        "care home manager's e-mail to a district nursing team after three missed dressing visits and a deteriorating heel (old)",
        ("CDN-#####", "DNT/####/@@"),
        r"""
H: From: {o1.full} <{o1.xemail}>\nTo: {email2}\nSent: {ldate}\nSubject: Missed visits, {p.caps} ({home}), ref {ref}\n\nDear {s1.first},
H: From: {home} <{email3}>\nTo: {s1.email}\ncc: {gp}\nDate: {ldate}\nSubject: URGENT heel dressing, {p.full}\n\nDear District Nursing Team,
C: I am the manager at {home} and am writing about {p.full}, {age}, who lives in <<room 14>> with us.
C: {p.first} has a heel wound that your nurse {s1.full} dressed on {date} and asked to be seen again in <<2/52>>.
C: Visits booked for {date}, {date} and {date} did not happen, and nobody rang to say so.
C: Our senior carer, {o2.full}, noticed a smell on {date}; {d.title} from {gp} visited and started antibiotics with a <<Waterlow 22>> recorded.
C: {p.poss} {rel}, {r.full}, is very unhappy and has asked whether this will be reported to {council}.
X: We do not have nurses on site, so our carers cannot redress the heel.
X: {p.first} also needs <<Clexane>> on a Monday, which was given late once.
X: {r.first} can be reached on {mob}.
X: {p.first} moved to us from {addr2}, and some letters still go there.
X: {p.poss} details: NHS {nhs}, DOB {dob}.
E: Kind regards,\n{o1.full}\nRegistered Manager, {home}\n{phone}
E: Many thanks,\n{o1.first}\n{home}, {street}
""",
        old=True,
    ),
    _style(
        "blister_pack_discharge_change_email",
        "letter",
        "community pharmacist's e-mail to a GP practice, medicines stopped in hospital went on being packed in a blister pack (old)",
        ("CPE-#####", "MDS/####/@"),
        r"""
H: From: {o1.full} <{o1.email}>\nTo: {gp} <{email2}>\nSent: {ldate}\nSubject: Discharge changes not on the blister pack, {p.caps}, ref {ref}\n\nDear Dr {d.last},
H: From: {prov} <{email3}>\nTo: {d.email}\nDate: {ldate}\nSubject: MDS error {ref}, {p.full}, DOB {dob}\n\nDear {d.title},
C: I am the pharmacist at {prov} and we prepare weekly blister packs for {p.full}, {age}, of {addr}.
C: {p.first} was discharged from {hospital} on {date}, and the discharge letter stopped <<co-codamol>> and reduced <<apixaban>> to <<2.5mg>>.
C: The letter went to the practice but not to us, and packs made on {date} and {date} still held the old doses.
C: {p.poss} {rel}, {r.full}, rang on {date} to say {p.first} was drowsy; we checked and found the error.
C: We have made new packs, and I have reported this through the <<NHS England>> learning system, our ref {ref2}.
X: Our dispenser, {o2.full}, says the practice's request form still lists the old doses.
X: {p.first} has <<Parkinson's disease>> and takes <<Madopar>>, which was unchanged.
X: Could your clinical pharmacist, {o3.full}, send us discharge letters from now on?
X: {r.first} is happy to be called on {mob}.
X: Our phone is {phone}, and we are open until 6pm.
E: Kind regards,\n{o1.full}\nPharmacist, {prov}
E: Best wishes,\n\n{o1.first}\nfor {prov}
""",
        old=True,
        provider=(
            "Harbour Pharmacy",
            "Castlegate Chemists",
            "Saltmarsh Pharmacy",
            "Quay Street Pharmacy",
        ),
    ),
)

# Top-up sentences: prose and letters share SHARED; logs take SHARED_LINES in their own shape.
SHARED = (
    "The account above was checked against the <<Nervecentre>> record and with {s1.full} on {date}.",
    "{o4.full}, who was working nearby, gave a short written account on {date}.",
    "{d.full} had seen {p.first} the day before and recorded no new concerns on <<Nervecentre>>.",
    "{r.full} said that nobody had explained what had gone wrong until {date}.",
    "A copy of this has been sent to {gp}, which looks after {p.first}.",
    "{s2.full} spoke to the staff involved on {date} and offered them support.",
    "Learning from this will be shared through {trust} and posted at {url}.",
    "A printed copy of the <<SystmOne>> entries for that week is kept with this file.",
    "The {rel} asked that {o4.full}, a family friend, be allowed to join the meeting on {date}.",
    "Questions can go to {email2} or to {phone}.",
    "The relevant procedure had been updated on {date}, but an old copy was still in use.",
    "Nobody involved thought a wait of <<20 minutes>> was unusual, which is itself a concern.",
    "{d.title} was asked for an account and replied on {date}.",
    "The harm was graded as moderate and was not referred to <<HSSIB>>.",
    "{s1.first} has reflected on what happened with {o5.full}, a practice educator.",
    "Every record seen gives {p.poss} hospital number as {hosp}, with no duplicate found.",
    "A follow-up call to {r.first} on {mob} was made on {date}.",
    "{r.first} asked that any letters go to {addr2}.",
    "A second account came from {o4.full}, who was on the next shift.",
    "The notes do not say who checked this, and {s2.first} has asked for that to change.",
)
SHARED_LINES = (
    "{s1.first} updated <<SystmOne>>",
    "agency staff {o4.full} covering till {time}",
    "{rel} {r.first} rang again, call back on {mob}",
    "{d.title} bleeped, no answer, rang <<bleep 4417>> again",
    "entry checked against <<Nervecentre>> by {s2.init}",
    "{p.first} told of plan, questions answered",
    "{o4.full} (student) shadowing {s1.first}",
    "handover given to {o4.full}",
    "{s2.full} aware, will escalate",
    "message left for {gp}",
    "chased {email2}, no reply yet",
    "{r.first} asked for a call back within <<48 hours>>",
    "{o4.full} from the IT helpdesk checked the system, no fault found",
    "copy of entry sent to {s2.email}",
    "{p.first} asked for {r.first}, {r.first} told",
    "checked against {p.poss} record, {hosp}",
    "{o5.full} asked to witness entry",
    "<<SystmOne>> note added by {s1.jh}",
    "review in <<72 hours>> agreed with {d.full}",
    "{ward} informed of outcome",
)

PEOPLE = ("p", "r", "s1", "s2", "d", "o1", "o2", "o3", "o4", "o5", "f1", "f2", "m1", "m2")
HOSP_FORMS = ("AA999999", "9999999A", "A999/99999", "AAA 999 999")
RELATIONS = {
    "F": ("daughter", "wife", "niece", "granddaughter", "sister", "daughter-in-law", "partner"),
    "M": ("son", "husband", "nephew", "grandson", "brother", "son-in-law", "partner"),
}
MAIL_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "btinternet.com",
    "yahoo.co.uk",
    "hotmail.co.uk",
    "icloud.com",
)
TEAM_BOXES = ("patientsafety", "pals", "complaints", "bereavement", "safeguarding", "governance")

_ONES = (
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _words(n: int) -> str:
    """An age in words: "seventy-four", "ninety-three", "one hundred and two"."""
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {_words(rest)}" if rest else "")
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")


def _shared(style: Style) -> tuple[str, ...]:
    return SHARED_LINES if style.register == "lines" else SHARED


def alternatives() -> int:
    own = sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
    return own + len(SHARED) + len(SHARED_LINES)


def _ascii(value: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z-]", "", plain.replace(" ", "")).lower()


def _slug(value: str) -> str:
    return re.sub(r"[^a-z]", "", _ascii(value))


# ---------------------------------------------------------------------------------------------
# Values: dates, phones, numbers
# ---------------------------------------------------------------------------------------------


def _date_full(day: date, shape: int) -> str:
    m = MONTHS[day.month - 1]
    wd = DAYS[day.weekday()]
    forms = (
        f"{day.day} {m} {day.year}", f"{ordinal(day.day)} {m} {day.year}", f"{day:%d/%m/%Y}",
        f"{day:%d/%m/%y}", f"{day.day}/{day.month}/{day.year}", day.isoformat(),
        f"{day:%d.%m.%Y}", f"{day.day}.{day.month}.{day:%y}", f"{day:%d-%m-%Y}",
        f"{day.day}-{m[:3]}-{day.year}", f"{day:%d}{m[:3].upper()}{day.year}",
        f"{day.day} {m[:3].upper()} {day.year}", f"{wd[:3]} {day:%d/%m/%Y}",
        f"{m} {day.day}, {day.year}", f"{wd} {ordinal(day.day)} {m} {day.year}",
        f"{day:%d} {m[:3]} {day.year}", f"{day:%Y/%m/%d}", f"{ordinal(day.day)} {m[:3]} {day:%y}",
    )  # fmt: skip
    return forms[shape % len(forms)]


def _date_short(day: date, shape: int) -> str:
    m = MONTHS[day.month - 1]
    wd = DAYS[day.weekday()]
    forms = (
        f"{ordinal(day.day)} {m}", f"{day.day} {m[:3]}", f"{day:%d/%m}", f"{wd[:3]} {ordinal(day.day)} {m[:3]}",
        f"{wd} the {ordinal(day.day)}", f"{wd[:3]} {day.day}/{day.month}", f"the {ordinal(day.day)} of {m}",
        f"{wd} {day.day} {m}", f"{day.day}/{day.month}",
    )  # fmt: skip
    return forms[shape % len(forms)]


N_FULL, N_SHORT = 18, 9
COMMA_FULL = 13  # the one full shape with a comma
TWO_DIGIT_YEAR = (3, 7, 17)


def _landline(rng: random.Random, code: str) -> str:
    if len(code) == 3:
        local = f"{rng.randint(2, 9)}{rng.randint(0, 999):03d} {rng.randint(0, 9999):04d}"
    elif len(code) == 4:
        local = f"{rng.randint(2, 9)}{rng.randint(0, 99):02d} {rng.randint(0, 9999):04d}"
    else:
        local = f"{rng.randint(2, 9)}{rng.randint(0, 99999):05d}"
    flat = local.replace(" ", "")
    form = rng.choice(
        [
            f"{code} {local}", f"{code}{flat}", f"({code}) {local}", f"{code}-{flat}",
            f"+44 {code[1:]} {local}", f"+44 (0){code[1:]} {local}", f"{code} {local}",
        ]
    )  # fmt: skip
    roll = rng.random()
    if roll < 0.1:
        form += f" ext {rng.randint(1000, 9999)}"
    elif roll < 0.18:
        form += f" x{rng.randint(1000, 9999)}"
    return form


def _mobile(rng: random.Random) -> str:
    n = f"07{rng.randint(4, 9)}{rng.randint(0, 99):02d}{rng.randint(0, 999999):06d}"
    return rng.choice(
        [
            f"{n[:5]} {n[5:]}", n, f"{n[:5]}-{n[5:8]}-{n[8:]}", f"{n[:5]} {n[5:8]} {n[8:]}",
            f"{n[:4]} {n[4:7]} {n[7:]}", f"+44 {n[1:5]} {n[5:]}", f"+44{n[1:]}", f"({n[:5]}) {n[5:]}",
        ]
    )  # fmt: skip


def _pattern(rng: random.Random, shape: str) -> str:
    return "".join(
        str(rng.randint(0, 9))
        if ch in "#9"
        else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        if ch in "@A"
        else ch
        for ch in shape
    )


# ---------------------------------------------------------------------------------------------
# One case
# ---------------------------------------------------------------------------------------------


class _Case:
    def __init__(self, rng: random.Random, style: Style) -> None:
        self.rng = rng
        self.style = style
        town, area, code = rng.choice(TOWNS)
        self.town, self.code = town, code
        other = rng.choice([t for t in TOWNS if t[0] != town])[0]
        self.localities = LOCALITIES[town]
        streets = rng.sample(STREET_WORDS, 3)
        self.streets = [f"{w} {rng.choice(STREET_KINDS)}" for w in streets]
        self.flat = rng.randint(1, 24) if rng.random() < 0.25 else None
        self.house = rng.randint(1, 240)
        self.locality = rng.choice(self.localities)
        self.other_house = f"{rng.randint(1, 240)} {rng.choice(self.streets[1:])}"
        self.other_locality = rng.choice(self.localities)
        self.postcode = postcode(rng, area)
        self.pc_form = rng.randint(0, 5)
        wards = rng.sample(WARD_HILLS, 2)
        self.wards = [rng.choice(WARD_FORMS).format(w=w) for w in wards]
        self.home = rng.choice(HOME_FORMS).format(w=rng.choice(HOME_WORDS))
        saint = rng.choice(SAINTS)
        self.hospital = rng.choice(HOSPITAL_FORMS).format(town=town, saint=saint)
        town2 = town if rng.random() < 0.7 else other
        self.hospital2 = rng.choice(HOSPITAL_FORMS).format(town=town2, saint=rng.choice(SAINTS))
        if self.hospital2 == self.hospital:
            self.hospital2 = f"{other} Royal Infirmary"  # a tertiary centre further away
        self.trust = rng.choice(TRUST_FORMS).format(town=town)
        self.gp = rng.choice(GP_FORMS).format(w=rng.choice(GP_WORDS), street=streets[1])
        self.council = rng.choice(COUNCIL_FORMS).format(town=town)
        self.prov = rng.choice(style.provider) if style.provider else ""
        self.refs = [_pattern(rng, style.refs[0]), _pattern(rng, style.refs[1])]
        self.hosp = _pattern(rng, rng.choice(HOSP_FORMS))
        self.nhs = nhs_number(rng)
        layout = rng.randint(0, 2)
        n = self.nhs
        self.nhs_text = (n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}")[layout]
        self.dots = rng.random() < 0.2
        self.words_age = rng.random() < 0.15
        self.age_phrase = rng.randint(0, 6)
        # dates
        self.start = date(2024, 1, 1) + timedelta(days=rng.randint(0, 910))
        self.day = self.start
        self.dates_seen = 0
        self.ldate = self.start + timedelta(days=rng.randint(47, 60))
        lines = style.register == "lines"
        csv = self.csv = style.topup.count(",") >= 4
        self.fixed_shape = None
        if csv or (lines and rng.random() < 0.7):
            shape = rng.choice([i for i in range(N_FULL) if i != COMMA_FULL])
            self.fixed_shape = shape
        self.clock = rng.randint(0, 20 * 60)
        self.clock_set = False
        self.time_form = rng.randint(0, 5)
        self.row = rng.randint(1, 60)
        # people
        taken: set[str] = set()
        sex = style.sex or rng.choice("FM")
        self.people: dict[str, P] = {}
        p = _draw(rng, sex, style.old, taken, child=style.child)
        if style.child:
            p.title = "Master" if sex == "M" else "Miss"
        else:
            p.title = "Mr" if sex == "M" else rng.choice(["Mrs", "Mrs", "Ms", "Miss"])
        self.people["p"] = p
        rsex = rng.choice("FM")
        r = _draw(rng, rsex, style.old and not style.child, taken)
        r.title = "Mr" if rsex == "M" else rng.choice(["Mrs", "Ms", "Miss"])
        self.people["r"] = r
        if style.child:
            self.rel = "mother" if rsex == "F" else "father"
        else:
            self.rel = rng.choice(RELATIONS[rsex])
        for who in ("s1", "s2", "d", "o1", "o2", "o3", "f1", "f2", "m1", "m2"):
            psex = "F" if who[0] == "f" else "M" if who[0] == "m" else rng.choice("FM")
            person = _draw(rng, psex, False, taken)
            person.title = (
                "Dr" if who == "d" else "Mr" if psex == "M" else rng.choice(["Mrs", "Ms", "Miss"])
            )
            self.people[who] = person
        self.taken = taken
        # the record
        self.has_record = rng.random() >= 0.12
        # age
        if style.ages:
            lo, hi = style.ages
            self.age = rng.randint(lo, hi)
        elif style.child:
            self.age = rng.randint(1, 15)
        else:
            over = rng.random() < (0.7 if style.old else 0.25)
            self.age = rng.randint(90, 104) if over else rng.randint(60 if style.old else 19, 89)
        self.dob = self._dob()
        known_names = []
        if self.has_record:
            p.in_record = True
            known_names.append(
                f"{p.title} {p.first} {p.last}" if rng.random() < 0.4 else f"{p.first} {p.last}"
            )
            if rng.random() < 0.7:
                r.in_record = True
                known_names.append(f"{r.first} {r.last}")
            for who in ("s1", "s2", "d"):
                if rng.random() < 0.3:
                    self.people[who].in_record = True
                    known_names.append(f"{self.people[who].first} {self.people[who].last}")
            flat = f"Flat {self.flat}, " if self.flat else ""
            self.known = {
                "names": known_names,
                "nhs_number": self.nhs,
                "date_of_birth": self.dob.isoformat(),
                "hospital_number": self.hosp,
                "address": f"{flat}{self.house} {self.streets[0]}, {self.locality}, {town}, {self.postcode}",
            }
        else:
            self.known = {}

    def _dob(self) -> date:
        # The first event is self.start: the age is exact on that day.
        rng = self.rng
        year = self.start.year - self.age
        try:
            birthday = self.start.replace(year=year)
        except ValueError:  # 29 February
            birthday = self.start.replace(year=year, day=28)
        if self.age == 0:  # a newborn
            return self.start - timedelta(days=rng.randint(2, 40))
        return birthday - timedelta(days=rng.randint(0, 364))

    # -- values --------------------------------------------------------------------------------

    def next_date(self) -> date:
        if self.style.register == "lines":
            # A log line's date comes just before its time: the clock moves here, and a
            # night that passes midnight moves the date on.
            step = self.rng.randint(5, 110)
            if self.dates_seen and self.rng.random() < 0.2:
                self.day = min(self.day + timedelta(days=1), self.start + timedelta(days=45))
                self.clock = self.rng.randint(6 * 60, 10 * 60)
            elif self.clock + step >= 24 * 60 and self.dates_seen:
                self.day = min(self.day + timedelta(days=1), self.start + timedelta(days=45))
                self.clock = (self.clock + step) % (24 * 60)
            else:
                self.clock = min(self.clock + step, 24 * 60 - 1)
            self.clock_set = True
            self.dates_seen += 1
            return self.day
        if self.dates_seen:
            reg = self.style.register
            if reg == "lines":
                step = 1 if self.rng.random() < 0.2 else 0
            else:
                step = self.rng.randint(0, 7 if reg == "letter" else 5)
            self.day = min(self.day + timedelta(days=step), self.start + timedelta(days=45))
        self.dates_seen += 1
        return self.day

    def date_text(self, day: date, *, full: bool = False) -> str:
        rng = self.rng
        if self.fixed_shape is not None and not full:
            return _date_full(day, self.fixed_shape)
        if full:  # a date of birth: always with a four-digit year
            return _date_full(
                day,
                rng.choice(
                    [
                        i
                        for i in range(N_FULL)
                        if i not in TWO_DIGIT_YEAR and (i != COMMA_FULL or not self.csv)
                    ]
                ),
            )
        if rng.random() < 0.6:
            shape = rng.randrange(N_FULL)
            if self.csv and shape == COMMA_FULL:
                shape = 0
            return _date_full(day, shape)
        return _date_short(day, rng.randrange(N_SHORT))

    def time_text(self) -> str:
        if self.clock_set:
            self.clock_set = False
        else:
            step = self.rng.randint(5, 110)
            if self.style.register == "lines":
                self.clock = min(self.clock + step, 24 * 60 - 1)
            else:
                self.clock = (self.clock + step) % (24 * 60)
        h, m = divmod(self.clock, 60)
        twelve = f"{h % 12 or 12}"
        return (
            f"{h:02d}:{m:02d}",
            f"{h:02d}{m:02d}hrs",
            f"{h:02d}.{m:02d}",
            f"{h:02d}{m:02d}",
            f"{twelve}.{m:02d}{'am' if h < 12 else 'pm'}",
            f"{twelve}:{m:02d}{'am' if h < 12 else 'pm'}",
        )[self.time_form]

    def address(self, *, block: bool = False, other: bool = False) -> list[tuple[str, str | None]]:
        rng = self.rng
        if other:
            parts = [self.other_house, self.other_locality, self.town]
        else:
            parts = [f"{self.house} {self.streets[0]}", self.locality, self.town]
            if self.flat:
                parts[0] = f"Flat {self.flat}, {parts[0]}"
        if block:
            value = "\n".join(parts)
            sep = "\n"
        else:
            form = rng.randint(0, 5)
            if form <= 2:
                value = ", ".join(parts)
            elif form == 3:
                value = " ".join(parts).replace(",", "").upper()
            else:
                value = " ".join(parts).replace(",", "")
            sep = rng.choice([", ", " ", ", "])
        out = [(value, "ADDRESS")]
        if not other:
            pc = self.postcode
            pc = (pc, pc.replace(" ", ""), pc.replace(" ", "  "), pc.lower(), pc, pc)[self.pc_form]
            out += [(sep, None), (pc, "POSTCODE")]
        return out

    def email(self) -> str:
        rng = self.rng
        r = self.people["r"]
        if rng.random() < 0.6:
            local = rng.choice(
                [f"{_ascii(r.first)}.{_ascii(r.last)}", f"{_ascii(r.first)[0]}{_ascii(r.last)}{rng.randint(1, 99)}",
                 f"{_ascii(r.last)}.{_ascii(r.first)}{rng.randint(50, 99)}"]
            )  # fmt: skip
        else:
            local = f"{rng.choice(['bluebell', 'seaview', 'tinkerbell', 'redkite', 'moorland'])}{rng.randint(10, 999)}"
        return f"{local}@{rng.choice(MAIL_DOMAINS)}"

    def team_box(self) -> str:
        slug = _slug(self.town)
        box = self.rng.choice(TEAM_BOXES)
        return self.rng.choice(
            [f"{slug}.{box}@nhs.net", f"{box}.{slug}@nhs.net", f"{slug}-tr.{box}@nhs.net"]
        )

    def provider_box(self) -> str:
        name = self.prov or self.home
        slug = _slug(" ".join([w for w in name.split() if w not in ("and", "the", "J.", "R.")][:2]))
        return f"{self.rng.choice(['office', 'enquiries', 'admin', 'manager'])}@{slug}.co.uk"

    def url(self) -> str:
        rng = self.rng
        slug = _slug(self.town)
        return rng.choice(
            [
                f"https://www.{slug}hospitals.nhs.uk/learning/{rng.randint(100, 999)}",
                f"https://forms.office.com/r/{_pattern(rng, '@@##@@#@')}",
                f"intranet.{slug}.nhs.uk/bulletin/{rng.randint(2024, 2026)}-{rng.randint(10, 99)}",
                f"www.{slug}-trust.nhs.uk/feedback",
            ]
        )

    def age_pieces(self) -> list[tuple[str, str | None]]:
        n = self.age
        label = "AGE" if n > 89 else "YOUNG"
        if self.words_age and not self.style.child:
            w = _words(n)
            return [
                [("aged ", None), (w, label)],
                [(w, label), (" years of age", None)],
                [(w, label), (" years old", None)],
            ][self.age_phrase % 3]
        text = str(n)
        return [
            [("aged ", None), (text, label)],
            [(text, label), ("yo", None)],
            [(text, label), (" y/o", None)],
            [(text, label), (" years old", None)],
            [("age ", None), (text, label)],
            [(text, label), ("y", None)],
            [(text, label), (" yrs", None)],
        ][self.age_phrase]


# ---------------------------------------------------------------------------------------------
# Filling a template
# ---------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\{(\w+)(?:\.(\w+))?\}|<<(.+?)>>")


class _Text:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.gold: list[GoldSpan] = []
        self.negatives: list[tuple[int, int]] = []

    def add(self, text: str, label: str | None = None, person: P | None = None) -> None:
        if not text:
            return
        if label == "NEG" or label == "YOUNG":
            self.negatives.append((self.length, self.length + len(text)))
        elif label == "PERSON":
            self.gold.append(
                GoldSpan(
                    self.length, self.length + len(text), "PERSON", person.names, person.in_record
                )
            )
        elif label:
            self.gold.append(GoldSpan(self.length, self.length + len(text), label))
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def _initials(person: P) -> str:
    words = [w for w in re.split(r"[\s-]+", f"{person.first} {person.last}") if w]
    return _ascii("".join(w[0] for w in words)).upper()


def _person_text(case: _Case, who: str, form: str) -> tuple[list[tuple[str, str | None]], P]:
    rng = case.rng
    if who in ("o4", "o5"):
        psex = rng.choice("FM")
        person = _draw(rng, psex, False, case.taken)
        person.title = "Mr" if psex == "M" else rng.choice(["Mrs", "Ms", "Miss"])
    else:
        person = case.people[who]
    hon = person.title + ("." if case.dots else "")
    if form == "full" and who != "d":
        roll = rng.random()
        form = (
            "upper"
            if roll < 0.08
            else "lower"
            if roll < 0.13
            else "caps"
            if roll < 0.2
            else "jh"
            if roll < 0.27
            else "full"
        )
    if form == "first" and person.nick and rng.random() < 0.5:
        form = "nick"
    if form in ("init", "initd"):
        ini = _initials(person)
        if len(ini) < 2 or ini in CLINICAL_INITIALS or not ini.isalpha():
            form = "jh"
    first, last = person.first, person.last
    suffix = ""
    if form == "poss":
        form = rng.choice(["full", "first", "title"])
        suffix = (
            "'" if (last if form == "title" else first).endswith("s") and form != "full" else "'s"
        )
        if form == "full" and last.endswith("s"):
            suffix = "'"
    value = {
        "full": f"{first} {last}",
        "first": first,
        "nick": person.nick or first,
        "last": last,
        "title": f"{hon} {last}",
        "tfull": f"{hon} {first} {last}",
        "caps": f"{last.upper()}, {first}",
        "upper": f"{first} {last}".upper(),
        "lower": f"{first} {last}".lower(),
        "lfirst": first.lower(),
        "jh": f"{first[0]}{rng.choice(['. ', ' '])}{last}",
        "brk": f"{first}\n{last}",
        "init": _initials(person),
        "initd": ".".join(_initials(person)) + ".",
    }.get(form)
    if form == "email":
        local = f"{_ascii(first)}.{_ascii(last)}".replace("-", "")
        if rng.random() < 0.3:
            local += str(rng.randint(1, 9))
        return [(f"{local}@nhs.net", "EMAIL")], person
    if form == "xemail":
        domain = _slug(
            " ".join(
                [w for w in (case.prov or case.home).split() if w not in ("and", "J.", "R.")][:2]
            )
        )
        return [
            (f"{_ascii(first)}.{_ascii(last)}@{domain}.co.uk".replace("-", ""), "EMAIL")
        ], person
    if who == "d" and form == "full" and rng.random() < 0.5:
        value = f"{hon} {first} {last}"
    return [(value, "PERSON"), (suffix, None)], person


def _fill(case: _Case, template: str, out: _Text) -> None:
    position = 0
    after_dot = False
    for match in _TOKEN.finditer(template):
        literal = template[position : match.start()]
        if after_dot and literal.startswith("."):
            literal = literal[1:]
        out.add(literal)
        after_dot = False
        position = match.end()
        slot, form, term = match.groups()
        if term:
            out.add(term, "NEG")
        elif form:
            pieces, person = _person_text(case, slot, form)
            for text, label in pieces:
                out.add(text, label, person)
            after_dot = form == "initd" and pieces[0][0].endswith(".")
        else:
            _slot(case, slot, out)
    literal = template[position:]
    if after_dot and literal.startswith("."):
        literal = literal[1:]
    out.add(literal)


def _slot(case: _Case, slot: str, out: _Text) -> None:
    rng = case.rng
    simple = {
        "nhs": (case.nhs_text, "NHS_NUMBER"),
        "hosp": (case.hosp, "HOSPITAL_NUMBER"),
        "ward": (case.wards[0], "LOCATION"),
        "ward2": (case.wards[1], "LOCATION"),
        "home": (case.home, "LOCATION"),
        "hospital": (case.hospital, "ORGANISATION"),
        "hospital2": (case.hospital2, "ORGANISATION"),
        "trust": (case.trust, "ORGANISATION"),
        "gp": (case.gp, "ORGANISATION"),
        "council": (case.council, "ORGANISATION"),
        "prov": (case.prov, "ORGANISATION"),
        "ref": (case.refs[0], "ID"),
        "ref2": (case.refs[1], "ID"),
        "rel": (case.rel, None),
    }
    if slot in simple:
        out.add(*simple[slot])
    elif slot == "date":
        out.add(case.date_text(case.next_date()), "DATE")
    elif slot == "ldate":
        out.add(case.date_text(case.ldate), "DATE")
    elif slot == "dob":
        out.add(case.date_text(case.dob, full=True), "DATE")
    elif slot == "time":
        out.add(case.time_text())
    elif slot == "row":
        case.row += 1
        out.add(str(case.row))
    elif slot == "age":
        for text, label in case.age_pieces():
            out.add(text, label)
    elif slot in ("addr", "addrb", "addr2"):
        for text, label in case.address(block=slot == "addrb", other=slot == "addr2"):
            out.add(text, label)
    elif slot == "street":
        out.add(case.streets[0] if rng.random() < 0.5 else case.streets[2], "LOCATION")
    elif slot == "phone":
        out.add(_landline(rng, case.code), "PHONE")
    elif slot == "mob":
        out.add(_mobile(rng), "PHONE")
    elif slot == "email":
        out.add(case.email(), "EMAIL")
    elif slot == "email2":
        out.add(case.team_box(), "EMAIL")
    elif slot == "email3":
        out.add(case.provider_box(), "EMAIL")
    elif slot == "url":
        out.add(case.url(), "URL")
    elif slot in ("he", "him", "his", "He", "His"):
        male = case.people["p"].sex == "M"
        word = {"he": ("he", "she"), "him": ("him", "her"), "his": ("his", "her")}[slot.lower()][
            not male
        ]
        out.add(word.capitalize() if slot[0].isupper() else word)
    else:  # pragma: no cover - the tests check every slot is known
        raise KeyError(slot)


# ---------------------------------------------------------------------------------------------
# Assembling a text
# ---------------------------------------------------------------------------------------------


def _estimate(template: str) -> int:
    plain = _TOKEN.sub(lambda m: "x x" if not m.group(3) else m.group(3), template)
    return len(plain.split())


def _build(rng: random.Random, number: int, style: Style) -> tuple[Example, list[tuple[int, int]]]:
    while True:
        built = _attempt(rng, number, style)
        words = len(built[0].text.split())
        if LOW_WORDS <= words <= HIGH_WORDS:
            return built


def _attempt(
    rng: random.Random, number: int, style: Style
) -> tuple[Example, list[tuple[int, int]]]:
    case = _Case(rng, style)
    letter = style.register == "letter"
    target = rng.gauss(270, 30) if letter else rng.gauss(305, 35)
    target = min(max(target, 225 if letter else 235), 330 if letter else 370)
    header = rng.choice(style.headers)
    ending = rng.choice(style.endings)
    body = list(style.core)
    used = _estimate(header) + _estimate(ending) + sum(map(_estimate, body))
    extras = list(style.extras)
    rng.shuffle(extras)
    for extra in extras:
        if used >= target:
            break
        body.insert(rng.randint(2, len(body)), extra)
        used += _estimate(extra)
    shared = list(_shared(style))
    rng.shuffle(shared)
    for sentence in shared:
        if used >= target:
            break
        if style.register == "lines":
            sentence = style.topup.replace("{text}", sentence)
        body.insert(rng.randint(2, len(body)), sentence)
        used += _estimate(sentence)
    out = _Text()
    _fill(case, header, out)
    if style.register == "lines":
        for sentence in body:
            out.add("\n")
            _fill(case, sentence, out)
        out.add("\n")
        _fill(case, ending, out)
    else:
        out.add("\n\n")
        size = 3 if letter else rng.randint(3, 5)
        for index, sentence in enumerate(body):
            if index and index % size == 0:
                out.add("\n\n")
                if not letter:
                    size = rng.randint(3, 5)
            elif index:
                out.add(" ")
            _fill(case, sentence, out)
        out.add("\n\n")
        _fill(case, ending, out)
    text = out.text()
    example = Example(
        id=f"{PREFIX}-{number:06d}",
        text=text,
        known=case.known,
        gold=tuple(sorted(out.gold, key=lambda s: s.start)),
        kind=style.name,
    )
    return example, sorted(out.negatives)


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
    for built, _ in _deal(count, seed):
        yield built


def generate_with_negatives(
    count: int, seed: int = 1
) -> Iterator[tuple[Example, list[tuple[int, int]]]]:
    yield from _deal(count, seed)
