"""A thirty-seventh blind de-identification evaluation pack: building, utilities and waste work in
the districts of English cities.

Written as a yardstick without reading the engine (see evaluation_blind37.md). Synthetic UK
narratives about building sites, scaffolding gangs, tower cranes, demolition and asbestos crews,
sewer and water leak gangs, substations, gas main repairs, bin lorries, a recycling plant's picking
line, a household waste tip, street lighting, lifts, glaziers, plasterers and roofers, each with the
gold span of every identifier in it, the record the system would hold (``known``) and the look-alikes
(drugs, doses, scores, devices, national bodies, laws, eponyms, role words, beds, durations and young
ages) written in as tracked negatives.

Only the shared helpers of ``evaluation`` are imported; names also come from Faker through
``_new_person``. The same seed always gives the same texts.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta

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

PREFIX = "blind37"
LOW_WORDS = 200
HIGH_WORDS = 480
NO_RECORD = 0.12

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# ---------------------------------------------------------------------------------------------
# Towns: districts of English cities and the towns at their edges
# ---------------------------------------------------------------------------------------------

# town: (postcode district, dialling code, county, council, (two localities))
TOWN_INFO = {
    "Plympton": ("PL7", "01752", "Devon", "Plymouth City Council", ("Colebrook", "Chaddlewood")),
    "Plymstock": ("PL9", "01752", "Devon", "Plymouth City Council", ("Elburton", "Hooe")),
    "Devonport": ("PL1", "01752", "Devon", "Plymouth City Council", ("Keyham", "Morice Town")),
    "Hessle": ("HU13", "01482", "East Riding", "East Riding of Yorkshire Council", ("Anlaby", "Kirk Ella")),
    "Wednesfield": ("WV11", "01902", "Black Country", "City of Wolverhampton Council", ("Ashmore Park", "New Cross")),
    "Tettenhall": ("WV6", "01902", "Black Country", "City of Wolverhampton Council", ("Wightwick", "Pendeford")),
    "Sedgley": ("DY3", "01902", "Black Country", "Dudley Council", ("Gornal", "Coseley")),
    "Mickleover": ("DE3", "01332", "Derbyshire", "Derby City Council", ("Mackworth", "Radbourne")),
    "Chaddesden": ("DE21", "01332", "Derbyshire", "Derby City Council", ("Spondon", "Breadsall")),
    "Alvaston": ("DE24", "01332", "Derbyshire", "Derby City Council", ("Boulton", "Elvaston")),
    "Littleover": ("DE23", "01332", "Derbyshire", "Derby City Council", ("Sunnyhill", "Blagreaves")),
    "Haxby": ("YO32", "01904", "North Yorkshire", "City of York Council", ("Wigginton", "Strensall")),
    "Hellesdon": ("NR6", "01603", "Norfolk", "Broadland District Council", ("Horsford", "Horsham St Faith")),
    "Sprowston": ("NR7", "01603", "Norfolk", "Broadland District Council", ("Thorpe St Andrew", "Rackheath")),
    "Costessey": ("NR5", "01603", "Norfolk", "South Norfolk Council", ("Taverham", "Bawburgh")),
    "Topsham": ("EX3", "01392", "Devon", "Exeter City Council", ("Countess Wear", "Exton")),
    "Alphington": ("EX2", "01392", "Devon", "Exeter City Council", ("Marsh Barton", "Ide")),
    "Cherry Hinton": ("CB1", "01223", "Cambridgeshire", "Cambridge City Council", ("Fulbourn", "Teversham")),
    "Trumpington": ("CB2", "01223", "Cambridgeshire", "Cambridge City Council", ("Grantchester", "Great Shelford")),
    "Quedgeley": ("GL2", "01452", "Gloucestershire", "Gloucester City Council", ("Hardwicke", "Hunts Grove")),
    "Tuffley": ("GL4", "01452", "Gloucestershire", "Gloucester City Council", ("Matson", "Podsmead")),
    "North Hykeham": ("LN6", "01522", "Lincolnshire", "North Kesteven District Council", ("Waddington", "Witham St Hughs")),
    "Hoole": ("CH2", "01244", "Cheshire", "Cheshire West and Chester Council", ("Mickle Trafford", "Guilden Sutton")),
    "Blacon": ("CH1", "01244", "Cheshire", "Cheshire West and Chester Council", ("Saughall", "Mollington")),
    "Sturry": ("CT2", "01227", "Kent", "Canterbury City Council", ("Fordwich", "Westbere")),
    "Twerton": ("BA2", "01225", "Somerset", "Bath and North East Somerset Council", ("Whiteway", "Englishcombe")),
    "Combe Down": ("BA2", "01225", "Somerset", "Bath and North East Somerset Council", ("Monkton Combe", "Odd Down")),
    "Horbury": ("WF4", "01924", "West Yorkshire", "Wakefield Council", ("Sitlington", "Middlestown")),
    "Hoyland": ("S74", "01226", "South Yorkshire", "Barnsley Council", ("Elsecar", "Jump")),
    "Wombwell": ("S73", "01226", "South Yorkshire", "Barnsley Council", ("Darfield", "Broomhill")),
    "Dawley": ("TF4", "01952", "Shropshire", "Telford & Wrekin Council", ("Lawley", "Horsehay")),
    "Oakengates": ("TF2", "01952", "Shropshire", "Telford & Wrekin Council", ("Wrockwardine Wood", "St Georges")),
    "Christchurch": ("BH23", "01202", "Dorset", "BCP Council", ("Mudeford", "Highcliffe")),
    "Cramlington": ("NE23", "01670", "Northumberland", "Northumberland County Council", ("Seghill", "Annitsford")),
}  # fmt: skip
TOWNS = tuple((town, info[0], info[1]) for town, info in TOWN_INFO.items())
LOCALITIES = {town: info[4] for town, info in TOWN_INFO.items()}

STREET_WORDS = (
    "Purbeck", "Ketton", "Hornton", "Collyweston", "Clipsham", "Ancaster", "Delabole", "Bathstone",
    "Hopton", "Pennystone",
)  # fmt: skip
STREET_KINDS = ("Road", "Street", "Close", "Way", "Terrace", "Sidings", "Quay", "Wharf", "Avenue", "Lane")
WARD_WORDS = ("Bazalgette", "Brindley", "Rennie", "Jessop", "Outram", "Paxton", "Hawksley", "Rolt", "Tredgold")
WARD_KINDS = ("Ward", "Ward", "Unit", "Suite")
HOME_WORDS = ("Towpath Lodge", "Aqueduct Court", "Weir House", "Lockkeeper's Rest", "Watertower House")
HOME_KINDS = ("Care Home", "Nursing Home", "Residential Home")
PROVIDERS = (
    "Plumbline Home Care", "Lintel Homecare Ltd", "Archway Domiciliary Care", "Trowel Care Services",
    "Spiritlevel Support Services",
)  # fmt: skip
GP_WORDS = ("Pumphouse", "Waterworks", "Tramshed", "Signal Box", "Old Gasworks")
GP_KINDS = ("Surgery", "Medical Centre", "Health Centre", "Medical Practice")
HOSPITAL_FORMS = (
    "{town} Health Campus", "{town} Community Hospital", "{town} Walk-in Centre",
    "{county} Royal Infirmary", "{county} General Hospital",
)  # fmt: skip
TRUST_FORMS = (
    "{county} Healthcare NHS Trust", "{county} Community Health NHS Trust",
    "{county} Hospitals NHS Foundation Trust", "{county} and {county2} NHS Foundation Trust",
)  # fmt: skip
# One hospital-number shape per town ("A" a capital letter, "9" a digit).
HOSP_FORMS = ("A9999999", "999-999-9", "AA99A9999")

# ---------------------------------------------------------------------------------------------
# Look-alikes: written in, never gold
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "drug": (
        "Diphoterine", "Cyanokit", "dimercaprol", "sodium thiosulfate", "tetanus immunoglobulin",
        "methoxyflurane", "silver sulfadiazine", "fluorescein", "tetracaine", "chloramphenicol",
        "povidone-iodine", "benzydamine",
    ),
    "dose": ("10 ml of 10%", "2.5 g", "500 units", "1 g IV", "250 mg", "0.5 ml IM", "5 mg/kg", "100 micrograms"),
    "score": (
        "Stockholm Workshop stage 2", "the Beaufort scale", "an MRC dyspnoea grade of 3",
        "an FEV1 of 61%", "the Rule of Nines", "a QuickDASH of 48", "a noise dose of 87 dB(A)",
        "400 HAV points",
    ),
    "device": (
        "a harness lanyard", "a four-gas detector", "a gas monitor", "a rescue tripod",
        "an escape set", "an FFP3 mask", "an eyewash bottle", "a Sked stretcher",
        "a Burnshield dressing", "a Water-Jel blanket",
    ),
    "national": (
        "the Construction Industry Training Board", "the Building Safety Regulator", "National Grid",
        "the Considerate Constructors Scheme", "Mates in Mind",
        "the Lighthouse Construction Industry Charity", "Ofwat", "the Asbestos Licensing Unit",
        "the Drinking Water Inspectorate", "the Lift and Escalator Industry Association",
        "the Chartered Institution of Wastes Management",
    ),
    "law": (
        "the Construction (Design and Management) Regulations 2015",
        "the Control of Asbestos Regulations 2012", "the Work at Height Regulations 2005",
        "the Confined Spaces Regulations 1997",
        "the Lifting Operations and Lifting Equipment Regulations 1998", "LOLER",
        "the Electricity at Work Regulations 1989",
        "the Control of Vibration at Work Regulations 2005", "the Environmental Protection Act 1990",
        "the Water Industry Act 1991", "the Health and Safety at Work etc. Act 1974",
    ),
    "eponym": (
        "Bennett's fracture", "Phalen's test", "Volkmann's contracture", "a Rolando fracture",
        "Froment's sign", "Finkelstein's test", "Kanavel's signs", "Hutchinson's fracture",
    ),
    "word": (
        "Slinger Signaller", "Ganger", "Charge Hand", "Crane Supervisor", "Appointed Person",
        "Jointer", "Weighbridge Operator", "Tip Attendant", "Site First Aider", "Lift Engineer",
        "Scaffold Inspector", "Asbestos Supervisor", "Refuse Driver", "Picking Line Supervisor",
        "Leak Technician", "Shift Fitter",
    ),
    "bed": ("Trolley 11", "Cubicle 8", "Side room 5", "Minors 6", "Recliner 2", "Bay 4 bed 3", "Burns cubicle 1"),
    "duration": (
        "for twenty minutes", "for three shifts", "a 12-hour shift", "over two hours",
        "for nine days", "for eleven years", "for forty-five minutes",
    ),
}  # fmt: skip
NATIONAL = LOOKALIKES["national"]

# Abbreviations a person's initials must never be (written "T. Surname" instead).
CLINICAL_INITIALS = frozenset(
    """AF BP CT ED GP HR MI OT PE RR IV NG AB BM CO DM GA HB LP MS NA OD PR RA SC TB UC VF VT
    UTI ECG GCS HCA ICU MRI PPE RTC SOB TIA VTE CPR DNR COPD HSE RPE HAV PTW MEWP LEV CSCS SSSTS
    COSHH MRF HWRC DOB NHS RIP AKA MRN ID ST SN LOL TM PM AM AP CD SD CS FY""".split()
)

# ---------------------------------------------------------------------------------------------
# People: Faker names through the shared helper, and the pack's own groups
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    "Breton": {
        "F": ("Nolwenn", "Maiwenn", "Enora", "Rozenn", "Soizig", "Anaig", "Gwenola", "Katell"),
        "M": ("Erwan", "Goulven", "Tanguy", "Gwenole", "Loig", "Yannig"),
        "L": ("Le Bihan", "Le Goff", "Le Floch", "Le Meur", "Le Guen", "Kerjean", "Guivarch",
              "Cadiou", "Riou", "Morvan", "Kerdraon", "Le Duigou"),
    },
    "Croatian": {
        "F": ("Ivana", "Snježana", "Vesna", "Dubravka", "Ljiljana", "Zrinka", "Tihana"),
        "M": ("Zvonimir", "Krešimir", "Davor", "Tomislav", "Dražen", "Goran", "Hrvoje", "Mladen"),
        "L": ("Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Vuković", "Knežević", "Božić",
              "Blažević", "Grgić", "Perković", "Matijević"),
    },
    "Telugu": {
        "F": ("Sravani", "Lavanya", "Swathi", "Madhavi", "Sirisha", "Haritha", "Bhavani", "Keerthana"),
        "M": ("Venkatesh", "Srinivas", "Chaitanya", "Naveen", "Pavan", "Mahesh"),
        "L": ("Naidu", "Chowdary", "Kondapalli", "Gorantla", "Vemuri", "Yarlagadda", "Boddupalli",
              "Nallamothu", "Kotha"),
    },
    "Bemba": {
        "F": ("Chileshe", "Chilufya", "Mwila", "Namonje", "Bupe"),
        "M": ("Mwansa", "Kasonde", "Kabwe", "Chola", "Nkandu", "Kapambwe"),
        "L": ("Mulenga", "Bwalya", "Chanda", "Musonda", "Mwamba", "Chisanga", "Kalaba", "Mutale",
              "Chibwe"),
    },
    "Tatar": {
        "F": ("Guzel", "Alsu", "Gulnara", "Ilsiyar", "Rezeda", "Dilyara", "Chulpan"),
        "M": ("Ildar", "Rinat", "Ilnur", "Aidar", "Rustem", "Marat", "Almaz"),
        "L": ("Valiev", "Khairullin", "Gabdrakhmanov", "Zakirov", "Mukhametshin", "Nurgaliev",
              "Sabirov", "Fattakhov", "Galimov"),
    },
}  # fmt: skip
# Surnames that are English words (and builders' trades of old), drawn with the pack's own names.
WORD_NAMES = ("Waller", "Rafter", "Dyer", "Chalk", "Pointer", "Gable", "Sayer")
ALL_WORD_NAMES = frozenset(WORD_NAMES)
OWN_FIRST = {
    sex: tuple(name for group in OWN_GROUPS.values() for name in group[sex]) for sex in "FM"
}
OWN_LAST = (*(name for group in OWN_GROUPS.values() for name in group["L"]), *WORD_NAMES)
NICKNAMES = {
    "Zvonimir": ("Zvonko",), "Krešimir": ("Krešo",), "Tomislav": ("Tomo",),
    "Venkatesh": ("Venky",), "Srinivas": ("Seenu",), "Keerthana": ("Keerthi",),
    "Chilufya": ("Chilu",), "Kapambwe": ("Kapa",), "Gulnara": ("Gulya",), "Nolwenn": ("Nono",),
}  # fmt: skip
PARTICLE = "Le"
PARTICLES = r"\bLe [A-Z]"
NAME_FORMS = (
    "full", "first", "last", "title", "tfull", "dr", "init", "initl", "caps", "upper", "lower",
    "nick", "email", "pemail", "poss", "fl", "si", "dot",
)  # fmt: skip
OWN_SHARE = 0.55
RELATIONS = {
    "F": ("wife", "daughter", "sister", "partner", "niece"),
    "M": ("husband", "son", "brother", "partner", "nephew"),
}
OLD_RELATIONS = {"F": ("daughter", "niece", "granddaughter"), "M": ("son", "nephew", "grandson")}


def _fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value.replace("ı", "i").casefold())
    return plain.encode("ascii", "ignore").decode()


def _word_set(values) -> set[str]:
    return {_fold(w) for value in values for w in re.findall(r"[^\W\d_]+", value) if len(w) > 2}


FORBIDDEN = frozenset(
    _word_set(term for terms in LOOKALIKES.values() for term in terms)
    | _word_set(TOWN_INFO)
    | _word_set(loc for info in TOWN_INFO.values() for loc in info[4])
    | _word_set(info[2] for info in TOWN_INFO.values())
    | _word_set(info[3] for info in TOWN_INFO.values())
    | _word_set((*STREET_WORDS, *STREET_KINDS, *WARD_WORDS, *HOME_WORDS, *HOME_KINDS))
    | _word_set((*PROVIDERS, *GP_WORDS, *GP_KINDS, *HOSPITAL_FORMS, *TRUST_FORMS))
    | _word_set((*MONTHS, *WEEKDAYS))
)


def _words(n: int) -> str:
    """An age over 89 in words, as the texts write it ("ninety-three", "one hundred and two")."""
    units = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    if n < 100:
        return "ninety" + (f"-{units[n - 90]}" if n > 90 else "")
    return "one hundred" + (f" and {units[n - 100]}" if n > 100 else "")


@dataclass
class Who:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool
    hon: str
    nick: str | None = None
    mobile: str = ""
    initials: str = ""  # "" when they would clash or read as an abbreviation

    @property
    def parts(self) -> list[str]:
        return [p for p in re.split(r"[\s-]+", f"{self.first} {self.last}") if p]


def _listed(name: str) -> str:
    listed = listed_names()
    parts = [p for p in re.split(r"[\s-]+", name) if p]
    return "listed" if all(p.casefold() in listed for p in parts) else "unlisted"


def _own_name(rng: random.Random, sex: str) -> tuple[str, str]:
    group = OWN_GROUPS[rng.choice(sorted(OWN_GROUPS))]
    first = rng.choice(group[sex])
    roll = rng.random()
    if roll < 0.24:
        last = rng.choice(WORD_NAMES)
    elif roll < 0.32:
        a, b = rng.sample([n for n in group["L"] if " " not in n], 2)
        last = f"{a}-{b}"
    else:
        last = rng.choice(group["L"])
    if sex == "F" and group is OWN_GROUPS["Tatar"] and last not in WORD_NAMES:
        last = "-".join(part + "a" for part in last.split("-"))
    return first, last


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
    refs: tuple[str, str]
    sex: str = "M"
    old: bool = False
    child: bool = False
    provider: bool = False
    topup: str = ""  # a log's line shape: {stamp} {clock} {text} {sign} {ref}
    stamp: str = ""  # strftime of a log's stamp
    clock: str = "%H:%M"
    signs: tuple[str, ...] = ()
    sign_form: str = ""
    ages: tuple[int, int] | None = None


# Prose: reviews. {age} writes its own lead-in ("aged 93", "93 years old", "93yo"...).
PROSE = (
    Style(
        "scaffolding_gang_fall_from_lift_head_injury_review", "prose",
        "review of a scaffolder who stepped off a lift unclipped, carried on working and was driven home, whose extradural bleed was found hours later",
        (
            "Serious incident review {ref}: fall from a scaffold lift at {street}, {town}",
            "Patient: {p.caps}, NHS number {nhs}, hospital number {hosp}, date of birth {dob}",
        ),
        (
            "On {day} at {time}, {p.full}, {age}, stepped back off the third lift of a scaffold on {street} while unclipped from <<a harness lanyard>> and fell onto a pallet of blocks.",
            "The <<Ganger>>, {o1m.full}, said he got up within a minute, swore at everyone and carried on tying in tubes <<for twenty minutes>> before sitting down in the van.",
            "{o2f.full}, the <<Site First Aider>>, found a boggy swelling behind his ear, but he refused an ambulance and his workmate {o3m.first} drove him home to {addr}.",
            "His {rel}, {r.full}, rang {hospital} at {time2} because he had been sick twice and was slurring; he was brought in and waited on <<Trolley 11>> for a scan.",
            "The scan showed an extradural bleed and he went to theatre at {hospital2}; {d.dr} wrote that the delay of <<over two hours>> at home was the main harm.",
        ),
        (
            "The scaffold had been signed off by the <<Scaffold Inspector>>, {o4m.title}, on {prev}, and the missing toe board had been reported by text to {o1m.first} that morning.",
            "The gang had worked <<for three shifts>> running to finish the lift before the concrete lorries came, and nobody had taken a break since six.",
            "The firm's report quoted <<the Work at Height Regulations 2005>> and gave the ladder access as the cause rather than the missing guard rail.",
            "{p.first} had an old <<Bennett's fracture>> of the right thumb and said he could not grip a tube properly when it was cold.",
            "At the family meeting on {later} his {rel} asked why nobody on site had kept him awake and watched him, and why the first aid book, kept by the <<Charge Hand>>, did not record the fall.",
        ),
        ("Reviewed by {o5.tfull} for {trust}; the site office number is {phone}.",),
        ("SIR-####-@@", "SCF/###/##"), sex="M",
    ),
    Style(
        "tower_crane_operator_cab_collapse_rescue_review", "prose",
        "review of a tower crane operator who collapsed with a heart attack forty metres up, whose rescue took hours and whose first ECG was read as normal",
        (
            "Structured judgement review: tower crane operator taken ill in the cab, {town}",
            "{p.upper}, born {dob}, NHS {nhs}, {hosp}; incident log {ref}",
        ),
        (
            "At {time} on {date} the <<Slinger Signaller>> on the ground, {o1m.full}, heard nothing on the radio from the cab for a full lift cycle and called the <<Crane Supervisor>>, {o2f.full}.",
            "{p.full}, {age}, was found slumped over the controls with grey skin and chest pain; he had chewed two <<250 mg>> tablets from his own bag.",
            "The site had no rope rescue team on shift, so the fire service brought him down in <<a Sked stretcher>> once the crane was made safe, which took <<over two hours>>.",
            "At {hospital} he was put in <<Cubicle 8>> and his first ECG was read as normal, though {d.dr} later found an inferior heart attack on the second trace.",
            "His {rel}, {r.tfull}, was not told where he was until {time2}, <<over two hours>> later, when {s1.full} rang from the ward on {mob}.",
        ),
        (
            "The crane had been examined under <<LOLER>> on {prev}, and a broken cab heater had been written up by {p.last} himself in the site diary.",
            "The wind was near the limit on <<the Beaufort scale>> that morning and {o2f.last} had already stood the crane down once before the collapse.",
            "He was moved to {ward}, given <<500 units>> of heparin an hour, and then to {hospital2} for a stent; the discharge letter went to {gp} but not to the firm's occupational health nurse, {o3f.full}.",
            "{o4m.full}, the <<Appointed Person>> for lifting, said in his statement that the rescue plan on paper relied on a team from another site.",
            "The family complained on {later}, and the review was shared with <<the Construction Industry Training Board>> for learning only.",
        ),
        ("Reviewer: {o5.full}, {trust}, {email2}",),
        ("TC-####/##", "LIFT-#####"), sex="M",
    ),
    Style(
        "demolition_firm_dust_cloud_asthma_attack_review", "prose",
        "review of a neighbour with asthma caught in a dust cloud when a demolition firm brought a wall down dry, whose peak flow was not repeated",
        (
            "Incident review {ref}: asthma attack after a demolition dust cloud near {street}, {town}",
            "Patient {p.tfull} ({dob}), {addr}, NHS number {nhs}",
        ),
        (
            "On {day} a demolition firm brought down the rear wall of an old dairy without damping it down, and a dust cloud drifted over the houses on {street} with the wind at force five on <<the Beaufort scale>>.",
            "{p.full}, {age}, who lives two doors away, became breathless in her garden and used her blue inhaler again and again <<for forty-five minutes>> before ringing 111.",
            "The call handler booked a callback; <<over two hours>> later her {rel}, {r.full}, found her unable to finish a sentence at {time} and rang 999.",
            "In the emergency department she waited on <<Trolley 11>> and her peak flow was not repeated; {d.dr} recorded <<an FEV1 of 61%>> only the next morning.",
            "The site manager, {o1m.full}, said the water bowser had broken and the demolition went ahead because the crane was hired <<for three shifts>> only.",
        ),
        (
            "{o2f.full} from the council's environmental health team visited on {later} and served a notice under <<the Environmental Protection Act 1990>>.",
            "The firm's <<Asbestos Supervisor>>, {o3m.title}, confirmed that a survey had been done and said the dust was brick and plaster only.",
            "A neighbour who works on sites had lent her <<an FFP3 mask>>, but it did not fit and she took it off to use her inhaler.",
            "She was admitted to {ward} <<for nine days>> and went home to the care of {gp}; {s1.full} from the asthma nurse team phoned her on {phone} two days later.",
            "At follow-up she still had <<an MRC dyspnoea grade of 3>> and had not been back to work at the bakery.",
        ),
        ("Prepared by {o4.full} for {trust}.",),
        ("DEM-####-@", "EH/##/####"), sex="F",
    ),
    Style(
        "asbestos_removal_crew_enclosure_heat_collapse_review", "prose",
        "review of an asbestos removal worker who collapsed with heatstroke in the shower of a decontamination unit on a hot day, out of reach behind the airlocks",
        (
            "Review {ref}: heat collapse inside an asbestos enclosure, former school on {street}, {town}",
            "{p.caps}; NHS {nhs}; hospital number {hosp}; next of kin {r.full}, {rel}",
        ),
        (
            "On {date} the asbestos removal crew had been working in the sealed enclosure in full suits <<for forty-five minutes>> at a time, on a day forecast at 31 degrees.",
            "{p.full}, {age}, told the <<Asbestos Supervisor>>, {o1m.full}, that he felt sick, and was sent into the decontamination unit to shower out.",
            "He was found on the floor of the shower section by {o2m.first}, confused and burning hot, and the crew could not reach him quickly through the airlocks, where <<a Sked stretcher>> would not fit.",
            "The ambulance crew cooled him on the pavement; at {hospital} his temperature was 40.6 and he was moved from <<Cubicle 8>> to intensive care under {d.dr}.",
            "His kidneys failed for a few days and he needed filtration <<for nine days>>; he went home on {later} with a letter to {gp}.",
        ),
        (
            "The plan of work, written under <<the Control of Asbestos Regulations 2012>>, set no limit on time in the enclosure in hot weather.",
            "The <<Charge Hand>>, {o3f.full}, had asked for extra fans and cool vests, and the request was logged by {o4m.tfull} on {prev} with no answer.",
            "The notification named the site, and a copy of the incident report went to <<the Asbestos Licensing Unit>> after the collapse.",
            "He had been fit tested for <<an FFP3 mask>> and a full-face respirator on the same day as four other men, and the sheet was signed by a tester nobody could name.",
            "His {rel}, {r.first}, said he had worked in enclosures <<for eleven years>> and had never before been left alone in the shower section.",
        ),
        ("Review lead: {o5.full}; contact {email2} or {phone}.",),
        ("ASB/####/##", "NOT-######"), sex="M",
    ),
    Style(
        "sewer_maintenance_gang_leptospirosis_missed_review", "prose",
        "review of a sewer worker with a fresh cut whose fever, aching calves and red eyes were taken for flu twice before he came in jaundiced with leptospirosis",
        (
            "Structured judgement review: a sewer worker's fever sent home twice, {town} ({ref})",
            "Patient {p.full}, {age}, {addr}, NHS number {nhs}",
        ),
        (
            "{p.full} had been clearing a silted sewer below {street} with the maintenance gang on {prev}, wading in with a fresh cut on his shin covered only by a plaster and a smear of <<povidone-iodine>>.",
            "He went to {gp} on {date} with fever, aching calves and red eyes and was told it was flu and given <<chloramphenicol>> drops for his eyes; nobody asked what he did for a living.",
            "Three days later he was yellow and passing little urine, and his {rel}, {r.full}, drove him to {hospital}, where he waited on <<Trolley 11>> for a bed.",
            "{d.tfull} asked about his work, sent blood for leptospirosis and started antibiotics at <<1 g IV>> twice a day; he was moved to {ward} and then to the renal unit.",
            "The gang's <<Ganger>>, {o1m.full}, said the team had been told about rat-borne illness at induction but had no cards to show a doctor.",
        ),
        (
            "The water company's health card is meant to be carried by every sewer worker; {p.first} had left his in the van <<for nine days>>.",
            "The confined space entry on {prev} had been run under <<the Confined Spaces Regulations 1997>> with <<a four-gas detector>>, but the log did not record any cuts.",
            "{o2f.full}, the occupational health nurse, wrote to the practice on {later} to ask that a flag be added to sewer workers' records.",
            "His {rel} said the receptionist, {o3f.first}, had offered the earliest slot but that the online form had no place to write a job.",
            "The review found that the gang had been taught the warning signs <<for twenty minutes>> at induction and never again; the leaflet is at {url}.",
        ),
        ("Signed {o4.full} for {trust}; queries to {email2}.",),
        ("SJR-#####", "SWR/@@/####"), sex="M",
    ),
    Style(
        "water_leak_team_trench_collapse_review", "prose",
        "review of a water company fitter buried to the chest when an unshored trench slumped during a burst main repair, whose crush injury was not checked for",
        (
            "Incident review {ref}: trench side collapse during a burst main repair on {street}, {town}",
            "{p.caps}, NHS {nhs}, born {dob}, hospital number {hosp}",
        ),
        (
            "At {time} on {day} the water company's leak team were replacing a split joint in a trench nearly two metres deep on {street} without trench boxes.",
            "The side of the trench slumped onto {p.full}, {age}, burying him to the chest; the <<Leak Technician>>, {o1f.full}, and a passer-by dug him out by hand.",
            "He was breathless with chest pain and the crew gave him oxygen from the van; the ambulance took <<over two hours>> to arrive through the road closure.",
            "At {hospital} he had broken ribs and a bruised lung and was kept in <<Side room 5>> overnight; {d.dr} also found a raised creatine kinase from the crush.",
            "His {rel}, {r.tfull}, was told by the firm at {time2} that he had a small cut, and only heard the truth from the ward.",
        ),
        (
            "The <<Shift Fitter>>, {o2m.full}, said the shoring had been left at the depot because the van was full of pipe.",
            "The excavation had been checked by {o3m.title}, the <<Charge Hand>>, at the start of the shift and logged as safe, with no note of the rain overnight.",
            "The company's report cited <<the Water Industry Act 1991>> for the right to dig the road but said nothing about the shoring.",
            "He had worked on leaks <<for eleven years>> and told the reviewer he had never seen a trench box on a small job.",
            "On {later} he was seen by {s1.full} in <<Bay 4 bed 3>> of the fracture clinic, who noticed that nobody had checked his urine for blood after the crush.",
        ),
        ("Reviewer {o4.full}, {trust}, {phone}",),
        ("WL-######", "STW/####/@"), sex="M",
    ),
    Style(
        "substation_crew_arc_flash_burn_review", "prose",
        "review of a cable jointer burned by an arc flash in a substation, whose transfer to a burns unit waited on a second estimate of the burn",
        (
            "Serious incident review: arc flash burns at an electricity substation, {town} (ref {ref})",
            "Patient {p.tfull}, date of birth {dob}, NHS number {nhs}, {addr}",
        ),
        (
            "On {date} at {time} a cable <<Jointer>>, {p.full}, {age}, was working in a substation off {street} when a switchgear panel flashed over.",
            "He had burns to his face, neck and both hands; his mate {o1m.full} cooled him with water from the van and wrapped his hands in <<a Water-Jel blanket>>.",
            "At {hospital} the burn was sized with <<the Rule of Nines>> at nine per cent, and he lay in <<Burns cubicle 1>> while {d.dr} called the regional burns unit.",
            "The transfer to {hospital2} was held up while the size was re-measured, and his hands were dressed with <<silver sulfadiazine>> before anyone photographed them.",
            "His {rel}, {r.full}, rang the control room on {phone} and was told to wait <<over two hours>> for the police, who never came.",
        ),
        (
            "The switching had been done under a permit, but the permit named another panel and was signed by the senior authorised person, {o2m.title}, on {prev}.",
            "The firm's investigation quoted <<the Electricity at Work Regulations 1989>> and found that the arc-rated hood was in the van, not on his head.",
            "{o3f.full}, the burns unit nurse, wrote that his hand dressings had not been changed <<for nine days>> by the time of his first clinic.",
            "The network operator told <<National Grid>> the same day because the fault had tripped a feeder, and the outage report named the substation but not the man.",
            "He was back at the hand clinic on {later} with stiff fingers, and <<Volkmann's contracture>> was ruled out by {s1.full}.",
        ),
        ("Report by {o4.full} for {trust}.",),
        ("ARC-####-##", "DNO/#####"), sex="M",
    ),
    Style(
        "gas_main_repair_gang_fume_poisoning_review", "prose",
        "review of a gas main repair worker poisoned by carbon monoxide from a petrol saw under a tarpaulin, whose hyperbaric referral waited overnight",
        (
            "Incident review {ref}: carbon monoxide poisoning in a gas main excavation, {street}, {town}",
            "{p.full}; NHS number {nhs}; hospital number {hosp}; date of birth {dob}",
        ),
        (
            "On {day} a gang repairing a leaking gas main on {street} used a petrol cut-off saw inside a covered excavation to cut the old cast iron pipe.",
            "{p.full}, {age}, ran the saw <<for twenty minutes>> and then became dizzy, muddled and sick, and sat down on the spoil heap.",
            "The gang had <<a gas monitor>> clipped to the barrier for methane, but it did not read carbon monoxide, and the <<Ganger>>, {o1m.full}, sent him to sit in the van.",
            "His {rel}, {r.full}, collected him at {time} and found him drowsy; the ambulance crew measured a high carbon monoxide level and took him to {hospital}.",
            "{d.dr} gave high-flow oxygen <<for forty-five minutes>> and discussed hyperbaric treatment with {hospital2}, but the referral was not sent until the next morning.",
        ),
        (
            "The method statement, dated {prev}, cited <<the Confined Spaces Regulations 1997>> and said the saw must only be used in open air, and the gang said they had never seen it.",
            "{o2f.full}, the gas network's safety adviser, visited on {later} and found no extraction fan on the van's kit list, only <<a four-gas detector>> with a flat battery.",
            "He had <<an escape set>> in the van for confined spaces, but the excavation was not treated as one because it was under a tarpaulin.",
            "At review he still had poor memory and headaches, and the <<Shift Fitter>>, {o3m.first}, said he had not been the same man since.",
            "The firm's letter to the family quoted <<the Health and Safety at Work etc. Act 1974>> and offered a meeting that was later cancelled.",
        ),
        ("Completed by {o4.full}, {trust}; {email2}",),
        ("GAS-#####", "COI/####/@@"), sex="M",
    ),
    Style(
        "household_waste_tip_child_skip_fall_review", "prose",
        "child review of a girl who climbed the steps at a household waste tip and fell into a green waste skip, lifted out before anyone thought of her neck",
        (
            "Child safeguarding review {ref}: a fall into a skip at the household waste tip, {town}",
            "{p.tfull}, NHS number {nhs}, {addr}",
        ),
        (
            "On {day} at {time} {p.first}, {age}, went with her {rel}, {r.full}, to the household waste tip off {street} with a car full of garden waste.",
            "While the car was unloaded she climbed the steps to the green waste skip and fell about two metres onto branches and a broken wardrobe.",
            "The <<Tip Attendant>>, {o1m.full}, lifted her out before anyone checked her neck, and she was sat in the cabin with ice from the staff fridge.",
            "At {hospital} she waited on <<Trolley 11>> in the children's area; {d.dr} found a forearm fracture and a cut with soil in it, and gave <<tetanus immunoglobulin>>.",
            "{o2f.full}, the site manager, said the barrier at the top of the steps had been broken <<for nine days>> and had been reported to the council by e-mail.",
        ),
        (
            "The council's contract with the tip operator says children must stay in cars; the sign by the gate had been hidden by a parked skip lorry, whose driver, {o4m.last}, said he had been there <<for twenty minutes>>.",
            "The fracture was set in theatre on {next} and her cast was checked by {s1.full}, who considered <<Volkmann's contracture>> and found no sign of it.",
            "Safeguarding was considered by {s2.full} and closed the same day, as her {rel} had been at the car when she climbed.",
            "The tip's accident book entry was written by {o1m.last} at {time2}, <<over two hours>> later, and did not record that she had been lifted out.",
            "The review team wrote to <<the Chartered Institution of Wastes Management>> to ask for national guidance on children at tips.",
        ),
        ("Review lead {o3.full}, {trust}.",),
        ("CSR-####-##", "HWRC/###/#"), sex="F", child=True,
    ),
    Style(
        "street_lighting_crew_very_old_man_roadside_review", "prose",
        "review of a very old man found in his pyjamas against a lamp column by a street lighting crew at night, who had left his care home through a silent fire door",
        (
            "Structured judgement review {ref}: a very old man found by a street lighting crew at night, {town}",
            "{p.caps}, {age}, date of birth {dob}, NHS number {nhs}, hospital number {hosp}",
        ),
        (
            "At {time} on {day} a street lighting crew changing a lantern on {street} found {p.tfull} sitting against a lamp column in his pyjamas, cold and muddled.",
            "The crew's <<Shift Fitter>>, {o1f.full}, wrapped him in her coat and rang 999; the call handler asked whether he had fallen and nobody knew.",
            "He had left {home} through a fire door whose alarm had been switched off, and the night carer, {o2m.full}, had not noticed his empty bed <<for forty-five minutes>>.",
            "At {hospital} his temperature was 34.1 and he lay on <<Trolley 11>> <<over two hours>> before {d.dr} found a hip fracture on the second set of films.",
            "His {rel}, {r.full}, was not told until the morning because the home's records gave an old number for the family, {mob}.",
        ),
        (
            "The crew had been working <<a 12-hour shift>> of night lamp changes and said they nearly drove past because they took him for a drunk.",
            "The home is run by {prov}, and its manager, {o3f.title}, said the faulty door had been reported to the landlord on {prev}.",
            "He had a skin tear on his shin that the home had dressed with <<povidone-iodine>> the day before and not written down.",
            "He went to theatre on {next} and then to {ward}, <<Bay 4 bed 3>>, under {s1.full}, who wrote that his delirium was made worse by the move.",
            "The lighting crew's report to {council} noted that the lamp over the home's gate had been dark <<for nine days>>.",
        ),
        ("Reviewer: {o4.full} ({email2}).",),
        ("SJR/####/@", "SL-######"), sex="M", old=True, provider=True,
    ),
    Style(
        "lift_engineer_trapped_very_old_woman_review", "prose",
        "review of a very old woman trapped overnight in a tower block lift after the alarm call was graded for the morning, found dry with a pressure sore",
        (
            "Review {ref}: a very old woman trapped in a tower block lift overnight, {town}",
            "{p.tfull}, {age}, {addr}; NHS {nhs}",
        ),
        (
            "{p.full} went down to collect her post at about {time} on {date} and the lift in her block on {street} stopped between the fourth and fifth floors.",
            "The alarm button rang through to a call centre that logged a fault but sent nobody, as the controller, near the end of <<a 12-hour shift>>, graded the job for the morning.",
            "The <<Lift Engineer>>, {o1m.full}, arrived at seven and found her on the floor of the car, where she had been sick and could not stand.",
            "At {hospital} she was dry and her kidneys were struggling; {d.dr} started fluids in <<Side room 5>> and found a pressure sore on her hip.",
            "Her {rel}, {r.full}, told the ward that she wore a pendant alarm from {prov} but that it had no signal in the lift shaft.",
        ),
        (
            "The lift had been examined under <<LOLER>> on {prev}, and the phone line in the car was noted then as intermittent.",
            "The call centre's manager, {o2f.full}, said the operator, {o3m.first}, had asked whether anyone was in the car and had written down the wrong answer.",
            "The council's housing team has asked <<the Lift and Escalator Industry Association>> for advice on grading calls from blocks where very old people live.",
            "She stayed in <<for nine days>> and went home on {later} with a care package from {prov}; the first visit was missed because the lift was still out of service.",
            "The night porter, {o4m.full}, had worked <<for three shifts>> in a row and said the alarm panel in the lobby was silent.",
        ),
        ("Review author {o5.full} for {trust}, {phone}",),
        ("LFT-####-@@", "HSG/#####"), sex="F", old=True, provider=True,
    ),
)

# Logs: each core, extra and top-up sentence is one line in the style's own shape (`topup`).
LINES = (
    Style(
        "recycling_plant_picking_line_incident_csv", "lines",
        "a recycling plant's picking line incident export, pasted as CSV with ISO stamps joined to the clock, about a picker's needlestick injury sent to hospital by taxi",
        (
            "Export: picking line incidents, materials recovery facility, {town}; case {ref}",
            "timestamp,note,line,user",
        ),
        (
            "Needlestick to {p.full}, {age}, on Line 2 while clearing a jam; glove torn, small bleed, washed under the tap",
            "<<Picking Line Supervisor>> {o1f.full} stopped the belt and put the syringe in a sharps tub",
            "{p.last} sent to {hospital} by taxi, told by {o2m.last} it was only a scratch; no call ahead, waited <<for forty-five minutes>> for the taxi",
            "Hospital rang {phone}: patient waited <<over two hours>> in <<Minors 6>>, bloods taken",
            "{d.dr} advised a post-exposure starter pack and <<tetanus immunoglobulin>>; NHS {nhs} recorded, follow-up with {gp}",
        ),
        (
            "Belt speed raised on {prev} after the weighbridge queue; pickers asked for it slower <<for three shifts>>",
            "Cut-resistant gloves on order, {o3m.title} chasing supplier, <<an eyewash bottle>> also out of date",
            "<<Weighbridge Operator>> {o4f.full} confirmed the load came from a household round in {town}",
            "Occupational health referral sent to {email2}; {p.first} booked for blood tests in six weeks",
            "Incident reported under <<the Health and Safety at Work etc. Act 1974>> procedure; copy to site manager",
        ),
        ("Export ends; rows exported by {s2.dot}",),
        ("MRF-#####", "RIDR/####/@"), sex="M",
        topup='{stamp}T{clock},"{text}",L2,{sign}', stamp="%Y-%m-%d", clock="%H:%M",
        signs=("o1", "o2", "s1"), sign_form="dot",
    ),
    Style(
        "street_lighting_fault_system_export_csv", "lines",
        "a council's street lighting fault history, pasted as CSV with the fault number first, about a woman who broke her wrist on a path left dark for weeks",
        (
            "Street lighting fault history, {council}, fault {ref}, {street}, {town}",
            "fault,date,time,update,officer",
        ),
        (
            "Resident {p.full} reports column 14 dark on the footpath; caller on {mob}",
            "Night scout {o1m.full} confirms lantern out and door missing; <<a 12-hour shift>> backlog, graded routine",
            "Call from {r.full}, {rel}: {p.first}, {age}, fell on the dark path and is at {hospital}",
            "Hospital letter says <<Hutchinson's fracture>> of the wrist, plastered in <<Minors 6>> by {d.dr}",
            "Insurance claim opened for {addr}; medical report requested quoting NHS {nhs}",
        ),
        (
            "Crew {o2f.full} attended, photocell replaced, lamp lit; <<Jointer>> needed for the cable fault",
            "Cable fault logged with the network operator, {o3m.title} chasing <<for nine days>>",
            "Councillor enquiry answered by {o4f.last}, <<Shift Fitter>> rota checked; fault map at {url}",
            "Scout route for {town} now checked weekly, not monthly, <<Charge Hand>> to confirm",
            "Resident still in a splint, <<a QuickDASH of 48>> quoted in the solicitor's letter",
        ),
        ("Export generated by {s2.fl} from the street lighting system",),
        ("STL-#####", "CLM/####/##"), sex="F",
        topup='{ref},{stamp},{clock},"{text}",{sign}', stamp="%d-%m-%Y", clock="%H:%M",
        signs=("o1", "o2", "s1"), sign_form="fl",
    ),
    Style(
        "concrete_pour_night_log_table", "lines",
        "a night concrete pour log, pasted as a table with a weekday stamp and the clock after the note, about a finisher with cement burns to both knees",
        (
            "Night pour log, slab level 3, {street}, {town}; permit {ref}",
            "| date | note | time | by |",
        ),
        (
            "Pour started, pump on, eight wagons booked; <<Slinger Signaller>> {o1m.full} on the skip",
            "{p.full}, {age}, kneeling in wet concrete to float the edge, trousers soaked through, <<a 12-hour shift>> already done",
            "{p.first} says his knees are burning; <<Site First Aider>> {o2f.full} washing with water <<for twenty minutes>>",
            "Ambulance called on {mob}; crew took him to {hospital}, seen in <<Burns cubicle 1>>",
            "{d.dr} rang site: full thickness cement burns to both knees, <<silver sulfadiazine>> on, graft likely, NHS {nhs}",
        ),
        (
            "Pour carried on, last wagon away, <<Crane Supervisor>> {o3m.last} stood down",
            "Knee pads and wellies ordered on {prev}, never issued to the night gang by the <<Charge Hand>>",
            "Data sheet for the concrete warns of alkali burns; <<the Construction Industry Training Board>> course covers it, not briefed this shift",
            "{r.full}, {rel}, rang the site office on {phone} asking where he was",
            "Reported to the principal contractor under <<the Construction (Design and Management) Regulations 2015>>",
        ),
        ("Log closed by {s2.init}; copy to {email2}",),
        ("PTW-####", "NCR/###/##"), sex="M",
        topup="| {stamp} | {text} | {clock} | {sign} |", stamp="%a %d/%m", clock="%H:%M",
        signs=("o1", "o2", "s1"), sign_form="init",
    ),
    Style(
        "sewer_gang_confined_space_entry_table", "lines",
        "a sewer gang's confined space entry record, pasted as a table with the signer first and a dotted two-digit-year stamp, about a man overcome by gas at the foot of a manhole",
        (
            "Confined space entry record, manhole MH14, {street}, {town}; permit {ref}",
            "| signed | date | time | entry |",
        ),
        (
            "Entry team briefed; <<a four-gas detector>> bump-tested, <<a rescue tripod>> set over the shaft",
            "{p.full}, {age}, down the ladder to clear a blockage; top man {o1m.full}, <<a harness lanyard>> clipped to the tripod",
            "Detector alarm at the bottom; {p.last} not answering, top man hauling on the line",
            "Casualty at the top, drowsy and vomiting, on oxygen <<for twenty minutes>>; ambulance called on {mob}, {o2m.first} with him",
            "Taken to {hospital}; {d.dr} reports gas exposure, kept in <<Side room 5>>, NHS {nhs}",
        ),
        (
            "Readings before entry clear <<for twenty minutes>>; flow from upstream not stopped",
            "<<Ganger>> {o3m.full} says the upstream pumping station was not told about the entry",
            "Permit raised under <<the Confined Spaces Regulations 1997>> on {prev}, expired at the end of the shift",
            "{r.full}, {rel}, told at home, {addr}",
            "Casualty had <<an escape set>> on his belt but did not open it",
        ),
        ("Record closed by {s2.si}; sent to {email2}",),
        ("CSE-#####", "MH/##/####"), sex="M",
        topup="| {sign} | {stamp} | {clock} | {text} |", stamp="%d.%m.%y", clock="%H:%M",
        signs=("o1", "o2", "s1"), sign_form="si",
    ),
    Style(
        "bin_lorry_crew_whatsapp_ios_export", "lines",
        "a bin lorry crew's WhatsApp chat exported from an iPhone, bracketed stamps with seconds, about a boy who ran behind a reversing lorry and had his foot crushed",
        (
            "WhatsApp chat export: Round 7 crew, {town}",
            "Messages and calls are end-to-end encrypted. Accident ref {ref}",
        ),
        (
            "lorry reversing into the cul de sac on {street}, <<Refuse Driver>> {o1m.first} on the camera",
            "a kid ran out behind the lorry and the back wheel went over his foot, we stopped straight away",
            "his name is {p.full}, {age}, lives at {addr}, his {rel} is on the way",
            "ambulance took <<over two hours>> to come, then took him to {hospital}, {o2f.full} went with {r.first}",
            "{d.dr} says broken bones in the foot, he is on <<Trolley 11>> waiting for a plaster",
        ),
        (
            "the reversing assistant {o3m.full} was two bins behind, not at the back of the lorry where the <<Refuse Driver>> could see him",
            "supervisor {o4f.full} wants statements by {later}, ring {phone}",
            "boy had been off school <<for nine days>> with a cough says his {rel}",
            "the paramedic gave him <<5 mg/kg>> of something for the pain before they moved him",
            "depot says the footage is saved, <<Tip Attendant>> at the yard has the memory card",
        ),
        ("Export ends. Chat created by {s2.lower}",),
        ("RTA-#####", "BIN/####/@"), sex="M", child=True,
        topup="[{stamp}, {clock}] {sign}: {text}", stamp="%d/%m/%Y", clock="%H:%M:%S",
        signs=("o1", "o2", "o3", "s1"), sign_form="whatsapp",
    ),
    Style(
        "water_company_leak_job_notes_log", "lines",
        "a water company's job notes for a burst main, upper-case date stamps and four-digit clocks, about a home dialysis customer left without water who missed her session",
        (
            "JOB NOTES {ref} - burst main, {street}, {town}",
            "Priority customer on the street: home dialysis at {addr}",
        ),
        (
            "Burst reported, water off to forty properties, dialysis customer {p.full} on the priority list",
            "Rang {p.first} on {mob}: needs water for her machine by evening, her {rel} {r.full} with her",
            "<<Leak Technician>> {o1m.full} on site, excavating, bottled water ordered <<over two hours>> ago",
            "Bottled water still not delivered <<over two hours>> later, {p.last} missed her session and feels breathless",
            "Ambulance to {hospital}; {d.dr} says potassium high, <<10 ml of 10%>> calcium given, dialysed on the unit, NHS {nhs}",
        ),
        (
            "Duty manager {o2f.full} escalated to the incident room, <<a 12-hour shift>> cover arranged",
            "Priority list last updated on {prev}; customer's phone number was wrong on it",
            "No report to <<the Drinking Water Inspectorate>> needed, no quality issue; <<Ofwat>> standards payment due",
            "Supply back on; <<Shift Fitter>> to backfill and reinstate the road tomorrow",
            "Complaint from her {rel} logged by {o3m.full} for a reply by {later}",
        ),
        ("Job closed by {s2.caps}",),
        ("JOB-######", "CMP/####/##"), sex="F",
        topup="{stamp} {clock} {sign} - {text}", stamp="%d%b%Y", clock="%H%M",
        signs=("o1", "o2", "s1"), sign_form="caps",
    ),
)

# Letters and e-mails: the letter's own date heads it; "Dear ..." opens its own line.
LETTERS = (
    Style(
        "site_welfare_cabin_first_aider_hypo_letter", "letter",
        "a building site's first aider writes to a GP about a groundworker found confused in the welfare cabin twice after his insulin was changed",
        (
            "{o1f.full}, <<Site First Aider>>, site office, {street}, {town}. {ldate}",
            "Dear {d.dr},\n\nRe: {p.tfull}, {addrb}, date of birth {dob}",
        ),
        (
            "I am writing about one of our groundworkers, {p.first}, who was found confused in the welfare cabin on {date} at about {time}.",
            "He was sweating and could not tell me his name, and the meter in his bag read 1.9; I gave him sugary tea and the glucose gel from the kit <<for twenty minutes>> until he came round.",
            "The ambulance crew took him to {hospital}, where he was seen by {s1.full} in <<Minors 6>> and sent home without any change to his insulin.",
            "The same thing happened on {later}, and this time he was found by the <<Ganger>>, {o2m.full}, behind the welfare cabin with a cut on his head.",
            "I understand from his {rel}, {r.full}, that he was moved onto a new insulin in the spring and nobody explained hypos to him.",
        ),
        (
            "He works <<a 12-hour shift>> on the groundworks with a late lunch, and our canteen van does not come on Saturdays.",
            "We have put a hypo box in the cabin, and {o3m.title} from our safety team has asked every <<Charge Hand>> to learn the signs.",
            "I have told him not to drive the dumper until he has seen you, as our rules under <<the Construction (Design and Management) Regulations 2015>> require.",
            "His NHS number is {nhs} and he has agreed to my sharing this; he can be reached on {mob}.",
            "He asked me to mention his left thumb, which has been weak since an old <<Bennett's fracture>> and makes finger pricks hard.",
        ),
        ("Yours sincerely,\n\n{o1f.full}\n<<Site First Aider>>, {phone}",),
        ("WEL-####", "FA/##/###"), sex="M",
    ),
    Style(
        "glazier_laceration_tendon_missed_email", "letter",
        "the owner of a small glazing firm e-mails a hospital's complaints team about a glazier whose wrist cut was glued without the fingers being tested",
        (
            "From: {o1m.full} <{o1m.pemail}>\nSent: {ldate}\nTo: {email2}\nSubject: Complaint about the care of {p.full}, ref {ref}",
            "Dear {o2f.title},",
        ),
        (
            "I run a small glazing firm in {town}, and I am writing for our glazier {p.full}, {age}, who cut his wrist on a broken pane on {date}.",
            "He was seen in <<Minors 6>> at {hospital} by {s1.full}, who glued the wound and sent him home; nobody tested his fingers.",
            "Two days later he could not straighten his little finger, and the hand surgeon, {d.tfull}, found <<Froment's sign>> and a cut nerve and tendon.",
            "He had surgery at {hospital2} on {later}, was kept in <<Side room 5>> overnight, and {d.dr} told him the repair would have been easier in the first week.",
            "He has been off work <<for nine days>> so far and cannot use the suction lifters we need for large panes.",
        ),
        (
            "His home address is {addr} and his NHS number is {nhs}; his {rel}, {r.full}, is happy to be contacted on {mob}.",
            "The leaflet he was given said to come back if his fingers went numb, but a nurse told him the numbness was from the <<povidone-iodine>> on the skin.",
            "The broken pane was on a job for {council}, and we have reported the injury to our insurer and under <<the Work at Height Regulations 2005>> checklist for the ladder.",
            "I would like to know why the wound was not explored and whether <<Kanavel's signs>> were looked for, as the cut later became infected.",
            "I have copied this to his GP practice, {gp}, and to {s2.email}.",
        ),
        ("Regards,\n{o1m.full}\n{phone}",),
        ("GLZ-####", "PALS-#####"), sex="M",
    ),
    Style(
        "plasterer_very_old_customer_cold_house_letter", "letter",
        "a plasterer writes to a GP about a very old customer he found sitting in her coat by an open oven in a cold, mouldy house with a broken boiler",
        (
            "{o1m.full}, plastering and rendering, {town}. {ldate}",
            "Dear Doctor,\n\nRe: {p.tfull}, {age}, {addrb}",
        ),
        (
            "I have been re-plastering a damp back bedroom for {p.title}, and I am worried about how she is managing on her own.",
            "When I arrived on {date} at {time} she was sitting in the kitchen in her coat with the oven door open for heat, and I kept <<an FFP3 mask>> on for the mould.",
            "She told me she had fallen twice that week and showed me a bruise on her arm the size of my hand; she said her carers from {prov} come twice a day, and one of them, {o3f.last}, stays <<for twenty minutes>>.",
            "Her {rel}, {r.full}, lives in Scotland and asked me to write because she cannot get through on the phone to {gp}.",
            "On {later} the carer, {o2f.full}, told me that the boiler had been broken <<for nine days>> and the landlord had not answered.",
        ),
        (
            "Her legs were swollen and weeping and she had wrapped them in tea towels; there was a tube of <<silver sulfadiazine>> on the table with someone else's name on it.",
            "I have worked in old houses <<for eleven years>> and I have seen black mould like that in a bedroom only a few times.",
            "I rang the private housing team at {council} on {phone} and gave them the address, and they said an officer would visit under <<the Environmental Protection Act 1990>> nuisance rules.",
            "Her NHS number, from a letter on the side, is {nhs}; she was happy for me to write to you.",
            "She sat in the next room while I stripped the wall, and I worry about the dust, as she already has <<an MRC dyspnoea grade of 3>> written on her inhaler plan.",
        ),
        ("Yours faithfully,\n\n{o1m.full}\n{mob}",),
        ("PLS-###", "PSH/####/##"), sex="F", old=True, provider=True,
    ),
    Style(
        "roofer_very_old_neighbour_ladder_fall_letter", "letter",
        "a roofer working next door writes to a GP about a very old man she saw fall from a stepladder while clearing his shed gutter",
        (
            "{ldate}\n\nFrom {o1f.full}, roofing contractor, {town}",
            "Dear {d.dr},\n\nRe: {p.tfull}, date of birth {dob}, {addrb}",
        ),
        (
            "I was re-slating the roof next door to {p.title} on {date} when I saw him climb a stepladder in his garden to clear the gutter of his shed.",
            "He is {age} and he fell backwards onto the patio at about {time}; I came down the scaffold and found him awake but unable to move his left leg.",
            "The ambulance took <<over two hours>>, and I kept him warm with the tarpaulin from the van and <<a Water-Jel blanket>> from my kit for his grazed hands.",
            "He was taken to {hospital}, and his {rel}, {r.full}, tells me he had a broken hip, an operation on {next} and is now on {ward}.",
            "I am told he is to go home on {later} with carers, and I am writing because the ladder, <<a harness lanyard>> he borrowed from me last year and the blocked gutter are still there.",
        ),
        (
            "I have worked at height <<for eleven years>> under <<the Work at Height Regulations 2005>>, and I would not use that ladder myself.",
            "He told me he had been dizzy on standing since his tablets were changed, and his {rel} thinks he has had three falls this year.",
            "I have offered to clear the gutter for nothing, and I have told his {rel} on {mob} that I will be on the street for another week.",
            "His neighbour, {o2m.full}, says he has been going out at night to check the shed roof since the storm, when the wind was high on <<the Beaufort scale>>.",
            "I have copied this to the falls team at {hospital} at {email2}.",
        ),
        ("Yours sincerely,\n\n{o1f.full}\n{phone}",),
        ("RF-####", "FLS/###/##"), sex="M", old=True,
    ),
    Style(
        "demolition_site_trespass_child_letter", "letter",
        "a demolition site manager writes to a GP about a boy who climbed the hoarding with friends and fell through a roof light, to reassure the family about asbestos",
        (
            "{ldate}\n\nFormer bus depot demolition, {street}, {town} (our ref {ref})",
            "Dear {d.dr},\n\nRe: {p.tfull}, {addrb}",
        ),
        (
            "I manage the demolition of the former bus depot, and I am writing about the boy, {p.first}, {age}, who got into the site on {date}.",
            "He and two friends climbed the hoarding at about {time}, and he fell through a roof light in the old workshop onto the floor below.",
            "Our security guard, {o1m.full}, found him, fetched <<a Sked stretcher>> from the cabin and rang 999, and he was taken to {hospital} with a head wound and a broken arm.",
            "His {rel}, {r.full}, has told me he was kept in overnight on {ward} and that a doctor, {s1.full}, asked about the dust on his clothes.",
            "The workshop roof sheets were tested before work began under <<the Control of Asbestos Regulations 2012>>, and the results are attached.",
        ),
        (
            "The site has been fenced since {prev}, and we have now added anti-climb paint, lighting and a patrol every hour, and the <<Charge Hand>> checks the hoarding at the end of each shift.",
            "Our <<Asbestos Supervisor>>, {o2f.full}, has offered to speak to the family, and can be reached on {mob}.",
            "We have reported the matter to the police and to <<the Considerate Constructors Scheme>>, whose monitor visited on {later}.",
            "His friends told our guard they had been coming in <<for nine days>> to ride bikes in the yard.",
            "I will give a talk at his school, and our <<Crane Supervisor>>, {o3m.title}, will come with me.",
        ),
        ("Yours sincerely,\n\n{o4m.full}\nSite Manager, {phone}",),
        ("DEM/####", "TRS-#####"), sex="M", child=True,
    ),
    Style(
        "bin_crew_supervisor_very_old_resident_email", "letter",
        "a council's waste supervisor e-mails a hospital's discharge team about a very old woman on the assisted collection list found on her hall floor by a bin crew",
        (
            "From: {o1m.full} <{email}>\nSent: {ldate}\nTo: {s2.email}\nSubject: Assisted collection customer {p.full}",
            "Dear {s2.title},",
        ),
        (
            "I supervise the bin crews in {town}, and {p.title}, {age}, of {addr} is on our assisted collection list.",
            "On {date} the crew noticed that her bins had not been out for the second week, and the <<Refuse Driver>>, {o2m.full}, knocked and heard her calling.",
            "She was on the hall floor and had been there since the night before; the crew rang 999 at {time} and waited with her <<for forty-five minutes>>.",
            "She was taken to {hospital}, and her {rel}, {r.full}, says she was treated for a kidney injury and went on {later} to {home}.",
            "She has asked that the crew be thanked, and I am writing so that the community team know she is no longer at home.",
        ),
        (
            "Our assisted list is updated only when a customer or their family tells us, and we had no note that she lived alone or was on <<500 units>> of anything.",
            "{o3f.full} from the crew, a trained <<Site First Aider>>, gave her a blanket from the cab and kept her talking until the paramedics came.",
            "The crews work <<a 12-hour shift>> on the Tuesday rounds and report concerns to our safeguarding lead, {o4f.full}.",
            "Her NHS number was on a hospital letter she asked us to read, {nhs}; her own phone is {phone}.",
            "We have shared the crew's report with <<the Chartered Institution of Wastes Management>> as an example of good practice; our policy is at {url}.",
        ),
        ("Kind regards,\n{o1m.full}\nWaste services supervisor, {council}",),
        ("AC-#####", "WST/####/@"), sex="F", old=True,
    ),
    Style(
        "groundworks_contractor_vibration_referral_letter", "letter",
        "a contractor's occupational health adviser writes to a GP about a breaker operator with white fingers and numb hands after years on vibrating tools",
        (
            "Occupational health service for the principal contractor, {street}, {town}. {ldate}",
            "Dear {d.dr},\n\nRe: {p.tfull}, {addrb}, NHS number {nhs}",
        ),
        (
            "{p.full}, {age}, has worked for us as a groundworker and breaker operator <<for eleven years>> and came to health surveillance on {date}.",
            "He describes white, numb fingertips in the cold and tingling at night, which I staged as <<Stockholm Workshop stage 2>> for both the vascular and sensory signs.",
            "His tool log shows <<400 HAV points>> a day on the breaker, well over the action value, for much of last winter.",
            "<<Phalen's test>> was positive on the right and his grip was weak, while <<Finkelstein's test>> was negative.",
            "We have moved him off vibrating tools and I would be grateful if you would refer him to the hand surgeons at {hospital} for nerve studies.",
        ),
        (
            "Our assessment is made under <<the Control of Vibration at Work Regulations 2005>>, and the case will be reported by the employer.",
            "His hearing test shows a noise notch, and his exposure on the breaker was measured at <<a noise dose of 87 dB(A)>>.",
            "He smokes ten a day, which makes the finger symptoms worse, and he would like help to stop from {gp}; his breathing is <<an MRC dyspnoea grade of 3>> on the stairs.",
            "His {rel}, {r.full}, came with him and said he drops cups at home and cannot do up buttons in the morning.",
            "He can be reached on {mob}; our nurse, {o1f.full}, is on {phone} or {o1f.email}.",
        ),
        ("Yours sincerely,\n\n{o2m.tfull}\nOccupational health adviser",),
        ("OH-#####", "HAVS/###/##"), sex="M",
    ),
    Style(
        "gas_emergency_engineer_carbon_monoxide_household_letter", "letter",
        "a gas emergency engineer writes to a GP about a pregnant woman with a week of headaches in a house where a boiler flue had come apart in the loft",
        (
            "{ldate}\n\nGas emergency service, {town} depot",
            "Dear {d.dr},\n\nRe: {p.tfull}, {dob}, {addrb}",
        ),
        (
            "I am the gas emergency engineer who attended the home of {p.title} on {date} after her {rel}, {r.full}, smelled fumes.",
            "The reading on <<a gas monitor>> was high for carbon monoxide in the kitchen, from a boiler whose flue had come apart in the loft, and I made it safe at {time}.",
            "She had had headaches and sickness <<for nine days>> and had been seen by {s1.full} at {gp}, who thought it was a virus.",
            "I advised her to go to {hospital}, where she was given oxygen <<for forty-five minutes>> and seen by {s2.full}; her carbon monoxide level was still raised.",
            "I am writing so that her records note the exposure, as she is pregnant and her midwife may wish to know.",
        ),
        (
            "The boiler had been serviced on {prev} by a firm that is no longer trading, and the landlord has been told to replace it under <<the Health and Safety at Work etc. Act 1974>> duties.",
            "The house had no carbon monoxide alarm; I fitted one and left <<an eyewash bottle>> from my van after she got soot in her eye in the loft hatch.",
            "A copy of my report goes to the landlord, and <<National Grid>> was told about the supply as the meter is theirs.",
            "Her phone number is {mob}, and her NHS number, which she read to me from her maternity notes, is {nhs}.",
            "Her neighbour, {o1m.full}, also had headaches that week, and I checked his flat on {later}; it was clear.",
        ),
        ("Yours faithfully,\n\n{o2f.full}\nEmergency engineer, {phone}",),
        ("GEM-#####", "RIG/####/@@"), sex="F",
    ),
)

STYLES = (*PROSE, *LINES, *LETTERS)

# Top-up sentences, drawn without repeats until a text reaches its length.
SHARED = (
    "The panel noted that the staff involved had worked <<a 12-hour shift>> before the events and that tiredness was not asked about.",
    "{s2.full} was asked to share the learning at the next safety huddle on {ward2}.",
    "The family were offered a meeting under the duty of candour, and {r.first} asked for it to be held at {gp}.",
    "The firm's own investigation cited <<the Health and Safety at Work etc. Act 1974>> but did not say what would change.",
    "The notes show <<chloramphenicol>> ointment given for grit in the eye at an earlier visit, which played no part here.",
    "The emergency department was full that night, with patients on <<Trolley 11>> and in <<Recliner 2>> for most of the shift.",
    "The reviewer, {o5.tfull}, spoke to each of the staff involved <<for forty-five minutes>>.",
    "A copy of this review will go to {council} and to the commissioners, with names removed.",
    "{s1.full} noted that the contact number, {mob}, was right on the ambulance record but wrong on the hospital system.",
    "The panel asked whether <<the Lighthouse Construction Industry Charity>> could be offered to the workmates who saw the injury.",
    "Old notes from {gp} mention <<Phalen's test>> being positive years ago, which played no part in these events.",
    "The pharmacist checked that <<benzydamine>> and other ward stock had not been given in error.",
    "An action plan will be agreed by {later} and shared with the principal contractor.",
    "A previous address, {addr2}, was still on one system and a letter went there first.",
)
SHARED_LINES = (
    "Photos taken and sent to the office",
    "Area taped off, <<Appointed Person>> informed",
    "<<Charge Hand>> briefed the next shift at handover",
    "Accident book entry done and page copied",
    "Welfare cabin checked, <<an eyewash bottle>> out of date and replaced",
    "Rang {phone} for an update, no answer",
    "Van returned to the depot in {town}",
    "Toolbox talk booked <<for twenty minutes>> tomorrow morning",
    "Supervisor {s2.full} told by phone",
    "Kit check: <<a Sked stretcher>> and <<a rescue tripod>> both present",
    "Crew gave <<1 g IV>> paracetamol in the ambulance per their sheet",
    "Witness statement taken from {o5.full}",
    "Near miss form sent to {email2}",
    "First aid kit restocked, <<a Burnshield dressing>> used",
    "Wind rising on <<the Beaufort scale>>, lifting paused",
    "Old address {addr2} still on the system, office told",
)
SHARED_LETTER = (
    "Please do not hesitate to contact me if you need any more information.",
    "I have kept a copy of this letter on our site file under reference {ref2}.",
    "Our company works to <<the Construction (Design and Management) Regulations 2015>>, and I can send our risk assessment if it would help.",
    "We have offered the team support through <<the Lighthouse Construction Industry Charity>>.",
    "I have also spoken to {s2.full}, who was helpful and asked me to put this in writing.",
    "The family were told on {later} that a letter would follow, but none has arrived.",
    "The paramedics gave <<0.5 ml IM>> of adrenaline for a suspected reaction, which I saw written on their sheet.",
    "I can be reached at the site office on {phone} most mornings.",
    "I am told the patient spent much of the first night on <<Trolley 11>> in a corridor.",
    "Our safety adviser, {o5.full}, has read this letter and agrees with it.",
    "Our insurer has asked whether records from <<the Construction Industry Training Board>> can be shared, and I have said yes.",
    "An older address, {addr2}, appears on some of the paperwork and should be ignored.",
)


def _shared(style: Style) -> tuple[str, ...]:
    if style.register == "lines":
        return SHARED_LINES
    if style.register == "letter":
        return SHARED_LETTER
    return SHARED


def alternatives() -> int:
    """How many distinct sentence templates the pack writes from."""
    sentences = {*SHARED, *SHARED_LINES, *SHARED_LETTER}
    for style in STYLES:
        sentences |= {*style.headers, *style.core, *style.extras, *style.endings}
    return len(sentences)


# ---------------------------------------------------------------------------------------------
# One case: the people, places, numbers and dates a text is written from
# ---------------------------------------------------------------------------------------------

_HINT = re.compile(r"\{(o\d)([fm])\.")
_TOKEN = re.compile(r"\{(\w+)\.(\w+)\}|\{(\w+)\}|<<(.+?)>>")
_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
_FIRST_DAY = date(2025, 1, 6)


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _fold(value))


def _shape(rng: random.Random, shape: str) -> str:
    out = []
    for ch in shape:
        if ch in "9#":
            out.append(str(rng.randint(0, 9)))
        elif ch in "A@":
            out.append(rng.choice(_LETTERS))
        else:
            out.append(ch)
    return "".join(out)


class _Case:
    def __init__(self, rng: random.Random, style: Style, sentences: list[str]) -> None:
        self.rng = rng
        self.style = style
        self.record = rng.random() >= NO_RECORD
        self.used_parts: set[str] = set()
        self.used_initials: set[str] = set()
        self.dot = "." if rng.random() < 0.3 else ""
        self.init_dots = rng.random() < 0.3
        hints: dict[str, str] = {}
        for sentence in sentences:
            for who, sex in _HINT.findall(sentence):
                hints.setdefault(who, sex.upper())
        # place
        self.town = rng.choice(list(TOWN_INFO))
        district, code, county, council, locs = TOWN_INFO[self.town]
        self.code, self.county, self.council, self.district = code, county, council, district
        self.locality = rng.choice(locs)
        # dates
        self.day = _FIRST_DAY + timedelta(days=rng.randint(0, 590))
        self.prev = self.day - timedelta(days=rng.randint(1, 4))
        self.next = self.day + timedelta(days=1)
        self.later = self.day + timedelta(days=rng.randint(3, 20))
        self.ldate = self.day + timedelta(days=rng.randint(24, 45))
        self.last: date | None = None  # the latest event date written with its year
        self.cap: date | None = None  # in a log line: its stamp
        low, high = style.ages or ((91, 104) if style.old else (5, 15) if style.child else (19, 84))
        target = rng.randint(low, high)
        born = date(self.day.year - target, rng.randint(1, 12), rng.randint(1, 28))
        self.dob = born
        self.age = self.day.year - born.year - ((self.day.month, self.day.day) < (born.month, born.day))
        # people
        self.people: dict[str, Who] = {}
        psex = style.sex or rng.choice("FM")
        self.people["p"] = self._draw(psex, patient=True)
        rsex = rng.choice("FM")
        self.people["r"] = self._draw(rsex)
        if style.child:
            self.rel = "mother" if rsex == "F" else "father"
        elif style.old:
            self.rel = rng.choice(OLD_RELATIONS[rsex])
        else:
            self.rel = rng.choice(RELATIONS[rsex])
        for who in ("s1", "s2", "o1", "o2", "o3", "o4", "o5"):
            self.people[who] = self._draw(hints.get(who) or rng.choice("FM"))
        self.people["d"] = self._draw(rng.choice("FM"), doctor=True)
        for key in ("p", "r"):
            self.people[key].in_record = self.record
        # numbers and places
        self.nhs = nhs_number(rng)
        self.nhs_layout = rng.randrange(3)
        index = list(TOWN_INFO).index(self.town)
        self.hosp = _shape(rng, HOSP_FORMS[index % len(HOSP_FORMS)])
        self.inward = f"{rng.randint(0, 9)}{rng.choice(_LETTERS)}{rng.choice(_LETTERS)}"
        self.postcode = f"{district} {self.inward}"
        flat = f"Flat {rng.randint(1, 24)}, " if rng.random() < 0.15 else ""
        self.line = f"{flat}{rng.randint(1, 180)} {rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        self.street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        self.old_line = f"{rng.randint(1, 120)} {rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        ward_words = rng.sample(WARD_WORDS, 2)
        self.ward = f"{ward_words[0]} {rng.choice(WARD_KINDS)}"
        self.ward2 = f"{ward_words[1]} {rng.choice(WARD_KINDS)}"
        self.home = f"{rng.choice(HOME_WORDS)} {rng.choice(HOME_KINDS)}"
        self.hospital = rng.choice(HOSPITAL_FORMS).format(town=self.town, county=county)
        other = rng.choice([t for t in TOWN_INFO if t != self.town])
        self.hospital2 = rng.choice(HOSPITAL_FORMS).format(town=other, county=TOWN_INFO[other][2])
        if self.hospital2 == self.hospital:
            self.hospital2 = f"{other} Community Hospital"
        county2 = rng.choice([i[2] for i in TOWN_INFO.values() if i[2] != county])
        self.trust = rng.choice(TRUST_FORMS).format(county=county, county2=county2)
        self.gp = f"{rng.choice(GP_WORDS)} {rng.choice(GP_KINDS)}"
        self.prov = rng.choice(PROVIDERS)
        self.ref = _shape(rng, style.refs[0])
        self.ref2 = _shape(rng, style.refs[1])
        tslug, cslug = _slug(self.town), _slug(council.replace("Council", ""))
        self.email = f"{rng.choice(['site.office', 'safety', 'welfare', 'control', 'ops.desk'])}@{tslug}-works.co.uk"
        self.email2 = f"{rng.choice(['patient.safety', 'complaints', 'safeguarding', 'pals'])}.{tslug}@nhs.net"
        self.url = rng.choice(
            [
                f"https://www.{cslug}.gov.uk/report-it",
                f"www.{tslug}healthcampus.nhs.uk/visiting",
                f"{tslug}-streetworks.org.uk/roadworks",
                f"https://{cslug}.gov.uk/bins-and-recycling",
            ]
        )
        self.time = self._clock()
        self.time2 = self._clock()

    # -- people ------------------------------------------------------------------------------

    def _draw(self, sex: str, *, patient: bool = False, doctor: bool = False) -> Who:
        rng = self.rng
        for _ in range(200):
            if rng.random() < OWN_SHARE:
                first, last = _own_name(rng, sex)
                names = _listed(f"{first} {last}")
            else:
                person = _new_person(rng, sex=sex)
                first, last, names = person.first, person.last, person.names
            parts = {_fold(p) for p in re.split(r"[\s-]+", f"{first} {last}") if p}
            nick = rng.choice(NICKNAMES[first]) if first in NICKNAMES else None
            if nick:
                parts.add(_fold(nick))
            if any(len(p) > 2 and p in FORBIDDEN for p in parts) or parts & self.used_parts:
                continue
            if not re.fullmatch(r"[^\W\d_][^\W\d_' -]*", first) or "'" in last:
                continue
            break
        self.used_parts |= parts
        if doctor:
            hon = "Dr"
        elif patient and self.style.child:
            hon = "Miss" if sex == "F" else "Master"
        elif sex == "M":
            hon = "Mr"
        elif patient:
            hon = "Mrs" if self.style.old or rng.random() < 0.5 else "Ms"
        else:
            hon = rng.choice(["Ms", "Mrs", "Miss"])
        who = Who(first, last, sex, names, False, hon, nick)
        initials = (first[0] + "".join(p[0] for p in re.split(r"[\s-]+", last) if p)).upper()
        if (
            re.fullmatch(r"[A-Z]{2,4}", initials)
            and initials not in CLINICAL_INITIALS
            and initials not in self.used_initials
        ):
            self.used_initials.add(initials)
            who.initials = initials
        return who

    def name(self, who: Who, form: str) -> tuple[str, str]:
        """(text, label) for a person written in `form`; the label is PERSON or EMAIL."""
        rng = self.rng
        first, last = who.first, who.last
        if form == "first":
            return (who.nick if who.nick and rng.random() < 0.4 else first), "PERSON"
        if form == "nick":
            return (who.nick or first), "PERSON"
        if form == "full" or form == "poss":
            return f"{first} {last}", "PERSON"
        if form == "last":
            return last, "PERSON"
        if form in ("title", "dr"):
            return f"{who.hon}{self.dot} {last}", "PERSON"
        if form == "tfull":
            return f"{who.hon}{self.dot} {first} {last}", "PERSON"
        if form == "init":
            if who.initials:
                letters = who.initials
                return ("".join(f"{c}." for c in letters) if self.init_dots else letters), "PERSON"
            return f"{first[0]}. {last}", "PERSON"
        if form == "initl":
            return f"{first[0]}. {last}", "PERSON"
        if form == "caps":
            return f"{last.upper()}, {first}", "PERSON"
        if form == "upper":
            return f"{first} {last}".upper(), "PERSON"
        if form == "lower":
            return f"{first} {last}".lower(), "PERSON"
        if form == "fl":
            return f"{first} {last[0]}", "PERSON"
        if form == "si":
            return f"{last} {first[0]}", "PERSON"
        if form == "dot":
            return f"{last.upper()}.{first[0].upper()}", "PERSON"
        if form == "email":
            return f"{_slug(first)}.{_slug(last)}@nhs.net", "EMAIL"
        if form == "pemail":
            domain = rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com"])
            return f"{_slug(first)[0]}{_slug(last)}{rng.randint(10, 99)}@{domain}", "EMAIL"
        raise ValueError(form)

    def mobile(self, who: Who) -> str:
        if not who.mobile:
            who.mobile = self._mobile()
        return who.mobile

    # -- numbers -------------------------------------------------------------------------------

    def _clock(self) -> str:
        hour, minute = self.rng.randint(0, 23), self.rng.choice([0, 5, 10, 15, 20, 25, 30, 40, 45, 50])
        return self.rng.choice([f"{hour:02d}:{minute:02d}", f"{hour:02d}{minute:02d}hrs", f"{hour:02d}.{minute:02d}"])

    def _mobile(self) -> str:
        rng = self.rng
        body = f"7{rng.randint(300, 999)} {rng.randint(0, 999999):06d}"
        return rng.choice(
            [f"0{body}", f"0{body}".replace(" ", ""), f"+44 {body}", f"0{body[:4]} {body[5:8]} {body[8:]}", f"+44{body.replace(' ', '')}", f"+44 (0){body}", f"0{body[:4]} {body[5:7]} {body[7:9]} {body[9:]}"]
        )

    def landline(self) -> str:
        rng = self.rng
        local = f"{rng.randint(2, 9)}{rng.randint(0, 99999):05d}"
        code = self.code
        number = rng.choice(
            [
                f"{code} {local}", f"{code} {local[:3]} {local[3:]}", f"({code}) {local}",
                f"+44 {code[1:]} {local}", f"+44 (0){code[1:]} {local}", f"{code}-{local}",
                f"{code}{local}", f"+44{code[1:]}{local}", f"+44-{code[1:]}-{local}",
                f"({code}) {local[:3]} {local[3:]}", f"+44 {code[1:]} {local[:3]} {local[3:]}",
                f"{code}-{local[:3]}-{local[3:]}", f"+44 ({code[1:]}) {local}",
            ]
        )  # fmt: skip
        roll = rng.random()
        if roll < 0.12:
            number += f" ext {rng.randint(1000, 9999)}"
        elif roll < 0.22:
            number += f" x{rng.randint(1000, 9999)}"
        return number

    def nhs_text(self) -> str:
        n = self.nhs
        return (n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}")[self.nhs_layout]

    # -- dates ---------------------------------------------------------------------------------

    def date_text(self, day: date, *, weekday: bool = False) -> str:
        rng = self.rng
        allow = (self.last is None or day >= self.last) and (self.cap is None or day <= self.cap)
        month, wk = MONTHS[day.month - 1], WEEKDAYS[day.weekday()]
        if allow and rng.random() < 0.6:
            self.last = day
            if weekday:
                return rng.choice([f"{day:%a %d/%m/%Y}", f"{wk} {day.day} {month} {day.year}"])
            return rng.choice(
                [
                    f"{day:%d/%m/%Y}", f"{day:%d/%m/%y}", day.isoformat(), f"{day:%d-%m-%Y}",
                    f"{day.day}.{day.month}.{day:%y}", f"{day:%d.%m.%Y}", f"{day:%d%b%Y}".upper(),
                    f"{day.day} {day:%b}".upper() + f" {day.year}", f"{day:%d-%b-%Y}",
                    f"{day.day} {month} {day.year}", f"{ordinal(day.day)} {month} {day.year}",
                    f"{month} {day.day}, {day.year}", f"{day:%a %d/%m/%Y}", f"{day:%d %b %Y}",
                    f"{wk} {day.day} {month} {day.year}",
                ]
            )  # fmt: skip
        if weekday:
            return rng.choice(
                [
                    f"{wk} the {ordinal(day.day)}", f"{wk[:3]} {ordinal(day.day)} {month[:3]}",
                    f"{wk[:3]} {day.day}/{day.month}", f"{wk} {ordinal(day.day)} {month}",
                ]
            )  # fmt: skip
        return rng.choice(
            [
                f"the {ordinal(day.day)}", f"the {ordinal(day.day)} of {month}",
                f"{wk} the {ordinal(day.day)}", f"{wk[:3]} {ordinal(day.day)} {month[:3]}",
                f"{wk[:3]} {day.day}/{day.month}", f"{ordinal(day.day)} {month}",
                f"{day.day} {month}", f"{month} {ordinal(day.day)}", f"{day:%d/%m}",
            ]
        )  # fmt: skip

    def full_date(self, day: date) -> str:
        month = MONTHS[day.month - 1]
        return self.rng.choice(
            [
                f"{day:%d/%m/%Y}", f"{day:%d.%m.%Y}", f"{day.day} {month} {day.year}", day.isoformat(),
                f"{day:%d-%b-%Y}", f"{day:%d %b %Y}", f"{ordinal(day.day)} {month} {day.year}",
            ]
        )  # fmt: skip

    # -- addresses -----------------------------------------------------------------------------

    def address(self, block: bool = False) -> list[tuple[str, str | None]]:
        rng = self.rng
        line, loc, town, pc = self.line, self.locality, self.town, self.postcode
        if block:
            return [(f"{line}\n{loc}\n{town}", "ADDRESS"), ("\n", None), (pc, "POSTCODE")]
        kind = rng.randrange(5)
        if kind == 0:
            return [(f"{line}, {loc}, {town}", "ADDRESS"), (", ", None), (pc, "POSTCODE")]
        if kind == 1:
            return [(f"{line}, {loc}, {town}".upper(), "ADDRESS"), (" ", None), (pc, "POSTCODE")]
        if kind == 2:
            return [(f"{line.replace(',', '')} {loc} {town}", "ADDRESS"), (" ", None), (pc.replace(" ", ""), "POSTCODE")]
        if kind == 3:
            return [(f"{line}, {town}", "ADDRESS"), (", ", None), (pc, "POSTCODE")]
        return [(f"{line}, {loc}, {town}", "ADDRESS"), (", ", None), (pc.lower(), "POSTCODE")]

    def known(self) -> dict:
        if not self.record:
            return {}
        p, r = self.people["p"], self.people["r"]
        return {
            "names": [f"{p.first} {p.last}", f"{r.first} {r.last}"],
            "nhs_number": self.nhs,
            "date_of_birth": self.dob.isoformat(),
            "hospital_number": self.hosp,
            "address": f"{self.line}, {self.locality}, {self.town}, {self.postcode}",
        }


# ---------------------------------------------------------------------------------------------
# Writing a text
# ---------------------------------------------------------------------------------------------


class _Segment:
    """A rendered piece of text with its gold spans and look-alikes (offsets within it)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[tuple[int, int, str, dict]] = []
        self.negatives: list[tuple[int, int]] = []

    def add(self, text: str, label: str | None = None, meta: dict | None = None, *, negative: bool = False) -> None:
        if label is not None:
            self.spans.append((self.length, self.length + len(text), label, meta or {}))
        if negative:
            self.negatives.append((self.length, self.length + len(text)))
        self.parts.append(text)
        self.length += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    @property
    def words(self) -> int:
        return len(self.text.split())


