"""The person in the loop: starting a review, confirming it, and the terms it teaches."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from learnloop.core.audit import Auditor
from learnloop.core.models import AuditLog
from learnloop.organisations.roles import Role
from learnloop.reports.tests.builders import make_report
from learnloop.sharing import services
from learnloop.sharing.deidentify import Span
from learnloop.sharing.models import OrganisationTerm, RedactionReview

pytestmark = pytest.mark.django_db

# Synthetic: no real person, number or place.
TEXT = (
    "Mrs Testwell (NHS 943 476 5919) was found on the floor on 3rd March 2024. "
    "The infusion pump AB1234567 alarmed twice. Her daughter phoned the Quillmoor unit."
)


@pytest.fixture
def lead(make_member):
    return make_member(Role.PATIENT_SAFETY_LEAD, full_name="Lena Lead")


@pytest.fixture
def by(trust, lead):
    return Auditor(actor=lead, organisation=trust)


@pytest.fixture
def report(trust):
    return make_report(
        trust,
        what_happened=TEXT,
        patient={
            "name": "Ada Testwell",
            "nhs_number": "9434765919",
            "date_of_birth": date(1931, 5, 2),
        },
    )


def words(review, span: Span) -> str:
    return review.original_text[span.start : span.end]


def span_of(review, text: str) -> Span:
    return next(s for s in review.proposed if words(review, s) == text)


def start(trust, by, text=TEXT, **kwargs):
    return services.review_start(organisation=trust, text=text, purpose="A test", by=by, **kwargs)


def redacted_words(review) -> list[str]:
    return [words(review, s) for s in review.proposed]


def test_a_review_of_a_report_uses_what_the_record_knows(report, by):
    review = services.review_start_from_report(report=report, by=by)

    assert review.report == report
    assert review.status == RedactionReview.Status.PROPOSED
    assert review.purpose == f"Report {report.reference}: what happened"
    found = {words(review, s): s.label for s in review.proposed}
    assert found["Mrs Testwell"] == "PERSON"
    assert found["943 476 5919"] == "NHS_NUMBER"
    assert found["3rd March 2024"] == "DATE"
    sources = {
        review.original_text[s["start"] : s["end"]]: s["source"] for s in review.proposed_spans
    }
    assert sources["Mrs Testwell"] == services.FROM_RECORD
    assert sources["AB1234567"] == services.GUESSED


def test_the_known_identifiers_are_never_stored_in_the_review(report, by):
    review = services.review_start_from_report(report=report, by=by)

    stored = str(RedactionReview.objects.filter(pk=review.pk).values().get())
    assert "Ada" not in stored  # the patient's first name is not in the text
    assert "1931" not in stored


def test_reading_the_record_for_a_review_is_audited(report, by):
    services.review_start_from_report(report=report, by=by)

    entries = AuditLog.objects.filter(organisation=report.organisation, actor=by.actor)
    summaries = [entry.summary for entry in entries]
    assert f"Viewed patient details on {report.reference} via de-identification" in summaries
    assert any(s.startswith("Started redaction review") for s in summaries)


def test_the_record_knows_staff_and_relatives_named_on_the_case(trust, by, make_member):
    nurse = make_member(Role.FRONTLINE_STAFF, full_name="Noor Reporter")
    report = make_report(
        trust, by=Auditor(actor=nurse, organisation=trust), patient={"name": "Ada Testwell"}
    )
    known = services.known_identifiers(report=report, by=by)

    assert "Ada Testwell" in known["names"]
    assert "Noor Reporter" in known["names"]


def test_an_anonymous_reporter_is_not_named_to_the_engine(trust, by, make_member):
    nurse = make_member(Role.FRONTLINE_STAFF, full_name="Noor Reporter")
    report = make_report(trust, by=Auditor(actor=nurse, organisation=trust), anonymous=True)

    assert "Noor Reporter" not in services.known_identifiers(report=report, by=by)["names"]


def test_confirming_stores_the_reviewers_spans_and_the_redacted_text(trust, by, lead):
    review = start(trust, by)
    pump = span_of(review, "AB1234567")
    unit = TEXT.index("Quillmoor")

    outcome = services.review_confirm(
        review=review, removed=[pump], added=[(unit, unit + len("Quillmoor"), "LOCATION")], by=by
    )

    review.refresh_from_db()
    assert outcome.review.pk == review.pk
    assert review.status == RedactionReview.Status.CONFIRMED
    assert review.reviewer == lead
    assert review.confirmed_at is not None
    assert "AB1234567" in review.redacted_text
    assert "the [LOCATION] unit" in review.redacted_text
    assert "[DATE]" in review.redacted_text
    assert pump not in review.confirmed


def test_a_removed_guess_is_kept_next_time_and_an_added_term_is_redacted_next_time(trust, by):
    review = start(trust, by)
    assert "AB1234567" in redacted_words(review)
    assert "Quillmoor" not in redacted_words(review)
    unit = TEXT.index("Quillmoor")

    outcome = services.review_confirm(
        review=review,
        removed=[span_of(review, "AB1234567")],
        added=[(unit, unit + len("Quillmoor"), "LOCATION")],
        by=by,
    )

    learned = {(t.term, t.action, t.label) for t in outcome.learned}
    assert learned == {("AB1234567", "keep", ""), ("Quillmoor", "redact", "LOCATION")}
    next_review = start(trust, by, text="Pump AB1234567 was sent to the QUILLMOOR unit.")
    found = {words(next_review, s): s.label for s in next_review.proposed}
    assert "AB1234567" not in found
    assert found == {"QUILLMOOR": "LOCATION"}
    assert next_review.proposed_spans[0]["source"] == services.FROM_TERM


def test_terms_belong_to_their_organisation(trust, other_trust, by, make_member):
    review = start(trust, by)
    unit = TEXT.index("Quillmoor")
    services.review_confirm(review=review, added=[(unit, unit + 9, "LOCATION")], by=by)

    elsewhere = Auditor(
        actor=make_member(Role.PATIENT_SAFETY_LEAD, organisation=other_trust),
        organisation=other_trust,
    )
    other = services.review_start(
        organisation=other_trust, text="the Quillmoor unit", purpose="Test", by=elsewhere
    )
    assert other.proposed == []


def test_removing_what_the_record_knows_is_not_remembered_and_says_so(report, by):
    review = services.review_start_from_report(report=report, by=by)
    name = span_of(review, "Mrs Testwell")

    outcome = services.review_confirm(review=review, removed=[name], by=by)

    assert outcome.learned == []
    assert not OrganisationTerm.objects.exists()
    assert any("known from the record" in note and "Mrs Testwell" in note for note in outcome.notes)
    assert review.__class__.objects.get(pk=review.pk).redacted_text.startswith("Mrs Testwell")


def test_removing_an_always_redact_term_leaves_the_term_for_a_lead(trust, by):
    OrganisationTerm.objects.create(
        organisation=trust, term="Quillmoor", action="redact", label="LOCATION"
    )
    review = start(trust, by)

    outcome = services.review_confirm(review=review, removed=[span_of(review, "Quillmoor")], by=by)

    term = OrganisationTerm.objects.get()
    assert (term.action, term.label) == ("redact", "LOCATION")
    assert any("always-redact list" in note for note in outcome.notes)


def test_adding_an_always_keep_term_moves_it_to_always_redact(trust, by):
    OrganisationTerm.objects.create(organisation=trust, term="quillmoor", action="keep")
    review = start(trust, by)
    unit = TEXT.index("Quillmoor")

    outcome = services.review_confirm(review=review, added=[(unit, unit + 9, "LOCATION")], by=by)

    term = OrganisationTerm.objects.get()
    assert (term.action, term.label) == ("redact", "LOCATION")
    assert outcome.learned == [term]
    assert AuditLog.objects.filter(action="update", object_id=str(term.pk)).exists()


def test_a_term_is_unique_per_organisation_whatever_its_case_and_spacing(trust, by):
    first = start(trust, by, text="Seen at  Rowan   Court today.")
    services.review_confirm(
        review=first, added=[(8, 23, "LOCATION")], by=by
    )  # "Rowan   Court" with its spaces
    second = start(trust, by, text="ROWAN COURT again; rowan court.")

    assert [t.term for t in OrganisationTerm.objects.all()] == ["Rowan Court"]
    assert [words(second, s) for s in second.proposed] == ["ROWAN COURT", "rowan court"]


@pytest.mark.parametrize(
    ("removed", "added", "message"),
    [
        ([(0, 3)], [], "no proposed redaction from 0 to 3"),
        ([], [(10, 5, "PERSON")], "must start before it ends"),
        ([], [(0, 10_000, "PERSON")], "lie within the text"),
        ([], [(-1, 4, "PERSON")], "lie within the text"),
        ([], [(0, 4, "NICKNAME")], "unknown label 'NICKNAME'"),
        ([], [(0, 4)], "is not a start, an end and a label"),
        ([], [("a", "b", "PERSON")], "is not a start, an end and a label"),
        ([], [(3, 4, "PERSON")], "covers only spaces"),
        ([], [(0, 8, "PERSON"), (4, 12, "PERSON")], "overlap"),
    ],
)
def test_a_bad_decision_is_refused_and_nothing_is_written(trust, by, removed, added, message):
    review = start(trust, by)
    audit_entries = AuditLog.objects.count()

    with pytest.raises(ValidationError) as refused:
        services.review_confirm(review=review, removed=removed, added=added, by=by)

    assert message in " ".join(refused.value.messages)
    review.refresh_from_db()
    assert review.status == RedactionReview.Status.PROPOSED
    assert review.confirmed_spans is None
    assert not OrganisationTerm.objects.exists()
    assert AuditLog.objects.count() == audit_entries


def test_a_confirmed_review_cannot_be_confirmed_again(trust, by):
    review = start(trust, by)
    services.review_confirm(review=review, by=by)

    with pytest.raises(ValidationError, match="confirmed already"):
        services.review_confirm(review=review, removed=[review.proposed[0]], by=by)
    assert not OrganisationTerm.objects.exists()


def test_an_added_span_replaces_the_proposed_span_it_overlaps(trust, by):
    review = start(trust, by)
    date_span = span_of(review, "3rd March 2024")
    wider = TEXT.index("on 3rd March 2024")

    services.review_confirm(review=review, added=[(wider, date_span.end, "DATE")], by=by)

    review.refresh_from_db()
    assert Span(wider, date_span.end, "DATE") in review.confirmed
    assert date_span not in review.confirmed
    assert "the floor [DATE]." in review.redacted_text


def test_starting_needs_a_text_and_a_purpose(trust, by):
    with pytest.raises(ValidationError) as refused:
        services.review_start(organisation=trust, text="  ", purpose="", by=by)

    assert set(refused.value.message_dict) == {"text", "purpose"}
    assert not RedactionReview.objects.exists()


def test_a_report_of_another_organisation_is_refused(other_trust, trust, by):
    report = make_report(other_trust)

    with pytest.raises(ValidationError):
        services.review_start(organisation=trust, text="x y", purpose="p", report=report, by=by)


def test_line_endings_are_stored_as_the_page_holds_them(trust, by):
    review = start(trust, by, text="First line\r\nSecond line\rThird")

    assert review.original_text == "First line\nSecond line\nThird"


def test_nothing_may_be_shared_from_an_unconfirmed_review(trust, by):
    review = start(trust, by)

    with pytest.raises(ValueError, match="not confirmed"):
        review.redacted_text  # noqa: B018


def test_a_lead_deletes_a_term_and_the_audit_keeps_no_words(trust, by):
    review = start(trust, by)
    unit = TEXT.index("Quillmoor")
    term = services.review_confirm(
        review=review, added=[(unit, unit + 9, "LOCATION")], by=by
    ).learned[0]

    pk = term.pk
    services.term_delete(term=term, by=by)

    assert not OrganisationTerm.objects.exists()
    entries = AuditLog.objects.filter(object_type="sharing.OrganisationTerm", object_id=str(pk))
    assert [e.action for e in entries] == ["create", "delete"]
    assert all("Quillmoor" not in (e.summary + str(e.changes)) for e in AuditLog.objects.all())


def test_confirming_is_audited_with_counts(trust, by):
    review = start(trust, by)
    services.review_confirm(review=review, removed=[span_of(review, "AB1234567")], by=by)

    entry = AuditLog.objects.get(action="update", object_type="sharing.RedactionReview")
    assert entry.changes["removed"] == 1
    assert entry.changes["added"] == 0
    assert entry.actor == by.actor


def test_a_second_pass_finds_only_what_the_reviewer_let_through(report, by):
    review = services.review_start_from_report(report=report, by=by)
    services.review_confirm(review=review, by=by)
    assert services.review_second_pass(review=review, by=by) == []

    again = services.review_start_from_report(report=report, by=by)
    services.review_confirm(review=again, removed=[span_of(again, "Mrs Testwell")], by=by)
    again.refresh_from_db()
    found = services.review_second_pass(review=again, by=by)
    assert [again.redacted_text[s.start : s.end] for s in found] == ["Mrs Testwell"]


def test_names_in_free_text_fields_are_known_but_ordinary_words_are_not(trust, by):
    report = make_report(
        trust, people_involved="The Patient's Daughter Jane Smith; HCA Tom Brown, the ward team"
    )

    names = services.known_identifiers(report=report, by=by)["names"]

    assert "Jane Smith" in names
    assert "Tom Brown" in names
    assert not any(word in name for name in names for word in ("HCA", "Daughter", "The"))
