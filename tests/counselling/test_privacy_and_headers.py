import io
import json
import logging
import subprocess
import sys

from django.urls import reverse

from tests.conftest import PASSWORD


def test_logs_are_json_lines_carrying_the_request_id(client, rf):
    configured = logging.getLogger().handlers[0]
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(configured.formatter)
    for log_filter in configured.filters:
        handler.addFilter(log_filter)
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    try:
        response = client.get("/no/such/page/")
    finally:
        logger.removeHandler(handler)

    line = json.loads(stream.getvalue().strip().splitlines()[-1])
    assert line["message"] == "Not Found: /no/such/page/"
    assert line["level"] == "WARNING"
    assert line["request_id"] == response["X-Request-ID"]


def test_nothing_personal_reaches_the_logs(client, counsellor, client_a, sign_in, caplog):
    caplog.set_level(logging.DEBUG)

    client.post(reverse("login"), {"username": "Password-In-The-Wrong-Box", "password": "x"})
    for _ in range(6):
        client.post(reverse("login"), {"username": "mari", "password": "wrong"})
    client.post(reverse("password_reset"), {"email": "mari@example.org"})
    sign_in(counsellor).get(reverse("client-detail", args=[client_a.pk]))

    logged = "\n".join(f"{record.getMessage()} {record.__dict__}" for record in caplog.records)
    for personal in [
        "mari@example.org",
        "Olena",
        "Kovalenko",
        PASSWORD,
        "Password-In-The-Wrong-Box",
        "'mari'",
        '"mari"',
    ]:
        assert personal not in logged, personal


def test_pages_send_a_content_security_policy_without_inline_scripts(client):
    response = client.get(reverse("login"))

    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_pages_have_no_inline_scripts(client, counsellor, sign_in):
    for url in [reverse("login"), reverse("password_reset")]:
        html = client.get(url).content.decode()
        assert "<script>" not in html and "<script type" not in html, url
        assert "onclick=" not in html and "onload=" not in html, url


def test_session_cookie_is_http_only(client, counsellor):
    response = client.post(reverse("login"), {"username": "mari", "password": PASSWORD})

    assert response.cookies["sessionid"]["httponly"]
    assert response.cookies["sessionid"]["samesite"] == "Lax"


def test_production_settings_secure_cookies_hsts_and_https(settings):
    names = [
        "DEBUG",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SECURE_HSTS_SECONDS",
        "SECURE_SSL_REDIRECT",
        "X_FRAME_OPTIONS",
        "SESSION_COOKIE_HTTPONLY",
    ]
    script = (
        "import json, counselling.settings as s; print(json.dumps({n: getattr(s, n) for n in %r}))"
    )
    env = {"PATH": "/usr/bin:/bin", "SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "silta.example.org"}
    result = subprocess.run(
        [sys.executable, "-c", script % names],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )

    production = json.loads(result.stdout)
    assert production == {
        "DEBUG": False,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_SSL_REDIRECT": True,
        "X_FRAME_OPTIONS": "DENY",
        "SESSION_COOKIE_HTTPONLY": True,
    }
