"""Subscriptions to the learning exchange: a person's own list, saving a search, deleting one.

Subscriptions are read through the current organisation and the signed-in person
(`request.organisation.learning_subscriptions.filter(user=request.user)`), so someone else's
subscription is a 404, as if it did not exist."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_GET, require_http_methods

from learnloop.core.audit import Auditor
from learnloop.core.views import page
from learnloop.organisations.access import permission_required
from learnloop.organisations.roles import Permission
from learnloop.sharing import subscriptions
from learnloop.sharing.models import Subscription
from learnloop.sharing.subscription_forms import SubscriptionForm, criteria_from
from learnloop.sharing.subscription_presenters import SearchToSave, SubscriptionPresenter


def _own_subscriptions(request):
    return request.organisation.learning_subscriptions.filter(user=request.user)


@permission_required(Permission.VIEW_LEARNING)
@require_GET
def index(request):
    return page(
        request,
        "sharing/subscriptions/index.html",
        {"subscriptions": [SubscriptionPresenter(s) for s in _own_subscriptions(request)]},
    )


@permission_required(Permission.VIEW_LEARNING)
@require_http_methods(["GET", "POST"])
def new(request):
    posted = request.method == "POST"
    query, filters = criteria_from(request.POST if posted else request.GET)
    to_save = SearchToSave(query, filters)
    form = SubscriptionForm(
        request.POST if posted else None,
        initial={"name": to_save.suggested_name, "frequency": Subscription.Frequency.WEEKLY},
    )
    if posted and form.is_valid():
        try:
            subscription = subscriptions.subscription_create(
                organisation=request.organisation,
                user=request.user,
                name=form.cleaned_data["name"],
                query=query,
                filters=filters,
                frequency=form.cleaned_data["frequency"],
                by=Auditor.from_request(request),
            )
        except ValidationError as error:
            form.add_service_errors(error)
        else:
            messages.success(
                request,
                f"Subscribed to ‘{subscription.name}’. New learning that matches will be "
                f"emailed to you {subscription.get_frequency_display().lower()}.",
            )
            return redirect("learning:subscriptions")
    return page(request, "sharing/subscriptions/new.html", {"form": form, "search": to_save})


@permission_required(Permission.VIEW_LEARNING)
@require_http_methods(["GET", "POST"])
def delete(request, pk: int):
    subscription = get_object_or_404(_own_subscriptions(request), pk=pk)
    if request.method == "POST":
        name = subscription.name
        subscriptions.subscription_delete(
            subscription=subscription, by=Auditor.from_request(request)
        )
        messages.success(request, f"Deleted ‘{name}’. You will get no more emails about it.")
        return redirect("learning:subscriptions")
    return page(
        request,
        "sharing/subscriptions/delete.html",
        {"subscription": SubscriptionPresenter(subscription)},
    )
