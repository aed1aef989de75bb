"""The bulk export: exact under faults, resumable, limited, and clear about bad input."""

from __future__ import annotations

import io
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import anyio
import pytest

from perfectgym_async import AsyncClient, RateLimit, RateLimitError, RetryPolicy
from perfectgym_async._cli import DEMO_RATE_LIMIT, _ProgressPrinter, main
from perfectgym_async._export import (
    Exporter,
    ExportProgress,
    ExportResult,
    OutputError,
    recorded_source,
)
from perfectgym_async.testing import FakeTenant, Faults, verify_export

if TYPE_CHECKING:
    from perfectgym_async.testing.pytest_plugin import FakeTenantFactory

pytest_plugins = ["perfectgym_async.testing.pytest_plugin"]

BALANCES = "/v1/customers/{customerId}/account/balances"
PAST = "/v1/customers/{customerId}/account/transactions"
UPCOMING = "/v1/customers/{customerId}/account/transactions/upcoming"
PER_CUSTOMER = (BALANCES, PAST, UPCOMING)
FAST = RetryPolicy(max_retries=8, initial_delay=0.01, max_delay=0.05)
SECRET = "secret-key-not-to-be-printed"


def listable(tenant: FakeTenant) -> set[int]:
    return {c.id for c in tenant.data.customers.values() if c.status in ("MEMBER", "PROSPECT")}


def truth_transactions(tenant: FakeTenant, customers: set[int]) -> int:
    return sum(
        len(tenant.data.past_transactions[c]) + len(tenant.data.upcoming_transactions[c])
        for c in customers
    )


def finished_ids(path: Path) -> set[int]:
    with sqlite3.connect(path) as db:
        return {row[0] for row in db.execute("SELECT customer_id FROM export_state")}


def fetched_customers(tenant: FakeTenant, since: int = 0) -> list[int]:
    """Customers whose balance or transactions were requested (once per request)."""
    return [
        int(r.params["customerId"])
        for r in tenant.requests[since:]
        if r.path_template in PER_CUSTOMER
    ]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


async def export(tenant: FakeTenant, output: Path, **options: object) -> ExportResult:
    rate_limit = options.pop("rate_limit", None)
    async with AsyncClient(
        tenant.base_url,
        tenant.api_key,
        retry_policy=FAST,
        rate_limit=rate_limit,  # type: ignore[arg-type]
    ) as client:
        return await Exporter(client, output, **options).run()  # type: ignore[arg-type]


def assert_partial_export_is_consistent(path: Path, tenant: FakeTenant, done: set[int]) -> None:
    """Only finished customers have rows, and theirs are complete."""
    with sqlite3.connect(path) as db:
        customers = {r[0] for r in db.execute("SELECT id FROM customers")}
        balances = {r[0] for r in db.execute("SELECT customer_id FROM account_balances")}
        per_customer = dict(
            db.execute("SELECT customer_id, count(*) FROM transactions GROUP BY customer_id")
        )
    assert customers == balances == done
    for customer_id in done:
        assert per_customer.get(customer_id, 0) == truth_transactions(tenant, {customer_id})
    assert set(per_customer) <= done


async def test_export_under_faults_is_complete_and_exact(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path
) -> None:
    tenant = await fake_tenant_factory(
        customers=60,
        seed=11,
        faults=Faults(
            unavailable=0.10,
            drop=0.01,
            rate_limit=25,
            rate_limit_window=0.5,
            methods={"GET"},
        ),
    )
    output = tmp_path / "export.sqlite"
    # No client-side limiter: the tenant's 429s must be met and survived.
    result = await export(tenant, output, concurrency=8)

    assert result.ok and result.progress.listing_done
    customers = listable(tenant)
    assert result.progress.exported == result.progress.listed == len(customers)
    verdict = verify_export(output, tenant.data)
    assert verdict.ok, verdict.problems
    assert (verdict.customers, verdict.transactions, verdict.balances) == (
        len(customers),
        truth_transactions(tenant, customers),
        len(customers),
    )
    assert result.totals["transactions"] == truth_transactions(tenant, customers)
    assert result.totals["failures"] == 0

    faults = [r.fault for r in tenant.requests]
    assert faults.count("429") > 0 and faults.count("503") > 0
    # The counts come from the SDK's own log records; they must match the tenant's view.
    progress = result.progress
    assert progress.rate_limited == faults.count("429")
    assert progress.unavailable == faults.count("503")
    # aiohttp itself resends an idempotent request once when the server drops the
    # connection (RFC 9112); the SDK never sees those drops nor their resends.
    broken = faults.count("drop") + faults.count("truncate")
    unseen = broken - progress.connection_errors
    assert unseen >= 0
    assert progress.requests == len(tenant.requests) - unseen
    assert (
        progress.retries
        == progress.rate_limited + progress.unavailable + progress.connection_errors
    )


