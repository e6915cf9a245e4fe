"""A forty-eighth blind de-identification evaluation pack: hair, beauty and tattoo studios.

Synthetic UK narratives with the gold span of every identifier, written without reading the
engine (see evaluation_blind48.md). The settings are new to the packs: hair salons and
barbershops, a mobile hairdresser, nail bars, lash and brow studios, sunbed salons, day spas,
tattoo and piercing studios, aesthetics clinics and a beauty college, with a salon booking
export, a tattoo studio's steriliser log, an aesthetics treatment record, a nail bar's hygiene
sheet, a salon team's messenger thread and a barbershop day book. People come from Faker through
the shared code and from the pack's own lists: Santal, Chaga, Teso, Kashubian and Moroccan
Jewish (with "Ben" inside a surname).

The interface is pack 47's: ``generate(count, seed=1)``, ``example(rng, number, style=None)``,
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

PREFIX = "blind48"
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
_HIGHLAND = ("Highland Council", "highland.gov.uk")
_DORSET = ("Dorset Council", "dorsetcouncil.gov.uk")
_HORSHAM = ("Horsham District Council", "horsham.gov.uk")
TOWN_INFO = {
    "Bruton": ("BA10", "01749", "Brue Vale", "Somerset Council", "somerset.gov.uk"),
    "Sturminster Newton": ("DT10", "01258", "Blackmore Vale", *_DORSET),
    "Verwood": ("BH31", "01202", "Crane Valley", *_DORSET),
    "Petworth": ("GU28", "01798", "Western Rother", "Chichester District Council", "chichester.gov.uk"),
    "Pulborough": ("RH20", "01798", "Arun Brooks", *_HORSHAM),
    "Steyning": ("BN44", "01903", "Adur Levels", *_HORSHAM),
    "Hurstpierpoint": ("BN6", "01273", "Wolstonbury", "Mid Sussex District Council", "midsussex.gov.uk"),
    "Wadhurst": ("TN5", "01892", "High Weald", "Wealden District Council", "wealden.gov.uk"),
    "Robertsbridge": ("TN32", "01580", "Rother Levels", "Rother District Council", "rother.gov.uk"),
    "Hawkhurst": (
        "TN18", "01580", "Hexden Channel", "Tunbridge Wells Borough Council",
        "tunbridgewells.gov.uk",
    ),
    "Lingfield": ("RH7", "01342", "Eden Brook", "Tandridge District Council", "tandridge.gov.uk"),
    "Cranleigh": ("GU6", "01483", "Wey and Arun", "Waverley Borough Council", "waverley.gov.uk"),
    "Bishop's Waltham": ("SO32", "01489", "Meon Vale", "Winchester City Council", "winchester.gov.uk"),
    "Loddon": (
        "NR14", "01508", "Chet Valley", "South Norfolk Council", "southnorfolkandbroadland.gov.uk",
    ),
    "Attleborough": ("NR17", "01953", "Thet Head", "Breckland Council", "breckland.gov.uk"),
    "Higham Ferrers": (
        "NN10", "01933", "Nene Meadows", "North Northamptonshire Council", "northnorthants.gov.uk",
    ),
    "Pateley Bridge": ("HG3", "01423", "Nidderdale", "North Yorkshire Council", "northyorks.gov.uk"),
    "Hedon": (
        "HU12", "01482", "Holderness Plain", "East Riding of Yorkshire Council", "eastriding.gov.uk",
    ),
    "Wigton": ("CA7", "01697", "Solway Plain", "Cumberland Council", "cumberland.gov.uk"),
    "Alston": (
        "CA9", "01434", "South Tyne Head", "Westmorland and Furness Council",
        "westmorlandandfurness.gov.uk",
    ),
    "Llandovery": (
        "SA20", "01550", "Upper Tywi", "Carmarthenshire County Council", "carmarthenshire.gov.wales",
    ),
    "Lampeter": ("SA48", "01570", "Teifi Vale", "Ceredigion County Council", "ceredigion.gov.uk"),
    "Crickhowell": ("NP8", "01873", "Usk Gorge", *_POWYS),
    "Builth Wells": ("LD2", "01982", "Irfon Vale", *_POWYS),
    "Rhayader": ("LD6", "01597", "Wye Head", *_POWYS),
    "Llanidloes": ("SY18", "01686", "Clywedog Vale", *_POWYS),
    "Tywyn": ("LL36", "01654", "Dysynni Vale", "Gwynedd Council", "gwynedd.llyw.cymru"),
    "Corwen": ("LL21", "01490", "Edeyrnion", "Denbighshire County Council", "denbighshire.gov.uk"),
    "Llanrwst": ("LL26", "01492", "Conwy Vale", "Conwy County Borough Council", "conwy.gov.uk"),
    "Langholm": ("DG13", "01387", "Eskdale", "Dumfries and Galloway Council", "dumgal.gov.uk"),
    "Jedburgh": ("TD8", "01835", "Jed Water", "Scottish Borders Council", "scotborders.gov.uk"),
    "Callander": ("FK17", "01877", "Teith Vale", "Stirling Council", "stirling.gov.uk"),
    "Blairgowrie": ("PH10", "01250", "Ericht Vale", "Perth and Kinross Council", "pkc.gov.uk"),
    "Turriff": ("AB53", "01888", "Idoch Water", "Aberdeenshire Council", "aberdeenshire.gov.uk"),
    "Kingussie": ("PH21", "01540", "Badenoch", *_HIGHLAND),
    "Dornoch": ("IV25", "01862", "Dornoch Firth", *_HIGHLAND),
    "Golspie": ("KW10", "01408", "Fleet Mound", *_HIGHLAND),
}  # fmt: skip
LOCALITIES = {
    "Bruton": ("Redlynch", "Pitcombe"), "Sturminster Newton": ("Hinton St Mary", "Fiddleford"),
    "Verwood": ("Three Legged Cross", "Ebblake"), "Petworth": ("Tillington", "Byworth"),
    "Pulborough": ("Codmore Hill", "Nutbourne"), "Steyning": ("Bramber", "Upper Beeding"),
    "Hurstpierpoint": ("Sayers Common", "Albourne"), "Wadhurst": ("Sparrows Green", "Durgates"),
    "Robertsbridge": ("Salehurst", "Bodiam"), "Hawkhurst": ("Gills Green", "Four Throws"),
    "Lingfield": ("Dormansland", "Baldwins Hill"), "Cranleigh": ("Ewhurst", "Alfold"),
    "Bishop's Waltham": ("Swanmore", "Upham"), "Loddon": ("Chedgrave", "Hales"),
    "Attleborough": ("Besthorpe", "Old Buckenham"), "Higham Ferrers": ("Chelveston", "Caldecott"),
    "Pateley Bridge": ("Glasshouses", "Bewerley"), "Hedon": ("Paull", "Burstwick"),
    "Wigton": ("Waverton", "Bromfield"), "Alston": ("Nenthead", "Garrigill"),
    "Llandovery": ("Cilycwm", "Myddfai"), "Lampeter": ("Cellan", "Silian"),
    "Crickhowell": ("Llangattock", "Llangenny"), "Builth Wells": ("Llanelwedd", "Cilmery"),
    "Rhayader": ("Cwmdeuddwr", "Nantmel"), "Llanidloes": ("Llandinam", "Trefeglwys"),
    "Tywyn": ("Bryncrug", "Aberdyfi"), "Corwen": ("Cynwyd", "Carrog"),
    "Llanrwst": ("Trefriw", "Llanddoget"), "Langholm": ("Canonbie", "Bentpath"),
    "Jedburgh": ("Ancrum", "Camptown"), "Callander": ("Kilmahog", "Strathyre"),
    "Blairgowrie": ("Rattray", "Alyth"), "Turriff": ("Cuminestown", "Auchterless"),
    "Kingussie": ("Newtonmore", "Kincraig"), "Dornoch": ("Embo", "Clashmore"),
    "Golspie": ("Brora", "Rogart"),
}  # fmt: skip
TOWNS = tuple((town, info[0], info[1]) for town, info in TOWN_INFO.items())
HOSP_FORMS = ("AAA99999", "99A99999", "A99999AA")
TOWN_HOSP = {town: HOSP_FORMS[index % 3] for index, town in enumerate(TOWN_INFO)}

STREETS = ("Fluorite", "Calcite", "Dolomite", "Pyrite", "Chiffon", "Organza", "Tulle")
STREET_KINDS = ("Street", "Road", "Lane", "Close", "Drive", "Terrace", "Hill", "Walk")
WARDS = ("Cadence", "Descant", "Rondo", "Toccata", "Ostinato", "Caslon")
WARD_KINDS = ("Ward", "Ward", "Unit", "Ward")
HOMES = ("Garamond House", "Baskerville Court", "Didot Lodge", "Velvet House", "Tulle Court")
PROVIDERS = ("Lantana", "Verbena", "Salvia", "Nemesia")
PROVIDER_KINDS = ("Home Support", "Care at Home", "Homecare Ltd", "Caring Services")
PRACTICES = ("Brushwood", "Holmoak", "Quillet", "Sweetbriar", "Quillwort")
PRACTICE_KINDS = ("Surgery", "Medical Practice", "Health Centre", "Family Practice")
# Salons, studios and clinics: the business a style's story happens in (an ORGANISATION).
BUSINESSES = (
    "Mirrorball",
    "Silk and Steel",
    "Ink Orchard",
    "Glasshouse",
    "Peony Row",
    "Tortoiseshell",
)
BUSINESS_KINDS = ("Hair Studio", "Beauty Rooms", "Salon", "Studio", "Clinic")
HOSPITAL_FORMS = (
    "{town} Memorial Hospital", "{county} Hospital", "{town} Cottage Hospital",
    "{county} Royal Infirmary",
)  # fmt: skip
TRUST_FORMS = (
    "{county} Health NHS Trust", "{county} and {town} Hospitals NHS Foundation Trust",
    "{county} Acute Care NHS Trust",
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Look-alikes: written in, never gold (each kind is tracked as negatives)
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "drug": (
        "hyaluronidase", "lidocaine", "prilocaine", "isotretinoin", "minoxidil",
        "spironolactone", "dapsone", "clindamycin", "fusidic acid", "bilastine", "adapalene",
    ),
    "dose": (
        "two 4 mg tablets", "a 1,500 unit vial", "one 180 mg tablet", "a 2 ml syringe",
        "one 120 mg tablet", "a 0.5 ml ampoule",
    ),
    "score": (
        "a Dermatology Life Quality Index of 18", "a Vancouver Scar Scale of 9",
        "a SCORTEN of 3", "a Hamilton-Norwood grade of 5",
        "a Patient and Observer Scar Assessment Scale of 41", "a Skindex-29 of 62",
    ),
    "device": (
        "the hood dryer", "the backwash basin", "the tattoo machine", "the autoclave",
        "the wax pot", "the UV lamp", "the piercing gun", "the stencil", "the sunbed canopy",
        "the nail drill", "the cut-throat razor", "the hot towel cabinet",
    ),
    "national": (
        "the Hair and Beauty Industry Authority", "the National Hair and Beauty Federation",
        "the Joint Council for Cosmetic Practitioners", "Save Face",
        "the British Association of Dermatologists", "the Hair Council",
        "the Office for Product Safety and Standards", "BABTAC",
    ),
    "law": (
        "the Local Government (Miscellaneous Provisions) Act 1982",
        "the Sunbeds (Regulation) Act 2010", "the Tattooing of Minors Act 1969",
        "the Cosmetic Products Enforcement Regulations 2013",
        "the Botulinum Toxin and Cosmetic Fillers (Children) Act 2021",
        "the Health and Care Act 2022", "the Consumer Protection Act 1987",
        "the Hairdressers (Registration) Act 1964",
    ),
    "eponym": (
        "Auspitz sign", "Darier's sign", "the Tyndall effect", "Fordyce spots", "Beau's lines",
        "Muehrcke's lines", "Terry's nails", "Frey's syndrome", "Hutchinson's sign",
    ),
    "word": (
        "Senior Stylist", "Salon Manager", "Nail Technician", "Beauty Therapist",
        "Lash Technician", "Aesthetic Practitioner", "Body Piercer", "Salon Receptionist",
        "Spa Therapist", "Brow Artist", "Colourist", "Studio Manager", "Trainee Stylist",
        "Makeup Artist", "Tattooist",
    ),
    "bed": (
        "the treatment room", "the nail station", "the tanning booth", "the colour bar",
        "the stockroom", "the piercing room", "the steam room", "the relaxation room",
        "the lash bed", "the sterilising room", "the waiting area", "the staff kitchen",
    ),
    "duration": (
        "during the colour processing", "through the foils", "while the bleach developed",
        "for the whole session", "through the outline", "during the patch test wait",
        "until the numbing cream took", "during the lash fill", "throughout the blow-dry",
        "through the Saturday rush", "during the shading", "until closing", "during the soak",
    ),
}  # fmt: skip
NATIONAL = LOOKALIKES["national"]

# ---------------------------------------------------------------------------------------------
# People of the pack's own lists
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    "Santal": {
        "F": ("Phulo", "Jhano", "Sonamuni", "Basanti", "Phulmani", "Salomi"),
        "M": ("Sido", "Kanhu", "Champai", "Sukhdeo", "Lakhan", "Budhan", "Chandrai"),
        "L": ("Murmu", "Soren", "Hansda", "Tudu", "Kisku", "Hembrom", "Baske", "Besra",
              "Marndi", "Saren"),
    },
    "Chaga": {
        "F": ("Ndeshi", "Ndeonasia", "Elinuru", "Upendo", "Neema", "Rehema", "Anande"),
        "M": ("Ndesamburo", "Elisante", "Elinaza", "Eliamani", "Ndekirwa"),
        "L": ("Mrema", "Massawe", "Shirima", "Lyimo", "Kimaro", "Mushi", "Swai", "Urio",
              "Mallya", "Kileo", "Tarimo", "Minja", "Ngowi", "Shayo"),
    },
    "Teso": {
        "F": ("Asio", "Amuge", "Akiror", "Asekenye", "Amongin", "Aguti", "Alupo"),
        "M": ("Opolot", "Okurut", "Omoding", "Emuron", "Egwang", "Ekwaro", "Ongodia"),
        "L": ("Ekiring", "Ekwamu", "Emurwon", "Egwang", "Opolot", "Omoding", "Okurut",
              "Ongodia"),
    },
    "Kashubian": {
        "F": ("Jadwiga", "Bronisława", "Gertruda", "Teresa", "Łucja"),
        "M": ("Stanisław", "Józef", "Kazimierz", "Bolesław", "Florian"),
        "L": ("Formela", "Labuda", "Kreft", "Wenta", "Treder", "Miotk", "Necel", "Bolda",
              "Klinkosz", "Dawidowski", "Kropidłowski"),
    },
    "Moroccan Jewish": {
        "F": ("Simha", "Mazal", "Freha", "Sultana", "Aziza", "Mesoda"),
        "M": ("Makhlouf", "Messod", "Amram", "Shimon", "Meir", "Yaakov", "Mordechai"),
        "L": ("Azoulay", "Ohayon", "Elbaz", "Amsalem", "Dahan", "Abergel", "Knafo", "Bitton",
              "Edery", "Buzaglo", "Ifergan", "Ohana"),
    },
}  # fmt: skip
# What follows "Ben" (son of) in a Moroccan Jewish surname: "Ben Haim", "Ben Zaken".
BEN_NAMES = ("Haim", "Zaken", "Shimol", "Hamou", "Soussan", "Attar")
OWN_FIRST = {sex: tuple(n for g in OWN_GROUPS.values() for n in g[sex]) for sex in "FM"}
OWN_LAST = (*(n for g in OWN_GROUPS.values() for n in g["L"]), *BEN_NAMES)
# Surnames that are English words of the hair and beauty trades, written alone now and then.
WORD_NAMES = (
    "Brush", "Shaver", "Comber", "Sheen", "Curl", "Crimp", "Lather", "Trimmer",
)  # fmt: skip
ALL_WORD_NAMES = frozenset(WORD_NAMES)
NICKNAMES = {
    "Stanisław": ("Staszek",), "Bronisława": ("Bronia",), "Jadwiga": ("Jadzia",),
    "Shimon": ("Shimi",),
}  # fmt: skip
# A Moroccan Jewish surname is often "Ben" and a father's or forebear's name, one surname that
# is always written whole: "Meir Ben Haim", "Mr Ben Haim", "BEN HAIM, Meir", "meir.ben-haim". The
# particle is capitalised in mixed case and is never a name on its own.
PARTICLE_WORDS = ("Ben",)
PARTICLES = r"\b(?:Ben|BEN|ben)[ _.-]"
PARTICLE_GROUPS = frozenset({"Moroccan Jewish"})
# Initials that read as an abbreviation: a person with these is written "J. Surname".
CLINICAL_INITIALS = frozenset(
    """AF AKI BD BP CD CT DM DNR EC ED FY GP HB HR ID IM IV MI MR MS NG OD OK OT PE PM PO PR
    QDS RN SC TB TDS UK UTI VF VT WC AM NO SO DO GO TO IT AS AT BE BY HE IF IN IS ME MY OF ON
    OR UP US WE CPR DOA ECG GCS ICU NHS PRN SOB TIA TTO ABC AND FOR THE BM PPD EHO SPF UV HSE
    JCCP NHBF BAD DLQI IPL LED CPD VTCT NVQ PPE SJS HA BB SMP PMU ENT EPI ANA OPSS""".split()
)
NAME_FORMS = (
    "full first last title tfull dr tdr init ini caps upper lower nick email pemail poss fl "
    "ufirst camel lastinit fdotinit funder semail"
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
        "hair_dye_allergy_face_and_throat_swelling_review", "prose",
        "review of a salon client whose face swelled the night after a dark hair dye put on "
        "without a skin test, who was told to take a hay fever tablet and rest, and whose throat "
        "closed the next morning",
        """
        H: Patient safety review {ref}: a reaction to hair dye, {date}
        H: Prepared for {trust} by {s1.tfull}, patient safety lead
        C: On {date} {p.full} ({age}) had a near-black dye at {biz}, and the <<Colourist>> {o1f.full} left out the skin test <<during the patch test wait>> because the diary was full.
        C: {p.first}'s scalp itched <<during the colour processing>>, and the <<Senior Stylist>> {o2m.full} rinsed it off early at <<the backwash basin>>.
        C: That night {p.first}'s eyelids and lips swelled, and a pharmacist sold <<bilastine>> and said to rest.
        C: By morning {p.first} could hardly swallow, and at {hospital} {d.tdr} gave adrenaline and <<a 0.5 ml ampoule>> of steroid for a swollen airway and kept {p.first} on {ward}.
        C: {p.first} had <<a Dermatology Life Quality Index of 18>> from eczema the year before, and the salon's record card said so.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, hospital number {hosp}, lives at {addr} and works as a <<Makeup Artist>>.
        X: The salon logged the event as {ref2} and told <<the National Hair and Beauty Federation>> helpline the next week.
        X: {p.first}'s {rel} rang {phone} from the car park and waited <<until closing>> of the day clinic for news.
        X: {o3f.full}, the client in the next chair, said the dye smelt stronger than the last one and was mixed in <<the colour bar>> by a new starter.
        X: The ward nurse {o4m.full} noted that {p.first} had been given <<two 4 mg tablets>> of an antihistamine by the salon before going home.
        E: Signed off at the trust's patient safety panel on {next} by {s2.tfull}.
        """,
        ("PSR-^-####", "SAL~-####"),
    ),
    _style(
        "lip_filler_blanched_lip_called_bruising_necrosis_review", "prose",
        "review of a woman whose lip went white and then dusky after filler at an aesthetics "
        "clinic, which was called bruising over the phone, until the skin died two days later",
        """
        H: Incident review {ref}: a complication of lip filler
        H: Patient: {p.full} ({age}), NHS number {nhs}
        C: On {date} {p.title} had lip filler at {biz}, given by the <<Aesthetic Practitioner>> {o1f.full} after a cream of <<lidocaine>> <<until the numbing cream took>>.
        C: Part of the upper lip went white on the couch in <<the treatment room>>, and {p.first} was told it was the cream wearing off.
        C: That evening the lip was dusky and sore, and a call back from the <<Salon Receptionist>> said it was bruising and to use ice.
        C: Two days later {p.first} came to {hospital}, where {d.tdr} found a blocked artery with dying skin and gave <<hyaluronidase>> late, and {p.first} went to {ward}.
        C: No <<hyaluronidase>> was kept at the clinic, though <<the Joint Council for Cosmetic Practitioners>> says it should be.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, gave a home address of {addr}.
        X: The clinic's own reference for the complaint is {ref2}, and it was reported to <<Save Face>> by {p.first}'s {rel}.
        X: {p.first}'s {rel} rang {mob} twice that night and was not called back <<until closing>> the next day.
        X: {o2m.full}, who owns the premises, said <<the Health and Care Act 2022>> licensing had not yet begun for fillers.
        X: The plastic surgery nurse {o3f.full} noted <<the Tyndall effect>> from an older filler under one eye.
        E: Closed after the patient's meeting with {s2.tfull} on {next}.
        """,
        ("IR-^-####", "AES~####"), sex="F",
    ),
    _style(
        "tattoo_studio_calf_tattoo_cellulitis_sepsis_review", "prose",
        "review of a man whose new calf tattoo grew red, hot and painful, who was told by the "
        "studio it was normal healing, and who came in with sepsis a week later",
        """
        H: Patient safety review {ref}: infection after a tattoo, {hospital}
        H: Patient: {p.caps}, {age}; NHS number {nhs}
        C: On {date} {p.title} had a large tattoo on the calf at {biz}, done by the <<Tattooist>> {o1m.full} over six hours <<during the shading>>.
        C: Four days later the leg was red and hot, and the studio's message said it was normal healing and to keep the film on, with <<Auspitz sign>> mentioned by a friend online.
        C: He used <<fusidic acid>> cream from a friend, and worked <<through the Saturday rush>> at his own shop standing all day.
        C: A week after the tattoo he came to {hospital} shaking, and {d.tdr} found cellulitis with sepsis and kept him on {ward} for drips of <<clindamycin>>.
        C: The log for <<the autoclave>> was blank for that week, as {o2f.full} found when the council visited.
        X: {p.tfull}, date of birth {dob}, hospital number {hosp}, lives at {addr}.
        X: The council's environmental health team logged the visit as {ref2} under <<the Local Government (Miscellaneous Provisions) Act 1982>>.
        X: {p.first}'s {rel} rang {phone} and asked whether the ink itself was to blame, as <<the Office for Product Safety and Standards>> had warned about some inks.
        X: {o3m.full}, who was tattooed the same day, also had a red leg and was seen by his GP at {gp}.
        X: The ward nurse {o4f.full} noted that the stencil lines were still seen under <<the stencil>> film, unwashed.
        E: Review closed by {s2.tfull} on {next}.
        """,
        ("PSR-^-#####", "EH~-####"), sex="M",
    ),
    _style(
        "upper_ear_cartilage_piercing_abscess_girl_review", "prose",
        "child review of a girl whose upper ear was pierced with a gun at a shopping centre "
        "kiosk, whose swollen ear was treated with salt water for a week, and who needed the "
        "abscess drained (child)",
        """
        H: Child safety review {ref}, children's ear, nose and throat service, {hospital}
        H: Child: {p.tfull}, date of birth {dob}, NHS number {nhs}
        C: On {date} {p.first}, who is {age}, had the top of her ear pierced with <<the piercing gun>> at a kiosk, where the <<Body Piercer>> {o1f.full} said the gun was fine for cartilage.
        C: Her ear swelled over the next days, and the kiosk's advice sheet said to bathe it in salt water <<for the whole session>> of an evening.
        C: Her {rel} took her to the GP at {gp}, where {d2.tdr} gave <<fusidic acid>> cream and said to wait.
        C: A week later the ear was hot and soft, and at {hospital} {d.tdr} drained an abscess of the cartilage and gave <<clindamycin>> on {ward}.
        C: No one at the kiosk asked her age, and <<the Tattooing of Minors Act 1969>> covers tattoos only, as {o2m.full} said.
        X: The family live at {addr}; her hospital number is {hosp}, and her {rel}'s mobile is {mob}.
        X: The kiosk's owner, {o3m.tfull}, said the event was logged as {ref2} and that <<the piercing gun>> was cleaned with wipes only.
        X: {p.first}'s {rel} said the kiosk staff were sorting stock in <<the stockroom>> when they rang back.
        X: Her school nurse {s1.full} was told, so her PE teacher knows about the ear.
        X: {o4f.full}, her friend, had the same piercing that day and had <<a 2 ml syringe>> of antibiotic at the walk-in centre.
        E: Reviewed by the named nurse for safeguarding, {s2.tfull}, on {next}.
        """,
        ("CSR-^-####", "KSK~-###"), sex="F", child=True,
    ),
    _style(
        "sunbed_salon_blistering_burns_acne_tablets_review", "prose",
        "review of a young adult on acne tablets who was sold a long sunbed session with the "
        "canopy lamps newly changed, and who came in the next day with blistering burns",
        """
        H: Burns review {ref}: a sunbed burn, {hospital}
        H: Patient: {p.full}, {age}; hospital number {hosp}
        C: On {date} {p.title} paid for twelve minutes in <<the tanning booth>> at {biz}, where the <<Salon Receptionist>> {o1f.full} did not ask about tablets.
        C: {p.first} was taking <<isotretinoin>> for acne, which makes the skin burn, and said so on a form no one read.
        C: The lamps of <<the sunbed canopy>> had been changed that week, and {o2m.full}, the owner, had not cut the times.
        C: By the next morning {p.first} had blisters over the back and legs, and at {hospital} {d.tdr} dressed burns over a fifth of the skin, noted <<a SCORTEN of 3>> was not needed, and kept {p.first} on {ward}.
        C: {p.first} had <<a Vancouver Scar Scale of 9>> on review at the burns clinic three months later.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, home address {addr}.
        X: The council logged the complaint as {ref2}, citing <<the Sunbeds (Regulation) Act 2010>>.
        X: {p.first}'s {rel} rang {phone} to ask why the salon had no staff in <<the waiting area>> that hour.
        X: {o3f.full}, who used the next booth, said her own skin was pink but not blistered, and that <<the UV lamp>> timer was broken.
        X: The burns nurse {o4m.full} said {p.first} had taken <<one 180 mg tablet>> of an antihistamine before coming in.
        E: Shared with the patient on {next} by {s2.tfull}.
        """,
        ("BRN-^-####", "SUN~####"),
    ),
    _style(
        "barbershop_razor_nick_on_blood_thinner_bleed_review", "prose",
        "review of a man on a blood thinner whose neck was nicked by a cut-throat razor in a "
        "barbershop, who was sent home with a plaster, and who came in that night still bleeding",
        """
        H: Incident review {ref}: bleeding after a barbershop shave
        H: Client and patient: {p.full} ({age}), NHS number {nhs}
        C: On {date} {p.title} had a hot towel shave at {biz}, and <<the cut-throat razor>> nicked a mole on his neck.
        C: The shop's owner, {o1m.full}, pressed a towel from <<the hot towel cabinet>> on it and put on a plaster <<throughout the blow-dry>> of the next client.
        C: He takes a blood thinner for his heart and <<two 4 mg tablets>> of a water tablet, which no one at the shop asked about.
        C: That night the neck was still bleeding, and at {hospital} {d.tdr} stitched the cut and found a swelling under the skin, and he was kept on {ward}.
        C: He also takes <<spironolactone>>, and had <<a SCORTEN of 3>> noted from a bad rash years before.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}.
        X: The hospital logged the event as {ref2}, and the shop has joined <<the Hair Council>> since.
        X: {p.first}'s {rel} rang {phone} when the towel at home soaked through <<throughout the blow-dry>> of her own hair.
        X: {o2m.full}, who cuts hair at the next chair, said the blades stayed in <<until closing>> unless they went blunt.
        X: The ward nurse {o3f.full} noted a second small nick near the ear and <<Fordyce spots>> on his lips.
        E: Closed on {next} after {p.first} met {s2.tfull}.
        """,
        ("IR-^-#####", "BAR~####"), sex="M",
    ),
    _style(
        "mobile_hairdresser_very_old_client_kitchen_stool_fall_review", "prose",
        "review of a very old woman who slid off a kitchen stool while a mobile hairdresser set "
        "her hair at home, who was helped to bed, and whose broken hip was found the next day "
        "(old)",
        """
        H: Falls review {ref}, community nursing and {hospital}
        H: Patient: {p.caps}, {age}, NHS number {nhs}
        C: On {date} {p.title}, a very old woman, had her weekly set at home from a mobile hairdresser, {o1f.full}, who sat her on a kitchen stool with no back.
        C: She slid off sideways while sitting under <<the hood dryer>>, and the hairdresser and a neighbour, {o2m.full}, lifted her into bed.
        C: Her carer from {prov} found her in pain the next morning, and at {hospital} {d.tdr} found a broken hip and <<Terry's nails>> on her hands, and she went to {ward}.
        C: She takes <<one 120 mg tablet>> of a heart drug, and had <<a Skindex-29 of 62>> from an itchy rash at her last clinic.
        C: No one rang the GP <<throughout the blow-dry>> of the next client, as the hairdresser drove on to her next call.
        X: {p.tfull}, date of birth {dob}, hospital number {hosp}, lives at {addr}; she is {age}.
        X: The community team logged the fall as {ref2}, and {p.first}'s {rel} has asked <<the Hair and Beauty Industry Authority>> for advice on home visits.
        X: {p.first}'s {rel} rang {phone} and waited <<until closing>> of the surgery for a call back.
        X: Her GP at {gp}, {d2.tdr}, said she had fallen twice before in the winter and takes <<spironolactone>>, which can make her dizzy.
        X: {o3f.full}, another of the hairdresser's clients, said she always brings her own chair with arms, as the <<Trainee Stylist>> advised.
        E: Review agreed and closed by {s2.tfull} on {next}.
        """,
        ("FALL-^-####", "MOB~####"), sex="F", old=True, provider=True,
    ),
    _style(
        "nail_bar_cut_cuticle_diabetic_finger_bone_infection_review", "prose",
        "review of a woman with diabetes whose cuticle was cut deep at a nail bar, whose red "
        "finger was soaked at home for a week, and who needed part of the bone removed",
        """
        H: Patient safety review {ref}: a finger infection after a manicure
        H: Patient: {p.full}, {age}; hospital no. {hosp}
        C: On {date} {p.title} had acrylic nails put on at {biz}, where the <<Nail Technician>> {o1f.full} cut a cuticle until it bled at <<the nail station>>.
        C: The tools came out of a drawer, not from <<the autoclave>>, and <<the nail drill>> was wiped with a tissue.
        C: {p.first}'s finger swelled by the weekend, and a friend, {o2f.full}, said to soak it in warm salt water <<during the soak>> each night.
        C: A week later {p.first} came to {hospital}, where {d.tdr} found pus around the nail and infection in the bone, took off the tip of the bone and gave <<clindamycin>> on {ward}.
        C: {p.first} has diabetes and takes <<dapsone>> for a skin condition, which slows healing.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, lives at {addr}.
        X: The council logged a complaint about the nail bar as {ref2}, and its owner, {o3m.full}, gave a statement.
        X: {p.first}'s {rel} rang {phone} to ask whether the acrylics had to come off in theatre, and whether <<the Consumer Protection Act 1987>> applied.
        X: The hand therapist {o4f.full} noted <<Beau's lines>> on the other nails from an illness in the spring.
        X: <<the Office for Product Safety and Standards>> was told about the glue used, as the label was not in English.
        E: Sent to the patient by {s2.tfull} on {next}.
        """,
        ("PSR-^-####", "NLB~-####"), sex="F",
    ),
    _style(
        "lash_extension_glue_in_eye_corneal_burn_review", "prose",
        "review of a client whose eye stung and watered when lash glue ran in during a full set, "
        "who was told to rinse it at home, and whose scratched and burnt cornea was found two "
        "days later",
        """
        H: Eye casualty review {ref}, {hospital}
        H: Patient named in this review: {p.full} ({age}), NHS number {nhs}
        C: On {date} {p.title} was lying on <<the lash bed>> at {biz} when glue ran into the left eye <<during the lash fill>>.
        C: The <<Lash Technician>> {o1f.full} dabbed it with a cotton bud, finished the set, and said to rinse the eye at home.
        C: The eye stayed red and {p.first} could not bear light, and the next day the <<Brow Artist>> {o2f.full} said it was normal for a day or two.
        C: Two days after the set {p.first} came to {hospital}, where {d.tdr} found a burn and scratch on the clear front of the eye and kept {p.first} on {ward} for drops every hour, with <<a 2 ml syringe>> of rinse at each change.
        C: {p.first} uses <<adapalene>> on the skin and had eye drops for dryness, which the salon's form did not ask about.
        X: {p.caps}, born {dob}, hospital number {hosp}, gave the clinic a home address of {addr}.
        X: The salon's owner, {o3f.tfull}, said the complaint was logged as {ref2}, and that the glue was bought online.
        X: {p.first}'s {rel} rang {mob} and was told {p.first} was asleep in <<the relaxation room>> of the eye unit.
        X: The eye nurse {o4m.full} noted <<Fordyce spots>> on the lids, which are harmless.
        X: The salon is a member of <<BABTAC>>, {o5f.full} said, and has since changed its glue.
        E: Closed after a meeting with the patient and {s2.tfull} on {next}.
        """,
        ("EYE-^-####", "LSH~####"),
    ),
    _style(
        "day_spa_very_old_man_hot_stone_burns_review", "prose",
        "review of a very old man with numb feet who was given hot stone massage at a day spa as "
        "a birthday gift, who did not feel the stones, and whose burns blistered overnight (old)",
        """
        H: Burns review {ref}, {hospital}
        H: Patient: {p.caps}; age {age}; NHS number {nhs}
        C: On {date} {p.title}, a very old man, was taken to a day spa by his family as a birthday gift and had a hot stone massage in <<the relaxation room>>.
        C: The <<Spa Therapist>> {o1f.full} laid stones along his back and under his feet, and he did not feel them because of numb feet from diabetes.
        C: He sat in <<the steam room>> afterwards, and his {rel} saw red marks on his soles <<until closing>> but thought they would fade.
        C: By morning both soles had blistered, and at {hospital} {d.tdr} found burns to both feet and <<Muehrcke's lines>> on his nails, and he went to {ward}.
        C: He takes <<minoxidil>> tablets for blood pressure and had <<a Patient and Observer Scar Assessment Scale of 41>> at the burns clinic later.
        X: {p.tfull}, date of birth {dob}, hospital number {hosp}, lives at {addr}; he is {age}.
        X: The spa logged the complaint as {ref2}, and its <<Studio Manager>>, {o2m.full}, said the stones were not checked with a thermometer.
        X: {p.first}'s {rel} rang {phone}, and his carers from {prov} were told to check his feet each day.
        X: His GP at {gp}, {d2.tdr}, said the spa's health form had a box for diabetes that was left blank.
        X: {o3m.full}, his friend who came along, had a foot massage <<for the whole session>> and no burns.
        E: The burns service closed this review on {next}; signed by {s2.tfull}.
        """,
        ("BRN-^-####", "SPA~####"), sex="M", old=True, provider=True,
    ),
    _style(
        "home_toxin_party_swallowing_weakness_botulism_review", "prose",
        "review of a woman injected with toxin at a friend's house by an untrained seller, whose "
        "drooping eyelids and trouble swallowing were put down to tiredness, until she was "
        "treated for botulism",
        """
        H: Incident review {ref}: weakness after cosmetic injections at a house party
        H: Patient: {p.full}, aged {age} at the time, NHS number {nhs}
        C: On {date} {p.title} had forehead injections at a friend's house from a seller, {o1f.full}, who said she was an <<Aesthetic Practitioner>> and brought <<a 0.5 ml ampoule>> with no label.
        C: Three days later {p.first} had drooping eyelids and double vision, and her {rel} thought she was tired from <<isotretinoin>>, which she takes.
        C: By the fifth day she could not swallow well, and at {hospital} {d.tdr} found botulism and gave antitoxin and kept her on {ward}.
        C: The friend who held the party, {o2f.full}, had been injected too and had <<Frey's syndrome>> from old surgery, which confused the first doctor.
        C: <<the Botulinum Toxin and Cosmetic Fillers (Children) Act 2021>> was not broken, as all were adults, but the seller had no prescriber.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, home address {addr}.
        X: The trust logged the event as {ref2} and told the public health team and <<the Joint Council for Cosmetic Practitioners>>.
        X: {p.first}'s {rel} rang {mob} and asked whether the others at the party were at risk, and whether <<the Health and Care Act 2022>> covers sellers.
        X: The ward nurse {o3m.full} noted that {p.first} had been on <<clindamycin>> that week for a tooth.
        X: {o4f.full}, another guest, said the seller took cash and left <<for the whole session>> of another party the same night.
        E: The review was closed by {s2.tfull} after meeting {p.first} on {next}.
        """,
        ("IR-^-####", "PHT~-####"), sex="F",
    ),
    _style(
        "salon_booking_export_underscore_date_csv", "lines",
        "a hair salon's booking system export, as CSV with dates written as day, month and year "
        "joined by underscores, and staff written by the first name in capitals as the till login "
        "shows it, about a client who fainted and hit her head at the basin",
        """
        H: Booking notes export {ref} for client {p.full}, {hosp}; pulled by {s1.full}
        H: appt_date,time,note,staff
        C: {p.first} in for a colour; says skipped lunch; <<Senior Stylist>> starts the foils
        C: {p.first} pale at <<the backwash basin>>; slumps and hits head on the basin edge
        C: Laid on the floor; breathing; <<Salon Manager>> rings for an ambulance
        C: Ambulance to {hospital}; {d.tdr} informs a cut scalp and a faint; <<lidocaine>> used to stitch
        C: Colour left on <<during the colour processing>>; rinsed by the crew first
        X: Accident book entry made in <<the staff kitchen>>; reference {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Basin checked by {o1.full}; <<the hood dryer>> moved out of the way
        X: {p.upper} ({age}), NHS {nhs}; takes <<spironolactone>> for the skin
        X: Home address on the client card: {addr}
        E: Export run by {s2.full} on {ldate}
        """,
        ("BK-^-####", "ACC~####"),
        sex="F", topup='{stamp},{clock},"{text}",{user}', stamp="%d_%m_%Y", clock="%H:%M",
        signs=("o3", "o4", "o5"), sign_form="ufirst",
    ),
    _style(
        "tattoo_studio_steriliser_log_month_word_first_hyphen_csv", "lines",
        "a tattoo studio's steriliser and incident log, as CSV with dates written as the short "
        "month word, day and year between hyphens, and artists written as first name and surname "
        "run together, about a client who collapsed with a fit in the chair",
        """
        H: Steriliser and incident log export {ref}; client {p.caps}, {hosp}
        H: log_date,time,entry,artist
        C: {p.first} in the chair for a back piece; outline started; <<the tattoo machine>> at low speed
        C: {p.first} goes stiff and shakes <<through the outline>>; <<Tattooist>> stops at once
        C: Fit lasts two minutes; recovery position; <<Studio Manager>> calls 999
        C: Ambulance to {hospital}; {d.tdr} informs a first fit after no food and no sleep <<for the whole session>>
        C: Needles and grip bagged; <<the autoclave>> cycle run again before the next client
        X: Council inspector told under <<the Local Government (Miscellaneous Provisions) Act 1982>>; reference {ref2}
        X: {p.first}'s {rel} phoned from {phone}; told {p.first} is on {ward}
        X: Station cleaned by {o1.full}; <<the stencil>> thrown away
        X: {p.upper} ({age}), NHS {nhs}; takes <<prilocaine>> cream for the pain, brought from home
        X: Home address on the consent form: {addr}
        E: Log exported by {s2.full} on {ldate}
        """,
        ("TS-^-####", "INK~####"),
        topup='{stamp},{clock},"{text}",{user}', stamp="%b-%d-%Y", clock="%H%M",
        signs=("o3", "o4", "o5"), sign_form="camel",
    ),
    _style(
        "aesthetics_clinic_treatment_record_weekday_comma_table", "lines",
        "an aesthetics clinic's treatment record, pasted as a table with dates written as a "
        "short weekday, a comma, the day, the short month word and the year, and practitioners "
        "written as surname and the first name's initial, about a client whose cheek filler "
        "spread into a painful swelling",
        """
        H: Treatment record extract {ref}; client {p.full}, {hosp}
        H: | date | time | record entry | practitioner |
        C: Cheek filler, one syringe each side; <<the Tyndall effect>> seen from older filler
        C: {p.first} rings: cheek swollen and hot; <<Aesthetic Practitioner>> asks for photos
        C: Photos show a red lump; <<hyaluronidase>> offered but none in stock
        C: {p.first} to {hospital}; {d.tdr} informs an infected lump, drained with <<lidocaine>>
        C: {p.first} kept on {ward}; <<clindamycin>> by drip
        X: <<the Joint Council for Cosmetic Practitioners>> told; ref {ref2}
        X: Call from {p.first}'s {rel} on {phone}; passed on that {p.first} is on {ward}
        X: Batch number checked by {o1.full} in <<the treatment room>>
        X: {p.upper} ({age}), NHS {nhs}; uses <<adapalene>> gel
        X: Home address on the clinic record: {addr}
        E: Record copied by {s2.full} on {ldate}
        """,
        ("AC-^-####", "FIL~####"),
        topup="| {stamp} | {clock} | {text} | {user} |", stamp="%a, %d %b %Y", clock="%H:%M",
        signs=("o3", "o4", "o5"), sign_form="lastinit",
    ),
    _style(
        "nail_bar_hygiene_sheet_spaced_digits_table", "lines",
        "a nail bar's daily hygiene and first aid sheet, pasted as a table with dates written as "
        "day, month and year in digits with spaces between, and technicians written as first "
        "name, a dot and the surname's initial, about a girl whose hands were burnt by a gel lamp "
        "(child)",
        """
        H: Hygiene and first aid sheet {ref}; client {p.caps}, {hosp}
        H: | date | time | entry | technician |
        C: {p.first} in with her mother for gel nails; <<the UV lamp>> set by a new starter
        C: {p.first} cries under the lamp; <<Nail Technician>> takes her hands out
        C: Red blisters on the backs of both hands; cooled under the tap at <<the nail station>>
        C: {p.first} to {hospital}; {d.tdr} informs burns to both hands; <<a Vancouver Scar Scale of 9>> later
        C: {p.first} kept on {ward} for dressings; <<BABTAC>> rung for advice
        X: Council told; ref {ref2}; <<the Sunbeds (Regulation) Act 2010>> does not cover gel lamps
        X: Note: {p.first}'s {rel} rang {mob}; told {p.first} is on {ward}
        X: Lamp unplugged and tagged by {o1.full} <<until closing>>
        X: {p.upper}; NHS {nhs}; takes <<isotretinoin>> for acne, her mother says
        X: Address from the client record card: {addr}
        E: Sheet copied by {s2.full} on {ldate}
        """,
        ("NB-^-####", "NBC~####"),
        sex="F", child=True, topup="| {stamp} | {clock} | {text} | {user} |", stamp="%d %m %Y",
        clock="%H:%M", signs=("o3", "o4", "o5"), sign_form="fdotinit",
    ),
    _style(
        "salon_team_messenger_short_sept_month_thread", "lines",
        "a salon team's messenger thread, pasted with the day without a nought, the short month "
        "word (Sept for September), the year, \"at\" and the clock in square brackets, and staff "
        "written as lower-case user names of first name, an underscore and the surname's "
        "initial, about a stylist who collapsed at work and was taken in",
        """
        H: Messenger export {ref}; about {p.full}; case {hosp}
        H: Group: salon team. Times as shown on the phone.
        C: {p.first} just went down in <<the staff kitchen>>; breathing but grey
        C: Ambulance called; <<Salon Manager>> with her; clients moved to <<the waiting area>>
        C: {p.first}'s {rel} on the way; someone finish her 2pm <<through the foils>>
        C: {p.first} at {hospital}; {d.tdr} says a clot on the lung; on {ward}; <<Terry's nails>> noted too apparently
        C: She was on <<spironolactone>> and the pill, her {rel} says; doctors know
        X: Manager asks for {p.first}'s home address for the form: {addr}
        X: {p.first}'s {rel} asks for news on {phone}; accident ref {ref2}; <<the Hair Council>> card in her bag
        X: <<the National Hair and Beauty Federation>> helpline rung about sick pay
        X: {p.first} had a swollen calf all week; said it was from standing <<through the Saturday rush>>
        X: Cover for her chair sorted by {o1.full} <<until closing>>
        E: Export saved by {s2.full} on {ldate}
        """,
        ("MS-^-####", "HR~####"),
        sex="F", topup="[{stamp} at {clock}] {user}: {text}", stamp="%-d %b %Y", sept=True,
        clock="%H:%M", signs=("o3", "o4", "o5"), sign_form="funder",
    ),
    _style(
        "barbershop_day_book_single_digit_date_twelve_hour_clock", "lines",
        "a barbershop's day book, each line stamped with a day-first date with no noughts and a "
        "two-digit year and a twelve-hour clock with AM or PM, and the barber after a dash at the "
        "end of the line, about a customer who had a heart attack in the chair",
        """
        H: Day book copy {ref}; customer {p.full}, {hosp}
        H: Day book, as written at the front desk; barber at the end of each line.
        C: {p.first} in for a skin fade; says chest feels tight; waves it off <<through the Saturday rush>>
        C: {p.first} grey and sweating under the cape; <<the hot towel cabinet>> switched off
        C: Shop owner rings 999; {p.first} sat in <<the waiting area>> with aspirin chewed
        C: Crew takes {p.first} to {hospital}; {d.tdr} informs a heart attack and a stent
        C: Shop closed for the hour; <<the cut-throat razor>> and tools put away
        X: Accident book started; ref {ref2}; <<the National Hair and Beauty Federation>> rung
        X: {rel} of {p.first} rang, {phone}; told {p.first} went to {ward}
        X: Floor mopped by {o1.full}; <<the backwash basin>> left running and turned off
        X: {p.upper} ({age}), NHS {nhs}; takes <<one 120 mg tablet>> a day, his {rel} says
        X: Home address from his loyalty card: {addr}
        E: Book copied by {s2.full} on {ldate}
        """,
        ("DB-^-####", "BB~####"),
        sex="M", topup="{stamp} {clock} - {text} - {user}", stamp="%-d/%-m/%y", clock="%-I:%M %p",
        signs=("o3", "o4", "o5"), sign_form="fl|init",
    ),
    _style(
        "dermatology_consultant_hair_dye_allergy_patch_test_gp_letter", "letter",
        "a dermatology consultant writes to a client's GP after patch testing, about a hair dye "
        "allergy that a salon's skin test missed, and what the patient must avoid",
        """
        H: {ldate}¶Dermatology clinic, {hospital}¶Our ref: {ref}¶¶{d.tdr}¶{gp}
        H: Dear {d.tdr},
        C: I saw {p.tfull}, date of birth {dob}, in the patch test clinic after a reaction to hair dye on {date}, with <<Darier's sign>> negative.
        C: {p.first} had a skin test at the salon, but the <<Colourist>> {o1f.full} read it after one day and cut short the second <<during the patch test wait>>.
        C: Our patch tests show a strong allergy to the dye chemical, with <<Auspitz sign>> absent and no psoriasis, as you wondered.
        C: {p.first} should avoid dark dyes and some tattoo inks, and I have given <<bilastine>> for itch.
        C: {p.first} had <<a Dermatology Life Quality Index of 18>> at the first visit, which is high.
        X: For your file, {p.first}'s address is {addrb}, and the NHS number on our record is {nhs}.
        X: Our hospital number is {hosp}; the salon's own reference is {ref2}, and {o2.full} there has the record card.
        X: {p.first}'s {rel}, {r.full}, came to the clinic and has the same advice in writing, with a list of dyes from <<the Hair and Beauty Industry Authority>>.
        X: {p.first} is {age}, and I would be glad if you saw {p.first} again if the rash comes back.
        X: Please write to me at {s1.email} or ring {phone}; {o3.full} in our office can help on most days, and <<the British Association of Dermatologists>> has a leaflet.
        E: Yours sincerely,¶¶{s1.full}¶Consultant Dermatologist
        """,
        ("DERM/~/####", "SAL-####"),
    ),
    _style(
        "salon_owner_very_old_client_backwash_slip_daughter_letter", "letter",
        "a salon owner writes to a very old client's relative about her slip on a wet floor by "
        "the basins, the hour she sat in the salon before an ambulance was called, and her "
        "broken wrist (old)",
        """
        H: {ldate}¶{biz}, {town}¶Our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.title},
        C: I am writing, as you asked, about {date}, when {p.full}, whose {rel} you are, slipped on the wet floor by <<the backwash basin>> in our salon.
        C: Our <<Trainee Stylist>>, {o1f.full}, helped her into a chair, and she sat with tea for an hour <<throughout the blow-dry>> she had asked us to finish.
        C: When her wrist swelled, our <<Salon Manager>> {o2m.full} rang for an ambulance, and she was taken to {hospital}.
        C: I understand that {d.tdr} found a broken wrist and <<Hutchinson's sign>> was checked for a rash on her nose, which was shingles, and she stayed on {ward}.
        C: I am sorry that the wet floor sign was in <<the stockroom>>, and that we did not call sooner.
        X: Our records give her age as {age} and her date of birth as {dob}.
        X: The hospital gave us the number {hosp}; her carers from {prov} have been told.
        X: Our reference for your complaint is {ref2}, and {o3.full} from our insurers will ring you next week about <<the Consumer Protection Act 1987>>.
        X: You can reach me on {phone}, or at {o4.semail}; {o4.full} looks after our bookings.
        X: A copy of this letter goes to her GP at {gp}, as you asked, and we have told <<the Hair Council>>.
        E: Yours sincerely,¶¶{s1.full}¶Salon owner
        """,
        ("SO/~/####", "INS-####"), sex="F", old=True, provider=True,
    ),
    _style(
        "tattoo_studio_owner_infected_wrist_tattoo_partner_letter", "letter",
        "a tattoo studio owner writes in reply to a client's partner about an infected wrist "
        "tattoo, the aftercare advice given, and the studio's steriliser records",
        """
        H: {ldate}¶{biz}¶{town}¶Your letter; our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.title}
        C: Thank you for your letter about {p.full}, whose wrist tattoo we did on {date} in <<the piercing room>>, and who I understand became unwell.
        C: Our <<Tattooist>>, {o1m.full}, says the wrist was clean and the skin whole <<for the whole session>>.
        C: I understand that {p.first} was seen at {hospital}, where {d.tdr} found an infection and gave <<fusidic acid>> and tablets on {ward}.
        C: Our records for <<the autoclave>> show a full cycle that morning, and I have sent them to the council.
        C: We work under <<the Local Government (Miscellaneous Provisions) Act 1982>> registration, and the council visits each year.
        X: Our records give {p.first}'s date of birth as {dob}, from the consent form.
        X: The hospital gave you the number {hosp}, and our reference for your letter is {ref2}.
        X: {o2.full}, our <<Studio Manager>>, will ring you next week, and can be reached at {o2.semail}.
        X: You can reach me on {phone}; {o3.full}, who did the aftercare talk <<through the outline>>, remembers {p.first} well.
        X: {p.first}'s address on our form is {addr}, which I have used for the refund.
        E: Yours sincerely,¶¶{s1.full}¶Studio owner
        """,
        ("TAT/~/####", "CON-####"),
    ),
    _style(
        "school_nurse_tight_braids_scalp_infection_parent_letter", "letter",
        "a school nurse writes to a girl's parents about a scalp infection under tight braided "
        "extensions put in at a salon, the headaches she had at school, and the hair loss (child)",
        """
        H: {ldate}¶School nursing team, {town}¶Our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.first},
        C: I am writing, as you asked, about {p.full}, whose braided extensions were put in at a salon on {date}.
        C: Her class teacher, {o1f.full}, sent her to me with a headache, and I saw her scalp was red and weeping at the roots, with <<Beau's lines>> on her nails from a fever.
        C: She was seen at {hospital}, where I understand {d.tdr} found an infection of the scalp and the start of hair loss from pulling, and gave <<clindamycin>>.
        C: The salon's <<Senior Stylist>>, {o2f.full}, has told me the braids were put in <<for the whole session>> of six hours without a break.
        C: I have given you a leaflet from <<the British Association of Dermatologists>> about hair loss from tight styles.
        X: Our records give her date of birth as {dob} and her NHS number as {nhs}.
        X: The hospital gave us the number {hosp}; I understand she was given <<a 2 ml syringe>> of a pain medicine by mouth.
        X: Our reference is {ref2}, and {o3.full} from the school office will ring you next week.
        X: You can reach me on {phone}, or the team at {email2}; her head of year is {o4.full}.
        X: A copy of this letter goes to her GP at {gp}, as you asked, with the note on <<minoxidil>> the hospital suggested.
        E: Yours sincerely,¶¶{s1.full}¶School Nurse
        """,
        ("SN/~/####", "SCH-####"), sex="F", child=True,
    ),
    _style(
        "environmental_health_officer_tattoo_infections_hospital_email", "letter",
        "a council environmental health officer e-mails a hospital's infection team about a "
        "cluster of skin infections traced to one tattoo studio, and the patient it started with",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {email}¶Subject: infections after tattoos, our ref {ref}
        H: Dear {d.tdr}
        C: I am an environmental health officer at {council}, and I write about {p.tfull}, who came to you with a skin infection after a tattoo on {date}.
        C: {p.first} was tattooed at {biz}, where the <<Tattooist>> {o1m.full} used ink from an open bottle kept in <<the stockroom>>.
        C: Two more clients of the studio have been seen by their GPs, and {o2f.full} at the health protection team has the list and the numbers from <<the autoclave>>.
        C: I understand that {d2.tdr} found a slow-growing germ and gave <<clindamycin>>, and that {p.first} is on {ward}.
        C: We have closed the studio under <<the Local Government (Miscellaneous Provisions) Act 1982>> byelaws until the ink is tested.
        X: The details, for your records: {p.caps}, hospital number {hosp}, NHS number {nhs}, home address {addr}.
        X: {p.first}'s {rel} {r.full} rang our office on {phone} and asked for the test results on <<the stencil>> paper too.
        X: Our case number is {ref2}, and {o3m.last} of our team took the samples from <<the tattoo machine>>.
        X: The studio's website, {url}, still takes bookings, which we have asked it to stop.
        X: I have copied this to {email2} and to the GP at {gp}, and told <<the Office for Product Safety and Standards>> about the ink.
        E: Kind regards,¶{s1.full}¶Environmental Health Officer
        """,
        ("EH-^-###", "CASE-######"),
    ),
    _style(
        "plastic_surgery_registrar_nose_filler_skin_loss_gp_letter", "letter",
        "a plastic surgery registrar writes to a patient's GP about skin loss on the nose after "
        "filler at a beauty salon, the late dissolving injections, and the scar care planned",
        """
        H: {ldate}¶Plastic surgery department, {hospital}¶Our ref: {ref}¶¶{d.tdr}¶{gp}
        H: Dear {d.dr},
        C: I write about {p.tfull}, date of birth {dob}, who came to us with skin loss on the nose after filler on {date}.
        C: The filler was given at {biz} by a <<Beauty Therapist>>, {o1f.full}, who had no prescriber on site.
        C: We gave <<hyaluronidase>> over two days, but the salon had left {p.first} in the chair <<until the numbing cream took>> and missed the first white patch.
        C: I understand {d2.tdr} in our team saw {p.first} on {ward} and has planned scar care, with <<a Vancouver Scar Scale of 9>> at the last check.
        C: {p.first} takes <<minoxidil>> for hair loss, which does not change our plan.
        X: For your records, {p.first} lives at {addrb}; the NHS number we hold is {nhs}.
        X: Our hospital number is {hosp}; the salon's reference is {ref2}, and {o2.full} there holds the record.
        X: {p.first}'s {rel}, {r.full}, has asked that letters go to the home address, not to the <<Salon Manager>> at the salon.
        X: {p.first} is {age}, and I would be glad if you saw {p.first} in a month about mood, as {p.first} is upset by the scar.
        X: Please write to me at {s1.email} or ring {phone}; {o3.full} in our office can help, and <<Save Face>> has a register of safe clinics.
        E: Yours sincerely,¶¶{s1.full}¶Specialty Registrar
        """,
        ("PLS/~/####", "BTY-####"),
    ),
    _style(
        "care_home_manager_very_old_resident_toenail_cut_relative_email", "letter",
        "a care home manager e-mails a very old resident's relative about a toe cut by a "
        "visiting nail technician, the infection that followed, and the hospital stay (old)",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {r.pemail}¶Subject: {p.first}, our ref {ref}
        H: Dear {r.first},
        C: I am so sorry about {p.first}, and as you asked I have written down what happened after the nail visit on {date}.
        C: A visiting <<Nail Technician>>, {o1f.full}, cut his toenails in his room, and cut the skin of one toe with <<the nail drill>>.
        C: Our nurse {o2m.full} cleaned and dressed the toe with <<fusidic acid>>, but it went red over the weekend and he had a temperature.
        C: I understand that {d.tdr} found an infected toe with poor blood flow and kept him on {ward}.
        C: He has diabetes and takes <<one 180 mg tablet>> of a heart drug, which the visitor was not told about.
        X: For the hospital's form, his address here is {addr}, and his date of birth is {dob}; he is {age}.
        X: His NHS number, from our file, is {nhs}, which I gave to the ward with his medicines.
        X: The nail visit was booked through {prov}, and their reference is {ref2}; they say <<BABTAC>> insures their visitors.
        X: Our home is {home}, on {street}, and its phone is {phone}; the nurse in charge tonight is {o3.last}.
        X: If it helps, my own number is {mob}; we have stopped all nail visits <<until closing>> of our review.
        E: With best wishes to him,¶{s1.full}¶Home Manager
        """,
        ("CH-~-##", "NV-####"), sex="M", old=True, provider=True,
    ),
    _style(
        "beauty_college_tutor_work_placement_wax_burn_parent_email", "letter",
        "a beauty college tutor e-mails a student's parent about a wax burn to the student's arm "
        "on a work placement at a salon, the first aid given and the hospital visit (child)",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {r.pemail}¶Subject: {p.first}'s placement, our ref {ref}
        H: Dear {r.tfull},
        C: I am writing, as you asked, about {date}, when {p.first} was burned by hot wax on placement at {biz}.
        C: The salon's <<Beauty Therapist>>, {o1f.full}, asked {p.first} to carry <<the wax pot>> from <<the treatment room>> while it was still hot.
        C: It tipped onto {p.first}'s arm, and {o2m.full} at the salon cooled the arm under the tap in <<the staff kitchen>> for ten minutes.
        C: I understand that at {hospital} {d.tdr} found a burn on the forearm, dressed it, and kept {p.first} on {ward} that night for pain.
        C: Students on placement are covered by our own checks, and {p.first} should not have been asked to carry wax alone <<through the Saturday rush>>.
        X: Our records give {p.first}'s date of birth as {dob}, and the NHS number on the placement form is {nhs}.
        X: The hospital gave us the number {hosp}; our placement reference is {ref2}, and <<a Patient and Observer Scar Assessment Scale of 41>> was written at the dressing clinic.
        X: {o3.full}, the college's placement lead, will ring you next week, and <<the Hair and Beauty Industry Authority>> standards have been sent to the salon.
        X: You can reach me on {phone} or at the college office on {mob}; the council's advice on placements is at {url}.
        X: A copy of this goes to {p.first}'s GP at {gp}, as you asked.
        E: Kind regards,¶{s1.full}¶Beauty Therapy Tutor
        """,
        ("BC-~-####", "PLC-####"), child=True,
    ),
)
# fmt: on

