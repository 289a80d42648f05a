"""After a logged session the client is asked, by e-mail in their language, how it
went: only with their consent to e-mail, not about restricted sessions, and at most
once per window however often they come."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone, translation

from channels.models import Inquiry
from clients.models import Consent, Topic
from counselling.models import CounsellingSession, OutgoingMessage
from reports import surveys
from reports.models import SurveyAnswer, SurveyInvitation


@pytest.fixture
def olena(client_a, counsellor):
    client_a.email = "olena@example.org"
    client_a.preferred_language = "uk"
    client_a.save(update_fields=["email", "preferred_language"])
    Consent.objects.create(
        client=client_a, scope=Consent.Scope.CONTACT_EMAIL, recorded_by=counsellor
    )
    return client_a


def held(client, counsellor, *, hours_ago=3, topics=(), **extra):
    session = CounsellingSession.objects.create(
        client=client,
        counsellor=counsellor,
        office=counsellor.offices.get(),
        started_at=timezone.now() - timedelta(hours=hours_ago),
        channel="phone",
        **extra,
    )
    session.topics.set(Topic.objects.filter(code__in=topics))
    return session


def test_a_session_is_asked_about_once_in_the_clients_language(olena, counsellor, office_a):
    held(olena, counsellor, topics=["residence-first"])
    assert surveys.invite_after_sessions() == 1
    assert surveys.invite_after_sessions() == 0, "a second run asks nobody again"
    invitation = SurveyInvitation.objects.get()
    assert invitation.source == "session" and invitation.delivery == "email"
    facts = (invitation.office, invitation.channel, invitation.topic_code, invitation.language)
    assert facts == (office_a, "phone", "residence", "uk"), "the level-1 topic is kept"
    message = OutgoingMessage.objects.get(kind="survey_invitation")
    assert message.to_email == "olena@example.org" and message.language == "uk"
    link = f"/uk/survey/{invitation.token}/"
    assert link in message.body_text and link in message.body_html
    with translation.override("uk"):
        assert translation.gettext("Hello,") in message.body_text


def test_a_weekly_client_is_asked_once_per_window(olena, counsellor):
    held(olena, counsellor, hours_ago=24 * 6)
    held(olena, counsellor, hours_ago=24 * 2)
    held(olena, counsellor, hours_ago=3)
    assert surveys.invite_after_sessions() == 1
    assert SurveyInvitation.objects.count() == 1
    later = timezone.now() + timedelta(days=8)
    held(olena, counsellor, hours_ago=-24 * 8 + 3)  # a session next week
    assert surveys.invite_after_sessions(now=later) == 1, "asked again after the window"
    assert OutgoingMessage.objects.filter(kind="survey_invitation").count() == 2


def test_a_session_that_answered_an_inquiry_is_not_asked_about_twice(olena, counsellor, office_a):
    now = timezone.now()
    Inquiry.objects.create(
        channel="email",
        office=office_a,
        language="uk",
        email=olena.email,
        client=olena,
        status=Inquiry.Status.CLOSED,
        closed_at=now - timedelta(hours=3),
        due_at=now,
    )
    held(olena, counsellor)
    assert surveys.invite_after_closed_inquiries() + surveys.invite_after_sessions() == 1


def test_who_is_not_asked_after_a_session(olena, counsellor, client_b, counsellor_b):
    held(olena, counsellor, hours_ago=1)  # too recent
    held(olena, counsellor, hours_ago=24 * 8)  # long ago
    held(olena, counsellor, restricted=True, note="private")
    held(olena, counsellor, outcome="out_of_scope")
    client_b.email = "ivan@example.org"
    client_b.save(update_fields=["email"])
    held(client_b, counsellor_b)  # no consent to e-mail recorded
    assert surveys.invite_after_sessions() == 0
    with override_settings(SURVEY_AFTER=["inquiry"]):
        held(olena, counsellor)
        assert surveys.invite_after_sessions() == 0


def test_a_withdrawn_consent_to_email_stops_the_survey(olena, counsellor):
    Consent.objects.filter(client=olena).update(withdrawn_at=timezone.now())
    held(olena, counsellor)
    assert surveys.invite_after_sessions() == 0


def test_a_withdrawn_consent_also_stops_the_survey_after_an_inquiry(olena, counsellor, office_a):
    Consent.objects.filter(client=olena).update(withdrawn_at=timezone.now())
    now = timezone.now()
    Inquiry.objects.create(
        channel="web_form",
        office=office_a,
        language="uk",
        email=olena.email,
        client=olena,
        status=Inquiry.Status.CLOSED,
        closed_at=now - timedelta(hours=3),
        due_at=now,
    )
    assert surveys.invite_after_closed_inquiries() == 0


def test_a_client_without_a_language_silta_speaks_is_asked_in_the_default_one(olena, counsellor):
    olena.preferred_language = "fa"
    olena.save(update_fields=["preferred_language"])
    held(olena, counsellor)
    surveys.invite_after_sessions()
    assert OutgoingMessage.objects.get(kind="survey_invitation").language == "en"


def test_the_session_survey_takes_one_good_answer(client, olena, counsellor):
    held(olena, counsellor)
    surveys.invite_after_sessions()
    url = SurveyInvitation.objects.get().get_absolute_url()
    assert client.post(url, {"rating": "9", "got_information": "yes"}).status_code == 400
    assert not SurveyAnswer.objects.exists(), "an out-of-range rating stores nothing"
    assert client.post(url, {"rating": "5", "got_information": "yes"}).status_code == 302
    assert client.post(url, {"rating": "1", "got_information": "no"}).status_code == 409
    assert SurveyAnswer.objects.get().rating == 5
