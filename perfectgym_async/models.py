"""Typed models of the PerfectGym Next Open API (1.13.2).

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
Attribute names are snake_case; each field's wire (camelCase) name is in its
``metadata["wire"]``. Fields the API may omit default to ``None``.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs

from .types import OpenEnum

__all__ = [
    "AccessMediumType",
    "AdditionalInformationFieldType",
    "AppointmentBookingStatus",
    "AppointmentBookingValidationStatus",
    "AppointmentStatus",
    "CardNumberFormat",
    "CommunicationChannel",
    "CustomerStatus",
    "Gender",
    "InputFieldMode",
    "LeadValidationStatus",
    "MessageCategory",
    "ParticipantStatus",
    "TypedArgumentType",
    "AccessMediumDto",
    "AccessRestriction",
    "AdditionalInformationFieldAssignment",
    "Address",
    "AppointmentBookingRequest",
    "Instructor",
    "AppointmentBookingResult",
    "AppointmentBookingResultWithCustomerId",
    "AppointmentBookingValidationResult",
    "BankAccount",
    "BookableAppointment",
    "BookableAppointmentSlot",
    "Money",
    "BookingEntry",
    "CommunicationChannelWrapper",
    "CommunicationPreference",
    "SimpleContract",
    "CustomerIdlePeriod",
    "Language",
    "Customer",
    "CustomerAccountBalance",
    "CustomerImage",
    "CustomerPaymentInstrumentRequest",
    "CustomerPaymentRequest",
    "LeadAdditionalInformation",
    "LeadAdditionalInformationField",
    "LeadConfig",
    "LeadCustomer",
    "LeadCreationRequest",
    "LeadCreationResult",
    "LeadValidationResult",
    "TypedArgumentDto",
    "VoidResult",
]


class AccessMediumType(OpenEnum):
    """Kind of access medium.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    CARD_NUMBER = "CARD_NUMBER"
    PIN = "PIN"
    BARCODE = "BARCODE"
    WALLET_PASS = "WALLET_PASS"


class AdditionalInformationFieldType(OpenEnum):
    """Kind of value the field holds.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    BOOLEAN = "BOOLEAN"
    DATE = "DATE"
    LIST = "LIST"
    NUMERIC = "NUMERIC"
    TEXT = "TEXT"


class AppointmentBookingStatus(OpenEnum):
    """Status of an appointment booking.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    BOOKED = "BOOKED"
    BOOKED_WITH_CONFIRMATION_REQUIRED = "BOOKED_WITH_CONFIRMATION_REQUIRED"
    CANCELED = "CANCELED"


class AppointmentBookingValidationStatus(OpenEnum):
    """AVAILABLE if the booking is possible, otherwise the reason it is not.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    PAST_START_DATE_TIME = "PAST_START_DATE_TIME"
    END_DATE_TIME_NOT_AFTER_START_DATE_TIME = "END_DATE_TIME_NOT_AFTER_START_DATE_TIME"
    PERIOD_DOES_NOT_MATCH = "PERIOD_DOES_NOT_MATCH"
    CUSTOMER_IN_OTHER_BOOKING = "CUSTOMER_IN_OTHER_BOOKING"
    CUSTOMER_IDLE = "CUSTOMER_IDLE"
    NO_CONTINGENT = "NO_CONTINGENT"
    BOOKABLE_APPOINTMENT_RESTRICTIONS_NOT_FULFILLED = (
        "BOOKABLE_APPOINTMENT_RESTRICTIONS_NOT_FULFILLED"
    )
    BOOKING_LIMIT_REACHED = "BOOKING_LIMIT_REACHED"
    DATE_TIME_BEFORE_EARLIEST_BOOKING_DATE_TIME = "DATE_TIME_BEFORE_EARLIEST_BOOKING_DATE_TIME"
    DATE_TIME_AFTER_LATEST_BOOKING_DATE_TIME = "DATE_TIME_AFTER_LATEST_BOOKING_DATE_TIME"
    STUDIO_CLOSED = "STUDIO_CLOSED"
    RESOURCE_NOT_AVAILABLE = "RESOURCE_NOT_AVAILABLE"
    NOT_AVAILABLE = "NOT_AVAILABLE"
    AVAILABLE = "AVAILABLE"


class AppointmentStatus(OpenEnum):
    """Status of the appointment itself.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    PLANNED = "PLANNED"
    CANCELED = "CANCELED"
    COMPLETED = "COMPLETED"


