"""The generated demo reports: enough of each kind, synthetic, valid, and loaded only once."""

from datetime import date, timedelta

import pytest
from django.db import transaction
from django.utils import timezone

from learnloop.core.audit import Auditor, verify_chain
from learnloop.core.models import AuditLog
from learnloop.organisations.demo import load_demo, organisation_for
from learnloop.organisations.demo_people import EAST_KENT, MEDWAY
from learnloop.organisations.models import User
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import DepartmentFactory, member
from learnloop.reports import candour, lfpse, nhs_number
from learnloop.reports.demo_data import (
    DAYS,
    DEMO_SOURCE,
    DEMO_VOLUMES,
    check_codes,
    generate_demo_reports,
    test_nhs_number,
)
from learnloop.reports.models import (
    CandourRecord,
    DeathRecord,
    PatientDetails,
    Report,
    TriageDecision,
)
from learnloop.reviews.models import (
    DeathScreening,
    MortalityJudgement,
    StructuredJudgementReview,
)
from learnloop.reviews.querysets import cases_needing_second_stage

# Not a test, though its name starts with "test_".
test_nhs_number.__test__ = False


@pytest.fixture
def demo(db):
    return load_demo(by=Auditor.system())


def demo_reports(key: str):
    return organisation_for(key).reports.filter(source_system=DEMO_SOURCE)


def table_counts() -> dict[str, int]:
    models = [
        Report,
        PatientDetails,
        DeathRecord,
        TriageDecision,
        CandourRecord,
        DeathScreening,
        StructuredJudgementReview,
        MortalityJudgement,
        AuditLog,
    ]
    return {model.__name__: model.objects.count() for model in models}


@pytest.mark.parametrize("key", [EAST_KENT, MEDWAY])
def test_each_demo_trust_has_six_months_of_incidents_and_deaths(demo, key):
    incidents, deaths = DEMO_VOLUMES[key]

    reports = demo_reports(key)

    assert reports.incidents().count() == incidents
    assert reports.deaths().count() == deaths
    assert DeathRecord.objects.filter(report__in=reports).count() == deaths
    oldest = min(reports.values_list("occurred_at", flat=True))
    assert timezone.now() - oldest > timedelta(days=DAYS - 30)
    assert max(reports.values_list("reported_at", flat=True)) <= timezone.now()
    assert all(r.occurred_at <= r.reported_at for r in reports)


def test_loading_the_demo_again_adds_nothing(demo):
    before = table_counts()

    summary = load_demo(by=Auditor.system())

    assert table_counts() == before
    assert summary.notes == [
        f"{organisation_for(key).name}: 0 reports of incidents and 0 deaths added" for key in DEMO_VOLUMES
    ]


@pytest.mark.parametrize("key", [EAST_KENT, MEDWAY])
def test_the_mix_has_every_harm_level_event_type_and_response(demo, key):
    reports = demo_reports(key)

    harms = set(reports.incidents().values_list("physical_harm", flat=True))
    event_types = set(reports.values_list("event_type", flat=True))
    statuses = set(reports.values_list("status", flat=True))

    assert harms == set(Report.PhysicalHarm.values)
    assert event_types == set(Report.EventType.values)
    assert statuses == {Report.Status.AWAITING_TRIAGE, Report.Status.TRIAGED}
    # Mostly no or low harm, as in any trust's reports.
    mild = reports.incidents().filter(physical_harm__in=["none", "low"]).count()
    assert mild > 0.6 * reports.incidents().count()
    assert reports.filter(reported_anonymously=True, reporter__isnull=True).exists()
    responses = set(
        TriageDecision.objects.filter(report__in=reports).values_list("response", flat=True)
    )
    assert {"none", "psii", "aar", "swarm"} <= responses


@pytest.mark.parametrize("key", [EAST_KENT, MEDWAY])
def test_never_events_are_triaged_to_a_psii(demo, key):
    never_events = demo_reports(key).exclude(never_event_code="")

    assert never_events.count() >= 2
    for report in never_events.filter(status=Report.Status.TRIAGED):
        assert report.triage_decisions.first().response == TriageDecision.Response.PSII


def test_every_patient_is_synthetic_with_a_valid_test_nhs_number(demo):
    patients = PatientDetails.objects.filter(report__source_system=DEMO_SOURCE)

    numbers = list(patients.values_list("nhs_number", flat=True))

    assert len(numbers) > 200
    assert all(nhs_number.is_valid(number) for number in numbers)
    assert all(number.startswith("999") for number in numbers)
    assert all(
        name.split()[-1]
        in {
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
        }
        for name in patients.values_list("name", flat=True)
    )


def test_test_nhs_numbers_have_a_valid_check_digit():
    import random

    rng = random.Random(3)

    numbers = [test_nhs_number(rng) for _ in range(500)]

    assert all(nhs_number.is_valid(n) and n.startswith("999") for n in numbers)


def test_the_codes_are_lfpse_codes(demo):
    reports = Report.objects.filter(source_system=DEMO_SOURCE)

    assert check_codes() == []
    for report in reports:
        assert lfpse.is_valid(lfpse.SPECIALTY, report.specialty_code), report.specialty_code
        assert lfpse.is_valid(lfpse.SERVICE_TYPE, report.service_type_code)
        assert lfpse.is_valid(lfpse.INCIDENT_LOCATION, report.location_code)
        assert not report.never_event_code or lfpse.is_valid(
            lfpse.NEVER_EVENT_TYPE, report.never_event_code
        )
        assert (
            report.department is None or report.department.organisation_id == report.organisation_id
        )


