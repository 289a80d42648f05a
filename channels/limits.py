"""Per-hour allowances for public submissions, counted in Redis."""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from redis.exceptions import RedisError

log = logging.getLogger(__name__)


def over_limit(kind: str, value: str, limit: int) -> bool:
    """Count one more post for this address (hashed: no personal data in Redis keys)
    in the current hour; True once the hour's allowance is spent. With Redis down the
    form still works: a lost question costs more than a spam message let through."""
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{value}".encode()).hexdigest()[:24]
    key = f"contact:{kind}:{digest}:{timezone.now():%Y%m%d%H}"
    try:
        if cache.add(key, 1, timeout=3600):
            return limit < 1
        return cache.incr(key) > limit
    except ValueError:  # expired between the two calls
        return False
    except RedisError:
        log.warning("contact rate limit unavailable", extra={"kind": kind})
        return False
