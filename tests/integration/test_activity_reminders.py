"""Reminders for tomorrow's group meeting travel beat → send_reminders → outbox rows →
Redis → Celery worker → the SMTP server on loopback, each in the participant's language,
and once each however often beat runs the task."""

import email
import time
from email.policy import default as default_policy

import pytest

from activities import services
from activities.models import Reminder
from counselling.models import OutgoingMessage
from tests.activities.conftest import make_client, make_meeting, make_series
from tests.support import wait_for

pytestmark = pytest.mark.integration


def test_reminders_reach_each_participant_once_in_their_language(
    workers, smtp_server, office_a, counsellor
):
    series = make_series(office_a, counsellor, capacity=5)
    people = {
        "svetlana@example.org": make_client(
            office_a, counsellor, "Svetlana", email="svetlana@example.org", language="ru"
        ),
        "kadri@example.org": make_client(
            office_a, counsellor, "Kadri", email="kadri@example.org", language="et"
        ),
    }
    silent = make_client(office_a, counsellor, "Nina", email="nina@example.org", consent=False)
    for person in [*people.values(), silent]:
        services.sign_up(user=counsellor, series=series, client=person)
    meeting = make_meeting(series, days=1, place="Library, hall B")
    workers.env["ACTIVITY_REMINDER_SECONDS"] = "1"  # beat runs the task every second

    workers.start()

    assert wait_for(lambda: len(smtp_server.messages) >= 2, timeout=60), workers.logs()
    time.sleep(4)  # several more beat runs and sweeps: none may send a second copy
    assert len(smtp_server.messages) == 2, workers.logs()
    received = {
        sent["To"]: sent
        for sent in (
            email.message_from_bytes(raw, policy=default_policy) for raw in smtp_server.messages
        )
    }
    assert set(received) == set(people)
    for address, hello in (
        ("svetlana@example.org", "Здравствуйте!"),
        ("kadri@example.org", "Tere!"),
    ):
        text = received[address].get_body(("plain",)).get_content()
        html = received[address].get_body(("html",)).get_content()
        assert hello in text and hello in html
        assert "Library, hall B" in text
        assert series.title in received[address]["Subject"]
    assert received["kadri@example.org"]["Auto-Submitted"] == "auto-generated"
    assert Reminder.objects.filter(meeting=meeting).count() == 2
    assert set(OutgoingMessage.objects.values_list("status", flat=True)) == {"sent"}
