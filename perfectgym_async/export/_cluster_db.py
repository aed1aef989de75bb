"""The cluster's ledger in the output database: submitted tenants, every run, the tenant lock.

Two tables next to the export's (same database, same schema):

* ``cluster_tenants``: one row per tenant name, for its latest submission:
  ``state`` (``queued``, ``running``, ``retrying``, ``finished``, ``failed``) and
  the last error;
* ``runs``: one row per delivery of an export task that reached the database:
  ``running`` while it works (``heartbeat_at`` and the counts move every few
  seconds), then ``finished``, ``retrying`` (a transient failure; Celery tries
  again later), ``failed`` (for good), ``skipped`` (a duplicate delivery of a
  tenant already exported in this submission) or ``lost`` (its worker died: set
  by the next run of the tenant, which can only start once the dead worker's
  lock is gone).

The tenant lock is a session-level advisory lock held on the ledger connection
for the whole run (``pg_try_advisory_lock(0x50470003, hashtext(tenant))``): a
second delivery of the same tenant finds it taken and comes back later, and the
lock vanishes with the connection of a worker that dies, so a redelivered task
can take over. ``export_meta`` records ``cluster_schema_version``; tables of
these names that are not ours are refused untouched.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime, timezone
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import anyio
import attrs

from ._outcomes import OutputError
from ._postgres import _META, SCHEMA, SCHEMA_LOCK_SPACE, PostgresTarget, _first_line, _psycopg
from ._store import EXPORT_FORMAT, SCHEMA_VERSION

if TYPE_CHECKING:
    import psycopg

    from ._cluster import ExportJob

__all__ = [
    "CLUSTER_LOCK_SPACE",
    "CLUSTER_SCHEMA_VERSION",
    "Ledger",
    "RunProgress",
    "TenantStatus",
]

T = TypeVar("T")

#: First key of the tenant lock a cluster task holds; the second is ``hashtext(tenant)``.
CLUSTER_LOCK_SPACE = 0x50470003
CLUSTER_SCHEMA_VERSION = "1"

TENANT_STATES = ("queued", "running", "retrying", "finished", "failed")
RUN_STATES = ("running", "finished", "retrying", "failed", "skipped", "lost")

LEDGER_DDL = {
    "cluster_tenants": [
        f"""CREATE TABLE IF NOT EXISTS cluster_tenants (
    name TEXT PRIMARY KEY,
    tenant TEXT NOT NULL,
    base_url TEXT NOT NULL,
    api_key_env TEXT NOT NULL,
    submission TEXT NOT NULL,
    submitted_at TIMESTAMPTZ NOT NULL,
    state TEXT NOT NULL CHECK (state IN ({", ".join(f"'{s}'" for s in TENANT_STATES)})),
    last_error TEXT,
    updated_at TIMESTAMPTZ NOT NULL
)"""
    ],
    "runs": [
        f"""CREATE TABLE IF NOT EXISTS runs (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    tenant TEXT NOT NULL,
    submission TEXT NOT NULL,
    task_id TEXT NOT NULL,
    worker TEXT NOT NULL,
    attempt INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ({", ".join(f"'{s}'" for s in RUN_STATES)})),
    started_at TIMESTAMPTZ NOT NULL,
    heartbeat_at TIMESTAMPTZ NOT NULL,
    ended_at TIMESTAMPTZ,
    listed INTEGER NOT NULL DEFAULT 0,
    exported INTEGER NOT NULL DEFAULT 0,
    earlier INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    requests INTEGER NOT NULL DEFAULT 0,
    error TEXT
)""",
        "CREATE INDEX IF NOT EXISTS runs_by_tenant ON runs (tenant, submission)",
    ],
}

_LOST = (
    "its worker stopped without finishing (killed or disconnected); the task was delivered again"
)


def _now() -> datetime:
    return datetime.now(timezone.utc)


@attrs.frozen
class RunProgress:
    """Counts of a run so far (from the exporter's snapshot)."""

    listed: int = 0
    exported: int = 0
    earlier: int = 0
    failed: int = 0
    requests: int = 0


@attrs.frozen
class TenantStatus:
    """One line of ``perfectgym cluster status``."""

    name: str
    tenant: str
    state: str
    submission: str
    submitted_at: datetime
    updated_at: datetime
    last_error: str | None
    #: Customers committed with their finished mark (all runs).
    done: int
    #: Customers in the failures table (still unfinished).
    failed_customers: int
    #: Customers the latest run listed (0 before a run listed any).
    listed: int
    #: Runs of the latest submission (skipped duplicate deliveries not counted), and
    #: the duplicates.
    runs: int
    skipped: int
    #: When the latest run last reported progress, and where it runs.
    heartbeat_at: datetime | None
    worker: str | None


class Ledger:
    """A connection to the output database for the cluster's bookkeeping.

    ``async with await Ledger.connect(url):``; closing it releases any tenant
    lock it holds. Every method raises :class:`OutputError` (never with a
    password) when the database fails.
    """

    def __init__(self, db: psycopg.AsyncConnection[Any], target: PostgresTarget) -> None:
        self._db = db
        self.target = target

    @classmethod
    async def connect(cls, url: str) -> Ledger:
        target = PostgresTarget(url)
        db = await target._connect()
        return cls(db, target)

    async def aclose(self) -> None:
        with anyio.CancelScope(shield=True):
            await self._db.close()

    async def __aenter__(self) -> Ledger:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _run(self, doing: str, work: Callable[[], Awaitable[T]]) -> T:
        pg = _psycopg()
        try:
            return await work()
        except pg.Error as exc:
            message = f"{doing} {self.target.name} failed: {_first_line(exc)}"
            raise OutputError(self.target.redact(message)) from None

    async def _rows(self, query: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        cursor = await self._db.execute(query, tuple(params))
        return list(await cursor.fetchall())

    # ------------------------------------------------------------------ schema

    async def ensure_schema(self) -> None:
        """Create the export's and the ledger's tables where missing; refuse what is not ours."""
        db = self._db
        target = self.target

        async def work() -> None:
            async with db.transaction():
                # The lock PostgresTarget.open takes too: one creator at a time.
                await db.execute("SELECT pg_advisory_xact_lock(%s, 0)", (SCHEMA_LOCK_SPACE,))
                existing = await target._ours(db)
                rows = await self._rows(
                    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                    "AND tablename = ANY(%s)",
                    (list(LEDGER_DDL),),
                )
                ledger = {row[0] for row in rows}
                if ledger:
                    version = None
                    if _META in existing:
                        found = await self._rows(
                            f"SELECT value FROM {_META} WHERE key = 'cluster_schema_version'"
                        )
                        version = found[0][0] if found else None
                    if version != CLUSTER_SCHEMA_VERSION:
                        raise OutputError(
                            target.redact(
                                f"refusing to touch the output database {target.name}: it has "
                                f"tables ({', '.join(sorted(ledger))}) that are not this tool's "
                                "cluster ledger (choose another database or schema)"
                            )
                        )
                for name, statements in (*SCHEMA.items(), *LEDGER_DDL.items()):
                    if name not in existing and name not in ledger:
                        for ddl in statements:
                            await db.execute(ddl)
                await db.execute(
                    f"INSERT INTO {_META} (key, value) VALUES (%s, %s), (%s, %s), (%s, %s) "
                    "ON CONFLICT (key) DO NOTHING",
                    (
                        "format",
                        EXPORT_FORMAT,
                        "schema_version",
                        SCHEMA_VERSION,
                        "cluster_schema_version",
                        CLUSTER_SCHEMA_VERSION,
                    ),
                )

        await self._run("preparing", work)

    # ------------------------------------------------------------------ submitting

    async def submit(self, submission: str, jobs: Iterable[ExportJob]) -> None:
        """Record ``jobs`` as queued under ``submission`` (replacing each name's older one)."""
        db = self._db
        at = _now()

        async def work() -> None:
            async with db.transaction():
                for job in jobs:
                    await db.execute(
                        "INSERT INTO cluster_tenants (name, tenant, base_url, api_key_env, "
                        "submission, submitted_at, state, last_error, updated_at) "
                        "VALUES (%s, %s, %s, %s, %s, %s, 'queued', NULL, %s) "
                        "ON CONFLICT (name) DO UPDATE SET tenant = excluded.tenant, "
                        "base_url = excluded.base_url, api_key_env = excluded.api_key_env, "
                        "submission = excluded.submission, submitted_at = excluded.submitted_at, "
                        "state = 'queued', last_error = NULL, updated_at = excluded.updated_at",
                        (job.name, job.tenant, job.base_url, job.api_key_env, submission, at, at),
                    )

        await self._run("writing", work)

    # ------------------------------------------------------------------ a run

    async def try_lock(self, tenant: str) -> bool:
        """Take the tenant's lock for this connection's lifetime; False if another holds it."""

        async def work() -> bool:
            rows = await self._rows(
                "SELECT pg_try_advisory_lock(%s, hashtext(%s))", (CLUSTER_LOCK_SPACE, tenant)
            )
            return bool(rows and rows[0][0])

        return await self._run("locking the tenant in", work)

    async def finished_run(self, tenant: str, submission: str) -> int | None:
        """The id of a run that finished ``tenant`` in ``submission``, if one did."""

        async def work() -> int | None:
            rows = await self._rows(
                "SELECT id FROM runs WHERE tenant = %s AND submission = %s "
                "AND state = 'finished' ORDER BY id LIMIT 1",
                (tenant, submission),
            )
            return int(rows[0][0]) if rows else None

        return await self._run("reading", work)

    async def _touch_tenant(self, job: ExportJob, state: str, error: str | None) -> None:
        """The tenant's row, if it still belongs to ``job``'s submission (or is missing)."""
        at = _now()
        await self._db.execute(
            "INSERT INTO cluster_tenants AS t (name, tenant, base_url, api_key_env, submission, "
            "submitted_at, state, last_error, updated_at) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) "
            "ON CONFLICT (name) DO UPDATE SET state = excluded.state, "
            "last_error = coalesce(excluded.last_error, t.last_error), "
            "updated_at = excluded.updated_at WHERE t.submission = excluded.submission",
            (
                job.name,
                job.tenant,
                job.base_url,
                job.api_key_env,
                job.submission,
                at,
                state,
                error,
                at,
            ),
        )

    async def record_skip(self, job: ExportJob, task_id: str, worker: str, reason: str) -> int:
        """A delivery that had nothing to do (its tenant is exported in this submission)."""
        db = self._db
        at = _now()

        async def work() -> int:
            rows = await self._rows(
                "INSERT INTO runs (name, tenant, submission, task_id, worker, attempt, state, "
                "started_at, heartbeat_at, ended_at, error) "
                "VALUES (%s, %s, %s, %s, %s, 0, 'skipped', %s, %s, %s, %s) RETURNING id",
                (job.name, job.tenant, job.submission, task_id, worker, at, at, at, reason),
            )
            return int(rows[0][0])

        async def in_transaction() -> int:
            async with db.transaction():
                return await work()

        return await self._run("writing", in_transaction)

    async def start_run(self, job: ExportJob, task_id: str, worker: str) -> tuple[int, int, int]:
        """Record a run as started; returns (run id, attempt, runs found lost).

        Call with the tenant's lock held: any run of the tenant still marked
        ``running`` then belongs to a worker that died. The first run of a
        ``refresh`` submission clears the tenant's finished marks, so every
        customer is fetched again (its rows are kept until replaced).
        """
        db = self._db
        at = _now()

        async def work() -> tuple[int, int, int]:
            async with db.transaction():
                cursor = await db.execute(
                    "UPDATE runs SET state = 'lost', ended_at = heartbeat_at, "
                    "error = coalesce(error, %s) WHERE tenant = %s AND state = 'running'",
                    (_LOST, job.tenant),
                )
                lost = cursor.rowcount
                rows = await self._rows(
                    "SELECT count(*) FROM runs WHERE tenant = %s AND submission = %s "
                    "AND state <> 'skipped'",
                    (job.tenant, job.submission),
                )
                attempt = int(rows[0][0]) + 1
                if job.refresh and attempt == 1:
                    await db.execute("DELETE FROM export_state WHERE tenant = %s", (job.tenant,))
                rows = await self._rows(
                    "INSERT INTO runs (name, tenant, submission, task_id, worker, attempt, state, "
                    "started_at, heartbeat_at) "
                    "VALUES (%s, %s, %s, %s, %s, %s, 'running', %s, %s) RETURNING id",
                    (job.name, job.tenant, job.submission, task_id, worker, attempt, at, at),
                )
                await self._touch_tenant(job, "running", None)
                return int(rows[0][0]), attempt, lost

        return await self._run("writing", work)

    async def heartbeat(self, run_id: int, progress: RunProgress) -> None:
        async def work() -> None:
            await self._db.execute(
                "UPDATE runs SET heartbeat_at = %s, listed = %s, exported = %s, earlier = %s, "
                "failed = %s, requests = %s WHERE id = %s AND state = 'running'",
                (
                    _now(),
                    progress.listed,
                    progress.exported,
                    progress.earlier,
                    progress.failed,
                    progress.requests,
                    run_id,
                ),
            )

        await self._run("writing", work)

    async def end_run(
        self,
        job: ExportJob,
        run_id: int,
        state: str,
        progress: RunProgress,
        error: str | None,
    ) -> None:
        """The run's outcome, and the tenant's: ``finished``, ``retrying`` or ``failed``."""
        if state not in ("finished", "retrying", "failed"):
            raise ValueError(f"a run ends finished, retrying or failed, not {state}")
        db = self._db
        at = _now()

        async def work() -> None:
            async with db.transaction():
                await db.execute(
                    "UPDATE runs SET state = %s, ended_at = %s, heartbeat_at = %s, listed = %s, "
                    "exported = %s, earlier = %s, failed = %s, requests = %s, error = %s "
                    "WHERE id = %s",
                    (
                        state,
                        at,
                        at,
                        progress.listed,
                        progress.exported,
                        progress.earlier,
                        progress.failed,
                        progress.requests,
                        error,
                        run_id,
                    ),
                )
                await self._touch_tenant(job, state, error)

        await self._run("writing", work)

    async def failure_sample(self, tenant: str) -> str | None:
        """One recorded customer failure of ``tenant``, as ``customer N: error``."""

        async def work() -> str | None:
            rows = await self._rows(
                "SELECT customer_id, error FROM failures WHERE tenant = %s "
                "ORDER BY at DESC, customer_id LIMIT 1",
                (tenant,),
            )
            return f"customer {rows[0][0]}: {rows[0][1]}" if rows else None

        return await self._run("reading", work)

    # ------------------------------------------------------------------ status

    async def has_ledger(self) -> bool:
        """Whether the ledger's tables are there (something was submitted)."""

        async def work() -> bool:
            rows = await self._rows(
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                "AND tablename = ANY(%s)",
                (list(LEDGER_DDL),),
            )
            return int(rows[0][0]) == len(LEDGER_DDL)

        return await self._run("reading", work)

    async def status(self) -> list[TenantStatus]:
        """Every submitted tenant, by name."""

        async def work() -> list[TenantStatus]:
            rows = await self._rows(
                """
SELECT t.name, t.tenant, t.state, t.submission, t.submitted_at, t.updated_at, t.last_error,
       (SELECT count(*) FROM export_state e WHERE e.tenant = t.tenant),
       (SELECT count(*) FROM failures f WHERE f.tenant = t.tenant),
       coalesce(latest.listed, 0), counted.runs, counted.skipped,
       latest.heartbeat_at, latest.worker
FROM cluster_tenants t
LEFT JOIN LATERAL (
    SELECT listed, heartbeat_at, worker FROM runs r
    WHERE r.tenant = t.tenant AND r.submission = t.submission AND r.state <> 'skipped'
    ORDER BY r.id DESC LIMIT 1
) latest ON true
LEFT JOIN LATERAL (
    SELECT count(*) FILTER (WHERE r.state <> 'skipped') AS runs,
           count(*) FILTER (WHERE r.state = 'skipped') AS skipped
    FROM runs r WHERE r.tenant = t.tenant AND r.submission = t.submission
) counted ON true
ORDER BY t.name
"""
            )
            return [
                TenantStatus(
                    name=row[0],
                    tenant=row[1],
                    state=row[2],
                    submission=row[3],
                    submitted_at=row[4],
                    updated_at=row[5],
                    last_error=row[6],
                    done=int(row[7]),
                    failed_customers=int(row[8]),
                    listed=int(row[9]),
                    runs=int(row[10]),
                    skipped=int(row[11]),
                    heartbeat_at=row[12],
                    worker=row[13],
                )
                for row in rows
            ]

        return await self._run("reading", work)

    async def runs(self, tenant: str | None = None) -> list[dict[str, Any]]:
        """Every run (of ``tenant``), oldest first, as column -> value."""
        columns = (
            "id, name, tenant, submission, task_id, worker, attempt, state, started_at, "
            "heartbeat_at, ended_at, listed, exported, earlier, failed, requests, error"
        )
        names = [c.strip() for c in columns.split(",")]

        async def work() -> list[dict[str, Any]]:
            if tenant is None:
                rows = await self._rows(f"SELECT {columns} FROM runs ORDER BY id")
            else:
                rows = await self._rows(
                    f"SELECT {columns} FROM runs WHERE tenant = %s ORDER BY id", (tenant,)
                )
            return [dict(zip(names, row, strict=True)) for row in rows]

        return await self._run("reading", work)
