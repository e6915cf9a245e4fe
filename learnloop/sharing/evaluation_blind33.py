"""A thirty-third blind de-identification evaluation pack: travel and big events.

Synthetic narratives with gold spans, written without reading the engine (see
evaluation_blind33.md): reviews, logs and letters about people taken ill or hurt at football
grounds, marathons and fun runs, boxing and judo clubs, racing yards, theatres and concert halls,
conference centres, hotels, motorway and tunnel crews, charity shops, garden centres, vets' and
dog groomers' premises and driving lessons, in 38 real English towns. Names come from Faker
(through the shared `_new_person`) and from the pack's own lists: Wolof, Swahili, Hmong, Khmer,
Indonesian, Uyghur, Bosnian, Macedonian and Azerbaijani (with the patronymic particles "oglu"
and "qizi").

Plain Python (no Django, no engine). The same seed always gives the same texts.
"""

from __future__ import annotations

import random
import re
import unicodedata
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
)

__all__ = ["LABELS", "STYLES", "example", "generate", "generate_with_negatives"]

PREFIX = "blind33"
LOW_WORDS = 200
HIGH_WORDS = 480
NO_RECORD = 0.12
FAKER_SHARE = 0.45

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

AGE_MENTION = re.compile(r"\bage[d]? (\d{1,3})\b|\b(\d{1,3})(?=yo\b| y/o| years old| yrs\b|y\b)")

# ---------------------------------------------------------------------------------------------
# Towns: real towns with racecourses, grounds, circuits, showgrounds and venues; the postcode
# district, dialling code and county are from memory; the two places are real nearby villages
# or suburbs. None is in the shared evaluation.TOWNS or LOCALITIES.
# ---------------------------------------------------------------------------------------------

TOWN_INFO = {
    "Lambourn": ("RG17", "01488", "Berkshire", ("Eastbury", "Upper Lambourn")),
    "Middleham": ("DL8", "01969", "North Yorkshire", ("Leyburn", "Coverham")),
    "Sedgefield": ("TS21", "01740", "Durham", ("Fishburn", "Bradbury")),
    "Wincanton": ("BA9", "01963", "Somerset", ("Bayford", "Charlton Musgrove")),
    "Warwick": ("CV34", "01926", "Warwickshire", ("Hampton Magna", "Woodloes Park")),
    "Southwell": ("NG25", "01636", "Nottinghamshire", ("Halam", "Farnsfield")),
    "Milton Keynes": ("MK9", "01908", "Buckinghamshire", ("Wolverton", "Bletchley")),
    "Ascot": ("SL5", "01344", "Berkshire", ("Sunninghill", "Sunningdale")),
    "Castle Donington": ("DE74", "01332", "Leicestershire", ("Hemington", "Lockington")),
    "Henley-on-Thames": ("RG9", "01491", "Oxfordshire", ("Remenham", "Shiplake")),
    "Bedale": ("DL8", "01677", "North Yorkshire", ("Aiskew", "Crakehall")),
    "Rugeley": ("WS15", "01889", "Staffordshire", ("Brereton", "Etchinghill")),
    "Uckfield": ("TN22", "01825", "East Sussex", ("Framfield", "Buxted")),
    "Shepton Mallet": ("BA4", "01749", "Somerset", ("Croscombe", "Doulting")),
    "Tadcaster": ("LS24", "01937", "North Yorkshire", ("Stutton", "Towton")),
    "Hednesford": ("WS12", "01543", "Staffordshire", ("Heath Hayes", "Rawnsley")),
    "Blandford Forum": ("DT11", "01258", "Dorset", ("Pimperne", "Bryanston")),
    "Camborne": ("TR14", "01209", "Cornwall", ("Tuckingmill", "Treswithian")),
    "Silverstone": ("NN12", "01327", "Northamptonshire", ("Whittlebury", "Syresham")),
    "Wolverhampton": ("WV1", "01902", "Black Country", ("Tettenhall", "Wednesfield")),
    "Pocklington": ("YO42", "01759", "East Riding", ("Barmby Moor", "Allerthorpe")),
    "Shipley": ("BD18", "01274", "West Yorkshire", ("Saltaire", "Baildon")),
    "Bingley": ("BD16", "01274", "West Yorkshire", ("Cottingley", "Crossflats")),
    "Hemsworth": ("WF9", "01977", "West Yorkshire", ("Fitzwilliam", "Kinsley")),
    "Sutton-in-Ashfield": ("NG17", "01623", "Nottinghamshire", ("Huthwaite", "Skegby")),
    "Slough": ("SL1", "01753", "Berkshire", ("Cippenham", "Chalvey")),
    "St Albans": ("AL1", "01727", "Hertfordshire", ("Marshalswick", "Fleetville")),
    "Lytham": ("FY8", "01253", "Lancashire", ("Ansdell", "Saltcotes")),
    "Shirebrook": ("NG20", "01623", "Derbyshire", ("Langwith", "Warsop")),
    "Esher": ("KT10", "01372", "Surrey", ("Claygate", "Hinchley Wood")),
    "Tarporley": ("CW6", "01829", "Cheshire", ("Cotebrook", "Utkinton")),
    "Attleborough": ("NR17", "01953", "Norfolk", ("Besthorpe", "Old Buckenham")),
    "Nailsworth": ("GL6", "01453", "Gloucestershire", ("Forest Green", "Horsley")),
    "Woodhall Spa": ("LN10", "01526", "Lincolnshire", ("Tattershall", "Kirkby on Bain")),
    "Wymondham": ("NR18", "01953", "Norfolk", ("Spooner Row", "Silfield")),
    "Ampthill": ("MK45", "01525", "Bedfordshire", ("Maulden", "Flitwick")),
    "Wallingford": ("OX10", "01491", "Oxfordshire", ("Crowmarsh Gifford", "Cholsey")),
    "Wadebridge": ("PL27", "01208", "Cornwall", ("Egloshayle", "St Breock")),
}
TOWNS = tuple((town, info[0], info[1]) for town, info in TOWN_INFO.items())
LOCALITIES = {town: info[3] for town, info in TOWN_INFO.items()}

# One hospital number shape per town, as each trust's patient system has one.
HOSP_FORMS = ("AA999999", "A9999999", "999999AA")
_HOSP_SHAPE = {town: HOSP_FORMS[index % 3] for index, town in enumerate(TOWN_INFO)}

STREET_WORDS = (
    "Grandstand", "Winning Post", "Starting Gate", "Turnstile", "Touchline", "Proscenium",
    "Footlights", "Curtain", "Marquee", "Showring", "Arena", "Pavilion", "Flyover", "Viaduct",
    "Gallery", "Stalls", "Dress Circle", "Gallops", "Podium", "Encore", "Overture", "Limelight",
)  # fmt: skip
STREET_KINDS = ("Road", "Lane", "Way", "Close", "Drive", "Avenue", "Street", "Crescent", "Mews", "Walk")
WARD_WORDS = (
    "Nuthatch", "Goldcrest", "Redwing", "Stonechat", "Treecreeper", "Firecrest", "Bullfinch",
    "Chaffinch", "Greenfinch", "Dipper", "Waxwing", "Brambling",
)  # fmt: skip
WARD_KINDS = ("Ward", "Ward", "Ward", "Unit")
HOME_WORDS = (
    "Encore House", "Overture Lodge", "Limelight Court", "Starlight House", "Pavilion Lodge",
    "Curtain Call House", "Dress Circle Court", "Footlights Lodge",
)  # fmt: skip
HOME_KINDS = ("Care Home", "Nursing Home", "Residential Home", "care home")
PROVIDER_WORDS = (
    "Home Straight", "Curtain Call", "Finishing Line", "Showtime", "Ringside", "Kickoff",
    "Matchday", "Silks",
)  # fmt: skip
PROVIDER_KINDS = ("Homecare Ltd", "Care Services", "Support Ltd", "Medical Services Ltd")
GP_WORDS = ("Grandstand", "Gallops", "Turnstile", "Pavilion", "Podium", "Viaduct", "Marquee")
GP_KINDS = ("Surgery", "Medical Centre", "Health Centre", "Medical Practice")
HOSPITAL_FORMS = (
    "{town} Community Hospital", "{town} Memorial Hospital", "{town} and District Hospital",
    "{town} General Infirmary",
)  # fmt: skip
ACUTE_FORMS = ("{town} University Hospital", "Royal {town} Infirmary", "{town} General Hospital")
TRUST_FORMS = (
    "{county} Community Health NHS Trust", "{town} and {town2} Hospitals NHS Foundation Trust",
    "{county} Acute Hospitals NHS Trust", "{county} Partnership NHS Foundation Trust",
)  # fmt: skip
COUNCIL_FORMS = ("{town} Town Council", "{town} District Council", "{county} County Council")
SITE_DOMAINS = (
    "grandstand-events", "turnstile-arena", "footlights-live", "podium-racing", "ringside-shows",
    "showring-venues", "matchday-safety", "gallops-yard",
)  # fmt: skip
TEAM_BOXES = ("ed.liaison", "patient.safety", "pals", "governance", "urgent.care")
URL_PAGES = ("visiting", "patient-safety", "contact-us", "complaints", "urgent-care")
MAIL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk")

# ---------------------------------------------------------------------------------------------
# People: the pack's own names, by group; Azerbaijani and Macedonian surnames follow sex.
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    "wolof": {
        "F": ("Awa", "Fatou", "Ndeye", "Aminata", "Khady", "Coumba", "Astou", "Rokhaya", "Sokhna", "Dieynaba", "Mariama"),
        "M": ("Ousmane", "Mamadou", "Abdoulaye", "Babacar", "Serigne", "Moustapha", "Ibrahima", "Lamine", "Alioune"),
        "L": ("Ndiaye", "Diop", "Sarr", "Gueye", "Faye", "Mbaye", "Seck", "Diouf", "Thiam", "Niang", "Sow", "Mbengue", "Ndour", "Thiaw", "Sene"),
    },
    "swahili": {
        "F": ("Neema", "Zawadi", "Rehema", "Imani", "Amani", "Subira", "Mwanaisha", "Zuhura", "Tumaini"),
        "M": ("Juma", "Baraka", "Jabari", "Bakari", "Hamisi", "Rashidi", "Athumani", "Omari", "Kassim"),
        "L": ("Mwinyi", "Kombo", "Mbwana", "Makame", "Mrisho", "Kitwana", "Salum", "Shamte", "Kheri"),
    },
    "hmong": {
        "F": ("Nou", "Kia", "Yer", "Paj", "Zoua", "Youa", "Chia"),
        "M": ("Tou", "Pao", "Fue", "Neng", "Chue", "Xeng", "Kou", "Yeng"),
        "L": ("Vang", "Xiong", "Thao", "Moua", "Lor", "Hang", "Kue", "Vue", "Khang"),
    },
    "khmer": {
        "F": ("Sophea", "Chanthou", "Sreymom", "Sokha", "Bopha", "Chenda", "Sothea", "Rachana", "Malis"),
        "M": ("Sokhom", "Vuthy", "Dara", "Rithy", "Piseth", "Visal", "Sovann"),
        "L": ("Chhun", "Sok", "Heng", "Keo", "Chea", "Prak", "Ouk", "Meas", "Nhem", "Yim", "Sorn"),
    },
    "indonesian": {
        "F": ("Dewi", "Ayu", "Wulan", "Ratna", "Indah", "Puspita", "Kartika", "Fitri", "Lestari"),
        "M": ("Budi", "Agus", "Bambang", "Eko", "Wahyu", "Hendra", "Joko", "Dedi", "Rizky", "Yudi"),
        "L": ("Susanto", "Wibowo", "Hidayat", "Kusuma", "Setiawan", "Nugroho", "Purnomo", "Santoso", "Hartono", "Prasetyo", "Gunawan", "Saputra"),
    },
    "uyghur": {
        "F": ("Gulnar", "Mihrigul", "Zulfiya", "Aynur", "Dilnur", "Nurgul", "Patigul", "Mahire", "Reyhangul"),
        "M": ("Abdurehim", "Ilham", "Memet", "Tursun", "Erkin", "Ablikim", "Nurmemet", "Alim", "Dilshat", "Perhat", "Ekber"),
        "L": ("Tohti", "Abdukerim", "Niyaz", "Kurban", "Imin", "Mamut", "Rozi", "Hoshur", "Eysa", "Qadir", "Yasin"),
    },
    "bosnian": {
        "F": ("Amra", "Selma", "Lejla", "Emina", "Aida", "Alma", "Edina", "Jasmina", "Merima", "Belma", "Sabina"),
        "M": ("Adnan", "Emir", "Haris", "Kenan", "Mirza", "Nedim", "Senad", "Tarik", "Almir", "Edin", "Dino"),
        "L": ("Hodžić", "Begović", "Mehmedović", "Hadžić", "Delić", "Omerović", "Softić", "Kovačević", "Halilović", "Bešić", "Ćatić", "Mujkić"),
    },
    "macedonian": {
        "F": ("Elena", "Marija", "Biljana", "Snežana", "Vesna", "Gordana", "Daniela", "Kristina", "Ljupka", "Verica", "Ivana"),
        "M": ("Aleksandar", "Goran", "Zoran", "Dragan", "Vlatko", "Blagoja", "Trajče", "Dimitar", "Nikola", "Ljupčo", "Igor", "Goce"),
        "L": (),
        "LF": ("Stojanovska", "Trajkovska", "Petrovska", "Nikolovska", "Dimitrovska", "Angelovska", "Jovanovska", "Ristovska", "Georgievska", "Stefanova", "Pandeva"),
        "LM": ("Stojanovski", "Trajkovski", "Petrovski", "Nikolovski", "Dimitrovski", "Angelovski", "Jovanovski", "Ristovski", "Georgievski", "Stefanov", "Pandev"),
    },
    "azerbaijani": {
        "F": ("Aysel", "Gunay", "Nigar", "Sevinj", "Konul", "Narmin", "Ulviyya"),
        "M": ("Elnur", "Rashad", "Orkhan", "Tural", "Elchin", "Vugar", "Ramil", "Anar", "Kamran", "Farid"),
        "L": (),
        "LF": ("Mammadova", "Aliyeva", "Huseynova", "Guliyeva", "Hasanova", "Ismayilova", "Babayeva", "Jafarova", "Abbasova", "Rzayeva"),
        "LM": ("Mammadov", "Aliyev", "Huseynov", "Guliyev", "Hasanov", "Ismayilov", "Babayev", "Jafarov", "Abbasov", "Rzayev"),
    },
}  # fmt: skip
PARTICLES = ("oglu", "qizi")  # Azerbaijani "son of" / "daughter of", after the father's name
# Surnames that are also words, from the pack's ground (and two of the groups' own).
WORD_NAMES = ("Saddler", "Stride", "Spurr", "Steed", "Fielder", "Furlong", "Paddock", "Trotter", "Ball")
ALL_WORD_NAMES = frozenset({*WORD_NAMES, "Sow", "Hang"})
NICKNAMES = {
    "Aleksandar": ("Aco", "Sasho"), "Dimitar": ("Mitko",), "Nikola": ("Kole",),
    "Biljana": ("Bilja",), "Gordana": ("Goca",), "Bambang": ("Bams",), "Puspita": ("Pita",),
    "Kartika": ("Tika",), "Mamadou": ("Modou",), "Abdoulaye": ("Layé",),
}  # fmt: skip
OWN_FIRST = {
    sex: tuple(name for group in OWN_GROUPS.values() for name in group[sex]) for sex in "FM"
}
OWN_LAST = tuple(
    {
        *WORD_NAMES,
        *(name for group in OWN_GROUPS.values() for key in ("L", "LF", "LM") for name in group.get(key, ())),
    }
)
_GROUP_OF = {name: group for group, names in OWN_GROUPS.items() for name in (*names["F"], *names["M"])}
_NICK_FIRST = {
    sex: tuple(name for name in NICKNAMES if name in OWN_GROUPS[_GROUP_OF[name]][sex]) for sex in "FM"
}

