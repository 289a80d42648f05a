"""Fictional demo data for `make run`. Never called by migrations or production code paths."""

import hashlib
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from clients.models import Client, Topic

from .models import Case, Channel, CounsellingSession, Office, Outcome, Role, User

PASSWORD = "silta-demo"

OFFICES = [
    ("tallinn", "Tallinn Integration Counselling Centre", "Tallinn", "et,ru,en,uk,ar"),
    ("narva", "Narva Counselling Centre", "Narva", "ru,et,en,uk"),
    ("tartu", "Tartu Support-Person Reception", "Tartu", "et,en,ar,ru,fa"),
    (
        "helsinki-itakeskus",
        "Helsinki guidance point, Itäkeskus",
        "Helsinki",
        "fi,sv,en,so,ar,ru,et",
    ),
]

# username, first name, last name, role, offices, interface language
STAFF = [
    (
        "admin",
        "Anu",
        "Admin",
        Role.ADMIN,
        ["tallinn", "narva", "tartu", "helsinki-itakeskus"],
        "en",
    ),
    ("coordinator", "Kristi", "Tamm", Role.COORDINATOR, ["tallinn", "narva", "tartu"], "et"),
    ("coordinator.helsinki", "Johanna", "Virtanen", Role.COORDINATOR, ["helsinki-itakeskus"], "fi"),
    ("reception", "Marina", "Sokolova", Role.RECEPTIONIST, ["tallinn"], "ru"),
    ("reception.narva", "Olga", "Smirnova", Role.RECEPTIONIST, ["narva"], "ru"),
    ("counsellor", "Mari", "Kask", Role.COUNSELLOR, ["tallinn"], "en"),
    ("counsellor.narva", "Sergei", "Ivanov", Role.COUNSELLOR, ["narva"], "ru"),
    ("counsellor.tallinn2", "Oksana", "Melnyk", Role.COUNSELLOR, ["tallinn"], "uk"),
    ("counsellor.tartu", "Layla", "Haddad", Role.COUNSELLOR, ["tartu"], "ar"),
    ("counsellor.tartu2", "Peeter", "Saar", Role.COUNSELLOR, ["tartu"], "et"),
    ("counsellor.helsinki", "Aino", "Korhonen", Role.COUNSELLOR, ["helsinki-itakeskus"], "fi"),
    ("counsellor.helsinki2", "Hodan", "Ali", Role.COUNSELLOR, ["helsinki-itakeskus"], "en"),
    ("partner", "Tiina", "Lepik", Role.PARTNER, [], "et"),
]

# given name, family name, office, owner
CLIENTS = [
    ("Olena", "Kovalenko", "tallinn", "counsellor"),
    ("Ahmad", "Karimi", "tallinn", "counsellor"),
    ("Fatima", "Al-Sayed", "tallinn", "counsellor.tallinn2"),
    ("Иван", "Петров", "narva", "counsellor.narva"),
    ("Мария", "Иванова", "narva", "counsellor.narva"),
    ("Dmytro", "Shevchenko", "narva", "counsellor.narva"),
    ("Amina", "Yusuf", "tartu", "counsellor.tartu"),
    ("Hamid", "Rahimi", "tartu", "counsellor.tartu"),
    ("Ayaan", "Warsame", "helsinki-itakeskus", "counsellor.helsinki"),
    ("Nguyen", "Thi Lan", "helsinki-itakeskus", "counsellor.helsinki2"),
]

TWO_FACTOR_USERS = ["admin", "coordinator", "coordinator.helsinki"]


def demo_totp_key(username: str) -> str:
    """A fixed key per demo account, so the printed setup keeps working across runs."""
    return hashlib.sha1(f"silta-demo-totp:{username}".encode()).hexdigest()


@transaction.atomic
def load() -> dict[str, int]:
    """Create what is missing; change nothing that exists. Returns counts created."""
    created = {"offices": 0, "users": 0, "clients": 0, "devices": 0, "sessions": 0}
    offices = {}
    for code, name, city, languages in OFFICES:
        offices[code], new = Office.objects.get_or_create(
            code=code, defaults={"name": name, "city": city, "languages": languages}
        )
        created["offices"] += new
    users = {}
    for username, first, last, role, office_codes, language in STAFF:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(
                username=username,
                first_name=first,
                last_name=last,
                role=role,
                language=language,
                email=f"{username}@silta.example.org",
                is_staff=role == Role.ADMIN,
                is_superuser=role == Role.ADMIN,
            )
            user.set_password(PASSWORD)
            user.save()
            user.offices.set([offices[code] for code in office_codes])
            created["users"] += 1
        users[username] = user
    for username in TWO_FACTOR_USERS:
        _, new = TOTPDevice.objects.get_or_create(
            user=users[username],
            name="demo",
            defaults={"key": demo_totp_key(username), "confirmed": True},
        )
        created["devices"] += new
    for given, family, office_code, owner in CLIENTS:
        if Client.objects.filter(given_name=given, family_name=family).exists():
            continue
        client = Client.objects.create(
            given_name=given, family_name=family, registered_office_id=offices[office_code].pk
        )
        case = Case.objects.create(client=client, office=offices[office_code], owner=users[owner])
        created["clients"] += 1
        created["sessions"] += _demo_session(case)
    return created


DEMO_SESSION_TOPICS = ["residence-extension", "registration-residence", "work-job-search"]


def _demo_session(case: Case) -> int:
    """A first session a few days ago, so that the timeline shows what it looks like."""
    topics = list(Topic.objects.filter(code__in=DEMO_SESSION_TOPICS[: 1 + case.pk % 3]))
    session = CounsellingSession.objects.create(
        client=case.client,
        case=case,
        counsellor=case.owner,
        office=case.office,
        started_at=timezone.now() - timedelta(days=1 + case.pk % 6, hours=2),
        duration_minutes=30 + 15 * (case.pk % 3),
        channel=[Channel.IN_PERSON, Channel.PHONE, Channel.IN_PERSON][case.pk % 3],
        note="First meeting: explained the next steps and the documents to bring.",
        outcome=Outcome.ANSWERED,
    )
    session.topics.set(topics)
    return 1
