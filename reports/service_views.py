"""The service dashboard: contacts, interpreters, response and waiting times, referrals.
Numbers only (no client is named), so viewing it is audited as a page, not per client."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render

from counselling import access, audit
from counselling.models import AuditAction

from . import dashboard, exports, files, period_report
from .filters import ServiceFilterForm
from .views import REPORT_ROLES, scope_detail


def _refuse(request, form):
    return render(request, "reports/service.html", {"form": form}, status=400)


@login_required
def service(request):
    access.require_role(request.user, *REPORT_ROLES)
    form = ServiceFilterForm(request.GET, user=request.user)
    if not form.is_valid():
        return _refuse(request, form)
    scope = form.scope()
    numbers = dashboard.build(user=request.user, scope=scope)
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        request=request,
        detail={"page": "service", **scope_detail(scope)},
    )
    context = {
        "form": form,
        "dashboard": numbers,
        "filters": request.GET.urlencode(),
        "params": period_report.params(form),
        "files": files.mine(request.user, [period_report.KIND]),
        "file_days": settings.REPORT_FILE_DAYS,
    }
    return render(request, "reports/service.html", context)


@login_required
def service_report(request):
    """Start the period report as a PDF and watch it being made."""
    access.require_role(request.user, *REPORT_ROLES)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = ServiceFilterForm(request.POST, user=request.user)
    if not form.is_valid():
        return _refuse(request, form)
    row = files.start(user=request.user, kind=period_report.KIND, params=period_report.params(form))
    return redirect(row)


@login_required
def service_export(request, table: str, fmt: str):
    """One table of the service dashboard, with its filters, as CSV or XLSX."""
    access.require_role(request.user, *REPORT_ROLES)
    if fmt not in exports.FORMATS:
        raise Http404
    form = ServiceFilterForm(request.GET, user=request.user)
    if not form.is_valid():
        return _refuse(request, form)
    scope = form.scope()
    found = dashboard.build(user=request.user, scope=scope, only=table).table(table)
    if found is None:
        raise Http404
    audit.record(
        actor=request.user,
        action=AuditAction.EXPORT,
        request=request,
        detail={"page": "service", "table": table, "format": fmt, **scope_detail(scope)},
    )
    return exports.download(
        found.headings,
        found.cells,
        title=found.title,
        fmt=fmt,
        name=(f"service-{table}-{scope.period.first:%Y%m%d}-{scope.period.last:%Y%m%d}"),
    )
