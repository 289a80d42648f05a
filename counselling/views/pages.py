from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from programmes import selectors as programme_selectors

from .. import access, audit, selectors
from ..models import AuditAction, Role


@login_required
def home(request):
    """The signed-in start page: my open cases, the partner's waiting room, or a
    volunteer's matches."""
    if request.user.role == Role.PARTNER:
        return redirect("partner-home")
    if request.user.role == Role.VOLUNTEER:
        return redirect("my-matches")
    access.require_staff(request.user)
    work = selectors.my_work(request.user)
    shown = {case.client_id for case in work["my_cases"]}
    work["overruns"] = programme_selectors.my_overruns(request.user)
    shown |= {item.client_id for item in work["follow_ups"] + work["sessions"] + work["overruns"]}
    shown.discard(None)  # a household's case names no single client
    if shown:
        audit.record(
            actor=request.user,
            action=AuditAction.VIEW,
            request=request,
            detail={"list": "my_work", "clients": sorted(shown)},
        )
    return render(request, "counselling/home.html", work)


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
