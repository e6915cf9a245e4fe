"""Home, health check, error pages and the audit trail."""

from django.contrib.auth.views import redirect_to_login
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from learnloop.core.presenters import AuditLogPresenter, HomePresenter
from learnloop.organisations.access import permission_required
from learnloop.organisations.roles import Permission


def page(request, template: str, context: dict | None = None, status: int = 200):
    return render(request, template, context or {}, status=status)


def home(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if request.organisation is None:
        return page(request, "core/no_organisation.html", status=403)
    return page(request, "core/home.html", {"home": HomePresenter.for_request(request)})


def about(request):
    return page(request, "core/about.html")


@permission_required(Permission.VIEW_AUDIT_LOG)
def audit_log(request):
    entries = (
        AuditLogPresenter.for_organisation(request.organisation, page=request.GET.get("page", 1))
    )
    return page(request, "core/audit_log.html", {"audit": entries})


@never_cache
@require_GET
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        return JsonResponse(
            {"status": "unavailable", "database": "unreachable", "detail": error.__class__.__name__},
            status=503,
        )
    return JsonResponse({"status": "ok", "database": "reachable", "engine": connection.vendor})


def error_403(request, exception=None):
    return page(request, "403.html", {"reason": str(exception) if exception else ""}, status=403)


def error_404(request, exception=None):
    return page(request, "404.html", status=404)


def error_500(request):
    # Keep this independent of the database: it may be why we are here.
    return render(request, "500.html", status=500)
