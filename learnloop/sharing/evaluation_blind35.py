"""A thirty-fifth blind evaluation pack for de-identification: farms, fields and the outdoors.

Synthetic texts about dairy and arable farms, vets' practices, riding stables, forestry,
gamekeeping, canal boats, caravan parks, fishing lakes, allotments, village halls, a mobile
library, a rural bus route, a young farmers' club, a walking group and a mountain rescue team,
written in prose, in logs (quoted and plain CSV, pipe tables, a WhatsApp export, a bus radio log)
and in letters and e-mails. Every person, number and street is made up; the towns and villages
are real small English towns. Written blind: the engine was never read or run (see
evaluation_blind35.md).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field, replace
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

__all__ = ["LABELS", "STYLES", "alternatives", "example", "generate", "generate_with_negatives"]

PREFIX = "blind35"
LOW_WORDS = 200
HIGH_WORDS = 480
NO_RECORD = 0.12

# ---------------------------------------------------------------------------------------------
# Places: town -> (postcode district, dialling code, county, (two nearby villages))
# ---------------------------------------------------------------------------------------------

TOWN_INFO = {
    "Framlingham": ("IP13", "01728", "Suffolk", ("Saxtead", "Dennington")),
    "Halesworth": ("IP19", "01986", "Suffolk", ("Wenhaston", "Walpole")),
    "Holsworthy": ("EX22", "01409", "Devon", ("Pyworthy", "Bradworthy")),
    "South Molton": ("EX36", "01769", "Devon", ("North Molton", "Bishop's Nympton")),
    "Dulverton": ("TA22", "01398", "Somerset", ("Brushford", "Exebridge")),
    "Tetbury": ("GL8", "01666", "Gloucestershire", ("Doughton", "Long Newnton")),
    "Stow-on-the-Wold": ("GL54", "01451", "Gloucestershire", ("Maugersbury", "Lower Swell")),
    "Bishop's Castle": ("SY9", "01588", "Shropshire", ("Lydbury North", "Norbury")),
    "Much Wenlock": ("TF13", "01952", "Shropshire", ("Easthope", "Bourton")),
    "Cleobury Mortimer": ("DY14", "01299", "Shropshire", ("Neen Savage", "Hopton Wafers")),
    "Hathersage": ("S32", "01433", "Derbyshire", ("Grindleford", "Bamford")),
    "Tideswell": ("SK17", "01298", "Derbyshire", ("Litton", "Wormhill")),
    "Grassington": ("BD23", "01756", "North Yorkshire", ("Threshfield", "Linton")),
    "Hawes": ("DL8", "01969", "North Yorkshire", ("Gayle", "Hardraw")),
    "Reeth": ("DL11", "01748", "North Yorkshire", ("Healaugh", "Grinton")),
    "Masham": ("HG4", "01765", "North Yorkshire", ("Fearby", "Healey")),
    "Haltwhistle": ("NE49", "01434", "Northumberland", ("Greenhead", "Melkridge")),
    "Rothbury": ("NE65", "01669", "Northumberland", ("Thropton", "Whitton")),
    "Wooler": ("NE71", "01668", "Northumberland", ("Doddington", "Milfield")),
    "Kirkbymoorside": ("YO62", "01751", "North Yorkshire", ("Fadmoor", "Gillamoor")),
    "Easingwold": ("YO61", "01347", "North Yorkshire", ("Huby", "Raskelf")),
    "Caistor": ("LN7", "01472", "Lincolnshire", ("Nettleton", "Grasby")),
    "Spilsby": ("PE23", "01790", "Lincolnshire", ("Halton Holegate", "Hundleby")),
    "Holbeach": ("PE12", "01406", "Lincolnshire", ("Fleet Hargate", "Whaplode")),
    "Harleston": ("IP20", "01379", "Norfolk", ("Redenhall", "Mendham")),
    "Lavenham": ("CO10", "01787", "Suffolk", ("Brent Eleigh", "Cockfield")),
    "Chagford": ("TQ13", "01647", "Devon", ("Gidleigh", "Throwleigh")),
    "Hatherleigh": ("EX20", "01837", "Devon", ("Highampton", "Monkokehampton")),
    "Beaminster": ("DT8", "01308", "Dorset", ("Netherbury", "Mosterton")),
    "Langport": ("TA10", "01458", "Somerset", ("Huish Episcopi", "Curry Rivel")),
    "Lechlade": ("GL7", "01367", "Gloucestershire", ("Inglesham", "Little Faringdon")),
    "Uppingham": ("LE15", "01572", "Rutland", ("Lyddington", "Ayston")),
}
TOWNS = tuple((town, info[0], info[1]) for town, info in TOWN_INFO.items())
LOCALITIES = {town: info[3] for town, info in TOWN_INFO.items()}
HOSP_FORMS = ("AA9999999", "99A99999", "A999-9999")  # one shape per town, by its place here

STREET_WORDS = (
    "Billhook", "Flail", "Scythe", "Tedder", "Winnow", "Furrow", "Hayrick", "Oxbow", "Drover",
    "Stook",
)  # fmt: skip
STREET_KINDS = ("Lane", "Road", "Close", "Row", "Drove", "Way", "Street", "Green")
WARD_WORDS = (
    "Shorthorn", "Galloway", "Longhorn", "Southdown", "Texel", "Wensleydale", "Charolais",
    "Limousin", "Simmental", "Saddleback",
)  # fmt: skip
WARD_KINDS = ("Ward", "Ward", "Ward", "Unit")
HOMES = (
    "Glebe House", "Longacre Lodge", "Leaze Court", "Lynchet House", "Clover Ley Nursing Home",
)  # fmt: skip
PROVIDERS = (
    "Fieldgate Home Care", "Cartwheel Homecare Ltd", "Hedgerow Care Services",
    "Stileway Support", "Dry Stone Domiciliary Care",
)  # fmt: skip
GP_WORDS = ("Old Forge", "Tithe Barn", "Butter Cross", "Corn Exchange", "Market Cross")
HOSP_NAMES = (
    "{town} Community Hospital", "{town} War Memorial Hospital", "{town} Cottage Hospital",
    "{county} Royal Hospital", "{town} and District Hospital",
)  # fmt: skip
TRUST_NAMES = (
    "{county} Rural Health NHS Trust", "{county} Community Health NHS Foundation Trust",
    "{town} and {town2} Hospitals NHS Trust", "North {county} Healthcare NHS Foundation Trust",
)  # fmt: skip
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# ---------------------------------------------------------------------------------------------
# People: the pack's own name lists (five origins no earlier pack used) and word names
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    "Faroese": {
        "F": ("Guðrun", "Sunniva", "Ragnhild", "Birita", "Marjun", "Rannvá", "Sólja", "Turið"),
        "M": ("Jógvan", "Sjúrður", "Rógvi", "Hergeir", "Bárður", "Eyðun", "Símun", "Tróndur"),
        "L": ("Joensen", "Niclasen", "Poulsen", "Højgaard", "Zachariasen", "Dalsgaard",
              "Hammershaimb", "Skaale"),
    },
    "Quechua": {
        "F": ("Killa", "Sisa", "Suyana", "Pacha", "Qori", "Nayra", "Wayta", "Warmi"),
        "M": ("Amaru", "Inti", "Illari", "Kusi", "Wayra", "Rumi", "Kallpa", "Sinchi"),
        "L": ("Mamani", "Quispe", "Condori", "Choque", "Yupanqui", "Ccama", "Huallpa", "Apaza",
              "Ticona", "Colque"),
    },
    "Burmese": {
        "F": ("Thiri", "Hnin", "Nandar", "Phyu", "Yadanar", "Khin"),
        "M": ("Aung", "Kyaw", "Htet", "Thura", "Naing", "Soe"),
        "L": ("Lwin", "Htun", "Hlaing", "Myint", "Thant", "Kyi", "Maung", "Thein"),
    },
    "Ndebele": {
        "F": ("Sithembile", "Nomalanga", "Sibongile", "Thandeka", "Busisiwe", "Nokuthula"),
        "M": ("Mthokozisi", "Bhekithemba", "Sibusiso", "Ntokozo", "Mehluli", "Nkululeko"),
        "L": ("Ndlovu", "Sibanda", "Dube", "Mpofu", "Nyathi", "Khumalo", "Mlilo", "Tshuma",
              "Mathe", "Mguni"),
    },
    "Oromo": {
        "F": ("Chaltu", "Lensa", "Hawi", "Bontu", "Obse", "Ebise", "Ayantu", "Gadise"),
        "M": ("Gemechu", "Lencho", "Tolosa", "Abdisa", "Gutu", "Dhugasa", "Fayisa", "Jiregna"),
        "L": ("Gudina", "Tolessa", "Gemeda", "Dinsa", "Tufa", "Jaleta", "Wakjira", "Bayisa",
              "Dabala", "Regassa"),
    },
}  # fmt: skip
OWN_FIRST = {
    sex: tuple(name for group in OWN_GROUPS.values() for name in group[sex]) for sex in "FM"
}
OWN_LAST = tuple(name for group in OWN_GROUPS.values() for name in group["L"])
# Faroese family names after a farm or a place, with the particle written small: "í Dali".
PARTICLES = ("í", "á", "við")
FAROESE_PLACES = ("Dali", "Lakjuni", "Neyst", "Ryggi", "Dunga", "Túni")
NICK_OF = {
    "Sunniva": "Sunna", "Ragnhild": "Ragga", "Hergeir": "Geiri", "Thandeka": "Thandi",
    "Busisiwe": "Bussie", "Ntokozo": "Ntoko", "Nkululeko": "Nku", "Gemechu": "Gemo",
    "Suyana": "Suya",
}  # fmt: skip
NICKNAMES = {
    "Faroese": ("Sunna", "Ragga", "Geiri"),
    "Ndebele": ("Thandi", "Bussie", "Ntoko", "Nku"),
    "Oromo": ("Gemo",),
    "Quechua": ("Suya",),
}
WORD_NAMES = (
    "Reeve", "Warren", "Hedges", "Bush", "Bullock", "Oates", "Barley", "Fallow", "Wheatley",
    "Fielding",
)  # fmt: skip
ALL_WORD_NAMES = frozenset(WORD_NAMES)
NAME_FORMS = (
    "full", "first", "last", "title", "tfull", "dr", "init", "initl", "caps", "upper", "lower",
    "nick", "email", "pemail", "poss", "fl",
)  # fmt: skip
CLINICAL_INITIALS = frozenset(
    """AE AF BD BP CK CO CT DN DR ED GP HB HR IM IV JP LD ME MH MI MP MR MS NA NB NG OD OK OT
    PC PE PO PR PS PT RN RR SC SL SN ST TB TD UK VF VT AED BMI CPR DNR DOB DVT ECG ENT GCS ICU
    MRI NFA NHS PRN QDS RTA UTI COPD""".split()
)

# ---------------------------------------------------------------------------------------------
# Look-alikes: clinical and outdoor words that are not identifiers
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "drug": (
        "flucloxacillin", "prednisolone", "chloramphenicol", "ondansetron", "naproxen",
        "aciclovir", "benzylpenicillin", "tetanus immunoglobulin", "hydrocortisone",
        "fexofenadine",
    ),
    "dose": (
        "500 mg four times a day", "0.5 mg IM", "1 g IV", "100 mg twice daily",
        "two puffs as needed", "15 mg/kg", "4 mg stat", "1 litre of saline",
    ),
    "score": (
        "a FeverPAIN score of 3", "a Tinetti score of 14", "an Injury Severity Score of 17",
        "a Geneva score of 5", "a GCS of 13", "a NEWS2 of 7",
    ),
    "device": (
        "a vacuum splint", "a cervical collar", "a traction splint", "a spinal board",
        "a foil blanket", "a bag-valve mask", "an elbow crutch",
    ),
    "national": (
        "DEFRA", "the Animal and Plant Health Agency", "the Canal & River Trust",
        "the Forestry Commission", "the National Farmers' Union", "the RSPCA", "Natural England",
        "Mountain Rescue England and Wales", "the Rural Payments Agency",
        "the Farming Community Network",
    ),
    "law": (
        "the Animal Welfare Act 2006", "the Agriculture Act 2020",
        "the Countryside and Rights of Way Act 2000", "the Road Traffic Act 1988",
        "the Firearms Act 1968", "the Dangerous Dogs Act 1991", "the Hunting Act 2004",
        "the Wildlife and Countryside Act 1981", "the Veterinary Surgeons Act 1966",
    ),
    "eponym": (
        "Kienböck's disease", "de Quervain's tenosynovitis", "Tietze's syndrome",
        "Sudeck's atrophy", "Erb's palsy", "Boerhaave syndrome",
    ),
    "word": (
        "Herd Manager", "Head Keeper", "Yard Manager", "Show Steward", "Countryside Ranger",
        "Stockperson", "Relief Milker", "Club Leader", "Crew Chief", "Bus Controller",
        "Site Host", "Head Shearer", "Lengthsman", "Farm Manager", "Head Groom",
        "Tractor Driver", "Bailiff", "Site Warden",
    ),
    "bed": ("Recliner 6", "Plaster room 2", "bed 12", "Bay 7", "side room 3", "chair 14", "Resus 2"),
    "duration": (
        "for forty minutes", "for three days", "for six hours", "for a fortnight",
        "for ten days", "for twenty minutes", "over 48 hours", "for half an hour",
        "for two nights", "for nine months", "for an hour",
    ),
}  # fmt: skip
NATIONAL = frozenset(LOOKALIKES["national"])

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
    refs: tuple[str, str]  # two reference shapes: # a digit, @ a capital letter
    sex: str | None = None  # the patient's sex, when the story fixes it
    old: bool = False
    child: bool = False
    provider: bool = False
    topup: str = ""  # a log's line shape, with {stamp}, {time}, {text} and perhaps {sig}
    stamp: str = ""  # the strftime shape of a log's date stamp
    signs: tuple[str, ...] = ()  # who may sign a log line
    sign_forms: tuple[str, ...] = ()  # how they sign it
    clock: str = "%H:%M"  # how a log's times are written


def _S(name, register, what, headers, core, extras, endings, refs, **kw) -> Style:
    return Style(name, register, what, tuple(headers), tuple(core), tuple(extras),
                 tuple(endings), refs, **kw)  # fmt: skip


PROSE = [
    _S(
        "dairy_farmer_slurry_pit_gas_collapse_review", "prose",
        "review of a dairy farmer overcome by slurry gas while mixing the pit, whose brain injury from lack of oxygen was put down to a faint",
        [
            "Serious incident review {ref}: {p.full}, dairy farmer, {age}, of {addr}.",
            "Prepared for {trust} by {s1.full} with {d.dr}; NHS number {nhs}, hospital number {hosp}.",
        ],
        [
            "On {date} {p.first} was mixing slurry in the covered pit at the farm outside {town} when he fell at the hatch; his neighbour {o1m.full} worked at the edge <<for twenty minutes>> before pulling him clear.",
            "The first crew recorded <<a GCS of 13>> and a saturation that rose on oxygen, and {o2.tfull} noted that nobody had asked about the gas from the pit.",
            "At {hospital} he was seen in <<Bay 7>> by {s2.title}, given <<ondansetron>> <<4 mg stat>> for sickness, and written up as a simple faint.",
            "He was discharged at {time} to the care of his {rel}, {r.caps}, who found him muddled and repeating himself the next morning, {next}.",
            "The review found that slurry gas exposure was never named, that <<the Animal and Plant Health Agency>> guidance on pit mixing was not known to staff, and that his memory problems were from lack of oxygen.",
        ],
        [
            "{o3f.initl}, the <<Relief Milker>>, said the fan on the pit had been broken <<for a fortnight>>.",
            "His {rel} rang the {gp} on {later} and {s1.initl} arranged a scan, which showed the damage <<over 48 hours>> after it could have been seen.",
            "{p.title} had been given <<a foil blanket>> in the yard while {o4.full} held the cows back from the gate.",
            "A neurologist, {o5.title}, reviewed him on {ward} and started <<prednisolone>> for an unrelated rash.",
            "The <<Herd Manager>> on the next farm, {o1m.first}, has since fitted a gas alarm on his own pit.",
        ],
        ["Review closed by {d.dr} on {ldate}; the family were sent a copy to {email2}."],
        ("SI-####-@@", "DF/##/####"), sex="M",
    ),
    _S(
        "combine_driver_harvest_heat_stroke_review", "prose",
        "review of a contract combine driver who collapsed in a hot cab at harvest and whose heat stroke was treated as a drink problem",
        [
            "Case review {ref} for {trust}: {p.tfull}, {age}, combine driver, {addr}.",
            "Contact for the family: {r.upper} ({rel}), {mob}; record {hosp}.",
        ],
        [
            "On {day} {p.first} had been cutting barley near {town} <<for six hours>> in a cab whose air conditioning had failed, and {o1.title} found him slumped over the controls.",
            "The ambulance crew, led by {o2.full}, measured a temperature they wrote down as a thermometer fault, and gave <<1 litre of saline>> on the verge.",
            "In the emergency department {s1.fl} noted a smell of drink from the cab, and he waited in <<chair 14>> for a urine test before anyone cooled him.",
            "He fitted at {time}, was moved to <<Resus 2>> by {s2.title}, and spent two days on {ward} at {hospital} before he knew where he was.",
            "The panel found that heat stroke was missed because the story was read as drink, and that the unit had no cooling kit ready <<for an hour>>.",
        ],
        [
            "The <<Farm Manager>>, {o3m.full}, said the contractor's cab had been reported <<for three days>> running.",
            "{p.first} drinks little and his {rel} said so on the phone at {time2} to {s1.initl}.",
            "Bloods showed kidney strain and he was given <<hydrocortisone>> in error for a suspected low cortisol by {o4.title}.",
            "His own GP at the {gp} had noted <<Tietze's syndrome>> years before, which confused the chest pain history.",
            "{o5.full} from the contractor's firm visited on {later} and took the keys to the machine away.",
        ],
        ["Report signed by {d.dr}, {ldate}."],
        ("CR####/##", "HRV-#####"), sex="M",
    ),
    _S(
        "vets_practice_nurse_vaccine_needlestick_hand_review", "prose",
        "review of a veterinary nurse who injected herself with an oil-based cattle vaccine whose finger needed surgery that was delayed",
        [
            "Incident review {ref}: {p.full}, {age}, veterinary nurse, {addr}.",
            "Occupational health contact {s1.tfull}, {phone}; NHS {nhs}.",
        ],
        [
            "On {date} {p.first} was vaccinating calves with {o1f.caps} at a farm above {town} when a calf kicked and she pushed the needle into her index finger.",
            "She was told by the practice's senior partner, {o2.title}, that oil vaccine injuries need a hand surgeon, and she went straight to {hospital} with the leaflet.",
            "The triage nurse, {s2.initl}, put her in <<Plaster room 2>> and she was sent home with <<flucloxacillin>> <<500 mg four times a day>> and a sling.",
            "By {next} the finger was swollen to the wrist and {r.full}, her {rel}, drove her to {hospital2}, where the wound was opened and washed out.",
            "The review found that the oil vaccine warning was not read, that the hand team was not phoned <<for two nights>>, and that she lost some movement in the finger.",
        ],
        [
            "{o3.upper} of the practice reported it under <<the Veterinary Surgeons Act 1966>> guidance on sharps at work.",
            "Her hand therapist, {o4.title}, later suspected <<de Quervain's tenosynovitis>> from the splinting.",
            "The vaccine sheet had been photographed by {o1f.first} and sent to {s2.email} at {time}.",
            "{p.title} was off work <<for nine months>> and the practice manager, {o5.full}, kept her post open.",
            "She was seen once more on {ward} by {d.dr} before the second wash-out.",
        ],
        ["Closed by {d.dr} on {ldate} after a meeting with {p.first}."],
        ("OH/##/####", "VET-@####"), sex="F",
    ),
    _S(
        "gamekeeper_tick_bite_facial_palsy_missed_review", "prose",
        "review of a gamekeeper bitten by ticks on the moor whose facial palsy and heart block were not linked to a tick-borne infection",
        [
            "Learning review {ref}: {p.full}, gamekeeper, {age}, {addr}.",
            "Requested by {s1.fl} at {trust}; hospital number {hosp}.",
        ],
        [
            "{p.first} works the moor above {town} for the estate, and the <<Head Keeper>>, {o1m.full}, recalled pulling ticks from his legs in the weeks before {date}.",
            "He saw {o2.title} at the {gp} with a droopy face and was told he had a simple facial palsy, with <<prednisolone>> for ten days.",
            "On {later} he fainted at the pens and {o3.full} drove him to {hospital}, where a slow heart rate was put down to fitness.",
            "{s2.tfull} noted a ring-shaped rash on his thigh in <<Bay 7>> but it was not linked to the ticks or to the palsy.",
            "The review found the tick bites were written down twice and never joined up, and that <<benzylpenicillin>> or a similar antibiotic should have been given when he was first seen.",
        ],
        [
            "The estate's <<Countryside Ranger>>, {o4.caps}, said ticks had been bad on the bracken <<for a fortnight>>.",
            "His {rel}, {r.first}, kept a diary of the rash, with photographs sent to {email}.",
            "A pacing wire was considered by {d.dr} on {ward} and then not needed.",
            "{p.last} had shot under <<the Firearms Act 1968>> certificate for twenty years and was worried about his licence.",
            "{o5.initl}, a cardiologist at {hospital2}, later asked why the rash was not treated.",
        ],
        ["Signed off by {d.dr}, {ldate}."],
        ("LR-##-####", "GK/####/@"), sex="M",
    ),
    _S(
        "forestry_chainsaw_thigh_laceration_bleed_review", "prose",
        "review of a forestry worker who cut his thigh with a chainsaw in a plantation where the ambulance could not find the gate",
        [
            "Serious incident review {ref}: {p.full} ({p.init}), {age}, forestry worker, {addr}.",
            "NHS {nhs}; family contact {r.full}, {phone}.",
        ],
        [
            "On {date} {p.first} was felling spruce in a plantation near {town} when the saw kicked back into his left thigh, and the <<Crew Chief>>, {o1.upper}, put on a belt as a tourniquet.",
            "The call handler sent the crew to the wrong forest gate, and {o2.title} waited on the road <<for forty minutes>> to guide them in.",
            "The crew splinted the leg in <<a vacuum splint>>, gave <<1 g IV>> of tranexamic acid, and flew him to {hospital}.",
            "In <<Resus 2>> {s1.title} found the wound still bleeding under the belt and {d.dr} took him to theatre at {time}.",
            "The review found that the plantation had no grid reference on the work plan, that <<the Forestry Commission>> site card was out of date, and that the belt saved his life.",
        ],
        [
            "His {rel}, {r.full}, was told by {s2.fl} that he would keep the leg.",
            "{o3f.full}, who manages the forest work for the estate, said the gate numbers were changed in spring.",
            "He was given <<flucloxacillin>> and tetanus cover on {ward}.",
            "{p.first} was walking with <<an elbow crutch>> when he was seen on {later} in clinic.",
            "{o4.full} of the saw firm inspected the chain brake and found it worn.",
        ],
        ["Report closed by {d.dr} on {ldate}."],
        ("SIR/####/##", "FW-###-@@"), sex="M",
    ),
    _S(
        "riding_stables_child_pony_fall_head_injury_review", "prose",
        "child clinical review of a girl thrown from a pony at a riding stables whose head injury was not scanned and who vomited at home",
        [
            "Child clinical review {ref}: {p.full}, {age}, of {addr}.",
            "Date of birth {dob}; NHS {nhs}; reviewed for {trust}.",
        ],
        [
            "On {day} {p.first} was having a lesson at the riding stables near {town} when the pony shied and she fell onto the yard, and the <<Head Groom>>, {o1f.tfull}, ran to her.",
            "She had her hat on, and {o2.caps} rang her {rel}, {r.initl}, who took her to {hospital}, where they waited <<for an hour>> to be seen.",
            "{s1.full} recorded <<a GCS of 13>> that rose to normal and sent her home with head injury advice after observation <<for half an hour>>.",
            "She vomited three times that evening and {r.first} rang 111 at {time}; a scan at {hospital2} the next day, {next}, showed a small bleed.",
            "The review found that the rules for scanning children after a fall from a horse were not followed, and that {s2.title} was not asked to review her.",
        ],
        [
            "The stables' <<Yard Manager>>, {o3.upper}, sent the accident book page to {email}.",
            "She was kept on {ward} <<for two nights>> and went home well.",
            "{p.first}'s school, where {o4.title} teaches, gave her a quiet week.",
            "Her hat was sent to {o5.full} for checking and was found cracked.",
            "{d.dr} wrote to the family on {later} to explain the findings.",
        ],
        ["Shared with the family by {d.dr} on {ldate}."],
        ("CCR-####", "RS/##/###"), child=True, sex="F",
    ),
    _S(
        "petting_farm_child_bloody_diarrhoea_kidney_review", "prose",
        "child clinical review of a boy with bloody diarrhoea after a petting farm visit whose kidney injury from the infection was missed",
        [
            "Child clinical review {ref}: {p.full}, {age}, {addr}.",
            "NHS {nhs}; hospital number {hosp}; lead reviewer {s1.fl}.",
        ],
        [
            "On {date} {p.first} went with his class to a petting farm outside {town}, where {o1.full} noticed that the handwashing sinks had run dry.",
            "Four days later he had bloody diarrhoea, and {o2.title} at the {gp} gave <<ondansetron>> and fluids advice by phone.",
            "His {rel}, {r.full}, took him to {hospital} on {later}, where {s2.tfull} sent him home from <<chair 14>> without a blood test.",
            "He was brought back pale and passing little urine, and {d.dr} found kidney injury from the infection and moved him to {hospital2}.",
            "The review found that bloody diarrhoea after a farm visit was not treated as a warning, and that <<the Animal and Plant Health Agency>> was told by the farm only after the school rang.",
        ],
        [
            "{o3f.caps}, the teacher on the trip, listed the children who touched the lambs.",
            "He needed dialysis <<for ten days>> and {o4.initl} from the kidney team spoke to the family daily.",
            "The farm was closed by {o5.full} of the council's health team <<for a fortnight>>.",
            "Paracetamol was given at <<15 mg/kg>> by {s1.initl}.",
            "{p.first} was back at school by {ldate}.",
        ],
        ["Reviewed with the family by {d.dr}."],
        ("CCR/##/####", "PF-####-@"), child=True, sex="M",
    ),
    _S(
        "canal_boat_very_old_man_lock_fall_cold_review", "prose",
        "learning from deaths review of a very old man living on a narrowboat who slipped at a lock into cold water and whose low temperature was missed",
        [
            "Learning from deaths review {ref}: {p.full}, {age}, of the narrowboat moored at {addr}.",
            "Record {hosp}; NHS {nhs}; next of kin {r.upper} ({rel}), {mob}.",
        ],
        [
            "On {date} {p.first} was working a lock near {town} alone when he slipped on the wet gate and went into the water; the <<Lengthsman>>, {o1m.title}, pulled him out.",
            "A boater, {o2f.full}, wrapped him in <<a foil blanket>> and rang 999, and the crew waited <<for forty minutes>> at the towpath bridge.",
            "At {hospital} he was seen by {s1.fl}, who recorded his temperature from the ear twice and sent him to <<Recliner 6>> as well.",
            "He became drowsy overnight, {s2.title} found him very cold at {time}, and he died on {ward} three days later.",
            "The review found that cold exposure in a man of his age was not measured properly, and that <<the Canal & River Trust>> was never asked how long he was in the water.",
        ],
        [
            "{p.first} had lived on the boat for thirty years and his {rel} visited at weekends.",
            "The lock had been reported slippery <<for three days>> by {o3.full}.",
            "{o4.full}, a boater two moorings down, said he had been coughing since {prev}.",
            "His {rel} asked for the review by e-mail from {email2}.",
            "{d.dr} discussed the case with {o5.tfull}, the coroner's officer.",
        ],
        ["Review closed by {d.dr} on {ldate}."],
        ("LFD-####-##", "CB/###/@@"), old=True, sex="M",
    ),
    _S(
        "caravan_park_very_old_woman_heatwave_review", "prose",
        "learning from deaths review of a very old woman on a static caravan site who grew confused in a heatwave and whose dehydration was missed",
        [
            "Learning from deaths review {ref}: {p.tfull}, {age}, of {addr}.",
            "Prepared for {trust} by {s1.caps}; hospital number {hosp}.",
        ],
        [
            "{p.first} lived all year in a static caravan on the park outside {town}, and on {date} the <<Site Warden>>, {o1f.initl}, found her confused with the windows shut.",
            "It had been over thirty degrees <<for three days>>, and {o2.full} of {prov} said two visits had been missed the week before.",
            "At {hospital} {s1.title} noted dry lips and <<a NEWS2 of 7>> but she waited on a trolley for a bed on {ward}.",
            "She was given fluids slowly, {s2.upper} wrote that she was eating and drinking, and her {rel}, {r.title}, found the jug full on {next}.",
            "The review found that heat and missed care visits were not linked to her confusion, and that she died of kidney failure on {later}.",
        ],
        [
            "The park's <<Site Host>>, {o3.full}, had put water at her door twice.",
            "{p.title} had <<Sudeck's atrophy>> in her hand from an old fracture.",
            "{o4.fl} at the {gp} had asked {prov} to add a lunchtime visit.",
            "A complaint came in from her {rel} to {email}.",
            "{d.dr} met {r.first} and {o5.full} to go through the findings.",
        ],
        ["Closed by {d.dr}, {ldate}."],
        ("LFD/##/####", "CP-####"), old=True, sex="F", provider=True,
    ),
    _S(
        "allotment_very_old_gardener_tetanus_review", "prose",
        "learning review of a very old allotment holder who cut his hand on a rusty fork and whose tetanus was missed as a stroke",
        [
            "Learning review {ref}: {p.full}, {age}, allotment holder, {addr}.",
            "NHS {nhs}; hospital number {hosp}; relative {r.full}, {phone}.",
        ],
        [
            "On {date} {p.first} cut the palm of his hand on an old fork at his allotment near {town}, and his plot neighbour, {o1.tfull}, cleaned it with tap water.",
            "He saw {o2.title} at the {gp} the next week and was not given <<tetanus immunoglobulin>> or a booster because the wound looked clean.",
            "On {later} his jaw went stiff and his {rel} took him to {hospital}, where {s1.caps} thought he had had a stroke and gave <<a GCS of 13>> as the reason to scan.",
            "{s2.title} noticed spasms in his back on {ward} <<over 48 hours>> later and {d.dr} made the diagnosis.",
            "The review found that his tetanus history was not asked, that his age made him more likely to have no cover, and that spasms were put down to stiffness.",
        ],
        [
            "The allotment society's secretary, {o3f.initl}, said he had kept the plot for forty years.",
            "He was given <<benzylpenicillin>> and muscle relaxants in intensive care.",
            "{o4.full} of the society put up a notice about rusty tools.",
            "His {rel} wrote to {email} to ask why the booster was not given.",
            "{o5.upper} ran the intensive care follow-up clinic that he attended.",
        ],
        ["Signed by {d.dr} on {ldate}."],
        ("LR/####/@", "AL-##-####"), old=True, sex="M",
    ),
    _S(
        "mountain_rescue_fell_walker_leg_compartment_review", "prose",
        "review of a fell walker carried off a hill by a mountain rescue team whose crushed leg swelled in a tight splint overnight",
        [
            "Serious incident review {ref}: {p.full} ({p.caps}), {age}, {addr}.",
            "Record {hosp}; NHS {nhs}; reviewed for {trust}.",
        ],
        [
            "On {date} {p.first} was walking above {town} when a boulder rolled onto his shin, and the mountain rescue team under {o1m.title} reached him after dark.",
            "They put the leg in <<a traction splint>> and carried him <<for six hours>> on a stretcher to the road, with {o2.full} giving pain relief.",
            "At {hospital} {s1.fl} recorded <<an Injury Severity Score of 17>> and left the splint on until the X-ray at {time}.",
            "His pain grew all night on {ward} and {s2.title} gave more morphine without checking the leg, until {d.dr} found a tense calf in the morning.",
            "The review found that pain out of proportion was not treated as compartment syndrome, and that the splint was left too tight.",
        ],
        [
            "His walking partner, {o3f.full}, stayed with him and sent photographs to {email}.",
            "{o4.full}, a team member, had noted on the card that the foot was cold.",
            "<<Mountain Rescue England and Wales>> asked for a copy of the learning.",
            "{p.first}'s {rel}, {r.tfull}, drove up from {hospital2} on {next}.",
            "He needed <<a spinal board>> only for the first part of the carry.",
        ],
        ["Review signed by {d.dr} on {ldate}."],
        ("SIR-##-####", "MRT/####"), sex="M",
    ),
]

LOGS = [
    _S(
        "milking_parlour_diary_cow_crush_csv", "lines",
        "a dairy farm's milking parlour diary exported as quoted CSV: a herdsman crushed by a cow, whose broken ribs and collapsed lung were missed",
        [
            "Parlour diary export, farm near {town}, for the review of {p.full} ({hosp})",
            '"date","time","entry","by"',
        ],
        [
            "{p.first} crushed against the rail by a heifer in the collecting yard, winded, carried on milking",
            "{p.init} short of breath at the end of milking, <<Relief Milker>> {o2.full} finished the row",
            "{p.first} rang {gp}, told to take <<naproxen>> and rest, no examination",
            "{p.first} worse overnight, {r.upper} called 999 on {next} at {time}, ambulance took him to {hospital}",
            "Rang from {hospital}: collapsed lung and three broken ribs, drain in, on {ward}",
        ],
        [
            "Vet {o3.fl} in for TB test, told the <<Herd Manager>> to get {p.first} seen",
            "heifer moved to the far shed, {o4.first} says she kicked before <<for a fortnight>>",
            "{r.first} rang {s1.lower} on the ward, visiting allowed after {time2}",
            "{o5.init} covering milking <<for ten days>>",
            "letter from {hospital} to {addr}, follow up on {later}",
        ],
        ["Export ends. Copied to {d.dr} by {o1.email}."],
        ("MPD/####", "FARM-##-@@"), sex="M",
        topup='"{stamp}","{time}","{text}","{sig}"', stamp="%Y-%m-%d", signs=("o1", "o4", "o5"),
        sign_forms=("init",),
    ),
    _S(
        "agricultural_show_first_aid_post_register_csv", "lines",
        "an agricultural show's first aid post register exported as CSV: a cattle steward's chest pain put down to the heat, and a spectator's fall",
        [
            "{town} and District Agricultural Show, first aid post register, for the review of {p.full}",
            "date,time,casualty and treatment,first aider",
        ],
        [
            "<<Show Steward>> {p.full} chest pain in the cattle lines, sat in shade, {age}",
            "{p.last} pain gone, declined ambulance, {rel} {r.first} to drive him home",
            "spectator {o2.full} fell on the grandstand steps, wrist, <<a cervical collar>> not needed",
            "{p.last} collapsed in the car park, CPR by {o3.caps}, air ambulance to {hospital}",
            "call from {hospital}: heart attack, stent in, on {ward}",
        ],
        [
            "{o3.first} restocked the post, two ice packs and <<a foil blanket>> used",
            "lost child reunited with {o4.initl} at the ring side",
            "wasp sting to {o5.fl}, given <<fexofenadine>>",
            "{p.last} had eaten nothing since {time2}",
            "incident form sent to {email} for the show committee",
        ],
        ["Register closed by {o1.full}; copy to {d.dr}."],
        ("FAP-####", "SHOW/##/###"), sex="M",
        topup="{stamp},{time},{text},{sig}", stamp="%d-%m-%Y", signs=("o1", "o4", "o5"),
        sign_forms=("last",),
    ),
    _S(
        "shearing_gang_day_sheet_table", "lines",
        "a sheep shearing gang's day sheet pasted as a table: a shearer's back pain and leg weakness that was a slipped disc pressing on nerves",
        [
            "Shearing gang day sheet, farms around {town}, for the review of {p.full}",
            "| date | time | note | by |",
        ],
        [
            "{p.first} sore back after the first 200 ewes, <<Head Shearer>> {o2.upper} told him to stop",
            "{p.first} carried on, numb in the saddle area, did not say",
            "{p.first} could not pass water on {next}, {r.fl} drove him to {hospital}",
            "{hospital} sent him home with <<100 mg twice daily>> of tramadol-free painkillers from {s1.lower}",
            "back in by ambulance, scan at {hospital2}, operation that night by {d.dr}",
        ],
        [
            "gang moved to the farm at {street}, {o3.init} in charge",
            "wool sheet count short, {o4.first} to recount",
            "{o5.full} rang {gp} for {p.first} <<for half an hour>> on hold",
            "{r.first} updated the gang on {later}",
            "{p.first} on {ward}, walking with <<an elbow crutch>>",
        ],
        ["Sheet scanned for {d.dr}, ref {ref}."],
        ("SG/####", "SHR-##-@"), sex="M",
        topup="| {stamp} | {time} | {text} | {sig} |", stamp="%Y-%m-%d", signs=("o1", "o4", "o5"),
        sign_forms=("fl",),
    ),
    _S(
        "fishing_lake_bailiff_night_log_table", "lines",
        "a fishing lake's bailiff night log pasted as a table: a night angler found cold and confused by his bivvy, with a missed diabetic emergency",
        [
            "Night log kept by the <<Bailiff>>, fishing lakes near {town}; pasted for the review of {p.full}",
            "| date | time | entry |",
        ],
        [
            "peg 14 angler {p.full} not answering, bivvy open, bailiff {o1.caps} checked",
            "{p.first} confused and sweating, sugar kit in his bag, {o2.initl} gave sweets",
            "999 rang at {time}, crew found him cold, gave <<a foil blanket>>",
            "crew left him at the lake as he was talking, {r.full} to collect",
            "{r.first} rang on {next}: {p.first} taken to {hospital} from home, sugar low again, on {ward}",
        ],
        [
            "two carp anglers, {o3.full} and {o4.upper}, helped carry his gear",
            "rain <<for six hours>>, track to peg 14 flooded",
            "{p.title} was on insulin, his {rel} said, {s1.fl} rang to ask",
            "car park gate left open for the crew, locked by {o5.first} after",
            "note to the club from {email}, asks for a lakeside phone",
        ],
        ["Log checked by {d.dr}, {ref}."],
        ("BN-####", "FL/##/####"), sex="M",
        topup="| {stamp} | {time} | {text} |", stamp="%d.%m.%y", clock="%H%M",
    ),
    _S(
        "young_farmers_club_whatsapp_export", "lines",
        "a young farmers' club WhatsApp group exported for a review: a member's quad bike rollover and a spleen injury sent home as bruising",
        [
            "WhatsApp chat export, {town} Young Farmers, added to the review of {p.full} ({ref})",
            "Messages and calls are end-to-end encrypted.",
        ],
        [
            "{p.first} rolled the quad on the bank at the rally, says he's fine, <<Club Leader>> {o2.first} with him",
            "{p.lower} looks grey tbh, someone ring his {rel}",
            "{r.first} taking him to {hospital}, they've put him in <<Recliner 6>>",
            "sent home, bruised ribs, {s1.lower} said <<4 mg stat>> of morphine was enough",
            "{p.first} moved to {hospital2} on {next}, bleeding spleen, op with {d.dr}",
        ],
        [
            "anyone got {o3f.poss} number, she has his phone",
            "rally results on {url}",
            "{o4.first} can you do the bar rota on {later}",
            "get well card at {street} village hall, sign by Friday",
            "{p.nick} says thanks all, on {ward}",
        ],
        ["<Media omitted>"],
        ("YFC-####", "WA/##/@@"), sex="M",
        topup="[{stamp}, {time}] {sig}: {text}", stamp="%d/%m/%Y", clock="%H:%M:%S",
        signs=("o1", "o4", "o5", "r"), sign_forms=("first", "full", "fl", "nick", "phone"),
    ),
    _S(
        "rural_bus_depot_radio_control_log", "lines",
        "a rural bus depot's radio control log: a driver's hypoglycaemia at the wheel on a moor road and a passenger who looked after him",
        [
            "Radio control log, bus depot {town}, typed up for the review of {p.full} ({ref})",
            "time date | call | by",
        ],
        [
            "Route 71 driver {p.full} slurring on the radio, <<Bus Controller>> asked him to pull in",
            "passenger {o2.init} rang 999, bus stopped at the cattle grid",
            "crew gave glucose, {p.first} {age}, sugar low, driver relieved by {o3.full}",
            "{p.first} taken to {hospital}, {s1.caps} rang depot at {time}",
            "{p.first} on {ward}, DVLA forms to {gp}",
        ],
        [
            "spare bus sent from {street}, passengers moved",
            "{r.initl} ({rel}) rang depot for his bag",
            "{o4.initl} from the county transport team told, {email}",
            "tachograph card taken by {o5.first} for checks",
            "{p.first} not to drive <<for three days>> at least",
        ],
        ["Log closed by {o1.full}."],
        ("BUS-####", "RC/##/####"), sex="M",
        topup="{time} {stamp} | {text} | {sig}", stamp="%d/%m/%y", clock="%H%M",
        signs=("o1", "o4", "o5"), sign_forms=("init",),
    ),
]

LETTERS = [
    _S(
        "mobile_library_driver_very_old_borrower_letter", "letter",
        "a mobile library driver writes to a GP about a very old borrower who stopped coming to the van and was found thin and cold at home (old)",
        [
            "Mobile Library Service, {council}\n{ldate}",
            "To: {d.dr}, {gp}\nRe: {p.tfull}, born {dob}, {age}\n{addrb}\n\nDear {d.dr},",
        ],
        [
            "I drive the mobile library on the round through {town} and its villages, and {p.title} has borrowed large print books from the van every fortnight <<for nine months>>.",
            "On {date} she did not come to the stop, so I knocked with {o1f.full}, another borrower, and found her in bed with the heating off.",
            "We rang 111 and a paramedic, {o2.tfull}, came and said she had <<a NEWS2 of 7>> and took her to {hospital}.",
            "I understand she was sent home from {hospital} on {later} with no care, and her {rel}, {r.full}, lives far away.",
            "Could someone from the practice visit her, and please ask the council's team about meals and heating.",
        ],
        [
            "Her neighbour, {o3.title}, has a key and can be reached on {phone}.",
            "She told me her pills were changed by {o4.title} to <<prednisolone>> and she did not understand why.",
            "The van stops at {street} on Tuesdays at {time}.",
            "She is {age} and proud, and would not ask for help herself.",
            "I have copied this to {email} at the council's adult care team.",
        ],
        ["Yours sincerely,\n\n{o5.full}\nMobile library driver"],
        ("ML/####", "LIB-##-@@"), old=True, sex="F",
    ),
    _S(
        "walking_group_leader_very_old_member_email", "letter",
        "a walking group leader e-mails a GP practice about a very old member who grew breathless on walks and whose heart failure was put down to age (old)",
        [
            "From: {o1.email}\nTo: {email}\nDate: {ldate}\nSubject: {p.full}, {ref}",
            "Re: {p.full}, {dob}, {addr}\n\nDear {d.dr},",
        ],
        [
            "I lead the Thursday walking group from {town}, and {p.first}, who is {age}, has walked with us for twelve years.",
            "On {date} she had to stop on every stile and her ankles were swollen; {o2f.upper}, a retired nurse in the group, was worried.",
            "She saw {s1.title} at the practice, who said it was her age and suggested <<an elbow crutch>>.",
            "On {later} she collapsed on the canal path and {o3.initl} rang 999; she was admitted to {hospital} with heart failure.",
            "We would like to know how to help her walk safely again when she is home.",
        ],
        [
            "Her {rel}, {r.full}, is happy to be contacted on {mob}.",
            "We keep a first aid kit with <<a foil blanket>> and I have done a course with <<Mountain Rescue England and Wales>>.",
            "She was on {ward} <<for ten days>>.",
            "{o4.tfull} drove her home on {next} after her first clinic visit.",
            "Our walks are listed at {url}.",
        ],
        ["Best wishes,\n{o5.full}\nWalk leader"],
        ("WG-####", "REF/##/###"), old=True, sex="F",
    ),
    _S(
        "village_hall_playgroup_child_anaphylaxis_letter", "letter",
        "a village hall playgroup leader writes to a GP after a boy reacted to nuts at a harvest supper and his auto-injector had expired (child)",
        [
            "{town} Village Hall Playgroup\n{ldate}",
            "{d.dr}\n{gp}\n\nRe: {p.full}, date of birth {dob}\n{addrb}\n\nDear {d.dr},",
        ],
        [
            "I run the playgroup in the village hall at {town}, and {p.first}, {age}, came with his {rel}, {r.title}, to our harvest supper on {date}.",
            "He ate a biscuit from the pudding table and within minutes his lips swelled; {o1.full} gave his pen, which we found had expired.",
            "We waited <<for twenty minutes>> for an ambulance, and the crew gave a second dose of <<0.5 mg IM>> and took him to {hospital}.",
            "He was kept on {ward} overnight and {s1.upper} told us his pens needed replacing.",
            "Could the practice check his plan, and could someone talk to our volunteers about when to use a second pen.",
        ],
        [
            "{o2f.initl}, who baked the biscuits, has given us the recipe.",
            "{p.first} is well and back at playgroup, and {o3.full} is his key worker.",
            "Our hall committee chair, {o4.tfull}, has put up a notice about nuts.",
            "His {rel} can be reached on {mob}.",
            "I have written to {email} as well.",
        ],
        ["Yours sincerely,\n\n{o5.full}\nPlaygroup leader"],
        ("PG/####", "VH-##-@@"), child=True, sex="M",
    ),
    _S(
        "vets_surgery_partner_farm_family_q_fever_letter", "letter",
        "a farm vet writes to a GP about a farm family with fevers after an outbreak of abortions in their ewes, worried about an infection caught from sheep",
        [
            "{o1.title}, Veterinary Surgeon\n{ldate}",
            "{d.dr}, {gp}\nRe: {p.full}, {dob}, {addr}\n\nDear {d.dr},",
        ],
        [
            "I am the vet to the sheep farm near {town} where {p.full} lives and works, and on {date} I confirmed an abortion storm in the flock.",
            "The laboratory found an organism that can infect people, and <<DEFRA>> and <<the Animal and Plant Health Agency>> have been told.",
            "{p.first} has had fevers and a headache <<for ten days>> and was told by {s1.title} at {hospital} that it was a virus.",
            "Her {rel}, {r.full}, now has a cough, and {o2.upper}, who helped at lambing, is also unwell.",
            "I would be grateful if the practice could test the family; the microbiologists suggested <<100 mg twice daily>> of an antibiotic for adults who test positive.",
        ],
        [
            "The flock records are held under <<the Animal Welfare Act 2006>> and I can share them.",
            "{o3.initl} of the county's health protection team is aware.",
            "{p.first} is pregnant, which worries me more.",
            "My mobile is {mob} and the practice line is {phone}.",
            "Lambing ended on {later} and the sheds have been cleaned by {o4.full}.",
        ],
        ["Yours sincerely,\n\n{o1.tfull}\nVeterinary Surgeon"],
        ("VS/####/@", "QF-##-####"), sex="F",
    ),
    _S(
        "auction_mart_manager_farmer_collapse_email", "letter",
        "an auction mart manager e-mails a hospital about a farmer who collapsed at the cattle sale and was sent home with a faint before a second collapse",
        [
            "From: {o1.email}\nTo: {email}\nSent: {ldate}\nSubject: {p.full} - collapse at the mart",
            "Re: {p.full}, {addr}\n\nDear colleagues,",
        ],
        [
            "I manage the livestock auction mart at {town}, and on {date} {p.full}, who is {age}, collapsed at the ringside while bidding on store cattle.",
            "{o2m.full}, the auctioneer, stopped the sale and our first aider gave <<a bag-valve mask>> breaths until the crew came.",
            "He was taken to {hospital}, where {s1.title} told his {rel}, {r.full}, that it was a faint from the heat.",
            "On {later} he collapsed again in his yard and {o3.upper} found him; he now has a pacemaker fitted by {d.dr}.",
            "We would like to know what we should have done differently and whether we need <<a traction splint>> or other kit.",
        ],
        [
            "The mart's <<Stockperson>>, {o4.initl}, saw him go grey before he fell.",
            "He had chest pain in the morning, his {rel} said, and was on <<naproxen>> for his knee.",
            "Our telephone is {phone}.",
            "The sale was held under <<the Agriculture Act 2020>> rules for markets.",
            "{o5.full} drove his cattle home.",
        ],
        ["Regards,\n{o1.tfull}\nMart Manager"],
        ("AM-####", "MART/##/@"), sex="M",
    ),
    _S(
        "fruit_farm_manager_seasonal_worker_discharge_email", "letter",
        "a fruit farm manager e-mails a hospital discharge team about a seasonal picker discharged without an interpreter or antibiotics after a cut became infected",
        [
            "From: {o1.email}\nTo: {email}\nDate: {ldate}\nSubject: {p.full} ({hosp})",
            "Re: {p.full}, {dob}\n{addrb}\n\nDear {d.dr},",
        ],
        [
            "I manage the fruit farm outside {town}, and {p.first}, one of our seasonal pickers, cut her hand on a crate on {date}.",
            "It became red and swollen, and {o2f.full}, our welfare officer, took her to {hospital} on {later}.",
            "She was seen by {s1.title}, who gave <<flucloxacillin>> but no interpreter was booked, and she did not understand she should return.",
            "She was sent home from <<Bay 7>> at night to the caravans on the farm, and {o3.full} found her with a fever the next morning.",
            "Please could you tell us how to get interpreters for our workers, and who to call when someone is discharged.",
        ],
        [
            "Her {rel}, {r.upper}, works with her and speaks some English.",
            "The caravans are at {addr2}.",
            "Our office phone is {phone}.",
            "{o4.initl} from {prov} visits the caravans on Mondays.",
            "The <<Farm Manager>> on the next farm, {o5.full}, had the same problem last year.",
        ],
        ["Kind regards,\n{o1.tfull}"],
        ("FF-####", "SWS/##/###"), sex="F", provider=True,
    ),
    _S(
        "beekeepers_association_secretary_sting_letter", "letter",
        "a beekeepers' association secretary writes to a GP about a member stung many times at a hive inspection who was sent home and reacted again",
        [
            "{town} and District Beekeepers' Association\n{ldate}",
            "{d.dr}, {gp}\nRe: {p.full}, born {dob}, {addr}\n\nDear {d.dr},",
        ],
        [
            "I am the secretary of the beekeepers' association near {town}, and on {date} {p.full} was stung many times while inspecting a hive at our apiary.",
            "{o1.full}, our training officer, gave him <<fexofenadine>> and he became wheezy; we rang 999.",
            "The crew gave salbutamol, <<two puffs as needed>>, and oxygen and took him to {hospital}, where {s1.title} watched him <<for an hour>>.",
            "He was sent home and reacted again at {time} that night; his {rel}, {r.full}, drove him back.",
            "Could he be referred to an allergy clinic, and could the practice advise whether he should keep bees.",
        ],
        [
            "His hive record book is held by {o2.upper}.",
            "The association's website is {url}.",
            "{o3.initl} has offered to take over his hives for now.",
            "Our phone is {mob}.",
            "He was seen by {o4.title} in the practice on {later}.",
        ],
        ["Yours faithfully,\n\n{o5.full}\nSecretary"],
        ("BK/####", "BEE-##-@@"), sex="M",
    ),
    _S(
        "rural_chaplain_farmer_low_mood_herd_cull_letter", "letter",
        "a rural chaplain writes to a GP about a farmer whose herd was culled after a disease test and who spoke of ending his life",
        [
            "Rural Chaplaincy, {town}\n{ldate}",
            "{d.dr}\n{gp}\nRe: {p.full}, {dob}\n{addrb}\n\nDear {d.dr},",
        ],
        [
            "I am a rural chaplain and have known {p.first} for some years through the market at {town}.",
            "On {date} his herd was culled after a disease test, and <<the Farming Community Network>> put him in touch with me.",
            "When I visited on {later}, he said he had thought about ending his life, and his {rel}, {r.tfull}, had hidden the shotgun.",
            "He saw {s1.title} at {hospital} after an overdose of <<naproxen>> but was discharged without a mental health review.",
            "Could the practice see him soon, and let his {rel} know what help there is.",
        ],
        [
            "He has been sleeping badly <<for a fortnight>>.",
            "{o1.full}, his neighbour, is checking on him daily.",
            "His {rel} can be reached on {mob}.",
            "{o2.title} from <<the National Farmers' Union>> has helped with the paperwork.",
            "I can be reached on {phone}.",
        ],
        ["With best wishes,\n\n{o3.full}\nRural Chaplain"],
        ("RC/####", "CH-##-@"), sex="M",
    ),
]

# Half of the core and extra sentences written without a look-alike take one more short
# sentence (prose, letters) or a note (logs) that carries one, so most sentences hold one.
_CLAUSES = {
    "prose": (
        " The drug chart at that point listed <<hydrocortisone>>.",
        " The observation chart then showed <<a GCS of 13>>.",
        " The patient was by then in <<bed 12>>.",
        " The note was written up <<over 48 hours>> later.",
        " The ambulance sheet had <<a Tinetti score of 14>> typed in the wrong box.",
        " The old notes listed <<Erb's palsy>>, which was not relevant.",
        " The team had <<a spinal board>> ready that was not needed.",
        " The chart listed <<chloramphenicol>> eye drops from a month before.",
    ),
    "letter": (
        " I was told the chart showed <<a NEWS2 of 7>>.",
        " This was <<for half an hour>> at most.",
        " We had <<a foil blanket>> in the car.",
        " I understand <<the RSPCA>> had no part in this.",
        " I believe <<aciclovir>> was mentioned at some point.",
        " I was told the patient was in <<Bay 7>>.",
    ),
    "lines": (
        " - <<for half an hour>>",
        " (<<a foil blanket>> used)",
        " - <<bed 12>>",
        " - <<DEFRA>> not involved",
        " - chart said <<a NEWS2 of 7>>",
        " (took <<fexofenadine>> earlier)",
        " - <<for an hour>>",
    ),
}


def _with_clauses(style: Style, start: int) -> Style:
    clauses = _CLAUSES[style.register]
    count = start

    def add(sentence: str) -> str:
        nonlocal count
        if "<<" in sentence:
            return sentence
        count += 1
        if count % 2:
            return sentence
        return sentence + clauses[(count // 2) % len(clauses)]

    return replace(style, core=tuple(map(add, style.core)), extras=tuple(map(add, style.extras)))


STYLES = tuple(_with_clauses(style, i) for i, style in enumerate(PROSE + LOGS + LETTERS))

# Top-up sentences, one set per register; none hints at a person's sex.
SHARED = (
    "A copy of the timeline went to {o4.full} at {trust}, who had asked for the notes <<for a fortnight>> before the panel met.",
    "The panel noted that a deadline from <<the Rural Payments Agency>> had nothing to do with the delay, whatever was said at the time.",
    "{s2.full} wrote that the patient was moved to <<side room 3>> at {time} and checked every hour.",
    "A pharmacist, {o5.tfull}, went through the medicines and found <<naproxen>> had been stopped and restarted twice.",
    "The doctor on call, {d.dr}, was bleeped <<for half an hour>> before answering, as the bleep had been left in <<Bay 7>>.",
    "The family said they had been told different things by {s1.initl} and by {o3.title}, and asked for one named contact.",
    "The ambulance record showed <<a Geneva score of 5>> typed into a box meant for another tool.",
    "The crew's way in had been blocked by a path closure under <<the Countryside and Rights of Way Act 2000>>, as {o5.caps} of the council later confirmed.",
    "{o4.first} from the patient experience team met the family on {later} and answered their questions.",
    "The first crew went to {addr2}, an old address still on the ambulance system, and lost <<for twenty minutes>>.",
    "The discharge letter to the {gp} listed <<Kienböck's disease>> from an old clinic letter but not the new diagnosis.",
    "An incident form was raised by {s2.initl} and looked at by {o3.initl} <<over 48 hours>> later.",
    "A falls chart was filled in with <<a Tinetti score of 14>> by mistake, and {s1.full} found the paper copy on <<Recliner 6>>.",
)
SHARED_LINES = (
    "rang {hospital}, no news yet, to ring back <<for an hour>>",
    "{o3.first} covering, first aid bag checked, <<a cervical collar>> missing",
    "police rang, {o4.full} gave a statement",
    "left a message for {s2.upper} on {ward}",
    "<<DEFRA>> helpline rang back about the animals",
    "kit bag restocked with <<a foil blanket>> and gloves",
    "{o5.fl} asked for a copy of this log for the insurers",
    "visiting allowed at {hospital}, <<bed 12>> on {ward}",
    "weather bad, top gate shut <<for two nights>>",
    "{o4.first} spoke to {d.dr}, waiting for results",
    "crew went to {addr2} first, old address on their system",
    "reminder: <<the Road Traffic Act 1988>> forms for the vehicle",
    "insurer {o3.lower} rang, claim {ref2}",
)
SHARED_LETTER = (
    "I have no training beyond a first aid course, but I knew something was wrong <<for an hour>> before anyone else did.",
    "{o4.full}, who was with me, is happy to give an account and can be reached through {email}.",
    "I understand the staff on {ward} were very busy, and I do not blame anyone there.",
    "The ambulance crew told me that <<a NEWS2 of 7>> was worrying, and I wrote it down at the time.",
    "We have since bought <<a foil blanket>> and a first aid bag, and {o3.first} has checked them.",
    "I am writing with the family's agreement; they asked me to copy {o5.tfull}.",
    "Please could any reply be sent to me and to {email}.",
    "Letters from the hospital still go to {addr2}, which is an old address.",
    "I kept a note of the times, and we waited <<for forty minutes>> for the crew.",
    "It may help to know that <<DEFRA>> and <<the RSPCA>> were not involved, whatever was said locally.",
    "The leaflet we were given mentioned <<Tietze's syndrome>>, which did not seem to fit.",
    "If it helps, {o3.full} can bring our written record to {hospital}.",
    "The police asked about <<the Dangerous Dogs Act 1991>> on the day, which had nothing to do with it.",
)


def _shared(style: Style) -> tuple[str, ...]:
    return {"prose": SHARED, "lines": SHARED_LINES, "letter": SHARED_LETTER}[style.register]


def alternatives() -> int:
    """How many different sentences the pack can write (styles and top-ups)."""
    sentences = {s for st in STYLES for s in (*st.headers, *st.core, *st.extras, *st.endings)}
    return len(sentences | set(SHARED) | set(SHARED_LINES) | set(SHARED_LETTER))


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words(n: int) -> str:
    """A number in words, as ages are written ("ninety-three", "one hundred and two")."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    rest = n - 100
    return "one hundred" + (f" and {_words(rest)}" if rest else "")


