"""One tenant's export as a cluster task, without Celery: the message, the run, the outcome.

:class:`ExportJob` is what travels through the broker: the tenant's name and
base URL, the *name* of the environment variable holding its key, the output
database's URL *without* its password, the submission it belongs to and the
export options. No secret is in it: the worker reads the key from its own
environment, and PostgreSQL's password from its own (``PGPASSWORD``, a
``~/.pgpass`` file, or whatever else libpq reads).

:func:`run_job` does one delivery of a job and says what should happen next
(:class:`JobOutcome`): take the tenant's lock in the ledger (see
:mod:`._cluster_db`) or report it busy; skip a tenant this submission already
exported; otherwise record a run, check the key, export (resuming whatever an
earlier, interrupted run committed) and record how it ended. A transient
failure (the tenant or the database unreachable, customers that still failed
after the SDK's retries, an interrupted listing) asks to be retried with
backoff until ``options.retries`` is spent; a wrong or missing key fails at
once. :mod:`.celery` maps outcomes onto Celery.
"""

from __future__ import annotations

import logging
import os
import random
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import anyio
import attrs

from .. import _constants
from .._client import AsyncClient
from .._ratelimit import RateLimit
from ..errors import APIConnectionError, APIStatusError
from ._cluster_db import Ledger, RunProgress
from ._exporter import Exporter, ExportResult
from ._outcomes import OutputError, OutputInUseError, describe
from ._postgres import PostgresTarget, is_postgres_url
from ._store import tenant_identity
from ._tenants import ExportOptions, TenantsFileError, TenantSpec, options_from

__all__ = [
    "MESSAGE_VERSION",
    "ExportJob",
    "JobOutcome",
    "retry_delay",
    "run_job",
    "strip_password",
]

logger = logging.getLogger(f"{_constants.LOGGER_NAME}.cluster")

MESSAGE_VERSION = 1

OutcomeKind = Literal["finished", "skipped", "busy", "retry", "failed"]


