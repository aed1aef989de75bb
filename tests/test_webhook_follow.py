"""Following webhooks: events recorded, applied to the export once, in any order, after a kill."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager, closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

import aiohttp
import anyio
import pytest
from aiohttp import web

from perfectgym_async import AsyncClient, RateLimit, RetryPolicy
from perfectgym_async._cli import main
from perfectgym_async.export import Exporter, WebhookServer, read_export
from perfectgym_async.testing import (
    FakeTenant,
    Faults,
    WebhookFaults,
    WebhookTarget,
    verify_export,
)
from perfectgym_async.testing._changes import change_tenant
from perfectgym_async.webhooks import EventLog, EventStatus, HandlerRetry

if TYPE_CHECKING:
    from perfectgym_async.testing.pytest_plugin import FakeTenantFactory

pytest_plugins = ["perfectgym_async.testing.pytest_plugin"]

KEY = "whk-follow-3f9a-do-not-leak"
CUSTOMER = "/v1/customers/{customerId}"
FAST = RetryPolicy(max_retries=6, initial_delay=0.01, max_delay=0.05)
QUICK = HandlerRetry(max_attempts=5, first_delay=0.05, max_delay=0.2)


def body(entity_id: int, event_type: str, *, event_uuid: str | None = None, ts: int = 0) -> bytes:
    return json.dumps(
        {
            "entityId": entity_id,
            "uuid": event_uuid or str(uuid.uuid4()),
            "payload": [{"timestamp": ts or 1642779144176, "type": event_type, "content": {}}],
        }
    ).encode()


async def post(url: str, payloads: Sequence[bytes], *, parallel: int = 1) -> list[int]:
    """POST each body with the key; the statuses, in order."""
    statuses = [0] * len(payloads)
    async with aiohttp.ClientSession() as session:

        async def one(index: int) -> None:
            headers = {"X-API-KEY": KEY, "Content-Type": "application/json"}
            async with session.post(url, data=payloads[index], headers=headers) as answer:
                statuses[index] = answer.status

        limit = anyio.Semaphore(parallel)

        async def limited(index: int) -> None:
            async with limit:
                await one(index)

        async with anyio.create_task_group() as group:
            for index in range(len(payloads)):
                group.start_soon(limited, index)
    return statuses


def fetches(tenant: FakeTenant, since: int = 0) -> list[int]:
    """Customers fetched one by one (``GET /v1/customers/{customerId}``), in order."""
    return [
        int(r.params["customerId"])
        for r in tenant.requests[since:]
        if r.method == "GET" and r.path_template == CUSTOMER
    ]


async def exported(tenant: FakeTenant, output: Path, rate_limit: RateLimit | None = None) -> None:
    async with AsyncClient(
        tenant.base_url, tenant.api_key, retry_policy=FAST, rate_limit=rate_limit
    ) as client:
        result = await Exporter(client, output, concurrency=8).run()
    assert result.ok


@asynccontextmanager
async def following(
    tenant: FakeTenant,
    output: Path,
    *,
    log: EventLog | None = None,
    rate_limit: RateLimit | None = None,
    retry: HandlerRetry = QUICK,
    concurrency: int = 8,
) -> AsyncIterator[WebhookServer]:
    """``perfectgym webhooks serve``'s components on a free port, following ``tenant``."""
    async with AsyncClient(
        tenant.base_url, tenant.api_key, retry_policy=FAST, rate_limit=rate_limit
    ) as client:
        server = WebhookServer(
            client,
            output,
            api_key=KEY,
            log=log or EventLog(Path(f"{output}.webhooks")),
            port=0,
            retry=retry,
            concurrency=concurrency,
        )
        async with server:
            yield server


async def settled(server: WebhookServer, tenant: FakeTenant | None = None) -> None:
    """Until the tenant delivered everything and nothing is pending any more."""
    with anyio.fail_after(30):
        if tenant is not None and tenant.webhooks is not None:
            await tenant.webhooks.join()
        while True:
            await server.join()
            if (await server.log.counts())[EventStatus.PENDING] == 0:
                return
            await anyio.sleep(0.02)


def customer_row(output: Path, customer_id: int) -> dict[str, Any]:
    (row,) = [r for r in read_export(output).tables["customers"] if r["id"] == customer_id]
    return row


# ---------------------------------------------------------------------- once, any order


