"""`learnloop audit verify`: walk the audit hash chain."""

import sys

from django.core.management.base import BaseCommand, CommandError

from learnloop.core.audit import ChainBreak, verify_chain
from learnloop.core.models import AuditLog


class Command(BaseCommand):
    help = "Check the audit trail. 'verify' walks the hash chain and names the first broken entry."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["verify"])

    def handle(self, *args, **options):
        total = AuditLog.objects.count()
        show_progress = sys.stderr.isatty() and options["verbosity"] > 0
        verified = 0
        for step in verify_chain():
            if isinstance(step, ChainBreak):
                entry = AuditLog.objects.get(pk=step.entry_id)
                # The chain is walked in id order, so every entry before the break was verified
                # (verify_chain only reports its count at the end of each chunk).
                verified = AuditLog.objects.filter(id__lt=step.entry_id).count()
                raise CommandError(
                    f"Audit trail broken at entry {step.entry_id} ({entry}): {step.reason}. "
                    f"{verified} entries before it verified."
                )
            verified = step
            if show_progress:
                self.stderr.write(f"\rverified {verified:,} of {total:,}", ending="")
        if show_progress:
            self.stderr.write("")
        self.stdout.write(f"Audit trail intact: {verified} entries verified.")
