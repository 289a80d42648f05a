"""Fictional outreach for `make run` (DOMAIN.md §9): Helsinki's two latest pop-ups at
the Itäkeskus shopping centre, with people counted by topic and language, the outreach
sessions of those afternoons linked, and two people who wanted more and became
inquiries (one of them a client); and the next pop-up, planned. Called by load_demo
after counselling's demo, whose pop-up Wednesdays it follows."""

import random
from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from channels.models import Inquiry
from clients.models import Client, Topic
from counselling.demo import CASEWORKERS, POP_UP
from counselling.models import Office, User

from . import services
from .models import EventKind, OutreachEvent

OFFICE = "helsinki-itakeskus"
# What people stop to ask at the desk, and in which languages (weights).
TOPIC_WEIGHTS = {
    "work": 8, "language": 7, "social": 5, "health": 5, "residence": 4,
    "education": 4, "housing": 3, "digital": 2, "registration": 2,
}  # fmt: skip
LANGUAGE_WEIGHTS = {"so": 6, "ar": 5, "ru": 4, "fi": 3, "en": 3, "et": 1, "sv": 1}
CONTACTS = [
    # language, topic, question, how to answer, become a client (given, family name)
    (
        "so",
        "education",
        "My son is three. How do I apply for a kindergarten place, and what does it cost?",
        {"reply_by": Inquiry.ReplyBy.EMAIL, "email": "fadumo.demo@example.org"},
        None,
    ),
    (
        "ar",
        "work",
        "I was a nurse in Syria. Can my diploma be recognised here, and where do I start?",
        {"reply_by": Inquiry.ReplyBy.PHONE, "phone": "+358401234567"},
        ("Rania", "Haddad"),
    ),
]


def _at(day, hour: int) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour)))


@transaction.atomic
def load() -> dict[str, int]:
    office = Office.objects.filter(code=OFFICE).first()
    if office is None or OutreachEvent.objects.filter(office=office).exists():
        return {}
    rng = random.Random(99)
    staff = list(User.objects.filter(username__in=CASEWORKERS[OFFICE]).order_by("username"))
    coordinator = User.objects.filter(offices=office, role="coordinator").first() or staff[0]
    topics = {topic.code: topic for topic in Topic.objects.filter(parent__isnull=True)}
    today = timezone.localdate()
    # The same Wednesdays as counselling.demo's pop-ups: every other one, the last first.
    wednesday = today - timedelta(days=(today.weekday() - 2) % 7 or 7)
    events, taps, linked = [], 0, 0
    for fortnight, partner in [(1, ""), (0, "Itäkeskus Somali Women's Association")]:
        day = wednesday - timedelta(weeks=2 * fortnight)
        event = OutreachEvent(
            kind=EventKind.POP_UP,
            title="Pop-up desk at Itäkeskus",
            office=office,
            place=POP_UP,
            starts_at=_at(day, 13),
            ends_at=_at(day, 17),
            partner=partner,
            notes="Leaflets in Finnish, Somali, Arabic and Russian; the interpreter came at 14.",
        )
        services.create_event(event=event, staff=staff, created_by=coordinator)
        topic_codes = [code for code in TOPIC_WEIGHTS if code in topics]
        weights = [TOPIC_WEIGHTS[code] for code in topic_codes]
        counted: dict[tuple[str, str], int] = {}
        for _ in range(rng.randrange(35, 55)):
            code = rng.choices(topic_codes, weights)[0]
            language = rng.choices(list(LANGUAGE_WEIGHTS), list(LANGUAGE_WEIGHTS.values()))[0]
            counted[code, language] = counted.get((code, language), 0) + 1
        for (code, language), count in sorted(counted.items()):
            services.add_to_tally(
                event=event, topic=topics[code], language=language, count=count, by=staff[0]
            )
            taps += count
        linked += services.link_sessions(event=event, by=coordinator)
        events.append(event)
    contacts = _contacts(events[-1], staff, topics)
    upcoming_day = wednesday + timedelta(weeks=2)
    services.create_event(
        event=OutreachEvent(
            kind=EventKind.POP_UP,
            title="Pop-up desk at Itäkeskus",
            office=office,
            place=POP_UP,
            starts_at=_at(upcoming_day, 13),
            ends_at=_at(upcoming_day, 17),
        ),
        staff=staff[:1],
        created_by=coordinator,
    )
    return {
        "outreach_events": len(events) + 1,
        "outreach_people_counted": taps,
        "outreach_sessions_linked": linked,
        "outreach_contacts": contacts,
    }


def _contacts(event: OutreachEvent, staff: list[User], topics: dict) -> int:
    for number, (language, code, question, reach, name) in enumerate(CONTACTS):
        new_client = None
        if name:
            new_client = Client(
                given_name=name[0],
                family_name=name[1],
                preferred_language=language,
                phone=reach.get("phone", ""),
                municipality="Helsinki",
            )
        contact = services.record_contact(
            event=event,
            inquiry=Inquiry(language=language, topic=topics.get(code), **reach),
            question=question,
            new_client=new_client,
            processing_consent=True,
            by=staff[number % len(staff)],
        )
        # Met that afternoon, not today.
        met = event.starts_at + timedelta(minutes=40 + 70 * number)
        Inquiry.objects.filter(pk=contact.inquiry_id).update(
            created_at=met, consent_at=met, due_at=event.ends_at + timedelta(days=2)
        )
        contact.created_at = met
        contact.save(update_fields=["created_at"])
    return len(CONTACTS)
