"""Anonymous readers get pages from the cache, and a publication shows at once."""

import pytest
from django.conf import settings
from django.utils import translation

from counselling.models import Role
from knowledge import services
from knowledge.models import Page, Topic
from tests.conftest import make_user

URL = "/en/knowledge/language-courses/"


@pytest.fixture
def page(db, office_a, django_capture_on_commit_callbacks):
    page = Page.objects.create(slug="language-courses", source_language="en")
    page.topics.set([Topic.objects.get(code="language-courses")])
    author = make_user("author", Role.COUNSELLOR, office_a)
    reviewer = make_user("reviewer", Role.COORDINATOR, office_a)
    publish(page, "Free language courses", author, reviewer, django_capture_on_commit_callbacks)
    return page, author, reviewer


def publish(page, title, author, reviewer, capture):
    with capture(execute=True):  # the commit a real request ends with
        version = services.save_draft(
            page=page, language="en", author=author, title=title, summary="", body="Text."
        )
        services.submit_for_review(version=version)
        services.publish(version=version, reviewer=reviewer)


def test_a_second_anonymous_reader_is_served_from_the_cache(
    client, page, django_assert_num_queries
):
    first = client.get(URL)
    with django_assert_num_queries(0):
        again = client.get(URL)
    assert again.content == first.content
    for header in ("ETag", "Cache-Control", "Content-Security-Policy", "X-Frame-Options"):
        assert again[header] == first[header]
    assert again["X-Request-ID"] != first["X-Request-ID"], "each request its own id"
    with django_assert_num_queries(0):
        assert client.get(URL, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_a_publication_reaches_readers_of_the_page_and_of_the_home_at_once(
    client, page, django_capture_on_commit_callbacks
):
    page, author, reviewer = page
    assert "Free language courses" in client.get(URL).content.decode()
    assert "Free language courses" in client.get("/en/knowledge/").content.decode()
    publish(
        page, "Language courses at no cost", author, reviewer, django_capture_on_commit_callbacks
    )
    assert "Language courses at no cost" in client.get(URL).content.decode()
    assert "Language courses at no cost" in client.get("/en/knowledge/").content.decode()
    # A reader of another language saw the English text as a fallback: it changes too.
    assert (
        "Language courses at no cost"
        in client.get("/ru/knowledge/language-courses/").content.decode()
    )


def test_a_page_made_staff_only_leaves_the_public_cache(
    client, page, django_capture_on_commit_callbacks
):
    page = page[0]
    assert client.get(URL).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        page.audience = Page.Audience.STAFF
        page.save(update_fields=["audience"])
    assert client.get(URL).status_code == 404


def test_staff_are_never_served_the_public_copy(client, page, counsellor):
    page = page[0]
    assert "Staff only" not in client.get(URL).content.decode()  # now in the cache
    page.audience = Page.Audience.STAFF
    page.save(update_fields=["audience"])  # no commit callbacks: the cached copy stays
    client.force_login(counsellor)
    response = client.get(URL)
    with translation.override("en"):
        assert "Staff only" in response.content.decode()
    assert "private" in response["Cache-Control"]


def test_a_query_string_or_a_made_up_session_cookie_still_gets_the_cached_copy(
    client, page, django_assert_num_queries
):
    first = client.get(URL)
    with django_assert_num_queries(0):
        assert client.get(URL, {"utm_source": "sms"}).content == first.content
    client.cookies[settings.SESSION_COOKIE_NAME] = "made-up-session-key-0123456789"
    with django_assert_num_queries(1):  # the session it names: none
        assert client.get(URL).content == first.content


def test_a_topic_renamed_reaches_the_home_at_once(client, page, django_capture_on_commit_callbacks):
    topic = Topic.objects.get(code="language")
    assert topic.name_en in client.get("/en/knowledge/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        topic.name_en = "Learning Estonian"
        topic.save()
    assert "Learning Estonian" in client.get("/en/knowledge/").content.decode()


def test_pages_carry_no_form_token_that_a_cache_would_share(client, page):
    response = client.get(URL)
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert not response.cookies


def test_a_pdf_is_made_once_for_anonymous_readers(client, page, django_assert_num_queries):
    first = client.get("/en/knowledge/language-courses/pdf/")
    with django_assert_num_queries(0):
        again = client.get("/en/knowledge/language-courses/pdf/")
    assert again.content == first.content and again.content.startswith(b"%PDF")
    assert again["Content-Disposition"] == first["Content-Disposition"]
