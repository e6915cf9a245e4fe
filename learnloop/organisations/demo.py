"""Loading NHS organisations from the shipped ODS lists, and the demo built on them.

Both are idempotent: running them again changes nothing that is already there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import transaction

from learnloop.core.audit import Auditor
from learnloop.organisations import reference_data, services
from learnloop.organisations.demo_people import (
    CQC,
    DEMO_PASSWORD,
    DEMO_PEOPLE,
    EAST_KENT,
    KSS_NETWORK,
    MEDWAY,
)
from learnloop.organisations.models import CaseAccess, Department, Organisation, User

KSS_ICBS = ("QKS", "S9B9J")  # NHS Kent and Medway ICB, NHS Surrey and Sussex ICB

# Organisations without an ODS code in the lists: the demo knows them by a key of its own.
NAMED_ORGANISATIONS = {
    CQC: ("Care Quality Commission", Organisation.Kind.REGULATOR, ""),
    KSS_NETWORK: ("Kent, Surrey and Sussex Patient Safety Collaborative", Organisation.Kind.NETWORK, "South East"),
}

DEMO_DEPARTMENTS = {
    EAST_KENT: [
        ("Emergency department", Department.Kind.DEPARTMENT),
        ("Acute medical unit", Department.Kind.WARD),
        ("Intensive care unit", Department.Kind.WARD),
        ("Maternity", Department.Kind.SERVICE),
        ("Surgical ward 2", Department.Kind.WARD),
        ("Acute medicine", Department.Kind.SPECIALTY),
        ("Mortality review team", Department.Kind.SERVICE),
    ],
    MEDWAY: [
        ("Emergency department", Department.Kind.DEPARTMENT),
        ("Frailty unit", Department.Kind.WARD),
        ("Older people's medicine", Department.Kind.SPECIALTY),
    ],
}

Progress = Callable[[str], None]


@dataclass
class LoadCounts:
    created: int = 0
    existing: int = 0


def _upsert(*, ods_code: str | None, name: str, kind: str, system=None, region: str = "",
            postcode: str = "", by: Auditor, counts: LoadCounts) -> Organisation:
    lookup = {"ods_code": ods_code} if ods_code else {"name": name, "kind": kind}
    organisation = Organisation.objects.filter(**lookup).first()
    if organisation is not None:
        counts.existing += 1
        return organisation
    counts.created += 1
    return services.organisation_create(
        name=name, kind=kind, ods_code=ods_code, system=system, region=region, postcode=postcode, by=by
    )


@transaction.atomic
def load_organisations(*, icb_codes: tuple[str, ...] | None = None, by: Auditor,
                       progress: Progress | None = None) -> LoadCounts:
    """ICBs and their open trusts from the ODS lists; all of England when icb_codes is None."""
    counts = LoadCounts()
    icbs = {}
    for record in reference_data.icbs():
        if icb_codes is None or record.ods_code in icb_codes:
            icbs[record.ods_code] = _upsert(ods_code=record.ods_code, name=record.name,
                                            kind=Organisation.Kind.ICB, by=by, counts=counts)
    trusts = [t for t in reference_data.trusts() if t.icb_code in icbs]
    for index, record in enumerate(trusts, start=1):
        _upsert(ods_code=record.ods_code, name=record.name, kind=Organisation.Kind.TRUST,
                system=icbs[record.icb_code], region=record.region, postcode=record.postcode,
                by=by, counts=counts)
        if progress and (index % 25 == 0 or index == len(trusts)):
            progress(f"trusts: {index} of {len(trusts)}")
    return counts


def organisation_for(key: str) -> Organisation:
    if key in NAMED_ORGANISATIONS:
        name, kind, _ = NAMED_ORGANISATIONS[key]
        return Organisation.objects.get(name=name, kind=kind)
    return Organisation.objects.get(ods_code=key)


@dataclass
class DemoSummary:
    organisations: LoadCounts
    people_created: int = 0
    family_invitation_link: str = ""
    notes: list[str] = field(default_factory=list)


@transaction.atomic
def load_demo(*, by: Auditor, progress: Progress | None = None, base_url: str = "http://127.0.0.1:8000",
              reports: bool = True) -> DemoSummary:
    """Kent, Surrey and Sussex: real trusts and ICBs, the CQC, a patient safety collaborative,
    departments at two trusts, one synthetic person for each role, and (unless `reports` is
    False) about six months of generated reports, deaths and reviews at the two trusts."""
    counts = load_organisations(icb_codes=KSS_ICBS, by=by, progress=progress)
    for name, kind, region in NAMED_ORGANISATIONS.values():
        _upsert(ods_code=None, name=name, kind=kind, region=region, by=by, counts=counts)
    network = organisation_for(KSS_NETWORK)
    kss_trusts = Organisation.objects.filter(kind=Organisation.Kind.TRUST, system__ods_code__in=KSS_ICBS)
    network.network_members.add(*kss_trusts)

    for key, departments in DEMO_DEPARTMENTS.items():
        organisation = organisation_for(key)
        for name, kind in departments:
            if not organisation.departments.filter(name=name, kind=kind).exists():
                services.department_create(organisation=organisation, name=name, kind=kind, by=by)

    summary = DemoSummary(organisations=counts)
    for person in DEMO_PEOPLE:
        user = User.objects.filter(email__iexact=person.email).first()
        if user is None:
            user = User.objects.create_user(person.email, DEMO_PASSWORD, full_name=person.full_name,
                                            job_title=person.job_title)
            by.audit_create(user, summary=f"Demo account {user.email}")
            summary.people_created += 1
        for key, roles in person.memberships:
            organisation = organisation_for(key)
            department = organisation.departments.filter(name=person.department).first() if person.department else None
            membership = services.membership_grant(user=user, organisation=organisation, roles=list(roles),
                                                   department=department, by=by)
            if person.case_reference:
                CaseAccess.objects.get_or_create(membership=membership, case_reference=person.case_reference)
        if progress:
            progress(f"people: {person.email}")

    if reports:
        # Imported here: the reports app builds on organisations, not the other way round.
        from learnloop.reports.demo_data import DEMO_VOLUMES, generate_demo_reports

        for key, (incidents, deaths) in DEMO_VOLUMES.items():
            generated = generate_demo_reports(organisation=organisation_for(key), incidents=incidents, deaths=deaths)
            summary.notes.append(
                f"{organisation_for(key).name}: {generated.incidents} reports of incidents and "
                f"{generated.deaths} deaths added"
            )
            if progress:
                progress(f"reports: {summary.notes[-1]}")
        from learnloop.sharing.demo_learning import generate_demo_learning

        if added := generate_demo_learning():
            summary.notes.append(f"{added} learning records added to the learning exchange")

    # One family invitation waiting, so the demo can show a relative joining.
    east_kent = organisation_for(EAST_KENT)
    admin = User.objects.get(email="admin@east-kent.example")
    pending = east_kent.invitations.filter(email="relative@example.com", accepted_at__isnull=True, revoked_at__isnull=True)
    if not any(invitation.is_usable for invitation in pending):
        invitation, token = services.invitation_create_family(
            organisation=east_kent, email="relative@example.com", full_name="Chris Parry",
            case_reference="DEMO-0002", by=Auditor(actor=admin, organisation=east_kent),
        )
        summary.family_invitation_link = f"{base_url}/invitations/{token}/"
    return summary


def demo_sign_ins() -> list[tuple[str, str, str]]:
    """(role, organisation, email) for each demo person, for printing."""
    rows = []
    for person in DEMO_PEOPLE:
        for key, roles in person.memberships[:1]:
            rows.append((", ".join(r.label for r in roles), organisation_for(key).name, person.email))
    return rows


