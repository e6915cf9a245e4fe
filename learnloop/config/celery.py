"""Celery for background work. With no broker configured, tasks run in-process (eagerly)."""

import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learnloop.config.settings")

app = Celery("learnloop")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# The learning digests (learnloop/sharing/subscriptions.py), in the settings' TIME_ZONE: daily at
# 07:00, weekly on Mondays at 07:00. `celery -A learnloop beat` runs the schedule.
app.conf.beat_schedule = {
    "learning-digests-daily": {
        "task": "learnloop.sharing.tasks.send_learning_digests",
        "schedule": crontab(hour=7, minute=0),
        "args": ("daily",),
    },
    "learning-digests-weekly": {
        "task": "learnloop.sharing.tasks.send_learning_digests",
        "schedule": crontab(hour=7, minute=0, day_of_week="mon"),
        "args": ("weekly",),
    },
}
