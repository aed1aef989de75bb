"""Debt collection runs, cases and blocked debtors, plus tax advisor exports.

Endpoint functions of the ``Finance`` tag. Each operation is a pure request
builder (``build_*``), a pure response parser (``parse_*``) and one small async
function that sends the one through the client and hands the answer to the other.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Mapping, Sequence
from typing import Any

from .. import models
from .._pagination import iterate_slices, parse_page
from .._request import (
    PreparedRequest,
    RawResponse,
    check_int,
    check_list,
    check_offset,
    check_str,
    check_timeout,
    format_path,
)
from .._responses import parse_empty, parse_json
from .._retry import RetryClass
from .._serde import dumps, to_request_json
from .._transport import AsyncTransport
from ..types import Page, Timeout

__all__ = [
    "confirm_transfer",
    "create_export",
    "get_debt_collection_blocked_debtors",
    "iter_debt_collection_blocked_debtors",
    "get_debt_collection_blocked_debts",
    "iter_debt_collection_blocked_debts",
    "get_debt_collection_cases",
    "get_debt_collection_configuration",
    "get_debtors",
    "iter_debtors",
    "get_export",
    "get_transfer_details",
    "update_debt_collection",
]


# ---------------------------------------------------------------- confirmTransfer


def build_confirm_transfer(
    debt_collection_run_id: int,
) -> PreparedRequest:
    """Prepare ``POST /v1/debt-collection/{debtCollectionRunId}/confirmTransfer`` without sending it."""
    path = format_path(
        "/v1/debt-collection/{debtCollectionRunId}/confirmTransfer",
        {
            "debtCollectionRunId": check_int(
                "debt_collection_run_id", debt_collection_run_id, minimum=0
            ),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="confirmTransfer",
        method="POST",
        path_template="/v1/debt-collection/{debtCollectionRunId}/confirmTransfer",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
    )


def parse_confirm_transfer(response: RawResponse) -> None:
    """Turn the 2xx answer of ``confirmTransfer`` into its typed result."""
    parse_empty("confirmTransfer", response)


async def confirm_transfer(
    client: AsyncTransport,
    debt_collection_run_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> None:
    """Confirm retrieval of a transfer.

    ``POST /v1/debt-collection/{debtCollectionRunId}/confirmTransfer``: Marks a transfer waiting for confirmation as fully fetched by the agency.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        debt_collection_run_id: ID of the debt collection run. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        nothing: the API answers without a body.
    """
    request = build_confirm_transfer(debt_collection_run_id=debt_collection_run_id)
    parse_confirm_transfer(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- createExport


def build_create_export(
    body: models.TaxAdvisorCreateExport | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/taxadvisor/exports/create`` without sending it."""
    path = "/v1/taxadvisor/exports/create"
    query: list[tuple[str, str]] = []
    payload = dumps(to_request_json("createExport", body, models.TaxAdvisorCreateExport))
    return PreparedRequest(
        operation_id="createExport",
        method="POST",
        path_template="/v1/taxadvisor/exports/create",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_create_export(response: RawResponse) -> models.TaxAdvisorExportResult:
    """Turn the 2xx answer of ``createExport`` into its typed result."""
    result: models.TaxAdvisorExportResult = parse_json(
        "createExport", response, models.TaxAdvisorExportResult
    )
    return result


async def create_export(
    client: AsyncTransport,
    body: models.TaxAdvisorCreateExport | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.TaxAdvisorExportResult:
    """Create a tax advisor export.

    ``POST /v1/taxadvisor/exports/create``: Starts an export of accounting bookings for a past date range of up to 90 days.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        body: the request body, a ``models.TaxAdvisorCreateExport`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.TaxAdvisorExportResult``.
    """
    request = build_create_export(body=body)
    return parse_create_export(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- getDebtCollectionBlockedDebtors


def build_get_debt_collection_blocked_debtors(
    *,
    debtor_id: Sequence[str] | None = None,
    offset: str | int | None = None,
    slice_size: int | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/debt-collection/blocked/debtors`` without sending it."""
    path = "/v1/debt-collection/blocked/debtors"
    query: list[tuple[str, str]] = []
    if debtor_id is not None:
        query.extend(
            ("debtorId", item)
            for item in check_list(
                "debtor_id", debtor_id, lambda item: check_str("debtor_id", item)
            )
        )
    if offset is not None:
        query.append(("offset", check_offset("offset", offset)))
    if slice_size is not None:
        query.append(("sliceSize", check_int("slice_size", slice_size, minimum=1, maximum=50)))
    return PreparedRequest(
        operation_id="getDebtCollectionBlockedDebtors",
        method="GET",
        path_template="/v1/debt-collection/blocked/debtors",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_debt_collection_blocked_debtors(response: RawResponse) -> Page[models.DebtorId]:
    """Turn the 2xx answer of ``getDebtCollectionBlockedDebtors`` into its typed result."""
    return parse_page("getDebtCollectionBlockedDebtors", response, models.DebtorId)


async def get_debt_collection_blocked_debtors(
    client: AsyncTransport,
    *,
    debtor_id: Sequence[str] | None = None,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> Page[models.DebtorId]:
    """List blocked debtors.

    ``GET /v1/debt-collection/blocked/debtors``: Debtors that are blocked from future collection cases, in slices.
    Returns one slice; ``iter_debt_collection_blocked_debtors`` walks all of them.

    Args:
        debtor_id: Only return these debtors. (a list of: str, not empty)
        offset: Offset returned by the previous slice. (the offset the previous slice returned; default 0)
        slice_size: Number of debtors per slice. (int, 1 to 50; default 10)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``Page[models.DebtorId]``: ``result``, ``has_next``, ``offset``.
    """
    request = build_get_debt_collection_blocked_debtors(
        debtor_id=debtor_id, offset=offset, slice_size=slice_size
    )
    return parse_get_debt_collection_blocked_debtors(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


def iter_debt_collection_blocked_debtors(
    client: AsyncTransport,
    *,
    debtor_id: Sequence[str] | None = None,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> AsyncGenerator[models.DebtorId, None]:
    """Every item of ``getDebtCollectionBlockedDebtors``, fetching slice after slice.

    Arguments are checked now, before anything is sent. ``offset``
    is where to start (default: the beginning). ``timeout`` and ``deadline`` apply to
    each slice's request.
    """

    def build(next_offset: str | None) -> PreparedRequest:
        return build_get_debt_collection_blocked_debtors(
            debtor_id=debtor_id, offset=next_offset, slice_size=slice_size
        )

    start = None if offset is None else check_offset("offset", offset)
    build(start)  # check every argument now, not at the first iteration
    sender = client if deadline is None else client.with_options(deadline=deadline)
    return iterate_slices(
        sender, build, models.DebtorId, offset=start, timeout=check_timeout(timeout)
    )


# ---------------------------------------------------------------- getDebtCollectionBlockedDebts


def build_get_debt_collection_blocked_debts(
    *,
    debt_id: Sequence[str] | None = None,
    offset: str | int | None = None,
    slice_size: int | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/debt-collection/blocked/debts`` without sending it."""
    path = "/v1/debt-collection/blocked/debts"
    query: list[tuple[str, str]] = []
    if debt_id is not None:
        query.extend(
            ("debtId", item)
            for item in check_list("debt_id", debt_id, lambda item: check_str("debt_id", item))
        )
    if offset is not None:
        query.append(("offset", check_offset("offset", offset)))
    if slice_size is not None:
        query.append(("sliceSize", check_int("slice_size", slice_size, minimum=1, maximum=50)))
    return PreparedRequest(
        operation_id="getDebtCollectionBlockedDebts",
        method="GET",
        path_template="/v1/debt-collection/blocked/debts",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_debt_collection_blocked_debts(response: RawResponse) -> Page[models.DebtorId]:
    """Turn the 2xx answer of ``getDebtCollectionBlockedDebts`` into its typed result."""
    return parse_page("getDebtCollectionBlockedDebts", response, models.DebtorId)


async def get_debt_collection_blocked_debts(
    client: AsyncTransport,
    *,
    debt_id: Sequence[str] | None = None,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> Page[models.DebtorId]:
    """List blocked debts.

    ``GET /v1/debt-collection/blocked/debts``: Blocked debts grouped by their debtor, in slices.
    Returns one slice; ``iter_debt_collection_blocked_debts`` walks all of them.

    Args:
        debt_id: Only return these debts (UUIDs). (a list of: str, not empty)
        offset: Offset returned by the previous slice. (the offset the previous slice returned; default 0)
        slice_size: Number of debtors per slice. (int, 1 to 50; default 10)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``Page[models.DebtorId]``: ``result``, ``has_next``, ``offset``.
    """
    request = build_get_debt_collection_blocked_debts(
        debt_id=debt_id, offset=offset, slice_size=slice_size
    )
    return parse_get_debt_collection_blocked_debts(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


def iter_debt_collection_blocked_debts(
    client: AsyncTransport,
    *,
    debt_id: Sequence[str] | None = None,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> AsyncGenerator[models.DebtorId, None]:
    """Every item of ``getDebtCollectionBlockedDebts``, fetching slice after slice.

    Arguments are checked now, before anything is sent. ``offset``
    is where to start (default: the beginning). ``timeout`` and ``deadline`` apply to
    each slice's request.
    """

    def build(next_offset: str | None) -> PreparedRequest:
        return build_get_debt_collection_blocked_debts(
            debt_id=debt_id, offset=next_offset, slice_size=slice_size
        )

    start = None if offset is None else check_offset("offset", offset)
    build(start)  # check every argument now, not at the first iteration
    sender = client if deadline is None else client.with_options(deadline=deadline)
    return iterate_slices(
        sender, build, models.DebtorId, offset=start, timeout=check_timeout(timeout)
    )


# ---------------------------------------------------------------- getDebtCollectionCases


def build_get_debt_collection_cases(
    *,
    debtor_id: Sequence[str] | None = None,
    collection_case_id: Sequence[str] | None = None,
    agency_collection_case_id: Sequence[str] | None = None,
    case_adjustment_request_id: int | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/debt-collection/cases`` without sending it."""
    path = "/v1/debt-collection/cases"
    query: list[tuple[str, str]] = []
    if debtor_id is not None:
        query.extend(
            ("debtorId", item)
            for item in check_list(
                "debtor_id", debtor_id, lambda item: check_str("debtor_id", item), max_items=50
            )
        )
    if collection_case_id is not None:
        query.extend(
            ("collectionCaseId", item)
            for item in check_list(
                "collection_case_id",
                collection_case_id,
                lambda item: check_str("collection_case_id", item),
                max_items=50,
            )
        )
    if agency_collection_case_id is not None:
        query.extend(
            ("agencyCollectionCaseId", item)
            for item in check_list(
                "agency_collection_case_id",
                agency_collection_case_id,
                lambda item: check_str("agency_collection_case_id", item),
                max_items=50,
            )
        )
    if case_adjustment_request_id is not None:
        query.append(
            (
                "caseAdjustmentRequestId",
                check_int("case_adjustment_request_id", case_adjustment_request_id, minimum=0),
            )
        )
    return PreparedRequest(
        operation_id="getDebtCollectionCases",
        method="GET",
        path_template="/v1/debt-collection/cases",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_debt_collection_cases(response: RawResponse) -> list[models.DebtorUpdate]:
    """Turn the 2xx answer of ``getDebtCollectionCases`` into its typed result."""
    result: list[models.DebtorUpdate] = parse_json(
        "getDebtCollectionCases", response, list[models.DebtorUpdate]
    )
    return result


async def get_debt_collection_cases(
    client: AsyncTransport,
    *,
    debtor_id: Sequence[str] | None = None,
    collection_case_id: Sequence[str] | None = None,
    agency_collection_case_id: Sequence[str] | None = None,
    case_adjustment_request_id: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> list[models.DebtorUpdate]:
    """Get debt collection cases.

    ``GET /v1/debt-collection/cases``: Current state of the collection cases matching the given debtor, case or agency case IDs.
    Args:
        debtor_id: Debtor IDs to look up (at most 50). (a list of: str, not empty; at most 50 items)
        collection_case_id: Case IDs assigned by the platform, as returned by getDebtors (at most 50). (a list of: str, not empty; at most 50 items)
        agency_collection_case_id: Case IDs assigned by the agency in updateDebtCollection (at most 50). (a list of: str, not empty; at most 50 items)
        case_adjustment_request_id: Request ID delivered as entityId by the case adjustment webhook. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``list[models.DebtorUpdate]``.
    """
    request = build_get_debt_collection_cases(
        debtor_id=debtor_id,
        collection_case_id=collection_case_id,
        agency_collection_case_id=agency_collection_case_id,
        case_adjustment_request_id=case_adjustment_request_id,
    )
    return parse_get_debt_collection_cases(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getDebtCollectionConfiguration


def build_get_debt_collection_configuration() -> PreparedRequest:
    """Prepare ``GET /v1/debt-collection/configuration`` without sending it."""
    path = "/v1/debt-collection/configuration"
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getDebtCollectionConfiguration",
        method="GET",
        path_template="/v1/debt-collection/configuration",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_debt_collection_configuration(
    response: RawResponse,
) -> models.DebtCollectionConfiguration:
    """Turn the 2xx answer of ``getDebtCollectionConfiguration`` into its typed result."""
    result: models.DebtCollectionConfiguration = parse_json(
        "getDebtCollectionConfiguration", response, models.DebtCollectionConfiguration
    )
    return result


async def get_debt_collection_configuration(
    client: AsyncTransport,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.DebtCollectionConfiguration:
    """Get the debt collection configuration.

    ``GET /v1/debt-collection/configuration``: Client data and debt handling rules agreed with the collection agency.
    Args:
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.DebtCollectionConfiguration``.
    """
    request = build_get_debt_collection_configuration()
    return parse_get_debt_collection_configuration(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- getDebtors


def build_get_debtors(
    debt_collection_run_id: int,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/debt-collection/{debtCollectionRunId}/debtors`` without sending it."""
    path = format_path(
        "/v1/debt-collection/{debtCollectionRunId}/debtors",
        {
            "debtCollectionRunId": check_int(
                "debt_collection_run_id", debt_collection_run_id, minimum=0
            ),
        },
    )
    query: list[tuple[str, str]] = []
    if offset is not None:
        query.append(("offset", check_offset("offset", offset)))
    if slice_size is not None:
        query.append(("sliceSize", check_int("slice_size", slice_size, minimum=1, maximum=50)))
    return PreparedRequest(
        operation_id="getDebtors",
        method="GET",
        path_template="/v1/debt-collection/{debtCollectionRunId}/debtors",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_debtors(response: RawResponse) -> Page[models.Debtor]:
    """Turn the 2xx answer of ``getDebtors`` into its typed result."""
    return parse_page("getDebtors", response, models.Debtor)


async def get_debtors(
    client: AsyncTransport,
    debt_collection_run_id: int,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> Page[models.Debtor]:
    """List debtors of a debt collection run.

    ``GET /v1/debt-collection/{debtCollectionRunId}/debtors``: Debtors handed over in one debt collection run, with their cases and debts, in slices.
    Returns one slice; ``iter_debtors`` walks all of them.

    Args:
        debt_collection_run_id: ID of the debt collection run. (int, >= 0)
        offset: Offset returned by the previous slice. (the offset the previous slice returned; default 0)
        slice_size: Number of debtors per slice. (int, 1 to 50; default 10)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``Page[models.Debtor]``: ``result``, ``has_next``, ``offset``.
    """
    request = build_get_debtors(
        debt_collection_run_id=debt_collection_run_id, offset=offset, slice_size=slice_size
    )
    return parse_get_debtors(await client.send(request, timeout=timeout, deadline=deadline))


def iter_debtors(
    client: AsyncTransport,
    debt_collection_run_id: int,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> AsyncGenerator[models.Debtor, None]:
    """Every item of ``getDebtors``, fetching slice after slice.

    Arguments are checked now, before anything is sent. ``offset``
    is where to start (default: the beginning). ``timeout`` and ``deadline`` apply to
    each slice's request.
    """

    def build(next_offset: str | None) -> PreparedRequest:
        return build_get_debtors(
            debt_collection_run_id=debt_collection_run_id, offset=next_offset, slice_size=slice_size
        )

    start = None if offset is None else check_offset("offset", offset)
    build(start)  # check every argument now, not at the first iteration
    sender = client if deadline is None else client.with_options(deadline=deadline)
    return iterate_slices(
        sender, build, models.Debtor, offset=start, timeout=check_timeout(timeout)
    )


# ---------------------------------------------------------------- getExport


def build_get_export(
    export_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/taxadvisor/exports/{exportId}`` without sending it."""
    path = format_path(
        "/v1/taxadvisor/exports/{exportId}",
        {
            "exportId": check_int("export_id", export_id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getExport",
        method="GET",
        path_template="/v1/taxadvisor/exports/{exportId}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_export(response: RawResponse) -> models.TaxAdvisorExportDownload:
    """Turn the 2xx answer of ``getExport`` into its typed result."""
    result: models.TaxAdvisorExportDownload = parse_json(
        "getExport", response, models.TaxAdvisorExportDownload
    )
    return result


async def get_export(
    client: AsyncTransport,
    export_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.TaxAdvisorExportDownload:
    """Get a tax advisor export.

    ``GET /v1/taxadvisor/exports/{exportId}``: Parameters and download link of an export made with createExport.
    Args:
        export_id: ID returned by createExport. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.TaxAdvisorExportDownload``.
    """
    request = build_get_export(export_id=export_id)
    return parse_get_export(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- getTransferDetails


def build_get_transfer_details(
    debt_collection_run_id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/debt-collection/{debtCollectionRunId}/details`` without sending it."""
    path = format_path(
        "/v1/debt-collection/{debtCollectionRunId}/details",
        {
            "debtCollectionRunId": check_int(
                "debt_collection_run_id", debt_collection_run_id, minimum=0
            ),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getTransferDetails",
        method="GET",
        path_template="/v1/debt-collection/{debtCollectionRunId}/details",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_transfer_details(response: RawResponse) -> models.TransferDetails:
    """Turn the 2xx answer of ``getTransferDetails`` into its typed result."""
    result: models.TransferDetails = parse_json(
        "getTransferDetails", response, models.TransferDetails
    )
    return result


async def get_transfer_details(
    client: AsyncTransport,
    debt_collection_run_id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.TransferDetails:
    """Get the details of a transfer.

    ``GET /v1/debt-collection/{debtCollectionRunId}/details``: Client, collection type, status and origin of one debt collection run.
    Args:
        debt_collection_run_id: ID of the debt collection run. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.TransferDetails``.
    """
    request = build_get_transfer_details(debt_collection_run_id=debt_collection_run_id)
    return parse_get_transfer_details(
        await client.send(request, timeout=timeout, deadline=deadline)
    )


# ---------------------------------------------------------------- updateDebtCollection


def build_update_debt_collection(
    body: models.DebtCollectionUpdate | Mapping[str, Any],
) -> PreparedRequest:
    """Prepare ``POST /v1/debt-collection/update`` without sending it."""
    path = "/v1/debt-collection/update"
    query: list[tuple[str, str]] = []
    payload = dumps(to_request_json("updateDebtCollection", body, models.DebtCollectionUpdate))
    return PreparedRequest(
        operation_id="updateDebtCollection",
        method="POST",
        path_template="/v1/debt-collection/update",
        path=path,
        retry_class=RetryClass.UNSAFE,
        query=tuple(query),
        body=payload,
        content_type="application/json",
    )


def parse_update_debt_collection(response: RawResponse) -> None:
    """Turn the 2xx answer of ``updateDebtCollection`` into its typed result."""
    parse_empty("updateDebtCollection", response)


async def update_debt_collection(
    client: AsyncTransport,
    body: models.DebtCollectionUpdate | Mapping[str, Any],
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> None:
    """Update debt collection cases.

    ``POST /v1/debt-collection/update``: Reports payments, closures and blocks of the agency's collection cases back to the studio.
    Changes state: retried only when the server cannot have acted on it (a 429,
    or a connection that failed before the request was sent).
    Args:
        body: the request body, a ``models.DebtCollectionUpdate`` or a mapping in its wire (camelCase) shape; checked before sending.
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        nothing: the API answers without a body.
    """
    request = build_update_debt_collection(body=body)
    parse_update_debt_collection(await client.send(request, timeout=timeout, deadline=deadline))
