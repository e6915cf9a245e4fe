"""The sharing policy: each rule fails and passes for the reason it gives, applies from its
level, and can be tightened (never loosened) by an organisation; publishing obeys it."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from learnloop.core.audit import Auditor
from learnloop.core.models import AuditLog
from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import member
from learnloop.reports import services as report_services
from learnloop.sharing import learning_services, policy
from learnloop.sharing.models import SharingLevel, SharingRuleSetting
from learnloop.sharing.tests.learning_builders import approved, draft, reviewed


def outcomes(learning, level):
    return {o.rule.key: o for o in policy.evaluate(learning, level, by=Auditor.system())}


def blocking_keys(learning, level):
    return {key for key, o in outcomes(learning, level).items() if o.blocks}


def test_a_fresh_draft_fails_the_rules_that_need_a_person(trust):
    learning = draft(trust, family_informed=False)

    at_system = outcomes(learning, SharingLevel.SYSTEM)

    assert {k for k, o in at_system.items() if o.blocks} == {
        "redactions_reviewed",
        "second_pass_clean",
        "family_told",
        "lead_approval",
    }
    assert at_system["no_legal_hold"].passed and at_system["rare_combinations"].passed
    assert "Not yet reviewed: Title" in at_system["redactions_reviewed"].detail
    # In house, only the person's review of the redactions is asked for.
    assert blocking_keys(learning, SharingLevel.ORGANISATION) == {"redactions_reviewed"}


def test_a_reviewed_approved_record_passes_every_rule_at_every_level(trust):
    learning = approved(reviewed(draft(trust)))

    for level in SharingLevel:
        assert blocking_keys(learning, level) == set(), level


def test_a_legal_hold_blocks_sharing_beyond_the_organisation_only(trust):
    learning = approved(reviewed(draft(trust, inquest_pending=True, litigation=True)))

    at_system = outcomes(learning, SharingLevel.SYSTEM)["no_legal_hold"]

    assert at_system.blocks
    assert at_system.detail == (
        "There is a legal hold: an inquest is pending and litigation or a claim is in progress."
    )
    assert not outcomes(learning, SharingLevel.ORGANISATION)["no_legal_hold"].blocks


def test_patient_specific_detail_needs_the_familys_consent(trust):
    learning = approved(reviewed(draft(trust, patient_specific=True)))
    assert (
        "consent is not recorded" in outcomes(learning, SharingLevel.NATIONAL)["family_told"].detail
    )

    consenting = approved(reviewed(draft(trust, patient_specific=True, family_consent=True)))
    assert outcomes(consenting, SharingLevel.NATIONAL)["family_told"].passed


def test_consent_without_the_family_told_is_refused_with_the_field_named(trust):
    with pytest.raises(ValidationError) as refused:
        draft(trust, family_informed=False, family_consent=True)

    assert "family_consent" in refused.value.message_dict


def test_the_second_pass_finds_what_the_reviewer_left_and_the_org_has_since_learned(trust):
    by = Auditor.system(trust)
    learning = reviewed(draft(trust, what_we_found="The checks were done by the Larkspur team."))
    assert outcomes(learning, SharingLevel.SYSTEM)["second_pass_clean"].passed

    # Later, the organisation learns that Larkspur names a place it always redacts.
    from learnloop.sharing.models import OrganisationTerm

    OrganisationTerm.objects.filter(organisation=trust, term__iexact="Larkspur").delete()
    OrganisationTerm.objects.create(
        organisation=trust, term="Larkspur", action="redact", label="LOCATION"
    )
    second = outcomes(learning, SharingLevel.SYSTEM)["second_pass_clean"]

    assert second.blocks and "What we found (LOCATION)" in second.detail
    assert learning_services.publishing_problems(learning, SharingLevel.ORGANISATION, by=by) == []


def test_rare_combinations_are_flagged_until_someone_looks_again(trust):
    text = "A 34-year-old teacher with Marfan syndrome, seen on a Tuesday in March."
    learning = approved(reviewed(draft(trust, what_happened=text)))

    flagged = outcomes(learning, SharingLevel.SYSTEM)["rare_combinations"]
    assert flagged.blocks
    assert "an exact age (34-year-old)" in flagged.detail
    assert "a rare condition (Marfan syndrome)" in flagged.detail

    lead = member(trust, Role.PATIENT_SAFETY_LEAD)
    learning_services.learning_second_look(
        learning=learning, by=Auditor(actor=lead, organisation=trust)
    )
    assert outcomes(learning, SharingLevel.SYSTEM)["rare_combinations"].passed


def test_quasi_identifiers_count_kinds_not_redacted_words():
    assert policy.quasi_identifiers("aged [AGE], seen on [DATE] at [LOCATION]") == {}
    found = policy.quasi_identifiers("aged 47, a firefighter, admitted at 03:15 with porphyria")
    assert set(found) == {
        "an exact age",
        "a distinctive detail",
        "a date or time",
        "a rare condition",
    }


def test_two_details_pass_by_default_and_fail_when_the_threshold_is_tightened(trust):
    lead = member(trust, Role.PATIENT_SAFETY_LEAD)
    by = Auditor(actor=lead, organisation=trust)
    learning = approved(reviewed(draft(trust, what_happened="Aged 51, with sarcoidosis.")), lead)
    assert outcomes(learning, SharingLevel.SYSTEM)["rare_combinations"].passed

    policy.rule_tighten(
        organisation=trust, rule="rare_combinations", applies_from=SharingLevel.SYSTEM,
        threshold=2, by=by,
    )  # fmt: skip

    assert outcomes(learning, SharingLevel.SYSTEM)["rare_combinations"].blocks


def test_an_organisation_may_tighten_a_rule_but_never_loosen_it(trust):
    by = Auditor(actor=member(trust, Role.PATIENT_SAFETY_LEAD), organisation=trust)

    with pytest.raises(ValidationError) as looser:
        policy.rule_tighten(
            organisation=trust, rule="lead_approval", applies_from=SharingLevel.NATIONAL, by=by
        )
    assert "tighten a rule, not loosen it" in looser.value.message_dict["applies_from"][0]
    with pytest.raises(ValidationError) as threshold:
        policy.rule_tighten(
            organisation=trust, rule="rare_combinations", applies_from=SharingLevel.SYSTEM,
            threshold=4, by=by,
        )  # fmt: skip
    assert threshold.value.message_dict["threshold"] == [
        "Enter a number from 1 to 3 (how many kinds of detail together flag the record)"
    ]
    with pytest.raises(ValidationError):
        policy.rule_tighten(organisation=trust, rule="no_such_rule", applies_from=10, by=by)
    assert not SharingRuleSetting.objects.exists()

    policy.rule_tighten(
        organisation=trust, rule="lead_approval", applies_from=SharingLevel.ORGANISATION, by=by
    )
    learning = reviewed(draft(trust))
    assert "lead_approval" in blocking_keys(learning, SharingLevel.ORGANISATION)
    assert AuditLog.objects.filter(
        summary="Changed the sharing rule “Approved by a patient safety lead”"
    ).exists()

    # Back to the default: the organisation's setting goes.
    policy.rule_tighten(
        organisation=trust, rule="lead_approval", applies_from=SharingLevel.SYSTEM, by=by
    )
    assert not SharingRuleSetting.objects.filter(organisation=trust).exists()


def test_a_looser_setting_stored_earlier_is_not_obeyed(trust):
    SharingRuleSetting.objects.create(
        organisation=trust, rule="family_told", applies_from=SharingLevel.PUBLIC
    )

    (family,) = [e for e in policy.effective_rules(trust) if e.rule.key == "family_told"]

    assert family.applies_from == SharingLevel.SYSTEM and not family.tightened


def test_one_organisations_setting_leaves_anothers_rules_alone(trust, other_trust):
    by = Auditor(actor=member(trust, Role.PATIENT_SAFETY_LEAD), organisation=trust)
    policy.rule_tighten(
        organisation=trust, rule="family_told", applies_from=SharingLevel.ORGANISATION, by=by
    )

    theirs = {e.rule.key: e for e in policy.effective_rules(other_trust)}

    assert theirs["family_told"].applies_from == SharingLevel.SYSTEM


def test_only_a_patient_safety_lead_of_the_publisher_approves(trust, other_trust):
    learning = reviewed(draft(trust))
    for actor in (
        member(trust, Role.INVESTIGATOR),
        member(other_trust, Role.PATIENT_SAFETY_LEAD),
        None,
    ):
        with pytest.raises(ValidationError):
            learning_services.learning_approve(
                learning=learning, by=Auditor(actor=actor, organisation=trust)
            )
    learning.refresh_from_db()
    assert learning.approved_by is None


def test_approval_waits_for_the_reviews_and_lapses_when_the_words_change(trust):
    lead = member(trust, Role.PATIENT_SAFETY_LEAD)
    by = Auditor(actor=lead, organisation=trust)
    learning = draft(trust)
    with pytest.raises(ValidationError):
        learning_services.learning_approve(learning=learning, by=by)

    learning = approved(reviewed(learning), lead)
    assert learning.approved_by == lead
    learning_services.learning_update_draft(
        learning=learning,
        fields={"title": "A new title", "what_happened": learning.what_happened,
                "what_we_found": learning.what_we_found, "family_informed": True},
        changes=[(c.text, c.strength) for c in learning.changes.all()],
        themes=["Medication"],
        by=by,
    )  # fmt: skip

    learning.refresh_from_db()
    assert learning.approved_by is None and learning.title == "A new title"
    assert "lead_approval" in blocking_keys(learning, SharingLevel.SYSTEM)


def test_publishing_refuses_with_every_blocking_rules_reason(trust):
    learning = reviewed(draft(trust, inquest_pending=True))

    with pytest.raises(ValidationError) as refused:
        learning_services.learning_publish(
            learning=learning, sharing_level=SharingLevel.SYSTEM, by=Auditor.system(trust)
        )

    assert refused.value.messages == [
        "No legal hold: no inquest pending, no litigation: There is a legal hold: an inquest is "
        "pending.",
        "Approved by a patient safety lead: A patient safety lead has not approved it yet.",
    ]
    learning.refresh_from_db()
    assert not learning.is_published


def test_widening_a_published_record_checks_the_wider_levels_rules(trust):
    by = Auditor.system(trust)
    learning = reviewed(draft(trust, inquest_pending=True))
    learning_services.learning_publish(
        learning=learning, sharing_level=SharingLevel.ORGANISATION, by=by
    )

    with pytest.raises(ValidationError) as refused:
        learning_services.learning_change_level(
            learning=learning, sharing_level=SharingLevel.PUBLIC, by=by
        )

    assert any("legal hold" in message for message in refused.value.messages)
    learning.refresh_from_db()
    assert learning.sharing_level == SharingLevel.ORGANISATION


def test_the_second_pass_never_counts_a_placeholder_as_a_name(trust):
    """A member of staff on the case called "Test Person" makes "Person" a known name; the
    "[PERSON]" the first pass wrote must not then look like something new."""
    from learnloop.sharing import services as review_services

    lead = member(trust, Role.PATIENT_SAFETY_LEAD, full_name="Test Person")
    report = report_services.report_incident(
        organisation=trust,
        fields={
            "event_type": "incident",
            "occurred_at": timezone.now() - timedelta(days=1),
            "what_happened": "Mr Quennell fell.",
            "physical_harm": "low",
        },
        patient={"name": "Albert Quennell"},
        by=Auditor(actor=lead, organisation=trust),
    ).report
    by = Auditor(actor=lead, organisation=trust)
    review = review_services.review_start_from_report(report=report, by=by)
    review_services.review_confirm(review=review, by=by)
    review.refresh_from_db()
    assert review.redacted_text == "[PERSON] fell."

    assert review_services.review_second_pass(review=review, by=by) == []


def test_checking_the_policy_reads_the_patients_details_once_not_once_a_field(trust):
    lead = member(trust, Role.PATIENT_SAFETY_LEAD)
    by = Auditor(actor=lead, organisation=trust)
    report = report_services.report_incident(
        organisation=trust,
        fields={
            "event_type": "incident",
            "occurred_at": timezone.now() - timedelta(days=1),
            "what_happened": "Mr Quennell fell.",
            "physical_harm": "low",
        },
        patient={"name": "Albert Quennell"},
        by=by,
    ).report
    learning = reviewed(draft(trust, report=report, what_happened="Mr Quennell fell."))
    reads = AuditLog.objects.filter(summary__startswith=f"Viewed patient details on {report}")
    before = reads.count()

    policy.evaluate(learning, SharingLevel.SYSTEM, by=by)

    assert reads.count() == before + 1
