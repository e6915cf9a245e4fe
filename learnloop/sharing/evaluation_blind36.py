"""A thirty-sixth blind de-identification pack: town centres at night and the services around them.

Synthetic narratives with gold spans, written without reading the engine (see
evaluation_blind36.md). Street pastors, a night shelter, a homeless outreach van, a needle
exchange, a late-night pharmacy, door staff, a taxi marshal, a kebab shop, a student union bar, a
24-hour gym, a casino, a night bus, a police custody suite's healthcare room, a "safe space" bus,
a hostel's night manager, a food delivery rider and a CCTV control room write about people hurt,
lost or taken ill in a town centre after dark. Every person, street, number and address is made up;
the towns and villages are real.

Interface as the earlier packs: ``generate(count, seed=1)``, ``example(rng, number, style=None)``,
``generate_with_negatives(count, seed=1)``, ``STYLES``, ``alternatives()``.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

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

PREFIX = "blind36"
LOW_WORDS, HIGH_WORDS = 200, 480
AGE_MENTION = re.compile(r"\bage[d]? (\d{1,3})\b|\b(\d{1,3})(?=yo\b| y/o| years old| yrs\b|y\b)")

# ---------------------------------------------------------------------------------------------
# Places: real towns with a lively centre, their main postcode district, dialling code, county,
# local council and two real nearby villages or suburbs. Districts and codes written from memory.
# ---------------------------------------------------------------------------------------------

TOWN_INFO = {
    "Spennymoor": ("DL16", "01388", "County Durham", "Durham County Council", ("Tudhoe", "Kirk Merrington")),
    "Newton Aycliffe": ("DL5", "01325", "County Durham", "Durham County Council", ("Heighington", "School Aycliffe")),
    "Billingham": ("TS23", "01642", "Teesside", "Stockton-on-Tees Borough Council", ("Wolviston", "Cowpen Bewley")),
    "Thornaby": ("TS17", "01642", "Teesside", "Stockton-on-Tees Borough Council", ("Ingleby Barwick", "Stainton")),
    "Lytham St Annes": ("FY8", "01253", "Lancashire", "Fylde Council", ("Ansdell", "Wrea Green")),
    "Heywood": ("OL10", "01706", "Greater Manchester", "Rochdale Borough Council", ("Hopwood", "Darn Hill")),
    "Atherton": ("M46", "01942", "Greater Manchester", "Wigan Council", ("Hindsford", "Howe Bridge")),
    "Westhoughton": ("BL5", "01942", "Greater Manchester", "Bolton Council", ("Wingates", "Daisy Hill")),
    "Newton-le-Willows": ("WA12", "01925", "Merseyside", "St Helens Borough Council", ("Earlestown", "Wargrave")),
    "Alsager": ("ST7", "01270", "Cheshire", "Cheshire East Council", ("Rode Heath", "Church Lawton")),
    "Elland": ("HX5", "01422", "West Yorkshire", "Calderdale Council", ("Holywell Green", "West Vale")),
    "Mirfield": ("WF14", "01924", "West Yorkshire", "Kirklees Council", ("Hopton", "Battyeford")),
    "Cleckheaton": ("BD19", "01274", "West Yorkshire", "Kirklees Council", ("Scholes", "Gomersal")),
    "Normanton": ("WF6", "01924", "West Yorkshire", "Wakefield Council", ("Altofts", "Snydale")),
    "Knottingley": ("WF11", "01977", "West Yorkshire", "Wakefield Council", ("Ferrybridge", "Kellingley")),
    "Hemsworth": ("WF9", "01977", "West Yorkshire", "Wakefield Council", ("Fitzwilliam", "Kinsley")),
    "Shipley": ("BD18", "01274", "West Yorkshire", "Bradford Council", ("Saltaire", "Baildon")),
    "Bingley": ("BD16", "01274", "West Yorkshire", "Bradford Council", ("Cottingley", "Crossflatts")),
    "Sutton-in-Ashfield": ("NG17", "01623", "Nottinghamshire", "Ashfield District Council", ("Huthwaite", "Skegby")),
    "Rugeley": ("WS15", "01889", "Staffordshire", "Cannock Chase District Council", ("Brereton", "Armitage")),
    "Burntwood": ("WS7", "01543", "Staffordshire", "Lichfield District Council", ("Chasetown", "Chase Terrace")),
    "Kingswinford": ("DY6", "01384", "West Midlands", "Dudley Council", ("Wall Heath", "Wordsley")),
    "Bilston": ("WV14", "01902", "West Midlands", "Wolverhampton City Council", ("Coseley", "Ettingshall")),
    "Kenilworth": ("CV8", "01926", "Warwickshire", "Warwick District Council", ("Leek Wootton", "Burton Green")),
    "Weybridge": ("KT13", "01932", "Surrey", "Elmbridge Borough Council", ("Oatlands", "New Haw")),
    "Walton-on-Thames": ("KT12", "01932", "Surrey", "Elmbridge Borough Council", ("Hersham", "Whiteley Village")),
    "Godalming": ("GU7", "01483", "Surrey", "Waverley Borough Council", ("Farncombe", "Busbridge")),
    "Burgess Hill": ("RH15", "01444", "West Sussex", "Mid Sussex District Council", ("Ditchling", "Hassocks")),
    "Shoreham-by-Sea": ("BN43", "01273", "West Sussex", "Adur District Council", ("Southwick", "Lancing")),
    "Rochester": ("ME1", "01634", "Kent", "Medway Council", ("Borstal", "Strood")),
    "Sheerness": ("ME12", "01795", "Kent", "Swale Borough Council", ("Queenborough", "Eastchurch")),
    "Grays": ("RM17", "01375", "Essex", "Thurrock Council", ("Chafford Hundred", "Stifford Clays")),
    "Cheshunt": ("EN8", "01992", "Hertfordshire", "Broxbourne Borough Council", ("Goffs Oak", "Waltham Cross")),
    "Bedlington": ("NE22", "01670", "Northumberland", "Northumberland County Council", ("Choppington", "Stakeford")),
}  # fmt: skip
TOWNS = tuple((town, info[0], info[1]) for town, info in TOWN_INFO.items())
LOCALITIES = {town: info[4] for town, info in TOWN_INFO.items()}

# Streets after old theatres and picture houses; wards after lighthouses; care homes after the
# evening offices and night music; home care companies after lamps and stars.
STREET_WORDS = (
    "Gaumont", "Odeon", "Regal", "Palladium", "Hippodrome", "Alhambra", "Empire", "Lyceum",
    "Coliseum", "Tivoli",
)  # fmt: skip
STREET_KINDS = ("Street", "Road", "Parade", "Arcade", "Passage", "Yard", "Row", "Way", "Lane")
WARD_WORDS = ("Longships", "Smeaton", "Spurn", "Hartland", "Dungeness", "Wolf Rock", "Lizard Point")
WARD_KINDS = ("Ward", "Ward", "Unit", "Suite")
HOMES = (
    "Vesper House", "Compline Court", "Evensong Lodge", "Nocturne House", "Moonflower Lodge",
    "Eveningtide Nursing Home",
)  # fmt: skip
PROVIDERS = (
    "Gaslight Home Care", "Starlit Homecare Ltd", "Moonbeam Support Services",
    "Nightlight Domiciliary Care", "Lamplit Care Ltd",
)  # fmt: skip
GP_WORDS = ("Clocktower", "Guildhall", "Assembly Rooms", "Old Library", "Market Hall")
GP_KINDS = ("Surgery", "Medical Centre", "Practice", "Health Centre")
HOSP_NAMES = (
    "{town} Memorial Hospital", "{town} General Infirmary", "{town} Urgent Treatment Centre",
    "{county} Royal Infirmary", "{town} Minor Injuries Unit",
)  # fmt: skip
TRUST_FORMS = (
    "{town} and {town2} Hospitals NHS Foundation Trust", "{county} Community Health NHS Trust",
    "{county} Partnership NHS Foundation Trust", "{town} Healthcare NHS Trust",
)  # fmt: skip
# One hospital number shape per town (by its place in TOWN_INFO).
HOSP_FORMS = ("AAA999999", "9999A9999", "A99-99999")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# ---------------------------------------------------------------------------------------------
# Look-alikes: written in, never gold.
# ---------------------------------------------------------------------------------------------

LOOKALIKES = {
    "drug": (
        "Nyxoid", "chlordiazepoxide", "thiamine", "ondansetron", "pregabalin", "gabapentin",
        "ketamine", "GHB", "nitazenes",
    ),
    "dose": ("800 micrograms", "1.8 mg", "20 mg", "300 mg", "4 mg", "500 ml", "15 mg", "100 mg"),
    "score": (
        "a CIWA-Ar of 19", "a SADQ of 34", "a RASS of -2", "a positive Paddington Alcohol Test",
        "an Alvarado score of 3", "an Injury Severity Score of 9", "a Revised Trauma Score of 11",
        "a Clinical Opiate Withdrawal Scale of 12", "the NEXUS criteria",
        "the Canadian C-spine rule",
    ),
    "device": (
        "a breathalyser", "a spit hood", "a foil blanket", "a body-worn camera", "a Taser",
        "a glucometer", "a bleed kit", "a fentanyl test strip", "a cervical collar",
        "a pocket face shield",
    ),
    "national": (
        "the Security Industry Authority", "the Independent Office for Police Conduct",
        "the Salvation Army", "GamCare", "Drinkaware", "the Ascension Trust",
        "the Night Time Industries Association", "Turning Point", "Change Grow Live",
    ),
    "law": (
        "the Misuse of Drugs Act 1971", "the Psychoactive Substances Act 2016",
        "the Police and Criminal Evidence Act 1984", "the Gambling Act 2005",
        "the Vagrancy Act 1824", "the Homelessness Reduction Act 2017",
        "the Private Security Industry Act 2001", "the Public Order Act 1986",
        "the Housing Act 1996",
    ),
    "eponym": (
        "Barton's fracture", "Maisonneuve fracture", "Lisfranc injury", "Chance fracture",
        "Stener lesion", "Segond fracture", "Pott's fracture", "Galeazzi fracture",
        "Le Fort fracture", "Marchiafava-Bignami disease",
    ),
    "word": (
        "Door Supervisor", "Taxi Marshal", "Night Manager", "Street Pastor", "Outreach Worker",
        "Control Room Operator", "Pit Boss", "Floor Manager", "Harm Reduction Worker",
        "Bar Manager", "Gym Instructor", "Head Doorman", "Detention Officer", "Croupier",
    ),
    "bed": ("Cell 4", "Bunk 7", "Chair 3", "Bed space 6", "Mat 2", "Couch 1"),
    "duration": (
        "for 35 minutes", "for about two hours", "for five nights", "for 90 seconds",
        "for six weeks", "for 48 hours", "for 11 hours", "for ten days",
        "for a quarter of an hour", "for three months",
    ),
}  # fmt: skip
NATIONAL = LOOKALIKES["national"]

# Initials that read as a clinical or night-time abbreviation are written "J. Surname" instead.
CLINICAL_INITIALS = frozenset(
    """GP ED AE OD BD IM IV SC PO NG PR PV CT MR BP HR RR OT MI PE AF MS RA OA FH OE CP DS SP
    AM PM ID OK UTC MIU ICU ITU HDU AKI UTI DVT TIA CVA NAD NBM DNA SOB LOC RTA RTC PMH HPC CKD
    NHS CQC ICB GCS SIA CCTV ASB PCSO PACE HIV HCV NPS NFA ST DJ DNR ECG MRI PRN TDS QDS PWID
    COPD SALT""".split()
)

# ---------------------------------------------------------------------------------------------
# People: Faker names through the shared code, and five groups of the pack's own.
# ---------------------------------------------------------------------------------------------

OWN_GROUPS = {
    "Maori": {
        "F": ("Mere", "Ngaio", "Moana", "Kiri", "Hine", "Anahera", "Huia", "Mihi"),
        "M": ("Hemi", "Wiremu", "Tama", "Rewi", "Hohepa", "Nikau"),
        "L": ("Parata", "Ngata", "Tawhiri", "Horomona", "Karaka", "Tapsell", "Te Rangi",
              "Te Whata", "Te Kani", "Pomare", "Waaka", "Paewai"),
    },
    "Malayalam": {
        "F": ("Nimisha", "Reshma", "Divya", "Aswathy", "Neethu", "Sruthi"),
        "M": ("Sreekumar", "Vishnu", "Anoop", "Jithin", "Sanoop", "Nidhin", "Prasanth"),
        "L": ("Kurian", "Panicker", "Chacko", "Thekkedath", "Nambiar", "Kaimal", "Kunnath",
              "Puthenpurayil", "Vadakkedath"),
    },
    "Haitian Creole": {
        "F": ("Mirlande", "Nadège", "Guerline", "Wideline", "Roseline", "Magalie", "Fabienne"),
        "M": ("Wilner", "Frantz", "Ronel", "Wesner", "Dieuseul", "Fritznel", "Jocelin"),
        "L": ("Jean-Baptiste", "Pierre-Louis", "Dorvilien", "Saint-Fleur", "Cadet", "Dorcélus",
              "Louissaint", "Désir", "Altidor"),
    },
    "Xhosa": {
        "F": ("Noluthando", "Nosipho", "Siphokazi", "Zintle", "Unathi", "Thembeka", "Nomakhaya"),
        "M": ("Lwazi", "Luvuyo", "Mzwandile", "Vuyani", "Xolani", "Lungisa", "Sakhumzi"),
        "L": ("Mlambo", "Qwabe", "Ntshona", "Gqozo", "Nqakula", "Mdletshe", "Mgijima", "Mqhayi"),
    },
    "Uzbek": {
        "F": ("Dilnoza", "Gulnora", "Malika", "Nodira", "Shahnoza", "Zulfiya"),
        "M": ("Jasur", "Bobur", "Sardor", "Otabek", "Sherzod", "Farrukh", "Akmal", "Rustam"),
        "L": ("Karimov", "Yusupov", "Rakhimov", "Tursunov", "Mirzaev", "Ergashev", "Nazarov",
              "Sobirov"),
    },
}  # fmt: skip
OWN_FIRST = {
    sex: tuple(name for group in OWN_GROUPS.values() for name in group[sex]) for sex in "FM"
}
OWN_LAST = tuple(name for group in OWN_GROUPS.values() for name in group["L"])
# Uzbek men are written with a patronymic in four draws in ten: the father's name and o'g'li
# ("Jasur Akmal o'g'li"), always one span with the particle inside.
PARTICLE = "o'g'li"
PARTICLES = (PARTICLE,)
NICKNAMES = {
    "Wiremu": ("Wiri",), "Hohepa": ("Hepa",), "Sreekumar": ("Sree",), "Nimisha": ("Nimmi",),
    "Fritznel": ("Fritz",), "Guerline": ("Guegue",), "Noluthando": ("Lulu",),
    "Siphokazi": ("Kazi",), "Shahnoza": ("Shahi",), "Sherzod": ("Sheri",),
}  # fmt: skip
WORD_NAMES = ("Hale", "Golding", "Summers", "Luck", "Love", "Wise", "Merry", "Blunt", "Bolt")
ALL_WORD_NAMES = frozenset(WORD_NAMES)
NAME_FORMS = (
    "full first last title tfull dr init initl caps upper lower nick email pemail poss fl si"
).split()
RELATIONS = {
    "F": ("daughter", "sister", "niece", "partner", "wife", "granddaughter"),
    "M": ("son", "brother", "nephew", "partner", "husband", "grandson"),
}
PARENTS = {"F": ("mother",), "M": ("father",)}


def fold(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value.casefold())
    return plain.encode("ascii", "ignore").decode()


def _forbidden() -> frozenset[str]:
    words: set[str] = set()
    texts = [t for terms in LOOKALIKES.values() for t in terms]
    for town, info in TOWN_INFO.items():
        texts += [town, info[2], info[3], *info[4]]
    texts += [*STREET_WORDS, *STREET_KINDS, *WARD_WORDS, *WARD_KINDS, *HOMES, *PROVIDERS]
    texts += [*GP_WORDS, *GP_KINDS, *HOSP_NAMES, *TRUST_FORMS, *MONTHS, *WEEKDAYS]
    for text in texts:
        words |= {fold(w) for w in re.findall(r"[^\W\d_]+", text) if len(w) > 2}
    return frozenset(words)


FORBIDDEN = _forbidden()


def _words(n: int) -> str:
    units = "zero one two three four five six seven eight nine".split()
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {units[rest]}" if rest else "")
    tens = {9: "ninety", 8: "eighty", 7: "seventy", 6: "sixty", 5: "fifty", 4: "forty",
            3: "thirty", 2: "twenty"}  # fmt: skip
    if n >= 20:
        return tens[n // 10] + (f"-{units[n % 10]}" if n % 10 else "")
    return str(n)


# ---------------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    name: str
    register: str  # prose, lines, letter
    what: str
    headers: tuple[str, ...]
    core: tuple[str, ...]
    extras: tuple[str, ...]
    endings: tuple[str, ...]
    refs: tuple[str, str]  # two reference shapes: A letter, 9 digit, others as written
    sex: str | None = None
    old: bool = False
    child: bool = False
    provider: bool = False
    topup: str = ""  # lines: the shape of a log line, with {stamp} {clock} {text} {sign}
    stamp: str = ""  # lines: strftime of the stamp
    signs: tuple[str, ...] = ("s1", "s2")
    sign_forms: tuple[str, ...] = ("init",)
    clock: str = "%H:%M"
    ages: tuple[int, int] | None = None  # the patient's age range, when the style fixes one


def _style(name, register, what, headers, core, extras, endings, refs, **kw) -> Style:
    return Style(name, register, what, tuple(headers), tuple(core), tuple(extras),
                 tuple(endings), refs, **kw)  # fmt: skip


STYLES: list[Style] = []

# -- prose (11) --------------------------------------------------------------------------------

STYLES += [
    _style(
        "street_pastors_doorway_head_injury_review", "prose",
        "review of a man found slumped in a shop doorway by street pastors whose head injury was "
        "put down to drink until he was found unrousable in the morning",
        (
            "Patient safety review {ref}: {p.caps}, born {dob}, NHS number {nhs}, hospital "
            "number {hosp}.",
            "Home address {addr}; previously of {addr2}. Reviewer {s1.full}, {trust}.",
        ),
        (
            "At {time} on {day} two street pastors, {o1f.full} and {o2m.full}, found "
            "{p.title} sitting in the doorway of a shop on {street} with blood in his hair and a <<Door Supervisor>> "
            "watching from the bar opposite.",
            "<<Street Pastor>> {o1f.last} wrapped him in <<a foil blanket>> and stayed with him "
            "<<for 35 minutes>> while {o2m.first} rang for an ambulance.",
            "The crew recorded the smell of alcohol and <<the Canadian C-spine rule>> as "
            "negative, and {p.first} was brought to {hospital} at {time2}.",
            "He was sent home at dawn without a scan after waiting <<for 11 hours>>, and his {rel}, {r.full}, found him "
            "unrousable on {next} and rang {phone}.",
            "A CT scan at {hospital2} showed a bleed, and he was moved to {ward} under "
            "{d.dr} with <<a cervical collar>> still on.",
        ),
        (
            "The triage note says he was drunk, although <<a breathalyser>> reading was never "
            "taken and nobody checked whether he had fallen.",
            "The street pastors' coordinator, {o3.full}, said the team logs every contact on a sheet kept <<for three months>> and "
            "would have passed on the doorway and the blood on the step.",
            "{r.first} told us {p.first} drank little and was on <<gabapentin>> for his back, "
            "which can make a person unsteady.",
            "Training from <<the Ascension Trust>> tells street pastors to hand over in person; the "
            "handover to the crew was recorded as {s2.init}.",
            "The discharge letter went to {gp} on {later}; {d.title} wrote that he should have "
            "been observed <<for 48 hours>>.",
        ),
        ("The review will be shared with {r.tfull} and the pastors' team. Contact {email2}.",),
        ("SP-{yy}-####", "NSR/####/{yy}"), sex="M",
    ),
    _style(
        "night_shelter_guest_hypoglycaemia_taken_for_drink_review", "prose",
        "review of a night shelter guest with diabetes found confused in his bunk whose low sugar "
        "was taken for drink and who was fitting when the ambulance came",
        (
            "Serious incident review {ref} ({trust}) about {p.tfull}, date of birth {dob}.",
            "NHS {nhs}; hospital number {hosp}; address on the shelter's books {addr}.",
        ),
        (
            "{p.full}, {age}, had slept at the night shelter <<for five nights>> and kept his "
            "insulin pens in the office fridge.",
            "At {time} on {date} the volunteer on shift, {o1m.full}, found him in <<Bunk 7>> "
            "sweating and swearing and thought he had been drinking.",
            "The <<Night Manager>>, {o2f.full}, asked him to leave the dormitory under the "
            "shelter's rules on alcohol.",
            "When he was seen fitting on the pavement on {street}, a passer-by rang 999, and "
            "<<a glucometer>> reading by the crew was 1.6.",
            "He was treated at {hospital} and admitted to {ward}, where {d.dr} gave <<thiamine>> and noted "
            "he had not eaten since the soup run.",
        ),
        (
            "Staff had no way to check a sugar, as <<a glucometer>> was still on the wish list; the "
            "form asks about alcohol and drugs but not about diabetes.",
            "His sister, {r.tfull}, said he had been told by {gp} to carry glucose tablets and to take "
            "<<gabapentin>> only at night.",
            "Each week <<the Salvation Army>> visits the shelter, and its worker, {o3.full}, had "
            "noticed the insulin pens in {p.first}'s bag.",
            "The rota showed {o1m.last} was on his first night alone; he had been trained "
            "<<for a quarter of an hour>> by {o2f.first}.",
            "The housing officer, {o4.full}, had a duty under <<the Homelessness Reduction Act "
            "2017>> and had met him on {prev}.",
        ),
        ("Findings sent to {council} and to {r.title} on {later}. Questions to {email}.",),
        ("NS/{yy}/###", "SIR-####-{yy}"), sex="M",
    ),
    _style(
        "homeless_outreach_van_leg_wound_sepsis_review", "prose",
        "review of a rough sleeper whose leg wound was dressed in an outreach van three nights "
        "running before he was found with sepsis",
        (
            "Learning review {ref}: {p.caps}, born {dob}, NHS {nhs}.",
            "Last settled address {addr2}; hospital number {hosp}; care group {trust}.",
        ),
        (
            "The homeless outreach van parks behind the bus station from nine, and {p.full} first "
            "came to it on {prev} with a weeping wound on his shin and <<a SADQ of 34>> on file.",
            "The nurse on the van, {o1f.full}, dressed it and gave him <<a foil blanket>>, "
            "noting that he injected into the leg.",
            "On {date} the <<Outreach Worker>>, {o2.full}, saw him limp to the van at {time} and "
            "wrote \"leg worse, wants dressing only\".",
            "By {next} he could not stand, and the crew took him to {hospital} with a "
            "temperature of 39.4 and <<a RASS of -2>>.",
            "He spent three days on {ward} under {d.dr}, who noted <<an Injury Severity Score of 9>> "
            "copied from another patient.",
        ),
        (
            "The van's notes were on paper and the next shift did not see them; {s1.full} "
            "reviewed the box file <<for about two hours>>.",
            "<<Change Grow Live>> runs the needle exchange on the same street and had given him "
            "<<a fentanyl test strip>> the week before.",
            "{o1f.last} said she had asked him to go to {gp} but he had no address to register, "
            "which <<the Homelessness Reduction Act 2017>> does not require.",
            "His cousin {r.full} lives on {street} and had kept his post <<for six weeks>>; she can be "
            "reached on {mob}.",
            "The ward pharmacist, {o3.full}, found he had been given <<pregabalin>> by a friend.",
        ),
        ("Actions agreed with {council}; summary online at {url} (no names).",),
        ("HOV-####", "LR/{yy}/##"), sex="M",
    ),
    _style(
        "late_night_pharmacy_opioid_overdose_supply_review", "prose",
        "review of a man who overdosed hours after a late-night pharmacy could not find his "
        "prescription and sent him away without an overdose kit",
        (
            "Incident review {ref} for {trust}: {p.tfull} ({dob}), NHS {nhs}.",
            "Address {addr}. Hospital number {hosp}.",
        ),
        (
            "The late-night pharmacy on {street} stays open until midnight, and {p.first} "
            "arrived at {time} on {date} for his supervised dose of <<20 mg>>.",
            "The locum, {o1.full}, could not find the prescription from {gp} and told him to "
            "come back in the morning; he had stood at the counter <<for 35 minutes>>.",
            "He asked for <<Nyxoid>> for his flat but was told the pharmacy's stock was kept "
            "for the drug service.",
            "At {time2} his friend {o2m.full} found him blue on the stairs and a neighbour gave "
            "him rescue breaths through <<a pocket face shield>>.",
            "{p.title} was treated at {hospital}, where {d.dr} found <<nitazenes>> on the "
            "urine screen.",
        ),
        (
            "The prescription had been sent to another branch; the pharmacy's <<Night Manager>>, "
            "{o3.full}, said the system showed it on {next}.",
            "His dose was <<20 mg>> of methadone daily, and he had not missed one in six months.",
            "The drug worker from <<Turning Point>>, {o4.full}, had written that he needed a "
            "kit at home.",
            "His partner {r.full} said he rang her from outside the shop, upset, on {mob}, and that he "
            "had <<pregabalin>> with him.",
            "The superintendent pharmacist, {s1.title}, has since moved overdose kits and <<a pocket face shield>> "
            "to the counter.",
        ),
        ("Shared with {r.title} on {later}; queries to {email2} or {phone}.",),
        ("LNP-{yy}-####", "IR####"), sex="M",
    ),
    _style(
        "nightclub_door_restraint_collapse_review", "prose",
        "review of a young man held on the ground by door staff outside a nightclub who stopped "
        "breathing before the ambulance came",
        (
            "Death review {ref}: {p.caps}, date of birth {dob}, NHS number {nhs}.",
            "Address {addr}. Hospital number {hosp}. Coroner's reference {ref2}.",
        ),
        (
            "At {time} on {day} {p.full}, {age}, was asked to leave a nightclub on {street} "
            "by the <<Floor Manager>> after an argument at the bar.",
            "Two door staff, <<Head Doorman>> {o1m.full} and {o2.full}, held him face down on "
            "the pavement <<for a quarter of an hour>> by one witness's account.",
            "Footage from <<a body-worn camera>> worn by a doorman shows him saying he could not "
            "breathe.",
            "The paramedics found him in cardiac arrest and took him to {hospital}; he died on "
            "{ward} on {next}, on a ventilator <<for 48 hours>>.",
            "{d.dr} recorded a cause of death of restraint asphyxia with <<ketamine>> on board.",
        ),
        (
            "The door company's licences are issued by <<the Security Industry Authority>>, and "
            "both men held them.",
            "The police took statements under <<the Police and Criminal Evidence Act 1984>>; the "
            "case was referred to <<the Independent Office for Police Conduct>>.",
            "His mother {r.tfull} said he had never taken drugs before that night, least of all <<ketamine>>.",
            "The <<Bar Manager>>, {o3.full}, said the club has no first aider after midnight.",
            "The duty officer from {council}, {o4.full}, reviewed the licence under <<the Private Security Industry Act 2001>> on "
            "{later}.",
        ),
        ("Family liaison through {s1.full} ({email2}).",),
        ("DR-{yy}-###", "COR/####/{yy}"), sex="M",
    ),
    _style(
        "kebab_shop_fryer_oil_burn_review", "prose",
        "review of a kebab shop worker scalded by fryer oil after closing whose burn was cooled "
        "too briefly and whose transfer to a burns unit waited overnight",
        (
            "Clinical incident review {ref} ({trust}). Patient {p.full}, born {dob}.",
            "NHS {nhs}; hospital number {hosp}; home {addr}.",
        ),
        (
            "{p.first} was cleaning the fryer in the kebab shop on {street} at {time} on {date} "
            "when the basket slipped and hot oil ran over his forearm.",
            "The owner, {o1m.full}, ran the arm under the tap <<for 90 seconds>> and drove him "
            "to {hospital}.",
            "The nurse at triage, {s1.full}, dressed the arm in cling film but did not re-cool it, though "
            "<<a foil blanket>> was put over him.",
            "The burns unit at {hospital2} was full, and {d.dr} kept him on {ward} overnight with <<1.8 mg>> of "
            "morphine through the night.",
            "By {next} the burn was full thickness over a third of the forearm, "
            "having stayed under cling film <<for 11 hours>>.",
        ),
        (
            "The shop had no first aid kit, and the <<Bar Manager>> from the pub next door brought "
            "ice.",
            "{p.title} was given <<ondansetron>> and <<4 mg>> of morphine in the first hour.",
            "His {rel}, {r.full}, rang the ward on {mob} twice and was told he was comfortable on "
            "<<Bed space 6>>.",
            "The referral went by email to {email2} and was not opened until the morning, "
            "<<for about two hours>> after the next shift began.",
            "<<Chair 3>> in the waiting area is where he sat <<for 35 minutes>> before triage.",
        ),
        ("The review was discussed with {p.first} on {later}.",),
        ("CIR/{yy}/####", "KB-###"), sex="M",
    ),
    _style(
        "student_union_bar_spiking_collapse_review", "prose",
        "review of a student who collapsed at a union bar after her drink was spiked and whose "
        "low breathing was missed on a corridor trolley",
        (
            "Review {ref}, {trust}: {p.tfull}, born {dob}, NHS number {nhs}.",
            "Term address {addr}; home address {addr2}; hospital number {hosp}.",
        ),
        (
            "On {day} {p.first} was at the student union bar with friends and drank two "
            "bottles of lager between nine and {time}, below the limit of <<a breathalyser>>.",
            "Her friend {o1f.full} found her on the floor of the toilets and the <<Bar Manager>>, "
            "{o2m.full}, called security.",
            "The paramedic, {o3.full}, suspected <<GHB>> and noted <<a RASS of -2>>.",
            "At {hospital} she lay in a corridor and her breathing slowed; {d.dr} was called "
            "at {time2} and gave <<ondansetron>>.",
            "She went to {ward} and woke on {next} with no memory of the night, having slept <<for 11 hours>>.",
        ),
        (
            "The union's welfare officer, {o4.full}, said spiking reports had risen and staff "
            "had no test kits, despite advice from <<Drinkaware>>.",
            "Her mother, {r.tfull}, drove from home and arrived at {time2}, after she had waited "
            "<<for a quarter of an hour>> for a taxi.",
            "A <<Door Supervisor>> had seen a man carry a drink to her table.",
            "Police were told under <<the Misuse of Drugs Act 1971>>, but no sample was kept.",
            "She lay in the corridor <<for 11 hours>> with one set of observations.",
        ),
        ("{r.first} can be contacted on {mob}.",),
        ("SU-{yy}-####", "RV####"), sex="F",
    ),
    _style(
        "custody_healthcare_room_withdrawal_seizure_review", "prose",
        "review of a man held overnight in a police custody suite who had an alcohol withdrawal "
        "seizure after the healthcare room's plan was not handed over",
        (
            "Custody healthcare review {ref}: {p.caps}, born {dob}.",
            "NHS {nhs}; hospital number {hosp}; address {addr}.",
        ),
        (
            "{p.full} was arrested at {time} on {date} after a fight outside a kebab shop on "
            "{street} under <<the Public Order Act 1986>>.",
            "The custody nurse, {o1f.full}, saw him in the healthcare room and scored <<a "
            "CIWA-Ar of 19>>.",
            "She planned <<chlordiazepoxide>> and <<thiamine>>, but the <<Detention Officer>> "
            "on the next shift did not see the plan.",
            "At {time2} he was found fitting in <<Cell 4>> and taken to {hospital}.",
            "{d.dr} admitted him to {ward} and noted he drank <<for three months>> without a "
            "break.",
        ),
        (
            "The custody record shows the plan written as {o1f.init} at the end of her shift, with "
            "<<a SADQ of 34>>.",
            "The custody sergeant, {o2.full}, checked him through the hatch every hour, as "
            "<<the Police and Criminal Evidence Act 1984>> codes require.",
            "His brother, {r.full}, rang the station on {mob} and was not told he was ill or that he had "
            "been <<for ten days>> without a drink.",
            "At booking he was put in <<a spit hood>>, which the review found had not been needed.",
            "The healthcare provider's lead, {s1.title}, has since changed the handover sheet to carry the "
            "<<Detention Officer>>'s name.",
        ),
        ("Outcome shared on {later} with {gp} and the family.",),
        ("CHR-####-{yy}", "CUS/{yy}/###"), sex="M",
    ),
    _style(
        "safe_space_bus_teenager_intoxication_child_review", "prose",
        "child review of a fifteen-year-old brought to the town's safe space bus so drunk she "
        "could not stand, who was let go home alone before she was found cold",
        (
            "Child safeguarding review {ref}: {p.tfull}, date of birth {dob}, NHS {nhs}.",
            "Home {addr}. Hospital number {hosp}. GP {gp}.",
        ),
        (
            "The safe space bus parks on {street} on Friday nights, and {p.first}, {age}, was "
            "carried onto it at {time} on {date} by a <<Door Supervisor>>.",
            "The volunteer, {o1f.full}, put her on <<Couch 1>> in the recovery position and "
            "gave her water.",
            "A <<Taxi Marshal>>, {o2m.full}, said she had come from a house party in {town}.",
            "At {time2} she said she felt better and walked off, and nobody rang her mother, "
            "though she had scored <<a positive Paddington Alcohol Test>>.",
            "She was found cold on a bench at dawn and taken to {hospital}, where {d.dr} "
            "admitted her to {ward}.",
        ),
        (
            "The bus's rules say a child is handed to an adult, and <<Drinkaware>> guidance was "
            "pinned by the door.",
            "Her mother, {r.tfull}, said she thought {p.first} was staying with a friend <<for five nights>>.",
            "{p.title}'s blood alcohol was high and she had taken <<ketamine>>, the screen showed.",
            "The bus log shows she stayed <<for 35 minutes>> and left alone.",
            "The social worker, {o3.full}, met the family on {later} and spoke to <<the Ascension Trust>>.",
        ),
        ("Review led by {s1.full}; contact {email2}; advice for parents at {url}.",),
        ("CSR-{yy}-###", "SSB/####"), sex="F", child=True, ages=(13, 16),
    ),
    _style(
        "taxi_marshal_very_old_woman_wandering_review", "prose",
        "review of a very old woman found by a taxi marshal at the rank after midnight in her "
        "nightdress who had been discharged from hospital that evening",
        (
            "Discharge review {ref}: {p.caps}, born {dob}, NHS number {nhs}.",
            "Home {addr}; home care from {prov}. Hospital number {hosp}.",
        ),
        (
            "{p.tfull}, {age}, was discharged from {hospital} by taxi at {time} on {date} from "
            "<<Chair 3>> in the discharge lounge.",
            "At {time2} the <<Taxi Marshal>> at the rank, {o1m.full}, found her in her "
            "nightdress asking for her husband.",
            "He gave her his coat and <<a foil blanket>> and waited <<for a quarter of an "
            "hour>> for the police.",
            "She was taken back to {hospital} and admitted to {ward} under {d.dr}, who "
            "found a <<Segond fracture>>.",
            "The taxi driver said he had left her at her door, but she had no key and stood there "
            "<<for 35 minutes>>.",
        ),
        (
            "Her carers from {prov} had not been told she was home; the care coordinator was "
            "{o2f.full}.",
            "Her daughter, {r.tfull}, lives in {town} and was told on {next} by {s1.full}.",
            "The ward notes said she was confused, with <<a positive Paddington Alcohol "
            "Test>> copied in error from another patient.",
            "Her old address, {addr2}, was still on the transport booking.",
            "{p.first} is now at {home} on respite <<for six weeks>>.",
        ),
        ("The family met {d.title} on {later}; contact {phone}.",),
        ("TMR-{yy}-####", "DC/###/{yy}"), sex="F", old=True, provider=True,
    ),
    _style(
        "night_bus_station_child_alone_review", "prose",
        "child review of a boy found alone at the bus station after the last night bus, cold and "
        "with an asthma attack, whose parents had thought he was at a sleepover",
        (
            "Child review {ref}: {p.full}, date of birth {dob}, NHS {nhs}.",
            "Home address {addr}. Hospital number {hosp}.",
        ),
        (
            "{p.title}, {age}, was found at the bus station at {time} on {date} by the night "
            "bus driver, {o1m.full}, and a <<Taxi Marshal>>.",
            "He was wheezing and had no inhaler, and the driver kept him in the cab <<for 35 "
            "minutes>> with the heater on.",
            "The CCTV operator, {o2f.full}, had seen him there since the last bus, <<for about two hours>>.",
            "He was taken to {hospital} and treated by {d.dr} on {ward} with <<100 mg>> "
            "of hydrocortisone.",
            "His father, {r.full}, arrived at {time2} and said he was meant to be at a friend's.",
        ),
        (
            "The ambulance notes give <<an Injury Severity Score of 9>>, which does not fit an "
            "asthma attack and was entered in error.",
            "The school nurse, {o3.full}, had a plan from {gp} for his asthma, kept <<for six weeks>> in his bag.",
            "The bus company's <<Control Room Operator>> logged the call as lost property.",
            "Social care were told on {next}; the worker is {o4.full}.",
            "{p.first} was discharged on {later} with a new inhaler.",
        ),
        ("Review sent to {r.title}; questions to {email2}.",),
        ("CR-{yy}-####", "NBS/###"), sex="M", child=True, ages=(9, 13),
    ),
]

# -- logs (6) ----------------------------------------------------------------------------------

STYLES += [
    _style(
        "cctv_control_room_incident_csv", "lines",
        "a town-centre CCTV control room's incident export, pasted as CSV, following a man who "
        "fell down the steps of a subway and lay there unseen between camera sweeps",
        (
            "CCTV control room export - incident {ref} - operator log for {council}",
            "Subject: {p.upper}; DOB {dob}; NHS {nhs}; hosp no {hosp}; home {addr}",
        ),
        (
            "Cam 12 male stumbling along {street}, carrying a can, calls out to <<Taxi Marshal>>",
            "Male down on the subway steps, not moving, cam panned away <<for 35 minutes>> by "
            "operator",
            "Radio to street pastors; {o1f.full} and {o2m.first} attending with <<a foil blanket>>",
            "Pastors report head wound, <<a bleed kit>> used, ambulance requested, ref {ref2}",
            "Crew on scene, <<the Canadian C-spine rule>> applied, male taken to {hospital}",
        ),
        (
            "Police request footage under <<the Police and Criminal Evidence Act 1984>>, "
            "officer {o3.full}",
            "Male named by pastors as {p.full}, {age}, known to the night shelter",
            "<<Control Room Operator>> change of shift, handed over to {s2.full}",
            "{rel} {r.full} rang the control room asking for him, given {phone}, <<Control Room Operator>> on the line",
            "Operator note: camera 12 blind spot reported to {council} again, first raised {prev}",
        ),
        ("End of export. Checked by {s1.full}, {email2}",),
        ("CCTV-{yy}-#####", "INC####"), topup="{stamp},{clock},\"{text}\",{sign}",
        stamp="%Y/%m/%d", clock="%H:%M:%S", signs=("s1", "s2"), sign_forms=("init",), sex="M",
    ),
    _style(
        "hostel_night_manager_room_checks_csv", "lines",
        "a hostel night manager's room-check sheet, pasted as CSV, for a resident found drowsy "
        "after taking someone else's tablets, with the checks that were missed",
        (
            "Hostel night checks - {town} - resident {p.caps} (room 14) - ref {ref}",
            "DOB {dob} | NHS {nhs} | hosp {hosp} | GP {gp} | previous address {addr2}",
        ),
        (
            "Room 14 check, {p.first} in bed, speech slurred, says took <<pregabalin>> from a "
            "friend",
            "Asked {p.first} to sit up, breathing fine, <<Night Manager>> to recheck in half an hour",
            "Room 14 not checked, manager called to fight in the lounge <<for about two hours>>",
            "Room 14 {p.first} snoring, cannot wake, 999 called, <<a pocket face shield>> used "
            "for breaths",
            "Crew took {p.title} to {hospital} on <<Couch 1>>, rang {r.full} on {mob}",
        ),
        (
            "Keyworker {o1f.full} had flagged {p.first} as high risk on {prev}",
            "Other resident {o2m.full} admits giving <<300 mg>> of his own tablets",
            "Housing officer {o3.full} informed, duty under <<the Housing Act 1996>>",
            "Hospital rang, {p.first} on {ward}, {d.dr} asking about <<pregabalin>>",
            "Drug worker from <<Change Grow Live>> {o4.full} to visit",
        ),
        ("Sheet closed by {s1.full}; queries to {email2} or {phone}",),
        ("HNC/{yy}/####", "RM14-####"), topup="{stamp},{clock},\"{text}\",{sign}",
        stamp="%a %d.%m.%Y", clock="%H%M", signs=("s1", "s2"), sign_forms=("si",), sex="M",
    ),
    _style(
        "taxi_marshal_rank_log_table", "lines",
        "a taxi marshal's rank log, pasted as a table, about a woman who fell between two taxis "
        "at the rank and was sent home by a driver with a broken ankle",
        (
            "Taxi rank log - {street} rank - {council} licensing - ref {ref}",
            "Injured person: {p.tfull}, born {dob}, of {addr}; NHS {nhs}; hosp no {hosp}",
        ),
        (
            "Queue long, <<Taxi Marshal>> {o1m.last} asks <<Door Supervisor>> at the club for help",
            "Woman fell off kerb between two taxis, cannot put weight on left foot, <<a foil blanket>> on",
            "Driver {o2.full} offered to take her home, marshal gave <<a foil blanket>>",
            "Her friend {o3f.full} rang back to say foot swollen and purple, <<for 48 hours>> now, advised hospital",
            "Seen at {hospital}, {d.dr} found <<Maisonneuve fracture>>, to {ward}",
        ),
        (
            "Licensing officer {o4.full} to review driver's conduct, badge {ref2}",
            "Her {rel} {r.full} asked for the log, sent to {email}",
            "Marshal notes rank light out <<for six weeks>>, reported {prev}",
            "Crowd control under <<the Public Order Act 1986>> discussed with police",
            "CCTV asked for footage of the kerb, {s1.full} to chase, footage kept <<for ten days>>",
        ),
        ("Log ends. Signed {o1m.full}, <<Taxi Marshal>>.",),
        ("TR-{yy}-###", "LIC/####"), topup="| {clock} | {stamp} | {text} | {sign} |",
        stamp="%d-%b-%Y", clock="%H:%M", signs=("o1", "s1", "s2"), sign_forms=("last",), sex="F",
    ),
    _style(
        "needle_exchange_night_session_table", "lines",
        "a needle exchange's evening session sheet, pasted as a table, about a client with an "
        "abscess in the groin who was told to come back and was later found with a clot",
        (
            "Needle exchange evening session - {street} - ref {ref}",
            "Client {p.caps} | DOB {dob} | NHS {nhs} | hosp {hosp} | NFA, last known {addr2}",
        ),
        (
            "Client in for kit, shows swelling in groin, <<Harm Reduction Worker>> advises ED",
            "Client declines ED, given <<a fentanyl test strip>> and wound dressings",
            "Nurse {o1f.full} phones {gp} to ask for antibiotics, no answer, <<Outreach Worker>> to try again",
            "Client back, leg swollen and hot, <<a RASS of -2>>, ambulance called, taken to {hospital}",
            "Hospital confirm clot and abscess, {d.dr} on {ward}",
        ),
        (
            "Client says injecting <<for three months>> into groin, veins gone",
            "Outreach nurse {o2.full} had seen client on {prev} and noted limp, gave <<a fentanyl test strip>>",
            "Friend {o3m.full} brought client's bag, holding for {r.first}",
            "Worker from <<Turning Point>> {o4.full} to follow up",
            "Naloxone kit offered, client has <<Nyxoid>> already",
        ),
        ("Session closed. Sheet kept by {s1.full}, {email2}",),
        ("NX-{yy}-####", "NSP/###"), topup="| {stamp} {clock} | {text} | {sign} |",
        stamp="%d %b %y", clock="%H%M", signs=("s1", "s2", "o1"), sign_forms=("init", "fl"),
    ),
    _style(
        "pubwatch_radio_net_log", "lines",
        "a pubwatch radio net's log, the bracketed lines the venues and the control room share, "
        "about a man glassed outside a bar who walked off before the ambulance came",
        (
            "Pubwatch radio net - {town} - night log - ref {ref}",
            "Casualty later named as {p.full}; DOB {dob}; NHS {nhs}; hosp {hosp}; {addr}",
        ),
        (
            "Fight outside the corner bar, one male bleeding from the face, <<Door Supervisor>> "
            "holding pressure",
            "Control: ambulance called, <<a bleed kit>> on the way from the club",
            "Male refusing help, walking toward {street}, <<Street Pastor>> team following",
            "Male collapsed by the bus stop, pastors with him, {o1f.full} doing pressure",
            "Ambulance on scene, <<a cervical collar>> on, male to {hospital}, {d.dr} told by crew",
        ),
        (
            "Police ask venues to keep footage, <<the Private Security Industry Act 2001>> "
            "reminder from licensing",
            "<<Head Doorman>> {o2m.full} reports bottle taken from the bar",
            "Male's {rel} {r.full} asking on the street where he is, given {phone} by the <<Taxi Marshal>>",
            "Control to all: {p.first} in theatre for a cut to the neck, {ward} later",
            "<<Floor Manager>> at the casino saw the start of it, statement to {o3.full}",
        ),
        ("Net closed. Log exported by {s1.full} to {email2}; net rules at {url}",),
        ("PW-{yy}-####", "RAD###"), topup="[{stamp} {clock}] {sign}: {text}",
        stamp="%a %d/%m/%Y", clock="%H:%M", signs=("s1", "o2", "s2"), sign_forms=("last", "fl"),
        sex="M",
    ),
    _style(
        "street_pastors_team_whatsapp_android_export", "lines",
        "a street pastors' team WhatsApp chat exported from an Android phone, about a woman found "
        "shivering on the riverside path whose low temperature was missed",
        (
            "WhatsApp chat export: {town} street pastors Saturday team (ref {ref})",
            "Added for the review: {p.upper}, DOB {dob}, NHS {nhs}, hosp no {hosp}, {addr}",
        ),
        (
            "found a lady on the riverside path soaking wet, very cold, says her name is {p.first}",
            "<<a foil blanket>> on her, she is shaking, can someone bring tea",
            "ambulance says 3 hours, <<Street Pastor>> {o1f.first} staying with her",
            "police took her to {hospital} in the car, she had been with us <<for 35 minutes>> and could not say her address",
            "update from {r.first}: {p.first} on {ward}, temp was 33, {d.dr} says we did the right thing",
        ),
        (
            "her {rel} {r.full} has messaged the page, number {mob}",
            "<<the Salvation Army>> van has soup if anyone needs it",
            "she said she had been walking <<for about two hours>> after a row",
            "{o2m.first} has her handbag and a <<Nyxoid>> kit, will take them to the station",
            "reminder from {o3.full}: debrief on {later} at the church",
        ),
        ("Messages end. Exported by {s1.full} for {council}.",),
        ("SPW-{yy}-###", "WA####"), topup="{stamp}, {clock} - {sign}: {text}",
        stamp="%d/%m/%Y", clock="%H:%M", signs=("o1", "o2", "s2", "o3"),
        sign_forms=("fl", "first", "full", "lower"), sex="F",
    ),
]

# -- letters and e-mails (8) -------------------------------------------------------------------

STYLES += [
    _style(
        "delivery_rider_collision_wrist_fracture_email", "letter",
        "a food delivery company's rider welfare lead e-mails a hospital about a rider knocked "
        "off his bike at night whose wrist fracture was missed and who kept riding",
        (
            "From: {o1.email}\nTo: {email2}\nDate: {ldate}\nSubject: rider {p.full}, ref {ref}",
            "Patient: {p.tfull}, DOB {dob}, NHS {nhs}, hospital number {hosp}\n{addrb}",
        ),
        (
            "Dear {d.dr},\n\nI am the rider welfare lead for a delivery app, writing about one "
            "of our riders, {p.full}, who was knocked off his bike on {street} at {time} on "
            "{date}.",
            "He was seen at {hospital} that night, waited <<for about two hours>>, and was sent away with a sprain, after an X-ray "
            "read as normal by {s1.full}.",
            "He carried on riding <<for ten days>> with the wrist strapped, because he is paid "
            "by the drop.",
            "On {later} a second X-ray at {hospital2} showed a <<Galeazzi fracture>> that now "
            "needs an operation.",
            "He has asked me to write because his English is limited; his {rel}, {r.full}, "
            "helps him and can be reached on {mob}.",
        ),
        (
            "The driver of the car, {o2.full}, gave details at the scene, where "
            "<<the Canadian C-spine rule>> was not needed.",
            "Our records show his last order was dropped at {time2}, so he rode home with the "
            "injury.",
            "He was given <<15 mg>> of codeine at discharge and nothing else for pain.",
            "The radiology report of {date} does not mention the forearm, only the hand, and no "
            "<<Barton's fracture>>.",
            "Our insurer's contact is {o3f.full}, who will need your reference {ref2}.",
        ),
        ("Kind regards,\n{o1.full}\nRider Welfare Lead\n{phone}",),
        ("RWL-{yy}-####", "RAD/####"), sex="M",
    ),
    _style(
        "gym_manager_member_collapse_letter", "letter",
        "the manager of a 24-hour gym writes to a GP about a member who collapsed on a treadmill "
        "at three in the morning when no staff were on site",
        (
            "{o1.full}, Site Manager, 24-hour gym, {street}, {town}\n{ldate}",
            "Re: {p.tfull}, date of birth {dob}\n{addrb}",
        ),
        (
            "Dear {d.dr},\n\nI am writing with {p.first}'s permission about the night of "
            "{date}, when he collapsed on a treadmill at {time}.",
            "The gym is unstaffed between midnight and six, and another member, {o2f.full}, found "
            "him and began CPR with <<a pocket face shield>> and the phone on speaker.",
            "Our defib was used by a <<Gym Instructor>> who arrived <<for 35 minutes>> later "
            "to open the office.",
            "He was taken to {hospital} and spent a week on {ward}; he tells me he had chest "
            "pain on {prev} and was told it was muscular.",
            "He wants to come back to training, and I would be grateful for your advice on what "
            "is safe.",
        ),
        (
            "He took <<20 mg>> of a steroid he bought online, which he says he has now stopped.",
            "The member who helped, {o2f.first}, has asked whether she can be told how he is.",
            "Our insurer, through {o3.full}, has asked for the NHS number, {nhs}, which I have "
            "not given.",
            "His wife, {r.tfull}, can be reached on {mob}, and asked about <<the Gambling Act 2005>> cover.",
            "Our staff training now covers <<a pocket face shield>> and the defib each month.",
        ),
        ("Yours sincerely,\n{o1.full}\nSite Manager",),
        ("GYM/{yy}/###", "MEM######"), sex="M",
    ),
    _style(
        "casino_host_very_old_patron_letter", "letter",
        "a casino's customer care host writes to a GP about a very old regular who was found "
        "confused at the tables at four in the morning and had been losing his savings",
        (
            "{o1.full}, Customer Care, casino, {street}, {town}\n{ldate}",
            "Re: {p.tfull}, born {dob}\n{addrb}",
        ),
        (
            "Dear {d.dr},\n\nI write about one of our oldest regulars, {p.full}, who is "
            "{age} and has visited the casino most nights since his wife died.",
            "On {date}, at {time}, our <<Pit Boss>>, {o2m.full}, found him at a roulette table "
            "unable to say where he lived.",
            "Our <<Croupier>> said he had been at the table <<for about two hours>> without "
            "eating.",
            "We rang his daughter, {r.tfull}, on {mob}, and she took him home in a taxi "
            "after she sat with him <<for 35 minutes>> in our quiet room.",
            "Under <<the Gambling Act 2005>> we have a duty to act on signs of harm, and we have "
            "now asked him to take a break.",
        ),
        (
            "{p.first} told our staff he is on <<pregabalin>> and that he has been falling.",
            "He has been seen at {hospital} twice this year, most recently on {prev} with <<Pott's fracture>>.",
            "We have given him leaflets from <<GamCare>>, which he said he could not read without "
            "his glasses.",
            "Our records show he lost a large sum in the month before {date}, as our <<Pit Boss>> reported.",
            "His carer from {prov}, {o3f.full}, came with him on some nights.",
        ),
        ("Yours sincerely,\n{o1.full}\nCustomer Care Host\n{phone}",),
        ("CAS-{yy}-####", "SG/###"), sex="M", old=True, provider=True,
    ),
    _style(
        "night_bus_operator_very_old_passenger_email", "letter",
        "a night bus company's safety manager e-mails a hospital about a very old woman found "
        "asleep and cold on the last bus at the depot, discharged the same night",
        (
            "From: {o1.email}\nTo: {email2}\nDate: {ldate}\nSubject: passenger {p.full} ({ref})",
            "Patient: {p.tfull}, DOB {dob}, NHS {nhs}, hospital number {hosp}\n{addrb}",
        ),
        (
            "Dear {d.dr},\n\nI am the safety manager for the night bus routes in {town} and "
            "write about {p.full}, {age}, found on our last bus at the depot.",
            "The driver, {o2m.full}, found her asleep on the top deck at {time} on {date}, cold "
            "and wet, on the seat she had been on <<for 11 hours>>.",
            "He wrapped her in <<a foil blanket>> from the cab kit and rang for an ambulance.",
            "She was seen at {hospital} and discharged at {time2} in a taxi, still in wet clothes, with <<a RASS of -2>> "
            "on the notes.",
            "The same driver saw her at the bus station on {next}, and we are worried.",
        ),
        (
            "Our <<Control Room Operator>>, {o3f.full}, logged the first call at {time}.",
            "Her daughter, {r.tfull}, told us she has dementia and lives alone at {home}'s "
            "retirement flats.",
            "Her home care is from {prov}; the carer on the rota is {o4.full}, who visits <<for a quarter of an hour>>.",
            "Our drivers carry <<a foil blanket>> and now a list of night shelters.",
            "Please contact me on {phone} if you need the CCTV; our policy is at {url}.",
        ),
        ("Kind regards,\n{o1.full}\nSafety Manager",),
        ("NB-{yy}-####", "DEP/###"), sex="F", old=True, provider=True,
    ),
    _style(
        "late_night_pharmacist_very_old_customer_letter", "letter",
        "a late-night pharmacist writes to a GP about a very old man who came in after ten at "
        "night with his dosette box muddled and had taken a double dose of his tablets",
        (
            "{o1.full}, Pharmacist, late-night pharmacy, {street}, {town}\n{ldate}",
            "Re: {p.tfull}, DOB {dob}, NHS {nhs}\n{addrb}",
        ),
        (
            "Dear {d.dr},\n\n{p.full}, who is {age}, came into the pharmacy at {time} on "
            "{date} with his dosette box and a carrier bag of old packets.",
            "He had taken two days of tablets in one, including <<100 mg>> of a blood pressure "
            "tablet.",
            "I rang 111 and then {hospital}, and he was taken in by ambulance; he went to {ward} and was given <<ondansetron>>.",
            "His dosette is filled by his son, {r.full}, who had been away <<for ten days>>.",
            "I would ask that his medicines be reviewed and that the box be filled by us.",
        ),
        (
            "He told me his carers from {prov} had stopped on {prev}.",
            "He takes <<gabapentin>> for his feet, which the box had twice.",
            "The locum who filled the last prescription was {o2m.full}, who doubled the "
            "<<300 mg>> dose.",
            "His son's number is {mob}.",
            "He was walking home alone at night, and our <<Night Manager>> {o3f.full} walked him "
            "to the taxi rank.",
        ),
        ("Yours sincerely,\n{o1.full}\nPharmacist\n{phone}",),
        ("PH-{yy}-###", "MUR####"), sex="M", old=True, provider=True,
    ),
    _style(
        "kebab_shop_owner_very_old_upstairs_tenant_letter", "letter",
        "a kebab shop owner writes to a GP about the very old man who rents the flat above the "
        "shop, found on the floor by a delivery rider after a fall in the night",
        (
            "{o1.full}, takeaway, {street}, {town}\n{ldate}",
            "About: {p.tfull}, born {dob}\n{addrb}",
        ),
        (
            "Dear {d.dr},\n\nI own the takeaway below the flat of {p.full}, who is {age}.",
            "At {time} on {date} one of our delivery riders, {o2m.full}, heard him calling and "
            "found him on the floor of the flat.",
            "He had been there <<for 11 hours>>, he said, and was cold and thirsty.",
            "The ambulance took him to {hospital}, and he went to {ward} with <<Pott's "
            "fracture>>.",
            "He came home on {later} and I do not think he can manage the stairs.",
        ),
        (
            "His niece, {r.full}, lives away, and her number is {mob}.",
            "The landlord's agent, {o3.full}, has been told about the stairs under "
            "<<the Housing Act 1996>>.",
            "He had been given <<a glucometer>> by the surgery but could not use it.",
            "Our <<Bar Manager>> at the pub next door, {o4f.full}, takes him a paper each day.",
            "I was told at the hospital that {s1.full} would ring me, and I waited <<for ten days>>, but nobody did.",
        ),
        ("Yours faithfully,\n{o1.full}",),
        ("KS-{yy}-###", "FL/####"), sex="M", old=True,
    ),
    _style(
        "needle_exchange_worker_child_needlestick_letter", "letter",
        "a needle exchange worker writes to a GP about a child who picked up a used needle in a "
        "park by the town centre and was sent home without blood tests",
        (
            "{o1.full}, needle exchange, {street}, {town}\n{ldate}",
            "Re: {p.full}, date of birth {dob}, NHS {nhs}\n{addrb}",
        ),
        (
            "Dear {d.dr},\n\nI run the needle exchange near the park where {p.title}, {age}, "
            "pricked his thumb on a used needle on {date}.",
            "His mother, {r.tfull}, brought the needle to us in a juice bottle at {time}, with <<a fentanyl test strip>> packet.",
            "We sent them to {hospital}, where he was seen and sent home without blood tests, having waited <<for about two hours>>.",
            "I understand the hospital should have taken blood and started a hepatitis B "
            "vaccine; {r.first} was told it was not needed.",
            "Please could you see {p.first} and arrange the tests; she can be reached on {mob}.",
        ),
        (
            "Our <<Harm Reduction Worker>>, {o2.full}, has asked the council to sweep the park.",
            "Near the bench we found the wrapper of <<a fentanyl test strip>>, which we bagged.",
            "His school nurse is {o3f.full}, who keeps <<a bleed kit>> at school.",
            "The parks officer from {council}, {o4.full}, was told on {next}.",
            "A sharps bin was put in the park <<for six weeks>> last year and then removed.",
        ),
        ("Yours sincerely,\n{o1.full}\nService Lead\n{phone}",),
        ("NEX-{yy}-###", "PK/####"), sex="M", child=True, ages=(5, 10),
    ),
    _style(
        "security_control_room_manager_assault_victim_email", "letter",
        "a town-centre security control room manager e-mails a hospital's safeguarding team "
        "about a woman assaulted near the night bus stop whose injuries were not documented",
        (
            "From: {o1.email}\nTo: {email2}\nDate: {ldate}\nSubject: {p.full} - footage ref {ref}",
            "Patient: {p.tfull}, DOB {dob}, NHS {nhs}, hospital number {hosp}\n{addrb}",
        ),
        (
            "Dear {d.dr},\n\nI manage the security control room for {council} and write "
            "about {p.full}, assaulted near the night bus stop on {street} at {time} on {date}.",
            "Our operator, {o2f.full}, saw the assault on camera and sent police and a "
            "<<Street Pastor>> team.",
            "{p.first} was taken to {hospital}, where the notes say only \"facial bruising\", not "
            "<<Le Fort fracture>>.",
            "The police now need a record of her injuries, and her face was photographed by "
            "{s1.full} but the photographs cannot be found.",
            "Her {rel}, {r.full}, asked us for the footage, which we cannot release without "
            "police consent.",
        ),
        (
            "The man was held under <<the Public Order Act 1986>> and later charged.",
            "The camera shows her on the ground <<for 90 seconds>> before anyone came.",
            "Our <<Control Room Operator>> logged it as {ref2}.",
            "A <<Door Supervisor>> from the bar opposite, {o3m.full}, gave first aid.",
            "She is now at {addr2} with her {rel}; contact on {mob}.",
        ),
        ("Regards,\n{o1.full}\nControl Room Manager\n{phone}",),
        ("SCR-{yy}-####", "OP/#####"), sex="F",
    ),
]

# -- top-up sentences, one set a register ------------------------------------------------------

SHARED = (
    "A <<Street Pastor>> on patrol that night, {o5.full}, later gave a statement.",
    "The notes record <<a Revised Trauma Score of 11>> at the scene, which nobody repeated.",
    "{s2.full} checked the record against the ambulance sheet on {later}.",
    "A pharmacist confirmed a supply of <<thiamine>> the week before.",
    "Nothing in the record suggests <<Marchiafava-Bignami disease>>, which had been queried.",
    "The crew asked for a second ambulance, which did not come.",
    "An <<Outreach Worker>> had offered a bed <<for five nights>> that month.",
    "The waiting room logged a wait of three hours.",
    "The team's advice on alcohol was read out at the review.",
    "The council's community safety team was told the same night by {o5.title}.",
    "A second opinion from {s2.title} was sought but not recorded.",
    "The handover sheet listed <<ondansetron>> and <<4 mg>> of morphine.",
    "Records were checked on {later} by {s2.init} and a colleague.",
    "The drug service was asked whether they knew the patient, and said they did.",
)
SHARED_LINES = (
    "<<Street Pastor>> {o5.full} on scene, second team on standby",
    "Footage saved as usual",
    "<<Door Supervisor>> at the club asks for an update",
    "Quiet spell, checking the cells of the log, <<Mat 2>> free at the shelter",
    "Crew ask about <<thiamine>> given earlier, none given",
    "{s2.full} on break, cover from {o5.first}",
    "Volunteers at the bus station, handing out water",
    "Footage from <<a body-worn camera>> to be kept by {o5.last}",
    "Note: nobody was restrained at any point",
    "Police ask for <<a breathalyser>> reading, not taken",
    "Update rung through to {s2.init}",
    "Shelter has one bed free for tonight",
)
SHARED_LETTER = (
    "I have copied this letter to {s2.full}, who knows the patient.",
    "I am told <<the Salvation Army>> had offered help earlier in the year.",
    "Our staff are trained in welfare at night every year.",
    "If it helps, {o5.full} from our team saw the same events and can speak to you.",
    "We keep records for a short time and then destroy them unless asked.",
    "Our first aid box has <<a bleed kit>> and a spare blanket, checked monthly.",
    "A manager was on duty and has written a short note as well.",
    "We would welcome a reply, even a short one, by the end of the month.",
    "{o5.title} has asked to be kept informed, with the patient's consent.",
    "Our insurer has asked whether <<a Clinical Opiate Withdrawal Scale of 12>> on the "
    "ambulance sheet is relevant; I doubt it.",
)


def _shared(style: Style) -> tuple[str, ...]:
    if style.register == "letter":
        return SHARED_LETTER
    if style.register == "lines":
        return SHARED_LINES
    return SHARED


def alternatives() -> int:
    """The number of distinct sentence templates a text can be written from."""
    found = {*SHARED, *SHARED_LINES, *SHARED_LETTER}
    for style in STYLES:
        found |= {*style.headers, *style.core, *style.extras, *style.endings}
    return len(found)


# ---------------------------------------------------------------------------------------------
# One case
# ---------------------------------------------------------------------------------------------

Piece = tuple[str, str | None, dict | None]
LOOK = "<<"  # a piece label for a look-alike: a negative, not gold


@dataclass
class _Person:
    first: str
    last: str
    sex: str
    names: str
    nick: str = ""
    nick_names: str = "unlisted"
    in_record: bool = False
    doctor: bool = False
    child: bool = False
    kin: bool = False  # patient or relative
    initials: str = ""
    mob: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(value))


_SLOT = re.compile(r"\{(\w+)\.(\w+)\}|\{(\w+)\}|<<(.+?)>>")
_FEMALE_KIN = r"\b(mother|daughter|wife|sister|niece|cousin|partner)\b,? \{r\."
_MALE_KIN = r"\b(father|son|husband|brother|nephew)\b,? \{r\."
_DOMAINS = ("nightline-services.co.uk", "citysafe-mail.co.uk", "afterhours-help.org.uk")


class _Case:
    def __init__(self, rng: random.Random, style: Style, sentences: list[str]) -> None:
        self.rng = rng
        self.style = style
        joined = " ".join(sentences)
        hints = {who: sex.upper() for who, sex in re.findall(r"\{(o\d)([fm])\.", joined)}
        doctors = {"d", *re.findall(r"\{(\w+?)[fm]?\.dr\}", joined)}
        self.used_parts: set[str] = set()
        self.used_initials: set[str] = set()
        self.town = rng.choice(list(TOWN_INFO))
        district, self.code, self.county, self.council, locs = TOWN_INFO[self.town]
        self.locality = rng.choice(locs)
        self.known_present = rng.random() >= 0.12
        self.dot = "." if rng.random() < 0.25 else ""
        self.init_dots = rng.random() < 0.3
        self.people: dict[str, _Person] = {}
        p_sex = style.sex or rng.choice("FM")
        self.people["p"] = self._draw(p_sex)
        if re.search(_FEMALE_KIN, joined):
            r_sex = "F"
            self.rel = re.search(_FEMALE_KIN, joined).group(1)
        elif re.search(_MALE_KIN, joined):
            r_sex = "M"
            self.rel = re.search(_MALE_KIN, joined).group(1)
        else:
            r_sex = rng.choice("FM")
            self.rel = rng.choice((PARENTS if style.child else RELATIONS)[r_sex])
        self.people["r"] = self._draw(r_sex)
        for who in ("s1", "s2", "d", "o1", "o2", "o3", "o4", "o5"):
            self.people[who] = self._draw(hints.get(who) or rng.choice("FM"))
        for who, person in self.people.items():
            person.doctor = who in doctors
            person.kin = who in ("p", "r")
            person.in_record = person.kin and self.known_present
            person.mob = self._mobile()
        self.people["p"].child = style.child
        # Dates: the event night, an earlier contact, the next day, a later follow-up, the letter.
        self.day0 = date(2025, 1, 10) + timedelta(days=rng.randint(0, 290))
        self.prev = self.day0 - timedelta(days=rng.randint(3, 40))
        self.next = self.day0 + timedelta(days=1)
        self.later = self.day0 + timedelta(days=rng.randint(2, 20))
        self.ldate = self.later + timedelta(days=rng.randint(2, 20))
        self.latest = date.min
        self.cap: date | None = None
        if style.ages:
            years = rng.randint(*style.ages)
        elif style.old:
            years = rng.randint(90, 104)
        elif style.child:
            years = rng.randint(6, 15)
        else:
            years = rng.randint(19, 78)
        self.dob = self.day0 - timedelta(days=int(years * 365.25) + rng.randint(5, 355))
        self.age = self.day0.year - self.dob.year - (
            (self.day0.month, self.day0.day) < (self.dob.month, self.dob.day)
        )
        self.nhs = nhs_number(rng)
        self.nhs_text = rng.choice(
            [self.nhs, f"{self.nhs[:3]} {self.nhs[3:6]} {self.nhs[6:]}",
             f"{self.nhs[:3]}-{self.nhs[3:6]}-{self.nhs[6:]}"]
        )  # fmt: skip
        shape = HOSP_FORMS[list(TOWN_INFO).index(self.town) % len(HOSP_FORMS)]
        self.hosp = "".join(
            rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if ch == "A" else str(rng.randint(0, 9))
            if ch == "9" else ch
            for ch in shape
        )
        self.home_street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        number = rng.randint(1, 160)
        line = f"{number} {self.home_street}"
        if rng.random() < 0.15:
            line = f"Flat {rng.randint(1, 12)}, {line}"
        self.line = line
        inward = f"{rng.randint(0, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        self.postcode = f"{district} {inward}"
        while True:
            other = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
            if other != self.home_street:
                break
        self.addr2 = f"{rng.randint(1, 160)} {other}, {self.town}"
        self.street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        words = rng.sample(WARD_WORDS, 2)
        self.ward = f"{words[0]} {rng.choice(WARD_KINDS)}"
        self.ward2 = f"{words[1]} {rng.choice(WARD_KINDS)}"
        self.home = rng.choice(HOMES)
        self.hospital = self._hospital(self.town)
        other_town = rng.choice([t for t in TOWN_INFO if t != self.town])
        self.hospital2 = self._hospital(other_town)
        self.trust = rng.choice(TRUST_FORMS).format(
            town=self.town, town2=other_town, county=self.county
        )
        self.gp = f"{rng.choice(GP_WORDS)} {rng.choice(GP_KINDS)}"
        self.prov = rng.choice(PROVIDERS)
        self.refs = [self._ref(shape) for shape in style.refs]
        self.email = rng.choice(
            [f"nightsafe@{_slug(self.council)}.gov.uk", f"enquiries@{_slug(self.town)}pastors.org.uk",
             f"welfare@{_slug(self.town)}-nightsafe.org.uk"]
        )  # fmt: skip
        self.email2 = rng.choice(
            [f"safeguarding.{_slug(self.town)}@nhs.net", f"patient.safety.{_slug(self.county)}@nhs.net",
             f"urgentcare.{_slug(self.town)}@nhs.net"]
        )  # fmt: skip
        self.url = rng.choice(
            [f"www.{_slug(self.council)}.gov.uk/nightsafe", f"https://{_slug(self.town)}-nightsafe.org.uk/help",
             f"www.{_slug(self.hospital)}.nhs.uk/urgent-care"]
        )  # fmt: skip

    # -- drawing people ------------------------------------------------------------------------

    def _draw(self, sex: str) -> _Person:
        rng = self.rng
        listed = listed_names()
        for _ in range(200):
            if rng.random() < 0.45:
                faker = _new_person(rng, sex=sex)
                first, last, names = faker.first, faker.last, faker.names
            else:
                group_name = rng.choice(list(OWN_GROUPS))
                group = OWN_GROUPS[group_name]
                first = rng.choice(group[sex])
                roll = rng.random()
                if roll < 0.16:
                    last = rng.choice(WORD_NAMES)
                elif roll < 0.24:
                    plain = [n for n in group["L"] if " " not in n and "-" not in n]
                    a, b = rng.sample(plain, 2)
                    last = f"{a}-{b}"
                else:
                    last = rng.choice(group["L"])
                if group_name == "Uzbek" and last in group["L"]:
                    if sex == "F":
                        last += "a"
                    elif rng.random() < 0.4:
                        father = rng.choice([n for n in group["M"] if n != first])
                        last = f"{father} {PARTICLE}"
                names = "listed" if all(
                    part.casefold() in listed for part in re.split(r"[\s-]+", f"{first} {last}")
                ) else "unlisted"  # fmt: skip
            nick = rng.choice(NICKNAMES[first]) if first in NICKNAMES else ""
            parts = {fold(p) for p in re.split(r"[\s-]+", f"{first} {last} {nick}") if p}
            if not re.fullmatch(r"[^\W\d_][\w' -]*", f"{first} {last}"):
                continue
            if parts & self.used_parts or any(len(p) > 2 and p in FORBIDDEN for p in parts):
                continue
            self.used_parts |= parts
            person = _Person(first, last, sex, names, nick)
            if nick:
                person.nick_names = "listed" if nick.casefold() in listed else "unlisted"
            letters = [first] + [w for w in re.split(r"[\s-]+", last) if w != PARTICLE]
            initials = "".join(fold(w)[:1].upper() for w in letters)[:4]
            if (
                re.fullmatch(r"[A-Z]{2,4}", initials)
                and initials not in CLINICAL_INITIALS
                and initials not in self.used_initials
            ):
                person.initials = initials
                self.used_initials.add(initials)
            return person
        raise RuntimeError("could not draw a name")  # pragma: no cover

    def _mobile(self) -> str:
        rng = self.rng
        number = f"07{rng.randint(3, 9)}{rng.randint(0, 99):02d} {rng.randint(0, 999999):06d}"
        return rng.choice(
            [number, number.replace(" ", ""), f"+44 {number[1:]}",
             f"{number[:5]} {number[6:9]} {number[9:]}", "+44" + number[1:].replace(" ", ""),
             f"{number[:4]} {number[4]}{number[6:8]} {number[8:]}", f"+44-{number[1:5]}-{number[6:]}"]
        )  # fmt: skip

    def _landline(self) -> str:
        rng, code = self.rng, self.code
        local = f"{rng.randint(200000, 999999)}"
        number = rng.choice(
            [f"{code} {local}", f"({code}) {local}", f"{code} {local[:3]} {local[3:]}",
             f"+44 {code[1:]} {local}", f"+44 (0){code[1:]} {local}", f"{code}{local}",
             f"{code}-{local}", f"{code} {local[:3]}-{local[3:]}",
             f"+44 (0){code[1:]} {local[:3]} {local[3:]}", f"({code}) {local[:3]} {local[3:]}",
             f"{code} {local[:2]} {local[2:4]} {local[4:]}"]
        )  # fmt: skip
        roll = rng.random()
        if roll < 0.12:
            number += f" ext {rng.randint(1000, 9999)}"
        elif roll < 0.2:
            number += f" x{rng.randint(1000, 9999)}"
        return number

    def _hospital(self, town: str) -> str:
        return self.rng.choice(HOSP_NAMES).format(town=town, county=TOWN_INFO[town][2])

    def _ref(self, shape: str) -> str:
        out = shape.replace("{yy}", f"{self.day0:%y}")
        return "".join(str(self.rng.randint(0, 9)) if ch == "#" else ch for ch in out)

    # -- writing -------------------------------------------------------------------------------

    def honorific(self, person: _Person) -> str:
        if person.doctor:
            word = "Dr"
        elif person.child:
            word = "Miss" if person.sex == "F" else "Master"
        elif person.sex == "M":
            word = "Mr"
        elif person.kin:
            word = "Mrs" if person.first[0] < "N" else "Ms"
        else:
            word = "Ms"
        return word + self.dot

    def person(self, who: str, form: str) -> list[Piece]:
        person = self.people[who[:2] if who.startswith("o") else who]
        meta = {"names": person.names, "in_record": person.in_record}
        rng = self.rng

        def gold(text: str, names: str | None = None) -> list[Piece]:
            return [(text, "PERSON", {**meta, "names": names or person.names})]

        first, last = person.first, person.last
        if form == "full":
            return gold(person.full)
        if form == "first":
            if person.nick and rng.random() < 0.4:
                return gold(person.nick, person.nick_names)
            return gold(first)
        if form == "nick":
            return gold(person.nick, person.nick_names) if person.nick else gold(first)
        if form == "last":
            return gold(last)
        if form == "title":
            return gold(f"{self.honorific(person)} {last}")
        if form == "tfull":
            return gold(f"{self.honorific(person)} {person.full}")
        if form == "dr":
            return gold(f"Dr{self.dot} {last}")
        if form == "init":
            if person.initials:
                if self.init_dots:
                    return gold("".join(f"{ch}." for ch in person.initials))
                return gold(person.initials)
            return gold(f"{first[0]}. {last}")
        if form == "initl":
            return gold(f"{first[0]}. {last}")
        if form == "caps":
            return gold(f"{last.upper()}, {first}")
        if form == "upper":
            return gold(person.full.upper())
        if form == "lower":
            return gold(person.full.lower())
        if form == "fl":
            return gold(f"{first} {last[0]}")
        if form == "si":
            return gold(f"{last} {first[0]}")
        if form == "poss":
            return [*gold(person.full), ("'s", None, None)]
        if form in ("email", "pemail"):
            staff = who in ("s1", "s2", "d")
            local = f"{_slug(first)}.{_slug(last)}"
            if form == "pemail":
                domain = rng.choice(("gmail.com", "outlook.com", "yahoo.co.uk"))
                return [(f"{_slug(first)}{_slug(last)[:1]}{rng.randint(10, 99)}@{domain}", "EMAIL", None)]
            domain = "nhs.net" if staff else rng.choice(_DOMAINS)
            return [(f"{local}@{domain}", "EMAIL", None)]
        raise KeyError(form)

    def date_text(self, day: date, *, year: bool) -> str:
        rng = self.rng
        month = MONTHS[day.month - 1]
        weekday = WEEKDAYS[day.weekday()]
        if year:
            return rng.choice(
                [f"{day:%d/%m/%Y}", f"{day.day}/{day.month}/{day.year}", f"{day:%d/%m/%y}",
                 day.isoformat(), f"{day:%d-%m-%Y}", f"{day:%d.%m.%y}", f"{day:%d%b%Y}".upper(),
                 f"{day.day} {day:%b}".upper() + f" {day.year}", f"{day.day}-{day:%b-%Y}",
                 f"{day.day} {month} {day.year}", f"{month} {day.day}, {day.year}",
                 f"{weekday[:3]} {day:%d/%m/%Y}", f"{weekday} {day.day} {month} {day.year}",
                 f"{ordinal(day.day)} {month} {day.year}", f"{day:%d %b %Y}"]
            )  # fmt: skip
        return rng.choice(
            [f"{day.day} {month}", f"{ordinal(day.day)} {month}", f"the {ordinal(day.day)}",
             f"{weekday} the {ordinal(day.day)}", f"the {ordinal(day.day)} of {month}",
             f"{month} {ordinal(day.day)}", f"{weekday[:3]} {ordinal(day.day)} {month[:3]}",
             f"{weekday[:3]} {day.day}/{day.month}", f"{day.day}/{day.month}",
             f"{weekday} {ordinal(day.day)}"]
        )  # fmt: skip

    def event_date(self, day: date) -> str:
        fits = day >= self.latest and (self.cap is None or day <= self.cap)
        if fits and self.rng.random() < 0.6:
            self.latest = day
            return self.date_text(day, year=True)
        return self.date_text(day, year=False)

    def dob_text(self) -> str:
        day, month = self.dob, MONTHS[self.dob.month - 1]
        return self.rng.choice(
            [f"{day:%d/%m/%Y}", f"{day.day} {month} {day.year}", day.isoformat(), f"{day:%d.%m.%Y}",
             f"{day.day}-{day:%b-%Y}", f"{ordinal(day.day)} {month} {day.year}"]
        )  # fmt: skip

    def age_pieces(self) -> list[Piece]:
        n, rng = self.age, self.rng
        label = "AGE" if n > 89 else None
        roll = rng.random()
        if roll < 0.3:
            return [("aged ", None, None), (str(n), label, None)]
        if roll < 0.5:
            return [(str(n), label, None), (" years old", None, None)]
        if roll < 0.65:
            return [(str(n), label, None), ("yo", None, None)]
        if roll < 0.8:
            return [(str(n), label, None), (" y/o", None, None)]
        return [("aged ", None, None), (_words(n), label, None)]

    def address(self, kind: str) -> list[Piece]:
        rng = self.rng
        if kind == "addr2":
            return [(self.addr2, "ADDRESS", None)]
        if kind == "addrb":
            block = f"{self.line}\n{self.locality}\n{self.town}"
            return [(block, "ADDRESS", None), ("\n", None, None), (self.postcode, "POSTCODE", None)]
        roll = rng.random()
        full = f"{self.line}, {self.locality}, {self.town}"
        if roll < 0.35:
            return [(full, "ADDRESS", None), (", ", None, None), (self.postcode, "POSTCODE", None)]
        if roll < 0.5:
            return [(full.upper(), "ADDRESS", None), (", ", None, None),
                    (self.postcode, "POSTCODE", None)]  # fmt: skip
        if roll < 0.65:
            plain = f"{self.line.replace(',', '')} {self.locality} {self.town}"
            return [(plain, "ADDRESS", None), (" ", None, None),
                    (self.postcode.replace(" ", ""), "POSTCODE", None)]  # fmt: skip
        if roll < 0.85:
            return [(f"{self.line}, {self.town}", "ADDRESS", None), (", ", None, None),
                    (self.postcode, "POSTCODE", None)]  # fmt: skip
        return [(full, "ADDRESS", None), (", ", None, None), (self.postcode.lower(), "POSTCODE", None)]

    def clock(self) -> str:
        rng = self.rng
        hour, minute = rng.choice([20, 21, 22, 23, 0, 1, 2, 3, 4]), rng.choice(range(0, 60, 5))
        return rng.choice(
            [f"{hour:02d}:{minute:02d}", f"{hour:02d}{minute:02d}hrs", f"{hour % 12 or 12}.{minute:02d}"
             + ("am" if hour < 12 else "pm"), f"{hour:02d}:{minute:02d}"]
        )  # fmt: skip

    def slot(self, name: str) -> list[Piece]:
        if name == "date":
            return [(self.event_date(self.day0), "DATE", None)]
        if name == "day":
            day = self.day0
            text = self.rng.choice(
                [f"{WEEKDAYS[day.weekday()]} the {ordinal(day.day)}",
                 f"{WEEKDAYS[day.weekday()][:3]} {ordinal(day.day)} {MONTHS[day.month - 1][:3]}"]
            )  # fmt: skip
            return [(text, "DATE", None)]
        if name in ("prev", "later", "next"):
            return [(self.event_date(getattr(self, name)), "DATE", None)]
        if name == "ldate":
            if self.style.register == "letter":
                return [(self.date_text(self.ldate, year=True), "DATE", None)]
            return [(self.event_date(self.ldate), "DATE", None)]
        if name == "dob":
            return [(self.dob_text(), "DATE", None)]
        if name == "age":
            return self.age_pieces()
        if name == "nhs":
            return [(self.nhs_text, "NHS_NUMBER", None)]
        if name == "hosp":
            return [(self.hosp, "HOSPITAL_NUMBER", None)]
        if name in ("addr", "addrb", "addr2"):
            return self.address(name)
        if name in ("ward", "ward2", "home", "street"):
            return [(getattr(self, name), "LOCATION", None)]
        if name in ("hospital", "hospital2", "trust", "gp", "council", "prov"):
            return [(getattr(self, name), "ORGANISATION", None)]
        if name in ("ref", "ref2"):
            return [(self.refs[name == "ref2"], "ID", None)]
        if name == "phone":
            return [(self._landline(), "PHONE", None)]
        if name == "mob":
            return [(self.people["r"].mob, "PHONE", None)]
        if name in ("email", "email2", "url"):
            return [(getattr(self, name), "URL" if name == "url" else "EMAIL", None)]
        if name == "rel":
            return [(self.rel, None, None)]
        if name in ("time", "time2"):
            return [(self.clock(), None, None)]
        if name == "town":
            return [(self.town, None, None)]
        raise KeyError(name)

    def render(self, template: str) -> list[Piece]:
        pieces: list[Piece] = []
        at = 0
        for match in _SLOT.finditer(template):
            if match.start() > at:
                pieces.append((template[at : match.start()], None, None))
            who, form, name, term = match.groups()
            if who:
                pieces += self.person(who, form)
            elif name:
                pieces += self.slot(name)
            else:
                pieces.append((term, LOOK, None))
            at = match.end()
        if at < len(template):
            pieces.append((template[at:], None, None))
        return pieces


# ---------------------------------------------------------------------------------------------
# Texts
# ---------------------------------------------------------------------------------------------


def _count(pieces: list[Piece]) -> int:
    return len("".join(text for text, _, _ in pieces).split())


def _log_line(case: _Case, style: Style, text: list[Piece], when) -> list[Piece]:
    rng = case.rng
    who = rng.choice(style.signs)
    if style.name.endswith("whatsapp_android_export") and rng.random() < 0.2:
        sign = [(case.people[who].mob.replace(" ", "") if rng.random() < 0.5
                 else case.people[who].mob, "PHONE", None)]  # fmt: skip
    else:
        sign = case.person(who, rng.choice(style.sign_forms))
    out: list[Piece] = []
    parts = re.split(r"(\{stamp\}|\{clock\}|\{text\}|\{sign\})", style.topup)
    for part in parts:
        if part == "{stamp}":
            out.append((when.strftime(style.stamp), "DATE", None))
            case.latest = max(case.latest, when.date())
        elif part == "{clock}":
            out.append((when.strftime(style.clock), None, None))
        elif part == "{text}":
            out += text
        elif part == "{sign}":
            out += sign
        elif part:
            out.append((part, None, None))
    return out


def _build(rng: random.Random, number: int, style: Style) -> tuple[Example, list]:
    from datetime import datetime

    shared = _shared(style)
    sentences = [*style.headers, *style.core, *style.extras, *style.endings, *shared]
    case = _Case(rng, style, sentences)
    target = rng.randint(240, 345)
    lines = style.register == "lines"
    when = datetime(case.day0.year, case.day0.month, case.day0.day, 20) + timedelta(
        minutes=rng.randint(0, 200)
    )
    blocks: list[list[Piece]] = []
    words = 0

    def write(template: str, *, body: bool) -> None:
        nonlocal when, words
        if lines and body:
            when += timedelta(minutes=rng.randint(2, 22))
            case.cap = when.date()
            pieces = _log_line(case, style, case.render(template), when)
        else:
            pieces = case.render(template)
        blocks.append(pieces)
        words += _count(pieces)

    if lines:
        case.cap = case.day0
    for template in style.headers:
        write(template, body=False)
    for template in (*style.core, *style.extras):
        write(template, body=True)
    rest = style.endings
    still = sum(len(t.split()) for t in rest) + 6
    pool = list(shared)
    rng.shuffle(pool)
    while pool and words + still < target:
        write(pool.pop(), body=True)
    case.cap = None
    for template in style.endings:
        write(template, body=False)

    # Join the blocks: prose runs on, logs are lines, letters keep their header lines.
    if lines:
        seps = ["\n"] * len(blocks)
    elif style.register == "letter":
        seps = ["\n"] * 2 + [" "] * (len(blocks) - 3) + ["\n\n"]
        seps[2] = "\n\n"
    else:
        seps = ["\n"] * 2 + [" "] * (len(blocks) - 2)
    text_parts: list[str] = []
    spans: list[GoldSpan] = []
    negatives: list[tuple[int, int]] = []
    length = 0
    for index, pieces in enumerate(blocks):
        if index:
            text_parts.append(seps[index])
            length += len(seps[index])
        for text, label, meta in pieces:
            if label == LOOK:
                negatives.append((length, length + len(text)))
            elif label is not None:
                spans.append(GoldSpan(length, length + len(text), label, **(meta or {})))
            text_parts.append(text)
            length += len(text)
    text = "".join(text_parts)
    for match in AGE_MENTION.finditer(text):
        group = 1 if match.group(1) else 2
        start, end = match.span(group)
        if int(match.group(group)) <= 89 and not any(
            s.start < end and start < s.end for s in spans
        ):
            negatives.append((start, end))
    negatives.sort()
    known: dict = {}
    if case.known_present:
        p, r = case.people["p"], case.people["r"]
        known = {
            "names": [p.full, r.full],
            "nhs_number": case.nhs,
            "date_of_birth": case.dob.isoformat(),
            "hospital_number": case.hosp,
            "address": f"{case.line}, {case.locality}, {case.town}, {case.postcode}",
        }
    example = Example(
        id=f"{PREFIX}-{number:06d}", text=text, known=known, gold=tuple(spans), kind=style.name
    )
    return example, negatives


def example(rng: random.Random, number: int, style: Style | None = None) -> Example:
    return _build(rng, number, style or rng.choice(STYLES))[0]


def _deal(count: int, seed: int):
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _build(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> list[Example]:
    return [ex for ex, _ in _deal(count, seed)]


def generate_with_negatives(count: int, seed: int = 1) -> list[tuple[Example, list]]:
    return list(_deal(count, seed))
