"""Reads worth caching in Redis that must still work while Redis is down: the cache is
an accelerator, never a dependency of a page."""

import contextlib
import logging
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.db import transaction
from redis.exceptions import RedisError

T = TypeVar("T")
log = logging.getLogger(__name__)


def remembered(key: str, compute: Callable[[], T], timeout: int) -> T:
    """The cached value, or `compute()` (stored for next time). None is never cached."""
    try:
        value = cache.get(key)
    except RedisError:
        return compute()
    if value is None:
        value = compute()
        with contextlib.suppress(RedisError):
            cache.set(key, value, timeout)
    return value


def forget(key: str) -> None:
    """Drop the cached value once the change that makes it stale is committed (before,
    a concurrent request could cache the old value again)."""
    transaction.on_commit(lambda: _delete(key))


def _delete(key: str) -> None:
    try:
        cache.delete(key)
    except RedisError:  # the value expires by its timeout instead
        log.warning("cache entry not cleared", extra={"key": key})
