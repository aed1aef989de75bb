"""Typed models of the PerfectGym Next Open API (1.13.2): the ``membership_self_service`` tag's own shapes.

Import them from ``perfectgym_async.models`` (``models.AdditionalModuleMonthDayToPrice``); this module is
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
    AmendmentConfigurationStatus,
    ContractStatus,
    MembershipOfferRateCode,
    Money,
    MonthDay,
    PaymentFrequencyType,
    PriceDetails,
    Term,
    TimePeriod,
)

__all__ = [
    "AdditionalModuleExtensionType",
    "AdditionalModuleValidationStatus",
    "ContractCancelationStatus",
    "IdlePeriodFeeCalculationType",
    "IdlePeriodState",
    "IdlePeriodTemporalUnit",
    "IdlePeriodValidationStatus",
    "MembershipSelfServiceContractDataCancelationOrigin",
    "AdditionalModuleMonthDayToPrice",
    "AdditionalModuleTermToPrice",
    "AdditionalModulePaymentFrequency",
    "AdditionalModuleTrialPeriodConfig",
    "AdditionalModuleExtension",
    "TermInformation",
    "AdditionalModule",
    "AdditionalModuleContract",
    "AdditionalModuleContractCancelation",
    "AdditionalModuleContractTrialPeriod",
    "AdditionalModuleContractExtended",
    "AdditionalModuleContractRequest",
    "AdditionalModuleContractValidationStatus",
    "ContractCancelationReason",
    "IdlePeriodFeeCalculationConfig",
    "IdlePeriodFeeDetails",
    "IdlePeriodReason",
    "IdlePeriod",
    "IdlePeriodConfiguration",
    "IdlePeriodLists",
    "IdlePeriodPreviewCharge",
    "IdlePeriodRequest",
    "IdlePeriodUpdatePreview",
    "IdlePeriodUpdateRequest",
    "IdlePeriodValidationRequest",
    "IdlePeriodValidationStatusResult",
    "MembershipSelfServiceContractData",
    "MembershipSelfServiceMainContractCancelation",
    "RemainingIdlePeriods",
]


class AdditionalModuleExtensionType(OpenEnum):
    """Kind of extension.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    TERM_EXTENSION = "TERM_EXTENSION"
    NEW = "NEW"


class AdditionalModuleValidationStatus(OpenEnum):
    """ADDITIONAL_MODULE_PURCHASABLE if the purchase is possible, otherwise the reason it is not.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    ADDITIONAL_MODULE_CONTRACT_ALREADY_PURCHASED = "ADDITIONAL_MODULE_CONTRACT_ALREADY_PURCHASED"
    ADDITIONAL_MODULE_CONTRACT_INVALID_STATUS = "ADDITIONAL_MODULE_CONTRACT_INVALID_STATUS"
    ADDITIONAL_MODULE_NOT_FOUND = "ADDITIONAL_MODULE_NOT_FOUND"
    ADDITIONAL_MODULE_NOT_ONLINE_PURCHASABLE = "ADDITIONAL_MODULE_NOT_ONLINE_PURCHASABLE"
    ADDITIONAL_MODULE_TRIAL_PERIOD_NOT_BOOKABLE = "ADDITIONAL_MODULE_TRIAL_PERIOD_NOT_BOOKABLE"
    ADDITIONAL_MODULE_PURCHASABLE = "ADDITIONAL_MODULE_PURCHASABLE"


class ContractCancelationStatus(OpenEnum):
    """State of the contract's cancelation.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    CANCELED = "CANCELED"
    PENDING_VERIFICATION = "PENDING_VERIFICATION"
    PENDING_WITHDRAWAL_VERIFICATION = "PENDING_WITHDRAWAL_VERIFICATION"


class IdlePeriodFeeCalculationType(OpenEnum):
    """Kind of fee calculation.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    NONE = "NONE"
    ABSOLUTE = "ABSOLUTE"
    RELATIVE = "RELATIVE"
    TERM_BASED = "TERM_BASED"


class IdlePeriodState(OpenEnum):
    """Whether the idle period is accepted or awaits verification.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    PENDING_VERIFICATION = "PENDING_VERIFICATION"
    ACCEPTED = "ACCEPTED"


