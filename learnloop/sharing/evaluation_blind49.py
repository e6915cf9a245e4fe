"""A forty-ninth blind de-identification evaluation pack: vets, kennels, zoos and animal rescue.

Synthetic UK narratives with the gold span of every identifier, written without reading the
engine (see evaluation_blind49.md). The settings are new to the packs: veterinary practices and
a vet hospital, boarding kennels and a cattery, a zoo and a wildlife park, a pet shop, dog
groomers, riding stables and animal rescue, with a kennel booking export, a zoo keepers' daily
log, a vet hospital's in-patient sheet, a cattery care sheet, a rescue volunteers' chat and a
riding yard's diary. People come from Faker through the shared code and from the pack's own
lists: Shan (with "Sai" and "Nang" before a given name), Balinese, Fante, Mandinka and Ovambo.

The interface is pack 48's: ``generate(count, seed=1)``, ``example(rng, number, style=None)``,
``generate_with_negatives(count, seed=1)``, ``STYLES``, ``alternatives()``, ``LOOKALIKES``.
Everything is plain Python; only the shared helpers of ``evaluation`` are imported.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
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

PREFIX = "blind49"
LOW_WORDS = 200
HIGH_WORDS = 480
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# ---------------------------------------------------------------------------------------------
# Places: town -> (postcode district, dialling code, area word, council, council web domain)
# ---------------------------------------------------------------------------------------------

_POWYS = ("Powys County Council", "powys.gov.uk")
_GWYNEDD = ("Gwynedd Council", "gwynedd.llyw.cymru")
_ANGLESEY = ("Isle of Anglesey County Council", "anglesey.gov.wales")
_CEREDIGION = ("Ceredigion County Council", "ceredigion.gov.uk")
_ABERDEENSHIRE = ("Aberdeenshire Council", "aberdeenshire.gov.uk")
_HIGHLAND = ("Highland Council", "highland.gov.uk")
_SUFFOLK = ("Mid Suffolk District Council", "midsuffolk.gov.uk")
_TEIGNBRIDGE = ("Teignbridge District Council", "teignbridge.gov.uk")
_CORNWALL = ("Cornwall Council", "cornwall.gov.uk")
TOWN_INFO = {
    "Reepham": (
        "NR10", "01603", "Upper Wensum", "Broadland District Council",
        "southnorfolkandbroadland.gov.uk",
    ),
    "Debenham": ("IP14", "01728", "Deben Head", *_SUFFOLK),
    "Needham Market": ("IP6", "01449", "Gipping Vale", *_SUFFOLK),
    "Hadleigh": ("IP7", "01473", "Brett Vale", "Babergh District Council", "babergh.gov.uk"),
    "Tiptree": ("CO5", "01621", "Blackwater Marsh", "Colchester City Council", "colchester.gov.uk"),
    "Wirksworth": (
        "DE4", "01629", "Ecclesbourne Vale", "Derbyshire Dales District Council",
        "derbyshiredales.gov.uk",
    ),
    "Eccleshall": ("ST21", "01785", "Sow Vale", "Stafford Borough Council", "staffordbc.gov.uk"),
    "Presteigne": ("LD8", "01544", "Lugg Vale", *_POWYS),
    "Talgarth": ("LD3", "01874", "Black Mountains", *_POWYS),
    "Llandrindod Wells": ("LD1", "01597", "Ithon Vale", *_POWYS),
    "Porthmadog": ("LL49", "01766", "Glaslyn Estuary", *_GWYNEDD),
    "Nefyn": ("LL53", "01758", "Lleyn Coast", *_GWYNEDD),
    "Amlwch": ("LL68", "01407", "Parys Mountain", *_ANGLESEY),
    "Llangefni": ("LL77", "01248", "Cefni Vale", *_ANGLESEY),
    "Llangollen": (
        "LL20", "01978", "Dee Gorge", "Denbighshire County Council", "denbighshire.gov.uk",
    ),
    "Chirk": ("LL14", "01691", "Ceiriog Vale", "Wrexham County Borough Council", "wrexham.gov.uk"),
    "Tregaron": ("SY25", "01974", "Cors Caron", *_CEREDIGION),
    "Aberaeron": ("SA46", "01545", "Aeron Vale", *_CEREDIGION),
    "Kidwelly": (
        "SA17", "01554", "Gwendraeth Estuary", "Carmarthenshire County Council",
        "carmarthenshire.gov.wales",
    ),
    "Ellon": ("AB41", "01358", "Ythan Vale", *_ABERDEENSHIRE),
    "Mintlaw": ("AB42", "01771", "Buchan Plain", *_ABERDEENSHIRE),
    "Portsoy": ("AB45", "01261", "Durn Coast", *_ABERDEENSHIRE),
    "Dufftown": ("AB55", "01340", "Fiddich Glen", "Moray Council", "moray.gov.uk"),
    "Grantown-on-Spey": ("PH26", "01479", "Strathspey", *_HIGHLAND),
    "Comrie": ("PH6", "01764", "Earn Glen", "Perth and Kinross Council", "pkc.gov.uk"),
    "Killin": ("FK21", "01567", "Loch Tay Head", "Stirling Council", "stirling.gov.uk"),
    "Lochgilphead": ("PA31", "01546", "Knapdale", "Argyll and Bute Council", "argyll-bute.gov.uk"),
    "Cumnock": ("KA18", "01290", "Lugar Water", "East Ayrshire Council", "east-ayrshire.gov.uk"),
    "Sanquhar": (
        "DG4", "01659", "Upper Nithsdale", "Dumfries and Galloway Council", "dumgal.gov.uk",
    ),
    "Coldstream": ("TD12", "01890", "Tweed Haugh", "Scottish Borders Council", "scotborders.gov.uk"),
    "Haddington": ("EH41", "01620", "Tyne Vale", "East Lothian Council", "eastlothian.gov.uk"),
    "Cupar": ("KY15", "01334", "Howe of Fife", "Fife Council", "fife.gov.uk"),
    "Tain": ("IV19", "01862", "Morangie", *_HIGHLAND),
    "Gairloch": ("IV21", "01445", "Wester Ross", *_HIGHLAND),
    "Helmsdale": ("KW8", "01431", "Strath Ullie", *_HIGHLAND),
    "Corbridge": ("NE45", "01434", "Tynedale", "Northumberland County Council", "northumberland.gov.uk"),
    "Tuxford": ("NG22", "01777", "Trent Clay", "Bassetlaw District Council", "bassetlaw.gov.uk"),
    "Bawtry": ("DN10", "01302", "Idle Carrs", "City of Doncaster Council", "doncaster.gov.uk"),
    "Moretonhampstead": ("TQ13", "01647", "Wray Valley", *_TEIGNBRIDGE),
    "Buckfastleigh": ("TQ11", "01364", "Dart Moorgate", *_TEIGNBRIDGE),
    "Modbury": ("PL21", "01548", "Erme Vale", "South Hams District Council", "southhams.gov.uk"),
    "Camelford": ("PL32", "01840", "Camel Head", *_CORNWALL),
    "Callington": ("PL17", "01579", "Tamar Edge", *_CORNWALL),
    "Malmesbury": ("SN16", "01666", "Avon Head", "Wiltshire Council", "wiltshire.gov.uk"),
    "Painswick": ("GL6", "01452", "Slad Valley", "Stroud District Council", "stroud.gov.uk"),
    "Winchcombe": ("GL54", "01242", "Isbourne Vale", "Tewkesbury Borough Council", "tewkesbury.gov.uk"),
    "Charlbury": (
        "OX7", "01608", "Evenlode Vale", "West Oxfordshire District Council", "westoxon.gov.uk",
    ),
    "Watlington": (
        "OX49", "01491", "Chiltern Scarp", "South Oxfordshire District Council", "southoxon.gov.uk",
    ),
    "Henfield": ("BN5", "01273", "Woods Mill Levels", "Horsham District Council", "horsham.gov.uk"),
    "Lenham": ("ME17", "01622", "Len Valley", "Maidstone Borough Council", "maidstone.gov.uk"),
}  # fmt: skip
LOCALITIES = {
    "Reepham": ("Salle", "Cawston"), "Debenham": ("Aspall", "Kenton"),
    "Needham Market": ("Creeting St Mary", "Badley"), "Hadleigh": ("Layham", "Aldham"),
    "Tiptree": ("Tolleshunt Knights", "Messing"), "Wirksworth": ("Bolehill", "Cromford"),
    "Eccleshall": ("Croxton", "Slindon"), "Presteigne": ("Kinnerton", "Discoed"),
    "Talgarth": ("Bronllys", "Llanfilo"), "Llandrindod Wells": ("Howey", "Crossgates"),
    "Porthmadog": ("Tremadog", "Borth-y-Gest"), "Nefyn": ("Morfa Nefyn", "Edern"),
    "Amlwch": ("Penysarn", "Llaneilian"), "Llangefni": ("Rhosmeirch", "Talwrn"),
    "Llangollen": ("Pentredwr", "Froncysyllte"), "Chirk": ("Pontfadog", "Glyn Ceiriog"),
    "Tregaron": ("Llanddewi Brefi", "Bronant"), "Aberaeron": ("Ciliau Aeron", "Llanon"),
    "Kidwelly": ("Mynyddygarreg", "Ferryside"), "Ellon": ("Auchnagatt", "Logierieve"),
    "Mintlaw": ("Longside", "Old Deer"), "Portsoy": ("Sandend", "Glassaugh"),
    "Dufftown": ("Glenrinnes", "Maggieknockater"), "Grantown-on-Spey": ("Nethy Bridge", "Dulnain Bridge"),
    "Comrie": ("St Fillans", "Dalginross"), "Killin": ("Ardeonaig", "Morenish"),
    "Lochgilphead": ("Ardrishaig", "Cairnbaan"), "Cumnock": ("Lugar", "Netherthird"),
    "Sanquhar": ("Kirkconnel", "Wanlockhead"), "Coldstream": ("Birgham", "Leitholm"),
    "Haddington": ("Garvald", "Athelstaneford"), "Cupar": ("Ceres", "Pitscottie"),
    "Tain": ("Edderton", "Inver"), "Gairloch": ("Poolewe", "Badachro"),
    "Helmsdale": ("Portgower", "Kildonan"), "Corbridge": ("Aydon", "Riding Mill"),
    "Tuxford": ("Egmanton", "Laxton"), "Bawtry": ("Austerfield", "Misson"),
    "Moretonhampstead": ("North Bovey", "Lustleigh"), "Buckfastleigh": ("Buckfast", "Scorriton"),
    "Modbury": ("Aveton Gifford", "Ugborough"), "Camelford": ("St Teath", "Davidstow"),
    "Callington": ("Kelly Bray", "Stoke Climsland"), "Malmesbury": ("Crudwell", "Brokenborough"),
    "Painswick": ("Sheepscombe", "Pitchcombe"), "Winchcombe": ("Greet", "Gretton"),
    "Charlbury": ("Finstock", "Spelsbury"), "Watlington": ("Pyrton", "Britwell Salome"),
    "Henfield": ("Small Dole", "Partridge Green"), "Lenham": ("Harrietsham", "Charing"),
}  # fmt: skip
TOWNS = tuple((town, info[0], info[1]) for town, info in TOWN_INFO.items())
HOSP_FORMS = ("AA999999", "999A9999", "A99-99999")
TOWN_HOSP = {town: HOSP_FORMS[index % 3] for index, town in enumerate(TOWN_INFO)}

STREETS = ("Fetlock", "Pastern", "Withers", "Verdigris", "Bogbean", "Marshwort")
STREET_KINDS = ("Street", "Road", "Lane", "Close", "Row", "Terrace", "Crescent", "Walk")
WARDS = ("Hornbeam", "Guelder", "Dogrose", "Kingcup", "Sweetgale")
WARD_KINDS = ("Ward", "Ward", "Unit", "Ward")
HOMES = ("Amberglow House", "Spindleberry Court", "Hallowmead Lodge", "Warmhearth House")
PROVIDERS = ("Tenderfoot", "Kindlewood", "Gentlebrook", "Mossbank")
PROVIDER_KINDS = ("Home Care", "Care at Home", "Homecare Ltd", "Support at Home")
PRACTICES = ("Wayfaring", "Spurrey", "Stitchwort", "Moschatel")
PRACTICE_KINDS = ("Surgery", "Medical Practice", "Health Centre", "Medical Centre")
# Vet practices, kennels, catteries, zoos and yards: the business of a style's story.
BUSINESSES = ("Pawprint", "Tailwind", "Four Paws", "Whiskers", "Featherbank", "Hoofbeat")
BUSINESS_KINDS = (
    "Veterinary Centre", "Vet Clinic", "Kennels", "Animal Hospital", "Wildlife Park", "Boarding Cattery",
)  # fmt: skip
HOSPITAL_FORMS = (
    "{town} Community Hospital", "{county} General Hospital", "{town} War Memorial Hospital",
    "{county} District Infirmary",
)  # fmt: skip
TRUST_FORMS = (
    "{county} Hospitals NHS Trust", "{county} and {town} Health NHS Foundation Trust",
    "{county} Rural Health NHS Trust",
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Look-alikes: written in, never gold (each kind is tracked as negatives)
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "drug": (
        "benzylpenicillin", "pentobarbital", "medetomidine", "atipamezole", "fipronil",
        "praziquantel", "azithromycin", "itraconazole", "metronidazole", "nystatin",
        "rabies immunoglobulin", "rabies vaccine",
    ),
    "dose": (
        "two 100 mg capsules", "a 5 ml vial", "one 250 mg capsule", "a 10 ml vial",
        "a 0.3 ml dart", "two 250 mg capsules",
    ),
    "score": (
        "a Wound Bed Score of 11", "an Asthma Control Test of 14",
        "a Hand Injury Severity Score of 27", "a Brief Pain Inventory of 7", "an AUDIT-C of 8",
        "a Quick DASH of 45", "a Visual Analogue Scale of 8",
    ),
    "device": (
        "the crush cage", "the catch pole", "the clipper blade", "the cattle crush",
        "the anaesthetic machine", "the grooming table", "the cat basket", "the vivarium",
        "the microchip scanner", "the dart gun", "the kennel gate", "the hydrobath",
    ),
    "national": (
        "the Royal College of Veterinary Surgeons", "the British Veterinary Association",
        "the Animal and Plant Health Agency", "the Veterinary Medicines Directorate",
        "the Pet Industry Federation", "Dogs Trust", "the Zoological Society",
    ),
    "law": (
        "the Dangerous Dogs Act 1991", "the Veterinary Surgeons Act 1966",
        "the Dangerous Wild Animals Act 1976", "the Animal Boarding Establishments Act 1963",
        "the Riding Establishments Act 1964", "the Veterinary Medicines Regulations 2013",
        "the Pet Animals Act 1951",
    ),
    "eponym": (
        "Parinaud's syndrome", "Horner's syndrome", "Janeway lesions",
        "the Jarisch-Herxheimer reaction", "Gottron's papules", "Darwin's tubercle",
        "Lister's tubercle", "Bezold's abscess",
    ),
    "word": (
        "Kennel Assistant", "Animal Care Assistant", "Locum Vet", "Reptile Keeper",
        "Cattery Manager", "Rescue Coordinator", "Stable Hand", "Dog Warden", "Zoo Keeper",
        "Head Groomer", "Assistant Keeper", "Veterinary Surgeon",
    ),
    "bed": (
        "the prep room", "the isolation kennels", "the kennel block", "the consult room",
        "the reptile house", "the quarantine room", "the feed store", "the walk-through aviary",
        "the dog wash", "the cat ward", "the hay barn", "the paddock",
    ),
    "duration": (
        "during the nail clip", "through the morning clinic", "while the sedation took",
        "during the feed round", "through evening kennels", "until the vet arrived",
        "during the keeper talk", "through the bath and dry", "for the whole walk",
        "during the dental", "until the dart took",
    ),
}  # fmt: skip
NATIONAL = LOOKALIKES["national"]

# ---------------------------------------------------------------------------------------------
# People of the pack's own lists
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    # Shan given names are written after "Sai" (a man) or "Nang" (a woman), which stays with them.
    "Shan": {
        "F": ("Hom", "Noom", "Ngern", "Hseng", "Awn"),
        "M": ("Kham", "Mauk", "Htun", "Htee", "Hpa", "Sang"),
        "L": ("Leng", "Saing", "Oo", "Mong", "Wan", "Hsai"),
    },
    "Balinese": {
        "F": ("Wayan", "Nyoman", "Ketut", "Luh", "Kadek"),
        "M": ("Wayan", "Nyoman", "Ketut", "Gede", "Komang", "Putu"),
        "L": ("Sudarsana", "Suartika", "Wirawan", "Astawa", "Arsana", "Suarni", "Pradnyani",
              "Sukerti", "Widiantara", "Yasa"),
    },
    "Fante": {
        "F": ("Esi", "Araba", "Ekua", "Aba", "Adwoa", "Ekuwa"),
        "M": ("Kwesi", "Ekow", "Kobina", "Kweku", "Ebo", "Fiifi"),
        "L": ("Quansah", "Essien", "Amissah", "Eshun", "Ackah", "Baidoo", "Ghartey", "Quainoo",
              "Dadzie", "Aidoo", "Annan", "Hagan"),
    },
    "Mandinka": {
        "F": ("Fatoumata", "Isatou", "Mariama", "Binta", "Kaddy", "Haddy", "Awa", "Jainaba"),
        "M": ("Lamin", "Ebrima", "Bakary", "Sainey", "Kebba", "Ousman", "Alagie", "Momodou",
              "Dembo", "Karamo"),
        "L": ("Jammeh", "Ceesay", "Touray", "Darboe", "Sanneh", "Camara", "Konteh", "Drammeh",
              "Manneh", "Sonko", "Bojang", "Dibba", "Sillah", "Kanteh", "Jobarteh", "Kuyateh"),
    },
    "Ovambo": {
        "F": ("Ndapewa", "Ndahafa", "Tuyeni", "Nelago", "Ndinelago", "Panduleni"),
        "M": ("Tangeni", "Tuhafeni", "Hifikepunye", "Shafiishuna", "Helao", "Mandume"),
        "L": ("Shikongo", "Nghidinwa", "Iipumbu", "Haufiku", "Shilongo", "Nghipondoka", "Angula",
              "Hamutenya", "Amupolo", "Iyambo", "Nangolo"),
    },
}  # fmt: skip
OWN_FIRST = {sex: tuple(n for g in OWN_GROUPS.values() for n in g[sex]) for sex in "FM"}
OWN_LAST = tuple(n for g in OWN_GROUPS.values() for n in g["L"])
# Surnames that are English words of herding and the hunt, written alone now and then.
WORD_NAMES = (
    "Herdman", "Stockman", "Hogg", "Roebuck", "Badger", "Steer", "Hind", "Falconer",
)  # fmt: skip
ALL_WORD_NAMES = frozenset(WORD_NAMES)
NICKNAMES = {
    "Ebrima": ("Ebou",), "Isatou": ("Satou",), "Panduleni": ("Pandu",), "Komang": ("Mang",),
}  # fmt: skip
# A Shan given name follows "Sai" (men) or "Nang" (women); the pair is one given name here,
# written whole: "Sai Kham Leng", "LENG, Sai Kham", "sai kham leng", "Nang Hom".
PARTICLE_WORDS = ("Sai", "Nang")
PARTICLE_SEX = {"Sai": "M", "Nang": "F"}
PARTICLES = r"\b(?:Sai|Nang|SAI|NANG|sai|nang)[ _.-]"
PARTICLE_GROUPS = frozenset({"Shan"})
# Initials that read as an abbreviation: a person with these is written "J. Surname".
CLINICAL_INITIALS = frozenset(
    """AF AKI BD BP CD CT DM DNR EC ED FY GP HB HR ID IM IV MI MR MS NG OD OK OT PE PM PO PR
    QDS RN SC TB TDS UK UTI VF VT WC AM NO SO DO GO TO IT AS AT BE BY HE IF IN IS ME MY OF ON
    OR UP US WE CPR DOA ECG GCS ICU NHS PRN SOB TIA TTO ABC AND FOR THE BM RCVS BVA APHA VMD
    PIF RVN VN MRCVS DDA PEP RIG HIV ZSL ACT BPI VAS DASH HSE RTA VET PAT DOG CAT""".split()
)
NAME_FORMS = (
    "full first last title tfull dr tdr init ini caps upper lower nick email pemail poss fl "
    "semail login code6 uplast ldot handle"
).split()


def _fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value.casefold())
    return plain.encode("ascii", "ignore").decode()


def _forbidden() -> frozenset[str]:
    words: set[str] = set()
    sources = [t for terms in LOOKALIKES.values() for t in terms]
    for town, info in TOWN_INFO.items():
        sources += [town, info[2], info[3], *LOCALITIES[town]]
    sources += [*STREETS, *STREET_KINDS, *WARDS, *WARD_KINDS, *HOMES, *PROVIDERS]
    sources += [*PROVIDER_KINDS, *PRACTICES, *PRACTICE_KINDS, *HOSPITAL_FORMS, *TRUST_FORMS]
    sources += [*BUSINESSES, *BUSINESS_KINDS]
    sources += [*MONTHS, *WEEKDAYS]
    for source in sources:
        words |= {_fold(w) for w in re.findall(r"[^\W\d_]+", source) if len(w) > 2}
    return frozenset(words)


FORBIDDEN = _forbidden()
HONORIFIC_WORDS = frozenset({"mr", "mrs", "ms", "miss", "dr", "master"})

# ---------------------------------------------------------------------------------------------
# Numbers in words (ages over 89)
# ---------------------------------------------------------------------------------------------

_UNITS = "zero one two three four five six seven eight nine".split()


def _words(n: int) -> str:
    """An age in words, as written: 93 -> "ninety-three", 101 -> "one hundred and one"."""
    if 90 <= n < 100:
        return "ninety" if n == 90 else f"ninety-{_UNITS[n - 90]}"
    if n == 100:
        return "one hundred"
    if 100 < n < 110:
        return f"one hundred and {_UNITS[n - 100]}"
    return str(n)


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
    refs: tuple[str, str]  # "#" a digit, "@" a capital, "~" the two-digit year, "^" the year
    sex: str | None = None  # the patient's sex when the story fixes it
    old: bool = False
    child: bool = False
    provider: bool = False
    topup: str = ""  # lines: the line shape, with {stamp} {clock} {text} {user}
    stamp: str = ""  # lines: strftime format of the stamp date
    clock: str = "%H:%M"
    upper_stamp: bool = False
    sept: bool = False  # lines: September's short month word is written "Sept"
    signs: tuple[str, ...] = ()  # lines: who signs a line
    sign_form: str = "full"  # lines: the form a signer is written in (alternatives by "|")


def _style(name: str, register: str, what: str, block: str, refs: tuple[str, str], **kw) -> Style:
    parts: dict[str, list[str]] = {"H": [], "C": [], "X": [], "E": []}
    for line in block.strip().split("\n"):
        key, _, text = line.strip().partition(": ")
        parts[key].append(text.replace("¶", "\n"))
    return Style(
        name, register, what, tuple(parts["H"]), tuple(parts["C"]), tuple(parts["X"]),
        tuple(parts["E"]), refs, **kw,
    )  # fmt: skip


# fmt: off
STYLES = (
    _style(
        "vet_nurse_euthanasia_drug_needlestick_collapse_review", "prose",
        "review of a veterinary nurse who pricked her thumb with the needle of a put-to-sleep "
        "injection while holding a struggling dog, who went on with the clinic, and who "
        "collapsed in the car park an hour later",
        """
        H: Patient safety review {ref}: a needlestick with a veterinary drug, {date}
        H: Prepared for {trust} by {s1.tfull}, occupational health lead
        C: On {date} {p.full} ({age}) was holding an old dog in <<the consult room>> at {biz} while the <<Veterinary Surgeon>> {o1f.full} gave <<pentobarbital>> for a put-to-sleep.
        C: The dog pulled back, and the needle went into the base of {p.first}'s thumb with some of the drug still in the syringe, and <<the anaesthetic machine>> alarm going off behind her.
        C: {p.first} rinsed the thumb, said nothing to the practice owner, {o2m.full}, and worked on <<through the morning clinic>>.
        C: An hour later {p.first} was found slumped at the wheel in the car park, and at {hospital} {d.tdr} gave breathing support, with <<atipamezole>> ruled out as a dog drug, and kept {p.first} on {ward} overnight.
        C: No one had told the ambulance crew which drug it was until <<the Veterinary Medicines Directorate>> leaflet was found in {p.first}'s bag.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, hospital number {hosp}, lives at {addr}.
        X: The practice logged the injury as {ref2} and told <<the Royal College of Veterinary Surgeons>> the next week.
        X: {p.first}'s {rel} rang {phone} from home and was told {p.first} was asleep <<until the vet arrived>> to give the drug's name.
        X: {o3f.full}, the receptionist, said the dog's owner had asked to stay in the room, so there was no second nurse to hold it, as <<the Veterinary Surgeons Act 1966>> allows.
        X: The ward nurse {o4m.full} noted <<Horner's syndrome>> on the left from an old neck operation, which was not new.
        E: Signed off at the trust's safety panel on {next} by {s2.tfull}.
        """,
        ("PSR-^-####", "VET~-####"), sex="F",
    ),
    _style(
        "dog_groomer_cat_scratch_armpit_lump_called_cancer_review", "prose",
        "review of a dog and cat groomer whose swollen armpit gland was sent on the cancer "
        "pathway for weeks before anyone asked about the cat that scratched her",
        """
        H: Incident review {ref}: a delayed diagnosis of cat scratch disease
        H: Patient: {p.full} ({age}), NHS number {nhs}
        C: In the spring {p.title}, who runs a grooming van, was scratched on the arm by a kitten on <<the grooming table>> <<during the nail clip>>.
        C: Three weeks later a painful lump grew in the armpit, and the GP at {gp}, {d2.tdr}, sent {p.first} on the two-week cancer pathway, with <<an AUDIT-C of 8>> noted in passing.
        C: On {date} the lump was biopsied at {hospital}, and {d.tdr} found the cat scratch germ, not cancer, with <<Parinaud's syndrome>> in one eye as well.
        C: {p.first} was given <<azithromycin>> and kept on {ward} for two nights when the lump burst and needed draining.
        C: No one had asked about work with animals until {p.first}'s {rel} mentioned the kitten to the <<Head Groomer>> at a second job.
        X: {p.caps}, born {dob}, hospital number {hosp}, gave a home address of {addr}.
        X: The trust logged the delay as {ref2}, and {p.first}'s business partner, {o1m.full}, kept the van going and changed <<the clipper blade>> for her.
        X: {p.first}'s {rel} rang {mob} most evenings and waited <<through the bath and dry>> of the last dog before driving in.
        X: {o2f.full}, the kitten's owner, said it came from a litter that had fleas and was treated with <<fipronil>> the week before.
        X: The surgical nurse {o3f.full} noted <<a Visual Analogue Scale of 8>> for pain before the drain went in.
        E: Closed after a meeting with the patient and {s2.tfull} on {next}.
        """,
        ("IR-^-####", "GRM~####"), sex="F",
    ),
    _style(
        "zoo_keeper_crushed_by_rhino_at_handling_gate_review", "prose",
        "review of a zoo keeper pinned against a gate by a rhino in the night quarters, who "
        "walked home with chest pain, and whose broken ribs and torn lung were found the next day",
        """
        H: Trauma review {ref}: a keeper injured in the night quarters, {hospital}
        H: Patient: {p.caps}, {age}; NHS number {nhs}
        C: On {date} {p.title} was moving a rhino into its night quarters at {biz} when the animal turned and pinned him against <<the kennel gate>> of the inner pen.
        C: The <<Assistant Keeper>> {o1f.full} opened the slide and he got out, saying he was winded and carrying on <<during the feed round>>.
        C: He drove home with chest pain and took <<two 100 mg capsules>> of a painkiller his {rel} kept for her back.
        C: The next morning he could not catch his breath, and at {hospital} {d.tdr} found four broken ribs and air around the lung and kept him on {ward} with a drain and <<two 250 mg capsules>> of an antibiotic a day.
        C: The handling area had been changed that winter, and the second keeper rule was not kept <<during the feed round>>, as {o2m.full} told the review.
        X: {p.tfull}, date of birth {dob}, hospital number {hosp}, lives at {addr}.
        X: The zoo logged the event as {ref2} under its licence and <<the Dangerous Wild Animals Act 1976>> rules for keepers.
        X: {p.first}'s {rel} rang {phone} and asked whether he should have been sent home from <<the feed store>> that night.
        X: {o3m.full}, the zoo's vet, said the rhino had been given <<medetomidine>> for a foot trim the week before and was restless.
        X: The ward nurse {o4f.full} noted <<a Brief Pain Inventory of 7>> and that he had a bruise the shape of the gate bars.
        E: Review closed by {s2.tfull} on {next}.
        """,
        ("TR-^-#####", "ZOO~-####"), sex="M",
    ),
    _style(
        "pet_shop_worker_parrot_fever_pneumonia_called_flu_review", "prose",
        "review of a pet shop worker whose fever and cough were called flu twice, who kept "
        "cleaning the bird cages, and who was found to have parrot fever with pneumonia",
        """
        H: Patient safety review {ref}: a missed diagnosis of psittacosis
        H: Patient: {p.full}, {age}; hospital number {hosp}
        C: In the week before {date} {p.title} cleaned out a cage of sick budgies in the stock area of {biz}, where the <<Animal Care Assistant>> {o1f.full} had bagged two dead birds.
        C: {p.first} had a fever and a dry cough, and the out-of-hours doctor called it flu, said to rest, and did not ask about the birds in <<the walk-through aviary>> at the shop.
        C: {p.first} went back to work <<through evening kennels>> of the boarding side and was called flu a second time by phone.
        C: On {date} {p.first} came to {hospital} breathless, and {d.tdr} found pneumonia, asked about birds, and started <<azithromycin>>; {p.first} was kept on {ward}.
        C: Tests showed parrot fever, and the shop's supplier was traced by <<the Animal and Plant Health Agency>>.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, home address {addr}.
        X: The health protection team logged the case as {ref2}, and the shop's owner, {o2m.full}, closed the bird room and told <<the Pet Industry Federation>>.
        X: {p.first}'s {rel} rang {phone} to ask whether the family had caught it, and was told to call if a fever started, as <<azithromycin>> could be given to them too.
        X: {o3f.full}, who works the till, had a cough too and saw her GP at {gp}, who gave <<one 250 mg capsule>> twice a day.
        X: The chest nurse {o4m.full} noted <<an Asthma Control Test of 14>> from {p.first}'s old inhaler card.
        E: Shared with the patient on {next} by {s2.tfull}.
        """,
        ("PSR-^-####", "HPT~####"),
    ),
    _style(
        "boarding_kennels_dog_bite_to_boy_face_review", "prose",
        "child review of a boy bitten on the face by a boarding dog when he went into its run "
        "at his family's friend's kennels, whose wound was closed too early, and who came back "
        "with an infection (child)",
        """
        H: Child safety review {ref}, children's plastic surgery service, {hospital}
        H: Child: {p.tfull}, date of birth {dob}, NHS number {nhs}
        C: On {date} {p.first}, who is {age}, followed a <<Kennel Assistant>> into a run at {biz}, and a boarding dog bit his cheek and lip.
        C: The kennel owner, {o1m.full}, held a towel on it in <<the prep room>> of the kennels, and his {rel} drove him to the minor injuries unit.
        C: There the cut was closed with glue and strips, and no antibiotic was given, as {d2.tdr} thought the bite was clean after <<the hydrobath>> hose had rinsed it.
        C: Two days later the cheek was hot and swollen, and at {hospital} {d.tdr} opened the wound, washed it out under a general anaesthetic and gave <<benzylpenicillin>> on {ward}.
        C: The dog had no history of biting, but <<the Animal Boarding Establishments Act 1963>> licence said no children in the runs, as {o2f.full} told the review.
        X: The family live at {addr}; his hospital number is {hosp}, and his {rel}'s mobile is {mob}.
        X: The council's animal licensing officer logged the bite as {ref2} and visited <<the kennel block>> the next day.
        X: {p.first}'s {rel} said the dog had been kept in <<the isolation kennels>> for a cough the week before.
        X: His school nurse {s1.full} was told, so his teacher knows about the scar, the dressings and <<the Jarisch-Herxheimer reaction>> leaflet sent home by mistake.
        X: {o3f.full}, the dog's owner, sent its vaccine card, and the vet {o4m.full} confirmed <<rabies vaccine>> for travel the year before.
        E: Reviewed by the named nurse for safeguarding, {s2.tfull}, on {next}.
        """,
        ("CSR-^-####", "KNL~-###"), sex="M", child=True,
    ),
    _style(
        "very_old_woman_pulled_over_by_rescue_greyhound_hip_review", "prose",
        "review of a very old woman pulled over by a newly adopted rescue greyhound when it saw "
        "a cat, who lay in the lane until a neighbour came, and whose broken hip was pinned late "
        "(old)",
        """
        H: Falls review {ref}, community nursing and {hospital}
        H: Patient: {p.caps}, {age}, NHS number {nhs}
        C: On {date} {p.title}, a very old woman, was walking a greyhound she had adopted from a rescue the month before, with the lead round her wrist, as she had done with her old dog on walks to <<the paddock>> gate.
        C: The dog saw a cat and lunged, and she fell on the lane and lay there until her neighbour {o1m.full} came by; the lead had been round her wrist <<for the whole walk>>.
        C: Her carer from {prov} had not been told about the dog, and the rescue's <<Rescue Coordinator>> {o2f.full} had not visited the house.
        C: At {hospital} {d.tdr} found a broken hip, but theatre was put off twice, and she waited on {ward} for three days with <<a Visual Analogue Scale of 8>> for pain.
        C: She takes <<one 250 mg capsule>> of a bone drug and has <<Darwin's tubercle>> on both ears, noted by the junior doctor for no reason.
        X: {p.tfull}, date of birth {dob}, hospital number {hosp}, lives at {addr}; she is {age}.
        X: The community team logged the fall as {ref2}, and the rescue has asked <<Dogs Trust>> for advice on older adopters.
        X: Her {rel} rang {phone} and was told she was waiting <<until the vet arrived>>, which was a mix-up with the dog.
        X: Her GP at {gp}, {d2.tdr}, said she had fallen once before on the ice and lives alone, with <<Gottron's papules>> on her knuckles from a muscle illness.
        X: {o3f.full}, who fosters dogs for the same rescue, took the greyhound to <<the kennel block>> at the rescue while she was in.
        E: Review agreed and closed by {s2.tfull} on {next}.
        """,
        ("FALL-^-####", "RSC~####"), sex="F", old=True, provider=True,
    ),
    _style(
        "private_reptile_keeper_viper_bite_antivenom_delay_review", "prose",
        "review of a man bitten on the hand by a venomous snake he kept at home under licence, "
        "whose swelling spread up the arm while antivenom was found at another hospital",
        """
        H: Toxicology review {ref}: a snake bite and a wait for antivenom
        H: Patient: {p.full} ({age}), NHS number {nhs}
        C: On {date} {p.title} was cleaning <<the vivarium>> he keeps at home when a viper struck his hand.
        C: He rang 999 and read the species from the licence, which he holds under <<the Dangerous Wild Animals Act 1976>>, to the call handler.
        C: At {hospital} {d.tdr} saw the hand swell past the wrist and rang the poisons service, and antivenom was sent by police car from {hospital2}, and a zoo vet offered <<the dart gun>> kit, which was no use.
        C: The antivenom came four hours after the bite, and he was kept on {ward} with the arm raised and <<a 10 ml vial>> given twice.
        C: He had been taught to use <<the catch pole>> by the <<Reptile Keeper>> {o1m.full} at a club, but was alone that night.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}.
        X: The hospital logged the delay as {ref2}, and the council's licence officer, {o2f.full}, visited the next week and checked <<the reptile house>> at the club too.
        X: His {rel} rang {phone} and asked whether the other snakes in <<the reptile house>> at the club were safe to feed.
        X: {o3m.full}, a friend who keeps lizards, drove over and put the snake back in its box with a hook, as the <<Reptile Keeper>> had shown him.
        X: The ward nurse {o4f.full} noted <<a Hand Injury Severity Score of 27>> and blistering over two fingers.
        E: Closed on {next} after {p.first} met {s2.tfull}.
        """,
        ("TOX-^-#####", "DWA~####"), sex="M",
    ),
    _style(
        "stable_hand_kicked_by_horse_spleen_bleed_review", "prose",
        "review of a stable hand kicked in the side by a horse in its stable, who finished the "
        "evening feeds, and who was found to be bleeding from the spleen that night",
        """
        H: Trauma review {ref}, {hospital}
        H: Patient named in this review: {p.full} ({age}), NHS number {nhs}
        C: On {date} {p.title} was picking out a horse's hind feet at {biz} when it kicked out and caught {p.first} under the left ribs, next to <<the grooming table>> by the door.
        C: The <<Stable Hand>> {o1f.full} sat {p.first} on a bale in <<the hay barn>>, and {p.first} said it was only bruised.
        C: {p.first} finished the feeds <<during the feed round>> and drove home, where {p.first}'s {rel} found {p.first} pale and dizzy on the sofa.
        C: At {hospital} {d.tdr} found a torn spleen with blood in the belly, and {p.first} went to theatre and then to {ward}, with <<a Brief Pain Inventory of 7>> the next day.
        C: The yard's first aid book said to send anyone kicked in the body to hospital, and the yard is licensed under <<the Riding Establishments Act 1964>>.
        X: {p.caps}, born {dob}, hospital number {hosp}, gave the yard a home address of {addr}.
        X: The yard owner, {o2m.tfull}, said the kick was logged as {ref2}, and that the horse had been in <<the paddock>> all day on its own.
        X: {p.first}'s {rel} rang {mob} and was told {p.first} was in theatre <<until the vet arrived>> for the horse, which was a muddle of calls.
        X: The theatre nurse {o3m.full} noted <<Lister's tubercle>> was tender from an old wrist fall.
        X: {o4f.full}, who rides the horse, said it had been sore behind after shoeing and had been given <<praziquantel>> that week.
        E: Closed after a meeting with the patient and {s2.tfull} on {next}.
        """,
        ("TR-^-####", "YRD~####"),
    ),
    _style(
        "zoo_petting_barn_girl_scalp_ringworm_kerion_review", "prose",
        "child review of a girl whose scalp patch after a school trip to a zoo's petting barn "
        "was treated as impetigo, and which grew into a boggy swelling that left a bald patch "
        "(child)",
        """
        H: Child safety review {ref}, children's skin service, {hospital}
        H: Child: {p.tfull}, date of birth {dob}, NHS number {nhs}
        C: On {date} {p.first}, who is {age}, went with her class to {biz}, where the <<Zoo Keeper>> {o1f.full} let the children hold calves and guinea pigs.
        C: A scaly patch came up on her scalp, and her {rel} took her to the GP at {gp}, where {d2.tdr} gave a cream for impetigo <<through the morning clinic>> rush.
        C: The patch grew into a soft, weeping lump, and on the third visit she was sent to {hospital}, where {d.tdr} found a fungal kerion and noted <<Darwin's tubercle>> on one ear, which is harmless.
        C: She was given <<itraconazole>> by mouth and kept on {ward} for a night when the swelling spread to her neck glands.
        C: The keeper said the calves had been treated for ringworm the month before, and the barn was cleaned <<during the keeper talk>> only.
        X: The family live at {addr}; her hospital number is {hosp}, and her {rel}'s mobile is {mob}.
        X: The zoo's own reference is {ref2}, and its education officer, {o2m.tfull}, rang the school and <<the Zoological Society>> for advice.
        X: {p.first}'s {rel} said two other children in her class had itchy patches, and their parents were told by {o3f.full}, who checked the calves in <<the crush cage>>.
        X: The skin nurse {s1.full} noted that <<nystatin>> cream had been tried first, which does not treat ringworm.
        X: The barn has a hand-wash station by <<the walk-through aviary>>, but {o4m.full} said it ran out of soap that day.
        E: Reviewed by the named nurse for safeguarding, {s2.tfull}, on {next}.
        """,
        ("CSR-^-####", "EDU~-###"), sex="F", child=True,
    ),
    _style(
        "wildlife_rescuer_bat_bite_rabies_jabs_delay_review", "prose",
        "review of a wildlife rescue volunteer bitten by a grounded bat, who was turned away "
        "from a walk-in centre, and whose rabies jabs started nine days late",
        """
        H: Incident review {ref}: a delay to treatment after a bat bite
        H: Patient: {p.full}, aged {age} at the time, NHS number {nhs}
        C: On {date} {p.title}, a volunteer with {biz}, picked up a grounded bat without gloves, and it bit {p.first}'s finger <<during the feed round>> of the hedgehogs.
        C: The <<Rescue Coordinator>> {o1f.full} said bats in this country carry a rabies-like virus and to get jabs that day.
        C: The walk-in centre said there was nothing to see and sent {p.first} home, and no one rang the health protection team or read the <<Locum Vet>> note {p.first} brought.
        C: Nine days later, after {p.first}'s {rel} rang again, {d.tdr} at {hospital} gave <<rabies immunoglobulin>> and the first dose of <<rabies vaccine>>, and {p.first} spent a night on {ward}.
        C: The bat was tested by <<the Animal and Plant Health Agency>>, and the result came back after the jabs began.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, home address {addr}.
        X: The trust logged the event as {ref2}, and the rescue's chair, {o2m.full}, wrote to the walk-in centre and to <<the British Veterinary Association>>.
        X: {p.first}'s {rel} rang {mob} and asked whether the family needed jabs too, as the bat had been in a box in <<the quarantine room>> at home.
        X: The nurse {o3m.full} noted <<a Wound Bed Score of 11>> for the small bite, which had healed.
        X: {o4f.full}, another volunteer, had handled the bat with gloves and was offered <<rabies vaccine>> as well.
        E: The review was closed by {s2.tfull} after meeting {p.first} on {next}.
        """,
        ("IR-^-####", "BAT~-####"),
    ),
    _style(
        "very_old_man_cat_bite_thumb_tendon_sheath_infection_review", "prose",
        "review of a very old man bitten on the thumb by his own cat when he gave it a tablet, "
        "whose swollen thumb was left a day, and who needed a washout of the tendon sheath (old)",
        """
        H: Hand surgery review {ref}, {hospital}
        H: Patient: {p.caps}; age {age}; NHS number {nhs}
        C: On {date} {p.title}, a very old man, was giving his cat a worming tablet of <<praziquantel>> when it bit the base of his thumb.
        C: He washed it and put on a plaster, and his carer from {prov}, {o1f.full}, noted it in the book <<during the nail clip>> of his toenails but did not ring anyone.
        C: By the next evening the thumb was fat and he could not bend it, and his {rel} took him to {hospital}, where {d.tdr} found an infected tendon sheath and <<Janeway lesions>> were looked for, as he has a heart valve.
        C: He went to theatre for a washout and then to {ward} with <<benzylpenicillin>> by drip, and a splint for two weeks.
        C: He takes a blood thinner and had <<a Quick DASH of 45>> at the hand clinic six weeks later.
        X: {p.tfull}, date of birth {dob}, hospital number {hosp}, lives at {addr}; he is {age}.
        X: The care company logged the bite as {ref2}, and its manager, {o2m.full}, has written a note on pet bites for carers, with <<the Pet Animals Act 1951>> quoted wrongly.
        X: His {rel} rang {phone}, and the cat went to {biz} to be seen in <<the consult room>> while he was in.
        X: His GP at {gp}, {d2.tdr}, said he has diabetes, which makes bites more likely to go bad, and takes <<two 100 mg capsules>> of a sugar tablet.
        X: {o3m.full}, his neighbour, fed the cat and said the vet had asked for it to be kept in <<the cat basket>> for a day.
        E: The hand service closed this review on {next}; signed by {s2.tfull}.
        """,
        ("HND-^-####", "CAR~####"), sex="M", old=True, provider=True,
    ),
    _style(
        "boarding_kennels_booking_export_year_first_underscore_csv", "lines",
        "a boarding kennels' booking system export, as CSV with dates written as year, month "
        "and day joined by underscores, and staff written by their login of the first name's "
        "initial run into the surname in lower case, about a kennel assistant bitten on the "
        "forearm by a boarding dog",
        """
        H: Booking notes export {ref} for staff member {p.full}, {hosp}; pulled by {s1.full}
        H: note_date,time,note,login
        C: {p.first} takes a boarder out of <<the kennel block>> for its walk; dog tense at <<the kennel gate>>
        C: Dog turns and bites {p.first}'s forearm; <<Kennel Assistant>> on the next run helps
        C: Wound washed in <<the dog wash>> sink; deep holes; {p.first} sent to minor injuries
        C: {p.first} at {hospital}; {d.tdr} informs a deep bite; washed out and kept on {ward} for <<benzylpenicillin>>
        C: Dog put in <<the isolation kennels>> for ten days; owner told under <<the Dangerous Dogs Act 1991>>
        X: Accident book entry made in <<the feed store>> office; reference {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Run hosed and gate checked by {o1.last} <<through evening kennels>>
        X: {p.upper} ({age}), NHS {nhs}; had <<a 5 ml vial>> of tetanus booster the year before
        X: Home address from the staff file, kept in <<the prep room>>: {addr}
        E: Export run by {s2.full} on {ldate}
        """,
        ("KB-^-####", "ACC~####"),
        topup='{stamp},{clock},"{text}",{user}', stamp="%Y_%m_%d", clock="%H:%M",
        signs=("o3", "o4", "o5"), sign_form="login",
    ),
    _style(
        "zoo_keepers_daily_log_day_first_two_digit_year_hyphen_csv", "lines",
        "a zoo keepers' daily log, as CSV with dates written as day, month and a two-digit year "
        "between hyphens, and keepers written as a six-letter code of the surname's and the "
        "first name's first three letters in capitals, about a keeper caught by a stag's antlers "
        "in the deer paddock",
        """
        H: Keepers' daily log export {ref}; keeper {p.caps}, {hosp}
        H: log_date,time,entry,keeper
        C: {p.first} into <<the paddock>> with the hay; stag in rut and pacing the fence
        C: Stag charges; {p.first} caught on the thigh by an antler; <<Zoo Keeper>> gets him out
        C: Bleeding from the thigh; pressure held in <<the feed store>> while the crew comes
        C: Ambulance to {hospital}; {d.tdr} informs a deep wound to the thigh muscle; theatre tonight; <<benzylpenicillin>> given
        C: Stag darted by the vet with <<a 0.3 ml dart>> of <<medetomidine>>; paddock shut
        X: Zoo licence officer told; reference {ref2}; <<the Zoological Society>> guidance copied
        X: {p.first}'s {rel} phoned from {phone}; told {p.first} is on {ward}
        X: Blood on the gate cleaned by {o1.last} <<during the keeper talk>> hours
        X: {p.upper} ({age}), NHS {nhs}; stag reversed with <<atipamezole>> at dusk
        X: Home address on the keeper's file: {addr}
        E: Log exported by {s2.full} on {ldate}
        """,
        ("ZK-^-####", "DEER~####"),
        sex="M", topup='{stamp},{clock},"{text}",{user}', stamp="%d-%m-%y", clock="%H.%M",
        signs=("o3", "o4", "o5"), sign_form="code6",
    ),
    _style(
        "vet_hospital_inpatient_sheet_weekday_day_no_nought_table", "lines",
        "a vet hospital's in-patient sheet, pasted as a table with dates written as a short "
        "weekday, the day without a nought, the short month word and the year, and staff written "
        "as the surname in capitals and the first name's initial, about a veterinary nurse "
        "bitten by a dog waking from sedation",
        """
        H: In-patient sheet extract {ref}; staff member {p.full}, {hosp}
        H: | date | time | sheet entry | signed |
        C: Dog sedated for X-rays in <<the prep room>>; <<medetomidine>> given by the vet
        C: Dog not settled <<while the sedation took>>; wakes early and bites {p.first}'s hand
        C: {p.first}'s hand washed; two deep holes over the knuckle; <<Locum Vet>> sends her in
        C: {p.first} to {hospital}; {d.tdr} informs a bite into the joint; washout and {ward}; <<a 10 ml vial>> of antibiotic
        C: Dog reversed with <<atipamezole>> and muzzled before <<the anaesthetic machine>> is moved
        X: Practice owner told; incident ref {ref2}; <<the Royal College of Veterinary Surgeons>> to be told
        X: Call from {p.first}'s {rel} on {phone}; passed on that {p.first} is on {ward}
        X: Kennel cleaned by {o1.last} in <<the cat ward>> overflow
        X: {p.upper} ({age}), NHS {nhs}; <<a Hand Injury Severity Score of 27>> noted by the hand team
        X: Home address on the staff record: {addr}
        E: Sheet copied by {s2.full} on {ldate}
        """,
        ("IP-^-####", "VNB~####"),
        sex="F", topup="| {stamp} | {clock} | {text} | {user} |", stamp="%a %-d %b %Y",
        clock="%H:%M", signs=("o3", "o4", "o5"), sign_form="uplast",
    ),
    _style(
        "cattery_care_sheet_day_month_word_short_year_run_together_table", "lines",
        "a boarding cattery's daily care sheet, pasted as a table with dates written as the day, "
        "the short month word and a two-digit year run together, and staff written as the "
        "surname, a dot and the first name in lower case, about a girl bitten by a boarding cat "
        "while helping at her aunt's cattery (child)",
        """
        H: Care sheet {ref}; about {p.caps}, {hosp}
        H: | date | time | care note | by |
        C: {p.first} helping with breakfasts in <<the cat ward>>; boarder hissing in its pen
        C: {p.first} reaches in for the bowl; cat bites her hand; <<Cattery Manager>> washes it
        C: Hand red and puffy by teatime; {p.first} sent home <<during the feed round>>
        C: {p.first} to {hospital}; {d.tdr} informs an infected bite; <<benzylpenicillin>> by drip
        C: {p.first} kept on {ward} overnight; cat kept in <<the quarantine room>> for the vet
        X: Council licence officer told; ref {ref2}; <<the Pet Animals Act 1951>> not the right one
        X: Note: {p.first}'s {rel} rang {mob}; told {p.first} is on {ward}
        X: Pen cleaned and <<the cat basket>> scrubbed by {o1.full}
        X: {p.upper}; NHS {nhs}; had <<nystatin>> drops for a sore mouth last month, her aunt says
        X: Address from the helper's form, in <<the feed store>> drawer: {addr}
        E: Sheet copied by {s2.full} on {ldate}
        """,
        ("CT-^-####", "CTY~####"),
        sex="F", child=True, topup="| {stamp} | {clock} | {text} | {user} |", stamp="%d%b%y",
        clock="%H:%M", signs=("o3", "o4", "o5"), sign_form="ldot",
    ),
    _style(
        "animal_rescue_volunteers_chat_dotted_no_nought_date_thread", "lines",
        "an animal rescue's volunteers' chat, pasted with the day and month without noughts and "
        "the year between dots, a comma and the clock in square brackets, and volunteers written "
        "as lower-case handles of first name, a dot and surname, about a volunteer who fell "
        "from a ladder in the hay barn",
        """
        H: Chat export {ref}; about {p.full}; case {hosp}
        H: Group: rescue volunteers. Times as shown on the phone.
        C: {p.first} has come off the ladder in <<the hay barn>>; talking but can't move her leg
        C: Ambulance called; <<Rescue Coordinator>> with her; ponies shut in <<the paddock>>
        C: {p.first}'s {rel} on the way; someone do the 4pm <<during the feed round>> please
        C: {p.first} at {hospital}; {d.tdr} says broken ankle and wrist; on {ward}; <<Janeway lesions>> mentioned for some reason
        C: She was on <<metronidazole>> for a tooth, her {rel} says; doctors know
        X: Chair asks for {p.first}'s home address for the insurer: {addr}
        X: {p.first}'s {rel} asks for news on {phone}; accident ref {ref2}; <<Dogs Trust>> card in her coat
        X: <<the Pet Industry Federation>> insurance line rung about volunteers
        X: {p.first} said the ladder had a loose rung all week; told the chair <<for the whole walk>> round
        X: Her dogs walked by {o1.full} <<through evening kennels>>
        E: Export saved by {s2.full} on {ldate}
        """,
        ("CH-^-####", "VOL~####"),
        sex="F", topup="[{stamp}, {clock}] {user}: {text}", stamp="%-d.%-m.%Y",
        clock="%H:%M", signs=("o3", "o4", "o5"), sign_form="handle",
    ),
    _style(
        "riding_yard_diary_year_month_word_day_four_digit_clock", "lines",
        "a riding yard's diary, each line stamped with the year, the short month word and the "
        "day with spaces between and a four-digit clock, and the instructor in brackets at the "
        "end of the line as the surname in capitals and an initial or as initials, about a "
        "rider thrown from a pony onto a fence post",
        """
        H: Yard diary copy {ref}; rider {p.full}, {hosp}
        H: Yard diary, as written in the tack room; instructor at the end of each line.
        C: {p.first} on the grey for a jumping lesson; pony fresh after a week in <<the paddock>>
        C: Pony spooks at the tractor; {p.first} thrown onto a fence post; <<Stable Hand>> runs over
        C: {p.first} winded and sick; hat cracked; kept still on the sand <<until the vet arrived>> for the pony first
        C: Crew takes {p.first} to {hospital}; {d.tdr} informs a bleed on the brain and a broken collarbone; <<Horner's syndrome>> ruled out
        C: Pony checked and put in <<the crush cage>> stall for the farrier; lessons stopped
        X: Accident book started; ref {ref2}; <<the British Veterinary Association>> leaflet on fresh ponies pinned up
        X: {rel} of {p.first} rang, {phone}; told {p.first} went to {ward}
        X: Arena raked by {o1.full}; <<the cattle crush>> gate shut
        X: {p.upper} ({age}), NHS {nhs}; takes <<two 250 mg capsules>> a day, {p.first}'s {rel} says
        X: Home address from the rider's form: {addr}
        E: Diary copied by {s2.full} on {ldate}
        """,
        ("YD-^-####", "RYD~####"),
        topup="{stamp} {clock} {text} ({user})", stamp="%Y %b %d", clock="%H%M",
        signs=("o3", "o4", "o5"), sign_form="uplast|init",
    ),
    _style(
        "occupational_physician_vet_nurse_animal_allergy_asthma_gp_letter", "letter",
        "an occupational health physician writes to a veterinary nurse's GP about asthma brought "
        "on by animal dander at work, the attack that sent her in, and the changes at the practice",
        """
        H: {ldate}¶Occupational health, {hospital}¶Our ref: {ref}¶¶{d.tdr}¶{gp}
        H: Dear {d.tdr},
        C: I saw {p.tfull}, date of birth {dob}, after an asthma attack at work on {date}, when she was clipping a rabbit in <<the prep room>>.
        C: {p.first} works as a nurse at {biz}, where the <<Veterinary Surgeon>> {o1f.full} found her wheezing and gave her own inhaler before the ambulance came.
        C: Our tests show an allergy to rabbit and cat dander, and <<an Asthma Control Test of 14>> means her asthma is not under control.
        C: {p.first} was kept on {ward} for a night, and {d2.tdr} started a steroid inhaler and <<two 100 mg capsules>> of a steroid for five days.
        C: The practice has agreed that she will not work in <<the cat ward>> or with rabbits <<through the morning clinic>> for now.
        X: For your file, {p.first}'s address is {addrb}, and the NHS number on our record is {nhs}.
        X: Our hospital number is {hosp}; the practice's own reference is {ref2}, and {o2.full} there keeps the staff health file under <<the Veterinary Medicines Regulations 2013>> rules for drugs.
        X: {p.first}'s {rel}, {r.full}, came to the clinic and has the same advice in writing, with the leaflet from <<the British Veterinary Association>> on allergy.
        X: {p.first} is {age}, and I would be glad if you saw her again if the wheeze comes back after a shift at <<the hydrobath>>.
        X: Please write to me at {s1.email} or ring {phone}; {o3.last} in our office can help on most days.
        E: Yours sincerely,¶¶{s1.full}¶Consultant Occupational Physician
        """,
        ("OH/~/####", "PRC-####"), sex="F",
    ),
    _style(
        "vet_practice_owner_very_old_client_waiting_room_fall_son_letter", "letter",
        "a vet practice owner writes to a very old client's relative about her fall over a "
        "dog lead in the waiting room, the time she sat before help came, and her broken arm "
        "(old)",
        """
        H: {ldate}¶{biz}, {town}¶Our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.title},
        C: I am writing, as you asked, about {date}, when {p.full}, whose {rel} you are, tripped over a dog lead in our waiting room.
        C: Our <<Animal Care Assistant>>, {o1f.full}, helped her into a chair, and she sat with her cat in <<the cat basket>> <<through the morning clinic>>.
        C: When her arm swelled, our <<Veterinary Surgeon>> {o2m.full} rang for an ambulance, and she was taken to {hospital}.
        C: I understand that {d.tdr} found a broken arm near the shoulder and gave <<a 5 ml vial>> of pain relief, and she stayed on {ward}.
        C: I am sorry that the lead was left across the floor by another client in <<the consult room>> queue, and that we did not call sooner.
        X: Our records give her age as {age} and her date of birth as {dob}.
        X: The hospital gave us the number {hosp}; her carers from {prov} have been told.
        X: Our reference for your complaint is {ref2}, and {o3.full} from our insurers will ring you next week; <<the Royal College of Veterinary Surgeons>> has a copy.
        X: You can reach me on {phone}, or at {o4.semail}; {o4.full} looks after our bookings.
        X: A copy of this letter goes to her GP at {gp}, as you asked; her cat is boarding with us <<until the vet arrived>> back from leave.
        E: Yours sincerely,¶¶{s1.full}¶Practice owner
        """,
        ("VP/~/####", "INS-####"), sex="F", old=True, provider=True,
    ),
    _style(
        "wildlife_park_manager_goat_bite_visitor_partner_letter", "letter",
        "a wildlife park's manager writes in reply to a visitor's partner about a goat bite at "
        "the feeding fence, the first aid given, and the park's hand-washing rules",
        """
        H: {ldate}¶{biz}¶{town}¶Your letter; our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.title}
        C: Thank you for your letter about {p.full}, who was bitten on the hand at our feeding fence by <<the paddock>> on {date}, and who I understand became unwell.
        C: Our <<Zoo Keeper>>, {o1m.full}, says the goat was reaching for the feed bag <<during the keeper talk>>.
        C: I understand that {p.first} was seen at {hospital}, where {d.tdr} found an infected bite and gave <<azithromycin>> on {ward}.
        C: Our records show the hand-wash station by <<the walk-through aviary>> was full that morning, and I have sent them to the council.
        C: We work under our zoo licence and <<the Dangerous Wild Animals Act 1976>> does not cover goats, but the council visits each year.
        X: Our records give {p.first}'s date of birth as {dob}, from the annual pass.
        X: The hospital gave you the number {hosp}, and our reference for your letter is {ref2}.
        X: {o2.full}, our <<Assistant Keeper>>, will ring you next week, and can be reached at {o2.semail}.
        X: You can reach me on {phone}; {o3.last}, who gave first aid in <<the feed store>>, remembers {p.first} well.
        X: {p.first}'s address on our pass is {addr}, which I have used for the refund.
        E: Yours sincerely,¶¶{s1.full}¶Park manager
        """,
        ("WP/~/####", "PASS-####"),
    ),
    _style(
        "council_dog_warden_stray_dog_bites_hospital_email", "letter",
        "a council dog warden e-mails a hospital's emergency department about a stray dog that "
        "bit three people in one street, and the patient it bit first",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {email}¶Subject: stray dog bites, our ref {ref}
        H: Dear {d.tdr}
        C: I am the <<Dog Warden>> at {council}, and I write about {p.tfull}, who came to you with a dog bite on {date}.
        C: The dog was a stray that bit {p.first} on {street}, and it went on to bite two more people before I caught it with <<the catch pole>>.
        C: The dog had no chip on <<the microchip scanner>>, and {o1f.full} at the health protection team has the list of the people it bit.
        C: I understand that {d2.tdr} washed out the bite and gave <<benzylpenicillin>>, and that {p.first} is on {ward}.
        C: The dog is being kept in <<the isolation kennels>> at our pound under <<the Dangerous Dogs Act 1991>> while its owner is found.
        X: The details, for your records: {p.caps}, hospital number {hosp}, NHS number {nhs}, home address {addr}.
        X: {p.first}'s {rel} {r.full} rang our office on {phone} and asked whether the dog had been abroad and needed <<rabies immunoglobulin>>.
        X: Our case number is {ref2}, and {o2m.last} of our team took the dog's photo with <<the microchip scanner>> beside it for the owners' groups.
        X: Our page on stray dogs is at {url}, and we have asked the public to call us with sightings.
        X: I have copied this to {email2} and to the GP at {gp}, and told <<the Animal and Plant Health Agency>> as the dog may have come from overseas.
        E: Kind regards,¶{s1.full}¶Dog Warden
        """,
        ("DW-^-###", "CASE-######"),
    ),
    _style(
        "health_protection_nurse_pet_shop_rat_leptospirosis_email", "letter",
        "a health protection nurse e-mails a hospital's infection team about leptospirosis in a "
        "pet shop worker who cleaned out the pet rats, and the checks on the other staff",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {email}¶Subject: leptospirosis case, our ref {ref}
        H: Dear {d.tdr}
        C: I am a health protection nurse, and I write about {p.tfull}, who came to you with fever and yellow eyes on {date}, and whose leg cut was given <<a Wound Bed Score of 11>> by the practice nurse.
        C: {p.first} works at {biz}, where the <<Animal Care Assistant>> {o1f.full} says {p.first} cleaned the rat tanks without gloves <<through evening kennels>> of the boarding side.
        C: The shop's supplier is being traced, and {o2m.full} at <<the Animal and Plant Health Agency>> has the batch numbers of the rats.
        C: I understand that {d2.tdr} found leptospirosis, gave <<benzylpenicillin>> and saw <<the Jarisch-Herxheimer reaction>> after the first dose, and that {p.first} is on {ward}.
        C: We have asked the shop to stop selling rats until the tests come back, under <<the Pet Animals Act 1951>> licence.
        X: The details, for your records: {p.caps}, hospital number {hosp}, NHS number {nhs}, home address {addr}.
        X: {p.first}'s {rel} {r.full} rang our office on {phone} and asked whether the family's own rats were safe, as they had <<fipronil>> for mites.
        X: Our case number is {ref2}, and {o3m.last} of our team took samples from <<the feed store>>.
        X: The council's page on pet shop licences is at {url}.
        X: I have copied this to {email2} and to the GP at {gp}.
        E: Kind regards,¶{s1.full}¶Health Protection Nurse
        """,
        ("HP-^-###", "HPZ-######"),
    ),
    _style(
        "headteacher_wildlife_park_trip_egg_allergy_reaction_parent_letter", "letter",
        "a primary school headteacher writes to a boy's parents about an allergic reaction on a "
        "class trip to a wildlife park, after he fed the ducks with pellets that held egg, and "
        "the late pen (child)",
        """
        H: {ldate}¶Office of the headteacher, {town}¶Our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.first},
        C: I am writing, as you asked, about {p.full}, who had an allergic reaction on our class trip to {biz} on {date}.
        C: His class teacher, {o1f.full}, let the children feed the ducks with pellets bought at the gate, and no one read the label, which listed egg, while the <<Assistant Keeper>> was busy.
        C: He came out in hives and his lips swelled, and the <<Zoo Keeper>> on duty brought the first aid kit from <<the reptile house>>.
        C: His pen was in the coach, and the first dose was given late, so he was taken to {hospital}, where I understand {d.tdr} kept him on {ward} overnight; his spare pen was found later in <<the walk-through aviary>>.
        C: I have given you the park's leaflet and our new trip plan, which keeps pens with the child <<for the whole walk>> round.
        X: Our records give his date of birth as {dob} and his NHS number as {nhs}.
        X: The hospital gave us the number {hosp}; I understand he was given <<a 5 ml vial>> of a steroid by mouth.
        X: Our reference is {ref2}, and {o2.full} from the school office will ring you next week.
        X: You can reach me on {phone}, or the council's schools team at {email2}; his year lead is {o3.full}.
        X: A copy of this letter goes to his GP at {gp}, as you asked, with the note on <<nystatin>> the hospital made.
        E: Yours sincerely,¶¶{s1.full}¶Headteacher
        """,
        ("HT/~/####", "SCH-####"), sex="M", child=True,
    ),
    _style(
        "hand_surgery_registrar_horse_bite_finger_loss_gp_letter", "letter",
        "a hand surgery registrar writes to a patient's GP about a finger bitten by a horse over "
        "a stable door, the failed repair, and the loss of the fingertip",
        """
        H: {ldate}¶Hand surgery department, {hospital}¶Our ref: {ref}¶¶{d.tdr}¶{gp}
        H: Dear {d.dr},
        C: I write about {p.tfull}, date of birth {dob}, whose finger was bitten by a horse over a stable door on {date}.
        C: The horse is kept at {biz}, where the <<Stable Hand>>, {o1f.full}, wrapped the hand and drove {p.first} in.
        C: We repaired the finger that night, but the tip went dark after two days <<while the sedation took>> for the dressing change, and we removed it.
        C: I understand {d2.tdr} in our team saw {p.first} on {ward}, with <<a Quick DASH of 45>> at the last check.
        C: {p.first} takes <<metronidazole>> for a gum infection, which does not change our plan.
        X: For your records, {p.first} lives at {addrb}; the NHS number we hold is {nhs}.
        X: Our hospital number is {hosp}; the yard's reference is {ref2}, and {o2.full} there holds the accident book.
        X: {p.first}'s {rel}, {r.full}, has asked that letters go to the home address, not to the yard's <<Stable Hand>> office.
        X: {p.first} is {age}, and I would be glad if you saw {p.first} in a month about the stiffness and <<Lister's tubercle>> pain.
        X: Please write to me at {s1.email} or ring {phone}; {o3.last} in our office can help, and <<the British Veterinary Association>> has a leaflet on biting horses.
        E: Yours sincerely,¶¶{s1.full}¶Specialty Registrar
        """,
        ("HS/~/####", "YRD-####"),
    ),
    _style(
        "care_home_manager_very_old_resident_visiting_dog_fall_relative_email", "letter",
        "a care home manager e-mails a very old resident's relative about a fall over a visiting "
        "therapy dog in the lounge, the cut to her shin, and the hospital stay (old)",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {r.pemail}¶Subject: {p.first}, our ref {ref}
        H: Dear {r.first},
        C: I am so sorry about {p.first}, and as you asked I have written down what happened when the therapy dog visited on {date}.
        C: A visiting volunteer, {o1f.full}, brought her dog into the lounge, and {p.first} tripped over it on her way to the window, while the dog lay by <<the cat basket>> of the home's own cat.
        C: Our nurse {o2m.full} dressed a deep cut on her shin, but it bled through twice and she had a bump on her head; <<metronidazole>> was stopped.
        C: I understand that {d.tdr} found a skin flap that needed care and a small bleed, and kept her on {ward}.
        C: She takes a blood thinner and <<one 250 mg capsule>> of a bone drug, which the volunteer was not told about.
        X: For the hospital's form, her address here is {addr}, and her date of birth is {dob}; she is {age}.
        X: Her NHS number, from our file, is {nhs}, which I gave to the ward with her medicines.
        X: The dog visit was booked through {prov}, and their reference is {ref2}; they say <<Dogs Trust>> advises on therapy dogs.
        X: Our home is {home}, on {street}, and its phone is {phone}; the nurse in charge tonight is {o3.last}, and <<the Animal Boarding Establishments Act 1963>> does not apply to us.
        X: If it helps, my own number is {mob}; we have stopped all dog visits <<for the whole walk>> round the lounge until our review.
        E: With best wishes to her,¶{s1.full}¶Home Manager
        """,
        ("CH-~-##", "DV-####"), sex="F", old=True, provider=True,
    ),
)
# fmt: on

