"""Fictional demo volunteers for `make run` (DOMAIN.md §9): a dozen mentors, language
partners and peer counsellors in Tartu and Helsinki, with matches and check-ins, and a
peer counsellor's limited account. Never called by migrations or production code."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from clients.models import Client
from counselling.models import Case, Office, Role, User

from .models import CheckIn, Match, SupportKind, Volunteer

PASSWORD = "silta-demo"
HEL = "helsinki-itakeskus"
PEER_USERNAME = "volunteer.peer"

A, L, W, P = (
    SupportKind.ADAPTATION_MENTOR,
    SupportKind.LANGUAGE_PARTNER,
    SupportKind.WORK_MENTOR,
    SupportKind.PEER_COUNSELLOR,
)

# first, last, office, kinds, languages, places, skills, check expires in days (None: none)
VOLUNTEERS = [
    ("Samira", "Haddad", "tartu", [A, P], ["ar", "et", "en"], ["Annelinn"], ["housing"], 400),
    ("Farid", "Rahimi", "tartu", [A], ["prs", "fa", "en"], ["Karlova"], ["driving"], 300),
    ("Yonas", "Tesfaye", "tartu", [A, W], ["ti", "en"], ["Annelinn", "Ropka"], ["IT"], 20),
    ("Olga", "Kuznetsova", "tartu", [L], ["ru", "et"], ["Tähtvere"], ["teaching"], 250),
    ("Halyna", "Bondar", "tartu", [A, L], ["uk", "ru", "et"], ["Annelinn"], ["cooking"], -5),
    ("Kadri", "Mets", "tartu", [L, W], ["et", "en"], ["Supilinn"], ["CV writing"], 500),
    ("Abdi", "Warsame", HEL, [A, P], ["so", "fi"], ["Itäkeskus"], [], 350),
    ("Leila", "Nasser", HEL, [A], ["ar", "fi", "en"], ["Itäkeskus"], [], 200),
    ("Mikko", "Laine", HEL, [L, W], ["fi", "sv", "en"], ["Kontula"], [], 600),
    ("Natalia", "Ivanova", HEL, [L], ["ru", "fi"], ["Vuosaari"], [], 15),
    ("Maryam", "Ahmadi", HEL, [A, W], ["prs", "fa", "fi"], ["Itäkeskus"], [], None),
    ("Hodan", "Yusuf", HEL, [L], ["so", "en"], ["Mellunmäki"], [], 280),
]  # fmt: skip

# volunteer, kind, started weeks ago, check-ins weeks ago (none lately: an alert)
MATCHES = [
    ("Samira", A, 10, [8, 4, 1]),
    ("Farid", A, 6, [4, 2]),
    ("Yonas", W, 12, [10, 7]),  # quiet for seven weeks
    ("Olga", L, 8, [6, 3, 1]),
    ("Kadri", L, 3, [1]),
    ("Abdi", P, 9, [7, 4, 2]),
    ("Leila", A, 5, [3]),
    ("Mikko", W, 14, [12, 9]),  # quiet for nine weeks
    ("Hodan", L, 4, [2]),
]


@transaction.atomic
def load() -> dict[str, int]:
    """Create what is missing; change nothing that exists. Returns counts created."""
    if Volunteer.objects.exists():
        return {"volunteers": 0, "matches": 0, "check_ins": 0}
    offices = {office.code: office for office in Office.objects.filter(code__in=["tartu", HEL])}
    if len(offices) < 2:
        return {"volunteers": 0, "matches": 0, "check_ins": 0}
    today = timezone.localdate()
    volunteers = {}
    for first, last, office, kinds, languages, places, skills, expires in VOLUNTEERS:
        volunteer = Volunteer.objects.create(
            first_name=first,
            last_name=last,
            email=f"{first.lower()}.{last.lower()}@example.org",
            kinds=kinds,
            languages=languages,
            places=places,
            skills=skills,
            availability="Weekday evenings, Saturday mornings",
            background_checked_on=None if expires is None else today - timedelta(days=365),
            background_check_expires_on=None
            if expires is None
            else today + timedelta(days=expires),
            training="Volunteer mentor basics" if expires else "",
            trained_on=today - timedelta(days=200) if expires else None,
            agreement_signed_on=today - timedelta(days=300),
        )
        volunteer.offices.set([offices[office]])
        volunteers[first] = volunteer
    volunteers["Samira"].user = _peer_account()
    volunteers["Samira"].save(update_fields=["user"])
    counts = {"volunteers": len(volunteers), "matches": 0, "check_ins": 0}
    coordinators = {
        code: User.objects.filter(role=Role.COORDINATOR, offices=office).order_by("pk").first()
        for code, office in offices.items()
    }
    used: set[int] = set()
    for name, kind, started, check_ins in MATCHES:
        volunteer = volunteers[name]
        office = volunteer.offices.get()
        client = _client_for(office, volunteer.languages, used)
        coordinator = coordinators[office.code]
        if client is None or coordinator is None:
            continue
        used.add(client.pk)
        match = Match.objects.create(
            client=client,
            volunteer=volunteer,
            office=office,
            kind=kind,
            starts_on=today - timedelta(weeks=started),
            planned_end_on=today + timedelta(weeks=16 - started),
            shared_fields=["first_name", "languages", "district"],
            needs="Getting to know the town: shops, the bus, the family doctor.",
            made_by=coordinator,
        )
        counts["matches"] += 1
        for weeks in check_ins:
            CheckIn.objects.create(
                match=match,
                on=today - timedelta(weeks=weeks),
                by=coordinator,
                note="Meeting every week; going well.",
            )
            counts["check_ins"] += 1
    return counts


def _peer_account() -> User:
    """The peer counsellor of DOMAIN §9: a limited account that sees their own matches."""
    user = User.objects.filter(username=PEER_USERNAME).first()
    if user is None:
        user = User(
            username=PEER_USERNAME,
            first_name="Samira",
            last_name="Haddad",
            role=Role.VOLUNTEER,
            language="ar",
            email=f"{PEER_USERNAME}@silta.example.org",
        )
        user.set_password(PASSWORD)
        user.save()
    return user


def _client_for(office: Office, languages: list[str], used: set[int]) -> Client | None:
    """A client with a case in the office, speaking one of the volunteer's languages if
    one does."""
    cases = Case.objects.filter(office=office, client__isnull=False).values("client_id")
    clients = Client.objects.filter(pk__in=cases, merged_into__isnull=True).exclude(pk__in=used)
    return (
        clients.filter(preferred_language__in=languages).order_by("pk").first()
        or clients.order_by("pk").first()
    )