RELATIONS = {
    "child": {"F": ("mother", "aunt", "grandmother"), "M": ("father", "uncle", "grandfather")},
    "old": {"F": ("daughter", "granddaughter", "niece"), "M": ("son", "grandson", "nephew")},
    "adult": {"F": ("wife", "partner", "sister", "mother"), "M": ("husband", "partner", "brother", "father")},
}
ROLE_WORDS = (
    "Staff Nurse", "Nurse", "Sister", "Matron", "Doctor", "Paramedic", "Steward", "Marshal",
    "Coach", "Trainer", "Manager", "Secretary", "Porter", "Supervisor", "Volunteer", "Referee",
    "Operative", "Crew", "Instructor", "Groom", "Physio", "Officer",
)  # fmt: skip

# Two- to four-letter abbreviations that initials must never read as.
CLINICAL_INITIALS = frozenset(
    """AED ALS BLS BP CT CPR DNA DNR ECG ED EEG FAST GCS GP HR ICU ITU HDU IV IM IO MI PE DVT
    TIA CVA SOB LOC ROSC RR SC PO NG NBM NAD PPE RTC MSK ROM ACS AF SVT VF VT PEA HEMS SJA FA
    BHA RFU DVSA DVLA HSE ICB NHS CQC GMC NMC RCN BMA OT PT SALT AKI UTI COPD CKD DKA HHS ABG
    VBG FBC UE LFT CRP INR PRN OD BD TDS QDS STAT NKDA DM HTN IHD CCF LVF MRI US AXR CXR SHO FY
    ST SPR RN HCA AMP EMT ECP CFR PTS CAD EOC OOH UTC GA LA MH SW NB PS AM PM""".split()
)

# ---------------------------------------------------------------------------------------------
# Look-alikes: written in with <<term>>, tracked as negatives, never gold.
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "drug": (
        "salbutamol", "adrenaline", "tranexamic acid", "naloxone", "ondansetron", "ketamine",
        "glucagon", "hydrocortisone", "co-codamol", "ibuprofen", "aspirin", "ceftriaxone",
        "midazolam", "dexamethasone", "Dioralyte", "GTN spray", "Penthrox", "apixaban",
        "alteplase", "gliclazide", "levetiracetam", "nitrofurantoin", "warfarin", "Beriplex",
    ),
    "dose": ("500 micrograms", "1 mg", "4 mg", "300 mg", "40 units", "100 ml", "two puffs"),
    "score": (
        "NEWS2", "SCAT6", "qSOFA", "ABCD2", "FAST", "the Glasgow Coma Scale", "the Ottawa ankle rules",
        "the Canadian C-spine rule", "4AT", "PHQ-9", "Maddocks questions", "Wells score",
        "Clinical Frailty Scale",
    ),
    "device": (
        "AED", "LUCAS device", "scoop stretcher", "vacuum mattress", "spinal board",
        "cervical collar", "pelvic binder", "i-gel", "Sager splint", "tourniquet", "evac chair",
        "pulse oximeter", "nebuliser",
    ),
    "national": (
        "the British Horseracing Authority", "the Football Association", "the Sports Grounds Safety Authority",
        "the Health and Safety Executive", "National Highways", "the DVSA", "the DVLA", "the RCVS",
        "the Charity Commission", "UK Athletics", "England Boxing", "British Judo", "the RFU",
        "St John Ambulance", "the Met Office", "the Resuscitation Council UK",
    ),
    "law": (
        "Martha's Rule", "Finn's Law", "Harper's Law", "the Safety of Sports Grounds Act 1975",
        "the Equality Act 2010", "the Mental Capacity Act 2005",
    ),
    "eponym": (
        "Smith's fracture", "Jones fracture", "Kehr's sign", "Romberg's test", "Horner's syndrome",
        "Brugada syndrome", "Achilles tendon", "Beck's triad", "Addisonian crisis",
    ),
    "word": (
        "Chief Steward", "Head Lad", "Starter", "Linesman", "Stage Manager", "Front of House",
        "Night Porter", "Concierge", "Cornerman", "Timekeeper", "Farrier", "Head Groundsman",
        "Traffic Officer", "Duty Manager", "Usher",
    ),
    "bed": ("Bay 4", "bed 12", "cubicle 3", "cubicle 9", "Bay 2", "trolley 11"),
    "duration": (
        "ten minutes", "20 minutes", "20 seconds", "two hours", "four hours", "24 hours",
        "48 hours", "five days", "two weeks", "six weeks", "1/7",
    ),
}  # fmt: skip
NATIONAL = LOOKALIKES["national"]
_LOOKALIKE_TERMS = frozenset(term for terms in LOOKALIKES.values() for term in terms)


def _fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value.replace("ı", "i").casefold())
    return plain.encode("ascii", "ignore").decode()


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _fold(value))


def _word_set(values) -> set[str]:
    words: set[str] = set()
    for value in values:
        words |= {_fold(w) for w in re.findall(r"[^\W\d_]+", value.replace("'s", ""))}
    return words


# A name part that is one of these words is redrawn, so a name never reads as a look-alike,
# a place or a role in the same text.
_FORBIDDEN = frozenset(
    _word_set(_LOOKALIKE_TERMS)
    | _word_set(TOWN_INFO)
    | _word_set(loc for locs in LOCALITIES.values() for loc in locs)
    | _word_set((*STREET_WORDS, *WARD_WORDS, *HOME_WORDS, *PROVIDER_WORDS, *GP_WORDS))
    | _word_set((*MONTHS, *WEEKDAYS, *ROLE_WORDS))
    | _word_set(w for kind in RELATIONS.values() for sexes in kind.values() for w in sexes)
    | {"mr", "mrs", "ms", "miss", "dr", "master", "the", "of", "and"}
)
_NICKS_FOLDED = frozenset(_fold(n) for nicks in NICKNAMES.values() for n in nicks)


def _words(n: int) -> str:
    """An age over 89 in words, as the notes write it ("ninety-three", "one hundred and two")."""
    units = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    if n < 100:
        return "ninety" + (f"-{units[n - 90]}" if n > 90 else "")
    return "one hundred" + (f" and {units[n - 100]}" if n > 100 else "")


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
    sex: str = "??"  # the patient's and the relative's sex: F, M or ? (either)
    ages: tuple[int, int] = (18, 80)
    old: bool = False
    child: bool = False
    provider: bool = False
    topup: str = ""  # a log's line shape
    stamp: str = ""  # a log's date stamp (strftime)
    clock: str = "%H:%M"
    signs: tuple[str, ...] = ("o1", "o4", "o5")
    sign_forms: tuple[str, ...] = ("init",)


def _style(name, register, what, headers, core, extras, endings, refs, **options) -> Style:
    return Style(name, register, what, tuple(headers), tuple(core), tuple(extras), tuple(endings), refs, **options)


