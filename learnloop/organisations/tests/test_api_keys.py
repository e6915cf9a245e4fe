"""The administrator's API key pages: list, create (secret shown once), revoke."""

from datetime import UTC, datetime

import pytest
from django.apps import apps
from django.core import serializers

from learnloop.core.audit import Auditor
from learnloop.core.models import AuditLog
from learnloop.organisations import services
from learnloop.organisations.api_key_presenters import (
    ApiKeyListPresenter,
    ApiKeyPresenter,
    person,
    when,
)
from learnloop.organisations.models import ApiKey
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import UserFactory

LIST_URL = "/organisation/api-keys/"
CREATE_URL = "/organisation/api-keys/new/"


def revoke_url(api_key):
    return f"/organisation/api-keys/{api_key.pk}/revoke/"


@pytest.fixture
def admin(make_member):
    return make_member(Role.ADMINISTRATOR, full_name="Ada Admin")


@pytest.fixture
def admin_client(client, admin):
    client.force_login(admin)
    return client


@pytest.fixture
def api_key(trust, admin):
    key, _ = services.api_key_create(
        organisation=trust,
        name="Incident reporting system",
        by=Auditor(actor=admin, organisation=trust),
    )
    return key


def whole_database_as_text() -> str:
    return "".join(
        serializers.serialize("json", model.objects.all()) for model in apps.get_models()
    )


# Creating a key


@pytest.mark.django_db
def test_the_create_page_asks_for_a_name(admin_client):
    response = admin_client.get(CREATE_URL)

    assert response.status_code == 200
    assert 'name="name"' in response.content.decode()


@pytest.mark.django_db
def test_an_administrator_creates_a_key_and_sees_its_secret_once(admin_client, trust):
    response = admin_client.post(CREATE_URL, {"name": "  Ward dashboard  "})

    assert response.status_code == 200
    api_key = trust.api_keys.get()
    assert api_key.name == "Ward dashboard"
    body = response.content.decode()
    secret = body.split('id="api-key-secret"')[1].split('value="')[1].split('"')[0]
    assert secret.startswith("ll_")
    assert ApiKey.digest(secret) == api_key.key_digest
    assert "Copy the key now" in body
    assert "no-store" in response["Cache-Control"]
    # Never again: not on the list, not on the revoke page, not in the database.
    assert secret not in admin_client.get(LIST_URL).content.decode()
    assert secret not in admin_client.get(revoke_url(api_key)).content.decode()
    assert secret not in whole_database_as_text()


@pytest.mark.django_db
def test_creating_a_key_is_audited(admin_client, trust, admin):
    admin_client.post(CREATE_URL, {"name": "Ward dashboard"})

    api_key = trust.api_keys.get()
    entry = AuditLog.objects.get(object_type="organisations.ApiKey", object_id=str(api_key.pk))
    assert entry.action == AuditLog.Action.CREATE
    assert entry.actor == admin
    assert entry.organisation == trust


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "Enter a name for the key"),
        ("   ", "Enter a name for the key"),
        ("x" * 101, "The name must be 100 characters or fewer"),
    ],
)
@pytest.mark.django_db
def test_a_key_needs_a_name(admin_client, trust, name, message):
    response = admin_client.post(CREATE_URL, {"name": name})

    assert response.status_code == 200
    body = response.content.decode()
    assert message in body
    assert "There is a problem" in body
    assert 'href="#id_name"' in body
    assert not trust.api_keys.exists()


# Listing keys


@pytest.mark.django_db
def test_the_list_shows_active_and_revoked_keys(admin_client, trust, admin, api_key):
    old_key, _ = services.api_key_create(
        organisation=trust, name="Old pharmacy feed", by=Auditor(actor=admin)
    )
    services.api_key_revoke(api_key=old_key, by=Auditor(actor=admin))

    response = admin_client.get(LIST_URL)

    assert response.status_code == 200
    body = response.content.decode()
    active, revoked = body.split("Revoked keys")
    assert "Incident reporting system" in active
    assert f"{api_key.key_prefix}…" in active
    assert "Ada Admin" in active
    assert "Never" in active
    assert "Old pharmacy feed" in revoked
    assert "Old pharmacy feed" not in active


@pytest.mark.django_db
def test_the_list_says_when_there_are_no_keys(admin_client):
    body = admin_client.get(LIST_URL).content.decode()

    assert "There are no active keys." in body
    assert "Revoked keys" not in body


@pytest.mark.django_db
def test_the_list_shows_only_this_organisations_keys(
    admin_client, other_trust, make_member, api_key
):
    other_admin = make_member(Role.ADMINISTRATOR, organisation=other_trust)
    services.api_key_create(
        organisation=other_trust, name="West secret system", by=Auditor(actor=other_admin)
    )

    body = admin_client.get(LIST_URL).content.decode()

    assert "Incident reporting system" in body
    assert "West secret system" not in body


# Revoking a key


@pytest.mark.django_db
def test_revoking_asks_for_confirmation_first(admin_client, api_key):
    response = admin_client.get(revoke_url(api_key))

    assert response.status_code == 200
    assert "Revoke the API key ‘Incident reporting system’?" in response.content.decode()
    api_key.refresh_from_db()
    assert api_key.is_active


@pytest.mark.django_db
def test_an_administrator_revokes_a_key(admin_client, admin, api_key):
    response = admin_client.post(revoke_url(api_key))

    assert response.status_code == 302
    assert response["Location"] == LIST_URL
    api_key.refresh_from_db()
    assert api_key.revoked_at is not None
    assert api_key.revoked_by == admin
    entry = AuditLog.objects.filter(
        object_type="organisations.ApiKey", object_id=str(api_key.pk)
    ).last()
    assert entry.action == AuditLog.Action.UPDATE
    assert entry.actor == admin
    assert "Revoked" in entry.summary
    assert "has been revoked" in admin_client.get(LIST_URL).content.decode()


