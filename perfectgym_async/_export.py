"""The bulk customer export: every customer's balance and transactions into SQLite.

``Exporter`` walks the customer list, fetches each customer's account balance
and past and upcoming transactions with bounded concurrency, and writes the
results through one writer (off the event loop) into an SQLite file:

* one table per kind (``customers``, ``account_balances``, ``transactions``),
  upserted on the API's ids;
* ``export_state`` marks finished customers. A customer's rows and its mark
  are committed in the same transaction, so an interrupted run leaves no
  half-written customer, and a re-run skips every finished one;
* ``failures`` holds every customer that still failed after the SDK's
  retries, with the error; nothing is dropped silently.

Request, retry, 429 and 503 counts come from the SDK's own DEBUG log records
(one per attempt), so they count what the transport really did.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import anyio
import attrs
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from . import _constants, models
from ._client import AsyncClient
from ._serde import dumps, unstructure
from .errors import PerfectGymError
from .types import format_datetime

__all__ = [
    "SCHEMA_VERSION",
    "ExportError",
    "ExportProgress",
    "ExportResult",
    "Exporter",
    "OutputError",
    "RequestStats",
    "amount_text",
    "recorded_source",
]

T = TypeVar("T")

SCHEMA_VERSION = "1"

#: Largest slices the API allows: fewer requests for the same rows.
CUSTOMER_SLICE = 500
TRANSACTION_SLICE = 50

_SCHEMA = """
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

_TABLES = ("customers", "account_balances", "transactions", "failures", "export_state")


class ExportError(Exception):
    """The export cannot go on; the message is meant for the user as is."""


class OutputError(ExportError):
    """The output file cannot be opened, created or used."""


def amount_text(value: Decimal | None) -> str | None:
    """A money amount as exact decimal text (never exponent notation)."""
    return None if value is None else format(value, "f")


def _now_text() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# ------------------------------------------------------------------ outcomes


@attrs.frozen
class _Finished:
    customer: models.Customer
    balance: models.CustomerAccountBalance
    past: list[models.BookingEntry]
    upcoming: list[models.BookingEntry]


@attrs.frozen
class _Failed:
    customer_id: int
    error: str


_Outcome = _Finished | _Failed


# ------------------------------------------------------------------ the SQLite file


