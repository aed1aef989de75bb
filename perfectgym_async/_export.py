"""Where the export lived before it became :mod:`perfectgym_async.export`; re-exports it."""

from .export import (
    EXPORT_FORMAT,
    SCHEMA_VERSION,
    ExistingOutput,
    Exporter,
    ExportError,
    ExportProgress,
    ExportResult,
    OutputError,
    OutputInUseError,
    RequestStats,
    amount_text,
    inspect_output,
    recorded_source,
    tenant_identity,
)

__all__ = [
    "EXPORT_FORMAT",
    "SCHEMA_VERSION",
    "ExistingOutput",
    "ExportError",
    "ExportProgress",
    "ExportResult",
    "Exporter",
    "OutputError",
    "OutputInUseError",
    "RequestStats",
    "amount_text",
    "inspect_output",
    "recorded_source",
    "tenant_identity",
]
