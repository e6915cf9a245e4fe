"""Organisations, the systems they belong to, their departments, and the people in them."""

import hashlib
import secrets

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone

from learnloop.core.models import BaseModel
from learnloop.organisations.querysets import MembershipQuerySet, OrganisationQuerySet
from learnloop.organisations.roles import ROLE_CHOICES, Role


class Organisation(BaseModel):
    class Kind(models.TextChoices):
        TRUST = "trust", "NHS trust"
        ICB = "icb", "Integrated care board"
        REGULATOR = "regulator", "Regulator"
        NETWORK = "network", "Network"
        PUBLIC_BODY = "public_body", "Public body"

    name = models.CharField(max_length=200)
    ods_code = models.CharField("ODS code", max_length=10, blank=True, null=True, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    # The ICB area (integrated care system) a provider belongs to; an ICB is its own system.
    system = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="system_members",
        limit_choices_to={"kind": Kind.ICB},
    )
    # Networks (a patient safety collaborative, a health innovation network) span systems.
    networks = models.ManyToManyField(
        "self", blank=True, symmetrical=False, related_name="network_members",
        limit_choices_to={"kind": Kind.NETWORK},
    )
    region = models.CharField(max_length=100, blank=True)
    postcode = models.CharField(max_length=10, blank=True)
    is_active = models.BooleanField(default=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_provider(self) -> bool:
        return self.kind == self.Kind.TRUST


class Department(BaseModel):
    """A department, ward, specialty or service inside a provider."""

    class Kind(models.TextChoices):
        DEPARTMENT = "department", "Department"
        WARD = "ward", "Ward"
        SPECIALTY = "specialty", "Specialty"
        SERVICE = "service", "Service"

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="departments")
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.DEPARTMENT)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="children")
    site = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "name", "kind"], name="unique_department_name")
        ]

    def __str__(self) -> str:
        return self.name


class UserManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, email, password=None, **extra):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email, password=None, **extra):
        extra.update(is_staff=True, is_superuser=True)
        return self.create_user(email, password, **extra)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField(unique=True)
    full_name = models.CharField(max_length=200)
    job_title = models.CharField(max_length=200, blank=True)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    def __str__(self) -> str:
        return self.full_name or self.email


class Membership(BaseModel):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="memberships")
    department = models.ForeignKey(Department, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    is_active = models.BooleanField(default=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "organisation"], name="one_membership_per_org")]

    def __str__(self) -> str:
        return f"{self.user} at {self.organisation}"

    @property
    def role_set(self) -> frozenset[Role]:
        # Prefetched in the middleware, so this costs no query per check.
        return frozenset(Role(r.role) for r in self.roles.all())


class MembershipRole(models.Model):
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="roles")
    role = models.CharField(max_length=40, choices=ROLE_CHOICES)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["membership", "role"], name="unique_role_per_membership")]

    def __str__(self) -> str:
        return Role(self.role).label


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Invitation(BaseModel):
    """A single-use link that lets a person join an organisation (staff) or follow a case (family)."""

    class Kind(models.TextChoices):
        STAFF = "staff", "Staff"
        FAMILY = "family", "Family member"

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="invitations")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    email = models.EmailField()
    full_name = models.CharField(max_length=200, blank=True)
    roles = models.JSONField(default=list)
    # Family invitations name the case they open; the case itself belongs to the organisation.
    case_reference = models.CharField(max_length=64, blank=True)
    token_digest = models.CharField(max_length=64, unique=True)
    # Empty when the invitation came from the command line (an organisation's first administrator).
    invited_by = models.ForeignKey(User, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} invitation for {self.email}"

    @staticmethod
    def new_token() -> tuple[str, str]:
        token = secrets.token_urlsafe(32)
        return token, _token_digest(token)

    @staticmethod
    def digest(token: str) -> str:
        return _token_digest(token)

    @property
    def is_usable(self) -> bool:
        return self.accepted_at is None and self.revoked_at is None and self.expires_at > timezone.now()

    @property
    def status(self) -> str:
        if self.accepted_at:
            return "accepted"
        if self.revoked_at:
            return "revoked"
        if self.expires_at <= timezone.now():
            return "expired"
        return "pending"


class CaseAccess(BaseModel):
    """A family member's access to one case of an organisation, and nothing else."""

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="case_access")
    case_reference = models.CharField(max_length=64)
    invitation = models.OneToOneField(Invitation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["membership", "case_reference"], name="unique_case_access")
        ]

    def __str__(self) -> str:
        return f"{self.membership.user} may follow {self.case_reference}"


class ApiKey(BaseModel):
    """A key with which another system acts for one organisation. Only its digest is kept."""

    PREFIX = "ll_"

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="api_keys")
    name = models.CharField(max_length=100)
    # The first characters, shown so people can tell keys apart; not enough to use one.
    key_prefix = models.CharField(max_length=16)
    key_digest = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(User, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.key_prefix}…)"

    @classmethod
    def new_secret(cls) -> tuple[str, str, str]:
        """A new key: (secret shown once, prefix, digest). The key is 256 random bits, so a
        plain SHA-256 digest suffices; a slow hash would only slow every API call."""
        secret = cls.PREFIX + secrets.token_urlsafe(32)
        return secret, secret[:10], _token_digest(secret)

    @staticmethod
    def digest(secret: str) -> str:
        return _token_digest(secret)

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None
