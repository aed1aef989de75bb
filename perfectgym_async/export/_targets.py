"""Which store an output names: an SQLite file's path or a PostgreSQL URL."""

from __future__ import annotations

import os
from pathlib import Path

from ._postgres import PostgresTarget, is_postgres_url
from ._sqlite import SQLiteTarget
from ._store import ExportSnapshot, Target

__all__ = ["output_target", "read_export"]


def output_target(output: str | os.PathLike[str]) -> Target:
    """``postgresql://user:password@host:port/dbname`` (or ``postgres://``): that
    database; anything else: an SQLite file at that path."""
    if isinstance(output, str) and is_postgres_url(output):
        return PostgresTarget(output)
    return SQLiteTarget(Path(output))


def read_export(
    output: Target | str | os.PathLike[str], tenant: str | None = None
) -> ExportSnapshot:
    """Every row of ``tenant``'s export in ``output`` (default: its only tenant); blocking."""
    target = output_target(output) if isinstance(output, (str, os.PathLike)) else output
    return target.read(tenant)
