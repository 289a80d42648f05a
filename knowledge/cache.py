"""Anonymous readers' pages, kept whole in Redis per address (which holds the language).

A view opts in with @for_anonymous; PublicPageCache, early in the middleware, answers a
reader without a session from the cache before sessions, authentication and the rest
run, and stores what the whole stack answered an anonymous reader (security headers
included) when nothing in it belongs to one visitor.

Every change to the knowledge base moves a generation number on, so all cached pages
are stale at once: a publication changes the page itself, its fallbacks in every other
language, the home lists and the related-page links of other pages, and publishing is
rare next to reading. The cache is an accelerator: with Redis down, pages are rendered
as if it were empty.
"""

import functools
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe
from redis.exceptions import RedisError

log = logging.getLogger(__name__)

GENERATION = "knowledge:generation"
TIMEOUT = 24 * 60 * 60  # unread pages leave the cache; fresh ones are rebuilt on demand
SKIPPED_HEADERS = {"x-request-id", "set-cookie"}  # this request's, never another's


def for_anonymous(view):
    """Let PublicPageCache keep the view's 200 answers to anonymous readers."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.for_anonymous = True
        return response

    return wrapper


class PublicPageCache:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable(request):
            return self.get_response(request)
        try:
            key = f"knowledge:page:{_generation()}:{request.path}"
            stored = cache.get(key)
        except RedisError:
            return self.get_response(request)
        if stored is not None:
            return _answer(request, *stored)
        response = self.get_response(request)
        if _keep(request, response):
            headers = {
                name: value
                for name, value in response.items()
                if name.lower() not in SKIPPED_HEADERS
            }
            try:
                cache.set(key, (response.content, headers), TIMEOUT)
            except RedisError:
                log.warning("knowledge page not cached")
        return response


def _cacheable(request) -> bool:
    """A GET of a plain address by a reader with no session: no one signed in."""
    return (
        request.method == "GET"
        and not request.GET
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def _keep(request, response) -> bool:
    user = getattr(request, "user", None)
    return (
        getattr(response, "for_anonymous", False)
        and response.status_code == 200
        and user is not None
        and not user.is_authenticated
        and not response.cookies  # a cookie belongs to one visitor
    )


def _answer(request, content: bytes, headers: dict[str, str]) -> HttpResponse:
    not_modified = get_conditional_response(
        request,
        etag=headers.get("ETag"),
        last_modified=parse_http_date_safe(headers.get("Last-Modified", "")),
    )
    response = not_modified or HttpResponse(content)
    for name, value in headers.items():
        if not_modified is None or name in ("ETag", "Last-Modified", "Cache-Control", "Vary"):
            response[name] = value
    return response


def _generation() -> int:
    # Starting from the clock, a generation lost with Redis's memory never meets the
    # pages cached under an earlier one.
    return cache.get_or_set(GENERATION, time.time_ns, timeout=None)


def invalidate() -> None:
    """Make every cached page stale once the change is committed (before, a concurrent
    reader could cache the old text again under the new generation)."""
    transaction.on_commit(_next_generation)


def _next_generation() -> None:
    try:
        cache.add(GENERATION, time.time_ns(), timeout=None)
        cache.incr(GENERATION)
    except RedisError:
        # The old pages stay until TIMEOUT: say so loudly, editors expect them at once.
        log.error("knowledge cache not invalidated")
