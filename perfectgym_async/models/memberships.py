"""Typed models of the PerfectGym Next Open API (1.13.2): the ``memberships`` tag's own shapes.

Import them from ``perfectgym_async.models`` (``models.AgeRange``); this module is
loaded on first use. Generated from spec/openapi.yaml by ``python -m generator``; edit
the spec, not this file. Attribute names are snake_case; each field's wire (camelCase)
name is in its ``metadata["wire"]``. Fields the API may omit default to ``None``. Every
model has ``to_dict()``, ``to_json()`` and ``from_dict()`` (see ``types.WireModel``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs

from ..types import OpenEnum, WireModel
from ._common import (
    DayOfWeek,
    MembershipOfferRateCode,
    MembershipSignupCustomer,
    Money,
    MonthDay,
    PaymentChoice,
    PaymentFrequencyType,
    Signature,
    SimpleContract,
    Term,
)

__all__ = [
    "ContractPreUseType",
    "DiscountType",
    "MembershipOfferExtensionType",
    "MembershipOfferModuleAgeBasedAdjustmentType",
    "MembershipOfferRateBonusPeriodRuntimeExtensionType",
    "MembershipOfferRateBonusPeriodTermStrategy",
    "MembershipOfferTermAdjustmentRuleChargeAdjustmentType",
    "MembershipOfferTermAdjustmentRuleType",
    "MembershipOfferTermExtendedCancelationStrategy",
    "MembershipOfferTextBlockAttachmentType",
    "PaidTimePeriodCalculationType",
    "PaymentScheduleEntryType",
    "VoucherEffectivePeriod",
    "VoucherErrorCode",
    "VoucherType",
    "AgeRange",
    "AttachedDocument",
    "ContractVolume",
    "DatePeriod",
    "ExternalUrl",
    "MembershipOfferModuleAgeBasedAdjustment",
    "MembershipOfferMonthDayToPrice",
    "MembershipOfferTermToPrice",
    "MembershipOfferPaymentFrequency",
    "MembershipOfferRateBonusPeriod",
    "VoucherDiscountPeriod",
    "FlatFeePreview",
    "MembershipOfferTerm",
    "MembershipOffer",
    "MembershipOfferModuleTerm",
    "MembershipOfferTextBlock",
    "MembershipOfferTrialPeriod",
    "MembershipOfferIncludedModule",
    "MembershipOfferModule",
    "MembershipOfferFlatFee",
    "MembershipOfferSubsequentRate",
    "MembershipOfferTermAdjustmentRule",
    "MembershipOfferTermExtended",
    "OpeningHoursCategory",
    "TimeRestrictionAvailability",
    "MembershipOfferTimeRestrictions",
    "MembershipOfferExtended",
    "TextBlockSignature",
    "MembershipSignupContract",
    "MembershipSignupRequest",
    "MembershipSignupResult",
    "MembershipSwitch",
    "MembershipSwitchConfigPresentationDto",
    "MembershipSwitchConfig",
    "PaymentScheduleEntry",
    "PaymentPreview",
    "MembershipSwitchPreview",
    "ModuleContractPreview",
    "OpenApiV1MembershipSwitchConfigExtended",
    "OpenApiV1SignupPreviewDto",
]


class ContractPreUseType(OpenEnum):
    """Whether the contract can be used before its start date, and at what cost.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    NOT_AVAILABLE = "NOT_AVAILABLE"
    CHARGEABLE = "CHARGEABLE"
    FREE = "FREE"


class DiscountType(OpenEnum):
    """Whether the discount is absolute or a percentage.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    ABSOLUTE = "ABSOLUTE"
    PERCENTAGE = "PERCENTAGE"


class MembershipOfferExtensionType(OpenEnum):
    """How the runtime is extended.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    NONE = "NONE"
    TERM_EXTENSION = "TERM_EXTENSION"
    SUBSEQUENT_RATE_DETAIL = "SUBSEQUENT_RATE_DETAIL"


class MembershipOfferModuleAgeBasedAdjustmentType(OpenEnum):
    """Whether the value is an absolute amount or a percentage.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    ABSOLUTE = "ABSOLUTE"
    PERCENTAGE = "PERCENTAGE"


class MembershipOfferRateBonusPeriodRuntimeExtensionType(OpenEnum):
    """Whether the bonus period extends the runtime.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    WITH_EXTENSION = "WITH_EXTENSION"
    WITHOUT_EXTENSION = "WITHOUT_EXTENSION"


class MembershipOfferRateBonusPeriodTermStrategy(OpenEnum):
    """When the bonus period takes place.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    CONTRACT_START = "CONTRACT_START"
    FIXED = "FIXED"
    END_OF_CURRENT_TERM = "END_OF_CURRENT_TERM"
    START_OF_NEXT_TERM = "START_OF_NEXT_TERM"


class MembershipOfferTermAdjustmentRuleChargeAdjustmentType(OpenEnum):
    """How the price is changed.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    RELATIVE = "RELATIVE"
    ABSOLUTE = "ABSOLUTE"
    BASIC_AMOUNT = "BASIC_AMOUNT"


class MembershipOfferTermAdjustmentRuleType(OpenEnum):
    """Direction of the adjustment.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    RAISE = "RAISE"
    REDUCTION = "REDUCTION"
    NEW_BASIC_AMOUNT = "NEW_BASIC_AMOUNT"


class MembershipOfferTermExtendedCancelationStrategy(OpenEnum):
    """What the cancelation period is counted from.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    TERM = "TERM"
    RECEIPT_DATE = "RECEIPT_DATE"


