"""Bad input at every boundary the platform has: a clear message and a 4xx, never a 500."""

import json

import pytest
from django.conf import settings
from django.test import Client as BrowserClient
from django.urls import reverse

from counselling.models import AuditEvent
from tests.conftest import PASSWORD


def test_unknown_language_code_is_a_clear_400(client):
    response = client.post(reverse("set-language"), {"language": "xx", "next": "/"})

    assert response.status_code == 400
    assert b"That language is not available." in response.content
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


def test_language_switch_never_redirects_off_site(client):
    response = client.post(
        reverse("set-language"), {"language": "et", "next": "https://evil.example/"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/"


def test_unknown_language_prefix_in_a_url_is_a_404_page(client):
    response = client.get("/xx/contact/")

    assert response.status_code == 404
    assert b"We could not find that page." in response.content


@pytest.mark.parametrize(
    "header",
    ["Token not-a-real-token", "Token", "Token a b", "Bearer abc", "Basic !!!notbase64"],
)
def test_malformed_api_tokens_get_a_json_401_or_403(client, client_a, header):
    response = client.get("/api/v1/clients/", HTTP_AUTHORIZATION=header)

    assert response.status_code in {401, 403}
    assert "detail" in response.json()


def test_malformed_password_reset_link_explains_itself(client, counsellor):
    response = client.get(
        reverse("password_reset_confirm", args=["!!", "not-a-token"]), follow=True
    )

    assert response.status_code == 200
    assert not response.context["validlink"]
    assert b"This link is not valid any more." in response.content


def test_forged_csrf_is_refused_with_an_explanation(counsellor):
    browser = BrowserClient(enforce_csrf_checks=True)

    response = browser.post(reverse("login"), {"username": "mari", "password": PASSWORD})

    assert response.status_code == 403
    assert b"Your form had expired or came from another site." in response.content
    assert "_auth_user_id" not in browser.session


def test_forged_csrf_on_the_api_with_a_session_is_refused_as_json(counsellor):
    browser = BrowserClient(enforce_csrf_checks=True)
    browser.force_login(counsellor)

    response = browser.post("/api/v1/auth/token/", {"username": "mari", "password": PASSWORD})

    # The token endpoint takes no session, so CSRF does not apply; a session POST elsewhere does.
    assert response.status_code == 200
    response = browser.post(reverse("logout"))
    assert response.status_code == 403


def test_oversized_form_post_is_a_400_page(client):
    body = "username=" + "a" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 10)

    response = client.post(reverse("login"), body, content_type="application/x-www-form-urlencoded")

    assert response.status_code == 400
    assert b"It may be too large or malformed." in response.content


def test_oversized_api_request_is_a_400_json(client):
    body = json.dumps(
        {"username": "a" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 10), "password": "x"}
    )

    response = client.post("/api/v1/auth/token/", body, content_type="application/json")

    assert response.status_code == 400
    assert "detail" in response.json()


def test_malformed_json_to_the_api_is_a_400(client):
    response = client.post("/api/v1/auth/token/", "{not json", content_type="application/json")

    assert response.status_code == 400
    assert "detail" in response.json()


def test_wrong_credentials_on_the_api_are_a_400_json_and_audited(client, counsellor):
    response = client.post("/api/v1/auth/token/", {"username": "mari", "password": "wrong"})

    assert response.status_code == 400
    assert response.json()["detail"] == "Wrong username or password."
    assert AuditEvent.objects.filter(action="login_failed", detail__via="api").count() == 1


def test_wrong_credentials_in_the_browser_keep_the_user_on_the_form(client, counsellor):
    response = client.post(reverse("login"), {"username": "mari", "password": "wrong"})

    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "client=abc",
        "user=999999",
        "since=31-31-2026",
        "before=notacursor",
        "before=1e999:1",
        "before=99999999999999.0:1",
    ],
)
def test_bad_audit_filters_show_form_errors_not_500(coordinator, sign_in, query):
    response = sign_in(coordinator).get(reverse("audit-log") + "?" + query)

    assert response.status_code == 200
    assert response.context["form"].errors


def test_non_numeric_object_id_is_a_404(counsellor, sign_in):
    assert sign_in(counsellor).get("/clients/abc/").status_code == 404


def test_too_many_form_fields_is_a_400(client):
    body = "&".join(f"f{i}=1" for i in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 5))

    response = client.post(reverse("login"), body, content_type="application/x-www-form-urlencoded")

    assert response.status_code == 400


def test_a_strange_object_id_in_the_admin_is_not_a_500(administrator, sign_in):
    response = sign_in(administrator).get("/admin/clients/client/%C2%B2/change/")

    assert response.status_code in {302, 404}
