"""Sliced lists: parse one slice into a Page, or walk every slice as an async iterator.

The walker keeps at most the current slice and the next one in flight. It asks
for the next slice as soon as the next offset is known (right after the JSON is
parsed, before the items are turned into models), so the network overlaps the
caller's work on the current items.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Callable
from typing import Any, TypeVar

from ._request import PreparedRequest, RawResponse
from ._serde import decode_json, structure_response
from ._transport import AsyncTransport
from .errors import APIResponseValidationError, PaginationError
from .types import Page, Timeout

__all__ = ["iterate_slices", "parse_page"]

T = TypeVar("T")


def _envelope(operation: str, data: Any) -> tuple[list[Any], bool, str]:
    if not isinstance(data, dict):
        raise APIResponseValidationError(operation, "$", "expected a sliced result object")
    result = data.get("result")
    has_next = data.get("hasNext")
    offset = data.get("offset")
    if not isinstance(result, list):
        raise APIResponseValidationError(operation, "$.result", "expected a list")
    if not isinstance(has_next, bool):
        raise APIResponseValidationError(operation, "$.hasNext", "expected a boolean")
    if isinstance(offset, int) and not isinstance(offset, bool):
        offset = str(offset)
    if not isinstance(offset, str):
        if has_next:
            raise APIResponseValidationError(operation, "$.offset", "expected a string")
        offset = ""
    return result, has_next, offset


def parse_page(operation: str, response: RawResponse, item_type: type[T]) -> Page[T]:
    """One slice as a typed Page."""
    result, has_next, offset = _envelope(operation, decode_json(operation, response.body))
    items: list[T] = structure_response(operation, result, list[item_type])  # type: ignore[valid-type]
    return Page(result=items, has_next=has_next, offset=offset)


async def iterate_slices(
    client: AsyncTransport,
    build: Callable[[str | None], PreparedRequest],
    item_type: type[T],
    *,
    offset: str | None = None,
    timeout: Timeout | None = None,
) -> AsyncGenerator[T, None]:
    """Every item of a sliced list, following ``offset`` until ``hasNext`` is false.

    ``build(offset)`` prepares the request for one slice (``None`` means the first).
    Raises PaginationError if the server hands back an offset it already gave,
    which would otherwise loop forever or repeat items.
    """
    first = build(offset)
    operation = first.operation_id
    seen: set[str] = set() if offset is None else {offset}
    pending: asyncio.Future[RawResponse] | None = asyncio.ensure_future(
        client.send(first, timeout=timeout)
    )
    try:
        while pending is not None:
            response = await pending
            pending = None
            body = response.body
            del response
            result, has_next, next_offset = _envelope(operation, decode_json(operation, body))
            if has_next:
                if next_offset in seen:
                    raise PaginationError(
                        f"{operation}: the server returned offset {next_offset!r} again; "
                        "stopping instead of fetching the same slice forever"
                    )
                seen.add(next_offset)
                pending = asyncio.ensure_future(client.send(build(next_offset), timeout=timeout))
                # Let the prefetch run up to its first real wait (the request is then on
                # the wire): nothing below awaits, and a consumer's ``async for`` over
                # the items never yields to the loop either.
                await asyncio.sleep(0)
            items = structure_response(operation, result, list[item_type])  # type: ignore[valid-type]
            del result, body
            for item in items:
                yield item
    finally:
        if pending is not None:
            # The caller stopped early or failed: drop the prefetched slice. Waiting
            # with asyncio.wait (not await) lets our own cancellation propagate.
            pending.cancel()
            await asyncio.wait({pending})
            if not pending.cancelled():
                pending.exception()  # mark retrieved; nobody wants this slice now
