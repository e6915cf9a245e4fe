"""A person's review of what the de-identification engine proposes, and what it teaches.

A `RedactionReview` holds one text, the spans the engine proposed for it and the spans a person
confirmed; its redacted text is derived, never stored twice. What the reviewer removed or added
becomes an `OrganisationTerm`, so that the organisation's next text gets it right
(docs/adr/0012-redaction-review.md). The identifiers the record knows are never copied here:
they stay in the report's `PatientDetails` and are read again, audited, when needed.
"""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower

from learnloop.core.models import ScopedModel
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
