"""Customers, check-ins and membership offers across partner studios.

Endpoint functions of the ``Cross Studio`` tag. Each operation is a pure request
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
    check_enum,
    check_int,
    check_offset,
    check_str,
    check_timeout,
    format_path,
)
from .._responses import parse_json
from .._retry import RetryClass
from .._serde import dumps, to_request_json
from .._transport import AsyncTransport
from ..types import Page, Timeout

__all__ = [
    "get_cross_studio_customer_by",
    "get_cross_studio_customer_by_id",
    "get_cross_studio_customers_checkin_history",
    "iter_cross_studio_customers_checkin_history",
    "get_studios_with_active_membership_offers",
    "search_cross_studio_customers",
]


# ---------------------------------------------------------------- getCrossStudioCustomerBy


def build_get_cross_studio_customer_by(
    *,
    card_number: str | None = None,
    card_number_format: models.CardNumberFormat | str | None = None,
    debtor_id: str | None = None,
    barcode: str | None = None,
    pin: str | None = None,
    customer_number: str | None = None,
    qr_code_uuid: str | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/cross-studio/customers/by`` without sending it."""
    path = "/v1/cross-studio/customers/by"
    query: list[tuple[str, str]] = []
    if card_number is not None:
        query.append(("cardNumber", check_str("card_number", card_number)))
    if card_number_format is not None:
        query.append(
            (
                "cardNumberFormat",
                check_enum(
                    "card_number_format", card_number_format, ("DECIMAL", "HEX_MSB", "HEX_LSB")
                ),
            )
        )
    if debtor_id is not None:
        query.append(("debtorId", check_str("debtor_id", debtor_id)))
    if barcode is not None:
        query.append(("barcode", check_str("barcode", barcode)))
    if pin is not None:
        query.append(("pin", check_str("pin", pin)))
    if customer_number is not None:
        query.append(("customerNumber", check_str("customer_number", customer_number)))
    if qr_code_uuid is not None:
        query.append(("qrCodeUuid", check_str("qr_code_uuid", qr_code_uuid)))
    return PreparedRequest(
        operation_id="getCrossStudioCustomerBy",
        method="GET",
        path_template="/v1/cross-studio/customers/by",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_cross_studio_customer_by(response: RawResponse) -> models.Customer:
    """Turn the 2xx answer of ``getCrossStudioCustomerBy`` into its typed result."""
    result: models.Customer = parse_json("getCrossStudioCustomerBy", response, models.Customer)
    return result


async def get_cross_studio_customer_by(
    client: AsyncTransport,
    *,
    card_number: str | None = None,
    card_number_format: models.CardNumberFormat | str | None = None,
    debtor_id: str | None = None,
    barcode: str | None = None,
    pin: str | None = None,
    customer_number: str | None = None,
    qr_code_uuid: str | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.Customer:
    """Find a customer across studios by an identifier.

    ``GET /v1/cross-studio/customers/by``: Looks up one customer in any studio with the partner integration active, using one of the identifiers given.
    Args:
        card_number: Card number of the customer. (str, not empty)
        card_number_format: How the card number is to be read, and how card numbers in the result are formatted. (CardNumberFormat, one of DECIMAL, HEX_MSB, HEX_LSB)
        debtor_id: ID of the customer's debtor. (str, not empty)
        barcode: Barcode of the customer. (str, not empty)
        pin: PIN of the customer. (str, not empty)
        customer_number: Customer number. (str, not empty)
        qr_code_uuid: UUID from the customer's QR code. (str, not empty; deprecated by the API)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.Customer``.
    """
    request = build_get_cross_studio_customer_by(
        card_number=card_number,
        card_number_format=card_number_format,
        debtor_id=debtor_id,
        barcode=barcode,
        pin=pin,
        customer_number=customer_number,
        qr_code_uuid=qr_code_uuid,
    )
    return parse_get_cross_studio_customer_by(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getCrossStudioCustomerById


def build_get_cross_studio_customer_by_id(
    customer_id: int,
    *,
    card_number_format: models.CardNumberFormat | str | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/cross-studio/customers/{customerId}`` without sending it."""
    path = format_path(
        "/v1/cross-studio/customers/{customerId}",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    if card_number_format is not None:
        query.append(
            (
                "cardNumberFormat",
                check_enum(
                    "card_number_format", card_number_format, ("DECIMAL", "HEX_MSB", "HEX_LSB")
                ),
            )
        )
    return PreparedRequest(
        operation_id="getCrossStudioCustomerById",
        method="GET",
        path_template="/v1/cross-studio/customers/{customerId}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_cross_studio_customer_by_id(response: RawResponse) -> models.Customer:
    """Turn the 2xx answer of ``getCrossStudioCustomerById`` into its typed result."""
    result: models.Customer = parse_json("getCrossStudioCustomerById", response, models.Customer)
    return result


async def get_cross_studio_customer_by_id(
    client: AsyncTransport,
    customer_id: int,
    *,
    card_number_format: models.CardNumberFormat | str | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.Customer:
    """Get a customer across studios.

    ``GET /v1/cross-studio/customers/{customerId}``: One customer by ID, searched in every studio with the partner integration active.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        card_number_format: How card numbers in the result are formatted. (CardNumberFormat, one of DECIMAL, HEX_MSB, HEX_LSB)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.Customer``.
    """
    request = build_get_cross_studio_customer_by_id(
        customer_id=customer_id, card_number_format=card_number_format
    )
    return parse_get_cross_studio_customer_by_id(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getCrossStudioCustomersCheckinHistory


def build_get_cross_studio_customers_checkin_history(
    customer_id: int,
    *,
    from_date: date | None = None,
    to_date: date | None = None,
    slice_size: int | None = None,
    offset: str | int | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/cross-studio/customers/{customerId}/activities/checkins`` without sending it."""
    path = format_path(
        "/v1/cross-studio/customers/{customerId}/activities/checkins",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    if from_date is not None:
        query.append(("fromDate", check_date("from_date", from_date)))
    if to_date is not None:
        query.append(("toDate", check_date("to_date", to_date)))
    if slice_size is not None:
        query.append(("sliceSize", check_int("slice_size", slice_size, minimum=1, maximum=50)))
    if offset is not None:
        query.append(("offset", check_offset("offset", offset)))
    return PreparedRequest(
        operation_id="getCrossStudioCustomersCheckinHistory",
        method="GET",
        path_template="/v1/cross-studio/customers/{customerId}/activities/checkins",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_cross_studio_customers_checkin_history(
    response: RawResponse,
) -> Page[models.CustomerCheckin]:
    """Turn the 2xx answer of ``getCrossStudioCustomersCheckinHistory`` into its typed result."""
    return parse_page("getCrossStudioCustomersCheckinHistory", response, models.CustomerCheckin)


async def get_cross_studio_customers_checkin_history(
    client: AsyncTransport,
    customer_id: int,
    *,
    from_date: date | None = None,
    to_date: date | None = None,
    slice_size: int | None = None,
    offset: str | int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> Page[models.CustomerCheckin]:
    """List a customer's check-ins across studios.

    ``GET /v1/cross-studio/customers/{customerId}/activities/checkins``: Studio visits of the customer in all studios with the partner integration active, within a date range (one month from today unless given), in slices.
    Returns one slice; ``iter_cross_studio_customers_checkin_history`` walks all of them.

    Args:
        customer_id: ID of the customer. (int, >= 0)
        from_date: First day of the range. (datetime.date)
        to_date: Last day of the range; at most 365 days after fromDate. (datetime.date)
        slice_size: Number of check-ins per slice. (int, 1 to 50; default 10)
        offset: Offset returned by the previous slice. (the offset the previous slice returned; default 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``Page[models.CustomerCheckin]``: ``result``, ``has_next``, ``offset``.
    """
    request = build_get_cross_studio_customers_checkin_history(
        customer_id=customer_id,
        from_date=from_date,
        to_date=to_date,
        slice_size=slice_size,
        offset=offset,
    )
    return parse_get_cross_studio_customers_checkin_history(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


def iter_cross_studio_customers_checkin_history(
    client: AsyncTransport,
    customer_id: int,
    *,
    from_date: date | None = None,
    to_date: date | None = None,
    slice_size: int | None = None,
    offset: str | int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> AsyncGenerator[models.CustomerCheckin, None]:
    """Every item of ``getCrossStudioCustomersCheckinHistory``, fetching slice after slice.

    Arguments are checked now, before anything is sent. ``offset``
    is where to start (default: the beginning). ``timeout`` and ``deadline`` apply to
    each slice's request.
    """

    def build(next_offset: str | None) -> PreparedRequest:
        return build_get_cross_studio_customers_checkin_history(
            customer_id=customer_id,
            from_date=from_date,
            to_date=to_date,
            slice_size=slice_size,
            offset=next_offset,
        )

    start = None if offset is None else check_offset("offset", offset)
    build(start)  # check every argument now, not at the first iteration
    sender = client if deadline is None else client.with_options(deadline=deadline)
    return iterate_slices(
        sender, build, models.CustomerCheckin, offset=start, timeout=check_timeout(timeout)
    )


# ---------------------------------------------------------------- getStudiosWithActiveMembershipOffers


def build_get_studios_with_active_membership_offers() -> PreparedRequest:
    """Prepare ``GET /v1/cross-studio/membership-offers/studios`` without sending it."""
    path = "/v1/cross-studio/membership-offers/studios"
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getStudiosWithActiveMembershipOffers",
        method="GET",
        path_template="/v1/cross-studio/membership-offers/studios",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_studios_with_active_membership_offers(
    response: RawResponse,
) -> list[models.StudioInformationBase]:
    """Turn the 2xx answer of ``getStudiosWithActiveMembershipOffers`` into its typed result."""
    result: list[models.StudioInformationBase] = parse_json(
        "getStudiosWithActiveMembershipOffers", response, list[models.StudioInformationBase]
    )
    return result


async def get_studios_with_active_membership_offers(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.StudioInformationBase]:
    """List studios that sell memberships.

    ``GET /v1/cross-studio/membership-offers/studios``: Studios having at least one membership offer that is currently active.
    Args:
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.StudioInformationBase]``.
    """
    request = build_get_studios_with_active_membership_offers()
    return parse_get_studios_with_active_membership_offers(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- searchCrossStudioCustomers


def build_search_cross_studio_customers(
    body: models.CustomerSearchRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/cross-studio/customers/search`` without sending it."""
    path = "/v1/cross-studio/customers/search"
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json("searchCrossStudioCustomers", body, models.CustomerSearchRequest)
    )
    return PreparedRequest(
        operation_id="searchCrossStudioCustomers",
        method="POST",
        path_template="/v1/cross-studio/customers/search",
        path=path,
        retry_class=RetryClass.VALIDATE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_search_cross_studio_customers(response: RawResponse) -> list[models.Customer]:
    """Turn the 2xx answer of ``searchCrossStudioCustomers`` into its typed result."""
    result: list[models.Customer] = parse_json(
        "searchCrossStudioCustomers", response, list[models.Customer]
    )
    return result


async def search_cross_studio_customers(
    client: AsyncTransport,
    body: models.CustomerSearchRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.Customer]:
    """Search customers across studios.

    ``POST /v1/cross-studio/customers/search``: Finds customers matching the given criteria in every studio with the partner integration active.
    Args:
        body: the request body, a ``models.CustomerSearchRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.Customer]``.
    """
    request = build_search_cross_studio_customers(body=body)
    return parse_search_cross_studio_customers(
        await client.send(request, timeout=timeout, deadline=deadline)
    )
