"""A forty-fourth blind de-identification evaluation pack: railways and roads.

Synthetic UK narratives with the gold span of every identifier, written without reading the
engine (see evaluation_blind44.md). The settings are new to the packs: a signal box, track workers
under a possession, a level crossing, a train depot, a motorway maintenance compound, a bus
garage, a lorry park, a traffic officer's patrol, a driving test centre and a ferry link, with a
signal box train register, a traffic officer's patrol log, a bus garage defect book, a crossing
keeper's sheet, a ferry's bridge chat and a driving test centre's day log. People come from Faker
through the shared code and from the pack's own lists: Mizo, Tsonga, Galician (with "da", "do"
and "dos" surnames and two surnames side by side), Sundanese and Swazi.

The interface is pack 43's: ``generate(count, seed=1)``, ``example(rng, number, style=None)``,
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

PREFIX = "blind44"
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

_MK = ("Milton Keynes City Council", "milton-keynes.gov.uk")
_PEMBS = ("Pembrokeshire County Council", "pembrokeshire.gov.uk")
_HIGHLAND = ("The Highland Council", "highland.gov.uk")
_NAYR = ("North Ayrshire Council", "north-ayrshire.gov.uk")
_ARGYLL = ("Argyll and Bute Council", "argyll-bute.gov.uk")
_SLAN = ("South Lanarkshire Council", "southlanarkshire.gov.uk")
_DUMGAL = ("Dumfries and Galloway Council", "dumgal.gov.uk")
_SHROPS = ("Shropshire Council", "shropshire.gov.uk")
_CONWY = ("Conwy County Borough Council", "conwy.gov.uk")
_MONS = ("Monmouthshire County Council", "monmouthshire.gov.uk")
TOWN_INFO = {
    "Wolverton": ("MK12", "01908", "Ouzel Valley", *_MK),
    "Newport Pagnell": ("MK16", "01908", "Ouzel Valley", *_MK),
    "Bletchley": ("MK3", "01908", "Ouzel Valley", *_MK),
    "Cheddington": ("LU7", "01296", "Chiltern Edge", "Buckinghamshire Council", "buckinghamshire.gov.uk"),
    "Fishguard": ("SA65", "01348", "Gwaun Valley", *_PEMBS),
    "Pembroke Dock": ("SA72", "01646", "Cleddau Estuary", *_PEMBS),
    "Milford Haven": ("SA73", "01646", "Cleddau Estuary", *_PEMBS),
    "Kyle of Lochalsh": ("IV40", "01599", "Lochalsh", *_HIGHLAND),
    "Mallaig": ("PH41", "01687", "Morar Coast", *_HIGHLAND),
    "Corpach": ("PH33", "01397", "Lochaber", *_HIGHLAND),
    "Ardrossan": ("KA22", "01294", "Clyde Coast", *_NAYR),
    "Brodick": ("KA27", "01770", "Clyde Coast", *_NAYR),
    "Largs": ("KA30", "01475", "Clyde Coast", *_NAYR),
    "Dunoon": ("PA23", "01369", "Cowal", *_ARGYLL),
    "Rothesay": ("PA20", "01700", "Cowal", *_ARGYLL),
    "Crianlarich": ("FK20", "01838", "Strathfillan", "Stirling Council", "stirling.gov.uk"),
    "Carstairs": ("ML11", "01555", "Clydesdale", *_SLAN),
    "Abington": ("ML12", "01864", "Clydesdale", *_SLAN),
    "Gretna": ("DG16", "01461", "Annandale", *_DUMGAL),
    "Lockerbie": ("DG11", "01576", "Annandale", *_DUMGAL),
    "Beattock": ("DG10", "01683", "Annandale", *_DUMGAL),
    "Shap": (
        "CA10", "01931", "Shap Fells", "Westmorland and Furness Council",
        "westmorlandandfurness.gov.uk",
    ),
    "Hellifield": ("BD23", "01729", "Ribblesdale", "North Yorkshire Council", "northyorks.gov.uk"),
    "Ferrybridge": ("WF11", "01977", "Aire Valley", "Wakefield Council", "wakefield.gov.uk"),
    "Craven Arms": ("SY7", "01588", "Onny Valley", *_SHROPS),
    "Gobowen": ("SY11", "01691", "Ceiriog Border", *_SHROPS),
    "Llandudno Junction": ("LL31", "01492", "Conwy Estuary", *_CONWY),
    "Abergele": ("LL22", "01745", "Elwy Vale", *_CONWY),
    "Chepstow": ("NP16", "01291", "Severnside", *_MONS),
    "Caldicot": ("NP26", "01291", "Severnside", *_MONS),
    "Pilning": (
        "BS35", "01454", "Severn Levels", "South Gloucestershire Council", "southglos.gov.uk",
    ),
    "Barnetby": ("DN38", "01652", "Ancholme Vale", "North Lincolnshire Council", "northlincs.gov.uk"),
}  # fmt: skip
LOCALITIES = {
    "Wolverton": ("Old Wolverton", "Stantonbury"), "Newport Pagnell": ("Sherington", "Lathbury"),
    "Bletchley": ("Fenny Stratford", "Water Eaton"), "Cheddington": ("Mentmore", "Marsworth"),
    "Fishguard": ("Goodwick", "Dinas Cross"), "Pembroke Dock": ("Neyland", "Pennar"),
    "Milford Haven": ("Hakin", "Steynton"), "Kyle of Lochalsh": ("Plockton", "Balmacara"),
    "Mallaig": ("Morar", "Arisaig"), "Corpach": ("Banavie", "Caol"),
    "Ardrossan": ("Saltcoats", "Stevenston"), "Brodick": ("Lamlash", "Whiting Bay"),
    "Largs": ("Fairlie", "Skelmorlie"), "Dunoon": ("Kirn", "Hunters Quay"),
    "Rothesay": ("Port Bannatyne", "Ascog"), "Crianlarich": ("Tyndrum", "Inverarnan"),
    "Carstairs": ("Carstairs Junction", "Ravenstruther"), "Abington": ("Crawford", "Roberton"),
    "Gretna": ("Eastriggs", "Rigg"), "Lockerbie": ("Lochmaben", "Johnstonebridge"),
    "Beattock": ("Moffat", "Wamphray"), "Shap": ("Hardendale", "Rosgill"),
    "Hellifield": ("Long Preston", "Gargrave"), "Ferrybridge": ("Brotherton", "Fairburn"),
    "Craven Arms": ("Onibury", "Wistanstow"), "Gobowen": ("Weston Rhyn", "St Martin's"),
    "Llandudno Junction": ("Deganwy", "Glan Conwy"), "Abergele": ("Towyn", "Pensarn"),
    "Chepstow": ("Mathern", "Pwllmeyric"), "Caldicot": ("Rogiet", "Portskewett"),
    "Pilning": ("Severn Beach", "Easter Compton"), "Barnetby": ("Melton Ross", "Bigby"),
}  # fmt: skip
TOWNS = tuple((town, info[0], info[1]) for town, info in TOWN_INFO.items())
HOSP_FORMS = ("AAA99999", "99AA9999", "A999999A")
TOWN_HOSP = {town: HOSP_FORMS[index % 3] for index, town in enumerate(TOWN_INFO)}

STREETS = ("Fescue", "Cocksfoot", "Foxtail", "Meadowgrass", "Brome", "Darnel")
STREET_KINDS = ("Street", "Road", "Lane", "Terrace", "Row", "Crescent", "Close", "Brae")
WARDS = ("Grayling", "Barbel", "Chub", "Dace", "Rudd", "Ruffe")
WARD_KINDS = ("Ward", "Ward", "Unit", "Ward")
HOMES = ("Auriga House", "Mizar Court", "Alcor Lodge", "Algol House", "Mizar Lodge")
PROVIDERS = ("Grandsire", "Stedman", "Plain Bob", "Treble Bob")
PROVIDER_KINDS = ("Homecare", "Care at Home Ltd", "Community Support", "Care Co-operative")
PRACTICES = ("Mizzen", "Topsail", "Staysail", "Gennaker", "Lugsail")
PRACTICE_KINDS = ("Surgery", "Medical Practice", "Health Centre", "Doctors")
HOSPITAL_FORMS = (
    "{town} Hospital", "{county} County Hospital", "{town} Health Campus",
    "{county} Regional Hospital",
)  # fmt: skip
TRUST_FORMS = (
    "{county} University Health Board", "{county} Hospitals NHS Trust",
    "{county} and {town} Healthcare NHS Foundation Trust",
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Look-alikes: written in, never gold (each kind is tracked as negatives)
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "drug": (
        "ticagrelor", "ranolazine", "nicorandil", "indapamide", "losartan", "ramipril",
        "mirtazapine", "citalopram", "quetiapine", "tizanidine", "temazepam", "sotalol",
    ),
    "dose": (
        "a 75 mg tablet", "three 10 mg tablets", "a 2.5 mg tablet", "one 400 mg tablet",
        "a 5 mg patch", "one 150 mg capsule", "two 8 mg tablets",
    ),
    "score": (
        "a Karolinska sleepiness score of 7", "a Rivermead score of 18", "a DN4 score of 5",
        "a Tampa scale of 40", "a Berg balance score of 41", "a Neck Disability Index of 24",
        "a Roland-Morris score of 9",
    ),
    "device": (
        "the track circuit", "the token instrument", "the lever frame", "the points machine",
        "the ground frame", "the lookout horn", "the road-rail vehicle", "the crash cushion",
        "the variable message sign", "the cone lorry", "the linkspan", "the lifting barrier",
        "the dual-control pedals",
    ),
    "national": (
        "Network Rail", "the Rail Accident Investigation Branch",
        "the Driver and Vehicle Standards Agency", "the British Transport Police", "RMT", "ASLEF",
        "Transport Scotland", "Transport for Wales", "the Confederation of Passenger Transport",
    ),
    "law": (
        "the Railways Act 1993", "the Highways Act 1980", "the Transport Act 2000",
        "the Level Crossings Act 1983", "the New Roads and Street Works Act 1991",
        "the Road Traffic Regulation Act 1984", "the Public Passenger Vehicles Act 1981",
    ),
    "eponym": (
        "a Chance fracture", "a Bennett's fracture", "a Jefferson fracture", "a Pott's fracture",
        "Lasègue's sign", "Weber's test", "Charcot's triad", "a Barton's fracture",
        "a Segond fracture",
    ),
    "word": (
        "Signal Operator", "Track Worker", "Controller of Site Safety", "Lookout",
        "Protection Controller", "Mobile Operations Manager", "Depot Manager", "Train Driver",
        "Driving Examiner", "Duty Inspector", "Garage Engineer", "Crossing Keeper",
        "Route Controller", "Fleet Engineer", "Conductor", "Ticket Examiner",
        "Platform Supervisor", "Lorry Park Supervisor", "Traffic Manager",
    ),
    "bed": (
        "signal box 3", "lane 1", "road 4", "bay 12", "the mess room", "the cess", "the six-foot",
        "the car deck", "stand 9", "the crew room", "the cab",
    ),
    "duration": (
        "for two rostered turns", "through the possession", "for the last train",
        "over the night possession", "for the morning peak", "during the crossing",
        "for three signal sections", "for the length of the sailing", "during the blockade",
        "for a ten-hour turn", "for the rest of the diagram", "through the rush hour",
        "during the road closure", "for the return leg",
    ),
}  # fmt: skip
NATIONAL = LOOKALIKES["national"]

# ---------------------------------------------------------------------------------------------
# People of the pack's own lists
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    "Mizo": {
        "F": ("Lalremsiami", "Lalnunmawii", "Lalrinpuii", "Zothansangi", "Vanlalhriatpuii",
              "Lalhmingliani", "Malsawmtluangi", "Ngurthansangi"),
        "M": ("Lalrinawma", "Vanlalruata", "Lalthanzuala", "Zothanmawia", "Lalmuanpuia",
              "Malsawmkima", "Laldinpuia", "Vanlalhmangaiha"),
        "L": ("Ralte", "Hnamte", "Chhakchhuak", "Pachuau", "Sailo", "Khiangte", "Fanai",
              "Renthlei", "Tochhawng", "Zadeng", "Hauhnar", "Chawngthu"),
    },
    "Tsonga": {
        "F": ("Tsakani", "Khensani", "Hlulani", "Nyiko", "Ntsako", "Rirhandzu", "Tinyiko",
              "Hitekani", "Nkateko"),
        "M": ("Vongani", "Risenga", "Tiyani", "Rhulani", "Vutomi"),
        "L": ("Baloyi", "Chauke", "Mathebula", "Maluleke", "Ngobeni", "Shivambu", "Mabunda",
              "Hlungwani", "Rikhotso", "Nkuna", "Mashaba", "Novela"),
    },
    "Galician": {
        "F": ("Uxía", "Antía", "Iria", "Xiana", "Sabela", "Aldara", "Olalla"),
        "M": ("Brais", "Breixo", "Anxo", "Xoán", "Roi", "Iago", "Martiño"),
        "L": ("do Pazo", "da Veiga", "dos Anxos", "do Río", "da Fonte", "Outeiro", "Seoane",
              "Regueiro", "Vilariño", "Bouzas", "Carballo", "Pazos", "Lamas", "Piñeiro",
              "Barreiro", "Souto", "Freire"),
    },
    "Sundanese": {
        "F": ("Euis", "Neneng", "Iis", "Enung", "Entin", "Imas", "Nining"),
        "M": ("Asep", "Ujang", "Cecep", "Dadang", "Encep", "Yayan", "Jajang", "Engkus"),
        "L": ("Suryana", "Sumpena", "Permana", "Hidayat", "Sutisna", "Rukmana", "Somantri",
              "Wiradinata", "Kusumah", "Sukmara", "Suhendar", "Nugraha"),
    },
    "Swazi": {
        "F": ("Sibusisiwe", "Nokuthula", "Tengetile", "Sebenzile", "Nomcebo", "Phindile",
              "Thandeka"),
        "M": ("Sibusiso", "Mandla", "Sandile", "Bongani", "Mbuso", "Vusi", "Ncamiso", "Sifiso"),
        "L": ("Dlamini", "Simelane", "Shongwe", "Mamba", "Magagula", "Motsa", "Nxumalo",
              "Masilela", "Mabuza", "Hlophe", "Fakudze", "Kunene", "Maseko"),
    },
}  # fmt: skip
OWN_FIRST = {sex: tuple(n for g in OWN_GROUPS.values() for n in g[sex]) for sex in "FM"}
OWN_LAST = tuple(n for g in OWN_GROUPS.values() for n in g["L"])
# Surnames that are English words of roads, rivers and ferries, written alone now and then.
WORD_NAMES = (
    "Ferryman", "Coachman", "Bridger", "Ostler", "Wainwright", "Lockyer", "Tollman", "Bargeman",
    "Lighterman", "Keelman",
)  # fmt: skip
ALL_WORD_NAMES = frozenset(WORD_NAMES)
NICKNAMES = {
    "Lalthanzuala": ("Zuala",), "Lalremsiami": ("Siami",), "Vanlalruata": ("Ruata",),
    "Malsawmtluangi": ("Tluangi",), "Martiño": ("Tiño",), "Sabela": ("Bela",),
    "Jajang": ("Jang",), "Cecep": ("Cep",),
}  # fmt: skip
# Galician surnames may open with "da", "do" or "dos": always lower case but in forms written
# wholly in capitals ("Uxía do Pazo", "Ms do Pazo", "DO PAZO, Uxía"). The particle is inside the
# span. A Galician may also carry two surnames side by side, with no hyphen ("Outeiro Seoane").
PARTICLE_WORDS = ("dos", "da", "do")
PARTICLES = r"\b(?:dos|DOS|da|DA|do|DO)[ _-]"
DOUBLE_SURNAME_GROUPS = frozenset({"Galician"})
# Initials that read as an abbreviation: a person with these is written "J. Surname".
CLINICAL_INITIALS = frozenset(
    """AF AKI BD BP CD CT DM DNR EC ED FY GP HB HR ID IM IV MI MR MS NG OD OK OT PE PM PO PR
    QDS RN SC TB TDS UK UTI VF VT WC AM NO SO DO GO TO IT AS AT BE BY HE IF IN IS ME MY OF ON
    OR UP US WE CPR DOA ECG GCS ICU NHS PRN SOB TIA TTO ABC AND FOR THE BM DA DOS BTP ORR MOM
    COSS HGV LGV PSV MOT RTC SPAD AWS TPWS DVSA RAIB RMT ETA POS TOC FOC MV RO""".split()
)
NAME_FORMS = (
    "full first last title tfull dr tdr init ini caps upper lower nick email pemail poss fl "
    "login rota lfi dotup under lastcomma jlogin fU sfirst dotted tag inl lastdot ltag rlogin"
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
        "signal_box_signaller_hypoglycaemia_missed_review", "prose",
        "review of a signaller found muddled in a rural signal box after a long turn, whose low "
        "blood sugar was taken for drink by the relief signaller and the mobile manager",
        """
        H: Incident review {ref}: signaller taken ill on duty, {date}
        H: Prepared for {trust} by {s1.tfull}, patient safety lead
        C: At {time} {p.full} ({age}), the <<Signal Operator>> on the night turn, stopped answering the phone in <<signal box 3>> after working <<for two rostered turns>> back to back.
        C: The <<Route Controller>> {o1f.full} held trains at the home signal, and the <<Mobile Operations Manager>> {o2m.full} drove out and found {p.first} slumped by <<the lever frame>>.
        C: {o2m.first} smelt something sweet, thought of drink and called the police, and {p.first} was left in the chair <<for the last train>> to clear the section.
        C: The paramedic found a blood sugar of 1.9, and at {hospital} {d.tdr} gave glucose and noted <<Charcot's triad>> was not present when the belly was checked.
        C: {p.first} takes insulin and <<ramipril>>, and had eaten nothing since a sandwich at the start of the turn.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, hospital number {hosp}, lives at {addr}, and was kept on {ward} overnight.
        X: The box's welfare log, kept under <<the Railways Act 1993>> licence terms, showed no break; it is logged as {ref2}.
        X: {p.first}'s {rel} waited at home <<for the morning peak>> before anyone rang to say where {p.first} was.
        X: {o3.full} of <<RMT>> told the panel that relief signallers had been cut on the route for a year.
        X: The ward nurse {o4f.full} said {p.first} had <<a Karolinska sleepiness score of 7>> written on the admission form.
        E: Signed off at the trust's patient safety panel on {next} by {s2.tfull}.
        """,
        ("IR-^-#####", "SBX~####"),
    ),
    _style(
        "track_worker_struck_by_road_rail_vehicle_review", "prose",
        "review of a track worker struck by a road-rail vehicle during a night possession, whose "
        "pelvic bleed was missed while a cut on the head was glued",
        """
        H: Major trauma review {ref}: track worker struck during a possession
        H: Patient: {p.tfull}, {age}; hospital number {hosp}
        C: On {date} {p.first}, a <<Track Worker>>, was packing ballast in <<the six-foot>> <<over the night possession>> when <<the road-rail vehicle>> reversed without a warning.
        C: The <<Controller of Site Safety>> {o1m.full} stopped the work, and the <<Lookout>> {o2f.full} sat {p.first} on the cess wall and rang 999.
        C: At {hospital} {d.tdr} glued the cut on the head, but no scan of the pelvis was done, and {p.first} was kept on {ward} with pain.
        C: In the small hours the blood pressure fell, a scan showed a broken pelvis with bleeding, and {p.first} went to theatre, where <<a Segond fracture>> of the knee was also found.
        C: {p.first} had worked <<for a ten-hour turn>> before the shift and takes <<losartan>> for blood pressure.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, lives at {addr}, and was given <<a 5 mg patch>> for pain on the ward.
        X: The contractor's safety adviser, {o3.tfull}, said the machine had passed its checks, and the event was logged as {ref2}.
        X: {p.first}'s {rel} rang {phone} <<for the morning peak>> before anyone from the contractor said {p.first} was in theatre.
        X: <<the Rail Accident Investigation Branch>> was told the next day, {o4.full} said.
        X: The nurse {o5f.full} on {ward} said {p.first} was worried about losing the next shift <<through the possession>> the week after.
        E: Reviewed by the trauma governance group on {next}; signed by {s2.tfull}.
        """,
        ("MTR-^-####", "POS~####"),
    ),
    _style(
        "level_crossing_very_old_driver_barrier_stroke_review", "prose",
        "review of a very old man who stopped his car under a lowering barrier at a level crossing, "
        "whose stroke was taken for confusion at the wheel (old)",
        """
        H: Stroke review {ref}, {hospital}
        H: Patient: {p.caps}, {age}, NHS number {nhs}
        C: On {date} {p.title} stopped his car on a level crossing as <<the lifting barrier>> came down, and the <<Crossing Keeper>> {o1f.full} held a train at the signal.
        C: The <<Signal Operator>> {o2m.full} sent a man to the car, who found {p.title} with his face dropped on one side, sat there <<for three signal sections>> of held trains.
        C: The police thought he was muddled at the wheel, and he waited in the car <<for the last train>> of the hour before the ambulance came.
        C: At {hospital} {d.tdr} found a stroke, too late for the clot-busting drug, and he went to {ward}, where <<Weber's test>> was noted for his hearing.
        C: He takes <<indapamide>> and <<sotalol>>, and his {rel} said his heart had been irregular for a year.
        X: {p.tfull}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and has carers from {prov}, who give him <<a 2.5 mg tablet>> at night.
        X: <<Network Rail>>'s crossing manager, {o3f.tfull}, said the event was logged as {ref2}.
        X: {p.first}'s {rel} rang {phone} <<through the rush hour>> the next morning before anyone rang back.
        X: He went on to {home} for rehabilitation, and his doctor, {d2.tdr}, noted <<a Berg balance score of 41>> on the first week.
        X: The crossing's camera ran <<during the road closure>> only, {o4.full} told the panel.
        E: Stroke panel review closed by {s2.tfull} on {next}.
        """,
        ("STR-^-####", "LXC-~-###"), sex="M", old=True, provider=True,
    ),
    _style(
        "train_depot_shunter_crush_compartment_review", "prose",
        "review of a shunter whose leg was crushed between two coaches in a depot, and whose "
        "compartment syndrome was missed on the first night",
        """
        H: Patient safety review {ref}, {trust}
        H: Patient: {p.full} ({age}); NHS number {nhs}
        C: On {date} {p.title} was coupling coaches on <<road 4>> of the depot when a unit moved and trapped the lower leg against a buffer.
        C: The <<Depot Manager>> {o1f.full} stopped all moves, and the <<Fleet Engineer>> {o2m.full} freed {p.first} and called 999 <<for the rest of the diagram>> of the shift.
        C: At {hospital} {d.tdr} found no break on the film and sent {p.first} to {ward} with pain relief, and the leg swelled through the night.
        C: By morning the pain was far worse than the injury, and {d2.tdr} found compartment syndrome and took {p.first} to theatre, with <<a Pott's fracture>> of the ankle seen on a second film.
        C: {p.first} takes <<citalopram>> and told staff that pain is hard to describe.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and had <<one 400 mg tablet>> of a painkiller at the depot.
        X: The depot's safety manager, {o3m.tfull}, reported the event to <<the Rail Accident Investigation Branch>> and logged it as {ref2}.
        X: {p.first}'s {rel} rang {phone} to ask why the leg was not checked in the night.
        X: The <<Train Driver>> {o4.full} said the radio call came <<for the morning peak>> move, not the depot one.
        X: {o5.full} of <<ASLEF>> said depot moves at night are short of staff.
        E: Closed after the family meeting with {s2.tfull} on {next}.
        """,
        ("PSR-^-####", "DEP~-####"),
    ),
    _style(
        "motorway_compound_gritter_hopper_fall_review", "prose",
        "review of a worker at a motorway maintenance compound who fell from a gritter's salt "
        "hopper, and whose head injury was sent home from a minor injuries unit",
        """
        H: Major trauma review {ref}: fall at a motorway maintenance compound
        H: Patient: {p.tfull}; hospital number {hosp}
        C: On {date} {p.first} was clearing salt from the hopper of a gritter in the compound <<through the rush hour>> when the ladder slipped on ice.
        C: The <<Traffic Manager>> {o1m.full} found {p.first} on the ground, and the <<Duty Inspector>> {o2f.full} drove {p.first} to the minor injuries unit <<during the road closure>>.
        C: There {d.tdr} cleaned a cut and sent {p.first} home with a leaflet, and <<a Neck Disability Index of 24>> was written from an old clinic letter.
        C: On {later} {p.first} was sick and sleepy, and at {hospital} {d2.tdr} found a bleed and <<a Jefferson fracture>> of the neck, and {p.first} went to {ward}.
        C: {p.first} takes <<tizanidine>> for back spasm, and the compound's first aider did not know.
        X: {p.caps} ({age}), date of birth {dob}, NHS number {nhs}, lives at {addr}, and had taken <<two 8 mg tablets>> of a painkiller.
        X: The compound's safety officer, {o3.tfull}, said the ladder had been checked, and gave the panel the job number {ref2}.
        X: {p.first}'s {rel} rang {phone} <<for the morning peak>> hours before anyone said {p.first} was admitted.
        X: <<the Highways Act 1980>> duty to grit meant the crew worked <<for a ten-hour turn>> that night, {o4.full} said.
        X: The nurse {o5f.full} said {p.first} asked about <<the variable message sign>> work left undone.
        E: Closed after the patient's meeting with {s2.tfull} on {next}.
        """,
        ("MTR-^-####", "CMP~####"),
    ),
    _style(
        "bus_garage_engineer_inspection_pit_fall_review", "prose",
        "review of a bus garage engineer who fell into an inspection pit, whose neck pain was "
        "called a sprain, and who drove a bus the next day",
        """
        H: Incident review {ref}: fall into a garage inspection pit
        H: Patient: {p.full} ({age}), NHS number {nhs}
        C: On {date} {p.title} stepped back into the pit at <<bay 12>> while fitting a mirror, and landed on the neck and shoulder.
        C: The <<Garage Engineer>> {o1m.full} helped {p.first} out, and the garage manager {o2f.full} sent {p.first} home <<for the rest of the diagram>>.
        C: At the urgent treatment centre {d.tdr} called it a sprain and did no scan, and {p.first} drove a bus <<through the rush hour>> the next day.
        C: When the arm went numb, {p.first} was seen at {hospital}, where {d2.tdr} found a broken vertebra and kept {p.first} on {ward}.
        C: {p.first} takes <<nicorandil>> for angina, and the pain of the neck was put down to the heart at first.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and takes <<a 75 mg tablet>> of a blood thinner.
        X: The garage's operations manager, {o3m.tfull}, said the pit cover had been off for a week, logged as {ref2}.
        X: {p.first}'s {rel} rang {phone} to ask why no one told the bus company not to roster {p.first}.
        X: A fellow <<Garage Engineer>>, {o4.full}, said the pit lights were broken <<for two rostered turns>> before the fall.
        X: <<the Public Passenger Vehicles Act 1981>> says nothing about pits, {o5.full} told the panel.
        E: Shared with the patient on {next} by {s2.tfull}.
        """,
        ("IR-^-#####", "GAR~-####"),
    ),
    _style(
        "lorry_park_driver_chest_pain_language_review", "prose",
        "review of a lorry driver with chest pain in his cab at a lorry park, whose English was "
        "poor, and who was told by phone to take an antacid",
        """
        H: Structured judgement review {ref}: death after chest pain in a lorry cab
        H: Patient: {p.full}, {age}; died {later}
        C: On {date} {p.title} told the <<Lorry Park Supervisor>> {o1f.full} that his chest hurt, using a translation app <<through the rush hour>>.
        C: {o1f.first} rang 111, and {p.first} was told to take an antacid and rest in <<the cab>>, as the call handler could not follow the words.
        C: The next morning a driver, {o2m.full}, found him grey and sweating, and at {hospital} {d.tdr} found a heart attack.
        C: He died on {ward} on {later}, with <<ticagrelor>> started too late, and his {rel} came from abroad two days after.
        C: He took <<ramipril>> for blood pressure, and his tachograph showed he had driven <<for a ten-hour turn>> that day.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, hospital number {hosp}, and his home address in the UK is {addr}.
        X: The haulier's transport manager, {o3m.full}, said the case was logged as {ref2} and that <<the Driver and Vehicle Standards Agency>> had been told.
        X: {p.first}'s {rel} rang {phone} to ask why no interpreter was used on the 111 call.
        X: The <<Duty Inspector>> {o4.full} said the lorry park has no defibrillator at <<stand 9>> or anywhere else.
        X: {o5.full}, a fellow driver, said he had been short of breath <<for the return leg>> the week before.
        E: Judgement review signed by {s2.tfull} on {next}.
        """,
        ("SJR-^-###", "LRY/~/####"), sex="M",
    ),
    _style(
        "traffic_officer_struck_on_carriageway_review", "prose",
        "review of a traffic officer struck by a car while setting out cones on a motorway, whose "
        "spleen injury was found only after a second collapse",
        """
        H: Major trauma review {ref}: traffic officer struck on a motorway
        H: Patient: {p.tfull}, {age}; NHS number {nhs}
        C: On {date} {p.first}, a traffic officer, was setting out cones in <<lane 1>> behind <<the crash cushion>> when a car clipped the cushion and struck {p.first}.
        C: The crew mate {o1m.full} called the control room, and the <<Traffic Manager>> {o2f.full} closed the lane <<during the road closure>> while the ambulance came.
        C: At {hospital} {d.tdr} found broken ribs and sent {p.first} to {ward}, and a pain in the left shoulder was put down to the ribs.
        C: The next day {p.first} fainted in the toilet, and a scan showed a torn spleen with bleeding, and {p.first} went to theatre with <<a Barton's fracture>> of the wrist splinted.
        C: {p.first} takes <<mirtazapine>> at night, and said the shift had run <<for a ten-hour turn>> with no break.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and had <<one 150 mg capsule>> of an antibiotic on the ward.
        X: The service's safety lead, {o3.tfull}, said the event was logged as {ref2}, and that <<the cone lorry>> had been late.
        X: {p.first}'s {rel} rang {phone} <<for the morning peak>> hours before anyone said {p.first} was in theatre.
        X: <<the Road Traffic Regulation Act 1984>> speed limit was set, {o4.full} said, but no camera ran.
        X: {o5f.full}, the ward sister, said {p.first} had asked about the crew mate all night.
        E: Reviewed by the trauma governance group on {next}; signed by {s2.tfull}.
        """,
        ("MTR-^-####", "TOP~####"),
    ),
    _style(
        "driving_test_centre_candidate_seizure_review", "prose",
        "review of a learner driver who had a first seizure during a driving test, and who was "
        "sent home by an urgent care doctor without advice about driving",
        """
        H: Patient safety review {ref}, {hospital}
        H: Patient: {p.tfull}, {age}, NHS number {nhs}
        C: On {date} {p.first} was on a driving test when the car drifted, and the <<Driving Examiner>> {o1f.full} used <<the dual-control pedals>> to stop it.
        C: {p.first} was shaking and did not answer, and {o1f.first} rang 999 from the kerb <<through the rush hour>>.
        C: At the urgent care centre {d.tdr} found {p.first} awake and sent {p.first} home, with no word about driving, and <<Lasègue's sign>> written in error from another patient.
        C: A week later {p.first} had a second fit at home and was seen at {hospital} by {d2.tdr}, who started treatment and kept {p.first} on {ward}.
        C: {p.first} takes <<quetiapine>> at night, which can lower the fit threshold, and no one had asked.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and was given <<three 10 mg tablets>> of a steroid for a rash.
        X: The test centre's manager, {o2m.tfull}, said the event was logged as {ref2} and reported to <<the Driver and Vehicle Standards Agency>>.
        X: {p.first}'s {rel} rang {phone} and asked why the first doctor did not speak about driving <<for the return leg>> home.
        X: The <<Driving Examiner>> said the test was stopped <<for three signal sections>> of lights on the ring road, {o3.full} wrote.
        X: {o4.full}, the driving instructor, said {p.first} had been tired for weeks.
        E: Learning shared by {s2.tfull} on {next}.
        """,
        ("PSR-^-####", "DTC/~/###"),
    ),
    _style(
        "ferry_link_very_old_passenger_car_deck_stair_fall_review", "prose",
        "review of a very old woman who fell on the stairs from a ferry's car deck, whose hip "
        "fracture was missed at the harbour and found on the mainland (old)",
        """
        H: Falls review {ref}, urgent care and {hospital}
        H: Patient: {p.tfull}, {age}, NHS number {nhs}
        C: On {date} {p.title} was going down to <<the car deck>> before the ferry docked, and fell on the stairs <<during the crossing>>.
        C: The <<Ticket Examiner>> {o1m.full} sat her in the lounge <<for the length of the sailing>>, and the purser {o2f.full} wrote it in the ship's log.
        C: At the harbour the crew helped her to her {rel}'s car, and she was not seen until the evening at {hospital}, where {d.tdr} found a broken hip.
        C: She went to theatre from {ward}, and her {rel} said she takes <<losartan>> and <<temazepam>>, which may have made her unsteady.
        C: The ferry's stairs have a rail on one side only, and <<the linkspan>> was moving as she went down.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and has carers from {prov}, who give her <<a 2.5 mg tablet>> each morning.
        X: The ferry company's safety manager, {o3.tfull}, said the fall was logged as {ref2}, and <<Transport Scotland>> was told.
        X: {p.first}'s {rel} rang {phone} <<for the return leg>> hours before the company called back.
        X: She went on to {home}, under {d2.tdr}, who noted <<a Rivermead score of 18>> at the first visit.
        X: The <<Conductor>> on the harbour bus, {o4.full}, said she could not climb the step.
        E: Falls panel review closed by {s2.tfull} on {next}.
        """,
        ("FALL-^-####", "FRY~####"), sex="F", old=True, provider=True,
    ),
    _style(
        "school_bus_child_asthma_attack_driver_review", "prose",
        "child review of a nine-year-old boy whose asthma attack on a rural school bus was handled "
        "by the driver without his inhaler, which was in his school bag in the boot (child)",
        """
        H: Child safety review {ref}, children's emergency department, {hospital}
        H: Child: {p.tfull}, date of birth {dob}, NHS number {nhs}
        C: On {date} {p.first}, who is {age}, began to wheeze on the school bus <<through the rush hour>> as diesel fumes came in from a lorry.
        C: The driver, {o1m.full}, stopped at a lay-by, but the inhaler was in the boot, and {p.first} waited <<for three signal sections>> of roadworks before help came.
        C: The <<Duty Inspector>> from the bus company was told by radio, and an ambulance took {p.first} to {hospital}, where {d.tdr} gave nebulisers.
        C: He went to {ward} for the night, and his {rel} was told by the school, not the bus company, after <<the Transport Act 2000>> contract team passed it on.
        C: His care plan named the inhaler, but the bus company's list did not, and the <<Garage Engineer>> said the windows do not open.
        X: The family live at {addr}, and his hospital number is {hosp}; his {rel}'s mobile is {mob}; he takes <<a 5 mg patch>> for his skin, his {rel} said.
        X: The bus company's operations lead, {o2m.tfull}, said the case was logged as {ref2}.
        X: {p.first} had <<a Tampa scale of 40>> on a physio form last year, his {rel} said, from a sprain.
        X: The school's nurse {s1.full} was told, so the school could plan <<for the return leg>> each day.
        X: The council's transport officer, {o3.full}, said drivers get no asthma training.
        E: Reviewed by the named nurse for safeguarding, {s2.tfull}, on {next}; referral made to the local authority.
        """,
        ("CSR-^-####", "SCH-~-###"), sex="M", child=True,
    ),
    _style(
        "signal_box_train_register_compact_date_csv", "lines",
        "a signal box's train register, exported as CSV with compact year-month-day dates and "
        "signallers written as a bare initial and surname, about a signaller who scalded an arm "
        "and then fainted in the box",
        """
        H: Train register export {ref} for the injury to {p.full}, {hosp}; pulled by {s1.full}
        H: reg_date,reg_time,register_entry,signed
        C: Box opened; {p.first} on duty at <<the lever frame>>; block working normal
        C: Kettle knocked over; {p.first} scalds the forearm; <<the track circuit>> shows occupied
        C: Trains held <<for three signal sections>>; relief asked for from control
        C: {p.title} faints in the box; <<Mobile Operations Manager>> on the way
        C: Ambulance to {hospital}; {d.tdr} informs a deep scald and a faint from pain
        X: <<Network Rail>> fault number given; insurance reference {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward} with <<one 150 mg capsule>> of a painkiller
        X: Box first aid kit checked by {o1.full}; no burns dressing <<for the last train>>
        X: {p.upper} ({age}), NHS {nhs}; takes <<sotalol>>, not on the box's list
        X: Home address on the staff file: {addr}
        E: Export run by {s2.full} on {ldate}
        """,
        ("TR-^-####", "SBR~####"),
        topup='{stamp},{clock},"{text}",{user}', stamp="%Y%m%d", clock="%H%M",
        signs=("o3", "o4", "o5"), sign_form="inl",
    ),
    _style(
        "traffic_officer_patrol_log_iso_week_date_csv", "lines",
        "a traffic officers' patrol log, exported as CSV with ISO week dates (year, week and day "
        "of the week) and officers written as surname dot initial or a run-together tag, about an "
        "officer who collapsed with heat in a patrol car",
        """
        H: Patrol log export {ref}; officer taken ill {p.caps}, {hosp}
        H: wk_date,time,log_text,officer
        C: Patrol out; {p.first} driving; <<the variable message sign>> set for the roadworks
        C: Car parked on the hard strip by <<the crash cushion>>; air cooling not working
        C: {p.first} dizzy and sick <<for a ten-hour turn>> in the heat; crew mate drives
        C: {p.title} taken to {hospital}; {d.tdr} informs heat exhaustion; <<Weber's test>> normal
        C: Patrol stood down <<during the road closure>>; car sent for repair
        X: <<the Highways Act 1980>> inspection record added; reference {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Car cooling fault reported earlier by {o1.full}; <<the cone lorry>> crew also hot
        X: {p.upper} ({age}), NHS {nhs}; takes <<indapamide>>, a water tablet
        X: Home address on the rota file: {addr}
        E: Log copied by {s2.full} on {ldate}
        """,
        ("TOP-^-####", "CAR~-#####"),
        topup='{stamp},{clock},"{text}",{user}', stamp="%G-W%V-%u", clock="%H:%M:%S",
        signs=("o3", "o4", "o5"), sign_form="lastdot|ltag",
    ),
    _style(
        "bus_garage_defect_book_month_first_table", "lines",
        "a bus garage's defect book, pasted as a table with month-first dates and engineers "
        "written as a bare initial and surname or initials, about an engineer whose hand was "
        "caught in a bus's door and who went on working",
        """
        H: Defect book extract {ref}; engineer {p.caps}, {hosp}
        H: | date | time | defect or event | engineer |
        C: Bus in at <<bay 12>> with a door fault; {p.first} on the job
        C: Door closed on {p.first}'s hand while testing; <<Garage Engineer>> frees it
        C: {p.first} carries on <<for the rest of the diagram>>; hand swelling
        C: Sent to {hospital}; {d.tdr} informs <<a Bennett's fracture>> of the thumb
        C: Bus taken off road; door sensor reset by the fleet team
        X: <<the Public Passenger Vehicles Act 1981>> check due; ref {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Door pressure set wrong by {o1.full} <<for two rostered turns>>
        X: {p.upper}; NHS {nhs}; takes <<a 75 mg tablet>> of a blood thinner
        X: Home address on the garage file: {addr}
        E: Book copied by {s2.full} on {ldate}
        """,
        ("DB-^-####", "BUS~####"),
        topup="| {stamp} | {clock} | {text} | {user} |", stamp="%b %d %Y", clock="%H:%M",
        signs=("o3", "o4", "o5"), sign_form="inl|init|init",
    ),
    _style(
        "level_crossing_keeper_sheet_child_slashed_month_table", "lines",
        "a level crossing keeper's occurrence sheet, pasted as a table with day, short month and "
        "year between slashes and keepers written as a capital tag, about a girl on a bike hit by "
        "a lowering barrier (child)",
        """
        H: Crossing sheet extract {ref}; child {p.full}, {hosp}
        H: | date | time | occurrence | keeper |
        C: Barriers lowered for a train; <<the lifting barrier>> comes down on a girl on a bike
        C: {p.first} knocked off the bike; <<Crossing Keeper>> holds the train at the signal
        C: {p.first} crying, wrist bent; trains held <<for three signal sections>>
        C: Ambulance to {hospital}; {d.tdr} informs a broken wrist; <<a Barton's fracture>> noted
        C: {p.first}'s {rel} on the way; <<the British Transport Police>> told
        X: <<the Level Crossings Act 1983>> order checked; ref {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Child's home address from the police: {addr}
        X: Camera footage held by the <<Signal Operator>> <<for the last train>>
        X: {p.upper}; NHS {nhs}; takes <<a 5 mg patch>> for eczema
        E: Sheet copied by {s2.full} on {ldate}
        """,
        ("LXS-^-####", "LXC~####"),
        sex="F", child=True, topup="| {stamp} | {clock} | {text} | {user} |", stamp="%d/%b/%Y",
        clock="%H%M", signs=("o3", "o4", "o5"), sign_form="ltag",
    ),
    _style(
        "ferry_bridge_chat_weekday_short_year_thread", "lines",
        "a ferry's bridge team chat, pasted with weekday, day, short month and two-digit year "
        "stamps and crew written as surname-and-initial logins, about a deckhand whose hand was "
        "crushed by a mooring line",
        """
        H: Chat export {ref}; about {p.full}; case {hosp}
        H: Group: bridge team. Times are the ship's clock.
        C: {p.first} hurt on the stern; hand caught by a mooring line <<during the crossing>>
        C: Master says bring {p.first} to the bridge; first aid from the purser
        C: Ship slows <<for the length of the sailing>>; ambulance asked for at the harbour
        C: {p.first} at {hospital}; {d.tdr} says two fingers broken and a tendon cut
        C: {p.first} kept on {ward} for theatre; <<the linkspan>> checked before the return
        X: HR asks for {p.first}'s address: {addr}
        X: {p.first}'s {rel} asks for news on {phone}; reference {ref2}
        X: <<the Rail Accident Investigation Branch>> not relevant; marine team told
        X: {p.first} also takes <<mirtazapine>>; asks if it matters with the painkillers
        X: Mooring line checked by {o1.full} <<for the return leg>>
        E: Export saved by {s2.full} on {ldate}
        """,
        ("FB-^-####", "SHP~####"),
        topup="[{stamp} {clock}] {user}: {text}", stamp="%a %d %b %y", clock="%H:%M",
        signs=("o3", "o4", "o5"), sign_form="rlogin",
    ),
    _style(
        "driving_test_centre_day_log", "lines",
        "a driving test centre's day log, with year, short month and day stamps and examiners "
        "written as a bare initial and surname or surname dot initial after two dashes, about an "
        "examiner who had chest pain between tests",
        """
        H: Day log {ref}; examiner {p.full}, {hosp}
        H: Day log, in time order; entries signed after two dashes.
        C: Tests start; {p.first} says chest tight after the first test <<through the rush hour>>
        C: {p.first} sits in the office; next candidate told to wait <<for the morning peak>>
        C: {p.first} grey and sweating; <<Driving Examiner>> from the next room rings 999
        C: At {hospital} {d.tdr} informs a heart attack; <<ticagrelor>> given
        C: Tests stood down; candidates rebooked <<for the return leg>> of the week
        X: <<the Driver and Vehicle Standards Agency>> told; insurance ref {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Car keys and test sheets taken by {o1.full} <<for two rostered turns>>
        X: {p.upper} ({age}), NHS {nhs}; takes <<ramipril>> and statins
        X: Home address on the staff list: {addr}
        E: Log closed by {s2.full} on {ldate}
        """,
        ("DL-^-####", "DTC~####"),
        topup="{stamp} {clock} {text} -- {user}", stamp="%Y %b %d", clock="%H:%M",
        signs=("o3", "o4", "o5"), sign_form="inl|lastdot",
    ),
    _style(
        "signalling_manager_track_worker_witness_statement_letter", "letter",
        "a signalling manager sends a hospital's legal team a signaller's witness statement about "
        "a track worker hit by a train after a line was opened too early, with a cover letter",
        """
        H: {ldate}¶Signalling office, {town}¶Our ref: {ref}¶¶Legal services, {trust}
        H: Dear {s2.title},
        C: As you asked, I enclose the statement of our <<Signal Operator>> about the injury to {p.tfull}, date of birth {dob}, near <<signal box 3>> on {date}.
        C: Statement of {o1m.full}: "I was told the line was clear <<through the possession>>, and I gave the road to a train, and {p.first} was still in <<the cess>>."
        C: "The <<Protection Controller>>, {o2.full}, rang me at once, and I put every signal back <<for three signal sections>> either side."
        C: "The ambulance took {p.first} to {hospital}, where I understand {d.tdr} found a broken leg and <<a Chance fracture>> of the back."
        C: "I believe the facts in this statement are true, and I make it knowing that <<the Rail Accident Investigation Branch>> will read it."
        X: For your file, {p.first}'s address is {addrb}, and the NHS number you gave us is {nhs}.
        X: The hospital number on your letter is {hosp}; our own event number is {ref2}, and the <<Route Controller>> keeps it.
        X: {p.first}'s {rel}, {r.full}, has asked that we send nothing to the family home <<for the rest of the diagram>>.
        X: Our voice recordings run <<for the last train>> only, so the tape I can give is short; {o3.full} holds it.
        X: Please write to me at {email2} or ring {phone}; {o4.full} from our office can help <<for the morning peak>> on most days.
        E: Yours sincerely,¶¶{s1.full}¶Signalling Manager
        """,
        ("SM/~/####", "EV-####"),
    ),
    _style(
        "bus_company_very_old_passenger_braking_fall_letter", "letter",
        "a bus company's customer manager writes to a very old woman who fell in the aisle when "
        "her bus braked hard, and who waited at the stop for an ambulance (old)",
        """
        H: {ldate}¶Customer office, {town}¶Our ref: {ref}¶¶{p.tfull}¶{addrb}
        H: Dear {p.title},
        C: I write about {date}, when the bus you were on braked hard <<through the rush hour>> and you fell in the aisle before you could sit down.
        C: I am very sorry that the driver did not wait for you to sit, and that you lay on the floor <<for three signal sections>> of the town's lights.
        C: I understand from your {rel} that you were taken to {hospital}, where {d.tdr} found a broken wrist and kept you on {ward}.
        C: Our <<Duty Inspector>> on the day, {o1m.full}, came to the stop, and our <<Conductor>> on the school run, {o2f.full}, stayed with you.
        C: We follow <<the Confederation of Passenger Transport>> advice on waiting for older people to sit, and we have reminded every driver.
        X: Our records show your age as {age} and your date of birth as {dob}, which your {rel} gave us.
        X: The hospital gave us, with your leave, the number {hosp}; I know you take <<losartan>> and <<a 75 mg tablet>> in the morning.
        X: Our garage manager, {o3.full}, has asked to visit you to say sorry in person <<for the return leg>> of his next trip.
        X: You can reach our team on {phone}, or the council's transport office at {email2}; our <<Traffic Manager>> will call you too.
        X: A copy of this letter goes to your GP at {gp}, as your {rel} asked, and to your carers at {prov}.
        E: Yours sincerely,¶¶{s1.full}¶Customer Manager
        """,
        ("BUS/~/####", "CUS-####"), sex="F", old=True, provider=True,
    ),
    _style(
        "haulier_transport_manager_sleep_clinic_email", "letter",
        "a haulier's transport manager e-mails a sleep clinic about a lorry driver who nodded off "
        "at the wheel, and whose snoring had been put down to a cold",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {email}¶Subject: referral, our ref {ref}
        H: Dear {d.tdr},
        C: I am writing to refer {p.full}, one of our drivers, after an event on {date} on the way back from <<stand 9>> at the lorry park.
        C: {p.first} drifted onto the rumble strip <<for the return leg>>, and was woken by <<the variable message sign>> flashing, and pulled in at once.
        C: The GP, {d2.tdr}, had put the snoring down to a cold and noted <<a Karolinska sleepiness score of 7>> without a referral.
        C: Our <<Fleet Engineer>>, {o1m.full}, took the lorry off the road, and {p.first} has not driven <<for two rostered turns>> since.
        C: We follow <<the Transport Act 2000>> rules on hours, but I am more worried about sleep.
        X: For your records: {p.caps}, date of birth {dob}, NHS number {nhs}, {addr}; {p.first} takes <<citalopram>> each night.
        X: {p.first}'s mobile is {mob}, and {p.first}'s {rel} {r.full} would like to come to the appointment.
        X: The event was recorded under {ref2}, and {o2.full} has set the rota so {p.first} drives no nights <<for the morning peak>> weeks.
        X: Our policy on fatigue was written with <<the Driver and Vehicle Standards Agency>> and is on our staff site at {url}.
        X: Please ring me on {phone}; our HR adviser {o3.full} can also help <<through the rush hour>> on most days.
        E: Regards,¶{s1.full}¶Transport Manager
        """,
        ("TM-~-###", "FAT-#####"),
    ),
    _style(
        "driving_test_centre_manager_gp_vision_letter", "letter",
        "a driving test centre's manager writes to a GP about a candidate who could not read a "
        "number plate and had a headache, and whose raised eye pressure was found a week later",
        """
        H: {ldate}¶Driving test centre, {town}¶Our ref: {ref}¶¶{d.tdr}¶{gp}
        H: Dear {d.tdr},
        C: I write about {p.tfull}, date of birth {dob}, who came for a driving test on {date} and could not read a number plate at the set distance.
        C: Our <<Driving Examiner>>, {o1f.full}, saw {p.first} rub one eye and say the lights had halos <<through the rush hour>> drive in.
        C: I understand {p.first} went to {hospital} that day, where {d2.tdr} gave eye drops, and <<Weber's test>> was written down for a headache.
        C: A week later the eye was worse, and {p.first} was found to have glaucoma with a high pressure, too late to save all the sight.
        C: We know our duties to <<the Driver and Vehicle Standards Agency>>, and the test was stopped <<for the return leg>> to the centre.
        X: {p.first}'s address, as on our file, is {addrb}; the mobile given is {mob}; {p.first} takes <<citalopram>> and <<a 2.5 mg tablet>> at night.
        X: {p.first}'s NHS number is {nhs}, and the hospital number you gave us is {hosp}.
        X: Our event number is {ref2}, and the candidate's instructor {o2m.tfull} would like to hear how {p.first} is.
        X: We have put new eye charts at <<bay 12>> of the car park <<for the morning peak>> tests, after advice from {o3.full}.
        X: Please ring me on {phone}; I have copied this to your practice team at {email}.
        E: Yours sincerely,¶¶{s1.full}¶Test Centre Manager
        """,
        ("DTC-~-###", "EVT-######"),
    ),
    _style(
        "ferry_operator_very_old_passenger_family_letter", "letter",
        "a ferry operator's master writes to the family of a very old passenger who was left in "
        "her car on the car deck when she could not climb the stairs, and was found cold (old)",
        """
        H: {ldate}¶Ferry office, {town}¶Our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.title},
        C: I am writing, as you asked, about {date}, when your {rel}, {p.full}, stayed in the car on <<the car deck>> <<for the length of the sailing>>.
        C: Our deck crew member {o1m.full} saw that {p.first} could not climb the stairs, but did not tell the bridge, and the deck was cold <<during the crossing>>.
        C: A passenger, {o2f.full}, found {p.first} shaking at the harbour, and {p.first} was taken to {hospital}, where I understand {d.tdr} found a low body heat and a chest infection.
        C: I am sorry that you were told on the night that {p.first} had driven home, and that <<Charcot's triad>> was the only line in the ambulance record.
        C: We have put a crew member on each deck and a lift pass on every ticket, after advice from <<Transport Scotland>>.
        X: Our records give {p.first}'s age as {age} and date of birth as {dob}, as the ambulance crew wrote them.
        X: The hospital gave us the number {hosp}; I understand {p.first} takes <<sotalol>> and <<a 2.5 mg tablet>> of a blood thinner.
        X: Our insurer's reference is {ref2}, and {o3.full} from our team will ring you <<for the return leg>> of the season.
        X: You can reach me on {phone}, or our office at {email2}; the deck crew's head, {o4.full}, has the deck log.
        X: A copy of this letter goes to {p.first}'s GP at {gp}, as you asked, and to the carers at {prov}.
        E: Yours sincerely,¶¶{s1.full}¶Master
        """,
        ("FO/~/####", "INS-####"), sex="F", old=True, provider=True,
    ),
    _style(
        "lorry_park_supervisor_hospital_discharge_email", "letter",
        "a lorry park's supervisor e-mails a hospital's patient advice service about a foreign "
        "driver sent back to sleep in his cab after a fall, with no one to check on him",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {email}¶Subject: concern about discharge, ref {ref}
        H: Dear {s2.first},
        C: I am the <<Lorry Park Supervisor>>, and I write about {p.tfull}, a driver who slipped from his cab step on {date} and hit his head.
        C: Our night guard, {o1f.full}, sat with him <<through the rush hour>> and rang 999, and he was taken to {hospital}, where {d.tdr} sent him back to the cab alone.
        C: He sleeps in <<the cab>> and has no one here, and the leaflet was in English, which he reads poorly.
        C: Another driver, {o2m.full}, found him on {later} sleepy and hard to wake, and he was taken back, found to have a bleed, and treated on {ward}.
        C: He had loads booked <<for the rest of the diagram>>, and feared losing work, so he did not ask for help.
        X: His details, for your records: {p.caps}, hospital number {hosp}, NHS number {nhs}, UK address {addr}; he takes <<nicorandil>> for angina.
        X: His {rel} {r.full} rang our office on {phone} and asked that someone checks on him <<for two rostered turns>> a week.
        X: The park's accident report is {ref2}, and {o3m.last}, the haulier, has asked <<the Driver and Vehicle Standards Agency>> for advice.
        X: Our drivers' rest rules follow <<the Road Traffic Regulation Act 1984>> signs we put up, led by {o4.full}.
        X: I copied this to {email2}, the council's adult social care team, and to his GP at {gp}.
        E: Kind regards,¶{s1.full}¶Lorry Park Supervisor
        """,
        ("LP-^-###", "ACC-######"), sex="M",
    ),
    _style(
        "school_bus_operator_child_door_injury_family_letter", "letter",
        "a school bus operator's manager writes to a child's parents about a boy whose arm was "
        "caught in the bus door and dragged, and the hour before the driver called for help (child)",
        """
        H: {ldate}¶Operations office, {town}¶Our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.title},
        C: I am writing, as you asked, about {date}, when your son, {p.full}, had his arm caught in the bus door as he got off at his stop.
        C: Our driver, {o1m.full}, did not see him in the mirror, and moved off <<through the rush hour>> until other children shouted.
        C: Your son was taken to {hospital} only after the run, where I understand {d.tdr} found a broken arm and grazes and treated him on {ward}.
        C: I am sorry that the <<Duty Inspector>> and the driver were the only adults told, and that neither rang you <<for the return leg>> of the run.
        C: We have had our <<Garage Engineer>> fit a sensor to every door, and <<the Driver and Vehicle Standards Agency>> has checked the fleet.
        X: Our records give {p.first}'s date of birth as {dob} and his NHS number as {nhs}, as the ambulance crew wrote them.
        X: The hospital gave us the number {hosp}; I understand he is on <<one 400 mg tablet>> of a painkiller and has <<a Rivermead score of 18>> on his notes from a fall last year.
        X: Our insurer's reference is {ref2}, and {o2.full} from our team will ring you <<for the morning peak>> days next week.
        X: You can reach me on {phone}, or our office at {email2}; the council's school transport officer is {o3.full}.
        X: A copy of this letter goes to his GP at {gp}, as you asked, and to his school.
        E: Yours sincerely,¶¶{s1.full}¶Operations Manager
        """,
        ("SB/~/####", "INS-####"), sex="M", child=True,
    ),
    _style(
        "level_crossing_very_old_cyclist_daughter_email", "letter",
        "a railway's community safety manager e-mails the relative of a very old cyclist whose "
        "wheel caught in a crossing's flangeway, and the hospital's view (old)",
        """
        H: From: {o1.pemail}¶Sent: {ldate} {time}¶To: {r.pemail}¶Subject: {p.first}, our ref {ref}
        H: Dear {r.first},
        C: I am so sorry about {p.first}, and as you asked I have written down what our <<Crossing Keeper>> saw when she fell on the crossing on {date}.
        C: Our keeper, {o2f.full}, saw the front wheel catch in the rail gap, and held a train <<for three signal sections>> while she lay on the road.
        C: She was talking but muddled, and our <<Signal Operator>> {o3m.full} told the keeper to keep her still <<for the last train>> until the ambulance came to take her to {hospital}.
        C: I understand {d.tdr} found a broken hip and <<a Pott's fracture>> of the ankle, and she was kept on {ward} and given <<three 10 mg tablets>> of a painkiller.
        C: We have written to <<Network Rail>> to ask for a rubber infill at the crossing.
        X: For the hospital's form, her address is {addr}, and her date of birth is {dob}; she is {age}.
        X: Her NHS number was on the card in her bag, {nhs}, which I gave to the hospital with her <<ramipril>>.
        X: She had told our keeper <<during the road closure>> last month that she had a fall the week before.
        X: Our office is on {street}, and its phone is {phone}; we answer <<for the morning peak>> hours too.
        X: If it helps, my own number is {mob}, and our crossings lead is {o4.last}, the <<Route Controller>>.
        E: With best wishes to her,¶{o1.full}¶Community Safety Manager
        """,
        ("CS-~-##", "LXC-####"), sex="F", old=True,
    ),
)
# fmt: on

# Top-up sentences, one set per register: prose reviews, logs and letters.
SHARED = (
    "The review group met on {next}, and {s2.full} told it the event had reached the trust late.",
    "{p.first}'s {rel} asked for a meeting and for the report to go to {p.pemail}.",
    "With the family's consent, a short account went to {gp}.",
    "{o5.full}, on shift <<for two rostered turns>> that day, gave a written account.",
    "The order of events was set against the operator's logs and the records of {council}.",
    "The patient's home address, from the record, is {addr}.",
    "The group found no one to blame and thanked {o5.fl} for speaking plainly.",
    "Anyone with a question about the review may write to {s2.email} or ring the governance team on {phone}.",
    "{p.title} was asked to quote {ref2} in any question about the review.",
    "The findings went to colleagues at {hospital2}, who had treated a worker hurt by <<the points machine>> on another line.",
    "{o5.tfull}, who sat on the group, asked that <<Network Rail>> be sent the findings too.",
    "The lead nurse of {ward2} was told, as the patient had been there <<for the morning peak>> hours of a visit last year.",
    "How the trust runs reviews like this one is set out at {url}.",
    "The operator still held an old address, {addr2}, which {o5.last} in its office has corrected.",
)  # fmt: skip
SHARED_LINES = (
    "Update asked for by {p.first}'s {rel} on the phone",
    "{s2.full} on duty informed; no further action tonight",
    "Family given reference {ref2}",
    "E-mail sent to {gp}",
    "Message left for {o5.full} on {mob}",
    "Open actions passed to {s2.fl} at handover",
    "{hospital2} rang: no record of the patient",
    "Home address checked as {addr}",
    "Rang {p.title} to check in: no reply <<for the last train>>",
    "Crew note: <<the lookout horn>> returned by {o5.lower}",
    "Previous address still on file: {addr2}; {o5.last} to correct",
)  # fmt: skip
SHARED_LETTER = (
    "{s2.full}, who leads on patient safety for {trust}, has a copy of this letter.",
    "Should you wish to speak about any of this, my number is {phone}.",
    "Please quote our reference, {ref2}, when you write back.",
    "I have told {p.first}'s {rel} that I am writing.",
    "My thanks go to {o5.full}, who helped me put this letter together.",
    "A copy of this letter stays on our file for {p.caps}.",
    "You can write to me at the address above or to the hospital team at {email}.",
    "As the family asked, {gp} has a copy, though our office has been short of staff <<through the possession>> weeks since.",
    "A call to {p.first} on {phone} or {mob} would be welcome, I know.",
    "At the family's request, {council} has been told as well.",
    "The council's website has more on this at {url}.",
    "We had {p.first}'s address as {addr2} on an old file; {o5.last} in our office has corrected it.",
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

    @property
    def core_last(self) -> str:
        """The surname without a Galician particle: its initial is the one people write."""
        for particle in PARTICLE_WORDS:
            if self.last.startswith(f"{particle} "):
                return self.last[len(particle) + 1 :]
        return self.last


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
    plain = [n for n in group["L"] if " " not in n]
    if name in DOUBLE_SURNAME_GROUPS and roll < 0.55:  # "Outeiro Seoane", no hyphen
        last = " ".join(rng.sample(plain, 2))
    elif name not in DOUBLE_SURNAME_GROUPS and roll < 0.33:
        last = "-".join(rng.sample(plain, 2))
    else:
        last = rng.choice(group["L"])
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
        self.day = date(2025, 3, 10) + timedelta(days=rng.randint(0, 600))
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
            "fl": f"{who.first} {who.core_last[0]}",
            "login": f"{_slug(who.last)}.{_slug(who.first)}",
            "rota": f"{who.last.upper()} {who.first[0].upper()}",
            "lfi": f"{who.first.lower()} {who.last[0].lower()}",
            "dotup": f"{who.first[0]}.{who.last.upper()}",
            "under": f"{_slug(who.first)}_{_slug(who.last)}".replace("-", "_"),
            "lastcomma": f"{who.last}, {who.first[0]}",
            "jlogin": f"{_fold(who.first)[0]}{re.sub('[^a-z]', '', _fold(who.last))}",
            "fU": f"{who.first} {who.last.upper()}",
            "sfirst": f"{who.last} {who.first}",
            "dotted": f"{_slug(who.first)}.{_slug(who.core_last)[0]}",
            "tag": re.sub(r"[^\w]", "", f"{who.first}{who.core_last[0]}"),
            "inl": f"{who.first[0]} {who.last}",
            "lastdot": f"{who.last}.{who.first[0]}",
            "ltag": re.sub("[^A-Z]", "", _fold(who.last).upper()) + _fold(who.first)[0].upper(),
            "rlogin": re.sub("[^a-z]", "", _fold(who.last)) + _fold(who.first)[0],
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