async def test_a_duplicate_uuid_is_applied_once(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path
) -> None:
    tenant = await fake_tenant_factory(customers=5, seed=1)
    output = tmp_path / "gym.sqlite"
    await exported(tenant, output)
    customer_id = min(tenant.data.customers)
    tenant.changes.update_customer(customer_id, email="new@example.org")
    since = len(tenant.requests)
    async with following(tenant, output) as server:
        event = body(customer_id, "CUSTOMER_UPDATED")
        assert await post(server.url, [event, event, event]) == [200, 200, 200]
        await settled(server)
        (logged,) = await server.log.events()
        assert (server.counts.recorded, server.counts.duplicates) == (1, 2)
        assert (logged.status, logged.deliveries, logged.attempts) == (EventStatus.APPLIED, 3, 1)
    assert fetches(tenant, since) == [customer_id]
    assert customer_row(output, customer_id)["email"] == "new@example.org"


async def test_changes_delivered_twice_and_out_of_order_converge(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path
) -> None:
    tenant = await fake_tenant_factory(customers=40, seed=3)
    output = tmp_path / "gym.sqlite"
    await exported(tenant, output)
    async with following(tenant, output) as server:
        faults = WebhookFaults(duplicate=0.5, reorder=0.5, hold=0.05, delay=0.03)
        sender = tenant.send_webhooks_to(server.url, KEY, faults=faults)
        async with AsyncClient(tenant.base_url, tenant.api_key, retry_policy=FAST) as client:
            changes = await change_tenant(
                tenant, client, seed=3, created=3, updated=6, deleted=3, payments=5,
                cancelations=3, bookings=1,
            )  # fmt: skip
        await settled(server, tenant)
        counts = await server.log.counts()
    assert len(changes.deleted) == 3 and len(changes.created) == 3
    assert sender.duplicates > 0 and server.counts.duplicates == sender.duplicates
    assert server.counts.recorded == sender.sent
    assert counts[EventStatus.PENDING] == counts[EventStatus.FAILED] == 0
    verdict = verify_export(output, tenant.data)
    assert verdict.ok, verdict.problems
    assert verdict.deleted == 3 and verdict.customers == 43


async def test_an_old_update_arriving_after_the_deletion_leaves_it_deleted(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path
) -> None:
    tenant = await fake_tenant_factory(customers=5, seed=4)
    output = tmp_path / "gym.sqlite"
    await exported(tenant, output)
    customer_id = max(tenant.data.customers)
    tenant.changes.update_customer(customer_id, email="before@example.org")
    tenant.changes.delete_customer(customer_id)
    async with following(tenant, output) as server:
        # The deletion is delivered first, the update (older) after it.
        assert await post(server.url, [body(customer_id, "CUSTOMER_DELETED", ts=2000)]) == [200]
        await settled(server)
        assert await post(server.url, [body(customer_id, "CUSTOMER_UPDATED", ts=1000)]) == [200]
        await settled(server)
        events = await server.log.events()
    assert [e.status for e in events] == [EventStatus.APPLIED, EventStatus.APPLIED]
    assert "answered 404" in (events[1].detail or "")
    row = customer_row(output, customer_id)
    assert row["deleted_at"] is not None and row["email"] != "before@example.org"
    assert verify_export(output, tenant.data).ok


async def test_customer_deleted_keeps_the_customers_history(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path
) -> None:
    tenant = await fake_tenant_factory(customers=10, seed=5)
    output = tmp_path / "gym.sqlite"
    await exported(tenant, output)
    victim = max(tenant.data.customers, key=lambda c: len(tenant.data.past_transactions[c]))
    history = len(tenant.data.past_transactions[victim]) + len(
        tenant.data.upcoming_transactions[victim]
    )
    assert history > 0
    since = len(tenant.requests)
    async with following(tenant, output) as server:
        tenant.send_webhooks_to(server.url, KEY)
        tenant.changes.delete_customer(victim)
        await settled(server, tenant)
        (logged,) = await server.log.events()
    assert logged.status is EventStatus.APPLIED and "rows are kept" in (logged.detail or "")
    assert fetches(tenant, since) == []  # a deletion needs no fetch
    tables = read_export(output).tables
    assert customer_row(output, victim)["deleted_at"] is not None
    assert sum(t["customer_id"] == victim for t in tables["transactions"]) == history
    assert [b["customer_id"] for b in tables["account_balances"]].count(victim) == 1
    verdict = verify_export(output, tenant.data)
    assert verdict.ok and verdict.deleted == 1
    assert "(1 deleted, kept as history)" in verdict.line()


