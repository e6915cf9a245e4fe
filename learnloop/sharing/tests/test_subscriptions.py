"""Subscriptions to the learning exchange: saving a search, what counts as new, who gets what,
the digest emails (over a real SMTP server), the command, the Celery schedule and the pages."""

import contextlib
import io
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone

from learnloop.core.audit import Auditor
from learnloop.core.models import AuditLog
from learnloop.organisations.models import Membership, MembershipRole
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import MembershipFactory, member
from learnloop.organisations.tests.mail_server import Mailbox, free_port, running_smtp_server
from learnloop.sharing import learning_services, search, subscriptions
from learnloop.sharing.models import Learning, SharingLevel, Subscription
from learnloop.sharing.subscription_presenters import DigestItem, search_query_string, search_rows
from learnloop.sharing.tests.learning_builders import organisation_map, published

pytestmark = pytest.mark.django_db

SITE = "https://learnloop.test.example"


@pytest.fixture
def orgs(db):
    return organisation_map()


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = SITE


@pytest.fixture
def reader(orgs):
    """Frontline staff at Kent A, who reads learning and subscribes to it."""
    return member(orgs.kent_a, Role.FRONTLINE_STAFF, email="rita.reader@kent-a.example")


def subscribe(user, organisation, *, query="insulin", filters=None, frequency="daily", name=None):
    return subscriptions.subscription_create(
        organisation=organisation,
        user=user,
        name=name or f"Subscription to {query or 'filters'}",
        query=query,
        filters=filters or {},
        frequency=frequency,
        by=Auditor(actor=user, organisation=organisation),
    )


def falls(organisation, level, **overrides):
    """A record about falls that says nothing about insulin."""
    fields = {
        "title": "Falls at night on a surgical ward",
        "what_happened": "A patient fell while walking to the toilet at night.",
        "what_we_found": "Bed rails and lighting were not checked at the evening round.",
        "changes": [("Lighting checks added to the evening round", "intermediate")],
        "themes": ["Falls"],
    }
    return published(organisation, level, **{**fields, **overrides})


def titles(results) -> set[str]:
    return {hit.learning.title for hit in results.hits}


def moved_back(subscription, **delta) -> Subscription:
    """The subscription as if its last digest went out `delta` ago (read afresh)."""
    Subscription.objects.filter(pk=subscription.pk).update(
        last_sent_at=timezone.now() - timedelta(**delta)
    )
    return Subscription.objects.get(pk=subscription.pk)


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


# Saving a search ----------------------------------------------------------------------------


def test_a_subscription_keeps_the_words_and_cleaned_filters_and_starts_now(orgs, reader):
    before = timezone.now()

    subscription = subscribe(
        reader,
        orgs.kent_a,
        query="  insulin   handover ",
        filters={"theme": " Medication ", "harm": "low", "published_from": "2026-01-05"},
        frequency="weekly",
        name="  Insulin   at handover ",
    )

    assert subscription.name == "Insulin at handover"
    assert subscription.query == "insulin handover"
    assert subscription.filters == {
        "theme": "Medication",
        "harm": "low",
        "published_from": "2026-01-05",
    }
    assert subscription.frequency == "weekly"
    assert before <= subscription.last_sent_at <= timezone.now()
    entry = AuditLog.objects.get(object_type="sharing.Subscription")
    assert entry.action == AuditLog.Action.CREATE
    assert (entry.actor, entry.organisation) == (reader, orgs.kent_a)
    assert "insulin" not in entry.summary + str(entry.changes)  # the words stay out of the log
    assert entry.changes["filters"] == ["harm", "published_from", "theme"]


