"""Background work shared by every app.

With CELERY_BROKER_URL set these run on Celery workers; without it they run in-process at
once (CELERY_TASK_ALWAYS_EAGER), so the default installation needs no broker.
Account emails (invitations, password resets) are sent while the person waits, so the page
can say when the mail server refused them; bulk notifications will come here.
"""

from celery import shared_task


@shared_task
def ping() -> str:
    """Lets a deployment check that a worker is listening: `celery -A learnloop call learnloop.core.tasks.ping`."""
    return "pong"
