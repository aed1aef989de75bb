"""The shared store: one PostgreSQL database holding the exports of many tenants.

Same tables and meaning as the SQLite store (see :mod:`._rows`), with the
database's own types (``NUMERIC`` amounts, ``DATE``, ``BOOLEAN``,
``TIMESTAMPTZ``, ``JSONB``), in the connection's current schema. Each tenant's
rows are apart (``tenant`` leads every primary key), and one export per tenant
runs at a time: the run holds a session-level advisory lock on the tenant
(``pg_try_advisory_lock(space, hashtext(tenant))``) for as long as it is
connected, so a second export of the same tenant is refused at once, while
exports of other tenants run alongside.

Each customer's rows and its finished mark are committed in one transaction.
Tables that look like ours but are not (no ``export_meta`` of this tool, or of
another schema version) are refused untouched. The database URL's password
never appears in a message: :meth:`PostgresTarget.name` masks it, and every
error text is passed through :meth:`PostgresTarget.redact`.

Needs psycopg 3 (``pip install 'perfectgym_async[postgres]'``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

import anyio
import attrs

from ._outcomes import OutputError, OutputInUseError, RowsRefused, describe
from ._rows import BALANCES, CUSTOMERS, FAILURES, STATE, TABLES, TRANSACTIONS, CustomerRows, Table
from ._store import EXPORT_FORMAT, SCHEMA_VERSION, ExportSnapshot, tenant_identity

if TYPE_CHECKING:
    from types import ModuleType

    import psycopg

__all__ = ["PostgresStore", "PostgresTarget", "is_postgres_url", "redact_url"]

T = TypeVar("T")

#: First key of the advisory locks this tool takes; the second is
#: ``hashtext(tenant)`` for a run, 0 while tables are created.
TENANT_LOCK_SPACE = 0x50470001
SCHEMA_LOCK_SPACE = 0x50470002

_TYPES = {
    "int": "BIGINT",
    "text": "TEXT",
    "decimal": "NUMERIC",
    "date": "DATE",
    "bool": "BOOLEAN",
    "timestamp": "TIMESTAMPTZ",
    "json": "JSONB",
}
_META = "export_meta"
_SCHEMES = ("postgresql", "postgres")
_MASK = "***"


def _table_ddl(table: Table) -> list[str]:
    lines = [f"{c.name} {_TYPES[c.kind]}{' NOT NULL' if c.required else ''}" for c in table.columns]
    lines += [f"CHECK ({check})" for check in table.checks]
    lines.append(f"PRIMARY KEY ({', '.join(table.key)})")
    body = ",\n    ".join(lines)
    return [
        f"CREATE TABLE IF NOT EXISTS {table.name} (\n    {body}\n)",
        *(
            f"CREATE INDEX IF NOT EXISTS {index} ON {table.name} ({', '.join(columns)})"
            for index, columns in table.indexes
        ),
    ]


_META_DDL = f"CREATE TABLE IF NOT EXISTS {_META} (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
#: table name -> its DDL (``export_meta`` first).
SCHEMA: dict[str, list[str]] = {_META: [_META_DDL], **{t.name: _table_ddl(t) for t in TABLES}}


def _upsert(table: Table) -> str:
    return table.upsert(["%s::jsonb" if c.kind == "json" else "%s" for c in table.columns])


# ------------------------------------------------------------------ URLs and secrets


def is_postgres_url(output: str) -> bool:
    """Whether ``--output`` names a PostgreSQL database rather than an SQLite file."""
    return output.split("://", 1)[0].lower() in _SCHEMES and "://" in output


def _secrets(url: str) -> list[str]:
    found: list[str] = []
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return found
    if password:
        found += [password, unquote(password), quote(unquote(password), safe="")]
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key.lower() == "password" and value:
            found += [value, quote(value, safe="")]
    # Longest first, so a secret containing another is masked whole.
    return sorted({s for s in found if s}, key=len, reverse=True)


def redact_url(url: str) -> str:
    """``url`` with its password (in the authority or as ``?password=``) masked."""
    try:
        parts = urlsplit(url)
        password = parts.password
        username = parts.username
        host = parts.netloc.rsplit("@", 1)[-1]
    except ValueError:
        return f"{url.split('://', 1)[0]}://{_MASK}"  # unparsable: show nothing of it
    netloc = parts.netloc
    if password is not None:
        netloc = f"{username or ''}:{_MASK}@{host}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode(
            [(k, _MASK if k.lower() == "password" else v) for k, v in pairs], safe="*"
        )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def _psycopg() -> ModuleType:
    try:
        import psycopg
    except ImportError:
        raise OutputError(
            "exporting into PostgreSQL needs psycopg: pip install 'perfectgym_async[postgres]'"
        ) from None
    return psycopg


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


# ------------------------------------------------------------------ the store


class PostgresStore:
    """:class:`~perfectgym_async.export.Store` on a PostgreSQL connection that holds
    the tenant's advisory lock until :meth:`aclose`."""

    def __init__(
        self, connection: psycopg.AsyncConnection[Any], tenant: str, target: PostgresTarget
    ) -> None:
        self._db = connection
        self._tenant = tenant
        self._target = target

    @property
    def tenant(self) -> str:
        return self._tenant

    async def _run(
        self, doing: str, work: Callable[[], Awaitable[T]], *, refusable: bool = False
    ) -> T:
        pg = _psycopg()
        try:
            return await work()
        except (pg.DataError, pg.IntegrityError) as exc:
            if refusable:  # about the values, not the database: rolled back, still usable
                raise RowsRefused(self._target.redact(describe(exc))) from None
            message = f"{doing} {self._target.name} failed: {_first_line(exc)}"
            raise OutputError(self._target.redact(message)) from None
        except pg.Error as exc:
            message = f"{doing} {self._target.name} failed: {_first_line(exc)}"
            raise OutputError(self._target.redact(message)) from None

    async def finished_ids(self) -> set[int]:
        async def work() -> set[int]:
            cursor = await self._db.execute(
                "SELECT customer_id FROM export_state WHERE tenant = %s", (self._tenant,)
            )
            return {row[0] for row in await cursor.fetchall()}

        return await self._run("reading", work)

    async def write_customer(self, rows: CustomerRows) -> None:
        if rows.tenant != self._tenant:
            raise ValueError(f"rows of {rows.tenant} handed to the export of {self._tenant}")
        key = (self._tenant, rows.customer_id)
        db = self._db

        async def work() -> None:
            async with db.transaction():
                # A customer fetched again replaces its old rows.
                await db.execute(
                    "DELETE FROM transactions WHERE tenant = %s AND customer_id = %s", key
                )
                await db.execute("DELETE FROM failures WHERE tenant = %s AND customer_id = %s", key)
                await db.execute(_upsert(CUSTOMERS), rows.customer)
                await db.execute(_upsert(BALANCES), rows.balance)
                if rows.transactions:
                    async with db.cursor() as cursor:
                        await cursor.executemany(_upsert(TRANSACTIONS), rows.transactions)
                await db.execute(_upsert(STATE), (*key, rows.at))

        await self._run("writing", work, refusable=True)

    async def record_failure(self, customer_id: int, error: str, at: datetime) -> None:
        error = error.replace("\x00", "\\x00")  # the one character TEXT cannot hold

        async def work() -> None:
            async with self._db.transaction():
                await self._db.execute(_upsert(FAILURES), (self._tenant, customer_id, error, at))

        await self._run("writing", work)

    async def mark_deleted(self, customer_id: int, at: datetime) -> bool:
        async def work() -> bool:
            async with self._db.transaction():
                cursor = await self._db.execute(
                    "UPDATE customers SET deleted_at = coalesce(deleted_at, %s) "
                    "WHERE tenant = %s AND id = %s",
                    (at, self._tenant, customer_id),
                )
                return cursor.rowcount > 0

        return await self._run("writing", work)

    async def counts(self) -> dict[str, int]:
        async def work() -> dict[str, int]:
            counts: dict[str, int] = {}
            for table in TABLES:
                cursor = await self._db.execute(
                    f"SELECT count(*) FROM {table.name} WHERE tenant = %s", (self._tenant,)
                )
                row = await cursor.fetchone()
                counts[table.name] = int(row[0]) if row else 0
            return counts

        return await self._run("reading", work)

    async def aclose(self, *, discard: bool = False) -> None:
        """Close the connection, which releases the tenant's lock (nothing to discard:
        every committed customer is kept)."""
        with anyio.CancelScope(shield=True):
            await self._db.close()


