"""How the writing and publishing pages read: where a record comes from and what that source
fills in, each free-text field's redaction review, the policy rule by rule, our own records with
their figures, and the policy level by level for "What are we allowed to share?"."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

from django.urls import reverse

from learnloop.core.audit import Auditor
from learnloop.organisations.roles import Permission
from learnloop.organisations.rules import has_permission
from learnloop.reports.models import Report
from learnloop.sharing import learning_services, policy
from learnloop.sharing.learning_presenters import day
from learnloop.sharing.models import Learning, RedactionReview, SharingLevel

STATUS_COLOURS = {
    Learning.Status.DRAFT: "grey",
    Learning.Status.PUBLISHED: "green",
    Learning.Status.WITHDRAWN: "red",
}
# Who can read a record at each level, in the words of the "allowed to share" page.
LEVEL_READERS = {
    SharingLevel.ORGANISATION: "Staff of your own organisation only.",
    SharingLevel.SYSTEM: "Staff of every organisation in your ICB area, and of the networks "
    "your organisation belongs to.",
    SharingLevel.NATIONAL: "Staff of every NHS organisation, ICB and regulator on learnloop.",
    SharingLevel.PUBLIC: "Anyone, without signing in: patients, families, the press.",
}
SELF_SERVE = {
    "swarm": Learning.SourceKind.SWARM,
    "aar": Learning.SourceKind.AFTER_ACTION_REVIEW,
    "investigation": Learning.SourceKind.INVESTIGATION,
}


@dataclass
class SourcePresenter:
    """What a new record is written from, and what that source fills in for the writer."""

    kind: str
    report: Report | None = None
    review: object | None = None
    problem: str = ""
    back_url: str = ""
    prefill: dict = field(default_factory=dict)

    @classmethod
    def for_report(cls, report: Report) -> SourcePresenter:
        back = reverse("reports:detail", kwargs={"reference": report.reference})
        if report.status == Report.Status.AWAITING_TRIAGE:
            return cls(
                Learning.SourceKind.REPORT, report,
                problem="Triage the report before writing learning from it.", back_url=back,
            )  # fmt: skip
        return cls(Learning.SourceKind.REPORT, report, back_url=back, prefill=_from_report(report))

    @classmethod
    def for_review(cls, review) -> SourcePresenter:
        back = reverse("reviews:case", kwargs={"reference": review.report.reference})
        if not review.is_submitted:
            return cls(
                Learning.SourceKind.MORTALITY_REVIEW, review.report, review,
                problem="Submit the review before writing learning from it.", back_url=back,
            )  # fmt: skip
        prefill = _from_report(review.report)
        if review.overall_judgement:
            prefill["what_we_found"] = review.overall_judgement
        return cls(
            Learning.SourceKind.MORTALITY_REVIEW, review.report, review, back_url=back,
            prefill=prefill,
        )  # fmt: skip

    @classmethod
    def for_kind(cls, name: str) -> SourcePresenter:
        kind = SELF_SERVE.get(name, Learning.SourceKind.AFTER_ACTION_REVIEW)
        return cls(kind, back_url=reverse("learning:ours"))

    @classmethod
    def for_learning(cls, learning: Learning) -> SourcePresenter:
        return cls(
            learning.source_kind, learning.report, learning.structured_judgement_review,
            back_url=reverse("learning:manage", kwargs={"pk": learning.pk}),
        )  # fmt: skip

    @property
    def description(self) -> str:
        label = Learning.SourceKind(self.kind).label
        if self.review is not None:
            return f"{label} of {self.review.report.reference}"
        if self.report is not None:
            return f"{label} {self.report.reference}"
        return label

    @property
    def other_kinds(self) -> list[dict]:
        """Links to write from the other kinds of learning response without a record here."""
        if self.report is not None:
            return []
        return [
            {
                "text": Learning.SourceKind(kind).label,
                "href": f"{reverse('learning:new')}?source={key}",
            }
            for key, kind in SELF_SERVE.items()
            if kind != self.kind
        ]

    def initial(self) -> dict:
        return {"sharing_level": SharingLevel.SYSTEM, **self.prefill}


def _from_report(report: Report) -> dict:
    """What a report can fill in. Its words are identifiable: they go through the redaction
    review before anything is shared."""
    prefill = {
        "what_happened": report.what_happened,
        "setting_code": report.location_code,
        "service_type_code": report.service_type_code,
        "specialty_code": report.specialty_code,
        "harm": report.physical_harm,
    }
    # A missing one-to-one raises an AttributeError subclass, which getattr's default catches.
    candour = getattr(report, "candour", None)
    if candour is not None and candour.told_at:
        prefill["family_informed"] = True
    death = getattr(report, "death", None)
    if death is not None and death.coroner_referred_on:
        # Referred to the coroner: assume an inquest may follow until someone says otherwise.
        prefill["inquest_pending"] = True
    return prefill


@dataclass
class FieldReview:
    name: str
    state: str  # "not started", "to review", "reviewed", "done"
    review: RedactionReview | None
    next_url: str

    @property
    def url(self) -> str:
        if self.review is None:
            return ""
        return (
            reverse("sharing:review", kwargs={"pk": self.review.pk})
            + "?"
            + urlencode({"next": self.next_url})
        )

    @property
    def colour(self) -> str:
        return {"not started": "grey", "to review": "orange", "reviewed": "blue", "done": "green"}[
            self.state
        ]

    @property
    def state_text(self) -> str:
        return {
            "not started": "Not checked",
            "to review": "To review",
            "reviewed": "Reviewed, not yet applied",
            "done": "Reviewed",
        }[self.state]


class ManagePresenter:
    """One of our records on its own management page: its reviews, its policy, its figures."""

    def __init__(self, learning: Learning, level: int, *, request):
        self.learning = learning
        self.level = level
        self.request = request

    @property
    def status(self) -> str:
        return self.learning.get_status_display()

    @property
    def status_colour(self) -> str:
        return STATUS_COLOURS[self.learning.status]

    @property
    def is_draft(self) -> bool:
        return self.learning.status == Learning.Status.DRAFT

    @property
    def is_published(self) -> bool:
        return self.learning.is_published

    @property
    def level_label(self) -> str:
        return SharingLevel(self.level).label

    @property
    def current_level(self) -> str:
        return SharingLevel(self.learning.sharing_level).label

    @property
    def published(self) -> str:
        return day(self.learning.published_at)

    @property
    def withdrawn(self) -> str:
        return day(self.learning.withdrawn_at)

    @cached_property
    def fields(self) -> list[FieldReview]:
        learning = self.learning
        reviews = list(learning.redaction_reviews.all())
        by_original = {review.original_text: review for review in reviews}
        by_redacted = {r.redacted_text: r for r in reviews if r.is_confirmed}
        here = reverse("learning:manage", kwargs={"pk": learning.pk})
        rows = []
        for name, text in learning_services.free_text(learning):
            if text in by_redacted:
                rows.append(FieldReview(name, "done", by_redacted[text], here))
            elif text in by_original:
                review = by_original[text]
                state = "reviewed" if review.is_confirmed else "to review"
                rows.append(FieldReview(name, state, review, here))
            else:
                rows.append(FieldReview(name, "not started", None, here))
        return rows

    @property
    def needs_reviews_started(self) -> bool:
        return any(row.state == "not started" for row in self.fields)

    @property
    def needs_applying(self) -> bool:
        return any(row.state == "reviewed" for row in self.fields)

    @property
    def all_reviewed(self) -> bool:
        return all(row.state == "done" for row in self.fields)

    @cached_property
    def outcomes(self) -> list[policy.Outcome]:
        return policy.evaluate(self.learning, self.level, by=Auditor.from_request(self.request))

    @property
    def rules(self) -> list[dict]:
        rows = []
        for outcome in self.outcomes:
            if not outcome.applies:
                state, colour = "Does not apply at this level", "grey"
            elif outcome.passed:
                state, colour = "Passed", "green"
            else:
                state, colour = "Not yet", "red"
            rows.append(
                {
                    "key": outcome.rule.key,
                    "name": outcome.rule.name,
                    "reason": outcome.rule.reason,
                    "detail": outcome.detail,
                    "state": state,
                    "colour": colour,
                    "blocks": outcome.blocks,
                }
            )
        return rows

    @property
    def can_publish_now(self) -> bool:
        return (
            self.is_draft and not policy.blocking(self.outcomes) and self.learning.changes.exists()
        )

    @property
    def may_publish(self) -> bool:
        return has_permission(
            self.request.user, Permission.PUBLISH_LEARNING, self.request.organisation
        )

    @property
    def needs_approval(self) -> bool:
        return self.learning.approved_by_id is None and self.all_reviewed

    @property
    def needs_second_look(self) -> bool:
        return any(o.rule.key == "rare_combinations" and not o.passed for o in self.outcomes)

    @property
    def approval(self) -> str:
        if self.learning.approved_by_id is None:
            return ""
        who = self.learning.approved_by
        return f"Approved by {who.get_full_name() or who.email} on {day(self.learning.approved_at)}"

    def level_links(self) -> list[dict]:
        here = reverse("learning:manage", kwargs={"pk": self.learning.pk})
        return [
            {"text": label, "href": f"{here}?level={value}", "current": value == self.level}
            for value, label in SharingLevel.choices
        ]

    @property
    def detail_url(self) -> str:
        return reverse("learning:detail", kwargs={"pk": self.learning.pk})

    @property
    def source(self) -> dict:
        """Where it was written from, linked inside the organisation (never shown to others)."""
        learning = self.learning
        text = SourcePresenter.for_learning(learning).description
        if learning.structured_judgement_review_id is not None:
            reference = learning.structured_judgement_review.report.reference
            return {"text": text, "href": reverse("reviews:case", kwargs={"reference": reference})}
        if learning.report_id is not None:
            reference = learning.report.reference
            return {
                "text": text,
                "href": reverse("reports:detail", kwargs={"reference": reference}),
            }
        return {"text": text, "href": ""}


class OurLearningPresenter:
    def __init__(self, records):
        self.records = list(records)

    def rows(self) -> list[dict]:
        return [
            {
                "title": learning.title,
                "url": reverse("learning:manage", kwargs={"pk": learning.pk}),
                "status": learning.get_status_display(),
                "colour": STATUS_COLOURS[learning.status],
                "level": SharingLevel(learning.sharing_level).label,
                "views": learning.view_count,
                "adoptions": learning.adoption_count,
                "source": learning.get_source_kind_display(),
            }
            for learning in self.records
        ]

    @property
    def totals(self) -> dict:
        published = [r for r in self.records if r.is_published]
        return {
            "published": len(published),
            "drafts": sum(r.status == Learning.Status.DRAFT for r in self.records),
            "views": sum(r.view_count for r in published),
            "adoptions": sum(r.adoption_count for r in published),
        }

    def write_links(self) -> list[dict]:
        return [
            {
                "text": Learning.SourceKind(kind).label,
                "href": f"{reverse('learning:new')}?source={key}",
            }
            for key, kind in SELF_SERVE.items()
        ]


class AllowedPresenter:
    """The policy level by level, in plain English, as it stands in `organisation`."""

    def __init__(self, organisation, user):
        self.organisation = organisation
        self.user = user
        self.rules = policy.effective_rules(organisation)

    @property
    def can_tighten(self) -> bool:
        return has_permission(self.user, Permission.MANAGE_SHARING_POLICY, self.organisation)

    def levels(self) -> list[dict]:
        levels = []
        for value, label in SharingLevel.choices:
            applying = [e for e in self.rules if e.applies_at(value)]
            levels.append(
                {
                    "label": label,
                    "readers": LEVEL_READERS[SharingLevel(value)],
                    "rules": [self._rule(e) for e in applying],
                }
            )
        return levels

    def all_rules(self) -> list[dict]:
        return [self._rule(e) for e in self.rules]

    def _rule(self, effective: policy.Effective) -> dict:
        rule = effective.rule
        threshold = ""
        if rule.threshold:
            threshold = f"Threshold: {effective.threshold} ({rule.threshold.meaning})."
        return {
            "key": rule.key,
            "name": rule.name,
            "reason": rule.reason,
            "applies_from": SharingLevel(effective.applies_from).label,
            "default_from": SharingLevel(rule.applies_from).label,
            "threshold": threshold,
            "tightened": effective.tightened,
            "url": reverse("learning:rule", kwargs={"key": rule.key}),
        }


@dataclass
class PublisherPanel:
    """On a record's page, for members of its publisher: its reach, and where to manage it."""

    views: int
    adoptions: int
    manage_url: str

    @classmethod
    def for_request(cls, request, learning: Learning) -> PublisherPanel | None:
        organisation = request.organisation
        if organisation is None or organisation.pk != learning.organisation_id:
            return None
        may_manage = has_permission(request.user, Permission.WRITE_LEARNING, organisation)
        return cls(
            learning.view_count,
            learning.adoption_count,
            reverse("learning:manage", kwargs={"pk": learning.pk}) if may_manage else "",
        )
