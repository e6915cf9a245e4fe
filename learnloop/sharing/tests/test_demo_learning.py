"""The demo's learning records: loaded once, at every level, and seen as the levels say."""

from learnloop.core.audit import Auditor
from learnloop.organisations.demo import load_demo, organisation_for
from learnloop.sharing import learning_services, search
from learnloop.sharing.demo_learning import DEMO_LEARNING, generate_demo_learning
from learnloop.sharing.models import Learning, SharingLevel


def test_the_demo_learning_loads_once_and_follows_the_levels(db):
    load_demo(by=Auditor.system(), reports=False)

    assert generate_demo_learning() == len(DEMO_LEARNING)
    assert generate_demo_learning() == 0

    east_kent, medway, cqc = (organisation_for(key) for key in ("RVV", "RPA", "CQC"))
    assert {learning.sharing_level for learning in Learning.objects.published()} == set(
        SharingLevel
    )
    assert Learning.objects.filter(status="draft").count() == 1
    # Everything published went through confirmed redaction reviews.
    assert all(
        not learning_services.unreviewed_fields(learning)
        for learning in Learning.objects.exclude(status="draft")
    )
    assert Learning.objects.filter(status="withdrawn").count() == 1
    falls = search.search(organisation=east_kent, query="falls night")
    assert [hit.learning.title for hit in falls.hits] == ["Falls at night on a surgical ward"]
    assert search.search(organisation=medway, query="falls night").total == 0
    # The regulator is in no system: national and public records only.
    levels = {hit.learning.sharing_level for hit in search.search(organisation=cqc).hits}
    assert levels == {SharingLevel.NATIONAL, SharingLevel.PUBLIC}
    assert search.search(organisation=None).total == 2
