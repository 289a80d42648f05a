from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from channels.access import inquiries_for, visits_for
from channels.services import close as close_inquiry
from channels.services import end_visit
from clients.models import Topic
from programmes import selectors as programme_selectors

from .. import access, audit, services
from ..forms import SessionForm
from ..models import AuditAction, Channel
from . import named_in_query


@login_required
def log_session(request, pk: int):
    """One form, one click from the client page, with today's sensible defaults."""
    access.require_role(request.user, *access.SESSION_ROLES)
    client = get_object_or_404(access.clients_for(request.user), pk=pk)
    offices = access.offices_for(request.user).order_by("name")
    initial = {
        "started_at": timezone.localtime().replace(second=0, microsecond=0),
        "office": offices.filter(pk=access.home_office_id(request.user)).first() or offices.first(),
        "interpreter_language": client.interpreter_language if client.interpreter_needed else "",
    }
    visit = _called_visit(request, client)
    if visit is not None:  # a walk-in called in from the queue: this session serves it
        initial.update(
            office=visit.office,
            channel=Channel.IN_PERSON,
            started_at=timezone.localtime(visit.called_at).replace(second=0, microsecond=0),
        )
        if visit.topic_id:
            initial["topics"] = [visit.topic.code]
    inquiry = _answered_inquiry(request, client)
    if inquiry is not None:  # the session answers this inquiry, and closes it
        initial.update(office=inquiry.office, channel=_session_channel(inquiry))
        if inquiry.topic_id:
            initial["topics"] = [inquiry.topic.code]
        if inquiry.interpreter_language:
            initial["interpreter_language"] = inquiry.interpreter_language
        if inquiry.duration_minutes:
            initial["duration_minutes"] = inquiry.duration_minutes
    form = SessionForm(
        request.POST or None,
        offices=offices,
        topics=Topic.objects.select_related("parent").order_by("position"),
        initial=initial,
    )
    context = {"client": client, "form": form, "inquiry": inquiry}
    context["plan_goals"] = programme_selectors.open_goals(user=request.user, client=client)
    if request.method != "POST":
        audit.record(
            actor=request.user,
            action=AuditAction.VIEW,
            obj=client,
            client_id=client.pk,
            request=request,
            detail={"form": "session"},
        )
        return render(request, "counselling/session_form.html", context)
    if not form.is_valid():
        return render(request, "counselling/session_form.html", context, status=400)
    with transaction.atomic():  # the session and what it serves, together
        _log_and_serve(request, form, client, visit, inquiry)
    messages.success(request, _("Session logged."))
    return redirect(client.get_absolute_url() + "#timeline")


def _log_and_serve(request, form, client, visit, inquiry) -> None:
    session = services.log_session(
        session=form.save(commit=False),
        counsellor=request.user,
        client=client,
        topics=list(form.cleaned_data["topics"]),
        follow_up_due=form.cleaned_data["follow_up_due"],
        follow_up_description=form.cleaned_data["follow_up_description"],
        request=request,
    )
    if visit is not None:
        end_visit(visit=visit, status="served", by=request.user, request=request)
    if inquiry is not None:
        close_inquiry(
            inquiry=inquiry,
            outcome=session.outcome,
            by=request.user,
            answered=True,
            request=request,
        )


def _called_visit(request, client):
    """The walk-in (`?visit=`) this counsellor called in for this client, if any."""
    called = visits_for(request.user).filter(client=client, served_by=request.user, status="called")
    return named_in_query(request, "visit", called.select_related("topic", "office"))


def _answered_inquiry(request, client):
    """The client's open inquiry (`?inquiry=`) this session answers, if any."""
    open_ones = inquiries_for(request.user).filter(client=client).exclude(status="closed")
    return named_in_query(request, "inquiry", open_ones.select_related("topic", "office"))


def _session_channel(inquiry) -> str:
    """How the session happens, from how the newcomer asked and wished an answer."""
    if inquiry.channel == "walk_in" or inquiry.reply_by == "visit":
        return Channel.IN_PERSON
    if inquiry.channel == "phone" or inquiry.reply_by == "phone":
        return Channel.PHONE
    return Channel.EMAIL
