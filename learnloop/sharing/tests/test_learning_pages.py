"""The learning pages and the API: the same results, snippets escaped, and nothing another
organisation may not see."""

import pytest
from django.test import Client

from learnloop.core.audit import Auditor
from learnloop.organisations import services as organisation_services
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import member
from learnloop.sharing.models import SharingLevel
from learnloop.sharing.tests.learning_builders import draft, organisation_map, published

QUERY = "insulin"


@pytest.fixture
def orgs(db):
    return organisation_map()


@pytest.fixture
def records(orgs):
    """Records matching QUERY at every level, from Kent and Sussex, plus a draft."""
    made = {}
    for name in ("kent_a", "sussex_b", "cqc"):
        for level in SharingLevel:
            made[(name, level)] = published(
                orgs.all()[name], level, title=f"{name} {level.name.lower()} insulin learning"
            )
    made["draft"] = draft(orgs.kent_a, title="kent_a draft insulin learning")
    return made


def client_for(organisation, *roles) -> Client:
    client = Client()
    client.force_login(member(organisation, *(roles or [Role.FRONTLINE_STAFF])))
    return client


def api_client_for(organisation) -> Client:
    admin = member(organisation, Role.ADMINISTRATOR)
    _, secret = organisation_services.api_key_create(
        organisation=organisation, name="Search", by=Auditor(actor=admin, organisation=organisation)
    )
    return Client(HTTP_AUTHORIZATION=f"Bearer {secret}")


def api_titles(client, **params) -> set[str]:
    titles, page = set(), 1
    while True:
        response = client.get("/api/learning", {"q": QUERY, "page": page, "page_size": 2, **params})
        assert response.status_code == 200, response.content
        body = response.json()
        titles |= {item["title"] for item in body["items"]}
        if page >= body["pages"]:
            assert len(titles) == body["count"]
            return titles
        page += 1


def expected_titles(records, orgs, organisation) -> set[str]:
    from learnloop.sharing.models import Learning

    return {
        learning.title
        for key, learning in records.items()
        if Learning.objects.visible_to(organisation).filter(pk=learning.pk).exists()
    }


@pytest.mark.parametrize("viewer", ["kent_a", "kent_b", "kent_icb", "sussex_a", "network", "cqc"])
def test_the_api_returns_exactly_what_the_keys_organisation_may_see(orgs, records, viewer):
    organisation = orgs.all()[viewer]

    titles = api_titles(api_client_for(organisation))

    assert titles == expected_titles(records, orgs, organisation)
    assert "kent_a draft insulin learning" not in titles
    if viewer not in ("kent_a",):
        assert "kent_a organisation insulin learning" not in titles
    if viewer in ("sussex_a", "cqc", "network"):
        assert "kent_a system insulin learning" not in titles


def test_the_api_spells_out_a_sample_of_what_each_organisation_sees(orgs, records):
    assert api_titles(api_client_for(orgs.kent_b)) == {
        "kent_a system insulin learning", "kent_a national insulin learning",
        "kent_a public insulin learning", "sussex_b national insulin learning",
        "sussex_b public insulin learning", "cqc national insulin learning",
        "cqc public insulin learning",
    }  # fmt: skip


def test_without_a_key_the_api_gives_public_records_even_to_a_signed_in_person(orgs, records):
    client = client_for(orgs.kent_a)  # a session, but no key

    assert api_titles(client) == {
        "kent_a public insulin learning", "sussex_b public insulin learning",
        "cqc public insulin learning",
    }  # fmt: skip


def test_a_bad_key_is_refused(orgs, records):
    response = Client(HTTP_X_API_KEY="ll_not-a-key").get("/api/learning", {"q": QUERY})

    assert response.status_code == 401


def test_the_api_gives_the_same_results_as_the_search_page(orgs, records):
    page = client_for(orgs.sussex_a).get("/learning/", {"q": QUERY, "harm": "low"})
    api = api_client_for(orgs.sussex_a).get("/api/learning", {"q": QUERY, "harm": "low"}).json()

    body = page.content.decode()
    assert f"{api['count']} learning records found" in body
    for item in api["items"]:
        assert item["title"] in body
        assert "<mark>insulin</mark>" in item["snippet_html"]
        assert "insulin" in item["snippet"] and "<mark>" not in item["snippet"]


def test_the_api_filters_and_ignores_bad_query_syntax(orgs, records):
    client = api_client_for(orgs.cqc)

    response = client.get(
        "/api/learning", {"q": '"insulin" AND (learning* OR', "source_kind": "aar"}
    )

    assert response.status_code == 200
    assert response.json()["count"] == len(expected_titles(records, orgs, orgs.cqc))
    assert client.get("/api/learning", {"source_kind": "swarm"}).json()["count"] == 0
    assert client.get("/api/learning", {"harm": "nonsense"}).status_code == 422


def test_snippets_from_user_text_are_escaped_except_the_highlight(orgs):
    published(
        orgs.kent_a,
        SharingLevel.NATIONAL,
        title="<b>Bold</b> title",
        what_happened='The pump <script>alert("x")</script> alarmed & nobody heard it.',
    )
    client = client_for(orgs.kent_b)

    body = client.get("/learning/", {"q": "pump alarmed"}).content.decode()

    # SQLite's snippet keeps the tag as text (escaped); PostgreSQL's headline drops tags.
    assert "<script>alert" not in body and "&amp; nobody heard it" in body
    assert "&lt;b&gt;Bold&lt;/b&gt; title" in body
    assert "<mark>pump</mark>" in body and "<mark>alarmed</mark>" in body


