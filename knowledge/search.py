"""Full-text search of the knowledge base, one language at a time.

Each published language of a page has a SearchEntry: a tsvector in that language's
configuration (so "elukohta" finds "elukoht", "документов" finds "документы") and the
plain text for the extract. The language's words (SearchWord) catch misspellings the
stemmer cannot: a query word found in no page ("registreerimne") is searched for as
itself or the words most like it by trigrams ("registreerimine").
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
    TrigramSimilarity,
)
from django.core.paginator import Page as ResultPage
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import F, Q, TextField, Value
from django.db.models.functions import Greatest
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .models import Page, SearchEntry, SearchWord
from .rendering import render

MAX_QUERY = 200  # characters: longer input is cut, not refused
MAX_WORDS = 8
MIN_WORD, MAX_WORD = 3, 100  # characters of a word worth looking for
NEAR_WORDS = 3  # words tried in place of a misspelt one
NEAR_ENOUGH = 0.35  # trigram similarity: "docter" ~ "doctor" 0.4, "xylophone" ~ "phone" 0.33
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
    text = "\n".join([title, summary, body])
    SearchEntry.objects.update_or_create(
        page=page, language=language, defaults={"document": document, "text": text}
    )
    # Words of texts since replaced stay: a suggestion that finds nothing costs nothing.
    SearchWord.objects.bulk_create(
        [SearchWord(language=language, word=word) for word in words_of(text)],
        ignore_conflicts=True,
    )


def words_of(text: str) -> set[str]:
    return {word for word in re.findall(r"\w+", text.lower()) if MIN_WORD <= len(word) <= MAX_WORD}


FIELDS = ("title", "summary", "body")


def clean_query(query: str) -> str:
    return " ".join((query or "")[:MAX_QUERY].split())


def search(*, pages, language: str, query: str, number=1) -> ResultPage | None:
    """Pages (from the reader's queryset) published in `language` that match the query,
    best first, as Results. None when the query has no words to look for."""
    query = clean_query(query)
    words = [word for word in re.findall(r"\w+", query.lower()) if len(word) >= MIN_WORD]
    words = words[:MAX_WORDS]
    if not words:
        return None
    config = config_for(language)
    terms = _terms(query, words, language=language, config=config)
    entries = (
        SearchEntry.objects.filter(language=language, page__in=pages, document=terms)
        .annotate(rank=SearchRank(F("document"), terms))
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


def _terms(query: str, words: list[str], *, language: str, config: str) -> SearchQuery:
    """The query as typed when every word occurs in some page of the language; otherwise
    each word not found anywhere may also be one of the words most like it."""
    like = Q(word__in=words)
    for word in words:
        like |= Q(word__trigram_similar=word)
    similarities = {f"like_{n}": TrigramSimilarity("word", word) for n, word in enumerate(words)}
    # The words most like any of the query's (its own first: similarity 1), not every
    # word sharing a trigram with a three-letter one.
    rows = list(
        SearchWord.objects.filter(like, language=language)
        .annotate(**similarities, best=Greatest(Value(0.0), *similarities.values()))
        .order_by("-best", "word")
        .values_list("word", *similarities)[: 10 * len(words)]
    )
    known = {row[0] for row in rows}
    if all(word in known for word in words):
        return SearchQuery(query, config=config, search_type="websearch")
    terms = None
    for n, word in enumerate(words):
        either = SearchQuery(word, config=config)
        if word not in known:
            near = sorted(
                (row for row in rows if row[n + 1] >= NEAR_ENOUGH), key=lambda r: -r[n + 1]
            )
            for row in near[:NEAR_WORDS]:
                either |= SearchQuery(row[0], config=config)
        terms = either if terms is None else terms & either
    assert terms is not None  # words is not empty
    return terms


@dataclass(frozen=True)
class Result:
    page: Page
    headline: SafeString  # an extract with the matches in <mark>


def highlight(extract: str) -> SafeString:
    marked = escape(extract).replace(START, "<mark>").replace(STOP, "</mark>")
    return mark_safe(marked)  # noqa: S308 (escaped just above; only <mark> added)
