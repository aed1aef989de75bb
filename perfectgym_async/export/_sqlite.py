"""The embedded store: one SQLite file per export, written off the event loop.

The file is the export's own: ``export_meta`` carries a format marker, the
schema version and the tenant (its normalised base URL); every other table is
keyed by ``tenant`` and the API's ids (see :mod:`._rows`), though a file holds
one tenant. Any other file (an SQLite database of something else, a file that
is not SQLite) is refused before a byte of it is touched, and so is another
tenant's export unless the caller allows replacing it. An export written by an
earlier version (schema version 1: no ``tenant`` column) is upgraded in place,
in one transaction, or refused unchanged.

The connection holds SQLite's exclusive lock for the whole run, so a second
export of the same file is refused rather than run twice; writes go through
one worker thread at a time; the file is left in rollback-journal mode (no
``-wal``/``-shm`` files next to it) when the run ends.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, TypeVar
from urllib.request import pathname2url

import anyio
import attrs

from ._outcomes import OutputError, OutputInUseError, RowsRefused, describe
from ._rows import (
    BALANCES,
    CUSTOMERS,
    FAILURES,
    STATE,
    TABLES,
    TRANSACTIONS,
    Column,
    CustomerRows,
    Table,
)
from ._store import EXPORT_FORMAT, SCHEMA_VERSION, ExportSnapshot, tenant_identity

__all__ = [
    "ExistingOutput",
    "SQLiteStore",
    "SQLiteTarget",
    "inspect_output",
    "recorded_source",
]

T = TypeVar("T")

_SQLITE_MAGIC = b"SQLite format 3\x00"
#: Versions a file may carry: the current one, and the one upgraded on opening.
_UPGRADABLE = "1"

_TYPES = {
    "int": "INTEGER",
    "text": "TEXT",
    "decimal": "TEXT",  # exact decimal text, never a float
    "date": "TEXT",  # ISO 8601
    "bool": "INTEGER",  # 0 or 1
    "timestamp": "TEXT",  # ISO 8601 with offset, UTC
    "json": "TEXT",
}

_META_DDL = "CREATE TABLE IF NOT EXISTS export_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"


def _table_ddl(table: Table, name: str | None = None) -> str:
    lines = [f"{c.name} {_TYPES[c.kind]}{' NOT NULL' if c.required else ''}" for c in table.columns]
    lines += [f"CHECK ({check})" for check in table.checks]
    lines.append(f"PRIMARY KEY ({', '.join(table.key)})")
    body = ",\n    ".join(lines)
    return f"CREATE TABLE IF NOT EXISTS {name or table.name} (\n    {body}\n)"


def _index_ddl(table: Table) -> list[str]:
    return [
        f"CREATE INDEX IF NOT EXISTS {index} ON {table.name} ({', '.join(columns)})"
        for index, columns in table.indexes
    ]


#: The whole schema of version 2.
SCHEMA = [_META_DDL] + [ddl for t in TABLES for ddl in (_table_ddl(t), *_index_ddl(t))]

#: Columns of version 1 (no tenant, no deleted_at), in their order.
_V1_COLUMNS = {t.name: [n for n in t.names if n not in ("tenant", "deleted_at")] for t in TABLES}


def _to_sqlite(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _row(values: Sequence[Any]) -> tuple[Any, ...]:
    return tuple(_to_sqlite(v) for v in values)


def _from_sqlite(column: Column, value: Any) -> Any:
    if value is None:
        return None
    kind = column.kind
    if kind == "decimal":
        return Decimal(value)
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "bool":
        return bool(value)
    if kind == "timestamp":
        return datetime.fromisoformat(value)
    if kind == "json":
        return json.loads(value)
    return value


def _upsert(table: Table) -> str:
    return table.upsert(["?"] * len(table.columns))


# ------------------------------------------------------------------ what a path holds


@attrs.frozen
class ExistingOutput:
    """What an output path holds before an export touches it (see :func:`inspect_output`)."""

    #: ``"missing"``: no file; ``"empty"``: a zero-byte file; ``"export"``: an export
    #: written by this package.
    kind: Literal["missing", "empty", "export"]
    #: The tenant of an ``"export"`` (normalised by :func:`tenant_identity`).
    source: str | None = None
    #: The schema version of an ``"export"`` (``"1"`` is upgraded when opened).
    version: str | None = None


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


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def _upgrade_problem(db: sqlite3.Connection, meta: dict[str, Any]) -> str | None:
    """Why a version-1 export cannot be upgraded, or None."""
    if not isinstance(meta.get("source"), str):
        return "it does not say which tenant it holds"
    for table, columns in _V1_COLUMNS.items():
        if _columns(db, table) != columns:
            return f"its table {table} is not as that version wrote it"
    return None


def _cannot_upgrade(path: Path, reason: str) -> OutputError:
    return OutputError(
        f"cannot upgrade the output file {path} (written by an earlier version of this tool): "
        f"{reason}; the file was left unchanged (choose another output file)"
    )


def _read_meta(path: Path, header: bytes) -> dict[str, Any] | None:
    """``export_meta`` of an SQLite file, None when it has none; never writes.

    A version-1 export that cannot be upgraded is refused here already.
    """
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
            meta = dict(connection.execute("SELECT key, value FROM export_meta").fetchall())
        except sqlite3.OperationalError as exc:
            if _is_busy(exc):
                raise
            return None  # a table of that name, but not ours
        if meta.get("format") == EXPORT_FORMAT and meta.get("schema_version") == _UPGRADABLE:
            problem = _upgrade_problem(connection, meta)
            if problem is not None:
                raise _cannot_upgrade(path, problem)
        return meta
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
    export of this package (its ``export_meta`` carries :data:`EXPORT_FORMAT`), an
    export of an unknown schema version, or of version 1 that cannot be
    upgraded; :class:`OutputInUseError` while another export holds it.
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
    version = meta.get("schema_version")
    if version not in (SCHEMA_VERSION, _UPGRADABLE):
        raise OutputError(
            f"the output file {path} was written by an incompatible version of this tool "
            "(choose another output file)"
        )
    source = meta.get("source")
    return ExistingOutput(
        "export", tenant_identity(source) if isinstance(source, str) else None, str(version)
    )


def recorded_source(path: Path | str) -> str | None:
    """The tenant an existing export file belongs to, or None (no file, not an export)."""
    try:
        return inspect_output(path).source
    except OutputError:
        return None


def _admit(path: Path, found: ExistingOutput, tenant: str, *, adopt: bool) -> None:
    """Refuse another tenant's export unless ``adopt``."""
    if found.kind == "export" and found.source != tenant and not adopt:
        raise OutputError(
            f"{path} holds an export of {found.source}, not of {tenant}; "
            "use --fresh to replace it, or choose another output file"
        )


