"""User payment sessions for the Universal Payment Component.

Endpoint functions of the ``Payments`` tag. Each operation is a pure request
builder (``build_*``), a pure response parser (``parse_*``) and one small async
function that sends the one through the client and hands the answer to the other.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import models
from .._request import PreparedRequest, RawResponse
from .._responses import parse_json
from .._retry import RetryClass
from .._serde import dumps, to_request_json
from .._transport import AsyncTransport
from ..types import Timeout

__all__ = [
    "user_session",
]


# ---------------------------------------------------------------- userSession


def build_user_session(
    body: models.PaymentsUserSessionRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/payments/user-session`` without sending it."""
    path = "/v1/payments/user-session"
    query: list[tuple[str, str]] = []
    payload = dumps(to_request_json("userSession", body, models.PaymentsUserSessionRequest))
    return PreparedRequest(
        operation_id="userSession",
        method="POST",
        path_template="/v1/payments/user-session",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_user_session(response: RawResponse) -> models.PaymentsUserSessionResponse:
    """Turn the 2xx answer of ``userSession`` into its typed result."""
    result: models.PaymentsUserSessionResponse = parse_json(
        "userSession", response, models.PaymentsUserSessionResponse
    )
    return result


async def user_session(
    client: AsyncTransport,
    body: models.PaymentsUserSessionRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.PaymentsUserSessionResponse:
    """Create a user payment session.

    ``POST /v1/payments/user-session``: Opens a payment session whose token initialises the Universal Payment Component, to collect a payment instrument or take a one-off payment.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        body: the request body, a ``models.PaymentsUserSessionRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.PaymentsUserSessionResponse``.
    """
    request = build_user_session(body=body)
    return parse_user_session(await client.send(request, timeout=timeout, deadline=deadline))
