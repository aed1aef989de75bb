"""Typed models of the PerfectGym Next Open API (1.13.2): the ``customers_account`` tag's own shapes.

Import them from ``perfectgym_async.models`` (``models.BookCustomerPaymentRequest``); this module is
loaded on first use. Generated from spec/openapi.yaml by ``python -m generator``; edit
the spec, not this file. Attribute names are snake_case; each field's wire (camelCase)
name is in its ``metadata["wire"]``. Fields the API may omit default to ``None``. Every
model has ``to_dict()``, ``to_json()`` and ``from_dict()`` (see ``types.WireModel``).
"""

from __future__ import annotations

from datetime import date

import attrs

from ..types import WireModel
from ._common import Money

__all__ = [
    "BookCustomerPaymentRequest",
    "BookCustomerPaymentResponse",
    "BookingEntry",
    "CustomerAccountBalance",
    "PaymentsUpdateCustomerPaymentInstrumentRequest",
    "UpdateCustomerPaymentInstrumentResponseDto",
]


@attrs.define(kw_only=True)
class BookCustomerPaymentRequest(WireModel):
    """Payment to book on a customer's account."""

    payment_request_token: str = attrs.field(metadata={"wire": "paymentRequestToken"})
    """Token from the Universal Payment Component, initialised with a user payment session of the same customer."""
    amount: Money = attrs.field(metadata={"wire": "amount"})
    debt_claim_ids: list[int] | None = attrs.field(default=None, metadata={"wire": "debtClaimIds"})
    """IDs of the debt claims this payment settles."""


@attrs.define(kw_only=True)
class BookCustomerPaymentResponse(WireModel):
    """Result of a booked payment; documented as an empty object."""

    pass


@attrs.define(kw_only=True)
class BookingEntry(WireModel):
    """One booking entry (transaction) of a customer's account."""

    id: int = attrs.field(metadata={"wire": "id"})
    """Internal ID of the entry."""
    due_date: date = attrs.field(metadata={"wire": "dueDate"})
    """Date the entry is or was due."""
    description: str | None = attrs.field(default=None, metadata={"wire": "description"})
    """Text of the booking."""
    amount: Money | None = attrs.field(default=None, metadata={"wire": "amount"})
    open_amount: Money | None = attrs.field(default=None, metadata={"wire": "openAmount"})
    installment_plan: bool = attrs.field(metadata={"wire": "installmentPlan"})
    """True if the entry was moved into an installment plan."""


@attrs.define(kw_only=True)
class CustomerAccountBalance(WireModel):
    """Balance data of a customer's account."""

    account_balance: Money | None = attrs.field(default=None, metadata={"wire": "accountBalance"})
    consumption_credit: Money | None = attrs.field(
        default=None, metadata={"wire": "consumptionCredit"}
    )
    dunning_level: str | None = attrs.field(default=None, metadata={"wire": "dunningLevel"})
    """Current dunning level name."""
    in_debt_collection: bool = attrs.field(metadata={"wire": "inDebtCollection"})
    """True if open debt claims were handed to a debt collection agency."""


@attrs.define(kw_only=True)
class PaymentsUpdateCustomerPaymentInstrumentRequest(WireModel):
    """New payment instrument for a customer."""

    payment_request_token: str = attrs.field(metadata={"wire": "paymentRequestToken"})
    """Token from the Universal Payment Component, initialised with a user payment session of the same customer."""


@attrs.define(kw_only=True)
class UpdateCustomerPaymentInstrumentResponseDto(WireModel):
    """Result of a payment instrument update; documented as an empty object."""

    pass
