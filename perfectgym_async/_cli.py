"""The ``perfectgym`` command (also ``python -m perfectgym_async``).

* ``export``: the bulk customer export into an SQLite file or a PostgreSQL
  database (see :mod:`.export`), against the tenant named by
  ``--base-url``/``--api-key`` or ``PERFECTGYM_BASE_URL``/``PERFECTGYM_API_KEY``;
  without both it refuses to run (it never falls back to a fake tenant).
* ``demo``: the export against an embedded fake tenant with injected faults,
  from scratch, checked row by row against the tenant afterwards.
* ``fake-tenant``: serve a fake tenant until Ctrl-C.
* ``cluster``: many tenants on Celery workers into PostgreSQL (see
  :mod:`.export._cluster_cli`).
* ``webhooks serve``: keep an export current from the platform's webhooks (see
  :mod:`._cli_webhooks`); the demo follows its tenant's webhooks after the export.

Exit codes: 0 done, 1 incomplete or wrong (failed customers, a failed
verification), 2 bad input or unusable output (no tenant given, unreachable URL,
rejected key, an output that is not this tool's export or is in use, an
error writing it), 130 interrupted by Ctrl-C, 143 terminated by SIGTERM (after
either, a re-run continues where it stopped).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.metadata
import os
import signal
import sys
import threading
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TextIO

import anyio
import attrs
from anyio.abc import TaskStatus

from ._client import AsyncClient
from ._constants import DEFAULT_MAX_RETRIES
from ._ratelimit import RateLimit
from .errors import APIConnectionError, APIStatusError
from .export import (
    Exporter,
    ExportProgress,
    ExportResult,
    OutputError,
    SQLiteTarget,
    Target,
    inspect_output,
    output_target,
    tenant_identity,
)
from .export._cluster_cli import add_cluster_commands
from .testing import FakeTenant, Faults, verify_export
from .types import Timeout

__all__ = ["DEMO_FAULTS", "DEMO_RATE_LIMIT", "main"]

EXIT_OK = 0
EXIT_INCOMPLETE = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 128 + 15  # SIGTERM, as a shell reports a process it killed

DEFAULT_OUTPUT = "perfectgym-export.sqlite"

#: The documented budget (1000 requests a minute per endpoint) would stretch a
#: 1000-customer demo over minutes; the demo tenant enforces the same kind of
#: limit on a one-second scale, and the client's limiter is set to match it, so
#: the limiter paces the run. A few throttled 429s (a budget shared with other
#: integrations) exercise the server-side pause as well.
DEMO_RATE_LIMIT = RateLimit(requests=150, window=1.0)
DEMO_FAULTS = Faults(
    rate_limit=DEMO_RATE_LIMIT.requests,
    rate_limit_window=DEMO_RATE_LIMIT.window,
    throttle=0.002,
    unavailable=0.05,
    drop=0.01,
    truncate=0.005,
    methods=frozenset({"GET"}),
)
DEMO_CUSTOMERS = 1000
DEMO_SEED = 7
#: How exports of the embedded tenant name their source in the file.
EMBEDDED = "embedded fake tenant"
DEMO_TENANT = "the demo (fake) tenant"


#: What Ctrl-C surfaces as from ``anyio.run``: KeyboardInterrupt, or on Python 3.10
#: (anyio's backport of asyncio.Runner) the main task's CancelledError. Nothing else
#: cancels the main task of these commands.
_INTERRUPTED = (KeyboardInterrupt, asyncio.CancelledError)


class _BadInput(Exception):
    """A one-line message for stderr, then exit code 2."""


@attrs.define
class _Run:
    """What an interrupted run still needs to report."""

    exporter: Exporter | None = None
    #: Where the command writes; its ``redact`` masks a database password.
    target: Target | None = None
    #: Set when SIGTERM stopped the run.
    terminated: bool = False


# ------------------------------------------------------------------ output


def _enforced_limit(faults: Faults) -> RateLimit | None:
    """The fake tenant's per-endpoint limit, in the client's terms."""
    if faults.rate_limit is None:
        return None
    return RateLimit(requests=faults.rate_limit, window=faults.rate_limit_window)


def _describe_limit(limit: RateLimit | None) -> str:
    if limit is None:
        return "off"
    return f"{limit.requests} requests per {limit.window:g} s per endpoint"


class _ProgressPrinter:
    """A one-line progress bar on a terminal; otherwise a line every few seconds."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._tty = stream.isatty()
        self._interval = 0.1 if self._tty else 5.0
        self._drawn = False

    async def run(self, exporter: Exporter) -> None:
        while True:
            await anyio.sleep(self._interval)
            self._show(exporter.snapshot())

    def _show(self, progress: ExportProgress) -> None:
        total = f"{progress.listed}{'' if progress.listing_done else '+'}"
        counts = (
            f"{progress.requests} requests, {progress.retries} retries, "
            f"{progress.rate_limited} 429s, {progress.unavailable} 503s, {progress.elapsed:.1f} s"
        )
        if not self._tty:
            print(f"progress: {progress.done}/{total} customers, {counts}", file=self._stream)
            return
        share = progress.done / progress.listed if progress.listed else 0.0
        filled = int(share * 30)
        bar = "#" * filled + "." * (30 - filled)
        line = f"\r[{bar}] {progress.done}/{total} customers  {counts}\x1b[K"
        self._stream.write(line)
        self._stream.flush()
        self._drawn = True

    def finish(self) -> None:
        if self._drawn:
            self._stream.write("\r\x1b[K")
            self._stream.flush()


