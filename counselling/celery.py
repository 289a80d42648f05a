import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "counselling.settings")

app = Celery("counselling")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
