"""Typed models of the PerfectGym Next Open API (1.13.2): the ``finance`` tag's own shapes.

Import them from ``perfectgym_async.models`` (``models.AddressStatus``); this module is
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

__all__ = [
    "AddressStatusType",
    "BlockLimitType",
    "ClosureOptionKey",
    "ClosureUpdateRejectionReason",
    "ClosureUpdateType",
    "ContactDetailsType",
    "ContactStatusType",
    "DebtCollectionType",
    "DebtDerecognitionMode",
    "DebtLatestRejectionReason",
    "DebtMaturityType",
    "DebtType",
    "RecurrencePeriod",
    "TaxAdvisorExportFileFormat",
    "TaxAdvisorExportFormat",
    "TaxAdvisorExportLocale",
    "TransferDetailsOrigin",
    "TransferDetailsStatus",
    "AddressStatus",
    "AddressDetails",
    "ClosureOption",
    "ClosureUpdate",
    "OpenApiV1BlockDto",
    "DebtUpdate",
    "AgencyCollectionCaseUpdate",
    "ContactStatus",
    "ContactDetails",
    "PaymentDetails",
    "ClientDetails",
    "OpenApiV1Block",
    "Recurrence",
    "Debt",
    "CollectionCase",
    "ContractDetails",
    "DebtCollectionConfiguration",
    "DebtorUpdate",
    "DebtCollectionUpdate",
    "LiablePersonDetails",
    "Debtor",
    "DebtorId",
    "TaxAdvisorCreateExport",
    "TaxAdvisorExportDownload",
    "TaxAdvisorExportResult",
    "TransferDetails",
]


class AddressStatusType(OpenEnum):
    """Whether the address is valid.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    VALID = "VALID"
    INVALID = "INVALID"


class BlockLimitType(OpenEnum):
    """DISABLED removes the block, LIMITED blocks until endDate, UNLIMITED blocks for good.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    DISABLED = "DISABLED"
    LIMITED = "LIMITED"
    UNLIMITED = "UNLIMITED"


class ClosureOptionKey(OpenEnum):
    """Option name; WRITE_OFF_REMAINING_DEBTS takes 'true' or 'false'.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    WRITE_OFF_REMAINING_DEBTS = "WRITE_OFF_REMAINING_DEBTS"


class ClosureUpdateRejectionReason(OpenEnum):
    """Why the agency rejected the case; needed when type is REJECTION.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    CLAIMS_ALREADY_IN_COURT = "CLAIMS_ALREADY_IN_COURT"
    MISSING_COMPENSATION_BLOCKING_DUNNING_PROCESS = "MISSING_COMPENSATION_BLOCKING_DUNNING_PROCESS"
    NO_INFORMATION_ABOUT_LEGAL_REPRESENTATIVE = "NO_INFORMATION_ABOUT_LEGAL_REPRESENTATIVE"
    NO_COLLECTION_ABROAD_POSSIBLE = "NO_COLLECTION_ABROAD_POSSIBLE"
    COLLECTING_FROM_INHERIT_NOT_POSSIBLE = "COLLECTING_FROM_INHERIT_NOT_POSSIBLE"
    CLAIMS_TIME_BARRED_OR_RESIDUAL_DEBT_DISCHARGE_GRANTED = (
        "CLAIMS_TIME_BARRED_OR_RESIDUAL_DEBT_DISCHARGE_GRANTED"
    )
    REMAINING_CLAIM_BELOW_LIMIT = "REMAINING_CLAIM_BELOW_LIMIT"
    NOTIFICATION_OBLIGATIONS_NOT_POSSIBLE = "NOTIFICATION_OBLIGATIONS_NOT_POSSIBLE"
    FRAUD = "FRAUD"
    CONFLICT_OF_INTEREST = "CONFLICT_OF_INTEREST"
    WITHDRAWN_BY_STUDIO = "WITHDRAWN_BY_STUDIO"
    NO_PROCESSING_AT_ALL = "NO_PROCESSING_AT_ALL"
    HARD_NEGATIVES_IN_DEBTOR_REGISTER = "HARD_NEGATIVES_IN_DEBTOR_REGISTER"
    POSTAL_DELIVERY_NOT_POSSIBLE = "POSTAL_DELIVERY_NOT_POSSIBLE"
    CLAIM_INCREASE_IMPORTED_SYSTEM = "CLAIM_INCREASE_IMPORTED_SYSTEM"


class ClosureUpdateType(OpenEnum):
    """How the case was closed.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    POSITIVE = "POSITIVE"
    NEGATIVE = "NEGATIVE"
    REVERSAL = "REVERSAL"
    REJECTION = "REJECTION"


