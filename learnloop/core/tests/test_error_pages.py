"""NHS-style error pages: 403, 404 and 500, each with the service's header."""

import pytest
from django.test import Client
from django.urls import include, path

from learnloop.organisations.roles import Role


def broken_view(request):
    raise RuntimeError("a bug")


urlpatterns = [
    path("broken/", broken_view),
    path("", include("learnloop.config.urls")),
]


@pytest.mark.django_db
def test_500_is_the_nhs_problem_page_and_says_nothing_was_lost(settings):
    settings.ROOT_URLCONF = __name__
    client = Client(raise_request_exception=False)

    response = client.get("/broken/")

    body = response.content.decode()
    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in body
    assert "Nothing you saved before this has been lost" in body
    assert "nhsuk-header" in body and "a bug" not in body


@pytest.mark.django_db
def test_404_is_the_nhs_page_not_found(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


@pytest.mark.django_db
def test_403_names_the_organisation_and_who_to_ask(client, make_member, trust):
    client.force_login(make_member(Role.FRONTLINE_STAFF))

    response = client.get("/organisation/people/")

    body = response.content.decode()
    assert response.status_code == 403
    assert "You do not have permission to see this page" in body
    assert trust.name in body