def _fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value.replace("ı", "i").casefold())
    return plain.encode("ascii", "ignore").decode()


def _slug(value: str) -> str:
    value = value.replace("ð", "d").replace("Ð", "D").replace("ø", "o").replace("Ø", "O")
    return re.sub(r"[^a-z0-9]", "", _fold(value.replace("æ", "ae")))


def _shape(rng: random.Random, shape: str, digit: str = "9", letter: str = "A") -> str:
    out = []
    for char in shape:
        if char == digit:
            out.append(str(rng.randint(0, 9)))
        elif char == letter:
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(char)
    return "".join(out)


def _part_words(*values: str) -> set[str]:
    return {_fold(w) for v in values for w in re.findall(r"[^\W\d_]+", v) if len(w) > 2}


# A name part that is one of these words is drawn again: it would read as a place, a
# look-alike or a calendar word.
FORBIDDEN = frozenset(
    _part_words(
        *(term for terms in LOOKALIKES.values() for term in terms),
        *TOWN_INFO, *(loc for locs in LOCALITIES.values() for loc in locs),
        *(info[2] for info in TOWN_INFO.values()),
        *STREET_WORDS, *STREET_KINDS, *WARD_WORDS, *WARD_KINDS, *HOMES, *PROVIDERS, *GP_WORDS,
        *HOSP_NAMES, *TRUST_NAMES, *MONTHS, *WEEKDAYS,
    )
)  # fmt: skip
_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
_TEAMS = ("patientexperience", "safeguarding", "dischargehub", "complaints", "ruralhealth")
RELATIONS = {
    "F": ("daughter", "wife", "sister", "niece", "granddaughter", "partner"),
    "M": ("son", "husband", "brother", "nephew", "grandson", "partner"),
}
PARENTS = {"F": "mother", "M": "father"}
AGE_FORMS = ("aged {n}", "{n} years old", "aged {n}", "{n}yo", "{n} y/o")


