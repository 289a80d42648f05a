from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from counselling import access, audit
from counselling.models import AuditAction

from . import selectors, services
from .access import ORGANISER_ROLES, meetings_for, series_for, sign_ups_for
from .forms import AttendanceForm, MeetingForm, SeriesForm, SignUpForm


def _service_errors(form, error: ValidationError) -> None:
    """A service's refusal shown on the form, on its field where it names one."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


@login_required
def activity_list(request):
    """Group activities of my offices, the latest first."""
    access.require_staff(request.user)
    page = Paginator(selectors.series_list(series_for(request.user)), 50).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "activities/activity_list.html",
        {"page": page, "can_organise": request.user.role in ORGANISER_ROLES},
    )


@login_required
def activity_create(request):
    access.require_role(request.user, *ORGANISER_ROLES)
    form = SeriesForm(request.POST or None, offices=access.offices_for(request.user))
    if request.method != "POST":
        return render(request, "activities/activity_form.html", {"form": form})
    if form.is_valid():
        try:
            series = services.create_series(
                user=request.user, values=form.cleaned_data, request=request
            )
        except ValidationError as error:
            _service_errors(form, error)
        else:
            messages.success(request, _("Activity created. Now add its meetings."))
            return redirect(series)
    return render(request, "activities/activity_form.html", {"form": form}, status=400)


@login_required
def activity_detail(request, pk: int):
    """Meetings, confirmed participants and the waiting list."""
    access.require_staff(request.user)
    series = selectors.series_page(series_for(request.user), pk)
    if series is None:
        raise Http404
    sign_ups = series.sign_ups.all()
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        obj=series,
        request=request,
        detail={"clients": sorted({entry.client_id for entry in sign_ups})},
    )
    by_status = {status: [] for status in ("confirmed", "waiting", "cancelled")}
    for entry in sign_ups:
        by_status[entry.status].append(entry)
    context = {
        "series": series,
        "confirmed": by_status["confirmed"],
        "waiting": by_status["waiting"],
        "cancelled": by_status["cancelled"],
        "can_organise": request.user.role in ORGANISER_ROLES,
    }
    return render(request, "activities/activity_detail.html", context)


@login_required
def activity_edit(request, pk: int):
    access.require_role(request.user, *ORGANISER_ROLES)
    series = get_object_or_404(series_for(request.user), pk=pk)
    form = SeriesForm(
        request.POST or None, instance=series, offices=access.offices_for(request.user)
    )
    context = {"form": form, "series": series}
    if request.method != "POST":
        return render(request, "activities/activity_form.html", context)
    if form.is_valid():
        try:
            services.update_series(
                user=request.user, series=series, values=form.cleaned_data, request=request
            )
        except ValidationError as error:
            _service_errors(form, error)
        else:
            messages.success(request, _("Activity saved."))
            return redirect(series)
    return render(request, "activities/activity_form.html", context, status=400)


@login_required
def meeting_create(request, pk: int):
    access.require_role(request.user, *ORGANISER_ROLES)
    series = get_object_or_404(series_for(request.user), pk=pk)
    return _meeting_form(request, series, None)


@login_required
def meeting_edit(request, pk: int):
    access.require_role(request.user, *ORGANISER_ROLES)
    meeting = get_object_or_404(meetings_for(request.user).select_related("series"), pk=pk)
    return _meeting_form(request, meeting.series, meeting)


def _meeting_form(request, series, meeting):
    form = MeetingForm(request.POST or None, instance=meeting)
    context = {"form": form, "series": series, "meeting": meeting}
    if request.method != "POST":
        return render(request, "activities/meeting_form.html", context)
    if form.is_valid():
        try:
            if meeting is None:
                services.add_meeting(
                    user=request.user, series=series, values=form.cleaned_data, request=request
                )
            else:
                services.update_meeting(
                    user=request.user, meeting=meeting, values=form.cleaned_data, request=request
                )
        except ValidationError as error:
            _service_errors(form, error)
        else:
            messages.success(request, _("Meeting saved."))
            return redirect(series.get_absolute_url() + "#meetings")
    return render(request, "activities/meeting_form.html", context, status=400)


@login_required
def meeting_attendance(request, pk: int):
    """One page to tick who came: a row per confirmed participant, and the anonymous count."""
    access.require_role(request.user, *ORGANISER_ROLES)
    meeting = get_object_or_404(
        meetings_for(request.user).select_related("series", "series__office"), pk=pk
    )
    participants = selectors.meeting_with_participants(meeting)
    form = AttendanceForm(
        request.POST or None,
        participants=participants,
        initial={"anonymous_count": meeting.anonymous_count},
    )
    context = {"form": form, "meeting": meeting, "series": meeting.series}
    if request.method != "POST":
        audit.record(
            actor=request.user,
            action=AuditAction.VIEW,
            obj=meeting,
            request=request,
            detail={"clients": [entry.client_id for entry, _mark in participants]},
        )
        return render(request, "activities/meeting_attendance.html", context)
    if form.is_valid():
        try:
            services.record_attendance(
                user=request.user,
                meeting=meeting,
                marks=form.marks(),
                anonymous_count=form.cleaned_data["anonymous_count"],
                request=request,
            )
        except ValidationError as error:
            _service_errors(form, error)
        else:
            messages.success(request, _("Attendance saved."))
            return redirect(meeting.series.get_absolute_url() + "#meetings")
    return render(request, "activities/meeting_attendance.html", context, status=400)


@login_required
def client_sign_up(request, pk: int):
    """Sign a client up for an activity of my offices (the client page holds this form)."""
    access.require_staff(request.user)
    client = get_object_or_404(access.clients_for(request.user), pk=pk)
    form = SignUpForm(request.POST or None, series=selectors.open_series(series_for(request.user)))
    context = {"client": client, "form": form}
    if request.method != "POST":
        audit.record(
            actor=request.user,
            action=AuditAction.VIEW,
            obj=client,
            client_id=client.pk,
            office_id=client.registered_office_id,
            request=request,
            detail={"form": "activity-sign-up"},
        )
        return render(request, "activities/sign_up_form.html", context)
    if form.is_valid():
        try:
            entry = services.sign_up(
                user=request.user,
                series=form.cleaned_data["series"],
                client=client,
                request=request,
            )
        except ValidationError as error:
            _service_errors(form, error)
        else:
            if entry.status == entry.Status.CONFIRMED:
                messages.success(request, _("Signed up: the place is confirmed."))
            else:
                messages.success(
                    request, _("The activity is full: the client is on the waiting list.")
                )
            return redirect(client.get_absolute_url() + "#activities")
    return render(request, "activities/sign_up_form.html", context, status=400)


@login_required
def sign_up_cancel(request, pk: int):
    access.require_staff(request.user)
    entry = get_object_or_404(sign_ups_for(request.user).select_related("series"), pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        promoted = services.cancel_sign_up(user=request.user, sign_up=entry, request=request)
    except ValidationError as error:
        context = {"series": entry.series, "errors": error.messages}
        return render(request, "activities/refused.html", context, status=400)
    if promoted is not None:
        messages.success(
            request, _("Sign-up cancelled. The first person waiting now has the place.")
        )
    else:
        messages.success(request, _("Sign-up cancelled."))
    return redirect(entry.series.get_absolute_url() + "#sign-ups")
