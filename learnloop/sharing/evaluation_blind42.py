"""A forty-second blind de-identification evaluation pack: parcels, warehouses and the gig economy.

Synthetic UK narratives with the gold span of every identifier, written without reading the
engine (see evaluation_blind42.md). The settings are new to the packs: a fulfilment centre's
conveyor, a cold store's racking, food delivery riders on e-bikes, parcels on doorsteps, a
distribution centre's lorry yard, a call centre floor, a data centre's battery room, medicines
and grocery home delivery, a dark store, a cargo bike courier, a multi-drop van round, a courier
app, a warehouse safety app, an agency's shift rota, a tachograph, a retailer's web chat and a
data centre's building management log. People come from Faker through the shared code and from
the pack's own lists: Afrikaans (with "van der", "du" and "le" surnames), Tajik (with "-zoda"
surnames), Luo, Kalenjin (with the women's "Che-"/"Je-" surnames) and Turkmen.

The interface is pack 41's: ``generate(count, seed=1)``, ``example(rng, number, style=None)``,
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

PREFIX = "blind42"
LOW_WORDS = 200
HIGH_WORDS = 480
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The agency rota prints the month in Roman numerals ("04.IX.2025"), as some European systems do.
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

# ---------------------------------------------------------------------------------------------
# Places: town -> (postcode district, dialling code, area word, council, council web domain)
# ---------------------------------------------------------------------------------------------

_TMBC = ("Tonbridge and Malling Borough Council", "tmbc.gov.uk")
_NWARKS = ("North Warwickshire Borough Council", "northwarks.gov.uk")
_LICH = ("Lichfield District Council", "lichfielddc.gov.uk")
_WNN = ("West Northamptonshire Council", "westnorthants.gov.uk")
_NNN = ("North Northamptonshire Council", "northnorthants.gov.uk")
_NWL = ("North West Leicestershire District Council", "nwleics.gov.uk")
_BOLS = ("Bolsover District Council", "bolsover.gov.uk")
_KIRK = ("Kirklees Council", "kirklees.gov.uk")
_CBED = ("Central Bedfordshire Council", "centralbedfordshire.gov.uk")
TOWN_INFO = {
    "Aylesford": ("ME20", "01622", "Medway Valley", *_TMBC),
    "Snodland": ("ME6", "01634", "Medway Valley", *_TMBC),
    "West Malling": ("ME19", "01732", "Medway Valley", *_TMBC),
    "Paddock Wood": (
        "TN12", "01892", "High Weald", "Tunbridge Wells Borough Council", "tunbridgewells.gov.uk",
    ),
    "Swanley": ("BR8", "01322", "Darent Valley", "Sevenoaks District Council", "sevenoaks.gov.uk"),
    "Greenhithe": ("DA9", "01322", "Darent Valley", "Dartford Borough Council", "dartford.gov.uk"),
    "Strood": ("ME2", "01634", "Medway Towns", "Medway Council", "medway.gov.uk"),
    "Headcorn": ("TN27", "01622", "High Weald", "Maidstone Borough Council", "maidstone.gov.uk"),
    "Coleshill": ("B46", "01675", "Tame Valley", *_NWARKS),
    "Polesworth": ("B78", "01827", "Tame Valley", *_NWARKS),
    "Fazeley": ("B78", "01827", "Tame Valley", *_LICH),
    "Fradley": ("WS13", "01543", "Cannock Chase", *_LICH),
    "Great Wyrley": (
        "WS6", "01922", "Cannock Chase", "South Staffordshire Council", "sstaffs.gov.uk",
    ),
    "Brownhills": ("WS8", "01543", "Cannock Chase", "Walsall Council", "walsall.gov.uk"),
    "Crick": ("NN6", "01788", "Watling Vale", *_WNN),
    "Kilsby": ("CV23", "01788", "Watling Vale", *_WNN),
    "Long Buckby": ("NN6", "01327", "Watling Vale", *_WNN),
    "Burton Latimer": ("NN15", "01536", "Ise Valley", *_NNN),
    "Desborough": ("NN14", "01536", "Ise Valley", *_NNN),
    "Irthlingborough": ("NN9", "01933", "Nene Valley", *_NNN),
    "Ibstock": ("LE67", "01530", "Forest Coalfield", *_NWL),
    "Measham": ("DE12", "01530", "Forest Coalfield", *_NWL),
    "South Normanton": ("DE55", "01773", "Erewash Valley", *_BOLS),
    "Shirebrook": ("NG20", "01623", "Bolsover Edge", *_BOLS),
    "Clowne": ("S43", "01246", "Bolsover Edge", *_BOLS),
    "Harworth": ("DN11", "01302", "Idle Valley", "Bassetlaw District Council", "bassetlaw.gov.uk"),
    "Thurnscoe": (
        "S63", "01709", "Dearne Valley", "Barnsley Metropolitan Borough Council", "barnsley.gov.uk",
    ),
    "Birstall": ("WF17", "01924", "Spen Valley", *_KIRK),
    "Heckmondwike": ("WF16", "01924", "Spen Valley", *_KIRK),
    "Bamber Bridge": (
        "PR5", "01772", "Lostock Vale", "South Ribble Borough Council", "southribble.gov.uk",
    ),
    "Buckshaw Village": ("PR7", "01257", "Lostock Vale", "Chorley Council", "chorley.gov.uk"),
    "Upholland": (
        "WN8", "01695", "Douglas Valley", "West Lancashire Borough Council", "westlancs.gov.uk",
    ),
    "Holmes Chapel": ("CW4", "01477", "Dane Valley", "Cheshire East Council", "cheshireeast.gov.uk"),
    "Houghton Regis": ("LU5", "01582", "Chiltern Edge", *_CBED),
    "Marston Moretaine": ("MK43", "01234", "Marston Vale", *_CBED),
    "Godmanchester": (
        "PE29", "01480", "Great Ouse", "Huntingdonshire District Council", "huntingdonshire.gov.uk",
    ),
    "Waterbeach": (
        "CB25", "01223", "Fenland Edge", "South Cambridgeshire District Council", "scambs.gov.uk",
    ),
    "Westbury": ("BA13", "01373", "White Horse Vale", "Wiltshire Council", "wiltshire.gov.uk"),
    "Stonehouse": ("GL10", "01453", "Five Valleys", "Stroud District Council", "stroud.gov.uk"),
    "Nailsea": ("BS48", "01275", "Gordano Vale", "North Somerset Council", "n-somerset.gov.uk"),
}  # fmt: skip
LOCALITIES = {
    "Aylesford": ("Eccles", "Burham"), "Snodland": ("Halling", "Holborough"),
    "West Malling": ("Leybourne", "Offham"), "Paddock Wood": ("Five Oak Green", "Brenchley"),
    "Swanley": ("Hextable", "Crockenhill"), "Greenhithe": ("Knockhall", "Ingress Park"),
    "Strood": ("Frindsbury", "Wainscott"), "Headcorn": ("Ulcombe", "Smarden"),
    "Coleshill": ("Water Orton", "Maxstoke"), "Polesworth": ("Dordon", "Birchmoor"),
    "Fazeley": ("Mile Oak", "Bonehill"), "Fradley": ("Alrewas", "Streethay"),
    "Great Wyrley": ("Cheslyn Hay", "Landywood"), "Brownhills": ("Clayhanger", "Shire Oak"),
    "Crick": ("Yelvertoft", "Lilbourne"), "Kilsby": ("Barby", "Ashby St Ledgers"),
    "Long Buckby": ("East Haddon", "Whilton"), "Burton Latimer": ("Finedon", "Cranford"),
    "Desborough": ("Rothwell", "Braybrooke"),
    "Irthlingborough": ("Great Addington", "Little Addington"),
    "Ibstock": ("Ellistown", "Battram"), "Measham": ("Oakthorpe", "Donisthorpe"),
    "South Normanton": ("Pinxton", "Blackwell"), "Shirebrook": ("Langwith", "Church Warsop"),
    "Clowne": ("Barlborough", "Whitwell"), "Harworth": ("Bircotes", "Styrrup"),
    "Thurnscoe": ("Goldthorpe", "Hickleton"), "Birstall": ("Gomersal", "Howden Clough"),
    "Heckmondwike": ("Roberttown", "Millbridge"),
    "Bamber Bridge": ("Lostock Hall", "Walton-le-Dale"),
    "Buckshaw Village": ("Euxton", "Whittle-le-Woods"), "Upholland": ("Roby Mill", "Tontine"),
    "Holmes Chapel": ("Cranage", "Brereton"), "Houghton Regis": ("Chalton", "Toddington"),
    "Marston Moretaine": ("Lidlington", "Brogborough"),
    "Godmanchester": ("Hemingford Abbots", "Offord Cluny"),
    "Waterbeach": ("Landbeach", "Chittering"), "Westbury": ("Dilton Marsh", "Bratton"),
    "Stonehouse": ("Eastington", "Frocester"), "Nailsea": ("Backwell", "Wraxall"),
}  # fmt: skip
TOWNS = tuple((town, info[0], info[1]) for town, info in TOWN_INFO.items())
HOSP_FORMS = ("A9999999", "AAA99999", "99999AA")
TOWN_HOSP = {town: HOSP_FORMS[index % 3] for index, town in enumerate(TOWN_INFO)}

STREETS = ("Trestle", "Cantilever", "Truss", "Corbel", "Plinth", "Architrave")
STREET_KINDS = ("Street", "Road", "Lane", "Close", "Terrace", "Way", "Row", "Drive")
WARDS = ("Sarabande", "Allemande", "Courante", "Bourree", "Chaconne", "Passacaglia")
WARD_KINDS = ("Ward", "Ward", "Unit", "Ward")
HOMES = ("Quartz House", "Mica Lodge", "Obsidian Court", "Jasper House", "Quartz Lodge")
PROVIDERS = ("Grommet", "Rivet", "Sprocket", "Ferrule")
PROVIDER_KINDS = ("Care Ltd", "Home Support", "Homecare Services", "Care at Home")
PRACTICES = ("Linotype", "Letterpress", "Platen", "Colophon", "Monotype")
PRACTICE_KINDS = ("Surgery", "Medical Practice", "Health Centre", "Medical Group")
HOSPITAL_FORMS = (
    "{town} Community Hospital", "{county} General Hospital", "{town} War Memorial Hospital",
    "{county} Hospital",
)  # fmt: skip
TRUST_FORMS = (
    "{county} Hospitals NHS Foundation Trust", "{county} University Hospitals NHS Trust",
    "{town} and {county} Community Health NHS Trust",
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Look-alikes: written in, never gold (each kind is tracked as negatives)
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "drug": (
        "modafinil", "trazodone", "venlafaxine", "duloxetine", "ropinirole", "trimethoprim",
        "cefalexin", "rosuvastatin", "candesartan", "doxazosin", "sitagliptin", "mesalazine",
    ),
    "dose": (
        "a 100 mg tablet", "two 5 mg tablets", "10 ml at night", "a 2 g dose", "three sachets",
        "one puff", "a 50 mg tablet",
    ),
    "score": (
        "a TIMI score of 2", "a Child-Pugh score of 7", "a MELD score of 14",
        "a Caprini score of 5", "a Beighton score of 6", "an Oxford knee score of 21",
        "a Villalta score of 9",
    ),
    "device": (
        "the pallet truck", "a reach truck", "the conveyor", "a handheld scanner", "the e-bike",
        "the shrink wrapper", "the tachograph", "the dashcam", "a sack truck", "the dock leveller",
        "a lone worker device",
    ),
    "national": (
        "the Road Haulage Association", "Logistics UK", "the Driver and Vehicle Standards Agency",
        "the Traffic Commissioner", "the Communication Workers Union",
        "the Employment Agency Standards Inspectorate", "Acas", "the Fork Lift Truck Association",
        "the Low Pay Commission",
    ),
    "law": (
        "the Working Time Regulations 1998", "the Employment Rights Act 1996",
        "the Goods Vehicles (Licensing of Operators) Act 1995",
        "the Health and Safety (Display Screen Equipment) Regulations 1992",
        "the Agency Workers Regulations 2010", "the National Minimum Wage Act 1998",
        "the Postal Services Act 2011",
    ),
    "eponym": (
        "Thompson's test", "Durkan's test", "Jobe's test", "Cozen's test", "Eichhoff's test",
        "Gaenslen's test", "Waddell's signs", "McBurney's point", "Heberden's nodes",
    ),
    "word": (
        "Shift Manager", "Area Manager", "Fleet Manager", "Transport Manager", "Yard Marshal",
        "Goods In Operative", "Night Trunker", "Multi-drop Driver", "Delivery Partner",
        "Rider Support Agent", "Inbound Lead", "Data Hall Technician", "Yard Shunter",
        "Safety Coordinator", "Wellbeing Champion", "Loss Prevention Officer",
        "Critical Facilities Engineer", "Process Guide",
    ),
    "bed": (
        "aisle 14", "dock door 7", "bay 22", "chute 11", "zone C", "desk 48", "hall 2", "gate 5",
        "cage 4",
    ),
    "duration": (
        "for a ten-hour shift", "over peak", "for forty-five minutes", "for three drops",
        "for the rest of the route", "since the last break", "for two pick waves",
        "over the night run", "for a double shift", "for nineteen minutes",
    ),
}  # fmt: skip
NATIONAL = LOOKALIKES["national"]

# ---------------------------------------------------------------------------------------------
# People of the pack's own lists
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    "Afrikaans": {
        "F": ("Marlize", "Elmarie", "Liezl", "Annelie", "Sunette", "Karlien", "Riana", "Mariska"),
        "M": ("Wikus", "Schalk", "Frikkie", "Riaan", "Tiaan", "Dawie", "Jaco", "Gerrit"),
        "L": ("Van der Westhuizen", "Van Wyk", "Du Preez", "Du Toit", "Le Riche", "Van Niekerk",
              "Pretorius", "Coetzee", "Bezuidenhout", "Oosthuizen", "Swanepoel", "Joubert"),
    },
    "Tajik": {
        "F": ("Nigora", "Farangis", "Manizha", "Dilafruz", "Sitora", "Parvina", "Mehrona"),
        "M": ("Firuz", "Bahrom", "Jamshed", "Farhod", "Shohrukh", "Daler", "Faridun", "Suhrob"),
        "L": ("Rahmonzoda", "Karimzoda", "Ismoilzoda", "Hasanzoda", "Nazarzoda", "Saidzoda",
              "Qodirov", "Sharipov", "Davlatov", "Mirzoev", "Safarov"),
    },
    "Luo": {
        "F": ("Akinyi", "Atieno", "Adhiambo", "Awino", "Achieng", "Anyango", "Apiyo"),
        "M": ("Obonyo", "Opiyo", "Ochieng", "Onyango", "Omondi", "Owino", "Ouma"),
        "L": ("Oloo", "Obiero", "Okello", "Ogola", "Ouko", "Oduor", "Odero", "Ojwang", "Amolo",
              "Oketch", "Owuor", "Ochola"),
    },
    "Kalenjin": {
        "F": ("Chelangat", "Jelimo", "Chepchumba", "Chesang", "Chepkemoi", "Jepleting"),
        "M": ("Kiplimo", "Kipsang", "Kimeli", "Kipkurui", "Kiprop", "Kibiwott", "Kiptanui"),
        "L": ("Kiprono", "Kipkemboi", "Kipruto", "Kiplagat", "Kipchirchir", "Kipkorir", "Kibet",
              "Kiprotich", "Kimutai", "Kipngeno", "Kiptoo", "Kipkosgei"),
    },
    "Turkmen": {
        "F": ("Aynabat", "Maral", "Gulshat", "Jeren", "Ogulnabat", "Enejan", "Selbi"),
        "M": ("Serdar", "Merdan", "Batyr", "Dovlet", "Begench", "Myrat", "Annageldi"),
        "L": ("Annayev", "Orazov", "Atayev", "Charyyev", "Durdyyev", "Hojayev", "Meredov",
              "Saparov", "Nurmuradov", "Amanov", "Gylyjov", "Berdiyev"),
    },
}  # fmt: skip
OWN_FIRST = {sex: tuple(n for g in OWN_GROUPS.values() for n in g[sex]) for sex in "FM"}
OWN_LAST = (
    *(n for g in OWN_GROUPS.values() for n in g["L"]),
    *(
        "Cherono", "Chepkemboi", "Jeruto", "Jelagat", "Jepchirchir", "Chepkorir", "Chebet",
        "Cherotich", "Chemutai", "Chepngeno", "Jeptoo", "Jepkosgei",
    ),
)  # fmt: skip
# A Kalenjin woman's surname is the women's form of the man's ("Kiprono", "Cherono").
KALENJIN_FEMININE = dict(zip(OWN_GROUPS["Kalenjin"]["L"], OWN_LAST[-12:], strict=True))
# Surnames that are English words of depots and carriers, written alone now and then.
WORD_NAMES = (
    "Drayman", "Waggoner", "Sledge", "Stack", "Bale", "Tipper", "Shipman", "Shifter", "Crate",
    "Baggs",
)  # fmt: skip
ALL_WORD_NAMES = frozenset(WORD_NAMES)
NICKNAMES = {
    "Marlize": ("Lize",), "Sunette": ("Nettie",), "Frikkie": ("Frik",), "Shohrukh": ("Shoh",),
    "Faridun": ("Farid",), "Ogulnabat": ("Nabat",), "Ochieng": ("Ochi",), "Achieng": ("Achi",),
    "Chepchumba": ("Chumba",), "Kibiwott": ("Kibi",),
}  # fmt: skip
# Afrikaans surnames open with a particle, capitalised alone ("Van der Westhuizen") and written in
# lower case after a first name ("Marlize van der Westhuizen"); the particle is inside the span.
PARTICLE_WORDS = ("Van der", "Van", "Du", "Le")
PARTICLES = r"\b(?:[Vv]an der|VAN DER|[Vv]an|VAN|[Dd]u|DU|[Ll]e|LE)[ _-]"
# Turkmen and Tajik surnames in -ov/-ev take -a for a woman; Kalenjin ones change their head.
FEMININE_GROUPS = frozenset({"Turkmen", "Tajik", "Kalenjin"})
# Initials that read as an abbreviation: a person with these is written "J. Surname".
CLINICAL_INITIALS = frozenset(
    """AF AKI BD BP CD CT DM DNR EC ED FY GP HB HR ID IM IV MI MR MS NG OD OK OT PE PM PO PR
    QDS RN SC TB TDS UK UTI VF VT WC AM NO SO DO GO TO IT AS AT BE BY HE IF IN IS ME MY OF ON
    OR UP US WE CPR DOA ECG GCS ICU NHS PRN SOB TIA TTO ABC AND FOR THE KK MK BM DM PM
    HGV LGV UPS BMS WMS CPC DSE PPE RTC AED DC OH""".split()
)
NAME_FORMS = (
    "full first last title tfull dr tdr init ini caps upper lower nick email pemail poss fl "
    "login rota lfi dotup under lastcomma jlogin fU camel mframe hyph"
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
    signs: tuple[str, ...] = ()  # lines: who signs a line
    sign_form: str = "full"  # lines: the form a signer is written in ("pair", "wa" special)


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
        "fulfilment_centre_conveyor_sleeve_entanglement_review", "prose",
        "review of a picker whose sleeve was drawn into a conveyor's rollers at a fulfilment "
        "centre, and who waited in the site's own first aid room while her hand swelled",
        """
        H: Incident review {ref}: hand injury at a fulfilment centre, {date}
        H: Prepared for {trust} by {s1.tfull}, patient safety lead
        C: At {time} {p.full} ({age}), a picker on the night shift, reached under <<the conveyor>> at <<chute 11>> to free a jammed parcel, and her sleeve was drawn into the rollers.
        C: The <<Process Guide>> {o1f.full} hit the stop button <<for nineteen minutes>> while the rollers were backed off by hand, and her forearm was freed with the skin torn.
        C: The site's first aider kept her in the first aid room <<for forty-five minutes>> with an ice pack, and the <<Shift Manager>> {o2m.full} drove her to {hospital} himself.
        C: At {hospital} {d.tdr} found a crushed hand with swelling rising up the arm, and she went to theatre from {ward} that night to release the pressure, after a normal <<Jobe's test>> of the shoulder.
        C: She had been taking <<duloxetine>> for back pain and <<sitagliptin>> for her sugar, and her hand felt numb before the shift, she said.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, hospital number {hosp}, lives at {addr}, and was given <<a 2 g dose>> of an antibiotic for the wound.
        X: The site's <<Safety Coordinator>> {o3m.tfull} said the guard at <<chute 11>> had been reported missing under job {ref2} and never refitted.
        X: {p.first}'s {rel} waited in the car park <<for forty-five minutes>> before security would say where she had gone.
        X: The picking target had gone up <<over peak>>, {o4.full} of the union told the panel, and the pickers clear jams by hand to save time.
        X: {o5.first}, a <<Goods In Operative>> nearby, said the stop button was behind a cage trolley and hard to reach.
        E: Signed off at the trust's patient safety panel on {next} by {s2.tfull}.
        """,
        ("IR-^-#####", "JOB~####"), sex="F",
    ),
    _style(
        "cold_store_racking_pallet_head_injury_review", "prose",
        "review of a cold store worker struck on the head by a falling pallet when a reach truck hit "
        "the racking, and whose bleed was taken for the cold",
        """
        H: Major trauma review {ref}: head injury in a cold store
        H: Patient: {p.tfull}, {age}; hospital number {hosp}
        C: On {date} {p.first} was checking stock in <<aisle 14>> of the cold store when <<a reach truck>> clipped an upright, and a pallet of frozen goods fell from the top beam onto him.
        C: He got up and said he was fine, and the <<Inbound Lead>> {o1m.full} sat him in the canteen <<for forty-five minutes>> to warm up, as he was shaking and slow to answer.
        C: When he vomited, {o2f.full} rang 999, and at {hospital} {d.tdr} found a bleed over the brain, and he was moved to {hospital2} for an operation that night.
        C: He had been on <<rosuvastatin>> and <<candesartan>>, and had worked in the cold store <<for a double shift>> the day before, as the agency was short.
        C: The truck driver had been trained on a different machine, and the site's logs show the racking had been struck <<for three drops>> of stock that week.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, lives at {addr}, and had <<a TIMI score of 2>> written in his notes from a chest pain visit last year.
        X: The warehouse's <<Safety Coordinator>>, {o3.tfull}, said the racking was inspected under <<the Fork Lift Truck Association>> guidance and logged as {ref2}.
        X: {p.first}'s {rel} rang {phone} <<for forty-five minutes>> before anyone at the site would say which hospital he was in.
        X: The nurse {o4f.full} on {ward} said he was confused <<over the night run>> of his first day, and his {rel} stayed with him.
        X: The cold store's records still showed his old address, {addr2}, so the letter about his pay went astray.
        E: Reviewed by the trauma governance group on {next}; signed by {s2.tfull}.
        """,
        ("MTR-^-####", "RCK~####"), sex="M",
    ),
    _style(
        "teenage_food_delivery_rider_e_bike_crash_review", "prose",
        "child review of a fifteen-year-old boy riding food orders on a borrowed account, who came "
        "off his e-bike and whose broken wrist and spleen injury were first seen apart (child)",
        """
        H: Child safety review {ref}, children's emergency department, {hospital}
        H: Child: {p.tfull}, date of birth {dob}, NHS number {nhs}
        C: On {date} {p.first}, who is {age}, was delivering a takeaway on <<the e-bike>> under an older cousin's account when he hit a kerb and went over the handlebars.
        C: A passer-by, {o1f.full}, found him holding his wrist and his tummy, and he rang his {rel} before she could ring 999, saying he would lose the order.
        C: At {hospital} {d.tdr} set the broken wrist and sent him home, and no one asked about the handlebar that had hit his belly <<for forty-five minutes>> of the visit.
        C: That night he was pale and faint, and his {rel} brought him back; a scan showed a torn spleen, and he was watched on {ward} with <<a Child-Pugh score of 7>> written in the wrong notes by mistake.
        C: The company's <<Rider Support Agent>> {o2m.full} had sent him three more orders <<since the last break>>, as the app did not know who was riding.
        X: The family live at {addr}, and his hospital number is {hosp}; his {rel}'s mobile is {mob}; he takes <<one puff>> of an inhaler.
        X: The delivery firm's safety team, led by {o3.tfull}, said the account had been suspended under {ref2} and that <<the Employment Agency Standards Inspectorate>> was told.
        X: {p.first} had <<a Beighton score of 6>> at a physio's the year before, his {rel} said, and his joints were very loose.
        X: The school nurse {s1.full} was told so that the school could talk to pupils riding <<over peak>> at weekends.
        X: A police officer, {o4.full}, took the bike away, as it had been changed to go faster than the law allows.
        E: Reviewed by the named nurse for safeguarding, {s2.tfull}, on {next}; referral made to the local safeguarding children partnership.
        """,
        ("CSR-^-####", "ACC-~-###"), sex="M", child=True,
    ),
    _style(
        "parcel_on_doorstep_very_old_woman_trip_review", "prose",
        "review of a very old woman who tripped over a parcel left on her doorstep and lay in the "
        "porch until her grocery delivery driver found her (old)",
        """
        H: Falls review {ref}: a fall at the front door, {hospital}
        H: Patient: {p.caps}, {age}, NHS number {nhs}
        C: On {date} {p.title} opened her front door to a knock that had already gone, and tripped over a heavy parcel the <<Multi-drop Driver>> had left against the step.
        C: She lay in the porch, unable to reach the phone, as long as <<for a ten-hour shift>> would last, until her grocery driver {o1m.full} saw her through the glass and rang 999.
        C: The ambulance crew found her cold and with a short, turned leg, and at {hospital} {d.tdr} found a broken hip and <<a Caprini score of 5>> on the clot form.
        C: She waited on {ward} for theatre until {later}, and her {rel} said no one had given her <<trazodone>> or her <<doxazosin>>, which she takes at night.
        C: The parcel was a case of bottled water ordered by her {rel}, who had asked for it to be brought inside, and the driver's photo shows it against the step.
        X: {p.tfull}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and has carers from {prov}, who give her <<a 50 mg tablet>> at breakfast.
        X: The parcel firm's customer team, {o2f.tfull}, said drivers have <<for nineteen minutes>> at most for each street and cannot wait at every door.
        X: {p.first}'s {rel} rang {phone} <<for forty-five minutes>> on the day before anyone could say she had been admitted.
        X: Her operation was with {d2.tdr}, and she went on to {home} for rehab with <<three sachets>> of a laxative a day after the codeine.
        X: The grocery driver, {o1m.first}, said he had been told <<since the last break>> to ring the office before he calls 999, and did not.
        E: Falls panel review closed by {s2.tfull} on {next}.
        """,
        ("FALL-^-####", "PCL-~-###"), sex="F", old=True, provider=True,
    ),
    _style(
        "distribution_centre_yard_night_trunker_cardiac_arrest_review", "prose",
        "review of a night trunker who collapsed in his cab in a distribution centre's lorry yard, "
        "was found two hours later, and the defibrillator that was locked in an office",
        """
        H: Out-of-hospital cardiac arrest review {ref}, {trust}
        H: Patient: {p.full} ({age}); NHS number {nhs}
        C: On {date} {p.title}, a <<Night Trunker>>, backed his trailer onto <<dock door 7>> at the distribution centre and did not get out of his cab to hand in his paperwork.
        C: The <<Yard Marshal>> {o1m.full} found him slumped over the wheel two hours later, and the <<Yard Shunter>> {o2f.full} started chest compressions on the cab floor.
        C: The defibrillator was in the transport office, which was locked <<over the night run>>, and it reached him <<for nineteen minutes>> after the call.
        C: At {hospital} {d.tdr} found a heart attack with a blocked artery, and he was cooled on {ward} but did not wake, and <<a MELD score of 14>> showed his liver had suffered too.
        C: He had been on <<rosuvastatin>> and <<candesartan>>, and <<the tachograph>> shows he had driven within his hours, with a break at the services.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lived at {addr}, and had taken <<two 5 mg tablets>> of something for his chest that night, his {rel} said.
        X: The haulage firm's <<Transport Manager>>, {o3m.tfull}, reported the event to <<the Traffic Commissioner>> and gave the panel the job number {ref2}.
        X: {p.first}'s {rel} rang {phone} when he did not answer his phone at the usual time, and was told nothing <<for forty-five minutes>>.
        X: The site has since put a defibrillator at the gatehouse, {o4.full} said, and the <<Yard Marshal>> checks each cab <<for nineteen minutes>> after it docks.
        X: <<the Road Haulage Association>> has asked for the learning, and the panel agreed to share it through {o5.full}.
        E: Signed by the trust's resuscitation lead, {s2.tfull}, on {next}.
        """,
        ("OHCA-^-###", "TRK~####"), sex="M",
    ),
    _style(
        "call_centre_agent_hypoglycaemia_taken_for_drink_review", "prose",
        "review of a call centre agent whose low blood sugar at her desk was taken for drink by her "
        "team leader, and who was sent home in a taxi instead of to hospital",
        """
        H: Patient safety review {ref}, emergency department, {hospital}
        H: Patient: {p.tfull}; hospital number {hosp}
        C: On {date} {p.first} was taking calls at <<desk 48>> when her speech became slurred and she began to cry on a call, and the caller asked for a manager.
        C: The <<Area Manager>> {o1m.full} thought she had been drinking, took her headset and sent her home in a taxi <<for forty-five minutes>> across town.
        C: The taxi driver, {o2f.full}, could not wake her at the other end and took her to {hospital}, where {d.tdr} found a blood sugar of 1.8 and gave glucose.
        C: She takes insulin and <<sitagliptin>>, and had missed her lunch because the breaks had been moved <<over peak>> to cover the phone queue.
        C: She was kept on {ward} overnight, and a note from {d2.tdr} says her team had not been told she has diabetes, though she had told them.
        X: {p.caps} ({age}), date of birth {dob}, NHS number {nhs}, lives at {addr}, and uses <<10 ml at night>> of a medicine for her stomach.
        X: The call centre's <<Wellbeing Champion>>, {o3f.tfull}, said the breaks are set by the workforce team under <<the Working Time Regulations 1998>>, reference {ref2}.
        X: {p.first}'s {rel} rang {phone} to ask why she had been sent home alone, and was told the manager had <<since the last break>> left.
        X: A colleague, {o4.full}, said {p.first} had asked to keep juice at <<desk 48>> and had been told food was not allowed on the floor.
        X: The firm said it would pay for first aid training and follow <<the Health and Safety (Display Screen Equipment) Regulations 1992>> checks, and {o5.full} will lead it.
        E: Learning shared by {s2.tfull} on {next}.
        """,
        ("ED-^-####", "HR~-####"), sex="F",
    ),
    _style(
        "data_centre_battery_room_arc_flash_burns_review", "prose",
        "review of a data centre engineer burned by an arc flash while changing a battery string "
        "in the standby power room, and the wait at a hospital without a burns service",
        """
        H: Incident review {ref}: electrical burns at a data centre
        H: Patient: {p.tfull}; hospital number {hosp}; reviewed for {trust}
        C: On {date} {p.first}, a <<Critical Facilities Engineer>>, was changing a battery string in the standby power room beside <<hall 2>> when a spanner touched two terminals and flashed.
        C: The <<Data Hall Technician>> {o1m.full} pulled him out and cooled his face and hands with water <<for nineteen minutes>>, as the first aid sign says twenty.
        C: The ambulance took him to {hospital}, where {d.tdr} dressed the burns and kept him <<for forty-five minutes>> before the burns unit at {hospital2} was rung.
        C: At {hospital2} {d2.tdr} found deep burns to both hands, and he had grafts on {later}, with a normal <<Eichhoff's test>> of his thumb written down in the clinic by mistake.
        C: He had been taking <<modafinil>> to stay awake on the night rota, and had worked <<for a double shift>> when the battery alarm came in.
        X: {p.caps} ({age}), date of birth {dob}, NHS number {nhs}, lives at {addr}, and was given <<a 2 g dose>> of an antibiotic after the grafts.
        X: The site's <<Area Manager>>, {o2f.tfull}, said the job was written as {ref2}, and that the work should have been done with the string switched off.
        X: {p.first}'s {rel} was rung by security at {time} and came to the hospital with <<a handheld scanner>> from the site still in his pocket.
        X: The data centre's owners told <<Logistics UK>> nothing, as it is not a haulier, but the panel said the learning fits any site with battery rooms, {o3.full} said.
        X: {o4.full}, who works the same rota, said nights were covered by one engineer <<over peak>> season for the customers.
        E: Closed after the family meeting with {s2.tfull} on {next}.
        """,
        ("IR-^-#####", "CHG-~-####"), sex="M",
    ),
    _style(
        "pharmacy_home_delivery_insulin_heat_very_old_man_review", "prose",
        "review of a very old man whose insulin was left in a hot porch by a pharmacy's home "
        "delivery courier, and whose high sugar went unnoticed for two days (old)",
        """
        H: Patient safety review {ref}, {hospital}
        H: Patient: {p.tfull}, {age}, NHS number {nhs}
        C: On {date} the pharmacy's courier left {p.title}'s insulin pens in his glass porch, as no one answered the door, and the porch was hot all afternoon.
        C: He used the pens for two days, and his sugars rose, and on {later} his carer {o1f.full} found him drowsy and dry, and rang 111.
        C: At {hospital} {d.tdr} found a very high sugar and acid in the blood, and he was treated on {ward} with a drip <<for forty-five minutes>> before the first bag went up.
        C: He also takes <<doxazosin>> and <<trimethoprim>> for his water, and the ward gave him <<a 100 mg tablet>> of aspirin he should not have had.
        C: The courier, {o2m.full}, said the app told him to leave parcels in a safe place <<for three drops>> in a row when no one was home.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and has carers from {prov}.
        X: The pharmacy's superintendent, {o3.tfull}, said cold chain items must be handed over in person, and the event was logged as {ref2}.
        X: {p.first}'s {rel} rang {phone} to ask why medicines that must be kept cool were left in a porch when the courier had been on the road <<since the last break>>.
        X: The diabetes nurse {o4f.full} saw him on {next} and changed his pens, and gave him a cool bag for deliveries.
        X: The courier's firm works to <<the Postal Services Act 2011>> for letters but not for medicines, {o5.full} told the panel.
        E: Learning shared by {s2.tfull} on {next}.
        """,
        ("PSR-^-####", "RX/~/###"), sex="M", old=True, provider=True,
    ),
    _style(
        "dark_store_picker_heat_illness_review", "prose",
        "review of a picker in a dark store's hot mezzanine on a summer evening, who collapsed with "
        "heat illness and was first sent home with water",
        """
        H: Incident review {ref}: heat illness at a rapid grocery store
        H: Patient: {p.full} ({age}), NHS number {nhs}
        C: On {date} {p.title} was picking orders on the mezzanine of a dark store, where the air was hot and still <<for a ten-hour shift>>, as the fans had been turned off to save power.
        C: He felt sick and dizzy and sat down by <<cage 4>>, and the <<Shift Manager>> {o1f.full} gave him water and sent him home on his bicycle.
        C: His {rel} found him at home confused and very hot, and at {hospital} {d.tdr} found heat stroke and kidney injury, with <<a Villalta score of 9>> written in error from another patient.
        C: He was cooled on {ward} <<for forty-five minutes>> with ice packs and fans, and his kidneys recovered over the next week.
        C: He takes <<venlafaxine>> for low mood, which can make it harder to lose heat, and no one at the store knew this.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and used <<three sachets>> of salts after discharge.
        X: The store's <<Safety Coordinator>>, {o2m.tfull}, said the order targets had been raised <<over peak>> and the incident was logged as {ref2}.
        X: {p.first}'s {rel} rang {phone}, and said the pickers had asked for fans and water <<since the last break>> of the week before.
        X: A union rep, {o3.full}, has written to <<Acas>> about break times and the heat on the mezzanine.
        X: {o4.full}, another picker, said the store asks for an order picked in under two minutes, and that <<the conveyor>> to the vans and <<the shrink wrapper>> were stopped.
        E: Shared with the patient on {next} by {s2.tfull}.
        """,
        ("IR-^-#####", "DS~-####"), sex="M",
    ),
    _style(
        "cargo_bike_pavement_collision_very_old_man_review", "prose",
        "review of a very old man knocked down on a pavement by a courier's cargo bike, and whose "
        "bleed on the brain was missed while his hip was treated (old)",
        """
        H: Structured judgement review {ref}: death after a fall in the street
        H: Patient: {p.full}, {age}; died {later}
        C: On {date} {p.title} was walking to the post office when a courier's cargo bike came off the road onto the pavement and knocked him down.
        C: The rider, {o1m.full}, stayed with him and rang 999, and a shopkeeper, {o2f.full}, brought a blanket, as he lay on the cold pavement <<for forty-five minutes>>.
        C: At {hospital} {d.tdr} found a broken hip, and he went to {ward}, where he grew drowsy in the night; no scan of his head was done, though he takes a blood thinner.
        C: On the second day a scan showed a bleed over the brain, and with <<a Child-Pugh score of 7>> from his liver the team could not reverse the thinner in time.
        C: He died on {later} with his {rel} beside him, and the coroner was told, as the injury came from a collision.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, hospital number {hosp}, lived at {addr}, and took <<candesartan>> and <<a 50 mg tablet>> of a painkiller.
        X: The courier firm's <<Fleet Manager>>, {o3m.full}, said the bike's camera footage had been kept under {ref2}.
        X: {p.first}'s {rel} rang {phone} to ask why no one had scanned his head, as he had hit it on the kerb.
        X: The police officer {o4.full} said the rider had been on the pavement to pass a bus, and was riding <<for the rest of the route>> with a full load.
        X: {o5.full}, a nurse on the night shift, said the ward was short <<over the night run>> and that the head injury chart was not started.
        E: Judgement review signed by {s2.tfull} on {next}.
        """,
        ("SJR-^-###", "CB/~/####"), sex="M", old=True,
    ),
    _style(
        "multi_drop_van_driver_dog_bite_sepsis_review", "prose",
        "review of a parcel van driver bitten on the hand by a dog at a delivery, whose infection "
        "was sent home twice before sepsis was found",
        """
        H: Patient safety review {ref}, urgent treatment centre and {hospital}
        H: Patient: {p.tfull}; hospital number {hosp}
        C: On {date} {p.first}, a <<Multi-drop Driver>>, was bitten on the hand by a dog that ran out when a customer opened the door, and he wrapped the hand and went on <<for the rest of the route>>.
        C: That evening the urgent treatment centre cleaned the bite, and {d.tdr} gave him <<cefalexin>> but did not check the tendons, and he drove his round the next day.
        C: On the third day the hand was red to the elbow and he shook in his van, and the <<Area Manager>> {o1f.full} told him to finish <<for three drops>> more before she would send anyone.
        C: At {hospital} {d2.tdr} found sepsis from the bite, with a normal <<Durkan's test>> at the wrist and <<Cozen's test>> at the elbow, and he went to theatre from {ward} to wash out the hand.
        C: He had not been given time off, as he is self-employed, and the firm's <<Delivery Partner>> rules pay by the parcel.
        X: {p.caps} ({age}), date of birth {dob}, NHS number {nhs}, lives at {addr}, and took <<two 5 mg tablets>> of a painkiller on his round.
        X: The customer, {o2.full}, told the police the dog was hers, and the incident was logged as {ref2}.
        X: {p.first}'s {rel} rang {phone} <<for forty-five minutes>> before the depot would give her his van's route.
        X: The firm's safety lead, {o3m.tfull}, said drivers should report bites on <<a handheld scanner>> and stop work at once.
        X: {o4.full}, who drives the next round, said drivers had been told <<over peak>> to keep going whatever happened.
        E: Closed after the patient's meeting with {s2.tfull} on {next}.
        """,
        ("PSR-^-####", "BITE~####"), sex="M",
    ),
    _style(
        "courier_app_rider_events_week_date_csv", "lines",
        "a courier app's event export, as CSV with ISO week-date stamps and support staff written "
        "as hyphenated user names, about a rider knocked off his e-bike while the app kept "
        "offering him orders",
        """
        H: Rider event export {ref} for the incident to {p.full}, {hosp}; pulled by {s1.full}
        H: iso_week_date,time,event_note,handled_by
        C: Rider {p.first} pressed the help button; says a car door opened into <<the e-bike>> at the junction
        C: No reply from rider <<for nineteen minutes>>; app sent two new orders to the same rider
        C: <<Rider Support Agent>> rang rider; a passer-by answered; ambulance on the way
        C: {p.title} taken to {hospital}; {d.tdr} informs broken collarbone and ribs; <<a TIMI score of 2>> noted on the chest pain check
        C: Orders cancelled; rider account paused <<for the rest of the route>>; food refunded
        X: <<the Employment Agency Standards Inspectorate>> asked for the rider's status; reference {ref2}
        X: Insurance form sent; rider's address given as {addr}; <<Delivery Partner>> cover checked
        X: Note: {p.first}'s {rel} rang {phone}; told he is on {ward} with <<one puff>> of an inhaler for his chest
        X: Bike recovered by {o1.full}; battery damaged; <<the dashcam>> footage asked for
        X: {p.upper} ({age}), NHS {nhs}; welfare call booked <<since the last break>> note
        E: Export run by {s2.full} on {ldate}
        """,
        ("RDR-^-####", "INS~####"),
        sex="M", topup='{stamp},{clock},"{text}",{user}', stamp="%G-W%V-%u", clock="%H:%M",
        signs=("o3", "o4", "o5"), sign_form="hyph",
    ),
    _style(
        "warehouse_safety_app_pallet_truck_foot_csv", "lines",
        "a warehouse safety app's report, pasted as CSV with eight-digit day-month-year stamps and "
        "staff written as run-together display names, about a goods-in worker whose foot was run "
        "over by a pallet truck and whose fracture was missed",
        """
        H: Safety app report {ref}; injured person {p.caps}, {hosp}
        H: ddmmyyyy,hhmm,report_text,raised_by
        C: Near miss raised: <<the pallet truck>> ran over the foot of {p.first} at <<dock door 7>>
        C: <<Goods In Operative>> says foot sore; first aider applies ice <<for nineteen minutes>>
        C: {p.title} sent back to work; limping; no X-ray offered
        C: Foot swollen at end of shift; {p.first} drives self to {hospital}; {d.tdr} informs broken bone in the foot
        C: Boot and plaster; <<an Oxford knee score of 21>> recorded by mistake on the fracture clinic form
        X: <<the Fork Lift Truck Association>> guidance on pedestrian routes checked; reference {ref2}
        X: Pedestrian walkway at <<dock door 7>> worn away <<for three drops>> of paint
        X: Note: {p.first}'s {rel} rang {phone}; told she is on {ward} overnight with <<a 50 mg tablet>> of a painkiller
        X: Truck driver {o1.full} retrained; <<the dock leveller>> light reported
        X: {p.upper} ({age}), NHS {nhs}; welfare visit booked by the <<Wellbeing Champion>>
        E: Report closed by {s2.full} on {ldate}
        """,
        ("SAF-^-####", "NM~-#####"),
        sex="F", topup='{stamp},{clock},"{text}",{user}', stamp="%d%m%Y", clock="%H%M",
        signs=("o3", "o4", "o5"), sign_form="camel",
    ),
    _style(
        "agency_shift_rota_roman_month_table", "lines",
        "an employment agency's shift rota, pasted as a table with Roman-numeral month stamps, "
        "about an agency picker booked for double shifts who collapsed with a clot on the lung",
        """
        H: Agency rota extract {ref}; worker {p.full}, {hosp}
        H: | date | start | note | booked by |
        C: Double shift booked for {p.first}; <<for a double shift>> at the cold store, <<aisle 14>>
        C: Worker says calf sore and swollen; told to carry on <<for two pick waves>>
        C: {p.first} short of breath on the stairs; sat down by <<bay 22>>
        C: Collapsed at the pick face; ambulance called; <<Shift Manager>> informs agency
        C: At {hospital} {d.tdr} informs clot on the lung; <<a Caprini score of 5>> noted; <<Thompson's test>> of the calf done
        X: <<the Agency Workers Regulations 2010>> rest breaks checked by {o1.last}; ref {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told she is on {ward}
        X: Worker's address on the agency file: {addr2}, not the new one
        X: Hours this week over the limit under <<the Working Time Regulations 1998>>; opt-out form not signed
        X: {p.upper} ({age}), NHS {nhs}; takes <<ropinirole>> at night
        E: Rota printed by {s2.full} on {ldate}
        """,
        ("AGY-^-####", "TS~####"),
        sex="F", topup="| {stamp} | {clock} | {text} | {user} |", stamp="roman",
        clock="%H:%M", signs=("o3", "o4", "o5"), sign_form="rota|lastcomma|init",
    ),
    _style(
        "hgv_tachograph_driver_activity_table", "lines",
        "a haulage firm's driver activity record, pasted as a table with year-first month-name "
        "stamps, about a lorry driver who had a seizure at the wheel in a services lorry park",
        """
        H: Driver activity record {ref}; driver {p.caps}, {hosp}
        H: | date | time | activity | entered by |
        C: Driver {p.first} starts the night run; vehicle checks done; <<the tachograph>> card in
        C: Break taken at the services <<since the last break>> rule; driver says headache
        C: <<the dashcam>> shows the lorry rolling into a parked trailer at walking pace
        C: {p.title} found shaking in the cab by another driver; ambulance called
        C: At {hospital} {d.tdr} informs a first seizure; not to drive; <<a Caprini score of 5>> on the ward form
        X: <<the Driver and Vehicle Standards Agency>> to be told; licence handed in; ref {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told he is on {ward} <<over the night run>>
        X: Trailer recovered by {o1.full}; load moved to <<bay 22>>
        X: <<the Goods Vehicles (Licensing of Operators) Act 1995>> report drafted by the <<Transport Manager>>
        X: {p.upper} ({age}), NHS {nhs}; takes <<modafinil>> for sleepiness, not known to the firm
        E: Record copied by {s2.full} on {ldate}
        """,
        ("DRV-^-####", "TCO-~-###"),
        sex="M", topup="| {stamp} | {clock} | {text} | {user} |", stamp="%Y %b %d",
        clock="%H%M", signs=("o3", "o4", "o5"), sign_form="init|ini|last",
    ),
    _style(
        "online_retailer_web_chat_child_magnets_transcript", "lines",
        "an online retailer's web chat transcript, with browser-style stamps and agents' display "
        "names, in which a mother asks about a toy set of magnets her toddler swallowed (child)",
        """
        H: Web chat transcript {ref}; customer {r.full}, about {p.full}; case {hosp}
        H: Chat started from the help page. Times are the customer's browser clock.
        C: Customer says the child swallowed some of the small magnets from the toy set, which came <<since the last break>> in the post
        C: Agent asks her to ring 111 or go to hospital now; the parcel came with no warning card
        C: Customer says {p.first} is sick and has tummy pain; they are in the car to {hospital}
        C: Customer writes later: {d.tdr} says two magnets are stuck together in the gut; going to theatre
        C: Agent raises a product safety case; <<Loss Prevention Officer>> asked to pull the listing
        X: Agent checks the order: delivered to {addr}; left in <<a sack truck>> bay by the driver
        X: Customer says {p.first} is on {ward}; {rel} staying with her; reference {ref2}
        X: Agent gives the product safety line {phone}; seller asked for the test report
        X: Customer says {p.first} also takes <<10 ml at night>> of a medicine; asks if that matters
        X: Agent notes: listing removed by {o1.full}; refund sent after a wait <<for forty-five minutes>>
        E: Transcript saved by {s2.full} on {ldate}
        """,
        ("CHAT-^-####", "PSC~####"),
        sex="F", child=True, topup="[{stamp} {clock} {zone}] {user}: {text}",
        stamp="%a %b %d %Y", clock="%H:%M:%S", signs=("o3", "o4", "o5"), sign_form="fl",
    ),
    _style(
        "data_centre_building_management_alarm_log", "lines",
        "a data centre's building management alarm log, with compact year-month-day stamps and "
        "eight-letter mainframe user names, about a technician caught in a fire suppression "
        "gas release in a data hall",
        """
        H: Alarm log export {ref}; casualty {p.full}, {hosp}
        H: YYYYMMDD HHMMSS USER: EVENT
        C: FIRE ALARM STAGE 1 <<hall 2>>; <<Data Hall Technician>> {p.first} sent to check
        C: SUPPRESSION RELEASE <<hall 2>>; door held shut <<for nineteen minutes>>
        C: {p.first} found in the lobby short of breath; first aid given by the <<Critical Facilities Engineer>>
        C: AMBULANCE ON SITE; {p.title} taken to {hospital}; {d.tdr} informs chest injury from the gas
        C: HALL 2 CLEAR; fault traced to a smoke sensor in <<zone C>>
        X: NOTE <<the Health and Safety (Display Screen Equipment) Regulations 1992>> training not relevant; ref {ref2}
        X: NOTE {p.first}'s {rel} rang {phone}; told he is on {ward}
        X: NOTE lock on <<gate 5>> failed <<over the night run>>; {o1.full} on site
        X: NOTE {p.upper} ({age}), NHS {nhs}; uses <<one puff>> of an inhaler
        X: NOTE <<a lone worker device>> not worn; <<Area Manager>> told
        E: Export run by {s2.full} on {ldate}
        """,
        ("BMS-^-####", "FS~####"),
        sex="M", topup="{stamp} {clock} {user}: {text}", stamp="%Y%m%d", clock="%H%M%S",
        signs=("o3", "o4", "o5"), sign_form="mframe",
    ),
    _style(
        "warehouse_witness_statement_cover_letter", "letter",
        "a warehouse's health and safety adviser sends a hospital's legal team a witness statement "
        "about a worker crushed between a reversing lorry and the dock, with a cover letter",
        """
        H: {ldate}¶Health and safety office, distribution centre, {town}¶Our ref: {ref}¶¶Legal services, {trust}
        H: Dear {s2.title},
        C: As you asked, I enclose the statement of our <<Yard Marshal>> about the injury to {p.tfull}, date of birth {dob}, at <<dock door 7>> on {date}.
        C: Statement of {o1m.full}: "I saw the trailer reverse onto the dock while {p.first} was still between it and <<the dock leveller>>, and I shouted for the driver to stop."
        C: "The driver, {o2.full}, stopped within a second, but {p.first} was pinned by the hips <<for nineteen minutes>> until the lorry was pulled forward."
        C: "The ambulance took {p.first} to {hospital}, where I understand {d.tdr} found a broken pelvis, and I have since been told about <<Gaenslen's test>> and a bleed."
        C: "I believe the facts in this statement are true, and I know our rules under <<the Employment Rights Act 1996>> protect me in giving it."
        X: For your file, {p.first}'s address is {addrb}, and the NHS number you gave us is {nhs}.
        X: The hospital number on your letter is {hosp}; our own accident book entry is {ref2}, and the <<Safety Coordinator>> keeps it.
        X: {p.first}'s {rel}, {r.full}, has asked that we send nothing to the family home <<over peak>> season.
        X: Our yard cameras are kept <<for forty-five minutes>> of each hour only, so the footage I can give is short; {o3.full} holds it.
        X: Please write to me at {email2} or ring {phone}; {o4.full} from our office can help <<since the last break>> on most days.
        E: Yours sincerely,¶¶{s1.full}¶Health and Safety Adviser
        """,
        ("HSA/~/####", "AB-####"), sex="M",
    ),
    _style(
        "parcel_firm_very_old_customer_collapse_letter", "letter",
        "a parcel firm's customer relations manager writes to a very old woman about the day its "
        "driver found her collapsed and left a card instead of calling for help (old)",
        """
        H: {ldate}¶Customer relations, parcel depot, {town}¶Our ref: {ref}¶¶{p.tfull}¶{addrb}
        H: Dear {p.title},
        C: I write about {date}, when our <<Multi-drop Driver>> came to your door and saw you on the hall floor through the letterbox.
        C: I am very sorry that, rather than ring 999, he left a card and went on <<for the rest of the route>>, and that you lay there until your {rel} came that evening.
        C: I understand from your {rel} that you were taken to {hospital}, where {d.tdr} found you cold and with a broken wrist, and kept you on {ward} <<for a ten-hour shift>> of fluids.
        C: Our driver, {o1m.full}, has told us he thought you were resting, and he has been spoken to by our <<Area Manager>>, {o2f.full}.
        C: We follow the advice of <<Logistics UK>>, and every driver now has a card telling them to ring 999 when they see someone who cannot get up.
        X: Our records show your age as {age} and your date of birth as {dob}, which your {rel} gave us.
        X: The hospital gave us, with your leave, the number {hosp}; I know you take <<trazodone>> at night and <<a 100 mg tablet>> in the morning.
        X: Our deputy manager, {o3.full}, has asked to visit you with flowers and to say sorry in person <<since the last break>> in your care.
        X: You can reach our team on {phone}, or the council's older people's team at {email2}; our <<Process Guide>> will call you first.
        X: A copy of this letter goes to your GP at {gp}, as your {rel} asked, and to your carers at {prov}.
        E: Yours sincerely,¶¶{s1.full}¶Customer Relations Manager
        """,
        ("CR/~/####", "PD-####"), sex="F", old=True, provider=True,
    ),
    _style(
        "call_centre_occupational_health_referral_email", "letter",
        "a call centre's team leader e-mails an occupational health service about an agent who had "
        "panic attacks after abusive calls, and who was sent back to the phones too soon",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {email}¶Subject: referral, our ref {ref}
        H: Dear {d.tdr},
        C: I am writing to refer {p.full}, who works as an agent on our customer line at <<desk 48>>, after an event on {date}.
        C: {p.first} took a call from a man who shouted abuse <<for nineteen minutes>>, and then froze, could not breathe, and was taken off the floor by the <<Wellbeing Champion>> {o1f.full}.
        C: The paramedic took {p.first} to {hospital}, where {d2.tdr} found a fast heart rate and, I understand, <<a TIMI score of 2>>, and sent {p.first} home with advice.
        C: Our <<Shift Manager>>, {o2m.full}, asked {p.first} to come back the next day, and there were two more attacks <<over peak>> that week.
        C: We must follow <<the Health and Safety (Display Screen Equipment) Regulations 1992>> for the desks, but I am more worried about the calls.
        X: For your records: {p.caps}, date of birth {dob}, NHS number {nhs}, {addr}; {p.first} takes <<venlafaxine>> each day.
        X: {p.first}'s mobile is {mob}, and {p.first}'s {rel} {r.full} would like to come to the appointment.
        X: The abusive call was recorded under {ref2}, and {o3.full} has put a block on the caller's number.
        X: Our policy on breaks was written with <<Acas>> and is on our staff site at {url}.
        X: Please ring me on {phone}; our HR adviser {o4.full} can also help <<since the last break>> in the rota.
        E: Regards,¶{s1.full}¶Team Leader
        """,
        ("OH-~-###", "CL-#####"),
    ),
    _style(
        "sorting_office_postal_worker_back_clinic_letter", "letter",
        "a delivery office manager writes to a spinal clinic about a postal worker whose back gave "
        "way lifting a full mail cage, and the numb leg that was put down to a strain",
        """
        H: {ldate}¶Delivery office, {town}¶Our ref: {ref}¶¶{d.tdr}¶Spinal clinic, {hospital}
        H: Dear {d.tdr},
        C: I write about {p.tfull}, date of birth {dob}, who hurt his back lifting a mail cage onto the van at <<gate 5>> of our sorting office on {date}.
        C: Our first aider, {o1f.full}, found him on the floor and unable to feel his left foot, and our <<Area Manager>> {o2m.full} drove him to {hospital}.
        C: I understand {d2.tdr} thought it a strain, gave him <<a 50 mg tablet>> of a painkiller and sent him home, and a normal <<Waddell's signs>> check was written down.
        C: Four days later he could not pass water, and he was taken back and found to have a slipped disc pressing on the nerves, and was operated on from {ward}.
        C: We know our duties under <<the Postal Services Act 2011>>, and I have asked <<the Communication Workers Union>> to help us look at the lifting.
        X: His address, as on our staff file, is {addrb}; the mobile given is {mob}; he takes <<duloxetine>> for pain and <<mesalazine>> for his bowel.
        X: His NHS number, as he gave it, is {nhs}, and the hospital number you gave us is {hosp}; he used <<three sachets>> of a laxative.
        X: Our insurer has given us the claim number {ref2}, and our union rep {o3m.tfull} would like to hear how he is.
        X: We have bought new cages with <<a sack truck>> for each van <<over peak>>, after advice from {o4.full}.
        X: Please ring me on {phone}; I have copied this to your patient experience team at {email}.
        E: Yours sincerely,¶¶{s1.full}¶Delivery Office Manager
        """,
        ("DO-~-###", "CLM-######"), sex="M",
    ),
    _style(
        "rider_union_rep_hospital_discharge_email", "letter",
        "a riders' union representative e-mails a hospital's patient advice service about a food "
        "delivery rider sent home with a head injury and no one to watch him",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {email}¶Subject: rider welfare concern, ref {ref}
        H: Dear {s2.first},
        C: I am the riders' union representative for the area, and I write about {p.tfull}, a <<Delivery Partner>> who came off his e-bike on {date} and hit his head.
        C: A shop worker, {o1f.full}, sat with him <<for forty-five minutes>> and rang 999, and he was taken to {hospital}, where {d.tdr} sent him home that night alone.
        C: He lives by himself and does not speak much English, and the leaflet he was given was not in his own language, so no one watched him overnight.
        C: Our volunteer {o2m.full} found him on {later} sleeping and hard to wake, and he was taken back and found to have a bleed, and was treated on {ward}.
        C: The platform does not give sick pay, and he rode <<for the rest of the route>> the day after, as he feared losing his account.
        X: His details, for your records: {p.caps}, hospital number {hosp}, NHS number {nhs}, of {addr}; he takes <<cefalexin>> for a skin infection.
        X: His {rel} {r.full} rang our office on {phone} and I have promised to call back; they ask that someone checks on him <<over peak>> hours.
        X: His account was paused under {ref2}, and {o3m.last}, our caseworker, has asked <<the Low Pay Commission>> about riders' pay when ill.
        X: Our members follow <<the National Minimum Wage Act 1998>> guidance we give, led by {o4.full}.
        X: I copied this to {email2}, the council's adult social care team, and to his GP at {gp}.
        E: Kind regards,¶{s1.full}¶Union Representative
        """,
        ("RU-^-###", "ACC-######"), sex="M",
    ),
    _style(
        "frozen_meal_delivery_very_old_man_concern_letter", "letter",
        "a frozen meal delivery firm's driver manager writes to a very old man's GP after its "
        "driver found three weeks of meals untouched in his freezer and a fall in the kitchen (old)",
        """
        H: {ldate}¶Frozen meals depot, {town}¶Our ref: {ref}¶¶{d.tdr}¶{gp}¶¶Re: {p.tfull}, {addrb}, date of birth {dob}
        H: Dear {d.tdr},
        C: I am writing about your patient {p.title}, to whom our driver has brought frozen meals each week, as our driver found him on the kitchen floor on {date}.
        C: Our driver {o1m.full} let himself in with the key safe, found him cold and confused, and rang 999, and waited with him <<for forty-five minutes>>.
        C: He had not eaten the meals for three weeks, as they were all still in the freezer, and he told our driver he had forgotten how to use the oven.
        C: I understand from his {rel} that he was taken to {hospital}, where {d2.tdr} found him dry and thin, and a <<Heberden's nodes>> note was the only thing written about his hands.
        C: Our drivers are not carers, but we have a duty to say what we see, and the <<Area Manager>> {o2f.full} asked me to write.
        X: Our records show his age as {age}, which his {rel} gave us when the meals started.
        X: His NHS number, as his {rel} gave it, is {nhs}; his hospital number is {hosp}; he takes <<rosuvastatin>> and <<a 100 mg tablet>> each morning.
        X: His carers from {prov} visit twice a week, and {o3.full} there says he was well <<since the last break>> in their visits.
        X: You can reach our depot on {phone}, or the council's team at {email2}; our driver keeps to <<for three drops>> an hour on that road.
        X: A copy goes to his {rel} {r.full}, at their request, and to the social worker {o4.full}.
        E: Yours sincerely,¶¶{s1.full}¶Driver Manager
        """,
        ("FM/~/####", "CUS-####"), sex="M", old=True, provider=True,
    ),
    _style(
        "reversing_delivery_van_child_family_letter", "letter",
        "a delivery firm's safety manager writes to a child's parents about a van that reversed "
        "into their son on a cul-de-sac, and the care he had afterwards (child)",
        """
        H: {ldate}¶Safety team, delivery depot, {town}¶Our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.title},
        C: I am writing, as you asked, about {date}, when one of our vans reversed into your son, {p.full}, on your road while he played on his scooter.
        C: Our <<Multi-drop Driver>> {o1m.full} did not see him in the mirrors, as the van's camera had been broken <<for three drops>> that day, and stopped when he heard him cry.
        C: Your neighbour, {o2f.full}, rang 999, and {p.first} was taken to {hospital}, where I understand {d.tdr} found a broken leg and kept him on {ward}.
        C: I am sorry that you were told on the day that {p.first} was not badly hurt, and that a <<McBurney's point>> check was done in the emergency department for his tummy.
        C: We have taken the van off the road, and our <<Fleet Manager>> has fitted new cameras and alarms to every van <<over peak>> season.
        X: Our records of the event give {p.first}'s date of birth as {dob} and his NHS number as {nhs}, as the ambulance crew wrote them.
        X: The hospital gave us the number {hosp}; I understand he is on <<one puff>> of an inhaler and <<10 ml at night>> of a medicine for pain.
        X: Our insurer's reference is {ref2}, and {o3.full} from our team will ring you <<since the last break>> in school.
        X: You can reach me on {phone}, or our customer team at {email2}; the police officer {o4.full} has the camera footage.
        X: A copy of this letter goes to his GP at {gp}, as you asked, and to <<the Driver and Vehicle Standards Agency>>.
        E: Yours sincerely,¶¶{s1.full}¶Safety Manager
        """,
        ("SM/~/####", "INS-####"), sex="M", child=True,
    ),
    _style(
        "grocery_delivery_very_old_woman_daughter_email", "letter",
        "a grocery delivery firm's customer care lead e-mails a very old woman's relative about the "
        "driver who found her unwell at the door, and the hospital's view (old)",
        """
        H: From: {o1.pemail}¶Sent: {ldate} {time}¶To: {r.pemail}¶Subject: {p.first}'s delivery, our ref {ref}
        H: Dear {r.first},
        C: I am so sorry about {p.first}, and as you asked I have written down what our driver saw when he brought her shopping on {date}.
        C: The <<Multi-drop Driver>> {o2m.full} found her at the door in her nightclothes, muddled and breathless, and she did not know the day, <<for nineteen minutes>> or so before he rang 111.
        C: He waited with her, and our <<Area Manager>> {o3f.full} told him to stay <<for the rest of the route>> if needed, and the ambulance took her to {hospital}.
        C: I understand {d.tdr} found a chest infection and a low sodium, and she was kept on {ward} and given <<trimethoprim>> for her water too, and <<a 2 g dose>> of an antibiotic.
        C: We have written to <<Logistics UK>> to ask for a welfare check card for drivers, and will give one to every van.
        X: For the hospital's form, her address is {addr}, and her date of birth is {dob}; she is {age}.
        X: Her NHS number was on the note in her kitchen, {nhs}, which I gave to the hospital with her <<doxazosin>>.
        X: She had told our driver <<since the last break>> that she had a fall the week before, which he did not report.
        X: Our depot is on {street}, and its phone is {phone}; we are open <<over peak>> hours on the phone.
        X: If it helps, my own number is {mob}, and our safety lead is {o4.last}, a <<Safety Coordinator>> too.
        E: With best wishes to her,¶{o1.full}¶Customer Care Lead
        """,
        ("GRC-~-##", "CUS-####"), sex="F", old=True,
    ),
)
# fmt: on

# Top-up sentences, one set per register: prose reviews, logs and letters.
SHARED = (
    "The panel met on {next} and heard from {s2.full}, who was told of the event only a week after it.",
    "{p.first}'s {rel} was offered a meeting and asked for the findings to be sent to {p.pemail}.",
    "A summary went to the patient's practice, {gp}, with the family's agreement.",
    "A statement was taken from {o5.full}, who had been at work <<over the night run>> that day.",
    "The timeline was checked against the site's own records and those held by {council}.",
    "The record gives the patient's home address as {addr}.",
    "No one was blamed, and the panel thanked {o5.fl} for being open with it.",
    "Questions about this review can go to {s2.email} or the governance office on {phone}.",
    "{p.title} was given the number {ref2} for any questions about this review.",
    "The learning was shared with the team at {hospital2}, who had seen a similar case from <<a reach truck>> at another site.",
    "A panel member, {o5.tfull}, asked for the findings to go to <<the Road Haulage Association>> as well.",
    "The manager of {ward2} was told, as the patient had stayed there <<for forty-five minutes>> of a visit the year before.",
    "The trust's page about reviews like this one is at {url}.",
    "An older address, {addr2}, was still on the site's file, and {o5.last} from the office has put it right.",
)  # fmt: skip
SHARED_LINES = (
    "Note added: {p.first}'s {rel} rang for an update",
    "Duty manager {s2.full} told; nothing more this shift",
    "Reference {ref2} given to the family",
    "Practice {gp} told by e-mail",
    "Voicemail left for {o5.full} on {mob}",
    "Handed over to {s2.fl}; open items carried over",
    "Checked with {hospital2}: not known there",
    "Address on file confirmed as {addr}",
    "Welfare call to {p.title}: no answer, phone rang <<for nineteen minutes>>",
    "Shift note: <<a handheld scanner>> handed back by {o5.lower}",
    "Old address on file: {addr2}; {o5.last} to update it",
)  # fmt: skip
SHARED_LETTER = (
    "I have copied this letter to {s2.full}, who leads on patient safety for {trust}.",
    "If you would like to talk about any of this, please ring {phone}.",
    "Our reference for this is {ref2}; please quote it in any reply.",
    "{p.first}'s {rel} knows that I am writing to you.",
    "I am grateful to {o5.full} for help in putting this letter together.",
    "I have kept a copy of this letter on our file for {p.caps}.",
    "Please write to me at the address above, or to the hospital team at {email}.",
    "A copy goes to the patient's GP practice, {gp}, as the family asked, and our depot has been busy <<over peak>> since.",
    "I know that {p.first} would be glad of a call, on {phone} or on {mob}.",
    "The matter has also been logged with {council}, as the family asked.",
    "There is more about this on the council's website, {url}.",
    "Our older records give {p.first}'s address as {addr2}; {o5.last} in our office has now put it right.",
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
        return f"{self.first} {self.after_first}"

    @property
    def after_first(self) -> str:
        """The surname as written after a first name: an Afrikaans particle in lower case."""
        for particle in PARTICLE_WORDS:
            if self.last.startswith(f"{particle} "):
                return particle.lower() + self.last[len(particle) :]
        return self.last


_NAME_OK = re.compile(r"[A-Z][a-z]+")


def _parts(name: str) -> list[str]:
    return [_fold(part) for part in re.split(r"[\s-]+", name) if part]


def _listed(first: str, last: str) -> str:
    listed = listed_names()
    parts = _parts(first) + _parts(last)
    return "listed" if all(part in listed for part in parts) else "unlisted"


def _feminine(surname: str) -> str:
    if surname in KALENJIN_FEMININE:
        return KALENJIN_FEMININE[surname]
    return f"{surname}a" if surname.endswith(("ov", "ev")) else surname


def _own(rng: random.Random, sex: str) -> tuple[str, str, str]:
    name = rng.choice(sorted(OWN_GROUPS))
    group = OWN_GROUPS[name]
    first = rng.choice(group[sex])
    roll = rng.random()
    if roll < 0.25:
        last = rng.choice(WORD_NAMES)
        return first, last, _listed(first, last)
    if roll < 0.33:
        parts = rng.sample([n for n in group["L"] if " " not in n], 2)
    else:
        parts = [rng.choice(group["L"])]
    if name in FEMININE_GROUPS and sex == "F":  # "Orazov" -> "Orazova", "Kibet" -> "Chebet"
        parts = [_feminine(part) for part in parts]
    last = "-".join(parts)
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
        self.day = date(2025, 1, 6) + timedelta(days=rng.randint(0, 670))
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
        self.refs = [self._ref(style.refs[0]), self._ref(style.refs[1])]
        slug = re.sub(r"[^a-z]+", "", _fold(self.town))
        self.host = f"{slug}-health.nhs.uk"
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
        (f"{WEEKDAYS[wd]} {ordinal(d.day)} {month} {d.year}", 1),
    ]  # fmt: skip


def _yearless(d: date) -> list[tuple[str, int]]:
    month, mon, wd = MONTHS[d.month - 1], _MON[d.month - 1], d.weekday()
    return [
        (f"{ordinal(d.day)} {month}", 5), (f"{d.day} {month}", 2), (f"the {ordinal(d.day)}", 2),
        (f"the {ordinal(d.day)} of {month}", 1), (f"{WEEKDAYS[wd]} the {ordinal(d.day)}", 1),
        (f"{_WD[wd]} {ordinal(d.day)} {mon}", 1), (f"{_WD[wd]} {d.day}/{d.month}", 1),
        (f"{month} {ordinal(d.day)}", 1), (f"{d:%d/%m}", 1), (f"{d.day} {mon}", 1),
    ]  # fmt: skip


def _pick(rng: random.Random, forms: list[tuple[str, int]]) -> str:
    return rng.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]


def _mainframe(who: Who) -> str:
    """An eight-letter user name as old systems print it: "KIPRONB" (surname, first initial)."""
    return re.sub("[^A-Z]", "", _fold(who.last).upper())[:7] + _fold(who.first)[0].upper()


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
        if form in ("email", "pemail"):
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
        value = {
            "full": who.full,
            "first": first,
            "last": who.last,
            "title": f"{self.honorific(who)} {who.last}",
            "tfull": f"{self.honorific(who)} {who.full}",
            "dr": f"{self.honorific(who)} {who.last}",
            "tdr": f"{self.honorific(who)} {who.full}",
            "ini": f"{who.first[0]}. {who.last}",
            "caps": f"{who.last.upper()}, {who.first}",
            "upper": who.full.upper(),
            "lower": who.full.lower(),
            "poss": who.full,
            "fl": f"{who.first} {who.last[0]}",
            "login": f"{_slug(who.last)}.{_slug(who.first)}",
            "rota": f"{who.last.upper()} {who.first[0].upper()}",
            "lfi": f"{who.first.lower()} {who.last[0].lower()}",
            "dotup": f"{who.first[0]}.{who.last.upper()}",
            "under": f"{_slug(who.first)}_{_slug(who.last)}".replace("-", "_"),
            "lastcomma": f"{who.last}, {who.first[0]}",
            "jlogin": f"{_fold(who.first)[0]}{re.sub('[^a-z]', '', _fold(who.last))}",
            "fU": f"{who.first} {who.last.upper()}",
            "camel": re.sub(r"[\s'-]", "", f"{who.first}{who.last.title()}"),
            "mframe": _mainframe(who),
            "hyph": f"{_slug(who.first)}-{_slug(who.last)}",
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
    moment = datetime(case.day.year, case.day.month, case.day.day, rng.randint(5, 21))
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
    for match in re.finditer(r"\{(stamp|clock|text|user|zone)\}", shape):
        out.add(shape[position : match.start()])
        piece = match.group(1)
        if piece == "stamp":
            if style.stamp == "roman":
                stamp = f"{day:%d}.{ROMAN_MONTHS[day.month - 1]}.{day.year}"
            else:
                stamp = day.strftime(style.stamp)
            out.add(stamp.upper() if style.upper_stamp else stamp, "DATE")
            out.latest = max(out.latest, day)
        elif piece == "clock":
            out.add(moment.strftime(style.clock))
        elif piece == "text":
            out.sentence(template)
        elif piece == "zone":  # a browser prints its own offset: summer time from March to October
            out.add("GMT+0100" if _summer_time(moment) else "GMT+0000")
        else:
            _signer(out, style, rng)
        position = match.end()
    out.add(shape[position:])


def _summer_time(moment: datetime) -> bool:
    def last_sunday(month: int) -> date:
        day = date(moment.year, month, 31)
        return day - timedelta(days=(day.weekday() + 1) % 7)

    return last_sunday(3) <= moment.date() < last_sunday(10)


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
