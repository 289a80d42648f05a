"""Verbs that change client data. Each runs in one transaction and writes its audit event."""

from django.db import transaction
from django.http import HttpRequest

from counselling import audit
from counselling.models import AuditAction, User

from .models import Client, Consent


@transaction.atomic
def register_client(
    *,
    client: Client,
    registered_by: User,
    office_id: int,
    processing_consent: bool,
    request: HttpRequest | None = None,
) -> Client:
    """Save a new client (an unsaved instance from the registration form)."""
    client.registered_by = registered_by
    client.registered_office_id = office_id
    client.save()
    if processing_consent:
        Consent.objects.create(
            client=client, scope=Consent.Scope.PROCESSING, recorded_by=registered_by
        )
    audit.record(
        actor=registered_by,
        action=AuditAction.CREATE,
        obj=client,
        client_id=client.pk,
        office_id=office_id,
        request=request,
    )
    return client
