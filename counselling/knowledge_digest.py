"""The weekly knowledge-base digest: the people in charge of the knowledge base
(settings.KNOWLEDGE_DIGEST_ROLES) hear which pages are due for review and which
translations are out of date, in their own language, with links to the editor.

It lives here, not in knowledge/, because it e-mails staff users through the outbox:
the knowledge base stands alone and only offers the lists (knowledge.selectors). Its task
is here too, not in counselling/tasks.py, which the outbox imports: the outbox builds on
nothing but clients (settings.CELERY_IMPORTS has the worker load this module).
"""

from dataclasses import dataclass
from datetime import date

from celery import shared_task
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from knowledge import selectors
from knowledge.models import Page, PageLanguage

from . import outbox
from .models import OutgoingMessage, User

KIND = "knowledge_digest"
LISTED = 50  # per list; the rest are counted and linked


@dataclass(frozen=True)
class Row:
    title: str
    language: str
    link: str
    due_on: date | None = None


def recipients() -> QuerySet[User]:
    return (
        User.objects.filter(is_active=True, role__in=settings.KNOWLEDGE_DIGEST_ROLES)
        .exclude(email="")
        .order_by("pk")
    )


def _rows(states: QuerySet[PageLanguage]) -> tuple[list[Row], int]:
    """The first LISTED rows, and how many more there are."""
    listed = list(states[: LISTED + 1])
    more = states.count() - LISTED if len(listed) > LISTED else 0
    rows = []
    for state in listed[:LISTED]:
        page = state.page
        title = (
            getattr(page, f"title_{state.language}", "")
            or getattr(page, f"title_{page.source_language}", "")
            or page.slug
        )
        link = reverse("knowledge-editor-language", args=[page.slug, state.language])
        rows.append(
            Row(
                title=title,
                language=state.language,
                link=settings.SITE_URL + link,
                due_on=getattr(state, "due_on", None),
            )
        )
    return rows, more


def message_id(user: User, today: date) -> str:
    """One digest per person per ISO week: a second run in the same week finds it."""
    year, week, _day = today.isocalendar()
    return f"<knowledge-digest-{year}-w{week:02d}-{user.pk}@{settings.EMAIL_MESSAGE_ID_DOMAIN}>"


def send_digest(*, today: date | None = None) -> int:
    """Queue this week's digest for each recipient who has not had it yet. Nothing due
    and nothing out of date: no e-mail. Returns how many were queued."""
    today = today or timezone.localdate()
    pages = Page.objects.all()
    due, due_more = _rows(selectors.due_for_review(pages, today))
    stale, stale_more = _rows(selectors.out_of_date(pages))
    if not due and not stale:
        return 0
    editor = settings.SITE_URL + reverse("knowledge-editor")
    context = {
        "due": due,
        "due_more": due_more,
        "stale": stale,
        "stale_more": stale_more,
        "editor_link": editor,
        "due_link": f"{editor}?show=due",
        "stale_link": f"{editor}?show=out_of_date",
    }
    queued = 0
    for user in recipients():
        key = message_id(user, today)
        try:
            with transaction.atomic():
                if OutgoingMessage.objects.filter(message_id=key).exists():
                    continue
                outbox.queue_email(
                    kind=KIND,
                    to_email=user.email,
                    language=user.language,
                    template=KIND,
                    context={**context, "user": user},
                    message_id=key,
                )
        except IntegrityError:
            continue  # another run of the task queued it a moment ago
        queued += 1
    return queued


# Weekly from beat. One digest per person per ISO week (its Message-ID says which), so a
# second run that week, or two workers running it at once, queue nothing new. The default
# queue: it only writes outbox rows, which the outbox queue's worker then sends.
@shared_task(time_limit=300, ignore_result=True)
def send_knowledge_digest() -> int:
    return send_digest()