def _person(case: _Case, seg: _Segment, key: str, form: str) -> None:
    who = case.people[key[:2] if key.startswith("o") else key]
    text, label = case.name(who, form)
    if label == "PERSON":
        seg.add(text, "PERSON", {"names": who.names, "in_record": who.in_record})
        if form == "poss":
            seg.add("'s")
    else:
        seg.add(text, label)


def _age(case: _Case, seg: _Segment) -> None:
    rng, n = case.rng, case.age
    gold = n > 89
    if gold and rng.random() < 0.15:
        seg.add("aged ")
        seg.add(_words(n), "AGE")
        return
    lead, tail = rng.choice([("aged ", ""), ("aged ", ""), ("", " years old"), ("", "yo"), ("", " y/o"), ("", " yrs")])
    seg.add(lead)
    if gold:
        seg.add(str(n), "AGE")
    else:
        seg.add(str(n), negative=True)
    seg.add(tail)


def _slot(case: _Case, seg: _Segment, slot: str) -> None:
    c = case
    if slot in ("date", "prev", "later", "next"):
        seg.add(c.date_text(getattr(c, "day" if slot == "date" else slot)), "DATE")
    elif slot == "day":
        seg.add(c.date_text(c.day, weekday=True), "DATE")
    elif slot == "ldate":
        seg.add(c.full_date(c.ldate), "DATE")
    elif slot == "dob":
        seg.add(c.full_date(c.dob), "DATE")
    elif slot == "age":
        _age(c, seg)
    elif slot == "nhs":
        seg.add(c.nhs_text(), "NHS_NUMBER")
    elif slot == "hosp":
        seg.add(c.hosp, "HOSPITAL_NUMBER")
    elif slot in ("addr", "addrb"):
        for text, label in c.address(block=slot == "addrb"):
            seg.add(text, label)
    elif slot == "addr2":
        seg.add(f"{c.old_line}, {c.town}", "ADDRESS")
    elif slot in ("ward", "ward2", "home", "street"):
        seg.add(getattr(c, slot), "LOCATION")
    elif slot in ("hospital", "hospital2", "trust", "gp", "council", "prov"):
        seg.add(getattr(c, slot), "ORGANISATION")
    elif slot in ("ref", "ref2"):
        seg.add(getattr(c, slot), "ID")
    elif slot == "phone":
        seg.add(c.landline(), "PHONE")
    elif slot == "mob":
        seg.add(c._mobile(), "PHONE")
    elif slot in ("email", "email2"):
        seg.add(getattr(c, slot), "EMAIL")
    elif slot == "url":
        seg.add(c.url, "URL")
    elif slot == "rel":
        seg.add(c.rel)
    elif slot in ("time", "time2"):
        seg.add(getattr(c, slot))
    elif slot == "town":
        seg.add(c.town)
    else:  # pragma: no cover - a template with an unknown slot
        raise KeyError(slot)


