"""Typed models of the PerfectGym Next Open API (1.13.2): the ``appointments`` tag's own shapes.

Import them from ``perfectgym_async.models`` (``models.AppointmentBookingRequest``); this module is
loaded on first use. Generated from spec/openapi.yaml by ``python -m generator``; edit
the spec, not this file. Attribute names are snake_case; each field's wire (camelCase)
name is in its ``metadata["wire"]``. Fields the API may omit default to ``None``.
"""

from __future__ import annotations

from datetime import datetime

import attrs

from ..types import OpenEnum

__all__ = [
    "AppointmentBookingStatus",
    "AppointmentBookingValidationStatus",
    "AppointmentStatus",
    "ParticipantStatus",
    "AppointmentBookingRequest",
    "Instructor",
    "AppointmentBookingResult",
    "AppointmentBookingResultWithCustomerId",
    "AppointmentBookingValidationResult",
    "BookableAppointment",
    "BookableAppointmentSlot",
    "VoidResult",
]


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


class ParticipantStatus(OpenEnum):
    """Participation status of the customer.

    Unknown values from newer API versions are kept and compare equal to their string.
    """

    PARTICIPATING = "PARTICIPATING"
    NOT_PARTICIPATING = "NOT_PARTICIPATING"
    UNSET = "UNSET"


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
class VoidResult:
    """Result of an operation that returns no data."""

    success: str | None = attrs.field(default=None, metadata={"wire": "success"})
    """Success marker."""
