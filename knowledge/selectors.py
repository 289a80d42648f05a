"""Reads of the knowledge base: which pages a visitor may see, in which language a page
is shown, and what waits for the editors."""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, DateField, ExpressionWrapper, F, Prefetch, Q, QuerySet, Window
from django.db.models.functions import RowNumber

from .models import Page, PageFeedback, PageLanguage, PageVersion, Topic


def is_staff_reader(user) -> bool:
    """Staff read the staff-only pages too. (The knowledge base stands alone: it asks the
    user object, not the counselling app's policy.)"""
    return bool(getattr(user, "is_staff_member", False))


def is_editor(user) -> bool:
    """Editors save drafts, review and publish (settings.KNOWLEDGE_EDITOR_ROLES)."""
    return is_staff_reader(user) and user.role in settings.KNOWLEDGE_EDITOR_ROLES


def pages_for(user) -> QuerySet[Page]:
    if is_staff_reader(user):
        return Page.objects.all()
    return public_pages()


def public_pages() -> QuerySet[Page]:
    """What anyone may open: the only pages a link given to a client may point to."""
    return Page.objects.filter(audience=Page.Audience.PUBLIC)


def sitemap() -> list[tuple[Page, list[str]]]:
    """Every public page with the languages it is published in, for search engines."""
    titles = [f"title_{code}" for code, _ in settings.LANGUAGES]
    pages = public_pages().only("slug", "updated_at", *titles).order_by("slug")
    return [(page, page.languages) for page in pages if page.languages]


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
    staff-only for the public, or published in no language). Its related pages are those
    the reader may open in their own language."""
    related = published_in(pages_for(user), language).order_by(f"title_{language}")
    page = (
        pages_for(user)
        .prefetch_related(
            # With their parents: the contact link names the first topic's first level.
            Prefetch("topics", queryset=Topic.objects.select_related("parent")),
            Prefetch("related", queryset=related),
        )
        .filter(slug=slug)
        .first()
    )
    if page is None or not page.languages:
        return None
    shown = next(code for code in fallback_order(page, language) if code in page.languages)
    return Reading(page=page, language=shown, fallback=shown != language)


def published_in(pages: QuerySet[Page], language: str) -> QuerySet[Page]:
    title = f"title_{language}"  # empty or NULL: not published in that language
    return pages.exclude(Q(**{title: ""}) | Q(**{f"{title}__isnull": True}))


def last_reviewed(page: Page, language: str) -> datetime.date | None:
    """When the language's published text was last reviewed (None if never)."""
    return (
        PageLanguage.objects.filter(page=page, language=language)
        .values_list("last_reviewed_on", flat=True)
        .first()
    )


def topics_with_pages(*, user, language: str) -> list[tuple[Topic, list[Page]]]:
    """First-level topics, each with the pages filed under it or its subtopics that are
    published in `language`, for the knowledge base's home."""
    pages = published_in(pages_for(user), language).prefetch_related("topics")
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


def editor_pages(*, text: str = "") -> QuerySet[Page]:
    """Every page, staff-only ones included, for the editors; `text` narrows to pages whose
    address or title in any language contains it. Each page comes with its languages'
    states."""
    pages = Page.objects.all()
    if text:
        matches = Q(slug__icontains=text)
        for code, _name in settings.LANGUAGES:
            matches |= Q(**{f"title_{code}__icontains": text})
        pages = pages.filter(matches)
    return pages.prefetch_related("states").order_by("slug")


def in_review(pages: QuerySet[Page]) -> QuerySet[PageLanguage]:
    """Languages whose text waits for a reviewer."""
    return (
        PageLanguage.objects.filter(page__in=pages, state=PageLanguage.State.REVIEW)
        .select_related("page")
        .order_by("page__slug", "language")
    )


def history(page: Page, language: str) -> QuerySet[PageVersion]:
    """One language's versions, newest first, with the people who wrote and published them."""
    return PageVersion.objects.filter(page=page, language=language).select_related(
        "author", "published_by"
    )


def source_text_when_published(page: Page, state: PageLanguage) -> PageVersion | None:
    """The source-language text that was published when this translation last was: what
    the translator worked from. None when the history does not reach back that far."""
    if state.published_at is None:
        return None
    return (
        PageVersion.objects.filter(
            page=page,
            language=page.source_language,
            published_at__isnull=False,
            published_at__lte=state.published_at,
        )
        .order_by("-published_at")
        .first()
    )


@dataclass
class FeedbackSummary:
    page: Page
    yes: int
    no: int
    comments: list[PageFeedback] = field(default_factory=list)  # the latest, newest first


def feedback_summary(pages: QuerySet[Page], comments: int = 3) -> list[FeedbackSummary]:
    """Per page, by address: how many readers found it helpful and how many did not, and
    the latest comments, for editors. Two queries whatever the number of pages."""
    counted = pages.annotate(
        yes=Count("feedback", filter=Q(feedback__helpful=True)),
        no=Count("feedback", filter=Q(feedback__helpful=False)),
    ).order_by("slug")
    latest = (
        PageFeedback.objects.filter(page__in=pages)
        .exclude(comment="")
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("page_id")],
                order_by=[F("created_at").desc(), F("id").desc()],
            )
        )
        .filter(rank__lte=comments)
        .order_by("page_id", "rank")
    )
    by_page: dict[int, list[PageFeedback]] = {}
    for feedback in latest:
        by_page.setdefault(feedback.page_id, []).append(feedback)
    return [
        FeedbackSummary(page=page, yes=page.yes, no=page.no, comments=by_page.get(page.pk, []))
        for page in counted
    ]
