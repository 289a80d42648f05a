"""Editors draft, send for review and publish per language; the author cannot publish
their own text; a new source text marks translations out of date; any earlier version
can be restored; pages due for review are listed."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from counselling.models import Role
from knowledge import selectors, services
from knowledge.models import Page, PageLanguage
from tests.conftest import make_user


@pytest.fixture(autouse=True)
def _in_english():
    """The errors are read in English, whatever language an earlier request left active."""
    with translation.override("en"):
        yield


@pytest.fixture
def editors(office_a):
    return make_user("editor", Role.COUNSELLOR, office_a), make_user(
        "reviewer", Role.COORDINATOR, office_a
    )


@pytest.fixture
def page(db):
    return Page.objects.create(slug="language-courses", source_language="et")


def write(page, language, author, title, body="Tekst."):
    version = services.save_draft(
        page=page, language=language, author=author, title=title, summary="", body=body
    )
    services.submit_for_review(version=version)
    return version


def state(page, language):
    return PageLanguage.objects.get(page=page, language=language)


def test_a_reviewer_publishes_and_readers_see_it_at_once(client, page, editors):
    editor, reviewer = editors
    version = write(page, "et", editor, "Keelekursused")
    assert client.get("/et/knowledge/language-courses/").status_code == 404, "not yet published"
    services.publish(version=version, reviewer=reviewer)
    html = client.get("/et/knowledge/language-courses/").content.decode()
    assert "Keelekursused" in html
    assert state(page, "et").state == PageLanguage.State.PUBLISHED
    assert state(page, "et").last_reviewed_on is not None
    assert (
        "Keelekursused"
        in client.get("/et/knowledge/search/", {"q": "keelekursus"}).content.decode()
    )


def test_the_author_cannot_publish_their_own_text(page, editors):
    editor, _ = editors
    version = write(page, "et", editor, "Keelekursused")
    with pytest.raises(ValidationError, match="Another editor"):
        services.publish(version=version, reviewer=editor)
    page.refresh_from_db()
    assert not page.title_et and state(page, "et").state == PageLanguage.State.REVIEW


def test_a_draft_must_be_sent_for_review_and_only_the_newest_text_is_published(page, editors):
    editor, reviewer = editors
    draft = services.save_draft(
        page=page, language="et", author=editor, title="Üks", summary="", body=""
    )
    with pytest.raises(ValidationError, match="review"):
        services.publish(version=draft, reviewer=reviewer)
    services.submit_for_review(version=draft)
    write(page, "et", editor, "Kaks")
    with pytest.raises(ValidationError, match="newer text"):
        services.publish(version=draft, reviewer=reviewer)


def test_a_new_source_text_puts_translations_out_of_date_until_updated(page, editors):
    editor, reviewer = editors
    services.publish(version=write(page, "et", editor, "Keelekursused"), reviewer=reviewer)
    services.publish(version=write(page, "ru", editor, "Языковые курсы"), reviewer=reviewer)
    assert not selectors.out_of_date(Page.objects.all()).exists()
    services.publish(version=write(page, "et", editor, "Eesti keele kursused"), reviewer=reviewer)
    listed = list(selectors.out_of_date(Page.objects.all()))
    assert [(row.page.slug, row.language) for row in listed] == [("language-courses", "ru")]
    services.publish(version=write(page, "ru", editor, "Курсы эстонского"), reviewer=reviewer)
    assert not selectors.out_of_date(Page.objects.all()).exists()


def test_an_earlier_version_is_restored_through_review(client, page, editors):
    editor, reviewer = editors
    first = write(page, "et", editor, "Keelekursused")
    services.publish(version=first, reviewer=reviewer)
    services.publish(version=write(page, "et", editor, "Vale pealkiri"), reviewer=reviewer)
    restored = services.restore(version=first, by=editor)
    assert restored.title == "Keelekursused" and restored.pk != first.pk
    assert page.versions.filter(language="et").count() == 3, "the history keeps every text"
    services.submit_for_review(version=restored)
    services.publish(version=restored, reviewer=reviewer)
    assert "Keelekursused" in client.get("/et/knowledge/language-courses/").content.decode()


def test_pages_due_for_review_are_listed(page, editors):
    editor, reviewer = editors
    services.publish(version=write(page, "et", editor, "Keelekursused"), reviewer=reviewer)
    page.review_interval_days = 30
    page.save()
    reviewed = state(page, "et").last_reviewed_on
    pages = Page.objects.all()
    assert not selectors.due_for_review(pages, reviewed + datetime.timedelta(days=29)).exists()
    due = selectors.due_for_review(pages, reviewed + datetime.timedelta(days=30))
    assert [(row.page.slug, row.due_on) for row in due] == [
        ("language-courses", reviewed + datetime.timedelta(days=30))
    ]


def test_a_draft_without_a_title_is_refused(page, editors):
    with pytest.raises(ValidationError, match="title"):
        services.save_draft(
            page=page, language="et", author=editors[0], title=" ", summary="", body=""
        )
    assert not page.versions.exists()
