"""Reads over inquiries, scoped by channels.access and prefetched here."""

from django.db.models import Prefetch, Q, QuerySet

from counselling.access import clients_for
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


def suggested_clients(*, user: User, inquiry: Inquiry) -> list:
    """Clients whose e-mail or phone is the inquiry's: offered, never linked silently."""
    if inquiry.client_id or not (inquiry.email or inquiry.phone):
        return []
    same = Q(pk__in=[])
    if inquiry.email:
        same |= Q(email__iexact=inquiry.email)
    if inquiry.phone:
        same |= Q(phone=inquiry.phone)
    return list(clients_for(user).filter(same).order_by("family_name", "given_name")[:5])


def client_inquiry_times(*, user: User, client) -> list[tuple]:
    """(received at, id) of the client's inquiries in the user's offices."""
    return list(access.inquiries_for(user).filter(client=client).values_list("created_at", "pk"))


def inquiries_with_threads(*, user: User, ids: list[int]) -> dict[int, Inquiry]:
    """These inquiries (within the user's access) with topic, assignee and messages."""
    messages = InquiryMessage.objects.select_related("author").order_by("created_at", "id")
    inquiries = (
        access.inquiries_for(user)
        .filter(pk__in=ids)
        .select_related("topic", "assignee")
        .prefetch_related(Prefetch("messages", queryset=messages))
    )
    return {inquiry.pk: inquiry for inquiry in inquiries}


def open_inquiries_assigned_to(*, user: User, assignee: User) -> QuerySet[Inquiry]:
    """`assignee`'s inquiries not yet closed, in the user's offices, oldest first."""
    return (
        access.inquiries_for(user)
        .filter(assignee=assignee)
        .exclude(status=Inquiry.Status.CLOSED)
        .select_related("office", "topic")
        .order_by("created_at", "id")
    )


def open_inquiry_assignees(*, user: User) -> QuerySet[Inquiry]:
    """The ids (a subquery) of whoever holds an inquiry not yet closed in the user's offices."""
    open_ones = access.inquiries_for(user).exclude(status=Inquiry.Status.CLOSED)
    return open_ones.filter(assignee__isnull=False).values("assignee_id")