class ContactDetailsType(OpenEnum):
    """Kind of contact entry.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    TEL_PRIVATE = "TEL_PRIVATE"
    TEL_PRIVATE_MOBILE = "TEL_PRIVATE_MOBILE"
    TEL_BUSINESS = "TEL_BUSINESS"
    TEL_BUSINESS_MOBILE = "TEL_BUSINESS_MOBILE"
    FAX = "FAX"
    EMAIL = "EMAIL"


class ContactStatusType(OpenEnum):
    """Deliverability state.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    NO_EMAIL = "NO_EMAIL"
    NOT_YET_USED = "NOT_YET_USED"
    VALIDATION_IN_PROGRESS = "VALIDATION_IN_PROGRESS"
    VALID = "VALID"
    VALID_READ = "VALID_READ"
    INVALID = "INVALID"
    WARNING = "WARNING"
    REFUSED = "REFUSED"
    REFUSED_FULL = "REFUSED_FULL"
    REFUSED_VIRUS = "REFUSED_VIRUS"


class DebtCollectionType(OpenEnum):
    """Whether claims stay with the studio (TRUST) or are sold (PURCHASE).

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    TRUST = "TRUST"
    PURCHASE = "PURCHASE"


class DebtDerecognitionMode(OpenEnum):
    """Who decides on writing off remaining debts when a case is closed positively or negatively.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    BY_PARTNER = "BY_PARTNER"
    ALWAYS = "ALWAYS"


class DebtLatestRejectionReason(OpenEnum):
    """Why the latest payment attempt failed.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    PURCHASE_LIMIT = "PURCHASE_LIMIT"
    INVALID_IBAN = "INVALID_IBAN"
    CLOSED_BANKACCOUNT = "CLOSED_BANKACCOUNT"
    FRAUD = "FRAUD"
    INSOLVENCY = "INSOLVENCY"
    DECEASED = "DECEASED"
    INCOMPLETE_ADDRESS = "INCOMPLETE_ADDRESS"
    INVALID_ADDRESS = "INVALID_ADDRESS"
    INVALID_OR_MISSING_INFORMATION = "INVALID_OR_MISSING_INFORMATION"
    CHARGED_BACK = "CHARGED_BACK"
    ALREADY_PURCHASED = "ALREADY_PURCHASED"
    ALREADY_CHARGED_BACK = "ALREADY_CHARGED_BACK"
    CONTESTED_CONTRACT = "CONTESTED_CONTRACT"
    WITHDRAWN_MANDATE = "WITHDRAWN_MANDATE"
    INVALID_SEPA_MANDATE = "INVALID_SEPA_MANDATE"
    IBAN_BLACKLISTED = "IBAN_BLACKLISTED"
    TERMINATED_CONTRACT = "TERMINATED_CONTRACT"
    IBAN_NOT_SEPA_DIRECT_DEBIT_CAPABLE = "IBAN_NOT_SEPA_DIRECT_DEBIT_CAPABLE"
    AMOUNT_EXCEEDS_LIMIT = "AMOUNT_EXCEEDS_LIMIT"
    NON_CONTRACTUAL = "NON_CONTRACTUAL"
    PURCHASING_SUSPENDED = "PURCHASING_SUSPENDED"
    INSTRUCTED_BY_STUDIO = "INSTRUCTED_BY_STUDIO"
    MISSING_LIABLE_PERSON = "MISSING_LIABLE_PERSON"
    IBAN_INVALID_SINCE_LAST_PAYMENT_RUN = "IBAN_INVALID_SINCE_LAST_PAYMENT_RUN"
    ACCOUNT_CLOSED_BEFORE_COLLECTION = "ACCOUNT_CLOSED_BEFORE_COLLECTION"
    DEBT_OVERAGED = "DEBT_OVERAGED"
    DUNNING_UNSUCCESSFUL = "DUNNING_UNSUCCESSFUL"
    AUTOMATIC_CHARGEBACK = "AUTOMATIC_CHARGEBACK"
    STUDIO_CLOSED_DOWN = "STUDIO_CLOSED_DOWN"
    REPEATED_INVALID_SEPA_MANDATE = "REPEATED_INVALID_SEPA_MANDATE"
    SETTLEMENT_AGREEMENT = "SETTLEMENT_AGREEMENT"
    INVALID_SEPA_CREDITOR_ID = "INVALID_SEPA_CREDITOR_ID"
    INSUFFICIENT_COVERING = "INSUFFICIENT_COVERING"
    OPPOSITION = "OPPOSITION"
    INVALID_BANK_INFORMATION = "INVALID_BANK_INFORMATION"
    INVALID_MANDATE = "INVALID_MANDATE"
    AUTHORIZATION_DECLINED = "AUTHORIZATION_DECLINED"
    INVALID_CARD = "INVALID_CARD"
    CARD_EXPIRED = "CARD_EXPIRED"
    REVOKED_BY_CUSTOMER = "REVOKED_BY_CUSTOMER"
    UNSUPPORTED_DEBT_CLAIM_TYPE = "UNSUPPORTED_DEBT_CLAIM_TYPE"
    PURCHASESTOP_FRAUD = "PURCHASESTOP_FRAUD"
    ALREADY_REJECTED = "ALREADY_REJECTED"
    CONSUMPTION_CREDIT_CHARGEBACK_DEBT_CLAIM_TYPE = "CONSUMPTION_CREDIT_CHARGEBACK_DEBT_CLAIM_TYPE"
    MANUALLY_REJECTED = "MANUALLY_REJECTED"
    MANUALLY_SET_PURCHASESTOP = "MANUALLY_SET_PURCHASESTOP"
    OTHER = "OTHER"
    OTHER_NO_FORWARDING_TO_EXTERNAL_COLLECTION_AGENCY = (
        "OTHER_NO_FORWARDING_TO_EXTERNAL_COLLECTION_AGENCY"
    )
    UNKNOWN = "UNKNOWN"


class DebtMaturityType(OpenEnum):
    """RESIDUAL if the claim was changed by residual maturity.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    NORMAL = "NORMAL"
    RESIDUAL = "RESIDUAL"


