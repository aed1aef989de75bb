"""The durable log of received webhook events: one SQLite file, one owner, one writer.

An event is recorded (and committed with ``synchronous=FULL``, so it survives a crash or a
power cut) before the receiver answers 200, keyed by its ``uuid`` so a redelivery is
counted, not stored twice. Each row then carries the event's processing state:

* ``pending``: recorded, not yet processed, or waiting for a retry (``next_attempt_at``);
* ``applied``: the handler processed it;
* ``recorded_only``: the handler took it without applying anything;
* ``failed``: the handler failed every attempt (or said so); ``error`` keeps why.

The log knows nothing about the event models: it stores the body exactly as it was
received and the few columns it schedules and reports by. One process owns the file:
the connection holds SQLite's exclusive lock from :meth:`EventLog.open` to
:meth:`EventLog.close` (a second owner gets :class:`EventLogInUseError`), and every
statement runs on a worker thread, one at a time, off the event loop.

Schema (``webhook_log_meta`` holds ``format`` and ``schema_version``)::

    webhook_events(
        id INTEGER PRIMARY KEY,           -- arrival order
        uuid TEXT NOT NULL UNIQUE,        -- canonical lower-case form
        entity_id INTEGER NOT NULL,
        event_types TEXT NOT NULL,        -- JSON array of the payload's types
        body BLOB NOT NULL,               -- the request body as received
        status TEXT NOT NULL,             -- pending | applied | recorded_only | failed
        attempts INTEGER NOT NULL,        -- handler calls that ended (ok or not)
        deliveries INTEGER NOT NULL,      -- times the platform delivered this uuid
        received_at TEXT NOT NULL,        -- ISO 8601, UTC
        last_delivery_at TEXT NOT NULL,
        next_attempt_at REAL,             -- Unix seconds; set while pending
        finished_at TEXT,                 -- when it left pending
        error TEXT,                       -- last failure (kept after a later success)
        detail TEXT)                      -- the outcome's note
"""

from __future__ import annotations

import contextlib
import enum
import json
import os
import sqlite3
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

import anyio
import attrs

from .errors import PerfectGymError

__all__ = [
    "LOG_FORMAT",
    "SCHEMA_VERSION",
    "EventLog",
    "EventLogError",
    "EventLogInUseError",
    "EventStatus",
    "LoggedEvent",
]

T = TypeVar("T")

LOG_FORMAT = "perfectgym_async webhook log"
SCHEMA_VERSION = "1"
_SQLITE_MAGIC = b"SQLite format 3\x00"

_SCHEMA = (
    """
    CREATE TABLE IF NOT EXISTS webhook_log_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS webhook_events (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        entity_id INTEGER NOT NULL,
        event_types TEXT NOT NULL,
        body BLOB NOT NULL,
        status TEXT NOT NULL
            CHECK (status IN ('pending', 'applied', 'recorded_only', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        deliveries INTEGER NOT NULL DEFAULT 1,
        received_at TEXT NOT NULL,
        last_delivery_at TEXT NOT NULL,
        next_attempt_at REAL,
        finished_at TEXT,
        error TEXT,
        detail TEXT
    )
    """,
    """
    CREATE INDEX IF NOT EXISTS webhook_events_due
        ON webhook_events (next_attempt_at) WHERE status = 'pending'
    """,
    # For settle(): an entity's pending events. An index only, so the format (and the
    # schema version) stays the same; a log written before it gets it on open.
    """
    CREATE INDEX IF NOT EXISTS webhook_events_pending_entity
        ON webhook_events (entity_id, id) WHERE status = 'pending'
    """,
)

_COLUMNS = (
    "uuid, entity_id, event_types, body, status, attempts, deliveries, received_at, "
    "last_delivery_at, next_attempt_at, finished_at, error, detail"
)


class EventLogError(PerfectGymError):
    """The event log file cannot be opened, is not an event log, or a write failed."""


class EventLogInUseError(EventLogError):
    """Another receiver (in this process or another) owns the event log file."""


class EventStatus(str, enum.Enum):
    """Where an event is in its processing."""

    PENDING = "pending"
    """Recorded; not processed yet, or waiting for its next attempt."""
    APPLIED = "applied"
    """The handler processed it."""
    RECORDED_ONLY = "recorded_only"
    """The handler took it without applying anything (it said so)."""
    FAILED = "failed"
    """Every attempt failed, or the handler said it cannot be applied; ``error`` says why."""

    def __str__(self) -> str:
        return self.value


