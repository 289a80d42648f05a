from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from clients.models import Topic

from .. import access, audit, services
from ..forms import CaseForm, HandoverForm
from ..history import changes_of
from ..models import AuditAction, Case

CASE_ROLES = access.SESSION_ROLES


def _topics():
    return Topic.objects.select_related("parent").order_by("position")


def _case_or_404(request, pk: int) -> Case:
    return get_object_or_404(
        access.cases_for(request.user).select_related("client", "household", "office", "owner"),
        pk=pk,
    )


def _audit_read(request, *, case, client, members=(), detail=None) -> None:
    """A page showing a case, its client or its household's members is a read of them."""
    detail = dict(detail or {})
    if members:
        detail["clients"] = [member.pk for member in members]
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        obj=case or client,
        client_id=client.pk if client else None,
        office_id=case.office_id if case else None,
        request=request,
        detail=detail,
    )


@login_required
def case_create(request, pk: int):
    """Open a case for the client, or for the client's whole household."""
    access.require_role(request.user, *CASE_ROLES)
    client = get_object_or_404(access.clients_for(request.user).select_related("household"), pk=pk)
    offices = access.offices_for(request.user).order_by("name")
    owners = access.caseworkers(offices)
    home = access.home_office_id(request.user)
    form = CaseForm(
        request.POST or None,
        offices=offices,
        owners=owners,
        topics=_topics(),
        household=access.households_for_new_cases(request.user)
        .filter(pk=client.household_id)
        .first(),
        initial={
            "office": offices.filter(pk=home).first() or offices.first(),
            "owner": request.user if owners.filter(pk=request.user.pk).exists() else None,
        },
    )
    context = {"client": client, "form": form}
    if request.method != "POST":
        _audit_read(request, case=None, client=client, detail={"form": "case"})
        return render(request, "counselling/case_form.html", context)
    if not form.is_valid():
        return render(request, "counselling/case_form.html", context, status=400)
    case = form.save(commit=False)
    if form.cleaned_data.get("for_household"):
        case.household = form.household
    else:
        case.client = client
    services.open_case(
        case=case, opened_by=request.user, topics=list(form.cleaned_data["topics"]), request=request
    )
    messages.success(request, _("Case %(reference)s opened.") % {"reference": case.reference})
    return redirect(case)


@login_required
def case_detail(request, pk: int):
    access.require_staff(request.user)
    case = _case_or_404(request, pk)
    members = (
        list(access.clients_for(request.user).filter(household_id=case.household_id))
        if case.household_id
        else []
    )
    _audit_read(request, case=case, client=case.client, members=members)
    context = {
        "case": case,
        "members": members,
        "topics": list(case.topics.order_by("position")),
        "handovers": list(
            case.handovers.select_related("from_owner", "to_owner", "handed_over_by")
        ),
        "sessions": list(
            access.sessions_for(request.user)
            .filter(case=case)
            .select_related("client", "counsellor")
            .order_by("-started_at", "-id")[:20]
        ),
        "history": changes_of(case),
        "can_work": request.user.role in CASE_ROLES,
        # The client's processing is restricted (clients.restriction): nothing to change.
        "read_only": case.client is not None and case.client.restricted_at is not None,
        "handover_form": HandoverForm(candidates=services.handover_candidates(case)),
    }
    return render(request, "counselling/case_detail.html", context)


@login_required
def case_edit(request, pk: int):
    access.require_role(request.user, *CASE_ROLES)
    case = _case_or_404(request, pk)
    form = CaseForm(
        request.POST or None,
        instance=case,
        offices=None,
        owners=None,
        topics=_topics(),
        initial={"topics": list(case.topics.values_list("code", flat=True))},
    )
    context = {"case": case, "client": case.client, "form": form}
    if request.method != "POST":
        _audit_read(request, case=case, client=case.client, detail={"form": "case"})
        return render(request, "counselling/case_form.html", context)
    if not form.is_valid():
        return render(request, "counselling/case_form.html", context, status=400)
    if form.has_changed():
        services.update_case(
            case=form.save(commit=False),
            changed_by=request.user,
            changed=form.changed_data,
            topics=list(form.cleaned_data["topics"]),
            request=request,
        )
        messages.success(request, _("Changes saved."))
    return redirect(case)


@login_required
def case_handover(request, pk: int):
    access.require_role(request.user, *CASE_ROLES)
    case = _case_or_404(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = HandoverForm(request.POST, candidates=services.handover_candidates(case))
    if form.is_valid():
        try:
            services.hand_over_case(
                case=case,
                to_owner=form.cleaned_data["to_owner"],
                note=form.cleaned_data["note"],
                handed_over_by=request.user,
                request=request,
            )
        except ValidationError as error:
            form.add_error(None, error)
    if not form.is_valid():
        context = {"case": case, "handover_form": form}
        return render(request, "counselling/case_handover.html", context, status=400)
    messages.success(request, _("Case handed over."))
    return redirect(case)


@login_required
def case_status(request, pk: int):
    """Close or reopen (the posted `status`); the service refuses other moves."""
    access.require_role(request.user, *CASE_ROLES)
    case = _case_or_404(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        services.set_case_status(
            case=case,
            status=request.POST.get("status", ""),
            changed_by=request.user,
            request=request,
        )
    except ValidationError as error:
        context = {"case": case, "errors": error.messages}
        return render(request, "counselling/case_problem.html", context, status=400)
    messages.success(request, _("Case status changed."))
    return redirect(case)


@login_required
def follow_up_done(request, pk: int):
    access.require_role(request.user, *CASE_ROLES)
    follow_up = get_object_or_404(access.follow_ups_for(request.user), pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    services.complete_follow_up(follow_up=follow_up, done_by=request.user, request=request)
    messages.success(request, _("Follow-up marked as done."))
    return redirect("home")