def strip_password(url: str) -> str:
    """``url`` without its password (in the authority or as ``?password=``)."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}@{host}" if user else host
    query = parts.query
    if query:
        pairs = [
            (k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k.lower() != "password"
        ]
        query = urlencode(pairs)
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


@attrs.frozen(kw_only=True)
class ExportJob:
    """One tenant's export as a task message (no secret in it; see the module doc)."""

    name: str
    base_url: str
    api_key_env: str
    #: The output database, ``postgresql://user@host:port/dbname``: never a password.
    output: str = attrs.field()
    submission: str
    #: Fetch every customer again (the first run of the submission clears the finished marks).
    refresh: bool = False
    options: ExportOptions = attrs.field(factory=ExportOptions)

    @output.validator
    def _no_password(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not is_postgres_url(value):
            raise ValueError("a cluster exports into PostgreSQL: postgresql://user@host/dbname")
        if strip_password(value) != value:
            raise ValueError(
                "the output URL of a task carries no password (the workers read theirs from "
                "PGPASSWORD or ~/.pgpass)"
            )

    @property
    def tenant(self) -> str:
        """Its identity in the output (the export tables' ``tenant`` column)."""
        return tenant_identity(self.base_url)

    @classmethod
    def for_tenant(
        cls, spec: TenantSpec, output: str, submission: str, *, refresh: bool = False
    ) -> ExportJob:
        return cls(
            name=spec.name,
            base_url=spec.base_url,
            api_key_env=spec.api_key_env,
            output=strip_password(output),
            submission=submission,
            refresh=refresh,
            options=spec.options,
        )

    def to_message(self) -> dict[str, Any]:
        """The task's argument: JSON values only."""
        return {
            "v": MESSAGE_VERSION,
            "name": self.name,
            "base_url": self.base_url,
            "api_key_env": self.api_key_env,
            "output": self.output,
            "submission": self.submission,
            "refresh": self.refresh,
            "options": self.options.to_dict(),
        }

    @classmethod
    def from_message(cls, message: Mapping[str, Any]) -> ExportJob:
        """The job in a task's argument; ValueError for anything malformed."""
        if not isinstance(message, Mapping) or message.get("v") != MESSAGE_VERSION:
            raise ValueError(f"not an export task message of version {MESSAGE_VERSION}")
        fields = ("name", "base_url", "api_key_env", "output", "submission")
        values = {key: message.get(key) for key in fields}
        for key, value in values.items():
            if not isinstance(value, str) or not value:
                raise ValueError(f"export task message: {key} must be a non-empty string")
        options = message.get("options", {})
        if not isinstance(options, Mapping):
            raise ValueError("export task message: options must be a mapping")
        try:
            parsed = options_from(
                "export task message", {k: v for k, v in options.items()}, ExportOptions()
            )
        except TenantsFileError as exc:
            raise ValueError(str(exc)) from None
        return cls(
            **values,  # type: ignore[arg-type]  # checked to be str above
            refresh=bool(message.get("refresh", False)),
            options=parsed,
        )


@attrs.frozen(kw_only=True)
class JobOutcome:
    """What one delivery of a job came to, and what should happen next.

    * ``finished``: every customer exported; ``skipped``: this submission
      already exported the tenant (a duplicate delivery);
    * ``busy``: another delivery holds the tenant's lock: look again after ``delay``;
    * ``retry``: a transient failure: try again after ``delay``;
    * ``failed``: for good (a wrong or missing key, or the retries are spent).
    """

    kind: OutcomeKind
    name: str
    tenant: str
    run_id: int | None = None
    attempt: int = 0
    error: str | None = None
    delay: float = 0.0
    progress: RunProgress = attrs.field(factory=RunProgress)
    elapsed: float = 0.0

    def summary(self) -> dict[str, Any]:
        """A JSON-able summary (the task's return value)."""
        return {
            "outcome": self.kind,
            "tenant": self.name,
            "run": self.run_id,
            "attempt": self.attempt,
            "customers": self.progress.exported + self.progress.earlier,
            "exported": self.progress.exported,
            "failed": self.progress.failed,
            "requests": self.progress.requests,
            "seconds": round(self.elapsed, 3),
            "error": self.error,
        }


def retry_delay(options: ExportOptions, failures: int) -> float:
    """Seconds before retry number ``failures + 1``: doubling, capped, with +-20% jitter."""
    base = min(options.retry_delay * 2**failures, options.retry_delay_max)
    return float(base * random.uniform(0.8, 1.2))


def _progress(result: ExportResult | Exporter) -> RunProgress:
    snapshot = result.progress if isinstance(result, ExportResult) else result.snapshot()
    return RunProgress(
        listed=snapshot.listed,
        exported=snapshot.exported,
        earlier=snapshot.skipped,
        failed=snapshot.failed,
        requests=snapshot.requests,
    )


class _Redactor:
    """Masks every secret this process knows of in a text bound for the ledger or a log."""

    def __init__(self, *secrets: str | None) -> None:
        self._secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text


@contextmanager
def _sdk_records_kept_at_their_level() -> Iterator[None]:
    """While an export runs, the SDK's per-request DEBUG records reach the process's log
    only if it asked for DEBUG.

    The exporter lowers the ``perfectgym_async`` logger to DEBUG to count
    requests; in a worker, whose root logger has handlers (Celery configures
    them), every record would then be printed. Here the records are handed to
    the parent loggers' handlers only at the level the process had configured.
    """
    sdk = logging.getLogger(_constants.LOGGER_NAME)
    threshold = sdk.getEffectiveLevel()
    if threshold <= logging.DEBUG:
        yield
        return

    class _Forward(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            parent = sdk.parent
            if parent is not None and record.levelno >= threshold:
                parent.handle(record)

    forward = _Forward(logging.DEBUG)
    propagate = sdk.propagate
    sdk.addHandler(forward)
    sdk.propagate = False
    try:
        yield
    finally:
        sdk.removeHandler(forward)
        sdk.propagate = propagate


@attrs.define
class _Ended:
    """How an export attempt ended (before the retry budget is applied)."""

    kind: Literal["finished", "transient", "permanent", "busy"]
    error: str | None = None


async def _export(
    job: ExportJob,
    ledger: Ledger,
    run_id: int,
    worker: str,
    env: Mapping[str, str],
    track: list[Exporter],
) -> _Ended:
    key = env.get(job.api_key_env)
    if not key:
        return _Ended(
            "permanent",
            f"the environment variable {job.api_key_env} (the API key of {job.name}) is not "
            f"set on worker {worker}",
        )
    redact = _Redactor(key, env.get("PGPASSWORD"))
    options = job.options
    try:
        client = AsyncClient(
            job.base_url,
            key,
            rate_limit=RateLimit(requests=options.rate_limit, window=options.rate_window),
            max_retries=options.max_retries,
        )
    except (TypeError, ValueError) as exc:
        return _Ended("permanent", redact(f"{job.name}: {exc}"))
    async with client:
        try:
            valid = await client.validate_api_key()
        except APIConnectionError as exc:
            return _Ended("transient", redact(f"cannot reach {job.base_url}: {exc}"))
        except APIStatusError as exc:
            kind: Literal["transient", "permanent"] = (
                "transient" if exc.status == 429 or exc.status >= 500 else "permanent"
            )
            return _Ended(kind, redact(f"the API key check at {job.base_url} failed: {exc}"))
        if not valid:
            return _Ended("permanent", f"{job.base_url} rejected the API key (HTTP 401)")
        exporter = Exporter(
            client,
            PostgresTarget(job.output),
            concurrency=options.concurrency,
            source=job.tenant,
        )
        track.append(exporter)

        async def heartbeat() -> None:
            while True:
                await anyio.sleep(options.heartbeat)
                try:
                    await ledger.heartbeat(run_id, _progress(exporter))
                except OutputError as exc:  # the export itself will say if the database is gone
                    logger.warning("%s: progress not recorded: %s", job.name, exc)

        result: ExportResult | None = None
        async with anyio.create_task_group() as group:
            group.start_soon(heartbeat)
            try:
                result = await exporter.run()
            except OutputInUseError as exc:
                return _Ended("busy", redact(str(exc)))
            except OutputError as exc:
                return _Ended("transient", redact(str(exc)))
            finally:
                group.cancel_scope.cancel()
    assert result is not None
    if result.listing_error is not None:
        return _Ended("transient", redact(result.listing_error))
    if result.progress.failed:
        sample = await ledger.failure_sample(job.tenant)
        return _Ended(
            "transient",
            redact(
                f"{result.progress.failed} customers failed after retries"
                + (f" (e.g. {sample})" if sample else "")
            ),
        )
    return _Ended("finished")


async def run_job(
    job: ExportJob,
    *,
    failures: int = 0,
    task_id: str = "-",
    worker: str = "-",
    env: Mapping[str, str] | None = None,
) -> JobOutcome:
    """One delivery of ``job``; ``failures``: transient failures of earlier deliveries.

    Never raises for a failure of the tenant or the database: the outcome says
    what happened. ``env`` (default ``os.environ``) is where keys are read.
    """
    env = os.environ if env is None else env
    started = time.monotonic()
    options = job.options
    final = failures >= options.retries
    name, tenant = job.name, job.tenant

    def again(error: str) -> JobOutcome:
        if final:
            logger.error("%s: failed after %d retries: %s", name, failures, error)
            return JobOutcome(kind="failed", name=name, tenant=tenant, error=error)
        delay = retry_delay(options, failures)
        logger.warning(
            "%s: retry %d/%d in %.1f s: %s", name, failures + 1, options.retries, delay, error
        )
        return JobOutcome(kind="retry", name=name, tenant=tenant, error=error, delay=delay)

    try:
        ledger = await Ledger.connect(job.output)
    except OutputError as exc:
        return again(str(exc))
    async with ledger:
        try:
            await ledger.ensure_schema()
            if not await ledger.try_lock(tenant):
                logger.info(
                    "%s: another worker is exporting it; looking again in %.1f s",
                    name,
                    options.busy_delay,
                )
                return JobOutcome(kind="busy", name=name, tenant=tenant, delay=options.busy_delay)
            done_by = await ledger.finished_run(tenant, job.submission)
            if done_by is not None:
                reason = f"a duplicate delivery: run {done_by} exported {name} in this submission"
                run_id = await ledger.record_skip(job, task_id, worker, reason)
                logger.info("%s: %s", name, reason)
                return JobOutcome(kind="skipped", name=name, tenant=tenant, run_id=run_id)
            run_id, attempt, lost = await ledger.start_run(job, task_id, worker)
        except OutputError as exc:
            return again(str(exc))
        logger.info(
            "%s: run %d started on %s (attempt %d%s)",
            name,
            run_id,
            worker,
            attempt,
            f", taking over from {lost} lost run" if lost else "",
        )
        track: list[Exporter] = []
        try:
            with _sdk_records_kept_at_their_level():
                ended = await _export(job, ledger, run_id, worker, env, track)
        except Exception as exc:  # a bug must not leave the run 'running' for ever
            ended = _Ended("transient", _Redactor(env.get(job.api_key_env))(describe(exc)))
        progress = _progress(track[0]) if track else RunProgress()
        elapsed = time.monotonic() - started
        if ended.kind == "finished":
            state, outcome = (
                "finished",
                JobOutcome(
                    kind="finished",
                    name=name,
                    tenant=tenant,
                    run_id=run_id,
                    attempt=attempt,
                    progress=progress,
                    elapsed=elapsed,
                ),
            )
            logger.info(
                "%s: run %d finished: %d customers (%d exported, %d earlier), %d requests, %.1f s",
                name,
                run_id,
                progress.exported + progress.earlier,
                progress.exported,
                progress.earlier,
                progress.requests,
                elapsed,
            )
        elif ended.kind == "busy":
            # A plain `perfectgym export` of the same tenant holds the store: come back.
            state = "retrying"
            outcome = JobOutcome(
                kind="busy",
                name=name,
                tenant=tenant,
                run_id=run_id,
                attempt=attempt,
                error=ended.error,
                delay=options.busy_delay,
                progress=progress,
                elapsed=elapsed,
            )
        else:
            error = ended.error or "failed"
            if ended.kind == "permanent":
                logger.error("%s: failed: %s", name, error)
                base = JobOutcome(kind="failed", name=name, tenant=tenant, error=error)
            else:
                base = again(error)
            state = "failed" if base.kind == "failed" else "retrying"
            outcome = attrs.evolve(
                base, run_id=run_id, attempt=attempt, progress=progress, elapsed=elapsed
            )
        try:
            await ledger.end_run(job, run_id, state, progress, outcome.error)
        except OutputError as exc:
            # The run stays 'running' until the next delivery marks it lost.
            logger.warning("%s: the end of run %d not recorded: %s", name, run_id, exc)
            if outcome.kind in ("finished", "failed"):
                return again(str(exc))
        return outcome