def _utc_text(value: datetime) -> str:
    return value.astimezone(timezone.utc).isoformat(timespec="milliseconds")


def _utc_datetime(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _utc_from_seconds(seconds: float | None) -> datetime | None:
    return None if seconds is None else datetime.fromtimestamp(seconds, timezone.utc)


@attrs.frozen(kw_only=True)
class LoggedEvent:
    """One row of the log: the event as received and how its processing went."""

    uuid: str
    entity_id: int
    event_types: tuple[str, ...]
    status: EventStatus
    #: Handler calls that ended (successfully or not).
    attempts: int
    #: How many times the platform delivered this uuid (1 unless it redelivered).
    deliveries: int
    received_at: datetime
    last_delivery_at: datetime
    #: When the next attempt is due; ``None`` once the event left ``pending``.
    next_attempt_at: datetime | None
    finished_at: datetime | None
    #: The last failure's text (an exception's type and message).
    error: str | None
    #: The outcome's note, when the handler gave one.
    detail: str | None
    #: The request body exactly as received (re-read it with ``webhooks.parse_payload``).
    body: bytes = attrs.field(repr=False)

    @classmethod
    def _from_row(cls, row: Sequence[Any]) -> LoggedEvent:
        (
            uuid,
            entity_id,
            event_types,
            body,
            status,
            attempts,
            deliveries,
            received_at,
            last_delivery_at,
            next_attempt_at,
            finished_at,
            error,
            detail,
        ) = row
        received = _utc_datetime(received_at)
        last_delivery = _utc_datetime(last_delivery_at)
        assert received is not None and last_delivery is not None
        return cls(
            uuid=uuid,
            entity_id=entity_id,
            event_types=tuple(json.loads(event_types)),
            status=EventStatus(status),
            attempts=attempts,
            deliveries=deliveries,
            received_at=received,
            last_delivery_at=last_delivery,
            next_attempt_at=_utc_from_seconds(next_attempt_at),
            finished_at=_utc_datetime(finished_at),
            error=error,
            detail=detail,
            body=bytes(body),
        )


@attrs.define
class _Recording:
    """One event waiting in :meth:`EventLog.record` for the commit of its batch."""

    values: tuple[str, int, str, bytes]
    done: bool = False
    inserted: bool = False
    error: EventLogError | None = None


def _record_batch(
    db: sqlite3.Connection, batch: Sequence[tuple[str, int, str, bytes]]
) -> list[bool]:
    """Insert events (a known uuid counts a delivery) in one transaction; new or not, each."""
    now = datetime.now(timezone.utc)
    stamp = _utc_text(now)
    inserted: list[bool] = []
    db.execute("BEGIN IMMEDIATE")
    for uuid, entity_id, types_json, body in batch:
        new = (
            db.execute(
                "INSERT INTO webhook_events (uuid, entity_id, event_types, body, status, "
                "received_at, last_delivery_at, next_attempt_at) "
                "VALUES (?, ?, ?, ?, 'pending', ?, ?, ?) ON CONFLICT (uuid) DO NOTHING",
                (uuid, entity_id, types_json, body, stamp, stamp, now.timestamp()),
            ).rowcount
            == 1
        )
        if not new:
            db.execute(
                "UPDATE webhook_events SET deliveries = deliveries + 1, "
                "last_delivery_at = ? WHERE uuid = ?",
                (stamp, uuid),
            )
        inserted.append(new)
    db.execute("COMMIT")
    return inserted


def _is_busy(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", None)  # Python 3.11+
    return name in ("SQLITE_BUSY", "SQLITE_LOCKED") or "database is locked" in str(exc)


def _check_file(path: Path) -> None:
    """Refuse, untouched, a file that is not SQLite (a missing or empty file is created)."""
    try:
        with open(path, "rb") as file:
            header = file.read(len(_SQLITE_MAGIC))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise EventLogError(f"cannot open the event log {path}: {exc}") from None
    if header and header != _SQLITE_MAGIC:
        raise EventLogError(f"{path} is not a webhook event log (not an SQLite database)")


def _connect(path: Path) -> sqlite3.Connection:
    _check_file(path)
    try:
        db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=0)
    except sqlite3.Error as exc:
        raise EventLogError(f"cannot open the event log {path}: {exc}") from None
    try:
        # Kept until close: the first access takes the lock and never gives it up, so
        # one receiver owns the file (and WAL needs no shared-memory file).
        db.execute("PRAGMA locking_mode=EXCLUSIVE")
        db.execute("BEGIN EXCLUSIVE")
        try:
            _check_tables(db, path)
        finally:
            db.execute("COMMIT")
        db.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit is on disk before the receiver answers 200, power cut included.
        db.execute("PRAGMA synchronous=FULL")
        db.execute("BEGIN IMMEDIATE")
        for statement in _SCHEMA:
            db.execute(statement)
        db.executemany(
            "INSERT INTO webhook_log_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [("format", LOG_FORMAT), ("schema_version", SCHEMA_VERSION)],
        )
        db.execute("COMMIT")
    except BaseException as exc:
        db.close()
        if isinstance(exc, sqlite3.Error):
            if _is_busy(exc):
                raise EventLogInUseError(
                    f"the event log {path} is in use by another receiver (or another program)"
                ) from None
            raise EventLogError(f"cannot open the event log {path}: {exc}") from None
        raise
    return db


def _check_tables(db: sqlite3.Connection, path: Path) -> None:
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return
    if "webhook_log_meta" in tables and "webhook_events" in tables:
        meta = dict(db.execute("SELECT key, value FROM webhook_log_meta").fetchall())
        if meta.get("format") == LOG_FORMAT:
            if meta.get("schema_version") == SCHEMA_VERSION:
                return
            raise EventLogError(
                f"the event log {path} has schema version {meta.get('schema_version')!r}; "
                f"this version of perfectgym_async reads version {SCHEMA_VERSION}"
            )
    raise EventLogError(f"{path} is an SQLite database but not a webhook event log")


class EventLog:
    """The SQLite file behind a webhook receiver (see the module docstring for the schema).

    Open it with ``await log.open()`` (or ``async with log:``); a receiver given a path
    or an unopened log opens and closes it itself. Every method is a coroutine whose
    SQLite work runs on a worker thread, one statement batch at a time.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._db: sqlite3.Connection | None = None
        self._limiter: anyio.CapacityLimiter | None = None
        self._record_lock: anyio.Lock | None = None
        self._recordings: list[_Recording] = []
        #: How many :meth:`settle` calls finished events, in this process: a receiver's
        #: worker reads its batch again when this moves, so it never hands a handler an
        #: event that another event's handler settled meanwhile.
        self.settles = 0

    def __repr__(self) -> str:
        state = "open" if self._db is not None else "closed"
        return f"<EventLog {str(self.path)!r} {state}>"

    @property
    def is_open(self) -> bool:
        return self._db is not None

    async def open(self) -> None:
        """Create the file (or check that it is an event log) and take ownership of it."""
        if self._db is not None:
            raise EventLogError(f"the event log {self.path} is already open")
        self._limiter = anyio.CapacityLimiter(1)
        self._record_lock = anyio.Lock()
        self._db = await anyio.to_thread.run_sync(_connect, self.path, limiter=self._limiter)

    async def close(self) -> None:
        """Release the file; waits for a statement still running. Closing twice is fine."""
        db, limiter = self._db, self._limiter
        if db is None or limiter is None:
            return
        self._db = None
        await anyio.to_thread.run_sync(db.close, limiter=limiter)

    async def __aenter__(self) -> EventLog:
        await self.open()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        db, limiter = self._db, self._limiter
        if db is None or limiter is None:
            raise EventLogError(f"the event log {self.path} is not open")

        def run() -> T:
            try:
                return work(db)
            except sqlite3.Error as exc:
                if db.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        db.execute("ROLLBACK")
                raise EventLogError(f"event log {self.path}: {exc}") from None

        return await anyio.to_thread.run_sync(run, limiter=limiter)

    # ------------------------------------------------------------------ writing

    async def record(
        self, *, uuid: str, entity_id: int, event_types: Sequence[str], body: bytes
    ) -> bool:
        """Store a received event durably; False (and a delivery counted) for a known uuid.

        Events recorded at the same time share one transaction, so one sync to disk
        (group commit): each call returns once its own event is committed.
        """
        entry = _Recording((uuid, entity_id, json.dumps(list(event_types)), body))
        lock = self._record_lock
        if lock is None:
            raise EventLogError(f"the event log {self.path} is not open")
        self._recordings.append(entry)
        async with lock:
            if not entry.done:  # not committed by the batch of an earlier call
                batch, self._recordings = self._recordings, []
                # Shielded: once taken off the queue, every event of the batch gets its
                # answer, even if the call writing it is cancelled meanwhile.
                with anyio.CancelScope(shield=True):
                    try:
                        results = await self._run(
                            lambda db: _record_batch(db, [item.values for item in batch])
                        )
                    except EventLogError as exc:
                        for item in batch:
                            item.done, item.error = True, exc
                    else:
                        for item, inserted in zip(batch, results, strict=True):
                            item.done, item.inserted = True, inserted
        if entry.error is not None:
            raise EventLogError(str(entry.error)) from None
        return entry.inserted

    async def finish(
        self,
        uuid: str,
        status: EventStatus,
        *,
        detail: str | None = None,
        error: str | None = None,
        attempted: bool = True,
    ) -> None:
        """Mark a pending event applied, recorded-only or failed (it leaves ``pending``)."""
        if status is EventStatus.PENDING:
            raise ValueError("finish() takes a final status, not pending")

        def write(db: sqlite3.Connection) -> None:
            db.execute(
                "UPDATE webhook_events SET status = ?, attempts = attempts + ?, "
                "next_attempt_at = NULL, finished_at = ?, detail = ?, "
                "error = COALESCE(?, error) WHERE uuid = ?",
                (
                    status.value,
                    int(attempted),
                    _utc_text(datetime.now(timezone.utc)),
                    detail,
                    error,
                    uuid,
                ),
            )

        await self._run(write)

    async def reschedule(self, uuid: str, *, error: str, retry_at: datetime) -> None:
        """Count a failed attempt and keep the event pending until ``retry_at``."""

        def write(db: sqlite3.Connection) -> None:
            db.execute(
                "UPDATE webhook_events SET attempts = attempts + 1, error = ?, "
                "next_attempt_at = ? WHERE uuid = ? AND status = 'pending'",
                (error, retry_at.timestamp(), uuid),
            )

        await self._run(write)

    async def retry_failed(self, uuid: str | None = None) -> int:
        """Put failed events (one, or all) back to pending with their attempts reset."""

        def write(db: sqlite3.Connection) -> int:
            query = (
                "UPDATE webhook_events SET status = 'pending', attempts = 0, "
                "next_attempt_at = ?, finished_at = NULL WHERE status = 'failed'"
            )
            now = datetime.now(timezone.utc).timestamp()
            if uuid is None:
                return db.execute(query, (now,)).rowcount
            return db.execute(query + " AND uuid = ?", (now, uuid.lower())).rowcount

        return await self._run(write)

    async def settle(
        self,
        outcomes: Mapping[int, tuple[EventStatus, str | None]],
        *,
        event_types: Collection[str],
        through: int,
        exclude: str | None = None,
    ) -> int:
        """Finish other pending events that one piece of processing covered.

        For each ``entity_id -> (status, detail)`` of ``outcomes``: every pending event of
        that entity that arrived up to ``through`` (a :meth:`last_id` taken before the
        work began) and has a type in ``event_types`` gets ``status`` and ``detail`` (a
        failed one ``detail`` as its error too), in one transaction, without counting an
        attempt. ``exclude`` (a uuid: the event being handled) stays pending. Returns how
        many events were finished. E.g. one fetch of a customer answers every
        notification about that customer received before the fetch began.
        """
        wanted = frozenset(event_types)
        if any(status is EventStatus.PENDING for status, _ in outcomes.values()):
            raise ValueError("settle() takes final statuses, not pending")

        def write(db: sqlite3.Connection) -> int:
            finished_at = _utc_text(datetime.now(timezone.utc))
            db.execute("BEGIN IMMEDIATE")
            count = 0
            for entity_id, (status, detail) in outcomes.items():
                rows = db.execute(
                    "SELECT id, uuid, event_types FROM webhook_events "
                    "WHERE status = 'pending' AND entity_id = ? AND id <= ?",
                    (entity_id, through),
                ).fetchall()
                ids = [
                    row_id
                    for row_id, uuid, types in rows
                    if uuid != exclude and wanted.intersection(json.loads(types))
                ]
                error = detail if status is EventStatus.FAILED else None
                db.executemany(
                    "UPDATE webhook_events SET status = ?, next_attempt_at = NULL, "
                    "finished_at = ?, detail = ?, error = COALESCE(?, error) WHERE id = ?",
                    [(status.value, finished_at, detail, error, row_id) for row_id in ids],
                )
                count += len(ids)
            db.execute("COMMIT")
            return count

        count = await self._run(write)
        if count:
            self.settles += 1
        return count

    # ------------------------------------------------------------------ reading

    async def get(self, uuid: str) -> LoggedEvent | None:
        """The event with this uuid (any case), or None."""

        def read(db: sqlite3.Connection) -> LoggedEvent | None:
            row = db.execute(
                f"SELECT {_COLUMNS} FROM webhook_events WHERE uuid = ?", (uuid.lower(),)
            ).fetchone()
            return None if row is None else LoggedEvent._from_row(row)

        return await self._run(read)

    async def events(
        self, *, status: EventStatus | str | None = None, limit: int | None = None
    ) -> list[LoggedEvent]:
        """Events in arrival order, optionally only those with ``status``."""
        where = ""
        params: list[Any] = []
        if status is not None:
            where = " WHERE status = ?"
            params.append(EventStatus(status).value)
        query = f"SELECT {_COLUMNS} FROM webhook_events{where} ORDER BY id"
        if limit is not None:
            query += " LIMIT ?"
            params.append(int(limit))

        def read(db: sqlite3.Connection) -> list[LoggedEvent]:
            return [LoggedEvent._from_row(row) for row in db.execute(query, params)]

        return await self._run(read)

    async def counts(self) -> dict[EventStatus, int]:
        """How many events are in each status (every status present, zero included)."""

        def read(db: sqlite3.Connection) -> dict[EventStatus, int]:
            found = dict(db.execute("SELECT status, COUNT(*) FROM webhook_events GROUP BY status"))
            return {status: found.get(status.value, 0) for status in EventStatus}

        return await self._run(read)

    async def due(self, now: datetime, *, limit: int) -> list[LoggedEvent]:
        """Pending events whose next attempt is due at ``now``, in arrival order."""

        def read(db: sqlite3.Connection) -> list[LoggedEvent]:
            rows = db.execute(
                f"SELECT {_COLUMNS} FROM webhook_events WHERE status = 'pending' "
                "AND next_attempt_at <= ? ORDER BY id LIMIT ?",
                (now.timestamp(), limit),
            )
            return [LoggedEvent._from_row(row) for row in rows]

        return await self._run(read)

    async def last_id(self) -> int:
        """The arrival number of the newest event (0 when empty): a mark for :meth:`settle`."""

        def read(db: sqlite3.Connection) -> int:
            row = db.execute("SELECT MAX(id) FROM webhook_events").fetchone()
            return int(row[0] or 0)

        return await self._run(read)

    async def pending_entities(
        self,
        event_types: Collection[str],
        now: datetime,
        *,
        through: int,
        limit: int,
        exclude: Collection[int] = (),
    ) -> dict[int, set[str]]:
        """Up to ``limit`` entities with pending events due at ``now`` that arrived up to
        ``through`` and have a type in ``event_types``, in arrival order, each with the
        types seen (entities in ``exclude`` left out): work a handler may take on ahead."""
        wanted = frozenset(event_types)
        skip = frozenset(exclude)

        def read(db: sqlite3.Connection) -> dict[int, set[str]]:
            found: dict[int, set[str]] = {}
            rows = db.execute(
                "SELECT entity_id, event_types FROM webhook_events WHERE status = 'pending' "
                "AND next_attempt_at <= ? AND id <= ? ORDER BY id",
                (now.timestamp(), through),
            )
            for entity_id, types_json in rows:
                if entity_id in skip:
                    continue
                types = wanted.intersection(json.loads(types_json))
                if not types:
                    continue
                if entity_id not in found:
                    if len(found) >= limit:
                        break
                    found[entity_id] = set()
                found[entity_id] |= types
            return found

        return await self._run(read)

    async def next_due(self) -> datetime | None:
        """When the earliest pending event is due, or None when nothing is pending."""

        def read(db: sqlite3.Connection) -> float | None:
            row = db.execute(
                "SELECT MIN(next_attempt_at) FROM webhook_events WHERE status = 'pending'"
            ).fetchone()
            return None if row is None else row[0]

        return _utc_from_seconds(await self._run(read))
