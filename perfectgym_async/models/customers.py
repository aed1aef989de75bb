"""Typed models of the PerfectGym Next Open API (1.13.2): the ``customers`` tag's own shapes.

Import them from ``perfectgym_async.models`` (``models.AccessMediumDto``); this module is
loaded on first use. Generated from spec/openapi.yaml by ``python -m generator``; edit
the spec, not this file. Attribute names are snake_case; each field's wire (camelCase)
name is in its ``metadata["wire"]``. Fields the API may omit default to ``None``.
"""

from __future__ import annotations

from datetime import date, datetime

import attrs

from ..types import OpenEnum
from ._common import Gender, Language

__all__ = [
    "AccessMediumType",
    "CardNumberFormat",
    "CustomerStatus",
    "AccessMediumDto",
    "AccessRestriction",
    "AdditionalInformationFieldAssignment",
    "BankAccount",
    "SimpleContract",
    "CustomerIdlePeriod",
    "Customer",
    "CustomerImage",
]


class AccessMediumType(OpenEnum):
    """Kind of access medium.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    CARD_NUMBER = "CARD_NUMBER"
    PIN = "PIN"
    BARCODE = "BARCODE"
    WALLET_PASS = "WALLET_PASS"


class CardNumberFormat(OpenEnum):
    """Representation of card numbers.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    DECIMAL = "DECIMAL"
    HEX_MSB = "HEX_MSB"
    HEX_LSB = "HEX_LSB"


class CustomerStatus(OpenEnum):
    """CustomerStatus

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    MEMBER = "MEMBER"
    PROSPECT = "PROSPECT"
    FORMER_MEMBER = "FORMER_MEMBER"


@attrs.define(kw_only=True)
class AccessMediumDto:
    """An access medium (card, PIN, barcode, wallet pass) of a customer."""

    id: int | None = attrs.field(default=None, metadata={"wire": "id"})
    """ID of the access medium."""
    type: AccessMediumType | None = attrs.field(default=None, metadata={"wire": "type"})
    """Kind of access medium."""
    value: str | None = attrs.field(default=None, metadata={"wire": "value"})
    """Identifier carried by the medium."""


@attrs.define(kw_only=True)
class AccessRestriction:
    """An access restriction of a customer."""

    reason: str = attrs.field(metadata={"wire": "reason"})
    """Why access is restricted."""
    start_date: date | None = attrs.field(default=None, metadata={"wire": "startDate"})
    """First day of the restriction."""
    end_date: date | None = attrs.field(default=None, metadata={"wire": "endDate"})
    """Last day of the restriction."""


@attrs.define(kw_only=True)
class AdditionalInformationFieldAssignment:
    """A customer's value for one additional information field."""

    additional_information_field_id: int = attrs.field(
        metadata={"wire": "additionalInformationFieldId"}
    )
    """ID of the additional information field."""
    value: str = attrs.field(metadata={"wire": "value"})
    """Value as text: list item ID, the text itself, a signed integer, an ISO-8601 date, or 'true'/'false'."""


@attrs.define(kw_only=True)
class BankAccount:
    """Bank account of a customer."""

    account_holder: str | None = attrs.field(default=None, metadata={"wire": "accountHolder"})
    """Account holder."""
    bank_name: str | None = attrs.field(default=None, metadata={"wire": "bankName"})
    """Name of the bank."""
    bic: str | None = attrs.field(default=None, metadata={"wire": "bic"})
    """BIC."""
    iban: str | None = attrs.field(default=None, metadata={"wire": "iban"})
    """IBAN."""


@attrs.define(kw_only=True)
class SimpleContract:
    """Minimal contract data."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the contract."""
    rate_name: str = attrs.field(metadata={"wire": "rateName"})
    """Name of the contract's rate."""


@attrs.define(kw_only=True)
class CustomerIdlePeriod:
    """An idle period of a customer."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the idle period."""
    start_date: date = attrs.field(metadata={"wire": "startDate"})
    """First day of the idle period."""
    end_date: date = attrs.field(metadata={"wire": "endDate"})
    """Last day of the idle period."""
    reason: str | None = attrs.field(default=None, metadata={"wire": "reason"})
    """Reason for the idle period."""
    contract: SimpleContract | None = attrs.field(default=None, metadata={"wire": "contract"})
    unlimited: bool = attrs.field(metadata={"wire": "unlimited"})
    """True if the idle period has no end."""


