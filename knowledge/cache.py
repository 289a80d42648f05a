"""Anonymous readers' pages, kept in Redis per address (which holds the language).

Every change to the knowledge base moves a generation number on, so all cached pages
are stale at once: a publication changes the page itself, its fallbacks in every other
language, the home lists and the related-page links of other pages, and publishing is
rare next to reading. Signed-in readers (staff see staff-only pages) are never cached.
The cache is an accelerator: with Redis down, pages are rendered as if it were empty.
"""

import functools
import logging
import time

from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe
from redis.exceptions import RedisError

log = logging.getLogger(__name__)

GENERATION = "knowledge:generation"
TIMEOUT = 24 * 60 * 60  # unread pages leave the cache; fresh ones are rebuilt on demand
KEPT_HEADERS = ("Content-Type", "Content-Language", "ETag", "Last-Modified", "Cache-Control")


def for_anonymous(view):
    """Serve the view's 200 answers to anonymous GETs from the cache, 304s included."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method != "GET" or request.user.is_authenticated or request.GET:
            return view(request, *args, **kwargs)
        try:
            key = f"knowledge:page:{_generation()}:{request.path}"
            stored = cache.get(key)
        except RedisError:
            return view(request, *args, **kwargs)
        if stored is not None:
            return _answer(request, *stored)
        response = view(request, *args, **kwargs)
        # A response that sets a cookie belongs to one visitor.
        if response.status_code == 200 and not response.cookies:
            headers = {name: response[name] for name in KEPT_HEADERS if name in response}
            try:
                cache.set(key, (response.content, headers), TIMEOUT)
            except RedisError:
                log.warning("knowledge page not cached")
        return response

    return wrapper


def _answer(request, content: bytes, headers: dict[str, str]) -> HttpResponse:
    not_modified = get_conditional_response(
        request, etag=headers.get("ETag"), last_modified=_timestamp(headers)
    )
    if not_modified is not None:
        return not_modified
    response = HttpResponse(content)
    for name, value in headers.items():
        response[name] = value
    return response


def _timestamp(headers: dict[str, str]) -> int | None:
    return parse_http_date_safe(headers.get("Last-Modified", ""))


def invalidate() -> None:
    """Make every cached page stale once the change is committed (before, a concurrent
    reader could cache the old text again under the new generation)."""
    transaction.on_commit(_next_generation)


def _generation() -> int:
    # Starting from the clock, a generation lost with Redis's memory never meets the
    # pages cached under an earlier one.
    return cache.get_or_set(GENERATION, time.time_ns, timeout=None)


def _next_generation() -> None:
    try:
        cache.add(GENERATION, time.time_ns(), timeout=None)
        cache.incr(GENERATION)
    except RedisError:
        # The old pages stay until TIMEOUT: say so loudly, editors expect them at once.
        log.error("knowledge cache not invalidated")
