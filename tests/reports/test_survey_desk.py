"""At the desk a counsellor shows the client the survey as a QR code and a short
address, in the client's language; pressing twice shows the same single-use link."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from channels.models import Inquiry
from counselling.models import AuditEvent, CounsellingSession, OutgoingMessage
from reports import surveys
from reports.models import SurveyAnswer, SurveyInvitation


@pytest.fixture
def session(client_a, counsellor, office_a):
    client_a.preferred_language = "ru"
    client_a.save(update_fields=["preferred_language"])
    return CounsellingSession.objects.create(
        client=client_a, counsellor=counsellor, office=office_a, channel="in_person"
    )


def desk(client, session):
    return client.post(f"/reports/sessions/{session.pk}/survey/")


def test_the_desk_page_shows_a_qr_code_and_a_short_address_in_the_clients_language(
    client, sign_in, counsellor, session
):
    sign_in(counsellor)
    page = desk(client, session)
    assert page.status_code == 200
    invitation = SurveyInvitation.objects.get()
    assert (invitation.source, invitation.delivery) == ("session", "desk")
    assert invitation.client_id == session.client_id  # for their own access request only
    assert len(invitation.token) == 10, "short enough to type"
    html = page.content.decode()
    url = f"{settings.SITE_URL}/ru/survey/{invitation.token}/"
    assert '<html lang="ru"' in html
    assert url.split("://")[1] in html, "the address to type, without its scheme"
    assert '<svg viewBox="' in html and 'class="qr"' in html
    assert "no-store" in page["Cache-Control"]
    assert not OutgoingMessage.objects.exists(), "nothing is e-mailed"
    event = AuditEvent.objects.get(detail__survey="desk")
    assert (event.action, event.object_id, event.client_id) == (
        "create",
        session.pk,
        session.client_id,
    )


def test_pressing_twice_shows_the_same_invitation(client, sign_in, counsellor, session):
    sign_in(counsellor)
    desk(client, session)
    token = SurveyInvitation.objects.get().token
    again = desk(client, session)
    assert again.status_code == 200 and token in again.content.decode()
    assert SurveyInvitation.objects.count() == 1
    actions = list(
        AuditEvent.objects.filter(detail__survey="desk").values_list("action", flat=True)
    )
    assert sorted(actions) == ["create", "view"]


def test_the_desk_link_takes_one_answer_and_then_cannot_be_shown_again(
    client, sign_in, counsellor, session
):
    sign_in(counsellor)
    desk(client, session)
    url = SurveyInvitation.objects.get().get_absolute_url()
    client.logout()  # the client's phone: nobody signed in
    assert client.get(url).status_code == 200
    assert client.post(url, {"rating": "0", "got_information": "yes"}).status_code == 400
    assert client.post(url, {"rating": "4", "got_information": "yes"}).status_code == 302
    assert client.post(url, {"rating": "2", "got_information": "no"}).status_code == 409
    assert SurveyAnswer.objects.get().rating == 4
    sign_in(counsellor)
    answered = desk(client, session)
    assert answered.status_code == 409
    assert "answered already" in answered.content.decode()
    assert SurveyInvitation.objects.count() == 1


def test_an_emailed_invitation_not_yet_answered_is_shown_at_the_desk(
    client, sign_in, counsellor, session
):
    invitation = SurveyInvitation.objects.create(**surveys.session_facts(session), delivery="email")
    sign_in(counsellor)
    assert invitation.token in desk(client, session).content.decode()
    assert SurveyInvitation.objects.count() == 1


def test_a_closed_inquiry_can_be_surveyed_at_the_desk_an_open_one_cannot(
    client, sign_in, receptionist, office_a
):
    now = timezone.now()
    inquiry = Inquiry.objects.create(
        channel="walk_in", office=office_a, language="ar", due_at=now + timedelta(days=1)
    )
    sign_in(receptionist)
    refused = client.post(f"/reports/inquiries/{inquiry.pk}/survey/")
    assert refused.status_code == 409 and 'role="alert"' in refused.content.decode()
    assert not SurveyInvitation.objects.exists()
    Inquiry.objects.filter(pk=inquiry.pk).update(status="closed", closed_at=now)
    page = client.post(f"/reports/inquiries/{inquiry.pk}/survey/")
    assert page.status_code == 200 and 'dir="rtl"' in page.content.decode()
    invitation = SurveyInvitation.objects.get()
    assert (invitation.source, invitation.channel, invitation.language) == (
        "inquiry",
        "walk_in",
        "ar",
    )


def test_the_buttons_are_where_the_work_is(client, sign_in, counsellor, session, office_a):
    sign_in(counsellor)
    timeline = client.get(session.client.get_absolute_url()).content.decode()
    assert f'action="/reports/sessions/{session.pk}/survey/"' in timeline
    inquiry = Inquiry.objects.create(
        channel="email", office=office_a, language="ru", due_at=timezone.now()
    )
    inquiry_page = client.get(inquiry.get_absolute_url()).content.decode()
    assert "/survey/" not in inquiry_page, "not before the inquiry is closed"
    Inquiry.objects.filter(pk=inquiry.pk).update(status="closed", closed_at=timezone.now())
    inquiry_page = client.get(inquiry.get_absolute_url()).content.decode()
    assert f'action="/reports/inquiries/{inquiry.pk}/survey/"' in inquiry_page


def test_another_offices_session_is_not_found(client, sign_in, counsellor_b, session):
    sign_in(counsellor_b)
    assert desk(client, session).status_code == 404
    assert not SurveyInvitation.objects.exists()
