"""Typed models of the PerfectGym Next Open API (1.13.2): the ``leads`` tag's own shapes.

Import them from ``perfectgym_async.models`` (``models.Address``); this module is
loaded on first use. Generated from spec/openapi.yaml by ``python -m generator``; edit
the spec, not this file. Attribute names are snake_case; each field's wire (camelCase)
name is in its ``metadata["wire"]``. Fields the API may omit default to ``None``. Every
model has ``to_dict()``, ``to_json()`` and ``from_dict()`` (see ``types.WireModel``).
"""

from __future__ import annotations

from datetime import date

import attrs

from ..types import OpenEnum, WireModel
from ._common import (
    AdditionalInformationFieldType,
    CommunicationPreference,
    Gender,
    InputFieldMode,
    Language,
)

__all__ = [
    "LeadValidationStatus",
    "Address",
    "LeadAdditionalInformation",
    "LeadAdditionalInformationField",
    "LeadConfig",
    "LeadCustomer",
    "LeadCreationRequest",
    "LeadCreationResult",
    "LeadValidationResult",
]


class LeadValidationStatus(OpenEnum):
    """Whether the lead can be created.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    POSSIBLE = "POSSIBLE"
    INVALID_LEAD_DATA = "INVALID_LEAD_DATA"
    DUPLICATE_CUSTOMER = "DUPLICATE_CUSTOMER"


@attrs.define(kw_only=True)
class Address(WireModel):
    """Postal address of a lead."""

    street: str = attrs.field(metadata={"wire": "street"})
    """Street name."""
    house_number: str = attrs.field(metadata={"wire": "houseNumber"})
    """House number."""
    zip_code: str = attrs.field(metadata={"wire": "zipCode"})
    """Postal code."""
    city: str = attrs.field(metadata={"wire": "city"})
    """City."""
    country_code: str = attrs.field(metadata={"wire": "countryCode"})
    """ISO 3166-1 country code."""
    province: str | None = attrs.field(default=None, metadata={"wire": "province"})
    """Province (southern Europe, US)."""
    province_code: str | None = attrs.field(default=None, metadata={"wire": "provinceCode"})
    """Province code (southern Europe, US)."""
    second_street: str | None = attrs.field(default=None, metadata={"wire": "secondStreet"})
    """Second street line."""
    city_part: str | None = attrs.field(default=None, metadata={"wire": "cityPart"})
    """Part of the city."""
    district: str | None = attrs.field(default=None, metadata={"wire": "district"})
    """District."""
    street_type: str | None = attrs.field(default=None, metadata={"wire": "streetType"})
    """Street type, e.g. Avenue."""
    street_block: str | None = attrs.field(default=None, metadata={"wire": "streetBlock"})
    """Street block."""
    portal: str | None = attrs.field(default=None, metadata={"wire": "portal"})
    """Portal."""
    stairway: str | None = attrs.field(default=None, metadata={"wire": "stairway"})
    """Stairway."""
    door: str | None = attrs.field(default=None, metadata={"wire": "door"})
    """Door."""
    additional_address_information: str | None = attrs.field(
        default=None, metadata={"wire": "additionalAddressInformation"}
    )
    """Further address details."""
    floor: str | None = attrs.field(default=None, metadata={"wire": "floor"})
    """Floor."""
    building_name: str | None = attrs.field(default=None, metadata={"wire": "buildingName"})
    """Name of the building."""


@attrs.define(kw_only=True)
class LeadAdditionalInformation(WireModel):
    """A lead's answer to one additional information field."""

    additional_field_id: int = attrs.field(metadata={"wire": "additionalFieldId"})
    """ID of the additional information field."""
    value: str | None = attrs.field(default=None, metadata={"wire": "value"})
    """Single value as text: the text itself, a signed integer, an ISO-8601 date, or 'true'/'false'."""
    values: list[str] | None = attrs.field(default=None, metadata={"wire": "values"})
    """Several values, for fields that allow multi-selection."""