class CardNumberFormat(OpenEnum):
    """Representation of card numbers.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    DECIMAL = "DECIMAL"
    HEX_MSB = "HEX_MSB"
    HEX_LSB = "HEX_LSB"


class CommunicationChannel(OpenEnum):
    """The channel.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    LETTER = "LETTER"
    EMAIL = "EMAIL"
    TEXT_MESSAGE = "TEXT_MESSAGE"
    PHONE = "PHONE"
    FAX = "FAX"
    CONVERSATION = "CONVERSATION"
    CHAT = "CHAT"
    OTHER = "OTHER"


class CustomerStatus(OpenEnum):
    """CustomerStatus

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    MEMBER = "MEMBER"
    PROSPECT = "PROSPECT"
    FORMER_MEMBER = "FORMER_MEMBER"


class Gender(OpenEnum):
    """Gender of a customer.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    MALE = "MALE"
    FEMALE = "FEMALE"
    UNISEX = "UNISEX"


class InputFieldMode(OpenEnum):
    """Whether an input field is disabled, optional or mandatory.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    INACTIVE = "INACTIVE"
    OPTIONAL = "OPTIONAL"
    MANDATORY = "MANDATORY"


class LeadValidationStatus(OpenEnum):
    """Whether the lead can be created.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    POSSIBLE = "POSSIBLE"
    INVALID_LEAD_DATA = "INVALID_LEAD_DATA"
    DUPLICATE_CUSTOMER = "DUPLICATE_CUSTOMER"


class MessageCategory(OpenEnum):
    """Message category.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    CONTRACT = "CONTRACT"
    GENERAL = "GENERAL"
    APPOINTMENT = "APPOINTMENT"
    NEWSLETTER = "NEWSLETTER"
    LOYALTY_PROGRAM = "LOYALTY_PROGRAM"


class ParticipantStatus(OpenEnum):
    """Participation status of the customer.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    PARTICIPATING = "PARTICIPATING"
    NOT_PARTICIPATING = "NOT_PARTICIPATING"
    UNSET = "UNSET"


class TypedArgumentType(OpenEnum):
    """Kind of the value.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    TIMESTAMP = "TIMESTAMP"
    BOOLEAN = "BOOLEAN"
    DATE = "DATE"
    MONTH_DAY = "MONTH_DAY"
    TIME = "TIME"
    TERM = "TERM"
    TERM_LIST = "TERM_LIST"
    INTEGER = "INTEGER"
    DECIMAL = "DECIMAL"
    STRING = "STRING"
    MONEY = "MONEY"
    LIMITABLE_CONFIG_PROPERTY = "LIMITABLE_CONFIG_PROPERTY"
    I18N_KEY = "I18N_KEY"
    I18N_KEY_LIST = "I18N_KEY_LIST"
    PERMISSION_LIST = "PERMISSION_LIST"
    ENUM = "ENUM"
    AVAILABILITY_LIST = "AVAILABILITY_LIST"


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
class Address:
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
class AppointmentBookingRequest:
    """A slot of a bookable appointment to validate or book for a customer."""

    customer_id: int = attrs.field(metadata={"wire": "customerId"})
    """ID of the customer."""
    bookable_appointment_id: int = attrs.field(metadata={"wire": "bookableAppointmentId"})
    """ID of the bookable appointment."""
    start_date_time: datetime = attrs.field(metadata={"wire": "startDateTime"})
    """Slot start, as returned by the slots endpoint."""
    end_date_time: datetime = attrs.field(metadata={"wire": "endDateTime"})
    """Slot end, as returned by the slots endpoint."""
    instructor_ids: list[int] | None = attrs.field(default=None, metadata={"wire": "instructorIds"})
    """IDs of the chosen instructors."""


@attrs.define(kw_only=True)
class Instructor:
    """Basic data of an instructor."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the instructor."""
    first_name: str = attrs.field(metadata={"wire": "firstName"})
    """First name."""
    last_name: str = attrs.field(metadata={"wire": "lastName"})
    """Last name."""
    public_name: str | None = attrs.field(default=None, metadata={"wire": "publicName"})
    """Name shown to customers."""


