from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "learnloop.reports"
    label = "reports"
    verbose_name = "Reports of incidents and deaths"
