from datetime import timedelta

from django.conf import settings
from django.core.management import call_command
from django.db.models import F
from django.utils import timezone

from channels.models import Inquiry, InquiryMessage, Visit
from clients.models import Client, Consent
from counselling.models import Case, CounsellingSession, Office, Role, User
from referrals.models import Referral, ReferralEvent
from reports.models import SurveyAnswer, SurveyInvitation


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


def test_demo_gives_the_dashboards_a_year_of_varied_work_and_a_second_load_adds_none(db):
    call_command("load_demo")
    now = timezone.now()
    year_ago = now - timedelta(days=365)
    models = (Inquiry, InquiryMessage, Visit, CounsellingSession, Referral, ReferralEvent)
    models += (Client, Consent, SurveyInvitation, SurveyAnswer)
    counts = {model.__name__: model.objects.count() for model in models}

    inquiries = Inquiry.objects.filter(created_at__gte=year_ago)
    visits = Visit.objects.filter(arrived_at__gte=year_ago)
    outreach = CounsellingSession.objects.filter(started_at__gte=year_ago, channel="outreach")
    channels = set(inquiries.values_list("channel", flat=True))
    assert {"phone", "email", "web_form"} <= channels
    assert visits.count() > 300
    assert outreach.filter(office__code="helsinki-itakeskus").count() > 50
    languages = set(inquiries.values_list("language", flat=True))
    assert len(languages | set(visits.values_list("language", flat=True))) >= 5
    months = {timezone.localtime(at).month for at in inquiries.values_list("created_at", flat=True)}
    assert len(months) == 12
    # The live inbox is still there; the history is answered and closed in order.
    assert Inquiry.objects.filter(status="new").count() == 24
    closed = inquiries.filter(status="closed")
    assert closed.count() > 1000
    assert not closed.filter(first_response_at__isnull=True).exists()
    assert not closed.filter(closed_at__lt=F("first_response_at")).exists()
    assert inquiries.filter(client__isnull=True).exists()
    assert inquiries.filter(channel="phone").exclude(interpreter_language="").exists()
    assert visits.filter(status="left").exists()
    assert not visits.filter(status="served", called_at__isnull=True).exists()

    referrals = Referral.objects.filter(created_at__gte=year_ago)
    accepted = referrals.filter(status__in=["accepted", "completed"]).count()
    assert 0.6 <= accepted / referrals.count() <= 0.8
    assert referrals.filter(status="declined").exclude(decline_reason="").exists()
    assert all(r.consent.client_id == r.client_id for r in referrals.select_related("consent"))

    answers = SurveyAnswer.objects.filter(answered_at__gte=year_ago)
    assert answers.count() > 200
    assert answers.filter(rating__gte=4).count() > answers.count() / 2
    assert answers.exclude(comment="").exists()
    assert not SurveyAnswer.objects.filter(answered_at__gt=now).exists()
    asked = sorted(
        SurveyInvitation.objects.filter(client__isnull=False).values_list("client_id", "created_at")
    )
    window = timedelta(days=settings.SURVEY_WINDOW_DAYS)
    assert all(
        b - a >= window for (x, a), (y, b) in zip(asked, asked[1:], strict=False) if x == y
    ), "a client is asked at most once per survey window"

    call_command("load_demo")

    assert {model.__name__: model.objects.count() for model in models} == counts
