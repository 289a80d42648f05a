"""Loads the demo pages (knowledge/demo_pages.py) for `make run`: each translation is
saved as a version and published, as if an editor had written it and a colleague had
reviewed it."""

from django.db import transaction
from django.utils import timezone

from . import search
from .demo_pages import PAGES
from .models import Page, PageLanguage, PageVersion, Topic


@transaction.atomic
def load() -> dict[str, int]:
    if Page.objects.exists():
        _index_missing()  # demo data loaded before search existed
        return {}
    topics = {topic.code: topic for topic in Topic.objects.all()}
    now = timezone.now()
    for item in PAGES:
        texts = item["translations"]
        page = Page.objects.create(
            slug=item["slug"],
            audience=item["audience"],
            source_language="et" if "et" in texts else "en",
            **{
                f"{field}_{language}": text[field]
                for language, text in texts.items()
                for field in ("title", "summary", "body")
            },
        )
        page.topics.set([topics[code] for code in item["topics"] if code in topics])
        for language, text in texts.items():
            PageVersion.objects.create(page=page, language=language, published_at=now, **text)
            PageLanguage.objects.create(
                page=page,
                language=language,
                state=PageLanguage.State.PUBLISHED,
                published_at=now,
                last_reviewed_on=now.date(),
            )
            search.index(page, language)
    return {"knowledge_pages": len(PAGES)}


def _index_missing() -> None:
    for page in Page.objects.filter(search_entries__isnull=True):
        for language in page.languages:
            search.index(page, language)
