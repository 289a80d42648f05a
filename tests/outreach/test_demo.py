from django.core.management import call_command

from outreach.models import OutreachContact, OutreachEvent, Tally


def test_the_demo_has_two_itakeskus_pop_ups_with_tallies_sessions_and_contacts(db):
    call_command("load_demo")
    past = OutreachEvent.objects.filter(office__code="helsinki-itakeskus", tallies__isnull=False)
    events = list(past.distinct().order_by("starts_at"))

    assert len(events) == 2
    assert all(event.sessions.exists() for event in events)
    assert Tally.objects.filter(event__in=events, count__gt=0).count() > 10
    contacts = OutreachContact.objects.select_related("inquiry")
    assert contacts.count() == 2
    assert {c.inquiry.office.code for c in contacts} == {"helsinki-itakeskus"}
    assert contacts.filter(inquiry__client__isnull=False).count() == 1

    assert OutreachEvent.objects.count() == 3  # and the next pop-up, planned
    call_command("load_demo")
    assert OutreachEvent.objects.count() == 3
