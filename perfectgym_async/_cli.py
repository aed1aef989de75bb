"""The ``perfectgym`` command (also ``python -m perfectgym_async``).

* ``export``: the bulk customer export into SQLite (see :mod:`._export`), against
  the tenant named by ``--base-url``/``--api-key`` or ``PERFECTGYM_BASE_URL``/
  ``PERFECTGYM_API_KEY``; with neither, against an embedded fake tenant with
  injected faults, checked row by row against the tenant afterwards.
* ``demo``: ``export`` against the embedded tenant, from scratch, with defaults.
* ``fake-tenant``: serve a fake tenant until Ctrl-C.

Exit codes: 0 done, 1 incomplete or wrong (failed customers, a failed
verification), 2 bad input (unreachable URL, rejected key, unusable output
file), 130 interrupted (a re-run continues where it stopped).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

import anyio
import attrs

from ._client import AsyncClient
from ._constants import DEFAULT_MAX_RETRIES
from ._export import (
    Exporter,
    ExportError,
    ExportProgress,
    ExportResult,
    OutputError,
    recorded_source,
)
from ._ratelimit import RateLimit
from .errors import APIConnectionError, APIStatusError
from .testing import FakeTenant, Faults, verify_export
from .types import Timeout

__all__ = ["DEMO_FAULTS", "DEMO_RATE_LIMIT", "main"]

EXIT_OK = 0
EXIT_INCOMPLETE = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130

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
    result: ExportResult, client_limit: RateLimit | None, tenant_limit: RateLimit | None
) -> None:
    progress = result.progress
    rate = progress.requests / progress.elapsed if progress.elapsed > 0 else 0.0
    print(f"export of {progress.listed} customers into {result.output}: {progress.elapsed:.1f} s")
    print(
        f"  customers: {progress.exported} exported, {progress.skipped} finished earlier, "
        f"{progress.failed} failed"
    )
    print(
        f"  rows written: {progress.exported} customers, {result.transactions} transactions, "
        f"{progress.exported} balances (file: {result.totals['customers']} customers, "
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
    tenant_limit: RateLimit | None,
) -> ExportResult:
    exporter = Exporter(
        client,
        args.output,
        concurrency=args.concurrency,
        source=source,
        restart=restart,
        adopt=adopt,
    )
    try:
        await exporter.open()
    except OutputError as exc:
        raise _BadInput(str(exc)) from None
    try:
        await _check_access(client.base_url, api_key)
    except BaseException:
        await exporter.aclose()
        raise
    run.exporter = exporter
    printer = _ProgressPrinter(sys.stderr)
    async with anyio.create_task_group() as group:
        group.start_soon(printer.run, exporter)
        try:
            result = await exporter.run()
        finally:
            group.cancel_scope.cancel()
            printer.finish()
    _print_summary(result, client.rate_limit, tenant_limit)
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


async def _export_embedded(run: _Run, args: argparse.Namespace, demo: bool) -> int:
    source = f"{EMBEDDED} (seed {args.seed}, {args.customers} customers)"
    previous = await anyio.to_thread.run_sync(recorded_source, args.output)
    # The demo always starts over, and may replace an earlier demo of another
    # size or seed; a plain export resumes an earlier run of the same tenant.
    restart = demo or args.fresh
    adopt = args.fresh or (demo and (previous or "").startswith(EMBEDDED))
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
                restart=restart,
                adopt=adopt,
                tenant_limit=_enforced_limit(tenant.faults),
            )
        code = _report(result)
        verdict = await anyio.to_thread.run_sync(verify_export, result.output, tenant.data)
    print(verdict.line())
    if not verdict.ok:
        return EXIT_INCOMPLETE
    return code


async def _export_remote(run: _Run, args: argparse.Namespace, base_url: str, key: str) -> int:
    try:
        client = AsyncClient(base_url, key, max_retries=args.max_retries)
    except (TypeError, ValueError) as exc:
        raise _BadInput(str(exc)) from None
    async with client:
        result = await _export(
            run,
            client,
            key,
            args,
            source=client.base_url,
            restart=args.fresh,
            adopt=args.fresh,
            tenant_limit=None,
        )
    return _report(result)


def _run_export(args: argparse.Namespace, *, demo: bool) -> int:
    base_url = None if demo else (args.base_url or os.environ.get("PERFECTGYM_BASE_URL"))
    key = None if demo else (args.api_key or os.environ.get("PERFECTGYM_API_KEY"))
    run = _Run()
    try:
        if bool(base_url) != bool(key):
            raise _BadInput(
                "give both the base URL and the API key (--base-url/--api-key or "
                "PERFECTGYM_BASE_URL/PERFECTGYM_API_KEY), or neither for the embedded demo tenant"
            )
        if base_url and key:
            return anyio.run(_export_remote, run, args, base_url, key)
        return anyio.run(_export_embedded, run, args, demo)
    except _BadInput as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ExportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INCOMPLETE
    except _INTERRUPTED:
        exporter = run.exporter
        done = exporter.snapshot().exported if exporter is not None else 0
        print(
            f"\ninterrupted: {done} customers of this run are saved in {args.output}; "
            "run the same command again to continue",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED


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
            customers=args.customers, seed=args.seed, faults=faults, host=args.host, port=args.port
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


def _add_export_options(parser: argparse.ArgumentParser, *, concurrency: int) -> None:
    parser.add_argument(
        "--output", type=Path, default=Path(DEFAULT_OUTPUT), help="SQLite file to write"
    )
    parser.add_argument(
        "--concurrency", type=_positive, default=concurrency, help="customers fetched at once"
    )
    parser.add_argument(
        "--customers",
        type=int,
        default=DEMO_CUSTOMERS,
        help="customers of the embedded tenant (when no base URL is given)",
    )
    parser.add_argument("--seed", type=int, default=DEMO_SEED, help="seed of the embedded tenant")
    parser.add_argument(
        "--fresh", action="store_true", help="discard what the output file holds and start over"
    )
    parser.add_argument(
        "--max-retries",
        type=_non_negative,
        default=DEFAULT_MAX_RETRIES,
        help="retries per request before a customer counts as failed",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="perfectgym", description="Tools around the PerfectGym Next Open API SDK."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    export = commands.add_parser(
        "export",
        help="export every customer's balance and transactions into SQLite",
        description="Export customers, balances and transactions into SQLite. Resumable: "
        "a re-run continues where an interrupted one stopped. Without a base URL and key "
        "it runs against an embedded fake tenant and verifies the result.",
    )
    export.add_argument("--base-url", help="tenant base URL (default: $PERFECTGYM_BASE_URL)")
    export.add_argument("--api-key", help="API key (default: $PERFECTGYM_API_KEY)")
    _add_export_options(export, concurrency=16)
    export.set_defaults(handler=lambda args: _run_export(args, demo=False))

    demo = commands.add_parser(
        "demo",
        help="export the embedded fake tenant (with faults) from scratch and verify it",
    )
    _add_export_options(demo, concurrency=32)
    demo.set_defaults(handler=lambda args: _run_export(args, demo=True))

    fake = commands.add_parser("fake-tenant", help="serve a fake tenant until Ctrl-C")
    fake.add_argument("--host", default="127.0.0.1")
    fake.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    fake.add_argument("--customers", type=int, default=100)
    fake.add_argument("--seed", type=int, default=0)
    fake.add_argument("--rate-limit", type=_positive, help="requests per endpoint per window")
    fake.add_argument("--rate-window", type=float, default=60.0, help="seconds")
    fake.add_argument(
        "--throttle", type=float, default=0.0, help="probability of a 429 within the limit"
    )
    fake.add_argument("--unavailable", type=float, default=0.0, help="probability of a 503")
    fake.add_argument("--drop", type=float, default=0.0, help="probability of a dropped connection")
    fake.add_argument("--truncate", type=float, default=0.0, help="probability of a cut-off body")
    fake.add_argument("--latency", type=float, default=0.0, help="seconds added to each request")
    fake.set_defaults(handler=_run_fake_tenant)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    code: int = args.handler(args)
    return code
