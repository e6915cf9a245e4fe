"""The adopt form's starting point and how an action reads, without the pages."""

import datetime

from django.utils import timezone

from learnloop.actions.models import SafetyAction
from learnloop.actions.presenters import SafetyActionPresenter, adoption_initial, strongest_change
from learnloop.sharing.models import SharingLevel
from learnloop.sharing.tests.learning_builders import published


def test_the_strongest_change_is_offered_the_first_of_equals(orgs):
    learning = published(
        orgs.kent_a,
        SharingLevel.SYSTEM,
        changes=[
            ("A checklist at handover", "intermediate"),
            ("A new policy", "weaker"),
            ("A prompt in the prescribing system", "intermediate"),
        ],
    )

    assert strongest_change(learning).text == "A checklist at handover"
    initial = adoption_initial(learning, "Kent A Test Trust")
    assert initial["title"] == "A checklist at handover"
    assert initial["strength"] == "intermediate"
    assert (
        "Kent A Test Trust" in initial["description"] and learning.title in initial["description"]
    )


def test_a_long_change_is_cut_at_a_word_to_fit_the_title(orgs):
    text = "Standardise the infusion pumps " * 10
    learning = published(orgs.kent_a, SharingLevel.SYSTEM, changes=[(text, "stronger")])

    title = adoption_initial(learning, "Kent A Test Trust")["title"]

    assert len(title) <= 200 and title.endswith("…")
    assert text.startswith(title[:-1] + " ")  # cut between words


def test_an_action_reads_in_words(orgs):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    action = SafetyAction(
        organisation=orgs.kent_b, title="Check", strength="stronger", due_date=yesterday
    )
    presenter = SafetyActionPresenter(action)

    assert presenter.strength == "Stronger action" and presenter.strength_colour == "green"
    assert presenter.status == "Open" and presenter.owner == "Nobody yet"
    assert presenter.is_overdue and presenter.due == f"{yesterday.day} {yesterday:%B %Y}"
    assert presenter.source_url == "" and presenter.source_title == ""
    action.status = SafetyAction.Status.COMPLETED
    assert not presenter.is_overdue
