"""A thirty-ninth blind de-identification evaluation pack: the back rooms and supply lines of
health and care, and indoor clubs.

Synthetic UK narratives with the gold span of every identifier, written without reading the
engine (see evaluation_blind39.md). The settings are new to the packs: a hospital laundry, sterile
services, a pharmacy's aseptic unit, a pathology courier, portering, a hospital kitchen, medical
records, a blood bike charity, a GP practice's dispensary, a hospice charity shop, the catering
manager's office, and indoor clubs (darts, bingo, chess, snooker, a model railway club, amateur
dramatics). People come from Faker through the shared code and from the pack's own lists:
Romansh, Manx, Fula, Kabyle (with the "Ait" surnames) and Chamorro.

The interface is pack 38's: ``generate(count, seed=1)``, ``example(rng, number, style=None)``,
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

PREFIX = "blind39"
LOW_WORDS = 200
HIGH_WORDS = 480
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# ---------------------------------------------------------------------------------------------
# Places: town -> (postcode district, dialling code, county word, council, council web domain)
# ---------------------------------------------------------------------------------------------

TOWN_INFO = {
    "Hebden Bridge": ("HX7", "01422", "Calderdale", "Calderdale Council", "calderdale.gov.uk"),
    "New Mills": ("SK22", "01663", "High Peak", "High Peak Borough Council", "highpeak.gov.uk"),
    "Chapel-en-le-Frith": (
        "SK23", "01298", "High Peak", "High Peak Borough Council", "highpeak.gov.uk",
    ),
    "Middlewich": ("CW10", "01606", "Cheshire", "Cheshire East Council", "cheshireeast.gov.uk"),
    "Clay Cross": (
        "S45", "01246", "Derbyshire", "North East Derbyshire District Council",
        "ne-derbyshire.gov.uk",
    ),
    "Kirkby-in-Ashfield": (
        "NG17", "01623", "Nottinghamshire", "Ashfield District Council", "ashfield.gov.uk",
    ),
    "Ollerton": (
        "NG22", "01623", "Sherwood", "Newark and Sherwood District Council",
        "newark-sherwooddc.gov.uk",
    ),
    "Conisbrough": ("DN12", "01709", "Don Valley", "City of Doncaster Council", "doncaster.gov.uk"),
    "Maltby": (
        "S66", "01709", "Rother Valley", "Rotherham Metropolitan Borough Council",
        "rotherham.gov.uk",
    ),
    "Dinnington": (
        "S25", "01909", "Rother Valley", "Rotherham Metropolitan Borough Council",
        "rotherham.gov.uk",
    ),
    "Barnoldswick": ("BB18", "01282", "Pendle", "Pendle Borough Council", "pendle.gov.uk"),
    "Haslingden": ("BB4", "01706", "Rossendale", "Rossendale Borough Council", "rossendale.gov.uk"),
    "Bacup": ("OL13", "01706", "Rossendale", "Rossendale Borough Council", "rossendale.gov.uk"),
    "Carnforth": ("LA5", "01524", "Morecambe Bay", "Lancaster City Council", "lancaster.gov.uk"),
    "Garstang": ("PR3", "01995", "Wyre", "Wyre Council", "wyre.gov.uk"),
    "Kirkham": ("PR4", "01772", "Fylde", "Fylde Council", "fylde.gov.uk"),
    "Hornsea": (
        "HU18", "01964", "Holderness", "East Riding of Yorkshire Council", "eastriding.gov.uk",
    ),
    "Pocklington": (
        "YO42", "01759", "Wolds", "East Riding of Yorkshire Council", "eastriding.gov.uk",
    ),
    "Market Weighton": (
        "YO43", "01430", "Wolds", "East Riding of Yorkshire Council", "eastriding.gov.uk",
    ),
    "Chatteris": ("PE16", "01354", "Fenland", "Fenland District Council", "fenland.gov.uk"),
    "Whittlesey": ("PE7", "01733", "Fenland", "Fenland District Council", "fenland.gov.uk"),
    "Faringdon": (
        "SN7", "01367", "Vale", "Vale of White Horse District Council", "whitehorsedc.gov.uk",
    ),
    "Highworth": ("SN6", "01793", "Wiltshire", "Swindon Borough Council", "swindon.gov.uk"),
    "Corsham": ("SN13", "01249", "Wiltshire", "Wiltshire Council", "wiltshire.gov.uk"),
    "Melksham": ("SN12", "01225", "Wiltshire", "Wiltshire Council", "wiltshire.gov.uk"),
    "Ilminster": ("TA19", "01460", "Somerset", "Somerset Council", "somerset.gov.uk"),
    "Cullompton": ("EX15", "01884", "Culm Valley", "Mid Devon District Council", "middevon.gov.uk"),
    "Axminster": ("EX13", "01297", "Axe Valley", "East Devon District Council", "eastdevon.gov.uk"),
    "Dawlish": ("EX7", "01626", "Teign", "Teignbridge District Council", "teignbridge.gov.uk"),
    "Totnes": ("TQ9", "01803", "South Hams", "South Hams District Council", "southhams.gov.uk"),
    "Saltash": ("PL12", "01752", "Tamar", "Cornwall Council", "cornwall.gov.uk"),
    "Camborne": ("TR14", "01209", "Kerrier", "Cornwall Council", "cornwall.gov.uk"),
    "Hayle": ("TR27", "01736", "Penwith", "Cornwall Council", "cornwall.gov.uk"),
    "Stokesley": ("TS9", "01642", "Cleveland", "North Yorkshire Council", "northyorks.gov.uk"),
}  # fmt: skip
LOCALITIES = {
    "Hebden Bridge": ("Heptonstall", "Mytholmroyd"), "New Mills": ("Hayfield", "Thornsett"),
    "Chapel-en-le-Frith": ("Chinley", "Dove Holes"), "Middlewich": ("Byley", "Wimboldsley"),
    "Clay Cross": ("Tupton", "Danesmoor"), "Kirkby-in-Ashfield": ("Annesley", "Nuncargate"),
    "Ollerton": ("Boughton", "Edwinstowe"), "Conisbrough": ("Old Denaby", "Edlington"),
    "Maltby": ("Hellaby", "Stainton"), "Dinnington": ("Anston", "Laughton-en-le-Morthen"),
    "Barnoldswick": ("Earby", "Salterforth"), "Haslingden": ("Helmshore", "Rising Bridge"),
    "Bacup": ("Stacksteads", "Sharneyford"), "Carnforth": ("Warton", "Bolton-le-Sands"),
    "Garstang": ("Catterall", "Cabus"), "Kirkham": ("Wesham", "Treales"),
    "Hornsea": ("Atwick", "Mappleton"), "Pocklington": ("Barmby Moor", "Yapham"),
    "Market Weighton": ("Holme-on-Spalding-Moor", "Shiptonthorpe"),
    "Chatteris": ("Doddington", "Wimblington"), "Whittlesey": ("Eastrea", "Coates"),
    "Faringdon": ("Littleworth", "Buckland"), "Highworth": ("Sevenhampton", "Hannington"),
    "Corsham": ("Gastard", "Neston"), "Melksham": ("Bowerhill", "Semington"),
    "Ilminster": ("Horton", "Donyatt"), "Cullompton": ("Willand", "Kentisbeare"),
    "Axminster": ("Kilmington", "Chardstock"), "Dawlish": ("Dawlish Warren", "Holcombe"),
    "Totnes": ("Dartington", "Bridgetown"), "Saltash": ("Landrake", "Hatt"),
    "Camborne": ("Troon", "Tuckingmill"), "Hayle": ("Connor Downs", "Phillack"),
    "Stokesley": ("Easby", "Great Broughton"),
}  # fmt: skip
TOWNS = tuple((town, info[0], info[1]) for town, info in TOWN_INFO.items())
HOSP_FORMS = ("AA9999999", "999999A", "A99A9999")
TOWN_HOSP = {town: HOSP_FORMS[index % 3] for index, town in enumerate(TOWN_INFO)}

STREETS = (
    "Galliard", "Pavane", "Gavotte", "Hornpipe", "Quadrille", "Mazurka", "Cotillion", "Minuet",
    "Polka", "Saraband", "Cambric", "Fustian",
)  # fmt: skip
STREET_KINDS = ("Street", "Road", "Lane", "Close", "Avenue", "Terrace", "Row", "Fold", "Way")
WARDS = ("Assam", "Darjeeling", "Ceylon", "Keemun", "Oolong", "Lapsang")
WARD_KINDS = ("Ward", "Ward", "Unit", "Ward")
HOMES = (
    "Whist House", "Cribbage Court", "Canasta Lodge", "Bezique House", "Piquet Lodge",
    "Euchre Court",
)  # fmt: skip
PROVIDERS = ("Purl", "Garter", "Cable Knit", "Seed Stitch", "Bobble")
PROVIDER_KINDS = ("Home Care Ltd", "Care Services", "Homecare", "Support at Home Ltd")
PRACTICES = ("Turntable", "Junction", "Halt", "Branch Line", "Platform One")
PRACTICE_KINDS = ("Surgery", "Medical Practice", "Health Centre", "Medical Centre")
HOSPITAL_FORMS = (
    "{town} Community Hospital", "{town} War Memorial Hospital", "{town} Cottage Hospital",
    "{county} District Hospital",
)  # fmt: skip
TRUST_FORMS = (
    "{county} Community Health NHS Trust", "{county} Healthcare NHS Foundation Trust",
    "{town} and District Hospitals NHS Trust",
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Look-alikes: written in, never gold (each kind is tracked as negatives)
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "drug": (
        "carboplatin", "pemetrexed", "cyclizine", "glycopyrronium", "procyclidine",
        "levothyroxine", "amiodarone", "bortezomib", "Creon", "sodium valproate", "phenytoin",
        "flucloxacillin", "dexamethasone",
    ),
    "dose": (
        "75 mg/m2", "two scoops", "500 mg twice a day", "0.5 mg stat", "10 ml of syrup",
        "one capsule with meals", "40 mg daily", "a 200 ml bottle", "two 5 ml spoons",
    ),
    "score": (
        "a Borg score of 7", "an Epworth score of 14", "a GAD-7 of 16", "a MoCA of 18",
        "an AMTS of 4", "a CIWA score of 22", "a PEWS of 5", "an ECOG of 2", "a Rockall score of 5",
    ),
    "device": (
        "the washer-disinfector", "a biological safety cabinet", "the pneumatic tube",
        "a roll cage", "the flatwork ironer", "a temperature logger", "the isolator", "a cool box",
        "the tunnel washer", "the bleep", "a pill crusher", "the hoist sling", "the pager",
    ),
    "national": (
        "the General Pharmaceutical Council", "the English Chess Federation",
        "the Fundraising Regulator", "the Royal Pharmaceutical Society",
        "the Institute of Decontamination Sciences", "the Serious Hazards of Transfusion scheme",
        "the Darts Regulation Authority", "the Office for Product Safety and Standards",
        "the Little Theatre Guild of Great Britain", "the National Pharmacy Association",
    ),
    "law": (
        "the Food Safety Act 1990", "the Gambling Act 2005", "the Charities Act 2011",
        "the Human Medicines Regulations 2012",
        "the Lifting Operations and Lifting Equipment Regulations 1998",
        "the Provision and Use of Work Equipment Regulations 1998",
        "the Food Information Regulations 2014",
        "the Carriage of Dangerous Goods Regulations 2009", "the Workplace Regulations 1992",
        "the Human Tissue Act 2004", "the Hazardous Waste Regulations 2005",
        "the Road Traffic Act 1988",
    ),
    "eponym": (
        "Lhermitte's sign", "Uhthoff's phenomenon", "Phalen's test", "Finkelstein's test",
        "Rovsing's sign", "Cullen's sign", "Chvostek's sign", "Brudzinski's sign",
        "Grey Turner's sign", "Hoover's sign", "McMurray's test", "Lachman's test",
    ),
    "word": (
        "Aseptic Technician", "Sterile Services Technician", "Laundry Supervisor",
        "Courier Driver", "Portering Supervisor", "Catering Assistant", "Switchboard Operator",
        "Records Clerk", "Dispensing Assistant", "Bingo Caller", "Club Captain",
        "Match Secretary", "Shop Manager", "Duty Controller", "Volunteer Rider",
        "Tournament Director", "Chief Arbiter", "Accountable Pharmacist", "Decontamination Lead",
        "Ward Hostess", "Wardrobe Mistress", "Front of House Manager",
    ),
    "bed": (
        "board 14", "table 9", "couch 2", "bay 6 of the loading dock", "chair 3 of the dispensary",
        "oche 2", "row F of the stalls", "stretcher 4",
    ),
    "duration": (
        "for six days", "over two weekends", "for nine minutes", "for three frames",
        "for half an hour", "for four shifts", "for seventeen minutes", "since the interval",
        "for twenty-five minutes",
    ),
}  # fmt: skip
NATIONAL = LOOKALIKES["national"]

# ---------------------------------------------------------------------------------------------
# People of the pack's own lists
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    "Romansh": {
        "F": ("Mengia", "Ursina", "Flurina", "Annatina", "Madlaina", "Seraina", "Ladina",
              "Chatrina", "Cilgia", "Mierta"),
        "M": ("Gion", "Curdin", "Flurin", "Linard", "Duri", "Corsin", "Gian", "Jachen", "Placi"),
        "L": ("Caduff", "Cathomen", "Derungs", "Arpagaus", "Collenberg", "Cavelti", "Sialm",
              "Tuor", "Candinas", "Capaul", "Darms", "Cadruvi", "Vieli", "Bundi", "Cajacob",
              "Sgier", "Tomaschett", "Caflisch", "Padrun"),
    },
    "Manx": {
        "F": ("Breesha", "Aalin", "Moirrey", "Voirrey", "Ealee", "Fenella"),
        "M": ("Orry", "Illiam", "Fingan", "Jamys", "Ean"),
        "L": ("Quayle", "Kermode", "Cregeen", "Quilliam", "Corlett", "Kinvig", "Qualtrough",
              "Callister", "Crellin", "Kewley", "Faragher", "Clague", "Cannell", "Gelling",
              "Skillicorn", "Quirk", "Costain", "Kissack", "Corkill", "Moughtin"),
    },
    "Fula": {
        "F": ("Aissatou", "Kadiatou", "Mariama", "Fatoumata", "Djenabou", "Oumou", "Bintou",
              "Ramatoulaye", "Hadja"),
        "M": ("Amadou", "Mamadou", "Oumar", "Boubacar", "Thierno", "Ousmane", "Souleymane",
              "Saidou", "Hamidou"),
        "L": ("Diallo", "Bah", "Balde", "Jallow", "Sidibe", "Sangare", "Tall", "Kane"),
    },
    "Kabyle": {
        "F": ("Tiziri", "Dihya", "Taninna", "Tassadit", "Ouardia", "Djidjiga", "Thilelli",
              "Tafsut", "Kahina"),
        "M": ("Idir", "Massinissa", "Yuba", "Mohand", "Akli", "Arezki", "Lounes", "Hocine",
              "Slimane"),
        "L": ("Ait Ouali", "Ait Yahia", "Ait Hamou", "Ait Kaci", "Ait Mokhtar", "Ait Larbi",
              "Amrouche", "Haddadi", "Ouchene", "Mezouane", "Oukaci", "Ferhani"),
    },
    "Chamorro": {
        "F": ("Remedios", "Concepcion", "Josefina", "Asuncion", "Rufina"),
        "M": ("Vicente", "Joaquin", "Ignacio", "Tomas", "Felix"),
        "L": ("Taitano", "Quinata", "Taimanglo", "Aguon", "Quitugua", "Unpingco", "Sablan",
              "Manibusan", "Tainatongo", "Quichocho", "Limtiaco", "Mendiola", "Camacho", "Blas",
              "Tenorio", "Borja"),
    },
}  # fmt: skip
OWN_FIRST = {sex: tuple(n for g in OWN_GROUPS.values() for n in g[sex]) for sex in "FM"}
OWN_LAST = tuple(n for g in OWN_GROUPS.values() for n in g["L"])
# Surnames that are English words of trades and clubs, written alone now and then.
WORD_NAMES = (
    "Tucker", "Packer", "Wheeler", "Spinner", "Carder", "Weaver", "Dart", "Pinner", "Brewer",
    "Presser",
)  # fmt: skip
ALL_WORD_NAMES = frozenset(WORD_NAMES)
NICKNAMES = {
    "Mamadou": ("Madou",), "Fatoumata": ("Fanta", "Fatou"), "Boubacar": ("Bouba",),
    "Massinissa": ("Massi",), "Vicente": ("Ben",), "Josefina": ("Fina",), "Fenella": ("Nella",),
    "Annatina": ("Tina",),
}  # fmt: skip
PARTICLE = "Ait"
PARTICLES = r"\b(?:Ait|AIT|ait)[ -]"
# Initials that read as an abbreviation: a person with these is written "J. Surname".
CLINICAL_INITIALS = frozenset(
    """AF AKI BD BP CD CT DM DNR EC ED FY GP HB HR ID IM IV MI MR MS NG OD OK OT PE PM PO PR
    QDS RN SC TB TDS UK UTI VF VT WC AM NO SO DO GO TO IT AS AT BE BY HE IF IN IS ME MY OF ON
    OR UP US WE CPR DOA ECG GCS ICU NHS PRN SOB TIA TTO ABC AND FOR THE""".split()
)
NAME_FORMS = (
    "full first last title tfull dr tdr init ini caps upper lower nick email pemail poss fl "
    "login rota lfi"
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
        "hospital_laundry_flatwork_ironer_burn_review", "prose",
        "review of a laundry operator whose hand went into a flatwork ironer, "
        "and the delay in cooling the burn because the first aid box was locked",
        """
        H: Incident review {ref}: hand injury in the central laundry, {date}
        H: Prepared for {trust} by {s1.tfull}, health and safety lead; occupational health file {ref2}
        C: At {time} the operator, {p.full} ({age}), was feeding sheets into <<the flatwork ironer>> when her glove caught and her right hand was drawn under the first roller.
        C: The <<Laundry Supervisor>> {o1f.full} pressed the stop and reversed the roller, and said the hand was out of the machine within a minute, {p.first} screaming the whole time.
        C: The first aid box on the wall by <<the tunnel washer>> was locked and its key was with {o2m.full}, who was on his break in the yard <<for nine minutes>>.
        C: {p.first} was taken to {hospital}, where {d.tdr} found partial thickness burns across the back of the hand and a positive <<Phalen's test>> on the same side.
        C: She was started on <<flucloxacillin>> for a blistered area that had been soiled, and was seen in the burns clinic on {later}.
        X: Her address on the occupational health file is {addr}, and her mobile is {mob}; the file notes <<an ECOG of 2>> from an old illness.
        X: {p.caps}, date of birth {dob}, NHS number {nhs}, hospital number {hosp}, was off work <<for six days>>.
        X: The guard on the ironer had been reported loose in a job to the estates team, ticket {ref2}, which {o3m.lower} closed as fixed a week before, after <<for half an hour>> on site.
        X: {o1f.first} told the review that staff fed the ironer without guards when the laundry was behind, and that <<a roll cage>> often blocked the stop button.
        X: The estates manager, {o4.tfull}, can be reached on {phone} and said the guard was refitted under <<the Provision and Use of Work Equipment Regulations 1998>>.
        E: Actions are held on the trust's tracker under {ref}; the review was signed off by {s2.tfull} on {next}.
        """,
        ("LAU-^-####", "EST/~/#####"), sex="F",
    ),
    _style(
        "sterile_services_unprocessed_tray_to_theatre_review", "prose",
        "review of an instrument tray that left sterile services without going through the washer "
        "and was opened in theatre for a knee operation",
        """
        H: Serious incident review {ref}, sterile services and theatres, {hospital}
        H: Patient: {p.tfull}, date of birth {dob}, hospital number {hosp}
        C: On {date} a knee tray was scanned out of sterile services without a cycle record from <<the washer-disinfector>>, and went to theatre with the morning list.
        C: The <<Sterile Services Technician>> {o1m.full} had been moved to cover the packing room <<for four shifts>> and told the review he scanned what was on the bench.
        C: {p.title} had a knee arthroscopy under {d.tdr} for a tear found on <<Lachman's test>>, and the scrub nurse {s1.full} found dried residue in a hinge only after the joint had been washed out.
        C: Two weeks later {p.first} came back with a hot, swollen knee, was positive for <<McMurray's test>> on the other side, and had a washout and <<flucloxacillin>> for six weeks.
        C: The <<Decontamination Lead>> {o2f.full} traced the tray through the tracking system and found the record for that cycle had been entered by hand.
        X: {p.upper} lives at {addr} and can be contacted on {phone}; {o5.last} from the clinic rang her <<for six days>> running.
        X: The tray had sat in <<a roll cage>> beside the clean side door, where {o3.first} said trays waiting for a cycle were always left.
        X: {p.first}'s {rel} asked why the trust had written to {gp} before telling the family, and was given the case number {ref2} by the <<Records Clerk>>.
        X: The report was shared with <<the Institute of Decontamination Sciences>> for learning, with the names taken out.
        X: A second tray from the same rack was found unopened and was sent back <<for half an hour>> of checks by {o4.ini}.
        E: Duty of candour letter sent on {later} by {s2.tfull}; reply to {email}.
        """,
        ("SI-^-####", "PALS ~-####"),
    ),
    _style(
        "aseptic_unit_chemotherapy_bag_wrong_label_review", "prose",
        "review of a chemotherapy bag labelled for the wrong patient in a pharmacy aseptic unit, "
        "found at the bedside by a day unit nurse",
        """
        H: Medication incident {ref}: aseptic services, {hospital}
        H: Reported by {s1.full} on {date} at {time}
        C: Two bags of <<carboplatin>> were made in <<the isolator>> in the same session, one for {p.tfull} and one for {o1f.full}, and each bag was labelled with the other's details.
        C: The <<Aseptic Technician>> {o2m.full} printed both labels at once when the printer jammed, and the checker, {o3f.title}, passed them <<for nine minutes>> before the session ended.
        C: On the day unit {s2.full} read the label against {p.first}'s wristband, hospital number {hosp}, and stopped the infusion before it started, with <<a MoCA of 18>> in the notes from clinic.
        C: The dose on the bag was worked out at <<75 mg/m2>> for a smaller woman, and {d.tdr} said the difference would have mattered.
        C: The <<Accountable Pharmacist>> {o4.tfull} quarantined the session and remade both bags by {time2}.
        X: {p.caps} ({age}), NHS number {nhs}, of {addr}, was told the same afternoon by {o5.last}, the <<Aseptic Technician>> on the late shift.
        X: {p.first} had already had <<cyclizine>> and <<dexamethasone>> before the chemotherapy and waited <<for half an hour>> on the chair.
        X: Her {rel} wrote afterwards to {email} and rang {phone} twice <<for half an hour>> before hearing back.
        X: The unit had reported a printer fault under {ref2} in the week before, and no one had come to look at <<the isolator>> printer.
        X: The case was not reported to <<the General Pharmaceutical Council>>, as no one was harmed, but was discussed with {o5.full} at the regional quality assurance meeting.
        E: Closed by {s1.init} on {next}.
        """,
        ("MED-####-~", "IT#######"), sex="F",
    ),
    _style(
        "pathology_courier_van_sample_box_review", "prose",
        "review of a box of samples left overnight in a pathology courier's van, which delayed a "
        "man's cancer result by a month",
        """
        H: Laboratory incident review {ref}, pathology transport, {trust}
        H: Subject: delayed result for {p.tfull}, hospital number {hosp}
        C: On {date} the <<Courier Driver>> {o1m.full} collected a sealed box from {gp} and put it in <<a cool box>> that was not logged on his round sheet.
        C: The van was parked at the depot overnight with the cool box behind the seat, and <<a temperature logger>> read 24 degrees when it was found the next morning.
        C: The box held a biopsy pot for {p.full} ({age}), taken by {d.tdr} at the practice after <<Cullen's sign>> had been noted the week before.
        C: The sample was rejected and {p.title} was not told, and, on <<one capsule with meals>> of <<Creon>> and losing weight, he rang {phone} three times before the practice found out on {later}.
        C: The repeat biopsy waited <<for six days>> more than planned and showed a cancer that had moved on, in the view of the oncologist {o2f.full}.
        X: {p.upper}, NHS number {nhs}, of {addr}, was seen again by {s1.full}, who found <<Grey Turner's sign>>.
        X: The transport manager {o3m.tfull} said the round had been cut from two vans to one after a driver left, and the courier was doing <<over two weekends>> of extra runs.
        X: The courier's hand-held scanner showed a gap <<for seventeen minutes>> between the surgery and the depot under job {ref2}; {o1m.last} said the scanner was often flat.
        X: The carriage of the box was checked against <<the Carriage of Dangerous Goods Regulations 2009>> by {o4.full}, who found the packaging correct.
        X: {p.first}'s {rel} said the family first heard about the delay from the <<Records Clerk>> at the practice, {o5.first}.
        E: Shared with the patient on {next} by {s2.tfull}.
        """,
        ("PATH-^-###", "CR######"), sex="M",
    ),
    _style(
        "porter_lift_breakdown_very_old_man_review", "prose",
        "review of a very old man stuck on a trolley in a broken lift for over an hour with a "
        "porter, on his way back from a scan (old)",
        """
        H: Patient safety review {ref}, estates and portering, {hospital}
        H: Patient: {p.caps}, {age}, hospital number {hosp}
        C: At {time} on {date} the porter {o1m.full} took {p.title} back from CT to {ward} on <<stretcher 4>>, and the bed lift stopped between the first and second floors.
        C: The alarm in the lift rang through to the switchboard, and the <<Switchboard Operator>> {o2f.full} put out a call to the lift engineer and to <<the bleep>> of the site manager.
        C: {p.first} had had nothing to drink since the morning, was on <<amiodarone>> and became confused and frightened, pulling at his cannula, while {o1m.first} tried to settle him.
        C: The engineer from the lift contractor arrived after an hour and ten minutes, {o3m.last} having tried <<the pager>> twice, and the fire service had not been called.
        C: Back on the ward {s1.full} found him cold and with <<an AMTS of 4>> on a new test, and {d.tdr} treated him for delirium.
        X: His {rel} lives at {addr} and said the ward did not ring {phone} until the evening, <<for nine minutes>>, to say he was back.
        X: The <<Portering Supervisor>> {o3m.full} said porters were told not to use the lift's phone, as the line had been cut the year before.
        X: {p.upper}, NHS number {nhs}, date of birth {dob}, was kept in <<for six days>> longer than planned.
        X: The lift had been reported <<over two weekends>> under {ref2} and checked under <<the Lifting Operations and Lifting Equipment Regulations 1998>> a month before.
        X: {o4.fl} from estates wrote, citing <<the Workplace Regulations 1992>>, that the lift was the only bed lift on that side of {hospital} after {later}.
        E: Lessons were shared at the estates meeting on {next}, chaired by {s2.tfull}.
        """,
        ("PSR-^-####", "LIFT/####"), sex="M", old=True,
    ),
    _style(
        "hospital_kitchen_wrong_texture_meal_very_old_woman_review", "prose",
        "review of a very old woman on a soft diet who was sent a normal roast dinner from the "
        "hospital kitchen and choked on it (old)",
        """
        H: Incident review {ref}: choking on {ward}, {hospital}
        H: Patient: {p.tfull} ({age}), NHS number {nhs}
        C: {p.title} had been assessed by the speech and language therapist {o1f.full}, whose notes mention <<Chvostek's sign>>, as needing soft and bite-sized food, and the diet code was on her board by the bed.
        C: On {date} the <<Catering Assistant>> {o2m.full} took the order from a paper list that had not been updated, and a roast dinner went up on the trolley.
        C: The <<Ward Hostess>> {o3f.full} put the tray down while the nurses were in handover, and {p.first} was found coughing and blue <<for nine minutes>> later by {s1.full}.
        C: {d.tdr} cleared a piece of beef from her throat and she was treated for an aspiration pneumonia, with <<a CIWA score of 22>> noted wrongly in the chart by an agency nurse.
        C: The catering manager found that the menu system and the ward list had not matched <<for six days>>.
        X: Her {rel} lives at {addr}, telephone {phone}, and came in that evening; {o2m.last}, the <<Catering Assistant>>, was still on.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, had been admitted from {home}, with <<a 200 ml bottle>> of thickener in her bag.
        X: Her tablets, including <<levothyroxine>>, were crushed by the nurses with <<a pill crusher>>, and this was done right.
        X: The kitchen's own audit under <<the Food Information Regulations 2014>> looked at allergens only, not textures, {o4.first} told the panel.
        X: The catering system was changed on {later} so that a texture code cannot be left blank, under change {ref2}, after <<for four shifts>> of testing.
        E: The family met {s2.tfull} on {next}.
        """,
        ("IR-######", "CAT-~-###"), sex="F", old=True,
    ),
    _style(
        "medical_records_merged_notes_review", "prose",
        "review of two patients' paper and electronic notes merged by medical records, so that a "
        "woman was given another woman's allergy and blood group",
        """
        H: Information governance and safety review {ref}, {trust}
        H: Health records department, {hospital}; review lead {s1.tfull}
        C: On {date} the <<Records Clerk>> {o1f.full} merged two records with the same surname and date of birth, those of {p.full} and a woman from another town.
        C: The merge carried over an allergy to <<phenytoin>> and a blood group that were not {p.first}'s, and her own allergy to penicillin fell off the front sheet.
        C: When {p.title} was admitted to {ward} with a chest infection, {d.tdr} nearly prescribed a penicillin in place of <<flucloxacillin>>, and {s2.full} caught it from the patient herself.
        C: A blood sample sent for a crossmatch came back with a mismatch, and the lab's report to <<the Serious Hazards of Transfusion scheme>> began the search that found the merge.
        C: The records manager {o2m.full} unpicked the merge <<for four shifts>>, page by page.
        X: {p.upper}, date of birth {dob}, NHS number {nhs}, hospital number {hosp}, lives at {addr} and takes <<levothyroxine>>.
        X: The other woman's notes had been scanned in by {o3.lower}, who was new and had been shown the merge screen <<for half an hour>>.
        X: {p.first} rang the records office on {phone} <<for six days>> to ask for a copy of everything in her notes under request {ref2}.
        X: The trust's data protection officer {o4.tfull} wrote to her on {later}, copying the <<Records Clerk>>, {o1f.last}.
        X: Her old address, {addr2}, was still on the front sheet from the merged record, beside a note of <<Hoover's sign>> that was the other woman's.
        E: Closed after the family's meeting with {s1.title} on {next}.
        """,
        ("IG-^-####", "SAR ~/####"), sex="F",
    ),
    _style(
        "darts_league_pub_back_room_cardiac_arrest_review", "prose",
        "review of a darts player who collapsed at the oche in a pub back room, and the time it took "
        "to find the defibrillator and get an ambulance",
        """
        H: Out-of-hospital cardiac arrest review {ref}, ambulance and community partners
        H: Patient: {p.full}, {age}; event {date}
        C: During a league match the <<Match Secretary>> {o1m.full} saw {p.first} go down at <<oche 2>> after his third dart and thought at first he had tripped.
        C: A player from the other team, {o2f.full}, started chest compressions <<for nine minutes>> while the landlord looked for the defibrillator, which had been moved to the cellar.
        C: The call handler sent an ambulance at {time}; the crew gave five shocks, {o2f.last} keeping count, and took {p.title} to {hospital}.
        C: {d.tdr} found a blocked coronary artery, and {p.first} had a stent and was treated on {ward} <<for six days>>.
        C: He had been told by his GP to stop smoking and had been started on <<amiodarone>> a month before.
        X: {p.caps}, NHS number {nhs}, of {addr}, is on the register at {gp}, where he had <<an Epworth score of 14>> in the spring.
        X: The <<Club Captain>> {o3m.first} said the players had asked twice for a first aid course, and the league had written to <<the Darts Regulation Authority>> about cover for pub leagues.
        X: {p.first}'s {rel} was at home and was rung by {o2f.first} on {mob} <<for nine minutes>> after the collapse.
        X: The defibrillator had been registered on the national map with the pub's old address, {addr2}, and had sat in <<a cool box>> crate.
        X: {o4.full} from the ambulance service gave the landlord a new cabinet on {later}, logged as {ref2}, beside <<oche 2>>.
        E: Reviewed at the cardiac arrest panel on {next} by {s1.tfull}.
        """,
        ("OHCA-^-###", "DEF-#####"), sex="M",
    ),
    _style(
        "bingo_hall_very_old_player_hypoglycaemia_review", "prose",
        "review of a very old man found slumped at a bingo hall table, first thought to be asleep, "
        "whose sugar was low after his insulin (old)",
        """
        H: Community safety review {ref}: a hypoglycaemic episode at a bingo hall
        H: Patient: {p.tfull} NHS number {nhs}
        C: {p.title}, {age}, had come to the afternoon session with his friend {o1m.full} and sat at <<table 9>>, as he did every week.
        C: The <<Bingo Caller>> {o2f.full} noticed he had not marked his card for three games and thought he was asleep.
        C: When {o1m.first} could not wake him <<for nine minutes>>, the hall's duty manager {o3.last} rang 999 at {time}, and a paramedic found a blood sugar of 1.8.
        C: He had taken his insulin that morning but had missed lunch, and his new tablets of <<levothyroxine>> had been started that week by {d.tdr}.
        C: He was taken to {hospital} and was home the next day, with a new plan from {s1.full} and <<two scoops>> of glucose gel to keep in his coat.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lives alone at {addr}, and had <<an AMTS of 4>> when the crew arrived.
        X: His {rel} rang the hall on {phone} and thanked the <<Bingo Caller>> and {o1m.last}.
        X: The hall's licence conditions under <<the Gambling Act 2005>> asked for a trained first aider on every session, and one had gone home ill.
        X: The district nurse {s2.full} visited on {later} and checked his sugars <<for six days>>.
        X: {o4.full}, who runs the hall, has since put <<a 200 ml bottle>> of sugary drink behind the counter and a card with the number of {gp}.
        E: Follow-up call by {s2.title} on {next}, ref {ref2}.
        """,
        ("CSR-^-###", "DN/######"), sex="M", old=True,
    ),
    _style(
        "junior_chess_congress_child_absence_seizure_review", "prose",
        "child review of a girl at a junior chess congress whose staring spells at the board were "
        "taken for thinking until she fell from her chair (child)",
        """
        H: Child safeguarding and health review {ref}
        H: Child: {p.tfull}, date of birth {dob}, NHS number {nhs}
        C: At the junior congress on {date} the <<Chief Arbiter>> {o1m.full} noticed that {p.first}, at <<board 14>>, kept stopping with her hand over a piece and staring.
        C: Her opponent's father, {o2m.full}, said she had done this <<for half an hour>> and that he thought she was thinking.
        C: In the last round she slid from her chair, and the <<Tournament Director>> {o3f.full} found her drowsy and wet, and rang her {rel} on {mob}.
        C: She was taken to {hospital}, where {d.tdr} saw absence seizures on the ward and a longer seizure in the night, and started <<sodium valproate>> after talking it through with the family.
        C: The school nurse {s1.full} later said staring spells, <<for half an hour>> at a time, had been mentioned at school and put down to daydreaming.
        X: The family live at {addr} and the child's hospital number is {hosp}; {o3f.last} kept the score sheet from <<board 14>>.
        X: The congress was run under the rules of <<the English Chess Federation>>, which ask for a first aider, and the named first aider, {o4.full}, was playing in the open section.
        X: {p.first}'s {rel} wrote to the <<Tournament Director>> at {email2} and was sent the incident form {ref2}.
        X: The children's ward team gave the club leader {o5.first} a leaflet about seizures and a copy of the plan, <<for six days>> after discharge.
        X: The paediatric epilepsy nurse {s2.full} rang on {later} to check how the first doses of <<10 ml of syrup>> had gone.
        E: Reviewed by the safeguarding lead {s2.title} on {next}; no concerns about care at home.
        """,
        ("CSR-^-####", "ECF/~/###"), sex="F", child=True,
    ),
    _style(
        "snooker_club_back_room_overdose_review", "prose",
        "review of a man found in a snooker club's back room after an overdose, who had been "
        "turned away from an appointment the day before",
        """
        H: Mental health review {ref}, {trust}
        H: Patient: {p.full}, {age}, NHS number {nhs}
        C: On {date} the steward of the snooker club, {o1m.full}, found {p.first} on the floor of the back room <<for three frames>> after the others had gone home.
        C: Beside him were empty packs of <<procyclidine>> and of his mother's tablets, and a note for his {rel}.
        C: The paramedic {o2f.full} found him drowsy with <<a GAD-7 of 16>> noted from his last appointment on the letter in his pocket, and he was taken to {hospital}.
        C: The day before, he had been turned away from the crisis café because he had been drinking, by a worker who noted <<a CIWA score of 22>> and wrote that he would come back.
        C: {d.tdr} admitted him to {ward}, and the liaison nurse {s1.full} found that his care coordinator had left <<for six days>> without a handover.
        X: {p.caps}, date of birth {dob}, hospital number {hosp}, lived at {addr}, and was on <<sodium valproate>>.
        X: His old address, {addr2}, was still on the crisis team's system, so a letter went to the wrong house <<for six days>>.
        X: His friend at the club, {o3m.last}, said {p.first} had been sleeping on the bench seats <<over two weekends>>.
        X: The team manager {o4.tfull} can be reached on {phone}, or on <<the bleep>> through the switchboard.
        X: The club's secretary {o5.last} asked, <<since the interval>> between meetings was long, for the club to be sent the number of the crisis line, and the trust sent it on {later}, under {ref2}.
        E: The review was signed off by {s2.tfull} on {next}.
        """,
        ("MH-^-#####", "CC######"), sex="M",
    ),
    _style(
        "blood_bike_run_sheet_csv", "lines",
        "a blood bike charity's run sheet export, pasted as CSV with ISO stamps and the riders' "
        "app names in lower case, about urgent samples for a boy with a kidney transplant",
        """
        H: Export of run log {ref}; requested by {s1.full}, for {p.caps}, NHS {nhs}
        H: timestamp,note,rider
        C: Call from {hospital} lab: urgent tacrolimus level for {p.first}, hospital number {hosp}; pick up from {gp}, in <<a cool box>>
        C: Rider on route, held up <<for nine minutes>> at roadworks on {street}
        C: Sample handed to the lab at the hub; <<the pneumatic tube>> was down so carried up by hand
        C: Lab rang {p.fl}'s mum on {mob}: level high, child to stop <<40 mg daily>> dose change made by {d.tdr}
        C: Return run: new pack of <<one capsule with meals>> from pharmacy for {addr}
        X: <<Duty Controller>> note: {o1.full} unwell, swapped with {o2.last}
        X: Bike 3 off the road <<for six days>>; sample runs doubled on bike 1
        X: Rider asked to go via {hospital2}: no, out of area, <<Duty Controller>> decision
        X: Lab query ref {ref2}: why sample was late <<for seventeen minutes>>; answer: handover at the hub
        X: Rider fuel card at the {town} garage failed; paid <<a 200 ml bottle>> of fuel additive himself, expenses to {email}
        E: Exported by {s2.login} on {ldate}; charity helpline {phone}
        """,
        ("RUN-^-#####", "LABQ-~-###"),
        sex="M", child=True, topup='{stamp}T{clock}Z,"{text}",{user}', stamp="%Y-%m-%d",
        clock="%H:%M:%S", signs=("o3", "o4", "o5"), sign_form="lfi",
    ),
    _style(
        "sterile_services_tray_tracking_scan_csv", "lines",
        "a sterile services tracking export, pasted as CSV with day-month-year stamps and rota "
        "names, about a set of eye instruments that came back from theatre one cannula short",
        """
        H: Tracking export {ref}: cataract set, patient {p.upper}, hospital number {hosp}
        H: date,time,event,operator
        C: Set returned from theatre after the list of {d.tdr}; count short by one cannula, <<Sterile Services Technician>> notified
        C: Set put through <<the washer-disinfector>> without the missing cannula; load {ref2}
        C: Theatre rang: cannula found in {p.first}'s drape pack on {ward}; {s1.full} informed, <<Decontamination Lead>> copied
        C: Patient {p.tfull} ({age}) reviewed by {d.title}: eye quiet, no harm, drops of <<dexamethasone>> kept on
        C: <<Decontamination Lead>> asked for a count check at the clean side <<for four shifts>>
        X: Operator {o1.caps} locked out of the scanner <<for half an hour>>; manual entries made
        X: Set quarantined in <<a roll cage>> awaiting count by {o2.full}
        X: Datix raised by the unit manager {o2.last}; copy to {email}, <<the Institute of Decontamination Sciences>> form attached
        X: Patient's {rel} rang {phone} asking if the eye would need another operation; told no, drops of <<dexamethasone>> to carry on
        X: Reprocessed; <<the Institute of Decontamination Sciences>> guidance checked by {o1.full}
        E: Export closed by {s2.full} on {ldate}
        """,
        ("SSD-^-####", "LD######"),
        topup='{stamp},{clock},"{text}",{user}', stamp="%d-%b-%y", clock="%H:%M",
        signs=("o3", "o4", "o5"), sign_form="rota",
    ),
    _style(
        "porter_task_allocation_board_table", "lines",
        "a portering helpdesk's task board, pasted as a table with dotted day-month-year stamps "
        "and porters written as an initial and surname, about a patient sent to the wrong scan",
        """
        H: Portering task board, {hospital}; filtered for patient {p.full}, {hosp}
        H: | date | time | task | porter |
        C: Bed move from {ward} to CT for {p.title}; task card shows the name of another patient on <<stretcher 4>>
        C: CT rang: patient has arrived without the request; sent to the wrong room, <<Portering Supervisor>> informed
        C: Patient back to {ward}; {s1.full} says {p.first} had <<an AMTS of 4>> and was not asked her name
        C: Scan done for the right patient after {d.tdr} rang the helpdesk; <<Switchboard Operator>> put the call through
        C: Helpdesk log: <<the bleep>> of the porter not answered <<for seventeen minutes>>
        X: Job for {ward2}: oxygen cylinder change, delayed <<for nine minutes>>
        X: Porters short: {o1.full} off sick, {o2.last} covering two areas with <<a roll cage>> run
        X: Mortuary run from {ward2} held <<for half an hour>>: lift out
        X: Helpdesk note from {o3.fl}: radio battery dead, using <<the pager>> instead
        X: {p.upper} ({age}), NHS {nhs}, escalated by {s2.title} to the site manager, <<the hoist sling>> left on the trolley
        E: Printed by {s2.login} on {ldate}; helpdesk extension {phone}
        """,
        ("PT-^-#####", "TSK####"),
        sex="F", topup="| {stamp} | {clock} | {text} | {user} |", stamp="%d.%m.%y", clock="%H:%M",
        signs=("o3", "o4", "o5"), sign_form="ini|last",
    ),
    _style(
        "gp_dispensary_owings_book_table", "lines",
        "a GP practice dispensary's owings book, pasted as a table with upper-case compact dates "
        "and initials, about a man whose epilepsy tablets were owed for a week",
        """
        H: {gp} dispensary owings book; extract for {p.caps}, {hosp}, NHS {nhs}
        H: | date | time | owing | by |
        C: {p.title}: <<phenytoin>> owed, short at wholesaler; <<Dispensing Assistant>> to chase
        C: Patient's {rel} rang {phone}: tablets down to two days; asked for a part supply of <<500 mg twice a day>>
        C: Still owed <<for six days>>; {d.tdr} asked to change brand
        C: {p.first} had a seizure at home <<for nine minutes>>; taken to {hospital} by ambulance
        C: Owing cleared: new brand given as <<two 5 ml spoons>> of liquid until tablets come
        X: Delivery driver {o1.full} left the bag at {addr2} by mistake; retrieved <<for half an hour>> later
        X: <<the National Pharmacy Association>> shortage list checked by {o2.last}
        X: Note from {s1.full}: add {p.first} to the list for <<a pill crusher>> and a dosette
        X: Practice manager {o3.full} told; incident {ref2} raised under <<the Human Medicines Regulations 2012>>
        X: Wholesaler rep {o4.last} rang back on {mob} with a date for <<phenytoin>> stock
        E: Extract printed by {s2.full} on {ldate} for the significant event meeting
        """,
        ("SEA-^-###", "OW####"),
        sex="M", topup="| {stamp} | {clock} | {text} | {user} |", stamp="%d%b%Y", clock="%H%M",
        upper_stamp=True, signs=("o3", "o4", "o5"), sign_form="init",
    ),
    _style(
        "model_railway_club_whatsapp_export", "lines",
        "a model railway club's WhatsApp group, exported with bracketed stamps, about a member "
        "who fell at the club's layout night and was left on the floor",
        """
        H: WhatsApp chat export: {town} model railway club members; exported for {p.full}'s {rel} on request {ref}
        H: Messages and calls are end-to-end encrypted. Only people in this chat can read them.
        C: {p.first} has gone over by the fiddle yard, he says his hip, can someone come down <<for half an hour>>
        C: Ambulance says four hours, they asked if he has <<Hoover's sign>> or whatever, I said I do not know what that is
        C: I have put him on the <<couch 2>> cushions, not moving him, he has had his <<amiodarone>> this morning he says
        C: {p.first}'s {rel} is on the way from {addr2}, number is {mob}, says he takes <<cyclizine>> too
        C: Crew here at last, taking him to {hospital} on <<stretcher 4>>, {p.title} says thank you all and to finish the timetable
        X: <<Club Captain>> here: the first aid kit was empty, I am buying a new one from club funds
        X: Update: {p.first} is on {ward}, {d.tdr} says broken hip, surgery tomorrow, nil by mouth <<for six days>> it feels like
        X: Who has the key to the hall for Thursday, {o1.full} is away <<over two weekends>>
        X: Hall is insured under <<the Charities Act 2011>> rules, the secretary {o2.last} will write to the council at {email2}
        X: Visiting is 2 till 8 at {hospital}, ring {phone} first, he is in <<couch 2>> bay by the window
        E: End of export; {p.caps}, NHS {nhs}, hospital number {hosp}
        """,
        ("WAX-^-####", "CLM~####"),
        sex="M", topup="[{stamp}, {clock}] {user}: {text}", stamp="%d/%m/%Y",
        clock="%H:%M:%S", signs=("o3", "o4", "o5"), sign_form="wa",
    ),
    _style(
        "aseptic_unit_batch_deviation_log", "lines",
        "a pharmacy aseptic unit's batch deviation log, year-first dotted stamps with a maker and "
        "checker pair of initials, about a chemotherapy syringe made up in the wrong diluent",
        """
        H: Aseptic services deviation log {ref}, {hospital}; patient {p.tfull}, {hosp}
        H: date time | deviation | made/checked
        C: Worksheet for {p.first} printed with the wrong diluent; <<Aseptic Technician>> queried it
        C: Query not seen; syringe made in <<the isolator>> and checked; batch {ref2}
        C: Day unit nurse {s1.full} noticed the label did not match the chart of {d.tdr}; held <<for seventeen minutes>>
        C: Syringe sent back; <<bortezomib>> remade, 40 minutes late; patient told
        C: <<Accountable Pharmacist>> signed deviation; <<a biological safety cabinet>> fault ruled out
        X: Environmental monitoring plates for the session sent <<for six days>> of incubation
        X: Note: {o1.full} on leave; cover by {o2.last}, <<Aseptic Technician>> grade
        X: QA visit from {o3.full}; deviations reviewed <<since the interval>> of the last audit
        X: Patient {p.caps} ({age}), NHS {nhs}, given <<cyclizine>> before the dose
        X: <<the Human Medicines Regulations 2012>> section 10 exemption noted for the unit
        E: Log closed by {s2.full} on {ldate}; queries to {email}
        """,
        ("ASU-^-###", "BN~#####"),
        topup="{stamp} {clock} | {text} | {user}", stamp="%Y.%m.%d", clock="%H:%M",
        signs=("o3", "o4", "o5"), sign_form="pair",
    ),
    _style(
        "hospice_charity_shop_very_old_volunteer_letter", "letter",
        "a hospice charity shop manager writes to a GP about a very old volunteer who has been "
        "giving away stock, getting lost on the way home and losing weight (old)",
        """
        H: {ldate}¶Our ref: {ref}¶¶{d.tdr}¶{gp}¶¶Re: {p.tfull}, {addrb}, date of birth {dob}
        H: Dear {d.tdr},
        C: I am the <<Shop Manager>> of the hospice's shop in {town}, and I write with {p.first}'s consent about {p.title}, who has sorted donations for us every Tuesday for eleven years, and on Saturdays <<over two weekends>> a month.
        C: {p.first} is {age} and has always been sharp, but since about {prev} she has been pricing coats at a penny, giving bags of stock to passers-by and asking me the same question <<for half an hour>> at a time.
        C: On {date} she left the shop at four and was found by the police at nine, two miles the wrong way, without her coat or her <<levothyroxine>>.
        C: My volunteer coordinator, {o1f.full}, has noticed <<for six days>> or more that she has lost weight and that she says she has no food in, though her {rel} {r.full} says the fridge is full.
        C: We have not stopped her volunteering, as the shop is where she sees people, but I do not want <<the Fundraising Regulator>> or anyone else to think we have used her.
        X: Her NHS number, from the card she carries, is {nhs}, and her {rel} can be reached on {mob}; she told us she takes <<40 mg daily>> of something for her heart.
        X: Our area manager, {o2m.tfull}, asked me to say that the shop's accident book records a fall in the stock room <<for nine minutes>> before anyone found her, on {later}.
        X: She told me she was seen at {hospital} last year for her memory and had <<a MoCA of 18>>, though she laughed about it.
        X: Our safeguarding policy follows <<the Charities Act 2011>> and the council's adult safeguarding page, {url}.
        X: If it helps, {o3f.last} from the shop can come with her to an appointment, as she did <<over two weekends>> last year; please ring the shop on {phone}.
        E: Yours sincerely,¶¶{s1.full}¶<<Shop Manager>>, hospice shop, {town}
        """,
        ("HS/~/####", "ACC-####"), sex="F", old=True,
    ),
    _style(
        "amateur_dramatics_society_child_pantomime_injury_letter", "letter",
        "an amateur dramatics society's secretary writes to a child's GP about a boy hit by a "
        "falling piece of scenery during a pantomime, who was sent home with a headache (child)",
        """
        H: {ldate}¶The Secretary, amateur dramatic society¶Ref: {ref}¶¶{d.tdr}¶{gp}
        H: Dear {d.tdr},
        C: I am writing as secretary of the society, a member of <<the Little Theatre Guild of Great Britain>>, about {p.tfull}, born {dob}, who was one of the children in our pantomime on {date}, with his {rel}'s agreement.
        C: During the second act a painted flat came loose from its brace and struck {p.first} on the head, and our <<Front of House Manager>> {o1m.full} brought the curtain down and sat him in <<row F of the stalls>>.
        C: A member of the audience who said she was a nurse, {o2f.full}, checked him over, and he was taken home by his {rel} <<since the interval>> had ended.
        C: The next morning he was sick twice and was taken to {hospital}, where {d2.tdr} found a small bleed on the scan, as I understand it, and he was kept in <<for six days>>.
        C: Our <<Wardrobe Mistress>> {o3f.full} has told me that the same flat had come loose at the dress rehearsal and was fixed with tape.
        X: The family's address is {addrb}, and his {rel}'s mobile is {mob}; he was given <<10 ml of syrup>> for the pain that night.
        X: His NHS number, as given on the form, is {nhs}, and the hospital number is {hosp}; the ward noted <<a PEWS of 5>> on arrival.
        X: We have asked our insurers and <<the Office for Product Safety and Standards>> for advice on the flats, and our insurers have given us the claim number {ref2}.
        X: The chaperone, {o4.last}, kept a log <<since the interval>> began of the children's times and can be reached through {email2}.
        X: Our box office volunteer {o5.first} has written the accident up with me <<for half an hour>>, and the hall's owners can be reached on {phone}.
        E: Yours sincerely,¶¶{s1.full}¶Secretary
        """,
        ("ADS-~-###", "INS#######"), sex="M", child=True,
    ),
    _style(
        "catering_manager_allergen_meal_email", "letter",
        "a hospital catering manager e-mails a ward sister about a patient with a nut allergy who "
        "was sent a pudding with almonds in it from the kitchen",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {s2.email}¶Subject: allergen incident on {ward}, ref {ref}
        H: Dear {s2.first},
        C: Following our call, I have looked into the pudding that went to {p.tfull} on {ward} on {date}, from <<bay 6 of the loading dock>>, which had almonds in it though his meal order said nut free.
        C: The <<Catering Assistant>> {o1f.full} made up the trays from the printed list, and the allergy flag for {p.first} did not print because the order had been put in on a phone and not on the ward tablet.
        C: {p.title} ate two spoons, felt his lips swell <<for nine minutes>>, and was treated by {d.tdr} with adrenaline, <<dexamethasone>> and a night of monitoring.
        C: Under <<the Food Safety Act 1990>> and <<the Food Information Regulations 2014>> we have to show the allergens of every dish, and we did, but the tray did not carry them.
        C: Our <<Ward Hostess>> on the day, {o2f.full}, asked at the desk whether the pudding was safe and was told yes by an agency nurse.
        X: His details, for your Datix: {p.caps}, hospital number {hosp}, NHS number {nhs}, of {addr}; he is on <<amiodarone>>.
        X: His {rel} {r.full} rang our office on {phone} <<for half an hour>> and I have promised to call back.
        X: The menu system supplier has been told under ticket {ref2}, and {o3m.last} from their team is looking at why the flag did not print on <<the pneumatic tube>> labels too.
        X: I have asked the <<Catering Assistant>> team to check allergy trays twice <<for four shifts>> while the fix goes in.
        X: I copied this to our food safety lead {o4.full}, who reports to <<the Office for Product Safety and Standards>> on labels, and to the patient experience team at {email}.
        E: Kind regards,¶{s1.full}¶Catering Manager, {hospital}
        """,
        ("CAT-^-###", "SUP-######"), sex="M",
    ),
    _style(
        "gp_dispensary_very_old_patient_blister_pack_letter", "letter",
        "a GP practice's lead dispenser writes to a hospital discharge team about a very old woman "
        "sent home with a blister pack that did not match her new tablets (old)",
        """
        H: {ldate}¶{gp} Dispensary¶Our ref: {ref}¶¶Discharge Team, {hospital}
        H: Dear colleagues,
        C: I write about {p.tfull}, {age}, who was discharged from {ward} on {date}, after <<an AMTS of 4>> on the ward, with a blister pack made up from her old list, not the list on her discharge letter.
        C: Her discharge letter stopped her <<amiodarone>> and started <<levothyroxine>>, but the pack from the hospital still held the old tablets, and she took both <<for six days>>.
        C: Our <<Dispensing Assistant>> {o1f.full} noticed when her {rel} {r.full} brought the pack in to be changed, and I rang {d.tdr} at once.
        C: {d.tdr} saw {p.first} at home that afternoon and found <<Lhermitte's sign>> absent; her pulse was slow and her blood tests showed the changes you would expect, and she was kept at home with daily checks by {s1.full}.
        C: I understand the pack was made up by a contractor before the ward round, and that the <<Accountable Pharmacist>> {o2m.full} in your pharmacy was the one who checked it.
        X: Her address is {addrb}, and her NHS number is {nhs}; hospital number {hosp}; she has <<two scoops>> of thickener in drinks.
        X: She is registered with us and has been a dispensing patient, on <<one capsule with meals>> of <<Creon>>, for nearly thirty years; she lives alone with carers from {prov} four times a day.
        X: Her carer {o3f.full} told me the pack had been left on the side <<for half an hour>> before anyone looked at it, and that she uses <<a pill crusher>> for the larger tablets.
        X: Our practice's dispensing is inspected under <<the Human Medicines Regulations 2012>>, and we have recorded this under {ref2}.
        X: Please ring me on {phone} or e-mail {email}; I am a member of <<the National Pharmacy Association>> and can share its advice.
        E: Yours faithfully,¶¶{s2.full}¶Lead Dispenser
        """,
        ("DSP/~/###", "SE-####"), sex="F", old=True, provider=True,
    ),
    _style(
        "chess_club_secretary_member_stroke_email", "letter",
        "a chess club secretary e-mails a member's relative about the evening the member's speech "
        "went and the club thought he was tired",
        """
        H: From: {o1.pemail}¶Sent: {ldate} {time}¶To: {r.pemail}¶Subject: your father and club night
        H: Dear {r.first},
        C: I am so sorry about your father, and I wanted to write down what happened at <<board 14>> on {date}, as you asked, before I forget it.
        C: {p.first} was playing at <<board 14>> against {o2m.full} when he started to put pieces on the wrong squares and his words came out jumbled <<for nine minutes>> or so.
        C: We thought he was tired, and our <<Match Secretary>> {o3f.full} made him a tea and sat with him, and I regret that no one thought of a stroke.
        C: When he could not lift his cup with his right hand, {o2m.first} rang 999 at {time}, <<for seventeen minutes>> after the first signs, and the crew took him to {hospital}, where I understand {d.tdr} gave him a clot-busting drug.
        C: I have written to <<the English Chess Federation>> to ask for first aid guidance for clubs, and we will put a poster about stroke by the door.
        X: For the hospital's form, he gave his address to the club as {addr}, and his date of birth as {dob}; he was on <<40 mg daily>> of a statin.
        X: His NHS number was on a card in his wallet, {nhs}, which I gave to the crew with his <<phenytoin>> box.
        X: He had told us he was on <<phenytoin>> after a fit years ago, and that he had <<an Epworth score of 14>> from a sleep clinic, which he joked about.
        X: The club meets at the church hall on {street} at <<table 9>>, and the hall's booking office is on {phone}.
        X: If it helps with the ward, my own number is {mob}, and the club's treasurer is {o4.last}, our <<Club Captain>> too.
        E: With best wishes to him,¶{o1.full}¶Club secretary
        """,
        ("CHS-~-##", "FAQ-####"), sex="M",
    ),
    _style(
        "patient_transport_missed_dialysis_letter", "letter",
        "a patient transport service's control room manager writes to a renal unit about a woman "
        "left at home for two dialysis sessions after her booking was cancelled in error",
        """
        H: {ldate}¶Patient transport control, {town}¶Our ref: {ref}¶¶{d.tdr}¶Renal unit, {hospital}
        H: Dear {d.tdr},
        C: I write about {p.tfull}, date of birth {dob}, whose transport to dialysis was cancelled in error on {date}, <<for six days>> of bookings, so that she missed two sessions.
        C: Our <<Duty Controller>> {o1m.full} cancelled a run of bookings after a call from a woman of the same name, and the system did not ask for a second check.
        C: {p.first} rang our line <<for half an hour>> on the second morning but hung up when the queue did not move, and her {rel} found her breathless that evening.
        C: She was taken to {hospital}, where {d2.tdr} treated a high potassium, and she had an extra session and stayed on {ward} <<for six days>>.
        C: The crew lead {o2f.full} has said that crews were told only that the run was cancelled, with no reason given, and that <<the hoist sling>> for her chair was left at base.
        X: Her address on our system is {addrb}, with the old address {addr2} still showing on a second record <<for four shifts>>.
        X: Her NHS number is {nhs}, and her hospital number {hosp}; her mobile is {mob}; she takes <<sodium valproate>> and was frightened of a fit.
        X: Our control room works to <<the Road Traffic Act 1988>> for the vehicles and to the trust's own rules for bookings, which I have sent to {o3m.full}.
        X: The call recording has been kept under {ref2} by the <<Duty Controller>>, and you can reach me on {phone} or at {email}.
        X: I have also spoken to {o4.full}, who runs the dialysis transport contract for {trust} under <<the Road Traffic Act 1988>> licence.
        E: Yours sincerely,¶¶{s1.full}¶Control Room Manager
        """,
        ("PTS-^-####", "CALL~#####"), sex="F",
    ),
    _style(
        "sterile_services_manager_endoscope_recall_letter", "letter",
        "a sterile services manager writes to a patient about a bronchoscope whose cleaning "
        "record was missing, asking the patient to come for a blood test",
        """
        H: {ldate}¶Sterile Services, {hospital}¶Our ref: {ref}¶¶{p.tfull}¶{addrb}
        H: Dear {p.title},
        C: I am writing to you about the camera test of your lungs that you had on {date} with {d.tdr}, in <<couch 2>> of the day unit.
        C: We have found that the record of cleaning for the scope used that day was not saved by <<the washer-disinfector>>, so we cannot show that it was cleaned the right way.
        C: The <<Sterile Services Technician>> {o1f.full} who ran the machine believes the cycle was complete, and the machine's own log shows it ran, but the print-out is missing.
        C: The risk to you is very low, but we would like to offer you a blood test, and a meeting with me and the <<Decontamination Lead>>, {o2m.full}, if you would like one.
        C: Your hospital number is {hosp} and your NHS number is {nhs}; please have these with you when you ring, and the box of <<dexamethasone>> if you still take it.
        X: Your GP at {gp} has been told, and {d2.tdr} there has a copy of this letter <<for six days>> now.
        X: The clinic can be reached on {phone}, or by e-mail at {email}, between nine and four; the <<Decontamination Lead>> answers on Fridays.
        X: If you had <<Lhermitte's sign>> or any new symptoms since the test, please tell the nurse, {s1.full}, when you come.
        X: We have looked back at the scope's other uses <<for six days>> either side, and have written to those people too.
        X: You can read about how we clean scopes in <<the washer-disinfector>> on our website at {url}.
        E: Yours sincerely,¶¶{s2.full}¶Sterile Services Manager
        """,
        ("SSD/~/###", "LB######"),
    ),
    _style(
        "laundry_contractor_sharps_in_linen_needlestick_email", "letter",
        "a laundry contractor's site manager e-mails a hospital's infection team about a sorter "
        "stabbed by a needle left in a returned bag of ward linen",
        """
        H: From: {s1.email}¶Sent: {ldate} {time}¶To: {email}¶Subject: needlestick in soiled linen, your ref {ref}
        H: Dear {d.tdr},
        C: I am the site manager at the laundry, with <<the tunnel washer>>, that takes your ward linen, and I write about our sorter, {p.full}, who was stabbed through her glove by a needle in a bag from {ward} on {date}.
        C: The bag came through in <<a roll cage>> with others from your site, and the needle was inside a pillow case with a used cannula.
        C: Our <<Laundry Supervisor>> {o1f.full} washed the wound and sent {p.first} to {hospital}, where {d2.tdr} took bloods and started her on tablets, which she took <<for four shifts>> before they made her too sick to work.
        C: We have told <<the Institute of Decontamination Sciences>>, and our regional manager {o2m.tfull} has asked that your wards be reminded about sharps.
        C: {p.first} is {age} and has worked with us for nine years, <<for four shifts>> a week, and she is very frightened.
        X: Her details for the source testing form: {p.caps}, date of birth {dob}, NHS number {nhs}, {addr}; she had a dose of <<0.5 mg stat>> of something for sickness.
        X: Her mobile is {mob}, and she has asked that her {rel} {r.full} be kept informed by <<Laundry Supervisor>> {o1f.last}.
        X: The cage label on <<a roll cage>> showed the linen came from {ward} and {ward2}, and we have kept it under {ref2}.
        X: Bags of linen under <<the Hazardous Waste Regulations 2005>> should never hold sharps, and I would like to know how this one did.
        X: Please ring me on {phone}; our occupational health adviser {o3.full}, who knows <<Phalen's test>> from our ironer injuries, can also help.
        E: Regards,¶{s1.full}¶Site Manager
        """,
        ("LIN-~-###", "CAGE-#####"), sex="F",
    ),
)
# fmt: on

