"""``perfectgym export`` on the embedded tenant vs the bound its rate limit imposes.

The tenant allows N requests per endpoint per window, so the busiest endpoint's
request count fixes a floor on the wall time: ceil(requests / N) - 1 full windows
plus the time to send the last batch. The ratio of the measured time to that
floor says how close the export runs to the limit.
"""

from __future__ import annotations

import math
import tempfile
import time
from collections import Counter
from pathlib import Path

import anyio
import attrs

from perfectgym_async import AsyncClient
from perfectgym_async._cli import DEMO_FAULTS, DEMO_RATE_LIMIT
from perfectgym_async._export import Exporter
from perfectgym_async.testing import FakeTenant, verify_export

CUSTOMERS = 1000


#: The demo's faults less its throttled 429s, whose pauses are not part of this floor.
FAULTS = attrs.evolve(DEMO_FAULTS, throttle=0.0)


async def _run(output: Path) -> dict[str, float]:
    async with FakeTenant(customers=CUSTOMERS, seed=7, faults=FAULTS) as tenant:
        async with AsyncClient(
            tenant.base_url, tenant.api_key, rate_limit=DEMO_RATE_LIMIT
        ) as client:
            started = time.perf_counter()
            result = await Exporter(client, output, concurrency=16).run()
            elapsed = time.perf_counter() - started
        verification = await anyio.to_thread.run_sync(lambda: verify_export(output, tenant.data))
        per_endpoint = Counter(f"{r.method} {r.path_template}" for r in tenant.requests)
    busiest = max(per_endpoint.values())
    floor = (math.ceil(busiest / DEMO_RATE_LIMIT.requests) - 1) * DEMO_RATE_LIMIT.window
    return {
        "export_s": elapsed,
        "export_floor_s": floor,
        "export_vs_floor": elapsed / floor if floor else float("nan"),
        "export_requests": float(sum(per_endpoint.values())),
        "export_429s": float(result.progress.rate_limited),
        "export_verified": 1.0 if verification.ok else 0.0,
    }


def measure() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        return anyio.run(_run, Path(folder) / "export.sqlite")


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"{key}: {value:.3f}")
