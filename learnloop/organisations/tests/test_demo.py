"""The demo (Kent, Surrey and Sussex), the England-wide organisation load, and the ODS lists."""

import csv
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from learnloop.core.audit import Auditor, verify_chain
from learnloop.core.models import AuditLog
from learnloop.organisations import reference_data
from learnloop.organisations.demo import KSS_ICBS, load_demo, load_organisations
from learnloop.organisations.demo_people import DEMO_PASSWORD, DEMO_PEOPLE
from learnloop.organisations.models import (
    CaseAccess,
    Department,
    Invitation,
    Membership,
    MembershipRole,
    Organisation,
    User,
)
from learnloop.organisations.reference_data import nhs_name
from learnloop.organisations.roles import Role


def csv_rows(path):
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def open_trusts_in(icb_codes) -> dict[str, str]:
    """ODS code -> ICB code of the open trusts in those ICBs, read straight from the CSV."""
    return {
        row["org_code"]: row["icb_code"]
        for row in csv_rows(reference_data.TRUSTS_CSV)
        if row["is_open"] == "True" and not row["close_date"] and row["icb_code"] in icb_codes
    }


def all_icb_codes() -> set[str]:
    return {row["icb_code"] for row in csv_rows(reference_data.ICBS_CSV)}


def counts() -> dict[str, int]:
    models = [
        Organisation,
        User,
        Membership,
        MembershipRole,
        Department,
        CaseAccess,
        Invitation,
        AuditLog,
    ]
    return {model.__name__: model.objects.count() for model in models}


@pytest.fixture
def demo(db):
    # The generated reports have their own tests (reports/tests/test_demo_data.py).
    return load_demo(by=Auditor.system(), reports=False)


# The demo ----------------------------------------------------------------------------------


def test_the_demo_has_the_two_kss_icbs(demo):
    icbs = Organisation.objects.filter(kind=Organisation.Kind.ICB)

    assert {(icb.ods_code, icb.name) for icb in icbs} == {
        ("QKS", "NHS Kent and Medway Integrated Care Board"),
        ("S9B9J", "NHS Surrey and Sussex Integrated Care Board"),
    }


def test_the_demo_has_every_open_trust_of_kent_surrey_and_sussex_and_no_other(demo):
    expected = open_trusts_in(KSS_ICBS)

    trusts = Organisation.objects.filter(kind=Organisation.Kind.TRUST).select_related("system")

    assert {t.ods_code: t.system.ods_code for t in trusts} == expected
    assert len(expected) >= 15


@pytest.mark.parametrize(
    ("ods_code", "name", "icb", "postcode"),
    [
        ("RVV", "East Kent Hospitals University NHS Foundation Trust", "QKS", "CT1 3NG"),
        ("RPA", "Medway NHS Foundation Trust", "QKS", ""),
        ("RTK", "Ashford and St Peter's Hospitals NHS Foundation Trust", "S9B9J", ""),
        ("RYR", "University Hospitals Sussex NHS Foundation Trust", "S9B9J", ""),
        ("RYD", "South East Coast Ambulance Service NHS Foundation Trust", "S9B9J", ""),
    ],
)
def test_real_trusts_carry_their_ods_facts(demo, ods_code, name, icb, postcode):
    trust = Organisation.objects.get(ods_code=ods_code)

    assert trust.name == name
    assert trust.kind == Organisation.Kind.TRUST
    assert trust.system.ods_code == icb
    assert trust.region == "South East"
    assert trust.is_provider
    if postcode:
        assert trust.postcode == postcode


@pytest.mark.parametrize("closed", ["RXH", "RPL", "RW8", "RXD"])
def test_closed_trusts_are_left_out(demo, closed):
    assert not Organisation.objects.filter(ods_code=closed).exists()


def test_the_demo_has_the_cqc_and_a_network_of_the_kss_trusts(demo):
    cqc = Organisation.objects.get(name="Care Quality Commission")
    network = Organisation.objects.get(kind=Organisation.Kind.NETWORK)
    kss_trusts = Organisation.objects.filter(
        kind=Organisation.Kind.TRUST, system__ods_code__in=KSS_ICBS
    )

    assert cqc.kind == Organisation.Kind.REGULATOR
    assert cqc.ods_code is None
    assert network.name == "Kent, Surrey and Sussex Patient Safety Collaborative"
    assert set(network.network_members.all()) == set(kss_trusts)
    assert network in Organisation.objects.get(ods_code="RVV").networks.all()


