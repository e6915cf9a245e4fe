"""A forty-first blind de-identification evaluation pack: the sea and inland waterways.

Synthetic UK narratives with the gold span of every identifier, written without reading the
engine (see evaluation_blind41.md). The settings are new to the packs: a container terminal, a
roll-on roll-off ferry, a fishing trawler, a lifeboat station, a marina, a harbour wall, a pilot
boat, a cruise call with port health, a harbour diving job, a river weir, a ship's hold, a dock's
permit-to-work system, a ferry's medical locker, a coastguard operations room and a river
navigation authority. People come from Faker through the shared code and from the pack's own
lists: Greenlandic, Corsican (with the "Della" surnames), Tahitian, Chechen (with female
surnames in -a) and Mapuche.

The interface is pack 40's: ``generate(count, seed=1)``, ``example(rng, number, style=None)``,
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

PREFIX = "blind41"
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

TOWN_INFO = {
    "Padstow": ("PL28", "01841", "Camel Estuary", "Cornwall Council", "cornwall.gov.uk"),
    "Fowey": ("PL23", "01726", "Fowey Estuary", "Cornwall Council", "cornwall.gov.uk"),
    "Mevagissey": ("PL26", "01726", "St Austell Bay", "Cornwall Council", "cornwall.gov.uk"),
    "Porthleven": ("TR13", "01326", "Lizard Coast", "Cornwall Council", "cornwall.gov.uk"),
    "Mousehole": ("TR19", "01736", "Penwith", "Cornwall Council", "cornwall.gov.uk"),
    "Port Isaac": ("PL29", "01208", "North Cornwall", "Cornwall Council", "cornwall.gov.uk"),
    "St Mawes": ("TR2", "01326", "Roseland", "Cornwall Council", "cornwall.gov.uk"),
    "Appledore": (
        "EX39", "01237", "Torridge Estuary", "Torridge District Council", "torridge.gov.uk",
    ),
    "Instow": ("EX39", "01271", "Torridge Estuary", "Torridge District Council", "torridge.gov.uk"),
    "Ilfracombe": ("EX34", "01271", "North Devon Coast", "North Devon Council", "northdevon.gov.uk"),
    "Lynmouth": ("EX35", "01598", "Exmoor Coast", "North Devon Council", "northdevon.gov.uk"),
    "Dartmouth": (
        "TQ6", "01803", "Dart Estuary", "South Hams District Council", "southhams.gov.uk",
    ),
    "Teignmouth": (
        "TQ14", "01626", "Teign Estuary", "Teignbridge District Council", "teignbridge.gov.uk",
    ),
    "Lympstone": ("EX8", "01395", "Exe Estuary", "East Devon District Council", "eastdevon.gov.uk"),
    "Budleigh Salterton": (
        "EX9", "01395", "Otter Estuary", "East Devon District Council", "eastdevon.gov.uk",
    ),
    "West Bay": ("DT6", "01308", "Lyme Bay", "Dorset Council", "dorsetcouncil.gov.uk"),
    "Watchet": ("TA23", "01984", "Quantock Coast", "Somerset Council", "somerset.gov.uk"),
    "Porlock": ("TA24", "01643", "Exmoor Coast", "Somerset Council", "somerset.gov.uk"),
    "Emsworth": ("PO10", "01243", "Chichester Harbour", "Havant Borough Council", "havant.gov.uk"),
    "Bosham": (
        "PO18", "01243", "Chichester Harbour", "Chichester District Council", "chichester.gov.uk",
    ),
    "Newhaven": (
        "BN9", "01273", "Ouse Estuary", "Lewes District Council", "lewes-eastbourne.gov.uk",
    ),
    "Queenborough": ("ME11", "01795", "Sheppey", "Swale Borough Council", "swale.gov.uk"),
    "Harwich": ("CO12", "01255", "Stour Estuary", "Tendring District Council", "tendringdc.gov.uk"),
    "Walton-on-the-Naze": (
        "CO14", "01255", "Naze Coast", "Tendring District Council", "tendringdc.gov.uk",
    ),
    "West Mersea": ("CO5", "01206", "Mersea Island", "Colchester City Council", "colchester.gov.uk"),
    "Tollesbury": ("CM9", "01621", "Mersea Island", "Maldon District Council", "maldon.gov.uk"),
    "Felixstowe": ("IP11", "01394", "Orwell Estuary", "East Suffolk Council", "eastsuffolk.gov.uk"),
    "Aldeburgh": ("IP15", "01728", "Alde Estuary", "East Suffolk Council", "eastsuffolk.gov.uk"),
    "Orford": ("IP12", "01394", "Alde Estuary", "East Suffolk Council", "eastsuffolk.gov.uk"),
    "Blakeney": (
        "NR25", "01263", "Glaven Coast", "North Norfolk District Council", "north-norfolk.gov.uk",
    ),
    "Wells-next-the-Sea": (
        "NR23", "01328", "Holkham Coast", "North Norfolk District Council", "north-norfolk.gov.uk",
    ),
    "Sutton Bridge": (
        "PE12", "01406", "Wash Estuary", "South Holland District Council", "sholland.gov.uk",
    ),
    "Staithes": ("TS13", "01947", "Cleveland Coast", "North Yorkshire Council", "northyorks.gov.uk"),
    "Seahouses": (
        "NE68", "01665", "Farne Coast", "Northumberland County Council", "northumberland.gov.uk",
    ),
    "Craster": (
        "NE66", "01665", "Farne Coast", "Northumberland County Council", "northumberland.gov.uk",
    ),
    "Ravenglass": ("CA18", "01229", "Esk Estuary", "Cumberland Council", "cumberland.gov.uk"),
    "Knott End": ("FY6", "01253", "Wyre Estuary", "Wyre Council", "wyre.gov.uk"),
    "Tilbury": ("RM18", "01375", "Thames Gateway", "Thurrock Council", "thurrock.gov.uk"),
}  # fmt: skip
LOCALITIES = {
    "Padstow": ("St Merryn", "Little Petherick"), "Fowey": ("Golant", "Tywardreath"),
    "Mevagissey": ("Gorran Haven", "Pentewan"), "Porthleven": ("Breage", "Sithney"),
    "Mousehole": ("Lamorna", "Raginnis"), "Port Isaac": ("St Endellion", "Port Gaverne"),
    "St Mawes": ("Gerrans", "Portscatho"), "Appledore": ("Northam", "Abbotsham"),
    "Instow": ("Westleigh", "Fremington"), "Ilfracombe": ("Berrynarbor", "Mortehoe"),
    "Lynmouth": ("Countisbury", "Barbrook"), "Dartmouth": ("Stoke Fleming", "Dittisham"),
    "Teignmouth": ("Shaldon", "Bishopsteignton"), "Lympstone": ("Exton", "Woodbury"),
    "Budleigh Salterton": ("Otterton", "East Budleigh"),
    "West Bay": ("Burton Bradstock", "Symondsbury"), "Watchet": ("Williton", "Doniford"),
    "Porlock": ("Bossington", "Allerford"), "Emsworth": ("Southbourne", "Westbourne"),
    "Bosham": ("Fishbourne", "Chidham"), "Newhaven": ("Denton", "Piddinghoe"),
    "Queenborough": ("Minster-on-Sea", "Halfway Houses"), "Harwich": ("Dovercourt", "Parkeston"),
    "Walton-on-the-Naze": ("Kirby-le-Soken", "Great Holland"),
    "West Mersea": ("East Mersea", "Peldon"), "Tollesbury": ("Tolleshunt Knights", "Goldhanger"),
    "Felixstowe": ("Trimley St Martin", "Old Felixstowe"), "Aldeburgh": ("Thorpeness", "Friston"),
    "Orford": ("Sudbourne", "Chillesford"), "Blakeney": ("Cley next the Sea", "Morston"),
    "Wells-next-the-Sea": ("Holkham", "Warham"), "Sutton Bridge": ("Long Sutton", "Gedney Drove End"),
    "Staithes": ("Hinderwell", "Runswick Bay"), "Seahouses": ("Beadnell", "Bamburgh"),
    "Craster": ("Embleton", "Howick"), "Ravenglass": ("Muncaster", "Drigg"),
    "Knott End": ("Preesall", "Pilling"), "Tilbury": ("Chadwell St Mary", "East Tilbury"),
}  # fmt: skip
TOWNS = tuple((town, info[0], info[1]) for town, info in TOWN_INFO.items())
HOSP_FORMS = ("AA999999", "9999999A", "A99999A")
TOWN_HOSP = {town: HOSP_FORMS[index % 3] for index, town in enumerate(TOWN_INFO)}

STREETS = ("Zephyr", "Mistral", "Sirocco", "Chinook", "Levanter", "Tramontane", "Harmattan")
STREET_KINDS = ("Street", "Road", "Lane", "Close", "Terrace", "Way", "Row", "Hill")
WARDS = ("Theorbo", "Sackbut", "Crumhorn", "Shawm", "Dulcimer", "Psaltery")
WARD_KINDS = ("Ward", "Ward", "Unit", "Ward")
HOMES = ("Darjeeling House", "Assam Lodge", "Oolong Court", "Keemun House", "Lapsang Lodge")
PROVIDERS = ("Gunwale", "Fairlead", "Thimble", "Tideway")
PROVIDER_KINDS = ("Care Ltd", "Home Support", "Homecare Services", "Care at Home")
PRACTICES = ("Folio", "Vellum", "Quillpen", "Parchment", "Scriptorium")
PRACTICE_KINDS = ("Surgery", "Medical Practice", "Health Centre", "Medical Group")
HOSPITAL_FORMS = (
    "{town} Cottage Hospital", "{county} Royal Hospital", "{town} Memorial Hospital",
    "{county} District Hospital",
)  # fmt: skip
TRUST_FORMS = (
    "{county} Coast NHS Foundation Trust", "{county} Acute Hospitals NHS Trust",
    "{town} and {county} Healthcare NHS Trust",
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Look-alikes: written in, never gold (each kind is tracked as negatives)
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "drug": (
        "promethazine", "naproxen", "omeprazole", "amitriptyline", "propranolol", "aciclovir",
        "metoclopramide", "sumatriptan", "tamsulosin", "allopurinol", "colchicine", "nifedipine",
    ),
    "dose": (
        "a 500 mg capsule", "two 30 mg tablets", "5 ml twice a day", "a 1 g loading dose",
        "four drops", "one patch", "a quarter tablet",
    ),
    "score": (
        "an Alvarado score of 7", "a CHA2DS2-VASc of 4", "a PERC score of 0", "a Padua score of 4",
        "a SOFA score of 6", "a Ranson score of 3", "a Geneva score of 5",
    ),
    "device": (
        "the pilot ladder", "a lifejacket", "the immersion suit", "a Jason's cradle", "the davit",
        "a Neil Robertson stretcher", "the gangway", "the mooring line", "a Schermuly flare",
        "the EPIRB", "the bilge pump",
    ),
    "national": (
        "the Maritime and Coastguard Agency", "the Marine Accident Investigation Branch",
        "the Royal National Lifeboat Institution", "the Association of Port Health Authorities",
        "Trinity House", "the British Ports Association", "Seafish",
        "the Royal Yachting Association", "the Inland Waterways Association",
    ),
    "law": (
        "the Merchant Shipping Act 1995", "the Docks Regulations 1988",
        "the Merchant Shipping (Medical Stores) Regulations 1995", "the Pilotage Act 1987",
        "the Harbours Act 1964", "the Public Health (Ships) Regulations 1979",
        "the Marine and Coastal Access Act 2009",
    ),
    "eponym": (
        "Ortolani's test", "Adson's test", "Schober's test", "Patrick's test", "Yergason's test",
        "Neer's test", "Ober's test", "Hoffmann's sign",
    ),
    "word": (
        "Harbourmaster", "Deckhand", "Stevedore", "Berthing Officer", "Marine Pilot",
        "Port Health Officer", "Launch Authority", "Watchkeeper", "Chief Engineer",
        "Dock Operative", "Marina Assistant", "Lifeboat Helm", "Shore Crew", "Deck Officer",
        "Ferry Steward", "Crane Driver",
    ),
    "bed": (
        "berth 14", "pontoon C", "cabin 212", "deck 7", "quay 4", "slip 2", "hold 3", "bunk 2",
        "lane 9",
    ),
    "duration": (
        "for a full tide", "for two watches", "for the whole crossing",
        "for thirty-five minutes", "for half a tide", "over the night watch",
        "since the last high water", "for three hauls", "for nine minutes",
        "for the length of the shout",
    ),
}  # fmt: skip
NATIONAL = LOOKALIKES["national"]

# ---------------------------------------------------------------------------------------------
# People of the pack's own lists
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    "Greenlandic": {
        "F": ("Aviaja", "Paninnguaq", "Nivi", "Ivalu", "Arnaq", "Pipaluk", "Najaaraq"),
        "M": ("Aqqaluk", "Kuupik", "Minik", "Nuka", "Kaali", "Inunnguaq", "Hansi"),
        "L": ("Kleist", "Lynge", "Motzfeldt", "Egede", "Heilmann", "Kreutzmann", "Berthelsen",
              "Jeremiassen", "Hammeken", "Siegstad", "Rosing", "Tobiassen"),
    },
    "Corsican": {
        "F": ("Ghjulia", "Vanina", "Anghjula", "Saveria", "Ghjuvanna", "Letizia"),
        "M": ("Ghjuvan", "Santu", "Orsu", "Ghjacumu", "Petru", "Lisandru", "Dumenicu"),
        "L": ("Santoni", "Filippi", "Luciani", "Pietri", "Agostini", "Ottaviani", "Albertini",
              "Giacomoni", "Leca", "Mattei", "Della Rocca", "Della Torre", "Della Croce",
              "Della Chiesa"),
    },
    "Tahitian": {
        "F": ("Heiata", "Vaea", "Tiare", "Poerava", "Hinatea", "Teura", "Maeva"),
        "M": ("Teiva", "Manutea", "Tehei", "Raiarii", "Tamatea", "Heimana", "Moanui"),
        "L": ("Temaru", "Tetuanui", "Teriitehau", "Raapoto", "Tauhiro", "Teihotu", "Tehaamatai",
              "Faatau", "Tavaearii", "Tumahai"),
    },
    "Chechen": {
        "F": ("Zarema", "Kheda", "Petimat", "Aminat", "Zulikhan", "Luiza"),
        "M": ("Ruslan", "Alikhan", "Shamil", "Magomed", "Khasan", "Adlan", "Turpal"),
        "L": ("Gakaev", "Masaev", "Umarov", "Tsakaev", "Israpilov", "Dzhabrailov", "Mutsaev",
              "Bisultanov", "Edilov", "Saidulaev", "Khadzhiev"),
    },
    "Mapuche": {
        "F": ("Ayelen", "Millaray", "Rayen", "Relmu", "Amankay", "Llanka"),
        "M": ("Nahuel", "Lautaro", "Caupolican", "Lemu", "Antu", "Kallfu"),
        "L": ("Huenchumilla", "Painemal", "Catrileo", "Millaman", "Nahuelpan", "Llancaqueo",
              "Quilaqueo", "Ancamil", "Curihuinca", "Marileo", "Paillalef", "Huenchullan"),
    },
}  # fmt: skip
OWN_FIRST = {sex: tuple(n for g in OWN_GROUPS.values() for n in g[sex]) for sex in "FM"}
OWN_LAST = tuple(n for g in OWN_GROUPS.values() for n in g["L"])
# Surnames that are English words (fish, and the men of boats), written alone now and then.
WORD_NAMES = (
    "Sturgeon", "Seaman", "Tench", "Waterman", "Roach", "Pollock", "Mullet", "Gurnard", "Gudgeon",
    "Perch",
)  # fmt: skip
ALL_WORD_NAMES = frozenset(WORD_NAMES)
NICKNAMES = {
    "Paninnguaq": ("Pani",), "Inunnguaq": ("Inuk",), "Aqqaluk": ("Aqqa",),
    "Lisandru": ("Sandru",), "Dumenicu": ("Minicu",), "Ghjuvanna": ("Vanna",),
    "Poerava": ("Poe",), "Zulikhan": ("Zuli",), "Millaray": ("Milla",), "Caupolican": ("Caupo",),
}  # fmt: skip
PARTICLE = "Della"
PARTICLES = r"\b(?:Della|DELLA|della)[ _-]"
# Chechen surnames take -a for a woman ("Umarov", "Umarova").
FEMININE_GROUPS = frozenset({"Chechen"})
# Initials that read as an abbreviation: a person with these is written "J. Surname".
CLINICAL_INITIALS = frozenset(
    """AF AKI BD BP CD CT DM DNR EC ED FY GP HB HR ID IM IV MI MR MS NG OD OK OT PE PM PO PR
    QDS RN SC TB TDS UK UTI VF VT WC AM NO SO DO GO TO IT AS AT BE BY HE IF IN IS ME MY OF ON
    OR UP US WE CPR DOA ECG GCS ICU NHS PRN SOB TIA TTO ABC AND FOR THE KK MK BM DM PM
    MCA MOB RIB VHF ETA AIS HM LB CG""".split()
)
NAME_FORMS = (
    "full first last title tfull dr tdr init ini caps upper lower nick email pemail poss fl "
    "login rota lfi dotup under lastcomma jlogin fU"
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
        "container_terminal_straddle_carrier_crush_review", "prose",
        "review of a stevedore whose legs were crushed by a straddle carrier at a container "
        "terminal, and the time the ambulance lost at the port's security gate",
        """
        H: Major trauma review {ref}: crush injury at a container terminal, {date}
        H: Prepared for {trust} by {s1.tfull}, trauma governance lead
        C: At {time} {p.full} ({age}), a <<Stevedore>> lashing boxes on <<quay 4>>, was caught by a straddle carrier reversing out of the stack, and both legs were trapped under its wheel.
        C: The <<Crane Driver>> {o1m.full} saw it from the cab and radioed the control room, and the carrier was driven off him <<for nine minutes>> before anyone reached him.
        C: The ambulance was held at the security gate because no one had told the gatehouse, and {o2f.full} from the control room walked it in <<for thirty-five minutes>> after the call.
        C: At {hospital} {d.tdr} found open fractures of both shins and a pelvic injury, with <<a SOFA score of 6>> by the next morning, and he went to theatre twice from {ward}.
        C: He had been taking <<naproxen>> for his back and <<omeprazole>> with it, and lost a great deal of blood before the bleeding was stopped.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, hospital number {hosp}, lives at {addr}, and was given <<a 1 g loading dose>> of an antibiotic for the open wounds.
        X: The terminal's safety manager {o3m.tfull} said the carrier's reversing camera had been reported under job {ref2} and that the yard works to <<the Docks Regulations 1988>>.
        X: {p.first}'s {rel} heard of it from a workmate and rang {phone} <<for thirty-five minutes>> before anyone would say where he was.
        X: The port's own paramedic post had been closed <<over the night watch>> to save money, {o4.full} of the union told the panel.
        X: {o5.first}, a <<Dock Operative>> on the same shift, said the stack lights at <<quay 4>> had been out for a week.
        E: Signed off at the trust's trauma panel on {next} by {s2.tfull}.
        """,
        ("MTR-^-####", "TRM/~/#####"), sex="M",
    ),
    _style(
        "ro_ro_ferry_car_deck_stairs_very_old_woman_fall_review", "prose",
        "review of a very old woman who fell on the steep stairs from a ferry's car deck, and lay on "
        "the landing until the ship berthed (old)",
        """
        H: Falls review {ref}: a ferry passenger's hip fracture, {hospital}
        H: Patient: {p.caps}, {age}, NHS number {nhs}
        C: On {date} {p.title} was going down from the lounge to her car in <<lane 9>> of <<deck 7>> with her {rel} when she missed a step on the steep stairwell and fell to the landing.
        C: The <<Ferry Steward>> {o1f.full} found her unable to stand and called the ship's first aid party, who kept her on the landing <<for the whole crossing>> because the lift was out of use.
        C: The <<Deck Officer>> {o2m.full} had her carried off in <<a Neil Robertson stretcher>> once the ship berthed, and the port called an ambulance from the linkspan.
        C: At {hospital} {d.tdr} found a broken hip, and she had <<a Padua score of 4>> on admission to {ward}, where she waited a day for theatre.
        C: She had been on <<propranolol>> and <<amitriptyline>>, and her {rel} said she was giddy after the crossing's swell.
        X: {p.tfull}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and has carers from {prov}, who give her <<a quarter tablet>> of a sleeping tablet.
        X: The ferry company's safety officer, {o3m.tfull}, said the passenger lift had been reported under {ref2} <<for two watches>> before the sailing.
        X: {p.first}'s {rel} rang {phone} <<for thirty-five minutes>> before the ward could say she had arrived.
        X: Her operation was on {later} with {d2.tdr}, and she went on to rehab at {home} after physiotherapy each day, with <<one patch>> for pain.
        X: The company reported the fall to <<the Marine Accident Investigation Branch>>, and {o4.full} of the crew said passengers are told over the tannoy to use <<the gangway>> lift.
        E: Falls panel review closed by {s2.tfull} on {next}.
        """,
        ("FALL-^-####", "FRY-~-###"), sex="F", old=True, provider=True,
    ),
    _style(
        "fishing_trawler_winch_entanglement_review", "prose",
        "review of a deckhand whose arm was caught in a trawler's net winch at sea, and the long "
        "wait for a helicopter and a hospital with a hand surgeon",
        """
        H: Incident review {ref}: an arm injury at sea, plastics and hand service, {trust}
        H: Patient: {p.tfull}; hospital number {hosp}
        C: On {date} {p.first} was a <<Deckhand>> on a trawler forty miles out when his sleeve caught on the net drum, and his arm was pulled round the winch <<for three hauls>> of the drum before it stopped.
        C: The skipper, {o1m.full}, cut the power and called the coastguard, who sent a helicopter; the crew used <<the EPIRB>> when the radio signal was lost.
        C: The winchman lifted him in <<a Jason's cradle>> at the third try, <<for nine minutes>> in a heavy swell, and he was flown to {hospital}.
        C: {d.tdr} found a torn artery and broken forearm, and he was sent on to {hospital2} for the hand surgeons, with <<a SOFA score of 6>> by the time he arrived.
        C: He had been taking <<naproxen>> for a sore shoulder, and had been at sea <<for two watches>> without sleep.
        X: {p.caps} ({age}), date of birth {dob}, NHS number {nhs}, lives at {addr}, and had <<a 1 g loading dose>> of an antibiotic in the helicopter.
        X: The boat's owner, {o2.tfull}, said the guard on the winch had been taken off to fix a leak and was never put back, under job {ref2}.
        X: {p.first}'s {rel} waited on the quay <<since the last high water>> and rang {phone} for news.
        X: The boat is registered with <<Seafish>> for its safety training, and the crew had done the course, {o3.full} said.
        X: The surgeon {o4f.full} saw him on {later} and said the nerve had been stretched <<for three hauls>> of the drum.
        E: Findings shared with the family by {s2.tfull} on {next}.
        """,
        ("PLS-^-###", "JOB~####"), sex="M",
    ),
    _style(
        "lifeboat_mudflat_rescue_child_hypothermia_review", "prose",
        "child review of a boy stuck in estuary mud as the tide came in, rescued by a lifeboat crew "
        "and sent home from the emergency department still cold (child)",
        """
        H: Child safety review {ref}, children's emergency department, {hospital}
        H: Child: {p.tfull}, date of birth {dob}, NHS number {nhs}
        C: On {date} {p.first} walked out on the mud after a ball and sank to his thighs, and the water rose round him <<for half a tide>> while his {rel} rang 999.
        C: The <<Lifeboat Helm>> {o1f.full} brought the inshore boat in on the flood, and the <<Shore Crew>> used mud boards and <<a lifejacket>> to free him.
        C: He was shivering and grey, and the crew handed him to the ambulance at <<slip 2>>; at {hospital} {d.tdr} warmed him <<for thirty-five minutes>> and sent him home.
        C: That night he was drowsy and cold again, and his {rel} brought him back; he was admitted to {ward} with a low temperature and <<a PERC score of 0>> written by mistake on the chest pain form.
        C: He had been given <<promethazine>> for car sickness that morning, which the ward said may have made him sleepy.
        X: The family live at {addr}, and his hospital number is {hosp}; his {rel}'s mobile is {mob}; he takes <<5 ml twice a day>> of a cough syrup.
        X: The lifeboat station's operations manager {o2m.tfull} said the crew had logged the shout under {ref2} <<for the length of the shout>>.
        X: The coastguard officer {o3.full} said signs on the sea wall warn of the mud, and that <<the Maritime and Coastguard Agency>> has asked for more.
        X: {p.first} had <<an Alvarado score of 7>> at his GP's the month before, when his tummy pain settled without an operation.
        X: The school nurse {s1.full} was told so that the class would know why he was away <<over the night watch>> and the next day.
        E: Reviewed by the named nurse for safeguarding, {s2.tfull}, on {next}; no concerns about care at home.
        """,
        ("CSR-^-####", "SHT-~-###"), sex="M", child=True,
    ),
    _style(
        "marina_pontoon_very_old_man_immersion_review", "prose",
        "review of a very old man who lived on his boat and fell between the hull and the pontoon "
        "one winter night, and whose chest infection was missed (old)",
        """
        H: Patient safety review {ref}, {hospital}
        H: Patient: {p.tfull}, {age}, NHS number {nhs}
        C: On {date} {p.title}, who lives aboard his yacht on <<pontoon C>>, stepped off in the dark and fell between the hull and the pontoon.
        C: A <<Marina Assistant>>, {o1m.full}, heard him shout and threw <<a lifejacket>>, and he held on to <<the mooring line>> until the fire service lifted him out.
        C: He was taken to {hospital}, where {d.tdr} warmed him and sent him home the same night, without a chest film, to the boat, after a normal <<Patrick's test>> of the sore hip.
        C: Four days later a neighbour on <<berth 14>>, {o2f.full}, found him breathless, and at {hospital2} {d2.tdr} found a pneumonia from the water he had breathed in.
        C: He was on <<allopurinol>> and <<nifedipine>>, and his {rel} said he had fallen twice on the pontoon since the winter began.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, gives his address as the marina, {addr}, and takes <<a quarter tablet>> of a water tablet.
        X: The marina's manager, {o3.tfull}, said the pontoon lights had failed <<since the last high water>>, and the job was logged as {ref2}.
        X: {p.first}'s {rel} rang {phone} to ask why he had been sent back to a boat in January, and said the <<Marina Assistant>> had been kind.
        X: The council, {council}, said its older people's team could visit a boat if asked, as <<the Marine and Coastal Access Act 2009>> does not stop it.
        X: {o4.full}, the respiratory nurse, saw him on {later} and arranged oxygen <<for two watches>> a day at first.
        E: Learning shared by {s2.tfull} on {next}.
        """,
        ("PSR-^-####", "MAR/~/###"), sex="M", old=True,
    ),
    _style(
        "harbour_wall_jumping_teenager_spinal_review", "prose",
        "child review of a teenage boy who jumped from a harbour wall at low water and hurt his "
        "neck, and was pulled out by friends without any care for his spine (child)",
        """
        H: Child major trauma review {ref}: spinal injury after a harbour jump
        H: Child: {p.tfull}, date of birth {dob}, hospital number {hosp}
        C: On {date} {p.first} jumped with friends from the end of the harbour wall beside <<quay 4>>, not knowing the tide had dropped <<for half a tide>> since they arrived.
        C: He hit the bottom with his head, and his friends pulled him up <<the pilot ladder>> by his arms, and he said his hands felt like pins and needles.
        C: The <<Harbourmaster>> {o1m.full} saw them from the office and called the coastguard, and the <<Launch Authority>> {o2f.full} sent the inshore lifeboat in case he went back in.
        C: At {hospital} {d.tdr} found weakness in both arms and a broken bone in the neck, and he was moved to {hospital2} in a collar to the spinal team, after <<Hoffmann's sign>> was found on the left.
        C: He had taken <<sumatriptan>> for a headache that morning, his {rel} said, and his notes show a normal <<Adson's test>> at a sports clinic last year.
        X: The family live at {addr}; his NHS number is {nhs}; his {rel}'s mobile is {mob}; he uses <<four drops>> of an eye medicine.
        X: The harbour authority said it had put up signs under <<the Harbours Act 1964>> byelaws, and the incident was logged as {ref2}.
        X: A friend's mother, {o3f.full}, said the boys had jumped every day <<since the last high water>> of the spring tides.
        X: {p.first} stayed on {ward} <<for two watches>> of nursing each day at first, and went home on {next}.
        X: The youth worker {o4.full} said a talk on cold water from <<the Royal National Lifeboat Institution>> is booked for the school.
        E: Reviewed by the child major trauma lead {s2.tfull}; no concerns about care at home.
        """,
        ("CMT-^-###", "HBR~-####"), sex="M", child=True,
    ),
    _style(
        "pilot_ladder_fall_marine_pilot_review", "prose",
        "review of a marine pilot who fell from a ship's pilot ladder into the pilot boat, and "
        "whose spleen injury was found only on the second day",
        """
        H: Patient safety review {ref}, emergency department, {hospital}
        H: Patient: {p.full} ({age}), NHS number {nhs}
        C: On {date} {p.title}, a <<Marine Pilot>>, was climbing <<the pilot ladder>> of an inbound tanker when a rung gave way, and he fell onto the deck of the pilot boat.
        C: The coxswain of the pilot boat, {o1m.full}, laid him on the deck in <<the immersion suit>> he was wearing and radioed the harbour, and the ship was held <<for thirty-five minutes>>.
        C: He walked off the boat and was seen at {hospital} by {d.tdr}, who found bruised ribs and sent him home with <<naproxen>> and advice.
        C: The next day his {rel} found him pale and faint, and at {hospital2} a scan showed a torn spleen, and he had an operation that night after <<a Ranson score of 3>> was wrongly worked out.
        C: He had <<a CHA2DS2-VASc of 4>> written in his notes from an irregular heartbeat, and took a blood thinner, which the first team had not asked about.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and was given <<a 500 mg capsule>> of an antibiotic after the operation.
        X: The port's pilotage manager {o2f.tfull} reported the fall to <<the Marine Accident Investigation Branch>> under {ref2}.
        X: The ship's <<Deck Officer>>, {o3.full}, said the ladder had been rigged by a new crew member <<over the night watch>>.
        X: Pilots work under <<the Pilotage Act 1987>>, and {o2f.last} told the panel that the ladder's rungs are checked by the ship, not the port.
        X: {p.first} had used <<four drops>> of his eye drops on the boat, his {rel} said, and the port's records still showed his old address, {addr2}.
        E: Shared with the family on {next} by {s2.tfull}.
        """,
        ("ED-^-####", "MAIB~####"), sex="M",
    ),
    _style(
        "cruise_call_norovirus_very_old_passenger_death_review", "prose",
        "death review of a very old cruise passenger who came ashore with vomiting and diarrhoea, "
        "and died of dehydration after a delay in admission (old)",
        """
        H: Structured judgement review {ref}: death after a cruise call
        H: Patient: {p.full}, {age}; died {later}
        C: On {date} {p.title} was carried off a cruise ship at the port in a wheelchair with vomiting and diarrhoea, after two days in <<cabin 212>> with the ship's doctor.
        C: The <<Port Health Officer>> {o1f.full} had been told of an outbreak on board under <<the Public Health (Ships) Regulations 1979>>, and asked the hospital to take ill passengers to a side room.
        C: At {hospital} he waited in a corridor <<for thirty-five minutes>> for a side room, and {d.tdr} found his kidneys failing, with <<a SOFA score of 6>> by the evening.
        C: He was on <<tamsulosin>> and <<nifedipine>>, which were not stopped, and his fluids were not written up until the night team came.
        C: He died on {ward} on {later} with his {rel} beside him, and the coroner and <<Trinity House>>, which had a pilot aboard, were told.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, hospital number {hosp}, lived at {addr}, and took <<a quarter tablet>> of a blood pressure tablet.
        X: The ship's agent, {o2m.full}, said the cruise line had given the port a list of ill passengers under {ref2} <<over the night watch>>.
        X: {p.first}'s {rel} rang {phone} to say that his medicines had been left in <<cabin 212>> and were sent on by courier.
        X: <<the Association of Port Health Authorities>> was told by {o3.full}, and the hospital's infection team met the ship's doctor.
        X: {o4.full}, the nurse on the first night, said the ward was short <<over the night watch>> and that she had little time with each patient.
        E: Judgement review signed by {s2.tfull} on {next}.
        """,
        ("SJR-^-###", "PHA/~/####"), sex="M", old=True,
    ),
    _style(
        "harbour_diver_decompression_illness_review", "prose",
        "review of a commercial diver working on a harbour wall who had the bends after a dive, and "
        "was taken to the nearest hospital instead of a chamber",
        """
        H: Incident review {ref}: decompression illness, {trust}
        H: Patient: {p.tfull}; hospital number {hosp}
        C: On {date} {p.first} dived three times to check the foot of the harbour wall by <<berth 14>>, and came up fast on the last dive when his air ran low.
        C: An hour later his shoulders ached and his legs tingled, and the dive supervisor {o1m.full} gave him oxygen <<for nine minutes>> before the cylinder ran out.
        C: The ambulance took him to {hospital}, where {d.tdr} thought he had a trapped nerve, found a normal <<Neer's test>>, and kept him <<for thirty-five minutes>> before the dive team insisted.
        C: He was sent on to the chamber at {hospital2}, where {d2.tdr} treated him in the chamber for five hours, and some weakness in his leg remains, with <<Ober's test>> tight on that side.
        C: He had been on <<propranolol>> for his blood pressure and had been told to stop diving, which his firm did not know.
        X: {p.caps} ({age}), date of birth {dob}, NHS number {nhs}, lives at {addr}, and was given <<a 500 mg capsule>> of a painkiller at the first hospital.
        X: The harbour's engineer {o2f.tfull} said the dive was logged under {ref2} and that the firm works to <<the Docks Regulations 1988>> as well as the diving rules.
        X: {p.first}'s {rel} waited at <<slip 2>> <<since the last high water>> and then rang {phone}.
        X: The <<Harbourmaster>>, {o3.full}, said the dive plan did not name the nearest chamber.
        X: {o4.full}, another diver on the team, said the air supply had been filled by a new compressor <<over the night watch>>.
        E: Closed after the family meeting with {s2.tfull} on {next}.
        """,
        ("IR-^-#####", "DIV-~-####"), sex="M",
    ),
    _style(
        "river_weir_kayak_capsize_near_drowning_review", "prose",
        "review of a young woman who capsized her kayak below a weir on a navigable river, and "
        "whose lung injury was missed after she was pulled out",
        """
        H: Incident review {ref}: near drowning below a river weir
        H: Patient: {p.tfull}; hospital number {hosp}; reviewed for {trust}
        C: On {date} {p.first} was paddling with a club when her kayak was pulled into the stopper below the weir, and she went round in the water <<for nine minutes>>.
        C: A lock volunteer, {o1m.full}, threw a line from the bank and the club's coach {o2f.full} reached her in <<a lifejacket>> and pulled her to the steps.
        C: She was coughing and cold, and at {hospital} {d.tdr} listened to her chest, said it was clear, and sent her home <<for thirty-five minutes>> after she arrived.
        C: That night she was breathless and her lips were blue, and she was admitted to {ward} with fluid on the lungs and <<a Geneva score of 5>> on the form for a clot.
        C: She had taken <<metoclopramide>> the day before for sickness, and was on <<aciclovir>> for a cold sore.
        X: {p.caps} ({age}), date of birth {dob}, NHS number {nhs}, lives at {addr}, and uses <<four drops>> in her eyes for hay fever.
        X: {p.first}'s {rel} waited at the lock and then rang {phone}, the navigation office.
        X: The river's navigation officer, {o3.tfull}, said the warning buoys above the weir had been moved <<since the last high water>>, and logged it as {ref2}.
        X: A second paddler, {o4m.full}, was treated for cold <<for nine minutes>> in the ambulance.
        X: The club follows the advice of <<the Inland Waterways Association>> and the weir signs, the coach {o5.full} explained.
        E: Closed after the family meeting with {s2.tfull} on {next}.
        """,
        ("IR-^-#####", "NAV-~-####"), sex="F",
    ),
    _style(
        "ship_hold_fumigant_collapse_review", "prose",
        "review of a dock worker who went into a ship's hold after fumigation and collapsed, and "
        "whose poisoning was taken for a faint",
        """
        H: Patient safety review {ref}, emergency department, {hospital}
        H: Patient: {p.full} ({age}), NHS number {nhs}
        C: On {date} {p.title} went down into <<hold 3>> of a grain ship to free a jammed hatch, and collapsed at the foot of the ladder.
        C: The <<Chief Engineer>> {o1m.full} sounded the alarm, and the fire service brought him up on <<a Neil Robertson stretcher>> of work in breathing sets.
        C: At {hospital} {d.tdr} thought he had fainted, and he was sent home after <<a PERC score of 0>> and a normal heart tracing.
        C: The next day he was breathless and vomiting, and his {rel} told the team at {hospital2} that the hold had been fumigated, and {d2.tdr} treated him for poisoning on {ward} with <<a 1 g loading dose>> of a drug.
        C: He had been taking <<colchicine>> for gout, and the poisons service said this did not change the treatment.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and was on <<two 30 mg tablets>> of a painkiller for his back.
        X: The ship's agent, {o2f.tfull}, said the fumigation notice on the hatch had been removed <<over the night watch>>, and the port logged it as {ref2}.
        X: The <<Stevedore>> foreman, {o3.full}, said the gas test had not been done before entry.
        X: The port's permit system is under <<the Docks Regulations 1988>>, and the permit was signed by {o4.full} for the wrong hold.
        X: {p.first}'s {rel} rang {phone} and asked for the ship's records, and {o5.full} sent them <<for a full tide>> later.
        E: Shared with the family on {next} by {s2.tfull}.
        """,
        ("ED-^-####", "PTW~####"), sex="M",
    ),
    _style(
        "dock_permit_to_work_ordinal_date_csv", "lines",
        "a dock's permit-to-work system, exported as CSV with year and day-of-year stamps and "
        "authorisers written as first name and upper-case surname, about a fitter burned by a "
        "steam line on a quay crane",
        """
        H: Permit-to-work export {ref} for the injury to {p.full}, {hosp}; pulled by {s1.full}
        H: yyyy-ddd,hh:mm,permit_note,authorised_by
        C: Hot work permit opened for crane 3 boom; <<Crane Driver>> told to stand off; steam line isolated
        C: Fitter {p.first} working on the boom; isolation tag found missing <<for nine minutes>> before he started
        C: Steam released from the line; {p.first} burned on both arms; first aider cooled burns <<for thirty-five minutes>>
        C: Ambulance to {hospital}; {p.title} seen by {d.tdr}; <<a 1 g loading dose>> of antibiotic not given until later
        C: Permit suspended; <<the Docks Regulations 1988>> report started; crane locked off at <<quay 4>>
        X: Isolation check by {o1.full} found the valve open; tag reissued; job {ref2}
        X: <<Dock Operative>> statements taken by {o2.last}; CCTV kept
        X: {p.first}'s {rel} rang {phone} for news; told {ward}; <<Stevedore>> gang stood down
        X: Steam line pressure test booked <<over the night watch>>; note to {email}
        X: Crane 3 returned to service after a check of <<the davit>> hoist beside it
        E: Export run by {s2.login} on {ldate}; NHS {nhs} added by the hospital for the review
        """,
        ("PTW-^-####", "ENG~####"),
        sex="M", topup='{stamp},{clock},"{text}",{user}', stamp="%Y-%j", clock="%H:%M",
        signs=("o3", "o4", "o5"), sign_form="fU",
    ),
    _style(
        "ferry_medical_locker_controlled_drug_csv", "lines",
        "a ferry's medical locker record, pasted as CSV with military-style upper-case date stamps "
        "and paired initials for every issue, about a passenger whose anaphylaxis was treated late",
        """
        H: Medical locker record {ref}; passenger {p.caps}, {hosp}
        H: ddMMMyy,hhmm,entry,issued/witnessed
        C: Passenger in the restaurant with swollen lips after a meal; <<Ferry Steward>> called the first aid party
        C: {p.first} wheezing; adrenaline pen from the locker found out of date; <<the Merchant Shipping (Medical Stores) Regulations 1995>> list checked
        C: Second pen taken from the shop's first aid box after a search <<for nine minutes>>; given into the thigh
        C: Master asked the coastguard for advice; ship held course <<for the whole crossing>> with {p.title} lying in <<cabin 212>>
        C: Ambulance at the port took {p.first} to {hospital}; {d.tdr} informed; <<promethazine>> given on board
        X: Locker stock check by {o1.full}; three items out of date; order {ref2}
        X: Oxygen cylinder in the locker half empty; <<Deck Officer>> to replace
        X: Note: {p.first}'s {rel} rang {phone}; told she is on {ward}
        X: Allergy not on the booking; {o2.last} to raise with the company; <<the Marine Accident Investigation Branch>> not to be told
        X: Drugs register signed; <<a quarter tablet>> of antihistamine left over returned to the locker
        E: Record copied by {s2.login} on {ldate}; NHS {nhs} added for the review
        """,
        ("MED-^-###", "STK-~-#####"),
        sex="F", topup='{stamp},{clock},"{text}",{user}', stamp="%d%b%y", clock="%H%M",
        upper_stamp=True, signs=("o3", "o4", "o5"), sign_form="pair",
    ),
    _style(
        "fishing_vessel_watch_log_table", "lines",
        "a fishing vessel's watch log, pasted as a table with two-digit-year month-name stamps and "
        "watchkeepers signing by surname, about a crewman with chest pain far from land",
        """
        H: Watch log extract, fishing vessel; for the review of {p.full}, {hosp}
        H: | date | time | entry | watch |
        C: Hauling; crewman {p.first} says chest pain and sweating; sat down in the mess <<for nine minutes>>
        C: <<Watchkeeper>> calls the coastguard on the radio; doctor advises aspirin and to head for port
        C: Pain worse; {p.title} given oxygen; <<the EPIRB>> not needed; helicopter tasked
        C: Lifted in <<a Jason's cradle>>; flown to {hospital}; {d.tdr} informs a heart attack, <<a CHA2DS2-VASc of 4>> noted
        C: Gear in <<for three hauls>> short; steaming for port; crew shaken
        X: <<the Maritime and Coastguard Agency>> informed by {o1.last}; reference {ref2}
        X: First aid kit checked under <<the Merchant Shipping (Medical Stores) Regulations 1995>>; aspirin out of date
        X: Note: {p.first}'s {rel} rang {phone}; told he is on {ward} with <<one patch>> of a nitrate
        X: Weather poor <<for two watches>>; <<Deckhand>> {o2.full} on watch alone
        X: {p.upper} ({age}), NHS {nhs}, to be visited by the owner, who runs welfare
        E: Log copied by {s2.full} on {ldate}
        """,
        ("FV-^-####", "MCA-~-###"),
        sex="M", topup="| {stamp} | {clock} | {text} | {user} |", stamp="%d %b %y",
        clock="%H%M", signs=("o3", "o4", "o5"), sign_form="last|rota",
    ),
    _style(
        "lifeboat_station_shout_log_table", "lines",
        "a lifeboat station's shout log, pasted as a table with year-first dotted stamps, about a "
        "girl swept off a breakwater whose head injury was missed on the quay (child)",
        """
        H: Shout log, lifeboat station; extract for {p.caps}, {hosp}, NHS {nhs}
        H: | date | time | event | crew |
        C: Pager: child in the water off the breakwater; <<Launch Authority>> gives launch
        C: Inshore boat away from <<slip 2>>; girl seen clinging to the rocks <<for nine minutes>>
        C: {p.first} recovered to the boat in <<a lifejacket>> from the boat; cut to the head; crying
        C: Landed at <<quay 4>>; handed to mother; crew advise hospital; family drive her to {hospital}
        C: {d.tdr} at {hospital} informs fracture of the skull found on the scan next day; <<Hoffmann's sign>> not looked for
        X: <<Lifeboat Helm>> {o1.full} reports the boat's radio faulty; <<the Royal National Lifeboat Institution>> told
        X: <<Shore Crew>> recovered the boat; tractor driven by {o2.last} <<since the last high water>>
        X: Note: {p.first}'s {rel} rang {phone}; ref {ref2}; thanks the crew
        X: Crew debrief: head injury advice card not given on the quay; <<Harbourmaster>> told
        X: Family rang from {addr2}, the old address on the form, and the <<Shore Crew>> returned her shoe
        E: Extract printed by {s2.full} on {ldate}
        """,
        ("LB-^-###", "SHT####"),
        sex="F", child=True, topup="| {stamp} | {clock} | {text} | {user} |", stamp="%Y.%m.%d",
        clock="%H:%M", signs=("o3", "o4", "o5"), sign_form="fU|init",
    ),
    _style(
        "harbour_operations_vhf_log_export", "lines",
        "a harbour operations room's VHF log, exported with bracketed ISO 8601 stamps and "
        "Windows logins, about a yachtsman who fell from the mast and waited on the pontoon",
        """
        H: Harbour operations log export; channel 12; for {p.full}'s {rel}, request {ref}
        H: Export includes radio log entries only. Recordings are not included.
        C: yacht calling on 12, man fallen from the mast onto the deck, <<berth 14>>, asks for ambulance
        C: <<Berthing Officer>> sent to the pontoon with the first aid bag and <<a Neil Robertson stretcher>>
        C: casualty {p.first} conscious, back pain in <<bunk 2>>, his {rel} is aboard, mobile {mob}
        C: ambulance held at the barrier <<for nine minutes>>, gate code not given, <<Harbourmaster>> opened it
        C: {p.first} taken to {hospital}, {d.tdr} says broken back, for surgery; <<a 500 mg capsule>> of painkiller given aboard
        X: pontoon lights out at <<pontoon C>>, job logged by {o1.full}
        X: harbour launch to tow the yacht to <<berth 14>> <<since the last high water>>, {o2.last} skipper
        X: please test <<the bilge pump>> on the yacht before she is left, ref {ref2}
        X: barrier code to be given to the ambulance service <<for a full tide>> ahead
        X: for the insurers: {p.upper}, {addr}, berth agreement checked by {o1.full} with <<the British Ports Association>> form
        E: End of export; {p.caps}, NHS {nhs}, hospital number {hosp}
        """,
        ("HOL-^-####", "HBR~####"),
        sex="M", topup="[{stamp}T{clock}Z] {user}: {text}", stamp="%Y-%m-%d", clock="%H:%M:%S",
        signs=("o3", "o4", "o5"), sign_form="jlogin",
    ),
    _style(
        "coastguard_operations_narrative_log", "lines",
        "a coastguard operations centre's narrative log, with six-digit day-month-year stamps, Zulu "
        "times and signers in brackets, about a very old woman whose mobility scooter went off a "
        "promenade into the sea (old)",
        """
        H: Narrative log {ref}: promenade incident; casualty {p.full}, {hosp}
        H: DDMMYY HHMMZ narrative (officer)
        C: 999 call: mobility scooter off the promenade into the sea at high water; casualty {age}, <<the EPIRB>> of a nearby boat set off too
        C: Lifeboat paged; coastguard rescue team tasked; member of public in the water holding her <<for nine minutes>>
        C: Casualty recovered onto the slip in <<a lifejacket>> from the lifeboat; cold; cut to the leg
        C: Ambulance on scene; {p.first} taken to {hospital}; {d.tdr} aware; <<a Padua score of 4>> on her GP letter
        C: Scooter recovered by the <<Shore Crew>>; <<the Maritime and Coastguard Agency>> incident report started
        X: Team member {o1.full} treated for cold; self-treated, normal <<Schober's test>> after a twist of the back
        X: Shore control handed to {o2.last} <<for the length of the shout>>
        X: Council rang {phone}; family told; reference {ref2}; <<Lifeboat Helm>> stood down
        X: Note: promenade rail gap to be reported under <<the Harbours Act 1964>> byelaws
        X: Kit check: <<a Schermuly flare>> used for light, to be replaced
        E: Log closed by {s2.full} on {ldate}; {p.caps}, NHS {nhs}
        """,
        ("CGOC-^-###", "CG~-####"),
        sex="F", old=True, topup="{stamp} {clock}Z {text} ({user})", stamp="%d%m%y",
        clock="%H%M", signs=("o3", "o4", "o5"), sign_form="rota|dotup",
    ),
    _style(
        "port_health_ship_water_legionella_letter", "letter",
        "a port health officer writes to a hospital's infection team about a seafarer with "
        "Legionnaires' disease from a ship's shower, and the crew still on board",
        """
        H: {ldate}¶Port health office, {town}¶Our ref: {ref}¶¶{d.tdr}¶Infection prevention team, {hospital}
        H: Dear {d.tdr},
        C: I am the <<Port Health Officer>> for the port, and I write about {p.tfull}, born {dob}, a cook on a bulk carrier at <<berth 14>>, who was admitted to you on {date} with pneumonia.
        C: I understand from {d2.tdr} that his urine test was positive for Legionella, and that he is on {ward} after <<a SOFA score of 6>> on the first night.
        C: We boarded the ship with the agent, {o1m.full}, and found the shower heads in the crew block furred and the hot water tank at a low heat <<for two watches>> a day.
        C: Under <<the Public Health (Ships) Regulations 1979>> we have asked the master to flush and chlorinate the system, and the ship is held at the port until it is done.
        C: Two other crew, one of them the <<Chief Engineer>>, {o2m.full}, have a cough, and we have asked them to see {gp} <<for thirty-five minutes>> of tests.
        X: His home address, from the crew list, is {addrb}; the mobile he gave is {mob}; he was on <<allopurinol>> for gout.
        X: His NHS number, from his last stay in the UK, is {nhs}, and the hospital number you gave us is {hosp}; he takes <<a quarter tablet>> of a blood pressure tablet.
        X: We have told <<the Association of Port Health Authorities>> under our number {ref2}, and the council's page {url} explains the checks.
        X: Our environmental health officer, {o3.last}, took water samples <<over the night watch>>, and the lab can be reached on {email2}.
        X: The ship's master and the ship's agent can be reached through the port office on {phone}; the crew use <<the gangway>> only with a pass.
        E: Yours sincerely,¶¶{s1.full}¶Port Health Officer
        """,
        ("PHO-~-###", "PHA#######"), sex="M",
    ),
    _style(
        "ferry_company_very_old_passenger_cabin_fall_letter", "letter",
        "a ferry company's customer relations manager writes to a very old man about his fall in "
        "a cabin on an overnight sailing, and the care he had on board and ashore (old)",
        """
        H: {ldate}¶Customer relations, ferry terminal, {town}¶Our ref: {ref}¶¶{p.tfull}¶{addrb}
        H: Dear {p.title},
        C: I am writing about your overnight sailing on {date}, when you fell in <<cabin 212>> in the night and were not found until the morning, and I am very sorry.
        C: Our <<Ferry Steward>> {o1f.full} found you on the floor when she brought your breakfast, and the ship's first aid party looked after you <<for the whole crossing>> after that.
        C: The <<Deck Officer>> {o2m.full} asked the port for an ambulance, and you were carried off on <<a Neil Robertson stretcher>> and taken to {hospital}.
        C: I understand {d.tdr} found a broken wrist and bruising to your hip, and kept you on {ward} <<for two watches>> of the night nurses' checks.
        C: The cabin call button was not working, and our engineer {o3m.full} has since checked every cabin on the ship under <<the Merchant Shipping Act 1995>> rules.
        X: Our records show your age as {age} and your date of birth as {dob}; we ask this of every passenger over eighty when they book.
        X: Your NHS number, as the crew gave it to us, is {nhs}; your hospital number is {hosp}; you take <<a quarter tablet>> of a water tablet.
        X: We have refunded your fare under {ref2}, and our manager {o4.full} would like to meet you and your {rel}, as would the <<Ferry Steward>>.
        X: You can reach us on {phone}, or the council's visitor team at {email2}; we now check on passengers over eighty <<over the night watch>>.
        X: A copy of this letter goes to your GP at {gp}, as you asked, with the ship's note about <<one patch>> given for pain.
        E: Yours sincerely,¶¶{s1.full}¶Customer Relations Manager
        """,
        ("FRY/~/####", "RF-####"), sex="M", old=True,
    ),
    _style(
        "marina_manager_hypothermia_berth_holder_letter", "letter",
        "a marina manager writes to a GP about a berth holder who fell in at night, came out cold "
        "and confused, and has since fallen twice more on the pontoons",
        """
        H: {ldate}¶Marina office, {town}¶Our ref: {ref}¶¶{d.tdr}¶{gp}¶¶Re: {p.tfull}, {addrb}, date of birth {dob}
        H: Dear {d.tdr},
        C: I am the marina manager, and I write with {p.first}'s consent about {p.title}, who keeps her boat on <<pontoon C>> and fell into the water on {date}.
        C: Since about {prev} she has seemed unsteady, and on the night she fell she was in the water <<for nine minutes>> before our <<Marina Assistant>> {o1f.full} heard her.
        C: She was lifted out with <<the davit>> on the fuel berth and taken to {hospital}, where she was warmed and sent home the same night.
        C: She tells me her tablets were changed in the spring, and that she also takes <<amitriptyline>> for sleep, which I mention in case it matters.
        C: We do not want to stop her coming, as the boat is her life, but I must think of her safety and of our duties under <<the Harbours Act 1964>>.
        X: Her NHS number, from the card she carries, is {nhs}, and her {rel} {r.full} can be reached on {mob}; she uses <<four drops>> in each eye at night.
        X: Our duty manager, {o2m.tfull}, wrote up the fall in our accident book, number {ref2}, and noted she was wearing <<a lifejacket>>.
        X: She was seen at {hospital} after the second fall and sent home after <<a PERC score of 0>>, she says.
        X: Our policies follow the advice of <<the Royal Yachting Association>> for berth holders, and the council's adult safeguarding page, {url}.
        X: If it helps, {o3f.last} from the office can bring her to an appointment; please ring the marina on {phone}, <<since the last high water>> is when she is most often aboard.
        E: Yours sincerely,¶¶{s1.full}¶Marina Manager
        """,
        ("MAR/~/####", "AB-####"), sex="F",
    ),
    _style(
        "harbourmaster_mooring_line_injury_email", "letter",
        "a harbourmaster e-mails a hospital's occupational health service about a harbour worker "
        "hurt by a mooring line that parted, who was sent back to work too soon",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {email}¶Subject: mooring line injury, our ref {ref}
        H: Dear {d.tdr},
        C: I am the <<Harbourmaster>>, and I write about our boatman {p.full}, who was struck by <<the mooring line>> of a coaster when it parted at <<quay 4>> on {date}.
        C: Our <<Berthing Officer>> {o1m.full} stopped the work, gave first aid and rang for an ambulance, and {p.first} was taken to {hospital} with a cut face and a sore chest.
        C: {d2.tdr} saw {p.first} and sent him home after two hours, and he was given <<naproxen>> for the pain and told he could work.
        C: Three days later he was breathless on the quay, and he was taken back and found to have a broken rib and air around the lung, and was kept on {ward} <<for two watches>> of care.
        C: Our duties under <<the Docks Regulations 1988>> mean I must follow this up, and I would like the learning shared.
        X: His details for your records: {p.caps}, date of birth {dob}, NHS number {nhs}, {addr}; he took <<a 500 mg capsule>> of an antibiotic last week.
        X: His mobile is {mob}, and he has asked that his {rel} {r.full} be kept informed by the <<Berthing Officer>>.
        X: The line was found worn by {o2m.full} <<over the night watch>> before, and we have kept the line under {ref2}.
        X: Our mooring procedure was written with <<the British Ports Association>> and is on our website at {url}.
        X: Please ring me on {phone}; our engineer {o3.full} can also help with the line's load and <<the pilot ladder>> checks.
        E: Regards,¶{s1.full}¶Harbourmaster
        """,
        ("HM-~-###", "LN-#####"), sex="M",
    ),
    _style(
        "fishing_cooperative_deckhand_hand_clinic_letter", "letter",
        "a fishing co-operative's welfare officer writes to a hand clinic about a deckhand whose "
        "crushed fingers went septic while he waited for a follow-up that never came",
        """
        H: {ldate}¶Fishermen's co-operative, {town}¶Our ref: {ref}¶¶{d.tdr}¶Hand clinic, {hospital}
        H: Dear {d.tdr},
        C: I write about {p.tfull}, date of birth {dob}, a <<Deckhand>> whose fingers were crushed between a fish box and the rail on {date} while landing the catch.
        C: The skipper, {o1m.full}, strapped the hand and brought the boat in <<for half a tide>> early, and our first aider {o2f.full} took him to {hospital}.
        C: I understand {d2.tdr} found two broken fingers and a cut, and said he would be called back to the hand clinic <<for nine minutes>> of review within the week.
        C: No letter came, and by the second week the hand was swollen and hot, and he was admitted to {ward} for an operation to wash out the infection, with a normal <<Yergason's test>> of the shoulder.
        C: Our members fish under <<the Merchant Shipping Act 1995>> rules for small boats, and we have asked the <<Deck Officer>> course to cover hand care.
        X: His address, as on our membership list, is {addrb}; the mobile given is {mob}; he told us of <<two 30 mg tablets>> of a painkiller each day.
        X: His NHS number, as he gave it, is {nhs}, and the hospital number you gave us is {hosp}; he used <<one patch>> for pain.
        X: Our insurer has given us the claim number {ref2}, and our chairman {o3m.tfull} would like to hear how he is, and has asked <<Seafish>> for advice.
        X: We have bought new gloves for the crews <<for three hauls>> a day, after advice from {o4.full}.
        X: Please ring me on {phone}; I have copied this to your patient experience team at {email}, and the boat's <<the EPIRB>> service is due.
        E: Yours sincerely,¶¶{s1.full}¶Welfare Officer
        """,
        ("FC-~-###", "CLM-######"), sex="M",
    ),
    _style(
        "river_navigation_liveaboard_crisis_email", "letter",
        "a river navigation authority's boater welfare officer e-mails a mental health crisis team "
        "about a liveaboard boater who was found on a lock gate talking of ending his life",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {email}¶Subject: boater welfare concern, ref {ref}
        H: Dear {s2.first},
        C: I am the boater welfare officer for the navigation, and I write about {p.tfull}, who lives on a narrow boat near <<slip 2>> and was found on the lock beam on {date} talking of ending his life.
        C: A volunteer, {o1f.full}, sat with him <<for thirty-five minutes>> and rang 999, and the police took him to {hospital}, where he was seen by {d.tdr} and sent back to the boat that night.
        C: Our bank ranger {o2m.full} found him on {later} without food or heat, and the boat's <<the bilge pump>> had failed so that water was over the cabin floor.
        C: I understand he takes <<amitriptyline>> and was due a review that did not happen, and he told me he had not seen anyone from the team since the winter.
        C: We cannot move him from his mooring, and the rules under <<the Marine and Coastal Access Act 2009>> do not apply to us, but we can help with a safer berth.
        X: His details, for your records: {p.caps}, hospital number {hosp}, NHS number {nhs}, of {addr}; he takes <<a quarter tablet>> of a sleeping tablet.
        X: His {rel} {r.full} rang our office on {phone} and I have promised to call back; they have asked us to check on him <<for two watches>> a day.
        X: The mooring permit is held under {ref2}, and {o3m.last}, our ranger, has left food and <<a lifejacket>> on the boat.
        X: Our staff have mental health first aid training, led by {o4.full}, and follow the advice of <<the Inland Waterways Association>>.
        X: I copied this to {email2}, the council's housing team, and to his GP at {gp}, <<since the last high water>> has flooded the towpath.
        E: Kind regards,¶{s1.full}¶Boater Welfare Officer
        """,
        ("NAV-^-###", "MP-######"), sex="M",
    ),
    _style(
        "lifeboat_station_very_old_man_mudflats_letter", "letter",
        "a lifeboat station's operations manager writes to a very old man's relative about the "
        "night he was found on the mudflats, and asks for the hospital's view (old)",
        """
        H: {ldate}¶Lifeboat station, {town}¶Our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.title},
        C: I am writing, as you asked, about the night of {date}, when our crew found your father, {p.tfull}, on the mudflats below the sea wall <<for half a tide>> after he was reported missing.
        C: Our <<Lifeboat Helm>> {o1f.full} saw his torch from the boat, and the <<Shore Crew>> brought him to <<slip 2>> on <<a Neil Robertson stretcher>>.
        C: He was very cold and did not know where he was, and the ambulance took him to {hospital}, where I understand {d.tdr} warmed him on {ward}, where a <<Patrick's test>> of his sore hip was normal.
        C: The crew told me he said he was going to meet his boat, which he sold years ago from <<berth 14>>, and I wondered if his memory has been getting worse.
        C: The crew have asked me to say they were glad to help, and that the shout was logged under <<the Royal National Lifeboat Institution>> rules as {ref2}.
        X: Our records show his age as {age} and his date of birth as {dob}, which the ambulance crew gave us.
        X: His NHS number, as the crew gave it, is {nhs}; his hospital number is {hosp}; the crew noted <<a quarter tablet>> in his pocket.
        X: Our deputy, {o2m.full}, has offered to visit with a safety talk, and the coastguard officer {o3.full} would like to do the same <<over the night watch>>.
        X: You can reach the station on {phone}, or the council's older people's team at {email2}; the crew gave him <<a lifejacket>> to keep.
        X: A copy of this letter goes to his GP at {gp}, as you asked, <<since the last high water>> he has been at home.
        E: Yours sincerely,¶¶{s1.full}¶Lifeboat Operations Manager
        """,
        ("LOM/~/####", "SH-####"), sex="M", old=True,
    ),
    _style(
        "port_occupational_health_stevedore_foot_email", "letter",
        "a port's occupational health nurse e-mails a stevedore's relative about a crushed foot that "
        "went unchecked in a man with diabetes, and the ulcer that followed",
        """
        H: From: {o1.pemail}¶Sent: {ldate} {time}¶To: {r.pemail}¶Subject: {p.first}'s foot, our ref {ref}
        H: Dear {r.first},
        C: I am so sorry about {p.first}'s foot, and as you asked I have written down what happened at <<quay 4>> on {date}.
        C: {p.first} was lashing boxes when a container was set down on his foot, and the <<Crane Driver>> {o2m.full} stopped at once, <<for nine minutes>> or so before the load was lifted.
        C: Our first aider, {o3f.full}, looked at his foot and found only a bruise, and I regret that no one thought of his diabetes or of sending him for an X-ray or <<Ortolani's test>> of his hip, which does not apply to adults.
        C: When the foot turned black, {o2m.first} drove him to {hospital} at {time}, and I understand {d.tdr} found a broken bone and an ulcer, and he was kept in after <<a 1 g loading dose>> of antibiotics.
        C: I have written to <<the British Ports Association>> to ask for a foot check in our first aid training, and we will put a poster in every crew room.
        X: For the hospital's form, he gave his address as {addr}, and his date of birth as {dob}; he said he took <<two 30 mg tablets>> of something.
        X: His NHS number was on his port pass, {nhs}, which I gave to the hospital with his <<omeprazole>>.
        X: He had told the foreman he had <<a Geneva score of 5>> written in a letter after a leg clot last year.
        X: The port office is on {street}, and its phone is {phone}; we are open <<over the night watch>> on the phone.
        X: If it helps, my own number is {mob}, and the port's safety officer is {o4.last}, a <<Stevedore>> too.
        E: With best wishes to him,¶{o1.full}¶Occupational Health Nurse
        """,
        ("POH-~-##", "INC-####"), sex="M",
    ),
)
# fmt: on

# Top-up sentences, one set per register: prose reviews, logs and letters.
SHARED = (
    "The panel met on {next} and heard from {s2.full}, who was told of the event only a week after it.",
    "{p.first}'s {rel} was offered a meeting and asked for the findings to be sent to {p.pemail}.",
    "A summary went to the patient's practice, {gp}, with the family's agreement.",
    "A statement was taken from {o5.full}, who had been on duty <<over the night watch>> that day.",
    "The timeline was checked against the port's own log and the records held by {council}.",
    "The record gives the patient's home address as {addr}.",
    "No one was blamed, and the panel thanked {o5.fl} for being open with it.",
    "Questions about this review can go to {s2.email} or the governance office on {phone}.",
    "{p.title} was given the number {ref2} for any questions about this review.",
    "The learning was shared with the team at {hospital2}, who had seen a similar case from <<the gangway>> of a ship.",
    "A panel member, {o5.tfull}, asked for the findings to go to <<the Maritime and Coastguard Agency>> as well.",
    "The manager of {ward2} was told, as the patient had stayed there <<for two watches>> of care the year before.",
    "The trust's page about reviews like this one is at {url}.",
)  # fmt: skip
SHARED_LINES = (
    "Note added: {p.first}'s {rel} rang for an update",
    "Duty manager {s2.full} told; nothing more this watch",
    "Reference {ref2} given to the family",
    "Practice {gp} told by e-mail",
    "Voicemail left for {o5.full} on {mob}",
    "Handed over to {s2.fl}; open items carried over",
    "Checked with {hospital2}: not known there",
    "Address on file confirmed as {addr}",
    "Welfare call to {p.title}: no answer, phone rang <<for nine minutes>>",
    "Watch note: radio and <<the EPIRB>> test handed to {o5.lower}",
)  # fmt: skip
SHARED_LETTER = (
    "I have copied this letter to {s2.full}, who leads on patient safety for {trust}.",
    "If you would like to talk about any of this, please ring {phone}.",
    "Our reference for this is {ref2}; please quote it in any reply.",
    "{p.first}'s {rel} knows that I am writing to you.",
    "I am grateful to {o5.full} for help in putting this letter together.",
    "I have kept a copy of this letter on our file for {p.caps}.",
    "Please write to me at the address above, or to the hospital team at {email}.",
    "A copy goes to the patient's GP practice, {gp}, as the family asked, and the road has been shut <<since the last high water>>.",
    "I know that {p.first} would be glad of a call, on {phone} or on {mob}.",
    "The matter has also been logged with {council}, as the family asked.",
    "There is more about this on the council's website, {url}.",
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
    roll = rng.random()
    if roll < 0.25:
        last = rng.choice(WORD_NAMES)
        return first, last, _listed(first, last)
    if roll < 0.33:
        parts = rng.sample([n for n in group["L"] if " " not in n], 2)
    else:
        parts = [rng.choice(group["L"])]
    if name in FEMININE_GROUPS and sex == "F":  # "Gagloev" -> "Gagloeva"
        parts = [f"{part}a" for part in parts]
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
        self.day = date(2025, 2, 3) + timedelta(days=rng.randint(0, 660))
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
        self.host = f"{slug}-ch.nhs.uk"
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
    for match in re.finditer(r"\{(stamp|clock|text|user)\}", shape):
        out.add(shape[position : match.start()])
        piece = match.group(1)
        if piece == "stamp":
            stamp = day.strftime(style.stamp)
            out.add(stamp.upper() if style.upper_stamp else stamp, "DATE")
            out.latest = max(out.latest, day)
        elif piece == "clock":
            out.add(moment.strftime(style.clock))
        elif piece == "text":
            out.sentence(template)
        else:
            _signer(out, style, rng)
        position = match.end()
    out.add(shape[position:])


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