PROSE = (
    _style(
        "stadium_concourse_spectator_ketoacidosis_taken_for_drink_review", "prose",
        "review of a football spectator with type 1 diabetes found slumped on the concourse whose ketoacidosis was logged as drink",
        (
            "Learning review {ref}: spectator taken to the first aid room at a league match, {date}",
            "Patient: {p.caps}, NHS number {nhs}, hospital number {hosp}, {age}",
        ),
        (
            "{p.tfull}, who has type 1 diabetes, was found slumped on the concourse steps at half-time by the <<Chief Steward>>, {o1.full}, who radioed for the first aid team.",
            "The volunteer first aider from <<St John Ambulance>>, {o2f.full}, recorded fast deep breathing and a sweet smell on his breath, and wrote that he seemed drunk.",
            "The crew, {s1.full} and a student, arrived at {time} and recorded a <<NEWS2>> of 6, but did not check his glucose because the stadium log already said alcohol.",
            "At {hospital} he was left on a chair in the waiting room for <<four hours>> before {d.dr} found a blood ketone of 6.1 and started fixed-rate insulin.",
            "He was moved to {ward} for the ketoacidosis pathway and went home on {later} to {addr}; his {rel}, {r.full}, had not been told where he was until the next morning.",
        ),
        (
            "The ground's welfare officer, {o3.full}, said the club follows <<the Sports Grounds Safety Authority>> guidance but keeps no glucose meter in the first aid room.",
            "{p.first}'s {rel} rang the ground on {next} and was passed from the ticket office to {o4m.nick} in hospitality before anyone found the log.",
            "Under <<the Safety of Sports Grounds Act 1975>> the club must keep a medical plan; it named {o5m.full} as the medical officer, but he was away that day.",
            "The triage nurse, Staff Nurse {s2.last}, gave <<ondansetron>> <<4 mg>> for the vomiting and wrote 'intoxicated ?' in the notes at {time2}.",
            "A season-ticket holder sitting nearby, {o4m.full} ({o4m.pemail}), wrote to say he had seen {p.first} drink only water that afternoon.",
        ),
        ("Report agreed by {d.tfull} and {o3.full} on {ldate}; queries to {email} or {phone}.",),
        ("LFR-{n5}", "MD{yy}-{n4}"), sex="M?", ages=(19, 58),
    ),
    _style(
        "city_marathon_runner_low_sodium_collapse_review", "prose",
        "structured judgement review of a marathon runner whose confusion at the finish was low sodium from drinking too much, treated with more fluids",
        (
            "Structured judgement review {ref} – marathon runner who collapsed after the finish line",
            "{p.tfull}, date of birth {dob}, of {addr}",
        ),
        (
            "{p.first} crossed the line after five hours and twenty minutes on {date} and was taken to the medical tent in an <<evac chair>> by a marshal, {o1.full}, because she was confused.",
            "The race doctor, {o2.full}, knew the course had water stations every mile and that {p.title} had drunk at each one, but the notes say only 'exhausted, encourage fluids'.",
            "Volunteers gave her a litre of <<Dioralyte>> over the next hour; at {time} she had a seizure on the camp bed and <<midazolam>> was given by {s1.full}.",
            "At {hospital} her sodium was 118 mmol/L; {d.dr} gave <<100 ml>> of hypertonic saline and admitted her to {ward} with <<the Glasgow Coma Scale>> checked every hour.",
            "She recovered and went home on {later}; the review found the race plan, written to <<UK Athletics>> guidance, said nothing about drinking too much.",
        ),
        (
            "Her {rel}, {r.full}, had been tracking her on the race app and rang her mobile, {mob}, until a volunteer, {o3f.first}, answered it.",
            "The medical tent log was kept by {o4.full}, a student paramedic, whose entry at {time2} reads '<<NEWS2>> 3, chatty, wants her medal'.",
            "The tent had a <<pulse oximeter>> and a blood pressure cuff but no way of measuring sodium, which the organiser, {o5.full}, said was normal for road races.",
            "{s2.full}, the paramedic who took her to hospital, noted she had taken <<ibuprofen>> before the start, which the consultant later said added to the risk.",
            "{p.poss} GP at {gp} had seen her on {prev} for <<Achilles tendon>> pain and had not mentioned fluids or painkillers.",
        ),
        ("Reviewed by {d.tfull}; the learning goes to the race organiser and the county events group ({url}). Contact {email}.",),
        ("SJR-{n5}", "RACE/{yy}/{n4}"), sex="F?", ages=(24, 61),
    ),
    _style(
        "amateur_boxing_gym_sparring_subdural_review", "prose",
        "review of an amateur boxer sent home from a walk-in centre with a headache after sparring, whose subdural bleed was found the next evening",
        (
            "Incident review {ref}: amateur boxer with a headache after sparring, {date}",
            "{p.caps}, NHS {nhs}, hospital number {hosp}, {addr}",
        ),
        (
            "{p.first} had sparred six rounds at the gym on {street} with his <<Cornerman>>, {o1m.full}, watching from the apron; he was caught with a right hand in the fifth.",
            "He told the gym's <<Timekeeper>>, {o2.first}, that his head was pounding, and was given two <<co-codamol>> from the first aid box and sent home on the bus.",
            "His {rel}, {r.full}, rang 111 at {time} because he had vomited twice; the call handler advised someone stay with him for <<48 hours>> and a walk-in visit in the morning.",
            "On {next} he was seen at {hospital} by {d.dr}, who recorded 15 on <<the Glasgow Coma Scale>> and a normal <<Romberg's test>>, and discharged him with a head injury leaflet.",
            "He collapsed at home that evening; a scan at {hospital2} showed an acute subdural haematoma and he had surgery the same night, spending nine days in <<bed 12>> on {ward}.",
        ),
        (
            "The club's welfare lead, {o3.full}, said sparring is run under <<England Boxing>> rules, which require headguards, and that {p.first} had been wearing one.",
            "No <<SCAT6>> or <<Maddocks questions>> were used at the gym; {o1m.last} said he would normally stop a session if a boxer looked glassy-eyed.",
            "The walk-in centre nurse, {s1.full}, noted that {p.first} had been punched many times but did not ask about painkillers; he had been taking <<ibuprofen>> for a hand injury.",
            "A gym member, {o4f.full}, filmed the fifth round on her phone and sent it to {email2} so the review could see how long he was dazed.",
            "After discharge from neurosurgery he was seen in clinic on {later}, where {d.dr} signed him off boxing for at least <<six weeks>> pending a further scan.",
        ),
        ("Review closed by {o5.full} for the club and {s2.full} for the trust on {ldate}; contact {phone}.",),
        ("IR-{n5}", "NS{yy}/{n4}"), sex="M?", ages=(18, 34),
    ),
    _style(
        "racing_yard_stable_lass_horse_kick_spleen_review", "prose",
        "serious incident review of a stable lass kicked by a racehorse whose shoulder-tip pain from a ruptured spleen was put down to being winded",
        (
            "Serious incident review {ref} — stable lass kicked by a racehorse, {date}",
            "Patient {p.full}, {age}, born {dob}, NHS number {nhs}",
        ),
        (
            "{p.first} was mucking out at the yard near {street} at {time} when a two-year-old colt kicked her in the left side; the <<Head Lad>>, {o1.full}, known in the yard as {o1.nick}, sat her on a hay bale.",
            "She complained of pain at the tip of her left shoulder, which the panel later recognised as <<Kehr's sign>>, but the trainer, {o2.full}, thought she was winded.",
            "An ambulance was called at {time2}; {s1.full} recorded a pulse of 118 and a <<NEWS2>> of 5, gave <<Penthrox>> and took her to {hospital}.",
            "In the emergency department she waited in <<cubicle 3>> for <<four hours>>; {d.dr} wrote 'soft abdomen, rib contusion' and no scan was requested.",
            "She collapsed at her lodgings on {next}; a ruptured spleen was removed at {hospital2} and, after <<tranexamic acid>> and four units of blood, she spent two nights on {ward}.",
        ),
        (
            "The yard's <<Farrier>>, {o3m.full}, who had shod the colt that morning, said in his statement that the horse had kicked out twice before.",
            "{p.poss} {rel}, {r.full}, drove over from {addr2} and was told by the ward clerk that she was probably in theatre, with nothing more.",
            "The yard follows <<the British Horseracing Authority>> welfare code for stable staff; its accident book, kept by {o4.full}, had no entry for the kick.",
            "{s2.full}, the nurse who discharged her, did not repeat her <<NEWS2>>, and her last blood pressure of 92/50 was not acted on.",
            "The safety netting leaflet covered head injury, not abdominal pain, and she was told to take <<co-codamol>>; her mobile, {mob}, was the only contact on the record.",
        ),
        ("Signed off by {o5.full} for the yard and {d.tfull} for the trust on {ldate}. Queries: {email}.",),
        ("SI-{n6}", "BHA{yy}-{n4}"), sex="F?", ages=(17, 32),
    ),
    _style(
        "theatre_dress_circle_very_old_patron_hip_fracture_review", "prose",
        "learning from deaths review of a very old woman who fell in a theatre's dress circle at a matinee, whose hip fracture waited on a fall-without-injury call",
        (
            "Learning from deaths review {ref}: fall at a theatre matinee, {date}",
            "{p.tfull}, {age}, of {home}, NHS {nhs}",
        ),
        (
            "{p.tfull} was at a matinee with a group from {home} when she missed a step in the dress circle; the <<Front of House>> manager, {o1f.full}, found her unable to stand.",
            "An <<Usher>>, {o2.first}, fetched the venue's <<evac chair>> and she was taken down three flights to the foyer, where she sat for an hour and a half.",
            "The ambulance service graded the call as a fall without injury; {s1.full} arrived at {time} and noted a shortened, turned-out left leg and a <<Clinical Frailty Scale>> of 6.",
            "At {hospital} {d.dr} confirmed a hip fracture, but surgery was put off for <<48 hours>> because she was taking <<apixaban>>.",
            "She developed pneumonia after the operation and died on {ward} on {later}, after <<ceftriaxone>> failed, with her {rel}, {r.full}, beside her.",
        ),
        (
            "The home's manager, {o3.full}, said staff escorted the group but no one had been told about {p.first}'s walking frame, which was left in the cloakroom beside the <<AED>>.",
            "{p.poss} {rel} complained that the home rang at {time2} to say {p.first} had had a little fall, and that {hospital} could not find her for an hour.",
            "The theatre's risk assessment, written for <<the Equality Act 2010>>, covered wheelchair spaces but not patrons who use frames on steep stairs.",
            "Her last review at {gp} on {prev} had noted two falls in a month and a plan for a falls clinic that was never booked.",
            "The orthogeriatric review by {d.dr} on the ward noted a <<4AT>> of 5 and delirium, and she was moved from <<Bay 4>> twice overnight.",
        ),
        ("This review was completed by {o4.full}, mortality lead, on {ldate}; the family have a copy (contact {phone}).",),
        ("LFD-{n5}", "M{yy}-{n4}"), sex="F?", ages=(90, 103), old=True,
    ),
    _style(
        "conference_centre_delegate_pulmonary_embolism_review", "prose",
        "structured judgement review of a conference delegate whose breathlessness after a long-haul flight was taken for a panic attack, with pulmonary emboli found after a collapse",
        (
            "Structured judgement review {ref} – conference delegate, breathlessness taken for a panic attack",
            "Patient: {p.upper}, DOB {dob}, hospital no. {hosp}",
        ),
        (
            "{p.tfull} had flown in overnight for a two-day trade conference and became breathless on the exhibition floor on {date}; the <<Duty Manager>>, {o1.full}, called the first aider.",
            "The first aider, {o2.full}, recorded oxygen saturations of 91% on a <<pulse oximeter>> and a heart rate of 124 and, seeing him shaking, coached him through breathing exercises.",
            "A 111 call at {time} was given a callback within <<two hours>>; {s1.full} eventually took him to {hospital} by ambulance at {time2}.",
            "{d.dr} recorded a <<Wells score>> of 1, put the breathlessness down to anxiety after travel, and discharged him to his hotel with <<salbutamol>> in case it was asthma.",
            "He collapsed in the hotel lobby on {next}; a scan at {hospital2} showed clots in both lungs and he was treated on {ward} with <<alteplase>>.",
        ),
        (
            "The hotel's <<Night Porter>>, {o3m.full}, found him on the lobby floor and did chest compressions until the crew arrived with a <<LUCAS device>>.",
            "His {rel}, {r.full}, was at home at {addr} and learned what had happened from a colleague's message, not from the hospital.",
            "The score missed that he had flown for eleven hours and had recently had <<Achilles tendon>> surgery, with a boot on his leg; both should have raised it.",
            "The conference organiser, {o4.full} ({o4.pemail}), said the venue's medical plan relied on one first aider for every five hundred delegates.",
            "{d.dr} has since reflected with {s2.full}, the lead nurse, on the <<Wells score>> after long-haul flights, and a prompt has been added to the triage screen.",
        ),
        ("Completed on {ldate} by {o5.full}; the learning summary is on {url}.",),
        ("SJR{yy}-{n4}", "DX-{n6}"), sex="M?", ages=(32, 68),
    ),
    _style(
        "hotel_night_porter_guest_hypoglycaemia_review", "prose",
        "review of a hotel guest found unrousable by the night porter whose low sugar on long-acting treatment was corrected and left at the hotel",
        (
            "Review {ref}: hotel guest found unrousable by the night porter, {date}",
            "{p.tfull} ({p.caps}), NHS {nhs}, home address {addr}",
        ),
        (
            "The <<Night Porter>>, {o1m.full}, let himself into room 214 at {time} after {p.poss} {rel}, {r.full}, rang from home because he was not answering his phone.",
            "He found {p.first} sweaty and unrousable beside an insulin pen and called 999; the call handler told him to give sugary drinks, which the guest could not swallow.",
            "{s1.full} arrived at {time2}, found a glucose of 1.4 mmol/L and gave <<glucagon>> <<1 mg>>; when he woke, the crew left him with the porter and a sandwich.",
            "No one noted that he took a long-acting insulin and <<gliclazide>>, so the low sugar was likely to come back overnight, and he was not taken to {hospital}.",
            "At 6am the breakfast manager, {o2.full}, found him fitting; he was admitted to {ward} under {d.dr} and needed a glucose drip for <<48 hours>>.",
        ),
        (
            "The hotel's <<Concierge>>, {o3.full}, had his GP's details from the booking form, {gp}, but no one asked for them.",
            "The crew's record shows a <<NEWS2>> of 4 after treatment and that he declined to go to hospital, though his capacity was not assessed under <<the Mental Capacity Act 2005>>.",
            "His diabetes nurse, {s2.full}, had changed his insulin to <<40 units>> at night on {prev} and texted him the new plan at {mob}.",
            "The hotel had no <<AED>> on the guest floors; the general manager, {o4f.full}, has since bought two.",
            "{p.first} had been at a three-day sales conference, and a colleague, {o5.full}, says he skipped dinner because of a stomach bug.",
        ),
        ("Reviewed by {d.tfull} and signed off on {ldate}; questions to {email}.",),
        ("HR-{n5}", "AMB{yy}{n5}"), sex="M?", ages=(45, 84),
    ),
    _style(
        "motorway_maintenance_crew_heat_stroke_review", "prose",
        "review of a motorway maintenance worker whose heat stroke on a hot closure was called heat exhaustion and sent home, back the next day with kidney injury",
        (
            "Incident review {ref}: roadworker collapsed during a lane closure, {date}",
            "Name {p.full}; DOB {dob}; NHS {nhs}; hospital number {hosp}",
        ),
        (
            "{p.first} was laying cones on the hard shoulder in 31 degrees when he became confused and walked into the closed lane; his supervisor, {o1.full}, pulled him back.",
            "The crew's first aider, {o2.full}, sat him in the van with the air conditioning on and gave him <<Dioralyte>>; a <<Traffic Officer>> from <<National Highways>> stopped to help.",
            "The ambulance was held up by the closure and {s1.full} reached him at {time} with a temperature of 41.2 and a <<NEWS2>> of 9, and started cooling with wet towels.",
            "At {hospital} {d.dr} recorded heat exhaustion rather than heat stroke, and he was discharged after <<four hours>> of fluids with a note to rest for <<five days>>.",
            "He was readmitted on {next} with kidney injury and muscle breakdown and spent <<two weeks>> on {ward}, where his {rel}, {r.full}, visited daily.",
        ),
        (
            "The contractor's safety manager, {o3.full}, said the shift plan followed <<the Health and Safety Executive>> guidance on heat but set no breaks for work in full overalls.",
            "An amber heat warning from <<the Met Office>> had been issued the day before; the crew's briefing sheet, signed by {o4.init}, did not mention it.",
            "At discharge he was given <<ibuprofen>>, which the review notes can worsen kidney injury in someone who is dehydrated.",
            "The gang's welfare lead, {o5f.full}, rang him at {mob} the next morning and, hearing that he was drowsy, told him to go back to hospital.",
            "The discharge letter to his GP at {gp} asked for bloods in <<1/7>> but was sent to an old address, {addr2}.",
        ),
        ("Review completed on {ldate} by {d.tfull}; ring {phone} for the action plan.",),
        ("RW-{n5}", "NH/{yy}/{n4}"), sex="M?", ages=(21, 63),
    ),
    _style(
        "garden_centre_cafe_very_old_woman_choking_review", "prose",
        "learning from deaths review of a very old woman who choked in a garden centre café, was not seen after abdominal thrusts and died of aspiration pneumonia",
        (
            "Learning from deaths review {ref} — choking at a garden centre café, {date}",
            "{p.caps}, {age}, NHS number {nhs}, address {addr}",
        ),
        (
            "{p.tfull} was having a scone in the garden centre café with her {rel}, {r.full}, when she began coughing and could not speak.",
            "The café supervisor, {o1f.full}, gave five back blows and then abdominal thrusts, as her <<St John Ambulance>> course had taught; a piece of scone came out and {p.first} said she was fine.",
            "{r.first} rang 111 at {time}; the call was closed as a choking episode that had settled and no ambulance was sent, though <<the Resuscitation Council UK>> advises a check after abdominal thrusts.",
            "That evening she became breathless at home and {s1.full} found a <<NEWS2>> of 8; at {hospital} {d.dr} diagnosed aspiration pneumonia and started <<ceftriaxone>>.",
            "She was moved to {ward} and died on {later}; the post-mortem noted a rib fracture, likely from the thrusts.",
        ),
        (
            "The garden centre's first aid book, kept by the <<Duty Manager>>, {o2.full}, records the choking at {time2} and no advice about follow-up.",
            "Her GP at {gp} had referred her for a swallowing assessment on {prev}; the speech and language therapy letter offered an appointment in <<six weeks>>.",
            "She lived at home with daily visits from {prov}, whose carer, {o3.full}, had written about coughing at meals for <<two weeks>>.",
            "A customer who is a retired nurse, {o4f.full}, stayed with her and wrote that her lips were blue for about <<ten minutes>>.",
            "A <<Clinical Frailty Scale>> of 7 on admission led to a ceiling of care conversation with {r.first} on {next}, recorded by Staff Nurse {s2.last}.",
        ),
        ("Completed by {o5.full}, mortality review lead, on {ldate}; copy to {email}; published summary at {url}.",),
        ("LFD{yy}-{n4}", "GC-{n5}"), sex="F?", ages=(90, 103), old=True, provider=True,
    ),
    _style(
        "charity_fun_run_child_asthma_attack_review", "prose",
        "child clinical review of a boy with asthma who ran a charity fun run without his inhaler and waited while first aiders were unsure about the spare one",
        (
            "Child clinical review {ref}: asthma attack at a charity fun run, {date}",
            "Child: {p.full}, DOB {dob}, NHS {nhs}, of {addr}",
        ),
        (
            "{p.first}, who has asthma, ran the 5k fun run with his school; at the third kilometre a marshal, {o1.full}, saw him bent over and wheezing, and it took <<ten minutes>> to reach him.",
            "The first aid volunteer, {o2f.full}, found he had no inhaler; his {rel}, {r.full}, had it at the finish and could not get through the crowd for <<20 minutes>>.",
            "The medical point held a spare <<salbutamol>> inhaler, but the volunteer was unsure she could give it without a parent's consent and waited.",
            "{s1.full} arrived at {time}, found oxygen saturations of 88%, gave a <<nebuliser>> and <<hydrocortisone>>, and took him to {hospital}.",
            "He was treated on {ward} for <<48 hours>>; {d.dr} found that his preventer inhaler had not been collected from {gp} since {prev}.",
        ),
        (
            "The run was organised by a hospice charity; its events lead, {o3.full}, said the route plan followed <<UK Athletics>> guidance for fun runs.",
            "{p.poss} PE teacher, {o4.full}, had the class register but no list of pupils with asthma, and the school's care plan for him was out of date.",
            "A parent at the finish, {o5m.full}, lent the family his own <<salbutamol>> inhaler, which {p.first} used before the ambulance arrived.",
            "The asthma nurse at {gp}, {s2.full}, saw him on {later}, recorded a low peak flow and restarted his preventer for <<six weeks>>.",
            "Safeguarding was considered because the preventer had not been collected for months; the school nurse phoned the family on {phone}.",
        ),
        ("Review closed on {ldate} by {d.tfull}; the family were sent the summary, also at {url}.",),
        ("CR-{n5}", "SG{yy}-{n4}"), sex="M?", ages=(6, 14), child=True,
    ),
    _style(
        "pantomime_child_button_battery_review", "prose",
        "serious incident review of a small girl who swallowed a button battery from a light-up wand bought at a pantomime, checked by a first aider and sent home",
        (
            "Serious incident review {ref}: swallowed button battery after a pantomime, {date}",
            "{p.caps} (DOB {dob}), NHS {nhs}, hospital number {hosp}",
        ),
        (
            "{p.first} went to the Christmas pantomime with her {rel}, {r.full}, who bought a light-up wand in the interval from a stall run by the <<Front of House>> team.",
            "During the second half the wand came apart; an <<Usher>>, {o1.full}, found {p.first} coughing and handed her to the first aider, {o2.full}.",
            "The first aider checked her airway, found a <<pulse oximeter>> reading of 99% and no obstruction, and advised {r.first} to watch her; no one knew a battery was missing.",
            "Next morning, {next}, {p.first} vomited blood at home; {s1.full} took her to {hospital}, where an X-ray showed a battery in her gullet, and she was moved to {hospital2}.",
            "The battery had been there for about <<24 hours>> and had burned the lining; she spent <<six weeks>> on {ward} with a feeding tube.",
        ),
        (
            "The theatre's <<Stage Manager>>, {o3.full}, said the wands came from the producer and had battery covers without screws.",
            "Trading standards at {council} tested the wands after {later} and found the cover opened with a fingernail; they were withdrawn.",
            "{r.full} wrote to {email2} asking why the first aid log recorded '<<ten minutes>> of coughing, settled'.",
            "At {hospital} {d.dr} gave <<ondansetron>> before the X-ray, which the review found did not delay it.",
            "The pantomime's producer, {o4.full}, has added a warning to the programme and to the <<Front of House>> briefings.",
        ),
        ("Signed on {ldate} by {o5.full} for the theatre trust, with {d.tfull} as clinical lead.",),
        ("SI{yy}-{n5}", "TS-{n4}"), sex="F?", ages=(2, 6), child=True,
    ),
)

