from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from clients.languages import CLIENT_LANGUAGES
from clients.models import Topic
from clients.selectors import top_topics
from counselling import access as counselling_access
from counselling import audit
from counselling.models import AuditAction

from . import selectors, services
from .access import EVENT_ROLES, events_for
from .forms import ContactForm, EventForm, TallyForm
from .models import OutreachEvent

LANGUAGE_NAMES = dict(CLIENT_LANGUAGES)


@login_required
def event_list(request):
    """The offices' outreach events: upcoming (and running) ones, or past ones."""
    counselling_access.require_staff(request.user)
    past = request.GET.get("show") == "past"
    events = selectors.event_list(events_for(request.user), past=past)
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    context = {"page": page, "past": past, "can_plan": request.user.role in EVENT_ROLES}
    return render(request, "outreach/event_list.html", context)


@login_required
def event_create(request):
    counselling_access.require_role(request.user, *EVENT_ROLES)
    form = EventForm(
        request.POST or None,
        user=request.user,
        initial={"office": counselling_access.home_office_id(request.user)},
    )
    if request.method != "POST":
        return render(request, "outreach/event_form.html", {"form": form})
    if not form.is_valid():
        return render(request, "outreach/event_form.html", {"form": form}, status=400)
    event = services.create_event(
        event=form.save(commit=False),
        staff=form.cleaned_data["staff"],
        created_by=request.user,
        request=request,
    )
    messages.success(request, _("Outreach event saved."))
    return redirect(event)


def _event_or_404(request, pk: int) -> OutreachEvent:
    return get_object_or_404(events_for(request.user).select_related("office"), pk=pk)


@login_required
def event_edit(request, pk: int):
    counselling_access.require_role(request.user, *EVENT_ROLES)
    event = _event_or_404(request, pk)
    form = EventForm(request.POST or None, instance=event, user=request.user)
    context = {"form": form, "event": event}
    if request.method != "POST":
        return render(request, "outreach/event_form.html", context)
    if not form.is_valid():
        return render(request, "outreach/event_form.html", context, status=400)
    services.update_event(
        event=form.save(commit=False),
        staff=form.cleaned_data["staff"],
        changed=form.changed_data,
        changed_by=request.user,
        request=request,
    )
    messages.success(request, _("Outreach event saved."))
    return redirect(event)


@login_required
def event_detail(request, pk: int):
    """The event, its tallies and the contacts who became inquiries (client data, so
    the read is audited)."""
    counselling_access.require_staff(request.user)
    event = get_object_or_404(selectors.event_detail(events_for(request.user)), pk=pk)
    contacts = list(event.contacts.all())
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        obj=event,
        request=request,
        detail={
            "inquiries": [contact.inquiry_id for contact in contacts],
            "clients": sorted({c.inquiry.client_id for c in contacts if c.inquiry.client_id}),
        },
    )
    summary = selectors.tally_summary(event)
    summary["by_language"] = [
        (LANGUAGE_NAMES.get(code, code), n) for code, n in summary["by_language"]
    ]
    context = {
        "event": event,
        "summary": summary,
        "contacts": contacts,
        "can_plan": request.user.role in EVENT_ROLES,
    }
    return render(request, "outreach/event_detail.html", context)


def _language_key(event) -> str:
    return f"outreach:{event.pk}:language"


def _last_key(event) -> str:
    return f"outreach:{event.pk}:last"


def _undone_key(event) -> str:
    return f"outreach:{event.pk}:undone"


def _board(
    request,
    event: OutreachEvent,
    form: TallyForm | None = None,
    *,
    undo_error: str = "",
    status: int = 200,
):
    """The tally page: a big button per main topic, the language remembered from the
    last tap, and what that tap was (so it can be undone)."""
    language = request.session.get(_language_key(event), "")
    office_languages = [code.strip() for code in event.office.languages.split(",") if code.strip()]
    if not language:
        language = office_languages[0] if office_languages else "en"
    counts: dict[tuple[int, str], int] = {}
    per_topic: dict[int, int] = {}
    for tally in event.tallies.all():
        counts[tally.topic_id, tally.language] = tally.count
        per_topic[tally.topic_id] = per_topic.get(tally.topic_id, 0) + tally.count
    topics = [
        (topic, counts.get((topic.pk, language), 0), per_topic.get(topic.pk, 0))
        for topic in top_topics()  # cached: the paper form below reads them once more
    ]
    last = request.session.get(_last_key(event))
    undone = request.session.pop(_undone_key(event), False)
    last_tap = None
    if last:
        topic = next((t for t, _n, _m in topics if t.code == last["topic"]), None)
        last_tap = {
            "topic": topic,
            "language": LANGUAGE_NAMES.get(last["language"], last["language"]),
            "count": last["count"],
        }
    first = [(code, LANGUAGE_NAMES[code]) for code in office_languages if code in LANGUAGE_NAMES]
    others = [(code, name) for code, name in CLIENT_LANGUAGES if code not in office_languages]
    context = {
        "event": event,
        "topics": topics,
        "language": language,
        "language_name": LANGUAGE_NAMES.get(language, language),
        "office_languages": first,
        "other_languages": others,
        "last_tap": last_tap,
        "total": sum(per_topic.values()),
        "form": form or TallyForm(initial={"language": language, "count": 1}),
        "undo_error": undo_error,
        "undone": undone,
    }
    return render(request, "outreach/tally.html", context, status=status)


