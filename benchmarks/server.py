"""The benchmark server: aiohttp.web on 127.0.0.1 in its own process, so it never shares
the measured client's event loop.

Routes mirror the SDK's endpoints with canned, realistic bodies; ``?latency=`` style knobs
come from the process arguments so every variant in a round hits the same server.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from aiohttp import web

BALANCE = {
    "accountBalance": {"amount": 20.5, "currency": "EUR"},
    "consumptionCredit": {"amount": 3.99, "currency": "EUR"},
    "dunningLevel": "Dunning Level 1",
    "inDebtCollection": False,
}


def transaction(n: int) -> dict[str, Any]:
    return {
        "id": 1_000_000 + n,
        "dueDate": f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}",
        "description": f"Membership fee {n}",
        "amount": {"amount": round(19.99 + (n % 500) / 100, 2), "currency": "EUR"},
        "openAmount": {"amount": round((n % 7) * 1.25, 2), "currency": "EUR"},
        "installmentPlan": n % 5 == 0,
    }


def transactions_slice(offset: int, size: int, total: int) -> bytes:
    end = min(offset + size, total)
    items = [transaction(n) for n in range(offset, end)]
    return json.dumps({"result": items, "hasNext": end < total, "offset": str(end)}).encode()


def _app(
    latency: float, total: int, slice_items: int, limit: tuple[int, float] | None
) -> web.Application:
    balance = json.dumps(BALANCE).encode()
    # Built up front: a slice built on its first request would slow whichever variant
    # of a round happens to walk first.
    slices = {
        offset: transactions_slice(offset, slice_items, total)
        for offset in range(0, total, slice_items)
    }
    window_start = [time.monotonic()]
    window_count = [0]
    stats = {"429": 0, "ok": 0}

    def limited() -> bool:
        if limit is None:
            return False
        requests, window = limit
        now = time.monotonic()
        if now - window_start[0] >= window:
            window_start[0] = now - ((now - window_start[0]) % window)
            window_count[0] = 0
        window_count[0] += 1
        return window_count[0] > requests

    async def get_balance(request: web.Request) -> web.Response:
        if limited():
            stats["429"] += 1
            return web.json_response({"errorMessage": "rate limit"}, status=429)
        stats["ok"] += 1
        if latency:
            await asyncio.sleep(latency)
        return web.Response(body=balance, content_type="application/json")

    async def get_transactions(request: web.Request) -> web.Response:
        offset = int(request.query.get("offset", "0"))
        if latency:
            await asyncio.sleep(latency)
        body = slices.get(offset)
        if body is None:
            body = slices[offset] = transactions_slice(offset, slice_items, total)
        return web.Response(body=body, content_type="application/json")

    async def get_stats(request: web.Request) -> web.Response:
        return web.json_response(stats)

    async def reset(request: web.Request) -> web.Response:
        stats["429"] = stats["ok"] = 0
        window_start[0] = time.monotonic()
        window_count[0] = 0
        return web.json_response(stats)

    app = web.Application()
    app.router.add_get("/v1/customers/{customerId}/account/balances", get_balance)
    app.router.add_get("/v1/customers/{customerId}/account/transactions", get_transactions)
    app.router.add_get("/stats", get_stats)
    app.router.add_post("/reset", reset)
    return app


def _serve(
    port_queue: Any, latency: float, total: int, slice_items: int, limit: tuple[int, float] | None
) -> None:
    async def main() -> None:
        runner = web.AppRunner(_app(latency, total, slice_items, limit), access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        server = site._server
        assert server is not None
        port_queue.put(server.sockets[0].getsockname()[1])  # type: ignore[attr-defined]
        await asyncio.Event().wait()

    asyncio.run(main())


@contextmanager
def running_server(
    *,
    latency: float = 0.0,
    total: int = 100_000,
    slice_items: int = 1000,
    limit: tuple[int, float] | None = None,
) -> Iterator[str]:
    """Start the server in a child process; yield its base URL; stop it afterwards."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(
        target=_serve, args=(queue, latency, total, slice_items, limit), daemon=True
    )
    process.start()
    try:
        port = queue.get(timeout=30)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.join(timeout=10)
