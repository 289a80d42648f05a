"""After an inquiry is closed the newcomer is asked, once, in their language, how it
went; the link takes one answer; bad answers store nothing."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone, translation

from channels.models import Inquiry
from counselling.models import OutgoingMessage
from reports import surveys
from reports.models import SurveyAnswer, SurveyInvitation


def closed(office, *, email="olena@example.org", language="ru", hours_ago=3, **extra):
    now = timezone.now()
    return Inquiry.objects.create(
        channel="email",
        office=office,
        language=language,
        email=email,
        status=Inquiry.Status.CLOSED,
        closed_at=now - timedelta(hours=hours_ago),
        due_at=now,
        **extra,
    )


def test_a_closed_inquiry_is_asked_once_in_the_newcomers_language(office_a):
    inquiry = closed(office_a)
    assert surveys.invite_after_closed_inquiries() == 1
    assert surveys.invite_after_closed_inquiries() == 0, "a second run asks nobody again"
    invitation = SurveyInvitation.objects.get()
    assert (invitation.office, invitation.channel, invitation.language) == (office_a, "email", "ru")
    message = OutgoingMessage.objects.get(kind="survey_invitation")
    assert message.to_email == "olena@example.org" and message.language == "ru"
    link = f"/ru/survey/{invitation.token}/"
    assert link in message.body_text and link in message.body_html
    assert inquiry.reference in message.subject
    with translation.override("ru"):
        assert translation.gettext("Hello,") in message.body_text


def test_who_is_not_asked(office_a):
    closed(office_a, email="")  # no address to write to
    closed(office_a, hours_ago=1)  # closed too recently: it may be reopened
    closed(office_a, hours_ago=24 * 8)  # long ago
    closed(office_a, outcome="out_of_scope")
    Inquiry.objects.create(
        channel="email",
        office=office_a,
        language="ru",
        email="a@example.org",
        due_at=timezone.now(),
    )  # still open
    assert surveys.invite_after_closed_inquiries() == 0
    with override_settings(SURVEY_AFTER=[]):
        closed(office_a)
        assert surveys.invite_after_closed_inquiries() == 0


def test_a_language_silta_does_not_speak_is_asked_in_the_default_one(office_a):
    closed(office_a, language="fa")
    surveys.invite_after_closed_inquiries()
    assert OutgoingMessage.objects.get(kind="survey_invitation").language == "en"


@pytest.fixture
def invitation(office_a):
    closed(office_a, language="uk")
    surveys.invite_after_closed_inquiries()
    return SurveyInvitation.objects.get()


def test_the_newcomer_answers_once(client, invitation):
    url = f"/uk/survey/{invitation.token}/"
    page = client.get(url)
    assert page.status_code == 200 and '<html lang="uk"' in page.content.decode()
    answer = {"rating": "4", "got_information": "partly", "comment": "Дякую"}
    assert client.post(url, answer).status_code == 302
    saved = SurveyAnswer.objects.get()
    assert (saved.rating, saved.got_information, saved.comment) == (4, "partly", "Дякую")
    again = client.post(url, {**answer, "rating": "1"})
    assert again.status_code == 409
    assert SurveyAnswer.objects.get().rating == 4, "the first answer stands"
    assert client.get(url).status_code == 200, "the link says thank you, not an error"


@pytest.mark.parametrize(
    "answer",
    [
        {"rating": "0", "got_information": "yes"},
        {"rating": "6", "got_information": "yes"},
        {"rating": "five", "got_information": "yes"},
        {"rating": "3", "got_information": "maybe"},
        {"rating": "3", "got_information": "yes", "comment": "x" * 1001},
        {},
    ],
)
def test_a_bad_answer_is_refused_and_nothing_is_kept(client, invitation, answer):
    response = client.post(f"/en/survey/{invitation.token}/", answer)
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert not SurveyAnswer.objects.exists()


def test_an_unknown_link_is_not_found(client, db):
    assert client.get("/en/survey/no-such-token/").status_code == 404


def test_the_invitations_run_from_beat_as_a_task_the_worker_knows():
    from django.conf import settings

    from counselling.celery import app

    app.loader.import_default_modules()
    assert settings.CELERY_BEAT_SCHEDULE["invite-to-surveys"]["task"] in app.tasks


def test_a_merged_clients_invitations_follow_them(office_a, coordinator):
    from clients.models import Client
    from counselling.services import merge_clients

    keep = Client.objects.create(given_name="Amina", family_name="Warsame")
    duplicate = Client.objects.create(given_name="Amina", family_name="Warsame")
    invitation = SurveyInvitation.objects.create(
        source="inquiry", source_id=1, office=office_a, channel="email", language="en",
        client=duplicate,
    )  # fmt: skip
    moved = merge_clients(keep=keep, duplicate=duplicate, merged_by=coordinator)
    invitation.refresh_from_db()
    assert invitation.client == keep
    assert moved["survey_invitations"] == 1