def _render(case: _Case, template: str, seg: _Segment | None = None) -> _Segment:
    seg = seg or _Segment()
    position = 0
    for match in _TOKEN.finditer(template):
        if match.start() > position:
            seg.add(template[position : match.start()])
        who, form, slot, term = match.groups()
        if who:
            _person(case, seg, who, form)
        elif slot:
            _slot(case, seg, slot)
        else:
            seg.add(term, negative=True)
        position = match.end()
    if position < len(template):
        seg.add(template[position:])
    return seg


def _sender(case: _Case, seg: _Segment, key: str, form: str) -> None:
    who = case.people[key]
    if form == "whatsapp":
        saved = getattr(case, "saved", None)
        if saved is None:
            saved = case.saved = {}  # type: ignore[attr-defined]
        if key not in saved:
            saved[key] = case.rng.choice(["full", "first", "lower", "phone", "full", "nick"])
        form = saved[key]
        if form == "phone":
            seg.add(case.mobile(who), "PHONE")
            return
    _person(case, seg, key, form)


def _log_line(case: _Case, template: str, when: datetime) -> _Segment:
    style, rng = case.style, case.rng
    seg = _Segment()
    case.cap = when.date()
    for piece in re.split(r"(\{stamp\}|\{clock\}|\{text\}|\{sign\}|\{ref\})", style.topup):
        if piece == "{stamp}":
            stamp = when.strftime(style.stamp)
            seg.add(stamp.upper() if "%b" in style.stamp else stamp, "DATE")
            if "%Y" in style.stamp or "%y" in style.stamp:
                case.last = max(case.last or when.date(), when.date())
        elif piece == "{clock}":
            seg.add(when.strftime(style.clock))
        elif piece == "{text}":
            _render(case, template, seg)
        elif piece == "{sign}":
            _sender(case, seg, rng.choice(style.signs), style.sign_form)
        elif piece == "{ref}":
            seg.add(case.ref, "ID")
        elif piece:
            seg.add(piece)
    case.cap = None
    return seg


