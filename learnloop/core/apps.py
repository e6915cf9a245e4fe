from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "learnloop.core"
    label = "core"
    verbose_name = "learnloop core"
