"""How fast the learning exchange's search is with a million records, on SQLite and PostgreSQL.

    .venv/bin/python bench/learning_search.py [--count 1000000] [--engine sqlite|postgresql|both]
        [--queries 240] [--seed 5] [--keep] [--dates in-order|random]

For each engine, in its own process, a scratch database (SQLite: a file in a temporary
directory; PostgreSQL: `learnloop_bench_search` on 127.0.0.1:5432, dropped at the end unless
--keep) is migrated and filled with N synthetic learning records (invented wording about falls,
sepsis, medicines, deterioration, pressure ulcers, maternity...; 5 ICB systems of trusts, a
network, every sharing level, some drafts and withdrawn records, themes, LFPSE setting, service
type, specialty and harm). The changes' words are in `indexed_changes`, as the services keep
them; no LearningChange rows are written (search never reads them). Records are created over
three years, each after the one before it give or take three days, as records written in the
exchange are (ids follow creation); `--dates random` draws creation dates whatever the id, the
worst case for a date window, whose matches are then spread over every id.

What is timed:
- load: batched INSERTs of the records and their themes (executemany, a transaction a batch), with the
  full-text index switched off: SQLite without the FTS insert trigger; PostgreSQL without the
  generated tsvector column and its GIN index (where migration 0009 ran, its trigger still sets
  each record's readers' keys as it is inserted);
- index build: SQLite, FTS5's 'rebuild' over every row, then 'optimize' (merging segments)
  timed on its own; PostgreSQL, adding the generated column (every row's tsvector computed and
  the table rewritten), then creating the GIN index, then, where the extension is installed,
  the RUM index that gives matches newest first (0006, ADR 0017), each timed; where btree_gin
  is there, migration 0009's one GIN index of words, epochs and eras, readers' keys, codes and
  months instead of both (ADR 0018, 0019). All exactly as the migrations make them (SQLite's as
  0007, with the filters' words and months; PostgreSQL's as 0002, 0006 and 0009); the SQLite
  trigger is put back
  afterwards. ANALYZE runs after, untimed;
- search: `learnloop.sharing.search.search()`, the call the pages make (count, ranked page of 20
  with snippets, records and themes read), wall clock per call, after a few untimed warm-up
  calls. Queries are 3 to 8 words a person might type, drawn from the wording of a sample of the
  records; the same queries for every row of the table. Rows: without filters as anyone (public
  records only), as a regulator (national and public) and as a trust inside the big system (its
  system, a network, national, public); then as that trust with filters made from the record the
  query was drawn from (its theme; its harm; its setting and specialty; theme, harm and the last
  year). Median, 95th percentile and largest time in ms, and the median and largest number of
  results and how many searches found nothing, so that the figures are not of empty searches.

The machine is shared: run it with `nice`, and read the figures with the load in mind.
"""

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.machine import describe  # noqa: E402

PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
PG_BENCH_DB = "learnloop_bench_search"
BATCH = 2_000
WARM_UP = 5
SYSTEMS = 5
TRUSTS_PER_SYSTEM = (24, 12, 10, 8, 6)  # the first system is the big one

