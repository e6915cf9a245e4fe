from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "learnloop.reviews"
    label = "reviews"
    verbose_name = "Mortality screening and Structured Judgement Review"
