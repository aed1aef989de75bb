"""Bookable appointments, their slots and appointment bookings.

Endpoint functions of the ``Appointments`` tag. Each operation is a pure request
builder (``build_*``), a pure response parser (``parse_*``) and one small async
function that sends the one through the client and hands the answer to the other.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Mapping
from datetime import date
from typing import Any

from .. import models
from .._pagination import iterate_slices, parse_page
from .._request import (
    PreparedRequest,
    RawResponse,
    check_date,
    check_int,
    check_offset,
    check_timeout,
    format_path,
)
from .._responses import parse_json
from .._retry import RetryClass
from .._serde import dumps, to_request_json
from .._transport import AsyncTransport
from ..types import Page, Timeout

__all__ = [
    "book_appointment_booking",
    "delete_appointment_booking",
    "get_appointment_booking",
    "get_appointment_bookings",
    "get_bookable_appointment",
    "get_bookable_appointment_slots",
    "get_bookable_appointments",
    "iter_bookable_appointments",
    "validate_for_appointment_booking",
]


# ---------------------------------------------------------------- bookAppointmentBooking


def build_book_appointment_booking(
    body: models.AppointmentBookingRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/appointments/booking/book`` without sending it."""
    path = "/v1/appointments/booking/book"
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json("bookAppointmentBooking", body, models.AppointmentBookingRequest)
    )
    return PreparedRequest(
        operation_id="bookAppointmentBooking",
        method="POST",
        path_template="/v1/appointments/booking/book",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_book_appointment_booking(response: RawResponse) -> models.AppointmentBookingResult:
    """Turn the 2xx answer of ``bookAppointmentBooking`` into its typed result."""
    result: models.AppointmentBookingResult = parse_json(
        "bookAppointmentBooking", response, models.AppointmentBookingResult
    )
    return result


async def book_appointment_booking(
    client: AsyncTransport,
    body: models.AppointmentBookingRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.AppointmentBookingResult:
    """Book an appointment.

    ``POST /v1/appointments/booking/book``: Books a slot of a bookable appointment for a customer.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        body: the request body, a ``models.AppointmentBookingRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.AppointmentBookingResult``.
    """
    request = build_book_appointment_booking(body=body)
    return parse_book_appointment_booking(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- deleteAppointmentBooking


def build_delete_appointment_booking(
    booking_id: int,
) -> PreparedRequest:
    """Prepare ``DELETE /v1/appointments/booking/{bookingId}`` without sending it."""
    path = format_path(
        "/v1/appointments/booking/{bookingId}",
        {
            "bookingId": check_int("booking_id", booking_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="deleteAppointmentBooking",
        method="DELETE",
        path_template="/v1/appointments/booking/{bookingId}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_delete_appointment_booking(response: RawResponse) -> models.VoidResult:
    """Turn the 2xx answer of ``deleteAppointmentBooking`` into its typed result."""
    result: models.VoidResult = parse_json("deleteAppointmentBooking", response, models.VoidResult)
    return result


async def delete_appointment_booking(
    client: AsyncTransport,
    booking_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.VoidResult:
    """Delete an appointment booking.

    ``DELETE /v1/appointments/booking/{bookingId}``: Cancels and removes an appointment booking by its ID.
    Args:
        booking_id: ID of the appointment booking. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.VoidResult``.
    """
    request = build_delete_appointment_booking(booking_id=booking_id)
    return parse_delete_appointment_booking(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getAppointmentBooking


def build_get_appointment_booking(
    booking_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/appointments/booking/{bookingId}`` without sending it."""
    path = format_path(
        "/v1/appointments/booking/{bookingId}",
        {
            "bookingId": check_int("booking_id", booking_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getAppointmentBooking",
        method="GET",
        path_template="/v1/appointments/booking/{bookingId}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_appointment_booking(
    response: RawResponse,
) -> models.AppointmentBookingResultWithCustomerId:
    """Turn the 2xx answer of ``getAppointmentBooking`` into its typed result."""
    result: models.AppointmentBookingResultWithCustomerId = parse_json(
        "getAppointmentBooking", response, models.AppointmentBookingResultWithCustomerId
    )
    return result


async def get_appointment_booking(
    client: AsyncTransport,
    booking_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.AppointmentBookingResultWithCustomerId:
    """Get an appointment booking.

    ``GET /v1/appointments/booking/{bookingId}``: One appointment booking by its ID, including the booked customer.
    Args:
        booking_id: ID of the appointment booking. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.AppointmentBookingResultWithCustomerId``.
    """
    request = build_get_appointment_booking(booking_id=booking_id)
    return parse_get_appointment_booking(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getAppointmentBookings


def build_get_appointment_bookings(
    *,
    customer_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/appointments/booking`` without sending it."""
    path = "/v1/appointments/booking"
    query: list[tuple[str, str]] = []
    query.append(("customerId", check_int("customer_id", customer_id, minimum=0)))
    return PreparedRequest(
        operation_id="getAppointmentBookings",
        method="GET",
        path_template="/v1/appointments/booking",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_appointment_bookings(response: RawResponse) -> list[models.AppointmentBookingResult]:
    """Turn the 2xx answer of ``getAppointmentBookings`` into its typed result."""
    result: list[models.AppointmentBookingResult] = parse_json(
        "getAppointmentBookings", response, list[models.AppointmentBookingResult]
    )
    return result


async def get_appointment_bookings(
    client: AsyncTransport,
    *,
    customer_id: int,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.AppointmentBookingResult]:
    """List a customer's appointment bookings.

    ``GET /v1/appointments/booking``: Bookings of one customer whose period lies within two weeks before or after now.
    Args:
        customer_id: ID of the customer. (int, >= 0; required)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.AppointmentBookingResult]``.
    """
    request = build_get_appointment_bookings(customer_id=customer_id)
    return parse_get_appointment_bookings(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getBookableAppointment


def build_get_bookable_appointment(
    bookable_appointment_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/appointments/bookable/{bookableAppointmentId}`` without sending it."""
    path = format_path(
        "/v1/appointments/bookable/{bookableAppointmentId}",
        {
            "bookableAppointmentId": check_int(
                "bookable_appointment_id", bookable_appointment_id, minimum=0
            ),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getBookableAppointment",
        method="GET",
        path_template="/v1/appointments/bookable/{bookableAppointmentId}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_bookable_appointment(response: RawResponse) -> models.BookableAppointment:
    """Turn the 2xx answer of ``getBookableAppointment`` into its typed result."""
    result: models.BookableAppointment = parse_json(
        "getBookableAppointment", response, models.BookableAppointment
    )
    return result


async def get_bookable_appointment(
    client: AsyncTransport,
    bookable_appointment_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.BookableAppointment:
    """Get a bookable appointment.

    ``GET /v1/appointments/bookable/{bookableAppointmentId}``: One bookable appointment by its ID.
    Args:
        bookable_appointment_id: ID of the bookable appointment. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.BookableAppointment``.
    """
    request = build_get_bookable_appointment(bookable_appointment_id=bookable_appointment_id)
    return parse_get_bookable_appointment(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getBookableAppointmentSlots


def build_get_bookable_appointment_slots(
    bookable_appointment_id: int,
    *,
    customer_id: int | None = None,
    days_ahead: int | None = None,
    slot_window_start_date: date | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/appointments/bookable/{bookableAppointmentId}/slots`` without sending it."""
    path = format_path(
        "/v1/appointments/bookable/{bookableAppointmentId}/slots",
        {
            "bookableAppointmentId": check_int(
                "bookable_appointment_id", bookable_appointment_id, minimum=0
            ),
        },
    )
    query: list[tuple[str, str]] = []
    if customer_id is not None:
        query.append(("customerId", check_int("customer_id", customer_id, minimum=0)))
    if days_ahead is not None:
        query.append(("daysAhead", check_int("days_ahead", days_ahead, minimum=1, maximum=6)))
    if slot_window_start_date is not None:
        query.append(
            ("slotWindowStartDate", check_date("slot_window_start_date", slot_window_start_date))
        )
    return PreparedRequest(
        operation_id="getBookableAppointmentSlots",
        method="GET",
        path_template="/v1/appointments/bookable/{bookableAppointmentId}/slots",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_bookable_appointment_slots(
    response: RawResponse,
) -> list[models.BookableAppointmentSlot]:
    """Turn the 2xx answer of ``getBookableAppointmentSlots`` into its typed result."""
    result: list[models.BookableAppointmentSlot] = parse_json(
        "getBookableAppointmentSlots", response, list[models.BookableAppointmentSlot]
    )
    return result


async def get_bookable_appointment_slots(
    client: AsyncTransport,
    bookable_appointment_id: int,
    *,
    customer_id: int | None = None,
    days_ahead: int | None = None,
    slot_window_start_date: date | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.BookableAppointmentSlot]:
    """List slots of a bookable appointment.

    ``GET /v1/appointments/bookable/{bookableAppointmentId}/slots``: Free slots of a bookable appointment in the window from slotWindowStartDate to slotWindowStartDate + daysAhead.
    Args:
        bookable_appointment_id: ID of the bookable appointment. (int, >= 0)
        customer_id: ID of the customer the slots are computed for. (int, >= 0)
        days_ahead: Length of the slot window in days. (int, 1 to 6; default 1)
        slot_window_start_date: First day of the slot window. (datetime.date)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.BookableAppointmentSlot]``.
    """
    request = build_get_bookable_appointment_slots(
        bookable_appointment_id=bookable_appointment_id,
        customer_id=customer_id,
        days_ahead=days_ahead,
        slot_window_start_date=slot_window_start_date,
    )
    return parse_get_bookable_appointment_slots(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getBookableAppointments


def build_get_bookable_appointments(
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/appointments/bookable`` without sending it."""
    path = "/v1/appointments/bookable"
    query: list[tuple[str, str]] = []
    if offset is not None:
        query.append(("offset", check_offset("offset", offset)))
    if slice_size is not None:
        query.append(("sliceSize", check_int("slice_size", slice_size, minimum=10, maximum=100)))
    return PreparedRequest(
        operation_id="getBookableAppointments",
        method="GET",
        path_template="/v1/appointments/bookable",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_bookable_appointments(response: RawResponse) -> Page[models.BookableAppointment]:
    """Turn the 2xx answer of ``getBookableAppointments`` into its typed result."""
    return parse_page("getBookableAppointments", response, models.BookableAppointment)


async def get_bookable_appointments(
    client: AsyncTransport,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> Page[models.BookableAppointment]:
    """List bookable appointments.

    ``GET /v1/appointments/bookable``: Bookable appointments of the studio, in slices.
    Returns one slice; ``iter_bookable_appointments`` walks all of them.

    Args:
        offset: Offset returned by the previous slice (ID of its last bookable appointment). (the offset the previous slice returned; default 0)
        slice_size: Number of bookable appointments per slice. (int, 10 to 100; default 50)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``Page[models.BookableAppointment]``: ``result``, ``has_next``, ``offset``.
    """
    request = build_get_bookable_appointments(offset=offset, slice_size=slice_size)
    return parse_get_bookable_appointments(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


def iter_bookable_appointments(
    client: AsyncTransport,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> AsyncGenerator[models.BookableAppointment, None]:
    """Every item of ``getBookableAppointments``, fetching slice after slice.

    Arguments are checked now, before anything is sent. ``offset``
    is where to start (default: the beginning). ``timeout`` and ``deadline`` apply to
    each slice's request.
    """

    def build(next_offset: str | None) -> PreparedRequest:
        return build_get_bookable_appointments(offset=next_offset, slice_size=slice_size)

    start = None if offset is None else check_offset("offset", offset)
    build(start)  # check every argument now, not at the first iteration
    sender = client if deadline is None else client.with_options(deadline=deadline)
    return iterate_slices(
        sender, build, models.BookableAppointment, offset=start, timeout=check_timeout(timeout)
    )


# ---------------------------------------------------------------- validateForAppointmentBooking


def build_validate_for_appointment_booking(
    body: models.AppointmentBookingRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/appointments/bookable/validate`` without sending it."""
    path = "/v1/appointments/bookable/validate"
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json("validateForAppointmentBooking", body, models.AppointmentBookingRequest)
    )
    return PreparedRequest(
        operation_id="validateForAppointmentBooking",
        method="POST",
        path_template="/v1/appointments/bookable/validate",
        path=path,
        retry_class=RetryClass.VALIDATE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_validate_for_appointment_booking(
    response: RawResponse,
) -> models.AppointmentBookingValidationResult:
    """Turn the 2xx answer of ``validateForAppointmentBooking`` into its typed result."""
    result: models.AppointmentBookingValidationResult = parse_json(
        "validateForAppointmentBooking", response, models.AppointmentBookingValidationResult
    )
    return result


async def validate_for_appointment_booking(
    client: AsyncTransport,
    body: models.AppointmentBookingRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.AppointmentBookingValidationResult:
    """Validate an appointment booking.

    ``POST /v1/appointments/bookable/validate``: Checks whether the customer could book the given slot, without booking it.
    Args:
        body: the request body, a ``models.AppointmentBookingRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.AppointmentBookingValidationResult``.
    """
    request = build_validate_for_appointment_booking(body=body)
    return parse_validate_for_appointment_booking(
        await client.send(request, timeout=timeout, deadline=deadline)
    )