class MembershipOfferTextBlockAttachmentType(OpenEnum):
    """Kind of attachment of the block.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    NONE = "NONE"
    FILE = "FILE"
    URL = "URL"
    CONTRACT_PDF_PREVIEW = "CONTRACT_PDF_PREVIEW"


class PaidTimePeriodCalculationType(OpenEnum):
    """How the period of the first payment is determined.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    REFERENCE_DATE = "REFERENCE_DATE"
    NORMALIZATION_ON_CALENDAR_UNIT = "NORMALIZATION_ON_CALENDAR_UNIT"


class PaymentScheduleEntryType(OpenEnum):
    """Kind of payment.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    CONTRACT_FEE = "CONTRACT_FEE"
    STARTER_PACKAGE = "STARTER_PACKAGE"
    FLAT_FEE = "FLAT_FEE"
    MODULE_FEE = "MODULE_FEE"
    BONUS_PERIOD = "BONUS_PERIOD"


class VoucherEffectivePeriod(OpenEnum):
    """For how long the discount applies.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    UNLIMITED = "UNLIMITED"
    INITIAL_TERM = "INITIAL_TERM"
    TIME_BASED = "TIME_BASED"


class VoucherErrorCode(OpenEnum):
    """Set when the voucher code is invalid.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    INVALID_CODE = "INVALID_CODE"


class VoucherType(OpenEnum):
    """Kind of the applied voucher.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    CONTRACT = "CONTRACT"
    CREDIT = "CREDIT"
    DISCOUNT = "DISCOUNT"
    COMPANY_FEE_SPLIT = "COMPANY_FEE_SPLIT"
    CHECKIN = "CHECKIN"


@attrs.define(kw_only=True)
class AgeRange(WireModel):
    """An inclusive range of ages."""

    start_age: int = attrs.field(metadata={"wire": "startAge"})
    """Lowest age of the range."""
    end_age: int = attrs.field(metadata={"wire": "endAge"})
    """Highest age of the range."""


@attrs.define(kw_only=True)
class AttachedDocument(WireModel):
    """A downloadable document."""

    file_name: str = attrs.field(metadata={"wire": "fileName"})
    """File name of the document."""
    url: str = attrs.field(metadata={"wire": "url"})
    """Download link; expires after 5 hours."""


@attrs.define(kw_only=True)
class ContractVolume(WireModel):
    """Amounts payable over the initial runtime of a contract, with monthly and per-payment averages."""

    total_contract_volume: Money | None = attrs.field(
        default=None, metadata={"wire": "totalContractVolume"}
    )
    average_payment_volume_per_month: Money | None = attrs.field(
        default=None, metadata={"wire": "averagePaymentVolumePerMonth"}
    )
    average_payment_volume_per_payment_frequency_term: Money | None = attrs.field(
        default=None, metadata={"wire": "averagePaymentVolumePerPaymentFrequencyTerm"}
    )


@attrs.define(kw_only=True)
class DatePeriod(WireModel):
    """A period between two dates."""

    start_date: date = attrs.field(metadata={"wire": "startDate"})
    """First day of the period."""
    end_date: date = attrs.field(metadata={"wire": "endDate"})
    """Last day of the period."""


@attrs.define(kw_only=True)
class ExternalUrl(WireModel):
    """A titled link to an external resource."""

    title: str = attrs.field(metadata={"wire": "title"})
    """Title of the link."""
    url: str = attrs.field(metadata={"wire": "url"})
    """Address of the resource."""


@attrs.define(kw_only=True)
class MembershipOfferModuleAgeBasedAdjustment(WireModel):
    """Price adjustment for members within an age range."""

    age_range: AgeRange = attrs.field(metadata={"wire": "ageRange"})
    value: Decimal = attrs.field(metadata={"wire": "value"})
    """Adjustment value; its meaning depends on type."""
    type: MembershipOfferModuleAgeBasedAdjustmentType = attrs.field(metadata={"wire": "type"})
    """Whether the value is an absolute amount or a percentage."""


@attrs.define(kw_only=True)
class MembershipOfferMonthDayToPrice(WireModel):
    """Price that applies on a given day of the year."""

    month_day: MonthDay = attrs.field(metadata={"wire": "monthDay"})
    price: Money = attrs.field(metadata={"wire": "price"})


@attrs.define(kw_only=True)
class MembershipOfferTermToPrice(WireModel):
    """Price that becomes active once the given term has passed."""

    term: Term = attrs.field(metadata={"wire": "term"})
    price: Money = attrs.field(metadata={"wire": "price"})


@attrs.define(kw_only=True)
class MembershipOfferPaymentFrequency(WireModel):
    """How often and how much is paid for an offer, module or flat fee."""

    id: int | None = attrs.field(default=None, metadata={"wire": "id"})
    """ID of the payment frequency (may be absent for a starter package)."""
    type: PaymentFrequencyType = attrs.field(metadata={"wire": "type"})
    """Kind of payment frequency."""
    term: Term | None = attrs.field(default=None, metadata={"wire": "term"})
    price: Money | None = attrs.field(default=None, metadata={"wire": "price"})
    month_days_to_prices: list[MembershipOfferMonthDayToPrice] | None = attrs.field(
        default=None, metadata={"wire": "monthDaysToPrices"}
    )
    """Prices per day of the year (MONTH_DAY frequencies)."""
    terms_to_prices: list[MembershipOfferTermToPrice] | None = attrs.field(
        default=None, metadata={"wire": "termsToPrices"}
    )
    """Prices that apply after each term has passed (TERM_BASED frequencies)."""
    recurring: bool | None = attrs.field(default=None, metadata={"wire": "recurring"})
    """For TERM_BASED and MONTH_DAY frequencies, whether the payment cycle repeats indefinitely."""
    age_based_adjustments: list[MembershipOfferModuleAgeBasedAdjustment] | None = attrs.field(
        default=None, metadata={"wire": "ageBasedAdjustments"}
    )
    """Age-dependent price adjustments."""
    formatted_payment_frequency: str = attrs.field(metadata={"wire": "formattedPaymentFrequency"})
    """Human readable payment frequency."""


