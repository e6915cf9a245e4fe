"""Staff and family invitations: sent by email over real SMTP, used once, then gone."""

from datetime import timedelta

import pytest
from django.utils import timezone

from learnloop.core.audit import Auditor
from learnloop.core.models import AuditLog
from learnloop.organisations import services
from learnloop.organisations.models import CaseAccess, Invitation, Membership, User
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import TEST_PASSWORD
from learnloop.organisations.tests.mail_server import running_smtp_server

pytestmark = pytest.mark.django_db

PASSWORD = "kestrel-window-harbour-19"


@pytest.fixture
def mailbox(settings):
    with running_smtp_server(settings) as server:
        yield server


@pytest.fixture
def admin(make_member):
    return make_member(Role.ADMINISTRATOR, full_name="Alex Admin")


def invite_staff(client, admin, email="new.nurse@trust.example", roles=(Role.FRONTLINE_STAFF,)):
    client.force_login(admin)
    response = client.post(
        "/organisation/people/invite/",
        {
            "email": email,
            "full_name": "Nia Nurse",
            "roles": [str(r) for r in roles],
        },
    )
    client.logout()
    return response


def new_invitation(trust, by_user, *, email="someone@trust.example", kind="staff", case="R-1"):
    by = Auditor(actor=by_user, organisation=trust)
    if kind == "family":
        return services.invitation_create_family(
            organisation=trust, email=email, full_name="Fran Family", case_reference=case, by=by
        )
    return services.invitation_create_staff(
        organisation=trust, email=email, full_name="Sam Staff", roles=[Role.INVESTIGATOR], by=by
    )


def accept_new(client, token, full_name="Nia Nurse", password=PASSWORD, password2=None):
    return client.post(
        f"/invitations/{token}/",
        {
            "full_name": full_name,
            "password1": password,
            "password2": password2 or password,
        },
    )


def path_of(link):
    return link.removeprefix("http://testserver")