def test_the_search_page_shows_the_count_and_pages(orgs):
    for number in range(23):
        published(orgs.kent_a, SharingLevel.SYSTEM, title=f"Falls learning {number}")
    client = client_for(orgs.kent_b)

    first = client.get("/learning/", {"q": "falls"}).content.decode()
    second = client.get("/learning/", {"q": "falls", "page": 2}).content.decode()

    assert "23 learning records found" in first and "Page 1 of 2" in first
    assert "?q=falls&amp;page=2" in first
    assert second.count("Falls learning") == 3
    for page in ("abc", "-1", "0", "9" * 40):
        response = client.get("/learning/", {"q": "falls", "page": page})
        assert response.status_code == 200 and "There is a problem" not in response.content.decode()
    huge = client.get("/api/learning", {"q": "falls", "page": 10**12})  # no key: public only
    assert huge.status_code == 200 and huge.json()["page"] == 1


def test_the_record_page_is_404_outside_the_records_level(orgs, records):
    system_record = records[("kent_a", SharingLevel.SYSTEM)]

    assert client_for(orgs.kent_b).get(f"/learning/{system_record.pk}/").status_code == 200
    assert client_for(orgs.sussex_a).get(f"/learning/{system_record.pk}/").status_code == 404
    assert client_for(orgs.kent_a).get(f"/learning/{records['draft'].pk}/").status_code == 404
    public = records[("kent_a", SharingLevel.PUBLIC)]
    assert Client().get(f"/learning/public/{public.pk}/").status_code == 200
    assert Client().get(f"/learning/public/{system_record.pk}/").status_code == 404


def test_the_record_page_shows_the_changes_with_their_strength_and_counts_the_view(orgs):
    learning = published(
        orgs.kent_a,
        SharingLevel.SYSTEM,
        changes=[
            ("Removed concentrated potassium from ward stock", "stronger"),
            ("Reminded staff at the safety huddle", "weaker"),
        ],
    )

    body = client_for(orgs.kent_b).get(f"/learning/{learning.pk}/").content.decode()

    assert "Removed concentrated potassium from ward stock" in body
    assert "Stronger action" in body and "Weaker action" in body
    learning.refresh_from_db()
    assert learning.view_count == 1


def test_an_anonymised_publisher_is_shown_by_region_at_national_level(orgs):
    learning = published(
        orgs.kent_a, SharingLevel.NATIONAL, anonymised_publisher=True, contact="lead@kent-a.example"
    )

    outside = client_for(orgs.sussex_a).get(f"/learning/{learning.pk}/").content.decode()
    inside = client_for(orgs.kent_a).get(f"/learning/{learning.pk}/").content.decode()

    assert "An NHS trust in South East" in outside
    assert orgs.kent_a.name not in outside and "lead@kent-a.example" not in outside
    assert orgs.kent_a.name in inside and "lead@kent-a.example" in inside


def test_the_public_page_lists_public_records_without_signing_in(orgs, records):
    body = Client().get("/learning/public/", {"q": QUERY}).content.decode()

    assert "3 learning records found" in body
    assert "kent_a national insulin learning" not in body


def test_family_members_are_refused_the_members_search(orgs):
    assert client_for(orgs.kent_a, Role.FAMILY_MEMBER).get("/learning/").status_code == 403


def test_a_bad_filter_is_shown_as_an_error_and_the_rest_of_the_search_still_runs(orgs, records):
    client = client_for(orgs.kent_b)

    body = client.get("/learning/", {"q": QUERY, "published_from": "last tuesday"}).content.decode()

    assert "There is a problem" in body and "Enter a date like 2026-03-31" in body
    assert f"{len(expected_titles(records, orgs, orgs.kent_b))} learning records found" in body


def test_beyond_the_counting_cap_the_page_and_the_api_say_more_than(orgs, monkeypatch):
    from learnloop.sharing import search

    for number in range(3):
        published(orgs.kent_a, SharingLevel.PUBLIC, title=f"Falls learning {number}")
    client = client_for(orgs.kent_b)

    monkeypatch.setattr(search, "COUNT_CAP", 1)
    page = client.get("/learning/", {"q": "falls"}).content.decode()
    assert "More than 1 learning record found" in page
    body = client.get("/api/learning", {"q": "falls"}).json()
    assert (body["count"], body["count_is_lower_bound"], body["pages"]) == (1, True, 1)

    monkeypatch.setattr(search, "COUNT_CAP", 2)
    page = client.get("/learning/", {"q": "falls"}).content.decode()
    assert "More than 2 learning records found" in page

    monkeypatch.setattr(search, "COUNT_CAP", 3)
    page = client.get("/learning/", {"q": "falls"}).content.decode()
    assert "3 learning records found" in page and "More than" not in page
    body = client.get("/api/learning", {"q": "falls"}).json()
    assert (body["count"], body["count_is_lower_bound"]) == (3, False)
