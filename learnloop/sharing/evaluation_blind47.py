"""A forty-seventh blind de-identification evaluation pack: armed forces and veterans.

Synthetic UK narratives with the gold span of every identifier, written without reading the
engine (see evaluation_blind47.md). The settings are new to the packs: a recruit training
centre, a garrison and its medical centre, an RAF station, a naval base and its diving team, a
reserve centre, an army cadet camp and detachment, a training area's operations room, a
barracks guardroom, veterans' breakfast clubs, hostels and care homes, a Remembrance parade and
a hospital's armed forces liaison nurse, with an RAF fire section's occurrence log, a signals
log, a guardroom occurrence book, a cadet camp's welfare log, a veterans' peer support chat and
a dive log. People come from Faker through the shared code and from the pack's own lists: Iban
(with "anak" before a father's name), Limbu, Luhya, Ganda and Batak.

The interface is pack 46's: ``generate(count, seed=1)``, ``example(rng, number, style=None)``,
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

PREFIX = "blind47"
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
_WILTS = ("Wiltshire Council", "wiltshire.gov.uk")
_MORAY = ("Moray Council", "moray.gov.uk")
_SHROPS = ("Shropshire Council", "shropshire.gov.uk")
_NKEST = ("North Kesteven District Council", "n-kesteven.gov.uk")
TOWN_INFO = {
    "Catterick Garrison": ("DL9", "01748", "Hipswell Moor", *_NYORKS),
    "Dishforth": ("YO7", "01845", "Vale of Mowbray", *_NYORKS),
    "Tidworth": ("SP9", "01980", "Bourne Valley", *_WILTS),
    "Bulford": ("SP4", "01980", "Nine Mile River", *_WILTS),
    "Sennybridge": ("LD3", "01874", "Usk Head", "Powys County Council", "powys.gov.uk"),
    "Lossiemouth": ("IV31", "01343", "Laich", *_MORAY),
    "Kinloss": ("IV36", "01309", "Culbin", *_MORAY),
    "Leuchars": ("KY16", "01334", "Tentsmuir", "Fife Council", "fife.gov.uk"),
    "Garelochhead": ("G84", "01436", "Gare Loch", "Argyll and Bute Council", "argyll-bute.gov.uk"),
    "Carterton": (
        "OX18", "01993", "Windrush Vale", "West Oxfordshire District Council", "westoxon.gov.uk",
    ),
    "Cranwell": ("NG34", "01400", "Kesteven Heath", *_NKEST),
    "Waddington": ("LN5", "01522", "Witham Gap", *_NKEST),
    "Coningsby": ("LN4", "01526", "Witham Fens", "East Lindsey District Council", "e-lindsey.gov.uk"),
    "Marham": (
        "PE33", "01760", "Nar Valley", "King's Lynn and West Norfolk Borough Council",
        "west-norfolk.gov.uk",
    ),
    "Odiham": ("RG29", "01256", "Whitewater Vale", "Hart District Council", "hart.gov.uk"),
    "Bovington": ("BH20", "01929", "Frome Heath", "Dorset Council", "dorsetcouncil.gov.uk"),
    "Deepcut": ("GU16", "01252", "Bagshot Heath", "Surrey Heath Borough Council", "surreyheath.gov.uk"),
    "Bordon": ("GU35", "01420", "Woolmer Forest", "East Hampshire District Council", "easthants.gov.uk"),
    "Shrivenham": (
        "SN6", "01793", "White Horse Vale", "Vale of White Horse District Council",
        "whitehorsedc.gov.uk",
    ),
    "Ambrosden": ("OX25", "01869", "Otmoor", "Cherwell District Council", "cherwell.gov.uk"),
    "Donnington": ("TF2", "01952", "Weald Moors", "Telford and Wrekin Council", "telford.gov.uk"),
    "Albrighton": ("WV7", "01902", "Worfe Valley", *_SHROPS),
    "Tern Hill": ("TF9", "01630", "Tern Valley", *_SHROPS),
    "Braunton": ("EX33", "01271", "Taw Estuary", "North Devon Council", "northdevon.gov.uk"),
    "Yeovilton": ("BA22", "01935", "Cary Vale", "Somerset Council", "somerset.gov.uk"),
    "Wattisham": ("IP7", "01449", "Gipping Vale", "Mid Suffolk District Council", "midsuffolk.gov.uk"),
    "Honington": ("IP31", "01359", "Black Bourn", "West Suffolk Council", "westsuffolk.gov.uk"),
    "Ardersier": ("IV2", "01667", "Nairn Coast", "Highland Council", "highland.gov.uk"),
    "Penicuik": ("EH26", "01968", "Pentland Foot", "Midlothian Council", "midlothian.gov.uk"),
    "Rhosneigr": (
        "LL64", "01407", "Malltraeth", "Isle of Anglesey County Council", "anglesey.gov.uk",
    ),
    "Cottesmore": ("LE15", "01572", "Rutland Water", "Rutland County Council", "rutland.gov.uk"),
    "Benson": (
        "OX10", "01491", "Chiltern Edge", "South Oxfordshire District Council", "southoxon.gov.uk",
    ),
    "Leconfield": (
        "HU17", "01964", "Wolds Edge", "East Riding of Yorkshire Council", "eastriding.gov.uk",
    ),
}  # fmt: skip
LOCALITIES = {
    "Catterick Garrison": ("Colburn", "Scotton"), "Dishforth": ("Topcliffe", "Asenby"),
    "Tidworth": ("Ludgershall", "Perham Down"), "Bulford": ("Durrington", "Figheldean"),
    "Sennybridge": ("Defynnog", "Trecastle"), "Lossiemouth": ("Branderburgh", "Duffus"),
    "Kinloss": ("Findhorn", "Burghead"), "Leuchars": ("Guardbridge", "Balmullo"),
    "Garelochhead": ("Rhu", "Shandon"), "Carterton": ("Brize Norton", "Alvescot"),
    "Cranwell": ("Leasingham", "Ruskington"), "Waddington": ("Harmston", "Bracebridge Heath"),
    "Coningsby": ("Tattershall", "Dogdyke"), "Marham": ("Narborough", "Shouldham"),
    "Odiham": ("North Warnborough", "Greywell"), "Bovington": ("Wool", "East Stoke"),
    "Deepcut": ("Frimley", "Mytchett"), "Bordon": ("Whitehill", "Lindford"),
    "Shrivenham": ("Watchfield", "Bourton"), "Ambrosden": ("Arncott", "Blackthorn"),
    "Donnington": ("Muxton", "Lilleshall"), "Albrighton": ("Cosford", "Boningale"),
    "Tern Hill": ("Hinstock", "Stoke Heath"), "Braunton": ("Wrafton", "Saunton"),
    "Yeovilton": ("Ilchester", "Podimore"), "Wattisham": ("Bildeston", "Ringshall"),
    "Honington": ("Ixworth", "Bardwell"), "Ardersier": ("Croy", "Cawdor"),
    "Penicuik": ("Milton Bridge", "Glencorse"), "Rhosneigr": ("Llanfaelog", "Bryngwran"),
    "Cottesmore": ("Market Overton", "Greetham"), "Benson": ("Ewelme", "Crowmarsh Gifford"),
    "Leconfield": ("Arram", "Scorborough"),
}  # fmt: skip
TOWNS = tuple((town, info[0], info[1]) for town, info in TOWN_INFO.items())
HOSP_FORMS = ("AA999999", "9AA99999", "A9999999")
TOWN_HOSP = {town: HOSP_FORMS[index % 3] for index, town in enumerate(TOWN_INFO)}

STREETS = ("Cowrie", "Whelk", "Limpet", "Winkle", "Scallop", "Nautilus", "Conch")
STREET_KINDS = ("Street", "Road", "Lane", "Twitten", "Snicket", "Row", "Close", "Terrace")
WARDS = ("Fritillary", "Brimstone", "Ringlet", "Gatekeeper", "Hairstreak", "Orangetip")
WARD_KINDS = ("Ward", "Ward", "Unit", "Ward")
HOMES = ("Sedge House", "Bentgrass Court", "Melick Lodge", "Brome House", "Dogstail Court")
PROVIDERS = ("Kindling", "Hearth", "Tinder", "Bellows")
PROVIDER_KINDS = ("Homecare", "Care Partners", "Support at Home", "Community Care")
PRACTICES = ("Galangal", "Tamarind", "Sumac", "Fenugreek", "Ajwain")
PRACTICE_KINDS = ("Surgery", "Medical Practice", "Health Centre", "Family Practice")
HOSPITAL_FORMS = (
    "{town} Hospital", "{county} General Hospital", "{town} Community Hospital",
    "{county} Infirmary",
)  # fmt: skip
TRUST_FORMS = (
    "{county} Hospitals NHS Trust", "{county} and {town} Health NHS Foundation Trust",
    "{county} Community and Acute NHS Trust",
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Look-alikes: written in, never gold (each kind is tracked as negatives)
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "drug": (
        "mefloquine", "atovaquone", "proguanil", "chloroquine", "prazosin", "rifampicin",
        "ivermectin", "permethrin", "primaquine", "artemether", "nabilone", "terbinafine",
        "oseltamivir",
    ),
    "dose": (
        "a 25 mg tablet", "two 20 mg tablets", "a 1 g vial", "a 400 mcg spray",
        "one 50 mg capsule", "two 10 mg tablets",
    ),
    "score": (
        "a Wet Bulb Globe Temperature of 31", "a Clinical Dementia Rating of 2",
        "a Mini-Cog of 2", "a Short Warwick-Edinburgh Mental Wellbeing Scale of 14",
        "an Insomnia Severity Index of 21", "a Timed Up and Go of 24 seconds",
    ),
    "device": (
        "the casualty card", "the field dressing", "the Bergen", "the plate carrier",
        "the CamelBak", "the heat illness card", "the rifle rack", "the medal rack",
        "the stretcher trolley", "the rucksack frame", "the ear defenders", "the range flag",
    ),
    "national": (
        "the Ministry of Defence", "the Royal British Legion", "Veterans UK", "SSAFA",
        "Help for Heroes", "Combat Stress", "Defence Medical Services", "the Army Cadet Force",
        "the Defence Safety Authority", "the Service Police",
    ),
    "law": (
        "the Armed Forces Act 2006", "the Reserve Forces Act 1996",
        "the Armed Forces Compensation Scheme", "the Visiting Forces Act 1952",
        "the Armed Forces Act 2021", "the Armed Forces Covenant", "JSP 539", "JSP 950",
        "the War Pensions Scheme",
    ),
    "eponym": (
        "Freiberg's disease", "Haglund's deformity", "Köhler's disease", "Scheuermann's disease",
        "Kümmell's disease", "Madelung's deformity", "Panner's disease", "Klumpke's palsy",
        "Kocher's manoeuvre", "Sinding-Larsen-Johansson syndrome",
    ),
    "word": (
        "Company Sergeant Major", "Lance Corporal", "Regimental Medical Officer",
        "Combat Medical Technician", "Unit Welfare Officer", "Padre", "Adjutant",
        "Duty Officer", "Guard Commander", "Quartermaster", "Platoon Commander",
        "Troop Sergeant", "Chief Petty Officer", "Flight Lieutenant", "Squadron Leader",
        "Warrant Officer", "Cadet Force Adult Volunteer", "Range Conducting Officer",
        "Physical Training Instructor", "Regimental Sergeant Major", "Lance Bombardier",
    ),
    "bed": (
        "the guardroom", "the cookhouse", "the parade square", "the drill hall", "the armoury",
        "the sergeants' mess", "the NAAFI", "the vehicle hangar", "the firing point",
        "the assault course", "the cadet hut", "the regimental aid post", "the welfare office",
        "the accommodation block", "the range hut", "the officers' mess",
    ),
    "duration": (
        "during the stand-to", "for the whole range day", "through the exercise",
        "during the route march", "until the casevac landed", "for the length of the tab",
        "until the range went cold", "through the guard duty", "during the live firing",
        "until first light", "during the two-minute silence", "during the passing-out rehearsal",
        "through the night navigation", "during the kit inspection", "during the parade",
    ),
}  # fmt: skip
NATIONAL = LOOKALIKES["national"]

# ---------------------------------------------------------------------------------------------
# People of the pack's own lists
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    "Iban": {
        "F": ("Empiang", "Endu", "Inai", "Sendi", "Ngumbang", "Mayang"),
        "M": ("Jugah", "Linggi", "Jabu", "Entulu", "Uggah", "Mawan", "Kalong", "Jemut"),
        "L": ("Barieng", "Numpang", "Belaun", "Embas", "Ikom", "Ningkan", "Masing", "Jimbun"),
    },
    "Limbu": {
        "F": ("Sabitri", "Januka", "Sunmaya", "Phulmaya", "Dilmaya", "Chandrakala"),
        "M": ("Iman", "Bairagi", "Purna", "Dhan", "Birkha", "Lalit"),
        "L": ("Chemjong", "Nembang", "Tumbahangphe", "Angbuhang", "Kurumbang", "Lingden",
              "Yakthumba", "Thebe", "Menyangbo", "Sambahamphe", "Subba", "Phago"),
    },
    "Luhya": {
        "F": ("Nafula", "Nanjala", "Naliaka", "Nekesa", "Nasimiyu", "Nabwire", "Nasambu"),
        "M": ("Wafula", "Wanjala", "Wekesa", "Simiyu", "Masinde", "Wasike"),
        "L": ("Wamalwa", "Wetangula", "Mudavadi", "Shikuku", "Makokha", "Khaemba", "Mukhwana",
              "Echesa", "Otuoma", "Namwamba"),
    },
    "Ganda": {
        "F": ("Nakato", "Babirye", "Namusoke", "Nansubuga", "Nakawunde", "Nalubega",
              "Namutebi", "Nakimuli"),
        "M": ("Kato", "Wasswa", "Ssemakula", "Kizito", "Mulindwa", "Ssekandi", "Kigozi"),
        "L": ("Kiwanuka", "Ssempala", "Mukasa", "Lubega", "Ssebunya", "Kasujja", "Sserwadda",
              "Nsubuga", "Kaggwa", "Musisi", "Ssentongo", "Kateregga"),
    },
    "Batak": {
        "F": ("Tiurma", "Rumondang", "Romauli", "Rosmawati", "Lamria"),
        "M": ("Martua", "Tigor", "Parlindungan", "Horas", "Togar", "Hotma", "Sahat"),
        "L": ("Simanjuntak", "Siregar", "Nasution", "Hutapea", "Sitompul", "Panjaitan",
              "Simatupang", "Pardede", "Sinaga", "Manurung", "Situmorang", "Harahap",
              "Tambunan", "Hutagalung"),
    },
}  # fmt: skip
OWN_FIRST = {sex: tuple(n for g in OWN_GROUPS.values() for n in g[sex]) for sex in "FM"}
OWN_LAST = tuple(n for g in OWN_GROUPS.values() for n in g["L"])
# Surnames that are English words of soldiering and arms, written alone now and then.
WORD_NAMES = (
    "Bowman", "Spearman", "Armour", "Sargent", "Gunn", "Sword", "Gunner", "Cannon", "Banner",
    "Bullett",
)  # fmt: skip
ALL_WORD_NAMES = frozenset(WORD_NAMES)
NICKNAMES = {
    "Parlindungan": ("Lindung",), "Rumondang": ("Mondang",), "Tiurma": ("Tiur",),
    "Empiang": ("Piang",), "Nasimiyu": ("Simi",), "Sabitri": ("Sabi",),
}  # fmt: skip
# An Iban surname is usually a father's name after "anak" (child of), for sons and daughters
# alike, written in lower case inside a name ("Jugah anak Barieng") and in capitals only in a
# name written wholly in capitals ("JUGAH ANAK BARIENG"); it is inside the span, and people are
# often called by the given name with a title ("Mr Jugah").
PARTICLE_WORDS = ("anak",)
PARTICLES = r"\b(?:anak|ANAK)[ _/.-]"
PARTICLE_GROUPS = frozenset({"Iban"})
# Initials that read as an abbreviation: a person with these is written "J. Surname".
CLINICAL_INITIALS = frozenset(
    """AF AKI BD BP CD CT DM DNR EC ED FY GP HB HR ID IM IV MI MR MS NG OD OK OT PE PM PO PR
    QDS RN SC TB TDS UK UTI VF VT WC AM NO SO DO GO TO IT AS AT BE BY HE IF IN IS ME MY OF ON
    OR UP US WE CPR DOA ECG GCS ICU NHS PRN SOB TIA TTO ABC AND FOR THE BM MOD RBL RMO CMT CSM
    RSM WO NCO CO OC QM MO SNCO JNCO PTI RAP CFAV ACF ATC SCC DMS RAF RM TA FR DSA JSP UWO CPO
    PO LCPL CPL SGT SSGT WO1 WO2 LT CAPT MAJ COL GEN DTG CASEVAC SSAFA OP HQ RV LZ IED QRF
    BFG BATUK AT ARF AWOL PT""".split()
)
NAME_FORMS = (
    "full first last title tfull dr tdr init ini caps upper lower nick email pemail poss fl "
    "login rota lfi dotup under lastcomma jlogin fU sfirst dotted tag inl lastdot ltag rlogin "
    "lastfull flogin slash supper ucinit ulast capdot lcomma fupinit joined ucsur hyup "
    "fdotlast memail"
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
        "recruit_training_route_march_heat_stroke_review", "prose",
        "review of a recruit who collapsed on a loaded march in the sixth week of basic training, "
        "whose heat stroke was taken for tiredness and who was told to keep going",
        """
        H: Patient safety review {ref}: heat illness on a recruit route march, {date}
        H: Prepared for {trust} by {s1.tfull}, patient safety lead
        C: At {time} {p.full} ({age}), a recruit in the sixth week of training, set off <<during the route march>> carrying <<the Bergen>> on a close, humid morning.
        C: The <<Physical Training Instructor>> {o1m.full} saw {p.first} stagger and said to drink from <<the CamelBak>> and keep up with the section.
        C: {p.first} fell at the nine-mile point and was carried to <<the regimental aid post>>, where the <<Combat Medical Technician>> {o2f.full} found a temperature of 41.2.
        C: {p.first} was cooled with wet sheets on <<the stretcher trolley>> and flown to {hospital}, where {d.tdr} found heat stroke with kidney injury and kept {p.first} on {ward}.
        C: <<JSP 539>> heat rules were in force, and <<a Wet Bulb Globe Temperature of 31>> was written at the start line but not passed to the instructors.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, hospital number {hosp}, gave a home address of {addr} on <<the casualty card>>.
        X: The training centre logged the event as {ref2}, and <<the Defence Safety Authority>> was told within the day.
        X: {p.first}'s {rel} drove through the night and sat in the hospital car park <<until first light>> for news.
        X: {o3m.full}, a recruit in the same section, said {p.first} had been sick behind <<the cookhouse>> before breakfast.
        X: The ward nurse {o4f.full} noted that <<the heat illness card>> was still folded in {p.first}'s pocket.
        E: Signed off at the trust's patient safety panel on {next} by {s2.tfull}.
        """,
        ("PSR-^-#####", "DSA/~/####"),
    ),
    _style(
        "army_cadet_annual_camp_girl_meningitis_review", "prose",
        "child review of a girl at army cadet annual camp whose headache and wish to go home were "
        "put down to homesickness overnight, until a rash showed meningococcal sepsis (child)",
        """
        H: Child safety review {ref}, children's emergency department, {hospital}
        H: Child: {p.tfull}, date of birth {dob}, NHS number {nhs}
        C: On {date} {p.first}, who is {age}, was at annual camp with her cadet detachment and said she had a bad headache and wanted to go home.
        C: The <<Cadet Force Adult Volunteer>> {o1f.full} thought she was homesick and let her sleep in <<the cadet hut>> <<through the night navigation>> exercise.
        C: By morning she had a rash that did not fade under a glass, and the camp's first aider {o2m.full} rang for an ambulance from <<the parade square>>.
        C: At {hospital} {d.tdr} found meningococcal sepsis, gave antibiotics and moved her to {ward}, where <<Köhler's disease>> of the foot was seen by chance on an X-ray.
        C: Her kit list said she carries <<a 400 mcg spray>> for asthma, which had been locked in <<the welfare office>> all week.
        X: The family live at {addr}; her hospital number is {hosp}, and her {rel}'s mobile is {mob}.
        X: The camp's safety lead, {o3f.tfull}, said the event was logged as {ref2} and reported to <<the Army Cadet Force>>.
        X: {p.first}'s {rel} said the camp rang <<during the parade>> the next morning, hours after the ambulance had gone.
        X: Her school nurse {s1.full} was told, so she can plan for the next term.
        X: {o4.full}, another cadet in her tent, said she had been sick twice in the night and was sent back to bed <<during the kit inspection>>.
        E: Reviewed by the named nurse for safeguarding, {s2.tfull}, on {next}.
        """,
        ("CSR-^-####", "ACF~-###"), sex="F", child=True,
    ),
    _style(
        "remembrance_parade_very_old_veteran_faint_hip_review", "prose",
        "review of a very old veteran who fell at a Remembrance parade, was said to have fainted "
        "and sat with tea for an hour, and whose broken hip was found that evening (old)",
        """
        H: Falls and collapse review {ref}, {hospital}
        H: Patient: {p.caps}, {age}, NHS number {nhs}
        C: On {date} {p.title}, a very old veteran, stood <<during the two-minute silence>> at the war memorial in his medals and no coat.
        C: He fell backwards as the parade moved off, and the <<Regimental Sergeant Major>> {o1m.full} of the local unit held his head until a crew came.
        C: The first crew found him cold and said he had fainted, and a steward, {o2f.full}, sat him in <<the drill hall>> with tea for an hour.
        C: His {rel} took him to {hospital} that evening, where {d.tdr} found a broken hip and <<Kümmell's disease>> in the spine, and he went to {ward}.
        C: He takes <<prazosin>> for nightmares and <<two 10 mg tablets>> of a blood pressure drug, and had <<a Timed Up and Go of 24 seconds>> at his last clinic.
        X: {p.tfull}, date of birth {dob}, hospital number {hosp}, lives at {addr}; he is {age}, and his carers come from {prov}.
        X: The parade organiser logged the fall as {ref2}, and <<the Royal British Legion>> branch has asked for the findings.
        X: {p.first}'s {rel} rang {phone} and waited <<until first light>> for a call back from the ward.
        X: His doctor on the ward, {d2.tdr}, noted <<a Clinical Dementia Rating of 2>> from a memory clinic the year before.
        X: A fellow veteran, {o3m.full}, said he had turned down a chair because he wanted to stand for his friends.
        E: Review closed by {s2.tfull} on {next}.
        """,
        ("FALL-^-####", "RBL~####"), sex="M", old=True, provider=True,
    ),
    _style(
        "garrison_medical_centre_march_blister_sepsis_review", "prose",
        "review of a soldier whose burst heel blister after a week on the training area was "
        "dressed and sent back to the lines, and who was found confused with sepsis two days later",
        """
        H: Patient safety review {ref}, {trust}
        H: Patient: {p.full} ({age}); NHS number {nhs}
        C: On {date} {p.title} came to the garrison medical centre with a burst blister on the heel after a week <<through the exercise>> on the training area.
        C: The <<Combat Medical Technician>> {o1f.full} put on <<the field dressing>> and gave <<a 25 mg tablet>> of a painkiller, and {p.first} went back to the lines.
        C: Two days later {p.first} was shaking in <<the accommodation block>>, and the <<Guard Commander>> {o2m.full} found {p.first} confused at the door.
        C: At {hospital} {d.tdr} found cellulitis with sepsis and <<Haglund's deformity>> under the wound, and {p.first} went to {ward} for a week of drips.
        C: {p.first} takes <<terbinafine>> for a fungal nail, which was on the record, and had <<an Insomnia Severity Index of 21>> at a recent check.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, home address {addr}.
        X: The unit's safety lead, {o3.tfull}, said the event was logged as {ref2}, and <<Defence Medical Services>> has asked for the review.
        X: {p.first}'s {rel} rang {phone} to ask why no doctor had looked at the foot before <<the field dressing>> went on.
        X: <<the Armed Forces Act 2006>> was quoted by {o4.full}, who said it has no bearing on a sick soldier.
        X: The ward nurse {o5f.full} said {p.first} asked on the first night whether the unit had been told, and whether {p.first} was marked absent <<during the kit inspection>>.
        E: Shared with the patient on {next} by {s2.tfull}.
        """,
        ("PSR-^-####", "MED~####"),
    ),
    _style(
        "veterans_breakfast_club_overdose_review", "prose",
        "review of a veteran who told a breakfast club he had not slept since a reunion, was driven "
        "home with a leaflet, and was found that night after an overdose",
        """
        H: Mental health incident review {ref}: a veteran seen at a breakfast club
        H: Patient: {p.full}, {age}; hospital number {hosp}
        C: On {date} {p.title} came to a veterans' breakfast club in a church hall and said he had not slept since his old unit's reunion.
        C: The organiser, {o1f.full}, saw empty packs of <<nabilone>> in his bag and rang his care coordinator, who did not ring back <<until first light>> the next day.
        C: The club's <<Padre>>, {o2m.full}, drove him home and left him with a leaflet from <<Combat Stress>>.
        C: His {rel} found him asleep and hard to wake that night, and at {hospital} {d.tdr} treated an overdose and moved him to {ward}.
        C: He had <<a Short Warwick-Edinburgh Mental Wellbeing Scale of 14>> at his last review, and takes <<prazosin>> at night.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, lives at {addr}.
        X: The mental health trust logged the event as {ref2}, and <<Veterans UK>> holds his pension file.
        X: {p.first}'s {rel} rang {phone} <<during the parade>> on the Sunday and asked for a named worker.
        X: {o3m.full}, another veteran at the club, said he had given away <<the medal rack>> from his hall that morning.
        X: The ward nurse {o4f.full} said he asked whether <<the War Pensions Scheme>> would hear of it.
        E: Closed after the family meeting with {s2.tfull} on {next}.
        """,
        ("MH-^-#####", "VBC~-####"), sex="M",
    ),
    _style(
        "raf_station_hangar_gantry_fall_head_injury_review", "prose",
        "review of an aircraft technician who stepped off a gantry in a hangar, was sent to rest "
        "because they could walk, and whose bleed on the brain was found an hour later",
        """
        H: Incident review {ref}: fall from a hangar work platform
        H: Patient: {p.full} ({age}), NHS number {nhs}
        C: On {date} {p.title}, an aircraft technician, stepped back off a work platform in <<the vehicle hangar>> and fell about three metres onto concrete.
        C: The <<Flight Lieutenant>> {o1f.full} on duty called the station's fire section, and {p.first} lay still <<during the stand-to>> of the crash crew.
        C: The <<Warrant Officer>> {o2m.full} said {p.first} was talking and could walk, and sent {p.first} to rest in <<the accommodation block>>.
        C: An hour later {p.first} was sick and drowsy, and at {hospital} {d.tdr} found a bleed over the brain and <<Scheuermann's disease>> on the spine films, and {p.first} went to theatre and then to {ward}.
        C: {p.first} was taking <<oseltamivir>> for flu that week, and had been wearing <<the ear defenders>>, so did not hear the shout.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, home address {addr}, and was given <<a 1 g vial>> of an antibiotic on the ward.
        X: The station's flight safety officer, {o3m.tfull}, said the fall was logged under {ref2} in <<the guardroom>> book.
        X: {p.first}'s {rel} rang {phone} from home and was not called back <<through the guard duty>> that night.
        X: <<the Defence Safety Authority>> was told, {o4.full} said, but not the hospital's trauma team.
        X: The ward nurse {o5f.full} said {p.first} asked about going back to the aircraft before anything else.
        E: Reviewed by the trauma governance group on {next}; signed by {s2.tfull}.
        """,
        ("IR-^-####", "RAF~-####"),
    ),
    _style(
        "naval_base_submariner_dockside_chest_pain_review", "prose",
        "review of a submariner back from patrol whose chest pain at breakfast was called muscle "
        "strain by the duty medic, and who had a heart attack by the dockside an hour later",
        """
        H: Patient safety review {ref}: chest pain on a naval base
        H: Patient: {p.full}, {age}; hospital number {hosp}
        C: On {date} {p.title}, a submariner back from a long patrol, had chest pain in <<the cookhouse>> of the base at breakfast.
        C: The <<Chief Petty Officer>> {o1m.full} sent {p.first} to the duty medic, who took an ECG and said it was muscle strain from lifting.
        C: {p.first} went back to work <<during the kit inspection>>, and the pain came back worse by the dockside an hour later.
        C: The <<Duty Officer>> {o2f.full} called an ambulance, and at {hospital} {d.tdr} found a heart attack and sent {p.first} for a stent and then to {ward}.
        C: {p.first} takes <<rifampicin>> for an old infection found on a screen before the patrol, and no one asked about it.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, and the address on the base's record is {addr}.
        X: The base's safety lead, {o3.tfull}, said the case was logged as {ref2}, and the first ECG was found in <<the welfare office>> tray.
        X: {p.first}'s {rel} rang {phone} and asked why the crew was kept at the gate <<during the passing-out rehearsal>>.
        X: <<the Visiting Forces Act 1952>> was quoted by {o4.full}, a visiting officer, who thought it held back the ambulance; it did not.
        X: The ward nurse {o5f.full} said {p.first} had worked twenty days without leave, eating at <<the NAAFI>> counter.
        E: Reviewed by the cardiac governance group on {next}; signed by {s2.tfull}.
        """,
        ("PSR-^-####", "NB~-#####"),
    ),
    _style(
        "overseas_exercise_return_malaria_taken_for_flu_review", "prose",
        "review of a soldier back from a jungle exercise abroad whose fever was called flu by the "
        "GP, having stopped malaria tablets early, until jaundice and confusion three days later",
        """
        H: Incident review {ref}: malaria after an overseas exercise
        H: Patient: {p.full} ({age}), NHS number {nhs}
        C: On {date} {p.title} came home from a jungle exercise in East Africa and went to the GP with fever and aches, and was told it was flu.
        C: {p.first} had stopped <<mefloquine>> early because of bad dreams, and no one had offered <<atovaquone>> with <<proguanil>> in its place.
        C: Three days later {p.first} was yellow and confused, and the <<Unit Welfare Officer>> {o1m.full} drove {p.first} to {hospital}.
        C: There {d.tdr} found falciparum malaria and gave <<artemether>> by drip, and {p.first} was moved to {ward} for a week.
        C: The <<Regimental Medical Officer>> {o2f.full} said the return brief warned about fever, but the card was handed out <<during the kit inspection>> and lost.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, home address {addr}, and was later given <<primaquine>> by the tropical team.
        X: The unit logged the case as {ref2}, and <<Defence Medical Services>> has changed its return card.
        X: {p.first}'s {rel} rang {phone} twice and was told {p.first} was asleep.
        X: The GP practice, {gp}, has added a travel question to its fever template, {o3.full} said, with a line on <<the Armed Forces Covenant>>.
        X: {o4m.full}, who shared a shelter on the exercise, said {p.first} had slept without <<permethrin>> on the net.
        E: Closed after the patient's meeting with {s2.tfull} on {next}.
        """,
        ("IR-^-#####", "OPX~####"),
    ),
    _style(
        "veterans_care_home_very_old_heel_pressure_ulcer_review", "prose",
        "review of a very old woman who drove ambulances in the army, living in a veterans' care "
        "home, whose heel sore was charted as intact skin until it reached the bone (old)",
        """
        H: Pressure ulcer review {ref}, community nursing and {hospital}
        H: Resident: {p.tfull}, {age}, NHS number {nhs}
        C: On {date} {p.title}, a very old woman who drove ambulances in the army, was found by her {rel} with a deep sore on her heel at {home}.
        C: The home's nurse {o1f.full} had charted her skin as intact, though she had sat in one chair <<until first light>> two nights running.
        C: The home's activities lead, {o2m.full}, said she had been wheeled to <<the drill hall>> next door for a concert and left there <<during the parade>>.
        C: At {hospital} {d.tdr} found a sore down to the bone and <<Klumpke's palsy>> of the arm from her birth, and she was kept on {ward} for antibiotics.
        C: She has <<a Clinical Dementia Rating of 2>>, takes <<nabilone>> for pain, and her {rel} said she had been eating little.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, family home {addr}; she is {age}.
        X: The home's manager logged the sore as {ref2}, and <<the Royal British Legion>> pays part of her fees.
        X: {p.first}'s {rel} rang {phone} and was told the sore was a bruise; night carers come from {prov}.
        X: Her GP at {gp}, {d2.tdr}, said <<the Armed Forces Covenant>> gives her no faster wound care, though it should.
        X: {o3f.full}, a carer, said the pressure mattress had been taken to <<the welfare office>> for a new resident.
        E: Review closed by {s2.tfull} on {next}.
        """,
        ("PU-^-####", "VCH~####"), sex="F", old=True, provider=True,
    ),
    _style(
        "adventurous_training_sea_cliff_fall_spine_review", "prose",
        "review of a reservist who fell from a sea cliff on an adventurous training course and "
        "was walked out to a minibus, whose broken vertebra was found at hospital",
        """
        H: Patient safety review {ref}: fall on an adventurous training climb
        H: Patient: {p.full} ({age}), NHS number {nhs}
        C: On {date} {p.title} fell about six metres from a sea cliff while climbing on an adventurous training course, and landed on the back.
        C: The course instructor, {o1m.full}, and the <<Lance Corporal>> {o2f.full} helped {p.first} up and walked {p.first} out <<for the length of the tab>> to the minibus.
        C: {p.first} said the back hurt but the legs moved, and sat in the minibus <<until the casevac landed>> for a climber in another group.
        C: At {hospital} {d.tdr} found a broken vertebra, with <<Madelung's deformity>> of the wrist as an old finding, and {p.first} was kept flat on {ward}.
        C: {p.first} had <<two 20 mg tablets>> of a painkiller in the minibus, and no one wrote them on <<the casualty card>>.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}.
        X: The training centre logged the fall as {ref2}, and its chief instructor, {o3.tfull}, said the walk-out broke its own rules.
        X: {p.first}'s {rel} rang {phone} that night from <<the officers' mess>> of another unit, and was told {p.first} was in the scanner.
        X: <<the Reserve Forces Act 1996>> was raised by {o4.full}, as {p.first} is a reservist and the unit asked who would pay.
        X: The ward nurse {o5f.full} said {p.first} asked whether <<the Armed Forces Compensation Scheme>> would cover the time off.
        E: Shared with the patient on {next} by {s2.tfull}.
        """,
        ("PSR-^-####", "ATC~-####"),
    ),
    _style(
        "veterans_hostel_diabetic_toe_gangrene_review", "prose",
        "review of a veteran in a hostel who showed a black toe to a night worker and was booked a "
        "GP visit for the next week, and who lost two toes to gangrene and sepsis",
        """
        H: Incident review {ref}: a veteran's foot, {hospital}
        H: Patient: {p.caps}, {age}; NHS number {nhs}
        C: On {date} {p.title}, who lives in a veterans' hostel, showed the night worker {o1f.full} a black toe he had hidden for a fortnight.
        C: The hostel's support worker {o2m.full} booked a GP visit for the following week, and gave him <<a 25 mg tablet>> of a painkiller from the office.
        C: He went to a reunion in <<the sergeants' mess>> of his old unit that weekend, and stood <<during the parade>> in new shoes.
        C: At {hospital} {d.tdr} found wet gangrene of two toes with sepsis, and he lost the toes in theatre and went to {ward}.
        C: He takes insulin and <<terbinafine>> for his nails, and had <<an Insomnia Severity Index of 21>> written at his last check.
        X: {p.tfull}, date of birth {dob}, hospital number {hosp}, gave his address as {addr}.
        X: The hostel logged the event as {ref2}, and <<SSAFA>> had paid for his new shoes.
        X: {p.first}'s {rel} rang {phone} and asked why the hostel had not called an ambulance.
        X: {o3m.full}, who shares his landing, said he had been limping for days and missed the hostel's walk <<during the parade>>.
        X: His caseworker at <<Help for Heroes>>, {o4f.full}, said she had asked twice for a foot check.
        E: Closed after the patient's meeting with {s2.tfull} on {next}.
        """,
        ("IR-^-####", "VHS~####"), sex="M",
    ),
    _style(
        "raf_fire_section_occurrence_log_dotted_capital_month_csv", "lines",
        "an RAF station fire section's occurrence log, exported as CSV with dates written as day, "
        "month word in capitals and year between dots, and crew written as first name in capitals "
        "and the surname's initial, about an airman set alight by fuel in the fuel bay",
        """
        H: Occurrence log export {ref} for {p.full}, {hosp}; pulled by {s1.full}
        H: occ_date,time,occurrence,crew
        C: Call to the fuel bay; {p.first} sprayed with fuel and alight; <<Duty Officer>> informed
        C: Flames out with the extinguisher; {p.first} rolled on the grass; <<the field dressing>> on both hands
        C: Burns cooled under water for twenty minutes; {p.first} shaking; <<Flight Lieutenant>> attends
        C: Ambulance to {hospital}; {d.tdr} informs deep burns to both hands
        C: Fuel bay closed; <<the Defence Safety Authority>> to be told
        X: <<JSP 950>> form started; reference {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Fuel nozzle tagged by {o1.full}; <<the ear defenders>> found melted
        X: {p.upper} ({age}), NHS {nhs}; takes <<chloroquine>> for a joint condition
        X: Home address on the station list: {addr}
        E: Export run by {s2.full} on {ldate}
        """,
        ("FS-^-####", "FIR~####"),
        topup='{stamp},{clock},"{text}",{user}', stamp="%d.%b.%Y", upper_stamp=True, clock="%H%M",
        signs=("o3", "o4", "o5"), sign_form="fupinit",
    ),
    _style(
        "training_area_ops_room_signals_log_date_time_group_csv", "lines",
        "a training area operations room's signals log, exported as CSV with each row stamped by "
        "a military date-time group (day, hour and minute, Z, month and two-digit year run "
        "together) and operators written as an initial joined to the surname, about a soldier "
        "trapped when a truck rolled on a track",
        """
        H: Signals log export {ref}; casualty {p.caps}, {hosp}
        H: dtg,serial_text,operator
        C: Range control reports a truck on its side on the track; {p.first} trapped by the leg
        C: Casualty report sent; <<the casualty card>> started; <<Range Conducting Officer>> on scene
        C: {p.title} freed; leg splinted; <<the stretcher trolley>> brought to the track
        C: All firing stopped <<until the casevac landed>>; {p.first} airborne to {hospital}
        C: {d.tdr} at {hospital} informs broken thigh; shoulder put back without <<Kocher's manoeuvre>>
        X: <<the Ministry of Defence>> accident form started; serial {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Truck recovered by {o1.full} <<during the live firing>> pause
        X: {p.upper} ({age}), NHS {nhs}; takes <<ivermectin>> after the last exercise
        X: Home address from the unit list: {addr}
        E: Export run by {s2.full} on {ldate}
        """,
        ("SIG-^-####", "TA~####"),
        topup='{stamp},"{text}",{user}', stamp="%d%H%MZ%b%y", upper_stamp=True,
        signs=("o3", "o4", "o5"), sign_form="joined",
    ),
    _style(
        "barracks_guardroom_occurrence_book_slashed_month_word_table", "lines",
        "a barracks guardroom's occurrence book, pasted as a table with dates written day, short "
        "month word and year between slashes, and staff written as surname in capitals and first "
        "name, about a soldier found hard to wake in the block after a night out",
        """
        H: Occurrence book extract {ref}; subject {p.full}, {hosp}
        H: | date | time | occurrence | entered by |
        C: {p.first} signed in at the gate unsteady; escorted to <<the accommodation block>>
        C: Room check; {p.first} on the floor and hard to wake; <<Guard Commander>> called
        C: Recovery position; breathing slow; <<Regimental Medical Officer>> rung at home
        C: Ambulance to {hospital}; {d.tdr} informs a bleed on the brain after a fall
        C: Room sealed for <<the Service Police>>; kit listed
        X: <<the Armed Forces Act 2021>> report raised; ref {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Camera footage from <<the guardroom>> copied by {o1.full}
        X: {p.upper} ({age}), NHS {nhs}; takes <<prazosin>>
        X: Home address on the unit list: {addr}
        E: Book copied by {s2.full} on {ldate}
        """,
        ("OB-^-####", "GRD~####"),
        topup="| {stamp} | {clock} | {text} | {user} |", stamp="%d/%b/%Y", clock="%H:%M",
        signs=("o3", "o4", "o5"), sign_form="ucsur",
    ),
    _style(
        "cadet_camp_welfare_log_apostrophe_short_year_table", "lines",
        "a cadet summer camp's welfare log, pasted as a table with dates written as day, short "
        "month word and an apostrophe before a two-digit year, and adult volunteers written as an "
        "initial, a hyphen and the surname in capitals, about "
        "a boy whose low blood sugar on the assault course was taken for tiredness (child)",
        """
        H: Welfare log extract {ref}; cadet {p.caps}, {hosp}
        H: | date | time | welfare entry | adult |
        C: {p.first} slow on <<the assault course>>; says tired; sent to sit by the water
        C: {p.first} pale and sweaty; <<Cadet Force Adult Volunteer>> checks the kit bag; sugar meter found
        C: Blood sugar 2.1; sugary drink given; <<the welfare office>> rings home
        C: {p.first} sleepy again after lunch; ambulance to {hospital}; {d.tdr} informs a severe low
        C: {p.first} kept on {ward}; camp nurse writes up <<the casualty card>>
        X: <<the Army Cadet Force>> incident form sent; ref {ref2}
        X: Note: {p.first}'s {rel} rang {mob}; told {p.first} is on {ward}
        X: Snack box checked by {o1.full} <<during the kit inspection>>
        X: {p.upper}; NHS {nhs}; also uses <<a 400 mcg spray>> for asthma
        X: Home address on the camp form: {addr}
        E: Log copied by {s2.full} on {ldate}
        """,
        ("WL-^-####", "ACF~####"),
        sex="M", child=True, topup="| {stamp} | {clock} | {text} | {user} |", stamp="%d %b '%y",
        clock="%H:%M", signs=("o3", "o4", "o5"), sign_form="hyup",
    ),
    _style(
        "veterans_peer_support_chat_weekday_month_word_thread", "lines",
        "a veterans' peer support group's chat, pasted with a short weekday, day, short month "
        "word, year and clock in square brackets, and members written by lower-case user names "
        "of first name, a dot and surname, about a member who went missing after posting a "
        "goodbye",
        """
        H: Chat export {ref}; about {p.full}; case {hosp}
        H: Group: peer support. Times are local.
        C: Anyone heard from {p.first}? Posted a goodbye at midnight and a photo of <<the medal rack>>
        C: Rang {p.first}; no answer; <<Combat Stress>> line gave the crisis number
        C: {p.first}'s {rel} says the car has gone; police told
        C: Police found {p.first} by <<the firing point>> on the old range; alive
        C: {p.first} at {hospital}; {d.tdr} says an overdose of <<nabilone>>; on {ward}
        X: Welfare lead asks for {p.first}'s home address: {addr}
        X: {p.first}'s {rel} asks for news on {phone}; police reference {ref2}
        X: <<Veterans UK>> caseworker told; visit booked
        X: {p.first} also takes <<prazosin>>; does the ward know?
        X: Lift to the hospital given by {o1.full}; stayed <<until first light>>
        E: Export saved by {s2.full} on {ldate}
        """,
        ("PS-^-####", "POL~####"),
        topup="[{stamp} {clock}] {user}: {text}", stamp="%a %d %b %Y", clock="%H:%M",
        signs=("o3", "o4", "o5"), sign_form="fdotlast",
    ),
    _style(
        "naval_diving_team_dive_log_full_weekday_short_year", "lines",
        "a naval diving team's dive log, each line stamped with the full weekday and a day-first "
        "date with a two-digit year, and the supervisor's initials or first name and surname "
        "initial after a double colon, about a diver who came up too fast",
        """
        H: Dive log {ref}; diver {p.full}, {hosp}
        H: Dive log, in time order; supervisor named at the end of each line.
        C: {p.first} in the water; second dive of the day; thirty metres
        C: Line snagged; {p.first} surfaces fast; <<Chief Petty Officer>> stops the dive
        C: {p.first} has pain in the elbow and tingling hands; oxygen from the kit on <<the stretcher trolley>>
        C: Ambulance to the chamber at {hospital}; {d.tdr} informs decompression illness
        C: Diving stopped <<during the stand-to>> of the second team
        X: <<the Ministry of Defence>> dive report started; ref {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Dive computer downloaded by {o1.full}; <<the rucksack frame>> of the kit checked
        X: {p.upper} ({age}), NHS {nhs}; takes <<atovaquone>> from a course abroad
        X: Home address on the team list: {addr}
        E: Log closed by {s2.full} on {ldate}
        """,
        ("DV-^-####", "DIV~####"),
        topup="{stamp} {clock} :: {text} :: {user}", stamp="%A %d/%m/%y", clock="%H%M",
        signs=("o3", "o4", "o5"), sign_form="init|fl",
    ),
    _style(
        "regimental_medical_officer_recruit_stress_fracture_gp_letter", "letter",
        "a regimental medical officer writes to a recruit's GP about a shin stress fracture, the "
        "weeks of marching before it was found, and the recruit's discharge from training",
        """
        H: {ldate}¶Medical centre, {town}¶Our ref: {ref}¶¶{d.tdr}¶{gp}
        H: Dear {d.tdr},
        C: I write as the <<Regimental Medical Officer>> about {p.tfull}, date of birth {dob}, who is leaving training after a stress fracture found on {date}.
        C: {p.first} reported shin pain in the fourth week, and our <<Physical Training Instructor>> {o1m.full} kept {p.first} marching <<for the length of the tab>> each week.
        C: I understand that at {hospital} {d2.tdr} found a fracture of the shin and <<Freiberg's disease>> of the foot, and advised six weeks without load.
        C: {p.first} was given <<two 10 mg tablets>> of a painkiller a day, which I have now stopped.
        C: {p.first} may claim under <<the Armed Forces Compensation Scheme>>, and I have said so.
        X: For your file, {p.first}'s address is {addrb}, and the NHS number on our record is {nhs}.
        X: The hospital number on their letter is {hosp}; our record number is {ref2}, and {o2.full} of our team holds the notes.
        X: {p.first}'s {rel}, {r.full}, has asked that letters go to the home address, not the barracks.
        X: {p.first} is {age}, and had <<a Short Warwick-Edinburgh Mental Wellbeing Scale of 14>> at the last review, so I would be glad if you saw {p.first} soon.
        X: Please write to me at {s1.memail} or ring {phone}; {o3.full} in our office can help on most days.
        E: Yours sincerely,¶¶{s1.full}¶Regimental Medical Officer
        """,
        ("RMO/~/####", "MC-####"),
    ),
    _style(
        "commanding_officer_river_crossing_near_drowning_family_letter", "letter",
        "a battalion's commanding officer writes to the family of a soldier who went under during "
        "a river crossing exercise with kit on, while the safety boat was out of the water",
        """
        H: {ldate}¶Battalion headquarters, {town}¶Our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.title},
        C: I am writing, as you asked, about {date}, when your {rel}, {p.full}, got into trouble in a lake during a river crossing exercise.
        C: The <<Platoon Commander>>, {o1m.full}, saw {p.first} go under with <<the Bergen>> still on, and the <<Lance Corporal>> {o2f.full} pulled {p.first} to the bank.
        C: {p.first} was not breathing for a short time, and was taken to {hospital}, where I understand {d.tdr} found water on the lungs and kept {p.first} on {ward}.
        C: I am sorry that the safety boat was out of the water <<during the live firing>> on the next range, and that you heard from another family first.
        C: We have stopped all crossings with kit until <<the Defence Safety Authority>> has looked at our rules.
        X: Our records give {p.first}'s age as {age} and date of birth as {dob}.
        X: The hospital gave us the number {hosp}; I understand {p.first} was given <<a 1 g vial>> of an antibiotic for a chest infection.
        X: Our reference for your complaint is {ref2}, and {o3.full} from the battalion will ring you next week.
        X: You can reach me on {phone}; the <<Unit Welfare Officer>>, {o4.full}, can arrange visits and travel.
        X: A copy of this letter goes to {p.first}'s GP at {gp}, as you asked, with <<the casualty card>> from the bank.
        E: Yours sincerely,¶¶{s1.full}¶Commanding Officer
        """,
        ("CO/~/####", "BN-####"),
    ),
    _style(
        "cadet_detachment_commander_boy_wrist_fracture_parent_letter", "letter",
        "an army cadet detachment commander writes to a boy's parents about his fall from a rope "
        "net, the wrist called a sprain, and the night exercise he was kept on (child)",
        """
        H: {ldate}¶Cadet centre, {town}¶Our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.title},
        C: I am writing, as you asked, about {date}, when your son, {p.full}, fell from the rope net on <<the assault course>> at our weekend training.
        C: Our <<Cadet Force Adult Volunteer>>, {o1f.full}, strapped his wrist with <<the field dressing>> and said it was a sprain.
        C: He carried on <<through the night navigation>> exercise, and the next day you took him to {hospital}, where I understand {d.tdr} found a broken wrist and <<Madelung's deformity>> from birth.
        C: I am sorry that no one rang you that night, and that <<the casualty card>> was never filled in.
        C: We have told <<the Army Cadet Force>> area office, and every adult will redo first aid.
        X: Our records give his date of birth as {dob} and his NHS number as {nhs}, from his joining form.
        X: The hospital gave us the number {hosp}; I understand he was given <<a 25 mg tablet>> of a painkiller at camp, which should have been written down.
        X: Our reference is {ref2}, and {o2.full} from the area office will ring you next week.
        X: You can reach me on {phone}, or the area office at {email2}; the <<Range Conducting Officer>> on the day was {o3.full}.
        X: A copy of this letter goes to his GP at {gp}, as you asked, and to his school.
        E: Yours sincerely,¶¶{s1.full}¶Detachment Commander
        """,
        ("ACF/~/####", "DET-####"), sex="M", child=True,
    ),
    _style(
        "armed_forces_liaison_nurse_very_old_veteran_son_email", "letter",
        "a hospital's armed forces liaison nurse e-mails the relative of a very old veteran brought "
        "in from a legion club after a fall, who was left cold in a side room until morning (old)",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {r.pemail}¶Subject: your {rel}, our ref {ref}
        H: Dear {r.first},
        C: I am so sorry about {p.first}, and as you asked I have written down what happened when he came to us on {date}.
        C: He was brought in from the legion club after a fall, and our nurse {o1f.full} found him cold and muddled, with <<a Mini-Cog of 2>> written in the notes.
        C: Our night porter {o2m.full} moved him to a side room <<until first light>>, and no one checked his sugar.
        C: I understand that {d.tdr} found a low sugar and a broken wrist, and kept him on {ward}, where he is now.
        C: He is paid under <<the War Pensions Scheme>> for his hearing, and the club kept his card.
        X: For the hospital's form, his address is {addr}, and his date of birth is {dob}; he is {age}.
        X: His NHS number was on the card in his wallet, {nhs}, which I gave to the ward with his <<chloroquine>>.
        X: He told our nurse he had stood <<during the two-minute silence>> that morning in the rain.
        X: Our veterans' clinic is on {street}, and its phone is {phone}; <<Veterans UK>> can also help with his pension.
        X: If it helps, my own number is {mob}, and the ward sister is {o3.last}, who was a <<Squadron Leader>> before nursing.
        E: With best wishes to him,¶{s1.full}¶Armed Forces Liaison Nurse
        """,
        ("AFL-~-##", "VET-####"), sex="M", old=True,
    ),
    _style(
        "unit_welfare_officer_service_spouse_overdose_hospital_email", "letter",
        "a unit welfare officer e-mails a hospital's liaison team about a service spouse brought "
        "in after an overdose while the partner was deployed, and the family's needs",
        """
        H: From: {s1.memail}¶Sent: {ldate} {time}¶To: {email}¶Subject: service family, our ref {ref}
        H: Dear {d.tdr},
        C: I am the <<Unit Welfare Officer>> at the barracks, and I write about {p.tfull}, whose partner is deployed, and who was brought to you after an overdose on {date}.
        C: Our <<Padre>> {o1f.full} had visited the family quarter the week before, found {p.first} low, and left the number for <<SSAFA>>.
        C: {p.first} was found by a neighbour, {o2m.full}, and taken to {hospital}, and I understand your team kept {p.first} on {ward}.
        C: {p.first} had a repeat of <<nabilone>> from the garrison GP, which I know you asked about.
        C: {p.first}'s partner can come home under <<the Armed Forces Covenant>> welfare rules, and is on the way.
        X: The details, for your records: {p.caps}, hospital number {hosp}, NHS number {nhs}, home address {addr}.
        X: {p.first}'s {rel} {r.full} rang our office on {phone} and asked that someone checks on {p.first} each day.
        X: The unit's record number is {ref2}, and {o3m.last} of the welfare team has asked for advice on visits.
        X: The children are with {o4.full}, a friend on the patch, <<through the exercise>> period.
        X: I copied this to {email2}, the council's team, and to the GP at {gp}, and told <<the Service Police>> nothing, as there was no crime.
        E: Kind regards,¶{s1.full}¶Unit Welfare Officer
        """,
        ("UWO-^-###", "WEL-######"),
    ),
    _style(
        "raf_squadron_leader_flight_line_seizure_gp_letter", "letter",
        "an RAF squadron leader writes to an airman's GP about a first fit on the flight line, "
        "the short sleep before it and what the airman told the medic",
        """
        H: {ldate}¶Station headquarters, {town}¶Our ref: {ref}¶¶{d.tdr}¶{gp}
        H: Dear {d.tdr},
        C: As you asked, I write about {p.tfull}, date of birth {dob}, who had a fit on the flight line on {date}.
        C: I was the <<Squadron Leader>> on duty, and our <<Combat Medical Technician>> {o1f.full} looked after {p.first} in <<the vehicle hangar>> until the ambulance came.
        C: {p.first} told the medic that sleep had been short <<through the guard duty>> week, and that a tablet for sleep had run out.
        C: I understand that at {hospital} {d2.tdr} found a first fit and <<Panner's disease>> of the elbow as an old finding, and advised no driving.
        C: I make this note knowing it may go before <<the Defence Safety Authority>> as part of our report.
        X: For your file, {p.first}'s address is {addrb}, and the NHS number on our form is {nhs}.
        X: The hospital number on their letter is {hosp}; our event number is {ref2}, and {o2.full} of our safety team holds the record.
        X: {p.first}'s {rel}, {r.full}, has asked that letters go to the home address, not <<the guardroom>>.
        X: {p.first} had taken <<one 50 mg capsule>> of an antibiotic that morning, {o3.full} says.
        X: Please write to me at {s1.memail} or ring {phone}; {o4.full} from our office can help on most days.
        E: Yours sincerely,¶¶{s1.full}¶Squadron Leader
        """,
        ("SQN/~/####", "FLT-####"),
    ),
    _style(
        "veterans_home_manager_very_old_night_fall_relative_letter", "letter",
        "a veterans' care home manager writes to a very old resident's relative about a night "
        "fall when the call bell cord was tied up out of reach, and the broken hip (old)",
        """
        H: {ldate}¶Home office, {town}¶Our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.title},
        C: I am writing, as you asked, about {date}, when your {rel}, {p.full}, fell in the night on his way back from the concert in <<the drill hall>> of our home.
        C: He lay at the foot of his bed <<until first light>>, as the call bell was out of reach, and our night carer {o1f.full} found him at six.
        C: He was taken to {hospital}, where I understand {d.tdr} found a broken hip and <<Scheuermann's disease>> from his youth on the films.
        C: I am sorry that the bell cord had been tied up by a cleaner from {prov}, and that you heard at breakfast, not at once.
        C: We have checked every bell cord, after advice from <<the Royal British Legion>> care team.
        X: Our records give his age as {age} and his date of birth as {dob}.
        X: The hospital gave us the number {hosp}; I understand he takes <<chloroquine>> and <<two 10 mg tablets>> of a water tablet.
        X: Our reference for your complaint is {ref2}, and {o2.full} from our team will ring you next week.
        X: You can reach me on {phone}, or the home's line at {email2}; the former <<Company Sergeant Major>>, {o3m.full}, who lives across the hall, heard him call.
        X: A copy of this letter goes to his GP at {gp}, as you asked, and to his carers.
        E: Yours sincerely,¶¶{s1.full}¶Home Manager
        """,
        ("VH/~/####", "CMP-####"), sex="M", old=True, provider=True,
    ),
    _style(
        "adjutant_reservist_annual_camp_heart_attack_hospital_email", "letter",
        "a reserve unit's adjutant e-mails a hospital consultant about a reservist who collapsed "
        "at annual camp and waited for the range to be made safe before the ambulance could come",
        """
        H: From: {s1.memail}¶Sent: {ldate} {time}¶To: {email}¶Subject: {p.first}, our ref {ref}
        H: Dear {d.tdr},
        C: I write as <<Adjutant>> about {p.tfull}, a reservist who collapsed on the second day of annual camp on {date}.
        C: Our <<Company Sergeant Major>> {o1m.full} found {p.first} grey and sweating at <<the range hut>>, and our medic {o2f.full} gave aspirin and oxygen.
        C: {p.first} waited <<during the live firing>> for the range to be made safe before the ambulance could come onto the area.
        C: I understand that at {hospital} {d2.tdr} found a heart attack, and {p.first} had a stent and was taken to {ward}.
        C: Under <<the Reserve Forces Act 1996>> {p.first}'s employer must be told, and {p.first} has asked us to wait.
        X: For your form, {p.first}'s address is {addr}, and the date of birth on our list is {dob}.
        X: {p.first}'s NHS number, from the joining form, is {nhs}; {p.first} takes <<rifampicin>>, which the paramedic did not know.
        X: Our reference is {ref2}, and our <<Regimental Sergeant Major>> {o3m.full} has asked how {p.first} is.
        X: The reserve centre, with <<the drill hall>>, is on {street}, and its phone is {phone}; my own number is {mob}.
        X: {p.first}'s civilian employer, {o4.full}, has asked for a fit note; <<the range flag>> was still up when the crew came.
        E: With best wishes to {p.first},¶{s1.full}¶Adjutant
        """,
        ("ADJ-~-##", "RES-####"),
    ),
)
# fmt: on

