"""``python -m benchmarks``: every measurement, interleaved over rounds, as a table and JSON.

Targets are ratios taken side by side in one run on one machine; nothing here is a
wall-clock assertion. Results go to stdout and ``benchmarks/results.json``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path
from typing import Any

from perfectgym_async._serde import HAS_FAST_JSON

from . import measure
from .server import running_server

#: (figure, comparison, target, what it means)
TARGETS: list[tuple[str, str, float, str]] = [
    ("sdk_vs_raw_c1", ">=", 0.90, "small typed GET vs raw aiohttp, concurrency 1"),
    ("sdk_vs_raw_c16", ">=", 0.90, "small typed GET vs raw aiohttp, concurrency 16"),
    ("sdk_vs_raw_c64", ">=", 0.90, "small typed GET vs raw aiohttp, concurrency 64"),
    ("extra_cpu_us_c64", "<=", 30.0, "client CPU per request over raw aiohttp (us), c=64"),
    ("sdk_vs_requests_c1", ">=", 2.5, "small typed GET vs requests.Session, concurrency 1"),
    ("decode_vs_parse", "<=", 4.5, "decode 1000 transactions vs bare JSON parse"),
    ("decimal_vs_float", "<=", 1.35, "Decimal money vs float money when structuring"),
    (
        "exact_parse_vs_bare_parse",
        "report",
        0.0,
        "exact JSON parse (every number a Decimal with its scale) vs bare float parse",
    ),
    ("iter_vs_sequential_5ms", "<=", 0.75, "iter_ walk vs sequential loop, 5 ms latency"),
    ("iter_vs_sequential_0ms", "<=", 1.05, "iter_ walk vs sequential loop, no latency"),
    ("rss_growth_mib", "<=", 5.0, "peak RSS growth streaming 100k transactions (MiB)"),
    ("burst_429s", "<=", 0.0, "429s in a 3N burst with the limiter matching the server"),
    ("sustained_fraction", ">=", 0.95, "share of N per window sustained in that burst"),
    ("sync_vs_async", "<=", 1.5, "sync Client per call vs the async call it wraps"),
    ("sync_vs_requests", "<=", 1.0, "sync Client per call vs requests.Session per call"),
    ("export_vs_floor", "report", 1.0, "export wall time vs the floor its rate limit imposes"),
    ("webhook_burst_429s", "<=", 0.0, "429s while following a burst of ~500 webhooks"),
    (
        "webhook_accept_per_s_c32",
        "report",
        0.0,
        "webhook events recorded (synced) and answered per second, 32 senders",
    ),
    ("webhook_lag_median_s", "report", 0.0, "tenant change -> its row in the file, burst (s)"),
    (
        "import_overhead_ms",
        "report",
        0.0,
        "import perfectgym_async minus import aiohttp alone (ms); endpoint and model "
        "modules load on first use, so this does not grow with the operations",
    ),
]

LIMIT, WINDOW = 300, 1.0


def _optional(module: str, attribute: str) -> Callable[..., dict[str, float]] | None:
    """Measurements owned by later features (sync wrapper, export) join when present."""
    try:
        found: Callable[..., dict[str, float]] = getattr(importlib.import_module(module), attribute)
    except (ImportError, AttributeError):
        return None
    return found


def run(rounds: int) -> dict[str, Any]:
    per_round: list[dict[str, float]] = []
    sync_measure = _optional("benchmarks.sync_overhead", "measure")
    export_measure = _optional("benchmarks.export", "measure")
    webhooks_measure = _optional("benchmarks.webhooks", "measure")
    started = time.perf_counter()
    with (
        running_server() as plain,
        running_server(latency=0.005) as slow,
        running_server(limit=(LIMIT, WINDOW)) as limited,
    ):
        for index in range(rounds):
            figures: dict[str, float] = {}
            figures.update(measure.small_get_round(plain))
            figures.update(measure.decode_round())
            figures.update(measure.import_round())
            figures.update(measure.walk_round(plain, "0ms"))
            figures.update(measure.walk_round(slow, "5ms"))
            figures.update(measure.rss_round(plain))
            figures.update(measure.limiter_round(limited, LIMIT, WINDOW))
            if sync_measure is not None:
                figures.update(sync_measure(rounds=1))
            if export_measure is not None and index == 0:
                figures.update(export_measure())
            if webhooks_measure is not None and index == 0:
                figures.update(webhooks_measure())
            per_round.append(figures)
            print(
                f"round {index + 1}/{rounds} done ({time.perf_counter() - started:.0f} s)",
                file=sys.stderr,
            )
    keys = sorted({k for r in per_round for k in r})
    medians = {k: statistics.median(r[k] for r in per_round if k in r) for k in keys}
    return {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {platform.system()}",
        "versions": {
            name: _version(name)
            for name in (
                "perfectgym_async",
                "aiohttp",
                "cattrs",
                "attrs",
                "anyio",
                "msgspec",
                "orjson",
            )
        },
        "fast_json": HAS_FAST_JSON,
        "rounds": per_round,
        "medians": medians,
        "elapsed_s": time.perf_counter() - started,
    }


def _version(name: str) -> str:
    try:
        return version(name)
    except Exception:
        return "not installed"


def _verdict(value: float | None, comparison: str, target: float) -> str:
    if value is None:
        return "not measured"
    if comparison == "report":
        return "reported"
    ok = value >= target if comparison == ">=" else value <= target
    return "met" if ok else "MISSED"


def table(result: dict[str, Any]) -> str:
    medians = result["medians"]
    rounds = result["rounds"]
    lines = [
        f"perfectgym_async benchmarks, {result['date']}, Python {result['python']}, "
        f"{result['machine']}, speed extra={'yes' if result.get('fast_json') else 'no'}",
        "versions: " + ", ".join(f"{k} {v}" for k, v in result["versions"].items()),
        "",
        "| figure | median | per round | target | verdict | meaning |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for key, comparison, target, meaning in TARGETS:
        value = medians.get(key)
        per = ", ".join(f"{r[key]:.3g}" for r in rounds if key in r)
        shown = "-" if value is None else f"{value:.3g}"
        goal = "-" if comparison == "report" else f"{comparison} {target:g}"
        lines.append(
            f"| {key} | {shown} | {per} | {goal} | "
            f"{_verdict(value, comparison, target)} | {meaning} |"
        )
    lines += ["", "| other figure | median |", "| --- | --- |"]
    listed = {t[0] for t in TARGETS}
    for key, value in medians.items():
        if key not in listed:
            lines.append(f"| {key} | {value:.4g} |")
    lines.append(f"\nwhole run: {result['elapsed_s']:.0f} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", type=Path, default=Path(__file__).parent / "results.json")
    args = parser.parse_args(argv)
    result = run(args.rounds)
    args.json.write_text(json.dumps(result, indent=2))
    print(table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