class IdlePeriodTemporalUnit(OpenEnum):
    """Temporal unit of idle periods.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"


class IdlePeriodValidationStatus(OpenEnum):
    """IDLEPERIOD_CREATABLE or IDLEPERIOD_UPDATABLE when possible, otherwise the reason it is not.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    IDLEPERIOD_DEACTIVATED_FOR_CONTRACT = "IDLEPERIOD_DEACTIVATED_FOR_CONTRACT"
    IDLEPERIOD_PENDING_VERIFICATION = "IDLEPERIOD_PENDING_VERIFICATION"
    IDLEPERIOD_DATE_NOT_FIRSTDAY_OF_TEMPORALUNIT = "IDLEPERIOD_DATE_NOT_FIRSTDAY_OF_TEMPORALUNIT"
    IDLEPERIOD_DEADLINE_VIOLATED = "IDLEPERIOD_DEADLINE_VIOLATED"
    IDLEPERIOD_EXPECTED_STARTDATE_MISMATCH = "IDLEPERIOD_EXPECTED_STARTDATE_MISMATCH"
    IDLEPERIOD_MAXIMUM_YEARS_VIOLATED = "IDLEPERIOD_MAXIMUM_YEARS_VIOLATED"
    IDLEPERIOD_OVERLAPPING = "IDLEPERIOD_OVERLAPPING"
    IDLEPERIOD_TEMPORALUNIT_INVALID = "IDLEPERIOD_TEMPORALUNIT_INVALID"
    IDLEPERIOD_MAXIMUM_TERMS_VIOLATED = "IDLEPERIOD_MAXIMUM_TERMS_VIOLATED"
    IDLEPERIOD_CREATABLE = "IDLEPERIOD_CREATABLE"
    IDLEPERIOD_TERMVALUE_MISSING = "IDLEPERIOD_TERMVALUE_MISSING"
    IDLEPERIOD_UNLIMITED_PARAMETER_IS_MISSING = "IDLEPERIOD_UNLIMITED_PARAMETER_IS_MISSING"
    IDLEPERIOD_ENDDATE_AND_TERM_PROVIDED = "IDLEPERIOD_ENDDATE_AND_TERM_PROVIDED"
    IDLEPERIOD_ENDDATE_BEFORE_STARTDATE = "IDLEPERIOD_ENDDATE_BEFORE_STARTDATE"
    IDLEPERIOD_ENDDATE_ONLY_FOR_SHORTENING = "IDLEPERIOD_ENDDATE_ONLY_FOR_SHORTENING"
    IDLEPERIOD_UPDATABLE = "IDLEPERIOD_UPDATABLE"


