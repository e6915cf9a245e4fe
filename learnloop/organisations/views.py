"""Signing in and out, and choosing which organisation to act for."""

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from learnloop.core.audit import Auditor
from learnloop.core.middleware import SESSION_KEY
from learnloop.core.views import page
from learnloop.organisations.forms import SignInForm, SwitchOrganisationForm


class SignInView(auth_views.LoginView):
    form_class = SignInForm
    template_name = "organisations/sign_in.html"
    redirect_authenticated_user = True


class SignOutView(auth_views.LogoutView):
    pass


def locked_out(request, credentials=None, *args, **kwargs):
    return page(request, "organisations/locked_out.html", status=429)


@require_POST
def switch_organisation(request):
    if not request.user.is_authenticated:
        return redirect("organisations:sign_in")
    form = SwitchOrganisationForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("Choose an organisation.")
    wanted = form.cleaned_data["organisation"]
    membership = next((m for m in request.memberships if m.organisation_id == wanted), None)
    if membership is None:
        # Not one of theirs: say nothing about whether it exists.
        return HttpResponseBadRequest("You are not a member of that organisation.")
    request.session[SESSION_KEY] = membership.organisation_id
    Auditor.from_request(request).record(
        "update", request.user, organisation=membership.organisation,
        summary=f"Now acting for {membership.organisation}",
    )
    messages.success(request, f"You are now working in {membership.organisation.name}.")
    next_url = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/"
    return redirect(next_url)