# -- Synthetic records --------------------------------------------------------------------------
# topic: titles, what happened, what was found, changes, themes. {slots} are filled from SLOTS.
TOPICS = {
    "falls": (
        [
            "Falls at night on {ward}",
            "Unwitnessed fall with head injury on {ward}",
            "Repeat falls in older patients with delirium",
            "Fall from a bed with rails left down",
        ],
        [
            "An older patient with {condition} fell while walking to the toilet at night and hit "
            "their head; a CT scan was delayed by {delay}.",
            "A patient at high risk of falls was found on the floor beside the bed on {ward}; "
            "neurological observations were not started after the fall.",
            "Three patients fell in one month in the same bay during the {shift} shift.",
        ],
        [
            "The falls risk assessment was not repeated after the ward move, and the call bell was "
            "out of reach.",
            "Lying and standing blood pressure was not measured, and sedating medicines were not "
            "reviewed on admission.",
            "Enhanced supervision was agreed but the bay was left without staff during {shift} "
            "breaks.",
        ],
        [
            "Low-level night lights fitted in every bay",
            "Post-fall protocol with a flat lift and neurological observations",
            "Cohort bay for patients at high risk of falls with a nurse always present",
        ],
        ["Falls", "Older people", "Delirium"],
    ),
    "sepsis": (
        [
            "Sepsis recognised late in {department}",
            "Antibiotics delayed for a patient with neutropenic sepsis",
            "Missed sepsis screening after a rising early warning score",
        ],
        [
            "A patient with {condition} waited {delay} for antibiotics while {department} was "
            "full.",
            "A patient receiving chemotherapy arrived with a fever; the neutropenic sepsis "
            "pathway was not started and antibiotics were given after {delay}.",
            "The early warning score rose overnight but the sepsis screen was not completed.",
        ],
        [
            "The early warning score was calculated at triage but not repeated while the patient "
            "waited in the corridor.",
            "Lactate and blood cultures were taken late because the sepsis screening tool was on "
            "paper only.",
            "Escalation to the {staff} was delayed because the bleep went unanswered.",
        ],
        [
            "Electronic observations escalate a rising score to the outreach team automatically",
            "Sepsis grab bags with antibiotics stocked in {department}",
            "Time to antibiotics audited weekly and fed back to the team",
        ],
        ["Sepsis", "Deterioration", "Emergency care"],
    ),
    "medication": (
        [
            "Insulin missed after a ward move",
            "Double dose of enoxaparin given on {ward}",
            "Opioid overdose after a prescribing error",
            "Time-critical Parkinson's medicines given late",
            "Wrong strength of morphine oral solution",
        ],
        [
            "A patient with type 1 diabetes moved wards in the evening; the long-acting insulin "
            "was not given and ketoacidosis developed overnight.",
            "A dose of anticoagulant was given twice because the chart was not signed after the "
            "first dose.",
            "A patient with Parkinson's disease missed their levodopa for {delay} and could not "
            "swallow by the morning.",
            "Concentrated morphine was given instead of the standard strength and the patient "
            "needed naloxone.",
        ],
        [
            "The electronic handover had no field for time-critical medicines, and the receiving "
            "ward could not see doses due in the hour of the move.",
            "Two strengths of the same medicine were stored side by side in the controlled drugs "
            "cupboard.",
            "The prescribing system allowed a duplicate anticoagulant prescription without a "
            "warning.",
            "The {staff} was interrupted during the medicines round and the second check was "
            "skipped.",
        ],
        [
            "Time-critical medicines due within four hours now block a transfer until a nurse "
            "confirms them",
            "Concentrated opioid solutions removed from ward stock",
            "Duplicate prescription alert turned on in the electronic prescribing system",
            "Protected medicines rounds with a do not disturb tabard",
        ],
        ["Medication", "Diabetes", "Handover", "Anticoagulation"],
    ),
    "deterioration": (
        [
            "Deterioration not escalated overnight on {ward}",
            "NEWS2 score not acted on before a cardiac arrest",
            "Missed deterioration in a patient after surgery",
        ],
        [
            "A patient's NEWS2 score rose from 3 to 7 over six hours without a medical review and "
            "they had a cardiac arrest at {time}.",
            "Observations were recorded late on {ward} during the {shift} shift and the "
            "deterioration was found by a relative.",
            "After a bowel operation a patient became confused and breathless; the outreach team "
            "were called after {delay}.",
        ],
        [
            "Observations were due hourly but the ward was two registered nurses short.",
            "The {staff} was covering three wards and was not told the score had risen.",
            "Concerns raised by the family were not recorded or escalated.",
        ],
        [
            "Call for Concern lets families ask the outreach team for a review directly",
            "Automatic escalation of NEWS2 of 5 or more to the outreach team",
            "Safer staffing escalation when observations run late",
        ],
        ["Deterioration", "Escalation", "Staffing"],
    ),
    "pressure ulcers": (
        [
            "Category 3 pressure ulcer developed on {ward}",
            "Pressure damage from a medical device",
            "Heel pressure ulcers after a long wait on a trolley",
        ],
        [
            "A patient with {condition} developed a category 3 pressure ulcer on the sacrum "
            "during a two-week stay.",
            "An oxygen mask strap caused pressure damage behind the ears of a patient in "
            "intensive care.",
            "A frail patient waited {delay} on a trolley in {department} and developed heel "
            "pressure ulcers.",
        ],
        [
            "Skin inspection was recorded as done but repositioning charts had gaps of eight "
            "hours.",
            "A pressure-relieving mattress was requested but not delivered for three days.",
            "The risk assessment score was low because mobility was recorded on admission only.",
        ],
        [
            "Pressure-relieving mattresses held on every ward, not ordered one at a time",
            "Skin bundle checked at every handover",
            "Device-related pressure damage added to the tissue viability training",
        ],
        ["Pressure ulcers", "Tissue viability", "Frailty"],
    ),
    "maternity": (
        [
            "Fetal heart rate concerns not escalated in labour",
            "Postpartum haemorrhage with delayed blood products",
            "Reduced fetal movements advice not followed up",
        ],
        [
            "During labour the CTG showed a pathological trace for {delay} before the "
            "obstetric registrar reviewed it.",
            "A woman lost two litres of blood after birth; the major haemorrhage protocol was "
            "activated late and blood arrived after {delay}.",
            "A pregnant woman rang the maternity triage line twice about reduced fetal movements "
            "and was not asked to come in.",
        ],
        [
            "The fresh eyes review of the CTG was not done because the labour ward was full.",
            "Blood loss was estimated rather than measured.",
            "The triage line was answered by a midwife also caring for women in labour.",
        ],
        [
            "Quantitative blood loss measurement at every birth",
            "Hourly fresh eyes CTG review with a sticker in the notes",
            "Dedicated maternity triage midwife with a telephone assessment tool",
        ],
        ["Maternity", "Escalation", "Haemorrhage"],
    ),
    "vte": (
        [
            "Hospital-acquired blood clot after missed VTE assessment",
            "Pulmonary embolism after thromboprophylaxis was stopped",
        ],
        [
            "A patient admitted with {condition} developed a pulmonary embolism; the VTE risk "
            "assessment had not been done.",
            "Thromboprophylaxis was stopped before a procedure and not restarted afterwards.",
        ],
        [
            "The VTE assessment was a paper form that was not in the admission bundle.",
            "There was no prompt to restart anticoagulation after the procedure.",
        ],
        [
            "VTE risk assessment made mandatory in the electronic admission clerking",
            "A restart date recorded whenever anticoagulation is held",
        ],
        ["VTE", "Anticoagulation"],
    ),
    "mental health": (
        [
            "Self-harm on an acute mental health ward",
            "Missed observations for a patient at risk of suicide",
            "Patient absent without leave from a section 136 suite",
        ],
        [
            "A patient on enhanced observations self-harmed using a ligature point in the "
            "bathroom.",
            "Observations at fifteen minute intervals were recorded but not carried out during "
            "the {shift} shift.",
            "A patient detained under the Mental Health Act left the ward through a door left "
            "open by a contractor.",
        ],
        [
            "The ligature risk assessment had not been updated after the bathroom was refitted.",
            "Observation records were completed in advance by agency staff new to the ward.",
            "Door alarms had been switched off during building work.",
        ],
        [
            "Anti-ligature fittings in every bathroom",
            "Observation records made on a handheld device at the time",
            "Contractors escorted on secure wards",
        ],
        ["Mental health", "Self-harm", "Observation"],
    ),
    "discharge": (
        [
            "Unsafe discharge without a care package",
            "Discharge letter missed a change of medicines",
        ],
        [
            "A frail patient was discharged at night without the care package starting and was "
            "readmitted after a fall at home.",
            "The discharge letter did not say that the anticoagulant dose had changed, and the "
            "GP continued the old dose.",
        ],
        [
            "The discharge checklist was not used on a busy day with many outliers.",
            "The summary was written by a junior doctor who had not met the patient.",
        ],
        [
            "No discharges after 9pm for patients who live alone",
            "Pharmacist check of every discharge letter with a medicine change",
        ],
        ["Discharge", "Frailty", "Medication"],
    ),
    "diagnosis": (
        [
            "Abnormal result not acted on for weeks",
            "Missed fracture on an X-ray in {department}",
            "Delayed cancer diagnosis after a lost referral",
        ],
        [
            "A chest X-ray reported a suspicious mass but the report was not seen for {delay}.",
            "A hip fracture was missed on the first X-ray and the patient was sent home.",
            "An urgent suspected cancer referral was not received and the patient waited months.",
        ],
        [
            "Results were sent to the consultant who ordered them, who had left the trust.",
            "Electronic referrals failed silently when the receiving service changed its code.",
            "The X-ray was reviewed by the {staff} without a radiology report.",
        ],
        [
            "Unacknowledged abnormal results escalated to the clinical lead after seven days",
            "Failed electronic referrals reported daily to the referral team",
            "Hot reporting of emergency department X-rays",
        ],
        ["Diagnosis", "Results", "Referral"],
    ),
    "never events": (
        [
            "Misplaced nasogastric tube used for feeding",
            "Wrong site surgery on the wrong finger",
            "Retained swab after a caesarean section",
        ],
        [
            "A nasogastric tube was in the lung and feed was given before the position was "
            "confirmed.",
            "A procedure was done on the wrong finger after the site marking washed off.",
            "A swab was left inside after a caesarean section and found on a scan weeks later.",
        ],
        [
            "The pH check was not possible, and the X-ray was misread by a doctor not trained "
            "to confirm tube position.",
            "The surgical safety checklist was done as a tick box at the start of the list.",
            "The swab count was interrupted by a change of scrub nurse.",
        ],
        [
            "Only trained staff confirm nasogastric tube position on X-ray",
            "Team brief and surgical safety checklist led by the whole team",
            "Swab count whiteboard in every theatre",
        ],
        ["Never events", "Surgery", "Nutrition"],
    ),
    "identification": (
        [
            "Blood sample taken from the wrong patient",
            "Wrong patient sent for a scan",
        ],
        [
            "Two patients with similar names were in the same bay and a blood sample was "
            "labelled with the wrong name.",
            "A porter collected the wrong patient for a CT scan and the scan went ahead.",
        ],
        [
            "Wristbands were not checked because the patient was asleep.",
            "The request used the bed number, not the patient's name and date of birth.",
        ],
        [
            "Positive patient identification with wristband scanning at the bedside",
            "Similar names flagged on the ward board",
        ],
        ["Patient identification", "Diagnostics"],
    ),
}
SLOTS = {
    "ward": [
        "a surgical ward",
        "the acute medical unit",
        "a care of the elderly ward",
        "the stroke unit",
        "an orthopaedic ward",
        "the day surgery unit",
        "a community hospital ward",
    ],
    "department": [
        "the emergency department",
        "the urgent treatment centre",
        "the acute assessment unit",
        "the children's emergency department",
    ],
    "condition": [
        "dementia",
        "a urinary infection",
        "pneumonia",
        "heart failure",
        "a hip fracture",
        "chronic kidney disease",
        "COPD",
        "diabetes",
    ],
    "delay": ["two hours", "four hours", "six hours", "a day", "three days", "two weeks"],
    "shift": ["night", "late", "early", "weekend"],
    "staff": [
        "ward doctor",
        "registrar",
        "nurse in charge",
        "outreach nurse",
        "agency nurse",
        "pharmacist",
        "consultant",
    ],
    "time": ["2am", "4am", "6am", "midnight", "teatime"],
}
# Sentences any record may carry, so that words are shared across topics as in real text.
EXTRA = [
    "The family were told what happened and were offered a meeting.",
    "Staff involved were offered support and a debrief.",
    "A similar incident happened on the same ward last year.",
    "The ward was busy, with agency staff new to the area.",
    "The learning was shared at the patient safety huddle.",
    "The patient recovered and went home.",
    "The patient died; the death was reviewed with a structured judgement review.",
    "The coroner was informed.",
    "An after action review was held with the team within a week.",
    "The electronic record showed the task as done although it had not been.",
]
HARMS = (["none", "low", "moderate", "severe", "fatal"], [30, 35, 20, 10, 5])
LEVELS = ([10, 20, 30, 40], [25, 30, 30, 15])
STATUSES = (["published", "draft", "withdrawn"], [90, 7, 3])
SOURCE_KINDS = ["report", "mortality_review", "investigation", "swarm", "aar", "pfd"]


