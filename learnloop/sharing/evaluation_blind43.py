"""A forty-third blind de-identification evaluation pack: culture and media.

Synthetic UK narratives with the gold span of every identifier, written without reading the
engine (see evaluation_blind43.md). The settings are new to the packs: a theatre's fly floor and
wings, a film set and its stunts, a broadcast studio's gallery, a concert tour's crew and bus, a
newsroom, an opera festival, a touring ballet, a child performer's chaperone, a film unit's
production report, a playout log, a stage door sign-in sheet, a lighting console's log, a
newsroom chat and a tour's day sheet. People come from Faker through the shared code and from the
pack's own lists: Cebuano (with "dela" and "delos" surnames), Sicilian (with "Lo", "La" and "Li"
surnames), Buryat (with "-ova"/"-eva" for women), Kamba and Assamese.

The interface is pack 42's: ``generate(count, seed=1)``, ``example(rng, number, style=None)``,
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

PREFIX = "blind43"
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
_RBWM = ("Royal Borough of Windsor and Maidenhead", "rbwm.gov.uk")
_WOXON = ("West Oxfordshire District Council", "westoxon.gov.uk")
_NHERTS = ("North Hertfordshire Council", "north-herts.gov.uk")
TOWN_INFO = {
    "Shepperton": (
        "TW17", "01932", "Thames Meadows", "Spelthorne Borough Council", "spelthorne.gov.uk",
    ),
    "Longcross": ("KT16", "01932", "Thames Meadows", "Runnymede Borough Council", "runnymede.gov.uk"),
    "Iver": ("SL0", "01753", "Colne Valley", *_BUCKS),
    "Denham": ("UB9", "01895", "Colne Valley", *_BUCKS),
    "Farnham Common": ("SL2", "01753", "Colne Valley", *_BUCKS),
    "Beaconsfield": ("HP9", "01494", "Misbourne Valley", *_BUCKS),
    "Great Missenden": ("HP16", "01494", "Misbourne Valley", *_BUCKS),
    "Bourne End": ("SL8", "01628", "Thames Reach", *_BUCKS),
    "Cookham": ("SL6", "01628", "Thames Reach", *_RBWM),
    "Bray": ("SL6", "01628", "Thames Reach", *_RBWM),
    "Wraysbury": ("TW19", "01784", "Thames Reach", *_RBWM),
    "Dunsfold": ("GU8", "01483", "Wey Hills", "Waverley Borough Council", "waverley.gov.uk"),
    "Abbots Langley": (
        "WD5", "01923", "Gade Valley", "Three Rivers District Council", "threerivers.gov.uk",
    ),
    "Radlett": ("WD7", "01923", "Gade Valley", "Hertsmere Borough Council", "hertsmere.gov.uk"),
    "Bovingdon": ("HP3", "01442", "Gade Valley", "Dacorum Borough Council", "dacorum.gov.uk"),
    "Knebworth": ("SG3", "01438", "Mimram Valley", *_NHERTS),
    "Codicote": ("SG4", "01438", "Mimram Valley", *_NHERTS),
    "Thaxted": ("CM6", "01371", "Chelmer Vale", "Uttlesford District Council", "uttlesford.gov.uk"),
    "Cardington": ("MK44", "01234", "Ouse Levels", "Bedford Borough Council", "bedford.gov.uk"),
    "Woodstock": ("OX20", "01993", "Evenlode Vale", *_WOXON),
    "Bampton": ("OX18", "01993", "Windrush Vale", *_WOXON),
    "Lacock": ("SN15", "01249", "Avon Meadows", "Wiltshire Council", "wiltshire.gov.uk"),
    "Pilton": ("BA4", "01749", "Mendip Vale", "Somerset Council", "somerset.gov.uk"),
    "Ringmer": ("BN8", "01273", "Glynde Levels", "Lewes District Council", "lewes-eastbourne.gov.uk"),
    "Henley-in-Arden": (
        "B95", "01564", "Forest of Arden", "Stratford-on-Avon District Council", "stratford.gov.uk",
    ),
    "Hay-on-Wye": ("HR3", "01497", "Wye Border", "Powys County Council", "powys.gov.uk"),
    "Penrhyndeudraeth": ("LL48", "01766", "Dwyryd Estuary", "Gwynedd Council", "gwynedd.llyw.cymru"),
    "Goathland": ("YO22", "01947", "Esk Moors", "North Yorkshire Council", "northyorks.gov.uk"),
    "Haworth": (
        "BD22", "01535", "Worth Valley", "City of Bradford Metropolitan District Council",
        "bradford.gov.uk",
    ),
    "Wymondham": ("NR18", "01953", "Tiffey Vale", "South Norfolk Council", "south-norfolk.gov.uk"),
    "Flaunden": ("HP3", "01442", "Gade Valley", "Dacorum Borough Council", "dacorum.gov.uk"),
}  # fmt: skip
LOCALITIES = {
    "Shepperton": ("Upper Halliford", "Littleton"), "Longcross": ("Lyne", "Ottershaw"),
    "Iver": ("Iver Heath", "Richings Park"), "Denham": ("Denham Green", "Higher Denham"),
    "Farnham Common": ("Hedgerley", "Stoke Poges"), "Beaconsfield": ("Seer Green", "Jordans"),
    "Great Missenden": ("Prestwood", "Great Kingshill"),
    "Bourne End": ("Wooburn Green", "Flackwell Heath"), "Cookham": ("Cookham Dean", "Cookham Rise"),
    "Bray": ("Holyport", "Oakley Green"), "Wraysbury": ("Horton", "Datchet"),
    "Dunsfold": ("Alfold", "Chiddingfold"), "Abbots Langley": ("Bedmond", "Hunton Bridge"),
    "Radlett": ("Shenley", "Letchmore Heath"), "Bovingdon": ("Chipperfield", "Belsize"),
    "Knebworth": ("Woolmer Green", "Datchworth"), "Codicote": ("Kimpton", "Old Knebworth"),
    "Thaxted": ("Great Easton", "Debden"), "Cardington": ("Cotton End", "Shortstown"),
    "Woodstock": ("Bladon", "Wootton"), "Bampton": ("Clanfield", "Brize Norton"),
    "Lacock": ("Notton", "Bowden Hill"), "Pilton": ("West Pennard", "Croscombe"),
    "Ringmer": ("Glynde", "Laughton"),
    "Henley-in-Arden": ("Wootton Wawen", "Tanworth-in-Arden"), "Hay-on-Wye": ("Clyro", "Cusop"),
    "Penrhyndeudraeth": ("Minffordd", "Llanfrothen"), "Goathland": ("Beck Hole", "Darnholm"),
    "Haworth": ("Oxenhope", "Stanbury"), "Wymondham": ("Spooner Row", "Silfield"),
    "Flaunden": ("Chenies", "Sarratt"),
}  # fmt: skip
TOWNS = tuple((town, info[0], info[1]) for town, info in TOWN_INFO.items())
HOSP_FORMS = ("AA999999", "9999999A", "A99A9999")
TOWN_HOSP = {town: HOSP_FORMS[index % 3] for index, town in enumerate(TOWN_INFO)}

STREETS = ("Gules", "Azure", "Argent", "Tenne", "Purpure", "Vert")
STREET_KINDS = ("Street", "Road", "Lane", "Avenue", "Walk", "Crescent", "Grove", "Mews")
WARDS = ("Barometer", "Ammonite", "Belemnite", "Trilobite", "Crinoid", "Graptolite")
WARD_KINDS = ("Ward", "Ward", "Suite", "Ward")
HOMES = ("Chervil House", "Tarragon Court", "Lovage House", "Borage Lodge", "Chervil Lodge")
PROVIDERS = ("Bowline", "Sheepshank", "Cleat", "Reefknot")
PROVIDER_KINDS = ("Home Care Ltd", "Care Partners", "Support at Home", "Care Team")
PRACTICES = ("Quire", "Ream", "Foolscap", "Octavo", "Quarto")
PRACTICE_KINDS = ("Surgery", "Medical Centre", "Family Practice", "Health Partnership")
HOSPITAL_FORMS = (
    "{town} Jubilee Hospital", "{county} Hospital", "{town} Memorial Hospital",
    "{county} General Hospital",
)  # fmt: skip
TRUST_FORMS = (
    "{county} Healthcare NHS Foundation Trust", "{county} and {town} Hospitals NHS Trust",
    "{county} Community and Acute NHS Trust",
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Look-alikes: written in, never gold (each kind is tracked as negatives)
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "drug": (
        "nebivolol", "bisoprolol", "lercanidipine", "perindopril", "ivabradine", "dosulepin",
        "agomelatine", "zolpidem", "buspirone", "hydroxyzine", "rizatriptan", "levetiracetam",
    ),
    "dose": (
        "a 40 mg tablet", "two 25 mg capsules", "one spray in each nostril", "a 20 mg capsule",
        "a 1 g sachet", "two 500 mg capsules", "half a 5 mg tablet",
    ),
    "score": (
        "a Voice Handicap Index of 42", "a Tinnitus Handicap Inventory of 38",
        "a Tegner score of 4", "a Lysholm score of 70", "a VISA-A score of 60",
        "a Mayo elbow score of 80", "a Constant shoulder score of 55",
    ),
    "device": (
        "the fly bar", "the follow spot", "a boom mic", "the counterweight rail",
        "the smoke machine", "the lighting desk", "the camera dolly", "the in-ear monitors",
        "the autocue", "the trap door", "the talkback",
    ),
    "national": (
        "Equity", "the Musicians' Union", "the British Film Institute",
        "the Society of London Theatre", "the Independent Press Standards Organisation", "BECTU",
        "the Association of British Theatre Technicians",
        "the British Board of Film Classification", "the National Union of Journalists",
    ),
    "law": (
        "the Theatres Act 1968", "the Children and Young Persons Act 1963",
        "the Copyright, Designs and Patents Act 1988", "the Broadcasting Act 1990",
        "the Communications Act 2003", "the Defamation Act 2013",
        "the Children (Performances and Activities) (England) Regulations 2014",
    ),
    "eponym": (
        "Hoffmann's sign", "Rinne's test", "Neer's test", "Ober's test", "Schober's test",
        "Patrick's test", "Yergason's test", "Adson's test", "Osler's nodes",
    ),
    "word": (
        "Head of Wardrobe", "Chief Electrician", "Fly Operator", "Stage Door Keeper",
        "First Assistant Director", "Unit Medic", "Location Manager", "Stunt Coordinator",
        "Tour Manager", "Production Manager", "Duty Editor", "Night Editor", "News Editor",
        "Studio Director", "Intimacy Coordinator", "Head of Sound", "Camera Operator",
        "Sound Recordist", "Vision Mixer",
    ),
    "bed": (
        "dressing room 4", "stage left", "the green room", "the wings", "the fly floor",
        "gallery 2", "box 6", "sound stage 5", "the prompt corner", "edit suite 2",
    ),
    "duration": (
        "for the whole of Act One", "through the interval", "for two performances",
        "for the matinee", "for a twelve-hour shoot day", "over the get-out", "during the tech",
        "for the rest of the tour", "for eleven takes", "for the live broadcast",
        "during the curtain call", "for three cues",
    ),
}  # fmt: skip
NATIONAL = LOOKALIKES["national"]

# ---------------------------------------------------------------------------------------------
# People of the pack's own lists
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    "Cebuano": {
        "F": ("Lorna", "Jocelyn", "Marites", "Rhodora", "Jonalyn", "Charina", "Mylene", "Jesusa",
              "Lilibeth"),
        "M": ("Romeo", "Ariel", "Joel", "Reynaldo", "Edgardo", "Danilo", "Junrey", "Kimuel"),
        "L": ("Dela Cerna", "Delos Trinos", "Dela Torre", "Delos Angeles", "Dela Pena", "Abellana",
              "Cabahug", "Bacalso", "Alcoseba", "Lapitan", "Villamor", "Ouano", "Cuizon",
              "Lumapas", "Tudtud"),
    },
    "Sicilian": {
        "F": ("Concetta", "Santina", "Agata", "Carmela", "Crocifissa", "Nunzia", "Graziella"),
        "M": ("Calogero", "Gaetano", "Rosario", "Salvatore", "Carmelo", "Santino"),
        "L": ("Lo Presti", "La Mantia", "Li Causi", "Lo Cascio", "Li Vigni", "Lo Verde",
              "Scimeca", "Cusumano", "Buttitta", "Sciascia", "Agnello", "Spataro"),
    },
    "Buryat": {
        "F": ("Sesegma", "Tuyana", "Dulma", "Erzhena", "Sayana", "Darima", "Ayuna"),
        "M": ("Dashi", "Zorigto", "Bato", "Tsyren", "Munko", "Aldar", "Zhargal"),
        "L": ("Dashiev", "Tsydenov", "Batuev", "Dorzhiev", "Bazarov", "Tsyrenov", "Munkuev",
              "Zhamsuev", "Budaev", "Garmaev", "Sampilov", "Badmaev"),
    },
    "Kamba": {
        "F": ("Mwikali", "Mueni", "Nduku", "Mwende", "Kanini", "Syokau", "Ndinda"),
        "M": ("Musyoka", "Mutua", "Kioko", "Mutuku", "Muthoka", "Kyalo", "Munyao", "Kilonzo"),
        "L": ("Musau", "Kimeu", "Muthama", "Nzioka", "Mulwa", "Kivuva", "Mbithi", "Ndolo",
              "Kasyoka", "Wambua", "Nzomo", "Mwanzia"),
    },
    "Assamese": {
        "F": ("Mousumi", "Pranami", "Jyotishmita", "Rimjhim", "Barnali", "Chayanika"),
        "M": ("Bhaskar", "Jintu", "Dhruba", "Pranjal", "Himangshu", "Nilotpal", "Bidyut"),
        "L": ("Gogoi", "Saikia", "Bordoloi", "Phukan", "Hazarika", "Kakoti", "Borgohain",
              "Rajkhowa", "Baruah", "Kalita", "Deka", "Mahanta"),
    },
}  # fmt: skip
OWN_FIRST = {sex: tuple(n for g in OWN_GROUPS.values() for n in g[sex]) for sex in "FM"}
OWN_LAST = tuple(n for g in OWN_GROUPS.values() for n in g["L"])
# Surnames that are English words of stages and studios, written alone now and then.
WORD_NAMES = (
    "Prompter", "Fiddler", "Piper", "Dancer", "Mummer", "Drummer", "Bugler", "Gilder", "Tumbler",
    "Chanter",
)  # fmt: skip
ALL_WORD_NAMES = frozenset(WORD_NAMES)
NICKNAMES = {
    "Salvatore": ("Turi",), "Carmelo": ("Melo",), "Concetta": ("Cettina",), "Edgardo": ("Egay",),
    "Himangshu": ("Himu",), "Lilibeth": ("Bebeth",), "Jyotishmita": ("Jyotish",),
    "Zhargal": ("Zhara",), "Reynaldo": ("Naldo",),
}  # fmt: skip
# Cebuano surnames open with "Dela" or "Delos": capital alone or after a title ("Mrs Dela
# Cerna") and lower case after a first name ("Lorna dela Cerna"). Sicilian "Lo", "La" and "Li"
# keep their capital everywhere ("Salvatore Lo Presti"). The particle is inside the span.
PARTICLE_WORDS = ("Delos", "Dela")
CAPITAL_PARTICLES = ("Lo", "La", "Li")
PARTICLES = r"\b(?:[Dd]elos|DELOS|[Dd]ela|DELA|Lo|LO|La|LA|Li|LI)[ _-]"
# Buryat surnames in -ov/-ev take -a for a woman.
FEMININE_GROUPS = frozenset({"Buryat"})
# Initials that read as an abbreviation: a person with these is written "J. Surname".
CLINICAL_INITIALS = frozenset(
    """AF AKI BD BP CD CT DM DNR EC ED FY GP HB HR ID IM IV MI MR MS NG OD OK OT PE PM PO PR
    QDS RN SC TB TDS UK UTI VF VT WC AM NO SO DO GO TO IT AS AT BE BY HE IF IN IS ME MY OF ON
    OR UP US WE CPR DOA ECG GCS ICU NHS PRN SOB TIA TTO ABC AND FOR THE BM DSM ASM FOH LX SM
    AD DOP TX BBC ITV DJ MC FX SFX OB PA LA LI LO""".split()
)
NAME_FORMS = (
    "full first last title tfull dr tdr init ini caps upper lower nick email pemail poss fl "
    "login rota lfi dotup under lastcomma jlogin fU sfirst dotted tag"
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
        "theatre_fly_floor_counterweight_head_injury_review", "prose",
        "review of a fly operator struck on the head by a counterweight when a flown piece was "
        "unloaded out of order, and who was sat in the green room until the interval",
        """
        H: Incident review {ref}: head injury on a theatre fly floor, {date}
        H: Prepared for {trust} by {s1.tfull}, patient safety lead
        C: At {time} {p.full} ({age}), a <<Fly Operator>>, was working <<the counterweight rail>> on <<the fly floor>> when a cradle ran away after a cloth was taken off <<the fly bar>> before its weights.
        C: A falling stage weight struck {p.first} on the head, and the <<Chief Electrician>> {o1m.full} stopped the show on <<the talkback>> <<for the whole of Act One>> while the crew was checked.
        C: {p.first} said the headache was mild, so the <<Stage Door Keeper>> {o2f.full} sat {p.first} in <<the green room>> <<through the interval>> with an ice pack and no one watching.
        C: When {p.first} vomited in <<the wings>>, an ambulance went to {hospital}, where {d.tdr} found a bleed over the brain and sent {p.first} on to {hospital2} that night, after a brisk <<Hoffmann's sign>> was noted.
        C: {p.first} had been taking <<bisoprolol>> and <<perindopril>>, and told the panel the weights were loaded <<during the tech>> in a hurry.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, hospital number {hosp}, lives at {addr}, and was given <<a 40 mg tablet>> for sickness on the ward.
        X: The theatre's <<Production Manager>>, {o3m.tfull}, said the loading rule had been written after advice from <<the Association of British Theatre Technicians>> and logged as {ref2}.
        X: {p.first}'s {rel} waited at the stage door <<for two performances>> of the week before anyone rang the family.
        X: {o4.full} of <<BECTU>> told the panel that the crew had been cut by two <<over the get-out>> of the last show.
        X: The ward nurse {o5f.full} said {p.first} was sleepy <<during the curtain call>> hour the first evening and the chart was not started.
        E: Signed off at the trust's patient safety panel on {next} by {s2.tfull}.
        """,
        ("IR-^-#####", "FLY~####"),
    ),
    _style(
        "film_set_stunt_fall_airbag_spinal_review", "prose",
        "review of a stunt performer who missed the airbag on a night shoot, whose back injury was "
        "taken for bruising by the unit medic, and who drove himself home",
        """
        H: Major trauma review {ref}: fall on a film set
        H: Patient: {p.tfull}, {age}; hospital number {hosp}
        C: On {date} {p.first} was doing a fall from a balcony set on <<sound stage 5>> <<for a twelve-hour shoot day>>, and on the ninth of <<for eleven takes>> he landed on the edge of the airbag.
        C: The <<Stunt Coordinator>> {o1m.full} called a break, and the <<Unit Medic>> {o2f.full} checked him <<through the interval>> between set-ups and said it was bruising.
        C: He drove home after wrap, and the next morning he could not feel his feet, and at {hospital} {d.tdr} found a broken vertebra, after a stiff <<Schober's test>> and a normal <<Patrick's test>>.
        C: He went to theatre from {ward}, and he had taken <<two 500 mg capsules>> of a painkiller and <<zolpidem>> to sleep, which hid the pain.
        C: The <<First Assistant Director>> told the panel the schedule had been cut by a day and the rig was not reset between takes.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, lives at {addr}, and had <<a Tegner score of 4>> written in his notes from a knee clinic last year.
        X: The production's safety adviser, {o3.tfull}, said the airbag was set up to the makers' guide, and the event was logged as {ref2}.
        X: {p.first}'s {rel} rang {phone} <<for the matinee>> hours of the afternoon before anyone at the studio would say where he was.
        X: {o4.full} from <<Equity>> asked for the daily call sheet, and said stunt performers are not told who to ring at night.
        X: The nurse {o5f.full} on {ward} said he was afraid of losing his next job and wanted to go home <<for the live broadcast>> of a show he had worked on.
        E: Reviewed by the trauma governance group on {next}; signed by {s2.tfull}.
        """,
        ("MTR-^-####", "STN~####"), sex="M",
    ),
    _style(
        "child_performer_matinee_asthma_chaperone_review", "prose",
        "child review of a ten-year-old girl in a touring musical whose asthma attack in a dressing "
        "room was handled by a chaperone without her reliever, which was in the hotel (child)",
        """
        H: Child safety review {ref}, children's emergency department, {hospital}
        H: Child: {p.tfull}, date of birth {dob}, NHS number {nhs}
        C: On {date} {p.first}, who is {age}, was in <<dressing room 4>> <<for the matinee>> of a touring show when <<the smoke machine>> was tested on stage and she began to wheeze.
        C: Her chaperone, {o1f.full}, could not find the inhaler, which had been left at the hotel, and she kept {p.first} in <<the green room>> <<for the whole of Act One>> hoping it would pass.
        C: The <<Production Manager>> was not told until the interval, when {p.first} was blue round the lips, and an ambulance took her to {hospital}, where {d.tdr} gave her nebulisers.
        C: She went to {ward} for the night, and her {rel}, who lives far away, came the next day by train and was not told <<during the curtain call>> call from the theatre that she had been admitted.
        C: The licence under <<the Children and Young Persons Act 1963>> named her inhaler, but the chaperone's list did not.
        X: The family live at {addr}, and her hospital number is {hosp}; her {rel}'s mobile is {mob}; she takes <<one spray in each nostril>> for hay fever.
        X: The tour's <<Tour Manager>>, {o2m.tfull}, said the case was logged as {ref2} and that the council's child licensing team was told.
        X: {p.first} had <<a Lysholm score of 70>> at a physio's the year before, her {rel} said, from a knee sprain in dance class.
        X: The school's nurse {s1.full} was told, so that the school could plan for <<for two performances>> a week she misses.
        X: The child licensing officer, {o3.full}, said <<the Children (Performances and Activities) (England) Regulations 2014>> ask for a health plan, and there was none.
        E: Reviewed by the named nurse for safeguarding, {s2.tfull}, on {next}; referral made to the local authority.
        """,
        ("CSR-^-####", "LIC-~-###"), sex="F", child=True,
    ),
    _style(
        "very_old_theatregoer_box_collapse_front_of_house_review", "prose",
        "review of a very old woman who collapsed in a theatre box during a play, and whom the "
        "front of house team sat up in a corridor until the end of the act (old)",
        """
        H: Falls and collapse review {ref}, {hospital}
        H: Patient: {p.caps}, {age}, NHS number {nhs}
        C: On {date} {p.title} was watching a play from <<box 6>> when she slumped in her seat, and her friend {o1f.full} called an usher.
        C: The duty manager sat her on a chair in the corridor <<for the whole of Act One>>, as the show could not be stopped, and gave her water, though her face had dropped on one side.
        C: At the interval the <<Head of Sound>> {o2m.full}, a first aider, saw her face and rang 999, and at {hospital} {d.tdr} found a stroke, too late for the clot-busting drug.
        C: She went to {ward}, and her {rel} said she takes <<lercanidipine>> and <<nebivolol>>, and that her heart had been irregular for a year.
        C: The theatre's staff had been trained in first aid but not in stroke, {o3.full} said, and the box is far from any door.
        X: {p.tfull}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and has carers from {prov}, who give her <<half a 5 mg tablet>> at night.
        X: The theatre's general manager, {o4f.tfull}, said the case was logged as {ref2} and shared with <<the Society of London Theatre>>.
        X: {p.first}'s {rel} rang {phone} <<through the interval>> of the next night's show before the theatre rang back.
        X: She went on to {home} for rehabilitation, and her doctor, {d2.tdr}, noted <<Osler's nodes>> were absent when her heart was checked.
        X: Her friend {o1f.first} said they had been going <<for the matinee>> every month for twenty years.
        E: Falls panel review closed by {s2.tfull} on {next}.
        """,
        ("FALL-^-####", "FOH-~-###"), sex="F", old=True, provider=True,
    ),
    _style(
        "broadcast_studio_presenter_slurred_speech_review", "prose",
        "review of a news presenter whose slurred speech on air was taken for drink by the gallery, "
        "and whose stroke was found only the next morning",
        """
        H: Patient safety review {ref}, {trust}
        H: Patient: {p.full} ({age}); NHS number {nhs}
        C: On {date} {p.title} was reading the late news when words began to run together on <<the autocue>>, and the <<Studio Director>> {o1f.full} cut to a report from <<gallery 2>>.
        C: The <<Vision Mixer>> {o2m.full} said on <<the talkback>> that the presenter had been drinking, and no one went down to the studio <<for the live broadcast>> that remained.
        C: {p.first} was driven home by a runner and went to bed, and in the morning {p.first}'s {rel} found one arm weak and rang 999.
        C: At {hospital} {d.tdr} found a stroke that had begun the night before, and {p.first} was moved to {ward}, past the time for the clot-busting drug.
        C: {p.first} takes <<ivabradine>> for the heart and <<buspirone>> for nerves, and the broadcaster's nurse had never been told of either.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and has <<a Voice Handicap Index of 42>> from a throat clinic the year before.
        X: The broadcaster's head of news, {o3m.tfull}, reported the event to <<the National Union of Journalists>>' safety rep and logged it as {ref2}.
        X: {p.first}'s {rel} rang {phone} to ask why a colleague who knew {p.first} well had thought of drink and not illness.
        X: The <<Duty Editor>> {o4.full} said the gallery had never been shown the signs of stroke <<during the tech>> checks or ever.
        X: <<the Broadcasting Act 1990>> does not cover staff welfare, {o5.full} told the panel, but the learning fits any studio.
        E: Closed after the family meeting with {s2.tfull} on {next}.
        """,
        ("PSR-^-####", "BCS~-####"),
    ),
    _style(
        "concert_tour_rigger_fall_from_truss_review", "prose",
        "review of a touring rigger who fell from a lighting truss during a load-in at an arena, "
        "and whose pelvic bleed was missed while his wrist was set",
        """
        H: Major trauma review {ref}: fall from height at a concert venue
        H: Patient: {p.tfull}; hospital number {hosp}
        C: On {date} {p.first}, a rigger on a band's tour, was clipping chains to a truss when a motor jumped and he fell onto the stage deck <<over the get-out>> from the night before.
        C: The <<Tour Manager>> {o1m.full} held the crowd doors, and the <<Production Manager>> {o2f.full} rang 999 and kept him still <<for three cues>> of the sound check until the crew arrived.
        C: At {hospital} {d.tdr} set his broken wrist and found a normal <<Adson's test>>, but no scan of his pelvis was done, and he was kept on {ward} in pain.
        C: That night his blood pressure fell, and a scan showed a broken pelvis with bleeding, and he went to theatre from {ward} with <<a 1 g sachet>> of pain relief still on his chart.
        C: He had been working <<for the rest of the tour>> on five hours' sleep a night, and he takes <<nebivolol>> for his blood pressure.
        X: {p.caps} ({age}), date of birth {dob}, NHS number {nhs}, lives at {addr}, and had taken <<two 25 mg capsules>> of a painkiller for his back.
        X: The venue's safety officer, {o3.tfull}, said the motor had been inspected, and gave the panel the job number {ref2}.
        X: {p.first}'s {rel} rang {phone} <<for the matinee>> part of the next day before anyone said he had had an operation.
        X: The <<Chief Electrician>> {o4.full} said the rig was rushed, as the band wanted the stage <<during the tech>> an hour early.
        X: {o5.full} from <<the Musicians' Union>> asked for the review for crew as well as players.
        E: Closed after the patient's meeting with {s2.tfull} on {next}.
        """,
        ("MTR-^-####", "RIG~####"), sex="M",
    ),
    _style(
        "opera_festival_singer_anaphylaxis_picnic_review", "prose",
        "review of an opera chorus singer who had an allergic reaction to a picnic in the interval "
        "at a country house festival, and whose adrenaline pen was in a dressing room",
        """
        H: Patient safety review {ref}, {hospital}
        H: Patient: {p.tfull}, {age}, NHS number {nhs}
        C: On {date} {p.first}, who sings in the chorus of a summer opera festival, ate a sandwich from a patron's picnic <<through the interval>> and felt the throat close.
        C: The pen was in <<dressing room 4>>, a long walk away, and the <<Stage Door Keeper>> {o1f.full} ran for it while {p.first} lay on the lawn <<for three cues>> of the bell.
        C: An ambulance took {p.first} to {hospital}, where {d.tdr} gave a second dose of adrenaline and kept {p.first} on {ward} overnight.
        C: {p.first} takes <<hydroxyzine>> for itching and <<one spray in each nostril>> for hay fever, and has had two reactions before.
        C: The festival's <<Production Manager>>, {o2m.full}, said singers are told to carry their pens, but costumes have no pockets.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and was sent home with <<a 20 mg capsule>> of a steroid a day.
        X: The festival's safety lead, {o3.tfull}, said the event was logged as {ref2} and that the <<Head of Wardrobe>> has since sewn a pocket into each costume.
        X: {p.first}'s {rel} rang {phone} <<during the curtain call>> hour and was told only that {p.first} had gone home ill.
        X: The allergy nurse {o4f.full} saw {p.first} on {next} and gave two pens for each show.
        X: {o5.full} from <<Equity>> said chorus singers often work <<for two performances>> a day in the season.
        E: Learning shared by {s2.tfull} on {next}.
        """,
        ("PSR-^-####", "OPF/~/###"),
    ),
    _style(
        "touring_ballet_dancer_stress_fracture_review", "prose",
        "review of a touring ballet dancer whose shin pain was treated as shin splints by three "
        "services on the road until the bone broke on stage",
        """
        H: Incident review {ref}: fracture during a performance
        H: Patient: {p.full} ({age}), NHS number {nhs}
        C: On {date} {p.title} landed a jump <<stage left>> in the second act, heard a crack in the shin, and could not stand, and the curtain came down <<for the whole of Act One>> of the second show.
        C: For six weeks {p.first} had pain in the shin, and the company's physio {o1f.full} called it shin splints and strapped it <<for two performances>> a day.
        C: At {hospital} {d.tdr} found a stress fracture that had gone right through, with <<a VISA-A score of 60>> written in error from the other leg's clinic.
        C: {p.first} had a nail put in the bone on {ward}, and the team found {p.first} had not had a period for a year and was very thin.
        C: {p.first} takes <<agomelatine>> for low mood, and the company's <<Tour Manager>> {o2m.full} had not asked about eating or weight.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and takes <<a 40 mg tablet>> of a stomach medicine.
        X: The company's artistic director, {o3.tfull}, said the case was logged as {ref2} and that dancers would now see a doctor after two weeks of pain.
        X: {p.first}'s {rel} rang {phone} and said {p.first} had asked the company for rest <<during the tech>> week and was told there was no cover.
        X: A fellow dancer, {o4.full}, said the floor was hard concrete under a thin cover <<for the rest of the tour>>.
        X: {o5.full} from <<Equity>> has written to the company about floors and rest days.
        E: Shared with the patient on {next} by {s2.tfull}.
        """,
        ("IR-^-#####", "DNC~-####"),
    ),
    _style(
        "newsroom_night_editor_chest_pain_deadline_review", "prose",
        "review of a night editor who had chest pain on deadline, stayed to put the paper to bed, "
        "and was sent home from an urgent treatment centre with indigestion",
        """
        H: Structured judgement review {ref}: death after chest pain at work
        H: Patient: {p.full}, {age}; died {later}
        C: On {date} {p.title}, the <<Night Editor>>, felt a band round the chest <<for the live broadcast>> of the election results, and did not leave the desk until the paper went to print.
        C: The <<News Editor>> {o1f.full} offered to take over, but {p.first} said it was the curry, and took <<a 20 mg capsule>> of a stomach medicine from the first aid box.
        C: At the urgent treatment centre {d.tdr} did a heart tracing that was read as normal, and sent {p.first} home with antacids after a wait <<for the whole of Act One>> of the night.
        C: On {later} {p.first} collapsed at home, and at {hospital} {d2.tdr} found a heart attack, and {p.first} died on {ward} with family there.
        C: {p.first} had been taking <<bisoprolol>> and <<perindopril>>, and the first tracing, read again, showed early changes.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, hospital number {hosp}, lived at {addr}, and had <<a Constant shoulder score of 55>> in the notes from an old injury.
        X: The paper's managing editor, {o2m.full}, said the case was logged as {ref2} and that <<the National Union of Journalists>> had been told.
        X: {p.first}'s {rel} rang {phone} to ask why the tracing was not checked by a second doctor.
        X: The <<Duty Editor>> {o3.full} said staff on nights work <<for two performances>> of deadline, the first edition and the last.
        X: {o4.full}, a reporter, said {p.first} had been grey and sweaty <<during the tech>> check of the pages.
        E: Judgement review signed by {s2.tfull} on {next}.
        """,
        ("SJR-^-###", "NWS/~/####"),
    ),
    _style(
        "very_old_film_extra_period_costume_heat_review", "prose",
        "review of a very old man booked as a film extra in a heavy period costume on a hot day, "
        "who collapsed with heat illness between takes (old)",
        """
        H: Patient safety review {ref}, urgent care and {hospital}
        H: Patient: {p.tfull}, {age}, NHS number {nhs}
        C: On {date} {p.title} was a background artist on a location shoot, in a wool coat and hat <<for a twelve-hour shoot day>> on the hottest day of the year.
        C: He stood in the sun <<for eleven takes>> of a street scene, and the <<Location Manager>> {o1f.full} found him sitting on a kerb, muddled and very hot.
        C: The <<Unit Medic>> {o2m.full} gave him water in the shade and rang 999 when he did not improve, and at {hospital} {d.tdr} found heat stroke and a kidney injury.
        C: He was cooled on {ward}, and his {rel} said he takes <<lercanidipine>> and water tablets, and that the agency never asked about his health.
        C: The film's call sheet gave no shade or water times, and the <<First Assistant Director>> said the scene was behind schedule.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and has carers from {prov}, who give him <<a 1 g sachet>> of a powder each morning.
        X: The extras agency's manager, {o3.tfull}, said the booking was logged as {ref2} and that older artists would now get a health form.
        X: {p.first}'s {rel} rang {phone} <<for the matinee>> hours of the afternoon and was told he was filming.
        X: The costume team's <<Head of Wardrobe>> {o4.full} said the coat could not be changed <<for eleven takes>> as it had been seen in earlier scenes.
        X: He went on to {home} for a week's rest, under {d2.tdr}, who noted <<Rinne's test>> as normal when he said he could not hear.
        E: Review signed by {s2.tfull} on {next}.
        """,
        ("PSR-^-####", "EXT~####"), sex="M", old=True, provider=True,
    ),
    _style(
        "pantomime_stage_pyrotechnic_burns_review", "prose",
        "review of a stage hand burned when a pantomime's flash effect fired early from a trap, "
        "and the wait in a minor injuries unit before the burns service was rung",
        """
        H: Incident review {ref}, {trust}
        H: Patient: {p.full} ({age}); NHS number {nhs}
        C: On {date} {p.title} was under the stage at <<the trap door>> when a flash effect fired early, burning the hands and face, <<during the curtain call>> of the first half.
        C: The <<Fly Operator>> {o1m.full} put the hands under cold water, and the <<Stage Door Keeper>> {o2f.full} drove {p.first} to the minor injuries unit <<through the interval>>.
        C: There the burns were dressed and {p.first} waited <<for the whole of Act One>> of the next show's length before {d.tdr} rang the burns service at {hospital}.
        C: {p.first} was moved to {ward} for dressings, and the face healed, but two fingers needed grafts, with a stiff <<Yergason's test>> in the shoulder from the fall.
        C: {p.first} takes <<levetiracetam>> for fits and <<dosulepin>> at night, and had not slept <<for the matinee>> day before.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives at {addr}, and was given <<two 500 mg capsules>> of an antibiotic on the ward.
        X: The theatre's <<Production Manager>>, {o3m.tfull}, said the effect was logged as {ref2} and the firing key is now held by one person.
        X: {p.first}'s {rel} rang {phone} <<for two performances>> of the week before the theatre called back.
        X: {o4.full} of <<BECTU>> said crews had asked for a second person under the stage <<during the tech>> and were told no.
        X: <<the Theatres Act 1968>> says nothing about effects, {o5.full} told the panel, but the licence does.
        E: Learning shared by {s2.tfull} on {next}.
        """,
        ("IR-^-#####", "PYR~-####"),
    ),
    _style(
        "film_unit_production_report_ordinal_date_csv", "lines",
        "a film unit's daily production report, exported as CSV with ISO ordinal dates (year and "
        "day of the year) and crew written as first names with a surname initial, about a camera "
        "operator crushed by a dolly on a night shoot",
        """
        H: Production report export {ref} for the injury to {p.full}, {hosp}; pulled by {s1.full}
        H: ordinal_date,time,report_note,entered_by
        C: Night shoot on <<sound stage 5>>; <<Camera Operator>> {p.first} on <<the camera dolly>> track
        C: Dolly ran off the end of the track; {p.first} trapped against the set wall <<for eleven takes>> worth of time
        C: <<Unit Medic>> with {p.first}; ambulance called; <<for a twelve-hour shoot day>> stopped
        C: {p.title} taken to {hospital}; {d.tdr} informs broken ribs and a bruised lung; <<Neer's test>> noted on the shoulder
        C: Unit wrapped; track checked by the grip team; report to the studio's safety office
        X: <<the British Film Institute>> diversity form not relevant; insurance reference {ref2}
        X: Insurance form sent; crew address given as {addr}; <<First Assistant Director>> signs
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward} with <<two 25 mg capsules>> of a painkiller
        X: Dolly examined by {o1.full}; brake worn; <<the lighting desk>> log kept
        X: {p.upper} ({age}), NHS {nhs}; welfare call booked by the <<Location Manager>>
        E: Export run by {s2.full} on {ldate}
        """,
        ("PR-^-####", "INS~####"),
        topup='{stamp},{clock},"{text}",{user}', stamp="%Y-%j", clock="%H:%M",
        signs=("o3", "o4", "o5"), sign_form="tag",
    ),
    _style(
        "broadcast_playout_fault_upper_month_csv", "lines",
        "a broadcaster's playout fault log, pasted as CSV with day, upper-case month and two-digit "
        "year stamps and engineers written as login names, about a transmission engineer who had a "
        "seizure in the apparatus room",
        """
        H: Playout fault log {ref}; person taken ill {p.caps}, {hosp}
        H: DT,TM,FAULT_TEXT,ENG
        C: Channel 2 off air <<for the live broadcast>> slot; engineer {p.first} sent to the apparatus room
        C: No reply on <<the talkback>> from {p.first} <<for eleven takes>> of the hourly check
        C: {p.first} found on the floor shaking by the <<Vision Mixer>>; ambulance called
        C: {p.title} taken to {hospital}; {d.tdr} informs a seizure; <<levetiracetam>> started
        C: Service restored from the back-up chain; fault traced to a failed fan
        X: <<the Communications Act 2003>> outage report drafted; reference {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward} <<during the tech>> rounds
        X: Apparatus room heat alarm silenced earlier by {o1.full}; <<the lighting desk>> fans also off
        X: {p.upper} ({age}), NHS {nhs}; takes <<zolpidem>> on night shifts
        X: Lone working rule checked by the <<Duty Editor>> and the engineering manager
        E: Log copied by {s2.full} on {ldate}
        """,
        ("PO-^-####", "OUT~-#####"),
        topup='{stamp},{clock},"{text}",{user}', stamp="%d-%b-%y", clock="%H%M",
        upper_stamp=True, signs=("o3", "o4", "o5"), sign_form="login|jlogin",
    ),
    _style(
        "stage_door_sign_in_sheet_child_dotted_year_first_table", "lines",
        "a theatre's stage door sign-in sheet, pasted as a table with year-first dotted dates and "
        "staff signing surname first, about a child in a Christmas show who fell through an open "
        "trap in the dark (child)",
        """
        H: Stage door sheet extract {ref}; child {p.full}, {hosp}
        H: | date | in | note | signed |
        C: Child cast signed in by chaperone; {p.first} in <<dressing room 4>> <<for the matinee>>
        C: Blackout scene; <<the trap door>> left open after a cue; {p.first} fell into the trap room
        C: <<Head of Sound>> stops show <<for the whole of Act One>>; {p.first} crying, arm bent
        C: Ambulance to {hospital}; {d.tdr} informs broken elbow; <<Ober's test>> not relevant, noted in error
        C: Chaperone stays with {p.first}; {rel} on the way; council's licensing officer told
        X: <<the Children and Young Persons Act 1963>> licence checked; ref {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Child's home address on the licence file: {addr}
        X: Trap cue sheet held by the <<Stage Door Keeper>> <<through the interval>>
        X: {p.upper}; NHS {nhs}; takes <<one spray in each nostril>> for hay fever
        E: Sheet copied by {s2.full} on {ldate}
        """,
        ("SDS-^-####", "LIC~####"),
        sex="F", child=True, topup="| {stamp} | {clock} | {text} | {user} |", stamp="%Y.%m.%d",
        clock="%H:%M", signs=("o3", "o4", "o5"), sign_form="sfirst",
    ),
    _style(
        "lighting_console_event_log_slash_year_first_table", "lines",
        "a lighting console's event log, pasted as a table with year-first slashed dates and "
        "operators written as initials or surnames, about a follow spot operator who fainted "
        "in the heat of a lighting box and struck her head",
        """
        H: Console log extract {ref}; operator {p.caps}, {hosp}
        H: | date | time | event | operator |
        C: Show start; <<the follow spot>> 1 operated by {p.first}; box temperature high
        C: Cue 212 missed; no reply from spot 1 on <<the talkback>>
        C: {p.first} found on the box floor by the <<Chief Electrician>>; head cut
        C: Show held <<for three cues>>; ambulance called; <<the lighting desk>> locked
        C: At {hospital} {d.tdr} informs faint from heat and a scalp wound; <<a Mayo elbow score of 80>> on the ward form
        X: Box air cooling fault reported; ref {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward} <<during the tech>> hours
        X: Spot chair moved by {o1.full} <<over the get-out>>
        X: Temperature rule from <<the Association of British Theatre Technicians>> checked
        X: {p.upper} ({age}), NHS {nhs}; takes <<ivabradine>>, not known to the theatre
        E: Log copied by {s2.full} on {ldate}
        """,
        ("LX-^-####", "CNS-~-###"),
        sex="F", topup="| {stamp} | {clock} | {text} | {user} |", stamp="%Y/%m/%d",
        clock="%H%M", signs=("o3", "o4", "o5"), sign_form="rota|init|init|ini|last",
    ),
    _style(
        "newsroom_chat_iso_datetime_thread", "lines",
        "a newsroom's chat channel, pasted with ISO date-and-time stamps and staff written as "
        "dotted handles, in which colleagues follow a reporter hurt at a protest",
        """
        H: Chat export {ref}; about {p.full}; case {hosp}
        H: Channel: #newsdesk. Times are the server's clock.
        C: {p.first} rang in: hit by a thrown bottle at the protest; bleeding from the head
        C: <<News Editor>> says go to A&E now, drop the piece <<for the live broadcast>>
        C: {p.first} at {hospital}; {d.tdr} says the cut needs glue and a scan
        C: Scan clear; {p.first} kept on {ward} overnight after a fit of vomiting
        C: <<Duty Editor>> says the piece runs without a byline; safety form raised
        X: Insurance team ask for {p.first}'s address: {addr}
        X: {p.first}'s {rel} asks for news on {phone}; reference {ref2}
        X: <<the Independent Press Standards Organisation>> not relevant; legal team told
        X: {p.first} also takes <<buspirone>>; asks if it matters with the painkillers
        X: Camera kit picked up by {o1.full} <<over the get-out>> of the van
        E: Export saved by {s2.full} on {ldate}
        """,
        ("NC-^-####", "SAF~####"),
        topup="[{stamp}T{clock}Z] {user}: {text}", stamp="%Y-%m-%d", clock="%H:%M:%S",
        signs=("o3", "o4", "o5"), sign_form="dotted",
    ),
    _style(
        "concert_tour_day_sheet_log", "lines",
        "a touring band's day sheet log, with weekday and day-month-year stamps and crew written "
        "by first name and surname initial in brackets, about a drummer who collapsed after a show "
        "with a clot on the lung",
        """
        H: Day sheet log {ref}; band member {p.full}, {hosp}
        H: Day sheet, in time order; entries signed in brackets.
        C: Bus call; {p.first} says calf sore after the drive <<for the rest of the tour>>
        C: Sound check; {p.first} short of breath on the stairs by <<stage left>>
        C: Show; {p.first} plays through <<the in-ear monitors>> cue and stops in the last song
        C: {p.first} collapses <<during the curtain call>>; ambulance called by the <<Tour Manager>>
        C: At {hospital} {d.tdr} informs clot on the lung; <<a Tinnitus Handicap Inventory of 38>> noted from an old clinic letter
        X: <<the Musicians' Union>> rep told; insurance ref {ref2}
        X: Note: {p.first}'s {rel} rang {phone}; told {p.first} is on {ward}
        X: Next two dates cancelled by {o1.full}; <<for two performances>> refunds
        X: {p.upper} ({age}), NHS {nhs}; takes <<rizatriptan>> for migraine
        X: Home address on the crew list: {addr}
        E: Log closed by {s2.full} on {ldate}
        """,
        ("DS-^-####", "TOUR~####"),
        topup="{stamp} {clock} {text} ({user})", stamp="%a %d-%m-%Y", clock="%H:%M",
        signs=("o3", "o4", "o5"), sign_form="fl|init",
    ),
    _style(
        "theatre_company_manager_witness_statement_letter", "letter",
        "a theatre's company manager sends a hospital's legal team a crew member's witness "
        "statement about an actor who fell through an open trap in a blackout, with a cover letter",
        """
        H: {ldate}¶Company office, the theatre, {town}¶Our ref: {ref}¶¶Legal services, {trust}
        H: Dear {s2.title},
        C: As you asked, I enclose the statement of our <<Head of Sound>> about the fall of {p.tfull}, date of birth {dob}, at <<the trap door>> on {date}.
        C: Statement of {o1m.full}: "I saw the trap open after the ghost cue, and in the blackout {p.first} walked forward from <<stage left>> and dropped into it."
        C: "The crew below, led by {o2.full}, got to {p.first} <<for three cues>> later, and we brought the curtain in <<during the curtain call>> music."
        C: "The ambulance took {p.first} to {hospital}, where I understand {d.tdr} found a broken ankle and a head wound, and I have been told about <<Ober's test>> and a scan."
        C: "I believe the facts in this statement are true, and I make it knowing <<the Theatres Act 1968>> licence is the theatre's, not mine."
        X: For your file, {p.first}'s address is {addrb}, and the NHS number you gave us is {nhs}.
        X: The hospital number on your letter is {hosp}; our own accident book entry is {ref2}, and the <<Production Manager>> keeps it.
        X: {p.first}'s {rel}, {r.full}, has asked that we send nothing to the family home <<for the rest of the tour>>.
        X: Our cue recordings run <<for the whole of Act One>> only, so the footage I can give is short; {o3.full} holds it.
        X: Please write to me at {email2} or ring {phone}; {o4.full} from our office can help <<through the interval>> on most days.
        E: Yours sincerely,¶¶{s1.full}¶Company Manager
        """,
        ("CM/~/####", "AB-####"),
    ),
    _style(
        "film_location_very_old_householder_cable_trip_letter", "letter",
        "a film company's location manager writes to a very old man who tripped over a cable "
        "laid across his path during a street shoot outside his home (old)",
        """
        H: {ldate}¶Locations office, {town}¶Our ref: {ref}¶¶{p.tfull}¶{addrb}
        H: Dear {p.title},
        C: I write about {date}, when our crew was filming in your street and you tripped over a cable laid across the path from <<the camera dolly>> to the generator.
        C: I am very sorry that the cable had no cover and no one was standing by it <<for a twelve-hour shoot day>>, and that you lay on the path until your neighbour helped you.
        C: I understand from your {rel} that you were taken to {hospital}, where {d.tdr} found a broken wrist and kept you on {ward} <<for two performances>> of nights, as it were.
        C: Our <<Location Manager>> on the day, {o1m.full}, has told us he was called away to the unit base, and our <<Unit Medic>>, {o2f.full}, did not know you had fallen.
        C: We follow the advice of <<the British Film Institute>> on filming in streets, and every cable on a path will now have a ramp and a marshal.
        X: Our records show your age as {age} and your date of birth as {dob}, which your {rel} gave us.
        X: The hospital gave us, with your leave, the number {hosp}; I know you take <<perindopril>> and <<a 40 mg tablet>> in the morning.
        X: Our producer, {o3.full}, has asked to visit you to say sorry in person <<during the tech>> break of our next shoot nearby.
        X: You can reach our team on {phone}, or the council's filming office at {email2}; our <<First Assistant Director>> will call you too.
        X: A copy of this letter goes to your GP at {gp}, as your {rel} asked, and to your carers at {prov}.
        E: Yours sincerely,¶¶{s1.full}¶Head of Locations
        """,
        ("LOC/~/####", "FLM-####"), sex="M", old=True, provider=True,
    ),
    _style(
        "broadcaster_duty_editor_occupational_health_email", "letter",
        "a broadcaster's duty editor e-mails an occupational health service about a producer who "
        "had panic attacks after editing footage of a disaster, and who was sent back too soon",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {email}¶Subject: referral, our ref {ref}
        H: Dear {d.tdr},
        C: I am writing to refer {p.full}, a producer who works in <<edit suite 2>>, after an event on {date}.
        C: {p.first} had been cutting footage of a fire <<for the live broadcast>> and then froze, could not breathe, and was taken out by the <<Studio Director>> {o1f.full}.
        C: The paramedic took {p.first} to {hospital}, where {d2.tdr} found a fast heart rate and sent {p.first} home after a normal heart tracing.
        C: Our <<News Editor>>, {o2m.full}, asked {p.first} to come back the next day, and there were two more attacks <<during the tech>> of the next programme.
        C: We follow <<the Communications Act 2003>> for what we show, but I am more worried about what our staff must watch.
        X: For your records: {p.caps}, date of birth {dob}, NHS number {nhs}, {addr}; {p.first} takes <<agomelatine>> each night.
        X: {p.first}'s mobile is {mob}, and {p.first}'s {rel} {r.full} would like to come to the appointment.
        X: The event was recorded under {ref2}, and {o3.full} has set up a rota so no one cuts such footage <<for the whole of Act One>> of a shift.
        X: Our policy on harmful footage was written with <<the National Union of Journalists>> and is on our staff site at {url}.
        X: Please ring me on {phone}; our HR adviser {o4.full} can also help <<through the interval>> in the rota.
        E: Regards,¶{s1.full}¶Duty Editor
        """,
        ("OH-~-###", "ED-#####"),
    ),
    _style(
        "orchestra_player_tinnitus_ent_clinic_letter", "letter",
        "an orchestra's manager writes to an ear clinic about a brass player whose hearing fell "
        "after a loud new piece, and the sudden deafness first put down to wax",
        """
        H: {ldate}¶Orchestra office, {town}¶Our ref: {ref}¶¶{d.tdr}¶Ear, nose and throat clinic, {hospital}
        H: Dear {d.tdr},
        C: I write about {p.tfull}, date of birth {dob}, who lost the hearing in one ear after a rehearsal of a very loud new piece on {date}.
        C: Our orchestra's first aider, {o1f.full}, found {p.first} in <<the green room>> with ringing and a blocked ear, and our <<Production Manager>> {o2m.full} drove {p.first} to {hospital}.
        C: I understand {d2.tdr} thought it was wax, gave drops and sent {p.first} home, and a normal <<Rinne's test>> was written down.
        C: A week later the ear was no better, and {p.first} was seen again and found to have sudden deafness, too late for the best chance of steroids.
        C: We know our duties under the noise rules, and I have asked <<the Musicians' Union>> to help us with screens <<for two performances>> a day.
        X: {p.first}'s address, as on our file, is {addrb}; the mobile given is {mob}; {p.first} takes <<nebivolol>> and <<hydroxyzine>>.
        X: {p.first}'s NHS number is {nhs}, and the hospital number you gave us is {hosp}; {p.first} has <<a Tinnitus Handicap Inventory of 38>> on your last letter.
        X: Our insurer's claim number is {ref2}, and our players' rep {o3m.tfull} would like to hear how {p.first} is.
        X: We have bought new screens and <<the in-ear monitors>> for the brass section <<for the rest of the tour>>, after advice from {o4.full}.
        X: Please ring me on {phone}; I have copied this to your patient experience team at {email}.
        E: Yours sincerely,¶¶{s1.full}¶Orchestra Manager
        """,
        ("ORC-~-###", "CLM-######"),
    ),
    _style(
        "band_tour_manager_hospital_discharge_email", "letter",
        "a touring band's manager e-mails a hospital's patient advice service about a guitarist "
        "sent home after a head injury on stage with no one to watch him overnight",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {email}¶Subject: concern about discharge, ref {ref}
        H: Dear {s2.first},
        C: I am the <<Tour Manager>> for a band, and I write about {p.tfull}, our guitarist, who hit his head on a lighting stand <<during the curtain call>> on {date}.
        C: The venue's first aider, {o1f.full}, sat with him <<through the interval>> of the support act and rang 999, and he was taken to {hospital}, where {d.tdr} sent him home alone.
        C: He was staying in a hotel by himself, and the leaflet said someone should watch him overnight, but no one asked who that would be.
        C: Our drummer, {o2m.full}, found him on {later} sleepy and hard to wake, and he was taken back, found to have a bleed, and treated on {ward}.
        C: The band had shows <<for the rest of the tour>>, and he feared letting them down, so he did not ask for help.
        X: His details, for your records: {p.caps}, hospital number {hosp}, NHS number {nhs}, of {addr}; he takes <<rizatriptan>> for migraine.
        X: His {rel} {r.full} rang our office on {phone} and asked that someone checks on him <<for two performances>> a week.
        X: The venue's accident report is {ref2}, and {o3m.last}, our promoter, has asked <<the Musicians' Union>> for advice on touring and head injury.
        X: Our crew follow guidance on <<the follow spot>> stands that we give, led by {o4.full}.
        X: I copied this to {email2}, the council's adult social care team, and to his GP at {gp}.
        E: Kind regards,¶{s1.full}¶Tour Manager
        """,
        ("TM-^-###", "VEN-######"), sex="M",
    ),
    _style(
        "opera_festival_very_old_patron_family_letter", "letter",
        "an opera festival's director writes to the family of a very old patron who fell on the "
        "wet lawn in the long interval and lay in the dark while the second act went on (old)",
        """
        H: {ldate}¶Festival office, {town}¶Our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.title},
        C: I am writing, as you asked, about {date}, when your {rel}, {p.full}, fell on the lawn on the way back from a picnic <<through the interval>>.
        C: Our steward {o1m.full} did not see the fall, as the lawn lights had been turned off <<for the whole of Act One>> of the second half, and {p.first} lay there until the end.
        C: A patron, {o2f.full}, found {p.first} and rang 999, and {p.first} was taken to {hospital}, where I understand {d.tdr} found a broken hip and kept {p.first} on {ward}.
        C: I am sorry that you were told on the night that {p.first} had gone home, and that <<Patrick's test>> was the only note about the hip in the ambulance record.
        C: We have put lights on every path and a steward at each gate <<during the curtain call>> and the interval.
        X: Our records give {p.first}'s age as {age} and date of birth as {dob}, as the ambulance crew wrote them.
        X: The hospital gave us the number {hosp}; I understand {p.first} takes <<dosulepin>> and <<half a 5 mg tablet>> of a blood thinner.
        X: Our insurer's reference is {ref2}, and {o3.full} from our team will ring you <<over the get-out>> of the season.
        X: You can reach me on {phone}, or our box office at {email2}; the steward team's head, {o4.full}, has the lighting log.
        X: A copy of this letter goes to {p.first}'s GP at {gp}, as you asked, and to the carers at {prov}.
        E: Yours sincerely,¶¶{s1.full}¶Festival Director
        """,
        ("FD/~/####", "INS-####"), old=True, provider=True,
    ),
    _style(
        "child_actor_film_set_burn_agent_family_letter", "letter",
        "a film's producer writes to a child actor's parents about a burn from a hot lamp on set, "
        "and the hours before the chaperone took him to hospital (child)",
        """
        H: {ldate}¶Production office, {town}¶Our ref: {ref}¶¶{r.tfull}¶{addrb}
        H: Dear {r.title},
        C: I am writing, as you asked, about {date}, when your son, {p.full}, burned his hand on a lamp on set while waiting between set-ups.
        C: Our <<Camera Operator>> {o1m.full} saw him touch the lamp and put his hand under cold water, and our chaperone sat with him <<for eleven takes>> of the next scene.
        C: Your son was taken to {hospital} only after wrap, where I understand {d.tdr} found a deep burn and dressed it on {ward}.
        C: I am sorry that the <<Intimacy Coordinator>> and the chaperone were the only adults near him, and that neither knew how long to cool a burn.
        C: We have put guards on every lamp, and the licence under <<the Children (Performances and Activities) (England) Regulations 2014>> has been checked by the council.
        X: Our records give {p.first}'s date of birth as {dob} and his NHS number as {nhs}, as the ambulance crew wrote them.
        X: The hospital gave us the number {hosp}; I understand he is on <<a 1 g sachet>> of pain relief and <<one spray in each nostril>> for his hay fever.
        X: Our insurer's reference is {ref2}, and {o2.full} from our team will ring you <<during the tech>> days next week.
        X: You can reach me on {phone}, or our production office at {email2}; the council's licensing officer is {o3.full}.
        X: A copy of this letter goes to his GP at {gp}, as you asked, and to <<Equity>>, who act for his agent.
        E: Yours sincerely,¶¶{s1.full}¶Producer
        """,
        ("PO/~/####", "INS-####"), sex="M", child=True,
    ),
    _style(
        "local_newspaper_very_old_reader_daughter_email", "letter",
        "a local newspaper's editor e-mails a very old reader's relative about the reporter who "
        "found her unwell at home during an interview, and the hospital's view (old)",
        """
        H: From: {o1.pemail}¶Sent: {ldate} {time}¶To: {r.pemail}¶Subject: {p.first}, our ref {ref}
        H: Dear {r.first},
        C: I am so sorry about {p.first}, and as you asked I have written down what our reporter saw when she went to interview her about the old cinema on {date}.
        C: Our reporter {o2f.full} found her muddled and breathless, and she did not know the day, <<for the whole of Act One>> of the talk, before our reporter rang 111.
        C: She waited with her, and our <<News Editor>> {o3m.full} told her to stay <<for the rest of the tour>> of the day if needed, and the ambulance took her to {hospital}.
        C: I understand {d.tdr} found a chest infection and a low sodium, and she was kept on {ward} and given <<two 500 mg capsules>> of an antibiotic.
        C: We have written to <<the Independent Press Standards Organisation>> to ask about welfare checks for older people we interview.
        X: For the hospital's form, her address is {addr}, and her date of birth is {dob}; she is {age}.
        X: Her NHS number was on the note by her phone, {nhs}, which I gave to the hospital with her <<lercanidipine>>.
        X: She had told our reporter <<through the interval>> of the interview that she had a fall the week before.
        X: Our office is on {street}, and its phone is {phone}; we answer <<for the live broadcast>> of our radio slot too.
        X: If it helps, my own number is {mob}, and our news desk lead is {o4.last}, the <<Night Editor>>.
        E: With best wishes to her,¶{o1.full}¶Editor
        """,
        ("ED-~-##", "RDR-####"), sex="F", old=True,
    ),
)
# fmt: on

# Top-up sentences, one set per register: prose reviews, logs and letters.
SHARED = (
    "The review group sat on {next}, and {s2.full} told it the event had reached the trust a week late.",
    "{p.first}'s {rel} took up the offer of a meeting and asked for the report at {p.pemail}.",
    "With the family's consent, a short account went to {gp}.",
    "{o5.full}, on shift <<for two performances>> that day, gave a written account.",
    "The order of events was set against the venue's call sheets and the records of {council}.",
    "The patient's home address, from the record, is {addr}.",
    "The group found no one at fault and thanked {o5.fl} for speaking plainly.",
    "Anyone with a question about the review may write to {s2.email} or ring the governance team on {phone}.",
    "{p.title} was told to quote {ref2} in any question about the review.",
    "The findings went to colleagues at {hospital2}, who had treated a crew member hurt by <<the fly bar>> at another venue.",
    "{o5.tfull}, who sat on the group, asked that <<the Association of British Theatre Technicians>> be sent the findings too.",
    "The lead nurse of {ward2} was told, as the patient had been there <<for the matinee>> hours of a visit last year.",
    "How the trust runs reviews like this one is set out at {url}.",
    "The company still held an old address, {addr2}, which {o5.last} in its office has corrected.",
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
    "Rang {p.title} to check in: no reply <<through the interval>>",
    "Crew note: <<the talkback>> belt pack returned by {o5.lower}",
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
    "As the family asked, {gp} has a copy, though our office has been stretched <<during the tech>> weeks since.",
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
        return f"{self.first} {self.after_first}"

    @property
    def after_first(self) -> str:
        """The surname as written after a first name: a Cebuano particle in lower case."""
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
    if name in FEMININE_GROUPS and sex == "F":  # "Dashiev" -> "Dashieva"
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
        self.day = date(2025, 2, 3) + timedelta(days=rng.randint(0, 640))
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
            "fl": f"{who.first} {who.last[0]}",
            "login": f"{_slug(who.last)}.{_slug(who.first)}",
            "rota": f"{who.last.upper()} {who.first[0].upper()}",
            "lfi": f"{who.first.lower()} {who.last[0].lower()}",
            "dotup": f"{who.first[0]}.{who.last.upper()}",
            "under": f"{_slug(who.first)}_{_slug(who.last)}".replace("-", "_"),
            "lastcomma": f"{who.last}, {who.first[0]}",
            "jlogin": f"{_fold(who.first)[0]}{re.sub('[^a-z]', '', _fold(who.last))}",
            "fU": f"{who.first} {who.last.upper()}",
            "sfirst": f"{who.last} {who.first}",
            "dotted": f"{_slug(who.first)}.{_slug(who.last)[0]}",
            "tag": re.sub(r"[^\w]", "", f"{who.first}{who.last[0]}"),
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