def test_a_theme_alone_is_a_subscription(orgs, reader):
    subscription = subscribe(reader, orgs.kent_a, query="", filters={"theme": "Falls"})

    assert subscription.query == "" and subscription.filters == {"theme": "Falls"}


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": "  "}, "name", "Enter a name for the subscription"),
        ({"name": "x" * 201}, "name", "The name must be 200 characters or fewer"),
        ({"frequency": "hourly"}, "frequency", "Choose how often to get an email: daily or weekly"),
        ({"query": ""}, "query", "Enter words to search for, or choose at least one filter"),
        ({"query": "the and of"}, "query", "Enter words to search for, or choose at least one filter"),
        ({"query": "x" * 201}, "query", "Search learning: Ensure this value has at most 200"),
        ({"filters": {"harm": "dreadful"}}, "filters", "Harm: Select a valid choice. dreadful"),
        ({"filters": {"published_to": "next Tuesday"}}, "filters", "Published on or before: Enter a date like 2026-03-31"),
        ({"filters": {"colour": "red"}}, "filters", "There is no filter called ‘colour’"),
    ],
)  # fmt: skip
def test_bad_input_is_a_clear_message_and_nothing_is_written(orgs, reader, changes, field, message):
    arguments = {"name": "Insulin", "query": "insulin", "filters": {}, "frequency": "daily"}
    arguments.update(changes)
    audit_entries = AuditLog.objects.count()

    with pytest.raises(ValidationError) as raised:
        subscriptions.subscription_create(
            organisation=orgs.kent_a,
            user=reader,
            by=Auditor(actor=reader, organisation=orgs.kent_a),
            **arguments,
        )

    assert any(text.startswith(message) for text in raised.value.message_dict[field])
    assert not Subscription.objects.exists()
    assert AuditLog.objects.count() == audit_entries


def test_a_person_who_may_not_read_learning_cannot_subscribe(orgs):
    relative = member(orgs.kent_a, Role.FAMILY_MEMBER)

    with pytest.raises(ValidationError) as raised:
        subscribe(relative, orgs.kent_a)

    assert "may not read learning at Kent A Test Trust" in str(raised.value)
    assert not Subscription.objects.exists()


def test_deleting_is_audited_and_only_for_the_owner(orgs, reader):
    subscription = subscribe(reader, orgs.kent_a)
    colleague = member(orgs.kent_a, Role.PATIENT_SAFETY_LEAD)

    with pytest.raises(ValidationError, match="Only the person who subscribed"):
        subscriptions.subscription_delete(
            subscription=subscription, by=Auditor(actor=colleague, organisation=orgs.kent_a)
        )
    subscriptions.subscription_delete(
        subscription=subscription, by=Auditor(actor=reader, organisation=orgs.kent_a)
    )

    assert not Subscription.objects.exists()
    entry = AuditLog.objects.filter(object_type="sharing.Subscription").last()
    assert entry.action == AuditLog.Action.DELETE and entry.actor == reader


# What is new ----------------------------------------------------------------------------------


def test_new_means_matching_and_published_after_the_last_digest_up_to_now(orgs, reader):
    old = published(orgs.kent_b, SharingLevel.SYSTEM, title="Old insulin learning")
    subscription = subscribe(reader, orgs.kent_a, query="insulin")
    new = published(orgs.kent_b, SharingLevel.SYSTEM, title="New insulin learning")
    falls(orgs.kent_b, SharingLevel.SYSTEM)  # new, but does not match

    assert titles(subscriptions.new_learning_for(subscription)) == {new.title}
    # A run that looks at an earlier moment does not see what was published after it.
    before_new = new.published_at - timedelta(microseconds=1)
    assert titles(subscriptions.new_learning_for(subscription, before_new)) == set()
    assert old.published_at < subscription.last_sent_at


def test_filters_narrow_what_is_new(orgs, reader):
    subscription = subscribe(reader, orgs.kent_a, query="", filters={"theme": "falls"})
    falls_record = falls(orgs.kent_b, SharingLevel.SYSTEM)
    published(orgs.kent_b, SharingLevel.SYSTEM)  # insulin, themed Medication

    assert titles(subscriptions.new_learning_for(subscription)) == {falls_record.title}


