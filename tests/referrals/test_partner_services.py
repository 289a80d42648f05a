"""A knowledge page shows the partner services that can help, looked up in the
directory by their shared ids: active ones only, with their organisation, in one query."""

import uuid

import pytest
from django.utils import translation

from knowledge.models import Page
from referrals.models import Organisation, Service

URL = "/et/knowledge/looking-for-work/"


def heading() -> str:
    with translation.override("et"):
        return translation.gettext("Services that can help")


@pytest.fixture
def page(service):
    service.organisation.website = "https://www.tootukassa.example.org"
    service.organisation.save()
    return Page.objects.create(
        slug="looking-for-work",
        title_en="Looking for work",
        title_et="Töö otsimine",
        service_uids=[service.uid],
    )


def test_a_page_lists_its_services_with_their_organisation_in_the_readers_language(
    client, page, service
):
    html = client.get(URL).content.decode()

    assert heading() in html
    assert "<bdi>Tööotsingu nõustamine</bdi>" in html
    assert "<bdi>Töötukassa</bdi>" in html
    assert 'href="https://www.tootukassa.example.org"' in html
    assert "referrals@tootukassa.example.org" not in html, "the referral address is not public"


def test_inactive_and_unknown_services_are_left_out(
    client, page, service, organisation, other_organisation
):
    closed = Service.objects.create(organisation=organisation, name="Closed", active=False)
    elsewhere = Service.objects.create(organisation=other_organisation, name="Kela guidance")
    Organisation.objects.filter(pk=other_organisation.pk).update(active=False)
    page.service_uids = [closed.uid, uuid.uuid4(), elsewhere.uid, service.uid]
    page.save()

    html = client.get(URL).content.decode()

    assert "Tööotsingu nõustamine" in html
    assert "Closed" not in html and "Kela guidance" not in html


def test_the_services_cost_one_query_and_a_page_without_any_none(
    client, page, service, organisation, django_assert_num_queries
):
    more = Service.objects.create(organisation=organisation, name="Labour market training")
    page.service_uids = [service.uid, more.uid]
    page.save()
    Page.objects.create(slug="renting-a-flat", title_et="Korteri üürimine")

    # 1: the page; 2: its topics with their parents; 3: its related pages; 4: when the
    # shown language was last reviewed; 5: the services with their organisations.
    with django_assert_num_queries(5):
        html = client.get(URL).content.decode()
    assert html.index("Tööotsingu nõustamine") < html.index("Labour market training")

    with django_assert_num_queries(4):
        html = client.get("/et/knowledge/renting-a-flat/").content.decode()
    assert heading() not in html


def test_a_service_closed_in_the_directory_leaves_the_cached_page_at_once(
    client, page, service, django_capture_on_commit_callbacks
):
    assert "Tööotsingu nõustamine" in client.get(URL).content.decode()

    with django_capture_on_commit_callbacks(execute=True):  # the admin's request commits
        service.active = False
        service.save()

    assert "Tööotsingu nõustamine" not in client.get(URL).content.decode()


def test_demo_pages_show_the_demo_services_that_can_help(client, db):
    from knowledge import demo as knowledge_demo
    from referrals import demo as referral_demo

    referral_demo.load()
    knowledge_demo.load()

    assert referral_demo.link_knowledge_pages() == {
        "knowledge_pages_with_services": len(referral_demo.PAGE_SERVICES)
    }
    for slug, named in referral_demo.PAGE_SERVICES.items():
        assert len(Page.objects.get(slug=slug).service_uids) == len(named), slug
    html = client.get("/en/knowledge/looking-for-work/").content.decode()
    assert "<bdi>Job search counselling</bdi>" in html
    assert referral_demo.link_knowledge_pages() == {"knowledge_pages_with_services": 0}
