from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from counselling import access, audit
from counselling.models import AuditAction


@login_required
def client_list(request):
    access.require_staff(request.user)
    clients = access.clients_for(request.user).order_by("family_name", "given_name", "id")
    page = Paginator(clients, 50).get_page(request.GET.get("page"))
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        request=request,
        detail={"list": "clients", "clients": [client.pk for client in page]},
    )
    return render(request, "clients/client_list.html", {"page": page})


@login_required
def client_detail(request, pk: int):
    access.require_staff(request.user)
    client = get_object_or_404(access.clients_for(request.user), pk=pk)
    cases = list(
        access.cases_for(request.user).filter(client=client).select_related("office", "owner")
    )
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        obj=client,
        client_id=client.pk,
        office_id=cases[0].office_id if cases else None,
        request=request,
    )
    return render(request, "clients/client_detail.html", {"client": client, "cases": cases})
