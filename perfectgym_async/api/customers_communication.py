"""Communication preferences and message threads with a customer.

Endpoint functions of the ``Customers Communication`` tag. Each operation is a pure request
builder (``build_*``), a pure response parser (``parse_*``) and one small async
function that sends the one through the client and hands the answer to the other.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import models
from .._request import PreparedRequest, RawResponse, check_int, format_path
from .._responses import parse_json
from .._retry import RetryClass
from .._serde import dumps, to_request_json
from .._transport import AsyncTransport
from ..types import Timeout

__all__ = [
    "create_communication_in_existing_communication_thread",
    "create_communication_in_new_communication_thread",
    "get_communication_preferences",
    "update_communication_preferences",
]


# ---------------------------------------------------------------- createCommunicationInExistingCommunicationThread


def build_create_communication_in_existing_communication_thread(
    customer_id: int,
    thread_id: int,
    body: models.CommunicationThreadRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``PUT /v1/communications/{customerId}/threads/{threadId}`` without sending it."""
    path = format_path(
        "/v1/communications/{customerId}/threads/{threadId}",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
            "threadId": check_int("thread_id", thread_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json(
            "createCommunicationInExistingCommunicationThread",
            body,
            models.CommunicationThreadRequest,
        )
    )
    return PreparedRequest(
        operation_id="createCommunicationInExistingCommunicationThread",
        method="PUT",
        path_template="/v1/communications/{customerId}/threads/{threadId}",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_create_communication_in_existing_communication_thread(
    response: RawResponse,
) -> models.CommunicationThreadResponse:
    """Turn the 2xx answer of ``createCommunicationInExistingCommunicationThread`` into its typed result."""
    result: models.CommunicationThreadResponse = parse_json(
        "createCommunicationInExistingCommunicationThread",
        response,
        models.CommunicationThreadResponse,
    )
    return result


async def create_communication_in_existing_communication_thread(
    client: AsyncTransport,
    customer_id: int,
    thread_id: int,
    body: models.CommunicationThreadRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.CommunicationThreadResponse:
    """Add a communication to a thread.

    ``PUT /v1/communications/{customerId}/threads/{threadId}``: Appends a communication to an existing thread of the customer and updates the thread.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        customer_id: ID of the customer. (int, >= 0)
        thread_id: ID of the communication thread. (int, >= 0)
        body: the request body, a ``models.CommunicationThreadRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.CommunicationThreadResponse``.
    """
    request = build_create_communication_in_existing_communication_thread(
        customer_id=customer_id, thread_id=thread_id, body=body
    )
    return parse_create_communication_in_existing_communication_thread(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- createCommunicationInNewCommunicationThread


def build_create_communication_in_new_communication_thread(
    customer_id: int,
    body: models.CommunicationThreadRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/communications/{customerId}/threads`` without sending it."""
    path = format_path(
        "/v1/communications/{customerId}/threads",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json(
            "createCommunicationInNewCommunicationThread", body, models.CommunicationThreadRequest
        )
    )
    return PreparedRequest(
        operation_id="createCommunicationInNewCommunicationThread",
        method="POST",
        path_template="/v1/communications/{customerId}/threads",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_create_communication_in_new_communication_thread(
    response: RawResponse,
) -> models.CommunicationThreadResponse:
    """Turn the 2xx answer of ``createCommunicationInNewCommunicationThread`` into its typed result."""
    result: models.CommunicationThreadResponse = parse_json(
        "createCommunicationInNewCommunicationThread", response, models.CommunicationThreadResponse
    )
    return result


async def create_communication_in_new_communication_thread(
    client: AsyncTransport,
    customer_id: int,
    body: models.CommunicationThreadRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.CommunicationThreadResponse:
    """Start a communication thread.

    ``POST /v1/communications/{customerId}/threads``: Opens a new thread for the customer holding a first communication.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        customer_id: ID of the customer. (int, >= 0)
        body: the request body, a ``models.CommunicationThreadRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.CommunicationThreadResponse``.
    """
    request = build_create_communication_in_new_communication_thread(
        customer_id=customer_id, body=body
    )
    return parse_create_communication_in_new_communication_thread(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getCommunicationPreferences


def build_get_communication_preferences(
    customer_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/communications/{customerId}/communication-preferences`` without sending it."""
    path = format_path(
        "/v1/communications/{customerId}/communication-preferences",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getCommunicationPreferences",
        method="GET",
        path_template="/v1/communications/{customerId}/communication-preferences",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_communication_preferences(
    response: RawResponse,
) -> list[models.CommunicationPreference]:
    """Turn the 2xx answer of ``getCommunicationPreferences`` into its typed result."""
    result: list[models.CommunicationPreference] = parse_json(
        "getCommunicationPreferences", response, list[models.CommunicationPreference]
    )
    return result


async def get_communication_preferences(
    client: AsyncTransport,
    customer_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.CommunicationPreference]:
    """Get a customer's communication preferences.

    ``GET /v1/communications/{customerId}/communication-preferences``: Channels per message category that the customer may be contacted on.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.CommunicationPreference]``.
    """
    request = build_get_communication_preferences(customer_id=customer_id)
    return parse_get_communication_preferences(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- updateCommunicationPreferences


def build_update_communication_preferences(
    customer_id: int,
    body: Sequence[models.CommunicationPreference | Mapping[str, Any]],
) -> PreparedRequest:
    """Prepare ``PUT /v1/communications/{customerId}/communication-preferences`` without sending it."""
    path = format_path(
        "/v1/communications/{customerId}/communication-preferences",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json(
            "updateCommunicationPreferences", body, list[models.CommunicationPreference]
        )
    )
    return PreparedRequest(
        operation_id="updateCommunicationPreferences",
        method="PUT",
        path_template="/v1/communications/{customerId}/communication-preferences",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_update_communication_preferences(
    response: RawResponse,
) -> list[models.CommunicationPreference]:
    """Turn the 2xx answer of ``updateCommunicationPreferences`` into its typed result."""
    result: list[models.CommunicationPreference] = parse_json(
        "updateCommunicationPreferences", response, list[models.CommunicationPreference]
    )
    return result


async def update_communication_preferences(
    client: AsyncTransport,
    customer_id: int,
    body: Sequence[models.CommunicationPreference | Mapping[str, Any]],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.CommunicationPreference]:
    """Update a customer's communication preferences.

    ``PUT /v1/communications/{customerId}/communication-preferences``: Stores the given channel settings per message category for the customer.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        body: the request body, a ``list[models.CommunicationPreference]`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.CommunicationPreference]``.
    """
    request = build_update_communication_preferences(customer_id=customer_id, body=body)
    return parse_update_communication_preferences(
        await client.send(request, timeout=timeout, deadline=deadline)
    )
