"""Synthetic learning records for the demo: a handful from the demo organisations at every
sharing level, plus a draft and a withdrawn record, so the learning pages have something to
find. The words are invented; nobody in them is real. Running it again adds nothing (a record
is known by its publisher and title)."""

from __future__ import annotations

from learnloop.core.audit import Auditor
from learnloop.organisations.models import User
from learnloop.organisations.roles import Role
from learnloop.sharing import learning_services
from learnloop.sharing import services as review_services
from learnloop.sharing.models import Learning, SharingLevel

SOURCE = Learning.SourceKind
# (publisher key, author email, level or "draft"/"withdrawn", fields, changes, themes)
DEMO_LEARNING = [
    (
        "RVV",
        "safety.lead@east-kent.example",
        SharingLevel.SYSTEM,
        {
            "title": "Insulin missed after a ward move",
            "what_happened": "A patient with type 1 diabetes moved wards in the evening; the "
            "evening long-acting insulin was not given and ketoacidosis developed overnight.",
            "what_we_found": "The electronic handover had no field for time-critical medicines, "
            "and the receiving ward could not see doses due in the hour of the move.",
            "source_kind": SOURCE.AFTER_ACTION_REVIEW,
            "harm": "moderate",
            "setting_code": "4",
        },
        [
            (
                "Time-critical medicines due within four hours now block a transfer in the bed "
                "management system until a nurse confirms them",
                "stronger",
            ),
            ("A handover prompt for insulin and other time-critical medicines", "intermediate"),
        ],
        ["Medication", "Handover", "Diabetes"],
    ),
    (
        "RVV",
        "safety.lead@east-kent.example",
        SharingLevel.ORGANISATION,
        {
            "title": "Falls at night on a surgical ward",
            "what_happened": "Three older patients fell while walking to the toilet at night "
            "in one month.",
            "what_we_found": "Call bells were out of reach after evening observations, and the "
            "lights in the bay were switched off at the wall.",
            "source_kind": SOURCE.SWARM,
            "harm": "low",
            "setting_code": "4",
        },
        [
            ("Low-level night lights fitted in every bay", "stronger"),
            ("Call bell check added to the evening observations round", "intermediate"),
        ],
        ["Falls", "Older people"],
    ),
    (
        "RPA",
        "safety.lead@medway.example",
        SharingLevel.NATIONAL,
        {
            "title": "Sepsis recognised late in the emergency department",
            "what_happened": "A patient with a urinary infection waited four hours for "
            "antibiotics while the department was full.",
            "what_we_found": "The early warning score was calculated at triage but not "
            "repeated while the patient waited in the corridor.",
            "source_kind": SOURCE.REPORT,
            "harm": "severe",
            "setting_code": "4",
            "anonymised_publisher": True,
            "contact": "Through the patient safety team",
        },
        [
            (
                "Corridor patients moved onto the electronic observations system, which "
                "escalates a rising score automatically",
                "stronger",
            ),
            ("Sepsis screening poster in the corridor", "weaker"),
        ],
        ["Sepsis", "Deteriorating patient", "Emergency care"],
    ),
    (
        "RPA",
        "safety.lead@medway.example",
        SharingLevel.PUBLIC,
        {
            "title": "Oxygen cylinder ran out during a transfer to the scanner",
            "what_happened": "A patient on oxygen was taken for a scan; the cylinder emptied "
            "on the way back and the saturation fell.",
            "what_we_found": "Nobody checked the cylinder gauge before transfers, and two kinds "
            "of cylinder with different gauges were in use.",
            "source_kind": SOURCE.INVESTIGATION,
            "harm": "moderate",
            "setting_code": "4",
            "contact": "patient.safety@medway.example",
        },
        [
            ("One type of cylinder with a flow-duration gauge across the trust", "stronger"),
            ("A transfer checklist that includes the oxygen remaining", "intermediate"),
        ],
        ["Oxygen", "Transfers", "Medical devices"],
    ),
    (
        "RVV",
        "safety.lead@east-kent.example",
        SharingLevel.PUBLIC,
        {
            "title": "A deteriorating patient's rising early warning score was not escalated",
            "what_happened": "A patient's score rose over two days before a cardiac arrest; "
            "the rise was recorded but nobody was called.",
            "what_we_found": "The escalation policy said to inform the nurse in charge, who was "
            "also caring for eight patients; the outreach team was not called at night.",
            "source_kind": SOURCE.MORTALITY_REVIEW,
            "harm": "fatal",
            "setting_code": "4",
        },
        [
            (
                "Outreach team paged automatically by the observations system at a score of 5",
                "stronger",
            ),
            ("Training on the escalation policy", "weaker"),
        ],
        ["Deteriorating patient", "Escalation"],
    ),
    (
        "QKS",
        "commissioner@kent-medway-icb.example",
        SharingLevel.SYSTEM,
        {
            "title": "Discharge letters without medicine changes",
            "what_happened": "Across the system, GP practices reported discharge letters that "
            "did not say which medicines had been stopped.",
            "what_we_found": "Two trusts' letter templates had no section for stopped medicines.",
            "source_kind": SOURCE.INVESTIGATION,
            "harm": "low",
            "setting_code": "11",
        },
        [
            (
                "A shared discharge letter template with a required stopped-medicines section",
                "stronger",
            )
        ],
        ["Medication", "Discharge"],
    ),
    (
        "RVV",
        "safety.lead@east-kent.example",
        "draft",
        {
            "title": "Draft: delayed review of a fractured hip",
            "what_happened": "An older patient waited overnight for an orthopaedic review.",
            "what_we_found": "Still being written.",
            "source_kind": SOURCE.AFTER_ACTION_REVIEW,
            "harm": "moderate",
        },
        [("To be decided", "weaker")],
        ["Falls"],
    ),
    (
        "RPA",
        "safety.lead@medway.example",
        "withdrawn",
        {
            "title": "Withdrawn: wrong-site block",
            "what_happened": "A nerve block was given on the wrong side.",
            "what_we_found": "The stop-before-you-block check was skipped.",
            "source_kind": SOURCE.REPORT,
            "harm": "low",
        },
        [("Stop-before-you-block built into the anaesthetic chart", "intermediate")],
        ["Never events"],
    ),
]


