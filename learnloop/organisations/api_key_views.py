"""An organisation administrator's pages for the API keys other systems use.

A key's secret is shown once, on the page that answers its creation, and never again: only
its digest is kept. Keys are looked up through the current organisation, so another
organisation's key ids are simply not found.
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from learnloop.core.audit import Auditor
from learnloop.core.views import page
from learnloop.organisations import services
from learnloop.organisations.access import permission_required
from learnloop.organisations.api_key_presenters import ApiKeyListPresenter, ApiKeyPresenter
from learnloop.organisations.forms import ApiKeyForm
from learnloop.organisations.roles import Permission


@require_http_methods(["GET"])
@permission_required(Permission.MANAGE_API_KEYS)
def api_keys(request):
    keys = request.organisation.api_keys.select_related("created_by", "revoked_by")
    return page(request, "organisations/api_keys.html", {"keys": ApiKeyListPresenter(keys)})


@never_cache  # the answer holds the secret: no browser or proxy may keep it
@require_http_methods(["GET", "POST"])
@permission_required(Permission.MANAGE_API_KEYS)
def api_key_create(request):
    form = ApiKeyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        api_key, secret = services.api_key_create(
            organisation=request.organisation,
            name=form.cleaned_data["name"],
            by=Auditor.from_request(request),
        )
        return page(
            request,
            "organisations/api_keys_created.html",
            {"key": ApiKeyPresenter(api_key), "secret": secret},
        )
    return page(request, "organisations/api_keys_create.html", {"form": form})


@require_http_methods(["GET", "POST"])
@permission_required(Permission.MANAGE_API_KEYS)
def api_key_revoke(request, pk: int):
    api_key = get_object_or_404(
        request.organisation.api_keys.select_related("created_by", "revoked_by"), pk=pk
    )
    if request.method == "POST":
        if api_key.is_active:
            services.api_key_revoke(api_key=api_key, by=Auditor.from_request(request))
            messages.success(
                request, f"The key ‘{api_key.name}’ has been revoked. It no longer works."
            )
        return redirect("organisations:api_keys")
    return page(request, "organisations/api_keys_revoke.html", {"key": ApiKeyPresenter(api_key)})
