"""Classes, their slots and class bookings.

Endpoint functions of the ``Classes`` tag. Each operation is a pure request
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
from .._responses import parse_empty, parse_json
from .._retry import RetryClass
from .._serde import dumps, to_request_json
from .._transport import AsyncTransport
from ..types import Page, Timeout

__all__ = [
    "book_class_slot",
    "cancel_class_slot_by_id",
    "get_active_classes",
    "iter_active_classes",
    "get_class_booking_by_id",
    "get_class_bookings_by_customer_id",
    "get_class_by_id",
    "get_class_slot_by_id",
    "get_class_slots",
    "iter_class_slots",
    "get_class_slots_for_multiple_classes",
    "iter_class_slots_for_multiple_classes",
    "validate_class_slot",
]


# ---------------------------------------------------------------- bookClassSlot


def build_book_class_slot(
    body: models.ClassSlotBookingRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/classes/booking/book`` without sending it."""
    path = "/v1/classes/booking/book"
    query: list[tuple[str, str]] = []
    payload = dumps(to_request_json("bookClassSlot", body, models.ClassSlotBookingRequest))
    return PreparedRequest(
        operation_id="bookClassSlot",
        method="POST",
        path_template="/v1/classes/booking/book",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_book_class_slot(response: RawResponse) -> models.ClassSlotBookingResult:
    """Turn the 2xx answer of ``bookClassSlot`` into its typed result."""
    result: models.ClassSlotBookingResult = parse_json(
        "bookClassSlot", response, models.ClassSlotBookingResult
    )
    return result


async def book_class_slot(
    client: AsyncTransport,
    body: models.ClassSlotBookingRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.ClassSlotBookingResult:
    """Book a class slot.

    ``POST /v1/classes/booking/book``: Books a class slot for a customer.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        body: the request body, a ``models.ClassSlotBookingRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.ClassSlotBookingResult``.
    """
    request = build_book_class_slot(body=body)
    return parse_book_class_slot(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- cancelClassSlotById


def build_cancel_class_slot_by_id(
    booking_id: int,
) -> PreparedRequest:
    """Prepare ``DELETE /v1/classes/booking/{bookingId}`` without sending it."""
    path = format_path(
        "/v1/classes/booking/{bookingId}",
        {
            "bookingId": check_int("booking_id", booking_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="cancelClassSlotById",
        method="DELETE",
        path_template="/v1/classes/booking/{bookingId}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_cancel_class_slot_by_id(response: RawResponse) -> None:
    """Turn the 2xx answer of ``cancelClassSlotById`` into its typed result."""
    parse_empty("cancelClassSlotById", response)


async def cancel_class_slot_by_id(
    client: AsyncTransport,
    booking_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> None:
    """Cancel a class booking.

    ``DELETE /v1/classes/booking/{bookingId}``: Cancels the class booking with the given ID.
    Args:
        booking_id: ID of the class booking to cancel. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        nothing: the API answers without a body.
    """
    request = build_cancel_class_slot_by_id(booking_id=booking_id)
    parse_cancel_class_slot_by_id(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- getActiveClasses


def build_get_active_classes(
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/classes`` without sending it."""
    path = "/v1/classes"
    query: list[tuple[str, str]] = []
    if offset is not None:
        query.append(("offset", check_offset("offset", offset)))
    if slice_size is not None:
        query.append(("sliceSize", check_int("slice_size", slice_size, minimum=10, maximum=100)))
    return PreparedRequest(
        operation_id="getActiveClasses",
        method="GET",
        path_template="/v1/classes",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_active_classes(response: RawResponse) -> Page[models.Class]:
    """Turn the 2xx answer of ``getActiveClasses`` into its typed result."""
    return parse_page("getActiveClasses", response, models.Class)


async def get_active_classes(
    client: AsyncTransport,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> Page[models.Class]:
    """List classes.

    ``GET /v1/classes``: Classes that have at least one scheduled date between yesterday and fourteen days ahead, in slices.
    Returns one slice; ``iter_active_classes`` walks all of them.

    Args:
        offset: Offset returned by the previous slice (ID of its last class). (the offset the previous slice returned; default 0)
        slice_size: Number of classes per slice. (int, 10 to 100; default 50)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``Page[models.Class]``: ``result``, ``has_next``, ``offset``.
    """
    request = build_get_active_classes(offset=offset, slice_size=slice_size)
    return parse_get_active_classes(await client.send(request, timeout=timeout, deadline=deadline))


def iter_active_classes(
    client: AsyncTransport,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> AsyncGenerator[models.Class, None]:
    """Every item of ``getActiveClasses``, fetching slice after slice.

    Arguments are checked now, before anything is sent. ``offset``
    is where to start (default: the beginning). ``timeout`` and ``deadline`` apply to
    each slice's request.
    """

    def build(next_offset: str | None) -> PreparedRequest:
        return build_get_active_classes(offset=next_offset, slice_size=slice_size)

    start = None if offset is None else check_offset("offset", offset)
    build(start)  # check every argument now, not at the first iteration
    sender = client if deadline is None else client.with_options(deadline=deadline)
    return iterate_slices(sender, build, models.Class, offset=start, timeout=check_timeout(timeout))


# ---------------------------------------------------------------- getClassBookingById


def build_get_class_booking_by_id(
    booking_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/classes/booking/{bookingId}`` without sending it."""
    path = format_path(
        "/v1/classes/booking/{bookingId}",
        {
            "bookingId": check_int("booking_id", booking_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getClassBookingById",
        method="GET",
        path_template="/v1/classes/booking/{bookingId}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_class_booking_by_id(response: RawResponse) -> models.ClassSlotBookingResult:
    """Turn the 2xx answer of ``getClassBookingById`` into its typed result."""
    result: models.ClassSlotBookingResult = parse_json(
        "getClassBookingById", response, models.ClassSlotBookingResult
    )
    return result


async def get_class_booking_by_id(
    client: AsyncTransport,
    booking_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.ClassSlotBookingResult:
    """Get a class booking.

    ``GET /v1/classes/booking/{bookingId}``: One class booking by its ID.
    Args:
        booking_id: ID of the class booking. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.ClassSlotBookingResult``.
    """
    request = build_get_class_booking_by_id(booking_id=booking_id)
    return parse_get_class_booking_by_id(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getClassBookingsByCustomerId


def build_get_class_bookings_by_customer_id(
    *,
    customer_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/classes/booking`` without sending it."""
    path = "/v1/classes/booking"
    query: list[tuple[str, str]] = []
    query.append(("customerId", check_int("customer_id", customer_id, minimum=0)))
    return PreparedRequest(
        operation_id="getClassBookingsByCustomerId",
        method="GET",
        path_template="/v1/classes/booking",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_class_bookings_by_customer_id(
    response: RawResponse,
) -> list[models.ClassSlotBookingResult]:
    """Turn the 2xx answer of ``getClassBookingsByCustomerId`` into its typed result."""
    result: list[models.ClassSlotBookingResult] = parse_json(
        "getClassBookingsByCustomerId", response, list[models.ClassSlotBookingResult]
    )
    return result


async def get_class_bookings_by_customer_id(
    client: AsyncTransport,
    *,
    customer_id: int,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.ClassSlotBookingResult]:
    """List a customer's class bookings.

    ``GET /v1/classes/booking``: Class bookings of one customer whose period lies within two weeks before or after now.
    Args:
        customer_id: ID of the customer. (int, >= 0; required)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.ClassSlotBookingResult]``.
    """
    request = build_get_class_bookings_by_customer_id(customer_id=customer_id)
    return parse_get_class_bookings_by_customer_id(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getClassById


def build_get_class_by_id(
    class_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/classes/{classId}`` without sending it."""
    path = format_path(
        "/v1/classes/{classId}",
        {
            "classId": check_int("class_id", class_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getClassById",
        method="GET",
        path_template="/v1/classes/{classId}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_class_by_id(response: RawResponse) -> models.Class:
    """Turn the 2xx answer of ``getClassById`` into its typed result."""
    result: models.Class = parse_json("getClassById", response, models.Class)
    return result


async def get_class_by_id(
    client: AsyncTransport,
    class_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.Class:
    """Get a class.

    ``GET /v1/classes/{classId}``: One class by its ID.
    Args:
        class_id: ID of the class. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.Class``.
    """
    request = build_get_class_by_id(class_id=class_id)
    return parse_get_class_by_id(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- getClassSlotById


def build_get_class_slot_by_id(
    class_id: int,
    class_slot_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/classes/{classId}/slots/{classSlotId}`` without sending it."""
    path = format_path(
        "/v1/classes/{classId}/slots/{classSlotId}",
        {
            "classId": check_int("class_id", class_id, minimum=0),
            "classSlotId": check_int("class_slot_id", class_slot_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getClassSlotById",
        method="GET",
        path_template="/v1/classes/{classId}/slots/{classSlotId}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_class_slot_by_id(response: RawResponse) -> models.ClassSlot:
    """Turn the 2xx answer of ``getClassSlotById`` into its typed result."""
    result: models.ClassSlot = parse_json("getClassSlotById", response, models.ClassSlot)
    return result


async def get_class_slot_by_id(
    client: AsyncTransport,
    class_id: int,
    class_slot_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.ClassSlot:
    """Get a class slot.

    ``GET /v1/classes/{classId}/slots/{classSlotId}``: One slot of a class by its ID.
    Args:
        class_id: ID of the class. (int, >= 0)
        class_slot_id: ID of the class slot. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.ClassSlot``.
    """
    request = build_get_class_slot_by_id(class_id=class_id, class_slot_id=class_slot_id)
    return parse_get_class_slot_by_id(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getClassSlots


def build_get_class_slots(
    class_id: int,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/classes/{classId}/slots`` without sending it."""
    path = format_path(
        "/v1/classes/{classId}/slots",
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
        operation_id="getClassSlots",
        method="GET",
        path_template="/v1/classes/{classId}/slots",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_class_slots(response: RawResponse) -> Page[models.ClassSlot]:
    """Turn the 2xx answer of ``getClassSlots`` into its typed result."""
    return parse_page("getClassSlots", response, models.ClassSlot)


async def get_class_slots(
    client: AsyncTransport,
    class_id: int,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> Page[models.ClassSlot]:
    """List slots of a class.

    ``GET /v1/classes/{classId}/slots``: Slots of one class between yesterday and fourteen days ahead, in slices.
    Returns one slice; ``iter_class_slots`` walks all of them.

    Args:
        class_id: ID of the class. (int, >= 0)
        offset: Offset returned by the previous slice. (the offset the previous slice returned; default 0)
        slice_size: Number of class slots per slice. (int, 10 to 100; default 50)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``Page[models.ClassSlot]``: ``result``, ``has_next``, ``offset``.
    """
    request = build_get_class_slots(class_id=class_id, offset=offset, slice_size=slice_size)
    return parse_get_class_slots(await client.send(request, timeout=timeout, deadline=deadline))


def iter_class_slots(
    client: AsyncTransport,
    class_id: int,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> AsyncGenerator[models.ClassSlot, None]:
    """Every item of ``getClassSlots``, fetching slice after slice.

    Arguments are checked now, before anything is sent. ``offset``
    is where to start (default: the beginning). ``timeout`` and ``deadline`` apply to
    each slice's request.
    """

    def build(next_offset: str | None) -> PreparedRequest:
        return build_get_class_slots(class_id=class_id, offset=next_offset, slice_size=slice_size)

    start = None if offset is None else check_offset("offset", offset)
    build(start)  # check every argument now, not at the first iteration
    sender = client if deadline is None else client.with_options(deadline=deadline)
    return iterate_slices(
        sender, build, models.ClassSlot, offset=start, timeout=check_timeout(timeout)
    )


# ---------------------------------------------------------------- getClassSlotsForMultipleClasses


def build_get_class_slots_for_multiple_classes(
    *,
    days_ahead: int | None = None,
    slot_window_start_date: date | None = None,
    offset: str | int | None = None,
    slice_size: int | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/classes/slots`` without sending it."""
    path = "/v1/classes/slots"
    query: list[tuple[str, str]] = []
    if days_ahead is not None:
        query.append(
            (
                "daysAhead",
                check_int("days_ahead", days_ahead, minimum=-2147483648, maximum=2147483647),
            )
        )
    if slot_window_start_date is not None:
        query.append(
            ("slotWindowStartDate", check_date("slot_window_start_date", slot_window_start_date))
        )
    if offset is not None:
        query.append(("offset", check_offset("offset", offset)))
    if slice_size is not None:
        query.append(("sliceSize", check_int("slice_size", slice_size, minimum=10, maximum=100)))
    return PreparedRequest(
        operation_id="getClassSlotsForMultipleClasses",
        method="GET",
        path_template="/v1/classes/slots",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_class_slots_for_multiple_classes(response: RawResponse) -> Page[models.ClassSlot]:
    """Turn the 2xx answer of ``getClassSlotsForMultipleClasses`` into its typed result."""
    return parse_page("getClassSlotsForMultipleClasses", response, models.ClassSlot)


async def get_class_slots_for_multiple_classes(
    client: AsyncTransport,
    *,
    days_ahead: int | None = None,
    slot_window_start_date: date | None = None,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> Page[models.ClassSlot]:
    """List slots of all classes.

    ``GET /v1/classes/slots``: Slots of every class in the window from slotWindowStartDate to slotWindowStartDate + daysAhead, in slices.
    Returns one slice; ``iter_class_slots_for_multiple_classes`` walks all of them.

    Args:
        days_ahead: Length of the slot window in days. (int)
        slot_window_start_date: First day of the slot window. (datetime.date)
        offset: Offset returned by the previous slice. (the offset the previous slice returned; default 0)
        slice_size: Number of class slots per slice. (int, 10 to 100; default 50)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``Page[models.ClassSlot]``: ``result``, ``has_next``, ``offset``.
    """
    request = build_get_class_slots_for_multiple_classes(
        days_ahead=days_ahead,
        slot_window_start_date=slot_window_start_date,
        offset=offset,
        slice_size=slice_size,
    )
    return parse_get_class_slots_for_multiple_classes(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


def iter_class_slots_for_multiple_classes(
    client: AsyncTransport,
    *,
    days_ahead: int | None = None,
    slot_window_start_date: date | None = None,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> AsyncGenerator[models.ClassSlot, None]:
    """Every item of ``getClassSlotsForMultipleClasses``, fetching slice after slice.

    Arguments are checked now, before anything is sent. ``offset``
    is where to start (default: the beginning). ``timeout`` and ``deadline`` apply to
    each slice's request.
    """

    def build(next_offset: str | None) -> PreparedRequest:
        return build_get_class_slots_for_multiple_classes(
            days_ahead=days_ahead,
            slot_window_start_date=slot_window_start_date,
            offset=next_offset,
            slice_size=slice_size,
        )

    start = None if offset is None else check_offset("offset", offset)
    build(start)  # check every argument now, not at the first iteration
    sender = client if deadline is None else client.with_options(deadline=deadline)
    return iterate_slices(
        sender, build, models.ClassSlot, offset=start, timeout=check_timeout(timeout)
    )


# ---------------------------------------------------------------- validateClassSlot


def build_validate_class_slot(
    body: models.ClassSlotBookingRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/classes/booking/validate`` without sending it."""
    path = "/v1/classes/booking/validate"
    query: list[tuple[str, str]] = []
    payload = dumps(to_request_json("validateClassSlot", body, models.ClassSlotBookingRequest))
    return PreparedRequest(
        operation_id="validateClassSlot",
        method="POST",
        path_template="/v1/classes/booking/validate",
        path=path,
        retry_class=RetryClass.VALIDATE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_validate_class_slot(response: RawResponse) -> models.ClassSlotBookingValidationResult:
    """Turn the 2xx answer of ``validateClassSlot`` into its typed result."""
    result: models.ClassSlotBookingValidationResult = parse_json(
        "validateClassSlot", response, models.ClassSlotBookingValidationResult
    )
    return result


async def validate_class_slot(
    client: AsyncTransport,
    body: models.ClassSlotBookingRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.ClassSlotBookingValidationResult:
    """Validate a class booking.

    ``POST /v1/classes/booking/validate``: Checks whether the customer could book the class slot, without booking it.
    Args:
        body: the request body, a ``models.ClassSlotBookingRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.ClassSlotBookingValidationResult``.
    """
    request = build_validate_class_slot(body=body)
    return parse_validate_class_slot(await client.send(request, timeout=timeout, deadline=deadline))
