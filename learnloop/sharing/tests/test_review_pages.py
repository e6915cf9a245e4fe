"""The review pages: who may use them, the review screen without JavaScript, confirming, and
the organisation's terms."""

import re
from datetime import date

import pytest

from learnloop.core.audit import Auditor
from learnloop.organisations.roles import Role
from learnloop.reports.tests.builders import make_report
from learnloop.sharing import services
from learnloop.sharing.deidentify import Span
from learnloop.sharing.forms import occurrences, snap_to_words
from learnloop.sharing.models import OrganisationTerm, RedactionReview
from learnloop.sharing.presenters import Decisions, ReviewPresenter, pieces_of

pytestmark = pytest.mark.django_db

TEXT = (
    "Mrs Testwell fell on 3rd March 2024 near pump AB1234567.\r\n"
    "Her son rang the Quillmoor unit, then rang Quillmoor again."
)
DEIDENTIFIERS = {Role.PATIENT_SAFETY_LEAD, Role.INVESTIGATOR, Role.MORTALITY_REVIEWER}


@pytest.fixture
def lead(make_member):
    return make_member(Role.PATIENT_SAFETY_LEAD)


@pytest.fixture
def report(trust, lead):
    return make_report(
        trust,
        what_happened=TEXT,
        patient={"name": "Ada Testwell", "date_of_birth": date(1931, 5, 2)},
    )


@pytest.fixture
def review(report, lead):
    return services.review_start_from_report(
        report=report, by=Auditor(actor=lead, organisation=report.organisation)
    )


def marks(html: str) -> list[str]:
    """The words of each highlighted redaction, in order."""
    return re.findall(r'<mark [^>]*><span data-start="\d+">([^<]*)</span>', html)


def key_of(review, words: str) -> str:
    span = next(s for s in review.proposed if review.original_text[s.start : s.end] == words)
    return f"{span.start}-{span.end}"


@pytest.mark.parametrize("role", list(Role))
def test_the_pages_open_only_for_the_roles_that_may_deidentify(client, make_member, review, role):
    client.force_login(make_member(role))

    for url in ["/sharing/deidentify/", f"/sharing/reviews/{review.pk}/", "/sharing/terms/"]:
        response = client.get(url)
        assert response.status_code == (200 if role in DEIDENTIFIERS else 403), url


def test_another_organisations_review_and_terms_are_not_found(
    client, make_member, other_trust, review
):
    term = OrganisationTerm.objects.create(
        organisation=review.organisation, term="Quillmoor", action="redact", label="LOCATION"
    )
    client.force_login(make_member(Role.PATIENT_SAFETY_LEAD, organisation=other_trust))

    assert client.get(f"/sharing/reviews/{review.pk}/").status_code == 404
    assert client.post(f"/sharing/reviews/{review.pk}/", {"action": "confirm"}).status_code == 404
    assert client.post(f"/sharing/terms/{term.pk}/delete/").status_code == 404
    assert "Quillmoor" not in client.get("/sharing/terms/").content.decode()
    assert OrganisationTerm.objects.filter(pk=term.pk).exists()


def test_the_report_page_offers_prepare_for_sharing_to_those_who_may(client, make_member, report):
    client.force_login(make_member(Role.PATIENT_SAFETY_LEAD))
    assert "Prepare for sharing" in client.get(f"/reports/{report.reference}/").content.decode()

    client.force_login(make_member(Role.MEDICAL_EXAMINER))
    assert "Prepare for sharing" not in client.get(f"/reports/{report.reference}/").content.decode()


