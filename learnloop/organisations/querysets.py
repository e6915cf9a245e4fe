"""Reads of organisations and memberships."""

from django.db import models


class OrganisationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def in_system(self, system):
        return self.filter(models.Q(system=system) | models.Q(pk=system.pk))


class MembershipQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True, user__is_active=True, organisation__is_active=True)

    def with_roles(self):
        return self.select_related("organisation", "user").prefetch_related("roles")

    def holding(self, role):
        return self.filter(roles__role=role).distinct()
