"""The error pages a person may meet, checked in the browser with axe."""

import pytest
from django.urls import include, path
from playwright.sync_api import expect

from .conftest import expect_accessible, then_i_see_the_heading, when_i_go_to

pytestmark = pytest.mark.browser


def broken_view(request):
    raise RuntimeError("a bug")


urlpatterns = [
    path("broken/", broken_view),
    path("", include("learnloop.config.urls")),
]


def test_the_500_page_is_accessible(page, live_server, settings):
    settings.ROOT_URLCONF = __name__
    settings.DEBUG_PROPAGATE_EXCEPTIONS = False

    when_i_go_to(page, live_server, "/broken/")

    then_i_see_the_heading(page, "Sorry, there is a problem with the service")
    expect(page.locator("header.nhsuk-header")).to_be_visible()
    expect_accessible(page)
