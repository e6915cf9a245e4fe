"""Background work for the learning exchange: the subscription digests, started by Celery
beat (learnloop/config/celery.py) or by `learnloop send-learning-digests`."""

from celery import shared_task

from learnloop.sharing import subscriptions


@shared_task
def send_learning_digests(frequency: str) -> dict:
    """Send the daily or weekly digests; refusals are logged and wait for the next run."""
    return subscriptions.send_digests(frequency=frequency).as_dict()