@pytest.mark.parametrize(
    "subscriber", ["kent_a", "kent_b", "kent_icb", "sussex_a", "network", "cqc"]
)
def test_each_organisation_gets_exactly_what_it_may_see(orgs, subscriber):
    organisation = orgs.all()[subscriber]
    person = member(organisation, Role.COMMISSIONER)
    subscription = subscribe(person, organisation, query="insulin")
    made = [
        published(orgs.all()[publisher], level, title=f"{publisher} {level.name} insulin")
        for publisher in ("kent_a", "sussex_b", "network")
        for level in SharingLevel
    ]

    expected = {
        learning.title
        for learning in made
        if Learning.objects.visible_to(organisation).filter(pk=learning.pk).exists()
    }
    assert titles(subscriptions.new_learning_for(subscription)) == expected
    assert "sussex_b ORGANISATION insulin" not in expected
    if subscriber != "kent_a":
        assert "kent_a ORGANISATION insulin" not in expected


def test_withdrawn_and_narrowed_records_never_appear(orgs, reader):
    subscription = subscribe(reader, orgs.kent_a, query="insulin")
    withdrawn = published(orgs.sussex_b, SharingLevel.NATIONAL, title="Withdrawn insulin")
    narrowed = published(orgs.sussex_b, SharingLevel.NATIONAL, title="Narrowed insulin")
    kept = published(orgs.sussex_b, SharingLevel.NATIONAL, title="Kept insulin")
    by = Auditor.system(orgs.sussex_b)
    learning_services.learning_withdraw(learning=withdrawn, reason="Wrong ward named", by=by)
    learning_services.learning_change_level(
        learning=narrowed, sharing_level=SharingLevel.SYSTEM, by=by
    )

    assert titles(subscriptions.new_learning_for(subscription)) == {kept.title}


def test_someone_who_left_or_lost_the_permission_gets_nothing(orgs, reader):
    subscription = subscribe(reader, orgs.kent_a, query="insulin")
    published(orgs.kent_b, SharingLevel.SYSTEM)
    assert subscriptions.new_learning_for(subscription).total == 1

    membership = Membership.objects.get(user=reader, organisation=orgs.kent_a)
    Membership.objects.filter(pk=membership.pk).update(is_active=False)
    assert subscriptions.new_learning_for(subscription).total == 0

    Membership.objects.filter(pk=membership.pk).update(is_active=True)
    MembershipRole.objects.filter(membership=membership).update(role=Role.FAMILY_MEMBER)
    assert subscriptions.new_learning_for(subscription).total == 0

    MembershipRole.objects.filter(membership=membership).update(role=Role.FRONTLINE_STAFF)
    reader.is_active = False
    reader.save(update_fields=["is_active"])
    assert subscriptions.new_learning_for(subscription).total == 0


def test_a_stored_filter_that_no_longer_reads_gives_nothing_rather_than_more(orgs, reader):
    subscription = subscribe(reader, orgs.kent_a, query="insulin", filters={"harm": "low"})
    published(orgs.kent_b, SharingLevel.SYSTEM)
    Subscription.objects.filter(pk=subscription.pk).update(filters={"harm": "gone"})

    assert subscriptions.new_learning_for(Subscription.objects.get(pk=subscription.pk)).total == 0


# Sending ----------------------------------------------------------------------------------


def test_one_email_per_person_lists_each_subscription_with_new_records(orgs, reader):
    insulin = subscribe(reader, orgs.kent_a, query="insulin", name="Insulin")
    by_theme = subscribe(reader, orgs.kent_a, query="", filters={"theme": "Falls"}, name="Falls")
    quiet = subscribe(reader, orgs.kent_a, query="sepsis", name="Sepsis")
    someone_else = member(orgs.kent_b, Role.INVESTIGATOR, email="ivan@kent-b.example")
    subscribe(someone_else, orgs.kent_b, query="insulin")
    insulin_record = published(orgs.kent_b, SharingLevel.SYSTEM, title="Insulin at handover")
    falls_record = falls(orgs.kent_b, SharingLevel.SYSTEM)
    now = timezone.now()

    run = subscriptions.send_digests(frequency="daily", now=now)

    assert (run.people, run.sent, run.records, run.nothing_new, run.failed) == (2, 2, 3, 0, [])
    assert sorted(message.to[0] for message in mail.outbox) == [
        "ivan@kent-b.example",
        "rita.reader@kent-a.example",
    ]
    message = next(m for m in mail.outbox if m.to == ["rita.reader@kent-a.example"])
    assert message.subject == "New learning on learnloop: 2 records for your daily subscriptions"
    html = message.alternatives[0][0]
    for body in (message.body, html):
        assert "Insulin: 1 new record" in body and "Falls: 1 new record" in body
        assert "Sepsis" not in body
        assert f"{SITE}/learning/{insulin_record.pk}/" in body
        assert f"{SITE}/learning/{falls_record.pk}/" in body
        assert f"{SITE}/learning/subscriptions/" in body
    assert "Kent B Test Trust" in message.body
    assert message.alternatives[0][1] == "text/html"
    sent = {s.pk: s.last_sent_at for s in Subscription.objects.all()}
    assert sent[insulin.pk] == sent[by_theme.pk] == now
    assert sent[quiet.pk] == quiet.last_sent_at  # nothing new for it: left as it was


