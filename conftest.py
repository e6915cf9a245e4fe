"""Fixtures shared by every test."""

import pytest

from learnloop.organisations.roles import Role
from learnloop.organisations.tests.factories import OrganisationFactory, member


@pytest.fixture
def trust(db):
    return OrganisationFactory(name="East Test NHS Trust")


@pytest.fixture
def other_trust(db):
    return OrganisationFactory(name="West Test NHS Trust")


@pytest.fixture
def make_member(db, trust):
    """make_member(Role.X, ..., organisation=...) -> a signed-up person holding those roles."""

    def make(*roles: Role, organisation=None, **user_fields):
        return member(organisation or trust, *roles, **user_fields)

    return make
