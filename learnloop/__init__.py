"""learnloop: learn from deaths and serious incidents, and share the learning."""

from learnloop.config.celery import app as celery_app

__all__ = ["celery_app"]
