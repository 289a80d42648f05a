import subprocess
import sys

import pytest
from django.conf import settings
from django.urls import reverse
from django_otp.oath import totp

from counselling.models import Role, User
from tests.conftest import PASSWORD, make_user, totp_device


def current_code(device) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def sign_in_with_password(client, username, password=PASSWORD):
    return client.post(reverse("login"), {"username": username, "password": password})


def test_counsellor_signs_in_and_lands_on_my_work(client, counsellor):
    response = sign_in_with_password(client, "mari")

    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    assert client.get(reverse("home")).status_code == 200


def test_wrong_password_shows_an_error_on_the_form(client, counsellor):
    response = sign_in_with_password(client, "mari", "not the password")

    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert "_auth_user_id" not in client.session


def test_sign_in_locks_after_repeated_failures(client, counsellor):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in_with_password(client, "mari", "guess")

    response = sign_in_with_password(client, "mari")  # even the right password now

    assert response.status_code == 429
    assert b"Too many attempts" in response.content
    assert "_auth_user_id" not in client.session


def test_lockout_of_one_account_does_not_lock_a_colleague(client, counsellor, colleague):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in_with_password(client, "mari", "guess")

    assert sign_in_with_password(client, "oksana").status_code == 302


def test_coordinator_with_password_only_sees_nothing_but_the_two_factor_page(client, coordinator):
    device = totp_device(coordinator)
    sign_in_with_password(client, "kristi")

    for name in ["home", "client-list", "audit-log", "account"]:
        response = client.get(reverse(name))
        assert response.status_code == 302, name
        assert response["Location"] == reverse("two-factor"), name
    assert client.get("/api/v1/clients/").status_code == 403

    response = client.post(reverse("two-factor"), {"code": current_code(device)})
    assert response.status_code == 302
    assert client.get(reverse("audit-log")).status_code == 200


def test_coordinator_without_a_device_is_sent_to_set_one_up(client, coordinator):
    sign_in_with_password(client, "kristi")

    response = client.get(reverse("two-factor"), follow=True)

    assert response.redirect_chain[-1][0] == reverse("two-factor-setup")
    assert "secret" in response.context
    assert b"<svg" in response.content


def test_wrong_two_factor_code_is_refused_with_a_message(client, coordinator):
    device = totp_device(coordinator)
    sign_in_with_password(client, "kristi")
    wrong = f"{(int(current_code(device)) + 1) % 1000000:06d}"

    response = client.post(reverse("two-factor"), {"code": wrong})

    assert response.status_code == 200
    assert response.context["form"].errors["code"]
    assert client.get(reverse("home"))["Location"] == reverse("two-factor")


def test_counsellor_can_turn_on_two_factor_and_is_then_asked_for_it(client, counsellor):
    sign_in_with_password(client, "mari")
    client.get(reverse("two-factor-setup"))
    device = counsellor.totpdevice_set.get(confirmed=False)

    response = client.post(reverse("two-factor-setup"), {"code": current_code(device)})

    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    client.post(reverse("logout"))
    sign_in_with_password(client, "mari")
    assert client.get(reverse("home"))["Location"] == reverse("two-factor")


def test_user_with_a_device_cannot_add_another_to_skip_the_code(client, counsellor):
    totp_device(counsellor)
    sign_in_with_password(client, "mari")

    response = client.get(reverse("two-factor-setup"))

    assert response["Location"] == reverse("two-factor")
    assert counsellor.totpdevice_set.count() == 1


def test_admin_site_needs_the_admin_role_and_two_factor(
    client, administrator, coordinator, sign_in
):
    assert sign_in(coordinator).get("/admin/").status_code == 302
    client.logout()
    sign_in_with_password(client, "anu")
    assert client.get("/admin/")["Location"] == reverse("two-factor")
    client.logout()
    assert sign_in(administrator).get("/admin/").status_code == 200


def test_api_token_needs_the_two_factor_code_for_coordinators(client, coordinator):
    device = totp_device(coordinator)
    url = reverse("api-token")

    without = client.post(url, {"username": "kristi", "password": PASSWORD})
    with_code = client.post(
        url, {"username": "kristi", "password": PASSWORD, "code": current_code(device)}
    )

    assert without.status_code == 400
    assert "code" in without.json()
    assert with_code.status_code == 200
    token = with_code.json()["token"]
    assert (
        client.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Token {token}").json()["role"]
        == "coordinator"
    )


def test_api_token_refuses_wrong_passwords_and_serves_staff_and_partner_users(
    client, counsellor, partner
):
    url = reverse("api-token")

    assert client.post(url, {"username": "mari", "password": "nope"}).status_code == 400
    assert client.post(url, {"username": "mari", "password": PASSWORD}).status_code == 200
    # A partner user's token reads their organisation's referrals and nothing else
    # (tests/referrals/test_api.py, and the permission matrix for every other route).
    assert client.post(url, {"username": "tiina", "password": PASSWORD}).status_code == 200


def test_passwords_are_hashed_with_argon2_in_production_settings():
    from counselling import settings as production

    assert production.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")


def test_production_settings_pass_check_deploy_without_warnings(tmp_path):
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "counselling.settings",
        "SECRET_KEY": "a-long-random-production-secret-" + "k" * 40 + "-!@#$%",
        "ALLOWED_HOSTS": "silta.example.org",
        "DATABASE_URL": "postgres://silta@db.invalid:5432/silta",
        "REDIS_URL": "redis://redis.invalid:6379/0",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "counselling.settings"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.ADMIN])
def test_roles_with_wide_access_require_two_factor(db, role):
    assert make_user("x", role).requires_two_factor


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.COUNSELLOR, Role.PARTNER])
def test_other_roles_may_choose_two_factor(db, role):
    assert not make_user("x", role).requires_two_factor


def test_createsuperuser_makes_an_administrator_who_must_set_up_two_factor(db, client):
    from django.core.management import call_command

    call_command("createsuperuser", username="root", email="root@example.org", interactive=False)
    user = User.objects.get(username="root")
    assert user.role == Role.ADMIN and user.requires_two_factor
    user.set_password(PASSWORD)
    user.save()

    client.post(reverse("login"), {"username": "root", "password": PASSWORD})

    assert client.get("/admin/")["Location"].startswith("/account/two-factor/")