@attrs.define(kw_only=True)
class MembershipOfferRateBonusPeriod(WireModel):
    """A bonus period granted with a rate or voucher."""

    term: Term = attrs.field(metadata={"wire": "term"})
    term_strategy: MembershipOfferRateBonusPeriodTermStrategy = attrs.field(
        metadata={"wire": "termStrategy"}
    )
    """When the bonus period takes place."""
    display_separately: bool | None = attrs.field(
        default=None, metadata={"wire": "displaySeparately"}
    )
    """Whether to list the bonus period separately in offer details."""
    runtime_extension_type: MembershipOfferRateBonusPeriodRuntimeExtensionType = attrs.field(
        metadata={"wire": "runtimeExtensionType"}
    )
    """Whether the bonus period extends the runtime."""
    extends_cancellation_period: bool | None = attrs.field(
        default=None, metadata={"wire": "extendsCancellationPeriod"}
    )
    """Whether the bonus period extends the cancelation period."""


@attrs.define(kw_only=True)
class VoucherDiscountPeriod(WireModel):
    """One discount period of a voucher, with its own discount and duration."""

    discount_type: DiscountType = attrs.field(metadata={"wire": "discountType"})
    """Whether the discount is absolute or a percentage."""
    discount_value: Money = attrs.field(metadata={"wire": "discountValue"})
    effective_period: VoucherEffectivePeriod = attrs.field(metadata={"wire": "effectivePeriod"})
    """For how long the discount applies."""
    effective_period_time_based_term: Term | None = attrs.field(
        default=None, metadata={"wire": "effectivePeriodTimeBasedTerm"}
    )
    discounted_base_price: Money | None = attrs.field(
        default=None, metadata={"wire": "discountedBasePrice"}
    )
    company_amount: Money | None = attrs.field(default=None, metadata={"wire": "companyAmount"})
    member_amount: Money | None = attrs.field(default=None, metadata={"wire": "memberAmount"})


@attrs.define(kw_only=True)
class FlatFeePreview(WireModel):
    """Preview of a flat fee, with voucher effects."""

    name: str = attrs.field(metadata={"wire": "name"})
    """Name of the flat fee."""
    discounted_price: Money | None = attrs.field(default=None, metadata={"wire": "discountedPrice"})
    """Discounted price with a valid discount voucher (use discountPeriods)."""
    discount_periods: list[VoucherDiscountPeriod] | None = attrs.field(
        default=None, metadata={"wire": "discountPeriods"}
    )
    """Discount periods of a valid discount voucher."""
    company_amount: Money | None = attrs.field(default=None, metadata={"wire": "companyAmount"})
    member_amount: Money | None = attrs.field(default=None, metadata={"wire": "memberAmount"})
    paid_time_period_calculation_type: PaidTimePeriodCalculationType | None = attrs.field(
        default=None, metadata={"wire": "paidTimePeriodCalculationType"}
    )
    """How the period of the first payment is determined."""
    payment_frequency: MembershipOfferPaymentFrequency = attrs.field(
        metadata={"wire": "paymentFrequency"}
    )
    formatted_payment_frequency: str = attrs.field(metadata={"wire": "formattedPaymentFrequency"})
    """Human readable payment frequency."""
    voucher_bonus_period: MembershipOfferRateBonusPeriod | None = attrs.field(
        default=None, metadata={"wire": "voucherBonusPeriod"}
    )
    credit_value: Money | None = attrs.field(default=None, metadata={"wire": "creditValue"})
    identifier: str = attrs.field(metadata={"wire": "identifier"})
    """Identifier of the flat fee."""


@attrs.define(kw_only=True)
class MembershipOfferTerm(WireModel):
    """One term (runtime and price) of a membership offer."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the offer term."""
    term: Term | None = attrs.field(default=None, metadata={"wire": "term"})
    contract_volume_information: ContractVolume | None = attrs.field(
        default=None, metadata={"wire": "contractVolumeInformation"}
    )
    payment_frequency: MembershipOfferPaymentFrequency = attrs.field(
        metadata={"wire": "paymentFrequency"}
    )
    extension_term: Term | None = attrs.field(default=None, metadata={"wire": "extensionTerm"})


@attrs.define(kw_only=True)
class MembershipOffer(WireModel):
    """A membership offer of the studio."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the membership offer."""
    description: str = attrs.field(metadata={"wire": "description"})
    """Description of the offer."""
    name: str = attrs.field(metadata={"wire": "name"})
    """Name of the offer."""
    sub_description: str | None = attrs.field(default=None, metadata={"wire": "subDescription"})
    """Secondary description of the offer."""
    image_url: str | None = attrs.field(default=None, metadata={"wire": "imageUrl"})
    """Image download link; expires after 2 hours."""
    footnote: str | None = attrs.field(default=None, metadata={"wire": "footnote"})
    """Contractual or legal notes to show below the offer."""
    pre_use_type: ContractPreUseType = attrs.field(metadata={"wire": "preUseType"})
    limited_offering_period: DatePeriod = attrs.field(metadata={"wire": "limitedOfferingPeriod"})
    rate_codes: list[MembershipOfferRateCode] = attrs.field(metadata={"wire": "rateCodes"})
    """Rate codes of the offer."""
    terms: list[MembershipOfferTerm] = attrs.field(metadata={"wire": "terms"})
    """Terms available for the offer."""