LINES = (
    _style(
        "concert_hall_stewards_incident_log_csv", "lines",
        "a concert hall's stewards' incident log exported as CSV: a young man's seizure in the stalls after missed epilepsy tablets",
        (
            "Concert hall stewards' incident log – export for review {ref} ({trust})",
            "date,time,signed,entry",
        ),
        (
            "Steward {o2.last} reports a man collapsed in the stalls, row K, jerking; <<Chief Steward>> to attend with the <<AED>>.",
            "Patient named by his friend as {p.lower}, {age}; fitting stopped after about <<ten minutes>>, drowsy, bitten tongue.",
            "Crew {s1.full} on scene; <<midazolam>> not needed, <<NEWS2>> 5, taking him to {hospital}.",
            "Friend {o3.full} says {p.first} has epilepsy and missed his <<levetiracetam>> because of the tour schedule.",
            "{p.poss} {rel}, {r.full}, phoned; passed the ward number {phone} for {ward}.",
        ),
        (
            "Strobe lighting in the second half confirmed; warning signs were on the doors as <<the Health and Safety Executive>> advises.",
            "Hospital doctor {d.dr} called back at {time}: scan normal, on <<levetiracetam>> loading, staying overnight on {ward2}.",
            "Incident form completed; <<Duty Manager>> {o5.full} informed; copy sent to {email}.",
            "Patient's address on the ticket account: {addr}.",
            "Lost property: wallet and phone handed to {o3.nick} for return; checked with <<Front of House>>.",
        ),
        ("Log closed and exported on {ldate} by {o1.full}.",),
        ("CH-{n5}", "LOG{yy}-{n4}"), sex="M?", ages=(18, 45),
        topup='{stamp},{clock},{sign},"{text}"', stamp="%Y-%m-%d", clock="%H:%M", sign_forms=("init", "init", "last"),
    ),
    _style(
        "charity_shop_incident_book_csv", "lines",
        "a hospice charity shop's incident book exported as CSV: a volunteer's chest pain sent to the GP, a heart attack the next day",
        (
            "Hospice charity shops – incident book, shop on {street}, copied for review {ref}",
            "date,time,entry,initials",
        ),
        (
            "Volunteer {p.full} felt dizzy sorting donations in the back room; sat down, pale, chest tightness; <<Duty Manager>> called.",
            "{p.first} took her own <<GTN spray>>, pain eased; asked us not to call 999 as her {rel} {r.first} would collect her.",
            "{r.full} arrived and drove her to {gp}; receptionist said come back at {time} for the duty doctor, <<two hours>> later.",
            "Duty doctor {d.dr} saw her; ECG at the surgery normal, told to take <<aspirin>> <<300 mg>> and wait for the chest pain clinic.",
            "Call from {r.first}: {p.first} collapsed at home {next}, taken by {s1.full} to {hospital}; heart attack confirmed, on {ward}.",
        ),
        (
            "Shop manager {o2.full} notes volunteer risk assessment last done {prev}; no first aider and no <<pulse oximeter>> on shift.",
            "Gift Aid form with her address, {addr}, locked in the office as <<the Charity Commission>> requires.",
            "Area manager {o3.last} visited; reminded staff the shop has no <<AED>> and the nearest is at the pharmacy on {street}.",
            "Card sent to {ward} from all volunteers; {o4.lower} to visit at the weekend.",
            "Volunteer coordinator emailed {email2} asking for first aid refresher training within <<six weeks>>.",
        ),
        ("Copied from the incident book on {ldate} by {o5.full}, retail compliance.",),
        ("CS-{n5}", "HSP{yy}/{n4}"), sex="F?", ages=(55, 88),
        topup='{stamp},{clock},"{text}",{sign}', stamp="%d/%m/%Y", clock="%H%M", sign_forms=("init", "init", "last"),
    ),
    _style(
        "boxing_show_ringside_medical_table", "lines",
        "an amateur boxing show's ringside medical sheet pasted as a table: a boxer stopped on his feet, sent home, a subdural bleed that night",
        (
            "Amateur boxing show – ringside medical sheet, pasted for review {ref}",
            "| Date | Time | Entry | By |",
        ),
        (
            "Bout 6: {p.full} ({age}) stopped in round 2 after a knockdown; up at eight, <<Cornerman>> {o2.full} with him.",
            "Ringside doctor {d.dr} assessed: <<SCAT6>> symptom score 9, <<Maddocks questions>> 4 of 5, advised no driving.",
            "{p.first} left the venue with {r.full} ({rel}) at {time}; head injury advice given, <<48 hours>> with an adult.",
            "Call from {r.first}: vomiting and drowsy at home; told to dial 999; {s1.full} going to {addr}.",
            "Update from {hospital}: bleed on the scan, moved to {hospital2} for surgery; <<England Boxing>> told by {o3.full}.",
        ),
        (
            "Venue <<Timekeeper>> {o4.first} confirms the bout was stopped at 1 min 40 of round 2.",
            "Medical kit checked: <<cervical collar>>, <<scoop stretcher>>, <<AED>>, oxygen; all in date.",
            "Suspension recorded: no boxing for <<six weeks>> at least; {o3.nick} to inform his club.",
            "Ambulance on standby left at {time2} for another call; next bout held until cover back.",
            "Club coach {o5m.full} says {p.first} was knocked down in sparring <<two weeks>> before; not on his medical card.",
        ),
        ("Sheet closed on {ldate}; signed {d.tfull}, ringside doctor.",),
        ("RS-{n4}", "EB{yy}-{n5}"), sex="M?", ages=(18, 30),
        topup="| {stamp} | {clock} | {text} | {sign} |", stamp="%d/%m/%Y", clock="%H:%M",
        signs=("o1", "o4"), sign_forms=("init", "init", "last"),
    ),
    _style(
        "vets_practice_reception_day_sheet_table", "lines",
        "a veterinary surgery's reception day sheet pasted as a table: a client's stroke at the front desk and the lost onset time",
        (
            "Veterinary surgery reception day sheet (pasted into review {ref}, {trust})",
            "| Day | Time | Staff | Note |",
        ),
        (
            "Client {p.tfull} in with her dog for vaccines; speech slurred at the desk, face drooping on one side; vet nurse {o2.full} called 999.",
            "999 call: <<FAST>> positive, ambulance up to <<two hours>>; {o2.first} stayed with her in the consulting room.",
            "{s1.full} arrived {time}; onset recorded as {time2}, glucose normal, <<NEWS2>> 2; to {hospital}.",
            "Dog boarded in kennels for <<five days>>; {p.poss} {rel}, {r.full}, to collect; contact {mob}.",
            "Update from {r.first}: clot-busting not given as onset unclear beyond <<four hours>>; on {ward} under {d.dr}.",
        ),
        (
            "Senior vet {o3.last} confirmed the clinic keeps an <<AED>> for people in the prep room; not needed.",
            "Client record: {p.caps}, {addr}; dog's next booster due in <<two weeks>>.",
            "{o4.first} phoned {gp} to tell them; receptionist took a message for the duty doctor.",
            "Practice registered with <<the RCVS>>; incident added to the safety log under <<the Health and Safety Executive>> reporting rules.",
            "Client's <<apixaban>> had been stopped by her GP on {prev}, per {r.first}; passed to the hospital.",
        ),
        ("Day sheet copied on {ldate} by {o5.full}, practice manager.",),
        ("VP-{n5}", "DS{yy}-{n4}"), sex="F?", ages=(58, 88),
        topup="| {stamp} | {clock} | {sign} | {text} |", stamp="%a %d/%m/%Y", clock="%H:%M",
        signs=("o1", "o4", "o5"),
    ),
    _style(
        "stadium_control_room_radio_log", "lines",
        "a football stadium control room's radio log typed up for the ambulance trust: a spectator's cardiac arrest in the stand",
        (
            "Stadium control room radio log – typed up for the ambulance trust, review {ref}",
            "Match day {date}; safety officer {o1.full}",
        ),
        (
            "Man down in the East Stand, block F, row 12; not breathing; <<Chief Steward>> to send the <<AED>> runner.",
            "Chest compressions started by a spectator, {o2.full}, an off-duty nurse; <<AED>> on, one shock given.",
            "Paramedic {s1.full} at block F; <<LUCAS device>> on, taking him to the tunnel ambulance.",
            "Patient named from his season ticket: {p.upper}, {addr}.",
            "{hospital} confirms his heart restarted after <<adrenaline>>; {p.first} to the cath lab, then {ward}.",
        ),
        (
            "Turnstile count at kick-off 18,412; stewards briefed on <<the Safety of Sports Grounds Act 1975>> evacuation routes.",
            "{p.poss} {rel}, {r.full}, at gate 4 asking for him; escorted by {o3.first} to the medical room.",
            "Police liaison {o3.full} asks for CCTV of block F from <<ten minutes>> before the call.",
            "Medical room doctor {d.dr} confirms spare <<AED>> pads restocked; incident number {ref2}.",
            "Club to inform <<the Football Association>> and the league safety team by {later}.",
        ),
        ("Transcript checked by {o4.full} and sent on {ldate}.",),
        ("CR{yy}-{n5}", "INC-{n6}"), sex="M?", ages=(40, 79),
        topup="[{stamp} {clock}] {sign}: {text}", stamp="%d-%m-%Y", clock="%H:%M",
        signs=("o1", "o4", "o5"), sign_forms=("first", "full", "last"),
    ),
    _style(
        "tunnel_maintenance_night_shift_round_sheet", "lines",
        "a road tunnel maintenance crew's night shift round sheet scanned into a review: a worker's crushed calf sent home, compartment syndrome",
        (
            "Road tunnel maintenance – night shift round sheet, scanned into review {ref}",
            "Closure permit {ref2}; shift lead {o1.full}",
        ),
        (
            "Operative {p.full} trapped his left leg between the cherry picker and the tunnel wall at lamp bracket 14; freed by {o2.full} in under <<ten minutes>>.",
            "<<Traffic Officer>> patrol holding traffic at the portal; ambulance to come in by the eastbound bore.",
            "{s1.full} on scene; leg swollen, severe pain, given <<Penthrox>> then morphine; to {hospital}.",
            "{hospital} discharged {p.first} with crutches and <<co-codamol>> at {time}; no X-ray of the calf.",
            "{p.first} rang {o1.nick} from home in agony after <<four hours>>; told to go back; {d.dr} at {hospital2} found compartment syndrome, surgery same night, {ward}.",
        ),
        (
            "Cherry picker isolated and tagged; <<the Health and Safety Executive>> to be told under RIDDOR by {o3.full}.",
            "Welfare call to {p.poss} {rel}, {r.lower}, on {mob}; address for site records {addr}.",
            "Shift briefing had covered <<National Highways>> lane closure rules but not working at height near the wall.",
            "First aid kit used: <<tourniquet>> not applied; <<Sager splint>> not suitable; leg raised on a cone bag.",
            "{o4.last} to complete the accident book and send it to {email}.",
        ),
        ("Round sheet scanned on {ldate} by {o5.full}.",),
        ("TM-{n5}", "CP{yy}/{n4}"), sex="M?", ages=(24, 62),
        topup="{stamp} {clock} {text} ({sign})", stamp="%d%b%Y", clock="%H%M",
        signs=("o1", "o4", "o5"),
    ),
)

