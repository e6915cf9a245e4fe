"""Mortality review pages, under /reviews/."""

from django.urls import path

from learnloop.reviews import views

app_name = "reviews"

urlpatterns = [
    path("", views.index, name="index"),
    path("criteria/", views.criteria, name="criteria"),
    path("screening/", views.screening_list, name="screening_list"),
    path("screening/<str:reference>/", views.screen, name="screen"),
    path("<str:reference>/", views.case, name="case"),
    path("<str:reference>/sjr/", views.sjr, name="sjr"),
    path("<str:reference>/second-stage/", views.second_stage, name="second_stage"),
    path("<str:reference>/finalise/", views.finalise, name="finalise"),
]
