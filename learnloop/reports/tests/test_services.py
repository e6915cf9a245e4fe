"""Service functions added for the pages: following a report, and the candour queryset."""

from datetime import date

import pytest

from learnloop.core.audit import Auditor
from learnloop.core.models import AuditLog
from learnloop.organisations.roles import Role
from learnloop.reports import services
from learnloop.reports.models import CandourRecord
from learnloop.reports.tests.builders import make_death, make_report

pytestmark = pytest.mark.django_db


def new_report(trust, **fields):
    new = services.report_incident(
        organisation=trust,
        fields={
            "occurred_at": "2026-11-01T10:00Z",
            "what_happened": "Synthetic",
            "physical_harm": "low",
            **fields,
        },
        by=Auditor.system(trust),
    )
    return new.report, new.follow_up_code


def test_the_right_code_finds_the_report_and_audits_without_an_actor(trust, make_member):
    report, code = new_report(trust)
    someone = make_member(Role.FRONTLINE_STAFF)

    found = services.report_for_follow_up(
        reference=f" {report.reference.lower()} ",
        code=code.lower(),
        by=Auditor(actor=someone, organisation=trust, ip_address="10.0.0.1", user_agent="Phone"),
    )

    entry = AuditLog.objects.filter(action=AuditLog.Action.VIEW).get()
    assert found == report
    assert (entry.actor, entry.ip_address, entry.user_agent) == (None, None, "")


@pytest.mark.parametrize("which", ["reference", "code"])
def test_a_wrong_reference_or_code_finds_nothing_and_audits_nothing(trust, which):
    report, code = new_report(trust)

    found = services.report_for_follow_up(
        reference="LL-AAAA-AAAA" if which == "reference" else report.reference,
        code="AAAA-AAAA-AAAA" if which == "code" else code,
        by=Auditor(),
    )

    assert found is None
    assert not AuditLog.objects.filter(action=AuditLog.Action.VIEW).exists()


def test_candour_outstanding_until_told_and_written_to(trust):
    moderate, _ = new_report(trust, physical_harm="moderate")
    told, _ = new_report(trust, physical_harm="severe")
    done, _ = new_report(trust, physical_harm="fatal")
    new_report(trust, physical_harm="low")
    make_death(trust)  # a death is not of itself a safety incident
    likely = make_death(trust, problems_in_care_likely=True)
    CandourRecord.objects.create(report=told, told_at="2026-11-02T10:00Z", told_by="Dr A")
    CandourRecord.objects.create(
        report=done, told_at="2026-11-02T10:00Z", told_by="Dr A", letter_sent_on=date(2026, 11, 3)
    )

    outstanding = set(trust.reports.candour_outstanding())

    assert outstanding == {moderate, told, likely}


def test_reported_by_leaves_out_anonymous_reports(trust, make_member):
    nurse = make_member(Role.FRONTLINE_STAFF)
    by = Auditor(actor=nurse, organisation=trust)
    named = make_report(trust, by=by)
    make_report(trust, by=by, anonymous=True)

    assert list(trust.reports.reported_by(nurse)) == [named]