def test_nothing_is_sent_when_nothing_is_new(orgs, reader):
    subscription = subscribe(reader, orgs.kent_a, query="insulin")
    published(orgs.kent_b, SharingLevel.SYSTEM)
    subscriptions.send_digests(frequency="daily")
    mail.outbox.clear()
    sent_at = Subscription.objects.get(pk=subscription.pk).last_sent_at

    run = subscriptions.send_digests(frequency="daily")

    assert mail.outbox == []
    assert (run.people, run.sent, run.nothing_new) == (1, 0, 1)
    assert Subscription.objects.get(pk=subscription.pk).last_sent_at == sent_at


def test_an_anonymised_publisher_stays_anonymised_in_the_email(orgs):
    person = member(orgs.sussex_b, Role.FRONTLINE_STAFF)
    subscribe(person, orgs.sussex_b, query="insulin")
    published(orgs.kent_a, SharingLevel.NATIONAL, anonymised_publisher=True)

    subscriptions.send_digests(frequency="daily")

    message = mail.outbox[0]
    for body in (message.body, message.alternatives[0][0]):
        assert "An NHS trust in South East" in body
        assert "Kent A Test Trust" not in body


def test_the_words_found_are_marked_in_html_and_plain_in_text(orgs, reader):
    subscribe(reader, orgs.kent_a, query="handover")
    published(orgs.kent_b, SharingLevel.SYSTEM, title="A <b>bold</b> sheet")

    subscriptions.send_digests(frequency="daily")

    message = mail.outbox[0]
    html = message.alternatives[0][0]
    assert "<mark>handover</mark>" in html
    assert "<b>" not in html and "&lt;b&gt;" in html  # the record's own words are escaped
    assert "A <b>bold</b> sheet" in message.body  # plain text, as written
    assert "<mark>" not in message.body and "\ue000" not in message.body


def test_a_long_list_is_cut_with_a_link_to_the_search(orgs, reader, monkeypatch):
    monkeypatch.setattr(subscriptions, "DIGEST_LIMIT", 2)
    subscribe(reader, orgs.kent_a, query="insulin", filters={"harm": "low"})
    for number in range(3):
        published(orgs.kent_b, SharingLevel.SYSTEM, title=f"Insulin learning {number}")

    subscriptions.send_digests(frequency="daily")

    body = mail.outbox[0].body
    assert "3 new records" in body
    assert f"And 1 more: {SITE}/learning/?q=insulin&harm=low" in body


@pytest.mark.parametrize(("days_ago", "due"), [(1, False), (6, False), (7, True), (30, True)])
def test_weekly_subscriptions_are_due_a_week_after_the_last_digest(orgs, reader, days_ago, due):
    subscription = subscribe(reader, orgs.kent_a, query="insulin", frequency="weekly")
    subscription = moved_back(subscription, days=days_ago)
    published(orgs.kent_b, SharingLevel.SYSTEM)

    daily = subscriptions.send_digests(frequency="daily")
    weekly = subscriptions.send_digests(frequency="weekly")

    assert daily.people == 0
    assert (weekly.people, weekly.sent, len(mail.outbox)) == ((1, 1, 1) if due else (0, 0, 0))


