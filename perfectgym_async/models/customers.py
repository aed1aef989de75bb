"""Typed models of the PerfectGym Next Open API (1.13.2): the ``customers`` tag's own shapes.

Import them from ``perfectgym_async.models`` (``models.AdditionalInformationListItem``); this module is
loaded on first use. Generated from spec/openapi.yaml by ``python -m generator``; edit
the spec, not this file. Attribute names are snake_case; each field's wire (camelCase)
name is in its ``metadata["wire"]``. Fields the API may omit default to ``None``. Every
model has ``to_dict()``, ``to_json()`` and ``from_dict()`` (see ``types.WireModel``).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import attrs

from ..types import OpenEnum, WireModel
from ._common import (
    AdditionalInformationFieldType,
    ContractStatus,
    Gender,
    PaymentFrequencyType,
    PriceDetails,
    TimePeriod,
)

__all__ = [
    "CustomerAccessCodeFormat",
    "AdditionalInformationListItem",
    "AdditionalInformationField",
    "BenefitValidationDto",
    "RateCode",
    "SubContract",
    "Contract",
    "CustomerAccessCode",
    "CustomerDocument",
    "CustomerDocumentUploadResult",
    "CustomerImage",
    "CustomerWeighings",
    "Measurement",
    "OpenApiV1CustomerCreateResult",
    "OpenApiV1CustomerStudioSwitchRequestDto",
    "UpdateAccessIdentificationRequest",
]


class CustomerAccessCodeFormat(OpenEnum):
    """Format to render the content in.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    QR_CODE = "QR_CODE"


@attrs.define(kw_only=True)
class AdditionalInformationListItem(WireModel):
    """One choice of a LIST additional information field."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the list item."""
    name: str = attrs.field(metadata={"wire": "name"})
    """Label of the list item."""


@attrs.define(kw_only=True)
class AdditionalInformationField(WireModel):
    """An additional information field that can be set on customers."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the field."""
    name: str = attrs.field(metadata={"wire": "name"})
    """Label of the field."""
    type: AdditionalInformationFieldType = attrs.field(metadata={"wire": "type"})
    """Kind of value the field holds."""
    abbreviation: str | None = attrs.field(default=None, metadata={"wire": "abbreviation"})
    """Short label of the field."""
    list_items: list[AdditionalInformationListItem] | None = attrs.field(
        default=None, metadata={"wire": "listItems"}
    )
    """Choices of a LIST field."""


@attrs.define(kw_only=True)
class BenefitValidationDto(WireModel):
    """Whether one benefit of a customer is valid."""

    key: str = attrs.field(metadata={"wire": "key"})
    """Key of the benefit."""
    valid: bool = attrs.field(metadata={"wire": "valid"})
    """True if the benefit is valid."""


@attrs.define(kw_only=True)
class RateCode(WireModel):
    """A rate code attached to a contract."""

    name: str | None = attrs.field(default=None, metadata={"wire": "name"})
    """Name of the rate code."""
    identifier: str | None = attrs.field(default=None, metadata={"wire": "identifier"})
    """Unique identifier of the rate code."""


@attrs.define(kw_only=True)
class SubContract(WireModel):
    """A flat fee or module contract belonging to a main contract."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the contract."""
    rate_name: str = attrs.field(metadata={"wire": "rateName"})
    """Name of the contract's rate."""
    start_date: date = attrs.field(metadata={"wire": "startDate"})
    """First day of the contract."""
    end_date: date | None = attrs.field(default=None, metadata={"wire": "endDate"})
    """Last day of the contract."""
    payment_frequency: PaymentFrequencyType = attrs.field(metadata={"wire": "paymentFrequency"})
    """Kind of payment frequency."""
    price: Decimal = attrs.field(metadata={"wire": "price"})
    """Base price (use priceDetails instead)."""
    price_details: PriceDetails = attrs.field(metadata={"wire": "priceDetails"})
    cancelled: bool = attrs.field(metadata={"wire": "cancelled"})
    """True if the contract has been cancelled."""
    cancellation_date: date | None = attrs.field(
        default=None, metadata={"wire": "cancellationDate"}
    )
    """Date of the cancellation."""
    cancellation_receipt_date: date | None = attrs.field(
        default=None, metadata={"wire": "cancellationReceiptDate"}
    )
    """Date the cancellation was received."""
    contract_status: ContractStatus = attrs.field(metadata={"wire": "contractStatus"})


