"""Typed models of the PerfectGym Next Open API (1.13.2): shapes several tags share.

Import them from ``perfectgym_async.models`` (``models.AccessMediumDto``); this module is
loaded on first use. Generated from spec/openapi.yaml by ``python -m generator``; edit
the spec, not this file. Attribute names are snake_case; each field's wire (camelCase)
name is in its ``metadata["wire"]``. Fields the API may omit default to ``None``. Every
model has ``to_dict()``, ``to_json()`` and ``from_dict()`` (see ``types.WireModel``).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs

from ..types import OpenEnum, WireModel

__all__ = [
    "AccessMediumType",
    "AdditionalInformationFieldType",
    "AmendmentConfigurationStatus",
    "AppointmentBookingStatus",
    "AppointmentBookingValidationStatus",
    "AppointmentStatus",
    "CardNumberFormat",
    "ClassSlotBookingStatus",
    "ClassSlotBookingValidationStatus",
    "ClassType",
    "CommunicationChannel",
    "ContractStatus",
    "CustomerStatus",
    "DayOfWeek",
    "DocumentIdentificationDocumentType",
    "Gender",
    "InputFieldMode",
    "MessageCategory",
    "Month",
    "ParticipantStatus",
    "PaymentChoice",
    "PaymentFrequencyType",
    "TemporalUnit",
    "TermWithMinutesUnit",
    "TypedArgumentType",
    "AccessMediumDto",
    "AccessRestriction",
    "AdditionalInformationFieldAssignment",
    "Money",
    "MonthDay",
    "Term",
    "MembershipOfferRateCode",
    "AppointmentBookingRequest",
    "Instructor",
    "AppointmentBookingResult",
    "AppointmentBookingValidationResult",
    "BankAccount",
    "BookableAppointment",
    "BookableAppointmentSlot",
    "TermWithMinutes",
    "ClassCancelCondition",
    "Class",
    "ClassInformation",
    "Location",
    "ClassSlot",
    "ClassSlotBookingRequest",
    "ClassSlotBookingResult",
    "ClassSlotBookingValidationResult",
    "CommunicationChannelWrapper",
    "CommunicationPreference",
    "ContractMonthDayToPrice",
    "ContractTermToPrice",
    "ContractPaymentFrequency",
    "PriceDetails",
    "TimePeriod",
    "SimpleContract",
    "CustomerIdlePeriod",
    "Language",
    "Customer",
    "CustomerCheckin",
    "CustomerSearchRequest",
    "DocumentIdentification",
    "Signature",
    "MembershipSignupCustomer",
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


class AmendmentConfigurationStatus(OpenEnum):
    """Whether a data domain is read-only (READ), changes wait for studio approval (CHANGES_REQUIRE_VERIFICATION) or apply at once (CHANGES_WITHOUT_VERIFICATION).

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    READ = "READ"
    CHANGES_REQUIRE_VERIFICATION = "CHANGES_REQUIRE_VERIFICATION"
    CHANGES_WITHOUT_VERIFICATION = "CHANGES_WITHOUT_VERIFICATION"


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


class ClassSlotBookingStatus(OpenEnum):
    """Status of the class booking.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    BOOKED = "BOOKED"
    BOOKED_WITH_CONFIRMATION_REQUIRED = "BOOKED_WITH_CONFIRMATION_REQUIRED"
    WAITING_LIST = "WAITING_LIST"
    CANCELED = "CANCELED"


class ClassSlotBookingValidationStatus(OpenEnum):
    """AVAILABLE if the booking is possible, otherwise the reason it is not.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    AVAILABLE = "AVAILABLE"
    NO_CONTINGENT = "NO_CONTINGENT"
    BOOKING_LIMIT_REACHED = "BOOKING_LIMIT_REACHED"
    CUSTOMER_ALREADY_BOOKED = "CUSTOMER_ALREADY_BOOKED"
    CUSTOMER_IDLE = "CUSTOMER_IDLE"
    CUSTOMER_IN_OTHER_BOOKING = "CUSTOMER_IN_OTHER_BOOKING"
    DISPLAY_ONLY = "DISPLAY_ONLY"
    DATE_TIME_BEFORE_EARLIEST_BOOKING_DATE_TIME = "DATE_TIME_BEFORE_EARLIEST_BOOKING_DATE_TIME"
    DATE_TIME_AFTER_LATEST_BOOKING_DATE_TIME = "DATE_TIME_AFTER_LATEST_BOOKING_DATE_TIME"
    STUDIO_CLOSED = "STUDIO_CLOSED"
    NOT_AVAILABLE = "NOT_AVAILABLE"


