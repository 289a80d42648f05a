import os

from celery import Celery
from celery.signals import task_postrun, task_prerun

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "counselling.settings")

app = Celery("counselling")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


# Celery's Django fixup opens a new database connection for every task (a PostgreSQL
# backend started and warmed up each time: most of an acknowledgement's cost). Tasks
# keep theirs as requests do, for CONN_MAX_AGE, checked before each task (Django's
# health check pings it); CELERY_DB_REUSE_MAX (settings) lets the fixup reuse it.
@task_prerun.connect
def _check_connection(**kwargs) -> None:
    from django.db import close_old_connections

    close_old_connections()


@task_postrun.connect
def _release_connection(state: str | None = None, **kwargs) -> None:
    from django.db import close_old_connections, connections

    if state == "SUCCESS":
        close_old_connections()
    else:  # a time limit or an error may have left it mid-query: never reuse it
        connections.close_all()