def _fill(template: str, rng: random.Random) -> str:
    return template.format(**{name: rng.choice(options) for name, options in SLOTS.items()})


def synthetic_record(rng: random.Random, codes: dict[str, list[str]]) -> dict:
    """One record's fields (no ids, no dates): a topic's wording with its slots filled."""
    topic = rng.choice(list(TOPICS))
    titles, happened, found, changes, themes = TOPICS[topic]
    what_happened = " ".join(
        [_fill(rng.choice(happened), rng), *rng.sample(EXTRA, rng.randint(0, 2))]
    )
    what_we_found = " ".join(_fill(s, rng) for s in rng.sample(found, rng.randint(1, len(found))))
    chosen_changes = [_fill(s, rng) for s in rng.sample(changes, rng.randint(1, len(changes)))]
    chosen_themes = rng.sample(themes, rng.randint(1, len(themes)))
    return {
        "topic": topic,
        "title": _fill(rng.choice(titles), rng),
        "what_happened": what_happened,
        "what_we_found": what_we_found,
        "indexed_changes": "\n".join(chosen_changes),
        "themes": chosen_themes,
        "harm": rng.choices(*HARMS)[0] if rng.random() < 0.9 else "",
        "setting_code": rng.choice(codes["setting"]),
        "service_type_code": rng.choice(codes["service_type"]),
        "specialty_code": rng.choice(codes["specialty"]) if rng.random() < 0.8 else "",
        "source_kind": rng.choice(SOURCE_KINDS),
        "sharing_level": rng.choices(*LEVELS)[0],
        "status": rng.choices(*STATUSES)[0],
    }


