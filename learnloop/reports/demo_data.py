"""Generated demo reports: about six months of incidents and deaths for a demo trust.

Everything here is synthetic. Patients are invented (their surnames say so: "Testwell",
"Samplefield"...) and their NHS numbers sit in the 999 range that the NHS sets aside for test
data, each with a valid modulus 11 check digit. Narratives come from templates below, never
from real reports.

Reports go in through the services, so the audit trail has them; then the dates the services
stamp as "now" (triage decisions) are set back to when they would have happened. Each
generated report carries `source_system="learnloop-demo"` and a stable `source_reference`,
so running the generator again adds nothing. Random choices are seeded by the trust's ODS code;
dates count back from `today` (by default, the day the demo is loaded).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from learnloop.core.audit import Auditor
from learnloop.organisations.roles import Role
from learnloop.reports import candour, lfpse, services
from learnloop.reports.models import Report, TriageDecision
from learnloop.reports.nhs_number import check_digit
from learnloop.reviews import services as reviews
from learnloop.reviews.models import (
    NOT_APPLICABLE,
    PHASES,
    DeathScreening,
    MortalityJudgement,
    StructuredJudgementReview,
)

DEMO_SOURCE = "learnloop-demo"
DAYS = 182  # about six months
# Incidents and deaths generated for each demo trust (by ODS code): a busy acute trust reports
# far more, but this is enough for every list, filter and chart to have something to show.
DEMO_VOLUMES = {"RVV": (200, 20), "RPA": (120, 12)}

# NHS England reserves NHS numbers beginning 999 for testing: none belongs to a real person.
TEST_NHS_NUMBER_PREFIX = "999"

FIRST_NAMES = [
    "Ada",
    "Bertie",
    "Cora",
    "Dev",
    "Edith",
    "Fergus",
    "Gwen",
    "Harold",
    "Ines",
    "Jasper",
    "Kit",
    "Lena",
    "Morris",
    "Nell",
    "Otto",
    "Pearl",
    "Quentin",
    "Rosa",
    "Stan",
    "Tilly",
    "Usha",
    "Vera",
    "Wilf",
    "Yusuf",
    "Zena",
]
# Invented surnames that read as test data at a glance.
SURNAMES = [
    "Testwell",
    "Samplefield",
    "Democott",
    "Exampleton",
    "Mockford",
    "Dummington",
    "Placeholder",
    "Fictionby",
    "Specimen",
    "Trialworth",
    "Madeupson",
    "Notreal",
]

Harm = Report.PhysicalHarm
Psych = Report.PsychologicalHarm
Response = TriageDecision.Response


@dataclass(frozen=True)
class Template:
    """One kind of event, with the words a reporter might use about it."""

    name: str
    event_type: str
    what_happened: tuple[str, ...]
    immediate_action: tuple[str, ...]
    harm: tuple[tuple[str, int], ...]  # (physical harm, weight)
    departments: tuple[str, ...]  # preferred demo departments, first match wins
    specialty: str  # LFPSE specialty code
    weight: int
    has_patient: bool = True
    service_type: str = "1"  # acute, general or specialist services
    location: str = "4"  # hospital


MOSTLY_NONE = (
    (Harm.NONE, 55),
    (Harm.LOW, 30),
    (Harm.MODERATE, 10),
    (Harm.SEVERE, 4),
    (Harm.FATAL, 1),
)
MOSTLY_LOW = (
    (Harm.NONE, 30),
    (Harm.LOW, 52),
    (Harm.MODERATE, 12),
    (Harm.SEVERE, 5),
    (Harm.FATAL, 1),
)
NO_HARM = ((Harm.NONE, 1),)

TEMPLATES = [
    Template(
        "fall",
        Report.EventType.INCIDENT,
        (
            "{patient} was found on the floor beside the bed at {clock}. They had tried to walk to the toilet "
            "without calling for help. The falls risk assessment had been done on admission but the bed was "
            "not at its lowest height.",
            "{patient} slipped while being helped from the chair to the commode by one member of staff; the care "
            "plan said two. They lowered to the floor and complained of pain in the {side} hip.",
            "{patient}, who is confused overnight, climbed over the bed rails at {clock} and fell. A sensor mat "
            "had been requested but none was available on the ward.",
        ),
        (
            "Checked for injury, observations taken and doctor asked to review. Post-falls protocol followed; "
            "family informed.",
            "Hip X-ray requested. Patient made comfortable and falls care plan reviewed.",
        ),
        MOSTLY_LOW,
        ("Acute medical unit", "Frailty unit", "Surgical ward 2"),
        "44",
        weight=18,
    ),
    Template(
        "medication",
        Report.EventType.INCIDENT,
        (
            "{patient} was given the {clock} dose of {drug} although it had been stopped on the ward round. The "
            "drug chart had not been updated in the electronic record.",
            "A dose of {drug} for {patient} was omitted at {clock} because it was not in stock on the ward and "
            "pharmacy was not contacted until the next morning.",
            "{patient} received {drug} prescribed for the patient in the next bed. The two patients had similar "
            "names and the wristband was not checked.",
        ),
        (
            "Doctor informed at once; observations increased to hourly for four hours. Pharmacy told.",
            "Patient and family told what had happened. Dose given as soon as it arrived; no ill effects seen.",
        ),
        MOSTLY_NONE,
        ("Acute medical unit", "Emergency department", "Surgical ward 2", "Frailty unit"),
        "2",
        weight=20,
    ),
    Template(
        "pressure ulcer",
        Report.EventType.OUTCOME,
        (
            "A category {category} pressure ulcer was found on {patient}'s sacrum at the skin check. The "
            "repositioning chart has gaps of up to eight hours over the weekend.",
            "{patient} developed a category {category} pressure ulcer on the {side} heel. An air mattress had been "
            "ordered three days earlier but had not arrived.",
        ),
        (
            "Tissue viability nurse referral made; pressure-relieving mattress fitted; repositioning every two "
            "hours.",
            "Wound photographed and dressed; tissue viability asked to review.",
        ),
        ((Harm.LOW, 60), (Harm.MODERATE, 30), (Harm.SEVERE, 10)),
        ("Surgical ward 2", "Frailty unit", "Acute medical unit"),
        "44",
        weight=10,
    ),
    Template(
        "deterioration not escalated",
        Report.EventType.INCIDENT,
        (
            "{patient}'s NEWS2 score was 7 at {clock} but the nurse in charge was not told and the doctor was "
            "not called for two hours. The patient then needed review by the critical care outreach team.",
            "{patient} became drowsy with a falling blood pressure overnight. Observations were recorded but not "
            "escalated; sepsis was recognised at the morning handover.",
        ),
        (
            "Sepsis six started; critical care outreach reviewed and transferred the patient to the intensive "
            "care unit.",
            "Medical registrar reviewed at once; antibiotics and fluids given.",
        ),
        ((Harm.LOW, 30), (Harm.MODERATE, 40), (Harm.SEVERE, 25), (Harm.FATAL, 5)),
        ("Acute medical unit", "Emergency department", "Intensive care unit", "Frailty unit"),
        "2",
        weight=8,
    ),
    Template(
        "delayed diagnosis",
        Report.EventType.INCIDENT,
        (
            "{patient} attended with abdominal pain and was discharged; the CT report showing a perforation was "
            "not seen until {patient_first} came back two days later.",
            "A chest X-ray for {patient} reported a suspicious lesion, but the report went to a doctor who had "
            "left the trust and no follow-up was arranged for six weeks.",
        ),
        (
            "Patient recalled and admitted under the surgical team.",
            "Urgent referral made on the suspected cancer pathway; the patient was contacted and given an "
            "apology.",
        ),
        ((Harm.LOW, 35), (Harm.MODERATE, 40), (Harm.SEVERE, 25)),
        ("Emergency department", "Acute medicine", "Older people's medicine"),
        "105",
        weight=6,
    ),
    Template(
        "missed observations",
        Report.EventType.INCIDENT,
        (
            "Four-hourly observations for {patient} were not recorded between {clock} and the next morning. The "
            "ward had two registered nurses for 28 patients.",
            "{patient}'s blood glucose was not checked before the evening meal and insulin was given without a "
            "reading.",
        ),
        (
            "Observations taken; no deterioration found. Shift lead informed.",
            "Glucose checked straight away; within range. Diabetes team informed.",
        ),
        MOSTLY_NONE,
        ("Surgical ward 2", "Acute medical unit", "Frailty unit"),
        "42",
        weight=12,
    ),
    Template(
        "maternity",
        Report.EventType.INCIDENT,
        (
            "Fetal heart rate decelerations on the CTG for {patient} were not reviewed by an obstetrician for "
            "forty minutes because the registrar was in theatre.",
            "{patient} had a postpartum haemorrhage of 1.8 litres; the major obstetric haemorrhage call was "
            "delayed while blood loss was estimated rather than measured.",
        ),
        (
            "Obstetric consultant attended; emergency caesarean section carried out.",
            "Major haemorrhage protocol activated; patient transferred to the high dependency area.",
        ),
        ((Harm.NONE, 30), (Harm.LOW, 35), (Harm.MODERATE, 25), (Harm.SEVERE, 10)),
        ("Maternity",),
        "65",
        weight=5,
        service_type="19",
    ),
    Template(
        "staffing risk",
        Report.EventType.RISK,
        (
            "Night shift ran with three registered nurses for 32 patients after two short-notice absences; no "
            "bank staff could be found.",
            "The ward's only bladder scanner has been broken for a week, so patients wait for one to be borrowed.",
            "Bed rails of an older type on six beds leave a gap that could trap a patient's neck.",
        ),
        (
            "Escalated to the site manager; one nurse moved from another ward at 02:00.",
            "Estates and medical engineering informed; beds taken out of use until checked.",
        ),
        NO_HARM,
        ("Acute medical unit", "Surgical ward 2", "Frailty unit", "Emergency department"),
        "2",
        weight=7,
        has_patient=False,
        location="4",
    ),
    Template(
        "good care",
        Report.EventType.GOOD_CARE,
        (
            "The healthcare assistant noticed {patient} was quieter than usual and checked observations early; "
            "sepsis was picked up and treated within the hour.",
            "Excellent teamwork in resus when {patient} arrived in cardiac arrest: clear roles, closed-loop "
            "communication and a debrief afterwards.",
            "The pharmacist spotted a tenfold dosing error in {patient}'s prescription before the first dose was "
            "given.",
        ),
        ("Thanked the team at the safety huddle.", "Shared at the ward's learning board."),
        NO_HARM,
        ("Emergency department", "Acute medical unit", "Intensive care unit", "Frailty unit"),
        "105",
        weight=8,
    ),
]

NEVER_EVENTS = [
    # (LFPSE never event code, what happened, harm)
    (
        "13",
        "A nasogastric tube for {patient} was used for feed although the X-ray had not been checked; the "
        "tube was in the right lung.",
        Harm.SEVERE,
    ),
    (
        "6",
        "{patient} was given ten times the intended insulin dose: '10 U' on a handwritten chart was read "
        "as 100.",
        Harm.MODERATE,
    ),
    (
        "1",
        "A local anaesthetic block was given on the wrong side for {patient}'s hip surgery; the stop before "
        "you block check was not done.",
        Harm.LOW,
    ),
]

DRUGS = [
    "enoxaparin",
    "gentamicin",
    "insulin",
    "morphine",
    "warfarin",
    "co-amoxiclav",
    "levetiracetam",
]

TRIAGE_REASONS = {
    Response.NO_FURTHER_RESPONSE: (
        "No or low harm; care and actions taken were appropriate. Fed back to the reporter.",
        "Known issue already covered by the improvement plan; no new learning.",
    ),
    Response.SWARM: (
        "A huddle on the ward soon after will help the team understand what happened.",
    ),
    Response.AFTER_ACTION_REVIEW: (
        "A structured conversation with the team will show what to change.",
    ),
    Response.MDT_REVIEW: (
        "Several teams were involved; a multidisciplinary review is proportionate.",
    ),
    Response.THEMATIC_REVIEW: (
        "One of several similar reports; include in the quarterly thematic review.",
    ),
    Response.PSII: (
        "Significant harm with the potential for new learning; meets the PSIRF plan's criteria.",
    ),
    Response.REFER_ELSEWHERE: ("The safeguarding team leads on this.",),
}


@dataclass
class Generated:
    incidents: int = 0
    deaths: int = 0
    triaged: int = 0
    candour: int = 0
    reviews: int = 0
    skipped: int = 0  # already there from an earlier run


@dataclass
class _Cast:
    """The trust's demo people the generator acts as."""

    reporters: list
    safety_lead: object | None
    death_recorder: object | None
    reviewers: list = field(default_factory=list)


