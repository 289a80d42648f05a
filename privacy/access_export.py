"""A person's access request (GDPR Art. 15 and 20): everything Silta holds about them, as
a ZIP with a machine-readable JSON file, a readable PDF in their language and the files
they sent. Made in the background (reports.files), downloadable once by the coordinator
who asked.

What is in it is privacy.holdings, the same table erasure uses, plus the list of who
opened the record and when (the audit log)."""

import io
import json
import zipfile

from django.conf import settings
from django.core import serializers
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from channels.models import Attachment, Inquiry
from clients.models import Consent
from counselling import access
from counselling.models import AuditEvent, CounsellingSession, Role, User
from referrals.models import Referral
from reports import files
from reports.models import SurveyAnswer

from . import holdings

KIND = "subject-access.zip"


def records(ids: list[int]) -> dict[str, list[dict]]:
    """Every row of every holding, all fields, as plain data."""
    found = {}
    for label, holding in holdings.HOLDINGS.items():
        rows = holding.rows(ids).order_by("pk")
        data = serializers.serialize("python", rows)
        if data:
            found[label] = [{"id": row["pk"], **row["fields"]} for row in data]
    return found


def accesses(ids: list[int]) -> list[dict]:
    """Who opened or changed the record, when and how, oldest first: the events about the
    client, and those that showed them among others (a search, a list, a household)."""
    among = Q()
    for pk in ids:
        among |= Q(detail__clients__contains=[pk])
    events = AuditEvent.objects.filter(Q(client_id__in=ids) | among).order_by("occurred_at", "id")
    people = User.objects.in_bulk({event.actor_id for event in events if event.actor_id})
    return [
        {
            "when": event.occurred_at,
            "who": people[event.actor_id].get_full_name() or people[event.actor_id].username
            if event.actor_id in people
            else "",
            "role": event.actor_role,
            "action": event.action,
            "what": event.object_type,
        }
        for event in events
    ]


def _language(client) -> str:
    """The person's own language where Silta speaks it, else the service's."""
    spoken = {code for code, _name in settings.LANGUAGES}
    return client.preferred_language if client.preferred_language in spoken else "en"


@files.register(KIND, once=True)
def build(user: User, params: dict, progress: files.Progress):
    client = (
        access.clients_for(user).filter(pk=params.get("client"), erased_at__isnull=True).first()
    )
    if client is None or user.role not in (Role.COORDINATOR, Role.ADMIN):
        # The client left the person's offices since they asked.
        raise ValidationError(_("This client is not in your offices."))
    ids = holdings.client_ids(client)
    data = {
        "client": client.reference,
        "made_at": timezone.now(),
        "records": records(ids),
        "accessed": accesses(ids),
    }
    progress(40)
    readable = {
        "client": client,
        "data": data,
        "consents": Consent.objects.filter(client_id__in=ids).order_by("given_at"),
        "sessions": CounsellingSession.objects.filter(client_id__in=ids)
        .select_related("office")
        .order_by("started_at"),
        "inquiries": Inquiry.objects.filter(client_id__in=ids)
        .prefetch_related("messages")
        .order_by("created_at"),
        "referrals": Referral.objects.filter(client_id__in=ids)
        .select_related("organisation")
        .order_by("created_at"),
        "answers": SurveyAnswer.objects.filter(invitation__client_id__in=ids),
    }
    with translation.override(_language(client)):
        html = render_to_string("privacy/access_export.html", readable)
    pdf = HTML(string=html, url_fetcher=URLFetcher(allowed_protocols=["data"])).write_pdf()
    progress(80)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", json.dumps(data, cls=DjangoJSONEncoder, indent=2))
        archive.writestr(f"{client.reference}.pdf", pdf)
        for attachment in Attachment.objects.filter(message__inquiry__client_id__in=ids):
            with attachment.file.open("rb") as content:
                archive.writestr(
                    f"attachments/{attachment.pk}-{attachment.filename}", content.read()
                )
    return f"{client.reference}-data.zip", "application/zip", buffer.getvalue()