@attrs.define(kw_only=True)
class AppointmentBookingResult:
    """An appointment booking."""

    booking_id: int = attrs.field(metadata={"wire": "bookingId"})
    """ID of the booking."""
    booking_status: AppointmentBookingStatus = attrs.field(metadata={"wire": "bookingStatus"})
    start_date_time: datetime = attrs.field(metadata={"wire": "startDateTime"})
    """Start of the booked appointment."""
    end_date_time: datetime = attrs.field(metadata={"wire": "endDateTime"})
    """End of the booked appointment."""
    title: str | None = attrs.field(default=None, metadata={"wire": "title"})
    """Title."""
    duration: int | None = attrs.field(default=None, metadata={"wire": "duration"})
    """Duration in minutes."""
    category: str | None = attrs.field(default=None, metadata={"wire": "category"})
    """Category."""
    description: str | None = attrs.field(default=None, metadata={"wire": "description"})
    """Description text."""
    img_url: str | None = attrs.field(default=None, metadata={"wire": "imgUrl"})
    """URL of an image for display."""
    instructors: list[Instructor] | None = attrs.field(
        default=None, metadata={"wire": "instructors"}
    )
    """Instructors of the booking."""
    appointment_status: AppointmentStatus = attrs.field(metadata={"wire": "appointmentStatus"})
    participant_status: ParticipantStatus = attrs.field(metadata={"wire": "participantStatus"})


@attrs.define(kw_only=True)
class AppointmentBookingResultWithCustomerId:
    """An appointment booking together with the booked customer's ID."""

    booking_id: int = attrs.field(metadata={"wire": "bookingId"})
    """ID of the booking."""
    booking_status: AppointmentBookingStatus = attrs.field(metadata={"wire": "bookingStatus"})
    start_date_time: datetime = attrs.field(metadata={"wire": "startDateTime"})
    """Start of the booked appointment."""
    end_date_time: datetime = attrs.field(metadata={"wire": "endDateTime"})
    """End of the booked appointment."""
    title: str | None = attrs.field(default=None, metadata={"wire": "title"})
    """Title."""
    duration: int | None = attrs.field(default=None, metadata={"wire": "duration"})
    """Duration in minutes."""
    category: str | None = attrs.field(default=None, metadata={"wire": "category"})
    """Category."""
    description: str | None = attrs.field(default=None, metadata={"wire": "description"})
    """Description text."""
    img_url: str | None = attrs.field(default=None, metadata={"wire": "imgUrl"})
    """URL of an image for display."""
    instructors: list[Instructor] | None = attrs.field(
        default=None, metadata={"wire": "instructors"}
    )
    """Instructors of the booking."""
    appointment_status: AppointmentStatus = attrs.field(metadata={"wire": "appointmentStatus"})
    participant_status: ParticipantStatus = attrs.field(metadata={"wire": "participantStatus"})
    customer_id: int = attrs.field(metadata={"wire": "customerId"})
    """ID of the booked customer."""


@attrs.define(kw_only=True)
class AppointmentBookingValidationResult:
    """Outcome of an appointment booking validation."""

    validation_status: AppointmentBookingValidationStatus = attrs.field(
        metadata={"wire": "validationStatus"}
    )
    """AVAILABLE if the booking is possible, otherwise the reason it is not."""


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
class BookableAppointment:
    """An appointment type that customers can book."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the bookable appointment."""
    title: str | None = attrs.field(default=None, metadata={"wire": "title"})
    """Title."""
    duration: int | None = attrs.field(default=None, metadata={"wire": "duration"})
    """Duration in minutes."""
    category: str | None = attrs.field(default=None, metadata={"wire": "category"})
    """Category."""
    description: str | None = attrs.field(default=None, metadata={"wire": "description"})
    """Description text."""
    img_url: str | None = attrs.field(default=None, metadata={"wire": "imgUrl"})
    """URL of an image for display."""


@attrs.define(kw_only=True)
class BookableAppointmentSlot:
    """A free time slot of a bookable appointment."""

    start_date_time: datetime | None = attrs.field(default=None, metadata={"wire": "startDateTime"})
    """Slot start; send it back unchanged when validating or booking."""
    end_date_time: datetime | None = attrs.field(default=None, metadata={"wire": "endDateTime"})
    """Slot end; send it back unchanged when validating or booking."""
    instructors: list[Instructor] | None = attrs.field(
        default=None, metadata={"wire": "instructors"}
    )
    """Instructors available in this slot."""


@attrs.define(kw_only=True)
class Money:
    """An amount of money with its currency."""

    amount: Decimal = attrs.field(metadata={"wire": "amount"})
    """The amount."""
    currency: str = attrs.field(metadata={"wire": "currency"})
    """ISO 4217 currency code."""


@attrs.define(kw_only=True)
class BookingEntry:
    """One booking entry (transaction) of a customer's account."""

    id: int = attrs.field(metadata={"wire": "id"})
    """Internal ID of the entry."""
    due_date: date = attrs.field(metadata={"wire": "dueDate"})
    """Date the entry is or was due."""
    description: str | None = attrs.field(default=None, metadata={"wire": "description"})
    """Text of the booking."""
    amount: Money | None = attrs.field(default=None, metadata={"wire": "amount"})
    open_amount: Money | None = attrs.field(default=None, metadata={"wire": "openAmount"})
    installment_plan: bool = attrs.field(metadata={"wire": "installmentPlan"})
    """True if the entry was moved into an installment plan."""