@attrs.define(kw_only=True)
class Contract(WireModel):
    """A membership contract of a customer."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the contract."""
    created_date: date = attrs.field(metadata={"wire": "createdDate"})
    """Date the contract was created."""
    start_date: date = attrs.field(metadata={"wire": "startDate"})
    """First day of the contract."""
    end_date: date = attrs.field(metadata={"wire": "endDate"})
    """Last day of the contract."""
    rate_name: str = attrs.field(metadata={"wire": "rateName"})
    """Name of the contract's rate."""
    rate_codes: list[RateCode] | None = attrs.field(default=None, metadata={"wire": "rateCodes"})
    """Rate codes of the contract."""
    contract_status: ContractStatus = attrs.field(metadata={"wire": "contractStatus"})
    cancellation_period: TimePeriod | None = attrs.field(
        default=None, metadata={"wire": "cancellationPeriod"}
    )
    cancelled: bool = attrs.field(metadata={"wire": "cancelled"})
    """True if the contract has been cancelled."""
    cancellation_date: date | None = attrs.field(
        default=None, metadata={"wire": "cancellationDate"}
    )
    """Date of the cancellation."""
    cancellation_receipt_date: date | None = attrs.field(
        default=None, metadata={"wire": "cancellationReceiptDate"}
    )
    """Date the cancellation was received."""
    cancellation_reason: str | None = attrs.field(
        default=None, metadata={"wire": "cancellationReason"}
    )
    """Why the contract was cancelled."""
    price_details: PriceDetails = attrs.field(metadata={"wire": "priceDetails"})
    last_possible_cancellation_date: date = attrs.field(
        metadata={"wire": "lastPossibleCancellationDate"}
    )
    """Last day on which the contract can still be cancelled."""
    term: TimePeriod = attrs.field(metadata={"wire": "term"})
    extension_term: TimePeriod = attrs.field(metadata={"wire": "extensionTerm"})
    flat_fee_contracts: list[SubContract] | None = attrs.field(
        default=None, metadata={"wire": "flatFeeContracts"}
    )
    """Flat fee contracts of this contract."""
    module_contracts: list[SubContract] | None = attrs.field(
        default=None, metadata={"wire": "moduleContracts"}
    )
    """Module contracts of this contract."""
    signed_document_url: str | None = attrs.field(
        default=None, metadata={"wire": "signedDocumentUrl"}
    )
    """Download URL of the signed contract document; expires after 15 minutes."""
    third_party_id: str | None = attrs.field(default=None, metadata={"wire": "thirdPartyId"})
    """ID of the contract in the integrator's own system."""


@attrs.define(kw_only=True)
class CustomerAccessCode(WireModel):
    """An access code of a customer."""

    format: CustomerAccessCodeFormat = attrs.field(metadata={"wire": "format"})
    """Format to render the content in."""
    expires_at: datetime | None = attrs.field(default=None, metadata={"wire": "expiresAt"})
    """When the code expires."""
    content: str = attrs.field(metadata={"wire": "content"})
    """Code content to render in the given format."""


@attrs.define(kw_only=True)
class CustomerDocument(WireModel):
    """A document stored for a customer."""

    url: str | None = attrs.field(default=None, metadata={"wire": "url"})
    """Download URL; expires after 15 minutes."""
    id: int | None = attrs.field(default=None, metadata={"wire": "id"})
    """ID of the document."""
    file_name: str | None = attrs.field(default=None, metadata={"wire": "fileName"})
    """File name of the document."""
    description: str | None = attrs.field(default=None, metadata={"wire": "description"})
    """Description of the document."""


