from django.urls import path

from learnloop.core import views

app_name = "core"

urlpatterns = [
    path("about/", views.about, name="about"),
    path("organisation/audit/", views.audit_log, name="audit_log"),
]
