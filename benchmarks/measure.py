"""The measurements behind ``make bench``. Each returns per-round figures; the runner
interleaves variants within a round so machine noise hits them alike."""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import date
from decimal import Decimal
from typing import Any

import aiohttp
import attrs
import requests

from perfectgym_async import AsyncClient, RateLimit, models
from perfectgym_async._pagination import parse_page
from perfectgym_async._request import RawResponse
from perfectgym_async._serde import (
    _loads_stdlib,
    _make_converter,
    loads,
    structure_response,
)

from .server import transactions_slice

API_KEY = "bench-key"
BALANCE_PATH = "/v1/customers/42/account/balances"

try:  # the bare fast parse the exact one is compared with: floats, no Decimal hook
    import orjson

    raw_loads: Callable[[bytes], Any] = orjson.loads
except ImportError:
    raw_loads = json.loads


def median(values: list[float]) -> float:
    return statistics.median(values)


# ---------------------------------------------------------------- 1. small GET throughput


async def _fan_out(count: int, concurrency: int, one: Callable[[], Awaitable[object]]) -> None:
    remaining = iter(range(count))

    async def worker() -> None:
        for _ in remaining:
            await one()

    await asyncio.gather(*(worker() for _ in range(concurrency)))


async def _raw_rps(base_url: str, count: int, concurrency: int) -> tuple[float, float]:
    url = base_url + BALANCE_PATH
    headers = {"X-API-KEY": API_KEY, "Accept": "application/json"}
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=100)) as session:

        async def one() -> object:
            async with session.get(url, headers=headers) as response:
                return raw_loads(await response.read())

        await _fan_out(concurrency, concurrency, one)  # warm the pool
        cpu, wall = time.process_time(), time.perf_counter()
        await _fan_out(count, concurrency, one)
        return count / (time.perf_counter() - wall), (time.process_time() - cpu) / count


async def _sdk_rps(base_url: str, count: int, concurrency: int) -> tuple[float, float]:
    async with AsyncClient(base_url, API_KEY, rate_limit=None) as client:

        async def one() -> object:
            return await client.customers_account.get_customers_account_balance_data(42)

        await _fan_out(concurrency, concurrency, one)
        cpu, wall = time.process_time(), time.perf_counter()
        await _fan_out(count, concurrency, one)
        return count / (time.perf_counter() - wall), (time.process_time() - cpu) / count


def _requests_rps(base_url: str, count: int) -> float:
    url = base_url + BALANCE_PATH
    with requests.Session() as session:
        session.get(url, headers={"X-API-KEY": API_KEY}).json()
        started = time.perf_counter()
        for _ in range(count):
            session.get(url, headers={"X-API-KEY": API_KEY}).json()
        return count / (time.perf_counter() - started)


def small_get_round(base_url: str) -> dict[str, float]:
    """One round: SDK and raw aiohttp alternating at each concurrency, plus requests."""
    out: dict[str, float] = {}
    for concurrency, count in ((1, 600), (16, 2000), (64, 3000)):
        raw_rps, raw_cpu = asyncio.run(_raw_rps(base_url, count, concurrency))
        sdk_rps, sdk_cpu = asyncio.run(_sdk_rps(base_url, count, concurrency))
        out[f"raw_rps_c{concurrency}"] = raw_rps
        out[f"sdk_rps_c{concurrency}"] = sdk_rps
        out[f"sdk_vs_raw_c{concurrency}"] = sdk_rps / raw_rps
        out[f"extra_cpu_us_c{concurrency}"] = (sdk_cpu - raw_cpu) * 1e6
    out["requests_rps_c1"] = _requests_rps(base_url, 600)
    out["sdk_vs_requests_c1"] = out["sdk_rps_c1"] / out["requests_rps_c1"]
    return out


# ---------------------------------------------------------------- 2. decoding a 1000-item slice


@attrs.define(kw_only=True)
class _FloatMoney:
    amount: float = attrs.field(metadata={"wire": "amount"})
    currency: str = attrs.field(metadata={"wire": "currency"})


@attrs.define(kw_only=True)
class _FloatBookingEntry:
    """BookingEntry with float money: the baseline the Decimal cost is measured against."""

    id: int = attrs.field(metadata={"wire": "id"})
    due_date: date = attrs.field(metadata={"wire": "dueDate"})
    installment_plan: bool = attrs.field(metadata={"wire": "installmentPlan"})
    description: str | None = attrs.field(default=None, metadata={"wire": "description"})
    amount: _FloatMoney | None = attrs.field(default=None, metadata={"wire": "amount"})
    open_amount: _FloatMoney | None = attrs.field(default=None, metadata={"wire": "openAmount"})


_float_converter = _make_converter(detailed=False, strict=False)
_float_converter.register_structure_hook(float, lambda value, _: float(value))


def _best_of(repeat: int, func: Callable[[], object]) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        timings.append(time.perf_counter() - started)
    return min(timings)


