"""The learning exchange's pages: search (signed in, or public records without signing in)
and a record's page. Every read goes through `search`, which applies the sharing levels; a
record the person may not see is 404, as if it did not exist."""

from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from learnloop.actions.presenters import AdoptionPanel
from learnloop.core.views import page
from learnloop.organisations.access import permission_required
from learnloop.organisations.roles import Permission
from learnloop.sharing import learning_services, search
from learnloop.sharing.learning_forms import LearningSearchForm
from learnloop.sharing.learning_presenters import LearningPresenter, SearchPresenter
from learnloop.sharing.learning_write_presenters import PublisherPanel


def _search_page(request, *, organisation, public: bool):
    form = LearningSearchForm(request.GET)
    results = search.search(
        organisation=organisation,
        query=form.query,
        filters=form.filters(),
        page=form.page_number,
    )
    return page(
        request,
        "sharing/learning/search.html",
        {
            "form": form,
            "public": public,
            "searched": bool(form.query) or form.filtered,
            "results": SearchPresenter(results, organisation, request.GET.dict(), public=public),
        },
    )


def _record_page(request, pk, *, organisation, public: bool):
    learning = get_object_or_404(search.readable_learning(organisation), pk=pk)
    learning_services.learning_viewed(learning=learning, organisation=organisation)
    return page(
        request,
        "sharing/learning/detail.html",
        {
            "learning": LearningPresenter(learning, organisation, public=public),
            "public": public,
            # "Adopt this learning", or when the organisation did (learnloop/actions).
            "adoption": None if public else AdoptionPanel.for_request(request, learning),
            # The publisher's own figures and a way to manage the record.
            "publisher": None if public else PublisherPanel.for_request(request, learning),
        },
    )


@permission_required(Permission.VIEW_LEARNING)
@require_GET
def index(request):
    return _search_page(request, organisation=request.organisation, public=False)


@require_GET
def public_index(request):
    return _search_page(request, organisation=None, public=True)


@permission_required(Permission.VIEW_LEARNING)
@require_GET
def detail(request, pk):
    return _record_page(request, pk, organisation=request.organisation, public=False)


@require_GET
def public_detail(request, pk):
    return _record_page(request, pk, organisation=None, public=True)