def test_nhs_number(rng: random.Random) -> str:
    """A valid NHS number in the 999 test range."""
    while True:
        first_nine = TEST_NHS_NUMBER_PREFIX + "".join(str(rng.randrange(10)) for _ in range(6))
        digit = check_digit(first_nine)
        if digit is not None:
            return first_nine + str(digit)


def _patient(rng: random.Random, *, min_age: int = 18, max_age: int = 95, today: date) -> dict:
    age_days = rng.randint(min_age * 365, max_age * 365)
    return {
        "name": f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}",
        "nhs_number": test_nhs_number(rng),
        "date_of_birth": today - timedelta(days=age_days),
        "hospital_number": f"DEMO{rng.randrange(100000, 999999)}",
    }


def _weighted(rng: random.Random, pairs):
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights=weights, k=1)[0]


def _members_with(organisation, role: Role) -> list:
    return [
        membership.user
        for membership in organisation.memberships.active()
        .filter(roles__role=role)
        .select_related("user")
        .order_by("user__email")
    ]


def _cast(organisation) -> _Cast:
    frontline = _members_with(organisation, Role.FRONTLINE_STAFF)
    leads = _members_with(organisation, Role.PATIENT_SAFETY_LEAD)
    examiners = _members_with(organisation, Role.MEDICAL_EXAMINER)
    reviewers = _members_with(organisation, Role.MORTALITY_REVIEWER)
    others = _members_with(organisation, Role.INVESTIGATOR) + reviewers + examiners
    lead = leads[0] if leads else None
    return _Cast(
        reporters=(frontline * 4 + others + leads) or [None],
        safety_lead=lead,
        death_recorder=(examiners or reviewers or leads or [None])[0],
        reviewers=reviewers + leads,
    )