def test_daily_subscriptions_go_at_every_daily_run(orgs, reader):
    subscribe(reader, orgs.kent_a, query="insulin")
    published(orgs.kent_b, SharingLevel.SYSTEM, title="First insulin")
    subscriptions.send_digests(frequency="daily")
    published(orgs.kent_b, SharingLevel.SYSTEM, title="Second insulin")

    subscriptions.send_digests(frequency="daily")

    assert len(mail.outbox) == 2
    assert "Second insulin" in mail.outbox[1].body and "First insulin" not in mail.outbox[1].body


def test_progress_is_written_for_a_long_run(orgs, monkeypatch):
    monkeypatch.setattr(subscriptions, "PROGRESS_EVERY", 1)
    monkeypatch.setattr(subscriptions, "USERS_PER_BATCH", 1)
    for number in range(3):
        subscribe(member(orgs.kent_a, email=f"p{number}@kent-a.example"), orgs.kent_a)
    published(orgs.kent_b, SharingLevel.SYSTEM)
    out = io.StringIO()

    run = subscriptions.send_digests(frequency="daily", stdout=out)

    lines = out.getvalue().splitlines()
    assert lines[0] == "daily learning digests: 3 people with subscriptions due"
    assert lines[1:4] == [f"{n} of 3 people checked, {n} sent" for n in (1, 2, 3)]
    assert lines[-1] == run.summary()
    assert run.sent == 3


# SMTP: a real server, and failures ------------------------------------------------------------


class RefusingMailbox(Mailbox):
    """Accepts mail, except for addresses starting with 'refused'."""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("refused"):
            return "550 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"


@contextlib.contextmanager
def refusing_smtp_server(settings):
    mailbox = RefusingMailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    try:
        yield mailbox
    finally:
        controller.stop()


def test_a_refused_mail_is_reported_and_goes_next_time(orgs, settings):
    refused = member(orgs.kent_a, email="refused.person@kent-a.example")
    accepted = member(orgs.kent_a, email="accepted.person@kent-a.example")
    refused_subscription = subscribe(refused, orgs.kent_a)
    accepted_subscription = subscribe(accepted, orgs.kent_a)
    published(orgs.kent_b, SharingLevel.SYSTEM)
    out = io.StringIO()

    with refusing_smtp_server(settings) as mailbox:
        run = subscriptions.send_digests(frequency="daily", stdout=out)

    assert [m["To"] for m in mailbox.messages] == ["accepted.person@kent-a.example"]
    assert run.sent == 1 and len(run.failed) == 1
    assert "refused.person@kent-a.example" in run.failed[0] and run.failed[0] in out.getvalue()
    after = {s.pk: s.last_sent_at for s in Subscription.objects.all()}
    assert after[refused_subscription.pk] == refused_subscription.last_sent_at
    assert after[accepted_subscription.pk] > accepted_subscription.last_sent_at
    # A server that takes it, next time: the record is still new to them.
    with running_smtp_server(settings) as mailbox:
        again = subscriptions.send_digests(frequency="daily")
    assert again.sent == 1 and [m["To"] for m in mailbox.messages] == [refused.email]


def test_no_mail_server_is_reported_for_each_person_without_raising(orgs, settings):
    subscription = subscribe(member(orgs.kent_a), orgs.kent_a)
    subscribe(member(orgs.kent_a), orgs.kent_a)
    published(orgs.kent_b, SharingLevel.SYSTEM)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nothing listens
    settings.EMAIL_TIMEOUT = 5

    run = subscriptions.send_digests(frequency="daily")

    assert (run.sent, len(run.failed)) == (0, 2)
    assert Subscription.objects.get(pk=subscription.pk).last_sent_at == subscription.last_sent_at


