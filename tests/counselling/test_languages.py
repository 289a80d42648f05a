import re
import subprocess

import pytest
from django.conf import settings
from django.urls import reverse

from counselling.models import Case
from tests.conftest import PASSWORD

UI_LANGUAGES = ["en", "et", "ru", "fi", "sv", "uk", "ar"]


def html_tag(response) -> str:
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


def test_every_required_ui_language_is_offered():
    assert [code for code, _name in settings.LANGUAGES] == UI_LANGUAGES


@pytest.mark.parametrize("code", UI_LANGUAGES)
def test_language_switcher_sets_each_language(client, db, code):
    response = client.post(
        reverse("set-language"), {"language": code, "next": reverse("login")}, follow=True
    )

    tag = html_tag(response)
    assert f'lang="{code}"' in tag
    assert f'dir="{"rtl" if code == "ar" else "ltr"}"' in tag
    assert f'<option value="{code}" lang="{code}" selected>' in response.content.decode()


def test_arabic_pages_are_right_to_left(client, db):
    client.post(reverse("set-language"), {"language": "ar"})

    assert 'dir="rtl"' in html_tag(client.get(reverse("login")))
    assert 'dir="rtl"' in html_tag(client.get(reverse("password_reset")))


def test_signed_in_users_keep_their_language_on_their_account(client, counsellor):
    client.post(reverse("login"), {"username": "mari", "password": PASSWORD})
    client.post(reverse("set-language"), {"language": "uk"})
    counsellor.refresh_from_db()
    assert counsellor.language == "uk"

    client.post(reverse("logout"))
    client.cookies.clear()
    client.post(reverse("login"), {"username": "mari", "password": PASSWORD})

    assert 'lang="uk"' in html_tag(client.get(reverse("home")))


def test_pages_are_translated_not_just_labelled(client, db):
    client.post(reverse("set-language"), {"language": "et"})
    estonian = client.get(reverse("login")).content.decode()
    client.post(reverse("set-language"), {"language": "en"})
    english = client.get(reverse("login")).content.decode()

    assert "Forgot your password?" in english
    assert "Forgot your password?" not in estonian


@pytest.mark.parametrize("code", UI_LANGUAGES)
def test_every_catalogue_translates_every_string(code):
    catalogue = settings.BASE_DIR / "locale" / code / "LC_MESSAGES" / "django.po"
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(catalogue)],
        capture_output=True,
        text=True,
    )

    assert result.returncode == 0, result.stderr
    # msgfmt mentions "untranslated" or "fuzzy" only when there are some.
    assert re.fullmatch(r"\d+ translated messages\.\n", result.stderr), result.stderr


def test_english_dates_are_written_day_first_as_in_the_offices(counsellor, client_a, sign_in):
    case = Case.objects.get(client=client_a)

    page = sign_in(counsellor).get(reverse("home")).content.decode()

    assert case.opened_on.strftime("%d.%m.%Y") in page
