"""Reads of the knowledge base for readers: which pages a visitor may see, and in which
language a page is shown."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import DateField, ExpressionWrapper, F, Prefetch, Q, QuerySet

from .models import Page, PageLanguage, Topic


def is_staff_reader(user) -> bool:
    """Staff read the staff-only pages too. (The knowledge base stands alone: it asks the
    user object, not the counselling app's policy.)"""
    return bool(getattr(user, "is_staff_member", False))


def is_editor(user) -> bool:
    """Editors save drafts, review and publish (settings.KNOWLEDGE_EDITOR_ROLES)."""
    return is_staff_reader(user) and user.role in settings.KNOWLEDGE_EDITOR_ROLES


def pages_for(user) -> QuerySet[Page]:
    pages = Page.objects.all()
    if not is_staff_reader(user):
        pages = pages.filter(audience=Page.Audience.PUBLIC)
    return pages


def public_pages() -> QuerySet[Page]:
    """What anyone may open: the only pages a link given to a client may point to."""
    return Page.objects.filter(audience=Page.Audience.PUBLIC)


@dataclass(frozen=True)
class Reading:
    page: Page
    language: str  # the language the text is shown in
    fallback: bool  # True when that is not the reader's language


def fallback_order(page: Page, wanted: str) -> list[str]:
    """The reader's language, then English, then the page's own language, then the rest."""
    order = [wanted, settings.MODELTRANSLATION_DEFAULT_LANGUAGE, page.source_language]
    order += [code for code, _ in settings.LANGUAGES]
    return list(dict.fromkeys(order))


def reading(*, user, slug: str, language: str) -> Reading | None:
    """The page as a reader sees it, or None when it does not exist for them (unknown,
    staff-only for the public, or published in no language)."""
    page = (
        pages_for(user)
        .prefetch_related("topics", Prefetch("related", queryset=Page.objects.order_by("slug")))
        .filter(slug=slug)
        .first()
    )
    if page is None or not page.languages:
        return None
    shown = next(code for code in fallback_order(page, language) if code in page.languages)
    return Reading(page=page, language=shown, fallback=shown != language)


def topics_with_pages(*, user, language: str) -> list[tuple[Topic, list[Page]]]:
    """First-level topics, each with the pages filed under it or its subtopics that are
    published in `language`, for the knowledge base's home."""
    title = f"title_{language}"  # empty or NULL: not published in that language
    pages = pages_for(user).exclude(Q(**{title: ""}) | Q(**{f"{title}__isnull": True}))
    pages = pages.prefetch_related("topics")
    by_topic: dict[int, list[Page]] = {}
    for page in pages.order_by(f"title_{language}"):
        for topic in page.topics.all():
            by_topic.setdefault(topic.parent_id or topic.pk, []).append(page)
    firsts = Topic.objects.filter(parent__isnull=True, pk__in=by_topic).order_by("position")
    return [(topic, list(dict.fromkeys(by_topic[topic.pk]))) for topic in firsts]


def out_of_date(pages: QuerySet[Page]) -> QuerySet[PageLanguage]:
    """Translations published before their source-language text last changed."""
    return (
        PageLanguage.objects.filter(page__in=pages, out_of_date=True)
        .select_related("page")
        .order_by("page__slug", "language")
    )


def due_for_review(pages: QuerySet[Page], today) -> QuerySet[PageLanguage]:
    """Published languages whose last review is older than the page's review interval."""
    due = ExpressionWrapper(
        F("last_reviewed_on") + F("page__review_interval_days"), output_field=DateField()
    )
    return (
        PageLanguage.objects.filter(page__in=pages, state=PageLanguage.State.PUBLISHED)
        .annotate(due_on=due)
        .filter(due_on__lte=today)
        .select_related("page")
        .order_by("due_on", "page__slug")
    )
