"""The knowledge base: pages of guidance, each in several languages.

A page's published text lives on the page itself, one column per language
(django-modeltranslation: title_et, body_ru, …), so reading and searching a page is one
row. Work on a language happens in PageVersion rows (draft → in review → published); a
version becomes the published text when a reviewer other than its author publishes it.
PageLanguage says, per language, where that work stands.
"""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Topic(models.Model):
    """The two-level topic taxonomy of DOMAIN.md §3, loaded from the same file as the
    clients' topics (clients/taxonomy.txt): the knowledge base keeps its own copy so that
    it stands alone."""

    code = models.SlugField(_("code"), max_length=50, unique=True)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent topic"),
    )
    name = models.CharField(_("name"), max_length=200)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("knowledge topic")
        verbose_name_plural = _("knowledge topics")
        ordering = ["position"]

    def __str__(self):
        return self.name


class Page(models.Model):
    class Audience(models.TextChoices):
        PUBLIC = "public", _("Everyone")
        STAFF = "staff", _("Staff only")

    slug = models.SlugField(_("address"), max_length=100, unique=True)
    audience = models.CharField(
        _("audience"), max_length=10, choices=Audience.choices, default=Audience.PUBLIC
    )
    source_language = models.CharField(
        _("source language"), max_length=10, choices=settings.LANGUAGES, default="et"
    )
    topics = models.ManyToManyField(
        Topic, blank=True, related_name="pages", verbose_name=_("topics")
    )
    related = models.ManyToManyField("self", blank=True, verbose_name=_("related pages"))
    # Partner services from the referral directory, by their shared id: the knowledge
    # base stands alone, the page that shows them looks them up.
    service_uids = ArrayField(models.UUIDField(), default=list, blank=True)
    # The published text, one column per language (knowledge/translation.py).
    title = models.CharField(_("title"), max_length=200, blank=True)
    summary = models.CharField(_("summary"), max_length=400, blank=True)
    body = models.TextField(_("text"), blank=True, help_text=_("Markdown."))
    review_interval_days = models.PositiveSmallIntegerField(_("review every (days)"), default=365)
    shared_count = models.PositiveIntegerField(_("times shared"), default=0)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now)

    class Meta:
        verbose_name = _("knowledge page")
        verbose_name_plural = _("knowledge pages")
        ordering = ["slug"]

    def __str__(self):
        return self.slug

    def get_absolute_url(self):
        return reverse("knowledge-page", args=[self.slug])

    @property
    def languages(self) -> list[str]:
        """The languages this page is published in, in the order of settings.LANGUAGES."""
        return [code for code, _ in settings.LANGUAGES if getattr(self, f"title_{code}", "")]


class PageLanguage(models.Model):
    """Where one language of a page stands."""

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        REVIEW = "review", _("In review")
        PUBLISHED = "published", _("Published")

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="states")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.DRAFT)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    last_reviewed_on = models.DateField(_("last reviewed"), null=True, blank=True)
    # The source-language text changed after this translation was published.
    out_of_date = models.BooleanField(_("out of date"), default=False)

    class Meta:
        verbose_name = _("page language")
        verbose_name_plural = _("page languages")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="one_state_per_language")
        ]

    def __str__(self):
        return f"{self.page} [{self.language}] {self.state}"


class PageVersion(models.Model):
    """One saved text of one language of a page; never changed, so that any version can
    be read and restored."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="versions")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("summary"), max_length=400, blank=True)
    body = models.TextField(_("text"), blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        related_name="+",
        verbose_name=_("author"),
    )
    created_at = models.DateTimeField(_("saved at"), default=timezone.now)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("published by"),
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)

    class Meta:
        verbose_name = _("page version")
        verbose_name_plural = _("page versions")
        ordering = ["-created_at", "-id"]
        indexes = [
            # A language's history on the editor's page, newest first.
            models.Index(fields=["page", "language", "-created_at"], name="version_history"),
        ]

    def __str__(self):
        return f"{self.page} [{self.language}] {self.created_at:%Y-%m-%d %H:%M}"


class SearchEntry(models.Model):
    """The searchable text of one published language of a page: its full-text vector in
    that language's PostgreSQL configuration, and its plain text for the highlighted
    extract. Rebuilt whenever the language is published (knowledge/search.py)."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="search_entries")
    language = models.CharField(max_length=10, choices=settings.LANGUAGES)
    document = SearchVectorField()
    text = models.TextField()  # title, summary and body as plain text, Markdown stripped

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="one_entry_per_language")
        ]
        indexes = [
            # Full-text search within one language.
            GinIndex(fields=["document"], name="search_document"),
        ]

    def __str__(self):
        return f"{self.page} [{self.language}]"


class SearchWord(models.Model):
    """A word that occurs in the published pages of one language: a misspelt query word
    is matched by trigrams against these short words (fast) instead of against whole
    pages (slow), and the words found are searched for in its place."""

    language = models.CharField(max_length=10, choices=settings.LANGUAGES)
    word = models.CharField(max_length=100)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="one_word_per_language")
        ]
        indexes = [
            # Words like a misspelt one: word % 'residnce'.
            GinIndex(fields=["word"], name="search_word", opclasses=["gin_trgm_ops"]),
        ]

    def __str__(self):
        return f"{self.word} [{self.language}]"


class PageFeedback(models.Model):
    """A reader's answer to "Was this helpful?". Anonymous by design: no user, no
    address, nothing that names the reader beyond what they chose to write."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="feedback")
    language = models.CharField(_("language shown"), max_length=10, choices=settings.LANGUAGES)
    helpful = models.BooleanField(_("helpful"))
    comment = models.CharField(_("comment"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("given at"), default=timezone.now)

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        ordering = ["-created_at", "-id"]
        indexes = [
            # A page's latest comments in the editors' summary (selectors.feedback_summary).
            models.Index(fields=["page", "-created_at"], name="feedback_latest"),
        ]

    def __str__(self):
        return f"{self.page} [{self.language}] {'+' if self.helpful else '-'}"
