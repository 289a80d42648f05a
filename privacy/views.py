from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from counselling import access, audit
from counselling.models import AuditAction, Role
from reports import files

from . import access_export, record_pdf, retention, services
from .forms import EraseForm, HoldForm, RestrictionForm, RetentionRuleFormSet
from .models import LegalHold, Restriction, RetentionRule


@login_required
def retention_rules(request):
    """How long each kind of record is kept; administrators change the periods."""
    access.require_role(request.user, Role.ADMIN)
    rules = RetentionRule.objects.select_related("changed_by")
    formset = RetentionRuleFormSet(request.POST or None, queryset=rules)
    if request.method == "POST" and formset.is_valid():
        with transaction.atomic():
            for form in formset:
                if form.has_changed():
                    services.change_rule(
                        rule=form.instance,
                        days=form.cleaned_data["days"],
                        legal_basis=form.cleaned_data["legal_basis"],
                        by=request.user,
                    )
        messages.success(request, _("The retention rules are saved."))
        return redirect("privacy-retention")
    return render(
        request,
        "privacy/retention_rules.html",
        {"formset": formset},
        status=400 if formset.is_bound and not formset.is_valid() else 200,
    )


@login_required
def retention_preview(request):
    """What the next nightly run would change, counted the way the run will find it."""
    access.require_role(request.user, Role.ADMIN)
    lines = retention.preview()
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        request=request,
        detail={"page": "retention_preview"},
    )
    return render(request, "privacy/retention_preview.html", {"lines": lines})


@login_required
def processing_record(request):
    """The record of processing activities, generated from the configuration."""
    access.require_role(request.user, Role.ADMIN)
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        request=request,
        detail={"page": "processing_record"},
    )
    return render(request, "privacy/processing.html", record_pdf.context())


@login_required
def processing_record_pdf(request):
    access.require_role(request.user, Role.ADMIN)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    return redirect(files.start(user=request.user, kind=record_pdf.KIND, params={}))


def _client_or_404(request, pk: int):
    access.require_role(request.user, *access.HOLD_ROLES)
    client = access.clients_for(request.user).filter(pk=pk).first()
    if client is None:
        raise Http404
    return client


@login_required
def hold_place(request, pk: int):
    client = _client_or_404(request, pk)
    form = HoldForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.place_hold(
                client=client,
                reason=form.cleaned_data["reason"],
                by=request.user,
                office_id=client.registered_office_id,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("The legal hold is placed: nothing of this client is removed while it lasts."),
            )
            return redirect(client.get_absolute_url() + "#legal-hold")
    return render(
        request,
        "privacy/hold_form.html",
        {"client": client, "form": form, "lifting": None},
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


@login_required
def hold_lift(request, pk: int):
    access.require_role(request.user, *access.HOLD_ROLES)
    hold = (
        LegalHold.objects.select_related("client")
        .filter(client__in=access.clients_for(request.user), pk=pk)
        .first()
    )
    if hold is None:
        raise Http404
    form = HoldForm(request.POST or None)
    form.fields["reason"].label = _("Why it is lifted")
    form.fields["reason"].help_text = ""
    if request.method == "POST" and form.is_valid():
        try:
            services.lift_hold(
                hold=hold,
                reason=form.cleaned_data["reason"],
                by=request.user,
                office_id=hold.client.registered_office_id,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The legal hold is lifted."))
            return redirect(hold.client.get_absolute_url() + "#legal-hold")
    return render(
        request,
        "privacy/hold_form.html",
        {"client": hold.client, "form": form, "lifting": hold},
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


@login_required
def restriction_place(request, pk: int):
    client = _client_or_404(request, pk)
    form = RestrictionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.restrict(
                client=client,
                reason=form.cleaned_data["reason"],
                by=request.user,
                office_id=client.registered_office_id,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Processing is restricted: the record is read-only until it is lifted.")
            )
            return redirect(client.get_absolute_url() + "#restriction")
    return render(
        request,
        "privacy/restriction_form.html",
        {"client": client, "form": form, "lifting": None},
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


@login_required
def restriction_lift(request, pk: int):
    access.require_role(request.user, *access.HOLD_ROLES)
    restriction = (
        Restriction.objects.select_related("client")
        .filter(client__in=access.clients_for(request.user), pk=pk)
        .first()
    )
    if restriction is None:
        raise Http404
    form = RestrictionForm(request.POST or None)
    form.fields["reason"].label = _("Why it is lifted")
    form.fields["reason"].help_text = ""
    if request.method == "POST" and form.is_valid():
        try:
            services.lift_restriction(
                restriction=restriction,
                reason=form.cleaned_data["reason"],
                by=request.user,
                office_id=restriction.client.registered_office_id,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The restriction of processing is lifted."))
            return redirect(restriction.client.get_absolute_url() + "#restriction")
    return render(
        request,
        "privacy/restriction_form.html",
        {"client": restriction.client, "form": form, "lifting": restriction},
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


@login_required
def erase(request, pk: int):
    """Erase a client on their request, after the coordinator confirms."""
    client = _client_or_404(request, pk)
    form = EraseForm(request.POST or None, client=client)
    hold = LegalHold.objects.active().filter(client=client).first()
    if request.method == "POST" and form.is_valid():
        try:
            services.erase_client(
                client=client, by=request.user, office_id=client.registered_office_id
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The client's data is erased."))
            return redirect(client.get_absolute_url())
    return render(
        request,
        "privacy/erase.html",
        {"client": client, "form": form, "hold": hold},
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


@login_required
def export(request, pk: int):
    """Start a copy of everything held about the client, and watch it being made."""
    client = _client_or_404(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    row = files.start(user=request.user, kind=access_export.KIND, params={"client": client.pk})
    audit.record(
        actor=request.user,
        action=AuditAction.EXPORT,
        obj=client,
        client_id=client.pk,
        office_id=client.registered_office_id,
        request=request,
        detail={"access_request": row.pk},
    )
    return redirect(row)
