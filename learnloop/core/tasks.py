"""Background work shared by every app.

With CELERY_BROKER_URL set these run on Celery workers; without it they run in-process at
once (CELERY_TASK_ALWAYS_EAGER), so the default installation needs no broker.
"""

from celery import shared_task
from django.core.mail import EmailMultiAlternatives


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def deliver_email(*, subject: str, body: str, to: list[str], html: str = "") -> int:
    """Send one email. Retries when the mail server cannot be reached."""
    message = EmailMultiAlternatives(subject=subject, body=body, to=to)
    if html:
        message.attach_alternative(html, "text/html")
    return message.send()


@shared_task
def ping() -> str:
    """Lets a deployment check that a worker is listening: `celery -A learnloop call learnloop.core.tasks.ping`."""
    return "pong"
