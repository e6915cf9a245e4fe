"""Organisations in two ICB systems, a network spanning them and a regulator; and learning
records published by them. Synthetic: the words are invented for the tests."""

from __future__ import annotations

from dataclasses import dataclass

from learnloop.core.audit import Auditor
from learnloop.organisations.models import Organisation
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import OrganisationFactory, member
from learnloop.sharing import learning_services
from learnloop.sharing import services as review_services
from learnloop.sharing.models import Learning, SharingLevel


@dataclass
class Map:
    """kent_a and kent_b in the Kent ICB; sussex_a and sussex_b in the Sussex ICB; a network
    (a patient safety collaborative) with kent_b and sussex_a; the CQC in no system."""

    kent_icb: Organisation
    kent_a: Organisation
    kent_b: Organisation
    sussex_icb: Organisation
    sussex_a: Organisation
    sussex_b: Organisation
    network: Organisation
    cqc: Organisation

    def all(self) -> dict[str, Organisation]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def organisation_map() -> Map:
    kent_icb = OrganisationFactory(name="Kent Test ICB", kind=Organisation.Kind.ICB)
    sussex_icb = OrganisationFactory(name="Sussex Test ICB", kind=Organisation.Kind.ICB)
    network = OrganisationFactory(name="Test Safety Collaborative", kind=Organisation.Kind.NETWORK)
    kent_b = OrganisationFactory(name="Kent B Test Trust", system=kent_icb)
    sussex_a = OrganisationFactory(name="Sussex A Test Trust", system=sussex_icb)
    kent_b.networks.add(network)
    sussex_a.networks.add(network)
    return Map(
        kent_icb=kent_icb,
        kent_a=OrganisationFactory(name="Kent A Test Trust", system=kent_icb, region="South East"),
        kent_b=kent_b,
        sussex_icb=sussex_icb,
        sussex_a=sussex_a,
        sussex_b=OrganisationFactory(name="Sussex B Test Trust", system=sussex_icb),
        network=network,
        cqc=OrganisationFactory(
            name="Test Quality Commission", kind=Organisation.Kind.REGULATOR, ods_code=None
        ),
    )


def draft(organisation, *, by=None, **overrides) -> Learning:
    fields = {
        "title": "Insulin doses missed at handover",
        "what_happened": "A patient's evening insulin was not given after a ward move.",
        "what_we_found": "The handover sheet had no place for time-critical medicines.",
        "source_kind": Learning.SourceKind.AFTER_ACTION_REVIEW,
        "harm": "low",
        # The family has been told: the sharing policy asks it beyond the organisation.
        "family_informed": True,
    }
    changes = overrides.pop(
        "changes", [("Added time-critical medicines to the handover sheet", "intermediate")]
    )
    themes = overrides.pop("themes", ["Medication", "Handover"])
    report = overrides.pop("report", None)
    fields.update(overrides)
    return learning_services.learning_create_draft(
        organisation=organisation,
        fields=fields,
        changes=changes,
        themes=themes,
        report=report,
        by=by or Auditor.system(organisation),
    )


def reviewed(learning: Learning) -> Learning:
    """Every free-text field through a confirmed redaction review in which the reviewer kept
    every word, so that the record's words are the test's, whatever the engine proposes."""
    by = Auditor.system(learning.organisation)
    for review in learning_services.learning_start_redaction_reviews(learning=learning, by=by):
        review_services.review_confirm(
            review=review, removed=[(s.start, s.end) for s in review.proposed], by=by
        )
    return learning_services.learning_apply_redactions(learning=learning, by=by)


def approved(learning: Learning, lead=None) -> Learning:
    """Approved by a patient safety lead of the publisher (a new one unless given)."""
    lead = lead or member(learning.organisation, Role.PATIENT_SAFETY_LEAD)
    return learning_services.learning_approve(
        learning=learning, by=Auditor(actor=lead, organisation=learning.organisation)
    )


def published(organisation, level: SharingLevel, **overrides) -> Learning:
    learning = reviewed(draft(organisation, **overrides))
    if level > SharingLevel.ORGANISATION:
        learning = approved(learning)
    return learning_services.learning_publish(
        learning=learning, sharing_level=level, by=Auditor.system(organisation)
    )
