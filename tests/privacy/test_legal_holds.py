"""A coordinator places a legal hold on a client (an open complaint) and lifts it; the
client page says so, another office's client is a 404, and both steps are audited."""

import pytest
from django.utils import translation

from counselling.models import AuditAction, AuditEvent
from privacy.models import LegalHold


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


def test_coordinator_places_a_hold_and_the_client_page_shows_it(
    sign_in, coordinator, client, client_a
):
    sign_in(coordinator)
    response = client.post(f"/privacy/clients/{client_a.pk}/hold/", {"reason": "Open complaint"})
    assert response.status_code == 302
    hold = LegalHold.objects.active().get(client=client_a)
    assert hold.placed_by == coordinator
    page = client.get(client_a.get_absolute_url()).content.decode()
    assert "Nothing of this client is anonymised or erased: Open complaint" in page
    event = AuditEvent.objects.get(action=AuditAction.CREATE, object_type="privacy.legalhold")
    assert (event.client_id, event.object_id) == (client_a.pk, hold.pk)


def test_a_second_hold_is_refused_with_the_reason(sign_in, coordinator, client, client_a):
    sign_in(coordinator)
    client.post(f"/privacy/clients/{client_a.pk}/hold/", {"reason": "Open complaint"})
    response = client.post(f"/privacy/clients/{client_a.pk}/hold/", {"reason": "Court case"})
    assert response.status_code == 400
    assert "already under a legal hold" in response.content.decode()
    assert LegalHold.objects.filter(client=client_a).count() == 1


def test_a_hold_needs_a_reason(sign_in, coordinator, client, client_a):
    sign_in(coordinator)
    response = client.post(f"/privacy/clients/{client_a.pk}/hold/", {"reason": "  "})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert not LegalHold.objects.exists()


def test_lifting_ends_the_hold_once(sign_in, coordinator, client, client_a):
    sign_in(coordinator)
    hold = LegalHold.objects.create(client=client_a, reason="Complaint", placed_by=coordinator)
    url = f"/privacy/holds/{hold.pk}/lift/"
    assert client.post(url, {"reason": "Complaint answered"}).status_code == 302
    hold.refresh_from_db()
    assert (hold.is_active, hold.lifted_by, hold.lift_reason) == (
        False,
        coordinator,
        "Complaint answered",
    )
    again = client.post(url, {"reason": "Again"})
    assert again.status_code == 400
    assert "already been lifted" in again.content.decode()
    page = client.get(client_a.get_absolute_url()).content.decode()
    assert "No legal hold: the retention rules apply." in page


def test_another_offices_client_is_not_found(sign_in, coordinator, client, client_b):
    sign_in(coordinator)
    assert client.post(f"/privacy/clients/{client_b.pk}/hold/", {"reason": "x"}).status_code == 404
    hold = LegalHold.objects.create(client=client_b, reason="x", placed_by=coordinator)
    assert client.post(f"/privacy/holds/{hold.pk}/lift/", {"reason": "x"}).status_code == 404
    assert LegalHold.objects.active().filter(client=client_b).exists()


def test_counsellors_see_a_hold_but_cannot_place_or_lift_it(
    sign_in, counsellor, coordinator, client, client_a
):
    LegalHold.objects.create(client=client_a, reason="Complaint", placed_by=coordinator)
    sign_in(counsellor)
    page = client.get(client_a.get_absolute_url()).content.decode()
    # That there is a hold, not why: the reason is for coordinators.
    assert "while a legal hold is in place" in page
    assert "Complaint" not in page
    assert "Lift the hold" not in page
    assert client.post(f"/privacy/clients/{client_a.pk}/hold/", {"reason": "x"}).status_code == 403