def _at(day: date, rng: random.Random) -> datetime:
    moment = datetime.combine(day, time(rng.randrange(24), rng.choice((0, 10, 20, 30, 45, 50))))
    return timezone.make_aware(moment)


def _department(organisation_departments: dict, preferred: tuple[str, ...]):
    for name in preferred:
        if name in organisation_departments:
            return organisation_departments[name]
    return None


def _triage_response(rng: random.Random, report: Report) -> tuple[str, str]:
    """A proportionate PSIRF response for the report's harm."""
    if report.must_lead_to_psii or report.physical_harm == Harm.FATAL:
        response = Response.PSII
    elif report.event_type == Report.EventType.GOOD_CARE:
        response = Response.NO_FURTHER_RESPONSE
    elif report.physical_harm == Harm.SEVERE:
        response = _weighted(rng, ((Response.PSII, 3), (Response.MDT_REVIEW, 2)))
    elif report.physical_harm == Harm.MODERATE:
        response = _weighted(
            rng, ((Response.AFTER_ACTION_REVIEW, 4), (Response.MDT_REVIEW, 2), (Response.SWARM, 3))
        )
    else:
        response = _weighted(
            rng,
            (
                (Response.NO_FURTHER_RESPONSE, 12),
                (Response.THEMATIC_REVIEW, 4),
                (Response.SWARM, 2),
                (Response.REFER_ELSEWHERE, 1),
            ),
        )
    return response, rng.choice(TRIAGE_REASONS[response])