@attrs.define(kw_only=True)
class Customer:
    """A customer of the studio."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the customer."""
    customer_number: str | None = attrs.field(default=None, metadata={"wire": "customerNumber"})
    """Customer number."""
    first_name: str | None = attrs.field(default=None, metadata={"wire": "firstName"})
    """First name."""
    second_first_name: str | None = attrs.field(default=None, metadata={"wire": "secondFirstName"})
    """Second first name."""
    last_name: str | None = attrs.field(default=None, metadata={"wire": "lastName"})
    """Last name."""
    second_last_name: str | None = attrs.field(default=None, metadata={"wire": "secondLastName"})
    """Second last name."""
    date_of_birth: date | None = attrs.field(default=None, metadata={"wire": "dateOfBirth"})
    """Date of birth."""
    email: str | None = attrs.field(default=None, metadata={"wire": "email"})
    """Email address."""
    gender: Gender | None = attrs.field(default=None, metadata={"wire": "gender"})
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
    province: str | None = attrs.field(default=None, metadata={"wire": "province"})
    """Province."""
    additional_address_information: str | None = attrs.field(
        default=None, metadata={"wire": "additionalAddressInformation"}
    )
    """Further address details."""
    floor: str | None = attrs.field(default=None, metadata={"wire": "floor"})
    """Floor."""
    building_name: str | None = attrs.field(default=None, metadata={"wire": "buildingName"})
    """Name of the building."""
    status: CustomerStatus = attrs.field(metadata={"wire": "status"})
    """Membership status of the customer."""
    image_url: str | None = attrs.field(default=None, metadata={"wire": "imageUrl"})
    """Profile image download URL; expires after 15 minutes."""
    phone_private: str | None = attrs.field(default=None, metadata={"wire": "phonePrivate"})
    """Private phone number."""
    phone_private_mobile: str | None = attrs.field(
        default=None, metadata={"wire": "phonePrivateMobile"}
    )
    """Private mobile number."""
    phone_business: str | None = attrs.field(default=None, metadata={"wire": "phoneBusiness"})
    """Business phone number."""
    phone_business_mobile: str | None = attrs.field(
        default=None, metadata={"wire": "phoneBusinessMobile"}
    )
    """Business mobile number."""
    idle_periods: list[CustomerIdlePeriod] | None = attrs.field(
        default=None, metadata={"wire": "idlePeriods"}
    )
    """Idle periods of the customer."""
    bank_account: BankAccount | None = attrs.field(default=None, metadata={"wire": "bankAccount"})
    access_refusal: bool = attrs.field(metadata={"wire": "accessRefusal"})
    """True if the customer is currently blocked from access."""
    access_restrictions: list[AccessRestriction] | None = attrs.field(
        default=None, metadata={"wire": "accessRestrictions"}
    )
    """Access restrictions of the customer."""
    uuid: str | None = attrs.field(default=None, metadata={"wire": "uuid"})
    """UUID of the customer."""
    referral_code: str | None = attrs.field(default=None, metadata={"wire": "referralCode"})
    """Referral code of the customer."""
    studio_id: int | None = attrs.field(default=None, metadata={"wire": "studioId"})
    """ID of the customer's studio."""
    preferred_language: Language | None = attrs.field(
        default=None, metadata={"wire": "preferredLanguage"}
    )
    additional_information_field_assignments: list[AdditionalInformationFieldAssignment] | None = (
        attrs.field(default=None, metadata={"wire": "additionalInformationFieldAssignments"})
    )
    """Values of additional information fields."""
    third_party_id: str | None = attrs.field(default=None, metadata={"wire": "thirdPartyId"})
    """ID of the customer in the integrator's own system."""
    created_date_time: datetime | None = attrs.field(
        default=None, metadata={"wire": "createdDateTime"}
    )
    """When the customer was created."""
    access_mediums: list[AccessMediumDto] | None = attrs.field(
        default=None, metadata={"wire": "accessMediums"}
    )
    """Access mediums of the customer."""
    card_numbers: list[str] | None = attrs.field(default=None, metadata={"wire": "cardNumbers"})
    """Card numbers in the requested format (use accessMediums instead)."""


@attrs.define(kw_only=True)
class CustomerImage:
    """Link to a customer's profile image."""

    image_url: str | None = attrs.field(default=None, metadata={"wire": "imageUrl"})
    """Download URL; expires after 15 minutes."""
