"""The exporter: walks every customer, fetches each one's data, hands rows to a store.

``Exporter`` walks the customer list, fetches each customer's account balance
and past and upcoming transactions with bounded concurrency, turns them into
rows (:mod:`._rows`) and hands them to a :class:`~perfectgym_async.export.Store`
opened on its :class:`~perfectgym_async.export.Target`; which database that
is, it never knows. Each customer's rows are committed with its finished mark,
so an interrupted run leaves no half-written customer and a re-run skips every
finished one. A customer that still fails after the SDK's retries (or whose
fetch raises anything else) is recorded as a failure; nothing is dropped
silently. Only an error of the output stops the run.

Request, retry, 429 and 503 counts come from the SDK's own DEBUG log records
(one per attempt), so they count what the transport really did.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TypeVar

import anyio
import attrs
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from .. import _constants, models
from .._client import AsyncClient
from ..errors import PerfectGymError
from . import _rows
from ._outcomes import Failed, Finished, Outcome, OutputError, RowsRefused, describe
from ._rows import CustomerRows
from ._store import Store, Target, tenant_identity
from ._targets import output_target

__all__ = [
    "CUSTOMER_SLICE",
    "TRANSACTION_SLICE",
    "ExportProgress",
    "ExportResult",
    "Exporter",
    "RequestStats",
]

T = TypeVar("T")

#: Largest slices the API allows: fewer requests for the same rows.
CUSTOMER_SLICE = 500
TRANSACTION_SLICE = 50


def _now() -> datetime:
    return datetime.now(timezone.utc)


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
    #: Where the rows went, as messages name it (a path; a database URL without password).
    output: str
    progress: ExportProgress
    #: Transaction rows written by this run (one balance per exported customer).
    transactions: int
    #: This tenant's rows in the output after this run (earlier runs included).
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


async def fetch_customer(client: AsyncClient, customer: models.Customer) -> Outcome:
    """One customer's balance and past and upcoming transactions, or why they failed.

    Shared by the export and the webhook follower, so both fetch a customer the same way.
    """
    account = client.customers_account
    try:
        balance = await account.get_customers_account_balance_data(customer.id)
        past = await _collect(
            account.iter_customers_account_transaction_data(
                customer.id, slice_size=TRANSACTION_SLICE
            )
        )
        upcoming = await _collect(
            account.iter_customers_account_upcoming_data(customer.id, slice_size=TRANSACTION_SLICE)
        )
    except Exception as exc:
        # Not only the SDK's errors: a bug or a surprise in one customer's data
        # must not cost the others. Cancellation (a BaseException) still stops.
        return Failed(customer.id, describe(exc))
    return Finished(customer, balance, past, upcoming)


def customer_rows_or_failure(source: str, outcome: Outcome) -> CustomerRows | Failed:
    """A fetched customer's rows; a customer whose rows cannot be built is a failure."""
    if isinstance(outcome, Failed):
        return outcome
    try:
        return _rows.customer_rows(source, outcome, _now())
    except Exception as exc:
        return Failed(outcome.customer.id, f"cannot store: {describe(exc)}")


