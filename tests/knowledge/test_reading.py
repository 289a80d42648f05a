"""Newcomers read a page in their language, or in a fallback language with a notice;
the page lists only the languages it exists in; staff-only pages stay with staff."""

import datetime

import pytest
from django.conf import settings
from django.utils import translation

from knowledge.models import Page, Topic


@pytest.fixture
def page(db):
    page = Page.objects.create(
        slug="register-place-of-residence",
        source_language="et",
        title_en="Registering your place of residence",
        summary_en="Register within 30 days of moving.",
        body_en="1. Fill in the notice.\n2. Send it to the local government.\n\n<script>x</script>",
        title_et="Elukoha registreerimine",
        body_et="Esitage elukohateade kohalikule omavalitsusele.",
        title_ru="Регистрация места жительства",
        body_ru="Подайте уведомление о месте жительства.",
    )
    page.topics.set([Topic.objects.get(code="registration-residence")])
    return page


def test_a_page_reads_in_the_readers_language(client, page):
    response = client.get("/ru/knowledge/register-place-of-residence/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Регистрация места жительства" in html and "not yet available" not in html
    assert '<article lang="ru" dir="ltr">' in html


def test_a_missing_translation_falls_back_with_a_notice_in_the_readers_language(client, page):
    response = client.get("/uk/knowledge/register-place-of-residence/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Registering your place of residence" in html, "English is the first fallback"
    assert '<article lang="en" dir="ltr">' in html
    with translation.override("uk"):
        notice = translation.gettext(
            "This page is not yet available in %(wanted)s. It is shown in %(shown)s."
        )
    assert notice.split("%(")[0].strip() in html


def test_the_language_list_offers_only_existing_translations(client, page):
    html = client.get("/en/knowledge/register-place-of-residence/").content.decode()
    estonian = f"{settings.SITE_URL}/et/knowledge/register-place-of-residence/"
    assert f'hreflang="et" href="{estonian}"' in html
    assert 'href="/ru/knowledge/register-place-of-residence/"' in html
    for missing in ("fi", "sv", "uk", "ar"):
        assert f"/{missing}/knowledge/register-place-of-residence/" not in html


def test_markdown_is_rendered_and_sanitised(client, page):
    html = client.get("/en/knowledge/register-place-of-residence/").content.decode()
    assert "<ol>" in html and "<li>Fill in the notice.</li>" in html
    assert "<script>x</script>" not in html


def test_home_lists_pages_by_topic_in_the_readers_language(client, page):
    html = client.get("/et/knowledge/").content.decode()
    assert "Registreerimine ja dokumendid" in html  # the first-level topic, in Estonian
    assert "Elukoha registreerimine" in html
    assert "There are no pages" not in client.get("/ru/knowledge/").content.decode()
    with translation.override("fi"):
        empty = translation.gettext("There are no pages in this language yet.")
    assert empty in client.get("/fi/knowledge/").content.decode()


def test_staff_only_pages_are_a_404_for_the_public_and_open_for_staff(client, page, counsellor):
    page.audience = Page.Audience.STAFF
    page.save()
    assert client.get("/en/knowledge/register-place-of-residence/").status_code == 404
    assert "Registering" not in client.get("/en/knowledge/").content.decode()
    client.force_login(counsellor)
    response = client.get("/en/knowledge/register-place-of-residence/")
    assert response.status_code == 200 and "Staff only" in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/en/knowledge/no-such-page/",
        "/xx/knowledge/register-place-of-residence/",
        "/en/knowledge/%3Cscript%3E/",
    ],
)
def test_unknown_pages_and_languages_are_a_404(client, page, path):
    assert client.get(path).status_code == 404


def test_a_page_published_in_no_language_is_a_404(client, db):
    Page.objects.create(slug="empty")
    assert client.get("/en/knowledge/empty/").status_code == 404


