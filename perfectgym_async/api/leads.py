"""Lead configuration, validation and creation.

Endpoint functions of the ``Leads`` tag. Each operation is a pure request
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
    "create_lead",
    "get_lead_config",
    "validate_for_lead_creation",
]


# ---------------------------------------------------------------- createLead


def build_create_lead(
    body: models.LeadCreationRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/leads/create`` without sending it."""
    path = "/v1/leads/create"
    query: list[tuple[str, str]] = []
    payload = dumps(to_request_json("createLead", body, models.LeadCreationRequest))
    return PreparedRequest(
        operation_id="createLead",
        method="POST",
        path_template="/v1/leads/create",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_create_lead(response: RawResponse) -> models.LeadCreationResult:
    """Turn the 2xx answer of ``createLead`` into its typed result."""
    result: models.LeadCreationResult = parse_json(
        "createLead", response, models.LeadCreationResult
    )
    return result


async def create_lead(
    client: AsyncTransport,
    body: models.LeadCreationRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.LeadCreationResult:
    """Create a lead.

    ``POST /v1/leads/create``: Creates a lead (and its prospect customer) according to the lead configuration.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        body: the request body, a ``models.LeadCreationRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.LeadCreationResult``.
    """
    request = build_create_lead(body=body)
    return parse_create_lead(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- getLeadConfig


def build_get_lead_config() -> PreparedRequest:
    """Prepare ``GET /v1/leads/config`` without sending it."""
    path = "/v1/leads/config"
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getLeadConfig",
        method="GET",
        path_template="/v1/leads/config",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_lead_config(response: RawResponse) -> models.LeadConfig:
    """Turn the 2xx answer of ``getLeadConfig`` into its typed result."""
    result: models.LeadConfig = parse_json("getLeadConfig", response, models.LeadConfig)
    return result


async def get_lead_config(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.LeadConfig:
    """Get the lead configuration.

    ``GET /v1/leads/config``: Which lead fields are inactive, optional or mandatory, plus configured extras.
    Args:
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.LeadConfig``.
    """
    request = build_get_lead_config()
    return parse_get_lead_config(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- validateForLeadCreation


def build_validate_for_lead_creation(
    body: models.LeadCreationRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/leads/validate`` without sending it."""
    path = "/v1/leads/validate"
    query: list[tuple[str, str]] = []
    payload = dumps(to_request_json("validateForLeadCreation", body, models.LeadCreationRequest))
    return PreparedRequest(
        operation_id="validateForLeadCreation",
        method="POST",
        path_template="/v1/leads/validate",
        path=path,
        retry_class=RetryClass.VALIDATE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_validate_for_lead_creation(response: RawResponse) -> models.LeadValidationResult:
    """Turn the 2xx answer of ``validateForLeadCreation`` into its typed result."""
    result: models.LeadValidationResult = parse_json(
        "validateForLeadCreation", response, models.LeadValidationResult
    )
    return result


async def validate_for_lead_creation(
    client: AsyncTransport,
    body: models.LeadCreationRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.LeadValidationResult:
    """Validate lead data.

    ``POST /v1/leads/validate``: Checks whether a lead could be created from the given data, without creating it.
    Args:
        body: the request body, a ``models.LeadCreationRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.LeadValidationResult``.
    """
    request = build_validate_for_lead_creation(body=body)
    return parse_validate_for_lead_creation(
        await client.send(request, timeout=timeout, deadline=deadline)
    )
