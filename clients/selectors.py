"""Reads over clients. Callers pass a queryset already scoped by the access policy
(`counselling.access.clients_for`); these functions only narrow and order it."""

import re
from datetime import date
from typing import Any

from django.contrib.postgres.search import TrigramWordSimilarity
from django.core.exceptions import ValidationError
from django.db.models import F, Q, QuerySet

from counselling.caching import forget, remembered

from .identity import id_code_country, normalise_id_code, normalise_phone
from .models import Client, Topic
from .names import search_key, search_name

SEARCH_LIMIT = 25
DUPLICATE_FIELDS = (
    "given_name",
    "family_name",
    "given_name_original",
    "family_name_original",
    "birth_date",
    "id_code",
)


def _identifier_filter(query: str) -> Q | None:
    """An ID code, e-mail address or phone number typed into the search box."""
    code = normalise_id_code(query)
    if id_code_country(code):
        return Q(id_code=code)
    if "@" in query:
        return Q(email__iexact=query.strip())
    if len(re.sub(r"\D", "", query)) >= 6 and not re.search(r"[^\d\s+()-]", query):
        try:
            return Q(phone=normalise_phone(query))
        except ValidationError:
            return None
    return None


def _name_filter(words: list[str]) -> tuple[Q, object]:
    """Every word must match a name word, exactly, as a prefix or with a typo."""
    condition = Q()
    score: Any = None
    for word in words:
        condition &= Q(search_name__contains=word) | Q(search_name__trigram_word_similar=word)
        similarity = TrigramWordSimilarity(word, "search_name")
        score = similarity if score is None else score + similarity
    return condition, score


def search(clients: QuerySet[Client], query: str) -> list[Client]:
    """Clients matching an ID code, e-mail, phone, or any part of a name in any script."""
    query = query.strip()
    identifier = _identifier_filter(query)
    if identifier is not None:
        return list(clients.filter(identifier)[:SEARCH_LIMIT])
    words = search_key(query).split()
    if not words:
        return []
    condition, score = _name_filter(words)
    return list(
        clients.filter(condition)
        .annotate(score=score)
        .order_by(F("score").desc(), "family_name", "given_name", "id")[:SEARCH_LIMIT]
    )


def _any_word_similar(words: list[str]) -> Q:
    """Any of these spellings (Latin, Cyrillic read two ways, the original script)."""
    condition = Q()
    for word in words:
        condition |= Q(search_name__trigram_word_similar=word)
    return condition


def possible_duplicates(
    clients: QuerySet[Client],
    *,
    given_name: str = "",
    family_name: str = "",
    given_name_original: str = "",
    family_name_original: str = "",
    birth_date: date | None = None,
    id_code: str = "",
) -> list[Client]:
    """Records that may be this same person: the same ID code; the same date of birth
    and a similar name; or the same name in another spelling or script."""
    code = normalise_id_code(id_code)
    candidates = Q(id_code=code) if code else Q(pk__in=[])
    given = _any_word_similar(search_name(given_name, given_name_original).split())
    family = _any_word_similar(search_name(family_name, family_name_original).split())
    if birth_date and family:
        candidates |= Q(birth_date=birth_date) & family
    if given and family:
        candidates |= given & family
    return list(clients.filter(candidates).order_by("family_name", "given_name", "id")[:10])


TOP_TOPICS_KEY = "clients:top-topics"


def top_topics() -> list[Topic]:
    """The first-level topics in order, cached (the public form shows them on every
    request; they change seldom, and a change clears the cache: see apps.py)."""
    return remembered(
        TOP_TOPICS_KEY,
        lambda: list(Topic.objects.filter(parent__isnull=True).order_by("position")),
        timeout=600,
    )


def forget_topics(**kwargs) -> None:
    forget(TOP_TOPICS_KEY)