def _tally_event_or_404(request, pk: int) -> OutreachEvent:
    return get_object_or_404(
        events_for(request.user).select_related("office").prefetch_related("tallies"), pk=pk
    )


@login_required
def tally(request, pk: int):
    """Count people by topic and language, no names: +1 per tap, or a batch counted on
    paper. Works as plain forms; htmx swaps only the board."""
    counselling_access.require_staff(request.user)
    event = _tally_event_or_404(request, pk)
    if request.method != "POST":
        return _board(request, event)
    form = TallyForm(request.POST)
    if not form.is_valid():
        return _board(request, event, form, status=400)
    data = form.cleaned_data
    try:
        services.add_to_tally(
            event=event,
            topic=data["topic"],
            language=data["language"],
            count=data["count"],
            by=request.user,
            request=request,
        )
    except ValidationError as error:
        form.add_error(None, error)
        return _board(request, event, form, status=400)
    request.session[_language_key(event)] = data["language"]
    request.session[_last_key(event)] = {
        "topic": data["topic"].code,
        "language": data["language"],
        "count": data["count"],
    }
    return redirect("outreach-tally", pk=event.pk)


@login_required
def tally_undo(request, pk: int):
    """Take back this person's last tap at this event (once)."""
    counselling_access.require_staff(request.user)
    event = _tally_event_or_404(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    last = request.session.get(_last_key(event))
    topic = Topic.objects.filter(code=last["topic"]).first() if last else None
    try:
        if topic is None:
            raise ValidationError(_("There is nothing to undo."), code="nothing")
        services.undo_tally(
            event=event,
            topic=topic,
            language=last["language"],
            count=last["count"],
            by=request.user,
            request=request,
        )
    except ValidationError as error:
        request.session.pop(_last_key(event), None)
        return _board(request, event, undo_error=" ".join(error.messages), status=400)
    request.session.pop(_last_key(event), None)
    request.session[_undone_key(event)] = True
    return redirect("outreach-tally", pk=event.pk)


@login_required
def contact_create(request, pk: int):
    """Record a contact who wants an answer later (and perhaps to become a client): it
    becomes an inquiry of the event's office."""
    counselling_access.require_staff(request.user)
    event = _event_or_404(request, pk)
    form = ContactForm(
        request.POST or None,
        clients=counselling_access.clients_for(request.user),
        initial={"language": request.session.get(_language_key(event), "")},
    )
    context = {"event": event, "form": form}
    if request.method != "POST":
        return render(request, "outreach/contact_form.html", context)
    if not form.is_valid():
        return render(request, "outreach/contact_form.html", context, status=400)
    data = form.cleaned_data
    inquiry = form.save(commit=False)
    inquiry.client = data["client_reference"]
    contact = services.record_contact(
        event=event,
        inquiry=inquiry,
        question=data["question"],
        answer=data["answer"],
        new_client=form.new_client(),
        processing_consent=data["processing_consent"],
        by=request.user,
        request=request,
    )
    messages.success(
        request,
        _("Contact recorded as inquiry %(reference)s.") % {"reference": contact.inquiry.reference},
    )
    return redirect(event)


@login_required
def link_sessions(request, pk: int):
    counselling_access.require_role(request.user, *EVENT_ROLES)
    event = _event_or_404(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    linked = services.link_sessions(event=event, by=request.user, request=request)
    messages.success(
        request,
        _("Counselling sessions linked to the event: %(count)s.") % {"count": linked},
    )
    return redirect(event)