class ClassType(OpenEnum):
    """Whether the class takes place in the studio or as a stream.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    STUDIO = "STUDIO"
    STREAM = "STREAM"


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


class ContractStatus(OpenEnum):
    """Current or intended status of a contract.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"


class CustomerStatus(OpenEnum):
    """CustomerStatus

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    MEMBER = "MEMBER"
    PROSPECT = "PROSPECT"
    FORMER_MEMBER = "FORMER_MEMBER"


class DayOfWeek(OpenEnum):
    """Day of the week.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    MONDAY = "MONDAY"
    TUESDAY = "TUESDAY"
    WEDNESDAY = "WEDNESDAY"
    THURSDAY = "THURSDAY"
    FRIDAY = "FRIDAY"
    SATURDAY = "SATURDAY"
    SUNDAY = "SUNDAY"


class DocumentIdentificationDocumentType(OpenEnum):
    """Kind of document.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    ID_CARD = "ID_CARD"
    PASSPORT = "PASSPORT"
    DRIVERS_LICENCE = "DRIVERS_LICENCE"
    RESIDENCE_PERMIT = "RESIDENCE_PERMIT"
    NATIONAL_ID_NUMBER = "NATIONAL_ID_NUMBER"
    OTHERS = "OTHERS"


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


class MessageCategory(OpenEnum):
    """Message category.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    CONTRACT = "CONTRACT"
    GENERAL = "GENERAL"
    APPOINTMENT = "APPOINTMENT"
    NEWSLETTER = "NEWSLETTER"
    LOYALTY_PROGRAM = "LOYALTY_PROGRAM"


class Month(OpenEnum):
    """Month.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    JANUARY = "JANUARY"
    FEBRUARY = "FEBRUARY"
    MARCH = "MARCH"
    APRIL = "APRIL"
    MAY = "MAY"
    JUNE = "JUNE"
    JULY = "JULY"
    AUGUST = "AUGUST"
    SEPTEMBER = "SEPTEMBER"
    OCTOBER = "OCTOBER"
    NOVEMBER = "NOVEMBER"
    DECEMBER = "DECEMBER"


class ParticipantStatus(OpenEnum):
    """Participation status of the customer.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    PARTICIPATING = "PARTICIPATING"
    NOT_PARTICIPATING = "NOT_PARTICIPATING"
    UNSET = "UNSET"


class PaymentChoice(OpenEnum):
    """PaymentChoice

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    CASH = "CASH"
    BANK_TRANSFER = "BANK_TRANSFER"
    BACS = "BACS"
    SEPA = "SEPA"
    CH_DD = "CH_DD"
    LSV = "LSV"
    CREDIT_CARD = "CREDIT_CARD"
    TWINT = "TWINT"
    PAYPAL = "PAYPAL"
    BANCONTACT = "BANCONTACT"
    IDEAL = "IDEAL"


class PaymentFrequencyType(OpenEnum):
    """Kind of payment frequency.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    FREE = "FREE"
    NON_RECURRING = "NON_RECURRING"
    RECURRING = "RECURRING"
    MONTH_DAY = "MONTH_DAY"
    TERM_BASED = "TERM_BASED"


class TemporalUnit(OpenEnum):
    """Unit of the period.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"
    YEAR = "YEAR"


class TermWithMinutesUnit(OpenEnum):
    """Time unit of the term.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    MINUTES = "MINUTES"
    HOURS = "HOURS"
    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"
    YEAR = "YEAR"


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
class AccessMediumDto(WireModel):
    """An access medium (card, PIN, barcode, wallet pass) of a customer."""

    id: int | None = attrs.field(default=None, metadata={"wire": "id"})
    """ID of the access medium."""
    type: AccessMediumType | None = attrs.field(default=None, metadata={"wire": "type"})
    """Kind of access medium."""
    value: str | None = attrs.field(default=None, metadata={"wire": "value"})
    """Identifier carried by the medium."""


