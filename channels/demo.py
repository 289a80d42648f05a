"""Fictional inquiries and walk-ins for `make run`, so the inbox and the queue are not
empty on first sight, and a year of answered inquiries and served walk-ins behind them
for the coordinators' dashboards. Called by the load_demo command; never by migrations."""

import math
import random
from collections import defaultdict
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from clients.models import Client, Topic
from counselling import demo_times
from counselling.demo import CASEWORKERS, SEGMENT_TOPICS
from counselling.models import Office, Outcome, Role, User

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


# The live inbox and queue are of the last week; anything older than this is the
# year's history, and its absence means the history is still to be loaded.
HISTORY = timedelta(days=60)


@transaction.atomic
def load() -> dict[str, int]:
    created = {} if Inquiry.objects.exists() else _inbox()
    now = timezone.now()
    if not Inquiry.objects.filter(created_at__lt=now - HISTORY).exists():
        created.update(_past_inquiries())
    if not Visit.objects.filter(day__lt=timezone.localdate() - HISTORY).exists():
        created.update(_past_visits())
    return created


def _inbox() -> dict[str, int]:
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


# The year's history: about 1,400 inquiries and 650 walk-ins. Offices' shares of
# inquiries and of walk-ins (Narva is walk-in heavy), and the languages people use at
# each (DOMAIN.md §9: ru 38 %, uk 20 %, en 18 %, et 6 %, ar 6 %, fi 4 %, fa/prs 3 %, so 2 %).
PAST_INQUIRIES = 1376
PAST_VISITS = 650
INQUIRY_OFFICES = {"tallinn": 34, "narva": 26, "tartu": 20, "helsinki-itakeskus": 20}
VISIT_OFFICES = {"narva": 55, "tallinn": 30, "tartu": 10, "helsinki-itakeskus": 5}
LANGUAGES = {
    "narva": {"ru": 68, "uk": 22, "et": 5, "en": 5},
    "tallinn": {"ru": 28, "uk": 24, "en": 26, "et": 10, "ar": 6, "tr": 2, "fa": 2, "prs": 2},
    "tartu": {"en": 24, "ar": 18, "uk": 20, "ru": 16, "et": 8, "prs": 5, "fa": 3},
    "helsinki-itakeskus": {
        "fi": 26, "en": 20, "so": 8, "ar": 10, "ru": 14, "uk": 12, "et": 4, "sv": 3, "fa": 3,
    },
}  # fmt: skip
# Phone 35 %, e-mail 20 %, web form 10 % of all contacts; walk-ins and outreach are the rest.
INQUIRY_CHANNELS = {InquiryChannel.PHONE: 35, InquiryChannel.EMAIL: 20, InquiryChannel.WEB_FORM: 10}
# What anonymous newcomers ask about, by level-1 topic.
TOPIC_WEIGHTS = {
    "residence": 20, "work": 12, "language": 9, "registration": 8, "health": 8, "social": 8,
    "housing": 7, "education": 7, "citizenship": 5, "family": 4, "digital": 4, "tax": 3,
    "everyday": 3, "programmes": 3, "rights": 2,
}  # fmt: skip
PAST_OUTCOMES = {
    Outcome.ANSWERED: 45,
    Outcome.KNOWLEDGE_PAGE: 14,
    Outcome.SIGNPOSTED: 14,
    Outcome.FORM_HELP: 8,
    Outcome.FOLLOW_UP: 8,
    Outcome.REFERRED: 7,
    Outcome.OUT_OF_SCOPE: 4,
}
REPLIES = {
    "ru": "Здравствуйте! Спасибо за вопрос. Ответ и ссылку на подробную инструкцию "
    "мы отправили ниже; если что-то неясно, позвоните нам.",
    "uk": "Добрий день! Дякуємо за запитання. Надсилаємо відповідь і посилання на "
    "інструкцію; якщо щось незрозуміло, зателефонуйте нам.",
    "et": "Tere! Aitäh küsimuse eest. Saadame vastuse ja juhendi lingi; kui midagi jääb "
    "segaseks, helistage meile.",
    "fi": "Hei! Kiitos kysymyksestä. Lähetämme vastauksen ja linkin ohjeeseen; soita "
    "meille, jos jokin jää epäselväksi.",
    "ar": "مرحبًا! شكرًا على سؤالك. نرسل إليك الإجابة ورابط الإرشادات؛ اتصل بنا إذا كان "
    "هناك شيء غير واضح.",
    "en": "Hello! Thank you for your question. Here is the answer and a link to the "
    "step-by-step guide; call us if anything is unclear.",
}
NAMES = ["", "", "Olena", "Ahmad", "Maria", "Hodan", "Sergei", "Priya", "Zahra", "Juha"]