def lfpse_codes() -> dict[str, list[str]]:
    from learnloop.reports import lfpse

    # A few common settings and specialties carry most records, as in real reporting.
    settings = [code for code, _ in lfpse.codes(lfpse.INCIDENT_LOCATION)]
    specialties = [code for code, _ in lfpse.codes(lfpse.SPECIALTY)]
    return {
        "setting": settings[:6] * 10 + settings,
        "service_type": [code for code, _ in lfpse.codes(lfpse.SERVICE_TYPE)],
        "specialty": specialties[:10] * 5 + specialties,
    }


def synthetic_query(rng: random.Random, record: dict) -> str:
    """3 to 8 words a person might type about a record like this one: from its title, themes
    and what was found, in their order, sometimes with a stray topic word."""
    from learnloop.sharing.search import terms_of

    words = terms_of(" ".join([record["title"], *record["themes"], record["what_we_found"]]))
    size = min(len(words), rng.randint(3, 8))
    start = rng.randint(0, max(0, min(len(words) - size, 6)))
    chosen = words[start : start + size]
    if rng.random() < 0.2:
        chosen[-1] = rng.choice(terms_of(rng.choice(TOPICS[record["topic"]][0])))
    return " ".join(chosen)


# -- Organisations ------------------------------------------------------------------------------