def test_preparing_a_report_shows_its_redactions_highlighted_with_labels(client, lead, report):
    client.force_login(lead)

    response = client.post(f"/sharing/reports/{report.reference}/prepare/")

    review = RedactionReview.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/sharing/reviews/{review.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert marks(page) == ["Mrs Testwell", "3rd March 2024", "AB1234567"]
    assert ">Person 1</span></mark>" in page
    assert ">Date 2</span></mark>" in page
    assert page.count("Not identifying: keep this") == 3
    assert "known from the record" in page
    assert "[PERSON] fell on [DATE] near pump [HOSPITAL_NUMBER]." in page
    assert "Ada" not in page  # the known first name is not in the text, and not on the page


def test_another_organisations_report_cannot_be_prepared(client, make_member, other_trust):
    report = make_report(other_trust)
    client.force_login(make_member(Role.PATIENT_SAFETY_LEAD))

    assert client.post(f"/sharing/reports/{report.reference}/prepare/").status_code == 404
    assert not RedactionReview.objects.exists()


def test_starting_from_a_pasted_text(client, lead):
    client.force_login(lead)

    missing = client.post("/sharing/deidentify/", {"purpose": "", "text": ""})
    assert 'href="#id_purpose"' in missing.content.decode()
    assert 'href="#id_text"' in missing.content.decode()

    response = client.post("/sharing/deidentify/", {"purpose": "AAR, ward 7", "text": TEXT})
    review = RedactionReview.objects.get()
    assert response["Location"] == f"/sharing/reviews/{review.pk}/"
    assert review.report is None
    assert "\r" not in review.original_text


def test_without_javascript_a_reviewer_keeps_one_adds_words_and_confirms(client, lead, review):
    client.force_login(lead)
    url = f"/sharing/reviews/{review.pk}/"
    pump = key_of(review, "AB1234567")

    # Keep the pump's number and add "Quillmoor": the page comes back with both decisions.
    added = client.post(
        url, {"action": "add", "keep": [pump], "words": "quillmoor", "words_label": "LOCATION"}
    ).content.decode()
    assert marks(added)[:3] == ["Mrs Testwell", "3rd March 2024", "AB1234567"]
    assert marks(added).count("Quillmoor") == 2
    assert added.count('name="added"') == 2
    assert "Place 4</span>" in added
    assert "AB1234567 <span" not in added  # no stray space
    assert "pump AB1234567.\nHer son rang the [LOCATION] unit, then rang [LOCATION] again." in added
    assert re.search(rf'value="{pump}"\s+checked', added) or re.search(
        rf'checked[^>]*value="{pump}"', added
    )
    hidden = re.findall(r'name="added" value="([^"]+)"', added)

    response = client.post(url, {"action": "confirm", "keep": [pump], "added": hidden})

    assert response.status_code == 302
    review.refresh_from_db()
    assert review.is_confirmed
    assert review.redacted_text == (
        "[PERSON] fell on [DATE] near pump AB1234567.\n"
        "Her son rang the [LOCATION] unit, then rang [LOCATION] again."
    )
    terms = {(t.term, t.action, t.label) for t in OrganisationTerm.objects.all()}
    assert terms == {("AB1234567", "keep", ""), ("Quillmoor", "redact", "LOCATION")}
    confirmed = client.get(url).content.decode()
    assert "The de-identified text" in confirmed
    assert "Your organisation learned 2 terms" in confirmed
    assert "Not identifying" not in confirmed


def test_a_selection_is_added_as_whole_words(client, lead, review):
    client.force_login(lead)
    start = TEXT.index("son") + 1  # "on ra": part of two words

    page = client.post(
        f"/sharing/reviews/{review.pk}/",
        {
            "action": "add_selection",
            "selection_start": start,
            "selection_end": start + 5,
            "selection_label": "PERSON",
        },
    ).content.decode()

    assert "son rang" in marks(page)


def test_words_not_in_the_text_are_an_error_linked_to_the_field(client, lead, review):
    client.force_login(lead)

    page = client.post(
        f"/sharing/reviews/{review.pk}/",
        {"action": "add", "words": "Zebedee", "words_label": "PERSON"},
    ).content.decode()

    assert "There is a problem" in page
    assert 'href="#id_words"' in page
    assert "“Zebedee” is not in the text as whole words" in page


def test_a_tampered_decision_is_refused_and_nothing_is_written(client, lead, review):
    client.force_login(lead)

    page = client.post(
        f"/sharing/reviews/{review.pk}/", {"action": "confirm", "added": ["0-99999-PERSON"]}
    ).content.decode()

    assert "An added redaction was not understood" in page
    review.refresh_from_db()
    assert not review.is_confirmed
    assert not OrganisationTerm.objects.exists()


def test_confirming_goes_on_to_a_safe_next_page_only(client, lead, trust, review):
    client.force_login(lead)
    url = f"/sharing/reviews/{review.pk}/"
    assert (
        'name="next" value="/reports/mine/"'
        in client.get(url + "?next=/reports/mine/").content.decode()
    )

    response = client.post(url, {"action": "confirm", "next": "/reports/mine/"})
    assert response["Location"] == "/reports/mine/"

    other = services.review_start(
        organisation=trust, text="x", purpose="p", by=Auditor(actor=lead, organisation=trust)
    )
    response = client.post(
        f"/sharing/reviews/{other.pk}/", {"action": "confirm", "next": "https://evil.example/"}
    )
    assert response["Location"] == f"/sharing/reviews/{other.pk}/"


def test_only_a_lead_deletes_a_term(client, make_member, trust, lead):
    term = OrganisationTerm.objects.create(
        organisation=trust, term="Quillmoor", action="redact", label="LOCATION"
    )
    client.force_login(make_member(Role.INVESTIGATOR))
    page = client.get("/sharing/terms/").content.decode()
    assert "Quillmoor" in page and "Delete" not in page
    assert client.post(f"/sharing/terms/{term.pk}/delete/").status_code == 403

    client.force_login(lead)
    assert "Delete" in client.get("/sharing/terms/").content.decode()
    response = client.post(f"/sharing/terms/{term.pk}/delete/")

    assert response["Location"] == "/sharing/terms/"
    assert not OrganisationTerm.objects.exists()


# Pieces and preview, on their own


def test_the_pieces_cover_the_text_exactly_once():
    text = "abc def ghi"
    review = RedactionReview(
        original_text=text,
        proposed_spans=[{"start": 4, "end": 7, "label": "PERSON", "source": "guess"}],
    )
    presenter = ReviewPresenter(review)

    pieces = presenter.pieces()

    assert "".join(p.text for p in pieces) == text
    assert [p.start for p in pieces] == [0, 4, 7]
    assert presenter.preview() == "abc [PERSON] ghi"
    assert pieces_of(text, []) == pieces_of(text, [])


def test_pending_decisions_show_in_the_preview():
    review = RedactionReview(
        original_text="abc def ghi",
        proposed_spans=[{"start": 4, "end": 7, "label": "PERSON", "source": "guess"}],
    )

    kept = ReviewPresenter(review, Decisions(removed={(4, 7)}))
    assert kept.preview() == "abc def ghi"
    assert kept.redactions()[0].kept

    replaced = ReviewPresenter(review, Decisions(added=[Span(0, 7, "LOCATION")]))
    assert [r.source for r in replaced.redactions()] == ["added"]
    assert replaced.preview() == "[LOCATION] ghi"


def test_snapping_a_selection_to_whole_words():
    text = "Her son rang  the unit"
    assert snap_to_words(text, 5, 10) == (4, 12)
    assert snap_to_words(text, 3, 5) == (4, 7)
    assert snap_to_words(text, 12, 13) == (13, 13)
    assert occurrences(text, "RANG the") == [(8, 17)]
    assert occurrences(text, "ran") == []
