"""Sliced lists: Page parsing, walking every slice, prefetching, and stopping safely."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import pytest
from aiohttp import web

from perfectgym_async import AsyncClient, PaginationError, models
from perfectgym_async._request import PreparedRequest, RawResponse
from perfectgym_async.types import Page, Timeout

from .conftest import API_KEY, LocalServer, Reply

TRANSACTIONS = "/v1/customers/9/account/transactions"


def entry(n: int) -> dict[str, Any]:
    return {
        "id": n,
        "dueDate": "2024-01-01",
        "installmentPlan": False,
        "amount": {"amount": f"{n}.25", "currency": "EUR"},
    }


def numeric_slices(total: int) -> Any:
    """A handler serving ``total`` transactions in the numeric-offset style."""

    async def handler(request: web.Request) -> web.StreamResponse:
        offset = int(request.query.get("offset", "0"))
        size = int(request.query.get("sliceSize", "10"))
        items = [entry(n) for n in range(offset, min(offset + size, total))]
        has_next = offset + size < total
        return web.json_response(
            {"result": items, "hasNext": has_next, "offset": str(offset + size)}
        )

    return handler


def client_for(server: LocalServer) -> AsyncClient:
    return AsyncClient(server.base_url, API_KEY, rate_limit=None)


async def test_one_slice_is_a_typed_page(server: LocalServer) -> None:
    server.reply("GET", TRANSACTIONS, numeric_slices(25))
    async with client_for(server) as client:
        page = await client.customers_account.get_customers_account_transaction_data(
            9, slice_size=10
        )
    assert isinstance(page, Page)
    assert page.has_next is True and page.offset == "10"
    assert [t.id for t in page.result] == list(range(10))
    assert all(isinstance(t, models.BookingEntry) for t in page.result)


async def test_iterator_walks_every_slice_in_order(server: LocalServer) -> None:
    server.reply("GET", TRANSACTIONS, numeric_slices(95))
    async with client_for(server) as client:
        items = [
            t
            async for t in client.customers_account.iter_customers_account_transaction_data(
                9, slice_size=10
            )
        ]
    assert [t.id for t in items] == list(range(95))
    assert [r.query.get("offset") for r in server.requests] == [None] + [
        str(n) for n in range(10, 100, 10)
    ]


async def test_iterator_can_start_at_an_offset(server: LocalServer) -> None:
    server.reply("GET", TRANSACTIONS, numeric_slices(30))
    async with client_for(server) as client:
        ids = [
            t.id
            async for t in client.customers_account.iter_customers_account_transaction_data(
                9, slice_size=10, offset=20
            )
        ]
    assert ids == list(range(20, 30))


async def test_id_style_offsets_are_followed(server: LocalServer) -> None:
    ids = [1001, 1005, 1010, 1020, 1033]

    async def handler(request: web.Request) -> web.StreamResponse:
        after = int(request.query.get("offset", "0"))
        size = 2  # smaller than asked, as a server may do: the walker must follow offsets
        rest = [i for i in ids if i > after][:size]
        return web.json_response(
            {
                "result": [{"id": i, "title": f"A{i}"} for i in rest],
                "hasNext": rest[-1] != ids[-1],
                "offset": str(rest[-1]),
            }
        )

    server.reply("GET", "/v1/appointments/bookable", handler)
    async with client_for(server) as client:
        seen = [a.id async for a in client.appointments.iter_bookable_appointments(slice_size=10)]
    assert seen == ids
    assert [r.query.get("offset") for r in server.requests] == [None, "1005", "1020"]


async def test_next_slice_is_requested_before_the_caller_finishes_the_current_one(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.reply("GET", TRANSACTIONS, numeric_slices(20))
    async with client_for(server) as client:
        started: list[str | None] = []
        send = client.send

        async def spy(request: PreparedRequest, *, timeout: Timeout | None = None) -> RawResponse:
            started.append(dict(request.query).get("offset"))
            return await send(request, timeout=timeout)

        monkeypatch.setattr(client, "send", spy)
        walker = client.customers_account.iter_customers_account_transaction_data(9, slice_size=10)
        first = await walker.__anext__()
        # The caller holds item 0 of slice 1 and has not yielded to the loop since;
        # the request for slice 2 must already be under way.
        assert first.id == 0
        assert started == [None, "10"]
        rest = [t.id async for t in walker]
    assert rest == list(range(1, 20))


async def test_repeated_offset_stops_instead_of_looping(server: LocalServer) -> None:
    server.reply(
        "GET",
        TRANSACTIONS,
        Reply(body={"result": [entry(1)], "hasNext": True, "offset": "1"}),
        Reply(body={"result": [entry(2)], "hasNext": True, "offset": "1"}),
    )
    async with client_for(server) as client:
        walker = client.customers_account.iter_customers_account_transaction_data(9, slice_size=1)
        got = []
        with pytest.raises(PaginationError, match="offset '1' again"):
            async for t in walker:
                got.append(t.id)
    assert got == [1]
    assert len(server.requests) == 2


async def test_breaking_out_early_cancels_the_prefetch(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = asyncio.Event()
    inner = numeric_slices(1000)

    async def handler(request: web.Request) -> web.StreamResponse:
        if request.query.get("offset"):
            await release.wait()  # the prefetch hangs until the caller has left
        response: web.StreamResponse = await inner(request)
        return response

    server.reply("GET", TRANSACTIONS, handler)
    async with client_for(server) as client:
        cancelled: list[str | None] = []
        send = client.send

        async def spy(request: PreparedRequest, *, timeout: Timeout | None = None) -> RawResponse:
            try:
                return await send(request, timeout=timeout)
            except asyncio.CancelledError:
                cancelled.append(dict(request.query).get("offset"))
                raise

        monkeypatch.setattr(client, "send", spy)
        walker = client.customers_account.iter_customers_account_transaction_data(9, slice_size=10)

        async def take_a_few() -> None:
            async with contextlib.aclosing(walker):
                async for t in walker:
                    if t.id == 3:
                        break

        # Bounded: a walker that waited for its prefetch instead of cancelling it would hang.
        await asyncio.wait_for(take_a_few(), timeout=5)
        # Leaving the loop cancelled the in-flight prefetch of slice 2...
        assert cancelled == ["10"]
        release.set()
        await asyncio.sleep(0.05)
    # ...and nothing after it was ever asked for.
    assert [r.query.get("offset") for r in server.requests] == [None, "10"]


async def test_bad_envelope_is_a_validation_error(server: LocalServer) -> None:
    server.reply(
        "GET", TRANSACTIONS, Reply(body={"result": "nope", "hasNext": False, "offset": "0"})
    )
    async with client_for(server) as client:
        from perfectgym_async.errors import APIResponseValidationError

        with pytest.raises(APIResponseValidationError, match=r"\$\.result"):
            await client.customers_account.get_customers_account_transaction_data(9)
