"""Pages of programmes: the coordinator's list of enrolments, the enrolment page (phase
timeline, plan, move), enrolling a client. Each: access policy → form → one service."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from counselling import access, audit
from counselling.models import AuditAction
from counselling.views import named_in_query

from . import selectors, services
from .access import PROGRAMME_ROLES, goals_for
from .forms import EnrolForm, EnrolmentFilterForm, GoalForm, MoveForm, ReviewForm
from .models import Phase, Programme

MOVE_LABELS = {
    "next": gettext_lazy("On to %(phase)s"),
    "back": gettext_lazy("Back to %(phase)s (say why in the note)"),
    "close": gettext_lazy("Close the enrolment (%(phase)s)"),
}


@login_required
def enrolment_list(request):
    """Enrolments at the user's offices, overrunning phases first."""
    access.require_staff(request.user)
    filters = EnrolmentFilterForm(
        request.GET or None,
        programmes=Programme.objects.order_by("name"),
        phases=Phase.objects.select_related("programme").order_by("programme__name", "order"),
    )
    filters.is_valid()  # a filter that no longer fits is shown as an error; the rest apply
    chosen = getattr(filters, "cleaned_data", {})
    enrolments = selectors.enrolment_list(
        user=request.user,
        programme=chosen.get("programme"),
        phase=chosen.get("phase"),
        mine=chosen.get("mine", False),
        closed=chosen.get("closed", False),
    )
    page = Paginator(enrolments, 50).get_page(request.GET.get("page"))
    today = timezone.localdate()
    selectors.mark_overruns(page, today)
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        request=request,
        detail={"list": "enrolments", "clients": sorted({e.client_id for e in page})},
    )
    return render(request, "programmes/enrolment_list.html", {"filters": filters, "page": page})


@login_required
def enrolment_create(request, pk: int):
    """Enrol a client in a programme at one of the user's offices."""
    access.require_role(request.user, *PROGRAMME_ROLES)
    client = get_object_or_404(access.clients_for(request.user), pk=pk)
    offices = access.offices_for(request.user).order_by("name")
    form = EnrolForm(
        request.POST or None,
        programmes=Programme.objects.filter(active=True).order_by("name"),
        offices=offices,
        people=access.caseworkers(offices.values("pk")),
        initial={
            "office": access.home_office_id(request.user),
            "responsible": request.user.pk,
            "programme": named_in_query(request, "programme", Programme.objects.all()),
        },
    )
    context = {"client": client, "form": form}
    if request.method != "POST":
        audit.record(
            actor=request.user,
            action=AuditAction.VIEW,
            obj=client,
            client_id=client.pk,
            request=request,
            detail={"form": "enrolment"},
        )
        return render(request, "programmes/enrol_form.html", context)
    if form.is_valid():
        try:
            enrolment = services.enrol(
                client=client, by=request.user, request=request, **form.cleaned_data
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Enrolled in %(programme)s.") % {
                "programme": enrolment.programme
            })  # fmt: skip
            return redirect(enrolment)
    return render(request, "programmes/enrol_form.html", context, status=400)


def _enrolment_or_404(request, pk: int):
    return get_object_or_404(selectors.enrolment_detail(request.user), pk=pk)


@login_required
def enrolment_detail(request, pk: int):
    access.require_staff(request.user)
    enrolment = _enrolment_or_404(request, pk)
    audit.record(actor=request.user, action=AuditAction.VIEW, obj=enrolment, request=request)
    return _detail(request, enrolment)


def _client_sessions(request, enrolment):
    return (
        access.sessions_for(request.user)
        .filter(client_id=enrolment.client_id)
        .order_by("-started_at")
    )


def _detail(request, enrolment, *, move_form=None, goal_form=None, failed=None, status=200):
    """The enrolment page; a form that failed comes back with its errors (`failed`: the
    goal whose review was refused, with its form)."""
    phases = list(enrolment.programme.phases.all())
    moves = services.allowed_phases(enrolment, phases)
    people = access.caseworkers([enrolment.office_id])
    move_form = move_form or MoveForm(
        phases=enrolment.programme.phases.all(),
        people=people,
        initial={"responsible": enrolment.responsible_id},
    )
    # Offer only the allowed steps; any other is refused by the service with its reason.
    move_form.fields["phase"].choices = [
        (phase.pk, MOVE_LABELS[step] % {"phase": phase.name}) for step, phase in moves.items()
    ]
    sessions = _client_sessions(request, enrolment)
    # "Review plan goals" from a session on the client page names that session.
    at_session = named_in_query(request, "session", access.sessions_for(request.user).filter(
        client_id=enrolment.client_id
    ))  # fmt: skip
    goals = []
    session_choices = None  # read once for all the goals' forms
    for goal in enrolment.goals.all():
        if failed is not None and failed[0].pk == goal.pk:
            goal.review_form = failed[1]
        else:
            goal.review_form = ReviewForm(
                sessions=sessions,
                initial={"status": goal.status, "session": at_session},
                prefix=f"goal-{goal.pk}",
            )
        field = goal.review_form.fields["session"]
        session_choices = session_choices or list(field.choices)
        field.choices = session_choices
        goals.append(goal)
    context = {
        "enrolment": enrolment,
        "phases": phases,
        "spells": list(enrolment.spells.all()),
        "moves": moves,
        "move_form": move_form,
        "goals": goals,
        "goal_form": goal_form or GoalForm(),
        "at_session": at_session,
        "can_work": request.user.role in PROGRAMME_ROLES,
        "today": timezone.localdate(),
        "overrun_days": enrolment.days_over(),
    }
    return render(request, "programmes/enrolment_detail.html", context, status=status)


@login_required
def enrolment_move(request, pk: int):
    access.require_role(request.user, *PROGRAMME_ROLES)
    enrolment = _enrolment_or_404(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = MoveForm(
        request.POST,
        phases=enrolment.programme.phases.all(),
        people=access.caseworkers([enrolment.office_id]),
    )
    if form.is_valid():
        try:
            services.move_to_phase(
                enrolment=enrolment, by=request.user, request=request, **form.cleaned_data
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Moved to %(phase)s.") % {"phase": form.cleaned_data["phase"]}
            )
            return redirect(enrolment)
    return _detail(request, enrolment, move_form=form, status=400)


@login_required
def goal_create(request, pk: int):
    access.require_role(request.user, *PROGRAMME_ROLES)
    enrolment = _enrolment_or_404(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = GoalForm(request.POST)
    if form.is_valid():
        try:
            services.add_goal(
                enrolment=enrolment, by=request.user, request=request, **form.cleaned_data
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Goal added to the plan."))
            return redirect(enrolment.get_absolute_url() + "#plan")
    return _detail(request, enrolment, goal_form=form, status=400)


@login_required
def goal_review(request, pk: int):
    access.require_role(request.user, *PROGRAMME_ROLES)
    goal = get_object_or_404(goals_for(request.user).select_related("enrolment"), pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    enrolment = _enrolment_or_404(request, goal.enrolment_id)
    form = ReviewForm(
        request.POST, sessions=_client_sessions(request, enrolment), prefix=f"goal-{goal.pk}"
    )
    if form.is_valid():
        try:
            services.review_goal(goal=goal, by=request.user, request=request, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Goal updated."))
            return redirect(enrolment.get_absolute_url() + "#plan")
    return _detail(request, enrolment, failed=(goal, form), status=400)