LETTERS = (
    _style(
        "dog_groomer_very_old_client_letter", "letter",
        "a dog groomer writes to a GP about a very old client who came in confused without her dog, sent home from hospital the same evening (old)",
        (
            "{ldate}\n\nTo the duty doctor, {gp}\nRe: {p.tfull}\n{addrb}",
            "Dear {d.dr},",
        ),
        (
            "I run a dog grooming salon on {street} and have groomed {p.title}'s terrier every <<six weeks>> for years; I am writing because I am worried about her.",
            "On {date} she arrived at {time} for a two o'clock booking without the dog and for <<ten minutes>> did not know what day it was; my assistant, {o2.full}, sat with her and made tea.",
            "She told us she had a water infection and had been given <<nitrofurantoin>> by the out-of-hours service on {prev}, but had not started it.",
            "I rang her {rel}, {r.full}, on {mob}, who took her to {hospital}; I understand from {r.first} that her <<4AT>> was normal and she was sent home at {time2}.",
            "Two days later, on {later}, a neighbour found her on the floor at home after <<24 hours>>, and she is now on {ward}.",
        ),
        (
            "She is {age}, lives alone and stopped driving last year after a letter from <<the DVLA>>; she relies on {prov} for her shopping.",
            "I did a first aid course with <<St John Ambulance>> and I thought she looked dry and was picking at the air.",
            "Her previous address on our booking system is {addr2}, so your records may be out of date.",
            "The carer from {prov}, {o3f.full}, tells me she had missed visits for <<five days>> because no one answered the door.",
            "My assistant wrote down her words that afternoon, and we would be happy to give them to {o4.full} if there is a review; the dog is with us for now.",
        ),
        ("Yours sincerely,\n\n{o1.full}\nOwner, dog grooming salon\n{phone}",),
        ("DG-{n4}", "GPL{yy}-{n5}"), sex="F?", ages=(90, 103), old=True, provider=True,
    ),
    _style(
        "driving_instructor_pupil_long_qt_faint_email", "letter",
        "a driving instructor e-mails a GP after a pupil fainted at the wheel and was sent home as a simple faint, later found to have long QT syndrome",
        (
            "From: {o1.pemail}\nTo: {email}\nSent: {ldate}\nSubject: Pupil who fainted during a lesson – {ref}",
            "Dear {d.dr},",
        ),
        (
            "I am a driving instructor and {p.full} has been my pupil since the spring; on {date} she fainted at the wheel at a junction on {street}, <<20 minutes>> into the lesson.",
            "I used my dual brake and stopped the car; she came round within a minute but was grey, and a passer-by, {o2.full}, an off-duty <<Traffic Officer>>, rang 999.",
            "The paramedic, {s1.full}, did an ECG in the ambulance, said she was probably dehydrated, gave her <<Dioralyte>> and took her to {hospital} to be sure.",
            "She was discharged at {time} after <<four hours>>, told it was a faint and that she could drive again; I do not think anyone looked at the ambulance ECG.",
            "On {later} she fainted again while swimming, and her {rel}, {r.full}, tells me she has now been diagnosed at {hospital2} with long QT syndrome, not <<Brugada syndrome>> as first thought.",
        ),
        (
            "I tell the examiner from <<the DVSA>> about any medical event when a test is booked, and her test on {next} has been cancelled.",
            "She had told me she was taking <<ondansetron>> for travel sickness that week, which I now understand can affect the heart rhythm.",
            "I carry a first aid kit and a <<pulse oximeter>> in the car, and her reading was 97% when she came round.",
            "My office number is {phone} if you wish to speak to me; {p.first} has agreed to my writing.",
            "{p.first}'s address on my booking system is {addr}; I do not hold her NHS number.",
        ),
        ("Kind regards,\n\n{o1.full}\nApproved driving instructor",),
        ("ADI-{n5}", "Q{yy}-{n4}"), sex="F?", ages=(17, 25),
    ),
    _style(
        "martial_arts_club_instructor_child_choke_letter", "letter",
        "a judo club's head instructor writes to a GP after a boy lost consciousness in a strangle hold and was sent home with a head injury leaflet (child)",
        (
            "{ldate}\n\nTo: {d.tfull}, {gp}\nRe: {p.full}, born {dob}, {addr}",
            "Dear {d.dr},",
        ),
        (
            "I am the head instructor of a judo club that trains at the leisure centre on {street}, where we keep an <<AED>> by the mats; {p.first} has trained with us for two years.",
            "At the junior session on {date}, in groundwork with an older boy, {p.first} was held in a strangle and was unconscious for about <<20 seconds>>.",
            "Our club coach, {o2.full}, released the hold, put him in the recovery position and asked the <<Maddocks questions>> when he woke; he was talking within a minute.",
            "His {rel}, {r.full}, took him to {hospital}, where {s1.full} saw him and he was sent home after <<two hours>> with a head injury leaflet, though he had not hit his head.",
            "On {next} his school rang home because he had a seizure in class; I understand he was admitted to {ward}, started on <<levetiracetam>> and is under the children's team at {hospital2}.",
        ),
        (
            "Our club follows <<British Judo>> rules, which do not allow strangles for juniors in free practice, so the hold should never have been used.",
            "I have stopped the older pupil, {o3.full}, from groundwork, and our welfare officer, {o4f.full}, has written to both families.",
            "The hospital leaflet spoke of <<48 hours>> of watching for a head injury, which is not the same thing as a choke.",
            "Our first aid log for the evening, signed by {o2.init}, records his colour, his breathing and a <<pulse oximeter>> reading of 96% at {time}.",
            "{p.first}'s {rel} asked me to write so that you know what happened on the mat; please contact me on {mob}.",
        ),
        ("Yours sincerely,\n\n{o1.full}\nHead instructor",),
        ("JC-{n4}", "W{yy}-{n5}"), sex="M?", ages=(9, 15), child=True,
    ),
    _style(
        "touring_theatre_company_manager_actor_fall_email", "letter",
        "a touring theatre company manager e-mails a hospital's patient liaison team after an actor on blood thinners fell from a rostrum and went on stage with an unscanned head injury",
        (
            "From: {o1.pemail}\nTo: {email}\nDate: {ldate}\nSubject: Request for review – {p.full} ({ref})",
            "Dear Patient Advice and Liaison team,",
        ),
        (
            "I am company manager of a touring theatre company; our actor {p.full} fell from a rostrum during the get-in at the town's theatre on {date}.",
            "The <<Stage Manager>>, {o2.full}, found him on the stage floor with a bent wrist and a cut to his head; the venue's first aider, {o3.full}, put on a <<cervical collar>> to be safe.",
            "At {hospital} he waited on a trolley in <<cubicle 9>> for seven hours; {d.dr} diagnosed a <<Smith's fracture>> and put it in plaster but did not scan his head.",
            "He went on stage in a sling on {next} and collapsed in the interval after <<24 hours>> of headache; at {hospital2} a small bleed on the brain was found.",
            "He takes <<apixaban>> for a heart rhythm problem, which he says he told the triage nurse, {s1.full}.",
        ),
        (
            "Our touring insurers need a written account within <<five days>>, and our producer, {o4.full}, has asked for the emergency department notes with his consent.",
            "The rostrum had been set by the venue crew; their technical manager, {o5.full}, has reported it to <<the Health and Safety Executive>>.",
            "{p.poss} {rel}, {r.full}, travelled from their home at {addr} and has been told different things by {ward}.",
            "I understand <<the Canadian C-spine rule>> was used to clear his neck, but no one applied the head injury guidance for people on blood thinners.",
            "Please reply to me at this address or on {mob}; {p.first} has signed the enclosed consent form.",
        ),
        ("With thanks,\n\n{o1.full}\nCompany manager",),
        ("TC-{n5}", "PALS{yy}-{n4}"), sex="M?", ages=(28, 66),
    ),
    _style(
        "amateur_rugby_club_secretary_player_neck_letter", "letter",
        "a village rugby club secretary writes to an emergency department consultant about a player's neck fracture after a collapsed scrum, cleared at the roadside",
        (
            "{ldate}\n\n{d.tfull}\nEmergency Department, {hospital}\n\nRe: {p.full}\n{addrb}",
            "Dear {d.dr},",
        ),
        (
            "I am club secretary of a village rugby club and write about {p.full}, who was hurt when a scrum collapsed <<ten minutes>> into our match on {date}.",
            "Our pitchside first aider, {o2.full}, followed <<the RFU>> spinal guidance, kept him still and asked the ambulance for a <<scoop stretcher>> and a <<cervical collar>>.",
            "{s1.full} and a colleague arrived at {time}; they used <<the Canadian C-spine rule>>, took the collar off and let him walk to the ambulance.",
            "At your department he was given <<co-codamol>> and discharged with a neck sprain after <<four hours>>; no scan was done.",
            "He came back on {later} with tingling in both hands and a fracture of the sixth neck bone was found; he is now on <<dexamethasone>> in a collar at {hospital2}.",
        ),
        (
            "The referee, {o3m.full}, stopped the match and sent his report to the county union; he recalls {p.first} saying his arms felt like electric shocks.",
            "Our coach, {o4.full}, filmed the scrum for training, as <<the RFU>> allows, and the club will share the footage if it helps.",
            "His {rel}, {r.full}, was at the match and rang {phone} that evening to ask whether he should be driving, and was told to speak to his GP.",
            "Under <<the Equality Act 2010>> we are making the clubhouse accessible for his return, and our welfare officer, {o5.full}, is in touch with the family.",
            "I enclose our injury report, reference {ref2}, written up by {o2.init} on the night.",
        ),
        ("Yours sincerely,\n\n{o1.full}\nHonorary secretary",),
        ("RFC-{n4}", "IR{yy}-{n5}"), sex="M?", ages=(19, 45),
    ),
    _style(
        "hotel_stay_very_old_mother_complaint_letter", "letter",
        "a relative complains after a very old woman found on a hotel bathroom floor during a family wedding was left at the hotel with a fractured pelvis (old)",
        (
            "Complaints Manager, {trust}\n{ldate}\n\nRe: {p.tfull}, NHS number {nhs}\n{addrb}",
            "Dear Complaints Manager,",
        ),
        (
            "I am {p.poss} {rel} and I am writing about her care after she fell at a hotel during a family wedding on {date}.",
            "The hotel's <<Night Porter>>, {o1.full}, found her on the bathroom floor at {time}; she had been there for <<two hours>> and was cold and confused.",
            "The ambulance crew, {s1.full} and a student, recorded a <<NEWS2>> of 3 and a bruised hip and, because she could stand with help, did not take her to hospital.",
            "We drove her home the next day; on {next} her GP at {gp} sent her to {hospital}, where {d.dr} found a fractured pelvis.",
            "She is {age} and had been walking with a stick; she has now been on {ward} for <<two weeks>> and has lost her confidence.",
        ),
        (
            "The crew left a leaflet saying she should be seen within <<24 hours>> if the pain got worse, but nobody told us what that meant.",
            "The hotel manager, {o2f.full}, has been kind and sent me the incident report, which says the bathroom had no grab rail, despite <<the Equality Act 2010>>.",
            "My cousin, {o3.full}, is a physiotherapist and was worried that her <<Clinical Frailty Scale>> was never recorded.",
            "She takes <<apixaban>>, and no one checked whether she had hit her head.",
            "Her old address is still on the ambulance form ({addr2}), and the hospital letters went there for a week.",
        ),
        ("Yours faithfully,\n\n{r.full}\n{mob}",),
        ("CMP-{n5}", "AMB{yy}-{n4}"), sex="F?", ages=(90, 103), old=True,
    ),
    _style(
        "football_club_kit_manager_very_old_volunteer_letter", "letter",
        "a non-league football club's kit manager writes to a GP about a very old laundry volunteer on warfarin found muddled after a fall and sent home (old)",
        (
            "{ldate}\n\nTo the GP, {gp}\nRe: {p.tfull}, {addr}",
            "Dear {d.dr},",
        ),
        (
            "I am kit manager at a non-league football club and {p.first}, who is {age}, has helped in our laundry room every home match for thirty years.",
            "On {date} I found him sitting on the floor among the kit bags at {time}, <<20 minutes>> after kick-off, muddled and with a graze on his forehead; he could not remember falling.",
            "Our physio, {o2.full}, checked him with <<the Glasgow Coma Scale>> and thought he was not himself; we rang 111 and waited <<four hours>> for a callback.",
            "The out-of-hours doctor saw him at the urgent treatment centre at {hospital} and sent him home, although he takes <<warfarin>> for his heart.",
            "On {next} his {rel}, {r.full}, found him drowsy at home; he was admitted with a bleed on the brain, given <<Beriplex>>, and is now on {ward}.",
        ),
        (
            "The club's safety officer, {o3.full}, has reminded all volunteers that <<the Football Association>> first aid guidance applies to staff as well as players.",
            "We have an <<AED>> and a trained <<Head Groundsman>>, {o4m.full} ({o4m.nick} to us all), who stayed with him until the taxi came.",
            "{p.first} told our physio he had been dizzy on the stairs for <<two weeks>>, which I mention in case it helps.",
            "His details on our volunteer register are {p.caps}, {phone}, with an older address at {addr2}.",
            "He asked me to write, and {r.first} agrees; the club chairman, {o5.full}, sends his best wishes to the ward.",
        ),
        ("Yours sincerely,\n\n{o1.full}\nKit manager",),
        ("KM-{n4}", "OOH{yy}-{n5}"), sex="M?", ages=(90, 103), old=True,
    ),
    _style(
        "concert_promoter_crowd_crush_follow_up_email", "letter",
        "a concert promoter's head of safety e-mails an emergency department about a young woman pulled from the front barrier, sent home with rib bruising and back with a collapsed lung",
        (
            "From: {o1.pemail}\nTo: {email}\nSent: {ldate}\nSubject: Follow-up on a patient from the arena concert – our ref {ref}",
            "Dear {d.dr},",
        ),
        (
            "I am head of safety for the promoter of the arena concert on {date} and am writing about {p.full}, who was pulled from the front barrier by our security team.",
            "Our barrier supervisor, {o2.full}, saw her pinned against the barrier for about <<ten minutes>> during the encore and lifted her over with a colleague; she was pale and short of breath.",
            "In our medical room the event doctor, {o3.full}, noted bruising across her chest, oxygen of 93% on a <<pulse oximeter>> and a <<NEWS2>> of 4, and called an ambulance.",
            "{s1.full} took her to your department at {time}; we understand she was discharged at {time2} with bruised ribs and <<co-codamol>>.",
            "Her {rel}, {r.full}, has told us she was readmitted on {next} with a collapsed lung and is now on {ward} with a chest drain for <<five days>>.",
        ),
        (
            "Our event plan was approved by the safety advisory group at {council} and followed <<the Sports Grounds Safety Authority>> guide on barrier design.",
            "We are reviewing the crowd density in the pit with our consultant, {o4.full}, and will share the CCTV from <<20 minutes>> before the call.",
            "Our medical room notes, written by {o3.init}, give her address as {addr} and her mobile as {mob}.",
            "We would be grateful for any learning your team has; our medical provider, {prov}, holds the <<AED>> log and the ambulance handover form.",
            "The event medics used a <<scoop stretcher>> to lift her because she could not lie flat for <<ten minutes>> at a time.",
        ),
        ("Best wishes,\n\n{o1.full}\nHead of safety",),
        ("EV-{n5}", "AR{yy}-{n4}"), sex="F?", ages=(17, 35), provider=True,
    ),
)

