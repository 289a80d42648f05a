"""Reads over inquiries, scoped by channels.access and prefetched here."""

from django.db.models import Prefetch, QuerySet

from counselling.models import User

from . import access
from .forms import InboxFilterForm
from .models import Attachment, Inquiry, InquiryMessage


def inbox(*, user: User, filters: dict) -> QuerySet[Inquiry]:
    inquiries = access.inquiries_for(user).select_related("office", "assignee", "topic", "client")
    status = filters.get("status")
    inquiries = inquiries.filter(status=status) if status else inquiries.exclude(status="closed")
    for field in ("channel", "language"):
        if filters.get(field):
            inquiries = inquiries.filter(**{field: filters[field]})
    if filters.get("topic"):
        topic = filters["topic"]
        inquiries = inquiries.filter(topic__in=[topic, *topic.children.all()])
    if filters.get("office"):
        inquiries = inquiries.filter(office=filters["office"])
    assignee = filters.get("assignee")
    if assignee == InboxFilterForm.MINE:
        inquiries = inquiries.filter(assignee=user)
    elif assignee == InboxFilterForm.UNASSIGNED:
        inquiries = inquiries.filter(assignee__isnull=True)
    return inquiries.order_by("due_at", "id")


def thread(inquiry: Inquiry) -> list[InquiryMessage]:
    """The inquiry's messages, oldest first, with authors and attachments."""
    return list(
        inquiry.messages.select_related("author").prefetch_related(
            Prefetch("attachments", queryset=Attachment.objects.order_by("id"))
        )
    )
