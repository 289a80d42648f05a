"""Reads worth caching in Redis that must still work while Redis is down: the cache is
an accelerator, never a dependency of a page."""

import contextlib
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from redis.exceptions import RedisError

T = TypeVar("T")


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
    with contextlib.suppress(RedisError):
        cache.delete(key)
