"""Signing in, session expiry, and password reset by email (over a real SMTP server)."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone

from learnloop.core.models import AuditLog
from learnloop.organisations.account_views import sign_in_username
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import TEST_PASSWORD
from learnloop.organisations.tests.mail_server import running_smtp_server

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "heron-lantern-quietly-47"


@pytest.fixture
def mailbox(settings):
    with running_smtp_server(settings) as server:
        yield server


# Signing in


def test_sign_in_with_email_in_any_letter_case(client, make_member):
    user = make_member(Role.FRONTLINE_STAFF, email="sam.jones@trust.example")

    response = client.post(
        "/sign-in/", {"username": "Sam.Jones@TRUST.example", "password": TEST_PASSWORD}
    )

    assert response.status_code == 302
    assert response.url == "/"
    assert client.session["_auth_user_id"] == str(user.pk)


def test_sign_in_is_written_to_the_audit_trail(client, make_member):
    user = make_member(Role.FRONTLINE_STAFF)

    client.post("/sign-in/", {"username": user.email, "password": TEST_PASSWORD})

    entry = AuditLog.objects.filter(action=AuditLog.Action.SIGN_IN).get()
    assert entry.actor == user
    assert entry.ip_address == "127.0.0.1"


def test_wrong_password_is_refused_with_a_message_and_audited(client, make_member):
    user = make_member(Role.FRONTLINE_STAFF)

    response = client.post(
        "/sign-in/", {"username": user.email, "password": "not-my-password-at-all"}
    )

    assert response.status_code == 200
    assert "Enter a correct email address and password" in response.content.decode()
    assert "_auth_user_id" not in client.session
    entry = AuditLog.objects.filter(action=AuditLog.Action.SIGN_IN_FAILED).get()
    assert user.email in entry.summary
    assert "not-my-password" not in entry.summary


def test_empty_sign_in_names_each_field(client):
    response = client.post("/sign-in/", {"username": "", "password": ""})

    body = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in body
    assert 'href="#id_username"' in body
    assert 'href="#id_password"' in body


def test_sign_in_username_for_axes_is_the_lower_cased_email(rf):
    request = rf.post("/sign-in/", {"username": " Ann@Trust.Example "})

    assert sign_in_username(request) == "ann@trust.example"
    assert sign_in_username(request, {"email": "B@X.example"}) == "b@x.example"
    assert sign_in_username(rf.post("/sign-in/", {})) is None


# Sessions


def test_sessions_last_thirty_minutes_and_end_when_the_browser_closes():
    assert settings.SESSION_COOKIE_AGE == 30 * 60
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True
    assert settings.SESSION_SAVE_EVERY_REQUEST is True


def test_an_expired_session_sends_the_person_to_sign_in(client, make_member):
    user = make_member(Role.FRONTLINE_STAFF)
    client.post("/sign-in/", {"username": user.email, "password": TEST_PASSWORD})
    assert client.get("/").status_code == 200
    Session.objects.filter(session_key=client.session.session_key).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )

    response = client.get("/")

    assert response.status_code == 302
    assert response.url.startswith("/sign-in/")


# Password reset


def request_reset(client, email):
    return client.post("/password-reset/", {"email": email})


def test_password_reset_end_to_end_over_smtp(client, make_member, mailbox):
    user = make_member(Role.INVESTIGATOR, email="robin.hale@trust.example", full_name="Robin Hale")

    response = request_reset(client, "Robin.Hale@trust.example")

    assert response.status_code == 302
    assert response.url == "/password-reset/sent/"
    message = mailbox.only()
    assert message["To"] == user.email
    assert message["Subject"] == "Reset your learnloop password"
    link = mailbox.link_in(message)
    assert link.startswith("http://testserver/password-reset/")
    assert link in mailbox.html_of(message)

    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    assert "Choose a new password" in form_page.content.decode()
    set_password_url = form_page.redirect_chain[-1][0]

    done = client.post(
        set_password_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert done.status_code == 302
    assert done.url == "/password-reset/complete/"
    assert "Your password has been changed" in client.get(done.url).content.decode()

    assert (
        client.post("/sign-in/", {"username": user.email, "password": TEST_PASSWORD}).status_code
        == 200
    )
    signed_in = client.post("/sign-in/", {"username": user.email, "password": NEW_PASSWORD})
    assert signed_in.status_code == 302
    entry = AuditLog.objects.filter(
        object_type="organisations.User", object_id=str(user.pk), action=AuditLog.Action.UPDATE
    ).get()
    assert entry.actor == user
    assert NEW_PASSWORD not in str(entry.changes)


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short-1", "This password is too short"),
        ("password1234", "This password is too common"),
        ("384729104857362", "This password is entirely numeric"),
    ],
)
def test_a_weak_new_password_is_refused_with_a_field_message(
    client, make_member, mailbox, password, message
):
    user = make_member(Role.FRONTLINE_STAFF)
    request_reset(client, user.email)
    form_page = client.get(mailbox.link_in(mailbox.only()), follow=True)
    set_password_url = form_page.redirect_chain[-1][0]

    response = client.post(set_password_url, {"new_password1": password, "new_password2": password})

    body = response.content.decode()
    assert response.status_code == 200
    assert message in body
    assert 'href="#id_new_password1"' in body
    user.refresh_from_db()
    assert user.check_password(TEST_PASSWORD)


def test_new_passwords_that_differ_are_refused(client, make_member, mailbox):
    user = make_member(Role.FRONTLINE_STAFF)
    request_reset(client, user.email)
    set_password_url = client.get(mailbox.link_in(mailbox.only()), follow=True).redirect_chain[-1][
        0
    ]

    response = client.post(
        set_password_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD + "x"}
    )

    assert (
        "do not match" in response.content.decode() or "didn’t match" in response.content.decode()
    )
    user.refresh_from_db()
    assert user.check_password(TEST_PASSWORD)


def test_reset_does_not_reveal_whether_an_email_has_an_account(client, make_member, mailbox):
    user = make_member(Role.FRONTLINE_STAFF)

    known = request_reset(client, user.email)
    unknown = request_reset(client, "nobody@nowhere.example")

    assert known.status_code == unknown.status_code == 302
    assert known.url == unknown.url
    assert len(mailbox.messages) == 1
    sent_page = client.get(unknown.url).content.decode()
    assert "If the address you entered belongs to a learnloop account" in sent_page


def test_a_reset_link_works_once(client, make_member, mailbox):
    user = make_member(Role.FRONTLINE_STAFF)
    request_reset(client, user.email)
    link = mailbox.link_in(mailbox.only())
    set_password_url = client.get(link, follow=True).redirect_chain[-1][0]
    client.post(set_password_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})

    again = client.get(link, follow=True)

    assert "This reset link does not work" in again.content.decode()


def test_a_new_password_lifts_a_lock_out(client, make_member, mailbox):
    user = make_member(Role.FRONTLINE_STAFF)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/sign-in/", {"username": user.email, "password": "wrong-password-here"})
    request_reset(client, user.email)
    set_password_url = client.get(mailbox.link_in(mailbox.only()), follow=True).redirect_chain[-1][
        0
    ]
    client.post(set_password_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})

    response = client.post("/sign-in/", {"username": user.email, "password": NEW_PASSWORD})

    assert response.status_code == 302


def test_reset_request_form_names_a_bad_email(client):
    response = client.post("/password-reset/", {"email": "not-an-email"})

    body = response.content.decode()
    assert response.status_code == 200
    assert "Enter an email address in the correct format" in body
    assert 'href="#id_email"' in body


def test_reset_pages_render(client):
    assert "Reset your password" in client.get("/password-reset/").content.decode()
    assert "Check your email" in client.get("/password-reset/sent/").content.decode()
    assert (
        "This reset link does not work"
        in client.get("/password-reset/MQ/bad-token/").content.decode()
    )


def test_a_mail_failure_does_not_reveal_that_the_account_exists(
    client, make_member, settings, caplog
):
    from learnloop.organisations.tests.mail_server import free_port

    user = make_member(Role.FRONTLINE_STAFF)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nothing listens there
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False

    known = request_reset(client, user.email)
    unknown = request_reset(client, "nobody@nowhere.example")

    assert (
        (known.status_code, known.url)
        == (unknown.status_code, unknown.url)
        == (302, "/password-reset/sent/")
    )
    assert "Could not send a password reset email" in caplog.text
