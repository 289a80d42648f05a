"""Every UI language is a content language too: the checks README's "Adding a language"
steps make true, so a language added half-way fails here rather than on a reader."""

from pathlib import Path

from django.conf import settings

from clients import taxonomy
from knowledge.models import Page, Topic

CODES = [code for code, _ in settings.LANGUAGES]


def test_every_language_has_a_search_configuration():
    assert sorted(settings.KNOWLEDGE_SEARCH_CONFIGS) == sorted(CODES)


def test_every_language_has_its_page_and_topic_columns():
    for code in CODES:
        for field in ("title", "summary", "body"):
            Page._meta.get_field(f"{field}_{code}")
        Topic._meta.get_field(f"name_{code}")


def test_every_language_has_topic_names_and_a_catalogue():
    assert taxonomy.LANGUAGES == CODES
    for code in CODES:
        assert (Path(settings.LOCALE_PATHS[0]) / code / "LC_MESSAGES" / "django.po").exists()
