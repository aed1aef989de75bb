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
  retries (or whose fetch raised anything else), with the error; nothing is
  dropped silently. Only an error of the output file stops the run.

The file is the export's own: ``export_meta`` carries a format marker, the
schema version and the tenant (its normalised base URL). Any other file (an
SQLite database of something else, a file that is not SQLite) is refused
before a byte of it is touched, and so is another tenant's export unless the
caller allows replacing it. The writer holds SQLite's exclusive lock for the
whole run, so a second export of the same file is refused rather than run
twice, and the file is left in rollback-journal mode (no ``-wal``/``-shm``
files next to it) when the run ends.

Request, retry, 429 and 503 counts come from the SDK's own DEBUG log records
(one per attempt), so they count what the transport really did.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import time
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit, urlunsplit
from urllib.request import pathname2url

import anyio
import attrs
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from . import _constants, models
from ._client import AsyncClient
from ._serde import dumps, unstructure
from .errors import PerfectGymError
from .types import format_datetime

__all__ = [
    "EXPORT_FORMAT",
    "SCHEMA_VERSION",
    "ExistingOutput",
    "ExportError",
    "ExportProgress",
    "ExportResult",
    "Exporter",
    "OutputError",
    "OutputInUseError",
    "RequestStats",
    "amount_text",
    "inspect_output",
    "recorded_source",
    "tenant_identity",
]

T = TypeVar("T")

SCHEMA_VERSION = "1"
#: ``export_meta.format`` of every file this module writes: how an export is told
#: apart from any other SQLite database.
EXPORT_FORMAT = "perfectgym_async export"
_SQLITE_MAGIC = b"SQLite format 3\x00"

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
    """The output file cannot be opened, created or used, or is not ours to write."""


class OutputInUseError(OutputError):
    """Another export (or another program) holds the output file."""


def tenant_identity(source: str) -> str:
    """``source`` as recorded in and compared with an export file.

    An http(s) URL is normalised: scheme and host in lower case, the default
    port (443 for https, 80 for http), credentials, query, fragment and trailing
    slashes dropped, so ``https://X.example.com:443/`` and
    ``https://x.example.com`` name the same tenant. Anything else is kept as is.
    """
    try:
        parts = urlsplit(source.strip())
        port = parts.port
    except ValueError:
        return source
    scheme = parts.scheme.lower()
    host = parts.hostname
    if scheme not in ("http", "https") or not host:
        return source
    if ":" in host:  # IPv6
        host = f"[{host}]"
    default = 443 if scheme == "https" else 80
    netloc = host if port in (None, default) else f"{host}:{port}"
    return urlunsplit((scheme, netloc, parts.path.rstrip("/"), "", ""))


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


@attrs.frozen
class ExistingOutput:
    """What an output path holds before an export touches it (see :func:`inspect_output`)."""

    #: ``"missing"``: no file; ``"empty"``: a zero-byte file; ``"export"``: an export
    #: written by this module.
    kind: Literal["missing", "empty", "export"]
    #: The tenant of an ``"export"`` (normalised by :func:`tenant_identity`).
    source: str | None = None


