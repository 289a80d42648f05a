"""Counsellors find a public page from the inbox reply and the session form and insert a
link to it in the client's language; the reply or session that carries links counts
each page once as shared. Staff-only pages are never offered."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from channels.models import Inquiry, InquiryMessage
from clients import taxonomy
from clients.models import Topic as ClientTopic
from knowledge import search, services
from knowledge.models import Page

SITE = settings.SITE_URL


def publish(slug: str, audience=Page.Audience.PUBLIC, **texts) -> Page:
    page = Page.objects.create(slug=slug, audience=audience, **texts)
    for language in page.languages:
        search.index(page, language)
    return page


@pytest.fixture
def pages(db):
    residence = publish(
        "register-place-of-residence",
        title_en="Registering your place of residence",
        body_en="Send the notice of residence to the local government.",
        title_uk="Реєстрація місця проживання",
        body_uk="Подайте повідомлення про місце проживання (residence) до місцевої влади.",
    )
    doctor = publish(
        "family-doctor",
        title_en="Choosing a family doctor",
        body_en="You can ask to join a family doctor's list yourself. Bring your residence card.",
    )
    practice = publish(
        "practice-residence-questions",
        audience=Page.Audience.STAFF,
        title_en="Practice note: residence registration questions",
        body_en="How counsellors explain residence registration.",
        title_uk="Практика: питання про residence",
    )
    return residence, doctor, practice


def found(browser, **query):
    response = browser.get(reverse("knowledge-links"), query, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    return response.content.decode()


def test_a_counsellor_finds_a_page_linked_in_the_clients_language(counsellor, sign_in, pages):
    html = found(sign_in(counsellor), q="residence", language="uk")

    link = f"{SITE}/uk/knowledge/register-place-of-residence/"
    assert f"<code>{link}</code>" in html
    assert f'data-insert-link="Реєстрація місця проживання – {link}"' in html
    assert "Insert link" in html


def test_a_page_missing_in_the_clients_language_says_which_language_it_opens_in(
    counsellor, sign_in, pages
):
    html = found(sign_in(counsellor), q="doctor", language="uk")

    # The Ukrainian address: the page shows its English text with a notice in Ukrainian.
    assert f"{SITE}/uk/knowledge/family-doctor/" in html
    assert "Choosing a family doctor" in html
    assert "Not yet in Ukrainian: opens in English." in html


def test_staff_only_pages_are_never_offered_for_a_client(counsellor, sign_in, pages):
    for language in ("en", "uk"):
        html = found(sign_in(counsellor), q="residence registration", language=language)
        assert "practice-residence-questions" not in html
        assert "Practice note" not in html and "Практика" not in html


@pytest.mark.parametrize("role", ["anonymous", "partner"])
def test_only_staff_search_for_links(client, sign_in, partner, pages, role):
    if role == "partner":
        sign_in(partner)
    response = client.get(reverse("knowledge-links"), {"q": "residence", "language": "en"})
    if role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith("/account/login/")
    else:
        assert response.status_code == 403
    assert "register-place-of-residence" not in response.content.decode()


def test_without_javascript_the_results_are_a_page_of_addresses_to_copy(
    receptionist, sign_in, pages
):
    response = sign_in(receptionist).get(
        reverse("knowledge-links"), {"q": "residence", "language": "en"}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" in html and "Insert link" not in html
    assert f"{SITE}/en/knowledge/register-place-of-residence/" in html


@pytest.mark.parametrize(
    "query",
    [
        {"q": "x" * 10_000, "language": "en"},
        {"q": "'; DROP TABLE knowledge_page; --", "language": "en"},
        {"q": "<script>alert(1)</script>", "language": "en"},
        {"q": "!!!", "language": "en"},
        {"q": ""},
    ],
)
def test_odd_searches_answer_normally(counsellor, sign_in, pages, query):
    response = sign_in(counsellor).get(reverse("knowledge-links"), query, HTTP_HX_REQUEST="1")

    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_an_unknown_language_is_a_400_with_a_reason(counsellor, sign_in, pages):
    response = sign_in(counsellor).get(
        reverse("knowledge-links"), {"q": "residence", "language": "xx"}, HTTP_HX_REQUEST="1"
    )

    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_the_search_runs_a_fixed_number_of_queries(
    counsellor, sign_in, pages, django_assert_num_queries
):
    browser = sign_in(counsellor)
    for number in range(12):
        publish(f"residence-{number}", title_en=f"Residence {number}", body_en="residence")
    with translation.override("en"), django_assert_num_queries(7):
        # 1 session, 2 user; in English (the client's and the counsellor's language):
        # 3 the query's words among the language's words, 4 count of matches, 5 the
        # first ten, 6 their extracts, 7 their pages.
        response = browser.get(
            reverse("knowledge-links"), {"q": "residence", "language": "en"}, HTTP_HX_REQUEST="1"
        )
    assert response.content.decode().count("Insert link") == 10


def test_the_reply_and_session_forms_offer_the_link_search_in_the_clients_language(
    counsellor, sign_in, office_a, client_a
):
    taxonomy.load(ClientTopic)
    inquiry = Inquiry.objects.create(
        channel="web_form",
        office=office_a,
        language="ru",
        email="a@example.org",
        due_at=timezone.now() + timedelta(days=2),
    )
    client_a.preferred_language = "fa"  # no guidance in Farsi: English is offered
    client_a.save()
    browser = sign_in(counsellor)

    reply = browser.get(reverse("inquiry-detail", args=[inquiry.pk])).content.decode()
    session = browser.get(reverse("session-create", args=[client_a.pk])).content.decode()

    assert 'data-insert-into="id_body"' in reply
    assert '<option value="ru" selected>' in reply
    assert 'data-insert-into="id_note"' in session
    assert '<option value="en" selected>' in session
    for html in (reply, session):
        assert 'src="/static/silta/knowledge-links.js" defer' in html
        assert '<form id="knowledge-links-form"' in html


# Shares


def count(page: Page) -> int:
    page.refresh_from_db()
    return page.shared_count


def test_a_reply_counts_each_linked_page_once(counsellor, sign_in, office_a, pages):
    residence, doctor, practice = pages
    inquiry = Inquiry.objects.create(
        channel="web_form",
        office=office_a,
        language="uk",
        email="olena@example.org",
        due_at=timezone.now() + timedelta(days=2),
    )
    InquiryMessage.objects.create(inquiry=inquiry, direction="in", body="Question?")
    body = (
        f"Реєстрація – {SITE}/uk/knowledge/register-place-of-residence/\n"
        f"Again: {SITE}/en/knowledge/register-place-of-residence/.\n"
        f"Doctor – {SITE}/uk/knowledge/family-doctor/\n"
        f"Staff: {SITE}/en/knowledge/practice-residence-questions/\n"
        f"Unknown: {SITE}/en/knowledge/no-such-page/"
    )

    response = sign_in(counsellor).post(reverse("inquiry-reply", args=[inquiry.pk]), {"body": body})

    assert response.status_code == 302
    assert (count(residence), count(doctor), count(practice)) == (1, 1, 0)


def test_a_logged_session_counts_the_pages_linked_in_its_note(
    counsellor, sign_in, office_a, client_a, pages
):
    residence, doctor, _ = pages
    taxonomy.load(ClientTopic)
    data = {
        "started_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        "duration_minutes": "20",
        "channel": "in_person",
        "office": office_a.pk,
        "topics": ["registration-residence"],
        "note": f"Gave the page {SITE}/ru/knowledge/family-doctor/ on paper.",
        "outcome": "knowledge_page",
    }

    response = sign_in(counsellor).post(reverse("session-create", args=[client_a.pk]), data)

    assert response.status_code == 302
    assert (count(residence), count(doctor)) == (0, 1)


def test_a_session_with_the_knowledge_outcome_but_no_link_counts_nothing(
    counsellor, sign_in, office_a, client_a, pages
):
    taxonomy.load(ClientTopic)
    data = {
        "started_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        "duration_minutes": "20",
        "channel": "in_person",
        "office": office_a.pk,
        "topics": ["registration-residence"],
        "note": "Showed the residence page.",
        "outcome": "knowledge_page",
    }

    sign_in(counsellor).post(reverse("session-create", args=[client_a.pk]), data)

    assert not Page.objects.filter(shared_count__gt=0).exists()


def test_links_to_other_sites_and_search_pages_are_not_shares(pages):
    residence, _, _ = pages
    text = (
        "https://evil.example/en/knowledge/register-place-of-residence/ "
        f"{SITE}/knowledge/register-place-of-residence/ "  # no language: not our address
        f"{SITE}/xx/knowledge/register-place-of-residence/"
    )

    assert services.record_shares(text=text) == 0
    assert count(residence) == 0