def test_the_demo_has_departments_at_east_kent_and_medway(demo):
    east_kent = Organisation.objects.get(ods_code="RVV")

    assert east_kent.departments.filter(name="Emergency department").exists()
    assert east_kent.departments.get(name="Acute medical unit").kind == Department.Kind.WARD
    assert Organisation.objects.get(ods_code="RPA").departments.filter(name="Frailty unit").exists()


def test_the_demo_has_someone_for_every_role(demo):
    held = set(
        MembershipRole.objects.filter(
            membership__user__email__in=[p.email for p in DEMO_PEOPLE]
        ).values_list("role", flat=True)
    )

    assert {Role(role) for role in held} == set(Role)
    assert User.objects.count() == len(DEMO_PEOPLE)


def test_demo_people_hold_the_memberships_written_down_for_them(demo):
    for person in DEMO_PEOPLE:
        user = User.objects.get(email=person.email)
        memberships = {
            m.organisation.ods_code or m.organisation.name: m.role_set
            for m in user.memberships.with_roles()
        }
        assert len(memberships) == len(person.memberships), person.email
        assert user.full_name == person.full_name


def test_the_family_member_follows_one_case_and_a_relative_is_invited(demo):
    family = User.objects.get(email="family@example.com")
    invitation = Invitation.objects.get(email="relative@example.com")

    assert list(
        CaseAccess.objects.filter(membership__user=family).values_list("case_reference", flat=True)
    ) == ["DEMO-0001"]
    assert invitation.kind == Invitation.Kind.FAMILY
    assert invitation.is_usable
    assert invitation.organisation.ods_code == "RVV"
    assert demo.family_invitation_link.startswith("http://127.0.0.1:8000/invitations/")
    token = demo.family_invitation_link.rstrip("/").rsplit("/", 1)[1]
    assert Invitation.digest(token) == invitation.token_digest


@pytest.mark.parametrize("person", DEMO_PEOPLE, ids=[p.email for p in DEMO_PEOPLE])
def test_each_demo_person_can_sign_in_with_the_demo_password(demo, client, person):
    response = client.post(
        reverse("organisations:sign_in"), {"username": person.email, "password": DEMO_PASSWORD}
    )

    assert response.status_code == 302, response.content.decode()[:500]
    home = client.get(reverse("home"))
    assert home.status_code == 200
    assert home.wsgi_request.user.email == person.email
    assert person.home_role in home.wsgi_request.membership.role_set


def test_loading_the_demo_twice_changes_nothing(demo):
    before = counts()

    again = load_demo(by=Auditor.system(), reports=False)

    assert counts() == before
    assert again.organisations.created == 0
    assert again.organisations.existing == demo.organisations.created + demo.organisations.existing
    assert again.people_created == 0
    assert again.family_invitation_link == ""


def test_the_demo_writes_an_intact_audit_trail(demo):
    total = AuditLog.objects.count()

    assert total > 20
    assert list(verify_chain())[-1] == total


def test_the_load_demo_command_prints_every_sign_in(db):
    out, err = StringIO(), StringIO()

    call_command(
        "load_demo", "--base-url", "https://demo.example", verbosity=2, stdout=out, stderr=err
    )

    text = out.getvalue()
    for person in DEMO_PEOPLE:
        assert person.email in text
    assert f"every password is {DEMO_PASSWORD}" in text
    assert "East Kent Hospitals University NHS Foundation Trust" in text
    assert "A family invitation waiting to be accepted: https://demo.example/invitations/" in text
    assert "people: nurse@east-kent.example" in err.getvalue()


def test_the_load_demo_command_run_again_adds_nothing(db):
    call_command("load_demo", stdout=StringIO())
    out = StringIO()

    call_command("load_demo", stdout=out)

    assert "Organisations: 0 added" in out.getvalue()
    assert "People: 0 added." in out.getvalue()
    assert "A family invitation waiting" not in out.getvalue()
    assert "its link was shown when it was made" in out.getvalue()


# All of England --------------------------------------------------------------------------