def _incident_plan(rng: random.Random, index: int, today: date) -> tuple[Template, str, date]:
    """Which template, harm and day the index-th incident gets; a few are fixed so that every
    harm level and event type appears whatever the seed."""
    guaranteed = {
        0: ("fall", Harm.FATAL),
        1: ("deterioration not escalated", Harm.SEVERE),
        2: ("medication", Harm.MODERATE),
        3: ("medication", Harm.LOW),
        4: ("staffing risk", Harm.NONE),
        5: ("good care", Harm.NONE),
        6: ("pressure ulcer", Harm.MODERATE),
    }
    if index in guaranteed:
        name, harm = guaranteed[index]
        template = next(t for t in TEMPLATES if t.name == name)
    else:
        template = rng.choices(TEMPLATES, weights=[t.weight for t in TEMPLATES], k=1)[0]
        harm = _weighted(rng, template.harm)
    # Spread over the six months, slightly more in recent weeks (reporting culture improving).
    days_ago = int(DAYS * (1 - rng.random() ** 0.8))
    return template, harm, today - timedelta(days=days_ago)


def _words(rng: random.Random, text: str, patient: dict | None) -> str:
    name = patient["name"] if patient else "the patient"
    filled = text.format(
        patient=name,
        patient_first=name.split()[0] if patient else "they",
        clock=f"{rng.randrange(24):02d}:{rng.choice((0, 15, 30, 45)):02d}",
        drug=rng.choice(DRUGS),
        side=rng.choice(("left", "right")),
        category=rng.choice((2, 2, 3, 3, 4)),
    )
    return _capitalised(filled)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


CAUSES_OF_DEATH = [
    "1a Community-acquired pneumonia; 2 Chronic obstructive pulmonary disease",
    "1a Sepsis; 1b Urinary tract infection; 2 Frailty of old age",
    "1a Acute myocardial infarction; 1b Coronary artery atherosclerosis",
    "1a Metastatic carcinoma of the lung",
    "1a Intracerebral haemorrhage; 2 Hypertension",
    "1a Congestive cardiac failure; 2 Chronic kidney disease stage 4",
    "1a Aspiration pneumonia; 1b Dysphagia; 2 Dementia",
    "1a Pulmonary embolism; 1b Deep vein thrombosis; 2 Fractured neck of femur (operated)",
]
PLACES_OF_DEATH = [
    "Acute medical unit",
    "Intensive care unit",
    "Emergency department",
    "Surgical ward 2",
    "Frailty unit",
]
SCRUTINY = [
    "Records reviewed and the attending doctor spoken to; cause of death agreed. Death expected; end-of-life "
    "care plan in place.",
    "Records reviewed; the family spoken to by telephone. No concerns about care raised.",
    "Records reviewed; cause of death agreed after discussion with the consultant.",
]
FAMILY_CONCERNS = [
    "The daughter says her father was left without a drink for long periods and that nobody told the family how "
    "unwell he was until the last day.",
    "The family feel the fall on the ward two weeks before death was not explained to them.",
]
EXAMINER_CONCERNS = [
    "Antibiotics were delayed by about six hours after sepsis was first suspected.",
    "The anticoagulation prophylaxis was not prescribed after the operation.",
]


