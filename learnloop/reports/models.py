"""Incidents and deaths as they are reported: one `Report` for both, so that one queue
triages them and a mortality review can become an investigation without re-keying.

Identifiable patient details live in `PatientDetails`, apart from the report, so that lists
never load them and every read of them can be audited.
"""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

from learnloop.core.models import BaseModel, ScopedModel
from learnloop.reports.querysets import ReportQuerySet

# No 0/O or 1/I/L, so a reference read over the phone is not mistaken.
_REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


class Report(ScopedModel):
    class Kind(models.TextChoices):
        INCIDENT = "incident", "Incident"
        DEATH = "death", "Death"

    class EventType(models.TextChoices):
        # LFPSE event types.
        INCIDENT = "incident", "Incident"
        OUTCOME = "outcome", "Outcome"
        RISK = "risk", "Risk"
        GOOD_CARE = "good_care", "Good care"

    class PhysicalHarm(models.TextChoices):
        NONE = "none", "No physical harm"
        LOW = "low", "Low physical harm"
        MODERATE = "moderate", "Moderate physical harm"
        SEVERE = "severe", "Severe physical harm"
        FATAL = "fatal", "Fatal"

    class PsychologicalHarm(models.TextChoices):
        NONE = "none", "No psychological harm"
        LOW = "low", "Low psychological harm"
        MODERATE = "moderate", "Moderate psychological harm"
        SEVERE = "severe", "Severe psychological harm"

    class Status(models.TextChoices):
        AWAITING_TRIAGE = "awaiting_triage", "Awaiting triage"
        TRIAGED = "triaged", "Triaged"
        CLOSED = "closed", "Closed"

    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="reports")
    reference = models.CharField(max_length=20, unique=True, editable=False)
    # The reporter's follow-up code is shown once; only its digest is kept.
    follow_up_digest = models.CharField(max_length=64, editable=False)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.INCIDENT)
    event_type = models.CharField(max_length=12, choices=EventType.choices, default=EventType.INCIDENT)
    occurred_at = models.DateTimeField("when it happened")
    department = models.ForeignKey(
        "organisations.Department", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    location_code = models.CharField("LFPSE incident location", max_length=8, blank=True)
    specialty_code = models.CharField("LFPSE specialty", max_length=8, blank=True)
    service_type_code = models.CharField("LFPSE service type", max_length=8, blank=True)
    what_happened = models.TextField()
    immediate_action = models.TextField("what was done at once", blank=True)
    people_involved = models.TextField(blank=True)
    physical_harm = models.CharField(max_length=10, choices=PhysicalHarm.choices)
    psychological_harm = models.CharField(max_length=10, choices=PsychologicalHarm.choices, default=PsychologicalHarm.NONE)
    never_event_code = models.CharField("LFPSE never event type", max_length=8, blank=True)
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reported_anonymously = models.BooleanField(default=False)
    reported_at = models.DateTimeField(default=timezone.now, db_index=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.AWAITING_TRIAGE, db_index=True)
    # Set by the final mortality review: avoidability 1 to 3. Triage must then choose a PSII.
    problems_in_care_likely = models.BooleanField(default=False)
    # Where an imported report came from; (organisation, source_system, source_reference)
    # is unique, which makes a second import of the same file change nothing.
    source_system = models.CharField(max_length=50, blank=True)
    source_reference = models.CharField(max_length=100, blank=True)

    objects = ReportQuerySet.as_manager()

    class Meta:
        ordering = ["-reported_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "source_system", "source_reference"],
                condition=~models.Q(source_reference=""),
                name="unique_source_reference",
            )
        ]
        indexes = [models.Index(fields=["organisation", "status", "reported_at"])]

    def __str__(self) -> str:
        return self.reference

    @staticmethod
    def new_reference() -> str:
        body = "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(8))
        return f"LL-{body[:4]}-{body[4:]}"

    @staticmethod
    def new_follow_up_code() -> tuple[str, str]:
        code = "-".join("".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(4)) for _ in range(3))
        return code, _digest(code)

    def follow_up_code_matches(self, code: str) -> bool:
        return secrets.compare_digest(self.follow_up_digest, _digest(code.strip().upper()))

    @property
    def is_never_event(self) -> bool:
        return bool(self.never_event_code)

    @property
    def is_notifiable(self) -> bool:
        """Duty of candour: moderate harm or worse, physical or psychological."""
        return self.physical_harm in {"moderate", "severe", "fatal"} or self.psychological_harm in {"moderate", "severe"}

    @property
    def must_lead_to_psii(self) -> bool:
        return self.is_never_event or self.problems_in_care_likely