@dataclass
class _Person:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool = False
    nick: str | None = None
    honorific: str = "Mr"
    init: str | None = None
    mob: str = ""
    doctor: bool = False

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class _Writer:
    parts: list[str] = field(default_factory=list)
    length: int = 0
    gold: list[GoldSpan] = field(default_factory=list)
    negatives: list[tuple[int, int]] = field(default_factory=list)

    def add(self, text: str, label: str | None = None, person: _Person | None = None,
            negative: bool = False) -> None:  # fmt: skip
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        if label == "PERSON":
            self.gold.append(GoldSpan(start, self.length, label, person.names, person.in_record))
        elif label:
            self.gold.append(GoldSpan(start, self.length, label))
        if negative:
            self.negatives.append((start, self.length))

    def text(self) -> str:
        return "".join(self.parts)

    def words(self) -> int:
        return len(self.text().split())


_TOKEN = re.compile(r"\{(\w+)\.(\w+)\}|\{(\w+)\}|<<(.+?)>>")
_LINE_TOKEN = re.compile(r"\{(stamp|time|text|sig)\}")
PEOPLE = ("p", "r", "s1", "s2", "d", "o1", "o2", "o3", "o4", "o5")

# ---------------------------------------------------------------------------------------------
# One case: the people, places, numbers and dates a text is written from
# ---------------------------------------------------------------------------------------------