@dataclass(frozen=True)
class _Death:
    """What is special about the index-th death, so each scenario exists whatever the seed."""

    learning_disability: bool = False
    autism: bool = False
    family_concerns: bool = False
    examiner_concerns: bool = False
    pfd: bool = False
    elective: bool = False


DEATH_SCENARIOS = {
    0: _Death(learning_disability=True, autism=True),
    1: _Death(family_concerns=True),
    2: _Death(examiner_concerns=True, pfd=True),
    3: _Death(family_concerns=True, examiner_concerns=True),
    4: _Death(learning_disability=True),
    5: _Death(elective=True, examiner_concerns=True),
}


def _seed(organisation, source_reference: str) -> random.Random:
    # One generator per report: a report already there from an earlier run changes no other.
    return random.Random(
        f"learnloop-demo:{organisation.ods_code or organisation.pk}:{source_reference}"
    )


def _reported_at(occurred_at: datetime, rng: random.Random, now: datetime) -> datetime:
    return min(occurred_at + timedelta(hours=rng.randint(1, 40)), now - timedelta(minutes=5))


def _candour(rng: random.Random, report: Report, lead, now: datetime) -> dict | None:
    """When and how the patient or family were told: mostly on time, some late, some not yet."""
    reported_on = timezone.localdate(report.reported_at)
    due = candour.candour_due(reported_on)
    roll = rng.random()
    if roll < 0.15 and due >= timezone.localdate(now) - timedelta(days=20):
        return None  # not yet recorded: the clock shows on the case
    days = rng.randint(12, 20) if roll > 0.8 else rng.randint(1, 8)  # the last fifth are late
    told_on = candour.add_working_days(reported_on, days)
    told_at = timezone.make_aware(datetime.combine(told_on, time(rng.randint(9, 16), 0)))
    if told_at >= now:
        return None
    letter = candour.add_working_days(told_on, rng.randint(1, 6))
    return {
        "told_at": told_at,
        "told_by": getattr(lead, "full_name", "") or "The consultant in charge",
        "told_whom": rng.choice(
            (
                "The patient",
                "The patient's daughter",
                "The patient's husband",
                "The patient's son",
                "The patient's wife",
            )
        ),
        "letter_sent_on": letter if letter < timezone.localdate(now) else None,
        "notes": "Apology given; told what we know so far and that a review will follow.",
    }


def _create_incident(
    organisation,
    index: int,
    *,
    cast: _Cast,
    departments: dict,
    today: date,
    now: datetime,
    generated: Generated,
    decided: list,
) -> None:
    source_reference = f"{organisation.ods_code}-INC-{index:04d}"
    rng = _seed(organisation, source_reference)
    template, harm, day = _incident_plan(rng, index, today)
    never_event = None
    if index in (7, 8) or (index > 8 and rng.random() < 0.004):
        never_event = NEVER_EVENTS[(index + rng.randrange(3)) % len(NEVER_EVENTS)]
        template = next(t for t in TEMPLATES if t.name == "medication")
        harm = never_event[2]
    patient = _patient(rng, today=today) if template.has_patient and rng.random() < 0.85 else None
    occurred_at = _at(day, rng)
    if occurred_at >= now:
        occurred_at = now - timedelta(hours=2)
    department = _department(departments, template.departments)
    text = never_event[1] if never_event else rng.choice(template.what_happened)
    psychological = _weighted(rng, ((Psych.NONE, 80), (Psych.LOW, 15), (Psych.MODERATE, 5)))
    if template.event_type in (Report.EventType.GOOD_CARE, Report.EventType.RISK):
        psychological = Psych.NONE
    fields = {
        "event_type": template.event_type,
        "occurred_at": occurred_at,
        "reported_at": _reported_at(occurred_at, rng, now),
        "department": department,
        "location_code": template.location,
        "specialty_code": "58"
        if department and department.name == "Maternity"
        else template.specialty,
        "service_type_code": template.service_type,
        "what_happened": _words(rng, text, patient),
        "immediate_action": rng.choice(template.immediate_action),
        "people_involved": rng.choice(
            (
                "",
                "Staff nurse and healthcare assistant on shift",
                "Ward doctor (FY1) and nurse in charge",
                "Night team",
            )
        ),
        "physical_harm": harm,
        "psychological_harm": psychological,
        "never_event_code": never_event[0] if never_event else "",
        "source_system": DEMO_SOURCE,
        "source_reference": source_reference,
    }
    reporter = rng.choice(cast.reporters)
    anonymous = template.event_type != Report.EventType.GOOD_CARE and rng.random() < 0.08
    new = services.report_incident(
        organisation=organisation,
        fields=fields,
        patient=patient,
        anonymous=anonymous,
        by=Auditor(actor=reporter, organisation=organisation),
    )
    generated.incidents += 1
    _maybe_triage(new.report, rng, cast=cast, now=now, generated=generated, decided=decided)


