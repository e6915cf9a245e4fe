"""The organisations API: keys, the key's own organisation, departments and the directory."""

import pytest

from learnloop.core.audit import Auditor
from learnloop.organisations import services
from learnloop.organisations.api_auth import (
    MISSING_KEY_MESSAGE,
    PUBLIC,
    REFUSED_KEY_MESSAGE,
    public_unless_key_sent,
)
from learnloop.organisations.models import ApiKey, Organisation
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import DepartmentFactory, OrganisationFactory


@pytest.fixture
def make_key(make_member):
    def make(organisation, name="Incident reporting system"):
        admin = make_member(Role.ADMINISTRATOR, organisation=organisation)
        return services.api_key_create(
            organisation=organisation, name=name, by=Auditor(actor=admin, organisation=organisation)
        )

    return make


@pytest.fixture
def key_of_trust(trust, make_key):
    """(ApiKey, secret) for `trust`."""
    return make_key(trust)


def bearer(secret):
    return {"Authorization": f"Bearer {secret}"}


# Authentication


@pytest.mark.django_db
def test_a_key_sent_as_a_bearer_token_reads_its_organisation(client, trust, key_of_trust):
    _, secret = key_of_trust

    response = client.get("/api/organisation", headers=bearer(secret))

    assert response.status_code == 200
    assert response.json()["name"] == "East Test NHS Trust"


@pytest.mark.django_db
def test_a_key_sent_in_the_x_api_key_header_reads_its_organisation(client, trust, key_of_trust):
    _, secret = key_of_trust

    response = client.get("/api/organisation", headers={"X-API-Key": secret})

    assert response.status_code == 200
    assert response.json()["ods_code"] == trust.ods_code