def test_notifiable_incidents_have_duty_of_candour_some_late(demo):
    records = CandourRecord.objects.filter(report__source_system=DEMO_SOURCE).select_related(
        "report"
    )

    late = [
        r
        for r in records
        if timezone.localdate(r.told_at)
        > candour.candour_due(timezone.localdate(r.report.reported_at))
    ]

    assert records.count() > 10
    assert all(record.report.is_notifiable for record in records)
    assert 0 < len(late) < records.count()
    notifiable_without = [
        r
        for r in Report.objects.filter(source_system=DEMO_SOURCE, kind="incident")
        if r.is_notifiable and not hasattr(r, "candour")
    ]
    assert notifiable_without, "some notifiable incidents should still be waiting for candour"


def test_deaths_are_screened_and_reviewed(demo):
    deaths = demo_reports(EAST_KENT).deaths()
    records = DeathRecord.objects.filter(report__in=deaths)

    assert records.filter(learning_disability=True, leder_referred_on__isnull=False).exists()
    assert records.exclude(family_concerns="").exists()
    assert records.filter(pfd_received_on__isnull=False).exists()
    assert DeathScreening.objects.filter(report__in=deaths, sjr_needed=True).exists()
    assert DeathScreening.objects.filter(report__in=deaths, sjr_needed=False).exists()
    # Two reviewers who agree, a case waiting for a second stage, and one back in triage.
    agreed_by_two = [
        j
        for j in MortalityJudgement.objects.filter(report__in=deaths, basis="agreed")
        if j.report.structured_judgement_reviews.count() == 2
    ]
    assert agreed_by_two
    assert len(cases_needing_second_stage(organisation_for(EAST_KENT))) == 1
    back = deaths.filter(problems_in_care_likely=True, status=Report.Status.AWAITING_TRIAGE)
    assert back.count() == 1
    judgement = back.get().mortality_judgement
    assert judgement.avoidability == 3 and judgement.returned_to_triage_at is not None
    assert (
        StructuredJudgementReview.objects.filter(report__in=deaths, status="submitted").count() >= 8
    )
    assert all(
        r.submitted_at.date() > r.report.death.date_of_death
        for r in StructuredJudgementReview.objects.filter(report__in=deaths).select_related(
            "report__death"
        )
    )


def test_the_demo_is_audited_and_anonymous_reporters_are_not_named(demo):
    anonymous = Report.objects.filter(source_system=DEMO_SOURCE, reported_anonymously=True)

    entries = AuditLog.objects.filter(
        object_type="reports.Report", object_id__in=[str(r.pk) for r in anonymous], action="create"
    )

    assert entries.count() == anonymous.count() > 0
    assert not entries.filter(actor__isnull=False).exists()
    assert list(verify_chain())[-1] == AuditLog.objects.count()


def test_the_same_trust_and_day_give_the_same_reports(db):
    trust = organisation_for_test()
    today = date(2026, 6, 30)

    def generate() -> list[tuple]:
        generate_demo_reports(organisation=trust, incidents=25, deaths=4, today=today)
        return list(
            trust.reports.order_by("source_reference").values_list(
                "source_reference", "physical_harm", "what_happened", "occurred_at", "status"
            )
        )

    with transaction.atomic():
        first = generate()
        transaction.set_rollback(True)
    second = generate()

    assert first == second
    assert len(second) == 29
    assert all(timezone.localdate(row[3]) <= today for row in second)


def organisation_for_test():
    from learnloop.organisations.tests.factories import OrganisationFactory

    trust = OrganisationFactory(name="Seeded Test NHS Trust", ods_code="ZZ1")
    DepartmentFactory(organisation=trust, name="Acute medical unit")
    member(trust, Role.FRONTLINE_STAFF)
    member(trust, Role.PATIENT_SAFETY_LEAD)
    member(trust, Role.MORTALITY_REVIEWER)
    return trust


def test_the_demo_s_pages_open_for_its_people(demo, client):
    east_kent = organisation_for(EAST_KENT)
    lead = User.objects.get(email="safety.lead@east-kent.example")
    client.force_login(lead)
    reports = list(demo_reports(EAST_KENT).order_by("source_reference"))

    pages = ["/", "/reports/triage/", "/reports/triage/?page=2", "/reviews/", "/reviews/screening/"]
    pages += [f"/reports/{report.reference}/" for report in reports[::10]]
    pages += [f"/reviews/{report.reference}/" for report in reports if report.kind == "death"]
    pages += [f"/reports/{report.reference}/triage/" for report in reports[:3]]
    answers = {path: client.get(path).status_code for path in pages}

    assert answers == dict.fromkeys(pages, 200)
    queue = client.get("/reports/triage/").content.decode()
    assert "Problems in care likely: PSII" in queue
    assert east_kent.name in queue
    nurse = User.objects.get(email="nurse@east-kent.example")
    client.force_login(nurse)
    assert client.get("/reports/mine/").status_code == 200