class DebtType(OpenEnum):
    """Kind of claim.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    PRINCIPAL_CLAIM = "PRINCIPAL_CLAIM"
    SALE = "SALE"
    DEBT_CLAIM = "DEBT_CLAIM"
    FLAT_FEE = "FLAT_FEE"
    DUNNING_FEE = "DUNNING_FEE"
    BANK_FEE = "BANK_FEE"


class RecurrencePeriod(OpenEnum):
    """Period unit.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    DAY = "DAY"
    MONTH = "MONTH"
    WEEK = "WEEK"
    YEAR = "YEAR"
    ONCE = "ONCE"


class TaxAdvisorExportFileFormat(OpenEnum):
    """File type of the export.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    JSON = "JSON"
    CSV = "CSV"
    XLSX = "XLSX"


class TaxAdvisorExportFormat(OpenEnum):
    """SINGLE lists every booking, AGGREGATED sums them per account.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    SINGLE = "SINGLE"
    AGGREGATED = "AGGREGATED"


class TaxAdvisorExportLocale(OpenEnum):
    """Language of the export.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    ENGLISH = "ENGLISH"
    GERMAN = "GERMAN"


class TransferDetailsOrigin(OpenEnum):
    """How the debts were handed over.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    DEBT_COLLECTION_RUN = "DEBT_COLLECTION_RUN"
    INDIVIDUAL_HANDOVER = "INDIVIDUAL_HANDOVER"
    AUTOMATIC_HANDOVER = "AUTOMATIC_HANDOVER"
    CONTRACT_CANCELATION = "CONTRACT_CANCELATION"


