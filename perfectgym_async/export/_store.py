"""What every store offers the exporter (and, later, the webhook follower).

A :class:`Target` names where an export goes (an SQLite file, a PostgreSQL
database) and opens a :class:`Store` for one tenant there. The exporter only
ever talks to these two protocols, so it never knows which database it
writes to.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

import attrs

from ._rows import CustomerRows

__all__ = [
    "EXPORT_FORMAT",
    "SCHEMA_VERSION",
    "ExportSnapshot",
    "Store",
    "Target",
    "tenant_identity",
]

#: The layout both stores write: every table keyed by tenant and id.
SCHEMA_VERSION = "2"
#: ``export_meta.format`` of every file and database this package writes: how an
#: export is told apart from anything else.
EXPORT_FORMAT = "perfectgym_async export"


def tenant_identity(source: str) -> str:
    """``source`` as recorded in and compared with an export (its ``tenant`` column).

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


class Store(Protocol):
    """One tenant's export in one database, claimed by :meth:`Target.open` until closed.

    Every method raises :class:`~perfectgym_async.export.OutputError` (with a
    message for the user, never a password) when the database fails.
    """

    @property
    def tenant(self) -> str:
        """The tenant whose rows this store reads and writes."""
        ...

    async def finished_ids(self) -> set[int]:
        """Customers whose rows were committed with their finished mark."""
        ...

    async def write_customer(self, rows: CustomerRows) -> None:
        """In one transaction: the customer's rows (its old transactions replaced,
        a failure of it cleared) and its finished mark.

        Raises :class:`~perfectgym_async.export.RowsRefused` when the database
        will not take one of the values (nothing written; the store stays usable).
        """
        ...

    async def record_failure(self, customer_id: int, error: str, at: datetime) -> None:
        """Record that a customer could not be exported (it stays unfinished)."""
        ...

    async def mark_deleted(self, customer_id: int, at: datetime) -> bool:
        """Set the customer's ``deleted_at`` (its rows are kept as history).

        False when the store holds no such customer.
        """
        ...

    async def counts(self) -> dict[str, int]:
        """Rows per table for this tenant (earlier runs included)."""
        ...

    async def aclose(self, *, discard: bool = False) -> None:
        """Release the claim. ``discard``: the run did not complete; a store that
        created its output and stored nothing in it puts the place back as it was."""
        ...


@attrs.frozen
class ExportSnapshot:
    """An export read back: every row of one tenant, in plain Python values.

    Amounts are ``Decimal``, dates ``date``, flags ``bool``, timestamps
    ``datetime``, ``customers.data`` the parsed JSON, whichever store wrote them.
    """

    tenant: str
    #: table name -> rows (column name -> value), ordered by the table's key.
    tables: dict[str, list[dict[str, Any]]]


class Target(Protocol):
    """Where an export goes."""

    @property
    def name(self) -> str:
        """How messages name it: a path, or a database URL without its password."""
        ...

    def redact(self, text: str) -> str:
        """``text`` with every secret of the target (a password) masked."""
        ...

    async def check(self, tenant: str, *, adopt: bool) -> None:
        """Raise OutputError if :meth:`open` would refuse; writes nothing, claims nothing."""
        ...

    async def open(self, tenant: str, *, restart: bool, adopt: bool) -> Store:
        """Create the tables if needed and claim ``tenant``'s export.

        ``restart`` drops the tenant's earlier progress; ``adopt`` allows taking
        over an output that belongs to another tenant (where one output holds
        one tenant). Raises OutputInUseError while another export holds it.
        """
        ...

    def read(self, tenant: str | None = None) -> ExportSnapshot:
        """Every row of ``tenant`` (default: the only tenant there); blocking."""
        ...
