from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from clients.languages import CLIENT_LANGUAGES
from clients.models import Consent
from counselling import access, audit
from counselling.models import AuditAction
from counselling.views import named_in_query
from counselling.workdays import add_working_days

from . import selectors, services, sharing
from .access import REFERRAL_ROLES, can_override_consent, referrals_for
from .forms import DirectoryFilterForm, ReferralForm, WithdrawForm
from .letters import letter_response
from .models import MINIMUM_SHARED, Referral, Service


@login_required
def directory(request):
    """The guidance network's services, searchable by topic, language and place."""
    access.require_staff(request.user)
    filters = DirectoryFilterForm(request.GET or None)
    filters.is_valid()  # a filter that no longer fits is shown as an error; the rest apply
    chosen = getattr(filters, "cleaned_data", {})
    services_found = selectors.find_services(
        topic=chosen.get("topic"),
        language=chosen.get("language", ""),
        country=chosen.get("country", ""),
        place=chosen.get("place", ""),
        text=chosen.get("text", ""),
    )
    page = Paginator(services_found, 50).get_page(request.GET.get("page"))
    names = dict(CLIENT_LANGUAGES)
    for service in page:
        service.language_names = [names.get(code, code) for code in service.languages]
    return render(request, "referrals/directory.html", {"filters": filters, "page": page})


@login_required
def referral_create(request, pk: int):
    """Choose the service, write the reason, pick what is shared; preview; send."""
    access.require_role(request.user, *REFERRAL_ROLES)
    case = get_object_or_404(
        access.cases_for(request.user).select_related("client", "household", "office"), pk=pk
    )
    clients = selectors.case_clients(clients=access.clients_for(request.user), case=case)
    active = Service.objects.filter(active=True, organisation__active=True)
    chosen = named_in_query(request, "service", active)
    today = timezone.localdate()
    form = ReferralForm(
        request.POST or None,
        clients=clients,
        # Any service is accepted so that a retired one is refused with its own message;
        # only active ones are offered.
        services=Service.objects.select_related("organisation"),
        may_override=can_override_consent(request.user),
        initial={
            "client": case.client,
            "service": chosen,
            "shared_fields": MINIMUM_SHARED,
            "wished_by": add_working_days(today, chosen.response_days if chosen else 10),
        },
    )
    form.fields["service"].choices = [("", "—")] + [
        (service.pk, form.fields["service"].label_from_instance(service))
        for service in active.select_related("organisation").order_by("organisation__name", "name")
    ]
    context = {"case": case, "form": form, "clients": clients}
    context["consents"] = Consent.objects.filter(
        client__in=clients, scope=Consent.Scope.SHARING, withdrawn_at__isnull=True
    ).select_related("client")
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        obj=case,
        client_id=case.client_id,
        request=request,
        detail={"form": "referral", "clients": [client.pk for client in clients]},
    )
    if request.method != "POST" or "edit" in request.POST:
        return render(request, "referrals/referral_form.html", context)
    if not form.is_valid():
        return render(request, "referrals/referral_form.html", context, status=400)
    data = form.cleaned_data
    rules = {
        "user": request.user,
        "case": case,
        "client": data["client"],
        "service": data["service"],
        "shared_fields": data["shared_fields"],
        "override_basis": data.get("override_basis", ""),
        "override_reason": data.get("override_reason", ""),
    }
    try:
        consent = services.check_referral(**rules)
    except ValidationError as error:
        form.add_error(None, error)
        return render(request, "referrals/referral_form.html", context, status=400)
    if "send" not in request.POST:
        return render(
            request,
            "referrals/referral_preview.html",
            {
                **context,
                "consent": consent,
                "preview": _unsaved(request, case, data),
                "shared": sharing.shown(sharing.snapshot(data["client"], data["shared_fields"])),
            },
        )
    referral = services.send_referral(
        **rules, reason=data["reason"], wished_by=data["wished_by"], request=request
    )
    messages.success(
        request,
        _("Referral %(reference)s sent to %(organisation)s.")
        % {"reference": referral.reference, "organisation": referral.organisation},
    )
    return redirect(referral)


def _unsaved(request, case, data) -> Referral:
    """The referral as it would be sent, for the preview."""
    service = data["service"]
    return Referral(
        case=case,
        office=case.office,
        client=data["client"],
        service=service,
        organisation=service.organisation,
        made_by=request.user,
        reason=data["reason"],
        wished_by=data["wished_by"],
        created_at=timezone.now(),
        override_basis=data.get("override_basis", ""),
    )


def _referral_or_404(request, pk: int) -> Referral:
    return get_object_or_404(selectors.referral_detail(referrals_for(request.user)), pk=pk)


@login_required
def referral_detail(request, pk: int):
    access.require_staff(request.user)
    referral = _referral_or_404(request, pk)
    audit.record(actor=request.user, action=AuditAction.VIEW, obj=referral, request=request)
    return _detail(request, referral, WithdrawForm())


def _detail(request, referral: Referral, withdraw_form: WithdrawForm, status: int = 200):
    context = {
        "referral": referral,
        "shared": sharing.shown(referral.shared),
        "can_work": request.user.role in REFERRAL_ROLES,
        "withdraw_form": withdraw_form,
    }
    return render(request, "referrals/referral_detail.html", context, status=status)


@login_required
def referral_withdraw(request, pk: int):
    access.require_role(request.user, *REFERRAL_ROLES)
    referral = _referral_or_404(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = WithdrawForm(request.POST)
    if form.is_valid():
        try:
            services.change_status(
                referral=referral,
                to=Referral.Status.WITHDRAWN,
                actor=request.user,
                note=form.cleaned_data["note"],
                request=request,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Referral withdrawn; the partner no longer sees it."))
            return redirect(referral)
    return _detail(request, referral, form, status=400)


@login_required
def referral_letter(request, pk: int):
    """The letter exactly as the partner gets it, for the counsellor's file."""
    access.require_staff(request.user)
    referral = _referral_or_404(request, pk)
    audit.record(actor=request.user, action=AuditAction.PRINT, obj=referral, request=request)
    return letter_response(referral)


@login_required
def referral_list(request):
    """The office's referrals, newest first; "needs attention" shows the failed and the
    overdue, "without consent" the ones sent on a legal basis (for coordinators)."""
    access.require_staff(request.user)
    referrals = referrals_for(request.user).select_related(
        "client", "organisation", "service", "made_by"
    )
    show = request.GET.get("show", "")
    if show == "attention":
        overdue = Q(status=Referral.Status.SENT, wished_by__lt=timezone.localdate())
        referrals = referrals.filter(Q(status=Referral.Status.FAILED) | overdue)
    elif show == "without-consent":
        referrals = referrals.exclude(override_basis="")
    elif show in Referral.Status.values:
        referrals = referrals.filter(status=show)
    page = Paginator(referrals.order_by("-created_at", "-pk"), 50).get_page(request.GET.get("page"))
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        request=request,
        detail={"list": "referrals", "clients": sorted({r.client_id for r in page})},
    )
    return render(
        request,
        "referrals/referral_list.html",
        {"page": page, "show": show, "statuses": Referral.Status.choices},
    )
