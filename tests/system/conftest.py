"""Browser journeys: Playwright drives Debian's Chromium against pytest-django's live server.

The fixtures come from pytest-playwright (`browser`, `context`, `page`); we only tell it which
Chromium to launch, since it may not download its own here. The steps below read as the
journey does: `given_i_am_signed_in_as(...)`, `when_i_...`, `then_i_see_...`. Every page a
journey visits is checked with axe through `expect_accessible(page)`.
"""

import os
import re
import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from learnloop.core.audit import Auditor
from learnloop.organisations.demo import load_demo
from learnloop.organisations.demo_people import DEMO_PASSWORD

# Playwright's sync API keeps an asyncio loop running in the main thread, so Django takes every
# ORM call made by a test (or a fixture) for one made from async code and refuses it. The tests
# only call the ORM between browser steps, never concurrently with it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# Generous, for a busy two-core CI machine; Playwright waits only as long as a step needs.
STEP_TIMEOUT_MS = 15_000

_axe = Axe()


def pytest_collection_modifyitems(config, items):
    grouped = config.pluginmanager.hasplugin("xdist")
    for item in items:
        if "tests/system/" in item.nodeid:
            item.add_marker(pytest.mark.browser)
            # Under `--dist loadgroup` one worker runs every journey with one Chromium, while
            # the others run the rest: two browsers on a two-core machine only slow each other.
            if grouped:
                item.add_marker(pytest.mark.xdist_group("browser"))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def base_url(live_server) -> str:
    # Ours replaces pytest-playwright's fallback, which pytest 9 warns about; relative
    # addresses then go to the live server.
    return live_server.url


@pytest.fixture
def page(page: Page) -> Page:
    page.set_default_timeout(STEP_TIMEOUT_MS)
    expect.set_options(timeout=STEP_TIMEOUT_MS)
    return page


@pytest.fixture
def demo(live_server):
    """The demo organisations and people, in the live server's database (emptied after each test)."""
    return load_demo(by=Auditor.system(), base_url=live_server.url)


@pytest.fixture
def demo_people(live_server):
    """The demo without its generated reports, so that a journey's reports are the only ones
    (and the queues it reads are short)."""
    return load_demo(by=Auditor.system(), base_url=live_server.url, reports=False)


# Accessibility -------------------------------------------------------------------------------


def expect_accessible(page: Page) -> None:
    """Run axe on the page as it is now; fail listing every violation and where it is.

    Callers wait for the page they mean (a heading, a URL) after a click; waiting for the
    load event here as well keeps axe off a document that is still being replaced."""
    page.wait_for_load_state("load")
    results = _axe.run(page)
    violations = results.response["violations"]
    if not violations:
        return
    lines = [f"{len(violations)} accessibility violation(s) on {page.url}:"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation.get('impact')}): {violation['help']}")
        for node in violation["nodes"]:
            lines.append(f"    at {', '.join(map(str, node['target']))}: {node['html'][:160]}")
    pytest.fail("\n".join(lines), pytrace=False)


# Steps ---------------------------------------------------------------------------------------


def given_i_am_on(page: Page, live_server, path: str) -> None:
    page.goto(live_server.url + path)
    expect_accessible(page)


def given_i_am_signed_in_as(
    page: Page, live_server, email: str, password: str = DEMO_PASSWORD
) -> None:
    given_i_am_on(page, live_server, "/sign-in/")
    when_i_sign_in_with(page, email, password)
    then_i_am_on_my_home_page(page, live_server)


def when_i_sign_in_with(page: Page, email: str, password: str) -> None:
    page.get_by_label("Email address", exact=True).fill(email)
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_role("button", name="Sign in").click()


def when_i_sign_out(page: Page) -> None:
    page.get_by_role("button", name="Sign out").click()


def when_i_choose_from_the_menu(page: Page, name: str) -> None:
    """Follow a header menu item, opening "More" first when the header had no room for it."""
    menu = page.get_by_role("navigation", name="Menu")
    link = menu.get_by_role("link", name=name, exact=True)
    if not link.is_visible():
        menu.get_by_role("button", name=re.compile("More")).click()
    link.click()


def when_i_go_to(page: Page, live_server, path: str) -> None:
    page.goto(live_server.url + path)


def when_i_switch_organisation_to(page: Page, organisation_name: str) -> None:
    page.get_by_label("Acting for organisation").select_option(label=organisation_name)
    page.get_by_role("button", name="Switch").click()


def then_i_am_on_my_home_page(page: Page, live_server) -> None:
    expect(page).to_have_url(live_server.url + "/")
    expect(page.get_by_text("You are signed in as")).to_be_visible()
    expect_accessible(page)


def then_i_see_the_heading(page: Page, text: str, level: int = 1) -> None:
    expect(page.get_by_role("heading", level=level, name=text, exact=True)).to_be_visible()


def then_i_see_the_organisation_in_the_header(page: Page, organisation_name: str) -> None:
    expect(page.locator("header .nhsuk-header__organisation-name")).to_have_text(organisation_name)


def then_i_see_the_sign_in_page(page: Page) -> None:
    expect(page).to_have_url(re.compile(r"/sign-in/"))
    then_i_see_the_heading(page, "Sign in to learnloop")
    expect_accessible(page)


def then_i_see_an_error_for(page: Page, field_label: str, message: str) -> None:
    """The error summary names the problem and links to the field it is about."""
    summary = page.locator(".nhsuk-error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text(message)
    link = summary.get_by_role("link", name=message)
    target = link.get_attribute("href")
    assert target and target.startswith("#"), f"the error summary link points at {target!r}"
    field = page.locator(target)
    expect(field).to_be_attached()
    link.click()
    expect(page.get_by_label(field_label, exact=True)).to_be_focused()
    expect_accessible(page)
