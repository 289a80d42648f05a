"""Finding the person in front of you, in any script, without leaking what you typed."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from clients import selectors
from clients.models import Client
from counselling.models import AuditAction, AuditEvent
from tests.casework import add_sessions


def _client(office, **fields) -> Client:
    return Client.objects.create(registered_office_id=office.pk, **fields)


@pytest.fixture
def people(office_a, office_b):
    return {
        "ivanova": _client(office_a, given_name="Мария", family_name="Иванова"),
        "hanna": _client(office_a, given_name="Ганна", family_name="Шевченко"),
        "ahmad": _client(
            office_a, given_name="Ahmad", family_name="Haidari", given_name_original="أحمد"
        ),
        "coded": _client(
            office_a,
            given_name="Juha",
            family_name="Virtanen",
            id_code="131052-308T",
            phone="+358401234567",
            email="juha@example.org",
        ),
        "elsewhere": _client(office_b, given_name="Мария", family_name="Иванова"),
    }


def _search(user, query):
    from counselling.access import clients_for

    return selectors.search(clients_for(user), query)


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("ivanova", "ivanova"),  # Latin letters for a Cyrillic name
        ("Иванова", "ivanova"),
        ("ivanva", "ivanova"),  # a typo
        ("maria ivanova", "ivanova"),
        ("hanna", "hanna"),  # the Ukrainian spelling of Ганна
        ("ganna", "hanna"),  # and the Russian one
        ("ahmad", "ahmad"),
        ("احمد", "ahmad"),  # Arabic without the hamza
        ("131052-308T", "coded"),
        ("040 123 4567", None),  # a Finnish number dialled locally is not an Estonian one
        ("+358 40 123 4567", "coded"),
        ("JUHA@example.org", "coded"),
    ],
)
def test_search_finds_people_by_any_spelling_or_identifier(counsellor, people, query, who):
    found = _search(counsellor, query)
    if who is None:
        assert found == []
    else:
        assert found[0] == people[who]


def test_search_stays_inside_my_offices(counsellor, people):
    assert people["elsewhere"] not in _search(counsellor, "ivanova")


def test_the_search_is_posted_audited_and_kept_out_of_urls(counsellor, sign_in, people):
    client = sign_in(counsellor)

    response = client.post(reverse("client-list"), {"q": "ivanova"})

    assert response.status_code == 200
    assert "Иванова" in response.content.decode()
    assert "ivanova" not in response.request["PATH_INFO"] + response.request["QUERY_STRING"]
    event = AuditEvent.objects.get(action=AuditAction.SEARCH)
    assert event.detail == {"clients": [people["ivanova"].pk]}
    assert "ivanova" not in str(event.detail), "the audit holds results, not what was typed"


def test_an_empty_search_is_a_400_with_a_message(counsellor, sign_in):
    response = sign_in(counsellor).post(reverse("client-list"), {"q": "  "})

    assert response.status_code == 400
    assert "This field is required." in response.content.decode()


def test_search_runs_the_same_queries_for_clients_with_1_or_500_sessions(
    counsellor, sign_in, people, django_assert_max_num_queries
):
    browser = sign_in(counsellor)
    office = counsellor.offices.get()
    found = [_client(office, given_name=f"Maria{n}", family_name="Ivanova") for n in range(30)]
    add_sessions(client=found[0], counsellor=counsellor, office=office, count=1)
    with CaptureQueriesContext(connection) as one:
        browser.post(reverse("client-list"), {"q": "ivanova"})

    add_sessions(client=found[0], counsellor=counsellor, office=office, count=499)

    with django_assert_max_num_queries(len(one)):
        page = browser.post(reverse("client-list"), {"q": "ivanova"})
    assert len(page.context["results"]) == 25
