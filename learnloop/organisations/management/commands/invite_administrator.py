"""`learnloop invite_administrator`: the first administrator of an organisation.

Everyone after them is invited from the People page; the first needs a way in.
"""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from learnloop.core.audit import Auditor
from learnloop.organisations import emails, services
from learnloop.organisations.models import Organisation
from learnloop.organisations.roles import Role


class Command(BaseCommand):
    help = "Invite the first administrator of an organisation; prints the single-use link and emails it."

    def add_arguments(self, parser):
        parser.add_argument("--organisation", required=True, help="The organisation's ODS code, e.g. RVV.")
        parser.add_argument("--email", required=True)
        parser.add_argument("--name", default="", help="Their full name.")
        parser.add_argument("--base-url", default="http://127.0.0.1:8000", help="Where learnloop is served.")
        parser.add_argument("--no-email", action="store_true", help="Only print the link.")

    def handle(self, *args, organisation, email, name, base_url, no_email, **options):
        found = Organisation.objects.filter(ods_code__iexact=organisation.strip()).first()
        if found is None:
            raise CommandError(
                f"No organisation has the ODS code {organisation!r}. Load them first: learnloop load_organisations"
            )
        try:
            invitation, token = services.invitation_create_staff(
                organisation=found, email=email, full_name=name, roles=[Role.ADMINISTRATOR],
                by=Auditor.system(found),
            )
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from error
        link = f"{base_url.rstrip('/')}/invitations/{token}/"
        if not no_email:
            emails.send_invitation(invitation=invitation, link=link)
        self.stdout.write(f"Invited {invitation.email} to administer {found.name}.")
        self.stdout.write(f"Single-use link (expires {invitation.expires_at:%d %B %Y}): {link}")
