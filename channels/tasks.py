from celery import shared_task
from django.conf import settings

from . import mail


# One poll at a time is enough and safe (a message kept twice is recognised by its
# digest); the time limit bounds a hung IMAP server.
@shared_task(time_limit=300, soft_time_limit=240, ignore_result=True)
def poll_mailbox() -> dict[str, int]:
    if not settings.IMAP_HOST:
        return {}
    return mail.poll()
