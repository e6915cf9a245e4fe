"""Reads for safety actions that the pages and the services share."""

from learnloop.organisations.models import User
from learnloop.organisations.roles import Role


def possible_owners(organisation):
    """The people who may own one of `organisation`'s actions: its active members of staff (a
    family member follows one case and owns none of its actions)."""
    staff = (
        organisation.memberships.active().exclude(roles__role=Role.FAMILY_MEMBER).values("user_id")
    )
    return User.objects.filter(pk__in=staff).order_by("full_name", "email")
