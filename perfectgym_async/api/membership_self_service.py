"""Contract data, cancelations, idle periods and additional modules managed by the member.

Endpoint functions of the ``Membership Self-service`` tag. Each operation is a pure request
builder (``build_*``), a pure response parser (``parse_*``) and one small async
function that sends the one through the client and hands the answer to the other.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import models
from .._request import PreparedRequest, RawResponse, check_int, format_path
from .._responses import parse_json
from .._retry import RetryClass
from .._serde import dumps, to_request_json
from .._transport import AsyncTransport
from .._upload import FileInput, build_multipart, default_filename, file_content_type, read_upload
from ..types import Timeout

__all__ = [
    "create_contract_cancelation_amendment",
    "create_idle_period_amendment",
    "create_module_contract_cancelation_amendment",
    "get_additional_module_contract",
    "get_additional_modules",
    "get_contract_cancelation_reason_data",
    "get_contract_data",
    "get_idle_period_by_id",
    "get_idle_period_config",
    "get_idle_periods",
    "get_purchasable_additional_modules",
    "get_remaining_idle_periods",
    "idle_period_update_preview",
    "purchase_additional_module_contract",
    "update_idle_period",
    "validate_additional_module_contract_request",
    "validate_idle_period_request",
    "withdraw_additional_module_contract_cancelation",
    "withdraw_contract_cancelation",
    "withdraw_idle_period",
]


# ---------------------------------------------------------------- createContractCancelationAmendment


def build_create_contract_cancelation_amendment(
    customer_id: int,
    body: models.MembershipSelfServiceMainContractCancelation | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/memberships/{customerId}/self-service/ordinary-contract-cancelation`` without sending it."""
    path = format_path(
        "/v1/memberships/{customerId}/self-service/ordinary-contract-cancelation",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json(
            "createContractCancelationAmendment",
            body,
            models.MembershipSelfServiceMainContractCancelation,
        )
    )
    return PreparedRequest(
        operation_id="createContractCancelationAmendment",
        method="POST",
        path_template="/v1/memberships/{customerId}/self-service/ordinary-contract-cancelation",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_create_contract_cancelation_amendment(response: RawResponse) -> models.VoidResult:
    """Turn the 2xx answer of ``createContractCancelationAmendment`` into its typed result."""
    result: models.VoidResult = parse_json(
        "createContractCancelationAmendment", response, models.VoidResult
    )
    return result


async def create_contract_cancelation_amendment(
    client: AsyncTransport,
    customer_id: int,
    body: models.MembershipSelfServiceMainContractCancelation | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.VoidResult:
    """Cancel a main contract.

    ``POST /v1/memberships/{customerId}/self-service/ordinary-contract-cancelation``: Creates an ordinary cancelation amendment for one of the customer's contracts.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        customer_id: ID of the customer. (int, >= 0)
        body: the request body, a ``models.MembershipSelfServiceMainContractCancelation`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.VoidResult``.
    """
    request = build_create_contract_cancelation_amendment(customer_id=customer_id, body=body)
    return parse_create_contract_cancelation_amendment(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- createIdlePeriodAmendment


def build_create_idle_period_amendment(
    contract_id: int,
    data: models.IdlePeriodRequest | Mapping[str, Any],
    document: bytes | None = None,
    *,
    filename: str | None = None,
) -> PreparedRequest:
    """Prepare ``POST /v1/memberships/{contractId}/self-service/idle-periods`` without sending it."""
    path = format_path(
        "/v1/memberships/{contractId}/self-service/idle-periods",
        {
            "contractId": check_int("contract_id", contract_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    json_parts = (
        (
            "data",
            dumps(to_request_json("createIdlePeriodAmendment", data, models.IdlePeriodRequest)),
        ),
    )
    content_type = "" if document is None else file_content_type(document, filename)
    payload, multipart_type = build_multipart(
        "document",
        document,
        filename=filename or default_filename("document", content_type),
        content_type=content_type,
        json_parts=json_parts,
    )
    return PreparedRequest(
        operation_id="createIdlePeriodAmendment",
        method="POST",
        path_template="/v1/memberships/{contractId}/self-service/idle-periods",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type=multipart_type,
    )


def parse_create_idle_period_amendment(response: RawResponse) -> models.IdlePeriod:
    """Turn the 2xx answer of ``createIdlePeriodAmendment`` into its typed result."""
    result: models.IdlePeriod = parse_json("createIdlePeriodAmendment", response, models.IdlePeriod)
    return result


async def create_idle_period_amendment(
    client: AsyncTransport,
    contract_id: int,
    data: models.IdlePeriodRequest | Mapping[str, Any],
    document: FileInput | None = None,
    *,
    filename: str | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.IdlePeriod:
    """Request an idle period.

    ``POST /v1/memberships/{contractId}/self-service/idle-periods``: Creates an idle period amendment, optionally with a proof document; it becomes an idle period once accepted.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        contract_id: ID of the contract. (int, >= 0)
        data: the JSON part, a ``models.IdlePeriodRequest`` or a mapping in its wire shape.
        document: the file (optional): bytes, a path or a binary file object; not empty.
        filename: the name sent with the file (default: the path's name).
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.IdlePeriod``.
    """
    upload_bytes, upload_name = (
        (None, None) if document is None else await read_upload(document, name="document")
    )
    request = build_create_idle_period_amendment(
        contract_id=contract_id, data=data, document=upload_bytes, filename=filename or upload_name
    )
    return parse_create_idle_period_amendment(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- createModuleContractCancelationAmendment


def build_create_module_contract_cancelation_amendment(
    contract_id: int,
    additional_module_contract_id: int,
    body: models.AdditionalModuleContractCancelation | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/memberships/{contractId}/self-service/additional-module-contracts/{additionalModuleContractId}/ordinary-cancelation`` without sending it."""
    path = format_path(
        "/v1/memberships/{contractId}/self-service/additional-module-contracts/{additionalModuleContractId}/ordinary-cancelation",
        {
            "contractId": check_int("contract_id", contract_id, minimum=0),
            "additionalModuleContractId": check_int(
                "additional_module_contract_id", additional_module_contract_id, minimum=0
            ),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json(
            "createModuleContractCancelationAmendment",
            body,
            models.AdditionalModuleContractCancelation,
        )
    )
    return PreparedRequest(
        operation_id="createModuleContractCancelationAmendment",
        method="POST",
        path_template="/v1/memberships/{contractId}/self-service/additional-module-contracts/{additionalModuleContractId}/ordinary-cancelation",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_create_module_contract_cancelation_amendment(response: RawResponse) -> models.VoidResult:
    """Turn the 2xx answer of ``createModuleContractCancelationAmendment`` into its typed result."""
    result: models.VoidResult = parse_json(
        "createModuleContractCancelationAmendment", response, models.VoidResult
    )
    return result


async def create_module_contract_cancelation_amendment(
    client: AsyncTransport,
    contract_id: int,
    additional_module_contract_id: int,
    body: models.AdditionalModuleContractCancelation | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.VoidResult:
    """Cancel an additional module contract.

    ``POST /v1/memberships/{contractId}/self-service/additional-module-contracts/{additionalModuleContractId}/ordinary-cancelation``: Creates an ordinary cancelation amendment for an additional module contract.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        contract_id: ID of the main contract. (int, >= 0)
        additional_module_contract_id: ID of the additional module contract. (int, >= 0)
        body: the request body, a ``models.AdditionalModuleContractCancelation`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.VoidResult``.
    """
    request = build_create_module_contract_cancelation_amendment(
        contract_id=contract_id,
        additional_module_contract_id=additional_module_contract_id,
        body=body,
    )
    return parse_create_module_contract_cancelation_amendment(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getAdditionalModuleContract


def build_get_additional_module_contract(
    contract_id: int,
    additional_module_contract_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/memberships/{contractId}/self-service/additional-module-contracts/{additionalModuleContractId}`` without sending it."""
    path = format_path(
        "/v1/memberships/{contractId}/self-service/additional-module-contracts/{additionalModuleContractId}",
        {
            "contractId": check_int("contract_id", contract_id, minimum=0),
            "additionalModuleContractId": check_int(
                "additional_module_contract_id", additional_module_contract_id, minimum=0
            ),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getAdditionalModuleContract",
        method="GET",
        path_template="/v1/memberships/{contractId}/self-service/additional-module-contracts/{additionalModuleContractId}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_additional_module_contract(
    response: RawResponse,
) -> models.AdditionalModuleContractExtended:
    """Turn the 2xx answer of ``getAdditionalModuleContract`` into its typed result."""
    result: models.AdditionalModuleContractExtended = parse_json(
        "getAdditionalModuleContract", response, models.AdditionalModuleContractExtended
    )
    return result


async def get_additional_module_contract(
    client: AsyncTransport,
    contract_id: int,
    additional_module_contract_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.AdditionalModuleContractExtended:
    """Get an additional module contract.

    ``GET /v1/memberships/{contractId}/self-service/additional-module-contracts/{additionalModuleContractId}``: One additional module contract of the main contract, by ID.
    Args:
        contract_id: ID of the main contract. (int, >= 0)
        additional_module_contract_id: ID of the additional module contract. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.AdditionalModuleContractExtended``.
    """
    request = build_get_additional_module_contract(
        contract_id=contract_id, additional_module_contract_id=additional_module_contract_id
    )
    return parse_get_additional_module_contract(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getAdditionalModules


def build_get_additional_modules() -> PreparedRequest:
    """Prepare ``GET /v1/memberships/self-service/additional-modules`` without sending it."""
    path = "/v1/memberships/self-service/additional-modules"
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getAdditionalModules",
        method="GET",
        path_template="/v1/memberships/self-service/additional-modules",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_additional_modules(response: RawResponse) -> list[models.AdditionalModule]:
    """Turn the 2xx answer of ``getAdditionalModules`` into its typed result."""
    result: list[models.AdditionalModule] = parse_json(
        "getAdditionalModules", response, list[models.AdditionalModule]
    )
    return result


async def get_additional_modules(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.AdditionalModule]:
    """List additional modules.

    ``GET /v1/memberships/self-service/additional-modules``: Additional modules offered by the studio.
    Args:
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.AdditionalModule]``.
    """
    request = build_get_additional_modules()
    return parse_get_additional_modules(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getContractCancelationReasonData


def build_get_contract_cancelation_reason_data() -> PreparedRequest:
    """Prepare ``GET /v1/memberships/self-service/contract-cancelation-reasons`` without sending it."""
    path = "/v1/memberships/self-service/contract-cancelation-reasons"
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getContractCancelationReasonData",
        method="GET",
        path_template="/v1/memberships/self-service/contract-cancelation-reasons",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_contract_cancelation_reason_data(
    response: RawResponse,
) -> list[models.ContractCancelationReason]:
    """Turn the 2xx answer of ``getContractCancelationReasonData`` into its typed result."""
    result: list[models.ContractCancelationReason] = parse_json(
        "getContractCancelationReasonData", response, list[models.ContractCancelationReason]
    )
    return result


async def get_contract_cancelation_reason_data(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.ContractCancelationReason]:
    """List contract cancelation reasons.

    ``GET /v1/memberships/self-service/contract-cancelation-reasons``: Cancelation reasons configured for the studio.
    Args:
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.ContractCancelationReason]``.
    """
    request = build_get_contract_cancelation_reason_data()
    return parse_get_contract_cancelation_reason_data(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getContractData


def build_get_contract_data(
    customer_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/memberships/{customerId}/self-service/contract-data`` without sending it."""
    path = format_path(
        "/v1/memberships/{customerId}/self-service/contract-data",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getContractData",
        method="GET",
        path_template="/v1/memberships/{customerId}/self-service/contract-data",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_contract_data(
    response: RawResponse,
) -> list[models.MembershipSelfServiceContractData]:
    """Turn the 2xx answer of ``getContractData`` into its typed result."""
    result: list[models.MembershipSelfServiceContractData] = parse_json(
        "getContractData", response, list[models.MembershipSelfServiceContractData]
    )
    return result


async def get_contract_data(
    client: AsyncTransport,
    customer_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.MembershipSelfServiceContractData]:
    """Get a customer's contract data.

    ``GET /v1/memberships/{customerId}/self-service/contract-data``: The customer's current main membership contracts, with prices and cancelation options.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.MembershipSelfServiceContractData]``.
    """
    request = build_get_contract_data(customer_id=customer_id)
    return parse_get_contract_data(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- getIdlePeriodById


def build_get_idle_period_by_id(
    contract_id: int,
    idle_period_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/memberships/{contractId}/self-service/idle-periods/{idlePeriodId}`` without sending it."""
    path = format_path(
        "/v1/memberships/{contractId}/self-service/idle-periods/{idlePeriodId}",
        {
            "contractId": check_int("contract_id", contract_id, minimum=0),
            "idlePeriodId": check_int("idle_period_id", idle_period_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getIdlePeriodById",
        method="GET",
        path_template="/v1/memberships/{contractId}/self-service/idle-periods/{idlePeriodId}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_idle_period_by_id(response: RawResponse) -> models.IdlePeriod:
    """Turn the 2xx answer of ``getIdlePeriodById`` into its typed result."""
    result: models.IdlePeriod = parse_json("getIdlePeriodById", response, models.IdlePeriod)
    return result


async def get_idle_period_by_id(
    client: AsyncTransport,
    contract_id: int,
    idle_period_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.IdlePeriod:
    """Get an idle period of a contract.

    ``GET /v1/memberships/{contractId}/self-service/idle-periods/{idlePeriodId}``: One idle period, or its pending amendment, by ID.
    Args:
        contract_id: ID of the contract. (int, >= 0)
        idle_period_id: ID of the idle period or amendment. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.IdlePeriod``.
    """
    request = build_get_idle_period_by_id(contract_id=contract_id, idle_period_id=idle_period_id)
    return parse_get_idle_period_by_id(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getIdlePeriodConfig


def build_get_idle_period_config(
    contract_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/memberships/{contractId}/self-service/idle-periods/config`` without sending it."""
    path = format_path(
        "/v1/memberships/{contractId}/self-service/idle-periods/config",
        {
            "contractId": check_int("contract_id", contract_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getIdlePeriodConfig",
        method="GET",
        path_template="/v1/memberships/{contractId}/self-service/idle-periods/config",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_idle_period_config(response: RawResponse) -> models.IdlePeriodConfiguration:
    """Turn the 2xx answer of ``getIdlePeriodConfig`` into its typed result."""
    result: models.IdlePeriodConfiguration = parse_json(
        "getIdlePeriodConfig", response, models.IdlePeriodConfiguration
    )
    return result


async def get_idle_period_config(
    client: AsyncTransport,
    contract_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.IdlePeriodConfiguration:
    """Get the idle period configuration of a contract.

    ``GET /v1/memberships/{contractId}/self-service/idle-periods/config``: Rules, fees and reasons that apply to idle periods of the contract.
    Args:
        contract_id: ID of the contract. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.IdlePeriodConfiguration``.
    """
    request = build_get_idle_period_config(contract_id=contract_id)
    return parse_get_idle_period_config(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getIdlePeriods


def build_get_idle_periods(
    contract_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/memberships/{contractId}/self-service/idle-periods`` without sending it."""
    path = format_path(
        "/v1/memberships/{contractId}/self-service/idle-periods",
        {
            "contractId": check_int("contract_id", contract_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getIdlePeriods",
        method="GET",
        path_template="/v1/memberships/{contractId}/self-service/idle-periods",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_idle_periods(response: RawResponse) -> models.IdlePeriodLists:
    """Turn the 2xx answer of ``getIdlePeriods`` into its typed result."""
    result: models.IdlePeriodLists = parse_json("getIdlePeriods", response, models.IdlePeriodLists)
    return result


async def get_idle_periods(
    client: AsyncTransport,
    contract_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.IdlePeriodLists:
    """List the idle periods of a contract.

    ``GET /v1/memberships/{contractId}/self-service/idle-periods``: Past and current or upcoming idle periods; pending ones are returned as amendments.
    Args:
        contract_id: ID of the contract. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.IdlePeriodLists``.
    """
    request = build_get_idle_periods(contract_id=contract_id)
    return parse_get_idle_periods(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- getPurchasableAdditionalModules


def build_get_purchasable_additional_modules(
    contract_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/memberships/{contractId}/self-service/additional-modules/purchasable`` without sending it."""
    path = format_path(
        "/v1/memberships/{contractId}/self-service/additional-modules/purchasable",
        {
            "contractId": check_int("contract_id", contract_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getPurchasableAdditionalModules",
        method="GET",
        path_template="/v1/memberships/{contractId}/self-service/additional-modules/purchasable",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_purchasable_additional_modules(
    response: RawResponse,
) -> list[models.AdditionalModule]:
    """Turn the 2xx answer of ``getPurchasableAdditionalModules`` into its typed result."""
    result: list[models.AdditionalModule] = parse_json(
        "getPurchasableAdditionalModules", response, list[models.AdditionalModule]
    )
    return result


async def get_purchasable_additional_modules(
    client: AsyncTransport,
    contract_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.AdditionalModule]:
    """List purchasable additional modules.

    ``GET /v1/memberships/{contractId}/self-service/additional-modules/purchasable``: Additional modules the owner of the given main contract can buy.
    Args:
        contract_id: ID of the main contract. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.AdditionalModule]``.
    """
    request = build_get_purchasable_additional_modules(contract_id=contract_id)
    return parse_get_purchasable_additional_modules(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getRemainingIdlePeriods


def build_get_remaining_idle_periods(
    contract_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/memberships/{contractId}/self-service/idle-periods/remaining`` without sending it."""
    path = format_path(
        "/v1/memberships/{contractId}/self-service/idle-periods/remaining",
        {
            "contractId": check_int("contract_id", contract_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getRemainingIdlePeriods",
        method="GET",
        path_template="/v1/memberships/{contractId}/self-service/idle-periods/remaining",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_remaining_idle_periods(response: RawResponse) -> models.RemainingIdlePeriods:
    """Turn the 2xx answer of ``getRemainingIdlePeriods`` into its typed result."""
    result: models.RemainingIdlePeriods = parse_json(
        "getRemainingIdlePeriods", response, models.RemainingIdlePeriods
    )
    return result


async def get_remaining_idle_periods(
    client: AsyncTransport,
    contract_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.RemainingIdlePeriods:
    """Get a contract's remaining idle periods.

    ``GET /v1/memberships/{contractId}/self-service/idle-periods/remaining``: How many idle period terms, and how many free ones, the contract has left.
    Args:
        contract_id: ID of the contract. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.RemainingIdlePeriods``.
    """
    request = build_get_remaining_idle_periods(contract_id=contract_id)
    return parse_get_remaining_idle_periods(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- idlePeriodUpdatePreview


def build_idle_period_update_preview(
    contract_id: int,
    idle_period_id: int,
    body: models.IdlePeriodUpdateRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``PUT /v1/memberships/{contractId}/self-service/idle-periods/{idlePeriodId}/preview`` without sending it."""
    path = format_path(
        "/v1/memberships/{contractId}/self-service/idle-periods/{idlePeriodId}/preview",
        {
            "contractId": check_int("contract_id", contract_id, minimum=0),
            "idlePeriodId": check_int("idle_period_id", idle_period_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json("idlePeriodUpdatePreview", body, models.IdlePeriodUpdateRequest)
    )
    return PreparedRequest(
        operation_id="idlePeriodUpdatePreview",
        method="PUT",
        path_template="/v1/memberships/{contractId}/self-service/idle-periods/{idlePeriodId}/preview",
        path=path,
        retry_class=RetryClass.VALIDATE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_idle_period_update_preview(response: RawResponse) -> models.IdlePeriodUpdatePreview:
    """Turn the 2xx answer of ``idlePeriodUpdatePreview`` into its typed result."""
    result: models.IdlePeriodUpdatePreview = parse_json(
        "idlePeriodUpdatePreview", response, models.IdlePeriodUpdatePreview
    )
    return result


async def idle_period_update_preview(
    client: AsyncTransport,
    contract_id: int,
    idle_period_id: int,
    body: models.IdlePeriodUpdateRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.IdlePeriodUpdatePreview:
    """Preview an idle period update.

    ``PUT /v1/memberships/{contractId}/self-service/idle-periods/{idlePeriodId}/preview``: Shows the new contract end date and charges an idle period update would cause, without saving it.
    Args:
        contract_id: ID of the contract. (int, >= 0)
        idle_period_id: ID of the idle period or amendment. (int, >= 0)
        body: the request body, a ``models.IdlePeriodUpdateRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.IdlePeriodUpdatePreview``.
    """
    request = build_idle_period_update_preview(
        contract_id=contract_id, idle_period_id=idle_period_id, body=body
    )
    return parse_idle_period_update_preview(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- purchaseAdditionalModuleContract


def build_purchase_additional_module_contract(
    contract_id: int,
    body: models.AdditionalModuleContractRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/memberships/{contractId}/self-service/additional-modules/purchase`` without sending it."""
    path = format_path(
        "/v1/memberships/{contractId}/self-service/additional-modules/purchase",
        {
            "contractId": check_int("contract_id", contract_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json(
            "purchaseAdditionalModuleContract", body, models.AdditionalModuleContractRequest
        )
    )
    return PreparedRequest(
        operation_id="purchaseAdditionalModuleContract",
        method="POST",
        path_template="/v1/memberships/{contractId}/self-service/additional-modules/purchase",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_purchase_additional_module_contract(
    response: RawResponse,
) -> models.AdditionalModuleContract:
    """Turn the 2xx answer of ``purchaseAdditionalModuleContract`` into its typed result."""
    result: models.AdditionalModuleContract = parse_json(
        "purchaseAdditionalModuleContract", response, models.AdditionalModuleContract
    )
    return result


async def purchase_additional_module_contract(
    client: AsyncTransport,
    contract_id: int,
    body: models.AdditionalModuleContractRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.AdditionalModuleContract:
    """Buy an additional module.

    ``POST /v1/memberships/{contractId}/self-service/additional-modules/purchase``: Creates an additional module contract on top of the main contract.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        contract_id: ID of the main contract. (int, >= 0)
        body: the request body, a ``models.AdditionalModuleContractRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.AdditionalModuleContract``.
    """
    request = build_purchase_additional_module_contract(contract_id=contract_id, body=body)
    return parse_purchase_additional_module_contract(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- updateIdlePeriod


def build_update_idle_period(
    contract_id: int,
    idle_period_id: int,
    data: models.IdlePeriodUpdateRequest | Mapping[str, Any],
    document: bytes | None = None,
    *,
    filename: str | None = None,
) -> PreparedRequest:
    """Prepare ``PUT /v1/memberships/{contractId}/self-service/idle-periods/{idlePeriodId}`` without sending it."""
    path = format_path(
        "/v1/memberships/{contractId}/self-service/idle-periods/{idlePeriodId}",
        {
            "contractId": check_int("contract_id", contract_id, minimum=0),
            "idlePeriodId": check_int("idle_period_id", idle_period_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    json_parts = (
        ("data", dumps(to_request_json("updateIdlePeriod", data, models.IdlePeriodUpdateRequest))),
    )
    content_type = "" if document is None else file_content_type(document, filename)
    payload, multipart_type = build_multipart(
        "document",
        document,
        filename=filename or default_filename("document", content_type),
        content_type=content_type,
        json_parts=json_parts,
    )
    return PreparedRequest(
        operation_id="updateIdlePeriod",
        method="PUT",
        path_template="/v1/memberships/{contractId}/self-service/idle-periods/{idlePeriodId}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
        body=payload,
        content_type=multipart_type,
    )


def parse_update_idle_period(response: RawResponse) -> models.IdlePeriod:
    """Turn the 2xx answer of ``updateIdlePeriod`` into its typed result."""
    result: models.IdlePeriod = parse_json("updateIdlePeriod", response, models.IdlePeriod)
    return result


async def update_idle_period(
    client: AsyncTransport,
    contract_id: int,
    idle_period_id: int,
    data: models.IdlePeriodUpdateRequest | Mapping[str, Any],
    document: FileInput | None = None,
    *,
    filename: str | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.IdlePeriod:
    """Update an idle period.

    ``PUT /v1/memberships/{contractId}/self-service/idle-periods/{idlePeriodId}``: Replaces the data of an idle period, optionally with a new proof document; changes may need acceptance.
    Args:
        contract_id: ID of the contract. (int, >= 0)
        idle_period_id: ID of the idle period or amendment. (int, >= 0)
        data: the JSON part, a ``models.IdlePeriodUpdateRequest`` or a mapping in its wire shape.
        document: the file (optional): bytes, a path or a binary file object; not empty.
        filename: the name sent with the file (default: the path's name).
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.IdlePeriod``.
    """
    upload_bytes, upload_name = (
        (None, None) if document is None else await read_upload(document, name="document")
    )
    request = build_update_idle_period(
        contract_id=contract_id,
        idle_period_id=idle_period_id,
        data=data,
        document=upload_bytes,
        filename=filename or upload_name,
    )
    return parse_update_idle_period(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- validateAdditionalModuleContractRequest


def build_validate_additional_module_contract_request(
    contract_id: int,
    body: models.AdditionalModuleContractRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/memberships/{contractId}/self-service/additional-modules/validate`` without sending it."""
    path = format_path(
        "/v1/memberships/{contractId}/self-service/additional-modules/validate",
        {
            "contractId": check_int("contract_id", contract_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json(
            "validateAdditionalModuleContractRequest", body, models.AdditionalModuleContractRequest
        )
    )
    return PreparedRequest(
        operation_id="validateAdditionalModuleContractRequest",
        method="POST",
        path_template="/v1/memberships/{contractId}/self-service/additional-modules/validate",
        path=path,
        retry_class=RetryClass.VALIDATE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_validate_additional_module_contract_request(
    response: RawResponse,
) -> models.AdditionalModuleContractValidationStatus:
    """Turn the 2xx answer of ``validateAdditionalModuleContractRequest`` into its typed result."""
    result: models.AdditionalModuleContractValidationStatus = parse_json(
        "validateAdditionalModuleContractRequest",
        response,
        models.AdditionalModuleContractValidationStatus,
    )
    return result


async def validate_additional_module_contract_request(
    client: AsyncTransport,
    contract_id: int,
    body: models.AdditionalModuleContractRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.AdditionalModuleContractValidationStatus:
    """Validate an additional module purchase.

    ``POST /v1/memberships/{contractId}/self-service/additional-modules/validate``: Checks whether the additional module could be bought for the main contract, without buying it.
    Args:
        contract_id: ID of the main contract. (int, >= 0)
        body: the request body, a ``models.AdditionalModuleContractRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.AdditionalModuleContractValidationStatus``.
    """
    request = build_validate_additional_module_contract_request(contract_id=contract_id, body=body)
    return parse_validate_additional_module_contract_request(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- validateIdlePeriodRequest


def build_validate_idle_period_request(
    contract_id: int,
    body: models.IdlePeriodValidationRequest | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/memberships/{contractId}/self-service/idle-periods/validate`` without sending it."""
    path = format_path(
        "/v1/memberships/{contractId}/self-service/idle-periods/validate",
        {
            "contractId": check_int("contract_id", contract_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    payload = dumps(
        to_request_json("validateIdlePeriodRequest", body, models.IdlePeriodValidationRequest)
    )
    return PreparedRequest(
        operation_id="validateIdlePeriodRequest",
        method="POST",
        path_template="/v1/memberships/{contractId}/self-service/idle-periods/validate",
        path=path,
        retry_class=RetryClass.VALIDATE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_validate_idle_period_request(
    response: RawResponse,
) -> models.IdlePeriodValidationStatusResult:
    """Turn the 2xx answer of ``validateIdlePeriodRequest`` into its typed result."""
    result: models.IdlePeriodValidationStatusResult = parse_json(
        "validateIdlePeriodRequest", response, models.IdlePeriodValidationStatusResult
    )
    return result


async def validate_idle_period_request(
    client: AsyncTransport,
    contract_id: int,
    body: models.IdlePeriodValidationRequest | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.IdlePeriodValidationStatusResult:
    """Validate an idle period.

    ``POST /v1/memberships/{contractId}/self-service/idle-periods/validate``: Checks whether an idle period (amendment) could be created with the given data, without creating it.
    Args:
        contract_id: ID of the contract. (int, >= 0)
        body: the request body, a ``models.IdlePeriodValidationRequest`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.IdlePeriodValidationStatusResult``.
    """
    request = build_validate_idle_period_request(contract_id=contract_id, body=body)
    return parse_validate_idle_period_request(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- withdrawAdditionalModuleContractCancelation


def build_withdraw_additional_module_contract_cancelation(
    contract_id: int,
    additional_module_contract_id: int,
) -> PreparedRequest:
    """Prepare ``POST /v1/memberships/{contractId}/self-service/additional-module-contracts/{additionalModuleContractId}/withdraw-cancelation`` without sending it."""
    path = format_path(
        "/v1/memberships/{contractId}/self-service/additional-module-contracts/{additionalModuleContractId}/withdraw-cancelation",
        {
            "contractId": check_int("contract_id", contract_id, minimum=0),
            "additionalModuleContractId": check_int(
                "additional_module_contract_id", additional_module_contract_id, minimum=0
            ),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="withdrawAdditionalModuleContractCancelation",
        method="POST",
        path_template="/v1/memberships/{contractId}/self-service/additional-module-contracts/{additionalModuleContractId}/withdraw-cancelation",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_withdraw_additional_module_contract_cancelation(
    response: RawResponse,
) -> models.VoidResult:
    """Turn the 2xx answer of ``withdrawAdditionalModuleContractCancelation`` into its typed result."""
    result: models.VoidResult = parse_json(
        "withdrawAdditionalModuleContractCancelation", response, models.VoidResult
    )
    return result


async def withdraw_additional_module_contract_cancelation(
    client: AsyncTransport,
    contract_id: int,
    additional_module_contract_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.VoidResult:
    """Withdraw an additional module contract cancelation.

    ``POST /v1/memberships/{contractId}/self-service/additional-module-contracts/{additionalModuleContractId}/withdraw-cancelation``: Withdraws the cancelation amendment of an additional module contract, or reverts its cancelation.
    Args:
        contract_id: ID of the main contract. (int, >= 0)
        additional_module_contract_id: ID of the additional module contract. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.VoidResult``.
    """
    request = build_withdraw_additional_module_contract_cancelation(
        contract_id=contract_id, additional_module_contract_id=additional_module_contract_id
    )
    return parse_withdraw_additional_module_contract_cancelation(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- withdrawContractCancelation


def build_withdraw_contract_cancelation(
    customer_id: int,
    contract_id: int,
) -> PreparedRequest:
    """Prepare ``POST /v1/memberships/{customerId}/self-service/withdraw-ordinary-contract-cancelation/{contractId}`` without sending it."""
    path = format_path(
        "/v1/memberships/{customerId}/self-service/withdraw-ordinary-contract-cancelation/{contractId}",
        {
            "customerId": check_int("customer_id", customer_id, minimum=0),
            "contractId": check_int("contract_id", contract_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="withdrawContractCancelation",
        method="POST",
        path_template="/v1/memberships/{customerId}/self-service/withdraw-ordinary-contract-cancelation/{contractId}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_withdraw_contract_cancelation(response: RawResponse) -> models.VoidResult:
    """Turn the 2xx answer of ``withdrawContractCancelation`` into its typed result."""
    result: models.VoidResult = parse_json(
        "withdrawContractCancelation", response, models.VoidResult
    )
    return result


async def withdraw_contract_cancelation(
    client: AsyncTransport,
    customer_id: int,
    contract_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.VoidResult:
    """Withdraw a main contract cancelation.

    ``POST /v1/memberships/{customerId}/self-service/withdraw-ordinary-contract-cancelation/{contractId}``: Withdraws the cancelation amendment of a contract, or reverts its cancelation.
    Args:
        customer_id: ID of the customer. (int, >= 0)
        contract_id: ID of the contract. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.VoidResult``.
    """
    request = build_withdraw_contract_cancelation(customer_id=customer_id, contract_id=contract_id)
    return parse_withdraw_contract_cancelation(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- withdrawIdlePeriod


def build_withdraw_idle_period(
    contract_id: int,
    idle_period_id: int,
) -> PreparedRequest:
    """Prepare ``DELETE /v1/memberships/{contractId}/self-service/idle-periods/{idlePeriodId}`` without sending it."""
    path = format_path(
        "/v1/memberships/{contractId}/self-service/idle-periods/{idlePeriodId}",
        {
            "contractId": check_int("contract_id", contract_id, minimum=0),
            "idlePeriodId": check_int("idle_period_id", idle_period_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="withdrawIdlePeriod",
        method="DELETE",
        path_template="/v1/memberships/{contractId}/self-service/idle-periods/{idlePeriodId}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_withdraw_idle_period(response: RawResponse) -> models.VoidResult:
    """Turn the 2xx answer of ``withdrawIdlePeriod`` into its typed result."""
    result: models.VoidResult = parse_json("withdrawIdlePeriod", response, models.VoidResult)
    return result


async def withdraw_idle_period(
    client: AsyncTransport,
    contract_id: int,
    idle_period_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.VoidResult:
    """Withdraw an idle period.

    ``DELETE /v1/memberships/{contractId}/self-service/idle-periods/{idlePeriodId}``: Withdraws an idle period or its pending amendment.
    Args:
        contract_id: ID of the contract. (int, >= 0)
        idle_period_id: ID of the idle period or amendment. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.VoidResult``.
    """
    request = build_withdraw_idle_period(contract_id=contract_id, idle_period_id=idle_period_id)
    return parse_withdraw_idle_period(
        await client.send(request, timeout=timeout, deadline=deadline)
    )
