from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from counselling import access, audit
from counselling.models import AuditAction

from . import selectors, services, sharing
from .access import COORDINATOR_ROLES, matches_for, require_volunteer, volunteers_for
from .forms import (
    CheckInForm,
    EndMatchForm,
    MatchForm,
    RosterFilterForm,
    SuggestForm,
    VolunteerForm,
)
from .models import Volunteer


def _my_offices(request):
    return access.offices_for(request.user).order_by("name")


@login_required
def volunteer_list(request):
    """The roster of the coordinator's offices, filtered by kind, language and office."""
    access.require_role(request.user, *COORDINATOR_ROLES)
    filters = RosterFilterForm(request.GET or None, offices=_my_offices(request))
    filters.is_valid()  # a filter that no longer fits is shown as an error; the rest apply
    chosen = getattr(filters, "cleaned_data", {})
    show = chosen.get("show") or "active"
    volunteers = selectors.roster(
        volunteers_for(request.user),
        office=chosen.get("office"),
        kind=chosen.get("kind", ""),
        language=chosen.get("language", ""),
        text=chosen.get("text", ""),
        active={"active": True, "inactive": False}.get(show),
    )
    page = Paginator(volunteers, 50).get_page(request.GET.get("page"))
    today = timezone.localdate()
    for volunteer in page:
        volunteer.check_valid = volunteer.check_valid_on(today)
    return render(request, "volunteers/volunteer_list.html", {"filters": filters, "page": page})


@login_required
def volunteer_create(request):
    access.require_role(request.user, *COORDINATOR_ROLES)
    return _volunteer_form(request, None)


@login_required
def volunteer_edit(request, pk: int):
    access.require_role(request.user, *COORDINATOR_ROLES)
    volunteer = get_object_or_404(volunteers_for(request.user), pk=pk)
    return _volunteer_form(request, volunteer)


def _volunteer_form(request, volunteer: Volunteer | None):
    offices = _my_offices(request)
    form = VolunteerForm(request.POST or None, instance=volunteer, offices=offices)
    context = {"form": form, "volunteer": volunteer}
    if request.method != "POST":
        return render(request, "volunteers/volunteer_form.html", context)
    if not form.is_valid():
        return render(request, "volunteers/volunteer_form.html", context, status=400)
    chosen = list(form.cleaned_data["offices"])
    if volunteer is not None:  # offices the coordinator does not work in stay as they were
        chosen += list(volunteer.offices.exclude(pk__in=offices))
    saved = services.save_volunteer(
        user=request.user,
        values=form.cleaned_data,
        offices=chosen,
        volunteer=volunteer,
        request=request,
    )
    messages.success(request, _("Volunteer saved."))
    return redirect(saved)


@login_required
def volunteer_detail(request, pk: int):
    access.require_role(request.user, *COORDINATOR_ROLES)
    volunteer = get_object_or_404(
        volunteers_for(request.user).prefetch_related("offices").select_related("user"), pk=pk
    )
    matches = list(
        matches_for(request.user)
        .filter(volunteer=volunteer)
        .select_related("client", "office")
        .order_by("status", "-starts_on", "-pk")
    )
    clients = sorted({match.client_id for match in matches})
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        obj=volunteer,
        request=request,
        detail={"clients": clients} if clients else None,
    )
    context = {
        "volunteer": volunteer,
        "matches": matches,
        "check_valid": volunteer.check_valid_on(timezone.localdate()),
    }
    return render(request, "volunteers/volunteer_detail.html", context)


def _client_or_404(request, pk: int):
    return get_object_or_404(access.clients_for(request.user), pk=pk)


@login_required
def match_suggest(request, pk: int):
    """Find a volunteer: for a kind of support, the office's volunteers ranked by shared
    languages, then place, then load, with the reasons shown."""
    access.require_role(request.user, *COORDINATOR_ROLES)
    client = _client_or_404(request, pk)
    offices = _my_offices(request)
    home = access.home_office_id(request.user)
    form = SuggestForm(request.GET or None, offices=offices, initial={"office": home})
    found = None
    if form.is_valid():
        found = selectors.suggestions(
            volunteers_for(request.user),
            client=client,
            kind=form.cleaned_data["kind"],
            office=form.cleaned_data["office"],
            today=timezone.localdate(),
        )
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        obj=client,
        client_id=client.pk,
        request=request,
        detail={"form": "volunteer_suggestions"},
    )
    context = {
        "client": client,
        "form": form,
        "suggestions": found,
        "client_languages": sharing.client_languages(client),
    }
    status = 400 if form.is_bound and not form.is_valid() else 200
    return render(request, "volunteers/match_suggest.html", context, status=status)


