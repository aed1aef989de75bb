"""Customer-driven changes to contact, address, master and payment data.

Endpoint functions of the ``Customers Self-service`` tag. Each operation is a pure request
builder (``build_*``), a pure response parser (``parse_*``) and one small async
function that sends the one through the client and hands the answer to the other.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import models
from .._request import PreparedRequest, RawResponse, check_int, format_path
from .._responses import parse_empty, parse_json
from .._retry import RetryClass
from .._serde import dumps, to_request_json
from .._transport import AsyncTransport
from ..types import Timeout

__all__ = [
    "create_customer_address_data_amendment",
    "create_customer_contact_data_amendment",
    "create_customer_master_data_amendment",
    "create_customer_payment_data_amendment",
    "get_customer_address_data",
    "get_customer_contact_data",
    "get_customer_master_data",
    "get_customer_payment_data",
    "withdraw_amendment",
]


# ---------------------------------------------------------------- createCustomerAddressDataAmendment


def build_create_customer_address_data_amendment(
    customer_id: int,
    body: models.CustomerAddressData | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/customers/{customerId}/self-service/address-data`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/self-service/address-data",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json("createCustomerAddressDataAmendment", body, models.CustomerAddressData)
    )
    return PreparedRequest(
        operation_id="createCustomerAddressDataAmendment",
        method="POST",
        path_template="/v1/customers/{customerId}/self-service/address-data",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_create_customer_address_data_amendment(
    response: RawResponse,
) -> models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData:
    """Turn the 2xx answer of ``createCustomerAddressDataAmendment`` into its typed result."""
    result: models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData = parse_json(
        "createCustomerAddressDataAmendment",
        response,
        models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData,
    )
    return result


async def create_customer_address_data_amendment(
    client: AsyncTransport,
    customer_id: int,
    body: models.CustomerAddressData | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData:
    """Request a change of a customer's address.

    ``POST /v1/customers/{customerId}/self-service/address-data``: Submits an amendment of the customer's postal address.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        customer_id: ID of the customer. (int, >= 0)
        body: the request body, a ``models.CustomerAddressData`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerAddressData``.
    """
    request = build_create_customer_address_data_amendment(customer_id=customer_id, body=body)
    return parse_create_customer_address_data_amendment(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- createCustomerContactDataAmendment


def build_create_customer_contact_data_amendment(
    customer_id: int,
    body: models.CustomerContactData | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/customers/{customerId}/self-service/contact-data`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/self-service/contact-data",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json("createCustomerContactDataAmendment", body, models.CustomerContactData)
    )
    return PreparedRequest(
        operation_id="createCustomerContactDataAmendment",
        method="POST",
        path_template="/v1/customers/{customerId}/self-service/contact-data",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_create_customer_contact_data_amendment(
    response: RawResponse,
) -> models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData:
    """Turn the 2xx answer of ``createCustomerContactDataAmendment`` into its typed result."""
    result: models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData = parse_json(
        "createCustomerContactDataAmendment",
        response,
        models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData,
    )
    return result


async def create_customer_contact_data_amendment(
    client: AsyncTransport,
    customer_id: int,
    body: models.CustomerContactData | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData:
    """Request a change of a customer's contact data.

    ``POST /v1/customers/{customerId}/self-service/contact-data``: Submits an amendment of the customer's contact data.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        customer_id: ID of the customer. (int, >= 0)
        body: the request body, a ``models.CustomerContactData`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerContactData``.
    """
    request = build_create_customer_contact_data_amendment(customer_id=customer_id, body=body)
    return parse_create_customer_contact_data_amendment(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- createCustomerMasterDataAmendment


def build_create_customer_master_data_amendment(
    customer_id: int,
    body: models.CustomerMasterData | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/customers/{customerId}/self-service/master-data`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/self-service/master-data",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json("createCustomerMasterDataAmendment", body, models.CustomerMasterData)
    )
    return PreparedRequest(
        operation_id="createCustomerMasterDataAmendment",
        method="POST",
        path_template="/v1/customers/{customerId}/self-service/master-data",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_create_customer_master_data_amendment(
    response: RawResponse,
) -> models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData:
    """Turn the 2xx answer of ``createCustomerMasterDataAmendment`` into its typed result."""
    result: models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData = parse_json(
        "createCustomerMasterDataAmendment",
        response,
        models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData,
    )
    return result


async def create_customer_master_data_amendment(
    client: AsyncTransport,
    customer_id: int,
    body: models.CustomerMasterData | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData:
    """Request a change of a customer's master data.

    ``POST /v1/customers/{customerId}/self-service/master-data``: Submits an amendment of the customer's personal data.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        customer_id: ID of the customer. (int, >= 0)
        body: the request body, a ``models.CustomerMasterData`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerMasterData``.
    """
    request = build_create_customer_master_data_amendment(customer_id=customer_id, body=body)
    return parse_create_customer_master_data_amendment(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- createCustomerPaymentDataAmendment


def build_create_customer_payment_data_amendment(
    customer_id: int,
    body: models.OpenApiV1CustomerPaymentAmendment | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/customers/{customerId}/self-service/payment-data`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/self-service/payment-data",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json(
            "createCustomerPaymentDataAmendment", body, models.OpenApiV1CustomerPaymentAmendment
        )
    )
    return PreparedRequest(
        operation_id="createCustomerPaymentDataAmendment",
        method="POST",
        path_template="/v1/customers/{customerId}/self-service/payment-data",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_create_customer_payment_data_amendment(
    response: RawResponse,
) -> models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData:
    """Turn the 2xx answer of ``createCustomerPaymentDataAmendment`` into its typed result."""
    result: models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData = parse_json(
        "createCustomerPaymentDataAmendment",
        response,
        models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData,
    )
    return result


async def create_customer_payment_data_amendment(
    client: AsyncTransport,
    customer_id: int,
    body: models.OpenApiV1CustomerPaymentAmendment | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData:
    """Request a change of a customer's bank details.

    ``POST /v1/customers/{customerId}/self-service/payment-data``: Submits an amendment of the customer's bank account, signed when the studio requires it.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        customer_id: ID of the customer. (int, >= 0)
        body: the request body, a ``models.OpenApiV1CustomerPaymentAmendment`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.OpenApiV1CustomerDataPendingAmendmentDtoCustomerPaymentData``.
    """
    request = build_create_customer_payment_data_amendment(customer_id=customer_id, body=body)
    return parse_create_customer_payment_data_amendment(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getCustomerAddressData


def build_get_customer_address_data(
    customer_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/customers/{customerId}/self-service/address-data`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/self-service/address-data",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getCustomerAddressData",
        method="GET",
        path_template="/v1/customers/{customerId}/self-service/address-data",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_customer_address_data(
    response: RawResponse,
) -> models.OpenApiV1CustomerDataDtoCustomerAddressData:
    """Turn the 2xx answer of ``getCustomerAddressData`` into its typed result."""
    result: models.OpenApiV1CustomerDataDtoCustomerAddressData = parse_json(
        "getCustomerAddressData", response, models.OpenApiV1CustomerDataDtoCustomerAddressData
    )
    return result


async def get_customer_address_data(
    client: AsyncTransport,
    customer_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.OpenApiV1CustomerDataDtoCustomerAddressData:
    """Get a customer's address data.

    ``GET /v1/customers/{customerId}/self-service/address-data``: Current postal address of the customer, plus any change request still waiting.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.OpenApiV1CustomerDataDtoCustomerAddressData``.
    """
    request = build_get_customer_address_data(customer_id=customer_id)
    return parse_get_customer_address_data(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getCustomerContactData


def build_get_customer_contact_data(
    customer_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/customers/{customerId}/self-service/contact-data`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/self-service/contact-data",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getCustomerContactData",
        method="GET",
        path_template="/v1/customers/{customerId}/self-service/contact-data",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_customer_contact_data(
    response: RawResponse,
) -> models.OpenApiV1CustomerDataDtoCustomerContactData:
    """Turn the 2xx answer of ``getCustomerContactData`` into its typed result."""
    result: models.OpenApiV1CustomerDataDtoCustomerContactData = parse_json(
        "getCustomerContactData", response, models.OpenApiV1CustomerDataDtoCustomerContactData
    )
    return result


async def get_customer_contact_data(
    client: AsyncTransport,
    customer_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.OpenApiV1CustomerDataDtoCustomerContactData:
    """Get a customer's contact data.

    ``GET /v1/customers/{customerId}/self-service/contact-data``: Current contact data of the customer, plus any change request still waiting.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.OpenApiV1CustomerDataDtoCustomerContactData``.
    """
    request = build_get_customer_contact_data(customer_id=customer_id)
    return parse_get_customer_contact_data(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getCustomerMasterData


def build_get_customer_master_data(
    customer_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/customers/{customerId}/self-service/master-data`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/self-service/master-data",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getCustomerMasterData",
        method="GET",
        path_template="/v1/customers/{customerId}/self-service/master-data",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_customer_master_data(
    response: RawResponse,
) -> models.OpenApiV1CustomerDataDtoCustomerMasterData:
    """Turn the 2xx answer of ``getCustomerMasterData`` into its typed result."""
    result: models.OpenApiV1CustomerDataDtoCustomerMasterData = parse_json(
        "getCustomerMasterData", response, models.OpenApiV1CustomerDataDtoCustomerMasterData
    )
    return result


async def get_customer_master_data(
    client: AsyncTransport,
    customer_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.OpenApiV1CustomerDataDtoCustomerMasterData:
    """Get a customer's master data.

    ``GET /v1/customers/{customerId}/self-service/master-data``: Current personal data of the customer, plus any change request still waiting.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.OpenApiV1CustomerDataDtoCustomerMasterData``.
    """
    request = build_get_customer_master_data(customer_id=customer_id)
    return parse_get_customer_master_data(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getCustomerPaymentData


def build_get_customer_payment_data(
    customer_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/customers/{customerId}/self-service/payment-data`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/self-service/payment-data",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getCustomerPaymentData",
        method="GET",
        path_template="/v1/customers/{customerId}/self-service/payment-data",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_customer_payment_data(
    response: RawResponse,
) -> models.OpenApiV1CustomerDataDtoCustomerPaymentData:
    """Turn the 2xx answer of ``getCustomerPaymentData`` into its typed result."""
    result: models.OpenApiV1CustomerDataDtoCustomerPaymentData = parse_json(
        "getCustomerPaymentData", response, models.OpenApiV1CustomerDataDtoCustomerPaymentData
    )
    return result


async def get_customer_payment_data(
    client: AsyncTransport,
    customer_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.OpenApiV1CustomerDataDtoCustomerPaymentData:
    """Get a customer's payment data.

    ``GET /v1/customers/{customerId}/self-service/payment-data``: Current bank details of the customer, plus any change request still waiting.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.OpenApiV1CustomerDataDtoCustomerPaymentData``.
    """
    request = build_get_customer_payment_data(customer_id=customer_id)
    return parse_get_customer_payment_data(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- withdrawAmendment


def build_withdraw_amendment(
    customer_id: int,
    amendment_id: int,
) -> PreparedRequest:
    """Prepare ``DELETE /v1/customers/{customerId}/self-service/amendment/{amendmentId}`` without sending it."""
    path = format_path(
        "/v1/customers/{customerId}/self-service/amendment/{amendmentId}",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
            "amendmentId": check_int("amendment_id", amendment_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="withdrawAmendment",
        method="DELETE",
        path_template="/v1/customers/{customerId}/self-service/amendment/{amendmentId}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_withdraw_amendment(response: RawResponse) -> None:
    """Turn the 2xx answer of ``withdrawAmendment`` into its typed result."""
    parse_empty("withdrawAmendment", response)


async def withdraw_amendment(
    client: AsyncTransport,
    customer_id: int,
    amendment_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> None:
    """Withdraw a customer's amendment.

    ``DELETE /v1/customers/{customerId}/self-service/amendment/{amendmentId}``: Takes back a change request of the customer that has not been processed yet.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        amendment_id: ID of the amendment (the pendingAmendment id). (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        nothing: the API answers without a body.
    """
    request = build_withdraw_amendment(customer_id=customer_id, amendment_id=amendment_id)
    parse_withdraw_amendment(await client.send(request, timeout=timeout, deadline=deadline))