class Exporter:
    """One export run of ``client``'s tenant into ``output``.

    ``output`` is a :class:`~perfectgym_async.export.Target`, or what
    :func:`~perfectgym_async.export.output_target` takes: an SQLite file's path
    or a ``postgresql://`` URL. ``source`` names the tenant in the output
    (default: the base URL; URLs are normalised by :func:`tenant_identity`), so
    an export is never resumed against another tenant. ``restart`` throws away
    the progress of an earlier run of the same tenant; ``adopt`` allows
    replacing an SQLite export of another tenant. Nothing that is not an export
    of this package is ever written to.

    A customer whose fetch raises (after the SDK's retries, or anything else,
    such as a parser's ``ValueError``) is recorded as a failure and the run
    goes on; an error of the output stops the run with :class:`OutputError`. A
    run that stores nothing and does not complete leaves no SQLite file behind
    where there was none (nor a zero-byte file changed).
    """

    def __init__(
        self,
        client: AsyncClient,
        output: Target | Path | str,
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
        self.target: Target = (
            output_target(output) if isinstance(output, (str, os.PathLike)) else output
        )
        #: How messages name the output (never with a password).
        self.output = self.target.name
        self.concurrency = concurrency
        self._statuses = tuple(statuses)
        #: The tenant's identity in the output (its ``tenant`` column).
        self.source = tenant_identity(source or client.base_url)
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
        self._pending: list[CustomerRows | Failed] = []
        self._workers_done = False
        self._write_error: str | None = None
        self._scope: anyio.CancelScope | None = None
        self._store: Store | None = None
        self._ran = False
        self._completed = False

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

    async def check_output(self) -> None:
        """Raise :class:`OutputError` if :meth:`open` would refuse the output.

        Writes and claims nothing: a cheap check before anything else is done,
        such as contacting the tenant.
        """
        await self.target.check(self.source, adopt=self._adopt)

    async def open(self) -> None:
        """Open (or create) and claim the output; raises OutputError.

        ``run`` does it if needed.
        """
        if self._store is None:
            self._store = await self.target.open(
                self.source, restart=self._restart, adopt=self._adopt
            )

    async def aclose(self) -> None:
        """Release the output if :meth:`open` left it open (``run`` always does)."""
        store, self._store = self._store, None
        if store is not None:
            with anyio.CancelScope(shield=True):
                await store.aclose(discard=not self._completed)

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
                finished = await store.finished_ids()
                await self._export(store, finished)
            if self._write_error is not None:
                raise OutputError(self._write_error)
            totals = await store.counts()
            self._completed = self._listing_error is None
        finally:
            await self.aclose()
        return ExportResult(
            output=self.output,
            progress=self.snapshot(),
            transactions=self._transactions,
            totals=totals,
            listing_error=self._listing_error,
        )

    async def _export(self, store: Store, finished: set[int]) -> None:
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
                except Exception as exc:
                    # The SDK's errors say what they are; anything else is named.
                    reason = str(exc) if isinstance(exc, PerfectGymError) else describe(exc)
                    self._listing_error = f"listing {status} customers failed: {reason}"
                    return
        self._listing_done = True

    async def _work(self, receive: MemoryObjectReceiveStream[models.Customer]) -> None:
        async with receive:
            async for customer in receive:
                outcome = await self._fetch(customer)
                # Appended only now: the writer swaps in a new list while we wait.
                self._pending.append(self._rows(outcome))

    async def _fetch(self, customer: models.Customer) -> Outcome:
        return await fetch_customer(self._client, customer)

    def _rows(self, outcome: Outcome) -> CustomerRows | Failed:
        return customer_rows_or_failure(self.source, outcome)

    async def _write_loop(self, store: Store) -> None:
        try:
            while not self._workers_done:
                await anyio.sleep(self._flush_interval)
                await self._flush(store)
        finally:
            # Whatever was fetched is kept, also when the run is interrupted.
            await self._flush(store)

    async def _flush(self, store: Store) -> None:
        batch, self._pending = self._pending, []
        # Shielded: a cancelled run waits for the customer being committed (and the
        # rest of the batch) rather than abandoning what was fetched.
        with anyio.CancelScope(shield=True):
            for item in batch:
                if self._write_error is not None:
                    return
                try:
                    await self._store_one(store, item)
                except OutputError as exc:
                    self._write_error = str(exc)
                    if self._scope is not None:
                        self._scope.cancel()  # nothing more can be stored: stop fetching

    async def _store_one(self, store: Store, item: CustomerRows | Failed) -> None:
        if isinstance(item, CustomerRows):
            try:
                await store.write_customer(item)
            except RowsRefused as exc:
                item = Failed(item.customer_id, f"cannot store: {exc}")
            else:
                self._exported += 1
                self._transactions += len(item.transactions)
                return
        await store.record_failure(item.customer_id, item.error, _now())
        self._failed += 1