class TransferDetailsStatus(OpenEnum):
    """Processing state of the transfer.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    INTERNAL_PROCESSING = "INTERNAL_PROCESSING"
    WAITING_FOR_CONFIRMATION = "WAITING_FOR_CONFIRMATION"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"


@attrs.define(kw_only=True)
class AddressStatus(WireModel):
    """Deliverability state of an address."""

    type: AddressStatusType = attrs.field(metadata={"wire": "type"})
    """Whether the address is valid."""
    status_information: str | None = attrs.field(
        default=None, metadata={"wire": "statusInformation"}
    )
    """Further details on the state."""
    since: date | None = attrs.field(default=None, metadata={"wire": "since"})
    """Date since which the state is unchanged."""


@attrs.define(kw_only=True)
class AddressDetails(WireModel):
    """Structured address parts; the addressLine fields hold the formatted form."""

    street: str | None = attrs.field(default=None, metadata={"wire": "street"})
    """Street name."""
    house_number: str | None = attrs.field(default=None, metadata={"wire": "houseNumber"})
    """House number."""
    address_status: AddressStatus | None = attrs.field(
        default=None, metadata={"wire": "addressStatus"}
    )


@attrs.define(kw_only=True)
class ClosureOption(WireModel):
    """A key/value setting applied when a case is closed."""

    key: ClosureOptionKey = attrs.field(metadata={"wire": "key"})
    """Option name; WRITE_OFF_REMAINING_DEBTS takes 'true' or 'false'."""
    value: str = attrs.field(metadata={"wire": "value"})
    """Option value."""


@attrs.define(kw_only=True)
class ClosureUpdate(WireModel):
    """Closure of a case; present only when the case is closed."""

    type: ClosureUpdateType = attrs.field(metadata={"wire": "type"})
    """How the case was closed."""
    options: list[ClosureOption] | None = attrs.field(default=None, metadata={"wire": "options"})
    """Extra closure settings."""
    date: date = attrs.field(metadata={"wire": "date"})
    """Day the case was closed."""
    rejection_reason: ClosureUpdateRejectionReason | None = attrs.field(
        default=None, metadata={"wire": "rejectionReason"}
    )
    """Why the agency rejected the case; needed when type is REJECTION."""
    closure_reason: str | None = attrs.field(default=None, metadata={"wire": "closureReason"})
    """Free text reason for the closure."""


@attrs.define(kw_only=True)
class OpenApiV1BlockDto(WireModel):
    """Block to set on a debtor or debt; leaving it out removes an existing block."""

    limit_type: BlockLimitType = attrs.field(metadata={"wire": "limitType"})
    """DISABLED removes the block, LIMITED blocks until endDate, UNLIMITED blocks for good."""
    end_date: date = attrs.field(metadata={"wire": "endDate"})
    """Last day of the block."""


@attrs.define(kw_only=True)
class DebtUpdate(WireModel):
    """Current amounts of a transferred debt."""

    debt_id: str = attrs.field(metadata={"wire": "debtId"})
    """UUID of the debt from the transfer."""
    original_amount: Decimal = attrs.field(metadata={"wire": "originalAmount"})
    """Amount transferred to the agency."""
    canceled_amount: Decimal = attrs.field(metadata={"wire": "canceledAmount"})
    """Amount not accepted; written off for good if the closure asks for it."""
    paid_amount: Decimal = attrs.field(metadata={"wire": "paidAmount"})
    """Amount paid to the agency so far."""
    currency: str = attrs.field(metadata={"wire": "currency"})
    """ISO 4217 currency code."""
    block: OpenApiV1BlockDto | None = attrs.field(default=None, metadata={"wire": "block"})


@attrs.define(kw_only=True)
class AgencyCollectionCaseUpdate(WireModel):
    """A collection case as tracked by the agency."""

    agency_collection_case_id: str = attrs.field(metadata={"wire": "agencyCollectionCaseId"})
    """Case ID assigned by the agency."""
    public_collection_case_id: str | None = attrs.field(
        default=None, metadata={"wire": "publicCollectionCaseId"}
    )
    """Case reference shown to the debtor, if different from agencyCollectionCaseId."""
    collection_case_ids: list[str] = attrs.field(metadata={"wire": "collectionCaseIds"})
    """Platform collection case IDs merged into this agency case."""
    closure: ClosureUpdate | None = attrs.field(default=None, metadata={"wire": "closure"})
    debts: list[DebtUpdate] = attrs.field(metadata={"wire": "debts"})
    """Transferred debts; at least every changed one."""


@attrs.define(kw_only=True)
class ContactStatus(WireModel):
    """Deliverability state of a contact entry."""

    type: ContactStatusType = attrs.field(metadata={"wire": "type"})
    """Deliverability state."""
    status_information: str | None = attrs.field(
        default=None, metadata={"wire": "statusInformation"}
    )
    """Further details on the state."""


@attrs.define(kw_only=True)
class ContactDetails(WireModel):
    """One contact entry (phone, fax or email)."""

    type: ContactDetailsType = attrs.field(metadata={"wire": "type"})
    """Kind of contact entry."""
    value: str = attrs.field(metadata={"wire": "value"})
    """Phone number or email address."""
    status: ContactStatus | None = attrs.field(default=None, metadata={"wire": "status"})


@attrs.define(kw_only=True)
class PaymentDetails(WireModel):
    """Bank account data."""

    account_number: str | None = attrs.field(default=None, metadata={"wire": "accountNumber"})
    """Account number."""
    bank_code: str | None = attrs.field(default=None, metadata={"wire": "bankCode"})
    """Bank code."""
    iban: str | None = attrs.field(default=None, metadata={"wire": "iban"})
    """IBAN."""
    bic: str | None = attrs.field(default=None, metadata={"wire": "bic"})
    """BIC."""
    bank: str = attrs.field(metadata={"wire": "bank"})
    """Name of the bank."""
    bank_country_code: str | None = attrs.field(default=None, metadata={"wire": "bankCountryCode"})
    """Country code of the bank."""
    account_holder: str | None = attrs.field(default=None, metadata={"wire": "accountHolder"})
    """Holder of the account."""


@attrs.define(kw_only=True)
class ClientDetails(WireModel):
    """The studio or location on whose behalf debts are collected."""

    name1: str = attrs.field(metadata={"wire": "name1"})
    """First line of the name."""
    name2: str | None = attrs.field(default=None, metadata={"wire": "name2"})
    """Second line of the name."""
    legal_form: str | None = attrs.field(default=None, metadata={"wire": "legalForm"})
    """Legal form of the company, e.g. GmbH."""
    pre_tax_attribute: bool = attrs.field(metadata={"wire": "preTaxAttribute"})
    """True if input tax can be deducted."""
    vat_serial_no: str | None = attrs.field(default=None, metadata={"wire": "vatSerialNo"})
    """VAT ID of the client."""
    postal_code: str = attrs.field(metadata={"wire": "postalCode"})
    """Postal code."""
    city: str = attrs.field(metadata={"wire": "city"})
    """City."""
    country_code: str | None = attrs.field(default=None, metadata={"wire": "countryCode"})
    """ISO 3166-1 alpha-2 country code."""
    country: str | None = attrs.field(default=None, metadata={"wire": "country"})
    """Country name."""
    payment_details: PaymentDetails | None = attrs.field(
        default=None, metadata={"wire": "paymentDetails"}
    )
    contact_details: list[ContactDetails] | None = attrs.field(
        default=None, metadata={"wire": "contactDetails"}
    )
    """Ways to contact the client."""
    address_line1: str | None = attrs.field(default=None, metadata={"wire": "addressLine1"})
    """First preformatted address line."""
    address_line2: str | None = attrs.field(default=None, metadata={"wire": "addressLine2"})
    """Second preformatted address line."""
    address_line3: str | None = attrs.field(default=None, metadata={"wire": "addressLine3"})
    """Third preformatted address line."""
    region: str | None = attrs.field(default=None, metadata={"wire": "region"})
    """Region."""
    address_data: AddressDetails | None = attrs.field(
        default=None, metadata={"wire": "addressData"}
    )


@attrs.define(kw_only=True)
class OpenApiV1Block(WireModel):
    """Block of a debtor or debt against new collection cases."""

    limit_type: BlockLimitType = attrs.field(metadata={"wire": "limitType"})
    """DISABLED removes the block, LIMITED blocks until endDate, UNLIMITED blocks for good."""
    end_date: date | None = attrs.field(default=None, metadata={"wire": "endDate"})
    """Last day of the block."""


@attrs.define(kw_only=True)
class Recurrence(WireModel):
    """A period unit with a frequency, e.g. every 2 months."""

    period: RecurrencePeriod = attrs.field(metadata={"wire": "period"})
    """Period unit."""
    frequency: int | None = attrs.field(default=None, metadata={"wire": "frequency"})
    """Number of period units between repetitions."""


@attrs.define(kw_only=True)
class Debt(WireModel):
    """A single debt claim against a member."""

    debt_id: str = attrs.field(metadata={"wire": "debtId"})
    """UUID of the debt."""
    debt_date: date = attrs.field(metadata={"wire": "debtDate"})
    """Due date of the debt."""
    contract_start_date: date | None = attrs.field(
        default=None, metadata={"wire": "contractStartDate"}
    )
    """Contract start for contract debts, otherwise the due date."""
    amount: Decimal = attrs.field(metadata={"wire": "amount"})
    """Amount to collect."""
    currency: str = attrs.field(metadata={"wire": "currency"})
    """ISO 4217 currency code."""
    type: DebtType = attrs.field(metadata={"wire": "type"})
    """Kind of claim."""
    designation: str = attrs.field(metadata={"wire": "designation"})
    """Text describing the debt."""
    recurrence: Recurrence = attrs.field(metadata={"wire": "recurrence"})
    service_period_start_date: date | None = attrs.field(
        default=None, metadata={"wire": "servicePeriodStartDate"}
    )
    """First day of the service the debt is for."""
    service_period_end_date: date | None = attrs.field(
        default=None, metadata={"wire": "servicePeriodEndDate"}
    )
    """Last day of the service the debt is for."""
    maturity_type: DebtMaturityType | None = attrs.field(
        default=None, metadata={"wire": "maturityType"}
    )
    """RESIDUAL if the claim was changed by residual maturity."""
    latest_rejection_reason: DebtLatestRejectionReason | None = attrs.field(
        default=None, metadata={"wire": "latestRejectionReason"}
    )
    """Why the latest payment attempt failed."""
    contract_id: int | None = attrs.field(default=None, metadata={"wire": "contractId"})
    """Contract the claim comes from; absent for non-contract claims."""
    block: OpenApiV1Block | None = attrs.field(default=None, metadata={"wire": "block"})


@attrs.define(kw_only=True)
class CollectionCase(WireModel):
    """One handover of a debtor, grouping the debts transferred together."""

    collection_case_id: str = attrs.field(metadata={"wire": "collectionCaseId"})
    """UUID of the collection case."""
    open_amount: Decimal = attrs.field(metadata={"wire": "openAmount"})
    """Sum still open over all debts of the case."""
    debt: list[Debt] = attrs.field(metadata={"wire": "debt"})
    """Debts of the case."""
    ext_human_id: str | None = attrs.field(default=None, metadata={"wire": "extHumanId"})
    """Human readable case identifier set by the agency."""
    ext_reference_id: str | None = attrs.field(default=None, metadata={"wire": "extReferenceId"})
    """Case identifier set by the agency."""


@attrs.define(kw_only=True)
class ContractDetails(WireModel):
    """A contract, module or flat fee of a debtor; endDate is the term end or the termination date."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the contract."""
    rate_name: str | None = attrs.field(default=None, metadata={"wire": "rateName"})
    """Name of the rate."""
    start_date: date = attrs.field(metadata={"wire": "startDate"})
    """First day of the contract."""
    end_date: date = attrs.field(metadata={"wire": "endDate"})
    """End of the current term, or termination date if cancelled."""
    created_date: date = attrs.field(metadata={"wire": "createdDate"})
    """Day the contract was created."""
    cancelled: bool = attrs.field(metadata={"wire": "cancelled"})
    """True if the contract is cancelled."""
    contract_period: Recurrence | None = attrs.field(
        default=None, metadata={"wire": "contractPeriod"}
    )
    extension_period: Recurrence | None = attrs.field(
        default=None, metadata={"wire": "extensionPeriod"}
    )
    cancellation_period: Recurrence | None = attrs.field(
        default=None, metadata={"wire": "cancellationPeriod"}
    )