async def test_cancelled_export_resumes_without_fetching_finished_customers(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path
) -> None:
    tenant = await fake_tenant_factory(customers=80, seed=5, faults=Faults(latency=0.005))
    output = tmp_path / "export.sqlite"
    async with AsyncClient(tenant.base_url, tenant.api_key, retry_policy=FAST) as client:
        exporter = Exporter(client, output, concurrency=4)
        async with anyio.create_task_group() as group:
            group.start_soon(exporter.run)
            while exporter.snapshot().exported < 20:
                await anyio.sleep(0.01)
            group.cancel_scope.cancel()

    done = finished_ids(output)
    customers = listable(tenant)
    assert 20 <= len(done) < len(customers)
    assert_partial_export_is_consistent(output, tenant, done)

    mark = len(tenant.requests)
    result = await export(tenant, output, concurrency=4)
    assert result.ok and result.progress.skipped == len(done)
    assert result.progress.exported == len(customers) - len(done)
    assert verify_export(output, tenant.data).ok
    again = fetched_customers(tenant, mark)
    assert not done & set(again), "finished customers were fetched again"
    assert set(again) == customers - done


@pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals")
async def test_ctrl_c_leaves_a_resumable_file(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path
) -> None:
    tenant = await fake_tenant_factory(customers=150, seed=9, faults=Faults(latency=0.02))
    output = tmp_path / "export.sqlite"
    command = [
        sys.executable, "-m", "perfectgym_async", "export", "--base-url", tenant.base_url,
        "--api-key", tenant.api_key, "--output", str(output), "--concurrency", "4",
    ]  # fmt: skip
    async with await anyio.open_process(command) as process:
        with anyio.fail_after(20):
            while tenant.count("GET", BALANCES, status=200) < 40:
                await anyio.sleep(0.02)
            process.send_signal(signal.SIGINT)
            await process.wait()
        assert process.stderr is not None
        stderr = "".join([chunk.decode() async for chunk in process.stderr])
    assert process.returncode == 130
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert tenant.api_key not in stderr

    done = finished_ids(output)
    customers = listable(tenant)
    assert 0 < len(done) < len(customers)
    assert_partial_export_is_consistent(output, tenant, done)
    mark = len(tenant.requests)
    tenant.faults = Faults()
    result = await export(tenant, output, concurrency=8, source=tenant.base_url)
    assert result.ok and result.progress.skipped == len(done)
    assert verify_export(output, tenant.data).ok
    assert not done & set(fetched_customers(tenant, mark))


async def test_a_matching_limiter_keeps_a_burst_free_of_429(
    fake_tenant_factory: FakeTenantFactory,
) -> None:
    tenant = await fake_tenant_factory(
        customers=5, seed=1, faults=Faults(rate_limit=20, rate_limit_window=1.0)
    )
    customer_id = next(iter(tenant.data.customers))

    async def burst(client: AsyncClient) -> list[BaseException | None]:
        outcomes: list[BaseException | None] = []

        async def one() -> None:
            try:
                await client.customers_account.get_customers_account_balance_data(customer_id)
                outcomes.append(None)
            except RateLimitError as exc:
                outcomes.append(exc)

        async with anyio.create_task_group() as group:
            for _ in range(50):
                group.start_soon(one)
        return outcomes

    limit = RateLimit(requests=20, window=1.0)
    async with AsyncClient(tenant.base_url, tenant.api_key, rate_limit=limit) as client:
        started = time.monotonic()
        outcomes = await burst(client)
        elapsed = time.monotonic() - started
    assert outcomes == [None] * 50
    assert tenant.count("GET", BALANCES, status=429) == 0
    assert tenant.count("GET", BALANCES, status=200) == 50
    assert elapsed >= 2.0  # 50 requests at 20 a second need three windows

    # The same burst without the limiter does run into the tenant's limit.
    async with AsyncClient(
        tenant.base_url, tenant.api_key, rate_limit=None, max_retries=0
    ) as client:
        outcomes = await burst(client)
    assert any(isinstance(o, RateLimitError) for o in outcomes)


async def test_failed_customers_are_recorded_then_retried(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path
) -> None:
    tenant = await fake_tenant_factory(
        customers=40, seed=4, faults=Faults(unavailable=0.3, paths={BALANCES})
    )
    output = tmp_path / "export.sqlite"
    async with AsyncClient(tenant.base_url, tenant.api_key, max_retries=0) as client:
        result = await Exporter(client, output).run()
    refused = {int(r.params["customerId"]) for r in tenant.find("GET", BALANCES, status=503)}
    assert refused and not result.ok
    assert result.progress.failed == len(refused)
    with sqlite3.connect(output) as db:
        failures = dict(db.execute("SELECT customer_id, error FROM failures"))
    assert set(failures) == refused
    assert all("ServiceUnavailableError" in error for error in failures.values())
    assert not refused & finished_ids(output)

    tenant.faults = Faults()
    mark = len(tenant.requests)
    result = await export(tenant, output)
    assert result.ok and result.progress.exported == len(refused)
    assert set(fetched_customers(tenant, mark)) == refused
    assert result.totals["failures"] == 0
    assert verify_export(output, tenant.data).ok