@attrs.define(kw_only=True)
class MembershipOfferModuleTerm(WireModel):
    """Runtime, extension and cancelation terms of an offer module."""

    extension_type: MembershipOfferExtensionType = attrs.field(metadata={"wire": "extensionType"})
    """How the runtime is extended."""
    term: Term | None = attrs.field(default=None, metadata={"wire": "term"})
    term_extension: Term | None = attrs.field(default=None, metadata={"wire": "termExtension"})
    cancelation_period: Term | None = attrs.field(
        default=None, metadata={"wire": "cancelationPeriod"}
    )
    extension_cancelation_period: Term | None = attrs.field(
        default=None, metadata={"wire": "extensionCancelationPeriod"}
    )


@attrs.define(kw_only=True)
class MembershipOfferTextBlock(WireModel):
    """A contract text block to show (and possibly sign or confirm)."""

    id: int | None = attrs.field(default=None, metadata={"wire": "id"})
    """ID of the text block."""
    title: str | None = attrs.field(default=None, metadata={"wire": "title"})
    """Title of the text block."""
    text: str | None = attrs.field(default=None, metadata={"wire": "text"})
    """Text of the text block."""
    order: int | None = attrs.field(default=None, metadata={"wire": "order"})
    """Position of the block in the contract."""
    has_signature: bool | None = attrs.field(default=None, metadata={"wire": "hasSignature"})
    """Whether the block has an optional signature field that is added to the contract document."""
    show_communication_privacy_options: bool | None = attrs.field(
        default=None, metadata={"wire": "showCommunicationPrivacyOptions"}
    )
    """Whether communication privacy settings should be shown with this block."""
    attachment_type: MembershipOfferTextBlockAttachmentType | None = attrs.field(
        default=None, metadata={"wire": "attachmentType"}
    )
    """Kind of attachment of the block."""
    attached_external_url_dto: ExternalUrl | None = attrs.field(
        default=None, metadata={"wire": "attachedExternalUrlDto"}
    )
    attached_document: AttachedDocument | None = attrs.field(
        default=None, metadata={"wire": "attachedDocument"}
    )
    rate_bundle_module_id: int | None = attrs.field(
        default=None, metadata={"wire": "rateBundleModuleId"}
    )
    """ID of the rate bundle module, set only for module consent blocks."""
    confirmation_required: bool | None = attrs.field(
        default=None, metadata={"wire": "confirmationRequired"}
    )
    """Whether the block must be confirmed."""


@attrs.define(kw_only=True)
class MembershipOfferTrialPeriod(WireModel):
    """Trial period of an offer module."""

    trial_period: Term = attrs.field(metadata={"wire": "trialPeriod"})
    description: str = attrs.field(metadata={"wire": "description"})
    """Description of the trial period."""


@attrs.define(kw_only=True)
class MembershipOfferIncludedModule(WireModel):
    """A module included in a membership offer."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the module."""
    name: str = attrs.field(metadata={"wire": "name"})
    """Name of the module."""
    description: str = attrs.field(metadata={"wire": "description"})
    """Description of the module."""
    image_url: str | None = attrs.field(default=None, metadata={"wire": "imageUrl"})
    """Image link; expires after 5 hours."""
    term: MembershipOfferModuleTerm = attrs.field(metadata={"wire": "term"})
    trial_period: MembershipOfferTrialPeriod | None = attrs.field(
        default=None, metadata={"wire": "trialPeriod"}
    )
    consent_text_block: MembershipOfferTextBlock | None = attrs.field(
        default=None, metadata={"wire": "consentTextBlock"}
    )
    rate_codes: list[MembershipOfferRateCode] | None = attrs.field(
        default=None, metadata={"wire": "rateCodes"}
    )
    """Rate codes of the module."""


@attrs.define(kw_only=True)
class MembershipOfferModule(WireModel):
    """A selectable or optional module of a membership offer, with its price."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the module."""
    name: str = attrs.field(metadata={"wire": "name"})
    """Name of the module."""
    description: str = attrs.field(metadata={"wire": "description"})
    """Description of the module."""
    image_url: str | None = attrs.field(default=None, metadata={"wire": "imageUrl"})
    """Image link; expires after 5 hours."""
    term: MembershipOfferModuleTerm = attrs.field(metadata={"wire": "term"})
    trial_period: MembershipOfferTrialPeriod | None = attrs.field(
        default=None, metadata={"wire": "trialPeriod"}
    )
    consent_text_block: MembershipOfferTextBlock | None = attrs.field(
        default=None, metadata={"wire": "consentTextBlock"}
    )
    rate_codes: list[MembershipOfferRateCode] | None = attrs.field(
        default=None, metadata={"wire": "rateCodes"}
    )
    """Rate codes of the module."""
    payment_frequency: MembershipOfferPaymentFrequency = attrs.field(
        metadata={"wire": "paymentFrequency"}
    )


@attrs.define(kw_only=True)
class MembershipOfferFlatFee(WireModel):
    """A flat fee that is part of an offer term."""

    name: str = attrs.field(metadata={"wire": "name"})
    """Name of the flat fee."""
    identifier: str | None = attrs.field(default=None, metadata={"wire": "identifier"})
    """Identifier of the flat fee."""
    formatted_payment_frequency: str = attrs.field(metadata={"wire": "formattedPaymentFrequency"})
    """Human readable payment frequency of the fee."""
    first_booking_delay: Term | None = attrs.field(
        default=None, metadata={"wire": "firstBookingDelay"}
    )
    payment_frequency: MembershipOfferPaymentFrequency | None = attrs.field(
        default=None, metadata={"wire": "paymentFrequency"}
    )
    starter_package: bool | None = attrs.field(default=None, metadata={"wire": "starterPackage"})
    """Whether the fee is a starter package."""


