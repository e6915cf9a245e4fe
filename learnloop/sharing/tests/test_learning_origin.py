"""An imported coroner's report on its record page: who it was sent to (organisations known to
learnloop marked) and a link to the original."""

import datetime as dt

import pytest
from django.test import Client

from learnloop.core.audit import Auditor
from learnloop.organisations.models import Organisation
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import OrganisationFactory, member
from learnloop.sharing import pfd
from learnloop.sharing.learning_presenters import OriginPresenter
from learnloop.sharing.models import Learning, SharingLevel
from learnloop.sharing.tests.learning_builders import published

JUDICIARY_URL = "https://www.judiciary.uk/invented-coroners-report/"  # invented, not a report
JUDICIARY_LINK = "Read the coroner&#39;s report on the Courts and Tribunals Judiciary website"


@pytest.fixture
def riverside(db):
    return OrganisationFactory(name="Riverside Hospitals NHS Foundation Trust")


def imported(url=JUDICIARY_URL, receivers=None) -> Learning:
    """A coroner's report imported as the command imports it. Invented words."""
    row = pfd.PfdRow(
        row_number=1,
        url=url,
        date=dt.date(2025, 3, 4),
        area="Northshire",
        receivers=receivers
        if receivers is not None
        else [
            "riverside hospitals foundation trust (nhs)",
            "Minister for Lighthouses",
            "Riverside Hospitals NHS Foundation Trust",
        ],
        categories=["Falls"],
        circumstances="A fall on the stairs of a ward at night.",
        concerns="Handrails were missing on one side of the stairs.",
    )
    matcher = pfd.OrganisationMatcher(
        Organisation.objects.exclude(name__startswith=pfd.PUBLISHER_PREFIX)
    )
    return pfd.import_row(row=row, matcher=matcher, by=Auditor.system())


def public_page(learning) -> str:
    response = Client().get(f"/learning/public/{learning.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_record_says_who_it_was_sent_to_and_links_to_the_judiciary(riverside):
    learning = imported()

    body = public_page(learning)

    assert '<h2 id="sent-to">Sent to</h2>' in body
    assert "The coroner asked each of them to respond within 56 days." in body
    assert "riverside hospitals foundation trust (nhs)" in body
    assert "(on learnloop as Riverside Hospitals NHS Foundation Trust)" in body
    assert "Minister for Lighthouses" in body
    # Named as learnloop knows it: marked, without repeating the name.
    assert body.count("on learnloop") == 2
    assert f'<a href="{JUDICIARY_URL}" rel="noopener noreferrer">{JUDICIARY_LINK}</a>' in body


def test_the_addressed_organisation_sees_it_is_addressed_to_it(riverside):
    learning = imported()
    client = Client()
    client.force_login(member(riverside, Role.PATIENT_SAFETY_LEAD))

    body = client.get(f"/learning/{learning.pk}/").content.decode()

    assert "(your organisation)" in body
    assert "(your organisation as Riverside Hospitals NHS Foundation Trust)" in body
    assert "Minister for Lighthouses" in body


def test_another_source_gets_a_plain_link(db):
    learning = imported(url="https://example.org/pfd/invented", receivers=[])

    body = public_page(learning)

    assert "Sent to" not in body
    assert '<a href="https://example.org/pfd/invented" rel="noopener noreferrer">' in body
    assert "Read the original report" in body
    assert "Judiciary website" not in body


def test_a_record_with_no_addressees_and_no_source_shows_neither(db):
    learning = published(
        OrganisationFactory(name="Kent A Test Trust"), SharingLevel.PUBLIC, title="Bed rails"
    )

    body = public_page(learning)

    assert "Sent to" not in body
    assert "Read the original report" not in body
    assert "Judiciary website" not in body


def test_names_are_escaped_and_only_web_addresses_become_links(db):
    learning = imported(url="javascript:alert(1)", receivers=["<script>alert(1)</script>"])

    body = public_page(learning)

    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "javascript:" not in body
    assert OriginPresenter(learning).source_url == ""


@pytest.mark.parametrize(
    ("url", "judiciary"),
    [
        (JUDICIARY_URL, True),
        ("https://judiciary.uk/x", True),
        ("http://WWW.JUDICIARY.UK/x", True),
        ("https://judiciary.uk.example.org/x", False),
        ("https://notjudiciary.uk/x", False),
        ("https://example.org/?next=judiciary.uk", False),
    ],
)
def test_only_the_judiciarys_own_site_is_named_as_it(db, url, judiciary):
    origin = OriginPresenter(Learning(source_url=url, source_kind=Learning.SourceKind.PFD))

    assert origin.is_judiciary is judiciary
    assert ("Judiciary website" in origin.source_link_text) is judiciary
