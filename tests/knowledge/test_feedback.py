"""Readers answer "Was this helpful?" under any page, with an optional comment, without
JavaScript and without a per-visitor token (the page is shared by caches); bots and
floods are kept out; editors read a summary per page."""

import html as html_text
import re

import pytest
from django.test import Client
from django.utils import translation

from common import limits
from knowledge import selectors
from knowledge.models import Page, PageFeedback

PAGE = "/en/knowledge/language-courses/"
POST = "/en/knowledge/language-courses/feedback/"


@pytest.fixture
def page(db):
    return Page.objects.create(
        slug="language-courses",
        source_language="et",
        title_en="Free Estonian language courses",
        title_et="Tasuta eesti keele kursused",
    )


@pytest.fixture
def anonymous():
    """A browser that has never been here: no session, no CSRF cookie, and CSRF checked."""
    return Client(enforce_csrf_checks=True)


def feedback_form(html: str) -> str:
    return re.search(r'<form[^>]*class="feedback-form".*?</form>', html, re.S).group(0)


def test_the_form_is_the_same_for_every_reader_so_caches_can_share_the_page(page):
    first = feedback_form(Client().get(PAGE).content.decode())
    second = feedback_form(Client().get(PAGE).content.decode())

    assert first == second
    assert 'action="/en/knowledge/language-courses/feedback/"' in first
    assert "csrfmiddlewaretoken" not in first and "stamp" not in first
    assert 'type="radio" name="helpful" value="yes"' in first


def test_a_reader_says_the_page_helped_and_is_thanked(anonymous, page):
    response = anonymous.post(POST, {"helpful": "yes", "comment": "  Clear, thank you.  "})

    assert response.status_code == 302
    assert response["Location"] == "/en/knowledge/language-courses/thanks/"
    thanks = anonymous.get(response["Location"])
    assert thanks.status_code == 200
    assert "Thank you for your feedback" in thanks.content.decode()
    feedback = PageFeedback.objects.get()
    assert (feedback.page, feedback.language, feedback.helpful) == (page, "en", True)
    assert feedback.comment == "Clear, thank you."


def test_the_answer_records_the_language_the_reader_was_shown(anonymous, page):
    anonymous.post("/uk/knowledge/language-courses/feedback/", {"helpful": "no"})

    feedback = PageFeedback.objects.get()
    assert feedback.language == "en", "Ukrainian readers see the English fallback"
    assert feedback.helpful is False and feedback.comment == ""


def test_nothing_about_the_reader_is_kept(anonymous, page, django_redis_keys):
    anonymous.post(POST, {"helpful": "yes"}, REMOTE_ADDR="203.0.113.7")

    fields = {field.name for field in PageFeedback._meta.get_fields()}
    assert fields == {"id", "page", "language", "helpful", "comment", "created_at"}
    assert django_redis_keys(), "the allowance is counted"
    assert not [key for key in django_redis_keys() if b"203.0.113.7" in key]


def test_a_bot_filling_the_hidden_field_is_thanked_and_nothing_is_stored(anonymous, page):
    response = anonymous.post(POST, {"helpful": "yes", "website": "http://spam.example"})

    assert response.status_code == 302
    assert response["Location"] == "/en/knowledge/language-courses/thanks/"
    assert not PageFeedback.objects.exists()


def test_one_address_can_answer_only_so_many_times_an_hour(anonymous, page, settings):
    settings.KNOWLEDGE_FEEDBACK_PER_IP_PER_HOUR = 2
    for _ in range(2):
        assert anonymous.post(POST, {"helpful": "yes"}).status_code == 302

    refused = anonymous.post(POST, {"helpful": "yes"})

    assert refused.status_code == 429
    assert "Too many messages" in refused.content.decode()
    assert PageFeedback.objects.count() == 2
    other = Client(enforce_csrf_checks=True)
    assert other.post(POST, {"helpful": "no"}, REMOTE_ADDR="198.51.100.4").status_code == 302


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Choose yes or no."),
        ({"helpful": "maybe"}, "Select a valid choice."),
        ({"helpful": "no", "comment": "x" * 1001}, "at most 1000 characters"),
        ({"helpful": "no", "comment": "Nice <SCRIPT>alert(1)</script>"}, "Remove the <script>"),
    ],
)
def test_bad_input_is_a_400_with_the_error_and_nothing_stored(anonymous, page, data, message):
    response = anonymous.post(POST, data)

    assert response.status_code == 400
    html = response.content.decode()
    assert message in html_text.unescape(html).replace("1,000", "1000")
    assert 'role="alert"' in html
    assert 'class="feedback-form"' in html, "the reader can correct it and send again"
    assert not PageFeedback.objects.exists()


def test_errors_are_in_the_readers_language(anonymous, page):
    response = anonymous.post(
        "/et/knowledge/language-courses/feedback/", {"helpful": "no", "comment": "<script>"}
    )

    with translation.override("et"):
        error = translation.gettext("Remove the <script> part.")
    assert error != "Remove the <script> part."
    assert response.status_code == 400
    assert error in html_text.unescape(response.content.decode())


def test_staff_only_and_unknown_pages_take_no_answers_from_the_public(anonymous, page):
    page.audience = Page.Audience.STAFF
    page.save()

    assert anonymous.post(POST, {"helpful": "yes"}).status_code == 404
    assert anonymous.get("/en/knowledge/language-courses/thanks/").status_code == 404
    missing = anonymous.post("/en/knowledge/no-such-page/feedback/", {"helpful": "yes"})
    assert missing.status_code == 404
    assert anonymous.get(POST).status_code == 405
    assert not PageFeedback.objects.exists()


def test_editors_see_yes_and_no_counts_and_the_latest_comments_per_page(
    page, django_assert_num_queries
):
    other = Page.objects.create(slug="family-doctor", title_en="Choosing a family doctor")
    quiet = Page.objects.create(slug="housing", title_en="Renting a flat")
    for number in range(5):
        PageFeedback.objects.create(
            page=page, language="en", helpful=number != 0, comment=f"comment {number}"
        )
    PageFeedback.objects.create(page=page, language="et", helpful=True)
    PageFeedback.objects.create(page=other, language="ru", helpful=False, comment="Too long")

    # 1: the pages with their yes and no counts; 2: the latest comments of every page.
    with django_assert_num_queries(2):
        summary = selectors.feedback_summary(Page.objects.all(), comments=3)

    by_slug = {entry.page.slug: entry for entry in summary}
    assert [entry.page for entry in summary] == [other, quiet, page]
    assert (by_slug["language-courses"].yes, by_slug["language-courses"].no) == (5, 1)
    latest = [feedback.comment for feedback in by_slug["language-courses"].comments]
    assert latest == ["comment 4", "comment 3", "comment 2"]
    assert (by_slug["family-doctor"].yes, by_slug["family-doctor"].no) == (0, 1)
    assert [f.comment for f in by_slug["family-doctor"].comments] == ["Too long"]
    assert (by_slug["housing"].yes, by_slug["housing"].no, by_slug["housing"].comments) == (
        0,
        0,
        [],
    )


@pytest.fixture
def django_redis_keys(settings):
    def keys():
        return limits._redis(settings.CACHES["default"]["LOCATION"]).keys(
            "silta:limit:feedback-ip:*"
        )

    return keys
