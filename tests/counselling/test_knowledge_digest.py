"""Once a week the people in charge of the knowledge base get an e-mail, in their own
language, listing the pages due for review and the translations out of date, with
links to the editor; nothing to list, no e-mail; a second run that week sends nothing."""

import datetime

import pytest
from django.conf import settings
from django.core import mail
from django.utils import translation
from django.utils.formats import date_format

from counselling import knowledge_digest, outbox
from counselling.celery import app
from counselling.models import OutgoingMessage, Role
from knowledge import services
from knowledge.models import Page, PageLanguage
from tests.conftest import make_user

MONDAY = datetime.date(2026, 3, 2)


@pytest.fixture
def people(office_a, counsellor, colleague):
    no_address = make_user("ilmar", Role.COORDINATOR, office_a)
    no_address.email = ""
    no_address.save()
    return {
        "kristi": make_user("kristi", Role.COORDINATOR, office_a, language="ru"),
        "anu": make_user("anu", Role.ADMIN, office_a, language="et"),
        "no-address": no_address,
        "left": make_user("jaan", Role.COORDINATOR, office_a, is_active=False),
        "counsellor": counsellor,
    }


def publish(page, language, title, *, author, reviewer):
    version = services.save_draft(
        page=page, language=language, author=author, title=title, summary="", body="Tekst."
    )
    services.submit_for_review(version=version)
    services.publish(version=version, reviewer=reviewer)


@pytest.fixture
def due_page(people, counsellor, colleague):
    """Published in Estonian, last reviewed longer ago than its interval on MONDAY."""
    page = Page.objects.create(slug="language-courses", source_language="et")
    publish(page, "et", "Keelekursused", author=counsellor, reviewer=colleague)
    Page.objects.filter(pk=page.pk).update(review_interval_days=30)
    PageLanguage.objects.filter(page=page, language="et").update(
        last_reviewed_on=MONDAY - datetime.timedelta(days=31)
    )
    return page


def digests():
    return OutgoingMessage.objects.filter(kind="knowledge_digest").order_by("to_email")


def test_a_page_due_for_review_sends_each_coordinator_and_admin_one_digest_in_their_language(
    due_page, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        assert knowledge_digest.send_digest(today=MONDAY) == 2
    assert len(callbacks) == 2, "each row is handed to the worker on commit"
    sent = {message.to_email: message for message in digests()}
    assert set(sent) == {"kristi@example.org", "anu@example.org"}, "active, with an address"
    russian, estonian = sent["kristi@example.org"], sent["anu@example.org"]
    assert (russian.language, estonian.language) == ("ru", "et")
    link = f"{settings.SITE_URL}/knowledge/editor/language-courses/et/"
    for message, language in ((russian, "ru"), (estonian, "et")):
        with translation.override(language):
            hello = translation.gettext("Hello,")
            estonian_name = str(translation.get_language_info("et")["name_translated"])
        assert hello != "Hello," and estonian_name != "Estonian", "the catalogues have these"
        for body in (message.body_text, message.body_html):
            assert hello in body and estonian_name in body
            assert "Keelekursused" in body and link in body
    with translation.override("ru"):
        due_on = date_format(MONDAY - datetime.timedelta(days=1), "DATE_FORMAT")
    assert due_on in russian.body_text and due_on in russian.body_html, "when it fell due"


def test_the_digest_lists_translations_out_of_date(people, counsellor, colleague):
    page = Page.objects.create(slug="family-doctor", source_language="et")
    publish(page, "et", "Perearst", author=counsellor, reviewer=colleague)
    publish(page, "ru", "Семейный врач", author=counsellor, reviewer=colleague)
    publish(page, "et", "Perearst ja haigekassa", author=counsellor, reviewer=colleague)
    assert knowledge_digest.send_digest(today=MONDAY) == 2
    message = digests().get(to_email="anu@example.org")
    assert "Семейный врач" in message.body_text and "Семейный врач" in message.body_html
    assert "/knowledge/editor/family-doctor/ru/" in message.body_html
    assert "Perearst ja haigekassa" not in message.body_text, "reviewed today: not due"


def test_nothing_due_and_nothing_out_of_date_sends_nothing(due_page, people):
    assert knowledge_digest.send_digest(today=MONDAY - datetime.timedelta(days=2)) == 0
    assert not digests().exists()


def test_running_twice_in_a_week_sends_once_and_next_week_sends_again(due_page, people):
    assert knowledge_digest.send_digest(today=MONDAY) == 2
    assert knowledge_digest.send_digest(today=MONDAY + datetime.timedelta(days=3)) == 0
    assert digests().count() == 2
    assert knowledge_digest.send_digest(today=MONDAY + datetime.timedelta(days=7)) == 2
    assert digests().count() == 4


def test_the_digest_goes_out_with_a_text_and_an_html_body(due_page, people):
    knowledge_digest.send_digest(today=MONDAY)
    message = digests().get(to_email="anu@example.org")
    assert outbox.deliver(message.pk) == "sent"
    (email,) = mail.outbox
    assert email.to == ["anu@example.org"] and email.extra_headers["Message-ID"].startswith(
        "<knowledge-digest-2026-w10-"
    )
    assert "Keelekursused" in email.body
    html, mime = email.alternatives[0]
    assert mime == "text/html" and "Keelekursused" in html


def test_the_weekly_schedule_names_a_task_the_worker_knows():
    app.loader.import_default_modules()
    task = settings.CELERY_BEAT_SCHEDULE["knowledge-digest"]["task"]
    assert task in app.tasks
