"""The demo's volunteers: a dozen in Tartu and Helsinki, matched and checked in on, a
peer counsellor's account that sees its own matches, and something for the alerts."""

from django.core.management import call_command
from django.utils import timezone

from counselling.models import Role, User
from volunteers import selectors
from volunteers.access import matches_for, volunteers_for
from volunteers.models import CheckIn, Match, Volunteer


def test_demo_volunteers_with_matches_check_ins_and_alerts(db):
    call_command("load_demo")
    today = timezone.localdate()

    assert Volunteer.objects.count() == 12
    assert {"ar", "prs", "ti", "ru", "uk", "so"} <= {
        code for codes in Volunteer.objects.values_list("languages", flat=True) for code in codes
    }
    assert Match.objects.count() >= 8 and CheckIn.objects.count() >= 15
    peer = User.objects.get(username="volunteer.peer")
    assert peer.role == Role.VOLUNTEER and matches_for(peer).count() == 1
    coordinator = User.objects.get(username="coordinator")
    assert selectors.expiring_checks(volunteers_for(coordinator), today=today).exists()
    assert selectors.quiet_matches(matches_for(coordinator), today=today).exists()

    call_command("load_demo")
    assert Volunteer.objects.count() == 12, "a second run adds none"
