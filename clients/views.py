from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from activities.access import series_for
from activities.forms import SignUpForm
from activities.selectors import client_sign_ups, open_series
from channels.access import inquiries_for
from channels.services import link_client
from counselling import access, audit
from counselling import services as counselling_services
from counselling.history import changes_of
from counselling.models import AuditAction, Role
from counselling.views import named_in_query
from privacy.models import LegalHold, Restriction
from programmes import selectors as programme_selectors
from volunteers import selectors as volunteer_selectors
from volunteers.access import COORDINATOR_ROLES as VOLUNTEER_COORDINATOR_ROLES
from volunteers.access import matches_for

from . import selectors, services
from .forms import (
    ClientForm,
    ClientProfileForm,
    ConsentForm,
    HouseholdForm,
    MergeForm,
    SearchForm,
)
from .models import Client, Consent, Household
from .timeline import client_timeline


@login_required
def client_list(request):
    """My offices' clients, and the search box. A search is posted (see SearchForm)."""
    access.require_staff(request.user)
    clients = access.clients_for(request.user)
    form = SearchForm(request.POST or None)
    if request.method == "POST":
        if not form.is_valid():
            return render(request, "clients/client_list.html", {"form": form}, status=400)
        results = selectors.search(clients, form.cleaned_data["q"])
        audit.record(
            actor=request.user,
            action=AuditAction.SEARCH,
            request=request,
            detail={"clients": [client.pk for client in results]},
        )
        return render(request, "clients/client_list.html", {"form": form, "results": results})
    page = Paginator(clients.order_by("family_name", "given_name", "id"), 50).get_page(
        request.GET.get("page")
    )
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        request=request,
        detail={"list": "clients", "clients": [client.pk for client in page]},
    )
    return render(request, "clients/client_list.html", {"form": form, "page": page})


@login_required
def client_create(request):
    """Register a client; from an inquiry (`?inquiry=`), start from what the newcomer
    told us and link the inquiry to the new record."""
    access.require_staff(request.user)
    inquiry = _inquiry_to_register(request)
    form = ClientForm(
        request.POST or None,
        offices=access.offices_for(request.user),
        initial=_profile_from(inquiry) if inquiry else None,
    )
    if request.method != "POST":
        return render(request, "clients/client_form.html", {"form": form, "inquiry": inquiry})
    if not form.is_valid():
        context = {"form": form, "inquiry": inquiry}
        return render(request, "clients/client_form.html", context, status=400)
    data = form.cleaned_data
    duplicates = []
    if not data["not_a_duplicate"]:
        duplicates = selectors.possible_duplicates(
            access.clients_for(request.user),
            **{field: data[field] for field in selectors.DUPLICATE_FIELDS},
        )
    if duplicates:
        audit.record(
            actor=request.user,
            action=AuditAction.VIEW,
            request=request,
            detail={"list": "possible_duplicates", "clients": [c.pk for c in duplicates]},
        )
        context = {"form": form, "duplicates": duplicates, "inquiry": inquiry}
        return render(request, "clients/client_form.html", context)
    with transaction.atomic():  # registered and linked, or neither
        client = services.register_client(
            client=form.save(commit=False),
            registered_by=request.user,
            office_id=data["office"].pk,
            processing_consent=data["processing_consent"],
            request=request,
        )
        if inquiry is not None:
            link_client(inquiry=inquiry, client=client, by=request.user, request=request)
    messages.success(
        request, _("Client %(reference)s registered.") % {"reference": client.reference}
    )
    return redirect(inquiry or client)


def _inquiry_to_register(request):
    """The open inquiry, without a client, whose sender is being registered."""
    unlinked = inquiries_for(request.user).filter(client__isnull=True).exclude(status="closed")
    inquiry = named_in_query(request, "inquiry", unlinked)
    if inquiry is not None and request.method != "POST":  # the form shows its contact data
        audit.record(
            actor=request.user,
            action=AuditAction.VIEW,
            obj=inquiry,
            request=request,
            detail={"form": "client"},
        )
    return inquiry


