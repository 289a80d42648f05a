"""The editorial workflow, per language: an editor saves a draft, sends it for review,
and a reviewer other than the author publishes it. Every save is a new PageVersion, so
any earlier text can be read and restored."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from . import search
from .models import Page, PageFeedback, PageLanguage, PageVersion, Topic

State = PageLanguage.State
# Addresses under /<language>/knowledge/ that are not pages, and the editor's own.
RESERVED_SLUGS = {"new", "search"}
BODY_MAX_CHARS = 100_000


def _state(page: Page, language: str) -> PageLanguage:
    """The language's state row, locked: two editors acting at once act one after the other."""
    state, _ = PageLanguage.objects.select_for_update().get_or_create(page=page, language=language)
    return state


@transaction.atomic
def create_page(
    *,
    slug: str,
    audience: str = Page.Audience.PUBLIC,
    source_language: str,
    topics: list[Topic],
    related=(),
    review_interval_days: int = 365,
    service_uids=(),
) -> Page:
    """A new page, published in no language yet: its texts come as drafts."""
    slug = slug.lower()
    if slug in RESERVED_SLUGS:
        raise ValidationError(
            _("The address “%(slug)s” is taken by the editor. Choose another."),
            code="reserved",
            params={"slug": slug},
        )
    try:
        with transaction.atomic():  # a savepoint: a taken address is an answer, not a 500
            page = Page.objects.create(
                slug=slug,
                audience=audience,
                source_language=source_language,
                review_interval_days=review_interval_days,
                service_uids=list(service_uids),
            )
    except IntegrityError as error:
        raise ValidationError(_("A page with this address already exists.")) from error
    page.topics.set(topics)
    page.related.set(related)
    return page


@transaction.atomic
def save_draft(*, page: Page, language: str, author, title: str, summary: str, body: str):
    """Save a new text of one language; the language is a draft until sent for review."""
    if not title.strip():
        raise ValidationError(_("Give the page a title."))
    if len(title) > 200 or len(summary) > 400 or len(body) > BODY_MAX_CHARS:
        raise ValidationError(_("The text is too long."))
    state = _state(page, language)
    version = PageVersion.objects.create(
        page=page, language=language, author=author, title=title, summary=summary, body=body
    )
    if state.state != State.PUBLISHED:
        state.state = State.DRAFT
        state.save(update_fields=["state"])
    return version


@transaction.atomic
def submit_for_review(*, version: PageVersion) -> None:
    state = _state(version.page, version.language)
    _require_newest(version)
    state.state = State.REVIEW
    state.save(update_fields=["state"])


def _require_newest(version: PageVersion) -> None:
    newest = PageVersion.objects.filter(page=version.page, language=version.language).first()
    if newest != version:
        raise ValidationError(_("A newer text of this page has been saved. Review that one."))


@transaction.atomic
def publish(*, version: PageVersion, reviewer) -> None:
    """Make the version the language's published text. The reviewer cannot be its author.
    A new source-language text puts every other published translation out of date."""
    # no_key: a draft saved meanwhile (its version row points at the page) need not wait.
    page = Page.objects.select_for_update(no_key=True).get(pk=version.page_id)
    state = _state(page, version.language)
    if state.state != State.REVIEW:
        raise ValidationError(_("Send the text for review before publishing it."))
    _require_newest(version)
    if version.author_id == reviewer.pk:
        raise ValidationError(_("Another editor must review and publish your text."))
    now = timezone.now()
    language = version.language
    for field in ("title", "summary", "body"):
        setattr(page, f"{field}_{language}", getattr(version, field))
    page.updated_at = now
    page.save()
    version.published_by, version.published_at = reviewer, now
    version.save(update_fields=["published_by", "published_at"])
    state.state, state.published_at, state.last_reviewed_on = State.PUBLISHED, now, now.date()
    state.out_of_date = False
    state.save(update_fields=["state", "published_at", "last_reviewed_on", "out_of_date"])
    if language == page.source_language:
        page.states.exclude(language=language).filter(state=State.PUBLISHED).update(
            out_of_date=True
        )
    search.index(page, language)


@transaction.atomic
def restore(*, version: PageVersion, by) -> PageVersion:
    """Bring back an earlier text as a new draft; it is published through review again."""
    return save_draft(
        page=version.page,
        language=version.language,
        author=by,
        title=version.title,
        summary=version.summary,
        body=version.body,
    )


@transaction.atomic
def change_page(
    *,
    page: Page,
    by,
    audience: str,
    source_language: str,
    topics,
    related,
    review_interval_days: int,
    service_uids=None,
) -> None:
    """Change a page's settings. Its address stays: links to it have been shared. Who
    may read a published page (staff's training text made public, say) is decided by a
    coordinator (settings.KNOWLEDGE_AUDIENCE_ROLES), not by one editor alone."""
    # As stored, locked: a form may have written its values onto `page` already.
    stored = Page.objects.select_for_update(no_key=True).get(pk=page.pk)
    if (
        audience != stored.audience
        and stored.languages
        and by.role not in settings.KNOWLEDGE_AUDIENCE_ROLES
    ):
        raise ValidationError(
            _("Only a coordinator can change who may read a published page."),
            code="audience",
        )
    page.audience = audience
    page.source_language = source_language
    page.review_interval_days = review_interval_days
    page.updated_at = timezone.now()
    fields = ["audience", "source_language", "review_interval_days", "updated_at"]
    if service_uids is not None:
        page.service_uids = list(service_uids)
        fields.append("service_uids")
    page.save(update_fields=fields)
    page.topics.set(topics)
    page.related.set([other for other in related if other.pk != page.pk])


@transaction.atomic
def send_for_review(
    *, page: Page, language: str, author, title: str, summary: str, body: str
) -> PageVersion:
    """Send the text an editor sees for review: saved as a new version first unless it is
    the newest version's text already."""
    _state(page, language)  # the lock first: the newest version cannot change under us
    newest = PageVersion.objects.filter(page=page, language=language).first()
    if newest is not None and (newest.title, newest.summary, newest.body) == (title, summary, body):
        version = newest
    else:
        version = save_draft(
            page=page, language=language, author=author, title=title, summary=summary, body=body
        )
    submit_for_review(version=version)
    return version


def shared_slugs(text: str) -> set[str]:
    """The slugs of the knowledge pages linked in a text: links to this site's pages in
    any language (`<SITE_URL>/uk/knowledge/<slug>/`), as the link search inserts them."""
    codes = "|".join(re.escape(code) for code, _ in settings.LANGUAGES)
    link = re.compile(rf"{re.escape(settings.SITE_URL)}/(?:{codes})/knowledge/([-a-zA-Z0-9_]+)")
    return set(link.findall(text or ""))


@transaction.atomic
def record_shares(*, text: str) -> int:
    """Count one share for each public page linked in a message given to a client (a
    page linked three times in one reply is shared once). Call it in the transaction
    that saves the message, so a message rolled back counts nothing. Returns how many
    pages were counted."""
    slugs = shared_slugs(text)
    if not slugs:
        return 0
    # F(): two replies saved at once both count, without reading the number first.
    return Page.objects.filter(slug__in=slugs, audience=Page.Audience.PUBLIC).update(
        shared_count=F("shared_count") + 1
    )


@transaction.atomic
def give_feedback(*, page: Page, language: str, helpful: bool, comment: str = "") -> PageFeedback:
    """A reader's answer to "Was this helpful?" about the page as shown in `language`.
    Nothing about the reader is kept."""
    return PageFeedback.objects.create(
        page=page, language=language, helpful=helpful, comment=comment
    )
