"""Check an export row by row against a fake tenant's ground truth.

Works on either store (an SQLite file or a PostgreSQL database): the export is
read back through :func:`perfectgym_async.export.read_export`, which gives the
same plain values (``Decimal``, ``date``, ``bool``) whichever database holds it.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from ..export import Target, read_export
from ._data import FakeTransaction, TenantData

__all__ = [
    "ClusterVerification",
    "VerificationResult",
    "find_secrets",
    "verify_cluster",
    "verify_export",
]

#: Problems listed in full; beyond this only the count is kept.
_MAX_LISTED = 20


@attrs.frozen
class VerificationResult:
    customers: int
    transactions: int
    balances: int
    problems: tuple[str, ...]
    problem_count: int
    #: Customers of the export marked deleted (the tenant no longer has them; their rows
    #: are kept as history and counted in ``customers``, ``transactions``, ``balances``).
    deleted: int = 0

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def line(self, label: str = "verification") -> str:
        """The one-line verdict the CLI prints, starting with ``label``."""
        if self.ok:
            deleted = f" ({self.deleted} deleted, kept as history)" if self.deleted else ""
            return (
                f"{label}: OK - {self.customers} customers{deleted}, {self.transactions} "
                f"transactions, {self.balances} balances match the tenant"
            )
        shown = "; ".join(self.problems[:3])
        more = f" (and {self.problem_count - 3} more)" if self.problem_count > 3 else ""
        return f"{label}: FAILED - {self.problem_count} problems: {shown}{more}"


def _expected_transaction(t: FakeTransaction) -> tuple[Any, ...]:
    return (
        t.customer_id,
        t.kind,
        t.due_date,
        t.description,
        t.amount,
        t.currency,
        t.open_amount,
        t.currency,
        t.installment_plan,
    )


class _Problems:
    def __init__(self) -> None:
        self.listed: list[str] = []
        self.count = 0

    def add(self, message: str) -> None:
        self.count += 1
        if len(self.listed) < _MAX_LISTED:
            self.listed.append(message)

    def compare_keys(self, what: str, expected: Iterable[int], actual: Iterable[int]) -> None:
        expected_set, actual_set = set(expected), set(actual)
        for key in sorted(expected_set - actual_set):
            self.add(f"{what} {key} missing")
        for key in sorted(actual_set - expected_set):
            self.add(f"{what} {key} unexpected")


def verify_export(
    output: Target | str | os.PathLike[str],
    data: TenantData,
    *,
    tenant: str | None = None,
    statuses: Iterable[str] = ("MEMBER", "PROSPECT"),
) -> VerificationResult:
    """Compare every customer, balance and transaction row of ``output`` with ``data``.

    ``output`` is an SQLite file's path, a ``postgresql://`` URL or a
    :class:`~perfectgym_async.export.Target`; ``tenant`` picks the export to
    check where several share a database (default: the only one there).
    Amounts are compared as decimals, so ``20.0`` and ``20.00`` agree while
    ``19.99`` and ``19.990000000000002`` do not. A customer the tenant no longer has
    must be marked deleted (``deleted_at``, as webhooks leave it); its rows are kept
    as history and not compared. Reads only: an SQLite file gets no ``-wal``/``-shm``
    files next to it.
    """
    wanted = set(statuses)
    customers = {cid: c for cid, c in data.customers.items() if c.status in wanted}
    problems = _Problems()
    tables = read_export(output, tenant).tables
    rows = tables["customers"]
    finished = [r["customer_id"] for r in tables["export_state"]]
    balances = tables["account_balances"]
    transactions = tables["transactions"]
    # Customers the tenant deleted stay as history, marked deleted (webhooks do that):
    # their rows are not compared. One the tenant still has is compared as any other.
    deleted = {
        r["id"] for r in rows if r.get("deleted_at") is not None and r["id"] not in customers
    }
    listed = [r for r in rows if r["id"] not in deleted]
    balances_listed = [b for b in balances if b["customer_id"] not in deleted]
    transactions_listed = [t for t in transactions if t["customer_id"] not in deleted]

    problems.compare_keys("customer", customers, (r["id"] for r in listed))
    problems.compare_keys(
        "finished mark of customer", customers, (c for c in finished if c not in deleted)
    )
    for failure in tables["failures"]:
        problems.add(f"customer {failure['customer_id']} recorded as failed: {failure['error']}")
    for row in listed:
        truth = customers.get(row["id"])
        if truth is None:
            continue
        actual_customer = tuple(
            row[k] for k in ("customer_number", "status", "first_name", "last_name", "email")
        )
        if actual_customer != (
            truth.customer_number,
            truth.status,
            truth.first_name,
            truth.last_name,
            truth.email,
        ):
            problems.add(f"customer {row['id']} differs")

    problems.compare_keys(
        "balance of customer", customers, (r["customer_id"] for r in balances_listed)
    )
    for balance in balances_listed:
        customer_id = balance["customer_id"]
        truth_balance = data.balances.get(customer_id)
        if truth_balance is None or customer_id not in customers:
            continue
        expected = (
            truth_balance.account_balance,
            truth_balance.currency,
            truth_balance.consumption_credit,
            truth_balance.currency if truth_balance.consumption_credit is not None else None,
            truth_balance.dunning_level,
            truth_balance.in_debt_collection,
        )
        actual = tuple(
            balance[k]
            for k in (
                "account_balance",
                "account_balance_currency",
                "consumption_credit",
                "consumption_credit_currency",
                "dunning_level",
                "in_debt_collection",
            )
        )
        if actual != expected:
            problems.add(f"balance of customer {customer_id} differs: {actual} != {expected}")

    truth_transactions = {
        t.id: _expected_transaction(t)
        for customer_id in customers
        for source in (data.past_transactions, data.upcoming_transactions)
        for t in source.get(customer_id, [])
    }
    problems.compare_keys("transaction", truth_transactions, (r["id"] for r in transactions_listed))
    for transaction in transactions_listed:
        expected_row = truth_transactions.get(transaction["id"])
        if expected_row is None:
            continue
        actual_row = tuple(
            transaction[k]
            for k in (
                "customer_id",
                "kind",
                "due_date",
                "description",
                "amount",
                "currency",
                "open_amount",
                "open_currency",
                "installment_plan",
            )
        )
        if actual_row != expected_row:
            problems.add(f"transaction {transaction['id']} differs: {actual_row} != {expected_row}")

    return VerificationResult(
        customers=len(rows),
        transactions=len(transactions),
        balances=len(balances),
        problems=tuple(problems.listed),
        problem_count=problems.count,
        deleted=len(deleted),
    )


# ------------------------------------------------------------------ many tenants


@attrs.frozen
class ClusterVerification:
    """Every tenant of a shared database checked against its ground truth."""

    tenants: int
    customers: int
    transactions: int
    balances: int
    #: tenant -> its verification, for the tenants with problems.
    failed: dict[str, VerificationResult]

    @property
    def ok(self) -> bool:
        return not self.failed

    def line(self) -> str:
        if self.ok:
            return (
                f"verification: OK - {self.tenants} tenants, {self.customers} customers, "
                f"{self.transactions} transactions"
            )
        shown = "; ".join(
            f"{tenant}: {result.line().removeprefix('verification: FAILED - ')}"
            for tenant, result in list(self.failed.items())[:3]
        )
        return f"verification: FAILED - {len(self.failed)} of {self.tenants} tenants: {shown}"


def verify_cluster(
    output: Target | str | os.PathLike[str], tenants: Mapping[str, TenantData]
) -> ClusterVerification:
    """:func:`verify_export` for each tenant (keyed by its identity in the output,
    e.g. its base URL) of a database many tenants share."""
    results = {
        tenant: verify_export(output, data, tenant=tenant) for tenant, data in tenants.items()
    }
    return ClusterVerification(
        tenants=len(results),
        customers=sum(r.customers for r in results.values()),
        transactions=sum(r.transactions for r in results.values()),
        balances=sum(r.balances for r in results.values()),
        failed={tenant: r for tenant, r in results.items() if not r.ok},
    )


# ------------------------------------------------------------------ secrets at rest


def _texts(raw: bytes) -> Iterable[bytes]:
    """``raw`` and what it encodes: JSON strings inside it, base64 bodies (a Celery message's
    body is base64 in Redis), recursively."""
    yield raw
    try:
        document = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return
    stack: list[Any] = [document]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            yield item.encode()
            if len(item) >= 8:
                try:
                    decoded = base64.b64decode(item, validate=True)
                except (binascii.Error, ValueError):
                    continue
                yield from _texts(decoded)


def _redis_values(url: str) -> Iterable[tuple[str, bytes]]:
    import redis

    client: Any = redis.Redis.from_url(url)  # bytes in, bytes out
    try:
        for key in client.scan_iter(count=500):
            name = key.decode(errors="replace")
            yield f"redis key {name}", key
            kind = client.type(key).decode()
            values: list[bytes] = []
            if kind == "string":
                values = [client.get(key) or b""]
            elif kind == "list":
                values = list(client.lrange(key, 0, -1))
            elif kind == "hash":
                values = [v for pair in client.hgetall(key).items() for v in pair]
            elif kind == "set":
                values = list(client.smembers(key))
            elif kind == "zset":
                values = [member for member, _ in client.zrange(key, 0, -1, withscores=True)]
            for value in values:
                yield f"redis {kind} {name}", value
    finally:
        client.close()


def _postgres_values(url: str) -> Iterable[tuple[str, bytes]]:
    import psycopg

    with psycopg.connect(url, autocommit=True) as db:
        tables = [
            row[0]
            for row in db.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            ).fetchall()
        ]
        for table in tables:
            for (text,) in db.execute(f'SELECT t::text FROM "{table}" t'):
                yield f"postgres table {table}", str(text).encode()


def find_secrets(
    secrets: Iterable[str],
    *,
    redis_url: str | None = None,
    postgres_url: str | None = None,
    files: Iterable[str | os.PathLike[str]] = (),
) -> list[str]:
    """Where any of ``secrets`` is stored: every key and value of a Redis database
    (Celery's base64 message bodies decoded), every row of every table of a
    PostgreSQL database's current schema, and ``files`` (logs).

    Returns one ``"<place>: secret #<n>"`` per place and secret found (the
    secret itself is never in the answer); empty when none is anywhere.
    """
    wanted = [(n, s.encode()) for n, s in enumerate(secrets, 1) if s]
    found: list[str] = []

    def check(place: str, raw: bytes) -> None:
        for text in _texts(raw):
            for number, secret in wanted:
                hit = f"{place}: secret #{number}"
                if secret in text and hit not in found:
                    found.append(hit)

    if redis_url is not None:
        for place, raw in _redis_values(redis_url):
            check(place, raw)
    if postgres_url is not None:
        for place, raw in _postgres_values(postgres_url):
            check(place, raw)
    for file in files:
        check(f"file {Path(file).name}", Path(file).read_bytes())
    return found