@attrs.define(kw_only=True)
class LeadAdditionalInformationField(WireModel):
    """An additional information field as configured for leads."""

    additional_field_id: int = attrs.field(metadata={"wire": "additionalFieldId"})
    """ID of the additional information field."""
    name: str = attrs.field(metadata={"wire": "name"})
    """Label of the field."""
    type: AdditionalInformationFieldType = attrs.field(metadata={"wire": "type"})
    """Kind of value the field holds."""
    allow_multi_selection: bool = attrs.field(metadata={"wire": "allowMultiSelection"})
    """For LIST fields, whether several values may be chosen."""
    selection_values: list[str] | None = attrs.field(
        default=None, metadata={"wire": "selectionValues"}
    )
    """Choices of a LIST field."""
    mode: InputFieldMode = attrs.field(metadata={"wire": "mode"})


@attrs.define(kw_only=True)
class LeadConfig(WireModel):
    """Configuration of the data collected for leads."""

    address_mode: InputFieldMode = attrs.field(metadata={"wire": "addressMode"})
    date_of_birth_mode: InputFieldMode = attrs.field(metadata={"wire": "dateOfBirthMode"})
    gender_mode: InputFieldMode = attrs.field(metadata={"wire": "genderMode"})
    telephone_mode: InputFieldMode = attrs.field(metadata={"wire": "telephoneMode"})
    additional_information: list[LeadAdditionalInformationField] | None = attrs.field(
        default=None, metadata={"wire": "additionalInformation"}
    )
    """Additional information fields configured for leads."""
    communication_preferences: list[CommunicationPreference] | None = attrs.field(
        default=None, metadata={"wire": "communicationPreferences"}
    )
    """Message categories and their channels configured for leads."""


@attrs.define(kw_only=True)
class LeadCustomer(WireModel):
    """Personal data of a lead."""

    third_party_id: str | None = attrs.field(default=None, metadata={"wire": "thirdPartyId"})
    """ID of the person in the integrator's own system."""
    firstname: str = attrs.field(metadata={"wire": "firstname"})
    """First name."""
    second_firstname: str | None = attrs.field(default=None, metadata={"wire": "secondFirstname"})
    """Second first name."""
    lastname: str = attrs.field(metadata={"wire": "lastname"})
    """Last name."""
    second_lastname: str | None = attrs.field(default=None, metadata={"wire": "secondLastname"})
    """Second last name."""
    email: str = attrs.field(metadata={"wire": "email"})
    """Email address."""
    gender: Gender | None = attrs.field(default=None, metadata={"wire": "gender"})
    date_of_birth: date | None = attrs.field(default=None, metadata={"wire": "dateOfBirth"})
    """Date of birth."""
    telephone: str | None = attrs.field(default=None, metadata={"wire": "telephone"})
    """Telephone number."""
    language: Language | None = attrs.field(default=None, metadata={"wire": "language"})


@attrs.define(kw_only=True)
class LeadCreationRequest(WireModel):
    """Data of a lead to validate or create."""

    lead_customer: LeadCustomer = attrs.field(metadata={"wire": "leadCustomer"})
    address: Address | None = attrs.field(default=None, metadata={"wire": "address"})
    communication_preferences: list[CommunicationPreference] | None = attrs.field(
        default=None, metadata={"wire": "communicationPreferences"}
    )
    """Communication preferences of the lead."""
    additional_information: list[LeadAdditionalInformation] | None = attrs.field(
        default=None, metadata={"wire": "additionalInformation"}
    )
    """Answers to additional information fields."""
    notes: str | None = attrs.field(default=None, metadata={"wire": "notes"})
    """Free-text notes about the lead."""
    external_identifier: str | None = attrs.field(
        default=None, metadata={"wire": "externalIdentifier"}
    )
    """External ID of the campaign the lead belongs to."""


@attrs.define(kw_only=True)
class LeadCreationResult(WireModel):
    """Identifiers of a newly created lead."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the lead."""
    customer_id: int = attrs.field(metadata={"wire": "customerId"})
    """ID of the customer created for the lead."""
    uuid: str = attrs.field(metadata={"wire": "uuid"})
    """UUID of the lead."""
    customer_number: str = attrs.field(metadata={"wire": "customerNumber"})
    """Customer number of the lead."""


@attrs.define(kw_only=True)
class LeadValidationResult(WireModel):
    """Outcome of a lead validation."""

    status: LeadValidationStatus = attrs.field(metadata={"wire": "status"})
    """Whether the lead can be created."""
