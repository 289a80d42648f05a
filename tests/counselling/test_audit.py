import pytest
from django.db import IntegrityError, connection, transaction
from django.db.utils import InternalError, ProgrammingError
from django.urls import reverse

from counselling.models import AuditAction, AuditEvent


def test_viewing_a_client_writes_an_audit_event(client_a, counsellor, sign_in):
    response = sign_in(counsellor).get(reverse("client-detail", args=[client_a.pk]))

    assert response.status_code == 200
    event = AuditEvent.objects.get(action=AuditAction.VIEW, client_id=client_a.pk)
    assert event.actor_id == counsellor.pk
    assert event.actor_role == "counsellor"
    assert event.object_type == "clients.client"
    assert event.ip_address == "127.0.0.1"
    assert event.request_id == response["X-Request-ID"]


def test_client_list_audits_which_clients_were_shown(client_a, counsellor, sign_in):
    sign_in(counsellor).get(reverse("client-list"))

    event = AuditEvent.objects.get(detail__list="clients")
    assert event.detail["clients"] == [client_a.pk]


def test_api_read_of_a_client_is_audited(client_a, counsellor, sign_in):
    response = sign_in(counsellor).get(f"/api/v1/clients/{client_a.pk}/")

    assert response.status_code == 200
    assert AuditEvent.objects.filter(client_id=client_a.pk, detail__via="api").count() == 1


def test_audit_event_cannot_be_changed_through_the_orm(client_a, counsellor):
    event = AuditEvent.objects.create(actor_id=counsellor.pk, action=AuditAction.VIEW)
    event.action = AuditAction.DELETE

    with pytest.raises(ValueError):
        event.save()
    with pytest.raises(ValueError):
        event.delete()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE counselling_auditevent SET action = 'delete'",
        "DELETE FROM counselling_auditevent",
    ],
)
def test_database_refuses_to_rewrite_audit_history(db, statement):
    AuditEvent.objects.create(action=AuditAction.LOGIN)

    with (
        pytest.raises((InternalError, ProgrammingError, IntegrityError)),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(statement)
    assert AuditEvent.objects.filter(action=AuditAction.LOGIN).count() == 1


def test_bulk_queryset_update_and_delete_are_refused_too(db):
    AuditEvent.objects.create(action=AuditAction.LOGIN)

    with pytest.raises((InternalError, ProgrammingError)), transaction.atomic():
        AuditEvent.objects.update(action="delete")
    with pytest.raises((InternalError, ProgrammingError)), transaction.atomic():
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.get().action == AuditAction.LOGIN


def test_admin_offers_no_way_to_add_change_or_delete_audit_events(administrator, sign_in):
    event = AuditEvent.objects.create(action=AuditAction.LOGIN)
    browser = sign_in(administrator)

    assert browser.get(reverse("admin:counselling_auditevent_changelist")).status_code == 200
    assert browser.get(reverse("admin:counselling_auditevent_add")).status_code == 403
    assert (
        browser.post(reverse("admin:counselling_auditevent_delete", args=[event.pk])).status_code
        == 403
    )
    response = browser.post(
        reverse("admin:counselling_auditevent_change", args=[event.pk]), {"action": "delete"}
    )
    assert response.status_code == 403
    assert AuditEvent.objects.filter(pk=event.pk, action=AuditAction.LOGIN).exists()


def test_signing_in_and_out_is_audited(counsellor, client):
    from tests.conftest import PASSWORD

    client.post(reverse("login"), {"username": "mari", "password": PASSWORD})
    client.post(reverse("logout"))
    client.post(reverse("login"), {"username": "mari", "password": "wrong"})

    actions = list(AuditEvent.objects.order_by("id").values_list("action", flat=True))
    assert actions == [AuditAction.LOGIN, AuditAction.LOGOUT, AuditAction.LOGIN_FAILED]


def test_an_event_about_an_object_is_filed_under_its_client_and_office(
    client_a, counsellor, office_b
):
    from counselling import audit
    from counselling.models import CounsellingSession

    session = CounsellingSession.objects.create(
        client=client_a, counsellor=counsellor, office=office_b
    )

    event = audit.record(actor=counsellor, action=AuditAction.VIEW, obj=session)

    # Office B's coordinators read it, though the counsellor's home office is A.
    assert (event.client_id, event.office_id) == (client_a.pk, office_b.pk)
