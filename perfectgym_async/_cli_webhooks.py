"""``perfectgym webhooks serve`` and the demo's webhook part (see :mod:`._cli`).

``webhooks serve`` keeps an export current: it receives the platform's events on
``POST /webhook``, records each in an event log (an SQLite file beside an SQLite
export, ``<output>.webhooks``) before answering 200, and applies them to the
export (:class:`~perfectgym_async.export.WebhookServer`). The log is a file of
its own rather than a table of the export because the export file is claimed by
one connection (an export or this server) and the log commits every event with
a full sync before it answers, which the export does not need; it also works the
same with a PostgreSQL output.
"""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

import anyio

from ._cli import (
    _INTERRUPTED,
    EXIT_BAD_INPUT,
    EXIT_OK,
    _BadInput,
    _can_watch_sigterm,
    _check_access,
    _leaves,
)
from ._client import AsyncClient
from ._ratelimit import RateLimit
from ._webhook_log import EventLogError, EventStatus
from .errors import PerfectGymError
from .export import (
    OutputError,
    SQLiteTarget,
    Target,
    WebhookServer,
    inspect_output,
    output_target,
    tenant_identity,
)
from .testing import FakeTenant, WebhookFaults, verify_export
from .testing._changes import change_tenant
from .testing._webhook_sender import LagMeter
from .webhooks import HandlerRetry

__all__ = ["add_webhooks_command", "demo_webhooks"]

#: Where the platform's key for this endpoint comes from (never a command-line option,
#: which other users of the machine could read).
WEBHOOK_KEY_VARIABLE = "PERFECTGYM_WEBHOOK_KEY"
LOG_SUFFIX = ".webhooks"
POSTGRES_LOG = "perfectgym-webhooks.sqlite"
#: Seconds between status lines while serving (when something changed).
STATUS_INTERVAL = 10.0

#: What the demo's tenant does to deliveries: some twice, some late, some overtaken.
DEMO_WEBHOOK_FAULTS = WebhookFaults(duplicate=0.1, reorder=0.2, hold=0.05, delay=0.02)


def default_log(target: Target) -> Path:
    """The event log beside an SQLite export; in the working directory for PostgreSQL."""
    if isinstance(target, SQLiteTarget):
        return Path(f"{target.path}{LOG_SUFFIX}")
    return Path(POSTGRES_LOG)


# ---------------------------------------------------------------------- serve


async def _status(server: WebhookServer) -> str:
    follower = server.follower
    counts = await server.log.counts()
    stats = follower.stats if follower is not None else None
    return (
        f"webhooks: {server.counts.recorded} recorded, {server.counts.duplicates} duplicates "
        f"ignored, {server.counts.refused} refused; {counts[EventStatus.APPLIED]} applied, "
        f"{counts[EventStatus.RECORDED_ONLY]} recorded only, {counts[EventStatus.FAILED]} "
        f"failed, {counts[EventStatus.PENDING]} pending (whole log); customers fetched again: "
        f"{stats.fetched if stats else 0}, marked deleted: {stats.deleted if stats else 0}"
    )


async def _report_status(server: WebhookServer) -> None:
    shown = ""
    while True:
        await anyio.sleep(STATUS_INTERVAL)
        line = await _status(server)
        if line != shown:
            print(line, flush=True)
            shown = line


async def _serve(args: argparse.Namespace, base_url: str, key: str, webhook_key: str) -> None:
    target = output_target(args.output)
    log = Path(args.log) if args.log else default_log(target)
    try:
        client = AsyncClient(base_url, key, max_retries=args.max_retries)
    except (TypeError, ValueError) as exc:
        raise _BadInput(str(exc)) from None
    async with client:
        tenant = tenant_identity(client.base_url)
        if isinstance(target, SQLiteTarget):
            found = await anyio.to_thread.run_sync(inspect_output, target.path)
            if found.kind != "export":
                raise _BadInput(
                    f"{target.path} holds no export to keep current; run first: "
                    f"perfectgym export --output {target.path}"
                )
        await target.check(tenant, adopt=False)
        await _check_access(client.base_url, key)
        server = WebhookServer(
            client,
            target,
            api_key=webhook_key,
            log=log,
            tenant=tenant,
            host=args.host,
            port=args.port,
            path=args.path,
            concurrency=args.concurrency,
        )
        try:
            await server.start()
        except OSError as exc:
            raise _BadInput(
                f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}"
            ) from None
        try:
            print(f"receiving webhooks on {server.url} for {tenant}", flush=True)
            print(f"export: {target.name}; event log: {log}")
            print("press Ctrl-C to stop", flush=True)
            await _report_status(server)
        finally:
            with anyio.CancelScope(shield=True):
                line = await _status(server) if server.log.is_open else None
                await server.aclose()
                if line is not None:
                    print(line, flush=True)


