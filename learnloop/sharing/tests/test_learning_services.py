"""Writing, publishing, changing and withdrawing learning: what the services refuse."""

import pytest
from django.core.exceptions import ValidationError

from learnloop.core.audit import Auditor
from learnloop.core.models import AuditLog
from learnloop.organisations.tests.factories import OrganisationFactory
from learnloop.sharing import learning_services
from learnloop.sharing import services as review_services
from learnloop.sharing.models import Learning, RedactionReview, SharingLevel
from learnloop.sharing.search import MARK_END, MARK_START
from learnloop.sharing.tests.learning_builders import approved, draft, published, reviewed


@pytest.fixture
def trust(db):
    return OrganisationFactory(name="Kent A Test Trust")


def test_a_draft_keeps_its_changes_in_order_and_its_themes_once(trust):
    learning = draft(
        trust,
        changes=[("Forcing function", "stronger"), ("Poster", "weaker")],
        themes=["Falls", "falls", " Older  people ", ""],
    )

    assert [(c.text, c.strength) for c in learning.changes.all()] == [
        ("Forcing function", "stronger"),
        ("Poster", "weaker"),
    ]
    assert sorted(t.slug for t in learning.themes.all()) == ["falls", "older-people"]
    assert learning.status == Learning.Status.DRAFT and learning.published_at is None
    assert learning.indexed_themes == "Falls\nOlder people"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"title": "  "}, "title"),
        ({"what_we_found": ""}, "what_we_found"),
        ({"source_kind": "gossip"}, "source_kind"),
        ({"harm": "catastrophic"}, "harm"),
        ({"setting_code": "999"}, "setting_code"),
        ({"specialty_code": "nope"}, "specialty_code"),
        ({"sharing_level": 99}, "sharing_level"),
        ({"changes": []}, "changes"),
        ({"changes": [("Something", "strongest")]}, "changes"),
        ({"changes": [("", "weaker")]}, "changes"),
        ({"themes": [f"theme {n}" for n in range(13)]}, "themes"),
    ],
)
def test_a_draft_with_a_problem_is_refused_and_nothing_is_written(trust, overrides, field):
    before = AuditLog.objects.count()

    with pytest.raises(ValidationError) as error:
        draft(trust, **overrides)

    assert field in error.value.message_dict
    assert not Learning.objects.exists() and AuditLog.objects.count() == before


def test_a_source_from_another_organisation_is_refused(trust):
    from learnloop.reports.tests.builders import make_report

    report = make_report(OrganisationFactory())

    with pytest.raises(ValidationError) as error:
        learning_services.learning_create_draft(
            organisation=trust,
            fields={
                "title": "T",
                "what_happened": "H",
                "what_we_found": "F",
                "source_kind": "report",
            },
            changes=[("C", "weaker")],
            report=report,
            by=Auditor.system(trust),
        )
    assert "report" in error.value.message_dict


def test_highlight_marks_in_what_people_write_are_dropped(trust):
    learning = draft(trust, title=f"A {MARK_START}fake{MARK_END} mark")

    assert learning.title == "A fake mark"


def test_publishing_twice_withdrawing_twice_and_changing_a_withdrawn_record_are_refused(trust):
    by = Auditor.system(trust)
    learning = published(trust, SharingLevel.SYSTEM)

    with pytest.raises(ValidationError):
        learning_services.learning_publish(learning=learning, by=by)
    with pytest.raises(ValidationError):
        learning_services.learning_withdraw(learning=learning, reason=" ", by=by)
    learning_services.learning_withdraw(learning=learning, reason="Wrong", by=by)
    with pytest.raises(ValidationError):
        learning_services.learning_withdraw(learning=learning, reason="Again", by=by)
    with pytest.raises(ValidationError):
        learning_services.learning_change_level(
            learning=learning, sharing_level=SharingLevel.PUBLIC, by=by
        )
    with pytest.raises(ValidationError):
        learning_services.learning_publish(learning=learning, by=by)


def test_a_draft_is_published_at_the_level_it_was_written_for_unless_told(trust):
    learning = approved(reviewed(draft(trust, sharing_level=SharingLevel.NATIONAL)))

    learning_services.learning_publish(learning=learning, by=Auditor.system(trust))

    assert learning.sharing_level == SharingLevel.NATIONAL and learning.is_published


def test_publishing_needs_every_free_text_field_through_a_confirmed_redaction_review(trust):
    by = Auditor.system(trust)
    learning = draft(
        trust,
        what_happened="Nurse Okafor found the infusion running fast.",
        changes=[("Pumps replaced", "stronger"), ("A poster", "weaker")],
    )

    with pytest.raises(ValidationError) as refused:
        learning_services.learning_publish(learning=learning, by=by)
    (problem,) = refused.value.messages
    assert problem == (
        "Every redaction reviewed by a person: Not yet reviewed: Title, What happened, "
        "What we found, What we changed (1), What we changed (2)."
    )

    reviews = learning_services.learning_start_redaction_reviews(learning=learning, by=by)
    assert len(reviews) == 5 and set(learning.redaction_reviews.all()) == set(reviews)
    assert learning_services.learning_start_redaction_reviews(learning=learning, by=by) == []
    # Proposed but not confirmed: still refused.
    with pytest.raises(ValidationError):
        learning_services.learning_publish(learning=learning, by=by)

    happened = next(r for r in reviews if "Okafor" in r.original_text)
    start = happened.original_text.index("Okafor")
    for review in reviews:
        added = [(start, start + len("Okafor"), "PERSON")] if review == happened else []
        review_services.review_confirm(review=review, added=added, by=by)
    learning_services.learning_apply_redactions(learning=learning, by=by)
    learning_services.learning_publish(learning=learning, by=by)

    assert "Okafor" not in learning.what_happened and "[PERSON]" in learning.what_happened
    assert learning.is_published
    assert RedactionReview.objects.filter(learning=learning, status="confirmed").count() == 5


def test_changing_a_reviewed_field_needs_a_new_review(trust):
    by = Auditor.system(trust)
    learning = reviewed(draft(trust))
    learning.what_we_found = "Something new was found."
    learning.save()

    with pytest.raises(ValidationError) as refused:
        learning_services.learning_publish(learning=learning, by=by)

    assert refused.value.messages == [
        "Every redaction reviewed by a person: Not yet reviewed: What we found."
    ]
