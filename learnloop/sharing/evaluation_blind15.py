"""A fifteenth blind de-identification pack: 25 new NHS document types, written without the engine.

Synthetic UK NHS narratives with exact gold spans, as ``evaluation_blind15.md`` describes:
``generate(count, seed=1)``, ``example(rng, number)``, ``generate_with_negatives(count, seed=1)``.
Only shared infrastructure is imported from ``learnloop.sharing.evaluation``; the templates,
pools, formats and look-alikes are this pack's own. All people, places and numbers are made up.
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
    "DIRECT_IDENTIFIERS",
    "LABELS",
    "STYLES",
    "example",
    "generate",
    "generate_with_negatives",
]

PREFIX = "blind15"
LOW_WORDS, HIGH_WORDS = 200, 420

# ---------------------------------------------------------------------------------------------
# Places: real towns with their postcode area and dialling code; invented streets and units
# ---------------------------------------------------------------------------------------------

TOWNS = (
    ("Leeds", "LS", "0113"), ("Sheffield", "S", "0114"), ("Nottingham", "NG", "0115"),
    ("Leicester", "LE", "0116"), ("Bristol", "BS", "0117"), ("Reading", "RG", "0118"),
    ("Birmingham", "B", "0121"), ("Edinburgh", "EH", "0131"), ("Liverpool", "L", "0151"),
    ("Manchester", "M", "0161"), ("Newcastle upon Tyne", "NE", "0191"),
    ("Sunderland", "SR", "0191"), ("York", "YO", "01904"), ("Bath", "BA", "01225"),
    ("Exeter", "EX", "01392"), ("Hull", "HU", "01482"), ("Lancaster", "LA", "01524"),
    ("Norwich", "NR", "01603"), ("Plymouth", "PL", "01752"), ("Preston", "PR", "01772"),
    ("Barnsley", "S", "01226"), ("Derby", "DE", "01332"), ("Stoke-on-Trent", "ST", "01782"),
    ("Lincoln", "LN", "01522"), ("Ipswich", "IP", "01473"), ("Carlisle", "CA", "01228"),
    ("Aberdeen", "AB", "01224"), ("Dundee", "DD", "01382"), ("Swansea", "SA", "01792"),
    ("Wrexham", "LL", "01978"), ("Middlesbrough", "TS", "01642"), ("Oxford", "OX", "01865"),
    ("Truro", "TR", "01872"), ("Hereford", "HR", "01432"), ("London", "E", "020"),
    ("Portsmouth", "PO", "023"), ("Belfast", "BT", "028"),
)  # fmt: skip
LOCALITIES = (
    "Gorse Hill", "Netherfield", "Whinmoor", "Crossgates", "Lowfield", "Brackenbury",
    "St Budeaux", "Ferrybridge", "Hollinwood", "Kirkstall Bridge", "Saltwell", "Pennfields",
    "Moorside", "Thornaby Green", "Ashby Vale", "Cotgrave End", "Riverdene", "Marsh Lane End",
)  # fmt: skip
STREETS = (
    "Cobbler's Row", "Ropewalk", "Lime Kiln Lane", "Foundry Street", "Weavers Close",
    "Ferry Approach", "Kiln Croft", "Mill Race Drive", "Gas Street", "Tram Depot Road",
    "Nursery Walk", "Quarry Bank", "Salt Pan Lane", "Pottery Yard", "Sluice Gate Road",
    "Bobbin Mews", "Tollgate Rise", "Chandlers Way", "Dye House Lane", "Wharf Terrace",
)  # fmt: skip
# Wards named after rivers and trees of the British Isles.
WARDS = (
    "Tamar Ward", "Wye Ward", "Severn Unit", "Ward Ouse", "Eden Ward", "Tees Suite",
    "Hawthorn Ward", "Rowan Unit", "Blackthorn Ward", "Alder Ward", "Spindle Ward",
    "Medway Ward", "Calder Unit", "Ribble Ward", "Dee Ward", "Whitebeam Ward", "Avon Suite",
)  # fmt: skip
HOMES = (
    "Larkrise Care Home", "Bramble Hollow Nursing Home", "The Cedars Residential Home",
    "Glebe House", "Hollins Court Care Centre", "Meadow Rue Nursing Home", "Kingsmead Lodge",
    "St Cuthbert's Care Home",
)  # fmt: skip
HOSPITALS = (
    "{town} Royal Infirmary", "{town} General Hospital", "{town} Victoria Hospital",
    "St Aidan's Hospital", "St Brigid's Hospital", "{town} City Hospital",
    "{town} Women's and Children's Hospital", "Queen Mary's Hospital",
)  # fmt: skip
TRUSTS = (
    "{town} Teaching Hospitals NHS Foundation Trust", "University Hospitals of {town} NHS Trust",
    "{town} Health and Care NHS Trust", "{town} Community Healthcare NHS Trust",
)  # fmt: skip
GPS = (
    "{street_word} Surgery", "{street_word} Medical Practice", "Riverbank Health Centre",
    "The Tannery Practice", "Old Forge Surgery", "{locality} Family Practice",
)  # fmt: skip
COUNCILS = ("{town} City Council", "{town} Council", "{town} Metropolitan Borough Council")

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# ---------------------------------------------------------------------------------------------
# Look-alikes: written in, tracked, never gold
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "eponym": (
        "Murphy's sign", "Battle's sign", "Beck's triad", "Cheyne-Stokes breathing",
        "Virchow's triad", "Trousseau's sign", "Seldinger technique", "Tinel's sign",
        "Parkinson's disease", "Hickman line", "Foley catheter", "Crohn's disease",
        "Addison's disease", "Down's syndrome", "Guedel airway", "Homans' sign",
    ),
    "drug": (
        "Hartmann's solution", "Plasma-Lyte 148", "Sando-K", "Kabiven", "SMOFlipid",
        "Cernevit", "Additrace", "epirubicin", "vincristine", "hyaluronidase", "dexrazoxane",
        "Octaplex", "tranexamic acid", "Sinemet", "Oramorph", "Buccolam", "NovoRapid",
        "Fragmin", "Pabrinex", "ondansetron", "Levemir", "Gelofusine", "alteplase",
    ),
    "score": (
        "NEWS2 of 7", "GCS 14/15", "Waterlow 23", "Braden 11", "MUST 2", "PEWS 5", "CFS 7",
        "4AT of 6", "Rockwood 6", "Glasgow-Blatchford 9", "MEOWS two reds", "QRISK 18%",
    ),
    "national": (
        "the CQC", "NHS England", "the MHRA", "HSSIB", "NHS Resolution", "the UKHSA",
        "NHSBT", "the GMC", "the NMC", "SHOT", "NICE", "the Renal Registry",
    ),
    "device": (
        "Alaris GP pump", "Baxter Infusor", "Prismaflex", "Fresenius 5008", "Nimbus 4 mattress",
        "Sara Stedy", "Hoyer hoist", "Bair Hugger", "Bard Flexi-Seal", "Dinamap", "Omnicell cabinet",
        "Vocera badge", "Entonox",
    ),
    "number": (
        "0.9% sodium chloride", "1:1000 adrenaline", "Hb 64 g/L", "INR 6.8", "K+ 6.4",
        "plt 14 x10^9/L", "batch 2403117", "bag 2 of 3", "BP 84/52", "T 38.9", "CBG 2.1",
        "pH 7.21", "20ml/kg", "sats 88% on air", "lactate 4.6", "Na 119",
    ),
    "duration": ("3/7", "2/52", "6/12", "48/24", "1/7", "4/52", "day 3 of 5", "72 hours"),
}
NATIONAL = LOOKALIKES["national"]

# ---------------------------------------------------------------------------------------------
# People: this pack's own pools beside Faker's
# ---------------------------------------------------------------------------------------------

NICKNAMES = {
    "Kathleen": ("Kath", "Kathy"), "Bridget": ("Biddy",), "Patrick": ("Paddy",),
    "Alfred": ("Alf", "Alfie"), "Albert": ("Bert",), "Herbert": ("Herbie",),
    "Frederick": ("Fred", "Freddie"), "Edward": ("Ted", "Eddie"), "Winifred": ("Winnie",),
    "Dorothy": ("Dot", "Dolly"), "Mildred": ("Millie",), "Beatrice": ("Bea", "Trixie"),
    "Christopher": ("Kit",), "Nathaniel": ("Nat",), "Theodore": ("Theo",),
    "Archibald": ("Archie",), "Robert": ("Bob", "Rab"), "Alexander": ("Sandy", "Alec"),
    "Euphemia": ("Effie",), "Christina": ("Kirsty",), "Henrietta": ("Etta",),
    "Marjorie": ("Madge",), "Wilfred": ("Wilf",), "Cuthbert": ("Bertie",),
}  # fmt: skip
_NICK_SEX = {
    "Kathleen": "F", "Bridget": "F", "Winifred": "F", "Dorothy": "F", "Mildred": "F",
    "Beatrice": "F", "Euphemia": "F", "Christina": "F", "Henrietta": "F", "Marjorie": "F",
}  # fmt: skip
WORD_NAMES = (
    "Summer", "Autumn", "Star", "Heather", "Saffron", "Crystal", "Dawn", "Honey", "Sky",
    "Storm", "Fox", "Glen", "Moss", "Bear", "Willow", "Clover",
)  # fmt: skip
_FIRST = {
    "F": (
        "Chidinma", "Temitope", "Folasade", "Akosua", "Selam", "Meron", "Shilan", "Mehwish",
        "Rizwana", "Hetal", "Bhavna", "Tharshini", "Maricel", "Rowena", "Joana", "Graça", "Rasa",
        "Eglė", "Desislava", "Zsófia", "Demelza", "Morwenna", "Tamsin", "Catriona", "Seonaid",
        "Lily-Mae", "Ellie-Rose", "Jo-Ann", "Mary-Jo", "Summer", "Autumn", "Star", "Heather",
        "Saffron", "Crystal", "Dawn", "Honey", "Sky", "Willow", "Clover",
    ),
    "M": (
        "Oluwaseun", "Ikechukwu", "Babajide", "Yaw", "Kwabena", "Yonas", "Tesfaye", "Karwan",
        "Hawre", "Tahir", "Zubair", "Jignesh", "Nilesh", "Kajan", "Sivakumar", "Jericho",
        "Marlon", "Thiago", "Mindaugas", "Dainius", "Tsvetan", "Bence", "Jago", "Ruaridh",
        "Murdo", "Tony-Lee", "Rhys-Owen", "Storm", "Fox", "Glen", "Moss", "Bear",
    ),
}
_SURNAMES = (
    "Nic Amhlaoibh", "McGillivray", "MacAulay", "Mac Giolla Bhríde", "van den Berg", "von Essen",
    "dos Santos", "De Souza", "bin Hassan", "el-Masri", "Abu Bakr", "Hughes-Ogunleye",
    "Patel-Whitfield", "Nowak-Brennan", "Ahmed-Lloyd", "Okonkwo", "Adebayo", "Mensah",
    "Tesfamariam", "Haile", "Barzani", "Qureshi", "Chaudhry", "Solanki", "Thakkar",
    "Sivapalan", "Balasingham", "Dela Cruz", "Magbanua", "Ferreira", "Kazlauskas",
    "Petrauskas", "Georgieva", "Horváth", "Trevithick", "Penhaligon", "Murphy", "Battle",
    "Beck", "Stokes", "Hickman", "Foley", "Cholmondeley", "Featherstonehaugh", "Marjoribanks",
    "Pickersgill", "Thwaite", "Ackroyd", "Sowerby", "Tweddle",
)  # fmt: skip
HONORIFIC_WORDS = {"mr", "mrs", "ms", "miss", "master", "dr", "mx"}


@dataclass
class Person:
    first: str
    last: str
    sex: str
    names: str
    title: str
    nick: str = ""
    in_record: bool = False

    def parts(self) -> set[str]:
        found = {w.casefold() for w in re.split(r"[\s-]+", f"{self.first} {self.last}") if w}
        if self.nick:
            found.add(self.nick.casefold())
        return found


def _listed(name: str) -> str:
    listed = listed_names()
    parts = [w for w in re.split(r"[\s-]+", name) if w]
    return "listed" if all(w.casefold() in listed for w in parts) else "unlisted"


def _draw_person(rng: random.Random, sex: str, used: set[str]) -> tuple[str, str, str, str]:
    """(first, last, names, nick) not sharing a part with anyone already in the text."""
    for _ in range(80):
        nick = ""
        if rng.random() < 0.55:
            faker = _new_person(rng, sex=sex)
            first, last, names = faker.first, faker.last, faker.names
        else:
            roll = rng.random()
            if roll < 0.3:
                pool = [n for n in NICKNAMES if _NICK_SEX.get(n, "M") == sex]
                first = rng.choice(pool)
                nick = rng.choice(NICKNAMES[first])
            else:
                first = rng.choice(_FIRST[sex])
            last = rng.choice(_SURNAMES)
            names = _listed(f"{first} {last}")
        words = [w.casefold() for w in re.split(r"[\s-]+", f"{first} {last}") if w]
        if nick:
            words.append(nick.casefold())
        if any(len(w) < 2 or w.rstrip(".") in HONORIFIC_WORDS for w in words):
            continue
        if used.isdisjoint(words):
            used.update(words)
            return first, last, names, nick
    raise RuntimeError("could not draw a distinct name")  # pragma: no cover


def _ascii(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value.replace("ı", "i")).encode("ascii", "ignore")
    return re.sub(r"[^a-z-]", "", plain.decode().lower())


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
    ages: tuple[int, int] | None = None  # the patient's age range, when not the usual


def _style(name, register, what, text, refs, **options) -> Style:
    parts: dict[str, list[str]] = {"H": [], "C": [], "X": [], "E": []}
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        kind, _, sentence = line.partition(": ")
        parts[kind].append(sentence.replace("\\n", "\n"))
    return Style(
        name,
        register,
        what,
        tuple(parts["H"]),
        tuple(parts["C"]),
        tuple(parts["X"]),
        tuple(parts["E"]),
        refs,
        **options,
    )


_P = "prose"
_L = "lines"
_T = "letter"

STYLES = (
    _style("discharge_summary_addendum", _P, "discharge summary addendum, the warfarin dose copied from another patient (old)", r"""
