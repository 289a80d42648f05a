import pytest

from programmes import services
from programmes.models import Programme


@pytest.fixture
def support_person(db):
    """The seeded support-person programme: support person (120 days) → coordinator
    reception (90) → mentoring (180) → closed."""
    return Programme.objects.get(code="support_person")


@pytest.fixture
def phases(support_person):
    return list(support_person.phases.order_by("order"))


@pytest.fixture
def enrolment(client_a, office_a, counsellor, support_person):
    return services.enrol(
        client=client_a,
        programme=support_person,
        office=office_a,
        responsible=counsellor,
        by=counsellor,
    )