@attrs.define(kw_only=True)
class AccessRestriction(WireModel):
    """An access restriction of a customer."""

    reason: str = attrs.field(metadata={"wire": "reason"})
    """Why access is restricted."""
    start_date: date | None = attrs.field(default=None, metadata={"wire": "startDate"})
    """First day of the restriction."""
    end_date: date | None = attrs.field(default=None, metadata={"wire": "endDate"})
    """Last day of the restriction."""


@attrs.define(kw_only=True)
class AdditionalInformationFieldAssignment(WireModel):
    """A customer's value for one additional information field."""

    additional_information_field_id: int = attrs.field(
        metadata={"wire": "additionalInformationFieldId"}
    )
    """ID of the additional information field."""
    value: str = attrs.field(metadata={"wire": "value"})
    """Value as text: list item ID, the text itself, a signed integer, an ISO-8601 date, or 'true'/'false'."""


@attrs.define(kw_only=True)
class Money(WireModel):
    """An amount of money with its currency."""

    amount: Decimal = attrs.field(metadata={"wire": "amount"})
    """The amount."""
    currency: str = attrs.field(metadata={"wire": "currency"})
    """ISO 4217 currency code."""


@attrs.define(kw_only=True)
class MonthDay(WireModel):
    """A day of the year, given as month and day of month."""

    month: Month | None = attrs.field(default=None, metadata={"wire": "month"})
    """Month."""
    month_value: int | None = attrs.field(default=None, metadata={"wire": "monthValue"})
    """Month number (1-12)."""
    day_of_month: int | None = attrs.field(default=None, metadata={"wire": "dayOfMonth"})
    """Day of the month."""


@attrs.define(kw_only=True)
class Term(WireModel):
    """A duration given as a number of temporal units."""

    value: int = attrs.field(metadata={"wire": "value"})
    """Number of units."""
    unit: TemporalUnit = attrs.field(metadata={"wire": "unit"})
    """Temporal unit of the value."""


@attrs.define(kw_only=True)
class MembershipOfferRateCode(WireModel):
    """A rate code attached to an offer, module or contract."""

    name: str | None = attrs.field(default=None, metadata={"wire": "name"})
    """Name of the rate code."""
    identifier: str | None = attrs.field(default=None, metadata={"wire": "identifier"})
    """Identifier of the rate code."""


@attrs.define(kw_only=True)
class AppointmentBookingRequest(WireModel):
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
class Instructor(WireModel):
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
class AppointmentBookingResult(WireModel):
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
class AppointmentBookingValidationResult(WireModel):
    """Outcome of an appointment booking validation."""

    validation_status: AppointmentBookingValidationStatus = attrs.field(
        metadata={"wire": "validationStatus"}
    )
    """AVAILABLE if the booking is possible, otherwise the reason it is not."""


@attrs.define(kw_only=True)
class BankAccount(WireModel):
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
class BookableAppointment(WireModel):
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
class BookableAppointmentSlot(WireModel):
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
class TermWithMinutes(WireModel):
    """A duration given as a value and a unit that may also be minutes or hours."""

    value: int = attrs.field(metadata={"wire": "value"})
    """Number of units."""
    unit: TermWithMinutesUnit = attrs.field(metadata={"wire": "unit"})
    """Time unit of the term."""


@attrs.define(kw_only=True)
class ClassCancelCondition(WireModel):
    """Rules for cancelling a booking of a class."""

    cancelation_after_latest_possible: bool | None = attrs.field(
        default=None, metadata={"wire": "cancelationAfterLatestPossible"}
    )
    """True if a booking may still be cancelled after the latest cancel term."""
    latest_cancel_term: TermWithMinutes | None = attrs.field(
        default=None, metadata={"wire": "latestCancelTerm"}
    )


@attrs.define(kw_only=True)
class Class(WireModel):
    """A class (course) of the studio."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the class."""
    title: str | None = attrs.field(default=None, metadata={"wire": "title"})
    """Title."""
    type: ClassType | None = attrs.field(default=None, metadata={"wire": "type"})
    """Whether the class takes place in the studio or as a stream."""
    duration: int | None = attrs.field(default=None, metadata={"wire": "duration"})
    """Duration in minutes."""
    category: str | None = attrs.field(default=None, metadata={"wire": "category"})
    """Category."""
    description: str | None = attrs.field(default=None, metadata={"wire": "description"})
    """Description text."""
    img_url: str | None = attrs.field(default=None, metadata={"wire": "imgUrl"})
    """URL of an image for display."""
    bookable: bool = attrs.field(metadata={"wire": "bookable"})
    """True if the class can be booked."""
    cancel_condition: ClassCancelCondition | None = attrs.field(
        default=None, metadata={"wire": "cancelCondition"}
    )


