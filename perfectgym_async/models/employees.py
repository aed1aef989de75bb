"""Typed models of the PerfectGym Next Open API (1.13.2): the ``employees`` tag's own shapes.

Import them from ``perfectgym_async.models`` (``models.Employee``); this module is
loaded on first use. Generated from spec/openapi.yaml by ``python -m generator``; edit
the spec, not this file. Attribute names are snake_case; each field's wire (camelCase)
name is in its ``metadata["wire"]``. Fields the API may omit default to ``None``. Every
model has ``to_dict()``, ``to_json()`` and ``from_dict()`` (see ``types.WireModel``).
"""

from __future__ import annotations

from datetime import date

import attrs

from ..types import OpenEnum, WireModel
from ._common import Gender

__all__ = [
    "EmployeeBusinessRole",
    "Employee",
]


class EmployeeBusinessRole(OpenEnum):
    """Role of the employee in the business.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    STUDIO_OWNER = "STUDIO_OWNER"
    STUDIO_MANAGER = "STUDIO_MANAGER"
    TRAINER = "TRAINER"
    SERVICE_EMPLOYEE = "SERVICE_EMPLOYEE"
    ADMINISTRATION_OR_FINANCE = "ADMINISTRATION_OR_FINANCE"
    MARKETING = "MARKETING"


@attrs.define(kw_only=True)
class Employee(WireModel):
    """An employee of the studio."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the employee."""
    first_name: str = attrs.field(metadata={"wire": "firstName"})
    """First name."""
    last_name: str = attrs.field(metadata={"wire": "lastName"})
    """Last name."""
    employee_image_url: str | None = attrs.field(
        default=None, metadata={"wire": "employeeImageUrl"}
    )
    """URL of the employee's picture."""
    gender: Gender = attrs.field(metadata={"wire": "gender"})
    date_of_birth: date | None = attrs.field(default=None, metadata={"wire": "dateOfBirth"})
    """Date of birth."""
    employee_number: str | None = attrs.field(default=None, metadata={"wire": "employeeNumber"})
    """Employee number."""
    employee_initials: str = attrs.field(metadata={"wire": "employeeInitials"})
    """Initials."""
    public_name: str | None = attrs.field(default=None, metadata={"wire": "publicName"})
    """Name shown to customers."""
    business_role: EmployeeBusinessRole | None = attrs.field(
        default=None, metadata={"wire": "businessRole"}
    )
    """Role of the employee in the business."""
    external_role: str | None = attrs.field(default=None, metadata={"wire": "externalRole"})
    """Role label from outside the platform."""
    phone1: str | None = attrs.field(default=None, metadata={"wire": "phone1"})
    """First phone number."""
    phone2: str | None = attrs.field(default=None, metadata={"wire": "phone2"})
    """Second phone number."""
    email: str | None = attrs.field(default=None, metadata={"wire": "email"})
    """Email address."""
    street: str | None = attrs.field(default=None, metadata={"wire": "street"})
    """Street name."""
    house_number: str | None = attrs.field(default=None, metadata={"wire": "houseNumber"})
    """House number."""
    zip_code: str | None = attrs.field(default=None, metadata={"wire": "zipCode"})
    """Postal code."""
    city: str | None = attrs.field(default=None, metadata={"wire": "city"})
    """City."""
    country: str | None = attrs.field(default=None, metadata={"wire": "country"})
    """ISO 3166-1 country code."""
    employee_competences: list[str] | None = attrs.field(
        default=None, metadata={"wire": "employeeCompetences"}
    )
    """Competences of the employee."""
