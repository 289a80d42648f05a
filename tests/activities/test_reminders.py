"""The day before a meeting, each confirmed participant who may be e-mailed gets one
reminder in their language; a second run sends nothing more."""

from datetime import timedelta

from django.utils import timezone, translation

from activities import services
from activities.models import Reminder
from counselling.models import OutgoingMessage
from tests.activities.conftest import make_client, make_meeting


def _texts(language: str) -> str:
    with translation.override(language):
        return translation.gettext("Hello,")


def test_participants_are_reminded_once_in_their_language(
    counsellor, series, people, django_capture_on_commit_callbacks
):
    series.capacity = 3
    series.save(update_fields=["capacity"])
    for person in people:
        services.sign_up(user=counsellor, series=series, client=person)
    meeting = make_meeting(series, days=1, place="Library, hall B")

    with django_capture_on_commit_callbacks() as callbacks:
        assert services.send_reminders() == 3
    assert len(callbacks) == 3  # each row handed to the worker on commit
    assert services.send_reminders() == 0

    messages = {m.to_email: m for m in OutgoingMessage.objects.all()}
    assert set(messages) == {"svetlana@example.org", "kadri@example.org", "amal@example.org"}
    assert messages["svetlana@example.org"].language == "ru"
    assert _texts("ru") in messages["svetlana@example.org"].body_text
    assert _texts("et") in messages["kadri@example.org"].body_html
    assert "Library, hall B" in messages["amal@example.org"].body_text
    assert series.title in messages["kadri@example.org"].subject
    assert Reminder.objects.filter(meeting=meeting).count() == 3


def test_only_confirmed_participants_with_an_address_and_an_active_consent(
    counsellor, office_a, series, people
):
    series.capacity = 4
    series.save(update_fields=["capacity"])
    no_consent = make_client(office_a, counsellor, "Nina", email="nina@example.org", consent=False)
    no_address = make_client(office_a, counsellor, "Omar")
    withdrawn = make_client(office_a, counsellor, "Wanda", email="wanda@example.org")
    withdrawn.consents.update(withdrawn_at=timezone.now(), withdrawn_by=counsellor)
    for person in [people[0], no_consent, no_address, withdrawn, people[1]]:
        services.sign_up(user=counsellor, series=series, client=person)  # Kadri waits
    cancelled = services.sign_up(user=counsellor, series=series, client=people[2])
    services.cancel_sign_up(user=counsellor, sign_up=cancelled)
    make_meeting(series, days=1)

    assert services.send_reminders() == 1
    assert list(OutgoingMessage.objects.values_list("to_email", flat=True)) == [
        "svetlana@example.org"
    ]


def test_no_reminder_for_a_cancelled_meeting_or_one_further_away(counsellor, series, people):
    services.sign_up(user=counsellor, series=series, client=people[0])
    make_meeting(series, days=1, cancelled=True)
    make_meeting(series, days=2)
    make_meeting(series, days=0, hour=23)

    assert services.send_reminders() == 0


def test_someone_signed_up_after_the_reminders_went_out_still_gets_one(counsellor, series, people):
    services.sign_up(user=counsellor, series=series, client=people[0])
    meeting = make_meeting(series, days=1)
    services.send_reminders()

    services.sign_up(user=counsellor, series=series, client=people[1])

    assert services.send_reminders(now=timezone.now() + timedelta(minutes=5)) == 1
    assert meeting.reminders.count() == 2
