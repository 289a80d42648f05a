"""Two coordinators matching the same client for the same kind at the same moment: the
client's row lock lets one through; the other is refused by the overlap rule."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from volunteers import services
from volunteers.models import Match

from .conftest import TODAY, make_volunteer


@pytest.mark.django_db(transaction=True)
def test_two_matches_racing_for_the_same_client_and_kind_one_wins(newcomer, office_a, coordinator):
    volunteers = [make_volunteer(name, office_a) for name in ("First", "Second")]
    start = threading.Barrier(2)
    outcomes = []

    def match(volunteer):
        try:
            start.wait()
            services.make_match(
                user=coordinator,
                client=newcomer,
                volunteer=volunteer,
                office=office_a,
                kind="adaptation_mentor",
                starts_on=TODAY,
                shared_fields=["first_name"],
            )
            outcomes.append("matched")
        except ValidationError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=match, args=(v,)) for v in volunteers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["matched", "refused"]
    assert Match.objects.count() == 1