H: ADDENDUM TO DISCHARGE SUMMARY\nPatient: {p.caps} | NHS No {nhs} | Hosp No {hosp} | DOB {dob}\nDischarged from {ward}, {hospital}, on {date}.
H: Discharge summary addendum (issued in error correction) for {p.tfull}, {age}, MRN {hosp}, NHS {nhs}, home address {addr}.
C: This addendum corrects the summary sent to {gp} on {date}, which gave a warfarin dose of 7mg daily where the anticoagulation record for {p.title} says 3mg on <<Fragmin>> bridging.
C: The 7mg figure was pasted from the summary of another patient on the same bay, {o1.full}, who was discharged the same afternoon by the same FY1.
C: {p.first} took the higher dose for 3 days before the practice nurse, {s1.full}, checked an <<INR 6.8>> at the surgery and rang the ward on {phone}.
C: {d.title}, the consultant, has reviewed {p.title} in the ambulatory unit on {date} and there was no bleeding beyond some bruising on the forearms.
C: The corrected dose is in section 4 below and a copy has gone to {r.tfull}, {p.poss} {rel}, who manages the dosette box at home.
X: The incident is logged as {ref} and linked to the pharmacy intervention {ref2}.
X: {r.first} said on the phone that the tablets looked different from the usual ones and wondered about it at the time.
X: The ward pharmacist, {s2.jh}, did not screen the TTO because it was written after 17:00 on a Friday.
X: Past history includes <<Parkinson's disease>> on <<Sinemet>>, which was unchanged and correct on both summaries.
X: The community pharmacy, {prov}, has been asked to withdraw the old MAR chart printed from the first summary.
E: Signed {d.title} on {ldate}; queries to the ward clerk on {phone} or {email2}.
E: Addendum authorised {ldate} by {d.tfull}, consultant physician, {trust}.
""", ("DSA-####", "@@/####/##"), old=True, provider=("Lakeside Pharmacy Ltd", "Well-Chem Chemists", "Boots UK Ltd")),
    _style("cmht_risk_review_note", _P, "community mental health team risk review, a threat to an ex-partner not passed on", r"""
H: CMHT RISK REVIEW (MDT) - {p.upper} - NHS {nhs} - care coordinator {s1.full}\nDate of review: {date}
H: Community mental health team risk review for {p.tfull} ({hosp}), held at the {street} team base on {date}.
C: {p.first} is known to the team with a diagnosis of paranoid schizophrenia and was last seen at home at {addr} by {s1.first} on {date}.
C: At that visit he made a specific threat towards his ex-partner, {o1.full}, naming the new address on {street}, and this was recorded in the progress notes but not on the risk screen.
C: The duty worker, {s2.full}, did not see the entry before closing the police welfare request, and no one contacted {o1.title}.
C: {d.title}, the team consultant, has since reviewed {p.title} in clinic and increased his depot, with the next injection due on {date}.
C: His {rel}, {r.full}, can be reached on {mob} and has agreed to tell the team straight away if he mentions {o1.first} again.
X: The police reference is {ref2} and the MARAC coordinator for {council} has the referral.
X: The <<CFS 7>> recorded by the physical health nurse on the same day is not thought to be right and will be redone.
X: Progress notes were written by a student, {o2.full}, and countersigned the following day.
X: {r.first} said the team had been told about the threats in a voicemail left on the duty line.
X: The review used the <<NICE>> guidance on shared risk formulation, which the team adopted last year.
E: Review chaired by {d.tfull}; actions to {s1.email} by {date}.
E: Next risk review {date}, {ward}, or sooner if {p.first} disengages.
""", ("CMHT-RR-####", "@@####"), sex="M"),
    _style("midwife_led_unit_transfer_record", _P, "midwife-led unit to obstetric unit transfer, the CTG abnormal and the ambulance slow", r"""
H: MLU TRANSFER RECORD - {hospital}\nWoman: {p.tfull}   Hosp no: {hosp}   NHS: {nhs}   EDD: {date}
H: Record of intrapartum transfer from the midwife-led unit to the obstetric unit at {hospital2}, written up by {s1.full}, Band 6 midwife.
C: {p.first} was admitted to the birth centre at {time} on {date} in established labour, {age}, second baby, with a low-risk pathway agreed at booking.
C: At {time} the intermittent auscultation showed decelerations and {s1.first} called the coordinator, {s2.tfull}, who agreed transfer under the <<MEOWS two reds>> guideline.
C: The ambulance was requested at {time} under {ref} and arrived at {time}, 41 minutes later, because the crew came from a job on the other side of the town.
C: {p.title} was handed over to {d.title}, obstetric registrar, and a category 2 caesarean section was done with the baby born in good condition.
C: Her partner, {r.full}, followed by car and was not told which hospital to go to, and found the unit only after ringing {phone}.
X: Blood loss was 900ml and <<tranexamic acid>> was given in theatre.
X: The woman's address on the ambulance request was her old one, {addr2}, which the crew noticed on the way.
X: {r.first} has asked for a debrief and can be contacted on {mob} or {email}.
X: The transfer was delayed a further eight minutes by the lift on the ground floor being out of order.
X: The review found the unit had no direct line to the ambulance control room, only the general number.
E: Written by {s1.jh} on {ldate}; reviewed by {s2.full}, maternity governance.
E: Copy to the woman's GP, {gp}, and to the community midwife, {o2.title}.
""", ("MLU-####", "@@@/####"), sex="F", ages=(19, 44)),
    _style("tissue_viability_referral", _P, "tissue viability referral, a category 3 pressure ulcer found under a plaster cast (old)", r"""
