from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "learnloop.reports"
    label = "reports"
    verbose_name = "Reports of incidents and deaths"

    def ready(self):
        # Registers what the home page shows as waiting for those who report and triage.
        from learnloop.reports import home  # noqa: F401