STYLES = (*PROSE, *LINES, *LETTERS)

# Top-ups: generic sentences of each register that fill a text to its length.
SHARED = (
    "The panel noted that the handover between services relied on memory rather than a written <<NEWS2>> chart.",
    "{s2.full} gave a statement on {later} and was supported by the trust's wellbeing service.",
    "The incident was graded as moderate harm, and the duty of candour letter was sent to the family by {o5.full}.",
    "{d.dr} accepted that the discharge decision was made without senior review, which the trust's policy requires after <<four hours>> in the department.",
    "Learning will be shared through the safety huddle, the governance newsletter and the regional events medical forum.",
    "The family were offered a meeting with the review team and {s2.full}.",
    "A timeline was built from the ambulance record, the emergency department notes and the statement of {o2.full}.",
    "The family's questions were answered in writing by {d.tfull} on {later}.",
    "The panel asked whether <<Martha's Rule>> would have helped the family to raise their worries while they waited.",
    "Observations were repeated only once in the waiting area, and the <<NEWS2>> escalation prompt was not triggered.",
    "The review team thanks {o2.first} and the other volunteers for their candid accounts.",
    "An action plan owned by {s2.full} will be checked at the quality committee in <<six weeks>>.",
    "The ambulance waited outside the department for forty minutes before handover.",
    "The patient's GP, {gp}, received the discharge summary <<five days>> after discharge.",
)
SHARED_LINES = (
    "Radio check with control, all call signs answering.",
    "First aid room restocked: <<AED>> pads, gloves, <<cervical collar>>.",
    "Welfare check on staff involved by {o2.first}.",
    "Incident number {ref2} issued by control.",
    "Ambulance control updated with the access route via the service gate.",
    "CCTV request logged for the area concerned.",
    "Hospital rang back: patient stable on {ward2}.",
    "Statement taken from {o2.last}; copy kept in the log folder.",
    "Spill cleared and area reopened after <<20 minutes>>.",
    "Duty doctor {d.dr} updated by phone.",
    "Family member asked for property; held in the safe until collected.",
    "Shift handover: log read and signed by incoming lead.",
)
SHARED_LETTER = (
    "I hope this information is useful, and I am happy for you to share this letter with the hospital team.",
    "I have kept a copy of my notes from the day in case they are needed for a review.",
    "If it would help, I can be reached on {mob} during the day.",
    "I understand that you cannot share medical details with me, and I am not asking you to.",
    "I have asked {o2.full}, who was also there, to write separately with an account of what they saw.",
    "Please forgive the length of this letter; I wanted to set down everything in order.",
    "We have since reviewed our own first aid arrangements and bought a second <<AED>>.",
    "Our insurers have asked for a copy of any reply, which I will only send with consent.",
    "I would be grateful for an acknowledgement so that I know this has reached the right person.",
    "Nothing in this letter is meant as a criticism of the crew, who were kind and busy.",
    "I have copied this letter to the patient, who has agreed to my writing.",
    "We follow <<the Health and Safety Executive>> guidance on reporting, and this event has been logged.",
)


def _shared(style: Style) -> tuple[str, ...]:
    if style.register == "letter":
        return SHARED_LETTER
    if style.register == "lines":
        return SHARED_LINES
    return SHARED


def alternatives() -> int:
    """How many different sentences the pack can write (style sentences and top-ups)."""
    own = sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
    return own + len(SHARED) + len(SHARED_LINES) + len(SHARED_LETTER)


# ---------------------------------------------------------------------------------------------
# One case: the people, places, numbers and dates a narrative is written from
# ---------------------------------------------------------------------------------------------

Part = tuple[str, "str | None", "dict | None", bool]  # text, gold label, PERSON meta, look-alike

NAME_FORMS = (
    "full", "first", "last", "title", "tfull", "dr", "init", "initl", "caps", "upper", "lower",
    "nick", "email", "pemail", "poss",
)  # fmt: skip
_TOKEN = re.compile(r"\{(p|r|s1|s2|d|o\d)[fm]?\.(\w+)\}|\{(\w+)\}|<<(.+?)>>")
_PERSON_SLOT = re.compile(r"\{(p|r|s1|s2|d|o\d)([fm]?)\.(\w+)\}")
_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


@dataclass
class Who:
    first: str
    last: str
    sex: str
    names: str  # listed / unlisted
    in_record: bool
    mid: str = ""  # an Azerbaijani patronymic: the father's name and oglu / qizi
    nick: str = ""
    honorific: str = "Mr"
    role: str = ""

    @property
    def full(self) -> str:
        return " ".join(part for part in (self.first, self.mid, self.last) if part)