def _profile_from(inquiry) -> dict:
    """What the newcomer told us, as a start: the last word of the name as family name."""
    given, _space, family = inquiry.name.rpartition(" ")
    return {
        "given_name": given or family,
        "family_name": family if given else "",
        "email": inquiry.email,
        "phone": inquiry.phone,
        "preferred_language": inquiry.language,
        "office": inquiry.office_id,
    }


def _not_found():
    raise Http404


def _merged_away(request, pk: int):
    """A bookmark to a record merged into another leads to the kept record."""
    merged = Client.objects.filter(pk=pk, merged_into__isnull=False)
    if request.user.role != Role.ADMIN:
        # Only where the merged record itself was known: elsewhere it stays "not found".
        merged = merged.filter(registered_office_id__in=access.office_ids(request.user))
    merged = merged.first()
    while merged is not None and merged.merged_into_id is not None:
        merged = merged.merged_into
    if merged is not None and access.clients_for(request.user).filter(pk=merged.pk).exists():
        return redirect(merged)
    return None


@login_required
def client_detail(request, pk: int):
    access.require_staff(request.user)
    client = access.clients_for(request.user).select_related("household").filter(pk=pk).first()
    if client is None:
        return _merged_away(request, pk) or _not_found()
    cases = list(
        access.cases_for(request.user)
        .for_client(client)
        .select_related("office", "owner", "household")
        .order_by("status", "-opened_on", "-id")
    )
    consents = list(client.consents.select_related("recorded_by", "withdrawn_by"))
    members = (
        list(
            access.clients_for(request.user)
            .filter(household_id=client.household_id)
            .exclude(pk=client.pk)
        )
        if client.household_id
        else []
    )
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        obj=client,
        client_id=client.pk,
        office_id=cases[0].office_id if cases else client.registered_office_id,
        request=request,
        detail={"clients": [member.pk for member in members]} if members else None,
    )
    read_only = client.restricted_at is not None
    context = {
        "client": client,
        "cases": cases,
        "consents": consents,
        "members": members,
        "merged_records": list(Client.objects.filter(merged_into=client)),
        "history": changes_of(client),
        "timeline": client_timeline(user=request.user, client=client, page=request.GET.get("page")),
        "enrolments": programme_selectors.client_enrolments(user=request.user, client=client),
        # Restricted processing: readable, but every button that would change it is hidden.
        "read_only": read_only,
        "can_log_session": request.user.role in access.SESSION_ROLES and not read_only,
        "can_merge": request.user.role in access.MERGE_ROLES and not read_only,
        "legal_hold": LegalHold.objects.active().filter(client=client).first(),
        "restriction": (
            Restriction.objects.active().select_related("placed_by").filter(client=client).first()
            if read_only
            else None
        ),
        "can_hold": request.user.role in access.HOLD_ROLES,
        "volunteer_matches": volunteer_selectors.client_matches(
            matches_for(request.user), client=client
        ),
        "can_match_volunteer": request.user.role in VOLUNTEER_COORDINATOR_ROLES and not read_only,
        "activity_sign_ups": client_sign_ups(series=series_for(request.user), client=client),
        "activity_form": (
            None if read_only else SignUpForm(series=open_series(series_for(request.user)))
        ),
    }
    return render(request, "clients/client_detail.html", context)


def _audit_form_opened(request, client: Client, form: str) -> None:
    """A form pre-filled with a client's data is a read of it."""
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        obj=client,
        client_id=client.pk,
        office_id=client.registered_office_id,
        request=request,
        detail={"form": form},
    )


@login_required
def client_edit(request, pk: int):
    access.require_staff(request.user)
    client = get_object_or_404(access.clients_for(request.user), pk=pk)
    form = ClientProfileForm(request.POST or None, instance=client)
    context = {"client": client, "form": form}
    if request.method != "POST":
        _audit_form_opened(request, client, "profile")
        return render(request, "clients/client_edit.html", context)
    if not form.is_valid():
        return render(request, "clients/client_edit.html", context, status=400)
    if form.has_changed():
        services.update_client(
            client=form.save(commit=False),
            changed_by=request.user,
            request=request,
        )
        messages.success(request, _("Changes saved."))
    return redirect(client)


