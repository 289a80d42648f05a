"""Personas shared by every test: two offices and a person of each role."""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from clients.models import Client
from counselling.models import Case, Office, Role, User
from tests.pages import browser, open_page  # noqa: F401 (one Playwright per run)

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Throttle counters live in the Redis cache; each test starts with none."""
    from django.core.cache import cache

    cache.clear()


def make_user(username: str, role: str, *offices: Office, **extra) -> User:
    user = User(username=username, role=role, email=f"{username}@example.org", **extra)
    user.set_password(PASSWORD)
    user.save()
    user.offices.set(offices)
    return user


@pytest.fixture
def office_a(db):
    return Office.objects.create(name="Tallinn", code="tallinn", city="Tallinn")


@pytest.fixture
def office_b(db):
    return Office.objects.create(name="Narva", code="narva", city="Narva")


@pytest.fixture
def counsellor(office_a):
    return make_user("mari", Role.COUNSELLOR, office_a)


@pytest.fixture
def colleague(office_a):
    return make_user("oksana", Role.COUNSELLOR, office_a)


@pytest.fixture
def counsellor_b(office_b):
    return make_user("sergei", Role.COUNSELLOR, office_b)


@pytest.fixture
def receptionist(office_a):
    return make_user("marina", Role.RECEPTIONIST, office_a)


@pytest.fixture
def coordinator(office_a):
    return make_user("kristi", Role.COORDINATOR, office_a)


@pytest.fixture
def administrator(office_a):
    return make_user("anu", Role.ADMIN, office_a, is_staff=True, is_superuser=True)


@pytest.fixture
def partner(db):
    return make_user("tiina", Role.PARTNER)


@pytest.fixture
def volunteer_user(db):
    """A peer counsellor's limited account: no office, only their own matches."""
    return make_user("amina", Role.VOLUNTEER)


@pytest.fixture
def client_a(office_a, counsellor):
    client = Client.objects.create(given_name="Olena", family_name="Kovalenko")
    Case.objects.create(client=client, office=office_a, owner=counsellor)
    return client


@pytest.fixture
def client_b(office_b, counsellor_b):
    client = Client.objects.create(given_name="Иван", family_name="Петров")
    Case.objects.create(client=client, office=office_b, owner=counsellor_b)
    return client


def totp_device(user: User) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="test", confirmed=True)


@pytest.fixture
def sign_in(client):
    """Sign a persona in as if they had passed two-factor where their role needs it."""

    def _sign_in(user: User):
        client.force_login(user)
        if user.requires_two_factor:
            device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or totp_device(
                user
            )
            session = client.session
            session["otp_device_id"] = device.persistent_id
            session.save()
        return client

    return _sign_in
