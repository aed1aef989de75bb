"""Trial offer configuration, lead customers and trial bookings.

Endpoint functions of the ``Trial Offers`` tag. Each operation is a pure request
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
    "book_appointment_for_trial_offer",
    "book_class_slot_for_trial_offers",
    "confirm_trial_offer_booking",
    "create_lead_customer",
    "get_bookable_appointment_slots_for_trial_offers",
    "get_bookable_trial_offer_appointments",
    "iter_bookable_trial_offer_appointments",
    "get_bookable_trial_offer_classes",
    "iter_bookable_trial_offer_classes",
    "get_class_slots_for_trial_offers",
    "iter_class_slots_for_trial_offers",
    "get_trial_offer_config",
    "validate_class_slot_for_trial_offers",
    "validate_for_appointment_booking_for_trial_offers",
    "validate_for_lead_customer_creation",
]


# ---------------------------------------------------------------- bookAppointmentForTrialOffer


def build_book_appointment_for_trial_offer(
    body: models.AppointmentBookingRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/trial-offers/appointments/booking/book`` without sending it."""
    path = "/v1/trial-offers/appointments/booking/book"
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json("bookAppointmentForTrialOffer", body, models.AppointmentBookingRequest)
    )
    return PreparedRequest(
        operation_id="bookAppointmentForTrialOffer",
        method="POST",
        path_template="/v1/trial-offers/appointments/booking/book",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_book_appointment_for_trial_offer(
    response: RawResponse,
) -> models.AppointmentBookingResult:
    """Turn the 2xx answer of ``bookAppointmentForTrialOffer`` into its typed result."""
    result: models.AppointmentBookingResult = parse_json(
        "bookAppointmentForTrialOffer", response, models.AppointmentBookingResult
    )
    return result


async def book_appointment_for_trial_offer(
    client: AsyncTransport,
    body: models.AppointmentBookingRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.AppointmentBookingResult:
    """Book a trial offer appointment.

    ``POST /v1/trial-offers/appointments/booking/book``: Books a slot of a trial offer bookable appointment for a customer.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        body: the request body, a ``models.AppointmentBookingRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.AppointmentBookingResult``.
    """
    request = build_book_appointment_for_trial_offer(body=body)
    return parse_book_appointment_for_trial_offer(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- bookClassSlotForTrialOffers


def build_book_class_slot_for_trial_offers(
    body: models.ClassSlotBookingRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/trial-offers/classes/booking/book`` without sending it."""
    path = "/v1/trial-offers/classes/booking/book"
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json("bookClassSlotForTrialOffers", body, models.ClassSlotBookingRequest)
    )
    return PreparedRequest(
        operation_id="bookClassSlotForTrialOffers",
        method="POST",
        path_template="/v1/trial-offers/classes/booking/book",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_book_class_slot_for_trial_offers(response: RawResponse) -> models.ClassSlotBookingResult:
    """Turn the 2xx answer of ``bookClassSlotForTrialOffers`` into its typed result."""
    result: models.ClassSlotBookingResult = parse_json(
        "bookClassSlotForTrialOffers", response, models.ClassSlotBookingResult
    )
    return result


async def book_class_slot_for_trial_offers(
    client: AsyncTransport,
    body: models.ClassSlotBookingRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.ClassSlotBookingResult:
    """Book a trial offer class slot.

    ``POST /v1/trial-offers/classes/booking/book``: Books a class slot as a trial offer for a customer.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        body: the request body, a ``models.ClassSlotBookingRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.ClassSlotBookingResult``.
    """
    request = build_book_class_slot_for_trial_offers(body=body)
    return parse_book_class_slot_for_trial_offers(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- confirmTrialOfferBooking


def build_confirm_trial_offer_booking(
    booking_id: int,
) -> PreparedRequest:
    """Prepare ``POST /v1/trial-offers/bookings/{bookingId}/confirm`` without sending it."""
    path = format_path(
        "/v1/trial-offers/bookings/{bookingId}/confirm",
        {
            "bookingId": check_int("booking_id", booking_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="confirmTrialOfferBooking",
        method="POST",
        path_template="/v1/trial-offers/bookings/{bookingId}/confirm",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
    )


def parse_confirm_trial_offer_booking(response: RawResponse) -> models.BookingConfirmationResult:
    """Turn the 2xx answer of ``confirmTrialOfferBooking`` into its typed result."""
    result: models.BookingConfirmationResult = parse_json(
        "confirmTrialOfferBooking", response, models.BookingConfirmationResult
    )
    return result


async def confirm_trial_offer_booking(
    client: AsyncTransport,
    booking_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.BookingConfirmationResult:
    """Confirm a trial offer booking.

    ``POST /v1/trial-offers/bookings/{bookingId}/confirm``: Confirms a class or appointment trial offer booking that needs confirmation.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        booking_id: ID of the booking to confirm. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.BookingConfirmationResult``.
    """
    request = build_confirm_trial_offer_booking(booking_id=booking_id)
    return parse_confirm_trial_offer_booking(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- createLeadCustomer


def build_create_lead_customer(
    body: models.TrialOfferLeadCustomerCreationRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/trial-offers/lead/create`` without sending it."""
    path = "/v1/trial-offers/lead/create"
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json("createLeadCustomer", body, models.TrialOfferLeadCustomerCreationRequest)
    )
    return PreparedRequest(
        operation_id="createLeadCustomer",
        method="POST",
        path_template="/v1/trial-offers/lead/create",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_create_lead_customer(
    response: RawResponse,
) -> models.TrialOfferLeadCustomerCreationResult:
    """Turn the 2xx answer of ``createLeadCustomer`` into its typed result."""
    result: models.TrialOfferLeadCustomerCreationResult = parse_json(
        "createLeadCustomer", response, models.TrialOfferLeadCustomerCreationResult
    )
    return result


async def create_lead_customer(
    client: AsyncTransport,
    body: models.TrialOfferLeadCustomerCreationRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.TrialOfferLeadCustomerCreationResult:
    """Create a trial offer lead customer.

    ``POST /v1/trial-offers/lead/create``: Creates a lead customer for a trial offer configuration.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        body: the request body, a ``models.TrialOfferLeadCustomerCreationRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.TrialOfferLeadCustomerCreationResult``.
    """
    request = build_create_lead_customer(body=body)
    return parse_create_lead_customer(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getBookableAppointmentSlotsForTrialOffers


def build_get_bookable_appointment_slots_for_trial_offers(
    bookable_appointment_id: int,
    *,
    customer_id: int | None = None,
    days_ahead: int | None = None,
    slot_window_start_date: date | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/trial-offers/bookable-trial-offers/appointments/bookable/{bookableAppointmentId}/slots`` without sending it."""
    path = format_path(
        "/v1/trial-offers/bookable-trial-offers/appointments/bookable/{bookableAppointmentId}/slots",
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
        operation_id="getBookableAppointmentSlotsForTrialOffers",
        method="GET",
        path_template="/v1/trial-offers/bookable-trial-offers/appointments/bookable/{bookableAppointmentId}/slots",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_bookable_appointment_slots_for_trial_offers(
    response: RawResponse,
) -> list[models.BookableAppointmentSlot]:
    """Turn the 2xx answer of ``getBookableAppointmentSlotsForTrialOffers`` into its typed result."""
    result: list[models.BookableAppointmentSlot] = parse_json(
        "getBookableAppointmentSlotsForTrialOffers", response, list[models.BookableAppointmentSlot]
    )
    return result


async def get_bookable_appointment_slots_for_trial_offers(
    client: AsyncTransport,
    bookable_appointment_id: int,
    *,
    customer_id: int | None = None,
    days_ahead: int | None = None,
    slot_window_start_date: date | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.BookableAppointmentSlot]:
    """List slots of a trial offer appointment.

    ``GET /v1/trial-offers/bookable-trial-offers/appointments/bookable/{bookableAppointmentId}/slots``: Free slots of a trial offer bookable appointment in the window from slotWindowStartDate to slotWindowStartDate + daysAhead.
    Args:
        bookable_appointment_id: ID of the trial offer bookable appointment. (int, >= 0)
        customer_id: ID of the customer the slots are computed for. (int, >= 0)
        days_ahead: Length of the slot window in days. (int, 1 to 6; default 1)
        slot_window_start_date: First day of the slot window. (datetime.date)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.BookableAppointmentSlot]``.
    """
    request = build_get_bookable_appointment_slots_for_trial_offers(
        bookable_appointment_id=bookable_appointment_id,
        customer_id=customer_id,
        days_ahead=days_ahead,
        slot_window_start_date=slot_window_start_date,
    )
    return parse_get_bookable_appointment_slots_for_trial_offers(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getBookableTrialOfferAppointments


def build_get_bookable_trial_offer_appointments(
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/trial-offers/bookable-trial-offers/appointments/bookable`` without sending it."""
    path = "/v1/trial-offers/bookable-trial-offers/appointments/bookable"
    query: list[tuple[str, str]] = []
    if offset is not None:
        query.append(("offset", check_offset("offset", offset)))
    if slice_size is not None:
        query.append(("sliceSize", check_int("slice_size", slice_size, minimum=10, maximum=100)))
    return PreparedRequest(
        operation_id="getBookableTrialOfferAppointments",
        method="GET",
        path_template="/v1/trial-offers/bookable-trial-offers/appointments/bookable",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_bookable_trial_offer_appointments(
    response: RawResponse,
) -> Page[models.BookableTrialOfferAppointment]:
    """Turn the 2xx answer of ``getBookableTrialOfferAppointments`` into its typed result."""
    return parse_page(
        "getBookableTrialOfferAppointments", response, models.BookableTrialOfferAppointment
    )


async def get_bookable_trial_offer_appointments(
    client: AsyncTransport,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> Page[models.BookableTrialOfferAppointment]:
    """List bookable trial offer appointments.

    ``GET /v1/trial-offers/bookable-trial-offers/appointments/bookable``: Bookable appointments offered as a trial within the next year, in slices.
    Returns one slice; ``iter_bookable_trial_offer_appointments`` walks all of them.

    Args:
        offset: Offset returned by the previous slice (ID of its last bookable appointment). (the offset the previous slice returned; default 0)
        slice_size: Number of trial offer appointments per slice. (int, 10 to 100; default 50)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``Page[models.BookableTrialOfferAppointment]``: ``result``, ``has_next``, ``offset``.
    """
    request = build_get_bookable_trial_offer_appointments(offset=offset, slice_size=slice_size)
    return parse_get_bookable_trial_offer_appointments(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


def iter_bookable_trial_offer_appointments(
    client: AsyncTransport,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> AsyncGenerator[models.BookableTrialOfferAppointment, None]:
    """Every item of ``getBookableTrialOfferAppointments``, fetching slice after slice.

    Arguments are checked now, before anything is sent. ``offset``
    is where to start (default: the beginning). ``timeout`` and ``deadline`` apply to
    each slice's request.
    """

    def build(next_offset: str | None) -> PreparedRequest:
        return build_get_bookable_trial_offer_appointments(
            offset=next_offset, slice_size=slice_size
        )

    start = None if offset is None else check_offset("offset", offset)
    build(start)  # check every argument now, not at the first iteration
    sender = client if deadline is None else client.with_options(deadline=deadline)
    return iterate_slices(
        sender,
        build,
        models.BookableTrialOfferAppointment,
        offset=start,
        timeout=check_timeout(timeout),
    )


# ---------------------------------------------------------------- getBookableTrialOfferClasses


def build_get_bookable_trial_offer_classes(
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/trial-offers/bookable-trial-offers/classes`` without sending it."""
    path = "/v1/trial-offers/bookable-trial-offers/classes"
    query: list[tuple[str, str]] = []
    if offset is not None:
        query.append(("offset", check_offset("offset", offset)))
    if slice_size is not None:
        query.append(("sliceSize", check_int("slice_size", slice_size, minimum=10, maximum=100)))
    return PreparedRequest(
        operation_id="getBookableTrialOfferClasses",
        method="GET",
        path_template="/v1/trial-offers/bookable-trial-offers/classes",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_bookable_trial_offer_classes(response: RawResponse) -> Page[models.TrialOfferClass]:
    """Turn the 2xx answer of ``getBookableTrialOfferClasses`` into its typed result."""
    return parse_page("getBookableTrialOfferClasses", response, models.TrialOfferClass)


async def get_bookable_trial_offer_classes(
    client: AsyncTransport,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> Page[models.TrialOfferClass]:
    """List bookable trial offer classes.

    ``GET /v1/trial-offers/bookable-trial-offers/classes``: Classes bookable as a trial offer within the next year, in slices.
    Returns one slice; ``iter_bookable_trial_offer_classes`` walks all of them.

    Args:
        offset: Offset returned by the previous slice (ID of its last class). (the offset the previous slice returned; default 0)
        slice_size: Number of trial offer classes per slice. (int, 10 to 100; default 50)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``Page[models.TrialOfferClass]``: ``result``, ``has_next``, ``offset``.
    """
    request = build_get_bookable_trial_offer_classes(offset=offset, slice_size=slice_size)
    return parse_get_bookable_trial_offer_classes(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


def iter_bookable_trial_offer_classes(
    client: AsyncTransport,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> AsyncGenerator[models.TrialOfferClass, None]:
    """Every item of ``getBookableTrialOfferClasses``, fetching slice after slice.

    Arguments are checked now, before anything is sent. ``offset``
    is where to start (default: the beginning). ``timeout`` and ``deadline`` apply to
    each slice's request.
    """

    def build(next_offset: str | None) -> PreparedRequest:
        return build_get_bookable_trial_offer_classes(offset=next_offset, slice_size=slice_size)

    start = None if offset is None else check_offset("offset", offset)
    build(start)  # check every argument now, not at the first iteration
    sender = client if deadline is None else client.with_options(deadline=deadline)
    return iterate_slices(
        sender, build, models.TrialOfferClass, offset=start, timeout=check_timeout(timeout)
    )


# ---------------------------------------------------------------- getClassSlotsForTrialOffers


def build_get_class_slots_for_trial_offers(
    class_id: int,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/trial-offers/bookable-trial-offers/classes/{classId}/slots`` without sending it."""
    path = format_path(
        "/v1/trial-offers/bookable-trial-offers/classes/{classId}/slots",
        {
            "classId": check_int("class_id", class_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    if offset is not None:
        query.append(("offset", check_offset("offset", offset)))
    if slice_size is not None:
        query.append(("sliceSize", check_int("slice_size", slice_size, minimum=10, maximum=100)))
    return PreparedRequest(
        operation_id="getClassSlotsForTrialOffers",
        method="GET",
        path_template="/v1/trial-offers/bookable-trial-offers/classes/{classId}/slots",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_class_slots_for_trial_offers(response: RawResponse) -> Page[models.ClassSlot]:
    """Turn the 2xx answer of ``getClassSlotsForTrialOffers`` into its typed result."""
    return parse_page("getClassSlotsForTrialOffers", response, models.ClassSlot)


async def get_class_slots_for_trial_offers(
    client: AsyncTransport,
    class_id: int,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> Page[models.ClassSlot]:
    """List slots of a trial offer class.

    ``GET /v1/trial-offers/bookable-trial-offers/classes/{classId}/slots``: Slots of one trial offer class between yesterday and fourteen days ahead, in slices.
    Returns one slice; ``iter_class_slots_for_trial_offers`` walks all of them.

    Args:
        class_id: ID of the trial offer class. (int, >= 0)
        offset: Offset returned by the previous slice. (the offset the previous slice returned; default 0)
        slice_size: Number of class slots per slice. (int, 10 to 100; default 50)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``Page[models.ClassSlot]``: ``result``, ``has_next``, ``offset``.
    """
    request = build_get_class_slots_for_trial_offers(
        class_id=class_id, offset=offset, slice_size=slice_size
    )
    return parse_get_class_slots_for_trial_offers(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


def iter_class_slots_for_trial_offers(
    client: AsyncTransport,
    class_id: int,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> AsyncGenerator[models.ClassSlot, None]:
    """Every item of ``getClassSlotsForTrialOffers``, fetching slice after slice.

    Arguments are checked now, before anything is sent. ``offset``
    is where to start (default: the beginning). ``timeout`` and ``deadline`` apply to
    each slice's request.
    """

    def build(next_offset: str | None) -> PreparedRequest:
        return build_get_class_slots_for_trial_offers(
            class_id=class_id, offset=next_offset, slice_size=slice_size
        )

    start = None if offset is None else check_offset("offset", offset)
    build(start)  # check every argument now, not at the first iteration
    sender = client if deadline is None else client.with_options(deadline=deadline)
    return iterate_slices(
        sender, build, models.ClassSlot, offset=start, timeout=check_timeout(timeout)
    )


# ---------------------------------------------------------------- getTrialOfferConfig


def build_get_trial_offer_config(
    config_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/trial-offers/config/{configId}`` without sending it."""
    path = format_path(
        "/v1/trial-offers/config/{configId}",
        {
            "configId": check_int("config_id", config_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getTrialOfferConfig",
        method="GET",
        path_template="/v1/trial-offers/config/{configId}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_trial_offer_config(response: RawResponse) -> models.TrialOfferConfig:
    """Turn the 2xx answer of ``getTrialOfferConfig`` into its typed result."""
    result: models.TrialOfferConfig = parse_json(
        "getTrialOfferConfig", response, models.TrialOfferConfig
    )
    return result


async def get_trial_offer_config(
    client: AsyncTransport,
    config_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.TrialOfferConfig:
    """Get a trial offer configuration.

    ``GET /v1/trial-offers/config/{configId}``: Booking rules and lead data settings of one trial offer configuration.
    Args:
        config_id: ID of the trial offer configuration. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.TrialOfferConfig``.
    """
    request = build_get_trial_offer_config(config_id=config_id)
    return parse_get_trial_offer_config(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- validateClassSlotForTrialOffers


def build_validate_class_slot_for_trial_offers(
    body: models.ClassSlotBookingRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/trial-offers/classes/booking/validate`` without sending it."""
    path = "/v1/trial-offers/classes/booking/validate"
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json("validateClassSlotForTrialOffers", body, models.ClassSlotBookingRequest)
    )
    return PreparedRequest(
        operation_id="validateClassSlotForTrialOffers",
        method="POST",
        path_template="/v1/trial-offers/classes/booking/validate",
        path=path,
        retry_class=RetryClass.VALIDATE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_validate_class_slot_for_trial_offers(
    response: RawResponse,
) -> models.ClassSlotBookingValidationResult:
    """Turn the 2xx answer of ``validateClassSlotForTrialOffers`` into its typed result."""
    result: models.ClassSlotBookingValidationResult = parse_json(
        "validateClassSlotForTrialOffers", response, models.ClassSlotBookingValidationResult
    )
    return result


async def validate_class_slot_for_trial_offers(
    client: AsyncTransport,
    body: models.ClassSlotBookingRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.ClassSlotBookingValidationResult:
    """Validate a trial offer class booking.

    ``POST /v1/trial-offers/classes/booking/validate``: Checks whether the customer could book the trial offer class slot, without booking it.
    Args:
        body: the request body, a ``models.ClassSlotBookingRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.ClassSlotBookingValidationResult``.
    """
    request = build_validate_class_slot_for_trial_offers(body=body)
    return parse_validate_class_slot_for_trial_offers(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- validateForAppointmentBookingForTrialOffers


def build_validate_for_appointment_booking_for_trial_offers(
    body: models.AppointmentBookingRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/trial-offers/appointments/booking/validate`` without sending it."""
    path = "/v1/trial-offers/appointments/booking/validate"
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json(
            "validateForAppointmentBookingForTrialOffers", body, models.AppointmentBookingRequest
        )
    )
    return PreparedRequest(
        operation_id="validateForAppointmentBookingForTrialOffers",
        method="POST",
        path_template="/v1/trial-offers/appointments/booking/validate",
        path=path,
        retry_class=RetryClass.VALIDATE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_validate_for_appointment_booking_for_trial_offers(
    response: RawResponse,
) -> models.AppointmentBookingValidationResult:
    """Turn the 2xx answer of ``validateForAppointmentBookingForTrialOffers`` into its typed result."""
    result: models.AppointmentBookingValidationResult = parse_json(
        "validateForAppointmentBookingForTrialOffers",
        response,
        models.AppointmentBookingValidationResult,
    )
    return result


async def validate_for_appointment_booking_for_trial_offers(
    client: AsyncTransport,
    body: models.AppointmentBookingRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.AppointmentBookingValidationResult:
    """Validate a trial offer appointment booking.

    ``POST /v1/trial-offers/appointments/booking/validate``: Checks whether the customer could book the trial offer appointment slot, without booking it.
    Args:
        body: the request body, a ``models.AppointmentBookingRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.AppointmentBookingValidationResult``.
    """
    request = build_validate_for_appointment_booking_for_trial_offers(body=body)
    return parse_validate_for_appointment_booking_for_trial_offers(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- validateForLeadCustomerCreation


def build_validate_for_lead_customer_creation(
    body: models.TrialOfferLeadCustomerCreationRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/trial-offers/lead/validate`` without sending it."""
    path = "/v1/trial-offers/lead/validate"
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json(
            "validateForLeadCustomerCreation", body, models.TrialOfferLeadCustomerCreationRequest
        )
    )
    return PreparedRequest(
        operation_id="validateForLeadCustomerCreation",
        method="POST",
        path_template="/v1/trial-offers/lead/validate",
        path=path,
        retry_class=RetryClass.VALIDATE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_validate_for_lead_customer_creation(
    response: RawResponse,
) -> models.TrialOfferLeadCustomerCreationValidationResult:
    """Turn the 2xx answer of ``validateForLeadCustomerCreation`` into its typed result."""
    result: models.TrialOfferLeadCustomerCreationValidationResult = parse_json(
        "validateForLeadCustomerCreation",
        response,
        models.TrialOfferLeadCustomerCreationValidationResult,
    )
    return result


async def validate_for_lead_customer_creation(
    client: AsyncTransport,
    body: models.TrialOfferLeadCustomerCreationRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.TrialOfferLeadCustomerCreationValidationResult:
    """Validate trial offer lead data.

    ``POST /v1/trial-offers/lead/validate``: Checks whether a lead customer could be created for a trial offer, without creating it.
    Args:
        body: the request body, a ``models.TrialOfferLeadCustomerCreationRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.TrialOfferLeadCustomerCreationValidationResult``.
    """
    request = build_validate_for_lead_customer_creation(body=body)
    return parse_validate_for_lead_customer_creation(
        await client.send(request, timeout=timeout, deadline=deadline)
    )