@attrs.define(kw_only=True)
class MembershipOfferSubsequentRate(WireModel):
    """Rate that follows the offer term."""

    name: str = attrs.field(metadata={"wire": "name"})
    """Name of the subsequent rate."""
    payment_frequency: MembershipOfferPaymentFrequency = attrs.field(
        metadata={"wire": "paymentFrequency"}
    )


@attrs.define(kw_only=True)
class MembershipOfferTermAdjustmentRule(WireModel):
    """A rule that changes the price of an offer term over time."""

    default_description: str = attrs.field(metadata={"wire": "defaultDescription"})
    """Full sentence describing the rule."""
    value: str = attrs.field(metadata={"wire": "value"})
    """Percentage or amount, depending on chargeAdjustmentType."""
    recurrence_frequency: str = attrs.field(metadata={"wire": "recurrenceFrequency"})
    """How often and when the rule applies."""
    type: MembershipOfferTermAdjustmentRuleType = attrs.field(metadata={"wire": "type"})
    """Direction of the adjustment."""
    charge_adjustment_type: MembershipOfferTermAdjustmentRuleChargeAdjustmentType = attrs.field(
        metadata={"wire": "chargeAdjustmentType"}
    )
    """How the price is changed."""


@attrs.define(kw_only=True)
class MembershipOfferTermExtended(WireModel):
    """One term of a membership offer, with fees, rules, bonus periods and optional modules."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the offer term."""
    term: Term | None = attrs.field(default=None, metadata={"wire": "term"})
    contract_volume_information: ContractVolume | None = attrs.field(
        default=None, metadata={"wire": "contractVolumeInformation"}
    )
    payment_frequency: MembershipOfferPaymentFrequency = attrs.field(
        metadata={"wire": "paymentFrequency"}
    )
    extension_term: Term | None = attrs.field(default=None, metadata={"wire": "extensionTerm"})
    default_contract_start_date: date | None = attrs.field(
        default=None, metadata={"wire": "defaultContractStartDate"}
    )
    """Default contract start date."""
    default_contract_start_date_of_use: date | None = attrs.field(
        default=None, metadata={"wire": "defaultContractStartDateOfUse"}
    )
    """Default first day of use."""
    price_adjustment_rules: list[MembershipOfferTermAdjustmentRule] | None = attrs.field(
        default=None, metadata={"wire": "priceAdjustmentRules"}
    )
    """Price adjustment rules of the term."""
    flat_fees: list[MembershipOfferFlatFee] = attrs.field(metadata={"wire": "flatFees"})
    """Flat fees of the term."""
    extension_fixed_term: Term | None = attrs.field(
        default=None, metadata={"wire": "extensionFixedTerm"}
    )
    extension_type: MembershipOfferExtensionType = attrs.field(metadata={"wire": "extensionType"})
    """How the contract is extended after the term."""
    subsequent_rate: MembershipOfferSubsequentRate | None = attrs.field(
        default=None, metadata={"wire": "subsequentRate"}
    )
    cancelation_strategy: MembershipOfferTermExtendedCancelationStrategy = attrs.field(
        metadata={"wire": "cancelationStrategy"}
    )
    """What the cancelation period is counted from."""
    cancelation_period: Term | None = attrs.field(
        default=None, metadata={"wire": "cancelationPeriod"}
    )
    extension_cancelation_period: Term | None = attrs.field(
        default=None, metadata={"wire": "extensionCancelationPeriod"}
    )
    rate_bonus_periods: list[MembershipOfferRateBonusPeriod] | None = attrs.field(
        default=None, metadata={"wire": "rateBonusPeriods"}
    )
    """Bonus periods of the term."""
    rate_start_price: Money | None = attrs.field(default=None, metadata={"wire": "rateStartPrice"})
    optional_modules: list[MembershipOfferModule] | None = attrs.field(
        default=None, metadata={"wire": "optionalModules"}
    )
    """Modules that can be added for an extra charge."""
    term_after_extension: Term | None = attrs.field(
        default=None, metadata={"wire": "termAfterExtension"}
    )
    price_after_extension: Money | None = attrs.field(
        default=None, metadata={"wire": "priceAfterExtension"}
    )


@attrs.define(kw_only=True)
class OpeningHoursCategory(WireModel):
    """An opening hours category of the studio."""

    category_id: int = attrs.field(metadata={"wire": "categoryId"})
    """ID of the category."""
    name: str = attrs.field(metadata={"wire": "name"})
    """Name of the category."""


@attrs.define(kw_only=True)
class TimeRestrictionAvailability(WireModel):
    """A weekly time window in which an offer may be used."""

    day_of_week: DayOfWeek = attrs.field(metadata={"wire": "dayOfWeek"})
    """Day of the week."""
    time_from: str = attrs.field(metadata={"wire": "timeFrom"})
    """Start time (ISO-8601 local time)."""
    time_to: str = attrs.field(metadata={"wire": "timeTo"})
    """End time (ISO-8601 local time)."""


@attrs.define(kw_only=True)
class MembershipOfferTimeRestrictions(WireModel):
    """Usage times of an offer, based on an opening hours category."""

    opening_hours_category: OpeningHoursCategory | None = attrs.field(
        default=None, metadata={"wire": "openingHoursCategory"}
    )
    availabilities: list[TimeRestrictionAvailability] | None = attrs.field(
        default=None, metadata={"wire": "availabilities"}
    )
    """Time windows in which the offer may be used."""


