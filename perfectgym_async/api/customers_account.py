"""Balances, transactions and payments of a customer's account.

Endpoint functions of the ``Customers Account`` tag. Each operation is a pure request
builder (``build_*``), a pure response parser (``parse_*``) and one small async
function that sends the one through the client and hands the answer to the other.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Mapping
from typing import Any

from .. import models
from .._pagination import iterate_slices, parse_page
from .._request import (
    PreparedRequest,
    RawResponse,
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
    "book_customer_payment",
    "get_customers_account_balance_data",
    "get_customers_account_transaction_data",
    "iter_customers_account_transaction_data",
    "get_customers_account_upcoming_data",
    "iter_customers_account_upcoming_data",
    "update_customer_payment_instrument",
]


# ---------------------------------------------------------------- bookCustomerPayment


def build_book_customer_payment(
    customer_id: int,
    body: models.BookCustomerPaymentRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/customers/{customerId}/account/payment`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/account/payment",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(to_request_json("bookCustomerPayment", body, models.BookCustomerPaymentRequest))
    return PreparedRequest(
        operation_id="bookCustomerPayment",
        method="POST",
        path_template="/v1/customers/{customerId}/account/payment",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_book_customer_payment(response: RawResponse) -> models.BookCustomerPaymentResponse:
    """Turn the 2xx answer of ``bookCustomerPayment`` into its typed result."""
    result: models.BookCustomerPaymentResponse = parse_json(
        "bookCustomerPayment", response, models.BookCustomerPaymentResponse
    )
    return result


async def book_customer_payment(
    client: AsyncTransport,
    customer_id: int,
    body: models.BookCustomerPaymentRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.BookCustomerPaymentResponse:
    """Book a payment for a customer.

    ``POST /v1/customers/{customerId}/account/payment``: Books a payment on the customer's account, optionally settling debt claims.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        customer_id: ID of the customer. (int, >= 0)
        body: the request body, a ``models.BookCustomerPaymentRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.BookCustomerPaymentResponse``.
    """
    request = build_book_customer_payment(customer_id=customer_id, body=body)
    return parse_book_customer_payment(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getCustomersAccountBalanceData


def build_get_customers_account_balance_data(
    customer_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/customers/{customerId}/account/balances`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/account/balances",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getCustomersAccountBalanceData",
        method="GET",
        path_template="/v1/customers/{customerId}/account/balances",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_customers_account_balance_data(
    response: RawResponse,
) -> models.CustomerAccountBalance:
    """Turn the 2xx answer of ``getCustomersAccountBalanceData`` into its typed result."""
    result: models.CustomerAccountBalance = parse_json(
        "getCustomersAccountBalanceData", response, models.CustomerAccountBalance
    )
    return result


async def get_customers_account_balance_data(
    client: AsyncTransport,
    customer_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.CustomerAccountBalance:
    """Get a customer's account balance.

    ``GET /v1/customers/{customerId}/account/balances``: Current balance, consumption credit and dunning state of the account.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.CustomerAccountBalance``.
    """
    request = build_get_customers_account_balance_data(customer_id=customer_id)
    return parse_get_customers_account_balance_data(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getCustomersAccountTransactionData


def build_get_customers_account_transaction_data(
    customer_id: int,
    *,
    slice_size: int | None = None,
    offset: str | int | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/customers/{customerId}/account/transactions`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/account/transactions",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    if slice_size is not None:
        query.append(("sliceSize", check_int("slice_size", slice_size, minimum=1, maximum=50)))
    if offset is not None:
        query.append(("offset", check_offset("offset", offset)))
    return PreparedRequest(
        operation_id="getCustomersAccountTransactionData",
        method="GET",
        path_template="/v1/customers/{customerId}/account/transactions",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_customers_account_transaction_data(
    response: RawResponse,
) -> Page[models.BookingEntry]:
    """Turn the 2xx answer of ``getCustomersAccountTransactionData`` into its typed result."""
    return parse_page("getCustomersAccountTransactionData", response, models.BookingEntry)


async def get_customers_account_transaction_data(
    client: AsyncTransport,
    customer_id: int,
    *,
    slice_size: int | None = None,
    offset: str | int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> Page[models.BookingEntry]:
    """List a customer's past transactions.

    ``GET /v1/customers/{customerId}/account/transactions``: Past booking entries of the account (today excluded), in slices.
    Returns one slice; ``iter_customers_account_transaction_data`` walks all of them.

    Args:
        customer_id: ID of the customer. (int, >= 0)
        slice_size: Number of entries per slice. (int, 1 to 50; default 10)
        offset: Offset returned by the previous slice. (the offset the previous slice returned; default 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``Page[models.BookingEntry]``: ``result``, ``has_next``, ``offset``.
    """
    request = build_get_customers_account_transaction_data(
        customer_id=customer_id, slice_size=slice_size, offset=offset
    )
    return parse_get_customers_account_transaction_data(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


def iter_customers_account_transaction_data(
    client: AsyncTransport,
    customer_id: int,
    *,
    slice_size: int | None = None,
    offset: str | int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> AsyncGenerator[models.BookingEntry, None]:
    """Every item of ``getCustomersAccountTransactionData``, fetching slice after slice.

    Arguments are checked now, before anything is sent. ``offset``
    is where to start (default: the beginning). ``timeout`` and ``deadline`` apply to
    each slice's request.
    """

    def build(next_offset: str | None) -> PreparedRequest:
        return build_get_customers_account_transaction_data(
            customer_id=customer_id, slice_size=slice_size, offset=next_offset
        )

    start = None if offset is None else check_offset("offset", offset)
    build(start)  # check every argument now, not at the first iteration
    sender = client if deadline is None else client.with_options(deadline=deadline)
    return iterate_slices(
        sender, build, models.BookingEntry, offset=start, timeout=check_timeout(timeout)
    )


# ---------------------------------------------------------------- getCustomersAccountUpcomingData


def build_get_customers_account_upcoming_data(
    customer_id: int,
    *,
    slice_size: int | None = None,
    offset: str | int | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/customers/{customerId}/account/transactions/upcoming`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/account/transactions/upcoming",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    if slice_size is not None:
        query.append(("sliceSize", check_int("slice_size", slice_size, minimum=1, maximum=50)))
    if offset is not None:
        query.append(("offset", check_offset("offset", offset)))
    return PreparedRequest(
        operation_id="getCustomersAccountUpcomingData",
        method="GET",
        path_template="/v1/customers/{customerId}/account/transactions/upcoming",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_customers_account_upcoming_data(response: RawResponse) -> Page[models.BookingEntry]:
    """Turn the 2xx answer of ``getCustomersAccountUpcomingData`` into its typed result."""
    return parse_page("getCustomersAccountUpcomingData", response, models.BookingEntry)


async def get_customers_account_upcoming_data(
    client: AsyncTransport,
    customer_id: int,
    *,
    slice_size: int | None = None,
    offset: str | int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> Page[models.BookingEntry]:
    """List a customer's upcoming transactions.

    ``GET /v1/customers/{customerId}/account/transactions/upcoming``: Booking entries due from today up to one year ahead, in slices.
    Returns one slice; ``iter_customers_account_upcoming_data`` walks all of them.

    Args:
        customer_id: ID of the customer. (int, >= 0)
        slice_size: Number of entries per slice. (int, 1 to 50; default 10)
        offset: Offset returned by the previous slice. (the offset the previous slice returned; default 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``Page[models.BookingEntry]``: ``result``, ``has_next``, ``offset``.
    """
    request = build_get_customers_account_upcoming_data(
        customer_id=customer_id, slice_size=slice_size, offset=offset
    )
    return parse_get_customers_account_upcoming_data(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


def iter_customers_account_upcoming_data(
    client: AsyncTransport,
    customer_id: int,
    *,
    slice_size: int | None = None,
    offset: str | int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> AsyncGenerator[models.BookingEntry, None]:
    """Every item of ``getCustomersAccountUpcomingData``, fetching slice after slice.

    Arguments are checked now, before anything is sent. ``offset``
    is where to start (default: the beginning). ``timeout`` and ``deadline`` apply to
    each slice's request.
    """

    def build(next_offset: str | None) -> PreparedRequest:
        return build_get_customers_account_upcoming_data(
            customer_id=customer_id, slice_size=slice_size, offset=next_offset
        )

    start = None if offset is None else check_offset("offset", offset)
    build(start)  # check every argument now, not at the first iteration
    sender = client if deadline is None else client.with_options(deadline=deadline)
    return iterate_slices(
        sender, build, models.BookingEntry, offset=start, timeout=check_timeout(timeout)
    )


# ---------------------------------------------------------------- updateCustomerPaymentInstrument


def build_update_customer_payment_instrument(
    customer_id: int,
    body: models.PaymentsUpdateCustomerPaymentInstrumentRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/customers/{customerId}/account/payment-instrument`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/account/payment-instrument",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json(
            "updateCustomerPaymentInstrument",
            body,
            models.PaymentsUpdateCustomerPaymentInstrumentRequest,
        )
    )
    return PreparedRequest(
        operation_id="updateCustomerPaymentInstrument",
        method="POST",
        path_template="/v1/customers/{customerId}/account/payment-instrument",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_update_customer_payment_instrument(
    response: RawResponse,
) -> models.UpdateCustomerPaymentInstrumentResponseDto:
    """Turn the 2xx answer of ``updateCustomerPaymentInstrument`` into its typed result."""
    result: models.UpdateCustomerPaymentInstrumentResponseDto = parse_json(
        "updateCustomerPaymentInstrument",
        response,
        models.UpdateCustomerPaymentInstrumentResponseDto,
    )
    return result


async def update_customer_payment_instrument(
    client: AsyncTransport,
    customer_id: int,
    body: models.PaymentsUpdateCustomerPaymentInstrumentRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.UpdateCustomerPaymentInstrumentResponseDto:
    """Update a customer's payment instrument.

    ``POST /v1/customers/{customerId}/account/payment-instrument``: Replaces the customer's payment instrument using a payment request token.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        customer_id: ID of the customer. (int, >= 0)
        body: the request body, a ``models.PaymentsUpdateCustomerPaymentInstrumentRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.UpdateCustomerPaymentInstrumentResponseDto``.
    """
    request = build_update_customer_payment_instrument(customer_id=customer_id, body=body)
    return parse_update_customer_payment_instrument(
        await client.send(request, timeout=timeout, deadline=deadline)
    )
