"""Per-hour allowances for public submissions (the contact form, "Was this helpful?"),
counted in Redis. Shared infrastructure: it knows no app, so every app may use it."""

import functools
import hashlib
import logging

from django.conf import settings
from django.utils import timezone
from redis import Redis
from redis.exceptions import RedisError

log = logging.getLogger(__name__)


@functools.cache
def _redis(location: str) -> Redis:
    """One client per process, in the cache's Redis database (tests clear it)."""
    return Redis.from_url(location, socket_connect_timeout=1, socket_timeout=1)


def over_limit(kind: str, value: str, limit: int) -> bool:
    """Count one more post for this value (hashed: no personal data in Redis keys) in
    the current hour; True once the hour's allowance is spent. With Redis down the post
    is taken: a lost question costs more than a spam message let through."""
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{value}".encode()).hexdigest()[:24]
    key = f"silta:limit:{kind}:{digest}:{timezone.now():%Y%m%d%H}"
    try:
        # One round trip: create the hour's counter if missing, then count this post.
        pipeline = _redis(str(settings.CACHES["default"]["LOCATION"])).pipeline()
        pipeline.set(key, 0, ex=3600, nx=True)
        pipeline.incr(key)
        _, count = pipeline.execute()
    except RedisError:
        log.warning("rate limit unavailable", extra={"kind": kind})
        return False
    return count > limit