@attrs.define(kw_only=True)
class MembershipOfferExtended(WireModel):
    """A membership offer with modules, text blocks, payment choices and detailed terms."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the membership offer."""
    description: str = attrs.field(metadata={"wire": "description"})
    """Description of the offer."""
    name: str = attrs.field(metadata={"wire": "name"})
    """Name of the offer."""
    sub_description: str | None = attrs.field(default=None, metadata={"wire": "subDescription"})
    """Secondary description of the offer."""
    image_url: str | None = attrs.field(default=None, metadata={"wire": "imageUrl"})
    """Image download link; expires after 2 hours."""
    footnote: str | None = attrs.field(default=None, metadata={"wire": "footnote"})
    """Contractual or legal notes to show below the offer."""
    pre_use_type: ContractPreUseType = attrs.field(metadata={"wire": "preUseType"})
    limited_offering_period: DatePeriod = attrs.field(metadata={"wire": "limitedOfferingPeriod"})
    rate_codes: list[MembershipOfferRateCode] = attrs.field(metadata={"wire": "rateCodes"})
    """Rate codes of the offer."""
    included_modules: list[MembershipOfferIncludedModule] = attrs.field(
        metadata={"wire": "includedModules"}
    )
    """Modules included in the offer."""
    contract_signatures_required: bool | None = attrs.field(
        default=None, metadata={"wire": "contractSignaturesRequired"}
    )
    """Whether the contract must be signed."""
    allowed_payment_choices: list[PaymentChoice] = attrs.field(
        metadata={"wire": "allowedPaymentChoices"}
    )
    """Payment methods allowed for the offer."""
    maximum_number_of_selectable_modules: int | None = attrs.field(
        default=None, metadata={"wire": "maximumNumberOfSelectableModules"}
    )
    """How many selectable modules may be chosen; 0 means none."""
    contract_text_blocks: list[MembershipOfferTextBlock] = attrs.field(
        metadata={"wire": "contractTextBlocks"}
    )
    """Contract text blocks of the offer."""
    selectable_modules: list[MembershipOfferModule] | None = attrs.field(
        default=None, metadata={"wire": "selectableModules"}
    )
    """Modules the customer may choose from (up to maximumNumberOfSelectableModules)."""
    terms: list[MembershipOfferTermExtended] | None = attrs.field(
        default=None, metadata={"wire": "terms"}
    )
    """Terms available for the offer."""
    time_restrictions: MembershipOfferTimeRestrictions | None = attrs.field(
        default=None, metadata={"wire": "timeRestrictions"}
    )


@attrs.define(kw_only=True)
class TextBlockSignature(WireModel):
    """The customer's signature for one contract text block."""

    base64_svg_signature: str = attrs.field(metadata={"wire": "base64SvgSignature"})
    """Signature as Base64-encoded SVG."""
    text_block_id: int = attrs.field(metadata={"wire": "textBlockId"})
    """ID of the signed text block."""


@attrs.define(kw_only=True)
class MembershipSignupContract(WireModel):
    """Contract data for a new membership."""

    contract_offer_term_id: int = attrs.field(metadata={"wire": "contractOfferTermId"})
    """ID of the chosen offer term."""
    start_date: date = attrs.field(metadata={"wire": "startDate"})
    """Start date of the contract."""
    preuse_date: date | None = attrs.field(default=None, metadata={"wire": "preuseDate"})
    """First day of use before the start date; derived from the offer when omitted."""
    notes: str | None = attrs.field(default=None, metadata={"wire": "notes"})
    """Notes on the contract."""
    third_party_id: str | None = attrs.field(default=None, metadata={"wire": "thirdPartyId"})
    """ID of the contract in the integrator's own system."""
    employee_id: int | None = attrs.field(default=None, metadata={"wire": "employeeId"})
    """ID of the employee who created the membership."""
    referral_code: str | None = attrs.field(default=None, metadata={"wire": "referralCode"})
    """Referral code linking a recruiter."""
    selected_selectable_module_ids: list[int] | None = attrs.field(
        default=None, metadata={"wire": "selectedSelectableModuleIds"}
    )
    """IDs of the chosen selectable modules."""
    selected_optional_module_ids: list[int] | None = attrs.field(
        default=None, metadata={"wire": "selectedOptionalModuleIds"}
    )
    """IDs of the chosen optional modules."""
    initial_payment_request_token: str | None = attrs.field(
        default=None, metadata={"wire": "initialPaymentRequestToken"}
    )
    """Token of a pre-authorised payment from the user's payment session; not needed for previews."""
    contract_signature: Signature | None = attrs.field(
        default=None, metadata={"wire": "contractSignature"}
    )
    text_block_signatures: list[TextBlockSignature] | None = attrs.field(
        default=None, metadata={"wire": "textBlockSignatures"}
    )
    """Signatures for contract text blocks."""
    voucher_code: str | None = attrs.field(default=None, metadata={"wire": "voucherCode"})
    """Optional credit or discount voucher code."""


@attrs.define(kw_only=True)
class MembershipSignupRequest(WireModel):
    """Customer and contract data for a membership sign-up."""

    contract: MembershipSignupContract = attrs.field(metadata={"wire": "contract"})
    customer: MembershipSignupCustomer = attrs.field(metadata={"wire": "customer"})


@attrs.define(kw_only=True)
class MembershipSignupResult(WireModel):
    """Result of a membership sign-up."""

    customer_id: int = attrs.field(metadata={"wire": "customerId"})
    """ID of the newly created customer."""