def test_staff_invitation_end_to_end_over_smtp(client, trust, admin, mailbox):
    response = invite_staff(client, admin, roles=(Role.FRONTLINE_STAFF, Role.INVESTIGATOR))

    assert response.status_code == 200
    page = response.content.decode()
    assert "Invitation sent" in page
    message = mailbox.only()
    assert message["To"] == "new.nurse@trust.example"
    assert trust.name in message["Subject"]
    link = mailbox.link_in(message)
    assert link.startswith("http://testserver/invitations/")
    assert link in page  # shown once so the administrator can pass it on
    assert link in mailbox.html_of(message)

    form = client.get(path_of(link))
    assert form.status_code == 200
    assert "Create a password" in form.content.decode()

    accepted = accept_new(client, path_of(link).split("/")[2])
    assert accepted.status_code == 302
    assert accepted.url == "/"
    user = User.objects.get(email="new.nurse@trust.example")
    assert user.check_password(PASSWORD)
    assert client.session["_auth_user_id"] == str(user.pk)
    membership = user.memberships.get(organisation=trust)
    assert membership.role_set == {Role.FRONTLINE_STAFF, Role.INVESTIGATOR}
    home = client.get("/")
    assert home.status_code == 200
    assert "Investigator" in home.content.decode()

    second = client.get(path_of(link))
    assert second.status_code == 410
    assert "This invitation has already been used" in second.content.decode()
    client.logout()
    users, audit_entries = User.objects.count(), AuditLog.objects.count()
    second_post = client.post(
        path_of(link), {"full_name": "X", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert second_post.status_code == 410
    assert (User.objects.count(), AuditLog.objects.count()) == (users, audit_entries)


def test_accepting_is_audited_with_actor_and_organisation(client, trust, admin):
    invitation, token = new_invitation(trust, admin)

    accept_new(client, token)

    user = User.objects.get(email=invitation.email)
    created = AuditLog.objects.get(
        object_type="organisations.Membership", action=AuditLog.Action.CREATE
    )
    accepted = AuditLog.objects.get(
        object_type="organisations.Invitation", action=AuditLog.Action.UPDATE
    )
    assert created.actor == accepted.actor == user
    assert created.organisation == accepted.organisation == trust


def test_an_expired_link_gets_410_and_writes_nothing(client, trust, admin):
    invitation, token = new_invitation(trust, admin)
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )
    before = (User.objects.count(), AuditLog.objects.count())

    response = accept_new(client, token)

    assert response.status_code == 410
    assert "This invitation has expired" in response.content.decode()
    assert (User.objects.count(), AuditLog.objects.count()) == before


def test_a_revoked_link_gets_410(client, trust, admin):
    invitation, token = new_invitation(trust, admin)
    services.invitation_revoke(invitation=invitation, by=Auditor(actor=admin, organisation=trust))

    response = client.get(f"/invitations/{token}/")

    assert response.status_code == 410
    assert "This invitation has been withdrawn" in response.content.decode()
    assert accept_new(client, token).status_code == 410
    assert not User.objects.filter(email=invitation.email).exists()


def test_an_unknown_link_is_not_found(client):
    assert client.get("/invitations/no-such-token/").status_code == 404


def test_the_new_account_form_names_each_problem(client, trust, admin):
    invitation, token = new_invitation(trust, admin)

    response = accept_new(client, token, full_name="", password="short", password2="shorter")

    body = response.content.decode()
    assert response.status_code == 200
    assert "Enter your full name" in body
    assert "This password is too short" in body
    assert "The two passwords do not match" in body
    for field in ("id_full_name", "id_password1", "id_password2"):
        assert f'href="#{field}"' in body
    assert not User.objects.filter(email=invitation.email).exists()
    assert Invitation.objects.get(pk=invitation.pk).status == "pending"


def test_a_password_like_the_email_is_refused(client, trust, admin):
    invitation, token = new_invitation(trust, admin, email="florence.nightingale@trust.example")

    response = accept_new(
        client, token, full_name="Florence Nightingale", password="florence.nightingale"
    )

    assert "too similar" in response.content.decode()
    assert not User.objects.filter(email=invitation.email).exists()


def test_an_existing_account_signs_in_then_confirms(client, trust, other_trust, make_member, admin):
    existing = make_member(
        Role.FRONTLINE_STAFF, organisation=other_trust, email="moving@trust.example"
    )
    invitation, token = new_invitation(trust, admin, email="Moving@Trust.example")
    url = f"/invitations/{token}/"

    asked = client.get(url)
    assert asked.status_code == 200
    assert "Sign in to accept your invitation" in asked.content.decode()
    assert f"/sign-in/?next={url}" in asked.content.decode()

    signed_in = client.post(
        f"/sign-in/?next={url}",
        {"username": existing.email, "password": TEST_PASSWORD, "next": url},
    )
    assert signed_in.url == url
    confirm = client.get(url)
    assert "Accept invitation" in confirm.content.decode()

    accepted = client.post(url)

    assert accepted.status_code == 302
    assert existing.memberships.get(organisation=trust).role_set == {Role.INVESTIGATOR}
    assert existing.memberships.get(organisation=other_trust).role_set == {Role.FRONTLINE_STAFF}
    assert client.session["organisation_id"] == trust.pk
    assert trust.name in client.get("/").content.decode()
    assert Invitation.objects.get(pk=invitation.pk).accepted_by == existing


def test_someone_signed_in_with_another_email_cannot_use_the_link(
    client, trust, admin, make_member
):
    invitation, token = new_invitation(trust, admin)
    client.force_login(make_member(Role.FRONTLINE_STAFF, email="someone.else@trust.example"))

    response = client.post(f"/invitations/{token}/")

    assert response.status_code == 403
    assert "different email address" in response.content.decode()
    assert Invitation.objects.get(pk=invitation.pk).status == "pending"


def test_a_link_used_at_the_same_moment_elsewhere_gets_410(
    client, trust, other_trust, admin, make_member, monkeypatch
):
    invitee = make_member(
        Role.FRONTLINE_STAFF, organisation=other_trust, email="twice@trust.example"
    )
    invitation, token = new_invitation(trust, admin, email=invitee.email)
    # The view read the invitation just before another request used it.
    stale = Invitation.objects.get(pk=invitation.pk)
    services.invitation_accept(invitation=invitation, user=invitee, by=Auditor(actor=invitee))
    monkeypatch.setattr(services, "invitation_by_token", lambda _token: stale)
    client.force_login(invitee)
    audit_entries = AuditLog.objects.count()

    response = client.post(f"/invitations/{token}/")

    assert response.status_code == 410
    assert "This invitation has already been used" in response.content.decode()
    assert AuditLog.objects.count() == audit_entries


def test_if_the_email_cannot_be_sent_the_link_is_still_shown(client, trust, admin, settings):
    from learnloop.organisations.tests.mail_server import free_port

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nothing listens there
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 2

    response = invite_staff(client, admin)

    body = response.content.decode()
    assert response.status_code == 200
    assert "the email was not sent" in body
    assert "/invitations/" in body
    assert trust.invitations.get().email == "new.nurse@trust.example"


# Family invitations


def test_family_invitation_grants_only_the_invited_case(client, trust, make_member, mailbox):
    investigator = make_member(Role.INVESTIGATOR)
    client.force_login(investigator)
    sent = client.post(
        "/organisation/family-invitations/new/",
        {
            "email": "Jo.Relative@example.com",
            "full_name": "Jo Relative",
            "case_reference": " R-2026-0042 ",
        },
    )
    client.logout()
    assert sent.status_code == 200
    message = mailbox.only()
    assert message["To"] == "jo.relative@example.com"
    assert "follow a review of care" in message["Subject"]
    link = mailbox.link_in(message)

    response = accept_new(client, path_of(link).split("/")[2], full_name="Jo Relative")

    assert response.status_code == 302
    family = User.objects.get(email="jo.relative@example.com")
    membership = family.memberships.get(organisation=trust)
    assert membership.role_set == {Role.FAMILY_MEMBER}
    assert list(
        CaseAccess.objects.filter(membership__user=family).values_list("case_reference", flat=True)
    ) == ["R-2026-0042"]
    home = client.get("/").content.decode()
    assert "1 case you are invited to follow" in home
    assert client.get("/organisation/people/").status_code == 403


def test_invite_family_needs_the_permission(client, make_member):
    for role, status in [
        (Role.FRONTLINE_STAFF, 403),
        (Role.MEDICAL_EXAMINER, 403),
        (Role.PATIENT_SAFETY_LEAD, 200),
        (Role.INVESTIGATOR, 200),
        (Role.MORTALITY_REVIEWER, 200),
        (Role.ADMINISTRATOR, 200),
    ]:
        client.force_login(make_member(role))
        assert client.get("/organisation/family-invitations/new/").status_code == status, role


def test_invite_family_form_names_missing_fields(client, make_member):
    client.force_login(make_member(Role.PATIENT_SAFETY_LEAD))

    response = client.post(
        "/organisation/family-invitations/new/",
        {"email": "", "full_name": "", "case_reference": "  "},
    )

    body = response.content.decode()
    assert (
        "Enter the family member&#39;s email address" in body
        or "Enter the family member's email address" in body
    )
    assert "Enter the case reference" in body
    assert not Invitation.objects.exists()


def test_a_family_member_following_another_case_gets_the_new_case_too(
    client, trust, admin, make_member
):
    relative = make_member(Role.FAMILY_MEMBER, email="relative@example.com")
    CaseAccess.objects.create(membership=relative.memberships.get(), case_reference="R-1")
    _, token = new_invitation(trust, admin, email=relative.email, kind="family", case="R-2")
    client.force_login(relative)

    client.post(f"/invitations/{token}/")

    cases = set(
        CaseAccess.objects.filter(membership__user=relative).values_list(
            "case_reference", flat=True
        )
    )
    assert cases == {"R-1", "R-2"}
    assert Membership.objects.get(user=relative, organisation=trust).role_set == {
        Role.FAMILY_MEMBER
    }


def test_staff_cannot_take_a_family_invitation_in_their_own_organisation(
    client, trust, admin, make_member
):
    nurse = make_member(Role.FRONTLINE_STAFF, email="nurse.relative@trust.example")
    invitation, token = new_invitation(trust, admin, email=nurse.email, kind="family")
    client.force_login(nurse)

    response = client.post(f"/invitations/{token}/")

    assert response.status_code == 409
    assert nurse.memberships.get(organisation=trust).role_set == {Role.FRONTLINE_STAFF}
    assert not CaseAccess.objects.exists()
    assert Invitation.objects.get(pk=invitation.pk).status == "pending"


def test_staff_invitation_refuses_someone_already_a_member(client, trust, admin, make_member):
    make_member(Role.FRONTLINE_STAFF, email="already@trust.example")

    client.force_login(admin)
    response = client.post(
        "/organisation/people/invite/",
        {
            "email": "Already@trust.example",
            "full_name": "A",
            "roles": [Role.INVESTIGATOR],
        },
    )

    assert response.status_code == 200
    assert "is already a member of" in response.content.decode()
    assert not Invitation.objects.exists()


def test_staff_invitation_offers_no_family_role(client, admin):
    client.force_login(admin)

    response = client.post(
        "/organisation/people/invite/",
        {
            "email": "x@trust.example",
            "full_name": "X",
            "roles": [Role.FAMILY_MEMBER],
        },
    )

    assert "Select a valid choice" in response.content.decode()
    assert not Invitation.objects.exists()
    assert (
        'value="family_member"' not in client.get("/organisation/people/invite/").content.decode()
    )


def test_someone_removed_and_invited_back_gets_only_the_new_roles(
    client, trust, admin, make_member
):
    person = make_member(Role.ADMINISTRATOR, email="returner@trust.example")
    membership = person.memberships.get()
    services.membership_remove(membership=membership, by=Auditor(actor=admin, organisation=trust))
    _, token = new_invitation(trust, admin, email=person.email)
    client.force_login(person)

    client.post(f"/invitations/{token}/")

    membership.refresh_from_db()
    assert membership.is_active
    assert membership.role_set == {Role.INVESTIGATOR}