# Top-up sentences, one set per register: prose reviews, logs and letters.
SHARED = (
    "When the panel sat on {next}, {s2.full} reported that the practice had sent every record asked for.",
    "The family wanted the findings sent by e-mail, and {p.first}'s {rel} gave {p.pemail}.",
    "A short summary went to {gp}, as the patient agreed.",
    "{o5.full}, who was on the front desk <<through the morning clinic>> that day, gave a written account.",
    "The times were checked against the booking diary and the animal licence held by {council}.",
    "From the record, the patient's home address is {addr}.",
    "The panel thanked {o5.fl} for a frank account of the day.",
    "Anyone with questions about this review may write to {s2.email} or call the governance office on {phone}.",
    "{p.title} was given {ref2} to quote in any letter about the review.",
    "The findings went to {hospital2}, where a similar bite from <<the kennel block>> of another business had been seen.",
    "{o5.tfull}, a lay member of the panel, asked that <<the Royal College of Veterinary Surgeons>> be sent the findings.",
    "The lead nurse of {ward2} was told, as the patient had stayed there the winter before.",
    "The trust explains how it looks into harm at {url}.",
    "The business still held an old address, {addr2}; {o5.last} there has since corrected it.",
)  # fmt: skip
SHARED_LINES = (
    "{p.first}'s {rel} on the phone again for an update",
    "{s2.full} on call informed; nothing further tonight",
    "Reference {ref2} given out",
    "Details e-mailed to {gp}",
    "Voicemail left for {o5.full} on {mob}",
    "Open jobs handed to {s2.fl} at lock-up",
    "{hospital2} rang back: they have no record of this person",
    "Home address confirmed as {addr}",
    "Tried {p.title} for a welfare call: no answer <<through evening kennels>>",
    "Kit note: <<the clipper blade>> changed and disinfected by {o5.lower}",
    "Old address still on file: {addr2}; {o5.last} to change it",
)  # fmt: skip
SHARED_LETTER = (
    "{s2.full}, who leads on patient safety for {trust}, is copied into this letter.",
    "Should you wish to talk it through, I am on {phone}.",
    "When you reply, please quote our reference, {ref2}.",
    "{p.first}'s {rel} knows that I am writing to you.",
    "My thanks go to {o5.full}, who helped me gather the facts.",
    "This letter is kept on our file for {p.caps}.",
    "You can write to me at the address above, or to the hospital team at {email}.",
    "At the family's request, {gp} has a copy as well.",
    "I know {p.first} would welcome a call on {phone} or {mob}.",
    "As the family wished, we have also informed {council}.",
    "The council explains this on its page at {url}.",
    "An old record gave {p.first}'s address as {addr2}; {o5.last} has corrected it.",
)  # fmt: skip


