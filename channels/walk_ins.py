"""Walk-ins: reception gives a queue number, the waiting room sees numbers only, and a
counsellor calls the next person in and logs the session."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from counselling import access as counselling_access
from counselling import audit
from counselling.models import AuditAction, Office

from . import access, services
from .forms import VisitForm
from .models import Visit


@login_required
def walk_ins(request):
    """Register a walk-in, and today's queue of my offices."""
    counselling_access.require_staff(request.user)
    offices = counselling_access.offices_for(request.user).order_by("name")
    form = VisitForm(
        request.POST or None,
        offices=offices,
        clients=counselling_access.clients_for(request.user),
        initial={"office": counselling_access.home_office_id(request.user)},
    )
    if request.method == "POST" and form.is_valid():
        visit = form.save(commit=False)
        visit.client = form.cleaned_data["client_reference"]
        services.register_visit(visit=visit, registered_by=request.user, request=request)
        messages.success(request, _("Queue number %(number)s given.") % {"number": visit.number})
        return redirect("walk-ins")
    today = (
        access.visits_for(request.user)
        .filter(day=timezone.localdate())
        .select_related("office", "topic", "client", "served_by")
        .order_by("office__name", "number")
    )
    visits = list(today)
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        request=request,
        detail={
            "list": "walk_ins",
            "clients": sorted({v.client_id for v in visits if v.client_id}),
        },
    )
    context = {
        "form": form,
        "visits": visits,
        "offices": offices,
        "can_call": request.user.role in counselling_access.SESSION_ROLES,
        "now": timezone.now(),
    }
    return render(request, "channels/walk_ins.html", context, status=400 if form.errors else 200)


@login_required
def call_next(request, pk: int):
    """Call the longest-waiting visitor of this office; with a known client, go straight
    to the session form."""
    counselling_access.require_role(request.user, *counselling_access.SESSION_ROLES)
    office = get_object_or_404(counselling_access.offices_for(request.user), pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    visit = services.call_next(office=office, counsellor=request.user, request=request)
    if visit is None:
        messages.info(request, _("Nobody is waiting."))
        return redirect("walk-ins")
    messages.success(
        request,
        _("Number %(number)s called in after %(minutes)s minutes of waiting.")
        % {"number": visit.number, "minutes": visit.waited_minutes},
    )
    if visit.client_id:
        return redirect(reverse("session-create", args=[visit.client_id]) + f"?visit={visit.pk}")
    return redirect("walk-ins")


@login_required
def end_visit(request, pk: int):
    counselling_access.require_staff(request.user)
    visit = get_object_or_404(access.visits_for(request.user), pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if request.POST.get("status") not in services.VISIT_ENDINGS:
        context = {"message": _("Say whether the visitor was served or left.")}
        return render(request, "400.html", context, status=400)
    try:
        services.end_visit(
            visit=visit, status=request.POST.get("status", ""), by=request.user, request=request
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("walk-ins")
    return redirect("walk-ins")


def waiting_room(request, code: str):
    """The screen in the waiting room: queue numbers only, never a name. Public, and
    refreshed by the browser every few seconds (no script needed)."""
    office = get_object_or_404(Office, code=code)
    today = Visit.objects.filter(office=office, day=timezone.localdate())
    context = {
        "office": office,
        "waiting": list(
            today.filter(status=Visit.Status.WAITING)
            .order_by("number")
            .values_list("number", flat=True)
        ),
        "called": list(
            today.filter(status=Visit.Status.CALLED)
            .order_by("-called_at")
            .values_list("number", flat=True)[:5]
        ),
    }
    return render(request, "channels/waiting_room.html", context)
