from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from counselling.models import AuditAction, AuditEvent
from counselling.selectors import AUDIT_PAGE_SIZE


def seed(count, **fields):
    start = timezone.now() - timedelta(days=1)
    AuditEvent.objects.bulk_create(
        AuditEvent(occurred_at=start + timedelta(seconds=i), action=AuditAction.VIEW, **fields)
        for i in range(count)
    )


def shown(response):
    return [event.pk for event in response.context["events"]]


def test_coordinator_filters_the_audit_log_by_user(
    coordinator, counsellor, colleague, office_a, sign_in
):
    seed(3, actor_id=counsellor.pk, office_id=office_a.pk)
    seed(2, actor_id=colleague.pk, office_id=office_a.pk)

    response = sign_in(coordinator).get(reverse("audit-log"), {"user": counsellor.pk})

    assert len(shown(response)) == 3
    assert {event.actor for event in response.context["events"]} == {counsellor}


def test_coordinator_filters_the_audit_log_by_client_number(
    coordinator, client_a, office_a, sign_in
):
    seed(2, client_id=client_a.pk, office_id=office_a.pk)
    seed(4, office_id=office_a.pk)

    response = sign_in(coordinator).get(reverse("audit-log"), {"client": client_a.reference})

    assert len(shown(response)) == 2
    assert client_a.reference.encode() in response.content


def test_coordinator_filters_by_date(coordinator, office_a, sign_in):
    AuditEvent.objects.create(
        occurred_at=timezone.now() - timedelta(days=10), action="view", office_id=office_a.pk
    )
    recent = AuditEvent.objects.create(action="view", office_id=office_a.pk)
    today = timezone.localdate()

    response = sign_in(coordinator).get(
        reverse("audit-log"), {"since": today - timedelta(days=1), "until": today}
    )

    assert shown(response) == [recent.pk]


def test_older_events_page_through_without_gaps_or_repeats(
    coordinator, counsellor, office_a, sign_in
):
    seed(AUDIT_PAGE_SIZE * 2 + 7, actor_id=counsellor.pk, office_id=office_a.pk)
    browser = sign_in(coordinator)
    seen, params = [], {"user": counsellor.pk}

    while True:
        response = browser.get(reverse("audit-log"), params)
        seen += shown(response)
        if not response.context["next_cursor"]:
            break
        params = {"user": counsellor.pk, "before": response.context["next_cursor"]}

    expected = list(
        AuditEvent.objects.filter(actor_id=counsellor.pk)
        .order_by("-occurred_at", "-id")
        .values_list("pk", flat=True)
    )
    assert seen == expected


def test_coordinator_does_not_see_another_offices_trail(
    coordinator, counsellor_b, office_b, sign_in
):
    seed(3, actor_id=counsellor_b.pk, office_id=office_b.pk)

    response = sign_in(coordinator).get(reverse("audit-log"))

    assert not [event for event in response.context["events"] if event.office_id == office_b.pk]


def test_counsellor_cannot_read_the_audit_log(counsellor, sign_in):
    assert sign_in(counsellor).get(reverse("audit-log")).status_code == 403


def test_audit_page_runs_a_fixed_number_of_queries(
    coordinator, counsellor, office_a, sign_in, django_assert_num_queries
):
    seed(AUDIT_PAGE_SIZE + 5, actor_id=counsellor.pk, office_id=office_a.pk)
    browser = sign_in(coordinator)
    browser.get(reverse("audit-log"))  # warm the session

    # 1 session, 2 user, 3 OTP device, 4 the viewer's office ids, 5 the user filter's
    # validation, 6 one page of events, 7 the actors on it, 8 the viewer's home office
    # and 9 the audit event for this read, 10 the user choices rendered in the filter form
    with django_assert_num_queries(10):
        response = browser.get(reverse("audit-log"), {"user": counsellor.pk})
    assert len(shown(response)) == AUDIT_PAGE_SIZE
