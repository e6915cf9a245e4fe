"""Similar learning (issue 5): the records most like a new report's words, from other
organisations, on whichever engine the tests run; and never a record the reader may not see."""

import pytest

from learnloop.core.audit import Auditor
from learnloop.reports import lfpse
from learnloop.reports.tests.builders import make_death, make_report
from learnloop.sharing import learning_services, search
from learnloop.sharing.learning_presenters import (
    SimilarRecordPresenter,
    report_text,
    similar_to_report,
)
from learnloop.sharing.models import SharingLevel
from learnloop.sharing.search import MAX_SIMILAR_TERMS, telling_terms
from learnloop.sharing.tests.learning_builders import draft, organisation_map, published

NATIONAL, SYSTEM, ORGANISATION, PUBLIC = (
    SharingLevel.NATIONAL,
    SharingLevel.SYSTEM,
    SharingLevel.ORGANISATION,
    SharingLevel.PUBLIC,
)
REPORT = (
    "The patient's evening dose of enoxaparin was missed after a transfer from the emergency "
    "department at 22:30. The anticoagulant chart was left behind; bed 14."
)


@pytest.fixture
def orgs(db):
    return organisation_map()


def titles(hits) -> list[str]:
    return [hit.learning.title for hit in hits]


def anticoagulant_record(organisation, level=NATIONAL, **overrides):
    fields = {
        "title": "Anticoagulant doses missed after transfer",
        "what_happened": "Enoxaparin was not given after a move from the emergency department.",
        "what_we_found": "The anticoagulant chart did not travel with the patient.",
        "themes": ["Medication", "Transfer"],
    }
    return published(organisation, level, **{**fields, **overrides})


# Choosing the words


def test_the_telling_words_leave_out_stop_words_common_words_and_numbers():
    terms = telling_terms(REPORT)

    assert "enoxaparin" in terms and "anticoagulant" in terms
    for dropped in ("the", "patient", "after", "evening", "14", "22", "30", "s"):
        assert dropped not in terms
    assert terms == telling_terms(REPORT)  # the same text, the same words


def test_two_letter_abbreviations_count():
    assert telling_terms("CT scan delayed; IV antibiotics late; GP letter") == [
        "antibiotics",
        "delayed",
        "letter",
        "scan",
        "ct",
        "iv",
        "gp",
    ]


def test_repeated_words_come_first_then_the_longest_and_a_plural_counts_with_its_singular():
    text = "Falls. A fall from a chair; bed rails down. Fall sensor off. Anticoagulation."

    assert telling_terms(text)[:3] == ["fall", "anticoagulation", "sensor"]
    assert "falls" not in telling_terms(text)


def test_at_most_twelve_words_are_kept():
    text = " ".join(f"word{chr(97 + n // 26)}{chr(97 + n % 26)}" for n in range(40))

    assert len(telling_terms(text)) == MAX_SIMILAR_TERMS == 12


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "the and of",
        "12 34 56:78",
        '"',
        "OR OR AND NOT NEAR(",
        "'; DROP TABLE sharing_learning; --",
        "\x00",
        "insulin \ue000 \ue001",
        "💉 insulin",
        "!insulin & | <-> :* ' \\",
        "enoxaparin " * 5000,
        "x" * 100_000,
    ],
)
def test_odd_text_never_raises(orgs, text):
    anticoagulant_record(orgs.sussex_a)
    anticoagulant_record(orgs.sussex_a, title="Insulin omitted", what_happened="Insulin missed.")

    hits = search.similar(organisation=orgs.kent_a, text=text)

    assert len(hits) <= 2


# Finding and ranking


def test_a_record_from_another_trust_sharing_words_is_found_with_a_snippet(orgs):
    record = anticoagulant_record(orgs.sussex_a)
    published(orgs.sussex_a, NATIONAL, title="A fall from a chair", what_happened="Nothing alike.")

    hits = search.similar(organisation=orgs.kent_a, text=REPORT)

    assert [hit.learning for hit in hits] == [record]
    assert hits[0].rank is not None
    assert search.MARK_START in hits[0].snippet


def test_the_closer_record_ranks_first(orgs):
    # Shares one word with the report.
    published(
        orgs.sussex_a,
        NATIONAL,
        title="Handover of a deteriorating patient",
        what_happened="Observations were late after transfer to the ward.",
        what_we_found="Escalation was delayed.",
    )
    # Shares most of them.
    closer = anticoagulant_record(orgs.cqc)

    hits = search.similar(organisation=orgs.kent_a, text=REPORT)

    assert titles(hits) == [closer.title, "Handover of a deteriorating patient"]
    assert hits[0].rank > hits[1].rank