def make_organisations():
    """5 ICB systems of trusts (the first big), a network across two systems, an unattached
    trust and a regulator. Returns (publishers, viewpoints)."""
    from learnloop.organisations.models import Organisation

    Kind = Organisation.Kind
    network = Organisation.objects.create(
        name="Bench patient safety collaborative", kind=Kind.NETWORK
    )
    publishers = []
    for number, trusts in enumerate(TRUSTS_PER_SYSTEM[:SYSTEMS], start=1):
        icb = Organisation.objects.create(
            name=f"Bench ICB {number}", ods_code=f"QB{number}", kind=Kind.ICB, region="Bench"
        )
        publishers.append(icb)
        for trust_number in range(1, trusts + 1):
            trust = Organisation.objects.create(
                name=f"Bench trust {number}-{trust_number}",
                ods_code=f"RB{number}{trust_number:02d}",
                kind=Kind.TRUST,
                system=icb,
                region="Bench",
            )
            if number <= 2 and trust_number <= 3:
                trust.networks.add(network)
            publishers.append(trust)
    alone = Organisation.objects.create(
        name="Bench unattached trust", ods_code="RBX", kind=Kind.TRUST
    )
    regulator = Organisation.objects.create(name="Bench regulator", kind=Kind.REGULATOR)
    publishers.append(alone)
    big_system_trust = next(p for p in publishers if p.ods_code == "RB101")
    viewpoints = [
        ("anyone (public only)", None),
        ("regulator (national + public)", regulator),
        ("trust in the big system + network", big_system_trust),
    ]
    return publishers, viewpoints


# -- Loading and indexing -----------------------------------------------------------------------


RECORD_COLUMNS = (
    "id", "created_at", "updated_at", "organisation_id", "title", "what_happened",
    "what_we_found", "setting_code", "service_type_code", "specialty_code", "harm",
    "anonymised_publisher", "contact", "sharing_level", "status", "published_at", "withdrawn_at",
    "withdrawn_reason", "source_kind", "source_url", "view_count", "adoption_count",
    "inquest_pending", "litigation", "family_informed", "patient_specific", "family_consent",
    "indexed_changes", "indexed_themes", "indexed_theme_slugs",
)  # fmt: skip


# Three years of records, created in id order give or take the jitter, or at random (--dates; the
# module's docstring says why). Imported coroners' reports are the real exception to the order.
SPAN_MINUTES = 3 * 365 * 24 * 60
NEWEST_MINUTES = 3 * 24 * 60
JITTER_MINUTES = 3 * 24 * 60


def created_minutes_ago(rng: random.Random, number: int, count: int, dates: str) -> int:
    """How long before now record `number` (1 to `count`) was created, in minutes."""
    if dates == "random":
        return rng.randint(NEWEST_MINUTES, SPAN_MINUTES)
    in_order = SPAN_MINUTES - (SPAN_MINUTES - NEWEST_MINUTES) * number // max(count, 1)
    jittered = in_order + rng.randint(-JITTER_MINUTES, JITTER_MINUTES)
    return min(SPAN_MINUTES, max(NEWEST_MINUTES, jittered))