def test_end_to_end_a_digest_arrives_in_a_real_smtp_server(orgs, reader, settings):
    """Subscribe on the page; learning is published; the command sends the digest over SMTP."""
    client = client_for(reader)
    form = client.get("/learning/subscriptions/new/", {"q": "insulin"})
    assert form.status_code == 200
    client.post(
        "/learning/subscriptions/new/",
        {"q": "insulin", "name": "Insulin errors", "frequency": "daily"},
    )
    visible = published(orgs.sussex_b, SharingLevel.NATIONAL, title="Insulin pens mixed up")
    hidden = published(orgs.sussex_b, SharingLevel.SYSTEM, title="Insulin sliding scale lost")
    out = io.StringIO()

    with running_smtp_server(settings) as mailbox:
        call_command("send_learning_digests", "--frequency", "daily", stdout=out)

    message = mailbox.only()
    assert message["To"] == "rita.reader@kent-a.example"
    assert message["Subject"] == "New learning on learnloop: 1 record for your daily subscriptions"
    text, html = mailbox.text_of(message), mailbox.html_of(message)
    for body in (text, html):
        assert "Insulin errors" in body
        assert visible.title in body
        assert f"{SITE}/learning/{visible.pk}/" in body
        assert hidden.title not in body and f"/learning/{hidden.pk}/" not in body
    assert "1 emails sent listing 1 records" in out.getvalue()
    # The link opens the record for the subscriber.
    assert client.get(f"/learning/{visible.pk}/").status_code == 200


# The command and the schedule -----------------------------------------------------------------


def test_the_command_reports_and_fails_when_mail_was_refused(orgs, settings):
    subscribe(member(orgs.kent_a, email="refused.again@kent-a.example"), orgs.kent_a)
    published(orgs.kent_b, SharingLevel.SYSTEM)
    out = io.StringIO()

    with refusing_smtp_server(settings), pytest.raises(CommandError) as raised:
        call_command("send_learning_digests", frequency="daily", stdout=out)

    assert raised.value.returncode == 1
    assert "1 digest emails were refused; they will go next time" in str(raised.value)
    assert "refused.again@kent-a.example" in out.getvalue()


def test_the_command_needs_a_known_frequency(db):
    with pytest.raises(CommandError, match="invalid choice: 'hourly'"):
        call_command("send_learning_digests", "--frequency", "hourly")


def test_the_command_runs_under_the_learnloop_name_with_hyphens(orgs, reader, capsys):
    from learnloop.cli import main

    subscribe(reader, orgs.kent_a)
    published(orgs.kent_b, SharingLevel.SYSTEM)

    main(["send-learning-digests", "--frequency", "daily"])

    assert "1 emails sent" in capsys.readouterr().out
    assert len(mail.outbox) == 1


def test_celery_beat_sends_daily_at_seven_and_weekly_on_monday_at_seven():
    from learnloop.config.celery import app

    schedule = app.conf.beat_schedule
    daily, weekly = schedule["learning-digests-daily"], schedule["learning-digests-weekly"]
    for entry in (daily, weekly):
        assert entry["task"] == "learnloop.sharing.tasks.send_learning_digests"
        assert entry["schedule"].hour == {7} and entry["schedule"].minute == {0}
    assert daily["args"] == ("daily",) and daily["schedule"].day_of_week == set(range(7))
    assert weekly["args"] == ("weekly",) and weekly["schedule"].day_of_week == {1}
    assert str(app.timezone) == "Europe/London"


def test_the_celery_task_sends_the_digests(orgs, reader):
    from learnloop.sharing.tasks import send_learning_digests

    subscribe(reader, orgs.kent_a)
    published(orgs.kent_b, SharingLevel.SYSTEM)

    result = send_learning_digests.delay("daily").get()

    assert result["sent"] == 1 and result["failed"] == []
    assert len(mail.outbox) == 1


# The pages --------------------------------------------------------------------------------


def test_the_search_page_offers_the_search_by_email(orgs, reader):
    body = client_for(reader).get("/learning/", {"q": "insulin", "harm": "low"}).content.decode()

    assert '/learning/subscriptions/new/?q=insulin&amp;harm=low">Get new results by email' in body
    assert "Your subscriptions" in body
    assert "Get new results by email" not in client_for(reader).get("/learning/").content.decode()