@attrs.define(kw_only=True)
class DebtCollectionConfiguration(WireModel):
    """Debt collection settings of the studio for its agency partner."""

    client: ClientDetails | None = attrs.field(default=None, metadata={"wire": "client"})
    debt_collection_type: DebtCollectionType | None = attrs.field(
        default=None, metadata={"wire": "debtCollectionType"}
    )
    """Whether claims stay with the studio (TRUST) or are sold (PURCHASE)."""
    derecognize_remaining_debts_on_closure: DebtDerecognitionMode | None = attrs.field(
        default=None, metadata={"wire": "derecognizeRemainingDebtsOnClosure"}
    )
    """Who decides on writing off remaining debts when a case is closed positively or negatively."""
    derecognize_remaining_debts_on_rejection: DebtDerecognitionMode | None = attrs.field(
        default=None, metadata={"wire": "derecognizeRemainingDebtsOnRejection"}
    )
    """Who decides on writing off remaining debts when a case is rejected or reversed."""


@attrs.define(kw_only=True)
class DebtorUpdate(WireModel):
    """A debtor with the state of its agency collection cases."""

    debtor_id: str = attrs.field(metadata={"wire": "debtorId"})
    """Unique ID of the debtor (decimal or UUID)."""
    agency_collection_cases: list[AgencyCollectionCaseUpdate] = attrs.field(
        metadata={"wire": "agencyCollectionCases"}
    )
    """Collection cases as tracked by the agency."""
    block: OpenApiV1BlockDto | None = attrs.field(default=None, metadata={"wire": "block"})


