"""API models -> table rows, and the tables themselves; shared by every store.

Rows hold plain Python values (``int``, ``str``, ``Decimal``, ``date``,
``bool``, ``datetime``, JSON text); each store turns them into what its
database keeps (SQLite: decimal and date text, 0/1; PostgreSQL: ``NUMERIC``,
``DATE``, ``BOOLEAN``, ``TIMESTAMPTZ``, ``JSONB``) and back when an export is
read (:func:`perfectgym_async.export.read_export`), so both stores hold the same
tables with the same meaning.

Every table is keyed by ``tenant`` (the normalised tenant identity, see
:func:`perfectgym_async.export.tenant_identity`) as well as by the API's ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

import attrs

from .. import models
from .._serde import dumps, unstructure
from ..types import format_datetime
from ._outcomes import Finished

__all__ = [
    "BALANCES",
    "CUSTOMERS",
    "FAILURES",
    "STATE",
    "TABLES",
    "TRANSACTIONS",
    "Column",
    "CustomerRows",
    "Table",
    "amount_text",
    "balance_row",
    "customer_row",
    "customer_rows",
    "transaction_row",
]

#: What a column holds, independent of the database.
Kind = Literal["int", "text", "decimal", "date", "bool", "timestamp", "json"]


@attrs.frozen
class Column:
    name: str
    kind: Kind
    required: bool = False


@attrs.frozen
class Table:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    #: SQL conditions both databases understand.
    checks: tuple[str, ...] = ()
    #: Secondary indexes: name -> columns.
    indexes: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    def upsert(self, placeholders: Sequence[str]) -> str:
        """``INSERT ... ON CONFLICT (key) DO UPDATE`` of every column (same in both dialects)."""
        updates = ", ".join(f"{n} = excluded.{n}" for n in self.names if n not in self.key)
        return (
            f"INSERT INTO {self.name} ({', '.join(self.names)}) "
            f"VALUES ({', '.join(placeholders)}) "
            f"ON CONFLICT ({', '.join(self.key)}) DO UPDATE SET {updates}"
        )


def _c(name: str, kind: Kind, required: bool = False) -> Column:
    return Column(name, kind, required)


_TENANT = _c("tenant", "text", True)

CUSTOMERS = Table(
    "customers",
    (
        _TENANT,
        _c("id", "int", True),
        _c("customer_number", "text"),
        _c("status", "text", True),
        _c("first_name", "text"),
        _c("last_name", "text"),
        _c("email", "text"),
        _c("date_of_birth", "date"),
        _c("city", "text"),
        _c("country", "text"),
        _c("studio_id", "int"),
        _c("created_date_time", "text"),  # zoned, kept as the API wrote it
        _c("data", "json", True),  # the whole customer as the SDK parsed it
        _c("exported_at", "timestamp", True),
        # Set when the tenant reports the customer deleted; its rows stay (history).
        _c("deleted_at", "timestamp"),
    ),
    key=("tenant", "id"),
)
BALANCES = Table(
    "account_balances",
    (
        _TENANT,
        _c("customer_id", "int", True),
        _c("account_balance", "decimal"),
        _c("account_balance_currency", "text"),
        _c("consumption_credit", "decimal"),
        _c("consumption_credit_currency", "text"),
        _c("dunning_level", "text"),
        _c("in_debt_collection", "bool", True),
        _c("exported_at", "timestamp", True),
    ),
    key=("tenant", "customer_id"),
)
TRANSACTIONS = Table(
    "transactions",
    (
        _TENANT,
        _c("id", "int", True),
        _c("customer_id", "int", True),
        _c("kind", "text", True),
        _c("due_date", "date", True),
        _c("description", "text"),
        _c("amount", "decimal"),
        _c("currency", "text"),
        _c("open_amount", "decimal"),
        _c("open_currency", "text"),
        _c("installment_plan", "bool", True),
        _c("exported_at", "timestamp", True),
    ),
    key=("tenant", "id"),
    checks=("kind IN ('past', 'upcoming')",),
    indexes=(("transactions_by_customer", ("tenant", "customer_id")),),
)
FAILURES = Table(
    "failures",
    (
        _TENANT,
        _c("customer_id", "int", True),
        _c("error", "text", True),
        _c("at", "timestamp", True),
    ),
    key=("tenant", "customer_id"),
)
STATE = Table(
    "export_state",
    (_TENANT, _c("customer_id", "int", True), _c("finished_at", "timestamp", True)),
    key=("tenant", "customer_id"),
)
#: Every tenant-keyed table, in the order they are created (``export_meta`` aside).
TABLES = (CUSTOMERS, BALANCES, TRANSACTIONS, FAILURES, STATE)


def amount_text(value: Decimal | None) -> str | None:
    """A money amount as exact decimal text (never exponent notation)."""
    return None if value is None else format(value, "f")


@attrs.frozen
class CustomerRows:
    """One customer's rows, written together with its finished mark."""

    tenant: str
    customer_id: int
    customer: tuple[Any, ...]
    balance: tuple[Any, ...]
    transactions: tuple[tuple[Any, ...], ...]
    at: datetime


def customer_row(tenant: str, customer: models.Customer, at: datetime) -> tuple[Any, ...]:
    created = customer.created_date_time
    date_of_birth: date | None = customer.date_of_birth
    return (
        tenant,
        customer.id,
        customer.customer_number,
        str(customer.status),
        customer.first_name,
        customer.last_name,
        customer.email,
        date_of_birth,
        customer.city,
        customer.country,
        customer.studio_id,
        format_datetime(created) if created is not None else None,
        dumps(unstructure(customer)).decode("utf-8"),
        at,
        None,  # listed by the API: not deleted
    )


def balance_row(
    tenant: str, customer_id: int, balance: models.CustomerAccountBalance, at: datetime
) -> tuple[Any, ...]:
    account, credit = balance.account_balance, balance.consumption_credit
    return (
        tenant,
        customer_id,
        account.amount if account else None,
        account.currency if account else None,
        credit.amount if credit else None,
        credit.currency if credit else None,
        balance.dunning_level,
        bool(balance.in_debt_collection),
        at,
    )


def transaction_row(
    tenant: str, customer_id: int, kind: str, entry: models.BookingEntry, at: datetime
) -> tuple[Any, ...]:
    amount, open_amount = entry.amount, entry.open_amount
    return (
        tenant,
        entry.id,
        customer_id,
        kind,
        entry.due_date,
        entry.description,
        amount.amount if amount else None,
        amount.currency if amount else None,
        open_amount.amount if open_amount else None,
        open_amount.currency if open_amount else None,
        bool(entry.installment_plan),
        at,
    )


def customer_rows(tenant: str, fetched: Finished, at: datetime) -> CustomerRows:
    """Every row of one fetched customer; raises if a value does not fit the tables."""
    customer_id = fetched.customer.id
    transactions = [transaction_row(tenant, customer_id, "past", e, at) for e in fetched.past]
    transactions += [
        transaction_row(tenant, customer_id, "upcoming", e, at) for e in fetched.upcoming
    ]
    return CustomerRows(
        tenant=tenant,
        customer_id=customer_id,
        customer=customer_row(tenant, fetched.customer, at),
        balance=balance_row(tenant, customer_id, fetched.balance, at),
        transactions=tuple(transactions),
        at=at,
    )
