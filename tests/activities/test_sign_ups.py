"""Places, the waiting list, and cancelling: the first person waiting moves up."""

import threading
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import timezone, translation

from activities import services
from activities.models import SignUp
from counselling.models import AuditEvent, OutgoingMessage
from tests.activities.conftest import make_client, make_series


def test_sign_ups_beyond_the_capacity_go_to_the_waiting_list(series, people, counsellor):
    first, second, third = (
        services.sign_up(user=counsellor, series=series, client=client) for client in people
    )

    assert [first.status, second.status, third.status] == ["confirmed", "confirmed", "waiting"]
    assert AuditEvent.objects.filter(object_type="activities.signup", action="create").count() == 3


def test_a_cancelled_place_goes_to_the_first_person_waiting_who_is_told_in_their_language(
    series, people, office_a, counsellor, django_capture_on_commit_callbacks
):
    confirmed, _other, waiting = (
        services.sign_up(user=counsellor, series=series, client=client) for client in people
    )
    later = make_client(office_a, counsellor, "Later", email="later@example.org", language="en")
    services.sign_up(user=counsellor, series=series, client=later)

    with django_capture_on_commit_callbacks():
        promoted = services.cancel_sign_up(user=counsellor, sign_up=confirmed)

    assert promoted.pk == waiting.pk
    statuses = dict(SignUp.objects.values_list("client__given_name", "status"))
    assert statuses == {
        "Svetlana": "cancelled", "Kadri": "confirmed", "Amal": "confirmed", "Later": "waiting",
    }  # fmt: skip
    message = OutgoingMessage.objects.get()
    assert message.to_email == "amal@example.org"
    assert message.language == "ar"
    with translation.override("ar"):
        assert translation.gettext("Hello,") in message.body_text


def test_cancelling_a_waiting_list_entry_moves_nobody(series, people, counsellor):
    *_, waiting = (
        services.sign_up(user=counsellor, series=series, client=client) for client in people
    )

    assert services.cancel_sign_up(user=counsellor, sign_up=waiting) is None
    assert not OutgoingMessage.objects.exists()


def test_a_client_signs_up_again_after_cancelling_at_the_end_of_the_list(
    series, people, counsellor
):
    first = services.sign_up(user=counsellor, series=series, client=people[0])
    services.cancel_sign_up(user=counsellor, sign_up=first)
    for client in people[1:]:
        services.sign_up(user=counsellor, series=series, client=client)

    again = services.sign_up(user=counsellor, series=series, client=people[0])

    assert again.pk == first.pk
    assert again.status == "waiting"
    assert SignUp.objects.count() == 3


def test_signing_up_twice_is_refused_on_the_client_page_and_nothing_changes(
    client, sign_in, counsellor, series, people
):
    services.sign_up(user=counsellor, series=series, client=people[0])
    sign_in(counsellor)

    response = client.post(f"/clients/{people[0].pk}/activities/", {"series": series.pk})

    assert response.status_code == 400
    assert "This client is already signed up for this activity." in response.content.decode()
    assert SignUp.objects.count() == 1


def test_the_client_page_signs_up_and_shows_the_activity(client, sign_in, receptionist, series):
    person = make_client(series.office, receptionist, "Nadia")
    sign_in(receptionist)

    response = client.post(f"/clients/{person.pk}/activities/", {"series": series.pk})

    assert response.status_code == 302
    assert response["Location"] == f"/clients/{person.pk}/#activities"
    page = client.get(f"/clients/{person.pk}/").content.decode()
    assert "Group activities" in page
    assert series.title in page
    assert "Confirmed" in page


def test_an_activity_of_another_office_cannot_be_chosen(
    client, sign_in, counsellor, series_b, people
):
    sign_in(counsellor)

    response = client.post(f"/clients/{people[0].pk}/activities/", {"series": series_b.pk})

    assert response.status_code == 400
    assert not SignUp.objects.exists()


def test_an_ended_activity_takes_no_sign_ups(counsellor, office_a, people):
    today = timezone.localdate()
    ended = make_series(
        office_a, counsellor, starts_on=today - timedelta(days=30), ends_on=today - timedelta(1)
    )

    with pytest.raises(ValidationError):
        services.sign_up(user=counsellor, series=ended, client=people[0])


def test_cancelling_twice_is_a_translated_400(client, sign_in, counsellor, series, people):
    entry = services.sign_up(user=counsellor, series=series, client=people[0])
    services.cancel_sign_up(user=counsellor, sign_up=entry)
    sign_in(counsellor)

    response = client.post(f"/sign-ups/{entry.pk}/cancel/")

    assert response.status_code == 400
    assert "already cancelled" in response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_two_sign_ups_racing_for_the_last_place_exactly_one_wins(series, people, counsellor):
    """Two requests on two database connections, released together: the series row lock
    makes the second count the first one's place."""
    series.capacity = 1
    series.save(update_fields=["capacity"])
    start = threading.Barrier(2)
    results, errors = [], []

    def sign(client):
        try:
            start.wait()
            results.append(services.sign_up(user=counsellor, series=series, client=client).status)
        except Exception as error:  # reported below; a thread cannot fail the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=sign, args=(person,)) for person in people[:2]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert errors == []
    assert sorted(results) == ["confirmed", "waiting"]
    assert SignUp.objects.filter(status="confirmed").count() == 1
