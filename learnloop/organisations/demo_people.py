"""The demo's people: synthetic, one for each role, at real Kent, Surrey and Sussex organisations.

`learnloop load_demo` creates them; the browser tests sign in as them. Every demo account
has the same password, printed by `make run`. Names and emails are invented.
"""

from dataclasses import dataclass

from learnloop.organisations.roles import Role

DEMO_PASSWORD = "learnloop-demo-2026"  # noqa: S105  (a published demo password, not a secret)

EAST_KENT = "RVV"  # East Kent Hospitals University NHS Foundation Trust
MEDWAY = "RPA"  # Medway NHS Foundation Trust
KENT_AND_MEDWAY_ICB = "QKS"
CQC = "CQC"  # not an ODS code: the demo's key for the Care Quality Commission
KSS_NETWORK = "KSS-PSC"  # the demo's key for the regional patient safety collaborative


@dataclass(frozen=True)
class DemoPerson:
    email: str
    full_name: str
    job_title: str
    memberships: tuple[tuple[str, tuple[Role, ...]], ...]
    department: str = ""
    case_reference: str = ""  # family members: the case they follow

    @property
    def home_role(self) -> Role:
        return self.memberships[0][1][0]


DEMO_PEOPLE = [
    DemoPerson("nurse@east-kent.example", "Amira Hassan", "Staff nurse",
               ((EAST_KENT, (Role.FRONTLINE_STAFF,)),), department="Acute medical unit"),
    DemoPerson("safety.lead@east-kent.example", "Gareth Owen", "Head of patient safety",
               ((EAST_KENT, (Role.PATIENT_SAFETY_LEAD,)),)),
    DemoPerson("investigator@east-kent.example", "Priya Natarajan", "Patient safety investigator",
               ((EAST_KENT, (Role.INVESTIGATOR,)), (MEDWAY, (Role.INVESTIGATOR,)))),
    DemoPerson("mortality.reviewer@east-kent.example", "Dr Tom Whitfield", "Consultant physician",
               ((EAST_KENT, (Role.MORTALITY_REVIEWER,)),), department="Acute medical unit"),
    DemoPerson("medical.examiner@east-kent.example", "Dr Helen Achebe", "Medical examiner",
               ((EAST_KENT, (Role.MEDICAL_EXAMINER,)),)),
    DemoPerson("admin@east-kent.example", "Sam Fletcher", "Clinical systems manager",
               ((EAST_KENT, (Role.ADMINISTRATOR,)),)),
    DemoPerson("family@example.com", "Joan Parry", "",
               ((EAST_KENT, (Role.FAMILY_MEMBER,)),), case_reference="DEMO-0001"),
    DemoPerson("nurse@medway.example", "Kwame Mensah", "Charge nurse",
               ((MEDWAY, (Role.FRONTLINE_STAFF,)),), department="Emergency department"),
    DemoPerson("safety.lead@medway.example", "Rachel Stone", "Patient safety partner lead",
               ((MEDWAY, (Role.PATIENT_SAFETY_LEAD, Role.ADMINISTRATOR)),)),
    DemoPerson("commissioner@kent-medway-icb.example", "Laura Bennett", "Head of quality",
               ((KENT_AND_MEDWAY_ICB, (Role.COMMISSIONER,)),)),
    # An ICB's own patient safety specialist approves the learning the ICB shares.
    DemoPerson("patient.safety@kent-medway-icb.example", "Nadia Karim", "Patient safety specialist",
               ((KENT_AND_MEDWAY_ICB, (Role.PATIENT_SAFETY_LEAD,)),)),
    DemoPerson("inspector@cqc.example", "Imran Qureshi", "Inspector",
               ((CQC, (Role.REGULATOR,)),)),
]