@attrs.define(kw_only=True)
class MembershipSwitch(WireModel):
    """Data of a membership switch."""

    config_id: int = attrs.field(metadata={"wire": "configId"})
    """ID of the switch configuration."""
    membership_offer_term_id: int = attrs.field(metadata={"wire": "membershipOfferTermId"})
    """ID of the destination offer term."""
    source_contract_id: int = attrs.field(metadata={"wire": "sourceContractId"})
    """ID of the contract being switched from."""
    start_date: date = attrs.field(metadata={"wire": "startDate"})
    """Start date of the new contract."""
    notes: str | None = attrs.field(default=None, metadata={"wire": "notes"})
    """Notes on the switch."""
    third_party_id: str | None = attrs.field(default=None, metadata={"wire": "thirdPartyId"})
    """ID of the contract in the integrator's own system."""
    selected_selectable_module_ids: list[int] | None = attrs.field(
        default=None, metadata={"wire": "selectedSelectableModuleIds"}
    )
    """IDs of the chosen selectable modules."""
    selected_optional_module_ids: list[int] | None = attrs.field(
        default=None, metadata={"wire": "selectedOptionalModuleIds"}
    )
    """IDs of the chosen optional modules."""
    initial_payment_request_token: str | None = attrs.field(
        default=None, metadata={"wire": "initialPaymentRequestToken"}
    )
    """Token of a pre-authorised payment from the user's payment session; not needed for previews."""


@attrs.define(kw_only=True)
class MembershipSwitchConfigPresentationDto(WireModel):
    """Banner shown for a membership switch."""

    banner_text: str | None = attrs.field(default=None, metadata={"wire": "bannerText"})
    """Banner text."""
    image_url: str | None = attrs.field(default=None, metadata={"wire": "imageUrl"})
    """Banner image link; expires after 15 minutes."""


@attrs.define(kw_only=True)
class MembershipSwitchConfig(WireModel):
    """A membership switch configuration available to a customer."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the configuration."""
    name: str = attrs.field(metadata={"wire": "name"})
    """Name of the configuration."""
    presentation: MembershipSwitchConfigPresentationDto = attrs.field(
        metadata={"wire": "presentation"}
    )
    source_contracts: list[SimpleContract] = attrs.field(metadata={"wire": "sourceContracts"})
    """Contract rates that can be switched from."""


@attrs.define(kw_only=True)
class PaymentScheduleEntry(WireModel):
    """One upcoming payment of a previewed membership."""

    due_date: date | None = attrs.field(default=None, metadata={"wire": "dueDate"})
    """Due date of the payment."""
    description: str | None = attrs.field(default=None, metadata={"wire": "description"})
    """Description of the charge."""
    type: PaymentScheduleEntryType | None = attrs.field(default=None, metadata={"wire": "type"})
    """Kind of payment."""
    amount: Money | None = attrs.field(default=None, metadata={"wire": "amount"})
    mandatory_on_signing: bool | None = attrs.field(
        default=None, metadata={"wire": "mandatoryOnSigning"}
    )
    """Whether the payment is due when the contract is signed."""


@attrs.define(kw_only=True)
class PaymentPreview(WireModel):
    """Payment schedule of a previewed membership and the amount due on signing."""

    payment_schedule: list[PaymentScheduleEntry] | None = attrs.field(
        default=None, metadata={"wire": "paymentSchedule"}
    )
    """Payments in chronological order."""
    due_on_signing_amount: Money | None = attrs.field(
        default=None, metadata={"wire": "dueOnSigningAmount"}
    )


@attrs.define(kw_only=True)
class MembershipSwitchPreview(WireModel):
    """Effect of a membership switch before it is performed."""

    contract_volume_information: ContractVolume | None = attrs.field(
        default=None, metadata={"wire": "contractVolumeInformation"}
    )
    age_adjusted_price: Money | None = attrs.field(
        default=None, metadata={"wire": "ageAdjustedPrice"}
    )
    module_consent_text_blocks: list[MembershipOfferTextBlock] | None = attrs.field(
        default=None, metadata={"wire": "moduleConsentTextBlocks"}
    )
    """Contract text blocks of the switch."""
    payment_preview: PaymentPreview | None = attrs.field(
        default=None, metadata={"wire": "paymentPreview"}
    )


@attrs.define(kw_only=True)
class ModuleContractPreview(WireModel):
    """Preview of an optional module contract, with voucher effects."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the module."""
    name: str = attrs.field(metadata={"wire": "name"})
    """Name of the module."""
    discounted_price: Money | None = attrs.field(default=None, metadata={"wire": "discountedPrice"})
    """Discounted price with a valid discount voucher (use discountPeriods)."""
    discount_periods: list[VoucherDiscountPeriod] | None = attrs.field(
        default=None, metadata={"wire": "discountPeriods"}
    )
    """Discount periods of a valid discount voucher."""
    company_amount: Money | None = attrs.field(default=None, metadata={"wire": "companyAmount"})
    member_amount: Money | None = attrs.field(default=None, metadata={"wire": "memberAmount"})
    paid_time_period_calculation_type: PaidTimePeriodCalculationType | None = attrs.field(
        default=None, metadata={"wire": "paidTimePeriodCalculationType"}
    )
    """How the period of the first payment is determined."""
    payment_frequency: MembershipOfferPaymentFrequency = attrs.field(
        metadata={"wire": "paymentFrequency"}
    )
    formatted_payment_frequency: str = attrs.field(metadata={"wire": "formattedPaymentFrequency"})
    """Human readable payment frequency."""
    voucher_bonus_period: MembershipOfferRateBonusPeriod | None = attrs.field(
        default=None, metadata={"wire": "voucherBonusPeriod"}
    )
    credit_value: Money | None = attrs.field(default=None, metadata={"wire": "creditValue"})