def _year_forms(day: date) -> list[tuple[str, int]]:
    month, weekday = MONTHS[day.month - 1], WEEKDAYS[day.weekday()]
    return [
        (f"{day.day} {month} {day.year}", 10), (f"{ordinal(day.day)} {month} {day.year}", 9),
        (f"{day:%d/%m/%Y}", 12), (f"{day:%d/%m/%y}", 5), (day.isoformat(), 4),
        (f"{day:%d-%m-%Y}", 3), (f"{day.day}.{day.month}.{day:%y}", 3),
        (f"{day:%d}{month[:3].upper()}{day.year}", 3), (f"{day.day} {month[:3].upper()} {day.year}", 3),
        (f"{day.day}-{month[:3]}-{day.year}", 3), (f"{month} {day.day}, {day.year}", 2),
        (f"{weekday[:3]} {day:%d/%m/%Y}", 3), (f"{weekday} {day.day} {month} {day.year}", 3),
        (f"{day.day} {month[:3]} {day.year}", 4), (f"{weekday} {ordinal(day.day)} {month} {day.year}", 2),
        (f"{day.day}/{day.month}/{day.year}", 3),
    ]  # fmt: skip


def _short_forms(day: date) -> list[tuple[str, int]]:
    month, weekday = MONTHS[day.month - 1], WEEKDAYS[day.weekday()]
    return [
        (f"{ordinal(day.day)} {month}", 8), (f"{day.day} {month}", 6), (f"the {ordinal(day.day)}", 5),
        (f"the {ordinal(day.day)} of {month}", 3), (f"{weekday} the {ordinal(day.day)}", 3),
        (f"{weekday[:3]} {ordinal(day.day)} {month[:3]}", 3), (f"{weekday[:3]} {day.day}/{day.month}", 3),
        (f"{day.day}/{day.month}", 3), (f"{weekday} {ordinal(day.day)}", 2),
        (f"{weekday} {day.day} {month}", 2), (f"{month} {ordinal(day.day)}", 2), (f"{day:%d/%m}", 2),
    ]  # fmt: skip


def _slug_name(value: str) -> str:
    return re.sub(r"[^a-z0-9-]", "", _fold(value).replace(" ", "-")).strip("-")


class _Case:
    """The facts of one narrative; `render` fills a template's slots from them."""

    def __init__(self, rng: random.Random, style: Style, sentences: list[str]) -> None:
        self.rng, self.style = rng, style
        joined = " ".join(sentences)
        found = _PERSON_SLOT.findall(joined)
        hints = {who: sex.upper() for who, sex, _ in found if sex}
        nicks = {who for who, _, form in found if form == "nick"}
        self.used_parts: set[str] = set()
        self.used_initials: set[str] = set()
        self.initials: dict[str, str | None] = {}
        self.record = rng.random() >= NO_RECORD
        self.dot = "." if rng.random() < 0.15 else ""
        self.init_dots = rng.random() < 0.4

        self.town = rng.choice(tuple(TOWN_INFO))
        district, self.code, self.county, places = TOWN_INFO[self.town]
        self.locality = rng.choice(places)
        self.town2 = rng.choice([town for town in TOWN_INFO if town != self.town])

        # Dates: the event, the day before it (a GP visit), the next day, later and the letter.
        self.event = date(2025, 1, 6) + timedelta(days=rng.randint(0, 640))
        self.prev = self.event - timedelta(days=rng.randint(1, 6))
        self.next = self.event + timedelta(days=1)
        self.later = self.event + timedelta(days=rng.randint(3, 20))
        self.ldate = self.later + timedelta(days=rng.randint(2, 25))
        self.last_dated = date(2000, 1, 1)  # the latest event date written with a year so far
        self.log_day = self.event
        self.clock = rng.randint(8 * 60, 17 * 60)

        low, high = style.ages
        if style.old:
            self.age = rng.randint(90, high) if rng.random() < 0.85 else rng.randint(80, 89)
        else:
            self.age = rng.randint(low, high)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        later_birthday = (month, day) > (self.event.month, self.event.day)
        self.dob = date(self.event.year - self.age - later_birthday, month, day)

        kind = "child" if style.child else "old" if style.old else "adult"
        sexes = [c if c in "FM" else rng.choice("FM") for c in style.sex]
        self.people: dict[str, Who] = {}
        for who, sex in (("p", sexes[0]), ("r", sexes[1])):
            self.people[who] = self._draw(sex, who in nicks)
        for who in ("s1", "s2", "d", "o1", "o2", "o3", "o4", "o5"):
            self.people[who] = self._draw(hints.get(who) or rng.choice("FM"), who in nicks)
        patient, relative = self.people["p"], self.people["r"]
        patient.in_record = relative.in_record = self.record
        relative.role = rng.choice(RELATIONS[kind][relative.sex])
        for who, person in self.people.items():
            if who == "d":
                person.honorific = "Dr"
            elif who == "p" and style.child:
                person.honorific = "Miss" if person.sex == "F" else "Master"
            elif person.sex == "M":
                person.honorific = "Mr"
            elif who == "p" and style.old:
                person.honorific = "Mrs"
            else:
                person.honorific = rng.choice(("Mrs", "Ms", "Ms", "Miss"))

        street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        self.line = f"{rng.randint(1, 140)} {street}"
        if rng.random() < 0.15:
            self.line = f"Flat {rng.randint(1, 24)}, {self.line}"
        self.postcode = f"{district} {rng.randint(1, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}"
        self.old_line = f"{rng.randint(1, 140)} {rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        self.street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        self.hospital = rng.choice(HOSPITAL_FORMS).format(town=self.town)
        self.hospital2 = rng.choice(ACUTE_FORMS).format(town=self.town2)
        self.trust = rng.choice(TRUST_FORMS).format(town=self.town, town2=self.town2, county=self.county)
        self.gp = f"{rng.choice(GP_WORDS)} {rng.choice(GP_KINDS)}"
        self.council = rng.choice(COUNCIL_FORMS).format(town=self.town, county=self.county)
        self.prov = f"{rng.choice(PROVIDER_WORDS)} {rng.choice(PROVIDER_KINDS)}"
        first_ward, second_ward = rng.sample(WARD_WORDS, 2)
        self.ward = f"{first_ward} {rng.choice(WARD_KINDS)}"
        self.ward2 = f"{second_ward} {rng.choice(WARD_KINDS)}"
        self.home = f"{rng.choice(HOME_WORDS)} {rng.choice(HOME_KINDS)}"
        self.refs = (self._ref(style.refs[0]), self._ref(style.refs[1]))

        self.nhs = nhs_number(rng)
        layout = rng.choice(("plain", "spaced", "dashed"))
        sep = {"plain": "", "spaced": " ", "dashed": "-"}[layout]
        self.nhs_text = f"{self.nhs[:3]}{sep}{self.nhs[3:6]}{sep}{self.nhs[6:]}"
        self.hosp = "".join(
            rng.choice(_LETTERS) if ch == "A" else str(rng.randint(0, 9))
            for ch in _HOSP_SHAPE[self.town]
        )
        self.local = f"{rng.randint(2, 9)}{rng.randint(0, 99999):05d}"
        self.ext = f"{rng.randint(1000, 9999)}"
        self.mob_tail = f"{rng.randint(0, 999):03d}"
        self.email = f"{_slug(self.town)}.{rng.choice(TEAM_BOXES)}@nhs.net"
        role = rng.choice(("medical", "safety", "firstaid", "office", "welfare"))
        self.email2 = f"{role}@{rng.choice(SITE_DOMAINS)}.co.uk"
        page = rng.choice(URL_PAGES)
        self.url = rng.choice(
            (
                f"www.{_slug(self.hospital)}.nhs.uk/{page}",
                f"https://www.{_slug(self.council)}.gov.uk/{page}",
                f"https://{_slug(self.town)}-communityservices.nhs.uk/{page}",
            )
        )
        if self.record:
            self.known = {
                "names": [patient.full, relative.full],
                "nhs_number": self.nhs,
                "date_of_birth": self.dob.isoformat(),
                "hospital_number": self.hosp,
                "address": f"{self.line}, {self.locality}, {self.town}, {self.postcode}",
            }
        else:
            self.known = {}

    # -- people ------------------------------------------------------------------------------

    def _own_last(self, group: str, sex: str) -> str:
        rng = self.rng
        names = OWN_GROUPS[group]
        pool = names.get("LF" if sex == "F" else "LM") or names["L"]
        roll = rng.random()
        if roll < 0.16:
            return rng.choice(WORD_NAMES)
        if roll < 0.24:
            first, second = rng.sample(pool, 2)
            return f"{first}-{second}"
        return rng.choice(pool)

    def _draw(self, sex: str, nick: bool = False) -> Who:
        rng = self.rng
        listed = listed_names()
        for _ in range(400):
            mid = nickname = ""
            names = None
            if nick:
                first = rng.choice(_NICK_FIRST[sex])
                last = self._own_last(_GROUP_OF[first], sex)
                nickname = rng.choice(NICKNAMES[first])
            elif rng.random() < FAKER_SHARE:
                person = _new_person(rng, sex=sex)
                first, last, names = person.first, person.last, person.names
            else:
                group = rng.choice(tuple(OWN_GROUPS))
                first = rng.choice(OWN_GROUPS[group][sex])
                last = self._own_last(group, sex)
                if group == "azerbaijani" and rng.random() < 0.4:
                    father = rng.choice(OWN_GROUPS[group]["M"])
                    mid = f"{father} {'qizi' if sex == 'F' else 'oglu'}"
            raw = [part for part in re.split(r"[\s-]+", f"{first} {mid} {last}") if part]
            parts = {_fold(part) for part in raw}
            taken = parts | ({_fold(nickname)} if nickname else set())
            if (
                taken & self.used_parts
                or parts & _FORBIDDEN
                or parts & _NICKS_FOLDED
                or any(len(part) < 2 for part in parts)
            ):
                continue
            if names is None:
                plain = [part for part in raw if part not in PARTICLES]
                names = "listed" if all(part.casefold() in listed for part in plain) else "unlisted"
            self.used_parts |= taken
            return Who(first, last, sex, names, False, mid=mid, nick=nickname)
        raise RuntimeError("no name could be drawn")  # pragma: no cover - the lists are long

    def _initials(self, who: str) -> str | None:
        if who not in self.initials:
            person = self.people[who]
            letters = [person.first, *re.split(r"[\s-]+", person.last)]
            code = "".join(_fold(part)[:1] for part in letters if part).upper()
            ok = re.fullmatch(r"[A-Z]{2,4}", code) and code not in CLINICAL_INITIALS
            ok = ok and code not in self.used_initials
            if ok:
                self.used_initials.add(code)
            self.initials[who] = code if ok else None
        return self.initials[who]

    def person(self, who: str, form: str) -> list[Part]:
        person = self.people[who]
        meta = {"names": person.names, "in_record": person.in_record}
        title = f"{person.honorific}{self.dot}"
        if form == "email":
            return [(f"{_slug_name(person.first)}.{_slug_name(person.last)}@nhs.net", "EMAIL", None, False)]
        if form == "pemail":
            joiner = self.rng.choice((".", "_", ""))
            tail = self.rng.choice(("", str(self.rng.randint(1, 99))))
            local = f"{_slug_name(person.first)}{joiner}{_slug_name(person.last)}{tail}"
            return [(f"{local}@{self.rng.choice(MAIL_DOMAINS)}", "EMAIL", None, False)]
        if form == "poss":
            return [(f"{title} {person.last}", "PERSON", meta, False), ("'s", None, None, False)]
        if form == "init":
            code = self._initials(who)
            if code is not None:
                text = "".join(f"{ch}." for ch in code) if self.init_dots else code
                return [(text, "PERSON", meta, False)]
            form = "initl"
        initial = _fold(person.first)[:1].upper()
        text = {
            "full": person.full,
            "first": person.first,
            "last": person.last,
            "title": f"{title} {person.last}",
            "dr": f"{title} {person.last}",
            "tfull": f"{title} {person.full}",
            "initl": f"{initial}{'.' if self.init_dots else ''} {person.last}",
            "caps": f"{person.last.upper()}, {person.first}",
            "upper": person.full.upper(),
            "lower": person.full.lower(),
            "nick": person.nick or person.first,
        }[form]
        return [(text, "PERSON", meta, False)]

    # -- values ------------------------------------------------------------------------------

    def _ref(self, shape: str) -> str:
        out = shape.replace("{yy}", f"{self.event.year % 100:02d}")
        for size in (6, 5, 4):
            digits = "".join(str(self.rng.randint(0, 9)) for _ in range(size))
            out = out.replace(f"{{n{size}}}", digits)
        return out

    def _date(self, day: date, mode: str) -> str:
        # An event date carries a year only when it is not earlier than the last one written
        # with a year, so dates with a year never run backwards in a text.
        if mode == "free":
            mode = "year" if day >= self.last_dated and self.rng.random() < 0.55 else "short"
        elif mode == "year" and day < self.last_dated:
            mode = "short"
        forms = _year_forms(day) if mode == "year" else _short_forms(day)
        text = self.rng.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]
        if mode == "year":
            self.last_dated = max(self.last_dated, day)
        return text

    def _untracked(self, day: date) -> str:
        # a date of birth or a letter's own date; always with the whole year, as "63" would
        # read as 2063
        forms = [(f, w) for f, w in _year_forms(day) if str(day.year) in f]
        return self.rng.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]

    def _age(self) -> list[Part]:
        n, rng = self.age, self.rng
        label = "AGE" if n > 89 else None
        if label and rng.random() < 0.25:
            words = _words(n)
            if rng.random() < 0.5:
                return [("aged ", None, None, False), (words, label, None, False)]
            return [(words, label, None, False), (" years old", None, None, False)]
        before, after = rng.choice(("aged {}", "{} years old", "{}yo", "{} y/o", "{} yrs", "aged {}")).split("{}")
        return [(before, None, None, False), (str(n), label, None, False), (after, None, None, False)]

    def _address(self, block: bool) -> list[Part]:
        line, place, town, code = self.line, self.locality, self.town, self.postcode
        if block:
            return [(f"{line}\n{place}\n{town}", "ADDRESS", None, False), ("\n", None, None, False),
                    (code, "POSTCODE", None, False)]  # fmt: skip
        form = self.rng.choice(("comma", "comma", "upper", "plain", "short", "lower"))
        if form == "upper":
            value, sep = f"{line}, {place}, {town}".upper(), " "
        elif form == "plain":
            value, sep, code = f"{line.replace(',', '')} {place} {town}", " ", code.replace(" ", "")
        elif form == "short":
            value, sep = f"{line}, {town}", ", "
        elif form == "lower":
            value, sep, code = f"{line}, {place}, {town}", " ", code.lower()
        else:
            value, sep = f"{line}, {place}, {town}", ", "
        return [(value, "ADDRESS", None, False), (sep, None, None, False), (code, "POSTCODE", None, False)]

    def _phone(self) -> str:
        code, local, ext = self.code, self.local, self.ext
        spaced = f"{local[:3]} {local[3:]}"
        return self.rng.choice(
            (
                f"{code} {local}", f"({code}) {local}", f"{code} {spaced}", f"{code}-{local}",
                f"{code}{local}", f"+44 {code[1:]} {local}", f"+44 (0){code[1:]} {local}",
                f"+44 (0) {code[1:]} {spaced}", f"({code}) {spaced}", f"{code} {local} ext {ext}",
                f"{code} {local} x{ext}", f"({code}) {local} ext {ext}", f"+44 {code[1:]} {spaced}",
                f"+44{code[1:]}{local}", f"{code} {local[:2]} {local[2:4]} {local[4:]}",
            )
        )  # fmt: skip

    def _mobile(self) -> str:
        tail = self.mob_tail
        return self.rng.choice(
            (
                f"07700 900{tail}", f"07700900{tail}", f"+44 7700 900{tail}", f"07700 900 {tail}",
                f"+447700900{tail}", f"(07700) 900{tail}", f"0770 0900 {tail}",
                f"+44 (0)7700 900{tail}", f"07700-900-{tail}", f"+44-7700-900{tail}",
            )
        )  # fmt: skip

    def _time(self) -> str:
        hour, minute = self.rng.randint(0, 23), self.rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50, 55))
        return self.rng.choice(
            (
                f"{hour:02d}:{minute:02d}", f"{hour:02d}{minute:02d}hrs", f"{hour:02d}.{minute:02d}",
                f"{hour % 12 or 12}:{minute:02d}{'am' if hour < 12 else 'pm'}",
            )
        )  # fmt: skip

    def value(self, slot: str, mode: str) -> list[Part]:
        plain = {"rel": self.people["r"].role, "time": self._time(), "time2": self._time()}
        if slot in plain:
            return [(plain[slot], None, None, False)]
        if slot == "age":
            return self._age()
        if slot in ("addr", "addrb"):
            return self._address(slot == "addrb")
        if slot == "dob":
            return [(self._untracked(self.dob), "DATE", None, False)]
        if slot == "ldate" and mode == "letterhead":
            return [(self._untracked(self.ldate), "DATE", None, False)]
        days = {"date": self.event, "day": self.event, "prev": self.prev, "next": self.next,
                "later": self.later, "ldate": self.ldate}  # fmt: skip
        if slot in days:
            how = "short" if slot == "day" or mode == "short" else mode
            how = "year" if how == "letterhead" else how
            return [(self._date(days[slot], how), "DATE", None, False)]
        labelled = {
            "nhs": (self.nhs_text, "NHS_NUMBER"),
            "hosp": (self.hosp, "HOSPITAL_NUMBER"),
            "addr2": (f"{self.old_line}, {self.town}", "ADDRESS"),
            "ward": (self.ward, "LOCATION"),
            "ward2": (self.ward2, "LOCATION"),
            "home": (self.home, "LOCATION"),
            "street": (self.street, "LOCATION"),
            "hospital": (self.hospital, "ORGANISATION"),
            "hospital2": (self.hospital2, "ORGANISATION"),
            "trust": (self.trust, "ORGANISATION"),
            "gp": (self.gp, "ORGANISATION"),
            "council": (self.council, "ORGANISATION"),
            "prov": (self.prov, "ORGANISATION"),
            "ref": (self.refs[0], "ID"),
            "ref2": (self.refs[1], "ID"),
            "phone": (self._phone(), "PHONE"),
            "mob": (self._mobile(), "PHONE"),
            "email": (self.email, "EMAIL"),
            "email2": (self.email2, "EMAIL"),
            "url": (self.url, "URL"),
        }
        text, label = labelled[slot]
        return [(text, label, None, False)]

    # -- sentences and log lines ------------------------------------------------------------

    def render(self, template: str, mode: str) -> list[Part]:
        parts: list[Part] = []
        position = 0
        for match in _TOKEN.finditer(template):
            if match.start() > position:
                parts.append((template[position : match.start()], None, None, False))
            who, form, slot, term = match.groups()
            if who:
                parts += self.person(who, form)
            elif slot:
                parts += self.value(slot, mode)
            else:
                parts.append((term, None, None, True))
            position = match.end()
        if position < len(template):
            parts.append((template[position:], None, None, False))
        return parts

    def log_line(self, template: str) -> list[Part]:
        style, rng = self.style, self.rng
        if "{next}" in template and self.log_day < self.next:
            self.log_day = self.next  # the story has moved to the next day
            self.clock = rng.randint(7 * 60, 9 * 60)
        day = max(self.log_day, self.last_dated)
        self.log_day = self.last_dated = day
        stamp = day.strftime(style.stamp)
        stamp = stamp.upper() if "%b" in style.stamp else stamp
        self.clock = min(self.clock + rng.randint(3, 25), 23 * 60 + 55)
        clock = f"{self.clock // 60:02d}{':' if ':' in style.clock else ''}{self.clock % 60:02d}"
        # Lines are signed by the site's people, never by someone the line names.
        named = set(re.findall(r"\{(o\d)[fm]?\.", template))
        signers = [who for who in style.signs if who not in named] or list(style.signs)
        signer, form = rng.choice(signers), rng.choice(style.sign_forms)
        parts: list[Part] = []
        for piece in re.split(r"(\{stamp\}|\{clock\}|\{text\}|\{sign\})", style.topup):
            if piece == "{stamp}":
                parts.append((stamp, "DATE", None, False))
            elif piece == "{clock}":
                parts.append((clock, None, None, False))
            elif piece == "{text}":
                parts += self.render(template, "short")
            elif piece == "{sign}":
                parts += self.person(signer, form)
            elif piece:
                parts.append((piece, None, None, False))
        return parts