H: TISSUE VIABILITY REFERRAL\nName: {p.full}  DOB: {dob}  NHS: {nhs}  Ward: {ward}\nReferred by {s1.full} on {date}
H: Referral to the tissue viability nurse team for {p.tfull}, {age}, hospital number {hosp}, admitted from {home}.
C: {p.title} was admitted after a fall at {home} on {date} and her left ankle was put in a backslab by the orthopaedic team.
C: When the cast was changed on {date}, a category 3 pressure ulcer 3cm by 2cm was found over the lateral malleolus, with slough and no exposed bone.
C: The risk assessment on admission gave <<Waterlow 23>> and <<Braden 11>>, and a <<Nimbus 4 mattress>> was ordered but not delivered for two days.
C: {p.first} has dementia and could not say that the cast was rubbing, and her {rel}, {r.tfull}, says she was calling out at night.
C: Photographs are on the clinical photography system and the wound chart has been started by {s2.full}, the ward sister.
X: The home manager, {o1.full}, has been told and has asked for the tissue viability plan to come with her on discharge.
X: Please contact the ward on {phone} to arrange a joint review with the orthopaedic team.
X: The incident has been reported as {ref}, and a safeguarding concern has not been raised as the damage is thought to be acquired on the ward.
X: {r.first} can be contacted on {mob} and would like to be there when the wound is next seen.
X: {p.poss} nutrition screen gave <<MUST 2>> and the dietitian has been asked to see her.
E: Referrer: {s1.full}, {email2}, {ldate}.
E: TVN triage: seen {ldate} by {o2.jh}, TVN; plan on the wound chart.
""", ("TVN-#####", "@@/##/####"), old=True, sex="F"),
    _style("chemotherapy_extravasation_record", _P, "chemotherapy extravasation of a vesicant through a peripheral cannula", r"""
H: EXTRAVASATION RECORD - Chemotherapy Day Unit, {hospital}\n{p.caps}   {hosp}   NHS {nhs}   Regimen: FEC (cycle 3)
H: Extravasation incident record for {p.tfull} ({hosp}), day unit chair 6, {date}.
C: {p.first} was having <<epirubicin>> through a peripheral cannula in the right hand when she said at {time} that the site was stinging.
C: The nurse, {s1.full}, stopped the infusion straight away, aspirated from the cannula, and marked the area of swelling, about 4cm across.
C: The on-call oncologist, {d.title}, was bleeped and prescribed <<dexrazoxane>> under the extravasation policy, with the first dose given at {time}.
C: The cannula had been sited by {s2.full} that morning after two failed attempts and the flush before the bolus was not documented.
C: {p.title} was given written advice and the 24-hour number for the acute oncology line, {phone}, and went home with her {rel}, {r.first}.
X: A plastic surgery opinion was asked for and {o1.tfull} saw her on {date}.
X: {p.poss} next cycle will be given through a PICC line, booked for {date}.
X: She was reviewed on the phone by the acute oncology nurse, {o2.full}, who noted redness but no blistering.
X: The unit's stock of the antidote was checked and found to be in date, batch numbers recorded in the pharmacy log.
X: Photographs were taken with consent and uploaded under {ref2}.
E: Completed by {s1.jh}, {ldate}; Datix {ref}.
E: For follow-up at the nurse-led clinic, {ward}, on {date}.
""", ("EXT-####", "CDU/####/@"), sex="F"),
    _style("dialysis_needle_dislodgement_note", _P, "dialysis unit, a venous needle pulled out during a run with blood loss (old)", r"""
H: Satellite dialysis unit incident note - {hospital}\nPatient {p.full} ({hosp}) - machine 12 - {date}
H: Haemodialysis incident: venous needle dislodgement, {p.tfull}, {age}, NHS {nhs}, unit at {street}.
C: {p.first} dialyses three times a week at the satellite unit and was on a <<Fresenius 5008>> when, at {time}, the venous needle came out of the fistula under the blanket.
C: The machine's venous pressure alarm did not sound because the limits had been widened after an earlier alarm, and the blood loss was estimated at 400ml.
C: The nurse in charge, {s1.full}, found {p.title} pale and clammy with <<BP 84/52>> and put out a 999 call at {time}.
C: {p.title} was taken to {hospital2}, where a transfusion of two units was given and {d.title} reviewed him on the renal ward the next day.
C: His {rel}, {r.tfull}, was called by the unit on {mob} and asked to meet him in the emergency department.
X: The transport company, {prov}, was told not to collect him at the usual time.
X: The unit uses a needle-clip and tape check every half hour, and the last one was signed at {time}.
X: Staffing on the unit that afternoon was two registered nurses and one healthcare assistant, {s2.full}, for eleven patients.
X: The event has been reported to <<the Renal Registry>> as well as locally as {ref}.
X: {r.first} asked that in future the unit rings home on {phone} if anything happens.
E: Reported by {s1.jh} on {ldate}.
E: Reviewed by {d.tfull}, renal consultant, {trust}.
""", ("HD-####-##", "@@@-#####"), old=True, sex="M", provider=("Medicar Renal Transport", "Elite Patient Travel Ltd", "Bridgewater Ambulance Ltd")),
    _style("tpn_prescribing_error_review", _P, "TPN prescribing error review, the bag prescribed for the wrong weight", r"""
H: Parenteral nutrition prescribing error - rapid review\nPatient: {p.tfull} | {hosp} | {ward}
H: Rapid review of a TPN prescribing error, {p.full}, NHS {nhs}, date of incident {date}.
C: {p.first} was started on parenteral nutrition after a bowel resection for <<Crohn's disease>>, and the nutrition team prescribed <<Kabiven>> on the basis of a weight of 92kg.
C: The weight had been taken from the record of {o1.full}, who was in the next bed, and {p.poss} own weight on the ward chart was 54kg.
C: The dietitian, {s1.full}, noticed the mismatch on {date} when the capillary glucose was high and phoned the nutrition pharmacist, {s2.jh}.
C: By then {p.title} had had two days at the higher rate and had a <<K+ 6.4>>, treated on the ward by {d.title}.
C: {p.poss} {rel}, {r.full}, was told the same day and has asked how a weight from another patient got onto the prescription.
X: The weight was carried across when the e-prescribing template was copied from the previous patient.
X: The bag was made up by the aseptic unit at {hospital2}, which was not at fault.
X: The nutrition team's meeting on {date} agreed to weigh every patient on the day of starting.
X: {r.first} can be reached on {mob}.
X: The incident is logged as {ref} and the learning is going to the drugs and therapeutics group.
E: Review led by {s2.full}, lead pharmacist, {ldate}.
E: Findings shared with {d.title} and the ward manager, {ldate}.
""", ("TPN-####", "@@/####")),
    _style("falls_post_incident_huddle_note", _P, "post-fall huddle, a head injury on anticoagulants and no CT for hours (old)", r"""
H: POST-FALL HUDDLE - {ward}, {hospital} - {date}\nPatient: {p.full}, {age}, {hosp}
H: Notes of the falls post-incident huddle for {p.tfull} (NHS {nhs}), held at the nurses' station at {time}.
C: {p.first} was found on the floor by the bathroom door at {time} by {s1.full}, the healthcare assistant, with a cut above the left eyebrow.
C: He is on <<Fragmin>> and had a lying and standing BP the day before that showed a drop of 30, and the huddle heard that the <<Sara Stedy>> had been taken to another bay.
C: The FY1, {o1.jh}, reviewed him at {time}, but the CT head was not requested until {d.title} saw him on the board round four hours later.
C: {p.poss} {rel}, {r.full}, was phoned at home on {phone} and told that he had had a fall and was being checked over.
C: The huddle agreed that the falls care plan was in place but the call bell had been left on the table, out of reach.
X: Present: {s2.full} (nurse in charge), {s1.first}, {o2.full} (physiotherapist) and the matron.
X: The CT showed no bleed, and {p.first} was put on hourly neurological observations with <<GCS 14/15>> throughout.
X: {r.first} asked whether {p.first} could have a bed nearer the nurses' station.
X: He had been admitted from {home} three days before with a urinary infection.
X: The falls lead has been asked to look at how often the equipment is borrowed between bays.
E: Huddle notes typed by {s2.jh}; incident {ref}.
E: Follow-up check on {date}; falls team {email2}.
""", ("FALL-#####", "@@####"), old=True, sex="M"),
    _style("paediatric_drug_calculation_review", _P, "children's ward review, a tenfold paracetamol dose from a misplaced decimal (child)", r"""
H: Children's ward medication incident review\nChild: {p.tfull} | DOB {dob} | {hosp} | {ward}
H: Medication incident review: paracetamol overdose on {ward}, {hospital}, child {p.full}, NHS {nhs}.
C: {p.first}, {age}, was admitted with tonsillitis and was prescribed oral paracetamol on a weight of 18kg by the SHO, {o1.full}, on {date}.
C: The dose was written as 2700mg rather than 270mg, and the first dose was drawn up from two bottles by {s1.full} at {time}.
C: {p.poss} mother, {r.tfull}, questioned the amount in the syringe, and the second nurse, {s2.full}, checked the chart and stopped it.
C: About half the dose had been given, and {d.title}, the paediatric registrar, took a level at four hours and started treatment per the <<PEWS 5>> escalation plan.
C: {p.first} was well throughout and went home on {date} with a follow-up phone call from the ward.
X: Mum can be contacted on {mob} and has asked for a meeting with the ward manager.
X: The prescriber had been on the ward for two days and had not had the paediatric e-prescribing training.
X: {p.poss} school, {o2.full} as head teacher, was told only that he was unwell.
X: The incident was reported as {ref} and shared with the children's safety huddle.
X: The independent second check was done after the dose, not before.
E: Review by {s2.jh}, practice educator, {ldate}.
E: Signed off by {d.tfull}, {ldate}.
""", ("PAED-MED-####", "@@/####"), child=True, sex="M"),
    _style("theatre_list_change_log", _L, "theatre list change log, the order changed and the wrong patient sent for", r"""
H: THEATRE LIST CHANGE LOG - Theatre 4, {hospital} - {date}\nSurgeon: {d.title}   Anaesthetist: {o1.title}   Coordinator: {s1.full}
H: List amendments {date} - Main theatres {hospital} - logged by {s1.jh}
C: {time} - list published: 1. {o2.caps} lap chole 2. {p.caps} ({hosp}) lap hernia 3. {o3.full} cysto.
C: {time} - {o2.last} cancelled (ate breakfast), {p.last} moved to first, changed on the board by {s1.first}.
C: {time} - porter sent to {ward} for "{p.last}", but collected {o4.full} from the same bay who had a similar name on the whiteboard.
C: {time} - checked in reception against the wristband by {s2.full}; NHS no on band {nhs} did not match, porter sent back.
C: {time} - {p.tfull}, {age}, arrived in theatre reception, sign-in done with <<GCS 14/15>> and consent checked.
X: {time} - ward rang on {phone} asking why the patient had been sent back.
X: {time} - list running 45 mins late, {d.title} informed.
X: {time} - {o3.last} moved to afternoon, new list sent to {email2}.
X: {time} - incident raised as {ref} by the coordinator.
X: {time} - recovery full, two patients waiting with the <<Bair Hugger>> removed from stock count.
E: {time} - list closed, {s1.jh}.
E: {time} - log checked by theatre manager {s2.full}.
""", ("THR-####", "@@-####-##")),
    _style("ambulance_handover_delay_escalation_log", _L, "ambulance handover delay escalation log, four hours in the back of a vehicle (old)", r"""