async def test_other_types_are_recorded_only_and_failures_keep_their_error(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path
) -> None:
    tenant = await fake_tenant_factory(customers=3, seed=6)
    output = tmp_path / "gym.sqlite"
    await exported(tenant, output)
    customer_id = min(tenant.data.customers)
    since = len(tenant.requests)
    tenant.faults = Faults(unavailable=1.0, methods=frozenset({"GET"}))
    retry = HandlerRetry(max_attempts=2, first_delay=0.05, max_delay=0.05)
    async with following(tenant, output, retry=retry) as server:
        events = [
            body(customer_id, "EMPLOYEE_CREATED"),
            body(customer_id, "SOMETHING_NEW_NEXT_YEAR"),
            body(customer_id, "CUSTOMER_UPDATED"),
        ]
        assert await post(server.url, events) == [200, 200, 200]
        await settled(server)
        logged = await server.log.events()
    assert [e.status for e in logged] == [
        EventStatus.RECORDED_ONLY,
        EventStatus.RECORDED_ONLY,
        EventStatus.FAILED,
    ]
    assert "EMPLOYEE_CREATED" in (logged[0].detail or "")
    assert logged[2].attempts == 2 and "503" in (logged[2].error or "")
    assert set(fetches(tenant, since)) == {customer_id}  # only the customer event fetched


# ---------------------------------------------------------------------- coalescing, limits