# ------------------------------------------------------------------ the file


class _ExportFile:
    """The export file, blocking; used by one thread at a time.

    The connection holds SQLite's exclusive lock from :meth:`open` to
    :meth:`close`: no other export (nor any reader) uses the file meanwhile.
    """

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path,
        tenant: str,
        created: Literal["missing", "empty"] | None,
    ) -> None:
        self._db = connection
        self.path = path
        self.tenant = tenant
        #: What the path held before, when this store created the export there.
        self.created = created
        #: Whether a customer (finished or failed) was committed through this store.
        self.stored_any = False

    @classmethod
    def open(cls, path: Path, tenant: str, *, restart: bool, adopt: bool) -> _ExportFile:
        """Open or create the export of ``tenant`` at ``path`` (see :meth:`SQLiteTarget.open`)."""
        found = inspect_output(path)
        _admit(path, found, tenant, adopt=adopt)
        try:
            connection = sqlite3.connect(
                path, check_same_thread=False, isolation_level=None, timeout=0
            )
        except sqlite3.Error as exc:
            raise OutputError(f"cannot open the output file {path}: {exc}") from None
        store = cls(connection, path, tenant, None if found.kind == "export" else found.kind)
        try:
            # Kept until close: the first access takes the lock and never gives it up.
            connection.execute("PRAGMA locking_mode=EXCLUSIVE")
            connection.execute("BEGIN EXCLUSIVE")
            try:
                store._recheck(found)
                if found.version == _UPGRADABLE:
                    store._upgrade()
            except BaseException:
                connection.execute("ROLLBACK")  # the file is left as it was
                raise
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
            for ddl in SCHEMA:
                connection.execute(ddl)
            store._claim(restart=restart)
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
                and meta.get("schema_version") == found.version
                and isinstance(source, str)
                and tenant_identity(source) == found.source
            ):
                return
        elif found.kind != "export" and not tables:
            return
        raise OutputError(f"the output file {self.path} changed while it was opened; try again")

    def _upgrade(self) -> None:
        """Schema version 1 -> 2, inside the caller's transaction (all or nothing).

        New tables are created beside the old ones, the rows copied with the
        file's tenant, the old tables dropped and the new ones renamed.
        """
        db = self._db
        meta = dict(db.execute("SELECT key, value FROM export_meta").fetchall())
        problem = _upgrade_problem(db, meta)
        if problem is not None:
            raise _cannot_upgrade(self.path, problem)
        tenant = tenant_identity(str(meta["source"]))
        try:
            for table in TABLES:
                old = ", ".join(_V1_COLUMNS[table.name])
                db.execute(_table_ddl(table, f"{table.name}_v2"))
                db.execute(
                    f"INSERT INTO {table.name}_v2 (tenant, {old}) SELECT ?, {old} "
                    f"FROM {table.name}",
                    (tenant,),
                )
            for table in TABLES:
                db.execute(f"DROP TABLE {table.name}")
                db.execute(f"ALTER TABLE {table.name}_v2 RENAME TO {table.name}")
                for ddl in _index_ddl(table):
                    db.execute(ddl)
            db.execute(
                "UPDATE export_meta SET value = ? WHERE key = 'schema_version'", (SCHEMA_VERSION,)
            )
        except sqlite3.Error as exc:
            if _is_busy(exc):
                raise
            raise _cannot_upgrade(self.path, str(exc)) from None

    def _claim(self, *, restart: bool) -> None:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            meta = dict(db.execute("SELECT key, value FROM export_meta").fetchall())
            previous = meta.get("source")
            if restart or not isinstance(previous, str) or tenant_identity(previous) != self.tenant:
                for table in TABLES:  # the file holds one tenant: all of it goes
                    db.execute(f"DELETE FROM {table.name}")
            db.executemany(
                "INSERT INTO export_meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [
                    ("format", EXPORT_FORMAT),
                    ("schema_version", SCHEMA_VERSION),
                    ("source", self.tenant),
                ],
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _transaction(self, work: Callable[[sqlite3.Connection], T]) -> T:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            result = work(db)
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:  # a failed COMMIT may have rolled back already
                db.execute("ROLLBACK")
            raise
        return result

    def finished_ids(self) -> set[int]:
        rows = self._db.execute(
            "SELECT customer_id FROM export_state WHERE tenant = ?", (self.tenant,)
        )
        return {row[0] for row in rows}

    def write_customer(self, rows: CustomerRows) -> None:
        if rows.tenant != self.tenant:
            raise ValueError(f"rows of {rows.tenant} handed to the export of {self.tenant}")
        key = (self.tenant, rows.customer_id)

        def work(db: sqlite3.Connection) -> None:
            # A customer fetched again replaces its old rows: entries the API no
            # longer lists must not linger.
            db.execute("DELETE FROM transactions WHERE tenant = ? AND customer_id = ?", key)
            db.execute("DELETE FROM failures WHERE tenant = ? AND customer_id = ?", key)
            db.execute(_upsert(CUSTOMERS), _row(rows.customer))
            db.execute(_upsert(BALANCES), _row(rows.balance))
            db.executemany(_upsert(TRANSACTIONS), [_row(r) for r in rows.transactions])
            db.execute(_upsert(STATE), _row((*key, rows.at)))

        try:
            self._transaction(work)
        except (OverflowError, sqlite3.DataError, sqlite3.IntegrityError) as exc:
            raise RowsRefused(describe(exc)) from None  # rolled back: the file is as it was
        self.stored_any = True

    def record_failure(self, customer_id: int, error: str, at: datetime) -> None:
        row = _row((self.tenant, customer_id, error, at))
        self._transaction(lambda db: db.execute(_upsert(FAILURES), row))
        self.stored_any = True

    def mark_deleted(self, customer_id: int, at: datetime) -> bool:
        def work(db: sqlite3.Connection) -> bool:
            cursor = db.execute(
                "UPDATE customers SET deleted_at = coalesce(deleted_at, ?) "
                "WHERE tenant = ? AND id = ?",
                (_to_sqlite(at), self.tenant, customer_id),
            )
            return cursor.rowcount > 0

        return self._transaction(work)

    def counts(self) -> dict[str, int]:
        return {
            table.name: self._db.execute(
                f"SELECT count(*) FROM {table.name} WHERE tenant = ?", (self.tenant,)
            ).fetchone()[0]
            for table in TABLES
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


class SQLiteStore:
    """:class:`~perfectgym_async.export.Store` on an SQLite file: every call is one
    worker-thread call, one at a time, so SQLite never blocks the event loop."""

    def __init__(self, file: _ExportFile) -> None:
        self._file = file
        self._limiter = anyio.CapacityLimiter(1)

    @property
    def tenant(self) -> str:
        return self._file.tenant

    @property
    def path(self) -> Path:
        return self._file.path

    async def _call(self, doing: str, work: Callable[[], T]) -> T:
        try:
            return await anyio.to_thread.run_sync(work, limiter=self._limiter)
        except sqlite3.Error as exc:
            raise OutputError(f"{doing} {self._file.path} failed: {exc}") from None

    async def finished_ids(self) -> set[int]:
        return await self._call("reading", self._file.finished_ids)

    async def write_customer(self, rows: CustomerRows) -> None:
        await self._call("writing", lambda: self._file.write_customer(rows))

    async def record_failure(self, customer_id: int, error: str, at: datetime) -> None:
        await self._call("writing", lambda: self._file.record_failure(customer_id, error, at))

    async def mark_deleted(self, customer_id: int, at: datetime) -> bool:
        return await self._call("writing", lambda: self._file.mark_deleted(customer_id, at))

    async def counts(self) -> dict[str, int]:
        return await self._call("reading", self._file.counts)

    async def aclose(self, *, discard: bool = False) -> None:
        with anyio.CancelScope(shield=True):
            await anyio.to_thread.run_sync(
                lambda: self._file.close(discard=discard), limiter=self._limiter
            )


# ------------------------------------------------------------------ the target


@attrs.frozen
class SQLiteTarget:
    """An SQLite file as the output of an export (see :class:`Target`)."""

    path: Path = attrs.field(converter=Path)

    @property
    def name(self) -> str:
        return str(self.path)

    def redact(self, text: str) -> str:
        return text

    async def check(self, tenant: str, *, adopt: bool) -> None:
        await anyio.to_thread.run_sync(lambda: self.check_sync(tenant, adopt=adopt))

    def check_sync(self, tenant: str, *, adopt: bool) -> ExistingOutput:
        """:meth:`check`, blocking; returns what the path holds."""
        found = inspect_output(self.path)
        _admit(self.path, found, tenant, adopt=adopt)
        if found.kind == "missing":
            if not self.path.absolute().parent.is_dir():
                raise OutputError(f"cannot create the output file {self.path}: no such directory")
        elif not os.access(self.path, os.W_OK):
            raise OutputError(f"cannot write the output file {self.path}: permission denied")
        return found

    async def open(self, tenant: str, *, restart: bool, adopt: bool) -> SQLiteStore:
        file = await anyio.to_thread.run_sync(
            lambda: _ExportFile.open(self.path, tenant, restart=restart, adopt=adopt)
        )
        return SQLiteStore(file)

    def read(self, tenant: str | None = None) -> ExportSnapshot:
        found = inspect_output(self.path)
        if found.kind != "export":
            raise OutputError(f"the output file {self.path} holds no export")
        if found.version != SCHEMA_VERSION:
            raise OutputError(
                f"the output file {self.path} was written by an earlier version of this tool; "
                "an export into it upgrades it"
            )
        tenant = found.source if tenant is None else tenant_identity(tenant)
        assert tenant is not None  # an export of this version records its tenant
        with self.path.open("rb") as file:
            header = file.read(100)
        connection = sqlite3.connect(_read_only_uri(self.path, header), uri=True)
        try:
            tables = {
                table.name: [
                    {c.name: _from_sqlite(c, v) for c, v in zip(table.columns, row, strict=True)}
                    for row in connection.execute(
                        f"SELECT {', '.join(table.names)} FROM {table.name} "
                        f"WHERE tenant = ? ORDER BY {', '.join(table.key)}",
                        (tenant,),
                    )
                ]
                for table in TABLES
            }
        except sqlite3.Error as exc:
            raise OutputError(f"reading {self.path} failed: {exc}") from None
        finally:
            connection.close()
        return ExportSnapshot(tenant, tables)
