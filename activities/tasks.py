from celery import shared_task

from . import services


# Hourly from beat; a Reminder row per participant and meeting, so a rerun finds nothing
# left to do. The limit bounds a run that a locked database would otherwise hold.
@shared_task(time_limit=300, ignore_result=True)
def send_reminders() -> int:
    return services.send_reminders()