def _is_busy(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", None)  # Python 3.11+
    return name == "SQLITE_BUSY" or "database is locked" in str(exc)


def _in_use(path: Path) -> OutputInUseError:
    return OutputInUseError(
        f"the output file {path} is in use by another export (or another program)"
    )


def _read_only_uri(path: Path, header: bytes) -> str:
    url = pathname2url(os.path.abspath(path))
    # A WAL database without its -wal file holds everything in the main file:
    # read it as immutable, so not even a -shm file is created next to it.
    if header[18:20] == b"\x02\x02" and not os.path.exists(f"{path}-wal"):
        return f"file:{url}?immutable=1"
    return f"file:{url}?mode=ro"


def _read_meta(path: Path, header: bytes) -> dict[str, Any] | None:
    """``export_meta`` of an SQLite file, None when it has none; never writes."""
    try:
        connection = sqlite3.connect(_read_only_uri(path, header), uri=True, timeout=0)
    except sqlite3.Error as exc:
        raise OutputError(f"cannot read the output file {path}: {exc}") from None
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if "export_meta" not in tables:
            return None
        try:
            return dict(connection.execute("SELECT key, value FROM export_meta").fetchall())
        except sqlite3.OperationalError as exc:
            if _is_busy(exc):
                raise
            return None  # a table of that name, but not ours
    except sqlite3.Error as exc:
        if _is_busy(exc):
            raise _in_use(path) from None
        raise OutputError(f"cannot read the output file {path}: {exc}") from None
    finally:
        connection.close()


def inspect_output(path: Path | str) -> ExistingOutput:
    """What ``path`` holds, without changing a byte of it (nor creating files next to it).

    Raises :class:`OutputError` for anything an export must not write to: a
    directory, a file that is not SQLite, an SQLite database that is not an
    export of this module (its ``export_meta`` carries :data:`EXPORT_FORMAT`), an
    export of another schema version; :class:`OutputInUseError` while another
    export holds it.
    """
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        return ExistingOutput("missing")
    except OSError as exc:
        raise OutputError(f"cannot use the output file {path}: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(f"cannot use the output file {path}: it is not a regular file")
    if info.st_size == 0:
        return ExistingOutput("empty")
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except OSError as exc:
        raise OutputError(f"cannot read the output file {path}: {exc.strerror or exc}") from None
    if not header.startswith(_SQLITE_MAGIC):
        raise OutputError(
            f"refusing to overwrite the output file {path}: it is not an SQLite database "
            "(choose another output file)"
        )
    meta = _read_meta(path, header)
    if meta is None or meta.get("format") != EXPORT_FORMAT:
        raise OutputError(
            f"refusing to touch the output file {path}: it is an SQLite database, but not "
            "an export of this tool (choose another output file)"
        )
    if meta.get("schema_version") != SCHEMA_VERSION:
        raise OutputError(
            f"the output file {path} was written by an incompatible version of this tool "
            "(choose another output file)"
        )
    source = meta.get("source")
    return ExistingOutput("export", tenant_identity(source) if isinstance(source, str) else None)


def _admit(path: Path, found: ExistingOutput, source: str, *, adopt: bool) -> None:
    """Refuse another tenant's export unless ``adopt``."""
    if found.kind == "export" and found.source != source and not adopt:
        raise OutputError(
            f"{path} holds an export of {found.source}, not of {source}; "
            "use --fresh to replace it, or choose another output file"
        )


class _Store:
    """The export file. Used by one writer at a time, from worker threads.

    The connection holds SQLite's exclusive lock from :meth:`open` to
    :meth:`close`: no other export (nor any reader) uses the file meanwhile.
    """

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path,
        created: Literal["missing", "empty"] | None,
    ) -> None:
        self._db = connection
        self.path = path
        #: What the path held before, when this store created the export there.
        self.created = created
        #: Whether a customer (finished or failed) was committed through this store.
        self.stored_any = False

    @classmethod
    def open(cls, path: Path, source: str, *, restart: bool, adopt: bool) -> _Store:
        """Open or create the export of ``source`` at ``path``.

        Anything but a missing or zero-byte file or an export of this module is
        refused untouched (:func:`inspect_output`), so is another source's export
        unless ``adopt`` (then it is cleared); ``restart`` clears the previous
        progress of this source.
        """
        found = inspect_output(path)
        _admit(path, found, source, adopt=adopt)
        try:
            connection = sqlite3.connect(
                path, check_same_thread=False, isolation_level=None, timeout=0
            )
        except sqlite3.Error as exc:
            raise OutputError(f"cannot open the output file {path}: {exc}") from None
        store = cls(connection, path, None if found.kind == "export" else found.kind)
        try:
            # Kept until close: the first access takes the lock and never gives it up.
            connection.execute("PRAGMA locking_mode=EXCLUSIVE")
            connection.execute("BEGIN EXCLUSIVE")
            try:
                store._recheck(found)
            finally:
                connection.execute("COMMIT")
        except BaseException as exc:
            connection.close()  # nothing was written: the file is left as it is
            if not isinstance(exc, sqlite3.Error):
                raise
            if _is_busy(exc):
                raise _in_use(path) from None
            raise OutputError(f"cannot open the output file {path}: {exc}") from None
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.executescript(_SCHEMA)
            store._claim(source, restart=restart)
        except sqlite3.Error as exc:
            store.close(discard=True)
            raise OutputError(f"cannot write the output file {path}: {exc}") from None
        except BaseException:
            store.close(discard=True)
            raise
        return store

    def _recheck(self, found: ExistingOutput) -> None:
        """Under the lock: the file still holds what :func:`inspect_output` saw."""
        tables = {
            row[0]
            for row in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if found.kind == "export" and "export_meta" in tables:
            meta = dict(self._db.execute("SELECT key, value FROM export_meta").fetchall())
            source = meta.get("source")
            if (
                meta.get("format") == EXPORT_FORMAT
                and meta.get("schema_version") == SCHEMA_VERSION
                and isinstance(source, str)
                and tenant_identity(source) == found.source
            ):
                return
        elif found.kind != "export" and not tables:
            return
        raise OutputError(f"the output file {self.path} changed while it was opened; try again")

    def _claim(self, source: str, *, restart: bool) -> None:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            meta = dict(self._db.execute("SELECT key, value FROM export_meta").fetchall())
            previous = meta.get("source")
            if restart or not isinstance(previous, str) or tenant_identity(previous) != source:
                for table in _TABLES:
                    self._db.execute(f"DELETE FROM {table}")
            self._db.executemany(
                "INSERT INTO export_meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [("format", EXPORT_FORMAT), ("schema_version", SCHEMA_VERSION), ("source", source)],
            )
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def finished_ids(self) -> set[int]:
        return {row[0] for row in self._db.execute("SELECT customer_id FROM export_state")}

    def write(self, outcomes: Sequence[_Outcome]) -> list[_Outcome]:
        """Commit a batch: each finished customer's rows together with its mark.

        Returns the outcomes as stored: a customer whose rows cannot be built
        (say, a value the row format does not expect) is stored as a failure.
        """
        at = _now_text()
        stored: list[_Outcome] = []
        customers: list[tuple[Any, ...]] = []
        balances: list[tuple[Any, ...]] = []
        transactions: list[tuple[Any, ...]] = []
        finished: list[tuple[int, str]] = []
        failures: list[tuple[int, str, str]] = []
        for outcome in outcomes:
            if isinstance(outcome, _Finished):
                customer = outcome.customer
                try:
                    customer_row = _customer_row(customer, at)
                    balance_row = _balance_row(customer.id, outcome.balance, at)
                    rows = [_transaction_row(customer.id, "past", e, at) for e in outcome.past]
                    rows += [
                        _transaction_row(customer.id, "upcoming", e, at) for e in outcome.upcoming
                    ]
                except Exception as exc:
                    outcome = _Failed(customer.id, f"cannot store: {_describe(exc)}")
                else:
                    customers.append(customer_row)
                    balances.append(balance_row)
                    transactions.extend(rows)
                    finished.append((customer.id, at))
            if isinstance(outcome, _Failed):
                failures.append((outcome.customer_id, outcome.error, at))
            stored.append(outcome)
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
            self.stored_any = self.stored_any or bool(stored)
        except BaseException:
            if db.in_transaction:  # a failed COMMIT may have rolled back already
                db.execute("ROLLBACK")
            raise
        return stored

    def counts(self) -> dict[str, int]:
        return {
            table: self._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in _TABLES
        }

    def close(self, *, discard: bool = False) -> None:
        """Close the file, leaving it in rollback-journal mode (no -wal/-shm files).

        ``discard``: if this store created the export (the path was missing or a
        zero-byte file) and nothing but its metadata was written, put the path
        back as it was.
        """
        db = self._db
        unused = discard and self.created is not None and not self.stored_any
        try:
            # Checkpoints the WAL and deletes it: the file is complete on its own.
            rollback_journal = db.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
        except sqlite3.Error:
            rollback_journal = False
        db.close()
        try:
            if rollback_journal:
                # A -shm file left by a crashed run or a refused reader means nothing now.
                Path(f"{self.path}-shm").unlink(missing_ok=True)
            if unused and self.created == "missing":
                self.path.unlink(missing_ok=True)
            elif unused and self.created == "empty":
                os.truncate(self.path, 0)
        except OSError:
            pass


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
    try:
        return inspect_output(path).source
    except OutputError:
        return None


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


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

    ``source`` names the tenant in the file (default: the base URL; URLs are
    normalised by :func:`tenant_identity`), so a file is never resumed against
    another tenant. ``restart`` throws away the progress of an earlier run of
    the same source; ``adopt`` allows replacing an export of another source.
    A file that is not an export of this module is never written to.

    A customer whose fetch raises (after the SDK's retries, or anything else,
    such as a parser's ``ValueError``) is recorded in ``failures`` and the run
    goes on; an error of the output file stops the run with
    :class:`OutputError`. A run that stores nothing and does not complete
    leaves no file behind where there was none (nor a zero-byte file changed).
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
        self._pending: list[_Outcome] = []
        self._workers_done = False
        self._write_error: str | None = None
        self._scope: anyio.CancelScope | None = None
        self._store: _Store | None = None
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

    def check_output(self) -> ExistingOutput:
        """Raise :class:`OutputError` if :meth:`open` would refuse the output; never writes.

        Blocking (it reads the file's header and metadata); a cheap check before
        anything else is done, such as contacting the tenant.
        """
        found = inspect_output(self.output)
        _admit(self.output, found, self.source, adopt=self._adopt)
        if found.kind == "missing":
            if not self.output.absolute().parent.is_dir():
                raise OutputError(f"cannot create the output file {self.output}: no such directory")
        elif not os.access(self.output, os.W_OK):
            raise OutputError(f"cannot write the output file {self.output}: permission denied")
        return found

    async def open(self) -> None:
        """Open (or create) and lock the output file; raises OutputError.

        ``run`` does it if needed.
        """
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
            discard = not self._completed
            with anyio.CancelScope(shield=True):
                await anyio.to_thread.run_sync(lambda: store.close(discard=discard))

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
                finished = await self._read(store.finished_ids)
                await self._export(store, finished)
            if self._write_error is not None:
                raise OutputError(self._write_error)
            totals = await self._read(store.counts)
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

    async def _read(self, query: Callable[[], T]) -> T:
        try:
            return await anyio.to_thread.run_sync(query)
        except sqlite3.Error as exc:
            raise OutputError(f"reading {self.output} failed: {exc}") from None

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
                except Exception as exc:
                    # The SDK's errors say what they are; anything else is named.
                    reason = str(exc) if isinstance(exc, PerfectGymError) else _describe(exc)
                    self._listing_error = f"listing {status} customers failed: {reason}"
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
        except Exception as exc:
            # Not only the SDK's errors: a bug or a surprise in one customer's data
            # must not cost the others. Cancellation (a BaseException) still stops.
            return _Failed(customer.id, _describe(exc))
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
            stored = await anyio.to_thread.run_sync(store.write, batch)
        except sqlite3.Error as exc:
            self._write_error = f"writing {self.output} failed: {exc}"
            if self._scope is not None:
                self._scope.cancel()  # nothing more can be stored: stop fetching
            return
        for outcome in stored:
            if isinstance(outcome, _Failed):
                self._failed += 1
            else:
                self._exported += 1
                self._transactions += len(outcome.past) + len(outcome.upcoming)