def _print_summary(
    result: ExportResult,
    target: Target,
    tenant: str,
    client_limit: RateLimit | None,
    tenant_limit: RateLimit | None,
) -> None:
    progress = result.progress
    rate = progress.requests / progress.elapsed if progress.elapsed > 0 else 0.0
    print(
        f"export of {progress.listed} customers from {tenant} into {result.output}: "
        f"{progress.elapsed:.1f} s"
    )
    print(
        f"  customers: {progress.exported} exported, {progress.skipped} finished earlier, "
        f"{progress.failed} failed"
    )
    print(
        f"  rows written: {progress.exported} customers, {result.transactions} transactions, "
        f"{progress.exported} balances ({_kind(target)}: {result.totals['customers']} customers, "
        f"{result.totals['transactions']} transactions)"
    )
    print(
        f"  requests: {progress.requests} ({rate:.0f}/s), retries: {progress.retries}, "
        f"429s: {progress.rate_limited}, 503s: {progress.unavailable}, "
        f"connection errors: {progress.connection_errors}"
    )
    limits = f"  rate limit: client {_describe_limit(client_limit)}"
    if tenant_limit is not None:
        limits += f"; tenant {_describe_limit(tenant_limit)}"
    print(limits)


def _kind(target: Target) -> str:
    return "file" if isinstance(target, SQLiteTarget) else "database"


# ------------------------------------------------------------------ export


async def _check_access(base_url: str, api_key: str) -> None:
    """Fail fast with one clear line when the tenant cannot be used at all."""
    # Few retries and a short connect timeout: this is a reachability check.
    async with AsyncClient(
        base_url, api_key, max_retries=1, timeout=Timeout(total=15, connect=5), rate_limit=None
    ) as probe:
        try:
            valid = await probe.validate_api_key()
        except APIConnectionError as exc:
            raise _BadInput(f"cannot reach {base_url}: {exc}") from None
        except APIStatusError as exc:
            raise _BadInput(f"the API key check at {base_url} failed: {exc}") from None
    if not valid:
        raise _BadInput(f"{base_url} rejected the API key (HTTP 401)")


async def _export(
    run: _Run,
    client: AsyncClient,
    api_key: str,
    args: argparse.Namespace,
    *,
    source: str,
    restart: bool,
    adopt: bool,
    tenant: str,
    tenant_limit: RateLimit | None,
) -> ExportResult:
    target = run.target
    assert target is not None  # set before the command runs
    exporter = Exporter(
        client,
        target,
        concurrency=args.concurrency,
        source=source,
        restart=restart,
        adopt=adopt,
    )
    # The output first (refused untouched if it is not ours, or in use), then the
    # tenant; the output is created (and claimed) only once both are usable.
    await exporter.check_output()
    await _check_access(client.base_url, api_key)
    run.exporter = exporter
    printer = _ProgressPrinter(sys.stderr)
    async with anyio.create_task_group() as group:
        group.start_soon(printer.run, exporter)
        try:
            result = await exporter.run()
        finally:
            group.cancel_scope.cancel()
            printer.finish()
    _print_summary(result, target, tenant, client.rate_limit, tenant_limit)
    return result