class _Case:
    def __init__(self, rng: random.Random, style: Style, sentences: list[str]) -> None:
        self.rng = rng
        self.style = style
        hints: dict[str, str] = {}
        for sentence in sentences:
            for who, sex in re.findall(r"\{(o\d)([fm])\.", sentence):
                hints.setdefault(who, sex.upper())
        towns = list(TOWN_INFO)
        self.town = rng.choice(towns)
        self.district, self.code, self.county, locs = TOWN_INFO[self.town]
        self.locality = rng.choice(locs)
        self.other_town = rng.choice([t for t in towns if t != self.town])
        self.used_parts: set[str] = set()
        self.used_inits: set[str] = set()
        self.dots = rng.random() < 0.3
        self.init_dots = rng.random() < 0.35
        self.people: dict[str, _Person] = {}
        psex = style.sex or rng.choice("FM")
        self.people["p"] = self._draw(psex, patient=True)
        self.people["r"] = self._draw(None)
        self.people["s1"] = self._draw(None)
        self.people["s2"] = self._draw(None)
        doctor = self._draw(None)
        doctor.doctor, doctor.honorific = True, "Dr"
        self.people["d"] = doctor
        for who in ("o1", "o2", "o3", "o4", "o5"):
            self.people[who] = self._draw(hints.get(who))
        self.record = rng.random() >= NO_RECORD
        for who in ("p", "r"):
            self.people[who].in_record = self.record
        rsex = self.people["r"].sex
        self.rel = PARENTS[rsex] if style.child else rng.choice(RELATIONS[rsex])
        # Dates: the index event, the day before it, the next day, a later day, the letter.
        self.index = date(2025, 1, 6) + timedelta(days=rng.randint(0, 560))
        self.prev = self.index - timedelta(days=rng.randint(1, 4))
        self.next = self.index + timedelta(days=1)
        self.later = self.index + timedelta(days=rng.randint(3, 12))
        self.ldate = self.later + timedelta(days=rng.randint(3, 25))
        self.last = date.min  # the latest dated event written with its year so far
        if style.old:
            age = rng.randint(90, 104)
        elif style.child:
            age = rng.randint(2, 12)
        else:
            age = rng.randint(19, 86)
        born = date(self.index.year - age, 1, 1) + timedelta(days=rng.randint(0, 364))
        if (born.month, born.day) > (self.index.month, self.index.day):
            born = date(born.year - 1, born.month, min(born.day, 28)) if style.old else born
        self.dob = born
        self.age = self.index.year - born.year - ((self.index.month, self.index.day) < (born.month, born.day))
        self.age_words = style.old and rng.random() < 0.25
        self.age_form = rng.choice(AGE_FORMS)
        # Numbers.
        self.nhs = nhs_number(rng)
        self.nhs_layout = rng.randrange(3)
        self.hosp = _shape(rng, HOSP_FORMS[towns.index(self.town) % 3])
        self.line = f"{rng.randint(1, 98)} {self._street()}"
        if rng.random() < 0.15:
            self.line = f"Flat {rng.randint(1, 9)}, {self.line}"
        self.postcode = (
            f"{self.district} {rng.randint(1, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}"
        )
        self.addr2 = f"{rng.randint(1, 98)} {self._street()}, {self.town}"
        self.street = self._street()
        ward_words = rng.sample(WARD_WORDS, 2)
        self.wards = [f"{w} {rng.choice(WARD_KINDS)}" for w in ward_words]
        self.home = rng.choice(HOMES)
        self.prov = rng.choice(PROVIDERS)
        self.hospital = self._hospital(self.town, self.county)
        self.hospital2 = self._hospital(self.other_town, TOWN_INFO[self.other_town][2])
        self.trust = rng.choice(TRUST_NAMES).format(
            town=self.town, town2=self.other_town, county=self.county
        )
        word = rng.choice(GP_WORDS)
        self.gp = rng.choice(
            (f"{word} Surgery", f"{word} Medical Practice", f"{self.town} Health Centre",
             f"{word} Practice", f"{self.town} Medical Group")
        )  # fmt: skip
        self.council = rng.choice((f"{self.county} County Council", f"{self.town} Town Council"))
        self.refs = [_shape(rng, shape, "#", "@") for shape in style.refs]
        self.email = f"{rng.choice(_TEAMS)}.{_slug(self.town)}@nhs.net"
        self.url = rng.choice(
            (f"www.{_slug(self.town)}-hospitals.nhs.uk/visiting",
             f"https://www.{_slug(self.county)}.gov.uk/adult-social-care",
             f"{_slug(self.town)}towncouncil.gov.uk/village-hall",
             f"www.{_slug(self.town)}communityhealth.org.uk/walks")
        )  # fmt: skip
        self.clock = rng.randint(300, 560)  # a log's running clock, in minutes
        self.stamp_day = self.index

    # -- drawing people -----------------------------------------------------------------------

    def _street(self) -> str:
        return f"{self.rng.choice(STREET_WORDS)} {self.rng.choice(STREET_KINDS)}"

    def _hospital(self, town: str, county: str) -> str:
        return self.rng.choice(HOSP_NAMES).format(town=town, county=county)

    def _draw(self, sex: str | None, patient: bool = False) -> _Person:
        rng = self.rng
        for _ in range(500):
            s = sex or rng.choice("FM")
            nick = None
            if rng.random() < 0.45:
                faker = _new_person(rng, sex=s)
                first, last, names = faker.first, faker.last, faker.names
            else:
                group = OWN_GROUPS[rng.choice(list(OWN_GROUPS))]
                first = rng.choice(group[s])
                roll = rng.random()
                if roll < 0.16:
                    last = rng.choice(WORD_NAMES)
                elif roll < 0.24:
                    last = "-".join(rng.sample(group["L"], 2))
                elif group is OWN_GROUPS["Faroese"] and roll < 0.6:
                    last = f"{rng.choice(PARTICLES)} {rng.choice(FAROESE_PLACES)}"
                else:
                    last = rng.choice(group["L"])
                nick = NICK_OF.get(first)
                every = re.split(r"[\s-]+", f"{first} {last}")
                listed = listed_names()
                names = "listed" if all(w.casefold() in listed for w in every) else "unlisted"
            parts = {_fold(w) for w in re.split(r"[\s.'-]+", f"{first} {last}") if w}
            if nick:
                parts.add(_fold(nick))
            if parts & self.used_parts or parts & FORBIDDEN:
                continue
            self.used_parts |= parts
            break
        person = _Person(first, last, s, names, nick=nick)
        if patient and self.style.child:
            person.honorific = "Miss" if s == "F" else "Master"
        elif s == "F":
            person.honorific = rng.choices(("Mrs", "Ms", "Miss"), (5, 4, 1))[0]
        main = [w for w in re.split(r"[\s-]+", last) if w not in PARTICLES]
        init = (first[:1] + "".join(w[:1] for w in main)).upper()
        if re.fullmatch(r"[A-Z]{2,4}", init) and init not in CLINICAL_INITIALS | self.used_inits:
            person.init = init
            self.used_inits.add(init)
        person.mob = f"{rng.randint(0, 999):03d}"
        return person

    # -- writing ------------------------------------------------------------------------------

    def person(self, who: str, form: str, w: _Writer) -> None:
        p = self.people[who]
        rng = self.rng
        dot = "." if self.dots else ""
        honour = p.honorific + (dot if p.honorific != "Miss" else "")
        main = p.last.split()[-1]
        if form == "first":
            text = p.nick if p.nick and rng.random() < 0.4 else p.first
        elif form == "nick":
            text = p.nick or p.first
        elif form == "last":
            text = p.last
        elif form in ("title", "dr"):
            text = f"{honour} {p.last}"
        elif form == "tfull":
            text = f"{honour} {p.full}"
        elif form == "init":
            if p.init:
                text = ".".join(p.init) + "." if self.init_dots else p.init
            else:
                text = f"{p.first[:1]}. {p.last}"
        elif form == "initl":
            text = f"{p.first[:1]}. {p.last}"
        elif form == "caps":
            text = f"{p.last.upper()}, {p.first}"
        elif form == "upper":
            text = p.full.upper()
        elif form == "lower":
            text = p.full.lower()
        elif form == "fl":
            text = f"{p.first} {main[:1].upper()}"
        elif form == "email":
            w.add(f"{_slug(p.first)}.{_slug(p.last)}@nhs.net", "EMAIL")
            return
        elif form == "pemail":
            host = rng.choice(("gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"))
            w.add(f"{_slug(p.first)}{_slug(main)[:1]}{rng.randint(10, 99)}@{host}", "EMAIL")
            return
        elif form == "phone":
            w.add(self.mobile(p.mob), "PHONE")
            return
        elif form == "poss":
            w.add(p.full, "PERSON", p)
            w.add("'s")
            return
        else:  # full
            text = p.full
        w.add(text, "PERSON", p)

    def mobile(self, tail: str) -> str:
        return self.rng.choice(
            (f"07700 900{tail}", f"07700900{tail}", f"+44 7700 900{tail}", f"07700 900 {tail}",
             f"+447700900{tail}", f"(07700) 900{tail}", f"07700-900-{tail}",
             f"0770 0900 {tail}", f"+44 (0)7700 900{tail}", f"077 0090 0{tail}")
        )  # fmt: skip

    def landline(self) -> str:
        rng = self.rng
        c = self.code
        s = f"{rng.randint(2, 8)}{rng.randint(0, 99999):05d}"
        ext = f"{rng.randint(2000, 4999)}"
        return rng.choice(
            (f"{c} {s}", f"({c}) {s}", f"{c}{s}", f"{c} {s[:3]} {s[3:]}", f"+44 {c[1:]} {s}",
             f"+44 (0){c[1:]} {s}", f"{c}-{s}", f"{c} {s[:2]} {s[2:4]} {s[4:]}",
             f"({c}) {s[:3]} {s[3:]}", f"+44{c[1:]}{s}", f"{c} {s} ext {ext}", f"{c} {s} x{ext}",
             f"+44 {c[1:]} {s[:3]} {s[3:]}", f"({c}){s}", f"{c} {s[:3]}-{s[3:]}")
        )  # fmt: skip

    def event(self, day: date, weekday: bool = False) -> str:
        rng = self.rng
        # A date carries its year only when no later dated event (or log stamp) is written yet.
        in_log = self.style.register == "lines" and day > self.stamp_day
        with_year = day >= self.last and not in_log and rng.random() < 0.6
        mon, wd = MONTHS[day.month - 1], WEEKDAYS[day.weekday()]
        if with_year:
            self.last = day
            if weekday:
                return rng.choice((f"{wd[:3]} {day:%d/%m/%Y}", f"{wd} {day.day} {mon} {day.year}"))
            return self.with_year(day)
        if weekday:
            return rng.choice(
                (f"{wd} the {ordinal(day.day)}", f"{wd[:3]} {ordinal(day.day)} {mon[:3]}",
                 f"{wd[:3]} {day.day}/{day.month}")
            )  # fmt: skip
        return rng.choice(
            (f"the {ordinal(day.day)}", f"{day.day}/{day.month}", f"the {ordinal(day.day)} of {mon}",
             f"{mon} {ordinal(day.day)}", f"{day.day} {mon}")
        )  # fmt: skip

    def with_year(self, day: date) -> str:
        mon = MONTHS[day.month - 1]
        return self.rng.choice(
            (f"{day:%d/%m/%Y}", f"{day.day}/{day.month}/{day.year}", f"{day:%d/%m/%y}",
             day.isoformat(), f"{day:%d-%m-%Y}", f"{day:%d.%m.%y}", f"{day:%d}{mon[:3].upper()}{day.year}",
             f"{day.day} {mon[:3].upper()} {day.year}", f"{day.day} {mon[:3]} {day.year}",
             f"{day.day}-{mon[:3]}-{day.year}", f"{day.day} {mon} {day.year}",
             f"{mon} {day.day}, {day.year}", f"{ordinal(day.day)} {mon} {day.year}")
        )  # fmt: skip

    def slot(self, name: str, w: _Writer) -> None:
        rng = self.rng
        if name in ("date", "prev", "next", "later"):
            day = {"date": self.index, "prev": self.prev, "next": self.next, "later": self.later}
            w.add(self.event(day[name]), "DATE")
        elif name == "day":
            w.add(self.event(self.index, weekday=True), "DATE")
        elif name == "ldate":
            if self.style.register != "letter":  # a letter's own date heads it
                self.last = max(self.last, self.ldate)
            w.add(self.with_year(self.ldate), "DATE")
        elif name == "dob":
            d, mon = self.dob, MONTHS[self.dob.month - 1]
            w.add(rng.choice((f"{d:%d/%m/%Y}", d.isoformat(), f"{d.day} {mon} {d.year}",
                              f"{d.day}-{mon[:3]}-{d.year}", f"{d:%d-%m-%Y}")), "DATE")  # fmt: skip
        elif name == "age":
            before, _, after = self.age_form.partition("{n}")
            number = _words(self.age) if self.age_words else str(self.age)
            if self.age_words:
                before, after = "aged ", ""
            w.add(before)
            w.add(number, "AGE" if self.age > 89 else None)
            w.add(after)
        elif name == "nhs":
            n = self.nhs
            w.add((n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}")[self.nhs_layout],
                  "NHS_NUMBER")  # fmt: skip
        elif name == "hosp":
            w.add(self.hosp, "HOSPITAL_NUMBER")
        elif name == "addr":
            self.address(w)
        elif name == "addrb":
            w.add(f"{self.line}\n{self.locality}\n{self.town}", "ADDRESS")
            w.add("\n")
            w.add(self.postcode, "POSTCODE")
        elif name == "addr2":
            w.add(self.addr2, "ADDRESS")
        elif name in ("ward", "ward2"):
            w.add(self.wards[name == "ward2"], "LOCATION")
        elif name == "home":
            w.add(self.home, "LOCATION")
        elif name == "street":
            w.add(self.street, "LOCATION")
        elif name in ("hospital", "hospital2", "trust", "gp", "council", "prov"):
            w.add(getattr(self, name), "ORGANISATION")
        elif name in ("ref", "ref2"):
            w.add(self.refs[name == "ref2"], "ID")
        elif name == "phone":
            w.add(self.landline(), "PHONE")
        elif name == "mob":
            w.add(self.mobile(self.people["r"].mob), "PHONE")
        elif name == "email":
            w.add(self.email, "EMAIL")
        elif name == "email2":
            self.person("r", "pemail", w)
        elif name == "url":
            w.add(self.url, "URL")
        elif name == "rel":
            w.add(self.rel)
        elif name in ("time", "time2"):
            h, m = rng.randint(0, 23), rng.choice((5, 10, 15, 20, 25, 30, 40, 45, 50, 55))
            w.add(rng.choice((f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}hrs", f"{h % 12 or 12}.{m:02d}"
                              + ("am" if h < 12 else "pm"))))  # fmt: skip
        elif name == "town":
            w.add(self.town)
        else:  # pragma: no cover - a template names a slot the pack does not fill
            raise KeyError(name)

    def address(self, w: _Writer) -> None:
        line, town, pc = self.line, self.town, self.postcode
        form = self.rng.randrange(5)
        if form == 0:
            w.add(f"{line}, {self.locality}, {town}", "ADDRESS")
            w.add(", ")
            w.add(pc, "POSTCODE")
        elif form == 1:
            w.add(f"{line}, {town}", "ADDRESS")
            w.add(", ")
            w.add(pc, "POSTCODE")
        elif form == 2:
            w.add(f"{line}, {town}".upper(), "ADDRESS")
            w.add(", ")
            w.add(pc, "POSTCODE")
        elif form == 3:
            w.add(f"{line} {town}".replace(",", ""), "ADDRESS")
            w.add(" ")
            w.add(pc.replace(" ", ""), "POSTCODE")
        else:
            w.add(f"{line}, {town}", "ADDRESS")
            w.add(" ")
            w.add(pc.lower(), "POSTCODE")

    def render(self, template: str, w: _Writer) -> None:
        pos = 0
        for match in _TOKEN.finditer(template):
            w.add(template[pos : match.start()])
            who, form, name, term = match.groups()
            if who:
                self.person(who[:2] if who[0] == "o" else who, form, w)
            elif name:
                self.slot(name, w)
            else:
                w.add(term, negative=True)
            pos = match.end()
        w.add(template[pos:])

    def render_line(self, text: str, w: _Writer) -> None:
        style, rng = self.style, self.rng
        if "{next}" in text and self.next > self.stamp_day:
            self.stamp_day = self.next  # the log moves to the next day
            self.clock = rng.randint(300, 560)
        self.clock += rng.randint(4, 70)
        if self.clock >= 24 * 60:
            self.clock = 23 * 60 + 59
        pos = 0
        for match in _LINE_TOKEN.finditer(style.topup):
            w.add(style.topup[pos : match.start()])
            what = match.group(1)
            if what == "stamp":
                stamp = max(self.stamp_day, self.last)
                self.last = self.stamp_day = stamp
                w.add(stamp.strftime(style.stamp), "DATE")
            elif what == "time":
                h, m = divmod(self.clock, 60)
                clock = style.clock.replace("%S", f"{rng.randint(0, 59):02d}")
                w.add(clock.replace("%H", f"{h:02d}").replace("%M", f"{m:02d}"))
            elif what == "text":
                self.render(text, w)
            else:
                free = [s for s in style.signs if not re.search(r"\{" + s + r"[fm]?\.", text)]
                if "r" in free and "{rel}" in text:
                    free.remove("r")
                self.person(rng.choice(free or ["o3"]), rng.choice(style.sign_forms), w)
            pos = match.end()
        w.add(style.topup[pos:])


