"""Counting people at an event: a tap per person by topic and language, atomically,
with an undo of one's own last tap, and nothing personal stored anywhere."""

import pytest
from django.urls import reverse

from clients.models import Topic
from counselling.models import AuditEvent
from outreach import services
from outreach.models import Tally


def _tally(event):
    return reverse("outreach-tally", args=[event.pk])


def _counts(event) -> dict:
    return {(t.topic.code, t.language): t.count for t in Tally.objects.filter(event=event)}


def test_each_tap_counts_one_person_for_the_topic_in_the_chosen_language(
    client, sign_in, counsellor, event
):
    sign_in(counsellor)

    client.post(_tally(event), {"topic": "work", "language": "ru"})
    client.post(_tally(event), {"topic": "work", "language": "ru"})
    response = client.post(_tally(event), {"topic": "housing", "language": "en"})

    assert response.status_code == 302
    assert _counts(event) == {("work", "ru"): 2, ("housing", "en"): 1}
    page = client.get(_tally(event)).content.decode()
    assert "Counted 1: Housing, English." in page
    assert "3 people counted so far." in page


def test_the_language_chosen_at_the_last_tap_is_selected_for_the_next(
    client, sign_in, counsellor, event
):
    sign_in(counsellor)
    page = client.get(_tally(event)).content.decode()
    assert '<option value="et" lang="et" selected>' in page  # the office's first language

    client.post(_tally(event), {"topic": "work", "language": "uk"})

    page = client.get(_tally(event)).content.decode()
    assert '<option value="uk" lang="uk" selected>' in page


def test_two_staff_tapping_the_same_counter_both_count(counsellor, colleague, event):
    work = Topic.objects.get(code="work")

    services.add_to_tally(event=event, topic=work, language="ru", by=counsellor)
    total = services.add_to_tally(event=event, topic=work, language="ru", by=colleague)

    assert total == 2
    assert Tally.objects.get(event=event).count == 2


def test_undo_takes_back_the_last_tap_once(client, sign_in, counsellor, event):
    sign_in(counsellor)
    client.post(_tally(event), {"topic": "work", "language": "ru"})
    client.post(_tally(event), {"topic": "health", "language": "ru"})
    undo = reverse("outreach-tally-undo", args=[event.pk])

    assert client.post(undo).status_code == 302
    assert _counts(event) == {("work", "ru"): 1, ("health", "ru"): 0}
    assert "The last tap was taken back." in client.get(_tally(event)).content.decode()

    again = client.post(undo)
    assert again.status_code == 400
    assert "There is nothing to undo." in again.content.decode()
    assert _counts(event) == {("work", "ru"): 1, ("health", "ru"): 0}


def test_a_count_never_goes_below_zero(counsellor, colleague, event):
    work = Topic.objects.get(code="work")
    services.add_to_tally(event=event, topic=work, language="ru", by=counsellor)
    services.undo_tally(event=event, topic=work, language="ru", by=colleague)

    with pytest.raises(services.ValidationError):
        services.undo_tally(event=event, topic=work, language="ru", by=counsellor)
    assert Tally.objects.get(event=event).count == 0


def test_a_batch_counted_on_paper_is_added_at_once(client, sign_in, receptionist, event):
    sign_in(receptionist)

    client.post(_tally(event), {"topic": "language", "language": "so", "count": "7"})

    assert _counts(event) == {("language", "so"): 7}


def test_with_htmx_the_board_comes_back_after_the_tap(client, sign_in, counsellor, event):
    sign_in(counsellor)

    response = client.post(
        _tally(event), {"topic": "work", "language": "ru"}, HTTP_HX_REQUEST="true", follow=True
    )

    assert response.status_code == 200
    assert 'id="tally-board"' in response.content.decode()
    assert 'hx-select="#tally-board"' in response.content.decode()


def test_a_tally_row_has_no_field_for_personal_data():
    fields = {field.name for field in Tally._meta.get_fields()}

    assert fields == {"id", "event", "topic", "language", "count"}


def test_a_name_or_email_posted_with_a_tap_is_stored_nowhere(client, sign_in, counsellor, event):
    sign_in(counsellor)

    client.post(
        _tally(event),
        {
            "topic": "work",
            "language": "ru",
            "name": "Olena Kovalenko",
            "email": "olena@example.org",
            "phone": "+37251234567",
        },
    )

    assert _counts(event) == {("work", "ru"): 1}
    stored = repr(list(Tally.objects.values())) + repr(
        list(AuditEvent.objects.values_list("detail", flat=True))
    )
    assert "Olena" not in stored and "olena@" not in stored and "5123" not in stored
    assert "Olena" not in repr(dict(client.session))