# Top-up sentences, one set per register: prose reviews, logs and letters.
SHARED = (
    "The review panel met on {next} and heard from {s2.full}, who had not been told about the event until a week later.",
    "{p.first}'s {rel} was offered a meeting and asked for the notes to be sent to {p.pemail}.",
    "A copy of the findings was sent to the practice, {gp}, with the family's agreement.",
    "A statement was taken from {o5.full}, who had worked in the department <<for four shifts>> that week.",
    "The timeline was checked against the call log and against the records held by {council}.",
    "The record gives the patient's address as {addr}.",
    "No one was blamed, and the panel thanked {o5.fl} for speaking openly.",
    "Contact for this review: {s2.email}, or the governance office on {phone}.",
    "{p.title} was given the number {ref2} for any questions about this review.",
    "The findings were shared with the team at {hospital2}, where something similar had happened.",
    "A member of the panel, {o5.tfull}, asked for the learning to go to <<the Royal Pharmaceutical Society>> network as well.",
    "The ward manager of {ward2} was told, as the patient had been there <<for six days>> the year before.",
    "The trust's page about reviews like this one is at {url}.",
)  # fmt: skip
SHARED_LINES = (
    "Note added: {p.first}'s {rel} rang asking for an update",
    "Manager {s2.full} informed; nothing further tonight",
    "Reference {ref2} given to the family",
    "Practice {gp} told by e-mail",
    "Message left for {o5.full} on {mob}",
    "Handover to {s2.fl}; open items carried over",
    "Checked with {hospital2}: patient not known there",
    "Address on file confirmed as {addr}",
    "Welfare call to {p.title}: no answer, try again <<for half an hour>>",
    "Shift note: <<the pager>> handed over to {o5.lower}",
)  # fmt: skip
SHARED_LETTER = (
    "I have copied this letter to {s2.full}, who leads on patient safety for {trust}.",
    "If you would like to talk about any of this, please ring {phone}.",
    "Our reference for this matter is {ref2}; please quote it in any reply.",
    "{p.first}'s {rel} knows that I am writing to you.",
    "I am grateful to {o5.full} for help in putting this letter together.",
    "I have kept a copy of this letter on our file for {p.caps}.",
    "Please write to me at the address above or at {email}.",
    "A copy goes to the patient's GP practice, {gp}, <<since the interval>> between letters has been long.",
    "I know that {p.first} would be glad of a call from the practice, on {phone} or on {mob}.",
    "The matter has been logged with {council} as well, as the family asked.",
    "There is more about this on our website, {url}.",
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
    group = OWN_GROUPS[rng.choice(sorted(OWN_GROUPS))]
    first = rng.choice(group[sex])
    roll = rng.random()
    if roll < 0.25:
        last = rng.choice(WORD_NAMES)
    elif roll < 0.33:
        a, b = rng.sample([n for n in group["L"] if " " not in n], 2)
        last = f"{a}-{b}"
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
            relation = {"F": ("mother", "aunt", "grandmother"), "M": ("father", "uncle", "grandfather")}
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
        if form == "first" and who.nicks and rng.random() < 0.4:
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
    elif style.sign_form == "wa":
        roll = rng.random()
        if roll < 0.2:
            out.add(out.mobile(), "PHONE")
        else:
            out.person(rng.choice(style.signs), "full" if roll < 0.8 else "first")
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
