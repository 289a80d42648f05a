"""The satisfaction survey's results for coordinators. Aggregates and anonymous
comments only, but still a look at what clients said: audited like the dashboards."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from counselling import access, audit
from counselling.models import AuditAction

from .filters import ServiceFilterForm
from .satisfaction import survey_results
from .views import REPORT_ROLES


@login_required
def satisfaction(request):
    access.require_role(request.user, *REPORT_ROLES)
    form = ServiceFilterForm(request.GET, user=request.user)
    if not form.is_valid():
        return render(request, "reports/satisfaction.html", {"form": form}, status=400)
    scope = form.scope()
    results = survey_results(user=request.user, scope=scope)
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        request=request,
        detail={
            "page": "satisfaction",
            "office": scope.office.pk if scope.office else None,
            "from": scope.period.first.isoformat(),
            "to": scope.period.last.isoformat(),
        },
    )
    return render(request, "reports/satisfaction.html", {"form": form, "results": results})
