"""A fortieth blind de-identification evaluation pack: visitor attractions and days out.

Synthetic UK narratives with the gold span of every identifier, written without reading the
engine (see evaluation_blind40.md). The settings are new to the packs: a theme park, a safari
park, an aquarium, a stately home, a show cave, a heritage steam railway, a go-kart track, a
trampoline park, a museum gallery, a farm park, a boating lake, a zoo, a planetarium, a canal
boat hire yard, an escape room, an ice rink and a paintball site. People come from Faker through
the shared code and from the pack's own lists: Ossetian (with female surnames in -a), Hawaiian,
Tswana, Chichewa and Sardinian (with the "De" surnames).

The interface is pack 39's: ``generate(count, seed=1)``, ``example(rng, number, style=None)``,
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

PREFIX = "blind40"
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
    "Wendover": ("HP22", "01296", "Chiltern", "Buckinghamshire Council", "buckinghamshire.gov.uk"),
    "Winslow": (
        "MK18", "01296", "Aylesbury Vale", "Buckinghamshire Council", "buckinghamshire.gov.uk",
    ),
    "Newport Pagnell": (
        "MK16", "01908", "Ouse Valley", "Milton Keynes City Council", "milton-keynes.gov.uk",
    ),
    "Baldock": ("SG7", "01462", "North Herts", "North Hertfordshire Council", "north-herts.gov.uk"),
    "Buntingford": (
        "SG9", "01763", "Rib Valley", "East Hertfordshire District Council", "eastherts.gov.uk",
    ),
    "Sawbridgeworth": (
        "CM21", "01279", "Stort Valley", "East Hertfordshire District Council", "eastherts.gov.uk",
    ),
    "Dunmow": ("CM6", "01371", "Chelmer", "Uttlesford District Council", "uttlesford.gov.uk"),
    "Coggeshall": ("CO6", "01376", "Mid Essex", "Braintree District Council", "braintree.gov.uk"),
    "Burnham-on-Crouch": ("CM0", "01621", "Dengie", "Maldon District Council", "maldon.gov.uk"),
    "Manningtree": (
        "CO11", "01206", "Stour Valley", "Tendring District Council", "tendringdc.gov.uk",
    ),
    "Brightlingsea": (
        "CO7", "01206", "Stour Valley", "Tendring District Council", "tendringdc.gov.uk",
    ),
    "Leiston": ("IP16", "01728", "Suffolk Coastal", "East Suffolk Council", "eastsuffolk.gov.uk"),
    "Beccles": ("NR34", "01502", "Lothingland", "East Suffolk Council", "eastsuffolk.gov.uk"),
    "Bungay": ("NR35", "01986", "Lothingland", "East Suffolk Council", "eastsuffolk.gov.uk"),
    "Needham Market": (
        "IP6", "01449", "Mid Suffolk", "Mid Suffolk District Council", "midsuffolk.gov.uk",
    ),
    "Aylsham": (
        "NR11", "01263", "Bure Valley", "Broadland District Council",
        "southnorfolkandbroadland.gov.uk",
    ),
    "North Walsham": (
        "NR28", "01692", "North Norfolk", "North Norfolk District Council", "north-norfolk.gov.uk",
    ),
    "Hunstanton": (
        "PE36", "01485", "West Norfolk", "Borough Council of King's Lynn and West Norfolk",
        "west-norfolk.gov.uk",
    ),
    "Oundle": (
        "PE8", "01832", "Nene Valley", "North Northamptonshire Council", "northnorthants.gov.uk",
    ),
    "Thrapston": (
        "NN14", "01832", "Nene Valley", "North Northamptonshire Council", "northnorthants.gov.uk",
    ),
    "Raunds": (
        "NN9", "01933", "Nene Valley", "North Northamptonshire Council", "northnorthants.gov.uk",
    ),
    "Southam": ("CV47", "01926", "Feldon", "Stratford-on-Avon District Council", "stratford.gov.uk"),
    "Shipston-on-Stour": (
        "CV36", "01608", "Feldon", "Stratford-on-Avon District Council", "stratford.gov.uk",
    ),
    "Alcester": ("B49", "01789", "Arden", "Stratford-on-Avon District Council", "stratford.gov.uk"),
    "Upton-upon-Severn": (
        "WR8", "01684", "Severn Vale", "Malvern Hills District Council", "malvernhills.gov.uk",
    ),
    "Wem": ("SY4", "01939", "North Shropshire", "Shropshire Council", "shropshire.gov.uk"),
    "Ellesmere": ("SY12", "01691", "North Shropshire", "Shropshire Council", "shropshire.gov.uk"),
    "Penkridge": (
        "ST19", "01785", "Penk Valley", "South Staffordshire Council", "sstaffs.gov.uk",
    ),
    "Tutbury": (
        "DE13", "01283", "Dove Valley", "East Staffordshire Borough Council", "eaststaffsbc.gov.uk",
    ),
    "Howden": (
        "DN14", "01430", "Humberhead", "East Riding of Yorkshire Council", "eastriding.gov.uk",
    ),
    "Pewsey": ("SN9", "01672", "Vale of Pewsey", "Wiltshire Council", "wiltshire.gov.uk"),
    "Tisbury": ("SP3", "01747", "Nadder Valley", "Wiltshire Council", "wiltshire.gov.uk"),
    "Somerton": ("TA11", "01458", "South Somerset", "Somerset Council", "somerset.gov.uk"),
    "Wiveliscombe": ("TA4", "01984", "West Somerset", "Somerset Council", "somerset.gov.uk"),
    "Wareham": ("BH20", "01929", "Frome Valley", "Dorset Council", "dorsetcouncil.gov.uk"),
    "Ottery St Mary": (
        "EX11", "01404", "Otter Valley", "East Devon District Council", "eastdevon.gov.uk",
    ),
    "Lostwithiel": ("PL22", "01208", "Fowey Valley", "Cornwall Council", "cornwall.gov.uk"),
}  # fmt: skip
LOCALITIES = {
    "Wendover": ("Aston Clinton", "Weston Turville"), "Winslow": ("Great Horwood", "Swanbourne"),
    "Newport Pagnell": ("Lathbury", "Sherington"), "Baldock": ("Ashwell", "Clothall"),
    "Buntingford": ("Westmill", "Aspenden"), "Sawbridgeworth": ("High Wych", "Spellbrook"),
    "Dunmow": ("Felsted", "Barnston"), "Coggeshall": ("Feering", "Kelvedon"),
    "Burnham-on-Crouch": ("Southminster", "Creeksea"), "Manningtree": ("Mistley", "Lawford"),
    "Brightlingsea": ("Thorrington", "Great Bentley"), "Leiston": ("Theberton", "Knodishall"),
    "Beccles": ("Worlingham", "Ellough"), "Bungay": ("Ditchingham", "Earsham"),
    "Needham Market": ("Creeting St Mary", "Badley"), "Aylsham": ("Cawston", "Marsham"),
    "North Walsham": ("Worstead", "Felmingham"), "Hunstanton": ("Heacham", "Old Hunstanton"),
    "Oundle": ("Barnwell", "Polebrook"), "Thrapston": ("Islip", "Titchmarsh"),
    "Raunds": ("Ringstead", "Stanwick"), "Southam": ("Long Itchington", "Napton"),
    "Shipston-on-Stour": ("Tredington", "Ilmington"), "Alcester": ("Great Alne", "Kings Coughton"),
    "Upton-upon-Severn": ("Hanley Castle", "Welland"), "Wem": ("Prees", "Loppington"),
    "Ellesmere": ("Welshampton", "Cockshutt"), "Penkridge": ("Acton Trussell", "Dunston"),
    "Tutbury": ("Rolleston-on-Dove", "Hatton"), "Howden": ("Asselby", "Knedlington"),
    "Pewsey": ("Manningford", "Milton Lilbourne"), "Tisbury": ("Hindon", "Chilmark"),
    "Somerton": ("Kingsdon", "Compton Dundon"), "Wiveliscombe": ("Milverton", "Huish Champflower"),
    "Wareham": ("Stoborough", "Northport"), "Ottery St Mary": ("West Hill", "Tipton St John"),
    "Lostwithiel": ("Lanlivery", "Lerryn"),
}  # fmt: skip
TOWNS = tuple((town, info[0], info[1]) for town, info in TOWN_INFO.items())
HOSP_FORMS = ("A9999999", "99A99999", "AAA99999")
TOWN_HOSP = {town: HOSP_FORMS[index % 3] for index, town in enumerate(TOWN_INFO)}

STREETS = ("Rood", "Bushel", "Hogshead", "Firkin", "Peck", "Cubit", "Fathom", "Gallon")
STREET_KINDS = ("Street", "Road", "Lane", "Close", "Avenue", "Way", "Walk", "Gardens")
WARDS = ("Astrolabe", "Quadrant", "Theodolite", "Orrery", "Armillary", "Gnomon")
WARD_KINDS = ("Ward", "Ward", "Unit", "Ward")
HOMES = ("Cinnamon House", "Nutmeg Lodge", "Clove Court", "Cardamom House", "Anise Court")
PROVIDERS = ("Anchorage", "Jib", "Tiller", "Mainsail")
PROVIDER_KINDS = ("Care Ltd", "Home Support", "Homecare Services", "Care at Home")
PRACTICES = ("Sundial", "Pendulum", "Hourglass", "Quarterjack", "Chronometer")
PRACTICE_KINDS = ("Surgery", "Medical Practice", "Health Centre", "Medical Group")
HOSPITAL_FORMS = (
    "{town} Hospital", "{county} General Hospital", "{town} and District Hospital",
    "{county} Infirmary",
)  # fmt: skip
TRUST_FORMS = (
    "{county} Hospitals NHS Foundation Trust", "{county} Integrated Care NHS Trust",
    "{town} and {county} Community NHS Trust",
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Look-alikes: written in, never gold (each kind is tracked as negatives)
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "drug": (
        "loratadine", "prednisolone", "ibuprofen", "montelukast", "prochlorperazine",
        "betahistine", "terbutaline", "lamotrigine", "mometasone", "beclometasone",
        "nitrofurantoin",
    ),
    "dose": (
        "a 300 microgram pen", "half a tablet", "a single 150 mg dose", "1 g four times a day",
        "10 mg at night", "two drops", "three puffs", "one 5 ml spoonful",
    ),
    "score": (
        "a Centor score of 3", "a FeverPAIN score of 4", "a HEART score of 6", "a qSOFA of 2",
        "an ABCD2 score of 5", "a Blatchford score of 8",
    ),
    "device": (
        "a lap bar", "the over-shoulder restraint", "a buoyancy aid", "the lifebuoy",
        "a throw line", "the turnstile", "a head block", "the trackside phone", "a belay device",
        "the lock gate", "the emergency stop",
    ),
    "national": (
        "the British Association of Leisure Parks, Piers and Attractions",
        "the Amusement Device Inspection Procedures Scheme", "the Heritage Railway Association",
        "the British and Irish Association of Zoos and Aquariums", "the Museums Association",
        "the British Cave Rescue Council", "the Royal Life Saving Society",
        "the Office of Rail and Road", "Arts Council England",
    ),
    "law": (
        "the Zoo Licensing Act 1981", "the Occupiers' Liability Act 1957",
        "the Dangerous Wild Animals Act 1976", "the Adventure Activities Licensing Regulations 2004",
        "the Personal Protective Equipment at Work Regulations 1992",
        "the Consumer Rights Act 2015", "the Pressure Systems Safety Regulations 2000",
        "the Control of Substances Hazardous to Health Regulations 2002",
    ),
    "eponym": (
        "Trendelenburg's sign", "Babinski's sign", "Simmonds' test", "Nikolsky's sign",
        "Gowers' sign", "Apley's test", "Spurling's test", "Thomas's test", "Hawkins' test",
    ),
    "word": (
        "Ride Operator", "Ride Host", "Ride Supervisor", "Senior Keeper", "Signalman",
        "Cave Guide", "Track Marshal", "Visitor Services Assistant", "Gallery Attendant",
        "Room Steward", "Volunteer Guide", "Attractions Manager", "Planetarium Presenter",
        "Boatman", "Stationmaster", "Gondola Attendant",
    ),
    "bed": (
        "car 6", "seat 4B", "lane 7", "kart 12", "enclosure 9", "platform 2", "carriage C",
        "gondola 11", "pod 14", "row 3",
    ),
    "duration": (
        "for eleven minutes", "for two laps", "for three circuits", "for a whole ride cycle",
        "for twenty minutes", "over the half-term week", "for the last hour of opening",
        "for two sessions", "since the gates opened", "for fourteen minutes",
    ),
}  # fmt: skip
NATIONAL = LOOKALIKES["national"]

# ---------------------------------------------------------------------------------------------
# People of the pack's own lists
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    "Ossetian": {
        "F": ("Zarina", "Dzerassa", "Agunda", "Zalina", "Alana", "Madina"),
        "M": ("Soslan", "Batraz", "Taimuraz", "Zaurbek", "Aslanbek", "Kazbek", "Inal"),
        "L": ("Gagloev", "Kokoev", "Tsorionov", "Gabaraev", "Kaloev", "Bagaev", "Dzagoev",
              "Tedeev", "Kochiev", "Dzhioev", "Khetagurov", "Tsallagov", "Gazzaev"),
    },
    "Hawaiian": {
        "F": ("Leilani", "Noelani", "Kalena", "Healani", "Mahina", "Kailani", "Pualani"),
        "M": ("Keoni", "Kainoa", "Makoa", "Ikaika", "Kekoa", "Kaleo", "Keola"),
        "L": ("Kealoha", "Kahananui", "Kamakau", "Kanahele", "Akana", "Kahale", "Kalama", "Keawe",
              "Kaniho", "Makua", "Nakoa", "Kekumu", "Kauhane"),
    },
    "Tswana": {
        "F": ("Naledi", "Kelebogile", "Dineo", "Lorato", "Masego", "Refilwe", "Goitseone",
              "Keabetswe"),
        "M": ("Kagiso", "Tebogo", "Kabelo", "Tshepo", "Onkarabile", "Lesego"),
        "L": ("Molefe", "Mokgosi", "Modise", "Motsumi", "Sebina", "Moagi", "Pilane", "Mothibi",
              "Kgathi", "Setshwaelo", "Ntwaagae"),
    },
    "Chichewa": {
        "F": ("Chimwemwe", "Chifundo", "Mwayi", "Takondwa", "Tamanda", "Alinafe"),
        "M": ("Kondwani", "Mphatso", "Limbani", "Madalitso", "Tiyamike", "Yamikani",
              "Thokozani"),
        "L": ("Banda", "Phiri", "Mwale", "Mbewe", "Tembo", "Kamwendo", "Kachingwe", "Kalua",
              "Chimombo", "Ngwira", "Chisale", "Mangani"),
    },
    "Sardinian": {
        "F": ("Bonaria", "Battistina", "Itria", "Mariuccia", "Giovanna"),
        "M": ("Efisio", "Gavino", "Bachisio", "Antioco", "Giommaria"),
        "L": ("Piras", "Pinna", "Sanna", "Melis", "Porcu", "Deiana", "Fadda", "Murgia", "Atzeni",
              "Usai", "Floris", "Pisanu", "Spanu", "Zedda", "Cadeddu", "Pilia", "De Montis",
              "De Murtas", "De Muro", "De Candia"),
    },
}  # fmt: skip
OWN_FIRST = {sex: tuple(n for g in OWN_GROUPS.values() for n in g[sex]) for sex in "FM"}
OWN_LAST = tuple(n for g in OWN_GROUPS.values() for n in g["L"])
# Surnames that are English words of old crafts, written alone now and then.
WORD_NAMES = (
    "Glover", "Fletcher", "Cooper", "Carver", "Painter", "Roper", "Skinner", "Bowyer", "Webster",
    "Collier", "Ryder", "Cutler",
)  # fmt: skip
ALL_WORD_NAMES = frozenset(WORD_NAMES)
NICKNAMES = {
    "Kelebogile": ("Kele",), "Onkarabile": ("Onka",), "Goitseone": ("Goitse",),
    "Keabetswe": ("Kea",), "Aslanbek": ("Aslan",), "Zaurbek": ("Zaur",), "Taimuraz": ("Tima",),
    "Kailani": ("Lani",), "Giommaria": ("Giomma",), "Madalitso": ("Mada",),
}  # fmt: skip
PARTICLE = "De"
PARTICLES = r"\b(?:De|DE|de)[ _-]"
# Ossetian surnames take -a for a woman ("Gagloev", "Gagloeva").
FEMININE_GROUPS = frozenset({"Ossetian"})
# Initials that read as an abbreviation: a person with these is written "J. Surname".
CLINICAL_INITIALS = frozenset(
    """AF AKI BD BP CD CT DM DNR EC ED FY GP HB HR ID IM IV MI MR MS NG OD OK OT PE PM PO PR
    QDS RN SC TB TDS UK UTI VF VT WC AM NO SO DO GO TO IT AS AT BE BY HE IF IN IS ME MY OF ON
    OR UP US WE CPR DOA ECG GCS ICU NHS PRN SOB TIA TTO ABC AND FOR THE KK MK BM DM PM""".split()
)
NAME_FORMS = (
    "full first last title tfull dr tdr init ini caps upper lower nick email pemail poss fl "
    "login rota lfi dotup under lastcomma"
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
        "theme_park_coaster_lap_bar_ejection_review", "prose",
        "review of a man thrown forward on a roller coaster when his lap bar had not locked, and "
        "the time it took to get a crew to him at the top of the lift hill",
        """
        H: Serious incident review {ref}: major trauma from a theme park ride, {date}
        H: Prepared for {trust} by {s1.tfull}, major trauma governance lead
        C: At {time} {p.full} ({age}) was in <<car 6>> of the coaster when <<a lap bar>> that had shown green on the panel did not lock, and he was thrown against the car in front on the first drop.
        C: The <<Ride Operator>> {o1f.full} pressed <<the emergency stop>>, and the train came to rest on the lift hill, where {p.first} hung half out of his seat <<for fourteen minutes>>.
        C: The <<Ride Supervisor>> {o2m.full} climbed the walkway with a first aider, and the fire service brought him down on a stretcher in <<a head block>>.
        C: At {hospital} {d.tdr} found fractures of two ribs and of the pelvis, and a positive <<Trendelenburg's sign>> when he first stood, weeks later.
        C: He was on <<prednisolone>> for his chest and was slow to heal, and stayed on {ward} until {later}.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, hospital number {hosp}, lives at {addr}, and was on <<1 g four times a day>> of paracetamol at home.
        X: The park's engineer {o3m.tfull} said the sensor on <<a lap bar>> in <<car 6>> had been reported twice under job {ref2} and reset each time.
        X: {p.first}'s {rel} was on the ride behind and rang {phone} <<for twenty minutes>> to find out which hospital he was in.
        X: The ride had passed its annual check under <<the Amusement Device Inspection Procedures Scheme>> in the spring, {o4.full} of the inspection body told the panel.
        X: {o5.first}, a <<Ride Host>> on the platform, said queues had been long <<since the gates opened>> and checks on each bar took a second glance only.
        E: Signed off at the trust's trauma panel on {next} by {s2.tfull}.
        """,
        ("MTR-^-####", "ENG/~/#####"), sex="M",
    ),
    _style(
        "safari_park_drive_through_window_bite_review", "prose",
        "review of a woman bitten on the arm through a car window in a safari park's drive-through, "
        "whose wound was closed in a minor injuries unit and became infected",
        """
        H: Patient safety review {ref}, urgent care, {hospital}
        H: Patient: {p.tfull}, date of birth {dob}, hospital number {hosp}
        C: On {date} {p.title} was driving through the monkey <<enclosure 9>> with her {rel} when she wound the window down to take a photograph and was bitten on the forearm.
        C: The <<Senior Keeper>> {o1m.full} drove alongside in the park's vehicle and guided her to the exit, where a first aider, {o2f.full}, dressed the wound <<for eleven minutes>>.
        C: At the minor injuries unit the wound was washed and closed with strips by {s1.full}, and she was sent home on <<ibuprofen>> without antibiotics or advice about animal bites.
        C: Two days later her arm was red to the elbow, and {d.tdr} at {hospital} found cellulitis, with <<a qSOFA of 2>> on arrival, and admitted her to {ward}.
        C: She had <<nitrofurantoin>> from her GP the week before, and the ward pharmacist noted an allergy to penicillin that was not on the unit's notes.
        X: {p.upper}, NHS number {nhs}, of {addr}, was given her tetanus booster only on the ward <<for twenty minutes>> after admission.
        X: The park's manager, {o3.tfull}, said visitors are told at <<the turnstile>> to keep windows shut, and that the park works to <<the Zoo Licensing Act 1981>>.
        X: {p.first}'s {rel} rang the unit on {phone} to ask why the bite was closed when <<Simmonds' test>> was the only other thing written, and was given the complaint number {ref2}.
        X: The unit's nurse practitioner {o4f.full} said bite guidance had been changed but not shared with the bank staff <<over the half-term week>>.
        X: The keeper {o1m.last} reported the monkey to the park's vet, and the troop was checked by {o5.full} under <<the Dangerous Wild Animals Act 1976>> rules.
        E: Findings shared with the family by {s2.tfull} on {next}.
        """,
        ("PSR-^-###", "COMP-~-####"), sex="F",
    ),
    _style(
        "aquarium_tunnel_very_old_woman_fall_review", "prose",
        "review of a very old woman who fell in the dim walk-through tunnel of an aquarium and lay "
        "with a broken hip while staff looked for a wheelchair (old)",
        """
        H: Falls review {ref}: a visitor's hip fracture, {hospital}
        H: Patient: {p.caps}, {age}, NHS number {nhs}
        C: On {date} {p.title} was walking through the shark tunnel with her {rel} when she missed the step at the end, where the lights had been turned low <<since the gates opened>>.
        C: The <<Visitor Services Assistant>> {o1f.full} found her on the floor, unable to stand, and called the duty first aider over the radio <<for eleven minutes>> before anyone came.
        C: No one could find the evacuation chair, and with <<a head block>> ready but no chair {p.first} lay on the tunnel floor in the cold while {o2m.full} fetched a wheelchair from the gift shop.
        C: The crew found her leg short and turned out, gave her <<half a tablet>> worth of morphine by mouth, and took her to {hospital}, where {d.tdr} confirmed a fracture of the neck of the femur.
        C: She had been on <<betahistine>> for giddy spells and had <<a HEART score of 6>> from a chest pain visit the month before.
        X: {p.tfull}, date of birth {dob}, hospital number {hosp}, lives at {addr} and has carers from {prov} twice a day, who give her <<10 mg at night>> of a sleeping tablet.
        X: The aquarium's operations manager, {o3m.tfull}, said the step had been marked with tape that had worn off <<over the half-term week>>.
        X: {p.first}'s {rel} rang {phone} <<for twenty minutes>> before getting through to {ward}.
        X: Her operation was on {later} with {d2.tdr}, and she went on to rehab at {home} after <<for two sessions>> with the physiotherapist each day.
        X: The aquarium, a member of <<the British and Irish Association of Zoos and Aquariums>>, sent its accident form, {ref2}, and has since lit the step.
        E: Falls panel review closed by {s2.tfull} on {next}.
        """,
        ("FALL-^-####", "AQ-~-###"), sex="F", old=True, provider=True,
    ),
    _style(
        "stately_home_staircase_very_old_visitor_arrest_review", "prose",
        "review of a very old man who collapsed on the grand staircase of a stately home, where the "
        "defibrillator was in a locked gatehouse (old)",
        """
        H: Out-of-hospital cardiac arrest review {ref}
        H: Patient: {p.full}, {age}; event {date}
        C: {p.title} was on a guided tour with his {rel} when he sat down on the grand staircase, grey and sweating, and the <<Room Steward>> {o1f.full} thought he was tired.
        C: He slid down three steps and stopped breathing, and a visitor, {o2m.full}, began chest compressions <<for fourteen minutes>> while the <<Volunteer Guide>> ran for help.
        C: The house's defibrillator was kept in the gatehouse, locked after the last coach left, and the <<Attractions Manager>> {o3m.last} had the only key.
        C: The crew shocked him twice and took him to {hospital}, where {d.tdr} found a blocked artery with <<a HEART score of 6>> on arrival, and he was treated on {ward}.
        C: He had been taking <<lamotrigine>> for years and had been told after <<an ABCD2 score of 5>> the winter before to stop driving.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, hospital number {hosp}, lives at {addr}, and takes <<half a tablet>> of a water tablet each morning.
        X: {p.first}'s {rel} rang {mob} to reach the rest of the family, and the ward called back on {phone} <<for twenty minutes>> later.
        X: The house's insurer cited <<the Occupiers' Liability Act 1957>> when it asked the trust for the timeline, under its number {ref2}.
        X: {o4.full}, who leads the volunteers, said the <<Room Steward>> team had not had first aid training <<over the half-term week>> as planned.
        X: The ambulance service's community lead {o5.tfull} fitted a public cabinet by the car park on {later}, beside <<the turnstile>>.
        E: Reviewed at the cardiac arrest panel on {next} by {s1.tfull}.
        """,
        ("OHCA-^-####", "INS/~/####"), sex="M", old=True,
    ),
    _style(
        "show_cave_tour_stream_fall_hypothermia_review", "prose",
        "review of a visitor who slipped into the stream of a show cave and was carried out cold "
        "after a long wait for a cave rescue team",
        """
        H: Incident review {ref}: hypothermia after a fall in a show cave
        H: Patient: {p.tfull}; hospital number {hosp}; reviewed for {trust}
        C: On {date} the <<Cave Guide>> {o1m.full} was leading a group of twelve when {p.first} stepped off the walkway and fell into the stream, hitting her head on the rock.
        C: She was wet through and shivering, and the cave was too narrow for a stretcher, so the guide called <<the British Cave Rescue Council>> team through the surface <<for eleven minutes>> of radio relays.
        C: The team leader {o2f.full} reached her after an hour, wrapped her in a casualty bag and used <<a head block>> before she was carried out.
        C: At {hospital} {d.tdr} found a core temperature of 33 degrees and a cut to the scalp, with <<Babinski's sign>> absent, and she was warmed on {ward}.
        C: She had taken <<prochlorperazine>> that morning for travel sickness and told the team she felt dizzy on the walkway.
        X: {p.caps} ({age}), date of birth {dob}, NHS number {nhs}, lives at {addr}, and uses <<mometasone>> for hay fever.
        X: {p.first}'s {rel} waited at the cave mouth <<for twenty minutes>> and then rang {phone}, the cave's office.
        X: The cave's owner, {o3.tfull}, said the walkway rail had been removed for repair and a rope put in its place <<for two sessions>> of work, under work order {ref2}.
        X: A second visitor, {o4m.full}, held her head out of the water and was himself treated for cold <<for two sessions>> in the ambulance.
        X: The cave is licensed under <<the Adventure Activities Licensing Regulations 2004>> for its adventure trips only, the inspector {o5.full} explained.
        E: Closed after the family meeting with {s2.tfull} on {next}.
        """,
        ("IR-^-#####", "WO-~-####"), sex="F",
    ),
    _style(
        "heritage_steam_railway_platform_gap_fall_review", "prose",
        "review of a passenger who fell between a heritage train and the platform, and whose "
        "head injury was missed at the first hospital",
        """
        H: Patient safety review {ref}, emergency department, {hospital}
        H: Patient: {p.full} ({age}), NHS number {nhs}
        C: On {date} {p.title} stepped down from <<carriage C>> at <<platform 2>> of the heritage railway as the train moved forward a few feet, and fell into the gap.
        C: The <<Stationmaster>> {o1m.full} signalled the driver to stop, and the <<Signalman>> {o2m.full} held the points while volunteers lifted him out.
        C: He said he was fine and was driven to {hospital} by his {rel}, where he was seen by {d.tdr} for a cut shin and sent home <<for twenty minutes>> later without a scan.
        C: He was on a blood thinner and had <<Gowers' sign>> described in his notes from a muscle condition, and neither was asked about.
        C: That night his {rel} found him drowsy and confused, with <<Babinski's sign>> on the right, and a scan at {hospital2} showed a bleed that needed surgery.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and had <<a Blatchford score of 8>> after a bleed the year before.
        X: The railway's safety officer {o3f.tfull} reported the event to <<the Office of Rail and Road>> under {ref2}.
        X: The guard, {o4.full}, said the right-away had been given before all doors were shut <<for fourteen minutes>> of a busy gala day.
        X: The railway is a member of <<the Heritage Railway Association>>, which has asked its lines to look again at door checks, {o3f.last} told the panel.
        X: {p.first} had used <<three puffs>> of his inhaler before the trip, his {rel} said, and the railway's booking still showed his old address, {addr2}.
        E: Shared with the family on {next} by {s2.tfull}.
        """,
        ("ED-^-####", "ORR~####"), sex="M",
    ),
    _style(
        "go_kart_track_collision_neck_injury_review", "prose",
        "review of a young driver whose neck was injured in a go-kart collision and who was walked "
        "to the office by marshals before anyone thought of his spine",
        """
        H: Major trauma review {ref}: spinal injury at a karting circuit
        H: Prepared by {s1.tfull}; patient {p.tfull}, hospital number {hosp}
        C: On {date} {p.first} was in <<kart 12>> on a birthday session when another kart hit him from behind at the hairpin and his head snapped forward.
        C: The <<Track Marshal>> {o1m.full} waved the red flag <<for two laps>> and helped him out, and he walked to the office with his helmet still on.
        C: The circuit's first aider {o2f.full} took his helmet off without support and gave him <<ibuprofen>> for a sore neck.
        C: His {rel} took him to {hospital} that evening, where {d.tdr} found tingling in both hands and a positive <<Spurling's test>>, and a scan showed a fracture of the neck.
        C: He was put in a collar and transferred to {hospital2}, where he stayed on {ward} <<for two sessions>> of surgery.
        X: {p.caps} ({age}), date of birth {dob}, NHS number {nhs}, lives at {addr}, and had a normal <<Hawkins' test>> on the shoulder.
        X: The circuit's manager {o3m.full} said marshals are told to call an ambulance for any blow to the head, but the phone at <<the trackside phone>> post was dead.
        X: The party's organiser, {o4.full}, rang {phone} to ask if the other driver in <<kart 12>> had been hurt, and was given the reference {ref2}.
        X: {p.first} had been on <<montelukast>> for asthma and used <<two drops>> of something for his eyes, which the notes mix up.
        X: A second marshal, {o5.first}, said the booking gave an old address, {addr2}, and the track was slippery <<for the last hour of opening>>.
        E: Discussed at the major trauma meeting on {next}; family informed by {s2.tfull}.
        """,
        ("MTR-^-####", "KART/~/###"), sex="M",
    ),
    _style(
        "trampoline_park_child_femur_fracture_review", "prose",
        "child review of a boy who broke his thigh bone at a trampoline park, where the first aider "
        "sat him up and his mother was told to drive him in (child)",
        """
        H: Child safety review {ref}, children's emergency department, {hospital}
        H: Child: {p.tfull}, date of birth {dob}, NHS number {nhs}
        C: On {date} {p.first} was on the main court when two older children landed on the same bed in <<row 3>>, and he was thrown off the edge onto the padding with his leg under him.
        C: The court monitor {o1f.full} blew the whistle and stopped the session <<for eleven minutes>>, and the first aider {o2m.full} sat him up on a chair by the <<lane 7>> foam pit.
        C: His {rel} was told to take him to hospital in the car, and he screamed <<for twenty minutes>> on the way to {hospital}.
        C: {d.tdr} found a fracture of the thigh bone, and he was in traction on {ward} and then in a cast, with <<one 5 ml spoonful>> of a pain syrup every few hours.
        C: The ward team noted a small bruise on his back and asked the safeguarding nurse {s1.full} to look, who found nothing of concern and a normal <<Thomas's test>> on the good side.
        X: The family live at {addr}, and his hospital number is {hosp}; his {rel}'s mobile is {mob}; he takes <<two drops>> of a vitamin daily.
        X: The park's manager {o3m.tfull} said the rule of one child to a bed had not been kept <<over the half-term week>> because of staff off sick.
        X: The park's accident report {ref2} says the first aider did not use <<a head block>> or call 999.
        X: {p.first} had <<a FeverPAIN score of 4>> at his GP's the week before and was on antibiotics, which the ward noted.
        X: The park's owner, {o4.full}, said the park is a member of <<the British Association of Leisure Parks, Piers and Attractions>> and will train staff again.
        E: Reviewed by the named nurse for safeguarding, {s2.tfull}, on {next}; no concerns about care at home.
        """,
        ("CSR-^-####", "TP-~-#####"), sex="M", child=True,
    ),
    _style(
        "museum_strobe_installation_seizure_review", "prose",
        "review of a woman with epilepsy who had a seizure in a museum's light installation, with "
        "no warning sign at the door, and was left in a side room",
        """
        H: Incident review {ref}: seizure at a museum, neurology service, {trust}
        H: Patient: {p.full}, hospital number {hosp}
        C: On {date} {p.first} walked into a darkened gallery where a light installation flashed <<for a whole ride cycle>> of its programme, and she fell and had a seizure on the floor.
        C: The <<Gallery Attendant>> {o1f.full} turned the installation off and put a coat under her head, and the seizure stopped after about four minutes.
        C: She was taken to a side room by the <<Visitor Services Assistant>> {o2m.full} and left alone <<for eleven minutes>> while he rang her {rel}, and she had a second seizure.
        C: At {hospital} {d.tdr} found she had missed doses of <<lamotrigine>> that week, and increased the dose to <<10 mg at night>> of another tablet as a bridge.
        C: The museum had no warning notice at the door, though the artist's contract asked for one, and the <<Gallery Attendant>> had not been told of the risk.
        X: {p.caps} ({age}), date of birth {dob}, NHS number {nhs}, of {addr}, is under the epilepsy nurse {s1.full} and had <<a qSOFA of 2>> noted in error on the ambulance form.
        X: The museum's director, {o3.tfull}, wrote that the gallery will carry a warning, in line with advice from <<the Museums Association>>.
        X: {p.first} asked the museum for the footage, and her request was logged as {ref2} by {o4.first}, the <<Visitor Services Assistant>> on the desk.
        X: Her {rel} said the side room was a store with <<a throw line>> in it, and that the museum's letter went to her old address, {addr2}.
        X: The museum is funded in part by <<Arts Council England>>, which was told of the event by {o5.full} on {later}.
        E: Reviewed by {s2.tfull} on {next}.
        """,
        ("NEU-^-###", "FOI/~/####"), sex="F",
    ),
    _style(
        "farm_park_petting_barn_child_kidney_failure_review", "prose",
        "child review of a girl who became very ill with a gut infection after a farm park's "
        "petting barn, when the handwashing sinks had no water (child)",
        """
        H: Child health review {ref}: infection after a farm park visit
        H: Child: {p.tfull}, date of birth {dob}, hospital number {hosp}
        C: On {date} {p.first} fed the lambs in the petting barn with her {rel}, and the sinks by the exit had no water because a pipe had frozen <<since the gates opened>>.
        C: Four days later she had bloody diarrhoea and was seen by {d.tdr} at {gp}, who sent a sample but did not tell the family what to watch for, and noted <<a Centor score of 3>> from an old visit.
        C: On {later} she was pale and had stopped passing urine, and at {hospital} she was found to have kidney failure and was moved to {hospital2} for dialysis after <<a single 150 mg dose>> of a drug to calm her fits.
        C: The health protection nurse {o1f.full} found three other children ill after the same farm, and the farm's manager {o2m.full} closed the barn and <<the turnstile>> to the lambing shed.
        C: {p.first} had been given <<ibuprofen>> at home for the pain, which the kidney team said should be stopped, and <<two drops>> of an eye medicine for a sticky eye.
        X: The family live at {addr}; her NHS number is {nhs}; her {rel}'s mobile is {mob}; she uses <<three puffs>> of an inhaler when wheezy.
        X: The farm's owner, {o3m.tfull}, said the sinks had been checked <<for the last hour of opening>> the day before, and that there was gel by <<the turnstile>>.
        X: The outbreak was given the number {ref2} by the health protection team, and {o4.full} from the council visited under <<the Control of Substances Hazardous to Health Regulations 2002>>.
        X: {p.first} stayed on {ward} <<for two sessions>> of dialysis a day at first, and went home on {next}.
        X: The school nurse {s1.full} was told so that the class would know why she was away <<over the half-term week>>.
        E: Reviewed by the child death and serious illness panel lead {s2.tfull}; no concerns about care at home.
        """,
        ("CHR-^-###", "HPT~-####"), sex="F", child=True,
    ),
    _style(
        "boating_lake_rowing_boat_very_old_man_capsize_review", "prose",
        "review of a very old man who went into a boating lake when his rowing boat tipped, and "
        "whose heart rhythm was missed at the first hospital (old)",
        """
        H: Patient safety review {ref}, {hospital}
        H: Patient: {p.tfull}, {age}, NHS number {nhs}
        C: On {date} {p.title} hired a rowing boat with his {rel}, and the <<Boatman>> {o1m.full} handed them <<a buoyancy aid>> each but did not check the straps.
        C: The boat tipped when {p.first} stood up to change seats, and he was in the water <<for eleven minutes>> before the <<Boatman>> reached him with <<a throw line>>.
        C: A passer-by, {o2f.full}, helped pull him onto the jetty, and he was taken to {hospital}, where {d.tdr} warmed him <<for twenty minutes>> under blankets and sent him home that night.
        C: Two days later he collapsed at home, and at {hospital2} {d2.tdr} found a heart rhythm problem that had been on the first tracing but not read, and stopped his <<terbutaline>>.
        C: He was on <<betahistine>> and <<terbutaline>>, and his {rel} said he had been dizzy on the jetty before he got in.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and walks with a stick after <<Trendelenburg's sign>> was found on a hip check.
        X: The lake's operator, {o3.tfull}, said the hire slip gave {addr2}, an old address, and the jetty had <<the lifebuoy>> on a post.
        X: {p.first}'s {rel} rang {phone} to ask for the first hospital's tracing, under the request {ref2}, and said the <<Boatman>> had been kind.
        X: The council, {council}, owns the lake and said hire is run under <<the Occupiers' Liability Act 1957>>.
        X: {o4.full}, the cardiology nurse, saw him on {later} and fitted a pacemaker after <<for two sessions>> of monitoring.
        E: Learning shared by {s2.tfull} on {next}.
        """,
        ("PSR-^-####", "SAR/~/###"), sex="M", old=True,
    ),
    _style(
        "theme_park_drop_tower_ride_log_csv", "lines",
        "a theme park's ride control log, pasted as CSV with web-server style stamps and operators "
        "written as a badge print, about a girl with asthma stuck at the top of a drop tower",
        """
        H: Ride log export {ref} for incident involving {p.full}, {hosp}; pulled by {s1.full}
        H: stamp,event,operator
        C: Drop tower stopped at the top on a sensor fault; <<Ride Supervisor>> called; riders held in <<the over-shoulder restraint>>
        C: Rider in <<seat 4B>> wheezing; parent at exit gate says she has asthma and her inhaler is in the locker
        C: Locker opened by <<Ride Host>>; inhaler sent up with the engineer; <<three puffs>> given at the top
        C: Manual lowering <<for fourteen minutes>>; {p.first} brought down first and seen by the first aider
        C: Ambulance called for {p.title}; taken to {hospital} with her {rel}; {d.tdr} informed by phone; <<a 300 microgram pen>> not needed
        X: Engineer {o1.full} reports encoder fault; ride closed <<for the last hour of opening>>
        X: <<Attractions Manager>> {o2.last} informed; statement forms issued; job {ref2}
        X: Queue line closed; guests given passes at <<the turnstile>>; no other riders hurt
        X: Parent rang {phone} for an update; given ward name {ward}; inhaler returned; <<lane 7>> queue cleared
        X: Ride inspection under <<the Amusement Device Inspection Procedures Scheme>> booked; note to {email}
        E: Log exported by {s2.login} on {ldate}; NHS {nhs} added by the hospital for the review
        """,
        ("RCL-^-####", "ENG~####"),
        sex="F", child=True, topup='{stamp}:{clock},"{text}",{user}', stamp="%d/%b/%Y",
        clock="%H:%M:%S", signs=("o3", "o4", "o5"), sign_form="dotup",
    ),
    _style(
        "aquarium_life_support_ozone_alarm_csv", "lines",
        "an aquarium's life support system log, pasted as CSV with compact year-first stamps, about "
        "an aquarist who breathed ozone in the filter room and was sent home",
        """
        H: Life support alarm export {ref}; staff member {p.caps}, {hosp}
        H: yyyymmdd,hhmmss,event,user
        C: Ozone alarm in filter room B; <<Senior Keeper>> asked to check; room not vented
        C: Aquarist {p.first} went in to reset the skimmer without a mask, <<for eleven minutes>>
        C: {p.first} coughing and short of breath; first aider gave oxygen; <<a Centor score of 3>> noted by mistake on the form
        C: Sent home by the duty manager <<for the last hour of opening>>; {p.title} rang 111 later and was sent to {hospital}
        C: {d.tdr} found chest tightness and a low oxygen level; <<prednisolone>> and <<beclometasone>> started
        X: Ozone generator isolated; fault ref {ref2}; <<the Pressure Systems Safety Regulations 2000>> check booked
        X: Filter room signs replaced; {o1.full} to train staff <<for two sessions>>
        X: Note: {p.first}'s {rel} rang {phone} asking why no one called an ambulance; <<Senior Keeper>> to reply
        X: Mask fit test due for {o2.full}; <<the Personal Protective Equipment at Work Regulations 1992>> quoted
        X: Tank readings normal; divers stood down <<for the last hour of opening>>
        E: Export run by {s2.login} on {ldate}; occupational health copy to {email}
        """,
        ("LSS-^-###", "FLT-~-#####"),
        topup='{stamp},{clock},"{text}",{user}', stamp="%Y%m%d", clock="%H%M%S",
        signs=("o3", "o4", "o5"), sign_form="lower",
    ),
    _style(
        "heritage_railway_signal_box_train_register_table", "lines",
        "a heritage railway signal box's train register, pasted as a table with weekday stamps and "
        "signalmen written as surname and initial, about a fireman burned on the footplate",
        """
        H: Train register extract, heritage railway; for the review of {p.full}, {hosp}
        H: | date | time | entry | signalman |
        C: Up train held at home signal <<for eleven minutes>>; driver reports fireman {p.first} burned by blowback from the firebox
        C: Train drawn into <<platform 2>>; <<Stationmaster>> called ambulance; burns cooled with water <<for twenty minutes>>
        C: Crew took {p.title} to {hospital}; {d.tdr} informs hand and face burns, <<Nikolsky's sign>> negative
        C: Relief fireman {o1.full} booked on; service resumed <<for two laps>> of the shuttle only
        C: <<Signalman>> notes line blocked <<for fourteen minutes>>; token returned
        X: <<the Office of Rail and Road>> informed by {o2.last}; reference {ref2}
        X: Locomotive stopped for boiler check under <<the Pressure Systems Safety Regulations 2000>>
        X: Note: {p.first}'s {rel} rang {phone}; told he is on {ward} with <<one 5 ml spoonful>> of morphine every four hours
        X: Gala day traffic heavy; <<carriage C>> door fault reported by {o1.full}
        X: {p.upper} ({age}), NHS {nhs}, to be visited by the <<Volunteer Guide>> who runs welfare
        E: Register copied by {s2.full} on {ldate}
        """,
        ("SB-^-####", "ORR-~-###"),
        sex="M", topup="| {stamp} | {clock} | {text} | {user} |", stamp="%a %d-%b-%Y",
        clock="%H:%M", signs=("o3", "o4", "o5"), sign_form="lastcomma",
    ),
    _style(
        "safari_park_ranger_vehicle_log_table", "lines",
        "a safari park's ranger vehicle log, pasted as a table with upper-case dotted stamps and "
        "initials, about a visitor's car that broke down in the lion reserve with a diabetic man inside",
        """
        H: Ranger vehicle log, reserve 3; extract for {p.caps}, {hosp}, NHS {nhs}
        H: | date | time | event | ranger |
        C: Visitor car broken down in <<enclosure 9>>; occupants told to stay in car, windows up
        C: Passenger {p.first} shaky and sweating; wife says he takes insulin and <<lamotrigine>> and has missed lunch
        C: Lions moved to the night pens <<for fourteen minutes>>; ranger truck alongside; sugar tablets passed through <<the lock gate>> hatch
        C: {p.title} confused; <<Senior Keeper>> agrees to move car out with tow; ambulance met at the exit
        C: Crew give glucose; {p.first} taken to {hospital} for review by {d.tdr}; <<a HEART score of 6>> noted
        X: Tow driver {o1.full} reports clutch failure; car left by the exit <<for the last hour of opening>>
        X: Reserve closed <<for twenty minutes>>; queue told by the <<Visitor Services Assistant>>
        X: Park vet {o2.last} checked lions after the move <<for eleven minutes>>; all calm
        X: Note to {email}: <<the Zoo Licensing Act 1981>> log entry made; ref {ref2}
        X: Family rang {phone}; car to be towed to {addr2}, the old address on the booking, by <<the lock gate>> road
        E: Extract printed by {s2.full} on {ldate}
        """,
        ("SP-^-###", "RNG####"),
        sex="M", topup="| {stamp} | {clock} | {text} | {user} |", stamp="%d.%b.%Y", clock="%H%M",
        upper_stamp=True, signs=("o3", "o4", "o5"), sign_form="init",
    ),
    _style(
        "go_kart_league_marshals_chat_export", "lines",
        "a karting club's marshals' chat, exported with bracketed year-first stamps and user "
        "handles, about a driver who was left in a tyre wall with a broken wrist",
        """
        H: Chat export: marshals, club race day; exported for {p.full}'s {rel}, request {ref}
        H: Export includes messages only. Attachments are not included.
        C: kart off at turn 4 into the tyres <<for two laps>> now, driver {p.first} not getting out, red flag please
        C: red flag out, <<Track Marshal>> on the way, he says his wrist, no need for <<a head block>> he says
        C: his {rel} is here, number {mob}, he takes <<montelukast>> and has an inhaler in the bag
        C: ambulance says an hour, can someone drive him to {hospital}, race held <<for two laps>>
        C: update: {p.first} at {hospital}, {d.tdr} says broken wrist, plaster tonight, given <<ibuprofen>>
        X: who moved <<kart 12>> off the grid, it has no brakes, {o1.full} asked
        X: <<the trackside phone>> at post 3 is dead again, {o2.last} will report it
        X: can we have <<the emergency stop>> tested before next meeting, ref {ref2}
        X: tyre wall at turn 4 was one row short <<for the last hour of opening>>
        X: for the insurers: {p.upper}, {addr}, racing licence checked by {o1.full} in <<lane 7>> of the paddock
        E: End of export; {p.caps}, NHS {nhs}, hospital number {hosp}
        """,
        ("CHT-^-####", "KRT~####"),
        sex="M", topup="[{stamp} {clock}] {user}: {text}", stamp="%Y/%m/%d", clock="%H:%M",
        signs=("o3", "o4", "o5"), sign_form="chat",
    ),
    _style(
        "show_cave_rescue_callout_radio_log", "lines",
        "a cave rescue team's callout radio log, with two-digit-year dashed stamps and double-colon "
        "fields, about a boy stuck in a squeeze on a show cave's adventure trip",
        """
        H: Callout log {ref}: show cave adventure trip; casualty {p.full}, {hosp}
        H: date time :: message :: from
        C: Callout: boy stuck in the squeeze past the second chamber; <<Cave Guide>> with him
        C: Team in at the entrance; <<a belay device>> and hauling kit taken; {p.first} talking
        C: Casualty cold, given warm drink and <<one 5 ml spoonful>> of sugar syrup; leg freed after digging <<for fourteen minutes>>
        C: Out at the entrance; handed to the crew; taken to {hospital} with his {rel}; {d.tdr} aware; <<a FeverPAIN score of 4>> on his GP letter
        C: Guide reports the group was too big for the trip; <<the Adventure Activities Licensing Regulations 2004>> licence check
        X: Team member {o1.full} twisted an ankle on the way out; self-treated, normal <<Apley's test>>
        X: Surface control handed to {o2.last} <<for the last hour of opening>>
        X: Cave office rang {phone}; family told; reference {ref2}; <<Cave Guide>> stood down
        X: Note: <<the British Cave Rescue Council>> return to be filed
        X: Kit check: <<a belay device>> missing, left at the squeeze
        E: Log closed by {s2.full} on {ldate}; {p.caps}, NHS {nhs}
        """,
        ("CRO-^-###", "CV~-####"),
        sex="M", child=True, topup="{stamp} {clock} :: {text} :: {user}", stamp="%d-%m-%y",
        clock="%H%M", signs=("o3", "o4", "o5"), sign_form="upper|dotup",
    ),
    _style(
        "stately_home_very_old_room_steward_fainting_letter", "letter",
        "a stately home's house manager writes to a GP about a very old volunteer room steward who "
        "has fainted three times on duty since a change of tablets (old)",
        """
        H: {ldate}¶House office, {town}¶Our ref: {ref}¶¶{d.tdr}¶{gp}¶¶Re: {p.tfull}, {addrb}, date of birth {dob}
        H: Dear {d.tdr},
        C: I am the house manager, and I write with {p.first}'s consent about {p.title}, who has been a <<Room Steward>> in the library for fourteen years and is {age}.
        C: Since about {prev} she has fainted three times on duty, the last on {date}, when she went down beside <<row 3>> of the chairs and hit her head on a bookcase.
        C: Each time she came round quickly, but our <<Volunteer Guide>> {o1f.full} says she was grey and her pulse was slow <<for fourteen minutes>> after.
        C: She tells me her blood pressure tablets were changed in the spring, and that she also takes <<betahistine>> for dizziness, which I mention in case it matters.
        C: We do not want to stop her coming, as the house is where she sees her friends, but I must think of her safety and of <<the Occupiers' Liability Act 1957>>.
        X: Her NHS number, from the card she carries, is {nhs}, and her {rel} {r.full} can be reached on {mob}; she uses <<two drops>> in each eye at night.
        X: Our first aider, {o2m.tfull}, wrote up the last fall in our accident book, number {ref2}, and noted a small cut <<for twenty minutes>> of bleeding.
        X: She was seen at {hospital} after the second faint and was sent home from the front door after <<a HEART score of 6>>, she says.
        X: Our policies follow the guidance of <<the Museums Association>> on volunteers, and the council's adult safeguarding page, {url}.
        X: If it helps, {o3f.last} from the volunteer office can bring her to an appointment; please ring the house on {phone}, <<for the last hour of opening>> if you can.
        E: Yours sincerely,¶¶{s1.full}¶House Manager
        """,
        ("HM/~/####", "AB-####"), sex="F", old=True,
    ),
    _style(
        "zoo_senior_keeper_bite_occupational_health_email", "letter",
        "a zoo's curator e-mails the hospital's occupational health service about a keeper bitten "
        "by a snake who was sent home from the emergency department too soon",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {email}¶Subject: keeper bite, our ref {ref}
        H: Dear {d.tdr},
        C: I am the curator at the zoo, and I write about our keeper {p.full}, who was bitten on the hand by a venomous snake in <<enclosure 9>> on {date} while cleaning the vivarium.
        C: Our <<Senior Keeper>> {o1m.full} followed our bite protocol, put on a bandage and rang for an ambulance, and sent the snake's details and our antivenom box with {p.first} to {hospital}.
        C: {d2.tdr} saw {p.first} and sent her home after two hours because the hand did not swell, and she was given <<loratadine>> for an itch.
        C: That night her gums bled and she was taken back, and her blood would not clot, and she was given the antivenom on {ward} <<for two sessions>> of infusion.
        C: Our licence under <<the Dangerous Wild Animals Act 1976>> and <<the Zoo Licensing Act 1981>> requires us to follow up, and I would like the learning to be shared.
        X: Her details for your records: {p.caps}, date of birth {dob}, NHS number {nhs}, {addr}; she took <<a single 150 mg dose>> of fluconazole last week.
        X: Her mobile is {mob}, and she has asked that her {rel} {r.full} be kept informed by our <<Senior Keeper>>.
        X: The vivarium's lock was found loose by {o2m.full} <<for the last hour of opening>> that day, and we have kept the lock under {ref2}.
        X: Our protocol was written with <<the British and Irish Association of Zoos and Aquariums>> and is on our website at {url}.
        X: Please ring me on {phone}; our vet {o3.full} can also help with the snake's species and <<the Personal Protective Equipment at Work Regulations 1992>> kit.
        E: Regards,¶{s1.full}¶Curator
        """,
        ("ZOO-~-###", "LCK-#####"), sex="F",
    ),
    _style(
        "heritage_railway_passenger_stroke_email", "letter",
        "a heritage railway's duty station master e-mails a passenger's relative about the afternoon "
        "the passenger's face dropped on the train and the crew thought he was travel sick",
        """
        H: From: {o1.pemail}¶Sent: {ldate} {time}¶To: {r.pemail}¶Subject: your father's trip on the railway
        H: Dear {r.first},
        C: I am so sorry about your father, and as you asked I have written down what happened in <<carriage C>> on {date}.
        C: {p.first} was on the afternoon train when the guard, {o2m.full}, saw that one side of his face had dropped and his words were slurred <<for eleven minutes>> or so.
        C: We thought he was travel sick, and our <<Stationmaster>> {o3f.full} gave him water at <<platform 2>> and sat with him, and I regret that no one thought of a stroke.
        C: When he could not lift his arm, {o2m.first} rang 999 at {time}, and the crew took him to {hospital}, where I understand {d.tdr} gave him a clot-busting drug after <<a head block>> was put on by the crew.
        C: I have written to <<the Heritage Railway Association>> to ask for stroke training for crews, and we will put a poster in every carriage.
        X: For the hospital's form, he gave his address on the booking as {addr}, and his date of birth as {dob}; he said he took <<10 mg at night>> of something.
        X: His NHS number was on a card in his wallet, {nhs}, which I gave to the crew with his <<mometasone>> spray.
        X: He had told the guard he had <<an ABCD2 score of 5>> after a funny turn last year, which he joked about.
        X: The station booking office is on {street}, and its phone is {phone}; we are open <<for the last hour of opening>> each day on the phone.
        X: If it helps, my own number is {mob}, and the railway's safety officer is {o4.last}, a <<Signalman>> too.
        E: With best wishes to him,¶{o1.full}¶Duty Stationmaster
        """,
        ("HRL-~-##", "BK-####"), sex="M",
    ),
    _style(
        "canal_boat_hire_carbon_monoxide_letter", "letter",
        "a canal boat hire yard's manager writes to a hospital's emergency department about a "
        "couple found drowsy on a hire boat, where the stove flue had come loose",
        """
        H: {ldate}¶Hire yard office, {town}¶Our ref: {ref}¶¶{d.tdr}¶Emergency Department, {hospital}
        H: Dear {d.tdr},
        C: I write about {p.tfull}, date of birth {dob}, who was on one of our hire boats with {p.first}'s {rel} and was brought to you on {date} drowsy and being sick, the stove having been lit <<for two sessions>> of cooking.
        C: Our <<Boatman>> {o1m.full} found the cabin stove's flue had come loose at the roof collar, and the boat's alarm had no battery in it <<for two sessions>> of hire.
        C: The boat was moored above <<the lock gate>>, and another boater, {o2f.full}, heard the alarm on the next boat and knocked on the window <<for eleven minutes>> before the door was opened.
        C: I understand {d2.tdr} found a raised carbon monoxide level and treated both with oxygen, and that {p.first} was kept on {ward} after <<a HEART score of 6>> on the first tracing.
        C: The boat was checked at handover by our engineer {o3m.full}, who signed the sheet for the alarm, the flue and <<the emergency stop>> on the engine.
        X: The family's address, as on the hire form, is {addrb}; the mobile given is {mob}; {p.first} told us of <<three puffs>> of an inhaler each day.
        X: Their NHS number, as given on the form, is {nhs}, and the hospital number you gave us is {hosp}; an older booking, <<over the half-term week>>, gave {addr2}.
        X: We have reported the event to our insurers and to <<the Royal Life Saving Society>> for its water safety notes, under claim number {ref2}.
        X: Our yard is inspected under <<the Consumer Rights Act 2015>> for hire, and I have asked {o4.full} to look again at our checks.
        X: You can reach the yard on {phone}; our boats carry <<the lifebuoy>> and <<a throw line>>, and I have now added an alarm to each cabin.
        E: Yours sincerely,¶¶{s1.full}¶Yard Manager
        """,
        ("CBH-~-###", "CLM#######"),
    ),
    _style(
        "escape_room_operator_panic_asthma_email", "letter",
        "an escape room's owner e-mails a hospital's patient experience team about a woman whose "
        "asthma attack was taken for part of the game",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {email}¶Subject: asthma attack at our venue, ref {ref}
        H: Dear {s2.first},
        C: I own the escape room where {p.tfull} was taken ill on {date}, and I write to give you our account, as her {rel} asked, <<for twenty minutes>> on the phone.
        C: She was in the prison cell room with four friends, and when she started to wheeze and bang on the door the host, {o1f.full}, thought it was part of the game <<for eleven minutes>>.
        C: Her friends pressed the red button, and our <<Visitor Services Assistant>> {o2m.full} opened the door and found her inhaler in her bag, and she took <<three puffs>> with no help.
        C: The ambulance took her to {hospital}, where {d.tdr} treated her with <<prednisolone>> and nebulisers, and she stayed on {ward} <<for two sessions>> of nebulisers overnight.
        C: I accept that our host should have opened the door at once, and we have changed our rules under <<the Occupiers' Liability Act 1957>>.
        X: Her details, for your records: {p.caps}, hospital number {hosp}, NHS number {nhs}, of {addr}; she takes <<montelukast>>.
        X: Her {rel} {r.full} rang our office on {phone} and I have promised to call back; she had used <<three puffs>> more on the way home.
        X: The camera footage has been kept under {ref2}, and {o3m.last}, who built the room, has changed the door so that it opens from inside with <<the emergency stop>> button.
        X: Our staff now have first aid training <<for two sessions>> a year, led by {o4.full}.
        X: I copied this to our insurer and to {email2}, the council's licensing team, as you suggested, and to <<the British Association of Leisure Parks, Piers and Attractions>>.
        E: Kind regards,¶{s1.full}¶Owner
        """,
        ("ESC-^-###", "CCTV-######"), sex="F",
    ),
    _style(
        "ice_rink_public_skate_anticoagulated_head_injury_letter", "letter",
        "an ice rink's duty manager writes to a GP about a man on blood thinners who hit his head "
        "on the ice and was sent home by the rink's first aider",
        """
        H: {ldate}¶Ice rink, {town}¶Our ref: {ref}¶¶{d.tdr}¶{gp}
        H: Dear {d.tdr},
        C: I am writing as duty manager about {p.tfull}, born {dob}, who fell backwards on the ice at our public session on {date} near <<lane 7>> and hit the back of his head.
        C: Our first aider, {o1m.full}, sat him on a bench by <<lane 7>> and watched him <<for twenty minutes>>, and he said he felt fine and drove home.
        C: He did not tell us he was on a blood thinner, and our first aid form does not ask, and no one advised him to go to hospital or checked for <<Babinski's sign>>, which our course does not teach.
        C: The next day his {rel} took him to {hospital} with a headache and vomiting, and I understand {d2.tdr} found a bleed on the scan and he was transferred to {hospital2} <<for two sessions>> of surgery.
        C: Our head of ice, {o2f.full}, has told me that the session was busy and that the marshals were short <<over the half-term week>>.
        X: His address, as on our booking system, is {addrb}; the mobile given is {mob}; he told us of <<half a tablet>> of something for his heart.
        X: His NHS number, from the letter he brought in later, is {nhs}, and the hospital number is {hosp}; he takes <<10 mg at night>> of a statin.
        X: We have asked our insurers and the council, under {ref2}, for advice on head injury rules, and the council's page {url} has been shared with staff and the <<Ride Host>> team at the rink's café.
        X: Our senior marshal, {o3.last}, keeps the session log <<for two sessions>> a day, and the council's licensing team is on {email2}.
        X: Our rink is a member of <<the British Association of Leisure Parks, Piers and Attractions>>, and the rink can be reached on {phone}.
        E: Yours sincerely,¶¶{s1.full}¶Duty Manager
        """,
        ("ICE-~-###", "INS#######"), sex="M",
    ),
    _style(
        "paintball_site_eye_injury_letter", "letter",
        "a paintball site's safety officer writes to an eye clinic about a player hit in the eye "
        "after taking his mask off in the game zone",
        """
        H: {ldate}¶Paintball site office, {town}¶Our ref: {ref}¶¶{d.tdr}¶Eye clinic, {hospital}
        H: Dear {d.tdr},
        C: I write about {p.tfull}, date of birth {dob}, who was hit in the right eye by a paintball on {date} at our site, after he lifted his mask to wipe it <<for two laps>> of the woodland zone.
        C: Our marshal, {o1m.full}, stopped the game, and our first aider {o2f.full} washed the eye with saline <<for fourteen minutes>>.
        C: He was taken to {hospital} by his {rel}, and I understand {d2.tdr} found a bleed inside the eye and kept him in with the head of the bed raised <<for two sessions>> of eye checks.
        C: Our rules say masks stay on in the zone, and the marshal's briefing was given, but the mask fog was bad that day, and the <<Track Marshal>> did not see him lift it.
        C: We have checked our guns' speeds under <<the Consumer Rights Act 2015>> guidance, and the gun that fired was within the limit.
        X: His address, as on our booking, is {addrb}; the mobile given is {mob}; he said he takes <<loratadine>> for hay fever.
        X: His NHS number, as he gave it, is {nhs}, and the hospital number you gave us is {hosp}; he used <<two drops>> of his own eye drops.
        X: Our insurer has given us the claim number {ref2}, and our site owner {o3m.tfull} would like to hear how he is, and has asked about <<the Personal Protective Equipment at Work Regulations 1992>> for our marshals.
        X: We have bought new masks with fans <<for the last hour of opening>> games, after advice from {o4.full}.
        X: Please ring me on {phone}; I have copied this to your patient experience team at {email}, and our lake zone, where players wear <<a buoyancy aid>>, is closed.
        E: Yours sincerely,¶¶{s1.full}¶Safety Officer
        """,
        ("PBS-~-###", "CLM-######"), sex="M",
    ),
    _style(
        "cable_car_stoppage_very_old_passenger_letter", "letter",
        "a cable car operator's customer manager writes to a very old woman about the hour she spent "
        "in a stopped gondola without her oxygen, and the care she had afterwards (old)",
        """
        H: {ldate}¶Customer services, cable car, {town}¶Our ref: {ref}¶¶{p.tfull}¶{addrb}
        H: Dear {p.title},
        C: I am writing about your ride on {date}, when the cable car stopped with you in <<gondola 11>> for fifty minutes, and I am very sorry for what happened.
        C: Our <<Gondola Attendant>> {o1f.full} spoke to you over the intercom <<for fourteen minutes>> of the stop, and I understand you told her your oxygen was in the car at the bottom.
        C: The lift was brought in on the back-up drive, and our first aider {o2m.full} gave you oxygen from our kit, and the ambulance took you to {hospital} after waiting <<for eleven minutes>> in the car park.
        C: I understand {d.tdr} kept you in on {ward} <<for two sessions>> of nebulisers, and that your {rel} stayed with you.
        C: The stop was caused by a wind sensor, and our engineer {o3m.full} has changed it under <<the Pressure Systems Safety Regulations 2000>> checks of the drive.
        X: Our records show your age as {age} and your date of birth as {dob}; we ask this of every rider over eighty at <<the turnstile>>.
        X: Your NHS number, as the crew gave it to us, is {nhs}; your hospital number is {hosp}; you take <<beclometasone>> inhalers.
        X: We have refunded your tickets under {ref2}, and our manager {o4.full} would like to meet you and your {rel}, as would the <<Gondola Attendant>>.
        X: You can reach us on {phone}, or the council's visitor team at {email2}; we now let riders take oxygen in <<gondola 11>> and the others.
        X: A copy of this letter goes to your GP at {gp}, <<over the half-term week>> when the practice reopens.
        E: Yours sincerely,¶¶{s1.full}¶Customer Manager
        """,
        ("CC/~/####", "RF-####"), sex="F", old=True,
    ),
)
# fmt: on

# Top-up sentences, one set per register: prose reviews, logs and letters.
SHARED = (
    "The panel met on {next} and heard from {s2.full}, who was told of the event only a week after it.",
    "{p.first}'s {rel} was offered a meeting and asked for the findings to be sent to {p.pemail}.",
    "A summary went to the patient's practice, {gp}, with the family's agreement.",
    "A statement was taken from {o5.full}, who had been on duty <<for the last hour of opening>> that day.",
    "The timeline was checked against the venue's own log and the records held by {council}.",
    "The record gives the patient's home address as {addr}.",
    "No one was blamed, and the panel thanked {o5.fl} for being open with it.",
    "Questions about this review can go to {s2.email} or the governance office on {phone}.",
    "{p.title} was given the number {ref2} for any questions about this review.",
    "The learning was shared with the team at {hospital2}, who had seen a similar case.",
    "A panel member, {o5.tfull}, asked for the findings to go to <<the Royal Life Saving Society>> as well.",
    "The manager of {ward2} was told, as the patient had stayed there <<for two sessions>> of care the year before.",
    "The trust's page about reviews like this one is at {url}.",
)  # fmt: skip
SHARED_LINES = (
    "Note added: {p.first}'s {rel} rang for an update",
    "Manager {s2.full} told; nothing more today",
    "Reference {ref2} given to the family",
    "Practice {gp} told by e-mail",
    "Voicemail left for {o5.full} on {mob}",
    "Handed over to {s2.fl}; open items carried over",
    "Checked with {hospital2}: not known there",
    "Address on file confirmed as {addr}",
    "Welfare call to {p.title}: no answer, phone rang <<for twenty minutes>>",
    "Shift note: radio and <<the trackside phone>> keys handed to {o5.lower}",
)  # fmt: skip
SHARED_LETTER = (
    "I have copied this letter to {s2.full}, who leads on patient safety for {trust}.",
    "If you would like to talk about any of this, please ring {phone}.",
    "Our reference for this is {ref2}; please quote it in any reply.",
    "{p.first}'s {rel} knows that I am writing to you.",
    "I am grateful to {o5.full} for help in putting this letter together.",
    "I have kept a copy of this letter on our file for {p.caps}.",
    "Please write to me at the address above, or to the hospital team at {email}.",
    "A copy goes to the patient's GP practice, {gp}, as the family asked <<over the half-term week>>.",
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
        self.day = date(2025, 1, 6) + timedelta(days=rng.randint(0, 690))
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
    elif style.sign_form == "chat":  # a handle, or the display name "Keoni K"
        out.person(rng.choice(style.signs), "under" if rng.random() < 0.75 else "fl")
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