def _approved(learning: Learning) -> Learning:
    """Approved by the publisher's patient safety lead, as the sharing policy asks beyond the
    organisation (and by a rare-combination second look where flagged)."""
    lead = (
        User.objects.filter(
            memberships__organisation=learning.organisation,
            memberships__roles__role=Role.PATIENT_SAFETY_LEAD,
        )
        .order_by("pk")
        .first()
    )
    by = Auditor(actor=lead, organisation=learning.organisation)
    learning = learning_services.learning_approve(learning=learning, by=by)
    return learning_services.learning_second_look(learning=learning, by=by)


def generate_demo_learning() -> int:
    """Add the demo's learning records that are not there yet; how many were added."""
    from learnloop.organisations.demo import organisation_for

    added = 0
    for key, email, level, fields, changes, themes in DEMO_LEARNING:
        organisation = organisation_for(key)
        if organisation.learning.filter(title=fields["title"]).exists():
            continue
        author = User.objects.filter(email=email).first()
        by = Auditor(actor=author, organisation=organisation)
        # The demo's families have all been told (the sharing policy asks it beyond the trust).
        fields = {"family_informed": True, **fields}
        learning = learning_services.learning_create_draft(
            organisation=organisation, fields=fields, changes=changes, themes=themes, by=by
        )
        if level == "draft":
            added += 1
            continue
        # The author checks each field's redactions and accepts what learnloop proposes.
        for review in learning_services.learning_start_redaction_reviews(learning=learning, by=by):
            review_services.review_confirm(review=review, by=by)
        learning = learning_services.learning_apply_redactions(learning=learning, by=by)
        learning = _approved(learning)
        publish_level = SharingLevel.NATIONAL if level == "withdrawn" else level
        learning_services.learning_publish(learning=learning, sharing_level=publish_level, by=by)
        if level == "withdrawn":
            learning_services.learning_withdraw(
                learning=learning, reason="A detail could have identified the patient.", by=by
            )
        added += 1
    return added
