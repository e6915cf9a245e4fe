"""A person's review of what the de-identification engine proposes, and what it teaches.

A `RedactionReview` holds one text, the spans the engine proposed for it and the spans a person
confirmed; its redacted text is derived, never stored twice. What the reviewer removed or added
becomes an `OrganisationTerm`, so that the organisation's next text gets it right
(docs/adr/0012-redaction-review.md). The identifiers the record knows are never copied here:
they stay in the report's `PatientDetails` and are read again, audited, when needed.
"""

from django.conf import settings
from django.db import models
from django.db.models import Value
from django.db.models.functions import Cast, Concat, Lower, Replace

from learnloop.core.models import BaseModel, ScopedModel
from learnloop.reports.models import Report
from learnloop.sharing.deidentify import Span, redact


class RedactionReview(ScopedModel):
    class Status(models.TextChoices):
        PROPOSED = "proposed", "Awaiting review"
        CONFIRMED = "confirmed", "Confirmed"

    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="redaction_reviews"
    )
    # What the text is for, in the reviewer's words or the caller's ("Report LL-...: what happened").
    purpose = models.CharField(max_length=200)
    # Where the text came from, so the engine is given the record's known identifiers.
    report = models.ForeignKey(
        "reports.Report",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="redaction_reviews",
    )
    original_text = models.TextField()
    # Lists of {"start", "end", "label", "source"}; source: record, term or guess.
    proposed_spans = models.JSONField(default=list)
    # Lists of {"start", "end", "label"}, once a person has confirmed them.
    confirmed_spans = models.JSONField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PROPOSED)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["organisation", "status", "created_at"])]

    def __str__(self) -> str:
        return f"Redaction review {self.pk}"

    @property
    def is_confirmed(self) -> bool:
        return self.status == self.Status.CONFIRMED

    @property
    def proposed(self) -> list[Span]:
        return [Span(s["start"], s["end"], s["label"]) for s in self.proposed_spans]

    @property
    def confirmed(self) -> list[Span]:
        return [Span(s["start"], s["end"], s["label"]) for s in self.confirmed_spans or []]

    @property
    def redacted_text(self) -> str:
        """The text as it may be shared: only once a person has confirmed the redactions."""
        if not self.is_confirmed:
            raise ValueError("This review is not confirmed: nothing may be shared from it yet.")
        return redact(self.original_text, self.confirmed)


