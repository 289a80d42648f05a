from celery import shared_task

from . import services


# Daily from beat. One digest per coordinator per day (its Message-ID says which), so a
# rerun that day queues nothing new. The default queue: it only writes outbox rows.
@shared_task(time_limit=300, ignore_result=True)
def send_alert_digests() -> int:
    return services.send_alert_digests()
