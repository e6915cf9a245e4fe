"""The organisations part of the API: the key's own organisation, its departments, and the
public directory of organisations.

None of this is identifiable (organisations and departments are public facts), so nothing
here writes a view to the audit log; endpoints that return identifiable data will.
"""

from enum import StrEnum
from typing import Any

from ninja import Field, Query, Router, Schema
from ninja.pagination import PageNumberPagination, paginate

from learnloop.organisations.api_auth import (
    OPTIONAL_SECURITY,
    api_key_auth,
    optional_api_key_auth,
)
from learnloop.organisations.models import Department, Organisation

router = Router(tags=["Organisations"])

# Named enums, so the OpenAPI document lists the allowed values under clear names.
OrganisationKind = StrEnum(
    "OrganisationKind", {kind.name: kind.value for kind in Organisation.Kind}
)
DepartmentKind = StrEnum("DepartmentKind", {kind.name: kind.value for kind in Department.Kind})

DIRECTORY_PAGE_SIZE = 50
DIRECTORY_MAX_PAGE_SIZE = 200


def system_of(organisation: Organisation) -> Organisation | None:
    """The ICB area an organisation belongs to; an ICB is its own system."""
    if organisation.system_id:
        return organisation.system
    return organisation if organisation.kind == Organisation.Kind.ICB else None


class ErrorOut(Schema):
    detail: str = Field(description="What went wrong, in words a developer can act on.")


class DepartmentOut(Schema):
    id: int = Field(description="learnloop's identifier for the department; stable.")
    name: str = Field(description="The department's, ward's, specialty's or service's name.")
    kind: DepartmentKind = Field(description="What sort of unit this is.")
    kind_label: str = Field(description="The kind, in words.")
    parent_id: int | None = Field(
        description="The department this one sits inside, if any (a ward inside a department)."
    )
    site: str = Field(description="The hospital or site it is on; empty when not recorded.")

    @staticmethod
    def resolve_kind_label(department: Department) -> str:
        return department.get_kind_display()


class SystemOut(Schema):
    name: str = Field(description="The integrated care board's name.")
    ods_code: str | None = Field(description="The integrated care board's ODS code.")


class OrganisationOut(Schema):
    name: str = Field(description="The organisation's name.")
    ods_code: str | None = Field(
        description="Its Organisation Data Service code; null for bodies that have none."
    )
    kind: OrganisationKind = Field(description="What sort of organisation it is.")
    kind_label: str = Field(description="The kind, in words.")
    system: SystemOut | None = Field(
        description="The integrated care system (ICB area) it belongs to; for an ICB, itself; "
        "null for bodies that work across systems, such as a regulator."
    )
    departments: list[DepartmentOut] = Field(
        description="Its departments, wards, specialties and services, by name."
    )

    @staticmethod
    def resolve_kind_label(organisation: Organisation) -> str:
        return organisation.get_kind_display()

    @staticmethod
    def resolve_system(organisation: Organisation) -> Organisation | None:
        return system_of(organisation)

    @staticmethod
    def resolve_departments(organisation: Organisation):
        return organisation.departments.all()


class DirectoryEntryOut(Schema):
    name: str = Field(description="The organisation's name.")
    ods_code: str | None = Field(
        description="Its Organisation Data Service code; null for bodies that have none."
    )
    kind: OrganisationKind = Field(description="What sort of organisation it is.")
    system_ods_code: str | None = Field(
        description="The ODS code of the ICB whose area it belongs to; for an ICB, its own; "
        "null when it belongs to no one system."
    )

    @staticmethod
    def resolve_system_ods_code(organisation: Organisation) -> str | None:
        system = system_of(organisation)
        return system.ods_code if system else None


class DirectoryPagination(PageNumberPagination):
    """Ninja's page-number paging, with its parameters described."""

    class Input(Schema):
        page: int = Field(1, ge=1, description="Which page, counting from 1.")
        page_size: int | None = Field(
            None,
            ge=1,
            description=f"How many organisations per page: {DIRECTORY_PAGE_SIZE} unless asked, "
            f"at most {DIRECTORY_MAX_PAGE_SIZE}.",
        )

    class Output(Schema):
        items: list[Any] = Field(description="This page of organisations.")
        count: int = Field(description="How many organisations match, across every page.")


class DirectoryFilter(Schema):
    kind: OrganisationKind | None = Field(None, description="Only organisations of this kind.")


@router.get(
    "/organisation",
    auth=api_key_auth,
    response={200: OrganisationOut, 401: ErrorOut},
    summary="The organisation the API key belongs to",
)
def own_organisation(request):
    """The key's own organisation, with its system and its departments."""
    return request.organisation


@router.get(
    "/departments",
    auth=api_key_auth,
    response={200: list[DepartmentOut], 401: ErrorOut},
    summary="The departments of the key's organisation",
)
def departments(request):
    """Departments, wards, specialties and services of the key's organisation, by name."""
    return request.organisation.departments.all()


@router.get(
    "/organisations",
    auth=optional_api_key_auth,
    openapi_extra=OPTIONAL_SECURITY,
    response={200: list[DirectoryEntryOut], 401: ErrorOut},
    summary="The public directory of organisations",
)
@paginate(DirectoryPagination, page_size=DIRECTORY_PAGE_SIZE, max_page_size=DIRECTORY_MAX_PAGE_SIZE)
def directory(request, filters: Query[DirectoryFilter]):
    """Every active organisation on learnloop, by name: no identifiable data, so no key is
    needed. A key may be sent; if it is, it must be a good one."""
    organisations = Organisation.objects.active().select_related("system").order_by("name", "pk")
    if filters.kind:
        organisations = organisations.filter(kind=filters.kind)
    return organisations
