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
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio
import pytest

from perfectgym_async import AsyncClient, RateLimit, RateLimitError, RetryPolicy, models
from perfectgym_async._cli import DEMO_RATE_LIMIT, EMBEDDED, _ProgressPrinter, main
from perfectgym_async._client import CustomersAccountNamespace
from perfectgym_async.export import (
    SCHEMA_VERSION,
    ExistingOutput,
    Exporter,
    ExportProgress,
    ExportResult,
    OutputError,
    OutputInUseError,
    _rows,
    _sqlite,
    inspect_output,
    recorded_source,
    tenant_identity,
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


async def export(tenant: FakeTenant, output: Path | str, **options: object) -> ExportResult:
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
    assert out.startswith("demo: exporting a fake tenant (40 generated customers")
    assert "no real tenant is contacted" in out
    assert f"export of 40 customers from the demo (fake) tenant into {output}" in out
    assert "verification: OK - 40 customers," in out
    limit = DEMO_RATE_LIMIT.requests
    assert f"rate limit: client {limit} requests per 1 s per endpoint; tenant {limit}" in out
    # The demo starts over each time.
    assert main(["demo", "--customers", "40", "--output", str(output)]) == 0
    assert "40 exported, 0 finished earlier" in capsys.readouterr().out
    # Another demo may replace a demo export; an export of a real tenant is never replaced.
    assert main(["demo", "--customers", "30", "--output", str(output)]) == 0
    assert "verification: OK - 30 customers," in capsys.readouterr().out
    # Neither the export nor the verification leaves -wal/-shm files next to the output.
    assert [p.name for p in tmp_path.iterdir()] == ["demo.sqlite"]


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
    assert list(tmp_path.iterdir()) == [], "a failed run left a new file behind"


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


@pytest.mark.parametrize(
    ("given", "missing"),
    [
        ({}, "PERFECTGYM_BASE_URL and PERFECTGYM_API_KEY"),
        ({"PERFECTGYM_BASE_URL": "https://x.example"}, "PERFECTGYM_API_KEY"),
        ({"PERFECTGYM_API_KEY": SECRET}, "PERFECTGYM_BASE_URL"),
    ],
)
def test_export_without_a_tenant_is_one_line_and_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    given: dict[str, str],
    missing: str,
) -> None:
    """No silent fallback to the embedded fake tenant: that is `perfectgym demo`."""
    monkeypatch.delenv("PERFECTGYM_BASE_URL", raising=False)
    monkeypatch.delenv("PERFECTGYM_API_KEY", raising=False)
    for name, value in given.items():
        monkeypatch.setenv(name, value)
    output = tmp_path / "o.sqlite"
    assert main(["export", "--output", str(output)]) == 2
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: no tenant to export ({missing} not")
    assert "PERFECTGYM_BASE_URL and PERFECTGYM_API_KEY" in lines[0]
    assert "perfectgym demo" in lines[0]
    assert captured.out == "" and SECRET not in captured.err
    assert not output.exists()


@pytest.mark.parametrize("before", ["missing", "zero bytes", "an export, with --fresh"])
async def test_wrong_key_is_one_line_and_exit_2_and_leaves_the_output_as_it_was(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path, before: str
) -> None:
    tenant = await fake_tenant_factory(customers=3)
    output = tmp_path / "x.sqlite"
    fresh: list[str] = []
    if before == "zero bytes":
        output.touch()
    elif before.startswith("an export"):
        await export(tenant, output)
        fresh = ["--fresh"]  # must not clear the file before the key is known to work
    snapshot = output.read_bytes() if output.exists() else None
    mark = len(tenant.requests)
    result = await run_cli(
        "export", "--base-url", tenant.base_url, "--api-key", SECRET, "--output", str(output),
        *fresh,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr == f"error: {tenant.base_url} rejected the API key (HTTP 401)\n"
    assert SECRET not in result.stdout
    assert [r.method for r in tenant.requests[mark:]] == ["HEAD"]
    assert (output.read_bytes() if output.exists() else None) == snapshot
    assert [p.name for p in tmp_path.iterdir()] == ([] if snapshot is None else [output.name])


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


# ---------------------------------------------------------------------- whose file it is


def _foreign_database(path: Path) -> None:
    """A user's own database: tables an export would write to, rows it must keep."""
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        db.execute("CREATE TABLE failures (customer_id INTEGER PRIMARY KEY, error TEXT)")
        db.executemany("INSERT INTO customers VALUES (?, ?)", [(1, "Ada"), (2, "Grace")])
    db.close()


def _foreign_wal_database(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    db.execute("INSERT INTO customers VALUES (1, 'Ada')")
    db.commit()
    db.close()


def _lookalike_database(path: Path) -> None:
    """An ``export_meta`` table, but not an export's."""
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE export_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("INSERT INTO export_meta VALUES ('source', 'my crm')")
    db.close()


def _text_file(path: Path) -> None:
    path.write_text("name,balance\nAda,12.50\n")


def _garbage_after_an_sqlite_header(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 16)


FOREIGN_FILES: dict[str, Callable[[Path], None]] = {
    "sqlite database": _foreign_database,
    "sqlite database in WAL mode": _foreign_wal_database,
    "sqlite database with an export_meta table": _lookalike_database,
    "text file": _text_file,
    "sqlite header, then garbage": _garbage_after_an_sqlite_header,
}


@pytest.mark.parametrize("kind", FOREIGN_FILES)
@pytest.mark.parametrize("command", ["export", "export --fresh", "demo", "demo --fresh"])
def test_a_file_that_is_not_an_export_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, command: str
) -> None:
    output = tmp_path / "mine.db"
    FOREIGN_FILES[kind](output)
    before = output.read_bytes()
    # Refused before the tenant is contacted: nothing listens on this port.
    tenant = ["--base-url", f"http://127.0.0.1:{free_port()}", "--api-key", SECRET]
    argv = [*command.split(), "--output", str(output)]
    if argv[0] == "export":
        argv += tenant
    assert main(argv) == 2
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), captured.err
    assert str(output) in lines[0] and "output file" in lines[0]
    assert "cannot reach" not in lines[0]
    assert output.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["mine.db"]


async def test_another_tenants_export_is_refused_untouched_unless_fresh(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path
) -> None:
    one = await fake_tenant_factory(customers=6, seed=1)
    two = await fake_tenant_factory(customers=4, seed=2)
    output = tmp_path / "x.sqlite"
    await export(one, output)
    before = output.read_bytes()
    credentials = ["--base-url", two.base_url, "--api-key", two.api_key]

    result = await run_cli("export", *credentials, "--output", str(output))
    assert result.returncode == 2
    assert result.stderr == (
        f"error: {output} holds an export of {one.base_url}, not of {two.base_url}; "
        "use --fresh to replace it, or choose another output file\n"
    )
    assert output.read_bytes() == before
    assert two.requests == [], "the other tenant was contacted"
    # Neither does the demo replace it.
    result = await run_cli("demo", "--customers", "3", "--output", str(output))
    assert result.returncode == 2 and "use --fresh" in result.stderr
    assert output.read_bytes() == before

    result = await run_cli("export", *credentials, "--output", str(output), "--fresh")
    assert result.returncode == 0, result.stderr
    assert recorded_source(output) == two.base_url
    assert finished_ids(output) == listable(two)
    assert verify_export(output, two.data).ok


def test_tenant_identity_is_normalised() -> None:
    same = [
        "https://X.example.com:443/",
        "https://x.example.com",
        "HTTPS://x.EXAMPLE.com/",
        "https://user:secret@x.example.com//",
    ]
    assert {tenant_identity(url) for url in same} == {"https://x.example.com"}
    assert tenant_identity("http://Gym.example:80/api/") == "http://gym.example/api"
    assert tenant_identity("http://gym.example:8080/") == "http://gym.example:8080"
    assert tenant_identity("https://gym.example:80") == "https://gym.example:80"
    assert tenant_identity("http://[::1]:80/") == "http://[::1]"
    assert tenant_identity(f"{EMBEDDED} (seed 7)") == f"{EMBEDDED} (seed 7)"


async def test_the_same_tenant_spelled_differently_resumes(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path
) -> None:
    tenant = await fake_tenant_factory(customers=8, seed=3)
    output = tmp_path / "x.sqlite"
    await export(tenant, output, source="https://X.example.com:443/")
    assert recorded_source(output) == "https://x.example.com"
    result = await export(tenant, output, source="https://x.example.com")
    assert result.progress.skipped == len(listable(tenant)) and result.progress.exported == 0


async def test_a_zero_byte_file_is_adopted(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path
) -> None:
    tenant = await fake_tenant_factory(customers=5, seed=6)
    output = tmp_path / "x.sqlite"
    output.touch()
    result = await export(tenant, output)
    assert result.ok and verify_export(output, tenant.data).ok


@pytest.mark.parametrize("before", ["missing", "zero bytes"])
async def test_a_run_that_stores_nothing_leaves_the_path_as_it_was(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path, before: str
) -> None:
    tenant = await fake_tenant_factory(
        customers=5, faults=Faults(unavailable=1.0, paths={"/v1/customers"})
    )
    output = tmp_path / "x.sqlite"
    if before == "zero bytes":
        output.touch()
    async with AsyncClient(tenant.base_url, tenant.api_key, max_retries=0) as client:
        result = await Exporter(client, output).run()
    assert result.listing_error is not None and result.progress.listed == 0
    if before == "missing":
        assert not output.exists()
    else:
        assert output.read_bytes() == b""
    assert [p.name for p in tmp_path.iterdir()] == ([] if before == "missing" else ["x.sqlite"])


async def test_a_second_export_of_the_same_file_is_refused_while_one_runs(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tenant = await fake_tenant_factory(customers=60, seed=5, faults=Faults(latency=0.01))
    output = tmp_path / "x.sqlite"
    second = ["export", "--base-url", tenant.base_url, "--api-key", tenant.api_key,
              "--output", str(output)]  # fmt: skip
    async with AsyncClient(tenant.base_url, tenant.api_key, retry_policy=FAST) as client:
        exporter = Exporter(client, output, concurrency=2)
        async with anyio.create_task_group() as group:
            group.start_soon(exporter.run)
            while exporter.snapshot().exported < 5:
                await anyio.sleep(0.01)
            code = await anyio.to_thread.run_sync(main, second)
            group.cancel_scope.cancel()
    assert code == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        f"error: the output file {output} is in use by another export (or another program)"
    ]
    assert tenant.count("HEAD", "/v1/customers") == 0, "the second export contacted the tenant"
    # The lock went with the first run: nothing is left next to the file, and it resumes.
    assert [p.name for p in tmp_path.iterdir()] == ["x.sqlite"]
    result = await export(tenant, output)
    assert result.ok and result.progress.skipped >= 5
    assert verify_export(output, tenant.data).ok
    assert [p.name for p in tmp_path.iterdir()] == ["x.sqlite"]


def test_a_file_that_changed_after_the_check_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under the lock, the file is looked at again before a byte is written."""
    output = tmp_path / "mine.db"
    _foreign_database(output)
    before = output.read_bytes()
    # As if the file appeared between the check (nothing there) and the opening.
    monkeypatch.setattr(_sqlite, "inspect_output", lambda path: ExistingOutput("missing"))
    with pytest.raises(OutputError, match="changed while it was opened"):
        _sqlite._ExportFile.open(output, "https://a.example", restart=False, adopt=False)
    assert output.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["mine.db"]


def test_the_lock_is_taken_when_the_file_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "x.sqlite"
    source = "https://a.example"
    first = _sqlite._ExportFile.open(output, source, restart=False, adopt=False)
    try:
        with pytest.raises(OutputInUseError):  # seen by the check
            _sqlite._ExportFile.open(output, source, restart=False, adopt=False)
        # Checked before the first run took the lock: the lock itself refuses.
        found = ExistingOutput("export", source, SCHEMA_VERSION)
        monkeypatch.setattr(_sqlite, "inspect_output", lambda path: found)
        with pytest.raises(OutputInUseError, match="in use by another export"):
            _sqlite._ExportFile.open(output, source, restart=True, adopt=False)
    finally:
        first.close()
    assert recorded_source(output) == source
    assert [p.name for p in tmp_path.iterdir()] == ["x.sqlite"]


# ---------------------------------------------------------------------- one customer's failure


def test_a_customer_whose_fetch_raises_anything_is_a_failure_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    original = CustomersAccountNamespace.get_customers_account_balance_data
    with FakeTenant(customers=30, seed=12).serve_in_thread() as tenant:
        customers = listable(tenant)
        broken = sorted(customers)[3]

        async def balance(
            self: CustomersAccountNamespace, customer_id: int, **kwargs: Any
        ) -> models.CustomerAccountBalance:
            if customer_id == broken:
                raise ValueError("a parser met something new")
            return await original(self, customer_id, **kwargs)

        monkeypatch.setattr(
            CustomersAccountNamespace, "get_customers_account_balance_data", balance
        )
        output = tmp_path / "x.sqlite"
        code = main(["export", "--base-url", tenant.base_url, "--api-key", tenant.api_key,
                     "--output", str(output)])  # fmt: skip
    assert code == 1
    captured = capsys.readouterr()
    assert "error: 1 customers failed" in captured.err and "Traceback" not in captured.err
    with sqlite3.connect(output) as db:
        failures = dict(db.execute("SELECT customer_id, error FROM failures"))
    assert failures == {broken: "ValueError: a parser met something new"}
    assert finished_ids(output) == customers - {broken}
    assert_partial_export_is_consistent(output, tenant, customers - {broken})


async def test_a_customer_whose_rows_cannot_be_built_is_a_failure_row(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tenant = await fake_tenant_factory(customers=20, seed=13)
    customers = {c for c in listable(tenant) if tenant.data.past_transactions[c]}
    broken = sorted(customers)[0]
    original = _rows.transaction_row

    def row(tenant: str, customer_id: int, kind: str, entry: Any, at: Any) -> tuple[Any, ...]:
        if customer_id == broken:
            raise KeyError("unexpected")
        return original(tenant, customer_id, kind, entry, at)

    monkeypatch.setattr(_rows, "transaction_row", row)
    output = tmp_path / "x.sqlite"
    result = await export(tenant, output)
    assert result.progress.failed == 1 and result.progress.exported == len(listable(tenant)) - 1
    with sqlite3.connect(output) as db:
        failures = dict(db.execute("SELECT customer_id, error FROM failures"))
    assert failures == {broken: "cannot store: KeyError: 'unexpected'"}
    assert_partial_export_is_consistent(output, tenant, listable(tenant) - {broken})


def test_an_output_error_mid_run_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    original = _sqlite._ExportFile.write_customer
    calls = 0

    def write(self: _sqlite._ExportFile, rows: Any) -> None:
        nonlocal calls
        calls += 1
        if calls > 1:
            raise sqlite3.OperationalError("database or disk is full")
        original(self, rows)

    monkeypatch.setattr(_sqlite._ExportFile, "write_customer", write)
    output = tmp_path / "x.sqlite"
    with FakeTenant(customers=80, seed=14, faults=Faults(latency=0.02)).serve_in_thread() as tenant:
        argv = ["export", "--base-url", tenant.base_url, "--api-key", tenant.api_key,
                "--output", str(output), "--concurrency", "4"]  # fmt: skip
        assert main(argv) == 2
        captured = capsys.readouterr()
        assert calls == 2
        assert captured.err.splitlines() == [
            f"error: writing {output} failed: database or disk is full"
        ]
        assert "Traceback" not in captured.err + captured.out
        # The first batch is kept, the lock is gone: the next run resumes.
        done = finished_ids(output)
        assert done and [p.name for p in tmp_path.iterdir()] == ["x.sqlite"]
        monkeypatch.setattr(_sqlite._ExportFile, "write_customer", original)
        assert main(argv) == 0
        assert f"{len(done)} finished earlier" in capsys.readouterr().out
        assert verify_export(output, tenant.data).ok


@pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals")
async def test_sigterm_is_handled_like_ctrl_c(
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
            process.send_signal(signal.SIGTERM)
            await process.wait()
        assert process.stderr is not None
        stderr = "".join([chunk.decode() async for chunk in process.stderr])
    assert process.returncode == 143, stderr
    assert "terminated (SIGTERM): " in stderr and "run the same command again" in stderr
    assert "Traceback" not in stderr

    done = finished_ids(output)
    customers = listable(tenant)
    assert 0 < len(done) < len(customers)
    assert_partial_export_is_consistent(output, tenant, done)
    assert [p.name for p in tmp_path.iterdir()] == ["export.sqlite"]
    mark = len(tenant.requests)
    tenant.faults = Faults()
    result = await export(tenant, output, concurrency=8)
    assert result.ok and result.progress.skipped == len(done)
    assert verify_export(output, tenant.data).ok
    assert not done & set(fetched_customers(tenant, mark))


# ---------------------------------------------------------------------- schema version 1

#: The schema of version 1 exactly as that version created it (no tenant column).
V1_SCHEMA = """
CREATE TABLE IF NOT EXISTS export_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS customers (
    id INTEGER PRIMARY KEY,
    customer_number TEXT,
    status TEXT NOT NULL,
    first_name TEXT,
    last_name TEXT,
    email TEXT,
    date_of_birth TEXT,
    city TEXT,
    country TEXT,
    studio_id INTEGER,
    created_date_time TEXT,
    data TEXT NOT NULL,
    exported_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS account_balances (
    customer_id INTEGER PRIMARY KEY,
    account_balance TEXT,
    account_balance_currency TEXT,
    consumption_credit TEXT,
    consumption_credit_currency TEXT,
    dunning_level TEXT,
    in_debt_collection INTEGER NOT NULL,
    exported_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS transactions (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('past', 'upcoming')),
    due_date TEXT NOT NULL,
    description TEXT,
    amount TEXT,
    currency TEXT,
    open_amount TEXT,
    open_currency TEXT,
    installment_plan INTEGER NOT NULL,
    exported_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS transactions_by_customer ON transactions (customer_id);
CREATE TABLE IF NOT EXISTS failures (
    customer_id INTEGER PRIMARY KEY,
    error TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS export_state (
    customer_id INTEGER PRIMARY KEY,
    finished_at TEXT NOT NULL
);
"""
V1_TABLES = ("customers", "account_balances", "transactions", "failures", "export_state")


def version_1_copy(current: Path, old: Path) -> dict[str, list[tuple[Any, ...]]]:
    """``old``: the export in ``current`` as version 1 wrote it; returns its rows."""
    rows: dict[str, list[tuple[Any, ...]]] = {}
    with sqlite3.connect(old) as v1, sqlite3.connect(current) as v2:
        v1.executescript(V1_SCHEMA)
        for table in V1_TABLES:
            columns = [r[1] for r in v1.execute(f"PRAGMA table_info({table})")]
            rows[table] = v2.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            marks = ", ".join("?" * len(columns))
            v1.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[table])
        meta = dict(v2.execute("SELECT key, value FROM export_meta"))
        meta["schema_version"] = "1"
        v1.executemany("INSERT INTO export_meta VALUES (?, ?)", meta.items())
    v1.close()
    v2.close()
    return rows


def schema_version(path: Path) -> str:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        version: str = db.execute(
            "SELECT value FROM export_meta WHERE key = 'schema_version'"
        ).fetchone()[0]
    db.close()
    return version


async def test_a_version_1_export_is_upgraded_in_place_and_resumes(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path
) -> None:
    tenant = await fake_tenant_factory(customers=30, seed=17)
    # Version 1 finished the members (and recorded a failure) before it stopped.
    current = tmp_path / "current.sqlite"
    await export(tenant, current, statuses=("MEMBER",))
    output = tmp_path / "x.sqlite"
    v1_rows = version_1_copy(current, output)
    members = {row[0] for row in v1_rows["export_state"]}
    assert members and members < listable(tenant)
    with sqlite3.connect(output) as db:
        # A failure of a customer the tenant no longer lists.
        db.execute(
            "INSERT INTO failures VALUES (-1, 'ServiceUnavailableError: x', ?)",
            ("2024-05-01T10:00:00+00:00",),
        )
    db.close()
    assert inspect_output(output) == ExistingOutput("export", tenant.base_url, "1")

    mark = len(tenant.requests)
    result = await export(tenant, output)
    assert result.ok and result.progress.skipped == len(members)
    assert set(fetched_customers(tenant, mark)) == listable(tenant) - members
    assert schema_version(output) == SCHEMA_VERSION
    verdict = verify_export(output, tenant.data)
    assert verdict.problems == ("customer -1 recorded as failed: ServiceUnavailableError: x",)
    with sqlite3.connect(output) as db:
        # Version 1's rows are kept as they were, now under the file's tenant.
        kept = db.execute(
            "SELECT id, exported_at FROM customers WHERE tenant = ? AND id IN "
            f"({', '.join(map(str, members))})",
            (tenant.base_url,),
        ).fetchall()
        assert sorted(kept) == sorted((row[0], row[-1]) for row in v1_rows["customers"])
        assert db.execute("SELECT tenant, customer_id FROM failures").fetchall() == [
            (tenant.base_url, -1)
        ]
        assert {r[0] for r in db.execute("SELECT DISTINCT tenant FROM transactions")} == {
            tenant.base_url
        }
        indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert "transactions_by_customer" in indexes
        assert not {r[0] for r in db.execute("SELECT name FROM sqlite_master")} & {
            f"{t}_v2" for t in V1_TABLES
        }
    db.close()
    assert {p.name for p in tmp_path.iterdir()} == {"current.sqlite", "x.sqlite"}


def _v1_with_an_extra_column(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.executescript(V1_SCHEMA)
        db.execute("ALTER TABLE customers ADD COLUMN notes TEXT")
        db.executemany(
            "INSERT INTO export_meta VALUES (?, ?)",
            [("format", "perfectgym_async export"), ("schema_version", "1"),
             ("source", "https://a.example")],
        )  # fmt: skip
    db.close()


def _v1_without_a_tenant(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.executescript(V1_SCHEMA)
        db.executemany(
            "INSERT INTO export_meta VALUES (?, ?)",
            [("format", "perfectgym_async export"), ("schema_version", "1")],
        )
    db.close()


def _a_newer_version(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.executescript(V1_SCHEMA)
        db.executemany(
            "INSERT INTO export_meta VALUES (?, ?)",
            [("format", "perfectgym_async export"), ("schema_version", "3"),
             ("source", "https://a.example")],
        )  # fmt: skip
    db.close()


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_v1_with_an_extra_column, "cannot upgrade the output file {output} (written by an "
         "earlier version of this tool): its table customers is not as that version wrote it; "
         "the file was left unchanged"),
        (_v1_without_a_tenant, "it does not say which tenant it holds"),
        (_a_newer_version, "was written by an incompatible version of this tool"),
    ],
)  # fmt: skip
def test_an_export_that_cannot_be_upgraded_is_refused_untouched(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make: Callable[[Path], None],
    reason: str,
) -> None:
    output = tmp_path / "old.sqlite"
    make(output)
    before = output.read_bytes()
    argv = ["export", "--base-url", "https://a.example", "--api-key", SECRET,
            "--output", str(output)]  # fmt: skip
    for extra in ([], ["--fresh"]):
        assert main([*argv, *extra]) == 2
        lines = capsys.readouterr().err.splitlines()
        assert len(lines) == 1 and reason.format(output=output) in lines[0], lines
        assert "cannot reach" not in lines[0]
    assert output.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["old.sqlite"]


async def test_an_upgrade_that_fails_midway_leaves_the_file_unchanged(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tenant = await fake_tenant_factory(customers=8, seed=18)
    current = tmp_path / "current.sqlite"
    await export(tenant, current)
    output = tmp_path / "x.sqlite"
    version_1_copy(current, output)
    current.unlink()
    before = output.read_bytes()
    original = _sqlite._index_ddl
    calls = 0

    def index_ddl(table: Any) -> list[str]:
        nonlocal calls
        calls += 1
        if calls > 2:  # after the first tables were copied, dropped and renamed
            raise sqlite3.OperationalError("disk I/O error")
        return original(table)

    monkeypatch.setattr(_sqlite, "_index_ddl", index_ddl)
    with pytest.raises(OutputError, match="disk I/O error; the file was left unchanged"):
        await export(tenant, output)
    assert calls == 3
    assert output.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["x.sqlite"]

    monkeypatch.setattr(_sqlite, "_index_ddl", original)
    result = await export(tenant, output)
    assert result.ok and result.progress.skipped == len(listable(tenant))
    assert schema_version(output) == SCHEMA_VERSION
