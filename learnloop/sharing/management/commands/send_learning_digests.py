"""`learnloop send-learning-digests --frequency daily|weekly`: email each subscriber the
learning published since their last digest that matches their saved searches.

    learnloop send-learning-digests --frequency daily     # Celery beat: every day at 07:00
    learnloop send-learning-digests --frequency weekly    # Celery beat: Mondays at 07:00

One email per person listing each due subscription with new records; nothing when nothing is
new. Links in the emails start with SITE_URL. Progress and a summary on stdout; a mail the
server refused is printed and its subscriptions go next time. Exit status: 0 when every mail
was accepted, 1 when some were refused.
"""

from django.core.management.base import BaseCommand, CommandError

from learnloop.sharing import subscriptions
from learnloop.sharing.models import Subscription


class Command(BaseCommand):
    help = "Email the learning digests of daily or weekly subscriptions."

    def add_arguments(self, parser):
        parser.add_argument(
            "--frequency", required=True, choices=Subscription.Frequency.values,
            help="Which subscriptions: daily, or weekly (those last sent a week or more ago)",
        )  # fmt: skip

    def handle(self, *args, frequency, **options):
        run = subscriptions.send_digests(frequency=frequency, stdout=self.stdout)
        if run.failed:
            raise CommandError(
                f"{len(run.failed):,} digest emails were refused; they will go next time",
                returncode=1,
            )