def decode_round() -> dict[str, float]:
    body = transactions_slice(0, 1000, 1000)
    response = RawResponse(status=200, headers=None, body=body)  # type: ignore[arg-type]
    parsed = loads(body)["result"]
    parsed_floats = raw_loads(body)["result"]
    out = {
        "json_parse_ms": _best_of(20, lambda: raw_loads(body)) * 1e3,
        "exact_json_parse_ms": _best_of(20, lambda: loads(body)) * 1e3,
        "stdlib_json_parse_ms": _best_of(20, lambda: json.loads(body)) * 1e3,
        "sdk_decode_ms": _best_of(20, lambda: parse_page("bench", response, models.BookingEntry))
        * 1e3,
        "structure_decimal_ms": _best_of(
            20, lambda: structure_response("bench", parsed, list[models.BookingEntry])
        )
        * 1e3,
        "structure_float_ms": _best_of(
            20, lambda: _float_converter.structure(parsed_floats, list[_FloatBookingEntry])
        )
        * 1e3,
    }
    # The same decode without the speed extra: the stdlib parser with Decimal floats.
    out["sdk_decode_stdlib_ms"] = (
        _best_of(
            20,
            lambda: structure_response(
                "bench", _loads_stdlib(body)["result"], list[models.BookingEntry]
            ),
        )
        * 1e3
    )
    # Every number as the exact Decimal of its text, against a parse that makes floats.
    out["exact_parse_vs_bare_parse"] = out["exact_json_parse_ms"] / out["json_parse_ms"]
    out["decode_vs_parse"] = out["sdk_decode_ms"] / out["json_parse_ms"]
    out["stdlib_decode_vs_parse"] = out["sdk_decode_stdlib_ms"] / out["stdlib_json_parse_ms"]
    out["decimal_vs_float"] = out["structure_decimal_ms"] / out["structure_float_ms"]
    assert isinstance(
        structure_response("bench", parsed[:1], list[models.BookingEntry])[0].amount.amount,
        Decimal,
    )
    return out


# ---------------------------------------------------------------- 3. walking 100 slices


async def _walk_iter(base_url: str) -> float:
    async with AsyncClient(base_url, API_KEY, rate_limit=None) as client:
        started = time.perf_counter()
        total = Decimal(0)
        async for entry in client.customers_account.iter_customers_account_transaction_data(
            42, slice_size=50
        ):
            if entry.amount is not None:
                total += entry.amount.amount
        return time.perf_counter() - started


async def _walk_sequential(base_url: str) -> float:
    async with AsyncClient(base_url, API_KEY, rate_limit=None) as client:
        started = time.perf_counter()
        total = Decimal(0)
        offset: str | None = None
        while True:
            page = await client.customers_account.get_customers_account_transaction_data(
                42, slice_size=50, offset=offset
            )
            for entry in page.result:
                if entry.amount is not None:
                    total += entry.amount.amount
            if not page.has_next:
                break
            offset = page.offset
        return time.perf_counter() - started


def walk_round(base_url: str, label: str) -> dict[str, float]:
    sequential = asyncio.run(_walk_sequential(base_url))
    iterated = asyncio.run(_walk_iter(base_url))
    return {
        f"walk_sequential_s_{label}": sequential,
        f"walk_iter_s_{label}": iterated,
        f"iter_vs_sequential_{label}": iterated / sequential,
    }


# ---------------------------------------------------------------- 4. memory while streaming

_RSS_SCRIPT = """
import asyncio, json, os, sys
from perfectgym_async import AsyncClient

PAGE = os.sysconf("SC_PAGE_SIZE")

def rss_kib():
    # Current resident set (not the lifetime peak, which a transient at start-up would
    # inflate and so hide any growth while streaming).
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE // 1024

async def main(base_url):
    async with AsyncClient(base_url, "bench-key", rate_limit=None) as client:
        walker = client.customers_account.iter_customers_account_transaction_data(42, slice_size=50)
        count = 0
        baseline = peak = None
        async for entry in walker:
            count += 1
            if count == 3000:  # libraries loaded, two slices decoded, buffers warm
                baseline = peak = rss_kib()
            elif count > 3000 and count % 250 == 0:
                peak = max(peak, rss_kib())
        print(json.dumps({"items": count, "baseline_kib": baseline, "peak_kib": peak}))

asyncio.run(main(sys.argv[1]))
"""


def rss_round(base_url: str) -> dict[str, float]:
    completed = subprocess.run(
        [sys.executable, "-c", _RSS_SCRIPT, base_url],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    figures = json.loads(completed.stdout)
    assert figures["items"] == 100_000, figures
    return {
        "stream_items": float(figures["items"]),
        "rss_baseline_mib": figures["baseline_kib"] / 1024,
        "rss_growth_mib": (figures["peak_kib"] - figures["baseline_kib"]) / 1024,
    }


# ---------------------------------------------------------------- 6. rate limiter


async def _burst(base_url: str, limit: int, window: float) -> dict[str, float]:
    async with aiohttp.ClientSession() as session:
        await (await session.post(base_url + "/reset")).read()
        async with AsyncClient(
            base_url, API_KEY, rate_limit=RateLimit(requests=limit, window=window)
        ) as client:
            started = time.perf_counter()
            await _fan_out(
                3 * limit,
                64,
                lambda: client.customers_account.get_customers_account_balance_data(42),
            )
            elapsed = time.perf_counter() - started
        stats = await (await session.get(base_url + "/stats")).json()
    # 3N requests under N per window need at least two full windows; count the window
    # the last batch starts in as a third.
    sustained = 3 / (elapsed / window + 1)
    return {
        "burst_429s": float(stats["429"]),
        "burst_elapsed_s": elapsed,
        "sustained_fraction": sustained,
    }


def limiter_round(base_url: str, limit: int, window: float) -> dict[str, float]:
    return asyncio.run(_burst(base_url, limit, window))


# ---------------------------------------------------------------- import time


def _import_ms(module: str) -> float:
    """Wall time of a fresh interpreter importing ``module``, less the bare interpreter."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return float(output) * 1e3


def import_round() -> dict[str, float]:
    """``import perfectgym_async`` against ``import aiohttp`` alone, best of 5 each."""
    sdk = min(_import_ms("perfectgym_async") for _ in range(5))
    aiohttp_only = min(_import_ms("aiohttp") for _ in range(5))
    return {
        "import_ms": sdk,
        "aiohttp_import_ms": aiohttp_only,
        "import_overhead_ms": sdk - aiohttp_only,
    }