class MembershipSelfServiceContractDataCancelationOrigin(OpenEnum):
    """Who initiated the cancelation.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    STUDIO = "STUDIO"
    CUSTOMER = "CUSTOMER"


@attrs.define(kw_only=True)
class AdditionalModuleMonthDayToPrice(WireModel):
    """Module price that applies on a given day of the year."""

    month_day: MonthDay = attrs.field(metadata={"wire": "monthDay"})
    price: Money = attrs.field(metadata={"wire": "price"})


@attrs.define(kw_only=True)
class AdditionalModuleTermToPrice(WireModel):
    """Module price that becomes active once the given term has passed."""

    term: Term = attrs.field(metadata={"wire": "term"})
    price: Money = attrs.field(metadata={"wire": "price"})


@attrs.define(kw_only=True)
class AdditionalModulePaymentFrequency(WireModel):
    """A payment frequency an additional module can be bought with."""

    id: int | None = attrs.field(default=None, metadata={"wire": "id"})
    """ID of the payment frequency."""
    type: PaymentFrequencyType = attrs.field(metadata={"wire": "type"})
    """Kind of payment frequency."""
    term: Term | None = attrs.field(default=None, metadata={"wire": "term"})
    price: Money | None = attrs.field(default=None, metadata={"wire": "price"})
    month_days_to_prices: list[AdditionalModuleMonthDayToPrice] | None = attrs.field(
        default=None, metadata={"wire": "monthDaysToPrices"}
    )
    """Prices per day of the year (MONTH_DAY frequencies)."""
    terms_to_prices: list[AdditionalModuleTermToPrice] | None = attrs.field(
        default=None, metadata={"wire": "termsToPrices"}
    )
    """Prices that apply after each term has passed (TERM_BASED frequencies)."""


@attrs.define(kw_only=True)
class AdditionalModuleTrialPeriodConfig(WireModel):
    """Trial period offered for an additional module."""

    term: Term = attrs.field(metadata={"wire": "term"})
    description: str | None = attrs.field(default=None, metadata={"wire": "description"})
    """Description of the trial period."""


@attrs.define(kw_only=True)
class AdditionalModuleExtension(WireModel):
    """How an additional module contract is extended."""

    extension_type: AdditionalModuleExtensionType = attrs.field(metadata={"wire": "extensionType"})
    """Kind of extension."""
    term_extension: Term | None = attrs.field(default=None, metadata={"wire": "termExtension"})
    extension_cancelation_period: Term | None = attrs.field(
        default=None, metadata={"wire": "extensionCancelationPeriod"}
    )


@attrs.define(kw_only=True)
class TermInformation(WireModel):
    """Runtime, extension and cancelation period of an additional module."""

    term: Term = attrs.field(metadata={"wire": "term"})
    extension: AdditionalModuleExtension | None = attrs.field(
        default=None, metadata={"wire": "extension"}
    )
    cancelation_period: Term | None = attrs.field(
        default=None, metadata={"wire": "cancelationPeriod"}
    )


@attrs.define(kw_only=True)
class AdditionalModule(WireModel):
    """An additional module that can be bought on top of a main contract."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the additional module."""
    name: str = attrs.field(metadata={"wire": "name"})
    """Name of the module rate."""
    description: str | None = attrs.field(default=None, metadata={"wire": "description"})
    """Description of the module rate."""
    image_url: str = attrs.field(metadata={"wire": "imageUrl"})
    """Image link of the module."""
    payment_frequencies: list[AdditionalModulePaymentFrequency] = attrs.field(
        metadata={"wire": "paymentFrequencies"}
    )
    """Payment frequencies the module can be bought with."""
    term_information: TermInformation = attrs.field(metadata={"wire": "termInformation"})
    trial_period_config: AdditionalModuleTrialPeriodConfig | None = attrs.field(
        default=None, metadata={"wire": "trialPeriodConfig"}
    )
    rate_codes: list[MembershipOfferRateCode] | None = attrs.field(
        default=None, metadata={"wire": "rateCodes"}
    )
    """Rate codes of the module rate."""


@attrs.define(kw_only=True)
class AdditionalModuleContract(WireModel):
    """A newly bought additional module contract."""

    id: int | None = attrs.field(default=None, metadata={"wire": "id"})
    """ID of the additional module contract."""


@attrs.define(kw_only=True)
class AdditionalModuleContractCancelation(WireModel):
    """Request to cancel an additional module contract."""

    cancelation_date: date = attrs.field(metadata={"wire": "cancelationDate"})
    """Date the module contract should end."""
    cancelation_reason_id: int = attrs.field(metadata={"wire": "cancelationReasonId"})
    """ID of the cancelation reason."""


@attrs.define(kw_only=True)
class AdditionalModuleContractTrialPeriod(WireModel):
    """Trial period of an additional module contract."""

    term: Term | None = attrs.field(default=None, metadata={"wire": "term"})
    start_date: date | None = attrs.field(default=None, metadata={"wire": "startDate"})
    """First day of the trial period."""