@attrs.define(kw_only=True)
class ClassInformation(WireModel):
    """Basic data of the class a slot belongs to."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the class."""
    title: str | None = attrs.field(default=None, metadata={"wire": "title"})
    """Title of the class."""


@attrs.define(kw_only=True)
class Location(WireModel):
    """A location (e.g. room) in the studio."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the location."""
    name: str = attrs.field(metadata={"wire": "name"})
    """Name of the location."""
    description: str | None = attrs.field(default=None, metadata={"wire": "description"})
    """Description of the location."""


@attrs.define(kw_only=True)
class ClassSlot(WireModel):
    """One scheduled date of a class."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the class slot."""
    start_date_time: datetime | None = attrs.field(default=None, metadata={"wire": "startDateTime"})
    """Start of the slot, with time zone."""
    end_date_time: datetime | None = attrs.field(default=None, metadata={"wire": "endDateTime"})
    """End of the slot, with time zone."""
    class_information: ClassInformation | None = attrs.field(
        default=None, metadata={"wire": "classInformation"}
    )
    instructors: list[Instructor] | None = attrs.field(
        default=None, metadata={"wire": "instructors"}
    )
    """Instructors of the slot."""
    location: Location | None = attrs.field(default=None, metadata={"wire": "location"})
    earliest_booking_date_time: datetime | None = attrs.field(
        default=None, metadata={"wire": "earliestBookingDateTime"}
    )
    """Earliest moment the slot can be booked."""
    latest_booking_date_time: datetime | None = attrs.field(
        default=None, metadata={"wire": "latestBookingDateTime"}
    )
    """Latest moment the slot can be booked."""
    max_participants: int | None = attrs.field(default=None, metadata={"wire": "maxParticipants"})
    """Maximum number of participants."""
    max_waiting_list_participants: int | None = attrs.field(
        default=None, metadata={"wire": "maxWaitingListParticipants"}
    )
    """Maximum number of people on the waiting list."""
    booked_participants: int | None = attrs.field(
        default=None, metadata={"wire": "bookedParticipants"}
    )
    """Number of participants booked so far."""
    additional_participants: int = attrs.field(metadata={"wire": "additionalParticipants"})
    """Extra participants added by studio staff."""
    waiting_list_participants: int | None = attrs.field(
        default=None, metadata={"wire": "waitingListParticipants"}
    )
    """Number of people currently on the waiting list."""


@attrs.define(kw_only=True)
class ClassSlotBookingRequest(WireModel):
    """A class slot to validate or book for a customer."""

    customer_id: int = attrs.field(metadata={"wire": "customerId"})
    """ID of the customer."""
    class_slot_id: int = attrs.field(metadata={"wire": "classSlotId"})
    """ID of the class slot."""


@attrs.define(kw_only=True)
class ClassSlotBookingResult(WireModel):
    """A class booking."""

    booking_id: int = attrs.field(metadata={"wire": "bookingId"})
    """ID of the booking."""
    booking_status: ClassSlotBookingStatus = attrs.field(metadata={"wire": "bookingStatus"})
    """Status of the class booking."""
    class_slot_id: int = attrs.field(metadata={"wire": "classSlotId"})
    """ID of the booked class slot."""
    class_id: int = attrs.field(metadata={"wire": "classId"})
    """ID of the class."""
    customer_id: int = attrs.field(metadata={"wire": "customerId"})
    """ID of the booked customer."""
    class_slot_status: AppointmentStatus = attrs.field(metadata={"wire": "classSlotStatus"})
    """Status of the class slot itself."""
    participant_status: ParticipantStatus = attrs.field(metadata={"wire": "participantStatus"})


@attrs.define(kw_only=True)
class ClassSlotBookingValidationResult(WireModel):
    """Outcome of a class booking validation."""

    validation_status: ClassSlotBookingValidationStatus = attrs.field(
        metadata={"wire": "validationStatus"}
    )
    """AVAILABLE if the booking is possible, otherwise the reason it is not."""


@attrs.define(kw_only=True)
class CommunicationChannelWrapper(WireModel):
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
class CommunicationPreference(WireModel):
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
class ContractMonthDayToPrice(WireModel):
    """Contract price that applies on a given day of the year."""

    month_day: MonthDay = attrs.field(metadata={"wire": "monthDay"})
    price: Money = attrs.field(metadata={"wire": "price"})


