"""A partner with one service, a client with an open case and a consent to share with
that partner, and a partner user of the organisation."""

from datetime import timedelta

import pytest
from django.utils import timezone

from clients.models import Consent
from counselling.models import Role
from referrals import services
from referrals.models import Organisation, PartnerMember, Service
from tests.conftest import make_user


@pytest.fixture
def organisation(db):
    return Organisation.objects.create(
        name="Töötukassa", name_en="Unemployment Insurance Fund", name_et="Töötukassa",
        kind="employment", country="EE", email="referrals@tootukassa.example.org",
        language="et",
    )  # fmt: skip


@pytest.fixture
def other_organisation(db):
    return Organisation.objects.create(
        name="Kela", name_en="Kela", kind="social_insurance", country="FI",
        email="kela@partner.example.org", language="fi",
    )  # fmt: skip


@pytest.fixture
def service(organisation):
    return Service.objects.create(
        organisation=organisation, name="Job search counselling",
        name_en="Job search counselling", name_et="Tööotsingu nõustamine",
        languages=["et", "ru", "en"], response_days=5,
    )  # fmt: skip


@pytest.fixture
def case(client_a):
    client_a.birth_date = timezone.localdate().replace(year=1990, month=3, day=14)
    client_a.phone = "+37255512345"
    client_a.email = "olena@example.org"
    client_a.preferred_language = "uk"
    client_a.legal_status = "temporary_protection"
    client_a.save()
    return client_a.cases.get()


@pytest.fixture
def consent(client_a, counsellor, organisation):
    return Consent.objects.create(
        client=client_a,
        scope=Consent.Scope.SHARING,
        partner_name="töötukassa",
        recorded_by=counsellor,
    )


@pytest.fixture
def partner_user(organisation):
    user = make_user("tiina", Role.PARTNER)
    PartnerMember.objects.create(user=user, organisation=organisation)
    return user


@pytest.fixture
def send(case, client_a, counsellor, service):
    """Send a referral as the counsellor (consent given by the test)."""

    def send(**changes):
        arguments = {
            "user": counsellor, "case": case, "client": client_a, "service": service,
            "reason": "Looking for work as a nurse; needs a recognition of her diploma.",
            "shared_fields": ["name", "language"],
            "wished_by": timezone.localdate() + timedelta(days=7),
        } | changes  # fmt: skip
        return services.send_referral(**arguments)

    return send