class _People:
    """The demo's staff and clients, looked up once for the whole history."""

    def __init__(self):
        self.offices = {office.code: office for office in Office.objects.all()}
        users = {user.username: user for user in User.objects.all()}
        self.workers = {
            code: [users[name] for name in names if name in users]
            for code, names in CASEWORKERS.items()
        }
        # Who hands out queue numbers: the office's receptionist, else a counsellor.
        self.reception = {code: workers[0] for code, workers in self.workers.items()}
        receptionists = User.objects.filter(role=Role.RECEPTIONIST).prefetch_related("offices")
        for user in receptionists.order_by("-pk"):
            for office in user.offices.all():
                self.reception[office.code] = user
        self.clients: dict[tuple[int, str], list[Client]] = defaultdict(list)
        for client in Client.objects.exclude(relationship="child").order_by("pk"):
            key = (client.registered_office_id, client.preferred_language)
            self.clients[key].append(client)
        self.topics = {topic.code: topic for topic in Topic.objects.select_related("parent")}
        self.children: dict[str, list[str]] = defaultdict(list)
        for topic in self.topics.values():
            if topic.parent is not None:
                self.children[topic.parent.code].append(topic.code)

    def client(self, rng, office: Office, language: str, share: float) -> Client | None:
        known = self.clients.get((office.pk, language))
        return rng.choice(known) if known and rng.random() < share else None

    def topic(self, rng, client: Client | None) -> Topic | None:
        """A level-1 or level-2 topic; none for about one contact in eight (the person
        did not know, or it was not recorded)."""
        if rng.random() < 0.12:
            return None
        if client is not None and client.segment in SEGMENT_TOPICS:
            leaf = self.topics[rng.choice(SEGMENT_TOPICS[client.segment])]
            return leaf if rng.random() < 0.6 else leaf.parent or leaf
        code = rng.choices(list(TOPIC_WEIGHTS), list(TOPIC_WEIGHTS.values()))[0]
        if self.children[code] and rng.random() < 0.4:
            code = rng.choice(self.children[code])
        return self.topics[code]


def _weighted(rng, weights: dict):
    return rng.choices(list(weights), list(weights.values()))[0]


def _hours(rng, median: float, spread: float) -> timedelta:
    return timedelta(hours=rng.lognormvariate(math.log(median), spread))