@attrs.define(kw_only=True)
class ContractTermToPrice(WireModel):
    """Price that takes effect once the given term has passed."""

    term: Term = attrs.field(metadata={"wire": "term"})
    price: Money = attrs.field(metadata={"wire": "price"})


@attrs.define(kw_only=True)
class ContractPaymentFrequency(WireModel):
    """How often and at which prices a contract is paid."""

    id: int | None = attrs.field(default=None, metadata={"wire": "id"})
    """ID of the payment frequency."""
    type: PaymentFrequencyType = attrs.field(metadata={"wire": "type"})
    """Kind of payment frequency."""
    term: Term | None = attrs.field(default=None, metadata={"wire": "term"})
    price: Money | None = attrs.field(default=None, metadata={"wire": "price"})
    month_days_to_prices: list[ContractMonthDayToPrice] | None = attrs.field(
        default=None, metadata={"wire": "monthDaysToPrices"}
    )
    """Prices per day of month (type MONTH_DAY only)."""
    terms_to_prices: list[ContractTermToPrice] | None = attrs.field(
        default=None, metadata={"wire": "termsToPrices"}
    )
    """Prices that start after a term has passed (type TERM_BASED only)."""


@attrs.define(kw_only=True)
class PriceDetails(WireModel):
    """Prices and payment frequency of a contract."""

    base_price: Money = attrs.field(metadata={"wire": "basePrice"})
    current_price: Money = attrs.field(metadata={"wire": "currentPrice"})
    payment_frequency: ContractPaymentFrequency = attrs.field(metadata={"wire": "paymentFrequency"})


@attrs.define(kw_only=True)
class TimePeriod(WireModel):
    """A duration given as a number of units."""

    period_value: int = attrs.field(metadata={"wire": "periodValue"})
    """Number of units."""
    period_unit: TemporalUnit = attrs.field(metadata={"wire": "periodUnit"})
    """Unit of the period."""


@attrs.define(kw_only=True)
class SimpleContract(WireModel):
    """Minimal contract data."""

    id: int = attrs.field(metadata={"wire": "id"})
    """ID of the contract."""
    rate_name: str = attrs.field(metadata={"wire": "rateName"})
    """Name of the contract's rate."""


@attrs.define(kw_only=True)
class CustomerIdlePeriod(WireModel):
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
class Language(WireModel):
    """A language, optionally with a country variant."""

    language_code: str = attrs.field(metadata={"wire": "languageCode"})
    """ISO 639-1 language code."""
    country_code: str | None = attrs.field(default=None, metadata={"wire": "countryCode"})
    """ISO 3166-1 country code."""


@attrs.define(kw_only=True)
class Customer(WireModel):
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
class CustomerCheckin(WireModel):
    """One studio visit of a customer."""

    checkin_id: int = attrs.field(metadata={"wire": "checkinId"})
    """ID of the studio visit."""
    check_in_date_time: datetime | None = attrs.field(
        default=None, metadata={"wire": "checkInDateTime"}
    )
    """When the customer checked in."""
    check_out_date_time: datetime | None = attrs.field(
        default=None, metadata={"wire": "checkOutDateTime"}
    )
    """When the customer checked out."""
    studio_id: int | None = attrs.field(default=None, metadata={"wire": "studioId"})
    """ID of the studio visited."""
    studio_name: str | None = attrs.field(default=None, metadata={"wire": "studioName"})
    """Name of the studio visited."""


@attrs.define(kw_only=True)
class CustomerSearchRequest(WireModel):
    """Criteria for a customer search."""

    first_name: str | None = attrs.field(default=None, metadata={"wire": "firstName"})
    """Beginning of the first name."""
    last_name: str | None = attrs.field(default=None, metadata={"wire": "lastName"})
    """Beginning of the last name."""
    email: str | None = attrs.field(default=None, metadata={"wire": "email"})
    """Email address."""
    date_of_birth: date | None = attrs.field(default=None, metadata={"wire": "dateOfBirth"})
    """Date of birth."""
    card_number_format: CardNumberFormat | None = attrs.field(
        default=None, metadata={"wire": "cardNumberFormat"}
    )