# ---------------------------------------------------------------------------------------------
# Narratives
# ---------------------------------------------------------------------------------------------

_SLOT_WORDS = {
    "addr": 7, "addrb": 6, "addr2": 5, "date": 3, "day": 2, "prev": 2, "next": 2, "later": 2,
    "ldate": 3, "dob": 3, "age": 2, "hospital": 3, "hospital2": 3, "trust": 6, "gp": 2,
    "council": 3, "prov": 3, "ward": 2, "ward2": 2, "home": 3, "street": 2, "phone": 2, "mob": 2,
}  # fmt: skip
_FORM_WORDS = {"full": 2, "tfull": 3, "title": 2, "dr": 2, "caps": 2, "upper": 2, "lower": 2, "initl": 2, "poss": 2}


def _estimate(template: str) -> int:
    words = 0

    def count(match: re.Match) -> str:
        nonlocal words
        who, form, slot, term = match.groups()
        if who:
            words += _FORM_WORDS.get(form, 1)
        elif slot:
            words += _SLOT_WORDS.get(slot, 1)
        else:
            words += len(term.split())
        return " "

    rest = _TOKEN.sub(count, template)
    return max(1, words + len(rest.split()) - 1)  # a slot beside punctuation is not a word


def _plan(rng: random.Random, style: Style) -> tuple[list[str], list[str], list[str]]:
    """The sentences of one text, in order: headers, body (core in order, with extras and
    top-ups placed after the second core sentence) and ending."""
    target = min(HIGH_WORDS - 60, max(LOW_WORDS + 40, round(rng.gauss(300, 22))))
    # a log line's stamp, clock and signature, as its shape spaces them
    per_line = len(style.topup.replace("{text}", "").split()) if style.register == "lines" else 0
    estimate = sum(_estimate(s) for s in (*style.headers, *style.endings))
    estimate += sum(_estimate(s) + per_line for s in style.core)
    extras = list(style.extras)
    rng.shuffle(extras)
    stop = rng.randint(15, 45)
    chosen = []
    for sentence in extras:
        cost = _estimate(sentence) + per_line
        if len(chosen) < 2 or estimate + cost <= target - stop:
            chosen.append(sentence)
            estimate += cost
    pool = list(_shared(style))
    rng.shuffle(pool)
    # letters and logs lean less on the generic top-ups: a log's short generic lines would
    # otherwise outnumber its own
    goal = target - {"letter": 20, "lines": 30}.get(style.register, 0)
    topups = []
    while pool and estimate < goal:
        sentence = pool.pop()
        topups.append(sentence)
        estimate += _estimate(sentence) + per_line
    body = list(style.core[2:])
    for sentence in (*chosen, *topups):
        body.insert(rng.randint(0, len(body)), sentence)
    return list(style.headers), [*style.core[:2], *body], list(style.endings)


def _paragraphs(rng: random.Random, body: list[str]) -> list[list[str]]:
    out, index = [], 0
    while index < len(body):
        size = rng.randint(2, 4)
        out.append(body[index : index + size])
        index += size
    return out


def _example_with_negatives(
    rng: random.Random, number: int, style: Style | None = None
) -> tuple[Example, list[tuple[int, int]]]:
    style = style or rng.choice(STYLES)
    headers, body, endings = _plan(rng, style)
    case = _Case(rng, style, [*headers, *body, *endings])
    parts: list[Part] = []

    def plain(text: str) -> None:
        parts.append((text, None, None, False))

    if style.register == "lines":
        for header in headers:
            parts.extend(case.render(header, "year"))
            plain("\n")
        for sentence in body:
            parts.extend(case.log_line(sentence))
            plain("\n")
    else:
        letter = style.register == "letter"
        for index, header in enumerate(headers):
            parts.extend(case.render(header, "letterhead" if letter and index == 0 else "year"))
            plain("\n\n" if letter else "\n")
        if not letter:
            plain("\n")
        for paragraph in _paragraphs(rng, body):
            for index, sentence in enumerate(paragraph):
                if index:
                    plain(" ")
                parts.extend(case.render(sentence, "free"))
            plain("\n\n")
    for ending in endings:
        parts.extend(case.render(ending, "free"))

    chunks: list[str] = []
    gold: list[GoldSpan] = []
    negatives: set[tuple[int, int]] = set()
    length = 0
    for text, label, meta, lookalike in parts:
        if label is not None:
            gold.append(GoldSpan(length, length + len(text), label, **(meta or {})))
        if lookalike:
            negatives.add((length, length + len(text)))
        chunks.append(text)
        length += len(text)
    text = "".join(chunks)
    for match in AGE_MENTION.finditer(text):  # young ages are tracked as look-alikes
        group = 1 if match.group(1) else 2
        if int(match.group(group)) <= 89:
            negatives.add(match.span(group))
    example = Example(
        id=f"{PREFIX}-{number:06d}", text=text, known=case.known, gold=tuple(gold), kind=style.name
    )
    return example, sorted(negatives)


def example(rng: random.Random, number: int, style: Style | None = None) -> Example:
    """One narrative drawn from `rng` (a style at random unless one is given)."""
    return _example_with_negatives(rng, number, style)[0]


def generate_with_negatives(count: int, seed: int = 1) -> Iterator[tuple[Example, list[tuple[int, int]]]]:
    """The examples of `generate`, each with the (start, end) of every look-alike written in
    and every age of 89 and under, none of which is gold."""
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:  # the 25 styles are dealt as a shuffled deck
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _example_with_negatives(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> list[Example]:
    return [example for example, _ in generate_with_negatives(count, seed)]