async def _serve_until_stopped(
    args: argparse.Namespace, base_url: str, key: str, webhook_key: str
) -> None:
    if not _can_watch_sigterm():
        await _serve(args, base_url, key, webhook_key)
        return
    async with anyio.create_task_group() as group:

        async def watch() -> None:
            with anyio.open_signal_receiver(signal.SIGTERM) as signals:
                async for _ in signals:
                    group.cancel_scope.cancel()
                    return

        group.start_soon(watch)
        await _serve(args, base_url, key, webhook_key)
        group.cancel_scope.cancel()


def run_serve(args: argparse.Namespace) -> int:
    base_url = args.base_url or os.environ.get("PERFECTGYM_BASE_URL")
    key = args.api_key or os.environ.get("PERFECTGYM_API_KEY")
    webhook_key = os.environ.get(WEBHOOK_KEY_VARIABLE)
    missing = [
        name
        for name, value in (
            ("PERFECTGYM_BASE_URL", base_url),
            ("PERFECTGYM_API_KEY", key),
            (WEBHOOK_KEY_VARIABLE, webhook_key),
        )
        if not value
    ]
    if missing or not base_url or not key or not webhook_key:
        print(
            f"error: {' and '.join(missing)} not set: webhooks serve needs the tenant "
            f"(PERFECTGYM_BASE_URL, PERFECTGYM_API_KEY, or --base-url and --api-key) and the "
            f"key the platform sends with each event ({WEBHOOK_KEY_VARIABLE})",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    target = output_target(args.output)
    try:
        anyio.run(_serve_until_stopped, args, base_url, key, webhook_key)
    except BaseException as exc:
        leaves = _leaves(exc)
        for leaf in leaves:
            if isinstance(leaf, (_BadInput, OutputError, EventLogError)):
                print(f"error: {target.redact(str(leaf))}", file=sys.stderr)
                return EXIT_BAD_INPUT
        if not all(isinstance(leaf, _INTERRUPTED) for leaf in leaves):
            raise
    print(
        "stopped; events received and not applied yet are applied after the next start",
        file=sys.stderr,
    )
    return EXIT_OK


def add_webhooks_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    formatter: type[argparse.HelpFormatter],
    max_retries: int,
) -> None:
    """The ``webhooks`` command and its ``serve`` subcommand."""
    webhooks = commands.add_parser(
        "webhooks",
        help="keep an export current from the platform's webhooks",
        description="Receive the platform's webhook events and apply them to an export.",
        formatter_class=formatter,
    )
    actions = webhooks.add_subparsers(
        dest="webhooks_command", required=True, metavar="{serve}", help="what to do"
    )
    serve = actions.add_parser(
        "serve",
        help="receive events on POST /webhook and apply them to an export",
        description="Receive the platform's webhook events (key: $PERFECTGYM_WEBHOOK_KEY), "
        "record each in an event log before answering 200, and apply it to an export made by "
        "'perfectgym export': a customer's rows are fetched again (one fetch for every event "
        "about that customer waiting together), a deleted customer is marked deleted with "
        "its rows kept. Events received while stopped or not applied yet are applied after "
        "the next start.",
        formatter_class=formatter,
    )
    serve.add_argument("--base-url", help="tenant base URL (default: $PERFECTGYM_BASE_URL)")
    serve.add_argument("--api-key", help="API key (default: $PERFECTGYM_API_KEY)")
    serve.add_argument(
        "--output",
        required=True,
        help="the export to keep current: its SQLite file, or postgresql://user:password@"
        "host:port/dbname",
    )
    serve.add_argument(
        "--log",
        help=f"event log file (default: the output's path plus {LOG_SUFFIX}; for PostgreSQL "
        f"{POSTGRES_LOG} in the working directory)",
    )
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (0.0.0.0: every interface)"
    )
    serve.add_argument(
        "--port", type=int, default=8080, help="port to listen on; 0 picks a free one"
    )
    serve.add_argument("--path", default="/webhook", help="the path events are POSTed to")
    serve.add_argument(
        "--concurrency", type=int, default=16, help="customers fetched at once at most"
    )
    serve.add_argument(
        "--max-retries",
        type=int,
        default=max_retries,
        help="retries per request before an event is retried later",
    )
    serve.set_defaults(handler=run_serve)


