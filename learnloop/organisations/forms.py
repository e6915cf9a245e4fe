"""Forms for signing in, accounts, invitations and API keys."""

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm

from learnloop.core.forms import NHSForm, NHSFormMixin


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