def _shared(style: Style) -> tuple[str, ...]:
    if style.register == "letter":
        return SHARED_LETTER
    if style.register == "lines":
        return SHARED_LINES
    return SHARED


def alternatives() -> int:
    """The number of distinct sentence templates the pack draws from."""
    sentences = {*SHARED, *SHARED_LINES, *SHARED_LETTER}
    for style in STYLES:
        sentences |= {*style.headers, *style.core, *style.extras, *style.endings}
    return len(sentences)


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------


@dataclass
class Who:
    first: str
    last: str
    sex: str
    names: str  # listed / unlisted
    in_record: bool
    nicks: tuple[str, ...] = ()
    honorific: str = "Mr"
    doctor: bool = False

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


_NAME_OK = re.compile(r"[A-Z][a-z]+")


def _parts(name: str) -> list[str]:
    return [_fold(part) for part in re.split(r"[\s-]+", name) if part]


def _listed(first: str, last: str) -> str:
    listed = listed_names()
    parts = _parts(first) + _parts(last)
    return "listed" if all(part in listed for part in parts) else "unlisted"


def _own(rng: random.Random, sex: str) -> tuple[str, str, str]:
    name = rng.choice(sorted(OWN_GROUPS))
    group = OWN_GROUPS[name]
    first = rng.choice(group[sex])
    if name in PARTICLE_GROUPS:  # "Sai Kham", "Nang Hom": the particle opens the given name
        particle = next(word for word, of in PARTICLE_SEX.items() if of == sex)
        first = f"{particle} {first}"
    # A Shan "Kham" may end a name as well: a person is not given one name twice.
    surnames = [n for n in group["L"] if n not in first.split()]
    roll = rng.random()
    if roll < 0.25:
        last = rng.choice(WORD_NAMES)
        return first, last, _listed(first, last)
    if name not in PARTICLE_GROUPS and roll < 0.33:
        last = "-".join(rng.sample(surnames, 2))
    else:
        last = rng.choice(surnames)
    return first, last, _listed(first, last)