class PatientDetails(BaseModel):
    """Identifiable: who the patient is. Read only by roles that need it, every read audited."""

    report = models.OneToOneField(Report, on_delete=models.CASCADE, related_name="patient")
    name = models.CharField(max_length=200, blank=True)
    nhs_number = models.CharField("NHS number", max_length=10, blank=True, db_index=True)
    date_of_birth = models.DateField(null=True, blank=True)
    hospital_number = models.CharField(max_length=30, blank=True)

    def __str__(self) -> str:
        return f"Patient details for {self.report}"


class DeathRecord(BaseModel):
    """What the mortality team or a medical examiner records about a death."""

    report = models.OneToOneField(Report, on_delete=models.CASCADE, related_name="death")
    date_of_death = models.DateField()
    place_of_death = models.CharField(max_length=200)
    cause_of_death = models.TextField("cause of death as certified", blank=True)
    medical_examiner_scrutiny = models.TextField(blank=True)
    scrutinised_on = models.DateField(null=True, blank=True)
    medical_examiner_concerns = models.TextField(blank=True)
    family_concerns = models.TextField(blank=True)
    learning_disability = models.BooleanField(default=False)
    autism = models.BooleanField(default=False)
    leder_referred_on = models.DateField("LeDeR referral", null=True, blank=True)
    coroner_referred_on = models.DateField(null=True, blank=True)
    pfd_received_on = models.DateField("Prevention of Future Deaths report received", null=True, blank=True)
    pfd_responded_on = models.DateField(null=True, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    PFD_RESPONSE_DAYS = 56

    def __str__(self) -> str:
        return f"Death recorded on {self.report}"

    @property
    def pfd_response_due(self):
        from datetime import timedelta

        return self.pfd_received_on + timedelta(days=self.PFD_RESPONSE_DAYS) if self.pfd_received_on else None


class TriageDecision(BaseModel):
    """The PSIRF response decision. Every decision is kept; the latest is the current one."""

    class Response(models.TextChoices):
        NO_FURTHER_RESPONSE = "none", "No further response"
        SWARM = "swarm", "SWARM huddle"
        AFTER_ACTION_REVIEW = "aar", "After action review"
        MDT_REVIEW = "mdt", "Multidisciplinary team review"
        PSII = "psii", "Patient safety incident investigation (PSII)"
        THEMATIC_REVIEW = "thematic", "Include in a thematic review"
        REFER_ELSEWHERE = "refer", "Refer elsewhere"

    class Referral(models.TextChoices):
        HSSIB = "hssib", "HSSIB"
        MNSI = "mnsi", "MNSI"
        LEDER = "leder", "LeDeR"
        SAFEGUARDING = "safeguarding", "Safeguarding"
        ANOTHER_PROVIDER = "another_provider", "Another provider"

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="triage_decisions")
    response = models.CharField(max_length=12, choices=Response.choices)
    reason = models.TextField()
    referred_to = models.CharField(max_length=20, choices=Referral.choices, blank=True)
    referral_detail = models.CharField(max_length=200, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    decided_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-decided_at", "-id"]

    def __str__(self) -> str:
        return f"{self.report}: {self.get_response_display()}"


class CandourRecord(BaseModel):
    """Duty of candour for a notifiable incident: told in person, then in writing."""

    report = models.OneToOneField(Report, on_delete=models.CASCADE, related_name="candour")
    told_at = models.DateTimeField(null=True, blank=True)
    told_by = models.CharField(max_length=200, blank=True)
    told_whom = models.CharField("who was told", max_length=200, blank=True)
    letter_sent_on = models.DateField(null=True, blank=True)
    notes = models.TextField(blank=True)

    def __str__(self) -> str:
        return f"Duty of candour on {self.report}"
