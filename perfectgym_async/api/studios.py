"""Studio information, utilization, tags and activation.

Endpoint functions of the ``Studios`` tag. Each operation is a pure request
builder (``build_*``), a pure response parser (``parse_*``) and one small async
function that sends the one through the client and hands the answer to the other.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import models
from .._request import PreparedRequest, RawResponse
from .._responses import parse_empty, parse_json
from .._retry import RetryClass
from .._serde import dumps, to_request_json
from .._transport import AsyncTransport
from ..types import Timeout

__all__ = [
    "confirm_activation",
    "get_all",
    "get_studio_information",
    "get_utilization",
    "update_studio_tags",
]


# ---------------------------------------------------------------- confirmActivation


def build_confirm_activation() -> PreparedRequest:
    """Prepare ``POST /v1/studios/confirmActivation`` without sending it."""
    path = "/v1/studios/confirmActivation"
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="confirmActivation",
        method="POST",
        path_template="/v1/studios/confirmActivation",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
    )


def parse_confirm_activation(response: RawResponse) -> None:
    """Turn the 2xx answer of ``confirmActivation`` into its typed result."""
    parse_empty("confirmActivation", response)


async def confirm_activation(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> None:
    """Confirm the integration's activation.

    ``POST /v1/studios/confirmActivation``: Turns on webhook events for an integration that has webhook access.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        nothing: the API answers without a body.
    """
    request = build_confirm_activation()
    parse_confirm_activation(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- getAll


def build_get_all() -> PreparedRequest:
    """Prepare ``GET /v1/studios/tags`` without sending it."""
    path = "/v1/studios/tags"
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getAll",
        method="GET",
        path_template="/v1/studios/tags",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_all(response: RawResponse) -> list[models.Tag]:
    """Turn the 2xx answer of ``getAll`` into its typed result."""
    result: list[models.Tag] = parse_json("getAll", response, list[models.Tag])
    return result


async def get_all(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.Tag]:
    """List available studio tags.

    ``GET /v1/studios/tags``: Every tag that may be assigned to a studio.
    Args:
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.Tag]``.
    """
    request = build_get_all()
    return parse_get_all(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- getStudioInformation


def build_get_studio_information() -> PreparedRequest:
    """Prepare ``GET /v1/studios/information`` without sending it."""
    path = "/v1/studios/information"
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getStudioInformation",
        method="GET",
        path_template="/v1/studios/information",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_studio_information(response: RawResponse) -> models.StudioInformation:
    """Turn the 2xx answer of ``getStudioInformation`` into its typed result."""
    result: models.StudioInformation = parse_json(
        "getStudioInformation", response, models.StudioInformation
    )
    return result


async def get_studio_information(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.StudioInformation:
    """Get studio information.

    ``GET /v1/studios/information``: General data of the studio the API key belongs to, including address, hours and tags.
    Args:
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.StudioInformation``.
    """
    request = build_get_studio_information()
    return parse_get_studio_information(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getUtilization


def build_get_utilization() -> PreparedRequest:
    """Prepare ``GET /v1/studios/utilization`` without sending it."""
    path = "/v1/studios/utilization"
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getUtilization",
        method="GET",
        path_template="/v1/studios/utilization",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_utilization(response: RawResponse) -> models.StudioUtilization:
    """Turn the 2xx answer of ``getUtilization`` into its typed result."""
    result: models.StudioUtilization = parse_json(
        "getUtilization", response, models.StudioUtilization
    )
    return result


async def get_utilization(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.StudioUtilization:
    """Get studio utilization.

    ``GET /v1/studios/utilization``: How many customers are checked in right now, and the studio's capacity.
    Args:
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.StudioUtilization``.
    """
    request = build_get_utilization()
    return parse_get_utilization(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- updateStudioTags


def build_update_studio_tags(
    body: Sequence[models.Tag | Mapping[str, Any]],
) -> PreparedRequest:
    """Prepare ``PUT /v1/studios/information/tags`` without sending it."""
    path = "/v1/studios/information/tags"
    query: list[tuple[str, str]] = []
    payload = dumps(to_request_json("updateStudioTags", body, list[models.Tag]))
    return PreparedRequest(
        operation_id="updateStudioTags",
        method="PUT",
        path_template="/v1/studios/information/tags",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_update_studio_tags(response: RawResponse) -> list[models.Tag]:
    """Turn the 2xx answer of ``updateStudioTags`` into its typed result."""
    result: list[models.Tag] = parse_json("updateStudioTags", response, list[models.Tag])
    return result


async def update_studio_tags(
    client: AsyncTransport,
    body: Sequence[models.Tag | Mapping[str, Any]],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.Tag]:
    """Set the studio's tags.

    ``PUT /v1/studios/information/tags``: Replaces the set of tags assigned to the studio with the given list.
    Args:
        body: the request body, a ``list[models.Tag]`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.Tag]``.
    """
    request = build_update_studio_tags(body=body)
    return parse_update_studio_tags(await client.send(request, timeout=timeout, deadline=deadline))