class _Case:
    """The facts one text is written from: its people, dates, places and numbers."""

    def __init__(self, rng: random.Random, style: Style, sentences: list[str]) -> None:
        self.rng = rng
        self.style = style
        self.has_record = rng.random() >= 0.12
        self.town = rng.choice(sorted(TOWN_INFO))
        info = TOWN_INFO[self.town]
        self.district, self.code, self.county, self.council, self.domain = info
        self.locality = rng.choice(LOCALITIES[self.town])
        self.used_parts: set[str] = set()
        hints: dict[str, str] = {}
        for sentence in sentences:
            for who, sex in re.findall(r"\{(o\d)([fm])\.", sentence):
                hints[who] = sex.upper()
        # Dates: the event day, one before, two after, and the letter's own date.
        self.day = date(2026, 1, 12) + timedelta(days=rng.randint(0, 420))
        self.prev = self.day - timedelta(days=rng.randint(3, 60))
        self.later = self.day + timedelta(days=rng.randint(1, 12))
        self.next = self.later + timedelta(days=rng.randint(3, 30))
        self.ldate = self.next + timedelta(days=rng.randint(1, 14))
        if style.child:
            years = rng.randint(4, 15)
        elif style.old:
            years = rng.randint(90, 104)
        else:
            years = rng.randint(19, 86)
        born = self.day.year - years - 1
        self.dob = date(born, 1, 1) + timedelta(days=rng.randint(0, 364))
        self.age = (
            self.day.year - self.dob.year - ((self.day.month, self.day.day) < (self.dob.month, self.dob.day))
        )  # fmt: skip
        self.people: dict[str, Who] = {}
        patient_sex = style.sex or rng.choice("FM")
        self.people["p"] = self._draw(patient_sex, kind="patient")
        self.people["r"] = self._draw(rng.choice("FM"), kind="relative")
        for who in ("s1", "s2"):
            self.people[who] = self._draw(rng.choice("FM"), kind="staff")
        for who in ("d", "d2"):
            self.people[who] = self._draw(rng.choice("FM"), kind="doctor")
        for index in range(1, 6):
            who = f"o{index}"
            self.people[who] = self._draw(hints.get(who) or rng.choice("FM"), kind="other")
        relation = {
            "F": ("daughter", "wife", "sister", "niece", "mother", "partner"),
            "M": ("son", "husband", "brother", "nephew", "father", "partner"),
        }
        if style.child:
            relation = {
                "F": ("mother", "aunt", "grandmother"),
                "M": ("father", "uncle", "grandfather"),
            }
        elif style.old:  # a very old patient's relative is of a younger generation or a spouse
            relation = {
                "F": ("daughter", "wife", "niece", "granddaughter"),
                "M": ("son", "husband", "nephew", "grandson"),
            }
        self.rel = rng.choice(relation[self.people["r"].sex])
        # Numbers and places.
        self.nhs = nhs_number(rng)
        shape = TOWN_HOSP[self.town]
        self.hosp = "".join(
            str(rng.randint(0, 9)) if ch == "9" else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
            if ch == "A" else ch
            for ch in shape
        )  # fmt: skip
        self.number = rng.randint(1, 148)
        self.flat = rng.randint(1, 24) if rng.random() < 0.2 else None
        self.street = f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
        inward = f"{rng.randint(0, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        self.postcode = f"{self.district} {inward}"
        self.other_street = f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
        self.wards = [f"{w} {rng.choice(WARD_KINDS)}" for w in rng.sample(WARDS, 2)]
        self.home = rng.choice(HOMES)
        self.named_street = f"{rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
        self.hospital = self._hospital(self.town)
        self.hospital2 = self._hospital(rng.choice([t for t in TOWN_INFO if t != self.town]))
        self.trust = rng.choice(TRUST_FORMS).format(town=self.town, county=self.county)
        self.gp = f"{rng.choice(PRACTICES)} {rng.choice(PRACTICE_KINDS)}"
        self.prov = f"{rng.choice(PROVIDERS)} {rng.choice(PROVIDER_KINDS)}"
        word = rng.choice(BUSINESSES)
        self.biz = f"{word} {rng.choice(BUSINESS_KINDS)}"
        self.biz_host = re.sub(r"[^a-z]+", "", _fold(word)) + rng.choice((".co.uk", ".com", ".uk"))
        self.refs = [self._ref(style.refs[0]), self._ref(style.refs[1])]
        slug = re.sub(r"[^a-z]+", "", _fold(self.town))
        self.host = f"nhs-{slug}.org.uk"
        self.email = rng.choice(["patientexperience", "governance", "pals", "safety.team"])
        self.email += f".{slug}@nhs.net"
        self.email2 = rng.choice(["customerservices", "contact", "enquiries", "info"])
        self.email2 += f"@{self.domain}"
        self.url = rng.choice(
            [f"www.{self.domain}/report-it", f"https://www.{self.domain}/contact-us",
             f"https://{self.host}/patients", f"www.{self.host}/complaints", f"{self.domain}"]
        )  # fmt: skip

    def _hospital(self, town: str) -> str:
        form = self.rng.choice(HOSPITAL_FORMS)
        return form.format(town=town, county=TOWN_INFO[town][2])

    def _ref(self, shape: str) -> str:
        rng = self.rng
        out = shape.replace("^", str(self.day.year)).replace("~", f"{self.day:%y}")
        return "".join(
            str(rng.randint(0, 9)) if ch == "#" else rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
            if ch == "@" else ch
            for ch in out
        )  # fmt: skip

    def _draw(self, sex: str, *, kind: str) -> Who:
        rng = self.rng
        for _ in range(200):
            if rng.random() < 0.45:
                person = _new_person(rng, sex=sex)
                first, last, names = person.first, person.last, person.names
                if not _NAME_OK.fullmatch(first) or "'" in last or " " in last:
                    continue
                if {first, last} & set(PARTICLE_WORDS):  # "Sai" is the particle here, not a name
                    continue
            else:
                first, last, names = _own(rng, sex)
            parts = set(_parts(first) + _parts(last))
            nicks = NICKNAMES.get(first, ())
            every = parts | {_fold(n) for n in nicks}
            if every & self.used_parts or {p for p in parts if len(p) > 2} & FORBIDDEN:
                continue
            if parts & HONORIFIC_WORDS:  # a surname "Master" would read as a title
                continue
            break
        self.used_parts |= every
        in_record = self.has_record and kind in ("patient", "relative")
        if kind == "doctor":
            honorific = "Dr"
        elif kind == "patient" and self.style.child:
            honorific = "Miss" if sex == "F" else "Master"
        elif sex == "M":
            honorific = "Mr"
        else:
            honorific = rng.choice(("Mrs", "Ms", "Miss", "Mrs"))
        return Who(first, last, sex, names, in_record, nicks, honorific, kind == "doctor")

    def known(self) -> dict:
        if not self.has_record:
            return {}
        line = f"{self.number} {self.street}"
        if self.flat:
            line = f"Flat {self.flat}, {line}"
        return {
            "names": [self.people["p"].full, self.people["r"].full],
            "nhs_number": f"{self.nhs[:3]} {self.nhs[3:6]} {self.nhs[6:]}",
            "date_of_birth": self.dob.isoformat(),
            "hospital_number": self.hosp,
            "address": f"{line}, {self.locality}, {self.town}, {self.postcode}",
        }


