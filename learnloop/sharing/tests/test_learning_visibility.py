"""Who sees which learning: `Learning.objects.visible_to`, the one place that decides it."""

import pytest

from learnloop.core.audit import Auditor
from learnloop.core.models import AuditLog
from learnloop.sharing import learning_services
from learnloop.sharing.models import Learning, SharingLevel
from learnloop.sharing.tests.learning_builders import (
    approved,
    draft,
    organisation_map,
    published,
    reviewed,
)

EVERYONE = {"kent_icb", "kent_a", "kent_b", "sussex_icb", "sussex_a", "sussex_b", "network", "cqc"}

# (publisher, level) -> the organisations whose members see the record.
EXPECTED = {
    ("kent_a", SharingLevel.ORGANISATION): {"kent_a"},
    ("kent_a", SharingLevel.SYSTEM): {"kent_a", "kent_b", "kent_icb"},
    ("kent_a", SharingLevel.NATIONAL): EVERYONE,
    ("kent_a", SharingLevel.PUBLIC): EVERYONE,
    # kent_b is in the network with sussex_a: its system reaches across the ICB boundary.
    ("kent_b", SharingLevel.SYSTEM): {"kent_a", "kent_b", "kent_icb", "network", "sussex_a"},
    ("sussex_b", SharingLevel.SYSTEM): {"sussex_a", "sussex_b", "sussex_icb"},
    # An ICB is its own system.
    ("kent_icb", SharingLevel.SYSTEM): {"kent_a", "kent_b", "kent_icb"},
    ("kent_icb", SharingLevel.ORGANISATION): {"kent_icb"},
    # A network is inside itself, and its members are inside it.
    ("network", SharingLevel.SYSTEM): {"network", "kent_b", "sussex_a"},
    # The regulator is in no system: its system level is itself.
    ("cqc", SharingLevel.SYSTEM): {"cqc"},
    ("cqc", SharingLevel.NATIONAL): EVERYONE,
}


@pytest.fixture
def orgs(db):
    return organisation_map()


@pytest.mark.parametrize(("publisher", "level"), list(EXPECTED), ids=lambda v: str(v))
def test_a_published_record_is_seen_by_exactly_the_organisations_inside_its_level(
    orgs, publisher, level
):
    learning = published(orgs.all()[publisher], level)

    seen_by = {
        name
        for name, organisation in orgs.all().items()
        if Learning.objects.visible_to(organisation).filter(pk=learning.pk).exists()
    }

    assert seen_by == EXPECTED[(publisher, level)]


@pytest.mark.parametrize("level", list(SharingLevel))
def test_only_public_records_are_seen_without_signing_in(orgs, level):
    learning = published(orgs.kent_a, level)

    anonymous = Learning.objects.visible_to(None).filter(pk=learning.pk).exists()

    assert anonymous == (level == SharingLevel.PUBLIC)
    assert Learning.objects.public().filter(pk=learning.pk).exists() == anonymous


@pytest.mark.parametrize("level", list(SharingLevel))
def test_a_draft_is_seen_by_nobody_through_the_exchange(orgs, level):
    learning = draft(orgs.kent_a, sharing_level=level)

    assert not any(
        Learning.objects.visible_to(o).filter(pk=learning.pk).exists()
        for o in [*orgs.all().values(), None]
    )
    # The publisher reaches its own drafts through the organisation.
    assert orgs.kent_a.learning.filter(pk=learning.pk).exists()


@pytest.mark.parametrize("level", list(SharingLevel))
def test_withdrawing_takes_a_record_out_of_everyones_view_at_once(orgs, level):
    learning = published(orgs.kent_a, level)
    assert Learning.objects.visible_to(orgs.kent_a).filter(pk=learning.pk).exists()

    learning_services.learning_withdraw(
        learning=learning,
        reason="A detail could identify the family.",
        by=Auditor.system(orgs.kent_a),
    )

    assert not any(
        Learning.objects.visible_to(o).filter(pk=learning.pk).exists()
        for o in [*orgs.all().values(), None]
    )
    assert orgs.kent_a.learning.get(pk=learning.pk).status == Learning.Status.WITHDRAWN


def test_narrowing_the_level_hides_the_record_from_those_now_outside_it(orgs):
    learning = published(orgs.kent_a, SharingLevel.NATIONAL)
    assert Learning.objects.visible_to(orgs.sussex_a).filter(pk=learning.pk).exists()

    learning_services.learning_change_level(
        learning=learning, sharing_level=SharingLevel.SYSTEM, by=Auditor.system(orgs.kent_a)
    )

    assert not Learning.objects.visible_to(orgs.sussex_a).filter(pk=learning.pk).exists()
    assert Learning.objects.visible_to(orgs.kent_b).filter(pk=learning.pk).exists()


def test_levels_compare_in_order():
    assert (
        SharingLevel.ORGANISATION
        < SharingLevel.SYSTEM
        < SharingLevel.NATIONAL
        < SharingLevel.PUBLIC
    )


def test_an_organisation_in_many_networks_sees_no_record_twice(orgs):
    second = type(orgs.network).objects.create(name="Second network", kind="network")
    orgs.kent_b.networks.add(second)
    orgs.kent_a.networks.add(orgs.network, second)
    learning = published(orgs.kent_b, SharingLevel.SYSTEM)

    assert list(Learning.objects.visible_to(orgs.kent_a).filter(pk=learning.pk)) == [learning]


def test_publish_withdraw_and_change_level_are_audited(orgs):
    by = Auditor.system(orgs.kent_a)
    learning = approved(reviewed(draft(orgs.kent_a)))
    learning_services.learning_publish(learning=learning, sharing_level=SharingLevel.SYSTEM, by=by)
    learning_services.learning_change_level(
        learning=learning, sharing_level=SharingLevel.NATIONAL, by=by
    )
    learning_services.learning_withdraw(learning=learning, reason="Superseded.", by=by)

    summaries = list(
        AuditLog.objects.filter(object_type="sharing.Learning", object_id=str(learning.pk))
        .order_by("id")
        .values_list("summary", flat=True)
    )
    assert summaries == [
        f"Wrote a draft of learning {learning.pk}",
        f"Approved learning {learning.pk} for sharing",
        f"Published learning {learning.pk} at system level",
        f"Changed the sharing level of learning {learning.pk} from system to national",
        f"Withdrew learning {learning.pk}",
    ]
    assert learning.status == Learning.Status.WITHDRAWN
    assert learning.published_at is not None and learning.withdrawn_at is not None
