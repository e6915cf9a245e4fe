"""Adopting learning and setting safety actions: who may adopt what, once, the counts, the
owner, and nothing half-written."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from learnloop.actions import services
from learnloop.actions.models import SafetyAction
from learnloop.core.audit import Auditor
from learnloop.core.models import AuditLog
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import member
from learnloop.reports.models import Report
from learnloop.sharing import learning_services
from learnloop.sharing.models import Learning, SharingLevel
from learnloop.sharing.tests.learning_builders import draft, published


def adopt(learning, organisation, **overrides):
    lead = overrides.pop("lead", None) or member(organisation, Role.PATIENT_SAFETY_LEAD)
    fields = {
        "title": "Remove concentrated potassium from our ward stock",
        "description": "Pharmacy to audit every ward's stock.",
        "strength": "stronger",
        "owner": lead,
        "due_date": timezone.localdate() + datetime.timedelta(days=30),
        "measure": "No concentrated potassium found at the next two audits.",
    }
    fields.update(overrides)
    return services.learning_adopt(
        learning=learning,
        organisation=organisation,
        by=Auditor(actor=lead, organisation=organisation),
        **fields,
    )


def count(learning) -> int:
    return Learning.objects.get(pk=learning.pk).adoption_count


def test_adopting_creates_a_linked_open_action_counts_it_and_is_audited(orgs, learning):
    action = adopt(learning, orgs.kent_b)

    assert action.organisation == orgs.kent_b
    assert action.adopted_from == learning
    assert action.status == SafetyAction.Status.OPEN and action.completed_at is None
    assert action.strength == "stronger"
    assert action.measure.startswith("No concentrated potassium")
    assert action.created_by == action.owner
    assert list(learning.adoptions.all()) == [action]
    assert count(learning) == 1
    entry = AuditLog.objects.get(object_type="actions.SafetyAction", object_id=str(action.pk))
    assert entry.action == AuditLog.Action.CREATE
    assert entry.organisation == orgs.kent_b
    assert entry.changes["adopted_from"] == learning.pk
    assert "potassium" not in entry.summary.lower()  # the summary names, it does not quote


def test_each_organisation_adopting_counts_once(orgs, learning):
    adopt(learning, orgs.kent_b)
    adopt(learning, orgs.kent_icb)

    assert count(learning) == 2
    assert {a.organisation for a in learning.adoptions.all()} == {orgs.kent_b, orgs.kent_icb}


def test_a_second_adoption_by_the_same_organisation_is_refused_and_not_counted(orgs, learning):
    first = adopt(learning, orgs.kent_b)

    with pytest.raises(ValidationError) as error:
        adopt(learning, orgs.kent_b, title="Again")

    assert "adopted this learning already" in str(error.value.message_dict["learning"])
    assert count(learning) == 1
    assert list(orgs.kent_b.safety_actions.all()) == [first]


def test_an_organisation_cannot_adopt_its_own_learning(orgs, learning):
    with pytest.raises(ValidationError) as error:
        adopt(learning, orgs.kent_a)

    assert "your organisation's own learning" in str(error.value.message_dict["learning"])
    assert count(learning) == 0 and not SafetyAction.objects.exists()


@pytest.mark.parametrize("adopter", ["sussex_a", "network", "cqc"])
def test_learning_an_organisation_may_not_see_cannot_be_adopted(orgs, learning, adopter):
    with pytest.raises(ValidationError) as error:
        adopt(learning, orgs.all()[adopter])

    assert "not shared with your organisation" in str(error.value.message_dict["learning"])
    assert count(learning) == 0 and not SafetyAction.objects.exists()


def test_drafts_and_withdrawn_learning_cannot_be_adopted(orgs, learning):
    record = draft(orgs.kent_a, sharing_level=SharingLevel.NATIONAL)
    learning_services.learning_withdraw(
        learning=learning, reason="Superseded", by=Auditor.system(orgs.kent_a)
    )

    for unpublished in (record, learning):
        with pytest.raises(ValidationError, match="not shared"):
            adopt(unpublished, orgs.kent_b)
    assert not SafetyAction.objects.exists()


def test_national_learning_may_be_adopted_across_systems(orgs):
    national = published(orgs.kent_a, SharingLevel.NATIONAL)

    adopt(national, orgs.sussex_a)

    assert count(national) == 1


@pytest.mark.parametrize(
    ("overrides", "field", "words"),
    [
        ({"title": "   "}, "title", "Enter a title"),
        ({"title": "x" * 201}, "title", "200 characters or fewer"),
        ({"strength": "strongest"}, "strength", "stronger, intermediate or weaker"),
        ({"due_date": datetime.date(2020, 1, 1)}, "due_date", "today or in the future"),
    ],
)
def test_bad_fields_are_refused_by_name_and_nothing_is_written(
    orgs, learning, overrides, field, words
):
    with pytest.raises(ValidationError) as error:
        adopt(learning, orgs.kent_b, **overrides)

    assert words in " ".join(error.value.message_dict[field])
    assert count(learning) == 0 and not SafetyAction.objects.exists()
    assert not AuditLog.objects.filter(object_type="actions.SafetyAction").exists()


def test_the_owner_must_be_an_active_member_of_the_adopters_staff(orgs, learning):
    lead = member(orgs.kent_b, Role.PATIENT_SAFETY_LEAD)
    left = member(orgs.kent_b, Role.INVESTIGATOR)
    left.memberships.update(is_active=False)
    candidates = {
        "another organisation's member": member(orgs.kent_a, Role.INVESTIGATOR),
        "a former member": left,
        "a family member": member(orgs.kent_b, Role.FAMILY_MEMBER),
    }

    for owner in candidates.values():
        with pytest.raises(ValidationError) as error:
            adopt(learning, orgs.kent_b, lead=lead, owner=owner)
        assert "active member of your organisation's staff" in " ".join(
            error.value.message_dict["owner"]
        )

    assert count(learning) == 0
    frontline = member(orgs.kent_b, Role.FRONTLINE_STAFF)
    assert adopt(learning, orgs.kent_b, lead=lead, owner=frontline).owner == frontline


def test_an_action_may_have_no_owner_or_due_date_yet(orgs, learning):
    action = adopt(learning, orgs.kent_b, owner=None, due_date=None, measure="")

    assert action.owner is None and action.due_date is None and action.measure == ""


def test_the_database_allows_one_adoption_per_organisation_per_record(orgs, learning):
    action = adopt(learning, orgs.kent_b)

    with pytest.raises(IntegrityError), transaction.atomic():
        SafetyAction.objects.create(
            organisation=orgs.kent_b, title="Copy", strength="weaker", adopted_from=learning
        )
    # Actions not adopted from anything are not limited.
    for title in ("One", "Two"):
        SafetyAction.objects.create(organisation=orgs.kent_b, title=title, strength="weaker")
    assert orgs.kent_b.safety_actions.count() == 3 and action.pk


def test_an_action_is_set_for_the_organisations_own_report_only(orgs):
    lead = member(orgs.kent_b, Role.PATIENT_SAFETY_LEAD)
    by = Auditor(actor=lead, organisation=orgs.kent_b)
    report = Report.objects.create(
        organisation=orgs.kent_a,
        reference="KA-TEST-1",
        event_type="incident",
        occurred_at=timezone.now(),
        what_happened="A synthetic event.",
    )

    with pytest.raises(ValidationError) as error:
        services.action_create(
            organisation=orgs.kent_b, title="Check", strength="weaker", report=report, by=by
        )
    assert "another organisation" in " ".join(error.value.message_dict["report"])

    action = services.action_create(
        organisation=orgs.kent_b,
        title="Standardise the infusion pumps",
        strength="stronger",
        owner=lead,
        by=by,
    )
    assert action.adopted_from is None and action.is_open
    assert AuditLog.objects.filter(
        object_type="actions.SafetyAction", object_id=str(action.pk), summary__startswith="Set"
    ).exists()


def test_completing_an_action_once(orgs, learning):
    action = adopt(learning, orgs.kent_b)
    by = Auditor(actor=action.owner, organisation=orgs.kent_b)

    services.action_complete(action=action, by=by)

    assert action.status == SafetyAction.Status.COMPLETED and action.completed_at is not None
    with pytest.raises(ValidationError) as error:
        services.action_complete(action=action, by=by)
    assert "completed already" in " ".join(error.value.message_dict["status"])
    updates = AuditLog.objects.filter(
        object_type="actions.SafetyAction", object_id=str(action.pk), action=AuditLog.Action.UPDATE
    )
    assert updates.count() == 1
