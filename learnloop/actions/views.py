"""Safety action pages: adopt another organisation's learning (/learning/<id>/adopt/), the
organisation's actions (/actions/) and one action (/actions/<id>/), which its owner or a person
who sets actions marks completed.

Actions are reached through `request.organisation`, so another organisation's id gives 404;
a learning record is reached through `search.readable_learning`, which applies the sharing
levels, and never the organisation's own.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from learnloop.actions import services
from learnloop.actions.forms import SafetyActionForm, apply_service_errors
from learnloop.actions.presenters import SafetyActionPresenter, adoption_initial
from learnloop.actions.querysets import possible_owners
from learnloop.core.audit import Auditor
from learnloop.core.views import page
from learnloop.organisations.access import permission_required
from learnloop.organisations.roles import Permission
from learnloop.organisations.rules import has_permission
from learnloop.sharing import search
from learnloop.sharing.learning_presenters import LearningPresenter

PAGE_SIZE = 50


def _action(request, pk):
    return get_object_or_404(
        request.organisation.safety_actions.select_related("owner", "created_by", "adopted_from"),
        pk=pk,
    )


def _may_complete(request, action) -> bool:
    # The people who set actions, and the person who owns this one.
    return action.owner_id == request.user.pk or has_permission(
        request.user, Permission.ADOPT_LEARNING, request.organisation
    )


@permission_required(Permission.ADOPT_LEARNING)
@require_http_methods(["GET", "POST"])
def adopt(request, pk):
    organisation = request.organisation
    # A record not shared with the organisation, or its own, is 404 as if it did not exist.
    learning = get_object_or_404(
        search.readable_learning(organisation).exclude(organisation=organisation), pk=pk
    )
    adopted = organisation.safety_actions.filter(adopted_from=learning).first()
    if adopted is not None:
        messages.info(request, "Your organisation has adopted this learning already.")
        return redirect("actions:detail", pk=adopted.pk)
    record = LearningPresenter(learning, organisation)
    form = SafetyActionForm(
        request.POST if request.method == "POST" else None,
        owners=possible_owners(organisation),
        initial=adoption_initial(learning, record.publisher),
    )
    if form.is_bound and form.is_valid():
        try:
            action = services.learning_adopt(
                learning=learning,
                organisation=organisation,
                **form.service_fields(),
                by=Auditor.from_request(request),
            )
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(
                request,
                "Learning adopted: it is now one of your organisation's safety actions.",
            )
            return redirect("actions:detail", pk=action.pk)
    return page(request, "actions/adopt.html", {"form": form, "learning": record})


@permission_required(Permission.VIEW_ACTIONS)
@require_GET
def index(request):
    actions = request.organisation.safety_actions.in_list_order().select_related(
        "owner", "adopted_from"
    )
    paginator = Paginator(actions, PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    return page(
        request,
        "actions/index.html",
        {
            "actions": [SafetyActionPresenter(action) for action in page_obj],
            "page_obj": page_obj,
            "total": paginator.count,
        },
    )


@permission_required(Permission.VIEW_ACTIONS)
@require_GET
def detail(request, pk):
    action = _action(request, pk)
    return page(
        request,
        "actions/detail.html",
        {
            "action": SafetyActionPresenter(action),
            "may_complete": action.is_open and _may_complete(request, action),
        },
    )


@permission_required(Permission.VIEW_ACTIONS)
@require_POST
def complete(request, pk):
    action = _action(request, pk)
    if not _may_complete(request, action):
        raise PermissionDenied("Only the action's owner or a person who sets actions completes it.")
    try:
        services.action_complete(action=action, by=Auditor.from_request(request))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "Action marked as completed.")
    return redirect("actions:detail", pk=action.pk)
