"""The client page's timeline: counselling sessions, inquiries (with their messages) and
referrals (with their events) in one list, newest first, a page at a time. Only the
(time, id) pairs of the whole history are read; the entries are fetched for the page."""

from dataclasses import dataclass
from datetime import datetime

from django.core.paginator import Page, Paginator

from channels.selectors import client_inquiry_times, inquiries_with_threads
from counselling.models import User
from counselling.selectors import client_session_times, sessions_for_timeline
from referrals.access import referrals_for
from referrals.selectors import client_referral_times, referrals_for_timeline

from .models import Client

PAGE_SIZE = 20


@dataclass(frozen=True)
class Entry:
    kind: str  # "session", "inquiry" or "referral"
    at: datetime
    item: object


def client_timeline(*, user: User, client: Client, page: str | int | None) -> Page:
    keys = [(at, "session", pk) for at, pk in client_session_times(user=user, client=client)]
    keys += [(at, "inquiry", pk) for at, pk in client_inquiry_times(user=user, client=client)]
    referrals = referrals_for(user)
    keys += [
        (at, "referral", pk) for at, pk in client_referral_times(referrals=referrals, client=client)
    ]
    keys.sort(reverse=True)
    timeline = Paginator(keys, PAGE_SIZE).get_page(page)
    ids = {
        kind: [pk for _, of_kind, pk in timeline if of_kind == kind]
        for kind in ("session", "inquiry", "referral")
    }
    items = {
        "session": sessions_for_timeline(user=user, ids=ids["session"]),
        "inquiry": inquiries_with_threads(user=user, ids=ids["inquiry"]),
        "referral": referrals_for_timeline(referrals=referrals, ids=ids["referral"]),
    }
    timeline.object_list = [Entry(kind, at, items[kind][pk]) for at, kind, pk in timeline]
    return timeline