# Top-up sentences, one set per register: prose reviews, logs and letters.
SHARED = (
    "The panel met on {next}, and {s2.full} told it the unit had sent its account a week late.",
    "{p.first}'s {rel} asked to see the review and for a copy to go to {p.pemail}.",
    "With the family's consent, a summary was sent to {gp}.",
    "{o5.full}, who was on the gate <<through the guard duty>> that night, gave a written account.",
    "The timeline was checked against the unit's own log and the records held by {council}.",
    "The patient's home address, from the record, is {addr}.",
    "The panel found no single cause and thanked {o5.fl} for an open account.",
    "Questions about the review can go to {s2.email} or to the governance office on {phone}.",
    "{p.title} was asked to quote {ref2} in any letter about the review.",
    "The findings went to {hospital2}, which had treated a soldier hurt on <<the parade square>> the winter before.",
    "{o5.tfull}, a panel member, asked that <<the Ministry of Defence>> be sent the findings too.",
    "The lead nurse of {ward2} was told, as the patient had been there <<during the passing-out rehearsal>> a year before.",
    "How the trust looks into harm is set out at {url}.",
    "The unit still held an old address, {addr2}, which {o5.last} in its office has put right.",
)  # fmt: skip
SHARED_LINES = (
    "{p.first}'s {rel} rang for news",
    "{s2.full} on call told; nothing further this shift",
    "Family given reference {ref2}",
    "E-mail sent to {gp}",
    "Message left for {o5.full} on {mob}",
    "Open actions handed to {s2.fl} at handover",
    "{hospital2} rang: no record of the patient",
    "Home address confirmed as {addr}",
    "Rang {p.title} to check: no answer <<until first light>>",
    "Kit note: <<the rifle rack>> key handed back by {o5.lower}",
    "Old address still on file: {addr2}; {o5.last} to put right",
)  # fmt: skip
SHARED_LETTER = (
    "{s2.full}, who leads on patient safety for {trust}, has a copy of this letter.",
    "If you would like to talk any of this through, my number is {phone}.",
    "Please give our reference, {ref2}, when you reply.",
    "I have told {p.first}'s {rel} that I am writing to you.",
    "I am grateful to {o5.full}, who helped me gather the facts for this letter.",
    "A copy stays on our file for {p.caps}.",
    "You may write to me at the address above, or to the hospital's team at {email}.",
    "As the family asked, {gp} has a copy, though our office was short-handed <<during the kit inspection>> weeks.",
    "A call to {p.first} on {phone} or {mob} would be welcome, I am sure.",
    "At the family's wish, {council} has been told as well.",
    "There is more about this on the council's website at {url}.",
    "An old file gave {p.first}'s address as {addr2}; {o5.last} in our office has put it right.",
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
        """The surname without the Iban "anak": its initial is the one people write."""
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
    if name in PARTICLE_GROUPS and roll < 0.8:  # "anak Barieng", for a son or a daughter
        last = f"anak {rng.choice(group['L'])}"
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
        self.day = date(2025, 8, 3) + timedelta(days=rng.randint(0, 470))
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
        if form in ("email", "pemail", "memail"):
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
        # An Iban with "anak" is called by the given name after a title ("Mr Jugah").
        named = who.first if who.last != who.core_last else who.last
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
            "fupinit": f"{who.first.upper()} {who.core_last[0].upper()}",
            "joined": f"{who.first[0]}{who.core_last.replace(' ', '')}",
            "ucsur": f"{who.last.upper()} {who.first}",
            "hyup": f"{who.first[0]}-{who.last.upper()}",
            "fdotlast": f"{_slug(who.first)}.{_slug(who.last)}",
        }[form]
        self.add(value, "PERSON", who)
        if form == "poss":
            self.add("'s")

    def initials_of(self, key: str, who: Who) -> str | None:
        if key in self.initials:
            return self.initials[key]
        letters = "".join(p[0] for p in [who.first, *re.split(r"[\s-]+", who.core_last)] if p)
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
        if form == "memail":  # a service address: name, a number, the ministry's domain
            return f"{first}.{last}{rng.randint(100, 999)}@mod.gov.uk"
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
            stamp = moment.strftime(style.stamp)  # a date-time group carries the clock too
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
