"""`learnloop runserver`: Django's development server, which also starts when the database
cannot be reached, so that /healthz can say so (503) instead of the server refusing to start.
"""

from django.contrib.staticfiles.management.commands.runserver import Command as StaticRunserver
from django.db import DatabaseError


class Command(StaticRunserver):
    def check_migrations(self):
        try:
            super().check_migrations()
        except DatabaseError as error:
            self.stderr.write(
                self.style.WARNING(
                    f"The database cannot be reached ({error.__class__.__name__}); serving anyway. "
                    "/healthz answers 503 until it can."
                )
            )
