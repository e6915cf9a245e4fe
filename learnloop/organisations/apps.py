from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "learnloop.organisations"
    label = "organisations"

    def ready(self) -> None:
        from learnloop.organisations import signals  # noqa: F401  (audit sign-in and sign-out)
