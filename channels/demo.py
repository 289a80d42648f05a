"""Fictional inquiries and walk-ins for `make run`, so the inbox and the queue are not
empty on first sight. Called by the load_demo command; never by migrations."""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from clients.models import Client, Topic
from counselling.models import Office, User

from . import services
from .models import Inquiry, InquiryChannel, InquiryMessage, Visit

QUESTIONS = [
    (
        "uk",
        "residence",
        "Як продовжити тимчасовий захист? Мій дозвіл закінчується наступного місяця.",
    ),
    ("ru", "registration", "Как зарегистрировать место жительства, если я снимаю комнату?"),
    ("ar", "work", "هل يمكنني العمل أثناء انتظار قرار اللجوء؟"),
    ("en", "health", "How do I get a family doctor? I moved here two months ago."),
    ("et", "language", "Kus saab tasuta eesti keele kursusele registreeruda?"),
    ("ru", "citizenship", "Какие документы нужны для экзамена на гражданство?"),
    ("uk", "education", "Як записати дитину до школи посеред навчального року?"),
    ("en", "tax", "Do I need to file a tax return if I worked only three months?"),
    ("fi", "social", "Miten haen asumistukea?"),
    ("ar", "housing", "أبحث عن شقة، هل هناك مساعدة للاجئين؟"),
]


@transaction.atomic
def load() -> dict[str, int]:
    if Inquiry.objects.exists():
        return {}
    rng = random.Random(7)
    offices = list(Office.objects.order_by("pk"))
    topics = {topic.code: topic for topic in Topic.objects.filter(parent__isnull=True)}
    now = timezone.now()
    created = {"inquiries": 0, "walk_ins": 0}
    for number in range(24):
        language, topic, text = QUESTIONS[number % len(QUESTIONS)]
        received = now - timedelta(hours=rng.randrange(1, 24 * 6))
        channel = rng.choice(
            [InquiryChannel.WEB_FORM, InquiryChannel.WEB_FORM, InquiryChannel.EMAIL]
        )
        office = rng.choice(offices)
        inquiry = Inquiry.objects.create(
            channel=channel,
            office=office,
            name=rng.choice(["", "Olena", "Ahmad", "Maria", "Hodan"]),
            email=f"newcomer{number}@example.org",
            language=language,
            topic=topics.get(topic),
            created_at=received,
            consent_at=received,
            due_at=services.due_by(received, channel),
            client=Client.objects.filter(
                registered_office_id=office.pk, preferred_language=language
            ).first()
            if number % 4 == 0
            else None,
        )
        InquiryMessage.objects.create(
            inquiry=inquiry, direction="in", body=text, created_at=received
        )
        created["inquiries"] += 1
    reception = User.objects.filter(role="receptionist").order_by("pk").first()
    for office in offices[:2]:
        for _ in range(4):
            visit = services.register_visit(
                visit=Visit(office=office, language=rng.choice(["ru", "uk", "et", "ar"])),
                registered_by=reception,
            )
            Visit.objects.filter(pk=visit.pk).update(
                arrived_at=now - timedelta(minutes=rng.randrange(5, 50))
            )
            created["walk_ins"] += 1
    return created