# ------------------------------------------------------------------ the target


async def _existing_tables(db: psycopg.AsyncConnection[Any]) -> set[str]:
    cursor = await db.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
        "AND tablename = ANY(%s)",
        (list(SCHEMA),),
    )
    return {row[0] for row in await cursor.fetchall()}


@attrs.frozen
class PostgresTarget:
    """A PostgreSQL database (``postgresql://user:password@host:port/dbname``) as the
    output of exports, of one tenant or many (see :class:`Target`)."""

    url: str = attrs.field(repr=False)
    connect_timeout: int = 10

    @property
    def name(self) -> str:
        return redact_url(self.url)

    def __repr__(self) -> str:
        return f"PostgresTarget({self.name!r})"

    def redact(self, text: str) -> str:
        for secret in _secrets(self.url):
            text = text.replace(secret, _MASK)
        return text

    def _error(self, what: str, exc: BaseException) -> OutputError:
        return OutputError(self.redact(f"{what} {self.name}: {_first_line(exc)}"))

    async def _connect(self) -> psycopg.AsyncConnection[Any]:
        pg = _psycopg()
        try:
            connection: psycopg.AsyncConnection[Any] = await pg.AsyncConnection.connect(
                self.url,
                autocommit=True,
                connect_timeout=self.connect_timeout,
                application_name="perfectgym export",
            )
        except pg.Error as exc:
            raise self._error("cannot connect to the output database", exc) from None
        return connection

    def _in_use(self, tenant: str) -> OutputInUseError:
        return OutputInUseError(
            self.redact(f"the output database {self.name} is in use by another export of {tenant}")
        )

    async def _ours(self, db: psycopg.AsyncConnection[Any]) -> set[str]:
        """Our tables already there; raises OutputError for anything not ours."""
        existing = await _existing_tables(db)
        if not existing:
            return existing
        meta: dict[str, Any] = {}
        if _META in existing:
            pg = _psycopg()
            try:
                async with db.transaction():
                    cursor = await db.execute(f"SELECT key, value FROM {_META}")
                    meta = {row[0]: row[1] for row in await cursor.fetchall()}
            except pg.Error:
                meta = {}  # a table of that name, but not ours
        if meta.get("format") != EXPORT_FORMAT:
            named = ", ".join(sorted(existing))
            raise OutputError(
                self.redact(
                    f"refusing to touch the output database {self.name}: it has tables "
                    f"({named}) that are not an export of this tool (choose another database "
                    "or schema)"
                )
            )
        if meta.get("schema_version") != SCHEMA_VERSION:
            raise OutputError(
                self.redact(
                    f"the output database {self.name} holds an export of an incompatible "
                    "version of this tool (choose another database or schema)"
                )
            )
        return existing

    @staticmethod
    async def _try_lock(db: psycopg.AsyncConnection[Any], tenant: str) -> bool:
        cursor = await db.execute(
            "SELECT pg_try_advisory_lock(%s, hashtext(%s))", (TENANT_LOCK_SPACE, tenant)
        )
        row = await cursor.fetchone()
        return bool(row and row[0])

    async def check(self, tenant: str, *, adopt: bool) -> None:
        pg = _psycopg()
        db = await self._connect()
        try:
            await self._ours(db)
            if not await self._try_lock(db, tenant):
                raise self._in_use(tenant)
            await db.execute(
                "SELECT pg_advisory_unlock(%s, hashtext(%s))", (TENANT_LOCK_SPACE, tenant)
            )
        except pg.Error as exc:
            raise self._error("cannot use the output database", exc) from None
        finally:
            with anyio.CancelScope(shield=True):
                await db.close()

    async def open(self, tenant: str, *, restart: bool, adopt: bool) -> PostgresStore:
        pg = _psycopg()
        db = await self._connect()
        try:
            if not await self._try_lock(db, tenant):
                raise self._in_use(tenant)
            async with db.transaction():
                # One creator at a time: two first runs must not race on CREATE TABLE.
                await db.execute("SELECT pg_advisory_xact_lock(%s, 0)", (SCHEMA_LOCK_SPACE,))
                existing = await self._ours(db)
                for name, statements in SCHEMA.items():
                    if name not in existing:
                        for ddl in statements:
                            await db.execute(ddl)
                await db.execute(
                    f"INSERT INTO {_META} (key, value) VALUES (%s, %s), (%s, %s) "
                    "ON CONFLICT (key) DO NOTHING",
                    ("format", EXPORT_FORMAT, "schema_version", SCHEMA_VERSION),
                )
            if restart:
                async with db.transaction():
                    for table in TABLES:
                        await db.execute(f"DELETE FROM {table.name} WHERE tenant = %s", (tenant,))
        except BaseException as exc:
            with anyio.CancelScope(shield=True):
                await db.close()
            if isinstance(exc, pg.Error):
                raise self._error("cannot use the output database", exc) from None
            raise
        return PostgresStore(db, tenant, self)

    def read(self, tenant: str | None = None) -> ExportSnapshot:
        pg = _psycopg()
        try:
            with pg.connect(self.url, autocommit=True, connect_timeout=self.connect_timeout) as db:
                return self._read(db, tenant)
        except pg.Error as exc:
            raise self._error("reading the output database", exc) from None

    def _read(self, db: psycopg.Connection[Any], tenant: str | None) -> ExportSnapshot:
        if tenant is None:
            rows = db.execute(
                "SELECT tenant FROM export_state UNION SELECT tenant FROM failures "
                "UNION SELECT tenant FROM customers"
            ).fetchall()
            if len(rows) != 1:
                raise OutputError(
                    f"the output database {self.name} holds the exports of {len(rows)} "
                    "tenants: name the one to read"
                )
            tenant = str(rows[0][0])
        else:
            tenant = tenant_identity(tenant)
        tables: dict[str, list[dict[str, Any]]] = {}
        for table in TABLES:
            cursor = db.execute(
                f"SELECT {', '.join(table.names)} FROM {table.name} "
                f"WHERE tenant = %s ORDER BY {', '.join(table.key)}",
                (tenant,),
            )
            tables[table.name] = [
                dict(zip(table.names, row, strict=True)) for row in cursor.fetchall()
            ]
        return ExportSnapshot(tenant, tables)