@pytest.mark.django_db
def test_a_revoked_key_stops_working_on_the_api(admin_client, trust, admin):
    admin_client.post(CREATE_URL, {"name": "Ward dashboard"})
    api_key = trust.api_keys.get()
    secret_page = admin_client.post(CREATE_URL, {"name": "Second"}).content.decode()
    second_secret = secret_page.split('id="api-key-secret"')[1].split('value="')[1].split('"')[0]
    second_key = trust.api_keys.get(name="Second")
    assert (
        admin_client.get("/api/organisation", headers={"X-API-Key": second_secret}).status_code
        == 200
    )

    admin_client.post(revoke_url(second_key))

    assert (
        admin_client.get("/api/organisation", headers={"X-API-Key": second_secret}).status_code
        == 401
    )
    api_key.refresh_from_db()
    assert api_key.is_active


@pytest.mark.django_db
def test_revoking_twice_changes_and_audits_nothing_more(admin_client, api_key):
    admin_client.post(revoke_url(api_key))
    api_key.refresh_from_db()
    first_revoked_at = api_key.revoked_at
    entries = AuditLog.objects.count()

    response = admin_client.post(revoke_url(api_key))

    assert response.status_code == 302
    api_key.refresh_from_db()
    assert api_key.revoked_at == first_revoked_at
    assert AuditLog.objects.count() == entries


@pytest.mark.django_db
def test_the_revoke_page_of_a_revoked_key_says_so(admin_client, api_key):
    admin_client.post(revoke_url(api_key))

    body = admin_client.get(revoke_url(api_key)).content.decode()

    assert "has been revoked" in body
    assert "Revoke key" not in body


# Who may use the pages


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", LIST_URL),
        ("get", CREATE_URL),
        ("post", CREATE_URL),
        ("get", "revoke"),
        ("post", "revoke"),
    ],
)
@pytest.mark.parametrize(
    "role", [Role.FRONTLINE_STAFF, Role.PATIENT_SAFETY_LEAD, Role.FAMILY_MEMBER]
)
@pytest.mark.django_db
def test_people_who_do_not_manage_keys_get_403(client, make_member, api_key, role, method, url):
    client.force_login(make_member(role))
    url = revoke_url(api_key) if url == "revoke" else url

    response = getattr(client, method)(url, {"name": "Sneaky key"} if method == "post" else None)

    assert response.status_code == 403
    api_key.refresh_from_db()
    assert api_key.is_active
    assert not ApiKey.objects.filter(name="Sneaky key").exists()


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.django_db
def test_an_administrator_of_another_trust_gets_404_for_this_trusts_keys(
    client, other_trust, make_member, api_key, method
):
    client.force_login(make_member(Role.ADMINISTRATOR, organisation=other_trust))

    response = getattr(client, method)(revoke_url(api_key))

    assert response.status_code == 404
    api_key.refresh_from_db()
    assert api_key.is_active


@pytest.mark.django_db
def test_an_unknown_key_id_gets_404(admin_client, api_key):
    assert (
        admin_client.get(f"/organisation/api-keys/{api_key.pk + 1000}/revoke/").status_code == 404
    )


@pytest.mark.parametrize("url", [LIST_URL, CREATE_URL])
@pytest.mark.django_db
def test_signed_out_people_are_sent_to_sign_in(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/sign-in/")


@pytest.mark.django_db
def test_other_methods_are_not_allowed(admin_client, api_key):
    assert admin_client.put(LIST_URL).status_code == 405
    assert admin_client.delete(revoke_url(api_key)).status_code == 405


# Presenters


def test_when_formats_a_moment_in_london_time():
    summer = datetime(2026, 7, 3, 13, 5, tzinfo=UTC)

    assert when(summer) == "3 July 2026, 14:05"
    assert when(None) == "Never"


def test_person_falls_back_to_email_then_unknown():
    assert person(UserFactory.build(full_name="", email="a@trust.example")) == "a@trust.example"
    assert person(UserFactory.build(full_name="Bea Lead")) == "Bea Lead"
    assert person(None) == "Unknown"


def test_a_key_presenter_describes_an_active_and_a_revoked_key():
    creator = UserFactory.build(full_name="Ada Admin")
    active = ApiKey(
        pk=1,
        name="Feed",
        key_prefix="ll_abcdefg",
        created_by=creator,
        created_at=datetime(2026, 1, 5, 9, 30, tzinfo=UTC),
    )
    revoked = ApiKey(
        pk=2,
        name="Old",
        key_prefix="ll_zyxwvut",
        created_by=creator,
        revoked_by=creator,
        created_at=datetime(2026, 1, 5, 9, 30, tzinfo=UTC),
        revoked_at=datetime(2026, 2, 1, 10, 0, tzinfo=UTC),
    )

    shown_active, shown_revoked = ApiKeyPresenter(active), ApiKeyPresenter(revoked)
    listed = ApiKeyListPresenter([active, revoked])

    assert shown_active.prefix == "ll_abcdefg…"
    assert shown_active.created == "5 January 2026, 09:30"
    assert (shown_active.status, shown_active.status_colour, shown_active.revoked) == (
        "Active",
        "green",
        "",
    )
    assert (shown_revoked.status, shown_revoked.status_colour) == ("Revoked", "grey")
    assert shown_revoked.revoked == "1 February 2026, 10:00 by Ada Admin"
    assert [k.name for k in listed.active] == ["Feed"]
    assert [k.name for k in listed.revoked] == ["Old"]
