"""Writing the audit trail. Services call `record`; nothing else writes AuditEvent."""

from django.http import HttpRequest

from .access import home_office_id
from .models import AuditAction, AuditEvent
from .requestid import current_request_id


def client_ip(request: HttpRequest | None) -> str | None:
    # REMOTE_ADDR only: X-Forwarded-For is whatever the caller wants it to be. Behind a
    # proxy this is the proxy's address.
    return request.META.get("REMOTE_ADDR") or None if request else None


def record(
    *,
    actor,
    action: AuditAction | str,
    obj=None,
    client_id: int | None = None,
    office_id: int | None = None,
    request: HttpRequest | None = None,
    detail: dict | None = None,
) -> AuditEvent:
    """Append one event. `detail` holds ids and counts, never names or free text.
    The client and office default to those of `obj` (a session, case, inquiry …); with
    neither, the event is filed under the actor's office, so that only that office's
    coordinators read it."""
    if client_id is None:
        client_id = getattr(obj, "client_id", None)
    if office_id is None:
        office_id = getattr(obj, "office_id", None)
    actor_id = actor.pk if actor is not None and actor.is_authenticated else None
    if office_id is None and actor_id is not None:
        office_id = home_office_id(actor)
    return AuditEvent.objects.create(
        actor_id=actor_id,
        actor_role=getattr(actor, "role", "") if actor_id else "",
        action=action,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=obj.pk if obj is not None else None,
        client_id=client_id,
        office_id=office_id,
        ip_address=client_ip(request),
        request_id=current_request_id(),
        detail=detail or {},
    )


def record_each(
    *,
    actor,
    action: AuditAction | str,
    objs,
    request: HttpRequest | None = None,
    detail: dict | None = None,
) -> list[AuditEvent]:
    """One event per object (a bulk change touches each one's client), written in one
    INSERT so that moving a whole caseload costs the same few queries as moving one case.
    Client and office come from each object, as in `record`."""
    actor_id = actor.pk if actor is not None and actor.is_authenticated else None
    ip, request_id = client_ip(request), current_request_id()
    return AuditEvent.objects.bulk_create(
        [
            AuditEvent(
                actor_id=actor_id,
                actor_role=getattr(actor, "role", "") if actor_id else "",
                action=action,
                object_type=obj._meta.label_lower,
                object_id=obj.pk,
                client_id=getattr(obj, "client_id", None),
                office_id=getattr(obj, "office_id", None),
                ip_address=ip,
                request_id=request_id,
                detail=detail or {},
            )
            for obj in objs
        ]
    )
