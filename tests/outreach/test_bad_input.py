"""Bad input at every outreach boundary: a translated error, a 4xx, nothing saved."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from clients.models import Topic
from outreach.models import OutreachEvent, Tally


@pytest.mark.parametrize(
    ("posted", "message"),
    [
        ({"topic": "no-such-topic", "language": "ru"}, "Choose one of the main topics."),
        ({"topic": "work-job-search", "language": "ru"}, "Choose one of the main topics."),
        ({"language": "ru"}, "Choose one of the main topics."),
        ({"topic": "work", "language": "xx"}, "Choose a language from the list."),
        ({"topic": "work", "language": "ru", "count": "-3"}, "Add between 1 and 500 at a time."),
        ({"topic": "work", "language": "ru", "count": "0"}, "Add between 1 and 500 at a time."),
        ({"topic": "work", "language": "ru", "count": "9999"}, "Add between 1 and 500 at a time."),
        ({"topic": "work", "language": "ru", "count": "two"}, "Add between 1 and 500 at a time."),
    ],
)
def test_a_tap_that_cannot_be_counted_is_refused(
    client, sign_in, counsellor, event, posted, message
):
    sign_in(counsellor)

    response = client.post(reverse("outreach-tally", args=[event.pk]), posted)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Tally.objects.exists()


def test_a_refused_tap_is_explained_in_the_users_language(client, sign_in, counsellor, event):
    counsellor.language = "et"
    counsellor.save(update_fields=["language"])
    sign_in(counsellor)
    with translation.override("et"):
        expected = str(translation.gettext("Choose a language from the list."))

    response = client.post(
        reverse("outreach-tally", args=[event.pk]),
        {"topic": "work", "language": "xx"},
        HTTP_ACCEPT_LANGUAGE="et",
    )

    assert response.status_code == 400
    assert expected in response.content.decode()


def _event_form(office, **changes) -> dict:
    start = timezone.localtime() + timedelta(days=3)
    return {
        "kind": "pop_up",
        "title": "Pop-up",
        "office": office.pk,
        "place": "Library",
        "starts_at": start.strftime("%Y-%m-%dT%H:%M"),
        "ends_at": (start + timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M"),
    } | changes


def test_an_event_ending_before_it_starts_is_refused(client, sign_in, counsellor, office_a):
    sign_in(counsellor)
    data = _event_form(office_a)
    data["ends_at"] = (timezone.localtime() + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")

    response = client.post(reverse("outreach-create"), data)

    assert response.status_code == 400
    assert "The event must end after it starts." in response.content.decode()
    assert not OutreachEvent.objects.exists()


def test_an_edit_that_ends_the_event_before_it_starts_changes_nothing(
    client, sign_in, counsellor, event
):
    sign_in(counsellor)
    data = _event_form(event.office, title="Renamed")
    data["ends_at"] = data["starts_at"]

    response = client.post(reverse("outreach-edit", args=[event.pk]), data)

    assert response.status_code == 400
    event.refresh_from_db()
    assert event.title == "Pop-up at the mall"


def test_staff_of_another_office_cannot_be_named_present(
    client, sign_in, administrator, office_a, counsellor_b
):
    sign_in(administrator)

    response = client.post(
        reverse("outreach-create"), _event_form(office_a, staff=[counsellor_b.pk])
    )

    assert response.status_code == 400
    assert "do not work at this office" in response.content.decode()
    assert not OutreachEvent.objects.exists()


def test_an_office_that_is_not_mine_is_refused(client, sign_in, counsellor, office_b):
    sign_in(counsellor)

    response = client.post(reverse("outreach-create"), _event_form(office_b))

    assert response.status_code == 400
    assert not OutreachEvent.objects.exists()


def test_main_topics_are_what_the_tally_buttons_offer(client, sign_in, counsellor, event):
    sign_in(counsellor)

    page = client.get(reverse("outreach-tally", args=[event.pk])).content.decode()

    for topic in Topic.objects.filter(parent__isnull=True):
        assert f'name="topic" value="{topic.code}"' in page
    assert 'value="work-job-search"' not in page.split('id="tally-board"')[1].split("</form>")[0]