def _past_inquiries() -> dict[str, int]:
    """Closed inquiries of the past year, answered in working hours, most within the
    due time; phone calls answered as they came, some with an interpreter on the line."""
    rng = random.Random(2024)
    people = _People()
    today, now = timezone.localdate(), timezone.now()
    inquiries, messages = [], []
    for _ in range(PAST_INQUIRIES):
        code = _weighted(rng, INQUIRY_OFFICES)
        office = people.offices[code]
        channel = _weighted(rng, INQUIRY_CHANNELS)
        phone = channel == InquiryChannel.PHONE
        language = _weighted(rng, LANGUAGES[code])
        client = people.client(rng, office, language, share=0.65 if phone else 0.75)
        (day,) = demo_times.days(
            rng,
            1,
            first=today - timedelta(days=365),
            last=today - timedelta(days=3),
            weekdays=demo_times.WEEKDAYS if phone else demo_times.WEEKDAYS_ONLINE,
        )
        received = demo_times.at(
            rng, day, demo_times.OFFICE_HOURS if phone else demo_times.WAKING_HOURS
        )
        minutes = rng.choice([3, 5, 5, 8, 10, 12, 15, 20, 25]) if phone else None
        if phone and rng.random() < 0.85:  # answered on the call itself
            first_response = received + timedelta(minutes=minutes or 0)
        else:
            first_response = demo_times.office_time(received, later_by=_hours(rng, 8, 1.2))
        closed = first_response
        if not phone or rng.random() < 0.2:
            closed = demo_times.office_time(first_response, later_by=_hours(rng, 20, 1.2))
        closed = min(closed, now - timedelta(hours=1))
        first_response = min(first_response, closed)
        interpreted = phone and (
            (language not in office.languages.split(",") and rng.random() < 0.7)
            or rng.random() < 0.02
        )
        inquiry = Inquiry(
            channel=channel,
            status=Inquiry.Status.CLOSED,
            office=office,
            assignee=rng.choice(people.workers[code]),
            name=client.given_name if client else rng.choice(NAMES),
            reply_by=Inquiry.ReplyBy.PHONE if phone else Inquiry.ReplyBy.EMAIL,
            email=(client.email if client else "")
            or ("" if phone else f"newcomer.{rng.randrange(10**6)}@example.org"),
            phone=(client.phone if client else "") or (_phone(rng, code) if phone else ""),
            language=language,
            topic=people.topic(rng, client),
            client=client,
            duration_minutes=minutes,
            interpreter_language=language if interpreted else "",
            consent_at=None if phone else received,
            created_at=received,
            due_at=services.due_by(received, channel),
            first_response_at=first_response,
            closed_at=closed,
            outcome=_weighted(rng, PAST_OUTCOMES),
        )
        inquiries.append(inquiry)
        if not phone:
            messages.append((inquiry, InquiryMessage.Direction.IN, _question(rng, language)))
            messages.append((inquiry, InquiryMessage.Direction.OUT, _reply(language)))
    Inquiry.objects.bulk_create(inquiries)
    InquiryMessage.objects.bulk_create(
        InquiryMessage(
            inquiry=inquiry,
            direction=direction,
            body=body,
            author=None if direction == InquiryMessage.Direction.IN else inquiry.assignee,
            created_at=inquiry.created_at
            if direction == InquiryMessage.Direction.IN
            else inquiry.first_response_at,
        )
        for inquiry, direction, body in messages
    )
    return {"past_inquiries": len(inquiries)}


def _question(rng, language: str) -> str:
    asked = [text for code, _topic, text in QUESTIONS if code == language]
    return rng.choice(asked or [text for code, _topic, text in QUESTIONS if code == "en"])


def _reply(language: str) -> str:
    return REPLIES.get(language, REPLIES["en"])


def _phone(rng, office_code: str) -> str:
    prefix = "+35840" if office_code.startswith("helsinki") else "+3725"
    return f"{prefix}{rng.randrange(1_000_000, 9_999_999)}"


def _past_visits() -> dict[str, int]:
    """Walk-ins of the past year, numbered per office and day in order of arrival:
    most are called in after a wait that is longer on Mondays, a few leave first."""
    rng = random.Random(2023)
    people = _People()
    today = timezone.localdate()
    arrivals = defaultdict(list)
    for _ in range(PAST_VISITS):
        code = _weighted(rng, VISIT_OFFICES)
        (day,) = demo_times.days(
            rng, 1, first=today - timedelta(days=365), last=today - timedelta(days=1)
        )
        arrivals[code, day].append(demo_times.at(rng, day))
    visits = []
    for (code, day), moments in sorted(arrivals.items()):
        office = people.offices[code]
        for number, arrived in enumerate(sorted(moments), start=1):
            language = _weighted(rng, LANGUAGES[code])
            client = people.client(rng, office, language, share=0.6)
            busy = 1.4 if day.weekday() == 0 else 1.0
            waited = timedelta(minutes=min(120, busy * rng.lognormvariate(math.log(11), 0.75)))
            left = rng.random() < 0.03 + min(0.3, waited.total_seconds() / 3600 / 4)
            visit = Visit(
                office=office,
                day=day,
                number=number,
                language=language,
                topic=people.topic(rng, client),
                client=client,
                registered_by=people.reception[code],
                arrived_at=arrived,
            )
            if left:
                visit.status, visit.ended_at = Visit.Status.LEFT, arrived + waited
            else:
                visit.status = Visit.Status.SERVED
                visit.called_at = arrived + waited
                visit.served_by = rng.choice(people.workers[code])
                visit.ended_at = visit.called_at + timedelta(minutes=rng.randrange(8, 45))
            visits.append(visit)
    Visit.objects.bulk_create(visits)
    return {"past_walk_ins": len(visits)}