def test_arabic_reader_gets_a_right_to_left_page(client, page):
    page.title_ar = "تسجيل مكان الإقامة"
    page.body_ar = "قدّم إشعار مكان الإقامة إلى الحكومة المحلية."
    page.save()
    html = client.get("/ar/knowledge/register-place-of-residence/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<article lang="ar" dir="rtl">' in html


def test_demo_pages_read_in_estonian_russian_and_english_some_in_all_seven(client, db):
    from knowledge import demo

    demo.load()
    pages = list(Page.objects.all())
    assert len(pages) >= 30
    assert all({"et", "ru", "en"} <= set(page.languages) for page in pages)
    assert sum(len(page.languages) == 7 for page in pages) >= 5
    html = client.get("/uk/knowledge/free-estonian-language-courses/").content.decode()
    assert '<article lang="uk"' in html
    assert "not yet available" not in html
    assert Page.objects.filter(audience="staff").exists()


def test_a_reader_with_the_current_version_gets_a_304_until_it_is_republished(
    client, page, django_capture_on_commit_callbacks
):
    url = "/en/knowledge/register-place-of-residence/"
    first = client.get(url)
    assert "public" in first["Cache-Control"] and first["ETag"]
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    page.title_en = "Register where you live"
    with django_capture_on_commit_callbacks(execute=True):
        page.save()
    fresh = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert fresh.status_code == 200 and "Register where you live" in fresh.content.decode()


def test_a_reader_gets_the_page_again_when_a_related_page_is_renamed(
    client, page, django_capture_on_commit_callbacks
):
    """The ETag is the page as shown, so a change around the page's text counts too."""
    other = Page.objects.create(slug="family-doctor", title_en="Choosing a family doctor")
    page.related.add(other)
    url = "/en/knowledge/register-place-of-residence/"
    first = client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        other.title_en = "Your family doctor"
        other.save()
    fresh = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert fresh.status_code == 200 and "Your family doctor" in fresh.content.decode()


def test_related_pages_list_only_what_the_reader_may_open(client, page, counsellor):
    page.related.add(
        Page.objects.create(slug="practice", audience="staff", title_en="Practice: residence"),
        Page.objects.create(slug="unpublished", title_en=""),
        Page.objects.create(slug="russian-only", title_ru="Только по-русски"),
        Page.objects.create(slug="family-doctor", title_en="Choosing a family doctor"),
    )
    html = client.get("/en/knowledge/register-place-of-residence/").content.decode()
    assert "Choosing a family doctor" in html
    for hidden in ("/practice/", "/unpublished/", "/russian-only/"):
        assert hidden not in html
    client.force_login(counsellor)
    html = client.get("/en/knowledge/register-place-of-residence/").content.decode()
    assert "Practice: residence" in html, "staff see the staff-only page"


def test_staff_copies_are_private(client, page, counsellor):
    client.force_login(counsellor)
    response = client.get("/en/knowledge/register-place-of-residence/")
    assert "private" in response["Cache-Control"]
    assert client.get("/ru/knowledge/register-place-of-residence/")["ETag"] != response["ETag"]


def test_the_sitemap_lists_each_public_page_in_its_languages_with_alternates(client, page):
    from xml.etree import ElementTree

    Page.objects.create(slug="practice-notes", audience="staff", title_en="Practice notes")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200 and response["Content-Type"] == "application/xml"
    tree = ElementTree.fromstring(response.content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locations = [loc.text for loc in tree.findall("s:url/s:loc", ns)]
    base = settings.SITE_URL + "/{}/knowledge/register-place-of-residence/"
    assert [url for url in locations if "register-place" in url] == [
        base.format(code) for code in ("en", "et", "ru")
    ]
    assert not [url for url in locations if "practice-notes" in url], "staff-only stays out"
    assert f"{settings.SITE_URL}/ar/knowledge/" in locations
    russian = next(
        url for url in tree.findall("s:url", ns) if "/ru/knowledge/register" in url[0].text
    )
    assert {link.get("hreflang") for link in russian.findall("x:link", ns)} == {"en", "et", "ru"}


def test_the_page_offers_to_ask_a_counsellor_about_its_topic(client, page):
    html = client.get("/ru/knowledge/register-place-of-residence/").content.decode()
    # The contact form offers first-level topics: the page's subtopic goes as its parent.
    assert 'href="/ru/contact/?topic=registration"' in html


def test_a_page_without_topics_links_to_the_plain_contact_form(client, page):
    page.topics.clear()
    html = client.get("/ru/knowledge/register-place-of-residence/").content.decode()
    assert 'href="/ru/contact/"' in html


def test_a_page_says_when_it_was_last_reviewed(client, page):
    from knowledge.models import PageLanguage

    PageLanguage.objects.create(
        page=page, language="ru", state="published", last_reviewed_on=datetime.date(2026, 11, 2)
    )
    html = client.get("/ru/knowledge/register-place-of-residence/").content.decode()
    assert '<time datetime="2026-11-02">' in html
