"""The partner directory: counsellors find a partner's service by topic, language and
place; inactive services and partners are not offered."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from clients import taxonomy
from clients.models import Topic
from referrals.models import Organisation, Service


@pytest.fixture
def topics(db):
    taxonomy.load(Topic)
    return {topic.code: topic for topic in Topic.objects.all()}


def _service(organisation, name, *, topics=(), languages=(), places=(), active=True):
    service = Service.objects.create(
        organisation=organisation,
        name=name,
        name_en=name,
        languages=list(languages),
        places=list(places),
        active=active,
    )
    service.topics.set(topics)
    return service


@pytest.fixture
def directory(topics):
    ppa = Organisation.objects.create(
        name="Police and Border Guard Board", kind="migration", country="EE",
        email="ppa@partner.example.org", language="et",
    )  # fmt: skip
    city = Organisation.objects.create(
        name="Narva City Government", kind="municipality", country="EE",
        email="narva@partner.example.org", language="et",
    )  # fmt: skip
    closed = Organisation.objects.create(
        name="Closed NGO", kind="ngo", country="EE", email="x@partner.example.org",
        language="en", active=False,
    )  # fmt: skip
    migri = Organisation.objects.create(
        name="Finnish Immigration Service", kind="migration", country="FI",
        email="migri@partner.example.org", language="fi",
    )  # fmt: skip
    residence = [child for child in topics.values() if child.parent_id == topics["residence"].pk]
    return {
        "permits": _service(ppa, "Residence permits", topics=[residence[0]],
                            languages=["et", "ru", "en"]),
        "protection": _service(ppa, "Temporary protection", topics=[topics["residence"]],
                               languages=["uk", "ru"]),
        "registration": _service(city, "Residence registration", topics=[topics["registration"]],
                                 languages=["ru", "et"], places=["Narva"]),
        "migri": _service(migri, "Residence permits (Migri)", topics=[residence[0]],
                          languages=["fi", "sv", "en"]),
        "retired": _service(ppa, "Old service", topics=[topics["residence"]], active=False),
        "orphan": _service(closed, "Advice", topics=[topics["residence"]], languages=["ru"]),
    }  # fmt: skip


def _found(browser, **filters) -> list[str]:
    page = browser.get(reverse("partner-directory"), filters)
    assert page.status_code == 200
    return [service.name for service in page.context["page"]]


def test_counsellors_find_services_by_topic_language_and_place(counsellor, sign_in, directory):
    browser = sign_in(counsellor)

    # A first-level topic takes in its subtopics; inactive ones are never offered.
    assert _found(browser, topic="residence", country="EE") == [
        "Residence permits",
        "Temporary protection",
    ]
    assert _found(browser, language="uk") == ["Temporary protection"]
    assert _found(browser, topic="residence", language="en", country="EE") == ["Residence permits"]
    # A service for one town is found there; nationwide ones everywhere.
    assert "Residence registration" in _found(browser, place="Narva")
    assert "Residence permits" in _found(browser, place="Narva")
    assert _found(browser, text="narva") == ["Residence registration"]
    assert _found(browser, country="FI") == ["Residence permits (Migri)"]
    assert "Residence permits (Migri)" not in _found(browser, country="EE")


def test_the_directory_shows_how_to_reach_the_partner(counsellor, sign_in, directory):
    page = sign_in(counsellor).get(reverse("partner-directory"), {"place": "Narva"})
    html = page.content.decode()

    assert "narva@partner.example.org" in html
    assert "Narva City Government" in html
    assert "Old service" not in html and "Closed NGO" not in html


def test_a_filter_that_no_longer_fits_is_reported_and_the_others_still_apply(
    counsellor, sign_in, directory
):
    page = sign_in(counsellor).get(
        reverse("partner-directory"), {"place": "Atlantis", "language": "uk"}
    )

    assert page.status_code == 200
    assert "place" in page.context["filters"].errors
    assert [service.name for service in page.context["page"]] == ["Temporary protection"]


def test_a_name_is_found_in_any_language_whatever_the_interface_language(
    counsellor, sign_in, directory
):
    Service.objects.filter(pk=directory["permits"].pk).update(name_et="Elamisload")
    browser = sign_in(counsellor)
    browser.post(reverse("set-language"), {"language": "ru"})

    assert _found(browser, text="elamisload") == ["Residence permits"]
    assert _found(browser, text="temporary") == ["Temporary protection"]


def test_the_directory_runs_the_same_queries_for_few_or_many_services(
    counsellor, sign_in, directory, topics, django_assert_max_num_queries
):
    browser = sign_in(counsellor)
    browser.get(reverse("partner-directory"))
    with CaptureQueriesContext(connection) as few:
        browser.get(reverse("partner-directory"))
    ngo = Organisation.objects.create(
        name="NGO", kind="ngo", country="EE", email="ngo@partner.example.org", language="en"
    )
    for n in range(40):
        _service(ngo, f"Service {n}", topics=[topics["housing"]], languages=["ru"],
                 places=[f"Town {n}"])  # fmt: skip

    with django_assert_max_num_queries(len(few)):
        page = browser.get(reverse("partner-directory"))
    assert len(page.context["page"]) == 44
