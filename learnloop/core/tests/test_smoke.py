import pytest

from learnloop.organisations.roles import Role


@pytest.mark.django_db
def test_home_shows_role_panels(client, make_member):
    user = make_member(Role.PATIENT_SAFETY_LEAD, Role.ADMINISTRATOR)
    client.force_login(user)
    response = client.get("/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Patient safety lead" in body
    assert "Organisation administrator" in body


@pytest.mark.django_db
def test_sign_in_page_renders(client):
    response = client.get("/sign-in/")
    assert response.status_code == 200
    assert 'name="username"' in response.content.decode()