@attrs.define(kw_only=True)
class DebtCollectionUpdate(WireModel):
    """Case updates the agency sends back to the studio."""

    debtors: list[DebtorUpdate] = attrs.field(metadata={"wire": "debtors"})
    """Debtors with their updated cases."""
    request_id: str = attrs.field(metadata={"wire": "requestId"})
    """UUID identifying this update request."""


@attrs.define(kw_only=True)
class LiablePersonDetails(WireModel):
    """Person liable for the payments of a member who is not liable personally."""

    first_name: str = attrs.field(metadata={"wire": "firstName"})
    """First name."""
    last_name: str = attrs.field(metadata={"wire": "lastName"})
    """Last name."""
    second_last_name: str | None = attrs.field(default=None, metadata={"wire": "secondLastName"})
    """Second last name."""
    birthdate: date | None = attrs.field(default=None, metadata={"wire": "birthdate"})
    """Date of birth."""
    sex: str | None = attrs.field(default=None, metadata={"wire": "sex"})
    """Sex of the person, e.g. MALE."""
    postal_code: str | None = attrs.field(default=None, metadata={"wire": "postalCode"})
    """Postal code."""
    city: str | None = attrs.field(default=None, metadata={"wire": "city"})
    """City."""
    country_code: str | None = attrs.field(default=None, metadata={"wire": "countryCode"})
    """ISO 3166-1 alpha-2 country code."""
    contact_details: list[ContactDetails] | None = attrs.field(
        default=None, metadata={"wire": "contactDetails"}
    )
    """Ways to contact the person."""
    identification_number: str | None = attrs.field(
        default=None, metadata={"wire": "identificationNumber"}
    )
    """Identification number of the person."""
    payment_details: PaymentDetails | None = attrs.field(
        default=None, metadata={"wire": "paymentDetails"}
    )
    address_line1: str | None = attrs.field(default=None, metadata={"wire": "addressLine1"})
    """First preformatted address line."""
    address_line2: str | None = attrs.field(default=None, metadata={"wire": "addressLine2"})
    """Second preformatted address line."""
    address_line3: str | None = attrs.field(default=None, metadata={"wire": "addressLine3"})
    """Third preformatted address line."""
    region: str | None = attrs.field(default=None, metadata={"wire": "region"})
    """Region."""
    address_data: AddressDetails | None = attrs.field(
        default=None, metadata={"wire": "addressData"}
    )