@attrs.define(kw_only=True)
class AdditionalModuleContractExtended(WireModel):
    """An additional module contract with its price, dates and cancelation state."""

    name: str = attrs.field(metadata={"wire": "name"})
    """Name of the module contract."""
    price: Money = attrs.field(metadata={"wire": "price"})
    start_date: date = attrs.field(metadata={"wire": "startDate"})
    """Start date of the module contract."""
    end_date: date | None = attrs.field(default=None, metadata={"wire": "endDate"})
    """End date of the module contract."""
    cancelation_date: date | None = attrs.field(default=None, metadata={"wire": "cancelationDate"})
    """Date the module contract ends because of a cancelation."""
    last_possible_cancelation_date: date | None = attrs.field(
        default=None, metadata={"wire": "lastPossibleCancelationDate"}
    )
    """Last date on which the module contract can still be canceled."""
    cancelation_reason: str | None = attrs.field(
        default=None, metadata={"wire": "cancelationReason"}
    )
    """Reason of the cancelation."""
    contract_cancelation_status: ContractCancelationStatus | None = attrs.field(
        default=None, metadata={"wire": "contractCancelationStatus"}
    )
    """State of the module contract's cancelation."""
    contract_cancelation_can_be_withdrawn: bool = attrs.field(
        metadata={"wire": "contractCancelationCanBeWithdrawn"}
    )
    """Whether the cancelation can still be withdrawn."""
    trial_period: AdditionalModuleContractTrialPeriod | None = attrs.field(
        default=None, metadata={"wire": "trialPeriod"}
    )
    rate_codes: list[MembershipOfferRateCode] | None = attrs.field(
        default=None, metadata={"wire": "rateCodes"}
    )
    """Rate codes of the module contract."""
    available_cancelation_dates: list[date] | None = attrs.field(
        default=None, metadata={"wire": "availableCancelationDates"}
    )
    """Dates the module contract can be canceled to."""


@attrs.define(kw_only=True)
class AdditionalModuleContractRequest(WireModel):
    """Additional module to validate or buy for a main contract."""

    additional_module_id: int = attrs.field(metadata={"wire": "additionalModuleId"})
    """ID of the additional module."""
    payment_frequency_id: int = attrs.field(metadata={"wire": "paymentFrequencyId"})
    """ID of the chosen payment frequency of the module."""
    book_trial_period: bool = attrs.field(metadata={"wire": "bookTrialPeriod"})
    """Whether to book the trial period; the module needs a trial period configuration."""


@attrs.define(kw_only=True)
class AdditionalModuleContractValidationStatus(WireModel):
    """Outcome of an additional module purchase validation."""

    validation_status: AdditionalModuleValidationStatus = attrs.field(
        metadata={"wire": "validationStatus"}
    )
    """ADDITIONAL_MODULE_PURCHASABLE if the purchase is possible, otherwise the reason it is not."""


@attrs.define(kw_only=True)
class ContractCancelationReason(WireModel):
    """A contract cancelation reason configured for the studio."""

    cancelation_reason_id: int = attrs.field(metadata={"wire": "cancelationReasonId"})
    """ID of the reason."""
    cancelation_reason_name: str = attrs.field(metadata={"wire": "cancelationReasonName"})
    """Name of the reason."""


@attrs.define(kw_only=True)
class IdlePeriodFeeCalculationConfig(WireModel):
    """How the fee of an idle period is calculated."""

    idle_period_amount: Money = attrs.field(metadata={"wire": "idlePeriodAmount"})
    idle_period_amount_per_term_unit: Money | None = attrs.field(
        default=None, metadata={"wire": "idlePeriodAmountPerTermUnit"}
    )
    default_temporal_unit: IdlePeriodTemporalUnit | None = attrs.field(
        default=None, metadata={"wire": "defaultTemporalUnit"}
    )
    """Default temporal unit of idle periods."""
    dynamic_idle_period_amount_percentage: Decimal | None = attrs.field(
        default=None, metadata={"wire": "dynamicIdlePeriodAmountPercentage"}
    )
    """Percentage used for a dynamic idle period amount."""
    recurring_idle_period_charges: bool | None = attrs.field(
        default=None, metadata={"wire": "recurringIdlePeriodCharges"}
    )
    """Whether idle period charges recur."""


