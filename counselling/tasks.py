from celery import shared_task

from . import outbox


# acks_late with prefetch 1 (settings): a worker killed mid-send leaves the task on
# the broker; deliver() holds the row lock and checks the status, so a rerun is harmless.
# The time limit bounds a hung SMTP server; EMAIL_TIMEOUT (10 s) normally ends it first.
@shared_task(acks_late=True, time_limit=60, soft_time_limit=45, ignore_result=True)
def deliver_message(message_id: int) -> str:
    return outbox.deliver(message_id)


@shared_task(time_limit=120, ignore_result=True)
def sweep_outbox() -> int:
    return outbox.sweep()
