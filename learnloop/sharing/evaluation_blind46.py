"""A forty-sixth blind de-identification evaluation pack: energy and extraction.

Synthetic UK narratives with the gold span of every identifier, written without reading the
engine (see evaluation_blind46.md). The settings are new to the packs: an offshore wind farm's
turbines and its crew transfer vessel, an offshore gas platform's sick bay, a limestone quarry,
a coal-fired and a nuclear power station, a solar farm, a gas network's emergency engineers, a
potash mine and a mines rescue station, an oil terminal and a hydro scheme's dam, with a vessel
deck log, a quarry blast register, a platform medic's log, a rescue station's call-out book, a
control room's chat and a gas engineer's job log. People come from Faker through the shared
code and from the pack's own lists: Kodava, Ao Naga, Khasi, Tiv and Tuareg (with "Ag" and
"Walet" before a father's name).

The interface is pack 45's: ``generate(count, seed=1)``, ``example(rng, number, style=None)``,
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

PREFIX = "blind46"
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

_NYORKS = ("North Yorkshire Council", "northyorks.gov.uk")
_SOM = ("Somerset Council", "somerset.gov.uk")
_ELOTH = ("East Lothian Council", "eastlothian.gov.uk")
TOWN_INFO = {
    "Stogursey": ("TA5", "01278", "Quantock Vale", *_SOM),
    "Cranmore": ("BA4", "01749", "East Mendip", *_SOM),
    "Cemaes": ("LL67", "01407", "Mona", "Isle of Anglesey County Council", "anglesey.gov.uk"),
    "Trawsfynydd": ("LL41", "01766", "Meirionnydd", "Gwynedd Council", "gwynedd.gov.uk"),
    "Penmaenmawr": ("LL34", "01492", "Arllechwedd", "Conwy County Borough Council", "conwy.gov.uk"),
    "Mostyn": ("CH8", "01745", "Dee Estuary", "Flintshire County Council", "flintshire.gov.uk"),
    "Drax": ("YO8", "01757", "Ouse Levels", *_NYORKS),
    "Eggborough": ("DN14", "01977", "Aire Levels", *_NYORKS),
    "Threshfield": ("BD23", "01756", "Upper Wharfedale", *_NYORKS),
    "Horton in Ribblesdale": ("BD24", "01729", "Three Peaks", *_NYORKS),
    "Hinderwell": ("TS13", "01947", "Boulby Cliffs", *_NYORKS),
    "Cuerdley": (
        "WA5", "01925", "Mersey Marshes", "Warrington Borough Council", "warrington.gov.uk",
    ),
    "Cockenzie": ("EH32", "01875", "Forth Shore", *_ELOTH),
    "Innerwick": ("EH42", "01368", "Lammermuir", *_ELOTH),
    "West Kilbride": (
        "KA23", "01294", "Cunninghame", "North Ayrshire Council", "north-ayrshire.gov.uk",
    ),
    "Eaglesham": (
        "G76", "01355", "Whitelee Moor", "East Renfrewshire Council", "eastrenfrewshire.gov.uk",
    ),
    "Herbrandston": (
        "SA73", "01646", "Daugleddau", "Pembrokeshire County Council", "pembrokeshire.gov.uk",
    ),
    "Hirwaun": (
        "CF44", "01685", "Cynon Valley", "Rhondda Cynon Taf County Borough Council",
        "rctcbc.gov.uk",
    ),
    "St Athan": (
        "CF62", "01446", "Vale Coast", "Vale of Glamorgan Council", "valeofglamorgan.gov.uk",
    ),
    "Peak Dale": ("SK17", "01298", "High Peak", "High Peak Borough Council", "highpeak.gov.uk"),
    "Markfield": (
        "LE67", "01530", "Charnwood Forest", "Hinckley and Bosworth Borough Council",
        "hinckley-bosworth.gov.uk",
    ),
    "Edwinstowe": (
        "NG21", "01623", "Birklands", "Newark and Sherwood District Council",
        "newark-sherwooddc.gov.uk",
    ),
    "Bacton": (
        "NR12", "01692", "Happisburgh Coast", "North Norfolk District Council",
        "north-norfolk.gov.uk",
    ),
    "Theddlethorpe": (
        "LN12", "01507", "Outmarsh", "East Lindsey District Council", "e-lindsey.gov.uk",
    ),
    "Patrington": (
        "HU12", "01964", "Holderness", "East Riding of Yorkshire Council", "eastriding.gov.uk",
    ),
    "Theberton": ("IP16", "01728", "Minsmere", "East Suffolk Council", "eastsuffolk.gov.uk"),
    "Graveney": ("ME13", "01795", "Oare Levels", "Swale Borough Council", "swale.gov.uk"),
    "Greatstone": (
        "TN28", "01797", "Romney Marsh", "Folkestone and Hythe District Council",
        "folkestone-hythe.gov.uk",
    ),
    "Ellington": (
        "NE61", "01670", "Wansbeck", "Northumberland County Council", "northumberland.gov.uk",
    ),
    "St Fergus": (
        "AB42", "01779", "Ugie Coast", "Aberdeenshire Council", "aberdeenshire.gov.uk",
    ),
    "Flotta": ("KW16", "01856", "Scapa Flow", "Orkney Islands Council", "orkney.gov.uk"),
    "Nigg": ("IV19", "01862", "Easter Ross", "Highland Council", "highland.gov.uk"),
}  # fmt: skip
LOCALITIES = {
    "Stogursey": ("Shurton", "Nether Stowey"), "Cranmore": ("Doulting", "Downhead"),
    "Cemaes": ("Tregele", "Llanfechell"), "Trawsfynydd": ("Gellilydan", "Maentwrog"),
    "Penmaenmawr": ("Dwygyfylchi", "Llanfairfechan"), "Mostyn": ("Ffynnongroyw", "Llanasa"),
    "Drax": ("Camblesforth", "Long Drax"), "Eggborough": ("Kellington", "Hensall"),
    "Threshfield": ("Linton", "Cracoe"), "Horton in Ribblesdale": ("Stainforth", "Selside"),
    "Hinderwell": ("Runswick", "Port Mulgrave"), "Cuerdley": ("Fiddlers Ferry", "Great Sankey"),
    "Cockenzie": ("Port Seton", "Longniddry"), "Innerwick": ("Thorntonloch", "Oldhamstocks"),
    "West Kilbride": ("Seamill", "Fairlie"), "Eaglesham": ("Waterfoot", "Carmunnock"),
    "Herbrandston": ("Hubberston", "St Ishmaels"), "Hirwaun": ("Rhigos", "Penderyn"),
    "St Athan": ("Gileston", "Eglwys Brewis"), "Peak Dale": ("Dove Holes", "Smalldale"),
    "Markfield": ("Stanton under Bardon", "Field Head"),
    "Edwinstowe": ("Clipstone", "Perlethorpe"), "Bacton": ("Walcott", "Paston"),
    "Theddlethorpe": ("Saltfleetby", "Withern"), "Patrington": ("Skeffling", "Welwick"),
    "Theberton": ("Eastbridge", "Westleton"), "Graveney": ("Goodnestone", "Seasalter"),
    "Greatstone": ("Littlestone", "Dymchurch"), "Ellington": ("Lynemouth", "Widdrington"),
    "St Fergus": ("Crimond", "Longside"), "Flotta": ("Longhope", "Lyness"),
    "Nigg": ("Balintore", "Shandwick"),
}  # fmt: skip
TOWNS = tuple((town, info[0], info[1]) for town, info in TOWN_INFO.items())
HOSP_FORMS = ("AAA99999", "99A99999", "A999999A")
TOWN_HOSP = {town: HOSP_FORMS[index % 3] for index, town in enumerate(TOWN_INFO)}

STREETS = ("Morel", "Chanterelle", "Truffle", "Puffball", "Inkcap", "Blewit")
STREET_KINDS = ("Street", "Road", "Lane", "Ginnel", "Vennel", "Loan", "Chare", "Close")
WARDS = ("Kelp", "Wrack", "Dulse", "Laver", "Carrageen", "Oarweed")
WARD_KINDS = ("Ward", "Ward", "Unit", "Ward")
HOMES = ("Cladonia House", "Usnea Court", "Parmelia Lodge", "Xanthoria House", "Lecanora Court")
PROVIDERS = ("Flurry", "Gust", "Squall", "Doldrum")
PROVIDER_KINDS = ("Homecare", "Home Support", "Care Services Ltd", "Care at Home")
PRACTICES = ("Bergamot", "Citron", "Pomelo", "Kumquat", "Calamansi")
PRACTICE_KINDS = ("Surgery", "Medical Practice", "Health Centre", "Family Practice")
HOSPITAL_FORMS = (
    "{town} Hospital", "{county} General Hospital", "{town} Community Hospital",
    "{county} Royal Hospital",
)  # fmt: skip
TRUST_FORMS = (
    "{county} University Hospitals NHS Trust", "{county} and {town} Healthcare NHS Trust",
    "{county} Integrated Care NHS Foundation Trust",
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Look-alikes: written in, never gold (each kind is tracked as negatives)
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "drug": (
        "dantrolene", "acetazolamide", "mebeverine", "diclofenac", "pyridostigmine",
        "scopolamine", "silver sulfadiazine", "finasteride", "etoricoxib", "zopiclone",
        "atorvastatin", "methocarbamol",
    ),
    "dose": (
        "one 100 mg tablet", "two 2 mg capsules", "a 60 mg injection", "one 75 mg capsule",
        "a 10 mg suppository", "two 500 mcg tablets", "a 150 mg capsule",
    ),
    "score": (
        "a Karolinska Sleepiness Scale of 8", "an Injury Severity Score of 25",
        "an Abbreviated Injury Scale of 4", "a Fatigue Severity Scale of 52",
        "a Hospital Anxiety and Depression Scale of 19", "a Numeric Rating Scale of 9",
        "a Glasgow Outcome Scale of 3",
    ),
    "device": (
        "the man-overboard beacon", "the personal gas monitor", "the self-rescuer",
        "the winch harness", "the fall-arrest lanyard", "the transfer gangway",
        "the nacelle hatch", "the hydraulic torque wrench", "the stretcher basket",
        "the lamp room tally", "the breathing apparatus set", "the permit board",
        "the tower ladder",
    ),
    "national": (
        "the Office for Nuclear Regulation", "the Mines Rescue Service",
        "the North Sea Transition Authority", "the Coal Authority",
        "the Mineral Products Association", "the Energy Institute",
        "the Offshore Petroleum Regulator", "the Air Accidents Investigation Branch",
        "RenewableUK",
    ),
    "law": (
        "the Mines Regulations 2014", "the Quarries Regulations 1999",
        "the Offshore Installations (Safety Case) Regulations 2015",
        "the Confined Spaces Regulations 1997",
        "the Gas Safety (Installation and Use) Regulations 1998",
        "the Nuclear Installations Act 1965", "the Energy Act 2013",
        "the Mines and Quarries Act 1954", "the Petroleum Act 1998",
        "the Pipelines Safety Regulations 1996",
    ),
    "eponym": (
        "Caplan's syndrome", "Lichtenberg figures", "Marjolin's ulcer", "a Bezold abscess",
        "Hoffa's fat pad", "a Duverney fracture", "a Malgaigne fracture", "a Chopart injury",
        "a Gosselin fracture", "Purtscher retinopathy", "Terson syndrome",
    ),
    "word": (
        "Offshore Installation Manager", "Turbine Technician", "Vessel Captain",
        "Shift Supervisor", "Brigadesman", "Quarry Manager", "Shotfirer", "Authorised Person",
        "Site Medic", "Offshore Medic", "Permit Coordinator", "Emergency Response Coordinator",
        "Panel Operator", "Pit Deputy", "Helideck Assistant", "Station Officer",
        "Lamp Room Attendant", "Plant Operator", "Weighbridge Clerk", "Safety Representative",
    ),
    "bed": (
        "the nacelle", "the transition piece", "the sick bay", "the muster station",
        "the crusher house", "the weighbridge", "the turbine hall", "the lamp room",
        "the pit bank", "the helideck", "the wheelhouse", "the switch room",
        "the inverter cabin", "the boiler house", "the pit cage", "the quarry face",
        "the haul road",
    ),
    "duration": (
        "for the whole tide window", "during the crew change", "over the fourteen-day hitch",
        "until the helicopter landed", "during the blast window", "for two permit cycles",
        "during the outage", "through the night shift", "until the weather window closed",
        "for the length of the transfer", "during the lock-out",
        "for the whole twelve-hour rotation", "until the winch was freed",
        "through the back shift", "during the safety stand-down", "until the tide turned",
        "during the muster",
    ),
}  # fmt: skip
NATIONAL = LOOKALIKES["national"]

# ---------------------------------------------------------------------------------------------
# People of the pack's own lists
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    "Kodava": {
        "F": ("Kaveri", "Dechamma", "Bollamma", "Seethamma", "Muthamma", "Ponnamma"),
        "M": ("Cariappa", "Thimmaiah", "Belliappa", "Poovaiah", "Kushalappa", "Bopanna",
              "Nanjappa"),
        "L": ("Machimanda", "Kaliyanda", "Kodandera", "Mandepanda", "Ajjikuttira",
              "Puttichanda", "Chendrimada", "Ammatanda", "Biddanda", "Kambeyanda", "Palanganda",
              "Kotera"),
    },
    "Ao Naga": {
        "F": ("Sentila", "Temsula", "Imtila", "Arenla", "Akumla", "Imkongla"),
        "M": ("Temjen", "Imna", "Supong", "Lanu", "Moa", "Akum"),
        "L": ("Jamir", "Longkumer", "Imchen", "Aier", "Walling", "Pongener", "Longchar",
              "Ozukum", "Kikon"),
    },
    "Khasi": {
        "F": ("Ampareen", "Ibadahun", "Iaraplin", "Badaplin", "Daiaphi"),
        "M": ("Banteidor", "Wanshai", "Kyrmen", "Teibor", "Donkupar", "Wanphrang"),
        "L": ("Lyngdoh", "Syiem", "Nongrum", "Kharkongor", "Marbaniang", "Warjri", "Nongkynrih",
              "Kharbuli", "Dkhar", "Mawlong", "Pyngrope", "Rymbai", "Shylla", "Kharshiing"),
    },
    "Tiv": {
        "F": ("Doosuur", "Mnena", "Dooshima", "Ngodoo", "Nguveren", "Mwuese", "Hembadoon"),
        "M": ("Terver", "Msugh", "Aondofa", "Tersoo", "Iorwuese", "Terhemba"),
        "L": ("Akume", "Ortom", "Suswam", "Tarka", "Gemade", "Iyorchia", "Aondoakaa", "Ugbah",
              "Kuhe"),
    },
    "Tuareg": {
        "F": ("Fadimata", "Tinhinan", "Dassine", "Tahanint", "Mariama", "Lalla"),
        "M": ("Alghabass", "Iyad", "Ahmoudou", "Elmehdi", "Alhassane", "Khamed"),
        "L": ("Intalla", "Attaher", "Acherif", "Ghaly", "Najem", "Assarid", "Alhousseini",
              "Oumar", "Aghaly", "Alamine", "Maouloud"),
    },
}  # fmt: skip
OWN_FIRST = {sex: tuple(n for g in OWN_GROUPS.values() for n in g[sex]) for sex in "FM"}
OWN_LAST = tuple(n for g in OWN_GROUPS.values() for n in g["L"])
# Surnames that are English words of mines, quarries and furnaces, written alone now and then.
WORD_NAMES = (
    "Stoker", "Hewer", "Quarrier", "Pitman", "Sinker", "Cutter", "Leadbeater", "Smelter",
    "Lampman", "Tinner",
)  # fmt: skip
ALL_WORD_NAMES = frozenset(WORD_NAMES)
NICKNAMES = {
    "Dechamma": ("Dechu",), "Kushalappa": ("Kushal",), "Temsula": ("Temsu",),
    "Banteidor": ("Bantei",), "Dooshima": ("Shima",), "Terhemba": ("Hemba",),
    "Fadimata": ("Fadi",),
}  # fmt: skip
# A Tuareg surname is often a father's name after "Ag" (son of) or "Walet" (daughter of),
# written with a capital ("Iyad Ag Ghaly", "Ms Walet Oumar", "WALET OUMAR, Fadimata"). The
# particle is inside the span and follows the person's sex; a Tuareg may also carry the
# father's name alone.
PARTICLE_WORDS = ("Ag", "Walet")
PARTICLES = r"\b(?:Ag|AG|Walet|WALET)[ _/.-]"
PARTICLE_GROUPS = frozenset({"Tuareg"})
# Initials that read as an abbreviation: a person with these is written "J. Surname".
CLINICAL_INITIALS = frozenset(
    """AF AKI BD BP CD CT DM DNR EC ED FY GP HB HR ID IM IV MI MR MS NG OD OK OT PE PM PO PR
    QDS RN SC TB TDS UK UTI VF VT WC AM NO SO DO GO TO IT AS AT BE BY HE IF IN IS ME MY OF ON
    OR UP US WE CPR DOA ECG GCS ICU NHS PRN SOB TIA TTO ABC AND FOR THE BM AG HSE ONR MRS CTV
    OIM ERC PTW LOTO BA CO HV LV PPE SCBA ERT NSTA OPRED MCA HLO GWO TP WTG DP AP SAP PA IR
    ISS AIS KSS NRS ESD MOB ROV RIB DSV SPV""".split()
)
NAME_FORMS = (
    "full first last title tfull dr tdr init ini caps upper lower nick email pemail poss fl "
    "login rota lfi dotup under lastcomma jlogin fU sfirst dotted tag inl lastdot ltag rlogin "
    "lastfull flogin slash supper ucinit ulast capdot lcomma"
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
# fmt: off
STYLES = (
    _style(
        "offshore_wind_nacelle_technician_heat_collapse_review", "prose",
        "review of a technician who collapsed in the nacelle of an offshore wind turbine on a hot "
        "day, whose heat stroke was taken for seasickness until the winch rescue",
        """
        H: Patient safety review {ref}: collapse in a wind turbine nacelle, {date}
        H: Prepared for {trust} by {s1.tfull}, patient safety lead
        C: At {time} {p.full} ({age}) climbed <<the tower ladder>> with a second technician and began work in <<the nacelle>>, where the air was over forty degrees.
        C: The <<Turbine Technician>> {o1f.full} saw {p.first} vomit and sit down, and radioed the vessel that {p.first} was seasick from the crossing.
        C: {p.first} was left to rest <<for two permit cycles>> while the work went on, and then could not answer questions or stand.
        C: A winch rescue was made <<until the helicopter landed>> at {hospital}, and {d.tdr} found heat stroke with kidney injury and gave fluids on arrival.
        C: {p.first} takes <<finasteride>> and had <<a Karolinska Sleepiness Scale of 8>> on the fatigue form after a night shift.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, hospital number {hosp}, lives at {addr}, and was kept on {ward} for four nights.
        X: The wind farm operator logged the event as {ref2}, and its safety lead said <<the winch harness>> had been checked that week.
        X: {p.first}'s {rel} waited at the harbour <<for the whole tide window>> and was told nothing until the evening.
        X: {o2m.full}, the <<Vessel Captain>>, told the panel that {p.first} had asked for water before the climb.
        X: The ward nurse {o3f.full} noted <<the Energy Act 2013>> on the operator's transfer form, not the heat.
        E: Signed off at the trust's patient safety panel on {next} by {s2.tfull}.
        """,
        ("PSR-^-#####", "OWF~####"),
    ),
    _style(
        "crew_transfer_vessel_step_over_ankle_crush_review", "prose",
        "review of a technician whose foot was caught between a crew transfer vessel's bow and a "
        "turbine's boat landing, and whose broken midfoot was called a sprain for a week",
        """
        H: Structured judgement review {ref}: injury on a crew transfer
        H: Patient: {p.tfull}, {age}; hospital number {hosp}
        C: On {date} {p.first} stepped from the bow onto <<the transition piece>> ladder as a swell lifted the vessel, and the left foot was caught.
        C: The <<Vessel Captain>> {o1m.full} held the bow on the landing and {p.first} was pulled back aboard by the deck crew <<for the length of the transfer>>.
        C: The <<Site Medic>> at the port, {o2f.full}, called it a sprain and gave <<one 100 mg tablet>> of a painkiller and a support.
        C: A week later the foot was black and swollen, and at {hospital} {d.tdr} found <<a Chopart injury>> and sent {p.first} to {ward} for an operation.
        C: {p.first} takes <<atorvastatin>> and had been on the vessel <<over the fourteen-day hitch>> without a day ashore.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, lives at {addr}, and was given <<a 60 mg injection>> of a blood thinner on the ward.
        X: The vessel operator's safety lead, {o3.tfull}, said the event was logged as {ref2}, and that <<the transfer gangway>> was not fitted that day.
        X: {p.first}'s {rel} rang {phone} from home and was not told which hospital {p.first} was in.
        X: <<RenewableUK>> guidance on transfers in a swell was quoted by {o4.full}.
        X: The ward sister {o5f.full} said {p.first} asked about going back offshore before anything else.
        E: Reviewed by the trauma governance group on {next}; signed by {s2.tfull}.
        """,
        ("SJR-^-####", "CTV~####"),
    ),
    _style(
        "offshore_gas_platform_sick_bay_appendicitis_review", "prose",
        "review of a platform worker whose belly pain was treated in an offshore sick bay as a "
        "stomach bug for two days before the helicopter took him ashore with a burst appendix",
        """
        H: Incident review {ref}: late transfer from a gas platform
        H: Patient: {p.full} ({age}), NHS number {nhs}
        C: On {date} {p.title} came to <<the sick bay>> with pain in the belly and sickness, and the <<Offshore Medic>> {o1f.full} gave <<mebeverine>> for a bug.
        C: He worked <<through the night shift>> and came back at breakfast, hot and bent over, and was given <<a 10 mg suppository>> for sickness.
        C: Fog kept the helicopter away <<until the weather window closed>>, and the <<Offshore Installation Manager>> {o2m.full} did not ask for the coastguard.
        C: At {hospital} {d.tdr} found a burst appendix, and he went to theatre and then to {ward} for a week.
        C: He takes <<zopiclone>> on the platform, and had <<a Numeric Rating Scale of 9>> for pain on the second morning.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and had <<two 500 mcg tablets>> of a sickness drug ashore.
        X: <<the Offshore Petroleum Regulator>> was told, and the operator's event number is {ref2}.
        X: {p.first}'s {rel} rang {phone} <<during the crew change>> and was told he was resting.
        X: The <<Helideck Assistant>>, {o3.full}, said the first flight was turned back at the coast.
        X: {o4.full}, the platform's safety officer, said <<the stretcher basket>> was used to carry him to the deck.
        E: Closed after the family meeting with {s2.tfull} on {next}.
        """,
        ("IR-^-#####", "PLT~-####"), sex="M",
    ),
    _style(
        "limestone_quarry_dump_truck_rollover_head_injury_review", "prose",
        "review of a dump truck driver at a limestone quarry whose truck rolled on the haul road, "
        "and whose bleed on the brain was missed when he said he felt fine",
        """
        H: Patient safety review {ref}, {trust}
        H: Patient: {p.full} ({age}); NHS number {nhs}
        C: On {date} {p.title} was driving a loaded truck down <<the haul road>> when the edge gave way and the truck rolled onto its side.
        C: The <<Quarry Manager>> {o1m.full} found him walking by the cab, and the <<Site Medic>> {o2f.full} cleaned a cut on his head at <<the weighbridge>>.
        C: He said he felt fine and drove home, and his {rel} found him drowsy and sick that evening.
        C: At {hospital} {d.tdr} found a bleed over the brain, and he went to theatre and then to {ward}, where <<a Malgaigne fracture>> of the pelvis was also seen.
        C: He takes <<atorvastatin>> and <<methocarbamol>> for his back, and had <<a Glasgow Outcome Scale of 3>> written at a later clinic.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, home address {addr}, and was given <<one 75 mg capsule>> of a blood thinner for his heart.
        X: The quarry's safety lead, {o3.tfull}, said the rollover was logged as {ref2}, and <<the Mineral Products Association>> was told.
        X: {p.first}'s {rel} rang {phone} to ask why no one had sent him to hospital.
        X: <<the Quarries Regulations 1999>> rules on haul road edges were followed, {o4.full} told the panel, but not the head injury advice.
        X: The ward nurse {o5f.full} said he asked for his {rel} <<through the back shift>> every hour.
        E: Shared with the patient on {next} by {s2.tfull}.
        """,
        ("PSR-^-####", "QRY~####"), sex="M",
    ),
    _style(
        "gas_emergency_call_very_old_woman_carbon_monoxide_review", "prose",
        "review of a very old woman whose headaches and sickness were put down to flu until a gas "
        "network engineer called about a smell of gas found carbon monoxide in her kitchen (old)",
        """
        H: Carbon monoxide review {ref}, {hospital}
        H: Patient: {p.caps}, {age}, NHS number {nhs}
        C: On {date} {p.title}, a very old woman who lives alone, rang the gas emergency line about a smell, and an engineer came within the hour.
        C: The engineer {o1f.full} found the boiler flue blocked and the air in the kitchen full of carbon monoxide on <<the personal gas monitor>>.
        C: For a week before, her carers had put her headaches down to flu, and the <<Shift Supervisor>> {o2m.full} at the care company had not asked for a doctor.
        C: At {hospital} {d.tdr} found carbon monoxide poisoning and gave oxygen, and she was kept on {ward}, where <<Terson syndrome>> was ruled out.
        C: She takes <<atorvastatin>> and <<zopiclone>>, and her {rel} said she had been sleeping in the kitchen to keep warm.
        X: {p.tfull}, date of birth {dob}, hospital number {hosp}, lives at {addr}; her carers are from {prov}.
        X: The gas network's safety manager, {o3f.tfull}, said the call was logged as {ref2} and that <<the Gas Safety (Installation and Use) Regulations 1998>> notice was served.
        X: {p.first}'s {rel} rang {phone} <<during the outage>> of the gas supply and was told she was comfortable.
        X: Her doctor on the ward, {d2.tdr}, noted <<a Hospital Anxiety and Depression Scale of 19>> from a clinic the year before.
        X: A neighbour, {o4.full}, said she had stopped going out a fortnight before.
        E: Review closed by {s2.tfull} on {next}.
        """,
        ("CO-^-####", "GAS~-###"), sex="F", old=True, provider=True,
    ),
    _style(
        "nuclear_power_station_outage_contractor_chest_pain_review", "prose",
        "review of a contractor who had chest pain inside a nuclear power station's controlled "
        "area during a refuelling outage, and waited for radiation checks before the ambulance",
        """
        H: Incident review {ref}: chest pain in a controlled area
        H: Patient: {p.full}, {age}; hospital number {hosp}
        C: On {date} {p.title} was working in <<the turbine hall>> during the refuelling outage when the chest pain began.
        C: The <<Authorised Person>> {o1f.full} sent {p.first} to the changing area, and {p.first} waited <<during the safety stand-down>> for a check for contamination.
        C: The station nurse {o2m.full} took an ECG after forty minutes and rang for an ambulance at once.
        C: At {hospital} {d.tdr} found a heart attack, and {p.first} had a stent and was kept on {ward}.
        C: {p.first} takes <<atorvastatin>> and <<etoricoxib>> for the knees, and had not told the contractor.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, and the address given to the contractor was {addr}.
        X: The station's safety lead, {o3.tfull}, said the case was logged as {ref2} and that <<the Office for Nuclear Regulation>> was told.
        X: {p.first}'s {rel} rang {phone} <<through the night shift>> and asked why the ambulance had been kept at the gate.
        X: <<the Nuclear Installations Act 1965>> site rules were quoted by {o4.full}, who said no rule held back a sick worker.
        X: The ward nurse {o5f.full} said {p.first} had worked twelve days in a row.
        E: Reviewed by the cardiac governance group on {next}; signed by {s2.tfull}.
        """,
        ("IR-^-####", "NPS~-####"),
    ),
    _style(
        "solar_farm_inverter_cabin_electric_shock_review", "prose",
        "review of an electrician who had a shock in a solar farm's inverter cabin and was sent "
        "home, and whose heart rhythm went wrong that night",
        """
        H: Patient safety review {ref}: electric shock at a solar farm
        H: Patient: {p.full} ({age}), NHS number {nhs}
        C: On {date} {p.title} opened a panel in <<the inverter cabin>> that should have been isolated, and was thrown back against the wall.
        C: The <<Permit Coordinator>> {o1m.full} found {p.first} sitting up, and said the permit had been signed <<during the lock-out>> of another row.
        C: {p.first} had a burn on the hand, and the first aider {o2f.full} put on <<silver sulfadiazine>> and sent {p.first} home.
        C: That night {p.first} felt the heart racing, and at {hospital} {d.tdr} found a fast rhythm and kept {p.first} on {ward}, where <<Lichtenberg figures>> were ruled out as the cause of the marks.
        C: {p.first} takes <<diclofenac>>, and was not asked about it.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, home address {addr}, and was given <<a 150 mg capsule>> of a heart drug on the ward.
        X: The solar company's safety manager, {o3m.tfull}, said the shock was logged under {ref2}.
        X: {p.first}'s {rel} rang {phone} from work and waited <<until the tide turned>> at the school gate before anyone called back.
        X: <<the Energy Institute>> guidance on shocks says a worker should be seen by a doctor, {o4.full} told the panel.
        X: {o5.full}, who worked the next row, said <<the permit board>> showed the wrong cabin.
        E: Shared with the patient on {next} by {s2.tfull}.
        """,
        ("PSR-^-####", "SOL~-####"),
    ),
    _style(
        "potash_mine_underground_diabetic_collapse_review", "prose",
        "review of a miner who became confused a mile underground in a potash mine, whose low "
        "blood sugar was taken for heat and who waited two hours for the cage",
        """
        H: Incident review {ref}: collapse underground in a potash mine
        H: Patient: {p.full}, {age}; NHS number {nhs}
        C: On {date} {p.title} was working at a cutting face far from the shaft, and began to talk nonsense and stagger.
        C: The <<Pit Deputy>> {o1m.full} thought it was the heat, gave water, and let {p.first} rest <<for the whole twelve-hour rotation>> of the face team.
        C: {p.first} was brought out in <<the pit cage>> two hours later, and the mine's nurse {o2f.full} found a blood sugar of 1.9.
        C: At {hospital} {d.tdr} treated a severe low blood sugar, and {p.first} was kept on {ward} for a night.
        C: {p.first} had <<a Fatigue Severity Scale of 52>> at a work health check, and takes <<pyridostigmine>> for a muscle condition.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and had <<two 2 mg capsules>> of a sickness drug that morning.
        X: The mine's safety lead, {o3.tfull}, said the event was logged as {ref2} and that <<the Mines Regulations 2014>> first aid plan was checked.
        X: {p.first}'s {rel} rang {phone} the next morning and was told nothing until the afternoon.
        X: {o4.full}, the <<Lamp Room Attendant>>, said {p.first} had missed breakfast.
        X: The ward nurse {o5f.full} said {p.first} asked whether the mine would find out about the diabetes.
        E: Closed after the patient's meeting with {s2.tfull} on {next}.
        """,
        ("IR-^-#####", "MIN~####"),
    ),
    _style(
        "mines_rescue_station_training_heat_stroke_review", "prose",
        "review of a rescue brigadesman who collapsed during a hot training exercise in "
        "breathing apparatus at a mines rescue station",
        """
        H: Patient safety review {ref}: collapse at a rescue training gallery
        H: Patient: {p.full} ({age}), NHS number {nhs}
        C: On {date} {p.title} was carrying <<the breathing apparatus set>> through the hot gallery of the training station when he fell.
        C: The <<Station Officer>> {o1m.full} stopped the exercise <<during the muster>>, but the team had to carry him out through a narrow tunnel.
        C: The <<Brigadesman>> {o2m.full} cooled him with water, and the ambulance came to take him to {hospital}.
        C: There {d.tdr} found heat stroke and a fit, and kept him on {ward}, where <<Purtscher retinopathy>> was ruled out by the eye team.
        C: He takes <<scopolamine>> for travel sickness, which makes heat harder to bear, and the station's form did not say so.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, home address {addr}, and was given <<one 100 mg tablet>> of a heart drug on the ward.
        X: The station's safety manager, {o3m.tfull}, said the exercise was logged under {ref2}, and <<the Mines Rescue Service>> has paused hot training.
        X: {p.first}'s {rel} rang {phone} and waited <<until the winch was freed>> at another job for news from his team.
        X: <<the Mines and Quarries Act 1954>> rules on rescue teams were read out by {o4.full} at the panel.
        X: {o5.full}, who was behind him in the gallery, said he had asked to stop once.
        E: Shared with the patient on {next} by {s2.tfull}.
        """,
        ("PSR-^-####", "MRS~-####"), sex="M",
    ),
    _style(
        "quarry_school_visit_boy_asthma_dust_review", "prose",
        "child review of a ten-year-old boy on a school visit to a working quarry whose asthma "
        "attack in the dust was taken for a panic (child)",
        """
        H: Child safety review {ref}, children's emergency department, {hospital}
        H: Child: {p.tfull}, date of birth {dob}, NHS number {nhs}
        C: On {date} {p.first}, who is {age}, was on a school visit and stood by <<the crusher house>> when a lorry raised a cloud of dust.
        C: The <<Quarry Manager>> {o1m.full} saw {p.first} cough and cry, and a teacher said {p.first} was frightened of the noise.
        C: {p.first} sat on the coach <<during the blast window>>, with the inhaler packed in a bag in the hold.
        C: At {hospital} {d.tdr} found a severe asthma attack, and {p.first} was kept on {ward} for two nights.
        C: {p.first}'s care plan said to keep the inhaler close, and {p.first} had <<a Numeric Rating Scale of 9>> for breathlessness on arrival.
        X: The family live at {addr}, and {p.first}'s hospital number is {hosp}; {p.first}'s {rel}'s mobile is {mob}.
        X: The quarry's safety lead, {o2f.tfull}, said the visit was logged as {ref2} and that the dust was damped down <<for two permit cycles>> before the next group.
        X: {p.first} also takes <<mebeverine>> for tummy pain, the {rel} said, which was on the visit form.
        X: The school's nurse {s1.full} was told so she could plan for the next trip.
        X: <<the Quarries Regulations 1999>> visitor rules were quoted in the complaint by {o3.full}, the school's head.
        E: Reviewed by the named nurse for safeguarding, {s2.tfull}, on {next}.
        """,
        ("CSR-^-####", "QSV-~-###"), sex="M", child=True,
    ),
    _style(
        "hydro_dam_path_very_old_walker_fall_review", "prose",
        "review of a very old man who fell on the path over a hydro scheme's dam, whose broken "
        "hip was missed by the first crew (old)",
        """
        H: Falls review {ref}, urgent care and {hospital}
        H: Patient: {p.tfull}, {age}, NHS number {nhs}
        C: On {date} {p.title} was walking over the dam with his {rel} when he slipped on wet steps by <<the switch room>>.
        C: The scheme's <<Plant Operator>> {o1m.full} helped him to a bench, and he sat <<until the tide turned>> cold before a crew came.
        C: The crew took him home that evening, but the next day his {rel} took him to {hospital}, where {d.tdr} found a broken hip.
        C: He went to theatre from {ward}, and his {rel} said he takes <<zopiclone>> and <<methocarbamol>>, which may have made him unsteady.
        C: The steps have no rail, and water from <<the boiler house>> roof runs down onto them.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and has carers from {prov}.
        X: The scheme's safety officer, {o2f.tfull}, said the fall was logged as {ref2}, and the owner has put in a rail.
        X: {p.first}'s {rel} rang {phone} <<through the back shift>> and waited hours for a call.
        X: He went on to {home}, under {d2.tdr}, who found <<a Duverney fracture>> of the pelvis too.
        X: {o3.full}, another walker, said he could not see the step in the spray.
        E: Falls panel review closed by {s2.tfull} on {next}.
        """,
        ("FALL-^-####", "HYD~####"), sex="M", old=True, provider=True,
    ),
    _style(
        "crew_transfer_vessel_deck_log_compact_year_first_csv", "lines",
        "a crew transfer vessel's deck log, exported as CSV with compact year-first dates and "
        "crew written as surname, underscore and initial in lower case, about a technician who "
        "fell into the sea between the bow and a turbine",
        """
        H: Deck log export {ref} for the technician {p.full}, {hosp}; pulled by {s1.full}
        H: log_date,log_time,deck_entry,crew
        C: Bow on the boat landing; {p.first} steps across to <<the transition piece>>
        C: Swell lifts the bow; {p.first} in the water; <<the man-overboard beacon>> goes off
        C: {p.title} pulled out by the deck crew; cold and shaking; <<Vessel Captain>> calls the coastguard
        C: Full body wrapped; warm drinks; <<the winch harness>> still clipped on
        C: Alongside at the port; ambulance to {hospital}; {d.tdr} informs cold injury and water on the lungs
        X: <<the Energy Act 2013>> incident form started; reference {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Lifejacket checked by {o1.full}; light did not work
        X: {p.upper} ({age}), NHS {nhs}; takes <<acetazolamide>>, not on the crew list
        X: Home address on the crew list: {addr}
        E: Export run by {s2.full} on {ldate}
        """,
        ("DL-^-####", "CTV~####"),
        topup='{stamp},{clock},"{text}",{user}', stamp="%Y%m%d", clock="%H%M",
        signs=("o3", "o4", "o5"), sign_form="ulast",
    ),
    _style(
        "quarry_blast_register_short_year_first_csv", "lines",
        "a limestone quarry's blast register, exported as CSV with six-digit year-first dates and "
        "staff written as first name, a dot and the surname, about a shotfirer struck by a "
        "flying stone",
        """
        H: Blast register export {ref}; shotfirer {p.caps}, {hosp}
        H: reg_date,reg_time,register_entry,signed
        C: Holes charged on the top bench; {p.first} checks the lines <<during the blast window>>
        C: Sirens sounded; {p.first} behind the bund at the firing point
        C: {p.title} struck on the leg by a flying stone; <<Shotfirer>> down; <<Quarry Manager>> told
        C: Ambulance to {hospital}; {d.tdr} informs <<a Gosselin fracture>> of the shin
        C: Face checked <<for two permit cycles>>; no more blasting today
        X: <<the Quarries Regulations 1999>> report to be made; ref {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Firing point moved back by {o1.full}; <<the quarry face>> checked for loose rock
        X: {p.upper} ({age}), NHS {nhs}; takes <<diclofenac>> for the back
        X: Home address on the register: {addr}
        E: Register copied by {s2.full} on {ldate}
        """,
        ("BR-^-####", "QBR~####"),
        topup='{stamp},{clock},"{text}",{user}', stamp="%y%m%d", clock="%H:%M",
        signs=("o3", "o4", "o5"), sign_form="capdot",
    ),
    _style(
        "platform_medic_log_named_month_year_first_table", "lines",
        "an offshore platform sick bay's medic log, pasted as a table with year-first dates with "
        "the month as a word and staff written as an initial and the surname in capitals, about "
        "a worker whose hand was crushed by a pipe",
        """
        H: Medic log extract {ref}; patient {p.caps}, {hosp}
        H: | date | time | sick bay entry | medic |
        C: {p.first} to <<the sick bay>>; right hand crushed under a pipe on the drill floor
        C: {p.first} given <<a 60 mg injection>> for pain; fingers cold
        C: <<Offshore Installation Manager>> told; helicopter asked for; fog at the coast
        C: {p.first} flown off <<until the helicopter landed>>; {d.tdr} at {hospital} informs broken bones of the hand
        C: {p.first}'s team told at <<the muster station>>; work stopped
        X: <<the Offshore Installations (Safety Case) Regulations 2015>> report made; ref {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Pipe lifted off by {o1.full}; <<the hydraulic torque wrench>> left on the floor
        X: {p.upper}; NHS {nhs}; takes <<atorvastatin>>
        X: Home address on the platform list: {addr}
        E: Log copied by {s2.full} on {ldate}
        """,
        ("ML-^-####", "PLT~####"),
        topup="| {stamp} | {clock} | {text} | {user} |", stamp="%Y-%b-%d", clock="%H:%M",
        signs=("o3", "o4", "o5"), sign_form="ucinit",
    ),
    _style(
        "mines_rescue_callout_book_weekday_dotted_table", "lines",
        "a mines rescue station's call-out book, pasted as a table with a short weekday and a "
        "day, month and year between dots, and staff written as surname in capitals, a comma "
        "and an initial, about a miner trapped by a roof fall",
        """
        H: Call-out book extract {ref}; casualty {p.full}, {hosp}
        H: | date | time | call-out entry | team leader |
        C: Call from the mine; {p.first} trapped by a roof fall at the far end of a roadway
        C: Team down in <<the pit cage>>; <<the self-rescuer>> of {p.first} found used
        C: {p.first} reached; legs pinned; talking; <<Brigadesman>> gives oxygen
        C: Props cut; {p.first} freed <<during the muster>> of the second team; carried to <<the pit bank>>
        C: Ambulance to {hospital}; {d.tdr} informs crushed legs and <<Purtscher retinopathy>>
        X: <<the Mines Rescue Service>> report made; ref {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Gas readings taken by {o1.full} on <<the personal gas monitor>>
        X: {p.upper} ({age}), NHS {nhs}; takes <<pyridostigmine>>
        X: Home address on the mine's list: {addr}
        E: Book copied by {s2.full} on {ldate}
        """,
        ("CB-^-####", "MRS~####"),
        topup="| {stamp} | {clock} | {text} | {user} |", stamp="%a %d.%m.%Y", clock="%H%M",
        signs=("o3", "o4", "o5"), sign_form="lcomma",
    ),
    _style(
        "wind_farm_control_room_chat_iso_stamp_thread", "lines",
        "a wind farm control room's chat, pasted with year-first stamps joined to the clock by a "
        "T and closed with a Z, and staff written by their full display names, about a "
        "technician with chest pain at the top of a turbine",
        """
        H: Chat export {ref}; about {p.full}; case {hosp}
        H: Channel: control room. Times are UTC.
        C: {p.first} on the radio from <<the nacelle>>; says chest tight and sweating
        C: Rescue plan started; <<the stretcher basket>> sent up on the hoist
        C: {p.first} lowered down the tower; <<Turbine Technician>> with {p.first} all the way
        C: {p.first} at {hospital}; {d.tdr} says a heart attack; stent done
        C: {p.first} kept on {ward}; <<the Air Accidents Investigation Branch>> not needed, no flight
        X: HR asks for {p.first}'s home address: {addr}
        X: {p.first}'s {rel} asks for news on {phone}; reference {ref2}
        X: <<RenewableUK>> form sent; rescue review booked
        X: {p.first} also takes <<finasteride>>; asks if it matters for the heart drugs
        X: Climbing kit checked by {o1.full} <<during the crew change>>
        E: Export saved by {s2.full} on {ldate}
        """,
        ("CR-^-####", "WTG~####"),
        topup="[{stamp}T{clock}Z] {user}: {text}", stamp="%Y-%m-%d", clock="%H:%M:%S",
        signs=("o3", "o4", "o5"), sign_form="full",
    ),
    _style(
        "gas_engineer_job_log_month_first_girl_carbon_monoxide", "lines",
        "a gas network engineer's job log, with dates written month first as a short word, and "
        "the engineer named in brackets after 'eng.' at the end of the line, about an "
        "eight-year-old girl made ill by carbon monoxide at home (child)",
        """
        H: Job log {ref}; household of {p.full}, {hosp}
        H: Job log, in time order; engineer named at the end of each entry.
        C: Call about a smell of gas; child {p.first} sick and sleepy; alarm not fitted
        C: <<the personal gas monitor>> reads high in the hall; family sent out
        C: Appliances capped; flue blocked by a nest; <<Shift Supervisor>> told
        C: Ambulance to {hospital}; {d.tdr} informs carbon monoxide poisoning in {p.first}
        C: Supply left off <<during the outage>> of the street main
        X: <<the Gas Safety (Installation and Use) Regulations 1998>> notice served; ref {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Neighbour's flue checked by {o1.full} <<through the night shift>>
        X: {p.upper}; NHS {nhs}; takes <<mebeverine>> for tummy pain
        X: Address of the job: {addr}
        E: Log closed by {s2.full} on {ldate}
        """,
        ("JB-^-####", "GEN~####"),
        sex="F", child=True, topup="{stamp} {clock} {text} (eng. {user})", stamp="%b %d %Y",
        clock="%H:%M", signs=("o3", "o4", "o5"), sign_form="init|rota",
    ),
    _style(
        "offshore_installation_manager_platform_fit_gp_letter", "letter",
        "an offshore installation manager writes to a platform worker's GP about a fit on the "
        "platform, the wait for the helicopter and what the worker told the medic",
        """
        H: {ldate}¶Onshore office, {town}¶Our ref: {ref}¶¶{d.tdr}¶{gp}
        H: Dear {d.tdr},
        C: As you asked, I write about {p.tfull}, date of birth {dob}, who had a fit in the mess room of the platform on {date}.
        C: I was the <<Offshore Installation Manager>> that week, and our <<Offshore Medic>> {o1f.full} looked after {p.first} in <<the sick bay>> until the flight.
        C: {p.first} told the medic that the fit medicine had run out <<over the fourteen-day hitch>> and that the platform's stock did not hold it.
        C: I understand that at {hospital} {d2.tdr} found a fit from missed medicine and <<a Bezold abscess>> behind the ear, which needed an operation.
        C: I make this note knowing it may go before <<the Offshore Petroleum Regulator>> as part of our report.
        X: For your file, {p.first}'s address is {addrb}, and the NHS number on our medical form is {nhs}.
        X: The hospital number on their letter is {hosp}; our event number is {ref2}, and {o2.full} of our safety team holds the record.
        X: {p.first}'s {rel}, {r.full}, has asked that letters go to the home address, not the platform.
        X: The flight was held <<until the weather window closed>>, so the wait was four hours; {o3.full} holds the flight log.
        X: Please write to me at {email2} or ring {phone}; {o4.full} from our office can help on most days.
        E: Yours sincerely,¶¶{s1.full}¶Offshore Installation Manager
        """,
        ("OIM/~/####", "PLE-####"),
    ),
    _style(
        "wind_farm_operator_tower_fall_technician_family_letter", "letter",
        "a wind farm operator's site manager writes to the family of a technician who fell on "
        "the ladder inside a turbine tower when a lanyard clip failed",
        """
        H: {ldate}¶Site office, {town}¶Our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.title},
        C: I am writing, as you asked, about {date}, when your {rel}, {p.full}, fell on <<the tower ladder>> inside one of our turbines.
        C: The <<Turbine Technician>> working with {p.first}, {o1m.full}, said <<the fall-arrest lanyard>> caught {p.first} after a drop of several metres.
        C: {p.first} hung in the harness <<until the winch was freed>> by the rescue team, and was taken to {hospital}, where I understand {d.tdr} found broken ribs and <<Hoffa's fat pad>> bruised in the knee.
        C: I am sorry that the clip had not been checked since spring, and that you were told by another family before we rang you.
        C: We have checked every clip on the site, after advice from <<RenewableUK>>.
        X: Our records give {p.first}'s age as {age} and date of birth as {dob}.
        X: The hospital gave us the number {hosp}; I understand {p.first} takes <<etoricoxib>> and <<a 150 mg capsule>> of a heart drug.
        X: Our reference for your complaint is {ref2}, and {o2.full} from our team will ring you <<during the crew change>> next week.
        X: You can reach me on {phone}, or the operator's family line at {email2}; the <<Safety Representative>>, {o3.full}, has the rescue log.
        X: A copy of this letter goes to {p.first}'s GP at {gp}, as you asked.
        E: Yours sincerely,¶¶{s1.full}¶Site Manager
        """,
        ("WFO/~/####", "COM-####"),
    ),
    _style(
        "solar_farm_open_day_girl_sting_anaphylaxis_parent_letter", "letter",
        "a solar farm's community liaison officer writes to a girl's parents about the open day "
        "when she was stung by a wasp among the panels and her pen was in the car (child)",
        """
        H: {ldate}¶Community office, {town}¶Our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.title},
        C: I am writing, as you asked, about {date}, when your daughter, {p.full}, was stung by a wasp during our open day walk among the panels.
        C: Our steward, {o1m.full}, sat her down by <<the inverter cabin>>, and she waited there <<for the length of the transfer>> of the other visitors back to the car park.
        C: Her lips swelled and she began to wheeze, and she was taken to {hospital}, where I understand {d.tdr} treated a severe allergic reaction on {ward}.
        C: I am sorry that our <<Site Medic>> was at the other end of the farm, and that no one rang you for half an hour.
        C: We now keep an adrenaline pen on every walk, after advice from <<the Energy Institute>>.
        X: Our records give {p.first}'s date of birth as {dob} and her NHS number as {nhs}, as the ambulance crew wrote them.
        X: The hospital gave us the number {hosp}; I understand she had <<a Numeric Rating Scale of 9>> for pain at the sting, which is not the point here.
        X: Our reference is {ref2}, and {o2.full} from our team will ring you <<through the back shift>> one evening next week.
        X: You can reach me on {phone}, or our office at {email2}; the <<Permit Coordinator>> on the day was {o3.full}.
        X: A copy of this letter goes to her GP at {gp}, as you asked, and to her school.
        E: Yours sincerely,¶¶{s1.full}¶Community Liaison Officer
        """,
        ("SF/~/####", "SFL-####"), sex="F", child=True,
    ),
    _style(
        "gas_network_very_old_man_supply_cut_daughter_email", "letter",
        "a gas network's customer safety manager e-mails the relative of a very old man whose gas "
        "was cut off in a cold spell after a leak, and who was found cold in his chair (old)",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {r.pemail}¶Subject: your {rel}, our ref {ref}
        H: Dear {r.first},
        C: I am so sorry about {p.first}, and as you asked I have written down what our engineers did when the gas was cut off on {date}.
        C: Our engineer, {o1f.full}, found a leak on the meter and capped the supply, and left two small heaters, as our rules say.
        C: Our <<Shift Supervisor>> {o2m.full} was told that {p.first} lives alone, but no one rang the council <<through the night shift>>.
        C: I understand that {p.first} was found cold in his chair the next morning and taken to {hospital}, where {d.tdr} found a very low body temperature and kept him on {ward}.
        C: Our rules come from <<the Gas Safety (Installation and Use) Regulations 1998>>, and we are changing how we look after people who live alone.
        X: For the hospital's form, his address is {addr}, and his date of birth is {dob}; he is {age}.
        X: His NHS number was on the card by his phone, {nhs}, which I gave to the hospital with his <<atorvastatin>>.
        X: He had told our engineer <<during the outage>> that he had a bad chest.
        X: Our depot is on {street}, and its phone is {phone}; we answer <<through the back shift>> too.
        X: If it helps, my own number is {mob}, and our area manager is {o3.last}, the <<Permit Coordinator>> before me.
        E: With best wishes to him,¶{s1.full}¶Customer Safety Manager
        """,
        ("GN-~-##", "GSC-####"), sex="M", old=True,
    ),
    _style(
        "power_station_occupational_health_steam_burn_hospital_email", "letter",
        "a power station's occupational health nurse e-mails a hospital's burns team about a "
        "fitter scalded by steam in the boiler house, and the first aid he was given",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {email}¶Subject: steam burn, our ref {ref}
        H: Dear {d.tdr},
        C: I am the occupational health nurse at the station, and I write about {p.tfull}, who was scalded by steam in <<the boiler house>> on {date}.
        C: Our <<Panel Operator>> {o1f.full} shut the line, and our first aider {o2m.full} cooled the burns for ten minutes and not the twenty we teach.
        C: {p.first} was taken to {hospital}, and I understand your team found deep burns to the arm and kept {p.first} on {ward}.
        C: {p.first} was put on <<silver sulfadiazine>> at the station before the ambulance came, which I know you did not want.
        C: {p.first} has <<Marjolin's ulcer>> on the old scar list from years ago, and I wanted you to know.
        X: The details, for your records: {p.caps}, hospital number {hosp}, NHS number {nhs}, home address {addr}; {p.first} takes <<diclofenac>> too.
        X: {p.first}'s {rel} {r.full} rang our office on {phone} and asked that someone checks on {p.first} <<during the safety stand-down>> each day.
        X: The station's event report is {ref2}, and {o3m.last} of the safety team has asked for advice.
        X: Our steam rules follow <<the Pipelines Safety Regulations 1996>> only in part, {o4.full} says.
        X: I copied this to {email2}, the council's team, and to the GP at {gp}.
        E: Kind regards,¶{s1.full}¶Occupational Health Nurse
        """,
        ("OH-^-###", "PWR-######"),
    ),
    _style(
        "mines_rescue_superintendent_trapped_miner_family_letter", "letter",
        "a mines rescue superintendent answers the family of a miner trapped for six hours "
        "after a roof fall, about why the team took so long to reach him",
        """
        H: {ldate}¶Rescue station, {town}¶Our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.title},
        C: I write about {date}, when your {rel}, {p.full}, was trapped by a fall of roof deep in the mine.
        C: I am very sorry that our team took two hours to reach {p.first}, as the cage was stopped <<during the lock-out>> of the winding engine.
        C: I understand that {p.first} was taken to {hospital}, where {d.tdr} found crushed legs and kept {p.first} on {ward}.
        C: Our <<Brigadesman>> on the day, {o1m.full}, stayed with {p.first}, and our <<Station Officer>>, {o2f.full}, led the team.
        C: We follow <<the Mines Rescue Service>> rules on call-outs, and we have written to every mine we cover.
        X: Our records show {p.first}'s date of birth as {dob}, which the mine gave us.
        X: The hospital gave us, with leave, the number {hosp}; I know {p.first} takes <<methocarbamol>> for pain.
        X: Our area manager, {o3.full}, has asked to meet you <<during the muster>> of a day that suits you.
        X: You can reach our team on {phone}, or the council's office at {email2}; our <<Pit Deputy>> contact will call you too.
        X: A copy of this letter goes to {p.first}'s GP at {gp}, as you asked.
        E: Yours sincerely,¶¶{s1.full}¶Superintendent
        """,
        ("MRS/~/####", "CUS-####"),
    ),
    _style(
        "quarry_manager_very_old_neighbour_blast_fall_letter", "letter",
        "a quarry manager writes to a very old neighbour's relative about the morning she fell "
        "when a blast shook her house, and lay on the floor until her carer came (old)",
        """
        H: {ldate}¶Quarry office, {town}¶Our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.title},
        C: I am writing, as you asked, about {date}, when your {rel}, {p.full}, fell in her kitchen as our morning blast shook the windows.
        C: Our <<Shotfirer>>, {o1m.full}, fired <<during the blast window>> we had told the village about, but no one had told her.
        C: She lay on the floor until her carer from {prov} came, and was taken to {hospital}, where I understand {d.tdr} found a broken wrist and <<Caplan's syndrome>> in the old notes from her husband's mining days, which was not hers.
        C: I am sorry that <<the Quarries Regulations 1999>> letter about blasting went to the wrong house.
        C: We now knock on the doors of older neighbours before each blast, after advice from <<the Mineral Products Association>>.
        X: Our records give her age as {age} and her date of birth as {dob}.
        X: The hospital gave us the number {hosp}; I understand she takes <<atorvastatin>> and <<two 500 mcg tablets>> of a thyroid drug.
        X: Our reference for your complaint is {ref2}, and {o2.full} from our team will ring you <<through the back shift>> next week.
        X: You can reach me on {phone}, or the quarry's line at {email2}; the <<Weighbridge Clerk>>, {o3.full}, takes messages.
        X: A copy of this letter goes to her GP at {gp}, as you asked, and to her carers.
        E: Yours sincerely,¶¶{s1.full}¶Quarry Manager
        """,
        ("QM/~/####", "NBR-####"), sex="F", old=True, provider=True,
    ),
    _style(
        "crew_transfer_vessel_master_technician_cold_water_hospital_email", "letter",
        "a crew transfer vessel's master e-mails a hospital's emergency consultant about a "
        "technician who was in the sea for twelve minutes, and what was done on board",
        """
        H: From: {o1.pemail}¶Sent: {ldate} {time}¶To: {d.pemail}¶Subject: {p.first}, our ref {ref}
        H: Dear {d.tdr},
        C: I write about {p.tfull}, who fell between our bow and a turbine's landing on {date} and was in the sea for twelve minutes.
        C: I was the <<Vessel Captain>>, and our deckhand {o2f.full} threw the line while <<the man-overboard beacon>> sounded.
        C: {p.first} was pulled aboard <<for the whole tide window>> wet and shaking, and we wrapped and warmed {p.first} in the wheelhouse.
        C: I understand that at {hospital} {d2.tdr} found water on the lungs and <<a Duverney fracture>> of the pelvis, and {p.first} was taken to {ward}.
        C: We have written to <<the Energy Institute>> about the landing's ladder.
        X: For your form, {p.first}'s address is {addr}, and the date of birth on our crew list is {dob}.
        X: {p.first}'s NHS number, from the company card, is {nhs}; {p.first} takes <<scopolamine>> for the crossings.
        X: Our reference is {ref2}, and our <<Safety Representative>> {o3m.full} has asked how {p.first} is.
        X: The company's office is on {street}, and its phone is {phone}; my own number is {mob}.
        X: The vessel's owner, {o4.full}, will send the deck log when it is copied.
        E: With best wishes to {p.first},¶{o1.full}¶Vessel Captain
        """,
        ("VM-~-##", "CTV-####"),
    ),
)
# fmt: on

# Top-up sentences, one set per register: prose reviews, logs and letters.
SHARED = (
    "The review panel met on {next}, and {s2.full} told it the operator had reported the event a day late.",
    "{p.first}'s {rel} asked to read the review and for a copy to be sent to {p.pemail}.",
    "With the family's agreement, a summary went to {gp}.",
    "{o5.full}, on the site <<through the back shift>> that day, wrote an account.",
    "The timeline was checked against the site's own logs and the notes held by {council}.",
    "The patient's home address, from the record, is {addr}.",
    "The panel found no one to blame and thanked {o5.fl} for a frank account.",
    "Questions about the review may be sent to {s2.email} or to the governance office on {phone}.",
    "{p.title} was asked to give {ref2} when writing about the review.",
    "The findings went to {hospital2}, whose staff had treated a worker hurt on <<the haul road>> last winter.",
    "{o5.tfull}, a panel member, asked that <<the Coal Authority>> be sent the findings as well.",
    "The lead nurse of {ward2} was told, as the patient had stayed there <<during the outage>> a year before.",
    "How the trust reviews deaths and harm is set out at {url}.",
    "The operator still held an old address, {addr2}, which {o5.last} in its office has corrected.",
)  # fmt: skip
SHARED_LINES = (
    "{p.first}'s {rel} called for news",
    "{s2.full} on call told; nothing more this shift",
    "Family given reference {ref2}",
    "E-mail sent to {gp}",
    "Message left for {o5.full} on {mob}",
    "Open actions handed to {s2.fl} at shift change",
    "{hospital2} called: no record of the patient",
    "Home address checked as {addr}",
    "Called {p.title} to check: no answer <<through the night shift>>",
    "Kit note: <<the lamp room tally>> handed back by {o5.lower}",
    "Old address still on the file: {addr2}; {o5.last} to correct",
)  # fmt: skip
SHARED_LETTER = (
    "{s2.full}, who leads on patient safety for {trust}, has been sent a copy.",
    "If you would like to talk about any of this, my number is {phone}.",
    "Please quote our reference, {ref2}, when you reply.",
    "I have told {p.first}'s {rel} that I am writing.",
    "I am grateful to {o5.full}, who helped me put this letter together.",
    "A copy stays on our file for {p.caps}.",
    "You may write to me at the address above or to the hospital's team at {email}.",
    "As the family asked, {gp} has a copy, though our office has been short of staff <<during the crew change>> weeks.",
    "A call to {p.first} on {phone} or {mob} would be welcome, I am sure.",
    "At the family's wish, {council} has been told too.",
    "There is more about this on the council's website at {url}.",
    "An old file gave {p.first}'s address as {addr2}; {o5.last} in our office has corrected it.",
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
        """The surname without a Tuareg particle: its initial is the one people write."""
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
    if name in PARTICLE_GROUPS and roll < 0.8:  # "Ag Ghaly" for a son, "Walet Ghaly" a daughter
        last = f"{'Ag' if sex == 'M' else 'Walet'} {rng.choice(group['L'])}"
    elif name not in PARTICLE_GROUPS and roll < 0.33:
        last = "-".join(rng.sample(group["L"], 2))
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
        self.day = date(2025, 6, 14) + timedelta(days=rng.randint(0, 500))
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
            "lastfull": f"{who.last}, {who.first}",
            "flogin": f"{_fold(who.first)[0]}.{re.sub('[^a-z]', '', _fold(who.last))}",
            "slash": f"{who.last.upper()}/{who.first[0].upper()}",
            "supper": f"{who.last.upper()} {who.first.upper()}",
            "ucinit": f"{who.first[0]} {who.last.upper()}",
            "ulast": f"{_slug(who.last).replace('-', '_')}_{_slug(who.first)[0]}",
            "capdot": f"{who.first}.{who.last.replace(' ', '')}",
            "lcomma": f"{who.last.upper()},{who.first[0].upper()}",
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