@attrs.define(kw_only=True)
class IdlePeriodFeeDetails(WireModel):
    """Fee of an idle period and how it was calculated."""

    idle_period_fee_calculation_type: IdlePeriodFeeCalculationType | None = attrs.field(
        default=None, metadata={"wire": "idlePeriodFeeCalculationType"}
    )
    """Kind of fee calculation."""
    idle_period_total_amount: Money | None = attrs.field(
        default=None, metadata={"wire": "idlePeriodTotalAmount"}
    )
    idle_period_fee_calculation_amount: Money | None = attrs.field(
        default=None, metadata={"wire": "idlePeriodFeeCalculationAmount"}
    )
    idle_period_fee_calculation_term: Term | None = attrs.field(
        default=None, metadata={"wire": "idlePeriodFeeCalculationTerm"}
    )
    idle_period_fee_calculation_percentage: Decimal | None = attrs.field(
        default=None, metadata={"wire": "idlePeriodFeeCalculationPercentage"}
    )
    """Percentage used for the calculation."""


@attrs.define(kw_only=True)
class IdlePeriodReason(WireModel):
    """A reason for an idle period."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the reason."""
    name: str = attrs.field(metadata={"wire": "name"})
    """Name of the reason."""
    document_required: bool = attrs.field(metadata={"wire": "documentRequired"})
    """Whether a proof document is required."""


@attrs.define(kw_only=True)
class IdlePeriod(WireModel):
    """An idle period of a contract, or the amendment for it while verification is pending."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the idle period, or of the amendment while it is pending."""
    start_date: date = attrs.field(metadata={"wire": "startDate"})
    """First day of the idle period."""
    end_date: date | None = attrs.field(default=None, metadata={"wire": "endDate"})
    """Last day of the idle period."""
    unlimited: bool | None = attrs.field(default=None, metadata={"wire": "unlimited"})
    """Whether the idle period has no end."""
    document_url: str | None = attrs.field(default=None, metadata={"wire": "documentUrl"})
    """Download link of the proof document; expires after 15 minutes."""
    state: IdlePeriodState = attrs.field(metadata={"wire": "state"})
    """Whether the idle period is accepted or awaits verification."""
    idle_period_fee_calculation_config: IdlePeriodFeeCalculationConfig | None = attrs.field(
        default=None, metadata={"wire": "idlePeriodFeeCalculationConfig"}
    )
    idle_period_fee: IdlePeriodFeeDetails | None = attrs.field(
        default=None, metadata={"wire": "idlePeriodFee"}
    )
    idle_period_reason: IdlePeriodReason = attrs.field(metadata={"wire": "idlePeriodReason"})
    reason: str = attrs.field(metadata={"wire": "reason"})
    """Name of the idle period reason."""
    fee: Money = attrs.field(metadata={"wire": "fee"})


@attrs.define(kw_only=True)
class IdlePeriodConfiguration(WireModel):
    """Idle period rules of a contract."""

    temporal_unit: IdlePeriodTemporalUnit = attrs.field(metadata={"wire": "temporalUnit"})
    """Temporal unit of idle periods."""
    max_terms: int = attrs.field(metadata={"wire": "maxTerms"})
    """Maximum number of idle period terms."""
    first_possible_start_date: date = attrs.field(metadata={"wire": "firstPossibleStartDate"})
    """Earliest start date of a new idle period."""
    next_possible_start_date_only: bool = attrs.field(
        metadata={"wire": "nextPossibleStartDateOnly"}
    )
    """Whether firstPossibleStartDate is the only allowed start date."""
    idle_period_fee: Money = attrs.field(metadata={"wire": "idlePeriodFee"})
    access_refusal: bool = attrs.field(metadata={"wire": "accessRefusal"})
    """Whether studio access is refused during the idle period."""
    idle_period_reasons: list[IdlePeriodReason] = attrs.field(
        metadata={"wire": "idlePeriodReasons"}
    )
    """Reasons that may be chosen."""
    idle_period_creation_status: AmendmentConfigurationStatus = attrs.field(
        metadata={"wire": "idlePeriodCreationStatus"}
    )
    """Whether idle periods can be created and whether they need verification."""
    contract_has_extension: bool = attrs.field(metadata={"wire": "contractHasExtension"})
    """Whether an idle period moves the contract end date."""
    unlimited_allowed: bool = attrs.field(metadata={"wire": "unlimitedAllowed"})
    """Whether an idle period without end may be created."""
    free_terms: Term = attrs.field(metadata={"wire": "freeTerms"})
    day_based_term_shortening_allowed: bool = attrs.field(
        metadata={"wire": "dayBasedTermShorteningAllowed"}
    )
    """Whether an update may shorten an idle period day by day via endDate, regardless of temporalUnit."""
    idle_period_fee_calculation_config: IdlePeriodFeeCalculationConfig = attrs.field(
        metadata={"wire": "idlePeriodFeeCalculationConfig"}
    )


