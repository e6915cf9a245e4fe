"""Writes for safety actions: set one, complete it, and adopt another organisation's learning
as one.

Atomic, keyword-only, `by` says who acted, and the audit log is written (the summary names the
action and its source, not its words). A bad request raises a ValidationError naming the field
before anything is written.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from learnloop.actions.models import SafetyAction
from learnloop.actions.querysets import possible_owners
from learnloop.core.audit import Auditor
from learnloop.sharing.models import Learning

TITLE_LENGTH = SafetyAction._meta.get_field("title").max_length


def _words(text) -> str:
    return str(text or "").strip()


def _checked(
    *, organisation, title, description, strength, owner, due_date, measure, report
) -> dict:
    errors: dict[str, list[str]] = {}
    title = " ".join(_words(title).split())
    if not title:
        errors["title"] = ["Enter a title for the action"]
    elif len(title) > TITLE_LENGTH:
        errors["title"] = [f"The title must be {TITLE_LENGTH} characters or fewer"]
    if strength not in SafetyAction.Strength.values:
        errors["strength"] = ["Choose how strong the action is: stronger, intermediate or weaker"]
    if owner is not None and not possible_owners(organisation).filter(pk=owner.pk).exists():
        errors["owner"] = ["The owner must be an active member of your organisation's staff"]
    if due_date is not None:
        if not isinstance(due_date, datetime.date):
            errors["due_date"] = ["The due date must be a real date"]
        elif due_date < timezone.localdate():
            errors["due_date"] = ["The due date must be today or in the future"]
    if report is not None and report.organisation_id != organisation.pk:
        errors["report"] = ["The report belongs to another organisation"]
    if errors:
        raise ValidationError(errors)
    return {
        "title": title,
        "description": _words(description),
        "strength": strength,
        "owner": owner,
        "due_date": due_date,
        "measure": _words(measure),
        "report": report,
    }


def _new_action(*, organisation, fields: dict, adopted_from=None, by: Auditor) -> SafetyAction:
    action = SafetyAction.objects.create(
        organisation=organisation, adopted_from=adopted_from, created_by=by.actor, **fields
    )
    by.audit_create(
        action,
        organisation=organisation,
        summary=(
            f"Adopted learning {adopted_from.pk} as safety action {action.pk}"
            if adopted_from
            else f"Set safety action {action.pk}"
        ),
        changes={
            "strength": action.strength,
            "owner": action.owner_id,
            "due_date": action.due_date.isoformat() if action.due_date else None,
            "adopted_from": adopted_from.pk if adopted_from else None,
            "report": action.report_id,
        },
    )
    return action


@transaction.atomic
def action_create(
    *,
    organisation,
    title: str,
    description: str = "",
    strength: str,
    owner=None,
    due_date: datetime.date | None = None,
    measure: str = "",
    report=None,
    by: Auditor,
) -> SafetyAction:
    """An open safety action of `organisation`. `owner`, if given, must be one of its active
    staff (`possible_owners`); `due_date` today or later; `report` one of its own."""
    fields = _checked(
        organisation=organisation,
        title=title,
        description=description,
        strength=strength,
        owner=owner,
        due_date=due_date,
        measure=measure,
        report=report,
    )
    return _new_action(organisation=organisation, fields=fields, by=by)


@transaction.atomic
def action_complete(*, action: SafetyAction, by: Auditor) -> SafetyAction:
    """Mark an open action completed. Whether it worked is checked later, against its measure."""
    current = SafetyAction.objects.select_for_update().get(pk=action.pk)
    if current.status != SafetyAction.Status.OPEN:
        raise ValidationError(
            {"status": [f"This action is {current.get_status_display().lower()} already"]}
        )
    current.status = SafetyAction.Status.COMPLETED
    current.completed_at = timezone.now()
    current.save(update_fields=["status", "completed_at", "updated_at"])
    by.audit_update(
        current,
        organisation=current.organisation,
        summary=f"Completed safety action {current.pk}",
        changes={"status": {"from": "open", "to": "completed"}},
    )
    action.refresh_from_db()
    return action


@transaction.atomic
def learning_adopt(
    *,
    learning: Learning,
    organisation,
    title: str,
    description: str = "",
    strength: str,
    owner=None,
    due_date: datetime.date | None = None,
    measure: str = "",
    by: Auditor,
) -> SafetyAction:
    """Turn a record `organisation` may read, published by another organisation, into one of
    its own safety actions, linked to the record, and count the adoption. Once per
    organisation per record."""
    # The lock makes two adoptions of one record wait for each other, so the check below and
    # the count agree (the unique constraint backs it up).
    current = Learning.objects.select_for_update().get(pk=learning.pk)
    if current.organisation_id == organisation.pk:
        raise ValidationError(
            {"learning": ["This is your organisation's own learning: it cannot adopt it"]}
        )
    if not Learning.objects.visible_to(organisation).filter(pk=current.pk).exists():
        raise ValidationError({"learning": ["This learning is not shared with your organisation"]})
    adopted = organisation.safety_actions.filter(adopted_from=current).first()
    if adopted is not None:
        raise ValidationError(
            {
                "learning": [
                    "Your organisation has adopted this learning already "
                    f"(safety action {adopted.pk})"
                ]
            }
        )
    fields = _checked(
        organisation=organisation,
        title=title,
        description=description,
        strength=strength,
        owner=owner,
        due_date=due_date,
        measure=measure,
        report=None,
    )
    action = _new_action(organisation=organisation, fields=fields, adopted_from=current, by=by)
    Learning.objects.filter(pk=current.pk).update(adoption_count=F("adoption_count") + 1)
    return action
