"""The sharing policy: the named rules a learning record must pass before it is published.

Each rule has a plain-English name and reason, the sharing level from which it applies, and
(for one rule) a threshold. The defaults are in `RULES`; an organisation may tighten a rule
(make it apply from a lower level, or lower its threshold) but never loosen it: those settings
are `SharingRuleSetting` rows, changed through `rule_tighten`. `evaluate` gives every rule's
outcome for one record at one level, item by item, and the publishing service refuses a record
with any applicable rule not passed. The page "What are we allowed to share?" reads the same
rules (docs/adr/0016-sharing-policy.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction

from learnloop.core.audit import Auditor
from learnloop.organisations.roles import Role
from learnloop.sharing.models import Learning, SharingLevel, SharingRuleSetting

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Outcome:
    rule: Rule
    applies: bool
    passed: bool
    detail: str

    @property
    def blocks(self) -> bool:
        return self.applies and not self.passed


@dataclass(frozen=True)
class Threshold:
    """A number the rule compares with; lower is stricter, down to `strictest`."""

    default: int
    strictest: int
    meaning: str


@dataclass(frozen=True)
class Rule:
    key: str
    name: str
    reason: str
    applies_from: SharingLevel
    check: Callable[[Learning, int | None, Auditor], tuple[bool, str]]
    threshold: Threshold | None = None


@dataclass(frozen=True)
class Effective:
    """A rule as it stands in one organisation: its own setting, or the default."""

    rule: Rule
    applies_from: SharingLevel
    threshold: int | None
    tightened: bool

    def applies_at(self, level: int) -> bool:
        return level >= self.applies_from


# The checks ------------------------------------------------------------------------------------


def _redactions_reviewed(learning, threshold, by):
    from learnloop.sharing.learning_services import unreviewed_fields

    missing = unreviewed_fields(learning)
    if missing:
        return False, "Not yet reviewed: " + ", ".join(missing) + "."
    return True, "Every free-text field went through a redaction review a person confirmed."


def _second_pass_clean(learning, threshold, by):
    from learnloop.sharing import services as review_services
    from learnloop.sharing.learning_services import free_text

    reviews = {
        review.redacted_text: review
        for review in learning.redaction_reviews.filter(status="confirmed").select_related(
            "report", "organisation"
        )
    }
    found = []
    # What the record knows, read (and audited) once for every field, not once a field.
    known_by_report: dict = {}
    for name, text in free_text(learning):
        review = reviews.get(text)
        if review is None:
            return False, f"{name} has not been reviewed yet, so it cannot be checked again."
        known = None
        if review.report_id is not None:
            if review.report_id not in known_by_report:
                known_by_report[review.report_id] = review_services.known_identifiers(
                    report=review.report, by=by
                )
            known = known_by_report[review.report_id]
        spans = review_services.review_second_pass(review=review, by=by, known=known)
        labels = sorted({span.label for span in spans})
        if labels:
            found.append(f"{name} ({', '.join(labels)})")
    if found:
        return False, "A second pass still finds identifiers in: " + "; ".join(found) + "."
    return True, "A second de-identification pass over the reviewed words found nothing new."


def _no_legal_hold(learning, threshold, by):
    holds = []
    if learning.inquest_pending:
        holds.append("an inquest is pending")
    if learning.litigation:
        holds.append("litigation or a claim is in progress")
    if holds:
        return False, "There is a legal hold: " + " and ".join(holds) + "."
    return True, "No inquest pending and no litigation recorded."


def _family_told(learning, threshold, by):
    if not learning.family_informed:
        return False, "The record does not say that the family has been told."
    if learning.patient_specific and not learning.family_consent:
        return (
            False,
            "It shares detail specific to the patient, and the family's consent is not recorded.",
        )
    if learning.patient_specific:
        return True, "The family has been told and consents to sharing the patient-specific detail."
    return True, "The family has been told."


def _lead_approval(learning, threshold, by):
    if learning.approved_by_id is None:
        return False, "A patient safety lead has not approved it yet."
    when = learning.approved_at.strftime("%-d %B %Y") if learning.approved_at else ""
    return True, f"Approved by a patient safety lead{' on ' + when if when else ''}."


def _rare_combinations(learning, threshold, by):
    from learnloop.sharing.learning_services import free_text

    text = "\n".join(words for _, words in free_text(learning))
    found = quasi_identifiers(text)
    if len(found) < (threshold or 1):
        if found:
            return True, f"Only {_listed(found)}: fewer than {threshold} together, not flagged."
        return True, "No exact age, date, rare condition or distinctive detail found together."
    flagged = f"Flagged: {_listed(found)} appear together."
    if learning.second_look_by_id is None:
        return (
            False,
            flagged + " Someone must look again and confirm it cannot point to one person.",
        )
    return True, flagged + " Looked at again and confirmed."


def _listed(found: dict[str, str]) -> str:
    items = [f"{kind} ({example})" for kind, example in found.items()]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# What can single out a person when it appears together (the rare-combination rule) -----------

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_QUASI = {
    "an exact age": re.compile(
        r"\b(?:aged|age)\s+\d{1,3}\b|\b\d{1,3}[- ](?:years?|yrs?)[- ]old\b|\b\d{1,3}\s?(?:yo|y/o)\b",
        re.IGNORECASE,
    ),
    "a date or time": re.compile(
        rf"\b(?:{_MONTHS})\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:19|20)\d\d\b"
        r"|\b(?:Christmas|Boxing|New Year's) Day\b|\b\d{1,2}[:.]\d\d\s?(?:am|pm|hrs)?\b",
    ),
    "a distinctive detail": re.compile(
        r"\b(?:twins?|triplets|pregnant|weeks'? gestation|interpreter|asylum seeker|refugee"
        r"|prisoner|homeless|Jehovah's Witness|traveller|footballer|celebrity|councillor"
        r"|police officer|firefighter|surgeon|consultant's (?:wife|husband|son|daughter))\b",
        re.IGNORECASE,
    ),
}


@cache
def _rare_condition_pattern() -> re.Pattern:
    lines = (DATA_DIR / "rare_conditions.txt").read_text(encoding="utf-8").splitlines()
    names = sorted(
        {line.strip().lower() for line in lines if line.strip() and not line.startswith("#")},
        key=len,
        reverse=True,
    )
    return re.compile(
        r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b", re.IGNORECASE
    )


def quasi_identifiers(text: str) -> dict[str, str]:
    """Each kind of detail found in `text` that could, with others, single out a person,
    with the first example of it. Redacted words ([DATE], [AGE]) no longer count."""
    text = text.replace("’", "'")
    patterns = [*_QUASI.items(), ("a rare condition", _rare_condition_pattern())]
    return {kind: match.group(0) for kind, pattern in patterns if (match := pattern.search(text))}


# The rules, in the order they are shown ------------------------------------------------------

RULES: tuple[Rule, ...] = (
    Rule(
        "redactions_reviewed",
        "Every redaction reviewed by a person",
        "The de-identifier proposes; a person who knows the case decides. Nothing is shared until "
        "someone has checked every proposed redaction in every free-text field.",
        SharingLevel.ORGANISATION,
        _redactions_reviewed,
    ),
    Rule(
        "second_pass_clean",
        "A second de-identification pass finds nothing new",
        "After the review, the reviewed words are de-identified again, with the record's "
        "identifiers and your organisation's terms as they are now. Anything still found is "
        "looked at again before the record leaves the organisation.",
        SharingLevel.SYSTEM,
        _second_pass_clean,
    ),
    Rule(
        "no_legal_hold",
        "No legal hold: no inquest pending, no litigation",
        "Sharing a case's learning outside the organisation while an inquest or a claim is open "
        "can prejudice it. Share it in house now, and more widely once it has concluded.",
        SharingLevel.SYSTEM,
        _no_legal_hold,
    ),
    Rule(
        "family_told",
        "The family has been told, and consents where detail is specific to the patient",
        "A family must never learn about their relative's care from someone else's learning. "
        "Where the record keeps detail specific to the patient, the family must agree to it "
        "being shared outside the organisation.",
        SharingLevel.SYSTEM,
        _family_told,
    ),
    Rule(
        "lead_approval",
        "Approved by a patient safety lead",
        "The patient safety lead answers for what leaves the organisation, and approves each "
        "record before it is shared outside it.",
        SharingLevel.SYSTEM,
        _lead_approval,
    ),
    Rule(
        "rare_combinations",
        "Rare combinations looked at again",
        "Details that are harmless alone can point to one person together: an exact age, a "
        "date, a rare condition, a distinctive detail such as an occupation or a twin birth. "
        "When enough of them appear together, a person looks again before the record is shared.",
        SharingLevel.SYSTEM,
        _rare_combinations,
        Threshold(
            default=3,
            strictest=1,
            meaning="how many kinds of detail together flag the record",
        ),
    ),
)
RULES_BY_KEY = {rule.key: rule for rule in RULES}


def effective_rules(organisation) -> list[Effective]:
    """Every rule as it applies in `organisation` (None: the defaults)."""
    settings = {s.rule: s for s in organisation.sharing_rule_settings.all()} if organisation else {}
    rules = []
    for rule in RULES:
        setting = settings.get(rule.key)
        default_threshold = rule.threshold.default if rule.threshold else None
        if setting is None:
            rules.append(Effective(rule, rule.applies_from, default_threshold, False))
            continue
        # A setting can only tighten; a looser one (written before a default changed) is ignored.
        applies_from = SharingLevel(min(setting.applies_from, rule.applies_from))
        threshold = default_threshold
        if rule.threshold and setting.threshold is not None:
            threshold = max(rule.threshold.strictest, min(setting.threshold, default_threshold))
        tightened = applies_from < rule.applies_from or threshold != default_threshold
        rules.append(Effective(rule, applies_from, threshold, tightened))
    return rules


def evaluate(learning: Learning, level: int, *, by: Auditor) -> list[Outcome]:
    """Every rule's outcome for publishing `learning` at `level`, in order. A rule that does
    not apply at that level is still checked, so the page can say how it stands."""
    outcomes = []
    for effective in effective_rules(learning.organisation):
        passed, detail = effective.rule.check(learning, effective.threshold, by)
        outcomes.append(Outcome(effective.rule, effective.applies_at(level), passed, detail))
    return outcomes


def blocking(outcomes: list[Outcome]) -> list[Outcome]:
    return [outcome for outcome in outcomes if outcome.blocks]


def is_patient_safety_lead(user, organisation) -> bool:
    from learnloop.organisations.rules import roles_in

    return Role.PATIENT_SAFETY_LEAD in roles_in(user, organisation)


@transaction.atomic
def rule_tighten(
    *, organisation, rule: str, applies_from: int, threshold: int | None = None, by: Auditor
) -> SharingRuleSetting | None:
    """Set how `rule` applies in `organisation`. Only tighter than the default is allowed;
    the default itself removes the organisation's setting (returns None)."""
    if rule not in RULES_BY_KEY:
        raise ValidationError({"rule": [f"There is no sharing rule called {rule!r}"]})
    definition = RULES_BY_KEY[rule]
    errors: dict[str, list[str]] = {}
    if applies_from not in SharingLevel.values:
        errors["applies_from"] = ["Choose a sharing level"]
    elif applies_from > definition.applies_from:
        errors["applies_from"] = [
            f"“{definition.name}” must apply from {SharingLevel(definition.applies_from).label.lower()}"
            " or a lower level: an organisation may tighten a rule, not loosen it"
        ]
    if definition.threshold is None:
        threshold = None
    elif threshold is None:
        threshold = definition.threshold.default
    elif not definition.threshold.strictest <= threshold <= definition.threshold.default:
        errors["threshold"] = [
            f"Enter a number from {definition.threshold.strictest} to "
            f"{definition.threshold.default} ({definition.threshold.meaning})"
        ]
    if errors:
        raise ValidationError(errors)
    existing = organisation.sharing_rule_settings.filter(rule=rule).first()
    before = (
        {"applies_from": existing.applies_from, "threshold": existing.threshold}
        if existing
        else {
            "applies_from": int(definition.applies_from),
            "threshold": definition.threshold.default if definition.threshold else None,
        }
    )
    after = {"applies_from": int(applies_from), "threshold": threshold}
    is_default = after == {
        "applies_from": int(definition.applies_from),
        "threshold": definition.threshold.default if definition.threshold else None,
    }
    if before == after:
        return existing
    if is_default:
        if existing:
            existing.delete()
        setting = None
    else:
        setting = existing or SharingRuleSetting(organisation=organisation, rule=rule)
        setting.applies_from = applies_from
        setting.threshold = threshold
        setting.changed_by = by.actor
        setting.save()
    by.audit_update(
        setting or organisation,
        organisation=organisation,
        summary=f"Changed the sharing rule “{definition.name}”",
        changes={"rule": rule, "from": before, "to": after},
    )
    return setting