# ---------------------------------------------------------------------- the demo


async def demo_webhooks(
    tenant: FakeTenant,
    target: Target,
    source: str,
    *,
    seed: int,
    rate_limit: RateLimit,
    max_retries: int,
) -> bool:
    """After the demo's export: change the tenant, follow its webhooks, verify again."""
    customers = len(tenant.data.customers)
    started = time.monotonic()
    meter = LagMeter()
    key = secrets.token_urlsafe(24)
    with tempfile.TemporaryDirectory(prefix="perfectgym-demo-") as folder:
        async with AsyncClient(
            tenant.base_url, tenant.api_key, rate_limit=rate_limit, max_retries=max_retries
        ) as client:
            server = WebhookServer(
                client,
                target,
                api_key=key,
                log=Path(folder) / "demo.webhooks",
                tenant=source,
                port=0,
                retry=HandlerRetry(first_delay=0.2, max_delay=2.0),
                on_applied=meter.applied,
            )
            async with server:
                sender = tenant.send_webhooks_to(server.url, key, faults=DEMO_WEBHOOK_FAULTS)
                meter.sender = sender
                print(
                    f"webhooks: receiving on {server.url} (in this process); changing the "
                    "tenant after the export...",
                    flush=True,
                )
                try:
                    summary = await change_tenant(
                        tenant,
                        client,
                        seed=seed,
                        created=max(1, customers // 100),
                        updated=max(2, customers // 50),
                        deleted=max(1, customers // 200),
                        payments=max(2, customers // 50),
                        cancelations=max(1, customers // 100),
                        bookings=2,
                    )
                except PerfectGymError as exc:
                    print(f"webhooks: changing the tenant failed: {exc}", flush=True)
                    return False
                with anyio.move_on_after(60):
                    await sender.join()
                    while True:
                        await server.join()
                        if (await server.log.counts())[EventStatus.PENDING] == 0:
                            break
                        await anyio.sleep(0.1)
                counts = await server.log.counts()
                follower = server.follower
                assert follower is not None  # set while running
                stats = follower.stats
                received = server.counts
            elapsed = time.monotonic() - started
    verdict = await anyio.to_thread.run_sync(
        lambda: verify_export(target, tenant.data, tenant=source)
    )
    customer_events = sum(1 for e in sender.events if e.type.startswith(("CUSTOMER", "CONTRACT")))
    lags = meter.lags
    lag = f"median {statistics.median(lags):.2f} s, max {max(lags):.2f} s" if lags else "none"
    print(f"  tenant changes: {summary.describe()}")
    print(
        f"  events: {sender.sent} sent by the tenant in {sender.deliveries} deliveries "
        f"({sender.retries} retried, {sender.duplicates} sent twice); received: "
        f"{received.recorded} recorded, {received.duplicates} duplicates ignored"
    )
    print(
        f"  applied: {counts[EventStatus.APPLIED]} events, {counts[EventStatus.RECORDED_ONLY]} "
        f"recorded only, {counts[EventStatus.FAILED]} failed, {counts[EventStatus.PENDING]} "
        f"pending; customers fetched again: {stats.fetched} for {customer_events} customer "
        f"events, marked deleted: {stats.deleted}"
    )
    print(f"  lag from a change to its row in {target.name}: {lag}; {elapsed:.1f} s in all")
    print(verdict.line("verification after the webhooks"))
    return verdict.ok and counts[EventStatus.PENDING] == 0 and counts[EventStatus.FAILED] == 0
