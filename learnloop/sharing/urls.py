"""De-identification pages, under /sharing/."""

from django.urls import path

from learnloop.sharing import views

app_name = "sharing"

urlpatterns = [
    path("deidentify/", views.start, name="start"),
    path("reports/<str:reference>/prepare/", views.prepare_report, name="prepare_report"),
    path("reviews/<int:pk>/", views.review, name="review"),
    path("terms/", views.terms, name="terms"),
    path("terms/<int:pk>/delete/", views.term_delete, name="term_delete"),
]
