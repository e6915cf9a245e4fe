"""How safety actions read on the page: strength and status as tags, dates in words, the
learning an action was adopted from; and the adopt panel on a learning record's page."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone

from learnloop.actions.models import SafetyAction
from learnloop.organisations.roles import Permission
from learnloop.organisations.rules import has_permission
from learnloop.sharing.learning_presenters import STRENGTH_COLOURS, day
from learnloop.sharing.models import Learning, LearningChange

STATUS_COLOURS = {
    SafetyAction.Status.OPEN: "blue",
    SafetyAction.Status.COMPLETED: "green",
    SafetyAction.Status.CANCELLED: "grey",
}
# Strongest first: the change an adopter is offered to start from.
STRENGTH_ORDER = [
    LearningChange.Strength.STRONGER,
    LearningChange.Strength.INTERMEDIATE,
    LearningChange.Strength.WEAKER,
]


def date_text(value) -> str:
    return f"{value.day} {value:%B %Y}" if value else ""


def person(user) -> str:
    return (user.full_name or user.email) if user else ""


class SafetyActionPresenter:
    def __init__(self, action: SafetyAction):
        self.action = action

    @property
    def pk(self) -> int:
        return self.action.pk

    @property
    def title(self) -> str:
        return self.action.title

    @property
    def url(self) -> str:
        return reverse("actions:detail", kwargs={"pk": self.action.pk})

    @property
    def strength(self) -> str:
        return f"{self.action.get_strength_display()} action"

    @property
    def strength_colour(self) -> str:
        return STRENGTH_COLOURS[self.action.strength]

    @property
    def status(self) -> str:
        return self.action.get_status_display()

    @property
    def status_colour(self) -> str:
        return STATUS_COLOURS[self.action.status]

    @property
    def owner(self) -> str:
        return person(self.action.owner) or "Nobody yet"

    @property
    def due(self) -> str:
        return date_text(self.action.due_date) or "No due date"

    @property
    def is_overdue(self) -> bool:
        action = self.action
        return (
            action.is_open
            and action.due_date is not None
            and action.due_date < timezone.localdate()
        )

    @property
    def completed(self) -> str:
        return day(self.action.completed_at)

    @property
    def source_title(self) -> str:
        learning = self.action.adopted_from
        return learning.title if learning else ""

    @property
    def source_url(self) -> str:
        learning = self.action.adopted_from
        return reverse("learning:detail", kwargs={"pk": learning.pk}) if learning else ""

    def summary_rows(self) -> list[dict]:
        action = self.action
        rows = [
            {"key": {"text": "Strength"}, "value": {"text": action.get_strength_display()}},
            {"key": {"text": "Status"}, "value": {"text": self.status}},
            {"key": {"text": "Owner"}, "value": {"text": self.owner}},
            {
                "key": {"text": "Due"},
                "value": {"text": self.due + (" (overdue)" if self.is_overdue else "")},
            },
            {
                "key": {"text": "How we will know it worked"},
                "value": {"text": action.measure or "Not said yet"},
            },
            {"key": {"text": "Set by"}, "value": {"text": person(action.created_by) or "Unknown"}},
            {"key": {"text": "Set on"}, "value": {"text": day(action.created_at)}},
        ]
        if action.completed_at:
            rows.append({"key": {"text": "Completed"}, "value": {"text": self.completed}})
        return rows


def strongest_change(learning: Learning) -> LearningChange | None:
    """The record's strongest change, the first of equals: what an adopter starts from."""
    changes = list(learning.changes.all())
    if not changes:
        return None
    return min(changes, key=lambda change: STRENGTH_ORDER.index(change.strength))


def adoption_initial(learning: Learning, publisher: str) -> dict:
    """The adopt form, prefilled from the record's strongest change."""
    change = strongest_change(learning)
    if change is None:
        return {"title": learning.title[:200]}
    title = change.text if len(change.text) <= 200 else change.text[:199].rsplit(" ", 1)[0] + "…"
    return {
        "title": title,
        "strength": change.strength,
        "description": f"Adopted from learning published by {publisher}: “{learning.title}”. "
        f"What they changed: {change.text}",
    }


@dataclass(frozen=True)
class AdoptionPanel:
    """What the adopt panel on a record's page shows a member of another organisation."""

    adopt_url: str = ""
    action_url: str = ""
    adopted_on: str = ""

    @property
    def adopted(self) -> bool:
        return bool(self.action_url)

    @classmethod
    def for_request(cls, request, learning: Learning) -> AdoptionPanel | None:
        """None when the panel has nothing to offer: the publisher's own people, the public
        page, and people who may not adopt."""
        organisation = getattr(request, "organisation", None)
        if (
            organisation is None
            or organisation.pk == learning.organisation_id
            or not has_permission(request.user, Permission.ADOPT_LEARNING, organisation)
        ):
            return None
        action = organisation.safety_actions.filter(adopted_from=learning).first()
        if action is not None:
            return cls(
                action_url=reverse("actions:detail", kwargs={"pk": action.pk}),
                adopted_on=day(action.created_at),
            )
        return cls(adopt_url=reverse("learning:adopt", kwargs={"pk": learning.pk}))