@attrs.define(kw_only=True)
class IdlePeriodLists(WireModel):
    """Idle periods of a contract, split into past and current or upcoming."""

    past_idle_periods: list[IdlePeriod] = attrs.field(metadata={"wire": "pastIdlePeriods"})
    """Idle periods that have ended."""
    current_and_upcoming_idle_periods: list[IdlePeriod] = attrs.field(
        metadata={"wire": "currentAndUpcomingIdlePeriods"}
    )
    """Idle periods that are running or still to come."""


@attrs.define(kw_only=True)
class IdlePeriodPreviewCharge(WireModel):
    """A contract charge as it would be after an idle period update."""

    paid_period_from: date | None = attrs.field(default=None, metadata={"wire": "paidPeriodFrom"})
    """First day of the period paid by the charge."""
    paid_period_to: date | None = attrs.field(default=None, metadata={"wire": "paidPeriodTo"})
    """Last day of the period paid by the charge."""
    due_date: date = attrs.field(metadata={"wire": "dueDate"})
    """Date the charge is due."""
    description: str | None = attrs.field(default=None, metadata={"wire": "description"})
    """Description of the charge."""
    amount: Money = attrs.field(metadata={"wire": "amount"})
    discounted_amount: Money | None = attrs.field(
        default=None, metadata={"wire": "discountedAmount"}
    )


@attrs.define(kw_only=True)
class IdlePeriodRequest(WireModel):
    """Data of a new idle period."""

    start_date: date = attrs.field(metadata={"wire": "startDate"})
    """First day of the idle period."""
    temporal_unit: IdlePeriodTemporalUnit | None = attrs.field(
        default=None, metadata={"wire": "temporalUnit"}
    )
    """Temporal unit of termValue."""
    term_value: int | None = attrs.field(default=None, metadata={"wire": "termValue"})
    """Duration in temporalUnit units."""
    unlimited: bool | None = attrs.field(default=None, metadata={"wire": "unlimited"})
    """True for an idle period without end; then leave termValue and temporalUnit out."""
    reason_id: int = attrs.field(metadata={"wire": "reasonId"})
    """ID of the idle period reason."""


@attrs.define(kw_only=True)
class IdlePeriodUpdatePreview(WireModel):
    """Effect of an idle period update on the contract end date and charges."""

    preview_end_date: date | None = attrs.field(default=None, metadata={"wire": "previewEndDate"})
    """Contract end date after the update."""
    preview_charges: list[IdlePeriodPreviewCharge] | None = attrs.field(
        default=None, metadata={"wire": "previewCharges"}
    )
    """Contract charges after the update."""
    validation_status: IdlePeriodValidationStatus = attrs.field(
        metadata={"wire": "validationStatus"}
    )
    """IDLEPERIOD_UPDATABLE when the update is possible, otherwise the reason it is not."""


@attrs.define(kw_only=True)
class IdlePeriodUpdateRequest(WireModel):
    """New data of an existing idle period."""

    start_date: date = attrs.field(metadata={"wire": "startDate"})
    """First day of the idle period."""
    temporal_unit: IdlePeriodTemporalUnit | None = attrs.field(
        default=None, metadata={"wire": "temporalUnit"}
    )
    """Temporal unit of termValue."""
    term_value: int | None = attrs.field(default=None, metadata={"wire": "termValue"})
    """Duration in temporalUnit units."""
    unlimited: bool | None = attrs.field(default=None, metadata={"wire": "unlimited"})
    """True for an idle period without end; then leave termValue and temporalUnit out."""
    reason_id: int = attrs.field(metadata={"wire": "reasonId"})
    """ID of the idle period reason."""
    end_date: date | None = attrs.field(default=None, metadata={"wire": "endDate"})
    """New last day; only used to shorten an idle period while keeping its start date."""


