"""Full-text search of the knowledge base, one language at a time.

Each published language of a page has a SearchEntry: a tsvector in that language's
configuration (so "elukohta" finds "elukoht", "документов" finds "документы") and the
plain text, whose trigrams catch misspellings the stemmer cannot ("registreerimne").
"""

import functools
import html
import re
from dataclasses import dataclass

import nh3
from django.conf import settings
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
    TrigramWordSimilarity,
)
from django.core.paginator import Page as ResultPage
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import F, Q, TextField, Value
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .models import Page, SearchEntry
from .rendering import render

MAX_QUERY = 200  # characters: longer input is cut, not refused
MAX_WORDS = 8
PER_PAGE = 10
# Private-use characters mark the highlights, so the text around them can be escaped.
START, STOP = "\ue000", "\ue001"


@functools.cache
def _server_configs() -> frozenset[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        return frozenset(name for (name,) in cursor.fetchall())


def config_for(language: str) -> str:
    """The language's text-search configuration, or "simple" where the server has none."""
    wanted = settings.KNOWLEDGE_SEARCH_CONFIGS.get(language, "simple")
    return wanted if wanted in _server_configs() else "simple"


def plain_text(markdown_text: str) -> str:
    return html.unescape(nh3.clean(render(markdown_text), tags=set()))


def index(page: Page, language: str) -> None:
    """Make the language's published text searchable (or unsearchable once withdrawn)."""
    title, summary, body = (getattr(page, f"{field}_{language}") or "" for field in FIELDS)
    if not title:
        SearchEntry.objects.filter(page=page, language=language).delete()
        return
    config = config_for(language)
    body = plain_text(body)
    document = (
        SearchVector(Value(title, output_field=TextField()), config=config, weight="A")
        + SearchVector(Value(summary, output_field=TextField()), config=config, weight="B")
        + SearchVector(Value(body, output_field=TextField()), config=config, weight="C")
    )
    SearchEntry.objects.update_or_create(
        page=page,
        language=language,
        defaults={"document": document, "text": "\n".join([title, summary, body])},
    )


FIELDS = ("title", "summary", "body")


def clean_query(query: str) -> str:
    return " ".join((query or "")[:MAX_QUERY].split())


def search(*, pages, language: str, query: str, number=1) -> ResultPage | None:
    """Pages (from the reader's queryset) published in `language` that match the query,
    best first, as Results. None when the query has no words to look for."""
    query = clean_query(query)
    words = [word for word in re.findall(r"\w+", query.lower()) if len(word) >= 3][:MAX_WORDS]
    if not words:
        return None
    config = config_for(language)
    terms = SearchQuery(query, config=config, search_type="websearch")
    # Every word near some word of the page: what still matches a misspelt query.
    near = Q()
    for word in words:
        near &= Q(text__trigram_word_similar=word)
    similarity = sum((TrigramWordSimilarity(word, "text") for word in words), Value(0.0))
    entries = (
        SearchEntry.objects.filter(language=language, page__in=pages)
        .filter(Q(document=terms) | near)
        .annotate(rank=SearchRank(F("document"), terms) + similarity / (len(words) * 10))
        .order_by("-rank", "page_id")
    )
    results = Paginator(entries, PER_PAGE).get_page(number)
    # The extracts, only for the page of results shown.
    extracts = dict(
        SearchEntry.objects.filter(pk__in=[entry.pk for entry in results])
        .annotate(
            headline=SearchHeadline(
                "text",
                terms,
                config=config,
                start_sel=START,
                stop_sel=STOP,
                max_words=35,
                min_words=15,
            )
        )
        .values_list("pk", "headline")
    )
    shown = {page.pk: page for page in Page.objects.filter(pk__in=[e.page_id for e in results])}
    found = [
        Result(page=shown[entry.page_id], headline=highlight(extracts[entry.pk]))
        for entry in results
    ]
    return ResultPage(found, results.number, results.paginator)


@dataclass(frozen=True)
class Result:
    page: Page
    headline: SafeString  # an extract with the matches in <mark>


def highlight(extract: str) -> SafeString:
    marked = escape(extract).replace(START, "<mark>").replace(STOP, "</mark>")
    return mark_safe(marked)  # noqa: S308 (escaped just above; only <mark> added)
