from django.apps import AppConfig


class SharingConfig(AppConfig):
    name = "learnloop.sharing"
    label = "sharing"
    verbose_name = "De-identification and sharing learning"
