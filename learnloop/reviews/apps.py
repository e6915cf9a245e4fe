from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "learnloop.reviews"
    label = "reviews"
    verbose_name = "Mortality screening and Structured Judgement Review"

    def ready(self):
        # Registers what is waiting for mortality reviewers on the home page.
        from learnloop.reviews import home  # noqa: F401