class _Store:
    """The export file. Used by one writer at a time, from worker threads."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    @classmethod
    def open(cls, path: Path, source: str, *, restart: bool, adopt: bool) -> _Store:
        """Open or create the file for ``source``.

        An existing export of another source is refused unless ``adopt`` (then
        it is cleared); ``restart`` clears the previous progress of this source.
        """
        try:
            connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        except sqlite3.Error as exc:
            raise OutputError(f"cannot open the output file {path}: {exc}") from None
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.executescript(_SCHEMA)
            store = cls(connection)
            store._claim(path, source, restart=restart, adopt=adopt)
        except sqlite3.Error as exc:
            connection.close()
            raise OutputError(f"cannot write the output file {path}: {exc}") from None
        except BaseException:
            connection.close()
            raise
        return store

    def _claim(self, path: Path, source: str, *, restart: bool, adopt: bool) -> None:
        meta = dict(self._db.execute("SELECT key, value FROM export_meta").fetchall())
        previous = meta.get("source")
        if previous is not None and previous != source and not adopt:
            raise OutputError(
                f"{path} holds an export of {previous}, not of {source}; "
                "choose another output file (or --fresh to replace it)"
            )
        if meta.get("schema_version", SCHEMA_VERSION) != SCHEMA_VERSION:
            raise OutputError(f"{path} was written by an incompatible version of this tool")
        self._db.execute("BEGIN IMMEDIATE")
        try:
            if restart or previous != source:
                for table in _TABLES:
                    self._db.execute(f"DELETE FROM {table}")
            self._db.executemany(
                "INSERT INTO export_meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [("source", source), ("schema_version", SCHEMA_VERSION)],
            )
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def finished_ids(self) -> set[int]:
        return {row[0] for row in self._db.execute("SELECT customer_id FROM export_state")}

    def write(self, outcomes: Sequence[_Outcome]) -> None:
        """Commit a batch: each finished customer's rows together with its mark."""
        at = _now_text()
        customers: list[tuple[Any, ...]] = []
        balances: list[tuple[Any, ...]] = []
        transactions: list[tuple[Any, ...]] = []
        finished: list[tuple[int, str]] = []
        failures: list[tuple[int, str, str]] = []
        for outcome in outcomes:
            if isinstance(outcome, _Failed):
                failures.append((outcome.customer_id, outcome.error, at))
                continue
            customer = outcome.customer
            customers.append(_customer_row(customer, at))
            balances.append(_balance_row(customer.id, outcome.balance, at))
            transactions.extend(_transaction_row(customer.id, "past", e, at) for e in outcome.past)
            transactions.extend(
                _transaction_row(customer.id, "upcoming", e, at) for e in outcome.upcoming
            )
            finished.append((customer.id, at))
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            ids = [(customer_id,) for customer_id, _ in finished]
            # A customer fetched again replaces its old rows: entries the API no
            # longer lists must not linger.
            db.executemany("DELETE FROM transactions WHERE customer_id = ?", ids)
            db.executemany("DELETE FROM failures WHERE customer_id = ?", ids)
            db.executemany(
                "INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET customer_number = excluded.customer_number, "
                "status = excluded.status, first_name = excluded.first_name, "
                "last_name = excluded.last_name, email = excluded.email, "
                "date_of_birth = excluded.date_of_birth, city = excluded.city, "
                "country = excluded.country, studio_id = excluded.studio_id, "
                "created_date_time = excluded.created_date_time, data = excluded.data, "
                "exported_at = excluded.exported_at",
                customers,
            )
            db.executemany(
                "INSERT INTO account_balances VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (customer_id) DO UPDATE SET "
                "account_balance = excluded.account_balance, "
                "account_balance_currency = excluded.account_balance_currency, "
                "consumption_credit = excluded.consumption_credit, "
                "consumption_credit_currency = excluded.consumption_credit_currency, "
                "dunning_level = excluded.dunning_level, "
                "in_debt_collection = excluded.in_debt_collection, "
                "exported_at = excluded.exported_at",
                balances,
            )
            db.executemany(
                "INSERT INTO transactions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id, "
                "kind = excluded.kind, due_date = excluded.due_date, "
                "description = excluded.description, amount = excluded.amount, "
                "currency = excluded.currency, open_amount = excluded.open_amount, "
                "open_currency = excluded.open_currency, "
                "installment_plan = excluded.installment_plan, "
                "exported_at = excluded.exported_at",
                transactions,
            )
            db.executemany(
                "INSERT INTO export_state VALUES (?, ?) "
                "ON CONFLICT (customer_id) DO UPDATE SET finished_at = excluded.finished_at",
                finished,
            )
            db.executemany(
                "INSERT INTO failures VALUES (?, ?, ?) ON CONFLICT (customer_id) "
                "DO UPDATE SET error = excluded.error, at = excluded.at",
                failures,
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def counts(self) -> dict[str, int]:
        return {
            table: self._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in _TABLES
        }

    def close(self) -> None:
        self._db.close()


def _customer_row(customer: models.Customer, at: str) -> tuple[Any, ...]:
    created = customer.created_date_time
    return (
        customer.id,
        customer.customer_number,
        str(customer.status),
        customer.first_name,
        customer.last_name,
        customer.email,
        customer.date_of_birth.isoformat() if customer.date_of_birth else None,
        customer.city,
        customer.country,
        customer.studio_id,
        format_datetime(created) if created is not None else None,
        dumps(unstructure(customer)).decode("utf-8"),
        at,
    )


def _balance_row(
    customer_id: int, balance: models.CustomerAccountBalance, at: str
) -> tuple[Any, ...]:
    account, credit = balance.account_balance, balance.consumption_credit
    return (
        customer_id,
        amount_text(account.amount) if account else None,
        account.currency if account else None,
        amount_text(credit.amount) if credit else None,
        credit.currency if credit else None,
        balance.dunning_level,
        int(balance.in_debt_collection),
        at,
    )


def _transaction_row(
    customer_id: int, kind: str, entry: models.BookingEntry, at: str
) -> tuple[Any, ...]:
    amount, open_amount = entry.amount, entry.open_amount
    return (
        entry.id,
        customer_id,
        kind,
        entry.due_date.isoformat(),
        entry.description,
        amount_text(amount.amount) if amount else None,
        amount.currency if amount else None,
        amount_text(open_amount.amount) if open_amount else None,
        open_amount.currency if open_amount else None,
        int(entry.installment_plan),
        at,
    )


def recorded_source(path: Path) -> str | None:
    """The source an existing export file belongs to, or None (no file, not an export)."""
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT value FROM export_meta WHERE key = 'source'").fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return row[0] if row else None


# ------------------------------------------------------------------ request statistics


class RequestStats(logging.Handler):
    """Counts the transport's attempts from its DEBUG records (``extra`` fields)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.requests = 0
        self.retries = 0
        self.rate_limited = 0
        self.unavailable = 0
        self.connection_errors = 0

    def emit(self, record: logging.LogRecord) -> None:
        status = getattr(record, "status", None)
        attempt = getattr(record, "attempt", None)
        if status is None or not isinstance(attempt, int):
            return
        self.requests += 1
        if attempt > 1:
            self.retries += 1
        if status == 429:
            self.rate_limited += 1
        elif status == 503:
            self.unavailable += 1
        elif isinstance(status, str):
            self.connection_errors += 1

    @contextmanager
    def attached(self) -> Iterator[RequestStats]:
        """Listen to the SDK's logger at DEBUG for the duration of the block."""
        sdk_logger = logging.getLogger(_constants.LOGGER_NAME)
        level = sdk_logger.level
        sdk_logger.addHandler(self)
        if not sdk_logger.isEnabledFor(logging.DEBUG):
            sdk_logger.setLevel(logging.DEBUG)
        try:
            yield self
        finally:
            sdk_logger.removeHandler(self)
            sdk_logger.setLevel(level)


# ------------------------------------------------------------------ the export


@attrs.frozen
class ExportProgress:
    """A snapshot while the export runs."""

    listed: int
    listing_done: bool
    skipped: int
    exported: int
    failed: int
    requests: int
    retries: int
    rate_limited: int
    unavailable: int
    connection_errors: int
    elapsed: float

    @property
    def done(self) -> int:
        """Customers handled so far: exported, failed, or finished by an earlier run."""
        return self.exported + self.failed + self.skipped


@attrs.frozen
class ExportResult:
    output: Path
    progress: ExportProgress
    #: Transaction rows written by this run (one balance per exported customer).
    transactions: int
    #: Rows in the file after this run (earlier runs included).
    totals: dict[str, int]
    #: Why walking the customer list stopped early, if it did.
    listing_error: str | None

    @property
    def ok(self) -> bool:
        return self.progress.failed == 0 and self.listing_error is None


@asynccontextmanager
async def _closing(walk: AsyncIterator[T]) -> AsyncIterator[AsyncIterator[T]]:
    """Close an ``iter_*`` walk on the way out, even when cancelled or left early."""
    try:
        yield walk
    finally:
        aclose = getattr(walk, "aclose", None)
        if aclose is not None:
            # Shielded so a cancelled export still stops the prefetched slice.
            with anyio.CancelScope(shield=True):
                await aclose()


async def _collect(walk: AsyncIterator[T]) -> list[T]:
    async with _closing(walk) as items:
        return [item async for item in items]


class Exporter:
    """One export run of ``client``'s tenant into ``output``.

    ``source`` names the tenant in the file (default: the base URL), so a
    file is never resumed against another tenant. ``restart`` throws away the
    progress of an earlier run of the same source; ``adopt`` allows replacing
    an export of another source.
    """

    def __init__(
        self,
        client: AsyncClient,
        output: Path | str,
        *,
        concurrency: int = 16,
        statuses: Sequence[str] = ("MEMBER", "PROSPECT"),
        source: str | None = None,
        restart: bool = False,
        adopt: bool = False,
        flush_interval: float = 0.2,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be >= 1")
        self._client = client
        self.output = Path(output)
        self.concurrency = concurrency
        self._statuses = tuple(statuses)
        self.source = source or client.base_url
        self._restart = restart
        self._adopt = adopt
        self._flush_interval = flush_interval
        self.stats = RequestStats()
        self._started = time.monotonic()
        self._listed = 0
        self._listing_done = False
        self._listing_error: str | None = None
        self._skipped = 0
        self._exported = 0
        self._failed = 0
        self._transactions = 0
        self._pending: list[_Outcome] = []
        self._workers_done = False
        self._write_error: str | None = None
        self._scope: anyio.CancelScope | None = None
        self._store: _Store | None = None
        self._ran = False

    def snapshot(self) -> ExportProgress:
        stats = self.stats
        return ExportProgress(
            listed=self._listed,
            listing_done=self._listing_done,
            skipped=self._skipped,
            exported=self._exported,
            failed=self._failed,
            requests=stats.requests,
            retries=stats.retries,
            rate_limited=stats.rate_limited,
            unavailable=stats.unavailable,
            connection_errors=stats.connection_errors,
            elapsed=time.monotonic() - self._started,
        )

    async def open(self) -> None:
        """Open (or create) the output file; raises OutputError. ``run`` does it if needed."""
        if self._store is None:
            self._store = await anyio.to_thread.run_sync(
                lambda: _Store.open(
                    self.output, self.source, restart=self._restart, adopt=self._adopt
                )
            )

    async def aclose(self) -> None:
        """Close the output file if :meth:`open` left it open (``run`` always closes it)."""
        store, self._store = self._store, None
        if store is not None:
            with anyio.CancelScope(shield=True):
                await anyio.to_thread.run_sync(store.close)

    async def run(self) -> ExportResult:
        """Export every customer not finished by an earlier run."""
        if self._ran:
            raise RuntimeError("an Exporter runs once; create a new one to run again")
        self._ran = True
        self._started = time.monotonic()
        await self.open()
        store = self._store
        assert store is not None  # opened above
        try:
            with self.stats.attached():
                finished = await anyio.to_thread.run_sync(store.finished_ids)
                await self._export(store, finished)
            if self._write_error is not None:
                raise ExportError(self._write_error)
            totals = await anyio.to_thread.run_sync(store.counts)
        finally:
            await self.aclose()
        return ExportResult(
            output=self.output,
            progress=self.snapshot(),
            transactions=self._transactions,
            totals=totals,
            listing_error=self._listing_error,
        )

    async def _export(self, store: _Store, finished: set[int]) -> None:
        send, receive = anyio.create_memory_object_stream[models.Customer](self.concurrency * 2)
        async with anyio.create_task_group() as outer:
            self._scope = outer.cancel_scope
            outer.start_soon(self._write_loop, store)
            try:
                async with anyio.create_task_group() as workers:
                    async with receive:
                        for _ in range(self.concurrency):
                            workers.start_soon(self._work, receive.clone())
                    await self._list(send, finished)
            finally:
                self._workers_done = True

    async def _list(
        self, send: MemoryObjectSendStream[models.Customer], finished: set[int]
    ) -> None:
        seen: set[int] = set()
        async with send:
            for status in self._statuses:
                walk = self._client.customers.iter_customers(
                    slice_size=CUSTOMER_SLICE, customer_status=status
                )
                try:
                    async with _closing(walk) as customers:
                        async for customer in customers:
                            if customer.id in seen:
                                continue  # its status changed between the two walks
                            seen.add(customer.id)
                            self._listed += 1
                            if customer.id in finished:
                                self._skipped += 1
                                continue
                            await send.send(customer)
                except PerfectGymError as exc:
                    self._listing_error = f"listing {status} customers failed: {exc}"
                    return
        self._listing_done = True

    async def _work(self, receive: MemoryObjectReceiveStream[models.Customer]) -> None:
        async with receive:
            async for customer in receive:
                outcome = await self._fetch(customer)
                # Appended only now: the writer swaps in a new list while we wait.
                self._pending.append(outcome)

    async def _fetch(self, customer: models.Customer) -> _Outcome:
        account = self._client.customers_account
        try:
            balance = await account.get_customers_account_balance_data(customer.id)
            past = await _collect(
                account.iter_customers_account_transaction_data(
                    customer.id, slice_size=TRANSACTION_SLICE
                )
            )
            upcoming = await _collect(
                account.iter_customers_account_upcoming_data(
                    customer.id, slice_size=TRANSACTION_SLICE
                )
            )
        except PerfectGymError as exc:
            return _Failed(customer.id, f"{type(exc).__name__}: {exc}")
        return _Finished(customer, balance, past, upcoming)

    async def _write_loop(self, store: _Store) -> None:
        try:
            while not self._workers_done:
                await anyio.sleep(self._flush_interval)
                await self._flush(store)
        finally:
            # Whatever was fetched is kept, also when the run is interrupted.
            with anyio.CancelScope(shield=True):
                await self._flush(store)

    async def _flush(self, store: _Store) -> None:
        batch, self._pending = self._pending, []
        if not batch or self._write_error is not None:
            return
        # One thread call per batch: SQLite never blocks the event loop, and a
        # cancelled run waits for the batch's COMMIT rather than abandoning it.
        try:
            await anyio.to_thread.run_sync(store.write, batch)
        except sqlite3.Error as exc:
            self._write_error = f"writing {self.output} failed: {exc}"
            if self._scope is not None:
                self._scope.cancel()  # nothing more can be stored: stop fetching
            return
        for outcome in batch:
            if isinstance(outcome, _Failed):
                self._failed += 1
            else:
                self._exported += 1
                self._transactions += len(outcome.past) + len(outcome.upcoming)
