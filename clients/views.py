from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from counselling import access, audit
from counselling.models import AuditAction
from counselling.selectors import client_timeline

from . import selectors, services
from .forms import ClientForm, SearchForm


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
    access.require_staff(request.user)
    form = ClientForm(request.POST or None, offices=access.offices_for(request.user))
    if request.method != "POST":
        return render(request, "clients/client_form.html", {"form": form})
    if not form.is_valid():
        return render(request, "clients/client_form.html", {"form": form}, status=400)
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
        context = {"form": form, "duplicates": duplicates}
        return render(request, "clients/client_form.html", context)
    client = services.register_client(
        client=form.save(commit=False),
        registered_by=request.user,
        office_id=data["office"].pk,
        processing_consent=data["processing_consent"],
        request=request,
    )
    messages.success(
        request, _("Client %(reference)s registered.") % {"reference": client.reference}
    )
    return redirect(client)


@login_required
def client_detail(request, pk: int):
    access.require_staff(request.user)
    client = get_object_or_404(access.clients_for(request.user), pk=pk)
    cases = list(
        access.cases_for(request.user).filter(client=client).select_related("office", "owner")
    )
    consents = list(client.consents.select_related("recorded_by", "withdrawn_by"))
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        obj=client,
        client_id=client.pk,
        office_id=cases[0].office_id if cases else client.registered_office_id,
        request=request,
    )
    context = {
        "client": client,
        "cases": cases,
        "consents": consents,
        "timeline": client_timeline(user=request.user, client=client, page=request.GET.get("page")),
        "can_log_session": request.user.role in access.SESSION_ROLES,
    }
    return render(request, "clients/client_detail.html", context)