def test_the_new_page_is_prefilled_from_the_search(orgs, reader):
    response = client_for(reader).get(
        "/learning/subscriptions/new/",
        {"q": "insulin", "theme": "Handover", "harm": "low", "page": "2"},
    )

    body = response.content.decode()
    assert response.status_code == 200
    assert 'name="name" type="text" value="insulin"' in body
    assert "Handover" in body and "Low" in body
    assert '<input type="hidden" name="q" value="insulin">' in body
    assert '<input type="hidden" name="harm" value="low">' in body
    assert 'name="page"' not in body
    assert 'value="weekly" checked' in body


def test_subscribing_on_the_page(orgs, reader):
    client = client_for(reader)

    response = client.post(
        "/learning/subscriptions/new/",
        {"q": "insulin", "theme": "Handover", "name": "Insulin at handover", "frequency": "weekly"},
    )

    assert response.status_code == 302 and response.url == "/learning/subscriptions/"
    subscription = Subscription.objects.get()
    assert (subscription.user, subscription.organisation) == (reader, orgs.kent_a)
    assert subscription.filters == {"theme": "Handover"} and subscription.frequency == "weekly"
    listing = client.get(response.url).content.decode()
    assert "Subscribed to ‘Insulin at handover’" in listing
    assert "Words: insulin; Theme: Handover" in listing


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"q": "insulin", "frequency": "daily"}, "Enter a name for the subscription"),
        ({"q": "insulin", "name": "Insulin"}, "Choose how often to get an email: daily or weekly"),
        ({"name": "Everything", "frequency": "daily"}, "Enter words to search for, or choose at least one filter"),
        ({"name": "Bad", "frequency": "daily", "harm": "dreadful"}, "Harm: Select a valid choice."),
    ],
)  # fmt: skip
def test_the_page_shows_what_is_wrong(orgs, reader, data, message):
    response = client_for(reader).post("/learning/subscriptions/new/", data)

    body = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in body and message in body
    assert not Subscription.objects.exists()


def test_the_list_shows_only_my_subscriptions_in_this_organisation(orgs, reader):
    mine = subscribe(reader, orgs.kent_a, name="Mine here")
    MembershipFactory(user=reader, organisation=orgs.kent_b)
    subscribe(reader, orgs.kent_b, name="Mine elsewhere")
    subscribe(member(orgs.kent_a), orgs.kent_a, name="A colleague's")

    body = client_for(reader).get("/learning/subscriptions/").content.decode()

    assert "Mine here" in body and f"/learning/subscriptions/{mine.pk}/delete/" in body
    assert "Mine elsewhere" not in body and "A colleague&#39;s" not in body


def test_deleting_on_the_page_asks_first(orgs, reader):
    subscription = subscribe(reader, orgs.kent_a, name="Insulin errors")
    client = client_for(reader)
    url = f"/learning/subscriptions/{subscription.pk}/delete/"

    confirm = client.get(url)
    assert confirm.status_code == 200 and "Delete ‘Insulin errors’?" in confirm.content.decode()
    assert Subscription.objects.exists()

    response = client.post(url)

    assert response.status_code == 302 and response.url == "/learning/subscriptions/"
    assert not Subscription.objects.exists()
    assert "Deleted ‘Insulin errors’" in client.get(response.url).content.decode()


def test_someone_elses_subscription_is_404(orgs, reader):
    subscription = subscribe(reader, orgs.kent_a)
    url = f"/learning/subscriptions/{subscription.pk}/delete/"
    colleague = client_for(member(orgs.kent_a, Role.PATIENT_SAFETY_LEAD))
    outsider = client_for(member(orgs.kent_b, Role.ADMINISTRATOR))

    for client in (colleague, outsider):
        assert client.get(url).status_code == 404
        assert client.post(url).status_code == 404
    assert Subscription.objects.filter(pk=subscription.pk).exists()


