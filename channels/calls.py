"""Phone: the quick call log, and the queue of people to call back."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from counselling import access as counselling_access
from counselling import audit
from counselling.models import AuditAction

from . import access, services
from .forms import AttemptForm, CallForm


@login_required
def log_call(request):
    counselling_access.require_staff(request.user)
    form = CallForm(
        request.POST or None,
        offices=counselling_access.offices_for(request.user).order_by("name"),
        clients=counselling_access.clients_for(request.user),
        initial={
            "office": counselling_access.home_office_id(request.user),
            "duration_minutes": 5,
        },
    )
    if request.method != "POST":
        return render(request, "channels/call_form.html", {"form": form})
    if not form.is_valid():
        return render(request, "channels/call_form.html", {"form": form}, status=400)
    data = form.cleaned_data
    inquiry = form.save(commit=False)
    inquiry.client = data["client_reference"]
    services.log_call(
        inquiry=inquiry,
        question=data["question"],
        answer=data["answer"],
        call_back=data["call_back"],
        call_back_when=data["call_back_when"],
        logged_by=request.user,
        request=request,
    )
    messages.success(request, _("Call logged as %(reference)s.") % {"reference": inquiry.reference})
    return redirect("call-backs" if data["call_back"] else "call-create")


@login_required
def call_backs(request):
    """People to call back, soonest first, with every try so far."""
    counselling_access.require_staff(request.user)
    queue = list(
        access.call_backs_for(request.user)
        .filter(status="open")
        .select_related("inquiry", "inquiry__client", "assigned_to")
        .prefetch_related("attempts__by")
        .order_by("due_at", "id")[:100]
    )
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        request=request,
        detail={
            "list": "call_backs",
            "clients": sorted({c.inquiry.client_id for c in queue if c.inquiry.client_id}),
        },
    )
    context = {"queue": queue, "attempt_form": AttemptForm(), "now": timezone.now()}
    return render(request, "channels/call_backs.html", context)


@login_required
def record_attempt(request, pk: int):
    counselling_access.require_staff(request.user)
    call_back = get_object_or_404(access.call_backs_for(request.user), pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = AttemptForm(request.POST)
    if not form.is_valid():
        context = {"message": " ".join(e for errors in form.errors.values() for e in errors)}
        return render(request, "400.html", context, status=400)
    try:
        services.record_attempt(
            call_back=call_back,
            result=form.cleaned_data["result"],
            note=form.cleaned_data["note"],
            by=request.user,
            request=request,
        )
    except ValidationError as error:
        return render(request, "400.html", {"message": " ".join(error.messages)}, status=400)
    messages.success(request, _("Call recorded."))
    return redirect("call-backs")
