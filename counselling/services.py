"""Verbs of counselling work. Each runs in one transaction and writes its audit event."""

from datetime import date

from django.db import transaction
from django.http import HttpRequest

from clients.models import Client, Topic

from . import audit
from .models import AuditAction, Case, CounsellingSession, FollowUp, User


@transaction.atomic
def log_session(
    *,
    session: CounsellingSession,
    counsellor: User,
    client: Client,
    topics: list[Topic],
    follow_up_due: date | None = None,
    follow_up_description: str = "",
    request: HttpRequest | None = None,
) -> CounsellingSession:
    """Save a session (an unsaved instance from the form), attach it to the client's open
    case in that office if there is one, and book the follow-up it asks for."""
    session.client = client
    session.counsellor = counsellor
    session.case = (
        Case.objects.filter(client=client, office=session.office, status=Case.Status.OPEN)
        .order_by("-opened_on", "-id")
        .first()
    )
    session.save()
    session.topics.set(topics)
    if follow_up_due:
        FollowUp.objects.create(
            client=client,
            session=session,
            assigned_to=counsellor,
            due_on=follow_up_due,
            description=follow_up_description,
        )
    audit.record(
        actor=counsellor,
        action=AuditAction.CREATE,
        obj=session,
        client_id=client.pk,
        office_id=session.office_id,
        request=request,
    )
    return session