@login_required
def match_create(request, pk: int):
    access.require_role(request.user, *COORDINATOR_ROLES)
    client = _client_or_404(request, pk)
    offices = _my_offices(request)
    volunteers = volunteers_for(request.user).filter(active=True)
    form = MatchForm(
        request.POST or None,
        volunteers=volunteers,
        offices=offices,
        initial={
            "volunteer": request.GET.get("volunteer", "")[:12],
            "kind": request.GET.get("kind", "")[:30],
            "office": request.GET.get("office", "")[:12] or access.home_office_id(request.user),
        },
    )
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        obj=client,
        client_id=client.pk,
        request=request,
        detail={"form": "volunteer_match"},
    )
    context = {"client": client, "form": form}
    if request.method != "POST":
        return render(request, "volunteers/match_form.html", context)
    if not form.is_valid():
        return render(request, "volunteers/match_form.html", context, status=400)
    data = form.cleaned_data
    try:
        match = services.make_match(
            user=request.user,
            client=client,
            volunteer=data["volunteer"],
            office=data["office"],
            kind=data["kind"],
            starts_on=data["starts_on"],
            planned_end_on=data["planned_end_on"],
            shared_fields=data["shared_fields"],
            needs=data["needs"],
            request=request,
        )
    except ValidationError as error:
        form.add_error(None, error)
        return render(request, "volunteers/match_form.html", context, status=400)
    messages.success(
        request,
        _("%(client)s matched with %(volunteer)s.")
        % {"client": client, "volunteer": match.volunteer},
    )
    return redirect(match)


def _match_or_404(request, pk: int):
    return get_object_or_404(selectors.match_detail(matches_for(request.user)), pk=pk)


@login_required
def match_detail(request, pk: int):
    access.require_role(request.user, *COORDINATOR_ROLES)
    match = _match_or_404(request, pk)
    audit.record(actor=request.user, action=AuditAction.VIEW, obj=match, request=request)
    return _detail(request, match, CheckInForm(), EndMatchForm())


def _detail(request, match, check_in_form, end_form, status: int = 200):
    context = {
        "match": match,
        "shared": sharing.shown(match),
        "check_in_form": check_in_form,
        "end_form": end_form,
    }
    return render(request, "volunteers/match_detail.html", context, status=status)


@login_required
def match_check_in(request, pk: int):
    access.require_role(request.user, *COORDINATOR_ROLES)
    match = _match_or_404(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = CheckInForm(request.POST)
    if form.is_valid():
        try:
            services.log_check_in(
                user=request.user, match=match, request=request, **form.cleaned_data
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Check-in recorded."))
            return redirect(match)
    return _detail(request, match, form, EndMatchForm(), status=400)


@login_required
def match_end(request, pk: int):
    access.require_role(request.user, *COORDINATOR_ROLES)
    match = _match_or_404(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = EndMatchForm(request.POST)
    if form.is_valid():
        try:
            services.end_match(user=request.user, match=match, request=request, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Match ended."))
            return redirect(match)
    return _detail(request, match, CheckInForm(), form, status=400)


@login_required
def alerts(request):
    """Background checks expiring soon and matches without a recent check-in, in the
    coordinator's offices."""
    access.require_role(request.user, *COORDINATOR_ROLES)
    today = timezone.localdate()
    checks = list(selectors.expiring_checks(volunteers_for(request.user), today=today))
    quiet = list(selectors.quiet_matches(matches_for(request.user), today=today))
    context = {"checks": checks, "quiet": quiet, "today": today}
    if quiet:
        audit.record(
            actor=request.user,
            action=AuditAction.VIEW,
            request=request,
            detail={"list": "volunteer_alerts", "clients": sorted({m.client_id for m in quiet})},
        )
    return render(request, "volunteers/alerts.html", context)


@login_required
def my_matches(request):
    """A volunteer's own page: their active matches, each client shown only by the
    details that match shares."""
    require_volunteer(request.user)
    matches = list(selectors.volunteer_matches(matches_for(request.user)))
    shown = [(match, sharing.shown(match)) for match in matches]
    if matches:
        audit.record(
            actor=request.user,
            action=AuditAction.VIEW,
            request=request,
            detail={"list": "my_matches", "clients": sorted({m.client_id for m in matches})},
        )
    return render(request, "volunteers/my_matches.html", {"matches": shown})
