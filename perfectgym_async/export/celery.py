"""The Celery app of the many-studio export: one task per tenant, into PostgreSQL.

Start workers with the standard command (``pip install 'perfectgym_async[celery]'``)::

    PERFECTGYM_BROKER_URL=redis://broker-host:6379/0 PGPASSWORD=... \\
    PERFECTGYM_KEY_BERLIN=... PERFECTGYM_KEY_HAMBURG=... \\
        celery -A perfectgym_async.export.celery worker --pool=solo --loglevel=INFO

and queue tenants with ``perfectgym cluster submit --tenants tenants.toml
--output postgresql://user@db-host/dbname``. Each worker needs the
environment variables the tenants file names for the keys and the database's
password (``PGPASSWORD`` or ``~/.pgpass``); neither ever travels through the
broker.

Delivery is at least once: a task is acknowledged after it ran
(``acks_late``), so a worker that dies mid-tenant leaves its message to be
delivered again (Redis does so after ``visibility_timeout``), and the export
resumes from the customers already committed. A delivery that finds the
tenant's lock taken (see :mod:`._cluster_db`) comes back after
``busy_delay``; one whose tenant this submission already exported is recorded
as ``skipped``. Transient failures are retried by Celery with exponential
backoff; a tenant that keeps failing is recorded as ``failed`` and the other
tenants go on.

Worker settings, from the environment (every worker and ``cluster submit``
should agree on them):

* ``PERFECTGYM_BROKER_URL`` (else ``CELERY_BROKER_URL``, else
  ``redis://127.0.0.1:6379/0``): the broker;
* ``PERFECTGYM_CELERY_QUEUE`` (``perfectgym-export``): the queue;
* ``PERFECTGYM_VISIBILITY_TIMEOUT`` (3600): seconds after which Redis hands an
  unacknowledged task to another worker. A tenant running longer gets a second
  delivery, which waits on the lock; a task of a killed worker comes back after
  this long.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Sequence
from typing import Any

import anyio
import attrs
from celery import Celery, Task

from ._cluster import ExportJob, JobOutcome, run_job
from ._cluster_db import Ledger
from ._outcomes import ExportError
from ._postgres import _secrets, is_postgres_url, redact_url
from ._tenants import TenantSpec

__all__ = [
    "DEFAULT_BROKER",
    "DEFAULT_QUEUE",
    "TASK_NAME",
    "SubmitError",
    "Submitted",
    "app",
    "broker_url",
    "export_tenant",
    "make_app",
    "queue_name",
    "submit_tenants",
]

TASK_NAME = "perfectgym_async.export_tenant"
DEFAULT_BROKER = "redis://127.0.0.1:6379/0"
DEFAULT_QUEUE = "perfectgym-export"
DEFAULT_VISIBILITY_TIMEOUT = 3600.0


def broker_url(environ: dict[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    return env.get("PERFECTGYM_BROKER_URL") or env.get("CELERY_BROKER_URL") or DEFAULT_BROKER


def queue_name() -> str:
    return os.environ.get("PERFECTGYM_CELERY_QUEUE") or DEFAULT_QUEUE


def _visibility_timeout() -> float:
    text = os.environ.get("PERFECTGYM_VISIBILITY_TIMEOUT")
    if not text:
        return DEFAULT_VISIBILITY_TIMEOUT
    value = float(text)
    if value <= 0:
        raise ValueError("PERFECTGYM_VISIBILITY_TIMEOUT must be a positive number of seconds")
    return value


def make_app(broker: str | None = None) -> Celery:
    """A Celery app configured for the export (the task is registered on :data:`app`)."""
    visibility = _visibility_timeout()
    celery_app = Celery("perfectgym_async", set_as_current=False)
    celery_app.conf.update(
        broker_url=broker or broker_url(),
        broker_connection_retry_on_startup=True,
        broker_transport_options={
            "visibility_timeout": visibility,
            # Look for the tasks of dead workers often (kombu >= 5.6 reads these; others
            # sweep every few seconds anyway).
            "unacked_restore_interval": max(1, min(10, int(visibility // 4) or 1)),
            "unacked_restore_throttle": 1,
        },
        task_default_queue=queue_name(),
        task_serializer="json",
        accept_content=["json"],
        # At least once: acknowledged after the run, handed on when the worker dies.
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        # The state lives in PostgreSQL (`perfectgym cluster status`), not in a backend.
        task_ignore_result=True,
        worker_hijack_root_logger=True,
        enable_utc=True,
    )
    return celery_app


app = make_app()


def _worker_name(task: Task[Any, Any]) -> str:
    hostname = task.request.hostname or socket.gethostname()
    return f"{hostname} (pid {os.getpid()})"


@app.task(bind=True, name=TASK_NAME, max_retries=None, acks_late=True)
def export_tenant(self: Task[Any, Any], message: dict[str, Any], failures: int = 0) -> Any:
    """Export one tenant (see :class:`~perfectgym_async.export._cluster.ExportJob`)."""
    job = ExportJob.from_message(message)
    outcome: JobOutcome = anyio.run(
        lambda: run_job(
            job, failures=failures, task_id=str(self.request.id), worker=_worker_name(self)
        )
    )
    if outcome.kind == "busy":
        raise self.retry(
            args=(message,),
            kwargs={"failures": failures},
            countdown=outcome.delay,
            exc=_Again(f"{job.name} is being exported by another worker"),
        )
    if outcome.kind == "retry":
        raise self.retry(
            args=(message,),
            kwargs={"failures": failures + 1},
            countdown=outcome.delay,
            exc=_Again(outcome.error or "transient failure"),
        )
    return outcome.summary()


class _Again(Exception):
    """Why a task asked to run again (its message is what Celery logs)."""


# ------------------------------------------------------------------ submitting


class SubmitError(ExportError):
    """The tenants cannot be queued (broker or database unreachable); the message says why."""


@attrs.frozen
class Submitted:
    submission: str
    jobs: tuple[ExportJob, ...]
    #: The broker, as messages name it (without a password).
    broker: str


def _masked(text: str, url: str) -> str:
    for secret in _secrets(url):
        text = text.replace(secret, "***")
    return text


async def _record(output: str, submission: str, jobs: Sequence[ExportJob]) -> None:
    async with await Ledger.connect(output) as ledger:
        await ledger.ensure_schema()
        await ledger.submit(submission, jobs)


def submit_tenants(
    tenants: Sequence[TenantSpec],
    output: str,
    *,
    broker: str | None = None,
    refresh: bool = False,
) -> Submitted:
    """Queue one export task per tenant; returns the submission.

    ``output`` may carry the database password (used here to record the
    submission); the tasks carry the URL without it. Raises
    :class:`SubmitError` when the broker cannot be reached and
    :class:`~perfectgym_async.export.OutputError` when the database cannot be used;
    in either case nothing is queued.
    """
    if not is_postgres_url(output):
        raise SubmitError(
            "a cluster exports into PostgreSQL: --output postgresql://user@host:port/dbname"
        )
    if not tenants:
        raise SubmitError("no tenant to submit")
    submission = uuid.uuid4().hex
    jobs = tuple(ExportJob.for_tenant(t, output, submission, refresh=refresh) for t in tenants)
    celery_app = make_app(broker)
    broker_of = str(celery_app.conf.broker_url)
    shown = redact_url(broker_of)
    try:
        try:
            with celery_app.connection_for_write() as connection:
                connection.ensure_connection(max_retries=1, timeout=10)
        except Exception as exc:  # kombu's OperationalError, socket errors: all one here
            raise SubmitError(
                _masked(f"cannot reach the broker {shown}: {exc}", broker_of)
            ) from None
        anyio.run(_record, output, submission, jobs)
        try:
            with celery_app.producer_or_acquire() as producer:
                for job in jobs:
                    celery_app.send_task(
                        TASK_NAME,
                        args=(job.to_message(),),
                        kwargs={"failures": 0},
                        queue=queue_name(),
                        producer=producer,
                    )
        except Exception as exc:
            raise SubmitError(
                _masked(f"queueing the tasks on {shown} failed: {exc}", broker_of)
            ) from None
    finally:
        celery_app.close()
    return Submitted(submission, jobs, shown)