@pytest.mark.django_db
def test_no_key_gets_401_saying_how_to_send_one(client, trust):
    response = client.get("/api/organisation")

    assert response.status_code == 401
    assert response.json() == {"detail": MISSING_KEY_MESSAGE}
    assert response["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.django_db
def test_a_revoked_key_gets_401(client, trust, key_of_trust, make_member):
    api_key, secret = key_of_trust
    admin = make_member(Role.ADMINISTRATOR)
    services.api_key_revoke(api_key=api_key, by=Auditor(actor=admin, organisation=trust))

    response = client.get("/api/organisation", headers=bearer(secret))

    assert response.status_code == 401
    assert response.json() == {"detail": REFUSED_KEY_MESSAGE}


@pytest.mark.parametrize(
    "headers",
    [
        {"Authorization": "Bearer ll_not-a-real-key"},
        {"Authorization": "Bearer something-else"},
        {"Authorization": "Bearer "},
        {"X-API-Key": "ll_not-a-real-key"},
        {"X-API-Key": "garbage"},
    ],
)
@pytest.mark.django_db
def test_a_garbage_key_gets_401(client, trust, key_of_trust, headers):
    response = client.get("/api/organisation", headers=headers)

    assert response.status_code == 401
    assert response.json() == {"detail": REFUSED_KEY_MESSAGE}


@pytest.mark.django_db
def test_a_key_whose_secret_is_changed_by_one_character_is_refused(client, key_of_trust):
    _, secret = key_of_trust
    altered = secret[:-1] + ("A" if secret[-1] != "A" else "B")

    response = client.get("/api/organisation", headers=bearer(altered))

    assert response.status_code == 401


@pytest.mark.django_db
def test_a_key_of_an_organisation_that_has_closed_is_refused(client, trust, key_of_trust):
    _, secret = key_of_trust
    Organisation.objects.filter(pk=trust.pk).update(is_active=False)

    response = client.get("/api/organisation", headers=bearer(secret))

    assert response.status_code == 401


@pytest.mark.django_db
def test_a_signed_in_browser_session_is_not_an_api_key(client, trust, make_member):
    client.force_login(make_member(Role.ADMINISTRATOR))

    response = client.get("/api/organisation")

    assert response.status_code == 401


@pytest.mark.django_db
def test_each_authenticated_call_records_when_the_key_was_last_used(client, key_of_trust):
    api_key, secret = key_of_trust
    assert api_key.last_used_at is None

    client.get("/api/departments", headers=bearer(secret))

    api_key.refresh_from_db()
    assert api_key.last_used_at is not None


@pytest.mark.django_db
def test_a_refused_key_does_not_touch_last_used(client, trust, key_of_trust, make_member):
    api_key, secret = key_of_trust
    services.api_key_revoke(api_key=api_key, by=Auditor(actor=make_member(Role.ADMINISTRATOR)))

    client.get("/api/organisation", headers=bearer(secret))

    api_key.refresh_from_db()
    assert api_key.last_used_at is None


# The key's own organisation and its departments


@pytest.mark.django_db
def test_own_organisation_has_its_system_and_departments(client, make_key):
    icb = OrganisationFactory(name="NHS Test ICB", ods_code="QXX", kind=Organisation.Kind.ICB)
    trust = OrganisationFactory(name="Hill NHS Trust", ods_code="RXX", system=icb)
    surgery = DepartmentFactory(organisation=trust, name="Surgery", kind="department", site="Main")
    DepartmentFactory(organisation=trust, name="Ash Ward", kind="ward", parent=surgery)
    _, secret = make_key(trust)

    response = client.get("/api/organisation", headers=bearer(secret))

    body = response.json()
    assert body["name"] == "Hill NHS Trust"
    assert body["ods_code"] == "RXX"
    assert body["kind"] == "trust"
    assert body["kind_label"] == "NHS trust"
    assert body["system"] == {"name": "NHS Test ICB", "ods_code": "QXX"}
    assert [d["name"] for d in body["departments"]] == ["Ash Ward", "Surgery"]
    ash = body["departments"][0]
    assert ash["parent_id"] == surgery.pk
    assert ash["kind"] == "ward"
    assert ash["kind_label"] == "Ward"


@pytest.mark.django_db
def test_an_icb_is_its_own_system_and_a_regulator_has_none(client, make_key):
    icb = OrganisationFactory(name="NHS Test ICB", ods_code="QYY", kind=Organisation.Kind.ICB)
    regulator = OrganisationFactory(
        name="Care Regulator", ods_code=None, kind=Organisation.Kind.REGULATOR
    )
    _, icb_secret = make_key(icb)
    _, regulator_secret = make_key(regulator)

    icb_body = client.get("/api/organisation", headers=bearer(icb_secret)).json()
    regulator_body = client.get("/api/organisation", headers=bearer(regulator_secret)).json()

    assert icb_body["system"] == {"name": "NHS Test ICB", "ods_code": "QYY"}
    assert regulator_body["system"] is None
    assert regulator_body["ods_code"] is None


@pytest.mark.django_db
def test_departments_lists_the_keys_organisation_departments(client, trust, key_of_trust):
    DepartmentFactory(organisation=trust, name="Emergency Department", kind="department")
    DepartmentFactory(organisation=trust, name="Cardiology", kind="specialty")
    _, secret = key_of_trust

    response = client.get("/api/departments", headers=bearer(secret))

    assert response.status_code == 200
    assert [(d["name"], d["kind"]) for d in response.json()] == [
        ("Cardiology", "specialty"),
        ("Emergency Department", "department"),
    ]


@pytest.mark.django_db
def test_departments_needs_a_key(client, trust):
    assert client.get("/api/departments").status_code == 401


@pytest.mark.django_db
def test_a_key_of_trust_a_never_returns_trust_b_departments(client, trust, other_trust, make_key):
    DepartmentFactory(organisation=trust, name="East Ward")
    DepartmentFactory(organisation=other_trust, name="West Ward")
    _, secret_a = make_key(trust)
    _, secret_b = make_key(other_trust)

    departments_a = client.get("/api/departments", headers=bearer(secret_a)).json()
    organisation_a = client.get("/api/organisation", headers={"X-API-Key": secret_a}).json()
    departments_b = client.get("/api/departments", headers=bearer(secret_b)).json()

    assert [d["name"] for d in departments_a] == ["East Ward"]
    assert [d["name"] for d in organisation_a["departments"]] == ["East Ward"]
    assert organisation_a["name"] == trust.name
    assert [d["name"] for d in departments_b] == ["West Ward"]


@pytest.mark.django_db
def test_the_key_decides_the_organisation_not_the_signed_in_session(
    client, trust, other_trust, make_key, make_member
):
    # Someone signed in to trust A whose system sends trust B's key gets trust B, only.
    client.force_login(make_member(Role.ADMINISTRATOR, organisation=trust))
    DepartmentFactory(organisation=trust, name="East Ward")
    _, secret_b = make_key(other_trust)

    body = client.get("/api/organisation", headers=bearer(secret_b)).json()

    assert body["name"] == other_trust.name
    assert body["departments"] == []


# The public directory


@pytest.fixture
def directory(db):
    icb = OrganisationFactory(name="NHS Test ICB", ods_code="QAA", kind=Organisation.Kind.ICB)
    OrganisationFactory(name="Alder NHS Trust", ods_code="RAA", system=icb)
    OrganisationFactory(name="Birch NHS Trust", ods_code="RBB", system=icb)
    OrganisationFactory(name="Care Regulator", ods_code=None, kind=Organisation.Kind.REGULATOR)
    OrganisationFactory(name="Closed NHS Trust", ods_code="RCC", is_active=False)
    return icb


@pytest.mark.django_db
def test_the_directory_is_public_and_holds_no_identifiable_data(client, directory):
    response = client.get("/api/organisations")

    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 4
    assert body["items"] == [
        {"name": "Alder NHS Trust", "ods_code": "RAA", "kind": "trust", "system_ods_code": "QAA"},
        {"name": "Birch NHS Trust", "ods_code": "RBB", "kind": "trust", "system_ods_code": "QAA"},
        {"name": "Care Regulator", "ods_code": None, "kind": "regulator", "system_ods_code": None},
        {"name": "NHS Test ICB", "ods_code": "QAA", "kind": "icb", "system_ods_code": "QAA"},
    ]


@pytest.mark.django_db
def test_the_directory_filters_by_kind(client, directory):
    response = client.get("/api/organisations", {"kind": "icb"})

    assert [o["name"] for o in response.json()["items"]] == ["NHS Test ICB"]


@pytest.mark.django_db
def test_the_directory_refuses_an_unknown_kind(client, directory):
    response = client.get("/api/organisations", {"kind": "pharmacy"})

    assert response.status_code == 422


@pytest.mark.django_db
def test_the_directory_is_paged(client, directory):
    first = client.get("/api/organisations", {"page_size": 3}).json()
    second = client.get("/api/organisations", {"page_size": 3, "page": 2}).json()

    assert first["count"] == second["count"] == 4
    assert [o["name"] for o in first["items"]] == [
        "Alder NHS Trust",
        "Birch NHS Trust",
        "Care Regulator",
    ]
    assert [o["name"] for o in second["items"]] == ["NHS Test ICB"]


@pytest.mark.django_db
def test_the_directory_may_be_read_with_a_key(client, directory, make_key):
    api_key, secret = make_key(directory)

    response = client.get("/api/organisations", headers=bearer(secret))

    assert response.status_code == 200
    api_key.refresh_from_db()
    assert api_key.last_used_at is not None


@pytest.mark.django_db
def test_the_directory_refuses_a_key_that_is_sent_but_bad(client, directory):
    # A system whose key was revoked should learn so at once, not read on as the public.
    response = client.get("/api/organisations", headers={"X-API-Key": "ll_revoked-or-unknown"})

    assert response.status_code == 401
    assert response.json() == {"detail": REFUSED_KEY_MESSAGE}


@pytest.mark.django_db
def test_only_the_keys_digest_is_looked_up(key_of_trust):
    api_key, secret = key_of_trust

    assert ApiKey.objects.get(key_digest=ApiKey.digest(secret)) == api_key
    assert not ApiKey.objects.filter(key_digest=secret).exists()


def test_a_public_read_is_marked_as_such(rf):
    assert public_unless_key_sent(rf.get("/api/organisations")) is PUBLIC
    assert repr(PUBLIC) == "Public()"
    assert public_unless_key_sent(rf.get("/", headers={"Authorization": "Bearer x"})) is None
