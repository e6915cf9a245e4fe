"""Writes for the learning exchange: write a draft, publish it at a sharing level, change the
level, withdraw it, and count a view.

Atomic, keyword-only, `by` says who acted, and the audit log is written (without the record's
words: the summary names the record and the level). A bad request raises a ValidationError
before anything is written. Publishing needs every free-text field to have been through a
confirmed redaction review (ADR 0012) and every rule of the sharing policy that applies at
the level chosen (learnloop/sharing/policy.py) to pass.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from learnloop.core.audit import Auditor
from learnloop.reports import lfpse
from learnloop.reports.models import Report
from learnloop.sharing import services as review_services
from learnloop.sharing.models import (
    Learning,
    LearningChange,
    LearningTheme,
    RedactionReview,
    SharingLevel,
    slugs_line,
)
from learnloop.sharing.search import MARK_END, MARK_START

TEXT_FIELDS = ("title", "what_happened", "what_we_found")
CODED_FIELDS = {
    "setting_code": lfpse.INCIDENT_LOCATION,
    "service_type_code": lfpse.SERVICE_TYPE,
    "specialty_code": lfpse.SPECIALTY,
}
OPTIONAL_FIELDS = ("harm", "anonymised_publisher", "contact", "source_url", "sharing_level")
# What the sharing policy reads about the case: legal holds and the family.
CASE_FLAGS = (
    "inquest_pending",
    "litigation",
    "family_informed",
    "patient_specific",
    "family_consent",
)
MAX_THEMES = 12


def clean_text(text) -> str:
    # Line endings as the review screen keeps them, so a field and its review's text compare
    # equal; and the search's highlight marks must never come from what people wrote.
    text = review_services.normalised_text(str(text or ""))
    return text.replace(MARK_START, "").replace(MARK_END, "").strip()


def _check_fields(organisation, fields: dict, changes: list, themes: list, report, review) -> dict:
    errors: dict[str, list[str]] = {}
    cleaned: dict = {}
    for name in TEXT_FIELDS:
        cleaned[name] = clean_text(fields.get(name))
        if not cleaned[name]:
            errors.setdefault(name, []).append(
                f"Enter {Learning._meta.get_field(name).verbose_name}"
            )
    if len(cleaned["title"]) > Learning._meta.get_field("title").max_length:
        errors.setdefault("title", []).append("The title must be 200 characters or fewer")
    for name, system in CODED_FIELDS.items():
        code = str(fields.get(name) or "")
        if code and not lfpse.is_valid(system, code):
            errors.setdefault(name, []).append(f"Choose a {system.lower()} from the list")
        cleaned[name] = code
    harm = str(fields.get("harm") or "")
    if harm and harm not in Report.PhysicalHarm.values:
        errors.setdefault("harm", []).append("Choose a level of harm from the list")
    cleaned["harm"] = harm
    source_kind = str(fields.get("source_kind") or "")
    if source_kind not in Learning.SourceKind.values:
        errors.setdefault("source_kind", []).append("Say where the learning came from")
    cleaned["source_kind"] = source_kind
    level = fields.get("sharing_level", SharingLevel.ORGANISATION)
    if level not in SharingLevel.values:
        errors.setdefault("sharing_level", []).append("Choose a sharing level")
    cleaned["sharing_level"] = level
    cleaned["anonymised_publisher"] = bool(fields.get("anonymised_publisher"))
    for flag in CASE_FLAGS:
        cleaned[flag] = bool(fields.get(flag))
    if cleaned["family_consent"] and not cleaned["family_informed"]:
        errors.setdefault("family_consent", []).append(
            "Consent is recorded but the family is not recorded as told: tick both, or neither"
        )
    cleaned["contact"] = clean_text(fields.get("contact"))[:200]
    cleaned["source_url"] = str(fields.get("source_url") or "").strip()
    if not changes:
        errors.setdefault("changes", []).append("Say at least one thing that was changed")
    for number, (text, strength) in enumerate(changes, start=1):
        if not clean_text(text):
            errors.setdefault("changes", []).append(f"Change {number}: say what was changed")
        if strength not in LearningChange.Strength.values:
            errors.setdefault("changes", []).append(
                f"Change {number}: choose stronger, intermediate or weaker"
            )
    if len(themes) > MAX_THEMES:
        errors.setdefault("themes", []).append(f"Choose {MAX_THEMES} themes or fewer")
    for source, name in ((report, "report"), (review, "structured_judgement_review")):
        if source is not None and source.organisation_id != organisation.pk:
            errors.setdefault(name, []).append("The source belongs to another organisation")
    if errors:
        raise ValidationError(errors)
    return cleaned


def themes_from_names(names: Iterable[str]) -> list[tuple[str, str]]:
    """(name, slug) for each distinct theme, in the order given."""
    seen, themes = set(), []
    for name in names:
        name = " ".join(str(name).split())[:100]
        slug = slugify(name)[:100]
        if slug and slug not in seen:
            seen.add(slug)
            themes.append((name, slug))
    return themes


@transaction.atomic
def learning_create_draft(
    *,
    organisation,
    fields: dict,
    changes: Iterable[tuple[str, str]],
    themes: Iterable[str] = (),
    report=None,
    structured_judgement_review=None,
    by: Auditor,
) -> Learning:
    """A draft record, seen only inside `organisation` until it is published.

    `fields`: title, what_happened, what_we_found, source_kind (required); setting_code,
    service_type_code, specialty_code (LFPSE codes), harm, anonymised_publisher, contact,
    source_url, sharing_level (the level it is meant for). `changes`: (text, strength) pairs."""
    changes = [(text, strength) for text, strength in changes]
    themes = themes_from_names(themes)
    cleaned = _check_fields(
        organisation, fields, changes, themes, report, structured_judgement_review
    )
    learning = Learning(
        organisation=organisation,
        report=report,
        structured_judgement_review=structured_judgement_review,
        written_by=by.actor,
        **cleaned,
    )
    learning.indexed_changes = "\n".join(clean_text(text) for text, _ in changes)
    learning.indexed_themes = "\n".join(name for name, _ in themes)
    learning.indexed_theme_slugs = slugs_line(slug for _, slug in themes)
    learning.save()
    LearningChange.objects.bulk_create(
        LearningChange(learning=learning, text=clean_text(text), strength=strength, position=n)
        for n, (text, strength) in enumerate(changes)
    )
    LearningTheme.objects.bulk_create(
        LearningTheme(learning=learning, name=name, slug=slug) for name, slug in themes
    )
    by.audit_create(
        learning,
        organisation=organisation,
        summary=f"Wrote a draft of learning {learning.pk}",
        changes={
            "source_kind": learning.source_kind,
            "changes": len(changes),
            "themes": len(themes),
        },
    )
    return learning


@transaction.atomic
def learning_update_draft(
    *,
    learning: Learning,
    fields: dict,
    changes: Iterable[tuple[str, str]],
    themes: Iterable[str] = (),
    by: Auditor,
) -> Learning:
    """Rewrite a draft: the same checks as writing one. Words that change need a new redaction
    review (the old ones no longer match them), and an approval or second look given to the
    old words no longer stands."""
    current = _locked(learning)
    _require_draft(current)
    changes = [(text, strength) for text, strength in changes]
    themes = themes_from_names(themes)
    fields = {**fields, "source_kind": current.source_kind}
    cleaned = _check_fields(
        current.organisation, fields, changes, themes, current.report,
        current.structured_judgement_review,
    )  # fmt: skip
    before = {name: getattr(current, name) for name in cleaned}
    for name, value in cleaned.items():
        setattr(current, name, value)
    current.indexed_changes = "\n".join(clean_text(text) for text, _ in changes)
    current.indexed_themes = "\n".join(name for name, _ in themes)
    current.indexed_theme_slugs = slugs_line(slug for _, slug in themes)
    old_changes = [(c.text, c.strength) for c in current.changes.all()]
    new_changes = [(clean_text(text), strength) for text, strength in changes]
    words_changed = old_changes != new_changes or any(
        before[name] != cleaned[name] for name in TEXT_FIELDS
    )
    if words_changed or any(before[flag] != cleaned[flag] for flag in CASE_FLAGS):
        current.approved_by, current.approved_at = None, None
        current.second_look_by, current.second_look_at = None, None
    current.save()
    if old_changes != new_changes:
        current.changes.all().delete()
        LearningChange.objects.bulk_create(
            LearningChange(learning=current, text=text, strength=strength, position=n)
            for n, (text, strength) in enumerate(new_changes)
        )
    current.themes.all().delete()
    LearningTheme.objects.bulk_create(
        LearningTheme(learning=current, name=name, slug=slug) for name, slug in themes
    )
    changed = sorted(name for name in cleaned if before[name] != cleaned[name])
    by.audit_update(
        current,
        organisation=current.organisation,
        summary=f"Changed the draft of learning {current.pk}",
        # Names of the fields only: the words may still hold identifiers.
        changes={"fields": changed, "changes": len(new_changes), "themes": len(themes)},
    )
    return _refresh(learning)


@transaction.atomic
def learning_approve(*, learning: Learning, by: Auditor) -> Learning:
    """A patient safety lead approves the draft as it now reads (the policy's approval rule)."""
    from learnloop.sharing.policy import is_patient_safety_lead

    current = _locked(learning)
    _require_not_withdrawn(current)
    if by.actor is None or not is_patient_safety_lead(by.actor, current.organisation):
        raise ValidationError("Only a patient safety lead of the organisation can approve it")
    if unreviewed_fields(current):
        raise ValidationError("Review the redactions of every field before approving it")
    current.approved_by = by.actor
    current.approved_at = timezone.now()
    current.save(update_fields=["approved_by", "approved_at", "updated_at"])
    by.audit_update(
        current,
        organisation=current.organisation,
        summary=f"Approved learning {current.pk} for sharing",
        changes={"approved": True},
    )
    return _refresh(learning)


@transaction.atomic
def learning_second_look(*, learning: Learning, by: Auditor) -> Learning:
    """Someone looked again at the details the rare-combination rule flagged, and is content
    they cannot point to one person."""
    current = _locked(learning)
    _require_not_withdrawn(current)
    if by.actor is None:
        raise ValidationError("A person must look again")
    if unreviewed_fields(current):
        raise ValidationError("Review the redactions of every field first")
    current.second_look_by = by.actor
    current.second_look_at = timezone.now()
    current.save(update_fields=["second_look_by", "second_look_at", "updated_at"])
    by.audit_update(
        current,
        organisation=current.organisation,
        summary=f"Looked again at the rare combination in learning {current.pk}",
        changes={"second_look": True},
    )
    return _refresh(learning)


# De-identification before publishing --------------------------------------------------------


def free_text(learning: Learning) -> list[tuple[str, str]]:
    """(what it is, its text) for every free-text field that leaves the organisation. The
    contact route is left out: it is meant to reach someone (a team's address)."""
    fields = [
        ("Title", learning.title),
        ("What happened", learning.what_happened),
        ("What we found", learning.what_we_found),
    ]
    fields += [
        (f"What we changed ({number})", change.text)
        for number, change in enumerate(learning.changes.all(), start=1)
    ]
    return fields


def _confirmed_reviews(learning: Learning) -> list[RedactionReview]:
    return list(learning.redaction_reviews.filter(status=RedactionReview.Status.CONFIRMED))


def unreviewed_fields(learning: Learning) -> list[str]:
    """The free-text fields whose words are not the redacted text of a confirmed review."""
    reviewed = {review.redacted_text for review in _confirmed_reviews(learning)}
    return [name for name, text in free_text(learning) if text not in reviewed]


def _require_not_withdrawn(learning: Learning) -> None:
    if learning.status == Learning.Status.WITHDRAWN:
        raise ValidationError("This learning has been withdrawn")


def _require_draft(learning: Learning) -> None:
    if learning.status != Learning.Status.DRAFT:
        raise ValidationError("Only a draft can be changed")


@transaction.atomic
def learning_start_redaction_reviews(*, learning: Learning, by: Auditor) -> list[RedactionReview]:
    """Start a redaction review (ADR 0012) for each free-text field not yet covered by one, with
    what the source report knows, and link it to the record. The reviewer confirms each on the
    review screen; `learning_apply_redactions` then puts the redacted words in the record."""
    current = _locked(learning)
    _require_draft(current)
    covered = {review.original_text for review in current.redaction_reviews.all()}
    covered |= {review.redacted_text for review in _confirmed_reviews(current)}
    started = []
    for name, text in free_text(current):
        if text in covered:
            continue
        review = review_services.review_start(
            organisation=current.organisation,
            text=text,
            purpose=f"Learning {current.pk}: {name.lower()}",
            report=current.report,
            by=by,
        )
        current.redaction_reviews.add(review)
        covered.add(review.original_text)
        started.append(review)
    return started


@transaction.atomic
def learning_apply_redactions(*, learning: Learning, by: Auditor) -> Learning:
    """Replace each free-text field with the redacted text of its confirmed review."""
    current = _locked(learning)
    _require_draft(current)
    redacted = {
        review.original_text: review.redacted_text for review in _confirmed_reviews(current)
    }
    applied = 0
    for name in TEXT_FIELDS:
        text = getattr(current, name)
        if text in redacted and redacted[text] != text:
            setattr(current, name, redacted[text])
            applied += 1
    if len(current.title) > Learning._meta.get_field("title").max_length:
        raise ValidationError({"title": ["The redacted title is longer than 200 characters"]})
    changes = list(current.changes.all())
    for change in changes:
        if change.text in redacted and redacted[change.text] != change.text:
            change.text = redacted[change.text]
            change.save(update_fields=["text", "updated_at"])
            applied += 1
    current.indexed_changes = "\n".join(change.text for change in changes)
    if applied:
        # An approval or second look was of the words before; they must see the new ones.
        current.approved_by, current.approved_at = None, None
        current.second_look_by, current.second_look_at = None, None
    current.save()
    if applied:
        by.audit_update(
            current,
            organisation=current.organisation,
            summary=f"Applied confirmed redactions to {applied} field(s) of learning {current.pk}",
            changes={"fields": applied},
        )
    return _refresh(learning)


def publishing_problems(learning: Learning, level: int | None = None, *, by: Auditor) -> list[str]:
    """Why `learning` may not be published at `level` (default: the level it was written
    for) yet, in plain English; empty: it may. The sharing policy's rules that apply at that
    level, each with its own reason (learnloop/sharing/policy.py)."""
    from learnloop.sharing import policy

    problems = []
    if learning.status == Learning.Status.WITHDRAWN:
        problems.append("It has been withdrawn; write a new record to share it again.")
    if not learning.changes.exists():
        problems.append("It says nothing about what was changed.")
    level = learning.sharing_level if level is None else level
    problems += [
        f"{outcome.rule.name}: {outcome.detail}"
        for outcome in policy.blocking(policy.evaluate(learning, level, by=by))
    ]
    return problems


def _locked(learning: Learning) -> Learning:
    return Learning.objects.select_for_update().get(pk=learning.pk)


def _refresh(given: Learning) -> Learning:
    """The caller's object, brought up to date (it was changed through a locked copy)."""
    given.refresh_from_db()
    return given


@transaction.atomic
def learning_publish(
    *, learning: Learning, sharing_level: int | None = None, by: Auditor
) -> Learning:
    """Publish a draft at `sharing_level` (default: the level the draft was written for)."""
    current = _locked(learning)
    if current.status == Learning.Status.PUBLISHED:
        raise ValidationError("This learning is published already")
    level = current.sharing_level if sharing_level is None else sharing_level
    if level not in SharingLevel.values:
        raise ValidationError({"sharing_level": ["Choose a sharing level"]})
    if problems := publishing_problems(current, level, by=by):
        raise ValidationError(problems)
    current.status = Learning.Status.PUBLISHED
    current.sharing_level = level
    current.published_at = timezone.now()
    current.save(update_fields=["status", "sharing_level", "published_at", "updated_at"])
    by.audit_update(
        current,
        organisation=current.organisation,
        summary=f"Published learning {current.pk} at {SharingLevel(level).name.lower()} level",
        changes={"status": {"from": "draft", "to": "published"}, "sharing_level": level},
    )
    return _refresh(learning)


@transaction.atomic
def learning_change_level(*, learning: Learning, sharing_level: int, by: Auditor) -> Learning:
    """Share a record more or less widely; narrowing takes effect at once for everyone else."""
    current = _locked(learning)
    if sharing_level not in SharingLevel.values:
        raise ValidationError({"sharing_level": ["Choose a sharing level"]})
    if current.status == Learning.Status.WITHDRAWN:
        raise ValidationError("This learning has been withdrawn")
    before = current.sharing_level
    if before == sharing_level:
        return _refresh(learning)
    # Wider sharing must pass the rules that apply at the wider level; narrowing never waits.
    if sharing_level > before and current.status == Learning.Status.PUBLISHED:
        if problems := publishing_problems(current, sharing_level, by=by):
            raise ValidationError(problems)
    current.sharing_level = sharing_level
    current.save(update_fields=["sharing_level", "updated_at"])
    by.audit_update(
        current,
        organisation=current.organisation,
        summary=f"Changed the sharing level of learning {current.pk} from "
        f"{SharingLevel(before).name.lower()} to {SharingLevel(sharing_level).name.lower()}",
        changes={"sharing_level": {"from": before, "to": sharing_level}},
    )
    return _refresh(learning)


@transaction.atomic
def learning_withdraw(*, learning: Learning, reason: str, by: Auditor) -> Learning:
    """Take a record out of every other organisation's view at once (it stays in the
    publisher's own list, marked withdrawn)."""
    current = _locked(learning)
    reason = " ".join(str(reason or "").split())
    if not reason:
        raise ValidationError({"reason": ["Say why the learning is withdrawn"]})
    if current.status == Learning.Status.WITHDRAWN:
        raise ValidationError("This learning has been withdrawn already")
    before = current.status
    current.status = Learning.Status.WITHDRAWN
    current.withdrawn_at = timezone.now()
    current.withdrawn_reason = reason[:500]
    current.save(update_fields=["status", "withdrawn_at", "withdrawn_reason", "updated_at"])
    by.audit_update(
        current,
        organisation=current.organisation,
        summary=f"Withdrew learning {current.pk}",
        changes={"status": {"from": before, "to": "withdrawn"}},
    )
    return _refresh(learning)


def learning_viewed(*, learning: Learning, organisation) -> None:
    """Count a view by someone outside the publisher (None: someone not signed in). A count,
    not an audit entry: the record is de-identified, and its readers are not tracked."""
    if organisation is None or organisation.pk != learning.organisation_id:
        Learning.objects.filter(pk=learning.pk).update(view_count=F("view_count") + 1)