def _maybe_triage(
    report: Report,
    rng: random.Random,
    *,
    cast: _Cast,
    now: datetime,
    generated: Generated,
    decided: list,
) -> None:
    if cast.safety_lead is None:
        return
    age = now - report.reported_at
    # Most reports older than a week are triaged; a few are left overdue, as in any real queue.
    if rng.random() > (0.93 if age > timedelta(days=7) else 0.25):
        return
    lead = Auditor(actor=cast.safety_lead, organisation=report.organisation)
    response, reason = _triage_response(rng, report)
    decision = services.triage_decide(
        report=report,
        response=response,
        reason=reason,
        referred_to=TriageDecision.Referral.SAFEGUARDING
        if response == Response.REFER_ELSEWHERE
        else "",
        by=lead,
    )
    decided_at = min(
        report.reported_at + timedelta(hours=rng.randint(4, 24 * 6)), now - timedelta(minutes=1)
    )
    decided.append((decision.pk, decided_at))
    generated.triaged += 1
    if report.is_notifiable and report.kind == Report.Kind.INCIDENT:
        details = _candour(rng, report, cast.safety_lead, now)
        if details:
            services.candour_record(report=report, by=lead, **details)
            generated.candour += 1


def _create_death(
    organisation,
    index: int,
    *,
    cast: _Cast,
    departments: dict,
    today: date,
    now: datetime,
    generated: Generated,
) -> Report:
    source_reference = f"{organisation.ods_code}-DTH-{index:03d}"
    rng = _seed(organisation, source_reference)
    scenario = DEATH_SCENARIOS.get(index, _Death(family_concerns=rng.random() < 0.1))
    # Deaths of the last ten days are not in the demo yet: a death takes a few days to reach us.
    day = today - timedelta(days=rng.randint(10, DAYS))
    if scenario.pfd:
        day = today - timedelta(days=rng.randint(120, DAYS))
    patient = _patient(
        rng,
        min_age=35 if scenario.learning_disability else 60,
        max_age=70 if scenario.learning_disability else 99,
        today=today,
    )
    place = next(
        (name for name in rng.sample(PLACES_OF_DEATH, len(PLACES_OF_DEATH)) if name in departments),
        "Acute medical unit",
    )
    department = departments.get(place)
    occurred_at = _at(day, rng)
    death = {
        "date_of_death": day,
        "place_of_death": f"{place}, {organisation.name}",
        "cause_of_death": rng.choice(CAUSES_OF_DEATH),
        "medical_examiner_scrutiny": rng.choice(SCRUTINY),
        "scrutinised_on": day + timedelta(days=rng.randint(1, 4)),
        "medical_examiner_concerns": rng.choice(EXAMINER_CONCERNS)
        if scenario.examiner_concerns
        else "",
        "family_concerns": rng.choice(FAMILY_CONCERNS) if scenario.family_concerns else "",
        "learning_disability": scenario.learning_disability,
        "autism": scenario.autism,
        "leder_referred_on": day + timedelta(days=2) if scenario.learning_disability else None,
        "coroner_referred_on": day + timedelta(days=3)
        if scenario.pfd or scenario.examiner_concerns
        else None,
        "pfd_received_on": day + timedelta(days=90) if scenario.pfd else None,
        "pfd_responded_on": None,
    }
    admission = (
        "after an elective hip replacement" if scenario.elective else "after an emergency admission"
    )
    fields = {
        "occurred_at": occurred_at,
        "reported_at": _reported_at(occurred_at, rng, now),
        "department": department,
        "location_code": "4",
        "specialty_code": "44" if place in ("Frailty unit", "Older people's medicine") else "2",
        "service_type_code": "1",
        "what_happened": f"{patient['name']} died in the {place.lower()} {admission}. "
        f"Cause of death as certified: {death['cause_of_death']}.",
        "source_system": DEMO_SOURCE,
        "source_reference": source_reference,
    }
    new = services.record_death(
        organisation=organisation,
        fields=fields,
        death=death,
        patient=patient,
        by=Auditor(actor=cast.death_recorder, organisation=organisation),
    )
    generated.deaths += 1
    return new.report


