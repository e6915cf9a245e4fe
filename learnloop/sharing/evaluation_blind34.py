"""A thirty-fourth blind de-identification evaluation pack: homes, the services that come to them,
and faith and culture communities.

Written without reading the engine (see evaluation_blind34.md). Synthetic narratives with exact
gold spans; look-alikes (drugs, doses, scores, devices, national bodies, laws, eponyms, role
words, beds, durations) are written in and tracked as negatives, never gold.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
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

__all__ = ["LABELS", "generate", "example", "generate_with_negatives", "STYLES"]

PREFIX = "blind34"
LOW_WORDS, HIGH_WORDS = 200, 480
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Real towns with their main postcode district, dialling code, county and two real places.
TOWN_INFO = {
    "Epping": ("CM16", "01992", "Essex", ("Theydon Bois", "Coopersale")),
    "Chatham": ("ME4", "01634", "Kent", ("Walderslade", "Lordswood")),
    "Kidlington": ("OX5", "01865", "Oxfordshire", ("Gosford", "Yarnton")),
    "Quorn": ("LE12", "01509", "Leicestershire", ("Mountsorrel", "Barrow upon Soar")),
    "Rushden": ("NN10", "01933", "Northamptonshire", ("Higham Ferrers", "Irchester")),
    "Swanscombe": ("DA10", "01322", "Kent", ("Greenhithe", "Knockhall")),
    "Letchworth": ("SG6", "01462", "Hertfordshire", ("Baldock", "Willian")),
    "Nelson": ("BB9", "01282", "Lancashire", ("Brierfield", "Barrowford")),
    "Hednesford": ("WS12", "01543", "Staffordshire", ("Heath Hayes", "Hazelslade")),
    "Tenbury Wells": ("WR15", "01584", "Worcestershire", ("Burford", "Boraston")),
    "Whitchurch": ("SY13", "01948", "Shropshire", ("Prees", "Ightfield")),
    "Alfreton": ("DE55", "01773", "Derbyshire", ("Somercotes", "Swanwick")),
    "Tadcaster": ("LS24", "01937", "North Yorkshire", ("Stutton", "Ulleskelf")),
    "Biggleswade": ("SG18", "01767", "Bedfordshire", ("Langford", "Stotfold")),
    "Ampthill": ("MK45", "01525", "Bedfordshire", ("Flitwick", "Maulden")),
    "Ware": ("SG12", "01920", "Hertfordshire", ("Wareside", "Stanstead Abbotts")),
    "Witham": ("CM8", "01376", "Essex", ("Rivenhall", "Silver End")),
    "Halstead": ("CO9", "01787", "Essex", ("Greenstead Green", "Sible Hedingham")),
    "Lutterworth": ("LE17", "01455", "Leicestershire", ("Bitteswell", "Gilmorton")),
    "Wallingford": ("OX10", "01491", "Oxfordshire", ("Cholsey", "Crowmarsh Gifford")),
    "Dunstable": ("LU6", "01582", "Bedfordshire", ("Houghton Regis", "Caddington")),
    "Wantage": ("OX12", "01235", "Oxfordshire", ("Letcombe Regis", "East Hendred")),
    "Blandford Forum": ("DT11", "01258", "Dorset", ("Pimperne", "Bryanston")),
    "Crewkerne": ("TA18", "01460", "Somerset", ("Misterton", "Hinton St George")),
    "Calne": ("SN11", "01249", "Wiltshire", ("Derry Hill", "Quemerford")),
    "Dursley": ("GL11", "01453", "Gloucestershire", ("Cam", "Uley")),
    "Uckfield": ("TN22", "01825", "East Sussex", ("Framfield", "Ridgewood")),
    "Edenbridge": ("TN8", "01732", "Kent", ("Marlpit Hill", "Hever")),
    "Princes Risborough": ("HP27", "01844", "Buckinghamshire", ("Monks Risborough", "Longwick")),
    "Woburn Sands": ("MK17", "01908", "Bedfordshire", ("Aspley Guise", "Bow Brickhill")),
}
TOWNS = tuple((town, info[0], info[1]) for town, info in TOWN_INFO.items())
LOCALITIES = {town: info[3] for town, info in TOWN_INFO.items()}
HOSP_FORMS = ("AAA999999", "9999999A", "A99A99999")
_TOWN_HOSP = {town: HOSP_FORMS[i % 3] for i, town in enumerate(TOWN_INFO)}

# Synthetic place words: streets after household things, wards after fabrics.
STREET_WORDS = ("Lantern", "Kettle", "Hearthside", "Bellpull", "Latchkey", "Doormat", "Chimneypot",
                "Skylight", "Mantel", "Coalhole", "Washhouse", "Pantry")  # fmt: skip
STREET_KINDS = ("Road", "Street", "Lane", "Close", "Avenue", "Terrace", "Row", "Way")
WARD_WORDS = ("Damask", "Calico", "Gingham", "Muslin", "Chintz", "Tweed", "Chambray", "Seersucker",
              "Taffeta", "Worsted")  # fmt: skip
HOME_WORDS = ("Tapestry House", "Quilt Lodge", "Samplers Court", "Lacework House", "Patchwork Lodge")
PROVIDERS = ("Hearthstone Home Care", "Doorstep Carers", "Keyholder Care Services",
             "Threshold Support", "Homeward Care Agency")  # fmt: skip
GP_WORDS = ("Lantern Yard", "Pantry Lane", "Skylight", "Coalhole Road", "Washhouse")

# -- people ----------------------------------------------------------------------------------

OWN_GROUPS = {
    "luganda": {
        "F": ("Nakato", "Nankya", "Namubiru", "Babirye", "Nalwanga"),
        "M": ("Wasswa", "Kizza", "Ssempala", "Lubega", "Mukasa"),
        "L": ("Ssekandi", "Lubwama", "Kiggundu", "Nsubuga", "Ssebunya"),
    },
    "kinyarwanda": {
        "F": ("Uwimana", "Niyonsaba", "Mukamana", "Ingabire", "Uwase"),
        "M": ("Habimana", "Bizimana", "Hakizimana", "Nshimiyimana", "Tuyishime"),
        "L": ("Mugisha", "Niyitegeka", "Twagiramungu", "Rukundo", "Habiyaremye"),
    },
    "slovenian": {
        "F": ("Mojca", "Špela", "Urška", "Nastja", "Frančiška"),
        "M": ("Janez", "Primož", "Matej", "Žiga", "Aleksander"),
        "L": ("Kovačič", "Horvat", "Krajnc", "Zupančič", "Potočnik", "Mlakar"),
    },
    "tibetan": {
        "F": ("Dolma", "Lhamo", "Yangchen", "Wangmo", "Pema"),
        "M": ("Tenzin", "Dorje", "Norbu", "Tsering", "Sonam"),
        "L": ("Gyatso", "Namgyal", "Phuntsok", "Tashi", "Choedon"),
    },
    "kikuyu": {
        "F": ("Wambui", "Nyambura", "Muthoni", "Wairimu", "Wanjiru"),
        "M": ("Mwangi", "Kariuki", "Githinji", "Njoroge", "Kinyanjui"),
        "L": ("Gitau", "Waweru", "Macharia", "Kimani", "Ndungu"),
    },
    "zulu": {
        "F": ("Thandeka", "Nokuthula", "Zanele", "Lindiwe", "Sibongile"),
        "M": ("Themba", "Sibusiso", "Bongani", "Mandla", "Sifiso"),
        "L": ("Ngcobo", "Dlamini", "Mkhize", "Zungu", "Khumalo", "Ndlovu"),
    },
    "tigrinya": {
        "F": ("Luwam", "Haben", "Rahwa", "Senait", "Freweini"),
        "M": ("Yohannes", "Mehari", "Kidane", "Tekle", "Berhane"),
        "L": ("Weldemichael", "Tesfamariam", "Ghebreyesus", "Habtemariam", "Asmerom"),
    },
    "thai": {
        "F": ("Siriporn", "Kanokwan", "Ratchanee", "Pornthip", "Wilaiwan"),
        "M": ("Somchai", "Chaiyaporn", "Anurak", "Kittisak", "Wichai"),
        "L": ("Wongsawat", "Srisuk", "Chaiyasit", "Boonmee", "Thongdee", "Rattanakorn"),
    },
}
# Surnames from the ground that are also words.
WORD_NAMES = ("Glazier", "Slater", "Tiler", "Locke", "Sawyer", "Chandler", "Draper", "Tinker",
              "Hooper", "Keyes")  # fmt: skip
ALL_WORD_NAMES = frozenset(WORD_NAMES)
NICKNAMES = {
    "Sibusiso": ("Sbu",), "Nokuthula": ("Thuli",), "Mandla": ("Mandi",),
    "Aleksander": ("Saša",), "Frančiška": ("Franci",), "Janez": ("Janko",),
    "Muthoni": ("Toni",), "Kinyanjui": ("Kinya",), "Chaiyaporn": ("Chai",),
    "Kanokwan": ("Kwan",), "Nalwanga": ("Nalwa",), "Tuyishime": ("Tuyi",),
}  # fmt: skip
OWN_FIRST = {
    "F": tuple(n for g in OWN_GROUPS.values() for n in g["F"]),
    "M": tuple(n for g in OWN_GROUPS.values() for n in g["M"]),
}
OWN_LAST = tuple(n for g in OWN_GROUPS.values() for n in g["L"]) + WORD_NAMES
PARTICLES = ("ka",)  # Zulu "kaMandla": child of Mandla
NAME_FORMS = tuple(
    "full first last title tfull dr init initl caps upper lower nick email pemail poss".split()
)
CLINICAL_INITIALS = frozenset(
    """GP ED AE BP HR RR CT MRI ECG AED DNR ICU ITU OT PT SALT CPR UTI COPD CKD AKI MI PE DVT TIA
    GCS NEWS DKA NHS CO HSE DBS PPE IV IM SC PRN OD BD TDS QDS NBM ACP MCA CHC RN HCA SOS RIP OK
    MR MS DR ST TV ID IT UK AM PM NB PS CC HQ NW NE SW SE DA GA LPA BMI""".split()
)

# -- look-alikes -----------------------------------------------------------------------------

LOOKALIKES = {
    "drug": ("apixaban", "warfarin", "insulin glargine", "metformin", "levetiracetam",
             "salbutamol", "co-codamol", "sertraline", "furosemide", "naloxone", "adrenaline",
             "hydroxocobalamin", "oxygen", "aspirin"),
    "dose": ("5 mg", "500 mg", "10 units", "2.5 mg", "40 mg", "15 litres"),
    "score": ("NEWS2", "GCS 14", "Clinical Frailty Scale 6", "4AT", "Waterlow", "ABCD2"),
    "device": ("carbon monoxide alarm", "pulse oximeter", "pendant alarm", "key safe", "AED",
               "hoist", "rollator", "stairlift", "nebuliser"),
    "national": ("Citizens Advice", "Gas Safe Register", "Ofgem", "Health and Safety Executive",
                 "Charity Commission", "Ofcom", "Disclosure and Barring Service", "Home Office", "NHS England", "Met Office"),
    "law": ("Care Act 2014", "Mental Capacity Act 2005", "Equality Act 2010", "Awaab's Law",
            "Natasha's Law", "the Deprivation of Liberty Safeguards"),
    "eponym": ("Parkinson's disease", "Addison's disease", "Guillain-Barré syndrome",
               "Bell's palsy", "Crohn's disease", "Todd's paresis", "Korsakoff syndrome"),
    "word": ("Gas Engineer", "Duty Manager", "Night Supervisor", "Granthi", "Imam", "Rabbi",
             "Celebrant", "Locksmith", "Shift Lead", "Warden", "Choir Master", "Deacon",
             "Station Manager", "Interpreter"),
    "bed": ("Bay 3", "bed 12", "cubicle 4", "side room 2", "Bay 5", "bed 7"),
    "duration": ("three days", "48 hours", "two weeks", "20 minutes", "six months", "an hour",
                 "four hours", "ten days"),
}  # fmt: skip
NATIONAL = frozenset(LOOKALIKES["national"])

# -- styles ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    name: str
    register: str  # prose, lines, letter
    what: str
    headers: tuple[str, ...]
    core: tuple[str, ...]
    extras: tuple[str, ...]
    endings: tuple[str, ...]
    refs: tuple[str, str] = ("REF-{y}-{n4}", "{A2}{n5}")
    sex: str = "??"  # the patient's and the relative's sex, "?" for either
    old: bool = False
    child: bool = False
    provider: bool = False
    topup: str = "{text}"
    stamp: str = ""  # iso, dmy, wdmy, dashed, mon
    signs: str = "init"  # how log lines are signed: init, last, first, full
    sign_forms: tuple[str, ...] = field(default=())


def _style(name, register, what, headers, core, extras, endings, **kw):
    return Style(name, register, what, tuple(headers), tuple(core), tuple(extras),
                 tuple(endings), **kw)  # fmt: skip


P = "prose"
L = "lines"
E = "letter"

STYLES = (
    _style(
        "gas_engineer_carbon_monoxide_flat_review", P,
        "review of a man found drowsy by a gas engineer on a boiler service, whose carbon monoxide poisoning was called a viral illness",
        ["Patient safety review {ref}: {p.full}, NHS number {nhs}, hospital number {hosp}.",
         "Incident on {date} at {addr}; reviewer {s1.tfull}, {trust}."],
        ["On {day} the <<Gas Engineer>>, {o1m.full} of a boiler firm, found {p.first} drowsy with a headache and a <<carbon monoxide alarm>> with no battery.",
         "{o1m.last} capped the boiler, reported it to <<Gas Safe Register>> and rang for an ambulance at {time}.",
         "The crew recorded <<NEWS2>> of 3 and {p.title} was taken to {hospital}, where a viral illness was diagnosed after <<four hours>>.",
         "No carboxyhaemoglobin was sent and he was discharged to the same flat on <<oxygen>> for nothing, with no advice about the boiler.",
         "He returned on {next} confused, and {d.dr} found a level of 24% and started high-flow <<oxygen>>."],
        ["His {rel}, {r.full}, said the flat had smelt of damp for <<two weeks>>.",
         "{o2f.full} from {council} housing confirmed the landlord had missed the annual check required under <<Awaab's Law>>.",
         "The ED notes from {prev} mention a headache in the {rel} too, which was not followed up.",
         "{s2.initl} wrote that staff had not asked who else lived at {street}.",
         "The team mailbox {email} holds the engineer's report, sent on {later}."],
        ["Learning shared with {trust} and {council}; contact {s1.email}."],
        refs=("GS/{y}/{n4}", "CO-{n5}"), sex="M?"),
    _style(
        "electrician_rewire_very_old_man_hypothermia_review", P,
        "learning from deaths review of a very old man left without heating during a rewire, whose low temperature was missed at home by carers",
        ["Learning from deaths review: {p.tfull} (DOB {dob}), NHS {nhs}.",
         "Home address {addr}; date of death {later}; reviewer {s1.dr}."],
        ["{p.first}, aged {age}, lived alone in a terraced house being rewired by {o1m.full}, an electrician from {town}.",
         "On {date} the power was off for <<ten days>> and the storage heaters stayed cold in a week the <<Met Office>> had warned of frost.",
         "Carers from {prov} recorded a <<Clinical Frailty Scale 6>> and that {p.title} seemed muddled but did not take his temperature.",
         "On {day} {o1m.first} found him on the floor and rang 999; the crew measured 32.1 degrees.",
         "He was admitted to {ward} at {hospital} and died two days later of pneumonia."],
        ["His {rel}, {r.tfull}, lives abroad and had rung {gp} twice about the cold house.",
         "The carer, {o2f.full}, said her rota gave her <<20 minutes>> and no thermometer.",
         "{o3.caps} at {council} had a grant for heating on file since {prev}.",
         "The GP record lists <<furosemide>> <<40 mg>> and <<Parkinson's disease>>.",
         "A <<pendant alarm>> was worn but never pressed; the call centre is run by {o4.full}."],
        ["Outcome: shared with {prov}; queries to {s1.email} or {phone}."],
        refs=("LFD-{y}-{n3}", "{A2}/{n5}"), sex="M?", old=True, provider=True),
    _style(
        "window_cleaner_ladder_fall_wrist_head_review", P,
        "review of a window cleaner who fell from a ladder onto a patio and whose head injury was not scanned while on apixaban",
        ["Serious incident review {ref}: {p.full}, hospital number {hosp}, NHS number {nhs}.",
         "Incident date {date}; lead reviewer {s1.full}, {trust}."],
        ["{p.first}, aged {age}, has cleaned windows round {street} for years and takes <<apixaban>> for a clot.",
         "On {day} he fell about three metres from a ladder; a customer, {o1f.full}, found him on the patio.",
         "At {hospital} a wrist fracture was plastered, but the head injury was recorded as <<GCS 14>> and not scanned.",
         "He went home with his {rel}, {r.first}, and was sick overnight.",
         "On {next} he was brought back drowsy and a subdural bleed was found by {d.dr}."],
        ["{o2m.full}, who shares the round, said the ladder had no stabiliser.",
         "The discharge letter did not mention <<apixaban>> and no head injury advice was given.",
         "{r.full} rang {gp} on {later} and was told to call 111.",
         "{s2.upper} noted that the triage nurse did not ask about blood thinners.",
         "The <<Health and Safety Executive>> was not told, as he is self-employed."],
        ["Actions: reference {ref2}; contact {s1.email}."],
        refs=("SI-{y}-{n4}", "WC{n5}"), sex="M?"),
    _style(
        "meter_reader_found_very_old_woman_on_floor_review", P,
        "learning from deaths review of a very old woman found on her kitchen floor by a meter reader, who had lain there for a day and a half",
        ["Mortality review {ref}: {p.tfull}, born {dob}, NHS number {nhs}.",
         "Address {addr}; reviewer {s1.tfull} for {trust}."],
        ["{p.tfull}, {age} years old, lived alone at {street} with carers twice a day from {prov}.",
         "On {date} a meter reader, {o1m.full}, saw her through the kitchen window and called 999 at {time}.",
         "She had lain on the floor for about <<48 hours>>; the <<key safe>> code was not on the ambulance record.",
         "At {hospital} her creatine kinase was high and she was admitted to {ward} with kidney injury.",
         "She died on {later} after <<ten days>>; the carers' visits on {prev} had been marked done."],
        ["Her {rel}, {r.full}, had been told by {prov} that a visit had happened.",
         "The carer, {o2f.full}, said she was sent to another client instead.",
         "{o3.last} in the agency office could not explain the electronic sign-off.",
         "Her medicines were <<co-codamol>> and <<sertraline>>; she had a <<rollator>> but no <<pendant alarm>>.",
         "{s2.full} found that a <<Waterlow>> score had never been recorded."],
        ["Shared with {council} safeguarding team ({email}) under the <<Care Act 2014>>."],
        refs=("MR{y}/{n3}", "SG-{n5}"), sex="F?", old=True, provider=True),
    _style(
        "removal_firm_porter_crushed_pelvis_review", P,
        "review of a removal firm porter crushed between a piano and a van tail lift whose pelvic bleed was missed",
        ["Incident review {ref}: {p.full}, NHS {nhs}, hospital number {hosp}.",
         "Date of incident {date}; reviewer {s1.tfull}."],
        ["{p.first}, {age} years old, works for a removal firm run by {o1.full} in {town}.",
         "On {day} a piano slid from the tail lift and pinned him against the van at {addr2}.",
         "{o2m.full}, a workmate, rang 999 at {time}; the crew gave morphine and <<15 litres>> of <<oxygen>>.",
         "At {hospital} a pelvic binder was removed in {ward} before the scan had been reported.",
         "He became shocked within <<an hour>> and was taken to theatre by {d.dr}."],
        ["His {rel}, {r.tfull}, was called from the depot by {o1.first}.",
         "{s2.caps} reviewed the notes and found <<NEWS2>> of 7 not escalated.",
         "The firm's <<Shift Lead>>, {o3m.full}, wrote the accident book entry on {later}.",
         "The van's tail lift had failed once before in <<six months>>.",
         "{r.first} asked for a copy of the review at {email}."],
        ["Reference {ref2}; lead {s1.email}."],
        refs=("RV-{y}-{n4}", "IR{n6}"), sex="M?"),
    _style(
        "locksmith_forced_entry_diabetic_coma_review", P,
        "review of a woman with type 1 diabetes found unconscious after a locksmith forced her door, whose ketoacidosis followed a missed insulin review",
        ["Review {ref}: {p.full}, NHS number {nhs}, address {addr}.",
         "Event {date}; reviewer {s1.dr}, {trust}."],
        ["Her {rel}, {r.full}, could not reach {p.first} for <<three days>> and asked a <<Locksmith>> to open the door.",
         "{o1m.full}, the locksmith, found her unrousable on the sofa at {time} and called 999.",
         "The crew found a glucose of 31 and <<GCS 14>>; she was taken to {hospital}.",
         "Her <<insulin glargine>> pen was empty, and a GP review at {gp} had been cancelled on {prev}.",
         "She was treated for ketoacidosis on {ward} and went home on {later}."],
        ["{o2f.full} from the diabetes team had left two voicemails on {mob}.",
         "{s2.initl} found no record of a sick day plan.",
         "The locksmith's invoice, reference {ref2}, was paid by {r.first}.",
         "Police attended because of the forced entry; the officer was {o3.full}.",
         "Her <<metformin>> had also stopped when the pharmacy closed."],
        ["Learning to {gp}; contact {email}."],
        refs=("DR-{y}-{n4}", "LK{n5}"), sex="F?"),
    _style(
        "mosque_volunteer_fasting_hypoglycaemia_review", P,
        "review of a mosque volunteer on insulin who collapsed while fasting and was sent home from hospital without his doses changed",
        ["Structured judgement review {ref}: {p.full}, hospital number {hosp}.",
         "NHS {nhs}; event {date}; reviewer {s1.full}."],
        ["{p.first}, aged {age}, volunteers at a mosque on {street} and was fasting.",
         "On {day} he collapsed while setting out the evening meal; the <<Imam>> and {o1m.full} called 999.",
         "The crew gave glucose and he was taken to {hospital}, where {d.dr} advised him to eat.",
         "No one changed his <<insulin glargine>> dose or gave fasting advice.",
         "He collapsed again on {next} and was admitted to {ward} after a seizure."],
        ["His {rel}, {r.full}, interpreted at the bedside as no <<Interpreter>> was booked.",
         "{o2m.caps}, a committee member, said first aid training was last done in {town}.",
         "{s2.first} found that the diabetes nurse, {o3f.full}, was not told.",
         "The mosque has an <<AED>>, checked by volunteers each week.",
         "A leaflet from {url} on fasting was later given."],
        ["Shared with {gp}; reference {ref2}."],
        refs=("SJR-{y}-{n3}", "MQ{n5}"), sex="M?"),
    _style(
        "gurdwara_langar_kitchen_child_scald_review", P,
        "child safeguarding and clinical review of a small boy scalded by a tea urn in a gurdwara kitchen whose burns were under-assessed",
        ["Child clinical review {ref}: {p.full}, NHS {nhs}, hospital number {hosp}.",
         "Date {date}; reviewer {s1.tfull}, paediatrics, {trust}."],
        ["{p.first}, aged {age}, was with his {rel}, {r.full}, at the langar kitchen when a tea urn tipped.",
         "A volunteer, {o1f.full}, cooled the burn under running water for <<20 minutes>>.",
         "At {hospital} the burn was assessed as 2% and dressed, and he went home after <<four hours>>.",
         "On {later} the dressing clinic found 6% with deep areas and referred to the burns unit.",
         "{d.dr} noted that the first chart was drawn without the back being seen."],
        ["The <<Granthi>> and {o2m.full} have since moved the urn to a locked shelf.",
         "{r.first} was asked safeguarding questions in English without an <<Interpreter>>.",
         "{o3f.last} from the health visiting team rang on {next}.",
         "Pain relief was paracetamol by weight, not <<co-codamol>>, after a call to the <<Duty Manager>>.",
         "{s2.init} found the burns referral pathway at {url}."],
        ["Contact {s1.email}; reference {ref2}."],
        refs=("CR-{y}-{n4}", "PB{n5}"), sex="M?", child=True),
    _style(
        "synagogue_security_volunteer_stroke_review", P,
        "review of a synagogue security volunteer whose stroke at the door was taken for drink and who missed the window for clot treatment",
        ["Stroke pathway review {ref}: {p.full}, NHS number {nhs}.",
         "Hospital number {hosp}; event {date}; reviewer {s1.dr}."],
        ["{p.first}, aged {age}, was on security duty at the synagogue door on {day}.",
         "At {time} his speech became slurred; the <<Rabbi>> and {o1m.full} sat him down.",
         "The crew from the ambulance service scored <<ABCD2>> and thought he had been drinking.",
         "At {hospital} he waited <<four hours>> before {d.dr} saw the facial droop.",
         "The scan was done after the window and he was admitted to {ward}."],
        ["His {rel}, {r.full}, said he had never drunk.",
         "{o2f.full}, a congregant and nurse, had written the time he was last well.",
         "That note was left in the ambulance and found on {later}.",
         "{s2.last} found the <<NEWS2>> was normal, so no one repeated the stroke screen.",
         "He had started <<apixaban>> <<5 mg>> after a clinic on {prev}."],
        ["Learning shared; contact {email}."],
        refs=("ST-{y}-{n4}", "SY{n5}"), sex="M?"),
)

STYLES += (
    _style(
        "refugee_drop_in_cough_tuberculosis_missed_review", P,
        "review of a young man at a refugee drop-in whose months of cough and weight loss were treated as a cold until tuberculosis was found",
        ["Review {ref}: {p.full}, NHS number {nhs}, hospital number {hosp}.",
         "First contact {date}; reviewer {s1.full}, {trust}."],
        ["{p.first}, aged {age}, came to a refugee drop-in at a church hall on {street} with a cough of <<six months>>.",
         "A volunteer nurse, {o1f.full}, helped him register with {gp} that afternoon.",
         "The practice gave <<salbutamol>> by telephone with no <<Interpreter>> and no chest film.",
         "On {day} he coughed blood at the drop-in and {o2m.full} called 999 at {time}.",
         "At {hospital} {d.dr} found cavities on the film and he was isolated on {ward}."],
        ["His housing officer, {o3.full}, had moved him between hotels <<three days>> before.",
         "The <<Home Office>> letter in his bag gave an old address, {addr2}.",
         "{s2.initl} found the practice's translated forms at {url}.",
         "Contacts at the drop-in were traced by {o4f.full} from the health protection team.",
         "He had lost eight kilograms, recorded by the volunteer but not by the practice."],
        ["Contact {email}; reference {ref2}."],
        refs=("TB-{y}-{n4}", "RD{n5}"), sex="M?"),
    _style(
        "supplementary_school_child_sickle_crisis_review", P,
        "child clinical review of a girl with sickle cell disease who became unwell at a Saturday language class and waited for pain relief",
        ["Child clinical review {ref}: {p.full}, NHS {nhs}.",
         "Hospital number {hosp}; date {date}; reviewer {s1.dr}."],
        ["{p.first}, aged {age}, has sickle cell disease and attends a Saturday language class in {town}.",
         "On {day} her teacher, {o1f.full}, saw her crying with leg pain and rang her {rel}, {r.full}.",
         "At {hospital} she waited <<an hour>> for pain relief against the sickle pathway.",
         "Her <<pulse oximeter>> reading of 91% was put down to cold hands.",
         "On {next} she was moved to {ward} with a chest crisis and given <<oxygen>>."],
        ["{r.first} had her care plan on her phone but was not asked for it.",
         "{o2m.full}, the class organiser, wrote that the room had no heating.",
         "{s2.caps} noted the plan from {url} was not on the record.",
         "A play specialist, {o3f.first}, sat with her in {ward2}.",
         "The <<Equality Act 2010>> was raised by the family in a meeting on {later}."],
        ["Shared with the haematology team; contact {s1.email}."],
        refs=("CCR-{y}-{n3}", "SC{n5}"), sex="F?", child=True),
    _style(
        "supermarket_night_crew_incident_log_csv", L,
        "a supermarket's night replenishment crew incident log exported as CSV: a shelf stacker's chest pain put down to lifting",
        ["Night crew incident log export, store in {town}. Ref {ref}.",
         "date,time,logged by,entry"],
        ["Colleague {p.full} reported chest pain lifting cases in aisle 9, sat in canteen",
         "<<Night Supervisor>> {o1.full} gave water, advised it was a pulled muscle",
         "Pain worse, sweaty; {o2.first} fetched the <<AED>> from the kiosk",
         "999 called at {time}, crew arrived, ECG taken, conveyed to {hospital}",
         "Hospital rang {r.full} ({rel}) on {mob}; heart attack confirmed {next}"],
        ["Shift lead checked first aid box, <<aspirin>> absent",
         "Entry amended by {o3.last} after call from {prov}",
         "Cleaner {o4.lower} said patient looked grey at {time2}",
         "Home address for next of kin {addr}",
         "Returned to work form to follow, ref {ref2}"],
        ["Log closed. Store manager {o5.full}."],
        refs=("NC-{y}-{n4}", "SM{n5}"), sex="??", provider=True,
        topup="{stamp}, {clock}, {sign}, {text}", stamp="iso", signs="init"),
    _style(
        "parcel_depot_first_aid_book_csv", L,
        "a parcel depot's first aid book exported as CSV: a sorter's diabetic low on a night shift, sent home on the bus",
        ["Parcel depot first aid book, {town} hub. Case {ref}.",
         "date,time,entry,first aider"],
        ["{p.full} found confused at belt 4, glucose 2.1 on own meter",
         "Given sugary drink and biscuits, <<20 minutes>> later glucose 5.0",
         "<<Shift Lead>> {o1.full} sent him home on the bus at {time}",
         "{r.full} ({rel}) rang depot: found him collapsed at home, 999 called",
         "Admitted {hospital}, team told by {d.full} on {next}"],
        ["Takes <<insulin glargine>>, last meal at noon",
         "First aid kit restocked by {o2.last}",
         "HR contact {o3.full} {email2}",
         "Driver {o4.first} reported near miss at gate 2",
         "Form sent to {prov} occupational health, ref {ref2}"],
        ["Entry checked by {o5.full}."],
        refs=("FA-{y}-{n4}", "PD{n6}"), sex="M?", provider=True,
        topup="{stamp}, {clock}, {text}, {sign}", stamp="dmy", signs="last"),
    _style(
        "community_radio_studio_day_log_table", L,
        "a community radio station's studio day log pasted as a table: a presenter's seizure on air and a missed medication change",
        ["| Community radio studio log | {town} | ref {ref} |",
         "| --- | --- | --- | --- |"],
        ["presenter {p.full} slurred on air, producer {o1.full} faded to music",
         "{p.first} fitted in studio 2 for about 3 minutes, recovery position",
         "999 called {time}, <<Station Manager>> {o2.full} met crew at door",
         "conveyed to {hospital}; {rel} {r.full} informed on {mob}",
         "update {next}: <<levetiracetam>> dose had been halved by {gp}"],
        ["studio chair moved, <<Ofcom>> log kept",
         "{o3.full} covered the breakfast show",
         "volunteer {o4.last} says he had missed tablets",
         "<<Todd's paresis>> mentioned by crew, left arm weak",
         "email sent to {email2} for the rota"],
        ["log closed by {o5.full}"],
        refs=("CR-{y}-{n3}", "ST{n5}"), sex="??",
        topup="| {stamp} | {clock} | {text} | {sign} |", stamp="dmy", signs="init"),
    _style(
        "barber_shop_appointment_day_book_table", L,
        "a barber shop's appointment day book pasted as a table: a customer's collapse in the chair, a missed aortic dissection",
        ["| Barber shop day book | {street}, {town} | {ref} |",
         "| --- | --- | --- | --- |"],
        ["{p.full} in chair 2, sudden tearing back pain",
         "barber {o1.full} rang 999, crew from the ambulance service",
         "crew said muscle spasm, left with {rel} {r.full}",
         "{r.first} rang shop: he went to {hospital} at {time}",
         "{next}: surgery at {hospital2}, per {r.first}"],
        ["chair cleaned, <<Bay 3>> booking moved",
         "{o2.full} walked him to the car",
         "customer {o3.last} left number {phone}",
         "takes <<warfarin>>? said no, takes blood pressure tablets",
         "card left for {o4.full}"],
        ["day book signed by {o5.full}"],
        refs=("BK-{y}-{n3}", "BS{n5}"), sex="M?",
        topup="| {stamp} | {clock} | {text} | {sign} |", stamp="wdmy", signs="first"),
    _style(
        "temple_festival_volunteer_message_log", L,
        "a Hindu temple festival's volunteer message log typed up for a review: an older devotee's heat collapse and a head injury",
        ["Temple festival volunteer messages, {town}. Review ref {ref}.",
         "Typed up by {s1.full} for {trust}."],
        ["{p.full} fainted in the queue by the shrine, head hit step",
         "first aid tent has him, <<GCS 14>>, cut on forehead",
         "ambulance called {time}, {rel} {r.full} on the way",
         "crew left him with first aid after <<an hour>>, {p.first} says fine",
         "{r.first} rang: he is at {hospital} with bleed on scan, {next}"],
        ["water stall out of cups, {o2.first} getting more",
         "{o3.lower} says car park full",
         "he takes <<apixaban>> per {r.first}",
         "<<Warden>> at gate 2 asking for radio",
         "lost child found by {o4.full}"],
        ["end of log, {o5.full}"],
        refs=("TF-{y}-{n4}", "HT{n5}"), sex="M?",
        topup="[{stamp} {clock}] {sign}: {text}", stamp="dmy", signs="full"),
    _style(
        "office_cleaners_night_round_sheet", L,
        "an office cleaning crew's night round sheet scanned into a review: a cleaner's fall on a wet stair and a missed hip fracture",
        ["NIGHT ROUND SHEET, cleaning contract, {town}. Ref {ref}.",
         "Supervisor {o1.full}; crew leader {o4.full}."],
        ["{p.full} slipped on wet stair, floor 3, hip pain",
         "<<Night Supervisor>> told her to sit and rest <<20 minutes>>",
         "could not stand, 999 called {time}",
         "conveyed {hospital}, told soft tissue injury",
         "{next} {rel} {r.full} rang: hip fracture found on second film"],
        ["wet floor sign missing from cupboard",
         "{o2.first} finished floor 3",
         "security {o3.lower} let crew in",
         "taxi paid by {o5.last}",
         "<<hoist>> not needed"],
        ["Sheet signed {o5.full}"],
        refs=("CL-{y}-{n4}", "NR{n5}"), sex="F?", provider=True,
        topup="{stamp} {clock} {text} ({sign})", stamp="mon", signs="init"),
)

STYLES += (
    _style(
        "interpreter_email_to_gp_wrong_dialect_consent", E,
        "an interpreter e-mails a GP practice after interpreting a consent in the wrong dialect for a woman whose operation was then cancelled",
        ["Sent {ldate} from {o1f.email} to {email}. Subject: {p.full}, NHS {nhs}",
         "Patient address: {addrb}"],
        ["Dear {d.dr}, I am writing as the <<Interpreter>> booked for {p.title} at {hospital} on {date}.",
         "The booking asked for the wrong language, and I could not explain the risks of the operation to {p.first}.",
         "Her {rel}, {r.full}, was asked to interpret instead, which I was told not to question.",
         "The surgeon, {o2.full}, cancelled the list when {p.first} refused to sign.",
         "She has now waited <<six months>> with gallstone pain on <<co-codamol>>."],
        ["My agency is {prov}, telephone {phone}.",
         "Her phone number is {mob} and she prefers calls after {time}.",
         "The booking reference was {ref2}.",
         "I have copied {o3.full} at the patient advice service.",
         "Under the <<Equality Act 2010>> I believe she should have had a qualified interpreter."],
        ["Yours sincerely, {o1f.full}"],
        refs=("INT/{y}/{n4}", "BK{n6}"), sex="F?", provider=True),
    _style(
        "funeral_celebrant_very_old_widower_letter", E,
        "a funeral celebrant writes to a GP about a very old widower who was confused and unkempt at his wife's funeral planning visit",
        ["{ldate}", "Re: {p.tfull}, {addrb}"],
        ["Dear {d.dr}, I am a <<Celebrant>> and visited {p.tfull}, aged {age}, on {date} to plan his wife's service.",
         "He did not know the day, had no food in and had not taken his tablets for days.",
         "I rang 111 and an ambulance took him to {hospital}, but he was sent home the same night.",
         "His {rel}, {r.full}, lives in {hospital2}'s area and cannot visit often.",
         "On {later} I found him again on the floor and he was admitted to {ward}."],
        ["His tablets include <<furosemide>> and <<sertraline>> in a blister pack.",
         "His neighbour, {o2m.full}, has a key and the <<key safe>> code.",
         "I have his consent to write, and {r.first} agreed on {mob}.",
         "The funeral director, {o3.full}, has moved the service to {later}.",
         "The council's adult team, {council}, were told on {next}."],
        ["Yours sincerely, {o1f.full}, independent celebrant"],
        refs=("FC-{y}-{n3}", "CE{n5}"), sex="M?", old=True),
    _style(
        "community_choir_leader_singer_collapse_letter", E,
        "a community choir leader writes to an emergency department about a singer who collapsed at rehearsal and was sent home with a faint",
        ["{ldate}", "To the Emergency Department consultant, {hospital}. Re: {p.full}, {addrb}"],
        ["Dear {d.dr}, I lead a community choir that rehearses at a church hall in {town}.",
         "On {date} {p.first}, aged {age}, collapsed during a song and was pale and grey.",
         "Our <<Choir Master>>, {o2m.full}, used the <<AED>>, which advised no shock.",
         "She was taken to your department and sent home after <<four hours>> as a simple faint.",
         "On {next} she collapsed at home and her {rel}, {r.full}, was told she has a heart block."],
        ["She had told us she felt her heart stop on {prev}.",
         "{o3f.full} from the choir drove her home that night.",
         "Our safeguarding lead is {o4.full}, reachable on {phone}.",
         "I enclose the defibrillator printout, reference {ref2}.",
         "We raise money for {prov} and the hall is managed by {council}."],
        ["With kind regards, {o1.full}, choir leader"],
        refs=("CH-{y}-{n3}", "CL{n5}"), sex="F?", provider=True),
    _style(
        "gardening_club_secretary_very_old_member_letter", E,
        "a gardening club secretary writes to a GP about a very old member who grew thin and confused and whose low sodium was missed",
        ["{ldate}", "Re: {p.tfull}, {addrb}"],
        ["Dear {d.dr}, I am secretary of our gardening club and write about {p.tfull}, aged {age}.",
         "Since {prev} she has missed meetings and seemed muddled at the plant sale.",
         "On {date} she fell in the club greenhouse and was taken to {hospital}.",
         "She was sent home the same evening with no blood tests, though she takes <<furosemide>>.",
         "Her {rel}, {r.full}, found her drowsy on {later} and her sodium was very low."],
        ["Our treasurer, {o2f.full}, drives her to meetings.",
         "She has <<Parkinson's disease>> and walks with a <<rollator>>.",
         "Her address on your system may be her old one, {addr2}.",
         "{o3.full} from {council} visited on {next}.",
         "Her carers are from {prov}, telephone {phone}."],
        ["Yours faithfully, {o1.full}, Secretary"],
        refs=("GC-{y}-{n3}", "GS{n5}"), sex="F?", old=True, provider=True),
    _style(
        "domestic_cleaner_very_old_client_email", E,
        "a domestic cleaner e-mails a GP practice about a very old client found cold and short of breath, sent home from hospital at night",
        ["Sent {ldate} to {email}. Subject: {p.full} NHS {nhs}",
         "Client address: {addrb}"],
        ["Dear {d.dr}, I clean weekly for {p.tfull}, who is {age} and lives alone.",
         "On {date} I found the heating off and {p.first} breathless in her chair.",
         "The crew took her to {hospital}, and she came home by taxi at {time} the same night.",
         "On {next} her {rel}, {r.full}, found her worse and she was admitted to {ward}.",
         "I am worried no one checked she could manage at home."],
        ["She uses a <<nebuliser>> and <<salbutamol>>.",
         "Her <<pendant alarm>> was on the side, not on her wrist.",
         "My number is {mob}.",
         "{o2.poss} husband, her neighbour, can let staff in.",
         "The energy supplier's engineer, {o3m.full}, came on {later}."],
        ["Best wishes, {o1f.full}"],
        refs=("DC-{y}-{n3}", "HM{n5}"), sex="F?", old=True),
    _style(
        "tibetan_community_association_complaint_letter", E,
        "a Tibetan community association chair writes to a trust's complaints team about a member's missed heart attack and an unbooked interpreter",
        ["{ldate}", "Complaints team, {trust}. Re: {p.full}, {addrb}"],
        ["Dear Complaints Manager, I chair a Tibetan community association in {town}.",
         "On {date} {p.first}, aged {age}, came to {hospital} with chest pain.",
         "No <<Interpreter>> was booked and his {rel}, {r.full}, interpreted.",
         "He was told he had indigestion and sent home after <<four hours>>.",
         "On {next} he was admitted to {ward} with a heart attack."],
        ["He had been treated for <<Bell's palsy>> in {town} and was worried it had come back.",
         "{o2.full} from our association went with him.",
         "Our contact details: {phone} or {email2}.",
         "{o3f.full} at the patient advice service had reference {ref2}.",
         "We ask for learning on interpreters, published at {url}."],
        ["Yours faithfully, {o1.full}, Chair"],
        refs=("CP-{y}-{n4}", "TC{n5}"), sex="M?"),
    _style(
        "home_care_agency_manager_missed_visits_email", E,
        "a home care agency manager e-mails a hospital discharge team about a woman discharged without her package restarted",
        ["Sent {ldate} from {o1.email} to {email}. Subject: discharge of {p.full}",
         "Address: {addrb}"],
        ["Dear {d.dr}, I manage {prov} and write about {p.full}, NHS {nhs}.",
         "She left {ward} at {hospital} on {date} but we were not told until {later}.",
         "For <<three days>> she had no visits and was found dehydrated by {o2f.full}.",
         "Her {rel}, {r.full}, had been told the package was restarted.",
         "She was readmitted and is now on {ward2}."],
        ["The discharge letter listed <<metformin>> <<500 mg>> twice daily.",
         "Our office line is {phone}.",
         "The council's brokerage team, {council}, confirmed the restart form was not sent.",
         "{o3.full} from our team can meet you.",
         "Our reference is {ref2}."],
        ["Kind regards, {o1.full}, Registered Manager"],
        refs=("HC-{y}-{n4}", "AG{n5}"), sex="F?", provider=True),
    _style(
        "weekend_faith_school_teacher_child_seizure_letter", E,
        "a weekend faith school teacher writes to a GP after a girl had a long seizure in class and the rescue medicine was locked away",
        ["{ldate}", "Re: {p.full}, {addrb}"],
        ["Dear {d.dr}, I teach a weekend class at our community centre in {town}.",
         "On {date} {p.first}, aged {age}, had a seizure lasting over <<20 minutes>>.",
         "Her rescue medicine was locked in the office and the key holder, {o2m.full}, was out.",
         "The crew took her to {hospital}; her {rel}, {r.full}, met them there.",
         "She was admitted to {ward} and went home on {later}."],
        ["Her care plan came from {url}.",
         "Our first aider, {o3f.full}, timed the seizure.",
         "We have since trained {o4.full} to give the medicine.",
         "Please call me on {phone}.",
         "The <<Charity Commission>> asked us to report it."],
        ["Yours sincerely, {o1.full}"],
        refs=("WS-{y}-{n3}", "FS{n5}"), sex="F?", child=True),
)

# Clauses a sentence without a look-alike takes, so that most sentences carry one, as notes do.
_CLAUSES = (
    (", within <<an hour>>", ", within <<an hour>>"),
    (", and the <<NEWS2>> was not repeated", ", <<NEWS2>> not repeated"),
    (" while the <<Duty Manager>> was told", ", <<Duty Manager>> told"),
    (", as noted in <<Bay 5>>", ", moved to <<bed 7>> later"),
    (" over the next <<48 hours>>", ", for <<48 hours>>"),
    (", which <<Citizens Advice>> had also raised", ", <<Citizens Advice>> number given"),
    (", with the <<key safe>> code shared", ", <<key safe>> code passed on"),
    (" (<<cubicle 4>> at first)", ", seen in <<cubicle 4>>"),
    (" after about <<three days>>", ", <<three days>> later"),
    (", and the <<4AT>> was not done", ", <<4AT>> not done"),
    (", as the <<Shift Lead>> confirmed", ", <<Shift Lead>> aware"),
    (", noted against <<side room 2>>", ", <<side room 2>> free"),
)


def _with_look_alikes(style: Style, offset: int) -> Style:
    def fill(sentences: tuple[str, ...], start: int) -> tuple[str, ...]:
        out = []
        for index, sentence in enumerate(sentences):
            if "<<" in sentence:
                out.append(sentence)
                continue
            prose, line = _CLAUSES[(offset + start + index) % len(_CLAUSES)]
            if sentence.endswith("."):
                out.append(sentence[:-1] + prose + ".")
            else:
                out.append(sentence + line)
        return tuple(out)

    core, extras = fill(style.core, 0), fill(style.extras, 5)
    return Style(style.name, style.register, style.what, style.headers, core, extras,
                 style.endings, style.refs, style.sex, style.old, style.child, style.provider,
                 style.topup, style.stamp, style.signs, style.sign_forms)  # fmt: skip


STYLES = tuple(_with_look_alikes(style, index) for index, style in enumerate(STYLES))

# -- shared top-ups: generic sentences that fill a text up to its length ------------------------

SHARED = (
    "The timeline was put together from the ambulance record, the hospital notes and the GP record.",
    "No single decision caused the outcome, but several missed chances added up.",
    "The family were offered a meeting and a copy of this review.",
    "Staff involved were supported and took part in a learning session.",
    "The observations chart was incomplete for <<four hours>> on the ward.",
    "{o5.full} from the patient safety team checked the timeline with the family.",
    "A debrief was held with the crew and the department on {later}.",
    "The review used the <<NEWS2>> charts and the triage notes.",
    "Medicines reconciliation was not completed before discharge.",
    "The discharge summary reached the practice late.",
    "Safety netting advice was given verbally but not written down.",
    "The case was discussed at the mortality and morbidity meeting.",
    "{s2.full} checked the electronic record for alerts and found none.",
    "A further review will look at weekend staffing.",
)
SHARED_LINES = (
    "welfare call made, no answer",
    "area made safe",
    "manager informed",
    "incident form started",
    "first aid box checked",
    "statement taken from {o5.first}",
    "crew handover given",
    "colleague sent home early",
    "hospital rang back, patient stable",
    "CCTV request noted",
    "<<Duty Manager>> informed by phone",
    "update passed to {o5.last}",
)
SHARED_LETTER = (
    "I hope this letter helps your review.",
    "Please let me know if you need anything further from me.",
    "I have kept a copy of my notes from that day.",
    "The family know that I am writing to you.",
    "I would be grateful for a reply when you are able.",
    "I am happy to meet if that would help.",
    "{o5.full} was also there and can confirm what happened.",
    "I am not medically trained, so I may have some details wrong.",
    "We have since changed how we keep emergency numbers.",
    "Thank you for reading this.",
    "I raise this so that it does not happen to someone else.",
    "The times I give are from my phone.",
)


def _shared(style: Style) -> tuple[str, ...]:
    if style.register == "lines":
        return SHARED_LINES
    if style.register == "letter":
        return SHARED_LETTER
    return SHARED


def alternatives() -> int:
    """How many sentences a text can be written from."""
    own = sum(len(s.headers) + len(s.core) + len(s.extras) + len(s.endings) for s in STYLES)
    return own + len(SHARED) + len(SHARED_LINES) + len(SHARED_LETTER)


# -- helpers ---------------------------------------------------------------------------------

_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _words(n: int) -> str:
    if n >= 100:
        rest = n - 100
        return "one hundred" if not rest else f"one hundred and {_UNITS[rest]}"
    return "ninety" if n == 90 else f"ninety-{_UNITS[n - 90]}"


def _plain(value: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", value)
    return re.sub(r"[^A-Za-z-]", "", text.encode("ascii", "ignore").decode()).lower()


def _fold(value: str) -> str:
    return _plain(value) or value.casefold()


_RELATIONS = {
    "adult": {"F": ("daughter", "wife", "sister", "niece", "partner"),
              "M": ("son", "husband", "brother", "nephew", "partner")},
    "child": {"F": ("mother", "grandmother", "aunt"), "M": ("father", "grandfather", "uncle")},
}  # fmt: skip

_BANNED = frozenset(
    _fold(w)
    for w in (
        *(w for terms in LOOKALIKES.values() for t in terms for w in re.split(r"[\s'-]+", t)),
        *TOWN_INFO, *(p for locs in LOCALITIES.values() for loc in locs for p in loc.split()),
        *STREET_WORDS, *WARD_WORDS, *MONTHS, *WEEKDAYS,
        *(w for h in HOME_WORDS for w in h.split()), *(w for h in PROVIDERS for w in h.split()),
        *(w for h in GP_WORDS for w in h.split()), *(n for ns in NICKNAMES.values() for n in ns),
        "Nurse", "Doctor", "Sister", "Ward", "Hall", "Church", "Temple", "Crew", "Grant", "Rose",
    )
    if len(w) > 1
)


@dataclass
class Person:
    first: str
    last: str
    sex: str
    names: str
    in_record: bool = False
    mid: str = ""
    nick: str = ""
    title: str = "Mr"
    doctor: bool = False

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.mid, self.last) if p)

    @property
    def parts(self) -> set[str]:
        return {_fold(p) for p in re.split(r"[\s-]+", self.full) if p}


def _date_forms(day: date, year: bool) -> list[str]:
    month, mon, wd = MONTHS[day.month - 1], MONTHS[day.month - 1][:3], WEEKDAYS[day.weekday()]
    if year:
        return [
            f"{day:%d/%m/%Y}", f"{day:%d/%m/%Y}", f"{day:%d/%m/%y}", day.isoformat(),
            f"{day:%d-%m-%Y}", f"{day.day}.{day.month}.{day:%y}", f"{day:%d}{mon.upper()}{day.year}",
            f"{day.day} {mon.upper()} {day.year}", f"{day.day}-{mon}-{day.year}",
            f"{day.day} {month} {day.year}", f"{day.day} {month} {day.year}",
            f"{ordinal(day.day)} {month} {day.year}", f"{month} {day.day}, {day.year}",
            f"{wd[:3]} {day:%d/%m/%Y}", f"{wd} {day.day} {month} {day.year}",
            f"{day.day}/{day.month}/{day.year}", f"{day.day} {mon} {day.year}",
        ]  # fmt: skip
    return [
        f"{day.day} {month}", f"{ordinal(day.day)} {month}", f"the {ordinal(day.day)} of {month}",
        f"the {ordinal(day.day)}", f"{wd} the {ordinal(day.day)}", f"{wd[:3]} {ordinal(day.day)} {mon}",
        f"{wd[:3]} {day.day}/{day.month}", f"{day.day}/{day.month}", f"{wd} {day.day} {month}",
        f"{wd} {ordinal(day.day)}", f"{day.day} {mon}", f"{month} {ordinal(day.day)}",
    ]  # fmt: skip


def _landline(rng: random.Random, code: str) -> str:
    local = f"{rng.randint(200000, 899999)}"
    rest = code[1:]
    forms = [
        f"{code} {local}", f"({code}) {local}", f"{code} {local[:3]} {local[3:]}", f"{code}{local}",
        f"+44 {rest} {local}", f"+44 (0){rest} {local}", f"{code}-{local}", f"+44{rest}{local}",
        f"({code}) {local[:3]} {local[3:]}", f"{code} {local} ext {rng.randint(1000, 9999)}",
        f"{code} {local} x{rng.randint(1000, 9999)}", f"+44 {rest} {local[:3]} {local[3:]}",
        f"{code[:4]} {code[4]}{local[:2]} {local[2:]}", f"{code}-{local[:3]}-{local[3:]}",
        f"({code}){local}",
    ]  # fmt: skip
    return rng.choice(forms)


def _mobile(rng: random.Random) -> str:
    tail = f"{rng.randint(0, 999):03d}"
    forms = [
        f"07700 900{tail}", f"07700900{tail}", f"07700 900 {tail}", f"+44 7700 900{tail}",
        f"+44 7700 900 {tail}", f"+447700900{tail}", f"07700-900-{tail}", f"(07700) 900{tail}",
        f"0770 0900 {tail}", f"+44 (0)7700 900{tail}",
    ]  # fmt: skip
    return rng.choice(forms)


_TOKEN = re.compile(r"\{(\w+)(?:\.(\w+))?\}|<<(.+?)>>")
_HONORIFIC_OK = re.compile(r"[A-Z]")


class _Case:
    """The facts one text is written from, and the filling of its slots."""

    def __init__(self, rng: random.Random, style: Style, sentences: list[str]) -> None:
        self.rng, self.style = rng, style
        self.used_parts: set[str] = set()
        self.known_flag = rng.random() >= 0.12
        town = rng.choice(list(TOWN_INFO))
        self.town = town
        self.district, self.code, self.county, locs = TOWN_INFO[town]
        self.locality = rng.choice(locs)
        self.date = date(2025, 1, 6) + timedelta(days=rng.randint(0, 560))
        self.prev = self.date - timedelta(days=rng.randint(1, 12))
        self.next = self.date + timedelta(days=1)
        self.later = self.date + timedelta(days=rng.randint(2, 8))
        self.ldate = self.later + timedelta(days=rng.randint(3, 21))
        low, high = (90, 104) if style.old else (3, 12) if style.child else (19, 86)
        age = rng.randint(low, high)
        self.dob = self.date - timedelta(days=365 * age + rng.randint(age // 4 + 1, 360))
        self.age = (self.date.year - self.dob.year) - (
            (self.date.month, self.date.day) < (self.dob.month, self.dob.day)
        )
        self.last_dated: date | None = None
        self.dot = rng.random() < 0.3
        self.initial_dots = rng.random() < 0.4
        self.nhs = nhs_number(rng)
        self.nhs_layout = rng.choice(("plain", "spaced", "dashed"))
        shape = _TOWN_HOSP[town]
        self.hosp = "".join(
            rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else str(rng.randint(0, 9))
            for c in shape
        )
        number = rng.randint(1, 140)
        street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
        self.line = f"{number} {street}"
        if rng.random() < 0.2:
            self.line = f"Flat {rng.randint(1, 12)}, {self.line}"
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        self.postcode = f"{self.district} {rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
        others = [t for t in TOWN_INFO if t != town]
        self.town2 = rng.choice(others)
        self.people: dict[str, Person] = {}
        hints = dict(re.findall(r"\{(o\d)([fm])\.", " ".join(sentences)))
        nicks = set(re.findall(r"\{(\w+?)[fm]?\.nick\}", " ".join(sentences)))
        psex = style.sex[0] if style.sex[0] != "?" else rng.choice("FM")
        rsex = style.sex[1] if style.sex[1] != "?" else rng.choice("FM")
        self.people["p"] = self._draw(psex)
        self.people["r"] = self._draw(rsex)
        for who in ("s1", "s2", "d", "o1", "o2", "o3", "o4", "o5"):
            sex = hints.get(who, rng.choice("FM")).upper()
            self.people[who] = self._draw(sex, nick=who in nicks)
        self.people["d"].doctor = True
        for who in ("o1", "o2", "o3", "o4", "o5"):
            if who in hints:
                self.people[f"{who}{hints[who]}"] = self.people[who]
        p = self.people["p"]
        if style.child:
            p.title = "Master" if p.sex == "M" else "Miss"
        for who, person in self.people.items():
            if person.doctor:
                person.title = "Dr"
            elif person.sex == "F" and not (who == "p" and style.child):
                person.title = rng.choice(("Mrs", "Ms", "Miss", "Mrs"))
        for who in ("p", "r"):
            self.people[who].in_record = self.known_flag
        kind = "child" if style.child else "adult"
        self.rel = rng.choice(_RELATIONS[kind][rsex])
        self.initials_used: set[str] = set()
        self.ref = self._ref(style.refs[0])
        self.ref2 = self._ref(style.refs[1])
        self.phone = _landline(rng, self.code)
        self.mob = _mobile(rng)

    def _ref(self, shape: str) -> str:
        rng = self.rng
        out = shape.replace("{y}", str(self.date.year))
        for n in range(6, 2, -1):
            out = out.replace(f"{{n{n}}}", "".join(str(rng.randint(0, 9)) for _ in range(n)))
        return out.replace("{A2}", "".join(rng.choice("BCFHKMRTVW") for _ in range(2)))

    def _draw(self, sex: str, nick: bool = False) -> Person:
        rng = self.rng
        for _ in range(200):
            mid = ""
            if not nick and rng.random() < 0.45:
                made = _new_person(rng, sex=sex)
                person = Person(made.first, made.last, sex, made.names)
            else:
                group = OWN_GROUPS[rng.choice(list(OWN_GROUPS))]
                if nick:
                    first = rng.choice([n for n in NICKNAMES if n in OWN_FIRST[sex]] or list(NICKNAMES))
                else:
                    first = rng.choice(group[sex])
                roll = rng.random()
                if roll < 0.16:
                    last = rng.choice(WORD_NAMES)
                elif roll < 0.24:
                    a, b = rng.sample(group["L"], 2)
                    last = f"{a}-{b}"
                else:
                    last = rng.choice(group["L"])
                if group is OWN_GROUPS["zulu"] and rng.random() < 0.4:
                    mid = "ka" + rng.choice(group["M"])
                listed = listed_names()
                words = [first, *last.split("-"), *([mid[2:]] if mid else [])]
                names = "listed" if all(w.casefold() in listed for w in words) else "unlisted"
                person = Person(first, last, sex, names, mid=mid, nick=rng.choice(NICKNAMES.get(first, ("",))))
            parts = person.parts | ({_fold(mid[2:])} if mid else set())
            if parts & self.used_parts or parts & _BANNED or any(len(p) < 2 for p in parts):
                continue
            if not re.match(r"[A-Z]", person.first) or not re.match(r"[A-Z]", person.last):
                continue
            self.used_parts |= parts
            return person
        raise RuntimeError("no name could be drawn")  # pragma: no cover

    # -- values ------------------------------------------------------------------------------

    def date_text(self, day: date, *, header: bool = False, full: bool = False) -> str:
        rng = self.rng
        if full:
            return rng.choice([f for f in _date_forms(day, True) if str(day.year) in f])
        if header:
            return rng.choice([f for f in _date_forms(day, True) if str(day.year) in f])
        if self.last_dated is None or day >= self.last_dated:
            if rng.random() < 0.6:
                self.last_dated = day
                return rng.choice(_date_forms(day, True))
        return rng.choice(_date_forms(day, False))

    def person(self, who: str, form: str) -> list[tuple[str, str | None, Person | None]]:
        person = self.people[who]
        rng = self.rng
        title = person.title + ("." if self.dot else "")
        if form == "nick" and person.nick:
            return [(person.nick, "PERSON", person)]
        if form == "first" and person.nick and rng.random() < 0.4:
            return [(person.nick, "PERSON", person)]
        if form in ("email", "pemail"):
            first, last = _plain(person.first), _plain(person.last)
            if form == "email" and who in ("s1", "s2", "d"):
                value = f"{first}.{last}@nhs.net"
            elif form == "email":
                value = f"{first}.{last}@{rng.choice(('outlook.com', 'btinternet.com', 'gmail.com'))}"
            else:
                value = f"{first}{last}{rng.randint(1, 99)}@gmail.com"
            return [(value, "EMAIL", None)]
        if form == "init":
            letters = person.first[0] + (person.mid[2] if person.mid else "") + person.last[0]
            if (
                re.fullmatch(r"[A-Z]{2,4}", letters)
                and letters not in CLINICAL_INITIALS
                and letters not in self.initials_used
            ):
                self.initials_used.add(letters)
                value = "".join(f"{c}." for c in letters) if self.initial_dots else letters
                return [(value, "PERSON", person)]
            form = "initl"
        values = {
            "full": person.full,
            "first": person.first,
            "last": person.last,
            "title": f"{title} {person.last}",
            "tfull": f"{title} {person.full}",
            "dr": f"{title} {person.last}",
            "initl": f"{person.first[0]}. {person.last}",
            "caps": f"{person.last.upper()}, {person.first}",
            "upper": person.full.upper(),
            "lower": person.full.lower(),
            "nick": person.first,
        }
        if form == "poss":
            return [(person.full, "PERSON", person), ("'s", None, None)]
        return [(values[form], "PERSON", person)]

    def address(self, block: bool) -> list[tuple[str, str | None, Person | None]]:
        rng = self.rng
        line, loc, town, code = self.line, self.locality, self.town, self.postcode
        if block:
            return [(f"{line}\n{loc}\n{town}", "ADDRESS", None), ("\n", None, None), (code, "POSTCODE", None)]
        shape = rng.choice(("comma", "comma", "upper", "plain", "noloc", "lower"))
        if shape == "upper":
            return [(f"{line}, {loc}, {town}".upper(), "ADDRESS", None), (", ", None, None),
                    (code, "POSTCODE", None)]  # fmt: skip
        if shape == "plain":
            return [(f"{line.replace(',', '')} {loc} {town}", "ADDRESS", None), (" ", None, None),
                    (code.replace(" ", ""), "POSTCODE", None)]  # fmt: skip
        if shape == "noloc":
            return [(f"{line}, {town}", "ADDRESS", None), (", ", None, None), (code, "POSTCODE", None)]
        if shape == "lower":
            return [(f"{line}, {loc}, {town}", "ADDRESS", None), (" ", None, None),
                    (code.lower(), "POSTCODE", None)]  # fmt: skip
        return [(f"{line}, {loc}, {town}", "ADDRESS", None), (", ", None, None), (code, "POSTCODE", None)]

    def slot(self, name: str) -> list[tuple[str, str | None, Person | None]]:
        rng, town = self.rng, self.town
        slug = town.lower().replace(" ", "")
        if name in ("date", "prev", "later", "next", "ldate", "day"):
            day = {"date": self.date, "day": self.date, "prev": self.prev, "later": self.later,
                   "next": self.next, "ldate": self.ldate}[name]  # fmt: skip
            if name == "ldate":
                return [(self.date_text(day, header=True), "DATE", None)]
            if name == "day":
                wd = WEEKDAYS[day.weekday()]
                if self.last_dated is None or day >= self.last_dated:
                    self.last_dated = day
                    text = rng.choice((f"{wd} {day.day} {MONTHS[day.month - 1]} {day.year}",
                                       f"{wd[:3]} {day:%d/%m/%Y}"))  # fmt: skip
                else:
                    text = rng.choice([f for f in _date_forms(day, False) if f[:3] in wd])
                return [(text, "DATE", None)]
            return [(self.date_text(day), "DATE", None)]
        if name == "dob":
            return [(self.date_text(self.dob, full=True), "DATE", None)]
        if name == "age":
            if self.age > 89:
                value = _words(self.age) if rng.random() < 0.25 else str(self.age)
                return [(value, "AGE", None)]
            return [(str(self.age), None, None)]
        if name == "nhs":
            n = self.nhs
            value = {"plain": n, "spaced": f"{n[:3]} {n[3:6]} {n[6:]}",
                     "dashed": f"{n[:3]}-{n[3:6]}-{n[6:]}"}[self.nhs_layout]  # fmt: skip
            return [(value, "NHS_NUMBER", None)]
        if name == "hosp":
            return [(self.hosp, "HOSPITAL_NUMBER", None)]
        if name in ("addr", "addrb"):
            return self.address(block=name == "addrb" and self.style.register == "letter")
        if name == "addr2":
            value = f"{rng.randint(1, 90)} {rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}, {town}"
            return [(value, "ADDRESS", None)]
        if name in ("ward", "ward2"):
            word = rng.choice(WARD_WORDS)
            return [(f"{word} {rng.choice(('Ward', 'Ward', 'Unit'))}", "LOCATION", None)]
        if name == "home":
            return [(rng.choice(HOME_WORDS), "LOCATION", None)]
        if name == "street":
            return [(f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}", "LOCATION", None)]
        if name in ("hospital", "hospital2"):
            where = town if name == "hospital" else self.town2
            form = rng.choice(("{} General Hospital", "{} and District Hospital", "Royal {} Infirmary",
                               "{} Community Hospital"))  # fmt: skip
            return [(form.format(where), "ORGANISATION", None)]
        if name == "trust":
            form = rng.choice((f"{town} Hospitals NHS Foundation Trust",
                               f"{self.county} Healthcare NHS Trust",
                               f"{town} and {self.town2} NHS Trust"))  # fmt: skip
            return [(form, "ORGANISATION", None)]
        if name == "gp":
            form = f"{rng.choice(GP_WORDS)} {rng.choice(('Surgery', 'Medical Centre', 'Health Centre'))}"
            return [(form, "ORGANISATION", None)]
        if name == "council":
            return [(rng.choice((f"{town} Borough Council", f"{town} Town Council")), "ORGANISATION", None)]
        if name == "prov":
            return [(rng.choice(PROVIDERS), "ORGANISATION", None)]
        if name == "ref":
            return [(self.ref, "ID", None)]
        if name == "ref2":
            return [(self.ref2, "ID", None)]
        if name == "phone":
            return [(self.phone, "PHONE", None)]
        if name == "mob":
            return [(self.mob, "PHONE", None)]
        if name == "email":
            value = rng.choice((f"{slug}.safeguarding@nhs.net", f"pals.{slug}@nhs.net",
                                f"{slug}gp.admin@nhs.net"))  # fmt: skip
            return [(value, "EMAIL", None)]
        if name == "email2":
            return [(f"{rng.choice(('info', 'office', 'hello'))}@{slug}-community.org.uk", "EMAIL", None)]
        if name == "url":
            value = rng.choice((f"www.{slug}hospitals.nhs.uk/patients", f"https://www.{slug}.gov.uk/adult-care",
                                f"{slug}-communityhealth.nhs.uk"))  # fmt: skip
            return [(value, "URL", None)]
        if name == "rel":
            return [(self.rel, None, None)]
        if name == "town":
            return [(town, None, None)]
        if name in ("time", "time2"):
            h, m = rng.randint(6, 22), rng.choice((5, 10, 20, 35, 40, 50))
            value = rng.choice((f"{h:02d}:{m:02d}", f"{h % 12 or 12}.{m:02d}{'am' if h < 12 else 'pm'}",
                                f"{h:02d}{m:02d}hrs"))  # fmt: skip
            return [(value, None, None)]
        raise KeyError(name)

    def render(self, template: str) -> list[tuple[str, str | None, Person | None]]:
        out: list = []
        at = 0
        for match in _TOKEN.finditer(template):
            out.append((template[at : match.start()], None, None))
            slot, form, term = match.groups()
            if term:
                out.append((term, "NEG", None))
            elif form:
                who = slot if slot in self.people else slot[:2]
                out += self.person(who, form)
            else:
                out += self.slot(slot)
            at = match.end()
        out.append((template[at:], None, None))
        return out


# -- writing a text --------------------------------------------------------------------------

_SLOT_WORDS = {"addr": 6, "addrb": 6, "addr2": 4, "hospital": 3, "trust": 4, "tfull": 3}


def _estimate(template: str) -> int:
    words = len(re.sub(r"\{[\w.]+\}|<<|>>", "x", template).split())
    return words + sum(_SLOT_WORDS.get(s, 1) for s in re.findall(r"\{(\w+)", template))


def _signer(case: _Case, template: str) -> str:
    named = set(re.findall(r"\{(\w\w?)\w*\.", template))
    for who in case.rng.sample(["o4", "o5", "o1"], 3):
        if who not in named:
            return who
    return "s2"  # pragma: no cover


def example(rng: random.Random, number: int, style: Style | None = None) -> Example:
    return _example(rng, number, style)[0]


def _example(rng: random.Random, number: int, style: Style | None = None):
    style = style or rng.choice(STYLES)
    sentences = [*style.headers, *style.core, *style.extras, *style.endings]
    case = _Case(rng, style, sentences)
    target = max(240, min(360, round(rng.gauss(300, 22))))
    body = list(style.core[2:])
    used = sum(map(_estimate, (*style.headers, *style.core, *style.endings)))
    if style.register == "lines":
        used += 4 * len(style.core)
    extras = list(style.extras)
    rng.shuffle(extras)
    stop = target - rng.randint(15, 45)
    for count, extra in enumerate(extras):
        if count >= 2 and used + _estimate(extra) > stop:
            break
        body.insert(rng.randint(0, len(body)), extra)
        used += _estimate(extra) + (4 if style.register == "lines" else 0)
    shared = list(_shared(style))
    rng.shuffle(shared)
    short = {"prose": 0, "letter": -25, "lines": -15}[style.register]
    for top in shared:
        if used >= target - short:
            break
        body.insert(rng.randint(0, len(body)), top)
        used += _estimate(top) + (4 if style.register == "lines" else 0)
    order = [*style.core[:2], *body]

    pieces: list = []  # (text, label, person)

    def add(parts):
        pieces.extend(parts)

    if style.register == "lines":
        for header in style.headers:
            add(case.render(header))
            add([("\n", None, None)])
        stamp_day = case.date
        minute = rng.randint(6 * 60, 21 * 60)
        for template in order:
            if "{next}" in template:
                stamp_day = max(stamp_day, case.next)
            if case.last_dated and case.last_dated > stamp_day:
                stamp_day = case.last_dated
            case.last_dated = stamp_day
            minute = min(minute + rng.randint(3, 25), 23 * 60 + 59)
            clock = f"{minute // 60:02d}{'' if style.stamp == 'mon' else ':'}{minute % 60:02d}"
            stamp = {
                "iso": stamp_day.isoformat(),
                "dmy": f"{stamp_day:%d/%m/%Y}",
                "wdmy": f"{WEEKDAYS[stamp_day.weekday()][:3]} {stamp_day:%d/%m/%Y}",
                "mon": f"{stamp_day:%d}{MONTHS[stamp_day.month - 1][:3].upper()}{stamp_day.year}",
            }[style.stamp]
            who = _signer(case, template)
            form = {"init": "init", "last": "last", "first": "first", "full": "full"}[style.signs]
            shape = re.split(r"(\{stamp\}|\{clock\}|\{sign\}|\{text\})", style.topup)
            for bit in shape:
                if bit == "{stamp}":
                    add([(stamp, "DATE", None)])
                elif bit == "{clock}":
                    add([(clock, None, None)])
                elif bit == "{sign}":
                    add(case.person(who, form))
                elif bit == "{text}":
                    add(case.render(template))
                elif bit:
                    add([(bit, None, None)])
            add([("\n", None, None)])
        add(case.render(style.endings[0]))
    elif style.register == "letter":
        for header in style.headers:
            add(case.render(header))
            add([("\n", None, None)])
        add([("\n", None, None)])
        for index, template in enumerate(order):
            add(case.render(template))
            add([("\n\n" if index in (0, 4, 8) else " ", None, None)])
        add([("\n\n", None, None)])
        add(case.render(style.endings[0]))
    else:
        for header in style.headers:
            add(case.render(header))
            add([("\n", None, None)])
        add([("\n", None, None)])
        for index, template in enumerate(order):
            add(case.render(template))
            add([("\n\n" if index % 4 == 3 else " ", None, None)])
        add([("\n\n", None, None)])
        add(case.render(style.endings[0]))

    text = ""
    gold: list[GoldSpan] = []
    negatives: list[tuple[int, int]] = []
    for value, label, person in pieces:
        start = len(text)
        text += value
        if label == "NEG":
            negatives.append((start, len(text)))
        elif label == "PERSON":
            gold.append(GoldSpan(start, len(text), "PERSON", person.names, person.in_record))
        elif label:
            gold.append(GoldSpan(start, len(text), label))
    text = text.rstrip() + "\n" if False else text.rstrip()
    for match in _AGE_MENTION.finditer(text):
        group = 1 if match.group(1) else 2
        start, end = match.span(group)
        if int(match.group(group)) <= 89 and not any(g.start < end and g.end > start for g in gold):
            negatives.append((start, end))
    negatives.sort()
    known = {}
    if case.known_flag:
        known = {
            "names": [case.people["p"].full, case.people["r"].full],
            "nhs_number": case.nhs,
            "date_of_birth": case.dob.isoformat(),
            "hospital_number": case.hosp,
            "address": f"{case.line}, {case.locality}, {case.town}, {case.postcode}",
        }
    made = Example(f"{PREFIX}-{number:06d}", text, known, tuple(gold), style.name)
    return made, negatives


_AGE_MENTION = re.compile(r"\bage[d]? (\d{1,3})\b|\b(\d{1,3})(?=yo\b| y/o| years old| yrs\b|y\b)")


def _deal(count: int, seed: int):
    rng = random.Random(f"{PREFIX}:{seed}")
    deck: list[Style] = []
    for number in range(1, count + 1):
        if not deck:
            deck = list(STYLES)
            rng.shuffle(deck)
        yield _example(rng, number, deck.pop())


def generate(count: int, seed: int = 1) -> list[Example]:
    return [made for made, _ in _deal(count, seed)]


def generate_with_negatives(count: int, seed: int = 1) -> list[tuple[Example, list[tuple[int, int]]]]:
    return list(_deal(count, seed))
