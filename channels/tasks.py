from celery import shared_task
from django.conf import settings
from django.core.cache import cache

from . import mail, services

POLL_LOCK = "channels:polling"


# The time limit bounds a hung IMAP server; the lock outlives it.
@shared_task(time_limit=300, soft_time_limit=240, ignore_result=True)
def poll_mailbox() -> dict[str, int]:
    if not settings.IMAP_HOST:
        return {}
    # Two polls at once would both read the same unseen messages: the later one yields.
    if not cache.add(POLL_LOCK, 1, timeout=330):
        return {}
    try:
        return mail.poll()
    finally:
        cache.delete(POLL_LOCK)


@shared_task(ignore_result=True)
def drop_unaccepted_raw() -> int:
    return services.drop_unaccepted_raw()