@attrs.define(kw_only=True)
class IdlePeriodValidationRequest(WireModel):
    """Idle period data to validate."""

    start_date: date = attrs.field(metadata={"wire": "startDate"})
    """First day of the idle period."""
    temporal_unit: IdlePeriodTemporalUnit | None = attrs.field(
        default=None, metadata={"wire": "temporalUnit"}
    )
    """Temporal unit of termValue."""
    term_value: int | None = attrs.field(default=None, metadata={"wire": "termValue"})
    """Duration in temporalUnit units."""
    unlimited: bool | None = attrs.field(default=None, metadata={"wire": "unlimited"})
    """True for an idle period without end; then leave termValue and temporalUnit out."""


@attrs.define(kw_only=True)
class IdlePeriodValidationStatusResult(WireModel):
    """Outcome of an idle period validation."""

    validation_status: IdlePeriodValidationStatus = attrs.field(
        metadata={"wire": "validationStatus"}
    )
    """IDLEPERIOD_CREATABLE or IDLEPERIOD_UPDATABLE when possible, otherwise the reason it is not."""


@attrs.define(kw_only=True)
class MembershipSelfServiceContractData(WireModel):
    """A customer's main membership contract as seen in self-service."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the contract."""
    start_date: date = attrs.field(metadata={"wire": "startDate"})
    """Start date of the contract."""
    end_date: date = attrs.field(metadata={"wire": "endDate"})
    """End date of the contract."""
    rate_name: str = attrs.field(metadata={"wire": "rateName"})
    """Name of the contract rate."""
    contract_status: ContractStatus = attrs.field(metadata={"wire": "contractStatus"})
    cancelation_period: TimePeriod | None = attrs.field(
        default=None, metadata={"wire": "cancelationPeriod"}
    )
    cancelation_status: ContractCancelationStatus | None = attrs.field(
        default=None, metadata={"wire": "cancelationStatus"}
    )
    """State of the contract's cancelation."""
    cancelation_date: date | None = attrs.field(default=None, metadata={"wire": "cancelationDate"})
    """Date the contract ends because of the cancelation."""
    cancelation_reason: str | None = attrs.field(
        default=None, metadata={"wire": "cancelationReason"}
    )
    """Name of the cancelation reason."""
    price_details: PriceDetails = attrs.field(metadata={"wire": "priceDetails"})
    last_possible_cancelation_date: date | None = attrs.field(
        default=None, metadata={"wire": "lastPossibleCancelationDate"}
    )
    """Last date on which the contract can still be canceled."""
    available_cancelation_dates: list[date] | None = attrs.field(
        default=None, metadata={"wire": "availableCancelationDates"}
    )
    """Dates the contract can be canceled to."""
    cancelation_origin: MembershipSelfServiceContractDataCancelationOrigin | None = attrs.field(
        default=None, metadata={"wire": "cancelationOrigin"}
    )
    """Who initiated the cancelation."""
    rate_codes: list[MembershipOfferRateCode] | None = attrs.field(
        default=None, metadata={"wire": "rateCodes"}
    )
    """Rate codes of the contract."""
    price: Decimal = attrs.field(metadata={"wire": "price"})
    """Base price of the contract (use priceDetails)."""


@attrs.define(kw_only=True)
class MembershipSelfServiceMainContractCancelation(WireModel):
    """Request to cancel a customer's main contract."""

    cancelation_date: date = attrs.field(metadata={"wire": "cancelationDate"})
    """Date the contract should end."""
    cancelation_reason_id: int = attrs.field(metadata={"wire": "cancelationReasonId"})
    """ID of the cancelation reason."""
    contract_id: int = attrs.field(metadata={"wire": "contractId"})
    """ID of the contract."""


@attrs.define(kw_only=True)
class RemainingIdlePeriods(WireModel):
    """Idle period terms a contract still has left."""

    remaining_max_terms: Term | None = attrs.field(
        default=None, metadata={"wire": "remainingMaxTerms"}
    )
    remaining_free_terms: Term = attrs.field(metadata={"wire": "remainingFreeTerms"})
