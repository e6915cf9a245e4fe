"""Celery for background work. With no broker configured, tasks run in-process (eagerly)."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learnloop.config.settings")

app = Celery("learnloop")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