# ---------------------------------------------------------------------------------------------
# Writing a text
# ---------------------------------------------------------------------------------------------

_MON = tuple(m[:3] for m in MONTHS)
_WD = tuple(w[:3] for w in WEEKDAYS)
_TOKEN = re.compile(r"\{(\w+)\.(\w+)\}|\{(\w+)\}|<<(.+?)>>")
AGE_MENTION = re.compile(r"\bage[d]? (\d{1,3})\b|\b(\d{1,3})(?=yo\b| y/o| years old| yrs\b|y\b)")


def _with_year(d: date) -> list[tuple[str, int]]:
    month, mon, wd = MONTHS[d.month - 1], _MON[d.month - 1], d.weekday()
    return [
        (f"{ordinal(d.day)} {month} {d.year}", 5), (f"{d.day} {month} {d.year}", 4),
        (f"{d:%d/%m/%Y}", 5), (f"{d:%d/%m/%y}", 2), (f"{d.day}/{d.month}/{d.year}", 1),
        (f"{d.day}/{d.month}/{d:%y}", 1), (d.isoformat(), 2), (f"{d:%d.%m.%Y}", 1),
        (f"{d.day}.{d.month}.{d:%y}", 1), (f"{d.day} {mon} {d.year}", 2),
        (f"{d:%d}{mon.upper()}{d.year}", 1), (f"{d.day} {mon.upper()} {d.year}", 1),
        (f"{d:%d-%m-%Y}", 1), (f"{d.day}-{mon}-{d.year}", 1), (f"{month} {d.day}, {d.year}", 1),
        (f"{_WD[wd]} {d:%d/%m/%Y}", 1), (f"{WEEKDAYS[wd]} {d.day} {month} {d.year}", 1),
        (f"{WEEKDAYS[wd]} {ordinal(d.day)} {month} {d.year}", 1), (f"{ordinal(d.day)} {mon} {d.year}", 1),
        (f"{d.day} {month}, {d.year}", 1),
    ]  # fmt: skip