@attrs.define(kw_only=True)
class CustomerDocumentUploadResult(WireModel):
    """Result of a document upload."""

    id: int | None = attrs.field(default=None, metadata={"wire": "id"})
    """ID of the stored document."""


@attrs.define(kw_only=True)
class CustomerImage(WireModel):
    """Link to a customer's profile image."""

    image_url: str | None = attrs.field(default=None, metadata={"wire": "imageUrl"})
    """Download URL; expires after 15 minutes."""


@attrs.define(kw_only=True)
class CustomerWeighings(WireModel):
    """Results of a body composition weighing."""

    database_id: int | None = attrs.field(default=None, metadata={"wire": "databaseId"})
    """ID of the stored weighing."""
    basal_metabolic_rate: Decimal | None = attrs.field(
        default=None, metadata={"wire": "basalMetabolicRate"}
    )
    """Basal metabolic rate."""
    body_fat_mass: Decimal | None = attrs.field(default=None, metadata={"wire": "bodyFatMass"})
    """Body fat mass (kg)."""
    body_mass_index: Decimal | None = attrs.field(default=None, metadata={"wire": "bodyMassIndex"})
    """Body mass index (kg/m^2)."""
    fat_free_mass: Decimal | None = attrs.field(default=None, metadata={"wire": "fatFreeMass"})
    """Total fat free (lean body) mass (kg)."""
    percent_body_fat: Decimal | None = attrs.field(
        default=None, metadata={"wire": "percentBodyFat"}
    )
    """Body fat (%)."""
    percent_skeletal_muscle_mass: Decimal | None = attrs.field(
        default=None, metadata={"wire": "percentSkeletalMuscleMass"}
    )
    """Skeletal muscle mass (%)."""
    skeletal_muscle_mass: Decimal | None = attrs.field(
        default=None, metadata={"wire": "skeletalMuscleMass"}
    )
    """Skeletal muscle mass (kg)."""
    total_body_water: Decimal | None = attrs.field(
        default=None, metadata={"wire": "totalBodyWater"}
    )
    """Total body water (l)."""
    visceral_fat_level: int | None = attrs.field(
        default=None, metadata={"wire": "visceralFatLevel"}
    )
    """Visceral fat level, 1 to 9."""
    weight: Decimal | None = attrs.field(default=None, metadata={"wire": "weight"})
    """Body weight (kg)."""
    height: Decimal | None = attrs.field(default=None, metadata={"wire": "height"})
    """Body height (cm)."""
    bfm_left_arm: Decimal | None = attrs.field(default=None, metadata={"wire": "bfmLeftArm"})
    """Body fat mass, left arm (kg)."""
    bfm_left_leg: Decimal | None = attrs.field(default=None, metadata={"wire": "bfmLeftLeg"})
    """Body fat mass, left leg (kg)."""
    bfm_percent_left_arm: Decimal | None = attrs.field(
        default=None, metadata={"wire": "bfmPercentLeftArm"}
    )
    """Body fat mass, left arm (%)."""
    bfm_percent_left_leg: Decimal | None = attrs.field(
        default=None, metadata={"wire": "bfmPercentLeftLeg"}
    )
    """Body fat mass, left leg (%)."""
    bfm_percent_right_arm: Decimal | None = attrs.field(
        default=None, metadata={"wire": "bfmPercentRightArm"}
    )
    """Body fat mass, right arm (%)."""
    bfm_percent_right_leg: Decimal | None = attrs.field(
        default=None, metadata={"wire": "bfmPercentRightLeg"}
    )
    """Body fat mass, right leg (%)."""
    bfm_percent_trunk: Decimal | None = attrs.field(
        default=None, metadata={"wire": "bfmPercentTrunk"}
    )
    """Body fat mass, trunk (%)."""
    bfm_right_arm: Decimal | None = attrs.field(default=None, metadata={"wire": "bfmRightArm"})
    """Body fat mass, right arm (kg)."""
    bfm_right_leg: Decimal | None = attrs.field(default=None, metadata={"wire": "bfmRightLeg"})
    """Body fat mass, right leg (kg)."""
    bfm_trunk: Decimal | None = attrs.field(default=None, metadata={"wire": "bfmTrunk"})
    """Body fat mass, trunk (kg)."""
    ffm_left_arm: Decimal | None = attrs.field(default=None, metadata={"wire": "ffmLeftArm"})
    """Fat free mass, left arm (kg)."""
    ffm_left_leg: Decimal | None = attrs.field(default=None, metadata={"wire": "ffmLeftLeg"})
    """Fat free mass, left leg (kg)."""
    ffm_percent_left_arm: Decimal | None = attrs.field(
        default=None, metadata={"wire": "ffmPercentLeftArm"}
    )
    """Fat free mass, left arm (%)."""
    ffm_percent_left_leg: Decimal | None = attrs.field(
        default=None, metadata={"wire": "ffmPercentLeftLeg"}
    )
    """Fat free mass, left leg (%)."""
    ffm_percent_right_arm: Decimal | None = attrs.field(
        default=None, metadata={"wire": "ffmPercentRightArm"}
    )
    """Fat free mass, right arm (%)."""
    ffm_percent_right_leg: Decimal | None = attrs.field(
        default=None, metadata={"wire": "ffmPercentRightLeg"}
    )
    """Fat free mass, right leg (%)."""
    ffm_percent_trunk: Decimal | None = attrs.field(
        default=None, metadata={"wire": "ffmPercentTrunk"}
    )
    """Fat free mass, trunk (%)."""
    ffm_right_arm: Decimal | None = attrs.field(default=None, metadata={"wire": "ffmRightArm"})
    """Fat free mass, right arm (kg)."""
    ffm_right_leg: Decimal | None = attrs.field(default=None, metadata={"wire": "ffmRightLeg"})
    """Fat free mass, right leg (kg)."""
    ffm_trunk: Decimal | None = attrs.field(default=None, metadata={"wire": "ffmTrunk"})
    """Fat free mass, trunk (kg)."""
    raw_results: str = attrs.field(metadata={"wire": "rawResults"})
    """Raw device output; may be handed on to partner widgets."""


