"""Check an export file row by row against a fake tenant's ground truth."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from ._data import FakeTransaction, TenantData

__all__ = ["VerificationResult", "verify_export"]

#: Problems listed in full; beyond this only the count is kept.
_MAX_LISTED = 20


@attrs.frozen
class VerificationResult:
    customers: int
    transactions: int
    balances: int
    problems: tuple[str, ...]
    problem_count: int

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def line(self) -> str:
        """The one-line verdict the CLI prints."""
        if self.ok:
            return (
                f"verification: OK - {self.customers} customers, {self.transactions} "
                f"transactions, {self.balances} balances match the tenant"
            )
        shown = "; ".join(self.problems[:3])
        more = f" (and {self.problem_count - 3} more)" if self.problem_count > 3 else ""
        return f"verification: FAILED - {self.problem_count} problems: {shown}{more}"


def _amount(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _expected_transaction(t: FakeTransaction) -> tuple[Any, ...]:
    return (
        t.customer_id,
        t.kind,
        t.due_date.isoformat(),
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
    path: Path | str,
    data: TenantData,
    *,
    statuses: Iterable[str] = ("MEMBER", "PROSPECT"),
) -> VerificationResult:
    """Compare every customer, balance and transaction row of ``path`` with ``data``.

    Amounts are compared as decimals, so ``20.0`` and ``20.00`` agree while
    ``19.99`` and ``19.990000000000002`` do not.
    """
    wanted = set(statuses)
    customers = {cid: c for cid, c in data.customers.items() if c.status in wanted}
    problems = _Problems()
    connection = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT id, customer_number, status, first_name, last_name, email FROM customers"
        ).fetchall()
        finished = [r[0] for r in connection.execute("SELECT customer_id FROM export_state")]
        failures = connection.execute("SELECT customer_id, error FROM failures").fetchall()
        balances = connection.execute(
            "SELECT customer_id, account_balance, account_balance_currency, consumption_credit, "
            "consumption_credit_currency, dunning_level, in_debt_collection "
            "FROM account_balances"
        ).fetchall()
        transactions = connection.execute(
            "SELECT id, customer_id, kind, due_date, description, amount, currency, "
            "open_amount, open_currency, installment_plan FROM transactions"
        ).fetchall()
    finally:
        connection.close()

    problems.compare_keys("customer", customers, (r[0] for r in rows))
    problems.compare_keys("finished mark of customer", customers, finished)
    for customer_id, error in failures:
        problems.add(f"customer {customer_id} recorded as failed: {error}")
    for customer_id, number, status, first, last, email_address in rows:
        truth = customers.get(customer_id)
        if truth is None:
            continue
        if (number, status, first, last, email_address) != (
            truth.customer_number,
            truth.status,
            truth.first_name,
            truth.last_name,
            truth.email,
        ):
            problems.add(f"customer {customer_id} differs")

    problems.compare_keys("balance of customer", customers, (r[0] for r in balances))
    for customer_id, account, account_currency, credit, credit_currency, level, debt in balances:
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
        actual = (
            _amount(account),
            account_currency,
            _amount(credit),
            credit_currency,
            level,
            bool(debt),
        )
        if actual != expected:
            problems.add(f"balance of customer {customer_id} differs: {actual} != {expected}")

    truth_transactions = {
        t.id: _expected_transaction(t)
        for customer_id in customers
        for source in (data.past_transactions, data.upcoming_transactions)
        for t in source.get(customer_id, [])
    }
    problems.compare_keys("transaction", truth_transactions, (r[0] for r in transactions))
    for row in transactions:
        expected_row = truth_transactions.get(row[0])
        if expected_row is None:
            continue
        actual_row = (
            row[1],
            row[2],
            row[3],
            row[4],
            _amount(row[5]),
            row[6],
            _amount(row[7]),
            row[8],
            bool(row[9]),
        )
        if actual_row != expected_row:
            problems.add(f"transaction {row[0]} differs: {actual_row} != {expected_row}")

    return VerificationResult(
        customers=len(rows),
        transactions=len(transactions),
        balances=len(balances),
        problems=tuple(problems.listed),
        problem_count=problems.count,
    )