def theme_slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def load(
    count: int, seed: int, publishers, codes, connection, dates: str = "in-order"
) -> tuple[float, list[dict]]:
    """Insert `count` records and their themes in batches (executemany of plain INSERTs: the ORM's
    bulk_create spends most of its time building objects); returns the seconds and a sample of
    records to draw queries from."""
    from django.db import transaction

    from learnloop.sharing.models import slugs_line

    rng = random.Random(seed)
    # Larger trusts publish more.
    weights = [5 if p.kind == "trust" and p.ods_code[3:] <= "06" else 1 for p in publishers]
    publisher_ids = [p.pk for p in publishers]
    stamp = connection.ops.adapt_datetimefield_value
    now = datetime.now(UTC)
    columns, values = ", ".join(RECORD_COLUMNS), ", ".join(["%s"] * len(RECORD_COLUMNS))
    insert_record = f"INSERT INTO sharing_learning ({columns}) VALUES ({values})"  # noqa: S608
    insert_theme = "INSERT INTO sharing_learningtheme (learning_id, name, slug) VALUES (%s, %s, %s)"
    sample: list[dict] = []
    started = time.perf_counter()
    done = 0
    while done < count:
        size = min(BATCH, count - done)
        records, themes = [], []
        for number in range(done + 1, done + size + 1):
            fields = synthetic_record(rng, codes)
            if len(sample) < 2_000 and rng.random() < 0.01 + 2_000 / max(count, 1):
                sample.append(fields)
            created = now - timedelta(minutes=created_minutes_ago(rng, number, count, dates))
            published = created + timedelta(days=2)
            status = fields["status"]
            records.append(
                (
                    number, stamp(created), stamp(published), rng.choices(publisher_ids, weights)[0],
                    fields["title"], fields["what_happened"], fields["what_we_found"],
                    fields["setting_code"], fields["service_type_code"], fields["specialty_code"],
                    fields["harm"], False, "", fields["sharing_level"], status,
                    None if status == "draft" else stamp(published),
                    stamp(published + timedelta(days=1)) if status == "withdrawn" else None,
                    "Superseded" if status == "withdrawn" else "", fields["source_kind"], "",
                    0, 0, False, False, False, False, False,
                    fields["indexed_changes"], " ".join(fields["themes"]),
                    slugs_line(theme_slug(name) for name in fields["themes"]),
                )
            )  # fmt: skip
            themes += [(number, name, theme_slug(name)) for name in fields["themes"]]
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.executemany(insert_record, records)
            cursor.executemany(insert_theme, themes)
        done += size
        if done % 50_000 < BATCH or done == count:
            rate = done / (time.perf_counter() - started)
            print(
                f"\r  {connection.vendor} load: {done:,} records, {rate:,.0f}/s",
                end="",
                file=sys.stderr,
            )
    print(file=sys.stderr)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence('sharing_learning', 'id'), %s)", [count]
            )
    return time.perf_counter() - started, sample


def index_statements():
    from importlib import import_module

    return import_module("learnloop.sharing.migrations.0002_learning")


def sqlite_index_statements():
    """SQLite's index as migration 0007 leaves it: the filters' words and the month of
    publication in a sixth column."""
    from importlib import import_module

    return import_module("learnloop.sharing.migrations.0007_learning_period")


def rum_migration():
    """PostgreSQL's RUM index as migration 0006 makes it, where the extension is installed."""
    from importlib import import_module

    return import_module("learnloop.sharing.migrations.0006_learning_rum")


def recent_migration():
    """PostgreSQL's index of words, epochs, codes and months as migration 0008 makes it."""
    from importlib import import_module

    return import_module("learnloop.sharing.migrations.0008_learning_search_recent")


def readers_migration():
    """0008's index with the readers keys and eras, as migration 0009 makes it; the keys are
    set by its trigger as each record is inserted."""
    from importlib import import_module

    return import_module("learnloop.sharing.migrations.0009_learning_readers")


def without_index(connection) -> None:
    migration = index_statements()
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DROP TRIGGER sharing_learning_fts_insert")
        else:
            for statement in migration.POSTGRESQL_BACKWARD:
                cursor.execute(statement)