def test_only_the_newest_visible_matches_are_ranked(orgs, monkeypatch):
    closer = anticoagulant_record(orgs.cqc)
    newer = published(
        orgs.sussex_a,
        NATIONAL,
        title="Handover of a deteriorating patient",
        what_happened="Observations were late after transfer to the ward.",
        what_we_found="Escalation was delayed.",
    )
    # The newest matches of all, which Kent A may not read: they take no candidate's place.
    for number in range(3):
        anticoagulant_record(orgs.sussex_b, SYSTEM, title=f"Sussex-only record {number}")

    monkeypatch.setattr(search, "SIMILAR_CANDIDATES", 2)  # as many as Kent A may read
    assert [hit.learning for hit in search.similar(organisation=orgs.kent_a, text=REPORT)] == [
        closer,
        newer,
    ]
    monkeypatch.setattr(search, "SIMILAR_CANDIDATES", 1)  # the closer, older record is beyond it
    assert [hit.learning for hit in search.similar(organisation=orgs.kent_a, text=REPORT)] == [
        newer
    ]


def test_the_organisations_own_records_are_left_out_unless_asked_for(orgs):
    own = anticoagulant_record(orgs.kent_a, title="Our own anticoagulant learning")
    elsewhere = anticoagulant_record(orgs.kent_b, SYSTEM)

    assert [hit.learning for hit in search.similar(organisation=orgs.kent_a, text=REPORT)] == [
        elsewhere
    ]
    found = search.similar(organisation=orgs.kent_a, text=REPORT, exclude_own=False)
    assert {hit.learning for hit in found} == {own, elsewhere}


def test_never_a_record_the_organisation_may_not_see(orgs):
    anticoagulant_record(orgs.sussex_b, SYSTEM, title="Sussex system-level record")
    anticoagulant_record(orgs.kent_b, ORGANISATION, title="Kent B's own record")
    draft(orgs.sussex_b, title="A Sussex draft about enoxaparin")
    withdrawn = anticoagulant_record(orgs.cqc, title="A withdrawn record")
    learning_services.learning_withdraw(
        learning=withdrawn, reason="Wrong.", by=Auditor.system(orgs.cqc)
    )
    visible = {
        anticoagulant_record(orgs.kent_b, SYSTEM, title="Kent system-level record"),
        anticoagulant_record(orgs.cqc, NATIONAL, title="National record"),
        anticoagulant_record(orgs.sussex_b, PUBLIC, title="Public record"),
    }

    hits = search.similar(organisation=orgs.kent_a, text=REPORT, limit=20)

    assert {hit.learning for hit in hits} == visible
    # Anonymous readers: public records only.
    assert titles(search.similar(organisation=None, text=REPORT)) == ["Public record"]


def test_at_most_limit_records_best_first_and_the_same_every_time(orgs):
    for number in range(8):
        anticoagulant_record(orgs.cqc, title=f"Anticoagulant record {number}")

    first = search.similar(organisation=orgs.kent_a, text=REPORT)

    assert len(first) == search.SIMILAR_LIMIT == 5
    assert [h.rank for h in first] == sorted((h.rank for h in first), reverse=True)
    assert titles(search.similar(organisation=orgs.kent_a, text=REPORT)) == titles(first)
    assert len(search.similar(organisation=orgs.kent_a, text=REPORT, limit=2)) == 2
    assert search.similar(organisation=orgs.kent_a, text=REPORT, limit=0) == []


# For the triage page


def test_a_reports_words_are_its_description_a_deaths_cause_and_its_categories(orgs):
    location, location_name = lfpse.codes(lfpse.INCIDENT_LOCATION)[0]
    specialty, specialty_name = lfpse.codes(lfpse.SPECIALTY)[0]
    report = make_report(
        orgs.kent_a,
        what_happened="Synthetic: enoxaparin missed.",
        location_code=location,
        specialty_code=specialty,
    )
    death = make_death(orgs.kent_a, cause_of_death="Pulmonary embolism")

    text = report_text(report)

    assert "enoxaparin missed" in text
    assert location_name in text and specialty_name in text
    assert "Pulmonary embolism" in report_text(death)


def test_a_similar_record_shows_its_strongest_change_only(orgs):
    learning = draft(
        orgs.kent_a,
        changes=[
            ("A memo", "weaker"),
            ("A forcing function", "stronger"),
            ("A second forcing function", "stronger"),
            ("A checklist", "intermediate"),
        ],
    )

    change = SimilarRecordPresenter(learning, orgs.kent_b).strongest_change()

    assert change == {"text": "A forcing function", "strength": "Stronger", "colour": "green"}
    # A coroner's report has no changes.
    learning.changes.all().delete()
    assert SimilarRecordPresenter(learning, orgs.kent_b).strongest_change() is None


def test_the_presenter_shows_the_records_from_elsewhere_as_the_reader_may_see_them(orgs):
    anticoagulant_record(orgs.kent_a, anonymised_publisher=True)
    report = make_report(orgs.sussex_a, what_happened=REPORT)

    similar = similar_to_report(report, orgs.sussex_a)

    assert [record.publisher for record in similar.records] == ["An NHS trust in South East"]
    assert "<mark>" in similar.records[0].snippet_html
