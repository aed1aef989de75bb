"""Typed models of the PerfectGym Next Open API (1.13.2): the ``customers_self_service`` tag's own shapes.

Import them from ``perfectgym_async.models`` (``models.CustomerAddressData``); this module is
loaded on first use. Generated from spec/openapi.yaml by ``python -m generator``; edit
the spec, not this file. Attribute names are snake_case; each field's wire (camelCase)
name is in its ``metadata["wire"]``. Fields the API may omit default to ``None``. Every
model has ``to_dict()``, ``to_json()`` and ``from_dict()`` (see ``types.WireModel``).
"""

from __future__ import annotations

from datetime import date

import attrs

from ..types import OpenEnum, WireModel
from ._common import AmendmentConfigurationStatus, Gender, Signature

__all__ = [
    "CustomerTitle",
    "CustomerAddressData",
    "CustomerContactData",
    "CustomerMasterData",
    "OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData",
    "OpenApiV1CustomerDataDtoCustomerAddressData",
    "OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData",
    "OpenApiV1CustomerDataDtoCustomerContactData",
    "OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData",
    "OpenApiV1CustomerDataDtoCustomerMasterData",
    "OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData",
    "OpenApiV1CustomerDataDtoCustomerPaymentData",
    "OpenApiV1CustomerPaymentAmendment",
]


class CustomerTitle(OpenEnum):
    """Academic title of a customer.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    NONE = "NONE"
    DR = "DR"
    PROF = "PROF"


@attrs.define(kw_only=True)
class CustomerAddressData(WireModel):
    """Postal address of a customer, as sent in an amendment."""

    street: str = attrs.field(metadata={"wire": "street"})
    """Street name."""
    house_number: str | None = attrs.field(default=None, metadata={"wire": "houseNumber"})
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
class CustomerContactData(WireModel):
    """Contact data of a customer, as sent in an amendment."""

    email: str | None = attrs.field(default=None, metadata={"wire": "email"})
    """Email address."""
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


@attrs.define(kw_only=True)
class CustomerMasterData(WireModel):
    """Personal data of a customer, as sent in an amendment."""

    first_name: str = attrs.field(metadata={"wire": "firstName"})
    """First name."""
    last_name: str = attrs.field(metadata={"wire": "lastName"})
    """Last name."""
    gender: Gender = attrs.field(metadata={"wire": "gender"})
    date_of_birth: date = attrs.field(metadata={"wire": "dateOfBirth"})
    """Date of birth."""
    country_of_birth: str | None = attrs.field(default=None, metadata={"wire": "countryOfBirth"})
    """ISO 3166-1 code of the country of birth."""
    customer_title: CustomerTitle = attrs.field(metadata={"wire": "customerTitle"})


@attrs.define(kw_only=True)
class OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData(WireModel):
    """An address amendment waiting to be processed."""

    id: int | None = attrs.field(default=None, metadata={"wire": "id"})
    """ID of the amendment."""
    street: str = attrs.field(metadata={"wire": "street"})
    """Street name."""
    house_number: str | None = attrs.field(default=None, metadata={"wire": "houseNumber"})
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
class OpenApiV1CustomerDataDtoCustomerAddressData(WireModel):
    """Current postal address of a customer with its amendment state."""

    street: str = attrs.field(metadata={"wire": "street"})
    """Street name."""
    house_number: str | None = attrs.field(default=None, metadata={"wire": "houseNumber"})
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
    amendment_configuration_status: AmendmentConfigurationStatus = attrs.field(
        metadata={"wire": "amendmentConfigurationStatus"}
    )
    pending_amendment: OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData | None = (
        attrs.field(default=None, metadata={"wire": "pendingAmendment"})
    )


@attrs.define(kw_only=True)
class OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData(WireModel):
    """A contact data amendment waiting to be processed."""

    id: int | None = attrs.field(default=None, metadata={"wire": "id"})
    """ID of the amendment."""
    email: str | None = attrs.field(default=None, metadata={"wire": "email"})
    """Email address."""
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


@attrs.define(kw_only=True)
class OpenApiV1CustomerDataDtoCustomerContactData(WireModel):
    """Current contact data of a customer with its amendment state."""

    email: str | None = attrs.field(default=None, metadata={"wire": "email"})
    """Email address."""
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
    amendment_configuration_status: AmendmentConfigurationStatus = attrs.field(
        metadata={"wire": "amendmentConfigurationStatus"}
    )
    pending_amendment: OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData | None = (
        attrs.field(default=None, metadata={"wire": "pendingAmendment"})
    )


@attrs.define(kw_only=True)
class OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData(WireModel):
    """A master data amendment waiting to be processed."""

    id: int | None = attrs.field(default=None, metadata={"wire": "id"})
    """ID of the amendment."""
    first_name: str = attrs.field(metadata={"wire": "firstName"})
    """First name."""
    last_name: str = attrs.field(metadata={"wire": "lastName"})
    """Last name."""
    gender: Gender = attrs.field(metadata={"wire": "gender"})
    date_of_birth: date = attrs.field(metadata={"wire": "dateOfBirth"})
    """Date of birth."""
    country_of_birth: str | None = attrs.field(default=None, metadata={"wire": "countryOfBirth"})
    """ISO 3166-1 code of the country of birth."""
    customer_title: CustomerTitle = attrs.field(metadata={"wire": "customerTitle"})


@attrs.define(kw_only=True)
class OpenApiV1CustomerDataDtoCustomerMasterData(WireModel):
    """Current personal data of a customer with its amendment state."""

    first_name: str = attrs.field(metadata={"wire": "firstName"})
    """First name."""
    last_name: str = attrs.field(metadata={"wire": "lastName"})
    """Last name."""
    gender: Gender = attrs.field(metadata={"wire": "gender"})
    date_of_birth: date = attrs.field(metadata={"wire": "dateOfBirth"})
    """Date of birth."""
    country_of_birth: str | None = attrs.field(default=None, metadata={"wire": "countryOfBirth"})
    """ISO 3166-1 code of the country of birth."""
    customer_title: CustomerTitle = attrs.field(metadata={"wire": "customerTitle"})
    amendment_configuration_status: AmendmentConfigurationStatus = attrs.field(
        metadata={"wire": "amendmentConfigurationStatus"}
    )
    pending_amendment: OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData | None = (
        attrs.field(default=None, metadata={"wire": "pendingAmendment"})
    )


@attrs.define(kw_only=True)
class OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData(WireModel):
    """A bank details amendment waiting to be processed."""

    id: int | None = attrs.field(default=None, metadata={"wire": "id"})
    """ID of the amendment."""
    account_holder: str | None = attrs.field(default=None, metadata={"wire": "accountHolder"})
    """Account holder."""
    bank_name: str | None = attrs.field(default=None, metadata={"wire": "bankName"})
    """Name of the bank."""
    iban: str | None = attrs.field(default=None, metadata={"wire": "iban"})
    """IBAN."""
    bic: str | None = attrs.field(default=None, metadata={"wire": "bic"})
    """BIC."""
    require_signature: bool | None = attrs.field(
        default=None, metadata={"wire": "requireSignature"}
    )
    """True if an amendment must carry the customer's signature."""