def build_index(connection) -> list[tuple[str, float]]:
    """Make the full-text index over the loaded rows as the migration would; returns the timed
    steps."""
    migration = index_statements()
    steps = []

    def timed(label, statement):
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute(statement)
        steps.append((label, time.perf_counter() - started))
        print(f"  {connection.vendor} {label}: {steps[-1][1]:.1f} s", file=sys.stderr)

    if connection.vendor == "sqlite":
        timed(
            "FTS5 rebuild",
            "INSERT INTO sharing_learning_fts(sharing_learning_fts) VALUES('rebuild')",
        )
        timed(
            "FTS5 optimize",
            "INSERT INTO sharing_learning_fts(sharing_learning_fts) VALUES('optimize')",
        )
        insert_trigger = next(
            s for s in sqlite_index_statements().SQLITE_FORWARD if "fts_insert" in s
        )
        with connection.cursor() as cursor:
            cursor.execute(insert_trigger)
            cursor.execute("ANALYZE")
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    else:
        column, gin = migration.POSTGRESQL_FORWARD
        timed("generated tsvector column", column)
        # Dropping the column for the load dropped the indexes over it. Where migrations 0008
        # and 0009 made their index (btree_gin), that one replaces 0002's GIN and 0006's RUM
        # index.
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'btree_gin'")
            with_recent = cursor.fetchone() is not None
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'rum'")
            with_rum = cursor.fetchone() is not None
        if with_recent:
            timed(
                "GIN index of words, epochs and eras, readers' keys, codes and months (0009)",
                readers_migration().CREATE_INDEX,
            )
        else:
            timed("GIN index", gin)
            if with_rum:
                timed("RUM index (ordered by id)", rum_migration().CREATE_INDEX)
            else:
                print("  postgresql: no RUM extension, GIN only", file=sys.stderr)
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    return steps


def sizes(connection, database: str) -> list[tuple[str, int]]:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'sharing_learning_fts%'")
            fts = cursor.fetchone()[0]
            cursor.execute("SELECT sum(pgsize) FROM dbstat WHERE name = 'sharing_learning'")
            table = cursor.fetchone()[0]
            return [
                ("database file", Path(database).stat().st_size),
                ("learning table", table),
                ("FTS5 index (its shadow tables)", fts),
            ]
        cursor.execute(
            "SELECT pg_database_size(current_database()), "
            "pg_total_relation_size('sharing_learning')"
        )
        database_size, table = cursor.fetchone()
        indexes = [
            ("GIN index", "sharing_learning_search_vector"),
            ("RUM index", rum_migration().RUM_INDEX),
            ("GIN index of words, epochs, codes and months", recent_migration().RECENT_INDEX),
            (
                "GIN index of words, epochs and eras, readers' keys, codes and months",
                readers_migration().READERS_INDEX,
            ),
        ]
        found = []
        for label, name in indexes:
            cursor.execute("SELECT pg_relation_size(to_regclass(%s))", [name])
            found.append((label, cursor.fetchone()[0]))
        return [
            ("database", database_size),
            ("learning table, with TOAST and indexes", table),
            *[(label, size) for label, size in found if size is not None],
        ]


# -- Searching ----------------------------------------------------------------------------------


def filter_sets():
    """Filter sets, each made from the record a query was drawn from (its theme, harm, setting),
    as a person looking for records like one they have in mind would set them."""
    from learnloop.sharing.search import Filters

    year_ago = (datetime.now(UTC) - timedelta(days=365)).date()
    return [
        ("no filters", lambda record: Filters()),
        ("theme", lambda record: Filters(theme=record["themes"][0])),
        ("harm", lambda record: Filters(harm=record["harm"] or "low")),
        (
            "setting + specialty",
            lambda record: Filters(
                setting=record["setting_code"], specialty=record["specialty_code"]
            ),
        ),
        (
            "theme + harm + last year",
            lambda record: Filters(
                theme=record["themes"][0],
                harm=record["harm"] or "low",
                published_from=year_ago,
            ),
        ),
    ]


def measure(queries, viewpoints, filters) -> list[tuple]:
    from learnloop.sharing import search

    rows = []
    # Every viewpoint without filters; every filter set as the trust inside the big system.
    cells = [(view, filters[0]) for view in viewpoints[:-1]]
    cells += [(viewpoints[-1], filter_set) for filter_set in filters]
    for (view_name, organisation), (filter_name, make_filters) in cells:
        for query, record in queries[:WARM_UP]:
            search.search(organisation=organisation, query=query, filters=make_filters(record))
        times, totals = [], []
        for query, record in queries:
            chosen = make_filters(record)
            started = time.perf_counter()
            results = search.search(organisation=organisation, query=query, filters=chosen)
            times.append((time.perf_counter() - started) * 1000)
            totals.append(results.total)
        p95 = statistics.quantiles(times, n=100, method="inclusive")[94]
        rows.append(
            (
                view_name,
                filter_name,
                statistics.median(times),
                p95,
                max(times),
                statistics.median(totals),
                max(totals),
                sum(1 for total in totals if total == 0),
            )
        )
        print(
            f"  {view_name}, {filter_name}: median {rows[-1][2]:.1f} ms, p95 {p95:.1f} ms",
            file=sys.stderr,
        )
    return rows


