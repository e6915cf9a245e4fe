"""Which roles grant which permissions: the one place where that is decided.

Predicates take (user, organisation): a person's permissions depend on the roles they hold
in the organisation they are acting for.
"""

import rules

from learnloop.organisations.roles import Permission, Role


def roles_in(user, organisation) -> frozenset[Role]:
    if organisation is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    # Cached on the user object, which lives for one request.
    cache = user.__dict__.setdefault("_learnloop_roles", {})
    if organisation.pk not in cache:
        membership = (
            user.memberships.active().filter(organisation=organisation).prefetch_related("roles").first()
        )
        cache[organisation.pk] = membership.role_set if membership else frozenset()
    return cache[organisation.pk]


def holds(*roles: Role):
    wanted = frozenset(roles)

    @rules.predicate(name="holds " + " or ".join(sorted(wanted)))
    def predicate(user, organisation=None) -> bool:
        return bool(roles_in(user, organisation) & wanted)

    return predicate


is_frontline = holds(Role.FRONTLINE_STAFF)
is_safety_lead = holds(Role.PATIENT_SAFETY_LEAD)
is_investigator = holds(Role.INVESTIGATOR)
is_mortality_reviewer = holds(Role.MORTALITY_REVIEWER)
is_medical_examiner = holds(Role.MEDICAL_EXAMINER)
is_family = holds(Role.FAMILY_MEMBER)
is_commissioner = holds(Role.COMMISSIONER)
is_regulator = holds(Role.REGULATOR)
is_administrator = holds(Role.ADMINISTRATOR)
is_member = holds(*Role)

# Staff of a provider who handle cases; family members, commissioners and regulators do not.
is_clinical_staff = (
    is_frontline | is_safety_lead | is_investigator | is_mortality_reviewer | is_medical_examiner
)

PERMISSIONS = {
    Permission.VIEW_ORGANISATION_HOME: is_member,
    Permission.VIEW_MEMBERS: is_administrator | is_safety_lead,
    Permission.MANAGE_MEMBERS: is_administrator,
    Permission.MANAGE_API_KEYS: is_administrator,
    Permission.VIEW_AUDIT_LOG: is_administrator,
    Permission.REPORT_INCIDENT: is_clinical_staff | is_administrator,
    Permission.TRIAGE_REPORTS: is_safety_lead,
    Permission.RECORD_DEATHS: is_safety_lead | is_mortality_reviewer | is_medical_examiner,
    Permission.VIEW_PATIENT_DETAILS: is_safety_lead | is_investigator | is_mortality_reviewer | is_medical_examiner,
    # Reports without patient details: the people who triage, review and investigate them.
    Permission.VIEW_REPORTS: is_safety_lead | is_investigator | is_mortality_reviewer | is_medical_examiner,
    Permission.RECORD_CANDOUR: is_safety_lead,
    Permission.SCREEN_DEATHS: is_mortality_reviewer | is_medical_examiner | is_safety_lead,
    Permission.MANAGE_SCREENING_CRITERIA: is_safety_lead | is_administrator,
    Permission.REVIEW_DEATHS: is_mortality_reviewer | is_safety_lead,
    # The second stage settles disagreement; the service keeps first-stage reviewers out of it.
    Permission.SECOND_STAGE_REVIEW: is_mortality_reviewer | is_safety_lead,
    Permission.INVESTIGATE: is_investigator | is_safety_lead,
    Permission.VIEW_INVITED_CASES: is_family,
    Permission.INVITE_FAMILY: is_safety_lead | is_investigator | is_mortality_reviewer | is_administrator,
    Permission.OVERSEE_SYSTEM: is_commissioner | is_regulator,
    # The people who write the learning that is shared, and already read the identifiable text
    # (docs/adr/0012-redaction-review.md); administrators do not see case texts.
    Permission.DEIDENTIFY_TEXT: is_safety_lead | is_investigator | is_mortality_reviewer,
    # Terms change every later redaction in the organisation, and many are people's names.
    Permission.MANAGE_DEIDENTIFICATION_TERMS: is_safety_lead,
    # The learning exchange (docs/adr/0014-learning-exchange-visibility-and-search.md): every
    # member of staff reads it; family members, invited to one case, read the public page.
    Permission.VIEW_LEARNING: holds(*(role for role in Role if role is not Role.FAMILY_MEMBER)),
    # Drafts: the people who write learning responses; publishing, changing the level and
    # withdrawing: the patient safety lead, who answers for what leaves the organisation.
    Permission.WRITE_LEARNING: is_safety_lead | is_investigator | is_mortality_reviewer,
    Permission.PUBLISH_LEARNING: is_safety_lead,
    # Adopting creates a local safety action, so it is for the people who own actions.
    Permission.ADOPT_LEARNING: is_safety_lead | is_investigator,
    # Tightening the sharing policy changes what the whole organisation may publish.
    Permission.MANAGE_SHARING_POLICY: is_safety_lead,
    # The organisation's safety actions: the people who set, own and check them.
    Permission.VIEW_ACTIONS: is_safety_lead | is_investigator | is_mortality_reviewer,
}

for permission, predicate in PERMISSIONS.items():
    rules.add_perm(permission, predicate)


def has_permission(user, permission: Permission, organisation) -> bool:
    return user.has_perm(permission, organisation)