# Top-up sentences, one set per register: prose reviews, logs and letters.
SHARED = (
    "The panel met on {next}, and {s2.full} said the salon had answered every question it was sent.",
    "{p.first}'s {rel} asked for the findings by e-mail, to {p.pemail}.",
    "With the patient's consent, a summary went to {gp}.",
    "{o5.full}, who was at the front desk <<through the Saturday rush>> that day, wrote an account.",
    "The timeline was checked against the booking system and the licence file held by {council}.",
    "The patient's home address, from the record, is {addr}.",
    "The panel thanked {o5.fl} for speaking openly about the day.",
    "Questions about this review can go to {s2.email} or the governance office on {phone}.",
    "{p.title} was asked to quote {ref2} in any letter about the review.",
    "The findings went to {hospital2}, which had seen a similar case from <<the tanning booth>> of another salon.",
    "{o5.tfull}, a lay member of the panel, asked that <<the Hair and Beauty Industry Authority>> see the findings.",
    "The lead nurse of {ward2} was told, as the patient had been there the year before.",
    "How the trust looks into harm is set out at {url}.",
    "An old address, {addr2}, was still on the salon's client card; {o5.last} there has put it right.",
)  # fmt: skip
SHARED_LINES = (
    "{p.first}'s {rel} rang again for news",
    "{s2.full} on call told; nothing more today",
    "Client given reference {ref2}",
    "E-mail sent to {gp} with the details",
    "Message left for {o5.full} on {mob}",
    "Open tasks passed to {s2.fl} at close",
    "{hospital2} rang: no record of the client there",
    "Home address checked as {addr}",
    "Rang {p.title} to check in: no answer <<until closing>>",
    "Stock note: <<the wax pot>> emptied and cleaned by {o5.lower}",
    "Old address on the card: {addr2}; {o5.last} to update",
)  # fmt: skip
SHARED_LETTER = (
    "{s2.full}, who leads on patient safety for {trust}, has a copy of this letter.",
    "If you would like to talk this over, my number is {phone}.",
    "Please quote our reference, {ref2}, when you write back.",
    "I have let {p.first}'s {rel} know that I am writing to you.",
    "I am grateful to {o5.full}, who helped me put the facts together.",
    "A copy stays on our file for {p.caps}.",
    "You may write to me at the address above, or to the hospital's team at {email}.",
    "As the family asked, {gp} has a copy too.",
    "A call to {p.first} on {phone} or {mob} would be welcome, I am sure.",
    "At the family's wish, {council} has been told as well.",
    "The council's page about this is at {url}.",
    "An old card gave {p.first}'s address as {addr2}; {o5.last} has put it right.",
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
    # Teso given names are also surnames: a person is not given one name twice.
    surnames = [n for n in group["L"] if n != first]
    roll = rng.random()
    if roll < 0.25:
        last = rng.choice(WORD_NAMES)
        return first, last, _listed(first, last)
    if name in PARTICLE_GROUPS and roll < 0.6:  # "Ben Haim": one surname, written whole
        last = f"Ben {rng.choice(BEN_NAMES)}"
    elif name not in PARTICLE_GROUPS and roll < 0.33:
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
                if {first, last} & set(PARTICLE_WORDS):  # "Ben" is the particle here, not a name
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
        named = who.last  # "Mr Ben Haim": the particle stays with the surname
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
            "ufirst": who.first.upper(),
            "camel": re.sub(r"[^\w]", "", f"{who.first}{who.last}"),
            "lastinit": f"{who.last} {who.first[0]}",
            "fdotinit": f"{who.first}.{who.last[0]}",
            "funder": f"{_slug(who.first)}_{_slug(who.last)[0]}",
        }[form]
        self.add(value, "PERSON", who)
        if form == "poss":
            self.add("'s")

    def initials_of(self, key: str, who: Who) -> str | None:
        if key in self.initials:
            return self.initials[key]
        letters = "".join(p[0] for p in [who.first, *re.split(r"[\s-]+", who.last)] if p)
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
        if form == "semail":  # a salon's own address: the first name at the business
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
