"""Employees of the studio.

Endpoint functions of the ``Employees`` tag. Each operation is a pure request
builder (``build_*``), a pure response parser (``parse_*``) and one small async
function that sends the one through the client and hands the answer to the other.

Generated from spec/openapi.yaml by ``python -m generator``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator

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
from .._transport import AsyncTransport
from ..types import Page, Timeout

__all__ = [
    "get_employee",
    "get_employees",
    "iter_employees",
]


# ---------------------------------------------------------------- getEmployee


def build_get_employee(
    id: int,
) -> PreparedRequest:
    """Prepare ``GET /v1/employees/{id}`` without sending it."""
    path = format_path(
        "/v1/employees/{id}",
        {
            "id": check_int("id", id, minimum=0),
        },
    )
    query: list[tuple[str, str]] = []
    return PreparedRequest(
        operation_id="getEmployee",
        method="GET",
        path_template="/v1/employees/{id}",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_employee(response: RawResponse) -> models.Employee:
    """Turn the 2xx answer of ``getEmployee`` into its typed result."""
    result: models.Employee = parse_json("getEmployee", response, models.Employee)
    return result


async def get_employee(
    client: AsyncTransport,
    id: int,
    *,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> models.Employee:
    """Get an employee.

    ``GET /v1/employees/{id}``: One employee by ID.
    Args:
        id: ID of the employee. (int, >= 0)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``models.Employee``.
    """
    request = build_get_employee(id=id)
    return parse_get_employee(await client.send(request, timeout=timeout, deadline=deadline))


# ---------------------------------------------------------------- getEmployees


def build_get_employees(
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
) -> PreparedRequest:
    """Prepare ``GET /v1/employees`` without sending it."""
    path = "/v1/employees"
    query: list[tuple[str, str]] = []
    if offset is not None:
        query.append(("offset", check_offset("offset", offset)))
    if slice_size is not None:
        query.append(("sliceSize", check_int("slice_size", slice_size, minimum=10, maximum=100)))
    return PreparedRequest(
        operation_id="getEmployees",
        method="GET",
        path_template="/v1/employees",
        path=path,
        retry_class=RetryClass.SAFE,
        query=tuple(query),
    )


def parse_get_employees(response: RawResponse) -> Page[models.Employee]:
    """Turn the 2xx answer of ``getEmployees`` into its typed result."""
    return parse_page("getEmployees", response, models.Employee)


async def get_employees(
    client: AsyncTransport,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> Page[models.Employee]:
    """List employees.

    ``GET /v1/employees``: Employees of the studio the API key belongs to, in slices.
    Returns one slice; ``iter_employees`` walks all of them.

    Args:
        offset: Offset returned by the previous slice. (the offset the previous slice returned; default 0)
        slice_size: Number of employees per slice. (int, 10 to 100; default 50)
        timeout: per-attempt limits for this call, a ``Timeout`` or seconds (default: the client's).
        deadline: seconds the whole call may take, rate-limit waits, retries and backoff included (default: the client's); past it, ``APITimeoutError``.

    Returns:
        ``Page[models.Employee]``: ``result``, ``has_next``, ``offset``.
    """
    request = build_get_employees(offset=offset, slice_size=slice_size)
    return parse_get_employees(await client.send(request, timeout=timeout, deadline=deadline))


def iter_employees(
    client: AsyncTransport,
    *,
    offset: str | int | None = None,
    slice_size: int | None = None,
    timeout: Timeout | float | None = None,
    deadline: float | None = None,
) -> AsyncGenerator[models.Employee, None]:
    """Every item of ``getEmployees``, fetching slice after slice.

    Arguments are checked now, before anything is sent. ``offset``
    is where to start (default: the beginning). ``timeout`` and ``deadline`` apply to
    each slice's request.
    """

    def build(next_offset: str | None) -> PreparedRequest:
        return build_get_employees(offset=next_offset, slice_size=slice_size)

    start = None if offset is None else check_offset("offset", offset)
    build(start)  # check every argument now, not at the first iteration
    sender = client if deadline is None else client.with_options(deadline=deadline)
    return iterate_slices(
        sender, build, models.Employee, offset=start, timeout=check_timeout(timeout)
    )