# ---------------------------------------------------------------------------------------------
# Examples
# ---------------------------------------------------------------------------------------------

AGE_MENTION = re.compile(r"\bage[d]? (\d{1,3})\b|\b(\d{1,3})(?=yo\b| y/o| years old| yrs\b|y\b)")


def _estimate(sentences: list[str]) -> int:
    return int(sum(len(re.sub(r"\{\w+\}", "xx", s).split()) for s in sentences) * 1.15)


def _build(rng: random.Random, number: int, style: Style) -> tuple[Example, list]:
    every = [*style.headers, *style.core, *style.extras, *style.endings]
    case = _Case(rng, style, every)
    chosen = set(rng.sample(range(len(style.extras)), rng.randint(2, 4)))
    extras = [s for i, s in enumerate(style.extras) if i in chosen]
    pool = [s for i, s in enumerate(style.extras) if i not in chosen] + list(_shared(style))
    rng.shuffle(pool)
    target = rng.randint(235, 375)
    w = _Writer()
    lines = style.register == "lines"

    def body(sentence: str, gap: str) -> None:
        if w.length:
            w.add(gap)
        if lines:
            case.render_line(sentence, w)
        else:
            case.render(sentence, w)

    for i, header in enumerate(style.headers):
        if i:
            w.add("\n\n" if style.register == "letter" else "\n")
        case.render(header, w)
    head_gap = "\n" if lines else "\n\n"
    sep = "\n" if lines else " "
    story = [*style.core[:3], *extras]
    for i, sentence in enumerate(story):
        body(sentence, head_gap if i == 0 else ("\n\n" if style.register == "letter" else sep))
    closing = [*style.core[3:], *style.endings]
    while pool and w.words() + _estimate(closing) < target:
        body(pool.pop(), "\n\n" if style.register == "letter" and rng.random() < 0.5 else sep)
    for i, sentence in enumerate(style.core[3:]):
        body(sentence, "\n\n" if (i == 0 and not lines) else sep)
    for ending in style.endings:
        body_gap = "\n" if lines else "\n\n"
        w.add(body_gap)
        case.render(ending, w)
    text = w.text()
    negatives = list(w.negatives)
    for match in AGE_MENTION.finditer(text):
        group = 1 if match.group(1) else 2
        if int(match.group(group)) <= 89:
            negatives.append(match.span(group))
    negatives.sort()
    p, r = case.people["p"], case.people["r"]
    known = {}
    if case.record:
        known = {
            "names": [p.full, r.full],
            "nhs_number": case.nhs,
            "date_of_birth": case.dob.isoformat(),
            "hospital_number": case.hosp,
            "address": f"{case.line}, {case.locality}, {case.town}, {case.postcode}",
        }
    example_ = Example(
        id=f"{PREFIX}-{number:06d}", text=text, known=known, gold=tuple(w.gold), kind=style.name
    )
    return example_, negatives


def example(rng: random.Random, number: int, style: Style | None = None) -> Example:
    """One example drawn from `rng` (a style at random unless one is given)."""
    return _build(rng, number, style or rng.choice(STYLES))[0]


def _deal(count: int, seed: int):
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _build(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> list[Example]:
    """`count` examples; the 25 styles are dealt as a shuffled deck."""
    return [example_ for example_, _ in _deal(count, seed)]


def generate_with_negatives(count: int, seed: int = 1) -> list[tuple[Example, list]]:
    """As `generate`, with the (start, end) of every look-alike and young age written in."""
    return list(_deal(count, seed))
