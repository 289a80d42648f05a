"""Anonymous readers' pages, kept whole in Redis per address (which holds the language).

A view opts in with @for_anonymous. PublicPageCache, early in the middleware, answers a
reader without a session cookie from the cache before sessions, authentication and the
rest run, and stores what the whole stack answered an anonymous reader (security headers
included) when nothing in it belongs to one visitor. A reader whose session cookie signs
no one in is answered from the same cache by the decorator, so a made-up cookie cannot
make the server render (or print a PDF) on every request.

Every change to the knowledge base moves a generation number on, so all cached pages
are stale at once: a publication changes the page itself, its fallbacks in every other
language, the home lists and the related-page links of other pages, and publishing is
rare next to reading. A new release (code, templates, translations, static files) uses
keys of its own. The cache is an accelerator: with Redis down, pages are rendered as if
it were empty.

Every answer of these views carries an ETag that is a hash of its content, so a reader
(or a shared cache) revalidating gets a 304 exactly when nothing they would see changed.
"""

import functools
import hashlib
import logging
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from redis.exceptions import RedisError

log = logging.getLogger(__name__)

GENERATION = "knowledge:generation"
TIMEOUT = 24 * 60 * 60  # unread pages leave the cache; fresh ones are rebuilt on demand
SKIPPED_HEADERS = {"x-request-id", "set-cookie"}  # this request's, never another's
RELEASE_FILES = ("*.py", "*.html", "*.txt", "*.xml", "*.mo", "*.css", "*.js", "*.json")


def for_anonymous(view):
    """Let the cache keep the view's 200 answers to anonymous readers, and answer every
    reader with a content ETag (a 304 when it matches) and the right Cache-Control.
    The view must not read the query string: the cache ignores it."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        anonymous = not request.user.is_authenticated
        if anonymous and settings.SESSION_COOKIE_NAME in request.COOKIES:
            hit = _lookup(request)
            if hit is not None:
                hit.from_cache = True
                return hit
        response = view(request, *args, **kwargs)
        if response.status_code != 200:
            return response
        set_response_etag(response)
        if anonymous:
            # Revalidated every time, cheaply (a 304), so a publication shows at once.
            patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
            response.for_anonymous = True
        else:  # staff see staff-only pages: no shared cache may keep them
            patch_cache_control(response, private=True, no_cache=True)
        return get_conditional_response(request, etag=response["ETag"], response=response)

    return wrapper


class PublicPageCache:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "GET":
            return self.get_response(request)
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            hit = _lookup(request)
            if hit is not None:
                return hit
        response = self.get_response(request)
        if _keep(request, response):
            headers = {
                name: value
                for name, value in response.items()
                if name.lower() not in SKIPPED_HEADERS
            }
            try:
                cache.set(_key(request), (response.content, headers), TIMEOUT)
            except RedisError:
                log.warning("knowledge page not cached")
        return response


def _lookup(request) -> HttpResponse | None:
    try:
        stored = cache.get(_key(request))
    except RedisError:
        return None
    return None if stored is None else _answer(request, *stored)


def _key(request) -> str:
    return f"knowledge:page:{release()}:{_generation()}:{request.path}"


def _keep(request, response) -> bool:
    user = getattr(request, "user", None)
    return (
        getattr(response, "for_anonymous", False)
        and not getattr(response, "from_cache", False)
        and response.status_code == 200
        and user is not None
        and not user.is_authenticated
        and not response.cookies  # a cookie belongs to one visitor
    )


def _answer(request, content: bytes, headers: dict[str, str]) -> HttpResponse:
    not_modified = get_conditional_response(request, etag=headers.get("ETag"))
    response = not_modified or HttpResponse(content)
    for name, value in headers.items():
        if not_modified is None or name in ("ETag", "Cache-Control", "Vary"):
            response[name] = value
    return response


@functools.cache
def release() -> str:
    """A digest of what renders the pages, read once per process: after a deployment the
    cache holds nothing that points at the old static files or says the old words."""
    digest = hashlib.sha256()
    root = Path(settings.BASE_DIR)
    folders = [
        path
        for path in sorted(root.iterdir())
        if path.is_dir() and not path.name.startswith(".") and path.name != "tests"
    ]
    for folder in folders:
        for pattern in RELEASE_FILES:
            for path in sorted(folder.rglob(pattern)):
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


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
