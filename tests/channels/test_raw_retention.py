"""Raw inbound data that never became an inquiry is deleted after RAW_UNACCEPTED_DAYS;
what did become one is kept with it."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from channels import tasks
from channels.models import Inquiry, RawSubmission
from counselling.models import AuditAction, AuditEvent


def _aged(raw: RawSubmission, days: int) -> RawSubmission:
    RawSubmission.objects.filter(pk=raw.pk).update(
        received_at=timezone.now() - timedelta(days=days)
    )
    return raw


def test_unaccepted_raw_data_is_dropped_after_its_period_and_accepted_data_kept(
    client, office_a, settings
):
    settings.RAW_UNACCEPTED_DAYS = 30
    response = client.post(reverse("contact"), {"message": "no consent, no e-mail"})
    assert response.status_code == 400
    invalid = _aged(RawSubmission.objects.get(), days=31)
    kept = RawSubmission.objects.create
    refused = _aged(kept(channel="email", payload=b"x", accepted=False), days=45)
    recent = _aged(kept(channel="web_form", payload=b"y"), days=29)
    unparsed = _aged(kept(channel="email", payload=b"w"), days=45)  # poll retries it
    accepted = _aged(kept(channel="email", payload=b"z", accepted=True), days=400)
    inquiry = Inquiry.objects.create(
        channel="email", office=office_a, due_at=timezone.now(), raw=accepted
    )

    assert tasks.drop_unaccepted_raw() == 2

    assert set(RawSubmission.objects.values_list("pk", flat=True)) == {
        recent.pk,
        unparsed.pk,
        accepted.pk,
    }
    assert not RawSubmission.objects.filter(pk__in=[invalid.pk, refused.pk]).exists()
    assert Inquiry.objects.get(pk=inquiry.pk).raw == accepted
    event = AuditEvent.objects.get(action=AuditAction.DELETE)
    assert event.detail == {"raw_submissions": 2, "older_than_days": 30}
