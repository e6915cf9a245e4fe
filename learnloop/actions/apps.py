from django.apps import AppConfig


class ActionsConfig(AppConfig):
    name = "learnloop.actions"
    label = "actions"
    verbose_name = "Safety actions and their effect"