class OrganisationTerm(ScopedModel):
    """A term an organisation always redacts (with its label) or always keeps."""

    class Action(models.TextChoices):
        REDACT = "redact", "Always redact"
        KEEP = "keep", "Always keep"

    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.CASCADE,
        related_name="deidentification_terms",
    )
    # Whitespace normalised to single spaces; unique per organisation whatever its case.
    term = models.CharField(max_length=200)
    action = models.CharField(max_length=10, choices=Action.choices)
    label = models.CharField(max_length=20, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    review = models.ForeignKey(
        RedactionReview, null=True, blank=True, on_delete=models.SET_NULL, related_name="terms"
    )

    class Meta:
        ordering = ["action", Lower("term")]
        constraints = [
            models.UniqueConstraint(
                "organisation", Lower("term"), name="unique_deidentification_term"
            ),
            models.CheckConstraint(
                condition=(models.Q(action="redact") & ~models.Q(label=""))
                | (models.Q(action="keep") & models.Q(label="")),
                name="deidentification_term_label_for_redact_only",
            ),
        ]

    def __str__(self) -> str:
        # No term text: a term may be a person's name, and this string reaches logs.
        return f"{self.get_action_display()} term {self.pk}"


# The learning exchange ---------------------------------------------------------------------------
# A `Learning` record is the only thing that crosses an organisation boundary (issue 5,
# docs/adr/0014-learning-exchange-visibility-and-search.md). Its free text is de-identified
# before it is published; who may read it is decided by `LearningQuerySet.visible_to`, nowhere else.


class SharingLevel(models.IntegerChoices):
    """Ordered, so that `level >= SharingLevel.SYSTEM` reads as it sounds."""

    ORGANISATION = 10, "Our organisation"
    SYSTEM = 20, "Our system (ICB area and networks)"
    NATIONAL = 30, "National (every organisation on learnloop)"
    PUBLIC = 40, "Public (anyone, without signing in)"


def organisation_groups(organisation) -> tuple[int | None, list[int]]:
    """The ICB system `organisation` is in (an ICB is its own system; None: in none) and the
    networks it is in (a network is inside itself): what `peer_organisations` reads, and
    PostgreSQL's search asks its index for (`search.readers_of`, ADR 0019)."""
    from learnloop.organisations.models import Organisation

    system_id = (
        organisation.pk if organisation.kind == Organisation.Kind.ICB else organisation.system_id
    )
    network_ids = list(organisation.networks.values_list("pk", flat=True))
    if organisation.kind == Organisation.Kind.NETWORK:
        network_ids.append(organisation.pk)
    return system_id, network_ids


def peer_organisations(organisation, groups=None):
    """The organisations whose system-level records a member of `organisation` may read, itself
    among them: those in the same ICB system (an ICB is its own system) or sharing a network
    with it (a network is inside itself). `LearningQuerySet.visible_to` decides with them.
    `groups`: its `organisation_groups`, when the caller has read them already."""
    from learnloop.organisations.models import Organisation

    system_id, network_ids = organisation_groups(organisation) if groups is None else groups
    peers = models.Q(pk=organisation.pk)
    if system_id is not None:
        peers |= models.Q(pk=system_id) | models.Q(system_id=system_id)
    if network_ids:
        peers |= models.Q(pk__in=network_ids) | models.Q(networks__in=network_ids)
    return Organisation.objects.filter(peers)


def slugs_line(slugs) -> str:
    """`Learning.indexed_theme_slugs` for these slugs: each between line breaks, so that a
    filter asks for a line break, the slug and a line break, and never matches part of another
    slug; empty without any."""
    slugs = list(slugs)
    return "\n" + "\n".join(slugs) + "\n" if slugs else ""


class LearningQuerySet(models.QuerySet):
    def published(self):
        # Withdrawn records have status WITHDRAWN, so this also leaves them out.
        return self.filter(status=Learning.Status.PUBLISHED)

    def public(self):
        """What anyone may read, signed in or not."""
        return self.published().filter(sharing_level=SharingLevel.PUBLIC)

    def visible_to(self, organisation, *, groups=None):
        """Every published record a member of `organisation` may read: the one place where the
        sharing levels are decided. `None` (no organisation: anonymous) sees public records.
        `groups`: its `organisation_groups`, when the caller has read them already (search
        asks for them once, for this rule and for its index's readers keys).

        organisation: published by it. system: published by an organisation in the same ICB
        system (an ICB is its own system) or sharing a network with it (a network is inside
        itself). national: any organisation's members. public: everyone."""
        if organisation is None:
            return self.public()
        peer_ids = peer_organisations(organisation, groups).values("pk")
        return self.published().filter(
            models.Q(sharing_level__gte=SharingLevel.NATIONAL)
            | models.Q(sharing_level=SharingLevel.SYSTEM, organisation__in=peer_ids)
            | models.Q(sharing_level=SharingLevel.ORGANISATION, organisation=organisation)
        )


class Learning(ScopedModel):
    """What one organisation learned, de-identified, published at a sharing level."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"
        WITHDRAWN = "withdrawn", "Withdrawn"

    class SourceKind(models.TextChoices):
        REPORT = "report", "Incident report"
        MORTALITY_REVIEW = "mortality_review", "Mortality review"
        INVESTIGATION = "investigation", "Patient safety incident investigation"
        SWARM = "swarm", "SWARM huddle"
        AFTER_ACTION_REVIEW = "aar", "After action review"
        PFD = "pfd", "Prevention of Future Deaths report"

    # The publishing organisation.
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="learning"
    )
    title = models.CharField(max_length=200)
    what_happened = models.TextField("what happened, in brief")
    what_we_found = models.TextField()
    setting_code = models.CharField("LFPSE incident location", max_length=8, blank=True)
    service_type_code = models.CharField("LFPSE service type", max_length=8, blank=True)
    specialty_code = models.CharField("LFPSE specialty", max_length=8, blank=True)
    # The report's harm values (LFPSE physical harm), so a record says it without a source.
    harm = models.CharField(max_length=10, choices=Report.PhysicalHarm.choices, blank=True)
    # At national and public level the publisher may appear as "an NHS trust in <region>".
    anonymised_publisher = models.BooleanField(default=False)
    contact = models.CharField("how to get in touch", max_length=200, blank=True)
    sharing_level = models.PositiveSmallIntegerField(
        choices=SharingLevel.choices, default=SharingLevel.ORGANISATION
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_reason = models.CharField(max_length=500, blank=True)
    source_kind = models.CharField(max_length=20, choices=SourceKind.choices)
    report = models.ForeignKey(
        "reports.Report", null=True, blank=True, on_delete=models.SET_NULL, related_name="learning"
    )
    structured_judgement_review = models.ForeignKey(
        "reviews.StructuredJudgementReview",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="learning",
    )
    # Where an imported record came from (a coroner's report on the judiciary's site).
    source_url = models.URLField(max_length=500, blank=True)
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Counted when someone outside the publisher opens the record; adoption comes later.
    view_count = models.PositiveIntegerField(default=0)
    adoption_count = models.PositiveIntegerField(default=0)
    # The redaction reviews its free text went through (ADR 0012): to be published, every
    # free-text field must be the redacted text of a confirmed one.
    redaction_reviews = models.ManyToManyField(RedactionReview, blank=True, related_name="learning")
    # What the sharing policy reads (learnloop/sharing/policy.py). Legal holds and the family:
    # asked when the record is written, prefilled from the source where it knows.
    inquest_pending = models.BooleanField(default=False)
    litigation = models.BooleanField("litigation or a claim in progress", default=False)
    family_informed = models.BooleanField("the family has been told", default=False)
    patient_specific = models.BooleanField("shares details specific to the patient", default=False)
    family_consent = models.BooleanField("the family consents to sharing", default=False)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    # A person looked again at a record the rare-combination rule flagged.
    second_look_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    second_look_at = models.DateTimeField(null=True, blank=True)
    # The changes' and themes' words, kept in step by the services, so that one row holds
    # everything the full-text index reads (FTS5 triggers and the tsvector column see one row).
    indexed_changes = models.TextField(blank=True, editable=False)
    indexed_themes = models.TextField(blank=True, editable=False)
    # The themes' slugs, one a line with a line break before and after each (`slugs_line`), kept
    # in step by the services, so that the theme filter reads the row it already has instead of
    # probing the themes table for every match (a quarter of a filtered search's time on
    # PostgreSQL; ADR 0021). `LearningTheme` stays the record of them.
    indexed_theme_slugs = models.TextField(blank=True, default="", editable=False)
    # The filters' values as words (`qh` harm, `qs` setting, `qv` service type, `qp` specialty,
    # `qk` source) and the sharing level (`ql`), so that SQLite's full-text index narrows a
    # filtered or anonymous search before the visibility rule reads each row
    # (search.facet_terms; ADR 0014). Computed by the database: always in step. PostgreSQL does
    # not read it: it has B-tree indexes on the filters instead.
    indexed_facets = models.GeneratedField(
        expression=Concat(
            Value("qh"),
            "harm",
            Value(" qs"),
            "setting_code",
            Value(" qv"),
            "service_type_code",
            Value(" qp"),
            "specialty_code",
            Value(" qk"),
            Replace("source_kind", Value("_"), Value("")),
            Value(" ql"),
            Cast("sharing_level", models.CharField()),
        ),
        output_field=models.TextField(),
        db_persist=True,
        editable=False,
    )

    objects = LearningQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(fields=["status", "sharing_level", "published_at"]),
            models.Index(fields=["organisation", "status"]),
            # The search filters: PostgreSQL combines them with the GIN index (ADR 0014).
            models.Index(fields=["harm"], name="sharing_learning_harm"),
            models.Index(fields=["setting_code"], name="sharing_learning_setting"),
            models.Index(fields=["service_type_code"], name="sharing_learning_service_type"),
            models.Index(fields=["specialty_code"], name="sharing_learning_specialty"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["source_url"],
                condition=~models.Q(source_url=""),
                name="unique_learning_source_url",
            )
        ]

    def __str__(self) -> str:
        return f"Learning {self.pk}"

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED


class LearningChange(BaseModel):
    """One thing the organisation changed, graded on the action hierarchy (DESIGN.md)."""

    class Strength(models.TextChoices):
        STRONGER = "stronger", "Stronger"
        INTERMEDIATE = "intermediate", "Intermediate"
        WEAKER = "weaker", "Weaker"

    learning = models.ForeignKey(Learning, on_delete=models.CASCADE, related_name="changes")
    text = models.TextField()
    strength = models.CharField(max_length=12, choices=Strength.choices)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return f"Change {self.pk} ({self.strength})"


class LearningTheme(models.Model):
    """A free tag on a record. `slug` (lower case, hyphens) is what filters match, so "Falls"
    and "falls" are one theme; `name` keeps the publisher's wording."""

    learning = models.ForeignKey(Learning, on_delete=models.CASCADE, related_name="themes")
    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["learning", "slug"], name="unique_theme_per_learning")
        ]
        indexes = [models.Index(fields=["slug"])]

    def __str__(self) -> str:
        return self.name