def test_load_organisations_loads_every_icb_and_open_trust_in_england(db):
    icb_codes = all_icb_codes()
    expected_trusts = open_trusts_in(icb_codes)
    out = StringIO()

    call_command("load_organisations", stdout=out, stderr=StringIO())

    assert Organisation.objects.filter(kind=Organisation.Kind.ICB).count() == len(icb_codes)
    assert 30 <= len(icb_codes) <= 45
    trusts = Organisation.objects.filter(kind=Organisation.Kind.TRUST)
    assert set(trusts.values_list("ods_code", flat=True)) == set(expected_trusts)
    assert (
        f"Organisations: {len(icb_codes) + len(expected_trusts)} added, 0 already there."
        in out.getvalue()
    )
    assert not trusts.filter(system__isnull=True).exists()


def test_load_organisations_for_one_icb_and_again(db):
    expected = open_trusts_in({"QKS"})
    call_command("load_organisations", "--icb", "QKS", stdout=StringIO(), stderr=StringIO())
    out = StringIO()

    call_command("load_organisations", "--icb", "QKS", stdout=out, stderr=StringIO())

    assert set(
        Organisation.objects.filter(kind=Organisation.Kind.TRUST).values_list("ods_code", flat=True)
    ) == set(expected)
    assert out.getvalue().strip() == f"Organisations: 0 added, {len(expected) + 1} already there."


def test_load_organisations_reports_progress(db):
    lines = []

    load_organisations(icb_codes=("QKS",), by=Auditor.system(), progress=lines.append)

    assert lines[-1] == f"trusts: {len(open_trusts_in({'QKS'}))} of {len(open_trusts_in({'QKS'}))}"


# The ODS lists ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("upper", "expected"),
    [
        (
            "EAST KENT HOSPITALS UNIVERSITY NHS FOUNDATION TRUST",
            "East Kent Hospitals University NHS Foundation Trust",
        ),
        ("NHS KENT AND MEDWAY INTEGRATED CARE BOARD", "NHS Kent and Medway Integrated Care Board"),
        (
            "ASHFORD AND ST PETER'S HOSPITALS NHS FOUNDATION TRUST",
            "Ashford and St Peter's Hospitals NHS Foundation Trust",
        ),
        ("GUY'S AND ST THOMAS' NHS FOUNDATION TRUST", "Guy's and St Thomas' NHS Foundation Trust"),
        (
            "THE NEWCASTLE UPON TYNE HOSPITALS NHS FOUNDATION TRUST",
            "The Newcastle upon Tyne Hospitals NHS Foundation Trust",
        ),
        (
            "NHS STAFFORDSHIRE AND STOKE-ON-TRENT INTEGRATED CARE BOARD",
            "NHS Staffordshire and Stoke-on-Trent Integrated Care Board",
        ),
        (
            "ROYAL BROMPTON & HAREFIELD NHS FOUNDATION TRUST",
            "Royal Brompton & Harefield NHS Foundation Trust",
        ),
        (
            "THE QUEEN ELIZABETH HOSPITAL, KING'S LYNN, NHS FOUNDATION TRUST",
            "The Queen Elizabeth Hospital, King's Lynn, NHS Foundation Trust",
        ),
        ("  NHS   ENGLAND  ", "NHS England"),
        ("", ""),
    ],
)
def test_nhs_name_title_cases_ods_names(upper, expected):
    assert nhs_name(upper) == expected


def test_trust_records_know_their_region_and_whether_they_are_open():
    every = {record.ods_code: record for record in reference_data.trusts(open_only=False)}
    open_only = {record.ods_code for record in reference_data.trusts()}

    assert every["RVV"].is_open and every["RVV"].region == "South East"
    assert every["RVV"].icb_code == "QKS"
    assert not every["RXH"].is_open
    assert "RXH" not in open_only
    assert open_only == {code for code, record in every.items() if record.is_open}
    assert len(every) == len(csv_rows(reference_data.TRUSTS_CSV))


def test_icb_records_are_title_cased():
    icbs = {record.ods_code: record.name for record in reference_data.icbs()}

    assert icbs["QKS"] == "NHS Kent and Medway Integrated Care Board"
    assert all(
        name.startswith("NHS ") and name.endswith(" Integrated Care Board")
        for name in icbs.values()
    )
