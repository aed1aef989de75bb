"""``perfectgym webhooks serve``: how fast it takes events, and how soon a change is in the file.

* Accepted per second: events POSTed to the receiver, each recorded durably (a full sync
  to disk, shared by the events recorded at the same time) before the 200, by 1 and by 32
  senders at once. The handler is a no-op, so this is the record-then-answer path alone.
* Lag under a burst: the fake tenant (1000 customers, a per-endpoint rate limit the
  client's limiter matches) books payments and changes customers in a burst right after an
  export; its webhooks reach the server in this process, which fetches each customer again
  and writes it. Lag runs from a change in the tenant to its customer's rows committed.
"""

from __future__ import annotations

import statistics
import tempfile
import time
import uuid
from pathlib import Path

import aiohttp
import anyio
from aiohttp import web

from perfectgym_async import AsyncClient, RateLimit
from perfectgym_async.export import Exporter, WebhookServer
from perfectgym_async.testing import FakeTenant, Faults, verify_export
from perfectgym_async.testing._changes import change_tenant
from perfectgym_async.testing._webhook_sender import LagMeter
from perfectgym_async.webhooks import EventStatus, Outcome, Receiver, WebhookEventRequest

KEY = "bench-webhook-key"
ACCEPT_EVENTS = 2000
CUSTOMERS = 1000
LIMIT = RateLimit(requests=150, window=1.0)


async def _ignore(request: WebhookEventRequest) -> Outcome:
    return Outcome.recorded_only()


async def _accept_rate(folder: Path, senders: int) -> float:
    """Events per second the receiver answers 200 (recorded), ``senders`` at once."""
    receiver = Receiver(api_key=KEY, log=folder / f"accept-{senders}.webhooks", handler=_ignore)

    async def webhook(request: web.Request) -> web.Response:
        receipt = await receiver.receive(request.headers, await request.read())
        return web.Response(status=receipt.status)

    app = web.Application()
    app.router.add_post("/webhook", webhook)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    url = f"http://{host}:{port}/webhook"
    bodies = [
        (
            f'{{"entityId":{n},"uuid":"{uuid.uuid4()}","payload":[{{"timestamp":1642779144176,'
            f'"type":"CUSTOMER_UPDATED","content":{{}}}}]}}'
        ).encode()
        for n in range(ACCEPT_EVENTS)
    ]
    headers = {"X-API-KEY": KEY, "Content-Type": "application/json"}
    try:
        async with receiver, aiohttp.ClientSession() as session:
            queue = iter(bodies)

            async def send() -> None:
                for data in queue:
                    async with session.post(url, data=data, headers=headers) as answer:
                        assert answer.status == 200, answer.status

            started = time.perf_counter()
            async with anyio.create_task_group() as group:
                for _ in range(senders):
                    group.start_soon(send)
            elapsed = time.perf_counter() - started
            counts = await receiver.log.counts()
            assert sum(counts.values()) == ACCEPT_EVENTS
    finally:
        await runner.cleanup()
    return ACCEPT_EVENTS / elapsed


async def _burst(folder: Path) -> dict[str, float]:
    output = folder / "burst.sqlite"
    faults = Faults(rate_limit=LIMIT.requests, rate_limit_window=LIMIT.window)
    async with FakeTenant(customers=CUSTOMERS, seed=7, faults=faults) as tenant:
        async with AsyncClient(tenant.base_url, tenant.api_key, rate_limit=LIMIT) as client:
            assert (await Exporter(client, output, concurrency=16).run()).ok
            await anyio.sleep(LIMIT.window)  # the export's budget spent: a fresh window
            since = len(tenant.requests)
            meter = LagMeter()
            server = WebhookServer(
                client,
                output,
                api_key=KEY,
                log=folder / "burst.sqlite.webhooks",
                port=0,
                concurrency=16,
                on_applied=meter.applied,
            )
            async with server:
                meter.sender = tenant.send_webhooks_to(server.url, KEY, concurrency=16)
                started = time.perf_counter()
                await change_tenant(
                    tenant, client, seed=7, updated=300, payments=150, deleted=20, created=10
                )
                await meter.sender.join()
                while True:
                    await server.join()
                    if (await server.log.counts())[EventStatus.PENDING] == 0:
                        break
                    await anyio.sleep(0.02)
                converged = time.perf_counter() - started
                assert server.follower is not None
                stats = server.follower.stats
                events = meter.sender.sent
        verified = verify_export(output, tenant.data).ok
        answered_429 = sum(1 for r in tenant.requests[since:] if r.status == 429)
    lags = sorted(meter.lags)
    return {
        "webhook_burst_events": float(events),
        "webhook_burst_fetches": float(stats.fetched),
        "webhook_burst_429s": float(answered_429),
        "webhook_burst_converged_s": converged,
        "webhook_lag_median_s": statistics.median(lags),
        "webhook_lag_p95_s": lags[int(len(lags) * 0.95) - 1],
        "webhook_lag_max_s": lags[-1],
        "webhook_burst_verified": 1.0 if verified else 0.0,
    }


async def _measure() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        figures = {
            "webhook_accept_per_s_c1": await _accept_rate(folder, 1),
            "webhook_accept_per_s_c32": await _accept_rate(folder, 32),
        }
        figures.update(await _burst(folder))
    return figures


def measure() -> dict[str, float]:
    return anyio.run(_measure)


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"{key}: {value:.3f}")