def _join(segments: list[tuple[str, _Segment]]) -> tuple[str, list[GoldSpan], list[tuple[int, int]]]:
    text_parts: list[str] = []
    spans: list[GoldSpan] = []
    negatives: list[tuple[int, int]] = []
    offset = 0
    for sep, seg in segments:
        text_parts.append(sep)
        offset += len(sep)
        for start, end, label, meta in seg.spans:
            spans.append(GoldSpan(offset + start, offset + end, label, **meta))
        negatives += [(offset + start, offset + end) for start, end in seg.negatives]
        text_parts.append(seg.text)
        offset += seg.length
    return "".join(text_parts), spans, negatives


AGE_MENTION = re.compile(r"\bage[d]? (\d{1,3})\b|\b(\d{1,3})(?=yo\b| y/o| years old| yrs\b|y\b)")


def _build(rng: random.Random, number: int, style: Style) -> tuple[Example, list[tuple[int, int]]]:
    shared = _shared(style)
    sentences = [*style.headers, *style.core, *style.extras, *style.endings, *shared]
    case = _Case(rng, style, sentences)
    target = rng.randint(250, 335)
    topups = list(shared)
    rng.shuffle(topups)
    segments: list[tuple[str, _Segment]] = []
    words = 0

    if style.register == "lines":
        night = "night" in style.name
        when = datetime.combine(case.day, datetime.min.time()) + timedelta(
            minutes=rng.randint(19 * 60, 23 * 60 + 30) if night else rng.randint(5 * 60 + 30, 22 * 60 + 30)
        )
        for index, header in enumerate(style.headers):
            seg = _render(case, header)
            segments.append(("" if index == 0 else "\n", seg))
            words += seg.words
        body = [*style.core, *style.extras]
        ending_words = 8
        while True:
            if body:
                template = body.pop(0)
            elif topups and words + ending_words < target:
                template = topups.pop(0)
            else:
                break
            when += timedelta(minutes=rng.randint(2, 25), seconds=rng.randint(-50, 50))
            seg = _log_line(case, template, when)
            segments.append(("\n", seg))
            words += seg.words
        for ending in style.endings:
            seg = _render(case, ending)
            segments.append(("\n", seg))
    else:
        prose = style.register == "prose"
        for index, header in enumerate(style.headers):
            seg = _render(case, header)
            sep = "" if index == 0 else ("\n" if prose else "\n\n")
            segments.append((sep, seg))
            words += seg.words
        body = [*style.core, *style.extras]
        in_paragraph = 0
        ending_words = 12
        first = True
        while True:
            if body:
                template = body.pop(0)
            elif topups and words + ending_words < target:
                template = topups.pop(0)
            else:
                break
            seg = _render(case, template)
            if first or in_paragraph >= rng.randint(2, 4):
                sep, in_paragraph = "\n\n", 0
            else:
                sep = " "
            first = False
            in_paragraph += 1
            segments.append((sep, seg))
            words += seg.words
        for ending in style.endings:
            segments.append(("\n\n", _render(case, ending)))

    text, spans, negatives = _join(segments)
    gold = tuple(sorted(spans, key=lambda s: s.start))
    found = set(negatives)
    for match in AGE_MENTION.finditer(text):
        group = 1 if match.group(1) else 2
        start, end = match.span(group)
        if int(match.group(group)) <= 89 and not any(s.start < end and start < s.end for s in gold):
            found.add((start, end))
    example_ = Example(
        id=f"{PREFIX}-{number:06d}", text=text, known=case.known(), gold=gold, kind=style.name
    )
    return example_, sorted(found)


def example(rng: random.Random, number: int, style: Style | None = None) -> Example:
    """One narrative, drawn from `rng`; `style` is drawn too when not given."""
    return _build(rng, number, style or rng.choice(STYLES))[0]


def _deal(count: int, seed: int):
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for index in range(count):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _build(rng, index + 1, deck.pop())


def generate(count: int, seed: int = 1) -> list[Example]:
    """`count` narratives; the 25 styles are dealt as a shuffled deck."""
    return [example_ for example_, _ in _deal(count, seed)]


def generate_with_negatives(count: int, seed: int = 1):
    """(example, negatives) pairs: the (start, end) of every look-alike and young age written in."""
    yield from _deal(count, seed)