@attrs.define(kw_only=True)
class DocumentIdentification(WireModel):
    """Data of an official identity document."""

    document_number: str = attrs.field(metadata={"wire": "documentNumber"})
    """Number of the document."""
    document_type: DocumentIdentificationDocumentType = attrs.field(
        metadata={"wire": "documentType"}
    )
    """Kind of document."""


@attrs.define(kw_only=True)
class Signature(WireModel):
    """A customer's handwritten signature."""

    base64_svg_signature: str = attrs.field(metadata={"wire": "base64SvgSignature"})
    """The signature as an SVG image, base64 encoded."""


@attrs.define(kw_only=True)
class MembershipSignupCustomer(WireModel):
    """Personal data of a new customer (customer creation or membership sign-up)."""

    third_party_id: str | None = attrs.field(default=None, metadata={"wire": "thirdPartyId"})
    """ID of the customer in the integrator's own system."""
    first_name: str = attrs.field(metadata={"wire": "firstName"})
    """First name."""
    second_first_name: str | None = attrs.field(default=None, metadata={"wire": "secondFirstName"})
    """Second first name."""
    last_name: str = attrs.field(metadata={"wire": "lastName"})
    """Last name."""
    second_last_name: str | None = attrs.field(default=None, metadata={"wire": "secondLastName"})
    """Second last name."""
    date_of_birth: date = attrs.field(metadata={"wire": "dateOfBirth"})
    """Date of birth."""
    place_of_birth: str | None = attrs.field(default=None, metadata={"wire": "placeOfBirth"})
    """Place of birth; needed for Italian studios and Italian nationals."""
    country_of_birth: str | None = attrs.field(default=None, metadata={"wire": "countryOfBirth"})
    """Country of birth; needed for Italian studios and non-Italian nationals."""
    email: str = attrs.field(metadata={"wire": "email"})
    """Email address."""
    gender: Gender | None = attrs.field(default=None, metadata={"wire": "gender"})
    phone_number_private: str | None = attrs.field(
        default=None, metadata={"wire": "phoneNumberPrivate"}
    )
    """Private phone number."""
    phone_number_mobile: str | None = attrs.field(
        default=None, metadata={"wire": "phoneNumberMobile"}
    )
    """Mobile phone number."""
    street: str = attrs.field(metadata={"wire": "street"})
    """Street name."""
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
    language: Language = attrs.field(metadata={"wire": "language"})
    house_number: str | None = attrs.field(default=None, metadata={"wire": "houseNumber"})
    """House number."""
    building_name: str | None = attrs.field(default=None, metadata={"wire": "buildingName"})
    """Name of the building."""
    city: str = attrs.field(metadata={"wire": "city"})
    """City."""
    zip_code: str = attrs.field(metadata={"wire": "zipCode"})
    """Postal code."""
    country_code: str = attrs.field(metadata={"wire": "countryCode"})
    """ISO 3166-1 country code of the address."""
    tax_id: str | None = attrs.field(default=None, metadata={"wire": "taxId"})
    """Tax ID; needed for studios in Spain or Italy unless documentIdentification is given."""
    communication_preferences: list[CommunicationPreference] | None = attrs.field(
        default=None, metadata={"wire": "communicationPreferences"}
    )
    """Communication preferences of the customer."""
    document_identification: DocumentIdentification | None = attrs.field(
        default=None, metadata={"wire": "documentIdentification"}
    )
    payment_request_token: str | None = attrs.field(
        default=None, metadata={"wire": "paymentRequestToken"}
    )
    """Token from a user payment session; its payment method (and instrument, if any) becomes the customer's. Without it the customer pays by cash."""
    additional_information_field_assignments: list[AdditionalInformationFieldAssignment] | None = (
        attrs.field(default=None, metadata={"wire": "additionalInformationFieldAssignments"})
    )
    """Values of additional information fields."""


@attrs.define(kw_only=True)
class TypedArgumentDto(WireModel):
    """A message argument with its type."""

    value: dict[str, Any] | None = attrs.field(default=None, metadata={"wire": "value"})
    """The argument value."""
    type: TypedArgumentType | None = attrs.field(default=None, metadata={"wire": "type"})
    """Kind of the value."""


@attrs.define(kw_only=True)
class VoidResult(WireModel):
    """Result of an operation that returns no data."""

    success: str | None = attrs.field(default=None, metadata={"wire": "success"})
    """Success marker."""