@login_required
def consent_create(request, pk: int):
    access.require_staff(request.user)
    client = get_object_or_404(access.clients_for(request.user), pk=pk)
    form = ConsentForm(
        request.POST or None,
        initial={"scope": request.GET.get("scope"), "partner_name": request.GET.get("partner")},
    )
    # Back to where the consent was missing (the referral form), if that is our page.
    back = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = ""
    context = {"client": client, "form": form}
    if request.method != "POST":
        _audit_form_opened(request, client, "consent")
        return render(request, "clients/consent_form.html", context)
    if not form.is_valid():
        return render(request, "clients/consent_form.html", context, status=400)
    services.record_consent(
        client=client,
        scope=form.cleaned_data["scope"],
        partner_name=form.cleaned_data["partner_name"],
        recorded_by=request.user,
        request=request,
    )
    messages.success(request, _("Consent recorded."))
    return redirect(back or client.get_absolute_url() + "#consents")


@login_required
def consent_withdraw(request, pk: int):
    access.require_staff(request.user)
    consent = get_object_or_404(
        Consent.objects.select_related("client").filter(
            client__in=access.clients_for(request.user)
        ),
        pk=pk,
    )
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    services.withdraw_consent(consent=consent, withdrawn_by=request.user, request=request)
    messages.success(request, _("Consent withdrawn."))
    return redirect(consent.client.get_absolute_url() + "#consents")


@login_required
def client_household(request, pk: int):
    """Join a household, start one, or (with `leave`) leave the current one."""
    access.require_staff(request.user)
    client = get_object_or_404(access.clients_for(request.user), pk=pk)
    form = HouseholdForm(request.POST or None, households=access.households_for(request.user))
    context = {"client": client, "form": form}
    if request.method != "POST":
        _audit_form_opened(request, client, "household")
        return render(request, "clients/household_form.html", context)
    if "leave" in request.POST:
        services.set_household(
            client=client, household=None, relationship="", changed_by=request.user, request=request
        )
        messages.success(request, _("The client has left the household."))
        return redirect(client)
    if not form.is_valid():
        return render(request, "clients/household_form.html", context, status=400)
    data = form.cleaned_data
    services.set_household(
        client=client,
        household=data["household"] or Household(name=data["new_household_name"].strip()),
        relationship=data["relationship"],
        changed_by=request.user,
        request=request,
    )
    messages.success(request, _("Household saved."))
    return redirect(client)


@login_required
def client_merge(request, pk: int):
    """Merge a duplicate record into this one, after a confirmation page."""
    access.require_role(request.user, *access.MERGE_ROLES)
    clients = access.clients_for(request.user)
    keep = get_object_or_404(clients, pk=pk)
    form = MergeForm(request.POST or None, clients=clients, keep=keep)
    context = {"client": keep, "form": form}
    if request.method != "POST":
        candidates = selectors.possible_duplicates(
            clients.exclude(pk=keep.pk),
            **{field: getattr(keep, field) for field in selectors.DUPLICATE_FIELDS},
        )
        audit.record(
            actor=request.user,
            action=AuditAction.VIEW,
            request=request,
            detail={"list": "possible_duplicates", "clients": [c.pk for c in candidates]},
        )
        context["candidates"] = candidates
        return render(request, "clients/client_merge.html", context)
    if not form.is_valid():
        return render(request, "clients/client_merge.html", context, status=400)
    duplicate = form.cleaned_data["duplicate"]
    if "confirm" not in request.POST:
        audit.record(
            actor=request.user,
            action=AuditAction.VIEW,
            obj=duplicate,
            client_id=duplicate.pk,
            request=request,
            detail={"form": "merge"},
        )
        context.update(duplicate=duplicate, duplicate_pair=[keep, duplicate])
        return render(request, "clients/client_merge.html", context)
    try:
        counselling_services.merge_clients(
            keep=keep, duplicate=duplicate, merged_by=request.user, request=request
        )
    except ValidationError as error:
        form.add_error("duplicate", error)
        return render(request, "clients/client_merge.html", context, status=400)
    messages.success(
        request,
        _("%(duplicate)s was merged into this record.") % {"duplicate": duplicate.reference},
    )
    return redirect(keep)
