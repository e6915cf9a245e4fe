"""Factories for organisations and people. Tests build what they need with these."""

import factory

from learnloop.organisations.models import (
    Department,
    Membership,
    MembershipRole,
    Organisation,
    User,
)
from learnloop.organisations.roles import Role

TEST_PASSWORD = "a-long-test-password-42"


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Test NHS Trust {n}")
    ods_code = factory.Sequence(lambda n: f"T{n:04d}")
    kind = Organisation.Kind.TRUST


class DepartmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Department

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Ward {n}")
    kind = Department.Kind.WARD


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@trust.example")
    full_name = factory.Sequence(lambda n: f"Test Person {n}")
    password = factory.django.Password(TEST_PASSWORD)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        for role in extracted or [Role.FRONTLINE_STAFF]:
            MembershipRole.objects.create(membership=self, role=Role(role))


def member(organisation=None, *roles: Role, **user_fields) -> User:
    """A person holding `roles` (default: frontline staff) in `organisation`."""
    organisation = organisation or OrganisationFactory()
    user = UserFactory(**user_fields)
    MembershipFactory(user=user, organisation=organisation, roles=list(roles) or None)
    return user
