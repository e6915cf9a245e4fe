"""Safety actions, under /actions/. Adopting learning is under /learning/<id>/adopt/."""

from django.urls import path

from learnloop.actions import views

app_name = "actions"

urlpatterns = [
    path("", views.index, name="index"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/complete/", views.complete, name="complete"),
]
