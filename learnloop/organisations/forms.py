"""Forms for signing in, accounts, invitations and API keys."""

import logging
import smtplib

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordForm
from django.urls import reverse

from learnloop.core.forms import NHSForm, NHSFormMixin
from learnloop.organisations.models import Department, User
from learnloop.organisations.roles import STAFF_ROLES, Role

logger = logging.getLogger(__name__)


class SignInForm(NHSFormMixin, AuthenticationForm):
    username = forms.EmailField(
        label="Email address",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    password = forms.CharField(
        label="Password", strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )

    error_messages = {
        "invalid_login": "Enter a correct email address and password. Both may be case-sensitive.",
        "inactive": "This account has been closed. Ask your organisation's administrator.",
    }

    def clean(self):
        # A wrong email or password belongs to the password field, so the error summary
        # links to it and a screen reader hears it there (not at the top of the form only).
        try:
            return super().clean()
        except forms.ValidationError as error:
            if error.code != "invalid_login":
                raise
            self.add_error("password", error)
            return self.cleaned_data


class SwitchOrganisationForm(NHSForm):
    organisation = forms.IntegerField()


class SetPasswordFieldsMixin:
    """Two password fields checked against Django's password validators."""

    def clean_password2(self):
        password1 = self.cleaned_data.get("password1")
        password2 = self.cleaned_data.get("password2")
        if password1 and password2 and password1 != password2:
            raise forms.ValidationError("The two passwords do not match.")
        return password2

    def validate_password_for(self, user):
        password = self.cleaned_data.get("password1")
        if password:
            try:
                password_validation.validate_password(password, user)
            except forms.ValidationError as error:
                self.add_error("password1", error)


class ApiKeyForm(NHSForm):
    name = forms.CharField(
        label="Name of the key",
        max_length=100,
        help_text="Say which system will use it, for example 'Incident reporting system'.",
        error_messages={
            "required": "Enter a name for the key",
            "max_length": "The name must be 100 characters or fewer",
        },
    )


NEW_CREDENTIAL_HINT = (
    "At least 12 characters. Avoid common passwords, passwords made only of numbers, "
    "and anything like your name or email address."
)


def _new_password_fields(label1: str, label2: str) -> tuple[forms.CharField, forms.CharField]:
    widget = {"autocomplete": "new-password"}
    return (
        forms.CharField(label=label1, strip=False, help_text=NEW_CREDENTIAL_HINT,
                        widget=forms.PasswordInput(attrs=widget),
                        error_messages={"required": "Enter a password"}),
        forms.CharField(label=label2, strip=False, widget=forms.PasswordInput(attrs=widget),
                        error_messages={"required": "Enter the password again"}),
    )


class PasswordResetRequestForm(NHSFormMixin, PasswordResetForm):
    email = forms.EmailField(
        label="Email address", max_length=254,
        help_text="The email address you sign in with.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"required": "Enter your email address",
                        "invalid": "Enter an email address in the correct format, like name@example.nhs.uk"},
    )

    def send_mail(self, subject_template_name, email_template_name, context, from_email, to_email,
                  html_email_template_name=None):
        # Our own email, built from the same context Django's reset view prepares.
        from learnloop.organisations import emails

        path = reverse("organisations:password_reset_confirm",
                       kwargs={"uidb64": context["uid"], "token": context["token"]})
        link = f"{context['protocol']}://{context['domain']}{path}"
        try:
            emails.send_password_reset(user=context["user"], link=link, to_email=to_email)
        except (smtplib.SMTPException, OSError):
            # Logged, not shown: an error only for known addresses would say which have accounts.
            logger.exception("Could not send a password reset email to user %s", context["user"].pk)


class NewPasswordForm(NHSFormMixin, SetPasswordForm):
    """The reset's second step: a new password, twice, checked by Django's validators."""

    new_password1, new_password2 = _new_password_fields("New password", "Confirm new password")

    def clean(self):
        self.validate_passwords("new_password1", "new_password2")
        # Validator messages belong to the first field, where the password is chosen.
        self.validate_password_for_user(self.user, "new_password1")
        return forms.Form.clean(self)


