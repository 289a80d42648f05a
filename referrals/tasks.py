from celery import shared_task

from . import services


# Hourly from beat; one reminder per referral, so a rerun finds nothing left to do.
@shared_task(time_limit=300, ignore_result=True)
def remind_unanswered() -> int:
    return services.remind_unanswered()
