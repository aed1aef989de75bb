"""What the blocking ``Client`` costs per call over the ``AsyncClient`` it wraps.

A small GET (``get_customers_account_balance_data``) against a local aiohttp
server, one call at a time, three ways: the AsyncClient in its own event loop,
the sync Client, and a ``requests.Session`` fetching the same URL and decoding
its JSON. Rounds interleave the three (in rotating order) so machine noise hits
them alike; the ratios are taken within each round.

``python -m benchmarks.sync_overhead [--rounds N] [--calls N]`` prints a table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import requests
from aiohttp import web

from perfectgym_async import AsyncClient, Client

API_KEY = "bench-key"
CUSTOMER_ID = 42
PATH = f"/v1/customers/{CUSTOMER_ID}/account/balances"
BALANCE = json.dumps(
    {
        "accountBalance": {"amount": 20.5, "currency": "EUR"},
        "consumptionCredit": {"amount": 3.99, "currency": "EUR"},
        "dunningLevel": "Dunning Level 1",
        "inDebtCollection": False,
    }
).encode()
WARMUP_CALLS = 50


@contextmanager
def _server() -> Iterator[str]:
    """aiohttp.web on 127.0.0.1 in a thread with its own loop; yields the base URL."""

    async def balance(request: web.Request) -> web.Response:
        return web.Response(body=BALANCE, content_type="application/json")

    app = web.Application()
    app.router.add_get("/v1/customers/{customerId}/account/balances", balance)
    loop = asyncio.new_event_loop()
    # No access log: its formatting would be measured as part of every variant.
    runner = web.AppRunner(app, access_log=None)
    loop.run_until_complete(runner.setup())
    site = web.TCPSite(runner, "127.0.0.1", 0)
    loop.run_until_complete(site.start())
    port = runner.addresses[0][1]
    thread = threading.Thread(target=loop.run_forever, name="bench-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
        loop.run_until_complete(runner.cleanup())
        loop.close()


def _per_call_us(calls: int, run: Callable[[int], None]) -> float:
    started = time.perf_counter()
    run(calls)
    return (time.perf_counter() - started) / calls * 1e6


def measure(rounds: int = 5, calls: int = 300) -> dict[str, float]:
    """Median per-call microseconds of each variant, and the per-round ratios' medians."""
    with _server() as base_url:
        loop = asyncio.new_event_loop()
        # The client-side rate limiter would throttle a tight loop; it is the same
        # code in every SDK variant, so leaving it out measures only the dispatch.
        async_client = AsyncClient(base_url, API_KEY, rate_limit=None)
        sync_client = Client(base_url, API_KEY, rate_limit=None)
        session = requests.Session()
        session.headers.update({"X-API-KEY": API_KEY, "Accept": "application/json"})
        url = base_url + PATH

        async def async_calls(count: int) -> None:
            get = async_client.customers_account.get_customers_account_balance_data
            for _ in range(count):
                await get(CUSTOMER_ID)

        def run_async(count: int) -> None:
            loop.run_until_complete(async_calls(count))

        def run_sync(count: int) -> None:
            get = sync_client.customers_account.get_customers_account_balance_data
            for _ in range(count):
                get(CUSTOMER_ID)

        def run_requests(count: int) -> None:
            for _ in range(count):
                response = session.get(url)
                response.raise_for_status()
                response.json()

        variants: dict[str, Callable[[int], None]] = {
            "async": run_async,
            "sync": run_sync,
            "requests": run_requests,
        }
        try:
            for run in variants.values():
                run(WARMUP_CALLS)
            samples: dict[str, list[float]] = {name: [] for name in variants}
            names = list(variants)
            for index in range(rounds):
                order = names[index % len(names) :] + names[: index % len(names)]
                for name in order:
                    samples[name].append(_per_call_us(calls, variants[name]))
        finally:
            session.close()
            sync_client.close()
            loop.run_until_complete(async_client.aclose())
            loop.close()
    sync_vs_async = [s / a for s, a in zip(samples["sync"], samples["async"], strict=True)]
    sync_vs_requests = [s / r for s, r in zip(samples["sync"], samples["requests"], strict=True)]
    result = {f"per_call_{name}_us": statistics.median(values) for name, values in samples.items()}
    result["sync_vs_async"] = statistics.median(sync_vs_async)
    result["sync_vs_requests"] = statistics.median(sync_vs_requests)
    for index, (sa, sr) in enumerate(zip(sync_vs_async, sync_vs_requests, strict=True), start=1):
        result[f"round_{index}_sync_vs_async"] = sa
        result[f"round_{index}_sync_vs_requests"] = sr
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.sync_overhead")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--calls", type=int, default=300)
    args = parser.parse_args(argv)
    figures = measure(rounds=args.rounds, calls=args.calls)
    print(f"small GET, concurrency 1, {args.calls} calls x {args.rounds} rounds (median)")
    print(f"  {'variant':<22}{'us/call':>10}")
    for name in ("async", "sync", "requests"):
        label = {"async": "AsyncClient", "sync": "Client (sync)", "requests": "requests.Session"}
        print(f"  {label[name]:<22}{figures[f'per_call_{name}_us']:>10.1f}")
    print(f"  {'sync / async':<22}{figures['sync_vs_async']:>10.2f}   (target <= 1.5)")
    print(f"  {'sync / requests':<22}{figures['sync_vs_requests']:>10.2f}   (target < 1.0)")
    for index in range(1, args.rounds + 1):
        print(
            f"    round {index}: sync/async {figures[f'round_{index}_sync_vs_async']:.2f}, "
            f"sync/requests {figures[f'round_{index}_sync_vs_requests']:.2f}"
        )


if __name__ == "__main__":
    main()
