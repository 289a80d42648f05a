from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from .. import access, audit
from ..models import AuditAction, Case, Role


@login_required
def home(request):
    """The signed-in start page: my open cases, or the partner's waiting room."""
    if request.user.role == Role.PARTNER:
        return render(request, "counselling/partner_home.html")
    access.require_staff(request.user)
    my_cases = (
        access.cases_for(request.user)
        .filter(owner=request.user, status=Case.Status.OPEN)
        .select_related("client", "office")[:20]
    )
    if my_cases:
        audit.record(
            actor=request.user,
            action=AuditAction.VIEW,
            request=request,
            detail={"list": "my_cases", "clients": [case.client_id for case in my_cases]},
        )
    return render(request, "counselling/home.html", {"my_cases": my_cases})


@login_required
def account(request):
    from ..twofactor import confirmed_device

    return render(
        request,
        "counselling/account.html",
        {
            "two_factor_on": confirmed_device(request.user) is not None,
            "offices": request.user.offices.all(),
        },
    )