class LearningAddressee(models.Model):
    """Someone a record is addressed to: for an imported coroner's report, each person or body
    asked to respond. Linked to an `Organisation` when the name matches a known one; the name as
    written is kept either way."""

    learning = models.ForeignKey(Learning, on_delete=models.CASCADE, related_name="addressees")
    name = models.CharField(max_length=300)
    organisation = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="addressed_learning",
    )
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return f"Addressee {self.pk}"


class SharingRuleSetting(ScopedModel):
    """An organisation's tightening of one sharing-policy rule (learnloop/sharing/policy.py):
    from which level it applies, and its threshold where it has one. The policy refuses a
    setting looser than the rule's default."""

    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="sharing_rule_settings"
    )
    rule = models.CharField(max_length=40)
    applies_from = models.PositiveSmallIntegerField(choices=SharingLevel.choices)
    threshold = models.PositiveSmallIntegerField(null=True, blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organisation", "rule"], name="unique_rule_setting")
        ]

    def __str__(self) -> str:
        return f"{self.rule} from level {self.applies_from}"


class Subscription(ScopedModel):
    """A saved search or theme whose new matching learning a person gets by e-mail. Held by the
    person in the organisation they act for: the digest shows what that organisation sees."""

    class Frequency(models.TextChoices):
        DAILY = "daily", "Daily"
        WEEKLY = "weekly", "Weekly"

    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.CASCADE,
        related_name="learning_subscriptions",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="learning_subscriptions"
    )
    name = models.CharField(max_length=200)
    query = models.CharField(max_length=500, blank=True)
    # The search page's filters as its form reads them (theme, setting, specialty, harm...).
    filters = models.JSONField(default=dict, blank=True)
    frequency = models.CharField(max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY)
    # Learning published after this is new to the subscriber; set when a digest goes out.
    last_sent_at = models.DateTimeField()

    class Meta:
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["frequency", "last_sent_at"])]

    def __str__(self) -> str:
        return f"Subscription {self.pk} ({self.frequency})"
