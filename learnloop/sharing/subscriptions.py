"""Subscriptions to the learning exchange: a saved search or theme whose new matching learning
a person gets by email, in a daily or weekly digest (issue 5).

Writes (`subscription_create`, `subscription_delete`) are atomic, keyword-only, say who acted
and write the audit log (without the words searched for). What is new to a subscriber
(`new_learning_for`) is read through `search.search`, so the sharing levels decide it exactly as
they decide the search page: withdrawn and narrowed records never appear, and a person who has
left the organisation or lost the right to read learning gets nothing.

`send_digests` sends one email per person per frequency, over one SMTP connection; a mail the
server refuses is reported and its subscriptions wait for the next run. Run by
`learnloop send-learning-digests --frequency daily|weekly` and by Celery beat
(learnloop/config/celery.py).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import smtplib
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from learnloop.core.audit import Auditor
from learnloop.organisations.models import User
from learnloop.organisations.roles import Permission
from learnloop.organisations.rules import has_permission
from learnloop.sharing import search
from learnloop.sharing.learning_forms import LearningSearchForm
from learnloop.sharing.models import Subscription
from learnloop.sharing.subscription_presenters import DigestPresenter

logger = logging.getLogger(__name__)

NAME_LENGTH = Subscription._meta.get_field("name").max_length
# At most this many records per subscription in one email; the rest are a link to the search.
DIGEST_LIMIT = 20
WEEK = timedelta(days=7)
# Beat starts the weekly run at 07:00 each Monday, but a worker may pick it up a little late;
# without this a digest sent at 07:00:05 last week would not be due at 07:00:01 this week.
WEEKLY_TOLERANCE = timedelta(hours=1)
USERS_PER_BATCH = 200
PROGRESS_EVERY = 100


# Writes ---------------------------------------------------------------------------------------


def _cleaned_filters(query: str, filters: dict) -> tuple[str, dict, dict[str, list[str]]]:
    """The query and filters as the search form reads them, and what is wrong with them."""
    errors: dict[str, list[str]] = {}
    filters = dict(filters or {})
    unknown = sorted(str(name) for name in filters if name not in LearningSearchForm.FILTERS)
    if unknown:
        errors["filters"] = [
            f"There is no filter called ‘{name}’; filters are "
            + ", ".join(LearningSearchForm.FILTERS)
            for name in unknown
        ]
    data = {
        "q": query,
        **{name: str(filters[name] or "") for name in filters if name not in unknown},
    }
    form = LearningSearchForm(data=data)
    form.is_valid()
    for name, messages in form.errors.items():
        label = form.fields[name].label
        key = "query" if name == "q" else "filters"
        errors.setdefault(key, []).extend(f"{label}: {message}" for message in messages)
    cleaned = {}
    for name in LearningSearchForm.FILTERS:
        value = form.cleaned_data.get(name)
        if value:
            cleaned[name] = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return form.cleaned_data.get("q", "") or "", cleaned, errors


@transaction.atomic
def subscription_create(
    *, organisation, user, name: str, query: str, filters: dict, frequency: str, by: Auditor
) -> Subscription:
    """Save a search (words, filters or both) for `user` in `organisation`. `filters` holds
    the search form's filters as its query string carries them ({"theme": "falls"}). Only
    learning published from now on is new to the subscription."""
    errors: dict[str, list[str]] = {}
    name = " ".join(str(name or "").split())
    if not name:
        errors["name"] = ["Enter a name for the subscription"]
    elif len(name) > NAME_LENGTH:
        errors["name"] = [f"The name must be {NAME_LENGTH} characters or fewer"]
    if frequency not in Subscription.Frequency.values:
        errors["frequency"] = ["Choose how often to get an email: daily or weekly"]
    query = " ".join(str(query or "").split())
    query, cleaned, filter_errors = _cleaned_filters(query, filters)
    errors.update(filter_errors)
    # Words that are all stop words ("the") would match everything, like no words at all.
    if not filter_errors and not search.terms_of(query) and not cleaned:
        errors["query"] = ["Enter words to search for, or choose at least one filter"]
    if not has_permission(user, Permission.VIEW_LEARNING, organisation):
        errors.setdefault("__all__", []).append(
            f"{user} may not read learning at {organisation.name}"
        )
    if errors:
        raise ValidationError(errors)
    subscription = Subscription.objects.create(
        organisation=organisation,
        user=user,
        name=name,
        query=query,
        filters=cleaned,
        frequency=frequency,
        last_sent_at=timezone.now(),
    )
    by.audit_create(
        subscription,
        organisation=organisation,
        summary=f"Subscribed to learning ({frequency}): subscription {subscription.pk}",
        changes={"frequency": frequency, "words": bool(query), "filters": sorted(cleaned)},
    )
    return subscription


@transaction.atomic
def subscription_delete(*, subscription: Subscription, by: Auditor) -> None:
    """Stop a subscription. Only its owner (or the system) may."""
    if by.actor is not None and by.actor.pk != subscription.user_id:
        raise ValidationError("Only the person who subscribed can delete a subscription")
    by.audit_delete(
        subscription,
        organisation=subscription.organisation,
        summary=f"Deleted subscription {subscription.pk} to learning",
    )
    subscription.delete()


# Reads ----------------------------------------------------------------------------------------


def search_filters(subscription: Subscription) -> search.Filters | None:
    """The subscription's filters for `search`, or None when a stored one no longer reads (a
    code taken out of a list): leaving it out would quietly widen what the person gets."""
    form = LearningSearchForm(data={name: str(v) for name, v in subscription.filters.items()})
    if not form.is_valid():
        return None
    return form.filters()


def may_read_learning(subscription: Subscription) -> bool:
    """Does the subscriber still read learning in the subscription's organisation? The person
    is read afresh (the rules cache roles on a user object for the length of a request)."""
    user = User.objects.filter(pk=subscription.user_id).first()
    return user is not None and has_permission(
        user, Permission.VIEW_LEARNING, subscription.organisation
    )


def _nothing(limit: int) -> search.Results:
    return search.Results(hits=[], total=0, page=1, page_size=limit)


def new_learning_for(
    subscription: Subscription, now: datetime | None = None, *, limit: int = DIGEST_LIMIT
) -> search.Results:
    """What is new to the subscriber: records their organisation may read at `now`, matching
    the words and filters, published after the last digest and up to `now` (best first)."""
    now = now or timezone.now()
    filters = search_filters(subscription)
    if filters is None or not may_read_learning(subscription):
        return _nothing(limit)
    window = replace(filters, published_after=subscription.last_sent_at, published_until=now)
    return search.search(
        organisation=subscription.organisation,
        query=subscription.query,
        filters=window,
        page=1,
        page_size=limit,
    )


def due_subscriptions(frequency: str, now: datetime):
    """Daily ones at every run of the daily digest; weekly ones a week after the last."""
    due = Subscription.objects.filter(frequency=frequency)
    if frequency == Subscription.Frequency.WEEKLY:
        due = due.filter(last_sent_at__lte=now - WEEK + WEEKLY_TOLERANCE)
    return due


# Sending --------------------------------------------------------------------------------------


@dataclass
class DigestRun:
    frequency: str
    people: int = 0  # people with a due subscription
    sent: int = 0
    nothing_new: int = 0
    records: int = 0  # records listed, over every email sent
    failed: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.frequency} learning digests: {self.people:,} people with subscriptions due, "
            f"{self.sent:,} emails sent listing {self.records:,} records, "
            f"{self.nothing_new:,} with nothing new, {len(self.failed):,} failed"
        )

    def as_dict(self) -> dict:
        return {
            "frequency": self.frequency,
            "people": self.people,
            "sent": self.sent,
            "nothing_new": self.nothing_new,
            "records": self.records,
            "failed": list(self.failed),
        }


def _say(stdout, text: str) -> None:
    if stdout is not None:
        stdout.write(text + "\n")


def _digest_message(user, frequency: str, sections: list, connection) -> EmailMultiAlternatives:
    digest = DigestPresenter(user=user, frequency=frequency, sections=sections)
    context = {"digest": digest, "subject": digest.subject}
    text = render_to_string("sharing/subscriptions/emails/digest.txt", context)
    html = render_to_string("sharing/subscriptions/emails/digest.html", context)
    message = EmailMultiAlternatives(
        digest.subject, text, settings.DEFAULT_FROM_EMAIL, [user.email], connection=connection
    )
    message.attach_alternative(html, "text/html")
    return message


def _reconnect(connection) -> None:
    # After a refusal the connection may be half-open: start the next person on a fresh one.
    with contextlib.suppress(smtplib.SMTPException, OSError):
        connection.close()
    with contextlib.suppress(smtplib.SMTPException, OSError):
        connection.open()


def send_digests(*, frequency: str, now: datetime | None = None, stdout=None) -> DigestRun:
    """Email each person with a due `frequency` subscription what is new to it: one email
    listing every subscription with new records; nothing when nothing is new. A subscription's
    `last_sent_at` moves to `now` only once the mail listing it has been accepted."""
    if frequency not in Subscription.Frequency.values:
        raise ValueError(f"frequency must be one of {', '.join(Subscription.Frequency.values)}")
    now = now or timezone.now()
    run = DigestRun(frequency=frequency)
    due = due_subscriptions(frequency, now)
    # The people first, then their subscriptions a batch at a time: no cursor stays open on
    # the table while `last_sent_at` is written.
    user_ids = list(due.order_by("user_id").values_list("user_id", flat=True).distinct())
    run.people = len(user_ids)
    _say(stdout, f"{frequency} learning digests: {run.people:,} people with subscriptions due")
    connection = get_connection()
    if user_ids:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            connection.open()  # one connection for the run; a refused open is retried per mail
    checked = 0
    try:
        for start in range(0, len(user_ids), USERS_PER_BATCH):
            batch = due.filter(user_id__in=user_ids[start : start + USERS_PER_BATCH])
            # Read in full before anything is sent or written.
            batch = list(
                batch.select_related("user", "organisation").order_by(
                    "user_id", "organisation__name", "name", "id"
                )
            )
            for _, group in itertools.groupby(batch, key=lambda s: s.user_id):
                _send_one(list(group), frequency, now, connection, run, stdout)
                checked += 1
                if checked % PROGRESS_EVERY == 0:
                    _say(stdout, f"{checked:,} of {run.people:,} people checked, {run.sent:,} sent")
    finally:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            connection.close()
    _say(stdout, run.summary())
    return run


def _send_one(subscriptions: list, frequency: str, now, connection, run: DigestRun, stdout) -> None:
    sections = []
    for subscription in subscriptions:
        results = new_learning_for(subscription, now, limit=DIGEST_LIMIT)
        if results.hits:
            sections.append((subscription, results))
    if not sections:
        run.nothing_new += 1
        return
    user = subscriptions[0].user
    message = _digest_message(user, frequency, sections, connection)
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as error:
        problem = f"could not send the {frequency} digest to {user.email}: {error!r}"
        run.failed.append(problem)
        logger.warning("Learning digest: %s", problem)
        _say(stdout, problem)
        _reconnect(connection)
        return
    Subscription.objects.filter(pk__in=[s.pk for s, _ in sections]).update(last_sent_at=now)
    run.sent += 1
    run.records += sum(len(results.hits) for _, results in sections)
