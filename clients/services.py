"""Verbs that change client data. Each runs in one transaction and writes its audit event."""

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from counselling import audit
from counselling.models import AuditAction, User

from .models import Client, Consent, Household
from .restriction import refuse_if_restricted


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
    client._history_user = registered_by  # type: ignore[attr-defined]
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


def current_client(client: Client) -> Client:
    """The client's live record, locked against a concurrent merge: a write that raced
    with a merge lands on the kept record, not on the one merged away. Call inside the
    writing transaction."""
    locked = Client.objects.select_for_update(no_key=True)
    current = locked.get(pk=client.pk)
    while current.merged_into_id is not None:
        current = locked.get(pk=current.merged_into_id)
    return current


@transaction.atomic
def update_client(
    *, client: Client, changed_by: User, request: HttpRequest | None = None
) -> Client:
    """Copy a profile edit (the form's instance) onto the live, locked record: only
    profile fields, so an edit from a stale page cannot undo a merge or a household
    move. History keeps the old values; the audit names the fields, not their contents."""
    edited = client
    client = current_client(edited)
    refuse_if_restricted(client)
    changed = [f for f in Client.PROFILE_FIELDS if getattr(edited, f) != getattr(client, f)]
    if not changed:
        return client
    for field in changed:
        setattr(client, field, getattr(edited, field))
    client._history_user = changed_by  # type: ignore[attr-defined]
    client.save(update_fields=[*changed, "updated_at"])
    audit.record(
        actor=changed_by,
        action=AuditAction.UPDATE,
        obj=client,
        client_id=client.pk,
        office_id=client.registered_office_id,
        request=request,
        detail={"fields": sorted(changed)},
    )
    return client


@transaction.atomic
def record_consent(
    *,
    client: Client,
    scope: str,
    recorded_by: User,
    partner_name: str = "",
    request: HttpRequest | None = None,
) -> Consent:
    client = current_client(client)
    refuse_if_restricted(client)
    consent = Consent(
        client=client, scope=scope, partner_name=partner_name, recorded_by=recorded_by
    )
    consent._history_user = recorded_by  # type: ignore[attr-defined]
    consent.save()
    audit.record(
        actor=recorded_by,
        action=AuditAction.CREATE,
        obj=consent,
        client_id=client.pk,
        office_id=client.registered_office_id,
        request=request,
        detail={"scope": scope},
    )
    return consent


@transaction.atomic
def withdraw_consent(
    *, consent: Consent, withdrawn_by: User, request: HttpRequest | None = None
) -> Consent:
    """Withdrawing keeps the record: it says what was agreed, and until when."""
    consent = (
        Consent.objects.select_for_update(of=("self",)).select_related("client").get(pk=consent.pk)
    )
    refuse_if_restricted(consent.client)
    if consent.withdrawn_at is not None:
        return consent
    consent.withdrawn_at = timezone.now()
    consent.withdrawn_by = withdrawn_by
    consent._history_user = withdrawn_by  # type: ignore[attr-defined]
    consent.save(update_fields=["withdrawn_at", "withdrawn_by"])
    audit.record(
        actor=withdrawn_by,
        action=AuditAction.UPDATE,
        obj=consent,
        client_id=consent.client_id,
        office_id=consent.client.registered_office_id,
        request=request,
        detail={"scope": consent.scope, "withdrawn": True},
    )
    return consent


@transaction.atomic
def create_household(
    *, name: str, office_id: int | None, created_by: User, request: HttpRequest | None = None
) -> Household:
    household = Household(name=name, registered_office_id=office_id)
    household._history_user = created_by  # type: ignore[attr-defined]
    household.save()
    audit.record(
        actor=created_by,
        action=AuditAction.CREATE,
        obj=household,
        office_id=office_id,
        request=request,
    )
    return household


@transaction.atomic
def rename_household(
    *, household: Household, name: str, changed_by: User, request: HttpRequest | None = None
) -> Household:
    household = Household.objects.select_for_update().get(pk=household.pk)
    household.name = name
    household._history_user = changed_by  # type: ignore[attr-defined]
    household.save(update_fields=["name"])
    audit.record(
        actor=changed_by,
        action=AuditAction.UPDATE,
        obj=household,
        office_id=household.registered_office_id,
        request=request,
        detail={"fields": ["name"]},
    )
    return household


@transaction.atomic
def set_household(
    *,
    client: Client,
    household: Household | None,
    relationship: str,
    changed_by: User,
    request: HttpRequest | None = None,
) -> Client:
    """Put the client in a household (an existing one, or a new unsaved one that this
    saves), or take them out of theirs with `household=None`."""
    refuse_if_restricted(current_client(client))
    if household is not None and household.pk is None:
        household = create_household(
            name=household.name,
            office_id=client.registered_office_id,
            created_by=changed_by,
            request=request,
        )
    client = current_client(client)
    client.household = household
    client.relationship = relationship if household is not None else ""
    client._history_user = changed_by  # type: ignore[attr-defined]
    client.save(update_fields=["household", "relationship", "updated_at"])
    audit.record(
        actor=changed_by,
        action=AuditAction.UPDATE,
        obj=client,
        client_id=client.pk,
        office_id=client.registered_office_id,
        request=request,
        detail={"fields": ["household", "relationship"]},
    )
    return client