H: ED ambulance handover escalation log - {hospital}\n{date} - Hospital Ambulance Liaison Officer: {s1.full}
H: HANDOVER DELAY LOG {date} | site {hospital} | HALO {s1.jh}
C: {time} - vehicle 4 arrived, pt {p.tfull} {age} from {addr} via 999, query hip fracture, crew {o1.full} and {o2.full}.
C: {time} - 60 min breach, escalated to the nurse in charge {s2.full}, no cubicle.
C: {time} - crew report pain worse, <<Oramorph>> 5mg given in vehicle, <<NEWS2 of 7>>, asked for senior review.
C: {time} - {d.title} reviewed pt on vehicle, fluids and bloods taken in the vehicle, handover still not possible.
C: {time} - handed over to corridor space 3 after 4h 10m, NHS {nhs}, hosp no {hosp}.
X: {time} - {p.poss} {rel} {r.full} rang on {mob} asking where she was.
X: {time} - escalated to the site manager {o3.full}, OPEL 4 declared.
X: {time} - crew released to attend a category 1 call, second crew took over care.
X: {time} - {ref} raised by the ambulance service and shared as {ref2}.
X: {time} - pressure areas checked in vehicle, red on sacrum, <<Waterlow 23>>.
E: {time} - log closed, HALO {s1.first}.
E: {time} - copy to {prov} and {email2}.
""", ("HALO-#####", "@@@####"), old=True, provider=("Northern Ambulance Service NHS Trust", "Peninsula Ambulance Service", "Mercia Ambulance Service")),
    _style("iv_fluid_prescription_audit_csv", _L, "IV fluid prescription audit pasted as CSV, a patient on maintenance potassium with no bloods", r"""
H: IV fluids audit (export) - {ward} - {date}\nauditor: {s1.email}\nbed,patient,hosp_no,fluid,rate,prescriber,issue
H: "{ward}",{date},IV FLUID POINT PREVALENCE AUDIT,auditor {s1.full}\nbed,name,number,fluid,rate,prescriber,issue
C: B1,"{o1.caps}",n/k,<<0.9% sodium chloride>> 1L,8hrly,{o2.init},none
C: B4,"{p.caps}",{hosp},<<Plasma-Lyte 148>> + KCl 40mmol,10hrly,{d.title},no U&E for 3 days
C: B6,{o3.full},n/k,<<Hartmann's solution>>,stat,{o2.init},not signed for
C: Comment: {p.title} ({age}, NHS {nhs}) had a <<K+ 6.4>> on the morning bloods, after three days of potassium with no check.
C: Action: bay nurse {s2.full} told at {time}; {d.title} bleeped and fluids stopped.
X: B9,"{o4.caps}",n/k,<<Gelofusine>> 500ml,stat,{o2.init},no weight recorded
X: Comment: fluid balance chart for B4 not totalled on {date}.
X: Ward contact: {phone}, audit lead {s1.full}.
X: Reported as {ref}; audit ref {ref2}.
X: B11,{o5.full},n/k,<<0.9% sodium chloride>> 500ml,4hrly,{o2.init},none
E: audit closed {ldate},{s1.jh}
E: export sent to {email2} {ldate}
""", ("IVF-####", "AUD/####/@@")),
    _style("haematology_critical_value_call_log", _L, "haematology lab critical value call log, a platelet count of 9 not passed on", r"""
H: HAEMATOLOGY CRITICAL RESULTS TELEPHONE LOG - {hospital} pathology\nBMS on duty: {s1.full}
H: Haem critical phone log {date} | lab {hospital} | BMS {s1.jh}
C: {time} | sample {ref2} | {p.caps} | {hosp} | DOB {dob} | <<plt 14 x10^9/L>> | flagged critical
C: {time} | rang {ward} on {phone}, no answer after 10 rings
C: {time} | rang again, spoke to {o1.first} (HCA), result read back but no registered nurse available
C: {time} | {p.tfull} {age} NHS {nhs} | called the on-call haematology registrar {d.title} direct
C: {time} | {d.title} spoke to the ward nurse {s2.full}; platelets given
X: {time} | repeat sample received, platelets 9, no clumps on the film
X: {time} | result also sent by e-mail to {email2}
X: {time} | query raised as {ref} as the read-back was not to a registered professional
X: {time} | a second critical on {o4.caps} ({ward2}), <<Hb 64 g/L>>, phoned through to {o5.full}
X: {time} | ward phone line reported as faulty to estates
E: {time} | log checked and signed {s1.jh}
E: {time} | shift handover to {o3.full}
""", ("HCR-#####", "@@##-####")),
    _style("ooh_gp_telephone_consultation_log", _L, "GP out-of-hours telephone consultation log, a child's rash triaged as routine then re-contacted", r"""
H: OUT OF HOURS CALL NOTE - {prov}\nCase {ref} | Caller: {r.full} ({rel}) | Call back {mob}\nPatient {p.full} DOB {dob} NHS {nhs}
H: OOH clinical record | {prov} | {date} | Patient: {p.tfull} | Address: {addr} | Registered GP: {gp}
C: {time} Call received, caller {r.first} says {p.poss} temperature is 39.4 and she has a rash on her legs that came on this evening.
C: {time} Triaged by call handler {s1.full} to a 2-hour clinical call back.
C: {time} Call back by {d.title}: rash described as blotchy, glass test not done, advised <<ondansetron>> was not needed and to ring back if worse.
C: {time} Second call from {r.first}, rash spreading and not fading, she is floppy, {d.title} advised 999 straight away.
C: {time} Ambulance arranged, conveyed to {hospital}, case passed to paediatrics with <<PEWS 5>> recorded by the crew.
X: {time} Notes from the registered practice say she had two previous attendances this month.
X: {time} Safeguarding check done, no concerns on the summary care record.
X: {time} Caller also gave a second number, {phone}.
X: {time} Case reviewed next morning by the clinical lead {s2.full}, reference {ref2}.
X: {time} Interpreter not needed, the caller speaks English.
E: {time} Case closed by {d.title}.
E: {time} Sent to {gp} by e-mail.
""", ("OOH-#######", "@@-#####"), child=True, sex="F", provider=("Vocare Urgent Care", "Herald Out of Hours Ltd", "PrimeCare OOH")),
    _style("night_coordinator_bleep_log", _L, "night site coordinator's bleep log, a deteriorating patient lost between teams (old)", r"""
H: Night coordinator bleep log - {hospital} - night of {date}\nCoordinator: {s1.full} (bleep 2201)
H: SITE NIGHT LOG {date} {hospital} - {s1.jh}
C: {time} - {ward} rang re {p.tfull}, {age}, bed 14, NEWS rising, FY1 busy in ED.
C: {time} - bleeped medical SHO {o1.full}, no answer, asked the switchboard to try again.
C: {time} - {ward} rang back, {p.last} now <<NEWS2 of 7>>, <<sats 88% on air>>, nurse {s2.full} very worried.
C: {time} - registrar {d.title} went to see; hospital no {hosp}, transferred to the high dependency unit.
C: {time} - {p.poss} {rel} {r.full} informed by the ward on {mob}.
X: {time} - two side rooms free on {ward2}, told the bed manager {o3.full}.
X: {time} - ED at 54 patients, three ambulances waiting.
X: {time} - porter for {o4.full} in theatres, delayed.
X: {time} - incident raised as {ref} re the SHO not answering, bleep found flat.
X: {time} - outreach nurse {o2.full} reviewed on HDU.
E: {time} - handed over to day site team, {s1.first}.
E: {time} - log sent to {email2}.
""", ("NSC-#####", "@@/#####"), old=True),
    _style("diabetes_nurse_text_thread", _L, "text messages between a parent and the children's diabetes nurse, an insulin dose misread (child)", r"""