@transaction.atomic
def generate_demo_reports(
    *, organisation, incidents: int, deaths: int, today: date | None = None
) -> Generated:
    """About six months of incidents and deaths for one demo trust; adds only what is missing."""
    today = today or timezone.localdate()
    now = min(timezone.now(), timezone.make_aware(datetime.combine(today, time(23, 59))))
    existing = set(
        organisation.reports.filter(source_system=DEMO_SOURCE).values_list(
            "source_reference", flat=True
        )
    )
    cast = _cast(organisation)
    departments = {department.name: department for department in organisation.departments.all()}
    generated = Generated()
    decided: list[tuple[int, datetime]] = []
    for index in range(incidents):
        if f"{organisation.ods_code}-INC-{index:04d}" in existing:
            generated.skipped += 1
            continue
        _create_incident(
            organisation,
            index,
            cast=cast,
            departments=departments,
            today=today,
            now=now,
            generated=generated,
            decided=decided,
        )
    if deaths and cast.death_recorder is not None:
        reviews.criteria_ensure(
            organisation=organisation,
            by=Auditor(actor=cast.death_recorder, organisation=organisation),
        )
    for index in range(deaths):
        if f"{organisation.ods_code}-DTH-{index:03d}" in existing:
            generated.skipped += 1
            continue
        report = _create_death(
            organisation,
            index,
            cast=cast,
            departments=departments,
            today=today,
            now=now,
            generated=generated,
        )
        _review_death(report, index, cast=cast, now=now, generated=generated)
    # The services stamp decisions with the time they ran; the demo's happened over six months.
    decisions = TriageDecision.objects.in_bulk([pk for pk, _ in decided])
    for pk, decided_at in decided:
        decisions[pk].decided_at = decided_at
    TriageDecision.objects.bulk_update(decisions.values(), ["decided_at"], batch_size=500)
    return generated


def check_codes() -> list[str]:
    """Codes the templates use that the LFPSE lists do not have (the tests expect none)."""
    problems = []
    for template in TEMPLATES:
        for system, code in (
            (lfpse.SPECIALTY, template.specialty),
            (lfpse.SERVICE_TYPE, template.service_type),
            (lfpse.INCIDENT_LOCATION, template.location),
        ):
            if not lfpse.is_valid(system, code):
                problems.append(f"{template.name}: {system} {code}")
    for code, _, _ in NEVER_EVENTS:
        if not lfpse.is_valid(lfpse.NEVER_EVENT_TYPE, code):
            problems.append(f"never event {code}")
    return problems


# Mortality review -------------------------------------------------------------------------

PHASE_WORDS = {
    5: "Excellent care: prompt assessment, clear plan, well documented and communicated with the family.",
    4: "Good care with thorough assessment and a clear plan; minor gaps in documentation.",
    3: "Adequate care, though the plan was not reviewed when the patient's condition changed.",
    2: "Poor care: observations showed deterioration that was not escalated for several hours.",
    1: "Very poor care: sepsis was not recognised and antibiotics were delayed by more than six hours.",
}
PROBLEMS = {
    "monitoring": "NEWS2 scores of 5 and above were not escalated to the medical team.",
    "medication": "Antibiotics were given late after sepsis was suspected.",
    "assessment": "The CT scan result was not acted on for two days.",
    "treatment_plan": "No ceiling of care was agreed despite clear frailty.",
}


@dataclass(frozen=True)
class _Review:
    """How the demo's first-stage reviewers judge one death: (overall, avoidability) each;
    None in place of a pair: that reviewer has not submitted yet."""

    judgements: tuple[tuple[int, int] | None, ...]
    finalise: bool = True


# By death index; other deaths screened in for review get one review judging care good.
REVIEW_SCENARIOS = {
    0: _Review(((4, 6), (4, 5))),  # two reviewers agree: not avoidable
    1: _Review(((2, 2), (4, 5))),  # they disagree: waiting for a second-stage review
    2: _Review(((2, 3), (2, 3))),  # agreed avoidability 3: back in triage, a PSII must follow
    3: _Review(((3, 4), None), finalise=False),  # one review in, the other still to come
    4: _Review(((5, 6), (4, 6))),
    5: _Review((), finalise=False),  # screened in, nobody has started yet
}


def _sjr_data(rng: random.Random, overall: int, avoidability: int, *, surgical: bool) -> dict:
    data: dict = {"avoidability": avoidability, "problems": {}}
    for phase, _label, _ in PHASES:
        if phase == "overall":
            score = overall
        elif phase in ("procedure", "perioperative") and not surgical:
            score = NOT_APPLICABLE
        else:
            score = max(1, min(5, overall + rng.choice((-1, 0, 0, 1))))
        data[f"{phase}_score"] = score
        data[f"{phase}_judgement"] = PHASE_WORDS[score] if score else ""
    if overall <= 3 or avoidability <= 4:
        for problem in rng.sample(sorted(PROBLEMS), 2):
            data["problems"][problem] = PROBLEMS[problem]
    return data


