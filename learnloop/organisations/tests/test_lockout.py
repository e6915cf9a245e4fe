"""Lock-out after repeated failed sign-ins, through the real django-axes backend."""

import pytest
from axes.models import AccessAttempt
from django.conf import settings

from learnloop.core.models import AuditLog
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import TEST_PASSWORD

pytestmark = pytest.mark.django_db

SIGN_IN = "/sign-in/"


def fail(client, email):
    return client.post(SIGN_IN, {"username": email, "password": "not-the-right-password"})


def test_the_failure_limit_is_five():
    assert settings.AXES_FAILURE_LIMIT == 5


def test_after_five_failures_even_the_right_password_gets_the_locked_out_page(client, make_member):
    user = make_member(Role.FRONTLINE_STAFF)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = fail(client, user.email)
        assert response.status_code == 200
        assert "Enter a correct email address and password" in response.content.decode()

    fifth = fail(client, user.email)
    right_password = client.post(SIGN_IN, {"username": user.email, "password": TEST_PASSWORD})

    assert fifth.status_code == 429
    assert right_password.status_code == 429
    assert "Too many sign-in attempts" in right_password.content.decode()
    assert "_auth_user_id" not in client.session
    assert (
        AuditLog.objects.filter(action=AuditLog.Action.SIGN_IN_FAILED).count()
        >= settings.AXES_FAILURE_LIMIT
    )


def test_lock_out_is_per_account_not_per_address(client, make_member):
    locked = make_member(Role.FRONTLINE_STAFF)
    colleague = make_member(Role.FRONTLINE_STAFF)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        fail(client, locked.email)

    response = client.post(SIGN_IN, {"username": colleague.email, "password": TEST_PASSWORD})

    assert response.status_code == 302
    assert response.url == "/"


def test_fewer_failures_than_the_limit_then_success_clears_the_count(client, make_member):
    user = make_member(Role.FRONTLINE_STAFF)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        fail(client, user.email)

    response = client.post(SIGN_IN, {"username": user.email, "password": TEST_PASSWORD})

    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(
        username=user.email, failures_since_start__gt=0
    ).exists()


def test_failures_count_against_the_account_whatever_the_letter_case(client, make_member):
    user = make_member(Role.FRONTLINE_STAFF)
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        fail(client, user.email.upper() if attempt % 2 else user.email)

    response = client.post(SIGN_IN, {"username": user.email, "password": TEST_PASSWORD})

    assert response.status_code == 429