def _report(result: ExportResult) -> int:
    if result.listing_error is not None:
        print(f"error: {result.listing_error}; run again to continue", file=sys.stderr)
        return EXIT_INCOMPLETE
    if result.progress.failed:
        print(
            f"error: {result.progress.failed} customers failed after retries "
            f"(see the failures table in {result.output}); run again to retry them",
            file=sys.stderr,
        )
        return EXIT_INCOMPLETE
    return EXIT_OK


async def _demo(run: _Run, args: argparse.Namespace) -> int:
    source = f"{EMBEDDED} (seed {args.seed}, {args.customers} customers)"
    target = run.target
    assert target is not None  # set before the command runs
    adopt = args.fresh
    if isinstance(target, SQLiteTarget):
        found = await anyio.to_thread.run_sync(inspect_output, target.path)
        # The demo always starts over, and may replace an earlier demo of another
        # size or seed; another tenant's export only with --fresh.
        adopt = adopt or (found.source or "").startswith(EMBEDDED)
    print(
        f"demo: exporting a fake tenant ({args.customers} generated customers, seed "
        f"{args.seed}, injected faults) served on 127.0.0.1; no real tenant is contacted",
        flush=True,
    )
    async with FakeTenant(customers=args.customers, seed=args.seed, faults=DEMO_FAULTS) as tenant:
        async with AsyncClient(
            tenant.base_url,
            tenant.api_key,
            rate_limit=DEMO_RATE_LIMIT,
            max_retries=args.max_retries,
        ) as client:
            result = await _export(
                run,
                client,
                tenant.api_key,
                args,
                source=source,
                restart=True,
                adopt=adopt,
                tenant=DEMO_TENANT,
                tenant_limit=_enforced_limit(tenant.faults),
            )
        code = _report(result)
        verdict = await anyio.to_thread.run_sync(
            lambda: verify_export(target, tenant.data, tenant=source)
        )
        print(verdict.line(), flush=True)
        followed = True
        if verdict.ok and code == EXIT_OK:
            # Then the tenant changes and its webhooks keep the export current.
            from ._cli_webhooks import demo_webhooks

            followed = await demo_webhooks(
                tenant,
                target,
                source,
                seed=args.seed,
                rate_limit=DEMO_RATE_LIMIT,
                max_retries=args.max_retries,
            )
    print(
        f"that was a demo on fake data; to export your tenant, set PERFECTGYM_BASE_URL and "
        f"PERFECTGYM_API_KEY and run: perfectgym export --output {target.name}"
    )
    if not verdict.ok or not followed:
        return EXIT_INCOMPLETE
    return code


async def _export_remote(run: _Run, args: argparse.Namespace, base_url: str, key: str) -> int:
    try:
        client = AsyncClient(base_url, key, max_retries=args.max_retries)
    except (TypeError, ValueError) as exc:
        raise _BadInput(str(exc)) from None
    async with client:
        source = tenant_identity(client.base_url)
        result = await _export(
            run,
            client,
            key,
            args,
            source=source,
            restart=args.fresh,
            adopt=args.fresh,
            tenant=source,
            tenant_limit=None,
        )
    return _report(result)