def _when(day: date, days: int, now: datetime) -> datetime:
    return min(timezone.make_aware(datetime.combine(day + timedelta(days=days), time(11, 0))), now)


def _review_death(
    report: Report, index: int, *, cast: _Cast, now: datetime, generated: Generated
) -> None:
    """Screen the death, triage it, and have the trust's reviewers write their reviews."""
    organisation = report.organisation
    rng = _seed(organisation, report.source_reference + ":review")
    death = report.death
    if (
        cast.death_recorder is None
        or (now.date() - death.date_of_death).days < 14
        and index not in REVIEW_SCENARIOS
    ):
        return  # recent deaths wait for screening
    screener = Auditor(actor=cast.death_recorder, organisation=organisation)
    codes = reviews.criteria_implied_by(report)
    if index == 5:
        codes.add("elective_admission")
    if index not in REVIEW_SCENARIOS and rng.random() < 0.15:
        codes.add("sample")
    criteria = list(organisation.screening_criteria.filter(code__in=codes, is_active=True))
    sjr_needed = bool(criteria)
    reason = (
        "Meets the trust's criteria for a Structured Judgement Review."
        if sjr_needed
        else "Expected death; no criteria met and the medical examiner raised no concerns."
    )
    screening = reviews.death_screen(
        report=report, criteria=criteria, sjr_needed=sjr_needed, reason=reason, by=screener
    )
    DeathScreening.objects.filter(pk=screening.pk).update(
        screened_at=_when(death.date_of_death, 5, now)
    )
    if cast.safety_lead is not None:
        response = Response.MDT_REVIEW if sjr_needed else Response.NO_FURTHER_RESPONSE
        reason = (
            "The mortality review's Structured Judgement Review will report back."
            if sjr_needed
            else "Screened out of mortality review; no concerns about care."
        )
        decision = services.triage_decide(
            report=report,
            response=response,
            reason=reason,
            by=Auditor(actor=cast.safety_lead, organisation=organisation),
        )
        TriageDecision.objects.filter(pk=decision.pk).update(
            decided_at=_when(death.date_of_death, 7, now)
        )
        generated.triaged += 1
    if not sjr_needed or not cast.reviewers:
        return
    usual = _Review(((rng.choice((4, 5)), rng.choice((5, 6))),))
    scenario = REVIEW_SCENARIOS.get(index, usual)
    if len(scenario.judgements) > len(cast.reviewers) and index != 2:
        scenario = usual  # a trust with one reviewer cannot show disagreement
    judgements = scenario.judgements[: len(cast.reviewers)]
    surgical = index == 5 or "surgery" in death.cause_of_death.lower()
    for offset, (reviewer, judgement) in enumerate(zip(cast.reviewers, judgements, strict=False)):
        if judgement is None:
            continue
        review = reviews.sjr_submit(
            report=report,
            reviewer=reviewer,
            data=_sjr_data(rng, *judgement, surgical=surgical),
            by=Auditor(actor=reviewer, organisation=organisation),
        )
        StructuredJudgementReview.objects.filter(pk=review.pk).update(
            started_at=_when(death.date_of_death, 12 + offset, now),
            submitted_at=_when(death.date_of_death, 20 + 3 * offset, now),
        )
        generated.reviews += 1
    submitted = [j for j in judgements if j is not None]
    if scenario.finalise and submitted and len(submitted) == len(judgements):
        first_reviewer = Auditor(actor=cast.reviewers[0], organisation=organisation)
        if reviews.finalise_blocker(report=report, user=first_reviewer.actor) is None:
            judgement = reviews.judgement_agree(report=report, by=first_reviewer)
            decided_at = _when(death.date_of_death, 30, now)
            MortalityJudgement.objects.filter(pk=judgement.pk).update(
                decided_at=decided_at,
                returned_to_triage_at=decided_at if judgement.returned_to_triage_at else None,
            )
            if judgement.returned_to_triage_at and cast.safety_lead is not None:
                # Problems in care were likely: the family is told, and the candour clock runs.
                told_on = candour.add_working_days(timezone.localdate(decided_at), 2)
                if told_on < timezone.localdate(now):
                    services.candour_record(
                        report=report,
                        told_at=timezone.make_aware(datetime.combine(told_on, time(14, 0))),
                        told_by=cast.safety_lead.full_name,
                        told_whom="The patient's daughter",
                        letter_sent_on=min(
                            candour.add_working_days(told_on, 3), timezone.localdate(now)
                        ),
                        notes="Met the family; explained the review's findings and apologised.",
                        by=Auditor(actor=cast.safety_lead, organisation=organisation),
                    )
                    generated.candour += 1
