"""Reports pages: report an incident, record a death, follow a report, triage, duty of candour."""

from django.urls import path, register_converter

from learnloop.reports import views

app_name = "reports"


class ReferenceConverter:
    """A report reference, LL-ABCD-EF23, so that it never swallows a page name like 'new'."""

    regex = r"LL-[A-Z0-9]{4}-[A-Z0-9]{4}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(ReferenceConverter, "reference")

urlpatterns = [
    path("new/", views.report_new, name="new"),
    path("follow/", views.follow, name="follow"),
    path("mine/", views.mine, name="mine"),
    path("deaths/new/", views.death_new, name="death_new"),
    path("triage/", views.triage_queue, name="triage_queue"),
    path("<reference:reference>/", views.detail, name="detail"),
    path("<reference:reference>/triage/", views.triage_decide, name="triage_decide"),
    path("<reference:reference>/candour/", views.candour, name="candour"),
    path("<reference:reference>/death/", views.death_edit, name="death_edit"),
]
