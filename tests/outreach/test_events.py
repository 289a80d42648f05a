"""Planning events, the list of an office's events, and the event page."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from clients.models import Topic
from counselling.models import AuditAction, AuditEvent, CounsellingSession
from outreach import services
from outreach.models import OutreachEvent
from tests.outreach.conftest import make_event


def test_a_counsellor_plans_a_pop_up_with_the_staff_present(
    client, sign_in, counsellor, colleague, office_a
):
    sign_in(counsellor)
    start = timezone.localtime() + timedelta(days=7)

    response = client.post(
        reverse("outreach-create"),
        {
            "kind": "pop_up",
            "title": "Pop-up at the library",
            "office": office_a.pk,
            "place": "City library, lobby",
            "starts_at": start.strftime("%Y-%m-%dT%H:%M"),
            "ends_at": (start + timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M"),
            "staff": [counsellor.pk, colleague.pk],
            "partner": "Somali women's association",
        },
    )

    event = OutreachEvent.objects.get()
    assert response.status_code == 302 and response["Location"] == event.get_absolute_url()
    assert set(event.staff.all()) == {counsellor, colleague}
    assert event.created_by == counsellor
    assert AuditEvent.objects.filter(
        action=AuditAction.CREATE, object_id=event.pk, office_id=office_a.pk
    ).exists()


def test_an_edit_keeps_the_event_and_names_the_changed_fields(client, sign_in, coordinator, event):
    sign_in(coordinator)
    form = client.get(reverse("outreach-edit", args=[event.pk])).context["form"]
    data = {name: form[name].value() for name in form.fields}
    data = {key: value for key, value in data.items() if value is not None}
    data["starts_at"] = timezone.localtime(event.starts_at).strftime("%Y-%m-%dT%H:%M")
    data["ends_at"] = timezone.localtime(event.ends_at).strftime("%Y-%m-%dT%H:%M")
    data["place"] = "Metro station hall"

    response = client.post(reverse("outreach-edit", args=[event.pk]), data)

    assert response.status_code == 302
    event.refresh_from_db()
    assert event.place == "Metro station hall"
    audit = AuditEvent.objects.get(action=AuditAction.UPDATE, object_id=event.pk)
    assert "place" in audit.detail["fields"]


def test_a_receptionist_counts_and_records_contacts_but_does_not_plan(
    client, sign_in, receptionist, event
):
    sign_in(receptionist)

    assert client.get(reverse("outreach-tally", args=[event.pk])).status_code == 200
    assert client.get(reverse("outreach-contact", args=[event.pk])).status_code == 200
    assert client.get(reverse("outreach-create")).status_code == 403
    assert client.get(reverse("outreach-edit", args=[event.pk])).status_code == 403


def test_the_list_shows_upcoming_events_of_my_offices_and_past_ones_apart(
    client, sign_in, counsellor, office_a, event, event_b
):
    earlier = timezone.now() - timedelta(days=14)
    make_event(
        office_a, title="Last fortnight", starts_at=earlier, ends_at=earlier + timedelta(hours=3)
    )
    sign_in(counsellor)

    upcoming = client.get(reverse("outreach-list")).content.decode()
    past = client.get(reverse("outreach-list") + "?show=past").content.decode()

    assert "Pop-up at the mall" in upcoming and "Last fortnight" not in upcoming
    assert "Last fortnight" in past and "Pop-up at the mall" not in past
    assert "Narva fair" not in upcoming + past


def test_the_list_runs_the_same_queries_for_many_events(
    client, sign_in, counsellor, colleague, office_a, django_assert_num_queries
):
    work = Topic.objects.get(code="work")
    for number in range(6):
        made = make_event(office_a, title=f"Event {number}")
        made.staff.set([counsellor, colleague])
        services.add_to_tally(event=made, topic=work, language="ru", by=counsellor)
    sign_in(counsellor)
    client.get(reverse("outreach-list"))  # warm the session
    # session, user, office ids, count, the page of events (office, people counted,
    # contacts), their staff.
    with django_assert_num_queries(6):
        response = client.get(reverse("outreach-list"))
    assert response.status_code == 200
    assert response.content.decode().count("<tr><td>") == 6


def test_the_event_page_sums_the_tallies_by_topic_and_language(client, sign_in, counsellor, event):
    work, health = Topic.objects.get(code="work"), Topic.objects.get(code="health")
    services.add_to_tally(event=event, topic=work, language="ru", count=3, by=counsellor)
    services.add_to_tally(event=event, topic=work, language="so", count=2, by=counsellor)
    services.add_to_tally(event=event, topic=health, language="ru", by=counsellor)
    sign_in(counsellor)

    response = client.get(event.get_absolute_url())

    summary = response.context["summary"]
    assert summary["total"] == 6
    assert [(topic.code, n) for topic, n in summary["by_topic"]] == [("work", 5), ("health", 1)]
    assert summary["by_language"] == [("русский", 4), ("Soomaali", 2)]
    assert AuditEvent.objects.filter(action=AuditAction.VIEW, object_id=event.pk).exists()


def test_outreach_sessions_held_during_the_event_are_linked_to_it(
    client, sign_in, counsellor, client_a, office_a, event
):
    during = CounsellingSession.objects.create(
        client=client_a, counsellor=counsellor, office=office_a, channel="outreach",
        started_at=event.starts_at + timedelta(minutes=20),
    )  # fmt: skip
    CounsellingSession.objects.create(
        client=client_a, counsellor=counsellor, office=office_a, channel="phone",
        started_at=event.starts_at + timedelta(minutes=30),
    )  # fmt: skip
    CounsellingSession.objects.create(
        client=client_a, counsellor=counsellor, office=office_a, channel="outreach",
        started_at=event.starts_at - timedelta(days=1),
    )  # fmt: skip
    sign_in(counsellor)

    response = client.post(reverse("outreach-link-sessions", args=[event.pk]))
    again = client.post(reverse("outreach-link-sessions", args=[event.pk]), follow=True)

    assert response.status_code == 302
    assert list(event.sessions.all()) == [during]
    assert "1 outreach session is linked to this event." in again.content.decode()


def test_the_tally_page_and_the_event_page_run_a_fixed_number_of_queries(
    client, sign_in, counsellor, event, django_assert_num_queries
):
    for topic in Topic.objects.filter(parent__isnull=True):
        for language in ("ru", "so", "en"):
            services.add_to_tally(event=event, topic=topic, language=language, by=counsellor)
    sign_in(counsellor)
    client.get(reverse("outreach-tally", args=[event.pk]))  # warm the session and cache
    # session, user, office ids, the event with its office, its tallies, the main topics
    # of the paper form (the buttons' come from the cache).
    with django_assert_num_queries(6):
        assert client.get(reverse("outreach-tally", args=[event.pk])).status_code == 200
    # session, user, office ids, the event (office, sessions counted), its staff,
    # tallies with topics, contacts with inquiries, the audit insert (filed under the
    # event's office).
    with django_assert_num_queries(8):
        assert client.get(event.get_absolute_url()).status_code == 200
