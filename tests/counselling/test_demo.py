from django.core.management import call_command

from clients.models import Client
from counselling.models import Case, Office, Role, User


def _snapshot():
    return {
        model.__name__: sorted(model.objects.values_list("pk", flat=True))
        for model in (Office, User, Client, Case)
    }


def test_demo_data_loads_once_and_a_second_run_changes_nothing(db, capsys):
    call_command("load_demo")
    first = _snapshot()
    passwords = dict(User.objects.values_list("username", "password"))

    call_command("load_demo")

    assert _snapshot() == first
    assert dict(User.objects.values_list("username", "password")) == passwords
    assert "already loaded; nothing changed" in capsys.readouterr().out


def test_demo_has_the_accounts_the_readme_lists(db):
    call_command("load_demo")
    roles = dict(User.objects.values_list("username", "role"))

    assert roles["reception"] == Role.RECEPTIONIST
    assert roles["counsellor"] == Role.COUNSELLOR
    assert roles["counsellor.narva"] == Role.COUNSELLOR
    assert roles["coordinator"] == Role.COORDINATOR
    assert roles["admin"] == Role.ADMIN
    assert roles["partner"] == Role.PARTNER
    assert User.objects.get(username="counsellor").offices.get().city == "Tallinn"
    assert User.objects.get(username="counsellor.narva").offices.get().city == "Narva"
    assert User.objects.get(username="counsellor").check_password("silta-demo")


def test_demo_partner_user_sees_referrals_of_their_organisation(db):
    from referrals.access import referrals_for
    from referrals.models import Referral

    call_command("load_demo")
    partner = User.objects.get(username="partner")

    statuses = set(Referral.objects.values_list("status", flat=True))
    assert {"sent", "accepted", "completed", "declined", "withdrawn"} <= statuses
    assert referrals_for(partner).exists()
    assert all(r.consent.client_id == r.client_id for r in Referral.objects.all())
