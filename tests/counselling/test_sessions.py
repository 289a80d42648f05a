"""Logging a counselling session and reading the client's timeline."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from channels.models import Inquiry, InquiryMessage
from clients import taxonomy
from clients.models import Client, Topic
from counselling.models import (
    AuditAction,
    AuditEvent,
    Case,
    CounsellingSession,
    FollowUp,
    InterpreterMode,
)
from tests.casework import add_sessions


@pytest.fixture
def topics(db):
    taxonomy.load(Topic)
    return {topic.code: topic for topic in Topic.objects.all()}


def _form(office, taxonomy_topics, **overrides):
    data = {
        "started_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        "duration_minutes": "45",
        "channel": "in_person",
        "office": office.pk,
        "topics": [
            taxonomy_topics["residence-extension"].code,
            taxonomy_topics["work-job-search"].code,
        ],
        "interpreter_language": "uk",
        "interpreter_mode": InterpreterMode.PHONE,
        "note": "Explained the **extension** steps.\n\n- book a PPA appointment",
        "outcome": "answered",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def _log(browser, client, data):
    return browser.post(reverse("session-create", args=[client.pk]), data)


def test_a_session_with_interpreter_and_topics_tops_the_timeline(
    counsellor, sign_in, client_a, office_a, topics
):
    browser = sign_in(counsellor)
    older = _form(
        office_a,
        topics,
        started_at=(timezone.localtime() - timedelta(days=3)).strftime("%Y-%m-%dT%H:%M"),
        note="older",
    )
    _log(browser, client_a, older)

    response = _log(
        browser,
        client_a,
        _form(
            office_a,
            topics,
            follow_up_due=str(timezone.localdate() + timedelta(days=7)),
            follow_up_description="Check the PPA decision",
        ),
    )

    assert response.status_code == 302
    assert response["Location"] == client_a.get_absolute_url() + "#timeline"
    session = CounsellingSession.objects.latest("started_at")
    assert session.case == Case.objects.get(client=client_a)
    assert set(session.topics.values_list("code", flat=True)) == {
        "residence-extension",
        "work-job-search",
    }
    assert FollowUp.objects.get().assigned_to == counsellor
    assert AuditEvent.objects.filter(action=AuditAction.CREATE, client_id=client_a.pk).count() == 2
    page = browser.get(client_a.get_absolute_url()).content.decode()
    timeline = page[page.index('id="timeline"') :]
    assert timeline.index("Extending a permit") < timeline.index("older")
    assert "<strong>extension</strong>" in timeline
    assert "Interpreter: українська, By phone" in timeline
    assert "Check the PPA decision" in timeline


def test_the_form_starts_from_sensible_defaults(counsellor, sign_in, client_a, office_a, topics):
    client_a.interpreter_needed, client_a.interpreter_language = True, "ar"
    client_a.save()

    form = sign_in(counsellor).get(reverse("session-create", args=[client_a.pk])).context["form"]

    assert form.initial["office"] == office_a
    assert form.initial["interpreter_language"] == "ar"
    assert abs(form.initial["started_at"] - timezone.now()) < timedelta(minutes=1)


def test_restricted_notes_are_for_the_author_and_coordinators(
    counsellor, colleague, coordinator, sign_in, client_a, office_a, topics
):
    _log(
        sign_in(counsellor),
        client_a,
        _form(office_a, topics, note="Disclosed violence", restricted="on"),
    )

    def page(user):
        return sign_in(user).get(client_a.get_absolute_url()).content.decode()

    assert "Disclosed violence" in page(counsellor)
    assert "Disclosed violence" in page(coordinator)
    colleague_view = page(colleague)
    assert "Disclosed violence" not in colleague_view
    assert "only its author and the coordinators can read it" in colleague_view


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("note", "<script>alert(1)</script>", "remove the &lt;script&gt; part"),
        ("note", "x" * 1_000_000, "The note is too long"),
        ("topics", ["999999"], "Select a valid choice."),
        ("duration_minutes", "0", "Enter a duration between 1 and 600 minutes."),
        ("interpreter_mode", "", "Say how the interpreter took part."),
        ("channel", "pigeon", "Select a valid choice."),
        ("follow_up_description", "Call back", "Choose a date for the follow-up."),
    ],
)
def test_bad_input_is_a_400_and_nothing_is_saved(
    counsellor, sign_in, client_a, office_a, topics, field, value, message
):
    response = _log(sign_in(counsellor), client_a, _form(office_a, topics, **{field: value}))

    assert response.status_code == 400
    assert message in response.content.decode()
    assert CounsellingSession.objects.count() == 0 and FollowUp.objects.count() == 0


def test_a_note_is_sanitised_when_shown_whatever_it_holds(counsellor, sign_in, client_a, office_a):
    CounsellingSession.objects.create(
        client=client_a,
        counsellor=counsellor,
        office=office_a,
        note='<img src=x onerror="alert(1)"> [link](javascript:alert(1))',
    )

    page = sign_in(counsellor).get(client_a.get_absolute_url()).content.decode()

    assert "onerror" not in page and "javascript:" not in page


def test_receptionists_do_not_log_sessions(receptionist, sign_in, client_a):
    response = sign_in(receptionist).get(reverse("session-create", args=[client_a.pk]))
    assert response.status_code == 403


def test_an_inquiry_answered_in_a_session_closes_with_the_sessions_outcome(
    counsellor, sign_in, client_a, office_a, topics
):
    call = Inquiry.objects.create(
        channel="phone", office=office_a, client=client_a, due_at=timezone.now(),
        topic=topics["housing"], interpreter_language="ar", duration_minutes=12,
    )  # fmt: skip
    browser = sign_in(counsellor)
    url = reverse("session-create", args=[client_a.pk]) + f"?inquiry={call.pk}"

    page = browser.get(url)

    assert call.reference in page.content.decode()
    initial = page.context["form"].initial
    assert (initial["channel"], initial["topics"]) == ("phone", ["housing"])
    assert (initial["interpreter_language"], initial["duration_minutes"]) == ("ar", 12)

    response = browser.post(url, _form(office_a, topics, outcome="signposted"))

    assert response.status_code == 302
    call.refresh_from_db()
    assert (call.status, call.outcome) == ("closed", "signposted")
    assert call.first_response_at == call.closed_at


@pytest.mark.parametrize("value", ["%C2%B2", "1e3", "-1", "x"])
def test_a_strange_inquiry_number_opens_the_plain_form(counsellor, sign_in, client_a, value):
    url = reverse("session-create", args=[client_a.pk]) + f"?inquiry={value}"

    page = sign_in(counsellor).get(url)

    assert page.status_code == 200
    assert page.context["inquiry"] is None


def test_a_session_never_closes_another_clients_inquiry(
    counsellor, sign_in, client_a, office_a, topics
):
    other = Client.objects.create(given_name="Amina", family_name="Haddad")
    theirs = Inquiry.objects.create(
        channel="email", office=office_a, client=other, due_at=timezone.now()
    )
    url = reverse("session-create", args=[client_a.pk]) + f"?inquiry={theirs.pk}"

    response = sign_in(counsellor).post(url, _form(office_a, topics))

    assert response.status_code == 302  # the session is logged for client_a …
    theirs.refresh_from_db()
    assert theirs.status == "new"  # … and the other person's inquiry is untouched


def add_inquiries(client, office, *, count):
    for n in range(count):
        inquiry = Inquiry.objects.create(
            channel="email", office=office, client=client, due_at=timezone.now()
        )
        InquiryMessage.objects.create(inquiry=inquiry, direction="in", body=f"Question {n}")


def test_the_client_page_runs_the_same_queries_for_1_or_500_sessions(
    counsellor, sign_in, client_a, office_a, topics, django_assert_max_num_queries
):
    browser = sign_in(counsellor)
    add = {"client": client_a, "counsellor": counsellor, "office": office_a}
    add_sessions(**add, count=1, topics=[topics["tax"], topics["housing"]])
    add_inquiries(client_a, office_a, count=1)  # inquiries share the timeline
    browser.get(client_a.get_absolute_url())
    with CaptureQueriesContext(connection) as one:
        browser.get(client_a.get_absolute_url())

    add_sessions(**add, count=499, topics=[topics["tax"], topics["housing"]])
    add_inquiries(client_a, office_a, count=29)

    with django_assert_max_num_queries(len(one)):
        page = browser.get(client_a.get_absolute_url())
    assert page.context["timeline"].paginator.count == 530
