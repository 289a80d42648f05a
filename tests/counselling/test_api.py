import re

from django.core.management import call_command

from clients.models import Client
from counselling.models import AuditAction, AuditEvent, Case


def test_openapi_schema_generates_without_warnings(db, tmp_path):
    target = tmp_path / "schema.yml"

    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))

    schema = target.read_text()
    assert "/api/v1/clients/{id}/:" in schema
    assert "/api/v1/auth/token/:" in schema
    assert "tokenAuth" in schema


def test_api_docs_page_loads_its_assets_from_our_own_server(counsellor, sign_in):
    response = sign_in(counsellor).get("/api/docs/")

    assert response.status_code == 200
    html = response.content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources, html
    assert all(source.startswith("/") and not source.startswith("//") for source in sources), (
        sources
    )


def test_client_list_is_paginated(office_a, counsellor, sign_in):
    for number in range(55):
        client = Client.objects.create(given_name=f"Person{number:02d}", family_name="Test")
        Case.objects.create(client=client, office=office_a)

    first = sign_in(counsellor).get("/api/v1/clients/").json()

    assert first["count"] == 55
    assert len(first["results"]) == 50
    assert first["next"].endswith("?page=2")


def test_audit_events_filter_by_user_and_client(coordinator, counsellor, client_a, sign_in):
    AuditEvent.objects.create(
        actor_id=counsellor.pk, action=AuditAction.VIEW, client_id=client_a.pk
    )
    AuditEvent.objects.create(actor_id=counsellor.pk, action=AuditAction.LOGIN)
    AuditEvent.objects.create(actor_id=coordinator.pk, action=AuditAction.LOGIN)
    api = sign_in(coordinator)

    by_user = api.get(f"/api/v1/audit-events/?actor={counsellor.pk}").json()["results"]
    by_client = api.get(f"/api/v1/audit-events/?client={client_a.pk}").json()["results"]

    assert {row["actor_id"] for row in by_user} == {counsellor.pk}
    assert len(by_user) == 2
    assert [row["client_id"] for row in by_client] == [client_a.pk]


def test_audit_events_are_read_only_over_the_api(coordinator, sign_in):
    event = AuditEvent.objects.create(action=AuditAction.LOGIN)
    api = sign_in(coordinator)

    assert api.delete(f"/api/v1/audit-events/{event.pk}/").status_code in {404, 405}
    assert api.post("/api/v1/audit-events/", {"action": "view"}).status_code == 405
    assert AuditEvent.objects.filter(pk=event.pk).exists()
