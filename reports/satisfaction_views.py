"""The satisfaction survey's results for coordinators. Aggregates and anonymous
comments only, but still a look at what clients said: audited like the dashboards."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from counselling import access, audit
from counselling.models import AuditAction

from .filters import SatisfactionFilterForm
from .satisfaction import survey_results
from .views import REPORT_ROLES, scope_detail


@login_required
def satisfaction(request):
    access.require_role(request.user, *REPORT_ROLES)
    form = SatisfactionFilterForm(request.GET, user=request.user)
    if not form.is_valid():
        return render(request, "reports/satisfaction.html", {"form": form}, status=400)
    scope = form.scope()
    results = survey_results(user=request.user, scope=scope)
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        request=request,
        detail={"page": "satisfaction", **scope_detail(scope)},
    )
    return render(request, "reports/satisfaction.html", {"form": form, "results": results})
