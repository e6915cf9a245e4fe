"""A search reads the searching organisation's system and networks once, for the visibility rule
and (PostgreSQL) the index's readers keys alike, and what it finds is what the rule allows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from learnloop.sharing import search
from learnloop.sharing.models import SharingLevel
from learnloop.sharing.tests.learning_builders import organisation_map, published


@pytest.mark.django_db
def test_the_networks_are_read_once_a_search():
    orgs = organisation_map()
    # Published by Sussex A, inside the network Kent B is in: seen through the network only.
    through_network = published(orgs.sussex_a, SharingLevel.SYSTEM)
    published(orgs.sussex_b, SharingLevel.SYSTEM)  # Sussex's system: not Kent B's

    with CaptureQueriesContext(connection) as queries:
        results = search.search(organisation=orgs.kent_b, query="insulin handover")

    assert [hit.learning.pk for hit in results.hits] == [through_network.pk]
    networks = [
        q["sql"]
        for q in queries.captured_queries
        if "organisations_organisation_networks" in q["sql"] and "sharing_learning" not in q["sql"]
    ]
    assert len(networks) == 1, networks


@pytest.mark.django_db
def test_given_groups_decide_as_the_organisation_s_own():
    from learnloop.sharing.models import Learning, organisation_groups

    orgs = organisation_map()
    published(orgs.sussex_a, SharingLevel.SYSTEM)
    published(orgs.kent_a, SharingLevel.SYSTEM)
    for organisation in orgs.all().values():
        groups = organisation_groups(organisation)
        assert set(Learning.objects.visible_to(organisation, groups=groups)) == set(
            Learning.objects.visible_to(organisation)
        )
        assert search.readers_of(organisation, groups) == search.readers_of(organisation)
