"""The permission harness: every URL pattern, and who may use it.

`ACCESS` names every URL pattern of the project (pages, the API under /api/, the health check
and the static files) with the kinds of user allowed to use it. The tests visit each pattern
as each kind of user and check the answer:

- allowed: 2xx or 3xx (and not a redirect to the sign-in page);
- refused: anonymous people (and systems holding only an API key) are sent to the sign-in
  page, or get 401 from the API; everyone else gets 403 or 404.

Kinds of user: `anonymous`; each `Role`, as a member of the first trust holding just that role;
`other_org`, an administrator and patient safety lead of another trust, reaching for the first
trust's objects (with their own trust's API key on the API); `api_key`, another system holding
an API key of the first trust and no session.

A URL pattern missing from the table fails `test_every_url_pattern_is_in_the_table`: each new
page must say here who may use it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from learnloop.core.audit import Auditor
from learnloop.core.middleware import SESSION_KEY
from learnloop.organisations import services
from learnloop.organisations.models import (
    ApiKey,
    CaseAccess,
    Department,
    Invitation,
    Membership,
    MembershipRole,
    Organisation,
    User,
)
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import DepartmentFactory, OrganisationFactory, member
from learnloop.reports import services as report_services
from learnloop.reports.models import (
    CandourRecord,
    DeathRecord,
    PatientDetails,
    Report,
    TriageDecision,
)
from learnloop.reviews import services as review_services
from learnloop.reviews.models import (
    DeathScreening,
    MortalityJudgement,
    ProblemInCare,
    ScreeningCriterion,
    SecondStageReview,
    StructuredJudgementReview,
)
from learnloop.sharing import learning_services
from learnloop.sharing import services as sharing_services
from learnloop.sharing.models import (
    Learning,
    OrganisationTerm,
    RedactionReview,
    SharingLevel,
    Subscription,
)
from learnloop.sharing.tests.learning_builders import approved, reviewed

ANONYMOUS = "anonymous"
OTHER_ORG = "other_org"
API_KEY = "api_key"
ROLES = frozenset(role.value for role in Role)
KINDS = [ANONYMOUS, *(role.value for role in Role), OTHER_ORG, API_KEY]

EVERYONE = frozenset(KINDS)
# Anyone signed in. `other_org` acts in their own trust, so pages without an object of the
# first trust are theirs to use too (and must show nothing of the first trust).
SIGNED_IN = ROLES | {OTHER_ORG}
ADMINISTRATOR = Role.ADMINISTRATOR.value
SAFETY_LEAD = Role.PATIENT_SAFETY_LEAD.value
NOBODY = frozenset()


def kinds(*names) -> frozenset[str]:
    return frozenset(str(name) for name in names)


# Who holds the reporting and review permissions (learnloop/organisations/rules.py).
INVESTIGATOR = Role.INVESTIGATOR.value
MORTALITY_REVIEWER = Role.MORTALITY_REVIEWER.value
MEDICAL_EXAMINER = Role.MEDICAL_EXAMINER.value
REPORT_INCIDENT = kinds(
    Role.FRONTLINE_STAFF,
    SAFETY_LEAD,
    INVESTIGATOR,
    MORTALITY_REVIEWER,
    MEDICAL_EXAMINER,
    ADMINISTRATOR,
)
VIEW_REPORTS = kinds(SAFETY_LEAD, INVESTIGATOR, MORTALITY_REVIEWER, MEDICAL_EXAMINER)
RECORD_DEATHS = kinds(SAFETY_LEAD, MORTALITY_REVIEWER, MEDICAL_EXAMINER)
SCREEN_DEATHS = kinds(SAFETY_LEAD, MORTALITY_REVIEWER, MEDICAL_EXAMINER)
REVIEW_DEATHS = kinds(SAFETY_LEAD, MORTALITY_REVIEWER)
SECOND_STAGE_REVIEW = kinds(SAFETY_LEAD, MORTALITY_REVIEWER)
MANAGE_SCREENING_CRITERIA = kinds(SAFETY_LEAD, ADMINISTRATOR)
DEIDENTIFY_TEXT = kinds(SAFETY_LEAD, INVESTIGATOR, MORTALITY_REVIEWER)
# Every member of staff reads the learning exchange; a family member reads the public page.
VIEW_LEARNING = ROLES - {Role.FAMILY_MEMBER.value}
WRITE_LEARNING = kinds(SAFETY_LEAD, INVESTIGATOR, MORTALITY_REVIEWER)


@dataclass(frozen=True)
class Access:
    """Who may use one URL pattern, and how the harness reaches it."""

    get: frozenset[str] | None  # kinds allowed to GET; None: the pattern does not answer GET
    post: frozenset[str] | None = None  # kinds allowed to POST; None: not tested by POST
    # Path parameters, each filled from an object of the first trust (see `World.param`).
    params: dict[str, str] = field(default_factory=dict)
    post_data: Callable[[World, str], dict] = lambda world, kind: {}
    # Pages that rightly name the first trust to others (a public directory, an invitation).
    may_show_first_trust: bool = False
    # Signing out sends you to the sign-in page: that is the page working, not a refusal.
    redirects_to_sign_in: bool = False
    # What a refusal looks like, when it is not the usual answer for the path.
    refused_status: frozenset[int] | None = None
    # POST `post_data` as a JSON body (the API) rather than as a form.
    json: bool = False


def learning_form(world: World, kind: str) -> dict:
    return {
        "title": "Harness synthetic learning",
        "what_happened": "A synthetic pump ran fast.",
        "what_we_found": "Two makes of pump on one ward.",
        "change_1": "One make of pump",
        "strength_1": "stronger",
        "sharing_level": "20",
    }


def own_organisation(world: World, kind: str) -> dict:
    return {"organisation": world.current_organisation_of(kind).pk}


def api_incident(world: World, kind: str) -> dict:
    return {
        "event_type": "incident",
        "occurred_at": (timezone.now() - timedelta(hours=1)).isoformat(),
        "what_happened": "A synthetic incident sent by another system.",
        "physical_harm": "none",
    }


def api_triage(world: World, kind: str) -> dict:
    return {"response": "swarm", "reason": "A huddle will show what happened."}


def text_to_deidentify(world: World, kind: str) -> dict:
    return {"purpose": "Harness check", "text": "A synthetic text seen on 3rd March 2024."}


def confirm_review(world: World, kind: str) -> dict:
    return {"action": "confirm"}


def api_review(world: World, kind: str) -> dict:
    phase = {"score": 4, "judgement": "Good care, promptly given."}
    return {
        "reviewer_email": world.people[MORTALITY_REVIEWER].email,
        "admission": phase,
        "ongoing_care": phase,
        "procedure": {"score": None},
        "perioperative": {"score": None},
        "end_of_life": phase,
        "overall": phase,
        "avoidability": 6,
    }


ACCESS: dict[str, Access] = {
    # Core
    "/": Access(get=SIGNED_IN),
    "/healthz": Access(get=EVERYONE),
    "/about/": Access(get=EVERYONE),
    "/organisation/audit/": Access(get=kinds(ADMINISTRATOR, OTHER_ORG)),
    # Signing in and out, and choosing the organisation to act for
    "/sign-in/": Access(get=EVERYONE),
    "/sign-out/": Access(get=None, post=SIGNED_IN, redirects_to_sign_in=True),
    "/organisation/switch/": Access(get=None, post=SIGNED_IN, post_data=own_organisation),
    # Accounts
    "/password-reset/": Access(get=EVERYONE),
    "/password-reset/sent/": Access(get=EVERYONE),
    "/password-reset/<uidb64>/<token>/": Access(
        get=EVERYONE, params={"uidb64": "reset_uid", "token": "reset_token"}
    ),
    "/password-reset/complete/": Access(get=EVERYONE),
    # An invitation link is for the person invited: anyone signed in as someone else is refused.
    "/invitations/<str:token>/": Access(
        get=kinds(ANONYMOUS, API_KEY),
        post=kinds(ANONYMOUS, API_KEY),
        params={"token": "invitation_token"},
        may_show_first_trust=True,
    ),
    # People in the current organisation
    "/organisation/people/": Access(get=kinds(ADMINISTRATOR, SAFETY_LEAD, OTHER_ORG)),
    "/organisation/people/invite/": Access(
        get=kinds(ADMINISTRATOR, OTHER_ORG), post=kinds(ADMINISTRATOR, OTHER_ORG)
    ),
    "/organisation/people/<int:pk>/": Access(
        get=kinds(ADMINISTRATOR), post=kinds(ADMINISTRATOR), params={"pk": "membership"}
    ),
    "/organisation/people/<int:pk>/remove/": Access(
        get=kinds(ADMINISTRATOR), post=kinds(ADMINISTRATOR), params={"pk": "membership"}
    ),
    "/organisation/invitations/<int:pk>/revoke/": Access(
        get=None, post=kinds(ADMINISTRATOR), params={"pk": "invitation"}
    ),
    "/organisation/family-invitations/new/": Access(
        get=kinds(
            SAFETY_LEAD, Role.INVESTIGATOR, Role.MORTALITY_REVIEWER, ADMINISTRATOR, OTHER_ORG
        ),
        post=kinds(
            SAFETY_LEAD, Role.INVESTIGATOR, Role.MORTALITY_REVIEWER, ADMINISTRATOR, OTHER_ORG
        ),
    ),
    # Everyone who sees the people sees the departments; only an administrator adds one.
    "/organisation/departments/": Access(
        get=kinds(ADMINISTRATOR, SAFETY_LEAD, OTHER_ORG), post=kinds(ADMINISTRATOR, OTHER_ORG)
    ),
    # API keys
    "/organisation/api-keys/": Access(get=kinds(ADMINISTRATOR, OTHER_ORG)),
    "/organisation/api-keys/new/": Access(
        get=kinds(ADMINISTRATOR, OTHER_ORG), post=kinds(ADMINISTRATOR, OTHER_ORG)
    ),
    "/organisation/api-keys/<int:pk>/revoke/": Access(
        get=kinds(ADMINISTRATOR), post=kinds(ADMINISTRATOR), params={"pk": "api_key"}
    ),
    # The API. Signed-in people without a key are refused like anyone else without one.
    "/api/": Access(get=NOBODY, refused_status=frozenset({404})),
    "/api/openapi.json": Access(get=EVERYONE),
    "/api/docs": Access(get=EVERYONE),
    "/api/organisation": Access(get=kinds(API_KEY, OTHER_ORG)),
    "/api/departments": Access(get=kinds(API_KEY, OTHER_ORG)),
    "/api/organisations": Access(get=EVERYONE, may_show_first_trust=True),
    # Reports and reviews through the API: only the organisation's own key reaches its reports.
    "/api/reports": Access(
        get=kinds(API_KEY, OTHER_ORG),
        post=kinds(API_KEY, OTHER_ORG),
        post_data=api_incident,
        json=True,
    ),
    "/api/reports/<reference>": Access(get=kinds(API_KEY), params={"reference": "report"}),
    "/api/reports/<reference>/fhir": Access(get=kinds(API_KEY), params={"reference": "report"}),
    "/api/reports/<reference>/triage": Access(
        get=kinds(API_KEY),
        post=kinds(API_KEY),
        params={"reference": "report"},
        post_data=api_triage,
        json=True,
    ),
    "/api/reviews/<reference>": Access(get=kinds(API_KEY), params={"reference": "death"}),
    "/api/reviews/<reference>/sjr": Access(
        get=None,
        post=kinds(API_KEY),
        params={"reference": "death"},
        post_data=api_review,
        json=True,
    ),
    # Reporting: anyone on a provider's staff reports; the follow-up page is for everyone with
    # a reference and its code, signed in or not.
    "/reports/new/": Access(get=REPORT_INCIDENT | {OTHER_ORG}, post=REPORT_INCIDENT | {OTHER_ORG}),
    "/reports/follow/": Access(get=EVERYONE, post=EVERYONE),
    "/reports/mine/": Access(get=REPORT_INCIDENT | {OTHER_ORG}),
    "/reports/deaths/new/": Access(
        get=RECORD_DEATHS | {OTHER_ORG}, post=RECORD_DEATHS | {OTHER_ORG}
    ),
    "/reports/triage/": Access(get=kinds(SAFETY_LEAD, OTHER_ORG)),
    "/reports/<reference:reference>/": Access(get=VIEW_REPORTS, params={"reference": "report"}),
    "/reports/<reference:reference>/triage/": Access(
        get=kinds(SAFETY_LEAD), post=kinds(SAFETY_LEAD), params={"reference": "report"}
    ),
    "/reports/<reference:reference>/candour/": Access(
        get=kinds(SAFETY_LEAD), post=kinds(SAFETY_LEAD), params={"reference": "report"}
    ),
    "/reports/<reference:reference>/death/": Access(
        get=RECORD_DEATHS, post=RECORD_DEATHS, params={"reference": "death"}
    ),
    # Mortality review
    "/reviews/": Access(get=VIEW_REPORTS | REVIEW_DEATHS | {OTHER_ORG}),
    "/reviews/criteria/": Access(
        get=MANAGE_SCREENING_CRITERIA | {OTHER_ORG}, post=MANAGE_SCREENING_CRITERIA | {OTHER_ORG}
    ),
    "/reviews/screening/": Access(get=SCREEN_DEATHS | {OTHER_ORG}),
    "/reviews/screening/<str:reference>/": Access(
        get=SCREEN_DEATHS, post=SCREEN_DEATHS, params={"reference": "death"}
    ),
    "/reviews/<str:reference>/": Access(
        get=VIEW_REPORTS | REVIEW_DEATHS, params={"reference": "death"}
    ),
    "/reviews/<str:reference>/sjr/": Access(
        get=REVIEW_DEATHS, post=REVIEW_DEATHS, params={"reference": "death"}
    ),
    # A death whose first-stage reviewers disagree, so the second stage is open.
    "/reviews/<str:reference>/second-stage/": Access(
        get=SECOND_STAGE_REVIEW, post=SECOND_STAGE_REVIEW, params={"reference": "disputed_death"}
    ),
    "/reviews/<str:reference>/finalise/": Access(
        get=None, post=REVIEW_DEATHS, params={"reference": "death"}
    ),
    # De-identification: the people who write shared learning; a lead deletes a term.
    "/sharing/deidentify/": Access(
        get=DEIDENTIFY_TEXT | {OTHER_ORG},
        post=DEIDENTIFY_TEXT | {OTHER_ORG},
        post_data=text_to_deidentify,
    ),
    "/sharing/reports/<str:reference>/prepare/": Access(
        get=None, post=DEIDENTIFY_TEXT, params={"reference": "report"}
    ),
    "/sharing/reviews/<int:pk>/": Access(
        get=DEIDENTIFY_TEXT,
        post=DEIDENTIFY_TEXT,
        params={"pk": "redaction_review"},
        post_data=confirm_review,
    ),
    "/sharing/terms/": Access(get=DEIDENTIFY_TEXT | {OTHER_ORG}),
    "/sharing/terms/<int:pk>/delete/": Access(
        get=None, post=kinds(SAFETY_LEAD), params={"pk": "deidentification_term"}
    ),
    # The learning exchange. The first trust's record is shared with its own ICB system, and the
    # other trust is in another ICB: its members get 404, as if the record did not exist.
    "/learning/": Access(get=VIEW_LEARNING | {OTHER_ORG}),
    "/learning/<int:pk>/": Access(get=VIEW_LEARNING, params={"pk": "learning"}),
    "/learning/public/": Access(get=EVERYONE),
    "/learning/public/<int:pk>/": Access(get=EVERYONE, params={"pk": "public_learning"}),
    # Without a key, the public records; with one, what the key's organisation may see.
    "/api/learning": Access(get=EVERYONE),
    # Writing and publishing: the people who write learning; a lead approves, publishes, changes
    # the level and withdraws. A draft of the first trust is made when asked for.
    "/learning/ours/": Access(get=WRITE_LEARNING | {OTHER_ORG}),
    "/learning/new/": Access(
        get=WRITE_LEARNING | {OTHER_ORG}, post=WRITE_LEARNING | {OTHER_ORG}, post_data=learning_form
    ),
    "/learning/<int:pk>/edit/": Access(
        get=WRITE_LEARNING,
        post=WRITE_LEARNING,
        params={"pk": "learning_draft"},
        post_data=learning_form,
    ),
    "/learning/<int:pk>/manage/": Access(get=WRITE_LEARNING, params={"pk": "learning"}),
    "/learning/<int:pk>/reviews/": Access(
        get=None, post=WRITE_LEARNING, params={"pk": "learning_draft"}
    ),
    "/learning/<int:pk>/apply/": Access(
        get=None, post=WRITE_LEARNING, params={"pk": "learning_draft"}
    ),
    "/learning/<int:pk>/second-look/": Access(
        get=None, post=WRITE_LEARNING, params={"pk": "learning_draft"}
    ),
    "/learning/<int:pk>/approve/": Access(
        get=None, post=kinds(SAFETY_LEAD), params={"pk": "learning_draft"}
    ),
    "/learning/<int:pk>/publish/": Access(
        get=None,
        post=kinds(SAFETY_LEAD),
        params={"pk": "learning_draft"},
        post_data=lambda world, kind: {"sharing_level": "10"},
    ),
    "/learning/<int:pk>/level/": Access(
        get=None,
        post=kinds(SAFETY_LEAD),
        params={"pk": "learning"},
        post_data=lambda world, kind: {"sharing_level": "10"},
    ),
    "/learning/<int:pk>/withdraw/": Access(
        get=kinds(SAFETY_LEAD),
        post=kinds(SAFETY_LEAD),
        params={"pk": "learning"},
        post_data=lambda world, kind: {"reason": "Harness withdrawal"},
    ),
    # "What are we allowed to share?": every member, family members too; a lead tightens.
    "/learning/allowed/": Access(get=ROLES | {OTHER_ORG}),
    "/learning/policy/<slug:key>/": Access(
        get=kinds(SAFETY_LEAD, OTHER_ORG),
        post=kinds(SAFETY_LEAD, OTHER_ORG),
        params={"key": "sharing_rule"},
        post_data=lambda world, kind: {"applies_from": "10", "threshold": "2"},
    ),
    # Subscriptions: each person's own, in the organisation they act for; the first trust's
    # frontline member owns the one deleted here, so anyone else gets 404.
    "/learning/subscriptions/": Access(get=VIEW_LEARNING | {OTHER_ORG}),
    "/learning/subscriptions/new/": Access(
        get=VIEW_LEARNING | {OTHER_ORG},
        post=VIEW_LEARNING | {OTHER_ORG},
        post_data=lambda world, kind: {"q": "pumps", "name": "Pumps", "frequency": "weekly"},
    ),
    "/learning/subscriptions/<int:pk>/delete/": Access(
        get=kinds(Role.FRONTLINE_STAFF),
        post=kinds(Role.FRONTLINE_STAFF),
        params={"pk": "subscription"},
    ),
    # Adopting: no one adopts their own trust's record, and the other trust may not see it (404).
    # Who may adopt a record shared with them: learnloop/actions/tests/test_pages.py.
    "/learning/<int:pk>/adopt/": Access(
        get=NOBODY,
        post=NOBODY,
        params={"pk": "learning"},
        post_data=lambda world, kind: {"title": "Harness adoption", "strength": "stronger"},
    ),
    # Safety actions: the people who set, own and check them; an action's owner (the lead
    # here) or a person who sets actions marks it completed.
    "/actions/": Access(get=kinds(SAFETY_LEAD, INVESTIGATOR, MORTALITY_REVIEWER, OTHER_ORG)),
    "/actions/<int:pk>/": Access(
        get=kinds(SAFETY_LEAD, INVESTIGATOR, MORTALITY_REVIEWER), params={"pk": "safety_action"}
    ),
    "/actions/<int:pk>/complete/": Access(
        get=None, post=kinds(SAFETY_LEAD, INVESTIGATOR), params={"pk": "safety_action"}
    ),
    # Not a URL pattern: WhiteNoise serves these before any view.
    "/static/<path:path>": Access(get=EVERYONE, params={"path": "static_file"}),
}

# Served by middleware rather than by a URL pattern, so the resolver does not list them.
SERVED_BY_MIDDLEWARE = {"/static/<path:path>"}


def url_patterns(patterns=None, prefix: str = "") -> list[str]:
    """Every URL pattern of the project as a route, '/organisation/people/<int:pk>/'."""
    routes = []
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            routes += url_patterns(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            routes.append("/" + prefix + str(pattern.pattern))
    return routes


# The first trust, its objects, and a person (or system) of each kind ----------------------


class World:
    """The first trust with a little of everything in it, and the other trust."""

    def __init__(self):
        # Two trusts in two ICB systems, so that system-level learning stops at the boundary.
        east_icb = OrganisationFactory(name="East Test ICB", kind=Organisation.Kind.ICB)
        west_icb = OrganisationFactory(name="West Test ICB", kind=Organisation.Kind.ICB)
        self.trust = OrganisationFactory(name="East Test NHS Trust", system=east_icb)
        self.other_trust = OrganisationFactory(name="West Test NHS Trust", system=west_icb)
        DepartmentFactory(organisation=self.trust, name="Ward East 7")
        self.inviter = member(self.trust, Role.ADMINISTRATOR, email="inviter@east-test.example")
        by = Auditor(actor=self.inviter, organisation=self.trust)
        self.target = member(
            self.trust, Role.FRONTLINE_STAFF, email="target.person@east-test.example"
        )
        self.invitation, _ = services.invitation_create_staff(
            organisation=self.trust,
            email="new.starter@east-test.example",
            full_name="New Starter",
            roles=[Role.INVESTIGATOR],
            by=by,
        )
        _, self.invitation_token = services.invitation_create_family(
            organisation=self.trust,
            email="relative@east-test.example",
            full_name="A Relative",
            case_reference="EAST-0001",
            by=by,
        )
        self.api_key, self.api_secret = services.api_key_create(
            organisation=self.trust, name="East incident system", by=by
        )
        other_admin = member(
            self.other_trust,
            Role.ADMINISTRATOR,
            Role.PATIENT_SAFETY_LEAD,
            email="admin@west-test.example",
        )
        _, self.other_api_secret = services.api_key_create(
            organisation=self.other_trust,
            name="West incident system",
            by=Auditor(actor=other_admin, organisation=self.other_trust),
        )
        self.people = {OTHER_ORG: other_admin}
        for role in Role:
            self.people[role.value] = member(
                self.trust, role, email=f"{role.value}@east-test.example"
            )
        self._add_reports_and_reviews()
        self._add_redaction_review()
        self._add_learning()

    def _add_reports_and_reviews(self) -> None:
        """A notifiable incident with a patient, a death, and a death whose reviewers disagree."""
        self.report = report_services.report_incident(
            organisation=self.trust,
            fields={
                "event_type": "incident",
                "occurred_at": timezone.now() - timedelta(days=2),
                "what_happened": "East-only synthetic event: the heparin infusion ran too fast.",
                "physical_harm": "moderate",
            },
            patient={"name": "Eastwick Testpatient", "nhs_number": "9990000018"},
            by=Auditor(actor=self.target, organisation=self.trust),
        ).report
        self.death = self._death("East-only synthetic death one.")
        self.disputed_death = self._death("East-only synthetic death two.")
        for email, overall, avoidability in [("first.reviewer", 2, 2), ("second.reviewer", 4, 5)]:
            reviewer = member(
                self.trust, Role.MORTALITY_REVIEWER, email=f"{email}@east-test.example"
            )
            review_services.sjr_submit(
                report=self.disputed_death,
                reviewer=reviewer,
                data=sjr_data(overall, avoidability),
                by=Auditor(actor=reviewer, organisation=self.trust),
            )

    def _add_redaction_review(self) -> None:
        """The report prepared for sharing, and a term the first trust always redacts."""
        lead = self.people[SAFETY_LEAD]
        self.redaction_review = sharing_services.review_start_from_report(
            report=self.report, by=Auditor(actor=lead, organisation=self.trust)
        )
        self.term = OrganisationTerm.objects.create(
            organisation=self.trust, term="Eastling Court", action="redact", label="LOCATION"
        )

    def _add_learning(self) -> None:
        """A record shared with the first trust's ICB system, and a public one whose publisher
        asked to be shown only by region."""
        by = Auditor(actor=self.people[SAFETY_LEAD], organisation=self.trust)

        def publish(level, title, **fields):
            learning = learning_services.learning_create_draft(
                organisation=self.trust,
                fields={
                    "title": title,
                    "what_happened": "A synthetic infusion ran faster than prescribed.",
                    "what_we_found": "Two pumps of different makes were in use on one ward.",
                    "source_kind": Learning.SourceKind.REPORT,
                    "family_informed": True,
                    **fields,
                },
                changes=[("One make of infusion pump across the trust", "stronger")],
                themes=["Medication"],
                by=by,
            )
            learning = reviewed(learning)  # every word kept, through confirmed reviews
            learning = approved(learning, self.people[SAFETY_LEAD])
            return learning_services.learning_publish(learning=learning, sharing_level=level, by=by)

        self.learning = publish(SharingLevel.SYSTEM, "East-only synthetic learning on pumps")
        self.public_learning = publish(
            SharingLevel.PUBLIC,
            "Public synthetic learning on pumps",
            anonymised_publisher=True,
            contact="east.safety@east-test.example",
        )

    def _death(self, what_happened: str) -> Report:
        return report_services.record_death(
            organisation=self.trust,
            fields={
                "occurred_at": timezone.now() - timedelta(days=9),
                "what_happened": what_happened,
            },
            death={
                "date_of_death": date.today() - timedelta(days=9),
                "place_of_death": "Ward East 7",
            },
            patient={"name": "Eastwick Testpatient"},
            by=Auditor(actor=self.people[Role.MEDICAL_EXAMINER.value], organisation=self.trust),
        ).report

    # What the first trust's pages would show, and no other trust's may.
    @property
    def first_trust_secrets(self) -> list[str]:
        return [
            self.trust.name,
            self.target.email,
            self.invitation.email,
            "Ward East 7",
            self.report.reference,
            self.death.reference,
            "East-only synthetic",
            "Eastwick Testpatient",
            self.term.term,
            self.learning.title,
            self.public_learning.contact,
        ]

    def param(self, source: str) -> str:
        match source:
            case "membership":
                return str(self.target.memberships.get(organisation=self.trust).pk)
            case "invitation":
                return str(self.invitation.pk)
            case "api_key":
                return str(self.api_key.pk)
            case "invitation_token":
                return self.invitation_token
            case "reset_uid":
                return urlsafe_base64_encode(force_bytes(self.target.pk))
            case "reset_token":
                return default_token_generator.make_token(self.target)
            case "static_file":
                return "learnloop.css"
            case "report":
                return self.report.reference
            case "death":
                return self.death.reference
            case "disputed_death":
                return self.disputed_death.reference
            case "redaction_review":
                return str(self.redaction_review.pk)
            case "deidentification_term":
                return str(self.term.pk)
            case "learning":
                return str(self.learning.pk)
            case "public_learning":
                return str(self.public_learning.pk)
            case "learning_draft":
                # Made when asked for: a draft of the first trust, written by its lead.
                return str(
                    learning_services.learning_create_draft(
                        organisation=self.trust,
                        fields=learning_form(self, SAFETY_LEAD)
                        | {"source_kind": "aar", "sharing_level": SharingLevel.SYSTEM},
                        changes=[("One make of pump", "stronger")],
                        by=Auditor(actor=self.people[SAFETY_LEAD], organisation=self.trust),
                    ).pk
                )
            case "sharing_rule":
                return "rare_combinations"
            case "subscription":
                # Made when asked for: a saved search of the first trust's frontline member.
                from learnloop.sharing import subscriptions

                return str(
                    subscriptions.subscription_create(
                        organisation=self.trust,
                        user=self.people[Role.FRONTLINE_STAFF.value],
                        name="East-only synthetic search",
                        query="pumps",
                        filters={},
                        frequency="weekly",
                        by=Auditor.system(self.trust),
                    ).pk
                )
            case "safety_action":
                # Made when asked for (before the test's fingerprint): an open action of the
                # first trust, owned by its patient safety lead.
                from learnloop.actions import services as action_services

                return str(
                    action_services.action_create(
                        organisation=self.trust,
                        title="East-only synthetic safety action",
                        strength="stronger",
                        owner=self.people[SAFETY_LEAD],
                        by=Auditor.system(self.trust),
                    ).pk
                )
        raise ValueError(f"No object of the first trust for the parameter source {source!r}")

    def current_organisation_of(self, kind: str) -> Organisation:
        return self.other_trust if kind == OTHER_ORG else self.trust

    def client_for(self, kind: str, *, api: bool) -> Client:
        client = Client()
        if kind in self.people:
            client.force_login(self.people[kind])
        if kind == API_KEY:
            client.defaults["HTTP_X_API_KEY"] = self.api_secret
        if kind == OTHER_ORG and api:
            client.defaults["HTTP_X_API_KEY"] = self.other_api_secret
        return client

    def url(self, route: str, access: Access) -> str:
        def fill(match: re.Match) -> str:
            name = match.group("name")
            if name not in access.params:
                raise AssertionError(f"{route}: say in ACCESS where its <{name}> comes from")
            return self.param(access.params[name])

        return re.sub(r"<(?:\w+:)?(?P<name>\w+)>", fill, route)


def database_fingerprint() -> dict[str, list]:
    """The rows a refused request must leave as they were."""
    return {
        model.__name__: list(model.objects.order_by("pk").values_list(*fields))
        for model, fields in [
            (User, ["pk", "email", "password", "is_active"]),
            (Membership, ["pk", "user_id", "organisation_id", "department_id", "is_active"]),
            (MembershipRole, ["pk", "membership_id", "role"]),
            (Invitation, ["pk", "accepted_at", "revoked_at", "expires_at"]),
            (CaseAccess, ["pk", "membership_id", "case_reference"]),
            (ApiKey, ["pk", "name", "revoked_at"]),
            (Department, ["pk", "organisation_id", "name"]),
            (Organisation, ["pk", "name", "is_active"]),
            (
                Report,
                ["pk", "organisation_id", "status", "physical_harm", "problems_in_care_likely"],
            ),
            (PatientDetails, ["pk", "report_id", "name", "nhs_number"]),
            (DeathRecord, ["pk", "report_id", "date_of_death", "family_concerns"]),
            (TriageDecision, ["pk", "report_id", "response"]),
            (CandourRecord, ["pk", "report_id", "told_at", "letter_sent_on"]),
            (ScreeningCriterion, ["pk", "organisation_id", "name", "is_active"]),
            (DeathScreening, ["pk", "report_id", "sjr_needed"]),
            (StructuredJudgementReview, ["pk", "report_id", "status", "avoidability"]),
            (ProblemInCare, ["pk", "review_id", "problem_type"]),
            (SecondStageReview, ["pk", "report_id", "avoidability"]),
            (MortalityJudgement, ["pk", "report_id", "avoidability"]),
            (RedactionReview, ["pk", "organisation_id", "status", "confirmed_spans"]),
            (OrganisationTerm, ["pk", "organisation_id", "term", "action", "label"]),
            (Learning, ["pk", "organisation_id", "status", "sharing_level", "view_count"]),
            (Subscription, ["pk", "organisation_id", "user_id", "name", "last_sent_at"]),
        ]
    }


def sjr_data(overall: int, avoidability: int) -> dict:
    """A complete first-stage review: each phase scored or not applicable (0), with judgements."""
    data = {"avoidability": avoidability, "problems": {}}
    for phase in ("admission", "ongoing_care", "end_of_life", "overall"):
        data[f"{phase}_score"] = overall
        data[f"{phase}_judgement"] = "Synthetic judgement for the permission harness."
    for phase in ("procedure", "perioperative"):
        data[f"{phase}_score"] = 0
    return data


@pytest.fixture
def world(db):
    return World()


# The checks -----------------------------------------------------------------------------


def is_api(route: str) -> bool:
    return route.startswith("/api/")


def redirects_to_sign_in(response) -> bool:
    return response.status_code in (301, 302, 303) and response["Location"].startswith("/sign-in/")


def sends_a_key(kind: str, route: str) -> bool:
    return kind == API_KEY or (kind == OTHER_ORG and is_api(route))


def expect_allowed(response, route: str, access: Access, kind: str, world: World) -> None:
    assert 200 <= response.status_code < 400, (
        f"{route} should be open to {kind}, but answered {response.status_code}"
    )
    if not access.redirects_to_sign_in:
        assert not redirects_to_sign_in(response), f"{route} sent {kind} to sign in"
    if kind == OTHER_ORG and not access.may_show_first_trust and not response.streaming:
        body = response.content.decode(errors="replace")
        leaked = [secret for secret in world.first_trust_secrets if secret in body]
        assert not leaked, f"{route} showed another trust's {leaked} to {kind}"


def expect_refused(response, route: str, access: Access, kind: str, *, method: str) -> None:
    status = response.status_code
    if access.refused_status is not None:
        expected = f"one of {sorted(access.refused_status)}"
        refused = status in access.refused_status
    elif is_api(route):
        expected = "403 or 404" if sends_a_key(kind, route) else "401"
        refused = status in ((403, 404) if sends_a_key(kind, route) else (401,))
    elif kind in (ANONYMOUS, API_KEY):
        expected = "a redirect to the sign-in page"
        refused = redirects_to_sign_in(response)
    else:
        expected = "403 or 404"
        refused = status in (403, 404)
    if method == "GET" and access.get is None:
        # A POST-only page may refuse the method before it asks who you are.
        refused = refused or status == 405
    assert refused, (
        f"{method} {route} should be refused to {kind} with {expected}, but answered {status}"
        + (f" to {response['Location']}" if response.has_header("Location") else "")
    )


def cases():
    for route, access in ACCESS.items():
        for kind in KINDS:
            yield pytest.param(route, "GET", kind, id=f"GET {route} as {kind}")
            if access.post is not None:
                yield pytest.param(route, "POST", kind, id=f"POST {route} as {kind}")


@pytest.mark.parametrize(("route", "method", "kind"), list(cases()))
def test_who_may_use_each_url(world, route, method, kind):
    access = ACCESS[route]
    client = world.client_for(kind, api=is_api(route))
    url = world.url(route, access)
    allowed = access.get if method == "GET" else access.post
    before = database_fingerprint()

    if method == "GET":
        response = client.get(url)
    elif access.json:
        body = json.dumps(access.post_data(world, kind))
        response = client.post(url, body, content_type="application/json")
    else:
        response = client.post(url, access.post_data(world, kind))
    if response.streaming:
        # Read a file to the end so the test client closes it. (response.close() would
        # also close the database connection, inside the test's transaction.)
        b"".join(response.streaming_content)

    if method == "GET" and access.get is None:
        # POST-only: GET is refused as a method to those allowed, and refused to the rest.
        if kind in (access.post or NOBODY):
            assert response.status_code == 405, f"GET {route} as {kind}: {response.status_code}"
        else:
            expect_refused(response, route, access, kind, method=method)
    elif kind in allowed:
        expect_allowed(response, route, access, kind, world)
    else:
        expect_refused(response, route, access, kind, method=method)
        assert database_fingerprint() == before, (
            f"{method} {route} as {kind} was refused but changed data"
        )


def test_every_url_pattern_is_in_the_table():
    routes = url_patterns()

    missing = sorted(set(routes) - set(ACCESS))
    stale = sorted(set(ACCESS) - set(routes) - SERVED_BY_MIDDLEWARE)

    assert not missing, (
        "These URL patterns are not in the permission table (tests/test_permissions.py ACCESS); "
        "say who may use each: " + ", ".join(missing)
    )
    assert not stale, "The permission table names URL patterns that no longer exist: " + ", ".join(
        stale
    )


def test_a_member_of_another_trust_cannot_switch_to_the_first_trust(world):
    client = world.client_for(OTHER_ORG, api=False)
    client.get("/")  # the session now acts for their own trust

    response = client.post("/organisation/switch/", {"organisation": world.trust.pk})

    assert response.status_code in (400, 403, 404)
    assert client.session.get(SESSION_KEY) != world.trust.pk
    home = client.get("/").content.decode()
    assert world.other_trust.name in home
    assert world.trust.name not in home


def test_the_api_acts_for_the_keys_organisation_whoever_is_signed_in(world):
    client = world.client_for(ADMINISTRATOR, api=False)  # signed in at the first trust
    client.defaults["HTTP_X_API_KEY"] = world.other_api_secret

    response = client.get("/api/organisation")

    assert response.status_code == 200
    assert response.json()["name"] == world.other_trust.name
