"""Accounts: password reset by email, and accepting an invitation link.

Password reset uses Django's views with our forms and templates. The first step always
says the same thing, so it never reveals whether an email address has an account.
"""

from axes.utils import reset as axes_reset
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.views import INTERNAL_RESET_SESSION_TOKEN
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse, reverse_lazy
from django.views.decorators.http import require_http_methods

from learnloop.core.audit import Auditor
from learnloop.core.middleware import SESSION_KEY
from learnloop.core.views import page
from learnloop.organisations import services
from learnloop.organisations.forms import (
    AcceptInvitationForm,
    NewPasswordForm,
    PasswordResetRequestForm,
)
from learnloop.organisations.presenters import InvitationPresenter

# The person was just created or identified by the invitation, not by a password check,
# so they are signed in through the model backend directly.
_SIGN_IN_BACKEND = "django.contrib.auth.backends.ModelBackend"


class PasswordResetView(auth_views.PasswordResetView):
    form_class = PasswordResetRequestForm
    template_name = "organisations/password_reset.html"
    success_url = reverse_lazy("organisations:password_reset_done")


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "organisations/password_reset_sent.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    form_class = NewPasswordForm
    template_name = "organisations/password_reset_confirm.html"
    success_url = reverse_lazy("organisations:password_reset_complete")

    def form_valid(self, form):
        # Through the service, so the change is audited; then as Django's view would.
        services.account_set_password(
            user=form.user,
            password=form.cleaned_data["new_password1"],
            by=Auditor.from_request(self.request),
        )
        del self.request.session[INTERNAL_RESET_SESSION_TOKEN]
        # A new password ends any lock-out from earlier wrong guesses.
        axes_reset(username=form.user.email)
        return HttpResponseRedirect(self.get_success_url())


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "organisations/password_reset_complete.html"


def sign_in_username(request, credentials=None) -> str | None:
    """The account axes counts failures against (AXES_USERNAME_CALLABLE): the email typed,
    lower-cased, so "A@x" and "a@x" share one count as they share one account."""
    # Axes passes the form's fields ("username") or its own ("email", our USERNAME_FIELD).
    source = credentials if credentials else getattr(request, "POST", {})
    username = source.get("username") or source.get("email") or ""
    return username.strip().lower() or None


password_reset = PasswordResetView.as_view()
password_reset_done = PasswordResetDoneView.as_view()
password_reset_confirm = PasswordResetConfirmView.as_view()
password_reset_complete = PasswordResetCompleteView.as_view()


@require_http_methods(["GET", "POST"])
def accept_invitation(request, token):
    invitation = services.invitation_by_token(token)
    if invitation is None:
        raise Http404("No such invitation.")
    presenter = InvitationPresenter(invitation)
    if not invitation.is_usable:
        return _unusable(request, presenter)
    context = {"invitation": invitation, "presenter": presenter}

    if request.user.is_authenticated:
        if request.user.email.lower() != invitation.email.lower():
            return page(request, "organisations/invitation_wrong_account.html", context, status=403)
        if request.method == "POST":
            return _accept(request, invitation, presenter, user=request.user)
        return page(request, "organisations/invitation_confirm.html", context)

    if services.account_exists(invitation.email):
        # They prove who they are with their password, then come back here to confirm.
        context["sign_in_url"] = f"{reverse('organisations:sign_in')}?next={request.path}"
        return page(request, "organisations/invitation_sign_in.html", context)

    form = AcceptInvitationForm(request.POST or None, invitation=invitation)
    if request.method == "POST" and form.is_valid():
        return _accept(
            request,
            invitation,
            presenter,
            full_name=form.cleaned_data["full_name"],
            password=form.cleaned_data["password1"],
        )
    return page(request, "organisations/invitation_new_account.html", {**context, "form": form})


def _accept(request, invitation, presenter, **account):
    try:
        user = services.invitation_accept(
            invitation=invitation, by=Auditor.from_request(request), **account
        )
    except services.InvitationUnusable:
        # Used or withdrawn between opening the page and pressing the button.
        invitation.refresh_from_db()
        return _unusable(request, InvitationPresenter(invitation))
    except services.InvitationConflict:
        return page(
            request,
            "organisations/invitation_conflict.html",
            {"invitation": invitation, "presenter": presenter},
            status=409,
        )
    if not request.user.is_authenticated:
        login(request, user, backend=_SIGN_IN_BACKEND)
    # Act for the organisation that invited them straight away.
    request.session[SESSION_KEY] = invitation.organisation_id
    return redirect("home")


def _unusable(request, presenter):
    return page(
        request, "organisations/invitation_unusable.html", {"presenter": presenter}, status=410
    )
