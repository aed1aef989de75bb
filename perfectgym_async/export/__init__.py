"""The bulk customer export: every customer's balance and transactions into a database.

* :class:`Exporter` (``_exporter``) walks the customers, fetches, and hands
  rows to a :class:`Store`;
* :mod:`._rows` turns API models into table rows, the same for every store;
* :class:`SQLiteTarget` (``_sqlite``): one SQLite file per tenant, embedded;
* :class:`PostgresTarget` (``_postgres``): one PostgreSQL database shared by
  many tenants (needs the ``postgres`` extra);
* :func:`output_target` picks one from ``--output``; :func:`read_export`
  reads an export back;
* :class:`Follower` (``_follow``) applies webhook events to a store, and
  :class:`WebhookServer` receives them (``perfectgym webhooks serve``).
* many tenants on Celery workers (``perfectgym cluster``, the ``celery``
  extra): :func:`read_tenants` reads a tenants file, :class:`ExportJob` is one
  tenant's task and :func:`run_job` one delivery of it; the Celery app and its
  task live in :mod:`perfectgym_async.export.celery`.

Tables (schema version 2, every one keyed by ``tenant`` and the API's ids):
``customers``, ``account_balances``, ``transactions``, ``failures``,
``export_state``, plus ``export_meta``.
"""

from ._cluster import ExportJob, JobOutcome, run_job
from ._cluster_db import TenantStatus
from ._exporter import (
    CUSTOMER_SLICE,
    TRANSACTION_SLICE,
    Exporter,
    ExportProgress,
    ExportResult,
    RequestStats,
)
from ._follow import CUSTOMER_EVENT_TYPES, Follower, FollowStats, WebhookServer
from ._outcomes import (
    ExportError,
    Failed,
    Finished,
    Outcome,
    OutputError,
    OutputInUseError,
    RowsRefused,
)
from ._postgres import PostgresStore, PostgresTarget, is_postgres_url, redact_url
from ._rows import TABLES, CustomerRows, amount_text, customer_rows
from ._sqlite import ExistingOutput, SQLiteStore, SQLiteTarget, inspect_output, recorded_source
from ._store import (
    EXPORT_FORMAT,
    SCHEMA_VERSION,
    ExportSnapshot,
    Store,
    Target,
    tenant_identity,
)
from ._targets import output_target, read_export
from ._tenants import ExportOptions, TenantsFileError, TenantSpec, parse_tenants, read_tenants

__all__ = [
    "CUSTOMER_EVENT_TYPES",
    "CUSTOMER_SLICE",
    "EXPORT_FORMAT",
    "SCHEMA_VERSION",
    "TABLES",
    "TRANSACTION_SLICE",
    "CustomerRows",
    "ExistingOutput",
    "ExportError",
    "ExportJob",
    "ExportOptions",
    "ExportProgress",
    "ExportResult",
    "ExportSnapshot",
    "Exporter",
    "Failed",
    "Finished",
    "JobOutcome",
    "FollowStats",
    "Follower",
    "Outcome",
    "OutputError",
    "OutputInUseError",
    "PostgresStore",
    "PostgresTarget",
    "RequestStats",
    "RowsRefused",
    "SQLiteStore",
    "SQLiteTarget",
    "Store",
    "Target",
    "TenantSpec",
    "TenantStatus",
    "TenantsFileError",
    "WebhookServer",
    "amount_text",
    "customer_rows",
    "inspect_output",
    "is_postgres_url",
    "output_target",
    "parse_tenants",
    "read_export",
    "read_tenants",
    "recorded_source",
    "redact_url",
    "run_job",
    "tenant_identity",
]
