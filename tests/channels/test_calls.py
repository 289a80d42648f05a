"""Phone: the quick call log and the call-back queue."""

from django.urls import reverse

from channels import services
from channels.models import CallAttempt, CallBack, Inquiry
from counselling.models import AuditAction, AuditEvent
from tests.channels.test_contact_form import form


def _call(**overrides):
    data = {
        "office": "",
        "client_reference": "",
        "name": "",
        "phone": "5123 4567",
        "language": "ru",
        "interpreter_language": "",
        "topic": "",
        "duration_minutes": "7",
        "question": "Where do I register my address?",
        "answer": "At the city's service desk; bring the lease.",
        "call_back": "",
        "call_back_when": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_an_answered_call_is_logged_and_closed(receptionist, sign_in, office_a, client_a):
    browser = sign_in(receptionist)

    response = browser.post(
        reverse("call-create"),
        _call(office=office_a.pk, client_reference=client_a.reference, interpreter_language="uk"),
    )

    assert response.status_code == 302
    call = Inquiry.objects.get()
    assert (call.channel, call.status, call.client) == ("phone", "closed", client_a)
    assert call.duration_minutes == 7 and call.interpreter_language == "uk"
    assert call.phone == "+37251234567"
    assert call.first_response_at is not None
    assert [m.direction for m in call.messages.all()] == ["in", "out"]
    assert not CallBack.objects.exists()
    assert AuditEvent.objects.filter(action=AuditAction.CREATE, object_id=call.pk).exists()


def test_a_call_that_needs_a_call_back_queues_one(receptionist, sign_in, office_a):
    browser = sign_in(receptionist)

    browser.post(
        reverse("call-create"),
        _call(office=office_a.pk, answer="", call_back="on", call_back_when="after 15:00"),
    )

    call_back = CallBack.objects.get()
    assert call_back.phone == "+37251234567"
    assert call_back.when == "after 15:00"
    assert call_back.inquiry.status == "open"
    assert call_back.inquiry.first_response_at is None
    assert "+37251234567" in browser.get(reverse("call-backs")).content.decode()


def test_a_call_back_without_a_phone_number_is_a_400(receptionist, sign_in, office_a):
    response = sign_in(receptionist).post(
        reverse("call-create"), _call(office=office_a.pk, phone="", call_back="on")
    )

    assert response.status_code == 400
    assert "Give a phone number for the call-back." in response.content.decode()
    assert not Inquiry.objects.exists()


def test_the_web_forms_call_me_back_joins_the_queue(client, office_a):
    client.post("/en/contact/", form(reply_by="phone", email="", phone="+37251234567"))

    call_back = CallBack.objects.get()
    assert call_back.inquiry.channel == "web_form"
    assert call_back.language == "uk"


def test_reaching_the_person_ends_the_call_back_and_counts_as_the_first_answer(
    counsellor, sign_in, office_a
):
    call = services.log_call(
        inquiry=Inquiry(office=office_a, phone="+37251234567", language="ru"),
        question="?",
        answer="",
        call_back=True,
        call_back_when="",
        logged_by=counsellor,
    )
    call_back = call.call_backs.get()
    browser = sign_in(counsellor)

    browser.post(reverse("call-attempt", args=[call_back.pk]), {"result": "no_answer"})
    browser.post(reverse("call-attempt", args=[call_back.pk]), {"result": "reached", "note": "ok"})

    call_back.refresh_from_db()
    assert call_back.status == "done" and call_back.assigned_to == counsellor
    assert [a.result for a in call_back.attempts.all()] == ["no_answer", "reached"]
    call.refresh_from_db()
    assert call.first_response_at == call_back.attempts.last().at
    assert "+37251234567" not in browser.get(reverse("call-backs")).content.decode()


def test_three_unanswered_tries_end_the_call_back_as_unreachable(counsellor, office_a):
    call = services.log_call(
        inquiry=Inquiry(office=office_a, phone="+37251234567", language="ru"),
        question="?",
        answer="",
        call_back=True,
        call_back_when="",
        logged_by=counsellor,
    )
    call_back = call.call_backs.get()

    for result in ("no_answer", "busy", "voicemail"):
        services.record_attempt(call_back=call_back, result=result, note="", by=counsellor)

    call_back.refresh_from_db()
    assert call_back.status == "gave_up" and call_back.ended_at is not None
    assert CallAttempt.objects.count() == 3


def test_an_ended_call_back_or_an_unknown_result_is_a_400(counsellor, sign_in, office_a):
    call = services.log_call(
        inquiry=Inquiry(office=office_a, phone="+37251234567", language="ru"),
        question="?",
        answer="",
        call_back=True,
        call_back_when="",
        logged_by=counsellor,
    )
    call_back = call.call_backs.get()
    browser = sign_in(counsellor)
    path = reverse("call-attempt", args=[call_back.pk])

    assert browser.post(path, {"result": "teleported"}).status_code == 400
    browser.post(path, {"result": "reached"})
    again = browser.post(path, {"result": "reached"})

    assert again.status_code == 400
    assert "already ended" in again.content.decode()
    assert CallAttempt.objects.count() == 1
