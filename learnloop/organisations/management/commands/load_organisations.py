"""`learnloop load_organisations`: every ICB and open NHS trust in England from the ODS lists."""

from django.core.management.base import BaseCommand

from learnloop.core.audit import Auditor
from learnloop.organisations.demo import load_organisations


class Command(BaseCommand):
    help = "Load ICBs and open NHS trusts from the shipped ODS lists (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--icb", action="append", dest="icbs", help="ICB ODS code; repeat for several. Default: all.")

    def handle(self, *args, icbs, **options):
        counts = load_organisations(
            icb_codes=tuple(icbs) if icbs else None, by=Auditor.system(),
            progress=lambda line: self.stderr.write(f"  {line}"),
        )
        self.stdout.write(f"Organisations: {counts.created} added, {counts.existing} already there.")
