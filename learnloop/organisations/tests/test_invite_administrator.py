"""The first administrator of an organisation is invited from the command line."""

import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from learnloop.core.models import AuditLog
from learnloop.organisations.models import Invitation
from learnloop.organisations.roles import Role

pytestmark = pytest.mark.django_db


def invite(*args):
    out = StringIO()
    call_command("invite_administrator", *args, stdout=out)
    return out.getvalue()


def test_the_link_printed_makes_an_administrator(client, trust, mailoutbox):
    output = invite("--organisation", trust.ods_code.lower(), "--email", "First.Admin@Trust.example",
                    "--name", "Ada Admin", "--base-url", "http://testserver")

    link = re.search(r"http://testserver(/invitations/[^/\s]+/)", output).group(1)
    invitation = Invitation.objects.get(email="first.admin@trust.example")
    assert invitation.invited_by is None and invitation.roles == [Role.ADMINISTRATOR]
    assert link in mailoutbox[0].body and "The learnloop service team" in mailoutbox[0].body

    response = client.post(link, {"full_name": "Ada Admin", "password1": "a-long-new-password-99",
                                  "password2": "a-long-new-password-99"})
    assert response.status_code == 302
    home = client.get("/").content.decode()
    assert "Organisation administrator" in home
    created = AuditLog.objects.filter(object_type="organisations.Invitation", action="create").get()
    assert created.actor is None and created.organisation == trust


def test_no_email_only_prints(trust, mailoutbox):
    output = invite("--organisation", trust.ods_code, "--email", "x@trust.example", "--no-email")
    assert "/invitations/" in output
    assert mailoutbox == []


def test_an_unknown_ods_code_is_refused_by_name():
    with pytest.raises(CommandError, match="No organisation has the ODS code 'ZZZ'"):
        invite("--organisation", "ZZZ", "--email", "x@trust.example")
    assert not Invitation.objects.exists()