def _mib(size) -> str:
    return f"{size / 2**20:,.1f} MiB" if size is not None else "-"


def run_engine(args) -> None:
    """In its own process: one scratch database of `args.engine`, filled, indexed, searched."""
    scratch = tempfile.mkdtemp(prefix="learnloop_bench_search_")
    database = f"{scratch}/bench.sqlite3"
    if args.engine == "sqlite":
        os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    else:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {PG_BENCH_DB}")
            admin.execute(f"CREATE DATABASE {PG_BENCH_DB}")
        os.environ["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{PG_BENCH_DB}"
    os.environ["LEARNLOOP_VAR_DIR"] = scratch
    os.environ["DJANGO_SETTINGS_MODULE"] = "learnloop.config.test_settings"

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    try:
        call_command("migrate", verbosity=0)
        codes = lfpse_codes()
        publishers, viewpoints = make_organisations()
        without_index(connection)
        load_seconds, sample = load(
            args.count, args.seed, publishers, codes, connection, args.dates
        )
        steps = build_index(connection)
        rng = random.Random(args.seed + 1)
        records = [rng.choice(sample) for _ in range(args.queries)]
        queries = [(synthetic_query(rng, record), record) for record in records]
        rows = measure(queries, viewpoints, filter_sets())

        from learnloop.sharing.models import Learning, LearningTheme

        visible = {name: Learning.objects.visible_to(org).count() for name, org in viewpoints}
        print(f"engine       {connection.vendor}")
        print(
            f"records      {Learning.objects.count():,}   "
            f"({LearningTheme.objects.count():,} themes; "
            f"{Learning.objects.filter(status='published').count():,} published)"
        )
        print(
            f"load         {load_seconds:.1f} s   (batched INSERTs of records and themes, full-text index off)"
        )
        for label, seconds in steps:
            print(f"index build  {seconds:.1f} s   ({label})")
        for label, size in sizes(connection, database):
            print(f"size         {_mib(size)}   ({label})")
        print(
            f"queries      {len(queries)} of 3 to 8 words, each viewpoint and filter set; "
            f"e.g. {queries[0][0]!r}, {queries[1][0]!r}"
        )
        for name, count in visible.items():
            print(f"visible      {count:,} records to {name}")
        print(
            f"dates        {args.dates}: "
            + (
                "creation dates at random over three years, whatever the id"
                if args.dates == "random"
                else "each record created after the one before it, give or take three days"
            )
        )
        print()
        header = (
            f"{'viewpoint':<36}{'filters':<26}{'median ms':>10}{'p95 ms':>9}{'max ms':>9}"
            f"{'results (median)':>18}{'(max)':>9}{'empty':>7}"
        )
        print(header)
        for view_name, filter_name, median, p95, largest, total_median, total_max, empty in rows:
            print(
                f"{view_name:<36}{filter_name:<26}{median:>10.1f}{p95:>9.1f}{largest:>9.1f}"
                f"{total_median:>18,.0f}{total_max:>9,}{empty:>7}"
            )
        worst = max(rows, key=lambda row: row[3])
        print(f"\nworst p95    {worst[3]:.1f} ms   ({worst[0]}, {worst[1]})")
    finally:
        connection.close()
        if args.engine == "postgresql" and not args.keep:
            import psycopg

            with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {PG_BENCH_DB}")
        if args.keep and args.engine == "sqlite":
            print(f"kept         {database}", file=sys.stderr)
        else:
            shutil.rmtree(scratch, ignore_errors=True)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=1_000_000, help="Records (default 1,000,000)")
    parser.add_argument("--engine", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--queries", type=int, default=200, help="Queries per row of the table")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--keep", action="store_true", help="Keep the scratch database")
    parser.add_argument(
        "--dates",
        choices=["in-order", "random"],
        default="in-order",
        help="Creation dates follow the ids (default) or are drawn at random: the worst case "
        "for a date window",
    )
    args = parser.parse_args(argv)

    if args.engine != "both":
        print("command      " + " ".join([Path(sys.executable).name, *sys.argv]))
        print(describe())
        run_engine(args)
        return
    for index, engine in enumerate(["sqlite", "postgresql"]):
        if index:
            print(flush=True)
        command = [sys.executable, __file__, *(argv or sys.argv[1:]), "--engine", engine]
        subprocess.run(command, check=True)  # noqa: S603 (this script)


if __name__ == "__main__":
    main()