def _yearless(d: date) -> list[tuple[str, int]]:
    month, mon, wd = MONTHS[d.month - 1], _MON[d.month - 1], d.weekday()
    return [
        (f"{ordinal(d.day)} {month}", 5), (f"{d.day} {month}", 2), (f"the {ordinal(d.day)}", 2),
        (f"the {ordinal(d.day)} of {month}", 1), (f"{WEEKDAYS[wd]} the {ordinal(d.day)}", 1),
        (f"{_WD[wd]} {ordinal(d.day)} {mon}", 1), (f"{_WD[wd]} {d.day}/{d.month}", 1),
        (f"{month} {ordinal(d.day)}", 1), (f"{d:%d/%m}", 1), (f"{d.day} {mon}", 1),
        (f"{WEEKDAYS[wd]} {d.day} {month}", 1),
    ]  # fmt: skip


def _pick(rng: random.Random, forms: list[tuple[str, int]]) -> str:
    return rng.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]


def _slug(value: str) -> str:
    return re.sub(r"[^a-z-]+", "", _fold(value).replace(" ", "-"))


def _letters(value: str) -> str:
    return re.sub(r"[^a-z]+", "", _fold(value))


@dataclass
class _Text:
    """A text being written: its pieces, gold spans, look-alike spans and dated events."""

    case: _Case
    parts: list[str] = field(default_factory=list)
    length: int = 0
    gold: list[GoldSpan] = field(default_factory=list)
    negatives: list[tuple[int, int]] = field(default_factory=list)
    latest: date = date.min
    cap: date | None = None
    dot: bool = False
    dotted_initials: bool = False
    initials: dict[str, str] = field(default_factory=dict)

    def add(self, text: str, label: str | None = None, who: Who | None = None) -> None:
        if label is not None:
            meta = {}
            if label == "PERSON":
                meta = {"names": who.names, "in_record": who.in_record}
            self.gold.append(GoldSpan(self.length, self.length + len(text), label, **meta))
        self.parts.append(text)
        self.length += len(text)

    def look_alike(self, term: str) -> None:
        self.negatives.append((self.length, self.length + len(term)))
        self.add(term)

    def text(self) -> str:
        return "".join(self.parts)

    # -- dates ---------------------------------------------------------------------------------

    def date(self, day: date, *, yearless: bool = False) -> None:
        rng = self.case.rng
        allowed = day >= self.latest and (self.cap is None or day <= self.cap)
        if allowed and not yearless and rng.random() < 0.6:
            self.latest = day
            self.add(_pick(rng, _with_year(day)), "DATE")
        else:
            self.add(_pick(rng, _yearless(day)), "DATE")

    # -- people --------------------------------------------------------------------------------

    def honorific(self, who: Who) -> str:
        return who.honorific + ("." if self.dot else "")

    def person(self, key: str, form: str) -> None:
        case, rng = self.case, self.case.rng
        who = case.people[key]
        first = who.first
        if form == "first" and who.nicks and rng.random() < 0.5:
            first = rng.choice(who.nicks)
        if form == "nick":
            self.add(rng.choice(who.nicks) if who.nicks else who.first, "PERSON", who)
            return
        if form in ("email", "pemail", "semail"):
            self.add(self.email(who, form), "EMAIL")
            return
        if form == "init":
            letters = self.initials_of(key, who)
            if letters:
                self.add(letters, "PERSON", who)
                return
            form = "ini"
        if form == "ini" and not re.fullmatch(r"[A-Z]", who.first[0]):
            form = "full"
        named = who.last  # "Mr Leng": the title takes the last name, not "Sai Kham"
        value = {
            "full": who.full,
            "first": first,
            "last": who.last,
            "title": f"{self.honorific(who)} {named}",
            "tfull": f"{self.honorific(who)} {who.full}",
            "dr": f"{self.honorific(who)} {named}",
            "tdr": f"{self.honorific(who)} {who.full}",
            "ini": f"{who.first[0]}. {who.last}",
            "caps": f"{who.last.upper()}, {who.first}",
            "upper": who.full.upper(),
            "lower": who.full.lower(),
            "poss": who.full,
            "fl": f"{who.first} {who.last[0]}",
            "login": f"{_slug(who.first)[0]}{_slug(who.last)}".replace("-", ""),
            "code6": (_letters(who.last)[:3] + _letters(who.first)[:3]).upper(),
            "uplast": f"{who.last.upper()} {who.first[0]}",
            "ldot": f"{_slug(who.last)}.{_slug(who.first)}",
            "handle": f"{_slug(who.first)}.{_slug(who.last)}",
        }[form]
        self.add(value, "PERSON", who)
        if form == "poss":
            self.add("'s")

    def initials_of(self, key: str, who: Who) -> str | None:
        if key in self.initials:
            return self.initials[key]
        words = [*who.first.split(), *re.split(r"[\s-]+", who.last)]  # "Sai Kham Leng": SKL
        letters = "".join(p[0] for p in words if p)
        letters = letters.upper()[:4]
        taken = set(self.initials.values())
        if not re.fullmatch(r"[A-Z]{2,4}", letters) or letters in CLINICAL_INITIALS:
            return None
        if self.dotted_initials:
            letters = "".join(f"{ch}." for ch in letters)
        if letters in taken:
            return None
        self.initials[key] = letters
        return letters

    def email(self, who: Who, form: str) -> str:
        rng = self.case.rng
        first, last = _slug(who.first), _slug(who.last)
        if form == "email":
            return f"{first}.{last}@nhs.net"
        if form == "semail":  # the business's own address: the first name at its domain
            return f"{first}@{self.case.biz_host}"
        n = rng.randint(1, 99)
        return rng.choice(
            [f"{first}{last}{n}@gmail.com", f"{first[0]}.{last}@btinternet.com",
             f"{last}.{first}@outlook.com", f"{first}.{last}{n}@hotmail.co.uk"]
        )  # fmt: skip

    # -- everything else -----------------------------------------------------------------------

    def slot(self, name: str) -> None:
        case, rng = self.case, self.case.rng
        if name in ("date", "prev", "later", "next"):
            self.date(getattr(case, "day" if name == "date" else name))
        elif name == "day":
            self.date(case.day, yearless=True)
        elif name == "ldate":
            self.add(_pick(rng, _with_year(case.ldate)), "DATE")
        elif name == "dob":  # four-digit years only: "30.3.26" would read as 2026
            forms = [(f, w) for f, w in _with_year(case.dob) if str(case.dob.year) in f]
            self.add(_pick(rng, forms), "DATE")
        elif name == "age":
            self.age()
        elif name == "nhs":
            n = case.nhs
            self.add(rng.choice([n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"]),
                     "NHS_NUMBER")  # fmt: skip
        elif name == "hosp":
            self.add(case.hosp, "HOSPITAL_NUMBER")
        elif name in ("addr", "addrb", "addr2"):
            self.address(name)
        elif name in ("ward", "ward2"):
            self.add(case.wards[name == "ward2"], "LOCATION")
        elif name == "home":
            self.add(case.home, "LOCATION")
        elif name == "street":
            self.add(case.named_street, "LOCATION")
        elif name in ("hospital", "hospital2", "trust", "gp", "council", "prov"):
            self.add(getattr(case, name), "ORGANISATION")
        elif name in ("ref", "ref2"):
            self.add(case.refs[name == "ref2"], "ID")
        elif name == "phone":
            self.add(self.landline(), "PHONE")
        elif name == "mob":
            self.add(self.mobile(), "PHONE")
        elif name in ("email", "email2"):
            self.add(getattr(case, name), "EMAIL")
        elif name == "url":
            self.add(case.url, "URL")
        elif name == "rel":
            self.add(case.rel)
        elif name in ("time", "time2"):
            self.add(self.clock())
        elif name == "biz":
            self.add(case.biz, "ORGANISATION")
        elif name == "town":
            self.add(case.town)
        else:  # pragma: no cover - a template with a slot the pack does not fill
            raise KeyError(name)

    def age(self) -> None:
        case, rng = self.case, self.case.rng
        n = case.age
        label = "AGE" if n > 89 else None
        lead, number, tail = rng.choice(
            [("aged ", str(n), ""), ("age ", str(n), ""), ("", str(n), " years old"),
             ("", str(n), "yo"), ("", str(n), " y/o"), ("", str(n), " yrs"),
             ("aged ", _words(n), "")] if n > 89 else
            [("aged ", str(n), ""), ("age ", str(n), ""), ("", str(n), " years old"),
             ("", str(n), "yo"), ("", str(n), " y/o")]
        )  # fmt: skip
        self.add(lead)
        self.add(number, label)
        self.add(tail)

    def address(self, kind: str) -> None:
        case, rng = self.case, self.case.rng
        line = f"{case.number} {case.street}"
        if case.flat:
            line = f"Flat {case.flat}, {line}"
        if kind == "addr2":
            self.add(f"{rng.randint(1, 90)} {case.other_street}, {case.town}", "ADDRESS")
            return
        if kind == "addrb":
            self.add(f"{line}\n{case.locality}\n{case.town}", "ADDRESS")
            self.add("\n")
            self.add(case.postcode, "POSTCODE")
            return
        form = rng.randrange(4)
        if form == 0:
            self.add(f"{line}, {case.locality}, {case.town}", "ADDRESS")
            self.add(", ")
            self.add(case.postcode, "POSTCODE")
        elif form == 1:
            self.add(f"{line}, {case.locality}, {case.town}".upper(), "ADDRESS")
            self.add(", ")
            self.add(case.postcode, "POSTCODE")
        elif form == 2:
            self.add(f"{line.replace(',', '')} {case.town}", "ADDRESS")
            self.add(" ")
            self.add(case.postcode.replace(" ", ""), "POSTCODE")
        else:
            self.add(f"{line}, {case.town}", "ADDRESS")
            self.add(" ")
            self.add(case.postcode.lower(), "POSTCODE")

    def landline(self) -> str:
        rng, code = self.case.rng, self.case.code
        local = f"{rng.randint(2, 9)}{rng.randint(0, 99999):05d}"
        number = rng.choice(
            [f"{code} {local}", f"({code}) {local}", f"{code}{local}", f"+44 {code[1:]} {local}",
             f"+44 (0){code[1:]} {local}", f"{code} {local[:3]} {local[3:]}", f"{code}-{local}",
             f"+44{code[1:]}{local}", f"+44(0){code[1:]} {local}", f"({code}) {local[:3]} {local[3:]}",
             f"+44 {code[1:]} {local[:3]} {local[3:]}", f"({code}){local}", f"+44-{code[1:]}-{local}"]
        )  # fmt: skip
        extra = rng.random()
        if extra < 0.08:
            number += f" ext {rng.randint(1000, 9999)}"
        elif extra < 0.16:
            number += f" x{rng.randint(1000, 9999)}"
        return number

    def mobile(self) -> str:
        rng = self.case.rng
        head = f"07{rng.randint(3, 9)}{rng.randint(0, 99):02d}"
        tail = f"{rng.randint(0, 999999):06d}"
        return rng.choice(
            [f"{head} {tail}", f"{head}{tail}", f"+44 {head[1:]} {tail}",
             f"{head} {tail[:3]} {tail[3:]}", f"+44{head[1:]}{tail}",
             f"+44 {head[1:]} {tail[:3]} {tail[3:]}", f"{head}-{tail[:3]}-{tail[3:]}"]
        )  # fmt: skip

    def clock(self) -> str:
        rng = self.case.rng
        hour, minute = rng.randint(6, 22), rng.choice((0, 5, 10, 15, 20, 25, 30, 40, 45, 50, 55))
        return rng.choice(
            [f"{hour:02d}:{minute:02d}", f"{hour:02d}{minute:02d}hrs", f"{hour:02d}.{minute:02d}",
             f"{hour % 12 or 12}.{minute:02d}{'am' if hour < 12 else 'pm'}"]
        )  # fmt: skip

    def sentence(self, template: str) -> None:
        position = 0
        for match in _TOKEN.finditer(template):
            self.add(template[position : match.start()])
            who, form, name, term = match.groups()
            if who:
                self.person(re.sub(r"(?<=\d)[fm]$", "", who), form)
            elif name:
                self.slot(name)
            else:
                self.look_alike(term)
            position = match.end()
        self.add(template[position:])


def _words_in(text: str) -> int:
    return len(text.split())


def _write(case: _Case, style: Style, rng: random.Random) -> _Text:
    out = _Text(case, dot=rng.random() < 0.2, dotted_initials=rng.random() < 0.3)
    target = rng.randint(220, 340)
    extras = list(style.extras)
    rng.shuffle(extras)
    shared = list(_shared(style))
    rng.shuffle(shared)
    pool = extras + shared
    if style.register == "lines":
        _write_lines(out, case, style, rng, target, pool)
        return out
    out.sentence(style.headers[0])
    out.add("\n" if style.register == "prose" else "\n\n")
    out.sentence(style.headers[1])
    out.add("\n\n")
    body = list(style.core)
    written = 0
    for index, template in enumerate(body + pool):
        if index >= len(body) and _words_in(out.text()) >= target:
            break
        if written:
            out.add("\n\n" if written % 4 == 0 else " ")
        out.sentence(template)
        written += 1
    out.add("\n\n")
    out.sentence(style.endings[0])
    return out


def _write_lines(
    out: _Text, case: _Case, style: Style, rng: random.Random, target: int, pool: list[str]
) -> None:
    moment = datetime(case.day.year, case.day.month, case.day.day, rng.randint(8, 18))
    moment += timedelta(minutes=rng.randint(30, 59))
    out.cap = case.day
    out.sentence(style.headers[0])
    out.add("\n")
    out.sentence(style.headers[1])
    lines = list(style.core)
    for index, template in enumerate(lines + pool):
        if index >= len(lines) and _words_in(out.text()) >= target:
            break
        moment += timedelta(minutes=rng.randint(2, 25), seconds=rng.randint(-30, 30))
        if moment.date() > case.day + timedelta(days=1):
            moment = datetime.combine(case.day + timedelta(days=1), moment.time().replace(hour=23))
        out.add("\n")
        _line(out, case, style, rng, template, moment)
    out.cap = None
    out.add("\n")
    out.sentence(style.endings[0])


def _line(
    out: _Text, case: _Case, style: Style, rng: random.Random, template: str, moment: datetime
) -> None:
    day = moment.date()
    out.cap = day
    shape = style.topup
    position = 0
    for match in re.finditer(r"\{(stamp|clock|text|user)\}", shape):
        out.add(shape[position : match.start()])
        piece = match.group(1)
        if piece == "stamp":
            stamp = _strftime(moment, style.stamp)
            if style.sept:
                stamp = stamp.replace("Sep ", "Sept ")
            out.add(stamp.upper() if style.upper_stamp else stamp, "DATE")
            out.latest = max(out.latest, day)
        elif piece == "clock":
            out.add(_strftime(moment, style.clock))
        elif piece == "text":
            out.sentence(template)
        else:
            _signer(out, style, rng)
        position = match.end()
    out.add(shape[position:])


def _strftime(moment: datetime, shape: str) -> str:
    """strftime, with "%-d", "%-m" and "%-I" (no leading nought) on every platform."""
    shape = shape.replace("%-d", str(moment.day)).replace("%-m", str(moment.month))
    return moment.strftime(shape.replace("%-I", str(moment.hour % 12 or 12)))


def _signer(out: _Text, style: Style, rng: random.Random) -> None:
    if style.sign_form == "pair":
        maker, checker = rng.sample(list(style.signs), 2)
        out.person(maker, "init")
        out.add("/")
        out.person(checker, "init")
    else:
        out.person(rng.choice(style.signs), rng.choice(style.sign_form.split("|")))


def _example(rng: random.Random, number: int, style: Style | None = None) -> tuple[Example, list]:
    style = style or rng.choice(STYLES)
    sentences = [*style.headers, *style.core, *style.extras, *style.endings]
    case = _Case(rng, style, sentences)
    out = _write(case, style, rng)
    text = out.text()
    gold = tuple(sorted(out.gold, key=lambda s: s.start))
    negatives = list(out.negatives)
    taken = [(s.start, s.end) for s in gold]
    for match in AGE_MENTION.finditer(text):
        group = 1 if match.group(1) else 2
        start, end = match.span(group)
        if int(match.group(group)) <= 89 and all(end <= a or start >= b for a, b in taken):
            negatives.append((start, end))
    example = Example(
        id=f"{PREFIX}-{number:06d}", text=text, known=case.known(), gold=gold, kind=style.name
    )
    return example, sorted(set(negatives))


def example(rng: random.Random, number: int, style: Style | None = None) -> Example:
    """One narrative with its gold spans, drawn from `rng` (a style at random if not given)."""
    return _example(rng, number, style)[0]


def _deal(count: int, seed: int) -> Iterator[tuple[Example, list]]:
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for index in range(count):
        if index % len(STYLES) == 0:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _example(rng, index + 1, deck[index % len(STYLES)])


def generate(count: int, seed: int = 1) -> list[Example]:
    """`count` narratives; the same seed always gives the same texts."""
    return [example for example, _ in _deal(count, seed)]


def generate_with_negatives(count: int, seed: int = 1) -> Iterator[tuple[Example, list]]:
    """As `generate`, with the (start, end) of every look-alike and young age written in."""
    yield from _deal(count, seed)
