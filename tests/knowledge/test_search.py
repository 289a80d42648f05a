"""Newcomers search the guidance in their language: the language's stemmer finds
inflected words, trigrams catch misspellings, staff-only pages never show to the public,
and no input breaks the page."""

import pytest

from knowledge import search
from knowledge.models import Page


def publish(slug: str, audience=Page.Audience.PUBLIC, **texts) -> Page:
    page = Page.objects.create(slug=slug, audience=audience, **texts)
    for language in page.languages:
        search.index(page, language)
    return page


@pytest.fixture
def pages(db):
    residence = publish(
        "register-place-of-residence",
        title_et="Elukoha registreerimine",
        body_et="Elukohateate saab esitada omavalitsusele. Kaasa isikut tõendav dokument.",
        title_fi="Kotikunnan rekisteröinti",
        body_fi="Rekisteröi osoitteesi Digi- ja väestötietovirastossa. Ota mukaan passi.",
        title_ru="Регистрация места жительства",
        body_ru="Подайте уведомление о месте жительства в самоуправление. Возьмите документы.",
        title_en="Registering your place of residence",
        body_en="Send the notice of residence to the local government.",
    )
    doctor = publish(
        "family-doctor",
        title_et="Perearsti valimine",
        body_et="Perearsti nimistusse saab avalduse esitada ise.",
        title_en="Choosing a family doctor",
        body_en="You can ask to join a family doctor's list yourself.",
    )
    practice = publish(
        "practice-residence-questions",
        audience=Page.Audience.STAFF,
        title_en="Practice note: residence registration questions",
        body_en="How counsellors explain residence registration.",
    )
    return residence, doctor, practice


def found(client, language: str, query: str) -> str:
    response = client.get(f"/{language}/knowledge/search/", {"q": query})
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("language", "inflected", "title"),
    [
        # "of the place of residence" (genitive) finds "elukoht" through the stemmer.
        ("et", "elukohta", "Elukoha registreerimine"),
        # "rekisteröinnin" (genitive) finds "rekisteröinti".
        ("fi", "rekisteröinnin", "Kotikunnan rekisteröinti"),
        # "документов" (genitive plural) finds "документы".
        ("ru", "документов", "Регистрация места жительства"),
    ],
)
def test_the_languages_stemmer_finds_an_inflected_word(client, pages, language, inflected, title):
    assert search.config_for(language) != "simple", "the server lacks this language's stemmer"
    html = found(client, language, inflected)
    assert title in html
    assert "Perearsti" not in html


def test_a_misspelt_word_still_finds_the_page(client, pages):
    html = found(client, "et", "registreerimne")
    assert "Elukoha registreerimine" in html
    html = found(client, "en", "docter")
    assert "Choosing a family doctor" in html and "residence" not in html


def test_a_word_like_no_word_of_the_pages_finds_nothing(client, pages):
    publish("helplines", title_en="Helplines", body_en="Ask for help by phone.")
    # "xylophone" shares a few trigrams with "phone", too few to stand in for it.
    assert "No pages match" in found(client, "en", "xylophone")
    assert "Helplines" in found(client, "en", "helplnes")


def test_matches_are_highlighted_and_the_best_match_comes_first(client, pages):
    html = found(client, "en", "residence")
    assert "<mark>residence</mark>" in html
    assert "Practice note" not in html, "staff-only pages never show to the public"


def test_staff_only_pages_never_appear_to_the_public_but_do_to_staff(client, pages, counsellor):
    assert "Practice note" not in found(client, "en", "registration")
    assert "Practice note" not in found(client, "en", "practice")
    client.force_login(counsellor)
    assert "Practice note" in found(client, "en", "practice")


def test_results_are_paginated(client, db):
    for number in range(12):
        publish(f"course-{number}", title_en=f"Language course {number}", body_en="Courses.")
    first = found(client, "en", "course")
    assert "12 pages found." in first and 'rel="next"' in first
    second = client.get("/en/knowledge/search/", {"q": "course", "page": 2}).content.decode()
    assert second.count("<li>\n    <h2>") == 2
    assert client.get("/en/knowledge/search/", {"q": "course", "page": "x"}).status_code == 200


def test_a_language_searches_only_its_own_translations(client, pages):
    assert "Perearsti valimine" in found(client, "et", "perearsti")
    assert "Choosing a family doctor" not in found(client, "et", "doctor")


@pytest.mark.parametrize(
    "query",
    [
        "elukoht " * 1500,  # 10,000 characters and more
        "?!.,;:()[]{}<>*&^%$#@!~`'\"",
        "'; DROP TABLE knowledge_page; --",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "a & b | !c <-> (d",
        "\x00",
        "",
    ],
)
def test_odd_search_input_gives_a_normal_page(client, pages, query):
    response = client.get("/et/knowledge/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert Page.objects.count() == 3


def test_an_unknown_language_prefix_is_a_404(client, pages):
    assert client.get("/xx/knowledge/search/", {"q": "residence"}).status_code == 404


def test_search_runs_a_fixed_number_of_queries(client, db, django_assert_num_queries):
    for number in range(15):
        publish(f"permit-{number}", title_en=f"Residence permit {number}", body_en="Permit.")
    search.config_for("en")  # the server's configurations, read once per process
    # The session-less anonymous user: none. 1 the query's words among the language's
    # words, 1 count, 1 entries, 1 headlines, 1 pages.
    with django_assert_num_queries(5):
        client.get("/en/knowledge/search/", {"q": "permit"})


def test_demo_pages_loaded_before_search_existed_are_indexed_by_the_next_load(client, db):
    from knowledge import demo
    from knowledge.models import SearchEntry

    demo.load()
    SearchEntry.objects.all().delete()
    demo.load()
    assert "Registering your place of residence" in found(client, "en", "residence")
