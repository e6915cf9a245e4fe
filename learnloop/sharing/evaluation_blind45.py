"""A forty-fifth blind de-identification evaluation pack: justice.

Synthetic UK narratives with the gold span of every identifier, written without reading the
engine (see evaluation_blind45.md). The settings are new to the packs: a magistrates' court's
cells, a Crown Court dock, a police custody suite, a prison's healthcare wing, segregation unit
and visits hall, an immigration removal centre, a young offender institution, probation approved
premises, a secure escort van and a tribunal hearing room, with a custody detention log, a
segregation unit's observation sheet, an escort van's journey log, a court cells' occupancy sheet,
a removal centre's welfare chat and an approved premises night log. People come from Faker
through the shared code and from the pack's own lists: Meitei, Acholi, Tumbuka, Venda and
Asturian (with "de" and "del" surnames and two surnames side by side).

The interface is pack 44's: ``generate(count, seed=1)``, ``example(rng, number, style=None)``,
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

PREFIX = "blind45"
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

_BUCKS = ("Buckinghamshire Council", "buckinghamshire.gov.uk")
_ERY = ("East Riding of Yorkshire Council", "eastriding.gov.uk")
_ESUFF = ("East Suffolk Council", "eastsuffolk.gov.uk")
_STAFFS = ("South Staffordshire Council", "sstaffs.gov.uk")
TOWN_INFO = {
    "Princetown": ("PL20", "01822", "Dartmoor", "West Devon Borough Council", "westdevon.gov.uk"),
    "Grendon Underwood": ("HP18", "01296", "Aylesbury Vale", *_BUCKS),
    "Everthorpe": ("HU15", "01430", "Howdenshire", *_ERY),
    "Full Sutton": ("YO41", "01759", "Derwent Vale", *_ERY),
    "Ranby": ("DN22", "01777", "Bassetlaw", "Bassetlaw District Council", "bassetlaw.gov.uk"),
    "Thorp Arch": ("LS23", "01937", "Wharfe Valley", "Leeds City Council", "leeds.gov.uk"),
    "Askham Richard": ("YO23", "01904", "Ainsty", "City of York Council", "york.gov.uk"),
    "Whatton": ("NG13", "01949", "Vale of Belvoir", "Rushcliffe Borough Council", "rushcliffe.gov.uk"),
    "Willoughby": ("CV23", "01788", "Dunsmore", "Rugby Borough Council", "rugby.gov.uk"),
    "Denbury": ("TQ12", "01803", "Teign Valley", "Teignbridge District Council", "teignbridge.gov.uk"),
    "Erlestoke": ("SN10", "01380", "Salisbury Plain", "Wiltshire Council", "wiltshire.gov.uk"),
    "Tortworth": (
        "GL12", "01454", "Severn Vale", "South Gloucestershire Council", "southglos.gov.uk",
    ),
    "Blundeston": ("NR32", "01502", "Mutford", *_ESUFF),
    "Hollesley": ("IP12", "01394", "Sandlings", *_ESUFF),
    "Stradishall": ("CB8", "01440", "Stour Valley", "West Suffolk Council", "westsuffolk.gov.uk"),
    "Grafham": (
        "PE28", "01480", "Ouse Valley", "Huntingdonshire District Council",
        "huntingdonshire.gov.uk",
    ),
    "Griston": ("IP25", "01953", "Breckland", "Breckland Council", "breckland.gov.uk"),
    "Kirklevington": (
        "TS15", "01642", "Tees Valley", "Stockton-on-Tees Borough Council", "stockton.gov.uk",
    ),
    "Acklington": (
        "NE65", "01670", "Coquetdale", "Northumberland County Council", "northumberland.gov.uk",
    ),
    "Brinsford": ("WV10", "01902", "Cannock Chase", *_STAFFS),
    "Marchington": (
        "ST14", "01283", "Needwood", "East Staffordshire Borough Council", "eaststaffsbc.gov.uk",
    ),
    "Usk": ("NP15", "01291", "Usk Valley", "Monmouthshire County Council", "monmouthshire.gov.uk"),
    "Tullibody": ("FK10", "01259", "Hillfoots", "Clackmannanshire Council", "clacks.gov.uk"),
    "Longforgan": ("DD2", "01382", "Carse of Gowrie", "Perth and Kinross Council", "pkc.gov.uk"),
    "Shotts": (
        "ML7", "01501", "Calderhead", "North Lanarkshire Council", "northlanarkshire.gov.uk",
    ),
    "Polmont": ("FK2", "01324", "Carron Valley", "Falkirk Council", "falkirk.gov.uk"),
    "Strathaven": (
        "ML10", "01357", "Avon Valley", "South Lanarkshire Council", "southlanarkshire.gov.uk",
    ),
    "Yarnton": ("OX5", "01865", "Cherwell Valley", "Cherwell District Council", "cherwell.gov.uk"),
    "Clapham": ("MK41", "01234", "Great Ouse", "Bedford Borough Council", "bedford.gov.uk"),
    "Swinderby": (
        "LN6", "01522", "Trent Vale", "North Kesteven District Council", "n-kesteven.gov.uk",
    ),
    "Werrington": (
        "ST9", "01782", "Churnet Valley", "Staffordshire Moorlands District Council",
        "staffsmoorlands.gov.uk",
    ),
    "Leadgate": ("DH8", "01207", "Derwentside", "Durham County Council", "durham.gov.uk"),
    "Boddam": ("AB42", "01779", "Buchan", "Aberdeenshire Council", "aberdeenshire.gov.uk"),
}  # fmt: skip
LOCALITIES = {
    "Princetown": ("Two Bridges", "Postbridge"), "Grendon Underwood": ("Edgcott", "Marsh Gibbon"),
    "Everthorpe": ("North Cave", "South Cave"), "Full Sutton": ("Fangfoss", "Skirpenbeck"),
    "Ranby": ("Babworth", "Torworth"), "Thorp Arch": ("Boston Spa", "Bramham"),
    "Askham Richard": ("Bilbrough", "Long Marston"), "Whatton": ("Aslockton", "Orston"),
    "Willoughby": ("Dunchurch", "Barby"), "Denbury": ("Ipplepen", "Broadhempston"),
    "Erlestoke": ("Great Cheverell", "Edington"), "Tortworth": ("Cromhall", "Charfield"),
    "Blundeston": ("Lound", "Somerleyton"), "Hollesley": ("Shottisham", "Alderton"),
    "Stradishall": ("Wickhambrook", "Denston"), "Grafham": ("Great Staughton", "Kimbolton"),
    "Griston": ("Watton", "Caston"), "Kirklevington": ("Crathorne", "Picton"),
    "Acklington": ("Togston", "Broomhill"), "Brinsford": ("Shareshill", "Coven"),
    "Marchington": ("Hanbury", "Draycott in the Clay"), "Usk": ("Llanbadoc", "Gwehelog"),
    "Tullibody": ("Menstrie", "Cambus"), "Longforgan": ("Invergowrie", "Kingoodie"),
    "Shotts": ("Harthill", "Allanton"), "Polmont": ("Brightons", "Reddingmuirhead"),
    "Strathaven": ("Glassford", "Chapelton"), "Yarnton": ("Begbroke", "Cassington"),
    "Clapham": ("Milton Ernest", "Oakley"), "Swinderby": ("Eagle", "Thurlby"),
    "Werrington": ("Wetley Rocks", "Cellarhead"), "Leadgate": ("Shotley Bridge", "Medomsley"),
    "Boddam": ("Inverugie", "Longhaven"),
}  # fmt: skip
TOWNS = tuple((town, info[0], info[1]) for town, info in TOWN_INFO.items())
HOSP_FORMS = ("AA999999", "9999999A", "A9A99999")
TOWN_HOSP = {town: HOSP_FORMS[index % 3] for index, town in enumerate(TOWN_INFO)}

STREETS = ("Wenge", "Sapele", "Iroko", "Padauk", "Bubinga", "Zebrano")
STREET_KINDS = ("Street", "Road", "Lane", "Terrace", "Gate", "Crescent", "Close", "Wynd")
WARDS = ("Ochre", "Umber", "Vermilion", "Madder", "Woad", "Smalt")
WARD_KINDS = ("Ward", "Ward", "Unit", "Ward")
HOMES = ("Gabbro House", "Schist Court", "Gneiss Lodge", "Gabbro Lodge", "Schist House")
PROVIDERS = ("Arete", "Haar", "Locket", "Mizzle")
PROVIDER_KINDS = ("Homecare", "Care at Home", "Support at Home Ltd", "Care Partnership")
PRACTICES = ("Larkspur", "Comfrey", "Mullein", "Cameo", "Filigree")
PRACTICE_KINDS = ("Surgery", "Medical Practice", "Health Centre", "Medical Group")
HOSPITAL_FORMS = (
    "{town} Hospital", "{county} District Hospital", "{town} Memorial Hospital",
    "{county} Infirmary",
)  # fmt: skip
TRUST_FORMS = (
    "{county} Hospitals NHS Foundation Trust", "{county} and {town} NHS Trust",
    "{county} Health and Care NHS Trust",
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Look-alikes: written in, never gold (each kind is tracked as negatives)
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "drug": (
        "lofexidine", "nalmefene", "acamprosate", "disulfiram", "zuclopenthixol", "promazine",
        "lisinopril", "lansoprazole", "dihydrocodeine", "clonidine", "risperidone", "naltrexone",
    ),
    "dose": (
        "one 20 mg capsule", "two 15 mg tablets", "a 40 mg injection", "one 250 mg tablet",
        "a 7.5 mg tablet", "a 30 mg capsule", "two 200 mg tablets",
    ),
    "score": (
        "a Kessler score of 28", "a Short Opiate Withdrawal Scale of 21",
        "a Brief Psychiatric Rating Scale of 40", "a Young Mania Rating Scale of 18",
        "a Conners score of 70", "a Severity of Alcohol Dependence score of 31",
        "a Positive and Negative Syndrome Scale of 72",
    ),
    "device": (
        "the cell call bell", "the wicket gate", "the body-worn camera", "the ligature knife",
        "the anti-ligature gown", "the cell intercom", "the observation panel", "the dock glass",
        "the sally port", "the ankle tag", "the rigid-bar handcuffs", "the spit guard",
        "the tear-proof blanket",
    ),
    "national": (
        "the Independent Office for Police Conduct", "the Prisons and Probation Ombudsman",
        "HM Inspectorate of Prisons", "Immigration Enforcement", "the Crown Prosecution Service",
        "the Independent Monitoring Board", "the Parole Board", "HM Courts and Tribunals Service",
        "the Legal Aid Agency",
    ),
    "law": (
        "the Bail Act 1976", "the Prison Act 1952", "the Immigration Act 1971",
        "the Criminal Justice Act 2003", "the Offender Rehabilitation Act 2014",
        "the Children and Young Persons Act 1933", "the Crime and Disorder Act 1998",
        "the Magistrates' Courts Act 1980",
    ),
    "eponym": (
        "a Tillaux fracture", "a Holstein-Lewis fracture", "an Essex-Lopresti injury",
        "a Bosworth fracture", "Dressler's syndrome", "Wallenberg syndrome",
        "the Koebner phenomenon", "a Pipkin fracture", "a Stieda fracture", "Mondor's disease",
    ),
    "word": (
        "Dock Officer", "Escort Officer", "Wing Manager", "Segregation Supervisor",
        "Approved Premises Manager", "Residential Worker", "Detainee Custody Officer",
        "Legal Adviser", "Tribunal Clerk", "Listing Officer", "Duty Solicitor",
        "Appropriate Adult", "Youth Justice Worker", "Night Patrol Officer", "Listener",
        "Court Clerk", "Healthcare Manager", "Case Worker",
    ),
    "bed": (
        "cell 7", "cell 12", "the holding room", "the exercise yard", "the interview room",
        "the servery", "the charge desk", "the constant watch cell", "the visits hall",
        "cubicle 2", "the sterile area", "the booking-in area",
    ),
    "duration": (
        "for the length of the hearing", "through the lunchtime lock-up",
        "over the weekend remand", "during association", "for two roll checks",
        "until the next court sitting", "for the rest of the lock-down", "during the escort",
        "for a six-hour detention review", "until the van left", "during exercise",
        "through bang-up", "for the morning list", "during the adjournment",
        "through the night roll",
    ),
}  # fmt: skip
NATIONAL = LOOKALIKES["national"]

# ---------------------------------------------------------------------------------------------
# People of the pack's own lists
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    "Meitei": {
        "F": ("Thoibi", "Memcha", "Sanatombi", "Bembem", "Linthoi", "Ibemhal"),
        "M": ("Ibomcha", "Tomba", "Ibungo", "Chaoba", "Nongdamba"),
        "L": ("Ningthoujam", "Laishram", "Thokchom", "Yumnam", "Moirangthem", "Huidrom",
              "Oinam", "Konsam", "Wahengbam", "Khumanthem", "Sorokhaibam"),
    },
    "Acholi": {
        "F": ("Akello", "Apio", "Adong", "Atim", "Lamunu", "Aciro", "Auma", "Ayaa"),
        "M": ("Okello", "Ocen", "Opio", "Odongo", "Ojok", "Okot", "Oryem", "Komakech"),
        "L": ("Otim", "Ochola", "Olweny", "Oloya", "Onen", "Odoki", "Owiny", "Lakwo", "Kilama",
              "Acellam"),
    },
    "Tumbuka": {
        "F": ("Tiwonge", "Tawonga", "Tadala", "Chisomo", "Tamanda", "Wongani"),
        "M": ("Vitumbiko", "Kondwani", "Limbani", "Yamikani", "Watipaso", "Lusungu"),
        "L": ("Nyirenda", "Mhango", "Chirwa", "Msiska", "Kumwenda", "Mkandawire", "Gondwe",
              "Munthali", "Nkhata", "Mzembe", "Luhanga", "Mzumara"),
    },
    "Venda": {
        "F": ("Rudzani", "Khathutshelo", "Mashudu", "Livhuwani", "Tshilidzi", "Rotondwa"),
        "M": ("Takalani", "Phathutshedzo", "Ndivhuwo", "Fulufhelo", "Mulalo", "Vhutshilo"),
        "L": ("Netshitenzhe", "Ramabulana", "Mudau", "Nemavhola", "Tshivhase", "Ravele",
              "Nemukula", "Mukhuba", "Nethengwe", "Ramaano", "Munyai"),
    },
    "Asturian": {
        "F": ("Covadonga", "Xuana", "Olaya", "Aldonza", "Xandra", "Llucía"),
        "M": ("Pelayo", "Xuan", "Fruela", "Vermudo", "Xicu", "Adefonsu"),
        "L": ("del Cueto", "del Busto", "de Llano", "del Valle", "de Nava", "del Fueyo",
              "Llaneza", "Tamargo", "Fano", "Cabal", "Argüelles", "Menéndez", "Valdés", "Solís",
              "Villaverde", "Cadenas"),
    },
}  # fmt: skip
OWN_FIRST = {sex: tuple(n for g in OWN_GROUPS.values() for n in g[sex]) for sex in "FM"}
OWN_LAST = tuple(n for g in OWN_GROUPS.values() for n in g["L"])
# Surnames that are English words of courts and gaols, written alone now and then.
WORD_NAMES = (
    "Sheriff", "Gaoler", "Beadle", "Turnkey", "Jailer", "Chancellor", "Dempster", "Summoner",
    "Pardoner", "Tipstaff",
)  # fmt: skip
ALL_WORD_NAMES = frozenset(WORD_NAMES)
NICKNAMES = {
    "Sanatombi": ("Tombi",), "Vitumbiko": ("Vitu",), "Covadonga": ("Cova",),
    "Takalani": ("Taki",), "Tiwonge": ("Tiwo",), "Kondwani": ("Kondi",), "Mashudu": ("Mashu",),
}  # fmt: skip
# Asturian surnames may open with "de" or "del": always lower case but in forms written wholly
# in capitals ("Covadonga del Cueto", "Ms del Cueto", "DEL CUETO, Covadonga"). The particle is
# inside the span. An Asturian may also carry two surnames side by side, with no hyphen
# ("Llaneza Tamargo").
PARTICLE_WORDS = ("del", "de")
PARTICLES = r"\b(?:del|DEL|de|DE)[ _/-]"
DOUBLE_SURNAME_GROUPS = frozenset({"Asturian"})
# Initials that read as an abbreviation: a person with these is written "J. Surname".
CLINICAL_INITIALS = frozenset(
    """AF AKI BD BP CD CT DM DNR EC ED FY GP HB HR ID IM IV MI MR MS NG OD OK OT PE PM PO PR
    QDS RN SC TB TDS UK UTI VF VT WC AM NO SO DO GO TO IT AS AT BE BY HE IF IN IS ME MY OF ON
    OR UP US WE CPR DOA ECG GCS ICU NHS PRN SOB TIA TTO ABC AND FOR THE BM DE DEL PACE IOPC CPS
    HMP YOI IRC IMB PPO DCO PNC ACCT CSU OMU ROTL HDC PSR NFA AP PS PC DS DC CO YJB AA HMI
    LAA MOJ CJS TBC HO""".split()
)
NAME_FORMS = (
    "full first last title tfull dr tdr init ini caps upper lower nick email pemail poss fl "
    "login rota lfi dotup under lastcomma jlogin fU sfirst dotted tag inl lastdot ltag rlogin "
    "lastfull flogin slash supper"
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
        "magistrates_court_cells_alcohol_withdrawal_fit_review", "prose",
        "review of a defendant held in a magistrates' court's cells whose alcohol withdrawal fit "
        "was taken for play-acting by the cell staff until a second fit",
        """
        H: Patient safety review {ref}: a fit in the court cells, {date}
        H: Prepared for {trust} by {s1.tfull}, patient safety lead
        C: At {time} {p.full} ({age}) was brought up from <<cell 7>> for the first hearing, shaking and sweating after a night in police custody with no drink.
        C: The <<Dock Officer>> {o1f.full} saw {p.first} fall and jerk on the floor of <<the holding room>>, and the <<Court Clerk>> {o2m.full} stood the case down <<for the morning list>>.
        C: A cell officer thought {p.first} was putting it on to delay the case, and {p.first} was put back in the cell <<until the next court sitting>> with no one watching.
        C: A second fit came an hour later, the ambulance took {p.first} to {hospital}, and {d.tdr} found alcohol withdrawal and gave <<a 40 mg injection>> on arrival.
        C: {p.first} had <<a Severity of Alcohol Dependence score of 31>> in an old probation report, and takes <<acamprosate>> when it is given.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, hospital number {hosp}, lives at {addr}, and was kept on {ward} for three nights.
        X: The cells contractor logged the event as {ref2}, and its manager said <<the cell call bell>> had been pressed twice.
        X: {p.first}'s {rel} waited in the public gallery <<for the length of the hearing>> and was told nothing until the evening.
        X: {o3.full}, the <<Duty Solicitor>>, told the panel that {p.first} had asked for a doctor at the door of the court.
        X: The ward nurse {o4f.full} noted <<the Bail Act 1976>> conditions on the transfer form, not the drinking history.
        E: Signed off at the trust's patient safety panel on {next} by {s2.tfull}.
        """,
        ("PSR-^-#####", "MCC~####"),
    ),
    _style(
        "crown_court_dock_verdict_collapse_dissection_review", "prose",
        "review of a defendant who collapsed in a Crown Court dock as the verdict was read, whose "
        "tearing chest pain was put down to stress by the court's first aider",
        """
        H: Structured judgement review {ref}: collapse in a Crown Court dock
        H: Patient: {p.tfull}, {age}; hospital number {hosp}
        C: On {date} {p.first} stood behind <<the dock glass>> as the jury came back, and went grey and held the chest as the verdict was read.
        C: The <<Escort Officer>> {o1m.full} sat {p.first} down, and the court's first aider, {o2f.full}, said it was a panic attack and gave water <<during the adjournment>>.
        C: {p.first} was taken down to the cells and left lying on the bench <<through the lunchtime lock-up>>, still in pain and sweating.
        C: At {hospital} {d.tdr} found a tear in the aorta, and {p.first} went to theatre from {ward}, where <<Dressler's syndrome>> was later ruled out.
        C: {p.first} takes <<lisinopril>> for blood pressure and had missed it for two days in custody.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, lives at {addr}, and had <<two 15 mg tablets>> of a painkiller in the cells.
        X: The escort company's safety lead, {o3.tfull}, said the event was logged as {ref2}, and that <<the rigid-bar handcuffs>> stayed on in the ambulance.
        X: {p.first}'s {rel} rang {phone} from the court's foyer and was not told which hospital {p.first} was in.
        X: <<HM Courts and Tribunals Service>> was told by the listing office, {o4.full} said.
        X: The ward sister {o5f.full} said {p.first} asked about the sentence before anything else.
        E: Reviewed by the cardiac governance group on {next}; signed by {s2.tfull}.
        """,
        ("SJR-^-####", "CCD~####"),
    ),
    _style(
        "police_custody_suite_head_injury_taken_for_drink_review", "prose",
        "review of a man brought into a police custody suite after a fall in the street, whose "
        "skull fracture was taken for drink until he could not be roused at the morning check",
        """
        H: Incident review {ref}: head injury missed in a custody suite
        H: Patient: {p.full} ({age}), NHS number {nhs}
        C: On {date} {p.title} was booked in at <<the charge desk>> smelling of drink, with a graze on the back of the head that no one looked at.
        C: The <<Detainee Custody Officer>> {o1f.full} checked him <<for two roll checks>> through <<the observation panel>>, and said he was snoring.
        C: At the morning check he could not be roused, and the custody nurse {o2m.full} called an ambulance to take him to {hospital}.
        C: There {d.tdr} found a broken skull with a bleed, and he went to theatre and then to {ward}, where <<a Stieda fracture>> of the knee was also seen.
        C: He takes <<disulfiram>> and had not drunk for weeks, his {rel} said; the smell was from a spilt can.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and had <<a 30 mg capsule>> of a painkiller on arrival.
        X: <<the Independent Office for Police Conduct>> was told, and the force's event number is {ref2}.
        X: {p.first}'s {rel} rang {phone} <<through the night roll>> and was told he was sleeping it off.
        X: The <<Appropriate Adult>>, {o3.full}, was never called, though {p.first} has a learning disability.
        X: {o4.full}, the custody inspector, said <<the body-worn camera>> footage showed the fall at the door.
        E: Closed after the family meeting with {s2.tfull} on {next}.
        """,
        ("IR-^-#####", "CUS~-####"), sex="M",
    ),
    _style(
        "prison_healthcare_wing_very_old_prisoner_sepsis_review", "prose",
        "review of a very old prisoner on a prison's healthcare wing whose urine infection and "
        "sepsis were put down to his dementia for three days (old)",
        """
        H: Death in custody review {ref}, {hospital}
        H: Patient: {p.caps}, {age}, NHS number {nhs}
        C: On {date} {p.title}, a very old man serving a long sentence, was more muddled on the healthcare wing and would not leave his cell <<during association>>.
        C: The <<Wing Manager>> {o1f.full} put it down to his dementia, and the nurse {o2m.full} took no temperature <<for the rest of the lock-down>>.
        C: On {later} he was found hot and drowsy at the morning roll, and was taken to {hospital}, where {d.tdr} found sepsis from the urine.
        C: He died on {ward} two days later, with <<Wallenberg syndrome>> wrongly written on the first transfer form from an old scan.
        C: He took <<risperidone>> and <<lansoprazole>>, and his {rel} said his mind had been sharp a month before.
        X: {p.tfull}, date of birth {dob}, hospital number {hosp}, home address before prison {addr}; his carers before sentence were from {prov}.
        X: The prison's <<Healthcare Manager>>, {o3f.tfull}, said the death was logged as {ref2} and reported to <<the Prisons and Probation Ombudsman>>.
        X: {p.first}'s {rel} rang {phone} <<through bang-up>> and was told he was comfortable.
        X: His doctor on the ward, {d2.tdr}, noted <<a Brief Psychiatric Rating Scale of 40>> from a review years before.
        X: A <<Listener>> on the wing, {o4.full}, said he had stopped eating two days before.
        E: Mortality review closed by {s2.tfull} on {next}.
        """,
        ("DIC-^-####", "HCW~-###"), sex="M", old=True, provider=True,
    ),
    _style(
        "segregation_unit_food_refusal_refeeding_review", "prose",
        "review of a prisoner in a segregation unit who refused food for three weeks, and whose "
        "refeeding on the healthcare wing was begun without blood tests",
        """
        H: Patient safety review {ref}, {trust}
        H: Patient: {p.full} ({age}); NHS number {nhs}
        C: From {date} {p.title} refused meals in the segregation unit, and the <<Segregation Supervisor>> {o1m.full} recorded each refusal at <<the servery>>.
        C: The prison doctor {o2f.full} weighed {p.first} once a week, and {p.first} was kept in <<the anti-ligature gown>> after a threat of self-harm.
        C: After three weeks {p.first} agreed to eat, and was given full meals on the healthcare wing with no blood tests <<over the weekend remand>> of the other men.
        C: On {later} {p.first} had a fit, and at {hospital} {d.tdr} found very low phosphate and heart strain, and {p.first} went to {ward}.
        C: {p.first} had <<a Kessler score of 28>> at reception and takes <<zuclopenthixol>> by injection.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, home address {addr}, and was given <<one 250 mg tablet>> of a vitamin by the wing.
        X: The prison's safety lead, {o3.tfull}, said the case was logged as {ref2}, and <<the Independent Monitoring Board>> had visited twice.
        X: {p.first}'s {rel} rang {phone} to ask why the family was not told of the fit.
        X: <<the Prison Act 1952>> rules on segregation reviews were followed, {o4.full} told the panel, but not the feeding advice.
        X: The ward nurse {o5f.full} said {p.first} asked for a {rel} to visit.
        E: Shared with the patient on {next} by {s2.tfull}.
        """,
        ("PSR-^-####", "SEG~####"),
    ),
    _style(
        "immigration_removal_centre_detainee_cough_tuberculosis_review", "prose",
        "review of a detainee in an immigration removal centre whose cough and weight loss were "
        "seen by three nurses without an interpreter before tuberculosis was found",
        """
        H: Incident review {ref}: late diagnosis in a removal centre
        H: Patient: {p.full}, {age}; hospital number {hosp}
        C: On {date} {p.title} told the <<Detainee Custody Officer>> {o1f.full}, by gestures, that the cough had lasted a month.
        C: Three nurses saw {p.first} in <<the interview room>> over two weeks, with no interpreter, and gave cough mixture <<during exercise>> hours.
        C: The <<Case Worker>> {o2m.full} noted that {p.first} had lost weight, but thought it was worry about removal.
        C: On {later} {p.first} coughed blood, and at {hospital} {d.tdr} found tuberculosis of the lungs, and {p.first} was kept on {ward} in a side room.
        C: {p.first} takes <<clonidine>> for blood pressure, and had <<the Koebner phenomenon>> noted for a skin rash by a visiting doctor.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, and the address given on release was {addr}.
        X: The centre's health lead, {o3.tfull}, said the case was logged as {ref2} and that <<Immigration Enforcement>> was told at once.
        X: {p.first}'s {rel} rang {phone} from abroad and asked why no one had spoken to {p.first} in a known language.
        X: <<the Immigration Act 1971>> detention review went ahead <<for the morning list>>, {o4.full} said, while {p.first} was in hospital.
        X: The ward nurse {o5f.full} found a phone interpreter in ten minutes.
        E: Reviewed by the infection control group on {next}; signed by {s2.tfull}.
        """,
        ("IRC-^-####", "TB~-####"),
    ),
    _style(
        "young_offender_institution_boy_restraint_wrist_review", "prose",
        "child review of a sixteen-year-old boy restrained by staff at a young offender "
        "institution, whose broken wrist was called a sprain for a week (child)",
        """
        H: Child safety review {ref}, children's emergency department, {hospital}
        H: Child: {p.tfull}, date of birth {dob}, NHS number {nhs}
        C: On {date} {p.first}, who is {age}, was held on the floor by three staff on the landing after a fight <<during association>>.
        C: The <<Youth Justice Worker>> {o1m.full} saw {p.first} hold the wrist, and the unit nurse called it a sprain and gave <<two 200 mg tablets>> of a painkiller.
        C: A week later the wrist was still swollen, and {p.first} was taken to {hospital}, where {d.tdr} found <<a Holstein-Lewis fracture>> of the arm and a broken wrist bone.
        C: He went to {ward} for an operation, and his {rel} was told by the institution's chaplain, not the healthcare team.
        C: His care plan said to avoid floor holds, as he has <<a Conners score of 70>> and a past injury.
        X: The family live at {addr}, and his hospital number is {hosp}; his {rel}'s mobile is {mob}.
        X: The institution's safety lead, {o2f.tfull}, said the restraint was logged as {ref2} and that <<the body-worn camera>> was off.
        X: {p.first} takes a stimulant at school, his {rel} said, though not in the institution.
        X: The school's nurse {s1.full} was told so she could plan for his return <<until the next court sitting>>.
        X: <<the Children and Young Persons Act 1933>> was quoted in the complaint by {o3.full}, the family's solicitor.
        E: Reviewed by the named nurse for safeguarding, {s2.tfull}, on {next}; referral made to the local authority.
        """,
        ("CSR-^-####", "YOI-~-###"), sex="M", child=True,
    ),
    _style(
        "approved_premises_resident_release_day_overdose_review", "prose",
        "review of a man released from prison to probation approved premises who was found "
        "unresponsive on his first night, after his opioid treatment was not handed over",
        """
        H: Incident review {ref}: overdose on the first night at approved premises
        H: Patient: {p.tfull}, {age}; NHS number {nhs}
        C: On {date} {p.title} arrived at the approved premises from prison with a bag and a letter, and the <<Residential Worker>> {o1f.full} booked him in.
        C: The letter said he took <<lofexidine>> and a daily opioid substitute, but the chemist was shut and no dose was given <<through the night roll>>.
        C: The <<Night Patrol Officer>> {o2m.full} found him blue in his room at the third check, and started chest compressions.
        C: At {hospital} {d.tdr} treated an overdose of street drugs, and he was kept on {ward} for two days.
        C: He had <<a Short Opiate Withdrawal Scale of 21>> in the prison's last note, and his licence was under <<the Offender Rehabilitation Act 2014>>.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, previous home address {addr}; he also takes <<naltrexone>> when offered.
        X: The <<Approved Premises Manager>>, {o3.tfull}, said the event was logged as {ref2}.
        X: {p.first}'s {rel} rang {phone} the next morning and was told nothing until the afternoon.
        X: His probation officer, {o4.full}, said the handover from the prison came <<until the van left>> and no later.
        X: The ward nurse {o5f.full} said he asked whether his licence would be recalled.
        E: Closed after the patient's meeting with {s2.tfull} on {next}.
        """,
        ("IR-^-#####", "APR~####"), sex="M",
    ),
    _style(
        "secure_escort_van_heat_collapse_review", "prose",
        "review of a prisoner who collapsed from heat in a cubicle of a secure escort van on a "
        "long summer journey between a prison and a court",
        """
        H: Patient safety review {ref}: collapse in a secure escort van
        H: Patient: {p.full} ({age}), NHS number {nhs}
        C: On {date} {p.title} was locked in <<cubicle 2>> of an escort van for a journey of four hours to court, on the hottest day of the year.
        C: {p.first} banged on the wall <<during the escort>>, and the <<Escort Officer>> {o1m.full} said the van could not stop on the motorway.
        C: At the court {p.first} was found slumped, and the <<Court Clerk>> {o2f.full} called an ambulance <<for the length of the hearing>> that followed.
        C: At {hospital} {d.tdr} found heat stroke and kidney injury, and kept {p.first} on {ward}, where <<a Pipkin fracture>> of the hip was seen from a fall in the cubicle.
        C: {p.first} takes <<promazine>>, which makes heat harder to bear, and the van's list did not say so.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, home address {addr}, and was given <<one 20 mg capsule>> of a stomach drug on the ward.
        X: The escort contractor's safety manager, {o3m.tfull}, said the van's cooling was logged as broken under {ref2}.
        X: {p.first}'s {rel} rang {phone} from the court's foyer and waited <<until the next court sitting>> for news.
        X: <<HM Inspectorate of Prisons>> has written about hot vans before, {o4.full} told the panel.
        X: {o5.full}, who sat in the next cubicle, said the banging went on for an hour.
        E: Shared with the patient on {next} by {s2.tfull}.
        """,
        ("PSR-^-####", "ESC~-####"),
    ),
    _style(
        "tribunal_hearing_room_very_old_appellant_stroke_review", "prose",
        "review of a very old woman who became confused during a tribunal hearing, whose stroke "
        "was taken for the stress of the hearing (old)",
        """
        H: Stroke review {ref}, {hospital}
        H: Patient: {p.caps}, {age}, NHS number {nhs}
        C: On {date} {p.title} was giving evidence to a tribunal when her words became muddled, and the <<Tribunal Clerk>> {o1f.full} called a break.
        C: The judge thought she was upset, and she sat in the waiting room <<during the adjournment>> with her {rel} for an hour.
        C: The <<Legal Adviser>> {o2m.full} saw her face droop when she came back and rang 999.
        C: At {hospital} {d.tdr} found a stroke, too late for the clot-busting drug, and she went to {ward}.
        C: She takes <<lisinopril>> and <<a 7.5 mg tablet>> of a blood thinner, and her {rel} said she had missed both that morning.
        X: {p.tfull}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and has carers from {prov}.
        X: <<HM Courts and Tribunals Service>> logged the event as {ref2}, {o3f.tfull} of the hearing centre said.
        X: {p.first}'s {rel} rang {phone} <<for the morning list>> the next day before anyone rang back.
        X: She went on to {home} for rehabilitation, under {d2.tdr}, who wrote of her hearing loss.
        X: {o4.full}, the usher, said no first aider was in the building that day.
        E: Stroke panel review closed by {s2.tfull} on {next}.
        """,
        ("STR-^-####", "TRB-~-###"), sex="F", old=True, provider=True,
    ),
    _style(
        "prison_visits_hall_very_old_visitor_fall_review", "prose",
        "review of a very old man who fell on the steps of a prison's visits hall while visiting "
        "his grandson, and whose hip fracture was missed by the first crew (old)",
        """
        H: Falls review {ref}, urgent care and {hospital}
        H: Patient: {p.tfull}, {age}, NHS number {nhs}
        C: On {date} {p.title} came to visit his grandson, and fell on the steps by <<the visits hall>> after the search at <<the sally port>>.
        C: The visits officer {o1m.full} helped him to a chair, and he sat <<for two roll checks>> before the visit ended.
        C: A crew took him home that evening, but the next day his {rel} took him to {hospital}, where {d.tdr} found a broken hip.
        C: He went to theatre from {ward}, and his {rel} said he takes <<clonidine>> and <<dihydrocodeine>>, which may have made him unsteady.
        C: The steps have no rail, and <<the wicket gate>> swings back onto them.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and has carers from {prov}.
        X: The prison's safety officer, {o2f.tfull}, said the fall was logged as {ref2}, and <<the Independent Monitoring Board>> was told.
        X: {p.first}'s {rel} rang {phone} <<through the lunchtime lock-up>> and waited hours for a call.
        X: He went on to {home}, under {d2.tdr}, who found <<an Essex-Lopresti injury>> of the forearm too.
        X: {o3.full}, another visitor, said he could not see the step in the poor light.
        E: Falls panel review closed by {s2.tfull} on {next}.
        """,
        ("FALL-^-####", "VIS~####"), sex="M", old=True, provider=True,
    ),
    _style(
        "custody_detention_log_day_first_compact_csv", "lines",
        "a police custody suite's detention log, exported as CSV with compact day-month-year "
        "dates and officers written as surname in capitals, a slash and an initial, about a "
        "detainee with diabetes whose low blood sugar was taken for drink",
        """
        H: Detention log export {ref} for the detainee {p.full}, {hosp}; pulled by {s1.full}
        H: log_date,log_time,entry,officer
        C: {p.first} booked in at <<the charge desk>>; says diabetic; insulin pen taken for property
        C: {p.first} placed in <<cell 12>>; visits every hour <<for a six-hour detention review>>
        C: {p.title} slurring and sweating; thought to be drink; <<the cell intercom>> not answered
        C: Nurse called; blood sugar 1.8; <<Detainee Custody Officer>> gives glucose gel
        C: Ambulance to {hospital}; {d.tdr} informs a severe low blood sugar
        X: <<the Independent Office for Police Conduct>> referral considered; reference {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Property checked by {o1.full}; <<one 20 mg capsule>> found in a coat pocket
        X: {p.upper} ({age}), NHS {nhs}; takes <<lisinopril>>, not on the booking form
        X: Home address on the custody record: {addr}
        E: Export run by {s2.full} on {ldate}
        """,
        ("CR-^-####", "CUS~####"),
        topup='{stamp},{clock},"{text}",{user}', stamp="%d%m%Y", clock="%H%M",
        signs=("o3", "o4", "o5"), sign_form="slash",
    ),
    _style(
        "segregation_unit_observation_dotted_year_first_csv", "lines",
        "a prison segregation unit's observation sheet, exported as CSV with year-first dates "
        "between dots and officers written as an initial, a dot and the surname in lower case, "
        "about a prisoner who swallowed batteries",
        """
        H: Observation sheet export {ref}; prisoner {p.caps}, {hosp}
        H: obs_date,obs_time,observation,officer
        C: {p.first} on constant watch in <<the constant watch cell>>; <<the tear-proof blanket>> given
        C: {p.first} says swallowed two batteries <<through bang-up>>; healthcare told
        C: {p.title} sick twice; belly pain; <<Segregation Supervisor>> calls the duty doctor
        C: Taken to {hospital}; {d.tdr} informs a battery stuck in the gullet
        C: Cell searched <<for the rest of the lock-down>>; more batteries found in a sock
        X: <<the Prison Act 1952>> segregation review paused; ref {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Escort to hospital led by {o1.full}; <<the rigid-bar handcuffs>> kept on
        X: {p.upper} ({age}), NHS {nhs}; takes <<zuclopenthixol>> by injection
        X: Home address on the prison file: {addr}
        E: Sheet copied by {s2.full} on {ldate}
        """,
        ("OB-^-####", "SEG~####"),
        topup='{stamp},{clock},"{text}",{user}', stamp="%Y.%m.%d", clock="%H:%M",
        signs=("o3", "o4", "o5"), sign_form="flogin",
    ),
    _style(
        "escort_van_journey_log_upper_month_table", "lines",
        "a secure escort van's journey log, pasted as a table with dates whose month is in "
        "capitals between dashes and officers written in capitals surname first, about a "
        "prisoner who had a fit in a cubicle on the way to court",
        """
        H: Journey log extract {ref}; prisoner {p.caps}, {hosp}
        H: | date | time | journey event | escort |
        C: Van leaves the prison through <<the sally port>>; {p.first} in <<cubicle 2>>
        C: {p.first} shouts; then silent; <<Escort Officer>> looks through the hatch
        C: {p.first} fitting on the cubicle floor <<during the escort>>; van pulls onto the hard strip
        C: Ambulance to {hospital}; {d.tdr} informs a fit from missed medicine
        C: Court told by phone; case put back <<until the next court sitting>>
        X: <<the Criminal Justice Act 2003>> order noted on the warrant; ref {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Medicine bag left at the prison by {o1.full}; <<two 200 mg tablets>> in it
        X: {p.upper}; NHS {nhs}; takes <<clonidine>> and a fit medicine
        X: Home address on the warrant: {addr}
        E: Log copied by {s2.full} on {ldate}
        """,
        ("JL-^-####", "VAN~####"),
        topup="| {stamp} | {clock} | {text} | {user} |", stamp="%d-%b-%Y", clock="%H:%M",
        upper_stamp=True, signs=("o3", "o4", "o5"), sign_form="supper",
    ),
    _style(
        "youth_court_cells_girl_asthma_slashed_year_first_table", "lines",
        "a youth court's cells occupancy sheet, pasted as a table with year-first dates between "
        "slashes and staff written as surname, a comma and the first name, about a fifteen-year-"
        "old girl whose asthma attack in the cells was taken for panic (child)",
        """
        H: Cells sheet extract {ref}; child {p.full}, {hosp}
        H: | date | time | occupancy note | staff |
        C: {p.first} brought to <<the holding room>> with an <<Appropriate Adult>>
        C: {p.first} wheezing; inhaler left in the van <<until the van left>> the yard
        C: {p.first} crying and short of breath; staff think it is panic
        C: Ambulance to {hospital}; {d.tdr} informs a severe asthma attack
        C: {p.first}'s {rel} on the way; <<the Crown Prosecution Service>> told of the delay
        X: <<the Crime and Disorder Act 1998>> order checked; ref {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Child's home address from the warrant: {addr}
        X: Inhaler fetched by the <<Court Clerk>> <<for the morning list>>
        X: {p.upper}; NHS {nhs}; has <<the Koebner phenomenon>> from eczema
        E: Sheet copied by {s2.full} on {ldate}
        """,
        ("YCS-^-####", "YC~####"),
        sex="F", child=True, topup="| {stamp} | {clock} | {text} | {user} |", stamp="%Y/%m/%d",
        clock="%H%M", signs=("o3", "o4", "o5"), sign_form="lastfull",
    ),
    _style(
        "removal_centre_welfare_chat_comma_stamp_thread", "lines",
        "a removal centre's welfare team chat, pasted with day, month and year stamps followed by "
        "a comma and the clock with seconds, and staff written by their full display names, about "
        "a detainee whose foot ulcer went bad",
        """
        H: Chat export {ref}; about {p.full}; case {hosp}
        H: Group: welfare team. Times are the centre's clock.
        C: {p.first} limping in <<the exercise yard>>; says the foot is wet in the shoe
        C: Nurse asks to see {p.first} <<during association>>; foot smells bad
        C: {p.first} says no interpreter at the clinic; <<Case Worker>> books one
        C: {p.first} at {hospital}; {d.tdr} says the foot ulcer is infected to the bone
        C: {p.first} kept on {ward}; <<Immigration Enforcement>> told of the move
        X: HR asks for {p.first}'s release address: {addr}
        X: {p.first}'s {rel} asks for news on {phone}; reference {ref2}
        X: <<the Immigration Act 1971>> review moved; legal team told
        X: {p.first} also takes <<lansoprazole>>; asks if it matters with the antibiotics
        X: Shoes checked by {o1.full} <<for the rest of the lock-down>>
        E: Export saved by {s2.full} on {ldate}
        """,
        ("WC-^-####", "IRC~####"),
        topup="[{stamp}, {clock}] {user}: {text}", stamp="%d/%m/%Y", clock="%H:%M:%S",
        signs=("o3", "o4", "o5"), sign_form="full",
    ),
    _style(
        "approved_premises_night_log_ordinal_day", "lines",
        "an approved premises' night log, with year and day-of-the-year stamps and staff written "
        "in square brackets at the end of the line, as initials or surname, slash, initial, about "
        "a resident who fell down the stairs after curfew",
        """
        H: Night log {ref}; resident {p.full}, {hosp}
        H: Night log, in time order; each entry signed in brackets.
        C: Curfew check; {p.first} in room; says feeling faint <<through the night roll>>
        C: Crash on the stairs; {p.first} at the bottom; <<Night Patrol Officer>> calls 999
        C: {p.first} drowsy; head wound; <<the ankle tag>> strap cut by the crew
        C: At {hospital} {d.tdr} informs a bleed on the brain; <<a Tillaux fracture>> of the ankle
        C: Probation told; curfew breach not recorded <<for the morning list>>
        X: <<the Parole Board>> told of the admission; ref {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Stair light reported broken by {o1.full} <<for two roll checks>>
        X: {p.upper} ({age}), NHS {nhs}; takes <<nalmefene>> for drink
        X: Home address before prison: {addr}
        E: Log closed by {s2.full} on {ldate}
        """,
        ("NL-^-####", "AP~####"),
        topup="{stamp} {clock} {text} [{user}]", stamp="%Y-%j", clock="%H:%M",
        signs=("o3", "o4", "o5"), sign_form="init|slash",
    ),
    _style(
        "duty_solicitor_client_custody_fit_hospital_letter", "letter",
        "a duty solicitor writes to a hospital's legal team about a client who had a fit in a "
        "police interview room, with a note of what the client told her",
        """
        H: {ldate}¶Solicitors' office, {town}¶Our ref: {ref}¶¶Legal services, {trust}
        H: Dear {s2.title},
        C: As you asked, I write about my client {p.tfull}, date of birth {dob}, who had a fit in <<the interview room>> of the custody suite on {date}.
        C: I was the <<Duty Solicitor>> that night, and my client told me before the interview that the fit medicine had been taken at booking and not given back.
        C: The interviewing officer, {o1m.full}, carried on <<for a six-hour detention review>> before anyone checked my client's medicine.
        C: I understand that at {hospital} {d.tdr} found a head wound from the fall and <<a Bosworth fracture>> of the ankle.
        C: I make this note knowing it may go before <<the Legal Aid Agency>> and the court.
        X: For your file, my client's address is {addrb}, and the NHS number you gave us is {nhs}.
        X: The hospital number on your letter is {hosp}; the police event number is {ref2}, and {o2.full} of the custody team holds the record.
        X: My client's {rel}, {r.full}, has asked that letters go to my office, not the family home.
        X: The custody video runs <<for two roll checks>> only, so the tape may be short; {o3.full} holds it.
        X: Please write to me at {email2} or ring {phone}; {o4.full} from our office can help on most days.
        E: Yours sincerely,¶¶{s1.full}¶Solicitor
        """,
        ("DS/~/####", "PEV-####"),
    ),
    _style(
        "prison_governor_very_old_prisoner_family_letter", "letter",
        "a prison governor writes to the family of a very old prisoner who fell in his cell at "
        "night and lay on the floor until the morning unlock (old)",
        """
        H: {ldate}¶Governor's office, {town}¶Our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.title},
        C: I am writing, as you asked, about {date}, when your {rel}, {p.full}, fell in his cell and lay on the floor <<through the night roll>>.
        C: The night officer, {o1m.full}, looked through <<the observation panel>> at the count and thought he was asleep on the floor, as he sometimes was.
        C: At the morning unlock he was cold and could not stand, and he was taken to {hospital}, where I understand {d.tdr} found a broken hip and a chest infection.
        C: I am sorry that <<the cell call bell>> was out of his reach, and that you were told by another prisoner's family before we rang you.
        C: We have moved older men to cells near the office, after advice from <<the Prisons and Probation Ombudsman>>.
        X: Our records give his age as {age} and his date of birth as {dob}.
        X: The hospital gave us the number {hosp}; I understand he takes <<risperidone>> and <<a 7.5 mg tablet>> of a blood thinner.
        X: Our reference for your complaint is {ref2}, and {o2.full} from our team will ring you <<during association>> hours next week.
        X: You can reach me on {phone}, or the prison's family line at {email2}; the <<Wing Manager>>, {o3.full}, has the night log.
        X: A copy of this letter goes to his GP at {gp}, as you asked, and to his carers at {prov}.
        E: Yours sincerely,¶¶{s1.full}¶Governor
        """,
        ("GOV/~/####", "COM-####"), sex="M", old=True, provider=True,
    ),
    _style(
        "probation_officer_approved_premises_insulin_gp_email", "letter",
        "a probation officer e-mails a GP about a resident of approved premises whose insulin ran "
        "out because his prescription stayed with the prison",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {email}¶Subject: urgent prescription, our ref {ref}
        H: Dear {d.tdr},
        C: I am writing about {p.full}, who came to live at our approved premises on {date} and whose insulin ran out two days later.
        C: {p.first} told the <<Residential Worker>> {o1m.full} that the prison had said a prescription would follow, but none came <<over the weekend remand>> period.
        C: On {later} {p.first} was sick and drowsy, and at {hospital} {d2.tdr} found a very high blood sugar and acid in the blood.
        C: Our <<Approved Premises Manager>> has written to the prison, and {p.first} has a curfew that makes clinic times hard.
        C: The licence is under <<the Offender Rehabilitation Act 2014>>, but I am more worried about the insulin.
        X: For your records: {p.caps}, date of birth {dob}, NHS number {nhs}, {addr}; {p.first} also takes <<lisinopril>> each morning.
        X: {p.first}'s mobile is {mob}, and {p.first}'s {rel} {r.full} would like to come to the appointment.
        X: The event was recorded under {ref2}, and {o2.full} has set the curfew so {p.first} can reach the surgery <<for the morning list>>.
        X: Our guidance on prescriptions after release is on the service's site at {url}.
        X: Please ring me on {phone}; our health lead {o3.full} can also help <<during the adjournment>> of any hearing.
        E: Regards,¶{s1.full}¶Probation Officer
        """,
        ("PO-~-###", "APX-#####"),
    ),
    _style(
        "youth_court_legal_adviser_boy_faint_family_letter", "letter",
        "a youth court's legal adviser writes to a boy's parents about the morning he fainted in "
        "the court room, and the hour before anyone checked his blood sugar (child)",
        """
        H: {ldate}¶Youth court office, {town}¶Our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.title},
        C: I am writing, as you asked, about {date}, when your son, {p.full}, fainted in the court room as his case was called.
        C: Our usher, {o1m.full}, sat him down, and he waited in <<the holding room>> <<for the length of the hearing>> of the case before his.
        C: He was taken to {hospital} only after the list ended, where I understand {d.tdr} found a low blood sugar from his diabetes and treated him on {ward}.
        C: I am sorry that the <<Youth Justice Worker>> and the usher were the only adults told, and that neither rang you during the morning.
        C: We have put glucose in every court room and trained our staff, after advice from <<HM Courts and Tribunals Service>>.
        X: Our records give {p.first}'s date of birth as {dob} and his NHS number as {nhs}, as the ambulance crew wrote them.
        X: The hospital gave us the number {hosp}; I understand he had <<a Young Mania Rating Scale of 18>> on a form from last year, which is not relevant here.
        X: Our reference is {ref2}, and {o2.full} from our team will ring you <<until the next court sitting>> is fixed.
        X: You can reach me on {phone}, or our office at {email2}; the <<Appropriate Adult>> on the day was {o3.full}.
        X: A copy of this letter goes to his GP at {gp}, as you asked, and to his school.
        E: Yours sincerely,¶¶{s1.full}¶Legal Adviser
        """,
        ("YC/~/####", "YCL-####"), sex="M", child=True,
    ),
    _style(
        "removal_centre_manager_detainee_discharge_email", "letter",
        "a removal centre's health manager e-mails a hospital's patient advice service about a "
        "detainee sent back from hospital with no medicine and no letter",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {email}¶Subject: concern about discharge, ref {ref}
        H: Dear {s2.first},
        C: I am the <<Healthcare Manager>> at the centre, and I write about {p.tfull}, a detainee who was sent back to us from your hospital on {date}.
        C: Our night nurse, {o1f.full}, found {p.first} at the door with no discharge letter and no medicine <<until the van left>>.
        C: The escort said {p.first} had been treated for a clot in the lung at {hospital} by {d.tdr}, but had no blood thinner with {p.first}.
        C: Another nurse, {o2m.full}, found {p.first} on {later} short of breath, and {p.first} was taken back and treated on {ward}.
        C: {p.first} speaks little English, and the leaflet was in English only.
        X: The details, for your records: {p.caps}, hospital number {hosp}, NHS number {nhs}, last address {addr}; {p.first} takes <<clonidine>> too.
        X: {p.first}'s {rel} {r.full} rang our office on {phone} and asked that someone checks on {p.first} <<during exercise>> each day.
        X: The centre's event report is {ref2}, and {o3m.last} of <<Immigration Enforcement>> has asked for advice.
        X: Our discharge rules follow <<the Immigration Act 1971>> guidance on detainees, led by {o4.full}.
        X: I copied this to {email2}, the council's adult social care team, and to the GP at {gp}.
        E: Kind regards,¶{s1.full}¶Healthcare Manager
        """,
        ("IRC-^-###", "DIS-######"),
    ),
    _style(
        "escort_contractor_van_injury_family_response_letter", "letter",
        "an escort contractor's customer manager answers the family of a prisoner who broke an "
        "arm when a van braked hard and he was not belted in",
        """
        H: {ldate}¶Customer office, {town}¶Our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.title},
        C: I write about {date}, when the van taking your {rel}, {p.full}, to court braked hard and {p.first} was thrown against the cubicle wall.
        C: I am very sorry that the cubicle has no belt and that {p.first} sat with a broken arm <<during the escort>> to court.
        C: I understand that {p.first} was taken to {hospital}, where {d.tdr} found <<a Holstein-Lewis fracture>> and kept {p.first} on {ward}.
        C: Our <<Escort Officer>> on the day, {o1m.full}, rang the court, and our driver, {o2f.full}, stayed with {p.first}.
        C: We follow the advice of <<HM Inspectorate of Prisons>> on vans, and we have written to every driver.
        X: Our records show {p.first}'s date of birth as {dob}, which the prison gave us.
        X: The hospital gave us, with leave, the number {hosp}; I know {p.first} takes <<dihydrocodeine>> for pain.
        X: Our area manager, {o3.full}, has asked to meet you <<for the morning list>> of a day that suits you.
        X: You can reach our team on {phone}, or the council's office at {email2}; our <<Healthcare Manager>> will call you too.
        X: A copy of this letter goes to {p.first}'s GP at {gp}, as you asked.
        E: Yours sincerely,¶¶{s1.full}¶Customer Manager
        """,
        ("ESC/~/####", "CUS-####"),
    ),
    _style(
        "tribunal_clerk_very_old_appellant_daughter_email", "letter",
        "a tribunal's clerk e-mails the relative of a very old appellant who fell in the hearing "
        "centre's lift lobby, and what the hospital found (old)",
        """
        H: From: {o1.pemail}¶Sent: {ldate} {time}¶To: {r.pemail}¶Subject: {p.first}, our ref {ref}
        H: Dear {r.first},
        C: I am so sorry about {p.first}, and as you asked I have written down what our staff saw when she fell by the lift on {date}.
        C: Our usher, {o2f.full}, saw her trip on the mat and fall, and sat with her <<for the length of the hearing>> that was due.
        C: She was talking but muddled, and our <<Listing Officer>> {o3m.full} kept her still <<during the adjournment>> until the ambulance came to take her to {hospital}.
        C: I understand {d.tdr} found a broken wrist and <<a Tillaux fracture>> of the ankle, and she was kept on {ward}.
        C: We have written to <<HM Courts and Tribunals Service>> to ask for a new mat.
        X: For the hospital's form, her address is {addr}, and her date of birth is {dob}; she is {age}.
        X: Her NHS number was on the card in her bag, {nhs}, which I gave to the hospital with her <<lisinopril>>.
        X: She had told our usher <<for the morning list>> of an earlier hearing that she had fallen before.
        X: Our office is on {street}, and its phone is {phone}; we answer <<through the lunchtime lock-up>> too.
        X: If it helps, my own number is {mob}, and our centre manager is {o4.last}, the <<Tribunal Clerk>> before me.
        E: With best wishes to her,¶{o1.full}¶Tribunal Clerk
        """,
        ("TC-~-##", "HRC-####"), sex="F", old=True,
    ),
    _style(
        "prison_monitor_missed_hospital_escort_letter", "letter",
        "a member of a prison's monitoring board writes to a hospital's consultant about a "
        "prisoner whose cancer appointments were missed three times for want of an escort",
        """
        H: {ldate}¶Board office, {town}¶Our ref: {ref}¶¶{d.tdr}¶{hospital}
        H: Dear {d.tdr},
        C: I write about {p.tfull}, date of birth {dob}, whose appointment with you on {date} was missed because no escort was free.
        C: The <<Wing Manager>>, {o1f.full}, told me that two earlier visits had been missed the same way <<through the lunchtime lock-up>> rota.
        C: When {p.first} was seen at last, {d2.tdr} found the lump had grown, and {p.first} was taken straight to {ward}.
        C: {p.first} has <<Mondor's disease>> in the notes from years ago, and the prison's nurse thought the lump was the same.
        C: I write as a member of <<the Independent Monitoring Board>>, and the board will report the missed visits.
        X: {p.first}'s address, as on the prison file, is {addrb}; {p.first} takes <<lansoprazole>> and <<a 30 mg capsule>> at night.
        X: {p.first}'s NHS number is {nhs}, and the hospital number you gave us is {hosp}.
        X: Our reference is {ref2}, and the prison's <<Healthcare Manager>> {o2m.tfull} would like to hear how {p.first} is.
        X: The prison has promised an escort <<for two roll checks>> ahead of each visit, after advice from {o3.full}.
        X: Please ring me on {phone}; I have copied this to your team at {email}.
        E: Yours sincerely,¶¶{s1.full}¶Board Member
        """,
        ("IMB-~-###", "ESC-######"),
    ),
)
# fmt: on

# Top-up sentences, one set per register: prose reviews, logs and letters.
SHARED = (
    "The review panel sat on {next}, and {s2.full} told it the event had been reported late by the custody provider.",
    "{p.first}'s {rel} asked to see the review and for a copy to go to {p.pemail}.",
    "With the family's leave, a summary was sent to {gp}.",
    "{o5.full}, on duty <<for two roll checks>> that day, gave a written account.",
    "The timeline was checked against the custody records and the notes held by {council}.",
    "The patient's home address, from the record, is {addr}.",
    "The panel blamed no one and thanked {o5.fl} for an honest account.",
    "Questions about the review may go to {s2.email} or to the governance office on {phone}.",
    "{p.title} was asked to quote {ref2} when writing about the review.",
    "The findings went to {hospital2}, whose staff had treated a prisoner hurt by <<the wicket gate>> last year.",
    "{o5.tfull}, a panel member, asked that <<the Prisons and Probation Ombudsman>> be sent the findings.",
    "The lead nurse of {ward2} was told, as the patient had stayed there <<over the weekend remand>> a year before.",
    "How the trust reviews deaths and harm is set out at {url}.",
    "The custody provider still held an old address, {addr2}, which {o5.last} in its office has put right.",
)  # fmt: skip
SHARED_LINES = (
    "{p.first}'s {rel} rang for news",
    "{s2.full} on duty told; nothing more tonight",
    "Family given reference {ref2}",
    "E-mail sent to {gp}",
    "Voicemail left for {o5.full} on {mob}",
    "Open actions passed to {s2.fl} at handover",
    "{hospital2} rang: no record of the patient",
    "Home address confirmed as {addr}",
    "Rang {p.title} to check: no answer <<through the night roll>>",
    "Staff note: <<the ligature knife>> signed back in by {o5.lower}",
    "Old address still on the file: {addr2}; {o5.last} to put right",
)  # fmt: skip
SHARED_LETTER = (
    "{s2.full}, who leads on patient safety for {trust}, has been sent a copy.",
    "If you would like to talk about any of this, my number is {phone}.",
    "Please give our reference, {ref2}, when you reply.",
    "I have let {p.first}'s {rel} know that I am writing.",
    "I am grateful to {o5.full}, who helped me with this letter.",
    "A copy stays on our file for {p.caps}.",
    "You may write to me at the address above or to the hospital's team at {email}.",
    "As the family asked, {gp} has a copy, though our office has been short of staff <<during association>> hours for weeks.",
    "A call to {p.first} on {phone} or {mob} would be welcome, I am sure.",
    "At the family's wish, {council} has been told too.",
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
        """The surname without an Asturian particle: its initial is the one people write."""
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
    if name in DOUBLE_SURNAME_GROUPS and roll < 0.55:  # "Llaneza Tamargo", no hyphen
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
        self.day = date(2025, 5, 2) + timedelta(days=rng.randint(0, 520))
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
