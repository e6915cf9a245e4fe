"""`learnloop load_demo`: the Kent, Surrey and Sussex demo, and how to sign in to it."""

from django.core.management.base import BaseCommand

from learnloop.core.audit import Auditor
from learnloop.organisations.demo import demo_sign_ins, load_demo
from learnloop.organisations.demo_people import DEMO_PASSWORD


class Command(BaseCommand):
    help = "Load the demo: real Kent, Surrey and Sussex organisations and one synthetic person per role."

    def add_arguments(self, parser):
        parser.add_argument("--base-url", default="http://127.0.0.1:8000")

    def handle(self, *args, base_url, verbosity, **options):
        progress = (lambda line: self.stderr.write(f"  {line}")) if verbosity > 1 else None
        self.stdout.write("Loading the demo organisations and people...")
        summary = load_demo(by=Auditor.system(), progress=progress, base_url=base_url)
        counts = summary.organisations
        self.stdout.write(
            f"Organisations: {counts.created} added, {counts.existing} already there. "
            f"People: {summary.people_created} added."
        )
        for note in summary.notes:
            self.stdout.write(note)
        rows = demo_sign_ins()
        width_role = max(len(r[0]) for r in rows)
        width_org = max(len(r[1]) for r in rows)
        self.stdout.write("")
        self.stdout.write(f"Demo sign-ins (every password is {DEMO_PASSWORD}):")
        for role, organisation, email in rows:
            self.stdout.write(f"  {role:<{width_role}}  {organisation:<{width_org}}  {email}")
        self.stdout.write("")
        if summary.family_invitation_link:
            self.stdout.write(f"A family invitation waiting to be accepted: {summary.family_invitation_link}")
        else:
            # Only a digest of the link is kept, so it can be shown only when it is made.
            self.stdout.write("A family invitation for relative@example.com is waiting; its link was shown when it was made.")