async def test_a_file_of_another_tenant_is_not_resumed(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path
) -> None:
    tenant = await fake_tenant_factory(customers=5, seed=2)
    output = tmp_path / "export.sqlite"
    await export(tenant, output, source="https://one.example")
    with pytest.raises(OutputError, match=re.escape("holds an export of https://one.example")):
        await export(tenant, output, source="https://two.example")
    result = await export(tenant, output, source="https://two.example", adopt=True)
    assert result.progress.skipped == 0 and result.progress.exported == len(listable(tenant))
    code = await anyio.to_thread.run_sync(
        main, ["demo", "--customers", "5", "--output", str(output)]
    )
    assert code == 2
    assert recorded_source(output) == "https://two.example"


# ---------------------------------------------------------------------- the command


async def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The command in a child process, while this event loop keeps serving the tenant."""

    def run() -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "perfectgym_async", *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)

    return await anyio.to_thread.run_sync(run)


def test_demo_exports_and_verifies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PERFECTGYM_BASE_URL", raising=False)
    monkeypatch.delenv("PERFECTGYM_API_KEY", raising=False)
    output = tmp_path / "demo.sqlite"
    assert main(["demo", "--customers", "40", "--output", str(output)]) == 0
    out = capsys.readouterr().out
    assert "verification: OK - 40 customers," in out
    limit = DEMO_RATE_LIMIT.requests
    assert f"rate limit: client {limit} requests per 1 s per endpoint; tenant {limit}" in out
    # The demo starts over each time; a plain export resumes the same embedded tenant.
    assert main(["demo", "--customers", "40", "--output", str(output)]) == 0
    assert "40 exported, 0 finished earlier" in capsys.readouterr().out
    assert main(["export", "--customers", "40", "--output", str(output)]) == 0
    assert "0 exported, 40 finished earlier" in capsys.readouterr().out
    # Another demo may replace a demo export; an export of a real tenant is never replaced.
    assert main(["demo", "--customers", "30", "--output", str(output)]) == 0
    assert "verification: OK - 30 customers," in capsys.readouterr().out


def test_unreachable_base_url_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    monkeypatch.setenv("PERFECTGYM_BASE_URL", url)
    monkeypatch.setenv("PERFECTGYM_API_KEY", SECRET)
    assert main(["export", "--output", str(tmp_path / "x.sqlite")]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: cannot reach {url}")
    assert SECRET not in captured.err + captured.out


@pytest.mark.parametrize("where", ["missing-dir/out.sqlite", ".", "not-sqlite.txt"])
def test_unusable_output_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    (tmp_path / "not-sqlite.txt").write_text("just text, not a database\n" * 100)
    output = tmp_path / where
    code = main(["export", "--base-url", "http://127.0.0.1:9", "--api-key", SECRET,
                 "--output", str(output)])  # fmt: skip
    assert code == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "output file" in lines[0] and lines[0].startswith("error: ")


def test_half_the_credentials_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PERFECTGYM_API_KEY", raising=False)
    code = main(["export", "--base-url", "https://x.example", "--output", str(tmp_path / "o")])
    assert code == 2
    assert capsys.readouterr().err.startswith("error: give both the base URL and the API key")


async def test_wrong_key_is_one_line_and_exit_2(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path
) -> None:
    tenant = await fake_tenant_factory(customers=3)
    result = await run_cli(
        "export",
        "--base-url",
        tenant.base_url,
        "--api-key",
        SECRET,
        "--output",
        str(tmp_path / "x.sqlite"),
    )
    assert result.returncode == 2
    assert result.stderr == f"error: {tenant.base_url} rejected the API key (HTTP 401)\n"
    assert SECRET not in result.stdout
    assert [r.method for r in tenant.requests] == ["HEAD"]


async def test_failed_customers_make_the_command_exit_1(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path
) -> None:
    tenant = await fake_tenant_factory(
        customers=30, seed=8, faults=Faults(unavailable=0.3, paths={BALANCES})
    )
    output = tmp_path / "x.sqlite"
    result = await run_cli(
        "export",
        "--base-url",
        tenant.base_url,
        "--api-key",
        tenant.api_key,
        "--output",
        str(output),
        "--max-retries",
        "0",
    )
    refused = tenant.count("GET", BALANCES, status=503)
    assert refused > 0 and result.returncode == 1
    assert f"error: {refused} customers failed after retries" in result.stderr
    assert "Traceback" not in result.stderr and tenant.api_key not in result.stdout
    assert f"{refused} failed" in result.stdout


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def terminal() -> Iterator[_Terminal]:
    with _Terminal() as stream:
        yield stream


def test_progress_bar_on_a_terminal(terminal: _Terminal) -> None:
    printer = _ProgressPrinter(terminal)
    snapshot = ExportProgress(
        listed=1000, listing_done=True, skipped=100, exported=400, failed=0, requests=1300,
        retries=12, rate_limited=2, unavailable=9, connection_errors=1, elapsed=3.5,
    )  # fmt: skip
    printer._show(snapshot)
    printer.finish()
    text = terminal.getvalue()
    assert text.startswith("\r[" + "#" * 15 + "." * 15 + "] 500/1000 customers")
    assert "1300 requests, 12 retries, 2 429s, 9 503s, 3.5 s" in text
    assert text.endswith("\r\x1b[K")