@attrs.define(kw_only=True)
class OpenApiV1CustomerDataDtoCustomerPaymentData(WireModel):
    """Current bank details of a customer with their amendment state."""

    account_holder: str | None = attrs.field(default=None, metadata={"wire": "accountHolder"})
    """Account holder."""
    bank_name: str | None = attrs.field(default=None, metadata={"wire": "bankName"})
    """Name of the bank."""
    iban: str | None = attrs.field(default=None, metadata={"wire": "iban"})
    """IBAN."""
    bic: str | None = attrs.field(default=None, metadata={"wire": "bic"})
    """BIC."""
    require_signature: bool | None = attrs.field(
        default=None, metadata={"wire": "requireSignature"}
    )
    """True if an amendment must carry the customer's signature."""
    amendment_configuration_status: AmendmentConfigurationStatus = attrs.field(
        metadata={"wire": "amendmentConfigurationStatus"}
    )
    pending_amendment: OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData | None = (
        attrs.field(default=None, metadata={"wire": "pendingAmendment"})
    )


@attrs.define(kw_only=True)
class OpenApiV1CustomerPaymentAmendment(WireModel):
    """New bank details of a customer, as sent in an amendment."""

    account_holder: str = attrs.field(metadata={"wire": "accountHolder"})
    """Account holder."""
    bank_name: str = attrs.field(metadata={"wire": "bankName"})
    """Name of the bank."""
    iban: str = attrs.field(metadata={"wire": "iban"})
    """IBAN."""
    bic: str = attrs.field(metadata={"wire": "bic"})
    """BIC."""
    signature: Signature | None = attrs.field(default=None, metadata={"wire": "signature"})