def test_the_pages_need_the_permission_to_read_learning(orgs):
    relative = client_for(member(orgs.kent_a, Role.FAMILY_MEMBER))

    for path in ("/learning/subscriptions/", "/learning/subscriptions/new/"):
        assert relative.get(path).status_code == 403
        response = Client().get(path)
        assert response.status_code == 302 and response.url.startswith("/sign-in/")
    assert relative.post("/learning/subscriptions/new/", {"q": "x", "name": "x"}).status_code == 403
    assert not Subscription.objects.exists()


def test_the_new_page_without_a_search_says_to_search_first(orgs, reader):
    body = client_for(reader).get("/learning/subscriptions/new/").content.decode()

    assert "There is no search to save yet" in body


# The presenters -------------------------------------------------------------------------------


def test_a_saved_search_reads_in_the_search_forms_words():
    rows = search_rows(
        "insulin",
        {"harm": "low", "publisher_kind": "icb", "published_from": "2026-03-01", "theme": "Falls"},
    )

    assert rows == [
        ("Words", "insulin"),
        ("Theme", "Falls"),
        ("Harm", "Low physical harm"),
        ("Published by", "Integrated care board"),
        ("Published on or after", "1 March 2026"),
    ]
    assert search_query_string("insulin", {"theme": "Falls"}) == "q=insulin&theme=Falls"


def test_a_snippet_that_is_only_the_title_is_left_out(orgs):
    learning = published(orgs.kent_a, SharingLevel.NATIONAL)

    same = DigestItem(learning, orgs.kent_b, "\ue000Insulin\ue001 doses missed at handover")
    other = DigestItem(learning, orgs.kent_b, "The \ue000handover\ue001 sheet")

    assert (same.snippet_text, same.snippet_html) == ("", "")
    assert other.snippet_text == "The handover sheet"
    assert str(other.snippet_html) == "The <mark>handover</mark> sheet"
    assert other.url == f"{SITE}/learning/{learning.pk}/"


def test_a_person_subscribed_in_two_organisations_sees_which_is_which(orgs, reader):
    MembershipFactory(user=reader, organisation=orgs.sussex_a)
    subscribe(reader, orgs.kent_a, name="At Kent")
    subscribe(reader, orgs.sussex_a, name="At Sussex")
    published(orgs.network, SharingLevel.NATIONAL)

    subscriptions.send_digests(frequency="daily")

    body = mail.outbox[0].body
    assert "(as Kent A Test Trust sees it)" in body and "(as Sussex A Test Trust sees it)" in body


def test_beyond_the_counting_cap_the_digest_says_more_than(orgs, reader, monkeypatch):
    monkeypatch.setattr(subscriptions, "DIGEST_LIMIT", 2)
    monkeypatch.setattr(search, "COUNT_CAP", 2)
    subscribe(reader, orgs.kent_a, query="insulin", filters={"harm": "low"})
    for number in range(3):
        published(orgs.kent_b, SharingLevel.SYSTEM, title=f"Insulin learning {number}")
    published(orgs.sussex_b, SharingLevel.SYSTEM, title="Sussex-only insulin learning")

    subscriptions.send_digests(frequency="daily")

    message = mail.outbox[0]
    body = message.body
    assert "More than 2 new records" in body and "Sussex-only" not in body
    # Both records shown, yet more were found: the link to the rest is still there.
    assert f"And more: {SITE}/learning/?q=insulin&harm=low" in body
    assert message.subject.startswith("New learning on learnloop: over 2 records")
    html = message.alternatives[0][0]
    assert ">And more</a>" in html


def test_a_lower_bound_beyond_what_is_shown_says_over(orgs, reader, monkeypatch):
    monkeypatch.setattr(subscriptions, "DIGEST_LIMIT", 1)
    monkeypatch.setattr(search, "COUNT_CAP", 2)
    subscribe(reader, orgs.kent_a, query="insulin", filters={"harm": "low"})
    for number in range(4):
        published(orgs.kent_b, SharingLevel.SYSTEM, title=f"Insulin learning {number}")

    subscriptions.send_digests(frequency="daily")

    body = mail.outbox[0].body
    assert f"And over 1 more: {SITE}/learning/?q=insulin&harm=low" in body