class GatedLog(EventLog):
    """An event log whose first ``last_id`` (a handler starting) waits for ``gate``."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.gate = anyio.Event()

    async def last_id(self) -> int:
        await self.gate.wait()
        return await super().last_id()


async def test_a_thousand_events_for_fifty_customers_fetch_each_customer_once(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path
) -> None:
    tenant = await fake_tenant_factory(customers=50, seed=8)
    output = tmp_path / "gym.sqlite"
    await exported(tenant, output)
    ids = sorted(tenant.data.customers)
    kinds = ("CUSTOMER_UPDATED", "CONTRACT_UPDATED", "CUSTOMER_CHECKIN", "CONTRACT_CREATED")
    events = [body(ids[n % len(ids)], kinds[n % len(kinds)]) for n in range(1000)]
    log = GatedLog(tmp_path / "gym.sqlite.webhooks")
    since = len(tenant.requests)
    async with following(tenant, output, log=log) as server:
        # The burst arrives while the first event waits to be handled.
        assert set(await post(server.url, events, parallel=16)) == {200}
        log.gate.set()
        await settled(server)
        counts = await server.log.counts()
        assert server.follower is not None
        stats = server.follower.stats
    fetched = fetches(tenant, since)
    assert sorted(fetched) == ids  # at most one fetch per customer: exactly one here
    assert counts[EventStatus.APPLIED] == 1000
    assert stats.fetched == 50 and stats.coalesced >= 1000 - 50
    assert verify_export(output, tenant.data).ok


async def test_a_burst_under_the_tenants_rate_limit_draws_no_429(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path
) -> None:
    limit = RateLimit(requests=30, window=0.5)
    tenant = await fake_tenant_factory(
        customers=60, seed=9, faults=Faults(rate_limit=limit.requests, rate_limit_window=0.5)
    )
    output = tmp_path / "gym.sqlite"
    await exported(tenant, output, rate_limit=limit)
    ids = sorted(tenant.data.customers)
    for customer_id in ids[::2]:
        tenant.data.balances[customer_id].account_balance += 1
    events = [body(ids[n % len(ids)], "CUSTOMER_UPDATED") for n in range(600)]
    since = len(tenant.requests)
    async with following(tenant, output, rate_limit=limit, concurrency=16) as server:
        assert set(await post(server.url, events, parallel=32)) == {200}
        await settled(server)
        counts = await server.log.counts()
    answered = tenant.requests[since:]
    assert [r.status for r in answered if r.status == 429] == []
    assert len(set(fetches(tenant, since))) == len(ids)
    assert counts[EventStatus.APPLIED] == 600
    assert verify_export(output, tenant.data).ok


# ---------------------------------------------------------------------- restart, sender, CLI


@pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")
async def test_a_receiver_killed_between_recording_and_applying_applies_after_restart(
    fake_tenant_factory: FakeTenantFactory, tmp_path: Path
) -> None:
    tenant = await fake_tenant_factory(customers=4, seed=10)
    output = tmp_path / "gym.sqlite"
    await exported(tenant, output)
    customer_id = min(tenant.data.customers)
    tenant.changes.update_customer(customer_id, email="after-the-kill@example.org")
    tenant.faults = Faults(latency=60.0)  # the fetch hangs: the event stays recorded only
    env = {
        **os.environ,
        "PERFECTGYM_BASE_URL": tenant.base_url,
        "PERFECTGYM_API_KEY": tenant.api_key,
        "PERFECTGYM_WEBHOOK_KEY": KEY,
    }
    command = [sys.executable, "-m", "perfectgym_async", "webhooks", "serve",
               "--output", str(output), "--port", "0"]  # fmt: skip
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    ) as process:
        try:
            assert process.stdout is not None
            first = await anyio.to_thread.run_sync(process.stdout.readline)
            assert first.startswith("receiving webhooks on http://127.0.0.1:"), first
            url = first.split()[3]
            assert await post(url, [body(customer_id, "CUSTOMER_UPDATED")]) == [200]
            with anyio.fail_after(10):
                while not fetches(tenant):
                    await anyio.sleep(0.02)
            process.send_signal(signal.SIGKILL)
        finally:
            if process.poll() is None:
                process.kill()
            await anyio.to_thread.run_sync(process.wait)
    assert customer_row(output, customer_id)["email"] != "after-the-kill@example.org"
    with closing(sqlite3.connect(f"{output}.webhooks")) as db:
        assert db.execute("SELECT status FROM webhook_events").fetchall() == [("pending",)]

    tenant.faults = Faults()
    async with following(tenant, output) as server:
        await settled(server)
        (logged,) = await server.log.events()
    assert logged.status is EventStatus.APPLIED and logged.deliveries == 1
    assert customer_row(output, customer_id)["email"] == "after-the-kill@example.org"
    assert verify_export(output, tenant.data).ok


async def test_the_tenant_delivers_again_until_answered_with_backoff(
    fake_tenant_factory: FakeTenantFactory,
) -> None:
    answers = [500, 503, 200]
    seen: list[tuple[str, dict[str, Any]]] = []

    async def receive(request: web.Request) -> web.Response:
        seen.append((request.headers.get("X-API-KEY", ""), await request.json()))
        return web.Response(status=answers[min(len(seen) - 1, len(answers) - 1)])

    app = web.Application()
    app.router.add_post("/hook", receive)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        host, port = runner.addresses[0][:2]
        target = WebhookTarget(f"http://{host}:{port}/hook", KEY, first_retry=0.01)
        tenant = await fake_tenant_factory(customers=3, seed=11, webhooks=target)
        assert tenant.webhooks is not None
        customer_id = min(tenant.data.customers)
        async with AsyncClient(tenant.base_url, tenant.api_key) as client:
            await client.customers_account.book_customer_payment(
                customer_id,
                {"paymentRequestToken": "tok", "amount": {"amount": "5.00", "currency": "EUR"}},
            )
        with anyio.fail_after(10):
            await tenant.webhooks.join()
        sender = tenant.webhooks
    finally:
        await runner.cleanup()
    assert (sender.deliveries, sender.retries, sender.delivered) == (3, 2, 1)
    assert {key for key, _ in seen} == {KEY}
    assert len({document["uuid"] for _, document in seen}) == 1
    (event,) = {json.dumps(document["payload"]) for _, document in seen}
    assert json.loads(event)[0]["type"] == "CUSTOMER_UPDATED"
    assert seen[0][1]["entityId"] == customer_id


def test_webhooks_serve_needs_the_webhook_key_and_an_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PERFECTGYM_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("PERFECTGYM_API_KEY", "api-key")
    monkeypatch.delenv("PERFECTGYM_WEBHOOK_KEY", raising=False)
    output = tmp_path / "gym.sqlite"
    assert main(["webhooks", "serve", "--output", str(output)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: PERFECTGYM_WEBHOOK_KEY not set") and err.count("\n") == 1
    monkeypatch.setenv("PERFECTGYM_WEBHOOK_KEY", KEY)
    assert main(["webhooks", "serve", "--output", str(output)]) == 2
    err = capsys.readouterr().err
    assert "holds no export to keep current; run first: perfectgym export" in err
    assert KEY not in err and not output.exists()


def test_webhooks_serve_options_have_help_and_defaults(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["webhooks", "serve", "--help"])
    assert exit_info.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    for shown in ("(default: 127.0.0.1)", "(default: 8080)", "(default: /webhook)",
                  "$PERFECTGYM_WEBHOOK_KEY", "plus .webhooks", "(default: 16)"):  # fmt: skip
        assert shown in text, shown
    assert "(default: None)" not in text


def test_the_demo_follows_its_tenants_webhooks_after_the_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PERFECTGYM_BASE_URL", raising=False)
    monkeypatch.delenv("PERFECTGYM_API_KEY", raising=False)
    output = tmp_path / "demo.sqlite"
    assert main(["demo", "--customers", "60", "--output", str(output)]) == 0
    out = capsys.readouterr().out
    assert "verification: OK - 60 customers," in out
    assert "webhooks: receiving on http://127.0.0.1:" in out
    assert "tenant changes: 1 customers created, 2 updated, 1 deleted, 2 payments booked" in out
    assert "duplicates ignored" in out and "customers fetched again:" in out
    assert "0 failed, 0 pending" in out
    assert "verification after the webhooks: OK - 61 customers (1 deleted, kept as history)" in out
    # The event log lived in a temporary folder: only the export is left.
    assert [p.name for p in tmp_path.iterdir()] == ["demo.sqlite"]
