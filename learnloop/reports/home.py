"""What the home page says is waiting, for the roles that report and triage."""

from django.urls import reverse

from learnloop.core.home_panels import register
from learnloop.core.presenters import WaitingItem
from learnloop.organisations.roles import Role
from learnloop.reports.presenters import CandourClock


@register(Role.PATIENT_SAFETY_LEAD)
def reports_awaiting_triage(request):
    count = request.organisation.reports.awaiting_triage().count()
    return WaitingItem(
        "report awaiting triage", "reports awaiting triage", count, reverse("reports:triage_queue")
    )


@register(Role.PATIENT_SAFETY_LEAD)
def candour_overdue(request):
    # The due date counts working days (bank holidays too), so it is worked out here, not in SQL;
    # only reports whose candour is still outstanding are read.
    outstanding = request.organisation.reports.candour_outstanding().select_related("candour")
    count = sum(1 for report in outstanding if CandourClock.for_report(report).overdue)
    return WaitingItem(
        "duty of candour overdue",
        "duties of candour overdue",
        count,
        reverse("reports:triage_queue") + "#candour-overdue",
    )


@register(Role.FRONTLINE_STAFF)
def reports_you_made(request):
    count = request.organisation.reports.reported_by(request.user).count()
    return WaitingItem("report you made", "reports you made", count, reverse("reports:mine"))