@attrs.define(kw_only=True)
class Measurement(WireModel):
    """Body data of a customer from the latest measurement."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the customer."""
    first_name: str | None = attrs.field(default=None, metadata={"wire": "firstName"})
    """First name."""
    last_name: str | None = attrs.field(default=None, metadata={"wire": "lastName"})
    """Last name."""
    age: int | None = attrs.field(default=None, metadata={"wire": "age"})
    """Age in years."""
    date_of_birth: date | None = attrs.field(default=None, metadata={"wire": "dateOfBirth"})
    """Date of birth."""
    gender: Gender | None = attrs.field(default=None, metadata={"wire": "gender"})
    height: Decimal | None = attrs.field(default=None, metadata={"wire": "height"})
    """Height."""


@attrs.define(kw_only=True)
class OpenApiV1CustomerCreateResult(WireModel):
    """Result of creating a customer."""

    customer_id: int = attrs.field(metadata={"wire": "customerId"})
    """ID of the new customer."""


@attrs.define(kw_only=True)
class OpenApiV1CustomerStudioSwitchRequestDto(WireModel):
    """Target and date of a studio switch."""

    target_studio_id: int = attrs.field(metadata={"wire": "targetStudioId"})
    """ID of the studio to move the customer to."""
    switch_date: date = attrs.field(metadata={"wire": "switchDate"})
    """Date of the switch; today or earlier."""
    description: str | None = attrs.field(default=None, metadata={"wire": "description"})
    """Note stored in the customer's history."""


@attrs.define(kw_only=True)
class UpdateAccessIdentificationRequest(WireModel):
    """New value for an access medium."""

    value: str | None = attrs.field(default=None, metadata={"wire": "value"})
    """Identifier carried by the medium."""
