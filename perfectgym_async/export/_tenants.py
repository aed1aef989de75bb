"""The tenants file: which studios a cluster exports, and where each one's key lives.

A TOML file, one table per tenant under ``[tenants]``; optional ``[defaults]``
apply to every tenant and any of them may be set per tenant::

    [defaults]
    concurrency = 16        # customers fetched at once
    rate_limit = 1000       # requests per endpoint per rate_window (the API's budget)
    rate_window = 60        # seconds

    [tenants.berlin]
    base_url = "https://berlin.open-api.perfectgym.com"
    api_key_env = "PERFECTGYM_KEY_BERLIN"   # the NAME of the variable on the workers

The file holds no secret: a key stays in the environment of the machines that
run the export (``api_key_env`` names the variable), and only that name travels
through the broker. Every mistake is reported with the tenant and the field, as
a :class:`TenantsFileError`.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from .. import _constants
from ._outcomes import ExportError
from ._store import tenant_identity

__all__ = ["ExportOptions", "TenantSpec", "TenantsFileError", "parse_tenants", "read_tenants"]

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,199}$")


class TenantsFileError(ExportError):
    """The tenants file cannot be read or is wrong; the message names the place."""


@attrs.frozen(kw_only=True)
class ExportOptions:
    """How one tenant is exported (none of it is secret; all of it travels in the task)."""

    #: Customers fetched at once.
    concurrency: int = 16
    #: The client's per-endpoint limit: ``rate_limit`` requests per ``rate_window`` seconds.
    rate_limit: int = _constants.DEFAULT_RATE_LIMIT_REQUESTS
    rate_window: float = _constants.DEFAULT_RATE_LIMIT_WINDOW
    #: Retries of one request before its customer counts as failed (the SDK's ``max_retries``).
    max_retries: int = _constants.DEFAULT_MAX_RETRIES
    #: Task retries after a transient failure (unreachable tenant or database, customers
    #: that failed, an interrupted listing); then the tenant is recorded as failed.
    retries: int = 5
    #: First retry after ``retry_delay`` seconds, doubling up to ``retry_delay_max``.
    retry_delay: float = 10.0
    retry_delay_max: float = 600.0
    #: Seconds before a delivery that found the tenant's lock taken looks again.
    busy_delay: float = 30.0
    #: Seconds between progress updates of a running export in the ``runs`` table.
    heartbeat: float = 5.0

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


#: option name -> (type, lowest allowed value)
_OPTIONS: dict[str, tuple[type, float]] = {
    "concurrency": (int, 1),
    "rate_limit": (int, 1),
    "rate_window": (float, 0.001),
    "max_retries": (int, 0),
    "retries": (int, 0),
    "retry_delay": (float, 0.0),
    "retry_delay_max": (float, 0.0),
    "busy_delay": (float, 0.01),
    "heartbeat": (float, 0.05),
}


def _option(where: str, key: str, value: object) -> int | float:
    kind, lowest = _OPTIONS[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TenantsFileError(f"{where}: {key} must be a number, got {value!r}")
    if kind is int and not isinstance(value, int):
        raise TenantsFileError(f"{where}: {key} must be a whole number, got {value!r}")
    if value < lowest:
        raise TenantsFileError(f"{where}: {key} must be at least {lowest:g}, got {value!r}")
    return int(value) if kind is int else float(value)


def options_from(where: str, table: Mapping[str, object], base: ExportOptions) -> ExportOptions:
    """``base`` with the options set in ``table`` (a tenant's or ``[defaults]``)."""
    changes: dict[str, Any] = {
        key: _option(where, key, table[key]) for key in _OPTIONS if key in table
    }
    options = attrs.evolve(base, **changes)
    if options.rate_window >= 86400:
        raise TenantsFileError(f"{where}: rate_window must be under a day")
    return options


@attrs.frozen(kw_only=True)
class TenantSpec:
    """One studio of the tenants file."""

    #: How status and logs name it (unique in the file).
    name: str
    base_url: str
    #: The environment variable that holds its API key on every worker.
    api_key_env: str
    options: ExportOptions = attrs.field(factory=ExportOptions)

    @property
    def tenant(self) -> str:
        """Its identity in the output (the export tables' ``tenant`` column)."""
        return tenant_identity(self.base_url)


def _check_url(where: str, url: object) -> str:
    if not isinstance(url, str) or not url.strip():
        raise TenantsFileError(f"{where}: base_url must be a URL such as https://x.example.com")
    url = url.strip()
    identity = tenant_identity(url)
    if not identity.startswith(("http://", "https://")):
        raise TenantsFileError(
            f"{where}: base_url must be an http(s) URL such as https://x.example.com, got {url!r}"
        )
    return url


def _toml() -> Any:
    # tomllib from 3.11 on; the same parser as the tomli package before.
    return importlib.import_module("tomllib" if sys.version_info >= (3, 11) else "tomli")


def parse_tenants(text: str, *, source: str = "tenants file") -> list[TenantSpec]:
    """The tenants of a tenants file's text, in file order."""
    toml = _toml()
    try:
        document: dict[str, Any] = toml.loads(text)
    except toml.TOMLDecodeError as exc:
        raise TenantsFileError(f"{source} is not valid TOML: {exc}") from None
    unknown = sorted(set(document) - {"defaults", "tenants"})
    if unknown:
        raise TenantsFileError(
            f"{source}: unknown section(s) {', '.join(unknown)} (expected [defaults] and "
            "[tenants.NAME])"
        )
    defaults_table = document.get("defaults", {})
    if not isinstance(defaults_table, dict):
        raise TenantsFileError(f"{source}: [defaults] must be a table")
    bad = sorted(set(defaults_table) - set(_OPTIONS))
    if bad:
        raise TenantsFileError(
            f"{source}: [defaults] has unknown option(s) {', '.join(bad)} (known: "
            f"{', '.join(_OPTIONS)})"
        )
    defaults = options_from(f"{source} [defaults]", defaults_table, ExportOptions())
    tenants_table = document.get("tenants")
    if not isinstance(tenants_table, dict) or not tenants_table:
        raise TenantsFileError(
            f"{source} names no tenant: add one table per tenant, e.g. [tenants.berlin] with "
            "base_url and api_key_env"
        )
    tenants: list[TenantSpec] = []
    identities: dict[str, str] = {}
    for name, table in tenants_table.items():
        where = f"{source} [tenants.{name}]"
        if not _NAME.match(name):
            raise TenantsFileError(
                f"{where}: a tenant name is letters, digits, '_', '.' and '-' (at most 100)"
            )
        if not isinstance(table, dict):
            raise TenantsFileError(f"{where} must be a table with base_url and api_key_env")
        extra = sorted(set(table) - {"base_url", "api_key_env", *_OPTIONS})
        if "api_key" in extra:
            raise TenantsFileError(
                f"{where}: a key never goes into the tenants file; set it in an environment "
                "variable on the workers and name that variable in api_key_env"
            )
        if extra:
            raise TenantsFileError(f"{where}: unknown field(s) {', '.join(extra)}")
        base_url = _check_url(where, table.get("base_url"))
        env = table.get("api_key_env")
        if not isinstance(env, str) or not _ENV_NAME.match(env):
            raise TenantsFileError(
                f"{where}: api_key_env must name an environment variable (letters, digits "
                f"and '_'), got {env!r}"
            )
        spec = TenantSpec(
            name=name,
            base_url=base_url,
            api_key_env=env,
            options=options_from(where, table, defaults),
        )
        earlier = identities.get(spec.tenant)
        if earlier is not None:
            raise TenantsFileError(
                f"{where}: the same tenant as [tenants.{earlier}] ({spec.tenant}); one "
                "entry per tenant"
            )
        identities[spec.tenant] = name
        tenants.append(spec)
    return tenants


def read_tenants(path: str | os.PathLike[str]) -> list[TenantSpec]:
    """The tenants of the tenants file at ``path``."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise TenantsFileError(f"cannot read the tenants file {file}: {reason}") from None
    return parse_tenants(text, source=str(file))
