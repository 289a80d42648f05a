from celery import shared_task

from . import retention


# From beat every night. Idempotent: each step picks only rows still holding what it
# removes, so a second run, or one after a worker died halfway, changes only what is
# left. The default queue; an hour's limit for the first run over years of data.
@shared_task(time_limit=3600, soft_time_limit=3500, ignore_result=True)
def run_retention() -> dict[str, int]:
    return retention.run()