@attrs.define(kw_only=True)
class Debtor(WireModel):
    """A member handed over for debt collection, with contact, bank and case data."""

    debtor_id: str = attrs.field(metadata={"wire": "debtorId"})
    """Unique ID of the debtor (decimal or UUID)."""
    membership_nr: str = attrs.field(metadata={"wire": "membershipNr"})
    """Membership number of the member."""
    country_code: str | None = attrs.field(default=None, metadata={"wire": "countryCode"})
    """ISO 3166-1 alpha-2 country code."""
    country: str | None = attrs.field(default=None, metadata={"wire": "country"})
    """Country name."""
    identification_number: str | None = attrs.field(
        default=None, metadata={"wire": "identificationNumber"}
    )
    """Identification number of the debtor."""
    payment_details: PaymentDetails | None = attrs.field(
        default=None, metadata={"wire": "paymentDetails"}
    )
    contract_details: list[ContractDetails] | None = attrs.field(
        default=None, metadata={"wire": "contractDetails"}
    )
    """Contracts of the debtor."""
    birthdate: date | None = attrs.field(default=None, metadata={"wire": "birthdate"})
    """Date of birth."""
    first_name: str = attrs.field(metadata={"wire": "firstName"})
    """First name."""
    last_name: str = attrs.field(metadata={"wire": "lastName"})
    """Last name."""
    second_last_name: str | None = attrs.field(default=None, metadata={"wire": "secondLastName"})
    """Second last name."""
    sex: str = attrs.field(metadata={"wire": "sex"})
    """Sex of the debtor, e.g. MALE."""
    postal_code: str | None = attrs.field(default=None, metadata={"wire": "postalCode"})
    """Postal code."""
    city: str = attrs.field(metadata={"wire": "city"})
    """City."""
    liable_person: LiablePersonDetails | None = attrs.field(
        default=None, metadata={"wire": "liablePerson"}
    )
    contact_details: list[ContactDetails] | None = attrs.field(
        default=None, metadata={"wire": "contactDetails"}
    )
    """Ways to contact the debtor."""
    collection_cases: list[CollectionCase] | None = attrs.field(
        default=None, metadata={"wire": "collectionCases"}
    )
    """Collection cases of the debtor."""
    address_line1: str | None = attrs.field(default=None, metadata={"wire": "addressLine1"})
    """First preformatted address line."""
    address_line2: str | None = attrs.field(default=None, metadata={"wire": "addressLine2"})
    """Second preformatted address line."""
    address_line3: str | None = attrs.field(default=None, metadata={"wire": "addressLine3"})
    """Third preformatted address line."""
    region: str | None = attrs.field(default=None, metadata={"wire": "region"})
    """Region."""
    address_data: AddressDetails | None = attrs.field(
        default=None, metadata={"wire": "addressData"}
    )
    block: OpenApiV1Block | None = attrs.field(default=None, metadata={"wire": "block"})


