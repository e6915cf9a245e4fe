"""Roles people hold in an organisation, and the named permissions they grant.

The only place where roles meet permissions is `rules.py`; views and services ask for a
`Permission`, never for a role.
"""

from enum import StrEnum


class Role(StrEnum):
    FRONTLINE_STAFF = "frontline_staff"
    PATIENT_SAFETY_LEAD = "patient_safety_lead"
    INVESTIGATOR = "investigator"
    MORTALITY_REVIEWER = "mortality_reviewer"
    MEDICAL_EXAMINER = "medical_examiner"
    FAMILY_MEMBER = "family_member"
    COMMISSIONER = "commissioner"
    REGULATOR = "regulator"
    ADMINISTRATOR = "administrator"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.FRONTLINE_STAFF: "Frontline staff",
    Role.PATIENT_SAFETY_LEAD: "Patient safety lead",
    Role.INVESTIGATOR: "Investigator",
    Role.MORTALITY_REVIEWER: "Mortality reviewer",
    Role.MEDICAL_EXAMINER: "Medical examiner",
    Role.FAMILY_MEMBER: "Family member",
    Role.COMMISSIONER: "Commissioner (ICB)",
    Role.REGULATOR: "Regulator",
    Role.ADMINISTRATOR: "Organisation administrator",
}

ROLE_CHOICES = [(role.value, role.label) for role in Role]

# Roles an administrator may give through a staff invitation. A family member is invited
# to a case, not to the organisation's staff.
STAFF_ROLES = [role for role in Role if role is not Role.FAMILY_MEMBER]


class Permission(StrEnum):
    VIEW_ORGANISATION_HOME = "organisations.view_home"
    VIEW_MEMBERS = "organisations.view_members"
    MANAGE_MEMBERS = "organisations.manage_members"
    MANAGE_API_KEYS = "organisations.manage_api_keys"
    VIEW_AUDIT_LOG = "core.view_audit_log"
    REPORT_INCIDENT = "reports.report_incident"
    TRIAGE_REPORTS = "reports.triage"
    RECORD_DEATHS = "reports.record_deaths"
    VIEW_PATIENT_DETAILS = "reports.view_patient_details"
    VIEW_REPORTS = "reports.view_reports"
    RECORD_CANDOUR = "reports.record_candour"
    SCREEN_DEATHS = "reviews.screen_deaths"
    MANAGE_SCREENING_CRITERIA = "reviews.manage_screening_criteria"
    REVIEW_DEATHS = "reviews.review_deaths"
    SECOND_STAGE_REVIEW = "reviews.second_stage_review"
    INVESTIGATE = "investigations.investigate"
    VIEW_INVITED_CASES = "family.view_invited_cases"
    INVITE_FAMILY = "family.invite_family"
    OVERSEE_SYSTEM = "insights.oversee_system"
    DEIDENTIFY_TEXT = "sharing.deidentify_text"
    MANAGE_DEIDENTIFICATION_TERMS = "sharing.manage_deidentification_terms"
    VIEW_LEARNING = "sharing.view_learning"
    WRITE_LEARNING = "sharing.write_learning"
    PUBLISH_LEARNING = "sharing.publish_learning"
    ADOPT_LEARNING = "sharing.adopt_learning"
    MANAGE_SHARING_POLICY = "sharing.manage_sharing_policy"
    VIEW_ACTIONS = "actions.view_actions"