class AcceptInvitationForm(SetPasswordFieldsMixin, NHSForm):
    """A new account from a staff or family invitation."""

    full_name = forms.CharField(
        label="Full name", max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": "Enter your full name"},
    )
    password1, password2 = _new_password_fields("Create a password", "Confirm password")

    def __init__(self, *args, invitation, **kwargs):
        self.invitation = invitation
        kwargs.setdefault("initial", {"full_name": invitation.full_name})
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        # An unsaved user, so the similarity validator can compare with the name and email.
        self.validate_password_for(
            User(email=self.invitation.email, full_name=cleaned.get("full_name", ""))
        )
        return cleaned


def staff_role_choices() -> list[tuple[str, str]]:
    return [(role.value, role.label) for role in STAFF_ROLES]


class RolesField(forms.MultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.setdefault("label", "Roles")
        kwargs.setdefault("choices", staff_role_choices)
        kwargs.setdefault("help_text", "Select all that apply.")
        kwargs.setdefault("error_messages", {"required": "Select at least one role"})
        super().__init__(**kwargs)


class InviteStaffForm(NHSForm):
    email = forms.EmailField(
        label="Email address", max_length=254,
        help_text="Use their work email address. The invitation is sent there.",
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
        error_messages={"required": "Enter their email address",
                        "invalid": "Enter an email address in the correct format, like name@example.nhs.uk"},
    )
    full_name = forms.CharField(label="Full name", max_length=200,
                                error_messages={"required": "Enter their full name"})
    roles = RolesField()

    def __init__(self, *args, organisation, **kwargs):
        self.organisation = organisation
        super().__init__(*args, **kwargs)

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if self.organisation.memberships.active().filter(user__email__iexact=email).exists():
            raise forms.ValidationError(f"{email} is already a member of {self.organisation.name}")
        return email


class InviteFamilyForm(NHSForm):
    email = forms.EmailField(
        label="Email address", max_length=254,
        help_text="The invitation link is sent here. It works once and expires after 7 days.",
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
        error_messages={"required": "Enter the family member's email address",
                        "invalid": "Enter an email address in the correct format, like name@example.com"},
    )
    full_name = forms.CharField(label="Full name", max_length=200,
                                error_messages={"required": "Enter the family member's full name"})
    case_reference = forms.CharField(
        label="Case reference", max_length=64,
        help_text="The reference of the one case they will be able to follow, for example R-2026-0042.",
        error_messages={"required": "Enter the case reference"},
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_case_reference(self):
        return self.cleaned_data["case_reference"].strip()


class MemberForm(NHSForm):
    roles = RolesField()
    department = forms.ModelChoiceField(
        label="Department, ward, specialty or service", queryset=None, required=False,
        empty_label="None recorded",
    )

    def __init__(self, *args, membership, acting_user, **kwargs):
        self.membership = membership
        self.acting_user = acting_user
        kwargs.setdefault("initial", {
            "roles": [str(r) for r in membership.role_set],
            "department": membership.department_id,
        })
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = membership.organisation.departments.order_by("kind", "name")
        self.fields["department"].label_from_instance = lambda d: f"{d.name} ({d.get_kind_display().lower()})"

    def clean_roles(self):
        roles = self.cleaned_data["roles"]
        is_self = self.membership.user_id == self.acting_user.pk
        if is_self and Role.ADMINISTRATOR in self.membership.role_set and Role.ADMINISTRATOR.value not in roles:
            raise forms.ValidationError(
                "You cannot remove your own administrator role. Ask another administrator to do it."
            )
        return roles


class DepartmentForm(NHSForm):
    name = forms.CharField(label="Name", max_length=200, error_messages={"required": "Enter a name"})
    kind = forms.ChoiceField(
        label="What is it?", choices=Department.Kind.choices, widget=forms.RadioSelect,
        initial=Department.Kind.DEPARTMENT, error_messages={"required": "Select what it is"},
    )
    site = forms.CharField(label="Site (optional)", max_length=200, required=False,
                           help_text="The hospital or site, if the organisation has several.")

    def __init__(self, *args, organisation, **kwargs):
        self.organisation = organisation
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        name, kind = cleaned.get("name", "").strip(), cleaned.get("kind")
        if name and kind and self.organisation.departments.filter(name__iexact=name, kind=kind).exists():
            self.add_error("name", f"{self.organisation.name} already has a {kind} called {name}")
        cleaned["name"] = name
        return cleaned