@attrs.define(kw_only=True)
class DebtorId(WireModel):
    """A debtor reduced to its ID, block and debts."""

    debtor_id: str = attrs.field(metadata={"wire": "debtorId"})
    """Unique ID of the debtor (decimal or UUID)."""
    block: OpenApiV1Block | None = attrs.field(default=None, metadata={"wire": "block"})
    debts: list[Debt] | None = attrs.field(default=None, metadata={"wire": "debts"})
    """Debts of the debtor."""


@attrs.define(kw_only=True)
class TaxAdvisorCreateExport(WireModel):
    """Parameters of a new tax advisor export."""

    from_date: date = attrs.field(metadata={"wire": "fromDate"})
    """First accounting day; in the past and at most 90 days before toDate."""
    to_date: date = attrs.field(metadata={"wire": "toDate"})
    """Last accounting day; in the past and not before fromDate."""
    export_format: TaxAdvisorExportFormat = attrs.field(metadata={"wire": "exportFormat"})
    """SINGLE lists every booking, AGGREGATED sums them per account."""
    export_file_format: TaxAdvisorExportFileFormat = attrs.field(
        metadata={"wire": "exportFileFormat"}
    )
    """File type of the export."""
    export_locale: TaxAdvisorExportLocale | None = attrs.field(
        default=None, metadata={"wire": "exportLocale"}
    )
    """Language of the export."""


@attrs.define(kw_only=True)
class TaxAdvisorExportDownload(WireModel):
    """Parameters and download link of a tax advisor export."""

    from_date: date = attrs.field(metadata={"wire": "fromDate"})
    """First accounting day of the export."""
    to_date: date = attrs.field(metadata={"wire": "toDate"})
    """Last accounting day of the export."""
    export_file_format: TaxAdvisorExportFileFormat = attrs.field(
        metadata={"wire": "exportFileFormat"}
    )
    """File type of the export."""
    export_format: TaxAdvisorExportFormat = attrs.field(metadata={"wire": "exportFormat"})
    """SINGLE lists every booking, AGGREGATED sums them per account."""
    export_locale: TaxAdvisorExportLocale | None = attrs.field(
        default=None, metadata={"wire": "exportLocale"}
    )
    """Language of the export."""
    download_url: str = attrs.field(metadata={"wire": "downloadUrl"})
    """Download link of the file; valid for 15 minutes."""


@attrs.define(kw_only=True)
class TaxAdvisorExportResult(WireModel):
    """Answer to an export creation."""

    export_id: int | None = attrs.field(default=None, metadata={"wire": "exportId"})
    """ID of the new export."""


@attrs.define(kw_only=True)
class TransferDetails(WireModel):
    """Summary of one debt collection run (transfer)."""

    collection_date: date | None = attrs.field(default=None, metadata={"wire": "collectionDate"})
    """Date the run was created."""
    debt_collection_type: DebtCollectionType | None = attrs.field(
        default=None, metadata={"wire": "debtCollectionType"}
    )
    """Whether claims stay with the studio (TRUST) or are sold (PURCHASE)."""
    client: ClientDetails | None = attrs.field(default=None, metadata={"wire": "client"})
    status: TransferDetailsStatus | None = attrs.field(default=None, metadata={"wire": "status"})
    """Processing state of the transfer."""
    origin: TransferDetailsOrigin | None = attrs.field(default=None, metadata={"wire": "origin"})
    """How the debts were handed over."""
