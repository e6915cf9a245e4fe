"""Kent A publishes learning to its ICB system; Kent B (same ICB) may adopt it, Sussex A
(another ICB) may not see it. Synthetic organisations, people and words."""

import pytest

from learnloop.sharing.models import SharingLevel
from learnloop.sharing.tests.learning_builders import organisation_map, published


@pytest.fixture
def orgs(db):
    return organisation_map()


@pytest.fixture
def learning(orgs):
    return published(
        orgs.kent_a,
        SharingLevel.SYSTEM,
        title="Potassium given too fast from ward stock",
        changes=[
            ("Reminded staff at the safety huddle", "weaker"),
            ("Removed concentrated potassium from ward stock", "stronger"),
            ("Added a prompt to the prescribing system", "intermediate"),
        ],
    )
