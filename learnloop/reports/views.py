"""Pages for reporting incidents and deaths, following a report, triage and the duty of candour.

Reports are looked up through `request.organisation.reports`, so another trust's references
give 404. Patient details are read only through `services.patient_details_for`, which audits.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from learnloop.core.audit import Auditor
from learnloop.core.views import page
from learnloop.organisations.access import permission_required
from learnloop.organisations.roles import Permission
from learnloop.organisations.rules import has_permission
from learnloop.reports import services
from learnloop.reports.forms import (
    RESPONSE_HINTS,
    CandourForm,
    DeathForm,
    DeathUpdateForm,
    FollowUpForm,
    IncidentReportForm,
    TriageForm,
)
from learnloop.reports.presenters import (
    DeathPresenter,
    FollowUpPresenter,
    PatientPresenter,
    ReportPresenter,
    TriageDecisionPresenter,
)
from learnloop.sharing.learning_presenters import similar_to_report

QUEUE_PAGE_SIZE = 25


def _report(request, reference):
    return get_object_or_404(
        request.organisation.reports.select_related("department", "reporter"), reference=reference
    )


@permission_required(Permission.REPORT_INCIDENT)
@require_http_methods(["GET", "POST"])
@never_cache
def report_new(request):
    form = IncidentReportForm(
        request.POST if request.method == "POST" else None, organisation=request.organisation
    )
    if request.method == "POST" and form.is_valid():
        new = services.report_incident(
            organisation=request.organisation,
            fields=form.report_fields(),
            patient=form.patient_data(),
            anonymous=form.cleaned_data["anonymous"],
            by=Auditor.from_request(request),
        )
        # Shown in this response only: the code is not stored, so it cannot be shown again.
        return page(
            request,
            "reports/report_made.html",
            {
                "reference": new.report.reference,
                "code": new.follow_up_code,
                "anonymous": new.report.reported_anonymously,
            },
        )
    return page(request, "reports/report_new.html", {"form": form})


@require_http_methods(["GET", "POST"])
@never_cache
def follow(request):
    """Anyone with a reference and its code, signed in or not, sees how the report is going."""
    form = FollowUpForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        report = services.report_for_follow_up(
            reference=form.cleaned_data["reference"],
            code=form.cleaned_data["code"],
            by=Auditor.from_request(request),
        )
        if report is not None:
            latest = report.triage_decisions.first()
            return page(
                request, "reports/follow_status.html", {"report": FollowUpPresenter(report, latest)}
            )
        # One message: which of the two was wrong would help someone guessing.
        form.add_error(
            "code", "The reference and code do not match a report. Check both and try again"
        )
    return page(request, "reports/follow.html", {"form": form})


@permission_required(Permission.RECORD_DEATHS)
@require_http_methods(["GET", "POST"])
def death_new(request):
    form = DeathForm(
        request.POST if request.method == "POST" else None, organisation=request.organisation
    )
    if request.method == "POST" and form.is_valid():
        new = services.record_death(
            organisation=request.organisation,
            fields=form.report_fields(),
            death=form.death_data(),
            patient=form.patient_data(),
            by=Auditor.from_request(request),
        )
        messages.success(
            request,
            f"The death has been recorded as {new.report.reference}. It is now awaiting triage.",
        )
        return redirect("reports:detail", reference=new.report.reference)
    return page(request, "reports/death_new.html", {"form": form})


@permission_required(Permission.RECORD_DEATHS)
@require_http_methods(["GET", "POST"])
def death_edit(request, reference):
    # Deaths only: an incident's reference, or another trust's, gives 404.
    report = get_object_or_404(
        request.organisation.reports.deaths().select_related("death"), reference=reference
    )
    form = DeathUpdateForm(request.POST if request.method == "POST" else None, death=report.death)
    if request.method == "POST" and form.is_valid():
        services.death_update(
            report=report, death=form.death_data(), by=Auditor.from_request(request)
        )
        messages.success(request, f"The death record for {report.reference} has been updated.")
        return redirect("reports:detail", reference=report.reference)
    return page(
        request, "reports/death_edit.html", {"report": ReportPresenter(report), "form": form}
    )


@permission_required(Permission.VIEW_REPORTS)
def detail(request, reference):
    report = _report(request, reference)
    organisation = request.organisation
    can_see_patient = has_permission(request.user, Permission.VIEW_PATIENT_DETAILS, organisation)
    patient = None
    if can_see_patient:
        details = services.patient_details_for(report=report, by=Auditor.from_request(request))
        patient = PatientPresenter(details) if details else None
    death = getattr(report, "death", None) if report.kind == report.Kind.DEATH else None
    return page(
        request,
        "reports/detail.html",
        {
            "report": ReportPresenter(report),
            "death": DeathPresenter(death) if death else None,
            "decisions": [
                TriageDecisionPresenter(d)
                for d in report.triage_decisions.select_related("decided_by")
            ],
            "can_see_patient": can_see_patient,
            "patient": patient,
            "can_triage": has_permission(request.user, Permission.TRIAGE_REPORTS, organisation),
            "can_record_deaths": has_permission(
                request.user, Permission.RECORD_DEATHS, organisation
            ),
            "can_record_candour": has_permission(
                request.user, Permission.RECORD_CANDOUR, organisation
            ),
        },
    )


@permission_required(Permission.REPORT_INCIDENT)
def mine(request):
    reports = (
        request.organisation.reports.reported_by(request.user).for_lists().order_by("-reported_at")
    )
    paginator = Paginator(reports, QUEUE_PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    return page(
        request,
        "reports/mine.html",
        {
            "reports": [ReportPresenter(r) for r in page_obj],
            "page_obj": page_obj,
            "can_view_reports": has_permission(
                request.user, Permission.VIEW_REPORTS, request.organisation
            ),
        },
    )


@permission_required(Permission.TRIAGE_REPORTS)
def triage_queue(request):
    queue = request.organisation.reports.triage_queue().for_lists()
    paginator = Paginator(queue, QUEUE_PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    outstanding = (
        request.organisation.reports.candour_outstanding().for_lists().order_by("reported_at")
    )
    return page(
        request,
        "reports/triage_queue.html",
        {
            "reports": [ReportPresenter(r) for r in page_obj],
            "page_obj": page_obj,
            "total": paginator.count,
            "candour_overdue": [p for p in map(ReportPresenter, outstanding) if p.candour.overdue],
        },
    )


@permission_required(Permission.TRIAGE_REPORTS)
@require_http_methods(["GET", "POST"])
def triage_decide(request, reference):
    report = _report(request, reference)
    form = TriageForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            decision = services.triage_decide(
                report=report,
                response=data["response"],
                reason=data["reason"],
                referred_to=data.get("referred_to", ""),
                referral_detail=data.get("referral_detail", ""),
                by=Auditor.from_request(request),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, f"{report.reference} has been triaged: {decision.get_response_display()}."
            )
            return redirect("reports:triage_queue")
    organisation = request.organisation
    can_view_learning = has_permission(request.user, Permission.VIEW_LEARNING, organisation)
    return page(
        request,
        "reports/triage_decide.html",
        {
            "report": ReportPresenter(report),
            "form": form,
            "hints": RESPONSE_HINTS,
            # The report's words are only a query here: they never leave the server.
            "similar": similar_to_report(report, organisation) if can_view_learning else None,
        },
    )


@permission_required(Permission.RECORD_CANDOUR)
@require_http_methods(["GET", "POST"])
def candour(request, reference):
    report = _report(request, reference)
    presenter = ReportPresenter(report)
    if not presenter.candour.applies:
        # Nothing to record: the page says why (a POST changes nothing either).
        return page(request, "reports/candour_not_notifiable.html", {"report": presenter})
    form = CandourForm(
        request.POST if request.method == "POST" else None, record=getattr(report, "candour", None)
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.candour_record(
                report=report,
                told_at=data["told_at"],
                told_by=data["told_by"],
                told_whom=data["told_whom"],
                letter_sent_on=data["letter_sent_on"],
                notes=data["notes"],
                by=Auditor.from_request(request),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, f"The duty of candour record for {report.reference} has been saved."
            )
            return redirect("reports:detail", reference=report.reference)
    return page(request, "reports/candour.html", {"report": presenter, "form": form})