def _run_export(args: argparse.Namespace) -> int:
    base_url = args.base_url or os.environ.get("PERFECTGYM_BASE_URL")
    key = args.api_key or os.environ.get("PERFECTGYM_API_KEY")
    if not base_url or not key:
        missing = " and ".join(
            name
            for name, value in (("PERFECTGYM_BASE_URL", base_url), ("PERFECTGYM_API_KEY", key))
            if not value
        )
        print(
            f"error: no tenant to export ({missing} not set): set PERFECTGYM_BASE_URL and "
            "PERFECTGYM_API_KEY (or --base-url and --api-key); to try the tool on a fake "
            "tenant, run: perfectgym demo",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    return _run(args, _export_remote, args, base_url, key)


def _run_demo(args: argparse.Namespace) -> int:
    return _run(args, _demo, args)


# ------------------------------------------------------------------ running a command


def _can_watch_sigterm() -> bool:
    # Signal handlers belong to the main thread (main() may run in another, e.g. in tests).
    return sys.platform != "win32" and threading.current_thread() is threading.main_thread()


async def _watch_sigterm(
    run: _Run,
    scope: anyio.CancelScope,
    *,
    task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED,
) -> None:
    with anyio.open_signal_receiver(signal.SIGTERM) as signals:
        task_status.started()
        async for _ in signals:
            # Stopped like Ctrl-C: fetched customers are still written, the file
            # stays resumable. A second SIGTERM (the handler is gone) kills at once.
            run.terminated = True
            scope.cancel()
            return


async def _main(run: _Run, command: Callable[..., Awaitable[int]], *args: Any) -> int:
    if not _can_watch_sigterm():
        return await command(run, *args)
    code = EXIT_TERMINATED  # unless the command returns
    async with anyio.create_task_group() as group:
        await group.start(_watch_sigterm, run, group.cancel_scope)
        code = await command(run, *args)
        group.cancel_scope.cancel()
    return code


def _leaves(exc: BaseException) -> list[BaseException]:
    """The exceptions inside (nested) exception groups, or ``exc`` itself."""
    inner = getattr(exc, "exceptions", None)
    if not isinstance(inner, tuple) or not inner:
        return [exc]
    return [leaf for child in inner for leaf in _leaves(child)]


def _stopped(run: _Run, args: argparse.Namespace) -> int:
    exporter = run.exporter
    done = exporter.snapshot().exported if exporter is not None else 0
    again = (
        "the demo starts over when run again"
        if args.command == "demo"
        else "run the same command again to continue"
    )
    what = "terminated (SIGTERM)" if run.terminated else "interrupted"
    where = run.target.name if run.target is not None else args.output
    print(
        f"\n{what}: {done} customers of this run are saved in {where}; {again}",
        file=sys.stderr,
    )
    return EXIT_TERMINATED if run.terminated else EXIT_INTERRUPTED


def _run(
    args: argparse.Namespace, command: Callable[..., Awaitable[int]], *command_args: Any
) -> int:
    """Run ``command`` on an event loop; every expected way out is one line and an exit code."""
    run = _Run(target=output_target(args.output))
    try:
        code: int = anyio.run(_main, run, command, *command_args)
    except BaseException as exc:
        # Task groups wrap what they raise in exception groups: look inside.
        leaves = _leaves(exc)
        for leaf in leaves:
            if isinstance(leaf, (_BadInput, OutputError)):
                assert run.target is not None
                print(f"error: {run.target.redact(str(leaf))}", file=sys.stderr)
                return EXIT_BAD_INPUT
        if all(isinstance(leaf, _INTERRUPTED) for leaf in leaves):
            return _stopped(run, args)
        raise
    if run.terminated:
        return _stopped(run, args)
    return code


# ------------------------------------------------------------------ fake-tenant


async def _serve(tenant: FakeTenant, address: str) -> None:
    try:
        await tenant.start()
    except OSError as exc:
        raise _BadInput(f"cannot listen on {address}: {exc.strerror or exc}") from None
    try:
        print(f"fake tenant: {tenant.base_url}")
        print(f"API key:     {tenant.api_key}")
        print(f"customers:   {len(tenant.data.customers)} (seed {tenant.seed})")
        print("press Ctrl-C to stop", flush=True)
        await anyio.sleep_forever()
    finally:
        with anyio.CancelScope(shield=True):
            await tenant.aclose()


def _run_fake_tenant(args: argparse.Namespace) -> int:
    try:
        faults = Faults(
            rate_limit=args.rate_limit,
            rate_limit_window=args.rate_window,
            throttle=args.throttle,
            unavailable=args.unavailable,
            drop=args.drop,
            truncate=args.truncate,
            latency=args.latency,
        )
        tenant = FakeTenant(
            customers=args.customers,
            seed=args.seed,
            faults=faults,
            api_key=args.api_key,
            host=args.host,
            port=args.port,
        )
    except ValueError as exc:  # an impossible fault configuration or customer count
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        anyio.run(_serve, tenant, f"{args.host}:{args.port}")
    except _BadInput as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except _INTERRUPTED:
        print("\nstopped", file=sys.stderr)
    return EXIT_OK


# ------------------------------------------------------------------ arguments


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be at least 0, got {value}")
    return value


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


class _HelpFormatter(argparse.ArgumentDefaultsHelpFormatter):
    """Shows each option's default, except where there is none to show."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if action.default is None or action.default is False:
            return action.help
        return super()._get_help_string(action)


def _version() -> str:
    try:
        return importlib.metadata.version("perfectgym_async")
    except importlib.metadata.PackageNotFoundError:  # run from a source tree
        import perfectgym_async

        return str(getattr(perfectgym_async, "__version__", "unknown"))


def _add_output_options(parser: argparse.ArgumentParser, *, concurrency: int) -> None:
    parser.add_argument(
        "--output",
        default=DEFAULT_OUTPUT,
        help="SQLite file to write (a new file, or an earlier export of the same tenant), or "
        "a PostgreSQL database: postgresql://user:password@host:port/dbname (needs the "
        "postgres extra; many tenants can share one)",
    )
    parser.add_argument(
        "--concurrency", type=_positive, default=concurrency, help="customers fetched at once"
    )
    parser.add_argument(
        "--max-retries",
        type=_non_negative,
        default=DEFAULT_MAX_RETRIES,
        help="retries per request before a customer counts as failed",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="perfectgym",
        description="Tools around the PerfectGym Next Open API SDK.",
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True)

    export = commands.add_parser(
        "export",
        help="export every customer's balance and transactions into SQLite or PostgreSQL",
        description="Export customers, balances and transactions of your tenant into an "
        "SQLite file or a PostgreSQL database. "
        "Resumable: a re-run continues where an interrupted one stopped. Needs the tenant's "
        "base URL and API key; to try it on a fake tenant, run 'perfectgym demo'.",
        formatter_class=_HelpFormatter,
    )
    export.add_argument("--base-url", help="tenant base URL (default: $PERFECTGYM_BASE_URL)")
    export.add_argument("--api-key", help="API key (default: $PERFECTGYM_API_KEY)")
    _add_output_options(export, concurrency=16)
    export.add_argument(
        "--fresh",
        action="store_true",
        help="discard this tenant's earlier progress in the output (in an SQLite file, also "
        "another tenant's export) and start over",
    )
    export.set_defaults(handler=_run_export)

    demo = commands.add_parser(
        "demo",
        help="export a fake tenant (embedded, with faults) from scratch and verify it",
        description="Run the export against an embedded fake tenant with injected faults "
        "(no real tenant is contacted), then check every row against the fake tenant.",
        formatter_class=_HelpFormatter,
    )
    _add_output_options(demo, concurrency=32)
    demo.add_argument(
        "--customers", type=int, default=DEMO_CUSTOMERS, help="customers of the fake tenant"
    )
    demo.add_argument("--seed", type=int, default=DEMO_SEED, help="seed of the fake tenant")
    demo.add_argument(
        "--fresh",
        action="store_true",
        help="may replace another tenant's export in the output file (an earlier demo is "
        "always replaced)",
    )
    demo.set_defaults(handler=_run_demo)

    fake = commands.add_parser(
        "fake-tenant",
        help="serve a fake tenant until Ctrl-C",
        description="Serve a fake tenant with generated data (and optional faults) over HTTP.",
        formatter_class=_HelpFormatter,
    )
    fake.add_argument("--host", default="127.0.0.1", help="address to listen on")
    fake.add_argument(
        "--port", type=int, default=8080, help="port to listen on; 0 picks a free one"
    )
    fake.add_argument("--customers", type=int, default=100, help="customers to generate")
    fake.add_argument("--seed", type=int, default=0, help="seed of the generated data and faults")
    fake.add_argument(
        "--api-key",
        help="API key the tenant accepts (default: derived from --seed; printed at start)",
    )
    fake.add_argument(
        "--rate-limit",
        type=_positive,
        help="requests per endpoint per window (default: no limit)",
    )
    fake.add_argument(
        "--rate-window", type=float, default=60.0, help="seconds of a rate-limit window"
    )
    fake.add_argument(
        "--throttle", type=float, default=0.0, help="probability of a 429 within the limit"
    )
    fake.add_argument("--unavailable", type=float, default=0.0, help="probability of a 503")
    fake.add_argument("--drop", type=float, default=0.0, help="probability of a dropped connection")
    fake.add_argument("--truncate", type=float, default=0.0, help="probability of a cut-off body")
    fake.add_argument("--latency", type=float, default=0.0, help="seconds added to each request")
    fake.set_defaults(handler=_run_fake_tenant)

    add_cluster_commands(commands, _HelpFormatter)
    from ._cli_webhooks import add_webhooks_command  # it builds on this module

    add_webhooks_command(commands, _HelpFormatter, DEFAULT_MAX_RETRIES)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    code: int = args.handler(args)
    return code