@attrs.define(kw_only=True)
class CommunicationChannelWrapper:
    """One communication channel and its settings."""

    communication_channel: CommunicationChannel = attrs.field(
        metadata={"wire": "communicationChannel"}
    )
    """The channel."""
    customer_overridable: bool | None = attrs.field(
        default=None, metadata={"wire": "customerOverridable"}
    )
    """Whether the customer may change this channel."""
    active: bool | None = attrs.field(default=None, metadata={"wire": "active"})
    """Whether the channel is active."""


@attrs.define(kw_only=True)
class CommunicationPreference:
    """Communication channels for one message category."""

    message_category: MessageCategory | None = attrs.field(
        default=None, metadata={"wire": "messageCategory"}
    )
    """Message category."""
    channels: list[CommunicationChannelWrapper] | None = attrs.field(
        default=None, metadata={"wire": "channels"}
    )
    """Channels used for this category."""


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
class Language:
    """A language, optionally with a country variant."""

    language_code: str = attrs.field(metadata={"wire": "languageCode"})
    """ISO 639-1 language code."""
    country_code: str | None = attrs.field(default=None, metadata={"wire": "countryCode"})
    """ISO 3166-1 country code."""


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
class CustomerAccountBalance:
    """Balance data of a customer's account."""

    account_balance: Money | None = attrs.field(default=None, metadata={"wire": "accountBalance"})
    consumption_credit: Money | None = attrs.field(
        default=None, metadata={"wire": "consumptionCredit"}
    )
    dunning_level: str | None = attrs.field(default=None, metadata={"wire": "dunningLevel"})
    """Current dunning level name."""
    in_debt_collection: bool = attrs.field(metadata={"wire": "inDebtCollection"})
    """True if open debt claims were handed to a debt collection agency."""


@attrs.define(kw_only=True)
class CustomerImage:
    """Link to a customer's profile image."""

    image_url: str | None = attrs.field(default=None, metadata={"wire": "imageUrl"})
    """Download URL; expires after 15 minutes."""


@attrs.define(kw_only=True)
class CustomerPaymentInstrumentRequest:
    """New payment instrument for a customer."""

    payment_request_token: str = attrs.field(metadata={"wire": "paymentRequestToken"})
    """Token from the Universal Payment Component, initialised with a user payment session of the same customer."""


@attrs.define(kw_only=True)
class CustomerPaymentRequest:
    """Payment to book on a customer's account."""

    payment_request_token: str = attrs.field(metadata={"wire": "paymentRequestToken"})
    """Token from the Universal Payment Component, initialised with a user payment session of the same customer."""
    amount: Money = attrs.field(metadata={"wire": "amount"})
    debt_claim_ids: list[int] | None = attrs.field(default=None, metadata={"wire": "debtClaimIds"})
    """IDs of the debt claims this payment settles."""


@attrs.define(kw_only=True)
class LeadAdditionalInformation:
    """A lead's answer to one additional information field."""

    additional_field_id: int = attrs.field(metadata={"wire": "additionalFieldId"})
    """ID of the additional information field."""
    value: str | None = attrs.field(default=None, metadata={"wire": "value"})
    """Single value as text: the text itself, a signed integer, an ISO-8601 date, or 'true'/'false'."""
    values: list[str] | None = attrs.field(default=None, metadata={"wire": "values"})
    """Several values, for fields that allow multi-selection."""


@attrs.define(kw_only=True)
class LeadAdditionalInformationField:
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
class LeadConfig:
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
class LeadCustomer:
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
class LeadCreationRequest:
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
class LeadCreationResult:
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
class LeadValidationResult:
    """Outcome of a lead validation."""

    status: LeadValidationStatus = attrs.field(metadata={"wire": "status"})
    """Whether the lead can be created."""


@attrs.define(kw_only=True)
class TypedArgumentDto:
    """A message argument with its type."""

    value: dict[str, Any] | None = attrs.field(default=None, metadata={"wire": "value"})
    """The argument value."""
    type: TypedArgumentType | None = attrs.field(default=None, metadata={"wire": "type"})
    """Kind of the value."""


@attrs.define(kw_only=True)
class VoidResult:
    """Result of an operation that returns no data."""

    success: str | None = attrs.field(default=None, metadata={"wire": "success"})
    """Success marker."""