H: Text thread exported from the diabetes team mobile (for the incident file {ref})\nContact: {r.first} ({p.first}'s mum) {mob}
H: SMS log - paediatric diabetes team phone - patient {p.full}, {hosp}, NHS {nhs}
C: [{date} {time}] {r.first}: hi its {r.lower}, {p.lfirst}s mum, her sugars were 24 at tea, the pump said give 12 units is that right??
C: [{date} {time}] Team: Hi {r.first}, it's {s1.first} from the diabetes team, please don't give 12, ring the ward on {phone} now x
C: [{date} {time}] {r.first}: already gave it sorry, she's had <<NovoRapid>> 12 and shes going to bed
C: [{date} {time}] Team: Please check her <<CBG 2.1>> would be too low, give juice and ring 999 if she's drowsy. I'm calling you now.
C: [{date} {time}] {r.first}: ok she's ok now, 6.2, had toast. thank u {s1.lfirst}
X: [{date} {time}] {r.first}: nurse {o1.first} at school says she needs a new plan before Monday
X: [{date} {time}] Team: {d.title} will see {p.first} in clinic on {date}
X: [{date} {time}] {r.first}: my email is {email} if u can send the letter
X: [{date} {time}] Team: Pump settings checked, the carb ratio was entered as 1:2 not 1:20.
X: [{date} {time}] {r.first}: she's {age} she cant do it herself yet
E: Exported by {s1.jh} on {ldate}; phone number blocked after export.
E: Thread reviewed at the team meeting, {ldate}.
""", ("DIAB-####", "@@####"), child=True, sex="F"),
    _style("blood_sample_rejection_log", _L, "lab sample rejection log, a wrong blood in tube for a group and save", r"""
H: TRANSFUSION LAB SAMPLE REJECTION LOG - {hospital}\nDate: {date}   BMS: {s1.full}
H: Rejected samples {date} ({hospital} blood bank) - {s1.jh}
C: {time} G&S received for {p.caps}, {hosp}, DOB {dob}, from {ward}, taken by {o1.full}.
C: {time} group O RhD positive; historical group for this patient A RhD positive - WBIT suspected.
C: {time} rang {ward} on {phone}, spoke to {s2.full}, repeat sample requested, no units issued.
C: {time} repeat sample for {p.tfull} ({nhs}) grouped A RhD positive, matches history.
C: {time} the first sample found to be from {o4.full} in the next bed, labelled at the bedside from the wrong wristband.
X: {time} reported to <<SHOT>> via the lab manager, local ref {ref}.
X: {time} {d.title} told, transfusion for {p.first} went ahead at {time}.
X: {time} second rejected sample, {o5.caps}, addressograph label, not handwritten.
X: {time} e-mail to {email2} with both rejections.
X: {time} the sampler, {o1.first}, had done the training in the last year.
E: {time} log closed {s1.jh}.
E: {time} checked by the transfusion practitioner, {o3.full}.
""", ("WBIT-####", "TL/##/####")),
    _style("ward_move_bed_board_table", _L, "bed board moves pasted as a table, a patient moved at night five times (old)", r"""
H: BED MOVES EXTRACT - {hospital} - {date}\n| time | from | to | patient | hosp no | moved by |
H: Bed board extract (pasted from the system) for {p.tfull}, {hosp}, {date}\n| time | from | to | name | number | by |
C: | {time} | ED majors | AMU bay 2 | {p.caps} | {hosp} | {s1.init} |
C: | {time} | AMU bay 2 | {ward} bed 6 | {p.caps} | {hosp} | {s1.init} |
C: | {time} | {ward} bed 6 | {ward2} side room | {p.caps} | {hosp} | {o1.init} |
C: | {time} | {ward2} | discharge lounge | {p.caps} | {hosp} | {o1.init} |
C: Note: {p.title}, {age}, was moved four times in 19 hours, two of them after midnight, and had a <<4AT of 6>> by the morning.
X: | {time} | discharge lounge | {ward} bed 2 | {p.caps} | {hosp} | {s2.init} |
X: Note: {p.poss} {rel}, {r.tfull}, was not told of any move and rang the first ward on {phone}.
X: Note: {s1.init} = {s1.full}, site team; {o1.init} = {o1.full}, night coordinator; {s2.init} = {s2.full}.
X: Note: NHS number {nhs}; incident {ref}.
X: Note: {d.title} has asked for no more moves at night for patients with delirium.
E: Extract run by {s2.jh} on {ldate}.
E: Table sent to {email2} on {ldate}.
""", ("BED-#####", "@@@/####"), old=True),
    _style("coroners_officer_request_letter", _T, "coroner's officer letter asking for statements and records after a death (old)", r"""
H: HM Coroner's Office\n{ldate}\n\nThe Medical Director\n{trust}\n\nOur ref: {ref}\n\nDear Medical Director,
H: From the Coroner's Officer, HM Coroner's Office\nDate: {ldate}   Ref: {ref}\nDeceased: {p.tfull}   DOB: {dob}\n\nDear Sir or Madam,
C: I am writing about the death of {p.full}, {age}, of {addr}, who died at {hospital} on {date}.
C: The coroner has opened an investigation and would like statements from {d.tfull}, the consultant, and from {s1.full}, the nurse in charge on the night.
C: Please also send a copy of the medical records, hospital number {hosp} and NHS number {nhs}, including the falls risk assessment and the observations chart.
C: The family, through {p.poss} {rel}, {r.tfull}, have raised concerns about the delay in a CT scan after a fall on the ward.
C: Statements should be sent to me by {date} at {email2}, or by post to the coroner's office.
X: I understand the ward was {ward}, and that the death has been reported to you as a serious incident.
X: If the statements cannot be ready in time, please ring me on {phone}.
X: The post-mortem examination was carried out at {hospital2}, and the cause of death is awaited.
X: The family have also written to the coroner to ask whether {o1.full}, who was the junior doctor on duty, will be called as a witness.
X: {r.title} can be contacted on {mob}, and has asked that the family be kept informed by the trust's bereavement team.
E: Yours faithfully,\n{o2.full}\nCoroner's Officer
E: Yours sincerely,\n{o2.jh}\nCoroner's Officer, on behalf of the Senior Coroner
""", ("COR-####-##", "@@/####"), old=True),
    _style("school_nurse_medication_plan_letter", _T, "school nurse letter to a parent, the buccal midazolam plan was for another child (child)", r"""
H: School Nursing Service, {trust}\n{ldate}\n\n{r.tfull}\n{addrb}\n\nDear {r.title},
H: {ldate}\nOur ref: {ref}\n\nTo the parent of {p.full} (DOB {dob})\n{addrb}\n\nDear {r.first},
C: I am writing about the emergency care plan for {p.first}, who is in year 4 at {prov}.
C: On {date} we found that the plan kept in the school office for {p.poss} <<Buccolam>> was another pupil's plan with {p.poss} name written on the front.
C: The dose on that plan was 5mg, where {p.poss} plan from {d.title} at the epilepsy clinic gives 7.5mg.
C: {p.first} did not need the medicine during the time the wrong plan was in place, so no wrong dose was given.
C: A new plan has been signed by you, by the school, and by me, and the head teacher, {o1.tfull}, has checked it.
X: The teaching assistant who gives the medicine, {o2.full}, has had the training again on {date}.
X: {p.poss} NHS number on the new plan is {nhs}.
X: If you have any questions please ring me on {phone} or e-mail {s1.email}.
X: The incident has been reported as {ref2}.
X: We have also checked the plans of the two other children at the school who have rescue medicines.
E: Yours sincerely,\n{s1.full}\nSchool Nurse
E: With best wishes,\n{s1.full}, Specialist Community Public Health Nurse
""", ("SN-####", "@@@/###"), child=True, provider=("Hollybank Primary School", "St Wilfrid's C of E Primary", "Ropewalk Academy")),
    _style("dialysis_transport_complaint_reply", _T, "reply to a complaint about dialysis transport, left waiting four hours", r"""
H: {trust}\nPatient Advice and Liaison\n{ldate}\n\n{r.tfull}\n{addrb}\n\nDear {r.title},
H: {ldate}\nOur reference: {ref}\nRe: {p.tfull}, NHS {nhs}\n\nDear {r.title},
C: Thank you for your letter about the transport for {p.full} to and from the dialysis unit on {date}.
C: I am sorry that {p.first} waited four hours after his session for the ambulance to take him home, and that he did not get home until after 10pm.
C: The transport is run for us by {prov}, and they have told us that the booking for {p.title} had been put on the wrong day.
C: The unit manager, {s1.full}, has met the transport company and there is now a check of every booking the day before.
C: I understand that {p.title} was very tired after the wait and missed his evening <<Sinemet>>.
X: You also asked why no one rang you, and the unit has updated your number on the record to {mob}.
X: The unit's direct line is {phone} if it happens again.
X: Your complaint has been shared with the renal consultant, {d.tfull}.
X: We also found that the hospital number on the booking, {hosp}, was correct but the address was an old one, {addr2}.
X: If you would like to meet, please contact me at {email2}.
E: Yours sincerely,\n{s2.full}\nPatient Experience Manager
E: Yours sincerely,\n{s2.jh}\nHead of Patient Experience
""", ("PALS-#####", "@@/####/##"), sex="M", provider=("Medicar Renal Transport", "Elite Patient Travel Ltd", "Bridgewater Ambulance Ltd")),
    _style("ed_to_ambulance_service_feedback_email", _T, "ED consultant e-mail to an ambulance service, a pre-alert not made for a stroke (From/To)", r"""
H: From: {d.email}\nTo: {email2}\nSent: {ldate} 08:14\nSubject: Feedback - {ref} - no pre-alert\n\nDear colleagues,
H: From: {d.full} <{d.email}>\nTo: clinical governance <{email2}>\nDate: {ldate}\nSubject: Crew feedback request, incident {ref}\n\nDear {o1.title},
C: I am writing about a patient brought to {hospital} by your crew on {date}, {p.tfull}, {age}, NHS number {nhs}.
C: She had a right-sided weakness that started an hour before the call, but no pre-alert was made and she waited in the ambulance queue.
C: The thrombolysis window was missed by 20 minutes and she did not receive <<alteplase>>.
C: Her {rel}, {r.full}, has raised a complaint with us and with your patient experience team.
C: I would like to ask for the crew's statements and the call log from the collection address, {addr}.
X: The crew members were {o2.full} and {o3.full}, and the handover was to {s1.full}.
X: Her hospital number is {hosp} if you need to match our record.
X: I am happy to talk on {phone}.
X: Our stroke nurse, {s2.full}, has reviewed the timeline, which is attached.
X: I understand the crew was under pressure with three calls waiting, and this is not about blame.
E: Kind regards,\n{d.tfull}\nConsultant in Emergency Medicine, {hospital}
E: Best wishes,\n{d.title}\nED consultant
""", ("ED-FB-####", "@@@-#####"), sex="F"),
    _style("pharmacy_wrong_strength_recall_letter", _T, "community pharmacy letter to a patient, the wrong strength of lithium dispensed", r"""
H: {prov}\n{ldate}\n\n{p.tfull}\n{addrb}\n\nDear {p.title},
H: Our ref: {ref}\n{ldate}\n\nPrivate and confidential\n{p.tfull}\n{addrb}\n\nDear {p.first},
C: I am writing to tell you about a mistake in the medicine we gave you on {date}.
C: Your prescription from {gp} was for lithium carbonate 200mg tablets, but we gave you the 400mg tablets by mistake.
C: When you came back on {date} to ask why the tablets looked different, our pharmacist, {s1.full}, found the error and gave you the correct ones.
C: We have told your GP, {d.title}, who arranged a blood test, and the result on {date} was within the safe range.
C: We are very sorry for this, and we have changed how we check the strength at the hand-out point.
X: If you feel unwell, with shaking, sickness or confusion, please ring 111 or your GP.
X: Your NHS number, {nhs}, has been used to record the error on the national reporting system.
X: You can contact me at {email2} or on {phone}.
X: The dispenser, {s2.full}, has been given extra supervision.
X: Your {rel}, {r.full}, asked us to write to you as well as talking to you.
E: Yours sincerely,\n{s1.full}\nPharmacist Manager
E: Yours sincerely,\n{s1.jh}, MRPharmS, Superintendent Pharmacist
""", ("PH-####", "@@/#####"), provider=("Lakeside Pharmacy Ltd", "Well-Chem Chemists", "Greenlane Pharmacy")),
    _style("chc_funding_decision_letter", _T, "continuing healthcare decision letter, the wrong assessment attached (old)", r"""
H: {council}\nAdult Social Care\n{ldate}\n\n{r.tfull}\n{addrb}\n\nDear {r.title},
H: {ldate}\nRef: {ref}\nRe: {p.tfull}, DOB {dob}, NHS {nhs}\n\nDear {r.first},
C: I am writing about the NHS continuing healthcare assessment for {p.full}, who is now living at {home}.
C: The decision letter we sent you on {date} had the decision support tool of another person attached, {o1.full}, and this was a data breach.
C: I am very sorry for this, and I have asked you to destroy the attached pages or return them to us.
C: The correct assessment for {p.title}, who is {age}, was made on {date} and found her eligible for funding.
C: The social worker, {s1.full}, will visit {p.first} at the home to go through the care plan.
X: We have told {o1.title} about the error as well.
X: You can ring me on {phone} or write to {email2}.
X: The breach has been reported to our data protection officer, {s2.full}.
X: {p.poss} GP, {gp}, has also been sent a copy of the correct assessment.
X: The nurse assessor, {o2.full}, met with you at the home to go through the assessment.
E: Yours sincerely,\n{s2.full}\nContinuing Healthcare Team Manager
E: Yours sincerely,\n{s2.jh}\nCHC Lead
""", ("CHC-#####", "@@/###/####"), old=True, sex="F"),
    _style("gp_results_mixup_email", _T, "e-mail from a GP practice to a patient's son, results sent to the wrong patient (From/To)", r"""
H: From: {email2}\nTo: {email}\nDate: {ldate}\nSubject: Blood test results - {p.title}\n\nDear {r.first},
H: From: {s1.email}\nTo: {r.full} <{email}>\nSent: {ldate}\nSubject: RE: results - {p.full}\n\nDear {r.tfull},
C: Thank you for your e-mail about the results that were sent to you by text message on {date}.
C: I am sorry that the message you got for {p.title} was about another patient, and it said her kidney function was normal when it was not.
C: {p.poss} own results show an <<INR 6.8>> and our GP, {d.tfull}, has spoken to her on {mob} and arranged for her warfarin to be stopped.
C: The error happened because two patients with the same surname were on the list at the same time, and our system chose the wrong one.
C: We have reported this as {ref} and we will look at how we check the patient's details when we send texts.
X: {p.poss} NHS number is {nhs} if you need it for your records.
X: You also asked about {p.poss} address, which we now have as {addr}.
X: The receptionist who sent the message, {s2.full}, has been spoken to.
X: Please ring the practice on {phone} if you have any other questions.
X: You can see the results on the app if {p.first} gives you proxy access.
E: Kind regards,\n{s1.full}\nPractice Manager, {gp}
E: Best wishes,\n{s1.jh}\n{gp}
""", ("GP-####", "@@@/####"), old=True, sex="F"),
)

# Top-ups: for prose and letters, and for logs. One or two identifiers each, not more.
SHARED = (
    "The patient safety team will check that the actions are done by {date}.",
    "A copy of this has been placed in the notes and sent to the ward manager, {s2.full}.",
    "The family were offered a meeting and the duty of candour conversation was recorded by {d.title}.",
    "There was no evidence that the outcome would have been different, though the delay was distressing for the family.",
    "Learning will be shared through the weekly safety bulletin, which is also on {url}.",
    "Staff involved were offered a debrief, and the Freedom to Speak Up guardian, {o3.full}, was made aware.",
    "The relevant policy was last updated two years ago and is now under review by <<NHS England>> guidance.",
    "{p.poss} hospital number is {hosp} for anyone looking up the record.",
    "We have checked whether this needs to be reported to <<HSSIB>>, and it does not.",
    "The review team thanks {r.first} for describing events so clearly.",
    "An earlier, similar event on the same unit, involving <<Oramorph>>, was reported in the spring and closed without actions.",
    "For information, the ward's direct line is {phone}.",
    "Questions about this record can be sent to {email2}.",
    "The patient's medicines on admission, for <<Parkinson's disease>> and diabetes, included <<Sinemet>> and <<Levemir>> at night.",
    "The rota showed one registered nurse short on that shift, and the <<Omnicell cabinet>> was down for an hour.",
    "The feedback form for families is at {url} and {r.first} has been given the link.",
    "No equipment fault was found when the <<Alaris GP pump>> was checked by medical engineering.",
    "This account is based on the notes and on conversations with {s1.first} and {s2.first}.",
    "The patient was later reviewed by the outreach team, and <<Cheyne-Stokes breathing>> was not present.",
    "The service lead, {o3.tfull}, has asked for a progress report in <<6/12>>.",
)
SHARED_LINES = (
    "{time} - outcome noted on the shared drive, {url}",
    "{time} - bay checked, <<Hoyer hoist>> and <<Sara Stedy>> back in the store",
    "{time} - message left for {s2.first} to call back",
    "{time} - <<Dinamap>> swapped for a working one from the next bay",
    "{time} - informed the nurse in charge, <<NEWS2 of 7>> repeated",
    "{time} - escalated to {o3.full} (matron on call)",
    "{time} - <<Vocera badge>> not answering, used the landline {phone}",
    "{time} - <<K+ 6.4>> repeat sent, nothing further to add",
    "{time} - reviewed by {d.title}, plan unchanged",
    "{time} - incident form started, to be finished on the day shift",
    "{time} - relatives not contactable, will try again in the morning",
    "{time} - e-mail sent to {email2}",
    "{time} - <<NHS Resolution>> guidance on record keeping read out at handover",
    "{time} - obs stable, <<T 38.9>> at last check",
    "{time} - drug chart re-written, old chart crossed through",
    "{time} - patient asleep, <<GCS 14/15>> at last check, not disturbed",
    "{time} - checked against the wristband, hosp no {hosp}",
    "{time} - team leader aware, <<Fragmin>> dose checked against the weight",
    "{time} - {s1.first} on break, cover by {s2.first}",
    "{time} - log reviewed, see <<day 3 of 5>> plan",
)


def _shared(style: Style) -> tuple[str, ...]:
    return SHARED_LINES if style.register == "lines" else SHARED


def alternatives() -> int:
    """How many template sentences the pack chooses from."""
    own = sum(
        len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES
    )
    return own + len(SHARED) + len(SHARED_LINES)


# ---------------------------------------------------------------------------------------------
# Formats: dates, ages, phones, hospital numbers, addresses
# ---------------------------------------------------------------------------------------------

HOSP_FORMS = ("AA/999999", "9999999A", "A99-9999-9", "AAA99999")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def _hospital_number(rng: random.Random) -> str:
    shape = rng.choice(HOSP_FORMS)
    return "".join(
        str(rng.randint(0, 9)) if ch == "9" else rng.choice("BCDEFGHJKLMNPRSTVWXZ") if ch == "A" else ch
        for ch in shape
    )


def _date_forms(day: date, *, year: bool) -> list[tuple[str, int]]:
    month = MONTHS[day.month - 1]
    mon = month[:3]
    wd = _DAYS[day.weekday()]
    y2 = f"{day:%y}"
    forms = [
        (f"{day:%d/%m/%Y}", 10), (f"{day.day}/{day.month}/{y2}", 6), (f"{ordinal(day.day)} {month} {day.year}", 8),
        (f"{day.day} {month} {day.year}", 6), (f"{day:%d%b%Y}".upper(), 3), (f"{day.day} {mon.upper()} {day.year}", 2),
        (f"{day.day}.{day.month}.{y2}", 3), (f"{day:%d-%m-%Y}", 2), (f"{day.day}-{mon}-{day.year}", 2),
        (f"{month} {day.day}, {day.year}", 1), (f"{wd[:3]} {day:%d/%m/%Y}", 2), (day.isoformat(), 2),
        (f"{day:%d.%m.%Y}", 2), (f"{day.day} {mon} {day.year}", 3),
        # new in this pack
        (f"{day.day}{mon}{y2}", 2), (f"{day:%d}/{mon}/{day.year}", 2), (f"{day.day}/{day.month}/{day.year}", 3),
        (f"{wd[:3]} {day:%d.%m.%y}", 1), (f"{day.day} {mon} '{y2}", 1), (f"{ordinal(day.day)} {mon} {y2}", 2),
        (f"{day.day}-{day.month}-{y2}", 1), (f"{day.day}/{_ROMAN[day.month - 1]}/{day.year}", 1),
        (f"{wd}, {day.day} {month} {day.year}", 1),
    ]  # fmt: skip
    if not year:
        forms += [
            (f"{wd[:3]} {ordinal(day.day)} {mon}", 2), (f"{wd} the {ordinal(day.day)}", 2),
            (f"{wd[:3]} {day.day}/{day.month}", 2), (f"the {ordinal(day.day)} of {month}", 2),
            (f"{ordinal(day.day)} {month}", 4), (f"{day.day} {month}", 3), (f"{day:%d/%m}", 3),
            (f"{day.day} {mon}", 2), (f"{mon} {ordinal(day.day)}", 1), (f"{day.day}/{day.month}", 2),
            (f"{wd[:3]} {day.day} {mon}", 1),
        ]  # fmt: skip
    return forms


def _format_date(day: date, form: int, *, year: bool) -> str:
    return _date_forms(day, year=year)[form][0]


def _pick_date_form(rng: random.Random, *, year: bool) -> int:
    forms = _date_forms(date(2025, 3, 4), year=year)
    return rng.choices(range(len(forms)), weights=[w for _, w in forms])[0]


_UNITS = (
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _words(n: int) -> str:
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {_words(rest)}" if rest else "")
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    return _TENS[tens] + (f"-{_UNITS[unit]}" if unit else "")


# Age forms: (before, after); the number (or words) sits between and is the span.
_AGE_DIGITS = (
    ("aged ", ""), ("", "yo"), ("", " y/o"), ("", " years old"), ("age ", ""), ("", "y"),
    ("", " yrs"),
)
_AGE_WORDS = (("aged ", ""), ("", " years of age"), ("", " years old"))



def _phone(rng: random.Random, code: str) -> str:
    """A landline of the town: 11 digits in all, written as people write them."""
    local = "".join(str(rng.randint(0, 9)) for _ in range(11 - len(code)))
    local = str(rng.randint(2, 8)) + local[1:]
    if len(code) == 3:  # 020 / 023 / 028: 4-4
        a, b = local[:4], local[4:]
    elif len(code) == 4:  # 0113: 3-4
        a, b = local[:3], local[3:]
    else:  # 01904: 6 digits
        a, b = local[:3], local[3:]
    plain = code[1:]
    forms = [
        f"{code} {a} {b}", f"{code} {a}{b}", f"({code}) {a} {b}", f"{code}-{a}-{b}",
        f"{code}{a}{b}", f"+44 {plain} {a} {b}", f"+44 (0){plain} {a}{b}", f"{code} {a}-{b}",
    ]  # fmt: skip
    number = rng.choice(forms)
    roll = rng.random()
    if roll < 0.1:
        number += f" ext {rng.randint(2000, 7999)}"
    elif roll < 0.18:
        number += f" x{rng.randint(2000, 7999)}"
    return number


def _mobile(rng: random.Random) -> str:
    digits = f"07{rng.randint(400, 999)}{rng.randint(0, 999999):06d}"
    forms = [
        f"{digits[:5]} {digits[5:]}", digits, f"{digits[:5]}-{digits[5:8]}-{digits[8:]}",
        f"{digits[:4]} {digits[4:7]} {digits[7:]}", f"+44 {digits[1:5]} {digits[5:]}",
        f"+44{digits[1:]}", f"({digits[:5]}) {digits[5:]}", f"{digits[:5]} {digits[5:8]} {digits[8:]}",
    ]  # fmt: skip
    return rng.choice(forms)


def _postcode_text(rng: random.Random, code: str) -> str:
    roll = rng.random()
    if roll < 0.7:
        return code
    if roll < 0.8:
        return code.replace(" ", "")
    if roll < 0.9:
        return code.replace(" ", "  ")
    return code.lower()


def _ref(rng: random.Random, shape: str) -> str:
    return "".join(
        str(rng.randint(0, 9)) if ch == "#" else rng.choice("ABCDEFGHJKLMNPRSTUVWXY") if ch == "@" else ch
        for ch in shape
    )


# ---------------------------------------------------------------------------------------------
# One case: the people and facts a text is written from
# ---------------------------------------------------------------------------------------------

_RELATIONS = {
    "F": ("daughter", "wife", "sister", "niece", "partner", "granddaughter"),
    "M": ("son", "husband", "brother", "nephew", "partner", "grandson"),
}
_PIECE = tuple  # (text, label or None, meta or None, negative: bool)


@dataclass
class _Case:
    rng: random.Random
    style: Style
    town: str
    area: str
    code: str
    dotted: bool
    record: bool
    people: dict[str, Person] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    facts: dict[str, str] = field(default_factory=dict)
    age: int = 0
    dob: date = date(2000, 1, 1)
    start: date = date(2025, 1, 1)
    line_form: int | None = None  # a log keeps one date format, most of the time

    # -- people ----------------------------------------------------------------------------

    def person(self, key: str, *, sex: str | None = None, kind: str = "other") -> Person:
        rng = self.rng
        sex = sex or rng.choice("FM")
        first, last, names, nick = _draw_person(rng, sex, self.used)
        if kind == "doctor":
            title = "Dr"
        elif kind == "child":
            title = "Miss" if sex == "F" else "Master"
        elif sex == "F":
            title = rng.choice(("Mrs", "Mrs", "Ms", "Miss"))
        else:
            title = "Mr"
        if self.dotted:
            title += "."
        return Person(first, last, sex, names, title, nick)

    def who(self, key: str) -> Person:
        if key in ("o4", "o5"):  # a fresh outsider at each mention
            return self.person(key)
        return self.people[key]


def _case(rng: random.Random, style: Style) -> _Case:
    town, area, code = rng.choice(TOWNS)
    case = _Case(rng, style, town, area, code, rng.random() < 0.2, rng.random() >= 0.12)
    case.start = date(2024, 1, 8) + timedelta(days=rng.randint(0, 640))
    if style.register == "lines" and rng.random() < 0.7:
        case.line_form = _pick_date_form(rng, year=False)
    # the patient's age, and a date of birth that gives that age on the first date
    if style.child:
        low, high = 1, 15
    elif style.ages:
        low, high = style.ages
    elif rng.random() < (0.7 if style.old else 0.25):
        low, high = 90, 104
    else:
        low, high = (60, 89) if style.old else (19, 89)
    age = rng.randint(low, high)
    born = case.start.replace(year=case.start.year - age - 1, day=1) + timedelta(
        days=rng.randint(1, 360)
    )
    case.dob = born
    case.age = case.start.year - born.year - ((case.start.month, case.start.day) < (born.month, born.day))
    sex = style.sex or rng.choice("FM")
    people = case.people
    people["p"] = case.person("p", sex=sex, kind="child" if style.child else "patient")
    people["r"] = case.person("r")
    people["s1"] = case.person("s1")
    people["s2"] = case.person("s2")
    people["d"] = case.person("d", kind="doctor")
    for key in ("o1", "o2", "o3"):
        people[key] = case.person(key)
    if style.child:
        relation = "mother" if people["r"].sex == "F" else "father"
    else:
        relation = rng.choice(_RELATIONS[people["r"].sex])
    # the record
    p = people["p"]
    p.in_record = case.record
    people["r"].in_record = case.record and rng.random() < 0.7
    for key in ("s1", "s2", "d"):
        people[key].in_record = case.record and rng.random() < 0.3
    # places and numbers
    street = rng.choice(STREETS)
    locality = rng.choice(LOCALITIES)
    flat = f"Flat {rng.randint(1, 24)}, " if rng.random() < 0.15 else ""
    house = str(rng.randint(1, 180)) + ("a" if rng.random() < 0.05 else "")
    pc = postcode(rng, area)
    other_street = rng.choice([s for s in STREETS if s != street])
    street_word = street.split()[0].rstrip("'s")
    f = case.facts
    f.update(
        nhs=nhs_number(rng), hosp=_hospital_number(rng), house=house, flat=flat,
        street_addr=street, locality=locality, postcode=pc, rel=relation,
        addr2=f"{rng.randint(1, 180)} {other_street}, {locality}, {town}",
        ward=rng.choice(WARDS), home=rng.choice(HOMES), street=rng.choice(STREETS),
        phone=_phone(rng, code), mob=_mobile(rng),
        prov=rng.choice(style.provider) if style.provider else "",
        ref=_ref(rng, style.refs[0]), ref2=_ref(rng, style.refs[1]),
    )  # fmt: skip
    f["ward2"] = rng.choice([w for w in WARDS if w != f["ward"]])
    hospitals = rng.sample(HOSPITALS, 2)
    f["hospital"] = hospitals[0].format(town=town)
    f["hospital2"] = hospitals[1].format(town=town)
    f["trust"] = rng.choice(TRUSTS).format(town=town)
    f["gp"] = rng.choice(GPS).format(street_word=street_word, locality=locality)
    f["council"] = rng.choice(COUNCILS).format(town=town)
    slug = _ascii(town).replace("-", "")
    r = people["r"]
    f["email"] = rng.choice(
        (
            f"{_ascii(r.first)}.{_ascii(r.last)}{rng.randint(1, 99)}@gmail.com",
            f"{_ascii(r.first)[0]}{_ascii(r.last)}@btinternet.com",
            f"{_ascii(r.last)}family@hotmail.co.uk",
            f"{_ascii(r.first)}_{rng.randint(60, 99)}@outlook.com",
        )
    ).replace("-", "")
    team = rng.choice(("patientsafety", "governance", "pals", "complaints", "renal.admin", "tvn"))
    f["email2"] = rng.choice((f"{slug}.{team}@nhs.net", f"{team}.{slug}@nhs.net", f"{team}@{slug}.nhs.uk"))
    f["url"] = rng.choice(
        (
            f"https://www.{slug}hospitals.nhs.uk/learning-from-incidents",
            f"www.{slug}hospitals.nhs.uk/feedback",
            f"https://forms.office.com/r/{_ref(rng, '@#@@#@##')}",
            f"https://{slug}.nhs.uk/safety/bulletin-{rng.randint(10, 99)}",
            f"https://myrecord.{slug}.nhs.uk/login?user={_ascii(p.first).replace('-', '')}",
        )
    )
    return case


def _known(case: _Case) -> dict:
    if not case.record:
        return {}
    p, f = case.people["p"], case.facts
    names = [f"{p.title} {p.first} {p.last}" if case.rng.random() < 0.4 else f"{p.first} {p.last}"]
    for key in ("r", "s1", "s2", "d"):
        if case.people[key].in_record:
            names.append(f"{case.people[key].first} {case.people[key].last}")
    address = f"{f['flat']}{f['house']} {f['street_addr']}, {f['locality']}, {case.town}, {f['postcode']}"
    return {
        "names": names,
        "nhs_number": f["nhs"],
        "date_of_birth": case.dob.isoformat(),
        "hospital_number": f["hosp"],
        "address": address,
    }


# ---------------------------------------------------------------------------------------------
# Rendering: a template sentence becomes pieces (text, label, meta, look-alike?)
# ---------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\{(\w+)\.(\w+)\}|\{(\w+)\}|<<(.+?)>>")


def _initials(person: Person) -> list[str]:
    words = [w for w in re.split(r"[\s-]+", f"{person.first} {person.last}") if w]
    return [w[0].upper() for w in words][:4]


def _name(case: _Case, person: Person, form: str) -> list[_PIECE]:
    rng = case.rng
    meta = {"names": person.names, "in_record": person.in_record}
    first = person.first
    if form == "first" and person.nick and rng.random() < 0.5:
        first = person.nick
    if form == "full":  # changed on the fly now and then
        roll = rng.random()
        form = "upper" if roll < 0.08 else "lower" if roll < 0.13 else "caps" if roll < 0.2 else "jh" if roll < 0.27 else "full"
    if form == "email":
        address = f"{_ascii(person.first)}.{_ascii(person.last)}".replace("-", "")
        if rng.random() < 0.3:
            address += str(rng.randint(2, 9))
        return [(f"{address}@nhs.net", "EMAIL", None, False)]
    if form == "poss":
        return [(first, "PERSON", meta, False), ("'s", None, None, False)]
    text = {
        "full": f"{person.first} {person.last}",
        "first": first,
        "last": person.last,
        "title": f"{person.title} {person.last}",
        "tfull": f"{person.title} {person.first} {person.last}",
        "init": "".join(_initials(person)),
        "initd": "".join(f"{i}." for i in _initials(person)),
        "caps": f"{person.last.upper()}, {person.first}",
        "upper": f"{person.first} {person.last}".upper(),
        "lower": f"{person.first} {person.last}".lower(),
        "lfirst": first.lower(),
        "nick": person.nick or person.first,
        "jh": f"{person.first[0]}{rng.choice(('. ', ' '))}{person.last}",
    }[form]
    return [(text, "PERSON", meta, False)]


def _age(case: _Case, value: int) -> list[_PIECE]:
    rng = case.rng
    gold = value > 89
    if not case.style.child and rng.random() < 0.15:
        before, after = rng.choice(_AGE_WORDS)
        number = _words(value)
    else:
        before, after = rng.choice(_AGE_DIGITS)
        number = str(value)
    pieces: list[_PIECE] = []
    if before:
        pieces.append((before, None, None, False))
    pieces.append((number, "AGE" if gold else None, None, not gold))
    if after:
        pieces.append((after, None, None, False))
    return pieces


def _address(case: _Case, *, block: bool = False, wrong: bool = False) -> list[_PIECE]:
    rng, f = case.rng, case.facts
    if wrong:
        parts = f["addr2"].split(", ")
    else:
        parts = [f"{f['flat']}{f['house']} {f['street_addr']}", f["locality"], case.town]
    if block:
        text = "\n".join(parts)
    else:
        roll = rng.random()
        if roll < 0.6 or wrong and roll < 0.8:
            text = ", ".join(parts)
        elif roll < 0.8:
            text = " ".join(parts).replace(",", "").upper()
        else:
            text = " ".join(parts).replace(",", "")
    pieces: list[_PIECE] = [(text, "ADDRESS", None, False)]
    if not wrong:
        sep = "\n" if block else rng.choice((", ", ", ", " "))
        pieces += [(sep, None, None, False), (_postcode_text(rng, f["postcode"]), "POSTCODE", None, False)]
    return pieces


_VALUE_LABELS = {
    "nhs": "NHS_NUMBER", "hosp": "HOSPITAL_NUMBER", "ward": "LOCATION", "ward2": "LOCATION",
    "home": "LOCATION", "street": "LOCATION", "hospital": "ORGANISATION",
    "hospital2": "ORGANISATION", "trust": "ORGANISATION", "gp": "ORGANISATION",
    "council": "ORGANISATION", "prov": "ORGANISATION", "ref": "ID", "ref2": "ID",
    "phone": "PHONE", "mob": "PHONE", "email": "EMAIL", "email2": "EMAIL", "url": "URL",
}  # fmt: skip


def _nhs_text(rng: random.Random, digits: str) -> str:
    roll = rng.random()
    if roll < 0.45:
        return digits
    sep = " " if roll < 0.8 else "-"
    return f"{digits[:3]}{sep}{digits[3:6]}{sep}{digits[6:]}"


def _render(case: _Case, sentence: str) -> list[_PIECE]:
    rng, f = case.rng, case.facts
    pieces: list[_PIECE] = []
    at = 0
    for match in _TOKEN.finditer(sentence):
        if match.start() > at:
            pieces.append((sentence[at : match.start()], None, None, False))
        at = match.end()
        who, form, slot, term = match.groups()
        if who:
            pieces += _name(case, case.who(who), form)
        elif term:
            pieces.append((term, None, None, True))
        elif slot == "date":
            form = case.line_form if case.line_form is not None else _pick_date_form(rng, year=False)
            pieces.append((("date", form), "DATE", None, False))
        elif slot == "ldate":
            pieces.append((("ldate", _pick_date_form(rng, year=True)), "DATE", None, False))
        elif slot == "dob":
            form = _pick_date_form(rng, year=True)
            pieces.append((_format_date(case.dob, form, year=True), "DATE", None, False))
        elif slot == "time":
            pieces.append((("time",), None, None, False))
        elif slot == "age":
            pieces += _age(case, case.age)
        elif slot in ("addr", "addrb", "addr2"):
            pieces += _address(case, block=slot == "addrb", wrong=slot == "addr2")
        elif slot == "rel":
            pieces.append((f["rel"], None, None, False))
        elif slot == "nhs":
            pieces.append((_nhs_text(rng, f["nhs"]), "NHS_NUMBER", None, False))
        else:
            pieces.append((f[slot], _VALUE_LABELS[slot], None, False))
    if at < len(sentence):
        pieces.append((sentence[at:], None, None, False))
    # dotted initials at the end of a sentence: the full stop is not doubled
    for index in range(len(pieces) - 1):
        text, label = pieces[index][0], pieces[index][1]
        following = pieces[index + 1]
        if label == "PERSON" and isinstance(text, str) and text.endswith("."):
            if isinstance(following[0], str) and following[0].startswith("."):
                pieces[index + 1] = (following[0][1:], *following[1:])
    return pieces


_DUMMY_DAY = date(2025, 3, 4)


def _plain(pieces: list[_PIECE]) -> str:
    out = []
    for text, *_ in pieces:
        if isinstance(text, tuple):
            out.append("09:40" if text[0] == "time" else _format_date(_DUMMY_DAY, text[1], year=text[0] == "ldate"))
        else:
            out.append(text)
    return "".join(out)


def _count(pieces: list[_PIECE]) -> int:
    return len(_plain(pieces).split())


_STEPS = {"lines": (0, 0, 0, 1), "prose": (0, 1, 1, 2, 3, 5), "letter": (0, 1, 2, 4, 7)}
_CLOCKS = ("{h:02d}:{m:02d}", "{h:02d}{m:02d}hrs", "{h:02d}.{m:02d}", "{h:02d}{m:02d}")


def _build(rng: random.Random, style: Style, number: int) -> tuple[Example, list[tuple[int, int]]]:
    case = _case(rng, style)
    header = _render(case, rng.choice(style.headers))
    core = [_render(case, s) for s in style.core]
    ending = _render(case, rng.choice(style.endings))
    middle = core[2:]
    words = sum(map(_count, [header, *core, ending]))
    target = max(225, min(360, round(rng.gauss(280, 35))))
    pool = list(style.extras)
    rng.shuffle(pool)
    shared = list(_shared(style))
    rng.shuffle(shared)
    added = 0
    for sentence in [*pool, *shared]:
        if words >= target and words >= LOW_WORDS + 10:
            break
        pieces = _render(case, sentence)
        size = _count(pieces)
        if words + size > HIGH_WORDS - 5:
            continue
        middle.insert(rng.randint(0, len(middle)), pieces)
        words += size
        added += 1
    body = [core[0], core[1], *middle]
    # join by register
    out: list[_PIECE] = [*header]
    gap = lambda text: (text, None, None, False)  # noqa: E731
    if style.register == "lines":
        for sentence in body:
            out += [gap("\n"), *sentence]
        out += [gap("\n"), *ending]
    else:
        out.append(gap("\n\n"))
        size = 3 if style.register == "letter" else rng.choice((3, 4, 5))
        for index, sentence in enumerate(body):
            if index:
                out.append(gap("\n\n" if index % size == 0 else " "))
            out += sentence
        out += [gap("\n\n"), *ending]
    # fill dates, letter dates and times in text order
    day = case.start
    first = True
    clock = rng.randint(6 * 60, 13 * 60) + rng.choice((0, 5, 10))
    clock_form = rng.choice(_CLOCKS)
    steps = _STEPS[style.register]
    last_day = case.start
    filled: list[_PIECE] = []
    for text, label, meta, negative in out:
        if isinstance(text, tuple) and text[0] == "date":
            if not first:
                day += timedelta(days=rng.choice(steps))
            first = False
            last_day = day
            text = _format_date(day, text[1], year=False)
        elif isinstance(text, tuple) and text[0] == "time":
            clock = min(clock + rng.randint(3, 35), 23 * 60 + 55)
            text = clock_form.format(h=clock // 60, m=clock % 60)
        filled.append((text, label, meta, negative))
    letter_day = last_day + timedelta(days=rng.randint(2, 21))
    text_parts: list[str] = []
    gold: list[GoldSpan] = []
    negatives: list[tuple[int, int]] = []
    at = 0
    for text, label, meta, negative in filled:
        if isinstance(text, tuple):  # a letter or report date, after every event
            text = _format_date(letter_day, text[1], year=True)
        if label is not None:
            gold.append(GoldSpan(at, at + len(text), label, **(meta or {})))
        elif negative:
            negatives.append((at, at + len(text)))
        text_parts.append(text)
        at += len(text)
    known = _known(case)
    if not known:
        gold = [
            GoldSpan(s.start, s.end, s.label, s.names, False) if s.label == "PERSON" else s
            for s in gold
        ]
    example_ = Example(
        id=f"{PREFIX}-{number:06d}",
        text="".join(text_parts),
        known=known,
        gold=tuple(gold),
        kind=style.name,
    )
    return example_, negatives


def example(rng: random.Random, number: int) -> Example:
    """One example from a style picked with `rng`."""
    return _build(rng, rng.choice(STYLES), number)[0]


def _dealt(count: int, seed: int) -> Iterator[tuple[Example, list[tuple[int, int]]]]:
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _build(rng, deck.pop(), number)


def generate(count: int, seed: int = 1) -> Iterator[Example]:
    """`count` examples, the 25 styles dealt as a shuffled deck; the same seed, the same texts."""
    for example_, _ in _dealt(count, seed):
        yield example_


def generate_with_negatives(count: int, seed: int = 1) -> Iterator[tuple[Example, list[tuple[int, int]]]]:
    """The same examples as `generate`, each with the (start, end) of its look-alikes."""
    yield from _dealt(count, seed)
