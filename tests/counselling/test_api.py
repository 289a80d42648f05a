import re

from django.core.management import call_command

from clients.models import Client
from counselling.models import AuditAction, AuditEvent, Case
from tests.conftest import PASSWORD


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


def test_audit_events_filter_by_user_and_client(
    coordinator, counsellor, client_a, office_a, sign_in
):
    AuditEvent.objects.create(
        actor_id=counsellor.pk,
        action=AuditAction.VIEW,
        client_id=client_a.pk,
        office_id=office_a.pk,
    )
    AuditEvent.objects.create(actor_id=counsellor.pk, action=AuditAction.LOGIN)
    AuditEvent.objects.create(actor_id=coordinator.pk, action=AuditAction.LOGIN)
    api = sign_in(coordinator)

    by_user = api.get(f"/api/v1/audit-events/?actor={counsellor.pk}").json()["results"]
    by_client = api.get(f"/api/v1/audit-events/?client={client_a.pk}").json()["results"]

    assert {row["actor_id"] for row in by_user} == {counsellor.pk}
    assert len(by_user) == 2
    assert [row["client_id"] for row in by_client] == [client_a.pk]


def test_a_coordinator_does_not_read_who_looked_at_another_offices_client(
    counsellor, client_a, office_b, sign_in, django_user_model
):
    from tests.conftest import make_user

    sign_in(counsellor).get(f"/api/v1/clients/{client_a.pk}/")
    sign_in(counsellor).post("/clients/", {"q": "kovalenko"})
    narva_coordinator = make_user("narva.coordinator", "coordinator", office_b)

    seen = sign_in(narva_coordinator).get(f"/api/v1/audit-events/?client={client_a.pk}")
    everything = sign_in(narva_coordinator).get("/api/v1/audit-events/").json()["results"]

    assert seen.json()["results"] == []
    assert all(row["actor_id"] != counsellor.pk for row in everything)


def test_a_forged_cursor_is_a_400_not_a_500(coordinator, sign_in):
    import base64

    cursor = base64.b64encode(b"p=garbage").decode()

    response = sign_in(coordinator).get(f"/api/v1/audit-events/?cursor={cursor}")

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"


def test_audit_events_are_read_only_over_the_api(coordinator, sign_in):
    event = AuditEvent.objects.create(action=AuditAction.LOGIN)
    api = sign_in(coordinator)

    assert api.delete(f"/api/v1/audit-events/{event.pk}/").status_code in {404, 405}
    assert api.post("/api/v1/audit-events/", {"action": "view"}).status_code == 405
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_a_token_expires(counsellor, client, settings):
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=counsellor)
    headers = {"HTTP_AUTHORIZATION": f"Token {token.key}"}
    assert client.get("/api/v1/me/", **headers).status_code == 200

    Token.objects.filter(pk=token.pk).update(created=token.created - settings.API_TOKEN_TTL)
    response = client.get("/api/v1/me/", **headers)

    assert response.status_code in {401, 403}
    assert "expired" in response.json()["detail"]
    assert not Token.objects.filter(user=counsellor).exists()


def test_promotion_to_a_two_factor_role_ends_existing_tokens(counsellor, administrator, sign_in):
    from rest_framework.authtoken.models import Token

    Token.objects.create(user=counsellor)
    admin = sign_in(administrator)
    page = admin.get(f"/admin/counselling/user/{counsellor.pk}/change/")
    form = page.context["adminform"].form
    data = {
        name: value
        for name, value in form.initial.items()
        if value is not None and name not in {"password", "last_login", "date_joined"}
    }
    data.update(
        role="coordinator",
        offices=[office.pk for office in counsellor.offices.all()],
        groups=[],
        user_permissions=[],
        date_joined_0=counsellor.date_joined.strftime("%Y-%m-%d"),
        date_joined_1=counsellor.date_joined.strftime("%H:%M:%S"),
    )

    response = admin.post(f"/admin/counselling/user/{counsellor.pk}/change/", data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert not Token.objects.filter(user=counsellor).exists()


def test_a_password_reset_ends_existing_tokens(counsellor, client):
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode
    from rest_framework.authtoken.models import Token

    Token.objects.create(user=counsellor)
    uid = urlsafe_base64_encode(force_bytes(counsellor.pk))
    link = f"/account/reset/{uid}/{default_token_generator.make_token(counsellor)}/"
    form_page = client.get(link, follow=True)
    new_password = "a brand new long passphrase"

    client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": new_password, "new_password2": new_password},
    )

    counsellor.refresh_from_db()
    assert counsellor.check_password(new_password)
    assert not Token.objects.filter(user=counsellor).exists()


def test_signing_in_again_replaces_an_expired_token(counsellor, client, settings):
    from rest_framework.authtoken.models import Token

    old = Token.objects.create(user=counsellor)
    Token.objects.filter(pk=old.pk).update(created=old.created - settings.API_TOKEN_TTL)

    issued = client.post(
        "/api/v1/auth/token/", {"username": counsellor.username, "password": PASSWORD}
    ).json()["token"]

    assert issued != old.key
    assert client.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Token {issued}").status_code == 200