@attrs.define(kw_only=True)
class OpenApiV1MembershipSwitchConfigExtended(WireModel):
    """A membership switch configuration with the offers that can be switched to."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the configuration."""
    name: str = attrs.field(metadata={"wire": "name"})
    """Name of the configuration."""
    presentation: MembershipSwitchConfigPresentationDto = attrs.field(
        metadata={"wire": "presentation"}
    )
    source_contracts: list[SimpleContract] = attrs.field(metadata={"wire": "sourceContracts"})
    """Contract rates that can be switched from."""
    destination_membership_offers: list[MembershipOfferExtended] = attrs.field(
        metadata={"wire": "destinationMembershipOffers"}
    )
    """Offers that can be switched to."""


@attrs.define(kw_only=True)
class OpenApiV1SignupPreviewDto(WireModel):
    """Prices, voucher effects and payment schedule of a membership before it is created."""

    base_price: Money = attrs.field(metadata={"wire": "basePrice"})
    pre_use_charge: Money | None = attrs.field(default=None, metadata={"wire": "preUseCharge"})
    voucher_type: VoucherType | None = attrs.field(default=None, metadata={"wire": "voucherType"})
    """Kind of the applied voucher."""
    voucher_remarks: str | None = attrs.field(default=None, metadata={"wire": "voucherRemarks"})
    """Remarks of the applied voucher."""
    voucher_discount_periods: list[VoucherDiscountPeriod] | None = attrs.field(
        default=None, metadata={"wire": "voucherDiscountPeriods"}
    )
    """Discount periods of a valid discount voucher."""
    discounted_pre_use_charge: Money | None = attrs.field(
        default=None, metadata={"wire": "discountedPreUseCharge"}
    )
    credit_value: Money | None = attrs.field(default=None, metadata={"wire": "creditValue"})
    company_fee_split_type: DiscountType | None = attrs.field(
        default=None, metadata={"wire": "companyFeeSplitType"}
    )
    """Whether the company share is absolute or a percentage."""
    company_fee_split_value: Money | None = attrs.field(
        default=None, metadata={"wire": "companyFeeSplitValue"}
    )
    company_name: str | None = attrs.field(default=None, metadata={"wire": "companyName"})
    """Company paying its share of the fee."""
    company_amount: Money | None = attrs.field(default=None, metadata={"wire": "companyAmount"})
    member_amount: Money | None = attrs.field(default=None, metadata={"wire": "memberAmount"})
    company_amount_without_discount: Money | None = attrs.field(
        default=None, metadata={"wire": "companyAmountWithoutDiscount"}
    )
    member_amount_without_discount: Money | None = attrs.field(
        default=None, metadata={"wire": "memberAmountWithoutDiscount"}
    )
    voucher_bonus_period: MembershipOfferRateBonusPeriod | None = attrs.field(
        default=None, metadata={"wire": "voucherBonusPeriod"}
    )
    voucher_text_blocks: list[MembershipOfferTextBlock] | None = attrs.field(
        default=None, metadata={"wire": "voucherTextBlocks"}
    )
    """Text blocks of the applied voucher."""
    flat_fee_previews: list[FlatFeePreview] | None = attrs.field(
        default=None, metadata={"wire": "flatFeePreviews"}
    )
    """Flat fees with voucher effects."""
    voucher_success_message: str | None = attrs.field(
        default=None, metadata={"wire": "voucherSuccessMessage"}
    )
    """Text describing the applied voucher."""
    voucher_error_code: VoucherErrorCode | None = attrs.field(
        default=None, metadata={"wire": "voucherErrorCode"}
    )
    """Set when the voucher code is invalid."""
    age_adjusted_price: Money | None = attrs.field(
        default=None, metadata={"wire": "ageAdjustedPrice"}
    )
    contract_volume_information: ContractVolume | None = attrs.field(
        default=None, metadata={"wire": "contractVolumeInformation"}
    )
    module_consent_text_blocks: list[MembershipOfferTextBlock] | None = attrs.field(
        default=None, metadata={"wire": "moduleConsentTextBlocks"}
    )
    """Consent text blocks of the contract's modules."""
    selected_optional_modules_previews: list[ModuleContractPreview] | None = attrs.field(
        default=None, metadata={"wire": "selectedOptionalModulesPreviews"}
    )
    """Chosen optional modules with voucher effects."""
    payment_preview: PaymentPreview | None = attrs.field(
        default=None, metadata={"wire": "paymentPreview"}
    )
    voucher_effective_period: VoucherEffectivePeriod | None = attrs.field(
        default=None, metadata={"wire": "voucherEffectivePeriod"}
    )
    """For how long the voucher applies (use voucherDiscountPeriods)."""
    effective_period_time_based_term: Term | None = attrs.field(
        default=None, metadata={"wire": "effectivePeriodTimeBasedTerm"}
    )
    """Term a time-based voucher discount applies for (use voucherDiscountPeriods)."""
    discounted_base_price: Money | None = attrs.field(
        default=None, metadata={"wire": "discountedBasePrice"}
    )
    """Discounted base price with a valid discount voucher (use voucherDiscountPeriods)."""
    discount_type: DiscountType | None = attrs.field(
        default=None, metadata={"wire": "discountType"}
    )
    """Whether the discount is absolute or a percentage (use voucherDiscountPeriods)."""
    discount_value: Money | None = attrs.field(default=None, metadata={"wire": "discountValue"})
    """Discount value of a valid discount voucher (use voucherDiscountPeriods)."""
